# real174 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (five items traditional script as published, vq02 simplified as the relay
# published it); names as written in the text; 逾/超過/超/以上/突破 → 超, 余/多 → 余, 約/近/左右 → 約 (qualifier_text keeps the
# word). Money: yuan in *_cny facts (first amount of the evidence). Amounts written with a thousands comma (3,810億元,
# 13,618亿元) are kept under a metric name without the _cny suffix (unit "cny"), because the _cny amount parser reads only the
# digits after the comma. Non-yuan amounts keep their currency in unit (usd; vq05's 100億元 is unit "hkd_assumed": the text
# says 元, a Hong Kong budget). Growth rates and shares as ratios. Cumulative multi-year figures are kind cumulative; plans
# and goals kind target. Projects: the park is the one the text places the project in. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/vqNN.raw as returned.

# ---------------------------------------------------------------- vq01 武漢光谷 (香港文匯報 2012-09-19)
DH = "武漢東湖國家高新區"
A0 = "2001年,武漢東湖國家高新區建立國家光電子產業基地,「武漢.中國光谷」正式登場亮相"
A1 = "2011年,東湖高新區累計完成企業總收入3,810億元,同比增長30.21%"
A2 = "富士康武漢園區全年產值達303.17億元,同比增長88.07%,成為東湖高新區首家產值過300億元的企業"
A3 = "武漢郵科院繼續保持高速增長,全年產值累計達128.41億元"
A4 = "凱迪控股全年產值累計106.63億元,成為高新區第3家收入過百億元的高新技術企業"
A5 = "GDP佔武漢市的一半、湖北省的17%"
G["vq01"] = dict(
 article=art("地標故事:武漢光谷崛起 成經濟新引擎", "香港文匯報（paper.wenweipo.com，聚焦十八大欄）", "2012-09-19", "day",
  "Hong Kong daily, traditional script, mainland series feature: 武漢東湖國家高新區 (光谷) ten years on — zone revenue and growth for 2011, three named firms with output, GDP shares",
  "http://paper.wenweipo.com/2012/09/19/CB1209190008.htm",
  "日期取頁面“[2012-09-19]”。標題照錄；檢索欄、版位、打印列、URL行、“放大圖片”與圖說“■武漢東湖高新區未來科技城已於2010年奠基。”已刪。存頁止於第四段“……在光谷”（未完），該段整段不收；正文三段。園區：武漢東湖國家高新區（文中又作“東湖高新區”“高新區”“光谷”；武漢，湖北）。國家光電子產業基地列為可選子園區；“北京中關村”只作比較，列可選。公司：富士康武漢園區、武漢郵科院、凱迪控股，均在東湖高新區（凱迪控股“成為高新區第3家…”；郵科院由語境）。2011年企業總收入3,810億元因千分位逗號記於 enterprise_revenue（unit cny）。",
  "vq01"),
 parks=[
  park(DH, "武漢", "湖北", "高新區", A0, aliases=["東湖高新區", "光谷"], note="又作“高新區”；2009年底獲批國家自主創新示範區"),
  park("國家光電子產業基地", "武漢", "湖北", "產業基地", A0, parent=DH, opt=True, note="東湖高新區於2001年建立"),
  park("北京中關村", "北京", "北京", "自主創新示範區", "光谷成為繼北京中關村之後國務院批准的第二個國家自主創新示範區", opt=True, note="只作比較"),
 ],
 companies=[
  comp("富士康武漢園區", DH, A2, note="富士康的武漢廠區"),
  comp("武漢郵科院", DH, A3),
  comp("凱迪控股", DH, A4),
 ],
 aggregate_facts=[
  fact(DH, "park", "enterprise_revenue", 3.81e11, "cny", A1, "2011年", note="3,810億元（千分位逗號，不用 _cny 後綴）"),
  fact(DH, "park", "enterprise_revenue_growth", 0.3021, "ratio", A1, "2011年", kind="ratio"),
  fact("富士康武漢園區", "company", "output_cny", 3.0317e10, "cny", A2, "2011年"),
  fact("富士康武漢園區", "company", "output_growth", 0.8807, "ratio", A2, "2011年", kind="ratio"),
  fact("武漢郵科院", "company", "output_cny", 1.2841e10, "cny", A3, "2011年"),
  fact("凱迪控股", "company", "output_cny", 1.0663e10, "cny", A4, "2011年"),
  fact(DH, "park", "gdp_share_of_hubei", 0.17, "ratio", A5, "2012年（報道時）", kind="ratio", opt=True, note="主語為“光谷”"),
  fact(DH, "park", "gdp_share_of_wuhan", 0.5, "ratio", A5, "2012年（報道時）", kind="ratio", opt=True, note="“一半”"),
 ])

