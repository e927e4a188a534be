# real38 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real37: evidence verbatim in the text's own script (zh01–zh07 traditional as published, zh08–zh09
# simplified); names as written in the text; 逾/超過/超/以上/突破 → 超, 余/多 → 余, 約/近/左右 → 约 (qualifier_text keeps the source word).
# Money: yuan in *_cny facts (first amount of the evidence); Hong Kong dollars (zh02 “125億元”, a Hong Kong budget context) use the
# suffix _hkd (unit hkd), as real31 used _mop for patacas. Hong Kong parks: province and city 香港. 橫琴 parks: 珠海 / 廣東 as real31 za05.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zhNN.raw as returned.

H1 = "創科局表示,位於香港北部都會區內的港深創新及科技園的第一批次發展首三座大樓已落成"
H1b = "當中兩座濕實驗室大樓已有超過60間來自海外、內地及本地企業或機構陸續進駐"
G["zh01"] = dict(
 article=art("港深創科園第一批首三座大樓落成 兩座濕實驗室大樓出租率近八成", "香港電台 RTHK 新聞（news.rthk.hk）", "2025-12-22", "day",
  "Hong Kong public broadcaster's news item: the Hong Kong part of the Loop (河套) cross-border innovation zone opens — first three buildings completed, firms and institutions in its wet-lab buildings, occupancy, remaining buildings' schedule",
  "https://news.rthk.hk/rthk/ch/component/k2/1837069-20251222.htm?spTabChangeable=0",
  "日期取頁面“2025-12-22 HKT 15:27”（該行與頁首“A A A / 氣溫 濕度 / 新聞重溫”、分享工具、圖片說明及文末重複的標題已刪）。正文兩段，完整。港深創新及科技園文中又作“港深創科園”（別名），位於香港北部都會區（規劃區，非園區，不列）。首三座大樓“已落成”→竣工；餘下5座“將於2027年起陸續完工”→在建（可選）。出租率“近80%”指兩座濕實驗室大樓，記在園區。“孫東教”照錄頁面原字。",
  "zh01"),
 parks=[
  park("港深創新及科技園", "香港", "香港", "跨境創科園區（河套深港科技創新合作區香港園區）", H1, aliases=["港深創科園"],
       note="位於香港北部都會區內；文中又作“港深創科園”"),
 ],
 institutions=[
  inst("創科局", H1),
  inst("深圳市人民政府", "創新科技及工業局局長孫東教及深圳市人民政府副市長羅晃浩等出席"),
 ],
 projects=[
  proj("港深創新及科技園第一批次發展首三座大樓", "港深創新及科技園", H1, status="竣工", status_text="已落成", phase="第一批次",
       note="含兩座濕實驗室大樓"),
  proj("港深創新及科技園第一批次餘下5座大樓", "港深創新及科技園", "餘下5座大樓將於2027年起陸續完工", status="在建",
       status_text="將於2027年起陸續完工", phase="第一批次", opt=True, note="只以“餘下5座大樓”出現"),
 ],
 aggregate_facts=[
  fact("港深創新及科技園", "park", "firms_and_institutions_settled", 60, "count", H1b, "2025年12月22日", qual="超", qtext="超過",
       note="兩座濕實驗室大樓內的企業或機構"),
  fact("港深創新及科技園", "park", "occupancy_rate", 0.8, "ratio", "出租率近80%", "2025年12月22日", kind="ratio", qual="约", qtext="近",
       note="兩座濕實驗室大樓的出租率"),
  fact("港深創新及科技園", "park", "buildings_completed", 3, "count", "第一批次發展首三座大樓已落成", "2025年12月22日", opt=True,
       note="“三”為漢字數字"),
  fact("港深創新及科技園", "park", "buildings_remaining_first_batch", 5, "count", "餘下5座大樓將於2027年起陸續完工", "2027年起",
       kind="target", opt=True),
 ])

