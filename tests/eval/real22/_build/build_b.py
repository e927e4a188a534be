#!/usr/bin/env python3
"""Ground truth for m07–m12 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- m07 河南 漯河 79个大项目集中开工 2019
YY = "液压科技产业园"; SH2 = "双汇第二工业园"; G7 = "漯河市2019年第二次集中开工项目"; D7 = "2019年7月12日"
write("m07", dict(
    title="总投资200亿元!漯河市79个大项目集中开工",
    outlet="河南日报（河南日报讯，记者 郭海方；责编 刘征宇）, 国际在线河南频道 hn.cri.cn 转载",
    published="2019-07-15", published_precision="day",
    register="provincial party paper item (national portal's provincial channel) on a city's second batch of project starts: the last county's starts, the batch's count, total and annual planned investment, size bands, industrial and service shares, named projects and firms including a hydraulic technology park's second phase and projects in a food group's industrial park",
    source_url="http://hn.cri.cn/2019-07-15/cd02b681-ccc4-a915-8d83-ec32483278cc.html",
    note="页首“分享”、“河南日报  2019-07-15 09:03:26”一行（日期取此）与文末“责编:刘征宇”已删；段首缩进已删。7月12日舞阳县11个项目开工后，“至此”79个项目全部开工。舞莲面粉、维森生物、双汇只作项目名称的一部分出现"),
  parks=[
    park(YY, "液压科技产业园二期项目", city="漯河", province="河南", kind="产业园（开工项目）", optional=True,
         note="只作项目名称出现（二期开工）"),
    park(SH2, "双汇第二工业园高温火腿肠自动挑拣包装智能化改造", city="漯河", province="河南", kind="企业工业园", optional=True,
         note="双汇集团的工业园，只作项目名称的一部分出现"),
  ],
  companies=[
    comp("德邦物流股份有限公司", "德邦物流股份有限公司大宗物流产业园建设项目", note="所在园区未给"),
    comp("颐海(漯河)食品有限公司", "颐海(漯河)食品有限公司海底捞火锅底料生产等项目", note="所在园区未给"),
    comp("舞莲面粉", "舞莲面粉20万吨小麦深加工智能化改造项目", optional=True, note="只作项目名称的一部分出现；在舞阳县"),
    comp("维森生物", "维森生物医药生物保健品项目", optional=True, note="只作项目名称的一部分出现（“维森生物医药”）"),
    comp("双汇", "双汇第二工业园高温火腿肠自动挑拣包装智能化改造", park=SH2, optional=True,
         note="只作园区与项目名称的一部分出现"),
  ],
  institutions=[
    inst("漯河市发展和改革委员会", "漯河市发改委有关负责人介绍", note="文作“漯河市发改委”"),
  ],
  projects=[
    proj("舞莲面粉20万吨小麦深加工智能化改造项目", "舞莲面粉20万吨小麦深加工智能化改造项目", None, companies=["舞莲面粉"],
         status="开工", status_text="在舞阳县集中开工", note="7月12日在舞阳县开工；所在园区未给"),
    proj("维森生物医药生物保健品项目", "维森生物医药生物保健品项目等11个项目在舞阳县集中开工", None, companies=["维森生物"],
         status="开工", status_text="在舞阳县集中开工", note="7月12日在舞阳县开工；所在园区未给"),
    proj("液压科技产业园二期项目", "液压科技产业园二期项目", YY, phase="二期", status="开工", status_text="集中开工",
         note="79个集中开工项目之一"),
    proj("上亿国际汽车城项目", "上亿国际汽车城项目", None, status="开工", status_text="集中开工", note="所在园区未给"),
    proj("德邦物流股份有限公司大宗物流产业园建设项目", "德邦物流股份有限公司大宗物流产业园建设项目", None,
         companies=["德邦物流股份有限公司"], status="开工", status_text="集中开工", note="所在园区未给"),
    proj("双汇第二工业园高温火腿肠自动挑拣包装智能化改造", "集中开工的双汇第二工业园高温火腿肠自动挑拣包装智能化改造", SH2,
         companies=["双汇"], status="开工", status_text="集中开工"),
    proj("颐海(漯河)食品有限公司海底捞火锅底料生产项目", "颐海(漯河)食品有限公司海底捞火锅底料生产等项目", None,
         companies=["颐海(漯河)食品有限公司"], status="开工", status_text="集中开工",
         aliases=["颐海(漯河)食品有限公司海底捞火锅底料生产"], note="所在园区未给"),
  ],
  facts=[
    fact("舞阳县7月12日集中开工项目", "park_group", "projects_started", 11, "count", "等11个项目在舞阳县集中开工", as_of=D7,
         optional=True),
    fact(G7, "park_group", "projects_started", 79, "count", "漯河市今年第二次集中开工的79个项目全部开工", as_of=D7),
    fact(G7, "park_group", "planned_investment_cny", 20000000000.0, "cny", "全部开工,总投资200亿元", as_of=D7),
    fact(G7, "park_group", "annual_planned_investment_cny", 8400000000.0, "cny", "年度计划投资84亿元", kind="target",
         as_of="2019年"),
    fact(G7, "park_group", "projects_over_1bn_yuan", 6, "count", "总投资超10亿元项目6个", as_of=D7, optional=True),
    fact(G7, "park_group", "projects_500m_to_1bn_yuan", 7, "count", "总投资5亿元—10亿元项目7个", as_of=D7, optional=True),
    fact(G7, "park_group", "projects_100m_to_500m_yuan", 42, "count", "投资1亿元—5亿元项目42个", as_of=D7, optional=True),
    fact(G7, "park_group", "industrial_projects", 28, "count", "工业项目28个", as_of=D7, optional=True),
    fact(G7, "park_group", "service_projects", 24, "count", "服务业项目24个", as_of=D7, optional=True),
    ratio(G7, "park_group", "industrial_projects_share", 0.66, "ratio", "产业项目占比达到66%", as_of=D7),
  ],
)

# ---------------------------------------------------------------- m08 陕西 咸阳市新兴纺织工业园 2020
XX = "咸阳市新兴纺织工业园"; D8 = "2020年10月底"
write("m08", dict(
    title="咸阳市新兴纺织工业园精准发力狠抓重点项目招引",
    outlet="咸阳日报（来源；作者未注明）, 转载页 zgxntex.com（纺织业网站“国内外新闻”栏）",
    published="2020-11-05", published_precision="day",
    register="city daily item (textile-industry site copy) on an industrial park's fourth quarter: projects signed at a city investment week with their total, projects started in the park with two named and their total, preparations for an investor visit, the park's municipal key projects by stage with total, annual planned and completed investment",
    source_url="http://www.zgxntex.com/news/8769.html",
    note="页首“详情”“分类: 国内外新闻”“来源: 咸阳日报”“2020-11-05”（日期取此）“浏览量”与文末“上一篇/下一篇”链接已删。“陕西云通”只作项目名称的一部分出现。园区又称“科技产业园”"),
  parks=[
    park(XX, "咸阳市新兴纺织工业园(科技产业园)四季度全力迎接", city="咸阳", province="陕西", kind="工业园",
         aliases=["市新兴纺织工业园", "科技产业园"], note="以纺织全产业链和汽车整车及零部件企业聚集为重点；文中又作“工业园”“园区”"),
  ],
  companies=[
    comp("陕西云通", "陕西云通新型节能环保建材生产线项目", park=XX, optional=True, note="只作项目名称的一部分出现；项目已在园区开工"),
  ],
  projects=[
    proj("汽车精密部件制造项目", "成功签约汽车精密部件制造、新能源电芯壳配套等5个项目", XX, status="签约",
         status_text="成功签约", note="项目名称据文拟定；5个签约项目之一，投资额未单列"),
    proj("新能源电芯壳配套项目", "新能源电芯壳配套等5个项目,项目总投资约17亿元", XX, status="签约", status_text="成功签约",
         note="项目名称据文拟定；5个签约项目之一，投资额未单列"),
    proj("陕西云通新型节能环保建材生产线项目", "陕西云通新型节能环保建材生产线项目、专用车上装汽车零部件生产项目等6个重点项目已在园区集中开工",
         XX, companies=["陕西云通"], status="开工", status_text="已在园区集中开工", note="投资额未单列"),
    proj("专用车上装汽车零部件生产项目", "专用车上装汽车零部件生产项目等6个重点项目已在园区集中开工", XX, status="开工",
         status_text="已在园区集中开工", note="投资额与企业未给"),
  ],
  facts=[
    fact("咸阳市新兴纺织工业园在百企进咸暨“金秋季”招商专题周签约的项目", "park_group", "projects_signed", 5, "count",
         "新能源电芯壳配套等5个项目", as_of="2020年"),
    fact("咸阳市新兴纺织工业园在百企进咸暨“金秋季”招商专题周签约的项目", "park_group", "planned_investment_cny",
         1700000000.0, "cny", "项目总投资约17亿元", qual="约", qtext="约", as_of="2020年"),
    fact("咸阳市新兴纺织工业园集中开工的重点项目", "park_group", "projects_started", 6, "count",
         "等6个重点项目已在园区集中开工", as_of="2020年"),
    fact("咸阳市新兴纺织工业园集中开工的重点项目", "park_group", "planned_investment_cny", 627000000.0, "cny",
         "项目总投资约6.27亿元", qual="约", qtext="约", as_of="2020年"),
    fact(XX, "park", "key_projects", 21, "count", "市新兴纺织工业园2020年市级重点项目21个", as_of="2020年",
         note="市级重点项目"),
    fact(XX, "park", "new_key_projects", 10, "count", "其中新建10个", as_of="2020年", optional=True),
    fact(XX, "park", "continued_key_projects", 11, "count", "续建11个", as_of="2020年", optional=True),
    fact(XX, "park", "planned_investment_cny", 13470000000.0, "cny", "总投资134.7亿元", as_of="2020年",
         note="21个市级重点项目的总投资"),
    fact(XX, "park", "annual_planned_investment_cny", 3733000000.0, "cny", "年度计划投资37.33亿元", kind="target",
         as_of="2020年"),
    fact(XX, "park", "completed_investment_cny", 3269000000.0, "cny", "截至10月底已完成投资32.69亿元", kind="cumulative",
         as_of=D8),
    ratio(XX, "park", "annual_plan_completion_ratio", 0.8757, "ratio", "占年度计划投资的87.57%", as_of=D8),
    ratio(XX, "park", "completed_investment_yoy_growth", 0.36, "ratio", "同比增长36%", as_of=D8),
  ],
)

# ---------------------------------------------------------------- m09 贵州 剑河工业园区 2021
JH = "剑河工业园区"; SL = "贵州森环活性炭有限公司"
write("m09", dict(
    title=None,
    title_note="页面未存标题：首行“剑河县屯州工业园”是首张图片的说明（与文中另两条图片说明同式），已删；正文以“连日来,随着气温回升”开始；内容为黔东南州剑河县工业园区的入驻企业与产值",
    outlet="贵州广播电视台 动静 movement.gzstv.com（石青青 李南星）",
    published="2021", published_precision="year",
    register="provincial broadcaster's news site item on a county industrial park in early spring: two tenant firms and their orders, output and jobs, the park's founding, industries and infrastructure, the number of firms and above-scale firms and their output",
    source_url="https://movement.gzstv.com/news/detail/7xrzj",
    note="三条图片说明（“剑河县屯州工业园”“剑河民合服饰厂生产内工人正在赶制订单”“贵州森环活性炭有限公司工厂内的自动化流水线”）已删；文末“(石青青 李南星)”照录为末段。页面无日期：文中“2020年公司实现产值”“2021年度的发展目标”“随着气温回升”，发表当在2021年初春，记作2021（年份推定）。森环“一个亿以上的产值”（2021年目标）无阿拉伯数字，未记为 fact"),
  parks=[
    park(JH, "距黔东南州剑河县城12公里外的剑河工业园区", city="黔东南州", district="剑河县", province="贵州",
         kind="县级工业园区", aliases=["剑河县工业园区"], note="始建于2004年；文中又作“剑河县工业园区”“园区”"),
  ],
  companies=[
    comp("剑河民合服饰有限公司", "剑河民合服饰有限公司厂长郭婵婵说", park=JH, note="在园区标准厂房生产；出口欧美订单"),
    comp(SL, "贵州森环活性炭有限公司董事长舒洪南告诉记者", park=JH, note="“入驻以来”，重点工业企业、列入省重大项目"),
  ],
  institutions=[
    inst("剑河县工业园区管理委员会", "据剑河县工业园区管理委员会副主任龙安江介绍"),
  ],
  facts=[
    fact(JH, "park", "enterprises", 21, "count", "截至目前剑河工业园区总共入驻了21家企业", as_of="2021年初"),
    fact(JH, "park", "enterprises_above_scale", 5, "count", "其中规模以上企业有5家", as_of="2021年初"),
    fact(JH, "park", "above_scale_output_value_cny", 259000000.0, "cny", "2020年规模以上企业完成工业总产值2.59亿元",
         as_of="2020年"),
    fact(SL, "company", "output_value", 60000000.0, "cny", "2020年公司实现产值6000多万元", qtext="多", as_of="2020年",
         note="“6000多万元”：多 → qualifier null；metric 不加 _cny（同 real12 z06 的“多”）"),
    fact(SL, "company", "employees", 100, "count", "就业人数100多个", qtext="多", as_of="2020年", optional=True),
  ],
)

# ---------------------------------------------------------------- m10 广东 珠海金湾区(珠海经济技术开发区) 2022
ZH = "珠海经济技术开发区"; G10 = "金湾区(珠海经济技术开发区)产业发展大会签约项目"; D10 = "2022年5月7日"
SIGNERS = ["兴森快捷", "新宙邦科技", "锐骏半导体", "宏昌电子", "赛纬电子", "中力新能源", "钧崴电子", "优巨新材料", "孚延盛科技"]
ev_list = "欣旺达、兴森快捷、新宙邦科技、锐骏半导体、宏昌电子、赛纬电子、中力新能源、钧崴电子、优巨新材料、孚延盛科技等10个项目代表与金湾区政府签订合作框架协议"
write("m10", dict(
    title=None,
    title_note="页面未存标题（新浪财经转载页），正文以“7日,珠海市金湾区(珠海经济技术开发区)产业发展大会”开始；内容为金湾区（珠海经开区）产业发展大会的签约项目、十家企业与欣旺达动力电池项目、2025年目标与今年引进项目",
    outlet="新浪财经 finance.sina.com.cn 转载（原刊未注明；“(人民币,下同)”“(完)”为中新社电讯体例）",
    published="2022-05-07", published_precision="day",
    register="wire-style item (finance portal copy) on a district-cum-development-zone's industry conference: 63 projects signed and started with their total, ten firms signing framework agreements, the largest project's investment, the district's policies and 2025 targets, the year's newly introduced projects by sector",
    source_url="https://finance.sina.com.cn/stock/relnews/cn/2022-05-07/doc-imcwipii8598798.shtml",
    note="文末“(完)”照录；其后新浪财经的广告与 APP 推广行已删。日期取 URL（2022-05-07），“7日”即5月7日。金湾区与珠海经济技术开发区为同一区域（“金湾区(珠海经济技术开发区)”“金湾区(开发区)”），十家企业与“金湾区政府”签约，记作落户珠海经开区；2025年目标与今年引进项目以“金湾区”为主语，记作 region/park_group（optional）"),
  parks=[
    park(ZH, "7日,珠海市金湾区(珠海经济技术开发区)产业发展大会", city="珠海", district="金湾区", province="广东",
         kind="国家级经济技术开发区", note="与金湾区合署（“金湾区(开发区)”）"),
  ],
  companies=[comp("欣旺达", ev_list, park=ZH, note="签订合作框架协议；欣旺达动力电池项目总投资120亿元")]
           + [comp(n, n + ("等10个项目代表" if n == "孚延盛科技" else "、"), park=ZH,
                   note="与金湾区政府签订合作框架协议的10个项目代表之一") for n in SIGNERS],
  institutions=[
    inst("珠海市金湾区人民政府", "10个项目代表与金湾区政府签订合作框架协议", note="文作“金湾区政府”"),
  ],
  projects=[
    proj("欣旺达动力电池项目", "其中,欣旺达动力电池项目总投资120亿元,是本次签约投资额最大的招商引资项目", ZH,
         companies=["欣旺达"], cny=12000000000.0, text="总投资120亿元", status="签约", status_text="签订合作框架协议",
         note="本次签约投资额最大的项目"),
  ] + [proj(n + "项目", n + ("等10个项目代表" if n == "孚延盛科技" else "、"), ZH, companies=[n], status="签约",
            status_text="签订合作框架协议", optional=True, note="以企业名称代项目；项目内容与投资额未给")
       for n in SIGNERS],
  facts=[
    fact(G10, "park_group", "projects_signed", 63, "count", "63个项目在会上集中签约动工", as_of=D10,
         note="含重点项目、银企合作、载体建设、园区配套、智库服务；“集中签约动工”"),
    fact(G10, "park_group", "planned_investment_cny", 180000000000.0, "cny", "总投资合作金额超过1800亿元", qual="超",
         qtext="超过", as_of=D10, note="“总投资合作金额”"),
    fact("与金湾区政府签订合作框架协议的10个项目", "park_group", "projects_signed", 10, "count",
         "孚延盛科技等10个项目代表与金湾区政府签订合作框架协议", as_of=D10, optional=True),
    fact("金湾区", "region", "above_scale_output_value_cny", 400000000000.0, "cny", "规模以上工业总产值超过4000亿元",
         qual="超", qtext="超过", kind="target", as_of="2025年", optional=True),
    fact("金湾区", "region", "enterprises_above_scale", 1000, "count", "规模以上工业企业1000家", kind="target",
         as_of="2025年", optional=True),
    fact("金湾区", "region", "high_tech_enterprises", 900, "count", "高新技术企业900家的倍增目标", kind="target",
         as_of="2025年", optional=True),
    fact("金湾区2022年新引进亿元以上项目", "park_group", "projects_signed", 27, "count", "金湾区已新引进亿元以上项目27个",
         as_of="2022年5月", optional=True, note="“新引进”"),
    fact("金湾区2022年新引进亿元以上项目", "park_group", "planned_investment_cny", 33641000000.0, "cny", "总投资336.41亿元",
         as_of="2022年5月", optional=True),
    fact("金湾区2022年新引进亿元以上项目", "park_group", "expected_output_value_cny", 60000000000.0, "cny",
         "总产值超600亿元", qual="超", qtext="超", kind="target", as_of="2022年5月", optional=True,
         note="似为这些项目的预计总产值"),
  ],
)

# ---------------------------------------------------------------- m11 北京 昌平 2022生命科学国际论坛 26个项目 2022
WL = "未来科学城"; SMG = "生命谷"; G11 = "2022北京·昌平生命科学国际论坛集中签约的重大产业项目"; D11 = "2022年11月"
SIGN = "集中签约"
def sp(name, ev, cos, **k):
    return proj(name, ev, None, companies=cos, status="签约", status_text=SIGN,
                note=k.pop("note", "所在园区未给"), **k)
write("m11", dict(
    title=None,
    title_note="页面未存标题，正文以“记者获悉,通过近日在线上举办的2022北京·昌平生命科学国际论坛”开始；内容为昌平区在生命科学国际论坛上集中签约的26个项目、未来科学城“两谷一园”与重点推进项目",
    outlet="原刊未注明（“记者获悉”）, 转载页 yc.xinxuanze.com.cn",
    published="2022-11-27", published_precision="day",
    register="city news item (reposted) on a district's life-science forum signing: 26 projects with total investment and expected revenue, named projects by type and their firms, the district's science city with its two valleys and one college park, key projects to be pushed",
    source_url="http://yc.xinxuanze.com.cn/zuiguandian/2022/1127/93159.html",
    note="页首“(资料图片仅供参考)”与文末“热图推荐”及其链接已删。日期取 URL 路径 2022/1127；论坛在“近日”。签约项目的所在园区文中未给；末段重点项目为建设“生命谷”而推进，是否位于生命谷未明言"),
  parks=[
    park(WL, "聚焦做大做强未来科学城", city="北京", district="昌平区", province="北京", kind="科学城"),
    park(SMG, "形成了由生命谷、能源谷和沙河高教园组成的“两谷一园”创新发展格局", city="北京", district="昌平区",
         province="北京", kind="产业园区（生命科学）", parent=WL),
    park("能源谷", "由生命谷、能源谷和沙河高教园组成", city="北京", district="昌平区", province="北京",
         kind="产业园区（能源）", parent=WL),
    park("沙河高教园", "能源谷和沙河高教园组成的“两谷一园”", city="北京", district="昌平区", province="北京",
         kind="高教园区", parent=WL, optional=True, note="高校园区，非产业园"),
  ],
  companies=[
    comp("国药", "昌平区集中签约了国药、先正达、科兴、万泰、优脑银河等26个重大产业项目", note="签约企业；所在园区未给"),
    comp("先正达", "国药、先正达、科兴、万泰、优脑银河等26个", note="签约企业；所在园区未给"),
    comp("科兴", "先正达、科兴、万泰、优脑银河等26个", note="签约企业；所在园区未给"),
    comp("万泰", "科兴、万泰、优脑银河等26个", note="签约企业；所在园区未给"),
    comp("优脑银河", "万泰、优脑银河等26个重大产业项目", note="签约企业；项目未具名"),
    comp("爱美客技术发展股份有限公司", "美丽健康重大项目为爱美客技术发展股份有限公司医疗健康美丽基地", note="所在园区未给"),
    comp("北京瑞健高科生物科技有限公司", "北京瑞健高科生物科技有限公司生产总部基地", note="所在园区未给"),
    comp("微方程公司", "如微方程公司北京总部", note="所在园区未给"),
    comp("卓诚惠生", "卓诚惠生先进体外诊断技术研发转化基地", optional=True, note="只作项目名称的一部分出现"),
    comp("扬子江", "扬子江北京创新中心", optional=True, note="只作项目名称的一部分出现"),
    comp("鲲鹏基因", "鲲鹏基因总部基地", optional=True, note="只作项目名称的一部分出现"),
    comp("伊和汇泽", "伊和汇泽数字医疗专科专病健康领域创新技术孵化", optional=True, note="只作项目名称的一部分出现"),
    comp("丹纳赫", "丹纳赫医药健康企业技术服务项目", optional=True, note="只作项目名称的一部分出现（全球五百强外资项目）"),
    comp("国药器械", "国药器械北京总部基地及医疗器械产业园项目", optional=True, note="只作项目名称的一部分出现"),
    comp("诺华", "加快推进诺华研发中心", optional=True, note="只作项目名称的一部分出现"),
    comp("百济神州", "百济神州中试生产基地", optional=True, note="只作项目名称的一部分出现"),
    comp("诺诚健华", "诺诚健华创新药物生产基地", optional=True, note="只作项目名称的一部分出现"),
  ],
  projects=[
    sp("科兴高精尖成果转化基地", "重大项目包括科兴高精尖成果转化基地", ["科兴"],
       note="签约项目，又列为加快推进的重点项目；所在园区未给"),
    sp("万泰创新疫苗产业基地", "万泰创新疫苗产业基地", ["万泰"]),
    sp("卓诚惠生先进体外诊断技术研发转化基地", "卓诚惠生先进体外诊断技术研发转化基地", ["卓诚惠生"]),
    sp("扬子江北京创新中心", "扬子江北京创新中心等", ["扬子江"]),
    sp("鲲鹏基因总部基地", "医疗器械类重大项目包括鲲鹏基因总部基地", ["鲲鹏基因"]),
    sp("伊和汇泽数字医疗专科专病健康领域创新技术孵化", "伊和汇泽数字医疗专科专病健康领域创新技术孵化等", ["伊和汇泽"]),
    sp("爱美客技术发展股份有限公司医疗健康美丽基地", "爱美客技术发展股份有限公司医疗健康美丽基地", ["爱美客技术发展股份有限公司"]),
    sp("丹纳赫医药健康企业技术服务项目", "如丹纳赫医药健康企业技术服务项目", ["丹纳赫"]),
    sp("先正达北京创新中心二期", "先正达北京创新中心二期", ["先正达"], phase="二期"),
    sp("国药器械北京总部基地及医疗器械产业园项目", "国药器械北京总部基地及医疗器械产业园项目", ["国药器械"]),
    sp("微方程公司北京总部", "如微方程公司北京总部", ["微方程公司"]),
    sp("北京瑞健高科生物科技有限公司生产总部基地", "北京瑞健高科生物科技有限公司生产总部基地等", ["北京瑞健高科生物科技有限公司"]),
    proj("诺华研发中心", "加快推进诺华研发中心", None, companies=["诺华"], status="在建", status_text="加快推进",
         optional=True, note="重点推进项目，阶段未明；为建设生命谷而推进，所在园区未明言"),
    proj("百济神州中试生产基地", "百济神州中试生产基地", None, companies=["百济神州"], status="在建", status_text="加快推进",
         optional=True, note="重点推进项目，阶段未明；所在园区未明言"),
    proj("诺诚健华创新药物生产基地", "诺诚健华创新药物生产基地等一批重点项目", None, companies=["诺诚健华"], status="在建",
         status_text="加快推进", optional=True, note="重点推进项目，阶段未明；所在园区未明言"),
  ],
  facts=[
    fact(G11, "park_group", "projects_signed", 26, "count", "优脑银河等26个重大产业项目", as_of=D11),
    fact(G11, "park_group", "planned_investment_cny", 10800000000.0, "cny", "预计实现总投资108亿元", as_of=D11,
         note="“预计实现总投资”"),
    fact(G11, "park_group", "expected_revenue_cny", 72500000000.0, "cny", "未来5年累计营收将超过725亿元", qual="超",
         qtext="超过", kind="target", as_of="未来5年"),
  ],
)

# ---------------------------------------------------------------- m12 福建 东山县 杏陈云生工业园 2024
YS = "云生工业园"; YSC = "东山县云生仓储有限公司"; D12 = "2024年11月26日"
write("m12", dict(
    title="杏陈云生工业园项目正式落成并启用",
    outlet="东山县融媒体中心（“东山融媒”公众号；作者 朱春燕，来源 东山县融媒体中心 杏陈镇）, 转载页 wxredian.com",
    published="2024-11-27", published_precision="day",
    register="county media centre's news account item on a village-enterprise industrial park's completion: the owner firm and two first tenants signing, the park's co-building model, land, investment and factory floor space, the tenants' expected output and jobs, the town's targets for the park",
    source_url="https://wxredian.com/art?id=8d0c8ef6042d1d1ef074afd14640860e",
    note="转载页的“政务 2024-11-27 19:33 福建”一行（日期取此）、公众号摘要“昨天(11月26日”、重复标题与副题“两家企业签约入驻”、两条图片说明（企业名）、文末来源/作者/编辑/校对/审核/监制行、投稿邮箱与公众号简介已删；段首缩进已删。东山县属漳州市（地名据常识，文中未写市名）"),
  parks=[
    park(YS, "据了解,云生工业园是杏陈镇“村企合作”重点项目之一", city="漳州", district="东山县", province="福建",
         kind="镇级集约化工业园区（村企合作）", aliases=["杏陈云生工业园"],
         note="园区兼项目：杏陈云生工业园项目落成启用（见 projects）；由张家村村委会与东山县云生仓储有限公司共建"),
  ],
  companies=[
    comp(YSC, "园区业主单位东山县云生仓储有限公司", park=YS, note="园区业主单位，与村委会签约共建"),
    comp("东山县合庆木业有限公司", "首批入驻园区的企业东山县合庆木业有限公司", park=YS, note="首批签约入驻"),
    comp("云霄瑞顿户外安全运动用品有限公司", "云霄瑞顿户外安全运动用品有限公司进行签约", park=YS, note="首批签约入驻"),
  ],
  institutions=[
    inst("张家村村委会", "由张家村村委会和东山县云生仓储有限公司签约共建", kind="other", note="村集体出土地"),
  ],
  projects=[
    proj("杏陈云生工业园项目", "该项目占地70亩,总投资5000万元", YS, companies=[YSC], cny=50000000.0, text="总投资5000万元",
         status="竣工", status_text="正式落成并启用", aliases=["杏陈云生工业园"],
         note="将原云生机砖厂开发为集约化工业园区；村集体出土地、企业出资金"),
  ],
  facts=[
    fact(YS, "park", "land_area_mu", 70, "mu", "该项目占地70亩", as_of=D12),
    fact(YS, "park", "standard_factory_floor_area_m2", 20000, "m2", "建有通用厂房约2万平方米", qual="约", qtext="约",
         as_of=D12, note="通用厂房"),
    fact(YS, "park", "enterprises_signed", 2, "count", "本次签约入驻项目园区的两家企业", as_of=D12, optional=True,
         note="数字为汉字“两家”"),
    fact("云生工业园首批签约入驻的两家企业", "park_group", "expected_output_value_cny", 200000000.0, "cny",
         "预计年产值约2亿元", qual="约", qtext="约", kind="target", as_of=D12),
    fact(YS, "park", "enterprises_above_scale", 35, "count", "预计在园区内培育35家规模工业", kind="target", as_of=D12),
    fact(YS, "park", "output_value_cny", 500000000.0, "cny", "推动园区年产值突破5亿元", qual="超", qtext="突破",
         kind="target", as_of=D12),
    fact(YS, "park", "jobs", 1000, "count", "解决近1000名群众就业", qual="约", qtext="近", kind="target", as_of=D12),
    fact("张家村", "region", "village_collective_income_increase_cny", 350000.0, "cny", "村集体增收35万元", kind="target",
         as_of=D12, optional=True),
  ],
)
