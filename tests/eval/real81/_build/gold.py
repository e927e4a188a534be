# real81 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim — both items are traditional script as published by Hong Kong papers and
# are kept so (names, evidence and aliases in traditional script as written; status values and notes in the schema's
# simplified form, as real67 yk02 / real68 yl07). 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps
# the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it; 億 read as 亿).
# Projects: the park the text places the project in, null if the text does not say which (as real67 yk02: a joint signing
# by 大興區 and 北京經濟技術開發區 does not place a project in the zone). Status from the text's words (簽約 / 簽署入區協議 →
# 签约). Sources are `search` (corpus pages) excerpts typed into _raw/pages/yyNN.raw as returned.

# ---------------------------------------------------------------- yy01 北京大興區、經濟技術開發區 京港洽談會 (香港文匯報 2010)
BDA = "北京經濟技術開發區"
TWO = "北京大興區、經濟技術開發區"
A0 = "並與同仁堂健康藥業、中科晶電藍寶石襯底材料、正大製藥投資等6個項目集中簽署入區協議、投資意向書"
A1 = "兩區在本屆京港洽談會計有7個項目簽約,總投資約90億元(人民幣,下同)"
A2 = "北京大興區、經濟技術開發區聯合推出數字電視產業園、移動硅谷產業園、集成電路及LED產業園、生物醫藥產業園等40個項目參會吸引投資"
A3 = "數字電視產業園以京東方第八代TFT-LCD生產線項目為核心,著力吸引上中下游配套企業投資入駐,預計未來產業園的產值將達到千億元"
A4 = "移動硅谷產業園定位於移動通信的總部、研發、交易和服務型園區"
A5 = "數字電視產業園項目、移動硅谷產業園、國家新媒體基地等項目即是其中的典型代表"
A6 = "加上將於11月25日簽署合作框架協議的華潤集團項目"
AS1 = "2010年11月（京港洽談會）"
G["yy01"] = dict(
 article=art("（無標題）北京大興區、經濟技術開發區京港洽談會7個項目簽約 總投資約90億元", "香港文匯報（記者 吳冕），paper.wenweipo.com", "2010-11-24", "day",
  "Hong Kong daily (traditional script), mainland news: a Beijing district and the national economic-technological development zone promote jointly at a Beijing–Hong Kong fair in Hong Kong — six named signings plus one framework agreement to come, the total, 40 projects offered, the zone's themed parks (digital-TV park built round a panel line, mobile park)",
  "http://paper.wenweipo.com/2010/11/24/FM1011240004.htm",
  "日期取網址 2010/11/24；文中“昨日”即2010年11月23日推介活動。香港文匯報原文即繁體，未轉換。存段無標題（title 為編者概括）；“放大圖片”與照片說明“■北京市大興區、經濟技術開發區兩區攜手合作,香港招商,共建雙贏。香港文匯報記者張偉民 攝”已刪。存段在末段“在集成電路及LED產業方面,北京亦莊目前已聚集中芯國際、晶門科技、”處中斷，該句連同其前的小標題“拓新型半導體產業基地”一併刪去（make_txt.py ITEMS 截至上一段），正文截至“…高端移動通信產業園區。”，共五段（含小標題“大興區開發區聯合招商”一行）。園區：北京經濟技術開發區（文中首句作“經濟技術開發區”，後文作“北京經濟技術開發區”；北京；級別文中未說）。“北京亦莊”為兩區（大興區與開發區）聯合亮出的品牌，列為可選園區。數字電視產業園、移動硅谷產業園（文中有具體描述）為園區；集成電路及LED產業園、生物醫藥產業園、國家新媒體基地只被列名，可選；它們由兩區聯合推出、屬“亦莊推介之重點”，但文中未說位於開發區還是大興區，parent 記 null（同 real67 yk02 對大興各基地的處理）。項目：同仁堂健康藥業、中科晶電藍寶石襯底材料、正大製藥投資——“集中簽署入區協議、投資意向書”→签约，無單項金額；入哪一區文中未說，park 記 null。華潤集團項目“將於11月25日簽署合作框架協議”，尚未簽約，status 不記，可選。京東方第八代TFT-LCD生產線項目為數字電視產業園的核心項目（park 數字電視產業園，無狀態、無金額）。“數字電視產業園項目”“移動硅谷產業園”作為招商項目另列可選項目。事實：兩區7個項目簽約、總投資約90億元（人民幣）；6個項目簽署入區協議（可選）；推出40個項目參會（兩處同數）；數字電視產業園預計未來產值千億元（target）。中芯國際、晶門科技在被刪殘句中，不列。",
  "yy01"),
 parks=[
  park(BDA, "北京", "北京", "經濟技術開發區", "據了解,北京市委、市政府今年初做出整合大興區與北京經濟技術開發區兩區行政資源的戰略決策",
       note="首句作“經濟技術開發區”，小標題作“開發區”；與大興區聯合招商"),
  park("數字電視產業園", "北京", "北京", "產業園（數字電視）", A3, note="又作“數字電視產業園項目”；兩區聯合推出；位於哪一區文中未說，parent null"),
  park("移動硅谷產業園", "北京", "北京", "產業園（移動通信）", A4, note="兩區聯合推出；位於哪一區文中未說，parent null"),
  park("集成電路及LED產業園", "北京", "北京", "產業園（集成電路及LED）", A2, opt=True, note="只被列名"),
  park("生物醫藥產業園", "北京", "北京", "產業園（生物醫藥）", A2, opt=True, note="只被列名；名稱泛"),
  park("國家新媒體基地", "北京", "北京", "基地（新媒體）", A5, opt=True, note="只被列名"),
  park("北京亦莊", "北京", "北京", "品牌（兩區聯合）", "並在這次京港洽談會首次攜手亮出北京亦莊品牌", opt=True,
       note="大興區與北京經濟技術開發區聯合亮出的品牌；文中又作“亦莊”"),
 ],
 companies=[
  comp("同仁堂健康藥業", None, A0, opt=True, note="作為項目名列出；入哪一區文中未說"),
  comp("中科晶電", None, A0, opt=True, note="只在項目名“中科晶電藍寶石襯底材料”中"),
  comp("正大製藥", None, A0, opt=True, note="只在項目名“正大製藥投資”中"),
  comp("華潤集團", None, A6, opt=True, note="將簽署合作框架協議"),
  comp("京東方", "數字電視產業園", A3, opt=True, note="只在項目名中"),
 ],
 institutions=[
  inst("北京市委、市政府", "據了解,北京市委、市政府今年初做出整合大興區與北京經濟技術開發區兩區行政資源的戰略決策", note="整合兩區行政資源的決策者"),
 ],
 projects=[
  proj("同仁堂健康藥業", None, A0, status="签约", status_text="集中簽署入區協議、投資意向書", note="無單項金額；入哪一區文中未說"),
  proj("中科晶電藍寶石襯底材料", None, A0, status="签约", status_text="集中簽署入區協議、投資意向書", note="無單項金額；入哪一區文中未說"),
  proj("正大製藥投資", None, A0, status="签约", status_text="集中簽署入區協議、投資意向書", note="無單項金額；入哪一區文中未說"),
  proj("華潤集團項目", None, A6, companies=["華潤集團"], status_text="將於11月25日簽署合作框架協議", opt=True,
       note="文中計入7個簽約項目，但框架協議尚未簽署；狀態不記"),
  proj("京東方第八代TFT-LCD生產線項目", "數字電視產業園", A3, companies=["京東方"], note="數字電視產業園的核心項目；無金額、無狀態"),
  proj("數字電視產業園項目", None, A5, opt=True, note="招商推介項目（即數字電視產業園）"),
  proj("移動硅谷產業園", None, A5, opt=True, note="招商推介項目（即移動硅谷產業園）"),
 ],
 aggregate_facts=[
  fact(TWO, "region", "projects_signed", 7, "count", A1, AS1, note="兩區合計，含將簽框架協議的華潤集團項目"),
  fact(TWO, "region", "signed_investment_cny", 9e9, "cny", A1, AS1, qual="约", qtext="約", chk=True, note="人民幣；兩區合計"),
  fact(TWO, "region", "projects_signed", 6, "count", A0, AS1, opt=True, note="簽署入區協議、投資意向書"),
  fact(TWO, "region", "projects_promoted", 40, "count", A2, AS1, note="推出參會吸引投資的項目；第二段兩處同數"),
  fact("數字電視產業園", "park", "expected_output_cny", 1e11, "cny", "預計未來產業園的產值將達到千億元", "未來（預計）", kind="target"),
 ])

