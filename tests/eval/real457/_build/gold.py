# real457 ground truth, read by build_all.py (helpers copied from real52). Conventions as real52: evidence verbatim (all six
# items simplified script as published); names as written; 超过/以上/突破 → 超, 多/余 → 余, 约 → 约 (qualifier_text keeps
# the word). Yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); growth rates as
# ratios. Projects: the park the text places them in, null where only a county / city is named. Status from the text's
# words (集中开工 / 开工 → 开工; 竣工验收 → 竣工). Year-to-date (1至7月, 上半年) figures are cumulative; 预估 / 计划 /
# 达产后 figures are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/knNN.raw as returned.

# ---------------------------------------------------------------- kn01 衡阳47个项目同日开工 (hxamc 2020-04-29)
A0 = "共112个项目集中开工,总投资521.1亿元,今年计划投资250.8亿元"
A1 = "昨日上午,我市又有47个项目分别在7个集中开工仪式现场同日开工"
A2 = "衡南县贵泉米业冷链物流、旭丰自动化技改、宝盖有机茶场等21项目集中开工,项目总投资41.38亿元,年度投资25.41亿元"
A3 = "衡阳县时光钻石、新时代商业综合体、将军新型建材、乌莲特色小镇等7个项目集中开工,项目总投资53.46亿元,年度投资18.6亿元"
A4 = "祁东县衡阳至永州高速公路(祁东段)、物流管理职业学院、灵官风电场、黄花小镇等7个项目集中开工,项目总投资84.63亿元、年度投资12.50亿元"
AS1 = "2020年4月28日（集中开工）"
G["kn01"] = dict(
 article=art("衡阳47个项目同日开工", "hxamc.com（衡阳国投集团网站“新闻资讯”栏；原发媒体与署名未注明，文中“我市”即衡阳市）", "2020-04-29", "day",
  "Local state-investment group's site relaying a city news item, Hunan: a city's second batch of project groundbreakings in 2020 — the March batch's count and sums, the day's 47 projects by category and size, the county venues with named projects and their totals",
  "http://hxamc.com/n/116929.html",
  "日期取页面“发布: 2020-04-29 12:14:35”；文中“昨日上午”即2020年4月28日。标题照录；“新闻资讯”“推荐新闻”与发布行已删。存段末句在“衡山县农产品批发配套设施、智慧产业园”处中断，该残分句已删（make_txt.py LINE_SUFFIX），正文截至“…年度投资12.50亿元;”（分号照录），共三段。文中无具名园区（“市直两区一园一城”不列；“智慧产业园”在删去的残句中）。项目：衡南县3个、衡阳县4个、祁东县4个具名项目，均“集中开工”→开工，园区 null（只写县）；无单项金额，县合计为事实（subject_type region）。高速公路与职业学院列可选。",
  "kn01"),
 parks=[],
 companies=[],
 projects=[
  proj("贵泉米业冷链物流", None, A2, status="开工", status_text="集中开工", note="衡南县"),
  proj("旭丰自动化技改", None, A2, status="开工", status_text="集中开工", note="衡南县"),
  proj("宝盖有机茶场", None, A2, status="开工", status_text="集中开工", note="衡南县"),
  proj("时光钻石", None, A3, status="开工", status_text="集中开工", note="衡阳县"),
  proj("新时代商业综合体", None, A3, status="开工", status_text="集中开工", note="衡阳县"),
  proj("将军新型建材", None, A3, status="开工", status_text="集中开工", note="衡阳县"),
  proj("乌莲特色小镇", None, A3, status="开工", status_text="集中开工", note="衡阳县"),
  proj("衡阳至永州高速公路(祁东段)", None, A4, status="开工", status_text="集中开工", opt=True, note="祁东县；交通基础设施"),
  proj("物流管理职业学院", None, A4, status="开工", status_text="集中开工", opt=True, note="祁东县；社会民生"),
  proj("灵官风电场", None, A4, status="开工", status_text="集中开工", note="祁东县"),
  proj("黄花小镇", None, A4, status="开工", status_text="集中开工", note="祁东县"),
 ],
 aggregate_facts=[
  fact("衡阳市", "region", "projects_started", 112, "count", A0, "2020年3月初（集中开工）"),
  fact("衡阳市", "region", "projects_started_investment_cny", 5.211e10, "cny", "总投资521.1亿元,今年计划投资250.8亿元", "2020年3月初（集中开工）", chk=True),
  fact("衡阳市", "region", "planned_annual_investment_cny", 2.508e10, "cny", "今年计划投资250.8亿元", "2020年（计划）", kind="target", chk=True, opt=True),
  fact("衡阳市", "region", "projects_started", 47, "count", A1, AS1),
  fact("衡阳市", "region", "industrial_projects_started", 34, "count", "产业类项目34个、总投资93.33亿元、年度投资45.31亿元", AS1, opt=True),
  fact("衡阳市", "region", "industrial_projects_investment_cny", 9.333e9, "cny", "总投资93.33亿元、年度投资45.31亿元", AS1, chk=True, opt=True),
  fact("衡阳市", "region", "projects_started_over_500m", 10, "count", "项目总投资5亿元以上的项目共10个、总投资177.16亿元", AS1, opt=True),
  fact("衡南县", "region", "projects_started", 21, "count", A2, AS1),
  fact("衡南县", "region", "projects_started_investment_cny", 4.138e9, "cny", "项目总投资41.38亿元,年度投资25.41亿元", AS1, chk=True),
  fact("衡阳县", "region", "projects_started", 7, "count", A3, AS1),
  fact("衡阳县", "region", "projects_started_investment_cny", 5.346e9, "cny", "项目总投资53.46亿元,年度投资18.6亿元", AS1, chk=True),
  fact("祁东县", "region", "projects_started", 7, "count", A4, AS1),
  fact("祁东县", "region", "projects_started_investment_cny", 8.463e9, "cny", "项目总投资84.63亿元、年度投资12.50亿元", AS1, chk=True),
 ])

