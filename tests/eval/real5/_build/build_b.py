from lib import *

# ---------------- t08 新疆新增13家自治区级园区
NEW = {
    "阿勒泰地区": ["布尔津工业园区", "阿勒泰产业园区", "哈巴河工业园区"],
    "克拉玛依": ["独山子工业园区", "乌尔禾工业园区"],
    "阿克苏地区": ["阿瓦提工业园区", "新和工业园区", "乌什边境贸易合作加工工业园区", "柯坪工业园区"],
    "和田地区": ["于田天津工业园区", "墨玉工业园区", "策勒天津工业园区", "和田昆冈经济技术开发区"],
}
EV = {
    "阿勒泰地区": "阿勒泰地区3家:布尔津工业园区、阿勒泰产业园区、哈巴河工业园区",
    "克拉玛依": "克拉玛依市2家:独山子工业园区、乌尔禾工业园区",
    "阿克苏地区": "阿克苏地区4家:阿瓦提工业园区、新和工业园区、乌什边境贸易合作加工工业园区、柯坪工业园区",
    "和田地区": "和田地区4家:于田天津工业园区、墨玉工业园区、策勒天津工业园区、和田昆冈经济技术开发区",
}
parks = []
for city, names in NEW.items():
    for n in names:
        parks.append(park(n, EV[city], city=city, province="新疆", kind="自治区级园区",
                          note="2025年新增自治区级园区"))
G = "新疆2025年新增自治区级园区"
X = "新疆工业园区(开发区)(不含兵团)"
A = "阿克苏地区园区"
write("t08", {
    "title": "新疆今年新增13家自治区级园区",
    "outlet": "新疆日报（石榴云/新疆日报记者 马伊宁），转载于中国能源新闻网 cnenergynews.cn",
    "published": "2025-03-17", "published_precision": "day",
    "register": "provincial party newspaper item listing newly approved regional-level parks and region-wide park counts",
    "source_url": "https://www.cnenergynews.cn/article/4O9H7H72EXR"},
    parks=parks,
    institutions=[
        inst("国务院", "新疆经国务院和自治区人民政府批准设立的各类工业园区"),
        inst("自治区人民政府", "经国务院和自治区人民政府批准设立的各类工业园区"),
    ],
    facts=[
        fact(G, "park_group", "parks_count", 13, "今年新增13家自治区级园区", as_of="2025年3月"),
        fact("阿勒泰地区2025年新增自治区级园区", "park_group", "parks_count", 3, "阿勒泰地区3家", as_of="2025年3月",
             optional=True),
        fact("克拉玛依市2025年新增自治区级园区", "park_group", "parks_count", 2, "克拉玛依市2家", as_of="2025年3月",
             optional=True),
        fact("阿克苏地区2025年新增自治区级园区", "park_group", "parks_count", 4, "阿克苏地区4家", as_of="2025年3月",
             optional=True),
        fact("和田地区2025年新增自治区级园区", "park_group", "parks_count", 4, "和田地区4家", as_of="2025年3月",
             optional=True),
        fact(A, "park_group", "national_parks_count", 2, "阿克苏地区现有国家级园区2个", as_of="2025年3月"),
        fact(A, "park_group", "regional_parks_count", 8, "自治区级园区8个", as_of="2025年3月"),
        fact(X, "park_group", "parks_count", 96, "各类工业园区(开发区)共96家(不含兵团)", as_of="截至2025年3月"),
        fact(X, "park_group", "national_parks_count", 21, "其中国家级21家", as_of="截至2025年3月"),
        fact(X, "park_group", "national_economic_development_zones", 2, "包括经济开发区2家", as_of="截至2025年3月",
             optional=True),
        fact(X, "park_group", "national_etdz_count", 6, "经济技术开发区6家", as_of="截至2025年3月", optional=True),
        fact(X, "park_group", "national_hitech_zones", 4, "高新技术产业开发区4家", as_of="截至2025年3月", optional=True),
        fact(X, "park_group", "border_cooperation_zones", 5, "边境/跨境经济合作区5家", as_of="截至2025年3月",
             optional=True),
        fact(X, "park_group", "comprehensive_bonded_zones", 4, "综合保税区4家", as_of="截至2025年3月", optional=True),
        fact(X, "park_group", "regional_parks_count", 75, "自治区级园区75家", as_of="截至2025年3月"),
    ])

