# real275 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 余/多 → 余, 约/近/左右 → 约. Yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates as ratios.
# Year-to-date / “截至” counts are cumulative; “预计” figures are target. A county or city is a region, not a park.

# ---------------------------------------------------------------- rn01 晋宁工业园区 (昆明信息港 2017)
JN = "晋宁工业园区"
A1 = "今年以来,园区招引签约云南友源科技有限公司、云南大禹节水有限公司、云南兴耀保温建材有限公司、云南太阳石能源科技实业有限公司等各类项目14个,总投资共10亿多元人民币"
G["rn01"] = dict(
 article=art("晋宁工业园区累计完成投资51.3亿元", "昆明信息港 (kunming.cn；通讯员黄丽萍 汤云明)", "2017-08-02", "day",
  "City news portal, Yunnan: an industrial park's half-year investment-promotion report — projects brought in, cumulative investment, built-up area and infrastructure, four named firms signed this year",
  "https://kunming.cn/news/c/2017-08-02/4709902.shtml",
  "日期取页面“2017-08-02 11:05:43 来源:昆明信息港”。标题照录；日期来源行已删。存段末段“据园区相关负责人介绍,…通过招引、”中断，整段删去；正文三段，截至“…总投资共10亿多元人民币。”。园区：晋宁工业园区（昆明市晋宁区，云南；文中“撤县设区”）。四家签约企业归晋宁工业园区（签约，未点项目名，不另立项目）。“引进入园项462个”照录（原文漏“目”字）。14个签约项目“总投资共10亿多元”：金额带“多”，不作 *_cny 事实（写作 signed_investment，qualifier 余）。",
  "rn01"),
 parks=[park(JN, "昆明", "云南", "工业园区", "晋宁工业园区实施招商引资服务提升行动", district="晋宁区", note="文中又作“园区”“晋宁园区”")],
 companies=[
  comp("云南友源科技有限公司", JN, A1, note="今年以来签约入园"),
  comp("云南大禹节水有限公司", JN, A1, note="同上"),
  comp("云南兴耀保温建材有限公司", JN, A1, note="同上"),
  comp("云南太阳石能源科技实业有限公司", JN, A1, note="同上"),
 ],
 institutions=[inst("晋宁工业园区管委会", "晋宁工业园区管委会提出", kind="park_authority", park=JN)],
 projects=[], funds=[],
 aggregate_facts=[
  fact(JN, "park", "projects_introduced", 462, "count", "截止2017年上半年,园区已经引进入园项462个", "2017年上半年末", kind="cumulative"),
  fact(JN, "park", "investment_completed_cny", 51.3e8, "cny", "累计完成投资51.3亿元", "2017年上半年末", kind="cumulative"),
  fact(JN, "park", "built_up_area_km2", 25.5, "km2", "园区建成区面积约25.5平方公里", "2017年6月", qual="约", qtext="约", opt=True),
  fact(JN, "park", "road_km", 60.49, "km", "市政道路60.49公里", "2017年6月", opt=True),
  fact(JN, "park", "projects_signed", 14, "count", A1, "2017年1月至7月", kind="cumulative"),
  fact(JN, "park", "signed_investment", 1e9, "cny", "总投资共10亿多元人民币", "2017年1月至7月", kind="cumulative", qual="余", qtext="多", note="“10亿多元”"),
 ])

