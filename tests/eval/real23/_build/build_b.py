#!/usr/bin/env python3
"""Ground truth for n07–n12 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- n07 四川 成都4个开发区升省级 2019
PJ = "四川蒲江经济开发区"; QY = "成都青羊工业集中发展区"; LT = "成都龙潭都市工业集中发展区"; QBJ = "成都青白江经济开发区"
D7 = "2019年1月"
write("n07", dict(
    title="成都4个开发区升“省级”",
    outlet="西南商报（陈泳 李萌）, 转载页 m.yybnet.net（蒲江栏）",
    published="2019-01-29", published_precision="day",
    register="city paper item (local portal copy) on a provincial approval of new provincial-level development zones: the province's total, the city's four zones named with their leading industries and approved areas",
    source_url="https://m.yybnet.net/chengdu/pujiang/201901/8646607.html",
    note="页首“西南商报 2019-01-29 10:38 大字”一行（日期取此）、重复的标题、文末“新闻推荐”及其下的他条新闻、栏目简介与“相关新闻”已删。末段末“陈泳 李萌”（作者）照录。核准面积以公顷计（metric approved_area_ha，unit ha）。四园均在成都市；区县据园名（蒲江、青羊、青白江），龙潭所在区文中未写",
  ),
  parks=[
    park(PJ, "四川省政府批复同意设立四川蒲江经济开发区等64家省级开发区", city="成都", district="蒲江县", province="四川",
         kind="省级开发区（新设）", aliases=["成都市蒲江经济开发区"], note="主导产业食品、医药、印刷、包装"),
    park(QY, "成都青羊工业集中发展区以航空航天器、饮料、金属制品为主导产业", city="成都", district="青羊区", province="四川",
         kind="省级开发区（新设）", aliases=["青羊工业集中发展区"], note="主导产业航空航天器、饮料、金属制品"),
    park(LT, "成都龙潭都市工业集中发展区以装备制造、电子信息、节能环保为主导产业", city="成都", province="四川",
         kind="省级开发区（新设）", aliases=["龙潭都市工业集中发展区"], note="主导产业装备制造、电子信息、节能环保"),
    park(QBJ, "成都青白江经济开发区以装备制造、建材为主导产业", city="成都", district="青白江区", province="四川",
         kind="省级开发区（新设）", aliases=["青白江经济开发区"], note="主导产业装备制造、建材"),
  ],
  institutions=[
    inst("四川省人民政府", "四川省政府批复同意设立四川蒲江经济开发区等64家省级开发区", note="文作“四川省政府”；川府函〔2019〕20号"),
  ],
  facts=[
    fact("四川省政府批复设立的省级开发区（川府函〔2019〕20号）", "park_group", "parks_count", 64, "count",
         "批复同意设立四川蒲江经济开发区等64家省级开发区", as_of=D7),
    fact("成都市新增省级开发区", "park_group", "parks_count", 4, "count", "成都市又新增4家省级开发区", as_of=D7),
    fact(PJ, "park", "approved_area_ha", 523.14, "ha", "核准面积为523.14公顷", as_of=D7),
    fact(QY, "park", "approved_area_ha", 344.09, "ha", "核准面积为344.09公顷", as_of=D7),
    fact(LT, "park", "approved_area_ha", 812.72, "ha", "核准面积为812.72公顷", as_of=D7),
    fact(QBJ, "park", "approved_area_ha", 428.74, "ha", "核准面积为428.74公顷", as_of=D7),
  ],
)

# ---------------------------------------------------------------- n08 江苏 溧阳 江苏中关村科技产业园 创投 2019
ZG = "江苏中关村科技产业园"; VC = "江苏中关村科技产业园区内创投企业（创投基金）"; D8 = "2019年10月"
write("n08", dict(
    title="江苏中关村科技产业园获评省级创业投资综合服务基地称号",
    outlet="溧阳市人民政府（来源）, 转载页 investchn.com（发布开发区：江苏溧阳经济开发区）",
    published="2019-11-02", published_precision="day",
    register="city government item (investment-portal copy) on a science park's provincial venture-capital recognition: the park's venture firms, the funds' total and paid-in size, state and outside contributions, investees and listed ones, firms drawn in, capital received by firms",
    source_url="https://investchn.com/index.php/home/news/detail/id/65574.html",
    note="页首“发布时间:2019-11-02 来源:溧阳市人民政府 发布开发区:江苏溧阳经济开发区”一行（日期取此）已删。认定公示在10月30日。文中无具名基金：园区16家创投企业“集聚创投基金总规模99.27亿元”，记作园区创投企业（基金）的 park_group 事实，不另立 funds 记录；“获评“省级创业投资综合服务基地”称号”无数字。溧阳为常州市辖县级市（地名据常识）",
  ),
  parks=[
    park(ZG, "我市江苏中关村科技产业园获评“省级创业投资综合服务基地”称号", city="常州", district="溧阳市", province="江苏",
         kind="科技产业园", note="获评省级创业投资综合服务基地；文中又作“园区”“区内”"),
  ],
  institutions=[
    inst("江苏省发改委", "经江苏省发改委公布", note="公布认定名单"),
  ],
  facts=[
    fact(VC, "park_group", "enterprises", 16, "count", "园区内开展创业投资业务的创投企业共16家", as_of=D8, note="创投企业（开展创业投资业务）"),
    fact(VC, "park_group", "fund_size_cny", 9927000000.0, "cny", "集聚创投基金总规模99.27亿元", as_of=D8),
    fact(VC, "park_group", "fund_paid_in_cny", 6759000000.0, "cny", "实缴规模67.59亿元", as_of=D8),
    fact(VC, "park_group", "fund_paid_in_from_state_cny", 2407000000.0, "cny", "其中区内国资主体实缴出资24.07亿元", as_of=D8,
         optional=True),
    fact(VC, "park_group", "fund_paid_in_from_social_capital_cny", 4352000000.0, "cny",
         "撬动社会资本和溧阳市外资本实缴投资43.52亿元", as_of=D8, optional=True),
    fact(VC, "park_group", "fund_projects_invested", 24, "count", "区内创投企业共投资企业24家", as_of=D8, kind="cumulative"),
    fact(VC, "park_group", "listed_companies", 5, "count", "其中上市公司5家", as_of=D8, optional=True, note="被投企业中的上市公司"),
    fact(VC, "park_group", "enterprises_attracted", 8, "count", "通过投资带动招引区外8家规模以上企业在本地落户", as_of=D8,
         kind="cumulative"),
    fact(ZG, "park", "venture_capital_received_cny", 2876000000.0, "cny", "实体企业累计获得创投资本28.76亿元", as_of=D8,
         kind="cumulative", note="园区实体企业累计获得的创投资本"),
  ],
)

# ---------------------------------------------------------------- n09 辽宁 营口辽河经济开发区 2023一季度
LH = "营口辽河经济开发区"; Q1 = "2023年一季度"
write("n09", dict(
    title=None,
    title_note="页面未存标题，正文以“今年以来,营口辽河经济开发区全力实施全面振兴新突破三年行动”开始；内容为营口辽河经济开发区2023年一季度主要经济指标",
    outlet="转载页 hot.ddnet.1s.cn（韩雅竹，记者 徐鑫；原刊未注明）",
    published="2023-06-02", published_precision="day",
    register="local news item (reposted) on a development zone's first quarter: expansion area, an anchor state firm, first-quarter fixed-asset investment, projects started or resumed, tax revenue and signed projects with growth and plan completion",
    source_url="http://hot.ddnet.1s.cn/hot/20230602/15172.html",
    note="页首“(资料图)”已删；末行“韩雅竹 记者 徐鑫”（作者）照录为末段。页面无日期，取 URL 路径 20230602；数据为2023年一季度（“今年一季度”）。“千万元以上开复工项目”记作 projects_started（同前例）",
  ),
  parks=[
    park(LH, "营口辽河经济开发区全力实施全面振兴新突破三年行动", city="营口", province="辽宁", kind="经济开发区",
         note="清洁能源高端装备制造产业；二期南扩区域4.12平方公里"),
  ],
  companies=[
    comp("中国海装", "充分发挥中国海装“央字头”企业拉动作用", park=LH, note="园区内的央企（“央字头”企业），带动清洁能源高端装备制造产业"),
  ],
  facts=[
    fact(LH, "park", "expansion_area_km2", 4.12, "km2", "积极推动二期南扩区域4.12平方公里开发建设", as_of="2023年",
         optional=True, note="二期南扩区域"),
    fact(LH, "park", "fixed_asset_investment_cny", 250000000.0, "cny", "营口辽河经济开发区固定资产投资2.5亿元", as_of=Q1),
    ratio(LH, "park", "fixed_asset_investment_yoy_growth", 0.25, "ratio", "同比增长25%", as_of=Q1),
    ratio(LH, "park", "fixed_asset_investment_plan_completion", 0.258, "ratio", "完成年计划的25.8%", as_of=Q1),
    fact(LH, "park", "projects_started", 21, "count", "千万元以上开复工项目21个", as_of=Q1, note="千万元以上开复工项目"),
    ratio(LH, "park", "projects_started_plan_completion", 0.84, "ratio", "完成年计划的84%", as_of=Q1),
    fact(LH, "park", "tax_revenue_cny", 71230000.0, "cny", "税收收入7123万元", as_of=Q1),
    ratio(LH, "park", "tax_revenue_plan_completion", 0.264, "ratio", "完成年计划的26.4%", as_of=Q1),
    fact(LH, "park", "projects_signed", 10, "count", "签约项目10个", as_of=Q1),
    ratio(LH, "park", "projects_signed_plan_completion", 0.526, "ratio", "完成年计划的52.6%", as_of=Q1),
  ],
)

# ---------------------------------------------------------------- n10 福建 国家级经开区2021年度考核评价 2023
DQ = "东侨经开区"; LY = "龙岩经开区"; HC = "厦门海沧台商投资区"; Y10 = "2021年度"
write("n10", dict(
    title=None,
    title_note="页面未存标题，正文以“根据《国家级经济技术开发区综合发展水平考核评价办法(2021年版)》”开始；内容为福建省国家级经开区在商务部2021年度综合发展水平考核评价中的排名",
    outlet="转载页 te-ch.tech（科技网站“新闻”栏；原刊未注明，文中主语为福建省商务厅）",
    published="2023", published_precision="year",
    register="provincial commerce-department item (tech-site copy) on the national ranking of state-level economic and technological development zones: the province's zones improving, three zones with their national rank, eastern-region rank and improvement, the department's follow-up",
    source_url="http://te-ch.tech/news/show-211147.html",
    note="文末转载站“免责声明”已删。页面无日期：商务部于2022年下半年开展2021年度考评、“近日公布”，文中又提“党的二十大精神”（2022年10月后），发表当在2022年末至2023年，记作2023（年份，推定）。东侨经开区在宁德、龙岩经开区在龙岩（地名据常识/园名），文中未写市名",
  ),
  parks=[
    park(DQ, "其中东侨经开区综合排名再次进入全国前三十", city="宁德", province="福建", kind="国家级经济技术开发区",
         note="城市据常识（宁德东侨经济技术开发区）"),
    park(LY, "龙岩经开区和厦门海沧台商投资区综合排名分别为67位和89位", city="龙岩", province="福建", kind="国家级经济技术开发区"),
    park(HC, "厦门海沧台商投资区综合排名分别为67位和89位", city="厦门", province="福建", kind="国家级经济技术开发区（台商投资区）"),
  ],
  institutions=[
    inst("商务部", "商务部于2022年下半年组织开展了2021年度国家级经济技术开发区"),
    inst("福建省商务厅", "下一步,省商务厅将认真贯彻落实党的二十大精神", note="文作“省商务厅”"),
  ],
  facts=[
    fact(DQ, "park", "national_rank", 22, "count", "位列第22位(东部第20位)", as_of=Y10, note="全国217家国家级经开区综合排名"),
    fact(DQ, "park", "eastern_region_rank", 20, "count", "东部第20位", as_of=Y10, optional=True),
    fact(DQ, "park", "rank_improvement", 4, "count", "比上年提升4位", as_of=Y10, optional=True),
    fact(LY, "park", "national_rank", 67, "count", "综合排名分别为67位和89位", as_of=Y10),
    fact(LY, "park", "rank_improvement", 64, "count", "提升64位和13位", as_of=Y10, optional=True),
    fact(HC, "park", "national_rank", 89, "count", "分别为67位和89位", as_of=Y10),
    fact(HC, "park", "rank_improvement", 13, "count", "提升64位和13位", as_of=Y10, optional=True),
    fact("福建省国家级经开区", "park_group", "parks_count", 10, "count", "福建省10家国家级经开区有7家综合排名位次提升", as_of=Y10),
    fact("福建省国家级经开区", "park_group", "parks_rank_improved", 7, "count", "有7家综合排名位次提升", as_of=Y10, optional=True),
    fact("全国国家级经开区（2021年度考核评价）", "park_group", "parks_count", 217, "count",
         "在全国217家国家级经开区综合发展水平考核评价结果排名中", as_of=Y10, optional=True),
    fact("东部国家级经开区（2021年度考核评价）", "park_group", "parks_count", 107, "count", "东部共107家国家级经开区参评",
         as_of=Y10, optional=True),
  ],
)

# ---------------------------------------------------------------- n11 云南 楚雄市 彝族火把节招商推介会 2024
CXG = "楚雄高新区"; D11 = "2024年7月28日"; G11 = "楚雄市2024年彝族火把节招商引资推介会签约企业"
KZ = "重庆凯洲实业集团有限公司"; KL = "宾川昆林麻业有限公司"
write("n11", dict(
    title=None,
    title_note="页面未存标题，正文以“7月28日,“投资楚雄•共赢未来”楚雄市2024年彝族火把节招商引资推介会举行”开始；内容为楚雄市与楚雄高新区在火把节招商推介会上与10家企业签约",
    outlet="楚雄市人民政府网站 cxs.gov.cn（作者未注明）",
    published="2024-07", published_precision="month",
    register="county-level city government site item on its festival investment fair: firms attending, the city government and the high-tech zone's committee signing with ten firms, sectors and the signing total, the mayor's pitch, two named signing firms",
    source_url="https://www.cxs.gov.cn/info/1011/99758.htm",
    note="页面只存正文，无删节；“投资楚雄•共赢未来”中的“•”照录；“120余家企业齐聚楚雄”为与会企业数，非园区数据，未记。页面无日期行：推介会在7月28日（“2024年彝族火把节”），发表当在2024年7月末，记作2024-07（月）。10家企业同时与楚雄市人民政府和楚雄高新区管委会签约，是否落户高新区未明言，企业不记所在园区",
  ),
  parks=[
    park(CXG, "楚雄市人民政府、楚雄高新区管委会与10家企业在会上签约", city="楚雄州", district="楚雄市", province="云南",
         kind="高新区", note="与市政府一道签约"),
  ],
  companies=[
    comp(KZ, "在会上与重庆凯洲实业集团有限公司、宾川昆林麻业有限公司等10家企业签约",
         note="与楚雄市人民政府、楚雄高新区管委会签约；落户地未明言"),
    comp(KL, "宾川昆林麻业有限公司等10家企业签约", note="同上"),
  ],
  institutions=[
    inst("楚雄市人民政府", "楚雄市人民政府、楚雄高新区管委会与10家企业在会上签约"),
    inst("楚雄高新区管委会", "楚雄高新区管委会与10家企业在会上签约"),
  ],
  projects=[
    proj("重庆凯洲实业集团有限公司签约项目", "在会上与重庆凯洲实业集团有限公司、宾川昆林麻业有限公司等10家企业签约", None,
         companies=[KZ], status="签约", status_text="签约", optional=True, note="以企业名称代项目；内容与投资额未给"),
    proj("宾川昆林麻业有限公司签约项目", "宾川昆林麻业有限公司等10家企业签约", None, companies=[KL], status="签约",
         status_text="签约", optional=True, note="以企业名称代项目；内容与投资额未给"),
  ],
  facts=[
    fact(G11, "park_group", "enterprises_signed", 10, "count", "楚雄高新区管委会与10家企业在会上签约", as_of=D11),
    fact(G11, "park_group", "signed_investment_cny", 6300000000.0, "cny", "签约总规模63亿元", as_of=D11),
  ],
)

# ---------------------------------------------------------------- n12 新疆 塔城重点开发开放试验区先行发展区 2024
TC = "新疆塔城重点开发开放试验区"; XX = "新疆塔城重点开发开放试验区先行发展区"; D12 = "2024年11月"
SANY = "三一(塔城)风电设备有限公司"; ZS = "中水四局(塔城)能源装备有限公司"
write("n12", dict(
    title="新疆塔城重点开发开放试验区加快建设 先行发展区企业落地见效",
    outlet="中新社（苟继鹏、禹瑞斋；编辑 刘阳禾）, 转载页 melab.com.tw",
    published="2024-11-10", published_precision="day",
    register="wire item (mirror copy) on a border opening-up pilot zone's early-development area: expected industrial output in ten months, cumulative infrastructure investment, platforms under construction, two tenant firms in production with capacity, output and exports, cumulative firms and projects",
    source_url="http://melab.com.tw/uploads/xinwen.asp?Q=sY2rg.html",
    note="转载页的“发布时间:2024-11-16 12:30:35 来源: sp20241116”一行（年份取此）与同一行末的“【编辑:刘阳禾】”已删；段首缩进已删；“(完)”照录。日期取电头“11月10日电”。“(人民币,下同)”照录。“已获批两年多”无确数，未记",
  ),
  parks=[
    park(TC, "已获批两年多的新疆塔城重点开发开放试验区正加快建设", city="塔城地区", province="新疆", kind="重点开发开放试验区",
         note="已获批两年多"),
    park(XX, "今年前10月,该试验区先行发展区预计实现工业产值3亿元", city="塔城地区", province="新疆",
         kind="试验区先行发展区", parent=TC, aliases=["先行发展区"], note="文中多作“先行发展区”"),
    park("新能源创新产业园", "新能源创新产业园、国际物流园、进口商品落地加工产业园等产业承接平台正加快建成", city="塔城地区",
         province="新疆", kind="产业承接平台（在建）", parent=XX),
    park("国际物流园", "国际物流园、进口商品落地加工产业园等产业承接平台正加快建成", city="塔城地区", province="新疆",
         kind="物流园（产业承接平台，在建）", parent=XX, optional=True, note="物流园区"),
    park("进口商品落地加工产业园", "进口商品落地加工产业园等产业承接平台正加快建成", city="塔城地区", province="新疆",
         kind="产业承接平台（在建）", parent=XX),
  ],
  companies=[
    comp(SANY, "三一(塔城)风电设备有限公司是先行发展区首批招商引资、首批入驻、首家投产企业", park=XX,
         note="首批入驻、首家投产（2024年4月底投产）"),
    comp(ZS, "紧邻该公司的是中水四局(塔城)能源装备有限公司,于今年5月投产", park=XX, note="2024年5月投产；生产风电塔筒"),
  ],
  institutions=[
    inst("新疆塔城重点开发开放试验区管委会", "记者日前从新疆塔城重点开发开放试验区管委会获悉"),
  ],
  projects=[
    proj("三一(塔城)风电设备有限公司风电设备生产项目", "三一(塔城)风电设备有限公司是先行发展区首批招商引资、首批入驻、首家投产企业",
         XX, companies=[SANY], status="投产", status_text="首家投产企业（今年4月底投产）", optional=True,
         note="以企业名称代项目；年设计生产风力发电机组100万千瓦、叶片600支"),
    proj("中水四局(塔城)能源装备有限公司风电塔筒生产项目", "中水四局(塔城)能源装备有限公司,于今年5月投产", XX, companies=[ZS],
         status="投产", status_text="于今年5月投产", optional=True, note="以企业名称代项目"),
  ],
  facts=[
    fact(XX, "park", "industrial_output_value_cny", 300000000.0, "cny", "预计实现工业产值3亿元(人民币,下同)以上", qual="超",
         qtext="以上", as_of="2024年1-10月", note="“预计”：前10月的预计完成数（估计值，非目标）；“以上” → 超"),
    fact(XX, "park", "cumulative_investment_cny", 6000000000.0, "cny", "先行发展区已累计投资近60亿元", qual="约", qtext="近",
         kind="cumulative", as_of=D12, note="主要用于基础设施"),
    fact(XX, "park", "enterprises", 63, "count", "先行发展区已累计入驻63家企业", kind="cumulative", as_of=D12),
    fact(XX, "park", "projects_landed", 75, "count", "75个项目落地建设", kind="cumulative", as_of=D12),
    fact(SANY, "company", "annual_capacity_kw", 1000000, "kw", "年设计生产风力发电机组100万千瓦", as_of=D12, optional=True),
    fact(SANY, "company", "annual_capacity_units", 600, "count", "叶片600支", as_of=D12, optional=True, note="年设计产能：叶片"),
    fact(SANY, "company", "units_produced", 150, "count", "截至目前已生产150支叶片", kind="cumulative", as_of=D12,
         optional=True),
    fact(SANY, "company", "export_output_value", 20000000.0, "cny", "该公司已出口产品产值2000多万元", qtext="多", as_of="2024年",
         kind="cumulative", note="“2000多万元”：多 → qualifier null；metric 不加 _cny（同前例）"),
    fact(ZS, "company", "orders_completed", 60, "count", "公司已完成60多套风电塔筒的制造订单", qtext="多", kind="cumulative",
         as_of=D12, optional=True),
    fact(ZS, "company", "output_value_cny", 200000000.0, "cny", "产值逾2亿元", qual="超", qtext="逾", kind="cumulative",
         as_of=D12, note="自投产以来"),
  ],
)
