# real269 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52).
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park the text places the
# project in, null if none (a county is not a park; a ceremony held in a zone does not place every project of a county
# there). Status from the text's words (开工 / 开工兴建 / 集中开工 → 开工). Expected output / tax after completion → kind
# target. Year-to-date figures (“1-7月”, “今年1至9月”) → cumulative. County figures have subject_type region.

# ---------------------------------------------------------------- rh01 崇阳 盛开光电众创城 (咸宁网 2021)
CY = "湖北崇阳经济开发区"
SK = "咸宁盛开光电产业众创城项目"
A0 = "12月13日,咸宁盛开光电产业众创城项目在崇阳正式开工兴建"
A1 = "“盛开光电众创产业园”位于湖北崇阳经济开发区"
A2 = "园区全部建成投产后,年产值约30亿元,年纳税总金额约1亿元"
G["rh01"] = dict(
 article=art("咸宁盛开光电产业众创城项目在崇阳正式开工兴建", "咸宁网（全媒体记者汪淑琴、甘源），m.xnnews.com.cn", "2021-12-15", "day",
  "City news portal's county channel, Hubei: groundbreaking of an industrial park-in-park project in a county economic development zone — site area, floor area, firms to be attracted, expected output and tax, three phases, two business blocks",
  "http://m.xnnews.com.cn/xyxw/news_cy/202112/t20211215_2466315.shtml",
  "日期取页面“来源:咸宁网 时间:2021-12-15 10:30”；文中“12月13日”为开工日。标题照录；导航、来源时间行、“编辑:zhusijia”与“上一篇”链接已删。正文完整，共六段。园区：湖北崇阳经济开发区（咸宁市崇阳县，湖北；文中写法照录）。“盛开光电众创产业园”是园中园性质的开发项目，列为项目（名称取标题/首段“咸宁盛开光电产业众创城项目”，别名“盛开光电众创产业园”），另列为可选园区（母园区湖北崇阳经济开发区）。项目无投资额；状态“正式开工兴建”→开工。建成后年产值约30亿元、年纳税约1亿元为预期（target，subject 项目）；占地315亩、总建筑面积约26万平方米、分期面积为可选事实。建信开太平（建设银行控股子公司）为合作平台，可选公司，不在园区。",
  "rh01"),
 parks=[
  park(CY, "咸宁", "湖北", "经济开发区", A1, district="崇阳县"),
  park("盛开光电众创产业园", "咸宁", "湖北", "产业园", A1, district="崇阳县", parent=CY, aliases=["咸宁盛开光电产业众创城"], opt=True,
       note="园中园式开发项目；同时列为项目"),
 ],
 companies=[
  comp("建信开太平", None, "第二个板块是依托建信开太平(建设银行控股子公司)平台", opt=True, note="建设银行控股子公司；合作平台，不在园区"),
 ],
 projects=[
  proj(SK, CY, A0, status="开工", status_text="正式开工兴建", aliases=["盛开光电众创产业园"],
       note="位于湖北崇阳经济开发区（第二段）；无投资额；分三期开发"),
 ],
 aggregate_facts=[
  fact(SK, "project", "expected_annual_output_cny", 3e9, "cny", "年产值约30亿元,年纳税总金额约1亿元", "建成投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(SK, "project", "expected_annual_tax_cny", 1e8, "cny", "年纳税总金额约1亿元", "建成投产后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(SK, "project", "land_area_mu", 315, "mu", "该项目占地面积315亩", "2021年12月", opt=True),
  fact(SK, "project", "floor_area_m2", 2.6e5, "m2", "总建筑面积约26万平方米", "2021年12月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- rh02 随县 5 projects started (2019)
SX = "随县经济开发区"
B0 = "8月26日,随州市2019年8月份重大项目集中开工仪式在随县经济开发区举行"
B1 = "分别为湖北长力轻型改装车生产项目、随州市神农茶业产业园综合一体化项目、华润随县云峰风力发电项目、随县兴鸿废旧物资再生利用项目、随州隧治实业隧道治理设备生产项目"
B2 = "1-7月,全县招商引资新签约项目41 个,协议总投资 105 亿元"
B3 = "1-8月,累计集中开工投资5000万元以上项目41个,总投资118亿元"
AS2 = "2019年8月26日（集中开工）"
def _p2(n, note="随县集中开工项目；文中未说位于开发区"):
    return proj(n, None, B1, status="开工", status_text="集中开工", note=note)
G["rh02"] = dict(
 article=art("（无标题）随州市2019年8月份重大项目集中开工仪式在随县经济开发区举行 随县5个项目开工", "未署原刊（“本网讯 李 佳 报道”，当为随县本地媒体），转载于 510105.nync.com（村网通）", "2019-08", "month",
  "County news item relayed on a rural web-portal page, Hubei: a city's monthly groundbreaking held in a county economic development zone — five named county projects started with their combined total, the county's year-to-date signing, project-pool, fixed-asset investment and groundbreaking figures",
  "https://510105.nync.com/article/17074326.html",
  "存段无标题、无日期行；日期据文中“8月26日,随州市2019年8月份重大项目集中开工仪式”定为2019年8月（月精度，当月26日或稍后）。页首“村网通总站 三星村 510105.nync.com 欢迎您!”已删。存段末段（湖北长力汽车制造有限公司负责人介绍项目，含“该项目位于随县经济开发区,总投资2.8亿元”）在“2019年计划投资8000”处中断，整段删去；正文截至“…等多个领域。”，共四段。原刊未署，转载站为村网通站点（非简繁转换页）。园区：随县经济开发区（随州市随县，湖北），开工仪式举办地。项目：随县5个重点项目（集中开工→开工），文中未说位于开发区，park 记 null（被删末段才说长力项目位于开发区）。5个项目合计“总投资超过10.3亿元”（region 随县，超）。随县1-7月新签约项目41个、协议总投资105亿元；入库项目210个、总投资690亿元；固定资产投资108.6亿元、占年度计划60%、增幅11.6%；1-8月累计集中开工5000万元以上项目41个、总投资118亿元（cumulative）。随州市本次12个重大项目为可选事实。",
  "rh02"),
 parks=[
  park(SX, "随州", "湖北", "经济开发区", B0, district="随县", note="开工仪式举办地"),
 ],
 companies=[
  comp("华润", None, B1, opt=True, note="只在项目名“华润随县云峰风力发电项目”中"),
 ],
 projects=[
  _p2("湖北长力轻型改装车生产项目", note="随县集中开工项目；被删末段称其位于随县经济开发区、总投资2.8亿元，本文本未含"),
  _p2("随州市神农茶业产业园综合一体化项目"),
  _p2("华润随县云峰风力发电项目"),
  _p2("随县兴鸿废旧物资再生利用项目"),
  _p2("随州隧治实业隧道治理设备生产项目"),
 ],
 aggregate_facts=[
  fact("随县", "region", "projects_started", 5, "count", "本次集中开工的12个重大项目中,随县占据5个", AS2),
  fact("随县", "region", "projects_started_investment_cny", 1.03e9, "cny", "总投资超过10.3亿元", AS2, qual="超", qtext="超过", chk=True),
  fact("随州市", "region", "projects_started", 12, "count", "本次集中开工的12个重大项目中", AS2, opt=True, note="市级"),
  fact("随县", "region", "projects_signed", 41, "count", B2, "2019年1–7月", kind="cumulative"),
  fact("随县", "region", "signed_investment_cny", 1.05e10, "cny", "协议总投资 105 亿元", "2019年1–7月", kind="cumulative", chk=True),
  fact("随县", "region", "projects_in_pool", 210, "count", "项目储备库和建设库入库项目210个,总投资690亿元", "2019年7月末", opt=True),
  fact("随县", "region", "projects_in_pool_investment_cny", 6.9e10, "cny", "总投资690亿元", "2019年7月末", opt=True, chk=True),
  fact("随县", "region", "fixed_asset_investment_cny", 1.086e10, "cny", "固定资产投资完成108.6亿元,占年度计划的60%,累计增幅11.6%", "2019年1–7月", kind="cumulative", chk=True),
  fact("随县", "region", "fixed_asset_investment_share_of_plan", 0.60, "ratio", "占年度计划的60%", "2019年1–7月", kind="ratio", opt=True),
  fact("随县", "region", "fixed_asset_investment_growth", 0.116, "ratio", "累计增幅11.6%", "2019年1–7月", kind="ratio"),
  fact("随县", "region", "projects_started", 41, "count", B3, "2019年1–8月", kind="cumulative", note="投资5000万元以上项目，累计集中开工"),
  fact("随县", "region", "projects_started_investment_cny", 1.18e10, "cny", "总投资118亿元", "2019年1–8月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- rh03 衡东经开区 10 projects started (中国报道 2019)
HD = "衡东经开区"
C0 = "当天,集中开工的产业项目共有10个,项目总投资额超20亿元"
C1 = "其中,年产1200万重量箱超白光伏、超薄电子玻璃项目总投资15.2亿元"
C2 = "湖南荟研新材料有限公司年产3000吨硅油、2000吨硅橡胶及5000吨涂料助剂项目,致力于实现高端硅基材料国产化,新增工业产值1亿元以上"
C3 = "湖南广信科技发展有限公司年产21600吨有机硅新材料项目"
AS3 = "2019年10月20日（集中开工）"
G["rh03"] = dict(
 article=art("衡东县10大产业项目集中开工 总投资超20亿元", "中国报道网（中国报道杂志；邓小保 周健 王铮 报道），sdjs.apcreports.org.cn", "2019-10-20", "day",
  "National magazine's website, Hunan: a county's industrial projects break ground in its economic development zone — ten projects with their total, three named projects with amount or capacity and expected output and tax, the county's year-to-date key-project figures",
  "http://sdjs.apcreports.org.cn/sdjs/news/3304.html",
  "日期取页面“发布时间:2019-10-20 20:10:29”，与文中“10月20日上午”同日。标题照录；站名、位置行、发布时间行、“责任编辑:刘霞”与页脚已删。标题后两行图片说明“衡东经开区2019年产业项目集中开工仪式”“奠基现场”保留为段落（园区全名只见于说明）。首段以“项目总投资额超20亿元,”（逗号）结束，照录。正文完整，共五段。园区：衡东经开区（衡东经济开发区，衡阳市衡东县，湖南；文中又作“该县经开区”）。项目：三个点名项目，集中开工仪式在经开区举行、均为产业项目，园区记衡东经开区（推定）；超白光伏/超薄电子玻璃项目总投资15.2亿元，另两项无金额。10个项目、超20亿元按图片说明归衡东经开区（开工仪式是县的，subject 也可为衡东县）。预期产值/税收为 target。衡东县1至9月重点项目89个、完成投资55.71亿元（cumulative，region）。",
  "rh03"),
 parks=[
  park(HD, "衡阳", "湖南", "经济开发区", "衡东经开区2019年产业项目集中开工仪式", district="衡东县", note="图片说明；正文作“该县经开区”"),
 ],
 companies=[
  comp("湖南荟研新材料有限公司", HD, C2, note="开工项目业主；园区由开工仪式地点推定"),
  comp("湖南广信科技发展有限公司", HD, C3, note="同上"),
 ],
 projects=[
  proj("年产1200万重量箱超白光伏、超薄电子玻璃项目", HD, C1, inv="总投资15.2亿元", status="开工", status_text="集中开工",
       note="湖南省“五个一百”重点项目；预计年产值40亿元；园区推定"),
  proj("年产3000吨硅油、2000吨硅橡胶及5000吨涂料助剂项目", HD, C2, companies=["湖南荟研新材料有限公司"], status="开工", status_text="集中开工", note="无金额；园区推定"),
  proj("年产21600吨有机硅新材料项目", HD, C3, companies=["湖南广信科技发展有限公司"], status="开工", status_text="集中开工", note="无金额；园区推定"),
 ],
 aggregate_facts=[
  fact(HD, "park", "projects_started", 10, "count", C0, AS3, note="县产业项目集中开工，仪式在经开区；subject 亦可为衡东县"),
  fact(HD, "park", "projects_started_investment_cny", 2e9, "cny", "项目总投资额超20亿元", AS3, qual="超", qtext="超", chk=True),
  fact("年产1200万重量箱超白光伏、超薄电子玻璃项目", "project", "expected_annual_output_cny", 4e9, "cny", "预计年产值40亿元,年创税1亿元以上", "建成后（预期）", kind="target", chk=True),
  fact("年产1200万重量箱超白光伏、超薄电子玻璃项目", "project", "expected_annual_tax_cny", 1e8, "cny", "年创税1亿元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("湖南荟研新材料有限公司", "company", "expected_new_output_cny", 1e8, "cny", "新增工业产值1亿元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("湖南广信科技发展有限公司", "company", "expected_new_output_cny", 5e8, "cny", "项目建成后新增产值5亿元,新增税收2000万元以上", "建成后（预期）", kind="target", chk=True),
  fact("湖南广信科技发展有限公司", "company", "expected_new_tax_cny", 2e7, "cny", "新增税收2000万元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("衡东县", "region", "key_projects", 89, "count", "今年1至9月,全县共实施重点项目89个,完成投资55.71亿元", "2019年1–9月", kind="cumulative"),
  fact("衡东县", "region", "key_projects_investment_completed_cny", 5.571e9, "cny", "完成投资55.71亿元", "2019年1–9月", kind="cumulative", chk=True),
  fact("衡东县", "region", "provincial_city_key_projects", 35, "count", "其中,省市重点项目35个,开工率达100%", "2019年1–9月", opt=True),
  fact("衡东县", "region", "key_projects_start_rate", 1.0, "ratio", "开工率达100%", "2019年1–9月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rh04 岳阳县 20 projects started (岳阳日报 2021)
GX = "高新区"
D0 = "3月1日,岳阳县举行2021年重大项目集中开工仪式暨园区标准化厂房项目(一期)奠基仪式,20个项目集中开工,总投资71.97亿元"
D1 = "其中,高新区标准厂房建设项目(一期),总建筑面积4.5万平方米,预计今年10月底前可竣工,年内力争引进1-2家企业入驻"
AS4 = "2021年3月1日（集中开工）"
G["rh04"] = dict(
 article=art("岳阳县 20个重大项目集中开工 总投资近72亿元", "岳阳日报（钟斯洋 袁颖），803.com.cn 数字报", "2021-03-05", "day",
  "City daily's e-paper, Hunan: a county's groundbreaking of 20 major projects with the first phase of standard factory buildings in its high-tech zone — total investment, floor area, completion and tenant plans",
  "http://www.803.com.cn/yyrb/2021-03/05/content_99884739.html",
  "日期取网址 2021-03/05（岳阳日报版面日期）；文中“3月1日”为开工日。标题照录（“岳阳县”后一空格照录）。正文完整，共三段。园区：文中只作“高新区”（岳阳县高新区，即湖南岳阳县高新技术产业园区；名称照录“高新区”，全称不补）；“园区标准化厂房项目(一期)”之“园区”即此。项目：高新区标准厂房建设项目(一期)——奠基/集中开工→开工；无投资额；总建筑面积4.5万平方米，预计2021年10月底前竣工（note）。20个项目、总投资71.97亿元归岳阳县（region）；标题“总投资近72亿元”为同一数字的约数（alt，可选）。",
  "rh04"),
 parks=[
  park(GX, "岳阳", "湖南", "高新区", D1, district="岳阳县", note="岳阳县高新区；文中只作“高新区”，另称“园区”"),
 ],
 companies=[],
 projects=[
  proj("高新区标准厂房建设项目(一期)", GX, D1, phase="一期", status="开工", status_text="集中开工（奠基）", aliases=["园区标准化厂房项目(一期)"],
       note="无投资额；总建筑面积4.5万平方米；预计2021年10月底前竣工，年内力争引进1-2家企业"),
 ],
 aggregate_facts=[
  fact("岳阳县", "region", "projects_started", 20, "count", D0, AS4),
  fact("岳阳县", "region", "projects_started_investment_cny", 7.197e9, "cny", "总投资71.97亿元", AS4, chk=True),
  fact("岳阳县", "region", "projects_started_investment_cny", 7.2e9, "cny", "总投资近72亿元", AS4, qual="约", qtext="近", opt=True, chk=True, note="标题约数，同一数字"),
  fact("高新区标准厂房建设项目(一期)", "project", "floor_area_m2", 4.5e4, "m2", "总建筑面积4.5万平方米", "2021年3月（计划）", opt=True),
 ])

# ---------------------------------------------------------------- rh05 祁东 9 projects started at 归阳工业园 (2020)
GY = "归阳工业园"
E0 = "3月3日,2020年祁东县产业项目集中开工仪式在归阳工业园举行,祁东县科多供电母线及管道生产线等9个产业项目集中开工,总投资达26.5亿元"
E1 = "本次祁东县集中开工的9个产业项目为科多供电生产线项目、广裕橡塑汽丰泡棉项目、建汉铝建材生产线项目、瑞卓科技塑胶制品生产线项目、同翎彩印生产线项目、知味大师肉类加工生产线项目、雁隆黄花菜基地建设项目、衡缘物流商品汽车物流基地项目和黄花主题公园项目"
AS5 = "2020年3月3日（集中开工）"
def _p5(n, aliases=(), note="祁东县集中开工项目；文中未说位于归阳工业园"):
    return proj(n, None, E1, status="开工", status_text="集中开工", aliases=aliases, note=note)
G["rh05"] = dict(
 article=art("湖南祁东:9个产业项目集中开工 总投资26.5亿元", "未署原刊（祁东县本地稿），转载于 ttnews.xyz（天天要闻，简体页）", "2020-03-03", "day",
  "Aggregator copy of a county news item, Hunan: a county's groundbreaking of nine industrial projects held in its industrial park — named projects, total and annual planned investment, breakdown by four county programmes",
  "https://ttnews.xyz/a/5e620cc0dc9b5e15b7ce24da?lang=zh-hans",
  "日期取页首“03.03”与文中“3月3日,2020年祁东县…”（2020-03-03）。标题照录页面标题行（两处空格照录）；页首带“03.03 ”的标题行、图片说明“3月3日集中开工仪式现场”“中共祁东县委书记杜登峰向开工企业赠送口罩”及正文中重复的标题行（图片 alt）已删。存段末段“县领导周志敏、张永法、龙建程”中断，整段删去；正文截至“…作出积极的贡献。”，共三段。转载站为聚合站（原刊未署；非简繁转换页，lang=zh-hans 为原简体）。园区：归阳工业园（衡阳市祁东县，湖南；开工仪式举办地）。项目：9个产业项目（集中开工→开工），含黄花菜基地、主题公园等显然不在园区者，文中未说哪些在园区，park 一律 null。合计总投资26.5亿元、年度计划投资12.6亿元（target），四大板块分项为可选事实。",
  "rh05"),
 parks=[
  park(GY, "衡阳", "湖南", "工业园", E0, district="祁东县", note="开工仪式举办地"),
 ],
 companies=[],
 projects=[
  _p5("科多供电生产线项目", aliases=["科多供电母线及管道生产线"], note="首段作“科多供电母线及管道生产线”；项目业主代表发言；文中未说位于归阳工业园"),
  _p5("广裕橡塑汽丰泡棉项目"),
  _p5("建汉铝建材生产线项目"),
  _p5("瑞卓科技塑胶制品生产线项目"),
  _p5("同翎彩印生产线项目"),
  _p5("知味大师肉类加工生产线项目"),
  _p5("雁隆黄花菜基地建设项目"),
  _p5("衡缘物流商品汽车物流基地项目"),
  _p5("黄花主题公园项目"),
 ],
 aggregate_facts=[
  fact("祁东县", "region", "projects_started", 9, "count", E0, AS5),
  fact("祁东县", "region", "projects_started_investment_cny", 2.65e9, "cny", "总投资达26.5亿元", AS5, chk=True),
  fact("祁东县", "region", "projects_started_planned_annual_investment_cny", 1.26e9, "cny", "年度计划投资12.6亿元", "2020年（计划）", kind="target", chk=True),
  fact("祁东县", "region", "industrial_projects_started", 6, "count", "其中工业祁东板块项目6个,总投资15.3亿元,年度计划投资7.8亿元", AS5, opt=True, note="“工业祁东”板块"),
  fact("祁东县", "region", "industrial_projects_started_investment_cny", 1.53e9, "cny", "总投资15.3亿元,年度计划投资7.8亿元", AS5, opt=True, chk=True, note="“工业祁东”板块"),
 ])

# ---------------------------------------------------------------- rh06 石门县 6 projects started (新湖南 2021)
F0 = "10月8日,石门县6大项目集中开工,总投资约7亿元"
F1 = "集中开工的项目包括投资1.4亿元的石门县县域治理现代化指挥中心项目"
F2 = "投资1亿元的湖南石门超级计算公共平台项目"
F3 = "投资1亿元的安防线束及汽车线束生产制造项目,投产达效后年产值达3500万元以上"
F4 = "投资1亿元的高清摄像头模块生产线项目,该项目投产达效后可实现年产值1亿元"
F5 = "投资5000万元的湖南愿景物流园建设项目"
F6 = "投资2亿元的正大集团乌木溪6000头种猪场项目,该项目位于石门县维新镇观峰山村,建成后年产值可达7.2亿元"
AS6 = "2021年10月8日（集中开工）"
G["rh06"] = dict(
 article=art("石门县10月份6个项目集中开工 总投资7亿元", "湖南日报·新湖南客户端（记者 郑凯洲 刘炯 王章建 牟宇飞；来源 新湖南客户端.石门），m.voc.com.cn", "2021-10-08", "day",
  "Provincial daily's app page, Hunan: a county's monthly groundbreaking of six projects, each with its amount — an IT command centre, a computing platform, two electronics lines, a logistics park and a pig farm — with expected output and jobs",
  "https://m.voc.com.cn/rmt/article/2682399.html",
  "日期取页面“2021-10-08 16:22:54”，与电头“10月8日讯”同日。标题照录；“新湖南湖南日报新媒体”“打开”“来源”“阅读”与时间行已删。存段末段（“近年来,石门县树牢…全力培育电子信息”）中断，整段删去；正文截至“…县领导龚云林、康文化、马业平参加。”，共四段。文中未点名任何园区（“产业园货物”泛指；县经开区未提及），parks 为空；六个项目 park 均 null，状态“集中开工”→开工，金额照文。正大集团乌木溪种猪场位于维新镇观峰山村（乡镇，不是园区）。县合计“总投资约7亿元”（标题作“总投资7亿元”）。预期年产值为 target，可选。",
  "rh06"),
 parks=[],
 companies=[
  comp("正大集团", None, F6, opt=True, note="种猪场项目业主；位于维新镇，不在园区"),
 ],
 projects=[
  proj("石门县县域治理现代化指挥中心项目", None, F1, inv="投资1.4亿元", status="开工", status_text="集中开工"),
  proj("湖南石门超级计算公共平台项目", None, F2, inv="投资1亿元", status="开工", status_text="集中开工"),
  proj("安防线束及汽车线束生产制造项目", None, F3, inv="投资1亿元", status="开工", status_text="集中开工"),
  proj("高清摄像头模块生产线项目", None, F4, inv="投资1亿元", status="开工", status_text="集中开工"),
  proj("湖南愿景物流园建设项目", None, F5, inv="投资5000万元", status="开工", status_text="集中开工"),
  proj("正大集团乌木溪6000头种猪场项目", None, F6, companies=["正大集团"], inv="投资2亿元", status="开工", status_text="集中开工",
       aliases=["正大集团石门100万头生猪产业链乌木溪6000头种猪场项目"], note="位于石门县维新镇观峰山村"),
 ],
 aggregate_facts=[
  fact("石门县", "region", "projects_started", 6, "count", F0, AS6),
  fact("石门县", "region", "projects_started_investment_cny", 7e8, "cny", "总投资约7亿元", AS6, qual="约", qtext="约", chk=True),
  fact("安防线束及汽车线束生产制造项目", "project", "expected_annual_output_cny", 3.5e7, "cny", "年产值达3500万元以上", "投产达效后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("高清摄像头模块生产线项目", "project", "expected_annual_output_cny", 1e8, "cny", "可实现年产值1亿元", "投产达效后（预期）", kind="target", opt=True, chk=True),
  fact("正大集团乌木溪6000头种猪场项目", "project", "expected_annual_output_cny", 7.2e8, "cny", "建成后年产值可达7.2亿元", "建成后（预期）", kind="target", opt=True, chk=True),
 ])
