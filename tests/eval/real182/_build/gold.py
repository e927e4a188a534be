# real182 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars / euros as investment_value + investment_currency
# (investment_cny null) and *_usd facts. Growth rates and shares as ratios. Projects: the park the text places the project in,
# null where only a town / district is named (a town is not a park). Status from the text's words (开工建设 / 集中开工 → 开工;
# 签约 / 集中签约 → 签约; 正在机电安装 / 主体施工中 → 在建); none where the text lumps 开工 and 开业 together. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/vyNN.raw as returned.

# ---------------------------------------------------------------- vy01 2016昆山春季重大项目集中开工 (ksren.com 2016)
KD = "昆山开发区"
KG = "昆山高新区"
HQ = "花桥经济开发区"
A0 = "2016昆山春季重大项目集中开工的重大项目有45个,总投资达353.51亿元,年内计划投资102.19亿元"
A1 = "昆山开发区国显光电、东部热电联产、顺大咖啡、哈工大机器人产业基地、日世冰淇淋等5个项目开工建设,累计总投资83.94亿元,当年计划投资20亿元"
A2 = "昆山高新区九豪应用材料、优德精密模具、友昌母婴用品、华龙电梯、罗克莱堆焊管件、天环冷链物流等6个项目开工建设,累计总投资34.5亿元,当年计划投资6.4亿元"
A3 = "花桥经济开发区康桥国际学校、富莱德仓储、中铁华东总部、温德姆酒店、东方雨虹华东总部等5个项目开工建设,累计投资总额14.9亿元,当年计划投资6.1亿元"
A4 = "张浦镇春秋电子、艾森曼机械、益海嘉里、门对门电子物流、优诺乳业等5个项目开工建设,累计总投资17.5亿元,当年计划投资8.21亿元"
A5 = "周市镇万达广场、周市总部经济园、畅联物流等3个项目开工建设,累计总投资40.8亿元,当年计划投资9.6亿元"
A6 = "陆家镇正新研发二期项目开工建设,累计总投资5亿元,当年计划投资0.8亿元"
A7 = "巴城镇江南航天机电项目开工建设,累计总投资2.3亿元,当年计划投资0.8亿元"
A8 = "市东部医疗中心、西部医疗中心、公共卫生中心、庙泾河水源厂取水口西迁工程、343省道昆山段改扩建工程、森林公园升级改造工程、生态环境工程、教育惠民工程等8个重点民生及基础设施项目开工建设,累计总投资104.24亿元,当年计划投资34.28亿元"
AS1 = "2016年春季（集中开工）"
ST = dict(status="开工", status_text="开工建设")
G["vy01"] = dict(
 article=art("（无标题）2016昆山春季重大项目集中开工 45个项目总投资353.51亿元", "ksren.com（昆山本地网站；原发媒体存段未示）", "2016", "year",
  "Local city portal, Jiangsu (苏州 昆山): a county-level city's spring groundbreaking — totals, then the projects started listed by zone (昆山开发区, 昆山高新区, 花桥经济开发区) and by town, each group with its total and this year's planned investment",
  "http://ksren.com/news/news-show.php?id=564",
  "存段无标题、无日期行（title 为编者概括）；年份取正文“2016昆山春季重大项目集中开工”，月日不详（precision year）。存段末行“千灯镇飞昌环保纸杯、蓝”为下一组残文，已删；正文截至巴城镇一段，小标题“【集中开工项目展示】”保留为一段。园区：昆山开发区、昆山高新区、花桥经济开发区（均为文中写法；苏州市昆山市，江苏）。项目：三园区各组项目均“开工建设”（开工），园区即所在组；项目名照录（多为企业简称），各组只有合计投资，不分摊到单个项目。张浦镇、周市镇等镇级项目园区为 null：单列且有金额的陆家镇正新研发二期项目（5亿元）、巴城镇江南航天机电项目（2.3亿元）为必选，其余镇级项目与8个民生及基础设施项目列为可选。事实：全市45个、353.51亿元、年内计划102.19亿元（region 昆山，subject 记“昆山”）；三园区各自的项目数、累计总投资、当年计划投资（计划为 target）。以企业简称出现的园区项目主体列为可选公司。",
  "vy01"),
 parks=[
  park(KD, "苏州", "江苏", "开发区", A1, district="昆山市", note="文中只作“昆山开发区”"),
  park(KG, "苏州", "江苏", "高新区", A2, district="昆山市"),
  park(HQ, "苏州", "江苏", "经济开发区", A3, district="昆山市"),
 ],
 companies=[
  comp("国显光电", KD, A1, opt=True, note="以企业简称作项目名"),
  comp("顺大咖啡", KD, A1, opt=True, note="同上"),
  comp("日世冰淇淋", KD, A1, opt=True, note="同上"),
  comp("九豪应用材料", KG, A2, opt=True, note="同上"),
  comp("优德精密模具", KG, A2, opt=True, note="同上"),
  comp("友昌母婴用品", KG, A2, opt=True, note="同上"),
  comp("华龙电梯", KG, A2, opt=True, note="同上"),
  comp("富莱德仓储", HQ, A3, opt=True, note="同上"),
  comp("东方雨虹", HQ, A3, opt=True, note="只在“东方雨虹华东总部”中"),
 ],
 projects=[
  proj("国显光电", KD, A1, **ST),
  proj("东部热电联产", KD, A1, **ST),
  proj("顺大咖啡", KD, A1, **ST),
  proj("哈工大机器人产业基地", KD, A1, **ST),
  proj("日世冰淇淋", KD, A1, **ST),
  proj("九豪应用材料", KG, A2, **ST),
  proj("优德精密模具", KG, A2, **ST),
  proj("友昌母婴用品", KG, A2, **ST),
  proj("华龙电梯", KG, A2, **ST),
  proj("罗克莱堆焊管件", KG, A2, **ST),
  proj("天环冷链物流", KG, A2, **ST),
  proj("康桥国际学校", HQ, A3, **ST),
  proj("富莱德仓储", HQ, A3, **ST),
  proj("中铁华东总部", HQ, A3, **ST),
  proj("温德姆酒店", HQ, A3, **ST),
  proj("东方雨虹华东总部", HQ, A3, **ST),
  proj("正新研发二期项目", None, A6, inv="累计总投资5亿元", phase="二期", note="陆家镇项目（镇，不是园区）", **ST),
  proj("江南航天机电项目", None, A7, inv="累计总投资2.3亿元", note="巴城镇项目", **ST),
  proj("春秋电子", None, A4, opt=True, note="张浦镇项目", **ST),
  proj("艾森曼机械", None, A4, opt=True, note="张浦镇项目", **ST),
  proj("益海嘉里", None, A4, opt=True, note="张浦镇项目", **ST),
  proj("门对门电子物流", None, A4, opt=True, note="张浦镇项目", **ST),
  proj("优诺乳业", None, A4, opt=True, note="张浦镇项目", **ST),
  proj("万达广场", None, A5, opt=True, note="周市镇项目", **ST),
  proj("周市总部经济园", None, A5, opt=True, note="周市镇项目", **ST),
  proj("畅联物流", None, A5, opt=True, note="周市镇项目", **ST),
  proj("市东部医疗中心", None, A8, opt=True, note="民生及基础设施项目", **ST),
  proj("西部医疗中心", None, A8, opt=True, note="同上", **ST),
  proj("公共卫生中心", None, A8, opt=True, note="同上", **ST),
  proj("庙泾河水源厂取水口西迁工程", None, A8, opt=True, note="同上", **ST),
  proj("343省道昆山段改扩建工程", None, A8, opt=True, note="同上", **ST),
 ],
 aggregate_facts=[
  fact("昆山", "region", "projects_started", 45, "count", A0, AS1),
  fact("昆山", "region", "projects_started_investment_cny", 3.5351e10, "cny", A0, AS1, chk=True),
  fact("昆山", "region", "planned_annual_investment_cny", 1.0219e10, "cny", "年内计划投资102.19亿元", "2016年（计划）", kind="target", chk=True),
  fact(KD, "park", "projects_started", 5, "count", A1, AS1),
  fact(KD, "park", "projects_started_investment_cny", 8.394e9, "cny", A1, AS1, chk=True),
  fact(KD, "park", "planned_annual_investment_cny", 2e9, "cny", "当年计划投资20亿元", "2016年（计划）", kind="target", chk=True),
  fact(KG, "park", "projects_started", 6, "count", A2, AS1),
  fact(KG, "park", "projects_started_investment_cny", 3.45e9, "cny", A2, AS1, chk=True),
  fact(KG, "park", "planned_annual_investment_cny", 6.4e8, "cny", "当年计划投资6.4亿元", "2016年（计划）", kind="target", chk=True),
  fact(HQ, "park", "projects_started", 5, "count", A3, AS1),
  fact(HQ, "park", "projects_started_investment_cny", 1.49e9, "cny", A3, AS1, chk=True),
  fact(HQ, "park", "planned_annual_investment_cny", 6.1e8, "cny", "当年计划投资6.1亿元", "2016年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- vy02 2016吴江投资贸易洽谈会 (chinacrane 2016)
FH = "汾湖高新区"
WJ = "吴江开发区"
WG = "吴江高新区"
TH = "太湖新城"
B0 = "据统计,本次投洽会期间,吴江共有25个项目集中开工,总投资约283亿元;58个项目集中签约,总投资约570亿元"
B1 = "在昨日的主会场集中签约现场,包括汾湖高新区的乐歌物流,平望现代物流项目,吴江开发区的5G通信终端产业化基站、亨通量子通讯,吴江高新区三发经编在内的18个项目集中签约,总投资金额达405亿元"
B2 = "吴江开发区项目之一博洛尼家居用品(苏州)有限公司项目,总投资3.8亿元"
B3 = "汾湖高新区项目之一维捷(苏州)三维打印有限公司项目一期固定资产投资500万欧元"
B4 = "七都开工项目苏州宝嘉新能源科技有限公司主要从事研发、生产及销售太阳能发电项目跟踪支架系统产品,产品全部出口,项目总投资7860万美元,一期投资3000万美元,预计2017年6月投产"
B5 = "其中,太湖新城项目之一“苏州湾金融小镇”落成后将努力打造成为长三角创新型创投金融副中心、国家级创业投资示范高地"
AS2 = "2016年10月（吴江投洽会）"
SG = dict(status="签约", status_text="集中签约")
KG2 = dict(status="开工", status_text="集中开工")
G["vy02"] = dict(
 article=art("（无标题）2016吴江投资贸易洽谈会 25个项目集中开工、58个项目集中签约", "中国起重机械网 m.chinacrane.net（转载，“文中内容、图片均来源于网络”；原发媒体未示）", "2016-10-19", "day",
  "Industry trade portal relaying a local item, Jiangsu (苏州 吴江): a district investment fair — totals signed and started, signed projects named with their zones (汾湖高新区, 吴江开发区, 吴江高新区), started projects with amounts in euros, dollars and yuan",
  "http://m.chinacrane.net/news/201610/19/109410.html",
  "日期取网址 201610/19；文中“昨日”即洽谈会开幕日（2016-10-18）。存段无标题（title 为编者概括）；末行转载声明已删；正文两段，完整。同文的繁体转换副本 02boy.com 未用。园区：汾湖高新区、吴江开发区、吴江高新区（苏州市吴江区，江苏）；太湖新城为新城片区，列可选园区。项目：主会场集中签约的乐歌物流（汾湖高新区）、5G通信终端产业化基站与亨通量子通讯（吴江开发区）、三发经编（吴江高新区）——签约；平望现代物流项目——签约，园区 null（平望为镇）。集中开工（“镇区的项目也集中开工。其中…”）：苏州湾金融小镇（太湖新城）、博洛尼家居用品(苏州)有限公司项目（吴江开发区，3.8亿元）、维捷(苏州)三维打印有限公司项目（汾湖高新区，一期固定资产投资500万欧元，记 investment_value+currency EUR，investment_cny null）、苏州宝嘉新能源科技有限公司项目（七都，镇，园区 null；总投资7860万美元，一期3000万美元，预计2017年6月投产）。事实：全区25个开工约283亿元、58个签约约570亿元（region 吴江，约）；主会场18个签约405亿元。",
  "vy02"),
 parks=[
  park(FH, "苏州", "江苏", "高新区", B1, district="吴江区"),
  park(WJ, "苏州", "江苏", "开发区", B1, district="吴江区"),
  park(WG, "苏州", "江苏", "高新区", B1, district="吴江区"),
  park(TH, "苏州", "江苏", "新城", B5, district="吴江区", opt=True, note="新城片区，非产业园区"),
 ],
 companies=[
  comp("博洛尼家居用品(苏州)有限公司", WJ, B2),
  comp("维捷(苏州)三维打印有限公司", FH, B3),
  comp("苏州宝嘉新能源科技有限公司", None, B4, note="七都（镇）开工项目"),
  comp("乐歌物流", FH, B1, opt=True, note="以企业简称作项目名"),
  comp("亨通量子通讯", WJ, B1, opt=True, note="同上"),
  comp("三发经编", WG, B1, opt=True, note="同上"),
 ],
 projects=[
  proj("乐歌物流", FH, B1, **SG),
  proj("平望现代物流项目", None, B1, note="平望为镇", **SG),
  proj("5G通信终端产业化基站", WJ, B1, **SG),
  proj("亨通量子通讯", WJ, B1, **SG),
  proj("三发经编", WG, B1, **SG),
  proj("苏州湾金融小镇", TH, B5, note="太湖新城项目；随镇区项目集中开工", **KG2),
  proj("博洛尼家居用品(苏州)有限公司项目", WJ, B2, companies=["博洛尼家居用品(苏州)有限公司"], inv="总投资3.8亿元", **KG2),
  proj("维捷(苏州)三维打印有限公司项目", FH, B3, companies=["维捷(苏州)三维打印有限公司"], inv="一期固定资产投资500万欧元",
       currency="eur", value=5e6, phase="一期", note="一期固定资产投资（欧元）", **KG2),
  proj("苏州宝嘉新能源科技有限公司项目", None, B4, companies=["苏州宝嘉新能源科技有限公司"], inv="项目总投资7860万美元",
       currency="usd", value=7.86e7, note="七都开工项目；一期投资3000万美元，预计2017年6月投产", **KG2),
 ],
 aggregate_facts=[
  fact("吴江", "region", "projects_started", 25, "count", B0, AS2),
  fact("吴江", "region", "projects_started_investment_cny", 2.83e10, "cny", "吴江共有25个项目集中开工,总投资约283亿元", AS2, qual="约", qtext="约", chk=True),
  fact("吴江", "region", "projects_signed", 58, "count", B0, AS2),
  fact("吴江", "region", "signed_investment_cny", 5.7e10, "cny", "58个项目集中签约,总投资约570亿元", AS2, qual="约", qtext="约", chk=True),
  fact("吴江", "region", "projects_signed_main_venue", 18, "count", B1, AS2, opt=True),
  fact("吴江", "region", "signed_investment_main_venue_cny", 4.05e10, "cny", "18个项目集中签约,总投资金额达405亿元", AS2, opt=True, chk=True),
  fact("苏州宝嘉新能源科技有限公司", "company", "expected_annual_sales_usd", 3.5e8, "usd", "年销售额3.5亿美元", "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vy03 常州经开区 / 西太湖 集中开工 (武进区政府网 2019)
CZJ = "常州经开区"
XTH = "常州西太湖科技产业园"
C0 = "5月21日上午,在常州经开区隆重举行2019年武进区第二次重点项目集中开工活动"
C1 = "西太湖此次参加活动的项目分别为尼霍夫电线电缆设备、依漫生物灭菌、科普多缸发电机组、尚瑞石墨烯超级电容储能系统以及宙斯生物检测试剂等5个项目"
C2 = "其中3个为用地项目,2个为租赁项目,总投资合计3.87亿元"
AS3 = "2019年5月21日（集中开工）"
G["vy03"] = dict(
 article=art("（无标题）2019年武进区第二次重点项目集中开工活动 西太湖5个项目参加", "常州市武进区人民政府网 wj.gov.cn（开发区动态栏；存段无署名）", "2019-05-22", "day",
  "District government website, Jiangsu (常州 武进): a district's second groundbreaking of the year held in a zone — one science-tech park's five named projects with their combined investment",
  "https://www.wj.gov.cn/html/czwj/2019/FAOMPMFI_0522/299792.html",
  "日期取网址 2019/…_0522（活动为5月21日）。存段无标题（title 为编者概括）；面包屑“您当前的位置:…”已删；正文三段，完整。“契机, 坚定”中的空格照录。园区：常州经开区（活动举办地）；常州西太湖科技产业园（文中又作“西太湖”，alias）。项目：西太湖参加集中开工的5个项目——开工（status_text 集中开工），无单项金额；“总投资合计3.87亿元”为5个项目合计（事实）。西太湖管委会为可选机构。",
  "vy03"),
 parks=[
  park(CZJ, "常州", "江苏", "经济开发区", C0, district="武进区", note="活动举办地"),
  park(XTH, "常州", "江苏", "科技产业园", "下一步,常州西太湖科技产业园也将实时跟踪项目动态", district="武进区", aliases=["西太湖"]),
 ],
 companies=[],
 institutions=[
  inst("西太湖管委会", "西太湖管委会副主任黄哲斌参加活动", park=XTH),
 ],
 projects=[
  proj(n, XTH, C1, status="开工", status_text="集中开工") for n in
  ["尼霍夫电线电缆设备", "依漫生物灭菌", "科普多缸发电机组", "尚瑞石墨烯超级电容储能系统", "宙斯生物检测试剂"]
 ],
 aggregate_facts=[
  fact(XTH, "park", "projects_started", 5, "count", C1, AS3),
  fact(XTH, "park", "projects_started_investment_cny", 3.87e8, "cny", C2, AS3, chk=True),
  fact(XTH, "park", "projects_started_land_use", 3, "count", C2, AS3, opt=True, note="用地项目"),
  fact(XTH, "park", "projects_started_leased", 2, "count", C2, AS3, opt=True, note="租赁项目"),
 ])

# ---------------------------------------------------------------- vy04 扬子江海浪药业 (常州市工信局 2020)
SMJ = "常州高新区生命健康产业园区"
HL = "扬子江药业集团江苏海浪药业有限公司"
D0 = "项目位于常州高新区生命健康产业园区,总用地652亩,其中一期用地400亩,新增建筑面积18万平方米"
D1 = "项目实施主体扬子江药业集团江苏海浪药业有限公司,是扬子江药业集团的全资子公司,成立于2014年9月,注册资本为5000万元"
D2 = "目前,扬子江海浪药业新药(一期)项目一标段车间内部正在机电安装,二标段厂房主体施工中"
G["vy04"] = dict(
 article=art("副市长陈正春现场调研挂钩的市重大项目建设", "常州市工业和信息化局网站 gxj.changzhou.gov.cn（来源：消费品工业处）", "2020-05-22", "day",
  "Municipal bureau website notice, Jiangsu (常州): a vice-mayor's site visit to a major pharmaceutical project in a high-tech zone's life-health park — the operating firm, land, floor area, equipment, expected sales and construction progress",
  "https://gxj.changzhou.gov.cn/html/jxw/2020/HLEJPAKF_0522/29959.html",
  "日期取页面“发布日期:2020-05-22 来源:消费品工业处”（调研为5月20日）。标题照录；导航、发布日期行与页脚已删；正文四段，完整。园区：常州高新区生命健康产业园区（文中写法；母园区常州高新区，仅作名称前缀出现，列为可选园区）。公司：扬子江药业集团江苏海浪药业有限公司（项目实施主体，园区即该产业园区；文中又作“扬子江海浪药业”）；扬子江药业集团为母公司（可选，园区 null）。项目：扬子江海浪药业新药(一期)项目——在建（一标段机电安装、二标段主体施工）；无投资额（注册资本5000万元不是项目投资，记为可选事实）。事实：预计年销售额超过100亿元（target，超）；用地652亩、一期400亩、新增建筑面积18万平方米、设备114台(套)（可选）。",
  "vy04"),
 parks=[
  park(SMJ, "常州", "江苏", "产业园区", D0, parent="常州高新区", note="母园区由名称推定"),
  park("常州高新区", "常州", "江苏", "高新区", D0, opt=True, note="只作“常州高新区生命健康产业园区”的前缀"),
 ],
 companies=[
  comp(HL, SMJ, D1, aliases=["扬子江海浪药业"], note="项目实施主体"),
  comp("扬子江药业集团", None, D1, kind="enterprise", opt=True, note="母公司"),
 ],
 projects=[
  proj("扬子江海浪药业新药(一期)项目", SMJ, D2, companies=[HL], phase="一期", status="在建",
       status_text="一标段车间内部正在机电安装,二标段厂房主体施工中", note="市重大项目"),
 ],
 aggregate_facts=[
  fact(HL, "company", "expected_annual_sales_cny", 1e10, "cny", "项目全部建成后,预计年销售额将超过100亿元", "项目全部建成后（预计）",
       kind="target", qual="超", qtext="超过", chk=True),
  fact(HL, "company", "registered_capital_cny", 5e7, "cny", "注册资本为5000万元", "2020年5月", opt=True, chk=True),
  fact(HL, "company", "project_land_mu", 652, "mu", D0, "2020年5月", opt=True, note="项目总用地"),
  fact(HL, "company", "project_phase1_land_mu", 400, "mu", D0, "2020年5月", opt=True),
  fact(HL, "company", "project_new_floor_area_m2", 1.8e5, "m2", D0, "2020年5月", opt=True),
  fact(HL, "company", "project_equipment_units", 114, "count", "购置制粒线、配液线、灌装线、包装线等主辅设备114台(套)", "2020年5月", opt=True),
 ])

# ---------------------------------------------------------------- vy05 泰州:全力打造长三角先进制造业新地标 (上海证券报 2020)
TZ = "泰州医药高新区"
E0 = "作为中国唯一的国家级医药高新区,泰州医药高新区(又称“中国医药城”)以扬子江药业为龙头,汇聚了雀巢、阿斯利康、勃林格殷格翰等1200多家国内外知名医药企业"
E1 = "数据显示,今年1月至8月,泰州市累计新签约总投资5亿元以上项目172个,七成以上新签约项目集中在制造业"
G["vy05"] = dict(
 article=art("泰州:全力打造长三角先进制造业新地标", "上海证券报·中国证券网 news.cnstock.com（撰稿 陈雨康，记者 张伟弟 宋薇萍；视频专题文字稿）", "2020-10-30", "day",
  "Securities newspaper's website, city feature (video script), Jiangsu (泰州): a city's Yangtze-delta integration — travel and culture, then the national pharmaceutical high-tech zone with its lead firm, named multinationals and firm count, and the city's year-to-date signings",
  "https://news.cnstock.com/event,2020csj-2020csjkj-202010-4611014.htm",
  "日期取页面“2020-10-30 13:49:59 来源:上海证券报·中国证券网”。标题照录；日期来源行与文末署名、视频制作人员行已删（撰稿、记者记入 outlet）；正文七段，完整。前五段为城市人文与交通，与园区无关。园区：泰州医药高新区（又称“中国医药城”，alias；泰州，江苏；“国家级医药高新区”）。公司：扬子江药业（龙头）、雀巢、阿斯利康、勃林格殷格翰——文中汇聚于园区，园区记泰州医药高新区。事实：园区汇聚医药企业1200多家（余）；泰州市1–8月新签约5亿元以上项目172个（region，cumulative）；制造业占七成以上（可选，ratio 超）。“到2025年…”为定位目标，不计数值。",
  "vy05"),
 parks=[
  park(TZ, "泰州", "江苏", "国家级医药高新区", E0, aliases=["中国医药城"]),
 ],
 companies=[
  comp("扬子江药业", TZ, E0, note="龙头企业"),
  comp("雀巢", TZ, E0),
  comp("阿斯利康", TZ, E0),
  comp("勃林格殷格翰", TZ, E0),
 ],
 projects=[],
 aggregate_facts=[
  fact(TZ, "park", "pharma_firms", 1200, "count", E0, "2020年10月", qual="余", qtext="多"),
  fact("泰州市", "region", "projects_signed", 172, "count", E1, "2020年1–8月", kind="cumulative", note="总投资5亿元以上项目"),
  fact("泰州市", "region", "signed_projects_manufacturing_share", 0.7, "ratio", E1, "2020年1–8月", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- vy06 苏州高新区38个重点项目“集结”343亿元 (kejishibao 2016)
SZG = "苏州高新区"
F0 = "11月17日,苏州高新区举行重点项目集中开工开业仪式,38个项目总投资额超过343亿元"
F1 = "在38个项目中,20个集中开工项目总投资118亿元,合同利用外资28.1亿元;18个集中开业项目总投资225亿元,合同利用外资35.5亿元"
F2 = "其中,力神电池总投资50亿元建设华东地区新能源材料的研发生产和销售基地"
F3 = "捷德航空致力于建设集生产制造、飞行服务、维修托管等功能于一体的通航产业基地"
F4 = "长城华冠建设中国最前沿的新能源产业技术研发及创新中心"
F5 = "易泰博建设瑞典ITAB集团在亚洲的发展中心"
F6 = "2016年前10个月,高新区完成一般公共财政预算收入112亿元,增长22%"
F7 = "截至目前,全区累计已引进外商投资企业近2400家,其中全球500强企业30多家,累计注册资金252亿美元;集聚内资民营企业超过24000家,注册资金2220亿元"
AS6 = "2016年11月17日（集中开工开业）"
NS = "38个项目集中开工开业，文中未分开工或开业，不记状态"
G["vy06"] = dict(
 article=art("苏州高新区38个重点项目“集结”343亿元", "kejishibao.com（科技时报网“科技快讯”栏；原发媒体未示）", "2016-11-21", "day",
  "Science-news website relaying a local item, Jiangsu (苏州): a national high-tech zone's joint groundbreaking and opening of 38 projects — totals split into started and opened with contracted foreign investment, four named investors' projects (one with amount), the zone's fiscal revenue and cumulative firm counts",
  "http://kejishibao.com/kejikuaixun/2016-11-21/5750.html",
  "日期取网址 2016-11-21（仪式为11月17日）。标题照录；文末“图文推荐”及推荐条目已删；正文三段，完整。原发媒体不详（real55、real71 检索时见过此页而未用）。园区：苏州高新区（苏州，江苏；文中又作“高新区”“全区”）。项目：力神电池（总投资50亿元，华东地区新能源材料的研发生产和销售基地）、捷德航空通航产业基地、长城华冠新能源产业技术研发及创新中心、易泰博亚洲发展中心——同属38个开工开业项目，文中未说哪个开工、哪个开业，status 为 null；项目名取企业简称加文中所建设施（alias 为文中设施名与企业简称）。公司：力神电池、捷德航空、长城华冠、易泰博（园区苏州高新区）；瑞典ITAB集团为易泰博母集团（可选，园区 null）。事实：38个、超343亿元；开工20个118亿元、开业18个225亿元；合同利用外资28.1亿元、35.5亿元（文中写“亿元”，照录为 cny，可选）；2016年1–10月一般公共财政预算收入112亿元、增长22%；累计外资企业近2400家（约）、全球500强30多家（余）、累计注册资金252亿美元、内资民营企业超过24000家（超）、注册资金2220亿元（cumulative）。",
  "vy06"),
 parks=[
  park(SZG, "苏州", "江苏", "高新区", F0, note="文中又作“高新区”“全区”"),
 ],
 companies=[
  comp("力神电池", SZG, F2),
  comp("捷德航空", SZG, F3),
  comp("长城华冠", SZG, F4),
  comp("易泰博", SZG, F5),
  comp("瑞典ITAB集团", None, F5, opt=True, note="易泰博的母集团"),
 ],
 projects=[
  proj("力神电池华东地区新能源材料研发生产和销售基地", SZG, F2, companies=["力神电池"], inv="总投资50亿元",
       aliases=["华东地区新能源材料的研发生产和销售基地", "力神电池"], note=NS),
  proj("捷德航空通航产业基地", SZG, F3, companies=["捷德航空"], aliases=["通航产业基地", "捷德航空"], note=NS),
  proj("长城华冠新能源产业技术研发及创新中心", SZG, F4, companies=["长城华冠"], aliases=["新能源产业技术研发及创新中心", "长城华冠"], note=NS),
  proj("易泰博亚洲发展中心", SZG, F5, companies=["易泰博"], aliases=["瑞典ITAB集团在亚洲的发展中心", "易泰博"], note=NS + "；文中作“瑞典ITAB集团在亚洲的发展中心”"),
 ],
 aggregate_facts=[
  fact(SZG, "park", "projects_started_and_opened", 38, "count", F0, AS6),
  fact(SZG, "park", "projects_started_and_opened_investment_cny", 3.43e10, "cny", "38个项目总投资额超过343亿元", AS6, qual="超", qtext="超过", chk=True),
  fact(SZG, "park", "projects_started", 20, "count", F1, AS6),
  fact(SZG, "park", "projects_started_investment_cny", 1.18e10, "cny", "20个集中开工项目总投资118亿元", AS6, chk=True),
  fact(SZG, "park", "projects_opened", 18, "count", F1, AS6),
  fact(SZG, "park", "projects_opened_investment_cny", 2.25e10, "cny", "18个集中开业项目总投资225亿元", AS6, chk=True),
  fact(SZG, "park", "contracted_fdi_started_cny", 2.81e9, "cny", "合同利用外资28.1亿元", AS6, opt=True, chk=True, note="文中单位写“亿元”"),
  fact(SZG, "park", "contracted_fdi_opened_cny", 3.55e9, "cny", "合同利用外资35.5亿元", AS6, opt=True, chk=True, note="同上"),
  fact(SZG, "park", "general_budget_revenue_cny", 1.12e10, "cny", F6, "2016年1–10月", kind="cumulative", chk=True),
  fact(SZG, "park", "general_budget_revenue_yoy_growth", 0.22, "ratio", F6, "2016年1–10月", kind="ratio"),
  fact(SZG, "park", "foreign_invested_firms", 2400, "count", F7, "2016年11月（累计）", kind="cumulative", qual="约", qtext="近"),
  fact(SZG, "park", "fortune500_firms", 30, "count", "其中全球500强企业30多家", "2016年11月（累计）", kind="cumulative", qual="余", qtext="多"),
  fact(SZG, "park", "foreign_registered_capital_usd", 2.52e10, "usd", "累计注册资金252亿美元", "2016年11月（累计）", kind="cumulative"),
  fact(SZG, "park", "private_domestic_firms", 24000, "count", "集聚内资民营企业超过24000家,注册资金2220亿元", "2016年11月（累计）", kind="cumulative", qual="超", qtext="超过"),
  fact(SZG, "park", "private_domestic_registered_capital_cny", 2.22e11, "cny", "注册资金2220亿元", "2016年11月（累计）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- vy07 栖霞区、南京经开区、仙林大学城 竣工投产暨开工 (南京新闻网 2020)
NJ = "南京经开区"
XL = "仙林大学城"
RG = "栖霞区、南京经开区、仙林大学城"
H0 = "3月8日上午,南京栖霞区、南京经开区、仙林大学城三区重大项目竣工投产暨新项目集中开工仪式在南京经开区南京电气玻璃绝缘子数字化工厂项目建设现场举行"
H1 = "本次参加栖霞板块竣工投产暨新项目集中开工现场会的重大产业项目合计74个,总投资863亿元"
H2 = "其中,竣工投产项目36个,总投资408亿元;新开工项目38个,总投资455亿元"
H3 = "2020年一季度集中竣工产业项目36个,总投资408亿元,实际完成年度投资136亿元,其中,市级重大项目16个,总投资368亿元"
H4 = "一季度集中开工产业项目38个,总投资455亿元,年度计划投资122亿元,其中市级重大项目16个,总投资390亿元"
H5 = "在先进制造业方面,南京经开区聚焦主导产业,坚持高质量发展,美迪斯高端装备智能制造、白云电气数字化工厂在面向高端制造和特高压输变电产业领域形成一定优势"
AS7 = "2020年一季度（3月8日仪式）"
G["vy07"] = dict(
 article=art("（无标题）南京栖霞区、南京经开区、仙林大学城三区重大项目竣工投产暨新项目集中开工", "南京新闻网（通讯员 何晓进 姚华卫 记者 郑颖玲），转载于 nanjing.duofei.com", "2020-03-17", "day",
  "City news site item relayed by a local aggregator, Jiangsu (南京): a district, a national economic zone and a university town hold a joint completion and groundbreaking ceremony — totals completed and started with investment and annual plans, the ceremony's project site, two named manufacturing projects in the zone",
  "http://nanjing.duofei.com/nanjingxinwen/bendixinwen/2020-03-17/2717.html",
  "日期取网址 2020-03-17（仪式为3月8日）。存段无标题（title 为编者概括）。存段在末句“在现代服务业方面将坚持高端规划定位,”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…着力打造人工智能产业地标。”，共三段。园区：南京经开区（南京，江苏；栖霞区内）；仙林大学城为大学城，列可选园区；栖霞区为区（region）。项目：南京电气玻璃绝缘子数字化工厂项目（南京经开区，仪式在其“项目建设现场”举行→在建）；美迪斯高端装备智能制造、白云电气数字化工厂（南京经开区；文中在“此次集中开工的38个项目”一段中提及，但未明说其开工，status null）。公司：南京电气、美迪斯、白云电气只在项目名中（可选）。事实均为三区合计（subject 记“栖霞区、南京经开区、仙林大学城”，region）：74个、863亿元；竣工投产36个408亿元、完成年度投资136亿元；新开工38个455亿元、年度计划投资122亿元（target）；市级重大项目分项（可选）。",
  "vy07"),
 parks=[
  park(NJ, "南京", "江苏", "经济开发区", H0, district="栖霞区", note="文中只作“南京经开区”"),
  park(XL, "南京", "江苏", "大学城", H0, district="栖霞区", opt=True, note="大学城，非产业园区"),
 ],
 companies=[
  comp("南京电气", NJ, H0, opt=True, note="只在项目名中"),
  comp("白云电气", NJ, H5, opt=True, note="只在项目名中"),
  comp("美迪斯", NJ, H5, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("南京电气玻璃绝缘子数字化工厂项目", NJ, H0, status="在建", status_text="项目建设现场", note="仪式举办地"),
  proj("美迪斯高端装备智能制造", NJ, H5, note="文中未明说开工"),
  proj("白云电气数字化工厂", NJ, H5, note="文中未明说开工"),
 ],
 aggregate_facts=[
  fact(RG, "region", "projects_completed_and_started", 74, "count", H1, AS7),
  fact(RG, "region", "projects_completed_and_started_investment_cny", 8.63e10, "cny", "重大产业项目合计74个,总投资863亿元", AS7, chk=True),
  fact(RG, "region", "projects_completed", 36, "count", H2, AS7),
  fact(RG, "region", "projects_completed_investment_cny", 4.08e10, "cny", "竣工投产项目36个,总投资408亿元", AS7, chk=True),
  fact(RG, "region", "projects_started", 38, "count", H2, AS7),
  fact(RG, "region", "projects_started_investment_cny", 4.55e10, "cny", "新开工项目38个,总投资455亿元", AS7, chk=True),
  fact(RG, "region", "completed_projects_annual_investment_done_cny", 1.36e10, "cny", "实际完成年度投资136亿元", AS7, opt=True, chk=True),
  fact(RG, "region", "started_projects_planned_annual_investment_cny", 1.22e10, "cny", "年度计划投资122亿元", "2020年（计划）", kind="target", opt=True, chk=True),
  fact(RG, "region", "city_major_projects_completed", 16, "count", H3, AS7, opt=True),
  fact(RG, "region", "city_major_projects_started", 16, "count", H4, AS7, opt=True),
 ])

# ---------------------------------------------------------------- vy08 2018无锡锡山金秋经贸恳谈会 (高盛集团官网 2018)
XS = "锡山开发区"
J0 = "本次金秋经贸恳谈会锡山区集中签约重大产业项目26个拟总投资315.29亿元,其中投资10-30亿元项目5个,30亿元以上项目2个"
J1 = "其中的重磅项目——东莞高盛集团总投资120亿元的“国际产城人综合示范区”项目成功落户无锡市锡山开发区"
AS8 = "2018年10月30日（金秋经贸恳谈会）"
G["vy08"] = dict(
 article=art("（无标题）2018无锡锡山金秋经贸恳谈会 26个项目签约 高盛“国际产城人综合示范区”落户锡山开发区", "东莞高盛集团网站 dggosungroup.com（公司新闻）", "2018-10-31", "day",
  "Company website news, Jiangsu (无锡 锡山): the investor's own report of a district investment fair — the district's signed projects and amounts, the company's own 120亿元 project landing in the district's development zone with its land, a consultancy's district plan",
  "http://www.dggosungroup.com/news/news639.html",
  "日期取正文“昨天(2018年10月30日)”→2018-10-31。存段无标题（title 为编者概括）。图片说明“▲…”六行已删；末段“❒ 锡山区位于无锡市东部…形成了高端装备、”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…吸引和支撑产业发展。”，共三段。园区：锡山开发区（文中作“无锡市锡山开发区”；无锡市锡山区，江苏）。项目：国际产城人综合示范区——东莞高盛集团总投资120亿元，集中签约、落户锡山开发区（签约），用地900亩左右（可选事实）。公司：东莞高盛集团为投资方（可选，园区 null：总部在东莞）。机构：上海华顿经济研究院（可选）。事实：锡山区签约26个、拟总投资315.29亿元（region），10–30亿元5个、30亿元以上2个（可选）。",
  "vy08"),
 parks=[
  park(XS, "无锡", "江苏", "开发区", J1, district="锡山区", note="文中作“无锡市锡山开发区”"),
 ],
 companies=[
  comp("东莞高盛集团", None, J1, opt=True, note="投资方；文中又作“高盛集团”"),
 ],
 institutions=[
  inst("上海华顿经济研究院", "会上,上海华顿经济研究院沈晗耀院长发布了锡山区产业发展总体研究报告", kind="research"),
 ],
 projects=[
  proj("国际产城人综合示范区", XS, J1, companies=["东莞高盛集团"], inv="总投资120亿元", status="签约",
       status_text="集中签约…成功落户", note="金秋经贸恳谈会集中签约的重磅项目"),
 ],
 aggregate_facts=[
  fact("锡山区", "region", "projects_signed", 26, "count", J0, AS8),
  fact("锡山区", "region", "signed_investment_cny", 3.1529e10, "cny", "集中签约重大产业项目26个拟总投资315.29亿元", AS8, chk=True),
  fact("锡山区", "region", "projects_signed_over_3bn", 2, "count", J0, AS8, opt=True, note="30亿元以上项目"),
  fact("锡山区", "region", "projects_signed_1_to_3bn", 5, "count", J0, AS8, opt=True, note="10-30亿元项目"),
  fact("国际产城人综合示范区", "project", "land_mu", 900, "mu", "该项目用地规模900亩左右", AS8, qual="约", qtext="左右", opt=True),
 ])