# ---------------------------------------------------------------- kn02 株洲田心高科园 1–7月 (红网 via jiangsulong 2020-09-23)
TX = "田心高科园"
B0 = "统计数据显示 , 今年1至7月 , 田心高科园实现技工贸总收入277亿元 , 同比增长5% , 规模工业增加值62亿元 , 同比增长7.4%;完成轨道交通总产值235亿元 , 同比增长5.9%"
B1 = "在株洲市中锐智能科技有限公司、株洲福德轨道交通研究院有限公司、株洲万新轨道电气科技有限公司 , 王卫安调研了目前企业经营发展情况、存在的困难等"
B2 = "上半年园区新引进5千万元以上产业项目6个;新开工5千万以上产业项目13个"
AS2 = "2020年1–7月"
G["kn02"] = dict(
 article=art("今年前七月 株洲田心高科园技工贸总收入超200亿元", "红网时刻株洲站（采访人员 聂千川），载于 m.jiangsulong.com（聚合站）", "2020-09-23", "day",
  "Provincial news portal's city item relayed by an aggregator, Hunan: a vice-mayor's inspection of a district's high-tech park — three named firms visited, the park's Jan–Jul revenue, value added and rail-transit output with growth, projects introduced and started in the first half",
  "http://m.jiangsulong.com/a/2020/0923/01314987.html",
  "日期取网址 2020/0923 与文中“9月23日讯”。标题照录；“文章图片”与三条图片说明、文末“推荐阅读”已删；末段前聚合站重复的标题“【今年前七月 株洲田心高科园技工贸总收入超200亿元】”已删（make_txt.py PARA_PREFIX）。聚合站在标点前后加的空格照录。正文四段，完整。园区：田心高科园（株洲市石峰区，湖南；文中又作“园区”）。公司：中锐智能、福德轨道交通研究院、万新轨道电气——调研“园区工作”时走访，园区由语境推定为田心高科园。南方军民融合中心列可选机构。事实：1至7月技工贸总收入277亿元（+5%）、规模工业增加值62亿元（+7.4%）、轨道交通总产值235亿元（+5.9%），均 cumulative；上半年新引进与新开工5千万元以上产业项目6个、13个（cumulative）。标题“超200亿元”不另列。",
  "kn02"),
 parks=[
  park(TX, "株洲", "湖南", "高科园（高新区园区）", B0, district="石峰区", note="文中又作“园区”；石峰区"),
 ],
 companies=[
  comp("株洲市中锐智能科技有限公司", TX, B1, note="调研走访；园区由语境推定"),
  comp("株洲福德轨道交通研究院有限公司", TX, B1, note="调研走访；园区由语境推定"),
  comp("株洲万新轨道电气科技有限公司", TX, B1, note="调研走访；园区由语境推定"),
 ],
 institutions=[
  inst("南方军民融合中心", "王卫安一行人先来到南方军民融合中心", kind="platform", note="军民融合、院企合作"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TX, "park", "tech_industry_trade_revenue_cny", 2.77e10, "cny", "田心高科园实现技工贸总收入277亿元", AS2, kind="cumulative", chk=True),
  fact(TX, "park", "tech_industry_trade_revenue_yoy_growth", 0.05, "ratio", B0, AS2, kind="ratio"),
  fact(TX, "park", "above_scale_industrial_value_added_cny", 6.2e9, "cny", "规模工业增加值62亿元 , 同比增长7.4%", AS2, kind="cumulative", chk=True),
  fact(TX, "park", "above_scale_industrial_value_added_yoy_growth", 0.074, "ratio", "规模工业增加值62亿元 , 同比增长7.4%", AS2, kind="ratio"),
  fact(TX, "park", "rail_transit_output_cny", 2.35e10, "cny", "完成轨道交通总产值235亿元 , 同比增长5.9%", AS2, kind="cumulative", chk=True),
  fact(TX, "park", "rail_transit_output_yoy_growth", 0.059, "ratio", "完成轨道交通总产值235亿元 , 同比增长5.9%", AS2, kind="ratio", opt=True),
  fact(TX, "park", "projects_introduced", 6, "count", B2, "2020年上半年", kind="cumulative", note="5千万元以上产业项目"),
  fact(TX, "park", "projects_started", 13, "count", B2, "2020年上半年", kind="cumulative", note="5千万以上产业项目"),
 ])

