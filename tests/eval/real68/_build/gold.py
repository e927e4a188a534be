# real68 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52 (and real54 for Taiwan items): evidence verbatim (all seven items traditional script as
# published; nothing converted); names as written in the text; 逾/超過/超/以上/突破 → 超, 餘/多 → 余, 約/近/左右 → 約 (qualifier
# value “约” as the schema requires; qualifier_text keeps the word as written). Money: New Taiwan dollars in investment_value
# with investment_currency "twd" (investment_cny null) and in *_twd facts; yuan in investment_cny / *_cny facts; US dollars
# in *_usd facts. Growth rates and shares as ratios. Projects: the park the text places the project in, null if none.
# Status from the text's words (上梁 / 興建中 → 在建; 將動土 → planned; 集中開工 → 開工); no status where the text gives none.
# Year-to-date and “累計” figures are kind cumulative; “預計 / 將 / 預估” figures kind target with the word in as_of.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ylNN.raw as returned.

# ---------------------------------------------------------------- yl01 高雄加工區擴廠增資 (economic-news.tw 2015)
KH = "高雄加工出口區"
A0 = "國內第一個成立的高雄加工出口區,因規劃開發較早,用地規模及空間結構無法滿足現代企業經營需求"
A1 = "加工處因此自98年起著手推動園區更新活化,並促成區內廠商紛紛增資擴產,增資金額估達38億元"
A2 = "高雄加工區自99年至103年活化廠房樓地板面積達12萬2,000坪,占全區的49.7%"
A3 = "另外活化廠房所占土地面積也達6萬8,500坪,占全區45.1%"
A4 = "同時活化廠房廠商的數量也來到49家"
A5 = "至103年營業額達到新臺幣666億元,較前年增加6.09%,並創下6年來新高"
A6 = ("區內主要擴廠增資的廠商有高雄晶傑達光電公司投資8億元;台灣日東公司擴廠投資5億元;台虹公司新廠擴建投資10億元;"
      "台灣典範公司擴廠投資1.5億元;樂謙電腦科技新廠遷入投資3億7,800萬元及科妍生物科技公司擴廠投資10億元等")
