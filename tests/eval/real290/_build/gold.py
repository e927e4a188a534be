# real290 ground truth, read by build_all.py (copied unchanged from real52; helpers park/comp/inst/proj/fund/fact/art/amt).
# Conventions as real52: evidence verbatim (all six items traditional script as published; nothing converted); names as
# written; 逾/超過/以上 → 超, 多/餘 → 余, 約/近 → 约 (qualifier_text keeps the word). Money: yuan only in investment_cny / *_cny
# facts; New Taiwan dollar amounts (Taiwan items: “億元” = 新台幣) go to investment_value + investment_currency "twd" with
# investment_cny null, and to *_twd facts; US dollars to *_usd facts. Status from the text's words; “預計完工 / 動工” in a
# future window → planned. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qcNN.raw as returned.

# ---------------------------------------------------------------- qc01 台中園區廠商擴大投資 (housefun, 2015)
TZ = "加工出口區台中園區"
DP = "嘉義大埔美工業園區"
A0 = "不畏景氣衝擊,包括台灣佳能、佳凌科技、菱生精密,及友桂電子等4家公司,分別辦理投(增)資案,並將在嘉義大埔美工業園區或加工出口區台中園區,進行擴廠或增加設備"
A1 = "其中,台灣佳能的投資額達4.71億元,且從101至104年的4年內,估投資40億元,在嘉義大埔美擴廠"
A2 = "另菱生則以自有資金,共投資1.45億元,新購機器設備,藉以汰舊換新設備,進而增加封裝測試產能,或自動化程度"
A3 = "台中園區累計至今年8月底的廠商核准投(增)資案,共計4件,總金額達8.58億元"
A4 = "據台中分處統計,台中園區今年上半年廠商營業額只達270.3億元,不如去年同期的322.96億元"
A5 = "因位於台中園區、生產中小尺吋面板大廠勝華科技,去年第4季爆發財務危機,目前正在重整中"
A6 = "另區內的銳勝、京三、光聯科技、佳能半導體,及晶極等多家公司,今年上半年營運,均比去年同期大幅成長"
G["qc01"] = dict(
 article=art("台中園區廠商擴大投資", "好房網 news.housefun.com.tw（記者劉朱松/台中報導；原發報紙未注明）", "2015-09", "month",
  "Taiwan property-news site carrying a reporter's item, traditional script: an export-processing-zone park's firms' investment cases with amounts, one firm's expansion in another industrial park, the park's approved investment and half-year turnover",
  "https://news.housefun.com.tw/news/article/107275106910.html",
  "存段無日期行：文中“去年第4季”勝華科技爆發財務危機（2014年第4季）、“累計至今年8月底”“今年上半年”，推定為2015年9月（month，推定）。標題照錄；“人氣 1193”與標籤行（#商圈 #台灣佳能 …）已刪；署名行“記者劉朱松/台中報導”保留為首段。存段末句“其中,半導體檢測廠商,該分處將找”中斷，已刪（make_txt.py LINE_SUFFIX），正文截至“…及醫療器材廠商。”。金額均為新台幣（台灣報導），記 twd，不入 investment_cny。園區：加工出口區台中園區（文中又作“台中園區”；台中市潭子）；嘉義大埔美工業園區（文中又作“嘉義大埔美”）。公司：台灣佳能、佳凌科技、菱生精密（又作“菱生”）、友桂電子——四家投（增）資案計入台中園區核准案；勝華科技位於台中園區（重整中）；銳勝等五家“區內”公司列可選。項目：台灣佳能投資額4.71億元（台中園區，項目名即企業名）；台灣佳能在嘉義大埔美擴廠（估投資40億元，101至104年，planned）；菱生投資1.45億元購機器設備。佳凌科技、友桂電子的投資未給金額，不另列項目。事實：台中園區至8月底核准投（增）資案4件、8.58億元（cumulative）；8月新案2件；上半年營業額270.3億元、去年同期322.96億元。",
  "qc01"),
 parks=[
  park(TZ, "台中", "台灣", "加工出口區", A0, aliases=["台中園區"], note="文中多作“台中園區”；台中分處管理"),
  park(DP, "嘉義", "台灣", "工業園區", A0, aliases=["嘉義大埔美"], note="台灣佳能擴廠地"),
 ],
 companies=[
  comp("台灣佳能", TZ, A0, note="台中園區龍頭廠商、日商單眼數位相機大廠；另在嘉義大埔美擴廠"),
  comp("佳凌科技", TZ, A0, note="投（增）資案計入台中園區核准案"),
  comp("菱生精密", TZ, A0, aliases=["菱生"], note="同上"),
  comp("友桂電子", TZ, A0, note="同上"),
  comp("勝華科技", TZ, A5, note="位於台中園區，重整中"),
  comp("銳勝", TZ, A6, opt=True), comp("京三", TZ, A6, opt=True), comp("光聯科技", TZ, A6, opt=True),
  comp("佳能半導體", TZ, A6, opt=True), comp("晶極", TZ, A6, opt=True),
 ],
 institutions=[inst("台中分處", A4, note="加工出口區管理處台中分處")],
 projects=[
  proj("台灣佳能", TZ, A1, companies=["台灣佳能"], inv="投資額達4.71億元", currency="twd", value=4.71e8, note="投（增）資案；新台幣；項目名即企業名"),
  proj("台灣佳能嘉義大埔美擴廠", DP, A1, companies=["台灣佳能"], inv="估投資40億元", currency="twd", value=4.0e9, status="planned",
       status_text="從101至104年的4年內,估投資40億元", note="名稱為編者概括（文作“在嘉義大埔美擴廠”）；新台幣；估計數"),
  proj("菱生", TZ, A2, companies=["菱生精密"], inv="共投資1.45億元", currency="twd", value=1.45e8, note="新購機器設備；新台幣；項目名即企業名"),
 ],
 aggregate_facts=[
  fact(TZ, "park", "approved_investment_cases", 4, "count", A3, "2015年1月至8月底", kind="cumulative"),
  fact(TZ, "park", "approved_investment_twd", 8.58e8, "twd", A3, "2015年1月至8月底", kind="cumulative"),
  fact(TZ, "park", "new_investment_cases", 2, "count", "光是8月新投(增)資案,共有2案", "2015年8月", opt=True),
  fact(TZ, "park", "revenue_twd", 2.703e10, "twd", A4, "2015年上半年"),
  fact(TZ, "park", "revenue_twd", 3.2296e10, "twd", A4, "2014年上半年", opt=True),
 ])

