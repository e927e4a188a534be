# real303 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); a euro amount is kept with
# currency="eur" (investment_cny null). Projects: the park the text places the project in, null if none. Status from the
# text's words (开槽 → 开工; 基本竣工 → 竣工, alt 在建; 主体完成 → 在建; 开港 → 投产, alt 竣工; 竣工投产 → 投产; 签署协议 /
# 签署合作协议 → 签约; 重点推进 (next year) / 提上建设日程 / 还将有 / 将建 → planned). “预计” figures are kind target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/qpNN.raw as returned.

# ---------------------------------------------------------------- qp01 邯郸经济技术开发区 国别园 (河北日报 via baogaosu 2014)
HD = "邯郸经济技术开发区"
HK = "哈克(邯郸)农业机械产业园"
A0 = "在邯郸经济技术开发区,一朵高端装备制造业的“郁金香”正在怒放——哈克(邯郸)农业机械产业园一期投产"
A1 = "哈克(邯郸)农业机械产业园一期投资2.5亿欧元,是国内技术水平最高的农业机械生产企业之一"
A2 = "哈克一期产值13亿元,二期项目正在进行厂房内部设计,投资额预计为10亿元"
A3 = "这是荷兰夸特纳斯集团与中国合资的第一个项目"
G["qp01"] = dict(
 article=art("园区的突破(下):邯郸崛起欧美高端制造聚集区", "河北日报（河北网记者 赵建、赵晓清），载于 shijiazhuang.baogaosu.com（报告速 石家庄站转载）", "2014-07-04", "day",
  "Provincial daily's series on parks, relayed by an aggregator, Hebei: a national economic-technological zone's country-specific (foreign) industrial parks — a Dutch-Chinese farm-machinery joint venture's phase 1 in production with its investment (euro) and output, phase 2 in design with its expected investment; zone and city officials on the strategy",
  "http://shijiazhuang.baogaosu.com/xinwen/%E7%AA%81%E7%A0%B4%E4%B8%8B%E9%82%AF%E9%83%B8%E5%B4%9B%E8%B5%B7%E6%AC%A7%E7%BE%8E%E9%AB%98%E7%AB%AF%E5%88%B6%E9%80%A0%E8%81%9A%E9%9B%86/21752055",
  "日期取页面“04.07.2014 18:27”（日.月.年，即2014-07-04；文中采访日为6月11日）。标题照录；日期行与记者行“河北日报、河北网记者赵建、赵晓清”已删（署名记于 outlet）。存段末段“几年前,双方”在句中中断，整段删去，正文截至“…销量全球第一。”；小标题“建设国别(地区)园,吸引高端外企入驻”保留为一段；共七段。王晶引语的开引号段末无闭引号、闫德英一段有闭引号无开引号，原文如此，照录。园区：邯郸经济技术开发区（邯郸，河北；文中又作“开发区”）。哈克(邯郸)农业机械产业园：以“产业园”为名的单一企业项目（荷兰夸特纳斯集团与中方合资），记为项目；另列为可选园区（母园区邯郸经济技术开发区）。项目：一期——投产，投资2.5亿欧元（非人民币：investment_cny 空，currency eur）；二期——“正在进行厂房内部设计”，“投资额预计为10亿元”（状态不列，见 note；金额记 10亿元，qualifier 空，“预计”记 note）。事实：哈克一期产值13亿元（项目，reported）。公司：荷兰夸特纳斯集团（外方投资者，park 空）。机构：开发区管委会、邯郸市发改委（可选）。",
  "qp01"),
 parks=[
  park(HD, "邯郸", "河北", "经济技术开发区", A0, note="文中又作“开发区”"),
  park(HK, "邯郸", "河北", "产业园（单一企业，农机）", A0, parent=HD, opt=True, note="以产业园为名的中荷合资企业项目；主要记为项目"),
 ],
 companies=[
  comp("荷兰夸特纳斯集团", None, A3, note="跨国投资公司，总部荷兰；哈克产业园的外方；文中又作“该集团”"),
 ],
 institutions=[
  inst("邯郸经济技术开发区管委会", "邯郸经济技术开发区管委会主任闫德英介绍"),
  inst("邯郸市发改委", "邯郸市发改委主任高和平说"),
 ],
 projects=[
  proj("哈克(邯郸)农业机械产业园一期", HD, A1, companies=["荷兰夸特纳斯集团"], inv="投资2.5亿欧元", currency="eur", value=2.5e8,
       phase="一期", status="投产", status_text="一期投产", note="投资为欧元；文中又作“哈克一期”"),
  proj("哈克(邯郸)农业机械产业园二期", HD, A2, companies=["荷兰夸特纳斯集团"], inv="10亿元", phase="二期", status=None,
       status_text="正在进行厂房内部设计", note="投资额“预计为10亿元”；尚未开工（设计阶段），状态不列；可视作 planned"),
 ],
 aggregate_facts=[
  fact("哈克(邯郸)农业机械产业园一期", "project", "output_cny", 1.3e9, "cny", "哈克一期产值13亿元", "2014年6月", chk=True,
       note="产值，期间未说"),
 ])

