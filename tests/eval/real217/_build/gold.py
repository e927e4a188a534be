# real217 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (建成投产 /
# 已建成投产 → 投产; 推进建设 → 在建); none where the text gives no stage. Companies: the park the text places them in, null
# where the text names only a city or county or leaves open which of two visited zones; firms named only inside a project name
# are optional. Year-to-date values (“今年上半年…累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/thNN.raw as returned.

# ---------------------------------------------------------------- th01 濮阳工业园区 2021年度考评第一 (濮阳日报 via 中国科商网 2022)
PY = "濮阳工业园区"
A0 = "在2021年度全市开发区高质量发展暨重点项目(“三个一批”项目)建设观摩考评中,濮阳工业园区以92.35分再度荣膺第一"
A1 = "吸引东方雨虹、展辰、三棵树等20余家知名涂料企业相继入驻,现已入驻和即将落地的涂料项目概算总投资超200亿元"
A2 = "迈出了由中国绿色涂料产业园向国际绿色涂料产业园转变的铿锵步伐"
G["th01"] = dict(
 article=art("濮阳工业园区在2021年度全市开发区考评中再度荣膺第一", "濮阳日报（页面“来源: 濮阳日报”；存段无署名），载于 zhangbeibao.com（中国科商网）", "2022-05-10", "day",
  "Business-news site relaying a city daily, Henan: a city-level industrial park first in the city's 2021 development-zone assessment — its score, coating firms attracted (three named), the planned total of its coating projects, its project-service practice",
  "http://www.zhangbeibao.com/xinwen/2022/0510/36269.html",
  "日期取页面“发布日期: 2022-05-10 10:10:49 来源: 濮阳日报”（文中“4月25日记者获悉”为获悉日）。标题照录；站名“中国科商网”与日期来源行已删。存段在第四段末句“对园区自身不能解决的项目用地…推动园区实现”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…强力清除项目建设“拦路虎”。”，共四段。园区：濮阳工业园区（濮阳市，河南；市属开发区，文中又作“园区”；“中国绿色涂料产业园”为其称号，列可选园区）。公司：东方雨虹、展辰、三棵树（“相继入驻”，在园；均为简称）。“20余家知名涂料企业”→余；“涂料项目概算总投资超200亿元”为已入驻和即将落地项目合计（超，cumulative），不是单个项目，不列项目。考评得分92.35分、排名第一（2021年度）。中国涂料工业协会列可选机构。",
  "th01"),
 parks=[
  park(PY, "濮阳", "河南", "工业园区（市级开发区）", A0, note="文中又作“园区”；中国绿色涂料产业园"),
  park("中国绿色涂料产业园", "濮阳", "河南", "产业园（涂料）", A2, parent=PY, opt=True, note="濮阳工业园区的称号/园中园，由语境推定"),
 ],
 companies=[
  comp("东方雨虹", PY, A1, note="涂料企业，相继入驻"),
  comp("展辰", PY, A1, note="涂料企业，相继入驻；简称"),
  comp("三棵树", PY, A1, note="涂料企业，相继入驻；简称"),
 ],
 institutions=[
  inst("中国涂料工业协会", "主动与中国涂料工业协会对接", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact(PY, "park", "assessment_score", 92.35, "points", A0, "2021年度"),
  fact(PY, "park", "assessment_rank_in_city", 1, "rank", A0, "2021年度", opt=True, note="全市开发区考评第一（再度）"),
  fact(PY, "park", "coating_firms_entered", 20, "count", A1, "2022年4月", kind="cumulative", qual="余", qtext="余"),
  fact(PY, "park", "coating_projects_investment_cny", 2e10, "cny", "现已入驻和即将落地的涂料项目概算总投资超200亿元", "2022年4月（已入驻和即将落地）", kind="cumulative", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- th02 濮阳经开区 孙庆伟 访谈 (河南日报 via te-ch 2022)
PK = "濮阳经济技术开发区"
B0 = "同时,该区加快中原石化实业、惠成电子等6个中试基地和市科技孵化器二期建设,构建了高能级创新平台体系"
B1 = "推进迈奇化学在北交所上市,完成宏业控股等4家企业股改,加快企业上市步伐"
B2 = "推动蓝星化工等4家企业创建国家级专精特新“小巨人”企业,培育联众兴业、沃森超高等5家企业年产值超10亿元"
B3 = "推进‘三创园区’、京东数字经济产业园等‘双创’载体高质量发展"
G["th02"] = dict(
 article=art("濮阳经开区党工委书记孙庆伟:勇当濮阳全面转型高质量发展的排头兵", "河南日报（页面“2022-08-11 河南日报”；存段无署名），载于 te-ch.tech", "2022-08-11", "day",
  "Tech-news site relaying the provincial daily, Henan: interview with the party secretary of a national economic-and-technological development zone — innovation carriers and pilot bases, named firms listing, restructuring, becoming 'little giants' and passing 1 billion yuan output",
  "http://te-ch.tech/news/show-196419.html",
  "日期取页面“2022-08-11 河南日报”（文中“8月5日”为采访日）。标题照录；站点标语、标签行、浏览数“138”与“核心提示:…”（导语的截断重复）已删。存段在末段“为提速项目建设,开发区把今年三季度作为‘”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…加快产业转型升级步伐。”，共四段。园区：濮阳经济技术开发区（标题作“濮阳经开区”，文中又作“开发区”“该区”；濮阳，河南；国家级）；京东数字经济产业园、“三创园区”“龙都智慧岛”为区内双创载体（京东数字经济产业园列园区，母园区为经开区；另两个可选）；“国家农业科技园区”（可选）。公司（均在经开区）：中原石化实业、惠成电子（中试基地）、迈奇化学（推进北交所上市）、宏业控股（股改）、蓝星化工（创建小巨人）、联众兴业、沃森超高（年产值超10亿元）。项目：“市科技孵化器二期”加快建设（在建，可选）。事实：中试基地6个；年产值超10亿元企业5家；股改4家、创建小巨人4家（可选）。",
  "th02"),
 parks=[
  park(PK, "濮阳", "河南", "国家级经济技术开发区", "8月5日,濮阳经济技术开发区党工委书记孙庆伟在接受采访时表示", aliases=["濮阳经开区"], note="标题作“濮阳经开区”；文中又作“开发区”“该区”"),
  park("京东数字经济产业园", "濮阳", "河南", "产业园（数字经济，双创载体）", B3, parent=PK),
  park("三创园区", "濮阳", "河南", "双创载体", B3, parent=PK, opt=True),
  park("龙都智慧岛", "濮阳", "河南", "智慧岛（双创载体）", "开发区高标准建设了‘龙都智慧岛’和智慧园区", parent=PK, opt=True),
  park("国家农业科技园区", "濮阳", "河南", "国家农业科技园区", "依托国家农业科技园区,创新引领农村产业振兴", parent=PK, opt=True, note="未写全称"),
 ],
 companies=[
  comp("中原石化实业", PK, B0, note="中试基地"),
  comp("惠成电子", PK, B0, note="中试基地"),
  comp("迈奇化学", PK, B1, note="推进北交所上市"),
  comp("宏业控股", PK, B1, note="完成股改"),
  comp("蓝星化工", PK, B2, note="创建国家级专精特新“小巨人”"),
  comp("联众兴业", PK, B2, note="年产值超10亿元"),
  comp("沃森超高", PK, B2, note="年产值超10亿元"),
 ],
 institutions=[],
 projects=[
  proj("市科技孵化器二期", PK, B0, phase="二期", status="在建", status_text="加快…建设", opt=True, note="孵化器建设；位置由语境推定在经开区"),
 ],
 aggregate_facts=[
  fact(PK, "park", "pilot_bases", 6, "count", B0, "2022年8月", opt=True, note="中试基地（含中原石化实业、惠成电子）"),
  fact(PK, "park", "firms_output_over_1bn", 5, "count", B2, "2022年8月", note="培育年产值超10亿元企业5家"),
  fact(PK, "park", "firms_restructured_for_listing", 4, "count", B1, "2022年8月", opt=True),
  fact(PK, "park", "little_giant_candidates", 4, "count", B2, "2022年8月", opt=True),
 ])

# ---------------------------------------------------------------- th03 河南新增5家省级高新区 (河南日报客户端 via cnipai 2023)
C0 = "省政府新批准认定了睢县高新区等5家河南省高新技术产业开发区"
C1 = "这是河南省启动开发区优化整合提升改革后新批复建设的首批高新区,使河南省的高新区总数增至44家。其中国家高新区9家,数量位居中部地区第二位,全国第五位;省级高新区35家"
C2 = "2022年1至9月,全省高新区实现园区生产总值7100.43亿元,同比增长12.37%"
C3 = "开封精细化工高新区继信阳、许昌高新区成功获批国家高新区之后,河南省高新区建设又迈出坚实一步"
C4 = "以不超过全省0.7%的土地面积创造了全省近12%的GDP,贡献了全省38%的高新技术企业、44%的新型研发机构"
HN = "河南省"
AS3 = "2023年1月"
G["th03"] = dict(
 article=art("河南新增5家省级高新区,总数增至44家", "河南日报客户端（记者 尹江勇），载于 hn.cnipai.com（河南频道“新闻”栏）", "2023-01-30", "day",
  "IP-news portal relaying the provincial daily's app, Henan: five county/city-level zones newly recognised as provincial high-tech zones after the development-zone reform — totals of national and provincial high-tech zones, their share of land, GDP, high-tech firms and R&D bodies, their nine-month GDP and growth",
  "https://hn.cnipai.com/news/detail/300770.html",
  "日期取页面“2023 01/30 15:03”（文中“1月29日”为获悉日）。标题照录；“河南切换”“新闻”与日期三行已删；记者署名行保留为首段。存段末行“——坚持产业集聚,注重产业发展能力高水平提升。河南省高新区建设…打造优势特色”在句中中断，整行删去（make_txt.py ITEMS 截至上一行），正文截至“…的特色进一步提升。”。首段以“开封精细化工高新区”起句（疑为图片说明与正文首句连排，原样照录）。园区：睢县高新区（商丘睢县；新认定省级高新区）、周口淮阳高新区（小标题；按语境为新认定之一）、开封精细化工高新区（首句所列）、信阳高新区与许昌高新区（文中作“信阳、许昌高新区”，新获批国家高新区）；“济源城乡一体化示范区”为省辖市级行政区划，不列园区。全省事实（subject 河南省，region）：高新区总数44、国家9、省级35、新认定5；2022年1至9月全省高新区生产总值7100.43亿元、增长12.37%；占全省土地不超过0.7%、GDP近12%、高新技术企业38%、新型研发机构44%（可选比率）。",
  "th03"),
 parks=[
  park("睢县高新区", "商丘", "河南", "省级高新技术产业开发区", C0, district="睢县", note="2023年1月新认定"),
  park("周口淮阳高新区", "周口", "河南", "省级高新技术产业开发区", "周口淮阳高新区立足“高”和“新”,彰显特色促提质发展", district="淮阳区", aliases=["淮阳高新区"], note="小标题；新认定5家之一（语境推定）"),
  park("开封精细化工高新区", "开封", "河南", "高新技术产业开发区", C3, note="首句起首（疑为图片说明连排）；语境为新认定5家之一"),
  park("信阳高新区", "信阳", "河南", "国家高新技术产业开发区", C3, note="文中作“信阳、许昌高新区”；新获批国家高新区"),
  park("许昌高新区", "许昌", "河南", "国家高新技术产业开发区", C3, note="新获批国家高新区"),
 ],
 companies=[],
 institutions=[
  inst("河南省科技厅", "1月29日,记者从河南省科技厅获悉"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HN, "region", "high_tech_zones_new_provincial", 5, "count", C0, AS3),
  fact(HN, "region", "high_tech_zones", 44, "count", C1, AS3),
  fact(HN, "region", "national_high_tech_zones", 9, "count", C1, AS3),
  fact(HN, "region", "provincial_high_tech_zones", 35, "count", C1, AS3),
  fact(HN, "region", "high_tech_zones_gdp_cny", 7.10043e11, "cny", C2, "2022年1至9月", kind="cumulative", chk=True, note="全省高新区园区生产总值"),
  fact(HN, "region", "high_tech_zones_gdp_growth", 0.1237, "ratio", C2, "2022年1至9月", kind="ratio"),
  fact(HN, "region", "high_tech_zones_land_share", 0.007, "ratio", C4, AS3, kind="ratio", qual="约", qtext="不超过", opt=True),
  fact(HN, "region", "high_tech_zones_gdp_share", 0.12, "ratio", C4, AS3, kind="ratio", qual="约", qtext="近", opt=True),
  fact(HN, "region", "high_tech_zones_high_tech_firm_share", 0.38, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(HN, "region", "high_tech_zones_rd_institution_share", 0.44, "ratio", C4, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- th04 开封 2023年上半年全市重点项目观摩 (开封网 kf.cn 2023)
LG = "临港汽车零部件产业园"
D0 = "尉氏县将汽车零部件产业作为重点发展的产业之一,推进建设临港汽车零部件产业园项目。该项目计划总投资19.2亿元,总占地面积400亩,分两期建设"
D1 = "目前,延鑫汽车饰件有限公司作为比亚迪的战略供应商已经成功落户园区"
D2 = "延锋国际座椅系统有限公司和重庆展鸿汽车部件有限公司也相继入驻园区"
D3 = "拓普汽车NVH内饰部件项目依托拓普集团完善的产品系统、高新的研发能力和深入的产业布局"
D4 = "今年上半年,全市“8232”重点项目累计完成投资1730亿元,占年目标的57.7%"
G["th04"] = dict(
 article=art("（无标题）开封市2023年上半年全市重点项目观摩：临港汽车零部件产业园与拓普汽车NVH内饰部件项目", "开封网 kf.cn（全媒体记者叶森 实习生郑钰格；开封日报系）", "2023-07-21", "day",
  "City news site (city daily's portal), Henan: a city's half-year inspection tour of key projects — the city's key-project investment to date and share of target, a county's auto-parts park project with investment, area and phases, three suppliers settled in the park, an auto-interior project of a listed parts group",
  "https://kf.cn/c/2023-07-21/838609.shtml",
  "日期取网址 2023-07-21（文中“7月20日”为观摩日）。存段无标题、无日期行（title 为编者概括）；署名行保留为首段；小标题“强筋壮骨抓主导”“筑牢高质量发展根基”各为一段，照录。存段末行“作为我市资产规模最大的市属国有重要骨干企”在句中中断，整行删去（make_txt.py ITEMS），正文截至“…砂型铸造等多种工艺。”。园区：临港汽车零部件产业园（开封市尉氏县，河南；文中又作“园区”）；“城乡一体化示范区”（开封市城乡一体化示范区，功能区，可选）。项目：临港汽车零部件产业园项目（计划总投资19.2亿元；“推进建设”→在建；park 记该产业园本身）；拓普汽车NVH内饰部件项目（拓普集团；文中未说所在园区与阶段，park null、status null）。公司：延鑫汽车饰件有限公司（落户园区）、延锋国际座椅系统有限公司、重庆展鸿汽车部件有限公司（入驻园区）；拓普集团（项目方，park null）；比亚迪（龙头客户，park null，可选）。事实：全市“8232”重点项目上半年累计完成投资1730亿元、占年目标57.7%；走遍10个县区、观摩18个项目（可选）；项目占地400亩（可选）。",
  "th04"),
 parks=[
  park(LG, "开封", "河南", "产业园（汽车零部件）", D0, district="尉氏县", note="文中又作“园区”"),
  park("城乡一体化示范区", "开封", "河南", "城乡一体化示范区（功能区）", "借助郑开同城的东风,尉氏县和城乡一体化示范区乘势而上", opt=True, note="开封市城乡一体化示范区；只泛提"),
 ],
 companies=[
  comp("延鑫汽车饰件有限公司", LG, D1, note="比亚迪战略供应商，落户园区"),
  comp("延锋国际座椅系统有限公司", LG, D2),
  comp("重庆展鸿汽车部件有限公司", LG, D2),
  comp("拓普集团", None, D3, note="拓普汽车NVH内饰部件项目方；所在园区未说"),
  comp("比亚迪", None, "依托中国新能源汽车市场领军企业——比亚迪", opt=True, note="龙头客户，未说在园"),
 ],
 institutions=[],
 projects=[
  proj("临港汽车零部件产业园项目", LG, D0, inv="计划总投资19.2亿元", status="在建", status_text="推进建设",
       note="园区开发项目，分两期建设；park 记该产业园本身（尉氏县）"),
  proj("拓普汽车NVH内饰部件项目", None, D3, companies=["拓普集团"], note="观摩项目；园区与阶段文中未说"),
 ],
 aggregate_facts=[
  fact("开封市", "region", "key_projects_investment_completed_cny", 1.73e11, "cny", D4, "2023年上半年", kind="cumulative", chk=True, note="“8232”重点项目"),
  fact("开封市", "region", "key_projects_investment_completion_ratio", 0.577, "ratio", D4, "2023年上半年", kind="ratio"),
  fact("开封市", "region", "projects_inspected", 18, "count", "一天时间,走遍10个县区,观摩18个项目", "2023年7月20日", opt=True),
  fact("临港汽车零部件产业园项目", "project", "site_area_mu", 400, "mu", D0, "2023年7月", opt=True),
 ])

# ---------------------------------------------------------------- th05 驻马店 2023年第三季度“三个一批”观摩掠影 (驻马店日报 2023)
QP = "汽车零部件产业园"
JK = "经济开发区"
E1 = "中桥集团集成电路生产项目位于驿城区,入驻汽车零部件产业园,项目总投资10亿元,设计产能为年消费系列电子主板200万块"
E2 = "遂平县河南惠强新材智能锂电池隔膜建设项目,总投资16亿元,10条生产线已全部建成投产"
E3 = "西平县永浩休闲户外用品生产基地项目,计划总投资20亿元,已建成投产"
E4 = "泌阳县恒都5万吨牛肉熟食精深加工项目,总投资15亿元"
E5 = "新蔡县河南致远制冷设备项目,总投资10亿元,分三期建设"
E6 = "平舆县弘康制革项目,总投资9.6亿元,已建成投产"
E7 = "中鹏汽车零部件制造加工项目,是确山县打造汽车零部件产业园的重点项目,主营专用车零部件的研发、生产和销售"
E8 = "汝南县河南东威·爱象新能源电动车项目,总投资10亿元,目前6条总装线建成投产"
E9 = "经济开发区“九年一贯制”教育项目,总投资1.6亿元,在校生4206人,教学班78个"
G["th05"] = dict(
 article=art("厚积成势 “链”动未来 ——2023年第三季度全市“三个一批”项目建设观摩点评活动掠影", "驻马店日报（03版；本报记者 弓华静 谭啸 王家恒 文/图），zmdrb.zmdnews.cn 数字报", "2023-11-02", "day",
  "City daily's e-paper photo page, Henan: a city's quarterly inspection tour of 'three batches' projects — nine captioned projects by county with investment and stage (in production, building, phases), one in an auto-parts park, one in the economic development zone",
  "http://zmdrb.zmdnews.cn/zmdrb/20231102/html/content_20231102003001.htm",
  "日期取页面“发布日期:2023年11月02日”（观摩为10月30日至11月1日）。标题与副题照录为一行；“通版阅读请点击:”“展开通版”“收缩通版”“当前版:03版”“发布日期…”已删；署名行保留为首段。九条图片说明各为一段，照录。存段末句“各”处中断，该残字已删（make_txt.py LINE_SUFFIX），正文截至“…民生福祉大幅改善。”。园区：汽车零部件产业园（驿城区，中桥集团项目入驻；确山县另有“打造汽车零部件产业园”，同名，中鹏项目记于此名下，注明）；“经济开发区”（驻马店经济开发区，文中只作泛称，可选）。项目按县列出：县名不是园区，park null（中桥→汽车零部件产业园；中鹏→汽车零部件产业园（确山）；教育项目→经济开发区，可选）。状态：“已全部建成投产”“已建成投产”“目前6条总装线建成投产”→投产；其余文中无阶段，null。金额：“总投资…亿元”“计划总投资20亿元”。公司只在项目名中出现（可选）。事实：观摩39个重点工业项目和民生类项目（可选）。",
  "th05"),
 parks=[
  park(QP, "驻马店", "河南", "产业园（汽车零部件）", E1, district="驿城区", note="驿城区；确山县另有同名“汽车零部件产业园”（E7）"),
  park(JK, "驻马店", "河南", "经济开发区", E9, opt=True, note="驻马店经济开发区；文中只作泛称"),
 ],
 companies=[
  comp("中桥集团", QP, E1, opt=True, note="只在项目名中"),
  comp("河南惠强新材", None, E2, opt=True, note="只在项目名中；遂平县"),
  comp("永浩", None, E3, opt=True, note="只在项目名中；西平县"),
  comp("恒都", None, E4, opt=True, note="只在项目名中；泌阳县"),
  comp("河南致远制冷设备", None, E5, opt=True, note="只在项目名中；新蔡县"),
  comp("弘康制革", None, E6, opt=True, note="只在项目名中；平舆县"),
  comp("中鹏汽车零部件", QP, E7, opt=True, note="只在项目名中；确山县汽车零部件产业园"),
  comp("河南东威·爱象新能源电动车", None, E8, opt=True, note="只在项目名中；汝南县"),
 ],
 institutions=[],
 projects=[
  proj("中桥集团集成电路生产项目", QP, E1, companies=["中桥集团"], inv="项目总投资10亿元", note="驿城区，入驻汽车零部件产业园；阶段未说"),
  proj("河南惠强新材智能锂电池隔膜建设项目", None, E2, companies=["河南惠强新材"], inv="总投资16亿元", status="投产", status_text="10条生产线已全部建成投产", note="遂平县"),
  proj("永浩休闲户外用品生产基地项目", None, E3, companies=["永浩"], inv="计划总投资20亿元", status="投产", status_text="已建成投产", note="西平县"),
  proj("恒都5万吨牛肉熟食精深加工项目", None, E4, companies=["恒都"], inv="总投资15亿元", note="泌阳县；阶段未说"),
  proj("河南致远制冷设备项目", None, E5, companies=["河南致远制冷设备"], inv="总投资10亿元", note="新蔡县；分三期建设，阶段未说"),
  proj("弘康制革项目", None, E6, companies=["弘康制革"], inv="总投资9.6亿元", status="投产", status_text="已建成投产", note="平舆县"),
  proj("中鹏汽车零部件制造加工项目", QP, E7, companies=["中鹏汽车零部件"], note="确山县“打造汽车零部件产业园的重点项目”（确山县的同名园区）；无金额、阶段"),
  proj("河南东威·爱象新能源电动车项目", None, E8, companies=["河南东威·爱象新能源电动车"], inv="总投资10亿元", status="投产", status_text="目前6条总装线建成投产", note="汝南县；部分生产线投产"),
  proj("经济开发区“九年一贯制”教育项目", JK, E9, inv="总投资1.6亿元", opt=True, note="社会事业项目，已招生（在校生4206人）；status 不记；园区只作泛称“经济开发区”，可选"),
 ],
 aggregate_facts=[
  fact("驻马店市", "region", "projects_inspected", 39, "count", "对各县区的39个重点工业项目和民生类项目建设情况进行现场观摩", "2023年10月30日至11月1日", opt=True),
 ])

# ---------------------------------------------------------------- th06 郑州经开区 2023年度全省开发区考评第一 (大豫新闻网 2024)
ZK = "郑州经济技术开发区"
F0 = "郑州经济技术开发区在全省184个开发区综合考核评价中,连续两年位居第一名,并被评定为全省唯一“五星级开发区”"
F1 = "工业增加值、工业投资、工业利润等占全省的比重超过60%"
F2 = "在2022年考核评价中,郑州经开区主导产业投资增速和实际利用省(境)外资金、主导产业增加值及增速、亩均税收、战略性新兴产业增加值增速、万元工业增加值能耗降低率等主要考核指标全省领先,综合排名全省第一"
G["th06"] = dict(
 article=art("郑州这些开发区获得全省通报表扬!", "大豫新闻网（dyuwang.com；存段无署名）", "2024-07-22", "day",
  "Regional news site, Henan: a national economic-and-technological development zone first in the province's 2023 development-zone assessment and its only five-star zone — the province's 184 zones and their share of industry, the 2021 reform guideline and the assessment method, the zone's 2022 ranking",
  "https://dyuwang.com/hn/677.html",
  "日期取页面“大豫新闻网 @2024-07-22”。标题照录；“报料微博”“微信”与站名日期行已删。开头七行（“喜讯传来!”至“同时成为全省唯一“五星级开发区””）为海报式分行导语，各为一段，照录。存段末段末句“郑州经开区在本次考核中再次获得全省第一名,…充分彰显了郑州经开区经济高质量”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…高质量发展要求转变。”。园区：郑州经济技术开发区（又作“郑州经开区”；郑州，河南；国家级）。事实：2022年度、2023年度全省开发区考评均第一（ranking 1）；2023年度评为全省唯一“五星级开发区”（star_rating 5）；全省开发区184个（河南省，region）；开发区工业增加值等占全省比重超过60%（ratio 0.6，超）。机构：河南省委办公厅、省政府办公厅、省开发区建设领导小组（可选）。标题说“这些开发区”，存段只写郑州经开区。",
  "th06"),
 parks=[
  park(ZK, "郑州", "河南", "国家级经济技术开发区", F0, aliases=["郑州经开区"], note="文中又作“郑州经开区”"),
 ],
 companies=[],
 institutions=[
  inst("河南省委办公厅", "近日,河南省委办公厅、省政府办公厅印发《关于2023年全省开发区高质量发展综合考核评价结果的通报》"),
  inst("省开发区建设领导小组", "2023年,省开发区建设领导小组调整优化开发区考核评价办法"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZK, "park", "provincial_assessment_rank", 1, "rank", F0, "2023年度"),
  fact(ZK, "park", "provincial_assessment_rank", 1, "rank", F2, "2022年度", opt=True),
  fact(ZK, "park", "star_rating", 5, "stars", F0, "2023年度", opt=True, note="全省唯一“五星级开发区”"),
  fact("河南省", "region", "development_zones", 184, "count", F0, "2023年度"),
  fact("河南省", "region", "development_zones_industry_share", 0.6, "ratio", F1, "2024年7月", kind="ratio", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- th07 省发改委副主任赴南阳平顶山调研开发区 (fgw.henan.gov.cn 2025)
NX = "内乡县先进制造业开发区"
NY = "南阳高新技术产业开发区"
WG = "舞钢经济技术开发区"
SL = "石龙区先进制造业开发区"
H0 = "现场调研内乡县先进制造业开发区、南阳高新技术产业开发区,听取开发区建设情况,深入牧原食品股份有限公司及其产业链配套企业河南千牧生物制药有限公司、河南牧元安粮合成生物有限公司"
H1 = "以及南阳利达光电有限公司、南阳富新特光电科技有限公司、卧龙电气南阳防爆集团股份有限公司、河南天力电气设备有限公司、南阳威奥斯图车辆减震器有限公司等"
H2 = "内乡县先进制造业开发区以牧原股份为龙头,围绕农牧装备、生物科技等开展延链补链,链式集群发展态势良好"
H3 = "南阳高新技术产业开发区聚焦光学元器件、防爆装备等细分领域深耕细作,已形成集群品牌优势"
H4 = "现场调研舞钢经济技术开发区、石龙区先进制造业开发区,听取开发区建设情况,深入新本科技集团有限公司、神州重工金属复合材料有限公司、泰田重工机械制造有限公司、东方碳素股份有限公司等重点企业考察"
G["th07"] = dict(
 article=art("省发展改革委党组成员、副主任万战伟赴南阳平顶山调研", "河南省发展和改革委员会网站 fgw.henan.gov.cn（存段无来源行）", "2025-02-17", "day",
  "Provincial government site, Henan: a provincial development-and-reform official's survey of four development zones in two cities (two county/district 'advanced manufacturing development zones', a high-tech zone, an economic-and-technological zone) — named firms visited, the zones' lead industries",
  "http://fgw.henan.gov.cn/2025/02-17/3124744.html",
  "日期取网址 2025/02-17（调研为2025年2月13至14日）。标题照录。存段末行“舞钢经济技术开发区聚焦特钢和纺织服装“一黑一白””在句中中断，整行删去（make_txt.py ITEMS），正文截至“…等重点企业考察。”，共四段。园区：内乡县先进制造业开发区（南阳内乡县）、南阳高新技术产业开发区（南阳）、舞钢经济技术开发区（平顶山舞钢市）、石龙区先进制造业开发区（平顶山石龙区）。公司：牧原食品股份有限公司（又作“牧原股份”，内乡开发区“以牧原股份为龙头”）；其产业链配套企业河南千牧生物制药有限公司、河南牧元安粮合成生物有限公司（园区由“延链补链”语境推定为内乡开发区）；南阳利达光电有限公司、南阳富新特光电科技有限公司（光学元器件）、卧龙电气南阳防爆集团股份有限公司（防爆装备）——园区由“南阳高新技术产业开发区聚焦光学元器件、防爆装备”推定；河南天力电气设备有限公司、南阳威奥斯图车辆减震器有限公司（南阳两区之一，文中未分，park null）；平顶山四家（新本科技集团有限公司、神州重工金属复合材料有限公司、泰田重工机械制造有限公司、东方碳素股份有限公司，舞钢、石龙两区之一，文中未分，park null）。无项目、金额或数字事实。省发展改革委列可选机构。",
  "th07"),
 parks=[
  park(NX, "南阳", "河南", "先进制造业开发区", H0, district="内乡县"),
  park(NY, "南阳", "河南", "高新技术产业开发区", H0),
  park(WG, "平顶山", "河南", "经济技术开发区", H4, district="舞钢市"),
  park(SL, "平顶山", "河南", "先进制造业开发区", H4, district="石龙区"),
 ],
 companies=[
  comp("牧原食品股份有限公司", NX, H0, aliases=["牧原股份"], note="内乡开发区“以牧原股份为龙头”"),
  comp("河南千牧生物制药有限公司", NX, H0, note="牧原产业链配套企业；园区由语境推定"),
  comp("河南牧元安粮合成生物有限公司", NX, H0, note="牧原产业链配套企业；园区由语境推定"),
  comp("南阳利达光电有限公司", NY, H1, note="光学元器件；园区由语境推定"),
  comp("南阳富新特光电科技有限公司", NY, H1, note="光学元器件；园区由语境推定"),
  comp("卧龙电气南阳防爆集团股份有限公司", NY, H1, note="防爆装备；园区由语境推定"),
  comp("河南天力电气设备有限公司", None, H1, note="南阳两区之一，文中未分"),
  comp("南阳威奥斯图车辆减震器有限公司", None, H1, note="南阳两区之一，文中未分"),
  comp("新本科技集团有限公司", None, H4, note="平顶山两区之一，文中未分"),
  comp("神州重工金属复合材料有限公司", None, H4, note="同上"),
  comp("泰田重工机械制造有限公司", None, H4, note="同上"),
  comp("东方碳素股份有限公司", None, H4, note="同上"),
 ],
 institutions=[
  inst("省发展改革委", "省发展改革委党组成员、副主任万战伟带领工业发展处有关同志"),
 ],
 projects=[],
 aggregate_facts=[],
)
