# real119 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park is the one the text places the project
# in. Status from the text's words (开工仪式 / 集中开工 → 开工; 签约 → 签约; 正在建设 / 在建 → 在建; 投产达效 → 投产; 落户 alone →
# no status). Expected figures (预计 / 建成后 / 达产后 / 年可实现) are kind target; year-to-date counts (今年以来, 2016年以来)
# are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ykNN.raw as returned.

# ---------------------------------------------------------------- yk01 淄博高新区37个重大项目集中开工 (大众网 2021)
ZB = "淄博高新区"
A0 = "2月19日上午,淄博高新区2021春季重大项目集中开工活动暨储能谷一期项目开工仪式举行"
A1 = "淄博高新区储能谷一期总投资150亿元,与华能、华为等头部企业合作"
A2 = "今年,淄博高新区共实施省市重大项目83个,总投资1213亿元"
A3 = "参加今天集中开工的项目37个,总投资384亿元、年度计划投资43.9亿元,其中省市重点项目23个"
A4 = "二季度,还将推进总投资350亿元、26个省市重点项目开工建设"
AS = "2021年"
G["yk01"] = dict(
 article=art("强势开局 | 打造国际一流新能源产业集群 淄博高新区37个重大项目集中开工", "大众网·海报新闻（记者丁稳，通讯员李敏），hb.dzwww.com", "2021-02-19", "day",
  "Provincial news portal, Shandong: a national high-tech zone's spring groundbreaking — one named flagship project (储能谷一期, 150亿元) started, the zone's year plan of major projects and the day's 37 projects with total and annual planned investment, a Q2 target",
  "https://hb.dzwww.com/p/7899897.html",
  "页面摘录无日期行；开工在“2月19日上午”，文中“参加今天集中开工”，标题“2021春季”→ 2021-02-19（同日发稿，由正文推断）。标题照录（含“强势开局 | ”栏目前缀）；署名行“大众网·海报新闻记者 丁稳 通讯员 李敏 淄博报道”保留为首段；“··”、责编行、评论区与版权行已删。正文完整。园区：淄博高新区（淄博市，山东；国家高新区）。项目：储能谷一期（150亿元，开工仪式→开工；华能、华为为合作企业，列可选公司，不作项目公司）。汇总：全年实施省市重大项目83个/1213亿元（其中省级28个/790亿元，可选）；当日集中开工37个/384亿元/年度计划43.9亿元（省市重点23个，可选）；二季度还将开工26个/350亿元（target）。",
  "yk01"),
 parks=[park(ZB, "淄博", "山东", "高新区", A0)],
 companies=[
  comp("华能", ZB, A1, opt=True, note="储能谷一期的合作头部企业"),
  comp("华为", ZB, A1, opt=True, note="储能谷一期的合作头部企业"),
 ],
 projects=[
  proj("储能谷一期", ZB, A1, inv="150亿元", phase="一期", status="开工", status_text="开工仪式举行",
       aliases=["淄博高新区储能谷一期"], note="开工仪式见A0；与华能、华为合作（合作方，不作项目公司）"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "major_projects_count", 83, "count", A2, AS, kind="target", note="今年共实施省市重大项目（年度计划）"),
  fact(ZB, "park", "major_projects_total_investment_cny", 1213e8, "cny", A2, AS, kind="target", chk=True),
  fact(ZB, "park", "provincial_key_projects", 28, "count", "其中省级重点项目28个,总投资790亿元", AS, kind="target", opt=True),
  fact(ZB, "park", "provincial_key_projects_investment_cny", 790e8, "cny", "其中省级重点项目28个,总投资790亿元", AS, kind="target", opt=True, chk=True),
  fact(ZB, "park", "projects_started", 37, "count", A3, "2021-02-19"),
  fact(ZB, "park", "projects_started_investment_cny", 384e8, "cny", A3, "2021-02-19", chk=True),
  fact(ZB, "park", "planned_annual_investment_cny", 43.9e8, "cny", "年度计划投资43.9亿元", "2021年（当日开工的37个项目）", kind="target", chk=True),
  fact(ZB, "park", "key_projects_started", 23, "count", A3, "2021-02-19", opt=True, note="开工项目中的省市重点项目"),
  fact(ZB, "park", "projects_to_start", 26, "count", A4, "2021年二季度", kind="target"),
  fact(ZB, "park", "projects_to_start_investment_cny", 350e8, "cny", A4, "2021年二季度", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yk02 泰安高新区 (科技部火炬中心 via 科技世界网 2016)
TA = "泰安高新区"
B0 = "2012年,作为血液制品行业领军企业的山东泰邦生物制品有限公司把总部落户泰安高新区,总投资25亿元建设泰邦生物科技园"
B1 = "目前,项目一期建设已经完成,二期建设项目计划2016年年底完成设备安装任务,2017年上半年试产,下半年整体搬迁到泰邦生物科技园"
B2 = "2016年以来,泰安高新区新引进目55个,一批大、高、外、新项目签约入区"
B3 = "据了解,泰邦生物科技园全部建成投产后,年投浆能力将达到1500吨,预计年可实现利税20亿元"
B4 = "作为泰安高新区引进的高投入、高产出、高附加值的大工业项目,盛德大业新材料有限公司生产的0.1毫米超薄级高精度金属板材质量达到国际先进水平"
G["yk02"] = dict(
 article=art("泰安高新区向一流创新型园区坚实迈进", "科技部火炬中心，载于 twwtn.com（科技世界网）", "2016-12-01", "day",
  "Relay on a science-news site of a torch-centre item, Shandong: feature on a national high-tech zone — a firm's 25亿元 science park with phase 1 done and phase 2 being fitted out, projects introduced this year, a second firm",
  "http://www.twwtn.com/detail_226360.htm",
  "日期取页面“2016-12-01 14:22:30 来源:科技部火炬中心”。标题照录；站点“内容摘要”及摘要段（与正文重复）与“(如需转载…科技世界网”已删。正文三段，完整。“新引进目55个”原文如此（疑脱“项”字），照录。园区：泰安高新区（泰安市，山东）。公司：山东泰邦生物制品有限公司（总部落户）、盛德大业新材料有限公司。项目：泰邦生物科技园（总投资25亿元；一期已完成、二期计划年底完成设备安装→在建，status_alt 竣工）。汇总：2016年以来新引进项目55个（cumulative）；泰邦生物科技园建成后年投浆1500吨、年利税20亿元（target，主体为项目）。",
  "yk02"),
 parks=[park(TA, "泰安", "山东", "高新区", B0)],
 companies=[
  comp("山东泰邦生物制品有限公司", TA, B0),
  comp("盛德大业新材料有限公司", TA, B4),
 ],
 projects=[
  proj("泰邦生物科技园", TA, B0, companies=["山东泰邦生物制品有限公司"], inv="25亿元", status="在建",
       status_text="项目一期建设已经完成,二期建设项目计划2016年年底完成设备安装任务", status_alt="竣工",
       note="一期已完成，二期在建（2017年上半年试产）"),
 ],
 aggregate_facts=[
  fact(TA, "park", "projects_introduced", 55, "count", B2, "2016年以来（至2016-12）", kind="cumulative", note="原文“新引进目55个”"),
  fact("泰邦生物科技园", "project", "expected_annual_profit_tax_cny", 20e8, "cny", "预计年可实现利税20亿元", "全部建成投产后", kind="target", chk=True),
  fact("泰邦生物科技园", "project", "expected_annual_capacity_t", 1500, "t", B3, "全部建成投产后", kind="target", opt=True, note="年投浆能力"),
 ])

# ---------------------------------------------------------------- yk03 济南高新区章锦片区14个项目签约 (齐鲁晚报 2018)
JN = "济南高新区"
ZJ = "章锦片区"
C0 = "6月26日,济南高新区章锦片区举行重点招商项目签约仪式。据悉,此次章锦片区共签约14个项目,项目总投资136亿元,预计产值498.6亿元"
C1 = "其中有圣丰航天航空高科技孵化园、智能交通产业园二期等8个征地建厂项目"
C2 = "也有山东三箭集团、山东联合电力2个楼宇经济和总部类项目"
C3 = "还有精科康立明大肠癌基因检测、山东延泉医药孵化基金项目等4个孵化企业及孵化基金类项目"
G["yk03"] = dict(
 article=art("总投资136亿!章锦片区14个大项目集中签约", "齐鲁晚报（记者修从涛），epaper.qlwb.com.cn", "2018-06-29", "day",
  "Evening-paper e-edition, Shandong: signing ceremony in a sub-area of a national high-tech zone — 14 projects signed (136亿元, expected output 498.6亿元), named land-based projects, headquarters firms and incubation / fund projects",
  "https://epaper.qlwb.com.cn/qlwb/content/20180629/ArticelE13003FM.htm",
  "日期取页面“2018年06月29日 来源:齐鲁晚报”。标题为主题加副题（以空格相连）。“【PDF版】”、图片说明“项目签约现场。 本报记者 修从涛 摄”已删。**截断**：摘录止于末段“…“我走过好多地方,也看了不少地方,跟很多政府的”，末段自“全国政协委员、…”起整句删去，正文止于“…营商环境分不开。”。园区：济南高新区（济南市，山东）；章锦片区为其片区（可选，parent 济南高新区）。项目（签约）：圣丰航天航空高科技孵化园、智能交通产业园二期（征地建厂项目）；精科康立明大肠癌基因检测、山东延泉医药孵化基金项目（孵化类，可选）。山东三箭集团、山东联合电力为楼宇经济和总部类项目的企业（公司）。山东延泉医药孵化基金另列可选基金（无规模）。汇总：签约14个/136亿元，预计产值498.6亿元（target）。",
  "yk03", title_note="副题：都是绿色科技含量高的新动能项目,预计产值498.6亿元"),
 parks=[
  park(JN, "济南", "山东", "高新区", C0),
  park(ZJ, "济南", "山东", "片区", C0, parent=JN, opt=True, note="济南高新区章锦片区"),
 ],
 companies=[
  comp("山东三箭集团", JN, C2, note="楼宇经济和总部类项目"),
  comp("山东联合电力", JN, C2, note="楼宇经济和总部类项目"),
  comp("精科康立明", JN, C3, opt=True, note="只在项目名“精科康立明大肠癌基因检测”中"),
 ],
 projects=[
  proj("圣丰航天航空高科技孵化园", JN, C1, status="签约", status_text="签约", note="征地建厂项目；签约见C0"),
  proj("智能交通产业园二期", JN, C1, phase="二期", status="签约", status_text="签约", note="征地建厂项目"),
  proj("精科康立明大肠癌基因检测", JN, C3, status="签约", status_text="签约", opt=True, note="孵化企业类项目"),
  proj("山东延泉医药孵化基金项目", JN, C3, status="签约", status_text="签约", opt=True, note="孵化基金类项目"),
 ],
 funds=[
  fund("山东延泉医药孵化基金", JN, C3, opt=True, note="以“…孵化基金项目”签约，无规模"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "projects_signed", 14, "count", C0, "2018-06-26"),
  fact(ZJ, "park", "signed_investment_cny", 136e8, "cny", "此次章锦片区共签约14个项目,项目总投资136亿元", "2018-06-26", chk=True),
  fact(ZJ, "park", "expected_output_value_cny", 498.6e8, "cny", "预计产值498.6亿元", "签约项目建成后", kind="target", chk=True),
  fact(ZJ, "park", "land_based_projects_signed", 8, "count", C1, "2018-06-26", opt=True),
 ])

# ---------------------------------------------------------------- yk04 诸城悦东新材料产业园 泰盛化工项目开工 (2023)
YD = "诸城悦东新材料产业园"
D0 = "2月6日,在诸城悦东新材料产业园内举行泰盛化工股份有限公司N-甲基吡咯烷酮及氢气综合利用项目开工仪式"
D1 = "据悉,项目总投资6.2亿元,主要建设年产10万吨N-甲基吡咯烷酮装置1套"
D2 = "项目分二期建设,一期投资3.2亿元,预计2023年11月份建设完成,12月份投产试运行"
D3 = "一期建成后,年可实现销售收入27亿元,利税约2.5亿元,上缴税金8000万元"
D4 = "2022年实现年销售收入10.95亿元,利税过亿元"
PN = "N-甲基吡咯烷酮及氢气综合利用项目"
G["yk04"] = dict(
 article=art("（无标题）诸城悦东新材料产业园泰盛化工N-甲基吡咯烷酮及氢气综合利用项目开工", "fensifuwu.com（转载；原发媒体未注明）", "2023-02", "month",
  "Content-site relay of a county item, Shandong (潍坊 诸城): groundbreaking of a chemical firm's project in a new-materials park — total and phase-1 investment, schedule, expected sales / profit-tax / tax, the firm's 2022 sales, the park's role",
  "https://fensifuwu.com/emotion/me/6587e3a5cd79295ddcce70a66b20fad6.html",
  "摘录无标题、无日期；开工“2月6日”，文中“预计2023年11月份建设完成”“2022年实现年销售收入”→ 2023年2月（推断，month）。**截断**：摘录止于“…扎实开展以商招”，该句删去，正文止于“…发展新优势。”。园区：诸城悦东新材料产业园（文中又作“悦东新材料产业园”；潍坊市诸城市，山东；化工/新材料园区）。公司：泰盛化工股份有限公司（又作“泰盛化工”，园区龙头企业）。项目：N-甲基吡咯烷酮及氢气综合利用项目（总投资6.2亿元，开工仪式→开工；一期3.2亿元，预计2023年11月建成、12月投产试运行）。汇总：一期建成后年销售收入27亿元、利税约2.5亿元、税金8000万元（target）；公司2022年销售收入10.95亿元。“十大园区”“一体两翼”不列。",
  "yk04"),
 parks=[park(YD, "潍坊", "山东", "产业园", D0, district="诸城市", aliases=["悦东新材料产业园"], note="新材料（化工）园区")],
 companies=[comp("泰盛化工股份有限公司", YD, D0, aliases=["泰盛化工"], note="园区龙头企业")],
 projects=[
  proj(PN, YD, D1, companies=["泰盛化工股份有限公司"], inv="6.2亿元", status="开工", status_text="开工仪式",
       aliases=["泰盛化工股份有限公司N-甲基吡咯烷酮及氢气综合利用项目"], note="开工仪式见D0；分二期，一期3.2亿元"),
 ],
 aggregate_facts=[
  fact(PN, "project", "phase1_investment_cny", 3.2e8, "cny", D2, "一期", kind="target", chk=True),
  fact(PN, "project", "expected_annual_sales_cny", 27e8, "cny", D3, "一期建成后", kind="target", chk=True),
  fact(PN, "project", "expected_annual_profit_tax_cny", 2.5e8, "cny", "利税约2.5亿元", "一期建成后", kind="target", qual="约", qtext="约", chk=True),
  fact(PN, "project", "expected_annual_tax_cny", 8e7, "cny", "上缴税金8000万元", "一期建成后", kind="target", chk=True),
  fact(PN, "project", "expected_annual_capacity_t", 100000, "t", D1, "建成后", kind="target", opt=True, note="N-甲基吡咯烷酮10万吨"),
  fact("泰盛化工股份有限公司", "company", "revenue_cny", 10.95e8, "cny", D4, "2022年", chk=True),
 ])

# ---------------------------------------------------------------- yk05 任刚到临沂市高新区调研 (琅琊新闻网 via yihuying 2023)
LY = "临沂市高新区"
E0 = "9月1日,市委书记任刚带领市发改、工信、自规、人民银行等部门负责同志,到临沂市高新区调研新开工项目建设工作"
E1 = "新签约项目58个,总投资173.4亿元,已开工项目34个,年内可投产32个"
E2 = "金辰智能制造产业园盘活低效用地80亩,建设多层厂房和配套服务中心,聚焦生物医药、高端装备制造等产业,与专业团队合作招引项目,已引进6家企业,达产后预计年产值5亿元"
E3 = "宏领智能科技产业园投资10亿元,盘活低效用地205亩"
E3b = "已引进7家企业,达产后预计年税收2200万元"
E4 = "创拓电子信息产业园是龙湾产业园三期项目,盘活低效用地96亩,主要建设综合服务楼和标准厂房"
E4b = "已引进5家企业,达产后预计年税收2600万元"
E5 = "博创电子机械产业园盘活低效用地82亩,由国有孵化器提供招商信息和种子基金,产业园提供场地和配套服务,联合培育入园项目,已引进6家企业,达产后预计年产值5亿元"
E6 = "这次实地查看的7个在建项目,主要有2个特点:一是盘活闲置低效、发展园区经济"
YS = "2023年（至9月初）"
G["yk05"] = dict(
 article=art("任刚到临沂市高新区调研新开工项目建设工作", "琅琊新闻网，转载于 yihuying.cn", "2023-09-03", "day",
  "Content-site relay of a city news item, Shandong: the party secretary's inspection of new projects in a national high-tech zone — the zone's signings, starts and expected completions this year, four in-zone industrial parks (low-efficiency land revived) with area, firms and expected output / tax",
  "https://yihuying.cn/gonggao/16613.html",
  "日期取转载页“时间:2023-09-03 18:08:18”（调研在9月1日）。标题照录；栏目菜单、“我的头条”、位置行、时间作者行已删。**截断**：摘录止于“…仁华医药药品研发生产项目投资强度421万元/亩,是企业由销售向生产”，自“二是聚焦细分领域、注重科技创新。”起删去，正文止于“…达产后预计年产值5亿元。”。园区：临沂市高新区（临沂高新技术产业开发区，文中又作“高新区”；临沂市，山东）。区内四个产业园（金辰智能制造产业园、宏领智能科技产业园、创拓电子信息产业园、博创电子机械产业园）为“在建项目”，按项目列（在建），同时列为可选园区（parent 临沂市高新区）；龙湾产业园（创拓为其三期项目）列可选园区。汇总：新签约58个/173.4亿元、已开工34个（cumulative，今年以来）、年内可投产32个（target）；各产业园用地、入驻企业数、达产后产值/税收（可选）。",
  "yk05"),
 parks=[
  park(LY, "临沂", "山东", "高新区", E0, aliases=["高新区"], note="临沂高新技术产业开发区"),
  park("金辰智能制造产业园", "临沂", "山东", "产业园", E2, parent=LY, opt=True, note="区内在建产业园（亦作项目）"),
  park("宏领智能科技产业园", "临沂", "山东", "产业园", E3, parent=LY, opt=True, note="同上"),
  park("创拓电子信息产业园", "临沂", "山东", "产业园", E4, parent=LY, opt=True, note="龙湾产业园三期项目"),
  park("博创电子机械产业园", "临沂", "山东", "产业园", E5, parent=LY, opt=True, note="同上"),
  park("龙湾产业园", "临沂", "山东", "产业园", E4, parent=LY, opt=True, note="创拓电子信息产业园为其三期"),
 ],
 companies=[],
 institutions=[inst("市委", "9月1日,市委书记任刚带领市发改、工信、自规、人民银行等部门负责同志", note="临沂市委（调研方）")],
 projects=[
  proj("金辰智能制造产业园", LY, E2, status="在建", status_text="在建项目", note="盘活低效用地80亩；在建见E6"),
  proj("宏领智能科技产业园", LY, E3, inv="10亿元", status="在建", status_text="在建项目"),
  proj("创拓电子信息产业园", LY, E4, phase="三期", status="在建", status_text="在建项目", aliases=["龙湾产业园三期项目"]),
  proj("博创电子机械产业园", LY, E5, status="在建", status_text="在建项目"),
 ],
 aggregate_facts=[
  fact(LY, "park", "projects_signed", 58, "count", E1, YS, kind="cumulative", note="今年特别是下半年以来"),
  fact(LY, "park", "signed_investment_cny", 173.4e8, "cny", E1, YS, kind="cumulative", chk=True),
  fact(LY, "park", "projects_started", 34, "count", E1, YS, kind="cumulative"),
  fact(LY, "park", "projects_in_production", 32, "count", E1, "2023年内（预计）", kind="target", note="年内可投产"),
  fact(LY, "park", "projects_under_construction", 7, "count", E6, "2023-09-01", opt=True, note="本次查看的在建项目数"),
  fact("金辰智能制造产业园", "park", "site_area_mu", 80, "mu", E2, "2023-09", opt=True),
  fact("金辰智能制造产业园", "park", "firms", 6, "count", E2, "2023-09", opt=True),
  fact("金辰智能制造产业园", "park", "expected_output_value_cny", 5e8, "cny", "达产后预计年产值5亿元", "达产后", kind="target", opt=True, chk=True),
  fact("宏领智能科技产业园", "park", "site_area_mu", 205, "mu", E3, "2023-09", opt=True),
  fact("宏领智能科技产业园", "park", "firms", 7, "count", E3b, "2023-09", opt=True),
  fact("宏领智能科技产业园", "park", "expected_annual_tax_cny", 2200e4, "cny", "达产后预计年税收2200万元", "达产后", kind="target", opt=True, chk=True),
  fact("创拓电子信息产业园", "park", "site_area_mu", 96, "mu", E4, "2023-09", opt=True),
  fact("创拓电子信息产业园", "park", "firms", 5, "count", E4b, "2023-09", opt=True),
  fact("创拓电子信息产业园", "park", "expected_annual_tax_cny", 2600e4, "cny", "达产后预计年税收2600万元", "达产后", kind="target", opt=True, chk=True),
  fact("博创电子机械产业园", "park", "site_area_mu", 82, "mu", E5, "2023-09", opt=True),
  fact("博创电子机械产业园", "park", "firms", 6, "count", E5, "2023-09", opt=True),
 ])

# ---------------------------------------------------------------- yk06 邹城经济开发区 百亿级项目签约 (2023)
ZC = "邹城经济开发区"
F0 = "邹城经济开发区党工委书记、管委会主任王修东参加活动,分别与中国空分工程有限公司、厦门蔚扬药业有限公司完成项目签约"
F1 = "本次签约的中国绿色植保科技产业园和抗病毒一类新药及特色原料药两大项目,投资强度大、科技含量高、带动能力强"
F2 = "其中,中国绿色植保科技产业园项目总投资120亿元,是继山能集团智慧制造园区项目落户开发区后,园区签约的又一百亿级大项目"
F3 = "项目全部建成达产后可实现年产值约275亿元"
G["yk06"] = dict(
 article=art("山东邹城经济开发区招商引资再突破 又一百亿级项目成功签约", "山东邹城经济开发区，转载于 te-ch.tech", "2023-06-06", "day",
  "Tech-news site relaying a development zone's own item, Shandong (济宁 邹城): two projects signed at a city investment fair in Shenzhen — a 120亿元 crop-protection park (expected output 约275亿元) and a new-drug project, with the signing firms; an earlier landed project",
  "http://te-ch.tech/news/show-217491.html",
  "日期、来源取页面“2023-06-06 山东邹城经济开发区”。标题照录；站点口号与标签行、阅读数“109”、“核心提示”（正文首句的重复）与免责声明已删。正文三段，完整。园区：邹城经济开发区（济宁市邹城市，山东；文中又作“开发区”“园区”）。签约在深圳举行，项目落在邹城经济开发区。项目（签约）：中国绿色植保科技产业园（120亿元；签约方中国空分工程有限公司，按“分别与…完成项目签约”的顺序对应）、抗病毒一类新药及特色原料药（厦门蔚扬药业有限公司）。山能集团智慧制造园区项目“落户开发区”（无状态，可选；山能集团可选公司）。“精细化工中间体产业园区、植保产业园区、制剂产业园…”为项目建设内容，不列园区。汇总：植保产业园达产后年产值约275亿元（target，主体为项目）。",
  "yk06"),
 parks=[park(ZC, "济宁", "山东", "经济开发区", F0, district="邹城市")],
 companies=[
  comp("中国空分工程有限公司", ZC, F0, note="中国绿色植保科技产业园签约方"),
  comp("厦门蔚扬药业有限公司", ZC, F0, note="抗病毒一类新药及特色原料药签约方"),
  comp("山能集团", ZC, F2, opt=True, note="只在项目名中"),
 ],
 institutions=[inst("邹城经济开发区党工委", F0, park=ZC, note="党工委书记、管委会主任王修东签约"),],
 projects=[
  proj("中国绿色植保科技产业园", ZC, F2, companies=["中国空分工程有限公司"], inv="120亿元", status="签约", status_text="完成项目签约",
       note="签约见F0/F1；由“分别与…”对应签约方"),
  proj("抗病毒一类新药及特色原料药", ZC, F1, companies=["厦门蔚扬药业有限公司"], status="签约", status_text="完成项目签约", note="无金额"),
  proj("山能集团智慧制造园区项目", ZC, F2, companies=["山能集团"], status=None, status_text="落户开发区", opt=True, note="此前已落户；落户→无状态"),
 ],
 aggregate_facts=[
  fact("中国绿色植保科技产业园", "project", "expected_annual_output_cny", 275e8, "cny", F3, "全部建成达产后", kind="target", qual="约", qtext="约", chk=True),
  fact(ZC, "park", "projects_signed", 2, "count", F1, "2023-06-02", opt=True, note="“两大项目”"),
 ])

# ---------------------------------------------------------------- yk07 潍坊高密 项目建设按下“快进键” (wfipa 2022)
XY = "星宇新材料产业园"
RH = "高密市仁和化工园"
XYG = "信悦高新工业园"
H0 = "3月26日,在高密市星宇新材料产业园内,一台台大型设备隆隆运转,工程车辆来回穿梭,工人们加紧施工,产业园内医疗防护用品生产项目一期已经投产达效"
H1 = "全部建成投产以后,可年产医用手套120亿只,新增销售收入50亿元、利税9亿元"
H2 = "与此同时,在高密市仁和化工园,总投资13.6亿元,年产40万吨高性能合成胶乳和5万吨水基型聚氨酯胶粘合剂项目3月底即将投产达效"
H3 = "在信悦高新工业园内,精密制造项目、数控机床关键功能部件直驱转台国产化研发及产业化项目、高端装备制造项目正在紧锣密鼓地建设,该项目投资80亿元建设,规划占地面积2931亩"
H4 = "“星宇新材料产业园项目的实施,将使星宇公司形成普通手套、医用手套、超高分子量聚乙烯纤维生产于一体的完整产业体系"
H5 = "在高密市美登鞋业有限公司,车间内机器飞转,工人忙碌"
PG = "年产40万吨高性能合成胶乳和5万吨水基型聚氨酯胶粘合剂项目"
G["yk07"] = dict(
 article=art("潍坊高密:项目建设按下“快进键”", "wfipa.com（潍坊市投资促进网站；原发媒体未注明）", "2022-03-30", "day",
  "Investment-promotion site, Shandong (潍坊 高密): county feature on project progress in three parks — a firm's industrial park with phase 1 in production, a project in a chemical park about to go into production (13.6亿元), three projects under construction in an industrial park planned at 80亿元, a shoe firm's output",
  "http://www.wfipa.com/html/2022/trend_0330/2191.html",
  "日期取页面“2022-03-30 21:06:50 来源: 评论:0 点击:”（来源空）。标题照录。正文五段；摘录止于一段末（“…年产值达到1亿余元。”），其后是否另有段落未知。园区：高密市星宇新材料产业园（企业园区，又作“星宇新材料产业园”；可选）、高密市仁和化工园（化工园区）、信悦高新工业园；均在潍坊市高密市，山东。项目：医疗防护用品生产项目（星宇新材料产业园内，一期已投产达效→投产，phase 一期）；年产40万吨高性能合成胶乳和5万吨水基型聚氨酯胶粘合剂项目（仁和化工园，13.6亿元，“3月底即将投产达效”→在建，status_alt 投产）；信悦高新工业园内精密制造项目、数控机床关键功能部件直驱转台国产化研发及产业化项目、高端装备制造项目（正在建设→在建）。“该项目投资80亿元建设,规划占地面积2931亩”指信悦园区整体（“园区建成后”），记为园区计划投资与规划用地（facts），不作单个项目投资额。研发综合楼项目（星宇公司，在建，可选）。公司：星宇公司、高密市美登鞋业有限公司（不在园区中，park null）。美登“年产值达到1亿余元”金额写法（亿余元）非 数字+亿元，不作 *_cny 事实。",
  "yk07"),
 parks=[
  park(XY, "潍坊", "山东", "产业园", H0, district="高密市", aliases=["高密市星宇新材料产业园"], opt=True, note="企业（星宇公司）产业园"),
  park(RH, "潍坊", "山东", "化工园区", H2, district="高密市"),
  park(XYG, "潍坊", "山东", "工业园", H3, district="高密市"),
 ],
 companies=[
  comp("星宇公司", XY, H4),
  comp("高密市美登鞋业有限公司", None, H5, note="文中未置于园区"),
 ],
 projects=[
  proj("医疗防护用品生产项目", XY, H0, companies=["星宇公司"], phase="一期", status="投产", status_text="一期已经投产达效"),
  proj(PG, RH, H2, inv="13.6亿元", status="在建", status_text="3月底即将投产达效", status_alt="投产"),
  proj("精密制造项目", XYG, H3, status="在建", status_text="正在紧锣密鼓地建设"),
  proj("数控机床关键功能部件直驱转台国产化研发及产业化项目", XYG, H3, status="在建", status_text="正在紧锣密鼓地建设"),
  proj("高端装备制造项目", XYG, H3, status="在建", status_text="正在紧锣密鼓地建设"),
  proj("研发综合楼项目", XY, "随着公司研发综合楼项目的建设", companies=["星宇公司"], status="在建", status_text="随着…项目的建设", opt=True),
 ],
 aggregate_facts=[
  fact("医疗防护用品生产项目", "project", "expected_annual_sales_cny", 50e8, "cny", "新增销售收入50亿元", "全部建成投产以后", kind="target", chk=True),
  fact("医疗防护用品生产项目", "project", "expected_annual_profit_tax_cny", 9e8, "cny", "利税9亿元", "全部建成投产以后", kind="target", chk=True),
  fact(XYG, "park", "planned_investment_cny", 80e8, "cny", "该项目投资80亿元建设,规划占地面积2931亩", "2022-03", kind="target", chk=True, note="“该项目”指园区整体（园区建成后）"),
  fact(XYG, "park", "site_area_mu", 2931, "mu", "该项目投资80亿元建设,规划占地面积2931亩", "2022-03（规划）", kind="target", opt=True),
 ])
