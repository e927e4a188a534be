# real140 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word; “不低于” kept as qualifier_text
# with qualifier null). Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates and shares
# as ratios. Projects: the park is the most specific park the text places the project in (a sub-park such as 七星园 when
# named), null if none (a county or district is not a park). Status from the text's words (开工 / 集中开工 → 开工; 正在施工 /
# 加快建设 / 续建 → 在建; 投产 → 投产; 建设而成 → 竣工; 签约 → 签约; 已完成土地平整、预计进场施工 → planned). “预计” figures
# are kind target with “（预计）” in as_of; plans for the coming year are target. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/wgNN.raw as returned.

# ---------------------------------------------------------------- wg01 桂林国家高新区 2021 first batch (广西新闻网 2021)
GL = "桂林国家高新区"
QX = "七星园"
XS = "象山园"
YS = "雁山园"
A0 = "5月26日,桂林国家高新区举行2021年第一批重大项目集中开工仪式"
A1 = "此次桂林国家高新区集中开工的重点产业项目有9个"
A2 = "主要涉及高端装备制造、电子信息、智能研发、园区基础设施建设等多个领域,总投资62亿元"
A3 = "这批产业项目全部投产达效后,预计将新增产值68亿元"
AL = "此次集中开工的项目有桂林国家高新区航空轮胎产业基地项目、桂林航空航天产业园(一期)项目、金盘科技桂林数字化转型项目、增材制造产业园项目、洁伶智能化生产车间仓储基地项目、华网智能芯片研发生产配套基地项目、丹康生物科技生产基地项目、七星园园区基础设施建设项目(一期)、雁山园园区基础设施建设项目(一期)"
A4 = "其中,位于桂林国家高新区七星园的航空轮胎产业基地项目,是桂林市政府引进的重点工业项目"
A5 = "项目总投资20亿元,分三期建设,全部建成达产后,可形成高品质民用航空轮胎30万条年产能"
A6 = "2021-2023年实施一期项目建设,总投资6.4亿元,达产后预计可年产10万条高性能航空轮胎,可实现产值10亿元,利税1.5亿元"
A7 = "此外,位于高新区象山园的桂林航空航天产业园(一期)项目,总投资22亿元,主要以高端装备制造、战略新兴材料为核心,引入航天三院,布局飞航装备制造产业"
ASA = "2021-05-26（集中开工）"
TYRE = "桂林国家高新区航空轮胎产业基地项目"
G["wg01"] = dict(
 article=art("桂林国家高新区2021年第一批重大项目集中开工", "广西新闻网（通讯员 王亚东），载于 gx.cri.cn（国际在线广西频道）", "2021-05-27", "day",
  "Provincial news site relayed on a national broadcaster's regional channel, Guangxi: a national high-tech zone's first batch of 2021 major projects started — nine named projects, batch investment and expected new output, two projects with investment, phases, capacity and expected output",
  "https://gx.cri.cn/2021-05-27/77e33188-7472-4f1d-971d-7b283c04609c.html",
  "日期取页面“来源:广西新闻网 | 2021-05-27 17:12:39”（电头作“南宁5月28日讯”，照录）。标题照录；来源行已删。存段在末段“一期项目投产后,预计”处中断，该残句已删（LINE_SUFFIX），正文三段。园区：桂林国家高新区（桂林，广西；国家级高新区），其园区七星园、象山园（文中“位于…七星园”“位于高新区象山园”）与雁山园（只见于项目名，可选）。项目九个，全部“集中开工”→开工：航空轮胎产业基地项目（七星园；总投资20亿元，分三期；一期2021-2023年、总投资6.4亿元另列为可选项目）、桂林航空航天产业园(一期)项目（象山园；总投资22亿元；它是项目，不另列园区）、金盘科技桂林数字化转型项目、增材制造产业园项目、洁伶智能化生产车间仓储基地项目、华网智能芯片研发生产配套基地项目、丹康生物科技生产基地项目（以上园区桂林国家高新区）、七星园园区基础设施建设项目(一期)（七星园）、雁山园园区基础设施建设项目(一期)（雁山园）。事实：9个项目、总投资62亿元、投产达效后新增产值68亿元（target）；轮胎项目产能与一期产值、利税（target）。金盘科技、航天三院列为可选公司。",
  "wg01"),
 parks=[
  park(GL, "桂林", "广西", "高新区", A0, note="国家级高新区；文中又作“高新区”"),
  park(QX, "桂林", "广西", "园区", A4, parent=GL, note="桂林国家高新区的一园"),
  park(XS, "桂林", "广西", "园区", A7, parent=GL, note="桂林国家高新区的一园（“高新区象山园”）"),
  park(YS, "桂林", "广西", "园区", AL, parent=GL, opt=True, note="只见于项目名“雁山园园区基础设施建设项目(一期)”"),
 ],
 companies=[
  comp("金盘科技", GL, AL, opt=True, note="只在项目名中"),
  comp("航天三院", XS, A7, opt=True, note="“引入航天三院”（中国航天科工第三研究院的简称）"),
 ],
 projects=[
  proj(TYRE, QX, A5, inv="总投资20亿元", status="开工", status_text="集中开工", aliases=["航空轮胎产业基地项目"],
       note="名称取开工清单；位置见“位于桂林国家高新区七星园的航空轮胎产业基地项目”；分三期建设"),
  proj("航空轮胎产业基地项目一期", QX, A6, inv="总投资6.4亿元", phase="一期", opt=True,
       note="轮胎项目一期，2021-2023年实施；名称为编者概括"),
  proj("桂林航空航天产业园(一期)项目", XS, A7, inv="总投资22亿元", phase="一期", status="开工", status_text="集中开工"),
  proj("金盘科技桂林数字化转型项目", GL, AL, companies=["金盘科技"], status="开工", status_text="集中开工"),
  proj("增材制造产业园项目", GL, AL, status="开工", status_text="集中开工"),
  proj("洁伶智能化生产车间仓储基地项目", GL, AL, status="开工", status_text="集中开工"),
  proj("华网智能芯片研发生产配套基地项目", GL, AL, status="开工", status_text="集中开工"),
  proj("丹康生物科技生产基地项目", GL, AL, status="开工", status_text="集中开工"),
  proj("七星园园区基础设施建设项目(一期)", QX, AL, phase="一期", status="开工", status_text="集中开工"),
  proj("雁山园园区基础设施建设项目(一期)", YS, AL, phase="一期", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(GL, "park", "projects_started", 9, "count", A1, ASA, note="重点产业项目"),
  fact(GL, "park", "projects_started_investment_cny", 6.2e9, "cny", A2, ASA),
  fact(GL, "park", "expected_annual_output_cny", 6.8e9, "cny", A3, "全部投产达效后（预计）", kind="target", note="这批项目新增产值"),
  fact(TYRE, "project", "expected_annual_capacity_units", 300000, "tyres", A5, "全部建成达产后（预计）", kind="target", note="30万条航空轮胎年产能"),
  fact(TYRE, "project", "expected_annual_capacity_units", 100000, "tyres", A6, "一期达产后（预计）", kind="target", opt=True, note="一期年产10万条"),
  fact(TYRE, "project", "expected_annual_output_cny", 1e9, "cny", "可实现产值10亿元", "一期达产后（预计）", kind="target", note="一期"),
  fact(TYRE, "project", "expected_annual_profit_tax_cny", 1.5e8, "cny", "利税1.5亿元", "一期达产后（预计）", kind="target", opt=True, note="一期"),
 ])

# ---------------------------------------------------------------- wg02 柳州 项目建设 (广西广播电视台 2023)
LZ = "鹿寨县经开区"
JSZ = "金嗓子科创园"
B1 = "近日,记者在柳州市鹿寨县经开区的法恩莱特年产10万吨锂电池电解液项目建设现场看到"
B2 = "柳州法恩赛克新能源科技有限公司总经理林召强:“我们项目今年2月份全面开工以来,4月份完成所有厂区的厂房建设"
B3 = "近日,柳州市柳北区政府与金嗓子集团举行金嗓子科创园战略签约仪式暨揭牌仪式"
B4 = "法恩莱特电池材料系列产品项目是广西第一个锂电池电解液项目、柳州市级重点项目"
G["wg02"] = dict(
 article=art("柳州:项目建设“提速快跑” 助力工业经济高质量发展", "广西广播电视台综合广播（新闻眼；网络编辑 刘艾），bbrtv.com", "2023-05-12", "day",
  "Provincial broadcaster's web story, Guangxi: a city's project drive — a lithium-battery electrolyte project under construction in a county development zone (start, schedule, expected sales and output), and a company science park signed and unveiled",
  "https://www.bbrtv.com/2023/0512/843577.html",
  "日期取页面“2023-05-12 08:12:35”。标题照录（页面重复一次，栏目题“【新时代新征程新伟业•稳经济 促发展】”与来源行已删）。存段在末段“科创园做好”处中断，该残句已删（LINE_SUFFIX），正文四段。园区：鹿寨县经开区（柳州市鹿寨县，广西；名称照录）；金嗓子科创园（柳北区，签约暨揭牌，kind 科创园）。项目：法恩莱特年产10万吨锂电池电解液项目（又称“法恩莱特电池材料系列产品项目”），“今年2月份全面开工”，记者所见为建设现场、6月拟全面投产→在建（status_alt 开工）；企业柳州法恩赛克新能源科技有限公司。金嗓子科创园战略签约→可选项目（签约）。“预估产值在5到6个亿”为区间且无“元”，不作事实；“预计今年销量能达到2万吨以上”列为可选事实。柳北区政府、鹿寨县投资促进中心为可选机构。",
  "wg02"),
 parks=[
  park(LZ, "柳州", "广西", "经济开发区", B1, district="鹿寨县"),
  park(JSZ, "柳州", "广西", "科创园", B3, district="柳北区", note="签约暨揭牌"),
 ],
 companies=[
  comp("柳州法恩赛克新能源科技有限公司", LZ, B2, note="法恩莱特项目的建设主体"),
  comp("金嗓子集团", JSZ, B3, aliases=["广西金嗓子集团"], note="与柳北区政府签约共建科创园"),
 ],
 institutions=[
  inst("柳北区政府", B3, note="柳州市柳北区政府"),
  inst("鹿寨县投资促进中心", "鹿寨县投资促进中心主任莫文科"),
 ],
 projects=[
  proj("法恩莱特年产10万吨锂电池电解液项目", LZ, B1, companies=["柳州法恩赛克新能源科技有限公司"], status="在建",
       status_text="建设现场（今年2月份全面开工）", aliases=["法恩莱特电池材料系列产品项目"], status_alt="开工",
       note="6月拟全面竣工投产"),
  proj("金嗓子科创园", JSZ, B3, companies=["金嗓子集团"], status="签约", status_text="战略签约仪式暨揭牌仪式", opt=True),
 ],
 aggregate_facts=[
  fact("法恩莱特年产10万吨锂电池电解液项目", "project", "expected_annual_sales_t", 20000, "t",
       "我们预计今年销量能达到2万吨以上", "2023年（预计）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- wg03 汇川区 一区多园 (遵义日报 2021)
VG = "V谷绿色食品工业园"
C1 = "汇川区围绕V谷绿色食品工业园、田沟绿色食品工业园两大食品工业园,加快绿色食品工业高质量发展"
C2 = "V谷绿色食品工业园规划建设标准化厂房共计116.9万平方米,已建成并投入使用63万平方米,入驻企业14家"
C3 = "汇川区是我市装备制造产业主要聚集区,主要分布在航天高新技术产业园、高坪工业园和外高桥工业园"
C4 = "积极推动贵州江南航天信息网络通信有限公司、贵州省通信产业服务有限公司遵义分公司、遵义智城科技有限公司等9家软件和信息技术服务业企业进入汇川区规上软服统计库"
C5 = "中航电梯公司自主研发智能电梯和电梯物联网,成为“贵州工业云大数据”首批试点企业"
C6 = "泰永长征、长征科技获“省级智能制造试点示范项目”称号"
ASC = "2021年4月（截至目前）"
G["wg03"] = dict(
 article=art("汇川区 “一区多园”构筑新型工业化堡垒", "遵义日报（张建），2021年04月12日 02版 要闻，zyrb.zunyiol.cn", "2021-04-12", "day",
  "City daily's front-section brief, Guizhou: a district's “one zone, several parks” layout — two food parks (one with standard-factory floor area and firms), three equipment-making parks, software firms entering the statistics, firms' pilot titles",
  "http://zyrb.zunyiol.cn/html/2021-04/12/content_97624_13246073.htm",
  "日期与版面取页面“2021年04月12日 星期一”“02:要闻”。标题两行：引题“汇川区”、主题“‘一区多园’构筑新型工业化堡垒”，连作一行（空格隔开）；署名“张 建”与版面导航已删。存段末段只有“据悉,截至2020年底,汇川”，未成句，整段不录；正文四段。园区：V谷绿色食品工业园、田沟绿色食品工业园、航天高新技术产业园、高坪工业园、外高桥工业园（遵义市汇川区，贵州）；“一区多园”之“区”为汇川区（行政区，不列园区；遵义经开区未点名）。V谷工业园事实：规划标准化厂房116.9万平方米、已建成投用63万平方米、入驻企业14家。公司：三家软件企业全称（园区未说，park null）；中航电梯公司、航天天马、泰永长征、长征科技、长征电器（可选，园区未说）。全区食品企业201家等为区级事实（可选）。无项目。",
  "wg03"),
 parks=[
  park(VG, "遵义", "贵州", "工业园", C1, district="汇川区"),
  park("田沟绿色食品工业园", "遵义", "贵州", "工业园", C1, district="汇川区"),
  park("航天高新技术产业园", "遵义", "贵州", "产业园", C3, district="汇川区"),
  park("高坪工业园", "遵义", "贵州", "工业园", C3, district="汇川区"),
  park("外高桥工业园", "遵义", "贵州", "工业园", C3, district="汇川区"),
 ],
 companies=[
  comp("贵州江南航天信息网络通信有限公司", None, C4, note="汇川区软服企业；园区未说"),
  comp("贵州省通信产业服务有限公司遵义分公司", None, C4, note="同上"),
  comp("遵义智城科技有限公司", None, C4, note="同上"),
  comp("中航电梯公司", None, C5, opt=True),
  comp("航天天马", None, "航天天马进入全省“大数据+工业”深度融合试点示范", opt=True),
  comp("泰永长征", None, C6, opt=True),
  comp("长征科技", None, C6, opt=True),
  comp("长征电器", None, "依托061、011和长征电器三大生产基地", opt=True, note="生产基地之一"),
 ],
 aggregate_facts=[
  fact(VG, "park", "standard_factory_planned_sqm", 1169000, "sqm", C2, ASC, kind="target", note="规划建设标准化厂房"),
  fact(VG, "park", "standard_factory_built_sqm", 630000, "sqm", C2, ASC, kind="cumulative", note="已建成并投入使用"),
  fact(VG, "park", "firms", 14, "count", C2, ASC, kind="cumulative", note="入驻企业"),
  fact("汇川区", "district", "food_processing_firms", 201, "count", "截至目前,全区共有食品加工企业201家", ASC, kind="cumulative", opt=True),
  fact("汇川区", "district", "rd_platforms", 39, "count", "现拥有装备制造科研开发平台39个", ASC, kind="cumulative", opt=True),
  fact("汇川区", "district", "firms_entered_statistics", 9, "count", C4, ASC, opt=True, note="进入规上软服统计库的软件和信息技术服务业企业"),
 ])

# ---------------------------------------------------------------- wg04 遵义表面处理环保产业园 (新华网贵州 2025)
ZY = "遵义高新区"
SP = "遵义表面处理环保产业园"
D0 = "2月10日,走进位于遵义高新区的表面处理环保产业园,映入眼帘的是蓬勃的发展活力"
D1 = "遵义表面处理环保产业园作为贵州六个电镀聚集优先培育区之一,由巨美环境投资约10亿元建设而成,占地面积约332亩"
D2 = "上午9点,贵州巨美环境科技有限公司安全环保部副经理李永林迅速换上工作服"
D3 = "紧邻着巨美环境的贵州海华瑞智科技有限公司,于2月5日正式恢复生产"
D4 = "“去年公司表面处理产值完成约为500万元,今年预计将新增40%,达到700万元。”贵州海华瑞智科技有限公司总经理刘志华介绍"
G["wg04"] = dict(
 article=art("（无标题）遵义高新区表面处理环保产业园：13家企业入驻、巨美环境投资约10亿元建成", "新华网贵州频道（gz.xinhuanet.com；存段无署名）", "2025-02-18", "day",
  "National news agency's provincial channel, Guizhou: an early-year feature in a plating park inside a high-tech zone — the operator's investment and site area, firms settled and running, one firm's output last year and expected this year, the city's 2024 figures",
  "http://gz.xinhuanet.com/20250218/099bed62515b471d9e76a1af9a83a81c/c.html",
  "日期取网址 20250218。存段无标题、无日期行（title 为编者概括）。存段末行“跑好“第一棒”,冲刺“开门”为中断的小标题，不录；正文九段。园区：遵义高新区（遵义，贵州）；遵义表面处理环保产业园（在遵义高新区内，又作“表面处理环保产业园”）。公司：贵州巨美环境科技有限公司（又作“巨美环境”，园区运营方并投资建设）、贵州海华瑞智科技有限公司（紧邻巨美环境，园区内电镀企业）。项目：产业园本身“由巨美环境投资约10亿元建设而成”→竣工（投资约10亿元）。事实：园区占地约332亩、入驻13家企业、11家正常生产；海华瑞智2024年表面处理产值约500万元、2025年预计700万元（增40%）；遵义市2024年GDP突破5000亿元、规上工业增加值增长8.1%（区域事实，可选）。",
  "wg04"),
 parks=[
  park(ZY, "遵义", "贵州", "高新区", D0, note="国家级高新区（文中未明说级别）"),
  park(SP, "遵义", "贵州", "产业园", D1, parent=ZY, aliases=["表面处理环保产业园"], note="电镀聚集优先培育区"),
 ],
 companies=[
  comp("贵州巨美环境科技有限公司", SP, D2, aliases=["巨美环境"], note="园区运营方与投资方"),
  comp("贵州海华瑞智科技有限公司", SP, D3, note="园区内企业"),
 ],
 projects=[
  proj(SP, ZY, D1, companies=["贵州巨美环境科技有限公司"], inv="投资约10亿元", qual="约", qual_text="约", status="竣工",
       status_text="建设而成", note="产业园本身；已入驻13家企业"),
 ],
 aggregate_facts=[
  fact(SP, "park", "site_area_mu", 332, "mu", D1, "2025年2月", qual="约", qtext="约"),
  fact(SP, "park", "firms", 13, "count", "目前,园区已入驻13家企业", "2025年2月", kind="cumulative"),
  fact(SP, "park", "firms_in_production", 11, "count", "目前11家企业都在正常生产", "2025-02-10"),
  fact("贵州海华瑞智科技有限公司", "company", "output_cny", 5e6, "cny", D4, "2024年", qual="约", qtext="约为", note="表面处理产值"),
  fact("贵州海华瑞智科技有限公司", "company", "expected_output_cny", 7e6, "cny", "今年预计将新增40%,达到700万元", "2025年（预计）", kind="target"),
  fact("贵州海华瑞智科技有限公司", "company", "output_yoy_growth", 0.4, "ratio", "今年预计将新增40%", "2025年（预计）", kind="target", opt=True),
  fact("遵义市", "region", "gdp_cny", 5e11, "cny", "全年地区生产总值突破5000亿元大关", "2024年", qual="超", qtext="突破", opt=True),
  fact("遵义市", "region", "above_scale_industrial_value_added_yoy_growth", 0.081, "ratio", "规模以上工业增加值增长8.1%", "2024年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wg05 玉溪高新区 2023 (玉溪网 2024)
YX = "玉溪高新区"
E1 = "全年预计实现营业收入1220亿元,同比增8.5%"
E2 = "完成规上工业产值820.86亿元,同比增4.3%"
E3 = "完成规上工业增加值562.01亿元,同比增5.6%"
E4 = "完成固定资产投资38.04亿元,其中工业投资30.6亿元,占总投资的80.4%"
E5 = "加快玉溪卷烟厂就地技改项目建设,全力推进云南中烟香糖料中心建设"
E6 = "连续3年给予沃森生物每年2000万元的研发经费扶持,沃森四价流脑多糖疫苗项目顺利投产,红云制药金银花露生产线预计2024年9月前建成投产"
E7 = "云南烨阳一期项目已于2023年7月正式投产"
E8 = "云南坤天二期项目正在施工,预计2024年竣工投产"
E9 = "玉溪亿纬锂能项目已完成土地平整,并交付企业,预计今年一季度进场施工"
E10 = "2024年将实现玉溪疫苗产业园出口量、产品数量和创新能力、产品结构优化重大突破"
Y23 = "2023年"
G["wg05"] = dict(
 article=art("（无标题）玉溪高新区2023年经济运行与重点项目", "玉溪网（yuxinews.com；存段无署名）", "2024-01-31", "day",
  "City news portal, Yunnan: a national high-tech zone's 2023 year-end review — revenue (estimate), above-scale output and value added, fixed-asset and industrial investment, named projects in production, under construction and about to start, investment attraction",
  "http://yuxinews.com/c/2024/01/31/851047.shtml",
  "日期取网址 c/2024/01/31。存段无标题、无日期行（title 为编者概括）。图片说明“玉溪沃森生物技术有限公司成为全国疫苗产业发展领跑者。图为…(资料图)”已删（ITEMS 内删行）。存段末段在“其中省外资金21”处中断，删至该段最后完整句（LINE_SUFFIX 删去“2023年共组织赴北京…其中省外资金21”），正文三段。园区：玉溪高新区（玉溪，云南）；玉溪疫苗产业园（可选，仅“2024年将实现玉溪疫苗产业园出口量…”）。营业收入1220亿元为“全年预计”（target）；规上工业产值、增加值、固投为“完成”（reported，2023年）。项目：玉溪卷烟厂就地技改项目、云南中烟香糖料中心（加快/全力推进建设→在建）；沃森四价流脑多糖疫苗项目（投产）；红云制药金银花露生产线（在建，预计2024年9月前建成投产）；云南烨阳一期项目（2023年7月投产）；云南坤天二期项目（正在施工→在建）；玉溪亿纬锂能项目（已完成土地平整、预计今年一季度进场施工→planned）。公司名照录简称。",
  "wg05"),
 parks=[
  park(YX, "玉溪", "云南", "高新区", "记者日前从玉溪高新区获悉,2023年以来,玉溪高新区按照“四个定位、八个突破”的工作要求", note="国家级高新区；文中又作“高新区”"),
  park("玉溪疫苗产业园", "玉溪", "云南", "产业园", E10, parent=YX, opt=True, note="只此一处"),
 ],
 companies=[
  comp("玉溪卷烟厂", YX, E5, opt=True, note="只在项目名中"),
  comp("云南中烟", YX, E5, opt=True, note="只在项目名中"),
  comp("沃森生物", YX, E6),
  comp("红云制药", YX, E6),
  comp("云南烨阳", YX, E7),
  comp("云南坤天", YX, E8),
  comp("玉溪亿纬锂能", YX, E9),
 ],
 projects=[
  proj("玉溪卷烟厂就地技改项目", YX, E5, companies=["玉溪卷烟厂"], status="在建", status_text="加快…建设"),
  proj("云南中烟香糖料中心", YX, E5, companies=["云南中烟"], status="在建", status_text="全力推进…建设"),
  proj("沃森四价流脑多糖疫苗项目", YX, E6, companies=["沃森生物"], status="投产", status_text="顺利投产"),
  proj("红云制药金银花露生产线", YX, E6, companies=["红云制药"], status="在建", status_text="预计2024年9月前建成投产",
       note="状态由“预计…建成投产”推出"),
  proj("云南烨阳一期项目", YX, E7, companies=["云南烨阳"], phase="一期", status="投产", status_text="已于2023年7月正式投产"),
  proj("云南坤天二期项目", YX, E8, companies=["云南坤天"], phase="二期", status="在建", status_text="正在施工"),
  proj("玉溪亿纬锂能项目", YX, E9, companies=["玉溪亿纬锂能"], status="planned", status_text="已完成土地平整…预计今年一季度进场施工"),
 ],
 aggregate_facts=[
  fact(YX, "park", "revenue_cny", 1.22e11, "cny", E1, "2023年全年（预计）", kind="target"),
  fact(YX, "park", "revenue_yoy_growth", 0.085, "ratio", E1, "2023年全年（预计）", kind="target"),
  fact(YX, "park", "industrial_output_above_scale_cny", 8.2086e10, "cny", E2, Y23),
  fact(YX, "park", "industrial_output_above_scale_yoy_growth", 0.043, "ratio", E2, Y23),
  fact(YX, "park", "above_scale_industrial_value_added_cny", 5.6201e10, "cny", E3, Y23),
  fact(YX, "park", "above_scale_industrial_value_added_yoy_growth", 0.056, "ratio", E3, Y23),
  fact(YX, "park", "fixed_asset_investment_cny", 3.804e9, "cny", E4, Y23),
  fact(YX, "park", "industrial_investment_cny", 3.06e9, "cny", "其中工业投资30.6亿元,占总投资的80.4%", Y23),
  fact(YX, "park", "industrial_investment_share", 0.804, "ratio", "占总投资的80.4%", Y23, kind="ratio", opt=True),
  fact("沃森生物", "company", "rd_subsidy_received_cny", 2e7, "cny", "连续3年给予沃森生物每年2000万元的研发经费扶持", "每年（连续3年）", opt=True),
 ])

# ---------------------------------------------------------------- wg06 昆明高新区 2021 targets (昆滇经济 2021)
KM = "昆明高新区"
F1 = "2020年,高新区统筹推进疫情防控和经济社会发展,主营业务收入达到2407.9亿元,较2019年的2241.8亿元增长了7.4%"
F2 = "高新区把园区主营业务收入增长10%、全口径地区生产总值增长8%作为奋斗目标"
F3 = "今年,高新区将完成规模以上固定资产投资增长20%,力争30%"
F4 = "引进市外资金155亿元、外资9000万美元,招商引资固定资产投资转换率不低于40%"
F5 = "新增科技型中小企业不低于40家,新认定高新技术企业不低于70家,新增市级以上研发机构不低于10家,新增上市企业1家"
FP = "持续服务好闻泰智能终端(一期)、军民融合科技创新园、贵金属新材料产业园、贝泰妮中央工厂等续建项目"
FQ = "稳步推进已在库的恒大林溪郡、绿城项目,加快实施已供地的古滇名城、三合银杏广场项目"
T21 = "2021年（目标）"
G["wg06"] = dict(
 article=art("开发(度假)园区锚定目标,全力开好局起好步", "昆滇经济，载于 kmzhbsq.kunming.cn（昆明信息港的一个站点，“要闻”栏）", "2021-03-01", "day",
  "City economic weekly on a municipal portal, Yunnan: national zones' 2021 plans — (stored part) the high-tech zone's 2020 revenue and 2021 targets for revenue, GDP, investment, capital attracted, R&D and firms, and its continuing and planned projects",
  "http://kmzhbsq.kunming.cn/c/2021-03-01/4066970.shtml",
  "日期取页面“发布时间:2021-03-01 09:52来源:昆滇经济”。标题照录；导航、发布时间行、图片标号“1”与图片说明“高新区强化创新驱动发展。”已删；小标题“全面启动知识产权 / 强区建设”两行相连（JOIN）。全文写昆明4个国家级开发(度假)园区，存段只到第一部分“高新区”，止于“…市域交通配套等行业投资;”（存段止于分号，照录）。园区：文中只作“高新区”，按站点与“全市4个国家级开发(度假)园区”定为昆明高新区（name 非原文，aliases “高新区”）。2020年主营业务收入2407.9亿元（reported）及增速7.4%；2021年目标（target）：主营业务收入增长10%、全口径GDP增长8%、规上固投增长20%（力争30%）、引进市外资金155亿元、外资9000万美元等。项目：闻泰智能终端(一期)、军民融合科技创新园、贵金属新材料产业园、贝泰妮中央工厂为“续建项目”→在建；恒大林溪郡、绿城项目（已在库）、古滇名城、三合银杏广场项目（已供地）为房地产/商业项目，状态不明，列为可选。军民融合科技创新园、贵金属新材料产业园为续建项目名，不另列园区。",
  "wg06"),
 parks=[
  park(KM, "昆明", "云南", "高新区", F1, aliases=["高新区"], note="文中只作“高新区”；昆明由站点与语境推断"),
 ],
 companies=[
  comp("闻泰", KM, FP, opt=True, note="只在项目名“闻泰智能终端(一期)”中"),
  comp("贝泰妮", KM, FP, opt=True, note="只在项目名“贝泰妮中央工厂”中"),
 ],
 projects=[
  proj("闻泰智能终端(一期)", KM, FP, companies=["闻泰"], phase="一期", status="在建", status_text="续建项目"),
  proj("军民融合科技创新园", KM, FP, status="在建", status_text="续建项目"),
  proj("贵金属新材料产业园", KM, FP, status="在建", status_text="续建项目"),
  proj("贝泰妮中央工厂", KM, FP, companies=["贝泰妮"], status="在建", status_text="续建项目"),
  proj("恒大林溪郡", KM, FQ, opt=True, status_text="已在库", note="房地产项目"),
  proj("绿城项目", KM, FQ, opt=True, status_text="已在库", note="房地产项目"),
  proj("古滇名城", KM, FQ, opt=True, status_text="已供地"),
  proj("三合银杏广场项目", KM, FQ, opt=True, status_text="已供地"),
 ],
 aggregate_facts=[
  fact(KM, "park", "revenue_cny", 2.4079e11, "cny", F1, "2020年", note="主营业务收入"),
  fact(KM, "park", "revenue_cny", 2.2418e11, "cny", "较2019年的2241.8亿元", "2019年", opt=True, note="主营业务收入"),
  fact(KM, "park", "revenue_yoy_growth", 0.074, "ratio", F1, "2020年"),
  fact(KM, "park", "revenue_yoy_growth", 0.10, "ratio", F2, T21, kind="target"),
  fact(KM, "park", "gdp_yoy_growth", 0.08, "ratio", F2, T21, kind="target", note="全口径地区生产总值"),
  fact(KM, "park", "fixed_asset_investment_yoy_growth", 0.20, "ratio", F3, T21, kind="target", note="规模以上；力争30%"),
  fact(KM, "park", "investment_attracted_cny", 1.55e10, "cny", F4, T21, kind="target", note="引进市外资金"),
  fact(KM, "park", "actual_fdi_usd", 9e7, "usd", "外资9000万美元", T21, kind="target"),
  fact(KM, "park", "rd_spending_yoy_growth", 0.15, "ratio", "全社会研发投入(R&D)计划增长15%以上", T21, kind="target", qual="超", qtext="以上", opt=True),
  fact(KM, "park", "new_tech_smes", 40, "count", F5, T21, kind="target", qtext="不低于", opt=True),
  fact(KM, "park", "new_high_tech_firms", 70, "count", F5, T21, kind="target", qtext="不低于"),
  fact(KM, "park", "new_rd_institutions", 10, "count", F5, T21, kind="target", qtext="不低于", opt=True),
  fact(KM, "park", "new_listed_firms", 1, "count", F5, T21, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wg07 毕节 projects by area (贵州日报 2023)
BJ = "毕节高新区"
H1 = "毕节高新区项目6个,总投资60.4亿元"
H2 = "毕节市分会场设在毕节高新区年产10万吨磷酸铁锂正极材料建设项目现场,该项目是2022年毕节市新引进的省重点项目,总投资约30亿元"
H3 = "项目建成后,可实现年销售收入约150亿元,净利润约8.5亿元,上缴各项税费约4.5亿元,新增就业600人"
LFP = "年产10万吨磷酸铁锂正极材料建设项目"
ASH = "2023年2月（本批项目）"
G["wg07"] = dict(
 article=art("（无标题）毕节市一批项目按领域、地区分列 毕节高新区6个项目总投资60.4亿元", "贵州日报（数字报 szb.eyesnews.cn；存段无署名）", "2023-02-02", "day",
  "Provincial daily's e-paper, Guizhou: a prefecture's batch of projects listed by field and by county/zone — a high-tech zone's project count and investment, and the named venue project with investment, floor area, lines and expected sales, profit, tax and jobs",
  "http://szb.eyesnews.cn/pc/cont/202302/02/content_85182.html",
  "日期取网址 202302/02。存段无标题，自“毕节市坚持以高质量发展为统揽”起，四段，末句完整。存段未明说这批项目是集中开工（“分会场”一词与见报日期指向2023年2月1日全省一季度重大项目集中开工，但文中无“开工”字样），故项目数与总投资的 metric 记为 projects / projects_investment_cny，项目 status 留空（status_text 记“分会场设在…项目现场”）。园区：毕节高新区（毕节，贵州）。项目：毕节高新区年产10万吨磷酸铁锂正极材料建设项目（2022年新引进的省重点项目，总投资约30亿元）。各县区（七星关区等）与“市本级”的项目数、分领域数字均不列（非园区）。",
  "wg07"),
 parks=[
  park(BJ, "毕节", "贵州", "高新区", H1),
 ],
 projects=[
  proj(LFP, BJ, H2, inv="总投资约30亿元", qual="约", qual_text="约", status=None, status_text="分会场设在…建设项目现场",
       aliases=["毕节高新区年产10万吨磷酸铁锂正极材料建设项目"], note="2022年毕节市新引进的省重点项目；存段无“开工”字样"),
 ],
 aggregate_facts=[
  fact(BJ, "park", "projects", 6, "count", H1, ASH, note="本批项目（性质见 note）"),
  fact(BJ, "park", "projects_investment_cny", 6.04e9, "cny", H1, ASH, note="本批项目总投资"),
  fact(LFP, "project", "floor_area_sqm", 120000, "sqm", "总建筑面积约12万平方米", "规划", qual="约", qtext="约", opt=True),
  fact(LFP, "project", "production_lines", 20, "count", "建设磷酸铁锂生产线20条", "规划", opt=True),
  fact(LFP, "project", "expected_annual_sales_cny", 1.5e10, "cny", H3, "建成后（预计）", kind="target", qual="约", qtext="约"),
  fact(LFP, "project", "expected_annual_net_profit_cny", 8.5e8, "cny", "净利润约8.5亿元", "建成后（预计）", kind="target", qual="约", qtext="约", opt=True),
  fact(LFP, "project", "expected_annual_tax_cny", 4.5e8, "cny", "上缴各项税费约4.5亿元", "建成后（预计）", kind="target", qual="约", qtext="约"),
  fact(LFP, "project", "expected_jobs", 600, "count", "新增就业600人", "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wg08 安宁工业园区 2022 review (ynyq.org.cn 2023)
AN = "安宁工业园区"
K1 = "2022年,安宁工业园区规模以上工业总产值首次超千亿元,达1259.88亿元,同比增长31.31%"
K2 = "累计完成固定资产投资163.16亿元,同比增长79.05%"
K3 = "全年签约项目46个,其中百亿元以上项目7个、50亿元以上项目3个,协议总投资1355亿元"
K4 = "完成招商引资到位资金168.6亿元,超目标任务73.6亿元"
Y22 = "2022年"
G["wg08"] = dict(
 article=art("（无标题）安宁工业园区规模以上工业总产值首次超千亿元", "ynyq.org.cn（网址标题“赞赞赞！安宁工业园区规模以上工业总产值首次超…”；原发单位与署名存段未载）", "2023-01-29", "day",
  "Park-news site, Yunnan: an industrial park's mobilisation meeting — 2022 above-scale output crossing 100 billion yuan, fixed-asset investment, projects signed and agreed investment, capital in place, its three 100-billion-yuan industries and a 300-billion-yuan output goal",
  "https://ynyq.org.cn/%e8%b5%9e%e8%b5%9e%e8%b5%9e%ef%bc%81%e5%ae%89%e5%ae%81%e5%b7%a5%e4%b8%9a%e5%9b%ad%e5%8c%ba%e8%a7%84%e6%a8%a1%e4%bb%a5%e4%b8%8a%e5%b7%a5%e4%b8%9a%e6%80%bb%e4%ba%a7%e5%80%bc%e9%a6%96%e6%ac%a1%e8%b6%85",
  "存段无标题、无日期行；网址是标题的百分号编码（解码为“赞赞赞！安宁工业园区规模以上工业总产值首次超”，后半截断），title 为编者概括。日期取会议日“1月29日”，年份由“安排部署2023年工作”“2022年…”推定为2023（published 记会议当日，发布或稍后）。存段末段在“过渡之年。安”处中断，末字“安”已删（LINE_SUFFIX），正文五段。园区：安宁工业园区（昆明市安宁市，云南）。事实（2022年，reported）：规上工业总产值1259.88亿元、增长31.31%；固投163.16亿元、增长79.05%；签约项目46个（百亿元以上7个、50亿元以上3个）、协议总投资1355亿元；到位资金168.6亿元、超目标73.6亿元。“打造3000亿元产值园区”为目标（target，可选）。无公司、无项目。",
  "wg08"),
 parks=[
  park(AN, "昆明", "云南", "工业园区", K1, district="安宁市"),
 ],
 aggregate_facts=[
  fact(AN, "park", "industrial_output_above_scale_cny", 1.25988e11, "cny", "达1259.88亿元,同比增长31.31%", Y22),
  fact(AN, "park", "industrial_output_above_scale_yoy_growth", 0.3131, "ratio", "达1259.88亿元,同比增长31.31%", Y22),
  fact(AN, "park", "fixed_asset_investment_cny", 1.6316e10, "cny", K2, Y22, kind="cumulative"),
  fact(AN, "park", "fixed_asset_investment_yoy_growth", 0.7905, "ratio", K2, Y22),
  fact(AN, "park", "projects_signed", 46, "count", K3, Y22),
  fact(AN, "park", "projects_signed_over_10bn", 7, "count", K3, Y22, opt=True, note="百亿元以上"),
  fact(AN, "park", "projects_signed_over_5bn", 3, "count", K3, Y22, opt=True, note="50亿元以上"),
  fact(AN, "park", "signed_investment_cny", 1.355e11, "cny", "协议总投资1355亿元", Y22),
  fact(AN, "park", "investment_attracted_cny", 1.686e10, "cny", K4, Y22, note="招商引资到位资金"),
  fact(AN, "park", "investment_attracted_above_target_cny", 7.36e9, "cny", "超目标任务73.6亿元", Y22, opt=True),
  fact(AN, "park", "target_industrial_output_cny", 3e11, "cny", "打造3000亿元产值园区", "未来三年（目标）", kind="target", opt=True),
 ])
