# real259 ground truth, read by build_all.py (helpers from real52's build_all.py). Conventions as real52: evidence verbatim;
# 逾/超/超过 → 超, 余/多 → 余, 约/近 → 约; yuan in *_cny (first amount of the evidence); growth as ratio; “预计” → kind target.

# ---------------------------------------------------------------- sx01 海南 重点园区 前三季度 2023 (海南日报 via 新华网海南)
HN13 = "海南自贸港重点园区"
S1a = "前三季度海南自贸港重点园区累计实现营业收入15702.39亿元,同比增长15.8%"
S1b = "前三季度园区累计完成固定资产投资915.06亿元"
S1c = "前三季度园区货物进出口总额合计1285.80亿元,同比增长34.5%"
Q3 = "2023年1–9月"
G["sx01"] = dict(
 article=art("前三季度全省重点园区累计实现营收逾1.57万亿元 同比增长15.8%", "海南日报（记者陈彬），载于新华网海南频道 hq.xinhuanet.com", "2023-11-01", "day",
  "Provincial daily relayed by Xinhua's Hainan channel: the 13 Hainan Free Trade Port key parks' revenue, investment and trade for Jan–Sep 2023, four named parks driving revenue growth",
  "http://hq.xinhuanet.com./20231101/637ac3b217de410a8e7fa34f17546c6c/c.html",
  "日期取网址 20231101（文中“10月30日发布”）。存段以“原题:”行开头，标题取原题两行（前缀“原题:”已删）；末行“【纠错】 【责任编辑:王雯君】”已删。正文四段，完整。主体为13个重点园区合计（subject 用“海南自贸港重点园区”，kind 记“园区群”）；洋浦经济开发区、海口江东新区、三亚中央商务区、海口综合保税区只作为拉动营收增长的园区点名，无单项数字。",
  "sx01"),
 parks=[
  park(HN13, None, "海南", "园区群", S1a, note="13个自贸港重点园区合称"),
  park("洋浦经济开发区", "儋州", "海南", "经济开发区", "洋浦经济开发区、海口江东新区、三亚中央商务区、海口综合保税区四个园区拉动园区总营收增长15.8个百分点"),
  park("海口江东新区", "海口", "海南", "新区", "洋浦经济开发区、海口江东新区、三亚中央商务区、海口综合保税区四个园区拉动园区总营收增长15.8个百分点"),
  park("三亚中央商务区", "三亚", "海南", "商务区", "洋浦经济开发区、海口江东新区、三亚中央商务区、海口综合保税区四个园区拉动园区总营收增长15.8个百分点"),
  park("海口综合保税区", "海口", "海南", "综合保税区", "洋浦经济开发区、海口江东新区、三亚中央商务区、海口综合保税区四个园区拉动园区总营收增长15.8个百分点"),
 ],
 aggregate_facts=[
  fact(HN13, "park_group", "revenue_cny", 1570239000000.0, "cny", S1a, Q3, kind="cumulative", chk=True),
  fact(HN13, "park_group", "revenue_yoy_growth", 0.158, "ratio", S1a, Q3, kind="ratio"),
  fact(HN13, "park_group", "fixed_asset_investment_cny", 91506000000.0, "cny", S1b, Q3, kind="cumulative", chk=True),
  fact(HN13, "park_group", "fixed_asset_investment_yoy_growth", 0.083, "ratio", "同比增长8.3%,增速比全省投资(4.3%)高出4.0个百分点", Q3, kind="ratio"),
  fact(HN13, "park_group", "parks_with_revenue_growth", 12, "count", "前三季度13个重点园区中12个园区营收实现增长", Q3, opt=True),
  fact(HN13, "park_group", "parks_with_investment_growth", 9, "count", "13个重点园区中9个园区投资实现增长", Q3, opt=True),
  fact(HN13, "park_group", "trade_cny", 128580000000.0, "cny", S1c, Q3, kind="cumulative", chk=True),
  fact(HN13, "park_group", "trade_yoy_growth", 0.345, "ratio", S1c, Q3, kind="ratio", opt=True),
  fact(HN13, "park_group", "imports_cny", 94488000000.0, "cny", "货物进口总额944.88亿元,同比增长34.2%", Q3, kind="cumulative", opt=True, chk=True),
  fact(HN13, "park_group", "exports_cny", 34092000000.0, "cny", "货物出口总额340.92亿元,同比增长35.3%", Q3, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sx02 海南 重点园区 1-11月 2022 (海拔新闻 / 国际旅游岛商报 2023-01-08)
HN = "自贸港重点园区"
Q11 = "2022年1–11月"
E2a = "去年1-11月,自贸港重点园区共完成固定资产投资1083亿元,同比增长26%"
E2b = "去年1-11月,自贸港重点园区预计实现营业收入15374亿元,同比增长33%"
E2c = "去年1-11月,自贸港重点园区实现税收收入623亿元,同比增长16%,占全省税收比重的58%"
G["sx02"] = dict(
 article=art("去年1-11月,海南自贸港重点园区完成固定资产投资1083亿元", "海拔新闻（国际旅游岛商报全媒体，椰网/海拔新闻记者 魏铭纬）；存段无网址", "2023-01-08", "day",
  "Hainan business paper's news app: the Free Trade Port key parks' investment, revenue and tax for Jan–Nov 2022 with named parks' figures and full-year estimates",
  None,
  "存段无网址（search 结果未给 url），出处以页内“2023-01-08 21:04 海拔新闻”与电头“商报全媒体讯(椰网/海拔新闻记者 魏铭纬)”记录。标题照录；日期行与重复的标题行已删。末段“据了解,下一步省发改委将…元宇宙、数”在句中中断，整段删去，正文截至“…同比增长18%。”，共四段。园区：13个自贸港重点园区合称（subject “自贸港重点园区”）；海口江东新区、洋浦经济开发区、三亚崖州湾科技城、海南生态软件园、海口复兴城信息产业园有单项数字。1-11月营收标“预计实现”→ kind target；“预计2022年全年”数字 → target。",
  "sx02"),
 parks=[
  park(HN, None, "海南", "园区群", E2a, aliases=["海南自贸港重点园区"], note="13个"),
  park("海口江东新区", "海口", "海南", "新区", "去年1-11月,海口江东新区完成投资358亿元,同比增长49%"),
  park("洋浦经济开发区", "儋州", "海南", "经济开发区", "洋浦经济开发区完成投资228亿元,同比增长31%"),
  park("三亚崖州湾科技城", "三亚", "海南", "科技城", "三亚崖州湾科技城完成投资182.16亿元,同比增长26%"),
  park("海南生态软件园", None, "海南", "软件园", "海南生态软件园1900亿元,同比增长47%", note="所在市县文中未说"),
  park("海口复兴城信息产业园", "海口", "海南", "产业园", "海口复兴城信息产业园实现税收69亿元,同比增长44%"),
 ],
 institutions=[inst("海南省发改委", "国际旅游岛商报记者1月8日从海南省发改委获悉")],
 aggregate_facts=[
  fact(HN, "park_group", "fixed_asset_investment_cny", 1.083e11, "cny", E2a, Q11, kind="cumulative", chk=True),
  fact(HN, "park_group", "fixed_asset_investment_yoy_growth", 0.26, "ratio", E2a, Q11, kind="ratio"),
  fact("海口江东新区", "park", "fixed_asset_investment_cny", 3.58e10, "cny", "去年1-11月,海口江东新区完成投资358亿元,同比增长49%", Q11, kind="cumulative", chk=True),
  fact("海口江东新区", "park", "fixed_asset_investment_yoy_growth", 0.49, "ratio", "去年1-11月,海口江东新区完成投资358亿元,同比增长49%", Q11, kind="ratio", opt=True),
  fact("洋浦经济开发区", "park", "fixed_asset_investment_cny", 2.28e10, "cny", "洋浦经济开发区完成投资228亿元,同比增长31%", Q11, kind="cumulative", chk=True),
  fact("三亚崖州湾科技城", "park", "fixed_asset_investment_cny", 1.8216e10, "cny", "三亚崖州湾科技城完成投资182.16亿元,同比增长26%", Q11, kind="cumulative", chk=True),
  fact(HN, "park_group", "fixed_asset_investment_cny", 1.258e11, "cny", "预计2022年全年自贸港重点园区固定资产投资完成1258亿元,同比增长7%", "2022年全年（预计）", kind="target", chk=True),
  fact(HN, "park_group", "revenue_cny", 1.5374e12, "cny", E2b, Q11 + "（预计）", kind="target", chk=True),
  fact("洋浦经济开发区", "park", "revenue_cny", 7.46e11, "cny", "其中洋浦经济开发区预计实现营业收入7460亿元,同比增长56%", Q11 + "（预计）", kind="target", chk=True),
  fact("海口江东新区", "park", "revenue_cny", 2.364e11, "cny", "海口江东新区2364亿元,同比增长17%", Q11 + "（预计）", kind="target", chk=True),
  fact("海南生态软件园", "park", "revenue_cny", 1.9e11, "cny", "海南生态软件园1900亿元,同比增长47%", Q11 + "（预计）", kind="target", chk=True),
  fact(HN, "park_group", "revenue_cny", 1.6226e12, "cny", "预计2022年全年自贸港重点园区实现营业收入16226亿元,同比增长20%", "2022年全年（预计）", kind="target", chk=True),
  fact(HN, "park_group", "tax_revenue_cny", 6.23e10, "cny", E2c, Q11, kind="cumulative", chk=True),
  fact(HN, "park_group", "tax_share_of_province", 0.58, "ratio", E2c, Q11, kind="ratio", opt=True),
  fact("洋浦经济开发区", "park", "tax_revenue_cny", 2.35e10, "cny", "其中洋浦经济开发区实现税收235亿元,同比增长14%", Q11, kind="cumulative", chk=True),
  fact("海南生态软件园", "park", "tax_revenue_cny", 1.41e10, "cny", "海南生态软件园实现税收141亿元,同比增长2%", Q11, kind="cumulative", chk=True),
  fact("海口复兴城信息产业园", "park", "tax_revenue_cny", 6.9e9, "cny", "海口复兴城信息产业园实现税收69亿元,同比增长44%", Q11, kind="cumulative", chk=True),
  fact(HN, "park_group", "tax_revenue_cny", 6.91e10, "cny", "预计2022年全年自贸港重点园区实现税收691亿元,同比增长18%", "2022年全年（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sx03 海南 重点园区 2022 全年 (人民日报 2023-02-10 via shuzhiren)
HN3 = "海南自贸港重点园区"
E3a = "2022年海南自贸港重点园区累计完成固定资产投资1261.48亿元,同比增长6.6%"
E3b = "累计实现营业收入18246.43亿元,同比增长31.6%"
E3c = "重点园区实现税收收入700.32亿元,占全省税收收入的比重为53.6%"
E3d = "其中洋浦经济开发区、海南生态软件园、海口复兴城互联网信息产业园3个园区合计实现税收收入487.94亿元"
E3e = "2022年海南全省营业收入超千亿元的园区5个,分别是洋浦经济开发区、海口江东新区、海南生态软件园、海口复兴城互联网信息产业园、海口综合保税区"
Y22 = "2022年全年"
G["sx03"] = dict(
 article=art("海南自贸港重点园区去年累计实现营业收入18246亿元", "人民日报（记者孙海天，2023年02月10日05版），载于 shuzhiren.com", "2023-02-10", "day",
  "National daily relayed by a copy site: Hainan Free Trade Port key parks' 2022 investment, revenue and tax; three parks' combined tax, five parks above 100 billion yuan revenue",
  "https://shuzhiren.com/post/10737.html",
  "日期取文末“《人民日报》(2023年02月10日05版)”；该出处行与“原文链接:…”已从正文末删去（LINE_SUFFIX）。正文一段，完整（电头“本报海口2月9日电”）。转载站为复制站，原文为人民日报，简体。园区合称“海南自贸港重点园区”；三园区合计税收、五园区营收超千亿元均为合计/名单，无单项数字。",
  "sx03"),
 parks=[
  park(HN3, None, "海南", "园区群", E3a, note="文中又作“重点园区”“园区”"),
  park("洋浦经济开发区", "儋州", "海南", "经济开发区", E3d),
  park("海南生态软件园", None, "海南", "软件园", E3d),
  park("海口复兴城互联网信息产业园", "海口", "海南", "产业园", E3d),
  park("海口江东新区", "海口", "海南", "新区", E3e),
  park("海口综合保税区", "海口", "海南", "综合保税区", E3e),
 ],
 institutions=[inst("海南省统计监测中心", "海南省统计监测中心主任陈靖璇介绍")],
 aggregate_facts=[
  fact(HN3, "park_group", "fixed_asset_investment_cny", 1.26148e11, "cny", E3a, Y22, kind="cumulative", chk=True),
  fact(HN3, "park_group", "fixed_asset_investment_yoy_growth", 0.066, "ratio", E3a, Y22, kind="ratio"),
  fact(HN3, "park_group", "revenue_cny", 1.824643e12, "cny", E3b, Y22, kind="cumulative", chk=True),
  fact(HN3, "park_group", "revenue_yoy_growth", 0.316, "ratio", E3b, Y22, kind="ratio"),
  fact(HN3, "park_group", "tax_revenue_cny", 7.0032e10, "cny", E3c, Y22, kind="cumulative", chk=True),
  fact(HN3, "park_group", "tax_share_of_province", 0.536, "ratio", E3c, Y22, kind="ratio", opt=True),
  fact("洋浦经济开发区、海南生态软件园、海口复兴城互联网信息产业园", "park_group", "tax_revenue_cny", 4.8794e10, "cny", E3d, Y22, kind="cumulative", chk=True, note="三园区合计"),
  fact(HN3, "park_group", "parks_revenue_over_100bn", 5, "count", E3e, Y22, opt=True),
 ])

# ---------------------------------------------------------------- sx04 儋州 10 projects started 2023-02-06
E4a = "儋州本次集中开工重点项目共10个,主要为基础设施建设配套项目,总投资14.37亿元,2023年计划投资7.45亿元"
E4b = "10个项目分别是中德产业园纵向道路工程,儋州市光村、木棠、峨蔓一体化供水工程,洋浦产城融合安居工程配套小学项目,洋浦石化功能区浦四路北延长线及桥梁工程,儋州市两院居污水处理工程,儋州市西培居污水处理工程,儋州市西华居污水处理工程,儋州市雅星镇富克墟污水处理工程,儋州市西庆居污水处理工程,儋州市市级粮食储备库建设"
ST = dict(status="开工", status_text="集中开工")
G["sx04"] = dict(
 article=art("儋州集中开工10个项目 主要为基础设施建设配套项目", "m.yktworld.com（原标题照录；原刊未署名，疑为海南日报）", "2023-02-07", "day",
  "Aggregator relaying a Hainan provincial item: a county-level city's 10 projects started at the province's first 2023 groundbreaking — infrastructure for parks (中德产业园, 洋浦石化功能区) and towns, with the batch's total",
  "http://m.yktworld.com/news/redian/2023020708534016467315.html",
  "日期取网址 20230207（开工活动为2月6日）。存段以“(相关资料图)”开头（已删），标题取“原标题:”两行（前缀已删）。正文三段，完整。项目：10个全部点名，均为集中开工（开工），只有合计“总投资14.37亿元”（不分摊）。园区：中德产业园（项目名中，所属未说明，可选）、洋浦石化功能区（洋浦经济开发区内的功能区，可选）；其余项目位于儋州各镇/居，无园区（park null）。洋浦产城融合安居工程配套小学项目为分会场所在，park null（“洋浦”为地名）。",
  "sx04"),
 parks=[
  park("中德产业园", "儋州", "海南", "产业园", E4b, opt=True, note="只在项目名中"),
  park("洋浦石化功能区", "儋州", "海南", "功能区", E4b, parent="洋浦经济开发区", opt=True, note="只在项目名中；母园区由常识推定，文中未写洋浦经济开发区"),
 ],
 projects=[
  proj("中德产业园纵向道路工程", "中德产业园", E4b, **ST),
  proj("儋州市光村、木棠、峨蔓一体化供水工程", None, E4b, **ST),
  proj("洋浦产城融合安居工程配套小学项目", None, E4b, **ST, note="分会场所在"),
  proj("洋浦石化功能区浦四路北延长线及桥梁工程", "洋浦石化功能区", E4b, **ST),
  proj("儋州市两院居污水处理工程", None, E4b, **ST, opt=True),
  proj("儋州市西培居污水处理工程", None, E4b, **ST, opt=True),
  proj("儋州市西华居污水处理工程", None, E4b, **ST, opt=True),
  proj("儋州市雅星镇富克墟污水处理工程", None, E4b, **ST, opt=True),
  proj("儋州市西庆居污水处理工程", None, E4b, **ST, opt=True),
  proj("儋州市市级粮食储备库建设", None, E4b, **ST, opt=True),
 ],
 aggregate_facts=[
  fact("儋州市", "region", "projects_started", 10, "count", E4a, "2023-02-06（集中开工）"),
  fact("儋州市", "region", "projects_started_investment_cny", 1.437e9, "cny", E4a, "2023-02-06（集中开工）", chk=True),
  fact("儋州市", "region", "projects_started_annual_plan_cny", 7.45e8, "cny", "2023年计划投资7.45亿元", "2023年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sx05 湛江产业园产值超千亿元 (中国证券报 via cadz 2021-12-10)
ZJ = "湛江产业园"
E5a = "湛江市目前的产业园产值超千亿元,在广东省94个省级产业园中位居首位"
E5b = "在产业培育方面,湛江产业园的绿色石化、绿色钢铁,麻章产业园的森工造纸,廉江高新区的小家电等产业特色鲜明"
E5c = "其中廉江高新区被评为全省首批特色产业园区"
E5d = "近年来,宝钢湛江钢铁、中科炼化、巴斯夫3个超百亿美元的“巨无霸”项目相继在湛江落地"
G["sx05"] = dict(
 article=art("广东湛江产业园产值超千亿元", "中国证券报，载于中国开发区协会网站 cadz.org.cn", "2021-12-10", "day",
  "Securities daily relayed by the China Development Zones Association site: Zhanjiang's industrial park above 100 billion yuan output, count of the city's parks, anchor projects and park specialisations",
  "https://www.cadz.org.cn/index.php/News/info/id/39716.html",
  "日期取页面“来源:中国证券报 发布时间:2021年12月10日 11:26”（该行与站点菜单已删）。末段“未来,湛江将加快构建…湛江将大力发展绿色能源产业”在句中中断，整段删去，正文截至“…全省首批特色产业园区。”，共三段。园区：湛江产业园（即湛江产业转移工业园；“产值超千亿元、94个省级产业园中位居首位”——首句主语写作“湛江市目前的产业园”，可读作全市产业园合计或湛江产业园，事实设为可选）、麻章产业园、廉江高新区。宝钢湛江钢铁、中科炼化、巴斯夫为“超百亿美元”项目，无具体金额，落地（无状态），园区未说明（null）。湛江市园区数量为事实（region）。",
  "sx05"),
 parks=[
  park(ZJ, "湛江", "广东", "产业园", E5b, note="省级产业园；首句“产业园”可能即指此园"),
  park("麻章产业园", "湛江", "广东", "产业园", E5b, district="麻章区"),
  park("廉江高新区", "湛江", "广东", "高新区", E5b, district="廉江市"),
 ],
 companies=[
  comp("宝钢湛江钢铁", None, E5d, opt=True),
  comp("中科炼化", None, E5d, opt=True),
  comp("巴斯夫", None, E5d, opt=True),
 ],
 projects=[
  proj("宝钢湛江钢铁", None, E5d, companies=["宝钢湛江钢铁"], opt=True, note="超百亿美元项目（区间，不作投资额）；落地"),
  proj("中科炼化", None, E5d, companies=["中科炼化"], opt=True, note="同上"),
  proj("巴斯夫", None, E5d, companies=["巴斯夫"], opt=True, note="同上；湛江一体化基地"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "output_cny", 1e11, "cny", E5a, "2021年末", qual="超", qtext="超", opt=True, note="“湛江市目前的产业园产值超千亿元”：主语可解作全市产业园；“千亿”无阿拉伯数字"),
  fact("湛江市", "region", "national_development_zones", 1, "count", "湛江拥有国家级开发区1个、国家级高新区1个、省级开发区9个、省产业转移集聚地6个", "2021年末", opt=True),
  fact("湛江市", "region", "provincial_development_zones", 9, "count", "湛江拥有国家级开发区1个、国家级高新区1个、省级开发区9个、省产业转移集聚地6个", "2021年末", opt=True),
  fact("湛江市", "region", "steel_projects_introduced", 52, "count", "以宝钢湛江钢铁为龙头成功引进钢铁产业类项目52个", "2021年末", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- sx06 揭阳大南海石化工业区 (南方网 采访团 2022-11)
DN = "揭阳大南海石化工业区"
E6a = "采访团一行首先来到了揭阳大南海石化工业区。大南海石化工业区规划占地面积45.6平方公里"
E6b = "广东石化项目于今年2月份全面建成投产,1-10月份,累计完成工业产值超730亿元"
E6c = "大南海石化工业区已累计签约落地10个重大中下游产业项目,计划总投资215.86亿元,年产值233.11亿元,年纳税21.49亿元"
E6d = "以广东石化项目为“超级链主”,伊斯科、巨正源、东粤化学为“强链主”"
E6e = "全面协调推进园区内道路交通、仓储物流、供水排水、环保设施、通信电力、供热供气、管道管廊等配套设施建设,总投资超过210亿元"
G["sx06"] = dict(
 article=art("强信心 稳预期 促发展 | “向海图强看广东”采访团聚焦揭阳谱写“蓝色经济”新篇章", "南方新闻网“向海图强看广东”采访活动稿（存段未署名），载于 lmlphp.com", "2022-11", "month",
  "Provincial news portal's reporting-tour item relayed by a copy site, Guangdong: a petrochemical industrial zone — area, the anchor refinery's output since full production, ten downstream projects signed with total investment, expected output and tax, infrastructure investment",
  "https://www.lmlphp.com/user/365413/article/item/11135260/",
  "存段无日期行；采访为“11月3日”，文中“计划在2023年投入20亿元”与活动口号“强信心 稳预期 促发展”表明为2022年11月（推定，月精度）。标题取存段中图片说明行（去掉站点后缀“-LMLPHP”），该行与图注“揭阳大南海石化工业区内 文胜摄”从正文删去。末段“随后,采访团来到揭阳市惠来县…秉持着环保科”在句中中断，整段删去，正文截至“…基础设施和配套设施。”，共四段。项目：广东石化项目（今年2月全面建成投产→投产，无金额，园区大南海石化工业区）；10个中下游项目未点名，合计“计划总投资215.86亿元”为事实。公司：伊斯科、巨正源、东粤化学为“强链主”（园区内，推定）。年产值、年纳税为预期（target）。",
  "sx06"),
 parks=[
  park(DN, "揭阳", "广东", "石化工业区", E6a, aliases=["大南海石化工业区"], note="文中又作“工业区”“园区”"),
 ],
 companies=[
  comp("伊斯科", DN, E6d),
  comp("巨正源", DN, E6d),
  comp("东粤化学", DN, E6d),
 ],
 institutions=[inst("揭阳大南海石化工业区管委会", "揭阳大南海石化工业区管委会副主任李洪峰向记者介绍", park=DN)],
 projects=[
  proj("广东石化项目", DN, E6b, status="投产", status_text="全面建成投产", note="2022年2月全面建成投产"),
 ],
 aggregate_facts=[
  fact(DN, "park", "area_km2", 45.6, "km2", E6a, "2022年11月", opt=True),
  fact("广东石化项目", "project", "industrial_output_cny", 7.3e10, "cny", E6b, "2022年1–10月", kind="cumulative", qual="超", qtext="超", chk=True),
  fact(DN, "park", "projects_signed", 10, "count", E6c, "截至2022年10月", kind="cumulative"),
  fact(DN, "park", "signed_investment_cny", 2.1586e10, "cny", E6c, "截至2022年10月", kind="cumulative", chk=True),
  fact(DN, "park", "expected_annual_output_cny", 2.3311e10, "cny", "年产值233.11亿元,年纳税21.49亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact(DN, "park", "expected_annual_tax_cny", 2.149e9, "cny", "年纳税21.49亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact(DN, "park", "infrastructure_investment_cny", 2.1e10, "cny", E6e, "2022年11月", qual="超", qtext="超过", opt=True, chk=True),
  fact(DN, "park", "infrastructure_investment_plan_cny", 2e9, "cny", "计划在2023年投入20亿元", "2023年（计划）", kind="target", opt=True, chk=True),
 ])
