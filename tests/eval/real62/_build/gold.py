# real62 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); a yen amount (yf02) stays in investment_text with
# investment_value / investment_currency. Growth rates and shares as ratios. Projects: the park the text places the project in
# (the innermost one named), null if none (a county, banner or city is not a park). Status from the text's words (开工 / 开工建设 /
# 拉开施工帷幕 → 开工; 建成投产 / 竣工投产 → 投产; 签约 → 签约; under construction now (主体完工, 复工, 封顶后装修) → 在建;
# “正在积极推进中” or a bare listing → no status). “年度计划投资”, “预计” and “建成后/达产后” figures are kind target;
# “今年以来 / 现已 / 1-5月份” values are cumulative; counts at a date are reported. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/yfNN.raw as returned.

# ---------------------------------------------------------------- yf01 大庆经开区“找对路向前跑” (大庆日报 2021)
DQ = "大庆经开区"
A0 = "智陶瓷业300万件卫生瓷、琪磊金属包装等19个项目已建成投产,华锐风电百万千瓦装配基地、大满英联绿色包装产业园等13个项目已经开工建设,中恒嘉泰大麻二酚、巨杰混凝土风机塔筒等33个项目正在积极推进中"
A1 = "经开区现有26户规上企业,1-5月份形成产值40.5亿元、同比增长36.3%,增加值11.9亿元、同比增长23.3%"
A2 = "列入百日攻坚任务的企业中,大庆中蓝石化有限公司、黑龙江隆泰油田装备制造有限公司、大庆市普罗石油科技有限公司、大庆智陶瓷业有限公司等4户上量企业增长幅度均超过30%"
A3 = "作为临规企业的大庆中浮石油技术开发有限公司、大庆市蓝天碧水环保科技有限公司,2户企业产值均接近1000万元,年内有望晋规"
A4 = "今年经开区共建设500万元以上重点项目29个。其中,产业项目25个,基础设施项目4个,总投资116.2亿元,年度计划投资22亿元,现已完成投资6.1亿元,投资完成率27.7%;开复工项目23个,开复工率79.3%"
A5 = "省百大项目2个,总投资25亿元,年度计划投资10亿元,全部开复工,现已完成投资4.8亿元,投资完成率48%"
A6 = "市级重点推进百日攻坚项目13个,总投资101亿元,年度计划投资16.8亿元,现已完成投资6亿元,投资完成率35.7%"
AS1 = "2021年初至7月初"
AY1 = "2021年（年度计划）"
G["yf01"] = dict(
 article=art("大庆经开区“找对路向前跑”", "大庆日报（摄影署名“记者 孙娜”；文字记者存段未示），载于国际在线黑龙江频道 hlj.cri.cn", "2021-07-08", "day",
  "City daily on a national broadcaster's provincial channel, Heilongjiang: an economic and technological development zone's mid-year review — named projects in production, started and in preparation, above-scale and near-scale firms' output and value-added with growth rates, named firms' growth, key projects with total and annual planned investment kept apart from investment completed",
  "https://hlj.cri.cn/2021-07-08/820b26f3-f19f-838a-5a26-743a5bfaec85.html",
  "日期取页面“来源:大庆日报 | 2021-07-08 11:05:25”。标题照录（页内标题重复一次，删）；图片说明“工人在大庆智陶瓷业有限公司生产车间内检查陶坯。记者 孙娜 摄”已删。存段在第四段末“蒙牛乳制品基地、陶瓷产业园”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…投资完成率35.7%。”，共四段。园区：大庆经开区（大庆经济技术开发区；文中只作“经开区”，全称未写；大庆，黑龙江）。项目：首句列举的六个项目均为经开区今年以来的项目——智陶瓷业300万件卫生瓷、琪磊金属包装（已建成投产→投产）；华锐风电百万千瓦装配基地、大满英联绿色包装产业园（已经开工建设→开工；后者名为“产业园”，按项目列，不另列园区）；中恒嘉泰大麻二酚、巨杰混凝土风机塔筒（“正在积极推进中”，无状态，可选）。智陶瓷业即大庆智陶瓷业有限公司（项目 companies 记此）。公司：六家企业均为经开区“列入百日攻坚任务”的企业，园区记大庆经开区。事实：规上企业26户；1-5月规上产值40.5亿元（增36.3%）、增加值11.9亿元（增23.3%）——cumulative，增速 ratio；临规15户及其产值、增加值（可选）；隆泰增幅305%（ratio 3.05，公司）；重点项目29个、总投资116.2亿元、年度计划投资22亿元（target）、现已完成6.1亿元（cumulative）、完成率27.7%、开复工23个、开复工率79.3%；省百大、市级百日攻坚两组数字可选。“4户…增长幅度均超过30%”不单列。",
  "yf01"),
 parks=[
  park(DQ, "大庆", "黑龙江", "经济技术开发区", A1, note="文中只作“经开区”；标题作“大庆经开区”"),
 ],
 companies=[
  comp("大庆智陶瓷业有限公司", DQ, A2, aliases=["智陶瓷业"], note="300万件卫生瓷项目已建成投产"),
  comp("大庆中蓝石化有限公司", DQ, A2),
  comp("黑龙江隆泰油田装备制造有限公司", DQ, A2, note="增幅305%"),
  comp("大庆市普罗石油科技有限公司", DQ, A2),
  comp("大庆中浮石油技术开发有限公司", DQ, A3, note="临规企业"),
  comp("大庆市蓝天碧水环保科技有限公司", DQ, A3, note="临规企业"),
 ],
 projects=[
  proj("智陶瓷业300万件卫生瓷", DQ, A0, companies=["大庆智陶瓷业有限公司"], status="投产", status_text="已建成投产"),
  proj("琪磊金属包装", DQ, A0, status="投产", status_text="已建成投产", note="项目名即企业简称"),
  proj("华锐风电百万千瓦装配基地", DQ, A0, status="开工", status_text="已经开工建设"),
  proj("大满英联绿色包装产业园", DQ, A0, status="开工", status_text="已经开工建设", note="名为产业园，按项目列"),
  proj("中恒嘉泰大麻二酚", DQ, A0, status=None, status_text="正在积极推进中", opt=True, note="推进中，未开工；无状态"),
  proj("巨杰混凝土风机塔筒", DQ, A0, status=None, status_text="正在积极推进中", opt=True, note="推进中，未开工；无状态"),
 ],
 aggregate_facts=[
  fact(DQ, "park", "projects_in_production", 19, "count", A0, AS1, kind="cumulative"),
  fact(DQ, "park", "projects_started", 13, "count", A0, AS1, kind="cumulative"),
  fact(DQ, "park", "projects_in_preparation", 33, "count", A0, AS1, opt=True),
  fact(DQ, "park", "above_scale_firms", 26, "count", A1, "2021年7月"),
  fact(DQ, "park", "above_scale_output_cny", 4.05e9, "cny", "1-5月份形成产值40.5亿元", "2021年1–5月", kind="cumulative", chk=True),
  fact(DQ, "park", "above_scale_output_yoy_growth", 0.363, "ratio", A1, "2021年1–5月", kind="ratio"),
  fact(DQ, "park", "above_scale_value_added_cny", 1.19e9, "cny", "增加值11.9亿元、同比增长23.3%", "2021年1–5月", kind="cumulative", chk=True),
  fact(DQ, "park", "above_scale_value_added_yoy_growth", 0.233, "ratio", A1, "2021年1–5月", kind="ratio"),
  fact(DQ, "park", "near_scale_firms", 15, "count", "重点临规企业15户", "2021年7月", opt=True),
  fact(DQ, "park", "near_scale_output_cny", 1.1e8, "cny", "1-5月份形成产值1.1亿元、同比增长25.4%", "2021年1–5月", kind="cumulative", opt=True, chk=True),
  fact(DQ, "park", "near_scale_output_yoy_growth", 0.254, "ratio", "1-5月份形成产值1.1亿元、同比增长25.4%", "2021年1–5月", kind="ratio", opt=True),
  fact(DQ, "park", "near_scale_value_added_cny", 3e7, "cny", "增加值0.3亿元、同比增长21.9%", "2021年1–5月", kind="cumulative", opt=True, chk=True),
  fact(DQ, "park", "near_scale_value_added_yoy_growth", 0.219, "ratio", "增加值0.3亿元、同比增长21.9%", "2021年1–5月", kind="ratio", opt=True),
  fact("黑龙江隆泰油田装备制造有限公司", "company", "growth", 3.05, "ratio", "黑龙江隆泰油田装备制造有限公司增幅达到305%", "2021年（至7月初）", kind="ratio", note="增幅（产值）"),
  fact(DQ, "park", "key_projects", 29, "count", A4, "2021年", note="500万元以上重点项目"),
  fact(DQ, "park", "key_projects_industrial", 25, "count", A4, "2021年", opt=True),
  fact(DQ, "park", "key_projects_infrastructure", 4, "count", A4, "2021年", opt=True),
  fact(DQ, "park", "key_projects_total_investment_cny", 1.162e10, "cny", "总投资116.2亿元,年度计划投资22亿元", "2021年", chk=True),
  fact(DQ, "park", "annual_planned_investment_cny", 2.2e9, "cny", "年度计划投资22亿元,现已完成投资6.1亿元", AY1, kind="target", chk=True),
  fact(DQ, "park", "investment_completed_cny", 6.1e8, "cny", "现已完成投资6.1亿元,投资完成率27.7%", AS1, kind="cumulative", chk=True),
  fact(DQ, "park", "investment_completion_rate", 0.277, "ratio", "现已完成投资6.1亿元,投资完成率27.7%", AS1, kind="ratio"),
  fact(DQ, "park", "projects_started_or_resumed", 23, "count", "开复工项目23个,开复工率79.3%", AS1, kind="cumulative"),
  fact(DQ, "park", "projects_start_rate", 0.793, "ratio", "开复工项目23个,开复工率79.3%", AS1, kind="ratio", opt=True),
  fact(DQ, "park", "provincial_key_projects", 2, "count", A5, "2021年", opt=True),
  fact(DQ, "park", "provincial_key_projects_investment_cny", 2.5e9, "cny", "总投资25亿元,年度计划投资10亿元", "2021年", opt=True, chk=True),
  fact(DQ, "park", "provincial_key_projects_annual_plan_cny", 1e9, "cny", "年度计划投资10亿元,全部开复工", AY1, kind="target", opt=True, chk=True),
  fact(DQ, "park", "provincial_key_projects_completed_cny", 4.8e8, "cny", "现已完成投资4.8亿元,投资完成率48%", AS1, kind="cumulative", opt=True, chk=True),
  fact(DQ, "park", "provincial_key_projects_completion_rate", 0.48, "ratio", "现已完成投资4.8亿元,投资完成率48%", AS1, kind="ratio", opt=True),
  fact(DQ, "park", "city_key_projects", 13, "count", A6, "2021年", opt=True),
  fact(DQ, "park", "city_key_projects_investment_cny", 1.01e10, "cny", "总投资101亿元,年度计划投资16.8亿元", "2021年", opt=True, chk=True),
  fact(DQ, "park", "city_key_projects_annual_plan_cny", 1.68e9, "cny", "年度计划投资16.8亿元,现已完成投资6亿元", AY1, kind="target", opt=True, chk=True),
  fact(DQ, "park", "city_key_projects_completed_cny", 6e8, "cny", "现已完成投资6亿元,投资完成率35.7%", AS1, kind="cumulative", opt=True, chk=True),
  fact(DQ, "park", "city_key_projects_completion_rate", 0.357, "ratio", "现已完成投资6亿元,投资完成率35.7%", AS1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yf02 大连金普新区30个项目集中签约 (辽宁日报 2023)
JP = "金普新区"
ZR = "中日生态示范新城"
ZC = "金普新区轴承生态产业园"
B0 = "3月8日,大连金普新区举办招商项目一季度集中签约活动,30个项目同日签约,总投资额达152亿元"
B1 = "其中,以碧菲膜纳米新材料产业园为代表的新兴项目,以万和汇升级改造为代表的服务业项目"
B2 = "总投资30亿元的东陶(辽宁)有限公司高端陶瓷洁具项目在中日生态示范新城开工"
B3 = "总投资1000亿日元的尼得科电机(大连)有限公司新工厂项目七顶山工厂二期正式竣工投产"
B4 = "5家企业签约入驻金普新区轴承生态产业园"
G["yf02"] = dict(
 article=art("大连金普新区30个项目集中签约", "辽宁日报（记者 吕丽），载于 fubaore.com（转载页注“来源:辽宁日报”）", "2023-03-10", "day",
  "Provincial daily relayed verbatim by a news-mirror site, Liaoning: a state-level new area's quarterly signing of 30 projects with their total, two named signed projects, one named project started in a sub-area and one in production, five firms signed into a bearing park",
  "http://fubaore.com/jinrong/20230310/1001202584.html",
  "日期取转载页“2023-03-10 14:33:07 来源:辽宁日报”；签约活动在3月8日。标题照录；“(相关资料图)”与“关键词:”已删；署名“(辽宁日报 记者 吕丽)”在正文末，保留。正文四段，完整。原刊辽宁日报页面未在检索中找到，只用此逐字转载（非改写）。园区：金普新区（文中首作“大连金普新区”，列 alias；国家级新区，文中未说级别；大连，辽宁）；中日生态示范新城、金普新区轴承生态产业园为新区内片区/园区（parent 金普新区）。“七顶山工厂”是工厂名的一部分，不列园区。项目：碧菲膜纳米新材料产业园、万和汇升级改造——本次签约的代表项目（签约；前者名为产业园，按项目列）；东陶(辽宁)有限公司高端陶瓷洁具项目——年初以来在中日生态示范新城开工，总投资30亿元；尼得科电机(大连)有限公司新工厂项目七顶山工厂二期——竣工投产，总投资1000亿日元（日元：investment_cny 留空，investment_value 1e11、currency jpy）。事实：签约30个项目、总投资额152亿元；轴承生态产业园签约入驻企业5家。",
  "yf02"),
 parks=[
  park(JP, "大连", "辽宁", "新区", B0, aliases=["大连金普新区"], note="文中又作“新区”“区域”"),
  park(ZR, "大连", "辽宁", "新城（片区）", B2, parent=JP, note="新区内片区；东陶项目所在"),
  park(ZC, "大连", "辽宁", "产业园", B4, parent=JP),
 ],
 companies=[
  comp("东陶(辽宁)有限公司", ZR, B2, note="高端陶瓷洁具项目在中日生态示范新城开工"),
  comp("尼得科电机(大连)有限公司", JP, B3, note="七顶山工厂二期竣工投产；新区内具体片区未写"),
 ],
 projects=[
  proj("碧菲膜纳米新材料产业园", JP, B1, status="签约", status_text="签约", note="本次签约的新兴项目代表；名为产业园，按项目列"),
  proj("万和汇升级改造", JP, B1, status="签约", status_text="签约", note="本次签约的服务业项目代表"),
  proj("东陶(辽宁)有限公司高端陶瓷洁具项目", ZR, B2, companies=["东陶(辽宁)有限公司"], inv="总投资30亿元", status="开工", status_text="开工"),
  proj("尼得科电机(大连)有限公司新工厂项目七顶山工厂二期", JP, B3, companies=["尼得科电机(大连)有限公司"], inv="总投资1000亿日元",
       currency="jpy", value=1e11, phase="二期", status="投产", status_text="正式竣工投产", note="日元金额，不折人民币"),
 ],
 aggregate_facts=[
  fact(JP, "park", "projects_signed", 30, "count", B0, "2023-03-08"),
  fact(JP, "park", "signed_investment_cny", 1.52e10, "cny", "总投资额达152亿元", "2023-03-08", chk=True),
  fact(ZC, "park", "firms_signed", 5, "count", B4, "2023年1月至3月10日", kind="cumulative"),
 ])

# ---------------------------------------------------------------- yf03 龙井:重点项目建设有序推进 (吉林日报 2024)
LJ = "龙井边境经济合作区"
C0 = "近年来,龙井边境经济合作区以推动经济高质量发展为引领"
C1 = "合作区南端的轻工业产业园项目于2022年开工,总占地面积2.56公顷"
C2 = "据图们铁路工程总公司项目总工安玉波介绍,该项目总投资1.84亿元,项目建成后,每年可生产1000万双品牌运动鞋,预计年产值达3亿元,年上缴税金达2400万元"
G["yf03"] = dict(
 article=art("龙井:重点项目建设有序推进", "吉林日报（记者 张敬源），载于吉林日报—大吉网 dajilin.com", "2024-03-28", "day",
  "Provincial daily on its own portal, Jilin: a border economic cooperation zone — its area, one named park project near completion with its investment, output, tax and jobs expected, contractor named",
  "http://dajilin.com/home/content/2024-03/28/content_848188.html",
  "日期取页面“更新时间:2024-03-28 09:56 来源:吉林日报—大吉网”。标题照录；栏目菜单（吉报头条…图片精选）与时间来源行已删。存段在第五段“近年来,龙井市大力推动绿色低碳产业高质量发”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…加快转型升级的必由之路。”，共五段。园区：龙井边境经济合作区（文中又作“合作区”；龙井市，延边州，吉林；面积5.25平方公里）。项目：轻工业产业园项目——2022年开工，主体工程已全部完成、进入收尾，今年6月具备交工条件后试生产：status 在建（status_alt 开工）；总投资1.84亿元；建成后年产1000万双运动鞋、预计年产值3亿元、年上缴税金2400万元（target，subject 项目）；名为“产业园”，按项目列（合作区内的项目）。公司：图们铁路工程总公司——施工方（项目总工所在单位），可选，园区 null。",
  "yf03"),
 parks=[
  park(LJ, "延边朝鲜族自治州", "吉林", "边境经济合作区", C0, district="龙井市", note="文中又作“合作区”"),
 ],
 companies=[
  comp("图们铁路工程总公司", None, C2, opt=True, note="施工方"),
 ],
 projects=[
  proj("轻工业产业园项目", LJ, C2, inv="总投资1.84亿元", status="在建", status_text="于2022年开工…主体工程已全部完成…现进行收尾工作", status_alt="开工",
       note="证据取金额所在句（“该项目”指上一段的轻工业产业园项目；开工与进度见上一段“合作区南端的轻工业产业园项目于2022年开工…现进行收尾工作”）；名为产业园，按项目列"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "area_km2", 5.25, "km2", "在5.25平方公里的龙井边境经济合作区内", "2024年3月"),
  fact("轻工业产业园项目", "project", "expected_annual_output_cny", 3e8, "cny", "预计年产值达3亿元,年上缴税金达2400万元", "建成后（预期）", kind="target", chk=True),
  fact("轻工业产业园项目", "project", "expected_annual_tax_cny", 2.4e7, "cny", "年上缴税金达2400万元", "建成后（预期）", kind="target", chk=True),
  fact("轻工业产业园项目", "project", "expected_jobs", 2000, "count", "预计可提供就业岗位2000个", "建成后（预期）", kind="target", opt=True),
  fact("轻工业产业园项目", "project", "site_area_ha", 2.56, "ha", C1, "2024年3月", opt=True),
  fact("轻工业产业园项目", "project", "construction_progress", 0.95, "ratio", "已达到总工程量的95%", "2024年3月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yf04 宽甸经济开发区 (dandong.gov.cn subsite 2022-12)
KD = "宽甸经济开发区"
CN = "城南高新技术产业园"
D0 = "在宽甸经济开发区城南高新技术产业园内,辽宁优创科技节能材料有限公司正在紧锣密鼓地开展项目建设,目前主体工程已完工"
D1 = "创新型铝型材生产项目作为开发区2022年重大项目之一,总投资1.2亿元"
D2 = "项目投资方将在原有宽甸忠盛门窗幕墙装潢有限公司生产线的基础上,同步衔接北京优顿科技发展有限公司宽甸地区技术研发中心"
D3 = "前三季度,宽甸经济开发区招商引资投资总额同比增长21.6%,固定资产投资同比增长12.66%"
G["yf04"] = dict(
 article=art("（无标题）宽甸经济开发区城南高新技术产业园 创新型铝型材生产项目主体完工 前三季度招商引资投资总额增长21.6%", "丹东市政府网站子站 jhzx.dandong.gov.cn（存段无标题、无日期行、无署名；原发媒体未注明）", "2022-12", "month",
  "City government subsite carrying a local news item, Liaoning: a provincial-level economic development zone — a named firm's project in a named sub-park with investment and capacity, the zone's service measures, its nine-month growth rates",
  "https://jhzx.dandong.gov.cn/html/80/202212/cd89fef7ffdd490db800357f47722b20.html",
  "日期只知到月（网址 202212；文中“前三季度”“参加2022年中国国际服务贸易交易会”与之相合）。存段无标题（title 为编者概括）、无署名。存段在末句“…增速均高于近四年平均水平3个百分点,省级农产品集聚区主营业务收入同比”处中断，只删去最后的残片“省级农产品集聚区主营业务收入同比”（make_txt.py LINE_SUFFIX），正文因此以逗号结尾（“…3个百分点,”）——照录，以保住前面两个完整的增速。园区：宽甸经济开发区（丹东宽甸满族自治县，辽宁；文中又作“开发区”）；城南高新技术产业园在开发区内（parent）；“省级农产品加工集聚区”为开发区依托的集聚区，可选。公司：辽宁优创科技节能材料有限公司（在城南高新技术产业园内建项目）；宽甸忠盛门窗幕墙装潢有限公司、北京优顿科技发展有限公司只在项目说明中出现，可选，园区 null。项目：创新型铝型材生产项目——“开发区2022年重大项目之一”，总投资1.2亿元；与上句“辽宁优创…正在紧锣密鼓地开展项目建设,目前主体工程已完工”相接，推定为优创的项目、位于城南高新技术产业园（推定，note）；状态 在建（主体完工、仍在建设）。事实：前三季度招商引资投资总额增长21.6%、固定资产投资增长12.66%（ratio，开发区）；“高于近四年平均水平3个百分点”不单列；产能数字可选。",
  "yf04"),
 parks=[
  park(KD, "丹东", "辽宁", "经济开发区", D3, district="宽甸满族自治县", note="文中又作“开发区”"),
  park(CN, "丹东", "辽宁", "产业园", D0, district="宽甸满族自治县", parent=KD),
  park("省级农产品加工集聚区", "丹东", "辽宁", "集聚区", "依托省级农产品加工集聚区,引育电商、物流企业", district="宽甸满族自治县", parent=KD, opt=True,
       note="开发区依托的集聚区，无专名"),
 ],
 companies=[
  comp("辽宁优创科技节能材料有限公司", CN, D0),
  comp("宽甸忠盛门窗幕墙装潢有限公司", None, D2, opt=True, note="项目依托其原有生产线；园区未说"),
  comp("北京优顿科技发展有限公司", None, D2, opt=True, note="衔接其宽甸地区技术研发中心"),
 ],
 projects=[
  proj("创新型铝型材生产项目", CN, D1, companies=["辽宁优创科技节能材料有限公司"], inv="总投资1.2亿元", status="在建",
       status_text="正在紧锣密鼓地开展项目建设,目前主体工程已完工", note="企业与所在产业园由上一句推定；开发区2022年重大项目"),
 ],
 aggregate_facts=[
  fact(KD, "park", "investment_attracted_yoy_growth", 0.216, "ratio", D3, "2022年1–9月", kind="ratio"),
  fact(KD, "park", "fixed_asset_investment_yoy_growth", 0.1266, "ratio", D3, "2022年1–9月", kind="ratio"),
  fact("创新型铝型材生产项目", "project", "site_area_m2", 2e4, "m2", "总投资1.2亿元,占地2万平方米,建筑面积1.5万平方米", "2022年", opt=True),
  fact("创新型铝型材生产项目", "project", "capacity_aluminium_profiles_t", 3e4, "t/year", "生产规模为铝型材3万吨/年", "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yf05 哈尔滨新区健康食品产业园 / 兰西 (东北网 2023)
HB = "哈尔滨新区"
HF = "哈尔滨新区健康食品产业园"
E0 = "在哈尔滨新区健康食品产业园,15栋单体楼主体结构全部封顶,正在进行砌筑工程和内部装修施工"
E1 = "产业园由哈尔滨新区委托哈尔滨水投集团建设,建成后将与周边现有绿色食品领域龙头企业形成合力"
E2 = "哈尔滨水务投资集团水务建设公司副总经理王燕京表示,预计今年底完成投资8000万元,到目前为止,完成了6000多万元"
E3 = "从上周开始,兰西哈达农产品国际物流园项目全面拉开施工帷幕。这个项目占地约22万平方米,计划总投资8亿元,分二期实施"
E4 = "项目建成运营后,年交易量可达150万吨,年交易额120亿元,带动就业2万人"
G["yf05"] = dict(
 article=art("（无标题）哈尔滨新区健康食品产业园主体封顶 兰西哈达农产品国际物流园开工", "东北网 heilongjiang.dbw.cn（存段无标题、无署名；原发媒体未注明）", "2023-11-03", "day",
  "Provincial news portal, Heilongjiang: a fourth-quarter construction report — a park project in a state-level new area (buildings topped out, this year's investment planned and done, completion year) and a county logistics-park project started with its total investment and expected turnover",
  "https://heilongjiang.dbw.cn/system/2023/11/03/059233095.shtml",
  "日期取网址 2023/11/03。存段无标题（title 为编者概括）；开头五行无标点的导语“进入第四季度 / 黑龙江省各地抢抓进度 / 全力冲刺 / 推动项目竣工投产 / 努力形成更多实物工作量”作为版头删去（电视稿式题引）。末段“兰西县人民政府副县长王秉仁表示,…将对兰西周边的蔬菜销售起到很好的促进作用”无句末标点、疑为残句，整段删去；正文截至“…国际农产品物流园区。”，共七段。园区：哈尔滨新区（国家级新区，文中未说级别；哈尔滨，黑龙江）；哈尔滨新区健康食品产业园（新区内，parent）。项目：哈尔滨新区健康食品产业园（项目经理、委托建设、预计2025年竣工：在建；园区记哈尔滨新区）；兰西哈达农产品国际物流园项目（兰西县，绥化，县不是园区：park null；“全面拉开施工帷幕”→开工；计划总投资8亿元；分二期）。公司：哈尔滨水投集团（文中又作“哈尔滨水务投资集团”，列 alias；受托建设方，园区 null）。事实：今年底预计完成投资8000万元（target，项目）、已完成6000多万元（cumulative，余）；产业园占地近5万平方米（约）、15栋封顶（可选）；兰西项目占地约22万平方米、建成后年交易量150万吨、交易额120亿元、就业2万人（target，项目；部分可选）。",
  "yf05"),
 parks=[
  park(HB, "哈尔滨", "黑龙江", "新区", E1, note="国家级新区（文中未说级别）"),
  park(HF, "哈尔滨", "黑龙江", "产业园", E0, parent=HB, note="同时是在建项目"),
 ],
 companies=[
  comp("哈尔滨水投集团", None, E1, aliases=["哈尔滨水务投资集团"], note="受哈尔滨新区委托建设产业园"),
 ],
 projects=[
  proj("哈尔滨新区健康食品产业园", HB, E0, companies=["哈尔滨水投集团"], status="在建", status_text="主体结构全部封顶,正在进行砌筑工程和内部装修施工",
       note="预计2025年竣工；园区即项目，park 记所在的哈尔滨新区"),
  proj("兰西哈达农产品国际物流园项目", None, E3, inv="计划总投资8亿元", status="开工", status_text="全面拉开施工帷幕", note="兰西县（绥化）；县不是园区"),
 ],
 aggregate_facts=[
  fact("哈尔滨新区健康食品产业园", "project", "annual_investment_planned_cny", 8e7, "cny", "预计今年底完成投资8000万元", "2023年（预计）", kind="target", chk=True),
  fact("哈尔滨新区健康食品产业园", "project", "investment_completed", 6e7, "cny", "完成了6000多万元", "2023年11月初", kind="cumulative", qual="余", qtext="多",
       note="“6000多万元”：metric 不带 _cny 后缀，因 check_gold 只读“数字+万元/亿元”（同 real25 q04 的做法）；值按 6000万元 记，余"),
  fact("哈尔滨新区健康食品产业园", "project", "site_area_m2", 5e4, "m2", "产业园占地近5万平方米", "2023年11月", qual="约", qtext="近", opt=True),
  fact("哈尔滨新区健康食品产业园", "project", "buildings_topped_out", 15, "count", E0, "2023年11月", opt=True),
  fact("兰西哈达农产品国际物流园项目", "project", "site_area_m2", 2.2e5, "m2", "这个项目占地约22万平方米", "2023年11月", qual="约", qtext="约", opt=True),
  fact("兰西哈达农产品国际物流园项目", "project", "expected_annual_trade_volume_t", 1.5e6, "t", E4, "建成运营后（预期）", kind="target", opt=True),
  fact("兰西哈达农产品国际物流园项目", "project", "expected_annual_turnover_cny", 1.2e10, "cny", "年交易额120亿元,带动就业2万人", "建成运营后（预期）", kind="target", chk=True),
  fact("兰西哈达农产品国际物流园项目", "project", "expected_jobs", 2e4, "count", E4, "建成运营后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yf06 延边州 项目 / 延吉高新区 2024 figures (国际在线吉林 2025)
YJ = "延吉高新区"
F1 = "2024年,延吉高新区实施5000万元以上项目25个,投资额达到52.2亿元,完成规模以上工业总产值214.9亿元,同比增长6.3%"
F2 = "完成全口径财政收入84.44亿元,同比增长6.0%"
F3 = "完成一般公共预算全口径财政收入5.74亿元,同比增长11.2%"
F4 = "完成招商引资到位资金13.4亿元,同比增长5.6%"
F5 = "完成固定资产投资10.9亿元,同比增长9.6%"
F6 = "总投资2.3亿元的图们市人才孵化园基础设施项目目前已经复工,预计今年5月竣工交付使用"
AS6 = "2024年"
G["yf06"] = dict(
 article=art("（无标题）延边州重点项目建设 延吉高新区2024年规上工业总产值214.9亿元", "国际在线吉林频道 jl.cri.cn（存段无标题、无署名；图片供图“延边州委宣传部”）", "2025-03-13", "day",
  "National broadcaster's provincial channel with a prefecture's material, Jilin: a prefecture-wide project round-up — a high-tech zone's 2024 projects, investment, output and revenue figures each with growth, a county-level city's water project, a tourism town, and a city's incubator project resumed with its investment",
  "https://jl.cri.cn/n/20250313/73489175-b4cf-13e1-cb17-52ef2a63fb8d.html",
  "日期取网址 20250313。存段无标题（title 为编者概括）；图片说明“图们市人才孵化园基础设施项目 供图 延边州委宣传部”已删。存段在末句“图们公路口岸扩能改造工程建设项目位于图们市区口岸大街,总投资4.4”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…创新创业载体。”，共五段。出处为国际在线（中央台）吉林频道，非省市报；材料来自延边州（供图署州委宣传部），在此注明。“同比增长6.0% ;”中的空格原文如此，照录。园区：延吉高新区（延吉，延边州，吉林）。“细胞产业园”与信息技术、生命健康等产业并列，或为园中园，可选（parent 延吉高新区）。项目：敦化市大川水利枢纽工程（林木采伐施工，3月底主体开工——无明确状态；园区 null）；珲春丝绸之路渤海古镇（装修，预计近期投用——无状态；null）；图们市人才孵化园基础设施项目（已经复工→在建；总投资2.3亿元；null；“创新创业载体”，不作园区）。事实：延吉高新区2024年——5000万元以上项目25个、投资额52.2亿元、规上工业总产值214.9亿元（增6.3%）、全口径财政收入84.44亿元（增6.0%）、一般公共预算全口径财政收入5.74亿元（增11.2%）、招商引资到位资金13.4亿元（增5.6%）、固定资产投资10.9亿元（增9.6%），全部 reported 年值，增速 ratio。",
  "yf06"),
 parks=[
  park(YJ, "延边朝鲜族自治州", "吉林", "高新区", F1, district="延吉市"),
  park("细胞产业园", "延边朝鲜族自治州", "吉林", "产业园", "延吉高新区大力发展细胞产业园、信息技术、生命健康、跨境电商等产业", district="延吉市", parent=YJ, opt=True,
       note="与产业并列，是否为园中园不确定"),
 ],
 projects=[
  proj("敦化市大川水利枢纽工程", None, "敦化市大川水利枢纽工程是近年来敦化市单体投资规模最大的水利工程和重点民生工程", status=None,
       status_text="目前工程正在进行林木采伐施工,计划于今年3月底进行主体工程建设", opt=True, note="水利工程；无园区"),
  proj("珲春丝绸之路渤海古镇", None, "连日来,珲春丝绸之路渤海古镇内部商户装修工作正如火如荼地进行", status=None, status_text="项目预计近期正式投入使用",
       opt=True, note="文旅项目；无园区"),
  proj("图们市人才孵化园基础设施项目", None, F6, inv="总投资2.3亿元", status="在建", status_text="目前已经复工", note="预计2025年5月竣工；无园区"),
 ],
 aggregate_facts=[
  fact(YJ, "park", "projects_over_50m", 25, "count", F1, AS6, note="5000万元以上项目"),
  fact(YJ, "park", "project_investment_cny", 5.22e9, "cny", "投资额达到52.2亿元", AS6, chk=True),
  fact(YJ, "park", "above_scale_output_cny", 2.149e10, "cny", "完成规模以上工业总产值214.9亿元,同比增长6.3%", AS6, chk=True),
  fact(YJ, "park", "above_scale_output_yoy_growth", 0.063, "ratio", F1, AS6, kind="ratio"),
  fact(YJ, "park", "fiscal_revenue_cny", 8.444e9, "cny", F2, AS6, chk=True, note="全口径财政收入"),
  fact(YJ, "park", "fiscal_revenue_yoy_growth", 0.06, "ratio", F2, AS6, kind="ratio"),
  fact(YJ, "park", "general_budget_revenue_cny", 5.74e8, "cny", F3, AS6, chk=True, note="一般公共预算全口径财政收入"),
  fact(YJ, "park", "general_budget_revenue_yoy_growth", 0.112, "ratio", F3, AS6, kind="ratio"),
  fact(YJ, "park", "investment_attracted_cny", 1.34e9, "cny", F4, AS6, chk=True, note="招商引资到位资金"),
  fact(YJ, "park", "investment_attracted_yoy_growth", 0.056, "ratio", F4, AS6, kind="ratio"),
  fact(YJ, "park", "fixed_asset_investment_cny", 1.09e9, "cny", F5, AS6, chk=True),
  fact(YJ, "park", "fixed_asset_investment_yoy_growth", 0.096, "ratio", F5, AS6, kind="ratio"),
  fact("图们市人才孵化园基础设施项目", "project", "site_area_m2", 3.08e4, "m2", "总用地面积3.08万平方米", "2025年3月", opt=True),
  fact("图们市人才孵化园基础设施项目", "project", "floor_area_m2", 3e4, "m2", "总建筑面积3万平方米", "2025年3月", opt=True),
 ])

# ---------------------------------------------------------------- yf07 伊金霍洛旗 项目开复工 / 蒙苏经济开发区 (网易号 2024)
MS = "蒙苏经济开发区"
SY = "圣圆产业园"
H0 = "3月21日,伊金霍洛旗6个新建项目、15个续建项目同时开复工"
H1 = "此次开工的6个新建项目,总投资超32亿元"
H2 = "5GW高效光伏组件项目总投资约25亿元,项目达成后具备年产5GW高效光伏电池片,生产能力达产后年产值90亿元,年均上缴税收3.5亿元,拟带动就业1000人"
H3 = "蒙苏经济开发区消防救援站项目建设规模为一级消防站"
H4 = "鑫隆气体年产50万Nm³溶解乙炔气体、氧气等标准气体项目位于蒙苏经济开发区圣圆产业园乌兰木伦项目区"
G["yf07"] = dict(
 article=art("（无标题）伊金霍洛旗6个新建项目、15个续建项目同时开复工", "网易号（m.163.com/dy，发布账号名存段未示；原发媒体未注明，疑为伊金霍洛旗融媒体）", "2024-03-21 or shortly after", "day",
  "Self-media platform carrying a banner's project item, Inner Mongolia: a banner's 6 new and 15 continuing projects started or resumed with the new ones' total, three named projects — one with investment, output and tax expected, two placed in an economic development zone and its sub-park",
  "https://m.163.com/dy/article/ITR96CUL0534ADHZ.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“3月21日”开复工；年份据网易文章号（ITR96…，早于 2024-08 的 J8J13…）与“发展新质生产力”的提法推定为2024年，不确定（published 记“2024-03-21 or shortly after”）。平台图片占位行“打开网易新闻 查看精彩图片”与图注“▲ 项目现场”“▲ 项目效果图”已删；小标题“一线看项目”及三个项目名小标题保留为段；第三个小标题在页面上断成两行（“鑫隆气体年产50万Nm³溶解 / 乙炔气体、氧气等标准气体项目”），已接合（JOIN）。存段在末段“…位于蒙苏经济开发区圣圆产业园乌兰木伦项目区,”处结束（逗号后中断），该句照录不删（它给出项目所在园区），正文以逗号结尾。园区：蒙苏经济开发区（鄂尔多斯伊金霍洛旗，内蒙古）；圣圆产业园（开发区内，parent）；“乌兰木伦项目区”为圣圆产业园内的项目区，可选。项目：5GW高效光伏组件项目（总投资约25亿元→约；园区文中未说：null；状态：列在“一线看项目”下，但属新建或续建未说明——无状态）；蒙苏经济开发区消防救援站项目（园区 蒙苏经济开发区；无状态）；鑫隆气体年产50万Nm³溶解乙炔气体、氧气等标准气体项目（园区 圣圆产业园；无状态）。公司：“鑫隆气体”只在项目名中，可选。事实：伊金霍洛旗（旗，region）新建6个、续建15个、新建项目总投资超32亿元（超）；5GW项目达产后年产值90亿元、年均税收3.5亿元（target，项目）、就业1000人（可选）。",
  "yf07"),
 parks=[
  park(MS, "鄂尔多斯", "内蒙古", "经济开发区", H3, district="伊金霍洛旗"),
  park(SY, "鄂尔多斯", "内蒙古", "产业园", H4, district="伊金霍洛旗", parent=MS),
  park("乌兰木伦项目区", "鄂尔多斯", "内蒙古", "项目区", H4, district="伊金霍洛旗", parent=SY, opt=True, note="圣圆产业园内的项目区"),
 ],
 companies=[
  comp("鑫隆气体", SY, H4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("5GW高效光伏组件项目", None, H2, inv="总投资约25亿元", qual="约", qual_text="约", status=None, note="园区未说；新建或续建未说"),
  proj("蒙苏经济开发区消防救援站项目", MS, H3, status=None, note="列在“一线看项目”下；状态未说"),
  proj("鑫隆气体年产50万Nm³溶解乙炔气体、氧气等标准气体项目", SY, H4, companies=["鑫隆气体"], status=None, note="乌兰木伦项目区；状态未说"),
 ],
 aggregate_facts=[
  fact("伊金霍洛旗", "region", "new_projects_started", 6, "count", H0, "2024-03-21"),
  fact("伊金霍洛旗", "region", "continuing_projects_resumed", 15, "count", H0, "2024-03-21"),
  fact("伊金霍洛旗", "region", "new_projects_investment_cny", 3.2e9, "cny", "总投资超32亿元", "2024-03-21", qual="超", qtext="超", chk=True),
  fact("5GW高效光伏组件项目", "project", "expected_annual_output_cny", 9e9, "cny", "生产能力达产后年产值90亿元,年均上缴税收3.5亿元", "达产后（预期）", kind="target", chk=True),
  fact("5GW高效光伏组件项目", "project", "expected_annual_tax_cny", 3.5e8, "cny", "年均上缴税收3.5亿元", "达产后（预期）", kind="target", chk=True),
  fact("5GW高效光伏组件项目", "project", "expected_jobs", 1000, "count", "拟带动就业1000人", "建成后（预期）", kind="target", opt=True),
 ])
