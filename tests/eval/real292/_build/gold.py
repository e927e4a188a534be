# real292 ground truth, read by build_all.py (copied from real52 unchanged; helpers park/comp/inst/proj/fund/fact/art/amt).
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/超/以上 → 超, 余/多 → 余, 约/近 → 约. Yuan in investment_cny / *_cny facts (chk=True asserts the first amount of the
# evidence). Growth rates and shares as ratios. Projects carry the park the text places them in, null if none (a district or
# county is a region, not a park). Status from the text's words (竣工投产 → 投产; 动工兴建 / 开工建设 → 开工; 签约 → 签约;
# 落户 alone → no status). “预计” figures are kind target with “（预计）” in as_of; year-to-date figures (1—3月, 1到11月) are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qeNN.raw as returned.

# ---------------------------------------------------------------- qe01 荣昌县工业园区 一季度 (2015, inferred)
RC = "荣昌工业园区"
Q1A = "今年1—3月,我县工业园区实现工业总产值76.61亿元,同比增加20.4%"
Q1B = "固定资产投资20.64亿元,同比增长29.8%"
Q1C = "园区新开工项目10个,竣工投产项目3个"
Q1D = "荣昌工业园区在全市43个工业园区中名列第13位,规划面积22.52平方公里,目前已建成10.2平方公里"
Q1E = "实行“一区三园”的发展模式(即重庆荣昌工业园区下辖板桥工业园、广富工业园、荣隆台湾工业园三个产业园)"
Q1F = "目前,县工业园区已累计入驻企业298家,建成投产262家"
Q1G = "铜梁区委副书记严永超一行分别到落户我县的博耐特荣昌工业园、洋派食品有限公司、沧州明珠有限公司、恰恰食品有限公司进行考察"
AS1 = "2015年1—3月（年份推定）"
G["qe01"] = dict(
 article=art("荣昌县工业园区一季度实现工业总产值达76亿", "原出处未示（荣昌县口吻“我县”），载于 tupiankp120.com（“家乡区县”栏）", "2015-04", "month",
  "Aggregator relaying a county item, Chongqing: a county industrial park's first-quarter figures during a visiting delegation's tour — output, fixed investment, projects brought in and their contract value, projects started and completed, the park's area, sub-parks and firm counts, four firms visited",
  "http://www.tupiankp120.com/a/322264.html",
  "存段无日期。年份推定为2015年：文中“铜梁区”（铜梁2014年撤县设区）与“我县”（荣昌2015年撤县设区）并存，考察日为4月21日；published 记 2015-04（推定）。标题照录；“家乡区县: 重庆市铜梁县”栏目行已删；末段“县领导程晓阳、秦启光、唐毅陪”在句中中断，整段删去，正文截至“…力争跻身全市工业园区前10强。”，共五段。园区：荣昌工业园区（文中又作“重庆荣昌工业园区”“县工业园区”“我县工业园区”；省级开发区，重庆市荣昌县）；下辖板桥工业园、广富工业园、荣隆台湾工业园（子园区，parent 荣昌工业园区）；“博耐特荣昌工业园”为企业园（可选）。公司：洋派食品有限公司、沧州明珠有限公司、恰恰食品有限公司“落户我县”，园区由语境推定为荣昌工业园区（考察工业园区）。事实：一季度工业总产值76.61亿元、增长20.4%，固投20.64亿元、增长29.8%（cumulative）；“全县共引进项目27个,合同金额共计54.8亿元”为全县数（region 荣昌县）；园区新开工10个、竣工投产3个；规划面积、建成面积、入驻企业298家、建成投产262家。“2000亿级‘重庆沿江承接产业转移示范区’”不列园区。",
  "qe01"),
 parks=[
  park(RC, "重庆", "重庆", "工业园区", Q1D, district="荣昌县", aliases=["重庆荣昌工业园区", "荣昌县工业园区"], note="省级开发区；文中又作“县工业园区”“我县工业园区”"),
  park("板桥工业园", "重庆", "重庆", "工业园", Q1E, district="荣昌县", parent=RC),
  park("广富工业园", "重庆", "重庆", "工业园", Q1E, district="荣昌县", parent=RC),
  park("荣隆台湾工业园", "重庆", "重庆", "工业园", Q1E, district="荣昌县", parent=RC),
  park("博耐特荣昌工业园", "重庆", "重庆", "企业园", Q1G, district="荣昌县", parent=RC, opt=True, note="企业自建园区；母园区由语境推定"),
 ],
 companies=[
  comp("洋派食品有限公司", RC, Q1G, note="落户荣昌；园区由语境推定"),
  comp("沧州明珠有限公司", RC, Q1G, note="同上"),
  comp("恰恰食品有限公司", RC, Q1G, note="同上"),
  comp("博耐特", RC, Q1G, opt=True, note="只在“博耐特荣昌工业园”中"),
 ],
 institutions=[
  inst("铜梁区党政代表团", "4月21日,铜梁区党政代表团来荣,就我县工业经济发展进行考察", note="考察团"),
 ],
 aggregate_facts=[
  fact(RC, "park", "industrial_output_cny", 7.661e9, "cny", Q1A, AS1, kind="cumulative", chk=True),
  fact(RC, "park", "industrial_output_yoy_growth", 0.204, "ratio", Q1A, AS1, kind="ratio"),
  fact(RC, "park", "fixed_asset_investment_cny", 2.064e9, "cny", Q1B, AS1, kind="cumulative", chk=True),
  fact(RC, "park", "fixed_asset_investment_yoy_growth", 0.298, "ratio", Q1B, AS1, kind="ratio", opt=True),
  fact("荣昌县", "region", "projects_signed", 27, "count", "全县共引进项目27个,合同金额共计54.8亿元", AS1, kind="cumulative", note="全县数"),
  fact("荣昌县", "region", "signed_investment_cny", 5.48e9, "cny", "合同金额共计54.8亿元", AS1, kind="cumulative", chk=True, note="全县数"),
  fact(RC, "park", "projects_started", 10, "count", Q1C, AS1, kind="cumulative"),
  fact(RC, "park", "projects_completed", 3, "count", Q1C, AS1, kind="cumulative", note="竣工投产项目"),
  fact(RC, "park", "planned_area_km2", 22.52, "km2", Q1D, "2015年4月"),
  fact(RC, "park", "built_area_km2", 10.2, "km2", Q1D, "2015年4月", opt=True),
  fact(RC, "park", "firms", 298, "count", Q1F, "2015年4月", kind="cumulative", note="累计入驻企业"),
  fact(RC, "park", "firms_in_production", 262, "count", Q1F, "2015年4月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- qe02 万州经开区 1-11月 (万州区投促办 2015-12-23)
WZ = "万州经开区"
Q2A = "1到11月,经开区规模以上工业企业完成产值521.4亿元,同比增长17.9%,产值占全区的比重达到74.1%"
Q2B = "规模以上工业企业预计实现利润28亿元,同比增长18%"
Q2C = "以神华万州电厂、明邦建材为龙头的能源建材产业,以肯发科技、施耐德、三雄极光为引领的电子信息照明产业,以万州船舶工业园衡山机械、长安跨越为龙头的装备制造产业都实现了30%左右的高速增长"
Q2D = "1到11月,经开区完成固定资产投资109亿元,同比增长23%"
Q2E = "万州医药产业园、东方医药产业园、中船重工万州船舶工业园、年拆解100万台废弃电器电子等一批在建或竣工的产业项目推进有力"
Q2F = "据预计,今年经开区将完成规模以上工业产值570亿元,同比增长18%,产值占全区的比重将达到75%,百亿级产业集群将达到4个"
Q2G = "全年经开区将完成招商引资签约项目45个,协议总投资225亿元"
AS2 = "2015年1—11月"
AS2T = "2015年全年（预计）"
G["qe02"] = dict(
 article=art("1- 11月万州经开区完成规模以上工业产值521亿元", "万州区投促办栏目（wzbtv.cn；原出处未示）", "2015-12-23", "day",
  "District broadcaster's site, investment-promotion column, Chongqing: a national-level zone's January–November figures — industrial output and its share, expected profit, leading firms by industry, fixed investment, parks and projects under way, support funds, year-end estimates of output and signings",
  "http://www.wzbtv.cn/gysp/bmdw/az/content_9840.shtml",
  "日期取页面“2015-12-23 09:32:49”。标题行末的栏目名“ 区投促办”已删（make_txt.py HEAD_SUFFIX）；导航、日期、“来源: 字号:”与“一键分享至:”已删。正文五段，完整。园区：万州经开区（重庆市万州区）；“万州船舶工业园”（衡山机械所在，parent 万州经开区，可选）。“万州医药产业园、东方医药产业园、中船重工万州船舶工业园、年拆解100万台废弃电器电子”为“在建或竣工的产业项目”，无单项状态（在建或竣工不分），status 记 null。公司：神华万州电厂、明邦建材、肯发科技、施耐德、三雄极光、衡山机械、长安跨越均为经开区产业集群龙头（园区万州经开区）。事实：1到11月规上工业产值521.4亿元、增长17.9%、占全区74.1%（cumulative/ratio）；预计利润28亿元（target）；固投109亿元、增长23%；产业扶持资金1.33亿元；全年预计产值570亿元、增长18%、占比75%、百亿级集群4个、签约项目45个、协议总投资225亿元（target）。",
  "qe02"),
 parks=[
  park(WZ, "重庆", "重庆", "经济技术开发区", "今年以来,万州经开区围绕“增优进升”目标要求,抓好企业服务、招商引资和重点项目建设", district="万州区", note="文中又作“经开区”"),
  park("万州船舶工业园", "重庆", "重庆", "工业园", Q2C, district="万州区", parent=WZ, opt=True, note="又见“中船重工万州船舶工业园”"),
 ],
 companies=[
  comp("神华万州电厂", WZ, Q2C),
  comp("明邦建材", WZ, Q2C),
  comp("肯发科技", WZ, Q2C),
  comp("施耐德", WZ, Q2C),
  comp("三雄极光", WZ, Q2C),
  comp("衡山机械", WZ, Q2C, note="在万州船舶工业园"),
  comp("长安跨越", WZ, Q2C),
  comp("中船重工", WZ, Q2E, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("万州医药产业园", WZ, Q2E, note="“在建或竣工的产业项目”，状态不分"),
  proj("东方医药产业园", WZ, Q2E, note="同上"),
  proj("中船重工万州船舶工业园", WZ, Q2E, companies=["中船重工"], note="同上"),
  proj("年拆解100万台废弃电器电子", WZ, Q2E, opt=True, note="同上；项目名不全"),
 ],
 aggregate_facts=[
  fact(WZ, "park", "industrial_output_cny", 5.214e10, "cny", Q2A, AS2, kind="cumulative", chk=True, note="规上工业企业产值"),
  fact(WZ, "park", "industrial_output_yoy_growth", 0.179, "ratio", Q2A, AS2, kind="ratio"),
  fact(WZ, "park", "industrial_output_share_of_district", 0.741, "ratio", Q2A, AS2, kind="ratio", opt=True),
  fact(WZ, "park", "profit_cny", 2.8e9, "cny", Q2B, AS2 + "（预计）", kind="target", chk=True, opt=True),
  fact(WZ, "park", "fixed_asset_investment_cny", 1.09e10, "cny", Q2D, AS2, kind="cumulative", chk=True),
  fact(WZ, "park", "fixed_asset_investment_yoy_growth", 0.23, "ratio", Q2D, AS2, kind="ratio", opt=True),
  fact(WZ, "park", "industrial_support_fund_cny", 1.33e8, "cny", "安排1.33亿元产业扶持资金", "2015年", chk=True, opt=True),
  fact(WZ, "park", "industrial_output_cny", 5.7e10, "cny", Q2F, AS2T, kind="target", chk=True),
  fact(WZ, "park", "industrial_output_yoy_growth", 0.18, "ratio", Q2F, AS2T, kind="target", opt=True),
  fact(WZ, "park", "projects_signed", 45, "count", Q2G, AS2T, kind="target"),
  fact(WZ, "park", "signed_investment_cny", 2.25e10, "cny", "协议总投资225亿元", AS2T, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- qe03 璧山 (华龙网 2016-05-15)
BS = "璧山国家高新技术产业区"
Q3A = "华龙网5月14日6时讯(记者 欧武夷)璧山国家高新技术产业区内区,有一条双向8车道的聚金工业大道"
Q3B = "南面是新启动的6平方公里智能装备产能园,几个大项目正在动工兴建"
Q3C = "众泰新能源汽车生产基地建设现场,工人正在铺设塔吊,各种工程机械正在快速施工"
Q3D = "钟锡嘉说,公司拟在璧山投资4亿元,项目建成后年产值可达10亿元"
G["qe03"] = dict(
 article=art("生态也是生产力 璧山工业4年迈进“千亿俱乐部”", "华龙网（记者 欧武夷），载于国际在线 news.cri.cn", "2016-05-15", "day",
  "Regional news portal relayed by a national portal, Chongqing: a feature on a district's high-tech zone — an automaker's base under construction with its schedule, a packaging firm's investment and expected output (only the opening is stored)",
  "https://news.cri.cn/20160515/d4296144-9d96-d536-8c8e-73ace293acfc.html",
  "日期取页面“2016-05-15 16:29:33|来源:华龙网”（华龙网电头“5月14日6时讯”）。标题照录；导航、日期来源行、“图片默认标题”与图片说明（璧山国家高新区、汽摩产业、蓝黛公司生产线，通讯员 曾清龙 摄）已删。存段末段“被口碑效应吸引来的,还有中自仪科技发展有限公司及其下属13家关”在句中中断，整段删去，正文截至“…项目建成后年产值可达10亿元。”，共六段。园区：璧山国家高新技术产业区（照录；即璧山高新区，重庆市璧山区；标题“璧山工业”不作园区名）；“智能装备产能园”（6平方公里，新启动，parent 璧山高新区，可选）。项目：众泰新能源汽车生产基地——在建（正在快速施工，已完成基础工程，预计6月设备安装调试，力争11月11日第一辆车下线；去年11月11日开工），园区记璧山国家高新技术产业区（建设现场位于聚金工业大道一带，由语境推定）。宁波诚毅纸业“拟在璧山投资4亿元”的项目未命名，不立项目，金额作公司事实（target）；园区未明说，记 null。",
  "qe03"),
 parks=[
  park(BS, "重庆", "重庆", "高新区", Q3A, district="璧山区", note="即璧山高新区（别称文中未出）；照录文中写法（“璧山国家高新技术产业区内区”）"),
  park("智能装备产能园", "重庆", "重庆", "产业园", Q3B, district="璧山区", parent=BS, opt=True, note="新启动，6平方公里"),
 ],
 companies=[
  comp("众泰汽车", BS, "“今年11月11日,也就是项目开工建设刚好一年的这个时间,我们力争第一辆‘璧山造’汽车下线,彻底改变璧山无整车生产的空白。”众泰汽车璧山项目相关负责人说", aliases=["众泰"], note="园区由语境推定"),
  comp("宁波诚毅纸业有限公司", None, "宁波诚毅纸业有限公司总经理钟锡嘉说,他从宁波跑到重庆璧山投资设厂,起因是同行朋友的一席话", aliases=["宁波诚毅纸业公司"], note="在璧山投资设厂；园区未明说"),
 ],
 projects=[
  proj("众泰新能源汽车生产基地", BS, Q3C, companies=["众泰汽车"], status="在建", status_text="正在快速施工",
       note="已完成基础工程，预计2016年6月进入设备安装调试；2015年11月11日开工；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("宁波诚毅纸业有限公司", "company", "planned_investment_cny", 4e8, "cny", Q3D, "2016年（拟投资）", kind="target", chk=True),
  fact("宁波诚毅纸业有限公司", "company", "expected_annual_output_cny", 1e9, "cny", "项目建成后年产值可达10亿元", "建成后（预计）", kind="target", chk=True),
  fact("智能装备产能园", "park", "planned_area_km2", 6, "km2", Q3B, "2016年5月", opt=True),
 ])

# ---------------------------------------------------------------- qe04 西永微电子产业园区 (重庆晨报 2017-06-09)
XY = "西永微电子产业园区"
ZB = "西永综合保税区"
Q4A = "重庆西永微电子产业园区开发有限公司副总经理蒋显铭介绍说,西永微电子产业园区成立于2005年8月,规划用地总面积34.3平方公里,其中产业区26.9平方公里,商务中心区7.4平方公里"
Q4B = "2010年,国务院批准在西永微电园内设立西永综合保税区,规划面积10.3平方公里,分A、B两个区块"
Q4C = "2017年4月1日中国(重庆)自贸试验区挂牌,其中西永微电子产业园区14.97平方公里纳入自贸区范围"
G["qe04"] = dict(
 article=art("今年11月重庆造苹果穿戴设备iwatch投产", "重庆晨报（景然），载于 zgcxtc.cn", "2017-06-09", "day",
  "City morning paper relayed by a local portal, Chongqing: a press tour of a microelectronics park — the park's founding date and planned areas, the comprehensive bonded zone inside it, the part included in the free-trade zone (only the opening is stored)",
  "http://www.zgcxtc.cn/news/150563.html",
  "日期取页面“2017-06-09 10:11:25 来源:重庆晨报 作者:景然”；考察日6月6日。标题照录（标题所说 iwatch 11月投产未见于存段正文，不立项目）。网站热线行与日期行已删。存段末段“‘现在的‘中欧铁路’…’蒋显铭介绍, ‘渝新欧’国际贸易大通道就是把现有的铁路网络进行优化”在句中中断，整段删去，正文截至“…纳入自贸区范围。”，共五段。原文“乔申颖对对产业园”重字照录。园区：西永微电子产业园区（文中又作“重庆西永微电子产业园”“西永微电园”“产业园”；重庆市沙坪坝区——区名文中未出）；西永综合保税区（在西永微电园内，parent）；中国(重庆)自贸试验区（可选，区域，不定 parent）。公司：重庆西永微电子产业园区开发有限公司（园区开发公司，kind developer）。事实：园区规划用地34.3平方公里、产业区26.9、商务中心区7.4；综保区规划10.3平方公里；14.97平方公里纳入自贸区。",
  "qe04"),
 parks=[
  park(XY, "重庆", "重庆", "产业园区", Q4A, district=None, aliases=["重庆西永微电子产业园", "西永微电园"], note="成立于2005年8月；district（沙坪坝区）文中未出"),
  park(ZB, "重庆", "重庆", "综合保税区", Q4B, parent=XY, note="2010年国务院批准；内陆第一个综合保税区"),
  park("中国(重庆)自贸试验区", "重庆", "重庆", "自由贸易试验区", Q4C, opt=True, note="2017年4月1日挂牌；西永园区14.97平方公里纳入"),
 ],
 companies=[
  comp("重庆西永微电子产业园区开发有限公司", XY, Q4A, kind="developer", note="园区开发公司"),
  comp("苹果", XY, "“苹果的高端科技产品,马上就要贴上‘重庆造’的标签了。”", opt=True, note="只在引语中；园区归属由标题推定"),
 ],
 aggregate_facts=[
  fact(XY, "park", "planned_area_km2", 34.3, "km2", Q4A, "2017年6月"),
  fact(XY, "park", "industrial_area_km2", 26.9, "km2", Q4A, "2017年6月", opt=True),
  fact(XY, "park", "business_district_area_km2", 7.4, "km2", Q4A, "2017年6月", opt=True),
  fact(ZB, "park", "planned_area_km2", 10.3, "km2", Q4B, "2010年（获批）"),
  fact(XY, "park", "free_trade_zone_area_km2", 14.97, "km2", Q4C, "2017年4月1日"),
 ])

# ---------------------------------------------------------------- qe05 江津 54个项目竣工投产 (央广网 2017-10-12)
JJ = "江津工业园"
Q5A = "10月11日,重庆市江津区举行2017年工业项目集中竣工投产活动,日丰企业(重庆)有限公司基地项目、渝丰线缆研制生产基地项目等54个较大工业项目集中竣工投产"
Q5B = "该区同日还举行了第三季度招商引资项目集中签约仪式,共集中签约28家企业,总投资246亿元"
Q5C = "据悉,本次竣工投产工业项目为54个,总投资131.2亿元,达产后预计实现产值246.4亿元"
Q5D = "其中,投资亿元以上项目33个,投资10亿元以上项目3个"
Q5E = "本次竣工投产具有代表性的项目有日丰企业(重庆)有限公司基地项目计划投资15亿元,预计达产后产值30亿元;渝丰线缆研制生产基地项目计划投资10亿元,预计达产后产值30亿元;重庆三五三三印染服装总厂有限公司整体搬迁项目计划投资12亿元,预计达产后产值24亿元"
Q5F = "54个竣工投产项目中,双福工业园为14个,德感工业园为14个,珞璜工业园为15个,白沙工业园为11个"
Q5G = "双福工业园有日丰企业(重庆)有限公司基地、渝丰线缆研制生产基地、重庆小康汽车有限公司技术改造等代表性大项目"
Q5H = "从这些竣工投产项目可以看出,江津工业园“一区四园”呈现出齐头并进发展态势"
AS5 = "2017年10月11日（集中竣工投产）"
G["qe05"] = dict(
 article=art("重庆江津:54个较大工业项目集中竣工投产", "央广网（记者刘湛 通讯员黄柏添 付道运），载于 shadafang.com（傻大方）", "2017-10-12", "day",
  "National broadcaster's site relayed by an aggregator, Chongqing: a district's joint completion event — 54 projects in production with total and expected output, three named projects with sums, counts by the four parks of its industrial park, a same-day signing of 28 firms (cut before the other parks' projects)",
  "http://shadafang.com/c/tj10125400332017.html",
  "日期取央广网电头“10月12日消息”与活动日“10月11日”（2017年）；转载页无日期行。标题照录；转载站的引语“《…》,对,你要找的就是这篇文章啦…”与“正文开始:”已删；小标题“33个投产项目投资亿元以上”保留为一段。存段末段“德感工业园有重庆三五三三印染服装总厂有限公司整体搬迁、中储粮重庆江津粮食”在句中中断，整段删去，正文截至“…预计达产后产值30亿元。”，共七段。园区：江津工业园（“一区四园”）及双福工业园、德感工业园、珞璜工业园、白沙工业园（parent 江津工业园）。项目：日丰企业(重庆)有限公司基地项目（15亿元）、渝丰线缆研制生产基地项目（10亿元）——双福工业园，竣工投产→投产；重庆三五三三印染服装总厂有限公司整体搬迁项目（12亿元）——投产，其园区在被删的德感工业园段中，留在文本里的句子未说，记江津工业园；重庆小康汽车有限公司技术改造——双福工业园，投产（“代表性大项目”竣工投产）。“计划投资”金额照作投资额。签约28家企业、总投资246亿元为江津区数（region）。",
  "qe05"),
 parks=[
  park(JJ, "重庆", "重庆", "工业园区", Q5H, district="江津区", note="“一区四园”"),
  park("双福工业园", "重庆", "重庆", "工业园", Q5F, district="江津区", parent=JJ),
  park("德感工业园", "重庆", "重庆", "工业园", Q5F, district="江津区", parent=JJ),
  park("珞璜工业园", "重庆", "重庆", "工业园", Q5F, district="江津区", parent=JJ),
  park("白沙工业园", "重庆", "重庆", "工业园", Q5F, district="江津区", parent=JJ),
 ],
 companies=[
  comp("日丰企业(重庆)有限公司", "双福工业园", Q5G),
  comp("渝丰线缆", "双福工业园", Q5G, opt=True, note="只在项目名中"),
  comp("重庆小康汽车有限公司", "双福工业园", Q5G),
  comp("重庆三五三三印染服装总厂有限公司", JJ, Q5E, note="整体搬迁项目业主；具体园区在被删段中"),
 ],
 projects=[
  proj("日丰企业(重庆)有限公司基地项目", "双福工业园", Q5E, companies=["日丰企业(重庆)有限公司"], inv="计划投资15亿元", status="投产", status_text="竣工投产",
       note="预计达产后产值30亿元"),
  proj("渝丰线缆研制生产基地项目", "双福工业园", "渝丰线缆研制生产基地项目计划投资10亿元,预计达产后产值30亿元", companies=["渝丰线缆"], inv="计划投资10亿元", status="投产", status_text="竣工投产",
       note="预计达产后产值30亿元"),
  proj("重庆三五三三印染服装总厂有限公司整体搬迁项目", JJ, "重庆三五三三印染服装总厂有限公司整体搬迁项目计划投资12亿元,预计达产后产值24亿元", companies=["重庆三五三三印染服装总厂有限公司"],
       inv="计划投资12亿元", status="投产", status_text="竣工投产", note="预计达产后产值24亿元；子园区（德感工业园）只在被删段中"),
  proj("重庆小康汽车有限公司技术改造", "双福工业园", Q5G, companies=["重庆小康汽车有限公司"], status="投产", status_text="竣工投产", note="代表性大项目"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "projects_completed", 54, "count", Q5C, AS5, note="竣工投产工业项目；文中为江津区活动，按“一区四园”归江津工业园"),
  fact(JJ, "park", "projects_completed_investment_cny", 1.312e10, "cny", "本次竣工投产工业项目为54个,总投资131.2亿元", AS5, chk=True),
  fact(JJ, "park", "expected_output_cny", 2.464e10, "cny", "达产后预计实现产值246.4亿元", "达产后（预计）", kind="target", chk=True),
  fact(JJ, "park", "projects_completed_over_100m", 33, "count", Q5D, AS5, opt=True),
  fact(JJ, "park", "projects_completed_over_1bn", 3, "count", Q5D, AS5, opt=True),
  fact("双福工业园", "park", "projects_completed", 14, "count", Q5F, AS5),
  fact("德感工业园", "park", "projects_completed", 14, "count", Q5F, AS5),
  fact("珞璜工业园", "park", "projects_completed", 15, "count", Q5F, AS5),
  fact("白沙工业园", "park", "projects_completed", 11, "count", Q5F, AS5),
  fact("江津区", "region", "firms_signed", 28, "count", Q5B, "2017年10月11日（第三季度集中签约）"),
  fact("江津区", "region", "signed_investment_cny", 2.46e10, "cny", "共集中签约28家企业,总投资246亿元", "2017年10月11日（第三季度集中签约）", chk=True),
 ])

# ---------------------------------------------------------------- qe06 荣昌 2019 签约 (重庆大渝网 2019-01-21)
Q6A = "公司将在荣投资18亿元,建设年产60万吨绿色智能轻量化日用玻璃生产项目,全面达产后,年税收将超过1.2亿元"
Q6B = "广东温氏食品集团、辽宁禾丰牧业公司、四川天兆畜牧科技公司等落户荣昌建设畜禽现代化养殖加工、动物饲料生产等项目,投资16亿元"
Q6C = "湖南华升集团、无锡逸嘉服饰有限公司围绕夏布全产业链,投资7亿元"
AS6 = "2019年1月19日（重点项目签约）"
G["qe06"] = dict(
 article=art("重庆荣昌2019年开门红签约224亿元", "重庆大渝网，载于 114.cq3a.com", "2019-01-21", "day",
  "Regional portal relayed by a local directory site, Chongqing: a district's New-Year project signing — a glass maker's named project with its investment and expected tax, groups of livestock and textile investors with their sums (no park named in the stored text)",
  "http://114.cq3a.com/artinfo/3883.html",
  "日期取页面“时间:2019-01-21”；签约仪式1月19日（“今日”）。标题照录；来源浏览时间行、图片说明“荣昌区委书记曹清尧在签约仪式上致辞”与图片标题“荣昌2019年‘三个一批’企业名录”已删。存段末段“过去的一年…重点项目签约21个、开工18个、投产28个,为实现一”在句中中断，整段删去，正文截至“…携手荣昌做优‘一匹布’品牌。”，共四段（签约21个等数字随之不在文本中；标题“224亿元”不在正文）。存段正文未提任何园区：parks 为空，项目 park 记 null，荣昌区为区域。项目：年产60万吨绿色智能轻量化日用玻璃生产项目（广东华兴玻璃股份有限公司，18亿元，签约）。温氏等三家的“畜禽现代化养殖加工、动物饲料生产等项目”合计16亿元、华升与逸嘉的夏布项目合计7亿元：均为合计额，不立单项，记为区域事实（可选）；这些企业列公司（park null）。",
  "qe06"),
 parks=[],
 companies=[
  comp("广东华兴玻璃股份有限公司", None, "作为签约企业代表,广东华兴玻璃股份有限公司董事长李深华告诉记者"),
  comp("广东温氏食品集团", None, Q6B),
  comp("辽宁禾丰牧业公司", None, Q6B),
  comp("四川天兆畜牧科技公司", None, Q6B),
  comp("湖南华升集团", None, Q6C),
  comp("无锡逸嘉服饰有限公司", None, Q6C),
 ],
 projects=[
  proj("年产60万吨绿色智能轻量化日用玻璃生产项目", None, Q6A, companies=["广东华兴玻璃股份有限公司"], inv="投资18亿元", status="签约", status_text="签约企业代表",
       note="达产后年税收超1.2亿元；文中未提园区"),
 ],
 aggregate_facts=[
  fact("广东华兴玻璃股份有限公司", "company", "expected_annual_tax_cny", 1.2e8, "cny", "全面达产后,年税收将超过1.2亿元", "达产后（预计）", kind="target", qual="超", qtext="超过", chk=True, opt=True),
  fact("荣昌区", "region", "signed_investment_cny", 1.6e9, "cny", Q6B, AS6, opt=True, chk=True, note="温氏等畜牧项目合计"),
  fact("荣昌区", "region", "signed_investment_cny", 7e8, "cny", Q6C, AS6, opt=True, chk=True, note="夏布项目合计"),
 ])
