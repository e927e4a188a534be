# real154 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text places
# the project in, null if none (a city, county or district is not a park). Status from the text's words (集中签约 / 签约 →
# 签约; 集中开工 / 开工建设 → 开工; 正在紧张施工 → 在建; “也将…签约” → no status). Amounts a project obtained from a fund are
# facts of that project, not its investment. Sources are `search` (corpus pages) excerpts typed into _raw/pages/wuNN.raw as
# returned.

# ---------------------------------------------------------------- wu01 蔡家坡开发区签约引资七亿多 (新华网 2010)
CJP = "蔡家坡经济技术开发区"
B0 = "岐山县蔡家坡经济技术开发区会上集中签约项目4个,总投资额7.05亿元"
B1 = "预计本次西洽会,蔡家坡开发区签约项目19个,将实现合同引资31.5亿元"
B2a = "上海博胜伟杰机械有限公司投资5亿元的微型车零部件配套园建设项目"
B2b = "山东永华机械有限公司投资1.2亿元的汽车轮毂、变速箱壳体等机械加工项目"
B2c = "西北永新化工有限公司投资5000万元的汽车车架电泳涂装线生产线建设项目"
B2d = "宝鸡圣泰机电设备制造有限公司投资3500万元的新能源专用设备研发制造基地项目"
B3a = "湖北十堰众隆汽车有限公司投资10.1亿元的30万吨铸锻件生产项目"
B3b = "中国五矿集团钢铁有限公司五矿蔡家坡配送加工有限公司投资1亿元的蔡家坡钢铁加工配送中心建设项目"
B3c = "十堰正和车身有限公司投资1.6亿元的特种车车身生产项目也将在西洽会上签约"
B4 = "蔡家坡开发区抢抓30万辆微型车项目建设重大机遇"
G["wu01"] = dict(
 article=art("西洽会前一天 蔡家坡开发区签约引资七亿多", "新华网（新华网陕西频道，记者牟柏苍、实习生杨喜龙），载于 taiwan.cn（中国台湾网）", "2010-04-08", "day",
  "Wire item on a national portal, Shaanxi (宝鸡 岐山县): an economic and technological development zone's signings at a trade fair (西洽会) — four named projects signed with investors and amounts, three more to be signed, the zone's expected signings and contract investment",
  "http://taiwan.cn/zt/wj/shanxixing_1/gjhdl/gj/201004/t20100408_1311760.htm",
  "日期取页面“时间:2010-04-08 12:43 来源:新华网”。标题照录；时间来源行、图片说明（三处“杨喜龙摄”）、“编辑:王伟”与页脚已删；正文四段，完整。简体原文（taiwan.cn 简体频道，非 big5 网关）。园区：蔡家坡经济技术开发区（文中又作“蔡家坡开发区”；宝鸡市岐山县，陕西）。4月7日推介会上签约4个项目（签约，金额为各企业投资额）；“据了解”一段3个项目“也将在西洽会上签约”→无状态，园区据上下文为蔡家坡开发区。“30万辆微型车项目”只作背景，列为可选项目。“预计本次西洽会…19个…31.5亿元”为目标（target）。",
  "wu01"),
 parks=[
  park(CJP, "宝鸡", "陕西", "经济技术开发区", B0, district="岐山县", aliases=["蔡家坡开发区"], note="文中多作“蔡家坡开发区”"),
 ],
 companies=[
  comp("上海博胜伟杰机械有限公司", CJP, B2a),
  comp("山东永华机械有限公司", CJP, B2b),
  comp("西北永新化工有限公司", CJP, B2c),
  comp("宝鸡圣泰机电设备制造有限公司", CJP, B2d),
  comp("湖北十堰众隆汽车有限公司", CJP, B3a, note="也将在西洽会上签约；园区据上下文"),
  comp("五矿蔡家坡配送加工有限公司", CJP, B3b, note="中国五矿集团钢铁有限公司下属；园区据上下文"),
  comp("中国五矿集团钢铁有限公司", CJP, B3b, opt=True, note="母公司，只作前缀"),
  comp("十堰正和车身有限公司", CJP, B3c, note="也将在西洽会上签约；园区据上下文"),
 ],
 projects=[
  proj("微型车零部件配套园建设项目", CJP, B2a, companies=["上海博胜伟杰机械有限公司"], inv="5亿元", status="签约", status_text="当会签约"),
  proj("汽车轮毂、变速箱壳体等机械加工项目", CJP, B2b, companies=["山东永华机械有限公司"], inv="1.2亿元", status="签约", status_text="当会签约"),
  proj("汽车车架电泳涂装线生产线建设项目", CJP, B2c, companies=["西北永新化工有限公司"], inv="5000万元", status="签约", status_text="当会签约"),
  proj("新能源专用设备研发制造基地项目", CJP, B2d, companies=["宝鸡圣泰机电设备制造有限公司"], inv="3500万元", status="签约", status_text="当会签约"),
  proj("30万吨铸锻件生产项目", CJP, B3a, companies=["湖北十堰众隆汽车有限公司"], inv="10.1亿元", status_text="也将在西洽会上签约", note="将签约，无状态"),
  proj("蔡家坡钢铁加工配送中心建设项目", CJP, B3b, companies=["五矿蔡家坡配送加工有限公司"], inv="1亿元", status_text="也将在西洽会上签约", note="将签约，无状态"),
  proj("特种车车身生产项目", CJP, B3c, companies=["十堰正和车身有限公司"], inv="1.6亿元", status_text="也将在西洽会上签约", note="将签约，无状态"),
  proj("30万辆微型车项目", CJP, B4, opt=True, note="背景项目，无金额、无状态"),
 ],
 aggregate_facts=[
  fact(CJP, "park", "projects_signed", 4, "count", B0, "2010-04-07（西洽会推介会）"),
  fact(CJP, "park", "signed_investment_cny", 7.05e8, "cny", "总投资额7.05亿元", "2010-04-07（西洽会推介会）"),
  fact(CJP, "park", "projects_signed", 19, "count", B1, "第十四届西洽会（预计）", kind="target"),
  fact(CJP, "park", "contract_investment_cny", 3.15e9, "cny", "将实现合同引资31.5亿元", "第十四届西洽会（预计）", kind="target"),
 ],
)

