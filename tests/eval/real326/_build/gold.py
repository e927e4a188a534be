# real326 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; real52's build_all.py
# copied unchanged). Conventions as real28–real52 (see real52/_build/gold.py header): evidence verbatim; names as written;
# 超/超过 → 超, 多/余 → 余, 约 → 约; yuan in investment_cny / *_cny facts; growth rates as ratios; status from the text's words
# (开工奠基 → 开工; 投产下线 / 建成投产 → 投产; 签约 → 签约); “预计” figures kind target; year-to-date figures cumulative.

# ---------------------------------------------------------------- pm01 青海北捷锂电池隔膜项目开工 (2016)
XN = "西宁(国家级)经济技术开发区"
NC = "南川工业园区"
P0 = "11月15日,青海北捷新材料科技有限公司锂电池隔膜项目开工奠基仪式在西宁(国家级)经济技术开发区南川工业园区举行"
P1 = "青海北捷新材料科技有限公司在我省计划总投资54亿元的年产20亿平方米锂电池隔膜项目将分为三期建设,建成后预计实现年销售收入可达255亿元"
P2 = "其中,一期项目将计划投资14亿元,建设10条锂电池隔膜生产线"
G["pm01"] = dict(
 article=art("青海北捷锂电池隔膜项目开工", "xining.baogaosu.com（页面“本文来源: 人民政府”；署名宋明慧）", "2016-11-16", "day",
  "Aggregator relaying a provincial government item, Qinghai: a firm's lithium-battery separator project breaks ground in a sub-park of a national zone — total and phase-1 investment, expected sales, first line's planned start",
  "https://xining.baogaosu.com/xinwen/%E9%9D%92%E6%B5%B7%E5%8C%97%E6%8D%B7%E9%94%82%E7%94%B5%E6%B1%A0%E9%9A%94%E8%86%9C%E9%A1%B9%E7%9B%AE%E5%BC%80%E5%B7%A5/52318408",
  "日期取页面“16.11.2016 15:37”；文中“11月15日”为开工日。标题照录；日期、来源行及页面下方两条无关新闻已删。正文三段，完整，署名“(宋明慧)”在末。园区：西宁(国家级)经济技术开发区及其南川工业园区（parent）。项目：年产20亿平方米锂电池隔膜项目，计划总投资54亿元，分三期；一期计划投资14亿元（alt 金额记在 note 与事实），开工奠基→开工。预计年销售收入255亿元为 target。",
  "pm01"),
 parks=[
  park(XN, "西宁", "青海", "经济技术开发区", P0),
  park(NC, "西宁", "青海", "工业园区", P0, parent=XN),
 ],
 companies=[
  comp("青海北捷新材料科技有限公司", NC, P0),
 ],
 institutions=[],
 projects=[
  proj("年产20亿平方米锂电池隔膜项目", NC, P1, companies=["青海北捷新材料科技有限公司"], inv="计划总投资54亿元",
       status="开工", status_text="开工奠基", aliases=["青海北捷新材料科技有限公司锂电池隔膜项目"],
       note="分三期建设；一期计划投资14亿元，第一条生产线预计2017年10月投产"),
 ],
 aggregate_facts=[
  fact("年产20亿平方米锂电池隔膜项目", "project", "phase1_investment_cny", 1.4e9, "cny", P2, "2016年11月", kind="target", chk=True),
  fact("年产20亿平方米锂电池隔膜项目", "project", "expected_annual_sales_cny", 2.55e10, "cny", "建成后预计实现年销售收入可达255亿元", "建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pm02 西宁经开区 1-9月 (2017)
XJ = "西宁经济技术开发区"
Q0 = "截至9月底,西宁经济技术开发区工业企业325户,其中规模以上企业197户,增长9.4%"
Q1 = "园区工业增加值同比增长12.51%,高出全市工业增加值增速3.87个百分点"
Q2 = "其中:东川工业园区增长15.43%,生物产业园区增长16.49%,甘河工业园区增长0.60%,南川工业园增长23.19%"
Q3 = "园区工业企业资产总计1184.19亿元,同比增长2.1%;实现主营业务收入612.89亿元,增长14.8%;主营业务成本568.92亿元,增长14.2%;实现利润0.54亿元"
AQ = "2017年1–9月"
G["pm02"] = dict(
 article=art("1-9月园区工业经济运行情况", "xining.baogaosu.com（原发单位存段未注明）", "2017-10-26", "day",
  "Aggregator relaying a zone's statistics note, Qinghai: a national zone's Jan–Sep industrial figures — firm counts, value-added growth overall and for four sub-parks, sales ratio, assets, revenue, cost, profit",
  "https://xining.baogaosu.com/xinwen/%E6%9C%88%E5%9B%AD%E5%8C%BA%E5%B7%A5%E4%B8%9A%E7%BB%8F%E6%B5%8E%E8%BF%90%E8%A1%8C/62045993",
  "日期取页面“26.10.2017 20:01”。标题照录；正文五段，完整。园区：西宁经济技术开发区，四个园区东川工业园区、生物产业园区、甘河工业园区、南川工业园（文中如此写）作为子园区（parent）。所有数字为1-9月累计或截至9月底，增长率为 ratio。无项目、无具名企业。",
  "pm02"),
 parks=[
  park(XJ, "西宁", "青海", "经济技术开发区", Q0, note="文中又作“园区”"),
  park("东川工业园区", "西宁", "青海", "工业园区", Q2, parent=XJ),
  park("生物产业园区", "西宁", "青海", "产业园区", Q2, parent=XJ),
  park("甘河工业园区", "西宁", "青海", "工业园区", Q2, parent=XJ),
  park("南川工业园", "西宁", "青海", "工业园区", Q2, parent=XJ),
 ],
 companies=[], institutions=[], projects=[],
 aggregate_facts=[
  fact(XJ, "park", "industrial_firms", 325, "count", Q0, "2017年9月底"),
  fact(XJ, "park", "above_scale_firms", 197, "count", Q0, "2017年9月底"),
  fact(XJ, "park", "above_scale_firms_yoy_growth", 0.094, "ratio", Q0, "2017年9月底", kind="ratio", opt=True),
  fact(XJ, "park", "industrial_value_added_yoy_growth", 0.1251, "ratio", Q1, AQ, kind="ratio"),
  fact("东川工业园区", "park", "industrial_value_added_yoy_growth", 0.1543, "ratio", Q2, AQ, kind="ratio"),
  fact("生物产业园区", "park", "industrial_value_added_yoy_growth", 0.1649, "ratio", Q2, AQ, kind="ratio"),
  fact("甘河工业园区", "park", "industrial_value_added_yoy_growth", 0.006, "ratio", Q2, AQ, kind="ratio"),
  fact("南川工业园", "park", "industrial_value_added_yoy_growth", 0.2319, "ratio", Q2, AQ, kind="ratio"),
  fact(XJ, "park", "sales_ratio", 0.9751, "ratio", "1-9月产销率97.51%", AQ, kind="ratio", opt=True),
  fact(XJ, "park", "total_assets_cny", 1.18419e11, "cny", "园区工业企业资产总计1184.19亿元", "2017年9月底", chk=True),
  fact(XJ, "park", "main_business_revenue_cny", 6.1289e10, "cny", "实现主营业务收入612.89亿元", AQ, kind="cumulative", chk=True),
  fact(XJ, "park", "main_business_revenue_yoy_growth", 0.148, "ratio", "实现主营业务收入612.89亿元,增长14.8%", AQ, kind="ratio"),
  fact(XJ, "park", "main_business_cost_cny", 5.6892e10, "cny", "主营业务成本568.92亿元", AQ, kind="cumulative", opt=True, chk=True),
  fact(XJ, "park", "profit_cny", 5.4e7, "cny", "实现利润0.54亿元", AQ, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- pm03 青海“四新”产业 (青海日报 2018)
XG = "西宁(国家级)经济技术开发区"
R0 = "比亚迪股份有限公司与西宁(国家级)经济技术开发区再次签约年产14GWh动力电池生产项目"
R1 = "2016年签约的年产10GWh动力电池生产项目一期6GWh已在开发区南川工业园区投产下线"
G["pm03"] = dict(
 article=art("青海“四新”产业依托优势资源加速崛起", "青海日报，转载于中国科学院大学新闻网 news.ucas.ac.cn（“青海日报 (兰州分院)”）", "2018-09-12", "day",
  "Provincial daily feature relayed by a university news site, Qinghai: a national zone's lithium-battery industry — a carmaker's new battery project signed, an earlier one's first phase in production, a zone official, a cooperation with a battery-materials firm",
  "http://news.ucas.ac.cn/cmjj/486907-%E9%9D%92%E6%B5%B7%E2%80%9C%E5%9B%9B%E6%96%B0%E2%80%9D%E4%BA%A7%E4%B8%9A%E4%BE%9D%E6%89%98%E4%BC%98%E5%8A%BF%E8%B5%84%E6%BA%90%E5%8A%A0%E9%80%9F%E5%B4%9B%E8%B5%B7.html",
  "日期取页面“创建于 2018-09-12”。标题照录；“青海日报 (兰州分院)”“创建于”“964”行已删。存段末段“2010年北大先行在南川工业园区设立…预计年底碳”在句中中断，整段删去；正文截至“…储能电池组的研发、生产及销售服务。”，含小标题“锂电产业厚积薄发”，共五段。园区：西宁(国家级)经济技术开发区，南川工业园区（parent）。项目：比亚迪年产14GWh动力电池生产项目（签约，园区只说开发区）；年产10GWh动力电池生产项目一期6GWh（2016年签约，一期投产下线，在南川工业园区）。北大先行科技产业有限公司与开发区达成合作协议（可选公司，园区 null）。",
  "pm03"),
 parks=[
  park(XG, "西宁", "青海", "经济技术开发区", R0, note="文中又作“开发区”"),
  park("南川工业园区", "西宁", "青海", "工业园区", R1, parent=XG, note="文中作“开发区南川工业园区”"),
 ],
 companies=[
  comp("比亚迪股份有限公司", XG, R0, aliases=["比亚迪"]),
  comp("北大先行科技产业有限公司", None, "与北大先行科技产业有限公司达成合作协议", opt=True, note="与开发区达成合作协议；园区存段内未说"),
 ],
 institutions=[
  inst("西宁(国家级)经济技术开发区管委会", "西宁(国家级)经济技术开发区管委会常务副主任许国成表示", park=XG),
 ],
 projects=[
  proj("年产14GWh动力电池生产项目", XG, R0, companies=["比亚迪股份有限公司"], status="签约", status_text="再次签约", note="第十九届青洽会上签约"),
  proj("年产10GWh动力电池生产项目", "南川工业园区", R1, companies=["比亚迪股份有限公司"], phase="一期", status="投产", status_text="投产下线",
       note="2016年签约；一期6GWh已投产下线"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- pm04 昌吉州一季度工业 (昌吉日报 via 天山网 2020)
ZD = "准东经济技术开发区"
CJ = "昌吉国家高新技术产业开发区"
S0 = "4月2日,位于准东经济技术开发区的国家电网±1100千伏特高压昌吉换流站里"
S1 = "此刻,相距200多公里之外的昌吉国家高新技术产业开发区新疆汇源食品饮料有限公司果汁车间里"
G["pm04"] = dict(
 article=art("昌吉州一季度工业经济增势强劲实现“开门红”", "昌吉日报（记者刘茜），载于天山网 news.ts.cn", "2020-04-08", "day",
  "Prefecture daily on the regional portal, Xinjiang: a prefecture's first-quarter industry — a converter station in a national zone, power and coal firms' output, a beverage firm in a national high-tech zone restarting",
  "http://news.ts.cn/system/2020/04/08/036198974.shtml",
  "日期取页面“2020年04月08日 12:41 来源:昌吉日报”。标题照录；日期来源行已删。存段末段“昌吉州在统筹推进…紧抓石油化工、煤炭、电力等重点行”在句中中断，整段删去；正文截至“…向北京等地发运沙棘汁等18万箱。”，共七段。园区：准东经济技术开发区（昌吉换流站所在）、昌吉国家高新技术产业开发区（新疆汇源所在），均在昌吉州。企业：新疆汇源食品饮料有限公司在昌吉高新区；国家电投新疆五彩湾发电有限公司、新疆天池能源有限责任公司（南露天煤矿在准东煤田）、新疆新能源有限公司园区未明说（park null，可选）。企业产量等数字记于企业（可选为主）。",
  "pm04"),
 parks=[
  park(ZD, "昌吉", "新疆", "经济技术开发区", S0),
  park(CJ, "昌吉", "新疆", "高新技术产业开发区", S1),
 ],
 companies=[
  comp("新疆汇源食品饮料有限公司", CJ, S1),
  comp("国家电网", ZD, S0, opt=True, note="昌吉换流站运营方；只作定语"),
  comp("国家电投新疆五彩湾发电有限公司", None, "1月2日,国家电投新疆五彩湾发电有限公司1号机组首次并网发电", opt=True),
  comp("新疆天池能源有限责任公司", None, "特变电工新疆天池能源有限责任公司旗下的南露天煤矿", opt=True, note="特变电工旗下；在准东煤田，园区未明说"),
  comp("新疆新能源有限公司", None, "新疆新能源有限公司一季度多晶硅产量13500吨,较去年同期增长100%", opt=True),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("新疆天池能源有限责任公司", "company", "coal_output_yoy_growth", 0.0467, "ratio", "较去年同期增长4.67%", "2020年一季度", kind="ratio", opt=True),
  fact("新疆新能源有限公司", "company", "polysilicon_output_t", 13500, "t", "新疆新能源有限公司一季度多晶硅产量13500吨", "2020年一季度", opt=True),
  fact("新疆新能源有限公司", "company", "polysilicon_output_yoy_growth", 1.0, "ratio", "较去年同期增长100%", "2020年一季度", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- pm05 石河子开发区 (te-ch 2021)
SH = "石河子经济技术开发区"
T0 = "大全公司15GW光伏组件配套4A项目、合盛硅业20万吨密封胶项目、安兴电子1400万平方米化成箔及宏远电子2000万平方米电极箔等项目相继建成投产"
T1 = "今年1月至2月,开发区完成产值94.7亿元、同比增长26%"
G["pm05"] = dict(
 article=art("改革锻造“硬核”发展力——记石河子开发区推进高质量发展", "石河子开发区（来源行），转载于 te-ch.tech（科技资讯站“园区”栏）", "2021-03-22", "day",
  "Relay of a zone's feature, Xinjiang (兵团第八师): a national zone's projects put into production last year, its ranking, output in the first two months, a named project under tour",
  "http://te-ch.tech/news/show-64633.html",
  "日期取页面“2021-03-22 石河子开发区”。标题照录；站点口号、标签行、日期来源行、点击数“49”与“核心提示”（正文首段的截断重复）已删。存段末段“占地935亩、总投资达42.7亿元的年产20万吨合盛硅业密封胶项目,…也是2019—2020年度兵团在建的”在句中中断，整段删去（该段的42.7亿元因此不在文中）；正文截至“…进行智能化操作和数据化管理。”，共六段。园区：石河子经济技术开发区（文中又作“开发区”；八师石河子市）。项目四个，2020年建成投产（投产）。企业：大全公司、合盛硅业、安兴电子、宏远电子（项目名中，在开发区）。",
  "pm05"),
 parks=[
  park(SH, "石河子", "新疆", "经济技术开发区", "记者在石河子经济技术开发区看到", note="文中又作“开发区”"),
 ],
 companies=[
  comp("大全公司", SH, T0, opt=True, note="只在项目名中"),
  comp("合盛硅业", SH, T0, opt=True, note="只在项目名中"),
  comp("安兴电子", SH, T0, opt=True, note="只在项目名中"),
  comp("宏远电子", SH, T0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("石河子经济技术开发区党工委和管委会", "石河子经济技术开发区党工委和管委会聚焦经济建设", park=SH),
 ],
 projects=[
  proj("大全公司15GW光伏组件配套4A项目", SH, T0, companies=["大全公司"], status="投产", status_text="相继建成投产", note="2020年"),
  proj("合盛硅业20万吨密封胶项目", SH, T0, companies=["合盛硅业"], status="投产", status_text="相继建成投产", aliases=["合盛硅业密封胶项目"], note="2020年"),
  proj("安兴电子1400万平方米化成箔", SH, T0, companies=["安兴电子"], status="投产", status_text="相继建成投产", note="2020年"),
  proj("宏远电子2000万平方米电极箔", SH, T0, companies=["宏远电子"], status="投产", status_text="相继建成投产", note="2020年"),
 ],
 aggregate_facts=[
  fact(SH, "park", "output_value_cny", 9.47e9, "cny", T1, "2021年1–2月", kind="cumulative", chk=True),
  fact(SH, "park", "output_value_yoy_growth", 0.26, "ratio", T1, "2021年1–2月", kind="ratio"),
 ])

# ---------------------------------------------------------------- pm06 乌鲁木齐集中签约38个项目 (中新网 via cnipai 2023)
WJ = "乌鲁木齐市经开区"
U0 = "作为一家装备制造企业,该公司于2019年落户乌鲁木齐市经开区,并投资兴建了两河高端制造科技产业园项目"
U1 = "会上,集中签约38个重大项目,总金额达905.51亿元"
G["pm06"] = dict(
 article=art("乌鲁木齐集中签约38个项目 总投资逾905亿元", "中新网（苟继鹏），载于 xj.cnipai.com", "2023-03-15", "day",
  "National wire item relayed by a regional portal, Xinjiang: a city's investment-promotion conference — 38 projects signed with total, the city's targets, a firm settled in the national zone and its park project",
  "https://xj.cnipai.com/news/detail/301449.html",
  "日期取页面“2023 03/15 15:48”；电头3月13日为签约日。标题照录；“新疆切换”“新闻”、日期行与图片说明已删。存段末段“数据显示,2022年…也是推动经济高质量发展的”在句中中断，整段删去；正文截至“…杨森说。”，共四段。园区：乌鲁木齐市经开区（即乌鲁木齐经济技术开发区；文中又作“经开区(头屯河区)”，只作张钰祥职务中）。企业：新疆大道实业投资有限公司，2019年落户经开区；项目两河高端制造科技产业园项目（已建成：“上述产业园建成以来”→投产，status_alt 竣工）。38个项目与905.51亿元为全市签约（region）。",
  "pm06"),
 parks=[
  park(WJ, "乌鲁木齐", "新疆", "经济技术开发区", U0, district="头屯河区", aliases=["经开区(头屯河区)"], note="即乌鲁木齐经济技术开发区"),
 ],
 companies=[
  comp("新疆大道实业投资有限公司", WJ, U0),
 ],
 institutions=[],
 projects=[
  proj("两河高端制造科技产业园项目", WJ, U0, companies=["新疆大道实业投资有限公司"], status="投产", status_alt="竣工",
       status_text="上述产业园建成以来", note="2019年起投资兴建；已建成，汽车零部件厂家入驻"),
 ],
 aggregate_facts=[
  fact("乌鲁木齐市", "region", "projects_signed", 38, "count", U1, "2023年3月13日（集中签约）"),
  fact("乌鲁木齐市", "region", "signed_investment_cny", 9.0551e10, "cny", U1, "2023年3月13日（集中签约）", chk=True),
  fact("乌鲁木齐市", "region", "investment_attracted_target_cny", 1.75e11, "cny", "今年乌鲁木齐市将力争实现招商引资到位资金1750亿元以上、增长超过15%", "2023年（目标）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])
