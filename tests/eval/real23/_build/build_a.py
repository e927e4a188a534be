#!/usr/bin/env python3
"""Ground truth for n01–n06 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- n01 河北 沽源县工业聚集区 2010
GY = "沽源县工业聚集区"; JD = "沽源县工业聚集区创业辅导基地"; G1 = "沽源县工业聚集区7月26日集中开工项目"; D1 = "2010年7月26日"
START1 = "这次入驻工业聚集区开工的项目除沸石深加工、鑫华马铃薯加工、网丝纤维生产、塞上源兔业加工和五花草甸景区综合开发5个亿元以上项目外"
write("n01", dict(
    title=None,
    title_note="页面未存标题，正文以“张家口日报报讯(记者焦磊立 通讯员祝汉国、王强) 7月26日上午”开始；内容为河北张家口沽源县工业聚集区创业辅导基地9个项目集中入驻开工奠基",
    outlet="张家口日报（记者 焦磊立，通讯员 祝汉国、王强；责任编辑 孙婷）, 转载页 fidreport.com",
    published="2010-07-27", published_precision="day",
    register="city party paper item (reposted) on a county industrial cluster's batch groundbreaking: nine projects with their total entering the cluster's start-up incubation base, the named projects over 100 million yuan and smaller ones, the cluster's location and infrastructure, the county's reserve of projects to enter, city leaders' speech",
    source_url="https://fidreport.com/2010-07/27/content_343028.htm",
    note="文末“【责任编辑:孙婷】”已删。页面无日期行，日期取 URL 路径 2010-07/27；开工奠基在“7月26日上午”。“实施 “面向京津”与“完成了 “四通一平””中的空格照录。项目以产品或内容命名（“沸石深加工”等），项目名称据文拟定（加“项目”）；“鑫华”“塞上源”只作项目名称的一部分出现",
  ),
  parks=[
    park(GY, "张家口沽源县工业聚集区创业辅导基地内礼炮震天", city="张家口", district="沽源县", province="河北",
         kind="县工业聚集区", note="位于县城西北部，距县城中心两公里；文中又作“该县工业聚集区”“工业聚集区”"),
    park(JD, "对沽源县工业聚集区创业辅导基地入驻企业集体开工建设表示祝贺", city="张家口", district="沽源县",
         province="河北", kind="创业辅导基地（聚集区内）", parent=GY, optional=True,
         note="9个项目集中入驻、开工奠基之处；是否单列为园区可议"),
  ],
  companies=[
    comp("鑫华", "鑫华马铃薯加工", park=GY, optional=True, note="只作项目名称的一部分出现"),
    comp("塞上源", "塞上源兔业加工", park=GY, optional=True, note="只作项目名称的一部分出现"),
  ],
  institutions=[
    inst("张家口市委", "张家口市委书记许宁宣布项目开工", kind="government", note="市委书记宣布开工"),
  ],
  projects=[
    proj("沸石深加工项目", START1, GY, status="开工", status_text="入驻工业聚集区开工",
         note="5个亿元以上项目之一；投资额未单列；项目名称据文拟定"),
    proj("鑫华马铃薯加工项目", "鑫华马铃薯加工", GY, companies=["鑫华"], status="开工", status_text="入驻工业聚集区开工",
         note="5个亿元以上项目之一；投资额未单列"),
    proj("网丝纤维生产项目", "网丝纤维生产", GY, status="开工", status_text="入驻工业聚集区开工",
         note="5个亿元以上项目之一；投资额未单列"),
    proj("塞上源兔业加工项目", "塞上源兔业加工", GY, companies=["塞上源"], status="开工", status_text="入驻工业聚集区开工",
         note="5个亿元以上项目之一；投资额未单列"),
    proj("五花草甸景区综合开发项目", "五花草甸景区综合开发5个亿元以上项目", GY, status="开工",
         status_text="入驻工业聚集区开工", note="5个亿元以上项目之一（景区开发，文中亦列为入驻工业聚集区开工的项目）"),
    proj("节水灌溉设备生产项目", "还有节水灌溉设备生产、水泵生产、塑料加工和肉制品加工等项目", GY, status="开工",
         status_text="入驻工业聚集区开工", optional=True, note="亿元以下项目，只列品类"),
    proj("水泵生产项目", "水泵生产、塑料加工和肉制品加工等项目", GY, status="开工", status_text="入驻工业聚集区开工",
         optional=True, note="亿元以下项目，只列品类"),
    proj("塑料加工项目", "塑料加工和肉制品加工等项目", GY, status="开工", status_text="入驻工业聚集区开工",
         optional=True, note="亿元以下项目，只列品类"),
    proj("肉制品加工项目", "肉制品加工等项目", GY, status="开工", status_text="入驻工业聚集区开工", optional=True,
         note="亿元以下项目，只列品类"),
  ],
  facts=[
    fact(G1, "park_group", "projects_started", 9, "count", "9个总投资12.5亿元项目集中入驻园区开工奠基", as_of=D1,
         note="集中入驻园区（创业辅导基地）开工奠基"),
    fact(G1, "park_group", "planned_investment_cny", 1250000000.0, "cny", "9个总投资12.5亿元项目", as_of=D1),
    fact(G1, "park_group", "projects_over_100m_yuan", 5, "count", "五花草甸景区综合开发5个亿元以上项目", as_of=D1,
         optional=True),
    fact("沽源县储备的重点入区项目", "park_group", "projects_count", 36, "count", "该县先后储备了总投资110亿元的36个重点入区项目",
         as_of="2010年7月", note="储备的拟入工业聚集区项目"),
    fact("沽源县储备的重点入区项目", "park_group", "planned_investment_cny", 11000000000.0, "cny", "储备了总投资110亿元",
         as_of="2010年7月"),
  ],
)

# ---------------------------------------------------------------- n02 甘肃 兰州市企业出城入园 兰州新区 2013
LX = "兰州新区"; D2 = "2013年12月"
G2 = "兰州市启动向兰州新区拓展搬迁的出城入园企业"; G2a = "向兰州新区搬迁已开工建设的企业"; G2b = "兰州市向远郊县区搬迁的出城入园企业"
G2c = "第三批出城入园项目推进协议签约企业"
SIGN14 = ["佛慈制药", "星火机床", "思创包装", "新盛光伏", "兰洛炼化", "金浩机械", "九州通医药", "威特焊材", "太宝制药",
          "蓝天浮法玻璃", "宏建建材", "小二黑食品"]
write("n02", dict(
    title="78户企业向新区拓展搬迁 兰石兰电已开工建设",
    outlet="转载页 gsjiasheng.com（原刊与作者未注明）",
    published="2013-12-23", published_precision="day",
    register="reposted local item on a provincial capital's enterprises moving out of the city into a national new area: firms launching relocation, those building with their total and completed investment, those choosing sites, those moving to outer counties, and a third batch of relocation agreements with fourteen named firms and their total",
    source_url="http://www.gsjiasheng.com/article/wJ03kQr6Q8x65ORE/VXd1x5o4qq8l9wLy.html",
    note="页首“时间:2013-12-23”（日期取此）与“分享:”已删；段首缩进已删。“兰石兰电”即兰石集团、兰州电机。第一段“安泰堂”与第二段“安泰堂中药”记作同一企业。第二段14家企业分别与市政府、兰州新区及皋兰县政府签约，各企业去向（兰州新区或皋兰县）未分列，故不记所在园区。文中“签约仪式上。市政府”的句号照录",
  ),
  parks=[
    park(LX, "已有78户企业启动向兰州新区拓展搬迁工作", city="兰州", province="甘肃", kind="国家级新区",
         note="标题作“新区”；出城入园企业的搬迁目的地"),
  ],
  companies=[
    comp("兰石集团", "兰石集团、兰州电机等30户企业已开工建设", park=LX, note="出城入园，向兰州新区拓展搬迁，已开工建设；标题“兰石”"),
    comp("兰州电机", "兰州电机等30户企业已开工建设", park=LX, note="出城入园，已开工建设；标题“兰电”"),
    comp("安泰堂", "安泰堂、大雁通讯等15户企业完成项目选址", park=LX, aliases=["安泰堂中药"],
         note="向兰州新区搬迁，已完成项目选址；又在第三批出城入园协议中签约（作“安泰堂中药”）"),
    comp("大雁通讯", "大雁通讯等15户企业完成项目选址", park=LX, note="向兰州新区搬迁，已完成项目选址；又在第三批协议中签约"),
    comp("瑞德设备", "瑞德设备、乐赛特等21户企业正在进行选址", park=LX, optional=True,
         note="启动向兰州新区搬迁的企业之一，正在选址（落点未定）"),
    comp("乐赛特", "乐赛特等21户企业正在进行选址", park=LX, optional=True, note="同上，正在选址"),
  ] + [comp(n, n + ("等14家企业" if n == "小二黑食品" else "、"), note="第三批出城入园项目推进协议签约企业；去向（兰州新区或皋兰县）未分列")
       for n in SIGN14],
  institutions=[
    inst("兰州市政府", "市政府、兰州新区及皋兰县政府分别与佛慈制药", note="文作“市政府”"),
    inst("皋兰县政府", "兰州新区及皋兰县政府分别与佛慈制药"),
  ],
  projects=[
    proj("兰石集团出城入园项目", "兰石集团、兰州电机等30户企业已开工建设", LX, companies=["兰石集团"], status="开工",
         status_text="已开工建设", optional=True, note="以企业名称代项目；投资额未单列"),
    proj("兰州电机出城入园项目", "兰州电机等30户企业已开工建设", LX, companies=["兰州电机"], status="开工",
         status_text="已开工建设", optional=True, note="以企业名称代项目"),
    proj("安泰堂出城入园项目", "安泰堂、大雁通讯等15户企业完成项目选址", LX, companies=["安泰堂"], status="planned",
         status_text="完成项目选址", optional=True, note="以企业名称代项目；已选址"),
    proj("大雁通讯出城入园项目", "大雁通讯等15户企业完成项目选址", LX, companies=["大雁通讯"], status="planned",
         status_text="完成项目选址", optional=True, note="以企业名称代项目；已选址"),
  ],
  facts=[
    fact(G2, "park_group", "enterprises", 78, "count", "已有78户企业启动向兰州新区拓展搬迁工作", as_of=D2, kind="cumulative",
         note="启动向兰州新区拓展搬迁的出城入园企业（“截至目前”）"),
    fact(G2a, "park_group", "enterprises", 30, "count", "兰州电机等30户企业已开工建设", as_of=D2, kind="cumulative"),
    fact(G2a, "park_group", "planned_investment_cny", 33435000000.0, "cny", "总投资334.35亿元", as_of=D2),
    fact(G2a, "park_group", "completed_investment_cny", 5802000000.0, "cny", "完成投资58.02亿元", as_of=D2, kind="cumulative"),
    fact(G2, "park_group", "enterprises_site_selected", 15, "count", "大雁通讯等15户企业完成项目选址", as_of=D2, optional=True),
    fact(G2, "park_group", "enterprises_selecting_site", 21, "count", "乐赛特等21户企业正在进行选址", as_of=D2, optional=True),
    fact(G2b, "park_group", "enterprises", 15, "count", "15户企业向远郊县区搬迁", as_of=D2, optional=True,
         note="向远郊县区搬迁（园区未具名）"),
    fact(G2b, "park_group", "planned_investment_cny", 9419000000.0, "cny", "总投资94.19亿元", as_of=D2, optional=True),
    fact(G2b, "park_group", "enterprises_started", 13, "count", "已开工13户", as_of=D2, optional=True),
    fact(G2b, "park_group", "completed_investment_cny", 281000000.0, "cny", "完成投资2.81亿元", as_of=D2, kind="cumulative",
         optional=True),
    fact(G2c, "park_group", "enterprises_signed", 14, "count", "小二黑食品等14家企业签订了出城入园项目推进协议", as_of=D2,
         note="在兰州新区举行的签约仪式；签约方为市政府、兰州新区及皋兰县政府"),
    fact(G2c, "park_group", "planned_investment_cny", 6000000000.0, "cny", "项目总投资60亿元", as_of=D2),
  ],
)

# ---------------------------------------------------------------- n03 广东 紫金县临江工业园 2013
LJ = "临江工业园"; D3 = "2013年8月16日"; CC = "长城电子集团有限公司"
write("n03", dict(
    title="紫金在临江工业园举行投资环境推介会",
    outlet="河源日报（本报讯，记者 谢素德，特约记者 刘俊锋、叶战祥）, 河源新闻网 heyuanxw.com",
    published="2013-08-19", published_precision="day",
    register="city daily item (its news site) on a county's investment fair held in its industrial park: thirteen firms signing with their total and the largest named, nine projects starting, the park's projects in negotiation, contract value and new arrivals, its bid for provincial status and planned area, the fair's total",
    source_url="http://www.heyuanxw.com/2013/zjnews_0819/30582.html",
    note="文末“上一篇/下一篇”链接、“热点图片”“头条新闻”“新闻推荐”“最新专题”及一条专题摘要已删。日期取 URL 路径 2013/zjnews_0819；推介会在“16 日上午”（8月16日）。原文数字与单位间的空格（“16 日”“投资6 亿元”“13 家”“32.46 亿元”“9 个”“12 亿元”“达到 49 个”“55.78 亿元”“27 个”“了 30 平方公里”“22 个”“45 亿元”“17 个”“三个50” 工程”）照录。紫金县属河源市（据站名与“市长彭建文”，文中未写市名）。“有望在8月底成功晋升“省级””无数字，未记为 fact",
  ),
  parks=[
    park(LJ, "紫金县投资环境推介会在该县临江工业园举行", city="河源", district="紫金县", province="广东",
         kind="县工业园（创建省级产业转移园）", note="正创建省级产业转移园，有望8月底晋升“省级”；主导产业电子、电器"),
  ],
  companies=[
    comp(CC, "投资6 亿元的长城电子集团有限公司等13 家企业进行现场签约", park=LJ, note="13家现场签约企业之一"),
  ],
  institutions=[
    inst("紫金县人民政府", "紫金县投资环境推介会在该县临江工业园举行", note="推介会主办方（文中作“紫金县”）"),
  ],
  projects=[
    proj("长城电子集团有限公司项目", "投资6 亿元的长城电子集团有限公司等13 家企业进行现场签约", LJ, companies=[CC],
         cny=600000000.0, text="投资6 亿元", status="签约", status_text="进行现场签约", optional=True,
         note="以企业名称代项目；文中投资额属企业（“投资6 亿元的长城电子集团有限公司”）"),
  ],
  facts=[
    fact("紫金县投资环境推介会现场签约企业", "park_group", "enterprises_signed", 13, "count",
         "长城电子集团有限公司等13 家企业进行现场签约", as_of=D3),
    fact("紫金县投资环境推介会现场签约企业", "park_group", "planned_investment_cny", 3246000000.0, "cny",
         "总投资额32.46 亿元", as_of=D3),
    fact("紫金县投资环境推介会开工项目", "park_group", "projects_started", 9, "count", "推介会现场还举行了9 个项目开工仪式",
         as_of=D3),
    fact("紫金县投资环境推介会开工项目", "park_group", "planned_investment_cny", 1200000000.0, "cny", "投资额12 亿元",
         as_of=D3),
    fact(LJ, "park", "projects_in_negotiation", 49, "count", "园区洽谈项目达到 49 个", as_of="2013年8月"),
    fact(LJ, "park", "contract_investment_cny", 5578000000.0, "cny", "合同投资额55.78 亿元", as_of="2013年8月",
         note="洽谈项目的合同投资额"),
    fact(LJ, "park", "projects_landed", 27, "count", "新落户园区项目27 个", as_of="2013年8月"),
    fact(LJ, "park", "planned_area_km2", 30, "km2", "重新整合规划了 30 平方公里土地", as_of="2013年8月"),
    fact("紫金县投资环境推介会现场签约、开工项目", "park_group", "projects_count", 22, "count",
         "现场签约、开工的22 个项目总投资达45 亿元", as_of=D3, note="13家签约与9个开工合计"),
    fact("紫金县投资环境推介会现场签约、开工项目", "park_group", "planned_investment_cny", 4500000000.0, "cny",
         "现场签约、开工的22 个项目总投资达45 亿元", as_of=D3),
    fact("紫金县投资环境推介会现场签约、开工项目", "park_group", "city_key_projects", 17, "count",
         "其中有17 个列入市“三个50” 工程项目", as_of=D3, optional=True),
  ],
)

# ---------------------------------------------------------------- n04 重庆 万州经开区“一区五园” 2015
WZ = "万州经开区"; SUB = ["高峰园", "天子园", "五桥园", "九龙园", "新田园"]
AREA = {"高峰园": (29.26, "高峰园29.26平方公里"), "天子园": (3.78, "天子园3.78平方公里"), "五桥园": (9.69, "五桥园9.69平方公里"),
        "九龙园": (8.32, "九龙园8.32平方公里"), "新田园": (7.51, "新田园7.51平方公里")}
IND = {"高峰园": "装备制造、现代医药、环保产业、现代物流", "天子园": "汽车制造、LED照明", "五桥园": "电子信息、临空临港加工贸易",
       "九龙园": "特色化工、精细化工、机械制造", "新田园": "煤电、建材、港口物流"}
FIRMS4 = ["神华神东电力万州港电", "大全泰来电气", "雷士照明", "长安跨越", "三峡纺织"]
write("n04", dict(
    title="重庆万州经开区打造五大特色产业园区",
    outlet="招商网站 zxyzs.com（重庆“区县招商”栏；原刊与作者未注明）",
    published="2015", published_precision="year",
    register="investment-promotion site item on a district's development zone and its five sub-parks: named tenant firms, the sub-parks' areas and industries, the zone's above-scale output in nine months, its 2017 targets",
    source_url="http://www.zxyzs.com/chongqing/dt/2015/93381.html",
    note="页首导航行“首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心”已删。页面无日期：URL 路径含 2015，文中“今年1-9月”“力争到2017年”，发表当在2015年第四季度，记作2015（年份）。五家企业只说“分别坐落于万州经开区不同园区”，未说各在哪一园",
  ),
  parks=[
    park(WZ, "分别坐落于万州经开区不同园区的工业企业", city="重庆", district="万州区", province="重庆", kind="经济技术开发区",
         note="“一区五园”；目标“千亿级开发区”；文中又作“经开区”"),
  ] + [park(s, AREA[s][1], city="重庆", district="万州区", province="重庆", kind="开发区分园", parent=WZ,
            note="重点发展" + IND[s]) for s in SUB],
  companies=[comp(n, n + ("……一个个响亮的名字" if n == "三峡纺织" else "、"), park=WZ,
                  note="坐落于万州经开区（具体分园未给）") for n in FIRMS4],
  facts=[
    fact("万州经开区“一区五园”", "park_group", "parks_count", 5, "count",
         "“一区五园”即按照高峰园、天子园、五桥园、九龙园、新田园的总体布局", as_of="2015年", optional=True,
         note="五个分园（标题“五大特色产业园区”）"),
  ] + [fact(s, "park", "planned_area_km2", AREA[s][0], "km2", AREA[s][1], as_of="2015年",
            note="产业规划面积") for s in SUB] + [
    fact(WZ, "park", "above_scale_output_value_cny", 42220000000.0, "cny", "万州经开区规模以上工业企业完成产值422.2亿元",
         as_of="2015年1-9月"),
    fact(WZ, "park", "output_value_cny", 100000000000.0, "cny", "工业总产值达到1000亿元", kind="target", as_of="2017年"),
    fact(WZ, "park", "population_transfer", 100000, "count", "承接人口转移10万人", kind="target", as_of="2017年",
         optional=True),
  ],
)

# ---------------------------------------------------------------- n05 湖南 邵阳 沪洽周 2016
XS = "湘商产业园"; BQ = "宝庆工业集中区"; LS = "娄邵承接产业转移示范区"; SD = "邵东印刷产业园"; D5 = "2016年8月19日"
G5 = "邵阳市“沪洽周”期间签约项目"; EV5 = "在邵阳市签约的26个项目中"
write("n05", dict(
    title="邵阳“掘金”成果喜人",
    outlet="湖南日报（记者 蒋剑平，通讯员 欧阳国江、朱杰）, 红网 时刻新闻 zt.rednet.cn",
    published="2016-08-20", published_precision="day",
    register="provincial party paper item (provincial portal copy) on a city's investment fair in Shanghai: projects signed and outside capital drawn at the fair and over the week, projects promoted, the provincial-level share, a commerce park's nine projects and total, named projects",
    source_url="http://zt.rednet.cn/c/2016/08/20/4065341.htm",
    note="页首“时刻新闻”“—分享—”已删；副题“签约项目26个,引资133.53亿元”照录为首段（同 real7、real16 的副题）。日期取 URL 路径 2016/08/20；招商会在“湖南日报8月19日讯”的“今天”，即8月19日。“宝工区”即宝庆工业集中区（简称，记作别名）。签约项目未说落户哪一园区，只有“宝工区戒毒产品”据名称归宝庆工业集中区",
  ),
  parks=[
    park(XS, "重点就湘商产业园、生态旅游、政府PPP项目和宝庆工业集中区进行招商", city="邵阳", province="湖南",
         kind="产业园", note="招商重点之一；签约项目9个"),
    park(BQ, "政府PPP项目和宝庆工业集中区进行招商", city="邵阳", province="湖南", kind="工业集中区",
         aliases=["宝工区"], note="文中又简作“宝工区”（“宝工区戒毒产品”）"),
    park(LS, "围绕打造沪昆高铁经济带和娄邵承接产业转移示范区", city="邵阳", province="湖南",
         kind="承接产业转移示范区（区域）", optional=True, note="娄底、邵阳两市的区域性示范区，非单一园区"),
    park(SD, "邵东印刷产业园、邵阳县扫地机器人", city="邵阳", district="邵东县", province="湖南", kind="产业园（签约项目）",
         optional=True, note="园区兼项目：作为签约项目出现（见 projects）"),
  ],
  projects=[
    proj(SD, "邵东印刷产业园、邵阳县扫地机器人、宝工区戒毒产品", SD, status="签约", status_text="签约",
         note="“沪洽周”期间邵阳签约的26个项目之一；投资额未单列"),
    proj("邵阳县扫地机器人", "邵阳县扫地机器人、宝工区戒毒产品", None, status="签约", status_text="签约",
         note="签约项目；所在园区未给"),
    proj("宝工区戒毒产品", "宝工区戒毒产品和城步南山金玉两江苗寨民族风情生态旅游度假区等项目", BQ, status="签约",
         status_text="签约", note="据名称（“宝工区”）归宝庆工业集中区"),
    proj("城步南山金玉两江苗寨民族风情生态旅游度假区", "城步南山金玉两江苗寨民族风情生态旅游度假区等项目", None,
         status="签约", status_text="签约", note="旅游项目；不在园区"),
  ],
  facts=[
    fact("2016年湖南邵阳(上海)招商会现场签约项目", "park_group", "projects_signed", 25, "count", "现场签约项目25个",
         as_of=D5),
    fact("2016年湖南邵阳(上海)招商会现场签约项目", "park_group", "attracted_investment_cny", 12853000000.0, "cny",
         "引进市外资金128.53亿元", as_of=D5, note="“引进市外资金”"),
    fact(G5, "park_group", "projects_signed", 26, "count", "“沪洽周”期间邵阳共签约项目26个", as_of="2016年8月",
         note="含参加省重大合作项目现场签约1项"),
    fact(G5, "park_group", "attracted_investment_cny", 13353000000.0, "cny", "引进市外资金133.53亿元。", as_of="2016年8月"),
    fact("邵阳市“沪洽周”期间对外发布招商项目", "park_group", "projects_count", 111, "count", "共对外发布招商项目111个",
         as_of="2016年8月", optional=True),
    fact("邵阳市“沪洽周”期间对外发布招商项目", "park_group", "planned_investment_cny", 121660000000.0, "cny",
         "总投资1216.6亿元", as_of="2016年8月", optional=True),
    fact("邵阳市“沪洽周”省级签约项目", "park_group", "projects_signed", 9, "count", "有9个为省级签约项目", as_of="2016年8月",
         optional=True),
    fact("邵阳市“沪洽周”省级签约项目", "park_group", "planned_investment_cny", 5250000000.0, "cny", "总投资额52.5亿元",
         as_of="2016年8月", optional=True),
    fact(XS, "park", "projects_signed", 9, "count", "湘商产业园项目9个", as_of="2016年8月", note="26个签约项目中的湘商产业园项目"),
    fact(XS, "park", "planned_investment_cny", 1863000000.0, "cny", "湘商产业园项目9个,总投资18.63亿元", as_of="2016年8月",
         note="9个签约项目的总投资"),
  ],
)

# ---------------------------------------------------------------- n06 广西 桂林经开区宝山工业园 2018
GL = "桂林经开区"; BS = "宝山工业园"; ZX = "桂林中兴通讯产业园"; D6 = "2018年1月"
write("n06", dict(
    title="桂林经开区宝山工业园21个项目集中开工10个项目顺利竣工",
    outlet="桂林日报（本报讯，记者 徐莹波，实习生 杨晓岚）, 转载页 m.yybnet.net（临桂栏）",
    published="2018-01-14", published_precision="day",
    register="city daily item (local portal copy) on a development zone's ceremony in its sub-park: ten projects completed and twenty-one started (eight industrial, thirteen infrastructure) with named projects, the zone's 2017 projects and total, a battery-bus and rail project's speed from signing to production, a sub-district office opened",
    source_url="https://m.yybnet.net/guilin/lingui/201801/6931240.html",
    note="页首“看家乡事,品故乡情”、“桂林日报 2018-01-14 13:16 大字”一行（日期取此）与文末“新闻推荐”及其下一条新闻（截断）已删。仪式在“日前”。标题把21个开工项目与10个竣工项目都冠以“宝山工业园”；正文称竣工的10个项目为“经开区重点推进的”，故竣工项目记在桂林经开区，开工项目记在宝山工业园。“桂林比亚迪跨座式单轨轨道梁厂”似为比亚迪新能源客车及轨道交通项目的一部分（1号轨道梁厂），另记一条 optional。企业只作项目名称的一部分出现",
  ),
  parks=[
    park(GL, "桂林经开区宝山工业园基础及配套设施等系列项目开/竣工仪式举行", city="桂林", province="广西",
         kind="经济技术开发区", note="文中又作“经开区”"),
    park(BS, "桂林经开区宝山工业园基础及配套设施等系列项目", city="桂林", province="广西", kind="开发区分园（工业园）",
         parent=GL, note="同日桂林经开区宝山办事处揭牌"),
    park(ZX, "桂林中兴通讯产业园等21个项目集中开工", city="桂林", province="广西", kind="企业产业园（开工项目）",
         parent=BS, optional=True, note="园区兼项目（见 projects）"),
  ],
  companies=[
    comp("比亚迪", "比亚迪新能源客车及轨道交通项目、华能桂林燃气分布式能源项目", park=GL, optional=True,
         note="只作项目名称的一部分出现（“桂林比亚迪”“比亚迪新能源客车及轨道交通项目”）"),
    comp("华能", "华能桂林燃气分布式能源项目", park=GL, optional=True, note="只作项目名称的一部分出现"),
    comp("浙江升华", "浙江升华无机颜料生产项目", park=GL, optional=True, note="只作项目名称的一部分出现"),
    comp("中兴通讯", "桂林中兴通讯产业园项目", park=BS, optional=True, note="只作项目名称的一部分出现"),
    comp("桂林艺宇", "桂林艺宇印刷包装扩建项目", park=BS, optional=True, note="只作项目名称的一部分出现"),
  ],
  institutions=[
    inst("桂林经开区管委会", "桂林经开区管委会主要负责人介绍", kind="government"),
    inst("桂林经开区宝山办事处", "桂林经开区宝山办事处揭牌成立仪式同期举行", kind="government"),
  ],
  projects=[
    proj("比亚迪新能源客车及轨道交通项目", "经开区重点推进的比亚迪新能源客车及轨道交通项目、华能桂林燃气分布式能源项目、浙江升华无机颜料生产项目等10个项目如期竣工",
         GL, companies=["比亚迪"], status="竣工", status_text="如期竣工",
         note="2017年5月26日签约，11月20日1号轨道梁厂正式投产下线；投资额未给"),
    proj("桂林比亚迪跨座式单轨轨道梁厂", "桂林比亚迪跨座式单轨轨道梁厂等10个项目顺利竣工", GL, companies=["比亚迪"],
         status="竣工", status_text="顺利竣工", optional=True, note="似为比亚迪新能源客车及轨道交通项目的一部分"),
    proj("华能桂林燃气分布式能源项目", "华能桂林燃气分布式能源项目", GL, companies=["华能"], status="竣工", status_text="如期竣工"),
    proj("浙江升华无机颜料生产项目", "浙江升华无机颜料生产项目等10个项目如期竣工", GL, companies=["浙江升华"], status="竣工",
         status_text="如期竣工"),
    proj("桂林中兴通讯产业园项目", "桂林中兴通讯产业园项目、桂林艺宇印刷包装扩建项目等8个产业项目", BS,
         companies=["中兴通讯"], status="开工", status_text="正式开工", aliases=[ZX], note="8个开工产业项目之一"),
    proj("桂林艺宇印刷包装扩建项目", "桂林艺宇印刷包装扩建项目等8个产业项目", BS, companies=["桂林艺宇"], status="开工",
         status_text="正式开工"),
    proj("宝山工业园基础及配套设施项目", "宝山工业园基础及配套设施项目、临苏路下穿高速公路涵洞改扩建项目等13个基础设施项目正式开工",
         BS, status="开工", status_text="正式开工", note="13个开工基础设施项目之一"),
    proj("临苏路下穿高速公路涵洞改扩建项目", "临苏路下穿高速公路涵洞改扩建项目等13个基础设施项目正式开工", BS, status="开工",
         status_text="正式开工", optional=True, note="道路涵洞工程；所在位置未明言"),
  ],
  facts=[
    fact("宝山工业园集中开工项目", "park_group", "projects_started", 21, "count", "桂林中兴通讯产业园等21个项目集中开工",
         as_of=D6),
    fact("宝山工业园集中开工项目", "park_group", "industrial_projects", 8, "count", "等8个产业项目", as_of=D6, optional=True),
    fact("宝山工业园集中开工项目", "park_group", "infrastructure_projects", 13, "count", "等13个基础设施项目正式开工",
         as_of=D6, optional=True),
    fact("桂林经开区如期竣工项目", "park_group", "projects_completed", 10, "count", "桂林比亚迪跨座式单轨轨道梁厂等10个项目顺利竣工",
         as_of=D6),
    fact(GL, "park", "projects_count", 109, "count", "共实施项目109项", as_of="2017年", note="2017年实施项目"),
    fact(GL, "park", "planned_investment_cny", 67600000000.0, "cny", "共实施项目109项,总投资676亿元", as_of="2017年"),
  ],
)
