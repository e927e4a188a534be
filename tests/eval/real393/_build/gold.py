# real393 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破/至少 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text places the
# project in, null if none (a county or city is not a park). Status from the text's words (集中开工 / 本次开工 → 开工; 集中签约 /
# 签约 → 签约; “计划…开工建设” → planned; under construction / lines on trial → 在建). Expected output or tax (“建成后…可实现”,
# “预计”, “力争”) are kind target; year-to-date or “累计” counts cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/mbNN.raw as returned.

# ---------------------------------------------------------------- mb01 随州 一季度重大项目集中开工 (湖北日报 via 洞察网 2022)
SZ = "随州高新区"
QC = "青春化工园"
A0 = "随州市2022年一季度重大项目集中开工活动在随州高新区青春化工园犇星新能源材料项目现场举行,计划总投资337.4亿元的100个重大项目集中开工"
A1 = "当天,随州高新区主会场共有21个项目集中开工,计划总投资超过160亿元"
A2 = "包括计划总投资30亿元的犇星新能源材料、总投资60亿元年产20万吨的锂电池负极材料项目、投资15亿元年产5万吨有机中间体的乾星新材料项目、投资5亿元的东莞斯缤克化工聚酯胺膜和防伪油墨项目等"
A3 = "这些项目建成满产后可新增产值300亿元以上、新增税收至少15亿元"
A4 = "其中,总投资60亿元年产20万吨的锂电池负极材料项目,是全省投资额度最大、产能最高、落地最快的负极材料项目"
AS1 = "2022年1月（一季度集中开工）"
G["mb01"] = dict(
 article=art("湖北随州举行一季度重大项目集中开工活动 计划总投资337.4亿", "湖北日报（页面“来源:湖北日报”），载于洞察网 life.dongchanet.com", "2022-01-20", "day",
  "Portal relaying a provincial daily, Hubei: a city's first-quarter groundbreaking held at a chemical park inside a high-tech zone — the zone's 21 projects and total, four named new-energy / new-materials projects with amounts, expected new output and tax, one project's planned start of production",
  "http://life.dongchanet.com/20220120/85013.html",
  "日期取页面“2022-01-20 16:48:57”。标题照录；面包屑、来源行、责任编辑、标签与页脚栏目已删。正文三段，完整。园区：随州高新区（随州市，湖北）；青春化工园（“随州高新区青春化工园”，母园区随州高新区）。项目：犇星新能源材料（活动现场在青春化工园，park 记青春化工园；30亿元）、年产20万吨的锂电池负极材料项目（60亿元；预计9月投产）、乾星新材料项目（15亿元）、东莞斯缤克化工聚酯胺膜和防伪油墨项目（5亿元）——均在“随州高新区主会场…集中开工”之列，状态开工；后三项园区记随州高新区。“犇星”“乾星新材料”“东莞斯缤克化工”只在项目名中，列可选公司。全市100个项目、337.4亿元为随州市（region，可选）；高新区21个项目、超过160亿元；满产后新增产值300亿元以上、税收至少15亿元为预期（target）。",
  "mb01"),
 parks=[
  park(SZ, "随州", "湖北", "高新区", A1, note="文中又作“随州高新区主会场”"),
  park(QC, "随州", "湖北", "化工园区", A0, parent=SZ, note="文中作“随州高新区青春化工园”"),
 ],
 companies=[
  comp("犇星", QC, A0, opt=True, note="只在项目名“犇星新能源材料”中"),
  comp("乾星新材料", SZ, A2, opt=True, note="只在项目名中"),
  comp("东莞斯缤克化工", SZ, A2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("犇星新能源材料项目", QC, A2, inv="计划总投资30亿元", status="开工", status_text="集中开工", aliases=["犇星新能源材料"],
       note="集中开工活动在该项目现场举行"),
  proj("锂电池负极材料项目", SZ, A4, inv="总投资60亿元", status="开工", status_text="集中开工", aliases=["年产20万吨的锂电池负极材料项目"],
       note="年产20万吨；土地已平整，预计2022年9月投产"),
  proj("乾星新材料项目", SZ, A2, inv="投资15亿元", status="开工", status_text="集中开工", note="年产5万吨有机中间体"),
  proj("东莞斯缤克化工聚酯胺膜和防伪油墨项目", SZ, A2, inv="投资5亿元", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("随州市", "region", "projects_started", 100, "count", A0, AS1, opt=True),
  fact("随州市", "region", "projects_started_investment_cny", 3.374e10, "cny", "计划总投资337.4亿元的100个重大项目集中开工", AS1, opt=True, chk=True),
  fact(SZ, "park", "projects_started", 21, "count", A1, AS1),
  fact(SZ, "park", "projects_started_investment_cny", 1.6e10, "cny", "计划总投资超过160亿元", AS1, qual="超", qtext="超过", chk=True),
  fact(SZ, "park", "expected_new_output_cny", 3e10, "cny", "新增产值300亿元以上", "满产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(SZ, "park", "expected_new_tax_cny", 1.5e9, "cny", "新增税收至少15亿元", "满产后（预期）", kind="target", qual="超", qtext="至少", chk=True),
 ])

# ---------------------------------------------------------------- mb02 荆州 二季度集中开工 (湖北日报 via lifekb.we54 2023)
JZK = "荆州经开区"
JZP = "荆州经开区新能源新材料产业园"
B0 = "5月18日,2023年二季度全省重大项目集中开工活动在荆州经开区新能源新材料产业园举行"
B1 = "荆州市集中开工160个亿元以上重大项目,总投资1033亿元,投资额居全省第四,包括湖北先导电子信息产业园、三才堂绿色植保基地两个百亿项目,总投资分别为200亿元、115亿元"
B2 = "湖北先导新材料科技有限公司电子信息产业园由先导科技集团投资,计划分两期建设,其中一期投资65亿元"
B3 = "三才堂绿色植保基地项目由荆州三才堂化工科技有限公司投资,规划建设年产40万吨绿色新材料系列产品、中间体和配套热电、三废处理等设施"
AS2 = "2023年5月18日（二季度集中开工）"
G["mb02"] = dict(
 article=art("（无标题）2023年二季度全省重大项目集中开工活动在荆州经开区新能源新材料产业园举行", "湖北日报（记者王丙全，通讯员彭丹、刘娟；“湖北日报讯”），载于 lifekb.we54.com", "2023-05-18", "day",
  "Portal copy of a provincial daily item, Hubei: the province's second-quarter groundbreaking held in a zone's new-energy / new-materials park — the city's 160 projects and total, two named hundred-billion-class projects (electronic-materials park, green crop-protection base) with amounts, phases and production dates",
  "http://lifekb.we54.com/lifekb/2023/0518/14699.html",
  "日期取网址 2023/0518（文中“5月18日”为开工日，当日发稿）。存段无标题（title 为编者概括）；“【资料图】”已删。存段末段“利尔化学董事长尹英遂介绍,5年前,…启动现有”为一句且在句中中断，整段删去（make_txt.py ITEMS），正文截至“…预计2029年12月全部建成投产。”，共五段。园区：荆州经开区（荆州经济技术开发区，湖北）；荆州经开区新能源新材料产业园（活动举办地，母园区荆州经开区；名称照文中全写）。项目：湖北先导电子信息产业园（200亿元，分两期，一期65亿元，预计2024年底前投产）与三才堂绿色植保基地项目（115亿元，分三期，预计2029年12月全部建成投产）均为荆州市160个集中开工项目之一（状态开工）；两项目所在园区文中未说，park 记 null（不因活动举办地推定）。“湖北先导电子信息产业园”为企业项目名，不列为园区。公司：湖北先导新材料科技有限公司、荆州三才堂化工科技有限公司；先导科技集团为投资方。市招商促进中心列可选机构。荆州市160个项目、1033亿元为 region 事实。",
  "mb02"),
 parks=[
  park(JZK, "荆州", "湖北", "经济技术开发区", B0),
  park(JZP, "荆州", "湖北", "产业园（新能源新材料）", B0, parent=JZK, note="活动举办地；名称照文中全写"),
 ],
 companies=[
  comp("湖北先导新材料科技有限公司", None, B2, note="电子信息产业园项目主体；园区文中未说"),
  comp("先导科技集团", None, B2, note="投资方；董事长朱世会"),
  comp("荆州三才堂化工科技有限公司", None, B3, note="三才堂绿色植保基地项目投资方；园区文中未说"),
 ],
 institutions=[
  inst("荆州市招商促进中心", "荆州市招商促进中心副主任周骞表示"),
 ],
 projects=[
  proj("湖北先导电子信息产业园", None, B1, companies=["湖北先导新材料科技有限公司", "先导科技集团"], inv="200亿元", status="开工", status_text="集中开工",
       note="分两期，一期投资65亿元，预计2024年底前正式投产；园区文中未说"),
  proj("湖北先导电子信息产业园一期", None, B2, companies=["湖北先导新材料科技有限公司"], inv="投资65亿元", phase="一期", opt=True,
       note="一期；预计2024年底前正式投产"),
  proj("三才堂绿色植保基地项目", None, B1, companies=["荆州三才堂化工科技有限公司"], inv="115亿元", status="开工", status_text="集中开工",
       aliases=["三才堂绿色植保基地"], note="年产40万吨绿色新材料系列产品等；分三期，预计2029年12月全部建成投产"),
 ],
 aggregate_facts=[
  fact("荆州市", "region", "projects_started", 160, "count", B1, AS2),
  fact("荆州市", "region", "projects_started_investment_cny", 1.033e11, "cny", "总投资1033亿元,投资额居全省第四", AS2, chk=True),
 ])

# ---------------------------------------------------------------- mb03 东方希望 有机硅一体化 兰州新区 (sif.org.cn 2022)
LZ = "兰州新区"
C0 = "2月19日上午,甘肃省2022年一季度全省重大项目集中开工动员大会在兰州新区召开"
C1 = "当天集中开工1亿元以上重大项目741个,总投资6095亿元,年度计划投资1853亿元"
C2 = "其中,主会场40万吨/年金属硅生产项目,为有机硅一体化项目一期,由中国民营500强企业东方希望集团投资建设"
C3 = "有机硅一体化项目占地3000亩,计划总投资150亿元,分两期建设"
C4 = "一期为本次开工项目,总投资80亿元,用地1200亩"
C5 = "二期为40万吨/年有机硅化合物生产项目,总投资70亿元,用地1800亩,计划2023年7月开工建设,2025年12月建成投产"
C6 = "项目建成后,预计可实现年产值140亿元、年税收12亿元,并将与新区及全省现有光伏产业形成上下游关系"
AS3 = "2022年2月19日（集中开工）"
G["mb03"] = dict(
 article=art("东方希望集团进军有机硅产业一体化", "new.sif.org.cn 行业动态栏（编辑:CAFSI；原发媒体未注明）", "2022-04-19", "day",
  "Industry-association site relaying a provincial groundbreaking item, Gansu: the province's first-quarter groundbreaking held in a state-level new area — a private group's integrated organosilicon project with total, phase 1 (metallic silicon, started) and phase 2 (planned) amounts, land, completion dates and expected output and tax",
  "http://new.sif.org.cn/article/454",
  "日期取页面“时间:2022-04-19 17:38:00”（开工大会为2022年2月19日）。标题为转载站标题，照录；栏目字“行业动态”与编辑时间行已删。正文三段，完整。园区：兰州新区（国家级新区，兰州，甘肃；文中又作“新区”）——主会场所在，项目“与新区…光伏产业形成上下游关系”，项目园区记兰州新区。项目：有机硅一体化项目（150亿元，两期；一期本次开工→开工）；一期“40万吨/年金属硅生产项目”（80亿元，开工，预计2023年12月建成投产）；二期“40万吨/年有机硅化合物生产项目”（70亿元，计划2023年7月开工→planned）。公司：东方希望集团（在兰州新区）。全省741个项目、6095亿元、年度计划1853亿元为甘肃省（region）。项目建成后年产值140亿元、年税收12亿元为预期（target，subject 项目）。",
  "mb03"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", C0, note="文中又作“新区”；开工大会主会场"),
 ],
 companies=[
  comp("东方希望集团", LZ, C2, note="中国民营500强企业；有机硅一体化项目投资方"),
 ],
 projects=[
  proj("有机硅一体化项目", LZ, C3, companies=["东方希望集团"], inv="计划总投资150亿元", status="开工", status_text="一期为本次开工项目",
       note="分两期；一期本次开工"),
  proj("40万吨/年金属硅生产项目", LZ, C4, companies=["东方希望集团"], inv="总投资80亿元", phase="一期", status="开工", status_text="本次开工",
       note="有机硅一体化项目一期；预计2023年12月建成投产"),
  proj("40万吨/年有机硅化合物生产项目", LZ, C5, companies=["东方希望集团"], inv="总投资70亿元", phase="二期", status="planned", status_text="计划2023年7月开工建设",
       note="有机硅一体化项目二期；2025年12月建成投产"),
 ],
 aggregate_facts=[
  fact("甘肃省", "region", "projects_started", 741, "count", C1, AS3, opt=True),
  fact("甘肃省", "region", "projects_started_investment_cny", 6.095e11, "cny", "总投资6095亿元,年度计划投资1853亿元", AS3, opt=True, chk=True),
  fact("甘肃省", "region", "planned_annual_investment_cny", 1.853e11, "cny", "年度计划投资1853亿元", "2022年（计划）", kind="target", opt=True, chk=True),
  fact("有机硅一体化项目", "project", "site_area_mu", 3000, "mu", C3, AS3, opt=True),
  fact("有机硅一体化项目", "project", "expected_annual_output_cny", 1.4e10, "cny", "预计可实现年产值140亿元、年税收12亿元", "建成后（预期）", kind="target", chk=True),
  fact("有机硅一体化项目", "project", "expected_annual_tax_cny", 1.2e9, "cny", "年税收12亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mb04 合盛20万吨密封胶项目 石河子开发区 (门窗幕墙网 2021)
SH = "石河子开发区"
HS = "合盛硅业产业园"
D0 = "通过加班加点的建设,2020年度兵团在建的最大招商引资项目——合盛20万吨密封胶项目取得重大进展"
D1 = "2009年通过招商引资落户石河子开发区后,合盛硅业加足马力,配套建设了两台330兆瓦机组,3万吨碳素项目,项目当年投产,目前年产工业硅35万吨/年"
D2 = "石河子开发区合盛硅业产业园也立足区位优势、现有资源优势,不断延伸、完善园区内产业链条,催生园区内循环经济形成"
D3 = "2019年5月,20万吨密封胶项目启动建设,项目占地935亩、总投资达42.7亿元,是新疆西部合盛硅业有限公司年产30万吨工业硅的下游延伸产品"
D4 = "2020年12月,项目第一条生产线试车,2月10日生产出中端产品八甲基环四硅氧烷(D4),目前日产能达300吨"
D5 = "项目建成之后,产值能够达60多亿元"
AS4 = "2021年初（2月10日后）"
G["mb04"] = dict(
 article=art("（无标题）合盛20万吨密封胶项目取得重大进展", "门窗幕墙网（mc361.com；“【门窗幕墙网】”，原发媒体与署名未注明）", "2021", "year",
  "Trade-portal item, Xinjiang (XPCC): a silicon firm's sealant project in a development zone — history of the firm in the zone, its industrial-silicon capacity, the project's start, land, investment, trial run and expected production and output",
  "http://mc361.com/news/184300.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2020年度兵团在建的最大招商引资项目”“2020年12月，项目第一条生产线试车,2月10日生产出…”“预计今年5月份…全面投产”，可知写于2021年2月10日之后、5月之前；记 2021（year）。首行前缀“【门窗幕墙网】”已删（make_txt.py LINE_PREFIX）；存段末句“根据现在的市场行情,可能达80亿元年产值,提供税金5亿以上,为”在句中中断，已删（LINE_SUFFIX），正文截至“…产值能够达60多亿元。”——引语的后引号随残句一并缺失，照此。园区：石河子开发区（新疆生产建设兵团第八师石河子市；文中又作“开发区”）；合盛硅业产业园（“石河子开发区合盛硅业产业园”，母园区石河子开发区；“新疆西部合盛硅业园区”列 alias）。项目：合盛20万吨密封胶项目（又作“20万吨密封胶项目”；2019年5月启动建设，总投资42.7亿元，2020年12月第一条线试车，“基本建成”，预计2021年5月全面投产→在建）；3万吨碳素项目（落户后配套建设，当年投产，可选）。公司：合盛硅业、新疆西部合盛硅业有限公司。“产值能够达60多亿元”不是“数字+亿元”，记 expected_annual_output（unit cny，余，可选）。",
  "mb04"),
 parks=[
  park(SH, "石河子", "新疆", "开发区", D1, note="新疆生产建设兵团第八师；文中又作“开发区”"),
  park(HS, "石河子", "新疆", "产业园（企业园区）", D2, parent=SH, aliases=["新疆西部合盛硅业园区"],
       note="文中作“石河子开发区合盛硅业产业园”；“新疆西部合盛硅业园区副总经理”"),
 ],
 companies=[
  comp("合盛硅业", SH, D1, note="2009年落户石河子开发区；年产工业硅35万吨"),
  comp("新疆西部合盛硅业有限公司", HS, D3, note="年产30万吨工业硅；密封胶项目为其下游延伸"),
 ],
 projects=[
  proj("合盛20万吨密封胶项目", HS, D3, companies=["新疆西部合盛硅业有限公司"], inv="总投资达42.7亿元", status="在建", status_text="基本建成",
       aliases=["20万吨密封胶项目"], note="2019年5月启动建设；2020年12月第一条生产线试车；预计2021年5月全面投产；2020年度兵团在建最大招商引资项目"),
  proj("3万吨碳素项目", SH, D1, companies=["合盛硅业"], status="投产", status_text="项目当年投产", opt=True, note="落户后配套建设"),
 ],
 aggregate_facts=[
  fact("合盛硅业", "company", "industrial_silicon_capacity_t_per_year", 350000, "t/year", D1, AS4, opt=True),
  fact("合盛20万吨密封胶项目", "project", "site_area_mu", 935, "mu", D3, AS4, opt=True),
  fact("合盛20万吨密封胶项目", "project", "daily_capacity_t", 300, "t/day", D4, AS4, opt=True),
  fact("合盛20万吨密封胶项目", "project", "expected_annual_output", 6e9, "cny", D5, "建成后（预期）", kind="target", qual="余", qtext="多", opt=True,
       note="“60多亿元”：不是数字+亿元，metric 不带 _cny"),
 ])

# ---------------------------------------------------------------- mb05 黄冈新年签下三个百亿项目 (湖北日报 2023)
E0 = "1月8日,黄冈市举行招商引资“开门红”项目集中签约活动,共签约亿元以上项目89个,协议投资额1145.71亿元"
E1 = "其中,武穴市中化学新祥云新材料、蕲春县中电建绿色建材基地、浠水县联投装配式绿色建材产业园等3个项目投资过百亿元"
E2 = "总投资260亿元的中化学新祥云新材料项目,主要建设磷基高端化学品、氟基新材料、煤基可降解塑料及电解液、电子级特种材料产业园,达产后可实现年产值210亿元"
E3 = "中电建绿色建材基地项目投资140亿元,主要生产销售建筑骨料等非金属矿产品,达产后可实现年销售收入46.9亿元"
E4 = "联投装配式绿色建材产业园项目投资120亿元,主要生产大型桥梁、隧道、高铁、高速公路等建筑工程装配式预制构件,达产后可实现年产值45亿元"
AS5 = "2023年1月8日（集中签约）"
G["mb05"] = dict(
 article=art("黄冈新年签下三个百亿项目", "湖北日报（记者柯利华，通讯员汪秀玲、周文婷），epaper.hubeidaily.net 第5版", "2023-01-10", "day",
  "Provincial daily's e-paper, Hubei: a city's new-year signing — 89 projects and total, three hundred-billion-class projects in three counties (a new-materials chemical project building an electronic special-materials park, a green building-materials base, a prefabricated building-materials park) with amounts and expected output",
  "https://epaper.hubeidaily.net/pc/content/202301/10/content_207374.html",
  "日期取页面“2023年01月10日”。标题照录；版面日期行与页尾“--> 2023-01-10 5 5 湖北日报 …/enpproperty-->”已删。正文三段，完整。三项目分属武穴市、蕲春县、浠水县（县市不是园区），park 记 null。项目均为集中签约（签约）：中化学新祥云新材料项目（260亿元，磷基高端化学品、氟基新材料等及电子级特种材料产业园，达产年产值210亿元）、中电建绿色建材基地项目（140亿元，年销售收入46.9亿元）、联投装配式绿色建材产业园项目（120亿元，年产值45亿元）。“联投装配式绿色建材产业园”“电子级特种材料产业园”为拟建园区，列可选园区。“中化学”“中电建”“联投”只在项目名中，列可选公司。黄冈市89个项目、协议投资额1145.71亿元为 region 事实；达产后产值、销售收入为 target。市招商服务中心列可选机构。",
  "mb05"),
 parks=[
  park("联投装配式绿色建材产业园", "黄冈", "湖北", "产业园（拟建）", E1, district="浠水县", opt=True, note="签约项目本身，拟建"),
  park("电子级特种材料产业园", "黄冈", "湖北", "产业园（拟建）", E2, district="武穴市", opt=True, note="中化学新祥云新材料项目拟建内容之一"),
 ],
 companies=[
  comp("中化学", None, E1, opt=True, note="只在项目名中"),
  comp("中电建", None, E1, opt=True, note="只在项目名中"),
  comp("联投", None, E1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("市招商服务中心", "市招商服务中心负责人介绍", note="黄冈市招商服务中心（文中简称）"),
 ],
 projects=[
  proj("中化学新祥云新材料项目", None, E2, inv="总投资260亿元", status="签约", status_text="集中签约", aliases=["中化学新祥云新材料"], note="武穴市"),
  proj("中电建绿色建材基地项目", None, E3, inv="投资140亿元", status="签约", status_text="集中签约", aliases=["中电建绿色建材基地"], note="蕲春县"),
  proj("联投装配式绿色建材产业园项目", None, E4, inv="投资120亿元", status="签约", status_text="集中签约", aliases=["联投装配式绿色建材产业园"], note="浠水县"),
 ],
 aggregate_facts=[
  fact("黄冈市", "region", "projects_signed", 89, "count", E0, AS5),
  fact("黄冈市", "region", "signed_investment_cny", 1.14571e11, "cny", "协议投资额1145.71亿元", AS5, chk=True),
  fact("中化学新祥云新材料项目", "project", "expected_annual_output_cny", 2.1e10, "cny", "达产后可实现年产值210亿元", "达产后（预期）", kind="target", chk=True),
  fact("中电建绿色建材基地项目", "project", "expected_annual_revenue_cny", 4.69e9, "cny", "达产后可实现年销售收入46.9亿元", "达产后（预期）", kind="target", chk=True),
  fact("联投装配式绿色建材产业园项目", "project", "expected_annual_output_cny", 4.5e9, "cny", "达产后可实现年产值45亿元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mb06 常德市新材料临澧产业园揭牌 (findzd 2018)
LL = "新材料临澧产业园"
F0 = "3月5日,湖南省常德市新材料临澧产业园举行揭牌仪式。现场8个项目集中签约,总投资超20亿元"
F1 = "2017年,全县已有9家新材料规模企业,产值超过25亿元,入库税金达3135万元"
F2 = "力争2018年,新材料产业产值达到30亿元。到2020年,新材料产业规模工业企业达到20家以上,产值突破50亿元"
F3 = "分别为投资4.5亿元的石灰石循环利用开发新型环保材料项目,该项目投产后可上缴税金4000万元,是产业园的主力军"
F4 = "投资5亿元的循环塑料产业园项目,投资企业湖南安福环保科技股份有限公司正准备从新三板转A股上市"
F5 = "投资1亿元的功能性特色路面工程材料生产基地建设项目"
AS6 = "2018年3月5日（揭牌、集中签约）"
G["mb06"] = dict(
 article=art("（无标题）常德市新材料临澧产业园揭牌 8个项目集中签约", "findzd.com 行业栏（原发媒体与署名未注明）", "2018-03", "month",
  "Industry site relaying a local item, Hunan: a county's new-materials park is inaugurated — 8 projects signed with total, three named new-materials projects with amounts and investor, the county's new-materials firms, output and tax in 2017 and targets for 2018 and 2020",
  "https://findzd.com/industry/126893.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“3月5日…揭牌”，又说“2017年,全县已有…”“力争2018年…”，揭牌为2018年3月5日，发布日不详，记 2018-03（month）。正文四段，完整。园区：新材料临澧产业园（常德市临澧县，湖南；文中又作“新材料产业园”“产业园”“园区”）。项目（签约，园区新材料临澧产业园）：石灰石循环利用开发新型环保材料项目（4.5亿元）、循环塑料产业园项目（5亿元，投资企业湖南安福环保科技股份有限公司）、功能性特色路面工程材料生产基地建设项目（1亿元）。“循环塑料产业园”为项目名，不另列园区。8个项目总投资超20亿元为园区事实；2017年全县新材料规模企业、产值、入库税金为临澧县（region）事实；2018、2020年目标为 target。",
  "mb06"),
 parks=[
  park(LL, "常德", "湖南", "产业园（新材料）", F0, district="临澧县", aliases=["新材料产业园"], note="文中又作“产业园”“园区”"),
 ],
 companies=[
  comp("湖南安福环保科技股份有限公司", LL, F4, note="循环塑料产业园项目投资企业；新三板挂牌"),
 ],
 institutions=[],
 projects=[
  proj("石灰石循环利用开发新型环保材料项目", LL, F3, inv="投资4.5亿元", status="签约", status_text="集中签约", note="投产后可上缴税金4000万元"),
  proj("循环塑料产业园项目", LL, F4, companies=["湖南安福环保科技股份有限公司"], inv="投资5亿元", status="签约", status_text="集中签约"),
  proj("功能性特色路面工程材料生产基地建设项目", LL, F5, inv="投资1亿元", status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(LL, "park", "projects_signed", 8, "count", F0, AS6),
  fact(LL, "park", "signed_investment_cny", 2e9, "cny", "总投资超20亿元", AS6, qual="超", qtext="超", chk=True),
  fact("临澧县", "region", "new_materials_above_scale_firms", 9, "count", F1, "2017年"),
  fact("临澧县", "region", "new_materials_output_cny", 2.5e9, "cny", "产值超过25亿元,入库税金达3135万元", "2017年", qual="超", qtext="超过", chk=True),
  fact("临澧县", "region", "new_materials_tax_cny", 3.135e7, "cny", "入库税金达3135万元", "2017年", chk=True),
  fact("临澧县", "region", "new_materials_output_cny", 3e9, "cny", "新材料产业产值达到30亿元", "2018年（目标）", kind="target", chk=True),
  fact("临澧县", "region", "new_materials_above_scale_firms", 20, "count", F2, "2020年（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact("临澧县", "region", "new_materials_output_cny", 5e9, "cny", "产值突破50亿元", "2020年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact("石灰石循环利用开发新型环保材料项目", "project", "expected_annual_tax_cny", 4e7, "cny", "该项目投产后可上缴税金4000万元", "投产后（预期）", kind="target", opt=True, chk=True),
 ])
