# real302 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan
# in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth
# rates, shares and completion rates as ratios. Projects: the park is the one the text places the project in, null if none
# (a city is a region, not a park). Status from the text's words (开工 / 破土动工 / 建设启动 → 开工; 正在建设 → 在建; 投产 → 投产;
# 签订战略合作框架协议 → 签约). “计划” / “拟” year figures are kind target; “截至…” / “截至目前” figures are cumulative. A
# year's planned investment (“今年拟投资”, “年度计划投资”) is not a project's investment amount: it is a target fact. Sources
# are `search` (corpus pages) excerpts typed into _raw/pages/qoNN.raw as returned.

# ---------------------------------------------------------------- qo01 二连浩特—扎门乌德中蒙跨境经济合作区 (新华社 on gov.cn 2016)
EL = "二连浩特—扎门乌德中蒙跨境经济合作区"
P1 = "19日,二连浩特—扎门乌德中蒙跨境经济合作区中方一侧基础建设开工"
P2 = "二连浩特—扎门乌德中蒙跨境经济合作区中方一侧基础设施项目总投资9亿元"
G["qo01"] = dict(
 article=art("首个中蒙跨境经济合作区中方一侧基础设施建设启动", "新华社（记者 于嘉），载于中国政府网 www.gov.cn", "2016-09-19", "day",
  "National news agency item on the central government portal, Inner Mongolia: groundbreaking of the Chinese side's infrastructure of the first China–Mongolia cross-border economic cooperation zone — project investment, scope, years, this year's planned investment, the Mongolian side's status, the core area",
  "http://www.gov.cn/xinwen/2016-09/19/content_5109504.htm",
  "日期取页面“2016-09-19 15:49 来源: 新华社”。标题照录；“EN”、网址行、日期来源行、“字号…打印”、“【我要纠错】责任编辑:刘淼”与“扫一扫…”已删。正文六段，完整。园区：二连浩特—扎门乌德中蒙跨境经济合作区（二连浩特市，锡林郭勒盟，内蒙古；标题作“中蒙跨境经济合作区”，文中又作“跨境经济合作区”）；蒙方一侧“扎门乌德自由经济区”在蒙古国，列可选园区。项目：中方一侧基础设施项目，总投资9亿元，19日“基础建设开工”→开工，建设年限2016至2018年；“今年计划投资2亿元”为年度计划（target 事实，不作项目投资额）。“3平方公里核心区”列可选事实。二连浩特市政府、市口岸办列可选机构。",
  "qo01"),
 parks=[
  park(EL, "锡林郭勒盟", "内蒙古", "跨境经济合作区", P1, district="二连浩特市", aliases=["中蒙跨境经济合作区", "跨境经济合作区"],
       note="标题作“中蒙跨境经济合作区”；本文只涉中方一侧"),
  park("扎门乌德自由经济区", None, None, "自由经济区（蒙古国）", "目前,蒙方一侧扎门乌德自由经济区已完成基础设施建设,正在积极开展招商引资工作", opt=True,
       note="蒙古国一侧，境外"),
 ],
 companies=[],
 institutions=[
  inst("二连浩特市政府", "记者从二连浩特市政府获悉"),
  inst("二连浩特市口岸办", "据二连浩特市口岸办等相关部门介绍"),
 ],
 projects=[
  proj("二连浩特—扎门乌德中蒙跨境经济合作区中方一侧基础设施项目", EL, P2, inv="总投资9亿元", status="开工", status_text="开工",
       aliases=["中方一侧基础设施项目"], note="状态见首段“中方一侧基础建设开工”（2016年9月19日）；建设年限2016至2018年；今年计划投资2亿元"),
 ],
 aggregate_facts=[
  fact(EL, "park", "planned_annual_investment_cny", 2e8, "cny", "这个项目今年计划投资2亿元", "2016年（计划）", kind="target", chk=True,
       note="中方一侧基础设施项目的年度计划投资"),
  fact(EL, "park", "core_area_km2", 3, "km2", "3平方公里核心区规划设计、建设规划已编制完成", "2016年9月", opt=True),
 ])

