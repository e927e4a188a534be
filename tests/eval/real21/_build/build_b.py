#!/usr/bin/env python3
"""Ground truth for k07–k12 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- k07 宁波 小微企业园 2020
HJ = "汇聚产业小微园"; BL = "浙江布利杰博锐产业园"; WY = "万洋众创城"; JC = "宁波集成电路装备及模组产业基地"
NB = "宁波市小微企业园"; D7 = "2020年11月"
write("k07", dict(
    title=None, title_note="页面未存标题（电子版内容页），正文以“本报讯(记者殷聪 通讯员刘青)”开始；内容为宁波小微企业园的产值税收、省级认定数与新建园区",
    outlet="宁波日报（本报讯，记者 殷聪、通讯员 刘青）, daily.cnnb.com.cn 电子版",
    published="2020-11-08", published_precision="day",
    register="municipal party paper item on a city's small and micro enterprise parks: a tenant's view, the parks' 2019 sales output and tax, the fifth provincial batch and the cumulative count of recognised parks with the provincial share, a new park landing with its planned investment, a project in an integrated-circuit equipment base, parks completed and started, new tenants",
    source_url="http://daily.cnnb.com.cn/nbrb/html/2020-11/08/content_1245341.htm?div=-1",
    note="文末电子版竖线“|”已删。所存正文为一段，段间以空格相隔（“大好。 在宁波”等四处），照录为一段。日期取 URL 路径（电子版日期）"),
  parks=[
    park(HJ, "企业入驻汇聚产业小微园后", city="宁波", province="浙江", kind="小微企业园",
         note="浙江合塑实业集团有限公司所在园区"),
    park(BL, "我市的浙江布利杰博锐产业园等9个园区入选", city="宁波", province="浙江", kind="小微企业园（省级认定）",
         note="入选省经信厅第五批审核认定小微企业园名单"),
    park(WY, "10月23日,万洋众创城落户象山石浦", city="宁波", district="象山县", province="浙江", kind="制造业集聚平台（落户项目）",
         note="园区兼项目：落户象山石浦，计划总投资50亿元（见 projects）；“象山石浦”为象山县石浦镇"),
    park(JC, "在位于云龙镇的宁波集成电路装备及模组产业基地", city="宁波", province="浙江", kind="产业基地",
         note="位于云龙镇"),
  ],
  companies=[
    comp("浙江合塑实业集团有限公司", "浙江合塑实业集团有限公司经理姜龙杰告诉记者", park=HJ, aliases=["合塑实业"],
         note="入驻汇聚产业小微园；文中又作“合塑实业”"),
  ],
  institutions=[
    inst("浙江省经济和信息化厅", "在近期省经信厅公布的第五批审核认定小微企业园名单中", note="文作“省经信厅”"),
  ],
  projects=[
    proj(WY, "万洋众创城落户象山石浦,计划总投资50亿元", WY, cny=5000000000.0, text="计划总投资50亿元", status="签约",
         status_text="落户", note="10月23日落户；主导产业高端装备制造、汽模配、新材料"),
    proj("宁波盛吉盛装备项目", "宁波盛吉盛装备项目正紧锣密鼓地推进,预计今年底可部分完工", JC, status="在建",
         status_text="正紧锣密鼓地推进,预计今年底可部分完工", note="投资额与企业全称未给"),
  ],
  facts=[
    fact(NB, "park_group", "sales_output_value_cny", 80800000000.0, "cny", "全市小微企业园内企业实现销售产值808亿元",
         as_of="2019年", note="“据不完全统计”"),
    fact(NB, "park_group", "tax_revenue_cny", 2557000000.0, "cny", "创造税收25.57亿元", as_of="2019年"),
    fact("宁波入选浙江省第五批审核认定的小微企业园", "park_group", "parks_count", 9, "count", "等9个园区入选",
         as_of="2020年"),
    fact("宁波市通过省级认定的小微企业园", "park_group", "parks_count", 131, "count", "全市通过省级认定的小微企业园累计达131个",
         kind="cumulative", as_of=D7),
    ratio("宁波市通过省级认定的小微企业园", "park_group", "share_of_province", 0.14, "ratio", "占全省总数的14%", as_of=D7),
    fact(NB, "park_group", "parks_completed", 19, "count", "我市已有19个园区建设完工", kind="cumulative", as_of=D7,
         note="新建、改建的小微企业园"),
    fact(NB, "park_group", "parks_started", 24, "count", "24个园区开工", as_of=D7, note="新建、改建的小微企业园"),
    fact(NB, "park_group", "new_enterprises", 1000, "count", "新入驻小微企业园企业超1000家", qual="超", as_of=D7),
  ],
)

# ---------------------------------------------------------------- k08 福建 第四季度集中开工 2020
ZZ = "漳州台商投资区"; YX = "尤溪县香精香料产业园"; F4 = "福建省第四季度集中开工重大项目"; D8 = "2020年11月26日"
write("k08", dict(
    title="福建第四季度集中开工重大项目234个 总投资1881亿元",
    outlet="福建日报（周琳/文，关建东/图）, 晋江新闻网 ijjnews.com 转载",
    published="2020-11-26", published_precision="day",
    register="provincial party paper item (city portal copy) on a province's fourth-quarter batch of major project starts by video link: the first three quarters' starts, the quarter's count and total, the split into infrastructure, industrial and social projects, ten typical projects including one in a Taiwan investment zone and a county flavour-and-fragrance industrial park",
    source_url="http://news.ijjnews.com/system/2020/11/26/030045077.shtml",
    note="页首位置行“您当前所在位置: 晋江新闻网 > …”、“www.ijjnews.com来源:福建日报2020-11-26 17:58”一行（日期取此）、编辑名“陈子汉”与“特别说明”已删；段首缩进已删；文末“(周琳/文 关建东/图)”照录为末段。“26日”开工即2020年11月26日"),
  parks=[
    park(ZZ, "漳州台商投资区华晴卫星应用", city="漳州", province="福建", kind="台商投资区",
         note="文中只作项目名称的前缀出现"),
    park(YX, "三明尤溪县香精香料产业园", city="三明", district="尤溪县", province="福建", kind="产业园（开工项目）",
         aliases=["三明尤溪县香精香料产业园"], note="园区兼项目：列为集中开工的典型示范项目（见 projects）"),
  ],
  companies=[
    comp("立邦", "立邦新型材料泉州生产基地", optional=True, note="只作项目名称的一部分出现"),
    comp("宁德新能源科技", "宁德新能源科技四期", optional=True, note="只作项目名称的一部分出现"),
  ],
  projects=[
    proj("福建光电信息科学与技术实验室", "其中包括福建光电信息科学与技术实验室", None, status="开工", status_text="集中开工",
         optional=True, note="科研平台，非产业园区项目"),
    proj("厦门智能创新中心", "厦门智能创新中心", None, status="开工", status_text="集中开工", optional=True),
    proj("华晴卫星应用", "漳州台商投资区华晴卫星应用", ZZ, status="开工", status_text="集中开工",
         aliases=["漳州台商投资区华晴卫星应用"]),
    proj("立邦新型材料泉州生产基地", "立邦新型材料泉州生产基地", None, ["立邦"], status="开工", status_text="集中开工",
         note="所在园区未给"),
    proj(YX, "三明尤溪县香精香料产业园", YX, status="开工", status_text="集中开工", aliases=["三明尤溪县香精香料产业园"]),
    proj("莆田北岸离子装置及配置设备生产基地", "莆田北岸离子装置及配置设备生产基地", None, status="开工", status_text="集中开工",
         note="“北岸”为地名，文中未作园区"),
    proj("南平武夷山市新型城镇化景城融合发展工程", "南平武夷山市新型城镇化景城融合发展工程", None, status="开工",
         status_text="集中开工", optional=True, note="城镇化工程，非产业项目"),
    proj("龙岩永定国动通信产业南方基地", "龙岩永定国动通信产业南方基地", None, status="开工", status_text="集中开工"),
    proj("宁德新能源科技四期", "宁德新能源科技四期", None, ["宁德新能源科技"], phase="四期", status="开工",
         status_text="集中开工"),
    proj("平潭海洋科技文化中心", "平潭海洋科技文化中心等典型示范项目", None, status="开工", status_text="集中开工",
         optional=True, note="文化设施，非产业项目"),
  ],
  facts=[
    fact(F4, "park_group", "projects_started", 234, "count", "共开工重大项目234个、总投资1881亿元", as_of=D8),
    fact(F4, "park_group", "planned_investment_cny", 188100000000.0, "cny", "总投资1881亿元。省委书记", as_of=D8),
    fact("福建省前三季度集中开工重大项目", "park_group", "projects_started", 763, "count", "前三季度共开工重大项目763个",
         kind="cumulative", as_of="2020年前三季度"),
    fact("福建省前三季度集中开工重大项目", "park_group", "planned_investment_cny", 575900000000.0, "cny",
         "总投资5759亿元,对推动全省经济", kind="cumulative", as_of="2020年前三季度"),
    fact("福建省第四季度集中开工的基础设施项目", "park_group", "projects_started", 54, "count", "基础设施项目54个", as_of=D8,
         optional=True),
    fact("福建省第四季度集中开工的基础设施项目", "park_group", "planned_investment_cny", 50500000000.0, "cny",
         "总投资505亿元", as_of=D8, optional=True),
    fact("福建省第四季度集中开工的产业项目", "park_group", "projects_started", 132, "count", "产业项目132个", as_of=D8,
         optional=True),
    fact("福建省第四季度集中开工的产业项目", "park_group", "planned_investment_cny", 110800000000.0, "cny",
         "总投资1108亿元", as_of=D8, optional=True),
    fact("福建省第四季度集中开工的社会民生项目", "park_group", "projects_started", 48, "count", "社会民生项目48个", as_of=D8,
         optional=True),
    fact("福建省第四季度集中开工的社会民生项目", "park_group", "planned_investment_cny", 26800000000.0, "cny",
         "总投资268亿元", as_of=D8, optional=True),
  ],
)

# ---------------------------------------------------------------- k09 上海 2021全球投资促进大会 特色产业园区
P1 = "上海市首批26个特色产业园区"; P2 = "上海第二批14个特色产业园区"; S9 = "2021上海全球投资促进大会集中签约的216个重大产业项目"
A1 = "2020年3月至2021年4月"
write("k09", dict(
    title=None, title_note="页面未存标题（电子版），正文以电头“本报上海4月7日电 (记者沈文敏)”开始；内容为2021上海全球投资促进大会集中签约与上海特色产业园区",
    outlet="人民日报（本报上海4月7日电，记者 沈文敏）, paper.people.com.cn 电子版",
    published="2021-04-08", published_precision="day",
    register="national party paper item on a city's investment promotion conference: projects signed and their total, the first batch of featured industrial parks' year (new signed projects, investment, industry scale, revenue), the second batch of featured parks and private headquarters clusters with their land and floor space, the city's industrial output and new foreign-invested firms",
    source_url="http://paper.people.com.cn/rmrb/html/2021-04/08/nw.D110000renmrb_20210408_6-11.htm",
    note="页面只存正文，无删节。日期取 URL 路径（电子版日期）；大会在4月7日。文中无单个园区名，事实以园区组为主体"),
  facts=[
    fact(S9, "park_group", "projects_signed", 216, "count", "216个重大产业项目集中签约", as_of="2021年4月7日"),
    fact(S9, "park_group", "planned_investment_cny", 489800000000.0, "cny", "总投资4898亿元", as_of="2021年4月7日"),
    fact(P1, "park_group", "parks_count", 26, "count", "上海市首批26个特色产业园区集中发布", as_of="2020年3月"),
    fact(P1, "park_group", "projects_signed", 600, "count", "首批特色园区新签约项目数超过600个", qual="超", qtext="超过",
         kind="cumulative", as_of=A1, note="“一年来”"),
    fact(P1, "park_group", "planned_investment_cny", 200000000000.0, "cny", "总投资超过2000亿元", qual="超", qtext="超过",
         kind="cumulative", as_of=A1, note="一年来新签约项目的总投资"),
    fact(P1, "park_group", "industry_scale_cny", 300000000000.0, "cny", "特色产业规模超过3000亿元", qual="超", qtext="超过",
         as_of="2021年4月"),
    fact(P1, "park_group", "revenue_cny", 400000000000.0, "cny", "营业收入超过4000亿元", qual="超", qtext="超过",
         as_of="2021年4月", note="“一年来”"),
    fact(P2, "park_group", "parks_count", 14, "count", "上海第二批14个特色产业园区", as_of="2021年4月7日"),
    fact("上海3个民营企业总部集聚区", "park_group", "parks_count", 3, "count", "3个民营企业总部集聚区", as_of="2021年4月7日",
         optional=True, note="与第二批特色园区同时发布；是否算园区有疑"),
    fact(P2, "park_group", "planned_area_km2", 50, "km2", "第二批特色园区总规划面积超过50平方公里", qual="超", qtext="超过",
         as_of="2021年4月"),
    fact(P2, "park_group", "planned_industrial_land_km2", 30, "km2", "规划产业用地超过30平方公里", qual="超", qtext="超过",
         as_of="2021年4月"),
    fact(P2, "park_group", "available_industrial_land_km2", 14, "km2", "近期可供产业用地超14平方公里", qual="超",
         as_of="2021年4月"),
    fact(P2, "park_group", "available_floor_area_m2", 12000000, "m2", "可供物业近1200万平方米", qual="约", qtext="近",
         as_of="2021年4月"),
    fact("上海市", "region", "industrial_output_value_cny", 586690000000.0, "cny", "上海市工业完成总产值5866.90亿元",
         as_of="2021年1—2月", optional=True),
    ratio("上海市", "region", "industrial_output_value_yoy_growth", 0.394, "ratio", "同比增长39.4%", as_of="2021年1—2月"),
    fact("上海市", "region", "new_foreign_invested_enterprises", 942, "count", "全市新增外商直接投资企业数942家",
         as_of="2021年1—2月", optional=True),
    ratio("上海市", "region", "new_foreign_invested_enterprises_yoy_growth", 0.491, "ratio", "比去年同期增长49.1%",
          as_of="2021年1—2月"),
  ],
)

# ---------------------------------------------------------------- k10 银川 工业园区 2022年1~2月
YC = "银川市工业园区"; M = "2022年1~2月"; YJ = "银川经济技术开发区"; YG = "银川高新技术产业开发区"; SY = "苏银产业园"
IF = "银川市工业园区2022年谋划的基础设施建设项目"
write("k10", dict(
    title=None, title_note="页面未存标题，正文以“3月28日,记者从银川市工业和信息化局获悉”开始；内容为银川市工业园区2022年1~2月运行、签约落地项目与基础设施项目",
    outlet="记者 鲍淑玲（报名未注明，疑为银川日报）, 转载页 chinawznews.net",
    published="2022-03-30", published_precision="day",
    register="city paper item (reposted) on a city's industrial parks in January–February: above-scale output, fixed-asset and industrial investment, tax, projects signed and landed with a breakdown by three parks, the year's park infrastructure projects by stage, key firms and projects named by the city's industry bureau",
    source_url="https://chinawznews.net/content/2022033068950.html",
    note="页面只存正文，无删节；文末“(记者鲍淑玲)”照录。日期取转载页 URL（20220330）；记者3月28日获悉，数据为2022年1~2月"),
  parks=[
    park(YJ, "银川经济技术开发区共签约5个项目", city="银川", province="宁夏", kind="国家级经济技术开发区"),
    park(YG, "银川高新技术产业开发区共签约2个项目", city="银川", province="宁夏", kind="高新技术产业开发区"),
    park(SY, "苏银产业园共签约4个项目", city="银川", province="宁夏", kind="产业园"),
  ],
  companies=[
    comp("隆基", "我们将紧盯隆基系列公司", note="文作“隆基系列公司”；工业园区骨干企业，所在园区未给"),
    comp("泰益欣生物科技公司", "泰益欣生物科技公司、小牛自动化设备公司等工业园区骨干企业", note="所在园区未给"),
    comp("小牛自动化设备公司", "小牛自动化设备公司等工业园区骨干企业", note="所在园区未给"),
    comp("中环", "紧盯中环50GW(G12)太阳能级单晶硅材料", optional=True, note="只作项目名称的一部分出现"),
    comp("鑫晶盛", "鑫晶盛工业蓝宝石制造加工", optional=True, note="只作项目名称的一部分出现"),
    comp("银变科技", "银变科技绿色节能型变压器", optional=True, note="只作项目名称的一部分出现"),
  ],
  institutions=[
    inst("银川市工业和信息化局", "记者从银川市工业和信息化局获悉"),
  ],
  projects=[
    proj("中环50GW(G12)太阳能级单晶硅材料", "紧盯中环50GW(G12)太阳能级单晶硅材料", None, ["中环"], status="在建",
         status_text="紧盯…项目建设进度", note="所在园区未给"),
    proj("鑫晶盛工业蓝宝石制造加工", "鑫晶盛工业蓝宝石制造加工", None, ["鑫晶盛"], status="在建",
         status_text="紧盯…项目建设进度", note="所在园区未给"),
    proj("银变科技绿色节能型变压器", "银变科技绿色节能型变压器等项目建设进度", None, ["银变科技"], status="在建",
         status_text="紧盯…项目建设进度", note="所在园区未给"),
  ],
  facts=[
    fact(YC, "park_group", "above_scale_output_value_cny", 12927000000.0, "cny", "全市工业园区完成规模以上工业产值129.27亿元", as_of=M),
    ratio(YC, "park_group", "above_scale_output_value_yoy_growth", 0.2607, "ratio", "同比增长26.07%;固定资产投资", as_of=M),
    fact(YC, "park_group", "fixed_asset_investment_cny", 782000000.0, "cny", "固定资产投资7.82亿元", as_of=M),
    ratio(YC, "park_group", "fixed_asset_investment_yoy_growth", 1.07, "ratio", "同比增长107%", as_of=M),
    fact(YC, "park_group", "industrial_investment_cny", 741000000.0, "cny", "其中工业投资7.41亿元", as_of=M),
    ratio(YC, "park_group", "industrial_investment_yoy_growth", 1.9, "ratio", "同比增长190%", as_of=M),
    fact(YC, "park_group", "tax_revenue_cny", 620000000.0, "cny", "完成税收6.2亿元", as_of=M),
    ratio(YC, "park_group", "tax_revenue_yoy_growth", 0.36, "ratio", "同比增长36%", as_of=M),
    fact(YC, "park_group", "projects_signed", 11, "count", "全市工业园区共签约落地项目11个", as_of=M),
    fact(YC, "park_group", "planned_investment_cny", 8739000000.0, "cny", "预计投资87.39亿元", as_of=M),
    fact(YJ, "park", "projects_signed", 5, "count", "银川经济技术开发区共签约5个项目", as_of=M),
    fact(YJ, "park", "planned_investment_cny", 8000000000.0, "cny", "总投资80亿元;银川高新", as_of=M),
    fact(YG, "park", "projects_signed", 2, "count", "银川高新技术产业开发区共签约2个项目", as_of=M),
    fact(YG, "park", "planned_investment_cny", 632000000.0, "cny", "总投资6.32亿元", as_of=M),
    fact(SY, "park", "projects_signed", 4, "count", "苏银产业园共签约4个项目", as_of=M),
    fact(SY, "park", "planned_investment_cny", 107000000.0, "cny", "总投资1.07亿元", as_of=M),
    fact(IF, "park_group", "planned_projects", 19, "count", "全市工业园区共谋划基础设施建设项目19个", as_of="2022年"),
    fact(IF, "park_group", "planned_investment_cny", 4980000000.0, "cny", "总投资49.8亿元,年度计划投资20.19亿元", as_of="2022年"),
    fact(IF, "park_group", "annual_planned_investment_cny", 2019000000.0, "cny", "年度计划投资20.19亿元。其中", kind="target",
         as_of="2022年"),
    fact("银川市工业园区2022年续建基础设施项目", "park_group", "projects_count", 6, "count", "续建项目6个", as_of="2022年",
         optional=True),
    fact("银川市工业园区2022年续建基础设施项目", "park_group", "annual_planned_investment_cny", 1529000000.0, "cny",
         "年度计划投资15.29亿元", kind="target", as_of="2022年", optional=True),
    fact("银川市工业园区2022年新建基础设施项目", "park_group", "projects_count", 7, "count", "新建项目7个", as_of="2022年",
         optional=True),
    fact("银川市工业园区2022年新建基础设施项目", "park_group", "annual_planned_investment_cny", 226000000.0, "cny",
         "年度计划投资2.26亿元", kind="target", as_of="2022年", optional=True),
    fact("银川市工业园区2022年拟建基础设施项目", "park_group", "projects_count", 6, "count", "拟建项目6个", as_of="2022年",
         optional=True),
    fact("银川市工业园区2022年拟建基础设施项目", "park_group", "annual_planned_investment_cny", 264000000.0, "cny",
         "年度计划投资2.64亿元", kind="target", as_of="2022年", optional=True),
  ],
)

# ---------------------------------------------------------------- k11 辽宁 第二批化工园区 2022
D11 = "2022年11月9日"
CHEM = [
    ("沈阳化学工业园", "分别是沈阳化学工业园", "沈阳", None, None),
    ("大连大孤山化工园区", "大连大孤山化工园区", "大连", None, None),
    ("抚顺高新技术产业开发区化工及精细化工园区", "抚顺高新技术产业开发区化工及精细化工园区", "抚顺", None, "抚顺高新技术产业开发区"),
    ("鞍山精细有机新材料化工产业园", "鞍山精细有机新材料化工产业园", "鞍山", None, None),
    ("辽宁(营口)沿海产业基地化工产业区", "辽宁(营口)沿海产业基地化工产业区", "营口", None, "辽宁(营口)沿海产业基地"),
    ("东港市前阳精细化工产业园区", "东港市前阳精细化工产业园区", "丹东", "东港市", None),
    ("锦州滨海化工产业园区", "锦州滨海化工产业园区", "锦州", None, None),
    ("朝阳柳城经济开发区化工园区", "朝阳柳城经济开发区化工园区", "朝阳", None, "朝阳柳城经济开发区"),
    ("盘锦帅乡工业园区", "盘锦帅乡工业园区。", "盘锦", None, None),
]
PARENTS = [
    ("抚顺高新技术产业开发区", "抚顺", "高新技术产业开发区"),
    ("辽宁(营口)沿海产业基地", "营口", "沿海产业基地"),
    ("朝阳柳城经济开发区", "朝阳", "经济开发区"),
]
write("k11", dict(
    title="9家!辽宁省第二批化工园区名单发布",
    outlet="辽宁省工信厅（页面“信息来源:辽宁省工信厅”）, 农药资讯网 jsppa.com.cn（江苏省农药协会）转载",
    published="2022-11-14", published_precision="day",
    register="trade-association site item (pesticides) relaying a provincial department's notice: the second batch of nine recognised chemical parks named one by one, the management requirements, the first batch's count and date",
    source_url="http://jsppa.com.cn/news/safe/8058.html",
    note="页首“发布日期:2022-11-14 信息来源:辽宁省工信厅”一行（日期取此）、两处表格标题“表1/表2 辽宁省化工园区名单(…)”（表格未存）、“63K”“热门文章”与“网站声明”四条已删；段首缩进已删。通知11月9日公布；第一批2021年9月27日公布"),
  parks=[park(n, ev, city=c, district=dist, province="辽宁", kind="化工园区（第二批认定）", parent=par) for n, ev, c, dist, par in CHEM]
        + [park(n, n, city=c, province="辽宁", kind=k, optional=True, note="只作化工园区名称的一部分出现")
           for n, c, k in PARENTS],
  institutions=[
    inst("辽宁省工业和信息化厅", "辽宁省工业和信息化厅网站公布了", note="第一批由工信厅、发展改革委、自然资源厅、生态环境厅、应急管理厅共同公布"),
    inst("辽宁省发展改革委", "辽宁省工业和信息化厅、发展改革委、自然资源厅", note="文作“发展改革委”（第一批通知的公布方之一）"),
    inst("辽宁省自然资源厅", "发展改革委、自然资源厅、生态环境厅", note="文作“自然资源厅”"),
    inst("辽宁省生态环境厅", "自然资源厅、生态环境厅、应急管理厅", note="文作“生态环境厅”"),
    inst("辽宁省应急管理厅", "生态环境厅、应急管理厅公布", note="文作“应急管理厅”"),
  ],
  facts=[
    fact("辽宁省第二批认定化工园区", "park_group", "parks_count", 9, "count", "第二批共认定9家化工园区", as_of=D11),
    fact("辽宁省第一批认定化工园区", "park_group", "parks_count", 22, "count", "共有22家园区入选", as_of="2021年9月27日"),
  ],
)

# ---------------------------------------------------------------- k12 包头 稀土永磁电机产业园 2024
BT = "包头稀土高新区"; YC12 = "包头稀土永磁电机产业园"; WL = "卧龙永磁电机产业园"
write("k12", dict(
    title=None, title_note="页面未存标题，正文以“(草原云•内蒙古新闻网记者 周 蕾)”开始；内容为包头稀土高新区稀土永磁电机产业园建设与永磁电机项目落地",
    outlet="草原云•内蒙古新闻网（记者 周蕾）, 网易 hhht.news.163.com 转载",
    published="2024-08-02", published_precision="day",
    register="provincial news portal item (national portal's city channel copy) on a permanent-magnet motor industrial park in a high-tech zone: land, construction period, first tenants, standard factories and utilities started, the city's landed and targeted motor projects, named rare-earth material and motor firms' projects",
    source_url="https://hhht.news.163.com/24/0802/09/J8J13N1Q04138EI3.html",
    note="页面只存正文（约620字，短于摘录上限），无删节。日期取 URL 路径（24/0802）；记者采访在7月28日"),
  parks=[
    park(BT, "记者在包头稀土高新区占地5000亩的稀土永磁电机产业园内看到", city="包头", province="内蒙古", kind="国家高新区"),
    park(YC12, "规划建设了占地5000亩的包头稀土永磁电机产业园", city="包头", province="内蒙古", kind="专业产业园",
         parent=BT, aliases=["稀土永磁电机产业园"], note="位于包头稀土高新区；今年6月初首批企业入驻"),
    park(WL, "是“卧龙永磁电机产业园”项目大干快建的火热场面", city="包头", province="内蒙古", kind="园中园（在建项目）",
         parent=YC12, optional=True, note="在稀土永磁电机产业园内，作为项目出现（见 projects）"),
  ],
  companies=[
    comp("华宏科技", "华宏科技、招宝磁业、鑫霖磁业等标志性项目都已开工或完成前期准备工作", note="稀土永磁材料方面；所在园区未给"),
    comp("招宝磁业", "华宏科技、招宝磁业、鑫霖磁业等标志性项目", note="所在园区未给"),
    comp("鑫霖磁业", "鑫霖磁业等标志性项目都已开工或完成前期准备工作", note="所在园区未给"),
    comp("卧龙集团", "卧龙集团、中加特电气、北方嘉轩、韩国磁化电子等标志性项目已开工建设",
         note="稀土永磁电机方面；“卧龙永磁电机产业园”项目据名称对应，园区未直接说"),
    comp("中加特电气", "卧龙集团、中加特电气、北方嘉轩", note="所在园区未给"),
    comp("北方嘉轩", "中加特电气、北方嘉轩、韩国磁化电子", note="所在园区未给"),
    comp("韩国磁化电子", "韩国磁化电子等标志性项目已开工建设", note="所在园区未给"),
  ],
  projects=[
    proj(WL, "是“卧龙永磁电机产业园”项目大干快建的火热场面", YC12, ["卧龙集团"], status="在建", status_text="大干快建",
         note="企业据名称对应；投资额未给"),
    proj("华宏科技", "华宏科技、招宝磁业、鑫霖磁业等标志性项目都已开工或完成前期准备工作", None, ["华宏科技"],
         status_text="已开工或完成前期准备工作", optional=True, note="以企业名称代项目；状态二者之一，不定"),
    proj("招宝磁业", "华宏科技、招宝磁业、鑫霖磁业等标志性项目都已开工或完成前期准备工作", None, ["招宝磁业"],
         status_text="已开工或完成前期准备工作", optional=True, note="以企业名称代项目；状态不定"),
    proj("鑫霖磁业", "华宏科技、招宝磁业、鑫霖磁业等标志性项目都已开工或完成前期准备工作", None, ["鑫霖磁业"],
         status_text="已开工或完成前期准备工作", optional=True, note="以企业名称代项目；状态不定"),
    proj("中加特电气", "卧龙集团、中加特电气、北方嘉轩、韩国磁化电子等标志性项目已开工建设", None, ["中加特电气"],
         status="开工", status_text="已开工建设", optional=True, note="以企业名称代项目"),
    proj("北方嘉轩", "卧龙集团、中加特电气、北方嘉轩、韩国磁化电子等标志性项目已开工建设", None, ["北方嘉轩"],
         status="开工", status_text="已开工建设", optional=True, note="以企业名称代项目"),
    proj("韩国磁化电子", "卧龙集团、中加特电气、北方嘉轩、韩国磁化电子等标志性项目已开工建设", None, ["韩国磁化电子"],
         status="开工", status_text="已开工建设", optional=True, note="以企业名称代项目"),
  ],
  facts=[
    fact(YC12, "park", "land_area_mu", 5000, "mu", "规划建设了占地5000亩的包头稀土永磁电机产业园"),
    fact(YC12, "park", "construction_months", 8, "months", "历时8个月的建设工期", optional=True),
    fact(YC12, "park", "standard_factory_floor_area_m2", 72000, "m2", "7.2万平方米标准化厂房", as_of="2024年7月",
         optional=True, note="在建：标准化厂房等配套设施工程“已全面启动”"),
    fact("包头市", "region", "motor_projects_landed", 14, "count", "现已落地永磁电机项目14个", as_of="2024年7月"),
    fact("包头市", "region", "motor_projects_landed", 30, "count", "年底将落地30个以上", kind="target", qual="超",
         qtext="以上", as_of="2024年底"),
  ],
)