# ---------------------------------------------------------------- wu02 杨凌示范区2016年再获3.48亿元项目 (杨凌示范区发改局 2016)
YL = "杨凌示范区"
C0 = "为促进杨凌示范区促投资稳增长工作"
C1 = "2016年,已申报两批专项建设基金项目,落实专项建设基金3.48亿元"
C2a = "杨凌示范区杨凌种子产业园项目获得0.8亿元"
C2b = "陕西省杨凌示范区杨陵区杨村中心社区棚改房项目获得1.48亿元"
C2c = "杨凌示范区杨凌现代农业开发建设有限公司干旱半干旱地区现代农业服务中心项目获得0.4亿元"
C2d = "陕西省杨凌工业园区建设投资有限公司杨凌示范区综合物流园项目获得0.8亿元"
C3 = "2015年,杨凌示范区已获得国家专项建设基金2.18亿元"
C4 = "共有杨凌示范区养老护理院、杨凌示范区杨陵区秦丰新型社区、杨凌示范区陕西华电杨凌热电工程配套热网等10个项目获得基金支持"
S16 = "2016年（截至2016-05）"
G["wu02"] = dict(
 article=art("杨凌示范区2016年再获3.48亿元项目", "杨凌示范区发改局（信息来源），载于 xian.baogaosu.com", "2016-05-16", "day",
  "Government development-and-reform bureau notice relayed by a local aggregator, Shaanxi: an agricultural high-tech demonstration zone's allocations from the national special construction fund — 2016 total, four named projects with amounts, 2015 total and project count",
  "http://xian.baogaosu.com/xinwen/%E6%9D%A8%E5%87%8C%E7%A4%BA%E8%8C%83%E5%8C%BA/46846982",
  "日期取页面“16.05.2016 20:43”。标题照录；正文一段（店面将三段连成一行，中间多个空格，照录不改），末尾“信息来源:杨凌示范区发改局”保留在行内。园区：杨凌示范区（全称不在文中；杨陵区，陕西）。四个项目各“获得”专项建设基金若干，记为项目事实（fund_obtained_cny），不作投资额，项目无状态。“专项建设基金”为国家基金，列为可选基金，规模不详。2015年三个具名项目列为可选。“陕西省杨凌工业园区建设投资有限公司”为企业名，其中“杨凌工业园区”不单列园区。",
  "wu02"),
 parks=[
  park(YL, None, "陕西", "农业高新技术产业示范区", C0, district="杨陵区", note="全称不在文中；市未写"),
 ],
 companies=[
  comp("杨凌现代农业开发建设有限公司", YL, C2c),
  comp("陕西省杨凌工业园区建设投资有限公司", YL, C2d),
  comp("陕西华电", YL, C4, opt=True, note="只在项目名中"),
 ],
 institutions=[inst("杨凌示范区发展和改革局", "杨凌示范区发展和改革局会同有关部门", park=YL)],
 projects=[
  proj("杨凌种子产业园项目", YL, C2a, aliases=["杨凌示范区杨凌种子产业园项目"], note="获得专项建设基金0.8亿元（非投资额）"),
  proj("杨村中心社区棚改房项目", YL, C2b, aliases=["陕西省杨凌示范区杨陵区杨村中心社区棚改房项目"], note="获得专项建设基金1.48亿元（非投资额）"),
  proj("干旱半干旱地区现代农业服务中心项目", YL, C2c, companies=["杨凌现代农业开发建设有限公司"], note="获得专项建设基金0.4亿元（非投资额）"),
  proj("杨凌示范区综合物流园项目", YL, C2d, companies=["陕西省杨凌工业园区建设投资有限公司"], aliases=["综合物流园项目"], note="获得专项建设基金0.8亿元（非投资额）"),
  proj("杨凌示范区养老护理院", YL, C4, opt=True, note="2015年获基金支持"),
  proj("杨凌示范区杨陵区秦丰新型社区", YL, C4, opt=True, note="2015年获基金支持"),
  proj("杨凌示范区陕西华电杨凌热电工程配套热网", YL, C4, opt=True, companies=["陕西华电"], note="2015年获基金支持"),
 ],
 funds=[fund("专项建设基金", None, C1, opt=True, aliases=["国家专项建设基金"], note="国家发行的专项建设基金；规模不详，3.48亿元为杨凌所获")],
 aggregate_facts=[
  fact(YL, "park", "special_fund_obtained_cny", 3.48e8, "cny", "落实专项建设基金3.48亿元", S16, kind="cumulative"),
  fact(YL, "park", "special_fund_batches_applied", 2, "count", "已申报两批专项建设基金项目", S16, kind="cumulative", opt=True),
  fact("杨凌种子产业园项目", "project", "special_fund_obtained_cny", 8e7, "cny", C2a, S16, kind="cumulative"),
  fact("杨村中心社区棚改房项目", "project", "special_fund_obtained_cny", 1.48e8, "cny", C2b, S16, kind="cumulative"),
  fact("干旱半干旱地区现代农业服务中心项目", "project", "special_fund_obtained_cny", 4e7, "cny", C2c, S16, kind="cumulative"),
  fact("杨凌示范区综合物流园项目", "project", "special_fund_obtained_cny", 8e7, "cny", C2d, S16, kind="cumulative"),
  fact(YL, "park", "special_fund_obtained_cny", 2.18e8, "cny", C3, "2015年"),
  fact(YL, "park", "projects_funded", 10, "count", C4, "2015年"),
 ],
)

