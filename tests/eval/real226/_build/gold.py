# real226 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim — all seven items are in traditional script as published, and names,
# aliases and evidence keep it (nothing converted; city / province fields are plain place metadata); names as written in
# the text; 逾/超過/超 → 超, 余/多 → 余, 約/近/左右 → 约 (the qualifier code is the simplified 约 that check_gold.py expects; qualifier_text keeps the word as written). Growth rates and shares as ratios
# (七成 → 0.7, 八成 → 0.8, 2成半 → 0.25). Stock counts stated as “目前 / 現時 … 已有” are kind reported; counts “截至目前”
# or “成立以來” are cumulative. Projects: only where the text names one; a park-development plan with no stage word beyond
# “規劃建設” is status planned. Sources: `search` (corpus pages) excerpts typed into _raw/pages/tqNN.raw as returned, and
# three 澳門電台 entries of the feed file mo_tdm.xml in GitHub raileo98/test2 (fetched).

# ---------------------------------------------------------------- tq01 前海面積擴大 (香港01 2021-09-07)
QH = "前海深港現代服務業合作區"
HQ1 = "橫琴粵澳深度合作區"
A0 = "中央昨(6日)公布《全面深化前海深港現代服務業合作區改革開放方案》,將前海深港合作區總面積由14.92平方公里,擴大約7倍至120.56平方公里"
A1 = "目前已有超過一萬一千家港企在前海落戶"
G["tq01"] = dict(
 article=art("前海面積擴大 林鄭:面積相當1.5個港島 為港經濟提供更大動力", "香港01（hk01.com，政情；撰文：周皓宜）", "2021-09-07", "day",
  "Hong Kong online news outlet (traditional script), Greater Bay Area: the central government's plan expanding the 前海 cooperation zone — its area before and after, the Chief Executive's remarks, Hong Kong firms settled in 前海, and the 橫琴 deep-cooperation-zone plan published alongside",
  "https://hk01.com/%E6%94%BF%E6%83%85/673475/%E5%89%8D%E6%B5%B7%E9%9D%A2%E7%A9%8D%E6%93%B4%E5%A4%A7-%E6%9E%97%E9%84%AD-%E9%9D%A2%E7%A9%8D%E7%9B%B8%E7%95%B61-5%E5%80%8B%E6%B8%AF%E5%B3%B6-%E7%82%BA%E6%B8%AF%E7%B6%93%E6%BF%9F%E6%8F%90%E4%BE%9B%E6%9B%B4%E5%A4%A7%E5%8B%95%E5%8A%9B",
  "繁體，照錄（未轉換）。日期：文中“中央昨(6日)公布…方案”“特首林鄭月娥今早(7日)出席行政會議前指”，方案於2021年9月6日公布，故發布日為2021-09-07（存段“出版:更新:”行無日期）。存段標點為半形（“:”“(”“,”），照錄；“前海海深港合作區”原文如此。已刪：“撰文:周皓宜”“出版:更新:”兩行及圖說一行“林鄭月娥指前海港擴大7倍後,…,(深圳市前海管理局)”（圖片說明，內容與正文重複）。小標題“前海橫琴為港經濟提供動力 林鄭允港府積極參與”保留為一段。正文四段加小標題，存段止於“…為青年人提供發展事業的機會。”（頁面後文是否還有未知）。園區：前海深港現代服務業合作區（文中又作“前海深港合作區”“前海”；深圳，廣東）；橫琴粵澳深度合作區只見於方案名及“橫琴”（珠海，廣東）。事實：前海面積由14.92擴至120.56平方公里（方案所定，記擴區後面積；14.92為可選）；港企“超過一萬一千家”（超，11000）。“擴大約7倍”“相當於1.5個香港島”不計。無公司、項目。",
  "tq01"),
 parks=[
  park(QH, "深圳", "广东", "合作區（現代服務業）", A0, aliases=["前海深港合作區", "前海"],
       note="文中又作“前海深港合作區”“前海”；方案名作“前海深港現代服務業合作區”"),
  park(HQ1, "珠海", "广东", "深度合作區", "國務院提前公布《橫琴粵澳深度合作區建設總體方案》", aliases=["橫琴"],
       note="只見於方案名及“橫琴”"),
 ],
 institutions=[
  inst("國務院", "國務院提前公布《橫琴粵澳深度合作區建設總體方案》"),
 ],
 aggregate_facts=[
  fact(QH, "park", "area_km2", 120.56, "km2", A0, "2021年9月（方案擴區後）"),
  fact(QH, "park", "area_km2", 14.92, "km2", A0, "2021年9月前（擴區前）", opt=True),
  fact(QH, "park", "hk_firms", 11000, "count", A1, "2021年9月", qual="超", qtext="超過", note="“超過一萬一千家港企在前海落戶”"),
 ])