# ---------------- t09 北部湾经济区专项资金
F = "2017年广西北部湾经济区重大产业发展专项资金"
write("t09", {
    "title": "北部湾经济区:今年推进一批重大项目建设",
    "subtitle": "资金安排总规模13亿元,分为七大类共74项",
    "outlet": "广西地方报纸（记者 简文湘；报名未注明），转载于 tztong.gctong.com",
    "published": "2017-03-03", "published_precision": "day",
    "register": "provincial newspaper item on a regional special fund for an economic zone's major projects and parks",
    "source_url": "https://tztong.gctong.com/a/63418.html",
    "note": "存档页标题分两行排（“北部湾经济区:”/“今年推进一批重大项目建设”），此处合为一行；副题另起一行"},
    parks=[
        park("广西北部湾经济区", "《2017年广西北部湾经济区重大产业发展专项资金安排方案》", province="广西",
             kind="经济区", aliases=["北部湾经济区"], optional=True, note="区域性经济区，非单个园区"),
        park("中马钦州产业园", "探索在中马钦州产业园、马中关丹产业园以直投方式支持产业项目建设", city="钦州",
             province="广西", kind="国际合作产业园区"),
        park("马中关丹产业园", "探索在中马钦州产业园、马中关丹产业园以直投方式支持产业项目建设", city="关丹",
             province=None, kind="国际合作产业园区", note="在马来西亚"),
    ],
    companies=[company("三诺集团", "以直投的方式支持三诺集团进一步扩大产能",
                       note="受支持企业，文中未放在园区里")],
    institutions=[
        inst("自治区北部湾经济区和东盟开放合作办公室", "记者从自治区北部湾经济区和东盟开放合作办公室获悉",
             aliases=["自治区湾办"]),
        inst("自治区政府", "自治区政府第89次常务会议通过了"),
    ],
    projects=[
        project("广西北部湾表面处理中心", "重点支持广西北部湾表面处理中心和广西电子信息产品质检中心等项目建设",
                status=None, status_text="专项资金重点支持其项目建设", optional=True,
                note="受资金支持的项目，状态未说明"),
        project("广西电子信息产品质检中心", "重点支持广西北部湾表面处理中心和广西电子信息产品质检中心等项目建设",
                status=None, status_text="专项资金重点支持其项目建设", optional=True,
                note="受资金支持的项目，状态未说明"),
    ],
    funds=[
        fund(F, "资金安排总规模13亿元,分为七大类,共74项", size=1300000000.0, size_type="总规模",
             aliases=["2017年广西北部湾经济区重大产业发展专项资金安排方案"], optional=True,
             note="财政专项资金（非股权基金），可作基金也可不作"),
        fund("广西政府投资引导基金", "四是推动广西政府投资引导基金建设",
             note="文中无规模；自治区湾办争取其直投三诺集团"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 1300000000.0, "资金安排总规模13亿元", as_of="2017年"),
        fact(F, "fund", "projects_count", 74, "分为七大类,共74项", as_of="2017年"),
        fact(F, "fund", "categories", 7, "分为七大类,共74项", as_of="2017年", optional=True),
        fact("广西北部湾经济区园区标准厂房", "park_group", "factory_floor_area_m2", 200000,
             "预计2017年将新增标准厂房面积20万平方米以上", qualifier="超", qualifier_text="以上", as_of="2017年",
             kind="target", optional=True),
    ])

# ---------------- t10 漳州台商投资区
P = "漳州台商投资区"
G = "漳州台商投资区2024年第一季度集中开竣工项目"
FL = "福龙智造产业园(台胞科创基地)项目"
CC = "长春化工年产8.3万吨工程塑料、0.3万吨酚醛模塑料、360万M2软性覆铜板的生产线项目"
write("t10", {
    "title": "福建漳州台商投资区11个项目集中开竣工",
    "outlet": "中国新闻社（记者 张金川；编辑 黄钰涵），转载于镜像站 1.62.100.15",
    "published": "2024-01-02", "published_precision": "day",
    "register": "news-agency item on a Taiwanese investment zone's quarterly batch of project starts and completions",
    "source_url": "http://1.62.100.15/api/articles.php?O=PTs.html",
    "note": "镜像页“发布时间 2024-11-22”为转载时间；电头“漳州1月2日电”、文中“2024年第一季度”。页头“【港澳台专线】”重复标题行和文末【编辑:黄钰涵】已删"},
    parks=[
        park(P, "福建漳州台商投资区2日举行2024年第一季度重点项目集中开竣工活动", city="漳州", province="福建",
             kind="台商投资区"),
        park("福龙智造产业园", "占地面积290亩的福龙智造产业园(台胞科创基地)项目", city="漳州", province="福建",
             kind="产业园(项目)", parent=P, aliases=["台胞科创基地"], optional=True,
             note="以“产业园项目”出现，主要作为项目标注"),
    ],
    companies=[company("长春化工", "长春化工年产8.3万吨工程塑料", park=P, note="本次开工的台资项目业主")] + [
        company(n, "先后引进台塑、统一、泰山、灿坤等161家台资企业", park=P) for n in ("台塑", "统一", "泰山", "灿坤")],
    projects=[
        project(FL, "项目总投资约13亿元、占地面积290亩的福龙智造产业园(台胞科创基地)项目", park=P,
                inv=1300000000.0, inv_text="项目总投资约13亿元", qualifier="约", status="开工",
                status_text="本次集中开竣工活动的一大亮点；“建成后”", aliases=["福龙智造产业园", "台胞科创基地"],
                note="集中开竣工；从“建成后”看为开工"),
        project(CC, "长春化工年产8.3万吨工程塑料、0.3万吨酚醛模塑料、360万M2软性覆铜板的生产线项目是本次开工的台资项目,项目总投资2.6亿元",
                park=P, companies=["长春化工"], inv=260000000.0, inv_text="项目总投资2.6亿元", status="开工",
                status_text="本次开工的台资项目"),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 11, "共11个项目集中开竣工,总投资136.9亿元", as_of="2024年1月2日",
             note="开工与竣工合计"),
        fact(G, "park_group", "planned_investment_cny", 13690000000.0, "总投资136.9亿元(人民币,下同)",
             as_of="2024年1月2日"),
        fact(FL, "project", "area_mu", 290, "占地面积290亩的福龙智造产业园", optional=True),
        fact(FL, "project", "expected_output_value_cny", 1000000000.0, "预计年创产值约10亿元以上", qualifier="约",
             qualifier_text="约…以上", kind="target"),
        fact(FL, "project", "expected_tax_cny", 80000000.0, "年均税收超8000万元", qualifier="超", kind="target"),
        fact(CC, "project", "production_lines", 15, "扩建15条程塑料生产线", optional=True),
        fact(P, "park", "taiwan_enterprises", 161, "灿坤等161家台资企业", kind="cumulative"),
        fact("漳州台商投资区台胞和海外侨胞", "other", "population", 40000, "有台胞和海外侨胞4万多人",
             qualifier="余", qualifier_text="多", unit="persons", optional=True),
    ])

