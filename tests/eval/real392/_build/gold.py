# real392 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real49): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county or city is not a park). Status from the
# text's words (集中开工 / 开工 → 开工; 集中投产 / 建成并正式投产 / 试生产 → 投产; 签约 / 新签约落地 → 签约; “建设现场…鏖战正酣”
# → 在建). Year-to-date counts (“今年以来”, “1至8月”, “截至目前”) are cumulative; “预计到2025年” figures are kind target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/maNN.raw as returned.

# ---------------------------------------------------------------- ma01 广安产业园区经济占全市工业经济总量75% (广安在线 via smesc 2012)
GA = "广安经开区"
M1a = "1—10月,全市产业园区完成基础设施投入29.8亿元,入园企业工业总产值占到全市规上工业总量的比重达75%"
M1b = "广安经开区在已形成化工能源、有色金属、新材料等特色产业链的基础上,新增布局电子信息产业园、国防科技产业园等专业化特色园区"
G["ma01"] = dict(
 article=art("广安产业园区经济占全市工业经济总量75%", "广安在线，载于 smesc.cn（四川中小企业网资讯栏；本网编辑转载）", "2012-11-21", "day",
  "Regional SME portal relaying a city news site, Sichuan (广安): the city's industrial parks in Jan–Oct 2012 — infrastructure investment, parks' share of industrial output, the national zone's new specialised sub-parks, counties' industrial clusters",
  "https://smesc.cn/news/show.php?itemid=249460",
  "日期取页面“发布日期:2012-11-21 来源:广安在线”。标题照录；“放大字体 缩小字体…浏览次数”行、关键词、免责声明与页脚菜单已删。正文两段，完整。园区：广安经开区（广安经济技术开发区，2010年升国家级；文中只作“广安经开区”）；“新增布局电子信息产业园、国防科技产业园等专业化特色园区”——两园为经开区内新布局的特色园区，列可选园区（parent 广安经开区）。岳池县、邻水县、华蓥市、武胜县为县（市），不是园区。事实：全市产业园区1—10月基础设施投入29.8亿元（cumulative），入园企业工业总产值占全市规上工业比重75%（ratio）——主体记“全市产业园区”（region，广安市各产业园区合计）；岳池县医药企业10余户、华蓥市光电项目8个列可选（region）。无公司、无具名项目。",
  "ma01"),
 parks=[
  park(GA, "广安", "四川", "国家级经济技术开发区", M1b, note="广安经济技术开发区；文中只作“广安经开区”"),
  park("电子信息产业园", "广安", "四川", "产业园（电子信息）", M1b, parent=GA, opt=True, note="广安经开区新增布局的专业化特色园区"),
  park("国防科技产业园", "广安", "四川", "产业园（国防科技）", M1b, parent=GA, opt=True, note="同上"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("全市产业园区", "region", "infrastructure_investment_cny", 2.98e9, "cny", "全市产业园区完成基础设施投入29.8亿元", "2012年1—10月", kind="cumulative", chk=True, note="广安市各产业园区合计"),
  fact("全市产业园区", "region", "share_of_city_industrial_output", 0.75, "ratio", M1a, "2012年1—10月", kind="ratio", note="入园企业工业总产值占全市规上工业总量的比重"),
  fact("岳池县", "region", "pharma_firms", 10, "count", "岳池县立足医药产业优势,着力打造全省医药产业强县,已集聚相关企业10余户", "2012年11月", kind="cumulative", qual="余", qtext="余", opt=True),
  fact("华蓥市", "region", "projects_landed", 8, "count", "华蓥市在电子信息产业集聚上下大力气,抱团引进光电项目8个", "2012年", opt=True, note="光电项目"),
 ])

# ---------------------------------------------------------------- ma02 攀枝花钒钛高新区 区域品牌试点 (四川经济日报 via 川北在线 2016)
PZ = "攀枝花钒钛高新技术产业开发区"
M2a = "记者从攀枝花市经信委获悉,攀枝花钒钛高新技术产业开发区近日被国家工信部确定为全国产业集群区域品牌建设钒钛产业试点地区"
M2b = "目前,钒钛高新技术产业园区集中了攀钢钛业、新中钛科技等一批拥有核心竞争力的国内知名钒钛企业"
G["ma02"] = dict(
 article=art("攀枝花钒钛高新区获全国区域品牌建设“试点”", "四川经济日报（记者 杨波），载于川北在线 guangyuanol.cn（责任编辑:毛青青）", "2016-10-25", "day",
  "Provincial economic daily on a regional news site, Sichuan (攀枝花): a high-tech zone named a national pilot for industrial-cluster regional branding — the zone's founding and upgrade, leading vanadium-titanium firms, its industry chain and capacities",
  "http://guangyuanol.cn/news/quyu/2016/1025/661581.html",
  "日期取页面“时间:2016-10-25 15:53 来源:四川经济日报”。标题照录；时间来源行与“投稿邮箱…详情请访问川北在线”行已删；署名“(记者 杨波 )”在正文末，保留。正文三段，完整。第二段“2015年11月升级为 高新技术产业园区,是经国务院批准的 以金属材料产业开发为主要依托的 高新区”中的空格原文如此（疑为转载站删去“国家级”等字），照录。园区：攀枝花钒钛高新技术产业开发区（标题作“攀枝花钒钛高新区”；文中又作“四川攀枝花钒钛高新技术产业园区”“钒钛高新技术产业园区”“钒钛高新区”；攀枝花，四川；2001年成立，2015年11月升级，经国务院批准——级别字样缺，kind 记“高新技术产业开发区”）。公司：攀钢钛业、新中钛科技（园区集中的钒钛企业）。无项目、无金额、无计数事实（“第五个…试点地区”为省内排序，不计）。广汉、夹江、东坡、泸州为其他试点地区（产业名），不列园区。",
  "ma02"),
 parks=[
  park(PZ, "攀枝花", "四川", "高新技术产业开发区", M2a,
       aliases=["攀枝花钒钛高新区", "四川攀枝花钒钛高新技术产业园区", "钒钛高新技术产业园区", "钒钛高新区"],
       note="2001年成立，2015年11月升级（经国务院批准）；标题作“攀枝花钒钛高新区”"),
 ],
 companies=[
  comp("攀钢钛业", PZ, M2b),
  comp("新中钛科技", PZ, M2b),
 ],
 institutions=[
  inst("攀枝花市经信委", M2a, note="消息来源"),
  inst("国家工信部", M2a, note="确定试点"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ma03 雅安经开区 2019年三季度9个项目集中投产 (央广网四川 2019)
YA = "雅安经开区"
DS = "大数据产业园"
M3a = "今年第三季度,雅安经开区集中投产项目9个,包含雅吉芯年产100万片硅外延片生产线、中雅高性能高压化成比扩产技改、百图高新材料研发生产等,总投资超20亿元"
M3b = "在雅安百图高新材料股份有限公司生产车间内,年产60吨球形氮化硼和年产100吨氮化铝项目已进入试生产阶段"
M3c = "1至8月,雅安经开区签约产业项目7个,计划总投资43.75亿元"
M3d = "大数据产业园签约项目22个,计划总投资96亿元"
AS3 = "2019年1—8月"
G["ma03"] = dict(
 article=art("（无标题）雅安经开区2019年第三季度集中投产项目9个", "“本报讯”（杨宇龙 记者 文莎；原报名未示），载于央广网四川频道 sc.cnr.cn", "2019-10-12", "day",
  "Local paper's item on the national radio's provincial web channel, Sichuan (雅安): a development zone's press conference on projects put into production — three named projects in a quarter's batch with their total, a firm's new lines in trial production, the zone's and its big-data park's signings and funds year to date",
  "http://sc.cnr.cn/sc/2014sz/20191012/t20191012_524812327.shtml",
  "日期取网址 20191012。存段无标题、无日期行（title 为编者概括）。正文三段，完整。原文“召开 2019年”有空格，照录；“招商引资市外到位资金38.247万元,其中省外到位资金12.3亿元”原文如此（市外小于省外，“万元”疑为“亿元”之误），照录，事实按字面记、列可选。园区：雅安经开区（雅安经济开发区，雅安，四川）；“大数据产业园”（即雅安经开区内的川西大数据产业园，文中只作“大数据产业园”）列可选园区，parent 推定为雅安经开区。项目：三季度集中投产的雅吉芯年产100万片硅外延片生产线、中雅高性能高压化成比扩产技改、百图高新材料研发生产（投产，无单项金额；9个合计“超20亿元”为事实）；百图公司“年产60吨球形氮化硼和年产100吨氮化铝项目已进入试生产阶段”，文中称“该项目的顺利投产”，与“百图高新材料研发生产”或为同一项目，列可选项目（投产）。公司：雅安百图高新材料股份有限公司（在园）；雅吉芯、中雅只在项目名中，可选。",
  "ma03"),
 parks=[
  park(YA, "雅安", "四川", "经济开发区", M3a, note="文中只作“雅安经开区”"),
  park(DS, "雅安", "四川", "产业园（大数据）", M3d, parent=YA, opt=True, note="文中只作“大数据产业园”；母园区由语境推定"),
 ],
 companies=[
  comp("雅安百图高新材料股份有限公司", YA, M3b, aliases=["百图高新"], note="“百图高新材料研发生产”项目业主"),
  comp("雅吉芯", YA, M3a, opt=True, note="只在项目名中"),
  comp("中雅", YA, M3a, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("雅吉芯年产100万片硅外延片生产线", YA, M3a, companies=["雅吉芯"], status="投产", status_text="集中投产", note="2019年第三季度投产"),
  proj("中雅高性能高压化成比扩产技改", YA, M3a, companies=["中雅"], status="投产", status_text="集中投产", note="同上"),
  proj("百图高新材料研发生产", YA, M3a, companies=["雅安百图高新材料股份有限公司"], status="投产", status_text="集中投产", note="同上"),
  proj("年产60吨球形氮化硼和年产100吨氮化铝项目", YA, M3b, companies=["雅安百图高新材料股份有限公司"], status="投产", status_text="已进入试生产阶段",
       opt=True, note="或即“百图高新材料研发生产”；文中称“该项目的顺利投产”"),
 ],
 aggregate_facts=[
  fact(YA, "park", "projects_in_production", 9, "count", M3a, "2019年第三季度"),
  fact(YA, "park", "projects_in_production_investment_cny", 2e9, "cny", "百图高新材料研发生产等,总投资超20亿元", "2019年第三季度", qual="超", qtext="超", chk=True),
  fact(YA, "park", "projects_signed", 7, "count", M3c, AS3, kind="cumulative", note="产业项目"),
  fact(YA, "park", "signed_investment_cny", 4.375e9, "cny", "计划总投资43.75亿元", AS3, kind="cumulative", chk=True),
  fact(DS, "park", "projects_signed", 22, "count", M3d, AS3, kind="cumulative"),
  fact(DS, "park", "signed_investment_cny", 9.6e9, "cny", M3d, AS3, kind="cumulative", chk=True),
  fact(YA, "park", "funds_in_place_from_outside_city_cny", 382470, "cny", "招商引资市外到位资金38.247万元", AS3, kind="cumulative", opt=True, chk=True,
       note="原文如此（疑为38.247亿元之误）；按字面记"),
  fact(YA, "park", "funds_in_place_from_outside_province_cny", 1.23e9, "cny", "其中省外到位资金12.3亿元", AS3, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- ma04 国家级广安经开区 十年 (yybnet 广安 2020)
SZ = "广安(深圳)产业园"
M4a = "2019年,广安经开区在全国219家国家级经济技术开发区综合考评中名列第88位"
M4b = "6月17日,四川深广合作产业投资开发有限公司对外发布公告,对深广大厦裙楼、老广安街、社区商业进行招租,这标志着位于广安经开区的广安(深圳)产业园为招商按下了“快进键”"
M4c = "如今,广安(深圳)产业园已吸引入驻产业项目17个,签约投资额51亿元"
G["ma04"] = dict(
 article=art("国家级广安经开区:回眸十年国开区创业路 筑梦千亿产业园再出发", "yybnet.net 广安新闻栏（文 王林 周琪钧 万桑，图片由广安经开区提供；原发媒体未注明）", "2020-06", "month",
  "Local news aggregator's city channel, Sichuan (广安): a national development zone's ten-year feature (only its opening stored) — the zone's upgrade and national ranking, a customs building under construction, Shenzhen's enclave park inside the zone with its developer, projects landed and signed investment",
  "https://m.yybnet.net/guangan/news/202006/10608405.html",
  "日期：网址 202006，文中“6月24日”“6月17日”，发布在2020年6月24日之后，记 2020-06（month）。标题照录。存段标题后两行“深圳在川的唯一“飞地”产业园…引擎之一。”“投资20多亿元的华泰医院是…重要配套之一。”为图片说明，已删（正文从导语“6月24日…”起）；署名行“□王林 周琪钧 万桑 (图片由广安经开区提供)”已删（记入 outlet）。小标题“打造开放创新高地,助推川粤川渝跨区域合作”保留为一段。存段在末段“未来,来自深圳的项目…助力广安经开区开放合作迈”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…签约投资额51亿元。”，共七段（长篇只存开头）。园区：广安经开区（“国家级广安经开区”，2010年6月28日升级为国家级经开区；广安，四川）；广安(深圳)产业园（“位于广安经开区的”，深圳在川“飞地”产业园，2016年落子；parent 广安经开区）。公司：四川深广合作产业投资开发有限公司（对园内深广大厦裙楼等招租，记在广安(深圳)产业园）。项目：广安海关大楼（建设现场，工人鏖战正酣→在建；可选）。事实：广安(深圳)产业园入驻产业项目17个、签约投资额51亿元（cumulative）；广安经开区2019年综合考评全国第88位（共219家，可选）。",
  "ma04"),
 parks=[
  park(GA, "广安", "四川", "国家级经济技术开发区", "这里,是充满希望的国家级广安经开区。2010年6月28日,广安经开区升级为国家级经开区",
       note="文中作“国家级广安经开区”“广安经开区”；以能源化工为主导产业"),
  park(SZ, "广安", "四川", "产业园（飞地）", M4b, parent=GA, note="深圳在四川唯一的“飞地”产业园，2016年落子"),
 ],
 companies=[
  comp("四川深广合作产业投资开发有限公司", SZ, M4b, note="对深广大厦裙楼等招租；园区开发运营方（由语境推定）"),
 ],
 projects=[
  proj("广安海关大楼", GA, "6月24日,在国家级广安经开区内的广安海关大楼建设现场,100多名工人鏖战正酣", status="在建", status_text="建设现场…鏖战正酣", opt=True),
 ],
 aggregate_facts=[
  fact(SZ, "park", "projects_landed", 17, "count", M4c, "2020年6月", kind="cumulative", note="入驻产业项目"),
  fact(SZ, "park", "signed_investment_cny", 5.1e9, "cny", "签约投资额51亿元", "2020年6月", kind="cumulative", chk=True),
  fact(GA, "park", "national_ranking", 88, "rank", M4a, "2019年", opt=True, note="全国219家国家级经开区综合考评"),
 ])

# ---------------------------------------------------------------- ma05 资阳高新区 6个签约项目 2个投产 (yybnet 资阳 2021)
ZY = "资阳高新区"
M5a = "资阳高新区2019-2020年度纳入省级重大及专题投资促进活动签约的6个项目中,已有两个项目建成并正式投产,其余4个项目正在有序推进"
M5b = "据悉,这6个项目分别是爱齐(四川)医疗设备有限公司二期、公铁物流港、中瑞诺达医疗器械、现代商用汽车升级生产线、旺刚金属制品西部生产基地、金科集美天悦(资阳)城市商业综合体,投资总额75.78亿元"
M5c = "截至目前,爱齐(四川)医疗设备有限公司二期、旺刚金属制品西部生产基地项目已建成并正式投产"
M5d = "市、区党政负责同志带队招商9次,拜访企业121户,签约项目4个,落地项目9个,新增到位资金30亿元"
AS5 = "2021年12月"
NOTE5 = "2019—2020年度省级投资促进活动签约；其余4个“正在有序推进”"
G["ma05"] = dict(
 article=art("（无标题）资阳高新区2019-2020年度签约6个项目 两个已建成投产", "“本报讯”（全媒体记者刘星辰；原报名未示，当为资阳日报），载于 yybnet.net 资阳新闻栏", "2021-12", "month",
  "Local paper's item on a news aggregator's city channel, Sichuan (资阳): a high-tech zone's six projects signed at provincial promotion events — all six named with their total, two in production, the rest under way; a 100-day investment drive's signings and funds",
  "https://yybnet.net/ziyang/news/202112/11693729.html",
  "日期：网址 202112，文中“12月21日”座谈会，发布在2021年12月21日或稍后，记 2021-12（month）。存段无标题、无日期行（title 为编者概括）。存段末“新闻推荐”及其后另一条新闻的摘要、栏目口号已删。正文四段，完整。园区：资阳高新区（资阳，四川；文中又作“高新区”）。项目：6个2019—2020年度省级重大及专题投资促进活动签约项目全部点名——爱齐(四川)医疗设备有限公司二期、旺刚金属制品西部生产基地“已建成并正式投产”（status 投产，status_alt 签约）；公铁物流港、中瑞诺达医疗器械、现代商用汽车升级生产线、金科集美天悦(资阳)城市商业综合体（签约，“正在有序推进”）；无单项金额，合计75.78亿元为事实。公司：爱齐(四川)医疗设备有限公司（在园）；中瑞诺达、旺刚金属只在项目名中，可选。机构：省经济合作局（可选）。“百日攻坚”行动中“市、区党政负责同志带队招商…签约项目4个,落地项目9个,新增到位资金30亿元”为市、区合计还是高新区单独不明，记于资阳高新区并列可选。",
  "ma05"),
 parks=[
  park(ZY, "资阳", "四川", "高新区", M5a, aliases=["高新区"], note="文中又作“高新区”"),
 ],
 companies=[
  comp("爱齐(四川)医疗设备有限公司", ZY, M5c, note="二期项目已建成投产"),
  comp("中瑞诺达", ZY, M5b, opt=True, note="只在项目名中"),
  comp("旺刚金属", ZY, M5c, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("省经济合作局", "12月21日,记者从省经济合作局在资阳开展的", note="四川省经济合作局（文中简称）"),
 ],
 projects=[
  proj("爱齐(四川)医疗设备有限公司二期", ZY, M5c, companies=["爱齐(四川)医疗设备有限公司"], phase="二期", status="投产", status_text="已建成并正式投产",
       status_alt="签约", aliases=["爱齐二期项目"], note="2020年省级重点督办项目；" + NOTE5.split("；")[0]),
  proj("公铁物流港", ZY, M5b, status="签约", status_text="签约", note=NOTE5),
  proj("中瑞诺达医疗器械", ZY, M5b, companies=["中瑞诺达"], status="签约", status_text="签约", note=NOTE5),
  proj("现代商用汽车升级生产线", ZY, M5b, status="签约", status_text="签约", note=NOTE5),
  proj("旺刚金属制品西部生产基地", ZY, M5c, companies=["旺刚金属"], status="投产", status_text="已建成并正式投产", status_alt="签约",
       note=NOTE5.split("；")[0]),
  proj("金科集美天悦(资阳)城市商业综合体", ZY, M5b, status="签约", status_text="签约", note=NOTE5),
 ],
 aggregate_facts=[
  fact(ZY, "park", "projects_signed", 6, "count", M5a, "2019—2020年度", note="纳入省级重大及专题投资促进活动签约"),
  fact(ZY, "park", "signed_investment_cny", 7.578e9, "cny", "投资总额75.78亿元", "2019—2020年度", chk=True, note="上述6个项目合计"),
  fact(ZY, "park", "projects_in_production", 2, "count", M5a, AS5, kind="cumulative", note="6个签约项目中已建成投产"),
  fact(ZY, "park", "projects_signed", 4, "count", M5d, "2021年（“百日攻坚”行动）", opt=True, note="市、区合计或高新区，不明"),
  fact(ZY, "park", "projects_landed", 9, "count", M5d, "2021年（“百日攻坚”行动）", opt=True, note="同上"),
  fact(ZY, "park", "funds_in_place_cny", 3e9, "cny", "新增到位资金30亿元", "2021年（“百日攻坚”行动）", opt=True, chk=True, note="同上"),
 ])

# ---------------------------------------------------------------- ma06 达州东部经开区 2022年一季度集中开工 (ccxnn 2022)
DZ = "达州东部经开区"
M6a = "1月4日,四川省2022年第一季度重大项目集中开工(达州分会场)在达州东部经开区举行"
M6b = "第一季度,达州市集中开工重大项目75个,总投资674亿元"
M6c = "围绕钢铁、智能制造和电子信息三大主导产业,达州东部经开区投资545.16亿元规划建设钢铁及配套、智能制造、新材料等三大产业园区、配套仓储物流中心项目开工"
M6d = "达州东部经开区投资15.7亿元建设麻柳火车站接驳铁专线,包括改扩建麻柳镇火车站,新建专用线路、工厂站等工程"
AS6 = "2022年1月4日（集中开工）"
G["ma06"] = dict(
 article=art("四川达州2022年第一季度重大项目开工 总计75个,总投资674亿元", "ccxnn.com（“行业动态”栏；来源:互联网，原发媒体与署名未注明）", "2022-01-04", "day",
  "Industry site relaying a news item, Sichuan (达州): the province's Q1 2022 groundbreaking held in a newly founded development zone — the city's 75 projects and their totals by type, the zone's three industrial parks plus logistics centre started with investment and 2025 output goal, a rail spur with its investment",
  "http://ccxnn.com/xingyedongtai/5169.html",
  "日期取页面“来源:互联网 2022-01-04 16:11:13”。标题照录；面包屑“首页行业动态…”、来源日期行与两处图注“…(图1)”“…(图2)”已删。存段末段“同时,为打造更便捷的交通路网…达州东部经开区还”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…货物到发运量可达1450万吨。”，共四段。园区：达州东部经开区（“达州市委市政府新设立的经济开发区”；达州，四川）。“钢铁及配套、智能制造、新材料等三大产业园区”为规划建设中的园中园，未单独命名，不列园区，作项目名的一部分。项目：三大产业园区、配套仓储物流中心项目（投资545.16亿元，开工）；麻柳火车站接驳铁专线（投资15.7亿元；该句无阶段词，status 空，note 注明为当日“明星”项目之一）。事实：达州市一季度集中开工75个、674亿元（region），分类数列可选；三大园区“预计到2025年…总产值达500亿元”（target，主体记达州东部经开区）。达州市委书记邵革军不列。",
  "ma06"),
 parks=[
  park(DZ, "达州", "四川", "经济开发区", M6a, note="达州市委市政府新设立的经济开发区"),
 ],
 companies=[],
 projects=[
  proj("钢铁及配套、智能制造、新材料等三大产业园区、配套仓储物流中心项目", DZ, M6c, inv="投资545.16亿元", status="开工", status_text="开工",
       aliases=["三大产业园区"], note="预计到2025年三大园区总产值500亿元"),
  proj("麻柳火车站接驳铁专线", DZ, M6d, inv="投资15.7亿元", note="含改扩建麻柳镇火车站；文中无阶段词（列在集中开工当天的“明星”项目之后）"),
 ],
 aggregate_facts=[
  fact("达州市", "region", "projects_started", 75, "count", M6b, AS6),
  fact("达州市", "region", "projects_started_investment_cny", 6.74e10, "cny", "总投资674亿元,其中:产业发展项目31个,投资372亿元", AS6, chk=True),
  fact("达州市", "region", "industrial_projects_started", 31, "count", "产业发展项目31个,投资372亿元", AS6, opt=True),
  fact("达州市", "region", "industrial_projects_started_investment_cny", 3.72e10, "cny", "产业发展项目31个,投资372亿元", AS6, opt=True, chk=True),
  fact(DZ, "park", "expected_output_cny", 5e10, "cny", "预计到2025年三大园区可实现总产值达500亿元", "2025年（预计）", kind="target", chk=True, note="三大产业园区合计"),
 ])

# ---------------------------------------------------------------- ma07 内江集中开工项目59个 (国际在线 2022)
NJ = "内江经开区"
NG = "内江高新区"
M7a = "包括内江经开区中显智能新型触控显示模组生产基地项目、内江高新区射频电子标签产业项目、麻柳坝大桥工程等一批质量效益好、示范带动能力强、惠及民生广的项目"
M7b = "当天,四川华电内江白马2×475兆瓦燃气轮机创新发展示范项目1号机组项目参与四川省视频连线集中开工。该项目总投资23亿元"
AS7 = "2022年1月4日（集中开工）"
G["ma07"] = dict(
 article=art("内江集中开工项目59个 总投资318亿元", "国际在线（中央广电总台国际在线，四川频道 sc.cri.cn；编辑:唐浩博 责编:胡晓萌）", "2022-01-04", "day",
  "National broadcaster's web portal, provincial channel, Sichuan (内江): the city's part of the province's Q1 2022 groundbreaking — 59 projects and their total by type, two named park projects, a bridge, and a gas-turbine power project with its investment",
  "http://sc.cri.cn/n/20220104/ea8af310-9cd0-c445-e496-8a49bde488e5.html",
  "日期取页面“2022-01-04 19:27:04来源:中央广电总台国际在线”。标题照录；日期来源行与图片说明（“…_fororder_1…(摄影-王斌)”“…内江分会场 摄影 王斌”各两次）已删。存段末行“总投资30”为下一段残文，已删；正文截至“…一项务实举措。”，共四段。园区：内江经开区、内江高新区（内江，四川；文中只作简称）。项目（均参与集中开工→开工）：中显智能新型触控显示模组生产基地项目（内江经开区）、射频电子标签产业项目（内江高新区）、麻柳坝大桥工程（园区 null）、四川华电内江白马2×475兆瓦燃气轮机创新发展示范项目1号机组项目（总投资23亿元；园区 null）。公司：中显智能（只在项目名中，可选）；东方电气集团（示范项目的国产化攻关方，可选，park null）。事实：内江列入集中开工重大项目59个、总投资318亿元（region），分类数列可选；燃机项目节煤减碳不计。",
  "ma07"),
 parks=[
  park(NJ, "内江", "四川", "经济技术开发区", M7a, note="文中只作“内江经开区”"),
  park(NG, "内江", "四川", "高新区", M7a, note="文中只作“内江高新区”"),
 ],
 companies=[
  comp("中显智能", NJ, M7a, opt=True, note="只在项目名中"),
  comp("东方电气集团", None, "是东方电气集团首个实施F级燃气轮机高温透平核心部件国产化攻关的示范项目", opt=True),
 ],
 projects=[
  proj("中显智能新型触控显示模组生产基地项目", NJ, M7a, companies=["中显智能"], status="开工", status_text="集中开工"),
  proj("射频电子标签产业项目", NG, M7a, status="开工", status_text="集中开工"),
  proj("麻柳坝大桥工程", None, M7a, status="开工", status_text="集中开工", note="基础设施；园区未说"),
  proj("四川华电内江白马2×475兆瓦燃气轮机创新发展示范项目1号机组项目", None, M7b, inv="总投资23亿元", status="开工", status_text="集中开工",
       note="全省“十四五”期间首个开工建设的国家级重型燃气轮机发电项目；园区未说"),
 ],
 aggregate_facts=[
  fact("内江", "region", "projects_started", 59, "count", "本次开工仪式,内江列入四川省集中开工重大项目共59个,总投资318亿元", AS7),
  fact("内江", "region", "projects_started_investment_cny", 3.18e10, "cny", "本次开工仪式,内江列入四川省集中开工重大项目共59个,总投资318亿元", AS7, chk=True),
  fact("内江", "region", "industrial_projects_started", 30, "count", "其中,产业项目30个、基础设施项目22个", AS7, opt=True),
  fact("内江", "region", "infrastructure_projects_started", 22, "count", "其中,产业项目30个、基础设施项目22个", AS7, opt=True),
 ])

# ---------------------------------------------------------------- ma08 内江经开区四季度集中开工12个优质项目 (中国基层网 2024)
M8a = "活动上,内江经开区共有12个优质项目集中开工,总投资达133.3亿元"
M8b = "新签约落地制造业项目9个,总投资152亿元,其中汇源果汁、安迈特项目均为年产值超百亿项目"
M8c = "另外,全区实施省级重点项目6个、市级重点项目34个,1-9月分别完成年度投资的81.5%、83.2%,各同比增长24.4%、18.7%"
M8d = "作为本次开工的标志性项目之一,渝丰全国总部及综合物流服务基地二期项目占地100亩,总投资5亿元"
AS8 = "2024年10月8日（集中开工）"
AS8b = "2024年1—9月（今年来）"
G["ma08"] = dict(
 article=art("冲刺全年目标任务!内江经开区四季度集中开工12个优质项目", "中国基层网（chinajiceng.com.cn；署名存段未示）", "2024-10-09", "day",
  "National grassroots-news portal, Sichuan (内江): a development zone hosts the city's Q4 2024 major-project event — 12 projects started with their total, the year's manufacturing signings with two named projects, key projects and investment completion, a logistics project's phase 2 started with investment and area",
  "http://chinajiceng.com.cn/news/2024-10-09/196774.html",
  "日期取页面“2024-10-09 15:25:30 来源:中国基层网”。标题照录；站名“中国网小记者”“基层门户网”、日期来源行与三处图注“活动现场”已删。存段末段“‘内江建设成渝发展主轴…战略机遇,以及”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…降低综合运输成本约10%。”，共三段。园区：内江经开区（内江，四川；文中又作“经开区”“全区”）。项目：渝丰全国总部及综合物流服务基地二期项目（本次开工→开工，总投资5亿元，占地100亩）；汇源果汁、安迈特（“新签约落地制造业项目9个…其中汇源果汁、安迈特项目”→签约，年产值超百亿，无单项金额）。公司：汇源果汁、安迈特、渝丰只在项目名中，可选。事实：12个项目集中开工、总投资133.3亿元；今年来新签约落地制造业项目9个、总投资152亿元（cumulative）；省级重点项目6个、市级34个（可选），1-9月完成年度投资81.5%、83.2%与增速（ratio，可选）。",
  "ma08"),
 parks=[
  park(NJ, "内江", "四川", "经济技术开发区", M8a, aliases=["经开区"], note="文中又作“经开区”“全区”"),
 ],
 companies=[
  comp("汇源果汁", NJ, M8b, opt=True, note="只在项目名中"),
  comp("安迈特", NJ, M8b, opt=True, note="只在项目名中"),
  comp("渝丰", NJ, M8d, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("渝丰全国总部及综合物流服务基地二期项目", NJ, M8d, companies=["渝丰"], inv="总投资5亿元", phase="二期", status="开工", status_text="本次开工",
       note="占地100亩；全供应链智慧物流园基地"),
  proj("汇源果汁", NJ, M8b, companies=["汇源果汁"], status="签约", status_text="新签约落地", note="“汇源果汁、安迈特项目”；年产值超百亿"),
  proj("安迈特", NJ, M8b, companies=["安迈特"], status="签约", status_text="新签约落地", note="同上"),
 ],
 aggregate_facts=[
  fact(NJ, "park", "projects_started", 12, "count", M8a, AS8),
  fact(NJ, "park", "projects_started_investment_cny", 1.333e10, "cny", "总投资达133.3亿元", AS8, chk=True),
  fact(NJ, "park", "projects_signed", 9, "count", M8b, AS8b, kind="cumulative", note="新签约落地制造业项目"),
  fact(NJ, "park", "signed_investment_cny", 1.52e10, "cny", "新签约落地制造业项目9个,总投资152亿元", AS8b, kind="cumulative", chk=True),
  fact(NJ, "park", "provincial_key_projects", 6, "count", M8c, "2024年", opt=True),
  fact(NJ, "park", "municipal_key_projects", 34, "count", M8c, "2024年", opt=True),
  fact(NJ, "park", "provincial_key_projects_annual_investment_completion", 0.815, "ratio", M8c, "2024年1—9月", kind="ratio", opt=True),
  fact(NJ, "park", "municipal_key_projects_annual_investment_completion", 0.832, "ratio", M8c, "2024年1—9月", kind="ratio", opt=True),
  fact(NJ, "park", "provincial_key_projects_investment_yoy_growth", 0.244, "ratio", M8c, "2024年1—9月", kind="ratio", opt=True),
  fact(NJ, "park", "municipal_key_projects_investment_yoy_growth", 0.187, "ratio", M8c, "2024年1—9月", kind="ratio", opt=True),
  fact("渝丰全国总部及综合物流服务基地二期项目", "project", "site_area_mu", 100, "mu", M8d, AS8, opt=True),
 ])
