# real354 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/接近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county / district / city is not a park).
# Status from the text's words (开工 / 集中开工 / 正式开工 → 开工; 签约 / 集中签约 → 签约; no stage word → null). “预计” figures
# are kind target; year-to-date counts and values (“今年以来”, “截至目前”, “累计”, “已有”) are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ooNN.raw as returned. Register of the set: local TV / radio / 融媒体 items.

# ---------------------------------------------------------------- oo01 常州钟楼区重大产业项目集中开工 (江苏城市频道 2021)
ZL = "钟楼经济开发区"
SZG = "大运河(常州)数字港"
A0 = "大运河(常州)数字港位于钟楼经济开发区,总面积8.2平方公里"
A1 = "江苏裕兴薄膜科技股份有限公司“年产5亿平米高端功能性聚酯薄膜生产线建设”项目正式开工并举行奠基仪式。该项目投资5亿元"
A2 = "该项目投资5亿元、建设周期预计为24个月,项目达产后,预计年销售收入约10.65亿元"
A3 = "钟楼区此次集中开工的项目共15个,总投资42.3亿元"
A4 = "此外,钟楼区还有京东智造服务产业园项目等79个在库重点项目"
A5 = "我们15个项目涉及到供地的,亩均投资达720万元,亩均预计产出达890万元"
AS1 = "2021年2月23日（集中开工）"
YX = "江苏裕兴薄膜科技股份有限公司"
PYX = "年产5亿平米高端功能性聚酯薄膜生产线建设项目"
G["oo01"] = dict(
 article=art("亩均投资720万元 常州钟楼区重大产业项目集中开工", "江苏城市频道（胡艳；江苏广电），载于我苏网 news.jstv.com（页面推广荔枝新闻客户端）", "2021-02-24", "day",
  "Provincial TV channel's news item on the broadcaster's web site, Jiangsu: a district's groundbreaking of 15 industrial projects with a digital-industry zone launched inside an economic development zone, one named project with amount and expected sales (sound bite from its general manager), the district's pipeline and per-mu figures (sound bite from an official)",
  "http://news.jstv.com/a/20210224/1614309532625.shtml",
  "日期取页面“2021年02月24日 16:13:54 | 来源:我苏网”，文中“23日上午”为开工仪式日（2021-02-23）。标题照录；“字号变大| 字号变小”与页尾“下载荔枝新闻APP客户端…”“layer”“快乐分享”已删；文末“(来源:江苏城市频道/胡艳)”为电视台署名，保留。正文五段，完整。园区：钟楼经济开发区（常州市钟楼区，江苏）；大运河(常州)数字港——“位于钟楼经济开发区,总面积8.2平方公里”的数字产业功能区，列为可选园区（母园区钟楼经济开发区）。项目：江苏裕兴薄膜科技股份有限公司“年产5亿平米高端功能性聚酯薄膜生产线建设”项目，正式开工→开工，投资5亿元；文中未说项目位于哪个园区（开工仪式是钟楼区的，与数字港发布同场），park 记 null。京东智造服务产业园项目为钟楼区“在库重点项目”之一，无阶段词，status null，park null。钟楼区是区，不是园区：15个项目、42.3亿元、79个在库项目、亩均投资720万元 / 亩均产出890万元 记为 region 事实。“钟楼区发改局”列可选机构。",
  "oo01"),
 parks=[
  park(ZL, "常州", "江苏", "经济开发区", A0, district="钟楼区"),
  park(SZG, "常州", "江苏", "数字产业功能区", A0, district="钟楼区", parent=ZL, opt=True,
       note="数字产业集聚区（“一核三区四中心”），位于钟楼经济开发区；是否算园区有歧义，列可选"),
 ],
 companies=[
  comp(YX, None, A1, note="项目业主；文中未说位于哪个园区"),
 ],
 institutions=[
  inst("常州市钟楼区发改局", "常州市钟楼区发改局局长侯恺告诉记者", note="区发展和改革局"),
 ],
 projects=[
  proj(PYX, None, A1, companies=[YX], inv="投资5亿元", status="开工", status_text="正式开工",
       aliases=["年产5亿平米高端功能性聚酯薄膜生产线建设"], note="省级重大项目；建设周期预计24个月；园区文中未说"),
  proj("京东智造服务产业园项目", None, A4, note="钟楼区在库重点项目，无阶段词；园区文中未说"),
 ],
 aggregate_facts=[
  fact("钟楼区", "region", "projects_started", 15, "count", A3, AS1),
  fact("钟楼区", "region", "projects_started_investment_cny", 4.23e9, "cny", A3, AS1, chk=True),
  fact("钟楼区", "region", "pipeline_key_projects", 79, "count", A4, "2021年2月", note="在库重点项目"),
  fact("钟楼区", "region", "investment_per_mu_cny", 7.2e6, "cny", "亩均投资达720万元,亩均预计产出达890万元", AS1, opt=True, chk=True,
       note="15个项目中涉及供地者"),
  fact("钟楼区", "region", "expected_output_per_mu_cny", 8.9e6, "cny", "亩均预计产出达890万元", AS1, kind="target", opt=True, chk=True),
  fact(PYX, "project", "expected_annual_sales_cny", 1.065e9, "cny", "预计年销售收入约10.65亿元", "达产后（预计）", kind="target",
       qual="约", qtext="约", chk=True),
  fact(PYX, "project", "construction_period_months", 24, "month", A2, "2021年2月（预计）", kind="target", opt=True),
  fact(SZG, "park", "area_km2", 8.2, "km2", A0, "2021年2月", opt=True),
 ])