# ---------------------------------------------------------------- kn03 株洲高新区 科创园竣工验收 (红网株洲站 via bbbfeiibyy 2021-09-08)
ZG = "株洲高新区"
C0 = "由天易公司旗下子公司株洲高科发展有限公司(简称高科发展公司)承建的科创园迎来竣工验收"
C1 = "科创园位于仙月环路以北,万富路以东,总占地面积约190亩,共由20栋单体建筑组成"
C2 = "项目总投资约3.5亿元,拟引进三大动力产业及其配套产业兼顾机械加工、装备制造、电子电气等类型企业"
G["kn03"] = dict(
 article=art("株洲高新区:科创园迎来竣工验收 拟引进三大动力产业及其配套产业", "红网株洲站（通讯员 旷昆红 胡骞予 吴思思），载于 bbbfeiibyy.cn（“新资讯”聚合站）", "2021-09-08", "day",
  "Provincial news portal's city item relayed by an aggregator, Hunan: a standard-factory park built by a high-tech zone's development company passes completion acceptance — site, buildings, investment, target industries, construction history",
  "http://bbbfeiibyy.cn/keji/kjzx/2021/09/08/00004491.html",
  "日期取页面“新资讯 2021-9-8 13:05 红网株洲站”。标题照录，标题行末聚合站截断号“ ...”已删（make_txt.py HEAD_SUFFIX）；站点菜单与日期行已删。文中“红网时刻98日讯”“于20202月”“82的生产办公配比”原文如此（转载时丢字），照录。存段在“天易公司项目建设事业部带领高科发展公司项目团”处中断，该残句已删，正文截至“…扎实、稳步地推进项目建设。”，含两行小标题，共六段。园区：株洲高新区（只见于标题；株洲，湖南）；科创园为标准厂房园区兼建设项目，列项目（竣工验收→竣工，约3.5亿元，园区株洲高新区），另列可选园区。公司：株洲高科发展有限公司（承建方，“天易公司旗下子公司”）；天易公司列可选。事实：占地约190亩、20栋单体建筑（subject 科创园，可选）。",
  "kn03"),
 parks=[
  park(ZG, "株洲", "湖南", "高新区", "株洲高新区:科创园迎来竣工验收", note="只见于标题"),
  park("科创园", "株洲", "湖南", "标准厂房园区", C1, parent=ZG, opt=True, note="也是建设项目；母园区由标题推定"),
 ],
 companies=[
  comp("株洲高科发展有限公司", ZG, C0, aliases=["高科发展公司"], note="科创园承建方；天易公司子公司"),
  comp("天易公司", None, C0, opt=True, note="高科发展公司母公司；名称不全"),
 ],
 projects=[
  proj("科创园", ZG, "科创园迎来竣工验收", inv=None, status="竣工", status_text="迎来竣工验收",
       companies=["株洲高科发展有限公司"], note="总投资约3.5亿元见下句；2020年2月开工", alt_investment=None),
 ],
 aggregate_facts=[
  fact("科创园", "project", "site_area_mu", 190, "mu", C1, "2021年9月", qual="约", qtext="约", opt=True),
  fact("科创园", "project", "buildings", 20, "count", C1, "2021年9月", opt=True),
 ])
