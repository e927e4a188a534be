# real236 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52, with what Taiwan items need: evidence verbatim (all nine items traditional script as published,
# nothing converted); names as written in the text. Qualifier codes are the schema's (约 / 超 / 余); qualifier_text keeps the
# text's word (約 / 超過 / 突破 / 逾 / 多 / 餘). Money: every amount in these items is New Taiwan dollars (新台幣; “億元” in a
# Taiwan text is NT$): never in investment_cny or *_cny facts — projects carry investment_text with investment_currency "TWD"
# and investment_value; facts use *_twd metrics, unit "twd" (chk=True asserts amt(evidence) equals the value). Growth rates
# and shares as ratios. Parks: city = the county / city the text names or implies (台中, 彰化, 南投, 宜蘭, 屏東, 嘉義, 雲林,
# 台南, 苗栗), province = "台灣"; sub-parks (園區 of 中部科學園區 etc.) carry parent_park. Status (schema values, simplified):
# 動土 / 動工 → 开工; under construction (動土 last year, to be finished next year) → 在建; 落成啟用 → 竣工; approved or planned,
# not begun → planned. Year-to-date figures (“1到2月”, “1至10月”, “迄今”, “截至”) are cumulative; “預計 / 估計 / 上看”
# figures are target.
TW = "台灣"

# ---------------------------------------------------------------- sa01 中科二林園區建廠說明會 (中科管理局新聞稿 2018)
CTSP = "中部科學園區"
EL = "二林園區"
A0 = "陳銘煌局長致詞時表示中部科學園區範圍包括台中園區、虎尾園區、后里園區及現在開發中的二林園區及中興園區,開發迄今核准186家廠商,總投資金額超過新台幣2兆元"
A1 = "中科二林園區規劃引進精密機械產業為主,及引進其他包含積體電路及電腦周邊、光電、生技、綠能等低用水、低排放產業,並且創造2.5萬個就業機會"
A2 = "目前已核准包含精密機械及生物科技等相關產業之13家廠商入區"
A3 = "環保署已於去(106)年11月2日召開中科四期二階環評專案小組初審會議"
AS1 = "2018年1月19日"
G["sa01"] = dict(
 article=art("中科二林園區針對20餘家潛在投資廠商舉辦建廠說明會", "科技部中部科學工業園區管理局（ctsp.gov.tw 新聞稿，公告單位 投資組）", "2018-01-19", "day",
  "Science-park bureau press release, Taiwan: a development briefing for 20-odd approved and prospective investors in a science park's new sub-park under construction — the parent park's sub-parks, approved firms and total investment, the sub-park's target industries and jobs, firms approved, second-stage environmental review",
  "https://www.ctsp.gov.tw/chinese/01-News/01-online_view.aspx?v=1&fr=1000&no=1001&sn=5386",
  "日期取頁面“發布日期 2018/01/19”。標題照錄，標題行前的標籤“<新聞稿>”已刪（make_txt.py HEAD_PREFIX）；頁首選單、“新聞稿”欄名、發布日期與公告單位行、文末“聯絡組室 / 本局聯絡人/連絡電話: 楊琇喻 電話:04-”（存段在電話號碼處中斷）已刪。正文三段，完整。園區：中部科學園區（文中又作“中科”；轄台中、虎尾、后里、二林、中興五園區，跨數縣市，city 記 null）；二林園區（文中又作“中科二林園區”“中科四期”，彰化縣二林鎮——鎮名不在文中，district 記 null；開發中）；台中、虎尾、后里、中興園區只在列舉中，可選。無具名公司；臺灣科學工業園區科學工業同業公會（理事長沈國榮）、環保署列可選機構。事實：中科開發迄今核准186家廠商、總投資金額超過新台幣2兆元（cumulative，超）；“106年營業額將創歷史新高”無數字，不列；二林園區規劃創造2.5萬個就業機會（target）、已核准13家廠商入區（cumulative）；與會“20餘家”廠商（可選，余）。",
  "sa01"),
 parks=[
  park(CTSP, None, TW, "科學園區", A0, aliases=["中科"], note="文中又作“中科”；管理局在台中；轄台中、虎尾、后里、二林、中興園區"),
  park(EL, "彰化", TW, "科學園區（子園區）", A1, parent=CTSP, aliases=["中科二林園區", "中科四期"],
       note="開發中；二階環評審查中；又作“中科四期”"),
  park("台中園區", "台中", TW, "科學園區（子園區）", A0, parent=CTSP, opt=True, note="只在列舉中"),
  park("虎尾園區", "雲林", TW, "科學園區（子園區）", A0, parent=CTSP, opt=True, note="只在列舉中"),
  park("后里園區", "台中", TW, "科學園區（子園區）", A0, parent=CTSP, opt=True, note="只在列舉中"),
  park("中興園區", "南投", TW, "科學園區（子園區）", A0, parent=CTSP, opt=True, note="只在列舉中；開發中"),
 ],
 companies=[],
 institutions=[
  inst("中科管理局", "中科管理局繼106年11月22日成功辦理「中科二林園區招商說明會」後", park=CTSP, note="發布單位"),
  inst("臺灣科學工業園區科學工業同業公會", "會議由中科管理局陳銘煌局長與臺灣科學工業園區科學工業同業公會沈國榮理事長共同主持", kind="association"),
  inst("環保署", A3),
 ],
 projects=[],
 aggregate_facts=[
  fact(CTSP, "park", "approved_firms", 186, "count", A0, AS1, kind="cumulative", note="開發迄今"),
  fact(CTSP, "park", "total_investment_twd", 2e12, "twd", "總投資金額超過新台幣2兆元", AS1, kind="cumulative", qual="超", qtext="超過", chk=True),
  fact(EL, "park", "planned_jobs", 25000, "count", A1, "開發完成後（規劃）", kind="target"),
  fact(EL, "park", "approved_firms", 13, "count", A2, AS1, kind="cumulative", note="精密機械及生物科技等"),
  fact(EL, "park", "prospective_investors_at_briefing", 20, "count", "邀請20餘家已核准與潛在投資廠商", AS1, qual="余", qtext="餘", opt=True),
 ])

