# real332 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district or county is a region, not a park). Status from the
# text's words (开工 / 动工 → 开工; 竣工 → 竣工; 投产 → 投产; 签约 → 签约; 正式开工 and now 加速建设 → 在建 with status_alt 开工;
# 引进 / 落户 alone → no status). Planned / expected figures (达产后, 远期, 建成后) are kind target. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/psNN.raw as returned.

# ---------------------------------------------------------------- ps01 澄海区重点项目集中签约开工竣工活动 (2020)
CH = "澄海区"
LH = "岭海工业园"
P0 = "共有12项重点项目开工竣工或签约,总投资额9.19亿元"
P1 = "开工项目包括澄海科创中心、东海岸新城塔岗围片区供水项目、一八围老八孔排水闸重建工程、澄海区莱管委环岛南路及配套工程、岭海工业园海围片三期道路及配套工程等5项、总投资4.53亿元"
P2 = "竣工项目包括汕头市启龙玩具有限公司益智儿童仿真维修工具套装玩具的设计开发及生产项目、广东鸿成环保再生资源有限公司再生资源综合利用项目、汕头市澄海区炜辰工艺厂厂房及配套项目、澄海中学白沙校区第二期工程、实验学校教学楼宿舍楼建设工程、东里中学宿舍楼建设工程等6项、总投资3.16亿元"
P3 = "签约项目为澄海区畜禽标准化集中屠宰冷链配送中心,总投资1.5亿元"
AS1 = "2020年9月23日（集中活动）"
G["ps01"] = dict(
 article=art("澄海区重点项目集中签约开工竣工活动", "澄海区人民政府门户网站（“来源:澄海区人民政府门户网站”），载于 xianyu.chinaxiaokang.com（中国小康网地方频道）", "2020-09-24", "day",
  "District government item relayed by a national portal's local channel, Guangdong (汕头): a district's joint signing / groundbreaking / completion event — 12 projects with totals by stage, named projects started (one a road in an industrial park), two firms' manufacturing projects completed, one signed project with its sum",
  "http://xianyu.chinaxiaokang.com/shantoushidiji/chenghaiqu/yaowen/2020/0925/3704223.html",
  "日期取页面“2020-09-24 08:00:00 来源:澄海区人民政府门户网站”（活动在9月23日）。标题照录；日期来源行、图片文件名行“20200924110838233.jpg”、页尾“相关推荐…扫码关注中国”已删。正文三段，完整。园区：只有“岭海工业园”（在项目名“岭海工业园海围片三期道路及配套工程”中；汕头市澄海区），列园区；澄海区为区（region）。项目：开工5项中列岭海工业园道路项目（园区岭海工业园）与澄海科创中心（可选，园区未说）；竣工6项中列两家企业的生产项目（启龙玩具、鸿成环保；园区未说→null，状态竣工）与炜辰工艺厂厂房项目（可选）；学校、水利、道路等民生工程不列；签约项目澄海区畜禽标准化集中屠宰冷链配送中心（总投资1.5亿元，签约）。事实：区级12项/9.19亿元，开工5项/4.53亿元，竣工6项/3.16亿元（subject 澄海区，region）。",
  "ps01"),
 parks=[
  park(LH, "汕头", "广东", "工业园", P1, district="澄海区", note="只在项目名“岭海工业园海围片三期道路及配套工程”中"),
 ],
 companies=[
  comp("汕头市启龙玩具有限公司", None, P2, note="竣工项目的企业；园区未说"),
  comp("广东鸿成环保再生资源有限公司", None, P2, note="竣工项目的企业；园区未说"),
  comp("汕头市澄海区炜辰工艺厂", None, P2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("区委、区政府", "9月23日,区委、区政府举行澄海区重点项目集中签约开工竣工活动", note="澄海区委、区政府"),
 ],
 projects=[
  proj("岭海工业园海围片三期道路及配套工程", LH, P1, status="开工", status_text="开工项目", note="园区基础设施；5项开工项目合计4.53亿元，不分摊"),
  proj("澄海科创中心", None, P1, status="开工", status_text="开工项目", opt=True, note="园区未说"),
  proj("汕头市启龙玩具有限公司益智儿童仿真维修工具套装玩具的设计开发及生产项目", None, P2, companies=["汕头市启龙玩具有限公司"], status="竣工", status_text="竣工项目", note="6项竣工项目合计3.16亿元，不分摊"),
  proj("广东鸿成环保再生资源有限公司再生资源综合利用项目", None, P2, companies=["广东鸿成环保再生资源有限公司"], status="竣工", status_text="竣工项目"),
  proj("汕头市澄海区炜辰工艺厂厂房及配套项目", None, P2, companies=["汕头市澄海区炜辰工艺厂"], status="竣工", status_text="竣工项目", opt=True),
  proj("澄海区畜禽标准化集中屠宰冷链配送中心", None, P3, inv="总投资1.5亿元", status="签约", status_text="签约项目"),
 ],
 aggregate_facts=[
  fact(CH, "region", "projects_in_event", 12, "count", P0, AS1),
  fact(CH, "region", "event_total_investment_cny", 9.19e8, "cny", P0, AS1, chk=True),
  fact(CH, "region", "projects_started", 5, "count", P1, AS1),
  fact(CH, "region", "projects_started_investment_cny", 4.53e8, "cny", "等5项、总投资4.53亿元", AS1, chk=True),
  fact(CH, "region", "projects_completed", 6, "count", P2, AS1),
  fact(CH, "region", "projects_completed_investment_cny", 3.16e8, "cny", "东里中学宿舍楼建设工程等6项、总投资3.16亿元", AS1, chk=True),
 ])

# ---------------------------------------------------------------- ps02 潮南印染园区正式集中投产 (中国纺织经济信息网 2020)
CN = "潮南区纺织印染环保综合处理中心"
Q0 = "经过两年多夜以继日的施工建设,潮南区纺织印染环保综合处理中心已如期在6月底基本建成,目前完成PPP总投资额29.4亿元,项目主体工程完成总工程量约92.1%"
Q1 = "目前10栋通用厂房已基本建成,近一半入驻印染企业进场开始装饰装修及安装设备;51家自建厂房的企业全部入园建设,其中8家企业进场安装设备,3家已安装完毕"
Q2 = "潮南印染中心项目位于潮南区陇田镇与井都镇交界处,规划用地面积3750亩,已征收建设用地约3380亩"
Q3 = "潮南印染中心管理办公室与中标社会资本成立的项目公司中信环境(汕头)印染环保综合开发有限公司签订PPP项目合同,由社会资本负责投资经营"
AS2 = "2020年1月（仪式时）"
G["ps02"] = dict(
 article=art("“绿色发展节能先行”潮南印染园区正式集中投产", "中国纺织经济信息网（news.ctei.cn，资讯·企业·人物访谈栏；原发媒体与署名未注明）", "2020-01-06", "day",
  "Textile-industry news portal, Guangdong (汕头 潮南区): a textile dyeing park's joint start of production — PPP investment completed, share of works done, standard plants built, firms entered and installing equipment, planned and acquired land, the PPP project company",
  "http://news.ctei.cn/company/rwft/202001/t20200106_3968169.htm",
  "日期取页面“2020-01-06”。标题照录（含引号）；面包屑、日期行、“分享至:”已删。存段末段（“潮南印染中心以“循环经济”…全部回用不”）在句中中断，整段删去，正文截至“…市政道路管网配套等。”，共三段。园区：潮南区纺织印染环保综合处理中心（汕头市潮南区，广东；标题作“潮南印染园区”，文中又作“潮南印染中心”“印染中心”——“印染中心”列 alias）。项目：“潮南印染中心项目”（PPP，6月底基本建成；PPP总投资额29.4亿元为已完成投资，不作项目总投资；状态不单列，status_text 记“基本建成”）。公司：中信环境(汕头)印染环保综合开发有限公司（PPP项目公司，在园）。事实：已完成PPP投资29.4亿元（cumulative）、工程量约92.1%、通用厂房10栋基本建成、自建厂房企业51家入园建设（8家安装设备、3家安装完毕）、规划用地3750亩、已征地约3380亩。",
  "ps02"),
 parks=[
  park(CN, "汕头", "广东", "产业园区（纺织印染）", Q0, district="潮南区", aliases=["潮南印染园区", "潮南印染中心", "印染中心"],
       note="标题作“潮南印染园区”；文中又作“潮南印染中心”“印染中心”"),
 ],
 companies=[
  comp("中信环境(汕头)印染环保综合开发有限公司", CN, Q3, note="PPP项目公司，负责投资经营"),
 ],
 institutions=[
  inst("潮南印染中心管理办公室", Q3, park=CN, note="园区管理机构"),
 ],
 projects=[
  proj("潮南印染中心项目", CN, Q2, status=None, status_text="基本建成", aliases=["潮南区纺织印染环保综合处理中心"],
       note="PPP园区建设项目；“已如期在6月底基本建成”；PPP总投资额29.4亿元为已完成额，不作 investment_cny"),
 ],
 aggregate_facts=[
  fact(CN, "park", "ppp_investment_completed_cny", 2.94e9, "cny", "目前完成PPP总投资额29.4亿元", AS2, kind="cumulative", chk=True),
  fact(CN, "park", "works_completed_share", 0.921, "ratio", "项目主体工程完成总工程量约92.1%", AS2, kind="ratio", qual="约", qtext="约"),
  fact(CN, "park", "standard_plants_built", 10, "count", Q1, AS2, opt=True),
  fact(CN, "park", "firms_entered", 51, "count", "51家自建厂房的企业全部入园建设", AS2, note="自建厂房企业"),
  fact(CN, "park", "firms_installing_equipment", 8, "count", "其中8家企业进场安装设备,3家已安装完毕", AS2, opt=True),
  fact(CN, "park", "firms_equipment_installed", 3, "count", "其中8家企业进场安装设备,3家已安装完毕", AS2, opt=True),
  fact(CN, "park", "planned_land_mu", 3750, "mu", Q2, AS2),
  fact(CN, "park", "land_acquired_mu", 3380, "mu", Q2, AS2, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ps03 潮南印染中心 规划 (纺织网 webtex 2020)
CT = "汕头市潮南区纺织印染环保工业园区(综合处理中心)"
R0 = "汕头市潮南区纺织印染环保工业园区(综合处理中心)规划总面积为250.13公顷,以汕头市产业转移工业园潮南片区为基础"
R1 = "远期通过整合周边用地,拓展至409.79公顷"
R2 = "提出潮南印染中心将以纺织印染为主导产业,朝着经济技术开发区、省产业转移工业园的方向发展"
G["ps03"] = dict(
 article=art("汕头欲靠潮南印染中心打造超1000亿级纺织服装产业集聚群", "中国纺织网 纺织新闻（news.webtex.cn；原发媒体与署名未注明）", "2020-03-27", "day",
  "Textile-industry news portal, Guangdong (汕头 潮南区): a city development-zone master plan's guidance for a textile dyeing park — planned area now and long-term, its base in a provincial industrial-transfer park, target to become an economic development zone, cluster ambition",
  "http://news.webtex.cn/info/info_698418.htm",
  "日期取页面“发表时间:2020-03-27”。标题照录；日期行已删。存段末行“汕头市潮南区纺织印染环保综合处理中心管理办公室”为未完句（断在主语后），整行删去，正文截至“…指明了发展方向。”，共三段。园区：汕头市潮南区纺织印染环保工业园区(综合处理中心)（名称照录，含半角括号；又作“潮南印染中心”“纺织印染环保综合处理中心”）；汕头市产业转移工业园潮南片区为其基础（可选园区）。无项目、无企业。事实：规划总面积250.13公顷；远期拓展至409.79公顷（target）。“超1000亿级纺织服装产业集聚群”为区的产业集群目标（无“元”，不作 _cny，记可选 target）。《汕头市开发区总体规划》列可选机构（文件）不列。",
  "ps03"),
 parks=[
  park(CT, "汕头", "广东", "产业园区（纺织印染）", R0, district="潮南区", aliases=["潮南印染中心", "纺织印染环保综合处理中心"],
       note="文中又作“潮南印染中心”“该区纺织印染环保综合处理中心”；拟向经济技术开发区、省产业转移工业园方向发展"),
  park("汕头市产业转移工业园潮南片区", "汕头", "广东", "产业转移工业园（片区）", R0, district="潮南区", opt=True,
       note="印染园区以此为基础；关系为“以…为基础”，不记母子"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(CT, "park", "planned_area_ha", 250.13, "ha", R0, "2020年（《汕头市开发区总体规划》）"),
  fact(CT, "park", "planned_area_ha", 409.79, "ha", R1, "远期（规划）", kind="target"),
  fact("潮南区", "region", "textile_cluster_scale_target", 1e11, "cny", "也更加坚定该区打造超1000亿级纺织服装产业集聚群的信心和决心", "远期（目标）", kind="target", qual="超", qtext="超", opt=True, note="“1000亿级”，无“元”"),
 ])

# ---------------------------------------------------------------- ps04 揭阳 向海图强 (南方网 2023)
DN = "揭阳大南海石化工业园区"
HL = "惠来临港产业园"
S0 = "这里是位于揭阳大南海石化工业园区的中石油广东石化炼化一体化项目"
S1 = "项目1—9月实现产值653.23亿元"
S2 = "目前,已引进伊斯科碳四碳五、巨正源新材料、裕美涂料、华达通尾气综合利用、凯美特双氧水、星博宇高润滑产品、武汉嘉翎丙烯酸及酯、广州市市政沥青、广东诚泰沥青、广东深展真空镀膜、纳塔腈纶、东粤化学废塑料综合利用等12个产业项目,计划总投资371.86亿元"
S3 = "揭阳正打造惠来临港产业园千亿级产业平台和海上风电万亿级产业链"
S4 = "近年来,揭阳聚焦海洋经济,全力建设揭阳滨海新区“一城两园”"
NAMES = ["伊斯科碳四碳五", "巨正源新材料", "裕美涂料", "华达通尾气综合利用", "凯美特双氧水", "星博宇高润滑产品", "武汉嘉翎丙烯酸及酯",
         "广州市市政沥青", "广东诚泰沥青", "广东深展真空镀膜", "纳塔腈纶", "东粤化学废塑料综合利用"]
G["ps04"] = dict(
 article=art("（无标题）揭阳向海图强：大南海石化工业园区“超级链主”与惠来临港产业园", "南方网（news.southcn.com；存段无标题、无署名、无日期行）", "2023", "year",
  "Provincial news portal's feature, Guangdong (揭阳): a coastal new area's \"one city, two parks\" — a refinery complex in a petrochemical park in production with nine-month output, twelve named downstream projects introduced with their combined planned investment, a port industrial park as a platform",
  "https://news.southcn.com/node_93ac0addf4/5edfd214dc.shtml",
  "存段无标题、无日期行（title 为编者概括）；网址无日期。日期推定：文中“项目1—9月实现产值653.23亿元”“助力揭阳市上半年生产总值增速跃居全省第一”，广东石化2023年投产，推定发表于2023年10—11月，记 2023（year）。小标题两行照录为段。存段末段“借鉴“林下经济”模式,揭阳全面推进”在句中中断，整段删去，正文截至“…海上风电万亿级产业链。”。园区：揭阳大南海石化工业园区（名称照录；惠来县，揭阳，广东）；惠来临港产业园；揭阳滨海新区（“一城两园”之新区，可选）。公司：中石油广东石化公司（在大南海）。项目：中石油广东石化炼化一体化项目（在大南海；“投产以来”→投产；无金额）；“已引进”的12个产业项目逐一列出（园区文中未说→null；“引进”不记状态；合计“计划总投资371.86亿元”为事实，不分摊）。事实：炼化一体化项目1—9月产值653.23亿元（cumulative）；投放市场产品500多万吨（可选）；12个项目、计划总投资371.86亿元（subject 揭阳，region）。",
  "ps04"),
 parks=[
  park(DN, "揭阳", "广东", "石化工业园区", S0, district="惠来县", note="名称照录；所在县据常识（文中未写惠来）"),
  park(HL, "揭阳", "广东", "产业园（临港）", S3, district="惠来县"),
  park("揭阳滨海新区", "揭阳", "广东", "新区", S4, opt=True, note="“一城两园”所在新区"),
 ],
 companies=[
  comp("中石油广东石化公司", DN, "投产以来,中石油广东石化公司紧盯市场需求", note="炼化一体化项目运营方"),
 ],
 institutions=[],
 projects=[
  proj("中石油广东石化炼化一体化项目", DN, S0, companies=["中石油广东石化公司"], status="投产", status_text="投产以来", aliases=["炼化一体化项目"],
       note="“亚洲单体投资最大的化工基地”；无金额"),
 ] + [proj(n, None, S2, note="“已引进”的12个产业项目之一；园区文中未说；合计计划总投资371.86亿元，不分摊") for n in NAMES],
 aggregate_facts=[
  fact("中石油广东石化炼化一体化项目", "project", "output_cny", 6.5323e10, "cny", S1, "2023年1—9月", kind="cumulative", chk=True),
  fact("中石油广东石化炼化一体化项目", "project", "products_supplied_tonnes", 5e6, "t", "截至7月,已投放市场各类产品500多万吨", "截至2023年7月", kind="cumulative", qual="余", qtext="多", opt=True),
  fact("中石油广东石化炼化一体化项目", "project", "production_units", 40, "count", "40套生产装置运行稳定", "2023年", opt=True),
  fact("揭阳", "region", "chain_projects_introduced", 12, "count", S2, "2023年（截至发稿）", kind="cumulative"),
  fact("揭阳", "region", "chain_projects_planned_investment_cny", 3.7186e10, "cny", "等12个产业项目,计划总投资371.86亿元", "2023年（截至发稿）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- ps05 深汕比亚迪汽车工业园二期 (北极星电池网 via mrce 2023)
SS = "深汕特别合作区"
BY = "深汕比亚迪汽车工业园"
T0 = "深汕比亚迪汽车工业园二期项目位于深汕特别合作区小漠镇,计划总投资200亿元,规划用地面积400万平方米,主要生产新能源整车核心零部件,达产后年产值将超2000亿元,可提供3.6万个工作岗位"
T1 = "二期项目于2022年9月正式开工,目前C、D地块正加速建设,C地块工程总进度已超过七成"
AS5 = "2023年8月"
G["ps05"] = dict(
 article=art("总投资200亿元 深汕比亚迪汽车工业园二期预计9月份投产", "北极星电池网（“来源:北极星电池网”），载于 hubei.mrce.com.cn（基金栏转载）", "2023-08-16", "day",
  "Aggregator relaying a battery-industry news site, Guangdong (深汕特别合作区, within 汕尾's former territory, administered by 深圳): a carmaker's industrial park phase 2 — location, planned investment, land, products, expected output and jobs, construction progress by plot, expected start of production",
  "http://hubei.mrce.com.cn/jijin/2023/0816/15409.html",
  "日期取页面“时间:2023-08-16 04:09:53”。标题照录；面包屑、来源时间行、“(资料图片仅供参考)”、页尾“标签:”“X 关闭”已删。正文三段，完整（首段与末段开头重复，原样保留）。园区：深汕特别合作区（深圳市管理，地处汕尾市海丰县西部原四镇；city 记 深圳，note 说明）；深汕比亚迪汽车工业园（在合作区内；只在“深汕比亚迪汽车工业园二期”中出现）。项目：深汕比亚迪汽车工业园二期项目（计划总投资200亿元；2022年9月正式开工，目前加速建设→在建，status_alt 开工；预计9月投产）。比亚迪未以独立公司名出现，不列公司。事实：达产后年产值超2000亿元、岗位3.6万个（target）；规划用地400万平方米；C地块进度超过七成（可选）；宿舍解决1.7万人住宿（可选）。",
  "ps05"),
 parks=[
  park(SS, "深圳", "广东", "特别合作区", T0, district=None, note="深圳市管理；地处汕尾市海丰县西部（原鹅埠等四镇）"),
  park(BY, "深圳", "广东", "汽车工业园（企业园区）", T0, parent=SS, note="只在“深汕比亚迪汽车工业园二期（项目）”中；位于深汕特别合作区"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("深汕比亚迪汽车工业园二期项目", SS, T0, inv="计划总投资200亿元", phase="二期", status="在建", status_text="正式开工…正加速建设",
       status_alt="开工", aliases=["二期项目"], note="2022年9月正式开工；预计2023年9月投产；位于小漠镇"),
 ],
 aggregate_facts=[
  fact("深汕比亚迪汽车工业园二期项目", "project", "expected_annual_output_cny", 2e11, "cny", "达产后年产值将超2000亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("深汕比亚迪汽车工业园二期项目", "project", "expected_jobs", 36000, "count", "可提供3.6万个工作岗位", "达产后（预期）", kind="target"),
  fact("深汕比亚迪汽车工业园二期项目", "project", "planned_land_m2", 4e6, "m2", "规划用地面积400万平方米", AS5),
  fact("深汕比亚迪汽车工业园二期项目", "project", "plot_c_progress_share", 0.7, "ratio", T1, AS5, kind="ratio", qual="超", qtext="超过", opt=True),
  fact("深汕比亚迪汽车工业园二期项目", "project", "dormitory_capacity_persons", 17000, "count", "宿舍楼全部完工后,将解决1.7万人住宿需求", "宿舍全部完工后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ps06 海丰 乡贤考察 (swsm 论坛转帖 2020)
HF = "海丰生态科技城"
V0 = "企业家先后到海龙投资大厦、生态工业园区四期工地、广东德康威尔科技有限公司及海丰县星际动漫科技发展有限公司参观考察"
V1 = "大厦2019年7月正式建成运营,由海丰县海龙投资大厦有限公司负责管理,占地面积8000平方米,建筑面积24938平方米,总投资7800万元"
V2 = "据介绍,海龙投资大厦孵化基地是深圳市龙岗区对口帮扶与海丰县合作共建的项目,也是海丰生态科技城创新创业孵化基地之一"
V3 = "主要定位是海丰生态科技城园区综合服务大楼"
AS6 = "2020年10月底"
G["ps06"] = dict(
 article=art("农业固本,工业立县,把海丰打造成为汕尾工农业发达高地", "汕尾市民网论坛（swsm.net，fang 频道存档页；“美云 发表于 2020-11-3”；原发媒体未注明）", "2020-11-03", "day",
  "Local forum repost of a county news item, Guangdong (汕尾 海丰县): visiting business people at an eco-tech city's incubator building — the building's operator, completion, area and investment, firms entered; a park site and two firms visited",
  "http://fang.swsm.net/archiver/tid-576070.html",
  "日期取帖子“美云 发表于 2020-11-3 10:52:46”（考察在10月29日）。论坛转帖，原发媒体未注明；文字为新闻体，照录。标题照录；发帖行已删。存段末段“海丰生态科技城规划面积1500公顷,…逐步构建形成高端装备”在句中中断，整段删去，正文截至“…已有16家企业入驻。”，共四段。园区：海丰生态科技城（汕尾市海丰县，广东；又作“海丰生态科技城园区”）；“生态工业园区四期工地”中的生态工业园区（可选；与科技城关系文中未说）。项目：海龙投资大厦（孵化基地；深圳市龙岗区对口帮扶与海丰县合作共建；2019年7月建成运营→竣工；总投资7800万元；园区海丰生态科技城——“海丰生态科技城园区综合服务大楼”）。公司：海丰县海龙投资大厦有限公司（管理方，在科技城）；广东德康威尔科技有限公司、海丰县星际动漫科技发展有限公司（考察点，园区未说）。事实：大厦已入驻企业16家、占地8000平方米、建筑面积24938平方米。深圳市龙岗区列可选机构。",
  "ps06"),
 parks=[
  park(HF, "汕尾", "广东", "产业园区（生态科技城）", V2, district="海丰县", note="文中又作“海丰生态科技城园区”"),
  park("生态工业园区", "汕尾", "广东", "工业园区", V0, district="海丰县", opt=True, note="只在“生态工业园区四期工地”中"),
 ],
 companies=[
  comp("海丰县海龙投资大厦有限公司", HF, V1, note="负责管理海龙投资大厦"),
  comp("广东德康威尔科技有限公司", None, V0, note="考察点；园区未说"),
  comp("海丰县星际动漫科技发展有限公司", None, V0, note="考察点；园区未说"),
 ],
 institutions=[
  inst("深圳市龙岗区", V2, note="对口帮扶，合作共建海龙投资大厦孵化基地"),
 ],
 projects=[
  proj("海龙投资大厦", HF, V1, companies=["海丰县海龙投资大厦有限公司"], inv="总投资7800万元", status="竣工", status_text="正式建成运营",
       aliases=["海龙投资大厦孵化基地"], note="2019年7月建成运营；海丰生态科技城园区综合服务大楼"),
 ],
 aggregate_facts=[
  fact("海龙投资大厦", "project", "firms_entered", 16, "count", "截至目前,已有16家企业入驻", AS6, kind="cumulative"),
  fact("海龙投资大厦", "project", "site_area_m2", 8000, "m2", V1, AS6, opt=True),
  fact("海龙投资大厦", "project", "floor_area_m2", 24938, "m2", V1, AS6, opt=True),
 ])
