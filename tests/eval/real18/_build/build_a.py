#!/usr/bin/env python3
"""Ground truth for d01–d08 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, write

# ---------------------------------------------------------------- d01 威海科技新城 2005
P = "威海科技新城"
G = "威海科技新城2005年7月底集中开工的31个项目"
write("d01", dict(
    title="威海构筑制造业新高地", outlet="大众日报（大众网）, 新浪新闻中心转载",
    published="2005-08-23", published_precision="day",
    register="provincial party paper item on a city's science-and-technology new town as a manufacturing cluster: a batch of 31 projects starting, three named projects with amounts, cumulative infrastructure investment, projects arranged in the town",
    source_url="http://news.sina.com.cn/o/2005-08-23/08046758105s.shtml",
    note="新浪页首面包屑“新闻中心新浪首页 > 新闻中心 > 综合 > 正文”、“http://www.sina.com.cn 2005年08月23日08:04 大众网-大众日报”一行（日期取此）与页脚（爱问、收藏此页…版权所有 新浪网）已删；段首缩进已删；第二段“高等教育聚集区、高”与“知人才创业区”之间所存的断行照录为单个换行（原页面在词中断开）。记者到访在8月19日，开工仪式在7月底"),
  parks=[
    park(P, "建设“威海科技新城”", city="威海", province="山东", kind="科技新城",
         note="文中多作“科技新城”（通用词，不作别名）；2003年决策建设，位于威海市区西部"),
  ],
  companies=[
    comp("齐光精机", "投资额3.5亿元的齐光精机项目", park=P, optional=True, note="只出现在项目名中"),
    comp("成宇电子", "投资额2.5亿元的成宇电子项目", park=P, optional=True, note="只出现在项目名中"),
    comp("新东方模塑", "投资额为2亿元的新东方模塑项目", park=P, optional=True, note="只出现在项目名中"),
  ],
  institutions=[
    inst("威海市委", "威海市委、市政府作出决策"),
    inst("威海市政府", "威海市委、市政府作出决策", note="文作“市政府”"),
  ],
  projects=[
    proj("齐光精机项目", "投资额3.5亿元的齐光精机项目", P, ["齐光精机"], 350000000.0, "投资额3.5亿元",
         status="开工", status_text="此次开工项目中的“亮点”"),
    proj("成宇电子项目", "投资额2.5亿元的成宇电子项目", P, ["成宇电子"], 250000000.0, "投资额2.5亿元",
         status="开工", status_text="此次开工项目中的“亮点”"),
    proj("新东方模塑项目", "投资额为2亿元的新东方模塑项目", P, ["新东方模塑"], 200000000.0, "投资额为2亿元",
         status="开工", status_text="此次开工项目中的“亮点”"),
  ],
  facts=[
    fact(G, "park_group", "projects_started", 31, "count", "日前集中开工的31个项目正在加紧建设", as_of="2005年7月底"),
    fact(G, "park_group", "projects_over_100m", 8, "count", "其中投资过亿元的有8个", as_of="2005年7月底"),
    fact(G, "park_group", "planned_investment", 3000000000.0, "cny", "项目投资总额达30多亿元", qtext="多",
         as_of="2005年7月底", note="“30多亿元”check_gold 读不出，故 metric 不带 _cny"),
    fact(G, "park_group", "expected_output_value_cny", 12000000000.0, "cny", "年可实现产值120亿元", kind="target"),
    fact(G, "park_group", "expected_profit_tax_cny", 1300000000.0, "cny", "利税13亿元", kind="target"),
    fact(P, "park", "infrastructure_investment_cny", 240000000.0, "cny", "目前已累计完成投资2.4亿元",
         kind="cumulative", as_of="2005年8月", note="2003年起两年累计"),
    fact(P, "park", "monthly_investment_cny", 10000000.0, "cny", "平均每月投入1000万元", optional=True,
         note="月均值"),
    fact(P, "park", "projects_arranged", 45, "count", "目前“科技新城”已安排项目45个", kind="cumulative", as_of="2005年8月"),
    fact(P, "park", "planned_investment_cny", 6700000000.0, "cny", "总投资已达67亿元", kind="cumulative",
         as_of="2005年8月", note="已安排45个项目的总投资"),
  ])

# ---------------------------------------------------------------- d02 抚顺 2006
P1 = "中国抚顺机械装备制造工业园区"; P2 = "北方石蜡工业园区"
G = "中国抚顺机械装备制造工业园区和北方石蜡工业园区意向性投资项目"
write("d02", dict(
    title="抚顺装备制造园区开工建设", outlet="中国质量新闻网（作者 铭心、孙伟）, 新浪财经转载",
    published="2006-06-09", published_precision="day",
    register="trade-press (quality-news site) brief on a machinery industrial park's groundbreaking with its first project landing, the park's planned and start-up area, a second park about to start, intended projects by size",
    source_url="http://finance.sina.com.cn/roll/20060609/0754736542.shtml",
    note="新浪财经面包屑、“http://finance.sina.com.cn 2006年06月09日 07:54 中国质量新闻网”一行（日期取此）与页脚已删；段首缩进已删；文末署名“作者:铭 心 孙 伟”照录"),
  parks=[
    park(P1, "中国抚顺机械装备制造工业园区奠基", city="抚顺", district="顺城区", province="辽宁", kind="工业园区",
         aliases=["机械装备制造工业园区"]),
    park(P2, "北方石蜡工业园区也将很快完成招标工作", city="抚顺", province="辽宁", kind="工业园区",
         note="城市据上下文（“两个园区”同属抚顺）"),
  ],
  companies=[
    comp("大连顺德集团", "由大连顺德集团投资建设的汽车上装项目同时落地", park=P1),
  ],
  projects=[
    proj("汽车上装项目", "一期投入3.5亿元、由大连顺德集团投资建设的汽车上装项目同时落地", P1, ["大连顺德集团"],
         350000000.0, "一期投入3.5亿元", phase="一期", status="开工", status_text="奠基…同时落地",
         status_alt="签约", note="园区奠基时项目“同时落地”；金额为一期投入"),
  ],
  facts=[
    fact(P1, "park", "planned_area_km2", 3.77, "km2", "规划总面积3.77平方公里"),
    fact(P1, "park", "startup_area_ha", 37.5, "ha", "起步区规划总面积37.5公顷"),
    fact(G, "park_group", "projects_intended", 17, "count", "两个园区已有意向性投资项目17个", as_of="2006年6月"),
    fact(G, "park_group", "projects_over_10m", 12, "count", "其中拟投资额在1000万元以上的项目有12个", as_of="2006年6月"),
    fact(G, "park_group", "projects_over_50m", 5, "count", "5000万元以上项目5个", as_of="2006年6月"),
  ])

# ---------------------------------------------------------------- d03 泉州 2007
P = "台商投资专属区"
write("d03", dict(
    title=None, title_note="页面未存标题，正文以电头“新华网福州7月24日电”开始；内容为泉州台资企业与台商投资专属区建设",
    outlet="新华网（记者 来建强）", published="2007-07-24", published_precision="day",
    register="news-agency item on a city's Taiwan-funded firms and investment, a Taiwanese group's dollar project, and a planned Taiwan-investment zone under construction",
    source_url="http://news.xinhuanet.com/tai_gang_ao/2007-07/24/content_6421644.htm",
    note="页面只存正文（无标题、无页脚）；单行换行改为空行分段，但“接连”与“来泉州洽谈投资”之间为句中断行，照录为单个换行；“步伐。 美旗控股”中的空格照录。年份据 URL 与“2008年初建成首期”"),
  parks=[
    park(P, "规划面积约58平方公里的台商投资专属区", city="泉州", province="福建", kind="台商投资区",
         note="位于泉州湾北岸，建设中；文中又作“该专属区”"),
  ],
  companies=[
    comp("美旗控股集团", "美旗控股集团联合台湾历扬半导体科技有限公司", note="文中未说项目在专属区内，故无园区"),
    comp("台湾历扬半导体科技有限公司", "美旗控股集团联合台湾历扬半导体科技有限公司"),
    comp("复华金融控股有限公司", "复华金融控股有限公司已与泉州达成23.2亿美元的投资项目"),
    comp("国泰人寿", "美旗控股集团、国泰人寿、台塑集团、中纤、台泥等岛内知名企业接连", optional=True, note="来泉州洽谈投资的企业"),
    comp("台塑集团", "美旗控股集团、国泰人寿、台塑集团、中纤、台泥等岛内知名企业接连", optional=True),
    comp("中纤", "美旗控股集团、国泰人寿、台塑集团、中纤、台泥等岛内知名企业接连", optional=True),
    comp("台泥", "美旗控股集团、国泰人寿、台塑集团、中纤、台泥等岛内知名企业接连", optional=True),
  ],
  institutions=[
    inst("中国台商研究所", "中国台商研究所所长谢秉臻说", kind="research"),
  ],
  projects=[
    proj("海峡西岸国际采购与区域物流配送中心及光电半导体产业基地",
         "已与泉州达成23.2亿美元的投资项目,建设海峡西岸国际采购与区域物流配送中心及光电半导体产业基地", None,
         ["美旗控股集团", "台湾历扬半导体科技有限公司", "复华金融控股有限公司"], None, "23.2亿美元",
         status="在建", status_text="海峡西岸国际采购与区域物流配送中心已经动工建设",
         aliases=["海峡西岸国际采购与区域物流配送中心", "光电半导体产业基地"],
         note="美元计价：investment_cny 留空；一个23.2亿美元的投资项目含两部分，两部分名称作别名；物流配送中心已动工，2008年初建成首期；文中未说位于专属区",
         currency="USD", amount_original=2320000000.0),
  ],
  facts=[
    fact("泉州", "region", "taiwan_funded_companies", 1282, "count", "泉州台资企业总数达1282家", as_of="2007年上半年"),
    fact("泉州", "region", "taiwan_investment_utilized_usd", 1068400000.0, "usd", "实际利用台资累计达10.684亿美元",
         kind="cumulative", as_of="2007年上半年"),
    fact("泉州", "region", "taiwan_projects_approved", 36, "count", "新批准台商投资项目36项", as_of="2007年1至6月"),
    fact("泉州", "region", "taiwan_companies_started_production", 24, "count", "实际投产24家", as_of="2007年1至6月"),
    fact(P, "park", "planned_area_km2", 58, "km2", "规划面积约58平方公里", qual="约"),
    fact("泉州", "region", "taiwan_business_association_heads_visiting_cities", 20, "count",
         "大陆20多个城市的台商企业协会会长", qtext="多", optional=True),
  ])

# ---------------------------------------------------------------- d04 嘉兴 浙洽会 2008
G = "嘉兴市第十届浙洽会签约的5个招商引资项目"
K1, K2, K3, K4 = "嘉善县经济开发区", "平湖经济开发区", "嘉兴经济开发区", "海宁市连杭经济区"
USD = "美元计价：investment_cny 留空，currency/amount_original 记原值"
write("d04", dict(
    title=None, title_note="页面未存标题，正文以“本报讯 昨天”开始；内容为嘉兴在第十届浙洽会签约5个外资项目",
    outlet="浙江在线 zjol.com.cn 转载（原刊未注明，“本报讯”；文中“我市”所签项目均在嘉兴各县市）",
    published="2008-06-09", published_precision="day",
    register="city newspaper item (reposted by the provincial news portal) on a city's signing of five foreign-invested projects at a provincial investment fair, four of them with development zones' management committees, with dollar amounts",
    source_url="http://zjnews.zjol.com.cn/05zjnews/system/2008/06/09/009600433.shtml",
    note="页面只存正文；单行换行改为空行分段。日期取 URL 路径；浙洽会“昨天”开幕（6月8日）。“我市”读作嘉兴（嘉善、平湖、嘉兴经开区、海宁均属嘉兴），为推断"),
  parks=[
    park(K1, "台湾英鑫达有限公司与嘉善县经济开发区管委会签署", city="嘉兴", district="嘉善县", province="浙江", kind="经济开发区"),
    park(K2, "香港新兴实业集团有限公司与平湖经济开发区管委会签署", city="嘉兴", district="平湖市", province="浙江", kind="经济开发区"),
    park(K3, "香港港联实业发展有限公司与嘉兴经济开发区管委会签署", city="嘉兴", province="浙江", kind="经济开发区"),
    park(K4, "通策集团(香港)有限公司与海宁市连杭经济区签署", city="嘉兴", district="海宁市", province="浙江", kind="经济区"),
  ],
  companies=[
    comp("台湾英鑫达有限公司", "台湾英鑫达有限公司与嘉善县经济开发区管委会签署", park=K1),
    comp("新加坡大山私人有限公司", "新加坡大山私人有限公司与浙江华友钴镍材料有限公司签署"),
    comp("浙江华友钴镍材料有限公司", "新加坡大山私人有限公司与浙江华友钴镍材料有限公司签署", note="合资方；文中无园区"),
    comp("香港新兴实业集团有限公司", "香港新兴实业集团有限公司与平湖经济开发区管委会签署", park=K2),
    comp("香港港联实业发展有限公司", "香港港联实业发展有限公司与嘉兴经济开发区管委会签署", park=K3),
    comp("通策集团(香港)有限公司", "通策集团(香港)有限公司与海宁市连杭经济区签署", park=K4),
  ],
  institutions=[
    inst("嘉善县经济开发区管委会", "与嘉善县经济开发区管委会签署"),
    inst("平湖经济开发区管委会", "与平湖经济开发区管委会签署"),
    inst("嘉兴经济开发区管委会", "与嘉兴经济开发区管委会签署"),
    inst("市对外贸易经济合作局", "市对外贸易经济合作局有关人员这样分析"),
  ],
  projects=[
    proj("计算机整机及外部设备生产项目", "嘉善县经济开发区管委会签署的总投资为9800万美元的计算机整机及外部设备生产项目",
         K1, ["台湾英鑫达有限公司"], None, "总投资为9800万美元", status="签约", status_text="签约仪式上…签署",
         note=USD, currency="USD", amount_original=98000000.0),
    proj("电磁材料、钴粉合资生产项目", "签署的总投资为1亿美元的电磁材料、钴粉合资生产项目", None,
         ["新加坡大山私人有限公司", "浙江华友钴镍材料有限公司"], None, "总投资为1亿美元", status="签约",
         status_text="签约仪式上…签署", note=USD + "；与企业签署，文中无园区", currency="USD", amount_original=100000000.0),
    proj("医用硅胶器械系列产品项目", "平湖经济开发区管委会签署的总投资为5000万美元的医用硅胶器械系列产品项目",
         K2, ["香港新兴实业集团有限公司"], None, "总投资为5000万美元", status="签约", status_text="签约仪式上…签署",
         note=USD, currency="USD", amount_original=50000000.0),
    proj("标准厂房建设经营项目", "嘉兴经济开发区管委会签署的总投资为5000万美元的标准厂房建设经营项目",
         K3, ["香港港联实业发展有限公司"], None, "总投资为5000万美元", status="签约",
         status_text="签约仪式上…签署", note=USD, currency="USD", amount_original=50000000.0),
    proj("五星级酒店投资意向项目", "海宁市连杭经济区签署的总投资为4980万美元的五星级酒店投资意向项目",
         K4, ["通策集团(香港)有限公司"], None, "总投资为4980万美元", status="签约", status_text="签署…投资意向项目",
         note=USD + "；意向项目", currency="USD", amount_original=49800000.0),
  ],
  facts=[
    fact(G, "park_group", "projects_signed", 5, "count", "投资总额共计34780万美元的5个招商引资项目", as_of="2008年6月8日"),
    fact(G, "park_group", "planned_investment_usd", 347800000.0, "usd", "投资总额共计34780万美元", as_of="2008年6月8日"),
    fact("嘉兴", "region", "fair_guests_invited", 140, "count", "140余名参会客商", qual="余", optional=True),
    fact("嘉兴", "region", "fair_exhibitors", 52, "count", "落实了52家企业共86个摊位", optional=True),
    fact("嘉兴", "region", "fair_booths", 86, "count", "共86个摊位", optional=True),
  ])

# ---------------------------------------------------------------- d05 海西 青洽会 2015
P = "柴达木循环经济试验区"; P2 = "德令哈工业园区"
G = "2015年青洽会海西和柴达木循环经济试验区专场签约项目"
write("d05", dict(
    title="海西签约额267.89亿元", outlet="青海新闻网, xining.baogaosu.com 转载",
    published="2015-06-19", published_precision="day",
    register="provincial news portal item on a prefecture's and its circular-economy pilot zone's special signing at a provincial investment fair: signed projects and amounts by sector, one investor's plant in an industrial park",
    source_url="http://xining.baogaosu.com/xinwen/%E7%AD%BE%E7%BA%A6%E9%A2%9D%E6%B5%B7%E8%A5%BF%E7%AD%BE%E7%BA%A6%E9%A2%9D26789%E4%BA%BF%E5%85%83/34376852",
    note="标题下“19.06.2015  10:02”一行（日期取此）已删；段首缩进已删；“拥抱着”着 照录（原文如此）。签约仪式在6月17日"),
  parks=[
    park(P, "2015年“青洽会”海西和柴达木循环经济试验区专场签约仪式举行", city="海西州", province="青海",
         kind="循环经济试验区", note="城市以海西蒙古族藏族自治州记"),
    park(P2, "目前博昱有限公司在德令哈工业园区已投资建设", city="海西州", district="德令哈市", province="青海",
         kind="工业园区", note="文中未说其隶属试验区，parent 留空"),
  ],
  companies=[
    comp("成都博昱有限公司", "成都博昱有限公司总经理张继说", park=P2, aliases=["博昱有限公司"]),
  ],
  projects=[
    proj("装备制造厂区", "目前博昱有限公司在德令哈工业园区已投资建设了一个200亩的装备制造厂区", P2, ["成都博昱有限公司"],
         status="在建", status_text="第一个厂房已经建成准备投入使用", status_alt="竣工", optional=True,
         note="未命名（“一个200亩的装备制造厂区”），作可选项目"),
  ],
  facts=[
    fact(G, "park_group", "projects_signed", 41, "count", "签约项目落实41个", as_of="2015年6月17日"),
    fact(G, "park_group", "signed_investment_cny", 26789000000.0, "cny", "签约总金额达到267.89亿元", as_of="2015年6月17日"),
    fact(G + "中农牧业类项目", "park_group", "projects_signed", 7, "count", "其中农牧业类项目7个", as_of="2015年6月17日"),
    fact(G + "中农牧业类项目", "park_group", "signed_investment_cny", 1080000000.0, "cny", "签约金额10.8亿元", as_of="2015年6月17日"),
    fact(G + "中化工类项目", "park_group", "projects_signed", 11, "count", "化工类项目11个", as_of="2015年6月17日"),
    fact(G + "中化工类项目", "park_group", "signed_investment_cny", 4497000000.0, "cny", "签约金额44.97亿元", as_of="2015年6月17日"),
    fact(G + "中能源类项目", "park_group", "projects_signed", 10, "count", "能源类项目10个", as_of="2015年6月17日"),
    fact(G + "中能源类项目", "park_group", "signed_investment_cny", 14400000000.0, "cny", "签约金额144亿元", as_of="2015年6月17日"),
    fact("装备制造厂区", "project", "land_area_mu", 200, "mu", "一个200亩的装备制造厂区", optional=True),
  ])

# ---------------------------------------------------------------- d06 宝山 大场 2010
P1 = "动漫衍生产业园"; P2 = "生物医药产业园"
write("d06", dict(
    title="宝山开工一批经济结构调整项目", outlet="文汇报（记者 朱斌，通讯员 林青、徐巍）, 东方网, 新浪新闻转载",
    published="2010-06-29", published_precision="day",
    register="city daily brief on a district town's restructuring projects: office buildings completed for two industrial parks, an R&D headquarters base and a park project starting, with amounts",
    source_url="http://news.sina.com.cn/o/2010-06-29/073817725000s.shtml",
    note="“跳转到路径导航栏/跳转到正文内容”、“http://www.sina.com.cn  2010年06月29日07:38  东方网-文汇报”一行（日期取此）与页脚（转发此文至微博…新浪公司 版权所有）已删；段首缩进已删；“(记者朱斌讯员林青徐巍)”照录（原文如此）。开工在“昨天”（6月28日）"),
  parks=[
    park(P1, "将分别作为动漫衍生产业园二期和生物医药产业园的重要组成部分", city="上海", district="宝山区",
         province="上海", kind="产业园", note="在宝山区大场镇"),
    park(P2, "将分别作为动漫衍生产业园二期和生物医药产业园的重要组成部分", city="上海", district="宝山区",
         province="上海", kind="产业园", optional=True, note="名称通用，作可选"),
  ],
  projects=[
    proj("国际研发总部基地一期工程", "昨天开工建设的国际研发总部基地一期工程,总建筑面积10万平方米,总投资8亿元", None,
         cny=800000000.0, text="总投资8亿元", phase="一期", status="开工", status_text="昨天开工建设",
         note="在大场镇，文中未说属哪个园区"),
    proj("红木文化艺术公园项目", "昨天同时开工的红木文化艺术公园项目,既是沪太路环境整治项目,又是沪太路沿线产业结构调整的重点项目,总投资2亿元", None, cny=200000000.0, text="总投资2亿元",
         status="开工", status_text="昨天同时开工", note="沪太路环境整治与产业结构调整项目，非园区"),
    proj("动漫衍生产业园二期", "文景、文欣、文渊、文盛四幢商务楼宇昨日落成,将分别作为动漫衍生产业园二期", P1,
         phase="二期", status="竣工", status_text="四幢商务楼宇昨日落成", optional=True,
         note="四幢楼宇分别作为二期和生物医药产业园的组成部分，可选"),
  ],
  facts=[
    fact("国际研发总部基地一期工程", "project", "floor_area_m2", 100000, "m2", "总建筑面积10万平方米"),
    fact("文景、文欣、文渊、文盛四幢商务楼宇", "park_group", "buildings_completed", 4, "count", "文盛四幢商务楼宇昨日落成",
         optional=True, note="汉字数词“四幢”"),
  ])

# ---------------------------------------------------------------- d07 肇州 2011
P = "杏山项目区"
write("d07", dict(
    title=None, title_note="页面未存标题，正文以电头“黑龙江日报10月19日讯”开始；内容为肇州县招商引资与杏山项目区企业二期项目",
    outlet="黑龙江日报, 东北网 heilongjiang.dbw.cn 转载", published="2011-10-19", published_precision="day",
    register="provincial party paper brief on a county's investment attraction: signed projects and contract amount, three named energy and food projects, a firm's second phase in the county's project zone",
    source_url="https://heilongjiang.dbw.cn/system/2011/10/19/053458291.shtml",
    note="文末“责任编辑:张隽珊”已删；单行换行改为空行分段"),
  parks=[
    park(P, "位于杏山项目区的鑫珑腾肉业有限公司", city="大庆", district="肇州县", province="黑龙江", kind="项目区",
         note="城市据肇州县所属（大庆）补；文首“园区载体”为泛称"),
  ],
  companies=[
    comp("鑫珑腾肉业有限公司", "位于杏山项目区的鑫珑腾肉业有限公司", park=P),
    comp("中海油新能源公司", "计划总投资50亿元的中海油新能源公司风电场开发项目"),
    comp("大唐新能源公司", "计划总投资30亿元的大唐新能源公司卫星风电场开发项目"),
    comp("长春皓月集团", "计划总投资5亿元的长春皓月集团肉牛产业加工项目"),
  ],
  projects=[
    proj("中海油新能源公司风电场开发项目", "计划总投资50亿元的中海油新能源公司风电场开发项目", None, ["中海油新能源公司"],
         5000000000.0, "计划总投资50亿元", status="签约", status_text="新签约项目", note="文中无园区"),
    proj("大唐新能源公司卫星风电场开发项目", "计划总投资30亿元的大唐新能源公司卫星风电场开发项目", None, ["大唐新能源公司"],
         3000000000.0, "计划总投资30亿元", status="签约", status_text="新签约项目"),
    proj("长春皓月集团肉牛产业加工项目", "计划总投资5亿元的长春皓月集团肉牛产业加工项目", None, ["长春皓月集团"],
         500000000.0, "计划总投资5亿元", status="签约", status_text="新签约项目"),
    proj("鑫珑腾肉业有限公司二期项目", "于今年下半年投资2000余万元上马了二期项目", P, ["鑫珑腾肉业有限公司"],
         None, "投资2000余万元", phase="二期", status="在建",
         status_text="已经完成了二层主体工程的建设工作", optional=True,
         note="文中只作“二期项目”（名称为标注者所拟，故可选）；猪肉熟食；“投资2000余万元”check_gold 读不出，investment_cny 留空（约2000万元，余）"),
  ],
  facts=[
    fact("肇州县", "region", "projects_signed", 19, "count", "已新签约项目19个", as_of="2011年初至10月"),
    fact("肇州县", "region", "projects_over_100m_signed", 11, "count", "其中超亿元项目11个", as_of="2011年初至10月"),
    fact("肇州县", "region", "contract_investment_cny", 10492000000.0, "cny", "合同引资额达104.92亿元", as_of="2011年初至10月"),
    fact("肇州县", "region", "investment_teams", 4, "count", "全县成立了四个招商工作组", optional=True, note="汉字数词"),
  ])

# ---------------------------------------------------------------- d08 新洲 阳逻 2012
P = "阳逻开发区"
G = "新洲区2012年湖北浙江“长三角”地区经贸洽谈会签约的7个项目"
write("d08", dict(
    title="“长三角”洽谈会七项目奔新洲 总额达146.5亿元", outlet="长江日报（记者 杨菁，通讯员 梅慧香）, 长江网 news.cjn.cn",
    published="2012-04", published_precision="month",
    register="city party paper brief on a district's seven projects signed at a trade fair in Hangzhou: totals, its development zone's share and a named garment project, expected output, jobs and tax",
    source_url="http://news.cjn.cn/sywh/201204/t1802752.htm",
    note="文末“(责编:王海)”与“一周热门”及其模板行已删。日期只知到月（URL 路径201204；洽谈会在“24日”，文中有“2012年1-4月”），日未给"),
  parks=[
    park(P, "阳逻开发区突出港口优势,签约金额达到95亿元", city="武汉", district="新洲区", province="湖北", kind="开发区",
         note="城市据新洲区所属补"),
  ],
  companies=[
    comp("乾龙卢氏(北京)投资公司", "乾龙卢氏(北京)投资公司计划投资55亿元", park=P),
  ],
  institutions=[
    inst("新洲区招商局", "区招商局负责人介绍", note="文作“区招商局”"),
  ],
  projects=[
    proj("服装产业中心", "乾龙卢氏(北京)投资公司计划投资55亿元,建设一个服装产业中心", P, ["乾龙卢氏(北京)投资公司"],
         5500000000.0, "计划投资55亿元", status="签约", status_text="签下…项目"),
  ],
  facts=[
    fact(G, "park_group", "projects_signed", 7, "count", "新洲区一次签下7个项目", as_of="2012年4月24日"),
    fact(G, "park_group", "signed_investment_cny", 14650000000.0, "cny", "投资总额达146.5亿元", as_of="2012年4月24日"),
    fact(P, "park", "signed_investment_cny", 9500000000.0, "cny", "签约金额达到95亿元", as_of="2012年4月24日"),
    fact("服装产业中心", "project", "expected_tax_cny", 500000000.0, "cny", "年纳税可达5亿元", kind="target"),
    fact(G, "park_group", "expected_output_value_cny", 30000000000.0, "cny", "预计年总产值(销售额)将达300亿元", kind="target"),
    fact(G, "park_group", "expected_jobs", 30000, "count", "新增就业岗位3万个", kind="target"),
    fact(G, "park_group", "expected_tax_cny", 2700000000.0, "cny", "年税收27亿元", kind="target"),
    fact("新洲区", "region", "industrial_agreed_investment_cny", 20000000000.0, "cny", "协议投资额已逾200亿元",
         qual="超", qtext="逾", as_of="2012年1-4月"),
  ])
print("d01-d08 written")
