# real395 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (md03 traditional script as published, the other seven simplified as
# published); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts.
# An amount written without 元 (“约301亿”) or as “2000多亿元” is kept in a fact whose metric does not end in _cny (unit cny).
# Projects: the park the text places the project in; status from the text's words (签约 → 签约; 开工 → 开工). Targets
# (“力争”, “全年目标”, “预计”) are kind target; counts since a zone's start or “今年以来” are cumulative; growth rates and
# shares are ratios. A county / district / city is a region, not a park. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/mdNN.raw as returned.

# ---------------------------------------------------------------- md01 湖北自贸区 新闻发布会 (湖北日报 via ccyp 2018)
HB = "湖北自贸区"
WH, XY, YC = "武汉片区", "襄阳片区", "宜昌片区"
M0 = "截至9月底,武汉、襄阳、宜昌三大片区共新增市场主体19657家"
M1 = "据介绍,新设的19657家企业中,外资企业151家,合同外资33亿美元,实际使用外资21亿美元"
M2 = "武汉片区共引进重大项目50多个,总投资额2000多亿元"
M3 = "宜昌片区聚焦生物医药产业,挂牌以来总投资亿元以上重点项目15个"
AS1 = "2017年4月挂牌至2018年9月底"
G["md01"] = dict(
 article=art("17个月,湖北自贸区新增企业近万两万家", "湖北日报（记者艾红霞、通讯员江畅），经东方网转载，载于 ccyp.com", "2018-11-14", "day",
  "Provincial daily on a provincial press conference (新闻发布会), Hubei: the deputy head of the commerce department announces the pilot free-trade zone's figures since its opening — new firms in its three areas, foreign firms and investment, tax and trade, one area's major projects, another area's projects over 1亿元",
  "https://ccyp.com/newseasts/8195136/17%E4%B8%AA%E6%9C%88-%E6%B9%96%E5%8C%97%E8%87%AA%E8%B4%B8%E5%8C%BA%E6%96%B0%E5%A2%9E%E4%BC%81%E4%B8%9A%E8%BF%91%E4%B8%87%E4%B8%A4%E4%B8%87%E5%AE%B6",
  "日期取转载页“發表時間:11/14/2018”（转载页头为繁体，正文为简体原文）；文中“15日”召开发布会，数据截至9月底，发布会当在2018年10月或11月的15日，转载日期与之不完全相合，记转载日。标题照录（“近万两万家”原文如此）。来源行已删。存段末段“自贸区得到多方支持…等领域的600”在句中中断，整段删去；正文截至“…占比82%。”，共五段。“仅在光电子信息产业方面,仅在光电子信息产业”重复原文如此。园区：湖北自贸区（中国(湖北)自由贸易试验区；文中又作“湖北自贸试验区”）及武汉、襄阳、宜昌三片区（母园区湖北自贸区）。事实：自挂牌以来的累计数（cumulative）；武汉片区“50多个”“2000多亿元”（余；“2000多亿元”非数字+亿元，metric 不以 _cny 结尾）。改革任务数不计。",
  "md01"),
 parks=[
  park(HB, "武汉", "湖北", "自由贸易试验区", "湖北自贸区建设情况新闻发布会在省委宣传部召开", aliases=["湖北自贸试验区"], note="中国(湖北)自由贸易试验区；2017年4月挂牌；三片区"),
  park(WH, "武汉", "湖北", "自贸试验区片区", M2, parent=HB),
  park(XY, "襄阳", "湖北", "自贸试验区片区", "襄阳片区,突出自身特色定位,围绕新能源汽车引进一批重大项目", parent=HB),
  park(YC, "宜昌", "湖北", "自贸试验区片区", M3, parent=HB),
 ],
 companies=[],
 institutions=[
  inst("省商务厅", "省商务厅副厅长胡中海说", note="湖北省商务厅"),
  inst("普华永道", "据普华永道评估", kind="consultancy"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HB, "park", "new_market_entities", 19657, "count", M0, AS1, kind="cumulative", note="三片区合计新增市场主体"),
  fact(HB, "park", "new_foreign_firms", 151, "count", M1, AS1, kind="cumulative"),
  fact(HB, "park", "contracted_fdi_usd", 3.3e9, "usd", "合同外资33亿美元", AS1, kind="cumulative"),
  fact(HB, "park", "actual_fdi_usd", 2.1e9, "usd", "实际使用外资21亿美元", AS1, kind="cumulative"),
  fact(HB, "park", "overseas_investment_entities", 34, "count", "备案境外投资机构34家,中方协议投资额7亿美元", AS1, kind="cumulative", opt=True),
  fact(HB, "park", "outbound_investment_usd", 7e8, "usd", "中方协议投资额7亿美元", AS1, kind="cumulative", opt=True),
  fact(HB, "park", "tax_revenue_cny", 2.45e10, "cny", "实现税收收入245亿元人民币", AS1, kind="cumulative", chk=True),
  fact(HB, "park", "imports_exports_cny", 1.536e11, "cny", "完成进出口总额1536亿元人民币,约占全省同期的三分之一", AS1, kind="cumulative", chk=True),
  fact(WH, "park", "major_projects_introduced", 50, "count", M2, "挂牌一年来", kind="cumulative", qual="余", qtext="多", note="光电子信息产业"),
  fact(WH, "park", "major_projects_investment", 2e11, "cny", M2, "挂牌一年来", kind="cumulative", qual="余", qtext="多", note="“2000多亿元”；光电子信息产业"),
  fact(YC, "park", "projects_over_100m", 15, "count", M3, "挂牌以来至2018年", kind="cumulative", note="总投资亿元以上重点项目"),
 ])

