# real24 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there)
G["p01"] = dict(
 article=art("【琅琊新闻网】5个月高新区签约引进产业化项目16个", "琅琊新闻网（临报融媒记者 王鲁娜）, 转载页 临沂国家高新技术产业开发区网站 lyctp.gov.cn（高新宣传部）",
  "2019-06-15", "day",
  "park website item (reposting the city paper's news site) on a national high-tech zone's five months of investment promotion: trips, projects being courted incl. named foreign and Fortune-500 firms, signed industrial projects with count, total and three named investors and amounts, a school cooperation project",
  "http://www.lyctp.gov.cn/info/1028/17598.htm",
  "页首网站名、栏目路径与“高新宣传部 发布日期:2019-06-15”一行（日期取此）已删。标题中的“【琅琊新闻网】”是转载标记，保留在标题里。园区全称“临沂国家高新技术产业开发区”只在已删的页首，正文作“临沂高新区”“高新区”“全区”。前一段普洛斯/鑫湖集团智能物流园、印度Cosmo、味奇是考察对接或有望签约的项目，记 planned；后一段三个产业园项目为1-5月已签约。北京101中学与宏原集团合作办学项目不是产业项目，记 optional",
  "p01"),
 parks=[park("临沂高新区", "临沂", "山东", "国家高新技术产业开发区", "1-5月份,临沂高新区党政主要领导和招商部门开展", aliases=["高新区"], note="文中又作“高新区”“全区”")],
 companies=[
  comp("普洛斯", "临沂高新区", "包括世界500强普洛斯与鑫湖集团共同投资的智能物流园项目", opt=True, note="对接中的项目（未签约）"),
  comp("鑫湖集团", "临沂高新区", "世界500强普洛斯与鑫湖集团共同投资的智能物流园项目", opt=True, note="对接中的项目（未签约）"),
  comp("天元集团", "临沂高新区", "包括天元集团投资20亿元的绿色产业园项目"),
  comp("台州德仕乐", "临沂高新区", "台州德仕乐投资14亿元的智能水表产业园项目"),
  comp("江苏润东", "临沂高新区", "江苏润东投资7.05亿元的现代智慧物流园项目"),
  comp("宏原集团", "临沂高新区", "北京101中学与宏原集团合作办学项目", opt=True),
 ],
 institutions=[inst("北京101中学", "北京101中学与宏原集团合作办学项目", kind="school", note="合作办学项目一方")],
 projects=[
  proj("智能物流园项目", "临沂高新区", "包括世界500强普洛斯与鑫湖集团共同投资的智能物流园项目", companies=["普洛斯", "鑫湖集团"], status="planned", status_text="考察对接", opt=True, note="考察对接的40余个项目之一"),
  proj("印度Cosmo磁性材料元器件项目", "临沂高新区", "印度Cosmo磁性材料元器件项目等", status="planned", status_text="考察对接", opt=True),
  proj("味奇婴童营养食品项目", "临沂高新区", "其中味奇婴童营养食品等5个项目近期有望签约", aliases=["味奇婴童营养食品"], status="planned", status_text="近期有望签约", opt=True, note="文中无“项目”二字"),
  proj("绿色产业园项目", "临沂高新区", "包括天元集团投资20亿元的绿色产业园项目", companies=["天元集团"], inv="20亿元", status="签约", status_text="签约引进"),
  proj("智能水表产业园项目", "临沂高新区", "台州德仕乐投资14亿元的智能水表产业园项目", companies=["台州德仕乐"], inv="14亿元", status="签约", status_text="签约引进"),
  proj("现代智慧物流园项目", "临沂高新区", "江苏润东投资7.05亿元的现代智慧物流园项目", companies=["江苏润东"], inv="7.05亿元", status="签约", status_text="签约引进"),
  proj("北京101中学与宏原集团合作办学项目", "临沂高新区", "北京101中学与宏原集团合作办学项目", companies=["宏原集团"], status="签约", status_text="签约引进", opt=True, note="教育项目，列在16个产业化项目的“包括”之中"),
 ],
 aggregate_facts=[
  fact("临沂高新区", "park", "investment_promotion_events", 36, "count", "招商活动36次", "2019年1-5月", opt=True),
  fact("临沂高新区", "park", "projects_under_negotiation", 40, "count", "考察对接项目40余个", "2019年1-5月", qual="余", qtext="余"),
  fact("临沂高新区", "park", "projects_expected_to_sign", 5, "count", "等5个项目近期有望签约", "2019年6月", opt=True),
  fact("临沂高新区", "park", "projects_signed", 16, "count", "全区共签约引进产业化项目16个", "2019年1-5月"),
  fact("临沂高新区", "park", "planned_investment_cny", None, "cny", "协议总投资近77亿元", "2019年1-5月", qual="约", qtext="近", note="16个签约产业化项目的协议总投资"),
 ])

