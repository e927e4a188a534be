# real373 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in. Status from the text's words (开工 / 集体开工 /
# 集中开工 / 开工建设 → 开工; 签约 / 签约落户 / 签署…协议 → 签约; 落户 alone → no status). “可望” / “计划” / “预计” year
# figures are kind target; year-to-date counts (“今年以来”, “今年1月至5月”, “累计”) are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/nhNN.raw as returned.

# ---------------------------------------------------------------- nh01 临空港经开区15个项目集体开工 (长江商报 2016)
LK = "武汉临空港经开区"
A0 = "武汉临空港经开区总投资57亿元,包括华润、良品铺子等15个产业项目集体开工"
A1 = "其中,良品铺子休闲食品产业园作为项目之一,全面启动一期项目建设"
A2 = "一期项目建成投产后,良品铺子将新增年产值30亿元,实现各项税收2亿元以上的规模"
A3 = "今年1月至5月,临空港经开区已有31个产业项目开工,总投资共计173亿元"
A4 = "目前,武汉临空港经济技术开发区·东西湖区已拥有三江航天、航达科技、统一食品、华润雪花啤酒、可口可乐饮料、扬子江客车、TCL空调、伟福汽配、顺丰速运、九州通、苏宁易购、京东商城等国内外知名企业3000余家"
AS1 = "2016年5月28日（集体开工）"
G["nh01"] = dict(
 article=art("临空港经开区15个项目集体开工", "长江商报（记者 陈妮希），载于 cj.chenjian1982.cn（长江商报页面副本）", "2016-05-31", "day",
  "City business daily, Hubei: a Wuhan zone's 15 industrial projects started together (total amount), a snack maker's food industrial park phase 1 with expected output and tax, the zone's year-to-date starts and its count of firms with a list of named firms",
  "http://cj.chenjian1982.cn/2016/05/535635.html",
  "日期取页面“2016-05-31 01:39:09 来源:长江商报”（开工在5月28日）。标题照录；面包屑“长江商报 > …”、日期来源行、“责编:ZB”及页脚栏目已删；导语行“长江商报消息 总投资57亿元,项目之一良品铺子将新增年产值30亿元”保留为第一段。正文完整。园区：武汉临空港经开区（文中又作“临空港经开区”“武汉临空港经济技术开发区·东西湖区”；东西湖区，武汉）。良品铺子休闲食品产业园为园中之园兼项目（一期全面启动建设→开工，无单项金额），列为可选园区。华润只以“华润、良品铺子等15个产业项目”出现，列公司。“已拥有…等国内外知名企业3000余家”中点名的12家企业列公司（园区武汉临空港经开区）。良品铺子新增年产值30亿元、税收2亿元以上为投产后预期（target）。",
  "nh01"),
 parks=[
  park(LK, "武汉", "湖北", "经济技术开发区", A0, district="东西湖区", aliases=["临空港经开区", "武汉临空港经济技术开发区"],
       note="又作“武汉临空港经济技术开发区·东西湖区”"),
  park("良品铺子休闲食品产业园", "武汉", "湖北", "产业园", A1, district="东西湖区", parent=LK, opt=True,
       note="企业自建产业园，同时是开工项目"),
 ],
 companies=[
  comp("良品铺子", LK, A0),
  comp("华润", LK, A0, note="只作“华润”，项目未点名"),
  comp("三江航天", LK, A4), comp("航达科技", LK, A4), comp("统一食品", LK, A4), comp("华润雪花啤酒", LK, A4),
  comp("可口可乐饮料", LK, A4), comp("扬子江客车", LK, A4), comp("TCL空调", LK, A4), comp("伟福汽配", LK, A4),
  comp("顺丰速运", LK, A4), comp("九州通", LK, A4), comp("苏宁易购", LK, A4), comp("京东商城", LK, A4),
 ],
 projects=[
  proj("良品铺子休闲食品产业园", LK, A1, companies=["良品铺子"], phase="一期", status="开工", status_text="全面启动一期项目建设",
       note="15个集体开工项目之一；无单项金额"),
 ],
 aggregate_facts=[
  fact(LK, "park", "projects_started", 15, "count", A0, AS1),
  fact(LK, "park", "projects_started_investment_cny", 5.7e9, "cny", A0, AS1, chk=True),
  fact(LK, "park", "projects_started", 31, "count", A3, "2016年1–5月", kind="cumulative"),
  fact(LK, "park", "projects_started_investment_cny", 1.73e10, "cny", "总投资共计173亿元", "2016年1–5月", kind="cumulative", chk=True),
  fact(LK, "park", "firms", 3000, "count", A4, "2016年5月", qual="余", qtext="余", note="国内外知名企业3000余家"),
  fact("良品铺子", "company", "expected_new_annual_output_cny", 3e9, "cny", "良品铺子将新增年产值30亿元", "一期投产后（预期）", kind="target", chk=True),
  fact("良品铺子", "company", "expected_annual_tax_cny", 2e8, "cny", "实现各项税收2亿元以上的规模", "一期投产后（预期）", kind="target",
       qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nh02 临空港经开区部署推进招商引资“一号工程” (长江日报 2017)
LG = "武汉临空港经济技术开发区"
B0 = "武汉临空港经济技术开发区(东西湖区)召开2017年招商引资工作会议"
B1 = "今年该区将通过招商引资,建设产学研一体的“机器人产业园”;引进通用航空、新能源汽车、网络安全、智能制造产业项目,打造“环创谷研发创新带”、大规模通用航空产业园等;启动生物医药产业园"
B2 = "2017年该区招商引资实际引资总额、实际利用外资目标、社会消费品零售总额、外贸出口上可望分别达到361亿元、4.9亿美元、140.7亿元和3.85亿美元"
AS2 = "2017年（目标）"
G["nh02"] = dict(
 article=art("临空港经开区部署推进招商引资“一号工程”", "长江日报（记者黄金 通讯员彭吉松），载于长江网 cnhan.com", "2017-02-04", "day",
  "City daily on its news portal, Hubei: a Wuhan zone's investment-promotion work meeting — parks to be built or started, the year's investment, FDI, retail and export targets, the first quarter's planned project starts with estimated investment",
  "http://www.cnhan.com/html/jinritoutiao/20170204/525904.htm",
  "日期取页面“2017-02-04 07:59:00 来源:长江网-长江日报”（会议在“昨日”即2月3日）。标题照录；日期来源行与页脚栏目已删；正文五段，完整。园区：武汉临空港经济技术开发区（文中又作“武汉临空港经开区”“临空港经开区”（标题），括注东西湖区）。拟建的“机器人产业园”、通用航空产业园、拟启动的生物医药产业园列为可选园区（母园区为该区；均为规划，尚无项目名、金额）。“环创谷研发创新带”非园区，不列。2017年的实际引资、实际利用外资、社零额、外贸出口为“可望”目标（target）；一季度计划开工项目及匡算投资亦为计划（target）。",
  "nh02"),
 parks=[
  park(LG, "武汉", "湖北", "经济技术开发区", B0, district="东西湖区", aliases=["武汉临空港经开区", "临空港经开区"],
       note="括注“(东西湖区)”；区、园一体"),
  park("机器人产业园", "武汉", "湖北", "产业园", B1, district="东西湖区", parent=LG, opt=True, note="规划建设"),
  park("通用航空产业园", "武汉", "湖北", "产业园", B1, district="东西湖区", parent=LG, opt=True, note="“大规模通用航空产业园”，规划打造"),
  park("生物医药产业园", "武汉", "湖北", "产业园", B1, district="东西湖区", parent=LG, opt=True, note="今年启动"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(LG, "park", "actual_investment_attracted_cny", 3.61e10, "cny", B2, AS2, kind="target", chk=True),
  fact(LG, "park", "actual_fdi_usd", 4.9e8, "usd", "4.9亿美元", AS2, kind="target"),
  fact(LG, "park", "retail_sales_cny", 1.407e10, "cny", "140.7亿元和3.85亿美元", AS2, kind="target", opt=True, chk=True),
  fact(LG, "park", "exports_usd", 3.85e8, "usd", "3.85亿美元", AS2, kind="target", opt=True),
  fact(LG, "park", "government_projects_planned_start", 23, "count", "今年一季度,该区计划开工政府建设项目23个,匡算投资35亿元", "2017年一季度（计划）", kind="target", opt=True),
  fact(LG, "park", "government_projects_planned_investment_cny", 3.5e9, "cny", "匡算投资35亿元", "2017年一季度（计划）", kind="target", opt=True, chk=True),
  fact(LG, "park", "industrial_projects_planned_start", 11, "count", "计划开工重点产业项目11个,匡算投资72亿元", "2017年一季度（计划）", kind="target"),
  fact(LG, "park", "industrial_projects_planned_investment_cny", 7.2e9, "cny", "匡算投资72亿元", "2017年一季度（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- nh03 生物产业冲刺光谷经济增长第三极 (武汉市发改委 2013)
SW = "光谷生物城"
C0 = "3月28日从光谷生物城获悉,2012年,武汉生物产业总收入750亿元,其中401亿来自光谷"
C1 = "6家世界500强落户,11家上市企业纷至沓来,光谷生物城4大园区已集聚企业450余家"
C2 = "全球第一制药企业美国辉瑞、中国第一家医药世界500强企业国药集团、亚洲第一基因组研究机构华大基因、亚洲第一新药研发外包企业药明康德……生物创新园里,一批国内外顶尖研发机构"
C3 = "生物医药园内,人福医药的感冒药源源不断输往美国市场,世界500强生物企业德国费森尤斯,在此设立华中第一个生产基地"
C4 = "步入生物农业园,德国拜耳、瑞士先正达、中种集团等多家领军,共同托起中国最好的生物农业园"
C5 = "在医疗器械园,美国霍尼韦尔、中国兵装集团等知名企业入驻"
AS3 = "2013年3月"
G["nh03"] = dict(
 article=art("生物产业冲刺光谷经济增长第三极", "武汉市发改委网站（fgw.wuhan.gov.cn，“媒体关注”栏；原刊媒体未署）", "2013-03-29", "day",
  "City development-and-reform commission site relaying a media item, Hubei: a bio-industry park in Wuhan's high-tech zone — 2012 revenue, ranking, counts of Fortune 500 / listed firms and firms, its four sub-parks with named firms",
  "https://fgw.wuhan.gov.cn/xwzx/mtgz/202001/t20200115_861479.html",
  "日期取页面“发布时间: 2013-03-29 08:00:00来源:武汉市发改委”（URL 路径为2020年迁移日期）。“媒体关注”栏目转载，原刊媒体未在存段中署名。标题照录；日期行与“上一篇”已删；正文八段，完整。园区：光谷生物城（东湖高新区的生物产业基地；文中只作“光谷生物城”），其四大园区生物创新园、生物医药园、生物农业园、医疗器械园（母园区光谷生物城）。“光谷”为东湖高新区别称，列为可选园区。企业按所在园区记：辉瑞、国药集团、华大基因、药明康德（生物创新园）；人福医药、费森尤斯（生物医药园）；拜耳、先正达、中种集团（生物农业园）；霍尼韦尔、中国兵装集团（医疗器械园）；安翰光电、兰丁只以成果出现，列可选（园区光谷生物城，由语境推断）。“401亿”无“元”字，事实 metric 不以 _cny 结尾（bio_industry_revenue，unit cny）。",
  "nh03"),
 parks=[
  park(SW, "武汉", "湖北", "产业基地", C0, parent="光谷", note="武汉国家生物产业基地；文中只作“光谷生物城”"),
  park("光谷", "武汉", "湖北", "高新区", C0, opt=True, note="东湖新技术开发区的别称；文中只作“光谷”"),
  park("生物创新园", "武汉", "湖北", "专业园区", C2, parent=SW),
  park("生物医药园", "武汉", "湖北", "专业园区", C3, parent=SW),
  park("生物农业园", "武汉", "湖北", "专业园区", C4, parent=SW),
  park("医疗器械园", "武汉", "湖北", "专业园区", C5, parent=SW),
 ],
 companies=[
  comp("辉瑞", "生物创新园", C2, aliases=["美国辉瑞"]),
  comp("国药集团", "生物创新园", C2),
  comp("华大基因", "生物创新园", C2),
  comp("药明康德", "生物创新园", C2),
  comp("人福医药", "生物医药园", C3),
  comp("费森尤斯", "生物医药园", C3, aliases=["德国费森尤斯"]),
  comp("拜耳", "生物农业园", C4, aliases=["德国拜耳"]),
  comp("先正达", "生物农业园", C4, aliases=["瑞士先正达"]),
  comp("中种集团", "生物农业园", C4),
  comp("霍尼韦尔", "医疗器械园", C5, aliases=["美国霍尼韦尔"]),
  comp("中国兵装集团", "医疗器械园", C5),
  comp("安翰光电", SW, "安翰光电的“胶囊内镜机器人系统”,让患者吞颗胶囊便可做胃镜", opt=True, note="只以成果出现；园区由语境推断"),
  comp("兰丁", SW, "因有效“抓捕”癌细胞,兰丁癌细胞检测术全国推广", opt=True, note="只在“兰丁癌细胞检测术”中"),
 ],
 projects=[],
 aggregate_facts=[
  fact("光谷", "park", "bio_industry_revenue", 4.01e10, "cny", "其中401亿来自光谷", "2012年",
       note="“401亿”无“元”字；光谷生物产业总收入"),
  fact("武汉", "region", "bio_industry_revenue_cny", 7.5e10, "cny", "2012年,武汉生物产业总收入750亿元", "2012年", opt=True, chk=True),
  fact(SW, "park", "fortune500_firms", 6, "count", C1, AS3, kind="cumulative"),
  fact(SW, "park", "listed_firms", 11, "count", C1, AS3, kind="cumulative"),
  fact(SW, "park", "firms", 450, "count", C1, AS3, kind="cumulative", qual="余", qtext="余", note="4大园区已集聚企业450余家"),
  fact(SW, "park", "sub_parks", 4, "count", "光谷生物城4大园区", AS3, opt=True),
 ])

# ---------------------------------------------------------------- nh04 武汉光谷9个项目开工 (长江日报 2018)
DH = "东湖高新区"
D0 = "东湖高新区集中开工中粮光谷大悦城、光谷总部中心写字楼等9项目"
D1 = "光谷项目总投资超过180亿元"
D2 = "特别是总投资70亿元的中粮光谷大悦城项目"
D3 = "投资50亿元的特发光电子研发制造基地项目"
D4 = "同期开工的还有帝尔激光高端激光设备研发生产基地"
D5 = "推动了华中科技大学生物医学中心、武汉新芯二期等54个重大项目开工建设,带动了900多亿元的有效投资"
D6 = "围绕武汉天马G6二期、腾龙武汉数据中心等64个亿元签约项目抓开工建设"
AS4 = "2018年11月17日（集中开工）"
G["nh04"] = dict(
 article=art("武汉光谷9个项目开工 总投资超过180亿元", "长江日报（记者李佳 通讯员丁鹏），载于 yuleba.org", "2018-11-20", "day",
  "City daily via an aggregator, Hubei: the city's ninth joint groundbreaking of 2018 held in Wuhan's high-tech zone — the zone's nine projects started with two named amounts, year-to-date starts, the next step's ongoing and signed projects",
  "https://www.yuleba.org/a/41-33090-0.html",
  "日期取页面“时间:2018-11-20 19:22:36  来源:长江日报”（开工活动在“17日”即11月17日）。标题照录（页面标题行前的列表符号“• ”已删，见 make_txt.py HEAD_PREFIX）；面包屑、时间来源行、“点击查看高清原图”、图片说明“11月集中开工项目主会场。 记者周迪 摄”、“(责任编辑:陈剑)”与“此稿”已删；署名“(记者李佳 通讯员丁鹏)”在正文末，保留。正文五段，完整。园区：东湖高新区（文中又作“光谷”“该区”）。项目：中粮光谷大悦城项目（70亿元）、特发光电子研发制造基地项目（50亿元）、光谷总部中心写字楼、帝尔激光高端激光设备研发生产基地（开工）；今年以来已开工的华中科技大学生物医学中心、武汉新芯二期（开工建设→开工）；“64个亿元签约项目”中的武汉天马G6二期、腾龙武汉数据中心（签约，待开工）。全市43个项目为全市合计（region 武汉，可选）。“900多亿元”的有效投资不是digits+亿元格式，metric 不以 _cny 结尾。",
  "nh04"),
 parks=[
  park(DH, "武汉", "湖北", "高新区", "2018年武汉市招商引资暨重大项目第9次集中开工活动在东湖高新区举行", aliases=["光谷"],
       note="文中又作“光谷”“该区”“全区”"),
 ],
 companies=[
  comp("帝尔激光", DH, "据了解,帝尔激光已进入首次公开发行股票并上市的辅导阶段"),
  comp("中粮", DH, D2, opt=True, note="只在项目名中"),
  comp("特发光电子", DH, D3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中粮光谷大悦城项目", DH, D2, inv="70亿元", status="开工", status_text="集中开工", aliases=["中粮光谷大悦城"]),
  proj("光谷总部中心写字楼", DH, D0, status="开工", status_text="集中开工"),
  proj("特发光电子研发制造基地项目", DH, D3, inv="50亿元", status="开工", status_text="集中开工", note="文中作“投资50亿元”"),
  proj("帝尔激光高端激光设备研发生产基地", DH, D4, companies=["帝尔激光"], status="开工", status_text="同期开工"),
  proj("华中科技大学生物医学中心", DH, D5, status="开工", status_text="开工建设", note="今年以来已开工的54个重大项目之一"),
  proj("武汉新芯二期", DH, D5, phase="二期", status="开工", status_text="开工建设", note="今年以来已开工的54个重大项目之一"),
  proj("武汉天马G6二期", DH, D6, phase="二期", status="签约", status_text="亿元签约项目抓开工建设", note="已签约，下步抓开工"),
  proj("腾龙武汉数据中心", DH, D6, status="签约", status_text="亿元签约项目抓开工建设", note="已签约，下步抓开工"),
 ],
 aggregate_facts=[
  fact(DH, "park", "projects_started", 9, "count", D0, AS4),
  fact(DH, "park", "projects_started_investment_cny", 1.8e10, "cny", D1, AS4, qual="超", qtext="超过", chk=True),
  fact("武汉", "region", "projects_started", 43, "count", "武汉共有43个项目集中开工", AS4, opt=True, note="全市合计"),
  fact(DH, "park", "project_events_held", 8, "count", "今年以来,该区连续举办了8场项目集中开工开业活动", "2018年（截至11月）", kind="cumulative", opt=True),
  fact(DH, "park", "projects_started", 54, "count", D5, "2018年（截至11月）", kind="cumulative", note="重大项目"),
  fact(DH, "park", "effective_investment_driven", 9e10, "cny", "带动了900多亿元的有效投资", "2018年（截至11月）", kind="cumulative",
       qual="余", qtext="多", opt=True, note="“900多亿元”"),
  fact(DH, "park", "ongoing_key_projects", 179, "count", "下步该区将围绕179个重点续建项目抓竣工投产", "2018年11月"),
  fact(DH, "park", "signed_projects_pending_start", 64, "count", D6, "2018年11月", note="亿元签约项目"),
 ])

# ---------------------------------------------------------------- nh05 10个项目签约落户“中国车都” (荆楚网 2019)
WK = "武汉开发区"
E0 = "融创产城及文旅项目、中国(武汉)电动智能汽车谷项目等10个重大项目签约落户武汉开发区(汉南区)。项目签约总额累计1350亿元"
E1 = "融创中国控股有限公司将在武汉开发区智慧生态城,建设融创产城及文旅项目"
AS5 = "2019年6月27日（集中签约）"
G["nh05"] = dict(
 article=art("10个项目签约落户“中国车都” 签约总金额达1350亿元", "荆楚网（湖北日报网；记者 陈泉 通讯员 张敏 彭铂芮），荆楚网客户端", "2019-06-27", "day",
  "Provincial news portal, Hubei: a Wuhan economic development zone's joint signing of ten major projects (total), a developer's new-town and tourism project in a sub-area of the zone",
  "http://news.cnhubei.com/gundong/p/10945548.html",
  "日期取页面“发布时间:2019年06月27日23:04 来源: 荆楚网客户端”（签约在当日上午）。标题照录；“关注我们”、面包屑与日期来源行已删。**截断**：存段末段在“…建设具有世界竞争力的汽车及零部件”处中断，删去该未完句（make_txt.py LINE_SUFFIX），正文止于“近年来,武汉开发区聚焦“四都”定位,推动高质量发展。”，共四段。园区：武汉开发区（武汉经济技术开发区；括注汉南区；标题“中国车都”为别称，不列）。“武汉开发区智慧生态城”列为可选园区（母园区武汉开发区）。项目：融创产城及文旅项目、中国(武汉)电动智能汽车谷项目（签约落户→签约；无单项金额，10个项目合计1350亿元为事实）。融创中国控股有限公司（又作“融创中国”）列公司，园区武汉开发区。“核心项目建设期5年…带动超过10万人就业”为预期，列可选事实。",
  "nh05"),
 parks=[
  park(WK, "武汉", "湖北", "经济技术开发区", E0, district="汉南区", note="括注“(汉南区)”；标题作“中国车都”"),
  park("智慧生态城", "武汉", "湖北", "片区", E1, district="汉南区", parent=WK, opt=True, aliases=[], note="文中作“武汉开发区智慧生态城”"),
 ],
 companies=[
  comp("融创中国控股有限公司", WK, E1, aliases=["融创中国"]),
 ],
 institutions=[
  inst("武汉开发区管委会", "武汉开发区管委会主任彭浩表示", park=WK),
 ],
 projects=[
  proj("融创产城及文旅项目", WK, E1, companies=["融创中国控股有限公司"], status="签约", status_text="签约落户",
       note="在武汉开发区智慧生态城；无单项金额"),
  proj("中国(武汉)电动智能汽车谷项目", WK, E0, status="签约", status_text="签约落户", note="无单项金额"),
 ],
 aggregate_facts=[
  fact(WK, "park", "projects_signed", 10, "count", E0, AS5),
  fact(WK, "park", "signed_investment_cny", 1.35e11, "cny", "项目签约总额累计1350亿元", AS5, chk=True),
  fact("融创产城及文旅项目", "project", "expected_jobs", 100000, "count", "正式运营后预计带动超过10万人就业", "运营后（预期）",
       kind="target", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- nh06 武汉光谷启动合伙人投资引导基金 (中国证券报 2021)
F0 = "湖北省武汉市东湖高新区举办武汉光谷合伙人投资引导基金(以下简称“光谷合伙人基金”)发布会"
F1 = "光谷合伙人基金总规模10亿元,首期出资规模2亿元"
F2 = "早在2015年,东湖高新区便开始联合社会资本,成立光谷人才创业基金"
F3 = "5年来,光谷人才创业基金累计投资企业337家,累计投资金额超过4.27亿元,其中已有34家企业获得后续融资,累计融资额超过7.29亿元"
F4 = "其中,英诺天使、元禾原点、天堂硅谷等多家重点布局集成电路、生物医药、新消费等产业领域的知名投资机构现场表达了计划申请光谷合伙人基金出资"
AS6 = "2021年5月（5年来累计）"
_f2 = fund("光谷人才创业基金", DH, F2, note="2015年成立；规模未述；累计投资见事实")
_f2["invested_cny"] = 4.27e8
G["nh06"] = dict(
 article=art("武汉光谷启动合伙人投资引导基金", "中国证券报·中证网（记者 段芳媛）", "2021-05-19", "day",
  "National securities daily's web edition: a high-tech zone's new talent-linked guidance fund — size, first close, cap on its share in sub-funds, target industries, return-investment weighting — and the cumulative record of its earlier talent venture fund",
  "https://www1.cs.com.cn/xwzx/hg/202105/t20210519_6168286.html",
  "日期取 URL（t20210519；发布会在5月18日）。标题照录；“返回首页”与署名行“段芳媛中国证券报·中证网”已删。**截断**：存段末句“东湖高新区正研究起草《关于推动人才创新创造支撑东湖科学”中断，删去该未完句（make_txt.py LINE_SUFFIX），正文止于“…广聚天下英才。”，共六段。园区：东湖高新区（文中又作“光谷”）。基金：武汉光谷合伙人投资引导基金（简称“光谷合伙人基金”，总规模10亿元，首期2亿元）；光谷人才创业基金（2015年成立，规模未述；累计投资4.27亿元以上记入 invested_cny 与事实）。英诺天使、元禾原点、天堂硅谷为表达意愿的外地投资机构，列可选公司（park null）。东湖高新区招才局列可选机构。“最高1亿元‘一事一议’支持”为政策上限，不作事实。",
  "nh06"),
 parks=[
  park(DH, "武汉", "湖北", "高新区", F0, aliases=["光谷"], note="文中又作“光谷”"),
 ],
 companies=[
  comp("英诺天使", None, F4, kind="investor", opt=True, note="外地投资机构，表达申请意愿"),
  comp("元禾原点", None, F4, kind="investor", opt=True, note="同上"),
  comp("天堂硅谷", None, F4, kind="investor", opt=True, note="同上"),
 ],
 institutions=[
  inst("东湖高新区招才局", "东湖高新区招才局相关负责人表示", park=DH),
 ],
 projects=[],
 funds=[
  fund("武汉光谷合伙人投资引导基金", DH, F1, size="10亿元", size_type="total", aliases=["光谷合伙人基金"],
       note="总规模10亿元，首期出资规模2亿元；证据取“光谷合伙人基金总规模10亿元…”句"),
  _f2,
 ],
 aggregate_facts=[
  fact("武汉光谷合伙人投资引导基金", "fund", "first_close_cny", 2e8, "cny", "首期出资规模2亿元", "2021年5月", chk=True),
  fact("武汉光谷合伙人投资引导基金", "fund", "max_share_in_subfund", 0.40, "ratio", "东湖高新区对单只子基金的出资比例原则上不超过40%", "2021年5月", kind="ratio", opt=True),
  fact("光谷人才创业基金", "fund", "firms_invested", 337, "count", F3, AS6, kind="cumulative"),
  fact("光谷人才创业基金", "fund", "invested_cny", 4.27e8, "cny", "累计投资金额超过4.27亿元", AS6, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact("光谷人才创业基金", "fund", "portfolio_firms_follow_on", 34, "count", "其中已有34家企业获得后续融资", AS6, kind="cumulative", opt=True),
  fact("光谷人才创业基金", "fund", "follow_on_financing_cny", 7.29e8, "cny", "累计融资额超过7.29亿元", AS6, kind="cumulative", qual="超", qtext="超过", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nh07 武汉经开区26个项目集中开工 (武汉开发区 via 长江网 2022)
JK = "武汉经开区"
JR = "现代·金融湾产业园"
G0 = "现代•金融湾产业园位于军山新城核心区域,规划有智能互联产业、智能互联文旅以及智能居住和服务配套等三大板块。项目总投资约50亿元"
G1 = "此次重大项目集中开工活动,武汉经开区有中创新航武汉项目三期、云峰汽车零部件集成基地、雄韬新能源总部等26个项目,总投资169亿元"
AS7 = "2022年8月12日（集中开工）"
G["nh07"] = dict(
 article=art("武汉经开区26个项目集中开工,现代·金融湾产业园项目在军山新城启动", "武汉开发区（武汉经开区官方媒体），载于长江网 news.cnhan.com", "2022-08-12", "day",
  "Zone's own media on the city news portal, Hubei: a Wuhan economic development zone's branch venue of the city's joint groundbreaking — an industrial park project launched with amount and planned firms, the zone's 26 projects started with three named",
  "http://news.cnhan.com/html/whzx/20220812/1029905.htm",
  "日期取页面“2022-08-12 23:18:00 来源: 武汉开发区”。标题照录；日期来源行与题图文字“谋定军山 城势共鸣 8月12日 2022年武汉市重大项目集中开工活动 武汉经开区分会场 暨现代•金融湾产业园项目启动仪式 在现代•天外天小镇举行”已删。**截断**：存段末在“其中,先进制造业项”处中断，删去该未完句（make_txt.py LINE_SUFFIX），正文止于“…等26个项目,总投资169亿元。”，共六段。园区：武汉经开区；现代·金融湾产业园（文中“·”与“•”两种间隔号并用，别名收“现代•金融湾产业园”）为园区兼项目，母园区武汉经开区；军山新城为经开区内片区，列可选园区。项目：现代·金融湾产业园项目（启动→开工，约50亿元；集中开工活动分会场启动）；中创新航武汉项目三期、云峰汽车零部件集成基地、雄韬新能源总部（集中开工→开工，无单项金额）。现代城建投资集团（又作“现代城建集团”）为开发方，列公司。“计划引入800到1000家高科技企业入驻，吸纳就业人口超2万人”为规划，列可选事实。",
  "nh07"),
 parks=[
  park(JK, "武汉", "湖北", "经济技术开发区", G1, district="汉南区", note="区名未括注；经开区管辖汉南区"),
  park(JR, "武汉", "湖北", "产业园", G0, parent=JK, aliases=["现代•金融湾产业园"], note="位于军山新城核心区域；规划园区"),
  park("军山新城", "武汉", "湖北", "片区", G0, parent=JK, opt=True, note="经开区内新城片区"),
 ],
 companies=[
  comp("现代城建投资集团", JK, "现代城建投资集团总裁、董事长游守本参加活动", aliases=["现代城建集团"], note="现代·金融湾产业园开发方"),
  comp("中创新航", JK, G1, opt=True, note="只在项目名中"),
  comp("雄韬", JK, G1, opt=True, note="只在“雄韬新能源总部”中"),
 ],
 institutions=[],
 projects=[
  proj("现代·金融湾产业园项目", JK, G0, companies=["现代城建投资集团"], inv="50亿元", qual="约", qual_text="约",
       status="开工", status_text="启动", aliases=["现代•金融湾产业园", "现代·金融湾产业园"],
       note="作为集中开工活动经开区分会场的启动项目；文中“项目启动仪式”“项目启动”"),
  proj("中创新航武汉项目三期", JK, G1, phase="三期", status="开工", status_text="集中开工", note="无单项金额"),
  proj("云峰汽车零部件集成基地", JK, G1, status="开工", status_text="集中开工", note="无单项金额"),
  proj("雄韬新能源总部", JK, G1, status="开工", status_text="集中开工", note="无单项金额"),
 ],
 aggregate_facts=[
  fact(JK, "park", "projects_started", 26, "count", G1, AS7),
  fact(JK, "park", "projects_started_investment_cny", 1.69e10, "cny", "等26个项目,总投资169亿元", AS7, chk=True),
  fact(JR, "park", "planned_firms", 1000, "count", "计划引入800到1000家高科技企业入驻", "规划", kind="target", opt=True, note="800到1000家（区间，取上限）"),
  fact(JR, "park", "planned_jobs", 20000, "count", "吸纳就业人口超2万人", "规划", kind="target", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- nh08 智能网联和电动汽车产业园 (武汉经开区融媒体 2024)
ZW = "智能网联和电动汽车产业园"
H0 = "1月22日,武汉经开区与杭州天猫车站科技有限公司(简称“天猫养车”)签署战略合作协议,天猫养车汽车后市场项目落户武汉经开区智能网联和电动汽车产业园"
H1 = "去年,园区工业产值完成535亿元,实现翻番,占全区比重提升10个百分点,其中,新能源整车产量突破6万辆,占全区比重33%"
H2 = "落地路特斯、开沃汽车、博雷顿等新能源整车工厂,集聚中创新航、爱机、福迪、东久、沃德等国内外新能源汽车零部件头部企业,同时,亚马逊、国电投、厦门建发、浦项等一批世界500强企业在这里落子布局"
AS8 = "2023年"
G["nh08"] = dict(
 article=art("新年开新局|智能网联和电动汽车产业园:向“新”而行建设千亿新型工业化园区", "武汉经开区工委宣传部、武汉经开区融媒体中心（采写：记者张隽），载于 govandbiz.com", "2024-01-31", "day",
  "Zone's media centre item relayed by a business site, Hubei: an automotive sub-park of a Wuhan economic development zone — a signed aftermarket project, the park's 2023 output and new-energy vehicle figures, named carmakers, parts makers and Fortune 500 firms present",
  "http://govandbiz.com/nd.jsp?fromColId=2&id=838",
  "日期取页面“发表时间:2024-01-31 09:38”。存段为一行：标题、发表时间与正文相连，标题与时间切去（make_txt.py HEAD_GLUED / LINE_PREFIX）；正文中的图片占位“![]() ![]() ![]()”处分段并删去（SPLIT）；末尾图片占位与“出品:武汉经开区工委宣传部 武汉经开区融媒体中心 采写:记者张隽 …制作:田钰杰 |”已删（LINE_SUFFIX）。第一段内句间以空格相隔，照录。正文两段，完整。园区：武汉经开区；智能网联和电动汽车产业园（母园区武汉经开区；“中国车谷”为经开区别称，不列）。项目：天猫养车汽车后市场项目（签署战略合作协议→签约，落户该产业园）。公司：杭州天猫车站科技有限公司（简称“天猫养车”）及产业园内的整车、零部件和世界500强企业共13家，园区均记智能网联和电动汽车产业园。“去年”=2023年：园区工业产值535亿元、新能源整车产量突破6万辆、占全区33%；“实现翻番”“占全区比重提升10个百分点”列可选事实。",
  "nh08"),
 parks=[
  park(JK, "武汉", "湖北", "经济技术开发区", H0, note="“中国车谷”为别称；文中又作“全区”"),
  park(ZW, "武汉", "湖北", "产业园", H0, parent=JK, note="文中又作“武汉经开区智能网联和电动汽车产业园”“园区”"),
 ],
 companies=[
  comp("杭州天猫车站科技有限公司", ZW, H0, aliases=["天猫养车"]),
  comp("路特斯", ZW, H2), comp("开沃汽车", ZW, H2), comp("博雷顿", ZW, H2),
  comp("中创新航", ZW, H2), comp("爱机", ZW, H2), comp("福迪", ZW, H2), comp("东久", ZW, H2), comp("沃德", ZW, H2),
  comp("亚马逊", ZW, H2), comp("国电投", ZW, H2), comp("厦门建发", ZW, H2), comp("浦项", ZW, H2),
 ],
 institutions=[],
 projects=[
  proj("天猫养车汽车后市场项目", ZW, H0, companies=["杭州天猫车站科技有限公司"], status="签约", status_text="签署战略合作协议",
       note="2024年1月22日签约落户"),
 ],
 aggregate_facts=[
  fact(ZW, "park", "industrial_output_cny", 5.35e10, "cny", "去年,园区工业产值完成535亿元", AS8, chk=True),
  fact(ZW, "park", "industrial_output_yoy_growth", 1.0, "ratio", "园区工业产值完成535亿元,实现翻番", AS8, kind="ratio", opt=True, note="“实现翻番”"),
  fact(ZW, "park", "share_of_zone_output_increase_pct_points", 10, "pct_points", "占全区比重提升10个百分点", AS8, opt=True),
  fact(ZW, "park", "nev_output_vehicles", 60000, "count", "新能源整车产量突破6万辆", AS8, qual="超", qtext="突破"),
  fact(ZW, "park", "nev_output_share_of_zone", 0.33, "ratio", "新能源整车产量突破6万辆,占全区比重33%", AS8, kind="ratio"),
 ])