S1 = "本港創科界另一個標誌性社羣是數碼港。數碼港擁有不少科技企業,並培育了5間獨角獸"
S2 = "長遠而言,在《發展策略》下,港深創科園與落馬洲╱新田一帶地方,將會整合為新田科技城,當中與創科相關的土地估計約有240公頃"
S3 = "新田科技城聯同深圳科創園區組成佔地約540公頃的深港科創合作區"
G["zh02"] = dict(
 article=art("【施政報告】研建規模媲美數碼港地標性創科設施", "信報財經新聞（原文刊於信報財經新聞），轉載於 EJ Tech（ejtech.hkej.com）", "2021-10-06", "day",
  "Hong Kong financial daily (via its tech channel) on the Chief Executive's policy address: the Cyberport's unicorns, investment raised and phase-5 expansion; a planned landmark I&T facility near Qianhai; the Lok Ma Chau Loop park to become part of the San Tin Technopole; the Shenzhen–Hong Kong I&T co-operation zone's area",
  "http://ejtech.hkej.com/china/%E3%80%90%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A%E3%80%91%E7%A0%94%E5%BB%BA%E8%A6%8F%E6%A8%A1%E5%AA%B2%E7%BE%8E%E6%95%B8%E7%A2%BC%E6%B8%AF%E5%9C%B0%E6%A8%99%E6%80%A7%E5%89%B5%E7%A7%91%E8%A8%AD%E6%96%BD/",
  "日期取頁面“By on October 6, 2021”（該行、頁首“You are currently at… / Skip This Ads / Don't Miss”、“原文刊於信報財經新聞”（出處）、重複兩次的圖片說明與文末投稿提示已刪）。正文三段，完整。“125億元”為香港施政報告語境中的港元，記 _hkd（不入 *_cny）。“深港科技創新合作區”（「一區兩園」）與“深港科創合作區”（新田科技城＋深圳科創園區，約540公頃）為同一合作區的兩種寫法，合為一個園區（別名）。港深創科園將整合入新田科技城（將來），parent 不填。深圳科創園區、前海只作參照，列可選。數碼港第5期“已經展開”→在建（status_alt 開工）；港深創科園建造工程“正研究加快”，狀態不填，可選。洪水橋╱厦村擬建的地標性創科設施無名稱，不列。",
  "zh02"),
 parks=[
  park("數碼港", "香港", "香港", "創科園區", S1, note="培育了5間獨角獸"),
  park("港深創科園", "香港", "香港", "跨境創科園區（落馬洲河套地區）", "政府正研究加快位於落馬洲河套地區的港深創科園建造工程",
       note="將與落馬洲╱新田一帶整合為新田科技城"),
  park("新田科技城", "香港", "香港", "規劃中的科技城", S2, note="港深創科園與落馬洲╱新田一帶整合而成（規劃）"),
  park("深港科技創新合作區", None, None, "跨境科技創新合作區（一區兩園）", "深港科技創新合作區的「一區兩園」工作進度良好",
       aliases=["深港科創合作區"], note="跨港深兩地，city/province 不填；新田科技城聯同深圳科創園區組成"),
  park("深圳科創園區", "深圳", "廣東", "科創園區（合作區深圳一側）", S3, opt=True, note="泛稱，只作組成部分出現"),
  park("前海", "深圳", "廣東", "合作區（參照地名）", "可考慮在與深圳前海一灣之隔的地方建立規模媲美數碼港的地標性創科設施", opt=True,
       note="只作地理參照"),
 ],
 projects=[
  proj("數碼港第5期工程", "數碼港", "數碼港第5期工程已經展開,可於4年內增加超過四成總樓面面積", status="在建", status_text="已經展開",
       phase="第5期", status_alt="开工"),
  proj("港深創科園建造工程", "港深創科園", "政府正研究加快位於落馬洲河套地區的港深創科園建造工程", opt=True, note="“正研究加快”，狀態不填"),
 ],
 aggregate_facts=[
  fact("數碼港", "park", "unicorns_nurtured", 5, "count", S1, "2021年10月"),
  fact("數碼港", "park", "external_investment_per_dollar_invested", 13, "ratio", "按估計,數碼港每投資1元便吸引外間投資13元", "2021年10月（估計）",
       kind="ratio", opt=True, note="每投資1元吸引外間投資13元"),
  fact("數碼港", "park", "startup_funds_raised_3y_hkd", 1.25e10, "hkd", "過去3年其初創企業吸引了超過125億元投資", "過去3年（至2021年）",
       kind="cumulative", qual="超", qtext="超過", note="港元（施政報告語境）"),
  fact("數碼港第5期工程", "project", "gross_floor_area_increase", 0.4, "ratio", "可於4年內增加超過四成總樓面面積", "4年內", kind="target",
       qual="超", qtext="超過", note="“四成”為漢字數字"),
  fact("新田科技城", "park", "it_land_ha", 240, "ha", "當中與創科相關的土地估計約有240公頃", "規劃", kind="target", qual="约", qtext="約"),
  fact("深港科技創新合作區", "park", "area_ha", 540, "ha", S3, "規劃", kind="target", qual="约", qtext="約"),
 ])