# ---------------------------------------------------------------- md02 济宁高新区 发展成果发布会 (济宁日报 2020)
JN = "济宁高新区"
G["md02"] = dict(
 article=art("（无标题）济宁高新区2019年度发展成果发布会暨2020年度首次新闻发布会举行", "济宁日报（记者 武旭 通讯员 绪言 吴丛），载于 jn001.com", "2020", "year",
  "City daily on a zone's own press conference (发展成果发布会 / 新闻发布会), Shandong: departments present the year's work and answer reporters' questions — no figures or firms stated in the stored text",
  "http://www.jn001.com/paperpc/content/content_27789.html",
  "存段无标题、无日期行（title 为编者概括）。发布会为“2019年度发展成果发布会暨2020年度首次新闻发布会”，当在2020年初；网址无日期，记 2020（year）。正文两段，完整。园区：济宁高新区（济宁市，山东）。文中无企业、项目、金额或园区数字（“40余名媒体记者”“近200人”为会议人数，不计）。",
  "md02"),
 parks=[
  park(JN, "济宁", "山东", "高新区", "济宁高新区2019年度发展成果发布会暨2020年度首次新闻发布会举行", note="文中又作“全区”"),
 ],
 companies=[], projects=[], aggregate_facts=[],
)

# ---------------------------------------------------------------- md03 川南臨港片區 香港推介會 (香港商報 2018, traditional)
CN = "川南臨港片區"
SCZ = "中國(四川)自由貿易試驗區"
LZ = "四川瀘州(長江)經濟開發區"
H0 = "川南臨港片區與民生輪船股份有限公司、雙橋(香港)有限公司等香港企業簽訂了6個項目合作協議,簽約金額超過50億元人民幣"
H1 = "累計新增註冊企業10000家以上。三年累計引進外資100億元,進出口貿易總額累計達400億元"
G["md03"] = dict(
 article=art("（无标题）中國(四川)自由貿易試驗區川南臨港片區香港推介會 簽約6個項目", "香港商報（記者姚一鶴），hk.hkcd.com", "2018-06-30", "day",
  "Hong Kong paper (traditional script as published) on a free-trade-zone area's investment presentation in Hong Kong, Sichuan: the area signs six projects with Hong Kong firms (amount), its officials and the zone's three-year targets",
  "http://hk.hkcd.com/content/2018-06/30/content_3742452.htm",
  "日期取网址 2018-06/30；文中“昨日”即2018年6月29日。存段无标题（title 为编者概括）。繁体原文，未转换；“□力建設”中的“□”为存段原样（缺字）。正文五段，完整。园区：川南臨港片區（全称“中國(四川)自由貿易試驗區川南臨港片區”，瀘州市龍馬潭區，四川）、中國(四川)自由貿易試驗區（母园区）、四川瀘州(長江)經濟開發區（同一黨工委書記兼任；与片區关系未明说，不设 parent）。公司：民生輪船股份有限公司、雙橋(香港)有限公司与片區签约，记在片區；中銀國際等参会机构、招商局港口控股有限公司（拜访）可选，park null。项目：6个合作协议未点名，记为事实（超50億元）。“力爭通過三年努力…”诸目标在“片區承擔的”任务之后，归川南臨港片區，但主语含糊，列可选。",
  "md03"),
 parks=[
  park(CN, "瀘州", "四川", "自贸试验区片区", H0, district="龍馬潭區", parent=SCZ, aliases=["中國(四川)自由貿易試驗區川南臨港片區"], note="繁体；文中又作“片區”"),
  park(SCZ, None, "四川", "自由贸易试验区", "中國(四川)自由貿易試驗區於2017年4月1日正式掛牌成立", note="2017年4月1日掛牌"),
  park(LZ, "瀘州", "四川", "经济开发区", "四川瀘州(長江)經濟開發區黨工委書記劉光明", note="黨工委書記兼任川南臨港片區黨工委書記"),
 ],
 companies=[
  comp("民生輪船股份有限公司", CN, H0, note="香港企業；與片區簽訂項目合作協議"),
  comp("雙橋(香港)有限公司", CN, H0, note="香港企業；與片區簽訂項目合作協議"),
  comp("中銀國際", None, "推介會還邀請了中銀國際、渣打香港、戴德梁行、港中旅集團等100多家", opt=True, note="参会"),
  comp("渣打香港", None, "推介會還邀請了中銀國際、渣打香港、戴德梁行、港中旅集團等100多家", opt=True, note="参会"),
  comp("戴德梁行", None, "推介會還邀請了中銀國際、渣打香港、戴德梁行、港中旅集團等100多家", opt=True, note="参会"),
  comp("港中旅集團", None, "推介會還邀請了中銀國際、渣打香港、戴德梁行、港中旅集團等100多家", opt=True, note="参会"),
  comp("招商局港口控股有限公司", None, "陳日一行實地考察拜訪了中聯辦經濟部、招商局港口控股有限公司等", opt=True, note="拜访对象"),
 ],
 institutions=[
  inst("中聯辦經濟部", "中聯辦經濟部副部長雷海秋"),
  inst("四川省國資委", "四川省國資委副主任任興文"),
  inst("中國國際貿易促進委員會香港澳門代表處", "中國國際貿易促進委員會香港澳門代表處副代表陳曦"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CN, "park", "projects_signed", 6, "count", H0, "2018年6月29日（香港推介會）"),
  fact(CN, "park", "signed_investment_cny", 5e9, "cny", H0, "2018年6月29日（香港推介會）", qual="超", qtext="超過", chk=True),
  fact(CN, "park", "new_registered_firms", 10000, "count", H1, "三年（2017–2020，目标）", kind="target", qual="超", qtext="以上", opt=True, note="主语含糊：片區或四川自贸区"),
  fact(CN, "park", "foreign_investment_cny", 1e10, "cny", "三年累計引進外資100億元", "三年（2017–2020，目标）", kind="target", opt=True, chk=True, note="同上"),
  fact(CN, "park", "imports_exports_cny", 4e10, "cny", "進出口貿易總額累計達400億元", "三年（2017–2020，目标）", kind="target", opt=True, chk=True, note="同上"),
 ])

