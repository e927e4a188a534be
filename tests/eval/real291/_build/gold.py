# real291 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all six items simplified script as published; qd06 has one 佔 as
# published); names as written; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates as ratios. Projects:
# the park the text places the project in, null if none (a county / province is not a park). Status from the text's words
# (开工建设 / 正式开工 → 开工; 建成投产 → 投产; 建设完成 / 全面建成 → 竣工; 将于…建成 / 落地建设 → 在建; 落地 alone → none).
# Year-to-date figures (“今年上半年”, “截至今年10月”, “累计”) are cumulative; expectations after completion are target.
# Sources: `search` (corpus pages) excerpts typed into _raw/pages/qdNN.raw as returned.

# ---------------------------------------------------------------- qd01 普定工业园区 博大包装 (一田资源网 / 普定县委宣传部 2014)
PD = "普定工业园区"
A0 = "普定工业园区2013年招商引资重点项目——贵州博大包装厂项目正式开工建设"
A1 = "博大包装项目是列入普定县2015年上半年拟完成的重大项目(即“8+3”重点推进实施的项目之一),占地300亩,总投资4亿元"
A2 = "10月份建成投产后,预计年产9亿条循环利用环保编织袋,可实现年产值7亿元,年税收2200万元,解决固定用工2400人以上"
G["qd01"] = dict(
 article=art("（无标题）普定工业园区贵州博大包装厂项目正式开工建设", "yingdodo.com（“据一田资源网了解”；文末“来源: 普定县委宣传部”）", "2014-11", "month",
  "Resource-trade site relaying a county propaganda-office item, Guizhou (安顺): a county industrial park's key investment project starts — investment, site area, completion schedule, expected output, tax and jobs",
  "http://www.yingdodo.com/html/news/201411690251.html",
  "存段无标题、无日期行（title 为编者概括）。日期推断：文中“10月29日…2013年招商引资重点项目…正式开工建设”“列入普定县2015年上半年拟完成的重大项目”“预计2015年6月底完成厂房建设”，开工为2014年10月29日；网址 201411… 示2014年11月发布，记 2014-11（month，推断）。存段为一段，完整；文末“来源: 普定县委宣传部”在同一行，保留。园区：普定工业园区（安顺市普定县，贵州；文中又作“工业园区”）。项目：贵州博大包装厂项目（又作“博大包装项目”），总投资4亿元，正式开工建设→开工；预计2015年10月建成投产。公司：贵州博大包装厂只在项目名中（可选）。事实：项目投产后预计年产值7亿元、年税收2200万元（target）；占地300亩（可选）。",
  "qd01"),
 parks=[
  park(PD, "安顺", "贵州", "工业园区", A0, district="普定县", note="文中又作“工业园区”"),
 ],
 companies=[
  comp("贵州博大包装厂", PD, A0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("普定县委宣传部", "来源: 普定县委宣传部", note="稿件来源"),
 ],
 projects=[
  proj("贵州博大包装厂项目", PD, A1, companies=["贵州博大包装厂"], inv="总投资4亿元", status="开工", status_text="正式开工建设",
       aliases=["博大包装项目"], note="开工见上句“普定工业园区2013年招商引资重点项目——贵州博大包装厂项目正式开工建设”；计划2015年6月底完成厂房建设及设备采购安装，10月份建成投产"),
 ],
 aggregate_facts=[
  fact("贵州博大包装厂项目", "project", "expected_annual_output_cny", 7e8, "cny", "可实现年产值7亿元,年税收2200万元", "投产后（预期）", kind="target", chk=True),
  fact("贵州博大包装厂项目", "project", "expected_annual_tax_cny", 2.2e7, "cny", "年税收2200万元", "投产后（预期）", kind="target", chk=True),
  fact("贵州博大包装厂项目", "project", "expected_jobs", 2400, "count", A2, "投产后（预期）", kind="target", qual="超", qtext="以上", opt=True),
  fact("贵州博大包装厂项目", "project", "site_area_mu", 300, "mu", A1, "2014年10月", opt=True),
 ])

# ---------------------------------------------------------------- qd02 盘北经济开发区 (新华网贵州频道 2015)
PB = "盘北经济开发区"
B0 = "今年上半年,完成工业总产值116.26亿元,固定资产投资59.01亿元,招商引资到位资金49.25亿元,财政收入7.2亿元,在六盘水市11个工业园区1至5月考核评价中排名第一位"
B1 = "投资2.4亿元、建筑面积17万平米的棚户区改造项目将于8月底全部建成,将确保首黔项目搬迁群众年底前入住"
B2 = "投资5亿元,集商贸、农特产品交易、电子商务于一体的锦绣盘北城市综合体完成地勘工程"
B3 = "目前,基础设施在建项目26个,总投资13.7亿元"
ASB = "2015年上半年"
G["qd02"] = dict(
 article=art("盘县:盘北经济开发区依托优势加快发展", "新华网贵州频道（邓永长），载于 guiyang.baogaosu.com", "2015-08-19", "day",
  "National news agency's provincial channel via an aggregator, Guizhou (六盘水): a county economic development zone's half-year figures, positioning, reuse of a former project's land, two named construction projects with investment, infrastructure under construction",
  "http://guiyang.baogaosu.com/xinwen/%E7%9B%98%E5%8E%BF%E7%9B%98%E5%8C%97%E7%BB%8F%E6%B5%8E%E5%BC%80%E5%8F%91%E5%8C%BA%E4%BE%9D%E6%89%98%E4%BC%98%E5%8A%BF%E5%8A%A0%E5%BF%AB/36727668",
  "日期取页面“19.08.2015 12:13”与电头“新华网贵州频道8月19日电”。标题照录；日期行已删。正文四段，完整（署名“(邓永长)”在末尾）。园区：盘北经济开发区（六盘水市盘县，贵州；文中又作“开发区”）。“六盘水市11个工业园区”只作排名范围。项目：棚户区改造项目（投资2.4亿元，将于8月底全部建成→在建）；锦绣盘北城市综合体（投资5亿元，完成地勘工程，尚未开工，status 记 planned）；首黔项目只以其土地与搬迁群众出现（可选，无状态）。事实：上半年工业总产值、固定资产投资、招商引资到位资金、财政收入（cumulative）；基础设施在建项目26个、总投资13.7亿元；盘活首黔项目土地引进三家企业（可选）。",
  "qd02"),
 parks=[
  park(PB, "六盘水", "贵州", "经济开发区", "新华网贵州频道8月19日电  盘北经济开发区围绕“工业强省”战略", district="盘县", note="文中又作“开发区”；目标“千亿级经济开发区,国家级经济开发区”"),
 ],
 companies=[],
 projects=[
  proj("棚户区改造项目", PB, B1, inv="投资2.4亿元", status="在建", status_text="将于8月底全部建成", note="建筑面积17万平米；安置首黔项目搬迁群众"),
  proj("锦绣盘北城市综合体", PB, B2, inv="投资5亿元", status="planned", status_text="完成地勘工程", note="集商贸、农特产品交易、电子商务于一体；仅完成地勘"),
  proj("首黔项目", PB, "积极盘活首黔项目土地资源,目前已引进三家企业", opt=True, note="原项目，其土地被盘活；无状态"),
 ],
 aggregate_facts=[
  fact(PB, "park", "industrial_output_cny", 1.1626e10, "cny", B0, ASB, kind="cumulative", chk=True),
  fact(PB, "park", "fixed_asset_investment_cny", 5.901e9, "cny", "固定资产投资59.01亿元", ASB, kind="cumulative", chk=True),
  fact(PB, "park", "investment_funds_arrived_cny", 4.925e9, "cny", "招商引资到位资金49.25亿元", ASB, kind="cumulative", chk=True),
  fact(PB, "park", "fiscal_revenue_cny", 7.2e8, "cny", "财政收入7.2亿元", ASB, kind="cumulative", chk=True),
  fact(PB, "park", "infrastructure_projects_under_construction", 26, "count", B3, "2015年8月"),
  fact(PB, "park", "infrastructure_projects_investment_cny", 1.37e9, "cny", "总投资13.7亿元", "2015年8月", chk=True),
  fact(PB, "park", "firms_introduced", 3, "count", "积极盘活首黔项目土地资源,目前已引进三家企业", "2015年8月", opt=True, note="首黔项目土地上引进"),
  fact(PB, "park", "substations_built", 7, "count", "新建变电站7座", "2015年8月", opt=True),
 ])

# ---------------------------------------------------------------- qd03 毕节 产业园区 (中国网 via 欧洲网 2015)
C0 = "全市规划建设的12个园区全部纳入省100个产业园区成长工程"
C1 = "截至今年10月,园区累计建成面积103平方公里,完成投资1948亿元,对产业园的投资进入了“大数据”时代"
C2 = "目前,园区入驻企业764户,建成投产企业519户,累计实现工业总产值1930亿元,累计建成标准厂房600万平方米,累计从业人员近9万人"
ASC = "截至2015年10月"
BJ = "毕节市（全市园区）"
G["qd03"] = dict(
 article=art("毕节试验区系列报道之十九", "中国网（“欧洲网分享来自中国网的”），载于 eupeople.com.cn（欧洲网）", "2015-12-04", "day",
  "Overseas-Chinese portal relaying a national portal's series, Guizhou (毕节): a prefecture's industrial parks at the end of the 12th five-year plan — parks in the provincial growth programme, cumulative built area, investment, firms entered and in production, output, standard factories, employment",
  "http://eupeople.com.cn/jj/2015120420515.html",
  "日期取页面“2015-12-04”（转载日；中国网原发日未示）。标题取转载页标题“毕节试验区系列报道之十九”；转载导语“今天,欧洲网分享…希望大家喜欢。”（两次）与摘要行已删。正文保留小标题“聚产业能量 圆强市之梦”、图片说明“毕节市南部新区城市综合体”“工人在操作化成柜:给密封后的进行第一次充电”与节号“一”。存段末段“位于金沙开发区的奥斯科尔公司…公司开发的壁挂音响、一”在句中中断，按段整段删去，正文截至“…初步形成了独具特色的新型工业产业体系。”。园区：全文只说“毕节产业园区”“12个园区”，未点名园区；“毕节市南部新区”只在图片说明中（可选，城市新区）。事实主体记“毕节市（全市园区）”（region）：12个园区纳入省100个产业园区成长工程；截至2015年10月累计建成面积、完成投资、入驻企业、建成投产企业、累计工业总产值、标准厂房、从业人员（“近9万人”→约）。无项目、无公司。",
  "qd03"),
 parks=[
  park("毕节市南部新区", "毕节", "贵州", "新区（城市）", "毕节市南部新区城市综合体", opt=True, note="只在图片说明中；城市新区，非产业园区"),
 ],
 companies=[],
 projects=[
  proj("毕节市南部新区城市综合体", "毕节市南部新区", "毕节市南部新区城市综合体", opt=True, note="只在图片说明中；无状态"),
 ],
 aggregate_facts=[
  fact(BJ, "region", "parks_in_provincial_programme", 12, "count", C0, ASC),
  fact(BJ, "region", "park_built_area_km2", 103, "km2", C1, ASC, kind="cumulative"),
  fact(BJ, "region", "park_investment_cny", 1.948e11, "cny", "完成投资1948亿元", ASC, kind="cumulative", chk=True),
  fact(BJ, "region", "firms", 764, "count", C2, ASC),
  fact(BJ, "region", "firms_in_production", 519, "count", C2, ASC),
  fact(BJ, "region", "industrial_output_cny", 1.93e11, "cny", "累计实现工业总产值1930亿元", "2010年至2015年10月", kind="cumulative", chk=True),
  fact(BJ, "region", "standard_factory_area_m2", 6e6, "m2", "累计建成标准厂房600万平方米", ASC, kind="cumulative", opt=True),
  fact(BJ, "region", "employees", 90000, "count", "累计从业人员近9万人", ASC, kind="cumulative", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- qd04 贵安新区上半年签约88个 (工业园网 贵州站 2016)
GA = "贵安新区"
D0 = "5月24日,省政府和美国高通公司合资成立的贵州华芯通半导体技术有限公司正式运营"
D1 = "引进五龙集团建设的长江纯电动汽车产业项目正式开工"
D2 = "上海联影医疗科技、上海华院数据、多肽口服液、贝格大数据、新能源汽车车桩网一体化、裸眼3D等一批标志性的项目落地"
D3 = "上半年,贵安新区招商引资新签约项目88个,协议投资总额达780亿元"
D4 = "富士康901项目顺利开工建设,华锦铝业建成投产;富士康服务器、存储器项目一期建设完成,京东电商产业园项目一期全面建成"
D5 = "吉利M100甲醇汽车项目新能源客车项目落地建设"
ASD = "2016年上半年"
G["qd04"] = dict(
 article=art("贵州省工业统计数据公布:上半年经济增长10.7%", "gz.cnipai.com（工业园网贵州站；原发媒体与署名存段未示）", "2016-07-19", "day",
  "Industrial-park portal's provincial channel, Guizhou: the province's half-year industrial figures, a national new area's new firm, zone, project starts and landings and its half-year signings, Guiyang parks' projects started, completed and in production",
  "https://gz.cnipai.com/news/detail/136522.html",
  "日期取页面“2016 07/19 23:33”。标题照录；“贵州切换”“新闻”与日期行已删。存段末两段（小标题“毕节市成为产业集聚发展主阵地”与“一步一个新台阶,…经开园围绕打造贵阳经济发展升级版的“主”，后者在句中中断）按段删去，正文截至“…大大增强贵阳市大健康医药产业发展后劲。”，含小标题“贵安新区上半年签约项目88个”，共九段。园区：贵安新区（国家级新区，跨贵阳、安顺，city 记 null）；贵安综合保税区（在贵安新区内，封关运行）。公司：贵州华芯通半导体技术有限公司（贵安新区“亮点企业”；文中又作“华芯通半导体技术有限公司”“贵州华芯通”）；美国高通公司（合资方，可选）；五龙集团（长江纯电动汽车产业项目引进方，可选）；华锦铝业（建成投产，贵阳市，园区未点名）；国药集团（可选）。项目：长江纯电动汽车产业项目（正式开工→开工，贵安新区）；上海联影医疗科技等六个“项目落地”（贵安新区，落地无状态）；贵阳：富士康901项目（开工）、华锦铝业（投产）、富士康服务器、存储器项目一期（建设完成→竣工）、京东电商产业园项目一期（全面建成→竣工）、吉利M100甲醇汽车项目新能源客车项目（落地建设→在建）——只说“贵阳市各产业园区”，park 记 null。事实：贵安新区上半年新签约项目88个、协议投资780亿元（cumulative）；全省上半年工业增加值2052.24亿元、增长10.7%（可选，省级）。",
  "qd04"),
 parks=[
  park(GA, None, "贵州", "国家级新区", D3, note="跨贵阳、安顺两市"),
  park("贵安综合保税区", None, "贵州", "综合保税区", "历时一年建设的贵安综合保税区顺利封关并正式运行", parent=GA, note="2016年封关运行"),
 ],
 companies=[
  comp("贵州华芯通半导体技术有限公司", GA, "华芯通半导体技术有限公司横空出世,成为贵安新区的又一个亮点企业", aliases=["华芯通半导体技术有限公司", "贵州华芯通"], note="省政府与美国高通公司合资；2016年5月24日正式运营"),
  comp("美国高通公司", None, D0, opt=True, note="合资方"),
  comp("五龙集团", GA, D1, opt=True, note="长江纯电动汽车产业项目引进方"),
  comp("华锦铝业", None, D4, opt=True, note="贵阳市；建成投产；园区未点名"),
  comp("国药集团", None, "国药集团等一批标志性项目的引进", opt=True, note="贵阳市引进"),
 ],
 projects=[
  proj("长江纯电动汽车产业项目", GA, D1, companies=["五龙集团"], status="开工", status_text="正式开工"),
  proj("上海联影医疗科技", GA, D2, note="“项目落地”，无状态"),
  proj("上海华院数据", GA, D2, note="同上"),
  proj("多肽口服液", GA, D2, note="同上"),
  proj("贝格大数据", GA, D2, note="同上"),
  proj("新能源汽车车桩网一体化", GA, D2, note="同上"),
  proj("裸眼3D", GA, D2, note="同上"),
  proj("富士康901项目", None, D4, status="开工", status_text="顺利开工建设", note="贵阳市产业园区（未点名）"),
  proj("华锦铝业", None, D4, companies=["华锦铝业"], status="投产", status_text="建成投产", note="以企业名作项目；贵阳市"),
  proj("富士康服务器、存储器项目一期", None, D4, phase="一期", status="竣工", status_text="一期建设完成", note="贵阳市"),
  proj("京东电商产业园项目一期", None, D4, phase="一期", status="竣工", status_text="一期全面建成", note="贵阳市"),
  proj("吉利M100甲醇汽车项目新能源客车项目", None, D5, status="在建", status_text="落地建设", note="贵阳市"),
 ],
 aggregate_facts=[
  fact(GA, "park", "projects_signed", 88, "count", D3, ASD, kind="cumulative"),
  fact(GA, "park", "signed_investment_cny", 7.8e10, "cny", "协议投资总额达780亿元", ASD, kind="cumulative", chk=True),
  fact("贵州省", "region", "industrial_value_added_cny", 2.05224e11, "cny", "我省工业完成增加值2052.24亿元,增长10.7%", ASD, kind="cumulative", opt=True, chk=True),
  fact("贵州省", "region", "industrial_value_added_growth", 0.107, "ratio", "我省工业完成增加值2052.24亿元,增长10.7%", ASD, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qd05 黔南州2016年第一次项目建设现场观摩会 (新华网 2016)
E0 = "观摩组分三个小组深入12个县市和都匀经济开发区,观摩了60多个项目"
E1 = "独山县通过恒鑫集团整合重组,有效的提升了铁合金工艺装备、环保设施和生产管理水平"
E2 = "金田集团科技园引进全球最先进的“环保型”自动化生产业,专业生产聚丙烯薄膜"
E3 = "长顺但家香酥鸭养殖加工、独山济生铁皮石斛、贵定天福茶旅一体化等项目将种植、养殖、加工、农业观光合为一体"
E4 = "贵定“金海雪山”通过“旅游+小城镇建设”,为贵定盘江汇集人气财气"
E5 = "三都县姑鲁水族原生态旅游、平塘国际射电天文科普旅游文化园等项目围绕“旅游+文化”体现了黔南州独有的民族文化"
G["qd05"] = dict(
 article=art("黔南州召开2016年第一次项目建设现场观摩会", "新华网（曾鹏），载于 guiyang.baogaosu.com", "2016-05-25", "day",
  "National news agency's item via an aggregator, Guizhou (黔南州): a prefecture's project inspection tour across its counties and an economic development zone — industrial firms restructuring and upgrading, named agricultural and tourism projects",
  "http://guiyang.baogaosu.com/xinwen/%E5%B9%B4%E7%AC%AC%E4%B8%80%E6%AC%A1%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E7%8E%B0%E5%9C%BA%E8%A7%82%E6%91%A9/47058778/",
  "日期取页面“25.05.2016 19:39”与电头“新华网贵阳5月25日电”（观摩为5月22日至24日）。标题照录；日期行已删；两条图片说明（“…新华网 曾鹏 摄”）保留。存段末段“此外,各县市依托自己的优势,…惠水百度大数据百鸟河基地项目未来三年预计完”在句中中断，按段整段删去，正文截至“…体现了黔南州独有的民族文化。”。园区：都匀经济开发区（黔南州都匀市，贵州；只作观摩范围）；金田集团科技园（企业园区，所在县未说，可选）。公司：恒鑫集团（独山县，整合重组铁合金业）、金田集团（只在“金田集团科技园”中，可选）。项目：长顺但家香酥鸭养殖加工、独山济生铁皮石斛、贵定天福茶旅一体化（农业项目）与贵定“金海雪山”、三都县姑鲁水族原生态旅游、平塘国际射电天文科普旅游文化园（旅游项目）均为县域项目，无园区、无金额、无状态；旅游项目列为可选。事实：观摩60多个项目（可选）。",
  "qd05"),
 parks=[
  park("都匀经济开发区", "黔南州", "贵州", "经济开发区", E0, district="都匀市", note="只作观摩范围"),
  park("金田集团科技园", "黔南州", "贵州", "企业科技园", E2, opt=True, note="企业园区；所在县市未说"),
 ],
 companies=[
  comp("恒鑫集团", None, E1, note="独山县铁合金企业整合重组"),
  comp("金田集团", "金田集团科技园", E2, opt=True, note="只在“金田集团科技园”中；专业生产聚丙烯薄膜"),
 ],
 projects=[
  proj("长顺但家香酥鸭养殖加工", None, E3, note="长顺县农业项目；观摩"),
  proj("独山济生铁皮石斛", None, E3, note="独山县农业项目；观摩"),
  proj("贵定天福茶旅一体化", None, E3, note="贵定县茶旅项目；观摩"),
  proj("金海雪山", None, E4, opt=True, note="贵定旅游项目（文中加引号）"),
  proj("三都县姑鲁水族原生态旅游", None, E5, opt=True, note="旅游项目"),
  proj("平塘国际射电天文科普旅游文化园", None, E5, opt=True, note="旅游项目"),
 ],
 aggregate_facts=[
  fact("黔南州", "region", "projects_inspected", 60, "count", E0, "2016年5月22日至24日（观摩）", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- qd06 黔重大项目集中开工 总投资1069亿 (今日时报网 2018)
SL = "双龙航空港经济区"
F0 = "2018贵州省产业大招商重大项目开工仪式在贵阳市双龙航空港经济区宝能 贵州数据科技城举行,集中开工新引进项目267个,投资总额1069.78亿元"
F1 = "2018年上半年,贵州省引进省外项目3534个,新增合同投资额8403.3亿元,同比增长6.1%;新增到位资金5611.9亿元,同比增长23%"
ASF = "2018年9月（集中开工）"
G["qd06"] = dict(
 article=art("黔重大项目集中开工 总投资1069亿", "今日时报网（记者黄庆松）", "2018-09-16", "day",
  "News site's report, Guizhou: a province-wide groundbreaking of newly attracted projects held at a park-area data-city project in an airport economic zone — count and total investment, provincial investment-promotion figures for the first half-year",
  "https://jinrishibao.com/html/zszx_1711_44146.html",
  "日期取页面“2018年09月16日”（文中“日前”；开工仪式即2018年9月8日贵洽会期间，日子文中未说）。标题照录；“来源:新闻中心作者/编辑:编辑 2018年09月16日”行已删。简体，原文有一“佔”字（“产业投资佔比”），照录。存段末段“宝能集团高级副总裁邹明武说,…建立产业金融、人才服务、科技服务、产学研合作等服务体系,打”在句中中断，按段整段删去（该段的“项目总投资达200亿元”因此不在正文），正文截至“…新增到位资金5611.9亿元,同比增长23%。”，共三段。园区：双龙航空港经济区（文中“贵阳市双龙航空港经济区”；贵阳，贵州）。项目：宝能 贵州数据科技城（只作开工仪式地点，正文无金额、无状态，可选，园区双龙航空港经济区）。事实：全省集中开工新引进项目267个、投资总额1069.78亿元（region 贵州省）；2018年上半年全省引进省外项目、新增合同投资额及增速、新增到位资金及增速（region，cumulative / ratio）。贵州省投资促进局列可选机构。",
  "qd06"),
 parks=[
  park(SL, "贵阳", "贵州", "航空港经济区", F0, note="文中作“贵阳市双龙航空港经济区”"),
 ],
 companies=[],
 institutions=[
  inst("贵州省投资促进局", "开工仪式上,贵州省投资促进局局长马雷表示"),
 ],
 projects=[
  proj("宝能 贵州数据科技城", SL, F0, opt=True, note="只作开工仪式地点；存段删去的末段称其总投资200亿元"),
 ],
 aggregate_facts=[
  fact("贵州省", "region", "projects_started", 267, "count", F0, ASF, note="新引进项目集中开工"),
  fact("贵州省", "region", "projects_started_investment_cny", 1.06978e11, "cny", "投资总额1069.78亿元", ASF, chk=True),
  fact("贵州省", "region", "projects_introduced", 3534, "count", F1, "2018年上半年", kind="cumulative", opt=True, note="省外项目"),
  fact("贵州省", "region", "contract_investment_cny", 8.4033e11, "cny", "新增合同投资额8403.3亿元,同比增长6.1%", "2018年上半年", kind="cumulative", opt=True, chk=True),
  fact("贵州省", "region", "contract_investment_yoy_growth", 0.061, "ratio", F1, "2018年上半年", kind="ratio", opt=True),
  fact("贵州省", "region", "investment_funds_arrived_cny", 5.6119e11, "cny", "新增到位资金5611.9亿元,同比增长23%", "2018年上半年", kind="cumulative", opt=True, chk=True),
  fact("贵州省", "region", "investment_funds_arrived_yoy_growth", 0.23, "ratio", "新增到位资金5611.9亿元,同比增长23%", "2018年上半年", kind="ratio", opt=True),
 ])
