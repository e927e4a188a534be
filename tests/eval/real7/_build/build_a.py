from lib import *

# ---------------- v01 绥芬河边境经济合作区 (绥芬河市2023年第五批重点项目集中开工)
P = "绥芬河边境经济合作区"
YM = "俄蜜源蜂业产业园区"
G = "绥芬河市2023年第五批集中开工重点项目"
EVL = "分别是投资3500万元的俄蜜源蜂业产业园区、投资500万元的绥芬河市恒驰国际汽车电子平台交易基地、投资400万元的天长山水库路提质改造工程"
ST = "第五批重点项目集中开工"
write("v01", {
    "title": "绥芬河第五批重点项目集中开工",
    "outlet": "黑龙江日报（“黑龙江日报9月1日讯”，未署名），转载于 jdgod.com",
    "published": "2023-09-01", "published_precision": "day",
    "register": "provincial party newspaper brief (reposted) on a border city's batch groundbreaking held in its border economic cooperation zone",
    "source_url": "http://www.jdgod.com/guonei/2023/0901/54189.html",
    "note": "转载页“【资料图】”占位行和末尾空的“关键词:”已删；文中开工仪式“近日”举行"},
    parks=[
        park(P, "绥芬河市2023年第五批重点项目集中开工仪式近日在边境经济合作区俄蜜源蜂业产业园区举行",
             city="牡丹江", district="绥芬河市", province="黑龙江", kind="边境经济合作区", aliases=["边境经济合作区"],
             note="文中只写“边境经济合作区”（绥芬河市的），名称按全称；check_gold 会警告名称不在文中，有意为之"),
        park(YM, "近日在边境经济合作区俄蜜源蜂业产业园区举行", city="牡丹江", district="绥芬河市", province="黑龙江",
             kind="产业园区(项目)", parent=P, optional=True,
             note="开工仪式地点，同时是本批开工项目之一（投资3500万元），既可作园区也可作项目"),
    ],
    projects=[
        project(YM, EVL, park=P, inv=35000000.0, inv_text="投资3500万元", status="开工", status_text=ST,
                note="仪式在边境经济合作区内的该园区举行，故 park 为边境经济合作区"),
        project("绥芬河市恒驰国际汽车电子平台交易基地", EVL, inv=5000000.0, inv_text="投资500万元", status="开工",
                status_text=ST, note="全市批次项目，文中未放在园区"),
        project("天长山水库路提质改造工程", EVL, inv=4000000.0, inv_text="投资400万元", status="开工", status_text=ST,
                optional=True, note="道路工程，文中未放在园区"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 3, "本次集中开工3个项目,总投资0.44亿元", as_of="2023年8-9月",
             note="全市批次，仪式在边境经济合作区举行"),
        fact(G, "park_group", "planned_investment_cny", 44000000.0, "总投资0.44亿元", as_of="2023年8-9月"),
        fact("绥芬河市2023年省市重点项目", "other", "projects_count", 28, "28个省市重点项目已开复工27个", as_of="2023年",
             optional=True, note="全市项目，非园区"),
        fact("绥芬河市2023年省市重点项目", "other", "projects_started", 27, "28个省市重点项目已开复工27个",
             as_of="2023年初至8月", optional=True, note="开复工（含复工）"),
        fact("绥芬河市2023年省市重点项目", "other", "planned_investment_cny", 2202000000.0, "总投资22.02亿元",
             as_of="2023年", optional=True, note="是28个还是已开复工27个项目的总投资，文中不清"),
        fact("绥芬河市2023年省市重点项目", "other", "investment_completion_rate", 0.72, "年度计划投资完成率达72%",
             unit="ratio", kind="ratio", as_of="2023年初至8月", optional=True),
    ])