# ---------------------------------------------------------------- tq02 深合區成立三周年 (澳門日報 2024-09-14)
HQ = "橫琴粵澳深度合作區"
JJ = "深合區科技型中小企業創新創業集聚地"
ZY = "粵澳合作中醫藥科技產業園"
QA = "琴澳創新產業園"
B0 = "橫琴粵澳深度合作區(簡稱:深合區)成立近三年來"
B1 = "截至目前,已建成各類重大研發機構、新型研發機構及工程技術研究中心等創新平台48家"
B2 = "今年4月,深合區科技型中小企業創新創業集聚地正式開園,引入首批18家機構企業、6個研發及成果轉化中心"
B3 = "作為深合區中醫藥產業的重要載體,粵澳合作中醫藥科技產業園自落成至今,已逐步形成集研發、製造、服務於一體的綜合性產業園區"
B4 = "深合區積極探索“工業上樓”模式,規劃建設琴澳創新產業園,為澳門品牌工業提供了更廣闊的發展空間和資源"
B5 = "此外,澳門大學、澳門科技大學、澳門城市大學、聖若瑟大學、廣東省智能科學與技術研究院等高校及科研院所落戶深合區"
B6 = "由澳門大學和澳門科技大學共同設立的中藥質量研究國家重點實驗室橫琴分部則以中醫藥國際化為宗旨"
G["tq02"] = dict(
 article=art("深合區成立三周年 澳琴協同創新產業新質奔湧", "澳門日報（macaodaily.com；存段無署名）", "2024-09-14", "day",
  "Macau daily newspaper (traditional script), Greater Bay Area: the Hengqin deep-cooperation zone near its third anniversary — innovation platforms built, an SME innovation cluster opened with its first firms, the Guangdong–Macao TCM park, research institutes settled, a planned industrial park for Macau-brand industry",
  "http://macaodaily.com/html/2024-09/14/content_1781062.htm",
  "繁體，照錄（未轉換；“生态圈”一字原文如此）。日期取網址 html/2024-09/14。標題兩行（眉題“深合區成立三周年”、主題“澳琴協同創新產業新質奔湧”），以空格連成一行；三個小標題（產學融科創生態圈 / 中醫藥產業化轉型 / 澳門品牌工業提質）各保留為一段。存段止於“…提供了官方品質認證。”（頁面後文是否還有未知）。園區：橫琴粵澳深度合作區（文中又作“深合區”；珠海，廣東）；深合區科技型中小企業創新創業集聚地（今年4月開園，母園區深合區）；粵澳合作中醫藥科技產業園（在深合區）；琴澳創新產業園（規劃建設，在深合區；亦列為項目，status planned）。機構（可選）：澳門大學、澳門科技大學、澳門城市大學、聖若瑟大學、廣東省智能科學與技術研究院、中藥質量研究國家重點實驗室橫琴分部、中醫藥廣東省實驗室。事實：創新平台48家（截至目前，cumulative）；集聚地首批18家機構企業、6個研發及成果轉化中心（2024年4月開園時）。“成立近三年”“30%加工增值內銷免征關稅”不計。",
  "tq02"),
 parks=[
  park(HQ, "珠海", "广东", "深度合作區", B0, aliases=["深合區", "橫琴"], note="文中多作“深合區”"),
  park(JJ, "珠海", "广东", "創新創業集聚地", B2, parent=HQ, note="2024年4月正式開園"),
  park(ZY, "珠海", "广东", "產業園（中醫藥）", B3, parent=HQ, note="深合區中醫藥產業的重要載體"),
  park(QA, "珠海", "广东", "產業園（澳門品牌工業）", B4, parent=HQ, note="規劃建設；“工業上樓”"),
 ],
 institutions=[
  inst("澳門大學", B5, kind="university"),
  inst("澳門科技大學", B5, kind="university"),
  inst("澳門城市大學", B5, kind="university"),
  inst("聖若瑟大學", B5, kind="university"),
  inst("廣東省智能科學與技術研究院", B5, kind="research"),
  inst("中藥質量研究國家重點實驗室橫琴分部", B6, kind="research", park=HQ),
  inst("中醫藥廣東省實驗室", "而中醫藥廣東省實驗室的揭牌成立落戶橫琴", kind="research", park=HQ),
 ],
 projects=[
  proj(QA, HQ, B4, status="planned", status_text="規劃建設", note="園區開發項目；無金額"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "innovation_platforms", 48, "count", B1, "2024年9月（截至目前）", kind="cumulative",
       note="重大研發機構、新型研發機構及工程技術研究中心等創新平台"),
  fact(JJ, "park", "firms", 18, "count", B2, "2024年4月（開園首批）", note="首批18家機構企業"),
  fact(JJ, "park", "rd_transfer_centres", 6, "count", B2, "2024年4月（開園首批）", opt=True),
 ])

