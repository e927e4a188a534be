from lib import *

# ---------------- t14 梅州综保区
P = "梅州综保区"
G = "广东省综保区"
write("t14", {
    "title": "广东首个内陆型综保区正式投运",
    "outlet": "南方网（记者 陈晓 何苑妮 何森垚，通讯员 陈琳 陈卓雯；编辑 叶菲），转载于 pprd.org.cn",
    "published": "2021-12", "published_precision": "month",
    "register": "provincial news-portal item on an inland comprehensive bonded zone passing acceptance, with province-wide bonded-zone trade figures",
    "source_url": "http://pprd.org.cn/jmcy/content/post_873644.html",
    "note": "页面无日期；验收日12月2日，年份据同题其他报道（中新网2021年5月“将在6月底建成申请验收”、2021/1202转载）定为2021年"},
    parks=[
        park(P, "一致同意梅州综保区(一期)通过正式验收", city="梅州", province="广东", kind="综合保税区"),
        park("湛江综保区", "已获批在建的湛江综保区、珠海高栏港综保区也将陆续进入验收环节", city="湛江", province="广东",
             kind="综合保税区"),
        park("珠海高栏港综保区", "已获批在建的湛江综保区、珠海高栏港综保区也将陆续进入验收环节", city="珠海",
             province="广东", kind="综合保税区"),
    ],
    institutions=[
        inst("海关总署", "海关总署、发展改革委、财政部等八部委组成联合验收组"),
        inst("发展改革委", "海关总署、发展改革委、财政部等八部委组成联合验收组"),
        inst("财政部", "海关总署、发展改革委、财政部等八部委组成联合验收组"),
        inst("海关总署广东分署", "海关总署广东分署相关负责人表示"),
    ],
    projects=[
        project("梅州综保区(一期)", "一致同意梅州综保区(一期)通过正式验收", park=P, phase="一期", status="竣工",
                status_text="通过正式验收", optional=True, note="园区自身的一期建设，可作项目也可不作"),
        project("湛江综保区", "已获批在建的湛江综保区、珠海高栏港综保区也将陆续进入验收环节", park="湛江综保区",
                status="在建", status_text="已获批在建", optional=True, note="园区自身建设"),
        project("珠海高栏港综保区", "已获批在建的湛江综保区、珠海高栏港综保区也将陆续进入验收环节",
                park="珠海高栏港综保区", status="在建", status_text="已获批在建", optional=True, note="园区自身建设"),
    ],
    facts=[
        fact("广东省正式运作的综保区", "park_group", "parks_count", 9, "也是全省正式投入运作的第9个综保区",
             as_of="2021年12月", note="原文“第9个”"),
        fact(G, "park_group", "trade_value_cny", 417362000000.0, "前10月综保区进出口4173.62亿元", as_of="2021年1-10月"),
        fact(G, "park_group", "trade_value_yoy_growth", 0.1485, "同比增长14.85%,占广东省进出口总值的6.22%",
             kind="ratio", as_of="2021年1-10月", optional=True),
        fact(G, "park_group", "trade_share_of_province", 0.0622, "占广东省进出口总值的6.22%", unit="ratio",
             kind="ratio", as_of="2021年1-10月", optional=True),
        fact(G, "park_group", "export_value_cny", 206764000000.0, "其中出口2067.64亿元", as_of="2021年1-10月"),
        fact(G, "park_group", "export_value_yoy_growth", 0.5001, "出口2067.64亿元,同比增长50.01%", kind="ratio",
             as_of="2021年1-10月", optional=True),
    ])
