# real321 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount that is not digits+亿元 (“300多亿元”) sits in a
# fact whose metric does not end in _cny. Projects: the park is the one the text places the project in, null if none (a
# county is not a park). Status from the text's words (集中开工 → 开工; 签约 / 成功签约 → 签约; 正式生产下线 / 投产 → 投产;
# 落户 alone → no status). Planned (“计划实施”, “预计”) figures are kind target; year-to-date counts are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/phNN.raw as returned.

# ---------------------------------------------------------------- ph01 金昌 12个项目集中开工 (甘肃日报 2020)
JC = "金昌经济技术开发区"
JM = "金川民营经济产业园"
P0 = "3月20日,在金川集团公司三厂区,金昌市12个具有代表性的“强龙头、补链条、聚集群”重大产业和基础设施项目集中开工,全面开启了金昌市企联合推动金川民营经济产业园和金昌经济技术开发区一体化高质量发展的崭新局面"
P1 = "2020年,全市计划实施重点投资项目290个,总投资500亿元,其中重大项目73个,总投资304亿元"
P2 = "截至目前,290个重点投资项目开复工86个,73个重大项目开复工27个,至2月底全市固定资产投资增长5.4%"
ASP = "2020年3月（截至3月20日）"
G["ph01"] = dict(
 article=art("（无标题）金昌市12个重大产业和基础设施项目集中开工", "甘肃日报（新甘肃客户端，记者谢晓玲），载于 gansu.gansudaily.com.cn（每日甘肃网）", "2020-03-22", "day",
  "Provincial daily's app on its provincial portal, Gansu: a city's groundbreaking of 12 industrial and infrastructure projects at a state group's plant, opening the joint development of a private-economy industrial park and the national-level economic-technological development zone; the city's planned key projects and progress",
  "http://gansu.gansudaily.com.cn/system/2020/03/22/017387554.shtml",
  "日期取网址 2020/03/22；开工日为3月20日。存段无标题、无日期行（title 为编者概括）。存段第三段（“据了解,金昌此次集中开工的12个项目,总投资50多亿元,其中包括:…永昌县”）在列举中中断，整段删去（make_txt.py ITEMS 截至第二段），正文两段；因而12个项目的名称与“50多亿元”均不在正文。园区：金昌经济技术开发区（金昌市，甘肃；文中未说级别）、金川民营经济产业园（金昌市；区县未说）——只出现在“推动…一体化高质量发展”中，两者均列园区。公司：金川集团公司（开工地点“金川集团公司三厂区”，园区未说，可选，park null）。项目：12个项目未点名，不列项目。事实：12个项目集中开工（金昌市，region）；2020年全市计划实施重点投资项目290个、总投资500亿元、重大项目73个、总投资304亿元（target）；截至目前开复工86个、27个（cumulative）；至2月底固定资产投资增长5.4%（ratio）。",
  "ph01"),
 parks=[
  park(JC, "金昌", "甘肃", "经济技术开发区", P0, note="只在“推动金川民营经济产业园和金昌经济技术开发区一体化高质量发展”中"),
  park(JM, "金昌", "甘肃", "产业园（民营经济）", P0, note="同上；区县未说"),
 ],
 companies=[
  comp("金川集团公司", None, P0, opt=True, note="开工仪式在其三厂区举行；园区未说"),
 ],
 projects=[],
 aggregate_facts=[
  fact("金昌市", "region", "projects_started", 12, "count", P0, "2020年3月20日（集中开工）", note="重大产业和基础设施项目"),
  fact("金昌市", "region", "key_projects_planned", 290, "count", P1, "2020年（计划）", kind="target"),
  fact("金昌市", "region", "key_projects_planned_investment_cny", 5e10, "cny", "全市计划实施重点投资项目290个,总投资500亿元", "2020年（计划）", kind="target", chk=True),
  fact("金昌市", "region", "major_projects_planned", 73, "count", P1, "2020年（计划）", kind="target"),
  fact("金昌市", "region", "major_projects_planned_investment_cny", 3.04e10, "cny", "其中重大项目73个,总投资304亿元", "2020年（计划）", kind="target", chk=True),
  fact("金昌市", "region", "key_projects_started_or_resumed", 86, "count", P2, ASP, kind="cumulative"),
  fact("金昌市", "region", "major_projects_started_or_resumed", 27, "count", P2, ASP, kind="cumulative"),
  fact("金昌市", "region", "fixed_asset_investment_yoy_growth", 0.054, "ratio", "至2月底全市固定资产投资增长5.4%", "2020年1–2月", kind="ratio"),
 ])

