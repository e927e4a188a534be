from lib import *

# ---------------- u07 兰州新区
P = "兰州新区"
H = "兰州新区绿色化工园区"
write("u07", {
    "title": "兰州新区25个招商引资项目集中开工",
    "outlet": "甘肃日报 2021-07-14 第05版:综合（新甘肃·甘肃日报记者 薛砚）",
    "published": "2021-07-14", "published_precision": "day",
    "register": "provincial party newspaper item on a state-level new area's second batch of investment-attraction project starts",
    "source_url": "http://szb.gansudaily.com.cn/gsrb/202107/14/c259610.html",
    "note": "数字报页头（报名/日期/版次）与版权声明已删；real4 s11 是兰州新区2017年签约报道，非同一报道"},
    parks=[
        park(P, "兰州新区招商引资项目集中开工仪式在兰州新区绿色化工园区专精特新产业园C区举行", city="兰州", province="甘肃",
             kind="国家级新区"),
        park(H, "集中开工仪式在兰州新区绿色化工园区专精特新产业园C区举行", city="兰州", province="甘肃", kind="化工园区",
             parent=P),
        park("专精特新产业园", "在兰州新区绿色化工园区专精特新产业园C区举行", city="兰州", province="甘肃", kind="产业园",
             parent=H, optional=True, note="只出现在仪式地点中（C区）"),
    ],
    facts=[
        fact("兰州新区2021年第二批招商引资集中开工项目", "park_group", "projects_started", 25, "这次开工的项目共25个",
             as_of="2021年7月"),
        fact("兰州新区2021年第二批招商引资集中开工项目", "park_group", "planned_investment_cny", 12600000000.0,
             "总投资126亿元", as_of="2021年7月"),
        fact("兰州新区2021年3月16日集中开工项目", "park_group", "projects_started", 108,
             "兰州新区集中开工了108个项目、总投资668亿元", as_of="2021年3月16日"),
        fact("兰州新区2021年3月16日集中开工项目", "park_group", "planned_investment_cny", 66800000000.0,
             "总投资668亿元", as_of="2021年3月16日"),
        fact(P, "park", "target_industries_over_100bn", 3, "“3个千亿级、3个五百亿级、5个百亿级”产业发展目标",
             kind="target", optional=True),
        fact(P, "park", "target_industries_over_50bn", 3, "“3个千亿级、3个五百亿级、5个百亿级”产业发展目标",
             kind="target", optional=True),
        fact(P, "park", "target_industries_over_10bn", 5, "“3个千亿级、3个五百亿级、5个百亿级”产业发展目标",
             kind="target", optional=True),
        fact(P, "park", "leading_industries", 10, "兰州新区紧紧围绕十大优势产业", optional=True),
    ])

# ---------------- u08 锡林郭勒盟工业园区基础设施项目
G = "锡林郭勒盟工业园区基础设施项目(投资千万元以上)"
YZC = "锡林浩特市预制菜产业园"
TS = "内蒙古绿色高新碳材料产业园"
SN = "苏尼特左旗工业园区"
EV8 = "锡林浩特市预制菜产业园标准化厂房、太仆寺旗内蒙古绿色高新碳材料产业园、苏尼特左旗工业园区危化品专用停车场等8个项目已顺利建成并投入运营"
ST = "已顺利建成并投入运营"
write("u08", {
    "title": None,
    "title_note": "(no headline) 锡林郭勒盟工业园区基础设施项目建设提速：20个千万元以上项目完成投资3.56亿元，8个建成运营",
    "outlet": "内蒙古新闻网 inews.nmgnews.com.cn（刘 颖）",
    "published": "2026-02-12", "published_precision": "day",
    "register": "provincial news portal item on a league's industrial-park infrastructure projects",
    "source_url": "http://inews.nmgnews.com.cn/system/2026/02/12/030309186.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径；文末署名“(刘 颖)”在段内，保留"},
    parks=[
        park(YZC, "锡林浩特市预制菜产业园标准化厂房", city="锡林郭勒盟", district="锡林浩特市", province="内蒙古",
             kind="产业园"),
        park(TS, "太仆寺旗内蒙古绿色高新碳材料产业园", city="锡林郭勒盟", district="太仆寺旗", province="内蒙古",
             kind="产业园", note="同时作为已建成的园区基础设施项目列出"),
        park(SN, "苏尼特左旗工业园区危化品专用停车场", city="锡林郭勒盟", district="苏尼特左旗", province="内蒙古",
             kind="工业园区"),
    ],
    institutions=[inst("锡林郭勒盟工信局", "盟工信局执行工业园区项目“月调度、季总结”工作机制", aliases=["盟工信局"])],
    projects=[
        project("锡林浩特市预制菜产业园标准化厂房", EV8, park=YZC, status="投产", status_alt="竣工", status_text=ST),
        project(TS, EV8, status="投产", status_alt="竣工", status_text=ST,
                note="园区基础设施项目，名称即园区名；按 real3 r07 惯例，园区自身建设项目 park 为 null"),
        project("苏尼特左旗工业园区危化品专用停车场", EV8, park=SN, status="投产", status_alt="竣工", status_text=ST),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 20, "全盟已组织实施投资千万元以上工业园区基础设施项目20个",
             kind="cumulative", as_of="2025年以来至2026年2月"),
        fact(G, "park_group", "completed_investment_cny", 356000000.0, "完成投资3.56亿元", kind="cumulative",
             as_of="2025年以来至2026年2月"),
        fact(G, "park_group", "projects_completed", 8, "等8个项目已顺利建成并投入运营", kind="cumulative",
             as_of="2025年以来至2026年2月"),
    ])