# ---------------------------------------------------------------- yy02 東湖高新區 光博會 11個項目簽約 (香港商報網 2019)
DH = "東湖高新區"
B0 = "此次盛會,東湖高新區與烽火光通信一體化、聯易融第二總部等11個重點項目簽約,合計簽約金額近300億元"
AS2 = "2019年11月13日（光博會項目簽約）"
G["yy02"] = dict(
 article=art("11個項目集中籤約 光博會首日光谷招商引資結碩果", "香港商報網（記者 吳超群），hkcd.com 湖北頻道", "2019-11-13", "day",
  "Hong Kong daily's web edition (traditional script), Hubei channel: a national high-tech zone signs 11 key projects on the first day of an optoelectronics fair — two named projects, the total, the zone's officials and strategy slogans",
  "http://www.hkcd.com/content_p/2019-11/13/content_83160.html",
  "日期取頁面“2019-11-13 来源:香港商报网”，簽約亦在11月13日。標題照錄（“集中籤約”之“籤”原文如此，正文作“簽約”；頁面框架為簡體，正文由報社以繁體刊出，未轉換）。欄目路徑“香港商报官网 > 湖北 > 每日经济”、日期、來源行與“[责任编辑:赵书琪 ]”“网友评论”已刪。正文六段，完整。園區：東湖高新區（湖北省武漢市；文中又作“光谷”“中國光谷”；級別文中未說）。東湖綜保區（東湖綜合保稅區，只在辦公室名稱中）列為可選園區，parent 推定為東湖高新區。“八大園區辦”不列園區。項目：烽火光通信一體化、聯易融第二總部——與東湖高新區簽約→签约，無單項金額。公司：聯易融、烽火只在項目名中，可選。事實：11個重點項目簽約，合計簽約金額近300億元（近→约）。“第16屆”光博會、“2002年首屆”、“5+2”產業格局、“謀劃2049…”口號不計。機構：東湖高新區管委會（可選）。",
  "yy02"),
 parks=[
  park(DH, "武漢", "湖北", "高新區", "湖北省武漢市東湖高新區管委會黨工委副書記、管委會主任陳平", aliases=["光谷", "中國光谷"],
       note="文中又作“光谷”；光博會全稱“「中國光谷」國際光電子博覽會”"),
  park("東湖綜保區", "武漢", "湖北", "綜合保稅區", "東湖綜保區建設管理辦公室副主任李首文出席", parent=DH, opt=True,
       note="只在辦公室名稱中；母園區由名稱推定"),
 ],
 companies=[
  comp("聯易融", DH, B0, opt=True, note="只在項目名“聯易融第二總部”中"),
  comp("烽火", DH, B0, opt=True, note="只在項目名“烽火光通信一體化”中"),
 ],
 institutions=[
  inst("東湖高新區管委會", "湖北省武漢市東湖高新區管委會黨工委副書記、管委會主任陳平", park=DH),
 ],
 projects=[
  proj("烽火光通信一體化", DH, B0, companies=["烽火"], status="签约", status_text="簽約", note="無單項金額"),
  proj("聯易融第二總部", DH, B0, companies=["聯易融"], status="签约", status_text="簽約", note="無單項金額"),
 ],
 aggregate_facts=[
  fact(DH, "park", "projects_signed", 11, "count", B0, AS2, note="重點項目"),
  fact(DH, "park", "signed_investment_cny", 3e10, "cny", "合計簽約金額近300億元", AS2, qual="约", qtext="近", chk=True),
 ])
