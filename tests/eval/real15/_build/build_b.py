"""Ground truth for real15 b09-b15 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- b09 嘉善—庆元—九寨沟“飞地”产业园动工 (2018)
P = "嘉善—庆元—九寨沟“飞地”产业园"
EVS = "嘉善—庆元—九寨沟“飞地”产业园在嘉兴市嘉善县动工"
write("b09", {
    "title": None,
    "title_note": "存档页无标题，正文起于“山海协作再传喜讯”；内容：嘉善—庆元—九寨沟三地共建“飞地抱团”强村产业园在嘉善动工，规划300亩、首期总投资2.28亿元",
    "outlet": "浙江在线 cs.zjol.com.cn（地方频道；作者未注明，引“市经合办相关负责人”）", "published": "2018-11-15",
    "published_precision": "day",
    "register": "provincial news portal item on a cross-provincial, three-county co-built enclave (飞地) park starting construction: area, investment, floor space, expected income for the partner counties",
    "source_url": "http://cs.zjol.com.cn/zjbd/ls16512/201811/t20181115_8750749.shtml",
    "note": "日期取自网址路径（t20181115）。存档即四段，明显短于截断长度，以引语收束，判为全文，无需删除。园区在浙江嘉兴嘉善县，合作方庆元县（浙江丽水）与九寨沟县（四川阿坝）"},
    parks=[
        park(P, EVS, city="嘉兴", district="嘉善县", province="浙江", kind="飞地产业园", aliases=["“飞地抱团”强村产业园"],
             note="三地共建的“飞地”园区，本身也是动工的项目（同 real13 z11：园区即项目）；选址大云镇"),
    ],
    institutions=[inst("市经合办", "市经合办相关负责人说道", note="嘉兴市经济合作办公室（推断）")],
    projects=[
        project(P, "该项目选址嘉善县的省级特色小镇大云镇,规划面积300亩,首期约73.6亩,总投资2.28亿元", park=P,
                inv=228000000.0, inv_text="总投资2.28亿元", status="开工", status_text="动工",
                aliases=["“飞地抱团”强村项目"],
                note="“总投资2.28亿元”紧接“首期约73.6亩”，可能只指首期；园区即项目"),
    ],
    facts=[
        fact(P, "park", "planned_area_mu", 300, "规划面积300亩", unit="mu"),
        fact(P, "park", "phase1_area_mu", 73.6, "首期约73.6亩", unit="mu", qualifier="约"),
        fact(P, "park", "planned_floor_area_m2", 58000, "将建设德国工业标准厂房约58000平方米", unit="m2", qualifier="约",
             kind="target", optional=True, note="将建厂房面积"),
        fact(P, "park", "expected_annual_income_cny", 22000000.0, "每年带来约2200万元的收益", qualifier="约",
             as_of="首期建成投入使用后", kind="target", note="预计为庆元、九寨沟两县每年带来的收益"),
        fact("庆元县薄弱村", "park_group", "villages_supported", 83, "推动庆元县83个薄弱村", optional=True, note="受益村数，非园区"),
        fact("九寨沟县贫困村", "park_group", "villages_supported", 48, "九寨沟县48个贫困村", optional=True),
    ])

# ---------------- b10 浦东科创母基金启动 (解放日报 2019)
F = "浦东科创母基金"
EVC = "其中子基金由张江集团、科创集团、张江高科、金桥股份等园区开发公司牵头组建"
EVA = "聚焦服务张江、临港、金桥和外高桥4个地区"
EVT = "促进祝桥现代航空基地、新场创新药产业基地、合庆医疗器械产业基地等镇级产业园区升级"
write("b10", {
    "title": "浦东科创母基金正式启动 首期55亿元",
    "outlet": "解放日报（来源栏），上海招商网 zhaoshang-sh.com 转载", "published": "2019-10-14", "published_precision": "day",
    "register": "city party paper item reposted by an investment-promotion site: a new area's science-and-technology fund of funds, its first-phase size, park-developer sub-funds and the parks it serves",
    "source_url": "http://www.zhaoshang-sh.com/jjkx/2019/10-14/191014958409C5I85CI93434I421BF8.html",
    "note": "站头“上海招商网资讯中心”、面包屑与“时间:2019-10-14 09:58:40 来源:解放日报”已删；各段首的全角空格已删。基金“昨天启动”（即10月13日）。"
            "“浦东”即浦东新区，文中未写全称，不作园区记录"},
    parks=[
        park("祝桥现代航空基地", EVT, city="上海", district="浦东新区", province="上海", kind="镇级产业园区"),
        park("新场创新药产业基地", EVT, city="上海", district="浦东新区", province="上海", kind="镇级产业园区"),
        park("合庆医疗器械产业基地", EVT, city="上海", district="浦东新区", province="上海", kind="镇级产业园区"),
        park("张江", EVA, city="上海", district="浦东新区", province="上海", optional=True, note="只写地区简称（“4个地区”），可选"),
        park("临港", EVA, city="上海", district="浦东新区", province="上海", optional=True),
        park("金桥", EVA, city="上海", district="浦东新区", province="上海", optional=True),
        park("外高桥", EVA, city="上海", district="浦东新区", province="上海", optional=True),
    ],
    companies=[
        company("张江集团", EVC, park=None, note="园区开发公司，牵头组建子基金；文中未把公司放在某一园区"),
        company("科创集团", EVC, park=None),
        company("张江高科", EVC, park=None),
        company("金桥股份", EVC, park=None),
    ],
    funds=[
        fund(F, "浦东科创母基金首期规模55亿元", park=None, size=5500000000.0, size_type="首期规模",
             note="“科创母基金”是文中泛称，不作别名；只给首期规模；浦东（新区）基金，文中无园区名，故园区为空"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 5500000000.0, "浦东科创母基金首期规模55亿元", as_of="2019年10月", optional=True,
             note="已存于基金的 size 字段，作事实可选"),
        fact(F, "fund", "target_industries", 6, "等六大产业", optional=True, note="汉字数目"),
        fact("浦东科技创新产业基金群", "fund", "fund_size_cny", 20000000000.0, "形成约200亿元的科技创新产业基金群",
             qualifier="约", kind="target", note="母子基金合计的目标规模"),
        fact(F, "fund", "served_areas", 4, EVA, optional=True, note="服务的地区数"),
    ])

# ---------------- b11 张江总部园、上海集成电路设计产业园开园 (2020)
ZB, IC, KX = "张江总部园", "上海集成电路设计产业园", "张江科学城"
A = "2020年一季度"
EVO = "在15日,张江总部园、上海集成电路设计产业园同时宣布开园"
write("b11", {
    "title": "总投资500亿元 张江总部园、上海集成电路设计产业园同时开园",
    "outlet": "原刊未注明（视频新闻稿，引上海张江管理局副局长吴俊），ttnews.xyz 转载", "published": "2020-04-15",
    "published_precision": "day",
    "register": "reposted broadcast-style item on two themed parks opening: their total investment, the first 17 firms signing into one park, a science city's first-quarter figures, a park's targets",
    "source_url": "https://p2.ttnews.xyz/a/5fa03901dc9b5e2498c9afc3?lang=zh-hans",
    "note": "文末“分享到:”“相關文章:”已删。页面与正文均无年份（“在15日”“今年一季度”）：日期按同一事件的中新社稿（电头“上海4月15日电”，搜索时见于 shttxw.com 的转载，未采用）推断为2020-04-15（属推断）"},
    parks=[
        park(ZB, EVO, city="上海", district="浦东新区", province="上海", kind="特色园区"),
        park(IC, EVO, city="上海", district="浦东新区", province="上海", kind="特色园区"),
        park(KX, "今年一季度,张江科学城实现工业总产值662亿元", city="上海", district="浦东新区", province="上海", kind="科学城",
             note="文中未说明两园与科学城的隶属关系，不设上级园区"),
    ],
    institutions=[inst("上海张江管理局", "上海张江管理局副局长 吴俊")],
    facts=[
        fact("张江总部园和上海集成电路设计产业园", "park_group", "planned_investment_cny", 50000000000.0,
             "两个特色园区总投资额将会不少于500亿元", qualifier="超", qualifier_text="不少于", kind="target"),
        fact(ZB, "park", "enterprises_signed", 17, "张江总部园当天首批签约入驻的17家企业", as_of="2020年4月15日"),
        fact("张江总部园首批签约入驻的17家企业", "park_group", "planned_investment_cny", 12000000000.0, "计划新增总投资120亿元",
             as_of="2020年4月15日"),
        fact(KX, "park", "output_value_cny", 66200000000.0, "张江科学城实现工业总产值662亿元", as_of=A),
        fact(KX, "park", "tax_revenue_cny", 10650000000.0, "税收收入106.5亿元", as_of=A),
        fact(KX, "park", "fixed_asset_investment_cny", 6680000000.0, "固定资产投资66.8亿元", as_of=A),
        fact(KX, "park", "foreign_investment_usd", 800000000.0, "实到外资8亿美元", as_of=A),
        fact(IC, "park", "leading_products", 100, "上海集成电路设计产业园拥有100余项国内领先产品", qualifier="余", optional=True),
        fact(IC, "park", "target_enterprises", 1000, "是要集聚1000家企业", kind="target", optional=True,
             note="副局长的目标表述，所指园区未明说（从上下文看是集成电路设计产业园）"),
    ])

# ---------------- b12 绍兴滨海新区与开化县签订“产业飞地”框架协议 (2021)
P = "绍兴滨海新区"
G = "绍兴滨海新区与开化县共建“飞地”产业园"
write("b12", {
    "title": None,
    "title_note": "存档页无标题，正文起于“4月14日下午”；内容：绍兴滨海新区与衢州市开化县签订共建山海协作“产业飞地”框架协议，在滨海新区共建超1500亩“飞地”产业园",
    "outlet": "绍兴滨海新区官网 sxbh.sx.gov.cn（管委会网站，稿源“经发局”）", "published": "2021-04-15",
    "published_precision": "day",
    "register": "a new area's management committee website: framework agreement with a mountain county to co-build an enclave (飞地) industrial park inside the new area",
    "source_url": "https://sxbh.sx.gov.cn/art/2021/4/15/art_1479193_58882923.html",
    "note": "日期取自网址路径（2021/4/15），签约在“4月14日下午”。存档即三段，明显短于截断长度，以“(经发局)”收束，无需删除（页首有一空行，已去）。"
            "“滨海新区”“新区”单独出现，不作别名（天津也有滨海新区）"},
    parks=[
        park(P, "绍兴滨海新区与衢州市开化县签订共建山海协作“产业飞地”框架协议", city="绍兴", province="浙江", kind="新区",
             note="“飞地”产业园建在滨海新区内，文中未命名，不单列园区"),
    ],
    institutions=[
        inst("开化县", "绍兴滨海新区与衢州市开化县签订共建山海协作“产业飞地”框架协议", note="县政府一方"),
        inst("经发局", "(经发局)", note="稿源；绍兴滨海新区经济发展局（推断）"),
    ],
    facts=[
        fact(G, "park_group", "planned_area_mu", 1500, "合作共建超1500亩的“飞地”产业园", unit="mu", qualifier="超",
             kind="target", as_of="2021年4月14日", note="框架协议规划"),
        fact(G, "park_group", "phase1_area_mu", 50, "一期“产业飞地”启动区块面积不少于50亩", unit="mu", qualifier="超",
             qualifier_text="不少于", kind="target", as_of="2021年4月14日"),
    ])

# ---------------- b13 乌苏市参加塔城地区9月招商引资项目集中签约 (2021)
G = "乌苏市"
A = "2021年1-9月"
EVS = ("分别与新疆广缘投资有限公司、新疆百成鲜食(集团)有限公司签订了乌苏香馕美酒文化旅游产业园项目和建设馕产业园(中央厨房)项目")
SIGN = dict(park=None, status="签约", status_text="集中签约仪式上签订")
write("b13", {
    "title": "乌苏市参加塔城地区9月招商引资项目集中签约仪式",
    "outlet": "塔城地区行政公署网站 xjtc.gov.cn “今日塔城·经济动态”（文/图 沈来）", "published": "2021-09-26",
    "published_precision": "day",
    "register": "prefecture government website item: a county-level city's two signed industrial-park projects and its January–September investment-promotion figures",
    "source_url": "https://xjtc.gov.cn/ywdt/jrtc/jjdt/content_34907",
    "note": "面包屑、时间行“2021-09-26 10:32:04 点击:[] 打印 分享到:”、图片文件名“202109241828034924.jpg”与页尾“【关闭】”及登录框已删；签约在“9月23日”。"
            "两个签约项目本身是“产业园”项目，未落在某一既有园区，故无园区"},
    parks=[
        park("乌苏香馕美酒文化旅游产业园", EVS, city="乌苏", province="新疆", kind="产业园", optional=True,
             note="签约项目兼园区（在建设中），可选"),
        park("馕产业园", EVS, city="乌苏", province="新疆", kind="产业园", optional=True, note="签约项目兼园区，可选"),
    ],
    companies=[
        company("新疆广缘投资有限公司", EVS, park=None),
        company("新疆百成鲜食(集团)有限公司", EVS, park=None),
    ],
    institutions=[inst("乌苏市人民政府", "代表乌苏市委、市人民政府分别与新疆广缘投资有限公司")],
    projects=[
        project("乌苏香馕美酒文化旅游产业园项目", EVS, companies=["新疆广缘投资有限公司"], **SIGN,
                note="“分别与A、B签订了X和Y”按次序对应"),
        project("馕产业园(中央厨房)项目", EVS, companies=["新疆百成鲜食(集团)有限公司"], **SIGN,
                aliases=["建设馕产业园(中央厨房)项目"]),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 2, "乌苏市共签约两个项目", as_of="2021年9月23日", optional=True,
             note="汉字数目“两个”"),
        fact(G, "park_group", "projects_implemented", 61, "乌苏市落实执行各类项目61项", as_of=A,
             note="全市口径（县级市的批次，作 park_group）"),
        fact(G, "park_group", "planned_investment_cny", 9368000000.0, "投资总规模93.68亿元", as_of=A),
        ratio(G, "park_group", "planned_investment_growth", 0.1652, "同比增长16.52%", as_of=A),
        fact(G, "park_group", "investment_attraction_target_cny", 5500000000.0, "乌苏市2021年招商引资目标任务为55亿元",
             as_of="2021年", kind="target"),
        fact(G, "park_group", "attracted_investment_cny", 3705000000.0, "已完成任务37.05亿元", as_of=A),
        ratio(G, "park_group", "investment_attraction_completion", 0.6736, "完成全年招商引资任务67.36%", as_of=A),
    ])

# ---------------- b14 赛迪2022园区高质量发展百强 山东7园区 (大众日报 2022)
R = "2022园区高质量发展百强"
EVR = "入榜园区数量分别为9席、8席、7席、7席"
EV30 = "广东省、山东省、浙江省,分别占4席、4席、3席"
PARKS = [("青岛经济技术开发区", "青岛", 18), ("济南高新技术产业开发区", "济南", 19), ("烟台经济技术开发区", "烟台", 25),
         ("青岛高新技术产业开发区", "青岛", 29), ("潍坊高新技术产业开发区", "潍坊", 46),
         ("威海火炬高技术产业开发区", "威海", 52), ("淄博高新技术产业开发区", "淄博", 71)]
write("b14", {
    "title": "全国“百强”发布,烟台一地上榜",
    "outlet": "大众日报微信公众号（来源栏），烟台日报微信公众号转发（责编 常帅），freewechat.com 镜像", "published": "2022-09-29",
    "published_precision": "day",
    "register": "provincial party paper's WeChat item on a consultancy's national ranking of parks: a province's seven parks with their ranks, seats by province",
    "source_url": "https://freewechat.com/a/MjM5NzgwNDc1Nw==/2649242393/1",
    "note": "页首“查看原文 / 其他”、账号行“点关注👉 烟台日报 2022-09-29”、文末“热点新闻回顾”五条链接、“来源丨大众日报微信公众号 / 责编丨常帅 / 校对丨赵成玉 / 监制丨周芳”、版权声明与“在看”提示已删；榜单发布于“8月10日”"},
    parks=[park(n, "%s,位列第%d位" % (n, r), city=c, province="山东",
                kind="国家级经济技术开发区" if "经济技术" in n else "国家高新区") for n, c, r in PARKS],
    institutions=[inst("赛迪顾问", "8月10日,赛迪顾问发布2022园区高质量发展百强榜单", kind="research",
                       note="发布榜单的咨询机构")],
    facts=[
        fact("山东省入选2022园区高质量发展百强的园区", "park_group", "parks_count", 7, "山东共有7大园区上榜", as_of="2022年"),
    ] + [rank(n, "park", "national_rank", r, "%s,位列第%d位" % (n, r), as_of="2022年", note="赛迪2022园区高质量发展百强排名")
         for n, c, r in PARKS] + [
        fact("江苏省入选2022园区高质量发展百强的园区", "park_group", "parks_count", 19, "江苏省占19席", as_of="2022年"),
        fact("浙江省入选2022园区高质量发展百强的园区", "park_group", "parks_count", 9, EVR, as_of="2022年"),
        fact("广东省入选2022园区高质量发展百强的园区", "park_group", "parks_count", 8, EVR, as_of="2022年"),
        fact("湖北省入选2022园区高质量发展百强的园区", "park_group", "parks_count", 7, EVR, as_of="2022年"),
        rank("山东省入选园区数量在各省中的位次", "park_group", "province_rank", 4, "山东与湖北共居第4位", as_of="2022年"),
        fact("江苏省入选2022园区高质量发展百强前30名的园区", "park_group", "parks_count_top30", 6, "江苏省占6席",
             as_of="2022年", optional=True, note="前30名的分段计数"),
        fact("广东省入选2022园区高质量发展百强前30名的园区", "park_group", "parks_count_top30", 4, EV30, as_of="2022年",
             optional=True),
        fact("山东省入选2022园区高质量发展百强前30名的园区", "park_group", "parks_count_top30", 4, EV30, as_of="2022年",
             optional=True),
        fact("浙江省入选2022园区高质量发展百强前30名的园区", "park_group", "parks_count_top30", 3, EV30, as_of="2022年",
             optional=True),
        fact(R, "park_group", "list_size", 100, "2022园区高质量发展百强榜单", as_of="2022年", optional=True, note="榜单长度"),
        fact("2022园区高质量发展指标体系", "park_group", "first_level_indicators", 5, "共设置5个一级指标", optional=True),
        fact("2022园区高质量发展指标体系", "park_group", "second_level_indicators", 24, "24个二级指标", optional=True),
        fact("烟台入选园区", "park_group", "parks_count", 1, "烟台一地上榜", optional=True, note="标题中的汉字数目"),
    ])

# ---------------- b15 江苏9家国家级经开区跻身30强 (2023)
SIP = "苏州工业园区"
EV8 = ("江苏省还有昆山经济技术开发区、江宁经济技术开发区、南京经济技术开发区、吴江经济技术开发区、南通经济技术开发区、"
       "徐州经济技术开发区、吴中经济技术开发区、苏州浒墅关经济技术开发区8家经开区上榜")
RANKS = [("昆山经济技术开发区", "苏州", 4, "第四名"), ("江宁经济技术开发区", "南京", 8, "第八名"),
         ("南京经济技术开发区", "南京", 14, "第十四名"), ("吴江经济技术开发区", "苏州", 19, "第十九名"),
         ("南通经济技术开发区", "南通", 21, "第二十一名"), ("徐州经济技术开发区", "徐州", 25, "第二十五名"),
         ("吴中经济技术开发区", "苏州", 28, "第二十八名"), ("苏州浒墅关经济技术开发区", "苏州", 29, "第二十九名")]
EVL = "分别列第四名、第八名、第十四名、第十九名、第二十一名、第二十五名、第二十八名、第二十九名"
write("b15", {
    "title": None,
    "title_note": "存档页无标题，正文起于“12月28日”；内容：商务部2023年国家级经开区综合发展水平考核评价结果，江苏9家跻身30强，苏州工业园区“八连冠”",
    "outlet": "国际在线江苏频道 js.cri.cn（文/图 苏园轩）", "published": "2023-12-28", "published_precision": "day",
    "register": "national broadcaster's provincial channel item on the Ministry of Commerce's ranking of state-level ETDZs: a province's nine zones in the top 30 with their ranks and single-item ranks",
    "source_url": "https://js.cri.cn/2023-12-28/6e74b7c7-60a1-53e4-c9b2-87abe6e78adf.html",
    "note": "第一段后的图片说明“苏州工业园区航拍”已删。存档以“(文/图 苏园轩)”收束。各园区名次均为汉字序数"},
    parks=[park(SIP, "苏州工业园区再次以优异成绩蝉联综合排名第一", city="苏州", province="江苏", kind="国家级经济技术开发区")]
          + [park(n, EV8, city=c, province="江苏", kind="国家级经济技术开发区") for n, c, r, t in RANKS],
    institutions=[inst("商务部", "12月28日,商务部网站公布2023年国家级经济技术开发区综合发展水平考核评价结果"),
                  inst("科技部", "园区已跻身科技部建设世界一流高科技园区行列")],
    facts=[
        fact("江苏省进入2023年国家级经开区综合发展水平考核评价前30名的经开区", "park_group", "parks_count", 9,
             "江苏9家国家级经开区跻身30强", as_of="2023年（考评2022年度）"),
        fact("江苏省进入前30名的经开区（苏州工业园区以外）", "park_group", "parks_count", 8, EV8, as_of="2023年", optional=True,
             note="9家中除苏州工业园区外的8家"),
        fact("国家级经开区", "park_group", "parks_count", 230, "全国230家国家级经开区", as_of="2022年度", optional=True,
             note="全国口径"),
        rank(SIP, "park", "national_rank", 1, "蝉联综合排名第一", as_of="2023年", note="汉字序数"),
        fact(SIP, "park", "consecutive_first_places", 8, "实现“八连冠”", optional=True, note="汉字数目"),
    ] + [rank(n, "park", "national_rank", r, EVL, as_of="2023年", note="汉字序数“%s”" % t) for n, c, r, t in RANKS] + [
        rank(SIP, "park", "import_export_rank", 1, "分别列第一名、第二名、第十名", as_of="2023年", note="“进出口总额”单项"),
        rank("昆山经济技术开发区", "park", "import_export_rank", 2, "分别列第一名、第二名、第十名", as_of="2023年"),
        rank("苏州浒墅关经济技术开发区", "park", "import_export_rank", 10, "分别列第一名、第二名、第十名", as_of="2023年"),
        rank(SIP, "park", "foreign_investment_rank", 3, "分别列第三名、第七名、第八名", as_of="2023年", note="“实际使用外资”单项"),
        rank("昆山经济技术开发区", "park", "foreign_investment_rank", 7, "分别列第三名、第七名、第八名", as_of="2023年"),
        rank("南京经济技术开发区", "park", "foreign_investment_rank", 8, "分别列第三名、第七名、第八名", as_of="2023年"),
        fact(SIP, "park", "years_of_development", 29, "经过29年的发展", unit="years", optional=True),
    ])