# ---------------- u09 中新吉林食品区
P = "中新吉林食品区"
G1 = "中新吉林食品区2024年上半年签约落地产业项目"
G2 = "中新吉林食品区有望年内签约产业项目"
EVP = "德翔肉鸡全产业链、泰国风情小镇、修正药业大米提取蛋白等8个产业项目有望年内签约"
EVT = "双方就在中新食品区建设泰国食品产业园、泰国风情小镇等项目达成共识"
write("u09", {
    "title": "中新吉林食品区:实干争先 经济质效实现新跃升",
    "outlet": "吉林日报 2024-08-14 第06版:区域传真·江城（dajilin.com 数字报）",
    "published": "2024-08-14", "published_precision": "day",
    "register": "provincial party newspaper regional-page item on a Sino-Singapore cooperation zone's half-year figures and projects",
    "source_url": "http://jlrbszb.dajilin.com/pc/paper/c/202408/14/content_55918.html",
    "note": "图片说明“中新食品区重点项目建设进展迅速。”、数字报页头与页脚已删；存档页无署名"},
    parks=[
        park(P, "年初以来,中新吉林食品区牢牢把握推动高质量发展这条主线", city="吉林", province="吉林",
             kind="国际合作园区", aliases=["中新食品区", "食品区"]),
        park("泰国食品产业园", EVT, city="吉林", province="吉林", kind="园中园(规划)", parent=P, optional=True,
             note="达成共识、拟在食品区建设"),
    ],
    companies=[
        company("德翔", EVP, park=P, optional=True, note="只出现在项目名中"),
        company("修正药业", EVP, park=P, optional=True, note="只出现在项目名中"),
    ],
    institutions=[
        inst("泰中东盟经贸促进会", "泰中东盟经贸促进会主席两次来吉访问", kind="other"),
        inst("马来西亚商会", "此外,还与马来西亚商会进行对接", kind="other"),
        inst("吉林市政府", "与市政府主要负责人沟通协商", aliases=["市政府"]),
    ],
    projects=[
        project("德翔肉鸡全产业链", EVP, park=P, companies=["德翔"], status="planned", status_alt="签约",
                status_text="有望年内签约"),
        project("泰国风情小镇", EVP, park=P, status="planned", status_alt="签约",
                status_text="有望年内签约；与泰方达成共识"),
        project("修正药业大米提取蛋白", EVP, park=P, companies=["修正药业"], status="planned", status_alt="签约",
                status_text="有望年内签约"),
        project("泰国食品产业园", EVT, park=P, status="planned", status_text="双方就在中新食品区建设…达成共识"),
    ],
    facts=[
        fact(P, "park", "industrial_output_yoy_growth", 0.816, "规模工业总产值同比增长81.6%", kind="ratio",
             as_of="2024年上半年"),
        fact(P, "park", "fixed_asset_investment_yoy_growth", 0.178, "固定资产投资同比增长17.8%", kind="ratio",
             as_of="2024年上半年", optional=True),
        fact(G1, "park_group", "projects_signed", 8, "共有8个产业项目签约落地,总投资7.15亿元", as_of="2024年上半年"),
        fact(G1, "park_group", "planned_investment_cny", 715000000.0, "总投资7.15亿元,其中,5个项目已开工建设",
             as_of="2024年上半年"),
        fact(G1, "park_group", "projects_started", 5, "其中,5个项目已开工建设", as_of="2024年上半年"),
        fact(G2, "park_group", "projects_count", 8, EVP, kind="target", as_of="2024年"),
        fact(G2, "park_group", "planned_investment_cny", 6640000000.0, "总投资66.4亿元", kind="target", as_of="2024年"),
        fact("新加坡方高管到访吉林市", "other", "visits", 7, "新方高管7次到访吉林市", as_of="2024年上半年",
             optional=True),
        fact("泰中东盟经贸促进会主席来吉访问", "other", "visits", 2, "泰中东盟经贸促进会主席两次来吉访问", as_of="2024年",
             optional=True),
    ])