# ---------------------------------------------------------------- tq03 余雨生 澳琴雙向投資 (澳門電台 2024-10-19)
HQ3 = "橫琴粵澳深合區"
C0 = "橫琴粵澳深合區成立以來，招商局協助本澳或其他企業，利用便利措施在橫琴成立或取得營業執照的企業超過 60間"
G["tq03"] = dict(
 article=art("余雨生相信澳琴雙向投資愈來愈多", "澳門電台（澳廣視 TDM，tdm.com.mo；記者 黃偉昌、李芬艷）", "2024-10-19", "day",
  "Macau public broadcaster's radio news (traditional script), Greater Bay Area: Macau's investment-promotion chief on two-way investment with Hengqin — firms set up or licensed in the Hengqin deep-cooperation zone with the institute's help since the zone was founded, joint exhibition promotion",
  "https://www.tdm.com.mo/zh-hant/sharelink/news/1021071",
  "繁體，照錄（未轉換）。取自 GitHub raileo98/test2 的 mo_tdm.xml（澳門電台新聞 Atom feed，commit c17242406962560adf4f6181da0657932ec09a1c，feed 更新於2024-10-26）：entry id 1021071，<published>2024-10-19T14:05:00+07:34（時區偏移原文如此），記 2024-10-19；文中“下月 (11月) 在上海舉行的進博會”相合。<title> 作標題，<p> 各段為正文，標籤刪除、&nbsp; 解碼（make_txt.py tdm_lines），文字未改；數字前空格（“超過 60間”）照錄。全文兩段，完整（記者署名在末）。園區：橫琴粵澳深合區（文中又作“橫琴”；珠海，廣東）。機構（可選）：招商投資促進局（文中又作“招商局”）。事實：深合區成立以來經招商局協助在橫琴成立或取得營業執照的企業超過60間（cumulative，超）。",
  "tq03"),
 parks=[
  park(HQ3, "珠海", "广东", "深度合作區", C0, aliases=["橫琴"], note="即橫琴粵澳深度合作區；文中又作“橫琴”"),
 ],
 institutions=[
  inst("招商投資促進局", "(澳門電台消息) 招商投資促進局主席余雨生稱", note="澳門特區政府招商投資促進局；文中又作“招商局”"),
 ],
 aggregate_facts=[
  fact(HQ3, "park", "firms_established_with_ipim_help", 60, "count", C0, "2021年9月至2024年10月（成立以來）", kind="cumulative",
       qual="超", qtext="超過", note="經招商投資促進局協助、以便利措施在橫琴成立或取得營業執照的企業"),
 ])