# ---------------- v02 福州市2024年第二季度重大项目集中开工 (中印尼“两国双园”、元洪投资区、福兴经开区、福州高新区)
SFY = "中国—印度尼西亚经贸创新发展示范园区"
SP = "中国—印度尼西亚经贸创新发展示范园区食品产业园"
YH = "福清元洪投资区"
FX = "福兴经济开发区"
GX = "福州高新区"
G = "福州市2024年第二季度集中开工重大项目"
SPJ = "中国—印度尼西亚经贸创新发展示范园区食品产业园(一期)项目"
ST = "第二季度重大项目集中开工"
write("v02", {
    "title": "我市第二季度集中开工186个重大项目 / 总投资1238亿元,年计划投资401亿元",
    "outlet": "福州市人民政府网站 fuzhou.gov.cn 重大项目专题（来源：发改委）",
    "published": "2024-04-26", "published_precision": "day",
    "register": "municipal government website news on a city-wide quarterly batch groundbreaking held at an international cooperation park",
    "source_url": "https://www.fuzhou.gov.cn/zgfzzt/zdjsxm/jsqk/202404/t20240426_4814937.htm",
    "note": "主副标题两行照录（副标题在第二行）；“日期:…来源:发改委”行、分隔符行和末尾“相关链接:”已删。同一活动另有 house.mnw.cn 转载（4月7日活动）"},
    parks=[
        park(SFY, "主会场设在福清市的中国—印度尼西亚经贸创新发展示范园区食品产业园(一期)项目现场", city="福州",
             district="福清市", province="福建", kind="国际合作园区(两国双园)"),
        park(SP, "中国—印度尼西亚经贸创新发展示范园区食品产业园(一期)项目总投资56.5亿元", city="福州", district="福清市",
             province="福建", kind="产业园(项目)", parent=SFY, optional=True, note="以开工项目（一期）出现"),
        park(YH, "位于福清元洪投资区西部区域", city="福州", district="福清市", province="福建", kind="投资区(开发区)",
             aliases=["元洪投资区"]),
        park("福州新区", "福州新区、其他县区及高新区设分会场", city="福州", province="福建", kind="国家级新区", optional=True,
             note="只作为分会场出现"),
        park(GX, "福州高新区盛丰高新智慧科技项目拟建设", city="福州", province="福建", kind="高新区", aliases=["高新区"],
             note="前文“其他县区及高新区设分会场”"),
        park(FX, "晋安区开工福兴经济开发区A2-B光电产业园", city="福州", district="晋安区", province="福建",
             kind="经济开发区"),
        park("福兴经济开发区A2-B光电产业园", "晋安区开工福兴经济开发区A2-B光电产业园", city="福州", district="晋安区",
             province="福建", kind="产业园(项目)", parent=FX, optional=True, note="以开工项目出现"),
    ],
    projects=[
        project(SPJ, "中国—印度尼西亚经贸创新发展示范园区食品产业园(一期)项目总投资56.5亿元,位于福清元洪投资区西部区域",
                park=YH, inv=5650000000.0, inv_text="总投资56.5亿元", phase="一期", status="开工",
                status_text="集中开工主会场项目", aliases=["中国—印度尼西亚经贸创新发展示范园区食品产业园(一期)"],
                note="文中“位于福清元洪投资区西部区域”；项目本身是中印尼示范园区的食品产业园，park 也可读作该示范园区"),
        project("福兴经济开发区A2-B光电产业园", "晋安区开工福兴经济开发区A2-B光电产业园,拟新建5栋建筑", park=FX,
                status="开工", status_text="晋安区分会场开工", aliases=["A2-B光电产业园"]),
        project("盛丰高新智慧科技项目", "福州高新区盛丰高新智慧科技项目拟建设集大数据服务、海洋装备制造、生鲜冷链等为一体的智能化产业园",
                park=GX, status="开工", status_text="分会场视频连线项目（集中开工批次）",
                aliases=["福州高新区盛丰高新智慧科技项目"]),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 186, "共开工186个重大项目,总投资1238亿元", as_of="2024年4月",
             note="全市批次，主会场在中印尼示范园区的项目现场（同 real6 u01 的县域批次）"),
        fact(G, "park_group", "planned_investment_cny", 123800000000.0, "总投资1238亿元,年计划投资401亿元",
             as_of="2024年4月"),
        fact(G, "park_group", "annual_planned_investment_cny", 40100000000.0, "年计划投资401亿元。", kind="target",
             as_of="2024年"),
        fact(G, "park_group", "industrial_projects", 108, "本次开工产业项目108项,总投资594亿元", as_of="2024年4月",
             optional=True),
        fact(G, "park_group", "industrial_projects_investment_cny", 59400000000.0, "总投资594亿元,年计划投资192.9亿元",
             as_of="2024年4月", optional=True),
        fact(G, "park_group", "industrial_projects_annual_planned_investment_cny", 19290000000.0, "年计划投资192.9亿元",
             kind="target", as_of="2024年", optional=True),
        fact(G, "park_group", "public_service_projects", 37, "社会民生项目37项,总投资321亿元", as_of="2024年4月",
             optional=True),
        fact(G, "park_group", "public_service_investment_cny", 32100000000.0, "总投资321亿元,年计划投资133亿元",
             as_of="2024年4月", optional=True),
        fact(G, "park_group", "public_service_annual_planned_investment_cny", 13300000000.0, "年计划投资133亿元",
             kind="target", as_of="2024年", optional=True),
        fact(G, "park_group", "infrastructure_projects", 41, "基础设施项目41项,总投资323亿元", as_of="2024年4月",
             optional=True),
        fact(G, "park_group", "infrastructure_investment_cny", 32300000000.0, "总投资323亿元,年计划投资75.1亿元",
             as_of="2024年4月", optional=True),
        fact(G, "park_group", "infrastructure_annual_planned_investment_cny", 7510000000.0, "年计划投资75.1亿元",
             kind="target", as_of="2024年", optional=True),
        fact("福兴经济开发区A2-B光电产业园", "project", "buildings", 5, "拟新建5栋建筑,其中3栋为9层至10层厂房",
             kind="target", optional=True),
    ])