# ---------------------------------------------------------------- rn02 峨眉山市工业集中区 (华西都市报 2014)
EM = "峨眉山市工业集中区"
B0 = "不管走哪一条,都会经过峨眉山市工业集中区,要么是峨九路上的其亚绿色铝业产业园,要么是符溪镇附近的加工仓促物流园"
B1 = "在金威利鞋业,一双双滑板鞋缝制完成;在龙马木业,一堆堆木料变成实木门实木家具;在峨胜水泥,一辆辆满载的罐车鱼贯而出"
B2 = "华润雪花啤酒(乐山)公司搬迁扩建工程已到了收尾阶段,“预计9月初就能试生产。”"
G["rn02"] = dict(
 article=art("峨眉山:打造“两园”新型建材前景可观", "华西都市报，载于 news.jc001.cn（九正建材网）", "2014-08-07", "day",
  "Trade portal relaying a provincial metro daily, Sichuan: a county-level city's industrial cluster zone and its two sub-parks — firms at work, a brewery's relocation nearing trial production, the zone's 2013 and H1 2014 revenue and value added, a 2017 revenue target",
  "http://news.jc001.cn/14/0807/819381.html",
  "日期取页面“来源:华西都市报 发布日期:2014-08-07 11:04:22”。标题照录；站名“九正建材网资讯”、来源行已删。导语在页中印了两次（“【九正建材网】 炎炎夏日…”摘要行与正文首段同文），摘要行删去，正文首段保留一次。小标题“园区去年营收204亿工业比重超旅游”作段保留。存段末行“相比”为下一段开头，删去；正文截至“…工业增加值34亿元。”。原文“我们的**度低得多”中的“**”照录（站方屏蔽字）。园区：峨眉山市工业集中区（乐山市代管峨眉山市，四川）；“两园”：其亚绿色铝业产业园、加工仓促物流园（母园区由语境推定）。项目：华润雪花啤酒(乐山)公司搬迁扩建工程（收尾阶段，预计9月初试生产→在建）。四家企业归峨眉山市工业集中区（“园区内各个企业”）。“截至2013年”的企业数、营收等归园区（reported，as_of 2013年）；“预计到2017年…500亿元”为 target。",
  "rn02"),
 parks=[
  park(EM, "乐山", "四川", "工业集中区", B0, district="峨眉山市", note="文中又作“园区”"),
  park("其亚绿色铝业产业园", "乐山", "四川", "产业园", B0, district="峨眉山市", parent=EM, note="“两园”之一；母园区由语境推定"),
  park("加工仓促物流园", "乐山", "四川", "物流园", B0, district="峨眉山市", parent=EM, opt=True, note="“两园”之一；名称照录"),
 ],
 companies=[
  comp("华润雪花啤酒(乐山)公司", EM, B2),
  comp("金威利鞋业", EM, B1),
  comp("龙马木业", EM, B1),
  comp("峨胜水泥", EM, B1),
 ],
 institutions=[inst("园区管委会", "园区管委会主任刘作宇说", kind="park_authority", park=EM)],
 projects=[
  proj("华润雪花啤酒(乐山)公司搬迁扩建工程", EM, B2, companies=["华润雪花啤酒(乐山)公司"], status="在建", status_text="已到了收尾阶段", note="预计2014年9月初试生产"),
 ],
 funds=[],
 aggregate_facts=[
  fact(EM, "park", "revenue_cny", 500e8, "cny", "预计到2017年园区主营业务收入将达到500亿元", "2017年（预计）", kind="target"),
  fact(EM, "park", "firms", 90, "count", "截至2013年,园区入驻企业90户", "2013年末"),
  fact(EM, "park", "above_scale_firms", 40, "count", "其中规上企业40户", "2013年末"),
  fact(EM, "park", "revenue_cny", 204e8, "cny", "全年实现主营业务收入204亿元", "2013年"),
  fact(EM, "park", "industrial_value_added_cny", 63e8, "cny", "工业增加值63亿元", "2013年"),
  fact(EM, "park", "exports_usd", 8e7, "usd", "出口创汇8000万美元", "2013年"),
  fact(EM, "park", "jobs", 23000, "count", "提供就业岗位2.3万余个", "2013年", qual="余", qtext="余", opt=True),
  fact(EM, "park", "revenue_cny", 90e8, "cny", "今年上半年,园区实现主营业务收入90亿元", "2014年上半年"),
  fact(EM, "park", "industrial_value_added_cny", 34e8, "cny", "工业增加值34亿元", "2014年上半年"),
 ])

