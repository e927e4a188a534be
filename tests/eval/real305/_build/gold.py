# real305 ground truth, read by build_all.py (copied unchanged from real52; helpers park/comp/inst/proj/fund/fact/art/amt
# defined there). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a city or county is not a park). Status from
# the text's words (集中开工 / 正式开工 → 开工; 建成投产 / 投入运行 / 顺利投产 → 投产; 签约 / 签订战略协议 → 签约; 即将开工建设 →
# planned). A firm in production or building with no project named is a company, no project invented (as real52 zv06).
# “预计” / plan figures are kind target; year-to-date counts (“截至目前”) are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/qrNN.raw as returned.

# ---------------------------------------------------------------- qr01 大冶 汉龙新能源汽车配套产业园 (大冶云 2016)
HL = "汉龙新能源汽车配套产业园"
A0 = "11月24号上午,黄石市2016年第三批重点项目集中开工暨冶商总会重大项目签约仪式在我市汉龙新能源汽车配套产业园隆重举行"
A1 = "总投资80亿元的汉龙新能源汽车发动机等6个项目集中开工,总投资104.8亿元的锂电池基础材料产业基地等16个项目集中签约"
A2 = "标志着投资30亿元的汉龙新能源汽车发动机、投资25亿元的汽车轮毂、投资10亿元的汽车模具、投资5亿元的汽车座椅、投资5亿元的汽车保险杠和投资5亿元的汽车天窗生产六大项目正式开工"
A3 = "分别就投资30亿元的锂电池基础材料产业基地项目、投资6亿元的智能科技产业园项目、投资2亿元的汽车保险杠生产项目等16个项目签约"
AS1 = "2016年11月24日（集中开工、签约）"
NSIX = "六大项目之一；园区由语境推定（开工仪式在该产业园举行，并称“汉龙新能源汽车配套产业园开工仪式”）"
G["qr01"] = dict(
 article=art("（无标题）黄石市2016年第三批重点项目集中开工暨冶商总会重大项目签约仪式在大冶汉龙新能源汽车配套产业园举行",
  "大冶云（dayeyun.cjyun.org，长江云平台；存段无标题、无署名，原发媒体未注明）", "2016-11", "month",
  "County-level city portal, Hubei (黄石 大冶): a city's batch groundbreaking held in an auto-parts park — six named projects started with their sums, three of sixteen signed projects named with sums, totals for both",
  "http://dayeyun.cjyun.org/p/8488.html",
  "存段无标题、无日期行；年份取文中“黄石市2016年第三批重点项目”，活动日为“11月24号上午”（2016-11-24），刊发日推定为当日或稍后（precision month）。存段末段“大冶市委书记李修武在仪式上致辞…这些重大”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），该段中的大冶市全年签约/开工/投产数因而不在文本中。正文五段。园区：汉龙新能源汽车配套产业园（“我市”即大冶市，黄石市代管，湖北）。开工六项目（汉龙新能源汽车发动机30亿元、汽车轮毂25亿元、汽车模具10亿元、汽车座椅5亿元、汽车保险杠5亿元、汽车天窗5亿元，合计80亿元）→开工；园区由语境推定为该产业园。签约16项中点名3项（锂电池基础材料产业基地项目30亿元、智能科技产业园项目6亿元、汽车保险杠生产项目2亿元）→签约，由市长与乡镇负责人分别签约，落户地未说，园区 null。“冶商总会”列可选机构。",
  "qr01"),
 parks=[
  park(HL, "黄石", "湖北", "产业园", A0, district="大冶市", note="文中“我市”即大冶市；又见“汉龙汽车产业园”（已删末段）"),
 ],
 companies=[],
 institutions=[
  inst("冶商总会", A0, kind="association", note="重大项目签约仪式主办方之一（“冶商总会重大项目签约仪式”）"),
 ],
 projects=[
  proj("汉龙新能源汽车发动机", HL, A2, inv="投资30亿元", status="开工", status_text="正式开工", note=NSIX),
  proj("汽车轮毂", HL, A2, inv="投资25亿元", status="开工", status_text="正式开工", note=NSIX),
  proj("汽车模具", HL, A2, inv="投资10亿元", status="开工", status_text="正式开工", note=NSIX),
  proj("汽车座椅", HL, "投资5亿元的汽车座椅", inv="投资5亿元", status="开工", status_text="正式开工", note=NSIX),
  proj("汽车保险杠", HL, "投资5亿元的汽车保险杠和", inv="投资5亿元", status="开工", status_text="正式开工",
       note=NSIX + "；与签约的“汽车保险杠生产项目”（2亿元）不同"),
  proj("汽车天窗", HL, "投资5亿元的汽车天窗生产六大项目正式开工", inv="投资5亿元", status="开工", status_text="正式开工",
       aliases=["汽车天窗生产"], note=NSIX + "；文中作“汽车天窗生产六大项目”"),
  proj("锂电池基础材料产业基地项目", None, A3, inv="投资30亿元", status="签约", status_text="签约", note="16个签约项目之一；落户地未说"),
  proj("智能科技产业园项目", None, "投资6亿元的智能科技产业园项目", inv="投资6亿元", status="签约", status_text="签约", note="同上"),
  proj("汽车保险杠生产项目", None, "投资2亿元的汽车保险杠生产项目", inv="投资2亿元", status="签约", status_text="签约", note="同上"),
 ],
 aggregate_facts=[
  fact(HL, "park", "projects_started", 6, "count", A1, AS1, note="6个项目集中开工（园区推定）"),
  fact(HL, "park", "projects_started_investment_cny", 8e9, "cny", A1, AS1, chk=True, note="六项合计，园区推定"),
  fact("大冶市", "region", "projects_signed", 16, "count", "总投资104.8亿元的锂电池基础材料产业基地等16个项目集中签约", AS1),
  fact("大冶市", "region", "signed_investment_cny", 1.048e10, "cny", "总投资104.8亿元的锂电池基础材料产业基地等16个项目集中签约", AS1, chk=True),
 ])