# ---------------------------------------------------------------- qc02 5億元以上投資700件 (外勞社 via hungtaihr, 2017)
B0 = "經濟部統計,105年至106年6月底止,新台幣5億元以上投資案件共計700件,投資金額為新台幣2兆4,891億元,已完工案件計有376件,完工率為53.71%"
B1 = "包括有全球記憶體廠商美商美光在中科后里園區的封裝測試、日本第一大農業肥料製造廠日商台灣傑康農業科技、日商富士紡來台設置半導體研磨墊工廠,以及衛浴金屬零組件大廠橋椿金屬於中科建置智慧生產工廠等"
B2 = "則包括台灣最大電動車動力馬達製造廠富田電機竹科新廠一期完工、光電、半導體精密設備零組件處理商漢泰國際電子遷廠、汽機車零組件製造商煜林企業台南永康廠動工等"
G["qc02"] = dict(
 article=art("今年上半年止5億元以上投資共700件 電子業金額超過五成 金屬機電案件最多", "外籍勞工通訊社（外勞社，記者楊孝慈），載於 hungtaihr.com", "2017-08-11", "day",
  "Taiwan trade news agency relayed by a recruitment firm's site, traditional script: national count of large investment cases, with named firms' projects in science parks (中科后里園區, 中科, 竹科) served by the investment center and due to finish or start",
  "https://hungtaihr.com/news.php?action=Detail&nno=758",
  "日期取電頭“八月十一日臺北報導”與文中105年至106年6月底（2017年）。標題照錄；文末“資料來源~外籍勞工通訊社”已刪。正文五段，完整。金額為新台幣（twd）。園區：中科后里園區、中科（中部科學工業園區，文中只作“中科”）、竹科（文中只作“竹科”，見“竹科新廠”）。項目：美光在中科后里園區的封裝測試、橋椿金屬於中科建置智慧生產工廠、富士紡半導體研磨墊工廠（無園區）——招商中心服務案件，無狀態；富田電機竹科新廠一期（106年底前預計完工 → planned）、漢泰國際電子遷廠、煜林企業台南永康廠（預計動工 → planned；無園區）。全國性統計列為可選事實（subject 台灣）。台灣傑康農業科技無項目，列可選公司。",
  "qc02"),
 parks=[
  park("中科后里園區", "台中", "台灣", "科學園區", B1, parent="中科"),
  park("中科", "台中", "台灣", "科學園區", B1, note="中部科學工業園區（文中只作“中科”）"),
  park("竹科", "新竹", "台灣", "科學園區", B2, note="新竹科學園區（文中只作“竹科”）"),
 ],
 companies=[
  comp("美光", "中科后里園區", B1, aliases=["美商美光"], note="全球記憶體廠商"),
  comp("橋椿金屬", "中科", B1),
  comp("富田電機", "竹科", B2),
  comp("富士紡", None, B1, aliases=["日商富士紡"]),
  comp("台灣傑康農業科技", None, B1, aliases=["日商台灣傑康農業科技"], opt=True),
  comp("漢泰國際電子", None, B2),
  comp("煜林企業", None, B2),
 ],
 institutions=[inst("投資處", "投資處表示,前述投資案以產業別而言", note="經濟部投資業務處"), inst("招商中心", B1)],
 projects=[
  proj("美光中科后里園區封裝測試", "中科后里園區", B1, companies=["美光"], note="名稱為編者概括（文作“美商美光在中科后里園區的封裝測試”）；招商中心服務案件"),
  proj("智慧生產工廠", "中科", B1, companies=["橋椿金屬"], note="橋椿金屬於中科建置"),
  proj("半導體研磨墊工廠", None, B1, companies=["富士紡"], note="日商富士紡來台設置"),
  proj("富田電機竹科新廠一期", "竹科", B2, companies=["富田電機"], phase="一期", status="planned", status_text="106年底前預計完工", note="預計2017年底前完工"),
  proj("漢泰國際電子遷廠", None, B2, companies=["漢泰國際電子"], status="planned", status_text="106年底前預計完工或動土"),
  proj("煜林企業台南永康廠", None, B2, companies=["煜林企業"], status="planned", status_text="預計…動工", note="106年底前預計動工"),
 ],
 aggregate_facts=[
  fact("台灣", "region", "investment_cases_over_500m", 700, "count", B0, "2016年至2017年6月底", kind="cumulative", opt=True),
  fact("台灣", "region", "investment_twd", 2.4891e12, "twd", B0, "2016年至2017年6月底", kind="cumulative", opt=True),
  fact("台灣", "region", "investment_cases_completed", 376, "count", B0, "2017年6月底", opt=True),
  fact("台灣", "region", "investment_completion_rate", 0.5371, "ratio", B0, "2017年6月底", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qc03 相互公司回台 泰山工業區 (中央社 via 僑務電子報, 2019)
C0 = "決定投資33億元在新北市泰山工業區建置新廠與研發基地,將可創造近200個本國就業機會"
C1 = "廈興國際將投入4億元在台南市仁德區新建廠房"
C2 = "福華明鏡將投資1億元擴建鹿港彰濱工業區廠房,可增加10個本國就業機會"
C3 = "目前已有152家台商通過歡迎台商回台投資行動方案審查,共將投資6270億元,預估帶來5萬5164個本國就業機會"
G["qc03"] = dict(
 article=art("軟硬複合板龍頭產線回台 台商投資額達6270億", "中央社，載於僑務電子報 ocacnews.net", "2019-11-08", "day",
  "Taiwan news agency item on the overseas-community portal, traditional script: reshoring approvals — a firm's new plant and R&D base in an industrial zone with its amount, two smaller approvals (one in 彰濱工業區), national totals",
  "https://www.ocacnews.net/overseascommunity/article/article_story.jsp?id=251228",
  "日期取頁面“2019-11-08 中央社”（文中“7日通過”即2019年11月7日）。標題照錄；“跳到主要內容區塊”“僑務電子報”“:::”、日期與來源行、分享按鈕、“相關新聞”“top”已刪。正文五段，完整。金額為新台幣（twd）。園區：泰山工業區（新北市）、彰濱工業區（文作“鹿港彰濱工業區”）。項目：相互公司在泰山工業區建置新廠與研發基地（33億元）；廈興國際台南市仁德區新建廠房（4億元，無園區）；福華明鏡擴建彰濱工業區廠房（1億元）。“通過審查”為核准，不記狀態。全國方案統計列可選事實。",
  "qc03"),
 parks=[
  park("泰山工業區", "新北", "台灣", "工業區", C0),
  park("彰濱工業區", "彰化", "台灣", "工業區", C2, note="文作“鹿港彰濱工業區”"),
 ],
 companies=[
  comp("相互公司", "泰山工業區", "經濟部投資台灣事務所7日通過全球手機鏡頭模組軟硬複合板最大供應商相互公司回台投資案", note="新廠與研發基地設於泰山工業區；另有新莊廠、江蘇常熟廠"),
  comp("廈興國際", None, C1),
  comp("福華明鏡", "彰濱工業區", C2),
 ],
 institutions=[inst("投資台灣事務所", "經濟部投資台灣事務所7日通過全球手機鏡頭模組軟硬複合板最大供應商相互公司回台投資案")],
 projects=[
  proj("新廠與研發基地", "泰山工業區", C0, companies=["相互公司"], inv="投資33億元", currency="twd", value=3.3e9, note="相互公司回台投資案；新台幣"),
  proj("新建廠房", None, C1, companies=["廈興國際"], inv="投入4億元", currency="twd", value=4e8, note="台南市仁德區；新台幣"),
  proj("擴建鹿港彰濱工業區廠房", "彰濱工業區", C2, companies=["福華明鏡"], inv="投資1億元", currency="twd", value=1e8, note="新台幣"),
 ],
 aggregate_facts=[
  fact("台灣", "region", "reshoring_firms_approved", 152, "count", C3, "2019年11月7日", kind="cumulative", opt=True),
  fact("台灣", "region", "reshoring_investment_twd", 6.27e11, "twd", C3, "2019年11月7日", kind="cumulative", opt=True),
  fact("相互公司", "company", "jobs_created", 200, "count", C0, "投產後（預期）", kind="target", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- qc04 台資項目落戶江蘇淮安 (新華社 via 正報, 2016)
D0 = "第十一屆臺商論壇19日上午在江蘇淮安開幕,共吸引到36個台資項目落戶,總投資18.9億美元"
D1 = "淮安從2006年舉辦第一屆臺商論壇至今,已累計批准台資項目1203個,總投資129.5億美元"
D2 = "公司的實聯化工項目自2009年9月開工以來,進展相當順利,目前已經進入“豐產期”和“回報期”"
G["qc04"] = dict(
 article=art("台資項目落戶江蘇淮安 總投資18.9億美元", "正報（澳門，chengpou.com.mo）刊新華社電（記者張展鵬 陸華東）", "2016-10-20", "day",
  "Macau daily printing a Xinhua wire in traditional script: a city's Taiwan-business forum — projects landed with total, cumulative Taiwan-invested projects, a Taiwanese group's chemical project, the city's cross-strait appliance park",
  "http://chengpou.com.mo/dailynews/119948.html",
  "日期取頁面“2016-10-20”（電頭10月19日）。標題照錄；日期行已刪。正文六段，完整。澳門報紙以繁體刊出的新華社稿（“臺/台”混用照錄），非轉換站；real57 曾見此頁未用。園區：兩岸信息家電產業園（淮安“擁有大陸首個”，淮安市，江蘇）；“國家級台資企業產業轉移集聚服務示範區”為城市稱號，不列園區。項目：臺玻集團的實聯化工項目（2009年9月開工，已進入豐產期；園區文中未說 → null）。淮安（region）事實：本屆36個項目落戶、18.9億美元；累計1203個、129.5億美元（cumulative）；蘇臺企500強入榜14家、營收670多億元人民幣（可選）。",
  "qc04"),
 parks=[
  park("兩岸信息家電產業園", "淮安", "江蘇", "產業園", "擁有大陸首個兩岸信息家電產業園"),
 ],
 companies=[
  comp("臺玻集團", None, "臺玻集團總裁林伯實說,淮安致力於塑造優越的投資環境", note="實聯化工項目業主"),
 ],
 institutions=[inst("國臺辦經濟局", "本屆論壇由國臺辦經濟局、江蘇省人民政府台灣事務辦公室、江蘇省商務廳等聯合主辦")],
 projects=[
  proj("實聯化工項目", None, D2, companies=["臺玻集團"], status="开工", status_text="自2009年9月開工以來", status_alt="投产",
       note="2009年9月開工，已進入“豐產期”；園區文中未說"),
 ],
 aggregate_facts=[
  fact("淮安", "region", "projects_landed", 36, "count", D0, "2016年10月19日（第十一屆臺商論壇）"),
  fact("淮安", "region", "projects_landed_investment_usd", 1.89e9, "usd", D0, "2016年10月19日（第十一屆臺商論壇）"),
  fact("淮安", "region", "taiwan_projects_approved", 1203, "count", D1, "2006年至2016年10月", kind="cumulative"),
  fact("淮安", "region", "taiwan_projects_investment_usd", 1.295e10, "usd", D1, "2006年至2016年10月", kind="cumulative"),
  fact("淮安", "region", "top500_taiwan_firms", 14, "count", "在蘇臺企500強中,淮安入榜臺企14家,總營業收入達人民幣670多億元", "2016年", opt=True),
  fact("淮安", "region", "top500_taiwan_firms_revenue_rmb", 6.7e10, "cny", "總營業收入達人民幣670多億元", "2016年", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- qc05 黃文谷 加工出口區 (中評社, 2013; page 2 of 10)
EP = "加工出口區"
E0 = "黃文谷指出,目前台灣加工出口區已開設10個園區,依設立先後順序為,高雄、楠梓、台中、中港、成功物流、臨廣、屏東、高雄軟體園區、楠梓第二園區與台中軟體園區"
E1 = "公司登記家數達564家,員工總數為75000人"
E2 = "2012年全區營業額與出口額各約新台幣4000億,進口額達2700億元、員工平均年產值約513萬台幣"
AS5 = "2013年11月"
G["qc05"] = dict(
 article=art("黃文谷:大陸設經濟示範區全球受惠", "中國評論通訊社（中評社，香港；hk1.crntt.com）", "2013-11-27", "day",
  "Hong Kong-registered news agency's interview, traditional script (page 2 of 10 only): Taiwan's export processing zones — the ten parks, registered firms, employees, 2012 turnover, exports, imports",
  "http://hk1.crntt.com/doc/93_9970_102888385_2_1127005212.html",
  "日期取頁面“2013-11-27 00:55:36”。存段為十頁訪談的第2頁，標題只見於“掃描二維碼訪問中評網移動版 … 掃描二維碼訪問中評社微信”一行中，照錄為標題（make_txt.py HEAD_EMBED），該行與分頁、列印等行已刪；圖說“加工出口區管理處建物一隅。(中評社 高易伸攝)”保留為首段。只存第2頁（第1、3–10頁未存）。受訪者黃文谷（加工出口區管理處處長，文中未寫職稱）。園區：加工出口區（台灣，十個園區的總體；文作“台灣加工出口區”）；十個園區列為可選子園區，名稱照錄（高雄軟體園區、楠梓第二園區、台中軟體園區為全名，其餘只作地名）。事實：10個園區、564家公司、75000名員工（2013年）；2012年營業額與出口額各約4000億（新台幣，約）、進口額2700億元、人均年產值約513萬。機構：經濟部工業局、經濟部商業司、加工出口區管理處（可選）。",
  "qc05"),
 parks=[
  park(EP, None, "台灣", "加工出口區", E0, aliases=["台灣加工出口區"], note="十個園區的總體，由加工出口區管理處管理"),
  park("高雄軟體園區", "高雄", "台灣", "加工出口區園區", E0, parent=EP, opt=True),
  park("楠梓第二園區", "高雄", "台灣", "加工出口區園區", E0, parent=EP, opt=True),
  park("台中軟體園區", "台中", "台灣", "加工出口區園區", E0, parent=EP, opt=True),
  park("成功物流", "高雄", "台灣", "加工出口區園區", E0, parent=EP, opt=True, note="成功物流園區（文只作“成功物流”）"),
  park("臨廣", "高雄", "台灣", "加工出口區園區", E0, parent=EP, opt=True, note="臨廣園區（文只作“臨廣”）"),
 ],
 companies=[],
 institutions=[
  inst("加工出口區管理處", "加工出口區管理處建物一隅"),
  inst("經濟部工業局", "目前是由台灣“經濟部工業局”跟“經濟部商業司”負責"),
  inst("經濟部商業司", "目前是由台灣“經濟部工業局”跟“經濟部商業司”負責"),
 ],
 aggregate_facts=[
  fact(EP, "park", "sub_parks", 10, "count", E0, AS5),
  fact(EP, "park", "registered_firms", 564, "count", E1, AS5),
  fact(EP, "park", "employees", 75000, "persons", E1, AS5),
  fact(EP, "park", "revenue_twd", 4e11, "twd", E2, "2012年", qual="约", qtext="約"),
  fact(EP, "park", "exports_twd", 4e11, "twd", E2, "2012年", qual="约", qtext="約"),
  fact(EP, "park", "imports_twd", 2.7e11, "twd", "進口額達2700億元", "2012年"),
  fact(EP, "park", "output_per_employee_twd", 5.13e6, "twd", "員工平均年產值約513萬台幣", "2012年", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- qc06 粵澳合作中醫藥科技產業園 (gov.mo, 2016 inferred)
YA = "粵澳合作中醫藥科技產業園"
F0 = "粵澳合作中醫藥科技產業園(下稱:產業園)功能板塊前期發展中心於8月10日正式啟用"
F1 = "截至目前,除30家企業已簽約進駐產業園商業孵化中心外"
F2 = "作為第一期開發工程,園區總部科研辦公大樓、GMP中試大樓、檢測大樓的建設正如火如荼地進行中,計劃於2017年上半年投入使用"
G["qc06"] = dict(
 article=art("（無標題）粵澳合作中醫藥科技產業園功能板塊前期發展中心正式啟用", "澳門特別行政區政府入口網站 gov.mo（繁體頁；原發單位未注明）", "2016-08", "month",
  "Macau government portal news item, traditional script: a Guangdong–Macau park in Hengqin — a development centre opened, the park company's officers, firms signed into its incubator, phase-1 buildings under construction with completion plan, phase 2 being planned",
  "https://gov.mo/zh-hant/news/151470",
  "存段無標題、無日期行（title 為編者概括）。日期推定：中心“從2015年5月開始建設”，第一期大樓“計劃於2017年上半年投入使用”，啟用日“8月10日”當為2016年8月10日（month，推定，未能核實）。“查看圖庫”已刪。正文一段（原文句間有空格，照錄）。園區：粵澳合作中醫藥科技產業園（文中又作“產業園”“園區”；位於珠海橫琴，文中未寫地名，city 記珠海）。公司：粵澳中醫藥科技產業園開發有限公司（園區開發公司）。項目：產業園功能板塊前期發展中心（正式啟用 → 竣工）；園區總部科研辦公大樓、GMP中試大樓、檢測大樓（第一期開發工程，在建，計劃2017年上半年投入使用）；園區第二期開發規劃（planned，可選）。事實：30家企業已簽約進駐商業孵化中心（cumulative）。",
  "qc06"),
 parks=[
  park(YA, "珠海", "廣東", "產業園（中醫藥）", F0, district="橫琴", note="文中又作“產業園”“園區”；橫琴、珠海文中未寫"),
 ],
 companies=[
  comp("粵澳中醫藥科技產業園開發有限公司", YA, "澳門經濟財政司司長辦公室顧問、粵澳中醫藥科技產業園開發有限公司董事長呂紅", note="園區開發營運公司"),
 ],
 institutions=[inst("澳門經濟財政司司長辦公室", "澳門經濟財政司司長辦公室顧問、粵澳中醫藥科技產業園開發有限公司董事長呂紅")],
 projects=[
  proj("產業園功能板塊前期發展中心", YA, F0, status="竣工", status_text="正式啟用", note="2015年5月開始建設，8月10日啟用"),
  proj("園區總部科研辦公大樓", YA, F2, phase="第一期", status="在建", status_text="建設正如火如荼地進行中", note="計劃2017年上半年投入使用"),
  proj("GMP中試大樓", YA, F2, phase="第一期", status="在建", status_text="建設正如火如荼地進行中", note="同上"),
  proj("檢測大樓", YA, F2, phase="第一期", status="在建", status_text="建設正如火如荼地進行中", note="同上"),
  proj("園區第二期開發", YA, "此外,園區第二期開發規劃也正在制訂當中", phase="第二期", status="planned", status_text="開發規劃也正在制訂當中", opt=True),
 ],
 aggregate_facts=[
  fact(YA, "park", "firms_signed_incubator", 30, "count", F1, "2016年8月", kind="cumulative"),
 ])