# ---------------- t11 台湾轻工食品工业园
P = "台湾轻工食品工业园"
write("t11", {
    "title": "台湾轻工食品工业园建成招商",
    "outlet": "福州日报（本报讯，檀东焜 郑秀杰），转载于中国台湾网 taiwan.cn（海交会专题）",
    "published": "2006-05-22", "published_precision": "day",
    "register": "municipal newspaper brief on a county's new Taiwan-oriented industrial park opening for investment",
    "source_url": "http://taiwan.cn/zt/jmkj/jmkj11/hx3/200801/t20080102_537741.htm"},
    parks=[park(P, "福建省首个台湾轻工食品工业园在罗源湾建成", city="福州", district="罗源县", province="福建",
                kind="专业园区")],
    companies=[company("兴茂制衣有限公司", "目前,已入驻的项目有兴茂制衣有限公司,首期投资2000万元", park=P)],
    projects=[project("台湾轻工食品工业园", "经过一年的紧张建设,作为对台招商的重点推介项目,福建省首个台湾轻工食品工业园在罗源湾建成",
                      park=P, status="竣工", status_text="经过一年的紧张建设…建成", optional=True,
                      note="园区自身的建设，可作项目也可不作")],
    facts=[
        fact(P, "park", "factory_floor_area_m2", 100000, "利用建成竣工的10万平方米标准厂房"),
        fact("罗源开发区首期规划", "other", "area_mu", 1000, "开发区首期规划的1000亩土地", optional=True,
             note="所在“开发区”未具名"),
        fact(P, "park", "factory_buildings", 40, "主体40栋标准厂房有7万多平方米", optional=True),
        fact(P, "park", "main_factory_floor_area_m2", 70000, "主体40栋标准厂房有7万多平方米", qualifier="余",
             qualifier_text="多", optional=True),
        fact(P, "park", "enterprises_to_enter", 50, "工业园计划招商50家企业", kind="target"),
        fact(P, "park", "expected_output_value_cny", 1000000000.0, "预计总产值可达10亿元", kind="target"),
        fact("兴茂制衣有限公司", "company", "first_phase_investment_cny", 20000000.0, "首期投资2000万元"),
    ])

