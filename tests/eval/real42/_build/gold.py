# real42 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real41: evidence verbatim (zl01, zl02, zl03 and zl09 are traditional script as published, the rest
# simplified); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence). New Taiwan dollars (zl01–zl03, zl09) as in
# real31: facts with suffix _twd (unit twd), a project amount in investment_value + investment_currency "twd" with
# investment_cny null; US dollars likewise (zl06 台玻, currency "usd"). Amounts written in Chinese numerals (zl03 “二．七億元”,
# “廿五億元”, “兩百七十六億元”) are read by hand (no chk). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (zl08). Status from the text's words (動土 →
# 开工, 集中开工 / 开工奠基 → 开工, 完工 → 竣工, 預計…完工 → 在建, 正規劃…預計…動工 → planned, 已投产 → 投产).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zlNN.raw as returned.

# ---------------------------------------------------------------- zl01 新竹科學園區 45週年 (中央社 2025, traditional)
HS = "新竹科學園區"
H0 = "新竹科學園區管理局今天舉辦45週年園慶活動"
H1 = "今年前10月營業額新台幣1.38兆元，較去年同期成長10.31%"
H2 = "今年竹科引進37家新創企業"
H3 = "竹科今年5月有2棟第1期標準廠房重建完工，目前出租率超過6成"
H4 = "另外更新的第3期廠房工程預計2026年5月完工，51個單位已經預訂核配出去"
H5 = "正規劃第4期工程，預計2027年動工"
G["zl01"] = dict(
 article=art("竹科今年引進37家新創企業 明年營業額再創歷史新高", "中央社（記者張建中，新竹15日電；編輯 張良知），載於 Yahoo奇摩新聞 tw.news.yahoo.com",
  "2025-12-15", "day",
  "Taiwan's national news agency, traditional script: a science park's 45th anniversary — Jan–Oct revenue (NT$) and growth, revenue outlook, start-ups brought in, standard factory buildings rebuilt / under renewal / planned with occupancy and allocated units",
  "https://tw.news.yahoo.com/%E7%AB%B9%E7%A7%91%E4%BB%8A%E5%B9%B4%E5%BC%95%E9%80%B237%E5%AE%B6%E6%96%B0%E5%89%B5%E4%BC%81%E6%A5%AD-%E6%98%8E%E5%B9%B4%E7%87%9F%E6%A5%AD%E9%A1%8D%E5%86%8D%E5%89%B5%E6%AD%B7%E5%8F%B2%E6%96%B0%E9%AB%98-080625983.html",
  "日期取電頭“中央社記者張建中新竹15日電”、搜尋結果的 date 2025-12-15 與文末“1141215”（民國114年12月15日）。存段無標題行：title 取網址中的標題（“竹科今年引進37家新創企業-明年營業額再創歷史新高”，連字號改空格），txt 不含標題。首行前的“date 2025-12-15”（搜尋工具的日期標記）與末段句末的“（編輯：張良知）1141215”已刪（make_txt.py LINE_PREFIX / LINE_SUFFIX）。正文五段，完整。繁體原文，未轉換。園區文中作“新竹科學園區”“竹科”“園區”；city 新竹，province 台灣。金額為新台幣（“新台幣1.38兆元”），記 _twd。“今年竹科總營業額可望成長2位數”不是數字，不記。三期廠房：第1期“重建完工”→竣工（必列）；第3期“預計2026年5月完工”→在建；第4期“正規劃…預計2027年動工”→planned（後兩者名稱為編者概括，可選）。出租率“超過6成”→0.6 超。",
  "zl01", title_note="no headline stored; title from the URL slug"),
 parks=[
  park(HS, "新竹", "台灣", "科學園區", H0, aliases=["竹科"], note="文中又作“竹科”“園區”"),
 ],
 institutions=[
  inst("新竹科學園區管理局", H0, note="主辦園慶；文中又作“竹科管理局”“管理局”"),
 ],
 projects=[
  proj("竹科第1期標準廠房重建", HS, H3, status="竣工", status_text="重建完工", note="2棟；名稱為編者概括（文中“2棟第1期標準廠房重建完工”）"),
  proj("竹科第3期廠房更新工程", HS, H4, status="在建", status_text="預計2026年5月完工", opt=True, note="名稱為編者概括"),
  proj("竹科第4期工程", HS, H5, status="planned", status_text="正規劃…預計2027年動工", opt=True, note="名稱為編者概括"),
 ],
 aggregate_facts=[
  fact(HS, "park", "revenue_twd", 1.38e12, "twd", H1, "2025年1-10月", kind="cumulative"),
  fact(HS, "park", "revenue_yoy_growth", 0.1031, "ratio", H1, "2025年1-10月", kind="ratio"),
  fact(HS, "park", "startups_introduced", 37, "count", H2, "2025年"),
  fact(HS, "park", "standard_factory_buildings_completed", 2, "count", H3, "2025年5月", opt=True),
  fact(HS, "park", "standard_factory_occupancy_rate", 0.6, "ratio", H3, "2025年12月", kind="ratio", qual="超", qtext="超過",
       note="第1期標準廠房出租率“超過6成”"),
  fact(HS, "park", "units_preallocated", 51, "count", H4, "2025年12月", opt=True, note="第3期廠房已預訂核配的單位"),
 ])