# ---------------------------------------------------------------- sa02 中興園區 都市計畫變更 / 招商 (techlife 2019)
ZX = "中興園區"
B0 = "中部科學園區位於中興新村之「中興園區」都市計畫變更案,甫於今(108)年3月5日經內政部都市計畫委員會審議通過"
B1 = "該科學園區範圍由原「中興新村高等研究園區」261.5公頃,縮減至南核心區面積36.58公頃,並更名為「中興園區」"
B2 = "有關南核心之中興園區則由中科管理局賡續辦理招商,目前已引進11家以研發為主的高科技及文創廠商,計畫投資額共計50億元"
B3 = "其中百佳泰、信織、瀛海、正瀚生技等6家公司已進駐營運"
B4 = "加上工研院中創園區及資策會已有25家高科技廠商進駐,合計30餘家公司,107年營業額3.41億元,較上年成長39%"
B5 = "現中興園區土地出租率約47%,最近仍有3家公司提出建廠規劃,另有3家洽詢投資申請作業"
AS2 = "2019年3月"
G["sa02"] = dict(
 article=art("（無標題）中科中興園區都市計畫變更案通過 已引進11家廠商 計畫投資額50億元", "techlife.com.tw（存段無標題、署名與日期行；內容為中科管理局發布的消息）", "2019-03", "month",
  "Tech-news site carrying a science-park bureau item, Taiwan: a sub-park's zoning change approved, its reduced area and renaming, firms introduced with planned investment, named firms operating, the cluster's revenue and growth, land lease rate",
  "http://www.techlife.com.tw/Article/5441",
  "存段無標題、無日期行（title 為編者概括）。日期：文中“今(108)年3月5日經內政部都市計畫委員會審議通過”，發布日不詳，記 2019-03（month）。圖說一行“陳局長(第1排右3)率同仁參訪中興園區營運廠商正瀚公司合影”已刪；正文三段，完整。園區：中興園區（中部科學園區子園區，南投市中興新村；原名“中興新村高等研究園區”，107年1月縮減範圍並更名——舊名列 alias）；中部科學園區（母園區）；工研院中創園區（可選，中興新村內的創新園區，園區關係文中未說）。公司：百佳泰、信織、瀛海、正瀚生技（已進駐營運，園區中興園區）。機構（可選）：中科管理局、內政部都市計畫委員會、國家發展委員會、中興新村活化專案辦公室、工研院、資策會。事實：面積36.58公頃（舊261.5公頃可選）；已引進11家、計畫投資額50億元（新台幣，cumulative）；6家已進駐營運；“合計30餘家公司，107年營業額3.41億元，較上年成長39%”——包括工研院中創園區及資策會進駐廠商，subject 記中興園區（note）；土地出租率約47%。都市計畫變更案不是投資項目，不列項目。",
  "sa02"),
 parks=[
  park(ZX, "南投", TW, "科學園區（子園區）", B0, parent=CTSP, aliases=["中興新村高等研究園區"],
       note="107年1月由“中興新村高等研究園區”縮減並更名；位於中興新村南核心區"),
  park(CTSP, None, TW, "科學園區", B0, note="母園區"),
  park("工研院中創園區", "南投", TW, "創新園區", B4, opt=True, note="中興新村內；與中興園區關係文中未說"),
 ],
 companies=[
  comp("百佳泰", ZX, B3),
  comp("信織", ZX, B3),
  comp("瀛海", ZX, B3),
  comp("正瀚生技", ZX, B3),
 ],
 institutions=[
  inst("中科管理局", B2, park=CTSP),
  inst("內政部都市計畫委員會", B0),
  inst("國家發展委員會", "其餘北核心及中間宿舍區域,則移國家發展委員會研議活化利用方案"),
  inst("中興新村活化專案辦公室", "成立中興新村活化專案辦公室"),
  inst("資策會", B4, kind="research"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZX, "park", "area_ha", 36.58, "ha", B1, "2018年1月起（行政院核定）"),
  fact(ZX, "park", "area_ha_before", 261.5, "ha", B1, "2018年1月前", opt=True, note="原中興新村高等研究園區範圍"),
  fact(ZX, "park", "firms_introduced", 11, "count", B2, AS2, kind="cumulative"),
  fact(ZX, "park", "planned_investment_twd", 5e9, "twd", "計畫投資額共計50億元", AS2, kind="cumulative", chk=True),
  fact(ZX, "park", "firms_operating", 6, "count", B3, AS2),
  fact(ZX, "park", "firms_total", 30, "count", B4, AS2, qual="余", qtext="餘", opt=True, note="含工研院中創園區及資策會進駐的25家"),
  fact(ZX, "park", "revenue_twd", 3.41e8, "twd", "107年營業額3.41億元,較上年成長39%", "2018年", chk=True, note="合計30餘家公司（含中創園區、資策會進駐廠商）"),
  fact(ZX, "park", "revenue_yoy_growth", 0.39, "ratio", "107年營業額3.41億元,較上年成長39%", "2018年", kind="ratio"),
  fact(ZX, "park", "land_lease_rate", 0.47, "ratio", B5, AS2, kind="ratio", qual="约", qtext="約"),
 ])

