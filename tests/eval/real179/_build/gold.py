# real179 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published; vv07 keeps its source's
# typos 复兴域 / 景计 / 三亞 as stored); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none (a city is not a park).
# Status from the text's words (签约 / 签约落户 → 签约; 在建 → 在建; 建成投产 / 抢生产 → 投产; 开放 → 竣工; 进驻 / 落户 alone →
# no status). Year-to-date and “截至目前” counts are cumulative; one-year figures reported. Sources are `search` (corpus
# pages) excerpts written into _raw/pages/vvNN.raw as returned.

# ---------------------------------------------------------------- vv01 钦州港建港30年 (广西日报 2022, via henan.wang)
QZP = "中国(广西)自由贸易试验区钦州港片区"
QZK = "钦州港经济技术开发区"
B0 = "从钦州港经济技术开发区第一个国家级平台获批到中国(广西)自由贸易试验区钦州港片区揭牌"
B1 = "截至目前,已建成投产规模以上工业企业57家"
B2 = "其中产值超亿元的34家,超10亿元的11家,超50亿元的6家,超500亿元的1家"
QAS = "2022年8月初（截至发布会）"
G["vv01"] = dict(
 article=art("钦州港由小渔村蝶变成国际枢纽港 综合实力实现历史性跨越", "广西日报，载于 news.henan.wang（河南热线）", "2022-08-04", "day",
  "Provincial daily relayed by a portal, Guangxi: a port zone's 30th-anniversary press conference — above-scale firms in production by output band, 30-year investment, 2021 GDP, fiscal revenue, industrial output, port and container throughput, first-half growth",
  "http://news.henan.wang/roll/2022/0804/104846.html",
  "日期取页面“2022-08-04 10:29:43 来源: 广西日报”。标题照录；日期来源行与“关注河南热线”已删；存段在第四段“开创中马“两国双”处中断，该段（只剩小标题句和残句）整段未收，正文三段。园区：中国(广西)自由贸易试验区钦州港片区（文中又作“广西自贸试验区钦州港片区”“钦州港片区”；钦州，广西）、钦州港经济技术开发区（“第一个国家级平台”）。数字的主语在文中是“钦州港”（港区整体，由钦州港片区管委在发布会上介绍）；事实的 subject 记钦州港片区并注明。57家规上工业企业及按产值分档家数（截至目前）；30年累计固定资产投资超2000亿元（cumulative）；2021年地区生产总值331.87亿元、财政收入124.8亿元、规上工业总产值923.4亿元、吞吐量1.67亿吨、集装箱462.7万标箱；今年上半年GDP增长15.3%。1994年、1996年、1999年、2002年的基期数不计。",
  "vv01"),
 parks=[
  park(QZP, "钦州", "广西", "自贸片区", B0, aliases=["广西自贸试验区钦州港片区", "钦州港片区"], note="文中又作“广西自贸试验区钦州港片区”“钦州港片区”"),
  park(QZK, "钦州", "广西", "经济技术开发区", B0, note="“第一个国家级平台”"),
 ],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(QZP, "park", "industrial_firms_above_scale", 57, "count", B1, QAS, kind="cumulative", note="文中主语“钦州港”：已建成投产规上工业企业"),
  fact(QZP, "park", "firms_output_over_100m_cny", 34, "count", B2, QAS, opt=True, note="产值超亿元"),
  fact(QZP, "park", "firms_output_over_1bn_cny", 11, "count", B2, QAS, opt=True, note="超10亿元"),
  fact(QZP, "park", "firms_output_over_5bn_cny", 6, "count", B2, QAS, opt=True, note="超50亿元"),
  fact(QZP, "park", "firms_output_over_50bn_cny", 1, "count", B2, QAS, opt=True, note="超500亿元"),
  fact(QZP, "park", "fixed_asset_investment_cny", 2e11, "cny", "累计完成固定资产投资超2000亿元", "1992–2022年（30年间）", kind="cumulative", qual="超", qtext="超", chk=True),
  fact(QZP, "park", "gdp_cny", 331.87e8, "cny", "2021年地区生产总值达331.87亿元", "2021年", chk=True),
  fact(QZP, "park", "fiscal_revenue_cny", 124.8e8, "cny", "增长到2021年的124.8亿元", "2021年", chk=True, note="财政收入"),
  fact(QZP, "park", "industrial_output_above_scale_cny", 923.4e8, "cny", "2021年达923.4亿元", "2021年", chk=True, note="规模以上工业总产值"),
  fact(QZP, "park", "port_throughput_tonnes", 1.67e8, "tonnes", "2021年已达到1.67亿吨", "2021年", opt=True, note="港口吞吐量"),
  fact(QZP, "park", "container_throughput_teu", 4627000, "teu", "2021年达462.7万标箱", "2021年", opt=True),
  fact(QZP, "park", "gdp_growth", 0.153, "ratio", "今年上半年地区生产总值增长15.3%", "2022年上半年", kind="ratio"),
 ])

