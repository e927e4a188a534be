# real242 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park is the one the text places the project
# in, null if none (a county or district is a region, not a park). Status from the text's words (集体开工 / 集中开工 → 开工;
# 签约 → 签约; 已投产 → 投产; 续建 / 正在安装 → 在建; 前期项目 / 新开工项目 listed in a year's plan → planned). Totals of several
# projects are facts, not split over the projects. Firms only inside project names are optional companies. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/sgNN.raw as returned.

# ---------------------------------------------------------------- sg01 香河县10个项目集体开工 (长城网 2016)
JQ = "机器人产业港"
A0 = "廊坊香河县在该县开发区机器人产业港成功举办亿元以上项目集体开工仪式,京东电商产业园、合益包装机器人项目等10个代表产业发展方向、京津产业转移的重点项目集体开工"
A1 = "机器人产业园、中粮可口可乐华北基地、国际建材交易中心、京津冀汽车零部件物流交易中心等大批优质产业项目相继落地、开工、投产"
A2 = "2015年,香河县仅投资5亿元以上重点产业项目就达28个,其中10个项目建成投产"
AS1 = "2016年2月29日（集体开工）"
G["sg01"] = dict(
 article=art("香河县10个项目集体开工产业发展再上新台阶", "长城网廊坊频道（记者 刘振山 尹智 孙泽恒），lf.hebei.com.cn", "2016-02-29", "day",
  "Provincial news portal's city channel, Hebei: a county's groundbreaking of ten projects worth over 100 million yuan each, held in the robot industry port of the county's development zone — two named projects started, earlier projects landed, the county's previous-year count of large projects and those in production",
  "http://lf.hebei.com.cn/system/2016/02/29/016692960.shtml",
  "日期取页面“来源:长城网 作者:刘振山 尹智 孙泽恒 2016-02-29 16:06:33”。标题照录；频道欢迎语、来源行、字号/背景色栏与末尾“关键词:…”行已删；图片说明“香河县10个亿元以上项目集体开工。张洎 供图”在正文中，照录为一段。正文完整（四段含图说）。园区：机器人产业港（文中“该县开发区机器人产业港”，即香河县开发区内；开发区全称文中未写，不补）。项目：京东电商产业园、合益包装机器人项目——集体开工（开工）；仪式在机器人产业港举行，但各项目所在园区文中未明说，park 记 null。10个项目只说“亿元以上”，无单项金额。第二段“机器人产业园、中粮可口可乐华北基地…相继落地、开工、投产”为往年项目，无单项状态，列为可选项目。香河县为县（事实 subject_type region）：本次集体开工10个；2015年5亿元以上重点产业项目28个、其中10个建成投产。",
  "sg01"),
 parks=[
  park(JQ, "廊坊", "河北", "产业园", A0, district="香河县", note="位于香河县开发区（文中作“该县开发区”）；开发区全称未写"),
 ],
 companies=[
  comp("合益包装", None, "今天,合益包装机器人等10个项目集体开工", opt=True, note="只在项目名中"),
  comp("京东", None, A0, opt=True, note="只在项目名“京东电商产业园”中"),
 ],
 projects=[
  proj("京东电商产业园", None, A0, status="开工", status_text="集体开工", note="亿元以上项目；仪式在机器人产业港举行，项目所在园区未明说"),
  proj("合益包装机器人项目", None, A0, companies=["合益包装"], status="开工", status_text="集体开工", aliases=["合益包装机器人"],
       note="亿元以上项目；仪式在机器人产业港举行，项目所在园区未明说"),
  proj("机器人产业园", None, A1, opt=True, note="往年落地项目（“相继落地、开工、投产”），无单项状态"),
  proj("中粮可口可乐华北基地", None, A1, opt=True, note="同上"),
  proj("国际建材交易中心", None, A1, opt=True, note="同上"),
  proj("京津冀汽车零部件物流交易中心", None, A1, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("香河县", "region", "projects_started", 10, "count", A0, AS1, note="亿元以上项目；仪式在机器人产业港"),
  fact("香河县", "region", "major_projects_over_500m", 28, "count", A2, "2015年", note="投资5亿元以上重点产业项目"),
  fact("香河县", "region", "projects_completed", 10, "count", A2, "2015年", note="5亿元以上项目中建成投产的"),
 ])

# ---------------------------------------------------------------- sg02 石药 两项目落户石家庄经开区 (石家庄日报 2017)
SJK = "石家庄经济技术开发区"
B0 = "2016年12月29日,石家庄经济技术开发区与石药控股集团有限公司举行项目签约仪式,石药新产品产业化及配套自动化物流和大分子生物技术高端制剂产业化两个高科技项目将落户经开区,两个项目总投资35亿元"
AS2 = "2016年12月29日（签约）"
G["sg02"] = dict(
 article=art("石药集团两大高科技项目落户石家庄经开区", "石家庄日报（记者 王巍），载于河北新闻网 hebei.hebnews.cn", "2017-01-01", "day",
  "City daily on the provincial news portal, Hebei: a national economic-technological zone signs two high-tech projects with a pharmaceutical group — combined investment, expected output, profit-tax and jobs, the group's plan for a biologics park in the zone",
  "http://hebei.hebnews.cn/2017-01/01/content_6197145.htm",
  "日期取页面“2017-01-01 11:39:25 来源:石家庄日报”；签约在2016年12月29日。标题照录；副题“年产值将达100亿元 可解决就业4000人”照录为正文第一段；栏目路径、日期来源行与“责任编辑:高小茹”及页脚已删。正文完整（署名“(记者 王 巍)”在末段末，照录）。园区：石家庄经济技术开发区（标题作“石家庄经开区”，文中又作“经开区”；石家庄市，河北）。公司：石药控股集团有限公司（文中又作“石药集团”）。项目：石药新产品产业化及配套自动化物流、大分子生物技术高端制剂产业化——签约（“将落户经开区”）；“两个项目总投资35亿元”为合计，记为事实，不分摊。“石药集团高端生物制剂产业园项目”为下一步支持的项目（可选，无状态）。预计年产值100亿元、利税35亿元、就业4000余人为两项目投产后预计（target，subject 石药控股集团有限公司，可选）。美国波士顿生物研究院为集团研究机构（可选机构）。",
  "sg02"),
 parks=[
  park(SJK, "石家庄", "河北", "经济技术开发区", B0, aliases=["石家庄经开区", "经开区"], note="标题作“石家庄经开区”"),
 ],
 companies=[
  comp("石药控股集团有限公司", SJK, B0, aliases=["石药集团"], note="两个项目的投资方，签约落户经开区"),
 ],
 institutions=[
  inst("美国波士顿生物研究院", "表示会依托集团在美国波士顿生物研究院的科研成果", kind="research", note="石药集团的研究机构"),
 ],
 projects=[
  proj("石药新产品产业化及配套自动化物流", SJK, B0, companies=["石药控股集团有限公司"], status="签约", status_text="举行项目签约仪式",
       note="两个项目合计总投资35亿元（事实），无单项金额"),
  proj("大分子生物技术高端制剂产业化", SJK, B0, companies=["石药控股集团有限公司"], status="签约", status_text="举行项目签约仪式",
       note="同上"),
  proj("石药集团高端生物制剂产业园项目", SJK, "经开区将聚全区之力支持石药集团高端生物制剂产业园项目建设", companies=["石药控股集团有限公司"], opt=True,
       note="下一步支持建设；与上两项目的关系文中未明说"),
 ],
 aggregate_facts=[
  fact(SJK, "park", "projects_signed", 2, "count", B0, AS2),
  fact(SJK, "park", "signed_investment_cny", 3.5e9, "cny", "两个项目总投资35亿元", AS2, chk=True),
  fact("石药控股集团有限公司", "company", "expected_annual_output_cny", 1e10, "cny", "投产后预计实现年产值100亿元", "投产后（预计）", kind="target", opt=True, chk=True, note="两个项目合计"),
  fact("石药控股集团有限公司", "company", "expected_profit_tax_cny", 3.5e9, "cny", "利税35亿元", "投产后（预计）", kind="target", opt=True, chk=True, note="两个项目合计"),
  fact("石药控股集团有限公司", "company", "expected_jobs", 4000, "count", "解决就业4000余人", "投产后（预计）", kind="target", qual="余", qtext="余", opt=True, note="两个项目合计"),
 ])

# ---------------------------------------------------------------- sg03 路北区 航天国轩 / 唐山医药物流园 (gxt.hebei.gov.cn, 2017 content)
YY = "唐山医药物流园"
C1 = "航天国轩(唐山)新能源产业基地项目,由航天万源与国轩高科共同出资建设,占地面积334亩,年产能可达10亿安时,带动就业900人,入选2017年省重点项目"
C2 = "目前,年产1G瓦时3.2亿安时动力电池一期项目已投产,2017年12月23日首批产品下线"
C3 = "唐山医药物流园由世界500强企业国药集团、华润医药集团等5家医药企业共同投资建设,总占地面积274亩,总投资17亿元"
C4 = "包含国药乐仁堂医药物流中心、华润医药物流中心、鼎诚医药物流中心等7个子项目"
G["sg03"] = dict(
 article=art("（无标题）唐山市路北区2017年发展战略性新兴产业：航天国轩(唐山)新能源产业基地一期投产，唐山医药物流园销售收入41亿元", "河北省工业和信息化厅网站 gxt.hebei.gov.cn（“地方工作”栏；存段无标题、无署名、无日期行）", "2018", "year",
  "Provincial government department portal, Hebei: a district's 2017 strategic-emerging-industry review — a battery base jointly invested by two firms with its first phase in production, a pharmaceutical logistics park with its investors, sub-projects, total investment and 2017 sales, profit-tax and jobs",
  "https://gxt.hebei.gov.cn/hbgyhxxht/xwzx32/dfgz28/2025042121541251205/index.html",
  "存段无标题、无日期行（title 为编者概括）。内容为2017年全年情况（“2017年12月23日首批产品下线”“2017年,园区实现销售收入…”），发布时间推定为2018年；页面路径中的编号以“20250421”开头，似为网站迁移重编号，发布日期不确定（published 记“2018”，精度 year，可疑）。正文四段，完整。园区：唐山医药物流园（唐山市路北区，河北；国药集团、华润医药集团等5家医药企业共同投资建设）。项目：航天国轩(唐山)新能源产业基地项目（入选2017年省重点项目；无总投资额；park null——文中未放在任何园区）；其年产1G瓦时3.2亿安时动力电池一期项目已投产（投产）；唐山医药物流园（园区开发项目，总投资17亿元，无状态）；国药乐仁堂医药物流中心等三个子项目（园区内，无状态、无金额）。公司：航天万源、国轩高科（共同出资方，园区 null）；国药集团、华润医药集团（物流园投资方）。事实：物流园2017年销售收入41亿元、利税1.5亿元、带动就业1500人；子项目7个、占地274亩（可选）；路北区2017年谋划实施重点项目238项（region，可选）。",
  "sg03"),
 parks=[
  park(YY, "唐山", "河北", "物流园", C3, district="路北区", note="文中又作“园区”"),
 ],
 companies=[
  comp("航天万源", None, C1, note="共同出资方"),
  comp("国轩高科", None, C1, note="共同出资方"),
  comp("国药集团", YY, C3, note="物流园投资方之一；“世界500强企业”"),
  comp("华润医药集团", YY, C3, note="物流园投资方之一"),
 ],
 projects=[
  proj("航天国轩(唐山)新能源产业基地项目", None, C1, companies=["航天万源", "国轩高科"], note="入选2017年省重点项目；年产能10亿安时；无总投资额"),
  proj("年产1G瓦时3.2亿安时动力电池一期项目", None, C2, companies=["航天万源", "国轩高科"], phase="一期", status="投产", status_text="已投产",
       note="航天国轩(唐山)新能源产业基地的一期；2017年12月23日首批产品下线"),
  proj("唐山医药物流园", YY, C3, companies=["国药集团", "华润医药集团"], inv="总投资17亿元", note="园区开发项目，无状态；含7个子项目"),
  proj("国药乐仁堂医药物流中心", YY, C4, opt=True, note="物流园子项目"),
  proj("华润医药物流中心", YY, C4, opt=True, note="物流园子项目"),
  proj("鼎诚医药物流中心", YY, C4, opt=True, note="物流园子项目"),
 ],
 aggregate_facts=[
  fact(YY, "park", "sales_revenue_cny", 4.1e9, "cny", "2017年,园区实现销售收入41亿元", "2017年", chk=True),
  fact(YY, "park", "profit_tax_cny", 1.5e8, "cny", "实现利税1.5亿元", "2017年", chk=True),
  fact(YY, "park", "jobs", 1500, "count", "实现利税1.5亿元,带动就业1500人", "2017年", opt=True),
  fact(YY, "park", "sub_projects", 7, "count", C4, "2017年", opt=True),
  fact(YY, "park", "area_mu", 274, "mu", C3, "2017年", opt=True),
  fact("路北区", "region", "key_projects", 238, "count", "2017年共谋划实施重点项目238项", "2017年", opt=True),
 ])

# ---------------------------------------------------------------- sg04 石家庄高新区 春季集中开工 (中机院 via reportway 2018)
SG = "石家庄高新区"
D0 = "近日,石家庄高新区春季集中开工项目共31项,涵盖了生物医药、创业孵化等多个领域,投资总额254.4亿元,当年计划投资59.7亿元"
D1 = "包括:国际生命科学创新园、国际生物医药产业园、石家庄四药有限公司药物研发平台中试及产业化配套项目、石药控股集团有限公司大分子生物创新药研发平台项目、河北国械堂高端医疗器械产业基地等15个,总投资146.1亿元,当年计划投资27.5亿元"
AS4 = "2018年3月（春季集中开工）"
G["sg04"] = dict(
 article=art("石家庄高新区着力打造生物医药产业新高地", "中机院（reportway.org 行业新闻栏；原发媒体未注明）", "2018-03-26", "day",
  "Planning-consultancy site's industry news, Hebei: a national high-tech zone's spring groundbreaking of 31 projects with total and planned annual investment, the zone's biomedical focus and five named biomedical projects among fifteen with their totals",
  "http://www.reportway.org/hangyexinwen/2603201818643.html",
  "日期取页面“来源:中机院  时间:2018-03-26  点击:1392”。标题照录；站点菜单、面包屑与来源时间行已删。页面首行为摘要（与第三段首句相同），照录为第一段。存段在末段“这些项目的建设将进一步完善全区生物医药健”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…当年计划投资27.5亿元。”，共三段。园区：石家庄高新区（石家庄市，河北；文中又作“全区”）。项目：国际生命科学创新园、国际生物医药产业园、石家庄四药有限公司药物研发平台中试及产业化配套项目、石药控股集团有限公司大分子生物创新药研发平台项目、河北国械堂高端医疗器械产业基地——春季集中开工（开工）；15个生物医药项目“总投资146.1亿元”为合计（事实）。公司只在项目名中（可选）。事实：集中开工31项、投资总额254.4亿元、当年计划投资59.7亿元（target）；生物医药项目15个、146.1亿元、当年计划27.5亿元（target）。“利用3-5年的时间实现生物医药产业营业收入翻两番”为目标，不计数值。",
  "sg04"),
 parks=[
  park(SG, "石家庄", "河北", "高新区", D0, note="文中又作“全区”"),
 ],
 companies=[
  comp("石家庄四药有限公司", SG, D1, opt=True, note="只在项目名中"),
  comp("石药控股集团有限公司", SG, D1, opt=True, note="只在项目名中"),
  comp("河北国械堂", SG, D1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("国际生命科学创新园", SG, D1, status="开工", status_text="春季集中开工", note="生物医药项目；无单项金额"),
  proj("国际生物医药产业园", SG, D1, status="开工", status_text="春季集中开工", note="同上"),
  proj("石家庄四药有限公司药物研发平台中试及产业化配套项目", SG, D1, companies=["石家庄四药有限公司"], status="开工", status_text="春季集中开工", note="同上"),
  proj("石药控股集团有限公司大分子生物创新药研发平台项目", SG, D1, companies=["石药控股集团有限公司"], status="开工", status_text="春季集中开工", note="同上"),
  proj("河北国械堂高端医疗器械产业基地", SG, D1, companies=["河北国械堂"], status="开工", status_text="春季集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(SG, "park", "projects_started", 31, "count", D0, AS4),
  fact(SG, "park", "projects_started_investment_cny", 2.544e10, "cny", "投资总额254.4亿元,当年计划投资59.7亿元", AS4, chk=True),
  fact(SG, "park", "projects_started_planned_annual_investment_cny", 5.97e9, "cny", "当年计划投资59.7亿元", "2018年（计划）", kind="target", chk=True),
  fact(SG, "park", "biomed_projects_started", 15, "count", D1, AS4),
  fact(SG, "park", "biomed_projects_started_investment_cny", 1.461e10, "cny", "总投资146.1亿元,当年计划投资27.5亿元", AS4, chk=True),
  fact(SG, "park", "biomed_projects_planned_annual_investment_cny", 2.75e9, "cny", "当年计划投资27.5亿元", "2018年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sg05 张家口经开区 2018年100个重点项目 (河北新闻网 2018)
ZJ = "张家口经开区"
E0 = "据了解,今年经开区谋划实施重点项目100个,总投资2191亿元,其中58个新建续建项目年内将全部开工,计划完成投资112亿元"
E1 = "其中,续建项目24个,包括金风总装生产车间智能制造项目、原轼金刚石线锯生产项目、纬二桥建设等一批体量大、效益好、紧贴民生的重大项目"
E2 = "新开工项目34个,包括奥体中心、市第二医院创伤诊疗中心、市供血站采供血楼、120急救中心、新改建公厕项目等一批重大涉奥和高科技项目"
E3 = "前期项目42个,包括“未来之城”基础设施建设、招商局蛇口股份国际金融科技城、安智科为光伏产业园等一批前景好、品质高的优势项目"
E4 = "100个重点项目中,10亿元以上项目36个,50亿元以上项目13个,已列入省级重点项目2个,列入市级重点项目13个"
AS5 = "2018年（计划）"
G["sg05"] = dict(
 article=art("经开区2018年100个重点项目集中开工仪式", "河北新闻网（通讯员 何欣怡），m.hebnews.cn 手机版", "2018-04-09", "day",
  "Provincial news portal, Hebei: a city economic development zone's 2018 groundbreaking and year plan — 100 key projects with total investment, projects to start and planned investment, size bands, continuing / new / preliminary projects with named examples, leading industries",
  "http://m.hebnews.cn/hebei/2018-04/09/content_6839824.htm",
  "日期取页面“来源:河北新闻网 2018-04-09 17:54:10”；仪式在4月8日。标题照录（页面标题重复一次，取正文上方一行）；手机版栏目字、分享、语音播报与末尾残字“责”已删；图片说明“图为张家口经开区重点项目集中开工仪式现场。  通讯员何欣怡摄”两次出现在正文中，照录为段落（园区全称只见于此）。正文完整。园区：张家口经开区（张家口经济开发区；文中又作“经开区”“全区”；文末称“加快建设国家级开发区”，当时为省级，kind 记“经济开发区”）；洋河新区为经开区内片区（可选园区，母园区张家口经开区）。项目：续建项目金风总装生产车间智能制造项目、原轼金刚石线锯生产项目（在建），纬二桥建设（在建，可选）；新开工项目（年内计划开工：planned）奥体中心等五个（民生/涉奥，可选）；前期项目（planned）“未来之城”基础设施建设（可选）、招商局蛇口股份国际金融科技城、安智科为光伏产业园。无单项金额。事实：重点项目100个、总投资2191亿元（2018年计划盘子，reported）；58个新建续建项目年内开工、计划完成投资112亿元（target）；续建24、新开工34、前期42；10亿元以上36个、50亿元以上13个、省级重点2个、市级重点13个（可选）。",
  "sg05"),
 parks=[
  park(ZJ, "张家口", "河北", "经济开发区", "图为张家口经开区重点项目集中开工仪式现场", aliases=["经开区"], note="文中又作“经开区”“全区”；全称只见于图片说明"),
  park("洋河新区", "张家口", "河北", "新区", "经开区在洋河新区“可再生能源综合商务区”项目现场举行2018 年重点项目集中开工仪式", parent=ZJ, opt=True,
       note="经开区内片区（功能区）"),
 ],
 companies=[
  comp("金风", ZJ, E1, opt=True, note="只在项目名中"),
  comp("原轼", ZJ, E1, opt=True, note="只在项目名中"),
  comp("招商局蛇口股份", ZJ, E3, opt=True, note="只在项目名中"),
  comp("安智科为", ZJ, E3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("金风总装生产车间智能制造项目", ZJ, E1, companies=["金风"], status="在建", status_text="续建项目"),
  proj("原轼金刚石线锯生产项目", ZJ, E1, companies=["原轼"], status="在建", status_text="续建项目"),
  proj("纬二桥建设", ZJ, E1, status="在建", status_text="续建项目", opt=True, note="基础设施"),
  proj("奥体中心", ZJ, E2, status="planned", status_text="新开工项目", opt=True, note="2018年计划新开工；涉奥公共设施"),
  proj("市第二医院创伤诊疗中心", ZJ, E2, status="planned", status_text="新开工项目", opt=True, note="同上"),
  proj("市供血站采供血楼", ZJ, E2, status="planned", status_text="新开工项目", opt=True, note="同上"),
  proj("120急救中心", ZJ, E2, status="planned", status_text="新开工项目", opt=True, note="同上"),
  proj("新改建公厕项目", ZJ, E2, status="planned", status_text="新开工项目", opt=True, note="同上"),
  proj("“未来之城”基础设施建设", ZJ, E3, status="planned", status_text="前期项目", opt=True, note="基础设施"),
  proj("招商局蛇口股份国际金融科技城", ZJ, E3, companies=["招商局蛇口股份"], status="planned", status_text="前期项目"),
  proj("安智科为光伏产业园", ZJ, E3, companies=["安智科为"], status="planned", status_text="前期项目"),
  proj("可再生能源综合商务区", ZJ, "经开区在洋河新区“可再生能源综合商务区”项目现场举行2018 年重点项目集中开工仪式", opt=True,
       note="开工仪式所在项目现场；状态未明说"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "key_projects", 100, "count", E0, AS5),
  fact(ZJ, "park", "key_projects_total_investment_cny", 2.191e11, "cny", "总投资2191亿元", AS5, chk=True),
  fact(ZJ, "park", "projects_to_start", 58, "count", E0, AS5, kind="target", note="新建续建项目年内全部开工"),
  fact(ZJ, "park", "planned_annual_investment_cny", 1.12e10, "cny", "计划完成投资112亿元", AS5, kind="target", chk=True),
  fact(ZJ, "park", "projects_under_construction", 24, "count", E1, AS5, note="续建项目"),
  fact(ZJ, "park", "projects_new_start", 34, "count", E2, AS5, note="新开工项目"),
  fact(ZJ, "park", "projects_preliminary", 42, "count", E3, AS5, note="前期项目"),
  fact(ZJ, "park", "key_projects_over_1bn", 36, "count", E4, AS5, opt=True),
  fact(ZJ, "park", "key_projects_over_5bn", 13, "count", E4, AS5, opt=True),
  fact(ZJ, "park", "provincial_key_projects", 2, "count", E4, AS5, opt=True),
  fact(ZJ, "park", "municipal_key_projects", 13, "count", E4, AS5, opt=True),
 ])

# ---------------------------------------------------------------- sg06 邯郸经开区重点项目建设攻坚提速 (中原新闻网 2020)
HD = "邯郸经开区"
F0 = "今年,邯郸经开区被列入省重点项目2个、市重点项目14个"
F1 = "邯郸中建材年产300兆瓦碲化镉薄膜发电玻璃生产线项目,工人正在安装发电玻璃"
G["sg06"] = dict(
 article=art("邯郸经开区重点项目建设攻坚提速", "中原新闻网（吴明杰；编辑 王敏），zysbs.cn 邯郸栏", "2020-05-26", "day",
  "Regional news site's city page, Hebei: a national economic-technological zone's key-project drive in 2020 — a named glass production line being installed, firms and a firm's industrial park in photo captions, the zone's provincial and municipal key-project counts, its core area and a sub-park",
  "https://www.zysbs.cn/html/zhoubian/handan/2020_05/26/4567586.html",
  "日期取页面“来源:中原新闻网编辑:王敏发布时间:2020-05-26 17:26:35”。标题照录；联系方式行、面包屑与来源行已删；正文前五条图片说明（“邯郸中建材年产300兆瓦…工人正在安装发电玻璃。”“邯郸中建材年产300兆瓦…生产线项目。”“一站式服务中心”“美的邯郸工业园”“河北汉光重工有限责任公司”）照录为段落。存段末段“3月,该区…通过强化领导包联…5项机制,确保项目建设再掀高”整段为一句且在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…持续推进。”。小标题“决战姿态,再掀建设高潮”照录为段落。园区：邯郸经开区（邯郸经济技术开发区；文中又作“经开区”“该区”；邯郸市，河北）；滏东园区为区内片区（可选，母园区邯郸经开区）；美的邯郸工业园为企业园区（只在图说，可选，母园区推定为邯郸经开区）。项目：邯郸中建材年产300兆瓦碲化镉薄膜发电玻璃生产线项目（图说“工人正在安装发电玻璃”→在建；园区由语境推定）。公司：河北汉光重工有限责任公司（图说，园区推定）；邯郸中建材只在项目名中（可选）。事实：2020年列入省重点项目2个、市重点项目14个。",
  "sg06"),
 parks=[
  park(HD, "邯郸", "河北", "经济技术开发区", F0, note="文中又作“经开区”“该区”"),
  park("滏东园区", "邯郸", "河北", "园区", "盯紧盯牢核心区和滏东园区两大项目建设战场和省市重大项目", parent=HD, opt=True, note="经开区内片区"),
  park("美的邯郸工业园", "邯郸", "河北", "工业园", "美的邯郸工业园", parent=HD, opt=True, note="只见于图片说明；企业园区；母园区由语境推定"),
 ],
 companies=[
  comp("河北汉光重工有限责任公司", HD, "河北汉光重工有限责任公司", note="只见于图片说明；园区由语境推定"),
  comp("邯郸中建材", HD, F1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("邯郸中建材年产300兆瓦碲化镉薄膜发电玻璃生产线项目", HD, F1, companies=["邯郸中建材"], status="在建", status_text="工人正在安装发电玻璃",
       note="图片说明；园区由语境推定；无金额"),
 ],
 aggregate_facts=[
  fact(HD, "park", "provincial_key_projects", 2, "count", F0, "2020年"),
  fact(HD, "park", "municipal_key_projects", 14, "count", F0, "2020年"),
 ])