N1 = "【Now新聞台】香港科學園深圳分園啟用,目前已有16間創科公司進駐,目標吸引約150家企業落戶"
G["zh03"] = dict(
 article=art("科學園深圳分園啟用 李家超冀把握河套規劃機遇 加強交流合作", "Now新聞台（【Now新聞台】），轉載於 Yahoo 新聞香港（hk.news.yahoo.com）", "2023-09", "month",
  "Hong Kong TV news item: the Hong Kong Science Park's Shenzhen branch opens in Futian — companies settled, target, buildings and floor area, expected arrivals",
  "https://hk.news.yahoo.com/%E7%A7%91%E5%AD%B8%E5%9C%92%E6%B7%B1%E5%9C%B3%E5%88%86%E5%9C%92%E5%95%9F%E7%94%A8-%E6%9D%8E%E5%AE%B6%E8%B6%85%E5%86%80%E6%8A%8A%E6%8F%A1%E6%B2%B3%E5%A5%97%E8%A6%8F%E5%8A%83%E6%A9%9F%E9%81%87-%E5%8A%A0%E5%BC%B7%E4%BA%A4%E6%B5%81%E5%90%88%E4%BD%9C-102628254.html",
  "存頁無日期：依香港特區政府大灣區網站（bayarea.gov.hk，“香港科學園深圳分園…於2023年9月正式開幕”）與文中“深圳市市長覃偉中”推為2023年9月，precision 記 month。正文九段，完整；文末標籤“#要聞”已刪。分園文中又作“科學園深圳分園”“深圳分園”（別名），位於深圳福田區。香港科技園公司（文中作“科技園公司”）為營運機構（法定機構），列為機構。“16間”兩次出現（同一數字）。“33萬呎”為平方呎。“三、四十間”（漢字數字的約數）不記。",
  "zh03"),
 parks=[
  park("香港科學園深圳分園", "深圳", "廣東", "香港科學園分園（河套深圳園區內）", N1, district="福田區",
       aliases=["科學園深圳分園", "深圳分園"], note="位於福田區；設兩幢六層樓高大樓"),
  park("香港科學園", "香港", "香港", "科學園", "絕大部分是由香港科學園擴展", note="分園企業多由香港科學園擴展"),
 ],
 institutions=[
  inst("科技園公司", "科技園公司期望深圳分園可以吸引150間企業進駐,包括約80至100間初創", kind="statutory_body",
       note="香港科技園公司（文中作“科技園公司”），分園營運者"),
 ],
 aggregate_facts=[
  fact("香港科學園深圳分園", "park", "firms_settled", 16, "count", N1, "2023年9月（開幕時）"),
  fact("香港科學園深圳分園", "park", "target_firms", 150, "count", "科技園公司期望深圳分園可以吸引150間企業進駐", "目標", kind="target",
       note="首段作“目標吸引約150家企業落戶”"),
  fact("香港科學園深圳分園", "park", "gross_floor_area_sqft", 330000, "sqft", "總建築面積超過33萬呎", "2023年9月", qual="超", qtext="超過"),
  fact("香港科學園深圳分園", "park", "buildings", 2, "count", "設兩幢六層樓高大樓", "2023年9月", opt=True, note="漢字數字"),
  fact("香港科學園深圳分園", "park", "target_startups", 100, "count", "包括約80至100間初創", "目標", kind="target", qual="约", qtext="約",
       opt=True, note="80至100的範圍，記上限"),
 ])

