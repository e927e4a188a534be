# real402 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (mk01–mk03 and mk05 simplified, mk04 traditional, all as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in. Nation-wide totals have subject “全国” (subject_type
# region). Incubators / 众创空间 named without a park are listed as institutions (kind incubator). Everything was read by hand
# from mkNN.txt; sources are `search` (corpus pages) excerpts kept in _raw/pages/mkNN.raw.

# ---------------------------------------------------------------- mk01 中国的科技企业孵化器 (中国科技通讯 2014)
N1 = "全国"
H0 = "截至到2012年末,全国纳入统计的科技企业孵化器达到1239家(其中国家级435家),孵化面积超过4300万平方米,服务和管理人员总数达到2.2万余人,在孵企业超过7万家,创业团队超过143万人"
H1 = "已有近5万家创业企业从孵化器毕业,毕业后上市的企业超过180家"
H2 = "据统计,2012年在孵企业获得专利批准57515项,其中发明专利14981项"
AS1 = "2012年末"
G["mk01"] = dict(
 article=art("中国的科技企业孵化器", "《中国科技通讯》(NEWSLETTER) NO.22-23 专刊“中国的科技企业孵化器”，载于中国常驻联合国代表团网站 un.china-mission.gov.cn（存段无署名）", "2014-01-30", "day",
  "Government science newsletter on a mission website, national: the opening of a special issue on China's technology business incubators — national counts of incubators (national-level among them), incubation floor space, staff, incubated firms, startup teams, graduated and later-listed firms, patents of incubated firms",
  "http://un.china-mission.gov.cn/zgylhg/jsyfz/kjcfz/201401/t20140130_8357827.htm",
  "日期取页面“2014-01-30 04:43”。标题取专刊首篇题“中国的科技企业孵化器”；导航、刊名行、期号“NO.22-23”与目录（武汉东湖新技术创业中心、西安高新区创业园、上海的科技企业孵化器、杨浦科技创业中心、清华创业园——均为专刊后续篇目的题目，正文存段未涉及）已删。存段在第四段末“孵”字处中断，该残字已删（make_txt.py LINE_SUFFIX），正文截至“…超过40%。”，共四段（含小标题一行）。全文只有全国数字，无园区、无企业；目录中的孵化器名称不在正文中，不列。“科技部”列可选机构。",
  "mk01"),
 parks=[],
 companies=[],
 institutions=[
  inst("科技部", "在党中央国务院的关注、科技部的指导以及地方政府的有力支持下", note="科学技术部（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(N1, "region", "incubators", 1239, "count", H0, AS1, kind="cumulative", note="纳入统计的科技企业孵化器"),
  fact(N1, "region", "national_level_incubators", 435, "count", H0, AS1, kind="cumulative"),
  fact(N1, "region", "incubation_area_m2", 4.3e7, "m2", H0, AS1, kind="cumulative", qual="超", qtext="超过"),
  fact(N1, "region", "incubator_staff", 22000, "persons", H0, AS1, kind="cumulative", qual="余", qtext="余", opt=True, note="服务和管理人员"),
  fact(N1, "region", "incubated_firms", 70000, "count", H0, AS1, kind="cumulative", qual="超", qtext="超过"),
  fact(N1, "region", "startup_team_members", 1430000, "persons", H0, AS1, kind="cumulative", qual="超", qtext="超过", opt=True, note="“创业团队超过143万人”"),
  fact(N1, "region", "graduated_firms", 50000, "count", H1, AS1, kind="cumulative", qual="约", qtext="近", note="累计从孵化器毕业"),
  fact(N1, "region", "graduated_firms_listed", 180, "count", H1, AS1, kind="cumulative", qual="超", qtext="超过"),
  fact(N1, "region", "startups_in_incubators_share", 0.95, "ratio", "全国超过95%的科技创业企业在孵化器发展聚集", AS1, kind="ratio", qual="超", qtext="超过", opt=True),
  fact(N1, "region", "incubated_firms_patents_granted", 57515, "count", H2, "2012年", opt=True),
  fact(N1, "region", "incubated_firms_invention_patents_granted", 14981, "count", H2, "2012年", opt=True),
 ])

# ---------------------------------------------------------------- mk02 全国众创空间65.8%由民企建立 (科技金融时报 2017)
K0 = "从对全国4298家众创空间的统计调研结果看"
K1 = "据统计,全国的众创空间中,当年服务的创业团队和创业企业27.4万个,吸纳就业99.4万人,其中应届大学生30.4万人"
K2 = "众创空间帮助1.5万个服务的团队和企业获得了投资,投资总额约539.6亿元,其中民间社会资本投资444.6亿元,众创空间自身投资创业企业也达到了78.8亿元"
K3 = "具体而言,在全国4298家众创空间中,有808家获得了社会资本的投资"
K4 = "仅以北京为例,包括氪空间、创新工场、纳什空间、因果树、优客工场等众创空间在内,累计获得了55亿元的创业投资"
K5 = "比如,上海众创空间苏河汇在2015年11月登陆了新三板市场,成为国内首家登陆资本市场的众创空间"
AS2 = "统计调研时（2016年，发布于2017年2月）"
G["mk02"] = dict(
 article=art("瞄准创业早期难题 促进投资孵化融合 全国众创空间65.8%由民企建立", "科技金融时报（浙江，kjb.zjol.com.cn 数字报 00001版“一版要闻”；本报讯，无署名）", "2017-02-28", "day",
  "Science-and-finance weekly's front page, national: a ministry press conference on makerspaces (众创空间) — number surveyed, teams and firms served, jobs, share built by private firms, investment received (total, private, the spaces' own), spaces that drew outside capital, Beijing spaces named with their venture money, a Shanghai space listed on the NEEQ",
  "http://kjb.zjol.com.cn/html/2017-02/28/content_2579224.htm?div=-1",
  "日期取网址 2017-02/28（版面日期；文中“日前”举行发布会）。标题由引题“瞄准创业早期难题 促进投资孵化融合”与主题“全国众创空间65.8%由民企建立”以空格连写；报名行与版次行已删。存段末句“此后,北京、上海、安徽、杭州等多地十多家众创空间也陆续在新三”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…成为国内首家登陆资本市场的众创空间。”，共六段。全文为全国数字，无园区。机构：科技部、科技部火炬高科技产业开发中心。众创空间：北京氪空间、创新工场、纳什空间、因果树、优客工场（合计“累计获得了55亿元的创业投资”，不分摊）与上海苏河汇（2015年11月登陆新三板），列为机构（kind incubator；文中未说所在园区）。统计口径年份文中未明说（“当年”），as_of 记统计调研时。",
  "mk02"),
 parks=[],
 companies=[],
 institutions=[
  inst("科技部", "在科技部日前举行的新闻发布会上", note="科学技术部（文中简称）"),
  inst("科技部火炬高科技产业开发中心", "科技部火炬高科技产业开发中心主任张志宏表示", opt=False),
  inst("氪空间", K4, kind="incubator", opt=False, note="北京众创空间"),
  inst("创新工场", K4, kind="incubator", opt=False, note="北京众创空间"),
  inst("纳什空间", K4, kind="incubator", opt=False, note="北京众创空间"),
  inst("因果树", K4, kind="incubator", opt=False, note="北京众创空间"),
  inst("优客工场", K4, kind="incubator", opt=False, note="北京众创空间"),
  inst("苏河汇", K5, kind="incubator", opt=False, note="上海众创空间；2015年11月登陆新三板，国内首家登陆资本市场的众创空间"),
 ],
 projects=[],
 aggregate_facts=[
  fact("全国", "region", "makerspaces_surveyed", 4298, "count", K0, AS2, kind="cumulative", note="纳入统计调研的众创空间"),
  fact("全国", "region", "makerspace_teams_and_firms_served", 274000, "count", K1, AS2, note="“当年服务的创业团队和创业企业27.4万个”"),
  fact("全国", "region", "makerspace_jobs", 994000, "persons", K1, AS2, note="吸纳就业"),
  fact("全国", "region", "makerspace_jobs_new_graduates", 304000, "persons", K1, AS2, opt=True, note="其中应届大学生"),
  fact("全国", "region", "makerspaces_private_share", 0.658, "ratio", "民营企业建立的众创空间占到总数的65.8%", AS2, kind="ratio"),
  fact("全国", "region", "makerspace_teams_invested", 15000, "count", K2, AS2, note="获得投资的团队和企业"),
  fact("全国", "region", "makerspace_investment_received_cny", 5.396e10, "cny", "投资总额约539.6亿元,其中民间社会资本投资444.6亿元", AS2, qual="约", qtext="约", chk=True),
  fact("全国", "region", "makerspace_private_investment_cny", 4.446e10, "cny", "其中民间社会资本投资444.6亿元", AS2, chk=True),
  fact("全国", "region", "makerspace_own_investment_cny", 7.88e9, "cny", "众创空间自身投资创业企业也达到了78.8亿元", AS2, chk=True),
  fact("全国", "region", "makerspaces_with_outside_capital", 808, "count", K3, AS2, note="获得社会资本投资的众创空间"),
  fact("北京", "region", "makerspace_venture_investment_cny", 5.5e9, "cny", "累计获得了55亿元的创业投资", AS2, kind="cumulative", chk=True,
       note="氪空间、创新工场、纳什空间、因果树、优客工场等北京众创空间合计"),
 ])

# ---------------------------------------------------------------- mk03 中国创业孵化发展报告2019 (中国新闻网 2019)
R0 = "数据显示,截至2018年底,中国创业孵化机构总数11808家,其中,科技企业孵化器为4849家,同比增加19.2%"
R1 = "截至2018年底,中国创业孵化机构总数达到11808家,其中,科技企业孵化器4849家,同比增加19.2%;众创空间共计6959家,同比增长21.3%;中国在孵企业和团队62万家,其中,科技企业孵化器在孵科技型中小企业20.6万家,同比增长17.7%"
R2 = "其中,2018年,长三角共有空间和孵化器2601家,占中国总数的22%,是中国创业孵化载体最集中的区域"
R3 = "截至2018年,港澳地区共有2家国家级创业孵化机构,分别位于香港的国家级科技企业孵化器——香港科技公司,以及位于澳门的国家备案众创空间——澳门青年创业孵化中心"
AS3 = "2018年底"
G["mk03"] = dict(
 article=art("科技引领、双创升级 中国创业孵化发展报告出炉 全国创业孵化机构数达11808家", "中国新闻网（载于 focus.3news.cn 行业新闻栏；存段无署名）", "2019-06-14", "day",
  "National news agency site relayed by a portal: the torch centre's 2019 report on business incubation — national counts of incubation bodies, incubators and makerspaces with growth, incubated firms and teams, the Yangtze Delta's count and share, two national-level incubation bodies in Hong Kong and Macao",
  "http://focus.3news.cn/hyxw/2019/0614/345624.html",
  "日期取页面“发布时间:2019-06-14 09:30:37”（文中“13日”为论坛日）。标题照录；“来源:中国新闻网 发布时间…”行已删。存段末段“科学技术部副部长…随着中国经济进入高质量发展的新阶段,创新”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…澳门青年创业孵化中心。”，共五段。全文为全国数字，无园区。机构：科技部火炬中心（发布报告）；香港科技公司（文中称香港的国家级科技企业孵化器，名称照录）、澳门青年创业孵化中心（国家备案众创空间），列为机构（kind incubator）。“京津翼”照录（原文如此）。事实：全国创业孵化机构11808家、孵化器4849家（+19.2%）、众创空间6959家（+21.3%）、在孵企业和团队62万家、孵化器在孵科技型中小企业20.6万家（+17.7%）；长三角2601家、占22%；港澳2家国家级创业孵化机构。",
  "mk03"),
 parks=[],
 companies=[],
 institutions=[
  inst("科技部火炬中心", "现场,科技部火炬中心正式发布《中国创业孵化发展报告2019》", opt=False),
  inst("香港科技公司", R3, kind="incubator", opt=False, note="香港的国家级科技企业孵化器（名称照录）"),
  inst("澳门青年创业孵化中心", R3, kind="incubator", opt=False, note="澳门的国家备案众创空间"),
 ],
 projects=[],
 aggregate_facts=[
  fact("全国", "region", "incubation_bodies", 11808, "count", R0, AS3, kind="cumulative", note="创业孵化机构（孵化器＋众创空间）"),
  fact("全国", "region", "incubators", 4849, "count", R0, AS3, kind="cumulative"),
  fact("全国", "region", "incubators_yoy_growth", 0.192, "ratio", R0, AS3, kind="ratio"),
  fact("全国", "region", "makerspaces", 6959, "count", R1, AS3, kind="cumulative"),
  fact("全国", "region", "makerspaces_yoy_growth", 0.213, "ratio", R1, AS3, kind="ratio"),
  fact("全国", "region", "incubated_firms_and_teams", 620000, "count", R1, AS3, kind="cumulative"),
  fact("全国", "region", "incubated_tech_smes", 206000, "count", R1, AS3, kind="cumulative", note="科技企业孵化器在孵科技型中小企业"),
  fact("全国", "region", "incubated_tech_smes_yoy_growth", 0.177, "ratio", R1, AS3, kind="ratio", opt=True),
  fact("长三角", "region", "incubation_bodies", 2601, "count", R2, "2018年", note="“空间和孵化器”"),
  fact("长三角", "region", "incubation_bodies_national_share", 0.22, "ratio", R2, "2018年", kind="ratio"),
  fact("港澳地区", "region", "national_level_incubation_bodies", 2, "count", R3, "2018年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- mk04 科大硅谷高新孵化園 (香港商報網 2023, traditional)
HF = "合肥高新區"
KD = "科大硅谷高新孵化園"
S0 = "11月28日,記者從合肥高新區管委會直屬企業合肥高新股份有限公司獲悉,科大硅谷高新孵化園一期建設正酣,項目二期近日完成施工單位招標,即將開工"
S1 = "科大硅谷高新孵化園作為「科大硅谷」先期規劃的「一核兩園一鎮」中的高新園,總投資約55.3億元,總佔地面積約276畝,總建築面積約62.41萬平方米"
S2 = "項目一期自2023年7月開工以來,建設單位合肥高新股份有限公司緊抓安全生產與施工進度"
S3 = "據了解,科大硅谷高新孵化園二期已完成施工單位招標,計劃今年底前開工,工程總佔地面積約125畝,總建築面積約28萬平方米"
S4 = "1-10月,合肥高新區已開工項目58個,同比增長43.5%"
G["mk04"] = dict(
 article=art("科大硅谷高新孵化園:一期建設正酣 二期即將開建", "香港商報網（香港商报官网 hkcd.com，安徽“特别报道”栏；存段无署名）", "2023-11-28", "day",
  "Hong Kong paper's website (traditional script as published), Anhui channel: an incubation park of a national high-tech zone — total investment, land and floor space, phase 1 under construction since July, phase 2 tendered and to start by year-end, the zone's projects started in January–October",
  "https://hkcd.com/content_p/2023-11/28/content_163362.html",
  "日期取页面“2023-11-28”。标题照录；栏目路径、日期行、“来源:香港商報網”、图片文件名“ahbb1128at-2.png”与图注“科大硅谷高新孵化園效果圖”已删。存段末句“當前,合肥高新區正以時不我待、全力以赴的精神狀態,把握四季度黃”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…同比增長43.5%。”，共六段。正文为繁体，照录，未转换。园区：合肥高新區（合肥市，安徽；国家级高新区，文中未说级别，kind 记“高新区”）。科大硅谷高新孵化園为建设中的孵化园，作项目（园区合肥高新區，总投资“約55.3億元”→约），另列为可选园区（parent 合肥高新區）；一期（2023年7月开工，在建）与二期（已招标，计划年底前开工→planned）分列为项目，无单项金额。“科大硅谷”为区域品牌，“中國聲谷”只在“將與中國聲谷連片發展”中出现，均不列园区。公司：合肥高新股份有限公司（管委会直属企业，一期建设单位）。事实：孵化园占地约276畝、建筑面积约62.41萬平方米，二期约125畝、约28萬平方米；合肥高新區1-10月已开工项目58个，同比增长43.5%（cumulative）。",
  "mk04"),
 parks=[
  park(HF, "合肥", "安徽", "高新区", S0, note="文中又作“合肥高新區管委會”"),
  park(KD, "合肥", "安徽", "孵化园", S1, parent=HF, opt=True, note="建设中的孵化园（一期在建、二期待开工）；另列为项目"),
 ],
 companies=[
  comp("合肥高新股份有限公司", HF, S0, note="合肥高新區管委會直屬企業；一期建设单位"),
 ],
 institutions=[
  inst("合肥高新區管委會", S0, park=HF),
 ],
 projects=[
  proj(KD, HF, S1, inv="總投資約55.3億元", qual="约", qual_text="約", status="在建", status_text="一期建設正酣",
       note="全项目；一期在建，二期计划年底前开工"),
  proj("科大硅谷高新孵化園一期", HF, S2, companies=["合肥高新股份有限公司"], phase="一期", status="在建", status_text="自2023年7月開工以來",
       status_alt="开工", note="2023年7月开工；已进入结构施工阶段"),
  proj("科大硅谷高新孵化園二期", HF, S3, phase="二期", status="planned", status_text="計劃今年底前開工", note="已完成施工单位招标"),
 ],
 aggregate_facts=[
  fact(KD, "park", "land_area_mu", 276, "mu", S1, "2023年11月（规划）", qual="约", qtext="約"),
  fact(KD, "park", "floor_area_m2", 624100, "m2", S1, "2023年11月（规划）", qual="约", qtext="約"),
  fact("科大硅谷高新孵化園二期", "project", "land_area_mu", 125, "mu", S3, "2023年11月（规划）", qual="约", qtext="約", opt=True),
  fact("科大硅谷高新孵化園二期", "project", "floor_area_m2", 280000, "m2", S3, "2023年11月（规划）", qual="约", qtext="約", opt=True),
  fact(HF, "park", "projects_started", 58, "count", S4, "2023年1–10月", kind="cumulative"),
  fact(HF, "park", "projects_started_yoy_growth", 0.435, "ratio", S4, "2023年1–10月", kind="ratio"),
 ])

# ---------------------------------------------------------------- mk05 科里科气1986产业园 (蜀山 2025)
KL = "科里科气1986产业园"
T0 = "如今,该所因发展需要整体搬迁,而这处旧址将以“科里科气1986产业园”之名重生"
T1 = "2月20日,由蜀山科创集团与弘毅投资集团合资成立的合肥徽弘创展科创服务有限公司(以下简称“徽弘创展”)正式启动“科里科气1986产业园”提升改造项目"
T2 = "据悉,项目位于淠河路与西一环交口西北角,占地95亩,总建筑面积4.42万平方米"
T3 = "仪式现场,徽弘创展还与生态合作伙伴电管家集团有限公司、安徽鼎容机电设备工程有限公司签约,将运用其新技术同步部署光伏发电、智慧电网及冷热联供系统"
G["mk05"] = dict(
 article=art("（无标题）“科里科气1986产业园”提升改造项目启动", "shushannews.cn（合肥市蜀山区新闻网站，“今日蜀山·经济新闻”栏；存段无标题、无署名）", "2025-03-03", "day",
  "District news site, Anhui: a research institute's old campus turned into a tech park billed as an accelerator — the joint venture that runs it and its two parents, the renovation started on 20 February, land and floor space, two partner firms signed for energy systems",
  "https://shushannews.cn/jrss/jjxw/202503/t20250303_8291416.html",
  "日期取网址 202503/t20250303（文中“2月20日”为启动日）。存段无标题、无日期行（title 为编者概括）；正文完整，共八段（含小标题“空间重塑,科创浓度始终如一”一行）。园区：科里科气1986产业园（合肥市蜀山区，安徽；中国电科38所旧址，文中称将成为科创“加速器”）。公司：合肥徽弘创展科创服务有限公司（简称“徽弘创展”，运营方）；蜀山科创集团（文中又作“区科创集团”）与弘毅投资集团为合资双方；电管家集团有限公司、安徽鼎容机电设备工程有限公司为签约合作伙伴（园区内部署能源系统，非入驻企业，可选）。机构：中国电科38所（旧址原单位，已整体搬迁）、中科院设计院（牵头改造）、弘毅科创赋能中心（可选）。项目：“科里科气1986产业园”提升改造项目，2月20日“正式启动”→开工（无金额）。事实：占地95亩、总建筑面积4.42万平方米。淠河路人物数字与园区无关，不计。",
  "mk05"),
 parks=[
  park(KL, "合肥", "安徽", "产业园", T0, district="蜀山区", note="中国电科38所旧址；文中称科创“加速器”"),
 ],
 companies=[
  comp("合肥徽弘创展科创服务有限公司", KL, T1, aliases=["徽弘创展"], note="蜀山科创集团与弘毅投资集团合资成立；园区运营方"),
  comp("蜀山科创集团", KL, T1, aliases=["区科创集团"], note="合资方（区属）；园区位置由语境推定"),
  comp("弘毅投资集团", KL, T1, opt=True, note="合资方"),
  comp("电管家集团有限公司", KL, T3, opt=True, note="生态合作伙伴，签约部署能源系统"),
  comp("安徽鼎容机电设备工程有限公司", KL, T3, opt=True, note="生态合作伙伴，签约部署能源系统"),
 ],
 institutions=[
  inst("中国电科38所", "其中,创造中国雷达史上诸多第一的中国电科38所也坐落于此", kind="research_institute", note="旧址原单位，已整体搬迁"),
  inst("中科院设计院", "“改造工程由中科院设计院牵头实施,在保留工业历史风貌的同时,植入共享实验室、中试基地等科创功能模块。”", kind="design_institute"),
  inst("弘毅科创赋能中心", "弘毅科创赋能中心联席总经理、徽弘创展总经理乔伟介绍", kind="enterprise"),
 ],
 projects=[
  proj("“科里科气1986产业园”提升改造项目", KL, T1, companies=["合肥徽弘创展科创服务有限公司"], status="开工", status_text="正式启动",
       note="2025年2月20日启动；无金额"),
 ],
 aggregate_facts=[
  fact(KL, "park", "land_area_mu", 95, "mu", T2, "2025年2月"),
  fact(KL, "park", "floor_area_m2", 44200, "m2", T2, "2025年2月"),
 ])