# ---------------------------------------------------------------- md04 黄石新港园区 央地合作首批项目开工 (中华网 via zgrwj 2022)
HS = "黄石新港园区"
K0 = "央地合作港产城融合发展项目主要包括黄石新港园区基础设施补短板、招商引资平台乡村振兴、社会民生工程等,4大类27个子项目,总投资约53亿元"
K1 = "本次首批开工项目11个,投资约23亿元"
AS4 = "2022年7月16日（首批开工）"
G["md04"] = dict(
 article=art("（无标题）黄石新港园区港产城融合发展央地合作首批项目开工活动举办", "中华网（“来源:中华网”），载于 m.zgrwj.com", "2022-07-17", "day",
  "Portal item relayed by a local site, Hubei: a park's groundbreaking for the first batch of a central-SOE cooperation programme — speakers (the park's party secretary presents the projects), the programme's 27 sub-projects and total, 11 started with their investment",
  "https://m.zgrwj.com/sybg/syjl/20220717/18043.html",
  "日期取网址 20220717；活动为7月16日，年份由网址及文中“2021年12月4日”推定为2022。存段无标题（title 为编者概括）。“发布时间:”“来源:中华网”两行已删；页面把首段连写两次，重复的一段删去（make_txt.py DEDUP）。图注式短段（以“▽”结尾）照录。正文完整，共九段。园区：黄石新港园区（文中又作“新港园区”；黄石市，湖北）。项目：港产城融合发展央地合作项目（27个子项目，总投资约53亿元，状态未说）；首批项目开工（11个，投资约23亿元）。公司：中国五冶集团有限公司（施工/投资方，董事长表态）、中冶集团/中国中冶、中国五矿集团，均可选，park null。",
  "md04"),
 parks=[
  park(HS, "黄石", "湖北", "园区（港口新城）", "黄石新港园区港产城融合发展央地合作首批项目开工活动,在新港园区海口湖大道成功举办", aliases=["新港园区"]),
 ],
 companies=[
  comp("中国五冶集团有限公司", None, "中国五冶集团有限公司董事长朱永繁作项目建设表态发言", opt=True, note="项目建设方"),
  comp("中冶集团", None, "中冶集团党委副书记、中国中冶党委书记、总裁张孟星上台发言", opt=True, aliases=["中国中冶"]),
  comp("中国五矿集团", None, "市委、市政府与中国五矿集团深化央地共建对接会", opt=True),
 ],
 projects=[
  proj("黄石新港园区港产城融合发展央地合作首批项目", HS, K1, companies=["中国五冶集团有限公司"], inv="投资约23亿元", qual="约", qual_text="约",
       status="开工", status_text="首批项目开工", note="首批11个子项目"),
  proj("央地合作港产城融合发展项目", HS, K0, inv="总投资约53亿元", qual="约", qual_text="约", aliases=["港产城融合发展综合配套项目"],
       note="4大类27个子项目；整体状态未说（首批已开工）"),
 ],
 aggregate_facts=[
  fact(HS, "park", "projects_started", 11, "count", K1, AS4),
  fact(HS, "park", "projects_started_investment_cny", 2.3e9, "cny", K1, AS4, qual="约", qtext="约", chk=True),
  fact("央地合作港产城融合发展项目", "project", "sub_projects", 27, "count", K0, "2022年7月", opt=True),
 ])