# ---------------------------------------------------------------- wu03 秦都区四个大项目集中开工 (咸阳 2009)
FD = "沣东工业园区"
QD = "秦都区"
D0 = "秦都区当天开工的四个大项目总投资达15.3亿元,占地575亩,建成后预计年产值达42亿元,上缴税金2.2亿元"
D1 = "西电集团变压器系列产品项目,总投资10.6亿元"
D2 = "咸阳沣河集中供热(Ⅲ区)项目,总投资2.8亿元"
D3 = "西安汤姆森电气公司节能、智能配电设备项目,总投资7230万元"
D4 = "陕西力之泉载重汽车摩擦配件研发生产基地建设项目,总投资1.16亿元"
D5 = "四个项目建成后,将与沣东工业园区的西电秦都工业园一期、风电设备制造项目、同力重型矿用车项目、子午线轮胎等项目连为一体"
D6 = "推动沣渭新区的大开发大建设奠定坚实的基础"
PN = "园区据“将与沣东工业园区的…等项目连为一体”推断"
G["wu03"] = dict(
 article=art("（秦都区四个大项目集中开工）", "本地日报（记者王鹏飞；报名不详），载于 yybnet.net（西安新闻频道）", "2009-12", "month",
  "Local daily relayed by a regional news site, Shaanxi (咸阳 秦都区): a district's groundbreaking of four large projects with amounts, linked with the projects of an industrial park",
  "https://www.yybnet.net/xian/news/200912/4324847.html",
  "存储摘录无标题行、无日期行：月份取 URL“200912”，事件为12月23日；标题为编者所拟（不在文中）。正文三段，完整；段末报社版记“ (B)④”已删，其后“新闻推荐”及频道标语已删。园区：沣东工业园区（咸阳市秦都区，陕西）；“西电秦都工业园一期”是园内项目（另列可选园区）；“沣渭新区”为新区，列为可选园区。四个开工项目的园区据“将与沣东工业园区的…连为一体”定为沣东工业园区（推断）。秦都区为区县，不是园区：四个项目的合计数记在秦都区名下（subject_type district）。",
  "wu03", title_note="编者拟题"),
 parks=[
  park(FD, "咸阳", "陕西", "工业园区", D5, district=QD),
  park("西电秦都工业园", "咸阳", "陕西", "工业园", D5, district=QD, parent=FD, opt=True, note="文中作项目“西电秦都工业园一期”"),
  park("沣渭新区", "咸阳", "陕西", "新区", D6, opt=True, note="只作背景"),
 ],
 companies=[
  comp("西电集团", FD, D1, note="园区推断"),
  comp("西安汤姆森电气公司", FD, D3, note="园区推断"),
  comp("陕西力之泉", FD, D4, opt=True, note="只在项目名中"),
  comp("同力", FD, D5, opt=True, note="只在项目名“同力重型矿用车项目”中"),
 ],
 projects=[
  proj("西电集团变压器系列产品项目", FD, D1, companies=["西电集团"], inv="10.6亿元", status="开工", status_text="集中开工", note=PN),
  proj("咸阳沣河集中供热(Ⅲ区)项目", FD, D2, inv="2.8亿元", status="开工", status_text="集中开工", note=PN),
  proj("西安汤姆森电气公司节能、智能配电设备项目", FD, D3, companies=["西安汤姆森电气公司"], inv="7230万元", status="开工", status_text="集中开工", note=PN),
  proj("陕西力之泉载重汽车摩擦配件研发生产基地建设项目", FD, D4, companies=["陕西力之泉"], inv="1.16亿元", status="开工", status_text="集中开工", note=PN),
  proj("西电秦都工业园一期", FD, D5, phase="一期", note="园内已有项目，无状态"),
  proj("同力重型矿用车项目", FD, D5, companies=["同力"], note="园内已有项目，无状态"),
  proj("风电设备制造项目", FD, D5, opt=True, note="泛称"),
  proj("子午线轮胎", FD, D5, opt=True, note="泛称"),
 ],
 aggregate_facts=[
  fact(QD, "district", "projects_started", 4, "count", "四个大项目集中开工", "2009-12-23"),
  fact(QD, "district", "planned_investment_cny", 1.53e9, "cny", D0, "2009-12-23（当天开工的四个项目）"),
  fact(QD, "district", "land_area_mu", 575, "mu", "占地575亩", "2009-12-23（当天开工的四个项目）", opt=True),
  fact(QD, "district", "projected_output_value_cny", 4.2e9, "cny", "建成后预计年产值达42亿元", "建成后（预计）", kind="target"),
  fact(QD, "district", "projected_tax_cny", 2.2e8, "cny", "上缴税金2.2亿元", "建成后（预计）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- wu04 西安16个过亿元工业项目开工建设 (2008)
HT = "西安航天产业基地"
HK = "航空基地"
YB = "西安印刷包装产业基地"
E0 = "11月29日下午,西安航天产业基地1000兆瓦太阳能电池项目等16个过亿元工业项目集中开工建设,项目总投资80亿元"
E1 = "航天基地1000兆瓦太阳能电池项目一期工程投资12.1亿元"
E2 = "项目建成后,每年可以生产太阳能电池150兆瓦,太阳能电池组件50兆瓦,实现销售收入38.66亿元,实现利润2.9亿元"
def e(s): return s
ST = dict(status="开工", status_text="集中开工建设")
G["wu04"] = dict(
 article=art("西安总投资80亿元的16个过亿元工业项目开工建设", "changanren.com（长安人网；原出处未注）", "2008-11-29 or shortly after (inferred)", "inferred",
  "City news item on a local portal, Shaanxi (西安): sixteen industrial projects above 100 million yuan started together — a solar-cell project in the aerospace base with phase-1 amount and expected output, and a list of fifteen more projects with amounts, several in the aerospace and aviation bases",
  "http://changanren.com/Item/3164.aspx",
  "存储摘录无日期行。日期由文中“11月29日下午”与“工程建设起止年限2008年~2010年”推断为2008年11月29日或稍后（推断，精度 inferred）。标题照录；正文四段。**截断**：摘录在最后一段列举中断于“,总投资1.2亿元的西安”，该未完片段已删，正文止于“…复合航空材料产业化项目”（无句号）；故16个项目只列出15个。园区：西安航天产业基地（文中又作“航天基地”“西安航天基地”）、航空基地（仅作“航空基地”）、西安印刷包装产业基地（可选）。项目园区只取文中名称带出的基地；库柏、比亚迪、碑林动漫、特高压电抗器、航天测试中心、联通、西飞等项目文中未给园区→null。“1.5亿”无“元”字，investment_text 照录、investment_cny 空。“过百亿”（无“元”）不记为事实。出席领导名单不列机构。",
  "wu04"),
 parks=[
  park(HT, "西安", "陕西", "产业基地", E0, aliases=["航天基地", "西安航天基地"]),
  park(HK, "西安", "陕西", "产业基地", "总投资1.6亿元的航空基地无机高分子材料及其系列制品产业化项目", note="文中只作“航空基地”"),
  park(YB, "西安", "陕西", "产业基地", "总投资10.4亿元的西安印刷包装产业基地中小企业工业园项目", opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("比亚迪", None, "总投资10亿元的比亚迪汽车及电动车项目", opt=True, note="只在项目名中"),
  comp("库柏", None, "总投资1.3亿元的库柏熔断器生产基地项目", opt=True, note="只在项目名中"),
  comp("联通西安分公司", None, "总投资20亿元的联通西安分公司综合通信枢纽楼项目", opt=True),
  comp("西飞公司", None, "总投资1.5亿的西飞公司603号自动钻铆机厂房建设项目", opt=True),
  comp("中国电力投资集团西北公司", None, "中国电力投资集团西北公司总经理夏忠", opt=True, note="只见于出席名单"),
 ],
 projects=[
  proj("西安航天产业基地1000兆瓦太阳能电池项目", HT, E1, inv="12.1亿元", phase="一期", aliases=["航天基地1000兆瓦太阳能电池项目"], note="12.1亿元为一期工程投资", **ST),
  proj("库柏熔断器生产基地项目", None, "总投资1.3亿元的库柏熔断器生产基地项目", companies=["库柏"], inv="1.3亿元", **ST),
  proj("比亚迪汽车及电动车项目", None, "总投资10亿元的比亚迪汽车及电动车项目", companies=["比亚迪"], inv="10亿元", **ST),
  proj("西安印刷包装产业基地中小企业工业园项目", YB, "总投资10.4亿元的西安印刷包装产业基地中小企业工业园项目", inv="10.4亿元", **ST),
  proj("碑林动漫产业平台建设项目", None, "总投资3亿元的碑林动漫产业平台建设项目", inv="3亿元", **ST),
  proj("西安航天基地创业服务中心项目", HT, "总投资1.65亿元的西安航天基地创业服务中心项目", inv="1.65亿元", **ST),
  proj("西安航天基地热能工程装备产业化项目", HT, "总投资3.2亿元的西安航天基地热能工程装备产业化项目", inv="3.2亿元", **ST),
  proj("特高压电网建设用电抗器、放电线圈及特种变压器项目", None, "总投资1.18亿元的特高压电网建设用电抗器、放电线圈及特种变压器项目", inv="1.18亿元", **ST),
  proj("航天测试中心项目", None, "总投资6.5亿元的航天测试中心项目", inv="6.5亿元", note="文中未给园区", **ST),
  proj("联通西安分公司综合通信枢纽楼项目", None, "总投资20亿元的联通西安分公司综合通信枢纽楼项目", companies=["联通西安分公司"], inv="20亿元", **ST),
  proj("西飞公司603号自动钻铆机厂房建设项目", None, "总投资1.5亿的西飞公司603号自动钻铆机厂房建设项目", companies=["西飞公司"], inv="1.5亿", unparsed=True, note="原文“1.5亿”无“元”，investment_cny 空（如 real25 q04）", **ST),
  proj("航空基地无机高分子材料及其系列制品产业化项目", HK, "总投资1.6亿元的航空基地无机高分子材料及其系列制品产业化项目", inv="1.6亿元", aliases=["无机高分子材料及其系列制品产业化项目"], **ST),
  proj("航空基地4万吨大型航空模锻液压机及大型模锻件生产线建设项目", HK, "总投资3.9亿元的航空基地4万吨大型航空模锻液压机及大型模锻件生产线建设项目", inv="3.9亿元", aliases=["4万吨大型航空模锻液压机及大型模锻件生产线建设项目"], **ST),
  proj("航空基地轻质高强度镁锂合金及镁锂基复合航空材料产业化项目", HK, "总投资1.3亿元的航空基地轻质高强度镁锂合金及镁锂基复合航空材料产业化项目", inv="1.3亿元", aliases=["轻质高强度镁锂合金及镁锂基复合航空材料产业化项目"], **ST),
 ],
 aggregate_facts=[
  fact("西安", "city", "projects_started", 16, "count", E0, "2008-11-29（推断）"),
  fact("西安", "city", "planned_investment_cny", 8e9, "cny", "项目总投资80亿元", "2008-11-29（推断）"),
  fact("西安", "city", "projected_profit_tax_cny", 1.5e9, "cny", "新增利税15亿元", "建成后（预计）", kind="target"),
  fact("西安", "city", "projected_jobs", 30000, "count", "新增就业岗位3万个", "建成后（预计）", kind="target", opt=True),
  fact("西安航天产业基地1000兆瓦太阳能电池项目", "project", "projected_revenue_cny", 3.866e9, "cny", "实现销售收入38.66亿元", "建成后（预计）", kind="target"),
  fact("西安航天产业基地1000兆瓦太阳能电池项目", "project", "projected_profit_cny", 2.9e8, "cny", "实现利润2.9亿元", "建成后（预计）", kind="target"),
  fact("西安航天产业基地1000兆瓦太阳能电池项目", "project", "solar_cell_capacity_mw", 150, "MW", E2, "建成后（每年）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- wu05 大同:五大园区打造经济强市硬实力 (山西经济日报 2010)
LQ = "龙泉工业园区"
F0 = "今年5月,中亚合资年产3万吨氯丁橡胶项目试生产。图为龙泉工业园区氯丁橡胶项目全景。"
F1 = "“建设经济强市,必须把高标准园区建设摆在战略首位,重点抓好五大园区建设。”"
G["wu05"] = dict(
 article=art("大同:五大园区打造经济强市硬实力", "山西经济日报（记者杨晓明），山西新闻网转载，载于 sxdt.com.cn", "2010-04-12", "day",
  "Provincial economic daily feature (opening only), Shanxi (大同): editor's note and lead on the city's plan to build five industrial parks, with a photo caption naming a chloroprene-rubber project in an industrial park",
  "https://sxdt.com.cn/show-9-9226-1.html",
  "日期取页面“2010-04-12 21:31:12 来源:山西新闻网-山西经济日报”。标题照录，题后“(图)”已删；图片标签与末尾的“——”已删。**截断**：存储摘录只到导语段，之后的分项正文（五大园区各段）不在存储中。首段为图片说明，照录为一段。园区：龙泉工业园区（只在图片说明中；大同，山西）；“五大园区”未具名。项目：中亚合资年产3万吨氯丁橡胶项目（园区龙泉工业园区；“今年5月…试生产”而文章刊于4月，状态不定→null）。",
  "wu05"),
 parks=[
  park(LQ, "大同", "山西", "工业园区", F0, note="只在图片说明中"),
 ],
 projects=[
  proj("中亚合资年产3万吨氯丁橡胶项目", LQ, F0, aliases=["龙泉工业园区氯丁橡胶项目", "氯丁橡胶项目"], status_text="今年5月…试生产", note="文章刊于4月，“今年5月”试生产：状态不定"),
 ],
 aggregate_facts=[
  fact("大同", "city", "parks_planned", 5, "count", F1, "2010年", kind="target", opt=True, note="“五大园区”，未具名"),
 ],
)

# ---------------------------------------------------------------- wu06 项目建设开启奔跑模式 (宝鸡日报 2020)
BJ = "宝鸡高新区"
QH = "千河工业园"
H0 = "今年1-4月,宝鸡高新区完成固定资产投资40.36亿元,同比增长11.9%,实现招商引资到位资金97亿元,完成全年任务的32%"
H1 = "全区年内计划实施86个重点项目"
H2 = "仅32个市级重点项目就完成投资42.6亿元,完成了全年投资目标的41.8%"
H3 = "据介绍,石墨烯及石墨烯防腐涂料项目由陕西燕园众欣石墨烯科技有限公司投资建设,总投资1.35亿元"
H4 = "在高新区千河工业园,记者看到园内的石墨烯及石墨烯防腐涂料项目正在紧张施工中"
A20 = "2020年1-4月"
G["wu06"] = dict(
 article=art("项目建设开启奔跑模式 ——宝鸡高新区前四个月重点项目建设扫描", "宝鸡日报（本报记者李一珂），07版，bjrb.joyhua.cn", "2020-06-11", "day",
  "City daily feature (opening only), Shaanxi (宝鸡): a national high-tech zone's project construction in January–April 2020 — investment, funds attracted, key projects, and one named project by a named firm in a sub-park",
  "https://bjrb.joyhua.cn/bjrb/20200611/html/content_20200611007004.htm",
  "日期取 URL 与版面（20200611，07版）。标题为正题加副题（以一个空格相连）；版面导航、图片说明（“工人加快施工”“企业生产现场”）与署名“本报记者李一珂”已删；小标题“建厂房装设备工业项目进展迅速”保留为一段。**截断**：摘录在“…的86个重点项目”处中断，该未完句已删，正文止于“重点项目建设是扩投资、稳增长的主要抓手。”。**年份在本集 2008–2016 角度之外**（见 SOURCES.md）。园区：宝鸡高新区（宝鸡，陕西）；千河工业园（文作“高新区千河工业园”，上级园区宝鸡高新区）。项目：石墨烯及石墨烯防腐涂料项目（千河工业园，1.35亿元，“正在紧张施工中”→在建）。",
  "wu06"),
 parks=[
  park(BJ, "宝鸡", "陕西", "高新区", H0),
  park(QH, "宝鸡", "陕西", "工业园", H4, parent=BJ, aliases=["高新区千河工业园"]),
 ],
 companies=[
  comp("陕西燕园众欣石墨烯科技有限公司", QH, H3),
 ],
 projects=[
  proj("石墨烯及石墨烯防腐涂料项目", QH, H3, companies=["陕西燕园众欣石墨烯科技有限公司"], inv="1.35亿元", status="在建", status_text="正在紧张施工中", note="9栋厂房、办公楼已建成封顶"),
 ],
 aggregate_facts=[
  fact(BJ, "park", "fixed_asset_investment_cny", 4.036e9, "cny", H0, A20),
  fact(BJ, "park", "fixed_asset_investment_growth", 0.119, "ratio", "同比增长11.9%", A20, kind="ratio"),
  fact(BJ, "park", "investment_attracted_cny", 9.7e9, "cny", "实现招商引资到位资金97亿元", A20),
  fact(BJ, "park", "investment_attracted_share_of_target", 0.32, "ratio", "完成全年任务的32%", A20, kind="ratio", opt=True),
  fact(BJ, "park", "key_projects_planned", 86, "count", H1, "2020年（计划）", kind="target"),
  fact(BJ, "park", "city_key_projects_investment_cny", 4.26e9, "cny", H2, A20, note="32个市级重点项目完成投资"),
  fact(BJ, "park", "city_key_projects_investment_share_of_target", 0.418, "ratio", "完成了全年投资目标的41.8%", A20, kind="ratio", opt=True),
 ],
)