# ---------------------------------------------------------------- ph02 海原 海兴开发区 农业综合项目招商洽谈会 (2021)
HX = "海兴开发区"
Q0 = "在海兴开发区举行的宁夏(海原)农业综合项目招商洽谈会上签下16.26亿元的农业综合项目"
Q1 = "与海原县签订了16.26亿元的农业综合项目,其中包括年产5万锭棉纱加工项目、肉牛养殖技术升级合作项目、香水梨产业采购项目、海原县新能源配套产业开发建设项目、西芹产业采购项目、肉牛交易中心建设运营合作项目、新能源+产业投资开发项目"
Q2 = "洽谈会上,国家电投贵州金元股份有限公司、远景能源有限公司、天津津通铁塔股份有限公司、华润风电(海原)有限公司等来自北京、河北、上海、重庆、天津、河南的企业"
G["ph02"] = dict(
 article=art("（无标题）宁夏(海原)农业综合项目招商洽谈会在海兴开发区签下16.26亿元项目", "chinawznews.net（中卫新闻网；全媒体记者 李洋 马彦军；原发媒体未注明）", "2021-09-24", "day",
  "City news site, Ningxia: a county's agricultural investment fair held in its development zone — investors' field visits, firms signing with the county, seven named signed projects and the total amount",
  "https://chinawznews.net/guonei/2021092444506.html",
  "日期取网址 2021092444506（2021-09-24）；洽谈会为9月22日。存段无标题、无日期行（title 为编者概括）。正文三段，完整；署名“(全媒体记者 李洋 马彦军)”在末段末，按原样保留。园区：海兴开发区（中卫市海原县，宁夏；洽谈会举办地）。公司：国家电投贵州金元股份有限公司、远景能源有限公司、天津津通铁塔股份有限公司、华润风电(海原)有限公司——与海原县签约，园区未说（park null）。项目：“其中包括”的七个项目，签约（“签订了”），无单项金额；项目属海原县，园区未说（park null；签约在海兴开发区举行）。事实：签约额16.26亿元（海原县，region）。“100多名”参会者不计。",
  "ph02"),
 parks=[
  park(HX, "中卫", "宁夏", "开发区", Q0, district="海原县", note="洽谈会举办地；级别未说"),
 ],
 companies=[
  comp("国家电投贵州金元股份有限公司", None, Q2, note="与海原县签约；园区未说"),
  comp("远景能源有限公司", None, Q2, note="同上"),
  comp("天津津通铁塔股份有限公司", None, Q2, note="同上"),
  comp("华润风电(海原)有限公司", None, Q2, note="同上"),
 ],
 projects=[
  proj("年产5万锭棉纱加工项目", None, Q1, status="签约", status_text="签订", note="海原县项目；签约在海兴开发区举行"),
  proj("肉牛养殖技术升级合作项目", None, Q1, status="签约", status_text="签订", note="同上"),
  proj("香水梨产业采购项目", None, Q1, status="签约", status_text="签订", opt=True, note="采购协议，非建设项目"),
  proj("海原县新能源配套产业开发建设项目", None, Q1, status="签约", status_text="签订", note="同上"),
  proj("西芹产业采购项目", None, Q1, status="签约", status_text="签订", opt=True, note="采购协议，非建设项目"),
  proj("肉牛交易中心建设运营合作项目", None, Q1, status="签约", status_text="签订", note="同上"),
  proj("新能源+产业投资开发项目", None, Q1, status="签约", status_text="签订", note="同上"),
 ],
 aggregate_facts=[
  fact("海原县", "region", "signed_investment_cny", 1.626e9, "cny", Q0, "2021年9月22日（招商洽谈会）", chk=True, note="洽谈会在海兴开发区举行"),
 ])

