# real157 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右/大约 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts. Growth rates and shares as ratios. Projects: the park the text places the project in, null if
# none (a city, county or prefecture is not a park). Status from the text's words (签约 → 签约; 实施阶段 / 土建工程进入建设阶段 /
# 收尾阶段 → 在建; 建成 → 竣工; 已于…投产 → 投产; 拟投资 → planned). Year-to-date counts (“1月至8月”, “截至目前”, “累计”) are
# cumulative; “预计 / 达产后” figures are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/wxNN.raw.

# ---------------------------------------------------------------- wx01 哈密 国庆假期不停工 (哈密零距离 2022)
HM = "哈密高新技术产业开发区"
NB = "南部循环产业园"
A1 = "在哈密高新技术产业开发区南部循环产业园里,由清电能源集团投资建设哈密市打造光伏硅基示范产业园项目全面进入到了实施阶段"
A2 = "其中一期10万吨多晶硅及10GW单晶硅拉棒切片项目土建工程进入到了建设阶段"
A3 = "整个项目初步预计投资90亿元,运营期年均销售收入约为84亿元,其中一期项目包含10G瓦拉晶厂房、10G瓦切片厂房等,计划投资约40亿元"
A4 = "清电能源集团硅业有限公司负责人张白玉说:“我们在哈密投资的主要是单晶硅和多晶硅项目,现在正在施工建设的是单晶硅项目,预计明年6月投产。"
A5 = "逐步达产以后,单晶硅的产能10G瓦,年产值大约17亿元,带动就业1300—1400人。"
A6 = "国庆假期,作为哈密市重点项目——伊吾县城乡冷链物流建设项目建设进入到了收尾阶段。"
PV = "光伏硅基示范产业园项目"
G["wx01"] = dict(
 article=art("【喜迎二十大】国庆假期不停工!哈密市全力推进重点项目建设", "哈密零距离，载于 mingchenghao.cn", "2022-10-08", "day",
  "City media via a relay site, Xinjiang: key projects kept working over the National Day holiday — a silicon/PV industrial-park project in 哈密高新区's southern circular-economy park (plan, phase-1 construction, investment, expected sales and output), plus a county cold-chain project nearing completion",
  "https://mingchenghao.cn/detail-44-9160-c.html",
  "日期取页面“来源:哈密零距离 更新时间:2022-10-08”。标题照录（含“【喜迎二十大】”）。两条图片说明（郭子毅摄）删去；伊吾县项目的图片说明与末段（存档在“包括一座17”处截断）整段不收，正文止于“…进入到了收尾阶段。”。园区：哈密高新技术产业开发区及其南部循环产业园（文中“哈密高新技术产业开发区南部循环产业园”）。项目：清电能源集团“哈密市打造光伏硅基示范产业园项目”（整体规划；“全面进入到了实施阶段”→在建；“初步预计投资90亿元”）及其一期“10万吨多晶硅及10GW单晶硅拉棒切片项目”（土建在建；“计划投资约40亿元”；一期名称按文中一期描述）。“光伏硅基示范产业园”为项目名，不列园区。伊吾县城乡冷链物流建设项目在县里，不在园区（park null；其3800万元在截去的段落中）。年产值约17亿元为单晶硅达产后预期（target）；“带动就业1300—1400人”为区间，不作事实。",
  "wx01"),
 parks=[
  park(HM, "哈密", "新疆", "高新技术产业开发区", A1),
  park(NB, "哈密", "新疆", "产业园", A1, parent=HM, aliases=["哈密高新技术产业开发区南部循环产业园"], opt=True, note="高新区内的园中园"),
 ],
 companies=[
  comp("清电能源集团", NB, A1, note="项目投资方；园区取文中的南部循环产业园（属哈密高新区）"),
  comp("清电能源集团硅业有限公司", NB, A4, opt=True, note="项目公司（负责人发言）"),
 ],
 projects=[
  proj(PV, NB, A3, companies=["清电能源集团"], inv="90亿元", status="在建", status_text="全面进入到了实施阶段",
       aliases=["哈密市打造光伏硅基示范产业园项目"], note="“初步预计投资90亿元”；整体规划年产40万吨工业硅、20万吨多晶硅、60GW单晶硅拉棒切片；证据句取投资句，园区与投资方见A1"),
  proj("一期10万吨多晶硅及10GW单晶硅拉棒切片项目", NB, A3, companies=["清电能源集团"], inv="40亿元", qual="约", qual_text="约",
       phase="一期", status="在建", status_text="土建工程进入到了建设阶段", note="“计划投资约40亿元”；在建状态见A2"),
  proj("伊吾县城乡冷链物流建设项目", None, A6, status="在建", status_text="建设进入到了收尾阶段", opt=True, note="县里的项目，不在园区"),
 ],
 aggregate_facts=[
  fact(PV, "project", "expected_annual_sales_cny", 8.4e9, "cny", "运营期年均销售收入约为84亿元", "运营期（预期）", kind="target", qual="约", qtext="约为"),
  fact("清电能源集团", "company", "expected_output_value_cny", 1.7e9, "cny", A5, "达产后（预期）", kind="target", qual="约", qtext="大约", note="单晶硅达产后年产值"),
  fact(PV, "project", "planned_polysilicon_capacity_t", 200000, "t", "年产40万吨工业硅、20万吨多晶硅、60GW单晶硅拉棒切片", "整体规划", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- wx02 喀什 亚欧博览会签约 (央广网 2022)
KS = "喀什经济开发区"
B1 = "据介绍,在29个签约项目中,现场签约项目5个、投资额372亿元,包括喀什经济开发区系列无人机研发生产及贸易等项目。"
B2 = "充分发挥喀什经济开发区和喀什综合保税区区位、政策优势"
B3 = "新疆喀什地区签约项目29个、投资总额达439.34亿元"
B4 = "2022年1月至8月,喀什地区招商引资落地项目903个(含续建项目233个),到位资金365.48亿元、同比增长16.95%,解决就业76614人,新建亿元以上项目126个。"
AS2 = "2022年1—8月"
G["wx02"] = dict(
 article=art("（无标题）喀什地区亚欧博览会签约项目29个 投资总额439.34亿元", "央广网（记者李昊轩，通讯员张红玲），cnr.cn 新疆频道", "2022-09-22", "day",
  "Central radio news site, Xinjiang: a prefecture's signings at the China–Eurasia Expo — totals, on-site signings including a drone project in 喀什经济开发区, the zone official's remarks, the role of the development zone and the comprehensive bonded zone, and the prefecture's Jan–Aug investment figures",
  "https://www.cnr.cn/xjfw/xjfw_1/xjyw/20220922/t20220922_526017660.shtml",
  "存档无标题行，文件以电头起；标题栏为概括（不计入正文）。日期取URL与电头“9月22日”。末尾“编辑:罗成”及版权行删去。园区：喀什经济开发区；喀什综合保税区（只在“充分发挥…优势”中出现，列为园区）。项目：“喀什经济开发区系列无人机研发生产及贸易等项目”（签约；金额未单列）。“喀什经济开发区招商局”列为可选机构。签约与1—8月数字是喀什地区的，subject_type region。",
  "wx02"),
 parks=[
  park(KS, "喀什", "新疆", "经济开发区", B1),
  park("喀什综合保税区", "喀什", "新疆", "综合保税区", B2, note="只在区位、政策优势句中出现"),
 ],
 institutions=[inst("喀什经济开发区招商局", "喀什经济开发区招商局副局长刘国表示", park=KS)],
 projects=[
  proj("系列无人机研发生产及贸易项目", KS, B1, status="签约", status_text="现场签约", note="现场签约5个项目之一；金额未单列"),
 ],
 aggregate_facts=[
  fact("喀什地区", "region", "projects_signed", 29, "count", B3, "第七届亚欧博览会（2022年9月）"),
  fact("喀什地区", "region", "signed_investment_cny", 4.3934e10, "cny", B3, "第七届亚欧博览会（2022年9月）", chk=False),
  fact("喀什地区", "region", "projects_signed_onsite", 5, "count", B1, "第七届亚欧博览会（2022年9月）", opt=True),
  fact("喀什地区", "region", "signed_investment_onsite_cny", 3.72e10, "cny", "现场签约项目5个、投资额372亿元", "第七届亚欧博览会（2022年9月）", opt=True),
  fact("喀什地区", "region", "projects_landed", 903, "count", B4, AS2, kind="cumulative"),
  fact("喀什地区", "region", "funds_in_place_cny", 3.6548e10, "cny", "到位资金365.48亿元", AS2, kind="cumulative"),
  fact("喀什地区", "region", "funds_in_place_growth", 0.1695, "ratio", "到位资金365.48亿元、同比增长16.95%", AS2, kind="ratio"),
  fact("喀什地区", "region", "jobs_created", 76614, "count", "解决就业76614人", AS2, kind="cumulative", opt=True),
  fact("喀什地区", "region", "new_projects_over_100m", 126, "count", "新建亿元以上项目126个", AS2, kind="cumulative", opt=True),
 ],
)

# ---------------------------------------------------------------- wx03 新疆霍尔果斯:百年口岸嬗变丝路新城 (中新社 2022)
HB = "中哈霍尔果斯国际边境合作中心"
C1 = "经此通达欧亚的中欧班列线路多达75条,中哈霍尔果斯国际边境合作中心入驻商户3500余家,全市外贸数据连年增长"
C2 = "霍尔果斯经济开发区口岸管理局党组书记、副局长古丽巴哈尔·加勒木哈孜告诉中新社记者。"
C3 = "记者来到正洋(霍尔果斯)钢结构工程有限公司生产车间内,看到两条生产线满负荷运行,每日可生产70吨钢材料。"
C4 = "今年前10月,口岸进口货运量2928万吨,同比增长1.8%,出口货运量444.7万吨,同比增长17.5%。"
G["wx03"] = dict(
 article=art("新疆霍尔果斯:百年口岸嬗变丝路新城", "中新社（苟继鹏），载于 dangyuanjiaoyu.cn（党员教育网）", "2022-12-18", "day",
  "News-agency feature via a relay site, Xinjiang: a border port city — China–Europe train routes, merchants in the China–Kazakhstan cross-border cooperation centre, the port's freight figures quoted by an official of the 霍尔果斯经济开发区 port bureau, and a steel-structure firm's plant",
  "http://dangyuanjiaoyu.cn/news/staff_26255.htm",
  "日期取电头“中新社新疆霍尔果斯12月18日电”（转载页日期2022-12-19）。标题照录；转载页的“日期/浏览/来源”行与“作者 苟继鹏”一行删去（署名见outlet）。存档在“今年5月签约,10”处截断，该未完句删去，正文止于“…每日可生产70吨钢材料。”。园区：中哈霍尔果斯国际边境合作中心（入驻商户3500余家）；霍尔果斯经济开发区（只在“霍尔果斯经济开发区口岸管理局”职务名中出现，列为可选园区）。正洋(霍尔果斯)钢结构工程有限公司：文中未放入某一园区（park null）。口岸货运量的主体是霍尔果斯口岸（subject_type region，可选）。",
  "wx03"),
 parks=[
  park(HB, "霍尔果斯", "新疆", "国际边境合作中心", C1),
  park("霍尔果斯经济开发区", "霍尔果斯", "新疆", "经济开发区", C2, opt=True, note="只在口岸管理局职务名中出现"),
 ],
 companies=[
  comp("正洋(霍尔果斯)钢结构工程有限公司", None, C3, note="文中未放入园区"),
 ],
 institutions=[inst("霍尔果斯经济开发区口岸管理局", C2, park="霍尔果斯经济开发区")],
 aggregate_facts=[
  fact(HB, "park", "merchants", 3500, "count", C1, "2022年12月", qual="余", qtext="余"),
  fact("霍尔果斯口岸", "region", "import_freight_t", 2.928e7, "t", C4, "2022年1—10月", kind="cumulative", opt=True),
  fact("霍尔果斯口岸", "region", "export_freight_t", 4.447e6, "t", C4, "2022年1—10月", kind="cumulative", opt=True),
  fact("霍尔果斯口岸", "region", "export_freight_growth", 0.175, "ratio", C4, "2022年1—10月", kind="ratio", opt=True),
 ],
)

# ---------------------------------------------------------------- wx04 拉萨 数字经济 (中华网援藏频道 2023, 第2页)
LS = "拉萨高新区"
D1 = "拉萨市高新区投资5.2亿元,建成西藏首个数字经济产业园和数字经济产业孵化器,已有21家企业入驻并投入运营。"
D2 = "截至目前,拉萨高新区累计注册数字经济类企业达2213家。"
AS4 = "2023年9月"
G["wx04"] = dict(
 article=art("（无标题，原文第2页）拉萨数字经济与拉萨高新区数字经济产业园", "yuanzang.china.com（中华网·援藏），原作者与来源未在存档中出现", "2023-09-17", "day",
  "Portal feature (second page of a multi-page article), Tibet: Lhasa's digital economy — city-wide digital indicators, the high-tech zone's first digital-economy industrial park and incubator (investment, firms in operation, registered digital firms), the zone director on its incubation ladder, and an applied-digital example",
  "https://yuanzang.china.com/yaowen/13004412/20230917/45461073_2.html",
  "存档为文章第2页（URL“_2.html”），无标题行，文件以该页第一段起；标题栏为概括。日期取URL“20230917”。存档在“原来,拉萨”处截断，该未完句删去，正文止于“…更加合理了。”；小标题“高效便捷服务民生”保留为一段。园区：拉萨高新区（又作“拉萨市高新区”“高新区”）；数字经济产业园为高新区建成的载体，列为项目（竣工，5.2亿元，含孵化器）并另列可选园区（parent 拉萨高新区）。拉萨数字经济产业集团有限公司未被放入园区（park null，可选）。拉萨市的全市数字指标为region事实（可选）。",
  "wx04"),
 parks=[
  park(LS, "拉萨", "西藏", "高新区", D1, aliases=["拉萨市高新区"]),
  park("数字经济产业园", "拉萨", "西藏", "产业园", D1, parent=LS, opt=True, note="“西藏首个数字经济产业园”，由拉萨市高新区投资建成"),
 ],
 companies=[
  comp("拉萨数字经济产业集团有限公司", None, "研发该系统的拉萨数字经济产业集团有限公司工作人员冯建尚告诉记者", opt=True, note="文中未放入园区"),
 ],
 institutions=[inst("拉萨市大数据局", "拉萨市大数据局局长刘小斌说")],
 projects=[
  proj("数字经济产业园", LS, D1, inv="5.2亿元", status="竣工", status_text="建成", aliases=["数字经济产业园和数字经济产业孵化器"], note="投资5.2亿元建成产业园和孵化器"),
 ],
 aggregate_facts=[
  fact(LS, "park", "digital_park_investment_cny", 5.2e8, "cny", D1, AS4, kind="cumulative", opt=True, note="与项目金额同一数字"),
  fact(LS, "park", "firms_in_digital_park", 21, "count", D1, AS4, kind="cumulative", note="入驻数字经济产业园（及孵化器）并投入运营的企业"),
  fact(LS, "park", "registered_digital_firms", 2213, "count", D2, AS4, kind="cumulative"),
  fact("拉萨", "region", "tech_sme_firms", 236, "count", "全市获得国家入库科技型中小企业资格的企业共236家,占全区的86.8%", AS4, kind="cumulative", opt=True),
  fact("拉萨", "region", "above_scale_software_firms", 16, "count", "拉萨软件和信息服务业纳入规模以上企业统计范围达16家", AS4, kind="cumulative", opt=True),
 ],
)

# ---------------------------------------------------------------- wx05 喀交会 喀什市签约 (中宏网 2024)
KZ = "中国(新疆)自由贸易试验区喀什片区"
E1 = "2023年11月,中国(新疆)自由贸易试验区喀什片区揭牌成立,为喀什市经济社会高质量发展注入强劲动力。"
E2 = "充分发挥中国(新疆)自由贸易试验区喀什片区喀什市区块优势"
E3 = "本次签约活动共计签订招商引资项目5个,涉及现代农业、纺织服装、出口导向型制造业等多个领域,签约金额16.6亿元。"
AS5 = "第十四届喀交会（2024年8月）"
G["wx05"] = dict(
 article=art("（无标题）第十四届喀交会喀什市招商引资推介会暨重点项目签约活动", "中宏网（xj.zhonghongwang.com）", "2024-08-22", "day",
  "Business news site, Xinjiang: a city's investment promotion and signing event at the 14th Kashgar trade fair — the free-trade-zone Kashgar area launched in Nov 2023, the city block's incentive policy, five projects signed for 16.6亿元",
  "http://xj.zhonghongwang.com/show-34-33710-1.html",
  "存档无标题行，文件以电头起；标题栏为概括。日期取电头“中宏网新疆8月22日电”；年份由“第十四届”喀交会及“2023年11月…揭牌成立”推定为2024。两条图片说明（马丽娜 摄）删去；末段企业代表发言（“项目建设总投资在6亿元,…主要是生产”）在存档中截断，整段不收，正文止于“…作了交流发言。”。园区：中国(新疆)自由贸易试验区喀什片区；其“喀什市区块”列为可选园区（parent 片区）。签约的5个项目与16.6亿元是喀什市活动的数字（region），文中未放入园区。",
  "wx05"),
 parks=[
  park(KZ, "喀什", "新疆", "自由贸易试验区片区", E1),
  park("喀什市区块", "喀什", "新疆", "自由贸易试验区区块", E2, parent=KZ, aliases=["中国(新疆)自由贸易试验区喀什市区块"], opt=True),
 ],
 aggregate_facts=[
  fact("喀什市", "region", "projects_signed", 5, "count", E3, AS5),
  fact("喀什市", "region", "signed_investment_cny", 1.66e9, "cny", E3, AS5),
 ],
)

# ---------------------------------------------------------------- wx06 亚士创能 乌鲁木齐高新区 (greenjn 公告报道, 年份不详)
WG = "乌鲁木齐高新技术产业开发区(新市区)"
F1 = "该项目选址地块位于乌鲁木齐高新技术产业开发区(新市区)田园路与环园路交汇处,位于田园路以西、环园路以南,面积约120亩。"
F2 = "而亚士创能在该新区投资建设的亚士创能科技(乌鲁木齐)有限公司真金板生产基地已于2013年投产。"
F3 = "项目建成达产后,预计产值不低于5亿元,预计年税收不低于3000万元。"
G["wx06"] = dict(
 article=art("（无标题）亚士创能拟在乌鲁木齐高新区投资项目（公告报道）", "greenjn.cn（转载，原出处未在存档中出现）", None, "unknown",
  "Trade site relaying a listed-company announcement, Xinjiang: a coatings maker's planned renovation-and-expansion project in 乌鲁木齐高新区 — floor area, expected output and tax, site, and its existing plant there in production since 2013",
  "https://www.greenjn.cn/info/show-htm-itemid-11842.html",
  "存档以“据公告显示”起，无标题、无日期（年份不详，只知在2013年之后；不在本集2019–2026年份范围内可确认）。正文两段，完整。园区：乌鲁木齐高新技术产业开发区(新市区)（文中又称“该新区”；“原乌鲁木齐国家高新技术产业开发区”为其前身，列为别名）。公司：亚士创能；亚士创能科技(乌鲁木齐)有限公司（真金板生产基地2013年投产）。项目：此次拟投资项目文中无名称，以“亚士创能乌鲁木齐拟投资项目”标注为可选（planned，无金额）；真金板生产基地为已投产项目。“不低于”记为超。",
  "wx06"),
 parks=[
  park(WG, "乌鲁木齐", "新疆", "高新技术产业开发区", F1, district="新市区", aliases=["乌鲁木齐国家高新技术产业开发区"], note="“原乌鲁木齐国家高新技术产业开发区”与新市区合并而成"),
 ],
 companies=[
  comp("亚士创能", WG, F2),
  comp("亚士创能科技(乌鲁木齐)有限公司", WG, F2),
 ],
 projects=[
  proj("亚士创能科技(乌鲁木齐)有限公司真金板生产基地", WG, F2, companies=["亚士创能", "亚士创能科技(乌鲁木齐)有限公司"], status="投产", status_text="已于2013年投产"),
  proj("亚士创能乌鲁木齐拟投资项目", WG, F1, companies=["亚士创能"], status="planned", status_text="拟投资", opt=True, note="文中只称“该项目”“此次拟投资项目”，名称为标注"),
 ],
 aggregate_facts=[
  fact("亚士创能乌鲁木齐拟投资项目", "project", "expected_output_value_cny", 5e8, "cny", F3, "建成达产后（预期）", kind="target", qual="超", qtext="不低于"),
  fact("亚士创能乌鲁木齐拟投资项目", "project", "expected_annual_tax_cny", 3e7, "cny", "预计年税收不低于3000万元", "建成达产后（预期）", kind="target", qual="超", qtext="不低于"),
  fact("亚士创能乌鲁木齐拟投资项目", "project", "site_area_mu", 120, "mu", F1, "选址", qual="约", qtext="约", opt=True),
 ],
)
