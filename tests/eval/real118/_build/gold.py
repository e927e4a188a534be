# real118 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text (a zone written only “经开区” gets its full name with “经开区” as alias, as real63 yg04); 逾/超过/超/以上/突破 → 超,
# 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of
# the evidence; chk=True asserts it); “50多亿元”-type amounts are not turned into numbers. Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county / district / city is not a park). Status from
# the text's words (开工 / 集中开工 / 开工建设 → 开工; 竣工 → 竣工; 投产 → 投产; 签约 → 签约; 正在调试 / 主体基本完成 → 在建;
# 引进 alone → no status). “预计” year figures are kind target with “（预计）” in as_of; year-to-date counts (“截至目前”,
# “今年以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yjNN.raw as returned.

# ---------------------------------------------------------------- yj01 岳阳经开区 第二批重点项目集中开工 (岳阳日报 2018)
YY = "岳阳经济技术开发区"
A0 = "岳阳日报全媒体讯(记者 张冰明)8月22日,经开区举行2018年度第二批重点项目集中开工仪式"
A1 = "10个重大产业项目集中开工,总投资约80亿元"
A2 = "该区继去年数博环球、海济生物、华邦建设、华润燃气、百利科技、邮储银行、红星美凯龙等7个重大产业项目开工建设以来"
A3 = "今年4月8日,又有投资20亿元的东方雨虹项目开工建设"
A4 = "7月21日,有海王生物、威尔重工、新奥泛能、金汇龙、湘北盐业、蒙瑞龙等6个投资50多亿元的重大产业项目集中开工"
A5 = "当天集中开工的项目分别是东龙科技、龙森源、鸿博鑫、赫尔拜斯泵业、中樱汽配、保利光电、创宇机电、金寿印务、老铺黄金、晶朗光电"
AS1 = "2018年8月22日（集中开工）"
G["yj01"] = dict(
 article=art("经开区今年第二批重点项目集中开工 涉及项目10个,总投资80亿元", "岳阳日报（记者 张冰明），载于岳阳网 803.com.cn", "2018-08-23", "day",
  "City daily on its news portal, Hunan: a national-level economic development zone's second batch of project starts in 2018 — ten named projects started, with the year's earlier starts (one with its investment) and last year's",
  "http://www.803.com.cn/Finance/content/201808/23/c131215.html",
  "日期取页面“发布时间:2018年08月23日”（开工仪式8月22日）。标题行与页面副题“涉及项目10个,总投资80亿元”合为一行（make_txt.py 元组标题）；栏目路径、作者来源行、重复的标题行与“相关阅读”已删。正文三段，完整。园区：文中只作“经开区”“该区”“园区”（岳阳市的经济技术开发区，即岳阳经济技术开发区；全称文中未出现，name 用全称、alias 记“经开区”，同 real63 yg04——判断点）。项目：当天集中开工的10个（东龙科技…晶朗光电，以企业简称作项目名）→开工；4月8日开工的东方雨虹项目（投资20亿元）；7月21日集中开工的海王生物等6个（合计“50多亿元”，非“数字+亿元”，不作金额）；去年开工的数博环球等7个（可选，背景）。全部 park 记岳阳经济技术开发区。无单项企业全称，公司不另列。事实：本次开工10个、总投资约80亿元（标题作“总投资80亿元”无“约”，以正文为准）；7月21日6个。",
  "yj01"),
 parks=[
  park(YY, "岳阳", "湖南", "经济技术开发区", A0, aliases=["经开区"], note="文中只作“经开区”“该区”；全称不在文中"),
 ],
 projects=[
  *[proj(n, YY, A5, status="开工", status_text="集中开工", note="2018年8月22日集中开工；以企业简称作项目名")
    for n in ["东龙科技", "龙森源", "鸿博鑫", "赫尔拜斯泵业", "中樱汽配", "保利光电", "创宇机电", "金寿印务", "老铺黄金", "晶朗光电"]],
  proj("东方雨虹项目", YY, A3, inv="投资20亿元", status="开工", status_text="开工建设", note="2018年4月8日开工"),
  *[proj(n, YY, A4, status="开工", status_text="集中开工", note="2018年7月21日集中开工；6个合计“50多亿元”")
    for n in ["海王生物", "威尔重工", "新奥泛能", "金汇龙", "湘北盐业", "蒙瑞龙"]],
  *[proj(n, YY, A2, status="开工", status_text="开工建设", opt=True, note="2017年开工（背景）")
    for n in ["数博环球", "海济生物", "华邦建设", "华润燃气", "百利科技", "邮储银行", "红星美凯龙"]],
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_started", 10, "count", A1, AS1),
  fact(YY, "park", "projects_started_investment_cny", 8e9, "cny", A1, AS1, qual="约", qtext="约", chk=True),
  fact(YY, "park", "projects_started", 6, "count", A4, "2018年7月21日（集中开工）", opt=True, note="合计投资“50多亿元”不作数值"),
  fact(YY, "park", "projects_started", 7, "count", A2, "2017年", opt=True),
 ])

