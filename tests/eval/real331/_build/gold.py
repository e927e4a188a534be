# real331 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in, null if none (a county / city / prefecture
# is a region, not a park). Status from the text's words (集中开工 / 宣布…开工 / 开工 → 开工; 签约 → 签约). Year-to-date
# figures (“上半年…累计”) are cumulative; “计划完成投资” figures are target. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/prNN.raw as returned.

# ---------------------------------------------------------------- pr01 红河州 2021年第一次重点项目集中开工 (红河日报 via hh.gov.cn)
MZ = "蒙自经开区"
A0 = "2月18日上午,春节长假收假第一天,红河州2021年第一次重点项目集中开工在蒙自经开区金风科技产业集群风电装备制造产业园项目建设现场举行"
A1 = "此次集中开工重点项目共40个,总投资248.5亿元"
A2 = "其中,亿元以上项目24个"
ASA = "2021年2月18日（集中开工）"
G["pr01"] = dict(
 article=art("红河州举行今年第一次重点项目集中开工", "红河日报（“文章来源:红河日报”），载于红河州人民政府网 hh.gov.cn（时政红河·政务动态）", "2021-02-19", "day",
  "Prefecture government portal relaying the prefecture daily, Yunnan: the prefecture's first joint groundbreaking of 2021, held at a wind-power equipment park project in a national economic and technological development zone — 40 projects with total investment, counts by category, a wind-turbine maker's president speaking",
  "http://www.hh.gov.cn/szhh/zwdt/202102/t20210219_500229.html",
  "日期取页面“发布日期:2021/02/19 08:23”（开工仪式为2月18日）。标题照录；副题“姚国华宣布开工 罗萍主持”、栏目路径、“文章来源”“发布日期”“浏览次数”行已删。存段末行“吴世雄、鞠云昆、周踊,蒙自经”为出席名单残句，已删（make_txt.py ITEMS 截至上一段），正文截至“…集中开工情况等展板。”，共六段。园区：蒙自经开区（蒙自经济技术开发区，红河州蒙自市，云南；文中只作“蒙自经开区”，不补全称）。项目：金风科技产业集群风电装备制造产业园项目——开工仪式在其“建设现场”举行，推定为本次集中开工项目之一（status 开工，status_alt 在建），无单项金额。公司：新疆金风科技股份有限公司（总裁出席；项目以“金风科技”冠名，园区记蒙自经开区，可选）。40个项目、248.5亿元、分类个数、亿元以上24个为红河州（region）事实。",
  "pr01"),
 parks=[
  park(MZ, "红河州", "云南", "经济技术开发区", A0, district="蒙自市", note="即蒙自经济技术开发区；文中只作“蒙自经开区”"),
 ],
 companies=[
  comp("新疆金风科技股份有限公司", MZ, "新疆金风科技股份有限公司总裁曹志刚出席", opt=True,
       note="金风科技产业集群风电装备制造产业园项目的企业；公司本身在新疆，园区归属由项目推定"),
 ],
 projects=[
  proj("金风科技产业集群风电装备制造产业园项目", MZ, A0, companies=["新疆金风科技股份有限公司"], status="开工", status_text="集中开工",
       status_alt="在建", note="集中开工仪式在其建设现场举行；推定为40个集中开工项目之一；无单项金额"),
 ],
 aggregate_facts=[
  fact("红河州", "region", "projects_started", 40, "count", A1, ASA),
  fact("红河州", "region", "projects_started_investment_cny", 2.485e10, "cny", A1, ASA, chk=True),
  fact("红河州", "region", "projects_started_over_100m", 24, "count", A2, ASA, opt=True, note="亿元以上项目"),
  fact("红河州", "region", "industrial_projects_started", 17, "count", "现代产业类项目17个", ASA, opt=True, note="现代产业类"),
 ])