# ---------------- v03 宁夏 两家自治区高质量发展示范园区
JJ = "宁夏吴忠金积工业园区"
SZS = "石嘴山高新技术产业开发区"
EVP = "先后引进建设了申能热电联产、中国自动化绿色精密铸锻产业园、伊利奶产业园、首创危废综合利用等一批投资过亿元的绿色环保项目"
NOTE_P = "金积工业园区“先后引进建设了”的项目，建成与否未说（status null）；“一批投资过亿元”的项目，单个金额未给"
write("v03", {
    "title": "我区认定两家高质量发展示范园区",
    "outlet": "宁夏日报（记者 丁建峰），转载于宁夏回族自治区人民政府网站 nx.gov.cn 政务动态",
    "published": "2020-09-11", "published_precision": "day",
    "register": "provincial party newspaper item reposted on the regional government website: two parks recognised as regional high-quality-development model parks",
    "source_url": "http://www.nx.gov.cn/zwxx_11337/zwdt/202009/t20200911_2229967.html",
    "note": "发表时间/来源/阅读量行、“【字体:”和“扫一扫在手机打开当前页”已删；文中“9月8日”获悉。另有 yinchuan.baogaosu.com 转载（首句作“宁夏回族自治区工业和信息化厅”）"},
    parks=[
        park(JJ, "宁夏吴忠金积工业园区、石嘴山高新技术产业开发区日前被认定为自治区高质量发展示范园区", city="吴忠",
             province="宁夏", kind="工业园区", aliases=["吴忠金积工业园区"]),
        park(SZS, "石嘴山高新技术产业开发区重点发展新材料、装备制造、纺织三大主导产业", city="石嘴山", province="宁夏",
             kind="高新区"),
        park("中国自动化绿色精密铸锻产业园", EVP, city="吴忠", province="宁夏", kind="产业园(项目)", parent=JJ,
             optional=True, note="以引进项目出现"),
        park("伊利奶产业园", EVP, city="吴忠", province="宁夏", kind="产业园(项目)", parent=JJ, optional=True,
             note="以引进项目出现"),
    ],
    companies=[
        company("申能", EVP, park=JJ, optional=True, note="只出现在项目名中"),
        company("中国自动化", EVP, park=JJ, optional=True, note="只出现在项目名中"),
        company("伊利", EVP, park=JJ, optional=True, note="只出现在项目名中"),
        company("首创", EVP, park=JJ, optional=True, note="只出现在项目名中"),
    ],
    institutions=[inst("自治区工业和信息化厅", "记者从自治区工业和信息化厅了解到", aliases=["宁夏回族自治区工业和信息化厅"])],
    projects=[
        project("申能热电联产", EVP, park=JJ, companies=["申能"], note=NOTE_P),
        project("中国自动化绿色精密铸锻产业园", EVP, park=JJ, companies=["中国自动化"], note=NOTE_P),
        project("伊利奶产业园", EVP, park=JJ, companies=["伊利"], note=NOTE_P),
        project("首创危废综合利用", EVP, park=JJ, companies=["首创"], note=NOTE_P),
    ],
    facts=[
        fact("2020年自治区高质量发展示范园区申报开发区", "park_group", "parks_count", 9,
             "本次全区共有9家开发区申报自治区高质量发展示范园区", as_of="2020年9月"),
        fact("2020年认定的自治区高质量发展示范园区", "park_group", "parks_count", 2, "我区认定两家高质量发展示范园区",
             as_of="2020年9月", optional=True, note="汉字数字“两家”"),
        fact(SZS, "park", "leading_industries", 3, "重点发展新材料、装备制造、纺织三大主导产业", as_of="2020年",
             optional=True),
    ])

