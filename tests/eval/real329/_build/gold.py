# real329 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park is the one the text places the project
# in, null if none (a county is not a park). Status from the text's words (开工 / 开工建设 → 开工; a site under construction →
# 在建; 签约 → 签约; a project offered for investment (招商项目, 拟引进) → planned). Expected figures of a project (“预计”,
# “建成后”, “达产后”) are kind target with the project as subject. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/ppNN.raw as returned.

# ---------------------------------------------------------------- pp01 贵州:以重大项目助推经济发展 (中国建设报 2023)
GY = "贵阳经济技术开发区"
XM = "小孟工业园"
GA = "贵安新区"
A0 = "在贵州省贵阳经济技术开发区小孟工业园陈亮村,贵州航天智能制造基础件产业集群项目的建设工地上,各种施工车辆来来往往,一片繁忙景象"
A1 = "这个计划投资44亿元的项目,建成后可实现年产1.2亿只高端电子元器件及组件"
A2 = "“一期建成后,预计产业规模达100亿元,创税10亿元,可创造就业岗位3000个。”"
A3 = "在网易贵安数据中心项目一期施工现场,一辆辆进进出出的大货车正在进行土方回填。自2月初开工建设以来,项目加速推进"
HT = "贵州航天智能制造基础件产业集群项目"
WY = "网易贵安数据中心项目一期"
G["pp01"] = dict(
 article=art("贵州:以重大项目助推经济发展", "中国建设报（作者:施钱贵 李凡 向定杰），chinajsb.cn", "2023-03-28", "day",
  "National construction-sector paper, Guizhou: major projects under way — a 44亿元 electronic-components cluster project in a national economic and technological development zone's industrial park with its expected scale, a county mayor on project service, a data-centre project's first phase in a state-level new area started and under construction",
  "http://www.chinajsb.cn/html/202303/28/32752.html",
  "日期取页面“2023-03-28 10:12:58 作者:施钱贵 李凡 向定杰”。标题照录；页头“中华人民共和国住房和城乡建设部主管”“中国建设报社主办”与日期作者行已删。存段末段“据现场负责人介绍,该项目于2022年9月签约,总投资30亿元,…投产后将承载起元宇宙、云音乐”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），故网易项目的签约时间与30亿元不在正文；正文截至“…随后进行机电安装。”，共五段。园区：贵阳经济技术开发区（贵阳，贵州）；其中的小孟工业园（可选，parent 贵阳经济技术开发区）；贵安新区（国家级新区，文中只作“贵安新区”，城市不补）。项目：贵州航天智能制造基础件产业集群项目——在贵阳经济技术开发区小孟工业园，计划投资44亿元，建设工地施工中（在建）；一期建成后预计产业规模100亿元、创税10亿元、就业3000个（target，subject 项目）。网易贵安数据中心项目一期——贵安新区，2月初开工建设（在建，status_alt 开工），计划9月试运行。福泉市为县级市，代理市长言论不计。",
  "pp01"),
 parks=[
  park(GY, "贵阳", "贵州", "经济技术开发区", A0, note="文中只此一处全称"),
  park(XM, "贵阳", "贵州", "工业园", A0, parent=GY, opt=True, note="贵阳经济技术开发区内的工业园"),
  park(GA, None, "贵州", "新区", "在贵安新区,一处处数据中心项目建设热潮涌动", note="国家级新区；城市文中未说"),
 ],
 companies=[],
 projects=[
  proj(HT, GY, A1, inv="计划投资44亿元", status="在建", status_text="建设工地上,各种施工车辆来来往往",
       note="位于贵阳经济技术开发区小孟工业园陈亮村（园区取经开区，小孟工业园为其内园）"),
  proj(WY, GA, A3, phase="一期", status="在建", status_alt="开工", status_text="自2月初开工建设以来,项目加速推进",
       aliases=["网易贵安数据中心项目"], note="2023年2月初开工；计划9月投入试运行；投资额所在段被截去"),
 ],
 aggregate_facts=[
  fact(HT, "project", "expected_output_cny", 1e10, "cny", "预计产业规模达100亿元,创税10亿元", "一期建成后（预计）", kind="target", chk=True),
  fact(HT, "project", "expected_tax_cny", 1e9, "cny", "创税10亿元", "一期建成后（预计）", kind="target", chk=True),
  fact(HT, "project", "expected_jobs", 3000, "count", A2, "一期建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- pp02 毕节金海湖新区 (中新网贵州 2021)
BJ = "毕节高新区"
B0 = "近年来,毕节高新区(金海湖新区)紧紧围绕“四新”主攻“四化”"
B1 = "贵州中广泳池科技有限公司是新区今年初通过招商引资入驻的企业,专业从事可拆装式泳池研发、设计、生产、销售及安装等,现有员工150余人,是目前国内最具规模的泳池制造厂商"
G["pp02"] = dict(
 article=art("毕节金海湖新区:持续优化营商环境 奋力推进园区绿色高质量发展", "中新网贵州（万飘阳），载于 gzbs.cn", "2021-10-19", "day",
  "National news agency's provincial channel on a regional portal, Guizhou: a prefecture's high-tech zone (also a new area) — industries, a firm that moved in this year with its staff, technical renovation and the bid for national status",
  "https://www.gzbs.cn/guizhou/2021101975233.html",
  "日期取页面“时间:2021-10-19 10:36:04 来源:中新网贵州”。标题照录；位置导航、时间来源行与两行图片说明“工业园区一角 万飘阳摄”已删。存段末段“毕节凯瑞科技有限公司是一家集研发、制造、销售为一体的聚合物锂离子”在句中中断，整段删去，故毕节凯瑞科技不在正文；正文截至“…争创国家级高新区。”，共五段。园区：毕节高新区（文中作“毕节高新区(金海湖新区)”，标题作“毕节金海湖新区”，又作“新区”；毕节，贵州；文中说“争创国家级高新区”，即当时为省级）。公司：贵州中广泳池科技有限公司（新区今年初招商入驻，在园）。“1+3+X”产业体系不计。",
  "pp02"),
 parks=[
  park(BJ, "毕节", "贵州", "高新区", B0, aliases=["金海湖新区", "毕节金海湖新区"], note="文中作“毕节高新区(金海湖新区)”；又作“新区”；争创国家级高新区"),
 ],
 companies=[
  comp("贵州中广泳池科技有限公司", BJ, B1, note="2021年初招商入驻；负责人丁玉宝"),
 ],
 projects=[],
 aggregate_facts=[
  fact("贵州中广泳池科技有限公司", "company", "employees", 150, "count", "现有员工150余人", "2021年10月", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- pp03 六盘水项目建设第三次观摩会侧记 (贵州日报 2022)
LX = "路喜循环经济产业园区"
C0 = "位于六盘水市路喜循环经济产业园区的六枝特区年产30万吨磷酸铁锂项目现场,一边已建好的厂房内机器轰鸣、不停运转生产,一边在建工程正在加紧推进"
C1 = "六枝有轻羡、盘州有刺力王、水城有初好,这3家龙头企业形成三足鼎立的局面"
G["pp03"] = dict(
 article=art("培育+转型 谱写新型工业化新篇 ——六盘水项目建设第三次观摩会侧记", "贵州日报（天眼新闻记者 刘定珲），szb.eyesnews.cn 数字报", "2022-08-02", "day",
  "Provincial daily's print edition, Guizhou: sidebar on a city's third project inspection tour (观摩) — a farm-produce R&D centre, three leading firms of a local fruit industry, a lithium-iron-phosphate project in a circular-economy park partly producing and partly under construction",
  "http://szb.eyesnews.cn/pc/cont/202208/02/content_67901.html",
  "日期取网址 202208/02（数字报版面日期）；文中观摩会在7月25日。标题两行（主题“培育+转型 谱写新型工业化新篇”、副题“——六盘水项目建设第三次观摩会侧记”）以空格连成一行；报头行与记者署名行已删。存段末段“‘六枝特区年产30万吨磷酸铁锂项目一期工程计划在2023年底全部建成达产,达产后将全力实现百亿”在句中中断，整段删去；正文截至“…生产建设热火朝天。”，共九段。园区：路喜循环经济产业园区（六盘水，贵州；所在县区文中未明说）。项目：六枝特区年产30万吨磷酸铁锂项目——在路喜循环经济产业园区，已建厂房在生产、在建工程加紧推进（status 在建，status_alt 投产），无金额。六枝特区生态特色农产品研发中心——观摩项目，无园区无金额，可选。公司：轻羡、刺力王、初好（刺梨龙头企业，分属六枝、盘州、水城；园区未说；可选）。刺梨种植面积、务工人次不计为园区事实。",
  "pp03"),
 parks=[
  park(LX, "六盘水", "贵州", "循环经济产业园区", C0, note="所在县区文中未明说（项目名冠“六枝特区”）"),
 ],
 companies=[
  comp("轻羡", None, C1, opt=True, note="六枝刺梨龙头企业；园区未说"),
  comp("刺力王", None, C1, opt=True, note="盘州刺梨龙头企业；园区未说"),
  comp("初好", None, C1, opt=True, note="水城刺梨龙头企业；园区未说"),
 ],
 projects=[
  proj("六枝特区年产30万吨磷酸铁锂项目", LX, C0, status="在建", status_alt="投产", status_text="一边已建好的厂房内机器轰鸣、不停运转生产,一边在建工程正在加紧推进",
       note="部分已生产、部分在建；无金额"),
  proj("六枝特区生态特色农产品研发中心", None, "在六枝特区生态特色农产品研发中心,辖区内刺梨鲜果可全部就地转化", opt=True, note="观摩项目；无园区、无金额、无状态词"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- pp04 新天电子元器件产业园 (m.cy.cwan.com 2022)
XT = "新天电子元器件产业园"
ZH = "中国振华(集团)科技股份有限公司"
D0 = "2021年10月,乌当区与中国振华(集团)科技股份有限公司签约共建新天电子元器件产业园。该项目总投资约25亿元"
D1 = "一期厂房D08、D09、D10厂房已封顶"
D2 = "预计投产后年产值23亿元、年利润4.23亿元、年税收2.648亿元"
G["pp04"] = dict(
 article=art("（无标题）乌当区新天电子元器件产业园：中国振华签约共建，总投资约25亿元，一期厂房封顶", "m.cy.cwan.com（原发媒体与署名存段未示）", "2022-12-08", "day",
  "Regional news site, Guizhou: a central state-owned electronics group's components park in a Guiyang district — signing date, total investment, buildings topped out, expected output, profit and tax, the group's business",
  "http://m.cy.cwan.com/guonei/2022/1208/59072.html",
  "日期取网址 2022/1208；文中“12月5日”为采访日。存段无标题、无日期行（title 为编者概括）。“(相关资料图)”一行已删；存段末行“围绕乌当区“”在句中中断，整段删去；正文截至“…进一步完善贵阳电子元器件产业生态链。”吴贵松说。”，共五段。园区：新天电子元器件产业园（贵阳市乌当区，贵州；“乌当区与…签约共建”）。公司：中国振华(集团)科技股份有限公司（又作“振华集团”“振华科技”；共建方，在园）。项目：新天电子元器件产业园项目——2021年10月签约，总投资约25亿元，截至11月底一期厂房D08–D10已封顶（在建）；引语“短短4个月内…从签约到落地再到投产”（status_alt 投产，note）。预期年产值23亿元、年利润4.23亿元、年税收2.648亿元（target，subject 项目）。",
  "pp04"),
 parks=[
  park(XT, "贵阳", "贵州", "产业园（电子元器件）", D0, district="乌当区", note="乌当区与中国振华签约共建；“贵阳”据“依托贵阳市的优势资源”"),
 ],
 companies=[
  comp(ZH, XT, D0, aliases=["振华集团", "振华科技"], note="在筑制造业央企；签约共建产业园"),
 ],
 projects=[
  proj("新天电子元器件产业园项目", XT, D0, companies=[ZH], inv="总投资约25亿元", qual="约", qual_text="约",
       status="在建", status_alt="投产", status_text="一期厂房D08、D09、D10厂房已封顶",
       aliases=["新天电子元器件产业园"], note="2021年10月签约；截至2022年11月底一期厂房封顶；引语称4个月内“从签约到落地再到投产”"),
 ],
 aggregate_facts=[
  fact("新天电子元器件产业园项目", "project", "expected_annual_output_cny", 2.3e9, "cny", D2, "投产后（预计）", kind="target", chk=True),
  fact("新天电子元器件产业园项目", "project", "expected_annual_profit_cny", 4.23e8, "cny", "年利润4.23亿元", "投产后（预计）", kind="target", chk=True),
  fact("新天电子元器件产业园项目", "project", "expected_annual_tax_cny", 2.648e8, "cny", "年税收2.648亿元", "投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pp05 盘北经济开发区 锂离子电池材料生产招商项目 (天眼新闻 via gqsoso 2022)
PB = "贵州盘北经济开发区"
E0 = "六盘水市近日推出重点招商项目——盘州市盘北经济开发区锂离子电池材料生产项目"
E1 = "该项目总规划用地120亩,拟投资4亿元,达产后预计年销售收入为6亿元"
E2 = "该项目规划建设地位于贵州盘北经济开发区为省级经济开发区,投资4亿元,占地面积120亩,建筑面积70000平方米"
PJ = "锂离子电池材料生产项目"
G["pp05"] = dict(
 article=art("环球短讯!项目拟投资4亿元:六盘水市发布锂离子电池材料生产招商项目", "贵州日报天眼新闻（记者 王法），载于 gz.gqsoso.com（页脚“钢企网”）", "2022-11-19", "day",
  "Aggregator relaying a provincial daily's news app, Guizhou: a city offers a lithium-battery-materials project in a provincial economic development zone for investment — land, planned investment, expected sales, building area, products",
  "http://gz.gqsoso.com/gz/20221119/377449.html",
  "日期取网址 20221119；文中“11月18日”为获悉日。标题照录（“环球短讯!”为转载站所加，在同一行内，未改）；“(相关资料图)”、图片说明“盘州市航拍图。贵州省投资促进局供图”、记者编辑审校行、关键词与页脚已删。正文四段，完整。园区：贵州盘北经济开发区（文中又作“盘州市盘北经济开发区”；省级经济开发区；六盘水市盘州市，贵州）。项目：锂离子电池材料生产项目——招商项目（拟引进，status planned），拟投资4亿元，规划用地120亩，建筑面积70000平方米，达产后预计年销售收入6亿元（target）。贵州省投资促进局为发布机构（可选）。",
  "pp05"),
 parks=[
  park(PB, "六盘水", "贵州", "省级经济开发区", E2, district="盘州市", aliases=["盘北经济开发区"], note="文中又作“盘州市盘北经济开发区”"),
 ],
 companies=[],
 institutions=[
  inst("贵州省投资促进局", "11月18日,记者从贵州省投资促进局获悉"),
 ],
 projects=[
  proj(PJ, PB, E1, inv="拟投资4亿元", status="planned", status_text="重点招商项目",
       aliases=["盘州市盘北经济开发区锂离子电池材料生产项目"], note="招商项目（拟引进），尚无投资方"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "site_area_mu", 120, "mu", E1, "2022年11月（规划）", kind="target", opt=True),
  fact(PJ, "project", "expected_annual_sales_cny", 6e8, "cny", "达产后预计年销售收入为6亿元", "达产后（预计）", kind="target", chk=True),
  fact(PJ, "project", "floor_area_m2", 70000, "m2", E2, "2022年11月（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- pp06 修文县8月重点项目集中开工 (人民网贵州 2020)
F0 = "本报讯 8月28日,修文县8月重点项目集中开工仪式举行,集中开工13个重点项目,总投资11.8亿元"
F1 = "13个项目分别是贵州修文金豪建筑设备电商物流园项目、北京外国语大学附属高端学校项目、大石布依族乡高丰村沙坝组道路建设项目、修文县久长高中压调压站至二官坝工业小区中压干线燃气管道工程、修文县久长液化天然气(LNG)生产及加气站建设项目、六广镇广城村存栏2000头生猪养殖基地建设项目、修文县年产100万立方高性能混凝土和40万吨砂浆绿色新型环保建材生产建设项目、洒坪镇东庄村宏群养猪场建设项目、黔轮胎全钢子午巨型工程胎智能制造项目、修文县国家现代产业园农业信息化建设项目、贵州久余晟商贸有限责任公司桃源加油二站、贵阳富之源农业科技有限公司育肥猪场项目、贵州邦源农牧科技有限公司年产24万吨饲料厂建设项目"
F2 = "其中,贵州修文金豪建筑设备电商物流园项目总投资1.5亿元,规划用地面积约74亩,建筑总面积约6.4万平方米"
AS6 = "2020年8月28日（集中开工）"
def p6(name, opt=False, note=None, companies=()):
    return proj(name, None, F1, companies=companies, status="开工", status_text="集中开工", opt=opt, note=note or "修文县项目；园区文中未说")
G["pp06"] = dict(
 article=art("（无标题）修文县8月重点项目集中开工 13个项目总投资11.8亿元", "人民网贵州频道 gz.people.com.cn（“本报讯”，原发报纸与署名存段未示）", "2020-09-01", "day",
  "Provincial channel of a national portal relaying a local paper, Guizhou: a Guiyang county's monthly groundbreaking — thirteen named projects started, one logistics-park project with investment, land, floor area, jobs and tax, investment by sub-district and by sector",
  "http://gz.people.com.cn/n2/2020/0901/c361324-34264072.html",
  "日期取网址 2020/0901；文中开工仪式在8月28日。存段无标题、无日期行（title 为编者概括）；“本报讯”在正文首行，保留。正文五段，完整。无开发区或产业园区作为项目所在地：13个项目均为修文县（贵阳市）项目，park null；“二官坝工业小区”“修文县国家现代产业园”只在项目名中，列可选园区。项目：13个项目均“集中开工”→开工；贵州修文金豪建筑设备电商物流园项目总投资1.5亿元（其余无单项金额）；学校、道路、加油站、养猪场等非产业项目列可选。公司：项目名中的贵州久余晟商贸有限责任公司、贵阳富之源农业科技有限公司、贵州邦源农牧科技有限公司（可选，park null）。事实：修文县集中开工13个、总投资11.8亿元（region）；分街道、分行业数不计（制造业4个、4.41亿元列可选）。",
  "pp06"),
 parks=[
  park("二官坝工业小区", "贵阳", "贵州", "工业小区", F1, district="修文县", opt=True, note="只在燃气管道工程项目名中"),
  park("修文县国家现代产业园", "贵阳", "贵州", "现代农业产业园", F1, district="修文县", opt=True, note="只在项目名中（农业）"),
 ],
 companies=[
  comp("贵州久余晟商贸有限责任公司", None, F1, opt=True, note="只在项目名中"),
  comp("贵阳富之源农业科技有限公司", None, F1, opt=True, note="只在项目名中"),
  comp("贵州邦源农牧科技有限公司", None, F1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("贵州修文金豪建筑设备电商物流园项目", None, F2, inv="总投资1.5亿元", status="开工", status_text="集中开工", note="修文县项目；规划用地约74亩"),
  p6("北京外国语大学附属高端学校项目", opt=True, note="学校项目"),
  p6("大石布依族乡高丰村沙坝组道路建设项目", opt=True, note="道路项目"),
  p6("修文县久长高中压调压站至二官坝工业小区中压干线燃气管道工程", opt=True, note="燃气管道工程；通往二官坝工业小区"),
  p6("修文县久长液化天然气(LNG)生产及加气站建设项目"),
  p6("六广镇广城村存栏2000头生猪养殖基地建设项目", opt=True, note="养殖项目"),
  p6("修文县年产100万立方高性能混凝土和40万吨砂浆绿色新型环保建材生产建设项目"),
  p6("洒坪镇东庄村宏群养猪场建设项目", opt=True, note="养殖项目"),
  p6("黔轮胎全钢子午巨型工程胎智能制造项目"),
  p6("修文县国家现代产业园农业信息化建设项目", opt=True, note="农业信息化项目"),
  p6("贵州久余晟商贸有限责任公司桃源加油二站", opt=True, companies=["贵州久余晟商贸有限责任公司"], note="加油站"),
  p6("贵阳富之源农业科技有限公司育肥猪场项目", opt=True, companies=["贵阳富之源农业科技有限公司"], note="养殖项目"),
  p6("贵州邦源农牧科技有限公司年产24万吨饲料厂建设项目", companies=["贵州邦源农牧科技有限公司"]),
 ],
 aggregate_facts=[
  fact("修文县", "region", "projects_started", 13, "count", F0, AS6),
  fact("修文县", "region", "projects_started_investment_cny", 1.18e9, "cny", F0, AS6, chk=True),
  fact("修文县", "region", "manufacturing_projects_started", 4, "count", "制造业项目4个,总投资4.41亿元", AS6, opt=True),
  fact("贵州修文金豪建筑设备电商物流园项目", "project", "site_area_mu", 74, "mu", F2, AS6, qual="约", qtext="约", opt=True),
  fact("贵州修文金豪建筑设备电商物流园项目", "project", "expected_jobs", 800, "count", "能提供800个以上就业岗位", "建成后（预计）", kind="target", qual="超", qtext="以上", opt=True),
 ])
