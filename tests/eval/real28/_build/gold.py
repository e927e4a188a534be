# real28 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there)
# Conventions as real27: evidence verbatim; investment_cny from investment_text; 逾/超过/以上/突破 → 超, 余/多 → 余, 约 → 约
# (qualifier_text keeps the source word). For *_cny facts the evidence starts with (or first names) the amount the fact is about.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/oNN.raw as returned.

G["o01"] = dict(
 article=art("当前资讯!实现产业集聚发展", "绵阳日报（本报讯 梁锐 绵报融媒记者 尹秦）, 转载于 chinafoundation.org.cn 快讯栏", "2022-07-04", "day",
  "city daily brief on a national ETDZ's signing ceremony for its fine-chemicals park: totals signed for the zone and for the sub-park, one named firm with amount and capacity, two talent/think-tank signings, expected output",
  "http://www.chinafoundation.org.cn/ccms/kx/2022/0704/76167.html",
  "标题为转载站所加（“当前资讯!”为站点前缀），正文出自绵阳日报。日期取网址中的 2022/0704（文中“近日”）。已删：面包屑“您的位置:首页 >资讯 > 快讯 >”、“(资料图片)”、“(文章来源:绵阳日报)”、“关键词: 产业基地”、“图赏”。文中“经开区”即绵阳经开区（末段作“绵阳经开区”），未出现全称“绵阳经济技术开发区”。华峻项目“投资15亿元”签约 → 签约。招才引智项目（西南科技大学、绵阳明道民营经济服务中心）是机构签约，不计入产业项目。",
  "o01"),
 parks=[
  park("绵阳经开区", "绵阳", "四川", "经济技术开发区（国家级）", "这将为绵阳经开区的发展提供更加有力、更加充分的人才支撑和智力保障", aliases=["经开区"], note="文中多作“经开区”"),
  park("精细化工产业园", "绵阳", "四川", "产业园（专业园）", "经开区举行2022年“双招双引”行动暨精细化工产业园重点项目集中签约", parent="绵阳经开区"),
 ],
 companies=[
  comp("四川华峻科技有限责任公司", "精细化工产业园", "包括投资15亿元年产9万吨环氧树脂杂合涂装覆膜材料的四川华峻科技有限责任公司"),
  comp("绵阳汇聚三江招商有限公司", "绵阳经开区", "现场还举行了绵阳汇聚三江招商有限公司启航仪式", opt=True, note="招商平台公司，在签约仪式上“启航”；文中未明言隶属经开区"),
 ],
 institutions=[
  inst("西南科技大学", "分别为西南科技大学和绵阳明道民营经济服务中心", kind="university", note="招才引智签约方"),
  inst("绵阳明道民营经济服务中心", "分别为西南科技大学和绵阳明道民营经济服务中心", kind="service_org", note="招才引智签约方"),
 ],
 projects=[
  proj("年产9万吨环氧树脂杂合涂装覆膜材料项目", "精细化工产业园", "包括投资15亿元年产9万吨环氧树脂杂合涂装覆膜材料的四川华峻科技有限责任公司", companies=["四川华峻科技有限责任公司"], inv="15亿元", status="签约", status_text="精细化工产业园签约项目6个……包括投资15亿元……的四川华峻科技有限责任公司", note="项目名为编者概括（文中以企业名带出）"),
 ],
 aggregate_facts=[
  fact("绵阳经开区", "park", "projects_signed", 11, "count", "现场签约项目11个", "2022年7月"),
  fact("绵阳经开区", "park", "signed_contract_value_cny", None, "cny", "签约金额105.8亿元", "2022年7月"),
  fact("精细化工产业园", "park", "projects_signed", 6, "count", "精细化工产业园签约项目6个", "2022年7月"),
  fact("精细化工产业园", "park", "signed_contract_value_cny", None, "cny", "签约金额68亿元", "2022年7月"),
  fact("精细化工产业园", "park", "expected_output_value_cny", None, "cny", "预计建成投产后可实现年产值80亿元", "建成投产后", kind="target", note="此次签约的精细化工产业园项目建成投产后预计年产值"),
  fact("绵阳经开区", "park", "talent_projects_signed", 2, "count", "本次集中签约还有招才引智项目2个", "2022年7月", opt=True),
 ])