# ---------------------------------------------------------------- vv02 柳东新区 (南国今报 2020-05, via yybnet)
LD = "柳东新区"
LG = "柳州高新区"
C1 = "1月17日,与柳州一阳科技股份有限公司签约,年产100万台套铝铸件及100台智能装备项目正式落户柳东"
C2 = "1月18日,与合肥国轩签署约,10GWh动力电池生产基地正式落户新区"
C3 = "2月28日,与中软国际有限公司签约"
C4 = "中软国际将在柳东新区落地“解放号工业互联网使能平台区域总部”"
C5 = "将在柳东新区挂牌“中软国际柳州云上软件园”"
G["vv02"] = dict(
 article=art("产业活力聚人气 打造宜居生态示范区", "南国今报（今报实习记者丁雨洁），载于 m.yybnet.net（云悦网 柳州新闻）", "2020-05", "month",
  "City evening paper's feature on a new district / high-tech zone, Guangxi: the zone's national ranking, three signings early in the year (aluminium castings, power-battery base, an industrial-internet platform and cloud software park)",
  "https://m.yybnet.net/liuzhou/news/202005/10472703.html",
  "日期取网址 202005（存段无日期行）；“今年”即2020年。标题照录；图片说明“打造现代健康生态宜居示范区。”、署名行“今报实习记者丁雨洁/文何俊涛/图”、小节序号“1”已删，一行末的游离反引号“`”已删（make_txt.py MID_SUFFIX）。正文完整（存段到中软国际一段止）。园区：柳东新区（文中又作“柳东”“新区”）、柳州高新区（国家高新区评价排名第44位；文中把这一排名当作柳东新区的成绩，两者关系未明说，分列）。签约：柳州一阳科技股份有限公司年产100万台套铝铸件及100台智能装备项目、合肥国轩10GWh动力电池生产基地、中软国际“解放号工业互联网使能平台区域总部”（签约→签约；均无金额）；“中软国际柳州云上软件园”“柳州市解放号产业智融加速服务中心”为可选项目。",
  "vv02"),
 parks=[
  park(LD, "柳州", "广西", "新区", "在柳东新区,实业如同空气一般无所不在", aliases=["柳东"], note="文中又作“柳东”“新区”"),
  park(LG, "柳州", "广西", "高新区", "柳州高新区综合排名在169个单位中居第44位", note="国家高新区；与柳东新区关系文中未明说"),
 ],
 companies=[
  comp("柳州一阳科技股份有限公司", LD, C1),
  comp("合肥国轩", LD, C2),
  comp("中软国际有限公司", LD, C3, aliases=["中软国际"]),
 ],
 institutions=[
  inst("科技部火炬高技术产业开发中心", "科技部火炬高技术产业开发中心公布国家高新区评价(试行)最新排名", note="公布排名"),
 ],
 projects=[
  proj("年产100万台套铝铸件及100台智能装备项目", LD, C1, companies=["柳州一阳科技股份有限公司"], status="签约", status_text="签约…正式落户柳东"),
  proj("10GWh动力电池生产基地", LD, C2, companies=["合肥国轩"], status="签约", status_text="签署约…正式落户新区"),
  proj("解放号工业互联网使能平台区域总部", LD, C4, companies=["中软国际有限公司"], status="签约", status_text="签约；将在柳东新区落地", note="2月28日签约"),
  proj("中软国际柳州云上软件园", LD, C5, companies=["中软国际有限公司"], status="签约", status_text="签约；将…挂牌", opt=True),
  proj("柳州市解放号产业智融加速服务中心", LD, "共建“柳州市解放号产业智融加速服务中心”", companies=["中软国际有限公司"], status="签约", status_text="共建", opt=True),
 ],
 funds=[],
 aggregate_facts=[
  fact(LG, "park", "national_hightech_zone_rank", 44, "rank", "柳州高新区综合排名在169个单位中居第44位", "2020年第一季度公布的国家高新区评价"),
  fact(LG, "park", "national_hightech_zone_rank_change", 5, "rank", "较上年度上升5位", "2020年第一季度公布的国家高新区评价", opt=True),
 ])