# ---------------------------------------------------------------- rn03 雅安经开区 (四川在线 2019)
YA = "雅安经开区"
C2 = "川西大数据产业园预计5月31日1号数据机房达到投运条件"
C3 = "成建工业化建筑有限公司作为我市首个装配式产业建筑基地,订单供不应求"
AQ = "2019年一季度"
G["rn03"] = dict(
 article=art("雅安经开区:一季度多项经济指标增长强劲", "四川在线 (yaan.scol.com.cn；记者 黄刚)", "2019-04-23", "day",
  "Provincial news portal's city channel, Sichuan: an economic development zone's Q1 figures — revenue, value-added growth, fixed-asset investment, projects in its investment pool, a named project and firms under way, projects signed at a provincial promotion event, funds in place",
  "https://yaan.scol.com.cn/jj/201904/56857931.html",
  "日期取页面“(2019-04-23 09:44:56) 来源:四川在线”。标题照录；来源行、编辑行与三条图片说明（“雅安成建工业化建筑的生产车间”“正在进行内外墙装饰的1号数据中心”“初具雏形的四川全统健康产业有限公司保健食品生产项目办公楼”）已删。存段末段“据统计,…经开区经济发展”中断，整段删去；正文四段，截至“…成效初显。”。园区：雅安经开区（文中又作“雅安经济开发区”；雅安市，四川）。项目：川西大数据产业园（1号数据机房预计5月31日达到投运条件→在建）。企业：成建工业化建筑有限公司（园区内）；“全统健康产业”名称不全，可选。“4月16日至8日”照录。",
  "rn03"),
 parks=[park(YA, "雅安", "四川", "经济开发区", "记者在雅安经济开发区2019年一季度新闻通气会上获悉", aliases=["雅安经济开发区"], note="文中多作“经开区”")],
 companies=[
  comp("成建工业化建筑有限公司", YA, C3),
  comp("全统健康产业", YA, "全统健康产业建设现场,办公大楼即将完工", opt=True, note="名称不全（图片说明中的全称已随说明删去）"),
 ],
 institutions=[inst("经开区经济发展局", "经开区经济发展局局长张恩智介绍", park=YA)],
 projects=[
  proj("川西大数据产业园", YA, C2, status="在建", status_text="预计5月31日1号数据机房达到投运条件", note="在建项目之一"),
 ],
 funds=[],
 aggregate_facts=[
  fact(YA, "park", "revenue_cny", 110.4e8, "cny", "经开区营业收入110.4亿元,同比增长26%", AQ),
  fact(YA, "park", "revenue_growth", 0.26, "ratio", "经开区营业收入110.4亿元,同比增长26%", AQ, kind="ratio"),
  fact(YA, "park", "industrial_value_added_growth", 0.11, "ratio", "规模工业增加值增速11%", AQ, kind="ratio"),
  fact(YA, "park", "fixed_asset_investment_cny", 10.8e8, "cny", "全社会固定资产投资10.8亿元,同比增长27.1%", AQ),
  fact(YA, "park", "fixed_asset_investment_growth", 0.271, "ratio", "全社会固定资产投资10.8亿元,同比增长27.1%", AQ, kind="ratio"),
  fact(YA, "park", "projects_in_pool", 26, "count", "经开区固定资产投资库在库项目26个,总投资96.45亿元", "2019年4月", kind="cumulative"),
  fact(YA, "park", "projects_in_pool_investment_cny", 96.45e8, "cny", "总投资96.45亿元", "2019年4月", kind="cumulative"),
  fact(YA, "park", "investment_completed_cny", 5.98e8, "cny", "经开区投资完成5.98亿元", AQ),
  fact(YA, "park", "tech_renovation_investment_cny", 1.57e8, "cny", "技改投资也完成1.57亿元", AQ, opt=True),
  fact(YA, "park", "projects_signed", 5, "count", "经开区共签约项目5个,投资金额49亿元", "2019年4月", note="“中外知名企业四川行”期间"),
  fact(YA, "park", "signed_investment_cny", 49e8, "cny", "经开区共签约项目5个,投资金额49亿元", "2019年4月"),
 ])