# ---------------------------------------------------------------- qp02 保定高新区 2015 重点项目 (hdzc.net 2015)
BG = "保定高新区"
B0 = "2015年,保定高新区继续坚持项目优选工程,培育壮大战略新兴产业,加快发展现代服务业,全年共安排省市重点项目19个,总投资332.4亿元,当年计划完成23.8亿元"
B1 = "7个新开工项目建业新型节能建筑材料基本竣工,陆港保定国际保税物流中心开港,高标电子主体完成,中铁电化、上谷大观、屹隆汽配、屹马汽配开槽,开工率100%"
B2 = "重点推进四方三伊三期、轨道交通产业园、金阳光能源装备等一批产业项目"
AS2 = "2015年8月初"
G["qp02"] = dict(
 article=art("（无标题）保定高新区2015年省市重点项目推进情况", "hdzc.net（邯郸之窗类地方资讯站“河北新闻”栏；原发媒体与署名存段未示）", "2015-08-07", "day",
  "Local news site, Hebei: a national high-tech zone's mid-year key-project report — the year's listed projects with total and planned investment, eight projects resumed, seven new projects each at a named stage (basically completed, port opened, main structure done, excavation started), next year's planned projects",
  "http://hdzc.net/html/news/hb/2015_08/07/14145704.html",
  "日期取网址 2015_08/07；文中“8月6日,保定市高新区管委会透露,”为导语残句。存段无标题（title 为编者概括）；存段把导语“8月6日,保定市高新区管委会透露,”置于末尾且在句中中断，整段删去；正文自“据了解,2015年…”起，共五段。园区：保定高新区（保定国家高新技术产业开发区；保定，河北；文中又作“该区”“全区”）。项目（均在保定高新区）：7个新开工项目——建业新型节能建筑材料（基本竣工→竣工，alt 在建）、陆港保定国际保税物流中心（开港→投产，alt 竣工）、高标电子（主体完成→在建）、中铁电化、上谷大观、屹隆汽配、屹马汽配（开槽→开工）；2016年重点推进的四方三伊三期、轨道交通产业园、金阳光能源装备（planned）。无单项金额。事实：省市重点项目19个、总投资332.4亿元、当年计划完成23.8亿元（target）；复工项目8个、新开工项目7个、复工率与开工率100%（截至八月初）。",
  "qp02"),
 parks=[
  park(BG, "保定", "河北", "高新区", B0, note="即保定国家高新技术产业开发区；文中又作“保定市高新区”（导语残句，已删）、“该区”"),
 ],
 companies=[],
 projects=[
  proj("建业新型节能建筑材料", BG, B1, status="竣工", status_text="基本竣工", status_alt="在建", note="2015年新开工项目"),
  proj("陆港保定国际保税物流中心", BG, B1, status="投产", status_text="开港", status_alt="竣工", note="2015年新开工项目；“开港”"),
  proj("高标电子", BG, B1, status="在建", status_text="主体完成", note="2015年新开工项目；以企业名作项目名"),
  proj("中铁电化", BG, B1, status="开工", status_text="开槽", note="2015年新开工项目；以企业名作项目名"),
  proj("上谷大观", BG, B1, status="开工", status_text="开槽", note="2015年新开工项目"),
  proj("屹隆汽配", BG, B1, status="开工", status_text="开槽", note="2015年新开工项目；以企业名作项目名"),
  proj("屹马汽配", BG, B1, status="开工", status_text="开槽", note="2015年新开工项目；以企业名作项目名"),
  proj("四方三伊三期", BG, B2, phase="三期", status="planned", status_text="重点推进（谋划2016年）", note="2016年计划"),
  proj("轨道交通产业园", BG, B2, status="planned", status_text="重点推进（谋划2016年）", note="2016年计划"),
  proj("金阳光能源装备", BG, B2, status="planned", status_text="重点推进（谋划2016年）", note="2016年计划"),
 ],
 aggregate_facts=[
  fact(BG, "park", "major_projects_listed", 19, "count", B0, "2015年", note="省市重点项目"),
  fact(BG, "park", "major_projects_total_investment_cny", 3.324e10, "cny", "总投资332.4亿元,当年计划完成23.8亿元", "2015年", chk=True),
  fact(BG, "park", "planned_annual_investment_cny", 2.38e9, "cny", "当年计划完成23.8亿元", "2015年（计划）", kind="target", chk=True),
  fact(BG, "park", "projects_resumed", 8, "count", "截至八月初,8个项目年初全部进场复工,复工率100%", AS2),
  fact(BG, "park", "projects_started", 7, "count", B1, AS2, note="新开工项目"),
  fact(BG, "park", "project_resumption_rate", 1.0, "ratio", "复工率100%", AS2, kind="ratio", opt=True),
  fact(BG, "park", "project_start_rate", 1.0, "ratio", "开工率100%", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qp03 中国汽车零部件(保定)产业基地 (长城网 2014)
QP = "中国汽车零部件(保定)产业基地"
C0 = "北京京港汽车公园、中兴汽车等百余家汽车企业与中国汽车零部件(保定)产业基地签订合作意向"
C1 = "该基地位于保定南部卫星城清苑县,规划建设投资100亿元,规划建设占地4000亩,基地建成后将形成产值达200亿的汽车零部件产业集群"
C2 = "据了解,中国汽车零部件工业公司是全国唯一的汽车零部件行业央企,其保定基地项目是河北省委省政府推动“百家央企进河北”的重大项目之一"
G["qp03"] = dict(
 article=art("保定将建华北最大汽车产业集聚区", "长城网（xt.hebei.com.cn 邢台频道；责任编辑:孙阳；作者署名存段未示）", "2014-09-22", "day",
  "Provincial news portal, Hebei: a central-SOE auto-parts base in a county of 保定 — over a hundred firms sign intentions with it at an industry meeting, its planned investment, area and output, the firms expected to enter",
  "http://xt.hebei.com.cn/system/2014/09/22/014014954.shtml",
  "日期取网址 2014/09/22（文中年会9月19日结束）。标题照录；“关键词…”与“责任编辑:孙阳”行已删。正文在页面上为一行（三段以空格相连），按 make_txt.py 规则保留为一段，只删去行末表格竖线“ |”。园区：中国汽车零部件(保定)产业基地（保定市清苑县，河北；文中又作“该基地”“园区”“保定基地”；kind 产业基地）。项目：“保定基地项目”（中国汽车零部件工业公司），规划建设投资100亿元，“将建”→planned。公司：中国汽车零部件工业公司（央企，开发方）；北京京港汽车公园、中兴汽车（签订合作意向、将陆续入住，可选，park 记基地）。事实：签意向企业百余家（余）；规划占地4000亩；建成后产值达200亿（文中无“元”字，不作 _cny 事实，记 expected_output_value，target）；入住汽车类企业将超过300家（target，超）。",
  "qp03"),
 parks=[
  park(QP, "保定", "河北", "产业基地（汽车零部件）", C1, district="清苑县", note="文中又作“该基地”“园区”；中国汽车零部件工业公司的保定基地"),
 ],
 companies=[
  comp("中国汽车零部件工业公司", QP, C2, note="汽车零部件行业央企，基地开发方"),
  comp("北京京港汽车公园", QP, C0, opt=True, note="签订合作意向，将入住"),
  comp("中兴汽车", QP, C0, opt=True, note="签订合作意向，将入住"),
 ],
 projects=[
  proj("保定基地项目", QP, "其保定基地项目是河北省委省政府推动“百家央企进河北”的重大项目之一,以汽车零部件生产为主", companies=["中国汽车零部件工业公司"],
       status="planned", status_text="将建", note="规划建设投资100亿元、占地4000亩（见事实）；投资额与项目名不在同一句"),
 ],
 aggregate_facts=[
  fact(QP, "park", "planned_investment_cny", 1e10, "cny", "规划建设投资100亿元,规划建设占地4000亩", "2014年9月（规划）", kind="target", chk=True),
  fact(QP, "park", "planned_area_mu", 4000, "mu", "规划建设占地4000亩", "2014年9月（规划）", kind="target"),
  fact(QP, "park", "expected_output_value", 2e10, "cny", C1, "建成后（预期）", kind="target", note="文中“产值达200亿”无“元”字"),
  fact(QP, "park", "firms_signed_intent", 100, "count", C0, "2014年9月19日", qual="余", qtext="余", note="“百余家”"),
  fact(QP, "park", "firms_expected", 300, "count", "整个园区全部建成后,国内外入住的汽车类企业将超过300家", "建成后（预期）", kind="target", qual="超", qtext="超过"),
 ])

# ---------------------------------------------------------------- qp04 保定大王店工业园 (ironzx 2014)
DW = "大王店工业园"
D0 = "去年仅用100天就完成大王店工业园区1.4万亩土地、5个村庄的整体征迁"
D1 = "长城一期25万辆整车项目及配套的发动机、座椅、线束、橡胶件、内外饰件、底盘等7个子项目已经在大王店工业区全部竣工投产,当年完成投资50亿元以上,累计完成投资108亿元"
D2 = "随之而来的还将有投资141亿元的汽车配件园,投资340亿元、可容纳10万人的综合服务配套城"
D3 = "长城公司在大王店工业园总投资将达到约760亿元"
G["qp04"] = dict(
 article=art("汽车产业引领 保定大王店工业园投资有望破千亿", "ironzx.com（资讯站转载；“河北报道”，来源与署名存段未示）", "2014-02-14", "day",
  "Trade news site relaying a Hebei report: an industrial park built around a carmaker — land cleared, the carmaker's phase-1 vehicle project and seven sub-projects completed and in production with investment done, a new 500,000-vehicle project and two planned supporting parks with their investments, the carmaker's expected total investment",
  "http://www.ironzx.com/index.php?m=content&c=index&a=show&catid=18&id=82194",
  "日期取页面“2014-02-14 07:31:49”。标题照录；日期来源行与“() 评论:0 点击:”已删。存段末段“目前,长城汽车、风帆股份、中纺依棉、宝凯电器等13家企业入驻大王店工业园,园区已形成汽车及零部件、新型储能设备和”在句中中断，整段删去，正文截至“…已呈现多样化。”，共五段。园区：大王店工业园（保定，河北；文中又作“大王店工业园区”“大王店工业区”；所在县区文中未说）。项目（均在大王店工业园）：长城一期25万辆整车项目及配套7个子项目——竣工投产→投产（“当年完成投资50亿元以上,累计完成投资108亿元”为完成投资，不作总投资，记事实）；长城汽车新增50万辆整车项目——“提上建设日程”→planned；汽车配件园（投资141亿元）、综合服务配套城（投资340亿元）——“随之而来的还将有”→planned。事实：征迁土地1.4万亩；长城公司在园区总投资将达约760亿元（target，约）。公司：长城汽车（文中又作“长城”“长城公司”）。“中汽零”属清苑的另一基地，不列；保定市发改委列可选机构。",
  "qp04"),
 parks=[
  park(DW, "保定", "河北", "工业园", "保定大王店工业园的未来发展也被该市寄予厚望", aliases=["大王店工业园区", "大王店工业区"],
       note="文中又作“大王店工业园区”“大王店工业区”“园区”"),
 ],
 companies=[
  comp("长城汽车", DW, "据了解,随着长城汽车产能的逐步扩大,长城汽车新增50万辆整车项目提上建设日程", aliases=["长城", "长城公司"]),
 ],
 institutions=[
  inst("保定市发改委", "保定市发改委产业发展处处长葛占雷认为"),
 ],
 projects=[
  proj("长城一期25万辆整车项目", DW, D1, companies=["长城汽车"], phase="一期", status="投产", status_text="全部竣工投产",
       note="含配套发动机、座椅等7个子项目；2013年11月底竣工投产；完成投资见事实"),
  proj("长城汽车新增50万辆整车项目", DW, "长城汽车新增50万辆整车项目提上建设日程", companies=["长城汽车"], status="planned", status_text="提上建设日程",
       aliases=["50万辆整车项目"]),
  proj("汽车配件园", DW, D2, inv="投资141亿元", status="planned", status_text="随之而来的还将有"),
  proj("综合服务配套城", DW, D2, inv="投资340亿元", status="planned", status_text="随之而来的还将有", note="可容纳10万人"),
 ],
 aggregate_facts=[
  fact(DW, "park", "land_acquired_mu", 14000, "mu", D0, "2013年", note="1.4万亩，含5个村庄整体征迁"),
  fact("长城一期25万辆整车项目", "project", "investment_completed_cny", 1.08e10, "cny", "累计完成投资108亿元", "2013年末", kind="cumulative", chk=True),
  fact("长城一期25万辆整车项目", "project", "annual_investment_completed_cny", 5e9, "cny", "当年完成投资50亿元以上,累计完成投资108亿元", "2013年", qual="超", qtext="以上", opt=True, chk=True),
  fact("长城汽车", "company", "planned_total_investment_cny", 7.6e10, "cny", D3, "全部建成后（预期）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- qp05 唐山海港经济开发区 石材 (北京日报 via stone128 2014)
TG = "唐山海港经济开发区"
E0 = "5月8日,钓鱼台国宾馆,唐山海港经济开发区与在京13个项目的企业签署合作协议,其中,北京石材行业协会7家成员石材市场有望移至唐港,项目建成可转移商户4000多家,人口近10万"
E1 = "去年12月,该区管辖面积由32.85平方公里扩大到432.4平方公里"
E2 = "唐港区还将腾出近6平方公里合9000亩的土地发展国际石材交易中心,目前,该区域已经进入基础建设阶段"
G["qp05"] = dict(
 article=art("唐港区辟地九千亩 虚位以待北京石材业", "北京日报，载于 stone128.com（石材资讯站“国内新闻”栏转载；记者署名存段未示）", "2014-05-12", "day",
  "Beijing daily relayed by a stone-trade site: a Hebei coastal development zone signs agreements with Beijing firms for 13 projects, among them moving Beijing stone markets, the zone's enlarged area and planned parks, land set aside for a stone trading centre already in site preparation, its port",
  "http://stone128.com/news/show-3924.html",
  "日期取页面“发布日期:2014-05-12 来源:北京日报”（签约在5月8日）。标题照录；面包屑、字号与发布日期行已删；站点“核心提示:”摘要（与首段同文）已删。正文五段，存段在段落边界结束。园区：唐山海港经济开发区（唐山，河北；文中又作“唐港区”“唐港”“该区”“开发区”）；规划的七大园区未命名，不列。曹妃甸区只作比照出现，不列。项目：国际石材交易中心（园区内9000亩），随5月8日“签署合作协议”的13个项目之一→签约（status_text 记原话），“该区域已经进入基础建设阶段”→status_alt 在建；无投资额。事实：签约项目13个；管辖面积432.4平方公里（原32.85，可选）；石材交易中心用地约9000亩（近6平方公里）；可转移商户4000多家（可选）。机构：北京石材行业协会（行业协会，可选）。同一签约事件在 real166 vi04（另一篇报道）中有一句提及，见 SOURCES.md。",
  "qp05"),
 parks=[
  park(TG, "唐山", "河北", "经济开发区", E0, aliases=["唐港区"], note="文中又作“唐港区”“唐港”“该区”“开发区”"),
 ],
 companies=[],
 institutions=[
  inst("北京石材行业协会", E0, kind="association", note="7家成员石材市场有望移至唐港；文中又作“北京石材协会”"),
 ],
 projects=[
  proj("国际石材交易中心", TG, E2, status="签约", status_text="签署合作协议（5月8日13个项目之一）", status_alt="在建",
       note="北京石材市场外迁承接项目；“该区域已经进入基础建设阶段”；无投资额"),
 ],
 aggregate_facts=[
  fact(TG, "park", "projects_signed", 13, "count", E0, "2014年5月8日"),
  fact(TG, "park", "area_km2", 432.4, "km2", E1, "2013年12月起"),
  fact(TG, "park", "area_km2", 32.85, "km2", E1, "2013年12月前", opt=True),
  fact("国际石材交易中心", "project", "site_area_mu", 9000, "mu", E2, "2014年5月", qual="约", qtext="近", note="近6平方公里合9000亩"),
  fact("国际石材交易中心", "project", "merchants_transferable", 4000, "count", "项目建成可转移商户4000多家", "建成后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- qp06 中交新能源汽车产业园项目落户霸州 (廊坊日报 2018)
BZ = "霸州市汽车产业园"
F0 = "中国交通建设集团股份有限公司新能源汽车产业基地项目也是首家入驻霸州市汽车产业园的新能源汽车项目,并已列为2018年省重点项目,该项目计划总投资100亿元,占地2600亩"
F1 = "3月12日上午,中国交通建设集团股份有限公司与霸州市政府签署协议,在该市建设以生产氢燃料电池为主的新能源汽车产业基地,项目计划总投资100亿元"
G["qp06"] = dict(
 article=art("总投资100亿元? 中交新能源汽车产业园项目落户霸州?", "廊坊日报（通讯员 谭继涛 苗宏伟），载于 jinghuaxl.com（廊坊市政府网站“项目建设”栏的页面副本）", "2018-03-13", "day",
  "City daily on a municipal portal (copy on another domain), Hebei: a central SOE signs with a county-level city for a hydrogen fuel-cell vehicle base in its auto industrial park — total investment, area, phases, capacity and expected output",
  "https://jinghuaxl.com/html/Item76865.aspx.html",
  "日期取页面“2018年03月13日…来源:《廊坊日报》”（签约在3月12日）。标题为两行（引题与主题），按 make_txt.py 以空格连成一行；两行末的“?”照录（疑为页面编码残留，原样保留）。网站菜单、位置行、栏目字“项目建设”与日期来源行已删。正文三段，完整。存段所在网站为廊坊市政府网站页面的副本（简体，非转码），记于 outlet。园区：霸州市汽车产业园（霸州市，廊坊，河北）。项目：中国交通建设集团股份有限公司新能源汽车产业基地项目（标题作“中交新能源汽车产业园项目”，列 alias），签署协议→签约，计划总投资100亿元；先期启动的新能源汽车主机厂（约1000亩，两期，一期2019年底前建成）列可选项目（planned）。事实：项目占地2600亩；二期建成后年产值350亿元（target）；客车产能（可选）。公司：中国交通建设集团股份有限公司（文中全称）。机构：霸州市政府（可选）。“新能源汽车产业园”在末段指该项目/园区的产业链，不另列园区。",
  "qp06"),
 parks=[
  park(BZ, "廊坊", "河北", "产业园（汽车）", F0, district="霸州市", note="首家入驻的新能源汽车项目"),
 ],
 companies=[
  comp("中国交通建设集团股份有限公司", BZ, F1, note="国资委监管的中央企业，世界500强；标题作“中交”"),
 ],
 institutions=[
  inst("霸州市政府", F1, note="签约方"),
 ],
 projects=[
  proj("中国交通建设集团股份有限公司新能源汽车产业基地项目", BZ, F0, companies=["中国交通建设集团股份有限公司"], inv="计划总投资100亿元",
       status="签约", status_text="签署协议", aliases=["中交新能源汽车产业园项目"], note="2018年3月12日签约；以生产氢燃料电池为主；2018年省重点项目"),
  proj("新能源汽车主机厂", BZ, "先期启动新能源汽车主机厂,占地约1000亩,计划分两期建设,一期2019年年底前建成,年产客车10000辆", companies=["中国交通建设集团股份有限公司"],
       status="planned", status_text="先期启动", opt=True, note="基地项目的先期部分；一期2019年底前建成"),
 ],
 aggregate_facts=[
  fact("中国交通建设集团股份有限公司新能源汽车产业基地项目", "project", "site_area_mu", 2600, "mu", F0, "2018年3月（规划）", kind="target"),
  fact("中国交通建设集团股份有限公司新能源汽车产业基地项目", "project", "expected_annual_output_cny", 3.5e10, "cny", "二期建成后客车总产量达20000辆,年产值350亿元", "二期建成后（预期）", kind="target", chk=True),
  fact("中国交通建设集团股份有限公司新能源汽车产业基地项目", "project", "bus_capacity_units", 20000, "units", "二期建成后客车总产量达20000辆", "二期建成后（预期）", kind="target", opt=True),
 ])