# ---------------------------------------------------------------- zl02 高雄軟體科技園區 2009 招商 (中央社 via 大紀元 2010, traditional)
KS = "高雄軟體科技園區"
K0 = "高雄軟體科技園區去年招商創造好成績"
K1 = "民國98年的招商成果與97年相較,成長2倍,投、增資案有53件,金額約新台幣36億元"
K2 = "去年全年新投資案計47件(含鴻海集團投資新台幣19億元)、增資案6件,合計投、增資共53件,金額是36億元"
K3 = "累計高雄軟體園區的投資案共有131件,總投增資金額是78.82億元"
K4 = "如加上政府及開發商所投資的資金,園區總投資金額應有132.22億元的規模,估算可創造5000個就業機會"
K5 = "已進駐高軟的廠商有82家,其餘廠商將陸續進駐"
K6 = "日本小學堂出版社在去年底簽署進駐"
G["zl02"] = dict(
 article=art("招商好成績 高雄軟體園區去年引進36億", "中央社（記者王淑芬，高雄4日電），載於大紀元 epochtimes.com（b5）", "2010-01-04", "day",
  "National news agency item carried by an overseas Chinese paper, traditional script: a software park's 2009 investment intake (NT$) — cases, new vs. capital-increase cases, one group's share, cumulative cases and amounts, total investment and jobs, firms moved in, one named new tenant, support institutions",
  "https://www.epochtimes.com/b5/10/1/4/n2776041.htm",
  "日期取網址 b5/10/1/4 與“【大紀元1月4日報導】(中央社記者王淑芬高雄4日電)”；“去年”“民國98年”= 2009。頁首“site logo: www.epochtimes.com”“人氣: 1”“【字號】”“標籤: tags: ,”與文末“評論”已刪。正文五段，完整；電頭保留。繁體原文，未轉換。園區文中作“高雄軟體科技園區”“高雄軟體園區”“高軟”“高軟園區”（別名），city 高雄，province 台灣；由經濟部加工出口區管理處（“加工區”）主管。金額為新台幣（“新台幣36億元”），記 _twd，不記 _cny。“成長2倍”是倍數，記 2.0（可選，是否“增為3倍”文中不明）。“總投資金額應有132.22億元的規模”含政府及開發商資金，為估算；“估算可創造5000個就業機會”記 target。鴻海集團的19億元新投資案只作括注，列為可選項目（金額新台幣）；鴻海集團與日本小學堂出版社列為公司（園區高雄軟體科技園區）。育成中心、資策會等列為機構（可選）。",
  "zl02"),
 parks=[
  park(KS, "高雄", "台灣", "軟體科技園區（加工出口區管理處主管）", K0, aliases=["高雄軟體園區", "高軟", "高軟園區"],
       note="文中又作“高雄軟體園區”“高軟”“高軟園區”"),
 ],
 companies=[
  comp("鴻海集團", KS, K2, note="新投資案之一，投資新台幣19億元"),
  comp("日本小學堂出版社", KS, K6, note="去年底簽署進駐"),
 ],
 institutions=[
  inst("經濟部加工出口區管理處", "經濟部加工出口區管理處今天指出", note="文中又作“加工區”"),
  inst("資策會", "經濟部積極協助園區引進資策會", kind="research", park=KS),
  inst("工研院", "資策會、工研院", kind="research", park=KS),
  inst("經濟部中小企業處高雄軟體育成中心", "經濟部中小企業處高雄軟體育成中心", kind="government", park=KS, note="育成中心（孵化器）"),
  inst("中山大學南區促進產業發展研究中心", "中山大學南區促進產業發展研究中心", kind="university", park=KS),
 ],
 projects=[
  proj("鴻海集團投資案", KS, K2, companies=["鴻海集團"], inv="投資新台幣19億元", currency="twd", value=1.9e9, opt=True,
       note="只作括注“含鴻海集團投資新台幣19億元”；名稱為編者概括；新台幣"),
 ],
 aggregate_facts=[
  fact(KS, "park", "investment_cases", 53, "count", K1, "2009年"),
  fact(KS, "park", "investment_and_capital_increase_twd", 3.6e9, "twd", "金額約新台幣36億元", "2009年", qual="约", qtext="約"),
  fact(KS, "park", "investment_growth_multiple", 2.0, "ratio", "成長2倍", "2009年 vs 2008年", kind="ratio", opt=True,
       note="“成長2倍”：倍數的讀法不明"),
  fact(KS, "park", "new_investment_cases", 47, "count", K2, "2009年"),
  fact(KS, "park", "capital_increase_cases", 6, "count", "增資案6件", "2009年"),
  fact(KS, "park", "investment_cases", 131, "count", K3, "截至2009年底", kind="cumulative"),
  fact(KS, "park", "investment_and_capital_increase_twd", 7.882e9, "twd", "總投增資金額是78.82億元", "截至2009年底",
       kind="cumulative"),
  fact(KS, "park", "total_investment_twd", 1.3222e10, "twd", K4, "截至2009年底（估算）", kind="cumulative",
       note="含政府及開發商所投資的資金"),
  fact(KS, "park", "expected_jobs", 5000, "count", K4, "估算", kind="target"),
  fact(KS, "park", "firms_settled", 82, "count", K5, "2010年1月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- zl03 六塊厝產業園區 以勒鋼鐵動土 (自由時報 2025, traditional)
LK = "六塊厝產業園區"
L0 = "屏東縣政府與台糖合作開發的六塊厝產業園區招商順利，以勒鋼鐵公司昨日舉行新廠動土典禮"
L1 = "以勒鋼鐵新廠基地占地約〇．六公頃，投資金額達二．七億元"
L2 = "六塊厝產業園區緊鄰屏東科技產業園區與屏東科學園區"
L3 = "預估可創造兩百七十六億元以上的年產值與六百七十二個就業機會"
L4 = "六塊厝產業園區佔地十九．六七公頃，總開發經費廿五億元"
L5 = "產業用地十二．三九公頃，其中六．四三公頃由屏縣府辦理出售，台糖五．九六公頃為出租"
L6 = "屏縣府的招商均已完成，共有七家廠商"
G["zl03"] = dict(
 article=art("（無標題）屏東六塊厝產業園區首家廠商以勒鋼鐵新廠動土", "自由時報（紙本，生活版；記者署名頁面未見），news.ltn.com.tw", "2025-11-11", "day",
  "Taiwanese national daily, traditional script: a county–Taisugar industrial park's first tenant breaks ground — the firm's site and investment (NT$, in Chinese numerals), neighbouring parks, expected output and jobs, park area, development cost, land for sale and lease, firms signed",
  "https://news.ltn.com.tw/news/life/paper/1731671",
  "日期取搜尋結果的 date 2025-11-11（紙本；“昨日”動土= 11月10日，同日 udn 報道 9129907 可證）。存段無標題（title 為編者概括）。首行前的“date 2025-11-11”已刪（LINE_PREFIX）。正文四段，完整（末句“預計兩年內全部啟用。”）。繁體原文，未轉換；數字以中文數字書寫（“二．七億元”“廿五億元”“兩百七十六億元”“十九．六七公頃”），照錄，數值由人工讀出（新台幣，記 _twd；check_gold 不讀中文數字）。園區 city 記“屏東”（屏東縣），province 台灣；由屏東縣政府與台糖合作開發。以勒鋼鐵新廠“舉行新廠動土典禮”→开工，園區六塊厝產業園區，投資額放 investment_value（twd）。屏東科技產業園區、屏東科學園區只作鄰近園區，列為可選。台糖（地主、共同開發）與台積電（供應鏈背景）為可選公司。“預估可創造…以上的年產值”記 target 超。",
  "zl03", title_note="no headline stored; title made from the lead"),
 parks=[
  park(LK, "屏東", "台灣", "產業園區（縣府與台糖合作開發）", L0, note="文中又作“園區”"),
  park("屏東科技產業園區", "屏東", "台灣", "科技產業園區（鄰近）", L2, opt=True, note="只作鄰近園區"),
  park("屏東科學園區", "屏東", "台灣", "科學園區（鄰近）", L2, opt=True, note="只作鄰近園區"),
 ],
 companies=[
  comp("以勒鋼鐵公司", LK, L0, aliases=["以勒鋼鐵"], note="園區首家動土廠商；文中又作“以勒鋼鐵”"),
  comp("台糖", LK, L0, opt=True, note="提供土地、與縣府共同開發；出租五．九六公頃"),
  comp("台積電", None, "台積電供應鏈積極往屏東發展", opt=True, note="只作背景"),
 ],
 institutions=[
  inst("屏東縣政府", L0, note="共同開發；文中又作“縣府”“屏縣府”"),
 ],
 projects=[
  proj("以勒鋼鐵新廠", LK, L1, companies=["以勒鋼鐵公司"], inv="投資金額達二．七億元", currency="twd", value=2.7e8,
       status="开工", status_text="舉行新廠動土典禮", note="占地約〇．六公頃；工期約四百天，預計後年完工；金額以中文數字書寫（新台幣2.7億元）"),
 ],
 aggregate_facts=[
  fact(LK, "park", "expected_annual_output_twd", 2.76e10, "twd", L3, "預估", kind="target", qual="超", qtext="以上"),
  fact(LK, "park", "expected_jobs", 672, "count", L3, "預估", kind="target"),
  fact(LK, "park", "area_ha", 19.67, "ha", L4, "2025年11月"),
  fact(LK, "park", "development_cost_twd", 2.5e9, "twd", L4, "2025年11月", note="“廿五億元”"),
  fact(LK, "park", "industrial_land_ha", 12.39, "ha", L5, "2025年11月"),
  fact(LK, "park", "land_for_sale_ha", 6.43, "ha", L5, "2025年11月", opt=True),
  fact(LK, "park", "land_for_lease_ha", 5.96, "ha", L5, "2025年11月", opt=True),
  fact(LK, "park", "firms_signed", 7, "count", L6, "2025年11月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- zl04 河北省高新区（石家庄）孵化器 (中新社河北分社 2014)
HB = "河北省高新区"
B0 = "石家庄天山科技工业园运营服务中心、石家庄日中天科技企业孵化器有限公司2家孵化器被授予省级科技企业孵化器"
B1 = "高新区已有4家国家级孵化器、5家省级孵化器、5家区级孵化器,孵化场总面积近100万平方米,在孵企业660家、毕业企业130家"
B2 = "各孵化器共拥有35个科技公共服务平台,在孵企业从业人员达3.3万人"
G["zl04"] = dict(
 article=art("河北省高新区:全链条孵化器为区域经济提供科技支撑", "中国新闻社河北分社（本文来源），载于 shijiazhuang.baogaosu.com", "2014-10-27", "day",
  "News agency's provincial branch, short: a high-tech zone's incubator system after two incubators are upgraded — national / provincial / district incubator counts, incubation area, incubated and graduated firms, service platforms, employees",
  "https://shijiazhuang.baogaosu.com/xinwen/%E5%85%A8%E9%93%BE%E6%9D%A1%E5%AD%B5%E5%8C%96%E5%99%A8%E4%B8%BA%E5%8C%BA%E5%9F%9F%E7%BB%8F%E6%B5%8E%E6%8F%90%E4%BE%9B%E7%A7%91%E6%8A%80/25598761",
  "日期取页面“27.10.2014 13:11”（两处，已删）；“本文来源: 中国新闻社河北分社”（两处）与页尾“故 / 事”已删。正文一段，完整。高新区的专名文中未写：标题作“河北省高新区”，正文只作“高新区”，两家孵化器名带“石家庄”，站点为石家庄频道，应即石家庄高新技术产业开发区（判断）；园区名取文中原字“河北省高新区”（city 石家庄据孵化器名与站点）。“石家庄天山科技工业园”为孵化器所在园区，列为可选园区（parent 河北省高新区）。石家庄日中天科技企业孵化器有限公司列为公司（园区河北省高新区）；天山科技工业园运营服务中心为运营机构（可选机构）。孵化面积“近100万平方米”→约；“3.3万人”记 33000。",
  "zl04"),
 parks=[
  park(HB, "石家庄", "河北", "高新技术产业开发区", B1, note="标题作“河北省高新区”，正文作“高新区”；应即石家庄高新区（文中未写全称）"),
  park("石家庄天山科技工业园", "石家庄", "河北", "科技工业园（孵化器）", B0, parent=HB, opt=True,
       note="只作孵化器运营机构名的一部分出现"),
 ],
 companies=[
  comp("石家庄日中天科技企业孵化器有限公司", HB, B0, note="孵化器运营企业，新授省级科技企业孵化器"),
 ],
 institutions=[
  inst("石家庄天山科技工业园运营服务中心", B0, kind="other", park=HB, note="孵化器，新授省级科技企业孵化器"),
 ],
 aggregate_facts=[
  fact(HB, "park", "national_incubators", 4, "count", B1, "2014年10月", kind="cumulative"),
  fact(HB, "park", "provincial_incubators", 5, "count", B1, "2014年10月", kind="cumulative"),
  fact(HB, "park", "district_incubators", 5, "count", B1, "2014年10月", kind="cumulative"),
  fact(HB, "park", "incubation_area_m2", 1e6, "m2", B1, "2014年10月", kind="cumulative", qual="约", qtext="近"),
  fact(HB, "park", "incubated_firms", 660, "count", B1, "2014年10月", kind="cumulative"),
  fact(HB, "park", "graduated_firms", 130, "count", B1, "2014年10月", kind="cumulative"),
  fact(HB, "park", "service_platforms", 35, "count", B2, "2014年10月", kind="cumulative"),
  fact(HB, "park", "incubated_firm_employees", 33000, "count", B2, "2014年10月", kind="cumulative"),
  fact(HB, "park", "incubators_newly_provincial", 2, "count", B0, "2014年10月", opt=True),
 ])

# ---------------------------------------------------------------- zl05 滨海新区 孵化器 (中国网·滨海高新 2012)
BH = "滨海新区"
N0 = "19个新建孵化载体投入使用,新增孵化面积160万平方米"
N1 = "天津华苑软件园建设发展有限公司被科技部火炬中心认定为国家级科技企业孵化器,同时,又有3家科技企业孵化器通过市级资格认定"
N2 = "截至目前,新区已有科技企业孵化器38家,其中国家级孵化器6家,市级孵化器3家,共20家通过市级孵化器资格认定"
G["zl05"] = dict(
 article=art("（无标题）滨海新区19个新建孵化载体投入使用 新增孵化面积160万平方米", "中国网·滨海高新（中国网·滨海高新讯；记者 曹宝艳），news.022china.com",
  "2012-01-19", "day",
  "National news portal's local channel, short: a state-level new area's incubators — a firm recognised as a national incubator, newly recognised municipal incubators, incubator counts by level, new incubation carriers and area",
  "http://news.022china.com/2012/01-19/605786_0.html",
  "日期取网址 2012/01-19。存段无标题（title 为编者概括），正文两段，完整（末“(记者 曹宝艳)”保留）。首句即导语（“中国网·滨海高新讯 19个…”），第二段重述同一数字（“今年共有19个新建孵化载体投入使用,新增孵化面积160万平方米”）。“今年以来”“今年”指何年文中不明：刊于2012年1月19日，应指2011年（判断，as_of 记“今年（2011年？）”）。滨海新区为国家级新区（列为园区，同 real41 兰州新区），city/province 天津。天津华苑软件园建设发展有限公司列为公司（园区滨海新区）；“华苑软件园”只作公司名的一部分，列为可选园区。160万平方米记 m2 1600000。",
  "zl05", title_note="no headline stored; title made from the lead"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", "从滨海新区科委获悉", note="文中又作“新区”"),
  park("天津华苑软件园", "天津", "天津", "软件园", N1, parent=BH, opt=True, note="只作公司名“天津华苑软件园建设发展有限公司”的一部分"),
 ],
 companies=[
  comp("天津华苑软件园建设发展有限公司", BH, N1, note="被认定为国家级科技企业孵化器"),
 ],
 institutions=[
  inst("滨海新区科委", "从滨海新区科委获悉", park=BH),
  inst("科技部火炬中心", N1, note="认定机构"),
 ],
 aggregate_facts=[
  fact(BH, "park", "new_incubation_carriers", 19, "count", N0, "今年（2011年？）"),
  fact(BH, "park", "new_incubation_area_m2", 1.6e6, "m2", N0, "今年（2011年？）"),
  fact(BH, "park", "incubators", 38, "count", N2, "2012年1月", kind="cumulative"),
  fact(BH, "park", "national_incubators", 6, "count", N2, "2012年1月", kind="cumulative"),
  fact(BH, "park", "municipal_incubators", 3, "count", N2, "2012年1月", kind="cumulative", opt=True,
       note="“市级孵化器3家”与“又有3家…通过市级资格认定”同数"),
  fact(BH, "park", "municipally_recognised_incubators", 20, "count", N2, "2012年1月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- zl06 凤阳宁国现代产业园 首季集中开工 (滁州 本报 2013)
FN = "凤阳宁国现代产业园"
F0 = "凤阳县先后在凤阳宁国产业园、政务新区举行了简约而隆重的重点项目开工仪式,共有10个工业、15个城市建设重点项目,计划总投资42.83亿元"
F1 = "凤阳宁国现代产业园集中开工的项目有10个,计划总投资31.4亿元"
F2 = "其中工业项目7个,计划总投资18.8亿元"
F3 = "凤阳县2013年城市建设重点项目首季集中开工共有15个项目,计划总投资11.43亿元"


def fy_proj(n, ev, inv, opt=False, currency="cny", value=None, note=None, companies=()):
    return proj(n, FN, ev, companies=companies, inv=inv, status="开工", status_text="集中开工", opt=opt, currency=currency,
                value=value, note=(note + "；" if note else "") + "凤阳宁国现代产业园首季集中开工的10个项目之一")


G["zl06"] = dict(
 article=art("（无标题）凤阳宁国现代产业园等地举行重点项目开工仪式 25个项目计划总投资42.83亿元", "本报（本报讯；马顺龙 张树虎 陈友田），载于 yybnet.net 滁州·凤阳频道（报名页面未写）",
  "2013-04", "month",
  "Local paper's short item with the projects enumerated one by one: a county's first-quarter groundbreaking — a co-built industrial park's ten projects with the planned investment of each (one in US dollars, three utility projects bundled), industrial subtotal, city-construction projects and total",
  "https://www.yybnet.net/chuzhou/fengyang/201304/719382.html",
  "日期取网址 201304（“日前”“首季”“2013年”）。存段无标题（title 为编者概括）。正文三段，署名行“(马顺龙 张树虎 陈友田)”保留为末段；其后“新闻推荐”及推荐条目已删。报名页面未写（“本报讯”；yybnet 滁州频道），outlet 记“本报”。园区文中作“凤阳宁国现代产业园”，又作“凤阳宁国产业园”（别名）；district 凤阳县；city 未写（凤阳县属滁州，文中未写，null）；province 安徽（据频道）。项目以“分别是…的X项目”逐一列出，全部记开工（“集中开工的项目”）、园区凤阳宁国现代产业园；“计划总投资/投资”金额照录。台玻硅砂生产线项目为“2000万美元”（investment_value usd）。“天然气分布式能源站冷热电三联供、220千伏输变电、产业园综合服务中心等三个基础配套项目”合计5.9亿元，作一个项目（可选），不拆。项目名中的企业简称（浙江正华、台玻等）不另列公司。“工业项目7个”与逐项所列（7个工业 + 3个配套 = 10）一致。",
  "zl06", title_note="no headline stored; title made from the lead"),
 parks=[
  park(FN, None, "安徽", "产业园（南北共建园区）", F1, district="凤阳县", aliases=["凤阳宁国产业园"], note="文中又作“凤阳宁国产业园”"),
 ],
 projects=[
  fy_proj("浙江正华高档生活用纸生产项目", "计划总投资7.18亿元的浙江正华高档生活用纸生产项目", "计划总投资7.18亿元"),
  fy_proj("福建谷风古典家具物流园及生产基地项目", "投资8亿元的福建谷风古典家具物流园及生产基地项目", "投资8亿元"),
  fy_proj("温州泳兵LED绿色照明生产项目", "投资2亿元的温州泳兵LED绿色照明生产项目", "投资2亿元"),
  fy_proj("台玻硅砂生产线项目", "投资2000万美元的台玻硅砂生产线项目", "投资2000万美元", currency="usd", value=2e7, note="美元"),
  fy_proj("大妹子休闲食品加工项目", "投资1.5亿元的大妹子休闲食品加工项目", "投资1.5亿元"),
  fy_proj("好口福休闲食品加工项目", "投资1亿元的好口福休闲食品加工项目", "投资1亿元"),
  fy_proj("日都休闲食品加工项目", "投资1亿元的日都休闲食品加工项目", "投资1亿元"),
  fy_proj("天然气分布式能源站冷热电三联供、220千伏输变电、产业园综合服务中心等三个基础配套项目",
          "投资5.9亿元的天然气分布式能源站冷热电三联供、220千伏输变电、产业园综合服务中心等三个基础配套项目", "投资5.9亿元",
          opt=True, note="三个基础配套项目合计"),
 ],
 aggregate_facts=[
  fact("凤阳县（首季重点项目开工）", "region", "projects_started", 25, "count", F0, "2013年一季度", opt=True,
       note="10个工业、15个城市建设重点项目"),
  fact("凤阳县（首季重点项目开工）", "region", "projects_started_investment_cny", 4.283e9, "cny", "计划总投资42.83亿元",
       "2013年一季度"),
  fact(FN, "park", "projects_started", 10, "count", F1, "2013年一季度"),
  fact(FN, "park", "projects_started_investment_cny", 3.14e9, "cny", "计划总投资31.4亿元", "2013年一季度"),
  fact("凤阳宁国现代产业园（工业项目）", "park_group", "projects_started", 7, "count", F2, "2013年一季度"),
  fact("凤阳宁国现代产业园（工业项目）", "park_group", "projects_started_investment_cny", 1.88e9, "cny", "计划总投资18.8亿元",
       "2013年一季度"),
  fact("凤阳县（城市建设重点项目）", "region", "projects_started", 15, "count", F3, "2013年一季度"),
  fact("凤阳县（城市建设重点项目）", "region", "projects_started_investment_cny", 1.143e9, "cny", "计划总投资11.43亿元",
       "2013年一季度"),
 ])

# ---------------------------------------------------------------- zl07 凤阳县 2012 园区 (滁州 本报 2013)
FG = "凤阳工业园区"
FS = "凤阳硅工业园"
ZS = "浙商(凤阳)工业园"
SS = "苏商(凤阳)科技产业园"
E0 = ("初步形成了以凤阳工业园区、凤阳硅工业园、凤阳宁国现代产业园三大省级园区为中心,以滁州市报废汽车循环经济产业园、小岗农副产品深加工产业园、"
      "浙商(凤阳)工业园、苏商(凤阳)科技产业园、大庙石英砂加工集中区、武店建材加工集中区为支撑的“三加六”产业发展平台")
E1 = "凤阳宁国现代产业园按照“两轴、两带、北园、南城”总体发展思路,初步规划15平方公里"
E2 = "省信用担保集团公司、宁国市、凤阳县共同出资1.1亿元注册成立了凤阳凤宁投资有限公司,搭建融资平台"
E3 = "浙商(凤阳)工业园4平方公里路网框架全面拉开,入园企业已立项32家,开工建设28家,润辉新型建材等3家已投产"
E4 = "总投资32.3亿元,其中亿元以上项目12家,全部投产后可提供约8000个就业岗位"
E5 = "苏商(凤阳)科技产业园已签约项目6个,涉及精密电子、晶体材料、生物科技和创意产业等领域,签约总投资24.8亿元"
E6 = "2012年,该县园区基础设施建设共投入资金11.4亿元,开工建设园区道路29条、34.4公里"
E7 = "园区开发面积达29平方公里,入驻企业达206家"


def fy_park(n, kind, opt=False, city=None, parent=None, note=None):
    return park(n, city, "安徽", kind, E0, district="凤阳县", parent=parent, opt=opt, note=note)


G["zl07"] = dict(
 article=art("（无标题）凤阳县2012年园区建设：三大省级园区与“三加六”产业发展平台", "本报（本报讯；高 君），载于 yybnet.net 滁州·凤阳频道（报名页面未写）",
  "2013-01", "month",
  "Local paper's year-review item: a county's park platform — three provincial parks and six supporting parks named, a co-built park's planning area and financing company, an enclave-type investors' park's registered / started / producing firms and investment, another park's signed projects, county-wide park infrastructure, developed area, firms",
  "https://www.yybnet.net/chuzhou/fengyang/201301/720339.html",
  "日期取网址 201301（内容为2012年全年）。存段无标题（title 为编者概括）。正文四段，末段句末的署名“(高 君)”保留；其后“新闻推荐”及推荐条目（末条截断）已删。报名页面未写（“本报讯”），outlet 记“本报”。district 凤阳县；city 不填（只有“滁州市报废汽车循环经济产业园”名中有滁州，该园 city 记滁州）；province 安徽（据频道；文中只说“全省”）。三大省级园区与浙商、苏商两园必列；滁州市报废汽车循环经济产业园、小岗农副产品深加工产业园、大庙石英砂加工集中区、武店建材加工集中区只在名单中出现，列为可选。浙商(凤阳)工业园、苏商(凤阳)科技产业园位于临淮关镇园区（“坐落在该县临淮关镇园区的”），“临淮关镇园区”未作专名（不列）。括号为半角，照录。凤阳凤宁投资有限公司为凤阳宁国现代产业园的融资平台（公司，园区该园）；润辉新型建材“已投产”（公司，园区浙商(凤阳)工业园；同名项目可选，投产）。“约8000个就业岗位”为全部投产后的预期（target，约）。“全省四个县级南北共建园区”不记。",
  "zl07", title_note="no headline stored; title made from the lead"),
 parks=[
  fy_park(FG, "省级园区"), fy_park(FS, "省级园区"),
  park(FN, None, "安徽", "省级园区（南北共建园区）", E1, district="凤阳县", note="县级南北共建园区之一（宁国市、凤阳县）"),
  fy_park("滁州市报废汽车循环经济产业园", "产业园", opt=True, city="滁州"),
  fy_park("小岗农副产品深加工产业园", "产业园", opt=True),
  park(ZS, None, "安徽", "工业园", E3, district="凤阳县", note="在临淮关镇园区"),
  park(SS, None, "安徽", "科技产业园", E5, district="凤阳县", note="在临淮关镇园区"),
  fy_park("大庙石英砂加工集中区", "加工集中区", opt=True),
  fy_park("武店建材加工集中区", "加工集中区", opt=True),
 ],
 companies=[
  comp("凤阳凤宁投资有限公司", FN, E2, note="园区融资平台，由省信用担保集团公司、宁国市、凤阳县共同出资1.1亿元注册成立"),
  comp("润辉新型建材", ZS, E3, note="已投产的3家之一"),
  comp("省信用担保集团公司", None, E2, opt=True, note="出资方"),
 ],
 projects=[
  proj("润辉新型建材", ZS, E3, companies=["润辉新型建材"], status="投产", status_text="已投产", opt=True, note="以企业名称称之"),
 ],
 aggregate_facts=[
  fact(FN, "park", "planned_area_km2", 15, "km2", E1, "规划", kind="target"),
  fact("凤阳凤宁投资有限公司", "company", "registered_capital_cny", 1.1e8, "cny", "共同出资1.1亿元注册成立了凤阳凤宁投资有限公司",
       "2012年"),
  fact(ZS, "park", "road_network_area_km2", 4, "km2", E3, "2012年", opt=True),
  fact(ZS, "park", "firms_registered", 32, "count", E3, "2012年底", kind="cumulative"),
  fact(ZS, "park", "firms_started_construction", 28, "count", E3, "2012年底", kind="cumulative"),
  fact(ZS, "park", "firms_in_production", 3, "count", E3, "2012年底", kind="cumulative"),
  fact(ZS, "park", "total_investment_cny", 3.23e9, "cny", E4, "2012年底", kind="cumulative"),
  fact(ZS, "park", "projects_over_100m_cny", 12, "count", E4, "2012年底", kind="cumulative"),
  fact(ZS, "park", "expected_jobs", 8000, "count", E4, "全部投产后", kind="target", qual="约", qtext="约"),
  fact(SS, "park", "signed_projects", 6, "count", E5, "2012年底", kind="cumulative"),
  fact(SS, "park", "signed_investment_cny", 2.48e9, "cny", "签约总投资24.8亿元", "2012年底", kind="cumulative"),
  fact("凤阳县（园区）", "region", "park_infrastructure_investment_cny", 1.14e9, "cny", "共投入资金11.4亿元", "2012年"),
  fact("凤阳县（园区）", "region", "park_roads_started", 29, "count", E6, "2012年", opt=True),
  fact("凤阳县（园区）", "region", "park_roads_started_km", 34.4, "km", E6, "2012年", opt=True),
  fact("凤阳县（园区）", "region", "developed_area_km2", 29, "km2", E7, "2012年底", kind="cumulative"),
  fact("凤阳县（园区）", "region", "firms_settled", 206, "count", E7, "2012年底", kind="cumulative"),
 ])

# ---------------------------------------------------------------- zl08 乐陵 22 个重点项目 (齐鲁晚报 2012)
Q0 = "乐陵举行22个重点项目集中开工奠基仪式,总投资209.47亿元,涉及新兴产业项目10个"
Q1 = "22个重点项目包括五洲国际博览城、承兴30万锭高档纺纱、罗汉金枣生态科技园、欧瑞尔新能源蓄电池、80万吨甲醇深加工、宝隆港食品产业园等"
Q2 = "总投资209.47亿元的22个项目中,过10亿元项目6个,过5亿元项目4个,过亿元项目12个"
Q3 = "五洲国际集团计划总投资额50亿元的五洲国际博览城项目,是开工建设的第一个项目"
LL = "乐陵（22个重点项目）"


def ll_proj(n, opt=False, note=None):
    return proj(n, None, Q1, status="开工", status_text="集中开工奠基", opt=opt,
                note=(note + "；" if note else "") + "22个重点项目之一；文中未写园区与金额")


G["zl08"] = dict(
 article=art("（无标题）乐陵22个重点项目集中开工奠基 总投资209.47亿元", "齐鲁晚报（本报4月22日讯，记者 王金强 实习生 李榕），epaper.qlwb.com.cn", "2012-04-23", "day",
  "Provincial evening paper's e-paper item, 2012: a county-level city's groundbreaking of 22 key projects — total, emerging-industry count, six named projects (two of them parks by name), size bands, the lead project's investor and amount; no development zone named",
  "https://epaper.qlwb.com.cn/qlwb/content/20120423/ArticelN02003FM.htm",
  "日期取页面“2012年04月23日 来源:齐鲁晚报”（已删，连同“【PDF版】”与版面分隔符“|”“-”）；电头“本报4月22日讯”，开工在20日。正文一段，完整；图片说明“集中开工奠基仪式现场。 通讯员 贾鹏 摄”已删。句间的空格（“10个。 据了解”）照录。存段无标题（title 为编者概括）。文中没有开发区/园区：项目园区一律 null（判断：不推测乐陵的开发区）；“罗汉金枣生态科技园”“宝隆港食品产业园”名带“园”，另列为可选园区。六个具名项目记开工（“集中开工奠基”），只有五洲国际博览城有金额（“计划总投资额50亿元”），投资方五洲国际集团（公司，园区 null）。“过10亿元/过5亿元/过亿元”为区间计数（可选）。city 乐陵（县级市，属德州，文中未写德州）；province 山东（据报纸）。",
  "zl08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("罗汉金枣生态科技园", "乐陵", "山东", "生态科技园（项目）", Q1, opt=True, note="只作项目名"),
  park("宝隆港食品产业园", "乐陵", "山东", "食品产业园（项目）", Q1, opt=True, note="只作项目名"),
 ],
 companies=[
  comp("五洲国际集团", None, Q3, note="五洲国际博览城项目投资方；文中未写园区"),
 ],
 projects=[
  proj("五洲国际博览城项目", None, Q3, companies=["五洲国际集团"], inv="计划总投资额50亿元", status="开工", status_text="开工建设的第一个项目",
       aliases=["五洲国际博览城"], note="集中开工仪式的主会场；文中未写园区"),
  ll_proj("承兴30万锭高档纺纱"), ll_proj("罗汉金枣生态科技园"), ll_proj("欧瑞尔新能源蓄电池"),
  ll_proj("80万吨甲醇深加工"), ll_proj("宝隆港食品产业园"),
 ],
 aggregate_facts=[
  fact(LL, "region", "projects_started", 22, "count", Q0, "2012年4月20日"),
  fact(LL, "region", "projects_started_investment_cny", 2.0947e10, "cny", "总投资209.47亿元,涉及新兴产业项目10个",
       "2012年4月20日"),
  fact(LL, "region", "emerging_industry_projects", 10, "count", Q0, "2012年4月20日"),
  fact(LL, "region", "projects_over_1bn_cny", 6, "count", Q2, "2012年4月20日", opt=True),
  fact(LL, "region", "projects_500m_to_1bn_cny", 4, "count", Q2, "2012年4月20日", opt=True),
  fact(LL, "region", "projects_100m_to_500m_cny", 12, "count", Q2, "2012年4月20日", opt=True),
 ])

# ---------------------------------------------------------------- zl09 高雄軟體園區 2024年1-4月 (中央社 via 華視 2024, traditional)
GR = "高雄軟體園區"
R0 = "輝達(NVIDIA)將於高雄軟體園區設算力中心"
R1 = "高軟一期1至4月營業額高達新台幣32.5億元,營業額成長33.4%,創近8年新高"
R2 = "今年度「資訊軟體」及「數位內容」產業,至今已分別創下12.1億元、4.6億元的營業額,成長率為33%及35%"
R3 = "今年度至今創下11.2億元的營業額,為歷年同期新高,年增率更高達70%"
R4 = "園管局開發高軟二期基地,並自行興建首棟「亞灣智慧科技大樓」"
R5 = "該大樓將新增約1萬坪產業空間"
R6 = "亞灣智慧科技大樓將導入智慧科技應用,以提供5G AIoT優質營運空間,並預估可創造年產值約17億元"
K1S = "高雄軟體園區（高軟一期）"
G["zl09"] = dict(
 article=art("（無標題）輝達將於高雄軟體園區設算力中心 高軟一期1至4月營業額成長33.4%", "中央社（記者蔡孟妤，高雄25日電；編輯 李淑華），載於華視新聞網 news.cts.com.tw（新聞來源:中央社）",
  "2024-06-25", "day",
  "National news agency item on a broadcaster's site, traditional script: a software park's first phase — Jan–Apr revenue (NT$) and growth, revenue and growth of three industries, a chip firm's computing centre, the second phase's first building (space, expected output)",
  "https://news.cts.com.tw/cna/money/202406/202406252342015.html",
  "日期取電頭“中央社記者蔡孟妤高雄25日電”、網址 202406252342015 與文末“1130625”（民國113年6月25日）。存段無標題（title 為編者概括）。首行“中央社”、文末“新聞來源:中央社”“讀者迴響”已刪，末段句末的“(編輯:李淑華)1130625”已刪（LINE_SUFFIX）。正文七段，完整。繁體原文，未轉換。園區文中作“高雄軟體園區”“高軟”“高軟園區”，分“高軟一期”“高軟二期”（二期列為可選子園區）；city 高雄，province 台灣。與 zl02（2010年，同一園區的另一報道）不是同一故事。金額為新台幣（“新台幣32.5億元”），記 _twd。一期營業額等記於“高雄軟體園區（高軟一期）”。輝達“將於高雄軟體園區設算力中心”→公司（園區高雄軟體園區）與可選項目（planned）。亞灣智慧科技大樓：“自行興建”記在建（status_alt planned：同文又說“將於今年辦理公告預登記”），園區高雄軟體園區（在高軟二期基地）；年產值“約17億元”為預估（target）。",
  "zl09", title_note="no headline stored; title made from the lead"),
 parks=[
  park(GR, "高雄", "台灣", "軟體園區（經濟部產業園區管理局轄）", R0, aliases=["高軟", "高軟園區"], note="文中又作“高軟”“高軟園區”"),
  park("高軟二期", "高雄", "台灣", "軟體園區二期基地", R4, parent=GR, opt=True),
 ],
 companies=[
  comp("輝達", GR, R0, aliases=["NVIDIA"], note="將於高雄軟體園區設算力中心"),
 ],
 institutions=[
  inst("經濟部產業園區管理局", "經濟部產業園區管理局今天說", note="文中又作“園管局”"),
 ],
 projects=[
  proj("輝達算力中心", GR, R0, companies=["輝達"], status="planned", status_text="將於高雄軟體園區設算力中心", opt=True,
       note="名稱為編者概括"),
  proj("亞灣智慧科技大樓", GR, R4, status="在建", status_text="自行興建", status_alt="planned",
       note="高軟二期首棟；將於今年辦理公告預登記；約1萬坪產業空間"),
 ],
 aggregate_facts=[
  fact(K1S, "park", "revenue_twd", 3.25e9, "twd", R1, "2024年1-4月", kind="cumulative"),
  fact(K1S, "park", "revenue_yoy_growth", 0.334, "ratio", R1, "2024年1-4月", kind="ratio"),
  fact("高雄軟體園區（資訊軟體產業）", "park_group", "revenue_twd", 1.21e9, "twd", R2, "2024年1-4月", kind="cumulative"),
  fact("高雄軟體園區（數位內容產業）", "park_group", "revenue_twd", 4.6e8, "twd", R2, "2024年1-4月", kind="cumulative"),
  fact("高雄軟體園區（資訊軟體產業）", "park_group", "revenue_yoy_growth", 0.33, "ratio", R2, "2024年1-4月", kind="ratio"),
  fact("高雄軟體園區（數位內容產業）", "park_group", "revenue_yoy_growth", 0.35, "ratio", R2, "2024年1-4月", kind="ratio"),
  fact("高雄軟體園區（智慧應用產業）", "park_group", "revenue_twd", 1.12e9, "twd", R3, "2024年1-4月", kind="cumulative"),
  fact("高雄軟體園區（智慧應用產業）", "park_group", "revenue_yoy_growth", 0.70, "ratio", R3, "2024年1-4月", kind="ratio"),
  fact("亞灣智慧科技大樓", "project", "new_industrial_space_ping", 10000, "ping", R5, "規劃", kind="target", opt=True,
       qual="约", qtext="約"),
  fact("亞灣智慧科技大樓", "project", "expected_annual_output_twd", 1.7e9, "twd", R6, "預估", kind="target", qual="约", qtext="約"),
 ])

# ---------------------------------------------------------------- zl10 鄂尔多斯 高端化项目 分行业 (市政府网站 2022)
OR = "鄂尔多斯市（高端化项目）"
O0 = "2022年,全市实施高端化项目76项(新建48项,续建28项),总投资1782.3亿元,年内计划完成投资257.2亿元"
O1 = "1-6月份,开复工项目64项(新建38项,续建26项),开复工率83%"
IND = [
 ("新型化工", "新型化工项目32个,总投资898.2亿元,年内计划完成投资86亿元,开复工项目25个,开复工率78%", 32, 8.982e10, 8.6e9, 25, 0.78),
 ("现代装备制造", "现代装备制造项目25个,总投资499.6亿元,年内计划完成投资89.8亿元,开复工项目23个,开复工率92%", 25, 4.996e10, 8.98e9, 23, 0.92),
 ("新材料", "新材料项目12个,总投资338亿元,年内计划完成投资71.3亿元,开复工项目9个,开复工率75%", 12, 3.38e10, 7.13e9, 9, 0.75),
 ("农畜产品加工", "农畜产品加工项目5个,总投资35.6亿元,年内计划完成投资6.7亿元,开复工项目5个,开复工率100%", 5, 3.56e9, 6.7e8, 5, 1.0),
 ("生物医药", "生物医药项目2个,总投资10.8亿元,年内计划完成投资3.3亿元,开复工项目2个,开复工率100%", 2, 1.08e9, 3.3e8, 2, 1.0),
]


def ind_facts():
    out = []
    for n, ev, cnt, tot, plan, st, rate in IND:
        s = "鄂尔多斯市（高端化项目，%s）" % n
        out += [
            fact(s, "region", "projects", cnt, "count", ev, "2022年"),
            fact(s, "region", "total_investment_cny", tot, "cny", ev, "2022年"),
            fact(s, "region", "planned_annual_investment_cny", plan, "cny", ev[ev.index("年内计划"):], "2022年（计划）", kind="target"),
            fact(s, "region", "projects_started_or_resumed", st, "count", ev, "2022年1-6月", kind="cumulative"),
            fact(s, "region", "start_rate", rate, "ratio", ev, "2022年1-6月", kind="ratio"),
        ]
    return out


G["zl10"] = dict(
 article=art("（无标题）2022年鄂尔多斯市实施高端化项目76项 上半年开复工64项", "鄂尔多斯市人民政府网站 ordos.gov.cn（部门动态栏目；发文部门页面未见）",
  "2022-07-21", "day",
  "City government website's department item, table-like: the city's 76 high-end industrial projects — new vs. continuing, total and annual planned investment, January–June starts and start rate, then one line per industry with count, investment, planned investment, starts and rate; no park named",
  "http://www.ordos.gov.cn/xw_127672/bmdt/202207/t20220721_3246149.html",
  "日期取网址 t20220721。存段无标题（title 为编者概括）；正文七行，完整（末句“开复工率100%。”）；“分行业看:”为原文小标题，保留为一段。每个行业一行（以分号结尾），照录。文中只说“全市”，市名据站点（ordos.gov.cn，鄂尔多斯市），主语记“鄂尔多斯市（高端化项目）”（region）。文中没有园区、没有具名项目（各行业为项目类别），只记事实：计数、总投资、年内计划投资（target）、1-6月开复工数（cumulative）与开复工率（ratio；100% → 1.0）。农畜产品加工与生物医药两行数字有重复（5/5、2/2、100%），按主语分别记。本条为“列表/表格式”一项：政府网站逐行列出类别数字，不是新闻报道（判断）。",
  "zl10", title_note="no headline stored; title made from the lead"),
 aggregate_facts=[
  fact(OR, "region", "projects", 76, "count", O0, "2022年"),
  fact(OR, "region", "new_projects", 48, "count", O0, "2022年"),
  fact(OR, "region", "continuing_projects", 28, "count", O0, "2022年"),
  fact(OR, "region", "total_investment_cny", 1.7823e11, "cny", "总投资1782.3亿元", "2022年"),
  fact(OR, "region", "planned_annual_investment_cny", 2.572e10, "cny", "年内计划完成投资257.2亿元", "2022年（计划）", kind="target"),
  fact(OR, "region", "projects_started_or_resumed", 64, "count", O1, "2022年1-6月", kind="cumulative"),
  fact(OR, "region", "new_projects_started", 38, "count", O1, "2022年1-6月", kind="cumulative", opt=True),
  fact(OR, "region", "continuing_projects_resumed", 26, "count", O1, "2022年1-6月", kind="cumulative", opt=True),
  fact(OR, "region", "start_rate", 0.83, "ratio", O1, "2022年1-6月", kind="ratio"),
 ] + ind_facts())