# ---------------------------------------------------------------- oo02 吕梁经开区 开工正忙 (吕梁台 c. 2023)
LL = "吕梁经济技术开发区"
JXB = "山西晋西北建筑产业园"
B0 = "新春刚过,开工正忙。在吕梁经济技术开发区,各个企业生产车间里逐渐热闹起来"
B1 = "山西晋西北建筑产业园是我省首批装配式建筑产业基地,项目一期投资6.7亿元"
B2 = "今年以来,我们已经签下了1.4亿元的订单合同"
B3 = "去年,企业上马了全省第一条木梁和轻钢构件智能化生产线,可实现年产木构件5万立方,轻钢构件1万吨"
B4 = "今年以来,企业一直处于满负荷生产状态,每天平均有450平米的成品从这里产出"
G["oo02"] = dict(
 article=art("（无标题）吕梁经开区企业开工正忙 山西晋西北建筑产业园满负荷生产", "吕梁台（吕梁广播电视台；记者陈然），载于 fensifuwu.com（转载站；存段无署名行、无日期）", "2023-02 (inferred; not stated)", "unknown",
  "City TV station's news script (【现场出像】 stand-up, 【同期】 sound bites), Shanxi: an economic and technological development zone after the Spring Festival — a construction-industry park's phase 1 investment, new production line and capacity, orders signed this year, the zone's push to restart production",
  "https://fensifuwu.com/emotion/me/bc1306351bb22ea83d08c417879ce858.html",
  "存段无标题、无日期行（title 为编者概括）。日期文中未给：“新春刚过”“首季‘开门红’”“复工复产政策措施”，且提到太忻一体化经济区（2022年设立），推定为2023年2月前后，不确定。存段末句“目前,吕梁经开区59家四上企业、17家规上工业企业”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…加快达产达效。”，共六段；【现场出像】【同期】为电视稿标记，照录。园区：吕梁经济技术开发区（文中又作“吕梁经开区”；吕梁市，山西）；山西晋西北建筑产业园（文中又作“山西晋西北建筑产业园区”）——装配式建筑产业基地，由企业建设运营，列为园区，母园区吕梁经济技术开发区（由首段语境推定）。项目：山西晋西北建筑产业园 一期投资6.7亿元（phase 一期）；在产（满负荷生产），文中无阶段词，status null。木梁和轻钢构件智能化生产线“去年上马”，列可选项目。事实：今年以来订单1.4亿元（cumulative，主体记产业园）；年产能、日产量列可选。运营企业名称文中未出现，不列公司。",
  "oo02"),
 parks=[
  park(LL, "吕梁", "山西", "经济技术开发区", B0, aliases=["吕梁经开区"], note="文中又作“开发区”"),
  park(JXB, "吕梁", "山西", "产业园", B1, parent=LL, aliases=["山西晋西北建筑产业园区"],
       note="装配式建筑产业基地，企业建设运营；母园区由语境推定"),
 ],
 projects=[
  proj(JXB, LL, B1, inv="项目一期投资6.7亿元", phase="一期", note="在产（“满负荷生产”），文中无阶段词；园区由语境推定"),
  proj("木梁和轻钢构件智能化生产线", LL, B3, opt=True, note="“去年,企业上马了”；全省第一条；现已在产"),
 ],
 aggregate_facts=[
  fact(JXB, "park", "orders_signed_cny", 1.4e8, "cny", B2, "今年以来（c. 2023年初）", kind="cumulative", chk=True,
       note="运营管理部部长同期声"),
  fact(JXB, "park", "annual_capacity_timber_components_m3", 5e4, "m3", B3, "去年投产的生产线", opt=True),
  fact(JXB, "park", "annual_capacity_light_steel_components_t", 1e4, "t", B3, "去年投产的生产线", opt=True),
  fact(JXB, "park", "daily_output_m2", 450, "m2", B4, "今年以来", opt=True, note="胶合木梁生产线，日均"),
 ])