# ---------------------------------------------------------------- sa03 中科前2月營業額 (中央社 2019)
C0 = "1到2月中科廠商營業額初估約1319.04億元,較去年同期(107年1到2月)的1094.46億元,成長20.52%"
C1 = "其中,積體電路產業營業額最高,約998.28億元,佔最高比重75.68%"
C2 = "其中積體電路產業營業額增加233.6億元,成長幅度達30.54%"
AS3 = "2019年1–2月"
G["sa03"] = dict(
 article=art("中科前2月營業額創新高 全年上看8千億元", "中央社（記者郝雪卿，台中；編輯翁翠萍），cna.com.tw", "2019-04-02", "day",
  "National news agency, Taiwan: a science park's January–February revenue with year-on-year growth, revenue by industry with shares, the IC and biotech increments, last year's revenue and this year's expected total",
  "http://cna.com.tw/news/afe/201904020127.aspx",
  "日期取頁面“2019/4/2 13:42”，文末“1080402”同。標題照錄；隱私聲明、語言提示、APP 下載、“聽新聞”提示與頁尾已刪；文末“(編輯:翁翠萍)1080402”為中央社刊出原文，保留。正文五段，完整。園區：中部科學園區（文中又作“中科”“中科園區”；管理局在台中）。機構：中部科學園區管理局（可選）。事實：1到2月營業額初估約1319.04億元（cumulative，约），去年同期1094.46億元（可選），成長20.52%；積體電路約998.28億元、佔75.68%，光電260.42億元、佔約19.74%，精密機械41.32億元（可選）；積體電路增加233.6億元（可選）、成長30.54%；生技成長43.01%（可選）；去年（2018）全年營業額7249億元；今年全年“上看8000億元”（target，無限定詞）。",
  "sa03"),
 parks=[
  park(CTSP, "台中", TW, "科學園區", "中部科學園區管理局長陳銘煌今天表示,中部科學園區1到2月營業額約新台幣1319億多元", aliases=["中科", "中科園區"],
       note="文中又作“中科”“中科園區”"),
 ],
 companies=[],
 institutions=[
  inst("中部科學園區管理局", "中部科學園區管理局長陳銘煌今天表示", park=CTSP),
 ],
 projects=[],
 aggregate_facts=[
  fact(CTSP, "park", "revenue_twd", 1.31904e11, "twd", C0, AS3, kind="cumulative", qual="约", qtext="約", chk=True, note="初估；導語作“約新台幣1319億多元”"),
  fact(CTSP, "park", "revenue_twd", 1.09446e11, "twd", "的1094.46億元,成長20.52%", "2018年1–2月", kind="cumulative", chk=True, opt=True),
  fact(CTSP, "park", "revenue_yoy_growth", 0.2052, "ratio", C0, AS3, kind="ratio"),
  fact(CTSP, "park", "ic_revenue_twd", 9.9828e10, "twd", "積體電路產業營業額最高,約998.28億元", AS3, kind="cumulative", qual="约", qtext="約", chk=True),
  fact(CTSP, "park", "ic_revenue_share", 0.7568, "ratio", C1, AS3, kind="ratio"),
  fact(CTSP, "park", "optoelectronics_revenue_twd", 2.6042e10, "twd", "其次是光電產業260.42億元,約佔19.74%", AS3, kind="cumulative", chk=True, opt=True),
  fact(CTSP, "park", "precision_machinery_revenue_twd", 4.132e9, "twd", "再次為精密機械產業營業額41.32億元,約佔3.13%", AS3, kind="cumulative", chk=True, opt=True),
  fact(CTSP, "park", "ic_revenue_increase_twd", 2.336e10, "twd", "積體電路產業營業額增加233.6億元", AS3, chk=True, opt=True),
  fact(CTSP, "park", "ic_revenue_yoy_growth", 0.3054, "ratio", C2, AS3, kind="ratio"),
  fact(CTSP, "park", "biotech_revenue_yoy_growth", 0.4301, "ratio", "營業額增加約3.1億元,成長幅度達43.01%", AS3, kind="ratio", opt=True),
  fact(CTSP, "park", "revenue_twd", 7.249e11, "twd", "與中科去年全年營業額7249億元來看", "2018年", chk=True),
  fact(CTSP, "park", "revenue_twd", 8e11, "twd", "今年全年營業額可望再成長,上看8000億元", "2019年全年（預估）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sa04 宜蘭科學園區招商說明會 (yun-news 2020)
YL = "宜蘭科學園區"
D0 = "科技部新竹科學園區管理局(下稱竹科管理局)與宜蘭縣政府於109年2月26日假宜蘭礁溪中天溫泉渡假飯店舉辦「2020數位啟航 科技飛翔」宜蘭科學園區招商說明會"
D1 = "竹科管理局王永壯局長表示,至109年1月,宜蘭科學園區總計核准29家廠商進駐,標準廠房出租率已達93%,預定土地出租率超過45%"
D2 = "為滿足廠房需求殷切,竹科管理局已於去年10月動土興建第二期標準廠房,可提供41個廠房單元,預計明年7月完工"
D3 = "科技部在本週一也通過佛光大學進駐宜科設立創新育成中心"
AS4 = "2020年1月"
G["sa04"] = dict(
 article=art("北臺灣投資新首選 宜蘭科學園區招商盛況空前", "yun-news.com（“科 技 人 文”欄；記者魏雲日，宜蘭報導）", "2020-02-25", "day",
  "Local news site, Taiwan: an investment briefing for a science park's sub-park — the sub-park's new environmental approval and admitted industries, a university incubator approved, firms approved, standard-factory occupancy and land lease rate, a second-phase standard factory under construction",
  "http://yun-news.com/?id=8922&ptype=editor_1",
  "日期取頁面“【記者魏雲日/宜蘭報導】 2020-02-25”（該行已刪）；文中說說明會於“109年2月26日”舉行而文章已寫成過去式——頁面日期與文中日期差一天，照頁面記 2020-02-25，存疑（見 SOURCES）。欄名“科 技 人 文”已刪。存段把全文放在一行、段落之間以單個空格相隔，其間夾兩則圖說“竹科管理局顏科長簡報說明宜科優質環境”“宜蘭縣林姿妙縣長(前排左5)、科技部許有進政務次長(前排左6)、竹科管理局王永壯局長(前排左7)與廠商大合照”——兩則圖說刪去、原處分段（make_txt.py SPLIT）；存段在末句“本次招商說明會,亦邀請佛光大學楊朝祥校長及邦特生技公司李明忠執行長分享跨領”處中斷，該句已刪（LINE_SUFFIX），正文截至“…預計明年7月完工。”，共三段。園區：宜蘭科學園區（文中又作“宜科”“宜蘭園區”；新竹科學園區的子園區，由竹科管理局管理——母園區名只在管理局名稱中，新竹科學園區列可選園區）。機構：佛光大學（進駐宜科設立創新育成中心，park 宜蘭科學園區）；竹科管理局、科技部、宜蘭縣政府（可選）。項目：第二期標準廠房（去年10月動土、預計明年7月完工→在建，status_alt 开工；41個廠房單元；無金額）。事實：至109年1月核准29家廠商進駐（cumulative）；標準廠房出租率93%；預定土地出租率超過45%（超）；到場廠商超過200位（可選）。",
  "sa04"),
 parks=[
  park(YL, "宜蘭", TW, "科學園區（子園區）", D1, parent="新竹科學園區", aliases=["宜科", "宜蘭園區"],
       note="文中又作“宜科”“宜蘭園區”；由竹科管理局管理"),
  park("新竹科學園區", "新竹", TW, "科學園區", D0, opt=True, note="只在“科技部新竹科學園區管理局”中"),
 ],
 companies=[],
 institutions=[
  inst("佛光大學", D3, kind="university", park=YL, opt=False, note="進駐宜科設立創新育成中心（科技部本週一通過）"),
  inst("竹科管理局", D0, park="新竹科學園區"),
  inst("宜蘭縣政府", D0),
 ],
 projects=[
  proj("第二期標準廠房", YL, D2, phase="二期", status="在建", status_text="去年10月動土興建…預計明年7月完工", status_alt="开工",
       note="竹科管理局興建；2019年10月動土，預計2021年7月完工；41個廠房單元；無金額"),
 ],
 aggregate_facts=[
  fact(YL, "park", "approved_firms", 29, "count", D1, AS4, kind="cumulative"),
  fact(YL, "park", "standard_factory_occupancy", 0.93, "ratio", D1, AS4, kind="ratio"),
  fact(YL, "park", "land_lease_rate", 0.45, "ratio", D1, AS4, kind="ratio", qual="超", qtext="超過", note="預定土地出租率"),
  fact(YL, "park", "briefing_attendance", 200, "count", "吸引超過200位廠商到場了解宜科投資環境及招商優惠措施", "2020年2月（說明會）", qual="超", qtext="超過", opt=True),
 ])

# ---------------------------------------------------------------- sa05 屏科園區僅2廠商 (中國時報 via housefun 2024)
PT = "屏東科學園區"
CY = "嘉義科學園區"
E0 = "他特別拉出屏東園區與嘉義園區資料做對比,目前屏東科學園區的廠商數2家,投資總額44.28億元,預估年產值24.19億元,嘉義科學園區廠商數5家,投資總額2206.2億元,預估年產值488.24億元"
E1 = "反觀嘉義園區不僅有2家太空產業相關公司投資,連台積電也將進駐興建2座先進封裝廠"
E2 = "黃明賢說,嘉義與屏東園區一樣都是2022年1月行政院核定推動,也都是在2023年5月辦理公共工程動土並提供廠商同步建廠"
AS5 = "2024年6月"
G["sa05"] = dict(
 article=art("屏科園區僅2廠商 挨批招商不力", "中國時報（記者謝佳潾，屏東報導），載於好房網 news.housefun.com.tw", "2024-06-14", "day",
  "National daily's local page on a property-news portal, Taiwan: a county councillor compares two new science parks — firms, total investment and expected annual output of each, approval and groundbreaking dates, a chipmaker's planned packaging plants in one of them",
  "https://news.housefun.com.tw/news/article/amp/203591426578.html",
  "日期取頁面“2024/06/14 08:51”（該行與署名行“中國時報記者謝佳潾/屏東報導”已刪，署名記於 outlet）。標題照錄。圖說一行（“屏東縣議會13日開議,…圖為屏東科學園區願景圖。圖/屏縣府提供、謝佳潾屏東傳真”）已刪；存段末段“對此,周春米表示,縣府正循序漸進爭取半導”在句中中斷，整段刪去（make_txt.py ITEMS 截至上一段），正文截至“…台積電到底來不來?”，共五段。園區：屏東科學園區（文中又作“屏東園區”，標題作“屏科園區”；屏東）；嘉義科學園區（文中又作“嘉義園區”；嘉義）。二者皆屬南科管理局（“國科會南科局資料”），南部科學園區名不在文中，parent 記 null。“橋頭、高雄”兩科學園區只以地名出現，不列。公司：台積電（將進駐嘉義園區興建2座先進封裝廠）；“2家太空產業相關公司”未具名。項目：2座先進封裝廠（台積電，嘉義科學園區，planned）。事實：屏東2家、投資總額44.28億元、預估年產值24.19億元（target）；嘉義5家、2206.2億元、488.24億元（target）；兩園區2022年1月核定、2023年5月公共工程動土——日期不作數值事實，記於園區 note。屏東縣長周春米、議員黃明賢不列。",
  "sa05"),
 parks=[
  park(PT, "屏東", TW, "科學園區", E0, aliases=["屏東園區", "屏科園區"], note="標題作“屏科園區”；南科管理局轄（文中“南科局資料”）；2022年1月行政院核定、2023年5月公共工程動土（文中語）"),
  park(CY, "嘉義", TW, "科學園區", E0, aliases=["嘉義園區"], note="南科管理局轄；2022年1月行政院核定、2023年5月公共工程動土（文中語）"),
 ],
 companies=[
  comp("台積電", CY, E1, note="將進駐嘉義園區興建2座先進封裝廠"),
 ],
 institutions=[
  inst("南科局", "但從國科會南科局資料顯示", note="國科會南部科學園區管理局（文中簡稱）"),
 ],
 projects=[
  proj("先進封裝廠", CY, E1, companies=["台積電"], status="planned", status_text="將進駐興建", note="2座"),
 ],
 aggregate_facts=[
  fact(PT, "park", "firms", 2, "count", E0, AS5),
  fact(PT, "park", "total_investment_twd", 4.428e9, "twd", "目前屏東科學園區的廠商數2家,投資總額44.28億元,預估年產值24.19億元", AS5, chk=True),
  fact(PT, "park", "expected_annual_output_twd", 2.419e9, "twd", "預估年產值24.19億元,嘉義科學園區廠商數5家", "全面營運後（預估）", kind="target", chk=True),
  fact(CY, "park", "firms", 5, "count", E0, AS5),
  fact(CY, "park", "total_investment_twd", 2.2062e11, "twd", "嘉義科學園區廠商數5家,投資總額2206.2億元,預估年產值488.24億元", AS5, chk=True),
  fact(CY, "park", "expected_annual_output_twd", 4.8824e10, "twd", "預估年產值488.24億元", "全面營運後（預估）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sa06 古坑產業加值園區動土 (中央社 2025)
GK = "古坑產業加值園區"
F0 = "雲林縣古坑產業加值園區總開發面積71公頃,計畫釋出45公頃作為產業用地,今天動土,預計117年完工,估計每年可創造新台幣102億元產值,並提供約3000個就業機會"
F1 = "負責園區施工的玉新開發建設公司董事長黃政勇說,公司在全國各縣市開發的工業區有1300多公頃,對古坑產業加值園區開發很有信心,會如期如質完成,讓雲林的工業發展邁向新的里程碑,總開發經費約50億元"
F2 = "古坑產業園區東接國道3、西臨縣道154乙線道路、北可連接斗六工業區及雲林科技工業區,南可與嘉義大埔美精密機械園區相接"
AS6 = "2025年5月13日"
G["sa06"] = dict(
 article=art("雲林古坑產業加值園區估117年完工 年產值破百億", "中央社（記者姜宜菁，雲林縣；編輯李淑華），載於華視新聞網 news-demo.cts.com.tw/cna", "2025-05-13", "day",
  "National news agency on a broadcaster's site, Taiwan: groundbreaking of a county-developed industrial park — area and industrial land released, completion year, expected annual output and jobs, neighbouring industrial zones, target industries, the developer's total development cost",
  "https://news-demo.cts.com.tw/cna/local/202505/202505132471099.html",
  "日期取頁面“2025-05-13 17:01:00 / 中央社 /”，文末“1140513”同。標題照錄；天氣列、分享與字級選單、頁尾兩行他則新聞標題已刪；文末“(編輯:李淑華)1140513”為中央社刊出原文，保留。正文七段，完整。園區：古坑產業加值園區（文中又作“古坑產業園區”；雲林縣古坑鄉；縣府建設處主辦，內政部今年3月核發開發許可）；斗六工業區、雲林科技工業區、大埔美精密機械園區（嘉義）只作區位參照，可選。公司：玉新開發建設公司（負責園區施工；park 記古坑產業加值園區，note 承包開發商）。項目：古坑產業加值園區開發（園區開發項目，今天動土、7月動工→开工；預計117年(2028)完工；“總開發經費約50億元”新台幣→investment_text，currency TWD，约）。事實：總開發面積71公頃、釋出產業用地45公頃；預估年產值新台幣102億元、約3000個就業機會（target）；到場企業家50多家（可選）。",
  "sa06"),
 parks=[
  park(GK, "雲林", TW, "產業園區", F0, district="古坑鄉", aliases=["古坑產業園區"], note="縣府開發；內政部2025年3月核發開發許可"),
  park("斗六工業區", "雲林", TW, "工業區", F2, opt=True, note="區位參照"),
  park("雲林科技工業區", "雲林", TW, "工業區", F2, opt=True, note="區位參照"),
  park("大埔美精密機械園區", "嘉義", TW, "產業園區", F2, opt=True, note="區位參照"),
 ],
 companies=[
  comp("玉新開發建設公司", GK, F1, note="負責園區施工（開發商 / 承包商）"),
 ],
 institutions=[
  inst("雲林縣建設處", "雲林縣建設處今天舉辦古坑產業加值園區動土典禮,50多家企業家到現場了解園區發展概況", park=GK),
  inst("內政部", "內政部今年3月核發開發許可"),
 ],
 projects=[
  proj("古坑產業加值園區", GK, F1, companies=["玉新開發建設公司"], inv="總開發經費約50億元", currency="TWD", value=5e9, qual="约", qual_text="約",
       status="开工", status_text="今天動土,7月動工", aliases=["古坑產業園區"],
       note="園區開發項目；2025年5月13日動土、7月動工，預計117年（2028年）完工；引進食品、飼品製造業、機械設備等低污染產業"),
 ],
 aggregate_facts=[
  fact(GK, "park", "area_ha", 71, "ha", F0, AS6, note="總開發面積"),
  fact(GK, "park", "industrial_land_ha", 45, "ha", F0, AS6, note="計畫釋出產業用地"),
  fact(GK, "park", "expected_annual_output_twd", 1.02e10, "twd", "估計每年可創造新台幣102億元產值,並提供約3000個就業機會", "完工後（預估）", kind="target", chk=True),
  fact(GK, "park", "expected_jobs", 3000, "count", "並提供約3000個就業機會", "完工後（預估）", kind="target", qual="约", qtext="約"),
  fact(GK, "park", "groundbreaking_attendance_firms", 50, "count", "50多家企業家到現場了解園區發展概況", AS6, qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- sa07 台積電中科擴建二期申報開工 (自由時報 2025)
ZK = "中科"
TZ = "台中園區"
K2 = "中科台中園區擴建二期"
H0 = "台積電擴建二期新廠進度引外界關切，中科管理局今天表示，台積電已取得3張設備廠、生產廠及辦公大樓的3張建照，並已17日申報開工，因此隨時可開工"
H1 = "而根據台積電日前提出租地簡報，規劃1.4奈米製程廠，預計2028年量產，但得端視動工進程"
H2 = "局長許茂新介紹6家新創公司，分別是台灣鈣鈦礦科技、台灣圖靈鏈、濰元科技、寶泓生醫、臥龍智慧環境及台灣碳梭科技等六家新創團隊"
H3 = "中科台中園區擴建二期緊鄰台中園區西側，面積約 89.75公頃，台積電約有49.95公頃"
AS7 = "2025年10月29日"
G["sa07"] = dict(
 article=art("（無標題）台積電中科擴建二期新廠已申報開工 中科管理局介紹6家新創", "自由時報 自由財經（記者蘇金鳳，台中報導），ec.ltn.com.tw", "2025-10-29", "day",
  "National daily's business site, Taiwan: a chipmaker's new fab in a science park's expansion area — building permits obtained and start of works declared, the planned process node and volume-production year, the expansion area's size and the chipmaker's share, the bureau's completed soil-conservation works; six start-ups presented by the park bureau",
  "https://ec.ltn.com.tw/article/breakingnews/5227915",
  "日期取搜尋工具的“date 2025-10-29”標記（與文中“今天”“17日申報開工”相合）。存段無標題行：首行為日期標記與圖說“台積電中科二期廠正申報開工，中科管理局表示，台積電可隨時開工。（中科管理局提供）”，整行刪去（title 為編者概括）。正文五段；存段止於“…目前尚未核備。”，其後是否另有段落不詳。園區：中科（中部科學園區，文中只作“中科”，name 照寫）；台中園區（中科子園區）；中科台中園區擴建二期（緊鄰台中園區西側，面積約89.75公頃，parent 台中園區）。公司：台積電（在擴建二期約49.95公頃）；六家新創（台灣鈣鈦礦科技、台灣圖靈鏈、濰元科技、寶泓生醫、臥龍智慧環境、台灣碳梭科技）——由中科管理局在記者會介紹，park 記“中科”（推定，note）。項目：台積電擴建二期新廠（1.4奈米製程廠）——已取得3張建照、17日申報開工、“隨時可開工”但尚未動工→planned，status_alt 开工；預計2028年量產；無金額。中科管理局先期水保工程已完工→竣工（可選）。事實：擴建二期面積約89.75公頃；台積電約49.95公頃（可選）；尚未核備約2.88公頃（可選）；新創6家（可選）。",
  "sa07"),
 parks=[
  park(ZK, "台中", TW, "科學園區", "中科管理局今天舉行「中科創新、鏈動未來」記者會", note="即中部科學園區；文中只作“中科”"),
  park(TZ, "台中", TW, "科學園區（子園區）", H3, parent=ZK),
  park(K2, "台中", TW, "科學園區（擴建區）", H3, parent=TZ, note="緊鄰台中園區西側；約89.75公頃"),
 ],
 companies=[
  comp("台積電", K2, H0, note="擴建二期新廠"),
  comp("台灣鈣鈦礦科技", ZK, H2, note="中科管理局介紹的新創；園區由語境推定"),
  comp("台灣圖靈鏈", ZK, H2, note="同上"),
  comp("濰元科技", ZK, H2, note="同上"),
  comp("寶泓生醫", ZK, H2, note="同上"),
  comp("臥龍智慧環境", ZK, H2, note="同上"),
  comp("台灣碳梭科技", ZK, H2, note="同上"),
 ],
 institutions=[
  inst("中科管理局", H0, park=ZK),
 ],
 projects=[
  proj("擴建二期新廠", K2, H0, companies=["台積電"], status="planned", status_text="已17日申報開工，因此隨時可開工", status_alt="开工",
       aliases=["1.4奈米製程廠"], note="已取得設備廠、生產廠及辦公大樓3張建照；尚未動工；規劃1.4奈米製程，預計2028年量產；無金額"),
  proj("先期水保工程", K2, "由於中科管理局所執行的先期水保工程已完工", status="竣工", status_text="已完工", opt=True,
       note="中科管理局執行；園區由語境推定"),
 ],
 aggregate_facts=[
  fact(K2, "park", "area_ha", 89.75, "ha", H3, AS7, qual="约", qtext="約"),
  fact("台積電", "company", "leased_land_ha", 49.95, "ha", H3, AS7, qual="约", qtext="約", opt=True, note="在擴建二期"),
  fact(K2, "park", "land_not_yet_allocated_ha", 2.88, "ha", "扣除了公共設施，還有約2.88公頃土地，目前尚未核備", AS7, qual="约", qtext="約", opt=True),
  fact(ZK, "park", "startups_presented", 6, "count", H2, AS7, opt=True),
 ])

# ---------------------------------------------------------------- sa08 南科台南園區1至10月營業額突破2.26兆元 (聯合報 2025)
NK = "南部科學園區"
TN = "台南園區"
J0 = "南部科學園區持續展現強勁成長動能，台南園區今年1至10月營業額突破 2.26兆元，已超越去年一整年的2.11兆元"
J1 = "最近落成啟用的「南科國網雲端算力中心」，以綠建築規格打造，不僅成為台南園區新地標"
J2 = "在招商成果方面，統計2019年至2025年11月，共新增1916件投資案，吸引2964億元投資額，創造3929億元產值，增加6萬3492個就業機會"
J3 = "市府持續推動南科園區周邊產業鏈延伸，串聯沙崙智慧綠能科學城、柳科三期智慧機器人產業聚落等重大建設"
AS8 = "2019年至2025年11月"
G["sa08"] = dict(
 article=art("（無標題）南科台南園區1至10月營業額突破2.26兆元 超越去年全年", "聯合報（記者吳淑玲，台南即時報導），udn.com", "2025-12-13", "day",
  "National daily's breaking-news site, Taiwan: a science park's year-to-date revenue passing last year's total, a computing centre just opened in it, the city's linked science city and robot cluster, and the city's investment cases, amount, output and jobs since 2019",
  "https://udn.com/news/story/7326/9200952",
  "日期取搜尋工具的“date 2025-12-13”標記。存段無標題行（“快訊”一行、署名行“聯合報／ 記者吳淑玲／台南即時報導”與圖說“南科台南園區營業科佔台灣科學園區過半，並再創歷史高峰。圖／台南市經發局提供”已刪；title 為編者概括）。存段在末段“…製造業產值持續成長，未來將持續積極整合中央資源，協助企業解決土地、水電、人才等問題，吸引國內”處中斷，自“，未來將”起刪去（make_txt.py LINE_SUFFIX），正文截至“…製造業產值持續成長”（此處原為逗號，故末尾無句號），共五段。“營業額突破 2.26兆元”中的空格照錄。園區：南部科學園區（文中又作“南科”“南科園區”）；台南園區（南科子園區，台南）；沙崙智慧綠能科學城（台南，可選）；柳科三期（柳營科技工業區三期，“智慧機器人產業聚落”，可選，名稱照寫）。項目：南科國網雲端算力中心（最近落成啟用→竣工，台南園區）。事實：台南園區1至10月營業額突破2.26兆元（cumulative，超）；去年全年2.11兆元（2024）；台南市2019年至2025年11月新增投資案1916件、投資額2964億元、創造產值3929億元、就業機會63492個（subject 台南，region，cumulative）。市長黃偉哲、經發局長張婷媛不列。",
  "sa08"),
 parks=[
  park(NK, None, TW, "科學園區", J0, aliases=["南科", "南科園區"], note="文中又作“南科”“南科園區”"),
  park(TN, "台南", TW, "科學園區（子園區）", J0, parent=NK),
  park("沙崙智慧綠能科學城", "台南", TW, "科學城", J3, opt=True),
  park("柳科三期", "台南", TW, "科技工業區（三期）", J3, opt=True, note="“柳科三期智慧機器人產業聚落”；柳營科技工業區三期"),
 ],
 companies=[],
 institutions=[
  inst("台南市府", "再度刷新歷史紀錄，台南市府表示"),
 ],
 projects=[
  proj("南科國網雲端算力中心", TN, J1, status="竣工", status_text="落成啟用", note="綠建築；台南園區新地標"),
 ],
 aggregate_facts=[
  fact(TN, "park", "revenue_twd", 2.26e12, "twd", "台南園區今年1至10月營業額突破 2.26兆元", "2025年1–10月", kind="cumulative", qual="超", qtext="突破", chk=True),
  fact(TN, "park", "revenue_twd", 2.11e12, "twd", "已超越去年一整年的2.11兆元", "2024年", chk=True),
  fact("台南", "region", "investment_cases", 1916, "count", J2, AS8, kind="cumulative"),
  fact("台南", "region", "investment_twd", 2.964e11, "twd", "吸引2964億元投資額，創造3929億元產值", AS8, kind="cumulative", chk=True),
  fact("台南", "region", "output_created_twd", 3.929e11, "twd", "創造3929億元產值", AS8, kind="cumulative", chk=True),
  fact("台南", "region", "jobs_created", 63492, "count", J2, AS8, kind="cumulative"),
 ])

# ---------------------------------------------------------------- sa09 竹南科二期 / 後龍產業園區 / 沙崙 (CNEWS 2025)
ZN = "竹南科學園區"
SL = "沙崙生態科學園區"
K0 = "行政院113年9月正式核定桃竹苗大矽谷計畫，苗栗縣共盤點出3塊產業用地，後龍產業園區經濟部已願意擔任主管機關，竹南科東產業園區納入現行都市計畫通盤檢討辦理，但竹南科學園區擴大案（竹南科二期）目前仍苦無主管機關"
K1 = "他也質疑，為何「南部科學園區沙崙生態科學園區籌設計畫」審查快速通過，竹南科卻困難重重？"
K2b = "針對南科沙崙生態科學園區審查部分被指大小眼，蘇振綱表示，南科規劃的531公頃都是科學園區，屬合法合規通過"
G["sa09"] = dict(
 article=art("陳超明籲國科會續推動桃竹苗大矽谷 蘇振綱點出問題：夾雜私地、中油土地", "CNEWS匯流新聞網（記者徐德芬，苗栗報導），載於 Yahoo奇摩新聞 tw.news.yahoo.com", "2025-11-20", "day",
  "Online news agency on a portal, Taiwan: a legislator urges the science council to take charge of a science park's expansion — three industrial sites in a county (an industrial park under the economics ministry, another in the town plan review, the science-park expansion without an authority), the council's reply on private and state-oil land, a southern science park's approved plan and area",
  "https://tw.news.yahoo.com/%E9%99%B3%E8%B6%85%E6%98%8E%E7%B1%B2%E5%9C%8B%E7%A7%91%E6%9C%83%E7%BA%8C%E6%8E%A8%E5%8B%95%E6%A1%83%E7%AB%B9%E8%8B%97%E5%A4%A7%E7%9F%BD%E8%B0%B7-%E8%98%87%E6%8C%AF%E7%B6%B1%E9%BB%9E%E5%87%BA%E5%95%8F%E9%A1%8C-%E5%A4%BE%E9%9B%9C%E7%A7%81%E5%9C%B0-%E4%B8%AD%E6%B2%B9%E5%9C%9F%E5%9C%B0-070253233.html",
  "日期取搜尋工具的“date 2025-11-20”標記（與文中“今（20）日”相合）。標題照錄：標題行前的日期標記與行末計數“ 3”已刪（make_txt.py HEAD_PREFIX / HEAD_SUFFIX）；署名行“CNEWS匯流新聞網記者徐德芬／苗栗報導”已刪（記於 outlet）。存段在末句“他強調，目前收到計畫書中，土地範圍也許只有20%為科學園區產業用地，其他”處中斷，該句已刪（LINE_SUFFIX），正文截至“…二期的具體範圍要畫出來。”，共四段。園區：後龍產業園區（經濟部願任主管機關）、竹南科東產業園區（納入都市計畫通盤檢討）、竹南科學園區（文中又作“竹南科”；其擴大案即“竹南科二期”）、沙崙生態科學園區（文中作“南部科學園區沙崙生態科學園區”“南科沙崙生態科學園區”，parent 南部科學園區；台南）——皆在苗栗縣，沙崙除外（鄉鎮名不在文中，district 記 null）。項目：竹南科學園區擴大案（竹南科二期，planned，尚無主管機關）；南部科學園區沙崙生態科學園區籌設計畫（審查通過→planned；531公頃）。“桃竹苗大矽谷計畫”為政策計畫，不列項目。事實：苗栗縣盤點產業用地3塊（region，可選）；沙崙生態科學園區規劃531公頃。立委陳超明、國科會副主委蘇振綱不列；國科會、經濟部、苗栗縣政府列可選機構。",
  "sa09"),
 parks=[
  park("後龍產業園區", "苗栗", TW, "產業園區", K0, note="規劃中；經濟部已願意擔任主管機關"),
  park("竹南科東產業園區", "苗栗", TW, "產業園區", K0, note="規劃中；納入現行都市計畫通盤檢討"),
  park(ZN, "苗栗", TW, "科學園區", K0, aliases=["竹南科"], note="擴大案即“竹南科二期”"),
  park(SL, "台南", TW, "科學園區（籌設中）", K1, parent=NK, aliases=["南科沙崙生態科學園區"], note="籌設計畫審查通過；531公頃"),
  park(NK, None, TW, "科學園區", K1, aliases=["南科"], opt=True, note="只在計畫名與“南科”中"),
 ],
 companies=[],
 institutions=[
  inst("國科會", "呼籲國科會擔任主管機關，以利後續行政程序能順利往下"),
  inst("經濟部", K0),
  inst("苗栗縣政府", "國科會也有回覆苗栗縣政府，二期的具體範圍要畫出來"),
 ],
 projects=[
  proj("竹南科學園區擴大案", ZN, K0, status="planned", status_text="目前仍苦無主管機關", aliases=["竹南科二期"],
       note="苗栗縣政府規劃；範圍內夾雜私地與中油土地（國科會語）"),
  proj("南部科學園區沙崙生態科學園區籌設計畫", SL, K1, status="planned", status_text="審查快速通過", note="規劃531公頃"),
 ],
 aggregate_facts=[
  fact("苗栗縣", "region", "industrial_sites_identified", 3, "count", K0, "2025年11月", opt=True, note="桃竹苗大矽谷計畫下盤點的產業用地"),
  fact(SL, "park", "planned_area_ha", 531, "ha", K2b, "2025年11月（規劃）", kind="target"),
 ])