# the project's amount is in its own sentence: evidence C2 carries it
G["kn03"]["projects"][0] = proj("科创园", ZG, C2, inv="项目总投资约3.5亿元", qual="约", qual_text="约", status="竣工",
  status_text="迎来竣工验收", companies=["株洲高科发展有限公司"], note="标题与首句：科创园迎来竣工验收；2020年2月开工")

# ---------------------------------------------------------------- kn04 湘潭经开区四季度重点项目集中开工 (湘潭日报 via xiangtan.021cf 2022)
XT = "湘潭经开区"
XN = "长株潭新能源产业园"
D0 = "10月8日上午,湘潭经开区2022年四季度重点项目集中开工暨长株潭新能源产业园开工仪式举行"
D1 = "12个项目总投资达187.8亿元"
D2 = "其中,长株潭新能源产业园项目总面积约2000亩,园内4个产业项目总投资约100亿元,是湘潭汽车产业园的重要组成部分"
D3 = "总投资约60亿元的一力物流项目分临港集疏运中心和公铁联运两个片区进行开发"
AS4 = "2022年10月8日（集中开工）"
G["kn04"] = dict(
 article=art("湘潭经开区四季度重点项目集中开工 总投资187.8亿元", "湘潭日报（湘潭日报社全媒体记者 丁白玉 实习生 张捷），载于 xiangtan.021cf.cn（地方资讯站“湘潭”分站）", "2022-10-08", "day",
  "City daily relayed by a property-portal's city channel, Hunan: a national-level zone's fourth-quarter groundbreaking — 12 projects and their total, a new-energy industrial park inside the zone with area and its four projects' total, a logistics project with its investment",
  "http://xiangtan.021cf.cn/index.php/post/7158.html",
  "页面无日期行；日期取文中“10月8日上午,湘潭经开区2022年四季度重点项目集中开工”（湘潭日报当日或次日刊发，记 2022-10-08）。页面首行“湘潭经开区四季度重点项目集中开工总投资1878亿元”是转载站丢了小数点和空格的标题，已删；第二行为标题，照录。存段末句“湘潭经开区将持续加快项目建设,…全力为企业发展打造蕞”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…推进高质量发展的实际行动。”，共三段。“蕞大”为转载站用字，照录。园区：湘潭经开区（湘潭，湖南）；长株潭新能源产业园（“湘潭汽车产业园的重要组成部分”，在湘潭经开区开工——母园区记湘潭经开区）；湘潭汽车产业园列可选园区。项目：长株潭新能源产业园（开工仪式→开工；“园内4个产业项目总投资约100亿元”是园内4个项目的合计，不作园区项目本身的投资额，记于 alt_investment 与事实）；一力物流项目（总投资约60亿元；属12个集中开工项目之一，由语境推定→开工）。事实：12个项目、187.8亿元（reported）。市领导不列。",
  "kn04"),
 parks=[
  park(XT, "湘潭", "湖南", "经济技术开发区", D0, note="文中又作“经开区”"),
  park(XN, "湘潭", "湖南", "产业园（新能源）", D2, parent=XT, note="湘潭汽车产业园的重要组成部分；在湘潭经开区开工"),
  park("湘潭汽车产业园", "湘潭", "湖南", "产业园（汽车）", D2, opt=True, note="只作长株潭新能源产业园的上位提法"),
 ],
 companies=[],
 projects=[
  proj(XN, XT, D0, status="开工", status_text="集中开工暨…开工仪式", aliases=["长株潭新能源产业园项目"],
       note="园区开发项目；园内4个产业项目合计约100亿元（alt_investment）",
       alt_investment={"investment_text": "总投资约100亿元", "investment_cny": 1e10, "qualifier": "约"}),
  proj("一力物流项目", XT, D3, inv="总投资约60亿元", qual="约", qual_text="约", status="开工", status_text="集中开工",
       note="12个集中开工项目之一（由语境推定）；分临港集疏运中心和公铁联运两个片区"),
 ],
 aggregate_facts=[
  fact(XT, "park", "projects_started", 12, "count", D1, AS4),
  fact(XT, "park", "projects_started_investment_cny", 1.878e10, "cny", D1, AS4, chk=True),
  fact(XN, "park", "area_mu", 2000, "mu", D2, "2022年10月", qual="约", qtext="约", opt=True),
  fact(XN, "park", "industrial_projects_investment_cny", 1e10, "cny", "园内4个产业项目总投资约100亿元", "2022年10月", qual="约", qtext="约", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- kn05 长沙340个重大项目集中开工 (湖南经视 via e993 2023-01-29)
E0 = "投资5000万元以上的重大项目有340个,预估总投资1951亿元"
E1 = "项目总投资超过100亿元,达产后能实现年产值315亿元"
E2 = "长沙市一季度集中开工仪式浏阳分会场,64个项目集中开工,总投资191.7亿元"
E3 = "在浏阳分会场的开工项目中,既有像华实半导体这样具有填补国内行业空白的开创性项目,又有杰维智能锂电装备、锐林储能材料等新能源新材料风口产业项目"
E4 = "长沙市一季度集中开工仪式宁乡分会场设在国华制药中医药大健康产业总部项目现场"
E5 = "作为省级专精特新小巨人企业,该项目计划投资10亿元,预计明年即可建成达产"
AS5 = "2023年1月29日（集中开工）"
G["kn05"] = dict(
 article=art("总投资1951亿元!长沙340个重大项目今天集中开工", "湖南经视（湖南电视台经视频道），载于 e993.com（聚合站）", "2023-01-29", "day",
  "Provincial TV channel's web item relayed by an aggregator, Hunan: a provincial capital's first-quarter groundbreaking — 340 projects and their estimated total, a 10-billion-yuan precision-manufacturing base in a state-level new area, the 浏阳 and 宁乡 venues with named projects",
  "https://e993.com/caijing_9323d21303d233230323_mycwkpn7182956",
  "日期取页面“2023-01-29 20:52:26 - 湖南经视”（该行已删）。标题照录；聚合站在正文中三次重复的标题行已删（make_txt.py 按原文整行删）；三行小标题保留为段。存段末句“今年全年,宁乡市计划实现专精特新小巨人企业过百家的目标”无句末标点、后文未存，按残句删去，正文截至“…预计明年即可建成达产。”，共十段。园区：湘江新区（湖南湘江新区，国家级新区，文中只作“湘江新区”；列可选园区）。项目：超精密高端制造产业基地（落户湘江新区，“首次开工四个项目”→开工，总投资超过100亿元→超，达产后年产值315亿元 target）；华实半导体、杰维智能锂电装备、锐林储能材料（浏阳分会场开工项目，园区 null——只写浏阳）；国华制药中医药大健康产业总部项目（宁乡分会场所在项目，计划投资10亿元，开工由语境推定，园区 null）。“半导体新材料研发及测试生产基地”只在小标题，与华实半导体项目的对应未明说，不另列。事实：长沙市340个、预估1951亿元（“预估”不是约/超/余，qualifier null，kind reported，note 注明）；浏阳分会场64个、191.7亿元（region 浏阳）。",
  "kn05"),
 parks=[
  park("湘江新区", "长沙", "湖南", "国家级新区", "智能网联汽车、新材料和生物医药等企业,是湘江新区优势与潜能", opt=True, note="湖南湘江新区；国家级新区，非开发区"),
 ],
 companies=[
  comp("华实半导体", None, E3, opt=True, note="名称同项目；浏阳"),
  comp("国华制药", None, E4, opt=True, note="只在项目名中；省级专精特新小巨人企业"),
 ],
 projects=[
  proj("超精密高端制造产业基地", "湘江新区", E1, inv="项目总投资超过100亿元", qual="超", qual_text="超过", status="开工",
       status_text="首次开工四个项目", note="落户湘江新区；四个子项目：高端飞行装备、超精材料、高性能铜合金及精密部件、高纯稀土金属"),
  proj("华实半导体", None, E3, status="开工", status_text="开工项目", note="浏阳分会场；填补国内行业空白"),
  proj("杰维智能锂电装备", None, E3, status="开工", status_text="开工项目", note="浏阳分会场"),
  proj("锐林储能材料", None, E3, status="开工", status_text="开工项目", note="浏阳分会场"),
  proj("国华制药中医药大健康产业总部项目", None, E5, companies=["国华制药"], inv="计划投资10亿元", status="开工",
       status_text="集中开工仪式宁乡分会场设在…项目现场", note="宁乡分会场；开工由语境推定；预计明年建成达产"),
 ],
 aggregate_facts=[
  fact("长沙市", "region", "projects_started", 340, "count", E0, AS5, note="投资5000万元以上的重大项目"),
  fact("长沙市", "region", "projects_started_investment_cny", 1.951e11, "cny", "预估总投资1951亿元", AS5, chk=True, note="预估"),
  fact("超精密高端制造产业基地", "project", "expected_annual_output_cny", 3.15e10, "cny", "达产后能实现年产值315亿元", "达产后（预期）", kind="target", chk=True),
  fact("浏阳", "region", "projects_started", 64, "count", E2, AS5),
  fact("浏阳", "region", "projects_started_investment_cny", 1.917e10, "cny", "总投资191.7亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- kn06 西渡高新区 2024年度表彰 (hunanwx 2025-03)
XD = "西渡高新区"
F0 = "过去一年,衡阳县西渡高新区全力抓机遇、谋发展、破难题、求奋进,各项工作实现新突破"
F1 = "去年新增省级专精特新“小巨人”企业4家,续评1家,园区新增规上企业15家,名列全市第一"
F2 = "全年完成技工贸总收入180.68亿元,共推进22个省市县重点项目建设"
F3 = "去年园区共签约招商引资项目41个,合同投资额77.4亿元;投资超过2亿元项目20个,“湘商回归”项目12个,“三类500强”项目2个"
F4 = "湖南利德有陶瓷有限公司去年实现产值4.3亿元创税收2956万元"
LD = "湖南利德有陶瓷有限公司"
AS6 = "2024年"
G["kn06"] = dict(
 article=art("（无标题）衡阳县西渡高新区表彰2024年度贡献企业 全年签约项目41个、合同投资额77.4亿元", "hunanwx.com（海报式转载页；原发媒体与署名未注明）", "2025-03", "month",
  "Poster-style web page from a county, Hunan: a county high-tech zone's awards for 2024 — award counts and sums, one ceramics firm's output and tax, the zone's new firms, revenue, key projects, signed projects and contract investment",
  "https://www.hunanwx.com/show-70.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“3月3日…对2024年度…进行表彰”“2025年,衡阳县将…”，记 2025-03（month）。页面为海报式排版，一句话断成多行（“3月3日 / 衡阳县西渡高新区 / 对2024年度…”，“63家企业 / 共获奖金1200余万”，“湖南利德有陶瓷有限公司 / 去年实现产值4.3亿元 / 创税收2956万元 / …”），make_txt.py JOIN 原样拼接、中间不加字；其余照录，共六段。园区：西渡高新区（衡阳县，衡阳，湖南；文中又作“园区”）。公司：湖南利德有陶瓷有限公司（受表彰企业，在园）。无具名项目。事实：公司2024年产值4.3亿元、税收2956万元；园区2024年新增省级专精特新小巨人4家、新增规上企业15家、技工贸总收入180.68亿元、推进重点项目22个、签约招商项目41个、合同投资额77.4亿元、投资超2亿元项目20个（可选）；获奖企业63家、奖金“1200余万”（无“元”，只记家数，可选）。“去年”即2024年。",
  "kn06"),
 parks=[
  park(XD, "衡阳", "湖南", "高新区", F0, district="衡阳县", note="文中又作“园区”"),
 ],
 companies=[
  comp(LD, XD, F4, note="受表彰企业；获税收原地倍增奖、党建工作先进奖"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LD, "company", "output_cny", 4.3e8, "cny", "去年实现产值4.3亿元创税收2956万元", AS6, chk=True),
  fact(LD, "company", "tax_cny", 2.956e7, "cny", "创税收2956万元", AS6, chk=True),
  fact(XD, "park", "new_little_giant_firms", 4, "count", F1, AS6, opt=True, note="省级专精特新“小巨人”"),
  fact(XD, "park", "new_above_scale_firms", 15, "count", F1, AS6),
  fact(XD, "park", "tech_industry_trade_revenue_cny", 1.8068e10, "cny", "全年完成技工贸总收入180.68亿元", AS6, chk=True),
  fact(XD, "park", "key_projects", 22, "count", F2, AS6, opt=True, note="推进省市县重点项目"),
  fact(XD, "park", "projects_signed", 41, "count", F3, AS6),
  fact(XD, "park", "signed_contract_investment_cny", 7.74e9, "cny", "合同投资额77.4亿元", AS6, chk=True),
  fact(XD, "park", "projects_signed_over_200m", 20, "count", F3, AS6, opt=True, note="投资超过2亿元项目"),
  fact(XD, "park", "firms_awarded", 63, "count", "63家企业共获奖金1200余万", "2024年度（2025年3月3日表彰）", opt=True),
 ])