K1 = "創新科技及工業局局長孫東今日(12月1日)視察位於將軍澳創新園的先進製造業中心"
K2 = "將軍澳創新園先進製造業中心今年2月落成,為先進製造業提供高規格、全方位服務的生產基地"
K3 = "政府會研究在大埔創新園興建第二個先進製造業中心"
G["zh04"] = dict(
 article=art("孫東視察先進製造業中心 支持本地企業升級轉型", "點新聞（dotdotnews.com）", "2022-12-01", "day",
  "Hong Kong online news outlet: the innovation secretary visits the Advanced Manufacturing Centre in the Tseung Kwan O InnoPark — completion, shared facilities, firms inside, plan for a second centre in the Tai Po InnoPark",
  "https://m.dotdotnews.com/s/202212/01/AP6388ba82e4b0adad9d6d5632.html",
  "日期依網址 202212/01 與正文“今日(12月1日)”。正文五段，完整；文末“更多閱讀:”已刪。三個創新園：將軍澳、大埔為全名；元朗只作“大埔、元朗和將軍澳三個創新園”，元朗創新園列可選。先進製造業中心是將軍澳創新園內的設施，記為項目（“今年2月落成”→竣工）；大埔創新園第二個中心“會研究…興建”→planned，可選。兩家進駐企業未具名；“香港金融數據中心”是否為機構名稱不明，列可選公司。",
  "zh04"),
 parks=[
  park("將軍澳創新園", "香港", "香港", "創新園（前工業邨）", K1),
  park("大埔創新園", "香港", "香港", "創新園（前工業邨）", K3),
  park("元朗創新園", "香港", "香港", "創新園（前工業邨）", "孫東聽取香港科技園公司再工業化高級總監姚慶良介紹位於大埔、元朗和將軍澳三個創新園的發展",
       opt=True, note="只作“大埔、元朗和將軍澳三個創新園”"),
 ],
 companies=[
  comp("香港金融數據中心", "將軍澳創新園", "他也參觀鄰近一所屬於最高級別準Tier IV規格的香港金融數據中心", opt=True,
       note="“鄰近一所”數據中心；是否專名不明"),
 ],
 institutions=[
  inst("創新科技及工業局", K1),
  inst("香港科技園公司", "孫東聽取香港科技園公司再工業化高級總監姚慶良介紹", kind="statutory_body", note="三個創新園的管理者"),
 ],
 projects=[
  proj("將軍澳創新園先進製造業中心", "將軍澳創新園", K2, status="竣工", status_text="今年2月落成", aliases=["先進製造業中心"],
       note="2022年2月落成；設共用平台ProShop"),
  proj("大埔創新園第二個先進製造業中心", "大埔創新園", K3, status="planned", status_text="會研究在大埔創新園興建", opt=True,
       note="技術可行性研究和經濟效益分析中"),
 ],
 aggregate_facts=[
  fact("將軍澳創新園先進製造業中心", "project", "firms_visited", 2, "count", "又參觀兩家進駐中心的企業", "2022年12月1日", opt=True,
       note="只是參觀的兩家，非進駐總數"),
  fact("香港科技園公司創新園", "park_group", "innoparks", 3, "count", "位於大埔、元朗和將軍澳三個創新園的發展", "2022年12月", opt=True),
 ])