# ---------------------------------------------------------------- vv03 广西北海 电子信息产业 (中国城市报 2019-09-30)
BHG = "广西北海工业园区"
ZDB = "中国电子北海产业园"
D1 = "回溯2007年,北海市与中国电子信息产业集团达成战略合作,以中国电子北海产业园为载体,重点布局电子信息产业"
G["vv03"] = dict(
 article=art("广西北海:电子信息产业蹄疾步稳激活力", "中国城市报（记者郑新钰），2019年09月30日第32版，paper.people.com.cn", "2019-09-30", "day",
  "National city-affairs weekly (人民日报社) feature, Guangxi: a city's electronics industry — an industrial park's display-maker workshop, the electronics sector's 2009–2017 growth rate, the history of a state-group park",
  "http://paper.people.com.cn/zgcsb/html/2019-09/30/content_1949537.htm",
  "日期与版次取报头“中国城市报 2019年09月30日 星期一”与署名行。标题照录；网站导航、署名行与三条图片说明已删；存段在“惠科电子北海产业新城3000万台智能电”处中断，该段整段未收，正文七段（含两行小标题）。园区：广西北海工业园区（一家液晶显示器生产车间所在）、中国电子北海产业园（文中又作“产业园”“园区”；2009年12月开园）。公司：中国电子信息产业集团（与北海市战略合作，以中国电子北海产业园为载体）。事实：北海电子信息产业产值2009–2017年年均增长44.14%（city）。“惠科电子北海产业新城”在被删的残段中，不计。",
  "vv03"),
 parks=[
  park(BHG, "北海", "广西", "工业园区", "初秋9月,广西北海工业园区的一家液晶显示器生产车间内一派繁忙景象"),
  park(ZDB, "北海", "广西", "产业园", "中国电子北海产业园落户于此已有12年", note="2009年12月正式开园"),
 ],
 companies=[
  comp("中国电子信息产业集团", ZDB, D1, note="以中国电子北海产业园为载体"),
 ],
 institutions=[
  inst("北海市工业和信息化委员会", "据北海市工业和信息化委员会统计", note="统计来源"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact("北海市", "city", "electronics_output_cagr", 0.4414, "ratio", "2009年至2017年间,北海电子信息产业产值年均增长44.14%", "2009–2017年", kind="ratio", note="电子信息产业产值年均增长"),
 ])

# ---------------------------------------------------------------- vv04 东盟经开区 (中国-东盟博览 政经版 2017年1期, via fx361)
DM = "东盟经开区"
E1 = "百威啤酒、双汇食品、中粮集团、伊利冷饮等一批知名企业相继落户"
E2 = "仅2015年,就有兰州科天绿色环保高分子材料产业园、广东科利亚现代农业机械装备、华润雪花啤酒、华晨旅居车制造基地等产值过亿的重大项目进驻"
EAS = "2017年初（刊期2017年1期）"
G["vv04"] = dict(
 article=art("（无标题）东盟经开区：三大支柱产业、企业280多家，2015年一批产值过亿项目进驻", "中国-东盟博览(政经版) 2017年1期（本刊记者黎敏），载于 m.fx361.com", "2017-01", "month",
  "Regional magazine feature, Guangxi: a national economic-technological development zone near Nanning (former overseas-Chinese farm) — history, firm counts, well-known firms present, major projects that entered in 2015",
  "https://m.fx361.com/news/2017/0205/15725910.html",
  "刊期取存段首行“中国-东盟博览(政经版) 2017年1期”（网址 2017/0205）。存段无篇名（title 为编者概括）；刊名行与两行重复的署名“□ 文/本刊记者 黎敏”已删；存段在“总面积为 31.27 平方”处中断，该段整段未收，正文三段。文中原有的空格（“2013 年”“10 个”“规模以上企业 82个”“广西 最大”“自 2015 年”）照录。园区：东盟经开区（又作“东盟开发区”“经开区”；2013年升级为国家级经济技术开发区；前身广西武鸣华侨农场，南宁）。公司：百威啤酒、双汇食品、中粮集团、伊利冷饮（相继落户）。项目：兰州科天绿色环保高分子材料产业园、广东科利亚现代农业机械装备、华润雪花啤酒、华晨旅居车制造基地（2015年进驻，无状态词可对应→status null；“产值过亿”非投资额）。事实：企业280多家、规上企业82个（刊出时）；归侨侨眷7000多、60年代安置归侨1.2万多人为可选。",
  "vv04"),
 parks=[
  park(DM, "南宁", "广西", "经济技术开发区", "成立于2004年的东盟经开区,于2013 年升级为中国国家级经济技术开发区", district="武鸣", aliases=["东盟开发区"], note="前身广西武鸣华侨农场；区县由前身推断"),
 ],
 companies=[
  comp("百威啤酒", DM, E1),
  comp("双汇食品", DM, E1),
  comp("中粮集团", DM, E1),
  comp("伊利冷饮", DM, E1),
 ],
 institutions=[],
 projects=[
  proj("兰州科天绿色环保高分子材料产业园", DM, E2, status=None, status_text="进驻", note="产值过亿的重大项目，2015年进驻"),
  proj("广东科利亚现代农业机械装备", DM, E2, status=None, status_text="进驻"),
  proj("华润雪花啤酒", DM, E2, status=None, status_text="进驻"),
  proj("华晨旅居车制造基地", DM, E2, status=None, status_text="进驻"),
 ],
 funds=[],
 aggregate_facts=[
  fact(DM, "park", "firms", 280, "count", "共有企业280多家", EAS, qual="余", qtext="多"),
  fact(DM, "park", "firms_above_scale", 82, "count", "其中规模以上企业 82个", EAS),
  fact(DM, "park", "returned_overseas_chinese_residents", 7000, "count", "如今东盟经开区内仍居住着7000多归侨侨眷", EAS, qual="余", qtext="多", opt=True),
  fact(DM, "park", "returned_overseas_chinese_settled", 12000, "count", "曾安置印尼、越南等10 个东盟国家的归国华侨1.2万多人", "20世纪60年代", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- vv05 防城港 “十三五” (gxcounty 2020-10-20)
FK = "防城港经济技术开发区"
F1 = "广西华昇生态铝工业基地、柳钢防城港钢铁基地、金川有色金属等大型产业项目马力全开抢生产"
F2 = "在五金铜材卫浴产业园等在建项目施工现场,则处处是钢架林立、焊花飞溅、抓紧施工的繁忙景象"
F3 = "已经形成了以盛隆冶金、金川铜镍、大海粮油、广西华昇、广西钢铁等龙头企业引领的钢铁、有色金属、化工、能源、粮油食品、装备制造等六大支柱产业"
G["vv05"] = dict(
 article=art("（无标题）防城港“十三五”：防城港经济技术开发区大型产业项目抢生产，规上工业总产值近1000亿元", "广西县域经济网 gxcounty.com（存段无署名；原出处未标）", "2020-10-20", "day",
  "County-economy portal, Guangxi: a port city's five-year review — a reporter's visit to its national economic-technological development zone (big industrial projects in production, a park under construction) and the zone's above-scale output",
  "http://gxcounty.com/news/jjyw/20201020/165473.html",
  "日期取网址 20201020（存段无标题、无日期行；正文“10月17日,记者走进…”）。存段在末段“有力支撑经济平稳持”处中断；末段只留第一句，残句（含全市重大项目总投资、开工竣工数）删去（make_txt.py LINE_SUFFIX），正文六段（含两行小标题）。园区：防城港经济技术开发区。项目：广西华昇生态铝工业基地、柳钢防城港钢铁基地、金川有色金属（“马力全开抢生产”→投产）；五金铜材卫浴产业园（在建项目→在建；亦可视为园中园，列为可选园区）。公司：盛隆冶金等五家为全市支柱产业龙头，文中未放进园区，可选、park null。事实：防城港经济技术开发区规模以上工业总产值“近1000亿元”（约）。冷链专列一段与园区无关。",
  "vv05"),
 parks=[
  park(FK, "防城港", "广西", "经济技术开发区", "10月17日,记者走进防城港经济技术开发区"),
  park("五金铜材卫浴产业园", "防城港", "广西", "产业园", F2, parent=FK, opt=True, note="在建项目"),
 ],
 companies=[
  comp("盛隆冶金", None, F3, opt=True, note="全市支柱产业龙头，园区未明说"),
  comp("金川铜镍", None, F3, opt=True, note="同上"),
  comp("大海粮油", None, F3, opt=True, note="同上"),
  comp("广西华昇", None, F3, opt=True, note="同上；其生态铝工业基地在开发区"),
  comp("广西钢铁", None, F3, opt=True, note="同上"),
 ],
 institutions=[],
 projects=[
  proj("广西华昇生态铝工业基地", FK, F1, status="投产", status_text="马力全开抢生产"),
  proj("柳钢防城港钢铁基地", FK, F1, status="投产", status_text="马力全开抢生产"),
  proj("金川有色金属", FK, F1, status="投产", status_text="马力全开抢生产", note="以企业名作项目名"),
  proj("五金铜材卫浴产业园", FK, F2, status="在建", status_text="在建项目施工现场"),
 ],
 funds=[],
 aggregate_facts=[
  fact(FK, "park", "industrial_output_above_scale_cny", 1e11, "cny", "仅防城港经济技术开发区规模以上工业总产值就近1000亿元", "“十三五”时期（至2020年）", qual="约", qtext="近", chk=True),
 ])

# ---------------------------------------------------------------- vv06 洋浦 (cnss.com.cn 2018-04-11)
YP = "洋浦经济开发区"
HNLH = "中国石化海南炼油化工有限公司"
H1 = "据悉,海南炼化占地3750亩,拥有1000吨/年原油加工能力和国内首套国产化60万吨/年芳烃装置"
G["vv06"] = dict(
 article=art("（无标题）洋浦经济开发区：首批绿色园区打造全省油气产业标杆（海南炼化占地3750亩）", "中国航贸网 cnss.com.cn（港口动态栏；存段无署名，原出处未标）", "2018-04-11", "day",
  "Shipping-trade news site feature, Hainan: a national economic development zone's strategy after the 19th Party Congress and its oil-and-gas base — a refinery's site area and capacities",
  "https://www.cnss.com.cn/html/gkdt/20180411/307667.html",
  "日期取网址 20180411（存段无标题、无日期行；文中“3月底…中央媒体采访团”即2018年3月）。存段在末段“…聚酯原料等产品。2017”处中断，残字“2017”删去（make_txt.py LINE_SUFFIX），正文六段（含一行小标题）。园区：洋浦经济开发区（文中又作“洋浦”）。公司：中国石化海南炼油化工有限公司（以下简称“海南炼化”；在洋浦石化功能区）。事实：海南炼化占地3750亩；“1000吨/年原油加工能力”照文字记（应为“1000万吨”之误，可选）；60万吨/年芳烃装置（可选）。",
  "vv06"),
 parks=[
  park(YP, None, "海南", "经济开发区", "自党的十九大召开以来,洋浦经济开发区全面贯彻落实习近平新时代中国特色社会主义思想", note="位于海南岛西部；文中又作“洋浦”"),
 ],
 companies=[
  comp(HNLH, YP, "3月底,“辉煌30年美好新海南”中央媒体采访团走进中国石化海南炼油化工有限公司(以下简称“海南炼化”)石化功能区", aliases=["海南炼化"]),
 ],
 institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(HNLH, "company", "site_area_mu", 3750, "mu", "据悉,海南炼化占地3750亩", "2018年3月"),
  fact(HNLH, "company", "crude_processing_capacity_tonnes_per_year", 1000, "tonnes/year", H1, "2018年3月", opt=True, note="文字作“1000吨/年”，照录（疑脱“万”）"),
  fact(HNLH, "company", "aromatics_capacity_tonnes_per_year", 600000, "tonnes/year", H1, "2018年3月", opt=True),
 ])

# ---------------------------------------------------------------- vv07 海南互联网产业 (2019, via fx361)
FXY = "复兴域互联网创新创业园"
STR = "海南生态软件园"
K1 = "截至目前,复兴域互联网创新创业园景计注册企业已达771家,包括阿里巴巴、蚂蚁金服、普华水道、爱奇艺、今日头条等为代表的总部型企业以及国际创新机构、中小型企业纷纷入驻"
K2 = "今年7月中旬,由海南生态软件园投资20亿元建设的iSchool微城未来学校也如期开放迎接首批学生"
KAS = "2019年上半年"
G["vv07"] = dict(
 article=art("上半年海南互联网产业呈现良好发展态势", "本报讯（报名未标），载于 m.fx361.cc", "2019-11-08", "day",
  "Newspaper brief stored on a periodicals site, Hainan: the province's internet industry in the first half — revenue and value added, an internet start-up park's registered firms, a platform firm's regional HQ revenue, a software park as e-sports carrier and its 2-bn school",
  "https://m.fx361.cc/news/2019/1108/6087818.html",
  "日期取页面“2019-11-08”（文中“今年上半年”“今年7月中旬”，即2019年）。标题照录；日期行已删；存段在末段“满足园区高端人才子”处中断，残句删去（make_txt.py LINE_SUFFIX）。存段的错字照录：“复兴域”（当为复兴城）、“景计”（当为累计）、“三亞”。园区：复兴域互联网创新创业园（名照文字）、海南生态软件园。公司：阿里巴巴、蚂蚁金服、普华水道、爱奇艺、今日头条（入驻复兴域…园）；京东（区域总部落地三亞，无园区）；腾讯电竞以海南生态软件园为产业载体（可选）；腾讯、百度为省级合作（可选，无园区）。项目：iSchool微城未来学校（海南生态软件园投资20亿元建设；“如期开放”→竣工）。事实：复兴域…园注册企业771家（cumulative）、上半年新增100家；京东上半年电子商务营收超30亿元；全省互联网产业上半年营收310.53亿元、增加值109.65亿元（region）。",
  "vv07"),
 parks=[
  park(FXY, None, "海南", "产业园", K1, note="名照文字（当为复兴城互联网创新创业园）"),
  park(STR, None, "海南", "产业园", "以海南生态软件园为产业载体"),
 ],
 companies=[
  comp("阿里巴巴", FXY, K1),
  comp("蚂蚁金服", FXY, K1),
  comp("普华水道", FXY, K1),
  comp("爱奇艺", FXY, K1),
  comp("今日头条", FXY, K1),
  comp("京东", None, "以京东为例,去年4月,京东贸易区域总部才落地三亞", note="区域总部落地三亞（城市，非园区）"),
  comp("腾讯电竞", STR, "腾讯电竞将助力海南加快建设国际电竞港", opt=True, note="以海南生态软件园为产业载体"),
  comp("腾讯", None, "去年腾讯、阿里巴巴、百度等国内互联网巨头纷纷布局海南", opt=True),
  comp("百度", None, "去年腾讯、阿里巴巴、百度等国内互联网巨头纷纷布局海南", opt=True),
 ],
 institutions=[
  inst("海南省工业和信息化厅", "本报讯海南省工业和信息化厅目前发布的数据显示", note="数据发布"),
 ],
 projects=[
  proj("iSchool微城未来学校", STR, K2, inv="投资20亿元", status="竣工", status_text="如期开放迎接首批学生", note="园区配套学校"),
 ],
 funds=[],
 aggregate_facts=[
  fact(FXY, "park", "registered_firms", 771, "count", K1, "2019年（截至目前）", kind="cumulative"),
  fact(FXY, "park", "new_firms", 100, "count", "仅今年上半年就新增了100家企业", KAS),
  fact("京东", "company", "ecommerce_revenue_cny", 3e9, "cny", "今年上半年,该公司电子商务营收就实现了快速增长,超过了30亿元", KAS, qual="超", qtext="超过", chk=True),
  fact("海南省", "region", "internet_industry_revenue_cny", 310.53e8, "cny", "前6个月全省互联网产业实现营业收入310.53亿元", KAS, chk=True),
  fact("海南省", "region", "internet_industry_value_added_cny", 109.65e8, "cny", "实现增加值109.65亿元", KAS, chk=True),
  fact("海南省", "region", "internet_industry_revenue_growth", 0.2881, "ratio", "同比增长28.81%", KAS, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vv08 北海冠捷 (中新社 2016, via gx.cnipai)
BH = "北海工业园区"
GJ = "冠捷显示科技(北海)有限公司"
L1 = "在以电子信息产业为主导的北海工业园区,除冠捷外,还汇聚有惠科、朗科、三诺、冠德等众多知名电子信息制造企业"
G["vv08"] = dict(
 article=art("（无标题）台湾冠捷在北海：北海工业园区电子信息企业集聚，电子信息产业2015年产值1034.8亿元", "中新社（记者未署名于存段），载于 gx.cnipai.com", "2016", "year",
  "News-agency feature relayed by a regional portal, Guangxi: a Taiwanese display-maker's plant manager in an industrial park — shipments, the park's electronics firms, the city's electronics output then and now, a state-group park",
  "https://gx.cnipai.com/news/detail/123415.html",
  "存段无标题、无日期行；年份取文中“2016年是北部湾经济区设立10周年”（precision year）。存段末段“不仅是冠捷,富士康近日…将在”为残句，整段未收，正文七段。园区：北海工业园区（冠捷及惠科、朗科、三诺、冠德所在；中国电子信息产业集团2007年进驻）、中国电子北海产业园（2009年建成投产）。公司：冠捷显示科技(北海)有限公司（文中又作“北海冠捷”“冠捷”）、台湾冠捷科技集团（可选）、惠科、朗科、三诺、冠德、中国电子信息产业集团。事实：北海冠捷2012年出货190万台、2014年500万台显示器；北海电子信息产业2015年产值1034.8亿元（city），2006年25.6亿元（可选）。",
  "vv08"),
 parks=[
  park(BH, "北海", "广西", "工业园区", L1),
  park("中国电子北海产业园", "北海", "广西", "产业园", "2009年建成投产的中国电子北海产业园创造了中国第一条固态干钽电容生产线等多项纪录"),
 ],
 companies=[
  comp(GJ, BH, "任职冠捷显示科技(北海)有限公司总经理", aliases=["北海冠捷", "冠捷"], note="位置由“除冠捷外”一句定"),
  comp("冠捷科技集团", None, "作为台湾冠捷科技集团的管理层", opt=True, note="母集团"),
  comp("惠科", BH, L1),
  comp("朗科", BH, L1),
  comp("三诺", BH, L1),
  comp("冠德", BH, L1),
  comp("中国电子信息产业集团", BH, "2007年,中国电子行业龙头中国电子信息产业集团进驻北海工业园区"),
 ],
 institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(GJ, "company", "display_shipments_units", 1900000, "units", "2012年出货190万台显示器", "2012年"),
  fact(GJ, "company", "display_shipments_units", 5000000, "units", "2014年达到500万台", "2014年"),
  fact("北海市", "city", "electronics_output_cny", 1034.8e8, "cny", "2015年,北海电子信息产业实现产值1034.8亿元", "2015年", chk=True),
  fact("北海市", "city", "electronics_output_cny", 25.6e8, "cny", "北海的电子信息产业总产值仅为25.6亿元", "2006年", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- vv09 海南生态软件园 (人民日报 2021-04-14, via 每日甘肃网)
G["vv09"] = dict(
 article=art("这里“长”出个软件园(沿着高速看中国)", "人民日报（记者赵鹏、王欣悦），人民网转载，载于 china.gansudaily.com.cn（每日甘肃网）", "2021-04-14", "day",
  "National daily's travel-series feature relayed by a provincial portal, Hainan: a software park beside the ring expressway — its setting, general manager, research institute, school, blockchain pilot zone",
  "https://china.gansudaily.com.cn/system/2021/04/14/030316499.shtml",
  "日期取页面“2021/04/14 14:04 来源:人民网-人民日报”。标题照录；位置导航、来源行和重复署名行已删；存段在“有舞台就得有导”处中断，该段整段未收，正文七段。园区：海南生态软件园（位于澄迈县；2018年10月设立区块链试验区）。机构：中国电子(海南)联合创新研究院（在园区工作，可选）。无金额、无可计数事实（“半小时左右”“此后4年”“10个月”均非园区指标）。",
  "vv09"),
 parks=[
  park(STR, None, "海南", "产业园", "半小时左右便抵达位于澄迈县的海南生态软件园", district="澄迈县"),
 ],
 companies=[],
 institutions=[
  inst("中国电子(海南)联合创新研究院", "作为中国电子(海南)联合创新研究院院长助理", kind="research", park=STR, note="院长助理在园区工作"),
 ],
 projects=[], funds=[], aggregate_facts=[],
)