# ---------------- t12 上海湾区东湖国际创新中心
P = "上海湾区东湖国际创新中心"
K = "上海湾区科创城"
CO = "湖北联投东湖高新集团"
write("t12", {
    "title": "上海湾区东湖国际创新中心开工 总用地面积约148亩",
    "outlet": "观点网，转载于热讯经济网 icebox.rexun.cn（责任编辑 Rex_31）",
    "published": "2023-07-31", "published_precision": "day",
    "register": "business-press item on a park developer's science park breaking ground in a new science city",
    "source_url": "http://icebox.rexun.cn/xiaofei/2023/0731/0731111384.html",
    "note": "【资料图】、关键词/责任编辑行和网站页脚已删；同一转载站在 real4 s13 用过，报道不同"},
    parks=[
        park(P, "该项目位于上海金山区,由湖北联投东湖高新集团投资建设,是集团在上海投资的首个科技园区", city="上海",
             district="金山区", province="上海", kind="科技园区", parent=K, note="既是园区也是开工项目"),
        park(K, "该项目是上海湾区科创城首发项目", city="上海", district="金山区", province="上海", kind="科创城"),
    ],
    companies=[company(CO, "由湖北联投东湖高新集团投资建设", note="开发商，总部不在此园区")],
    institutions=[inst("上海市人民政府", "写入上海市人民政府网站刊发的《关于加快推进南北转型发展的实施意见》")],
    projects=[project(P, "7月28日,上海湾区东湖国际创新中心正式开工", park=K, companies=[CO], status="开工",
                      status_text="正式开工；预计2027年上半年完成整体开发建设",
                      note="文中无投资额；“上海湾区科创城首发项目”")],
    facts=[
        fact(P, "project", "area_mu", 148, "建设总用地面积约148亩", qualifier="约"),
        fact(P, "project", "floor_area_m2", 350000, "总建筑面积约35万平方米", qualifier="约"),
        fact(P, "project", "construction_period_years", 4, "建设周期为4年", unit="years", optional=True),
        fact(P, "project", "enterprises_to_enter", 150, "预计招引不少于150家科技创业企业", qualifier=None,
             qualifier_text="不少于", kind="target"),
        fact(P, "project", "headquarters_to_enter", 30, "30家企业总部", qualifier=None, qualifier_text="不少于",
             kind="target"),
        fact(P, "project", "talents_to_attract", 10000, "10000名高知高智科技人才", qualifier=None,
             qualifier_text="不少于", kind="target", unit="persons"),
    ])

# ---------------- t13 东湖高新科技创意城
P = "东湖高新科技创意城"
W = "联投梧桐湖新城"
ZK = "武汉众楷科技有限公司"
PRJ = "武汉众楷科技光纤项目"
write("t13", {
    "title": None,
    "title_note": "(no headline) 武汉众楷科技签约落户联投梧桐湖新城东湖高新科技创意城产业园",
    "outlet": "中国网 湖北 hb.china.com.cn（通讯员 童婕释予）",
    "published": "2024-03-04", "published_precision": "day",
    "register": "regional news-portal item (developer's release) on a company signing into a developer-run industrial park",
    "source_url": "http://hb.china.com.cn/2024-03/04/content_42713843.htm",
    "note": "存档页无标题，文件从正文开始"},
    parks=[
        park(P, "武汉众楷科技将落户联投梧桐湖新城东湖高新科技创意城产业园", city=None, province="湖北",
             kind="产业园", parent=W, aliases=["东湖高新科技创意城产业园", "创意城"],
             note="文中未给城市（梧桐湖新城在鄂州，文中未说）"),
        park(W, "作为联投梧桐湖新城产业发展的重要载体", city=None, province="湖北", kind="产业新城",
             aliases=["梧桐湖新城"], optional=True, note="新城，可作园区也可不作"),
    ],
    companies=[
        company(ZK, "联投新城集团梧桐湖公司与武汉众楷科技有限公司签订合作协议", park=P,
                aliases=["武汉众楷科技", "众楷科技"]),
        company("联投新城集团梧桐湖公司", "联投新城集团梧桐湖公司与武汉众楷科技有限公司签订合作协议", park=W,
                optional=True, note="新城开发运营方"),
        company("联投新城集团", "与联投新城集团及湖北联投深度合作", optional=True),
        company("湖北联投", "与联投新城集团及湖北联投深度合作", optional=True),
    ] + [company(n, "创意城已成功引进湖北锐世、中部医疗、精微视达、深紫科技等一批知名企业共计30余家", park=P)
         for n in ("湖北锐世", "中部医疗", "精微视达", "深紫科技")],
    projects=[project(PRJ, "武汉众楷科技光纤项目的成功落户", park=P, companies=[ZK], status="签约",
                      status_text="签订合作协议；落户")],
    facts=[
        fact(PRJ, "project", "expected_output_value", 50000000.0, "预计落户园区后,年产值超5000余万元",
             unit="cny", qualifier="超", qualifier_text="超…余", kind="target",
             note="原文“超5000余万元”；metric 不以 _cny 结尾，因 check_gold 读不出“5000余万元”"),
        fact(PRJ, "project", "jobs", 150, "实现当地就业150余人", qualifier="余", kind="target"),
        fact(P, "park", "area_mu", 618, "东湖高新科技创意城占地约618亩", qualifier="约"),
        fact(P, "park", "floor_area_m2", 470000, "建设面积约47万平方米", qualifier="约"),
        fact(P, "park", "enterprises", 30, "一批知名企业共计30余家", qualifier="余", kind="cumulative"),
    ])
