# real434 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all four items traditional script as published; nothing converted);
# names as written; 逾/超過/超 → 超, 余/多 → 余, 約/近 → 約 (qualifier_text keeps the word). Money: yuan only in
# investment_cny / *_cny facts; US dollars and Hong Kong dollars kept as *_usd / investment_value + investment_currency.
# Shares as ratios. A province, city or region is not a park. Sources: `search` (corpus pages) excerpts in _raw/pages/.

# ---------------------------------------------------------------- lq01 江西 在港招商活動周 (中評社 citing 大公報, 2010)
JX = "江西"
A0 = "本屆活動周將以鄱陽湖生態經濟區為主線,以綠色生態和新興產業為重點,共推出598個招商項目,投資總額5337.75億元"
A1 = "至去年底,香港地區來贛投資設立外商投資企業共4289家,佔全省總數的59.07%,合同外資金額185.75億美元,佔總數的59.42%"
A2 = "今年前四個月,港資在贛設立外商投資企業共163家,佔全省總數的66.8%,合同外資金額10.37億美元,佔總數的70.05%"
G["lq01"] = dict(
 article=art("（存段無標題）江西省長率團在港舉辦招商引資活動周 推出598個項目投資總額5337.75億元", "中國評論通訊社（中評社香港電，文中引“香港大公報報道”），載於 49.213.0.198（crntt 鏡像，doc 101332686）", "2010-05-24", "day",
  "Hong Kong news agency relaying Ta Kung Pao, traditional script: a mainland province's investment-promotion week in Hong Kong — projects offered and their total, the regional economic zone it is built around, Hong Kong-invested firms and contracted capital in the province (cumulative and year-to-date)",
  "http://49.213.0.198/doc/7_0_101332686_1.html",
  "存段無標題、無年份（title 為編者概括）。日期：電頭“中評社香港5月24日電”；年份推定為2010（“江西連續第九年在港舉辦”、省長吳新雄、以鄱陽湖生態經濟區為主線；存段本身未印年份）。末尾表格線“ |”已刪（make_txt.py LINE_SUFFIX），正文四段完整。繁體如原。區域：鄱陽湖生態經濟區為區域經濟規劃區，非產業園區，列為可選園區。無具名企業、無具名項目。事實：598個招商項目、投資總額5337.75億元（江西全省，活動周推出）；11個設區市另推1137個項目；港資企業至去年底4289家、佔59.07%、合同外資185.75億美元、佔59.42%（cumulative，as_of 2009年底）；今年前四個月163家、66.8%、10.37億美元、70.05%。",
  "lq01"),
 parks=[
  park("鄱陽湖生態經濟區", None, "江西", "區域經濟區", A0, opt=True, note="區域規劃經濟區，非園區；活動周以其為主線"),
 ],
 institutions=[
  inst("江西省商務廳", "江西省商務廳副廳長陶莉萍介紹,活動周將重點推介生態低碳新興產業以及鄱陽湖生態經濟建設規劃和投資機遇"),
 ],
 aggregate_facts=[
  fact(JX, "province", "projects_offered", 598, "count", A0, "2010年5月（招商活動周）"),
  fact(JX, "province", "projects_offered_investment_cny", 5.33775e11, "cny", A0, "2010年5月（招商活動周）", chk=True, note="598個招商項目投資總額"),
  fact("江西11個設區市", "region", "projects_offered", 1137, "count", "另外,江西11個設區市還將圍繞本地產業及資源特色推出1137個項目", "2010年5月（招商活動周）", opt=True),
  fact(JX, "province", "hk_invested_firms", 4289, "count", A1, "2009年底", kind="cumulative"),
  fact(JX, "province", "hk_invested_firms_share", 0.5907, "ratio", A1, "2009年底", kind="ratio", opt=True),
  fact(JX, "province", "hk_contracted_capital_usd", 1.8575e10, "usd", A1, "2009年底", kind="cumulative"),
  fact(JX, "province", "hk_contracted_capital_share", 0.5942, "ratio", A1, "2009年底", kind="ratio", opt=True),
  fact(JX, "province", "hk_invested_firms_new", 163, "count", A2, "2010年1–4月", kind="cumulative"),
  fact(JX, "province", "hk_invested_firms_new_share", 0.668, "ratio", A2, "2010年1–4月", kind="ratio", opt=True),
  fact(JX, "province", "hk_contracted_capital_new_usd", 1.037e9, "usd", A2, "2010年1–4月", kind="cumulative"),
  fact(JX, "province", "hk_contracted_capital_new_share", 0.7005, "ratio", A2, "2010年1–4月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lq02 福建寧德在港引資邁百億 (香港文匯報 2011)
ND = "寧德市"
B0 = "該市是次來港推介50個項目,其中昨日簽約18個項目,涉資8.7億美元(約57.1億元人民幣)"
B1 = "此次寧德來港招商項目50個,涉及投資額逾500億元人民幣"
B2 = "當中21個項目於昨日及明日相繼簽訂,總投資額達17.6億美元(約57.1億元人民幣)"
B3 = "項目包括中海油海西寧德工業區開發公司及香港長河世紀公司合資的500萬方石油商業儲備物流項目等"
B4 = "該市簽約的21個項目,涉及生態、環保、新能源、及現代物流的項目達12項,佔簽約項目的57%"
B5 = "上述21個簽約項目中,10個經已完成土地徵用、環境評價、規劃審批等前期工作,佔簽約項目總數48%"
AS2 = "2011年3月（在港招商活動）"
G["lq02"] = dict(
 article=art("福建寧德在港引資邁百億", "香港文匯報（記者趙建強、林蓉、蘇榕蓉），paper.wenweipo.com 內地版", "2011-03-28", "day",
  "Hong Kong daily's mainland page, traditional script: a Fujian city's investment-promotion event in Hong Kong — projects promoted and their total, projects signed with US-dollar sums, one named signed project by a zone developer and a Hong Kong firm, share of green/new-energy projects and of projects with land and approvals done",
  "http://paper.wenweipo.com/2011/03/28/CH1103280043.htm",
  "日期取頁面“2011年3月28日 星期一”及“[2011-03-28]”。標題照錄；網站導航、日期行、“放大圖片”與圖片說明已刪；小標題“科技創新項目佔主流”保留為一段。存段末段“陳榮凱表示,…海外、港、澳、台人”在句中中斷，整段未收（make_txt.py ITEMS）。繁體如原。園區：“海西寧德工業區”只出現在公司名“中海油海西寧德工業區開發公司”中，列為可選園區。項目：500萬方石油商業儲備物流項目（中海油海西寧德工業區開發公司與香港長河世紀公司合資；屬已簽約的21個項目之一 → 簽約；無金額；文中未說落在哪個園區，park 留空）。事實：推介50個項目、投資額逾500億元人民幣；昨日簽約18個、8.7億美元（約57.1億元人民幣）；明日再簽3個、8.9億美元；21個項目共17.6億美元——原文括注“(約57.1億元人民幣)”與17.6億美元不符（疑為原文誤植），照錄，不另列人民幣值；12項、57%；10個、48%。",
  "lq02"),
 parks=[
  park("海西寧德工業區", "寧德", "福建", "工業區", B3, opt=True, note="只在公司名“中海油海西寧德工業區開發公司”中"),
 ],
 companies=[
  comp("中海油海西寧德工業區開發公司", None, B3, note="與香港長河世紀公司合資石油商業儲備物流項目；文中未說所在園區"),
  comp("香港長河世紀公司", None, B3, note="港方合資方"),
 ],
 institutions=[
  inst("香港福建社團聯會", "由寧德市委書記陳榮凱、香港福建社團聯會主席林樹哲等主持儀式", kind="association"),
 ],
 projects=[
  proj("500萬方石油商業儲備物流項目", None, B3, companies=["中海油海西寧德工業區開發公司", "香港長河世紀公司"], status="签约", status_text="簽約",
       note="簽約的21個項目之一；無金額；文中未置於園區"),
 ],
 aggregate_facts=[
  fact(ND, "city", "projects_promoted", 50, "count", B1, AS2),
  fact(ND, "city", "projects_promoted_investment_cny", 5e10, "cny", B1, AS2, qual="超", qtext="逾", chk=True),
  fact(ND, "city", "projects_signed", 18, "count", B0, "2011-03-27"),
  fact(ND, "city", "signed_investment_usd", 8.7e8, "usd", B0, "2011-03-27"),
  fact(ND, "city", "signed_investment_cny", 5.71e9, "cny", B0, "2011-03-27", qual="约", qtext="約", note="括注折合人民幣"),
  fact(ND, "city", "projects_signed_next_day", 3, "count", "另外,該市明日將再簽3個合約,總投資額8.9億美元", "2011-03-29（預計）", kind="target", opt=True),
  fact(ND, "city", "signed_investment_next_day_usd", 8.9e8, "usd", "另外,該市明日將再簽3個合約,總投資額8.9億美元", "2011-03-29（預計）", kind="target", opt=True),
  fact(ND, "city", "projects_signed", 21, "count", B2, AS2, note="昨日及明日合計"),
  fact(ND, "city", "signed_investment_usd", 1.76e9, "usd", B2, AS2, note="括注“約57.1億元人民幣”與此不符，不列人民幣值"),
  fact(ND, "city", "green_newenergy_projects_signed", 12, "count", B4, AS2, opt=True),
  fact(ND, "city", "green_newenergy_projects_share", 0.57, "ratio", B4, AS2, kind="ratio", opt=True),
  fact(ND, "city", "signed_projects_preparatory_done", 10, "count", B5, AS2, opt=True),
  fact(ND, "city", "signed_projects_preparatory_done_share", 0.48, "ratio", B5, AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lq03 吉林 在深圳與港籍政協委員座談 (香港文匯報 2016)
C0 = "國家發改委將推出投資1.6萬億元的3年滾動計劃,在基礎設施等領域開展130多個重大工程項目"
G["lq03"] = dict(
 article=art("（存段無標題）吉林省政協主席黃燕明赴深圳與吉林港籍政協委員座談 招港商投資", "香港文匯報（記者李昌鴻 深圳報道），paper.wenweipo.com", "2016-05-14", "day",
  "Hong Kong daily's mainland page, traditional script: a northeastern province courts Hong Kong investors at a Shenzhen meeting — the national three-year rolling investment plan for the Northeast (total, number of projects), two named Hong Kong firms' intentions; no park named",
  "http://paper.wenweipo.com/2016/05/14/CH1605140021.htm",
  "日期取網址 2016/05/14。存段無標題（title 為編者概括）；“放大圖片”、圖片說明與末尾“|”已刪。正文四段完整。繁體如原。無園區、無具名項目。公司：香港愛高電業（在東莞設廠；擬赴吉林考察碳纖維）、香港博大東方集團（現代農業、可降解農用地膜）——均未置於園區。事實：國家發改委振興東北3年滾動計劃投資1.6萬億元（計劃數，target）、130多個重大工程項目（余）。",
  "lq03"),
 companies=[
  comp("香港愛高電業", None, "在東莞設廠的香港愛高電業總經理葉永成表示,獲悉吉林擁有碳纖維資源後,他擬赴吉林考察,以開發該領域市場", note="在東莞設廠；擬赴吉林考察"),
  comp("香港博大東方集團", None, "香港博大東方集團主席王金獅告訴記者,他將大力發展現代農業和可降解農用地膜"),
 ],
 institutions=[
  inst("國家發改委", C0),
  inst("吉林省政協", "昨日,吉林省政協主席黃燕明帶隊赴深圳,與12位吉林港籍政協委員舉行座談會"),
 ],
 aggregate_facts=[
  fact("東北老工業基地（振興東北3年滾動計劃）", "region", "planned_investment_cny", 1.6e12, "cny", C0, "3年滾動計劃（2016年起）", kind="target"),
  fact("東北老工業基地（振興東北3年滾動計劃）", "region", "major_projects_planned", 130, "count", C0, "3年滾動計劃（2016年起）", kind="target", qual="余", qtext="多"),
 ])

# ---------------------------------------------------------------- lq04 河套港深創科園香港園區開園 (am730 2025)
HT = "港深創新及科技園合作區香港園區"
D0 = "政府在2021年向港深創新及科技園公司注資約181億元，用作支持港深創科園的第一期發展，興建園內首8座大樓及園內公司的早期營運"
D1 = "行政長官李家超公布，已落成的兩座濕實驗室大樓已有逾60間來自海外、內地及本地企業進駐，出租率近80%"
D2 = "兩座濕實驗室大樓更有超過60間來自海外、內地及香港的企業和機構簽署租約，當中約六成為內地公司，兩成半為海外公司"
D3 = "同時，香港園區的第二期規劃亦已經完成，將側重醫學研究，並引入私人資金興建"
D4 = "李家超透露，兩期發展提供的總樓面面積將達200萬平方米，比原本所規劃的規模大增七成，亦為企業提供更多發展空間"
D5 = "另外，全長280米、連接港深園區的西面跨河連接橋項目亦於昨日啓動，將連接香港河套園區號2號和3號大樓及深圳新皇崗口岸"
G["lq04"] = dict(
 article=art("（存段無標題）河套港深創科香港園區開園 逾60間企業進駐 李家超：打造完整創科產業鏈", "am730（香港免費報，am730.com.hk 本地版）", "2025-12-22", "day",
  "Hong Kong free daily, traditional script: opening of the Hong Kong part of the Hong Kong–Shenzhen innovation and technology zone at the Lok Ma Chau Loop — government injection for phase 1, firms that entered, occupancy and origin shares, remaining buildings and phase 2 plan, total floor area, a cross-river bridge to Shenzhen started. Near the brief's angle only: the park is on the Hong Kong side of a cross-boundary zone",
  "https://www.am730.com.hk/%E6%9C%AC%E5%9C%B0/%E6%B2%B3%E5%A5%97%E6%B8%AF%E6%B7%B1%E5%89%B5%E7%A7%91%E9%A6%99%E6%B8%AF%E5%9C%92%E5%8D%80%E9%96%8B%E5%9C%92-%E9%80%BE60%E9%96%93%E4%BC%81%E6%A5%AD%E9%80%B2%E9%A7%90-%E6%9D%8E%E5%AE%B6%E8%B6%85-%E6%89%93%E9%80%A0%E5%AE%8C%E6%95%B4%E5%89%B5%E7%A7%91%E7%94%A2%E6%A5%AD%E9%8F%88/630347",
  "日期取搜索工具標記“date 2025-12-22”（已刪，make_txt.py LINE_PREFIX）。存段無標題，title 取自網址路徑（解碼）。存段在“李家超指，這項工程將打通河套合作區的交通網絡，促”處中斷，該殘句已刪（LINE_SUFFIX），正文三段。繁體如原。首段內“出租率近80%。 位於”之間的空格照錄（原為兩段連在一行）。園區：港深創新及科技園合作區香港園區（文中又作“香港園區”“香港河套園區”“港深創科園”；香港落馬洲河套地區）——位於香港一側，非內地園區。金額“注資約181億元”為特區政府撥款，文中未註幣種，按語境為港元：不作人民幣（investment_cny 留空，investment_currency hkd）。項目：港深創科園第一期發展（首8座大樓；首3座已落成開園，其餘五座2027年陸續完工 → 在建）、香港園區第二期（規劃完成 → planned）、西面跨河連接橋項目（昨日啓動 → 開工）。",
  "lq04"),
 parks=[
  park(HT, "香港", "香港", "創科園區", "位於落馬洲河套地區的港深創新及科技園合作區香港園區今日舉行開園儀式",
       district="落馬洲河套地區", aliases=["香港園區", "香港河套園區", "港深創科園"], note="香港一側；與深圳園區合稱“一區兩園”"),
 ],
 companies=[
  comp("港深創新及科技園公司", HT, D0, kind="park_operator", note="獲政府注資的園區公司"),
 ],
 institutions=[
  inst("政府", D0, note="香港特區政府；通稱", opt=True),
 ],
 projects=[
  proj("港深創科園第一期發展（首8座大樓）", HT, D0, companies=["港深創新及科技園公司"], inv="注資約181億元", qual="约", qual_text="約",
       phase="第一期", status="在建", status_text="首3座大樓近日落成並於今日開園；其餘五座大樓將於2027年陸續完工",
       currency="hkd", value=1.81e10, note="金額為政府向園區公司注資，幣種按語境為港元（文中只作“億元”）"),
  proj("香港園區第二期", HT, D3, phase="第二期", status="planned", status_text="規劃亦已經完成", note="引入私人資金興建，側重醫學研究"),
  proj("西面跨河連接橋項目", HT, D5, status="开工", status_text="亦於昨日啓動", note="全長280米，連接港深兩地園區"),
 ],
 aggregate_facts=[
  fact(HT, "park", "firms_entered", 60, "count", D1, "2025-12-22", qual="超", qtext="逾"),
  fact(HT, "park", "occupancy_rate", 0.80, "ratio", D1, "2025-12-22", kind="ratio", qual="约", qtext="近"),
  fact(HT, "park", "tenants_mainland_share", 0.60, "ratio", D2, "2025-12-22", kind="ratio", qual="约", qtext="約", opt=True),
  fact(HT, "park", "tenants_overseas_share", 0.25, "ratio", D2, "2025-12-22", kind="ratio", opt=True),
  fact(HT, "park", "leased_floor_area_share", 0.80, "ratio", "目前已租出約八成樓面面積", "2025-12-22", kind="ratio", qual="约", qtext="約", opt=True),
  fact(HT, "park", "buildings_completed", 3, "count", "香港園區首3座大樓近日落成並於今日開園", "2025-12-22"),
  fact(HT, "park", "planned_total_floor_area_sqm", 2e6, "sqm", D4, "兩期發展完成後（規劃）", kind="target"),
  fact(HT, "park", "planned_scale_increase", 0.70, "ratio", D4, "兩期發展完成後（規劃）", kind="ratio", opt=True),
 ])