# ---------------------------------------------------------------- yj02 湘潭高新区二季度集中开竣工、投产 (红网湘潭站 2023)
XG = "湘潭高新区"
B0 = "湘潭高新区2023年二季度重点产业项目集中开工、竣工、投产仪式举行,共有17个项目开竣工、投产,总用地规模1554亩,总投资规模65.2亿元,全面建成达产后,预计年税收贡献可达约5亿元"
B1 = "2023年,湘潭高新区已铺排重大建设项目102个,比去年多34个,涉及项目总投资777.28亿元,年度计划投资152.56亿元,其中列入市重点的项目有48个"
B2 = "集中开工项目有湘潭万洋众创城等9个项目;集中竣工项目有建湘总部暨先进钢材智能化生产基地等5个项目;集中投产项目有湘潭新恒兴智能电力设备研发生产基地项目等3个项目"
B3 = "湖南(湘潭)万洋众创城总投资预计约30亿元,总规划用地1000亩,其中一期投资10亿元、规划用地面积约300亩、总建筑面积约12万㎡"
AS2 = "2023年4月18日（集中开竣工、投产）"
G["yj02"] = dict(
 article=art("湘潭高新区二季度重点产业项目集中开竣工、投产仪式举行 刘志仁宣布项目开工", "红网湘潭站（记者 凌雨晴 通讯员 彭舒），xt.rednet.cn", "2023-04-18", "day",
  "Provincial portal's city channel, Hunan: a national high-tech zone's quarterly ceremony for projects started, completed and put into production — counts and totals, the year's project plan, one named project per stage, the largest project's investment and area",
  "https://xt.rednet.cn/content/646748/52/12572076.html",
  "日期取页面“2023-04-18 10:55:52”。标题照录；“当前位置:”、来源作者行、图片文件名与图注、文末来源/作者/编辑/声明/链接行已删。正文四段，完整。园区：湘潭高新区（湘潭市，湖南；文中只作“湘潭高新区”）。“两新三电”智慧型特色产业园区是万洋众创城的定位，不另列园区。项目：湘潭万洋众创城（开工；下文全称“湖南(湘潭)万洋众创城”作别名；总投资预计约30亿元→约；一期投资10亿元为事实）；建湘总部暨先进钢材智能化生产基地（竣工）；湘潭新恒兴智能电力设备研发生产基地项目（投产）。万洋集团（轮值总裁出席）为可选公司。事实：17个项目开竣工投产、用地1554亩、总投资65.2亿元、预计年税收约5亿元（target）；开工9、竣工5、投产3；2023年铺排重大建设项目102个、总投资777.28亿元、年度计划投资152.56亿元（target）、列入市重点48个（可选；其“年度计划投资102亿”无“元”，不计）。",
  "yj02"),
 parks=[
  park(XG, "湘潭", "湖南", "高新区", B0),
 ],
 companies=[
  comp("万洋集团", XG, "万洋集团轮值总裁王小粉,市领导吴志雄、刘新华等出席仪式", opt=True, note="万洋众创城开发方（由名称推定）；只见于出席名单"),
 ],
 projects=[
  proj("湘潭万洋众创城", XG, B3, aliases=["湖南(湘潭)万洋众创城"], companies=["万洋集团"], inv="总投资预计约30亿元", qual="约", qual_text="约",
       status="开工", status_text="集中开工", note="状态据“集中开工项目有湘潭万洋众创城等9个项目”；一期投资10亿元"),
  proj("建湘总部暨先进钢材智能化生产基地", XG, B2, status="竣工", status_text="集中竣工"),
  proj("湘潭新恒兴智能电力设备研发生产基地项目", XG, B2, status="投产", status_text="集中投产"),
 ],
 aggregate_facts=[
  fact(XG, "park", "projects_started_or_completed", 17, "count", B0, AS2, note="开工、竣工、投产合计"),
  fact(XG, "park", "started_completed_projects_investment_cny", 6.52e9, "cny", "总投资规模65.2亿元,全面建成达产后,预计年税收贡献可达约5亿元", AS2, chk=True),
  fact(XG, "park", "site_area_mu", 1554, "mu", B0, AS2, opt=True, note="17个项目总用地"),
  fact(XG, "park", "expected_annual_tax_cny", 5e8, "cny", "预计年税收贡献可达约5亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True, note="17个项目达产后"),
  fact(XG, "park", "projects_started", 9, "count", B2, AS2),
  fact(XG, "park", "projects_completed", 5, "count", B2, AS2),
  fact(XG, "park", "projects_in_production", 3, "count", B2, AS2),
  fact(XG, "park", "key_projects", 102, "count", B1, "2023年"),
  fact(XG, "park", "key_projects_total_investment_cny", 7.7728e10, "cny", "涉及项目总投资777.28亿元,年度计划投资152.56亿元", "2023年", chk=True),
  fact(XG, "park", "planned_annual_investment_cny", 1.5256e10, "cny", "年度计划投资152.56亿元", "2023年（计划）", kind="target", chk=True),
  fact(XG, "park", "city_key_projects", 48, "count", B1, "2023年", opt=True),
  fact("湘潭万洋众创城", "project", "phase1_investment_cny", 1e9, "cny", "其中一期投资10亿元", "规划", kind="target", opt=True, chk=True),
  fact("湘潭万洋众创城", "project", "site_area_mu", 1000, "mu", B3, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yj03 湘潭经开区10个重大产业项目竣工投产 (cnrepark 2020)
XJ = "湘潭经开区"
C0 = "12月25日,湘潭经开区10个重大产业项目集中竣工、投产,总投资21.13亿元"
C1 = "竣工项目4个,分别为宏大真空二期项目、永达项目、南方建材项目和华研实验室项目"
C2 = "投产项目6个,分别为华亚机械项目、宏协汽车项目、中路华程项目、大道包装项目、铁工实业项目以及常尚实业项目"
C3 = "湘潭宏大真空技术股份有限公司董事长黄国新说,二期项目达产后,预计实现产值10亿元,带动相关行业实现新增产值20亿元以上"
AS3 = "2020年12月25日（集中竣工、投产）"
G["yj03"] = dict(
 article=art("【湘潭市】湘潭经开区10个重大产业项目竣工投产", "工业园网 cnrepark.com（用户上传，原出处未注明）", "2020-12-29", "day",
  "Industrial-park portal (user-uploaded item, original outlet not named), Hunan: a national-level economic development zone's ten projects completed or put into production — named projects by stage, one firm's expected output",
  "https://cnrepark.com/news/detail/210021.html",
  "日期取页面“2020 12/29 11:52”（竣工投产在12月25日）。标题照录（含门户地区标签“【湘潭市】”）；栏目字“新闻”、日期行、免责声明与举报行、“相关阅读”已删。正文四段，完整。园区：湘潭经开区（湘潭经济技术开发区，湘潭市，湖南；文中只作“湘潭经开区”“经开区”）。项目：竣工4个（宏大真空二期项目、永达项目、南方建材项目、华研实验室项目）→竣工；投产6个（华亚机械项目…常尚实业项目）→投产。公司：湘潭宏大真空技术股份有限公司（宏大真空二期项目业主）。事实：10个项目、总投资21.13亿元；竣工4、投产6；其中5个当年开工当年投产（可选）；宏大真空二期达产后预计产值10亿元（target，公司为主体）。",
  "yj03"),
 parks=[
  park(XJ, "湘潭", "湖南", "经济技术开发区", C0, aliases=["经开区"], note="文中又作“经开区”"),
 ],
 companies=[
  comp("湘潭宏大真空技术股份有限公司", XJ, C3, note="宏大真空二期项目业主"),
 ],
 projects=[
  proj("宏大真空二期项目", XJ, C1, companies=["湘潭宏大真空技术股份有限公司"], phase="二期", status="竣工", status_text="竣工"),
  *[proj(n, XJ, C1, status="竣工", status_text="竣工") for n in ["永达项目", "南方建材项目", "华研实验室项目"]],
  *[proj(n, XJ, C2, status="投产", status_text="投产") for n in ["华亚机械项目", "宏协汽车项目", "中路华程项目", "大道包装项目", "铁工实业项目", "常尚实业项目"]],
 ],
 aggregate_facts=[
  fact(XJ, "park", "projects_completed_or_in_production", 10, "count", C0, AS3),
  fact(XJ, "park", "completed_projects_investment_cny", 2.113e9, "cny", C0, AS3, chk=True, note="10个竣工、投产项目总投资"),
  fact(XJ, "park", "projects_completed", 4, "count", C1, AS3),
  fact(XJ, "park", "projects_in_production", 6, "count", C2, AS3),
  fact(XJ, "park", "projects_started_and_in_production_same_year", 5, "count", "其中南方建材、永达等5个项目实现今年开工、今年投产", "2020年", opt=True),
  fact("湘潭宏大真空技术股份有限公司", "company", "expected_annual_output_cny", 1e9, "cny", C3, "二期达产后（预计）", kind="target", chk=True, note="二期项目达产后"),
 ])

# ---------------------------------------------------------------- yj04 长沙高新区11个重大产业项目集中开工 (麓谷建发 2018)
CG = "长沙高新区"
D0 = "2018年9月21日,桑德集团长沙新能源智能汽车产业园项目现场,人声鼎沸、机器轰鸣,长沙高新区11个重大产业项目集中开工动员仪式隆重举行"
D1 = "本次集中开工的桑德汽车、三诺、益丰、东方红装配、贝士德、尤艾科、健康产业园、万为、中谷科技、华顺、西格玛11个项目,总投资142.1亿元,达产后年产值超600亿元"
D2 = "截至目前,今年共签约落户项目49个,总投资661.9亿元"
D3 = "麓谷建发公司承担了中兴通讯长沙产业基地、博翔碳纤维、中国电科等重大产业项目的建设"
D4 = "目前中兴通讯长沙产业基地一期已经建成并交付使用;二期部分厂房装修已完成,正在进行生产设备安装"
D5 = "博翔碳纤维基地项目已经基本建成,计划9月底交付使用"
AS4 = "2018年9月21日（集中开工）"
G["yj04"] = dict(
 article=art("麓谷建发助力高新区重点产业项目建设", "麓谷建发（长沙高新区国有平台公司官网 lgfzgroup.com；通讯员 黎晓曦）", "2018-09-21", "day",
  "Company news on a zone development firm's website, Hunan: a national high-tech zone's groundbreaking of eleven named projects with total investment and expected output, the year's signings to date, and the firm's own construction projects by stage",
  "http://www.lgfzgroup.com/news/show/1565.html",
  "日期取页面“发布时间:2018-09-21 16:03:59 来源:麓谷建发”。标题照录；站点导航、发布时间行、图片名与图注、标签行已删。正文三段，完整（末有“(通讯员 黎晓曦)”）。园区：长沙高新区（长沙高新技术产业开发区，长沙市，湖南；文中作“长沙高新区”，标题作“高新区”）。项目：集中开工11个（桑德汽车…西格玛，简称作项目名）→开工；桑德汽车即“桑德集团长沙新能源智能汽车产业园项目”（仪式现场，作别名）；中兴通讯长沙产业基地（一期建成交付、二期设备安装中→在建，status_alt 竣工）；博翔碳纤维基地项目（基本建成、计划9月底交付→在建）；中国电科（只说麓谷建发承建，无状态，可选）。公司：麓谷建发公司（“长沙高新区功能类龙头企业”）；桑德集团、中兴通讯只在项目名中（可选）。事实：11个、142.1亿元、达产后年产值超600亿元（target）；今年截至目前签约落户49个、661.9亿元（cumulative）。",
  "yj04"),
 parks=[
  park(CG, "长沙", "湖南", "高新区", D0, note="标题作“高新区”"),
 ],
 companies=[
  comp("麓谷建发", CG, "作为长沙高新区功能类龙头企业,麓谷建发公司承担了中兴通讯长沙产业基地、博翔碳纤维、中国电科等重大产业项目的建设", aliases=["麓谷建发公司"], note="园区开发建设平台公司；文中作“麓谷建发”“麓谷建发公司”"),
  comp("桑德集团", CG, D0, opt=True, note="只在项目名中"),
  comp("中兴通讯", CG, D4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("桑德汽车", CG, D1, aliases=["桑德集团长沙新能源智能汽车产业园项目"], companies=["桑德集团"], status="开工", status_text="集中开工", note="开工仪式在其项目现场"),
  *[proj(n, CG, D1, status="开工", status_text="集中开工", note="简称作项目名")
    for n in ["三诺", "益丰", "东方红装配", "贝士德", "尤艾科", "健康产业园", "万为", "中谷科技", "华顺", "西格玛"]],
  proj("中兴通讯长沙产业基地", CG, D4, companies=["中兴通讯"], status="在建", status_text="一期已经建成并交付使用;二期…正在进行生产设备安装",
       status_alt="竣工", note="一期建成交付，二期设备安装中；麓谷建发承建"),
  proj("博翔碳纤维基地项目", CG, D5, aliases=["博翔碳纤维"], status="在建", status_text="已经基本建成,计划9月底交付使用", status_alt="竣工"),
  proj("中国电科", CG, D3, opt=True, note="只说由麓谷建发承建，无状态"),
 ],
 aggregate_facts=[
  fact(CG, "park", "projects_started", 11, "count", D1, AS4),
  fact(CG, "park", "projects_started_investment_cny", 1.421e10, "cny", D1, AS4, chk=True),
  fact(CG, "park", "expected_annual_output_cny", 6e10, "cny", "达产后年产值超600亿元", "达产后（预计）", kind="target", qual="超", qtext="超", chk=True, note="11个开工项目达产后"),
  fact(CG, "park", "projects_signed", 49, "count", D2, "2018年（截至9月21日）", kind="cumulative", note="签约落户"),
  fact(CG, "park", "signed_investment_cny", 6.619e10, "cny", D2, "2018年（截至9月21日）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- yj05 宁乡经开区跻身“千亿园区”方阵 (长沙晚报 2018)
NX = "宁乡经开区"
E0 = "2017年,园区预计完成规模工业总产值1100亿元"
E1 = "在招商引资方面,宁乡经开区全年引进产业项目79个,合同和协议引资约650亿元"
E2 = "全年引进投资100亿元以上特大项目1个,引进投资50亿~100亿元重大项目3个,引进投资10亿~50亿元重点项目4个"
E3 = "全年共调度重点项目95个,其中,7个项目列入省重点工程、49个项目列入市重大项目"
E4 = "格力电器、加加食品、楚天科技、妙盛动力获评国家智能制造试点项目"
E5 = "成功引进大棒食品、优钢铸造等项目,新储备荣成环科、百睿德、法国GMD等项目"
G["yj05"] = dict(
 article=art("宁乡经开区跻身“千亿园区”方阵", "长沙晚报（记者 伍玲 通讯员 谢喜阳 陈雅），载于红网长沙站 cs.rednet.cn", "2018-01-18", "day",
  "City evening paper on a provincial portal's city channel, Hunan: an economic development zone's 2017 year-end review — expected output past 100 billion yuan, projects introduced and contract investment by size band, scheduled key projects, firms named as smart-manufacturing pilots, projects introduced and in reserve",
  "https://cs.rednet.cn/content/6/2018/0118/3786.html",
  "日期取网址 2018/0118（文中“昨日”获悉，“去年”即2017年）。标题照录；“当前位置:”、文末来源/作者/编辑行与频道菜单已删。正文六段，完整。园区：宁乡经开区（宁乡经济技术开发区，长沙市宁乡，湖南；文中只作“宁乡经开区”“园区”）。公司：格力电器、加加食品、楚天科技、妙盛动力（获评国家智能制造试点项目，园区企业由语境推定）。项目：大棒食品、优钢铸造（“成功引进”，status null，status_alt 签约——判断点）；荣成环科、百睿德、法国GMD（“新储备”，可选，status null）。事实：2017年预计规模工业总产值1100亿元（target）；全年引进产业项目79个、合同和协议引资约650亿元；分档个数（可选）；调度重点项目95个，省重点7、市重大49（可选）。",
  "yj05"),
 parks=[
  park(NX, "长沙", "湖南", "经济开发区", E1, district="宁乡", note="文中又作“园区”“千亿园区”"),
 ],
 companies=[
  *[comp(n, NX, E4, note="获评国家智能制造试点项目；园区企业由语境推定") for n in ["格力电器", "加加食品", "楚天科技", "妙盛动力"]],
 ],
 projects=[
  proj("大棒食品", NX, E5, status=None, status_alt="签约", status_text="成功引进", note="引进项目，未说签约或开工"),
  proj("优钢铸造", NX, E5, status=None, status_alt="签约", status_text="成功引进", note="同上"),
  *[proj(n, NX, E5, opt=True, status_text="新储备", note="储备项目") for n in ["荣成环科", "百睿德", "法国GMD"]],
 ],
 aggregate_facts=[
  fact(NX, "park", "industrial_output_above_scale_cny", 1.1e11, "cny", E0, "2017年（预计）", kind="target", chk=True, note="规模工业总产值"),
  fact(NX, "park", "projects_introduced", 79, "count", E1, "2017年"),
  fact(NX, "park", "investment_attracted_cny", 6.5e10, "cny", "合同和协议引资约650亿元", "2017年", qual="约", qtext="约", chk=True, note="合同和协议引资"),
  fact(NX, "park", "projects_introduced_over_10bn", 1, "count", E2, "2017年", opt=True),
  fact(NX, "park", "projects_introduced_5bn_to_10bn", 3, "count", E2, "2017年", opt=True),
  fact(NX, "park", "projects_introduced_1bn_to_5bn", 4, "count", E2, "2017年", opt=True),
  fact(NX, "park", "key_projects_scheduled", 95, "count", E3, "2017年"),
  fact(NX, "park", "provincial_key_projects", 7, "count", E3, "2017年", opt=True),
  fact(NX, "park", "city_key_projects", 49, "count", E3, "2017年", opt=True),
 ])

# ---------------------------------------------------------------- yj06 常德经开区 项目建设热潮涌动 (2025)
CJ = "常德经开区"
F0 = "2月6日,圆通速递湘西北总部暨智慧科创园项目开工建设,标志着常德经开区吹响2025年项目建设号角。该项目总投资5.25亿元,规划用地150亩"
F1 = "在常德聚合顺新材料有限公司,工人们正在二期新建厂房内调试生产设备"
F2 = "二期项目今年4月投产后,公司年产量将达17.7万吨,年产值近20亿元,税收约4000万元"
F3 = "常德昆宇新能源科技有限公司于2024年3月开工建设1.5GWh钠离子电池产线项目,目前主要生产设备已安装到位,进入调试阶段,预计今年3月投入使用,可增加产值约5亿元"
F4 = "在湖南融创精密机械有限公司体外诊断设备生产项目建设工地上,混凝土罐车往来穿梭,生产车间和科研楼的主体建设基本完成"
F5 = "常德市三一机械有限公司在复工当天就发货8套搅拌站,价值2000多万元"
G["yj06"] = dict(
 article=art("常德经开区——项目建设热潮涌动 企业复工复产势头强劲", "bangqike.com 转载（原出处未注明；页面注“原标题”同标题）", "2025-02-08", "day",
  "Relay of a local item, Hunan: an economic development zone after the Spring Festival — a logistics project started with its investment and area, three firms' projects under construction or testing with expected output and tax, a firm's first shipments",
  "https://bangqike.com/read/1615276.html",
  "日期取页面“发布时间:2025-02-08 10:11:34”（开工在2月6日）。标题照录；栏目字、发布时间行与“原标题:…”行已删。存段末句“今年1月,其沥青搅拌站”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…进一步提高市场占有率。”，共五段。园区：常德经开区（常德经济技术开发区，常德市，湖南；文中只作“常德经开区”）。项目：圆通速递湘西北总部暨智慧科创园项目（开工，5.25亿元）；常德聚合顺新材料有限公司二期项目（调试设备→在建，计划4月投产；名称为编者合成，判断点）；常德昆宇新能源科技有限公司1.5GWh钠离子电池产线项目（2024年3月开工，调试中→在建，status_alt 开工）；湖南融创精密机械有限公司体外诊断设备生产项目（主体基本完成→在建，预计7月建成投产）。公司：聚合顺、昆宇、融创、常德市三一机械有限公司均在园区；圆通速递只在项目名中（可选）。聚合顺“三期”只是计划，不列。事实（公司为主体）：聚合顺二期投产后年产量17.7万吨、年产值近20亿元（约）、税收约4000万元（target）；昆宇新增产值约5亿元（target）。三一“价值2000多万元”不作数值。",
  "yj06"),
 parks=[
  park(CJ, "常德", "湖南", "经济技术开发区", F0),
 ],
 companies=[
  comp("常德聚合顺新材料有限公司", CJ, F1),
  comp("常德昆宇新能源科技有限公司", CJ, F3),
  comp("湖南融创精密机械有限公司", CJ, F4),
  comp("常德市三一机械有限公司", CJ, F5),
  comp("圆通速递", CJ, F0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("圆通速递湘西北总部暨智慧科创园项目", CJ, F0, companies=["圆通速递"], inv="总投资5.25亿元", status="开工", status_text="开工建设", note="2025年2月6日开工；规划用地150亩"),
  proj("常德聚合顺新材料有限公司二期项目", CJ, "在常德聚合顺新材料有限公司,工人们正在二期新建厂房内调试生产设备。该公司主要生产锦纶6切片,二期项目今年4月投产后",
       companies=["常德聚合顺新材料有限公司"], phase="二期", status="在建", status_text="正在二期新建厂房内调试生产设备", note="计划2025年4月投产；名称由编者合成（文中作“二期项目”）"),
  proj("1.5GWh钠离子电池产线项目", CJ, F3, companies=["常德昆宇新能源科技有限公司"], status="在建", status_alt="开工", status_text="开工建设…进入调试阶段",
       note="2024年3月开工；预计2025年3月投入使用"),
  proj("湖南融创精密机械有限公司体外诊断设备生产项目", CJ, F4, companies=["湖南融创精密机械有限公司"], status="在建", status_text="主体建设基本完成", note="预计2025年7月建成投产"),
 ],
 aggregate_facts=[
  fact("圆通速递湘西北总部暨智慧科创园项目", "project", "site_area_mu", 150, "mu", F0, "规划", kind="target", opt=True),
  fact("常德聚合顺新材料有限公司", "company", "expected_annual_capacity_t", 177000, "t", F2, "二期投产后（预计）", kind="target"),
  fact("常德聚合顺新材料有限公司", "company", "expected_annual_output_cny", 2e9, "cny", "年产值近20亿元,税收约4000万元", "二期投产后（预计）", kind="target", qual="约", qtext="近", chk=True),
  fact("常德聚合顺新材料有限公司", "company", "expected_annual_tax_cny", 4e7, "cny", "税收约4000万元", "二期投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("常德昆宇新能源科技有限公司", "company", "expected_new_output_cny", 5e8, "cny", "可增加产值约5亿元", "投入使用后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("常德市三一机械有限公司", "company", "units_shipped", 8, "sets", F5, "2025年复工当天", opt=True, note="搅拌站8套；价值“2000多万元”不作数值"),
 ])

# ---------------------------------------------------------------- yj07 鼎城区(常德高新区)8个项目集中开工 (常德高新区网站 2021)
CD = "常德高新区"
H0 = "10月8日上午,鼎城区(常德高新区)2021年第三季度重点建设项目集中开工仪式在常德高新区举行"
H1 = "太阳大道(高新大道—桃花源路)新建工程项目、湖南千德智能电子产业园研发生产基地项目、惠生生猪养殖项目、守信生物医药项目等8个项目集中开工,总投资18.43亿元"
H2 = "千德智能电子产业园研发生产基地项目由湖南千德实业有限公司投资新建。该项目总投资2亿元"
H3 = "太阳大道(高新大道—桃花源路)全长4.9千米,宽50米,总投资7.4亿元"
H4 = "其中,将建设12条生产线,年产相关设备6000万台"
AS7 = "2021年10月8日（集中开工）"
G["yj07"] = dict(
 article=art("鼎城区(常德高新区)8个项目集中开工 总投资18.43亿元", "常德高新区管委会网站 cdgxq.changde.gov.cn（工作动态）", "2021-10", "month",
  "Zone administration's website, Hunan: a district and its high-tech zone's quarterly groundbreaking — eight projects with total investment, two described in detail (an industrial park base with its investor, capacity and investment; a trunk road)",
  "https://cdgxq.changde.gov.cn/xxyw/gzdt/content_866766",
  "存段无日期行；开工仪式为“10月8日上午”（2021年第三季度重点建设项目），发布日期只能定到2021年10月（month）。标题照录；四条图注（“鼎城区委副书记…宣布开工”等，含“湖南千德智能电子科技有限公司负责人介绍项目情况”）已删。存段在末段“鼎城区惠生生猪养”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…重要基础设施。”，共三段。园区：常德高新区（常德市鼎城区，湖南；与鼎城区合署，文中作“鼎城区(常德高新区)”；鼎城区为区，不是园区）。项目：太阳大道(高新大道—桃花源路)新建工程项目（开工，总投资7.4亿元，常德高新区主干道）；湖南千德智能电子产业园研发生产基地项目（开工，总投资2亿元，湖南千德实业有限公司投资，“将在常德高新区形成…生产基地”）；守信生物医药项目（开工；园区由标题推定）；惠生生猪养殖项目（开工；养殖场，园区不作推定，park null——判断点）。事实：8个项目、总投资18.43亿元（主体记常德高新区，文中为“鼎城区(常德高新区)”合计）；千德项目12条生产线、年产设备6000万台（可选）。",
  "yj07"),
 parks=[
  park(CD, "常德", "湖南", "高新区", H0, district="鼎城区", note="与鼎城区合署，文中作“鼎城区(常德高新区)”"),
 ],
 companies=[
  comp("湖南千德实业有限公司", CD, H2, note="千德智能电子产业园研发生产基地项目投资方"),
 ],
 projects=[
  proj("太阳大道(高新大道—桃花源路)新建工程项目", CD, H3, aliases=["太阳大道(高新大道—桃花源路)"], inv="总投资7.4亿元", status="开工", status_text="集中开工",
       note="状态见“8个项目集中开工”；常德高新区连接市城区的主干道路"),
  proj("湖南千德智能电子产业园研发生产基地项目", CD, H2, aliases=["千德智能电子产业园研发生产基地项目"], companies=["湖南千德实业有限公司"], inv="总投资2亿元",
       status="开工", status_text="集中开工", note="状态见“8个项目集中开工”"),
  proj("守信生物医药项目", CD, H1, status="开工", status_text="集中开工", note="园区由标题“鼎城区(常德高新区)”推定"),
  proj("惠生生猪养殖项目", None, H1, status="开工", status_text="集中开工", note="养殖项目；园区不作推定"),
 ],
 aggregate_facts=[
  fact(CD, "park", "projects_started", 8, "count", H1, AS7, note="鼎城区(常德高新区)合计"),
  fact(CD, "park", "projects_started_investment_cny", 1.843e9, "cny", "8个项目集中开工,总投资18.43亿元", AS7, chk=True, note="鼎城区(常德高新区)合计"),
  fact("湖南千德智能电子产业园研发生产基地项目", "project", "production_lines", 12, "count", H4, "规划", kind="target", opt=True),
  fact("湖南千德智能电子产业园研发生产基地项目", "project", "expected_annual_capacity_units", 6e7, "units", H4, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yj08 株洲高新区集中签约18个产业项目 (2017)
ZZ = "株洲高新区"
K0 = "12月8日,湖南省株洲市高新区举行重大招商项目集中签约仪式,现场签约18个产业项目,总投资380亿元"
K1 = "此次签约项目包括新马生态社区、株洲信息港、猪八戒网“互联网+”型创新创业综合示范区等,其中100亿元以上项目1个,70亿元以上项目1个"
K2 = "计划投资200亿元的新马生态社区项目总用地面积约2300亩"
K3 = "2016年,株洲高新区实现地区生产总值722亿元,技工贸总收入超过2000亿元,公共财政预算总收入突破70亿元,国家级研发机构超过50家,在全国146个国家高新区中综合排名第23位"
K4 = "当天,该市新能源机动车检测中心、孚能新能源动力电池等13个总投资62亿元的项目也正式开工"
AS8 = "2017年12月8日（集中签约）"
G["yj08"] = dict(
 article=art("湖南:株洲高新区集中签约18个产业项目 涉及新能源等多个领域总投资380亿", "m.vzvkv.com 转载（原出处未注明；行文为中新社通稿体例“人民币,下同”）", "2017-12-13", "day",
  "Relay of a wire-style item, Hunan: a national high-tech zone's signing of eighteen industrial projects — total, size bands, the largest project's investment and area, the zone's 2016 figures and national rank, the city's projects started the same day",
  "https://m.vzvkv.com/news/d/2017/201712/2017121311110074.shtml",
  "日期取页面“2017-12-13”（签约在12月8日）。标题照录；日期行已删。存段末段（市长阳卫国引语）在“此次签约的企业都是业内领军企业,实”处中断，整段删去（make_txt.py ITEMS），正文截至“…超额完成全年目标任务。”，共六段。园区：株洲高新区（株洲国家高新技术产业开发区，株洲市，湖南；文中又作“株洲市高新区”“湖南省株洲市高新区”）。项目：新马生态社区（签约；计划投资200亿元；下文作“新马生态社区项目”）、株洲信息港、猪八戒网“互联网+”型创新创业综合示范区（签约）。“匡时艺术展示中心”等为新马生态社区内拟建内容，不另列。当天开工的新能源机动车检测中心、孚能新能源动力电池为“该市”项目，园区未说，park null（可选）。事实：签约18个、380亿元；100亿元以上1个、70亿元以上1个（可选）；投产后年产值超千亿元、纳税超百亿元（target）；2016年GDP 722亿元、技工贸总收入超2000亿元、公共财政预算总收入超70亿元、国家级研发机构超50家（可选）、全国排名第23位；签约中产业项目13个（可选）；株洲市当天开工13个62亿元、今年开工37个竣工18个（region，可选）。",
  "yj08"),
 parks=[
  park(ZZ, "株洲", "湖南", "高新区", K3, aliases=["株洲市高新区"], note="文中又作“湖南省株洲市高新区”“株洲市高新区”"),
 ],
 companies=[
  comp("猪八戒网", ZZ, K1, opt=True, note="只在项目名中"),
  comp("孚能", None, K4, opt=True, note="只在项目名中；园区未说"),
 ],
 projects=[
  proj("新马生态社区", ZZ, K2, aliases=["新马生态社区项目"], inv="计划投资200亿元", status="签约", status_text="集中签约", note="签约见“此次签约项目包括新马生态社区…”；总用地约2300亩"),
  proj("株洲信息港", ZZ, K1, status="签约", status_text="集中签约"),
  proj("猪八戒网“互联网+”型创新创业综合示范区", ZZ, K1, companies=["猪八戒网"], status="签约", status_text="集中签约"),
  proj("新能源机动车检测中心", None, K4, status="开工", status_text="正式开工", opt=True, note="“该市”项目，园区未说"),
  proj("孚能新能源动力电池", None, K4, companies=["孚能"], status="开工", status_text="正式开工", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "projects_signed", 18, "count", K0, AS8),
  fact(ZZ, "park", "signed_investment_cny", 3.8e10, "cny", K0, AS8, chk=True),
  fact(ZZ, "park", "projects_signed_over_10bn", 1, "count", K1, AS8, opt=True),
  fact(ZZ, "park", "projects_signed_over_7bn", 1, "count", K1, AS8, opt=True),
  fact(ZZ, "park", "expected_annual_output_cny", 1e11, "cny", "所有项目投产后年产值将超千亿元,纳税将超百亿元", "签约项目投产后（预计）", kind="target", qual="超", qtext="超"),
  fact(ZZ, "park", "expected_annual_tax_cny", 1e10, "cny", "纳税将超百亿元", "签约项目投产后（预计）", kind="target", qual="超", qtext="超"),
  fact(ZZ, "park", "industrial_projects_signed", 13, "count", "此次签约项目中产业项目达13个", AS8, opt=True),
  fact(ZZ, "park", "gdp_cny", 7.22e10, "cny", K3, "2016年", chk=True),
  fact(ZZ, "park", "tech_industry_trade_revenue_cny", 2e11, "cny", "技工贸总收入超过2000亿元", "2016年", qual="超", qtext="超过", chk=True),
  fact(ZZ, "park", "fiscal_revenue_cny", 7e9, "cny", "公共财政预算总收入突破70亿元", "2016年", qual="超", qtext="突破", chk=True, note="公共财政预算总收入"),
  fact(ZZ, "park", "national_rd_institutions", 50, "count", "国家级研发机构超过50家", "2016年", qual="超", qtext="超过", opt=True),
  fact(ZZ, "park", "national_rank", 23, "rank", "在全国146个国家高新区中综合排名第23位", "2016年"),
  fact("株洲市", "region", "projects_started", 13, "count", K4, "2017年12月8日", opt=True),
  fact("株洲市", "region", "projects_started_investment_cny", 6.2e9, "cny", K4, "2017年12月8日", opt=True, chk=True),
  fact("株洲市", "region", "projects_started", 37, "count", "今年,株洲市已开工重点项目达37个,竣工项目达18个", "2017年（截至12月）", kind="cumulative", opt=True),
  fact("株洲市", "region", "projects_completed", 18, "count", "今年,株洲市已开工重点项目达37个,竣工项目达18个", "2017年（截至12月）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yj09 “保姆式”服务助力松木经开区提档升级 (当代商报 2020)
SM = "衡阳松木经济开发区"
L0 = "衡阳松木工业园区于2006年4月设立,2013年更名为衡阳松木经济开发区"
L1 = "衡阳力赛储能有限公司是继2010年3月深圳市电科电源股份有限公司在衡阳松木经济开发区设立衡阳电科电源有限公司后,在松木经济开发区的又一布局,现已正式投产"
L2 = "在衡阳金化高压容器股份有限公司(简称金化高容)的生产车间内,所有生产线开足马力赶制出口的CNG气瓶"
L3 = "今年上半年,金化高容的外贸总量同比增长168%"
G["yj09"] = dict(
 article=art("“保姆式”服务助力松木经开区提档升级", "当代商报（编辑 标新），载于 acrylicacid.cn（“资讯生活门户网”）", "2020-12-11", "day",
  "Business weekly relayed on a portal, Hunan: a feature on a provincial economic development zone — its founding and renaming, leading industries, two firms (one newly in production, one exporter with half-year export growth)",
  "https://acrylicacid.cn/content-12-168-1.html",
  "日期取页面“时间: 2020-12-11 22:29:50”（来源:当代商报）。标题照录；站名、位置栏、来源时间行与“点击量:”已删。存段末段“衡阳金化高容是中南地区规模最大的专业生产…等”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…出口数量已经达到两万多支。”，含小标题一行，共六段。园区：衡阳松木经济开发区（衡阳市，湖南；2006年设立时名“衡阳松木工业园区”，2013年更名；文中又作“松木经开区”（标题）、“松木经济开发区”“经开区”）。公司：衡阳力赛储能有限公司（已正式投产；园区内）、衡阳电科电源有限公司（2010年在园区设立）、衡阳金化高压容器股份有限公司（简称金化高容，园区企业由语境推定）；深圳市电科电源股份有限公司为母公司（园区外，park null，可选）。无具名项目（力赛储能“正式投产”是企业，不另立项目）。事实：金化高容上半年外贸总量增长168%（ratio 1.68）；出口“两万多支”不作数值；力赛储能生产线每天10万支（可选）。",
  "yj09"),
 parks=[
  park(SM, "衡阳", "湖南", "经济开发区", L0, aliases=["松木经开区", "松木经济开发区", "衡阳松木工业园区"], note="2006年设立时名衡阳松木工业园区，2013年更名；标题作“松木经开区”"),
 ],
 companies=[
  comp("衡阳力赛储能有限公司", SM, L1, aliases=["衡阳力赛储能"], note="深圳电科电源全资子公司；现已正式投产"),
  comp("衡阳电科电源有限公司", SM, L1, note="2010年3月在园区设立"),
  comp("衡阳金化高压容器股份有限公司", SM, L2, aliases=["金化高容", "衡阳金化高容"], note="园区企业由语境推定"),
  comp("深圳市电科电源股份有限公司", None, L1, aliases=["深圳电科电源"], opt=True, note="母公司，园区外"),
 ],
 aggregate_facts=[
  fact("衡阳金化高压容器股份有限公司", "company", "exports_yoy_growth", 1.68, "ratio", L3, "2020年上半年", kind="ratio", note="外贸总量同比增长"),
  fact("衡阳力赛储能有限公司", "company", "daily_output_units", 100000, "units", "一条全自动化的锂电池生产线只需要配备十来个工人,每天能生产出个锂离子电池10万支", "2020年", opt=True, note="一条生产线每天"),
 ])
