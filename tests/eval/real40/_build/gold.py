# real40 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real39: evidence verbatim (every text here is simplified script, as published); names as written in
# the text; 逾/超过/超/以上/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); an amount not in digits+亿元/万元 form
# (zj01 “20余亿元”, zj03 “超过150亿”) is not put in investment_cny / *_cny: facts use the suffix _rmb (unit cny) as
# real35/37/39, projects keep investment_text with investment_cny null (unparsed=True, as real25 q04 / real39 zi08).
# City: filled where the text (or the park's own name) names the prefecture-level city; null where only a county-level city
# is named (district then holds it: zj03 宁乡市, zj10 琼海市); province filled from the city, the park's name or the outlet
# where the text omits it.
# Projects: the park is the one the text places the project in; where the text names no park the project's park is null
# (zj02). Status from the text's words (签约 / 开工 / 在建).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zjNN.raw as returned.

# ---------------------------------------------------------------- zj01 日喀则经济开发区 (西藏), 新华社 2019
RK = "日喀则经济开发区"
R0 = "新华社拉萨12月18日消息,西藏自治区政府近日正式批复设立自治区级日喀则经济开发区,旨在打造我国“一带一路”和面向南亚开放合作的重要平台"
R1 = "2018年,西藏外贸进出口总额实现48亿元人民币,其中日喀则市外贸进出口总额39.45亿元,占全区外贸进出口总额的80%以上"
R2 = "规范控制范围超过34平方公里,匡算园区总投资600亿元,其中基建投资300亿元,招商等其他投资300亿元"
R3 = "“目前已实施项目18个,完成投资20余亿元"
R4 = "力争实现全社会固定资产投资30亿元、工业总产值2亿元目标"
G["zj01"] = dict(
 article=art("西藏批复设立日喀则经济开发区", "新华社（新华社拉萨电），经澎湃新闻，载于 m.yybnet.net（焦点·今日国内）", "2019-12-18", "day",
  "National news agency item (via a news app, on a regional portal): the Tibet government approves a regional-level economic development zone — the prefecture's foreign trade, the zone's control area, estimated total investment split into infrastructure and other, projects so far, 2020 targets (力争)",
  "https://m.yybnet.net/news/china/201912/10022630.html",
  "日期取页面“新华社 2019-12-18 18:04 大字”（该行、页首“焦点> 今日国内> 正文”、文末“(原题为《西藏批复设立日喀则经济开发区》)(本文来自澎湃新闻…)”与“新闻推荐/相关推荐”已删）。正文五段，完整；第三、五段引语内的嵌套引号照录（原文即如此）。开发区为自治区级经济开发区，在日喀则市城区南部；省份西藏。“匡算园区总投资600亿元”及其两部分、“规范控制范围超过34平方公里”为规划数（target）。“完成投资20余亿元”不是“数字+亿元”形式，事实用 _rmb 后缀。2020年两项“力争”目标记 target。外贸数字主语是西藏、日喀则市（region）。18个已实施项目未具名，无项目记录。管委会主任拉巴次仁。",
  "zj01"),
 parks=[
  park(RK, "日喀则", "西藏", "自治区级经济开发区", R0, note="西藏自治区政府近日批复设立；位于日喀则市城区南部"),
 ],
 institutions=[
  inst("西藏自治区政府", R0, note="批复设立开发区"),
 ],
 aggregate_facts=[
  fact("日喀则市", "region", "foreign_trade_2018_cny", 3.945e9, "cny", "其中日喀则市外贸进出口总额39.45亿元", "2018年"),
  fact("日喀则市", "region", "foreign_trade_share_of_tibet", 0.8, "ratio", "占全区外贸进出口总额的80%以上", "2018年", kind="ratio",
       qual="超", qtext="以上"),
  fact("西藏", "region", "foreign_trade_2018_cny", 4.8e9, "cny", R1, "2018年", opt=True, note="“48亿元人民币”"),
  fact(RK, "park", "planned_control_area_km2", 34, "km2", "规范控制范围超过34平方公里", "规划", kind="target", qual="超", qtext="超过"),
  fact(RK, "park", "planned_total_investment_cny", 6e10, "cny", "匡算园区总投资600亿元", "规划（匡算）", kind="target"),
  fact(RK, "park", "planned_infrastructure_investment_cny", 3e10, "cny", "其中基建投资300亿元", "规划（匡算）", kind="target"),
  fact(RK, "park", "planned_other_investment_cny", 3e10, "cny", "招商等其他投资300亿元", "规划（匡算）", kind="target", opt=True,
       note="与基建投资同为300亿元"),
  fact(RK, "park", "projects_implemented", 18, "count", R3, "2019年12月", kind="cumulative"),
  fact(RK, "park", "investment_completed_rmb", 2e9, "cny", "完成投资20余亿元", "2019年12月", kind="cumulative", qual="余", qtext="余",
       note="“20余亿元”：_rmb 后缀（非“数字+亿元”形式）"),
  fact(RK, "park", "target_fixed_asset_investment_2020_cny", 3e9, "cny", "力争实现全社会固定资产投资30亿元", "2020年（目标）",
       kind="target"),
  fact(RK, "park", "target_industrial_output_2020_cny", 2e8, "cny", "工业总产值2亿元目标", "2020年（目标）", kind="target"),
  fact(RK, "park", "distance_to_airport_km", 50, "km", "距离日喀则机场约50公里", "2019年12月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- zj02 海西州 208 个项目 (青海), 经济日报 2020
HX = "海西州"
HXI = "海西州（此次开复工仪式的12个重点产业项目）"
HXB = "海西州（此次开复工仪式的6个重大基础设施项目）"
X0 = "青海省海西州2020年首批208个项目集中开复工仪式在海西全州7个地区同步举行"
X1 = "据悉,海西州此次集中开复工的208个项目,涵盖传统产业改造提升、基础设施、民生工程等领域,投资总规模达1053.14亿元,年内计划投资208.09亿元"
X2 = ("其中,青海国源化工科技有限公司年产13.5万吨氯酸盐项目、青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目等12个重点产业项目,总投资194.43亿元;"
      "青新藏(格尔木)陆港商旅物流中心项目、乌兰县茶卡景区旅游扶贫基础设施建设项目(二期)等6个重大基础设施项目,总投资13.66亿元")
XS = "为发挥引领、带动作用,海西州精选了18个具有代表性、示范性的新建项目举办开复工仪式"


def hx_proj(n, companies=(), phase=None, note=None):
    return proj(n, None, X2, companies=companies, status="开工", status_text="举办开复工仪式", phase=phase,
                note=(note + "；" if note else "") + "18个新建项目之一（开复工仪式），文中未写园区，park 不填；单项金额文中未给")


G["zj02"] = dict(
 article=art("青海海西州208个项目集中开复工 投资总额达1053.14亿元", "经济日报（本报讯 记者石晶），paper.ce.cn 电子版第04版 要闻", "2020-03-30", "day",
  "National economic daily, short item: a Qinghai prefecture's first batch of 208 projects starts or resumes — total and this-year investment, the 18 ceremony projects split into industrial and infrastructure groups with named examples and subtotals",
  "http://paper.ce.cn/jjrb/html/2020-03/30/content_415783.htm",
  "日期取版面行“2020年3月30日”（该行与“第04版:要闻 上一版 下一版 / 标题导航 / 返回经济网首页 | 版面导航 | 标题导航”及文末“上一篇 下一篇 放大 缩小 默认”已删）；仪式在3月28日上午。主标题与副标题两行合为一行标题（以空格相连）。正文四段，完整。正文没有园区名：海西州是州（地区），“柴达木盆地”是地理名；四个具名项目的园区都不填（青新藏(格尔木)陆港商旅物流中心项目只以“格尔木”为名的一部分）。四个具名项目都属“18个具有代表性、示范性的新建项目”，状态记开工（“举办开复工仪式”）。两家企业只作项目名的一部分（全名），列为公司，园区不填。合计数主语为海西州（region）；12个产业项目与6个基础设施项目的小计用两个 region 组主语。",
  "zj02"),
 parks=[],
 companies=[
  comp("青海国源化工科技有限公司", None, X2, note="只出现在项目名中（全名）；园区文中未写"),
  comp("青海黄河矿业有限责任公司", None, X2, note="只出现在项目名中（全名）；园区文中未写"),
 ],
 projects=[
  hx_proj("青海国源化工科技有限公司年产13.5万吨氯酸盐项目", companies=["青海国源化工科技有限公司"], note="重点产业项目"),
  hx_proj("青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目", companies=["青海黄河矿业有限责任公司"], note="重点产业项目"),
  hx_proj("青新藏(格尔木)陆港商旅物流中心项目", note="重大基础设施项目"),
  hx_proj("乌兰县茶卡景区旅游扶贫基础设施建设项目(二期)", phase="二期", note="重大基础设施项目"),
 ],
 aggregate_facts=[
  fact(HX, "region", "projects_started", 208, "count", X0, "2020年3月28日", note="开复工（新开工与复工合计）"),
  fact(HX, "region", "investment_cny", 1.05314e11, "cny", "投资总规模达1053.14亿元", "2020年3月28日"),
  fact(HX, "region", "planned_investment_2020_cny", 2.0809e10, "cny", "年内计划投资208.09亿元", "2020年（计划）", kind="target"),
  fact(HX, "region", "ceremony_projects", 18, "count", XS, "2020年3月28日"),
  fact(HXI, "region", "projects", 12, "count", "等12个重点产业项目,总投资194.43亿元", "2020年3月28日"),
  fact(HXI, "region", "investment_cny", 1.9443e10, "cny", "总投资194.43亿元", "2020年3月28日"),
  fact(HXB, "region", "projects", 6, "count", "等6个重大基础设施项目,总投资13.66亿元", "2020年3月28日"),
  fact(HXB, "region", "investment_cny", 1.366e9, "cny", "总投资13.66亿元", "2020年3月28日"),
  fact(HX, "region", "remaining_projects", 190, "count", "其余190个建设项目也将陆续开复工建设", "2020年3月28日", opt=True),
  fact(HX, "region", "areas", 7, "count", X0, "2020年3月28日", opt=True, note="海西全州7个地区同步举行"),
 ])

# ---------------------------------------------------------------- zj03 关山电竞小镇 (湖南 宁乡), 长沙晚报 2017
GS = "关山电竞小镇"
S0 = "长沙晚报掌上长沙11月19日讯(记者 宁莎鸥)今日,首届“中部电竞论坛暨关山电竞文化产业园推介会”在宁乡举行"
S1 = "此次论坛由宁乡市人民政府、金洲镇人民政府、宁乡市城市建设投资集团有限公司主办"
S2 = "为宁乡正在建设中的关山电竞小镇出谋划策"
S3 = "据悉,关山电竞小镇计划在未来5年内总投资超过150亿,规划建设电竞赛事场馆、电竞文化主题公园、电竞动漫学院、电竞双创基地、青训基地、研发创新创意中心、周边设计及生产销售中心、电竞产业大楼等内容"
G["zj03"] = dict(
 article=art("中部电竞论坛宁乡举行 关山将打造“电竞小镇”", "长沙晚报（掌上长沙，记者 宁莎鸥），icswb.com", "2017-11-19", "day",
  "City evening paper's app item: an e-sports forum and park promotion held in a county-level city — hosts (city government, town government, the city's construction investment group), the e-sports town under construction, its five-year planned investment and planned facilities",
  "https://www.icswb.com/h/101320/20171119/495967.html",
  "日期取网址 20171119 与“长沙晚报掌上长沙11月19日讯…今日”。正文三段，完整；第一、二段之间的图片说明“…推介会”在宁乡举行。”（与首段重复）与文末“【作者:记者 宁莎鸥】 【编辑:谭伟】 / 关键词… / 我要举报…”等已删。关山电竞小镇在宁乡（县级市，属长沙；正文只写宁乡，city 不填、district 宁乡市），省份湖南依来源长沙晚报与“我省”“省文化厅”补填。“关山电竞文化产业园”只出现在推介会名称中，与电竞小镇的关系文中未说，列为可选园区（parent 关山电竞小镇）。小镇同时是在建项目（“正在建设中”，status 在建）；“总投资超过150亿”无“元”字，不作 investment_cny（unparsed），事实用 _rmb 后缀。主办方宁乡市城市建设投资集团有限公司为论坛主办者，园区文中未写，列为可选公司（park 不填）。",
  "zj03"),
 parks=[
  park(GS, None, "湖南", "电竞特色小镇（在建）", S2, district="宁乡市", note="宁乡正在建设中；文中作“电竞小镇”"),
  park("关山电竞文化产业园", None, "湖南", "电竞文化产业园", S0, district="宁乡市", parent=GS, opt=True,
       note="只出现在推介会名称中；与关山电竞小镇的关系文中未说"),
 ],
 companies=[
  comp("宁乡市城市建设投资集团有限公司", None, S1, opt=True, note="论坛主办方之一；与小镇的关系文中未说"),
 ],
 institutions=[
  inst("宁乡市人民政府", S1, note="论坛主办方"),
  inst("金洲镇人民政府", S1, note="论坛主办方"),
  inst("省文化厅", "省文化厅、省文资办、省体育局、宁乡市委市政府、金洲镇委镇政府等相关领导"),
  inst("省体育局", "省文化厅、省文资办、省体育局、宁乡市委市政府、金洲镇委镇政府等相关领导"),
 ],
 projects=[
  proj(GS, GS, S3, inv="总投资超过150亿", qual="超", qual_text="超过", unparsed=True, status="在建", status_text="正在建设中",
       note="小镇即项目（未来5年）；“超过150亿”无“元”字，investment_cny 留空"),
 ],
 aggregate_facts=[
  fact(GS, "park", "planned_investment_rmb", 1.5e10, "cny", "关山电竞小镇计划在未来5年内总投资超过150亿", "未来5年内（计划）",
       kind="target", qual="超", qtext="超过", note="“150亿”无“元”字：_rmb 后缀"),
 ])

# ---------------------------------------------------------------- zj04 重庆数字创意产业园 (渝北), 重庆日报 2020
CQ = "重庆数字创意产业园"
Q0 = ("重庆日报客户端消息,6月30日,由市文旅委、渝北区政府指导,重庆临空招商集团、创新经济走廊公司和国盛·IEC主办的重庆数字创意产业园招商发布会在渝北国盛·IEC中心举行")
Q1 = "会上,森海电竞、简美文化等10个数字文化产业项目,正式签约入驻重庆数字创意产业园,投资金额近10亿元"
Q2 = "目前,园区已注册入驻企业180余家、入驻面积5万平方米"
Q3 = "预计5年之内,该园区入驻企业将达800家,年产值逾100亿元,年创造税收2亿元,带动就业人数2万人"
Q4 = "目前,重庆正积极打造重庆数字创意产业园、上清寺互联网产业园区、涪陵互爱科技产业园、海王星数字文化创意产业园4个数字文化产业园区"
G["zj04"] = dict(
 article=art("（无标题）重庆数字创意产业园招商发布会 10个数字文化产业项目签约入驻", "重庆日报客户端（重庆日报记者 赵迎昭），载于上游新闻 cqcb.com", "2020-06-30", "day",
  "City party daily's app item: a digital-creative industrial park's investment-promotion launch — organisers and operator, ten signed projects (an e-sports firm among them) and their total, the park's area, firms, five-year targets, district policies; the city's four digital culture parks",
  "https://cqcb.com/hot/2020-06-30/2615312_pc.html",
  "日期取网址 2020-06-30 与正文“6月30日”。存页未存标题（title 为编者概括）。正文五段，完整；末行“重庆日报记者 赵迎昭”（署名）保留为末段，其后残缺的“原标题:重庆集中签”已删。园区在渝北区（正文“渝北”“渝北区”），city 与 province 均为重庆。签约的10个项目只具名两个：“森海电竞、简美文化”——以企业简称称之，列为公司（园区：重庆数字创意产业园），同名项目列为可选（状态签约）。主办的重庆临空招商集团、创新经济走廊公司、国盛·IEC（园区所在的国盛·IEC中心）为主办方，园区关系文中未说，列为可选公司、park 不填。上清寺互联网产业园区、涪陵互爱科技产业园、海王星数字文化创意产业园只作为全市“正积极打造”的园区名单出现，列为可选园区。“近10亿元”记 约，“逾100亿元”记 超，“180余家”记 余。",
  "zj04", title_note="no headline stored; title made from the lead"),
 parks=[
  park(CQ, "重庆", "重庆", "数字文化产业园区", Q1, district="渝北区", note="文中又作“园区”“该园区”"),
  park("上清寺互联网产业园区", "重庆", "重庆", "数字文化产业园区", Q4, opt=True, note="只在全市名单中出现"),
  park("涪陵互爱科技产业园", "重庆", "重庆", "数字文化产业园区", Q4, district="涪陵", opt=True, note="只在全市名单中出现"),
  park("海王星数字文化创意产业园", "重庆", "重庆", "数字文化产业园区", Q4, opt=True, note="只在全市名单中出现"),
 ],
 companies=[
  comp("森海电竞", CQ, Q1, note="签约入驻的10个项目之一（简称）"),
  comp("简美文化", CQ, Q1, note="签约入驻的10个项目之一（简称）"),
  comp("重庆临空招商集团", None, Q0, opt=True, note="发布会主办方"),
  comp("创新经济走廊公司", None, Q0, opt=True, note="发布会主办方"),
  comp("国盛·IEC", None, Q0, opt=True, note="发布会主办方；发布会在渝北国盛·IEC中心举行"),
 ],
 institutions=[
  inst("市文旅委", Q0, note="重庆市文化和旅游发展委员会，指导"),
  inst("渝北区政府", Q0, note="指导"),
 ],
 projects=[
  proj("森海电竞", CQ, Q1, companies=["森海电竞"], status="签约", status_text="正式签约入驻", opt=True,
       note="以企业简称称之的签约项目；单项金额文中未给"),
  proj("简美文化", CQ, Q1, companies=["简美文化"], status="签约", status_text="正式签约入驻", opt=True,
       note="以企业简称称之的签约项目；单项金额文中未给"),
 ],
 aggregate_facts=[
  fact("重庆数字创意产业园（此次签约项目）", "park_group", "projects_signed", 10, "count", Q1, "2020年6月30日"),
  fact("重庆数字创意产业园（此次签约项目）", "park_group", "investment_cny", 1e9, "cny", "投资金额近10亿元", "2020年6月30日",
       qual="约", qtext="近"),
  fact(CQ, "park", "land_area_m2", 58000, "m2", "项目总占地面积5.8万平方米", "2020年6月"),
  fact(CQ, "park", "floor_area_m2", 210000, "m2", "总建筑面积21万平方米", "2020年6月"),
  fact(CQ, "park", "registered_firms", 180, "count", Q2, "2020年6月", kind="cumulative", qual="余", qtext="余"),
  fact(CQ, "park", "occupied_area_m2", 50000, "m2", "入驻面积5万平方米", "2020年6月", kind="cumulative"),
  fact(CQ, "park", "target_firms", 800, "count", Q3, "5年之内（预计）", kind="target"),
  fact(CQ, "park", "target_annual_output_cny", 1e10, "cny", "年产值逾100亿元", "5年之内（预计）", kind="target", qual="超", qtext="逾"),
  fact(CQ, "park", "target_annual_tax_cny", 2e8, "cny", "年创造税收2亿元", "5年之内（预计）", kind="target"),
  fact(CQ, "park", "target_jobs", 20000, "persons", "带动就业人数2万人", "5年之内（预计）", kind="target"),
  fact("渝北区", "region", "park_support_policies", 10, "count", "该区出台了10条支持数字文化企业入驻园区的优惠政策", "2020年6月",
       opt=True),
  fact("重庆", "region", "digital_culture_parks_building", 4, "count", Q4, "2020年6月", opt=True),
  fact(CQ, "park", "distance_to_metro_m", 300, "m", "距离轨道交通10号线长河站仅300米", "2020年6月", opt=True),
 ])

# ---------------------------------------------------------------- zj05 太阳鸟 长沙高新区 (证券时报 2012)
CH = "长沙高新技术产业开发区"
TY = "太阳鸟麓谷工业园"
T0 = ("太阳鸟(300123)1月12日晚间公告,近日,公司与长沙高新技术产业开发区管委会签订了《项目投资合同》,公司拟在长沙高新技术产业开发区投资建量产游艇批量化生产制造基地、"
      "综合楼和游艇工业园配套建设等项目,项目名称暂定为“太阳鸟麓谷工业园”,该项目总投资预计为7.5亿元左右")
T1 = "根据合同,长沙高开区管委会同意由公司或公司在长沙高新技术产业开发区组建的控股或全资子公司投资建设“太阳鸟麓谷工业园”项目"
T2 = "该项目总用地面积约300亩,其中一期面积约200亩,二期面积约100亩"
G["zj05"] = dict(
 article=art("（无标题）太阳鸟公告与长沙高新技术产业开发区管委会签订项目投资合同 “太阳鸟麓谷工业园”总投资预计7.5亿元",
  "证券时报（《证券时报》快讯中心），载于央视网 jingji.cntv.cn", "2012-01-12", "day",
  "Securities daily's newsflash on a listed company's announcement (on the state broadcaster's site): a yacht maker signs an investment contract with a national high-tech zone's committee — project name, total, land and phases, land price cap, the zone's support, subsidiaries, uncertainty",
  "http://jingji.cntv.cn/20120112/120695.shtml",
  "日期取网址 20120112 与“1月12日晚间公告”。存页未存标题（title 为编者概括）。页首“央视网|中国网络电视台|网站地图 | / 客服设为首页 |”已删；正文四段，完整，末行“(《证券时报》快讯中心)”（来源署名）保留为末段。园区文中作“长沙高新技术产业开发区”，又作“长沙高开区”（别名；“高开区”为泛称）；city 长沙，省份湖南（依长沙补填）。项目“太阳鸟麓谷工业园”（暂定名）是投资意向合同下的拟建项目，状态记签约（“签订了《项目投资合同》”）；“7.5亿元左右”记 约；项目名带“工业园”，同时列为可选园区（parent 长沙高新技术产业开发区）。太阳鸟（300123）为投资方，公司的园区记项目所在园区；拟组建的控股或全资子公司未具名。“不超过1亿元”的购地款是上限（可选，target）。",
  "zj05", title_note="no headline stored; title made from the lead"),
 parks=[
  park(CH, "长沙", "湖南", "高新技术产业开发区", T0, aliases=["长沙高开区"], note="文中又作“长沙高开区”“高开区”"),
  park(TY, "长沙", "湖南", "企业工业园（暂定名，拟建）", T0, parent=CH, opt=True, note="项目名称暂定为“太阳鸟麓谷工业园”"),
 ],
 companies=[
  comp("太阳鸟", CH, T0, note="上市公司（300123）；在园区投资建设项目；拟由其在园区组建的控股或全资子公司实施"),
 ],
 institutions=[
  inst("长沙高新技术产业开发区管委会", T0, park=CH, note="合同另一方；文中又作“长沙高开区管委会”“高开区管委会”"),
 ],
 projects=[
  proj(TY, CH, T0, companies=["太阳鸟"], inv="总投资预计为7.5亿元左右", qual="约", qual_text="左右", status="签约",
       status_text="签订了《项目投资合同》", note="暂定名；量产游艇批量化生产制造基地、综合楼和游艇工业园配套建设等；投资意向性合同"),
 ],
 aggregate_facts=[
  fact(TY, "project", "land_area_mu", 300, "mu", T2, "合同（规划）", kind="target", qual="约", qtext="约"),
  fact(TY, "project", "phase1_land_area_mu", 200, "mu", "其中一期面积约200亩", "合同（规划）", kind="target", qual="约", qtext="约",
       opt=True),
  fact(TY, "project", "phase2_land_area_mu", 100, "mu", "二期面积约100亩", "合同（规划）", kind="target", qual="约", qtext="约",
       opt=True),
  fact(TY, "project", "land_price_cap_cny", 1e8, "cny", "预计购地款总价不超过1亿元", "合同（预计）", kind="target", opt=True,
       note="上限（不超过）"),
 ])

# ---------------------------------------------------------------- zj06 ST八菱 皖江江北新兴产业集中区 (2024)
WJ = "皖江江北新兴产业集中区"
BP = "新能源汽车配件智能生产基地项目"
B0 = ("公司与皖江江北新兴产业集中区管委会签署《新能源汽车配件智能生产基地项目投资合同》,由公司控股子公司安徽八菱在安徽省芜湖市江北新区投资、建设和运营新能源汽车配件智能生产基地项目。"
      "项目计划总投资 5 亿元")
B1 = "项目投产后,年产车用换热器 70 万台,车用外饰件产品 135 万套;达产后次年年产值不低于 5 亿元,年经营贡献不低于 2500 万元,带动就业 500 人左右"
G["zj06"] = dict(
 article=art("ST八菱:与皖江江北新兴产业集中区管委会签订5亿元项目投资合同", "licai.bangqike.com 理财·股票（原刊未注明；页面自称“原创”）", "2024-11-29", "day",
  "Finance portal's brief on a listed company's announcement: an auto-parts maker signs a project investment contract with a zone's committee — the board resolution, the subsidiary carrying it out, total investment, land, capacity, output and jobs after completion, shareholder approval pending",
  "https://licai.bangqike.com/gupiao/944361.html",
  "日期取页面“admin 阅读: 2024-11-29 11:07:24”（该行与文末“本文 原创,转载保留链接!…/ 声明 …”已删）；公告与董事会在2024年11月28日。正文一段，完整；数字与单位之间的空格（“5 亿元”“109 亩”等）照录。原刊未注明（页面自称原创），记在 outlet。合同另一方为皖江江北新兴产业集中区管委会，项目由控股子公司安徽八菱“在安徽省芜湖市江北新区”建设——“江北新区”记作集中区的别名（判断：合同与建设地点同指一区；文中未明说二者关系），city 芜湖，省份安徽。项目状态记签约（“签署…投资合同”；尚需股东大会审议）。ST八菱（上市公司）与安徽八菱（控股子公司）的园区都记项目所在园区。“不低于”记 超。",
  "zj06"),
 parks=[
  park(WJ, "芜湖", "安徽", "新兴产业集中区", B0, aliases=["江北新区"], note="项目建设地点写作“安徽省芜湖市江北新区”，记作别名（判断）"),
 ],
 companies=[
  comp("ST八菱", WJ, B0, note="上市公司；与集中区管委会签署投资合同"),
  comp("安徽八菱", WJ, B0, note="ST八菱控股子公司；项目实施主体"),
 ],
 institutions=[
  inst("皖江江北新兴产业集中区管委会", B0, park=WJ, note="合同另一方"),
 ],
 projects=[
  proj(BP, WJ, B0, companies=["安徽八菱", "ST八菱"], inv="项目计划总投资 5 亿元", status="签约", status_text="签署《新能源汽车配件智能生产基地项目投资合同》",
       note="主要生产车用换热器和外饰件产品；尚需提交股东大会审议"),
 ],
 aggregate_facts=[
  fact(BP, "project", "land_area_mu", 109, "mu", "项目总用地约 109 亩", "合同（规划）", kind="target", qual="约", qtext="约"),
  fact(BP, "project", "annual_capacity_heat_exchangers", 700000, "units", B1, "投产后", kind="target"),
  fact(BP, "project", "annual_capacity_exterior_parts_sets", 1350000, "sets", "车用外饰件产品 135 万套", "投产后", kind="target"),
  fact(BP, "project", "annual_output_cny", 5e8, "cny", "达产后次年年产值不低于 5 亿元", "达产后次年", kind="target", qual="超",
       qtext="不低于"),
  fact(BP, "project", "annual_operating_contribution_cny", 2.5e7, "cny", "年经营贡献不低于 2500 万元", "达产后次年", kind="target",
       qual="超", qtext="不低于", opt=True),
  fact(BP, "project", "jobs", 500, "persons", "带动就业 500 人左右", "达产后", kind="target", qual="约", qtext="左右"),
 ])

# ---------------------------------------------------------------- zj07 济宁经开区 2022 (济宁新闻网 2023)
JN = "济宁经开区"
J1 = "8个省级重点项目、19个市级重点产业项目、6个市级百项技改项目全部开工,投资完成率分别为160%、121.8%、151%"
J2 = "新签约亿元以上项目26个,其中50亿元1个、10亿元3个、5亿元以上4个,到位内资59.45亿元、完成实物工作量25.36亿元"
J3 = "2022年全区实现地区生产总值92.54亿元、同比增长4.9%,实现一般公共预算收入4.22亿元,实现固定资产投资增长8.2%,规模以上工业增加值增长11.6%"
G["zj07"] = dict(
 article=art("（无标题）“精彩答卷·济宁2022”新闻发布会介绍济宁经开区2022年工作成就", "济宁新闻网（济宁新闻网讯 记者 秦璞 通讯员 张学堂），载于 fensifuwu.com",
  "2023-02", "month",
  "City news site's item on a government press conference (year-end review): an economic development zone's 2022 results — key projects started and investment completion rates, signed projects by size, domestic capital in place, GDP and growth, budget revenue, investment and industrial growth",
  "https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html",
  "存页日期行空白（“日期:”），与“来源:济宁新闻网收集编辑:济宁新闻网”一并删去。发布会“日前”举行；同一发布会的另一篇报道（didai.net，记者 易雪，notes #34）写明为“2月22日”“第6场”，即2023年2月，故 published 记 2023-02（precision month）。存页未存标题（title 为编者概括）。正文四段，完整。经开区文中只作“济宁经开区”，又作“全区”；city 济宁，省份山东（补填）。三个投资完成率依“分别”与三类项目对应，按比值记（160% → 1.6）。签约项目的分档（50亿元1个、10亿元3个、5亿元以上4个）为可选。第四段的数字出自管委会副主任许刚的引语。",
  "zj07", title_note="no headline stored; title made from the lead"),
 parks=[
  park(JN, "济宁", "山东", "经济开发区", "介绍2022年济宁经开区工作成就", note="文中只作“济宁经开区”，又作“全区”"),
 ],
 institutions=[
  inst("济宁市政府新闻办", "济宁市政府新闻办举行“精彩答卷·济宁2022”主题系列新闻发布会", note="发布会主办"),
 ],
 aggregate_facts=[
  fact(JN, "park", "provincial_key_projects_started", 8, "count", J1, "2022年"),
  fact(JN, "park", "city_key_industrial_projects_started", 19, "count", J1, "2022年"),
  fact(JN, "park", "city_tech_renovation_projects_started", 6, "count", J1, "2022年"),
  fact(JN, "park", "provincial_key_projects_investment_completion", 1.6, "ratio", J1, "2022年", kind="ratio"),
  fact(JN, "park", "city_key_projects_investment_completion", 1.218, "ratio", J1, "2022年", kind="ratio"),
  fact(JN, "park", "tech_renovation_investment_completion", 1.51, "ratio", J1, "2022年", kind="ratio"),
  fact(JN, "park", "new_signed_projects_over_100m", 26, "count", J2, "2022年"),
  fact(JN, "park", "new_signed_projects_5bn", 1, "count", "其中50亿元1个", "2022年", opt=True),
  fact(JN, "park", "new_signed_projects_1bn", 3, "count", "10亿元3个", "2022年", opt=True),
  fact(JN, "park", "new_signed_projects_over_500m", 4, "count", "5亿元以上4个", "2022年", opt=True),
  fact(JN, "park", "domestic_capital_in_place_cny", 5.945e9, "cny", "到位内资59.45亿元", "2022年"),
  fact(JN, "park", "physical_work_completed_cny", 2.536e9, "cny", "完成实物工作量25.36亿元", "2022年"),
  fact(JN, "park", "gdp_cny", 9.254e9, "cny", "2022年全区实现地区生产总值92.54亿元", "2022年"),
  fact(JN, "park", "gdp_growth", 0.049, "ratio", J3, "2022年", kind="ratio"),
  fact(JN, "park", "general_budget_revenue_cny", 4.22e8, "cny", "实现一般公共预算收入4.22亿元", "2022年"),
  fact(JN, "park", "fixed_asset_investment_growth", 0.082, "ratio", "实现固定资产投资增长8.2%", "2022年", kind="ratio"),
  fact(JN, "park", "industrial_value_added_growth", 0.116, "ratio", "规模以上工业增加值增长11.6%", "2022年", kind="ratio"),
 ])

# ---------------------------------------------------------------- zj08 浦东 慧眼投资基金 (中华工商时报 2007)
PD = "浦东新区"
H0 = "10月21日,由上海市浦东新区与5家民营企业共同出资设立的“慧眼投资基金”正式成立"
H1 = "这一规模达3.5亿元的投资基金,吸引社会资本参与创业投资,进一步完善了新区科技投融资体系,为浦东高科技企业的创新发展提供更有力的保障"
G["zj08"] = dict(
 article=art("上海浦东3.5亿元慧眼投资基金成立", "中华工商时报（记者李刚上海报道），载于新浪 sina.com.cn", "2007-10-25", "day",
  "National business daily's short item (via a portal), older prose: a new area's venture investment fund co-funded with five private firms is set up — its size, purpose and the area's listing programme",
  "http://finance.sina.com.cn/china/dfjj/20071025/02374096892.shtml",
  "日期取页面标题行后缀“http://www.sina.com.cn 2007年10月25日 02:37 中华工商时报”（该后缀由 make_txt.py 从标题行切去，HEAD_SUFFIX），页首、页尾的“|”与“不支持Flash”已删。正文一段（页面未分段），完整；段中“ 据了解”前的空格与段末编辑代码“(25E5)”照录。基金由“上海市浦东新区与5家民营企业共同出资设立”，投向浦东高科技企业，fund 的 park 记浦东新区（国家级新区，文中作“浦东新区”“新区”“浦东”；判断：作为区域基金的所属园区/区域），浦东新区列为园区（city/province 上海）。5家民营企业未具名。“慧眼工程”为新区的企业扶持计划，其“推动50家中小企业上市”目标为可选事实。",
  "zj08"),
 parks=[
  park(PD, "上海", "上海", "新区（浦东新区）", H0, aliases=["浦东"], note="文中又作“新区”“浦东”；基金出资方"),
 ],
 institutions=[
  inst("上海市政府", "记者日前从上海市政府获悉", note="消息来源"),
 ],
 funds=[
  fund("慧眼投资基金", PD, H1, size="规模达3.5亿元", size_type="规模", note="10月21日成立；浦东新区与5家民营企业共同出资；投向浦东高科技企业"),
 ],
 aggregate_facts=[
  fact("慧眼投资基金", "fund", "co_investor_private_firms", 5, "count", H0, "2007年10月21日"),
  fact("浦东新区（慧眼工程）", "region", "target_listed_smes", 50, "count", "预计在“十一五”期间,将推动50家中小企业上市", "“十一五”期间（预计）",
       kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zj09 中关村 四家创业投资机构 (光明日报 2007)
ZG = "中关村科技园区"
ZG4 = "中关村科技园区（四家创业投资机构）"
Z0 = "记者在中关村科技园区创业投资政策信息发布会上获悉,这样的双赢局面将在中关村变成现实"
Z1 = ("中国光大控股、联想控股、启迪控股(即清华科技园)、联华控股等四家创业投资公司将作为主要发起人,在中关村科技园成立四家创业投资机构,"
      "主要投资处于电子信息、集成电路、通讯和网络等产业处于初创期和成长期的企业,四家投资机构投资总规模为5.5亿元人民币")
Z2 = "中关村管委会还将出资1.65亿元人民币,引进外资3.85亿元人民币,以实现政府引导资金放大倍数为3倍的目标"
G["zj09"] = dict(
 article=art("（无标题）中关村科技园区将成立四家创业投资机构 总规模5.5亿元", "光明日报（本报北京3月20日电 通讯员董城 记者杜弋鹏），gmw.cn 光明日报电子版",
  "2007-03-21", "day",
  "National daily's short item, older prose: a science park's venture-capital policy launch — four venture-investment institutions to be set up in the park by four holding companies, their total size, the park committee's contribution, foreign capital and the leverage target",
  "https://gmw.cn/01gmrb/2007-03/21/content_575207.htm",
  "日期取网址 2007-03/21（电头“本报北京3月20日电”）。存页未存标题（title 为编者概括）。正文三行，照页面分为三段。第二段“为了发挥创业投资对高科技产业的引擎作用,进一步吸”在页面上就断在“吸”字（后半句缺失，页面如此；两次检索所得相同，notes #35/#37），照录，不补、不与下段相接。四家创业投资机构未具名，无基金记录；规模与出资用 park_group 主语（“中关村科技园区（四家创业投资机构）”）记事实。园区文中作“中关村科技园区”，又作“中关村科技园”“中关村”（别名）；city 与 province 北京（补填）。四家发起公司（中国光大控股、联想控股、启迪控股、联华控股）是发起人，其所在地文中未写，park 不填。“启迪控股(即清华科技园)”中的“清华科技园”照文作公司别名，另列为可选园区。“放大倍数为3倍”为目标。",
  "zj09", title_note="no headline stored; title made from the lead"),
 parks=[
  park(ZG, "北京", "北京", "科技园区", Z0, aliases=["中关村科技园", "中关村"], note="文中又作“中关村科技园”“中关村”"),
  park("清华科技园", "北京", "北京", "科技园", Z1, opt=True, note="只作“启迪控股(即清华科技园)”中的说明"),
 ],
 companies=[
  comp("中国光大控股", None, Z1, note="主要发起人之一；所在地文中未写"),
  comp("联想控股", None, Z1, note="主要发起人之一；所在地文中未写"),
  comp("启迪控股", None, Z1, aliases=["清华科技园"], note="主要发起人之一；文中“(即清华科技园)”"),
  comp("联华控股", None, Z1, note="主要发起人之一；所在地文中未写"),
 ],
 institutions=[
  inst("中关村管委会", Z2, park=ZG, note="出资1.65亿元"),
 ],
 aggregate_facts=[
  fact(ZG4, "park_group", "institutions_to_set_up", 4, "count", Z1, "2007年3月（计划）", kind="target"),
  fact(ZG4, "park_group", "total_size_cny", 5.5e8, "cny", "四家投资机构投资总规模为5.5亿元人民币", "2007年3月（计划）", kind="target"),
  fact(ZG4, "park_group", "committee_contribution_cny", 1.65e8, "cny", "中关村管委会还将出资1.65亿元人民币", "2007年3月（计划）",
       kind="target"),
  fact(ZG4, "park_group", "foreign_capital_cny", 3.85e8, "cny", "引进外资3.85亿元人民币", "2007年3月（计划）", kind="target"),
  fact(ZG4, "park_group", "leverage_multiple", 3, "times", "以实现政府引导资金放大倍数为3倍的目标", "目标", kind="target"),
 ])

# ---------------------------------------------------------------- zj10 琼海富海产业园 (海南日报 2024)
FH = "琼海富海产业园"
F0 = "3月21日,位于琼海富海产业园区内的明鑫制药(海南)股份有限公司(以下简称明鑫制药)药品固体制剂生产工厂项目开工"
F1 = "富海产业园区旨在承接博鳌乐城国际医疗旅游先行区的产业外溢效应"
F2 = "目前琼海富海产业园区已落地5家医药器械企业项目"
F3 = "据悉,目前富海产业园区分四期谋划建设的基础设施中,三条市政道路已经开工"
G["zj10"] = dict(
 article=art("琼海富海产业园今年首个产业项目开工", "海南日报（来源），载于 0898.net（人民网海南频道版式，原标题同）", "2024-03-22", "day",
  "Provincial daily item (on a news site in the People's Daily Hainan channel layout): a county-level city's industrial park starts its first industrial project of the year — the pharmaceutical firm and what it will build, the park's purpose next to a medical tourism pilot zone, firms landed, infrastructure in four phases",
  "http://0898.net/n2/2024/0322/c231190-40784079.html",
  "real39 收为备用件（_raw/spares/0898_qionghai_fuhai2024.raw，无网址）；本集第41次检索找回同一页面及网址，存段与备用件逐行相同（页首13行，见 notes）。日期取页面“2024年03月22日07:46 | 来源:海南日报”（该行、“小字号”、“原标题:…”、文末“(责编:蒋成柳、潘惠文) / 分享让更多人看到 / - 评论 / - 关注”已删）；开工在3月21日。正文五段，完整。园区标题作“琼海富海产业园”，正文又作“琼海富海产业园区”“富海产业园区”（别名）。琼海为县级市（海南省直辖，正文写“琼海市”），city 不填、district 琼海市，省份海南（依“海南自由贸易港”与来源补填）。项目名照文取“药品固体制剂生产工厂项目”（企业为明鑫制药(海南)股份有限公司，简称明鑫制药），状态开工，金额文中未给。博鳌乐城国际医疗旅游先行区只作参照出现，列为可选园区。",
  "zj10"),
 parks=[
  park(FH, None, "海南", "产业园区", F0, district="琼海市", aliases=["琼海富海产业园区", "富海产业园区"],
       note="文中又作“琼海富海产业园区”“富海产业园区”“该园区”"),
  park("博鳌乐城国际医疗旅游先行区", None, "海南", "医疗旅游先行区", F1, district="琼海市", opt=True, note="只作参照（承接其产业外溢）"),
 ],
 companies=[
  comp("明鑫制药(海南)股份有限公司", FH, F0, aliases=["明鑫制药"], note="园区招商引资落地的药企之一"),
 ],
 institutions=[
  inst("琼海市招商局", "琼海市招商局相关负责人表示"),
 ],
 projects=[
  proj("药品固体制剂生产工厂项目", FH, F0, companies=["明鑫制药(海南)股份有限公司"], status="开工", status_text="开工",
       note="该园区今年开工的首个产业项目；计划建设口服药品固体制剂GMP生产车间两座、仓库一座及配套；金额文中未给"),
 ],
 aggregate_facts=[
  fact(FH, "park", "medical_device_firm_projects_landed", 5, "count", F2, "2024年3月", kind="cumulative"),
  fact(FH, "park", "infrastructure_phases", 4, "count", F3, "规划", kind="target", opt=True, note="汉字数字“四期”"),
  fact(FH, "park", "municipal_roads_started", 3, "count", F3, "2024年3月", opt=True, note="汉字数字“三条”"),
  fact("药品固体制剂生产工厂项目", "project", "gmp_workshops_planned", 2, "count", "计划建设口服药品固体制剂GMP生产车间两座", "计划",
       kind="target", opt=True, note="汉字数字“两座”"),
 ])
