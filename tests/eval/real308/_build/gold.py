# real308 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied unchanged from real52)
# Conventions as real52 (real28–real52): evidence verbatim (all seven items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); an amount not written as digits+万元/亿元 (qu01 “一亿五千万”) stays in
# investment_text with investment_cny null (unparsed=True, as real25 q04 / real39). Projects: the park the text places the
# project in. Status from the text's words: a project only at the notice / approval stage (环评 评审 / 公示 / 批复, 可研批复,
# 能评 / 安评, 编制可研) with no start stated → planned (status_text quotes the stage); 开工建设 → 开工; 完成签约 → 签约;
# 加快…建设进度 → 在建. Targets (“确保”, “力争”, “预计”) are kind target; “今年以来” counts are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/quNN.raw as returned.

# ---------------------------------------------------------------- qu01 江苏久富 环评报告书 评审 (xecc.cn 2017)
SY = "国家级经济技术开发区"
A0 = "拥有苏北第一家国家级经济技术开发区。江苏久富金属制品有限公司位于该经济开发区内,项目总投资一亿五千万,主要生产铝制品工件"
G["qu01"] = dict(
 article=art("《江苏久富金属制品有限公司锌铝制品加工销售项目环境影响报告书》评审会上获好评", "xecc.cn（环评编制单位网站“资讯动态 - 中心动态”栏；单位名称存段未示）", "2017-08-31", "day",
  "Environmental-consultancy news post, Jiangsu: the EIA report of a firm's zinc-aluminium processing project in a county's national economic and technological development zone passed its expert review — the firm, its place in the zone, the project's total investment",
  "http://www.xecc.cn/news_detail.aspx?id=3011",
  "日期取页面“发布时间:2017-08-31 15:06:20”。标题照录；栏目名、位置行、发布时间行、“您感兴趣的文章”及上一条/下一条已删。正文三段，完整。首段“中心编制的《…报告书》。由沭阳县环保局主持召开。”原文如此（句子不全），照录。园区：文中只说沭阳县“拥有苏北第一家国家级经济技术开发区”，公司“位于该经济开发区内”，未写园区名（即沭阳经济技术开发区，但文中未出现）——园区名照录为“国家级经济技术开发区”，可选（宿迁市沭阳县，江苏）。公司：江苏久富金属制品有限公司（在该开发区）；江苏华祥环保科技有限公司（中心此前的环评项目业主，园区未说，可选）。项目：锌铝制品加工销售项目（名取报告书名），“项目总投资一亿五千万”非阿拉伯数字+万元/亿元，investment_cny 留空（unparsed；即1.5亿元）；状态：环评报告书专家评审通过，未说开工 → planned。沭阳县环保局列可选机构。",
  "qu01"),
 parks=[
  park(SY, "宿迁", "江苏", "国家级经济技术开发区", A0, district="沭阳县", aliases=["该经济开发区"], opt=True,
       note="文中未写园区名（“苏北第一家国家级经济技术开发区”“该经济开发区”）；即沭阳经济技术开发区，但该名不在文中"),
 ],
 companies=[
  comp("江苏久富金属制品有限公司", SY, A0, note="“位于该经济开发区内”；主要生产铝制品工件"),
  comp("江苏华祥环保科技有限公司", None, "本次项目是继《江苏华祥环保科技有限公司塑料制品生产、销售项目》之后", opt=True, note="此前环评项目的业主；园区未说"),
 ],
 institutions=[
  inst("沭阳县环保局", "由沭阳县环保局主持召开", note="主持环评报告书评审会"),
 ],
 projects=[
  proj("江苏久富金属制品有限公司锌铝制品加工销售项目", SY, A0, companies=["江苏久富金属制品有限公司"], inv="项目总投资一亿五千万", unparsed=True,
       status="planned", status_text="环评报告书在专家评审会一次性顺利通过", aliases=["锌铝制品加工销售项目"],
       note="投资额“一亿五千万”（=1.5亿元）非数字写法，investment_cny 留空；2017年8月20日环评报告书评审通过"),
  proj("江苏华祥环保科技有限公司塑料制品生产、销售项目", None, "本次项目是继《江苏华祥环保科技有限公司塑料制品生产、销售项目》之后", companies=["江苏华祥环保科技有限公司"],
       opt=True, note="中心此前在沭阳编制环评的项目；园区、金额、阶段均未说"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- qu02 津市高新区标准化厂房建设项目 可研批复 (津市市发改局 2019)
JS = "津市高新区"
B0 = "1、同意建设津市高新区标准化厂房项目,项目编码:2019-430781-47-01-024401。"
B1 = "4、总投资及资金来源:项目计划总投资50003.66万元,资金来源为银行贷款和单位自筹。"
B2 = "本项目总占地面积606.81亩,其中:建筑基底用地面积283.92亩,总建筑面积为233309.68平方米"
G["qu02"] = dict(
 article=art("关于津市高新区标准化厂房建设项目 可行性研究报告的批复", "津市市发展和改革局（津发改投〔2019〕154号），载于津市市人民政府网 www.jinshishi.gov.cn 政务公开栏", "2019", "year",
  "County-level city's development-and-reform bureau approval published on the city government portal, Hunan: feasibility-study approval of a high-tech zone's standard-factory project — owner, project code, land and floor areas by sub-area, total investment and funding",
  "https://www.jinshishi.gov.cn/zwgk/public/6616338/1183581371.html",
  "日期：文号“津发改投〔2019〕154号”与项目编码“2019-…”只给年份，发文日存段未示，记 2019（year）。标题为文件两行标题，以一个空格连接（make_txt.py 标题元组）；文号行与发文机关行“津市市发展和改革局”已删（机关名因此不在正文，不列机构）。存段缺第“2、”条（存段如此）；“项目C区”一段在页面断为两行，原样拼接（JOIN）；末条“5、同意可行”在句中中断，整段删去，正文截至“…资金来源为银行贷款和单位自筹。”。园区：津市高新区（常德市代管津市市，湖南）。公司：津市嘉山实业有限公司（项目单位；园区按项目所在记津市高新区）。项目：津市高新区标准化厂房项目（标题作“…建设项目”，列 alias），计划总投资50003.66万元，状态：可研批复“同意建设”，未说开工 → planned。“高新区研发创业中心”为项目B区，不另列园区。面积事实记于项目。",
  "qu02"),
 parks=[
  park(JS, "常德", "湖南", "高新区", B0, district="津市市", note="文中又作“高新区”"),
 ],
 companies=[
  comp("津市嘉山实业有限公司", JS, "津市嘉山实业有限公司:", note="项目单位（批复抬头）；园区按项目所在推定"),
 ],
 projects=[
  proj("津市高新区标准化厂房项目", JS, B1, companies=["津市嘉山实业有限公司"], inv="项目计划总投资50003.66万元",
       status="planned", status_text="同意建设", aliases=["津市高新区标准化厂房建设项目"],
       note="可行性研究报告获批；项目编码2019-430781-47-01-024401；分ABCDE五区，B区为高新区研发创业中心"),
 ],
 aggregate_facts=[
  fact("津市高新区标准化厂房项目", "project", "site_area_mu", 606.81, "mu", B2, "2019年（可研批复）"),
  fact("津市高新区标准化厂房项目", "project", "floor_area_m2", 233309.68, "m2", B2, "2019年（可研批复）", opt=True),
 ])

# ---------------------------------------------------------------- qu03 天通银厦 环评审批 (银川经开区管委会 2020)
YC = "银川经济技术开发区"
C0 = "本项目为改扩建项目,位于银川经济技术开发区宏图南街西侧、宝湖西路南侧天通银厦新材料有限公司内"
C1 = "项目总投资55380万元,环保投资1046万元"
C2 = "截至目前,四英寸蓝宝石衬底材料信息化改造项目已顺利通过环评专家评审,并完成环评审批报批环节,项目也已开工建设"
G["qu03"] = dict(
 article=art("天通银厦新材料有限公司四英寸蓝宝石衬底材料信息化改造项目顺利完成环评审批手续", "银川经济技术开发区管理委员会（银川市人民政府网 www.yinchuan.gov.cn 部门信息公开“重大项目”栏）", "2020-09-11", "day",
  "Zone administration's notice on the city government portal, Ningxia: a firm's renovation project in a national economic and technological development zone completed its EIA approval — owner, EIA consultant, location, capacity, total and environmental investment, construction started",
  "http://www.yinchuan.gov.cn/xxgk/bmxxgkml/jjkfqgwh/xxgkml/zdxm_1799/202009/t20200911_2230484.html",
  "日期取页面“发布日期:2020-09-11”。标题照录（页面另有“名 称:”行重复标题，与无障碍、位置、索引号、发布机构行及“附件:”“扫一扫…”一并删去）。正文三段，完整。园区：银川经济技术开发区（文中又作“经开区”；银川，宁夏）。公司：天通银厦新材料有限公司（建设单位，在园）；宁夏锦润万鑫环境科技有限公司（评价单位，园区未说，可选）。机构：银川市生态环境局、经开区建环局（可选）。项目：四英寸蓝宝石衬底材料信息化改造项目（改扩建），总投资55380万元；完成环评审批，“项目也已开工建设”→开工（status_alt 在建）。环保投资1046万元、占地28926m2记于项目（可选）。",
  "qu03"),
 parks=[
  park(YC, "银川", "宁夏", "经济技术开发区", C0, aliases=["经开区"], note="文中又作“经开区”"),
 ],
 companies=[
  comp("天通银厦新材料有限公司", YC, C0, note="建设单位；项目在公司厂区内"),
  comp("宁夏锦润万鑫环境科技有限公司", None, "评价单位宁夏锦润万鑫环境科技有限公司", opt=True, note="环评单位；园区未说"),
 ],
 institutions=[
  inst("银川市生态环境局", "经开区建环局邀请银川市生态环境局", note="参加环评技术评审"),
  inst("经开区建环局", "近日,经开区建环局邀请银川市生态环境局", park=YC, note="银川经开区建设环保局（文中简称）"),
 ],
 projects=[
  proj("四英寸蓝宝石衬底材料信息化改造项目", YC, C1, companies=["天通银厦新材料有限公司"], inv="项目总投资55380万元",
       status="开工", status_alt="在建", status_text="项目也已开工建设",
       aliases=["天通银厦新材料有限公司四英寸蓝宝石衬底材料信息化改造项目"],
       note="改扩建；环评审批完成；建成后年产960万片4英寸LED蓝宝石衬底材料"),
 ],
 aggregate_facts=[
  fact("四英寸蓝宝石衬底材料信息化改造项目", "project", "environmental_investment_cny", 1.046e7, "cny", "环保投资1046万元", "2020年9月（环评）", opt=True, chk=True),
  fact("四英寸蓝宝石衬底材料信息化改造项目", "project", "site_area_m2", 28926, "m2", "占地面积28926m2", "2020年9月（环评）", opt=True),
 ])

# ---------------------------------------------------------------- qu04 铜陵 市经开区抓项目 (investchn 2021)
TL = "市经开区"
D0 = "确保二季度到位内资90亿元、外资4000万美元,新签约亿元以上产业项目10个"
D1 = "用时22天即与总投资20亿元的美联新材项目完成签约"
D2 = "今年以来,新开工项目22个、总投资80.05亿元,竣工项目10个、总投资15.83亿元"
D3 = "重点加快旭创光通信模块二期等60个项目建设进度,推动精达铜基电磁线等21个项目开工建设"
ASD = "2021年1月至5月上旬"
G["qu04"] = dict(
 article=art("市经开区抓项目育动能强工业", "铜陵经济技术开发区（来源），载于 investchn.com（“发布开发区:铜陵经济技术开发区”）", "2021-05-10", "day",
  "Zone's own news item relayed by a development-zone investment portal, Anhui: a zone's investment drive — second-quarter targets, a named project signed with its total, projects started and completed this year with totals, named projects being built and to start, land approvals",
  "https://investchn.com/home/news/detail/id/176851.html",
  "日期取页面“发布时间:2021-05-10”，该行（含“来源:铜陵经济技术开发区 发布开发区:铜陵经济技术开发区”）已删。标题照录。正文三段，完整（存段三节均以整句结束）。园区：正文只作“市经开区”（即铜陵经济技术开发区，名称只在已删的来源行；铜陵，安徽）——名照录“市经开区”，note 注明；“东部园区”列可选子园区。项目：美联新材项目（总投资20亿元，完成签约→签约）；旭创光通信模块二期（“重点加快…建设进度”→在建）；精达铜基电磁线（“推动…开工建设”为工作安排 → planned，status_alt 开工）。事实：二季度到位内资90亿元、外资4000万美元、新签约亿元以上项目10个（target，“确保”）；今年以来新开工22个/80.05亿元、竣工10个/15.83亿元（cumulative）；加快建设60个、推动开工21个（可选）；全年报批土地不低于3000亩（target，可选）。",
  "qu04"),
 parks=[
  park(TL, "铜陵", "安徽", "经济技术开发区", "市经开区抓项目育动能强工业", note="即铜陵经济技术开发区（名在已删的来源行）；正文未出园区全称"),
  park("东部园区", "铜陵", "安徽", "园区", "加快推进东部园区600亩建设用地完成报批审核", parent=TL, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("美联新材", TL, D1, opt=True, note="只在项目名中"),
  comp("旭创", TL, D3, opt=True, note="只在项目名“旭创光通信模块二期”中"),
  comp("精达", TL, D3, opt=True, note="只在项目名“精达铜基电磁线”中"),
 ],
 projects=[
  proj("美联新材项目", TL, D1, companies=["美联新材"], inv="总投资20亿元", status="签约", status_text="完成签约", note="用时22天完成签约"),
  proj("旭创光通信模块二期", TL, D3, companies=["旭创"], phase="二期", status="在建", status_text="重点加快…建设进度"),
  proj("精达铜基电磁线", TL, D3, companies=["精达"], status="planned", status_alt="开工", status_text="推动…开工建设", note="工作安排（推动开工），是否已开工文中未说"),
 ],
 aggregate_facts=[
  fact(TL, "park", "domestic_capital_in_place_cny", 9e9, "cny", D0, "2021年第二季度（目标）", kind="target", chk=True),
  fact(TL, "park", "foreign_capital_in_place_usd", 4e7, "usd", "外资4000万美元", "2021年第二季度（目标）", kind="target"),
  fact(TL, "park", "projects_signed", 10, "count", D0, "2021年第二季度（目标）", kind="target", note="新签约亿元以上产业项目"),
  fact(TL, "park", "projects_started", 22, "count", D2, ASD, kind="cumulative"),
  fact(TL, "park", "projects_started_investment_cny", 8.005e9, "cny", "新开工项目22个、总投资80.05亿元", ASD, kind="cumulative", chk=True),
  fact(TL, "park", "projects_completed", 10, "count", D2, ASD, kind="cumulative"),
  fact(TL, "park", "projects_completed_investment_cny", 1.583e9, "cny", "竣工项目10个、总投资15.83亿元", ASD, kind="cumulative", chk=True),
  fact(TL, "park", "projects_under_construction_prioritised", 60, "count", D3, "2021年5月", opt=True),
  fact(TL, "park", "projects_to_start", 21, "count", D3, "2021年5月", kind="target", opt=True),
  fact(TL, "park", "land_approval_mu", 3000, "mu", "全年实现报批土地面积不低于3000亩", "2021年全年（目标）", kind="target", qual="超", qtext="不低于", opt=True),
 ])

# ---------------------------------------------------------------- qu05 湛辉化工 环评公示 (湛江开发区网站 2021)
ZJ = "湛江经济技术开发区"
DH = "东海岛石化产业园区"
E0 = "建设地点:湛江市开发区东海岛石化产业园区内"
E1 = "项目概况:本项目总投资130238.85万元,在湛江市开发区东海岛石化产业园区内将建设1套10万吨/年环氧乙烷装置"
G["qu05"] = dict(
 article=art("湛江开发区湛辉化工有限公20万吨/年功能性表面活性剂项目环境影响评价征求意见稿全本公示", "湛江经济技术开发区网站 www.zetdz.gov.cn（通知公告栏；作者:湛江开发区湛辉化工有限公司）", "2021-10-16", "day",
  "EIA public-participation notice posted by a firm on a national development zone's website, Guangdong: a new surfactant project in the zone's petrochemical park — owner, location, total investment, units to be built and capacity",
  "http://www.zetdz.gov.cn/wz/tzgg/gg/content/post_1524999.html",
  "日期取页面“发布日期:2021-10-16 01:21:32”。标题照录（“湛辉化工有限公”原文如此，少“司”字）；热搜、位置、来源/作者/日期行与打印字体行已删。存段末段“需要查阅环境影响报告书征求意见稿纸质报告书的”在句中中断，整段删去；正文截至“…查阅环境影响报告书征求意见稿全文。”，含“一、”“二、”两个小标题。园区：东海岛石化产业园区（湛江，广东），母园区湛江经济技术开发区（文中又作“湛江市开发区”）。公司：湛江开发区湛辉化工有限公司（建设单位，在东海岛石化产业园区）。项目：20万吨/年功能性表面活性剂项目，新建，总投资130238.85万元；环评征求意见稿公示阶段，“将建设”→ planned。",
  "qu05"),
 parks=[
  park(ZJ, "湛江", "广东", "经济技术开发区", "公众可通过湛江经济技术开发区官方网站信息公告页面", aliases=["湛江市开发区"], note="文中又作“湛江市开发区”"),
  park(DH, "湛江", "广东", "石化产业园区", E0, parent=ZJ, note="“湛江市开发区东海岛石化产业园区”"),
 ],
 companies=[
  comp("湛江开发区湛辉化工有限公司", DH, "建设单位:湛江开发区湛辉化工有限公司", note="建设单位；项目在东海岛石化产业园区；标题作“湛江开发区湛辉化工有限公”"),
 ],
 projects=[
  proj("20万吨/年功能性表面活性剂项目", DH, E1, companies=["湛江开发区湛辉化工有限公司"], inv="本项目总投资130238.85万元",
       status="planned", status_text="将建设", aliases=["湛江开发区湛辉化工有限公司20万吨/年功能性表面活性剂项目"],
       note="新建；环评报告书征求意见稿公示；设计年产乙二醇7.7万吨、各类表面活性剂22万吨"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- qu06 西渡高新区 跟踪评价 公示 (衡阳县政府网 2022)
XD = "湖南衡阳西渡高新技术产业园区"
F0 = "湖南衡阳西渡高新技术产业园区前身为衡阳县经济技术开发区,于1992年经衡阳市人民政府批准设立"
F1 = "湖南衡阳西渡高新技术产业园区规划面积743.28公顷,主导产业为医药、智能机器、非金属矿物制品"
G["qu06"] = dict(
 article=art("湖南衡阳西渡高新技术产业园区环境影响跟踪评价公众参与第一次公示", "衡阳县人民政府网 www.hyx.gov.cn（部门信息公开·西渡高新区·通知公告栏）", "2022-04-27", "day",
  "Park's EIA follow-up-assessment public notice on the county government portal, Hunan: a provincial high-tech park's history (former name, approvals, renaming, expansion), planned area, leading industries, the commissioning committee and the consultant",
  "http://www.hyx.gov.cn/zwgk/bmxxgkml/xdgxq/tzgg/20220427/i2674675.html",
  "日期取网址 20220427（存段无日期行）。标题照录（首行）；页内另一条公示标题“汝城县跃轩硅业…公众参与公示”（侧栏链接）与重复的两行标题已删。存段末“二、建设单位名称及联系方式 / 建设单位:湖南衡阳西”在句中中断，小标题与残句一并删去；正文截至“…发展产生的环境影响进行跟踪评价”（原文此处无句号，下接小标题，段落完整）。园区：湖南衡阳西渡高新技术产业园区（文中又作“衡阳西渡高新区”；前身“衡阳县经济技术开发区”列 alias；衡阳市衡阳县西渡镇，湖南；省级）。公司：湖南道和环保科技有限公司（受托评价单位，园区未说，可选）。机构：湖南衡阳西渡高新技术产业园区管理委员会（委托方，可选）。无投资项目（跟踪评价不是投资项目，不列）。事实：规划面积743.28公顷（现值）；2013年批复规划总用地面积743.28公顷（可选）。",
  "qu06"),
 parks=[
  park(XD, "衡阳", "湖南", "高新技术产业园区（省级）", F0, district="衡阳县", aliases=["衡阳西渡高新区", "衡阳县经济技术开发区"],
       note="1992年设立（衡阳县经济技术开发区），1994年认定为省级开发区，2012年更名；2015年同意调区扩区"),
 ],
 companies=[
  comp("湖南道和环保科技有限公司", None, "湖南道和环保科技有限公司对湖南衡阳西渡高新技术产业园区发展产生的环境影响进行跟踪评价", opt=True, note="受托评价单位"),
 ],
 institutions=[
  inst("湖南衡阳西渡高新技术产业园区管理委员会", "受湖南衡阳西渡高新技术产业园区管理委员会委托", park=XD, note="委托方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XD, "park", "planned_area_ha", 743.28, "ha", F1, "2022年4月"),
  fact(XD, "park", "planned_area_ha", 743.28, "ha", "2013年12月取得湖南省环保厅的批复,规划总用地面积743.28公顷", "2013年12月", opt=True),
 ])

# ---------------------------------------------------------------- qu07 广安经开区 “四个百亿” 三评 (中国报道 2023)
GA = "广安经开区"
H0 = "全面推动和邦生物、利尔化学、诚信化工、玖源化工“四个百亿”重点项目加快实施"
H1 = "和邦生物双甘膦项目已取得环评、能评和安全预评价批复,正在编制安全设施设计专篇,土地挂牌手续正在办理中"
H2 = "利尔年产9.57万吨精细化学品及中间体项目已完成环评批复,能评、安评正在收集资料中"
H3 = "年产7.8万吨农药原药生产项目已取得安评批复,能评已上会,预计5月份获得能评批复,环评已组织专家预审"
H4 = "诚信新材料钛系列产品项目正修改项目安评报告,正在进行房屋拆迁,编制项目平场设计方案"
H5 = "玖源化工新材料项目正在编制可研报告"
G["qu07"] = dict(
 article=art("（无标题）广安经开区“四个百亿”重点项目环评、能评、安评进展", "中国报道（中国报道杂志社，mlcx.apcreports.org.cn；通讯员 蔡爽爽；责任编辑 吴蜀丰）", "2023", "year",
  "National magazine's web channel, Sichuan: a national economic and technological development zone's four ten-billion-yuan projects and where each stands in its approvals (EIA, energy and safety assessments, land listing, feasibility study), with their expected combined output and tax",
  "http://mlcx.apcreports.org.cn/mlcx/news/28966.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2023年广安经开区…”与“预计5月份获得能评批复”，发表于2023年（5月前），具体日期不详，记 2023（year）。责任编辑与版权行已删。正文两段，完整。园区：广安经开区（广安，四川；文中未写级别）。公司：和邦生物、利尔化学、诚信化工、玖源化工（“四个百亿”项目业主，园区记广安经开区，由语境推定）。项目（均无单项金额；“四个百亿”为档次，不作投资额）：和邦生物双甘膦项目（环评、能评、安全预评价已批，土地挂牌办理中）、利尔年产9.57万吨精细化学品及中间体项目（环评已批）、年产7.8万吨农药原药生产项目（安评已批，能评上会；归属利尔由上下文推定）、诚信新材料钛系列产品项目（修改安评、拆迁）、玖源化工新材料项目（编制可研）——均未说开工 → planned。事实：全部建成投产后预计总产值超1000亿元、年税收近百亿元（target）。",
  "qu07"),
 parks=[
  park(GA, "广安", "四川", "经济技术开发区", "2023年广安经开区全力提速“建项目”", note="文中只作“广安经开区”"),
 ],
 companies=[
  comp("和邦生物", GA, H0, note="“四个百亿”项目业主；园区由语境推定"),
  comp("利尔化学", GA, H0, aliases=["利尔"], note="同上；项目名中作“利尔”"),
  comp("诚信化工", GA, H0, note="同上；项目名作“诚信新材料”"),
  comp("玖源化工", GA, H0, note="同上"),
 ],
 projects=[
  proj("和邦生物双甘膦项目", GA, H1, companies=["和邦生物"], status="planned", status_text="已取得环评、能评和安全预评价批复", note="土地挂牌手续办理中；“四个百亿”之一"),
  proj("利尔年产9.57万吨精细化学品及中间体项目", GA, H2, companies=["利尔化学"], status="planned", status_text="已完成环评批复", note="能评、安评收集资料中"),
  proj("年产7.8万吨农药原药生产项目", GA, H3, companies=["利尔化学"], status="planned", status_text="已取得安评批复,能评已上会", note="业主归属利尔由上下文推定（接在利尔项目之后）；环评已专家预审"),
  proj("诚信新材料钛系列产品项目", GA, H4, companies=["诚信化工"], status="planned", status_text="正修改项目安评报告", note="正在房屋拆迁"),
  proj("玖源化工新材料项目", GA, H5, companies=["玖源化工"], status="planned", status_text="正在编制可研报告"),
 ],
 aggregate_facts=[
  fact("“四个百亿”重点项目", "project_group", "expected_annual_output_cny", 1e11, "cny", "全部建成投产后预计总产值超1000亿元", "建成投产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("“四个百亿”重点项目", "project_group", "expected_annual_tax_cny", 1e10, "cny", "年税收近百亿元", "建成投产后（预期）", kind="target", qual="约", qtext="近", note="“近百亿元”"),
 ])