# ---------------------------------------------------------------- rn04 江阳区智能终端产业园 (泸州 2017)
ZN = "江阳区智能终端产业园"
D1 = "江阳区智能终端产业园于去年底动工,总投资24.4亿元,一期厂房建成投用,二期完成主体建设"
D0 = "当日,省市媒体记者前往江阳区智能终端产业园、万诚国际中心建设项目、泸州中天文旅城项目、江阳区公益殡仪服务站、沿沱江旅游道路项目、夜知味美食广场等地进行采访"
G["rn04"] = dict(
 article=art("2017年年终盘点宣传报道组 走进江阳区", "“本报”（泸州本地日报，记者 张婷；报名未示），载于 m.yybnet.net（地方网·今日泸州）", "2017-12", "month",
  "City daily on a local-news portal, Sichuan: a year-end press tour of a district — an intelligent-terminal industrial park (total investment, phases, firms signed and in production, expected output), other projects visited, schools",
  "https://m.yybnet.net/luzhou/news/201712/6876512.html",
  "存段无日期行；月份取自网址（201712），文中“昨(26)日”为采访日（2017-12-26），刊出当为12月27日前后，精度记为月。标题照录。存段第三段后的“新闻推荐”及其后两行为页面附件，删去；正文三段，完整。园区：江阳区智能终端产业园（泸州市江阳区，四川）。该园区本身以“总投资24.4亿元”的建设项目出现（去年底动工，一期建成投用、二期主体完工→在建），另立项目。万诚国际中心建设项目、泸州中天文旅城项目为区内项目，无园区，可选。学校项目不列。",
  "rn04"),
 parks=[park(ZN, "泸州", "四川", "产业园", "招引了一批智能终端企业入驻江阳区智能终端产业园", district="江阳区")],
 companies=[], institutions=[],
 projects=[
  proj(ZN, ZN, D1, inv="总投资24.4亿元", status="在建", status_text="于去年底动工,…一期厂房建成投用,二期完成主体建设", status_alt="开工", note="园区建设项目，2016年底动工"),
  proj("万诚国际中心建设项目", None, D0, opt=True, note="采访点之一；无园区、无金额、无阶段"),
  proj("泸州中天文旅城项目", None, D0, opt=True, note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(ZN, "park", "firms_signed", 18, "count", "目前园区已签约18家企业,已投产4家", "2017年12月", kind="cumulative"),
  fact(ZN, "park", "firms_in_production", 4, "count", "目前园区已签约18家企业,已投产4家", "2017年12月", kind="cumulative"),
  fact(ZN, "park", "output_cny", 245e8, "cny", "全部企业投产后预计年产值达245亿元", "全部投产后（预计）", kind="target"),
  fact("江阳区", "region", "firms_contacted", 400, "count", "精准对接400余家企业", "2017年", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- rn05 宜良 花街节 signing (2016)
E0 = "宜良县与中车株洲电力机车研究所有限公司等12家企业签订了投资合作协议,涉及投资总额达57亿元人民币"
G["rn05"] = dict(
 article=art("宜良花街节吸金57亿元", "mkmxk.com（“招商动态”栏目；原刊媒体未示）", "2016-06-15", "day",
  "Investment-promotion page, Yunnan: a county's festival investment fair — agreements with 12 firms (one named) and their total, the county's industrial park named among its advantages",
  "http://mkmxk.com/yiliangdongtai/31.html",
  "日期取页面“| 招商动态 |2016-06-15”，该行已删。标题照录；正文四段，完整（首段与末段的签约句重复，照录）。园区：宜良工业园区（昆明市宜良县，云南）只在推介词中出现；签约方为宜良县，12个项目未点名、未写明落户园区，故不立项目。企业：中车株洲电力机车研究所有限公司（与县签约，园区 null）。事实归宜良县（region）。昆明现代物流园区只在规划表述中出现，可选。",
  "rn05"),
 parks=[
  park("宜良工业园区", "昆明", "云南", "工业园区", "宜良工业园区是昆明周边发展得较好的工业园区", district="宜良县"),
  park("昆明现代物流园区", "昆明", "云南", "物流园区", "宜良的物流产业纳入了昆明现代物流园区的规划", opt=True, note="规划表述"),
 ],
 companies=[comp("中车株洲电力机车研究所有限公司", None, E0, note="与宜良县签订投资合作协议；落户地未写明")],
 institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact("宜良县", "region", "agreements_signed", 12, "count", E0, "2016年6月（花街节推介会）", note="12家企业"),
  fact("宜良县", "region", "signed_investment_cny", 57e8, "cny", "涉及投资总额达57亿元人民币", "2016年6月（花街节推介会）"),
  fact("宜良县", "region", "attendees", 200, "count", "相关企业负责人等200余人出席推介会", "2016年6月", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- rn06 雅安 2015 new ¥100m projects
YJ = "经开区"
F1 = "经开区(飞地园区)引进1亿元及以上项目5个,其中5-10亿元(不含10亿元)项目2个,10亿元及以上项目1个"
F0 = "1-12月,全市新引进亿元及以上项目43个,总投资226.51亿元,到位资金35.89亿元"
Y15 = "2015年"
G["rn06"] = dict(
 article=art("2015年新引进亿元招商项目落地和推进情况", "雅安市 jhwsj.yaan.gov.cn（政府部门网站；发布时间未示）", "2016", "year",
  "City government department page, Sichuan: a city's 2015 review of newly introduced projects of ¥100m and more — totals, funds in place, counts by county and for the economic development zone (an enclave park)",
  "https://jhwsj.yaan.gov.cn/xinwen/show/736ffc9b-6d31-4385-baa8-0b9f8ed77fa1.html",
  "页面“来源: 发布时间: 浏览次数:”均空，发布日期未知；文中为2015年全年（1-12月）数字，刊出当在2016年初，精度记为年（推定）。标题照录；来源行、“打印”“【字体:”已删。存段第三段（分产业）在“其他服务业:3个”中断，整段删去；正文两段，截至“…10亿元及以上项目1个。”。城市：雅安（文中只作“全市”；由网站推定）。园区：“经开区(飞地园区)”（雅安经济开发区；文中只作“经开区”，不补全称）。无点名项目或企业。",
  "rn06"),
 parks=[park(YJ, "雅安", "四川", "经济开发区", F1, aliases=[], note="文中作“经开区(飞地园区)”；即雅安经济开发区（推定）")],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact("雅安", "region", "projects_introduced", 43, "count", F0, Y15, kind="cumulative", note="亿元及以上项目"),
  fact("雅安", "region", "introduced_investment_cny", 226.51e8, "cny", "总投资226.51亿元", Y15, kind="cumulative"),
  fact("雅安", "region", "funds_in_place_cny", 35.89e8, "cny", "到位资金35.89亿元", Y15, kind="cumulative"),
  fact("雅安", "region", "projects_introduced_5yi_plus", 14, "count", "其中投资额5亿元及以上项目14个", Y15, kind="cumulative", opt=True),
  fact("雅安", "region", "projects_introduced_10yi_plus", 8, "count", "投资额10亿元及以上项目8个", Y15, kind="cumulative", opt=True),
  fact(YJ, "park", "projects_introduced", 5, "count", F1, Y15, kind="cumulative", note="1亿元及以上项目"),
  fact(YJ, "park", "projects_introduced_10yi_plus", 1, "count", F1, Y15, kind="cumulative", opt=True),
  fact(YJ, "park", "projects_introduced_5_10yi", 2, "count", F1, Y15, kind="cumulative", opt=True),
 ])