M1 = "澳門貿易投資促進局及橫琴新區管理委員會於2020年1月2日下午5時30分假中土大廈19樓舉辦「粵澳合作產業園」新聞發佈會"
M2 = "自2018年12月31日重啟項目招商至今已逾一年,共收到90個項目申請"
G["zh05"] = dict(
 article=art("「粵澳合作產業園」本月16日招商中止申請", "澳門會展經濟協會網站（mcea.org.mo“展會新聞”欄），轉發澳門貿易投資促進局與橫琴新區管理委員會新聞發佈會消息", "2020-01-04", "day",
  "Macau trade association site relaying an official press conference: the Guangdong–Macau cooperation industrial park in Hengqin stops taking project applications — applications received since the relaunch, land demanded versus available, deadline and review",
  "http://www.mcea.org.mo/cn/?exhibition_news=%e3%80%8c%e7%b2%b5%e6%be%b3%e5%90%88%e4%bd%9c%e7%94%a2%e6%a5%ad%e5%9c%92%e3%80%8d%e6%9c%ac%e6%9c%8816%e6%97%a5%e6%8b%9b%e5%95%86%e4%b8%ad%e6%ad%a2%e7%94%b3%e8%ab%8b",
  "日期取頁面“2020-01-04”（該行已刪；發佈會在2020年1月2日）。正文六段，完整（末段為查詢電話、電郵，照錄）；段間的空白行（不換行空格）不計。“電子親自”照錄頁面原字。粵澳合作產業園位於珠海橫琴新區（“橫琴「粵澳合作產業園」”），依 real31 za05 的寫法 district 填橫琴新區；橫琴新區本身亦為園區（國家級新區），並作 parent。評委會即“橫琴發展澳門項目評審委員會”（文中只作“評委會”“評審委員會”），不列。",
  "zh05"),
 parks=[
  park("粵澳合作產業園", "珠海", "廣東", "粵澳合作產業園（落實《粵澳合作框架協議》）", M1, district="橫琴新區", parent="橫琴新區",
       note="文中作“橫琴「粵澳合作產業園」”，又簡作“產業園”"),
  park("橫琴新區", "珠海", "廣東", "國家級新區", "期望能進一步利用橫琴新區的優勢", note="管理委員會為發佈會主辦方之一"),
 ],
 institutions=[
  inst("澳門貿易投資促進局", M1),
  inst("橫琴新區管理委員會", M1),
 ],
 aggregate_facts=[
  fact("粵澳合作產業園", "park", "project_applications_received", 90, "count", M2, "2018年12月31日至2020年1月2日", kind="cumulative"),
  fact("粵澳合作產業園", "park", "land_demand_to_supply_ratio", 4.0, "ratio", "申請項目提出的總用地面積相當於可供用地面積超過4倍",
       "2020年1月", kind="ratio", qual="超", qtext="超過"),
 ])

Q1 = "(本報消息) 6月17日,粵澳深合國土儲2024-02號出讓地塊的國有建設用地使用權順利完成競拍,競得者為橫琴琴澳創新產業園開發建設有限公司"
Q2 = "本次競拍的地塊是橫琴粵澳深度合作區(以下簡稱合作區)掛牌成立以來首個出讓的生產型用地"
G["zh06"] = dict(
 article=art("【澳門導報】合作區首個工業用地順利競拍 未來將新增約40萬平方米生產製造空間", "澳門導報（本報消息），am-zm.com", "2024-06-21", "day",
  "Macau newspaper: the Hengqin cooperation zone's first industrial land parcel is auctioned to an industrial-park developer — parcel area, plot ratio, the comprehensive industrial park to be built and its future production floor space",
  "http://am-zm.com/news/4920.html",
  "日期取頁面“发布时间:2024/06/21”（該行已刪；競拍在6月17日）。標題前的“【澳門導報】”為頁面原有，照錄。正文三段，完整。地塊將建“綜合性產業園區”，文中未直接命名；競得者名為“橫琴琴澳創新產業園開發建設有限公司”，琴澳創新產業園只作公司名稱的一部分出現，列可選園區。地塊（粵澳深合國土儲2024-02號出讓地塊）記為項目：已完成競拍→planned（status_text 記“順利完成競拍”）。占地、容積率、新增生產製造空間記在項目上。橫琴粵澳深度合作區文中又作“合作區”（別名）。",
  "zh06"),
 parks=[
  park("橫琴粵澳深度合作區", "珠海", "廣東", "粵澳深度合作區", Q2, aliases=["合作區"], district="橫琴"),
  park("琴澳創新產業園", "珠海", "廣東", "綜合性產業園區（規劃）", Q1, district="橫琴", parent="橫琴粵澳深度合作區", opt=True,
       note="只作競得公司名稱的一部分出現"),
 ],
 companies=[
  comp("橫琴琴澳創新產業園開發建設有限公司", "橫琴粵澳深度合作區", Q1, note="地塊競得者（產業園開發建設公司）"),
 ],
 projects=[
  proj("粵澳深合國土儲2024-02號出讓地塊", "橫琴粵澳深度合作區", Q1, companies=["橫琴琴澳創新產業園開發建設有限公司"], status="planned",
       status_text="順利完成競拍", note="將建設集保健品、食品、生物醫藥、醫療器械等為一體的綜合性產業園區；一類工業用地"),
 ],
 aggregate_facts=[
  fact("粵澳深合國土儲2024-02號出讓地塊", "project", "land_area_m2", 116000, "m2", "占地面積約11.6萬平方米", "2024年6月", qual="约", qtext="約"),
  fact("粵澳深合國土儲2024-02號出讓地塊", "project", "max_plot_ratio", 3.4, "ratio", "容積率不高於3.4", "2024年6月", kind="ratio", opt=True),
  fact("粵澳深合國土儲2024-02號出讓地塊", "project", "production_floor_space_m2", 400000, "m2", "未來將為合作區新增約40萬平方米高品質生產製造空間",
       "建成後", kind="target", qual="约", qtext="約", note="標題亦作“約40萬平方米”"),
 ])