# ---------------------------------------------------------------- pr02 滇中新区生物医药和大健康产业 (云南日报 2020)
DZ = "云南滇中新区"
KG = "空港经济区"
B0 = "去年,云南滇中新区生物医药和大健康产业投产运营企业共有32户,实现主营业务收入181.5亿元,同比增长16.5%,增加值同比增长10.3%,增加值在新区五大高端产业集群业中占比近10%"
B1 = "其中,昆明南疆制药大容量注射剂占省内80%市场份额,昆明邦宇制药醋酸钙制剂占国内市场90%市场份额,云南瑞宝生物水溶色素、万寿菊提取物分别占国际市场20%、40%市场份额,均成为省级制造业单项冠军企业"
AS2 = "2019年"
G["pr02"] = dict(
 article=art("云南滇中新区生物医药和大健康产业增长势头强劲", "云南日报（记者 喻劲猛），yndaily.yunnan.cn 电子版 第07版:经济", "2020-08-19", "day",
  "Provincial daily's economy page, Yunnan: a state-level new area's biomedicine and health industry — last year's operating firms, revenue and growth, value-added growth and share, the sub-areas' specialisations, three firms with market shares",
  "http://yndaily.yunnan.cn/html/2020-08/19/content_1364637.htm?div=-1",
  "日期取版面“2020年08月19日 星期三 第07版:经济”。标题照录；副题“去年实现主营业务收入181.5亿元,同比增长16.5%”（与正文首句重复）与版面导航已删。存段第三段“招商引资方面,…昆明生物制造研”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…均成为省级制造业单项冠军企业。”，共两段。园区：云南滇中新区（国家级新区，昆明，云南；文中又作“新区”）；空港经济区（滇中新区内，parent 记云南滇中新区）。安宁市、嵩明县为县市（region），不列园区。公司：昆明南疆制药、昆明邦宇制药、云南瑞宝生物（名称照录，均为新区产业体系中的单项冠军企业，园区记云南滇中新区）。事实：“去年”即2019年：投产运营企业32户、主营业务收入181.5亿元、增长16.5%、增加值增长10.3%、占比近10%（约）；三家企业市场份额（ratio，可选）。",
  "pr02"),
 parks=[
  park(DZ, "昆明", "云南", "国家级新区", B0, note="文中又作“新区”"),
  park(KG, "昆明", "云南", "经济区（临空）", "初步形成了空港经济区聚焦医疗器械和生物制药", parent=DZ, opt=True, note="滇中新区内；母园区由语境推定"),
 ],
 companies=[
  comp("昆明南疆制药", DZ, B1, note="大容量注射剂；省级制造业单项冠军企业"),
  comp("昆明邦宇制药", DZ, B1, note="醋酸钙制剂；省级制造业单项冠军企业"),
  comp("云南瑞宝生物", DZ, B1, note="水溶色素、万寿菊提取物；省级制造业单项冠军企业"),
 ],
 projects=[],
 aggregate_facts=[
  fact(DZ, "park", "biomedicine_firms_operating", 32, "count", B0, AS2, note="生物医药和大健康产业投产运营企业"),
  fact(DZ, "park", "biomedicine_revenue_cny", 1.815e10, "cny", "实现主营业务收入181.5亿元,同比增长16.5%", AS2, chk=True, note="生物医药和大健康产业主营业务收入"),
  fact(DZ, "park", "biomedicine_revenue_yoy_growth", 0.165, "ratio", "实现主营业务收入181.5亿元,同比增长16.5%", AS2, kind="ratio"),
  fact(DZ, "park", "biomedicine_value_added_yoy_growth", 0.103, "ratio", "增加值同比增长10.3%", AS2, kind="ratio"),
  fact(DZ, "park", "biomedicine_value_added_share", 0.10, "ratio", "增加值在新区五大高端产业集群业中占比近10%", AS2, kind="ratio", qual="约", qtext="近", opt=True),
  fact("昆明南疆制药", "company", "provincial_market_share", 0.80, "ratio", "昆明南疆制药大容量注射剂占省内80%市场份额", AS2, kind="ratio", opt=True),
  fact("昆明邦宇制药", "company", "domestic_market_share", 0.90, "ratio", "昆明邦宇制药醋酸钙制剂占国内市场90%市场份额", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- pr03 晋宁工业园区上半年完成投资5.38亿元 (via yn.cnipai 2020)
JN = "晋宁工业园区"
C0 = "上半年,晋宁工业园区全力克服疫情带来的影响,采取系列措施抓项目开工稳投资,累计完成53847万元,较去年同比增长24.11%"
C1 = "其中,6月工业投资完成12828万元,较去年同比增长50.40%"
C2 = "目前,晋宁工业固定资产投资在库项目19个,包含云南官房建筑集团股份有限公司新型建材基地项目,云南益杰工贸有限公司年产5万吨高速公路、铁路、路桥交安配置产品项目,云南霞云成工贸有限公司年50万吨热卷加工、开平、钢管生产项目等亿元以上项目"
AS3 = "2020年上半年"
G["pr03"] = dict(
 article=art("晋宁工业园区上半年完成投资5.38亿元", "“本报”（记者冉光雯 通讯员温亮；报名存段未示），载于工业园网 yn.cnipai.com（云南站，用户上传）", "2020-08-24", "day",
  "Industrial-park portal relaying a local paper's short item, Yunnan (Kunming): an industrial park's first-half investment and growth, June industrial investment, projects in the investment register with three named 100-million-yuan projects",
  "https://yn.cnipai.com/news/detail/277899.html",
  "日期取页面“2020 08/24 11:34”。标题照录；站点切换字样、日期行与免责声明已删。正文三段，完整。原发报纸未署名（“本报讯”）。园区：晋宁工业园区（昆明市晋宁区，云南；省级园区，文中又作“园区”）。“晋宁工业固定资产投资在库项目19个”——主语是“晋宁工业”，归园区（管委会工作语境）。项目：三家企业的项目为在库亿元以上项目（已纳入固定资产投资统计，文中无开工/投产字样，status 不记，note 说明；无单项金额）。公司：三家，园区晋宁工业园区。事实：上半年累计完成投资53847万元（标题作5.38亿元）、增长24.11%（cumulative / ratio）；6月工业投资12828万元、增长50.40%；在库项目19个。",
  "pr03"),
 parks=[
  park(JN, "昆明", "云南", "工业园区", C0, district="晋宁区", note="文中又作“园区”"),
 ],
 companies=[
  comp("云南官房建筑集团股份有限公司", JN, C2),
  comp("云南益杰工贸有限公司", JN, C2),
  comp("云南霞云成工贸有限公司", JN, C2),
 ],
 projects=[
  proj("云南官房建筑集团股份有限公司新型建材基地项目", JN, C2, companies=["云南官房建筑集团股份有限公司"], note="在库亿元以上项目；无单项金额；文中无阶段字样"),
  proj("云南益杰工贸有限公司年产5万吨高速公路、铁路、路桥交安配置产品项目", JN, C2, companies=["云南益杰工贸有限公司"], note="同上"),
  proj("云南霞云成工贸有限公司年50万吨热卷加工、开平、钢管生产项目", JN, C2, companies=["云南霞云成工贸有限公司"], note="同上"),
 ],
 aggregate_facts=[
  fact(JN, "park", "fixed_asset_investment_cny", 5.3847e8, "cny", C0, AS3, kind="cumulative", chk=True, note="标题作“完成投资5.38亿元”"),
  fact(JN, "park", "fixed_asset_investment_yoy_growth", 0.2411, "ratio", C0, AS3, kind="ratio"),
  fact(JN, "park", "industrial_investment_cny", 1.2828e8, "cny", C1, "2020年6月", chk=True),
  fact(JN, "park", "industrial_investment_yoy_growth", 0.504, "ratio", C1, "2020年6月", kind="ratio", opt=True),
  fact(JN, "park", "projects_in_investment_register", 19, "count", C2, "2020年8月", note="工业固定资产投资在库项目"),
 ])

# ---------------------------------------------------------------- pr04 曲靖市21个重点项目集中开工 (曲靖日报 掌上曲靖 2020)
HZ1 = "会泽高新技术电子科技信息产业园区"
HZ2 = "会泽县数字经济产业园区"
D0 = "本月全市将集中开工重点项目21个、总投资152亿元,2020年计划完成投资16.6亿元"
D1 = "开工仪式上,李文荣、李石松、赵正富、朱兴友分别宣布会泽高新技术电子科技信息产业园区建设项目、会泽万达广场及五星级酒店建设项目、会泽蔓海景区旅游基础设施建设项目、会泽县数字经济产业园区建设项目开工"
AS4 = "2020年5月（集中开工）"
G["pr04"] = dict(
 article=art("曲靖市21个重点项目集中开工   总投资152亿元", "曲靖日报（记者 吴士昊），载于掌上曲靖 zsqj.qjrb.cn", "2020-05-19", "day",
  "City daily's mobile portal, Yunnan: a city's monthly joint groundbreaking held in a county — 21 projects with total and annual planned investment, counts and totals by category, four named county projects (two of them park-building projects) declared started",
  "http://zsqj.qjrb.cn/detailArticle/11984590_47799_qjrb.html",
  "日期取页面“掌上曲靖 2020-05-19 22:20:23”。标题照录（标题行内三个空格照原样保留）；日期行与“打开APP阅读全文…”等 App 提示已删。正文三段，完整（含领导名单段）。园区：会泽高新技术电子科技信息产业园区、会泽县数字经济产业园区——只出现在“…园区建设项目”中（曲靖市会泽县，云南），列可选园区。项目：四个项目“宣布…开工”→开工；两个园区建设项目 park 记该园区本身（园区开发项目，如 real52 zv05），会泽万达广场及五星级酒店建设项目、会泽蔓海景区旅游基础设施建设项目 park null（县内）。均无单项金额。事实：曲靖市（region）21个、152亿元、2020年计划完成16.6亿元（target）、分类个数与金额。",
  "pr04"),
 parks=[
  park(HZ1, "曲靖", "云南", "产业园区（电子信息）", D1, district="会泽县", opt=True, note="只在“…园区建设项目”中；园区在建"),
  park(HZ2, "曲靖", "云南", "产业园区（数字经济）", D1, district="会泽县", opt=True, note="同上"),
 ],
 companies=[],
 projects=[
  proj("会泽高新技术电子科技信息产业园区建设项目", HZ1, D1, status="开工", status_text="宣布…开工", note="园区建设项目；无单项金额"),
  proj("会泽万达广场及五星级酒店建设项目", None, D1, status="开工", status_text="宣布…开工", note="县内；无单项金额"),
  proj("会泽蔓海景区旅游基础设施建设项目", None, D1, status="开工", status_text="宣布…开工", note="县内；无单项金额"),
  proj("会泽县数字经济产业园区建设项目", HZ2, D1, status="开工", status_text="宣布…开工", note="园区建设项目；无单项金额"),
 ],
 aggregate_facts=[
  fact("曲靖市", "region", "projects_started", 21, "count", D0, AS4),
  fact("曲靖市", "region", "projects_started_investment_cny", 1.52e10, "cny", "本月全市将集中开工重点项目21个、总投资152亿元", AS4, chk=True),
  fact("曲靖市", "region", "planned_annual_investment_cny", 1.66e9, "cny", "2020年计划完成投资16.6亿元", "2020年（计划）", kind="target", chk=True),
  fact("曲靖市", "region", "industrial_projects_started", 11, "count", "其中,产业项目11个、总投资138亿元", AS4, opt=True),
  fact("曲靖市", "region", "industrial_projects_started_investment_cny", 1.38e10, "cny", "产业项目11个、总投资138亿元", AS4, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pr05 楚雄州197个重点项目开工 (中国通讯社 2021)
CX = "楚雄高新区"
E0 = "又有197个重点项目开工,总投资183.53亿元"
E1 = "开工的楚雄高新区海棠湖文旅小镇项目位于高铁新城站前大道东侧,占地约366亩,耗资近20亿元,是面向全国及南亚东南亚的特色文旅小镇"
E2 = "当天开工的禄丰市宣布云南方德波尔格园艺有限公司智能花卉种植基地建设项目计划总投资3.1亿元,将在勤丰镇建设占地面积772亩的智能花卉种植基地"
E3 = "元谋县“美丽县城”暨市政基础设施建设(PPP)项目总投资7.85亿元"
AS5 = "2021年6月30日（第三批集中开工）"
G["pr05"] = dict(
 article=art("【云南】向党献礼 楚雄州197个重点项目开工总投资183亿元", "中国通讯社（cnatv.com.cn，地方新闻联播栏；特约记者 杨德祥）", "2021-07-02", "day",
  "Online news agency's regional channel, Yunnan: a prefecture's third batch of 2021 project starts across its counties — total count and investment, county counts and planned investment, a high-tech zone's cultural-tourism town project with area and sum, a flower-base project and a county infrastructure PPP project with sums",
  "http://cnatv.com.cn/xinwen/dfxwlb/32793.html",
  "日期取页面“时间:2021-07-02 15:45:03 来源:中国通讯社 作者:杨德祥”（开工为6月30日）。标题照录；位置栏、时间来源行、图片文件名行“图片1_副本.png”“图片2_副本.png”已删；首段末粘连的站点水印“hRb中国通讯社”已删（make_txt.py WATERMARK）。存段末句“开工的双柏县国家储备林基”在句中中断，已删（LINE_SUFFIX），正文截至“…年内计划完成投资9.9亿元。”，共七段。楚雄市段“2021年计划完成投资21.48亿。”缺“元”，照录。园区：楚雄高新区（楚雄市，楚雄州，云南）。项目：楚雄高新区海棠湖文旅小镇项目（开工；“耗资近20亿元”→约）；云南方德波尔格园艺有限公司智能花卉种植基地建设项目（禄丰市勤丰镇，park null，开工，3.1亿元）；元谋县“美丽县城”暨市政基础设施建设(PPP)项目（park null，开工，7.85亿元；文中两处写法一处带空格，取第二处）。州、县市数字为 region 事实（县市分项可选）。",
  "pr05"),
 parks=[
  park(CX, "楚雄州", "云南", "高新区", E1, district="楚雄市"),
 ],
 companies=[
  comp("云南方德波尔格园艺有限公司", None, E2, opt=True, note="禄丰市勤丰镇，不在园区"),
 ],
 projects=[
  proj("楚雄高新区海棠湖文旅小镇项目", CX, E1, inv="近20亿元", qual="约", qual_text="近", status="开工", status_text="开工",
       note="占地约366亩；文旅项目"),
  proj("云南方德波尔格园艺有限公司智能花卉种植基地建设项目", None, E2, companies=["云南方德波尔格园艺有限公司"], inv="计划总投资3.1亿元",
       status="开工", status_text="当天开工", note="禄丰市勤丰镇；占地772亩"),
  proj("元谋县“美丽县城”暨市政基础设施建设(PPP)项目", None, E3, inv="总投资7.85亿元", status="开工", status_text="宣布项目开工",
       aliases=["元谋县“美丽县城”暨市政基础设施建设 (PPP)项目"], note="县城基础设施；非园区"),
 ],
 aggregate_facts=[
  fact("楚雄州", "region", "projects_started", 197, "count", E0, AS5),
  fact("楚雄州", "region", "projects_started_investment_cny", 1.8353e10, "cny", E0, AS5, chk=True),
  fact("楚雄市", "region", "projects_started", 31, "count", "楚雄市第三批集中开工项目31项,总投资40.26亿元", AS5, opt=True),
  fact("楚雄市", "region", "projects_started_investment_cny", 4.026e9, "cny", "楚雄市第三批集中开工项目31项,总投资40.26亿元", AS5, opt=True, chk=True),
  fact("禄丰市", "region", "projects_started", 35, "count", "禄丰市集中开工项目共35项,总投资25.70亿元", AS5, opt=True),
  fact("禄丰市", "region", "projects_started_investment_cny", 2.57e9, "cny", "禄丰市集中开工项目共35项,总投资25.70亿元", AS5, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pr06 菌交会易门签下46.2亿元投资大单 (玉溪日报 via 玉溪网 2020)
F0 = "易门县共签下14个项目、总投资46.2亿元的投资大单,本届菌交会签约投资较上届增96%"
F1 = "参加本届菌交会招商引资推介暨投资项目签约的企业有果岭(云南)工业园区开发有限公司、卡瑞奇新能源科技(云南)股份有限公司、四川荣达再生资源技术服务有限公司、云南恒华食品有限公司等17家企业"
G["pr06"] = dict(
 article=art("菌交会易门签下46.2亿元投资大单", "玉溪日报全媒体（记者 陈佳 谭兆厚），载于玉溪市人民政府网（来源:玉溪网）", "2020-08-04", "day",
  "City government portal relaying the city daily, Yunnan: a county's investment signing at a wild-mushroom trade fair — projects and total signed, growth on the last fair, half-year growth of outside funds, four named signing firms (one an industrial-park developer), cumulative signings since 2005",
  "http://m.yuxi.gov.cn/yxs/ywdtsy/20200804/1174755.html",
  "日期取页面“发布时间:2020-08-04 来源:玉溪网”（签约仪式为7月31日）。标题照录；栏目名与日期来源行已删。正文三段，完整；末尾记者署名照录。本篇无园区：果岭(云南)工业园区开发有限公司为园区开发企业，园区名未出现，不列园区。公司：四家签约企业（17家中点名四家），park null。无具体项目名，不列项目。事实：易门县（region）签约14个项目、46.2亿元（2020年7月31日），较上届增96%，上半年县外资金增长33%，16年累计签约319亿元（cumulative）。",
  "pr06"),
 parks=[],
 companies=[
  comp("果岭(云南)工业园区开发有限公司", None, F1, note="签约企业；园区开发企业，园区未点名"),
  comp("卡瑞奇新能源科技(云南)股份有限公司", None, F1, note="签约企业"),
  comp("四川荣达再生资源技术服务有限公司", None, F1, note="签约企业"),
  comp("云南恒华食品有限公司", None, F1, note="签约企业"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("易门县", "region", "projects_signed", 14, "count", F0, "2020年7月31日（菌交会签约）"),
  fact("易门县", "region", "signed_investment_cny", 4.62e9, "cny", F0, "2020年7月31日（菌交会签约）", chk=True),
  fact("易门县", "region", "signed_investment_growth_vs_previous_fair", 0.96, "ratio", F0, "2020年7月31日（菌交会签约）", kind="ratio", opt=True),
  fact("易门县", "region", "outside_funds_yoy_growth", 0.33, "ratio", "今年上半年,全县引进利用县外资金逆势增长33%", "2020年上半年", kind="ratio", opt=True),
  fact("易门县", "region", "signed_investment_cny", 3.19e10, "cny", "易门县以菌交会为载体,构建起良好的营商环境和亲商关系,共签约投资319亿元", "2005年8月至2020年7月", kind="cumulative", chk=True),
  fact("易门县", "region", "firms_signing", 17, "count", F1, "2020年7月31日（菌交会签约）", opt=True),
 ])
