# real328 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; real52's, copied
# unchanged). Conventions as real52 (see real52/_build/gold.py header): evidence verbatim (all six items simplified script as
# published); names as written; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text places the
# project in, null if none (a county or city is not a park). Status from the text's words (开工 / 集中开工 → 开工; 签约 → 签约;
# 开(竣)工 mixed → no status). Planned year figures (“计划”“目标”) are kind target; year-to-date figures are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/poNN.raw as returned.

# ---------------------------------------------------------------- po01 临湘 15个项目签约、1个开工 (临湘政府网 2023)
LX = "市高新技术产业开发区"
A0 = "8月18日上午,我市2023年重大产业项目湖南双阳高科(岳阳)电子级双氧水项目开工暨新项目集中签约仪式在市高新技术产业开发区双阳高科项目建设地举行"
A1 = "15个项目集中签约、1个项目开工,总投资127亿元,预计年税收6.2亿元"
AS1 = "2023年8月18日（集中签约、开工）"
G["po01"] = dict(
 article=art("项目建设热力十足 我市15个项目集中签约、1个项目开工", "临湘政府网（linxiang.gov.cn；署名存段未示）", "2023-08-23", "day",
  "County-level city government portal, Hunan (岳阳): a groundbreaking of one named project in the city's high-tech zone and a signing of 15 projects — totals and expected tax",
  "https://linxiang.gov.cn/54298/54302/content_2100980.html",
  "日期取页面“日期: 2023-08-23 17:51”。标题照录；“来源…日期…”“浏览量”行已删。存段第二段（“据了解,此次集中签约…苏州福氢…税收可达”）在句中中断，整段删去（make_txt.py ITEMS 只留第一段），正文一段，段内原有的两个空格（“出席活动。  在见证”）照录。园区：“市高新技术产业开发区”即临湘高新技术产业开发区（临湘市，岳阳，湖南；文中只作“市高新技术产业开发区”，不补全称）。项目：湖南双阳高科(岳阳)电子级双氧水项目——开工（“开工暨…”“启动项目开工球”），在园区（项目建设地即在高新区）；本段无单项金额（4.62亿元在删去的段中）。15个签约项目未点名。事实：15个签约、1个开工、合计127亿元、预计年税收6.2亿元（target）。中国诚通、中国纸业、岳阳林纸只见于出席人职务，列可选公司（park null）。",
  "po01"),
 parks=[
  park(LX, "岳阳", "湖南", "高新技术产业开发区", A0, district="临湘市", note="即临湘高新技术产业开发区；文中只作“市高新技术产业开发区”"),
 ],
 companies=[
  comp("中国诚通控股集团有限公司", None, "中国诚通控股集团有限公司党委委员、副总经理李友生", opt=True, note="只见于出席人职务"),
  comp("中国纸业投资有限公司", None, "中国纸业投资有限公司党委副书记、总经理钟天崎", opt=True, note="只见于出席人职务"),
  comp("岳阳林纸股份有限公司", None, "岳阳林纸股份有限公司党委书记、董事长叶蒙", opt=True, note="只见于出席人职务"),
 ],
 projects=[
  proj("湖南双阳高科(岳阳)电子级双氧水项目", LX, A0, status="开工", status_text="开工", note="2023年重大产业项目；金额不在所存正文中"),
 ],
 aggregate_facts=[
  fact(LX, "park", "projects_signed", 15, "count", A1, AS1, note="临湘市集中签约（仪式在高新区举行）；subject 亦可作临湘市"),
  fact(LX, "park", "projects_started", 1, "count", A1, AS1, opt=True),
  fact(LX, "park", "signed_investment_cny", 1.27e10, "cny", A1, AS1, chk=True, note="签约与开工合计"),
  fact(LX, "park", "expected_annual_tax_cny", 6.2e8, "cny", "预计年税收6.2亿元", "项目达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- po02 桃源县 2022 一季度集中开工 (红网常德站)
TY = "桃源高新区"
B0 = "桃源县2022年第一季度重点建设项目包括湖南飞沃新能源科技股份有限公司三期建设、桃源高新区智能制造标准化厂房建设、环溪变电站、德平机械制造项目、金来机械制造项目,总投资达21.98亿元"
B1 = "其中,湖南飞沃新能源科技股份有限公司三期建设项目,总投资4.5亿元,占地115亩"
B2 = "桃源环溪110kV输变电工程项目,投资5820万元,占地6.96亩"
B3 = "桃源高新区智能制造标准化厂房项目,总投资14.5亿元,占地150亩"
B4 = "2022年桃源高新区将计划新引进40家亿元以上产业项目,新增规上企业20家以上,规上企业总数达到140家以上,园区规模工业产值达到300亿元以上(含晟通),规模工业增加值达到50亿元以上,入库工业税收6亿元以上"
AS2 = "2022年2月18日（集中开工）"
T2 = "2022年（目标）"
G["po02"] = dict(
 article=art("桃源县2022年第一季度重点建设项目集中开工,总投资21.98亿元", "红网时刻（红网常德站，通讯员 任俊）", "2022-02-18", "day",
  "Provincial news portal's city station, Hunan (常德): a county's Q1 groundbreaking — five projects with total, three with amounts, a high-tech zone's standard-plant project and the zone's 2022 targets",
  "https://cd.rednet.cn/content/2022/02/18/10882222.html",
  "日期取网址 2022/02/18 与文中“2月18日讯”。标题照录；“当前位置:”、图片文件名“图片1.png”与图注“开工仪式现场。”、来源/作者/编辑/版权行已删。正文六段，完整。园区：桃源高新区（桃源县，常德，湖南；文中又作“园区”）。项目：五个集中开工（开工）——湖南飞沃新能源科技股份有限公司三期建设（4.5亿元）、桃源高新区智能制造标准化厂房（14.5亿元，在园区）、桃源环溪110kV输变电工程（5820万元；“为推动园区高质量发展提供…电力”，园区推定，可选 park）、德平机械制造项目、金来机械制造项目（无金额，园区未说）。飞沃三期的园区文中未明说（null，note）。事实：合计21.98亿元；高新区2022年目标（新引进40家亿元以上项目、新增规上企业20家以上、规上企业达140家以上、规模工业产值300亿元以上、增加值50亿元以上、入库工业税收6亿元以上）为 target。“晟通”只在括注中，列可选公司。",
  "po02"),
 parks=[
  park(TY, "常德", "湖南", "高新区", B3, district="桃源县", note="文中又作“园区”；正争创国家级高新区"),
 ],
 companies=[
  comp("湖南飞沃新能源科技股份有限公司", None, B1, note="三期建设项目业主；园区文中未明说"),
  comp("晟通", TY, B4, opt=True, note="只在“(含晟通)”括注中，产值计入园区"),
 ],
 projects=[
  proj("湖南飞沃新能源科技股份有限公司三期建设项目", None, B1, companies=["湖南飞沃新能源科技股份有限公司"], inv="总投资4.5亿元", phase="三期",
       status="开工", status_text="集中开工", aliases=["湖南飞沃新能源科技股份有限公司三期建设"], note="园区文中未明说"),
  proj("桃源高新区智能制造标准化厂房项目", TY, B3, inv="总投资14.5亿元", status="开工", status_text="集中开工", aliases=["桃源高新区智能制造标准化厂房建设"]),
  proj("桃源环溪110kV输变电工程项目", None, B2, inv="投资5820万元", status="开工", status_text="集中开工", aliases=["环溪变电站"],
       note="“为推动园区高质量发展提供…电力能源保障”；园区未明说"),
  proj("德平机械制造项目", None, B0, status="开工", status_text="集中开工", opt=True, note="无金额；园区未说"),
  proj("金来机械制造项目", None, B0, status="开工", status_text="集中开工", opt=True, note="无金额；园区未说"),
 ],
 aggregate_facts=[
  fact("桃源县", "region", "projects_started_investment_cny", 2.198e9, "cny", B0, AS2, chk=True, note="五个项目合计"),
  fact("桃源县", "region", "projects_started", 5, "count", B0, AS2, opt=True, note="文中列出五项，未写个数"),
  fact(TY, "park", "new_projects_over_100m_target", 40, "count", B4, T2, kind="target"),
  fact(TY, "park", "new_above_scale_firms_target", 20, "count", B4, T2, kind="target", qual="超", qtext="以上"),
  fact(TY, "park", "above_scale_firms_target", 140, "count", B4, T2, kind="target", qual="超", qtext="以上"),
  fact(TY, "park", "industrial_output_cny", 3e10, "cny", "园区规模工业产值达到300亿元以上(含晟通)", T2, kind="target", qual="超", qtext="以上", chk=True),
  fact(TY, "park", "industrial_value_added_cny", 5e9, "cny", "规模工业增加值达到50亿元以上", T2, kind="target", qual="超", qtext="以上", chk=True),
  fact(TY, "park", "industrial_tax_cny", 6e8, "cny", "入库工业税收6亿元以上", T2, kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- po03 邵阳县 25个项目签约 (新湖南 via 邵商网 2022)
SY = "邵阳县高新区"
C0 = "近日,邵阳县举行2022年第二季度重大招商引资项目集中签约,25个产业项目签约,总投资26.31亿元"
C1 = "其中,邵阳县高新材料产业园项目计划投资15亿元,在邵阳县高新区规划建设标准化厂房约12万平方米"
C2 = "今年,邵阳县努力克服疫情影响,招商引资逆势上扬,已成功引进项目42个,投资总额达45亿元"
C3 = "全县在建的23个重点项目已完成总投资6.74亿元"
AS3 = "2022年第二季度（集中签约）"
G["po03"] = dict(
 article=art("邵阳县:25个项目签约,总投资26.31亿元", "新湖南客户端（张佳伟 刘飞），载于邵商网 shaoshang.cn", "2022", "year",
  "Local portal relaying a provincial news app, Hunan (邵阳): a county's Q2 investment signing — total, one named park project with amount and plant area, the county's year-to-date projects and investment",
  "https://www.shaoshang.cn/news/155283.html",
  "存段无日期行；文中“2022年第二季度重大招商引资项目集中签约”“预计7月可全面完成年度投资计划”，发布约在2022年6–7月，只记到年（year）。标题照录；站名标语、来源、转载声明、“分享到”已删。正文四段，完整；末尾署名“(张佳伟刘飞”缺右括号，原文如此，照录。园区：邵阳县高新区（邵阳县，邵阳，湖南）。项目：邵阳县高新材料产业园项目——签约（“此次签约的项目…其中”），计划投资15亿元，在邵阳县高新区；标准化厂房约12万平方米。事实：25个项目签约、26.31亿元；今年已引进项目42个、45亿元（cumulative，县）；在建23个重点项目已完成投资6.74亿元（cumulative，县）。",
  "po03"),
 parks=[
  park(SY, "邵阳", "湖南", "高新区", C1, district="邵阳县"),
 ],
 companies=[],
 projects=[
  proj("邵阳县高新材料产业园项目", SY, C1, inv="计划投资15亿元", status="签约", status_text="签约",
       note="拟打造以钴酸锂、硬质合金循环利用为主导的新材料产业制造基地"),
 ],
 aggregate_facts=[
  fact("邵阳县", "region", "projects_signed", 25, "count", C0, AS3),
  fact("邵阳县", "region", "signed_investment_cny", 2.631e9, "cny", C0, AS3, chk=True),
  fact("邵阳县高新材料产业园项目", "project", "standard_plant_area_m2", 1.2e5, "m2", C1, "2022年（规划）", kind="target", qual="约", qtext="约", opt=True),
  fact("邵阳县", "region", "projects_introduced", 42, "count", C2, "2022年（截至6月前后）", kind="cumulative"),
  fact("邵阳县", "region", "introduced_investment_cny", 4.5e9, "cny", "已成功引进项目42个,投资总额达45亿元", "2022年（截至6月前后）", kind="cumulative", chk=True),
  fact("邵阳县", "region", "key_projects_completed_investment_cny", 6.74e8, "cny", C3, "2022年（截至6月前后）", kind="cumulative", opt=True, chk=True, note="在建23个重点项目"),
 ])

# ---------------------------------------------------------------- po04 郴州经开区 项目建设篇 (红网时刻 2022)
CZ = "郴州经开区"
CC = "郴州智能制造产业聚集区·长冲科技产业园"
D0 = "长冲科技产业园项目是全市重点产业项目,现正在进行土方平整的施工工作,待完工后将建成厂房12栋,研发楼1栋"
D1 = "在不远处的华润三九项目建设基地,建设正酣。该项目是湖南省重点产业项目,建成后,年药材处理能力达5.7万吨,可解决480余人就业"
D2 = "2022年全区安排新建、续建重点项目112个,项目总投资631.13亿元,年度总投资218.09亿元"
D3 = "其中纳入省市重点项目11个,年度计划投资21.5亿元"
D4 = "今年来,省市重点建设项目完成投资8.38亿元,完成年度计划投资35.66%"
G["po04"] = dict(
 article=art("“开门红”“开门稳”之项目建设篇 | 以会战之势,按下“快进键”", "红网时刻（红网郴州站；记者 周蕾 通讯员 雷一帆）", "2022-04-02", "day",
  "Provincial news portal's city station, Hunan (郴州): a series piece on an economic development zone's first quarter — two named projects under construction with stage, the zone's 2022 key-project plan and year-to-date investment",
  "https://cz.rednet.cn/content/2022/04/02/11081397.html",
  "日期取网址 2022/04/02。标题照录；“当前位置:”、记者行、图片文件名与图注已删。存段末行“‘只用了两个月就完成了装”在句中中断，整段删去，正文截至“…完成年度计划投资35.66%。”，共六段（含编者按）。园区：郴州经开区（郴州经济开发区，郴州，湖南；文中又作“全园区”“全区”）；郴州智能制造产业聚集区·长冲科技产业园（文中又作“长冲科技产业园”；为郴州经开区招商提供支撑，母园区推定郴州经开区）。项目：长冲科技产业园项目——在建（土方平整施工），无金额；华润三九项目——在建，预计10月开始试生产，无金额，在园（“在不远处”“放眼全园区”），华润三九列可选公司。事实：2022年安排重点项目112个、总投资631.13亿元、年度总投资218.09亿元（target/计划）；省市重点项目11个、年度计划投资21.5亿元；今年来完成投资8.38亿元（cumulative）、完成年度计划35.66%（ratio）。",
  "po04"),
 parks=[
  park(CZ, "郴州", "湖南", "经济开发区", "今年以来,郴州经开区全力抓项目、强产业、优服务", note="文中又作“全园区”“全区”"),
  park(CC, "郴州", "湖南", "产业园", D0, parent=CZ, aliases=["长冲科技产业园"], note="文中又作“长冲科技产业园”；母园区由语境推定"),
 ],
 companies=[
  comp("华润三九", CZ, D1, opt=True, note="只在项目名中；园区由语境推定"),
 ],
 projects=[
  proj("长冲科技产业园项目", CZ, D0, status="在建", status_text="正在进行土方平整的施工工作", note="全市重点产业项目；建成后厂房12栋、研发楼1栋；无金额"),
  proj("华润三九项目", CZ, D1, companies=["华润三九"], status="在建", status_text="建设正酣", note="湖南省重点产业项目；预计2022年10月开始试生产；无金额"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "key_projects_planned", 112, "count", D2, "2022年（计划）", kind="target"),
  fact(CZ, "park", "key_projects_total_investment_cny", 6.3113e10, "cny", "项目总投资631.13亿元,年度总投资218.09亿元", "2022年（计划）", kind="target", chk=True),
  fact(CZ, "park", "planned_annual_investment_cny", 2.1809e10, "cny", "年度总投资218.09亿元", "2022年（计划）", kind="target", chk=True),
  fact(CZ, "park", "provincial_city_key_projects", 11, "count", D3, "2022年（计划）", kind="target", opt=True),
  fact(CZ, "park", "provincial_city_key_projects_planned_investment_cny", 2.15e9, "cny", "年度计划投资21.5亿元", "2022年（计划）", kind="target", opt=True, chk=True),
  fact(CZ, "park", "key_projects_completed_investment_cny", 8.38e8, "cny", D4, "2022年（截至一季度末）", kind="cumulative", chk=True),
  fact(CZ, "park", "annual_plan_completion_ratio", 0.3566, "ratio", D4, "2022年（截至一季度末）", kind="ratio", opt=True),
  fact("华润三九项目", "project", "annual_plan_completion_ratio", 0.4783, "ratio", "目前完成年度计划投资47.83%", "2022年（截至一季度末）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- po05 衡阳县 8个产业项目集中开工 (衡阳日报 epaper 2020)
XD = "西渡高新区"
E0 = "“此次,衡阳县集中开工的产业项目8个,总投资达21.1亿元,平均投资规模为2.6亿元以上,今年计划投资11.3亿余元"
E1 = "其中,此次投资规模最大的衡阳县百汇国际博览城项目,由深圳百汇投资事业集团负责投资建设。该项目分二期建设,计划总投资约10亿元,拟在西渡高新区建设以现代中高端家居建材为主"
E2 = "这些项目分别是衡阳县百汇国际博览城项目、凯诚环保装备制造项目、金大长石粉深加工项目、优融美美体内衣生产项目、雄伟运输机械项目、昌隆建陶配套产品项目、阳光古建秦砖汉瓦生产项目及清花湾乡村振兴示范片项目等"
E3 = "8个项目全部建成投产后,可实现年技工贸收入33亿余元,安排劳动力就业3300余人"
AS5 = "2020年3月（集中开工）"
G["po05"] = dict(
 article=art("（无标题）衡阳县8个产业项目集中开工 总投资21.1亿元", "epaper.hyqss.cn（衡阳日报社数字报；版面与署名存段未示）", "2020-03-05", "day",
  "City newspaper's e-paper, Hunan (衡阳): a county groundbreaking of eight industrial projects — total and annual plan, eight named projects, the largest with investor, amount and site in the county's high-tech zone, expected revenue",
  "https://epaper.hyqss.cn/html/2020-03/05/content_3_3.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2020-03/05。存段从引语开始，正文三段，完整。园区：西渡高新区（衡阳县，衡阳，湖南；即衡阳县的高新区，文中只作“西渡高新区”）。项目：八个集中开工（开工）；衡阳县百汇国际博览城项目——计划总投资约10亿元（约），分二期，拟在西渡高新区建设，投资方深圳百汇投资事业集团；其余七个无金额、园区未说（null）。事实：8个、21.1亿元、平均2.6亿元以上、今年计划投资11.3亿余元（target）、建成后年技工贸收入33亿余元（target）。",
  "po05"),
 parks=[
  park(XD, "衡阳", "湖南", "高新区", E1, district="衡阳县"),
 ],
 companies=[
  comp("深圳百汇投资事业集团", XD, E1, note="百汇国际博览城项目投资方；项目在西渡高新区"),
 ],
 projects=[
  proj("衡阳县百汇国际博览城项目", XD, E1, companies=["深圳百汇投资事业集团"], inv="约10亿元", qual="约", qual_text="约",
       status="开工", status_text="集中开工", note="分二期建设；城市复合型商业综合体"),
  proj("凯诚环保装备制造项目", None, E2, status="开工", status_text="集中开工", note="无金额；园区未说"),
  proj("金大长石粉深加工项目", None, E2, status="开工", status_text="集中开工", note="同上"),
  proj("优融美美体内衣生产项目", None, E2, status="开工", status_text="集中开工", note="同上"),
  proj("雄伟运输机械项目", None, E2, status="开工", status_text="集中开工", note="同上"),
  proj("昌隆建陶配套产品项目", None, E2, status="开工", status_text="集中开工", note="同上"),
  proj("阳光古建秦砖汉瓦生产项目", None, E2, status="开工", status_text="集中开工", note="同上"),
  proj("清花湾乡村振兴示范片项目", None, E2, status="开工", status_text="集中开工", opt=True, note="乡村振兴项目，非园区"),
 ],
 aggregate_facts=[
  fact("衡阳县", "region", "projects_started", 8, "count", E0, AS5),
  fact("衡阳县", "region", "projects_started_investment_cny", 2.11e9, "cny", E0, AS5, chk=True),
  fact("衡阳县", "region", "average_project_investment_cny", 2.6e8, "cny", "平均投资规模为2.6亿元以上", AS5, qual="超", qtext="以上", opt=True, chk=True),
  fact("衡阳县", "region", "planned_annual_investment", 1.13e9, "cny", "今年计划投资11.3亿余元", "2020年（计划）", kind="target", qual="余", qtext="余",
       note="“11.3亿余元”：数与“元”之间有“余”，check_gold 的金额式读不出，故 metric 不带 _cny 后缀；值为元"),
  fact("衡阳县", "region", "expected_annual_revenue", 3.3e9, "cny", E3, "建成投产后（预期）", kind="target", qual="余", qtext="余", opt=True,
       note="“33亿余元”：同上，metric 不带 _cny 后缀；值为元"),
 ])

# ---------------------------------------------------------------- po06 郴州107个重大产业项目集中开(竣)工 (人民网 via 临湘政府网 2019)
GX = "郴州高新区"
F0 = "共集中开(竣)工项目107个,总投资409.4亿元。其中开工项目56个,总投资241.9亿元,今年计划投资82.6亿元;竣工项目51个,总投资167.5亿元,已完成投资155.45亿元"
F1 = "郴州高新区、苏仙区则有湖南福瑞康电子产业园等13个项目正式开(竣)工"
F2 = "在嘉禾县会场,集中开工项目有新兴铸管(嘉禾)绿色智能铸造产业园、锦业铸造等7个项目;竣工项目有海铸机械、科善精密机械等7个项目"
F3 = "北湖区有日佳、众拓、尚雲高性能电子功能材料生产等10个项目开工;有电子信息新材料产业园(一期)、湘南工程机械再制造中心等6个项目竣工"
F4 = "落户永兴县的湖南裕宝实业有限公司一期项目负责人介绍,项目举办完竣工投产仪式后,将开足马力加快生产,今年产值可突破1亿元"
AS6 = "2019年2月28日（集中开竣工）"
G["po06"] = dict(
 article=art("郴州107个重大产业项目集中开(竣)工", "人民网（记者 李秉钧 通讯员 曹五洋），载于临湘政府网“省网转载”栏", "2019-03-03", "day",
  "National news site relayed by a county-level government portal, Hunan (郴州): a city-wide groundbreaking and completion event — totals for started and completed projects, named projects by county, a park project and a firm's expected output",
  "https://linxiang.gov.cn/24726/24732/content_1483711.html",
  "日期取页面“编稿时间: 2019-03-03”（活动在2月28日）。标题照录；面包屑与“编稿时间…来源: 人民网”行已删。正文三段，完整。园区：郴州高新区（郴州，湖南）——文中“郴州高新区、苏仙区则有湖南福瑞康电子产业园等13个项目”，福瑞康电子产业园归郴州高新区与苏仙区合并会场，园区推定郴州高新区（可选链接，note）；电子信息新材料产业园(一期)在北湖区（项目，园区 null）；新兴铸管(嘉禾)绿色智能铸造产业园在嘉禾县（项目）。项目状态：嘉禾“集中开工项目”→开工、“竣工项目”→竣工；北湖“开工”/“竣工”；福瑞康“开(竣)工”不分，不记状态。湖南裕宝实业有限公司一期项目——竣工投产（永兴县，园区未说）。事实：全市107个、409.4亿元；开工56个、241.9亿元、今年计划投资82.6亿元；竣工51个、167.5亿元、已完成投资155.45亿元（subject 郴州市，region）。",
  "po06"),
 parks=[
  park(GX, "郴州", "湖南", "高新区", F1, note="与苏仙区合设会场"),
 ],
 companies=[
  comp("湖南裕宝实业有限公司", None, F4, note="落户永兴县；园区未说"),
  comp("锦业铸造", None, F2, opt=True, note="项目名即企业名；嘉禾县"),
  comp("海铸机械", None, F2, opt=True, note="同上"),
  comp("科善精密机械", None, F2, opt=True, note="同上"),
 ],
 projects=[
  proj("湖南福瑞康电子产业园", GX, F1, note="“正式开(竣)工”——开工或竣工未分，不记状态；园区由会场推定（郴州高新区、苏仙区）", opt=False),
  proj("新兴铸管(嘉禾)绿色智能铸造产业园", None, F2, status="开工", status_text="集中开工", note="嘉禾县"),
  proj("锦业铸造", None, F2, status="开工", status_text="集中开工", opt=True, note="嘉禾县"),
  proj("海铸机械", None, F2, status="竣工", status_text="竣工", opt=True, note="嘉禾县"),
  proj("科善精密机械", None, F2, status="竣工", status_text="竣工", opt=True, note="嘉禾县"),
  proj("尚雲高性能电子功能材料生产", None, F3, status="开工", status_text="开工", opt=True, note="北湖区；“日佳、众拓、尚雲…”并列，可能为三个项目"),
  proj("电子信息新材料产业园(一期)", None, F3, phase="一期", status="竣工", status_text="竣工", note="北湖区"),
  proj("湘南工程机械再制造中心", None, F3, status="竣工", status_text="竣工", note="北湖区"),
  proj("湖南裕宝实业有限公司一期项目", None, F4, companies=["湖南裕宝实业有限公司"], phase="一期", status="投产", status_text="竣工投产", note="永兴县"),
 ],
 aggregate_facts=[
  fact("郴州市", "region", "projects_started_completed", 107, "count", F0, AS6),
  fact("郴州市", "region", "projects_total_investment_cny", 4.094e10, "cny", F0, AS6, chk=True),
  fact("郴州市", "region", "projects_started", 56, "count", "其中开工项目56个,总投资241.9亿元", AS6),
  fact("郴州市", "region", "projects_started_investment_cny", 2.419e10, "cny", "其中开工项目56个,总投资241.9亿元", AS6, chk=True),
  fact("郴州市", "region", "planned_annual_investment_cny", 8.26e9, "cny", "今年计划投资82.6亿元", "2019年（计划）", kind="target", chk=True),
  fact("郴州市", "region", "projects_completed", 51, "count", "竣工项目51个,总投资167.5亿元", AS6),
  fact("郴州市", "region", "projects_completed_investment_cny", 1.675e10, "cny", "竣工项目51个,总投资167.5亿元", AS6, chk=True),
  fact("郴州市", "region", "completed_projects_invested_cny", 1.5545e10, "cny", "已完成投资155.45亿元", AS6, kind="cumulative", opt=True, chk=True),
  fact(GX, "park", "projects_started_completed", 13, "count", F1, AS6, opt=True, note="郴州高新区与苏仙区合计"),
  fact("湖南裕宝实业有限公司", "company", "expected_annual_output_cny", 1e8, "cny", "今年产值可突破1亿元", "2019年（预期）", kind="target", qual="超", qtext="突破", chk=True),
 ])