T1 = "截至今年4月,橫琴粵澳深度合作區澳企總量達到6208戶,同比增長12.3%,比合作區成立時增長33.88%"
G["zh07"] = dict(
 article=art("截至4月橫琴粵澳深度合作區澳企總量達6208戶", "香港中通社（記者 徐嘉儀），hkcna.hk", "2024-06-11", "day",
  "Hong Kong news agency: the Hengqin Guangdong–Macao in-depth cooperation zone's Macau-invested firms, Macau-funded industry value added and revenue, the four new industries' firms and share of GDP, Macau residents, border crossings",
  "https://hkcna.hk/docDetail.jsp?channel=4657&id=100699641",
  "日期取頁面“2024-06-11 16:40 | 稿件來源:香港中通社”（該行、欄目路徑、分享與字號工具、圖片說明“香港中通社圖片”、“【編輯:胡雪石】”及其後的視頻欄已刪）。正文四段，完整，以“(完)”結束。合作區文中又作“合作區”（別名）。“去年”為2023年；“20.5億元人民幣”為“預計”數。橫琴口岸的通關數字是口岸（非園區）數字，記為可選。",
  "zh07"),
 parks=[
  park("橫琴粵澳深度合作區", "珠海", "廣東", "粵澳深度合作區", T1, aliases=["合作區"], district="橫琴"),
 ],
 institutions=[
  inst("橫琴粵澳深度合作區執委會", "當天,橫琴粵澳深度合作區執委會副主任符永革在會上公佈"),
 ],
 aggregate_facts=[
  fact("橫琴粵澳深度合作區", "park", "macau_invested_firms", 6208, "count", T1, "2024年4月"),
  fact("橫琴粵澳深度合作區", "park", "macau_invested_firms_growth", 0.123, "ratio", "同比增長12.3%", "2024年4月", kind="ratio"),
  fact("橫琴粵澳深度合作區", "park", "macau_invested_firms_growth_since_establishment", 0.3388, "ratio", "比合作區成立時增長33.88%", "2024年4月",
       kind="ratio"),
  fact("橫琴粵澳深度合作區", "park", "macau_funded_industry_value_added_cny", 2.05e9, "cny", "去年澳資產業增加值預計達到20.5億元人民幣", "2023年（預計）"),
  fact("橫琴粵澳深度合作區", "park", "macau_firms_above_scale_revenue_cny", 2.0885e10, "cny", "規模以上澳企總營業收入超208.85億元人民幣", "2023年",
       qual="超", qtext="超"),
  fact("橫琴粵澳深度合作區", "park", "macau_firms_above_scale_revenue_growth", 0.357, "ratio", "規模以上澳企總營業收入超208.85億元人民幣,同比增長35.7%",
       "2023年", kind="ratio"),
  fact("橫琴粵澳深度合作區（“四新”產業）", "park_group", "firms", 16412, "count", "實有企業達16412戶", "2024年3月"),
  fact("橫琴粵澳深度合作區（“四新”產業）", "park_group", "firms_growth", 0.024, "ratio", "實有企業達16412戶,同比增長2.4%", "2024年3月", kind="ratio"),
  fact("橫琴粵澳深度合作區（“四新”產業）", "park_group", "value_added_cny", 2.1808e10, "cny", "去年“四新”產業增加值完成218.08億元人民幣", "2023年"),
  fact("橫琴粵澳深度合作區（“四新”產業）", "park_group", "share_of_zone_gdp", 0.462, "ratio", "占合作區地區生產總值比重達46.2%", "2023年", kind="ratio"),
  fact("橫琴粵澳深度合作區", "park", "macau_residents", 20636, "persons", "在合作區就業生活居住的澳門居民達到20636人", "2024年"),
  fact("橫琴粵澳深度合作區", "park", "macau_residents_growth", 0.224, "ratio", "在合作區就業生活居住的澳門居民達到20636人,同比增長22.4%", "2024年",
       kind="ratio"),
  fact("橫琴粵澳深度合作區", "park", "macau_students", 274, "persons", "合作區澳門籍學生274人", "2024年", opt=True),
  fact("橫琴口岸", "region", "crossings_persons", 16700000, "persons", "去年經橫琴口岸通關人數超1670萬人次", "2023年", kind="cumulative",
       qual="超", qtext="超", opt=True, note="口岸數字"),
  fact("橫琴口岸", "region", "daily_crossings", 46000, "persons", "日均4.6萬人次", "2023年", opt=True),
  fact("橫琴口岸", "region", "daily_crossings_2024", 60000, "persons", "今年首6個月,日均通關量近6萬人次", "2024年首6個月", qual="约",
       qtext="近", opt=True),
  fact("橫琴口岸", "region", "daily_vehicles", 6000, "vehicles", "車輛達6000車次", "2024年首6個月", opt=True),
  fact("橫琴口岸", "region", "macau_single_plate_share", 0.65, "ratio", "經橫琴口岸通關的單牌車占日均通關車輛約65%", "2024年", kind="ratio",
       qual="约", qtext="約", opt=True),
  fact("橫琴口岸", "region", "hk_macau_residents_share", 0.25, "ratio", "港澳居民占通關人數約25%", "2024年", kind="ratio", qual="约", qtext="約",
       opt=True),
 ])