# ---------------------------------------------------------------- tq04 葡萄牙投資機構訪橫琴 (澳門電台 2024-10-20)
HQ4 = "橫琴深合區"
KD = "跨境電商産業園"
D0 = "(澳門電台消息) 葡萄牙投資機構率團考察橫琴深合區，希望加強在產業領域合作"
D1 = "代表團並到深合區展示廳及跨境電商産業園參訪，隨團參訪代表認為，深合區跨境電商產業配套完善"
D2 = "葡萄牙奧埃拉什谷投資機構 (OVIA)昨日 (19日) 在橫琴與萬達集團等企業代表討論跨境電商、生物醫藥、科技發展、人才培養等議題"
G["tq04"] = dict(
 article=art("葡萄牙投資機構率團訪橫琴拓合作", "澳門電台（澳廣視 TDM，tdm.com.mo；記者 歐婉姍、李芬艷）", "2024-10-20", "day",
  "Macau public broadcaster's radio news (traditional script), Greater Bay Area: a Portuguese investment agency's delegation visiting the Hengqin deep-cooperation zone — talks with firms, a visit to the zone's cross-border e-commerce park, the zone's economic bureau on its four new industries",
  "https://www.tdm.com.mo/zh-hant/sharelink/news/1021292",
  "繁體，照錄（未轉換；“産業園”一字原文如此，與同段“產業”並存）。取自 GitHub raileo98/test2 的 mo_tdm.xml（commit c17242406962560adf4f6181da0657932ec09a1c）：entry id 1021292，<published>2024-10-20T10:22:00+07:34，記 2024-10-20；文中“昨日 (19日)”相合。處理同 tq03（make_txt.py tdm_lines）；末段記者署名間的 &nbsp; 解碼為不換行空格，照錄。全文三段，完整。園區：橫琴深合區（文中又作“深合區”“橫琴”）；跨境電商産業園（深合區內；名稱無地名前綴，列可選）。公司：萬達集團（在橫琴與代表團座談的企業代表；文中未說其在園區，park null，可選）。機構（可選）：葡萄牙奧埃拉什谷投資機構 (OVIA)、深合區經濟發展局。無數字事實（“上月 (9月)”“19日”為日期）。",
  "tq04"),
 parks=[
  park(HQ4, "珠海", "广东", "深度合作區", D0, aliases=["深合區", "橫琴"], note="即橫琴粵澳深度合作區"),
  park(KD, "珠海", "广东", "產業園（跨境電商）", D1, parent=HQ4, opt=True, note="名稱無地名前綴；在深合區"),
 ],
 companies=[
  comp("萬達集團", None, D2, opt=True, note="在橫琴與代表團座談的企業；是否在園未說"),
 ],
 institutions=[
  inst("葡萄牙奧埃拉什谷投資機構", D2, kind="government", note="OVIA；葡萄牙奧埃拉什市的投資機構"),
  inst("深合區經濟發展局", "深合區經濟發展局表示，代表團參訪橫琴，是回應深合區上月 (9月) 的巴葡訪問", park=HQ4),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- tq05 南沙慶盛樞紐區塊 (澳門電台 2024-10-21)
QS = "南沙慶盛樞紐區塊"
NSK = "南沙開發區"
KJ = "香港科技大學 (廣州)科創成果轉移轉化基地"
E0 = "(澳門電台消息) 廣州南沙慶盛樞紐區塊是廣州人工智能產業集聚區，目前已進駐逾 180家優質企業，今年 (2024年)營收同比增長近 7成"
E1 = "慶盛樞紐區塊中的香港科技大學 (廣州)科創成果轉移轉化基地已經揭牌，目前已有約 20個團隊在基地辦公"
G["tq05"] = dict(
 article=art("南沙慶盛樞紐區塊同比營收增7成", "澳門電台（澳廣視 TDM，tdm.com.mo；記者 譚偉浩、林智文）", "2024-10-21", "day",
  "Macau public broadcaster's radio news (traditional script), Greater Bay Area: Guangzhou Nansha's 慶盛 hub block, an AI industry cluster — firms settled, revenue growth this year, talent subsidies, a HKUST (Guangzhou) technology-transfer base with its teams, a robot maker's education work",
  "https://www.tdm.com.mo/zh-hant/sharelink/news/1021782",
  "繁體，照錄（未轉換）。取自 GitHub raileo98/test2 的 mo_tdm.xml（commit c17242406962560adf4f6181da0657932ec09a1c）：entry id 1021782，<published>2024-10-21T20:27:00+07:34，記 2024-10-21。處理同 tq03；數字前空格（“逾 180家”“近 7成”）照錄。全文三段，完整。園區：南沙慶盛樞紐區塊（標題作此；文中又作“廣州南沙慶盛樞紐區塊”“慶盛樞紐區塊”；廣州人工智能產業集聚區；廣州南沙區，廣東）；香港科技大學 (廣州)科創成果轉移轉化基地（在樞紐區塊內，可選）；“南沙開發區”只見於機構名“南沙開發區人才發展局”，列可選園區（樞紐區塊是否屬其範圍文中未說，parent 不填）。機構（可選）：香港科技大學 (廣州)、南沙開發區人才發展局。事實：進駐企業逾180家（超）；今年營收同比增長近7成（約，0.7，ratio）；基地約20個團隊（可選）。人才獎勵3、6、12萬及博士後近200萬元補貼為政策額度，不計。“張茂峰”所屬四足機器人企業未具名，不列。",
  "tq05"),
 parks=[
  park(QS, "广州", "广东", "產業集聚區（人工智能）", E0, district="南沙區", aliases=["慶盛樞紐區塊", "廣州南沙慶盛樞紐區塊"],
       note="廣州人工智能產業集聚區；標題作“南沙慶盛樞紐區塊”"),
  park(KJ, "广州", "广东", "科創成果轉化基地", E1, district="南沙區", parent=QS, opt=True),
  park(NSK, "广州", "广东", "開發區", "南沙開發區人才發展局副局長趙璇稱", district="南沙區", opt=True, note="只見於機構名"),
 ],
 institutions=[
  inst("香港科技大學 (廣州)", E1, kind="university", park=QS),
  inst("南沙開發區人才發展局", "南沙開發區人才發展局副局長趙璇稱", park=NSK),
 ],
 aggregate_facts=[
  fact(QS, "park", "firms", 180, "count", E0, "2024年10月", qual="超", qtext="逾"),
  fact(QS, "park", "revenue_yoy_growth", 0.7, "ratio", E0, "2024年（今年以來）", kind="ratio", qual="约", qtext="近"),
  fact(KJ, "park", "teams", 20, "count", E1, "2024年10月", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- tq06 河套香港園區資料框 (大公報 2025-12-21)
HT = "河套深港科技創新合作區香港園區"
F0 = "園區位於落馬洲河套地區,總面積約87公頃,與深圳園區僅一河之隔"
F1 = "首期首批三棟大樓(兩座濕實驗室、一棟人才公寓)已建成,兩座濕實驗室使用率已達八成"
F2 = "引進包括世界領先的骨傳導設備研發及生產商韶音科技、全球頂尖的鋰電池原材料生產商天齊鋰業、全球領先的智能傳感交互解決方案提供商獨角獸企業歌爾微電子,以及國際知名生物醫藥企業阿斯利康等企業"
F3 = "依《河套深港科技創新合作區香港園區發展綱要》,園區首期將於2030年有序落成"
G["tq06"] = dict(
 article=art("（無標題）河套深港科技創新合作區香港園區資料：面積、產業定位、建造進度、重點企業、未來規劃", "大公報（電子版 epaper.tkww.hk；資料框，無署名）", "2025-12-21", "day",
  "Hong Kong daily newspaper's e-paper (traditional script), Greater Bay Area: a fact box on the Hong Kong park of the 河套 Shenzhen–Hong Kong innovation cooperation zone — area, industries, buildings completed and their occupancy, named firms brought in, the development outline's targets",
  "https://epaper.tkww.hk/a/202512/21/AP69470627e4b0eb9195c151a4.html",
  "繁體，照錄（未轉換；“專案”一詞原文如此）。日期取網址 a/202512/21（港深創科園香港園區於2025年12月22日開園，此為開園前一日見報）。存段為一資料框（五個“•…:”條目，條目名與內容各自成行，各保留為一段），無標題（title 為編者概括）、無署名；是否另有正文未知。園區：河套深港科技創新合作區香港園區（文中只作“園區”及綱要名；香港北區落馬洲）；“深圳園區”只作對照提及，不列。公司：韶音科技、天齊鋰業、歌爾微電子、阿斯利康（“引進”入園，park 為香港園區）。事實：總面積約87公頃；首期首批三棟大樓已建成；兩座濕實驗室使用率八成（0.8）；其餘五棟力爭2027年起陸續落成、首期2030年落成（target，可選）。本園區開園一事 real38 zh01（港台 2025-12-22）已用，此為不同媒體、不同篇章（資料框列出企業名）。",
  "tq06"),
 parks=[
  park(HT, "香港", "香港", "科技園區（合作區香港園區）", F3, district="北區（落馬洲）", note="文中只作“園區”及綱要名；即港深創新及科技園"),
 ],
 companies=[
  comp("韶音科技", HT, F2, note="骨傳導設備研發及生產商"),
  comp("天齊鋰業", HT, F2, note="鋰電池原材料生產商"),
  comp("歌爾微電子", HT, F2, note="智能傳感交互解決方案提供商，獨角獸企業"),
  comp("阿斯利康", HT, F2, note="生物醫藥企業"),
 ],
 aggregate_facts=[
  fact(HT, "park", "area_ha", 87, "ha", F0, "2025年12月", qual="约", qtext="約"),
  fact(HT, "park", "buildings_completed", 3, "count", F1, "2025年12月", note="首期首批三棟大樓（兩座濕實驗室、一棟人才公寓）"),
  fact(HT, "park", "wet_lab_occupancy", 0.8, "ratio", F1, "2025年12月", kind="ratio", note="八成"),
  fact(HT, "park", "buildings_remaining", 5, "count", "其餘五棟大樓正全力推進,力爭2027年起陸續落成", "2027年起（目標）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tq07 孫東 港深創科園 (香港01 2025-12-28)
HT7 = "河套港深創科園香港園區"
H0 = "河套港深創科園香港園區上周一（22日）正式開園，首三座大樓投入運作，創新科技及工業局局長孫東對暫時已有60多間企業進駐感到滿意"
H1 = "現時有超過60間企業與園區簽約進駐，其中六成來自內地，另有，2成半企業來自海外非常滿意數字"
H2 = "現時約有1,400人在園區內工作"
H3 = "孫東又透露，未來將有龍頭企業於元朗建立「國家製造業基地」，正與數間內地及海外的龍頭企業在商討"
G["tq07"] = dict(
 article=art("孫東：元朗將建國家製造業基地 港深創科園港園區跨境橋明年落成", "香港01（hk01.com，社會新聞；撰文：陶嘉心）", "2025-12-28", "day",
  "Hong Kong online news outlet (traditional script), Greater Bay Area: the innovation secretary on the newly opened Hong Kong park of the 河套 zone — firms signed and their origin shares, people working there, production lines being built, a planned national manufacturing base in Yuen Long, the cross-border bridges",
  "https://www.hk01.com/%E7%A4%BE%E6%9C%83%E6%96%B0%E8%81%9E/60307451/%E5%AD%AB%E6%9D%B1-%E5%85%83%E6%9C%97%E5%B0%87%E5%BB%BA%E5%9C%8B%E5%AE%B6%E8%A3%BD%E9%80%A0%E6%A5%AD%E5%9F%BA%E5%9C%B0-%E6%B8%AF%E6%B7%B1%E5%89%B5%E7%A7%91%E5%9C%92%E6%B8%AF%E5%9C%92%E5%8D%80%E8%B7%A8%E5%A2%83%E6%A9%8B%E6%98%8E%E5%B9%B4%E8%90%BD%E6%88%90",
  "繁體，照錄（未轉換；“《講清請楚》”“另有，2成半企業來自海外非常滿意數字”原文如此）。日期取檢索工具的“date 2025-12-28”標記（已從標題行前刪去，make_txt.py HEAD_PREFIX）；文中“上周一（22日）正式開園”相合。檢索工具返回此網址兩段存文，取帶標題的第二段；“撰文：陶嘉心”“出版：更新：”已刪。存段在小標題“有龍頭企業元朗科技園建國家製造業基地 孫東：希望盡快有好消息”後的“被問到何時會引入製”處中斷：該小標題與殘句一併刪去，正文止於“…更便利資金流動。”，四段加兩個小標題。園區：河套港深創科園香港園區（文中又作“港深創科園”“河套香港園區”“香港園區”；香港）。項目：“國家製造業基地”（未來由龍頭企業於元朗建立，商討中；企業未具名、園區未說，status planned，可選）。機構（可選）：創新科技及工業局。事實：簽約進駐企業超過60間（另句作“60多間”）；六成來自內地（0.6）、2成半來自海外（0.25，可選）；約1,400人在園區工作；首三座大樓投入運作（可選）。與 tq06 為同一園區、不同媒體與角度；開園事 real38 zh01 已用。",
  "tq07"),
 parks=[
  park(HT7, "香港", "香港", "科技園區（合作區香港園區）", H0, district="北區（落馬洲）", aliases=["港深創科園", "河套香港園區"],
       note="即河套深港科技創新合作區香港園區；文中又作“香港園區”“園區”"),
 ],
 institutions=[
  inst("創新科技及工業局", H0),
 ],
 projects=[
  proj("國家製造業基地", None, H3, status="planned", status_text="未來將有龍頭企業於元朗建立", opt=True,
       note="元朗；正與龍頭企業商討，企業未具名"),
 ],
 aggregate_facts=[
  fact(HT7, "park", "firms_signed", 60, "count", H1, "2025年12月", qual="超", qtext="超過", note="另句作“60多間企業進駐”"),
  fact(HT7, "park", "firms_from_mainland_share", 0.6, "ratio", H1, "2025年12月", kind="ratio"),
  fact(HT7, "park", "firms_from_overseas_share", 0.25, "ratio", H1, "2025年12月", kind="ratio", opt=True),
  fact(HT7, "park", "workers", 1400, "count", H2, "2025年12月", qual="约", qtext="約"),
  fact(HT7, "park", "buildings_in_operation", 3, "count", H0, "2025年12月", opt=True),
 ])