A7 = "預計各公司新廠擴建完工後,年產量將增加20%,年產值將增加新臺幣30億元"
AS1 = "2011年至2014年（民國100年至103年）"
G["yl01"] = dict(
 article=art("活化更新有成!高雄加工區擴廠增資達38億元", "economic-news.tw（“即時新聞”欄，投資類；出版者名稱與署名存段未示，內容為經濟部加工出口區管理處發布的消息）", "2015-04-16", "day",
  "Taiwan economic news site relaying the export-processing-zone administration: Kaohsiung EPZ's renewal — capital increases by firms in the zone (estimate), renovated floor and land area with shares, firms renovating, zone revenue and its growth, six named firms' expansion investments with amounts, expected added output",
  "https://www.economic-news.tw/news_content.php?id=350",
  "日期取頁面“2015.04.16 投資”。標題照錄（頁面標題行出現兩次，另有“活化更新有成! 高雄加工區擴廠增資38億元”一行，均為頁面重複，已刪）；“即時新聞”“Loading”“分享至:”“縮小字級 放大字級”“facebook ig line youtube”“top”已刪。正文四段，完整。繁體原文，未轉換。年份為民國紀年（98年=2009、99年=2010、100年=2011、103年=2014）。金額為新台幣，記 _twd / investment_currency twd。園區：高雄加工出口區（文中又作“高雄加工區”；高雄市，台灣；2021年起改名前鎮科技產業園區——yl03 以此為別名，本文未說）。機構：加工處（經濟部加工出口區管理處，可選）。公司：高雄晶傑達光電公司、台灣日東公司、台虹公司、台灣典範公司、樂謙電腦科技、科妍生物科技公司，均為“區內”廠商。項目：六家的擴廠 / 新廠擴建 / 新廠遷入投資（100年至103年間，金額照錄；名稱以文中用語加公司名，晶傑達一案文中只說“投資8億元”，名稱為編者概括）；“預計各公司新廠擴建完工後”——未說各案是否已完工，status 不填。事實：增資金額估達38億元（累計，“估”）；活化樓地板12萬2,000坪（49.7%）、土地6萬8,500坪（45.1%）、49家；103年營業額666億元、增6.09%；擴建完工後年產量增20%、年產值增30億元（target，主體記園區）。",
  "yl01"),
 parks=[
  park(KH, "高雄", "台灣", "加工出口區", A0, aliases=["高雄加工區"], note="標題與文中又作“高雄加工區”；國內第一個成立的加工出口區"),
 ],
 institutions=[
  inst("加工處", A1, note="經濟部加工出口區管理處"),
 ],
 companies=[
  comp("高雄晶傑達光電公司", KH, A6),
  comp("台灣日東公司", KH, A6),
  comp("台虹公司", KH, A6),
  comp("台灣典範公司", KH, A6),
  comp("樂謙電腦科技", KH, A6),
  comp("科妍生物科技公司", KH, A6),
 ],
 projects=[
  proj("高雄晶傑達光電公司投資案", KH, A6, companies=["高雄晶傑達光電公司"], inv="高雄晶傑達光電公司投資8億元", currency="twd", value=8e8,
       note="新台幣；名稱為編者概括（文中只說“投資8億元”）；100年至103年間"),
  proj("台灣日東公司擴廠", KH, A6, companies=["台灣日東公司"], inv="擴廠投資5億元", currency="twd", value=5e8, note="新台幣"),
  proj("台虹公司新廠擴建", KH, A6, companies=["台虹公司"], inv="新廠擴建投資10億元", currency="twd", value=1e9, note="新台幣"),
  proj("台灣典範公司擴廠", KH, A6, companies=["台灣典範公司"], inv="擴廠投資1.5億元", currency="twd", value=1.5e8, note="新台幣"),
  proj("樂謙電腦科技新廠遷入", KH, A6, companies=["樂謙電腦科技"], inv="新廠遷入投資3億7,800萬元", currency="twd", value=3.78e8, note="新台幣；3億7,800萬元"),
  proj("科妍生物科技公司擴廠", KH, A6, companies=["科妍生物科技公司"], inv="擴廠投資10億元", currency="twd", value=1e9, note="新台幣"),
 ],
 aggregate_facts=[
  fact(KH, "park", "capital_increase_twd", 3.8e9, "twd", A1, "2009年（民國98年）起至2015年4月", kind="cumulative", note="“估達”：估計數"),
  fact(KH, "park", "renovated_floor_area_ping", 122000, "ping", A2, "2010年至2014年（民國99年至103年）", kind="cumulative"),
  fact(KH, "park", "renovated_floor_area_share", 0.497, "ratio", A2, "2010年至2014年（民國99年至103年）", kind="ratio", opt=True),
  fact(KH, "park", "renovated_land_area_ping", 68500, "ping", A3, "2010年至2014年（民國99年至103年）", kind="cumulative", opt=True),
  fact(KH, "park", "renovated_land_area_share", 0.451, "ratio", A3, "2010年至2014年（民國99年至103年）", kind="ratio", opt=True),
  fact(KH, "park", "firms_renovated", 49, "count", A4, "2010年至2014年（民國99年至103年）", kind="cumulative"),
  fact(KH, "park", "revenue_twd", 6.66e10, "twd", A5, "2014年（民國103年）"),
  fact(KH, "park", "revenue_yoy_growth", 0.0609, "ratio", A5, "2014年（民國103年）", kind="ratio"),
  fact(KH, "park", "expected_output_increase_twd", 3e9, "twd", A7, "各公司新廠擴建完工後（預計）", kind="target", note="六家等擴廠廠商合計；主體記園區"),
  fact(KH, "park", "expected_production_volume_growth", 0.20, "ratio", A7, "各公司新廠擴建完工後（預計）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yl02 屏東科學園區 宇晨材料上梁 (Yahoo奇摩新聞 2025-12-31)
PT = "屏東科學園區"
B0 = "屏東科學園區招商有成，首家廠商、AI產業的解熱專家「宇晨材料股份有限公司」，在民國114年12月31日舉行上梁儀式，預計115年完工進駐，而台積電半導體廠務供應鏈7家廠商也將於今年陸續動土，園區發展前景可期"
B1 = "董事長林秋郎斥資5億元新建廠房，以研發生產液態金屬及導熱界面材料"
B2 = "工程在113年8月動土後，僅1年4個月即迎來上梁儀式"
B3 = "屏科園區招商狀況良好，115年有台積電半導體廠務供應鏈7家廠商、以及聚合國際屏科廠將陸續動土"
B4 = "目前屏東縣年產值約6000億元，希望在屏科園區全面發展後，可以達成全縣年產值1兆元目標"
B5 = "而5月行政院更宣布台積電半導體廠務供應鏈專區擇定屏東科學園區"
G["yl02"] = dict(
 article=art("（無標題）屏科新里程 首家進駐廠商上梁", "Yahoo奇摩新聞（tw.news.yahoo.com 轉載；圖說攝影署名謝佳潾，原發媒體存段未示）", "2025-12-31", "day",
  "Taiwan news portal relaying a local report: the first firm in Pingtung Science Park tops out its plant — the firm's investment, groundbreaking and completion dates; TSMC-supply-chain firms and another firm's plant to break ground next year; the county's output and target",
  "https://tw.news.yahoo.com/%E5%B1%8F%E7%A7%91%E6%96%B0%E9%87%8C%E7%A8%8B-%E9%A6%96%E5%AE%B6%E9%80%B2%E9%A7%90%E5%BB%A0%E5%95%86%E4%B8%8A%E6%A2%81-201000776.html",
  "日期取存段首行的搜尋工具日期記號“date 2025-12-31”；文中“民國114年12月31日舉行上梁儀式”相符（刊出可能在當日或次日）。存段無標題行（title 取網址中的標題“屏科新里程-首家進駐廠商上梁”）；首行為圖說“屏東科學園區首家招商引資的廠商…（謝佳潾攝）”（連同日期記號）已刪；末行“「投資屏東正當時！」完成上梁儀”在句中中斷，已刪。正文五段。繁體原文，未轉換。金額為新台幣。年份為民國紀年（113年=2024、114年=2025、115年=2026）；首段“今年陸續動土”與末段“115年…將陸續動土”指同一事，記 2026年。園區：屏東科學園區（文中又作“屏科園區”；屏東縣，台灣；由國科會南科管理局管理，文中未明說其隸屬南部科學園區，parent 不填）；台積電半導體廠務供應鏈專區“擇定屏東科學園區”（園中專區，可選）。公司：宇晨材料股份有限公司（又作“宇晨材料”；首家進駐廠商）；聚合國際（屏科廠將動土）；台積電只出現在“台積電半導體廠務供應鏈”中（可選，園區不填）。項目：宇晨材料新建廠房——斥資5億元，113年8月動土、114年12月31日上梁、預計115年完工→在建；聚合國際屏科廠——115年將動土→planned；7家供應鏈廠商未具名，記事實。事實：屏東縣年產值約6000億元、全縣1兆元目標（region，可選）。",
  "yl02"),
 parks=[
  park(PT, "屏東", "台灣", "科學園區", B0, aliases=["屏科園區"], note="文中又作“屏科園區”“園區”；由國科會南科管理局管理"),
  park("台積電半導體廠務供應鏈專區", "屏東", "台灣", "專區", B5, parent=PT, opt=True, note="擇定屏東科學園區的專區"),
 ],
 institutions=[
  inst("國科會南科管理局", "對此，國科會南科管理局長鄭秀絨也捎來好消息說", note="屏科園區的管理機關"),
  inst("行政院", B5),
 ],
 companies=[
  comp("宇晨材料股份有限公司", PT, B0, aliases=["宇晨材料"], note="屏東科學園區首家招商引資的廠商"),
  comp("聚合國際", PT, B3, note="屏科廠將於115年動土"),
  comp("台積電", None, B5, opt=True, note="只在“台積電半導體廠務供應鏈”中"),
 ],
 projects=[
  proj("宇晨材料新建廠房", PT, B1, companies=["宇晨材料股份有限公司"], inv="斥資5億元", currency="twd", value=5e8,
       status="在建", status_text="舉行上梁儀式，預計115年完工進駐", note="新台幣；名稱為編者概括；113年8月動土，114年12月31日上梁，預計2026年完工"),
  proj("聚合國際屏科廠", PT, B3, companies=["聚合國際"], status="planned", status_text="將陸續動土", note="115年（2026年）動土"),
 ],
 aggregate_facts=[
  fact(PT, "park", "firms_to_break_ground", 7, "count", B3, "2026年（民國115年，預計）", kind="target", note="台積電半導體廠務供應鏈廠商，未具名"),
  fact("宇晨材料新建廠房", "project", "construction_months_to_topping_out", 16, "months", B2, "2025年12月31日", opt=True, note="1年4個月"),
  fact("屏東縣", "region", "annual_output_twd", 6e11, "twd", B4, "2025年（目前）", qual="约", qtext="約", opt=True),
  fact("屏東縣", "region", "annual_output_target_twd", 1e12, "twd", B4, "屏科園區全面發展後（目標）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yl03 緯創 前鎮科技產業園區 上梁 (中央社 via Yahoo 2025-12-10)
QZ = "高雄前鎮科技產業園區"
C0 = "緯創資通在高雄前鎮科技產業園區興建的智慧廠房舉行上梁典禮，緯創總計投資近百億元、規劃高階自動化產線，預計明年完工後可創造約4500個就業機會"
C1 = "產業園區管理局推動「風華再現計畫2.0」，將拆除重建5棟老舊廠房，使總樓地板面積由原本4萬餘平方公尺提升到24.4萬平方公尺、成長5.5倍"
C2 = "前鎮科技園區前身為1966年設立的高雄加工出口區"
C3 = "園區內高雄晶傑達光電科技（原高雄日立）自1967年落腳後深耕多年，2021年被緯創併購並轉型"
G["yl03"] = dict(
 article=art("（無標題）緯創百億投資落地高雄前鎮 有望創造4500個就業機會", "中央社（記者曾筠庭；編輯潘羿菁），載於 Yahoo奇摩新聞", "2025-12-10", "day",
  "National news agency via a portal, Taiwan: a listed electronics firm tops out its smart plant in a science-and-technology industrial park (the former Kaohsiung EPZ) — investment, expected jobs and completion, the park administration's renewal plan with floor-area figures, a firm acquired by the investor",
  "https://tw.news.yahoo.com/%E7%B7%AF%E5%89%B5%E7%99%BE%E5%84%84%E6%8A%95%E8%B3%87%E8%90%BD%E5%9C%B0%E9%AB%98%E9%9B%84%E5%89%8D%E9%8E%AE-%E6%9C%89%E6%9C%9B%E5%89%B5%E9%80%A04500%E5%80%8B%E5%B0%B1%E6%A5%AD%E6%A9%9F%E6%9C%83-063744891.html",
  "日期取存段首行“date 2025-12-10”、電頭“（中央社記者曾筠庭台北10日電）”與末尾日期碼“1141210”（民國114年12月10日）。存段無標題行（title 取網址中的標題）；首行的搜尋工具日期記號已刪（make_txt.py LINE_PREFIX），末段句末“（編輯：潘羿菁）1141210”已刪（LINE_SUFFIX）；電頭留在首段。正文六段，完整。繁體原文，未轉換。金額為新台幣。園區：高雄前鎮科技產業園區（文中又作“前鎮科技園區”“園區”；“前身為1966年設立的高雄加工出口區”——舊名列 alias，與 yl01 同一園區）。機構：經濟部、產業園區管理局（又作“園管局”），可選。公司：緯創資通（又作“緯創”）；高雄晶傑達光電科技（原高雄日立；園區內，2021年被緯創併購）。項目：緯創資通智慧廠房——上梁、預計明年完工→在建，投資“近百億元”→約 1e10（新台幣），名稱為編者概括；風華再現計畫2.0——產業園區管理局推動、將拆除重建5棟老舊廠房→planned，文中未限定於前鎮，園區不填（可選）。事實：廠房完工後約4500個就業機會（target，主體記項目）；計畫的樓地板面積由4萬餘提升到24.4萬平方公尺（target，可選）。",
  "yl03"),
 parks=[
  park(QZ, "高雄", "台灣", "科技產業園區", C0, aliases=["前鎮科技園區", "高雄加工出口區"], note="前身為1966年設立的高雄加工出口區；文中又作“前鎮科技園區”“園區”"),
 ],
 institutions=[
  inst("經濟部", "經濟部今天表示，緯創資通在高雄前鎮科技產業園區興建的智慧廠房舉行上梁典禮"),
  inst("產業園區管理局", C1, note="經濟部產業園區管理局，文中又作“園管局”"),
 ],
 companies=[
  comp("緯創資通", QZ, C0, aliases=["緯創"]),
  comp("高雄晶傑達光電科技", QZ, C3, aliases=["高雄日立"], note="原高雄日立；2021年被緯創併購"),
 ],
 projects=[
  proj("緯創資通智慧廠房", QZ, C0, companies=["緯創資通"], inv="投資近百億元", currency="twd", value=1e10, qual="约", qual_text="近",
       status="在建", status_text="舉行上梁典禮…預計明年完工", note="新台幣；名稱為編者概括；地上9層、地下2層"),
  proj("風華再現計畫2.0", None, C1, status="planned", status_text="將拆除重建", opt=True, note="產業園區管理局的老舊廠房改建計畫；文中未限定園區"),
 ],
 aggregate_facts=[
  fact("緯創資通智慧廠房", "project", "expected_jobs", 4500, "count", C0, "完工後（預計）", kind="target", qual="约", qtext="約"),
  fact("風華再現計畫2.0", "project", "floor_area_after_m2", 244000, "m2", C1, "改建後（預計）", kind="target", opt=True),
  fact("風華再現計畫2.0", "project", "buildings_to_rebuild", 5, "count", C1, "計畫", kind="target", opt=True),
  fact(QZ, "park", "established_year", 1966, "year", C2, "1966年", opt=True, note="以高雄加工出口區設立"),
 ])

# ---------------------------------------------------------------- yl04 南科、沙崙雙引擎 (自由時報 2021-09-20)
NK = "南科園區"
D0 = "今年1月至8月新增210家投資案,吸引208億投資額,創造400億產值,更帶來5407個就業機會"
D1 = "南科園區作為南部科學園區發展重心,已有完整的科技聚落形成"
D2 = "今年園區上半年營業額達4860.64億,較去年同期增加31.74%"
D3 = "同時也新引進10家廠商,包含積體電路、精密機械、生物技術等產業,而新引進廠商之投資金額達48.24億"
D4 = "沙崙智慧綠能科學城以先進技術為重心,園區內部規畫多個實驗場域已進行技術驗證,全區即將完工進入營運階段"
AS4 = "2021年1月至8月"
G["yl04"] = dict(
 article=art("南科、沙崙雙引擎 帶來5407就業機會", "自由時報（記者萬于甄／台南報導），news.ltn.com.tw 生活版", "2021-09-20", "day",
  "Taiwanese national daily's local report: a city's two-engine plan (science park and a green-energy science city) — the city's new investment cases, investment, output and jobs so far this year; the science park's half-year revenue and growth, firms newly admitted and their investment",
  "https://news.ltn.com.tw/news/life/paper/1473780",
  "日期取頁面“2021/09/20 05:30”。標題照錄；瀏覽器提示、“限制級”說明、天氣、重複兩次的圖說“台南市政府持續推動南科沙崙雙引擎…圖為青鋼應用材料公司樹谷廠。(台南市政府提供)”與時間行已刪；末行“不”為下一段殘字，已刪。正文三段。繁體原文，未轉換。金額為新台幣（文中“億”後無“元”），記 _twd。園區：南科園區（“作為南部科學園區發展重心”——即南科台南園區，parent 南部科學園區；標題“南科”）；南部科學園區；沙崙智慧綠能科學城（台南）。“今年園區上半年營業額…”的“園區”承上句指南科園區（南科管理局的數字也可讀作整個南部科學園區；記於南科園區）。機構：台南市政府、經發局、南科管理局（可選）。公司：正文無（青鋼應用材料只在已刪的圖說中）。項目：三井Outlet（明年初開幕）、大台南會展中心（預計第2季啟用）——非產業園區項目、文中未說位置，可選，園區不填。事實：台南市 1–8月新增投資案210家、投資額208億、產值400億、就業5407個（cumulative，region）；南科園區上半年營業額4860.64億、增31.74%、新引進10家、投資48.24億。",
  "yl04"),
 parks=[
  park(NK, "台南", "台灣", "科學園區", D1, parent="南部科學園區", aliases=["南科"], note="南部科學園區的發展重心（台南園區）；標題與首段作“南科”"),
  park("南部科學園區", "台南", "台灣", "科學園區", D1, note="南科管理局所轄"),
  park("沙崙智慧綠能科學城", "台南", "台灣", "科學城", D4, note="全區即將完工進入營運階段"),
 ],
 institutions=[
  inst("台南市政府", "台南市政府推動南科、沙崙雙引擎計畫"),
  inst("南科管理局", "南科管理局指出,今年園區上半年營業額達4860.64億"),
  inst("經發局", "根據市府經發局統計", note="台南市政府經濟發展局"),
 ],
 companies=[],
 projects=[
  proj("三井Outlet", None, "而明年初南台灣首間三井Outlet將開幕", opt=True, note="明年初開幕；非園區項目"),
  proj("大台南會展中心", None, "大台南會展中心則預計在第2季啟用", opt=True, note="預計2022年第2季啟用；非園區項目"),
 ],
 aggregate_facts=[
  fact("台南市", "region", "new_investment_cases", 210, "count", D0, AS4, kind="cumulative"),
  fact("台南市", "region", "investment_twd", 2.08e10, "twd", D0, AS4, kind="cumulative"),
  fact("台南市", "region", "output_created_twd", 4e10, "twd", D0, AS4, kind="cumulative"),
  fact("台南市", "region", "jobs_created", 5407, "count", D0, AS4, kind="cumulative"),
  fact(NK, "park", "revenue_twd", 4.8606400e11, "twd", D2, "2021年上半年"),
  fact(NK, "park", "revenue_yoy_growth", 0.3174, "ratio", D2, "2021年上半年", kind="ratio"),
  fact(NK, "park", "new_firms", 10, "count", D3, "2021年上半年", kind="cumulative"),
  fact(NK, "park", "new_firms_investment_twd", 4.824e9, "twd", D3, "2021年上半年", kind="cumulative"),
 ])

# ---------------------------------------------------------------- yl05 澳中投資首四月增兩倍 (澳門日報 via job853 2015)
ZS = "中山翠亨新區"
TZ = "中山翠亨新區粵澳特別合作區"
E0 = "現時澳門投資企業約六百家,歷年累計批准澳門投資企業八百六十二家"
E1 = "今年一至四月,新批澳門投資項目十個,合同利用外資一千五百六十五萬美元,同比增長兩倍"
E2 = "中山翠亨新區粵澳特別合作區的規劃面積為二百三十平方公里,核心區二十平方公里,起步區五平方公里,規劃時間從二○一五年至二○三○年,起步區建設預計投資四百億元"
E3 = "楊文龍提到,希望加大對翠亨新區的政策扶持,結合當前翠亨新區作為省級戰略發展平台實際需要"
E4 = "呼籲將廣州南沙、深圳前海、珠海橫琴等自貿區有關稅收、融資、產業准入、人才引進等政策和運作模式適用於翠亨新區"
AS5 = "2015年5月"
G["yl05"] = dict(
 article=art("澳中投資首四月增兩倍", "澳門日報，載於 job853.com（澳門招職網“澳門新聞”欄，註明來源:澳門日報）", "2015-05-27", "day",
  "Macau daily relayed by a Macau job site: a Macau NPC delegation hears a mainland city's report — Macau-invested firms and approvals, contracted foreign investment and its growth in Jan–Apr; a new area's Guangdong–Macau special cooperation zone with planned, core and start-up areas, planning period and the start-up area's planned investment",
  "http://www.job853.com/MacauNews/news_list_show_macao.aspx?type=1&id=447117&page=&y=0&m=0&d=0",
  "日期取頁面“來源: 澳門日報 發佈時間:2015-5-27”（澳門日報同日見報；文中“下午啟程”“昨日下午舉行座談會”按此推算為 2015-05-26）。標題照錄（頁面標題重複三次，另有副題“推介粵澳特別合作區二百三十平方公里六定位”及圖說“中山市政府向澳區全國人大代表團匯報建設情況”“許 行”“楊文龍”，均已刪；副題記於此）；網站選單已刪；小標題“特合區起步四百億”保留為一段。存段在末段“中山翠亨”處中斷，該殘段已刪，正文截至“…起步區建設預計投資四百億元。”，共五段。繁體原文，未轉換；數字多為中文數字。園區：中山翠亨新區（又作“翠亨新區”；中山市，廣東；省級戰略發展平台）；中山翠亨新區粵澳特別合作區（又作“特合區”；母園區翠亨新區）；粵澳全面合作示範區（工作名稱，可選）；廣州南沙、深圳前海、珠海橫琴等自貿區（只被援引，可選）。機構：中山市政府、中聯辦、翠亨新區管委會（可選）。事實：中山市澳門投資企業約六百家、累計批准八百六十二家、1–4月新批十個、合同利用外資一千五百六十五萬美元、增長兩倍（region）；特合區規劃面積230、核心區20（可選）、起步區5平方公里；起步區建設預計投資四百億元（target，人民幣；指標名不帶 _cny 後綴，因 check_gold.py 的金額解析把“四百億元”讀成“百億元”）。",
  "yl05"),
 parks=[
  park(ZS, "中山", "廣東", "新區", "許行介紹了中山翠亨新區規劃建設,以及粵澳全面合作示範區工作情況", aliases=["翠亨新區"], note="省級戰略發展平台"),
  park(TZ, "中山", "廣東", "特別合作區", E2, parent=ZS, aliases=["特合區"], note="小標題作“特合區”"),
  park("粵澳全面合作示範區", "中山", "廣東", "合作示範區", "聽取中山市政府匯報中山與澳門合作情況,以及粵澳全面合作示範區工作情況", opt=True, note="工作名稱；與翠亨新區的關係文中未說"),
  park("廣州南沙", "廣州", "廣東", "自貿區", E4, opt=True, note="只被援引"),
  park("深圳前海", "深圳", "廣東", "自貿區", E4, opt=True, note="只被援引"),
  park("珠海橫琴", "珠海", "廣東", "自貿區", E4, opt=True, note="只被援引"),
 ],
 institutions=[
  inst("中山市政府", "中山市政府昨日下午舉行座談會向澳區全國人大代表團匯報合作建設情況"),
  inst("中聯辦", "中聯辦副主任陳斯喜"),
  inst("翠亨新區管委會", "翠亨新區管委會副主任許行等出席"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("中山市", "region", "macau_invested_firms", 600, "count", E0, AS5, qual="约", qtext="約"),
  fact("中山市", "region", "macau_invested_firms_approved", 862, "count", E0, AS5, kind="cumulative"),
  fact("中山市", "region", "new_macau_projects_approved", 10, "count", E1, "2015年1月至4月", kind="cumulative"),
  fact("中山市", "region", "contracted_fdi_usd", 1.565e7, "usd", E1, "2015年1月至4月", kind="cumulative", note="合同利用外資（澳門投資項目）"),
  fact("中山市", "region", "contracted_fdi_yoy_growth", 2.0, "ratio", E1, "2015年1月至4月", kind="ratio", note="同比增長兩倍"),
  fact(TZ, "park", "planned_area_km2", 230, "km2", E2, AS5),
  fact(TZ, "park", "core_area_km2", 20, "km2", E2, AS5, opt=True),
  fact(TZ, "park", "startup_area_km2", 5, "km2", E2, AS5),
  fact(TZ, "park", "startup_area_planned_investment", 4e10, "cny", E2, "2015年至2030年（預計）", kind="target",
       note="人民幣400億元；指標名不帶 _cny 後綴：check_gold.py 把“四百億元”讀作“百億元”"),
 ])

# ---------------------------------------------------------------- yl06 中科 2022 招商 (contentplatform.info 2022-12)
ZK = "中科"
F0 = "今年截至11月底,中科管理局累計引進高科技廠商17家,總投增資額達新台幣(下同)1,822.232億元"
F1 = "截至2022年11月底,已核准237家高科技廠商(含45家外商公司)進駐,投資金額逾2兆4,665億元"
F2 = "2022年1-8月整體營業額達7,706.03億元,較去年同期提升15.42%"
F3 = "1-10月貿易總額達7,743.38億元,較去年同期成長19.24%"
F4 = "10月底從業員工數55,546人,較去年10月底增加7.94%"
F5 = ("2022年新引進亮點廠商包括半導體產業供應鏈大廠的合晶科技、研發應用於IC、面板、封裝等產業之電子級材料的炎洲公司、"
      "具備國內最大尺寸顯示器玻璃蓋板技術的晨豐光電、擁有高階內視鏡輔助器械及影像系統獨家技術的德盟儀器、"
      "致力二輪電動載具及綠能補給管理系統建置及模組整合,提供客戶一站式技術服務方案的凱智綠能及研發工業用傳動元件(聯軸器)"
      "應用於工具機、風力發電產業領域之德商台灣開天傳動科技有限公司等")
AS6 = "2022年1月至11月底"
G["yl06"] = dict(
 article=art("中科截至11月底累計引進17家高科技廠商 總投增資額約1822億元成果亮眼", "記者羅蔚舟（中科報導），載於 contentplatform.info（內容平台轉載；原發媒體存段未示）", "2022-12", "month",
  "Content platform relaying a Taiwanese reporter's item on a science park administration's year-to-date investment results — firms admitted and investment this year, cumulative approved firms and investment, revenue, trade and employees with growth, six named newly admitted firms",
  "https://www.contentplatform.info/2022/economics/88474/",
  "存段無日期行；網址作 /2022/，文中“今年截至11月底”“1-10月貿易總額”“10月底從業員工數”，推定刊於2022年12月（推定，精度到月）。標題照錄；圖說“▲中科管理局。(圖/中科管理局提供)”（兩次）、“▲中科台中園區。…”“▲中科二林園區。…”與署名行“【記者羅蔚舟/中科報導】”已刪（署名記於 outlet）；末段“因應台灣半導體產業布局需求…擴建二期毗”在句中中斷，整段刪去。正文三段。繁體原文，未轉換。金額為新台幣，記 _twd。園區：中科（中部科學園區，全文只作“中科”；台中，台灣）。機構：中科管理局（可選）。公司：合晶科技、炎洲公司、晨豐光電、德盟儀器、凱智綠能、台灣開天傳動科技有限公司（德商），均為“2022年新引進”廠商，園區記中科。事實：2022年截至11月底引進17家、總投增資額1,822.232億元（cumulative）；截至11月底核准237家（含外商45家，可選）、投資金額逾2兆4,665億元（cumulative，超）；1–8月營業額7,706.03億元、增15.42%；1–10月貿易總額7,743.38億元、增19.24%；10月底從業員工55,546人、增7.94%（可選）。",
  "yl06"),
 parks=[
  park(ZK, "台中", "台灣", "科學園區", F0, note="中部科學園區；全文只作“中科”"),
 ],
 institutions=[
  inst("中科管理局", F0, note="科技部（國科會）中部科學園區管理局"),
 ],
 companies=[
  comp("合晶科技", ZK, F5, note="2022年新引進"),
  comp("炎洲公司", ZK, F5, note="2022年新引進"),
  comp("晨豐光電", ZK, F5, note="2022年新引進"),
  comp("德盟儀器", ZK, F5, note="2022年新引進"),
  comp("凱智綠能", ZK, F5, note="2022年新引進"),
  comp("台灣開天傳動科技有限公司", ZK, F5, note="德商；2022年新引進"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZK, "park", "new_firms", 17, "count", F0, AS6, kind="cumulative"),
  fact(ZK, "park", "new_investment_twd", 1.822232e11, "twd", F0, AS6, kind="cumulative", note="總投增資額"),
  fact(ZK, "park", "firms_approved", 237, "count", F1, "2022年11月底", kind="cumulative"),
  fact(ZK, "park", "foreign_firms_approved", 45, "count", F1, "2022年11月底", kind="cumulative", opt=True),
  fact(ZK, "park", "approved_investment_twd", 2.4665e12, "twd", F1, "2022年11月底", kind="cumulative", qual="超", qtext="逾"),
  fact(ZK, "park", "revenue_twd", 7.70603e11, "twd", F2, "2022年1月至8月", kind="cumulative"),
  fact(ZK, "park", "revenue_yoy_growth", 0.1542, "ratio", F2, "2022年1月至8月", kind="ratio"),
  fact(ZK, "park", "trade_twd", 7.74338e11, "twd", F3, "2022年1月至10月", kind="cumulative"),
  fact(ZK, "park", "trade_yoy_growth", 0.1924, "ratio", F3, "2022年1月至10月", kind="ratio"),
  fact(ZK, "park", "employees", 55546, "count", F4, "2022年10月底"),
  fact(ZK, "park", "employees_yoy_growth", 0.0794, "ratio", F4, "2022年10月底", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yl07 深汕合作區13個重大項目開工 (香港商報網 2021-02-19)
SS = "深汕特別合作區"
H0 = "2月18日,在春節後的首個工作日,深圳市深汕特別合作區(簡稱「深汕合作區」)在深汕工業互聯網製造業創新基地舉行2021年重大項目集中開工暨啟動儀式"
H1 = "此次集中開工、啟動項目共13個,總投資超過200億元"
H2 = "特別是深汕工業互聯網製造業創新基地項目,讓工業互聯網與先進製造業深度融合,集研發、生產、集成服務於一體"
AS7 = "2021年2月18日"
G["yl07"] = dict(
 article=art("深汕合作區13個重大項目開工 總投資超200億", "香港商報網（hkcd.com，“來源:香港商報網”；存段無署名）", "2021-02-19", "day",
  "Hong Kong paper's website on a mainland zone: a Shenzhen-administered special cooperation zone's first-working-day groundbreaking — projects started and launched, their total investment, one named industrial base project",
  "https://hkcd.com/content/2021-02/19/content_1249769.html",
  "日期取頁面“2021-02-19 11:22 來源:香港商報網”；儀式在2月18日。標題照錄；時間、來源行已刪。存段在末段引語“「站在新的歷史起點,…重點領域靶向發力,堅”處中斷，該段整段刪去，正文截至“…是全力完成今年經濟社會發展目標任務的重要支撐。”，共四段。繁體原文，未轉換（香港商報網以繁體刊出）。園區：深汕特別合作區（又作“深圳市深汕特別合作區”“深汕合作區”；深圳市管轄，位於汕尾，廣東）。機構：深汕合作區黨工委、管委會（未單列）。項目：深汕工業互聯網製造業創新基地項目——13個集中開工、啟動項目之一（“特別是”），記開工；金額未說。事實：集中開工、啟動項目13個、總投資超過200億元（人民幣，超）；第二次提到同一數字。“深汕特別合作區建立10周年”不計。",
  "yl07"),
 parks=[
  park(SS, "深圳", "廣東", "特別合作區", H0, aliases=["深汕合作區", "深圳市深汕特別合作區"], note="深圳市管轄，地處汕尾"),
 ],
 institutions=[],
 companies=[],
 projects=[
  proj("深汕工業互聯網製造業創新基地項目", SS, H2, aliases=["深汕工業互聯網製造業創新基地"], status="开工", status_text="集中開工暨啟動",
       note="13個集中開工、啟動項目之一；儀式在該基地舉行；金額未說"),
 ],
 aggregate_facts=[
  fact(SS, "park", "projects_started", 13, "count", H1, AS7, note="集中開工、啟動項目"),
  fact(SS, "park", "projects_started_investment_cny", 2e10, "cny", H1, AS7, qual="超", qtext="超過", chk=True),
 ])