HB = "哈尔滨新区始终坚持以经济建设为中心,累计推进省市重点产业项目200余个,完成投资近800亿元"
G["zh08"] = dict(
 article=art("哈尔滨新区坚持创新发展改革发展开放发展 跑出振兴发展加速度", "国家发展改革委（页面署“国家发展改革委”），中国发展网 chinadevelopment.com.cn 社会频道", "2023-02-22", "day",
  "National development-reform commission item on a national new area's seven years: key industrial projects and investment, five 10bn-yuan clusters, projects introduced and agreed investment, Fortune 500 firms, 10bn+ projects, average growth rates, reform measures",
  "http://chinadevelopment.com.cn/sh/2023/0222/1823645.shtml",
  "日期取页面“2023-02-22 14:56 国家发展改革委”（该行、面包屑、与首段相同的“摘要:”、“责任编辑:王小义”、“(原标题:…)”与“返回首页/相关”已删）。正文三段，完整。七年累计数（2015-12至2022）。“9个超百亿元项目”为项目数，记 count（不是金额）。世界500强企业未具名。",
  "zh08"),
 parks=[
  park("哈尔滨新区", "哈尔滨", "黑龙江", "国家级新区（第16个）", "第16个国家级新区——哈尔滨新区,承载着国家赋予的“三区一极”战略定位",
       note="2015年12月16日国务院批复"),
 ],
 aggregate_facts=[
  fact("哈尔滨新区", "park", "key_industrial_projects_advanced", 200, "count", HB, "2015年12月至2023年初（七年）", kind="cumulative", qual="余", qtext="余"),
  fact("哈尔滨新区", "park", "key_projects_investment_cny", 8e10, "cny", "完成投资近800亿元", "七年累计", kind="cumulative", qual="约", qtext="近"),
  fact("哈尔滨新区", "park", "industry_clusters_10bn", 5, "count", "金融服务5个百亿级产业集群", "2023年初"),
  fact("哈尔滨新区", "park", "industrial_projects_introduced", 400, "count", "新引进产业项目400余个", "七年累计", kind="cumulative", qual="余", qtext="余"),
  fact("哈尔滨新区", "park", "agreed_investment_cny", 5e11, "cny", "协议引资额超过5000亿元", "七年累计", kind="cumulative", qual="超", qtext="超过"),
  fact("哈尔滨新区", "park", "fortune500_firms", 7, "count", "7个世界500强企业扎根新区", "2023年初"),
  fact("哈尔滨新区", "park", "projects_over_10bn_started", 9, "count", "9个超百亿元项目落地开工", "七年累计", kind="cumulative",
       note="项目数"),
  fact("哈尔滨新区", "park", "gdp_avg_growth", 0.075, "ratio", "地区生产总值年均增长7.5%", "七年年均", kind="ratio"),
  fact("哈尔滨新区", "park", "fai_avg_growth", 0.16, "ratio", "全社会固定资产投资年均增长16%", "七年年均", kind="ratio"),
  fact("哈尔滨新区", "park", "reform_measures", 667, "count", "连续推出667项改革创新举措", "七年累计", kind="cumulative"),
  fact("哈尔滨新区", "park", "reform_pilots", 30, "count", "包括国家级、省级改革试点30余项", "七年累计", kind="cumulative", qual="余", qtext="余", opt=True),
  fact("哈尔滨新区", "park", "provincial_best_reform_cases", 15, "count", "获评“全省百佳优秀改革案例”15项", "七年累计", kind="cumulative", opt=True),
 ])

