# real437 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word); 高达 is no qualifier. Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text places the
# project in, null if none (a county or a region is not a park). Status from the text's words: 竣工投产 / 正式投产 / 建成投产 /
# 投料试车一次成功 / 一次投料开车成功 → 投产; 火热施工 / 主体厂房完工 / 正在建设 → 在建; 开工 / 开工奠基 / 新开工建设 / 相继启动 → 开工.
# “预计” / “将” figures are kind target; “今年以来”, “1—10月” year-to-date figures are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ltNN.raw as returned.

# ---------------------------------------------------------------- lt01 汨罗:循环经济向高端发展 (rrtj.cn, 2013)
ML = "汨罗循环经济产业园"
A0 = "万容科技报废汽车拆解生产线、新振升铝材铝合金型材生产线竣工投产;中联铝业、忠悦塑业项目主体厂房完工;金田铜业、迅刻科技等项目相继启动"
A1 = "2013年以来,该园25个重点项目按时间节点有序推进,项目投资总额达50亿元,其中上亿元的项目15个"
A2 = "中联铝业汽车、摩托车轮毂生产项目填补了省内空白,万容科技报废汽车拆解技术属国内首创、世界领先"
A3 = "在产业集群效应的辐射和良好软硬环境的吸引下,创高铝业、大利铜业等一批科技型、环保型、效益型项目在园区落户"
A4 = "金龙铜业二期、湘达环保二期等扩改新项目形成“滚动开发”之势"
A5 = "2013年一季度,园区25个重点项目完成投资11亿元,占投资总额的22%"
A6 = "这些项目全部投产后,每年将新增产值近100亿元,新增利税10亿元以上,提供就业岗位近1000个"
G["lt01"] = dict(
 article=art("汨罗:循环经济向高端发展", "中华全国供销合作总社天津再生资源研究所网站 rrtj.cn（“新闻中心”转载；原发媒体与署名未注明）", "2013", "year",
  "Recycling-research institute's site relaying a local item, Hunan: a county-level city's circular-economy park in 2013 — two lines in production, two plants' main buildings finished, projects started, the park's 25 key projects with total and first-quarter investment and expected output",
  "http://www.rrtj.cn/news/2972.html",
  "存段无日期行；发布日期不详，由正文“2013年以来”“2013年一季度…完成投资11亿元”推定为2013年（约二季度），记 2013（year）。标题照录（页面标题出现两次，取第一次）；站名、地址、电话、“友情链接”、“新闻中心”等页面文字已删。正文三段，完整。园区：汨罗循环经济产业园（文中又作“湖南汨罗循环经济产业园”“该园”“园区”；岳阳市汨罗市，湖南）。项目：万容科技报废汽车拆解生产线、新振升铝材铝合金型材生产线（竣工投产→投产）；中联铝业、忠悦塑业项目（主体厂房完工→在建；中联铝业项目名取下句“中联铝业汽车、摩托车轮毂生产项目”）；金田铜业、迅刻科技等项目（相继启动→开工，可选）；金龙铜业二期、湘达环保二期（扩改项目，无状态，可选）。创高铝业、大利铜业“项目在园区落户”，只列公司。25个重点项目的总投资、一季度完成投资、全部投产后新增产值等记为园区事实。",
  "lt01"),
 parks=[
  park(ML, "岳阳", "湖南", "循环经济产业园", "湖南汨罗循环经济产业园看到一派繁荣景象", district="汨罗市",
       aliases=["湖南汨罗循环经济产业园"], note="文中又作“该园”“园区”；由全国试点转为全国示范"),
 ],
 companies=[
  comp("万容科技", ML, A0, note="报废汽车拆解生产线竣工投产"),
  comp("新振升铝材", ML, A0, note="铝合金型材生产线竣工投产"),
  comp("中联铝业", ML, A0, note="主体厂房完工"),
  comp("忠悦塑业", ML, A0, note="主体厂房完工"),
  comp("金田铜业", ML, A0, opt=True, note="项目相继启动"),
  comp("迅刻科技", ML, A0, opt=True, note="项目相继启动"),
  comp("创高铝业", ML, A3, opt=True, note="项目在园区落户"),
  comp("大利铜业", ML, A3, opt=True, note="项目在园区落户"),
  comp("金龙铜业", ML, A4, opt=True, note="二期扩改"),
  comp("湘达环保", ML, A4, opt=True, note="二期扩改"),
 ],
 institutions=[
  inst("汨罗市委、市政府", "去年,汨罗市委、市政府又明确提出了打造“千亿产业园区”的发展目标", note="提出“千亿产业园区”目标"),
 ],
 projects=[
  proj("万容科技报废汽车拆解生产线", ML, A0, companies=["万容科技"], status="投产", status_text="竣工投产"),
  proj("新振升铝材铝合金型材生产线", ML, A0, companies=["新振升铝材"], status="投产", status_text="竣工投产"),
  proj("中联铝业汽车、摩托车轮毂生产项目", ML, A2, companies=["中联铝业"], status="在建", status_text="主体厂房完工",
       note="状态见首句“中联铝业、忠悦塑业项目主体厂房完工”；填补省内空白"),
  proj("忠悦塑业项目", ML, A0, companies=["忠悦塑业"], status="在建", status_text="主体厂房完工", opt=True, note="文中作“中联铝业、忠悦塑业项目”"),
  proj("金田铜业项目", ML, A0, companies=["金田铜业"], status="开工", status_text="相继启动", opt=True, note="文中作“金田铜业、迅刻科技等项目”"),
  proj("迅刻科技项目", ML, A0, companies=["迅刻科技"], status="开工", status_text="相继启动", opt=True, note="同上"),
  proj("金龙铜业二期", ML, A4, companies=["金龙铜业"], phase="二期", opt=True, note="扩改项目，无状态"),
  proj("湘达环保二期", ML, A4, companies=["湘达环保"], phase="二期", opt=True, note="扩改项目，无状态"),
 ],
 aggregate_facts=[
  fact(ML, "park", "key_projects", 25, "count", A1, "2013年"),
  fact(ML, "park", "key_projects_total_investment_cny", 5e9, "cny", "项目投资总额达50亿元,其中上亿元的项目15个", "2013年", chk=True),
  fact(ML, "park", "key_projects_over_100m", 15, "count", A1, "2013年", opt=True),
  fact(ML, "park", "investment_completed_cny", 1.1e9, "cny", A5, "2013年一季度", kind="cumulative", chk=True),
  fact(ML, "park", "investment_completed_share", 0.22, "ratio", A5, "2013年一季度", kind="ratio", opt=True),
  fact(ML, "park", "expected_new_output_cny", 1e10, "cny", A6, "全部投产后（预计）", kind="target", qual="约", qtext="近", chk=True),
  fact(ML, "park", "expected_new_profit_tax_cny", 1e9, "cny", "新增利税10亿元以上", "全部投产后（预计）", kind="target", qual="超", qtext="以上", chk=True, opt=True),
  fact(ML, "park", "expected_new_jobs", 1000, "count", A6, "全部投产后（预计）", kind="target", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- lt02 君乐宝投资10亿在河南正阳县建厂 (乳业时报 2016)
ZY = "正阳县产业集聚区"
B0 = "近日,正阳君乐宝乳业公司乳制品生产项目开工奠基仪式举行,该项目位于河南省驻马店市正阳县产业集聚区内,项目规划占地400亩,总投资10亿元,是石家庄君乐宝乳业有限公司的全资子公司"
B1 = "项目分两期进行,其中一期投资5亿元,占地200多亩,规划建设3万平方米的酸奶、乳酸菌饮料加工车间及相关配套设施、设备,已于2015年10月份开工建设,现已完成投资4.1亿元"
B2 = "项目建成后,共设计有10条全自动化流水生产线,主要生产酸奶、乳酸菌饮料等五大类数十个品种"
G["lt02"] = dict(
 article=art("君乐宝投资10亿在河南正阳县建厂", "乳业时报（“来源:乳业时报”），载于 mapourpast.com（存段未示站名）", "2016-03-11", "day",
  "Dairy trade paper relayed by a web site, Henan: a dairy group's subsidiary breaks ground on its plant in a county industrial cluster zone — land, total and phase-1 investment, phase 1 already under construction with investment completed, production lines planned",
  "https://mapourpast.com/details-2451.html",
  "日期取页面“时间:2016-03-11 07:03:38”。标题照录；时间、来源两行已删；“核心提示”一段（与正文首段文字相同）照页面保留为首段。正文完整（三段，含核心提示）。园区：正阳县产业集聚区（驻马店市正阳县，河南）。公司：正阳君乐宝乳业公司（在集聚区）；石家庄君乐宝乳业有限公司（母公司，文中说“是…的全资子公司”，park null）。项目：正阳君乐宝乳业公司乳制品生产项目——开工奠基仪式→开工；总投资10亿元；一期投资5亿元（2015年10月已开工建设，已完成投资4.1亿元）列可选分期项目（在建）；二期为奶牛养殖基地与饲草种植，无金额，不单列。",
  "lt02"),
 parks=[
  park(ZY, "驻马店", "河南", "产业集聚区", B0, district="正阳县"),
 ],
 companies=[
  comp("正阳君乐宝乳业公司", ZY, B0, note="石家庄君乐宝乳业有限公司的全资子公司"),
  comp("石家庄君乐宝乳业有限公司", None, B0, note="母公司；不在园区"),
 ],
 projects=[
  proj("正阳君乐宝乳业公司乳制品生产项目", ZY, B0, companies=["正阳君乐宝乳业公司"], inv="总投资10亿元", status="开工", status_text="开工奠基仪式",
       note="规划占地400亩；分两期，一期已于2015年10月开工建设"),
  proj("正阳君乐宝乳业公司乳制品生产项目一期", ZY, B1, companies=["正阳君乐宝乳业公司"], inv="一期投资5亿元", phase="一期", status="在建",
       status_text="已于2015年10月份开工建设,现已完成投资4.1亿元", opt=True, note="分期项目；酸奶、乳酸菌饮料加工车间"),
 ],
 aggregate_facts=[
  fact("正阳君乐宝乳业公司乳制品生产项目", "project", "investment_completed_cny", 4.1e8, "cny", "现已完成投资4.1亿元", "2016年3月", kind="cumulative", chk=True, note="一期"),
  fact("正阳君乐宝乳业公司乳制品生产项目", "project", "site_area_mu", 400, "mu", B0, "2016年3月", opt=True, note="规划占地"),
  fact("正阳君乐宝乳业公司乳制品生产项目", "project", "production_lines_planned", 10, "count", B2, "建成后（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- lt03 玉门建材化工工业园区 (酒泉日报 2019)
YM = "玉门建材化工工业园区"
C0 = "在玉门建材化工工业园区内,酒泉西部天成新材料有限公司荧光增白剂系列产品建设项目、甘肃金利通碳材料科技有限公司年产2.5万吨中间相沥青项目等重点项目火热施工"
C1 = "今年,园区计划开工建设40余个项目,目前已开工的超过20个"
C2 = "玉门市中能峰频电力有限责任公司60MW/240MWh大规模网侧储能示范项目总投资4亿元,建设内容包含一套容量为60MW/240MWh的集装箱式储能系统和一个110KV升压站"
C3 = "甘肃泰尔精细化工有限公司年产40万吨甲醛、6万吨多聚甲醛、6万吨乌洛托品及10万吨甲缩醛项目正火热施工"
C4 = "该项目是玉门建材化工工业园区2019年重点招商引资项目之一,由山东泰尔化工有限公司投资建设,总投资3.6亿元"
C5 = "园区不仅在项目建设上实现了“开门红”,正在运行的企业也实现了“开门红”,玉门市天鸿化工有限公司就是其中之一"
C6 = "2018年1月,公司年产2万吨高性能玻璃纤维棉项目正式投产"
G["lt03"] = dict(
 article=art("聚焦补链提质 力推重点项目建设 玉门建材化工工业园区喜迎“开门红”", "酒泉日报（本报记者孙欣 通讯员博智），载于 m.yybnet.net（云南网 酒泉·玉门频道）", "2019-03-26", "day",
  "City daily on a regional portal, Gansu: a county-level city's building-materials and chemical park in spring — named projects under construction, a storage plant's investment and commissioning month, a chemical firm's project with its investor and sum, a running firm whose glass-fibre plant went into production",
  "https://m.yybnet.net/jiuquan/yumen/201903/8873137.html",
  "日期取页面“酒泉日报 2019-03-26 06:27”。标题照录；日期行与栏目口号“全面推进八个走前列奋力谱写酒泉新篇章”已删；署名两行保留。存段在末段引语“现在,月产量700吨,月销”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…正式投产。”（引语开引号无对应闭引号，照原样）。小标题“项目建设红红火火”保留为一段。园区：玉门建材化工工业园区（酒泉市玉门市，甘肃；文中又作“园区”）。项目：西部天成荧光增白剂、金利通中间相沥青（火热施工→在建）；中能峰频储能示范项目（总投资4亿元，在建，预计5月建成投运；园区由语境推定）；泰尔精细化工甲醛等项目（明说为园区重点招商项目，总投资3.6亿元，在建）；天鸿化工年产2万吨高性能玻璃纤维棉项目（2018年1月正式投产→投产）。“玉门市一家生物科技有限公司”未具名，不列。注：chk.sh 以短名“天鸿化工”在 real3 命中一条（未打开），全名“玉门市天鸿化工”及其他名称、网址均无命中。",
  "lt03"),
 parks=[
  park(YM, "酒泉", "甘肃", "工业园区", C0, district="玉门市", note="文中又作“园区”"),
 ],
 companies=[
  comp("酒泉西部天成新材料有限公司", YM, C0),
  comp("甘肃金利通碳材料科技有限公司", YM, C0),
  comp("玉门市中能峰频电力有限责任公司", YM, C2, opt=True, note="园区由语境推定（“项目建设红红火火”小节）"),
  comp("甘肃泰尔精细化工有限公司", YM, C3),
  comp("山东泰尔化工有限公司", None, C4, note="投资方"),
  comp("玉门市天鸿化工有限公司", YM, C5, note="园区正在运行的企业"),
 ],
 institutions=[
  inst("玉门建材化工工业园区管委会", "玉门建材化工工业园区管委会主任何世才说", kind="park_admin", park=YM),
 ],
 projects=[
  proj("酒泉西部天成新材料有限公司荧光增白剂系列产品建设项目", YM, C0, companies=["酒泉西部天成新材料有限公司"], status="在建", status_text="火热施工"),
  proj("甘肃金利通碳材料科技有限公司年产2.5万吨中间相沥青项目", YM, C0, companies=["甘肃金利通碳材料科技有限公司"], status="在建", status_text="火热施工"),
  proj("玉门市中能峰频电力有限责任公司60MW/240MWh大规模网侧储能示范项目", YM, C2, companies=["玉门市中能峰频电力有限责任公司"], inv="总投资4亿元",
       status="在建", status_text="土建工程进入尾声,预计5月建成投运", note="园区由语境推定；预计2019年5月建成投运"),
  proj("甘肃泰尔精细化工有限公司年产40万吨甲醛、6万吨多聚甲醛、6万吨乌洛托品及10万吨甲缩醛项目", YM, C4, companies=["甘肃泰尔精细化工有限公司", "山东泰尔化工有限公司"],
       inv="总投资3.6亿元", status="在建", status_text="正火热施工", note="园区2019年重点招商引资项目；名称与状态见上句"),
  proj("年产2万吨高性能玻璃纤维棉项目", YM, C6, companies=["玉门市天鸿化工有限公司"], status="投产", status_text="正式投产", note="2018年1月投产"),
 ],
 aggregate_facts=[
  fact(YM, "park", "projects_planned_to_start", 40, "count", C1, "2019年（计划）", kind="target", qual="余", qtext="余"),
  fact(YM, "park", "projects_started", 20, "count", C1, "2019年3月", kind="cumulative", qual="超", qtext="超过"),
  fact("年产2万吨高性能玻璃纤维棉项目", "project", "capacity_t_per_year", 20000, "t", C6, "2018年1月", opt=True),
 ])

# ---------------------------------------------------------------- lt04 古雷炼化一体化项目 (福建日报 via 东南网 2021)
GL = "古雷石化园区"
D0 = "海峡两岸合资的最大石化项目——福建漳州古雷炼化一体化项目自18日实现安全投料试车一次成功,打通乙烯装置全流程,产出合格乙烯产品之后,截至19日,已安全生产24小时"
D1 = "据悉,该项目由福建炼油化工有限公司和台资企业旭腾投资有限公司各占50%股份合资建设"
D2 = "项目一期总投资278亿元,是我省重点工程和中国石化集团公司“4+2”世界级石化基地建设的重点项目,也是海峡两岸合资合作的最大石化项目"
D3 = "作为古雷石化园区的龙头,古雷炼化一体化项目的全面投产将为园区直接增加产值260亿元,将拉动园区超1000亿元的下游产业"
D4 = "福建炼化公司总经理、古雷石化公司副董事长刘向东表示"
G["lt04"] = dict(
 article=art("海峡两岸最大石化产业合作项目顺利投产 古雷炼化一体化项目投料试车一次成功", "福建日报（记者 黄如飞 苏依婕 通讯员 邱丽平 薛敏灵），东南网 zz.fjsen.com 刊发；存段所在为 m.folksfolks.com 上的该页副本", "2021-08-20", "day",
  "Provincial daily on a provincial portal, Fujian: a cross-strait joint-venture refining-and-chemicals complex goes into production in a petrochemical park — owners and shares, phase-1 investment, units and capacities, expected added output for the park",
  "https://m.folksfolks.com/zz/2021-08/20/content_30815877.htm",
  "日期取页面“zz.fjsen.com 2021-08-20 09:33:11 来源:东南网”，该行已删。标题为主题与副题两行，以空格连成一行。存段把正文各段以“。 ”连在一行，make_txt.py SPLIT 在此分段（句号保留，未改一字）；报纸转版标记“(下转第二版) (上接第一版)”在句中，照原样保留。存段在“…管理优势和台湾”处中断，末句（“福建炼化公司副总经理、古雷石化公司总裁张西国说,…”）已删，正文截至“…超1000亿元的下游产业。”，共三段。网址为存段所在站点（东南网页面的副本，简体，未转换）。园区：古雷石化园区（漳州市，福建；文中只此一处）。项目：古雷炼化一体化项目（又作“福建漳州古雷炼化一体化项目”）——投料试车一次成功、产出合格乙烯→投产；一期总投资278亿元。公司：福建炼油化工有限公司（又作“福建炼化公司”）、旭腾投资有限公司（台资，各占50%）；古雷石化公司只见于人名职务，可选；中国石化可选。",
  "lt04"),
 parks=[
  park(GL, "漳州", "福建", "石化园区", D3, note="文中又作“园区”"),
 ],
 companies=[
  comp("福建炼油化工有限公司", None, D1, aliases=["福建炼化公司"], note="合资方，占50%"),
  comp("旭腾投资有限公司", None, D1, note="台资企业，占50%"),
  comp("古雷石化公司", GL, D4, opt=True, note="只见于人名职务；园区由语境推定"),
  comp("中国石化", None, "该项目是中国石化重点工程,其投产为我国七大石化产业基地建设落下重要一子", aliases=["中国石化集团公司"], opt=True),
 ],
 projects=[
  proj("古雷炼化一体化项目", GL, D2, companies=["福建炼油化工有限公司", "旭腾投资有限公司"], inv="一期总投资278亿元", phase="一期",
       status="投产", status_text="投料试车一次成功", aliases=["福建漳州古雷炼化一体化项目"],
       note="2021年8月18日投料试车一次成功、产出合格乙烯；含百万吨级乙烯装置等9套化工装置"),
 ],
 aggregate_facts=[
  fact(GL, "park", "expected_output_increase_cny", 2.6e10, "cny", "古雷炼化一体化项目的全面投产将为园区直接增加产值260亿元", "全面投产后（预计）", kind="target", chk=True),
  fact(GL, "park", "expected_downstream_output_cny", 1e11, "cny", "将拉动园区超1000亿元的下游产业", "全面投产后（预计）", kind="target", qual="超", qtext="超", chk=True, opt=True),
  fact("古雷炼化一体化项目", "project", "port_throughput_t_per_year", 7.8e6, "t", "此外,拥有5个码头泊位,年吞吐能力约780万吨", "2021年8月", qual="约", qtext="约", opt=True),
  fact("古雷炼化一体化项目", "project", "chemical_units", 9, "count", "等9套化工装置及配套公用工程", "2021年8月", opt=True),
 ])

# ---------------------------------------------------------------- lt05 前10月新疆重点产业项目 (新疆日报 2022)
XJ = "新疆"
E0 = "1—10月,自治区重点产业项目完成投资289.8亿元,为年计划的120.8%,提前完成年度投资计划"
E1 = "9月16日,新疆天利高新石化股份有限公司20万吨/年EVA装置顺利打通全流程,一次投料开车成功,产出高压聚乙烯粒料"
E2 = "包括其在内,今年以来,新疆利华纺织有限公司30万锭环纺建设项目、5G基础设施建设及配套工程、霍尔果斯交通物流园建设项目等12个重大产业项目建成投产,涉及总投资318亿元"
E3 = "此外,奎屯康润洁聚乳酸生物降解高分子材料生产建设项目、霍尔果斯消费电子产业园等9个产业项目超额完成年度投资目标任务"
E4 = "1—10月,新疆已有45个产业项目实现新开工建设,完成投资195.7亿元"
E5 = "包括新疆合盛硅业新材料有限公司煤电硅一体化项目三期年产20万吨硅氧烷及下游深加工项目、新疆睿泽纺织有限公司150万锭棉纺纱建设项目、新疆心连心能源化工有限公司6万吨聚甲醛项目等"
E6 = "其中,合盛硅业年产20万吨硅氧烷及下游深加工项目已基本完成土建部分施工,正在进行产前调试"
E7 = "东方希望年产12万吨多晶硅(二期)9万吨多晶硅项目冷氢化、精馏、尾气回收装置均已安装完毕,正在进行吹管测试"
E8 = "2022年,新疆共实施产业类重点项目87个,总投资4804亿元,年度计划投资240亿元"
AS5 = "2022年1—10月"
G["lt05"] = dict(
 article=art("前10月新疆重点产业项目完成投资计划120.8%", "新疆日报（石榴云/新疆日报原创，记者 石鑫），载于 aksxw.com（阿克苏新闻网）", "2022-11-15", "day",
  "Regional daily on a prefecture news site, Xinjiang: region-wide key industrial projects to October — investment against plan, a state firm's EVA unit started up and shipping, 12 projects in production with their total, 45 new starts with named projects and their stage, the year's project count and plan",
  "http://www.aksxw.com/aksxw/content/2022-11/15/content_1213388.html",
  "日期取页面“发布时间: 2022-11-15 10:46:18 来源:石榴云/新疆日报原创”。标题照录；分享按钮、日期行与末尾残字“责任编”已删；图片说明“9月28日,天利高新石化EVA项目首批产品发运。种玉忠 摄”照页面保留为一段。正文七段，完整。全文为自治区层面：事实主体记“新疆”（region）。项目园区文中均未说（霍尔果斯交通物流园建设项目、霍尔果斯消费电子产业园是项目名，后者列为可选园区）。项目：天利高新20万吨/年EVA项目（一次投料开车成功，归入12个建成投产项目→投产）；利华纺织30万锭环纺、5G基础设施、霍尔果斯交通物流园（建成投产→投产）；康润洁聚乳酸、霍尔果斯消费电子产业园（超额完成年度投资→在建，可选）；合盛硅业三期、睿泽纺织、心连心聚甲醛（新开工建设→开工；合盛另注“正在进行产前调试”）；东方希望多晶硅（二期）（吹管测试→在建，可选）。",
  "lt05"),
 parks=[
  park("霍尔果斯消费电子产业园", "霍尔果斯", "新疆", "产业园", E3, opt=True, note="文中作为产业项目之一出现"),
 ],
 companies=[
  comp("新疆天利高新石化股份有限公司", None, E1, aliases=["天利高新"], note="新疆地方国有企业；EVA装置投产"),
  comp("新疆利华纺织有限公司", None, E2),
  comp("新疆合盛硅业新材料有限公司", None, E5, aliases=["合盛硅业"]),
  comp("新疆睿泽纺织有限公司", None, E5),
  comp("新疆心连心能源化工有限公司", None, E5),
  comp("东方希望", None, E7, opt=True),
 ],
 institutions=[
  inst("自治区发展改革委", "记者从自治区发展改革委获悉"),
 ],
 projects=[
  proj("天利高新20万吨/年EVA项目", None, "天利高新20万吨/年EVA项目是新疆首套EVA项目,也是自治区重点产业项目之一", companies=["新疆天利高新石化股份有限公司"],
       status="投产", status_text="一次投料开车成功", aliases=["新疆天利高新石化股份有限公司20万吨/年EVA装置", "天利高新石化EVA项目"],
       note="2022年9月16日投料开车成功，9月28日首批产品发运；计入12个建成投产项目"),
  proj("新疆利华纺织有限公司30万锭环纺建设项目", None, E2, companies=["新疆利华纺织有限公司"], status="投产", status_text="建成投产"),
  proj("5G基础设施建设及配套工程", None, E2, status="投产", status_text="建成投产", opt=True),
  proj("霍尔果斯交通物流园建设项目", None, E2, status="投产", status_text="建成投产", opt=True),
  proj("奎屯康润洁聚乳酸生物降解高分子材料生产建设项目", None, E3, status="在建", status_text="超额完成年度投资目标任务", opt=True),
  proj("霍尔果斯消费电子产业园", None, E3, status="在建", status_text="超额完成年度投资目标任务", opt=True, note="园区建设项目"),
  proj("新疆合盛硅业新材料有限公司煤电硅一体化项目三期年产20万吨硅氧烷及下游深加工项目", None, E5, companies=["新疆合盛硅业新材料有限公司"], phase="三期",
       status="开工", status_text="实现新开工建设", aliases=["合盛硅业年产20万吨硅氧烷及下游深加工项目"], note="土建基本完成，正在进行产前调试"),
  proj("新疆睿泽纺织有限公司150万锭棉纺纱建设项目", None, E5, companies=["新疆睿泽纺织有限公司"], status="开工", status_text="实现新开工建设"),
  proj("新疆心连心能源化工有限公司6万吨聚甲醛项目", None, E5, companies=["新疆心连心能源化工有限公司"], status="开工", status_text="实现新开工建设"),
  proj("东方希望年产12万吨多晶硅(二期)9万吨多晶硅项目", None, E7, companies=["东方希望"], phase="二期", status="在建", status_text="正在进行吹管测试", opt=True),
 ],
 aggregate_facts=[
  fact(XJ, "region", "key_industrial_projects_investment_completed_cny", 2.898e10, "cny", E0, AS5, kind="cumulative", chk=True),
  fact(XJ, "region", "investment_plan_completion_ratio", 1.208, "ratio", E0, AS5, kind="ratio"),
  fact(XJ, "region", "projects_completed_in_production", 12, "count", E2, AS5, kind="cumulative", note="重大产业项目建成投产"),
  fact(XJ, "region", "projects_completed_investment_cny", 3.18e10, "cny", "等12个重大产业项目建成投产,涉及总投资318亿元", AS5, kind="cumulative", chk=True),
  fact(XJ, "region", "projects_exceeding_annual_target", 9, "count", E3, AS5, kind="cumulative", opt=True),
  fact(XJ, "region", "projects_started", 45, "count", E4, AS5, kind="cumulative"),
  fact(XJ, "region", "projects_started_investment_completed_cny", 1.957e10, "cny", "新疆已有45个产业项目实现新开工建设,完成投资195.7亿元", AS5, kind="cumulative", chk=True),
  fact(XJ, "region", "key_industrial_projects", 87, "count", E8, "2022年"),
  fact(XJ, "region", "key_industrial_projects_total_investment_cny", 4.804e11, "cny", "总投资4804亿元,年度计划投资240亿元", "2022年", chk=True),
  fact(XJ, "region", "planned_annual_investment_cny", 2.4e10, "cny", "年度计划投资240亿元", "2022年（计划）", kind="target", chk=True),
  fact("天利高新20万吨/年EVA项目", "project", "capacity_t_per_year", 200000, "t", E1, "2022年9月", opt=True),
 ])

# ---------------------------------------------------------------- lt06 应县 山西冠佳 10GWh 锂电池 (应县融媒体中心, via china-mcc)
YX = "应县经济技术开发区"
F0 = "山西朔州应县融媒体中心消息,11月11日上午,在该县经济技术开发区北区,山西冠佳新能源开发有限公司隆重举行了10GWh锂电池生产线项目的开工仪式"
F1 = "该项目总投资高达25亿元人民币,规划用地200亩,旨在建设包括厂房、仓库、组装及生产车间、原料及成品仓库等在内的完整生产设施"
F2 = "项目将分阶段实施,首期工程将建设6GWh电芯及电池模组生产线,预计将于明年6月竣工并投入生产"
F3 = "据估算,该项目一期投产后年产值可达约30亿元,二期投产后年产值预计约为20亿元"
F4 = "该项目的成功实施,将填补应县在锂电池和钠电池生产领域的空白,同时,也将为应县新能源产业园的加速建设提供强有力的支撑和推动"
G["lt06"] = dict(
 article=art("（无标题）山西冠佳新能源10GWh锂电池生产线项目在应县经济技术开发区开工", "应县融媒体中心（“山西朔州应县融媒体中心消息”），载于 china-mcc.com", "2024-11-11", "day",
  "County media centre item relayed by a web site, Shanxi: a battery maker breaks ground on a 10GWh lithium-battery plant in the county's economic-technological development zone — total investment, land, products, two phases with capacities, production dates and expected output",
  "https://china-mcc.com/news_show-6602.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中只有“11月11日上午”；年份由“首期…预计将于明年6月竣工并投入生产”“二期…计划于2026年6月完成建设并投产”推定为2024年（2023年不能完全排除），记 2024-11-11。正文三段，完整。园区：文中作“该县经济技术开发区北区”，即应县的经济技术开发区，名称按文义记“应县经济技术开发区”（原文无此连写，note 注明）；“应县新能源产业园”列可选园区（与开发区关系文中未说）。项目：山西冠佳新能源开发有限公司10GWh锂电池生产线项目——开工仪式→开工；“总投资高达25亿元人民币”（高达不作限定词）；首期6GWh预计次年6月投产，二期4GWh计划2026年6月投产，分期不单列项目（无分期金额），产能与产值记为事实。",
  "lt06"),
 parks=[
  park(YX, "朔州", "山西", "经济技术开发区", F0, district="应县", note="原文作“该县经济技术开发区北区”；名称按文义补全"),
  park("应县新能源产业园", "朔州", "山西", "产业园", F4, district="应县", opt=True, note="与经济技术开发区的关系文中未说"),
 ],
 companies=[
  comp("山西冠佳新能源开发有限公司", YX, F0),
 ],
 institutions=[
  inst("应县融媒体中心", F0, kind="media", note="消息来源"),
 ],
 projects=[
  proj("10GWh锂电池生产线项目", YX, F1, companies=["山西冠佳新能源开发有限公司"], inv="总投资高达25亿元", status="开工", status_text="开工仪式",
       note="项目名与开工见首句；首期6GWh预计次年6月投产，二期4GWh计划2026年6月投产；产品圆柱形磷酸铁锂电池和钠离子电池"),
 ],
 aggregate_facts=[
  fact("10GWh锂电池生产线项目", "project", "capacity_gwh", 10, "GWh", F0, "全部建成后（计划）", kind="target"),
  fact("10GWh锂电池生产线项目", "project", "phase1_capacity_gwh", 6, "GWh", F2, "首期（计划次年6月投产）", kind="target", opt=True),
  fact("10GWh锂电池生产线项目", "project", "phase2_capacity_gwh", 4, "GWh", "紧接着,二期工程将建设4GWh电芯及电池模组生产线,计划于2026年6月完成建设并投产", "二期（计划2026年6月投产）", kind="target", opt=True),
  fact("10GWh锂电池生产线项目", "project", "phase1_expected_annual_output_cny", 3e9, "cny", "该项目一期投产后年产值可达约30亿元", "一期投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("10GWh锂电池生产线项目", "project", "phase2_expected_annual_output_cny", 2e9, "cny", "二期投产后年产值预计约为20亿元", "二期投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("10GWh锂电池生产线项目", "project", "site_area_mu", 200, "mu", F1, "2024年11月（规划）", opt=True),
 ])