# ---------------------------------------------------------------- vq02 前海 港企 (香港文匯報 via 深圳新聞網前海頻道 2015)
QH = "前海深港合作区"
B0 = "截至去年12月31日,总共有1,022家香港企业入驻前海"
B1 = "而园区内所有企业的总数為20,216家,总注册资本金為13,618亿元"
B2 = "投资额超过1,000万元(人民币,下同)有400多家"
B3 = "平均註册资本金為9,600多万元,比整个园区的平均额高48%,其中最大的一家註册资本金高达18亿元"
B4 = "前海管理局希望到2020年,港企在前海的总量可增至1万家"
B5 = "其中金融机构有50多家,本港银行基本都在当地设立分支机构"
B6 = "此外还有不少专业服务公司,例如毕马威、德勤等已入驻,普华永道也正与当局接触"
B7 = "去年12月前海管理局宣布将优先安排扶持资金,专项用於扶持香港投资者在前海深港合作区设立的企业"
ASB = "截至2014年12月31日"
G["vq02"] = dict(
 article=art("（无标题）截至去年底1,022家香港企业入驻前海", "香港文汇报，转载于深圳新闻网前海频道（iqianhai.sznews.com）", "2015-01-19", "day",
  "Hong Kong daily relayed (in simplified script) by the Shenzhen news portal's 前海 channel: an official of the 前海 authority on Hong Kong firms in 前海深港合作区 — counts, registered capital, targets, named firms",
  "http://iqianhai.sznews.com/content/2015-01/19/content_11063260.htm",
  "日期取转载页“发布时间:2015-01-19来源:香港文汇报”（原报日期未见，应为同日或前一日）。转载页为简体，残留“註”“為”“於”“產”等繁体字，为转载方转换所致，照录未改。存页无标题，亦止于“据戎卫华披露,2012年国家财政部、商务”；该段与其前小标题“中小企没门槛限制”不收。正文六段（含小标题“对港企售地拟增大”）。园区：前海深港合作区（又作“前海”；深圳，广东）。“去年”=2014年。毕马威、德勤已入驻，列公司（园区前海）；普华永道只在接触，列可选、园区 null。千分位金额（13,618亿元）记于无 _cny 后缀的 metric。",
  "vq02"),
 parks=[
  park(QH, "深圳", "广东", "合作区", B7, aliases=["前海"], note="文中多作“前海”"),
 ],
 companies=[
  comp("毕马威", QH, B6),
  comp("德勤", QH, B6),
  comp("普华永道", None, B6, opt=True, note="正与当局接触，未入驻"),
 ],
 institutions=[
  inst("前海管理局", B4, park=QH),
 ],
 aggregate_facts=[
  fact(QH, "park", "hk_firms", 1022, "count", B0, ASB),
  fact(QH, "park", "firms_total", 20216, "count", B1, ASB),
  fact(QH, "park", "registered_capital_total", 1.3618e12, "cny", B1, ASB, note="13,618亿元（千分位逗号）"),
  fact(QH, "park", "hk_firms_investment_over_10m", 400, "count", B2, ASB, qual="余", qtext="多", opt=True, note="投资额超过1,000万元的港企400多家"),
  fact(QH, "park", "hk_firm_avg_registered_capital", 9.6e7, "cny", B3, ASB, qual="余", qtext="多", opt=True, note="9,600多万元（千分位逗号）"),
  fact(QH, "park", "hk_firm_max_registered_capital_cny", 1.8e9, "cny", "其中最大的一家註册资本金高达18亿元", ASB, opt=True),
  fact(QH, "park", "hk_financial_institutions", 50, "count", B5, ASB, qual="余", qtext="多", opt=True),
  fact(QH, "park", "hk_firms_target", 10000, "count", B4, "2020年（目标）", kind="target"),
 ])