# ---------------- v04 山西 襄垣县经济开发区 (全省开发区2021年第一期“三个一批”)
P = "襄垣县经济开发区"
CE = "中国能建山西电建"
GS = "山西省全省开发区2021年第一期“三个一批”活动签约项目"
GK = "山西省全省开发区2021年第一期“三个一批”活动开工项目"
GT = "山西省全省开发区2021年第一期“三个一批”活动投产项目"
write("v04", {
    "title": None,
    "title_note": "(no headline) 中国能建山西电建在全省开发区“三个一批”活动长治分会场与襄垣县政府签署襄垣县经济开发区基础设施项目投资合作战略协议",
    "outlet": "转载页 nextvapk.com 规划建设·新闻（原出处、作者未注明；内容为中国能建山西电建的消息）",
    "published": "2021-01-06", "published_precision": "day",
    "register": "reposted company/industry news on a builder's infrastructure agreement for a county development zone, with province-wide development-zone batch figures",
    "source_url": "https://nextvapk.com/www/guihuajianshe/xinwen/20210106/42403.html",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 20210106（活动1月1日）；末尾“评论”已删"},
    parks=[park(P, "与山西省襄垣县政府签署《襄垣县经济开发区基础设施项目投资合作战略协议》", city="长治", district="襄垣县",
                province="山西", kind="经济开发区")],
    companies=[company(CE, "中国能建山西电建应邀在长治分会场与山西省襄垣县政府签署", aliases=["山西电建"],
                       note="开发区基础设施项目的合作方；按 real6 u08 / real3 r07 惯例，园区自身建设项目不算园区内企业（park null）")],
    institutions=[
        inst("山西省襄垣县政府", "与山西省襄垣县政府签署", aliases=["襄垣县政府"]),
        inst("山西省政府", "在山西省政府举办的全省开发区2021年第一期"),
    ],
    projects=[project("襄垣县经济开发区基础设施项目",
                      "襄垣县经济开发区基础设施项目拟建设9条园区道路、2个污水处理厂、标准化厂房、倒班社区、公共管廊、移民搬迁等",
                      companies=[CE], status="签约", status_alt="planned", status_text="签署投资合作战略协议；“拟建设”",
                      note="园区自身的基础设施项目，按 real3 r07 / real6 u08 惯例 park 为 null")],
    facts=[
        fact(P, "park", "planned_roads", 9, "拟建设9条园区道路、2个污水处理厂", kind="target", optional=True),
        fact(P, "park", "planned_sewage_plants", 2, "2个污水处理厂", kind="target", optional=True),
        fact(GS, "park_group", "projects_signed", 413, "签约项目413个、总投资2800亿元", as_of="2021年1月1日"),
        fact(GS, "park_group", "planned_investment_cny", 280000000000.0, "签约项目413个、总投资2800亿元",
             as_of="2021年1月1日"),
        fact(GK, "park_group", "projects_started", 268, "开工项目268个、总投资1288.6亿元", as_of="2021年1月1日"),
        fact(GK, "park_group", "planned_investment_cny", 128860000000.0, "开工项目268个、总投资1288.6亿元",
             as_of="2021年1月1日"),
        fact(GT, "park_group", "projects_in_production", 245, "投产项目245个、总投资556.7亿元", as_of="2021年1月1日"),
        fact(GT, "park_group", "planned_investment_cny", 55670000000.0, "投产项目245个、总投资556.7亿元",
             as_of="2021年1月1日"),
    ])

# ---------------- v05 拉萨经济技术开发区
P = "拉萨经济技术开发区"
write("v05", {
    "title": "拉萨经济技术开发区成为西藏经济新引擎",
    "outlet": "新华社（王军、李键），转载于人民政协网 rmzxb.com.cn（来源：新华网；编辑 刘小源）",
    "published": "2018-06-10", "published_precision": "day",
    "register": "national news agency item (reposted) on a national ETDZ's enterprise counts and 2017 figures",
    "source_url": "http://www.rmzxb.com.cn/c/2018-06-12/2081696.shtml",
    "note": "电头“新华社拉萨6月10日电”；转载页时间 2018-06-12。图片占位“1122875215_15270568307091n”、图片说明“资料图 布达拉宫。新华网 达娃 摄”、编辑/关键词行和“更多”已删"},
    parks=[park(P, "记者10日从拉萨经济技术开发区管委会获悉", city="拉萨", province="西藏", kind="经济技术开发区",
                note="国家级；文中也作“国家级拉萨经济技术开发区”")],
    institutions=[
        inst("拉萨经济技术开发区管委会", "记者10日从拉萨经济技术开发区管委会获悉", park=P),
        inst("拉萨经济技术开发区党工委", "拉萨经济技术开发区党工委委员黄辅龙介绍", park=P),
    ],
    facts=[
        fact(P, "park", "enterprises", 116, "园区落地实体生产型企业116家", kind="cumulative", as_of="2018年6月",
             note="落地实体生产型企业"),
        fact(P, "park", "listed_enterprises", 13, "上市企业13家", kind="cumulative", as_of="2018年6月", optional=True),
        fact(P, "park", "leading_enterprises", 12, "国内行业龙头企业12家", kind="cumulative", as_of="2018年6月",
             optional=True),
        fact(P, "park", "enterprises_growth_rate", 0.494, "企业数量增长率为49.4%", unit="ratio", kind="ratio",
             as_of="2018年6月", optional=True),
        fact(P, "park", "gdp_cny", 7160000000.0, "2017年园区实现地区生产总值71.6亿元", as_of="2017年"),
        fact(P, "park", "gdp_yoy_growth", 0.103, "同比增长10.3%", kind="ratio", as_of="2017年", optional=True),
        fact(P, "park", "fiscal_revenue_cny", 2900000000.0, "财政收入29亿元", as_of="2017年"),
        fact(P, "park", "fiscal_revenue_yoy_growth", 0.26, "同比增长26%", kind="ratio", as_of="2017年", optional=True),
        fact(P, "park", "funds_in_place_cny", 4240000000.0, "招商引资到位资金42.4亿元", as_of="2017年"),
        fact(P, "park", "funds_in_place_yoy_growth", 0.84, "同比增长84%", kind="ratio", as_of="2017年", optional=True),
        fact(P, "park", "local_brands", 40, "等40余种高附加值、独具特色的本土知名品牌", qualifier="余",
             kind="cumulative", as_of="2018年6月", optional=True),
    ])

# ---------------- v06 广州南沙新区 2022年第一季度重大项目集中开工
P = "广州南沙新区"
LY = "路易达孚饲料蛋白、高科技食品及植物清洁能源一体化产业园一期"
G = "广州南沙新区2022年第一季度集中开工重大项目"
write("v06", {
    "title": None,
    "title_note": "(no headline) 广州南沙新区(自贸片区)2022年第一季度46个重大项目集中开工，总投资超750亿元",
    "outlet": "南方都市报（作者 王美苏），转载于 m.znzbw.cn",
    "published": "2022-03-30", "published_precision": "day",
    "register": "metropolitan daily item (reposted) on a state-level new area's quarterly batch groundbreaking of manufacturing projects",
    "source_url": "http://m.znzbw.cn/news/show-35624.html",
    "note": "存档页无标题，文件从正文开始；日期取文中活动日3月30日（转载页未注日期）。末段后的“作者单位:南方都市报”“作者:王美苏”和“相关资讯”已删"},
    parks=[
        park(P, "3月30日,广州南沙新区(自贸片区)2022年第一季度重大项目集中开工活动举行", city="广州", district="南沙区",
             province="广东", kind="国家级新区", aliases=["南沙新区"], note="文中并称“(自贸片区)”"),
        park(LY, "其中,路易达孚饲料蛋白、高科技食品及植物清洁能源一体化产业园一期是本次活动的主会场", city="广州",
             district="南沙区", province="广东", kind="产业园(项目)", parent=P, optional=True, note="以开工项目出现"),
    ],
    companies=[
        company("路易达孚", "其中,路易达孚饲料蛋白、高科技食品及植物清洁能源一体化产业园一期是本次活动的主会场", park=P,
                optional=True, note="只出现在项目名中"),
        company("广州电缆", "广州电缆转型升级产业基地等46个重大项目集中开工", park=P, optional=True,
                note="只出现在项目名中"),
    ],
    institutions=[
        inst("南沙区商务局", "南沙区政协副主席、南沙区商务局局长谢晓晖表示"),
        inst("南沙区政协", "南沙区政协副主席、南沙区商务局局长谢晓晖表示"),
    ],
    projects=[
        project(LY, "路易达孚饲料蛋白、高科技食品及植物清洁能源一体化产业园一期是本次活动的主会场,该项目选址龙穴岛,总投资70亿元",
                park=P, companies=["路易达孚"], inv=7000000000.0, inv_text="总投资70亿元", phase="一期", status="开工",
                status_text="一季度重大项目集中开工（主会场）"),
        project("广州电缆转型升级产业基地", "广州电缆转型升级产业基地等46个重大项目集中开工", park=P,
                companies=["广州电缆"], status="开工", status_text="集中开工"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 46, "当日共有46个制造业及产业配套项目集中开工", as_of="2022年3月30日"),
        fact(G, "park_group", "planned_investment_cny", 75000000000.0, "项目总投资额超750亿元,达产产值近1200亿元",
             qualifier="超", as_of="2022年3月30日"),
        fact(G, "park_group", "expected_output_value_cny", 120000000000.0, "达产产值近1200亿元", qualifier_text="近",
             kind="target"),
        fact(LY, "project", "expected_output_value_cny", 22000000000.0, "整体建成后年产值将达到220亿元", kind="target"),
        fact("南沙区支持企业和人才发展资金", "other", "cumulative_investment_cny", 15000000000.0,
             "南沙区累计投入超150亿元支持企业和人才发展", qualifier="超", kind="cumulative", as_of="2018年至2022年3月",
             optional=True, note="区财政扶持资金，非园区投资额"),
    ])

# ---------------- v07 昆明晋宁工业园区 (确定为省级高新区)
P = "昆明晋宁工业园区"
write("v07", {
    "title": "昆明晋宁工业园区被确定为省级高新技术产业开发区",
    "outlet": "云南网（来源：云南网），转载于 kunming.baogaosu.com",
    "published": "2016-12-19", "published_precision": "day",
    "register": "provincial news portal brief (reposted) on an industrial park's upgrade to a provincial high-tech zone, with its project and output figures",
    "source_url": "https://kunming.baogaosu.com/xinwen/%E5%9B%AD%E5%8C%BA%E8%A2%AB%E7%A1%AE%E5%AE%9A%E4%B8%BA%E7%9C%81%E7%BA%A7%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BA%A7%E4%B8%9A/53337449",
    "note": "转载页日期“19.12.2016 10:04”；段末图片说明“图为园区内的中国中车城市轨道交通车辆产业研发生产基地。”和“来源:云南网”已删，段首缩进已去"},
    parks=[park(P, "昆明晋宁工业园区被确定为省级高新技术产业开发区", city="昆明", district="晋宁", province="云南",
                kind="工业园区(省级高新区)", aliases=["晋宁工业园区"])],
    institutions=[inst("云南省政府", "晋宁工业园区被省政府正式确定为省级高新技术产业开发区", aliases=["省政府"])],
    facts=[
        fact(P, "park", "projects_count", 423, "现有入园项目(企业)423个", kind="cumulative", as_of="2016年12月",
             note="入园项目(企业)"),
        fact(P, "park", "projects_in_production", 284, "建成投产项目284个", kind="cumulative", as_of="2016年12月"),
        fact(P, "park", "enterprises_above_scale", 92, "92个规模以上工业企业总产值超过123亿元", as_of="2016年12月"),
        fact(P, "park", "output_value_cny", 12300000000.0, "92个规模以上工业企业总产值超过123亿元", qualifier="超",
             qualifier_text="超过", as_of="2016年", note="规模以上工业企业总产值；年份未明说"),
        fact(P, "park", "output_value_annual_growth", 0.216, "年均增长21.6%", unit="ratio", kind="ratio",
             as_of="2016年", optional=True),
    ])
