# real80 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount written without 元 (“2.4个亿”, “约1000万”) is
# kept in a fact whose metric does not end in _cny (unit cny, noted). Projects: the park is the one the text places the
# project in, null if none. Project names without the firm's name in front where the text writes “X公司Y项目” (the full
# form is an alias). Status from the text's words (开工 / 集中开工 → 开工; 投入生产 / 投产 → 投产; 签约 / 签署协议 → 签约;
# 建设中 → 在建; 全面完工 → 竣工; 拟投资 (announcement) → planned; 落户 / 引进 alone → no status). Firms investing in a
# named park get that park (the text places their project there); parent firms and partners elsewhere get null and are
# optional. Expected figures after completion are kind target with “（预期）” in as_of; year-to-date figures are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/yxNN.raw as returned.

# ---------------------------------------------------------------- yx01 肇庆高新区两项目奠基投产 (西江日报 2020)
ZQ = "肇庆高新区"
A0 = "9月28日,位于肇庆高新区的山鹰纸业(广东)有限公司100万吨造纸项目开工、耀东华公司肇庆智能制造基地投产"
A1 = "经肇庆高新区精准招商,该公司与该区科伦纸业进行并购重组交易,成立山鹰纸业(广东)有限公司,成功盘活低效地块400亩"
A2 = "新项目总投资50亿元,将新建两条全世界最先进生产线,达标达产后预计年销售收入为60亿元,创税3.5亿元"
A3 = "耀东华公司是碧桂园现代筑美公司的产业链配套企业,昨日其首个车间14条生产线投入生产,年底将有25条生产线投产,预计年产值达14亿元"
A4 = "每亩投资强度从65万元提增到1250万,亩产值从106万元增到1500万元,每税收从2.61万元增到87.5万元"
ASA = "达标达产后（预期）"
G["yx01"] = dict(
 article=art("肇庆高新区两项目奠基投产", "西江日报（记者 陈洁 特约记者 方斌 通讯员 吴君），载于 m.kcqsx.com（肇庆栏）", "2020-09-29", "day",
  "City daily via a local news aggregator, Guangdong: two firms' plants in a high-tech zone on one day — a paper-maker's 1-million-tonne project started (investment, expected sales and tax, land revitalised, per-mu intensity before and after) and a furniture supplier's manufacturing base in production (lines running, lines by year-end, expected output)",
  "http://m.kcqsx.com/zhaoqing/202009/1101723.html",
  "日期：网址 202009；文中“9月28日…开工…投产”与“昨日其首个车间…投入生产”，故刊发日推定为2020年9月29日（西江日报）。标题照录；“新闻推荐”及其后另一条新闻的标题与导语已删。正文三段，完整。园区：肇庆高新区（肇庆，广东；文中又作“该区”；级别未说）。公司：山鹰纸业(广东)有限公司（项目业主，在园）；耀东华公司（在园）；科伦纸业（“该区科伦纸业”，被并购重组，在园，可选）；山鹰国际控股股份公司（母公司，园区未说，可选）；碧桂园现代筑美公司（配套对象，可选）。项目：“100万吨造纸项目”（全称“山鹰纸业(广东)有限公司100万吨造纸项目”列 alias）——开工，新项目总投资50亿元；“肇庆智能制造基地”（“耀东华公司肇庆智能制造基地”列 alias）——投产（首个车间14条生产线投入生产）。事实：造纸项目达产后年销售收入60亿元、创税3.5亿元（target）；盘活低效地块400亩；每亩投资强度、亩产值、亩均税收由改造前到改造后（取改造后数，可选；证据句首个金额为改造前数，故 metric 不以 _cny 结尾）；耀东华：已投产生产线14条、年底25条（target）、预计年产值14亿元（target，subject 记公司）。",
  "yx01"),
 parks=[
  park(ZQ, "肇庆", "广东", "高新区", A0, note="文中又作“该区”"),
 ],
 companies=[
  comp("山鹰纸业(广东)有限公司", ZQ, A0, note="山鹰国际与科伦纸业并购重组后成立；100万吨造纸项目业主"),
  comp("耀东华公司", ZQ, A0, note="碧桂园现代筑美公司的产业链配套企业"),
  comp("科伦纸业", ZQ, A1, opt=True, note="“该区科伦纸业”，被并购重组"),
  comp("山鹰国际控股股份公司", None, "山鹰国际控股股份公司是以产业互联网、工业及特种纸制造等为一体化的国际性企业,为中国制造业500强", opt=True, note="母公司；园区未说"),
  comp("碧桂园现代筑美公司", None, A3, opt=True, note="耀东华为其产业链配套企业"),
 ],
 projects=[
  proj("100万吨造纸项目", ZQ, A2, companies=["山鹰纸业(广东)有限公司"], inv="新项目总投资50亿元", status="开工", status_text="开工",
       aliases=["山鹰纸业(广东)有限公司100万吨造纸项目"], note="开工见首句“…100万吨造纸项目开工”"),
  proj("肇庆智能制造基地", ZQ, A0, companies=["耀东华公司"], status="投产", status_text="投产",
       aliases=["耀东华公司肇庆智能制造基地"], note="首个车间14条生产线已投入生产，年底将有25条"),
 ],
 aggregate_facts=[
  fact("100万吨造纸项目", "project", "expected_annual_sales_cny", 6e9, "cny", "达标达产后预计年销售收入为60亿元,创税3.5亿元", ASA, kind="target", chk=True),
  fact("100万吨造纸项目", "project", "expected_annual_tax_cny", 3.5e8, "cny", "创税3.5亿元", ASA, kind="target", chk=True),
  fact("100万吨造纸项目", "project", "expected_annual_capacity_t", 1e6, "t", A0, ASA, kind="target", opt=True, note="项目名中的“100万吨”"),
  fact("山鹰纸业(广东)有限公司", "company", "land_revitalised_mu", 400, "mu", A1, "2020年9月", opt=True, note="盘活低效地块"),
  fact("100万吨造纸项目", "project", "investment_per_mu", 1.25e7, "cny", A4, ASA, kind="target", opt=True, note="每亩投资强度由65万元增到1250万（文中无“元”字）"),
  fact("100万吨造纸项目", "project", "output_per_mu", 1.5e7, "cny", "亩产值从106万元增到1500万元", ASA, kind="target", opt=True, note="改造后值；改造前106万元"),
  fact("100万吨造纸项目", "project", "tax_per_mu", 8.75e5, "cny", "每税收从2.61万元增到87.5万元", ASA, kind="target", opt=True, note="改造后值；改造前2.61万元"),
  fact("耀东华公司", "company", "production_lines_in_operation", 14, "count", A3, "2020-09-28"),
  fact("耀东华公司", "company", "production_lines_in_operation", 25, "count", A3, "2020年底（预期）", kind="target", opt=True),
  fact("耀东华公司", "company", "expected_annual_output_cny", 1.4e9, "cny", "预计年产值达14亿元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yx02 欣旺达动力电池项目落户溧水 (南京日报 2019)
LS = "溧水经济开发区"
XW = "欣旺达电子股份有限公司"
HX = "华夏幸福基业股份有限公司"
B0 = "3月27日,总投资120亿元的欣旺达动力电池项目落户南京溧水区"
B1 = "欣旺达动力电池项目由溧水经济开发区、欣旺达、华夏幸福基业三方共建,是欣旺达动力电池的华东生产基地,也是该公司在华南以外的首个大型动力电池生产项目"
G["yx02"] = dict(
 article=art("欣旺达动力电池项目落户南京溧水区", "南京日报（记者 吴明亮 严常坤），载于国际在线江苏频道 js.cri.cn", "2019-03-28", "day",
  "City daily via a national broadcaster's provincial channel, Jiangsu: a listed battery maker signs a three-phase power-battery base in a district's economic development zone, co-built with an industrial-new-town developer — investment and planned annual capacity",
  "https://js.cri.cn/2019-03-28/28198139-f9e0-bc25-99b7-52b95a7b7a7c.html",
  "日期取页面“南京日报  2019-03-28 10:28:02”。标题照录（转载页标题；页内“原标题:欣旺达动力电池项目落户溧水区 总投资120亿元 张敬华出席签约仪式”一行已删，记于 title_note）；“分享”“编辑:罗毅”已删；署名“(南京日报 记者 吴明亮 严常坤)”在正文末，保留。正文三段，完整。园区：溧水经济开发区（南京市溧水区，江苏）；“南京溧水区”为区，不是园区。项目：欣旺达动力电池项目——签约（签约仪式），总投资120亿元，分三期，由溧水经济开发区、欣旺达、华夏幸福基业三方共建。公司：欣旺达电子股份有限公司（文中又作“欣旺达”；项目在溧水经济开发区，park 记之）；华夏幸福基业股份有限公司（共建方、产业新城运营商，又作“华夏幸福基业”；可选，park null）。事实：建成后电芯和电池包年产能均30Gwh（target）。出席签约的官员不列。",
  "yx02", title_note="原标题：欣旺达动力电池项目落户溧水区 总投资120亿元 张敬华出席签约仪式"),
 parks=[
  park(LS, "南京", "江苏", "经济开发区", B1, district="溧水区", note="项目三方共建方之一"),
 ],
 companies=[
  comp(XW, LS, "欣旺达电子股份有限公司是国内领先的锂离子电池提供商", aliases=["欣旺达"], note="项目在溧水经济开发区"),
  comp(HX, None, "华夏幸福基业股份有限公司是中国领先的产业新城运营商", aliases=["华夏幸福基业"], opt=True, note="项目共建方；园区未说"),
 ],
 projects=[
  proj("欣旺达动力电池项目", LS, B0, companies=[XW, HX], inv="总投资120亿元", status="签约", status_text="签约仪式",
       note="分三期建设；欣旺达动力电池的华东生产基地；园区见“由溧水经济开发区、欣旺达、华夏幸福基业三方共建”"),
 ],
 aggregate_facts=[
  fact("欣旺达动力电池项目", "project", "expected_annual_capacity_gwh", 30, "GWh", "项目建成后,电芯和电池包年产能均可达到30Gwh", "建成后（预期）", kind="target", note="电芯与电池包各30GWh"),
 ])

# ---------------------------------------------------------------- yx03 卫星化学 徐圩新区 (智通财经 2021)
XY = "连云港徐圩新区"
C0 = "智通财经APP讯,卫星化学(002648.SZ)发布公告,2021年12月28日,公司与国家东中西区域合作示范区(连云港徐圩新区)管委会(以下简称“徐圩新区管委会”)签署《投资项目合作协议书》,公司拟在连云港徐圩新区(简称“徐圩新区”)投资新建绿色化学新材料产业园项目(简称“项目”)"
C1 = "该项目总投资含税约150亿元,其中固定资产投资含税约130亿元,建设内容主要包括年产20万吨乙醇胺(EOA)、年产80万吨聚苯乙烯(PS)、年产10万吨α-烯烃与配套POE、年产75万吨碳酸酯系列生产装置及相关配套工程,共分三期进行分步实施"
C2 = "项目计划于2022年3月30日前开工建设,三期项目于2027年12月全部建成投产"
ASC = "全部建成后（计划）"
G["yx03"] = dict(
 article=art("（无标题）卫星化学与徐圩新区管委会签署投资协议，拟投资约150亿元新建绿色化学新材料产业园项目", "智通财经（智通财经APP讯；存段无署名）", "2021-12", "month",
  "Financial news wire, Jiangsu: a listed chemical maker's announcement of an investment agreement with a new area's administrative committee — a three-phase new-materials project with total and fixed-asset investment, product capacities, planned start and completion",
  "http://img2.zhitongcaijing.com/content/detail/631448.html",
  "存段无标题、无日期行（title 为编者概括）。日期：协议签署日为2021年12月28日，公告随后发布；刊发日不详（推定为2021年12月28日或稍后），记 2021-12（month）。正文两段，以整句结束（存段或非全文）。园区：连云港徐圩新区（文中又作“徐圩新区”；“国家东中西区域合作示范区(连云港徐圩新区)”——示范区名列 alias；连云港，江苏）。机构：国家东中西区域合作示范区(连云港徐圩新区)管委会（简称“徐圩新区管委会”，可选）。公司：卫星化学（002648.SZ；项目在徐圩新区，park 记之）。项目：绿色化学新材料产业园项目——签约（签署《投资项目合作协议书》），总投资含税约150亿元（约），分三期；计划2022年3月30日前开工、2027年12月全部建成投产。事实：固定资产投资约130亿元（target）；四种产品设计年产能（target，可选）。",
  "yx03"),
 parks=[
  park(XY, "连云港", "江苏", "新区（国家东中西区域合作示范区）", C0, aliases=["徐圩新区", "国家东中西区域合作示范区"],
       note="“国家东中西区域合作示范区(连云港徐圩新区)”；文中简称“徐圩新区”"),
 ],
 companies=[
  comp("卫星化学", XY, C0, note="002648.SZ；拟在徐圩新区投资新建项目"),
 ],
 institutions=[
  inst("国家东中西区域合作示范区(连云港徐圩新区)管委会", C0, park=XY, note="简称“徐圩新区管委会”；协议签署方"),
 ],
 projects=[
  proj("绿色化学新材料产业园项目", XY, C1, companies=["卫星化学"], inv="该项目总投资含税约150亿元", qual="约", qual_text="约",
       status="签约", status_text="签署《投资项目合作协议书》", note="分三期；计划2022年3月30日前开工，2027年12月全部建成投产（见 C2）"),
 ],
 aggregate_facts=[
  fact("绿色化学新材料产业园项目", "project", "planned_fixed_asset_investment_cny", 1.3e10, "cny", "其中固定资产投资含税约130亿元", ASC, kind="target", qual="约", qtext="约", chk=True),
  fact("绿色化学新材料产业园项目", "project", "expected_annual_capacity_t", 2e5, "t", C1, ASC, kind="target", opt=True, note="乙醇胺(EOA)"),
  fact("绿色化学新材料产业园项目", "project", "expected_annual_capacity_t", 8e5, "t", C1, ASC, kind="target", opt=True, note="聚苯乙烯(PS)"),
  fact("绿色化学新材料产业园项目", "project", "expected_annual_capacity_t", 1e5, "t", C1, ASC, kind="target", opt=True, note="α-烯烃与配套POE"),
  fact("绿色化学新材料产业园项目", "project", "expected_annual_capacity_t", 7.5e5, "t", C1, ASC, kind="target", opt=True, note="碳酸酯系列"),
 ])

# ---------------------------------------------------------------- yx04 宁马新型功能区 16个项目集中开工 (马鞍山日报 2022)
NM = "宁马新型功能区"
SR = "三锐新能源汽车核心零部件生产基地项目"
D0 = "16个重点项目集中开工,总投资57.2亿元"
D1 = "其中,新兴产业项目8个,总投资46亿元;基础设施项目8个,总投资11.2亿元"
D2 = "据了解,此次集中开工的项目中,三锐新能源汽车核心零部件生产基地、宁博创智谷腾亚环控产业园投资额均超10亿元"
D3 = "此外,沪武高速博望互通立交项目当天正式开工,该项目总投资4.12亿元,是《马鞍山市“十四五”综合交通运输体系发展规划》中的重点工程,位于博望区丹阳镇基址塘村,整体落地长度1.9公里,落地段道路为双向四车道,建成后将成为新型功能区首个高速公路出入口,也是推动长三角区域互联互通的重要交通枢纽"
D4 = "项目总投资21亿元,占地约160亩,分两期建设"
D5 = "项目达产后,可形成年产500万台套新能源汽车三电铝合金配件的生产能力,预计年销售收入17亿元,年纳税6000万元"
ASD = "2022-12-16（集中开工）"
ASD2 = "达产后（预期）"
G["yx04"] = dict(
 article=art("每日播报!马鞍山宁马新型功能区16个重点项目集中开工", "马鞍山日报，载于跑酷财经网 information.paoku.com.cn（“快讯”栏；存段无署名）", "2022-12-20", "day",
  "City daily via a financial aggregator, Anhui: a cross-border cooperation zone's joint groundbreaking — counts and investment by type, two projects over 1 billion, a motorway interchange, and one firm's auto-parts base with investment, area, phases, capacity, expected sales and tax",
  "http://information.paoku.com.cn/information/kuaixun/2022/1220/139053.html",
  "日期取页面“时间: 2022-12-20 10:06:18 来源: 马鞍山日报”（转载时间；开工仪式为12月16日，马鞍山日报原刊日不详）。标题照录（转载站标题，“每日播报!”为转载站所加）；“快讯> 正文”、时间来源行、“(相关资料图)”、“关键词…”及站点栏目、版权、联系行已删。正文三段，完整。园区：宁马新型功能区（文中又作“马鞍山宁马新型功能区”“新型功能区”；马鞍山，安徽；位于博望区——由“博望区丹阳镇”与企业负责人语推定）。项目：三锐新能源汽车核心零部件生产基地项目（总投资21亿元，开工）；宁博创智谷腾亚环控产业园（开工；“投资额均超10亿元”为下限，不作投资额，记于 alt_investment）；沪武高速博望互通立交项目（开工，总投资4.12亿元，基础设施项目，属功能区16个项目之一）。公司：珠海三锐精工科技有限公司（在功能区建生产基地）。事实：16个项目、57.2亿元；新兴产业项目8个46亿元、基础设施项目8个11.2亿元；三锐项目占地约160亩（可选）、年产500万台套（target，可选）、年销售收入17亿元、年纳税6000万元（target）。一期2023年6月、二期2024年12月建成投产为计划，不另列事实。",
  "yx04"),
 parks=[
  park(NM, "马鞍山", "安徽", "新型功能区（跨界合作区）", "12月16日,马鞍山宁马新型功能区举行重点项目集中开工仪式", district="博望区",
       aliases=["马鞍山宁马新型功能区"], note="文中又作“新型功能区”；所在区由语境推定"),
 ],
 companies=[
  comp("珠海三锐精工科技有限公司", NM, "“博望区制造业集群优势明显,宁马新型功能区交通便利,对我们非常有吸引力。”珠海三锐精工科技有限公司董事长何诚说道", note="三锐新能源汽车核心零部件生产基地项目业主"),
 ],
 projects=[
  proj(SR, NM, D4, companies=["珠海三锐精工科技有限公司"], inv="项目总投资21亿元", status="开工", status_text="集中开工",
       aliases=["三锐新能源汽车核心零部件生产基地"], note="分两期：一期2023年6月、二期2024年12月建成投产（计划）"),
  proj("宁博创智谷腾亚环控产业园", NM, D2, status="开工", status_text="集中开工",
       alt_investment={"investment_text": "投资额均超10亿元", "investment_cny": 1e9, "qualifier": "超"},
       note="与三锐项目“投资额均超10亿元”（下限，不作投资额）"),
  proj("沪武高速博望互通立交项目", NM, D3, inv="该项目总投资4.12亿元", status="开工", status_text="当天正式开工",
       note="基础设施项目；位于博望区丹阳镇，建成后为新型功能区首个高速公路出入口"),
 ],
 aggregate_facts=[
  fact(NM, "park", "projects_started", 16, "count", D0, ASD),
  fact(NM, "park", "projects_started_investment_cny", 5.72e9, "cny", D0, ASD, chk=True),
  fact(NM, "park", "industrial_projects_started", 8, "count", D1, ASD, opt=True, note="新兴产业项目"),
  fact(NM, "park", "industrial_projects_started_investment_cny", 4.6e9, "cny", "其中,新兴产业项目8个,总投资46亿元", ASD, opt=True, chk=True, note="新兴产业项目"),
  fact(NM, "park", "infrastructure_projects_started", 8, "count", D1, ASD, opt=True),
  fact(NM, "park", "infrastructure_projects_started_investment_cny", 1.12e9, "cny", "基础设施项目8个,总投资11.2亿元", ASD, opt=True, chk=True),
  fact(SR, "project", "site_area_mu", 160, "mu", D4, ASD, qual="约", qtext="约", opt=True),
  fact(SR, "project", "expected_annual_capacity_units", 5e6, "sets", D5, ASD2, kind="target", opt=True, note="新能源汽车三电铝合金配件（台套）"),
  fact(SR, "project", "expected_annual_sales_cny", 1.7e9, "cny", "预计年销售收入17亿元,年纳税6000万元", ASD2, kind="target", chk=True),
  fact(SR, "project", "expected_annual_tax_cny", 6e7, "cny", "年纳税6000万元", ASD2, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yx05 上海石化 大丝束碳纤维 苏里格经济开发区 (证券时报网 2025)
SLG = "苏里格经济开发区"
E0 = "项目中碳纤维部分,选址内蒙古自治区鄂尔多斯市苏里格经济开发区,拟通过新设立全资子公司开展"
E1 = "为进一步发展公司大丝束碳纤维产业,公司拟投资约31.96亿元(不含增值税)建设新的大丝束碳纤维项目"
E2 = "证券时报e公司讯,上海石化(600688)1月26日晚间公告,公司目前已建成2.4万吨/年原丝、1.2万吨/年48K大丝束碳纤维项目的一期工程"
G["yx05"] = dict(
 article=art("上海石化:拟约31.96亿元新建大丝束碳纤维项目", "证券时报网（证券时报e公司讯；责任编辑 刘巧玲）", "2025-01-26", "day",
  "Securities daily's web wire, Inner Mongolia / Shanghai: a listed petrochemical firm's announcement of a new large-tow carbon-fibre project — investment, the carbon-fibre part sited in an economic development zone via a new subsidiary, the precursor part at its existing site; its phase-1 capacity already built",
  "https://stcn.com/article/detail/1510713.html",
  "日期取页面“来源:证券时报网2025-01-26 17:07”。标题照录；来源行、责任编辑、声明、评论区与推荐栏已删。正文一段，完整。园区：苏里格经济开发区（鄂尔多斯市，内蒙古）。公司：上海石化（600688）——碳纤维部分拟由新设全资子公司在苏里格经济开发区实施，park 记苏里格经济开发区（原丝部分在上海市金山区公司现有厂区，非园区）。项目：大丝束碳纤维项目（“新的大丝束碳纤维项目”）——公告拟投资约31.96亿元（不含增值税），status planned；park 记苏里格经济开发区（碳纤维部分；原丝部分在金山）。已建成的“2.4万吨/年原丝、1.2万吨/年48K大丝束碳纤维项目的一期工程”列为可选项目（竣工，地点文中未说）；其产能列可选事实。上海市金山区为区，不是园区。",
  "yx05"),
 parks=[
  park(SLG, "鄂尔多斯", "内蒙古", "经济开发区", E0),
 ],
 companies=[
  comp("上海石化", SLG, E2, note="600688；碳纤维部分拟由新设全资子公司在苏里格经济开发区实施；原丝部分在上海市金山区现有厂区"),
 ],
 projects=[
  proj("大丝束碳纤维项目", SLG, E1, companies=["上海石化"], inv="公司拟投资约31.96亿元", qual="约", qual_text="约", status="planned", status_text="拟投资",
       note="不含增值税；碳纤维部分选址苏里格经济开发区，原丝部分选址上海市金山区公司现有厂区"),
  proj("2.4万吨/年原丝、1.2万吨/年48K大丝束碳纤维项目", None, E2, companies=["上海石化"], phase="一期", status="竣工", status_text="已建成",
       opt=True, note="已建成的一期工程；地点文中未说"),
 ],
 aggregate_facts=[
  fact("2.4万吨/年原丝、1.2万吨/年48K大丝束碳纤维项目", "project", "annual_capacity_t", 12000, "t", E2, "2025-01-26", opt=True, note="48K大丝束碳纤维，一期"),
  fact("2.4万吨/年原丝、1.2万吨/年48K大丝束碳纤维项目", "project", "annual_capacity_t", 24000, "t", E2, "2025-01-26", opt=True, note="原丝，一期"),
 ])

# ---------------------------------------------------------------- yx06 胡杨河经开区 企业生产 (天山网 2023)
HY = "胡杨河经济技术开发区"
DX = "新疆德欣新材料有限公司"
F0 = "1-4月,胡杨河经开区完成工业总产值32.82亿元,同比增长12.25%"
F1 = "2022年10月,该公司建设了尾气循环综合利用生产线,目前,已经全面完工进入单机试运,将于6月10日正式投入运行"
F2 = "新疆德欣新材料有限公司生产副总经理顾娇介绍:“今年1至4月份,公司生产产量为20800吨,产值是2.4个亿,根据年度目标情况,完成了35%的目标。”"
F3 = "这个项目建设完成后,可以给周边企业每年节约原煤约3万吨,给我们公司创造收入约1000万"
ASF = "2023年1–4月"
G["yx06"] = dict(
 article=art("兵团第七师:胡杨河经开区1-4月完成工业总产值32.82亿元", "天山网（通讯员 阿曼古丽 王子恒）", "2023-06-06", "day",
  "Regional news portal, Xinjiang: a Corps division's economic and technological development zone — four-month industrial output and growth, one firm's output volume and value, its tail-gas recycling line finished and about to run, a second firm's busy workshop",
  "https://www.ts.cn/zxpd/bt/202306/t20230606_13931090.shtml",
  "日期取页面“2023-06-06 23:54:18 来源: 天山网”。标题照录；日期来源行已删。存段末段“新疆江浩电子材料有限公司副总经理窦其勇介绍:“我们1”在引语开头中断，整段删去；正文截至“…为全年取得更好成绩打下基础。”，共六段。园区：胡杨河经济技术开发区（文中又作“胡杨河经开区”；兵团第七师，新疆；city 记胡杨河）。公司：新疆德欣新材料有限公司、新疆江浩电子材料有限公司——文中未明说在园区，但为报道园区企业生产的配例，park 记胡杨河经济技术开发区（由语境推定）。项目：德欣“尾气循环综合利用生产线”（又称“焚烧炉项目系统”）——2022年10月建设，已全面完工进入单机试运，6月10日正式运行：status 竣工（status_alt 投产）。事实：园区1–4月工业总产值32.82亿元、增长12.25%（cumulative / ratio）；德欣1–4月产量20800吨、产值“2.4个亿”（无“元”字，metric 不以 _cny 结尾）、完成年度目标35%（可选）；生产线建成后为周边企业每年节约原煤约3万吨、为公司创收约1000万（target，可选）。",
  "yx06"),
 parks=[
  park(HY, "胡杨河", "新疆", "经济技术开发区", "今年以来,兵团第七师胡杨河经济技术开发区牢固树立“项目为王”的思想", district="兵团第七师", aliases=["胡杨河经开区"],
       note="兵团第七师（胡杨河市）"),
 ],
 companies=[
  comp(DX, HY, "连日来,在新疆德欣新材料有限公司厂区内,操作控制台、实验室、包装车间等一派繁忙的生产场景", note="园区由语境推定；特种炭黑及功能炭黑企业"),
  comp("新疆江浩电子材料有限公司", HY, "5月31日,笔者走进新疆江浩电子材料有限公司生产车间内看到一派热火朝天的生产景象", note="园区由语境推定"),
 ],
 projects=[
  proj("尾气循环综合利用生产线", HY, F1, companies=[DX], status="竣工", status_text="已经全面完工进入单机试运", status_alt="投产",
       aliases=["焚烧炉项目系统"], note="2022年10月建设；将于6月10日正式投入运行"),
 ],
 aggregate_facts=[
  fact(HY, "park", "industrial_output_cny", 3.282e9, "cny", F0, ASF, kind="cumulative", chk=True),
  fact(HY, "park", "industrial_output_yoy_growth", 0.1225, "ratio", F0, ASF, kind="ratio"),
  fact(DX, "company", "output_t", 20800, "t", F2, ASF, kind="cumulative"),
  fact(DX, "company", "output_value", 2.4e8, "cny", F2, ASF, kind="cumulative", note="“2.4个亿”（无“元”字）"),
  fact(DX, "company", "annual_target_completion", 0.35, "ratio", F2, ASF, kind="ratio", opt=True),
  fact("尾气循环综合利用生产线", "project", "expected_coal_saving_t", 3e4, "t", F3, "建成后每年（预期）", kind="target", qual="约", qtext="约", opt=True, note="为周边企业节约原煤"),
  fact("尾气循环综合利用生产线", "project", "expected_annual_revenue", 1e7, "cny", F3, "建成后每年（预期）", kind="target", qual="约", qtext="约", opt=True, note="“约1000万”（无“元”字）"),
 ])

# ---------------------------------------------------------------- yx07 岳阳经开区 湖南海济 (岳阳广电 2023)
YY = "岳阳经开区"
HJ = "湖南海济总部和生产包装基地项目"
H0 = "今年来,已签约项目19个,总投资289.5亿元"
H1 = "湖南海济总部和生产包装基地项目是我市“2+10”工程中重点推进的重大产业项目之一,总投资20亿元,规划用地面积403亩,主要建设产品检测中心、物流中心、产品分装车间、科技孵化中心等"
H2 = "项目建成达产后,可实现年主营业务年收入15亿元以上,上缴税收7500万元以上,创造直接就业岗位2000多个,带动产业链就业岗位近万人"
H3 = "近年来,经开区聚焦“中国制造2025”和“互联网+”行动计划,突出招大引强,重点引进了光亚智谷、中富杭萧绿色装配式钢结构建筑产业园、恒美食品冷链产业园等多个领军、标杆和示范项目,为园区高质量发展提供了强力支撑"
ASH = "2023年1月至8月中旬"
ASH2 = "建成达产后（预期）"
G["yx07"] = dict(
 article=art("经开区:聚焦产业招大引强 园区经济走势强劲", "岳阳广电全媒体（记者 谭熙），载于 luowei168.com（发布者 郭光庆）", "2023-08-19", "day",
  "City broadcaster's text relayed by a local portal, Hunan: an economic development zone's investment drive — projects signed this year, one firm's headquarters and packaging base under construction (investment, land, expected revenue, tax and jobs), earlier landmark projects",
  "https://www.luowei168.com/t-29480.html",
  "日期取页面“2023-8-19 19:28| 发布者: 郭光庆”（转载时间；岳阳广电原发日不详）。标题照录；时间发布者行已删。正文六段，以整句结束（存段或非全文）。园区：岳阳经开区（岳阳，湖南；文中又作“经开区”“园区”；“千亿园区”为目标说法）。公司：湖南海济（文中作“湖南海济”“湖南海济生物”，在园）。项目：湖南海济总部和生产包装基地项目（又作“湖南海济总部和生产包装基地”“湖南海济生物生产包装基地项目”）——建设中、约两个月可投产：status 在建；总投资20亿元。光亚智谷、中富杭萧绿色装配式钢结构建筑产业园、恒美食品冷链产业园：“重点引进了…项目”，在园，无状态。事实：今年来签约项目19个、总投资289.5亿元（cumulative）；海济项目规划用地403亩（可选）、达产后年主营业务收入15亿元以上、税收7500万元以上（超）、直接就业2000多个（余）、带动就业近万人（可选）。",
  "yx07"),
 parks=[
  park(YY, "岳阳", "湖南", "经济技术开发区", "岳阳广电全媒体讯(记者/ 谭熙)岳阳经开区始终把招商引资作为高质量发展的生命线", note="文中又作“经开区”“园区”"),
 ],
 companies=[
  comp("湖南海济", YY, "走进建设中的湖南海济总部和生产包装基地,只见雕梁画栋的双牌坊门头古色古香", aliases=["湖南海济生物"], note="名称不全；文中只作“湖南海济”“湖南海济生物”"),
 ],
 projects=[
  proj(HJ, YY, H1, companies=["湖南海济"], inv="总投资20亿元", status="在建", status_text="建设中",
       aliases=["湖南海济总部和生产包装基地", "湖南海济生物生产包装基地项目"], note="现场负责人：大概两个月就可以投产"),
  proj("光亚智谷", YY, H3, note="“重点引进了”；无状态"),
  proj("中富杭萧绿色装配式钢结构建筑产业园", YY, H3, note="“重点引进了”；无状态"),
  proj("恒美食品冷链产业园", YY, H3, note="“重点引进了”；无状态"),
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_signed", 19, "count", H0, ASH, kind="cumulative"),
  fact(YY, "park", "signed_investment_cny", 2.895e10, "cny", H0, ASH, kind="cumulative", chk=True),
  fact(HJ, "project", "site_area_mu", 403, "mu", H1, "2023年8月（规划）", opt=True),
  fact(HJ, "project", "expected_annual_revenue_cny", 1.5e9, "cny", H2, ASH2, kind="target", qual="超", qtext="以上", chk=True),
  fact(HJ, "project", "expected_annual_tax_cny", 7.5e7, "cny", "上缴税收7500万元以上", ASH2, kind="target", qual="超", qtext="以上", chk=True),
  fact(HJ, "project", "expected_jobs", 2000, "count", H2, ASH2, kind="target", qual="余", qtext="多"),
  fact(HJ, "project", "expected_indirect_jobs", 10000, "count", H2, ASH2, kind="target", qual="约", qtext="近", opt=True),
 ])