# ---------------------------------------------------------------- vq03 廣州經開區 外貿 (世界日報 relaying 中新社)
GZ = "廣州經濟技術開發區"
C0 = "今年1月至10月,該市9個經濟技術開發區(經開區)實現外貿進出口額5981.9億元(人民幣,下同,約819億美元)"
C1 = "廣州經濟技術開發區是中國首批國家級經濟技術開發區之一,於1984年獲批建設"
C2 = "分別是廣州、南沙、增城和花都四個國家級經濟技術開發區"
C3 = "以及白雲工業園區、雲埔工業園區、從化經濟開發區、番禺經濟技術開發區、琶洲經濟開發區等五個省級經濟開發區"
C4 = "目前廣州市9個經開區擁有超1400家研發機構和超7000家高新技術企業"
C5 = "4個國家級經開區擁有省級以上工程技術研究中心超800家"
C6 = "特別是廣州、南沙經開區科學研究與試驗發展(R&D)強度分別為6.81%、5.48%"
C7 = "該市九個經開區每年創造全市近七成外貿進出口額以及八成以上的實際利用外資額"
SUBJ = "廣州市9個經開區"
ASC = "1月至10月（年份文中未寫）"
G["vq03"] = dict(
 article=art("今年前10月 廣州經開區外貿進出口額5981億", "世界日報（worldjournal.com），轉述中新社", None, "unknown",
  "North American Chinese daily, traditional script, relaying China News Service: a Guangzhou press conference on the city's nine economic development zones — foreign trade Jan–Oct, the zones named, R&D institutions, high-tech firms, R&D intensity",
  "https://worldjournal.com/wj/story/121343/8435364?from=wj_nextnews_story",
  "存頁無日期；記者會在“17日”，數據為“今年1月至10月”，年份文中未寫，published 記 null。非香港報紙（世界日報，北美），因本角度可用港報稀少而收入。標題照錄；頻道欄、兩條無關快訊標題與重複圖說（廣汽傳祺工廠）已刪。存頁止於“其中廣州經開區擁有全市近半的中國國家級專精特新「小巨人」企業和七成的國家”，該未完句切去，正文以“5.48%,”收尾。園區：四個國家級（廣州經濟技術開發區、南沙經開區、增城、花都——後二者文中無全稱，列可選）與五個省級（白雲工業園區、雲埔工業園區、從化經濟開發區、番禺經濟技術開發區、琶洲經濟開發區）。9個經開區合計數字的主語記為“廣州市9個經開區”（park_group）。",
  "vq03"),
 parks=[
  park(GZ, "廣州", "廣東", "國家級經濟技術開發區", C1, note="標題“廣州經開區”指全市9個經開區合計，不作別名"),
  park("南沙經開區", "廣州", "廣東", "國家級經濟技術開發區", C6, district="南沙區", note="又在“廣州、南沙、增城和花都四個國家級經濟技術開發區”中"),
  park("增城經濟技術開發區", "廣州", "廣東", "國家級經濟技術開發區", C2, district="增城區", opt=True, note="文中只作“增城”"),
  park("花都經濟技術開發區", "廣州", "廣東", "國家級經濟技術開發區", C2, district="花都區", opt=True, note="文中只作“花都”"),
  park("白雲工業園區", "廣州", "廣東", "省級經濟開發區", C3),
  park("雲埔工業園區", "廣州", "廣東", "省級經濟開發區", C3),
  park("從化經濟開發區", "廣州", "廣東", "省級經濟開發區", C3),
  park("番禺經濟技術開發區", "廣州", "廣東", "省級經濟開發區", C3),
  park("琶洲經濟開發區", "廣州", "廣東", "省級經濟開發區", C3),
 ],
 institutions=[
  inst("廣州市商務局", "廣州市商務局在會上通報"),
 ],
 aggregate_facts=[
  fact(SUBJ, "park_group", "foreign_trade_cny", 5.9819e11, "cny", C0, ASC),
  fact(SUBJ, "park_group", "foreign_trade_usd", 8.19e10, "usd", C0, ASC, qual="约", qtext="約", opt=True),
  fact(SUBJ, "park_group", "rd_institutions", 1400, "count", C4, "報道時", qual="超", qtext="超"),
  fact(SUBJ, "park_group", "high_tech_firms", 7000, "count", C4, "報道時", qual="超", qtext="超"),
  fact("廣州市4個國家級經開區", "park_group", "engineering_research_centres", 800, "count", C5, "報道時", qual="超", qtext="超", opt=True),
  fact(GZ, "park", "rd_intensity", 0.0681, "ratio", C6, "報道時", kind="ratio"),
  fact("南沙經開區", "park", "rd_intensity", 0.0548, "ratio", C6, "報道時", kind="ratio"),
  fact(SUBJ, "park_group", "share_of_city_foreign_trade", 0.7, "ratio", C7, "近年每年", kind="ratio", qual="约", qtext="近", opt=True),
  fact(SUBJ, "park_group", "share_of_city_fdi", 0.8, "ratio", C7, "近年每年", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- vq04 海南自貿港 推介會 (中評社 relaying 大公網 2025-09-09)
HN = "海南自由貿易港"
D0 = "“海南自由貿易港推介會暨政策解讀會”今日（9月9日）在香港會展中心隆重舉行"
D1 = "2020年至2025年間，海南實際使用外資累計達1025億元（人民幣，下同），年均增長14.6%"
D2 = "境外直接投資總額達97.8億美元，年均增長高達97%"
D3 = "新設外資企業數達到8098家，年均增長43.7%"
D4 = "此外，貨物貿易和服務貿易年均分別增長31.3%和32.3%"
ASD = "2020年至2025年間"
G["vq04"] = dict(
 article=art("（無標題）海南自由貿易港推介會在港舉行 五年實際使用外資累計1025億元", "中評社（hk.crntt.com），據大公網報導", "2025-09-09", "day",
  "Hong Kong-based news agency, traditional script, relaying 大公網: Hainan Free Trade Port promotion conference in Hong Kong — five-year foreign-investment figures",
  "https://hk.crntt.com/doc/1071/1/8/5/107118517.html?coluid=7&kindid=0&docid=107118517&mdate=0909174548",
  "日期取存頁 date 標記與電頭“中評社北京9月9日電”。存頁無標題；開頭的搜尋工具“date 2025-09-09”標記已切去。存頁止於“產業發展方面，……不斷優化”，該段不收；正文六段（含小標題“自貿港的制度創新”）。園區：海南自由貿易港（又作“海南自貿港”）；文中未點名自貿港內園區、公司或項目。五年累計數記 cumulative，年均增速記 ratio。",
  "vq04"),
 parks=[
  park(HN, None, "海南", "自由貿易港", D0, aliases=["海南自貿港"], note="全島；今年12月18日實施全島封關運作"),
 ],
 aggregate_facts=[
  fact(HN, "park", "actual_fdi_cny", 1.025e11, "cny", D1, ASD, kind="cumulative", note="文中主語“海南”"),
  fact(HN, "park", "actual_fdi_growth_avg", 0.146, "ratio", D1, ASD, kind="ratio"),
  fact(HN, "park", "odi_usd", 9.78e9, "usd", D2, ASD, kind="cumulative"),
  fact(HN, "park", "odi_growth_avg", 0.97, "ratio", D2, ASD, kind="ratio", opt=True),
  fact(HN, "park", "new_foreign_firms", 8098, "count", D3, ASD, kind="cumulative"),
  fact(HN, "park", "new_foreign_firms_growth_avg", 0.437, "ratio", D3, ASD, kind="ratio", opt=True),
  fact(HN, "park", "goods_trade_growth_avg", 0.313, "ratio", D4, ASD, kind="ratio", opt=True),
  fact(HN, "park", "services_trade_growth_avg", 0.323, "ratio", D4, ASD, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vq05 河套香港園區 (中評社 relaying 香港文匯報 2026-03-09)
HT = "河套香港園區"
E0 = "最新一份財政預算案提出，注資100億元至河套香港園區公司"
E1 = "河套園區第一期首批次的餘下5幢大樓正在24小時開工"
E2 = "就河套香港園區第一期餘下用地，創科局早前已接獲來自本地、內地及海外的27份意向書，局方希望盡快開始就首批地塊招標"
G["vq05"] = dict(
 article=art("（無標題）孫東：注資100億元至河套香港園區公司 第一期餘下5幢大樓24小時開工", "中評社（hk.crntt.com），據香港文匯報報導", "2026-03-09", "day",
  "Hong Kong-based news agency, traditional script, relaying 香港文匯報: the Hong Kong Park of the 河套 cooperation zone — budget injection, buildings under construction, expressions of interest for remaining land",
  "https://hk.crntt.com/doc/1071/7/5/4/107175407.html?coluid=7&kindid=0&docid=107175407&mdate=0309120029",
  "日期取存頁 date 標記與電頭“中評社香港3月9日電”。存頁無標題；開頭的搜尋工具 date 標記與圖說“圖為河套香港園區。 資料圖片”已切去；存頁止於“……數據流和生物樣品過境已進入最後階段討論”（未完），該句切去。正文四段（含小標題）。園區在香港而非內地（河套深港科技創新合作區的香港園區），偏離本集角度，因可用港報稀少而收入。100億元注資文中未寫幣種（香港財政預算案，應為港元），記 unit hkd_assumed，不作基金（河套香港園區公司為園區公司，列 institution）。“河套港深園區”泛指港深兩園，不列。",
  "vq05"),
 parks=[
  park(HT, "香港", "香港", "科技園區", E0, aliases=["河套園區"], note="河套深港科技創新合作區香港園區"),
 ],
 institutions=[
  inst("河套香港園區公司", E0, kind="park_company", park=HT),
 ],
 projects=[
  proj("河套園區第一期首批次餘下5幢大樓", HT, E1, status="在建", status_text="正在24小時開工", note="原預計明年陸續落成，可提速至今年底開始落成"),
  proj("河套香港園區第一期餘下用地首批地塊招標", HT, E2, status="planned", status_text="希望盡快開始就首批地塊招標", opt=True),
 ],
 aggregate_facts=[
  fact(HT, "park", "capital_injection", 1e10, "hkd_assumed", E0, "2026年財政預算案", kind="target", note="100億元，幣種文中未寫"),
  fact(HT, "park", "expressions_of_interest", 27, "count", E2, "2026年3月前"),
  fact(HT, "park", "buildings_under_construction", 5, "count", E1, "2026年3月", opt=True),
 ])

# ---------------------------------------------------------------- vq06 洋浦保稅港區 (香港文匯報 2008-08-19)
YP = "洋浦保稅港區"
F0 = "特別介紹「一島一區兩園」中的「一區」--洋浦保稅港區"
F1 = "省方正抓緊實施保稅港區一期工程,確保今年10月封關驗收"
F2 = "至於「兩園」,則指海南生態軟件園及三亞創意產業園,前者由中國電子信息產業集團公司主導建設"
F3 = "中國電子科技開發等7家企業,這次將在香港與澄邁縣政府正式簽約,進駐產業園"
G["vq06"] = dict(
 article=art("（無標題）羅保銘介紹洋浦保稅港區及海南生態軟件園、三亞創意產業園", "香港文匯報（paper.wenweipo.com）", "2008-08-19", "day",
  "Hong Kong daily, traditional script: Hainan's governor to Hong Kong media — 洋浦保稅港區 phase 1 and two parks, seven firms to sign into 海南生態軟件園",
  "http://paper.wenweipo.com/2008/08/19/HK0808190040.htm",
  "日期取 URL（2008/08/19）。存頁無標題；“放大圖片”、圖說“■歐洲遊客抵三亞。”與末尾表格線已刪。正文三段，完整。年份早於本集角度的2015–2026，因可用港報稀少而收入。園區：洋浦保稅港區（海南）、海南生態軟件園（與澄邁縣政府簽約，位置據此推為澄邁）、三亞創意產業園。項目：保稅港區一期工程（正抓緊實施→在建，10月封關驗收）；中國電子科技開發等7家企業進駐海南生態軟件園（將簽約，記 签约，可選）。",
  "vq06"),
 parks=[
  park(YP, None, "海南", "保稅港區", F0, aliases=["保稅港區"], note="省方稱其為海南新一輪大開發、大開放的龍頭"),
  park("海南生態軟件園", "澄邁縣", "海南", "產業園", F2, note="企業與澄邁縣政府簽約進駐，縣名據此"),
  park("三亞創意產業園", "三亞", "海南", "產業園", F2),
 ],
 companies=[
  comp("中國電子信息產業集團公司", "海南生態軟件園", F2, note="主導建設軟件園"),
  comp("中國電子科技開發", "海南生態軟件園", F3, note="7家進駐企業之一，將簽約"),
 ],
 projects=[
  proj("洋浦保稅港區一期工程", YP, F1, status="在建", status_text="正抓緊實施", note="確保今年10月封關驗收"),
  proj("中國電子科技開發等7家企業進駐海南生態軟件園", "海南生態軟件園", F3, companies=["中國電子科技開發"], status="签约", status_text="這次將在香港與澄邁縣政府正式簽約", opt=True),
 ],
 aggregate_facts=[
  fact("海南生態軟件園", "park", "firms_signing", 7, "count", F3, "2008年8月（將簽約）", opt=True),
 ])