G["o02"] = dict(
 article=art("（无标题）德阳市促进投资项目集中开工仪式在什邡经济开发区举行", "四川省政协网站 scspc.gov.cn 综合要闻（原出处未署）", "2011-12-20", "day",
  "provincial-portal brief on a prefecture's mass project start held in a county development zone: counts and totals by category, three named projects (one in the city's ETDZ), city fixed-asset investment to date and full-year estimate",
  "https://www.scspc.gov.cn/html/zhyw_11/2011/1220/64198.html",
  "页面未存标题（title 为编者概括）；日期取网址中的 2011/1220（事件 12月19日）。段内原有的空格（“ 101个项目中”“ 台海核电”“ 1至11月”“ 副省长”）照录。什邡经济开发区只是开工仪式地点；三个点名项目中只有“德阳经济技术开发区锂离子动力和储能电池项目”由文字置于园区。集中开工 → 开工。",
  "o02", title_note="no headline stored; title made from the lead"),
 parks=[
  park("什邡经济开发区", "德阳", "四川", "经济开发区", "德阳市促进投资项目集中开工仪式在什邡经济开发区举行", district="什邡市", note="仅作开工仪式举办地"),
  park("德阳经济技术开发区", "德阳", "四川", "经济技术开发区", "德阳经济技术开发区锂离子动力和储能电池项目"),
 ],
 companies=[
  comp("川渝中烟工业有限责任公司", None, "川渝中烟工业有限责任公司四川公司什邡分厂易地技术改造项目", note="其四川公司什邡分厂为项目主体；文中未置于园区"),
 ],
 projects=[
  proj("川渝中烟工业有限责任公司四川公司什邡分厂易地技术改造项目", None, "川渝中烟工业有限责任公司四川公司什邡分厂易地技术改造项目", companies=["川渝中烟工业有限责任公司"], status="开工", status_text="集中开工"),
  proj("德阳经济技术开发区锂离子动力和储能电池项目", "德阳经济技术开发区", "德阳经济技术开发区锂离子动力和储能电池项目", status="开工", status_text="集中开工"),
  proj("台海核电设备制造项目", None, "台海核电设备制造项目", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("德阳市2011年12月集中开工项目", "region", "projects_started", 101, "count", "此次集中开工的项目达101个", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目", "region", "total_investment_cny", None, "cny", "总投资290亿元", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目（工业）", "region", "projects_started", 69, "count", "工业项目占比最大,达69个", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目（工业）", "region", "total_investment_cny", None, "cny", "总投资额205亿元", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目（工业）", "region", "projects_over_100m_yuan", 34, "count", "其中亿元以上项目34个", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目（城镇基础设施）", "region", "total_investment_cny", None, "cny", "总投资23亿元的18个城镇基础设施项目", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目（交通）", "region", "total_investment_cny", None, "cny", "总投资9亿元的5个交通项目", "2011年12月19日"),
  fact("德阳市2011年12月集中开工项目（其他）", "region", "total_investment_cny", None, "cny", "总投资53亿元的9个其他项目", "2011年12月19日"),
  fact("德阳市", "region", "fixed_asset_investment_cny", None, "cny", "1至11月,德阳市全社会固定资产投资完成592.5亿元", "2011年1-11月", kind="cumulative"),
  fact("德阳市", "region", "fixed_asset_investment_cny", None, "cny", "预计全年完成全社会固定资产投资 650亿元,增长8.1%", "2011年", kind="target", note="全年预计，增长8.1%"),
  fact("德阳市省重点项目（13个）", "region", "completed_investment_cny", None, "cny", "该市13个列入省2011年重点项目计划的项目完成投资67.3亿元,占年度计划的101%", "2011年1-11月", kind="cumulative", opt=True),
 ])

G["o03"] = dict(
 article=art("（无标题）穆棱市2019年秋季招商引资项目集中签约仪式在穆棱经济开发区召开", "北极星风力发电网 m.bjx.com.cn（原出处未署）", "2019-09-17", "day",
  "industry-portal item on a county-level city's autumn signing ceremony held in its economic development zone: number and total signed, a wind-farm project and a graphite project with investors, capacities and expected revenues",
  "https://m.bjx.com.cn/mnews/20190917/1007687.shtml",
  "页面未存标题；日期取网址中的 20190917（文中“近日”）。穆棱经济开发区是签约仪式地点，文中未说明签约项目落在园区内，故项目 park 记 null。签约 → 签约。",
  "o03", title_note="no headline stored; title made from the lead"),
 parks=[
  park("穆棱经济开发区", "牡丹江", "黑龙江", "经济开发区", "黑龙江穆棱市2019年秋季招商引资项目集中签约仪式在穆棱经济开发区隆重召开", district="穆棱市", note="签约仪式举办地"),
 ],
 companies=[
  comp("中核汇能有限公司", None, "与中核汇能有限公司签约的兴隆风电场项目"),
  comp("黑龙江镈浩石墨有限公司", None, "与黑龙江镈浩石墨有限公司签约的年产3万吨石墨精粉、年产1万吨石墨新材料深加工项目"),
 ],
 projects=[
  proj("兴隆风电场项目", None, "与中核汇能有限公司签约的兴隆风电场项目,总投资11亿元", companies=["中核汇能有限公司"], inv="11亿元", status="签约", status_text="签约", note="规划装机13.5万千瓦，54台2.5兆瓦机组"),
  proj("年产3万吨石墨精粉、年产1万吨石墨新材料深加工项目", None, "年产3万吨石墨精粉、年产1万吨石墨新材料深加工项目,总投资1亿元", companies=["黑龙江镈浩石墨有限公司"], inv="1亿元", status="签约", status_text="签约", aliases=["年产3万吨石墨精粉及年产1万吨石墨新材料深加工项目"]),
  proj("合作开展穆棱市矿产资源勘查项目", None, "合作开展穆棱市矿产资源勘查项目", status="签约", status_text="签约项目……包括", opt=True),
  proj("绿源堂面粉加工项目", None, "绿源堂面粉加工项目", status="签约", status_text="签约项目……包括", opt=True),
  proj("年产500吨人参深加工项目", None, "年产500吨人参深加工项目", status="签约", status_text="签约项目……包括", opt=True),
 ],
 aggregate_facts=[
  fact("穆棱市2019年秋季招商引资项目集中签约", "region", "projects_signed", 21, "count", "现场签约项目21个", "2019年9月"),
  fact("穆棱市2019年秋季招商引资项目集中签约", "region", "signed_contract_value_cny", None, "cny", "签约总额超过22亿元", "2019年9月", qual="超", qtext="超过"),
  fact("兴隆风电场项目", "project", "expected_revenue_cny", None, "cny", "实现销售收入1.57亿元,年上缴税金2000万元", "建成后", kind="target", opt=True),
  fact("兴隆风电场项目", "project", "expected_tax_cny", None, "cny", "年上缴税金2000万元", "建成后", kind="target", opt=True),
  fact("年产3万吨石墨精粉、年产1万吨石墨新材料深加工项目", "project", "expected_revenue_cny", None, "cny", "可实现销售收入3亿元,利税3000万元", "建成后", kind="target", opt=True),
 ])

G["o04"] = dict(
 article=art("（无标题）哈牡绥东对俄经济带新上项目21个", "搜狐新闻转载（本报讯，原报未署；作者 刘加勇 张守梅）", "2008-07-02", "day",
  "regional daily brief on a cross-border economic belt's project intake: new projects and planned investment, cumulative projects in seven development zones, belt length, area, planned and completed investment, jobs",
  "https://news.sohu.com/20080702/n257868415.shtml",
  "页面未存标题；日期取网址中的 20080702（文中“日前”，“去年4月”即2007年4月）。“哈牡绥东对俄经济带”有管委会，按园区记（kind 经济带），其牡丹江境内7个经济开发区文中未点名。",
  "o04", title_note="no headline stored; title made from the lead"),
 parks=[
  park("哈牡绥东对俄经济带", "牡丹江", "黑龙江", "经济带（对俄经济合作区，设管委会）", "记者从哈牡绥东对俄经济带管委会办公室获悉", aliases=["经济带"], note="跨哈尔滨—牡丹江—绥芬河—东宁，文中数字多为牡丹江市境内"),
 ],
 institutions=[
  inst("哈牡绥东对俄经济带管委会办公室", "记者从哈牡绥东对俄经济带管委会办公室获悉", park="哈牡绥东对俄经济带", note="文中又作“哈牡绥东对俄经济带办公室”"),
 ],
 aggregate_facts=[
  fact("哈牡绥东对俄经济带", "park", "new_projects", 21, "count", "哈牡绥东对俄经济带新上项目21个", "2008年7月"),
  fact("哈牡绥东对俄经济带", "park", "projects_over_100m_yuan", 16, "count", "其中亿元以上项目16个", "2008年7月"),
  fact("哈牡绥东对俄经济带", "park", "planned_investment_cny", None, "cny", "计划总投资56.29亿元", "2008年7月", note="新上21个项目的计划总投资"),
  fact("哈牡绥东对俄经济带牡丹江境内7个经济开发区", "park_group", "parks_count", 7, "count", "哈牡绥东对俄经济带牡丹江境内的7个经济开发区", "2008年7月", opt=True),
  fact("哈牡绥东对俄经济带牡丹江境内7个经济开发区", "park_group", "projects_count", 355, "count", "累计投资项目已达355个", "2008年7月", kind="cumulative"),
  fact("哈牡绥东对俄经济带牡丹江境内7个经济开发区", "park_group", "projects_over_100m_yuan", 74, "count", "超亿元项目74个", "2008年7月", kind="cumulative"),
  fact("哈牡绥东对俄经济带", "park", "length_km", 700, "km", "哈牡绥东对俄经济带境内境外全长700公里", "2008年7月", opt=True, note="牡丹江市境内长225公里"),
  fact("哈牡绥东对俄经济带", "park", "planned_area_km2", 80.9, "km2", "经济带占地80.9平方公里", "2008年7月"),
  fact("哈牡绥东对俄经济带", "park", "developed_area_km2", 30.93, "km2", "现已启动30.93平方公里", "2008年7月", kind="cumulative"),
  fact("哈牡绥东对俄经济带", "park", "planned_total_investment_cny", None, "cny", "计划总投资367.3亿元,实际已完成投资79.5亿元", "2008年7月", kind="target", note="经济带规划总投资"),
  fact("哈牡绥东对俄经济带", "park", "completed_investment_cny", None, "cny", "实际已完成投资79.5亿元", "2008年7月", kind="cumulative"),
  fact("哈牡绥东对俄经济带", "park", "employment", 33801, "persons", "安置就业人员33801人", "2008年7月", kind="cumulative"),
 ])

G["o05"] = dict(
 article=art("驻马店市首批44个亿元以上重点项目集中开工", "驻马店日报（作者 驻郑办）, 转载于驻马店市政府驻郑州办事处网站 zmdzzb.com", "2015-08-26", "day",
  "city daily item on the year's first batch of major projects started, with the main venue in the city's industrial cluster zone: counts, totals and annual plan by category, the venue project's investment, capacity and expected revenue",
  "https://www.zmdzzb.com/article/content/466",
  "发表日期取页面“发表日期:2015年08月26日”（事件为“农历正月初九”，即2015年2月27日；正文首句“227日”照录，原文如此）。已删：“来源:驻马店日报 作者:驻郑办 发表日期:2015年08月26日”、页末“相关阅读”。“市产业集聚区”即驻马店市产业集聚区（文中无全称）。华中正大为企业简称，文中只作项目名“驻马店华中正大项目”“华中正大项目”。集中开工 → 开工。",
  "o05"),
 parks=[
  park("驻马店市产业集聚区", "驻马店", "河南", "产业集聚区", "市委、市政府在市产业集聚区驻马店华中正大项目工地设主会场", aliases=["市产业集聚区"], note="文中只作“市产业集聚区”"),
 ],
 companies=[
  comp("华中正大", "驻马店市产业集聚区", "市委、市政府在市产业集聚区驻马店华中正大项目工地设主会场", opt=True, note="只以项目名出现（驻马店华中正大项目），企业全称未给"),
 ],
 projects=[
  proj("华中正大项目", "驻马店市产业集聚区", "在主会场举行开工仪式的华中正大项目总投资10亿元", companies=["华中正大"], inv="10亿元", status="开工", status_text="在主会场举行开工仪式", aliases=["驻马店华中正大项目"], note="年产金霉素预混剂3万吨、硫酸新霉素原料药600吨、粉剂及预混剂5000吨"),
 ],
 aggregate_facts=[
  fact("驻马店市2015年第一批亿元以上重点项目", "region", "projects_started", 44, "count", "此次驻马店市同时开工的亿元以上项目44个", "2015年2月27日"),
  fact("驻马店市2015年第一批亿元以上重点项目", "region", "total_investment_cny", None, "cny", "总投资210.2亿元", "2015年2月27日"),
  fact("驻马店市2015年第一批亿元以上重点项目", "region", "annual_planned_investment_cny", None, "cny", "年度计划投资94.7亿元", "2015年", kind="target"),
  fact("驻马店市2015年第一批亿元以上重点项目（工业）", "region", "projects_started", 30, "count", "其中工业项目30个", "2015年2月27日"),
  fact("驻马店市2015年第一批亿元以上重点项目（工业）", "region", "total_investment_cny", None, "cny", "总投资126.2亿元", "2015年2月27日"),
  fact("驻马店市2015年第一批亿元以上重点项目（城市基础设施）", "region", "total_investment_cny", None, "cny", "总投资11.4亿元", "2015年2月27日", note="城市基础设施项目5个"),
  fact("驻马店市2015年第一批亿元以上重点项目（服务业）", "region", "total_investment_cny", None, "cny", "总投资72.6亿元", "2015年2月27日", note="服务业项目9个"),
  fact("华中正大项目", "project", "expected_revenue_cny", None, "cny", "项目建成达产后年实现销售收入13亿元", "达产后", kind="target"),
  fact("华中正大项目", "project", "expected_profit_tax_cny", None, "cny", "利税1.6亿元", "达产后", kind="target", opt=True),
 ])

G["o06"] = dict(
 article=art("三宝新材料产业园:项目施工如火如荼", "闽南日报-漳州新闻网（编辑 吴颖芳；摄影报道 郑文典 刘钦赐 曾庆润）", "2022-08-23", "day",
  "city news-site photo item on a new-materials industrial park project under construction in a development zone's industrial park: phases, first-phase land and investment, building progress, target tenants and capacity",
  "http://www.zznews.cn/system/2022/08/23/031106674.shtml",
  "已删：“来源:闽南日报-漳州新闻网 2022-08-23 17:22 编辑:吴颖芳”、“郑文典 刘钦赐 曾庆润 摄影报道”、“责任编辑/陈 岩 邹美玲”。“一期占地面积260亩,总投资22.6亿元”：22.6亿元按行文属一期（亦可读作全项目，见 project note）。1号厂房已建成、其余10月底完成 → 在建。三宝新材料产业园既是项目又是拟招商的园中园，列为 optional park。",
  "o06"),
 parks=[
  park("金峰开发区", "漳州", "福建", "开发区", "位于芗城区金峰开发区南山工业园的三宝新材料产业园项目", district="芗城区"),
  park("南山工业园", "漳州", "福建", "工业园（开发区内片区）", "位于芗城区金峰开发区南山工业园的三宝新材料产业园项目", district="芗城区", parent="金峰开发区"),
  park("三宝新材料产业园", "漳州", "福建", "产业园（园中园，在建）", "位于芗城区金峰开发区南山工业园的三宝新材料产业园项目", district="芗城区", parent="南山工业园", opt=True, note="文中作为建设项目出现；建成后将引进多类企业"),
 ],
 projects=[
  proj("三宝新材料产业园项目", "南山工业园", "该项目分三期建设,一期占地面积260亩,总投资22.6亿元", inv="22.6亿元", status="在建", status_text="项目已完成1号厂房的建设,3号、3A号、5号厂房计划10月底完成施工", phase="一期", note="分三期建设；22.6亿元按行文为一期投资（也可理解为全项目）"),
 ],
 aggregate_facts=[
  fact("三宝新材料产业园项目", "project", "land_area_mu", 260, "mu", "一期占地面积260亩", "2022年8月", note="一期"),
  fact("三宝新材料产业园项目", "project", "steel_coil_processing_capacity_t", 800000, "t", "年处理原料钢卷深加工80万吨以上", "建成后", kind="target", qual="超", qtext="以上", opt=True),
 ])

G["o07"] = dict(
 article=art("贯岭工业项目区二期建筑工地上,工人们正克服高温天气抓紧施工", "福鼎新闻网（图片新闻；责任编辑/作者 林莹莹）", "2013-08-28", "day",
  "county news-site photo caption on a township industrial project zone: planned area and phases, enterprises settled and producing, fixed-asset investment and output for 2012 and Jan–Aug 2013, phase-two groundwork, expected output and jobs",
  "https://www.fdxww.com/common/pictureArticle.html?id=17144",
  "标题即图片说明首句。已删：“加载中...”、时间行“2013-08-28 15:08:27 福鼎新闻网 责任编辑:林莹莹”、图片文件名“IMG_2768.jpg”、段末署名“林莹莹”（同一行末尾）及页脚版权/备案五行。贯岭为福鼎市（宁德）贯岭镇。二期正在推进土石方平整等基础工程 → 在建。",
  "o07"),
 parks=[
  park("贯岭工业项目区", "宁德", "福建", "工业项目区", "贯岭工业项目区以引进汽配和纺织产业为主,规划总面积1500亩", district="福鼎市", aliases=["项目区"]),
 ],
 projects=[
  proj("贯岭工业项目区二期", "贯岭工业项目区", "二期规划占地面积726亩,已落户企业11家,目前正在加快推进土石方平整和道路、给排水、供电、通信网络等基础工程", status="在建", status_text="正在加快推进土石方平整和道路、给排水、供电、通信网络等基础工程", opt=True, note="园区二期基础设施建设"),
 ],
 aggregate_facts=[
  fact("贯岭工业项目区", "park", "planned_area_mu", 1500, "mu", "规划总面积1500亩", "2013年8月"),
  fact("贯岭工业项目区（一期）", "park", "land_area_mu", 780, "mu", "其中一期占地面积780亩", "2013年8月", opt=True),
  fact("贯岭工业项目区（一期）", "park", "enterprises", 29, "count", "现有29家企业入驻", "2013年8月"),
  fact("贯岭工业项目区（一期）", "park", "enterprises_in_production", 13, "count", "已投产企业13家", "2013年8月"),
  fact("贯岭工业项目区（一期）", "park", "fixed_asset_investment_cny", None, "cny", "2012年共完成固定资产投资4.85亿元", "2012年", note="文中接在一期之后，可能指一期"),
  fact("贯岭工业项目区（一期）", "park", "industrial_output_value_cny", None, "cny", "实现工业产值7.85亿元。", "2012年"),
  fact("贯岭工业项目区（二期）", "park", "land_area_mu", 726, "mu", "二期规划占地面积726亩", "2013年8月", opt=True),
  fact("贯岭工业项目区（二期）", "park", "enterprises_signed", 11, "count", "已落户企业11家", "2013年8月"),
  fact("贯岭工业项目区", "park", "fixed_asset_investment_cny", None, "cny", "2013年1-8月,项目区共完成固定资产投资5.4亿元", "2013年1-8月", kind="cumulative"),
  fact("贯岭工业项目区", "park", "industrial_output_value_cny", None, "cny", "实现工业产值8.2亿元", "2013年1-8月", kind="cumulative"),
  fact("贯岭工业项目区", "park", "expected_output_value_cny", None, "cny", "可实现年产值75亿元", "所有企业建成投产后", kind="target"),
  fact("贯岭工业项目区", "park", "expected_employment", 8000, "persons", "吸纳员工8000人以上", "所有企业建成投产后", kind="target", qual="超", qtext="以上", opt=True),
 ])

G["o08"] = dict(
 article=art("（无标题）永春县轻工智造产业园项目建设顺利推进", "泉州晚报（融媒体记者 游怡冰 陈小阳, 通讯员 陈小强）, szb.qzwb.com 数字报", "2025-07-11", "day",
  "city evening-paper brief on a county standard-factory industrial park under construction: land, floor and factory area, lead industries, buildings, total investment, topping-out and pre-letting (framework agreements, signed firms)",
  "https://szb.qzwb.com/qzwb/pc/cons/202507/11/content_143025.html",
  "页面未存标题；日期取网址中的 202507/11。末行“(融媒体记者游怡冰 陈小阳 通讯员陈小强 摄)”为原文署名，保留。“永春县轻工智造产业园”既是园区又是建设项目：已完成主体结构封顶、正在内外装修 → 在建。",
  "o08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("永春县轻工智造产业园", "泉州", "福建", "产业园（标准厂房园区，在建）", "永春县轻工智造产业园项目建设顺利推进", district="永春县", aliases=["产业园"]),
 ],
 projects=[
  proj("永春县轻工智造产业园项目", "永春县轻工智造产业园", "同时完善园区配套基础设施,总投资4.5744亿元", inv="4.5744亿元", status="在建", status_text="项目已完成主体结构封顶,正在进行内外装修、室外绿化、道路建设等施工", note="9栋标准厂房等14栋建筑"),
 ],
 aggregate_facts=[
  fact("永春县轻工智造产业园", "park", "land_area_mu", 103.8, "mu", "永春县轻工智造产业园项目占地103.8亩", "2025年7月"),
  fact("永春县轻工智造产业园", "park", "floor_area_m2", 149000, "m2", "规划面积14.9万平方米", "2025年7月"),
  fact("永春县轻工智造产业园", "park", "standard_factory_floor_area_m2", 132000, "m2", "其中标准厂房面积约13.2万平方米", "2025年7月", qual="约", qtext="约"),
  fact("永春县轻工智造产业园", "park", "buildings_planned", 14, "count", "拟建设建筑物14栋", "2025年7月", opt=True),
  fact("永春县轻工智造产业园", "park", "framework_agreements", 32, "count", "已和32家电子信息企业签订集体框架协议", "2025年7月"),
  fact("永春县轻工智造产业园", "park", "enterprises_signed", 6, "count", "6家企业正式签约", "2025年7月"),
 ])