CC = "工人日报讯(记者彭冰 柳姗姗)记者近日从长春新区获悉,2020年,该区实现地区生产总值823.9亿元,增速8.9%"
G["zh09"] = dict(
 article=art("长春新区上半年地区生产总值达420亿元", "工人日报（工人日报讯 记者彭冰 柳姗姗），转载于中国经济网 city.ce.cn 滚动栏", "2021-08-04", "day",
  "National workers' daily, short item: a national new area's 2020 GDP and growth and its first-half 2021 GDP and growth; its innovation mechanism",
  "http://city.ce.cn/news/202108/04/t20210804_7324427.shtml",
  "日期取页面“2021年08月04日 06:31 来源:工人日报”（该行、面包屑、“(责任编辑 :欧云海)”、分享栏与其后重复的标题、日期和“查看余下全文”已删；正文在责任编辑前已完整）。正文两段。同一上半年另有吉林日报报道（441.2亿元、14.9%，big5.cri.cn 转换本），口径不同，未用。",
  "zh09"),
 parks=[
  park("长春新区", "长春", "吉林", "国家级新区", CC, note="文中又作“该区”"),
 ],
 aggregate_facts=[
  fact("长春新区", "park", "gdp_cny", 8.239e10, "cny", "2020年,该区实现地区生产总值823.9亿元", "2020年"),
  fact("长春新区", "park", "gdp_growth", 0.089, "ratio", "增速8.9%", "2020年", kind="ratio"),
  fact("长春新区", "park", "gdp_h1_cny", 4.2e10, "cny", "今年上半年,长春新区地区生产总值完成420亿元", "2021年上半年"),
  fact("长春新区", "park", "gdp_h1_growth", 0.13, "ratio", "实现了13%的增长", "2021年上半年", kind="ratio"),
 ])
