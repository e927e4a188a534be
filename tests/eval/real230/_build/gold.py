# real230 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city or county is not a park). Status from the text's words
# (签约 / 达成战略投资协议 → 签约; 开工 → 开工; 续建 → 在建; 竣工验收 → 竣工; 投产 → 投产; 计划新开工 / 预备 / 计划…建设 → planned).
# “预计” / “计划” / “将” figures are kind target; year-to-date or “以来” counts are cumulative. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/tuNN.raw as returned.

# ---------------------------------------------------------------- tu01 可克达拉经济技术开发区 (中新网 2024, via 张家口新闻网)
KK = "可克达拉经济技术开发区"
CX = "城西循环经济产业园"
K0 = "可克达拉经济技术开发区的城西循环经济产业园正在这里兴建"
K1 = "该开发区于2020年组建,总规划面积50平方公里,分3个园区"
K2 = "其中,城西循环经济产业园深处沙漠之中,规划用地面积26.47平方公里,是生物制造产业、化工产业主要承载区域"
K3 = "2023年4月以来,该开发区共签约22个产业项目,总投资超100亿元"
K4 = "总投资达3024万元、于2023年竣工验收的创新创业产业园孵化建设项目,其资金全部来源为镇江对口援疆专项资金"
K5 = "该项目总占地6480平方米,建有办公室63间、宿舍楼26间,并配套餐厅、门卫室等,是城西循环经济产业园服务于企业研发、办公、生产、生活配套的重要载体"
AS1 = "2024年10月"
G["tu01"] = dict(
 article=art("探访中国西部边陲沙漠中的经济开发区:打造产业绿洲", "中国新闻网（中新网，记者朱晓颖），载于 zjknews.com（张家口新闻网“即时新闻”栏）", "2024-10-13", "day",
  "National news agency's feature relayed by a city news site, Xinjiang (XPCC 4th Division): a young economic and technological development zone in the desert — its area and sub-parks, a circular-economy sub-park, projects signed since April 2023 with their total, an incubator project completed with aid funds",
  "http://www.zjknews.com/news/jishixinwen/202410/110006.html",
  "日期取电头“中新网新疆可克达拉10月13日电”（网址 202410）。存段无单独标题行：标题取电头行“题:”之后的文字，原样作标题行（make_txt.py HEAD_SYNTH），电头行与“中新网记者 朱晓颖”署名行保留为正文。图片说明三行（“处于沙漠中的江苏镇江援疆楼的食堂。…摄”“10月11日,…接受记者采访。…摄”“城西循环经济产业园周边是戈壁和沙漠。…摄”）已删。存段末行“为搭建企业配套服务体系,总投资约2800万元、项目用地面积达12413平”在句中中断，整行删去，正文截至“…生活配套的重要载体。”，共七段。同文另见 systematicmath.com（繁体转换副本）与 njsdtech.com（内容农场转帖），均未用。园区：可克达拉经济技术开发区（兵团第四师可克达拉市，新疆；2020年组建，分3个园区）；城西循环经济产业园（其园区之一，parent 可克达拉经济技术开发区）。项目：创新创业产业园孵化建设项目，总投资3024万元，2023年竣工验收→竣工；位于城西循环经济产业园（“是城西循环经济产业园服务于企业…的重要载体”，由语境推定）。首段“创业产业园”“特勤消防救援站”只作列举，不另列。22个签约项目未点名，计为开发区累计事实（cumulative，总投资超100亿元→超）。镇江市为援疆方，列可选机构。",
  "tu01"),
 parks=[
  park(KK, "可克达拉", "新疆", "经济技术开发区", K0, note="兵团第四师可克达拉市；文中又作“该开发区”；2020年组建，分3个园区"),
  park(CX, "可克达拉", "新疆", "循环经济产业园", K2, parent=KK, note="可克达拉经开区三个园区之一"),
 ],
 companies=[],
 institutions=[
  inst("江苏省镇江市", "江苏省镇江市先后委派4名援疆干部在此任职", note="对口援疆方；项目资金来自镇江对口援疆专项资金"),
 ],
 projects=[
  proj("创新创业产业园孵化建设项目", CX, K4, inv="总投资达3024万元", status="竣工", status_text="于2023年竣工验收",
       note="园区归属由“是城西循环经济产业园服务于企业…的重要载体”推定；资金全部来自镇江对口援疆专项资金"),
 ],
 aggregate_facts=[
  fact(KK, "park", "planned_area_km2", 50, "km2", K1, AS1),
  fact(KK, "park", "sub_parks", 3, "count", K1, AS1, opt=True),
  fact(CX, "park", "planned_area_km2", 26.47, "km2", K2, AS1),
  fact(KK, "park", "projects_signed", 22, "count", K3, "2023年4月至2024年10月", kind="cumulative"),
  fact(KK, "park", "projects_signed_investment_cny", 1e10, "cny", "该开发区共签约22个产业项目,总投资超100亿元", "2023年4月至2024年10月",
       kind="cumulative", qual="超", qtext="超", chk=True),
  fact("创新创业产业园孵化建设项目", "project", "site_area_m2", 6480, "m2", K5, "2023年", opt=True),
  fact(KK, "park", "aid_cadres", 4, "count", "江苏省镇江市先后委派4名援疆干部在此任职", AS1, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- tu02 合盛硅业 鄯善 (光伏們 2023)
SS = "鄯善工业园区"
SJ = "鄯善硅基新材料产业基地"
HS = "合盛硅业(鄯善)有限公司"
B0 = "2月10日,吐鲁番市2023年第一季度重大项目集中复工开工仪式在鄯善县鄯善工业园区鄯善硅基新材料产业基地举行,总投资1292亿元的167个重大项目集中复工开工"
B1 = "合盛硅业(鄯善)有限公司今年计划新增投资200亿元,建设20万吨/年多晶硅、三期40万吨/年有机硅、三期40万吨/年工业硅等项目"
B2 = "“项目全部建成后,产值将翻一番,上缴各类税收20亿元,新增就业约1万人。”合盛硅业股份有限公司董事长罗立国满怀信心地说"
B3 = "其中,总投资1亿元以上项目69个,本年度计划投资243亿元;社会民生项目60个,本年度计划投资20亿元"
G["tu02"] = dict(
 article=art("合盛硅业:计划新增投资200亿元 建设20万吨多晶硅等项目", "光伏們（pvmen.com，责任编辑陈平安；原发媒体未注明）", "2023-02-14", "day",
  "Solar trade site, Xinjiang (吐鲁番): a city's Q1 groundbreaking held at a county industrial park's silicon base — the number and total of projects started, a listed silicon maker's planned new investment and three named capacity projects, expected output/tax/jobs, the city's project breakdown",
  "http://www.pvmen.com/article/15486.html",
  "日期取页面“2023/2/14 11:15:28”（仪式为2月10日）。标题照录；“责任编辑:陈平安 作者: …浏览:1228 商业”行、文末“本文由光伏們进行编辑整理…”版权说明、评论与合作伙伴栏已删。正文三段，完整。园区：鄯善工业园区（吐鲁番市鄯善县，新疆）；鄯善硅基新材料产业基地（在鄯善工业园区内，parent 鄯善工业园区，依“鄯善县鄯善工业园区鄯善硅基新材料产业基地”）。公司：合盛硅业股份有限公司（上市母公司，董事长发言；park null）；合盛硅业(鄯善)有限公司（项目主体；文中未直说其位置，仪式设在鄯善硅基新材料产业基地，推定在鄯善工业园区，注明）。项目：20万吨/年多晶硅、三期40万吨/年有机硅、三期40万吨/年工业硅（公司“今年计划…建设”→planned，status_alt 开工（同日集中复工开工）；三项合计“计划新增投资200亿元”不分摊，记为公司 target 事实）。“项目全部建成后…税收20亿元,新增就业约1万人”为公司全部项目的预期（target）。167个项目、总投资1292亿元为吐鲁番市（region）本批集中复工开工数；“总投资1亿元以上项目69个,本年度计划投资243亿元”等同为吐鲁番市。吐鲁番市发改委列可选机构。",
  "tu02"),
 parks=[
  park(SS, "吐鲁番", "新疆", "工业园区", B0, district="鄯善县"),
  park(SJ, "吐鲁番", "新疆", "产业基地（硅基新材料）", B0, district="鄯善县", parent=SS),
 ],
 companies=[
  comp("合盛硅业股份有限公司", None, B2, note="上市母公司；董事长罗立国"),
  comp(HS, SS, B1, note="项目主体；位置文中未直说，由仪式地点（鄯善硅基新材料产业基地）推定"),
 ],
 institutions=[
  inst("吐鲁番市发改委", "吐鲁番市发改委党组副书记、主任朱国峰介绍"),
 ],
 projects=[
  proj("20万吨/年多晶硅", SS, B1, companies=[HS], aliases=["20万吨多晶硅"], status="planned", status_text="今年计划…建设",
       status_alt="开工", note="三项合计计划新增投资200亿元（不分摊）；园区推定"),
  proj("三期40万吨/年有机硅", SS, B1, companies=[HS], phase="三期", status="planned", status_text="今年计划…建设", status_alt="开工",
       note="同上"),
  proj("三期40万吨/年工业硅", SS, B1, companies=[HS], phase="三期", status="planned", status_text="今年计划…建设", status_alt="开工",
       note="同上"),
 ],
 aggregate_facts=[
  fact("吐鲁番市", "region", "projects_started", 167, "count", B0, "2023年2月10日（一季度集中复工开工）", note="集中复工开工"),
  fact("吐鲁番市", "region", "projects_started_investment_cny", 1.292e11, "cny", "总投资1292亿元的167个重大项目集中复工开工", "2023年2月10日（一季度集中复工开工）", chk=True),
  fact(HS, "company", "planned_new_investment_cny", 2e10, "cny", B1, "2023年（计划）", kind="target", chk=True),
  fact("合盛硅业股份有限公司", "company", "expected_annual_tax_cny", 2e9, "cny", "上缴各类税收20亿元,新增就业约1万人", "项目全部建成后（预期）", kind="target", chk=True),
  fact("合盛硅业股份有限公司", "company", "expected_new_jobs", 10000, "persons", "新增就业约1万人", "项目全部建成后（预期）", kind="target", qual="约", qtext="约", opt=True),
  fact("吐鲁番市", "region", "projects_over_100m", 69, "count", B3, "2023年一季度"),
  fact("吐鲁番市", "region", "planned_annual_investment_cny", 2.43e10, "cny", "本年度计划投资243亿元;社会民生项目60个", "2023年（计划）", kind="target", chk=True,
       note="1亿元以上项目的本年度计划投资"),
  fact("吐鲁番市", "region", "social_projects", 60, "count", "社会民生项目60个,本年度计划投资20亿元", "2023年一季度", opt=True),
  fact("吐鲁番市", "region", "social_projects_planned_investment_cny", 2e9, "cny", "本年度计划投资20亿元", "2023年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- tu03 乌鲁木齐经济技术开发区 2023 计划执行情况 (uetd.gov.cn 2024)
WJ = "乌鲁木齐经济技术开发区"
C0 = "2023年,经开区(头屯河区)坚持以习近平新时代中国特色社会主义思想为指导"
C1 = "2023年,地区生产总值同比增长4.5%;规模以上工业增加值同比增长5%;外贸进出口同比增长28%;一般公共预算收入同比增长47.8%;社会消费品零售总额同比增长13%;固定资产投资同比持平"
C2 = "汽车制造规模持续扩大,陕汽创新提升、上汽优化结构、大道精准定位、东风调整重组"
C3 = "农牧、纺织机械创新发展,铁建、牧神、卓郎等企业自主研发力度不断增强"
C4 = "八钢加速绿色转型升级,富氢碳循环氧气高炉建设取得新突破"
C5 = "新疆卷烟厂持续优化结构,高档烟比例提高2.2%"
C6 = "乌苏啤酒不断扩大市场份额,产品占全疆市场90%,销量创历史新高"
C7 = "康师傅产量增加700万箱,达历史之最"
C8 = "哈立得已投产运营,华润怡宝等企业已入驻"
AS3 = "2023年"
G["tu03"] = dict(
 article=art("乌鲁木齐经济技术开发区 2023年国民经济和社会发展计划执行情况", "乌鲁木齐经济技术开发区（头屯河区）官网 uetd.gov.cn（政府文件；署名未示）", "2024-03", "month",
  "Government site, Xinjiang: a national economic and technological development zone's (merged with its district) report on the 2023 development plan — headline growth rates, and its manufacturers by industry (vehicles, farm and textile machinery, steel, tobacco, beer, food and drink) with a few firm figures",
  "http://www.uetd.gov.cn/jjjskfq/c119900/202403/a2ba4b0be50c41f9947f716aea0aa20f.shtml",
  "日期取网址 202403（页内存段无日期行），记 2024-03（month）。标题为存段前两行“乌鲁木齐经济技术开发区”“2023年国民经济和社会发展计划执行情况”，以空格连为一行。页面在第二段后有单独一行“略”（原文如此，表示省略），照录为一段。存段在末句“以陆港区、综保区、纺服中心为核心的商贸物流基”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…商贸物流产业发展动能趋强。”，共四段。园区：乌鲁木齐经济技术开发区（文中作“经开区(头屯河区)”——与头屯河区区政合一，增速指标记于开发区；新疆乌鲁木齐）。公司：陕汽、上汽、东风、八钢、新疆卷烟厂、乌苏啤酒、康师傅、哈立得、华润怡宝（均按文中简称；园区记开发区，依报告语境）；大道、铁建、牧神、卓郎简称不全或易歧义，列可选。项目：八钢“富氢碳循环氧气高炉”建设取得新突破（在建，可选）；“千辆纯电动重卡顺利签约落地”未名，不列。事实：六项增速（ratio；固定资产投资“同比持平”记 0，可选）；新疆卷烟厂高档烟比例“提高2.2%”（可选）；乌苏啤酒占全疆市场90%；康师傅产量增加700万箱（可选）。",
  "tu03"),
 parks=[
  park(WJ, "乌鲁木齐", "新疆", "国家级经济技术开发区", "乌鲁木齐经济技术开发区 2023年国民经济和社会发展计划执行情况", district="头屯河区",
       note="文中作“经开区(头屯河区)”；与头屯河区“区政合一”；标题作全称"),
 ],
 companies=[
  comp("陕汽", WJ, C2), comp("上汽", WJ, C2), comp("东风", WJ, C2),
  comp("大道", WJ, C2, opt=True, note="简称，易歧义"),
  comp("铁建", WJ, C3, opt=True, note="简称（铁建重工新疆）"), comp("牧神", WJ, C3, opt=True), comp("卓郎", WJ, C3, opt=True),
  comp("八钢", WJ, C4), comp("新疆卷烟厂", WJ, C5), comp("乌苏啤酒", WJ, C6), comp("康师傅", WJ, C7),
  comp("哈立得", WJ, C8, note="已投产运营"), comp("华润怡宝", WJ, C8, note="已入驻"),
 ],
 projects=[
  proj("富氢碳循环氧气高炉", WJ, C4, companies=["八钢"], status="在建", status_text="建设取得新突破", opt=True),
 ],
 aggregate_facts=[
  fact(WJ, "park", "gdp_yoy_growth", 0.045, "ratio", C1, AS3, kind="ratio", note="经开区(头屯河区)"),
  fact(WJ, "park", "above_scale_industrial_value_added_yoy_growth", 0.05, "ratio", C1, AS3, kind="ratio"),
  fact(WJ, "park", "foreign_trade_yoy_growth", 0.28, "ratio", C1, AS3, kind="ratio"),
  fact(WJ, "park", "general_public_budget_revenue_yoy_growth", 0.478, "ratio", C1, AS3, kind="ratio"),
  fact(WJ, "park", "retail_sales_yoy_growth", 0.13, "ratio", C1, AS3, kind="ratio"),
  fact(WJ, "park", "fixed_asset_investment_yoy_growth", 0.0, "ratio", "固定资产投资同比持平", AS3, kind="ratio", opt=True),
  fact("新疆卷烟厂", "company", "high_end_share_increase", 0.022, "ratio", C5, AS3, kind="ratio", opt=True, note="“提高2.2%”"),
  fact("乌苏啤酒", "company", "market_share_xinjiang", 0.9, "ratio", C6, AS3, kind="ratio"),
  fact("康师傅", "company", "output_increase_cases", 7000000, "cases", C7, AS3, opt=True, note="700万箱"),
 ])

# ---------------------------------------------------------------- tu04 欧昊集团 酒泉经开区 (国际能源网 2021)
JQ = "酒泉经济技术开发区"
OH = "广东欧昊集团有限公司"
D0 = "2021年7月12日,第二十七届中国兰州投资贸易洽谈会闭幕,广东欧昊集团有限公司与酒泉市政府达成战略投资协议,将投资50亿元在酒泉经济技术开发区落地近25万平方米高效异质结太阳能电池及组件项目"
D1 = "此次投资建设的高效异质结太阳能电池及组件项目位于甘肃酒泉经济技术开发区,总投资额达50亿元人民币"
D2 = "其中项目一期计划投资25亿元,建设年产2.4GW的高效异质结电池及组件"
D3 = "二期计划投资25亿元,建设年产2.4GW电池及组件"
D4 = "目前,一期项目已完成前期手续,将于7月底正式开工建设"
D5 = "预计项目光伏组件年产值将达48亿元,电池年产值将达30亿元"
PJ = "高效异质结太阳能电池及组件项目"
G["tu04"] = dict(
 article=art("（无标题）欧昊集团投资50亿元在酒泉经济技术开发区建设高效异质结太阳能电池及组件项目", "国际能源网·光伏头条（solar.in-en.com；存段无标题、无署名、无日期行）", "2021-07", "month",
  "Energy trade portal, Gansu: a Guangdong group's investment agreement signed at the Lanzhou fair for a heterojunction solar cell and module project in a national economic and technological development zone — total, two phases with amounts and capacity, start date, expected output and jobs",
  "https://solar.in-en.com/html/solar-2384457.shtml",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2021年7月12日,第二十七届中国兰州投资贸易洽谈会闭幕”，一期“将于7月底正式开工建设”，发布应在2021年7月12日之后、7月底之前，记 2021-07（month）。两行小标题“【掷子酒泉,助力甘肃新能源产业发展】”“【稳岗就业,带动当地民生经济建设】”照录为段。存段末行“随着共建“一带一路”的深入推进,甘肃战略”在句中中断，整行删去，正文截至“…为甘肃经济社会发展做贡献。”，共八段。园区：酒泉经济技术开发区（文中又作“甘肃酒泉经济技术开发区”；酒泉，甘肃）。公司：广东欧昊集团有限公司（又作“欧昊集团”；投资方，项目落地酒泉经开区，park 记该区）。项目：高效异质结太阳能电池及组件项目，投资50亿元（又作“总投资额达50亿元人民币”），与酒泉市政府达成战略投资协议→签约；一期（25亿元，已完成前期手续，7月底开工→planned）、二期（25亿元）列可选分期项目。事实：组件年产值48亿元、电池年产值30亿元、就业400人（预期，target）；占地近25万平方米（约，可选）。酒泉市政府列可选机构。",
  "tu04"),
 parks=[
  park(JQ, "酒泉", "甘肃", "国家级经济技术开发区", D0, aliases=["甘肃酒泉经济技术开发区"], note="文中又作“甘肃酒泉经济技术开发区”"),
 ],
 companies=[
  comp(OH, JQ, D0, aliases=["欧昊集团"], note="投资方；项目落地酒泉经开区"),
 ],
 institutions=[
  inst("酒泉市政府", D0, note="与欧昊集团达成战略投资协议"),
 ],
 projects=[
  proj(PJ, JQ, D0, companies=[OH], inv="投资50亿元", status="签约", status_text="达成战略投资协议",
       alt_investment={"investment_text": "总投资额达50亿元人民币", "investment_cny": 5e9},
       note="第二十七届兰洽会签约；分两期，一期7月底开工"),
  proj("高效异质结太阳能电池及组件项目一期", JQ, D2, companies=[OH], inv="计划投资25亿元", phase="一期", status="planned",
       status_text="已完成前期手续,将于7月底正式开工建设", opt=True, note="年产2.4GW；名称为编者据“项目一期”所拟"),
  proj("高效异质结太阳能电池及组件项目二期", JQ, D3, companies=[OH], inv="计划投资25亿元", phase="二期", opt=True,
       note="年产2.4GW；名称为编者据“二期”所拟"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "expected_module_annual_output_cny", 4.8e9, "cny", D5, "建成后（预期）", kind="target", chk=True),
  fact(PJ, "project", "expected_cell_annual_output_cny", 3e9, "cny", "电池年产值将达30亿元", "建成后（预期）", kind="target", chk=True),
  fact(PJ, "project", "expected_jobs", 400, "persons", "项目建成后,可解决就业400人", "建成后（预期）", kind="target"),
  fact(PJ, "project", "floor_area_m2", 250000, "m2", D0, "2021年7月", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- tu05 兰州新区 20 个省列重大建设项目 (兰州日报 via 每日甘肃网 2024)
LZ = "兰州新区"
E0 = "3月17日,记者从兰州新区获悉,近日,经省政府审定,发布了2024年甘肃省省列重大建设项目清单,兰州新区有20个项目入选"
E1 = "兰州新区20个省列重大建设项目清单中共有省属项目3个,分别为兰州中川国际机场三期扩建工程、兰州中川国际机场综合交通枢纽环线铁路和国家西北区域应急救援中心项目"
E2 = "计划新开工项目3个,分别为粤水电兰州新区集中式光伏发电项目、兰州科技职业学院新校区项目和兰州新区专精特新化工产业园孵化基地项目(D区)"
E3 = "与此同时,还包括兰州新区乡村振兴产业园生态畜牧养殖项目(二期)、中央储备粮兰州直属库有限公司兰州新区仓储项目、兰州新区中通道东侧双庙沟生态修复项目、兰州新区2×350MW热电联产工程、兰州新区城市智慧能源岛协同耦合项目(段家川地区农光互补光伏发电示范工程)、甘肃能化兰州新区热电项目、兰州东金碳基新材料石墨制品项目、泰邦化工年产5万吨高氯酸钾及25万吨双氧水(27.5%)资源综合利用项目、兰州新区专精特新化工产业孵化基地项目(C区)三期、甘肃海亮新能源材料有限公司年产15万吨高性能铜箔材料项目、东金硅业有机硅一体化项目、甘肃金麟锂电新材料有限公司年产20万吨磷酸系锂离子电池正极材料生产线建设项目和兰州博文科技学院新校区建设项目等续建项目13个"
E4 = "以及预备项目兰州新区刘家井滞洪调蓄2号水库"
AS5 = "2024年"
def p5(name, ev, status, stext, comps=(), phase=None, opt=False, note=None):
    return proj(name, LZ, ev, companies=list(comps), status=status, status_text=stext, phase=phase, opt=opt, note=note)
G["tu05"] = dict(
 article=art("兰州新区20个项目入选今年省列重大建设项目", "兰州日报（记者李昕），载于每日甘肃网 gansu.gansudaily.com.cn", "2024-03-18", "day",
  "Provincial news portal relaying a city daily, Gansu: a national new area's 20 projects on the province's 2024 major-project list, named one by one by category — province-owned, to be started, continuing, reserve",
  "https://gansu.gansudaily.com.cn/system/2024/03/18/030971286.shtml",
  "日期取页面“2024/03/18/ 08:33 来源:兰州日报 记者 李昕”。标题照录；页内第二标题“新区20个项目入选今年省列重大建设项目”（报纸原题）、面包屑、来源行与文末版权声明已删。正文四段（末段为署名“兰州日报社全媒体记者 李昕”），完整。园区：兰州新区（国家级新区；兰州，甘肃）；项目名中的“兰州新区专精特新化工产业园”“兰州新区乡村振兴产业园”列可选园区（parent 兰州新区）。项目20个，全部归兰州新区（“兰州新区20个省列重大建设项目清单中…”）：省属3个（状态未说）；计划新开工3个→planned；续建13个→在建；预备项目1个（刘家井滞洪调蓄2号水库）→planned。无单项金额。公司：中央储备粮兰州直属库有限公司、甘肃海亮新能源材料有限公司、甘肃金麟锂电新材料有限公司（全称，在新区）；粤水电、甘肃能化、兰州东金碳基新材料、泰邦化工、东金硅业只在项目名中，列可选。事实：入选20个、省属3个、计划新开工3个（target）、续建13个、预备1个。",
  "tu05", title_note="页内第二标题（兰州日报原题）：新区20个项目入选今年省列重大建设项目"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", E0),
  park("兰州新区专精特新化工产业园", "兰州", "甘肃", "化工产业园", E2, parent=LZ, opt=True, note="只见于项目名"),
  park("兰州新区乡村振兴产业园", "兰州", "甘肃", "乡村振兴产业园", E3, parent=LZ, opt=True, note="只见于项目名"),
 ],
 companies=[
  comp("中央储备粮兰州直属库有限公司", LZ, E3, note="兰州新区仓储项目业主"),
  comp("甘肃海亮新能源材料有限公司", LZ, E3, note="年产15万吨高性能铜箔材料项目"),
  comp("甘肃金麟锂电新材料有限公司", LZ, E3, note="年产20万吨磷酸系锂离子电池正极材料生产线"),
  comp("粤水电", LZ, E2, opt=True, note="只在项目名中"),
  comp("甘肃能化", LZ, E3, opt=True, note="只在项目名中"),
  comp("兰州东金碳基新材料", LZ, E3, opt=True, note="只在项目名中"),
  comp("泰邦化工", LZ, E3, opt=True, note="只在项目名中"),
  comp("东金硅业", LZ, E3, opt=True, note="只在项目名中"),
 ],
 projects=[
  p5("兰州中川国际机场三期扩建工程", E1, None, None, note="省属项目"),
  p5("兰州中川国际机场综合交通枢纽环线铁路", E1, None, None, note="省属项目"),
  p5("国家西北区域应急救援中心项目", E1, None, None, note="省属项目"),
  p5("粤水电兰州新区集中式光伏发电项目", E2, "planned", "计划新开工", comps=["粤水电"]),
  p5("兰州科技职业学院新校区项目", E2, "planned", "计划新开工"),
  p5("兰州新区专精特新化工产业园孵化基地项目(D区)", E2, "planned", "计划新开工"),
  p5("兰州新区乡村振兴产业园生态畜牧养殖项目(二期)", E3, "在建", "续建", phase="二期"),
  p5("中央储备粮兰州直属库有限公司兰州新区仓储项目", E3, "在建", "续建", comps=["中央储备粮兰州直属库有限公司"]),
  p5("兰州新区中通道东侧双庙沟生态修复项目", E3, "在建", "续建"),
  p5("兰州新区2×350MW热电联产工程", E3, "在建", "续建"),
  p5("兰州新区城市智慧能源岛协同耦合项目(段家川地区农光互补光伏发电示范工程)", E3, "在建", "续建"),
  p5("甘肃能化兰州新区热电项目", E3, "在建", "续建", comps=["甘肃能化"]),
  p5("兰州东金碳基新材料石墨制品项目", E3, "在建", "续建", comps=["兰州东金碳基新材料"]),
  p5("泰邦化工年产5万吨高氯酸钾及25万吨双氧水(27.5%)资源综合利用项目", E3, "在建", "续建", comps=["泰邦化工"]),
  p5("兰州新区专精特新化工产业孵化基地项目(C区)三期", E3, "在建", "续建", phase="三期"),
  p5("甘肃海亮新能源材料有限公司年产15万吨高性能铜箔材料项目", E3, "在建", "续建", comps=["甘肃海亮新能源材料有限公司"]),
  p5("东金硅业有机硅一体化项目", E3, "在建", "续建", comps=["东金硅业"]),
  p5("甘肃金麟锂电新材料有限公司年产20万吨磷酸系锂离子电池正极材料生产线建设项目", E3, "在建", "续建", comps=["甘肃金麟锂电新材料有限公司"]),
  p5("兰州博文科技学院新校区建设项目", E3, "在建", "续建"),
  p5("兰州新区刘家井滞洪调蓄2号水库", E4, "planned", "预备项目"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "provincial_major_projects", 20, "count", E0, AS5),
  fact(LZ, "park", "provincial_major_projects_province_owned", 3, "count", "兰州新区20个省列重大建设项目清单中共有省属项目3个", AS5, opt=True),
  fact(LZ, "park", "provincial_major_projects_to_start", 3, "count", "计划新开工项目3个", "2024年（计划）", kind="target"),
  fact(LZ, "park", "provincial_major_projects_continuing", 13, "count", "等续建项目13个", AS5),
  fact(LZ, "park", "provincial_major_projects_reserve", 1, "count", E4, AS5, opt=True),
 ])

# ---------------------------------------------------------------- tu06 张掖 营商环境 (甘肃经济日报 via gsjb 2025)
ZY = "张掖经开区"
FD = "甘肃富地金虹张掖玻璃有限公司"
BL = "张掖日用玻璃低碳产业园"
F0 = "走进张掖经开区,现代化产业气息扑面而来。在甘肃富地金虹张掖玻璃有限公司生产车间,流水线上晶莹剔透的化妆品瓶造型各异"
F1 = "作为张掖日用玻璃低碳产业园的“排头兵”,该项目规划占地1500亩,总投资10亿元,分三期建设"
F2 = "已投产的一期占地100亩,投资2亿元,自2023年5月签约、2024年10月投产以来,年产值达1.5亿元,利润0.35亿元,上缴税金0.12亿元,带动200人就业"
F3 = "二期工程预计今年10月投产,届时年产值可达1.8亿元"
F4 = "项目全部建成后,年产值将突破百亿元,年利润达5亿元,税收约1亿元"
F5 = "一季度,张掖地区生产总值达162.52亿元,按不变价格计算,同比增长9.1%"
AS6 = "2025年4月"
PF = "甘肃富地金虹张掖玻璃有限公司玻璃项目"
G["tu06"] = dict(
 article=art("张掖市:厚植营商沃土 引领产业崛起", "甘肃经济日报（新甘肃·甘肃经济日报记者房惠玲），载于 gsjb.com", "2025-04-30", "day",
  "Provincial economic daily, Gansu: a city's business-environment feature during a press tour — the city's Q1 GDP, and a glass maker in the city's economic and technological development zone, flagship of a low-carbon glassware park, with its three-phase project: total, phase 1 investment and results since production, phase 2 and full-build expectations",
  "https://www.gsjb.com/system/2025/04/30/031177040.shtml",
  "日期取页面“2025/04/30 11:56 来源:新甘肃·甘肃经济日报 记者房惠玲”。标题照录；来源行已删；署名行“新甘肃·甘肃经济日报记者房惠玲”为正文首段，保留。存段在末句“张掖经开区三级调研员鲁国栋透露,未来将依托石英石和新能源电力资”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…税收约1亿元。”，共五段（长篇只存开头）。注意：同一公司的同一项目（建设阶段）是 real44 zn05（甘肃日报 2024-09-23“甘州10亿元低碳项目火热建设”）的主题；本篇是另一篇报道（2025年，一期已投产后的数字），chk.sh 以网址与标题核对无重复。园区：张掖经开区（文中只作此简称；张掖，甘肃；国家级经济技术开发区）；张掖日用玻璃低碳产业园（公司为其“排头兵”，推定在张掖经开区内，parent 张掖经开区，可选）。公司：甘肃富地金虹张掖玻璃有限公司（在张掖经开区）。项目：文中只作“该项目”，未给名称——按惯例不强立项目，另设可选项目（名称为编者所拟）承接金额；金额与业绩记为公司事实：总投资10亿元（规划，三期）、一期投资2亿元、一期年产值1.5亿元、利润0.35亿元、税金0.12亿元、就业200人（reported）；二期年产值1.8亿元（target）；全部建成后年产值突破百亿元（超）、年利润5亿元、税收约1亿元（target）。张掖市一季度 GDP 162.52亿元、增长9.1%（region）。",
  "tu06"),
 parks=[
  park(ZY, "张掖", "甘肃", "国家级经济技术开发区", F0, note="文中只作“张掖经开区”"),
  park(BL, "张掖", "甘肃", "产业园（日用玻璃）", F1, parent=ZY, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp(FD, ZY, F0, note="张掖日用玻璃低碳产业园的“排头兵”；董事长刘权德"),
 ],
 projects=[
  proj(PF, ZY, F1, companies=[FD], inv="总投资10亿元", status="投产", status_text="已投产的一期", opt=True,
       note="文中只作“该项目”，名称为编者所拟；分三期，一期2024年10月投产，二期预计2025年10月投产"),
 ],
 aggregate_facts=[
  fact("张掖市", "region", "gdp_cny", 1.6252e10, "cny", F5, "2025年一季度", chk=True),
  fact("张掖市", "region", "gdp_yoy_growth", 0.091, "ratio", F5, "2025年一季度", kind="ratio"),
  fact(FD, "company", "project_total_investment_cny", 1e9, "cny", "该项目规划占地1500亩,总投资10亿元,分三期建设", "2025年4月（规划）", chk=True),
  fact(FD, "company", "project_site_area_mu", 1500, "mu", F1, "2025年4月（规划）", opt=True),
  fact(FD, "company", "phase1_investment_cny", 2e8, "cny", "投资2亿元,自2023年5月签约、2024年10月投产以来", AS6, chk=True),
  fact(FD, "company", "annual_output_cny", 1.5e8, "cny", "年产值达1.5亿元,利润0.35亿元,上缴税金0.12亿元,带动200人就业", "2024年10月投产以来", chk=True),
  fact(FD, "company", "profit_cny", 3.5e7, "cny", "利润0.35亿元,上缴税金0.12亿元", "2024年10月投产以来", chk=True),
  fact(FD, "company", "tax_paid_cny", 1.2e7, "cny", "上缴税金0.12亿元,带动200人就业", "2024年10月投产以来", chk=True),
  fact(FD, "company", "jobs", 200, "persons", "带动200人就业", AS6),
  fact(FD, "company", "expected_annual_output_phase2_cny", 1.8e8, "cny", "届时年产值可达1.8亿元", "二期投产后（预期，2025年10月）", kind="target", chk=True),
  fact(FD, "company", "expected_annual_output_cny", 1e10, "cny", "项目全部建成后,年产值将突破百亿元", "全部建成后（预期）", kind="target", qual="超", qtext="突破"),
  fact(FD, "company", "expected_annual_profit_cny", 5e8, "cny", "年利润达5亿元,税收约1亿元", "全部建成后（预期）", kind="target", chk=True),
  fact(FD, "company", "expected_annual_tax_cny", 1e8, "cny", "税收约1亿元", "全部建成后（预期）", kind="target", qual="约", qtext="约", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- tu07 武威 two industrial concentration zones (新甘肃 2025)
HSG = "民勤红沙岗能源化工工业集中区"
JQZ = "天祝金强工业集中区"
H0 = "武威市民勤红沙岗能源化工工业集中区、天祝金强工业集中区荣获2024年度省级开发区考核评价进步奖"
H1 = "新能源产业实现三年倍增,风光电装机达299万千瓦,年产值10亿元"
H2 = "风电装备制造产业链年产值30亿元,绿色化工产业也因宏北硝酸异辛酯等项目落地持续升级"
H3 = "去年招商引资到位资金53.47亿元,同比增长15.01%"
H4 = "固定资产投资40.25亿元,增长80.5%"
H5 = "园区12家企业与高校等建立联系,新增高新技术企业3家等"
J0 = "去年,园区入驻企业84户,其中规上企业40户,完成工业总产值43.5亿元,同比增长11.2%"
J1 = "引进15个项目,签约金额23.2亿元,其中亿元以上项目5项"
J2 = "21个新建续建项目到位资金36.5亿元,同比增长151%"
J3 = "引进碳化硅深加工及制品项目8个,碳化硅企业总数达到27户,年产量达到全国的57%,实现产值30.4亿元"
AS7 = "2024年"
G["tu07"] = dict(
 article=art("武威市2个工业园区获省级开发区考核评价进步奖", "新甘肃客户端（新甘肃·甘肃日报记者金奉乾），载于每日甘肃网 ww.gansudaily.com.cn（武威新闻）", "2025-05-16", "day",
  "Provincial news portal, Gansu: two county-level industrial concentration zones win a provincial progress award — each zone's 2024 figures (installed capacity and output, investment attracted, fixed-asset investment, firms, industrial output, projects signed and funds in place, a silicon-carbide cluster)",
  "https://ww.gansudaily.com.cn/system/2025/05/16/031184979.shtml",
  "日期取页面“2025/05/16/ 16:35 来源:新甘肃 记者 金奉乾”（会议为5月15日）。标题照录；面包屑、来源行与图片说明“位于天祝县金强工业集中区宽沟工业园的甘肃新玉通新高新材料有限公司。…摄”已删（该说明中的宽沟工业园与甘肃新玉通新高新材料有限公司因此不在正文，不列）。存段末句“加快”后中断，残字已删（make_txt.py LINE_SUFFIX），正文截至“…着力提升园区发展能级。”，共四段。同文另见 mrkx.qghjm.com 镜像（real142 已见未用），未用。园区：民勤红沙岗能源化工工业集中区（武威市民勤县，甘肃）；天祝金强工业集中区（武威市天祝县；“一区两园”）。公司：宏北（只在“宏北硝酸异辛酯等项目”中，可选，园区红沙岗）；项目“宏北硝酸异辛酯”落地（可选，无状态词以外信息：“落地”→不记状态）。事实均为“去年”（2024年）：红沙岗——风光电装机299万千瓦、新能源年产值10亿元、风电装备制造产业链年产值30亿元、招商引资到位资金53.47亿元（增长15.01%）、固定资产投资40.25亿元（增长80.5%）、12家企业与高校建立联系、新增高新技术企业3家；金强——入驻企业84户、规上企业40户、工业总产值43.5亿元（增长11.2%）、引进项目15个、签约金额23.2亿元、亿元以上项目5项、21个新建续建项目到位资金36.5亿元（增长151%）、碳化硅项目8个、碳化硅企业27户、年产量占全国57%、碳化硅产值30.4亿元。",
  "tu07"),
 parks=[
  park(HSG, "武威", "甘肃", "工业集中区（能源化工）", H0, district="民勤县", note="省级开发区"),
  park(JQZ, "武威", "甘肃", "工业集中区", H0, district="天祝县", note="省级开发区；“一区两园”"),
 ],
 companies=[
  comp("宏北", HSG, H2, opt=True, note="只在“宏北硝酸异辛酯等项目”中"),
 ],
 projects=[
  proj("宏北硝酸异辛酯", HSG, H2, companies=["宏北"], opt=True, note="“项目落地”，无金额"),
 ],
 aggregate_facts=[
  fact(HSG, "park", "renewable_installed_capacity_kw", 2990000, "kW", H1, "2024年末", note="299万千瓦"),
  fact(HSG, "park", "new_energy_annual_output_cny", 1e9, "cny", "风光电装机达299万千瓦,年产值10亿元", AS7, chk=True),
  fact(HSG, "park", "wind_equipment_chain_annual_output_cny", 3e9, "cny", H2, AS7, chk=True),
  fact(HSG, "park", "investment_funds_in_place_cny", 5.347e9, "cny", H3, AS7, chk=True),
  fact(HSG, "park", "investment_funds_in_place_yoy_growth", 0.1501, "ratio", H3, AS7, kind="ratio"),
  fact(HSG, "park", "fixed_asset_investment_cny", 4.025e9, "cny", H4, AS7, chk=True),
  fact(HSG, "park", "fixed_asset_investment_yoy_growth", 0.805, "ratio", H4, AS7, kind="ratio"),
  fact(HSG, "park", "firms_linked_with_universities", 12, "count", H5, AS7, opt=True),
  fact(HSG, "park", "new_high_tech_firms", 3, "count", H5, AS7, opt=True),
  fact(JQZ, "park", "firms", 84, "count", J0, "2024年末"),
  fact(JQZ, "park", "above_scale_firms", 40, "count", J0, "2024年末"),
  fact(JQZ, "park", "industrial_output_cny", 4.35e9, "cny", "完成工业总产值43.5亿元,同比增长11.2%", AS7, chk=True),
  fact(JQZ, "park", "industrial_output_yoy_growth", 0.112, "ratio", "完成工业总产值43.5亿元,同比增长11.2%", AS7, kind="ratio"),
  fact(JQZ, "park", "projects_introduced", 15, "count", J1, AS7),
  fact(JQZ, "park", "signed_investment_cny", 2.32e9, "cny", "签约金额23.2亿元,其中亿元以上项目5项", AS7, chk=True),
  fact(JQZ, "park", "projects_over_100m", 5, "count", J1, AS7, opt=True),
  fact(JQZ, "park", "funds_in_place_cny", 3.65e9, "cny", J2, AS7, chk=True, note="21个新建续建项目"),
  fact(JQZ, "park", "funds_in_place_yoy_growth", 1.51, "ratio", J2, AS7, kind="ratio"),
  fact(JQZ, "park", "sic_projects_introduced", 8, "count", J3, AS7, opt=True),
  fact(JQZ, "park", "sic_firms", 27, "count", J3, "2024年末"),
  fact(JQZ, "park", "sic_national_output_share", 0.57, "ratio", J3, AS7, kind="ratio"),
  fact(JQZ, "park", "sic_output_cny", 3.04e9, "cny", "实现产值30.4亿元", AS7, chk=True),
 ])

# how each item was obtained (prefixed to article.note; call numbers as in _raw/notes.md)
OBT = {
 "tu01": "取得：search（corpus pages）第12次查询“探访中国西部边陲沙漠中的经济开发区:打造产业绿洲 可克达拉经济技术开发区 城西循环经济产业园”返回的 zjknews.com 存段（第11次查询先见其内容农场转帖）。",
 "tu02": "取得：search（corpus pages）第7次查询“准东经济技术开发区 西黑山产业园 新疆协鑫硅业科技有限公司 …”返回的 pvmen.com 存段。",
 "tu03": "取得：search（corpus pages）第8次查询“乌鲁木齐高新区(新市区) 园区 企业 营业收入 亿元 项目 投产 有限公司 2022年”返回的 uetd.gov.cn 存段。",
 "tu04": "取得：search（corpus pages）第4次查询“酒泉经济技术开发区 新能源装备 项目 投产 有限公司 投资 亿元”返回的 solar.in-en.com 存段。",
 "tu05": "取得：search（corpus pages）第15次查询“兰州高新区 OR 白银高新区 重点项目 开工 建成投产 有限公司 总投资 亿元 本报讯 2022年”返回的每日甘肃网存段。",
 "tu06": "取得：search（corpus pages）第17次查询“张掖经济技术开发区 OR 武威工业园区 OR 庆阳 园区 项目 投产 有限公司 年产值 亿元 2023年 记者”返回的 gsjb.com 存段。",
 "tu07": "取得：search（corpus pages）第17次查询（同 tu06）返回的每日甘肃网（ww.gansudaily.com.cn）存段；第14次查询先见其 mrkx.qghjm.com 镜像。",
}
for _k, _v in OBT.items():
    G[_k]["article"]["note"] = _v + G[_k]["article"]["note"]