# ---------------- u10 贵阳国家高新区
P = "贵阳国家高新区"
S = "沙文生态科技产业园"
G = "贵阳国家高新区2011年12月沙文生态科技产业园集中开工重大项目"
write("u10", {
    "title": "贵阳国家高新区27个重大项目集中开工",
    "outlet": "中国起重机械网 chinacrane.net 园区新闻（转载，原出处未注明）",
    "published": "2011-12-20", "published_precision": "day",
    "register": "trade portal repost of a local news item on a national high-tech zone's batch groundbreaking and its year-to-date figures",
    "source_url": "http://m.chinacrane.net/news/201112/20/45918.html",
    "note": "文中“今日下午”；“文中内容、图片均来源于网络…”一行已删；原文“等领域,。”的多余标点、末句无句号均照录"},
    parks=[
        park(P, "落户贵阳国家高新区的27个重大项目", city="贵阳", province="贵州", kind="高新区"),
        park(S, "今日下午在该区的沙文生态科技产业园集中开工", city="贵阳", province="贵州", kind="产业园", parent=P),
    ],
    institutions=[inst("贵阳国家高新区党工委", "据贵阳国家高新区党工委书记宗文介绍", park=P)],
    facts=[
        fact(G, "park_group", "projects_started", 27, "落户贵阳国家高新区的27个重大项目,今日下午在该区的沙文生态科技产业园集中开工",
             as_of="2011年12月20日"),
        fact(G, "park_group", "planned_investment_cny", 12300000000.0, "总投资123亿元,投资强度330万元每亩",
             as_of="2011年12月20日"),
        fact(G, "park_group", "investment_intensity_per_mu", 3300000.0, "投资强度330万元每亩", unit="cny_per_mu",
             as_of="2011年12月20日", optional=True),
        fact(G, "park_group", "expected_output_value_cny", 25200000000.0, "建成后预计产值达252亿元", kind="target"),
        fact(G, "park_group", "expected_tax_cny", 3000000000.0, "实现税收30亿元", kind="target"),
        fact(P, "park", "industrial_output_value_cny", 4404000000.0, "该区完成规模以上工业总产值44.04亿元",
             as_of="2011年1-11月"),
        fact(P, "park", "industrial_output_yoy_growth", 0.58, "同比增长58%;固定资产投资", kind="ratio",
             as_of="2011年1-11月", optional=True),
        fact(P, "park", "fixed_asset_investment_cny", 5700000000.0, "固定资产投资达57亿元", as_of="2011年1-11月"),
        fact(P, "park", "fixed_asset_investment_yoy_growth", 2.0, "同比增长200%", kind="ratio", as_of="2011年1-11月",
             optional=True),
    ])