# ---------------------------------------------------------------- qr02 荆门 三季度拉练观摩侧记 (荆门日报 2017)
DCH = "大柴湖经济开发区"
ZH = "漳河新区"
B0 = "观摩活动的第一站,就是位于大柴湖经济开发区的湖北壹鸣生物蝴蝶兰繁育项目"
B1 = "更吸引人的,是组培中心育苗工厂于9月底建成投产的消息"
B2 = "截至10月16日,工厂已生产蝴蝶兰母瓶10万瓶、子瓶30万瓶,百亩蝴蝶兰生产大棚全面投产"
G["qr02"] = dict(
 article=art("金秋且看发展“花”——全市三季度经济形势分析会暨项目建设和招商引资拉练观摩活动侧记", "荆门日报（“来源:荆门日报等”），载于 linyi110.com 页面（站名存段未示）", "2017-10-23", "day",
  "City daily's feature relayed on an agency web page, Hubei (荆门): a city inspection tour (拉练观摩) of 25 major projects — photo captions naming two projects, a flower-breeding project in an economic development zone that has gone into production, with output figures",
  "http://www.linyi110.com/html/ywgztzhzdxmjsnews2466.html",
  "日期取页面“时间:2017/10/23 10:43:00”（观摩活动为10月19日至20日）。标题照录；导航行、来源时间行及图片文件名“3.jpg”“4.jpg”已删；两条图片说明（“观摩京山县华俄激光切割机生产项目”“听取漳河新区飞行体验中心项目介绍”）保留为段落；小标题“主导产业挑起发展大梁”保留。存段末段“在钟祥市,中国农谷汇源生态产业园体验园项目…成为在”在句中中断，整段删去。正文共九段（含图片说明与小标题）。园区：大柴湖经济开发区（荆门市钟祥市，湖北）；漳河新区（荆门市的新区，只在图片说明中，可选）。项目：湖北壹鸣生物蝴蝶兰繁育项目（位于大柴湖经济开发区；组培中心育苗工厂“9月底建成投产”→投产）；京山县华俄激光切割机生产项目、漳河新区飞行体验中心项目只见于图片说明，无状态，列可选（前者园区 null，后者园区漳河新区）。观摩25个项目为全市数（region，可选）。壹鸣产量与规划产能列可选公司事实。",
  "qr02"),
 parks=[
  park(DCH, "荆门", "湖北", "经济开发区", "发展精品花卉,打造“中国花城”,是大柴湖经济开发区的主导产业之一", district="钟祥市",
       note="文中未写所在县市；大柴湖经济开发区在钟祥市"),
  park(ZH, "荆门", "湖北", "新区", "听取漳河新区飞行体验中心项目介绍", opt=True, note="只在图片说明中"),
 ],
 companies=[
  comp("湖北壹鸣生物", DCH, B0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("湖北壹鸣生物蝴蝶兰繁育项目", DCH, B0, companies=["湖北壹鸣生物"], status="投产", status_text="建成投产",
       note="组培中心育苗工厂2017年9月底建成投产；百亩生产大棚全面投产"),
  proj("京山县华俄激光切割机生产项目", None, "观摩京山县华俄激光切割机生产项目", opt=True, note="只在图片说明中；京山县，园区未说"),
  proj("漳河新区飞行体验中心项目", ZH, "听取漳河新区飞行体验中心项目介绍", opt=True, note="只在图片说明中"),
 ],
 aggregate_facts=[
  fact("荆门市", "region", "projects_inspected", 25, "count", "对全市各地遴选的25个重大项目进行集中检视", "2017年10月19日至20日", opt=True),
  fact("湖北壹鸣生物", "company", "mother_flasks_produced", 1e5, "flasks", B2, "截至2017年10月16日", kind="cumulative", opt=True),
  fact("湖北壹鸣生物", "company", "daughter_flasks_produced", 3e5, "flasks", B2, "截至2017年10月16日", kind="cumulative", opt=True),
  fact("湖北壹鸣生物", "company", "planned_annual_capacity_plants", 5e7, "plants", "项目建成后,每年能培育蝴蝶兰5000万株", "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- qr03 荆门高新区·掇刀区一季度 (中国县域经济报 2018)
JM = "荆门高新区"
C0 = "一季度,湖北荆门高新区·掇刀区实现规模以上工业总产值157亿元,同比增长18.91%"
C1 = "全区产值过亿的企业20家,其中过50亿的1家,过10亿的1家"
C2 = "格林美三元前驱体动力电池材料畅销,增幅达到66.48%"
C3 = "一季度,格林美三元前驱体动力电池材料等3个技改项目投入运行,晶昱玻璃轻量化啤酒瓶生产线技改等项目即将开工建设"
AS3 = "2018年一季度"
G["qr03"] = dict(
 article=art("湖北荆门高新区·掇刀区一季度工业经济成绩亮眼", "中国县域经济报（推定：网址 newsid 后缀 zgxyjjb，正文“本报讯”），载于 xyshjj.cn 电子报", "2018", "year",
  "National county-economy newspaper's brief, Hubei (荆门): a high-tech zone merged with its district reports first-quarter industrial output and growth, firms by output band, named firms' growth and orders, technical-renovation projects in operation and about to start",
  "http://www.xyshjj.cn/epaper_detail?newsid=3649132_zgxyjjb",
  "存段无日期行；年份取文中“2018年,该区拟实施重点技改项目29个”，为2018年一季度后的报道（约2018年4月），precision 记 year。外发媒体名由网址推定。标题照录，正文三段，完整。园区：荆门高新区（文中作“湖北荆门高新区·掇刀区”，区政合一；荆门市掇刀区，湖北）；名称取“荆门高新区”，别名“荆门高新区·掇刀区”。公司（均在园区）：格林美、金泉新材料、中集宏图、博韬合纤、晶昱玻璃、长丰猎豹（后者可选：只作服务重点）。项目：格林美三元前驱体动力电池材料技改项目（“投入运行”→投产）；晶昱玻璃轻量化啤酒瓶生产线技改（“即将开工建设”→planned）。事实：规上工业总产值157亿元、增长18.91%（2018年一季度）；产值过亿企业20家（过50亿、过10亿各1家可选）；2018年拟实施重点技改项目29个（target）；走访企业127家（可选）；公司事实：格林美增幅66.48%、中集宏图订单额10亿元、博韬合纤订单增长10%及3月产值增长38.78%（后两项可选）。金泉新材料“累计增长了近三倍”不计（倍数含义不清）。",
  "qr03"),
 parks=[
  park(JM, "荆门", "湖北", "高新区", C0, district="掇刀区", aliases=["荆门高新区·掇刀区"], note="与掇刀区区政合一，文中作“湖北荆门高新区·掇刀区”“该区”“全区”"),
 ],
 companies=[
  comp("格林美", JM, C2),
  comp("金泉新材料", JM, "金泉新材料产能释放,累计增长了近三倍"),
  comp("中集宏图", JM, "中集宏图承接订单额达10亿元"),
  comp("博韬合纤", JM, "博韬合纤丙纶短纤维订单增长10%,3月产值增长38.78%"),
  comp("晶昱玻璃", JM, C3, note="技改项目即将开工"),
  comp("长丰猎豹", JM, "同时以长丰猎豹等企业为重点,加大服务和申报力度,促进企业尽快入规", opt=True, note="服务与入规申报重点"),
 ],
 projects=[
  proj("格林美三元前驱体动力电池材料技改项目", JM, C3, companies=["格林美"], status="投产", status_text="投入运行",
       aliases=["格林美三元前驱体动力电池材料"], note="“等3个技改项目投入运行”之一；文中只作“格林美三元前驱体动力电池材料”"),
  proj("晶昱玻璃轻量化啤酒瓶生产线技改", JM, C3, companies=["晶昱玻璃"], status="planned", status_text="即将开工建设"),
 ],
 aggregate_facts=[
  fact(JM, "park", "industrial_output_cny", 1.57e10, "cny", C0, AS3, chk=True, note="规模以上工业总产值"),
  fact(JM, "park", "industrial_output_yoy_growth", 0.1891, "ratio", C0, AS3, kind="ratio"),
  fact(JM, "park", "firms_output_over_100m", 20, "count", C1, AS3),
  fact(JM, "park", "firms_output_over_5bn", 1, "count", C1, AS3, opt=True),
  fact(JM, "park", "firms_output_over_1bn", 1, "count", C1, AS3, opt=True, note="过10亿（不含过50亿的1家？文中未明）"),
  fact(JM, "park", "tech_renovation_projects_started", 3, "count", C3, AS3, opt=True, note="投入运行的技改项目"),
  fact(JM, "park", "tech_renovation_projects_planned", 29, "count", "2018年,该区拟实施重点技改项目29个", "2018年（计划）", kind="target"),
  fact(JM, "park", "firms_visited", 127, "count", "一季度对127家企业进行了走访", AS3, opt=True),
  fact("格林美", "company", "sales_growth", 0.6648, "ratio", C2, AS3, kind="ratio", note="三元前驱体动力电池材料增幅"),
  fact("中集宏图", "company", "orders_cny", 1e9, "cny", "中集宏图承接订单额达10亿元", AS3, chk=True),
  fact("博韬合纤", "company", "orders_growth", 0.10, "ratio", "博韬合纤丙纶短纤维订单增长10%", AS3, kind="ratio", opt=True),
  fact("博韬合纤", "company", "output_growth_march", 0.3878, "ratio", "3月产值增长38.78%", "2018年3月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qr04 宜昌高新区 天豪 (湖北日报 2017)
YC = "宜昌高新区"
EIP = "电子信息产业园"
D0 = "宜昌高新区与天豪数码通信有限公司签订战略协议,天豪公司将在宜昌投资建设智能终端产业园和石墨烯产业园,总投资额30亿元"
D1 = "天豪智能终端产业园和石墨烯产业园项目共分两期建设,其中一期计划投资10亿元人民币"
D2 = "截至目前,全区新签约5000万元以上产业项目已达89个,完成全年目标任务的73%"
D3 = "世纪联合创新、航耀科技等一批在建重点项目顺利投产"
AS4 = "2017年（截至8月16日）"
G["qr04"] = dict(
 article=art("宜昌再获智能终端项目大单 助力打造鄂西智能产业中心", "湖北日报（全媒体记者张茜；湖北日报网香港16日电），载于荆楚网 news.cnhubei.com", "2017-08-17", "day",
  "Provincial daily on its portal, Hubei (宜昌): a national high-tech zone signs a strategic agreement for a two-phase smart-terminal and graphene park (total and first-phase sums, expected output), the zone's year-to-date signings and projects gone into production",
  "http://news.cnhubei.com/xw/2017zt/2017egayjmhzqt/201708/t3887811.shtml",
  "日期取页面“发布时间:2017-08-17 00:07:49”；电头“香港16日电”，签约在2017年8月16日鄂粤经贸洽谈会上。标题照录；栏目行、“交通违章权威查询”、发布时间来源行、末行“更多资讯,欢迎扫描下方”已删。正文四段，完整。园区：宜昌高新区（宜昌国家高新区，湖北）；“电子信息产业园”为宜昌建设的产业园，二期拟在其中征地，列可选园区（母园区推定为宜昌高新区）。公司：天豪数码通信有限公司（又作“天豪公司”；与宜昌高新区签约，园区记宜昌高新区）；世纪联合创新、航耀科技（“全区…在建重点项目顺利投产”→园区宜昌高新区）。项目：天豪智能终端产业园和石墨烯产业园项目（签订战略协议→签约；总投资额30亿元；一期计划投资10亿元另列可选项目）；世纪联合创新、航耀科技以企业名作项目名（顺利投产→投产）。事实：全区新签约5000万元以上产业项目89个（截至目前，cumulative）、完成全年目标73%（可选）；天豪一期建成后年产值不低于40亿元（target，不低于→超）。",
  "qr04"),
 parks=[
  park(YC, "宜昌", "湖北", "高新区", D0, note="文中又作“全区”；“宜昌高新区管委会”"),
  park(EIP, "宜昌", "湖北", "产业园", "宜昌将电子信息产业规划为千亿产业,建设电子信息产业园,一年来吸引了一大批行业龙头企业入驻,集聚效应明显",
       parent=YC, opt=True, note="母园区由语境推定（高新区负责人介绍）"),
 ],
 companies=[
  comp("天豪数码通信有限公司", YC, D0, aliases=["天豪公司"], note="签约投资方；项目在宜昌"),
  comp("世纪联合创新", YC, D3, note="在建重点项目顺利投产"),
  comp("航耀科技", YC, D3, note="同上"),
 ],
 institutions=[
  inst("宜昌高新区管委会", "天豪公司将与宜昌高新区管委会指定企业(国企)在宜昌成立一家供应链公司", park=YC),
 ],
 projects=[
  proj("天豪智能终端产业园和石墨烯产业园项目", YC, D0, companies=["天豪数码通信有限公司"], inv="总投资额30亿元", status="签约",
       status_text="签订战略协议", aliases=["智能终端产业园和石墨烯产业园"], note="分两期建设；二期拟在电子信息产业园征地200亩"),
  proj("天豪智能终端产业园和石墨烯产业园项目（一期）", YC, D1, companies=["天豪数码通信有限公司"], inv="一期计划投资10亿元", phase="一期",
       status="签约", status_text="签订战略协议", opt=True, note="一期：高端主板贴片线10条、手机整机组装线20条"),
  proj("世纪联合创新", YC, D3, companies=["世纪联合创新"], status="投产", status_text="顺利投产", note="以企业名作项目名"),
  proj("航耀科技", YC, D3, companies=["航耀科技"], status="投产", status_text="顺利投产", note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(YC, "park", "projects_signed", 89, "count", D2, AS4, kind="cumulative", note="新签约5000万元以上产业项目"),
  fact(YC, "park", "signing_target_completion", 0.73, "ratio", D2, AS4, kind="ratio", opt=True),
  fact("天豪数码通信有限公司", "company", "expected_annual_output_cny", 4e9, "cny", "一期项目建成投产后年产值不低于40亿元", "一期建成投产后（预计）",
       kind="target", qual="超", qtext="不低于", chk=True),
  fact(YC, "park", "electronics_output_yoy_growth", 1.0, "ratio", "其中电子信息产业产值与去年同期相比翻了一番", AS4, kind="ratio", opt=True, note="翻了一番→增长100%"),
 ])

# ---------------------------------------------------------------- qr05 荆门 特色产业园区 (via hubei.cnipai 2017)
DB = "东宝区绿色建筑建材产业园"
ZX = "装备制造产业园"
E0 = "记者走进荆门市东宝区绿色建筑建材产业园,看到一片繁忙场景"
E1 = "凯利禾香板生产线机器轰鸣,亚丹生态家居刚刚投产,还有亚飞新材料、万华生态板业、诗尼曼定制家居……都在紧张建设之中"
E2 = "钟祥市成立钟瑞祥投资有限公司,将市内所有国有资产打包抵押,撬动重资产建设投资,建设10平方公里装备制造产业园"
G["qr05"] = dict(
 article=art("（无标题）荆门县市区两年建成20多个特色产业园区", "原发媒体未注明（存段无标题、署名与日期），载于工业园网湖北站 hubei.cnipai.com", "2017", "year",
  "Industrial-park portal relaying a news feature, Hubei (荆门): county-level special industrial parks — a green building-materials park with firms in production and under construction, a planned equipment-manufacturing park built by a state investment company, the city's 2016 investment figures",
  "https://hubei.cnipai.com/news/detail/158897.html",
  "存段无标题、无日期行；年份推定为2017年（文中“2016年,荆门市固定资产投资增长18.9%”“今年2月又出台了…十项政策清单”）。标题为编者概括。存段末段“围绕供给侧结构性改革…一批传统”在句中中断，整段删去；正文五段。原文“总经理章登俊对说”“等 支柱产业”照录（疑原文缺字、多空格）。园区：东宝区绿色建筑建材产业园（文中作“荆门市东宝区绿色建筑建材产业园”；荆门市东宝区，湖北）；钟祥市“10平方公里装备制造产业园”（在建设中，名称泛称，可选）；“漳河新区”只作产业分工提及，不列。公司（均在东宝区绿色建筑建材产业园）：凯利禾香板（生产中）、亚丹生态家居(荆门)有限公司（刚刚投产）、亚飞新材料、万华生态板业、诗尼曼定制家居（在建）——文中未点名项目，按惯例只列公司，状态写在 note；钟瑞祥投资有限公司（钟祥市国资平台，园区 null，可选）。项目：装备制造产业园建设（可选，无状态词）。事实：荆门市（region）两年建成20多个特色产业园区（余）；2016年固定资产投资增长18.9%、企业类市场主体增长22.3%；2016年策划重资产项目62个、完成建筑面积160多万平方米（余）。",
  "qr05"),
 parks=[
  park(DB, "荆门", "湖北", "产业园", E0, district="东宝区", note="文中作“荆门市东宝区绿色建筑建材产业园”，又作“园区”"),
  park(ZX, "荆门", "湖北", "产业园", E2, district="钟祥市", opt=True, note="钟瑞祥投资有限公司建设中的10平方公里园区；名称为泛称"),
 ],
 companies=[
  comp("凯利禾香板", DB, E1, note="生产线运转"),
  comp("亚丹生态家居(荆门)有限公司", DB, "亚丹生态家居(荆门)有限公司总经理章登俊对说,园区上下游企业已形成绿色家居产业链", aliases=["亚丹生态家居"], note="刚刚投产"),
  comp("亚飞新材料", DB, E1, note="紧张建设之中"),
  comp("万华生态板业", DB, E1, note="紧张建设之中"),
  comp("诗尼曼定制家居", DB, E1, note="紧张建设之中"),
  comp("钟瑞祥投资有限公司", None, E2, opt=True, note="钟祥市国有投资平台，建设装备制造产业园"),
 ],
 projects=[
  proj("装备制造产业园", None, E2, companies=["钟瑞祥投资有限公司"], opt=True, note="园区开发项目，10平方公里，钟祥市；无状态词"),
 ],
 aggregate_facts=[
  fact("荆门市", "region", "special_industrial_parks_built", 20, "count", "两年间县市区相继建成20多个特色产业园区", "2015–2017年（两年间）",
       kind="cumulative", qual="余", qtext="多"),
  fact("荆门市", "region", "fixed_asset_investment_yoy_growth", 0.189, "ratio", "2016年,荆门市固定资产投资增长18.9%,实有企业类市场主体增长22.3%", "2016年", kind="ratio"),
  fact("荆门市", "region", "enterprise_entities_yoy_growth", 0.223, "ratio", "实有企业类市场主体增长22.3%", "2016年", kind="ratio", opt=True),
  fact("荆门市", "region", "heavy_asset_projects", 62, "count", "2016年,荆门全市策划此类重资产项目62个,完成建筑面积160多万平方米", "2016年"),
  fact("荆门市", "region", "heavy_asset_floor_area_m2", 1.6e6, "m2", "完成建筑面积160多万平方米", "2016年", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- qr06 襄阳高新区 / 宜昌高新区 profiles (荆楚网 2017)
XY = "襄阳高新区"
YC2 = "宜昌高新区"
BL = "襄阳保税物流中心"
F0 = "经过二十余年的建设发展,高新区的辖区面积由建区之初的7.5平方公里扩大到现在的200平方公里,各类注册企业由17家发展到9111家"
AS6 = "2017年（刊发时，“现在”）"
G["qr06"] = dict(
 article=art("（无标题）襄阳高新区、宜昌高新区概况", "荆楚网宜昌频道 yc.cnhubei.com（编辑连明明；作者栏空，原发媒体未注明）", "2017-06", "month",
  "Provincial news portal's city channel, Hubei: short profiles of two national high-tech zones — founding, area, registered firms, revenue and GDP then and now, spatial layout, leading industries; a bonded logistics centre in one of them",
  "http://yc.cnhubei.com/xw/jj/201706/t3848167_1.shtml",
  "日期取网址 201706（precision month）。存段为多页稿件之一页（网址 _1），无总标题（title 为编者概括）；两小标题“襄阳高新区”“宜昌高新区”与两条图片说明（“位于襄阳高新区的襄阳保税物流中心”“宜昌高新区一角”）保留为段落；末行“(作者: 编辑:连明明)”已删。正文九段，完整。园区：襄阳高新区（国家级高新区，1992年11月国务院批准；襄阳，湖北；“一区三园”）；宜昌高新区（宜昌国家高新技术产业开发区，2010年12月18日国务院批准；宜昌，湖北）；襄阳保税物流中心（只在图片说明中，位于襄阳高新区，可选）。事实：襄阳高新区辖区面积200平方公里、注册企业9111家、营业总收入2750亿元、GDP 875亿元（“现在”，as_of 记刊发时）；宜昌高新区总面积360平方公里、7个国家级招牌（可选）。建区之初的7.5平方公里、17家、3.7亿元、1.35亿元为起点数，不列。",
  "qr06"),
 parks=[
  park(XY, "襄阳", "湖北", "高新区", "襄阳高新区是1992年11月经国务院批准设立的国家级高新区", note="文中又作“高新区”"),
  park(YC2, "宜昌", "湖北", "高新区", "宜昌高新区总面积360平方公里,拥有国家新型工业化示范基地、国家创新型特色园区等7个国家级招牌",
       aliases=["宜昌国家高新技术产业开发区"], note="全称见文"),
  park(BL, "襄阳", "湖北", "保税物流中心", "位于襄阳高新区的襄阳保税物流中心", parent=XY, opt=True, note="只在图片说明中"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(XY, "park", "area_km2", 200, "km2", F0, AS6),
  fact(XY, "park", "registered_firms", 9111, "count", F0, AS6),
  fact(XY, "park", "operating_revenue_cny", 2.75e11, "cny", "增长到2750亿元,GDP由1.35亿元增长到875亿元", AS6, chk=True, note="营业总收入"),
  fact(XY, "park", "gdp_cny", 8.75e10, "cny", "增长到875亿元", AS6, chk=True),
  fact(XY, "park", "sub_parks", 3, "count", "高新区已形成“一区三园”空间布局", AS6, opt=True),
  fact(YC2, "park", "area_km2", 360, "km2", "宜昌高新区总面积360平方公里", AS6),
  fact(YC2, "park", "national_titles", 7, "count", "拥有国家新型工业化示范基地、国家创新型特色园区等7个国家级招牌", AS6, opt=True),
 ])