# ---------------------------------------------------------------- qo02 国务院批准设立临沧边合区 (relay of a Yunnan item, 2014)
LC = "临沧边境经济合作区"
Q0 = "国务院9月28日正式批准在临沧市设立边境经济合作区,定名为临沧边境经济合作区"
Q1 = "规划面积3.47平方公里,分为3个园区,即孟定核心园区、南伞园区和永和园区"
Q2 = "去年,边合区完成社会固定资产投资104亿元,招商引资实际到位资金81.4亿元,实现外贸进出口总额20.59亿元"
Q3 = "今年边合区重点推进211个项目建设,计划总投资534亿元,截至7月底,共开工建设154个项目,完成规模以上固定资产投资50.3亿元"
G["qo02"] = dict(
 article=art("国务院批准设立临沧边合区", "bongotimes.com（转载；原发媒体与署名未注明，“记者从省商务厅获悉”）", "2014-12-03", "day",
  "Local-news relay, Yunnan: State Council approval of a national border economic cooperation zone — former name, start of construction, planned area and its three parks, last year's fixed-asset investment, funds attracted and foreign trade, this year's key projects planned and started to July",
  "http://bongotimes.com/info/1801/61582.html",
  "日期取页面“发布日期: 2014-12-03 08:55”（国务院批复日为2014年9月28日；“去年”即2013年，“今年”即2014年）。标题照录；日期信息行已删；标题下两行导语（“这是自1992年…”“转变发展方式…”，无句号）照录为段落。存段末段“国务院关于设立临沧边境经济合作区的复函中提出…将临沧边境经”在句中中断，整段删去；正文截至“…完成规模以上固定资产投资50.3亿元。”，共四段。园区：临沧边境经济合作区（临沧市，云南；原名耿马(孟定)边境经济合作区，文中又作“边合区”，标题作“临沧边合区”）；孟定核心园区、南伞园区、永和园区为其三个园区（parent）。“瑞丽、畹町、河口3个国家级边境经济合作区”未逐一写全名，不列。事实：2013年固定资产投资104亿元、招商引资实际到位资金81.4亿元、外贸进出口总额20.59亿元（reported）；2014年重点推进211个项目、计划总投资534亿元（target）；截至7月底开工154个、完成规上固定资产投资50.3亿元（cumulative）。省商务厅（云南省商务厅）列可选机构。",
  "qo02"),
 parks=[
  park(LC, "临沧", "云南", "边境经济合作区", Q0, aliases=["临沧边合区", "边合区", "耿马(孟定)边境经济合作区"],
       note="原名耿马(孟定)边境经济合作区；2014年9月28日国务院批准；2011年12月20日启动建设"),
  park("孟定核心园区", "临沧", "云南", "园区", Q1, parent=LC),
  park("南伞园区", "临沧", "云南", "园区", Q1, parent=LC),
  park("永和园区", "临沧", "云南", "园区", Q1, parent=LC),
 ],
 companies=[],
 institutions=[
  inst("省商务厅", "记者从省商务厅获悉", note="云南省商务厅（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LC, "park", "planned_area_km2", 3.47, "km2", Q1, "2014年"),
  fact(LC, "park", "sub_parks", 3, "count", Q1, "2014年", opt=True),
  fact(LC, "park", "fixed_asset_investment_cny", 1.04e10, "cny", Q2, "2013年", chk=True),
  fact(LC, "park", "actual_investment_attracted_cny", 8.14e9, "cny", "招商引资实际到位资金81.4亿元", "2013年", chk=True),
  fact(LC, "park", "foreign_trade_cny", 2.059e9, "cny", "实现外贸进出口总额20.59亿元", "2013年", chk=True),
  fact(LC, "park", "major_projects_listed", 211, "count", Q3, "2014年（计划）", kind="target", note="今年重点推进项目"),
  fact(LC, "park", "major_projects_total_investment_cny", 5.34e10, "cny", "计划总投资534亿元", "2014年（计划）", kind="target", chk=True),
  fact(LC, "park", "projects_started", 154, "count", "截至7月底,共开工建设154个项目", "2014年1–7月", kind="cumulative"),
  fact(LC, "park", "fixed_asset_investment_cny", 5.03e9, "cny", "完成规模以上固定资产投资50.3亿元", "2014年1–7月", kind="cumulative", chk=True,
       note="规模以上固定资产投资"),
 ])

# ---------------------------------------------------------------- qo03 绥芬河境外开发 (黑龙江日报 on chinanews 2013)
YJ = "跃进高科技园区"
R0 = "跃进高科技园区位于俄罗斯滨海边区乌苏里斯克市,由绥芬河市跃进经贸有限公司规划建设,占地26万平方米"
R1 = "一期已投产9条鞋类生产线,年生产能力1300万双,产值约1.7亿美元"
R2 = "二期高科技产业园区已规划完成,占地15万平方米,今年拟投资4亿元,引进生产LED灯、电子、IT产品,目前基础工程已经破土动工"
R3 = "截至2012年末,境外投资154项,投资总额8.46亿美元,在我国沿边城市中排名第一。境外园区3个,总投资额2.91亿美元"
G["qo03"] = dict(
 article=art("黑龙江绥芬河境外开发搅热口岸经济", "黑龙江日报，载于中国新闻网 chinanews.com（社会频道；存段无署名）", "2013-04-27", "day",
  "Provincial daily on a national news site, Heilongjiang: a border port city's rail-port volumes and its overseas (Russian-side) parks — cumulative overseas investment and parks, one park in Ussuriysk with its developer, phase one in production and phase two broken ground with this year's planned investment",
  "http://www.chinanews.com/sh/2013/04-27/4771606.shtml",
  "日期取页面“2013年04月27日 12:37 来源:黑龙江日报”。标题照录；频道菜单两行与日期来源行已删。存段末段“米哈远东高科技园区位于…规划占地面积145万”在句中中断，整段删去；正文截至“…目前基础工程已经破土动工。”，共四段。园区：跃进高科技园区（境外园区，位于俄罗斯滨海边区乌苏里斯克市；city 记乌苏里斯克，province null；由绥芬河市跃进经贸有限公司规划建设）。绥芬河为市（region）。项目：跃进高科技园区一期——“已投产9条鞋类生产线”→投产（项目名为编者概括，可选）；二期高科技产业园区——“基础工程已经破土动工”→开工，“今年拟投资4亿元”为年度计划（target 事实，不作项目投资额）。公司：绥芬河市跃进经贸有限公司（园区开发方，总部在绥芬河，park null）。事实：绥芬河截至2012年末境外投资154项、8.46亿美元，境外园区3个、2.91亿美元（cumulative，usd）；跃进一期产值约1.7亿美元、年产能1300万双；铁路车站一季度运量217.3万吨（可选）。",
  "qo03"),
 parks=[
  park(YJ, "乌苏里斯克", None, "境外园区（俄罗斯）", R0, note="位于俄罗斯滨海边区乌苏里斯克市；绥芬河企业规划建设的境外园区"),
 ],
 companies=[
  comp("绥芬河市跃进经贸有限公司", None, R0, note="跃进高科技园区的规划建设方；本身在绥芬河，不在园内"),
 ],
 institutions=[],
 projects=[
  proj("跃进高科技园区一期", YJ, R1, companies=["绥芬河市跃进经贸有限公司"], phase="一期", status="投产", status_text="已投产", opt=True,
       note="名称为编者概括（文中作“一期”）；9条鞋类生产线"),
  proj("二期高科技产业园区", YJ, R2, companies=["绥芬河市跃进经贸有限公司"], phase="二期", status="开工", status_text="破土动工",
       note="今年拟投资4亿元（年度计划，作事实）；占地15万平方米"),
 ],
 aggregate_facts=[
  fact("绥芬河", "region", "overseas_investment_projects", 154, "count", R3, "2012年末", kind="cumulative"),
  fact("绥芬河", "region", "overseas_investment_usd", 8.46e8, "usd", "境外投资154项,投资总额8.46亿美元", "2012年末", kind="cumulative"),
  fact("绥芬河", "region", "overseas_parks", 3, "count", "境外园区3个,总投资额2.91亿美元", "2012年末", kind="cumulative"),
  fact("绥芬河", "region", "overseas_parks_investment_usd", 2.91e8, "usd", "境外园区3个,总投资额2.91亿美元", "2012年末", kind="cumulative"),
  fact(YJ, "park", "area_m2", 2.6e5, "m2", R0, "2013年4月", opt=True),
  fact(YJ, "park", "output_value_usd", 1.7e8, "usd", R1, "2013年4月（一期）", qual="约", qtext="约", note="一期产值"),
  fact(YJ, "park", "production_lines_in_operation", 9, "count", R1, "2013年4月（一期）", opt=True),
  fact(YJ, "park", "planned_annual_investment_cny", 4e8, "cny", "今年拟投资4亿元", "2013年（计划，二期）", kind="target", chk=True),
  fact("绥芬河", "region", "rail_port_freight_tonnes", 2.173e6, "t", "绥芬河铁路车站一季度进出口运量完成217.3万吨", "2013年一季度", opt=True, note="绥芬河铁路车站进出口运量"),
 ])

# ---------------------------------------------------------------- qo04 中国东兴—越南芒街跨境经济合作区 (中新社 on 中国网 2016)
DX = "中国东兴—越南芒街跨境经济合作区"
S0 = "根据中越两国政府的共识,在中越界河北仑河的两岸,两国各规划10平方公里左右的特殊监管区,共建中国东兴—越南芒街跨境经济合作区"
S1 = "记者看到,连接广西与越南广宁两区省的中越北仑河第二座公路大桥正在建设"
S2 = "这座大桥和桥旁的友好大道、中央大道、兴悦大道等一批项目将于2016年建成,跨境合作区基础设施逐渐完善"
S3 = "2015年边境贸易总额259.12亿元人民币,同比增长7%,其中进口125.63亿元"
G["qo04"] = dict(
 article=art("踏访中越合作旗舰项目——中越跨境经济合作区", "中国新闻网（中新社，作者 李敏军），载于中国网财经 finance.china.com.cn", "2016-02-19", "day",
  "National news agency feature on a national portal's finance channel, Guangxi: a visit to the China–Vietnam cross-border economic cooperation zone at Dongxing after the Spring Festival — the zone's planned areas, border-trade figures of the city, the second Beilun River bridge under construction and roads to be finished in 2016",
  "http://finance.china.com.cn/roll/20160219/3591871.shtml",
  "日期取页面“发布时间:2016-02-19 14:23:00 来源:中国新闻网”。标题照录；“- 发布时间…责任编辑:罗伯特”行已删；电头题目行与“作者 李敏军”照录为段落。存段末段“按照中国商务部和越南工贸部签”在句中中断，整段删去；正文截至“…跨境合作区基础设施逐渐完善。”，共十二段。园区：中国东兴—越南芒街跨境经济合作区（东兴市，防城港市，广西；标题作“中越跨境经济合作区”，文中又作“跨境经济合作区”“跨境合作区”）；“东兴市互市贸易区”列可选园区。项目：中越北仑河第二座公路大桥——“正在建设”→在建；友好大道、中央大道、兴悦大道——“将于2016年建成”，无状态词（可选）；文中说这些项目使“跨境合作区基础设施逐渐完善”，园区记跨境经济合作区（推定）。事实：两国各规划约10平方公里（左右→约）；东兴市2015年边境贸易总额259.12亿元、增长7%、进口125.63亿元（region）；木薯淀粉日均进口约3500吨（可选）。东兴市边贸局列可选机构。",
  "qo04"),
 parks=[
  park(DX, "防城港", "广西", "跨境经济合作区", S0, district="东兴市", aliases=["中越跨境经济合作区", "跨境经济合作区", "跨境合作区"],
       note="标题作“中越跨境经济合作区”"),
  park("东兴市互市贸易区", "防城港", "广西", "互市贸易区", "木薯淀粉是东兴市互市贸易区进口数量较多的产品", district="东兴市", opt=True),
 ],
 companies=[],
 institutions=[
  inst("东兴市边贸局", "东兴市边贸局人员李国富18日站在码头向中新社记者介绍说"),
 ],
 projects=[
  proj("中越北仑河第二座公路大桥", DX, S1, status="在建", status_text="正在建设",
       note="园区由语境推定（“跨境合作区基础设施逐渐完善”）；将于2016年建成"),
  proj("友好大道", DX, S2, opt=True, note="将于2016年建成；无状态词；园区推定"),
  proj("中央大道", DX, S2, opt=True, note="同上"),
  proj("兴悦大道", DX, S2, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(DX, "park", "planned_area_km2", 10, "km2", S0, "2016年2月", qual="约", qtext="左右", opt=True, note="中越两国各规划约10平方公里的特殊监管区"),
  fact("东兴市", "region", "border_trade_cny", 2.5912e10, "cny", S3, "2015年", chk=True),
  fact("东兴市", "region", "border_trade_yoy_growth", 0.07, "ratio", "2015年边境贸易总额259.12亿元人民币,同比增长7%", "2015年", kind="ratio"),
  fact("东兴市", "region", "border_trade_imports_cny", 1.2563e10, "cny", "其中进口125.63亿元", "2015年", chk=True),
  fact("东兴市互市贸易区", "park", "daily_cassava_starch_imports_t", 3500, "t", "每天平均进口约3500吨", "2016年2月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- qo05 东兴试验区 与 中国十七冶 签约 (zhupeng relay, 2016?)
DK = "中国东兴—越南芒街跨境合作区"
DS = "东兴试验区"
T0 = "1月31日,东兴试验区管委会和中国十七冶集团公司在美丽的边海之城防城港市签订战略合作框架协议,共同推进中国东兴—越南芒街跨境合作区与冲榄工业园等配套园区的开发建设,总投资约18亿元"
G["qo05"] = dict(
 article=art("（无标题）东兴试验区管委会与中国十七冶集团签订战略合作框架协议 共推东兴—芒街跨境合作区与冲榄工业园开发 总投资约18亿元",
  "fcg.zhupeng.com（防城港地方站“News”栏转载；原发媒体与署名未注明）", "2016-01-31 或稍后（年份由文意推定，见 note）", "inferred",
  "Local-site relay, Guangxi: a development-and-opening pilot zone's committee signs a strategic framework agreement with a central state-owned builder to develop the China–Vietnam cross-border cooperation zone and a supporting industrial park, with the total investment; the city leaders' remarks on the zone's policies",
  "https://fcg.zhupeng.com/News/Info/429026",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“1月31日”，年份未写；文中引《国务院关于支持沿边重点地区开发开放若干政策措施的意见》（2016年1月公布）并说“前天闭幕的自治区‘两会’”，推定为2016年1月31日（2017年亦不能排除；记入 SOURCES.md 疑点）。“**”为页面原有字符，照录。存段末段“何朝建市长与喻世功董事长…经实地考察跨境经济合作区、冲榄工”在句中中断，整段删去；正文截至“…打造投资建设的大型联合航母。”，共两段。园区：中国东兴—越南芒街跨境合作区（文中写法；防城港市东兴市，广西）；冲榄工业园（“配套园区”，列园区，非可选）；东兴试验区（广西东兴国家重点开发开放试验区，文中只作“东兴试验区”，kind 重点开发开放试验区）。项目：跨境合作区与冲榄工业园等配套园区的开发建设——签订战略合作框架协议→签约，“总投资约18亿元”→约；园区记跨境合作区（冲榄工业园同属，note）。公司：中国十七冶集团公司（又作“中国十七冶集团有限公司”“十七冶集团”；央企，园区外投资方，park null）。机构：东兴试验区管委会（park 东兴试验区）、东兴试验区工管委、防城港市委市政府（可选）。",
  "qo05"),
 parks=[
  park(DK, "防城港", "广西", "跨境经济合作区", T0, district="东兴市", note="文中写作“跨境合作区”（无“经济”二字）；即 qo04 的中国东兴—越南芒街跨境经济合作区"),
  park("冲榄工业园", "防城港", "广西", "工业园", T0, note="“配套园区”"),
  park(DS, "防城港", "广西", "重点开发开放试验区", "目前,东兴试验区非常需要像十七冶集团一样实力雄厚的大型央企投资开发",
       note="即广西东兴国家重点开发开放试验区（文中只作简称）"),
 ],
 companies=[
  comp("中国十七冶集团公司", None, T0, aliases=["中国十七冶集团有限公司", "十七冶集团"], note="央企，投资开发方；园区外"),
 ],
 institutions=[
  inst("东兴试验区管委会", T0, park=DS, opt=False, note="签约一方"),
  inst("东兴试验区工管委", "防城港市委市政府、东兴试验区工管委将认真为十七冶集团做好支持、保障和服务", park=DS),
  inst("防城港市委市政府", "防城港市委市政府、东兴试验区工管委将认真为十七冶集团做好支持、保障和服务"),
 ],
 projects=[
  proj("中国东兴—越南芒街跨境合作区与冲榄工业园等配套园区的开发建设", DK, T0, companies=["中国十七冶集团公司"], inv="总投资约18亿元",
       qual="约", qual_text="约", status="签约", status_text="签订战略合作框架协议", note="框架协议；涵盖跨境合作区与冲榄工业园等配套园区"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- qo06 绥芬河 三个省百大项目 (wh-my relay, 2020)
MC = "中俄木材加工交易中心项目"
SF = "中国(黑龙江)自贸区绥芬河片区"
V0 = "3个省百大项目建设完成投资过半完??绥芬河机场项目、公路口岸货运检验区项目、中俄木材加工交易中心项目总投资21.9亿元,年度计划投资6.1亿元,截至目前投资完成率54.8%"
V1 = "2019年9月,随着中国(黑龙江)自贸区绥芬河片区的挂牌,绥芬河中俄木材加工交易中心项目建设也同时启动"
V2 = "该中心总占地面积38万平方米,总投资6亿元人民币,同时配套有原木板材堆场、木材交易中心、物流中心等"
V3 = "还有11个项目列入牡丹江市百大项目,项目总投资14.2亿元,2020年计划投资4.7亿元,截至目前已全部开复工,投资完成率为61.4%"
V4 = "绥芬河市2020年计划开复工项目63个,总投资14.41亿元,年度计划投资7.97亿元,截至目前,已开复工项目46个,开复工率73%"
AS6 = "2020年（截至发稿）"
G["qo06"] = dict(
 article=art("绥芬河中俄木材加工交易中心等三个省百大项目完成投资过半", "wh-my.com（转载；原发媒体与署名未注明，“记者从绥芬河市发展改革局获悉”）", "2020", "year",
  "Relay of a city news item, Heilongjiang border city: three provincial top-100 projects past half their annual investment (airport, port freight inspection area, a China–Russia timber processing and trading centre), city-level project counts and investment plans, the timber centre's start with the free-trade-zone area, its area, investment and 26 firms entered",
  "http://www.wh-my.com/Show/?Cid=11930",
  "存段无日期行；文中“2020年计划投资…截至目前”，发稿于2020年（月份不详，记 year）。标题照录；末行转载声明“上述资讯图文来自网络…”已删；小标题“26户企业入驻木材加工交易中心”照录为段落；“完??”为页面原有字符，照录。正文完整，共六段。园区：中国(黑龙江)自贸区绥芬河片区（绥芬河市，牡丹江市，黑龙江；kind 自贸试验区片区）；绥芬河中俄木材加工交易中心（有26户企业入驻，列可选园区）。项目：绥芬河机场项目、公路口岸货运检验区项目（省百大项目，无状态词，园区 null）；中俄木材加工交易中心项目（又作“绥芬河中俄木材加工交易中心项目”；2019年9月随自贸区绥芬河片区挂牌“项目建设也同时启动”→开工；总投资6亿元；园区：文中只说与片区挂牌同时启动，未明说位于片区内，记 null，note）。三项目合计总投资21.9亿元、年度计划6.1亿元、完成率54.8%（事实，subject 绥芬河 region）；牡丹江市百大项目11个、14.2亿元、2020年计划4.7亿元、完成率61.4%；2020年计划开复工63个、14.41亿元、年度计划7.97亿元、已开复工46个、73%。绥芬河市发展改革局列可选机构。",
  "qo06"),
 parks=[
  park(SF, "牡丹江", "黑龙江", "自贸试验区片区", V1, district="绥芬河市", note="2019年9月挂牌"),
  park("绥芬河中俄木材加工交易中心", "牡丹江", "黑龙江", "木材加工交易园区", "26户企业入驻木材加工交易中心", district="绥芬河市",
       aliases=["木材加工交易中心", "中俄木材加工交易中心"], opt=True, note="项目本身；有企业入驻，按园区也可"),
 ],
 companies=[],
 institutions=[
  inst("绥芬河市发展改革局", "记者从绥芬河市发展改革局获悉"),
 ],
 projects=[
  proj("绥芬河机场项目", None, V0, note="省百大项目；无状态词；三项目合计总投资21.9亿元"),
  proj("公路口岸货运检验区项目", None, V0, note="省百大项目；无状态词"),
  proj(MC, None, V2, inv="总投资6亿元", status="开工", status_text="项目建设也同时启动", aliases=["绥芬河中俄木材加工交易中心项目", "绥芬河中俄木材加工交易中心"],
       note="2019年9月随中国(黑龙江)自贸区绥芬河片区挂牌启动建设；文中未明说位于片区内，park 记 null；占地38万平方米；26户企业入驻"),
 ],
 aggregate_facts=[
  fact("绥芬河", "region", "major_projects_total_investment_cny", 2.19e9, "cny", "中俄木材加工交易中心项目总投资21.9亿元,年度计划投资6.1亿元", AS6, chk=True,
       note="三个省百大项目合计"),
  fact("绥芬河", "region", "planned_annual_investment_cny", 6.1e8, "cny", "年度计划投资6.1亿元,截至目前投资完成率54.8%", "2020年（计划）", kind="target", chk=True,
       note="三个省百大项目"),
  fact("绥芬河", "region", "annual_investment_completion_rate", 0.548, "ratio", "截至目前投资完成率54.8%", AS6, kind="ratio", note="三个省百大项目"),
  fact("绥芬河", "region", "major_projects_listed", 11, "count", V3, "2020年", opt=True, note="列入牡丹江市百大项目"),
  fact("绥芬河", "region", "major_projects_total_investment_cny", 1.42e9, "cny", "项目总投资14.2亿元,2020年计划投资4.7亿元", "2020年", chk=True, opt=True, note="牡丹江市百大项目11个"),
  fact("绥芬河", "region", "planned_annual_investment_cny", 4.7e8, "cny", "2020年计划投资4.7亿元", "2020年（计划）", kind="target", chk=True, opt=True, note="牡丹江市百大项目11个"),
  fact("绥芬河", "region", "annual_investment_completion_rate", 0.614, "ratio", "投资完成率为61.4%", AS6, kind="ratio", opt=True, note="牡丹江市百大项目11个"),
  fact("绥芬河", "region", "projects_planned_to_start", 63, "count", V4, "2020年（计划）", kind="target", note="省、市百大项目之外"),
  fact("绥芬河", "region", "planned_projects_total_investment_cny", 1.441e9, "cny", "总投资14.41亿元,年度计划投资7.97亿元", "2020年（计划）", kind="target", chk=True),
  fact("绥芬河", "region", "planned_annual_investment_cny", 7.97e8, "cny", "年度计划投资7.97亿元,截至目前", "2020年（计划）", kind="target", chk=True),
  fact("绥芬河", "region", "projects_started", 46, "count", "截至目前,已开复工项目46个,开复工率73%", AS6, kind="cumulative", note="开复工"),
  fact("绥芬河", "region", "projects_start_rate", 0.73, "ratio", "已开复工项目46个,开复工率73%", AS6, kind="ratio", opt=True),
  fact("绥芬河中俄木材加工交易中心", "park", "firms_entered", 26, "count", "26户企业入驻木材加工交易中心", AS6),
  fact("绥芬河中俄木材加工交易中心", "park", "area_m2", 3.8e5, "m2", V2, "2020年", opt=True),
 ])