# ---------------------------------------------------------------- oo03 加快项目建设 (齐鲁网·闪电新闻 04-16, c. 2022)
JX = "莒县高端塑料园区"
XK = "旭科新材料"
DH = "东营大海科林光电有限公司"
C0 = "在日照市莒县高端塑料园区的旭科新材料丁二酸加氢装置区域,技术人员正在进行进料泵试机前检查工作"
C1 = "旭科新材料是省级重点项目,总投资超200亿元"
C2 = "为项目开车做最后的准备。预计4月中旬投入生产,投产后可实现年产可降解新材料3.5万吨"
C3 = "在当地政府大力支持下,企业仅用15个月就完成了一期建设"
C4 = "今年前两个月,东营市货物贸易进出口410.2亿元,比去年同期增长20.6%。其中,出口124.4亿元,增长33.6%"
C5 = "在东营大海科林光电有限公司的生产车间里5条全自动智能生产线正在24小时作业"
ASC = "今年1–2月（c. 2022）"
G["oo03"] = dict(
 article=art("强信心 稳经济 促发展丨加快项目建设 推动经济高质量发展", "齐鲁网·闪电新闻（山东广播电视台），载于 fensifuwu.com（“来源:闪电新闻”，日期栏空）", "04-16 (year not stated; 2022 inferred)", "unknown",
  "Provincial TV broadcaster's news item (with transcribed sound bites), Shandong: firms and projects across the province — an exporter's orders, a city's foreign trade in January–February, a chemical project in a county plastics park finishing phase 1 and about to start production, with its total investment",
  "https://www.fensifuwu.com/economics/2362019ea2cf763d18de8984b880c03e.html",
  "日期只有“齐鲁网·闪电新闻4月16日讯”，年份未给（转载站日期栏为空）；“强信心 稳经济 促发展”为2022年前后的栏目口号，旭科新材料“仅用15个月就完成了一期建设”，推定2022年，不确定（两次检索未找到原页日期）。标题照录；转载站的“服务粉丝”“当前位置”与“日期: 来源:”行已删。存段末段“作为江北最大的吹塑基地,今年1-3月份,莒县高端塑料园区规上企业实现产值4.”在数字中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…全力当好‘店小二’。””，共四段。园区：莒县高端塑料园区（日照市莒县，山东；刘官庄镇）。公司：东营大海科林光电有限公司（东营，文中无园区→park null）；旭科新材料（在莒县高端塑料园区）。项目：旭科新材料（以企业名称作项目名），省级重点项目，总投资超200亿元→超；一期建设已完成、正在试机准备开车、预计4月中旬投产：status 竣工（status_text“完成了一期建设”，status_alt 在建）。事实：东营市1–2月货物贸易进出口410.2亿元 / +20.6%、出口124.4亿元 / +33.6%（region，cumulative / ratio）；大海科林出口量“接近200兆瓦”（约，可选）；旭科一期年产能3.5万吨（target，可选）。“莒县刘官庄镇党委”不列机构。",
  "oo03"),
 parks=[
  park(JX, "日照", "山东", "园区", C0, district="莒县", note="刘官庄镇；文中称吹塑基地"),
 ],
 companies=[
  comp(DH, None, C5, aliases=["大海科林"], note="东营；文中无园区"),
  comp(XK, JX, C0, note="省级重点项目业主"),
 ],
 projects=[
  proj(XK, JX, C1 + "。项目的落地,填补了莒县高端塑料园区无塑料原材料生产的空白", companies=[XK], inv="总投资超200亿元", qual="超", qual_text="超",
       status="竣工", status_text="完成了一期建设", status_alt="在建", phase="一期",
       note="以企业名称作项目名；一期建设完成，正为开车做准备，预计4月中旬投产；总投资为全项目"),
 ],
 aggregate_facts=[
  fact("东营市", "region", "foreign_trade_cny", 4.102e10, "cny", C4, ASC, kind="cumulative", chk=True),
  fact("东营市", "region", "foreign_trade_yoy_growth", 0.206, "ratio", C4, ASC, kind="ratio"),
  fact("东营市", "region", "exports_cny", 1.244e10, "cny", "其中,出口124.4亿元,增长33.6%", ASC, kind="cumulative", chk=True),
  fact("东营市", "region", "exports_yoy_growth", 0.336, "ratio", "其中,出口124.4亿元,增长33.6%", ASC, kind="ratio"),
  fact(DH, "company", "exports_mw", 200, "MW", "今年截止到现在,出口的量接近200兆瓦", "今年以来（至4月中）", kind="cumulative",
       qual="约", qtext="接近", opt=True),
  fact(XK, "project", "annual_capacity_t", 3.5e4, "t", C2, "投产后（预计）", kind="target", opt=True, note="可降解新材料"),
 ])