G["p02"] = dict(
 article=art("荆州市江陵工业园区更名为湖北江陵经济开发区", "original not named, repost 中国起重机械网 chinacrane.net（园区新闻栏）", "2012-12-14", "day",
  "trade-site repost on a county industrial park renamed a provincial development zone: its three sub-parks and planned area, the county's infrastructure spending, firms settled, ten-month fixed-asset investment and growth",
  "http://m.chinacrane.net/news/201212/14/60811.html",
  "页首“园区新闻”与“2012-12-14 来源:中国起重机械网 人气: 1288”一行（日期取此）、文末“文中内容、图片均来源于网络…”已删。开发区名带“(筹)”。“截至去年底”即2011年底，“今年元月至10月”即2012年1-10月。江陵县属荆州市（文中“荆州县市”）",
  "p02"),
 parks=[
  park("湖北江陵经济开发区", "荆州", "湖北", "省级经济开发区（筹）", "湖北省政府批准荆州市江陵工业园区更名为湖北江陵经济开发区(筹)", district="江陵县", aliases=["江陵经济开发区", "荆州市江陵工业园区"], note="由江陵工业园区更名；文中又作“园区”"),
  park("城东工业园", "荆州", "湖北", "开发区分园", "新批复的江陵经济开发区包含城东工业园、沿江产业园和煤电路港产业新城", district="江陵县", parent="湖北江陵经济开发区"),
  park("沿江产业园", "荆州", "湖北", "开发区分园", "包含城东工业园、沿江产业园和煤电路港产业新城", district="江陵县", parent="湖北江陵经济开发区"),
  park("煤电路港产业新城", "荆州", "湖北", "开发区分园（产业新城）", "沿江产业园和煤电路港产业新城,规划面积55平方公里", district="江陵县", parent="湖北江陵经济开发区", opt=True, note="“产业新城”，是否算园区可议"),
 ],
 institutions=[inst("湖北省政府", "近日,湖北省政府批准荆州市江陵工业园区更名")],
 aggregate_facts=[
  fact("湖北江陵经济开发区", "park", "planned_area_km2", 55, "km2", "规划面积55平方公里", "2012年12月"),
  fact("湖北江陵经济开发区", "park", "infrastructure_investment_cny", None, "cny", "该县先后投入10亿元用于园区基础设施建设", None, kind="cumulative", note="江陵县历年投入园区基础设施"),
  fact("湖北江陵经济开发区", "park", "enterprises", 101, "count", "截至去年底,园区落户企业101家", "2011年底", kind="cumulative"),
  fact("湖北江陵经济开发区", "park", "fixed_asset_investment_cny", None, "cny", "园区固定资产投资近40亿元", "2012年1-10月", qual="约", qtext="近"),
  fact("湖北江陵经济开发区", "park", "fixed_asset_investment_yoy_growth", 50, "percent", "增幅达50%以上", "2012年1-10月", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

G["p03"] = dict(
 article=art("上虞区召开招商引资现场会", "绍兴市 tz.sx.gov.cn（原始出处未标）", "2022-05-30", "day",
  "city government site item on a district's investment-promotion site meeting: a visit to a firm's medical-consumables park in an economic development zone and a firm in a sub-district, the district's investment rules, signed projects and value, landed projects and rate",
  "http://tz.sx.gov.cn/art/2022/5/30/art_1542172_58919196.html",
  "日期取 URL 路径（2022/5/30），会议在“5月25日”。页首标题下的“|”与“||||||||”分隔线和正文末尾行内的“ |”为页面残留，已删。原文“进行现场学习交流。 今年以来”句间有空格，照录。统计为上虞区全区口径，非园区口径。浙江创新激光设备有限公司在东关街道，不在文中的经开区内",
  "p03"),
 parks=[
  park("杭州湾上虞经开区", "绍兴", "浙江", "经济技术开发区", "与会人员先后来到杭州湾上虞经开区的昌红科技高分子医疗耗材产业园", district="上虞区"),
  park("昌红科技高分子医疗耗材产业园", "绍兴", "浙江", "企业产业园", "杭州湾上虞经开区的昌红科技高分子医疗耗材产业园", district="上虞区", parent="杭州湾上虞经开区", opt=True, note="企业园兼项目（见 projects）"),
 ],
 companies=[
  comp("昌红科技", "杭州湾上虞经开区", "杭州湾上虞经开区的昌红科技高分子医疗耗材产业园", opt=True, note="只作产业园名称的一部分出现"),
  comp("浙江创新激光设备有限公司", None, "及东关街道的浙江创新激光设备有限公司", note="位于东关街道，文中未置于园区"),
 ],
 projects=[
  proj("昌红科技高分子医疗耗材产业园", "杭州湾上虞经开区", "杭州湾上虞经开区的昌红科技高分子医疗耗材产业园", companies=["昌红科技"], opt=True, note="现场会参观点；建设阶段未说明"),
 ],
 aggregate_facts=[
  fact("上虞区", "region", "projects_signed", 14, "count", "新增签约项目共14个", "2022年5月", kind="cumulative", note="今年以来截至目前"),
  fact("上虞区", "region", "signed_contract_value_cny", None, "cny", "签约投资额为123.14亿元", "2022年5月", kind="cumulative"),
  fact("上虞区", "region", "projects_over_5b_yuan", 1, "count", "其中50亿元以上项目1个", "2022年5月", opt=True),
  fact("上虞区“五个一批”签约落地类项目", "project_group", "projects_count", 12, "count", "12个“五个一批”签约落地类项目", "2022年5月", opt=True),
  fact("上虞区“五个一批”签约落地类项目", "project_group", "projects_landed", 6, "count", "12个“五个一批”签约落地类项目6个已落地", "2022年5月", opt=True),
  fact("上虞区“五个一批”签约落地类项目", "project_group", "landing_rate", 50, "percent", "落地率50%", "2022年5月", kind="ratio", opt=True),
 ])

G["p04"] = dict(
 article=art("深江产业园:深圳江门携手共建 谱写产业发展新篇", "original not named, forum repost 高楼迷 gaoloumi.cc（楼主帖）", "2020-11-09", "day",
  "forum repost of a local news item on a Shenzhen–Jiangmen co-built industrial park: its two sub-parks in two towns joining a city demonstration zone, planned and levelled land, infrastructure, the start year, its place among the city's five ten-thousand-mu parks",
  "http://www.gaoloumi.cc/forum.php?mod=viewthread&page=1&tid=3263259",
  "论坛帖：页首“|”“楼主 |”“发表于 2020-11-9 12:06:26”（日期取此，为转帖日期，原文日期不详）“显示全部楼层”及行末“ |”“|”已删。“今年4月26日”即2020年。江门市新会区（地名据文）",
  "p04"),
 parks=[
  park("深江产业园", "江门", "广东", "合作共建产业园", "分别位于两镇的深江产业园大泽园区和司前园区的建设备受关注", district="新会区", note="深圳江门共建；江门市五大万亩园区之一"),
  park("大泽园区", "江门", "广东", "产业园分园", "深江产业园大泽园区和司前园区", district="新会区", parent="深江产业园", note="位于大泽镇"),
  park("司前园区", "江门", "广东", "产业园分园", "大泽园区和司前园区的建设备受关注", district="新会区", parent="深江产业园", note="位于司前镇"),
  park("中心城区产城融合示范区", "江门", "广东", "示范区", "江门市举行了中心城区产城融合示范区首批项目集中动工活动", opt=True, note="大泽镇、司前镇被纳入该示范区"),
 ],
 institutions=[inst("新会区工业园区管委会", "新会区工业园区管委会副主任陈晟昊介绍")],
 aggregate_facts=[
  fact("深江产业园", "park", "planned_area_mu", 23135, "mu", "深江产业园规划面积总共是23135亩", "2020年11月"),
  fact("深江产业园大泽园区、司前园区", "park_group", "industrial_land_mu_each", 10000, "mu", "这两个园区都是超过了1万亩的工业用地", "2020年11月", qual="超", qtext="超过", opt=True),
  fact("深江产业园", "park", "land_leveled_mu", 6000, "mu", "园区平整土地超过6000亩", "2020年11月", kind="cumulative", qual="超", qtext="超过"),
  fact("江门市万亩园区", "park_group", "parks_count", 5, "count", "是江门市五大万亩园区之一", "2020年11月", opt=True),
 ])

G["p05"] = dict(
 article=art("我市再获5.8亿元扶持资金 用于省产业园扩能增效", "梅州日报（本报讯，记者 李胜发 通讯员 丘聪）, 转载页 guangzhou.baogaosu.com（“本文来源: Meizhou.Cn”）", "2016-01-27", "day",
  "city paper item (aggregator copy) on provincial park-upgrading support funds: the city's allocation split between an industrial belt's environmental infrastructure, three county clusters and investment promotion, the province's 2013–2017 total, the city's cumulative receipts",
  "http://guangzhou.baogaosu.com/xinwen/%25E5%2585%2583%25E6%2589%25B6%25E6%258C%2581%25E8%25B5%2584%25E9%2587%2591%25E7%2594%25A8%25E4%25BA%258E%25E7%259C%2581%25E4%25BA%25A7%25E4%25B8%259A%25E5%259B%25AD%25E6%2589%25A9%25E8%2583%25BD%25E5%25A2%259E%25E6%2595%2588/42996031",
  "页首与页尾的“27.01.2016 12:24”（日期取此）与“本文来源: Meizhou.Cn”各两行已删。“我市”即梅州市。基金类记录：“省产业园扩能增效扶持资金”是省财政专项扶持资金（非股权基金），记一条 funds（规模取省财政2013-2017年统筹安排135亿元）；梅州所获5.8亿元及其分项记 aggregate_facts。梅县、蕉岭、大埔“3个集聚地”未具名，不单列园区",
  "p05"),
 parks=[
  park("广东梅兴华丰产业集聚带", "梅州", "广东", "省产业园（产业集聚带）", "预安排5亿元专项扶持资金用于加强广东梅兴华丰产业集聚带环保基础设施建设"),
 ],
 institutions=[
  inst("省经信委", "省经信委、省财政厅联合公示省产业园扩能增效扶持资金计划"),
  inst("省财政厅", "省经信委、省财政厅联合公示"),
 ],
 funds=[
  fund("省产业园扩能增效扶持资金", None, "省财政统筹安排135亿元用于支持省产业园扩能增效工作", size="135亿元", size_type="2013年至2017年省财政统筹安排总额", note="广东省财政专项扶持资金，支持粤东西北省产业园；梅州此次获5.8亿元（见 aggregate_facts）"),
 ],
 aggregate_facts=[
  fact("梅州市", "region", "fund_allocation_cny", None, "cny", "此次梅州获省产业园扩能增效扶持资金5.8亿元", "2016年1月"),
  fact("广东梅兴华丰产业集聚带", "park", "fund_allocation_cny", None, "cny", "5亿元专项扶持资金用于加强广东梅兴华丰产业集聚带环保基础设施建设", "2016年1月", note="用于环保基础设施建设"),
  fact("梅州市（依托省产业园带动产业集聚发展及招商选资）", "region", "fund_allocation_cny", None, "cny", "安排8000万元资金支持我市依托省产业园带动产业集聚发展以及招商选资", "2016年1月", opt=True, note="即下文3个集聚地各2000万元与招商选资2000万元之和"),
  fact("梅县、蕉岭、大埔3个集聚地", "park_group", "fund_allocation_per_park_cny", None, "cny", "各2000万元园区基础设施建设专题资金", "2016年1月", note="每个集聚地2000万元"),
  fact("梅县、蕉岭、大埔集聚地", "park_group", "parks_count", 3, "count", "梅县、蕉岭和大埔3个集聚地", "2016年1月", opt=True),
  fact("梅州市", "region", "investment_promotion_fund_cny", None, "cny", "招商选资专项资金2000万元", "2016年1月", opt=True),
  fact("梅州市", "region", "fund_received_cny", None, "cny", "共获得专项资金16.032亿元", "2016年1月", kind="cumulative", note="历年所获省产业园区扩能增效资金"),
 ])

G["p06"] = dict(
 article=art(None, "枞阳在线（稿件来源; 编辑 王章志）, 转载页 aqzyzx.com", "2025-02-06", "day",
  "county news-site item (city portal copy) on a county economic development zone's new-year signing: sixteen projects and contract total, named auto-parts, integration and second-phase reinvestment projects with their firms, projects in negotiation",
  "http://www.aqzyzx.com/zongyang/202502/t20250206_8228705.html",
  "页面未存标题，正文直接开始。日期取 URL 路径（t20250206），签约在“2月4日上午”。文末“稿件来源: 枞阳在线”“编辑: 王章志”与分隔符“|”已删；“(通讯员)”为原文署名，保留。文中项目名以企业简称起首，企业记简称；华赛包装、华鑫科技为再投资的“二期”项目。枞阳县属安徽安庆市（地名据常识）",
  "p06", title_note="页面未存标题；内容为：16个招商项目签约落户枞阳经开区，合同总金额47.36亿元"),
 parks=[park("枞阳经开区", "安庆", "安徽", "经济开发区", "等16个招商项目正式签约落户枞阳经开区", district="枞阳县", aliases=["经开区"], note="文中又作“经开区”")],
 companies=[
  comp("精锐恒丰", "枞阳经开区", "精锐恒丰年产300万只汽车传动皮带轮"),
  comp("昊森部件", "枞阳经开区", "昊森部件年产40万套汽车内外饰塑料件"),
  comp("橙果桥梁", "枞阳经开区", "橙果桥梁桥梁机械设备制造"),
  comp("创实玻璃", "枞阳经开区", "创实玻璃年产60万平方米钢化玻璃加工项目"),
  comp("华赛包装", "枞阳经开区", "华赛包装年产8亿只绿色无菌高档瓶盖生产线"),
  comp("华鑫科技", "枞阳经开区", "华鑫科技年产150万套高档服装和1万台电动缝纫机"),
 ],
 projects=[
  proj("精锐恒丰年产300万只汽车传动皮带轮项目", "枞阳经开区", "年产300万只汽车传动皮带轮等16个招商项目正式签约落户枞阳经开区", companies=["精锐恒丰"], aliases=["年产300万只汽车传动皮带轮"], status="签约", status_text="正式签约落户", note="文中作“精锐恒丰年产300万只汽车传动皮带轮”"),
  proj("昊森部件年产40万套汽车内外饰塑料件项目", "枞阳经开区", "昊森部件年产40万套汽车内外饰塑料件等一批汽车零部件下游强链壮链项目", companies=["昊森部件"], status="签约", status_text="集中签约"),
  proj("橙果桥梁桥梁机械设备制造项目", "枞阳经开区", "橙果桥梁桥梁机械设备制造", companies=["橙果桥梁"], status="签约", status_text="集中签约"),
  proj("创实玻璃年产60万平方米钢化玻璃加工项目", "枞阳经开区", "创实玻璃年产60万平方米钢化玻璃加工项目等业态融合项目", companies=["创实玻璃"], status="签约", status_text="集中签约"),
  proj("华赛包装年产8亿只绿色无菌高档瓶盖生产线", "枞阳经开区", "华赛包装年产8亿只绿色无菌高档瓶盖生产线", companies=["华赛包装"], phase="二期", status="签约", status_text="集中签约", note="再投资的“二期”项目"),
  proj("华鑫科技年产150万套高档服装和1万台电动缝纫机项目", "枞阳经开区", "华鑫科技年产150万套高档服装和1万台电动缝纫机等再投资的“二期”项目", companies=["华鑫科技"], phase="二期", status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact("枞阳经开区", "park", "projects_signed", 16, "count", "等16个招商项目正式签约落户枞阳经开区", "2025年2月"),
  fact("枞阳经开区", "park", "signed_contract_value_cny", None, "cny", "合同总金额达47.36亿元", "2025年2月"),
  fact("枞阳经开区", "park", "projects_under_negotiation", 11, "count", "目前重点在谈项目11个", "2025年2月"),
  fact("枞阳经开区", "park", "projects_expected_to_sign", 4, "count", "其中4个项目有望近期签约", "2025年2月", opt=True),
 ])

G["p07"] = dict(
 article=art(None, "original not named (东海县方面稿，“我县”), repost 中国起重机械网 chinacrane.net", "2016-11-14", "day",
  "trade-site repost of a county item: a framework agreement for a national high-tech zone's base signed in the county's high-tech zone, three autumn investment fairs with projects signed and totals, the county's silicon-industry plans",
  "http://m.chinacrane.net/news/201611/14/110151.html",
  "页面未存标题，正文直接开始。日期取 URL 路径（201611/14），签约仪式在“11月12日上午”。文末“文中内容、图片均来源于网络…”已删。“我县”即连云港市东海县。三次签约为县级口径，未说明落在哪个园区。“东海基地”是连云港国家高新区在东海县的基地，框架协议在东海高新区签署",
  "p07", title_note="页面未存标题；内容为：连云港国家高新技术产业开发区东海基地项目框架协议在东海高新区签署，东海县四季度招商签约情况"),
 parks=[
  park("连云港国家高新技术产业开发区", "连云港", "江苏", "国家高新技术产业开发区", "连云港国家高新技术产业开发区东海基地项目框架协议签署仪式"),
  park("连云港国家高新技术产业开发区东海基地", "连云港", "江苏", "高新区基地（飞地/分园）", "连云港国家高新技术产业开发区东海基地项目框架协议", district="东海县", parent="连云港国家高新技术产业开发区", opt=True, note="园区兼项目（见 projects）"),
  park("东海高新区", "连云港", "江苏", "高新区", "签署仪式在东海高新区举行", district="东海县"),
 ],
 projects=[
  proj("连云港国家高新技术产业开发区东海基地项目", "东海高新区", "连云港国家高新技术产业开发区东海基地项目框架协议签署仪式在东海高新区举行", status="签约", status_text="框架协议签署", note="框架协议；投资额未给"),
 ],
 aggregate_facts=[
  fact("东海县（省农洽会投资说明会签约项目）", "event", "projects_signed", 8, "count", "总投资11亿元的8个项目集中签约", "2016年9月24日"),
  fact("东海县（省农洽会投资说明会签约项目）", "event", "planned_investment_cny", None, "cny", "总投资11亿元的8个项目集中签约", "2016年9月24日"),
  fact("东海县（深圳产业合作恳谈会签约项目）", "event", "projects_signed", 3, "count", "总投资6亿元的3个项目签约", "2016年10月28日"),
  fact("东海县（深圳产业合作恳谈会签约项目）", "event", "planned_investment_cny", None, "cny", "总投资6亿元的3个项目签约", "2016年10月28日"),
  fact("东海县（上海产业合作恳谈会签约项目）", "event", "projects_signed", 6, "count", "总投资17亿元的6个项目签约", "2016年11月8日"),
  fact("东海县（上海产业合作恳谈会签约项目）", "event", "planned_investment_cny", None, "cny", "总投资17亿元的6个项目签约", "2016年11月8日"),
 ])

G["p08"] = dict(
 article=art("贵州省前9月建成工业投产项目3400个", "本报（原报未名，似为贵州日报；文 干江东，图 李勇、旷光彪）, 转载页 工业园网 gz.cnipai.com", "2013-11-05", "day",
  "provincial paper item (park-portal copy) on the province's nine-month industrial investment and completed projects, and its industrial parks after three years of the industry-strong strategy: park count, cumulative investment and share, standard factory space and occupancy",
  "https://gz.cnipai.com/news/detail/42883.html",
  "页首“贵州切换”“新闻”及日期“2013 11/05 15:12”（日期取此）、四条图片说明（贵州轮胎、奇瑞万达、今飞轮毂、海信电子，均只在图片说明中）与文末免责声明、举报信箱已删。正文未具名任何园区或企业；园区数据为全省“产业园区”总体口径",
  "p08"),
 aggregate_facts=[
  fact("贵州省", "region", "industrial_investment_cny", None, "cny", "全省完成工业投资2650亿元", "2013年1-9月"),
  fact("贵州省", "region", "projects_completed", 3400, "count", "建成投产项目3400个", "2013年1-9月"),
  fact("贵州省产业园区", "park_group", "parks_count", 111, "count", "已有产业园区111个", "2013年9月"),
  fact("贵州省产业园区", "park_group", "cumulative_investment_cny", None, "cny", "累计投资达3871亿元", "2013年9月", kind="cumulative"),
  fact("贵州省产业园区", "park_group", "share_of_industrial_investment", 64.3, "percent", "占全省工业投资的64.3%", "2013年9月", kind="ratio"),
  fact("贵州省产业园区", "park_group", "standard_factory_floor_area_m2", 13300000, "m2", "累计建成标准厂房1330万平方米", "2013年9月", kind="cumulative"),
  fact("贵州省产业园区", "park_group", "standard_factory_occupancy_rate", 73, "percent", "入驻率73%", "2013年9月", kind="ratio"),
  fact("贵州省", "region", "daily_investment_cny", None, "cny", "平均每天完成投资近10亿元", "2013年1-9月", qual="约", qtext="近", opt=True),
  fact("贵州省", "region", "daily_projects_completed", 12, "count", "建成投产12个新项目", "2013年1-9月", opt=True),
 ])

G["p09"] = dict(
 article=art("济南临港经济开发区新区打造智慧产业“新高地”", "济南市政府研究室网站 (source), 转载页 新浪新闻 news.sina.com.cn", "2018-06-28", "day",
  "city government research-office item (national portal copy) on a development zone's new site one year after moving: signed and reserved projects, land and total, two named projects with amounts, Fortune-500, listed and foreign firms among them",
  "http://news.sina.com.cn/c/2018-06-28/doc-iheqpwqx9938048.shtml",
  "页首“新浪新闻客户端”、重复标题、“2018年06月28日 11:03 济南市政府研究室网站”（日期取此）、“原标题:…”与文末新浪页面元素已删（页面存至约2,000字节截断处，正文在截断前结束）。首段与末段重复“签约和储备重点项目已达34个,总投资共计451亿元”，事实各记一次（取首段）。中国电建集团核电工程公司等三家企业只说“不乏”于34个项目之中，未给项目名",
  "p09"),
 parks=[park("济南临港经济开发区", "济南", "山东", "经济开发区", "济南临港经济开发区自2017年迁址新区以来", aliases=["临港经济开发区"], note="2017年迁址新区；文中又作“开发区新区”“开发区”")],
 companies=[
  comp("中国电建集团核电工程公司", "济南临港经济开发区", "不乏中国电建集团核电工程公司等世界500强企业"),
  comp("申通快递", "济南临港经济开发区", "申通快递等A股上市企业"),
  comp("荷兰华通", "济南临港经济开发区", "荷兰华通等外资企业"),
 ],
 projects=[
  proj("临港·智荟瓴", "济南临港经济开发区", "签约引进了总投资约70亿元的“临港·智荟瓴”", inv="约70亿元", qual="约", status="签约", status_text="签约引进"),
  proj("国际生命科学创新中心", "济南临港经济开发区", "总投资约15亿元的“国际生命科学创新中心”", inv="约15亿元", qual="约", status="签约", status_text="签约引进"),
 ],
 aggregate_facts=[
  fact("济南临港经济开发区", "park", "projects_signed_and_reserved", 34, "count", "签约和储备重点项目已达34个,总用地面积约8885亩", "2018年6月", kind="cumulative", note="2017年迁址新区以来签约和储备的重点项目"),
  fact("济南临港经济开发区", "park", "land_area_mu", 8885, "mu", "总用地面积约8885亩", "2018年6月", kind="cumulative", qual="约", qtext="约"),
  fact("济南临港经济开发区", "park", "planned_investment_cny", None, "cny", "总用地面积约8885亩,总投资共计451亿元", "2018年6月", kind="cumulative"),
 ])

G["p10"] = dict(
 article=art("清远赴深圳举办招商推介会 签约13个项目 总投资逾228亿", "南方日报网络版 (source), 广东省人民政府网站 gd.gov.cn（地市动态）", "2023-05-17", "day",
  "provincial government portal item (from the provincial daily) on a city's investment fair in Shenzhen: projects signed and total, sectors, the city's nine national/provincial industrial platforms, a textile transfer park's factory space and firms, agricultural and tourism industries",
  "http://www.gd.gov.cn/gdywdt/dsdt/content/post_4182190.html",
  "页首栏目路径、“时间 : 2023-05-17 10:17:59 来源 : 南方日报网络版”（日期取此）与“【打印】 【字体:”已删。推介会在“5月16日”，地点深圳市前海合作区（只是会场，记 optional）。“逾”记 qualifier 超；“400多”记 余。签约项目未说明落在哪个园区",
  "p10"),
 parks=[
  park("广清纺织服装有序转移园", "清远", "广东", "产业转移园", "清远正高标准建设“万亩千亿级”的广清纺织服装有序转移园", note="“万亩千亿级”"),
  park("深圳市前海合作区", "深圳", "广东", "合作区", "清远(深圳)招商推介会在深圳市前海合作区举行", opt=True, note="只作推介会地点"),
 ],
 aggregate_facts=[
  fact("清远(深圳)招商推介会签约项目", "event", "projects_signed", 13, "count", "现场签约13个项目", "2023年5月16日"),
  fact("清远(深圳)招商推介会签约项目", "event", "planned_investment_cny", None, "cny", "总投资额逾228亿元", "2023年5月16日", qual="超", qtext="逾"),
  fact("清远市国家级、省级产业平台", "park_group", "parks_count", 9, "count", "全市有9大国家级、省级产业平台", "2023年5月"),
  fact("广清纺织服装有序转移园", "park", "standard_factory_floor_area_m2", 4000000, "m2", "目前园区已建设标准厂房400多万平方米", "2023年5月", kind="cumulative", qual="余", qtext="多"),
  fact("广清纺织服装有序转移园", "park", "enterprises", 400, "count", "落户企业400多家", "2023年5月", kind="cumulative", qual="余", qtext="多"),
  fact("清远市5大农业产业", "industry_group", "output_value_yoy_growth", 10, "percent", "2022年5大产业总产值增长10%", "2022年", kind="ratio", opt=True),
 ])