# ---------------------------------------------------------------- ph03 山丹县61个重点项目集中开工 (甘肃经济日报 2022)
ZW = "张掖国际物流园"
ZF = "张掖国际物流园高新技术企业孵化园"
R0 = "4月18日,山丹县2022年工业产业、文旅产业和社会事业重点项目开工仪式分别在张掖国际物流园高新技术企业孵化园、山丹县培黎中学项目现场举行,涉及重点项目61项、总投资203.72亿元"
R1 = "今年该县共梳理安排开工重点清单项目共161个,总投资386.27亿元,年计划投资96.35亿元"
R2 = "涉及工业产业项目36个总投资184.17亿元,年计划投资54.81亿元"
R3 = "集中开工文旅产业和社会事业项目25个,总投资19.55亿元,年计划投资8.67亿元"
AS3 = "2022年4月18日（集中开工）"
G["ph03"] = dict(
 article=art("总投资203.72亿元!山丹县61个重点项目集中开工", "甘肃经济日报（记者 郑朝华），载于 file.we54.com", "2022-04-19", "day",
  "Provincial economic daily relayed by a web site, Gansu: a county's groundbreaking of 61 key projects, held at an incubator in an international logistics park and at a school project; the county's planned projects and the industrial / cultural-social breakdown",
  "http://file.we54.com/file/2022/0419/68229.html",
  "日期取页面“发布日期: 2022-04-19 10:02:07 来源: 甘肃经济日报”；开工日为4月18日。标题照录；日期来源行、署名行“(记者 郑朝华)”与“关键词”行已删。正文三段，完整。园区：张掖国际物流园（开工仪式地点“张掖国际物流园高新技术企业孵化园”；位于山丹县系由语境推定，文中未明说）与其中的高新技术企业孵化园（可选，parent 张掖国际物流园）。项目：61个项目未逐一点名；“山丹县培黎中学项目”为仪式现场之一（社会事业项目，推定在开工之列，可选）。事实均属山丹县（region）：本次开工61项、203.72亿元；全年开工重点清单161个、386.27亿元、年计划投资96.35亿元（target）；工业产业项目36个、184.17亿元、年计划54.81亿元；文旅及社会事业25个、19.55亿元、8.67亿元（可选）。",
  "ph03"),
 parks=[
  park(ZW, "张掖", "甘肃", "物流园", R0, district="山丹县", note="只在“张掖国际物流园高新技术企业孵化园”中；区县由语境推定"),
  park(ZF, "张掖", "甘肃", "孵化园", R0, district="山丹县", parent=ZW, opt=True, note="开工仪式地点"),
 ],
 companies=[],
 projects=[
  proj("山丹县培黎中学项目", None, R0, status="开工", status_text="开工仪式", opt=True, note="社会事业项目；开工仪式现场之一，推定在开工项目之列"),
 ],
 aggregate_facts=[
  fact("山丹县", "region", "projects_started", 61, "count", R0, AS3),
  fact("山丹县", "region", "projects_started_investment_cny", 2.0372e10, "cny", "涉及重点项目61项、总投资203.72亿元", AS3, chk=True),
  fact("山丹县", "region", "key_projects_planned", 161, "count", R1, "2022年（计划）", kind="target"),
  fact("山丹县", "region", "key_projects_planned_investment_cny", 3.8627e10, "cny", "总投资386.27亿元,年计划投资96.35亿元", "2022年（计划）", kind="target", chk=True),
  fact("山丹县", "region", "planned_annual_investment_cny", 9.635e9, "cny", "年计划投资96.35亿元", "2022年（计划）", kind="target", chk=True),
  fact("山丹县", "region", "industrial_projects_started", 36, "count", R2, AS3),
  fact("山丹县", "region", "industrial_projects_started_investment_cny", 1.8417e10, "cny", R2, AS3, chk=True),
  fact("山丹县", "region", "industrial_projects_planned_annual_investment_cny", 5.481e9, "cny", "年计划投资54.81亿元,项目涵盖新能源", "2022年（计划）", kind="target", chk=True, opt=True),
  fact("山丹县", "region", "culture_social_projects_started", 25, "count", R3, AS3, opt=True),
  fact("山丹县", "region", "culture_social_projects_started_investment_cny", 1.955e9, "cny", "总投资19.55亿元,年计划投资8.67亿元", AS3, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ph04 张家川县2023年首批招商引资项目集中签约 (天水日报 2023)
ZJ = "张家川县中西部工业园区"
S0 = "2月16日,张家川回族自治县举行2023年首批招商引资项目集中签约仪式,7个项目成功签约,涉及新能源、制造业、商贸物流、文化旅游等6个领域,计划总投资13.86亿元"
S9 = "太极集团羲皇阿胶、天水易德商贸城、天源风力发电等一批知名度高、带动能力强、发展前景好的重大项目相继落户"
AS4 = "2023年2月16日（集中签约）"
def sp(name, ev, inv, **kw):
    return proj(name, kw.pop("park", None), ev, inv=inv, status="签约", status_text="首批签约", **kw)
G["ph04"] = dict(
 article=art("（无标题）张家川县2023年首批招商引资项目集中签约 7个项目计划总投资13.86亿元", "天水日报（新天水·天水日报记者马哲 通讯员顿映杰），载于张家川县政府网 www.zjc.gov.cn", "2023-02", "month",
  "County government site relaying the city daily, Gansu (天水): a county's first signing of the year — seven named projects with their investment, the total, and earlier projects that settled in the county",
  "https://www.zjc.gov.cn/info/1811/633741.htm",
  "存段无标题、无日期行（title 为编者概括）；签约日2023年2月16日（“2023年首批”），发布日不详，记 2023-02（month）。末行行尾的表格竖线“ |”已删（make_txt.py LINE_SUFFIX）。正文四段，完整。园区：张家川县中西部工业园区（天水市张家川回族自治县，甘肃）只出现在项目名“张家川县中西部工业园区及乡镇天然气管道输送工程项目”中，列可选园区。项目：七个签约项目，各有总投资（签约）；均属张家川县，园区未说（park null；天然气管道项目服务于该园区及乡镇，park 仍记 null，note 注明）。“太极集团羲皇阿胶、天水易德商贸城、天源风力发电”为此前“相继落户”的重大项目（落户，无状态，可选）。事实：7个项目、计划总投资13.86亿元（张家川回族自治县，region）。",
  "ph04"),
 parks=[
  park(ZJ, "天水", "甘肃", "工业园区", "张家川县中西部工业园区及乡镇天然气管道输送工程项目,总投资1.2亿元", district="张家川回族自治县", opt=True,
       note="只在项目名中"),
 ],
 companies=[],
 projects=[
  sp("张家川新华一期50兆瓦风电项目", "张家川新华一期50兆瓦风电项目,总投资3亿元", "总投资3亿元", phase="一期"),
  sp("易德·总部经济大楼及配套项目", "易德·总部经济大楼及配套项目,总投资5亿元", "总投资5亿元"),
  sp("易德·启明双语幼儿园项目", "易德·启明双语幼儿园项目,总投资0.5亿元", "总投资0.5亿元"),
  sp("华富尊裕项目", "华富尊裕项目,总投资2.5亿元", "总投资2.5亿元"),
  sp("张家川县印刷包装全自动智能化生产线项目", "张家川县印刷包装全自动智能化生产线项目,总投资1.16亿元", "总投资1.16亿元"),
  sp("张家川县恭门镇陇道水畔颐乐园建设项目", "张家川县恭门镇陇道水畔颐乐园建设项目,总投资1.2亿元", "总投资1.2亿元"),
  sp("张家川县中西部工业园区及乡镇天然气管道输送工程项目", "张家川县中西部工业园区及乡镇天然气管道输送工程项目,总投资1.2亿元", "总投资1.2亿元",
     note="服务于张家川县中西部工业园区及乡镇；park 记 null"),
  proj("太极集团羲皇阿胶", None, S9, opt=True, note="此前相继落户的重大项目；落户，无状态"),
  proj("天水易德商贸城", None, S9, opt=True, note="同上"),
  proj("天源风力发电", None, S9, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("张家川回族自治县", "region", "projects_signed", 7, "count", S0, AS4),
  fact("张家川回族自治县", "region", "signed_investment_cny", 1.386e9, "cny", "7个项目成功签约,涉及新能源、制造业、商贸物流、文化旅游等6个领域,计划总投资13.86亿元", AS4, chk=True),
 ])

# ---------------------------------------------------------------- ph05 金昌成为河西走廊最大的新能源电池生产基地 (金昌市委宣传部 2023)
T0 = "5月28日,金昌市又一家新能源电池生产企业——甘肃金宏翔新能源电池有限公司生产的锂离子电池正式生产下线,标志着金昌市新能源电池生产能力达到50万支"
T1 = "甘肃金宏翔新能源公司是我市引进的第二家新能源电池制造类企业,公司投资2亿元建设的日产25万支锂离子电池项目是省列重点投资项目、市列重点项目"
T2 = "与目前已经稳定运行的甘肃金拓锂电新能源有限公司日产25万支锂离子电池项目齐头并进"
T3 = "目前,金昌经济技术开发区内总投资323.16亿元的30个新能源电池及电池材料项目正在如火如荼地建设中"
G["ph05"] = dict(
 article=art("金昌成为河西走廊最大的新能源电池生产基地", "金昌市委宣传部（“来源:金昌市委宣传部”），经金台资讯，载于 m.jinrongzhiku.yzbytv.com（转载站）", "2023-06-07", "day",
  "City propaganda department item relayed by an aggregator, Gansu: a second battery maker's line starts production, the city's battery capacity, and the national-level zone's 30 battery and battery-material projects under construction",
  "http://m.jinrongzhiku.yzbytv.com/xinwen/2023/0607/12203.html",
  "日期取页面“2023-06-07 18:39:18”（转载站时间；投产下线为5月28日）。页面首行标题带“-世界视点”后缀，取正文前的原标题行。“金台资讯”、时间行、“(资料图片仅供参考)”、“来源:金昌市委宣传部”及其后的“最新资讯”“猜你喜欢”栏目已删。正文五段，完整。园区：金昌经济技术开发区（金昌市，甘肃）。公司：甘肃金宏翔新能源电池有限公司（文中又作“甘肃金宏翔新能源公司”“甘肃金宏翔新能源有限公司”）、甘肃金拓锂电新能源有限公司——本文未说其所在园区（park null；ph06 的图片说明把金宏翔放在金昌经济技术开发区，但本文未说）。项目：金宏翔“投资2亿元建设的日产25万支锂离子电池项目”（正式生产下线→投产）；金拓“日产25万支锂离子电池项目”（已经稳定运行→投产，无金额）。第二条生产线“建成投运”与年底75万支为预计（不列项目；产能目标可选）。事实：金昌经开区在建新能源电池及材料项目30个、总投资323.16亿元；全市电池产能50万支/天；年底预计75万支/天（target，可选）。",
  "ph05"),
 parks=[
  park(JC, "金昌", "甘肃", "经济技术开发区", T3),
 ],
 companies=[
  comp("甘肃金宏翔新能源电池有限公司", None, T0, aliases=["甘肃金宏翔新能源公司", "甘肃金宏翔新能源有限公司"], note="本文未说所在园区"),
  comp("甘肃金拓锂电新能源有限公司", None, T2, note="本文未说所在园区"),
 ],
 projects=[
  proj("日产25万支锂离子电池项目", None, T1, companies=["甘肃金宏翔新能源电池有限公司"], inv="投资2亿元", status="投产", status_text="正式生产下线",
       note="金宏翔项目；省列重点投资项目；园区本文未说"),
  proj("甘肃金拓锂电新能源有限公司日产25万支锂离子电池项目", None, T2, companies=["甘肃金拓锂电新能源有限公司"], status="投产", status_text="已经稳定运行",
       note="园区本文未说"),
 ],
 aggregate_facts=[
  fact(JC, "park", "projects_under_construction", 30, "count", T3, "2023年6月", note="新能源电池及电池材料项目"),
  fact(JC, "park", "projects_under_construction_investment_cny", 3.2316e10, "cny", T3, "2023年6月", chk=True),
  fact("金昌市", "region", "battery_capacity_cells_per_day", 5e5, "cells/day", "金昌新能源电池的生产能力正式达到50万支/天", "2023年5月28日"),
  fact("金昌市", "region", "battery_capacity_cells_per_day", 7.5e5, "cells/day", "预计到今年年底,金昌新能源电池生产能力将突破每天75万支", "2023年末（预计）", kind="target", qual="超", qtext="突破", opt=True),
  fact("金昌市", "region", "local_material_supply_rate", 0.8, "ratio", "新能源电池所需的35种原、辅材料本地供给率可达80%以上", "项目建成后（预计）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- ph06 金昌 新能源电池产业 (新华社图片 2023)
U0 = "6月27日,在位于金昌经济技术开发区的甘肃金宏翔新能源有限公司,工人在18650电池生产线上作业"
U1 = "截至目前,总投资300多亿元的30多个新能源电池及电池材料项目陆续建成投入生产"
U2 = "6月27日,工人在金川集团铜业有限公司年产3万吨新能源电子材料铜箔项目生产车间作业"
AS6 = "2023年6月（截至6月27日前后）"
G["ph06"] = dict(
 article=art("（无标题）甘肃金昌新能源电池产业（新华社图片报道）", "新华社（记者范培珅、马希平 摄），经 sjnk.dxbei.com 转载（转载站，另有 dianxian.dxbei.com 同文）", "2023-06-29", "day",
  "News agency photo story relayed by an aggregator, Gansu: captions placing a battery maker in the national-level zone, a copper-foil project's workshop, and the city's count and total of battery and material projects built",
  "http://sjnk.dxbei.com/news/gansuxinwen/20230629/353398.html",
  "日期取网址 20230629；拍摄日6月27日。存段无标题（title 为编者概括）。存段以图片与图片说明交替：<image> 行已删（make_txt.py ITEMS inner_drop；首尾两行在正文范围外）；最后一条说明“这是6月27日在甘肃省金昌经济技术开发区拍摄的一家企业生产的”在句中中断，整段删去。其余每条说明各成一段，重复的说明按原样保留；正文七段。园区：金昌经济技术开发区（金昌市，甘肃）。公司：甘肃金宏翔新能源有限公司（“位于金昌经济技术开发区”）；金川集团铜业有限公司（园区未说，park null）。项目：金川集团铜业有限公司年产3万吨新能源电子材料铜箔项目（“生产车间作业”，已生产，status 记 null、status_alt 投产）。事实：金昌市“30多个”项目、“总投资300多亿元”“陆续建成投入生产”（region；“多”→余；300多亿元不是数字+亿元，metric 不以 _cny 结尾）；本地供给率80%以上（target，可选）。",
  "ph06"),
 parks=[
  park(JC, "金昌", "甘肃", "经济技术开发区", U0),
 ],
 companies=[
  comp("甘肃金宏翔新能源有限公司", JC, U0, note="“位于金昌经济技术开发区的”"),
  comp("金川集团铜业有限公司", None, U2, note="园区未说"),
 ],
 projects=[
  proj("金川集团铜业有限公司年产3万吨新能源电子材料铜箔项目", None, U2, companies=["金川集团铜业有限公司"], status=None, status_alt="投产",
       aliases=["年产3万吨新能源电子材料铜箔项目"], note="“生产车间作业”：已在生产，文中无状态词；园区未说"),
 ],
 aggregate_facts=[
  fact("金昌市", "region", "battery_projects_built", 30, "count", U1, AS6, qual="余", qtext="多", note="新能源电池及电池材料项目“陆续建成投入生产”"),
  fact("金昌市", "region", "battery_projects_total_investment", 3e10, "cny", U1, AS6, qual="余", qtext="多", note="300多亿元；metric 不以 _cny 结尾（非数字+亿元）"),
  fact("金昌市", "region", "local_material_supply_rate", 0.8, "ratio", "新能源电池所需的30余种原、辅材料本地供给率将达到80%以上", "项目全部建成后（预计）", kind="target", qual="超", qtext="以上", opt=True),
 ])
