# real114 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# All eight items are traditional script as published (Hong Kong, Macau and Taiwan outlets); nothing was converted.
# Conventions as real28–real52 and real54 / real68 (the earlier traditional-script sets): evidence verbatim; names as written
# in the text; 逾/超過/超/以上 → 超, 餘/多 → 余, 約/近/左右 → 約 (qualifier_text keeps the word). Money: yuan (人民幣) in
# investment_cny / *_cny facts; New Taiwan dollars (新台幣, and every Taiwan amount) in *_twd facts and in investment_value +
# investment_currency "twd" with investment_cny null. Taiwan amounts written without 元 (“投資17億”) are read as 億 of NT$.
# Growth rates and shares as ratios. Projects: the park the text places the project in, null if none (a county or city is
# a region). Status codes as check_gold.py (simplified: 开工, 在建, 竣工, planned; qualifier 约 / 超 / 余), from the text's words (開工 → 开工; 開工興建中 → 在建 with status_alt 开工; 核准 / 通過 → null, as real54
# zx06; 規劃 / 籌設 / 決定投資建設 → planned; 公共設施已建設完成 / 啟用 → 竣工). Investment cases approved by a park
# authority are named “<firm>投資案” (as real42 zl02 / real54 zx06).

# ---------------------------------------------------------------- yf01 合肥開發區 (香港文匯報 2007)
HF = "合肥經濟技術開發區"
A0 = "合肥經濟技術開發區保持快速發展,今年前4個月實現工業產值136億元,增長44%"
A1 = "今年前4月,開發區完成工業投資近12億元,增長160%;實現工業產值136億元,增長44.6%"
A2 = "五大工業園實現產值105.2億元,其中汽車工業園實現產值12.8億元,增長220.2%"
A3 = "目前,香港聯亞製衣一期項目上半年即可投產,華潤華源公司也決定投資建設大型紡織項目"
ASA = "2007年1–4月"
G["yf01"] = dict(
 article=art("合肥開發區工業產值增44%", "香港文匯報（本報駐安徽記者張長城），paper.wenweipo.com 財經版", "2007-05-17", "day",
  "Hong Kong daily's correspondent on a mainland national zone, Anhui: a zone's first-four-months output, industrial investment, its five industrial parks' and the auto park's output, new foreign firms and domestic projects, a Hong Kong garment project about to produce and a textile project decided, ahead of a trade fair",
  "http://paper.wenweipo.com/2007/05/17/FI0705170032.htm",
  "日期取頁面“2007年5月17日 星期四”與“[2007-05-17]”、網址 2007/05/17。標題照錄；檢索欄、導航、“【打印】…”兩行、“放大圖片”與頁尾欄目已刪。正文三段與兩個小標題（各作一段），完整。繁體原文，未轉換。園區：合肥經濟技術開發區（文中又作“合肥開發區”“開發區”；合肥市，安徽）；汽車工業園（五大工業園之一，母園區為合肥經濟技術開發區，可選）；“五大工業園”合稱作事實主體（park_group）。項目：香港聯亞製衣一期項目（“上半年即可投產”——尚未投產，status 不填）；華潤華源公司的大型紡織項目（“決定投資建設”→planned，名稱為編者概括，可選）。事實：前4個月工業產值136億元（cumulative）；增速首段作44%、次段作44.6%，記44.6%（標題與首段取整）；工業投資近12億元（約）、增長160%；五大工業園產值105.2億元；汽車工業園產值12.8億元、增長220.2%；新批外資企業9家、內資項目17個；53家日本汽車零部件企業將到會（可選）。管委會副主任王厚亮為人名，不列。",
  "yf01"),
 parks=[
  park(HF, "合肥", "安徽", "經濟技術開發區", A0, aliases=["合肥開發區"], note="文中又作“合肥開發區”“開發區”"),
  park("汽車工業園", "合肥", "安徽", "工業園", A2, parent=HF, opt=True, note="五大工業園之一；母園區由語境推定"),
 ],
 companies=[
  comp("香港聯亞製衣", HF, A3, note="港資；一期項目上半年即可投產"),
  comp("華潤華源公司", HF, A3, note="決定投資建設大型紡織項目"),
 ],
 institutions=[
  inst("合肥開發區管委會", "合肥開發區管委會副主任王厚亮(見圖)表示", park=HF),
 ],
 projects=[
  proj("香港聯亞製衣一期項目", HF, A3, companies=["香港聯亞製衣"], phase="一期", status=None, status_text="上半年即可投產",
       note="尚未投產（預計2007年上半年）"),
  proj("華潤華源大型紡織項目", HF, A3, companies=["華潤華源公司"], status="planned", status_text="決定投資建設", opt=True,
       note="名稱為編者概括（文中作“大型紡織項目”）"),
 ],
 aggregate_facts=[
  fact(HF, "park", "industrial_output_cny", 1.36e10, "cny", A0, ASA, kind="cumulative", chk=True),
  fact(HF, "park", "industrial_output_yoy_growth", 0.446, "ratio", A1, ASA, kind="ratio", note="首段與標題作44%"),
  fact(HF, "park", "industrial_investment_cny", 1.2e9, "cny", "開發區完成工業投資近12億元,增長160%", ASA, kind="cumulative", qual="约", qtext="近", chk=True),
  fact(HF, "park", "industrial_investment_yoy_growth", 1.6, "ratio", "開發區完成工業投資近12億元,增長160%", ASA, kind="ratio"),
  fact("五大工業園", "park_group", "industrial_output_cny", 1.052e10, "cny", A2, ASA, kind="cumulative", chk=True, note="合肥經濟技術開發區的五大工業園合計"),
  fact("汽車工業園", "park", "industrial_output_cny", 1.28e9, "cny", "其中汽車工業園實現產值12.8億元,增長220.2%", ASA, kind="cumulative", chk=True),
  fact("汽車工業園", "park", "industrial_output_yoy_growth", 2.202, "ratio", "其中汽車工業園實現產值12.8億元,增長220.2%", ASA, kind="ratio"),
  fact(HF, "park", "foreign_firms_approved", 9, "count", "新批外資企業9家,內資項目17個", ASA, kind="cumulative"),
  fact(HF, "park", "domestic_projects_approved", 17, "count", "新批外資企業9家,內資項目17個", ASA, kind="cumulative"),
  fact(HF, "park", "visiting_japanese_auto_parts_firms", 53, "count", "還將有53家日本汽車零部件企業到會", "2007年5月（徽商大會）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yf02 南投 (台灣好新聞 via 風傳媒 2017)
ZX = "中興新村高等研究園區"
NG = "南崗工業區"
WL = "旺來產業園區"
B1 = "包括全球最大的製鞋業「寶成集團」,要到中興新村高等研究園區投資17億, 設立佔地7公頃的製鞋設計研發基地"
B2 = "正翰生技投資4億也在中興新村設置研發中心"
B3 = "在南崗工業區,冠好科技投資40億元擴廠,新廠基地共1萬7000餘坪,廠房面積近萬坪,樹德企業投資20億設廠,日正食品斥資3億擴廠,美上鎂花6億建廠"
BS = "這些投資案目前都已陸續開工興建中"
B4 = "我們在南投市開發首座微型工業區─旺來產業園區,生產鳳梨有關加工品,今年將有15家工廠進駐,估計可提供500個工作機會"
NOTE_B = "新台幣；“這些投資案目前都已陸續開工興建中”→在建（亦可讀作開工）"
G["yf02"] = dict(
 article=art("好山好水受青睞 投縣成企業置產投資新寵", "台灣好新聞（記者扶小萍），經轉授權刊於風傳媒 storm.mg 地方新聞", "2017-01-26", "day",
  "Taiwan regional news site relayed by a national news site: a county's investment round-up — a research park and an industrial zone with six named firms' investments (NT$) now under construction, the county's investment total, a new micro industrial park's expected firms and jobs",
  "https://www.storm.mg/localarticle/217489",
  "日期取頁面“2017-01-26 16:00”。標題照錄（頁面重複兩次，已刪）；“? 人氣”“記者扶小萍/南投報導”“[啟動LINE推播]…”“本文經轉授權自台灣好新聞”“關鍵字:”與頁尾已刪。正文三段，完整。繁體原文，未轉換。金額均為新台幣（記 twd）；“投資17億”“投資4億”“斥資3億”“6億”文中無“元”，照錄於 investment_text。園區：中興新村高等研究園區、南崗工業區、旺來產業園區（南投市首座微型工業區，文中又作“微型工業區”）；埔里的“第二座產業微型園區”未命名，不列。公司：寶成集團、正翰生技（“也在中興新村設置研發中心”→園區推定為中興新村高等研究園區）、冠好科技、樹德企業、日正食品、美上鎂花（南崗工業區）。項目：六案名稱為編者以文中用語概括；“這些投資案目前都已陸續開工興建中”→在建（status_alt 開工）。事實：南投縣去年招商約50億元（region）；旺來產業園區今年將有15家工廠進駐、估計可提供500個工作機會（target）；冠好新廠基地1萬7000餘坪、寶成基地7公頃（可選）。",
  "yf02"),
 parks=[
  park(ZX, "南投", "台灣", "高等研究園區", B1, note="文中又作“中興新村”"),
  park(NG, "南投", "台灣", "工業區", B3),
  park(WL, "南投", "台灣", "產業園區", B4, district="南投市", note="南投市首座微型工業區"),
 ],
 companies=[
  comp("寶成集團", ZX, B1, note="全球最大的製鞋業"),
  comp("正翰生技", ZX, B2, note="“也在中興新村設置研發中心”：園區由語境推定"),
  comp("冠好科技", NG, B3),
  comp("樹德企業", NG, B3),
  comp("日正食品", NG, B3),
  comp("美上鎂花", NG, B3),
 ],
 projects=[
  proj("寶成集團製鞋設計研發基地", ZX, B1, companies=["寶成集團"], inv="投資17億", currency="twd", value=1.7e9,
       status="在建", status_text=BS, status_alt="开工", note=NOTE_B + "；佔地7公頃"),
  proj("正翰生技研發中心", ZX, B2, companies=["正翰生技"], inv="投資4億", currency="twd", value=4e8,
       status="在建", status_text=BS, status_alt="开工", note=NOTE_B),
  proj("冠好科技擴廠", NG, B3, companies=["冠好科技"], inv="投資40億元", currency="twd", value=4e9,
       status="在建", status_text=BS, status_alt="开工", note=NOTE_B),
  proj("樹德企業設廠", NG, B3, companies=["樹德企業"], inv="投資20億", currency="twd", value=2e9,
       status="在建", status_text=BS, status_alt="开工", note=NOTE_B),
  proj("日正食品擴廠", NG, B3, companies=["日正食品"], inv="斥資3億", currency="twd", value=3e8,
       status="在建", status_text=BS, status_alt="开工", note=NOTE_B),
  proj("美上鎂花建廠", NG, B3, companies=["美上鎂花"], inv="美上鎂花6億建廠", currency="twd", value=6e8,
       status="在建", status_text=BS, status_alt="开工", note=NOTE_B),
 ],
 aggregate_facts=[
  fact("南投縣", "region", "investment_attracted_twd", 5e9, "twd", "去年南投縣招商約50億元投資案拍板定案", "2016年", qual="约", qtext="約"),
  fact(WL, "park", "expected_firms", 15, "count", B4, "2017年（預計）", kind="target"),
  fact(WL, "park", "expected_jobs", 500, "count", "估計可提供500個工作機會", "2017年（預計）", kind="target"),
  fact("冠好科技擴廠", "project", "site_area_ping", 17000, "ping", "新廠基地共1萬7000餘坪", "2017年1月", qual="余", qtext="餘", opt=True),
  fact("寶成集團製鞋設計研發基地", "project", "site_area_ha", 7, "ha", "設立佔地7公頃的製鞋設計研發基地", "2017年1月", opt=True),
 ])

# ---------------------------------------------------------------- yf03 南沙 葡語系國家產業園 (澳門日報 2020)
NS = "廣州南沙開發區"
PY = "葡語系國家產業園"
C0 = "廣州南沙開發區港澳合作事務辦公室及南沙區政務服務數據管理局相關人員,日前訪國際葡語市場企業家商會,介紹當地發展情況包括正規劃建設關於葡語系國家產業園,以及商討合作空間"
C1 = "南沙正在規劃建設關於葡語系國家產業園,歡迎澳門積極參與"
G["yf03"] = dict(
 article=art("南沙擬建葡語系國家產業園", "澳門日報（【本報消息】），澳門日報電子版 A10 經濟版", "2020-12-04", "day",
  "Macau daily's economy page on a mainland zone: officials of Guangzhou's Nansha development zone visit a Macau business chamber of Portuguese-speaking markets, present the zone's industries and a planned park for Portuguese-speaking countries",
  "https://appimg.modaily.cn/app/szb/pc/content/202012/04/content_86460.html",
  "日期取版面“2020年12月04日 第A10版:經濟”與網址 202012/04。標題照錄（頁面重複一次，已刪）；引題“代表團一行訪葡語企業 家商會”（原樣有空格）與報頭雜項已刪。存段末段“此次會晤了解澳門企業發展需求,廣州市南沙區港澳”在句中中斷，整段刪去，正文截至“…歡迎澳門積極參與。”，共四段。繁體原文，未轉換（“省巿”“城巿”原樣）。園區：廣州南沙開發區（只出現在機構名“廣州南沙開發區港澳合作事務辦公室”中；廣州市南沙區，廣東）；葡語系國家產業園（正規劃建設，母園區推定為南沙開發區）。項目：葡語系國家產業園的規劃建設（planned，可選——與園區本身重合）。無金額、無數字事實。機構：港澳合作事務辦公室、南沙區政務服務數據管理局（又作“廣州市南沙區政務服務數據管理局”）、國際葡語市場企業家商會（商會）。人名（吳川源、羅加鴻、徐燎原、俞建鋒）不列。",
  "yf03"),
 parks=[
  park(NS, "廣州", "廣東", "開發區", C0, district="南沙區", note="只在機構名中出現；文中又作“南沙”"),
  park(PY, "廣州", "廣東", "產業園", C1, district="南沙區", parent=NS, note="正規劃建設；母園區由語境推定"),
 ],
 institutions=[
  inst("廣州南沙開發區港澳合作事務辦公室", C0, park=NS, opt=False),
  inst("南沙區政務服務數據管理局", C0, note="文中又作“廣州市南沙區政務服務數據管理局”"),
  inst("國際葡語市場企業家商會", C0, kind="association", opt=False, note="澳門商會"),
 ],
 projects=[
  proj("葡語系國家產業園", NS, C1, status="planned", status_text="正在規劃建設", opt=True, note="園區開發本身；與園區條目重合"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- yf04 鳳山工業區 (新竹縣 2021)
FS = "鳳山工業區"
D1 = "因此縣府從民國99年起辦理鳳山工業區的編定開發,面積約18.6公頃,區內各項公共設施今年已建設完成,目前有19家廠商進駐,其中3家已營運,16家正建廠中"
D2 = "位在鳳山工業區內的聯合服務中心日後將服務鳳山、五華和內立工業區廠商"
ASD = "2021年10月"
G["yf04"] = dict(
 article=art("竹縣築巢引鳳拚經濟 工業園區聯合服務中心今啟用", "yun-news.com（科技人文欄；記者魏雲日）", "2021-10-12", "day",
  "Taiwan local news site: a county opens the joint service centre of a new industrial zone — the zone's development since 2010, area, public works completed, firms entered / operating / building, the neighbouring zones it serves and the industries planned",
  "http://yun-news.com/?id=18413&ptype=editor_1",
  "日期取電頭“【記者魏雲日/新竹報導】2021-10-12”（電頭行已刪）；欄目字“科 技 人 文”與末行“|”已刪。標題照錄。正文三段，完整。繁體原文，未轉換；“畢永鄰近的工業區互補”原文如此（疑為“並與”之誤），照錄。出版站名稱存段未示，以網域記。園區：鳳山工業區（新竹縣；民國99年=2010年起編定開發）；新竹工業區（進駐率接近飽和）；內立工業區、五華（“鳳山、五華和內立工業區”——五華工業區名稱由並列推定，可選）；“科學園區”泛指，不列。項目：鳳山工業區的編定開發（公共設施今年已建設完成→竣工）；鳳山工業區聯合服務中心（標題“今啟用”→竣工，可選）。事實：面積約18.6公頃、19家廠商進駐、3家已營運、16家正建廠中。",
  "yf04"),
 parks=[
  park(FS, "新竹縣", "台灣", "工業區", D1),
  park("新竹工業區", "新竹縣", "台灣", "工業區", "新竹工業區和科學園區近年的進駐率已接近飽和"),
  park("內立工業區", "新竹縣", "台灣", "工業區", D2, opt=True, note="聯合服務中心服務範圍"),
  park("五華工業區", "新竹縣", "台灣", "工業區", D2, opt=True, note="文中作“五華”，與“內立工業區”並列；名稱推定"),
 ],
 institutions=[],
 projects=[
  proj("鳳山工業區的編定開發", FS, D1, status="竣工", status_text="區內各項公共設施今年已建設完成", note="民國99年起辦理"),
  proj("鳳山工業區聯合服務中心", FS, D2, status="竣工", status_text="今啟用（標題）", opt=True, note="標題作“工業園區聯合服務中心今啟用”"),
 ],
 aggregate_facts=[
  fact(FS, "park", "area_ha", 18.6, "ha", D1, ASD, qual="约", qtext="約"),
  fact(FS, "park", "firms", 19, "count", D1, ASD),
  fact(FS, "park", "firms_in_production", 3, "count", D1, ASD, note="“已營運”"),
  fact(FS, "park", "firms_under_construction", 16, "count", D1, ASD, note="“正建廠中”"),
 ])

# ---------------------------------------------------------------- yf05 大連 24個重點項目開工 (中評社 2023)
E0 = "遼寧大連28日舉行重點項目開工活動,當天全市12個地區和太平灣合作創新區新開工項目共24個,總投資838.6億元"
E1 = "既有高新區黃泥川智能製造產業園項目等高端裝備製造、新能源等產業項目,也有中山區大連市第三十三中學重建項目等社會民生事業項目"
ASE = "2023年1月28日（集中開工）"
G["yf05"] = dict(
 article=art("遼寧大連開工24個重點項目", "中評社（中國評論通訊社，香港；據《人民日報》報導），crntt 鏡像站", "2023-01-30", "day",
  "Hong Kong news agency relaying a mainland daily in traditional script: a city's groundbreaking of 24 key projects with their total, one named high-tech-zone industrial park project and one school project, and the shares and growth of the year's planned projects by type",
  "http://49.213.3.35/doc/7_0_106582243_1.html",
  "日期取頁面“2023-01-30 14:52:09”與電頭“中評社北京1月30日電”。標題照錄；“【大 中 小】【打 印】”、網址行“http://www.crntt.hk”、表格豎線已刪；末段句末“ |”已刪（make_txt.py LINE_SUFFIX）。正文兩段，完整。繁體原文，為中評社刊出之稿（轉述《人民日報》，用字如“占比”照錄），非閘道轉換。存址為中評網的數字 IP 鏡像（49.213.3.35；頁面自署 www.crntt.hk）。園區：太平灣合作創新區（大連）；高新區（大連高新技術產業園區，文中只作“高新區”，可選）。項目：高新區黃泥川智能製造產業園項目（開工）；中山區大連市第三十三中學重建項目（民生項目，不在園區，可選）。事實：全市新開工項目24個、總投資838.6億元（主體“大連”，region）；“12個地區和太平灣合作創新區”；今年已規劃項目中產業項目數量占比52%、同比增長40.2%，基礎設施及民生項目占比35.2%、增長17.4%（可選）。",
  "yf05"),
 parks=[
  park("太平灣合作創新區", "大連", "遼寧", "合作創新區", E0),
  park("高新區", "大連", "遼寧", "高新區", E1, opt=True, note="大連高新技術產業園區；文中只作“高新區”"),
 ],
 projects=[
  proj("黃泥川智能製造產業園項目", "高新區", E1, status="开工", status_text="1月28日開工", note="高端裝備製造、新能源等產業項目"),
  proj("大連市第三十三中學重建項目", None, E1, status="开工", status_text="1月28日開工", opt=True, note="中山區；社會民生事業項目"),
 ],
 aggregate_facts=[
  fact("大連", "region", "projects_started", 24, "count", E0, ASE),
  fact("大連", "region", "projects_started_investment_cny", 8.386e10, "cny", E0, ASE, chk=True),
  fact("大連", "region", "industrial_projects_share", 0.52, "ratio",
       "綠色石化和精細化工、新一代信息技術、高端裝備製造、新能源等產業項目數量占比達52%,同比增長40.2%", "2023年（已規劃項目）", kind="ratio", opt=True),
  fact("大連", "region", "industrial_projects_yoy_growth", 0.402, "ratio",
       "產業項目數量占比達52%,同比增長40.2%", "2023年（已規劃項目）", kind="ratio", opt=True),
  fact("大連", "region", "infrastructure_projects_share", 0.352, "ratio",
       "基礎設施及社會民生事業項目數量占比達35.2%,同比增長17.4%", "2023年（已規劃項目）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yf06 雲林小東工業區招商 (工商時報 2023)
XD = "小東工業區"
F1 = "包括台灣中油股份有限公司、上銀科技股份有限公司、春源鋼鐵工業股份有限公司、巧新科技工業股份有限公司、新普科技股份有限公司等多家知名業者均派員共襄盛舉"
FN = "出席招商說明會，未說已進駐；park 不填"
G["yf06"] = dict(
 article=art("雲林小東工業區招商 反應熱烈 中油、上銀、春源、巧新、新普等均參與說明會;開放最後5個編號基地,9/4前歡迎廠商投標",
  "工商時報（文/王妙琴），readers.ctee.com.tw 讀者/地方專刊", "2023-08-08", "day",
  "Taiwan business daily's regional page: a county's investment-promotion briefing for an industrial zone — five named firms attending, the county head's remarks, the zone's location, the last five plots offered in the fourth public tender with its dates",
  "https://readers.ctee.com.tw/cm/20230808/a16aa16/1252729/share",
  "日期取頁面“20230808文/王妙琴”與網址 20230808。標題與副題照錄（副題接在標題後，一空格）；“image”兩行與圖說“→雲林縣縣長張麗善(中)…圖/亞興測量公司提供”已刪。正文五段，完整。繁體原文，未轉換。版面為工商時報地方／讀者專刊（圖由測量公司提供，近於廣編稿）。園區：小東工業區（雲林縣；鄰斗南交流道，所屬鄉鎮文中未說）。公司：台灣中油股份有限公司、上銀科技股份有限公司、春源鋼鐵工業股份有限公司、巧新科技工業股份有限公司、新普科技股份有限公司（副題簡稱中油、上銀、春源、巧新、新普）——只出席說明會，park 不填。機構：雲林縣政府（可選）。事實：開放最後5個編號基地（第4次公開標售）；雲林縣農業產值超過800億（縣的數字，可選）。",
  "yf06"),
 parks=[
  park(XD, "雲林縣", "台灣", "工業區", "小東工業區緊臨國道1號斗南交流道(僅約400公尺距離)"),
 ],
 companies=[
  comp("台灣中油股份有限公司", None, F1, aliases=["中油"], note=FN),
  comp("上銀科技股份有限公司", None, F1, aliases=["上銀"], note=FN),
  comp("春源鋼鐵工業股份有限公司", None, F1, aliases=["春源"], note=FN),
  comp("巧新科技工業股份有限公司", None, F1, aliases=["巧新"], note=FN),
  comp("新普科技股份有限公司", None, F1, aliases=["新普"], note=FN),
 ],
 institutions=[
  inst("雲林縣政府", "雲林縣政府8月7日上午10時,於三好國際酒店尊爵廳(雲林縣斗六市斗六五路35號)辦理招商說明會"),
 ],
 aggregate_facts=[
  fact(XD, "park", "plots_offered", 5, "count", "本次共開放最後5個編號基地供廠商投標,第4次公開標售", "2023年7月16日至9月4日（第4次公開標售）"),
  fact("雲林縣", "region", "agricultural_output_twd", 8e10, "twd", "雲林縣擁有超過800億的農業產值", "2023年", qual="超", qtext="超過", opt=True),
 ])

# ---------------------------------------------------------------- yf07 科學園區審議會第29次會議 (udn 2025)
QT = "南部科學園區橋頭園區"
TZ = "中部科學園區台中園區"
H0 = "國科會科學園區審議會第29次會議今天召開，會中通過8件投資案，其中1件不公開，投資總額為新台幣19.2億元；另有2件增資案，合計增資約999.28億元"
H1 = "國科會指出，有公開的7件核准投資案，包含精密機械產業的捨得企業股份有限公司南科分公司、和大芯科技股份有限公司；光電產業的美商艾爾光科技股份有限公司台灣分公司、三治光電科技股份有限公司；積體電路的三福化工股份有限公司南科分公司；研究機構的財團法人金屬工業研究發展中心儲能暨充電設備認證中心；創業育成中心的財團法人工業技術研究院生醫加速器等"
H2 = "其中，三福化工股份有限公司南科分公司為7件投資案金額最大者、達8.5億元，投資於南部科學園區橋頭園區"
H3 = "和大芯科技股份有限公司投資6億元於中部科學園區台中園區"
H4 = "和大芯科技由和大工業、高鋒工業及虹宇測試設備有限公司合資成立"
ASH = "2025-12-23（科學園區審議會第29次會議）"
G["yf07"] = dict(
 article=art("（無標題）國科會科學園區審議會第29次會議通過8件投資案 投資總額19.2億元", "聯合新聞網 udn.com（產經；存段無署名、無出處行）", "2025-12-23", "day",
  "Taiwan news portal: the science-park review board approves eight investment cases and two capital increases — the named firms and institutions by industry, the largest case in a southern science park's new site, a joint venture's plant in a central science park",
  "https://udn.com/news/story/7240/9222369",
  "日期取存段日期標記“date 2025-12-23”（為搜尋工具所加，已刪——make_txt.py LINE_PREFIX）與“今天召開”。存段無標題行（title 為編者概括）。末段“捨得企業股份有限公司南科分公司投資3億元，將在南部科學園區屏東”在句中中斷，整段刪去，正文截至“…間接提升國內半導體產業全球競爭力。”，共六段。繁體原文，未轉換。金額為新台幣（記 twd）。園區：南部科學園區橋頭園區（高雄）、中部科學園區台中園區（文中又作“中科台中園區”）；南部科學園區、中部科學園區作母園區（可選）。公司：捨得企業股份有限公司南科分公司（“南科分公司”→南部科學園區；其園區在被刪的末段）、和大芯科技股份有限公司（中科台中園區；簡稱“和大芯科技”）、美商艾爾光科技股份有限公司台灣分公司、三治光電科技股份有限公司（園區在存段之外，park 不填）、三福化工股份有限公司南科分公司（橋頭園區；簡稱“三福化工”）；和大工業、高鋒工業、虹宇測試設備有限公司為和大芯科技的合資方（可選，park 不填）。機構：財團法人金屬工業研究發展中心儲能暨充電設備認證中心、財團法人工業技術研究院生醫加速器（核准投資案，園區未說）；國科會（可選）。項目：三福化工、和大芯科技兩案（核准→status null，仿 real54 zx06）。事實：通過8件投資案（其中1件不公開）、投資總額19.2億元、2件增資案合計約999.28億元（主體“科學園區”，park_group）。",
  "yf07"),
 parks=[
  park(QT, "高雄", "台灣", "科學園區", H2, parent="南部科學園區", note="南科高雄第二園區（橋頭）"),
  park(TZ, "台中", "台灣", "科學園區", H3, parent="中部科學園區", aliases=["中科台中園區"]),
  park("南部科學園區", "台南", "台灣", "科學園區", H2, opt=True, note="只作母園區名出現"),
  park("中部科學園區", "台中", "台灣", "科學園區", H3, opt=True, note="只作母園區名出現"),
 ],
 companies=[
  comp("三福化工股份有限公司南科分公司", QT, H2, aliases=["三福化工"]),
  comp("和大芯科技股份有限公司", TZ, H3, aliases=["和大芯科技"]),
  comp("捨得企業股份有限公司南科分公司", "南部科學園區", H1, note="精密機械；“南科分公司”→南科（屏東園區在被刪的末段）"),
  comp("美商艾爾光科技股份有限公司台灣分公司", None, H1, note="光電；園區在存段之外"),
  comp("三治光電科技股份有限公司", None, H1, note="光電；園區在存段之外"),
  comp("和大工業", None, H4, opt=True, note="和大芯科技合資方"),
  comp("高鋒工業", None, H4, opt=True, note="和大芯科技合資方"),
  comp("虹宇測試設備有限公司", None, H4, opt=True, note="和大芯科技合資方"),
 ],
 institutions=[
  inst("財團法人金屬工業研究發展中心儲能暨充電設備認證中心", H1, kind="research", opt=False, note="核准投資案（研究機構）；園區未說"),
  inst("財團法人工業技術研究院生醫加速器", H1, kind="incubator", opt=False, note="核准投資案（創業育成中心）；園區未說"),
  inst("國科會", H0, note="國家科學及技術委員會；科學園區審議會"),
 ],
 projects=[
  proj("三福化工股份有限公司南科分公司投資案", QT, H2, companies=["三福化工股份有限公司南科分公司"], inv="達8.5億元",
       currency="twd", value=8.5e8, status=None, status_text="審議會通過（核准）", note="新台幣；7件公開案中金額最大"),
  proj("和大芯科技股份有限公司投資案", TZ, H3, companies=["和大芯科技股份有限公司"], inv="投資6億元",
       currency="twd", value=6e8, status=None, status_text="審議會通過（核准）；就近於中科台中園區設廠", note="新台幣"),
 ],
 aggregate_facts=[
  fact("科學園區", "park_group", "investment_cases_approved", 8, "count", H0, ASH, note="其中1件不公開"),
  fact("科學園區", "park_group", "approved_investment_twd", 1.92e9, "twd", "會中通過8件投資案，其中1件不公開，投資總額為新台幣19.2億元", ASH),
  fact("科學園區", "park_group", "capital_increase_cases", 2, "count", "另有2件增資案，合計增資約999.28億元", ASH),
  fact("科學園區", "park_group", "capital_increase_twd", 9.9928e10, "twd", "另有2件增資案，合計增資約999.28億元", ASH, qual="约", qtext="約"),
 ])

# ---------------------------------------------------------------- yf08 沙崙生態科學園區籌設計畫 (經濟日報 on udn 2025)
SL = "沙崙生態科學園區"
P0 = "國發會18日召開第133次委員會議，審議通過國家科學及技術委員會陳報的「南部科學園區沙崙生態科學園區籌設計畫」（草案），全案將陳報行政院，並建請核准"
P1 = "該計畫完成後，台南沙崙地區將新增約531公頃科學園區，預估年產值可達約22,437億元，並創造約35,000個優質就業機會"
P2 = "計畫總經費約1,227億元，由科學園區管理局作業基金分年編列預算支應"
ASP = "計畫完成後（預估）"
G["yf08"] = dict(
 article=art("（無標題）國發會審議通過南部科學園區沙崙生態科學園區籌設計畫", "經濟日報（記者余弦妙，即時報導），聯合新聞網 udn.com", "2025-09-18", "day",
  "Taiwan business daily's online flash on a news portal: the development council approves the planning scheme of a new science park — area, expected output and jobs, total budget and its funding, the permit and environmental-review timetable, the policy aims",
  "https://udn.com/news/story/7238/9013656",
  "日期取存段日期標記“date 2025-09-18”與“國發會18日召開”。存段無標題行（title 為編者概括）；“date 2025-09-18 快訊”“經濟日報／ 記者余弦妙／即時報導”與末行標籤“生態 國發會”已刪。正文四段，完整。繁體原文，未轉換。金額為新台幣（記 twd；“22,437億元”“1,227億元”含千分位逗號）。園區：沙崙生態科學園區（規劃中，母園區南部科學園區；台南）；南部科學園區（可選）；沙崙智慧綠能科學城（研發場域，可選）。“大南方新矽谷”為政策口號，不列。項目：南部科學園區沙崙生態科學園區籌設計畫（國發會審議通過、將陳報行政院→planned；計畫總經費約1,227億元）。事實：新增約531公頃、年產值約22,437億元、約35,000個就業機會（target）。機構：國發會、國家科學及技術委員會、科學園區管理局作業基金（預算來源，不作產業基金）均可選。",
  "yf08"),
 parks=[
  park(SL, "台南", "台灣", "科學園區", P0, parent="南部科學園區", note="籌設中（規劃）"),
  park("南部科學園區", "台南", "台灣", "科學園區", P0, opt=True, note="只在計畫名中"),
  park("沙崙智慧綠能科學城", "台南", "台灣", "科學城", "同時結合沙崙智慧綠能科學城的研發場域與新興技術", opt=True),
 ],
 institutions=[
  inst("國發會", P0, note="國家發展委員會"),
  inst("國家科學及技術委員會", P0),
 ],
 projects=[
  proj("南部科學園區沙崙生態科學園區籌設計畫", SL, P2, inv="計畫總經費約1,227億元", currency="twd", value=1.227e11,
       qual="约", qual_text="約", status="planned", status_text="國發會審議通過，將陳報行政院", note="新台幣；2027年底前完成開發許可與環評審查",
       aliases=[]),
 ],
 aggregate_facts=[
  fact(SL, "park", "planned_area_ha", 531, "ha", P1, ASP, kind="target", qual="约", qtext="約"),
  fact(SL, "park", "expected_annual_output_twd", 2.2437e12, "twd", P1, ASP, kind="target", qual="约", qtext="約"),
  fact(SL, "park", "expected_jobs", 35000, "count", P1, ASP, kind="target", qual="约", qtext="約"),
 ])