# ---------------- u11 重庆枢纽港产业园
P = "重庆枢纽港产业园"
G = "重庆枢纽港产业园重点产业项目集中签约开工项目"
write("u11", {
    "title": None,
    "title_note": "(no headline) 重庆枢纽港产业园重点产业项目集中签约开工：71个项目总投资546.05亿元",
    "outlet": "重庆广电 第1眼TV（记者 杨汶霖 唐畅，特约记者 龚毅），zhuanti.cbg.cn",
    "published": "2024-12", "published_precision": "month",
    "register": "municipal broadcaster's news-site item on a hub-port industrial park's batch signing and groundbreaking",
    "source_url": "https://zhuanti.cbg.cn/show/75745-4455503.html",
    "note": "存档页无标题，文件从正文开始；文中“近日”，活动日2024年12月4日据同一活动的另一报道（xiaolijiang.cn 转载，繁体）；文末单独一行的署名已删"},
    parks=[park(P, "重庆枢纽港产业园重点产业项目集中签约开工活动近日在永川区举行", city="重庆", province="重庆",
                kind="产业园", note="文中称“枢纽经济区”；活动在永川区举行，园区所在区未明说")],
    institutions=[inst("重庆市政府口岸物流办", "市政府口岸物流办主任杨琳表示", aliases=["市政府口岸物流办"])],
    facts=[
        fact(G, "park_group", "projects_count", 71, "现场集中签约开工项目71个、总投资546.05亿元", as_of="2024年12月",
             note="签约与开工合计"),
        fact(G, "park_group", "planned_investment_cny", 54605000000.0, "总投资546.05亿元,涵盖基础设施项目3个",
             as_of="2024年12月"),
        fact(G, "park_group", "infrastructure_projects", 3, "涵盖基础设施项目3个", as_of="2024年12月", optional=True),
        fact(G, "park_group", "industrial_projects", 68, "现代物流与供应链服务等三大主导产业项目68个", as_of="2024年12月",
             optional=True),
    ])

# ---------------- u12 天津经开区
P = "天津经开区"
write("u12", {
    "title": "天津经开区谋划储备项目总投资超千亿元 重点在建项目总投资超3000亿元",
    "outlet": "天津日报（记者 万红），转载于天穆网 tm022.com",
    "published": "2022-07-28", "published_precision": "day",
    "register": "municipal party newspaper item on a national ETDZ's half-year pipeline of key projects",
    "source_url": "http://tm022.com/articles/tianjin/202207/9050.html",
    "note": "转载页“时间:2022-07-28 10:21 来源:天津日报”行及页脚已删；文中“7月27日”"},
    parks=[park(P, "记者从天津经开区了解到", city="天津", province="天津", kind="经济技术开发区")],
    facts=[
        fact(P, "park", "key_projects_under_construction_yoy_growth", 0.191, "在建重点项目数同比增长19.1%", kind="ratio",
             as_of="2022年7月", optional=True),
        fact(P, "park", "new_started_projects_yoy_growth", 0.116, "新开工项目数同比增长11.6%", kind="ratio",
             as_of="2022年7月", optional=True),
        fact("天津经开区在建重点项目", "park_group", "planned_investment_cny", 300000000000.0,
             "在建项目总投资超过3000亿元", qualifier="超", qualifier_text="超过", as_of="2022年7月"),
        fact("天津经开区在建重点项目", "park_group", "projects_over_10bn", 2, "百亿级在建项目2个", as_of="2022年7月",
             optional=True),
        fact("天津经开区在建重点项目", "park_group", "projects_over_5bn", 4, "50亿级在建项目4个", as_of="2022年7月",
             optional=True),
        fact("天津经开区在建重点项目", "park_group", "projects_over_1bn", 54, "10亿级在建项目54个", as_of="2022年7月",
             optional=True),
        fact("天津经开区在建重点项目", "park_group", "expected_added_output_cny", 60000000000.0,
             "预计新增年产值超600亿元", qualifier="超", kind="target"),
        fact("天津经开区谋划储备重点项目", "park_group", "projects_count", 79, "共谋划储备重点项目79个,总投资1385亿元",
             as_of="2022年上半年"),
        fact("天津经开区谋划储备重点项目", "park_group", "planned_investment_cny", 138500000000.0, "总投资1385亿元",
             as_of="2022年上半年"),
        fact("天津经开区谋划储备重点项目", "park_group", "projects_over_10bn", 2, "谋划储备2个百亿级项目",
             as_of="2022年上半年", optional=True),
        fact("天津经开区谋划储备重点项目", "park_group", "projects_over_5bn", 5, "5个50亿级项目", as_of="2022年上半年",
             optional=True),
        fact("天津经开区谋划储备重点项目", "park_group", "projects_over_3bn", 4, "4个30亿级项目", as_of="2022年上半年",
             optional=True),
        fact(P, "park", "leading_industry_clusters", 4, "新一代信息技术四大主导产业集群", as_of="2022年", optional=True),
    ])
