# real256 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district or county is not a park). Status from the text's words
# (开工奠基 / 项目建设启动 → 开工; 复工 after a closed construction period → 在建; 拟布局 → planned; 投产 → 投产). Figures of a
# city or district event are subject_type region, not put on a park the text does not name as their subject. “预计” figures
# are kind target; “累计” / “正式投产以来” figures are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/suNN.raw as returned.

# ---------------------------------------------------------------- su01 德阳 2023 Q1 / 罗江经开区 (财经头条 2023)
LJ = "罗江经开区"
GD = "西部(德阳)光电材料产业园"
E0 = "西部(德阳)光电材料产业园项目启动活动在罗江经开区举行。副省长杨兴平出席活动并宣布项目建设启动"
E1 = "西部(德阳)光电材料产业园项目位于罗江经开区,是德阳聚焦“一屏一芯”战略性新兴产业建设的重大产业项目之一"
E2 = "项目包括新型显示材料及产业研究院和高端装备制造等子项目。其中,新型显示材料和产业研究院项目预计今年内建成投用"
E3 = "本次现场推进的一季度重大项目共87个,总投资1322.5亿元、年度投资230.1亿元"
E5 = "一季度德阳全市开工的工业项目共33个,总投资433.6亿元,年度投资125.2亿元,项目竣工投产后预计年新增产值585亿元"
AS1 = "2023年第一季度"
G["su01"] = dict(
 article=art("（无标题）德阳市2023年第一季度重大项目现场推进 西部(德阳)光电材料产业园项目在罗江经开区启动", "财经头条（news.25948.com，“网站运营:财经头条”；署名“(曹凘源)”，原发媒体存段未示）", "2023-03-01", "day",
  "Finance news site relaying a city item, Sichuan: a city's first-quarter major-project event held in a county-level economic development zone — a photoelectric-materials park project launched in the zone with its sub-projects, the city's quarter totals by category and its industrial projects started",
  "http://news.25948.com/gundong/2023/0301/44779.html",
  "日期取网址 2023/0301（活动为2月28日）。存段无标题行、无日期行（title 为编者概括）；文末“关键词:”及网站版权等行已删。正文三段，完整，署名“(曹凘源)”在末段末，保留。园区：罗江经开区（德阳市罗江区，四川；文中只作“罗江经开区”）。西部(德阳)光电材料产业园既是项目名也是园中园，列为项目；另列可选园区（母园区罗江经开区）。项目：西部(德阳)光电材料产业园项目——“宣布项目建设启动”→开工，无金额；子项目新型显示材料和产业研究院项目（预计今年内建成投用，状态不定，可选）、高端装备制造（可选）。事实：87个重大项目、1322.5亿元、年度投资230.1亿元及分类数、一季度全市开工工业项目33个/433.6亿元/预计年新增产值585亿元，均为德阳市（region），不归园区。",
  "su01"),
 parks=[
  park(LJ, "德阳", "四川", "经济开发区", E1, district="罗江区"),
  park(GD, "德阳", "四川", "产业园", E1, district="罗江区", parent=LJ, opt=True, note="以“…产业园项目”出现，主要作项目"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("西部(德阳)光电材料产业园项目", LJ, E0, aliases=["西部(德阳)光电材料产业园"], status="开工", status_text="宣布项目建设启动",
       note="德阳聚焦“一屏一芯”的重大产业项目；无金额"),
  proj("新型显示材料和产业研究院项目", LJ, E2, aliases=["新型显示材料及产业研究院"], opt=True, note="光电材料产业园子项目；预计2023年内建成投用，状态未明说"),
  proj("高端装备制造", LJ, E2, opt=True, note="光电材料产业园子项目，只列名"),
 ],
 aggregate_facts=[
  fact("德阳市", "region", "major_projects_advanced", 87, "count", E3, AS1, note="一季度现场推进的重大项目（全市）"),
  fact("德阳市", "region", "major_projects_total_investment_cny", 1.3225e11, "cny", "总投资1322.5亿元、年度投资230.1亿元", AS1, chk=True),
  fact("德阳市", "region", "planned_annual_investment_cny", 2.301e10, "cny", "年度投资230.1亿元", "2023年（计划）", kind="target", chk=True),
  fact("德阳市", "region", "industrial_projects_advanced", 28, "count", "其中,产业项目28个、总投资532.2亿元", AS1, opt=True),
  fact("德阳市", "region", "industrial_projects_advanced_investment_cny", 5.322e10, "cny", "产业项目28个、总投资532.2亿元", AS1, opt=True, chk=True),
  fact("德阳市", "region", "infrastructure_projects_advanced", 38, "count", "基础设施项目38个、总投资625.9亿元", AS1, opt=True),
  fact("德阳市", "region", "infrastructure_projects_advanced_investment_cny", 6.259e10, "cny", "基础设施项目38个、总投资625.9亿元", AS1, opt=True, chk=True),
  fact("德阳市", "region", "social_projects_advanced", 13, "count", "民生及社会事业项目13个、总投资117.7亿元", AS1, opt=True),
  fact("德阳市", "region", "social_projects_advanced_investment_cny", 1.177e10, "cny", "民生及社会事业项目13个、总投资117.7亿元", AS1, opt=True, chk=True),
  fact("德阳市", "region", "industrial_projects_started", 33, "count", E5, AS1),
  fact("德阳市", "region", "industrial_projects_started_investment_cny", 4.336e10, "cny", "总投资433.6亿元,年度投资125.2亿元", AS1, chk=True),
  fact("德阳市", "region", "industrial_projects_started_annual_investment_cny", 1.252e10, "cny", "年度投资125.2亿元", "2023年（计划）", kind="target", opt=True, chk=True),
  fact("德阳市", "region", "expected_new_annual_output_cny", 5.85e10, "cny", "项目竣工投产后预计年新增产值585亿元", "投产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- su02 赶水镇 中小企业集聚区 (綦江区政府网 2022)
ZX = "中小企业集聚区"
F0 = "拟布局150万方LNG液化工厂项目落地集聚区,目前已建成60万方,年产值近10亿元"
F1 = "规划麻柳地块特色农副食品加工园区,已落地企业1家,洽谈2家"
F2 = "与大江工业公司签订收储协议,完成双溪兵工厂785.4亩土地、綦江铁矿市政设施等资产移交"
F3 = "中小企业集聚区现存量工业用地达1334.2亩,其中74幢房屋处于闲置可用状态"
F4 = "拟布局酱香酒产业园落地双溪机械厂,目前已完成前期调研工作,建成后年产量可达1万吨,产值近10亿元"
F5 = "投资12亿元布局15万吨玻璃纤维项目及增强建材、汽配、船舶制造等下游产业或其他补链产业,预计带动就业400余人,年产值达28亿元"
AS2 = "2022年8月"
G["su02"] = dict(
 article=art("赶水镇多措并举助推中小企业集聚区蓬勃发展", "重庆市綦江区人民政府网站（cqqj.gov.cn，“街镇部门”栏；无署名）", "2022-08-24", "day",
  "District government portal, town notice, Chongqing: a town's small-enterprise cluster zone — an LNG plant partly built with its output, a planned food-processing park, land and buildings taken over, a planned sauce-liquor park and a glass-fibre project with investment and expected output",
  "http://cqqj.gov.cn/zwxx/bmjz/202208/t20220824_11032322_wap.html",
  "日期取页面“日期: 2022-08-24”。标题照录；导航、日期/字体行及页脚版权行已删。正文三段（一、二、三），完整。园区：中小企业集聚区（赶水镇，重庆市綦江区；文中只作“中小企业集聚区”“集聚区”，名称照录）。“麻柳地块特色农副食品加工园区”为规划中的园中园（可选园区，母园区推定为集聚区）。项目：150万方LNG液化工厂项目（拟布局，已建成60万方，年产值近10亿元→在建，部分已产）；酱香酒产业园（拟布局→planned，前期调研已完成；产值近10亿元为预期）；15万吨玻璃纤维项目（“投资12亿元布局”→planned，金额12亿元；年产值28亿元为预期）。大江工业公司为收储协议对方（可选公司，园区 null）。事实：存量工业用地1334.2亩、闲置房屋74幢、资产移交785.4亩、麻柳地块落地企业1家（后三者可选）；LNG 年产值近10亿元（约，项目）。",
  "su02"),
 parks=[
  park(ZX, "重庆", "重庆", "集聚区", F3, district="綦江区", aliases=["集聚区"], note="赶水镇的中小企业集聚区（标题）"),
  park("麻柳地块特色农副食品加工园区", "重庆", "重庆", "园区", F1, district="綦江区", parent=ZX, opt=True, note="规划中；母园区由语境推定"),
 ],
 companies=[
  comp("大江工业公司", None, F2, opt=True, note="与镇签订收储协议的一方"),
 ],
 institutions=[],
 projects=[
  proj("150万方LNG液化工厂项目", ZX, F0, status="在建", status_text="拟布局…目前已建成60万方", status_alt="投产",
       note="已建成60万方（共150万方），年产值近10亿元；状态介于在建与部分投产之间"),
  proj("酱香酒产业园", ZX, F4, status="planned", status_text="拟布局", note="落地双溪机械厂；已完成前期调研；建成后年产1万吨、产值近10亿元（预期）"),
  proj("15万吨玻璃纤维项目", ZX, F5, inv="投资12亿元", status="planned", status_text="布局",
       note="连同下游补链产业；年产值28亿元、带动就业400余人为预期；状态由上下文（“拟布局”段）推定"),
 ],
 aggregate_facts=[
  fact("150万方LNG液化工厂项目", "project", "annual_output_cny", 1e9, "cny", "目前已建成60万方,年产值近10亿元", AS2, qual="约", qtext="近", chk=True),
  fact(ZX, "park", "industrial_land_stock_mu", 1334.2, "mu", F3, AS2),
  fact(ZX, "park", "idle_buildings", 74, "count", F3, AS2, opt=True),
  fact(ZX, "park", "land_transferred_mu", 785.4, "mu", F2, AS2, opt=True),
  fact("麻柳地块特色农副食品加工园区", "park", "firms_landed", 1, "count", F1, AS2, opt=True),
  fact("15万吨玻璃纤维项目", "project", "expected_annual_output_cny", 2.8e9, "cny", "年产值达28亿元", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("酱香酒产业园", "project", "expected_annual_output_cny", 1e9, "cny", "建成后年产量可达1万吨,产值近10亿元", "建成后（预计）", kind="target", qual="约", qtext="近", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- su03 绵阳经开区 苏科高新·绵阳智能制造产业园 (021cf 2022)
MY = "绵阳经开区"
SK = "苏科高新·绵阳智能制造产业园"
H0 = "总投资22亿元 绵阳经开区苏科高新产业园项目建设跑出“加速度”"
H1 = "12月12日上午,绵阳经开区“决战四季度 大干一百天”攻坚行动2022年12月重点项目现场推进会暨苏科高新·绵阳智能制造产业园项目举行开工奠基仪式"
G["su03"] = dict(
 article=art("总投资22亿元 绵阳经开区苏科高新产业园项目建设跑出“加速度”", "mianyang.021cf.cn（产业信息聚合站“绵阳”频道；原发媒体与作者存段未示）", "2022-12", "month",
  "Aggregator copy of a zone item, Sichuan: a national-level zone's December project meeting and the groundbreaking of a developer's smart-manufacturing park, with the developer's pledge",
  "http://mianyang.021cf.cn/index.php/post/4046.html",
  "日期：开工奠基为2022年12月12日（文中“2022年12月重点项目现场推进会”），页面发布日存段未示，记为2022-12。存段有两行标题，取第二行（带空格与引号，页面正文标题），第一行（网页标题）已删。存段末段“苏科高新·绵阳智能制造产业园,占地约135亩,计划总投资22亿元…项目创下了拿地即开工的新经开速”在句中中断，整段删去；正文截至“…贡献苏科力量。”，含“苏科高新产业集团总裁李志刚表示——”一行，共四段。总投资22亿元只见于标题，投资额证据取标题。园区：绵阳经开区（绵阳经济技术开发区，四川；文中作“绵阳经开区”“经开区”）。项目：苏科高新·绵阳智能制造产业园项目——开工奠基→开工，总投资22亿元（标题）；该产业园另列可选园区（母园区绵阳经开区）。苏科高新产业集团为建设运营方（公司，园区绵阳经开区）。",
  "su03"),
 parks=[
  park(MY, "绵阳", "四川", "经济技术开发区", H1, aliases=["经开区"], note="文中又作“区”“全区”"),
  park(SK, "绵阳", "四川", "产业园", "经开区各相关部门将全力支持苏科高新·绵阳智能制造产业园建设", parent=MY, opt=True, note="在建园中园，主要作项目"),
 ],
 companies=[
  comp("苏科高新产业集团", MY, "苏科高新产业集团作为中国主题产业园区领军企业,专注于产业发展平台建设运营多年", note="产业园建设运营方"),
 ],
 institutions=[],
 projects=[
  proj("苏科高新·绵阳智能制造产业园项目", MY, H0, companies=["苏科高新产业集团"], inv="总投资22亿元", status="开工", status_text="开工奠基仪式",
       aliases=["苏科高新·绵阳智能制造产业园", "苏科高新产业园项目"], note="2022年12月12日开工奠基；金额见标题；evidence 取标题，开工见 H1"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- su04 嘉陵新能源汽车特色小镇 (南充日报 via ncjjwang 2021)
JL = "嘉陵新能源汽车特色小镇"
JG = "吉利商用车集团南充基地"
K0 = "吉利项目是南充打造汽车汽配千亿产业集群的支撑项目,也是嘉陵新能源汽车特色小镇的重要组成部分"
K1 = "该公司正式投产以来,累计产销汽车近30000辆,实现销售收入72亿元"
G["su04"] = dict(
 article=art("嘉陵新能源汽车特色小镇茁壮成长", "南充日报（“笔者”稿，存段无署名），载于南充经济网 www.ncjjwang.com", "2021-08-01", "day",
  "City daily via a city economic portal, Sichuan: a new-energy-vehicle industrial town in a district — its anchor commercial-vehicle maker in full production, the maker's R&D bodies and cumulative output and sales",
  "http://www.ncjjwang.com/show-13-72418-1.html",
  "日期取页面“2021-08-01 09:24:00 来源:南充日报”（采访为7月30日）。标题照录；导航、日期来源行与图片说明“现代化的汽车生产线。”已删。存段末段“同样位于嘉陵新能源汽车特色小镇的川东北商用车交易市场也是捷报频传。目前,该市场已入”在句中中断，整段删去，其前的小标题“交易市场上半年销售收入10亿元”随之删去（其下内容已失）；正文截至“…细分市场前列。”，含小标题“新能源车生产销售情况持续向好”，共五段。园区：嘉陵新能源汽车特色小镇（南充市嘉陵区，四川；kind 特色小镇，即产业聚集区）。公司：吉利商用车集团南充基地（文中又作“吉利南充基地”“该公司”），在小镇内；吉利四川商用车有限公司只在“博士工作站”名中（可选）。“吉利项目”为泛称，列可选项目（投产）。事实：吉利南充基地正式投产以来累计产销近30000辆（约，cumulative）、销售收入72亿元（cumulative）；13所高校院所合作（可选）。",
  "su04"),
 parks=[
  park(JL, "南充", "四川", "特色小镇", K0, district="嘉陵区"),
 ],
 companies=[
  comp(JG, JL, "7月30日,笔者走进吉利商用车集团南充基地总装车间", aliases=["吉利南充基地"], note="文中又作“该公司”"),
  comp("吉利四川商用车有限公司", JL, "吉利四川商用车有限公司博士工作站", opt=True, note="只在工作站名中"),
 ],
 institutions=[
  inst("吉利新能源商用车研究院", "目前,我们公司建有吉利新能源商用车研究院", kind="research", park=JL, note="企业研究院"),
 ],
 projects=[
  proj("吉利项目", JL, K0, companies=[JG], status="投产", status_text="正式投产以来", opt=True, note="泛称；吉利南充基地已投产"),
 ],
 aggregate_facts=[
  fact(JG, "company", "cumulative_vehicles_produced_sold", 30000, "count", K1, "投产以来至2021年7月", kind="cumulative", qual="约", qtext="近"),
  fact(JG, "company", "cumulative_sales_revenue_cny", 7.2e9, "cny", "实现销售收入72亿元", "投产以来至2021年7月", kind="cumulative", chk=True),
  fact(JG, "company", "partner_universities_institutes", 13, "count", "13所高校院所助力企业创新", "2021年7月", opt=True),
 ])

# ---------------------------------------------------------------- su05 央渝同行(长寿) (华龙网 2024)
CSJ = "长寿经开区"
L0 = "共签约项目46个、总投资额406亿元"
L1 = "其中央企项目14个、总投资额146亿元"
L2 = "还举行了重大项目集中开工(投产)仪式,共开工10个项目,总投资约123亿元;集中投产15个项目,总投资约102亿元,预计全部达产后可新增产值261亿元"
AS5 = "2024年6月28日（央渝同行(长寿)发展对接活动）"
G["su05"] = dict(
 article=art("总投资406亿元 央渝协作助力长寿建设世界一流新材料产业集聚区", "华龙网（news.cqnews.net；记者 曹建）", "2024-06-28", "day",
  "Municipal news portal, Chongqing: a district's investment event with central state firms — projects signed (central-SOE share), projects started and put into production with totals and expected output, the district and zone party secretary's words",
  "https://news.cqnews.net/1/detail/1256336838519889920/web/content_1256336838519889920.html",
  "日期取页面“2024-06-28 19:48:40 来源: 华龙网”。标题取第二行（第一行为带“-华龙网”的网页标题，已删）；日期来源行、两行图片说明“签约仪式现场。李辉 摄”已删。存段末段“长寿区与央企渊源已久,早在“三线建设”时期,一大批央企落户长寿并生根”在句中中断，整段删去；正文截至“…共同助力西部地区高质量发展。”，共四段。园区：长寿经开区（重庆市长寿区；只在“长寿区委书记、长寿经开区党工委书记刘小强”中出现）。“世界一流新材料产业集聚区”为建设目标，不列园区。签约46个/406亿元、央企14个/146亿元、开工10个/约123亿元、投产15个/约102亿元、预计新增产值261亿元均为长寿区活动数字（region），文中未归经开区；无具体项目名。中国石油和化学工业联合会、武汉理工大学为报告嘉宾所属机构（可选）。",
  "su05"),
 parks=[
  park(CSJ, "重庆", "重庆", "经济技术开发区", "长寿区委书记、长寿经开区党工委书记刘小强表示", district="长寿区", note="只在职务中出现"),
 ],
 companies=[],
 institutions=[
  inst("中国石油和化学工业联合会", "中国石油和化学工业联合会副会长兼秘书长赵俊贵", kind="association"),
  inst("武汉理工大学", "武汉理工大学研究员沈强", kind="university"),
 ],
 projects=[],
 aggregate_facts=[
  fact("长寿区", "region", "projects_signed", 46, "count", L0, AS5, note="集中签约"),
  fact("长寿区", "region", "projects_signed_investment_cny", 4.06e10, "cny", L0, AS5, chk=True),
  fact("长寿区", "region", "soe_projects_signed", 14, "count", L1, AS5, opt=True, note="央企项目"),
  fact("长寿区", "region", "soe_projects_signed_investment_cny", 1.46e10, "cny", L1, AS5, opt=True, chk=True),
  fact("长寿区", "region", "projects_started", 10, "count", L2, AS5),
  fact("长寿区", "region", "projects_started_investment_cny", 1.23e10, "cny", "共开工10个项目,总投资约123亿元", AS5, qual="约", qtext="约", chk=True),
  fact("长寿区", "region", "projects_in_production", 15, "count", "集中投产15个项目,总投资约102亿元", AS5),
  fact("长寿区", "region", "projects_in_production_investment_cny", 1.02e10, "cny", "集中投产15个项目,总投资约102亿元", AS5, qual="约", qtext="约", chk=True),
  fact("长寿区", "region", "expected_new_annual_output_cny", 2.61e10, "cny", "预计全部达产后可新增产值261亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- su06 江津 2021年第二季度 53个项目签约 (江津日报 via 021cf 2021)
JJ = "西部(重庆)科学城江津园区"
M0 = "本次集中签约项目共53个,总签约金额达202.6亿元。其中,签约亿元以上项目达46个"
M1 = "值得关注的是,西部(重庆)科学城江津园区吸引了包括润通集团、京东科技、中国兵器工业第五九研究所等企业投资入驻,投资总额超100亿元"
M2 = "签约项目中,既有世界500强京东集团和中国企业500强双胞胎集团投资项目,也有行业头部企业敏华实业、佳沃集团和润通集团投资项目,更有中科新材料科技(重庆)有限公司、科达超声自动化设备有限公司等企业投资的高精尖产业项目"
AS6 = "2021年7月9日（第二季度集中签约）"
G["su06"] = dict(
 article=art("我区举行2021年第二季度招商引资项目集中签约br53个项目携202亿元投资落户江津", "江津日报（记者 罗玉江 胡杰），载于 changshu.021cf.cn（产业信息聚合站）", "2021-07", "month",
  "District daily via an aggregator, Chongqing: a district's second-quarter signing of 53 projects, named investors, and a science-city park's share with the firms entering it",
  "http://changshu.021cf.cn/index.php/post/5661.html",
  "日期：签约为2021年7月9日，江津日报见报日存段未示，记为2021-07。标题照录，其中“br”为页面把换行标记当文字的残留（主标题与副题之间），未改。存段末段“程志毅向53个项目集体签约入驻表示祝贺…真心真情为企业服”在句中中断，整段删去；正文截至“…智能制造等领域。”，共三段。园区：西部(重庆)科学城江津园区（重庆市江津区）；江津综合保税区只在“江津综合保税区管委会负责同志”中（可选园区）。事实：53个项目、202.6亿元、亿元以上46个为江津区（region）；科学城江津园区吸引投资“超100亿元”（超，park）。公司：润通集团、京东科技入驻江津园区（中国兵器工业第五九研究所为研究所，列机构）；京东集团、双胞胎集团、敏华实业、佳沃集团、中科新材料科技(重庆)有限公司、科达超声自动化设备有限公司为签约投资方，园区未说（null，可选）。无具名项目。",
  "su06"),
 parks=[
  park(JJ, "重庆", "重庆", "园区", M1, district="江津区", note="西部(重庆)科学城的江津片区园区"),
  park("江津综合保税区", "重庆", "重庆", "综合保税区", "江津综合保税区管委会负责同志等出席", district="江津区", opt=True, note="只在出席名单中"),
 ],
 companies=[
  comp("润通集团", JJ, M1, note="投资入驻江津园区；亦为签约的行业头部企业"),
  comp("京东科技", JJ, M1, note="投资入驻江津园区"),
  comp("京东集团", None, M2, opt=True, note="签约投资方，园区未说"),
  comp("双胞胎集团", None, M2, opt=True, note="同上"),
  comp("敏华实业", None, M2, opt=True, note="同上"),
  comp("佳沃集团", None, M2, opt=True, note="同上"),
  comp("中科新材料科技(重庆)有限公司", None, M2, opt=True, note="同上"),
  comp("科达超声自动化设备有限公司", None, M2, opt=True, note="同上"),
 ],
 institutions=[
  inst("中国兵器工业第五九研究所", M1, kind="research", park=JJ, opt=False, note="投资入驻江津园区"),
 ],
 projects=[],
 aggregate_facts=[
  fact("江津区", "region", "projects_signed", 53, "count", M0, AS6),
  fact("江津区", "region", "projects_signed_investment_cny", 2.026e10, "cny", "总签约金额达202.6亿元", AS6, chk=True),
  fact("江津区", "region", "projects_signed_over_100m", 46, "count", "签约亿元以上项目达46个", AS6, opt=True),
  fact(JJ, "park", "investment_attracted_cny", 1e10, "cny", "投资总额超100亿元", AS6, qual="超", qtext="超", chk=True, note="本次签约中入驻江津园区的投资"),
 ])

# ---------------------------------------------------------------- su07 内江特色园区 (华西都市报 特刊 2022)
NR = "内荣农高区"
N0 = "2021年9月,内荣农高区内江党工委、管委会在隆昌挂牌正式运转"
G["su07"] = dict(
 article=art("内江特色园区引导产业集聚协同发展壮大县域经济", "华西都市报（A55版 特刊；存段无署名），载于 www.wccdaily.com.cn", "2022-10-16", "day",
  "Provincial metropolitan daily, special supplement page, Sichuan: a city's specialised parks — an electronics firm's base resuming construction, and a Sichuan–Chongqing agricultural high-tech zone set up on the border",
  "https://www.wccdaily.com.cn/shtml/hxdsb/20221016/183913.shtml",
  "日期取网址 20221016（华西都市报 A55 特刊）。标题照录；版面栏目行、“大家都在看”“下载封面新闻APP”等行及两行图片说明（其一“川渝新一代电子信息技术产业中试研发平台(内江高新区管委会供图)”）已删。存段末段“目前两地正联手打造高质量、有特色的优势区。按照“提升稻”在句中中断，整段删去；正文截至“…产业的互补。”，含版块名“农业”与两行小标题，共八段。园区：内荣农高区（内江—荣昌现代农业高新技术产业示范区，文中只作“内荣农高区”；管委会在隆昌市，内江，四川；跨重庆荣昌区）；景观地标“内荣农业园”“成渝现代高效特色农业带内荣合作园区”作别名。项目：长川科技内江基地一期工程——“经过22天的闭环建设后…有序复工”→在建；园区文中未说（null）。公司：长川科技（可选，园区 null）。无金额、无园区数字。",
  "su07"),
 parks=[
  park(NR, "内江", "四川", "农业高新技术产业示范区", N0, district="隆昌市", aliases=["内荣农业园", "成渝现代高效特色农业带内荣合作园区"],
       note="川渝毗邻地区共建的重大合作功能平台，跨隆昌市与重庆荣昌区"),
 ],
 companies=[
  comp("长川科技", None, "长川科技内江基地一期工程有序复工", opt=True, note="只在项目名中；园区未说"),
 ],
 institutions=[],
 projects=[
  proj("长川科技内江基地一期工程", None, "10月1日,经过22天的闭环建设后,长川科技内江基地一期工程有序复工", companies=["长川科技"], phase="一期",
       status="在建", status_text="闭环建设后…有序复工", note="内江电子信息产业项目；园区文中未说"),
 ],
 aggregate_facts=[],
)