# ---------------------------------------------------------------- oo04 省工信厅到海丰调研产业园区 (海丰广播电视, date unknown)
ST = "生态科技城"
D0 = "省工信厅巡视员何荣一行到我县生态科技城调研,实地察看威翔航空、星际动漫、众恒机械手等园区产业项目"
D1 = "生态科技城已有36个项目进驻,实现供地1个多平方公里,初步投资总额为186亿元"
D2 = "星际动漫、冠龙生物科技、众恒科技等10多个先进制造业和战略性新兴产业,已投产运营或试产之中"
G["oo04"] = dict(
 article=art("（无标题）省工信厅巡视员何荣到海丰县调研产业园区项目建设", "海丰广播电视（海丰县广播电视台），载于 hfren.cc 论坛帖（“本文来源:海丰广播电视”）", "unknown (after 2018, inferred)", "unknown",
  "County TV station's news item relayed on a local forum, Guangdong: a provincial inspection of a county's eco-tech city park — named project firms, projects settled, land supplied, initial total investment, firms in production or trial production",
  "http://hfren.cc/thread-2346-1-1.html",
  "存段无标题、无日期（title 为编者概括；文中“昨天”）。“省工信厅”（广东省工业和信息化厅，2018年末组建）推定为2019年以后，年份不确定。末行“本文来源:海丰广播电视 |”已删。正文四段，完整。地点：海丰县（汕尾市，广东；文中“我县”，由来源“海丰广播电视”及“副市长林军”定）。园区：生态科技城（文中只作“生态科技城”，不补全称；“一城三园”之“一城”）。公司：威翔航空、星际动漫、冠龙生物科技、众恒科技（均在生态科技城）；众恒机械手为项目名（察看的“园区产业项目”），企业名作众恒科技。项目：威翔航空、星际动漫、众恒机械手（“园区产业项目”，以企业名作项目名；无阶段词，status null）。事实：生态科技城项目进驻36个（cumulative）、供地“1个多平方公里”（余，可选）、初步投资总额186亿元（cumulative）、已投产或试产企业“10多个”（余，可选）。“省工信厅”列可选机构。",
  "oo04"),
 parks=[
  park(ST, "汕尾", "广东", "科技城", D0, district="海丰县", note="“一城三园”之一城；文中又作“园区”"),
 ],
 companies=[
  comp("威翔航空", ST, D0),
  comp("星际动漫", ST, D0),
  comp("冠龙生物科技", ST, D2),
  comp("众恒科技", ST, D2, note="项目名作“众恒机械手”"),
 ],
 institutions=[
  inst("省工信厅", "昨天,省工信厅巡视员何荣率队到我县调研产业园区项目建设工作", note="广东省工业和信息化厅"),
 ],
 projects=[
  proj("威翔航空", ST, D0, companies=["威翔航空"], note="园区产业项目，以企业名作项目名；无阶段词"),
  proj("星际动漫", ST, D0, companies=["星际动漫"], note="同上；下文列入“已投产运营或试产之中”"),
  proj("众恒机械手", ST, D0, companies=["众恒科技"], note="同上"),
 ],
 aggregate_facts=[
  fact(ST, "park", "projects_settled", 36, "count", D1, "调研时（c. 2019）", kind="cumulative"),
  fact(ST, "park", "land_supplied_km2", 1, "km2", D1, "调研时（c. 2019）", kind="cumulative", qual="余", qtext="多", opt=True),
  fact(ST, "park", "total_investment_cny", 1.86e10, "cny", "初步投资总额为186亿元", "调研时（c. 2019）", kind="cumulative", chk=True),
  fact(ST, "park", "firms_in_production_or_trial", 10, "count", D2, "调研时（c. 2019）", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- oo05 洛江参加全市重大项目集中开工 (洛江新闻网 2022)
LJ = "洛江区智能装备产业园"
PLJ = "洛江区智能装备产业园(二期)"
E0 = "5月17日,全市举行2022年重大项目视频连线集中开工活动,洛江区智能装备产业园(二期)作为项目代表参加开工活动"
E1 = "据了解,洛江区智能装备产业园(二期),项目总投资25亿元"
E2 = "满产后新增产值预计达40亿元以上"
E3 = "各县(市、区)、泉州开发区、泉州台商投资区,国网泉州供电公司逐一报告本地或本部门重大项目集中开工情况"
E4 = "共策划重点项目174个,总投资853亿元,同比增长20.3%"
E5 = "累计集中开工项目32个、总投资156.8亿元,其中,超10亿元的项目有三一筑工建筑产业园、智创科技城等"
E6 = "已完成投资18.9亿元,占年度计划41.9%"
AS5 = "2022年（截至5月17日）"
G["oo05"] = dict(
 article=art("洛江参加全市2022年重大项目视频连线集中开工活动", "洛江新闻网（泉州市洛江区区级新闻网站），载于东南网泉州频道镜像 hyyz888.com（责任编辑 薛逸群）", "2022-05-18", "day",
  "District news site item relayed by a provincial portal's city channel, Fujian: a district's part in the city's video-linked groundbreaking — a smart-equipment park's phase 2 with amount and expected output, other zones reporting, the district's key-project plan, projects started this year and investment completed",
  "https://hyyz888.com/qz/2022-05/18/content_31037409.htm",
  "日期取页面“2022-05-18 12:01:12 … 来源:洛江新闻网”；开工活动为5月17日。标题照录；面包屑与来源行已删；段间三行图片文件名“微信图片_2022051809092x.jpg”已删（make_txt.py inner_drop）。存段末句“现列入二季度全市集中开工重大项目12”在句中中断，已删（LINE_SUFFIX），正文截至“…占年度计划41.9%。”，共六段。园区：洛江区智能装备产业园（泉州市洛江区，福建）；泉州开发区、泉州台商投资区（作为报告单位出现，照录）。洛江区是区，不是园区。项目：洛江区智能装备产业园(二期)——集中开工→开工，总投资25亿元，park 记洛江区智能装备产业园（二期为该产业园的扩建，由名称推定）；三一筑工建筑产业园、智创科技城——洛江区今年集中开工的32个项目中“超10亿元的项目”→开工，金额只有“超10亿元”区间，不作投资额，park null。国网泉州供电公司列可选公司；市科技局、市林业局不列。事实：洛江区重点项目174个、总投资853亿元（+20.3%）；累计集中开工32个、156.8亿元；已完成投资18.9亿元、占年度计划41.9%（region）；二期满产后新增产值“40亿元以上”（target，超）。",
  "oo05"),
 parks=[
  park(LJ, "泉州", "福建", "产业园", E0, district="洛江区", note="只在“洛江区智能装备产业园(二期)”中"),
  park("泉州开发区", "泉州", "福建", "开发区", E3, note="作为报告开工情况的单位出现"),
  park("泉州台商投资区", "泉州", "福建", "台商投资区", E3, note="同上"),
 ],
 companies=[
  comp("国网泉州供电公司", None, E3, opt=True, note="报告开工情况的单位"),
 ],
 projects=[
  proj(PLJ, LJ, E1, inv="项目总投资25亿元", phase="二期", status="开工", status_text="集中开工",
       note="市重大项目视频连线集中开工的洛江代表项目；年底前可部分建成投产"),
  proj("三一筑工建筑产业园", None, E5, status="开工", status_text="集中开工", note="今年集中开工的超10亿元项目（区间，不作投资额）"),
  proj("智创科技城", None, E5, status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact("洛江区", "region", "key_projects_planned", 174, "count", E4, "2022年"),
  fact("洛江区", "region", "key_projects_total_investment_cny", 8.53e10, "cny", E4, "2022年", chk=True),
  fact("洛江区", "region", "key_projects_total_investment_yoy_growth", 0.203, "ratio", E4, "2022年", kind="ratio", opt=True),
  fact("洛江区", "region", "projects_started", 32, "count", E5, AS5, kind="cumulative", note="3场集中开工活动累计"),
  fact("洛江区", "region", "projects_started_investment_cny", 1.568e10, "cny", "总投资156.8亿元", AS5, kind="cumulative", chk=True),
  fact("洛江区", "region", "investment_completed_cny", 1.89e9, "cny", E6, AS5, kind="cumulative", chk=True),
  fact("洛江区", "region", "investment_completed_share_of_annual_plan", 0.419, "ratio", E6, AS5, kind="ratio", opt=True),
  fact(PLJ, "project", "expected_new_annual_output_cny", 4e9, "cny", E2, "满产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- oo06 大冶湖高新区四季度集中签约 (云上大冶 2023)
DY = "大冶湖高新区"
F0 = "我市2023年12月份暨大冶湖高新区四季度招商引资项目集中签约仪式举行,现场签约项目23个,总投资72亿元"
F1 = "轰天炮智能终端智造项目、蓝图车载工控显示模组及新型高清智慧显示终端项目等12个项目分两个批次上台集中签约"
F2 = "项目落地建成后,可进一步壮大高新区产业项目集群、提升产业聚集度"
AS6 = "2023年12月27日（集中签约）"
G["oo06"] = dict(
 article=art("我市2023年12月份暨大冶湖高新区四季度招商引资项目集中签约仪式举行", "云上大冶（大冶市融媒体中心客户端，长江云平台；记者 黄婕）", "2023-12-27", "day",
  "County-level city media centre's app, Hubei: a joint signing of the city's December and the high-tech zone's fourth-quarter investment projects — count and total, two named projects signed, their sectors",
  "http://m-dayeyun.cjyun.org/p/143343.html",
  "日期取页面“12-27 15:14”与标题中的“2023年12月份”及文中“12月27日”。标题照录；“©原创”时间行与文末责编、编审、监审、投稿邮箱、“相关阅读”已删。正文五段，完整。“我市”为大冶市（黄石市代管，湖北）。园区：大冶湖高新区（文中又作“高新区”）。项目：轰天炮智能终端智造项目、蓝图车载工控显示模组及新型高清智慧显示终端项目——上台集中签约→签约；园区文中未逐项明说，由“暨大冶湖高新区四季度”与“可进一步壮大高新区产业项目集群”推定为大冶湖高新区（note 注明）。事实：现场签约项目23个、总投资72亿元为大冶市与大冶湖高新区合办签约的合计，subject 记大冶市（region）；上台签约12个列可选。",
  "oo06"),
 parks=[
  park(DY, "黄石", "湖北", "高新区", F0, district="大冶市", note="文中又作“高新区”"),
 ],
 projects=[
  proj("轰天炮智能终端智造项目", DY, F1, status="签约", status_text="上台集中签约", note="园区由语境推定；无单项金额"),
  proj("蓝图车载工控显示模组及新型高清智慧显示终端项目", DY, F1, status="签约", status_text="上台集中签约", note="同上"),
 ],
 aggregate_facts=[
  fact("大冶市", "region", "projects_signed", 23, "count", F0, AS6, note="市12月份暨大冶湖高新区四季度合计；现场签约"),
  fact("大冶市", "region", "signed_investment_cny", 7.2e9, "cny", "现场签约项目23个,总投资72亿元", AS6, chk=True, note="同上"),
  fact("大冶市", "region", "projects_signed_on_stage", 12, "count", F1, AS6, opt=True),
 ])