# ---------------------------------------------------------------- md05 通州湾示范区 投资环境推介会 (南通日报 2023)
TZ = "通州湾示范区"
N0 = "2月28日,通州湾示范区投资环境推介会在上海浦东举行,会上集中签约14个产业项目,涵盖海工装备、智能装备、新材料等产业板块,投资金额超70亿元"
N1 = "鹏瑞海上风电运维及海工装备制造项目,将在通州湾布局海上风电运维、波浪补偿栈桥、3D波浪补偿吊机及物料输送系统研发制造,总投资10亿元"
N2 = "上海天补材料科技有限公司投资的天补科技新材料研发制造项目,主要从事外墙加固修复类产品的研发生产制造,项目全部达产后预计年产值近4亿元"
N3 = "全年目标新签约并注册项目不少于60个,总投资额超600亿元"
AS5 = "2023年2月28日（推介会集中签约）"
G["md05"] = dict(
 article=art("（无标题）通州湾示范区投资环境推介会在上海举行 集中签约14个产业项目", "南通日报（记者吴霄云），zgnt.net 数字报", "2023-03-03", "day",
  "City daily, Jiangsu: a coastal demonstration zone's investment presentation in Shanghai — 14 projects signed (total), two named projects (one with investment, one with expected output), a named equity fund, and the zone's annual targets",
  "http://zgnt.net/ntrbszb/pc/c/202303/03/content_127107.html",
  "日期取网址 202303/03；推介会为2月28日。存段无标题（title 为编者概括）。正文三段，完整。园区：通州湾示范区（南通，江苏；文中又作“通州湾”）。项目：鹏瑞海上风电运维及海工装备制造项目（签约，总投资10亿元）；天补科技新材料研发制造项目（签约，上海天补材料科技有限公司投资，无金额；预计年产值近4亿元列可选事实）。基金：临港智兆(南通)先进产业基金（签约的产业基金项目，规模未说）。事实：签约14个、超70亿元；全年目标“不少于60个”（qualifier 空，note 记“不少于”）、超600亿元（target）。",
  "md05"),
 parks=[
  park(TZ, "南通", "江苏", "示范区", N0, note="文中又作“通州湾”"),
 ],
 companies=[
  comp("上海天补材料科技有限公司", TZ, N2, note="投资天补科技新材料研发制造项目"),
 ],
 projects=[
  proj("鹏瑞海上风电运维及海工装备制造项目", TZ, N1, inv="总投资10亿元", status="签约", status_text="集中签约", note="预计15个月完成基地建造"),
  proj("天补科技新材料研发制造项目", TZ, N2, companies=["上海天补材料科技有限公司"], status="签约", status_text="集中签约"),
 ],
 funds=[
  fund("临港智兆(南通)先进产业基金", TZ, "此外,股权投资基金项目为临港智兆(南通)先进产业基金", note="14个签约项目中的1个产业基金项目；规模未说"),
 ],
 aggregate_facts=[
  fact(TZ, "park", "projects_signed", 14, "count", N0, AS5),
  fact(TZ, "park", "signed_investment_cny", 7e9, "cny", N0, AS5, qual="超", qtext="超", chk=True),
  fact("天补科技新材料研发制造项目", "project", "expected_annual_output_cny", 4e8, "cny", N2, "全部达产后（预计）", kind="target", qual="约", qtext="近", opt=True, chk=True),
  fact(TZ, "park", "projects_signed", 60, "count", N3, "2023年全年（目标）", kind="target", note="“不少于60个”；新签约并注册"),
  fact(TZ, "park", "signed_investment_cny", 6e10, "cny", "总投资额超600亿元", "2023年全年（目标）", kind="target", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- md06 火炬开发区 2023年一季度经济形势分析会 (中山 zsnews 2023)
HJ = "火炬开发区"
P0 = "工业投资同比增长70.9%,规模全市第一"
AS6 = "2023年一季度"
G["md06"] = dict(
 article=art("（无标题）火炬开发区召开2023年一季度经济形势分析会", "中山网（zsnews.cn，编辑 陈彦；原发署名未示）", "2023-04", "month",
  "City news site, Guangdong: a national high-tech zone's quarterly economic-situation meeting where officials report first-quarter growth rates, plus a sub-district's land preparation for an industrial park and its infrastructure projects",
  "https://test.zsnews.cn/news/index/view/cateid/35/id/706534.html",
  "会议为2023年4月27日，发布日不详，记 2023-04（month）。存段无标题（title 为编者概括）。图注“4月27日,火炬开发区召开2023年一季度经济形势分析会。 通讯员供图”与编辑行已删；其余照录（数字列项各成一段），正文完整，共七段。园区：火炬开发区（中山火炬高技术产业开发区；中山市，广东；文中只作“火炬开发区”）；智能终端产业园（民众街道内，与火炬开发区的隶属未明说，列可选）；深中合作创新区（可选）。民众街道为街道，不是园区（事实 subject_type region）。事实：一季度三项增速（ratio）；智能终端产业园西片区收地约969亩（可选）；民众街道20个基础设施项目、已动工7个（region，可选）。",
  "md06"),
 parks=[
  park(HJ, "中山", "广东", "高新区", "火炬开发区召开2023年一季度经济形势分析会", note="中山火炬高技术产业开发区；文中只作“火炬开发区”"),
  park("智能终端产业园", "中山", "广东", "产业园", "产业用地方面,智能终端产业园西片区约969亩用地、沙仔片区约364亩用地正在进行收地工作", district="民众街道", opt=True),
  park("深中合作创新区", "中山", "广东", "合作区", "民众街道围绕深中合作创新区建设主线", opt=True),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(HJ, "park", "industrial_investment_yoy_growth", 0.709, "ratio", P0, AS6, kind="ratio"),
  fact(HJ, "park", "fixed_asset_investment_yoy_growth", 0.109, "ratio", "固定资产投资同比增长10.9%", AS6, kind="ratio"),
  fact(HJ, "park", "retail_sales_yoy_growth", 0.07, "ratio", "社会消费品零售总额同比增长7.0%", AS6, kind="ratio"),
  fact("智能终端产业园", "park", "land_acquisition_in_progress_mu", 969, "mu", "智能终端产业园西片区约969亩用地", "2023年4月", qual="约", qtext="约", opt=True, note="西片区"),
  fact("民众街道", "region", "infrastructure_projects", 20, "count", "民众街道同步加快推进共20个基础设施项目的建设或立项工作,已动工建设7个", "2023年4月", opt=True),
  fact("民众街道", "region", "projects_started", 7, "count", "已动工建设7个,剩余项目计划年内全面动工", "2023年4月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- md07 两江新区全球招商大会 (中国日报网 2023)
LJ = "重庆两江新区"
Q0 = "2023首批重点项目集中签约活动,28个签约项目总投资额约301亿"
Q1 = "两江新区以全市1.5%的土地面积,产出了全市约15%的经济总量,20%的规上工业总产值,30%的进出口总额、实际利用外资和数字经济增加值,40%的服务贸易额,50%的汽车产量,70%的跨境电商交易量"
AS7 = "2023年1月11日（全球招商大会签约）"
G["md07"] = dict(
 article=art("重庆两江新区举行全球招商大会 签约项目28个投资额约301亿", "中国日报网（cq.chinadaily.com.cn）", "2023-01-12", "day",
  "National paper's regional site, Chongqing: a national new area's global investment conference — 28 projects signed (total), the area's party secretary states its shares of the city's economy, a UK trade envoy names UK firms working with the area",
  "https://cq.chinadaily.com.cn/a/202301/12/WS63bfc26ca3102ada8b22ae86.html",
  "日期取页面“2023-01-12 16:18”；大会为1月11日。标题照录（页面标题行重复两次，取一次）；来源、分享按钮与图注“冉雨琳 摄”已删。存段末段“重庆市招商投资局…两江新区作为重庆经”在句中中断，整段删去；正文截至“…进一步深化两国合作。”，共三段。园区：重庆两江新区（文中又作“两江新区”；国家级新区）；上海浦东新区、天津滨海新区只作比较，列可选。签约额“约301亿”无“元”字，metric 不以 _cny 结尾。份额为 ratio（占全市）。公司：凯达环球、查普门泰勒（英国企业，与两江新区合作，可选，park null）。“已有100家英国企业落户重庆”为城市数字，可选。",
  "md07"),
 parks=[
  park(LJ, "重庆", "重庆", "国家级新区", "重庆市委常委,重庆两江新区党工委书记张鸿星表示", aliases=["两江新区"], note="国家第三个国家级开发开放新区"),
  park("上海浦东新区", "上海", "上海", "国家级新区", "是继上海浦东新区、天津滨海新区之后国务院批复的国家第三个", opt=True, note="只作比较"),
  park("天津滨海新区", "天津", "天津", "国家级新区", "是继上海浦东新区、天津滨海新区之后国务院批复的国家第三个", opt=True, note="只作比较"),
 ],
 companies=[
  comp("凯达环球", None, "英国凯达环球、查普门泰勒等多家企业已成功与两江新区合作", opt=True, note="英国企业"),
  comp("查普门泰勒", None, "英国凯达环球、查普门泰勒等多家企业已成功与两江新区合作", opt=True, note="英国企业"),
 ],
 institutions=[
  inst("英国驻华大使馆", "英国驻华大使馆贸易使节吴侨文在线上致辞时表示"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LJ, "park", "projects_signed", 28, "count", Q0, AS7),
  fact(LJ, "park", "signed_investment", 3.01e10, "cny", Q0, AS7, qual="约", qtext="约", note="“约301亿”（文中无“元”字）"),
  fact(LJ, "park", "land_share_of_city", 0.015, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio", opt=True),
  fact(LJ, "park", "gdp_share_of_city", 0.15, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio", qual="约", qtext="约"),
  fact(LJ, "park", "above_scale_industrial_output_share_of_city", 0.20, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio"),
  fact(LJ, "park", "imports_exports_share_of_city", 0.30, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio", opt=True),
  fact(LJ, "park", "services_trade_share_of_city", 0.40, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio", opt=True),
  fact(LJ, "park", "auto_output_share_of_city", 0.50, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio", opt=True),
  fact(LJ, "park", "cross_border_ecommerce_share_of_city", 0.70, "ratio", Q1, "2022年前后（文中未说年份）", kind="ratio", opt=True),
  fact("重庆", "region", "uk_firms", 100, "count", "目前,已有100家英国企业落户重庆", "2023年1月", opt=True),
 ])

# ---------------------------------------------------------------- md08 新会 招商推介大会 (信息时报 2021)
XH = "新会"
R0 = "会上20个项目签约,计划总投资超200亿元"
G["md08"] = dict(
 article=art("广东江门新会举办招商推介大会,签约项目总投资超200亿元", "信息时报（记者 叶佳茵），wap.xxsb.com", "2021-10-23", "day",
  "Guangzhou paper, Guangdong: a district's investment presentation in Shenzhen — 20 projects signed (total), agreements with fund managers and think tanks, an investment service centre opened, the district's plan for a provincial large industrial park",
  "http://wap.xxsb.com/content/2021-10/23/content_168810.html",
  "日期取页面“2021-10-23 19:14:00”；推介会为10月21日。标题照录；日期行与图注“推介会现场。受访供图”已删。存段在末段第二句“此外,新会还将…倾力打造千”处中断，该句删去（make_txt.py LINE_SUFFIX），正文截至“…侨文化交流合作中心。”，共三段。新会（江门市新会区）为区，不是园区（事实 subject_type region）。园区：省大型产业园区(新会片区)（照原文）；深江合作区（可选）。签约20个项目未点名；“多家基金管理机构”未点名，不列基金。",
  "md08"),
 parks=[
  park("省大型产业园区(新会片区)", "江门", "广东", "产业园区", "新会将举全区之力加快建设省大型产业园区(新会片区)", district="新会区", note="照原文；省级大型产业园区的新会片区"),
  park("深江合作区", None, "广东", "合作区", "未来积极参与深江合作区建设", opt=True),
 ],
 companies=[], projects=[],
 institutions=[
  inst("江门市新会区人民政府驻深圳产业招商服务中心", "新会还揭牌成立了江门市新会区人民政府驻深圳产业招商服务中心"),
 ],
 aggregate_facts=[
  fact(XH, "region", "projects_signed", 20, "count", R0, "2021年10月21日（推介会）"),
  fact(XH, "region", "signed_investment_cny", 2e10, "cny", R0, "2021年10月21日（推介会）", qual="超", qtext="超", chk=True),
 ])
