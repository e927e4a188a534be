# real426 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py, unchanged)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first amount
# of the evidence; chk=True asserts it). Projects: the park the text places the project in, null if none (a county or town is not
# a park). Status from the text's words (开工 / 动工 / 开工建设 → 开工; 签约仪式 → 签约; 加紧建设 / 主体施工 → 在建; 拟 → planned).
# “预计 / 达产后 / 建成后” figures are kind target. Sources: `search` (corpus pages) excerpts typed into _raw/pages/liNN.raw.

# ---------------------------------------------------------------- li01 兴安县 太阳能光伏产业园 (新华社 photo, gov.cn 2011)
XA = "太阳能光伏产业园"
A0 = "目前,占地1.4平方公里、总投资150亿元的太阳能光伏产业园在广西桂林市兴安县初步建成"
A1 = "桂林尚科光伏等11家生产企业或竣工投产或开工建设,初步形成了上游原材料生产、中游装备制造、系统集成和下游产品应用等太阳能光伏产业链"
A2 = "到“十二五”期末,将实现年产值500亿元以上,带动数万人就业"
G["li01"] = dict(
 article=art("（无标题）新华社图片：广西兴安县太阳能光伏产业园初步建成", "新华社（记者 陈瑞华 摄），载于中国政府网 www.gov.cn（今日中国栏）", "2011-03-18", "day",
  "News-agency photo captions on the central government portal, Guangxi: a county's solar PV industrial park — area, total investment, 11 firms in production or under construction, an output target; two named module / PV firms",
  "https://www.gov.cn/jrzg/2011-03/18/content_1827238.htm",
  "日期取网址 2011-03/18（照片摄于3月14日）。存段无标题，title 为编者概括。三段均为图片说明，照录；每段末“新华社记者 陈瑞华 摄”保留（原文如此）。园区：文中只作“太阳能光伏产业园”（又作“这一产业园”），位于广西桂林市兴安县；不补全称。公司：桂林尚科光伏应用有限公司（又作“桂林尚科光伏”，属“11家生产企业”，在园区）；中联科伟达(兴安)太阳能光伏应用有限公司（图片说明，园区由图组语境推定，可选）。无点名项目。事实：面积1.4平方公里、总投资150亿元（园区规划总投资，reported）、11家企业竣工投产或开工建设、“十二五”期末年产值500亿元以上（target，超）。",
  "li01"),
 parks=[
  park(XA, "桂林", "广西", "产业园", A0, district="兴安县", note="文中又作“这一产业园”；无专名"),
 ],
 companies=[
  comp("桂林尚科光伏应用有限公司", XA, A1, aliases=["桂林尚科光伏"], note="“11家生产企业”之一；首段图片说明中作全称"),
  comp("中联科伟达(兴安)太阳能光伏应用有限公司", XA, "中联科伟达(兴安)太阳能光伏应用有限公司的职工在生产线上组装产品(3月14日摄)", opt=True, note="图片说明；园区由图组语境推定"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(XA, "park", "area_km2", 1.4, "km2", A0, "2011年3月"),
  fact(XA, "park", "total_investment_cny", 1.5e10, "cny", A0, "2011年3月", chk=True, note="园区总投资（规划）"),
  fact(XA, "park", "firms_in_production_or_construction", 11, "count", A1, "2011年3月", note="“或竣工投产或开工建设”的生产企业"),
  fact(XA, "park", "annual_output_target_cny", 5e10, "cny", A2, "“十二五”期末（2015年，目标）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- li02 福建省海上风电装备产业园区 framework (经济参考报 2015)
FJ = "福建省海上风电装备产业园区"
B0 = "新疆金风科技股份有限公司日前宣布,公司于2015年6月18日与福州市政府及中国长江三峡集团公司签订项目合作框架协议,三方将协同在福清市打造福建省海上风电装备产业园区"
B1 = "发展海上风电设备(装备)的制造、销售及运维的相关业务,预计可拉动相关投资40亿元,建成达产后年产值可达130亿元"
G["li02"] = dict(
 article=art("（无标题）金风科技与福州市政府、三峡集团签约在福清打造福建省海上风电装备产业园区", "经济参考报（jjckb.xinhuanet.com；存段无署名）", "2015-06-29", "day",
  "Economic daily on the news-agency site, Fujian: a wind-turbine maker, a city government and a state power group sign a framework agreement to build an offshore-wind equipment park in a county-level city — planned bases, expected investment and output",
  "http://jjckb.xinhuanet.com/2015-06/29/content_552696.htm",
  "日期取网址 2015-06/29（签约日2015年6月18日）。存段无标题（title 为编者概括），是一行三段以空格相连，照录为一段（不拆行）；末行表格竖线“|”已删。园区：福建省海上风电装备产业园区（福清市，福州，福建；规划中，文中又作“该园区”）。公司：新疆金风科技股份有限公司（又作“金风科技”）、中国长江三峡集团公司（又作“三峡集团”）——签约方，园区未说它们入驻，park 记 null。福州市政府为签约方（可选机构）。无点名项目（“项目合作框架协议”）。事实：四大基地（可选）、预计拉动相关投资40亿元、建成达产后年产值130亿元（均为 target）。",
  "li02"),
 parks=[
  park(FJ, "福州", "福建", "产业园区", B0, district="福清市", note="规划中；文中又作“该园区”"),
 ],
 companies=[
  comp("新疆金风科技股份有限公司", None, B0, aliases=["金风科技"], note="签约方；总裁王海波"),
  comp("中国长江三峡集团公司", None, B0, aliases=["三峡集团"], note="签约方"),
 ],
 institutions=[
  inst("福州市政府", B0, note="签约方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(FJ, "park", "planned_bases", 4, "count", "该园区已规划海上风电机组检测中心、海上风电生产基地、风机出口基地、海上风电运维和培训基地等四大基地", "2015年6月（规划）", kind="target", opt=True),
  fact(FJ, "park", "expected_investment_cny", 4e9, "cny", B1, "2015年6月（预计）", kind="target", chk=True, note="“预计可拉动相关投资”"),
  fact(FJ, "park", "annual_output_target_cny", 1.3e10, "cny", "建成达产后年产值可达130亿元", "建成达产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- li03 福建三峡海上风电国际产业园 (东南网 / 福建日报 2017)
SX = "福建三峡海上风电国际产业园"
JY = "福清江阴工业区"
C0 = "28日,福建三峡海上风电国际产业园建设的金风科技风机厂主厂房、中车电机厂主厂房、叶片厂地勘工程正式开工"
C1 = "当天,三峡集团在闽投资的兴化湾二期海上风电项目全面开工,漳浦六鳌、长乐外海百万千瓦级海上风电先行工程建设准备工作启动"
C2 = "福清江阴工业区,占地1000亩的福建三峡海上风电产业园,桩机声隆隆,园区基础设施和部分厂房已拔地而起"
C3 = "项目规划年产能为100万千瓦以上,预计明年下半年试投产。达产后年产值约100亿元"
C4 = "此外,目前试验楼已封顶的结构件厂,将生产大容量海上风电机组所需的发电机定、转子支架、钢管桩等"
C5 = "去年11月动建的福清兴化湾样机试验风场,目前完成6台风机吊装,其中4台风机已并网发电"
ASC = "2017年12月28日"
G["li03"] = dict(
 article=art("（无标题）福建三峡海上风电国际产业园风机厂、电机厂开工 兴化湾二期海上风电项目全面开工", "东南网（福建日报记者 王永珍），hk.fjsen.com", "2017-12-29", "day",
  "Provincial news portal relaying the provincial daily, Fujian: plants of an offshore-wind equipment park start construction (turbine, generator, blade plants), a wind farm starts, the group's investment so far and planned; park area and plant capacity, output and trial-production dates",
  "http://hk.fjsen.com/2017-12/29/content_20550260.htm",
  "日期取“东南网12月29日讯”与网址 2017-12/29；文中“28日”为2017年12月28日。存段无标题（title 为编者概括），全文一行，段落以空格相连，照录为一段。存段在“漳浦六鳌、长乐两个外海百万千瓦集中连片规模化开发海上风电项目,标志”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…是首期试运风场。”。园区：福建三峡海上风电国际产业园（文中又作“福建三峡海上风电产业园”“园区”；福清，福州，福建），位于福清江阴工业区（parent，可选园区）。项目：金风科技风机厂（主厂房开工→开工；预计2018年下半年试投产）、中车电机厂（主厂房开工）、叶片厂（地勘工程开工；预计2019年上半年试投产；名称泛称，可选）、结构件厂（试验楼已封顶→在建，可选），均在产业园；兴化湾二期海上风电项目（28万千瓦，全面开工，海上风电场，不在园区，park null）；漳浦六鳌、长乐外海百万千瓦级海上风电先行工程（建设准备工作启动→planned，可选）；福清兴化湾样机试验风场（去年11月动建，6台吊装、4台并网→在建，可选）。“以上6个项目总投资约160亿元”为合计，不分摊（事实）。三峡集团在闽已投资约70亿元（cumulative）、未来总投资将超2000亿元（target）。公司：金风科技（风机厂在园区）、三峡集团（投资方，park null）；三峡福建能投公司为可选公司；中车只在“中车电机厂”中，不另列。",
  "li03"),
 parks=[
  park(SX, "福州", "福建", "产业园", C0, district="福清市", parent=JY, aliases=["福建三峡海上风电产业园"], note="文中又作“园区”；占地1000亩"),
  park(JY, "福州", "福建", "工业区", C2, district="福清市", opt=True, note="名称照录（含“福清”）"),
 ],
 companies=[
  comp("金风科技", SX, C0, note="风机厂在产业园"),
  comp("三峡集团", None, C1, note="投资方；在闽投资"),
  comp("三峡福建能投公司", None, "三峡福建能投公司负责人说", opt=True),
 ],
 institutions=[],
 projects=[
  proj("金风科技风机厂", SX, C0, companies=["金风科技"], status="开工", status_text="主厂房…正式开工", note="研发生产6.7MW及以上海上风电机组；规划年产能100万千瓦以上；预计2018年下半年试投产；达产后年产值约100亿元"),
  proj("中车电机厂", SX, C0, status="开工", status_text="主厂房…正式开工", note="生产6MW及以上海上风电机组永磁直驱发电机"),
  proj("叶片厂", SX, C0, status="开工", status_text="地勘工程正式开工", opt=True, note="泛称；预计2019年上半年试投产"),
  proj("结构件厂", SX, C4, status="在建", status_text="试验楼已封顶", opt=True),
  proj("兴化湾二期海上风电项目", None, C1, companies=["三峡集团"], aliases=["兴化湾二期28万千瓦项目"], status="开工", status_text="全面开工", note="海上风电场，不在园区"),
  proj("漳浦六鳌、长乐外海百万千瓦级海上风电先行工程", None, C1, companies=["三峡集团"], status="planned", status_text="建设准备工作启动", opt=True),
  proj("福清兴化湾样机试验风场", None, C5, status="在建", status_text="去年11月动建…完成6台风机吊装,其中4台风机已并网发电", opt=True),
 ],
 aggregate_facts=[
  fact("三峡集团", "company", "projects_started_investment_cny", 1.6e10, "cny", "以上6个项目总投资约160亿元", ASC, qual="约", qtext="约", chk=True, note="产业园三个厂 + 风电场等6个项目合计"),
  fact("三峡集团", "company", "investment_in_province_cny", 7e9, "cny", "截至目前,三峡集团已在闽投资约70亿元", "2017年12月（截至目前）", kind="cumulative", qual="约", qtext="约", chk=True),
  fact("三峡集团", "company", "planned_investment_in_province_cny", 2e11, "cny", "预计未来总投资将超2000亿元", "未来（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(SX, "park", "area_mu", 1000, "mu", C2, "2017年12月"),
  fact("金风科技风机厂", "project", "planned_annual_capacity_kw", 1e6, "kw", C3, "规划", kind="target", qual="超", qtext="以上"),
  fact("金风科技风机厂", "project", "expected_annual_output_cny", 1e10, "cny", "达产后年产值约100亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("兴化湾二期海上风电项目", "project", "capacity_kw", 2.8e5, "kw", "新开工的兴化湾二期28万千瓦项目,是首期试运风场", ASC, opt=True),
 ])

# ---------------------------------------------------------------- li04 乌海京运通新材料产业园 (索比光伏网 2018)
QL = "千里山工业园区"
JYT = "乌海京运通新材料产业园项目"
D0 = "去年6月开工建设的乌海京运通新材料产业园项目加紧建设,目前,办公楼和多晶硅厂房已建成,并部分进入设备安装调试阶段"
D1 = "该项目位于乌海市千里山工业园区,占地420亩,总投资约30亿元,总体规划建设5GW高效太阳能级单晶硅、多晶硅产业园区,年产8000吨多晶硅锭和15000吨单晶硅棒"
D2 = "项目达产后,预计年可实现销售收入约53亿元,缴税约3.8亿元"
G["li04"] = dict(
 article=art("京运通新材料产业园5GW晶硅厂房建成", "索比光伏网（news.solarbe.com；“原标题”示为转载，原发未注明）", "2018-01-05", "day",
  "Solar-industry news site, Inner Mongolia: progress of a listed firm's polysilicon / monocrystalline materials park project in a city industrial park — plant built, equipment being installed, investment, capacity, signing and start dates, expected sales and tax",
  "https://news.solarbe.com/201801/05/124420.html",
  "日期取网址 201801/05（文中“2018年1月消息”）。存段无页面标题；标题行取文末“原标题:京运通新材料产业园5GW晶硅厂房建成”（该行移作标题，不留正文），“责任编辑:solar_robot”已删。正文三段，完整。园区：千里山工业园区（乌海市，内蒙古）。项目：乌海京运通新材料产业园项目（标题作“京运通新材料产业园”；2017年6月13日开工，现加紧建设、厂房建成、部分设备安装调试→在建，status_alt 开工；总投资约30亿元）。“乌海京运通新材料产业园”本身是企业园区，列为可选园区（parent 千里山工业园区）。公司：北京京运通科技股份有限公司（业主；总部不在园区，park 记千里山工业园区因其项目在此——按项目所在，note）。乌海市人民政府（又作“乌海市政府”）为签约方（可选机构）。事实：占地420亩、5GW、年产8000吨多晶硅锭与15000吨单晶硅棒（规划，target）、达产后销售收入约53亿元、缴税约3.8亿元（target）。",
  "li04"),
 parks=[
  park(QL, "乌海", "内蒙古", "工业园区", D1),
  park("乌海京运通新材料产业园", "乌海", "内蒙古", "产业园", D0, parent=QL, aliases=["京运通新材料产业园"], opt=True, note="企业自建园区（项目名中）；标题作“京运通新材料产业园”"),
 ],
 companies=[
  comp("北京京运通科技股份有限公司", QL, "2017年6月5日,北京京运通科技股份有限公司发布公告,与内蒙古自治区乌海市人民政府(以下简称“乌海市政府”)签署了《乌海京运通新材料产业园项目投资协议》", note="项目业主；项目在千里山工业园区"),
 ],
 institutions=[
  inst("乌海市人民政府", "与内蒙古自治区乌海市人民政府(以下简称“乌海市政府”)签署了《乌海京运通新材料产业园项目投资协议》", note="又作“乌海市政府”；签约方"),
 ],
 projects=[
  proj(JYT, QL, D1, companies=["北京京运通科技股份有限公司"], inv="总投资约30亿元", qual="约", qual_text="约", status="在建", status_text="加紧建设", status_alt="开工",
       aliases=["京运通新材料产业园"], note="2017年6月5日签约、6月13日开工；办公楼和多晶硅厂房已建成，部分设备安装调试（2018年1月）"),
 ],
 aggregate_facts=[
  fact(JYT, "project", "area_mu", 420, "mu", D1, "2018年1月", opt=True),
  fact(JYT, "project", "planned_capacity_gw", 5, "GW", D1, "规划", kind="target"),
  fact(JYT, "project", "planned_polysilicon_ingot_t", 8000, "t", D1, "规划", kind="target", opt=True),
  fact(JYT, "project", "planned_mono_ingot_t", 15000, "t", D1, "规划", kind="target", opt=True),
  fact(JYT, "project", "expected_annual_sales_cny", 5.3e9, "cny", D2, "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(JYT, "project", "expected_annual_tax_cny", 3.8e8, "cny", "缴税约3.8亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- li05 宾西开发区风机叶片产业园 signing (ne21, ~2021/22)
BX = "宾西开发区"
BP = "哈尔滨风电机组叶片研发基地暨宾西开发区风机叶片产业园项目"
E0 = "近日,哈尔滨风电机组叶片研发基地暨宾西开发区风机叶片产业园项目签约仪式在宾县举行"
E1 = "该项目是哈市产业招商的一项重要成果,是由市发改委、宾县政府、协合新能源集团有限公司等六方采取“5+1”政企合作,产业链上下游企业强强联合模式共同开发建设,涵盖风电装备制造、组装、运营全产业链条"
E2 = "项目总投资约4.2亿元,占地面积12.4万平方米,主要建设100米及以下规格风电叶片生产线4条,拟于2022年3月开工建设,达产后可实现每年300套风电叶片的产能,产值约7亿元"
G["li05"] = dict(
 article=art("（无标题）哈尔滨风电机组叶片研发基地暨宾西开发区风机叶片产业园项目签约", "ne21.com（站名与原发媒体存段未示）", "2021-12~2022-02（推定）", "inferred",
  "Energy news site, Heilongjiang: signing of a wind-turbine blade park project in a county development zone near Harbin — six-party partnership, investment, area, blade lines, planned start, capacity and output",
  "https://ne21.com/news/show-167643.html",
  "存段无标题、无日期行（title 为编者概括）。发表日期推定：文中“拟于2022年3月开工建设”，故在2022年3月之前；同站 show-168187 为宿迁2021年全年回顾，编号相近，推定约2021年末至2022年初。末行“0 条”（评论数）已删。正文四段，完整。园区：宾西开发区（宾县，哈尔滨，黑龙江；文中不写全称）。项目：哈尔滨风电机组叶片研发基地暨宾西开发区风机叶片产业园项目（签约仪式→签约；总投资约4.2亿元；拟2022年3月开工）。协合新能源集团有限公司为六方之一（共同开发建设；园区未说其入驻，park 记宾西开发区——因其为项目共建方，可选）。市发改委（哈尔滨市）、宾县政府为可选机构。事实：占地12.4万平方米（可选）、叶片生产线4条、年产能300套、达产后产值约7亿元（target）。",
  "li05"),
 parks=[
  park(BX, "哈尔滨", "黑龙江", "开发区", E0, district="宾县", note="只在项目名中出现；县级开发区"),
 ],
 companies=[
  comp("协合新能源集团有限公司", BX, E1, opt=True, note="六方共建之一；入驻与否文中未说"),
 ],
 institutions=[
  inst("市发改委", E1, note="哈尔滨市发展和改革委员会（文中简称）"),
  inst("宾县政府", E1),
 ],
 projects=[
  proj(BP, BX, E2, companies=["协合新能源集团有限公司"], inv="项目总投资约4.2亿元", qual="约", qual_text="约", status="签约", status_text="签约仪式",
       note="拟于2022年3月开工建设；证据句为金额所在句，项目名见首句"),
 ],
 aggregate_facts=[
  fact(BP, "project", "area_m2", 1.24e5, "m2", E2, "签约时（规划）", kind="target", opt=True),
  fact(BP, "project", "blade_lines", 4, "count", E2, "规划", kind="target"),
  fact(BP, "project", "annual_capacity_sets", 300, "sets", E2, "达产后（预计）", kind="target"),
  fact(BP, "project", "expected_annual_output_cny", 7e8, "cny", "达产后可实现每年300套风电叶片的产能,产值约7亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- li06 汪清绿电科技产业园 (21spv, ~2022)
WQ = "汪清绿电科技产业园"
F0 = "总投资5.78亿元,占地面积9.34万平方米,建筑面积14.69万平方米的绿电产业园项目,主要建设标准化厂房8栋、宿舍楼4栋及动力中心及相关配套附属设施、绿化景观、道路等"
F1 = "总投资约6000万元绿电光伏项目,拟在建筑物楼顶和厂区北侧约24公顷山坡地安装双玻单晶硅540Wp光伏板,规划容量11MWp,利用发电收益补贴产业园内项目生产用电,供给入园企业使用清洁能源"
F2 = "据项目经理刘庆武介绍,该项目于6月18日开工建设,目前已完成4栋厂房和2栋宿舍楼主体施工,进入主体砌筑阶段"
G["li06"] = dict(
 article=art("工地“加速度” 汪清绿电科技产业园及光伏项目建设有序推进", "21spv.com（“原标题”示为转载；原发媒体存段未示）", "2022-09（推定；存段无年份）", "inferred",
  "Solar-industry news site relaying a county report, Jilin: a county green-power tech park under construction — investment, area, plants and dormitories, a rooftop / hillside PV project with capacity, power-price model, progress and completion plan",
  "http://21spv.com/news/show.php?itemid=147982",
  "存段无页面标题与日期；标题行取文末“原标题:工地“加速度” 汪清绿电科技产业园及光伏项目建设有序推进”（该行移作标题，不留正文）。发表日期：文中只有“9月21日”“6月18日开工”，年份未写；同站 itemid=186386 为2023年7月，本条编号更早，540Wp 组件为2021–2022年主流，推定2022年9月（不确定）。正文五段，完整。园区：汪清绿电科技产业园（汪清县，延边州，吉林；省州据常识补，文中未写；文中又作“绿电产业园”“产业园”）。项目：绿电产业园项目（即园区建设项目，首句作“汪清绿电科技产业园建设项目”；总投资5.78亿元；6月18日开工，主体施工中→在建，status_alt 开工；力争次年10月竣工投用）；绿电光伏项目（总投资约6000万元；“拟…安装”→planned；规划容量11MWp）。无点名企业；项目经理刘庆武为人名，不列。事实：占地、建筑面积（可选）、厂房8栋宿舍4栋（可选）、光伏规划容量11MWp、可为20户企业提供创业服务（target）、已完成4栋厂房2栋宿舍主体（可选）。",
  "li06"),
 parks=[
  park(WQ, "延边", "吉林", "产业园", "9月21日,汪清绿电科技产业园建设项目现场,采访团看到,几十名工人正在忙着捆扎地基钢筋", district="汪清县", aliases=["绿电产业园"],
       note="文中又作“产业园”“绿电产业园区”；城市、省份文中未写"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("绿电产业园项目", WQ, F0, inv="总投资5.78亿元", status="在建", status_text="开工建设…进入主体砌筑阶段", status_alt="开工",
       aliases=["汪清绿电科技产业园建设项目"], note="6月18日开工；已完成4栋厂房和2栋宿舍楼主体施工；力争明年10月竣工并投入使用；状态证据见 F2"),
  proj("绿电光伏项目", WQ, F1, inv="总投资约6000万元", qual="约", qual_text="约", status="planned", status_text="拟…安装", note="规划容量11MWp；标题作“光伏项目建设有序推进”"),
 ],
 aggregate_facts=[
  fact(WQ, "park", "area_m2", 9.34e4, "m2", F0, "规划", opt=True),
  fact(WQ, "park", "floor_area_m2", 1.469e5, "m2", F0, "规划", opt=True),
  fact("绿电光伏项目", "project", "planned_capacity_mwp", 11, "MWp", F1, "规划", kind="target"),
  fact(WQ, "park", "firms_to_host", 20, "count", "项目建成后,可为20户企业提供创业服务", "建成后（预计）", kind="target"),
  fact(WQ, "park", "plants_structure_completed", 4, "count", F2, "9月21日（截至目前）", kind="cumulative", opt=True, note="厂房主体施工完成4栋，宿舍楼2栋"),
 ])

# ---------------------------------------------------------------- li07 智光数字能源技术产业园 开工 (增城区政府网, 2023–2025)
ZG = "智光数字能源技术产业园"
H0 = "9月26日上午,广州智光电气股份有限公司(以下简称“智光公司”)在中新镇广汕南路南侧举行12GWh储能产线建设项目(四期)工程暨智光数字能源技术产业园项目开工活动"
H1 = "智光数字能源技术产业园项目位于广州东部公铁联运枢纽,总投资约40亿元,其中固定资产投资额37.5亿元,用地面积205亩,规划总建筑面积34.9万平方米,致力于打造增城区首个储能产业制造研发基地,预计2026年第二季度竣工投产"
H2 = "建成投产后,年产能可达9GWh,年产值可达75亿元"
G["li07"] = dict(
 article=art("中新镇又一重点项目动工建设!打造增城首个储能产业制造研发基地", "广州市增城区人民政府网站 www.zc.gov.cn（“走进增城 / 镇街风采”类栏目；署名存段未示）", "2023–2025（9月26日；年份存段未写）", "inferred",
  "District government site, Guangdong: groundbreaking of a listed firm's energy-storage production line (phase 4) and its digital-energy tech park in a town — investment, fixed assets, land, floor area, completion target, capacity and output, planned labs",
  "http://www.zc.gov.cn/zx/ztjj/jjbqwgc/zcfc/content/post_9238016.html",
  "标题照录（存段首行）。日期：文中只有“9月26日”；“百县千镇万村高质量发展工程”2023年起推行、项目“预计2026年第二季度竣工投产”，年份在2023–2025之间，未能确定。两处图片说明“▲智光数字能源技术产业园项目效果图”已删；小标题“智光数字能源技术产业园项目”保留为一段。**截断**：存段在“专班专人抓保障”小标题后的段落中途（“…确保专事有专人,及”）中断，该小标题与残段整段删去，正文截至“…在项目保障上提效。”。园区：智光数字能源技术产业园（企业园区，增城区中新镇，广州，广东；可选园区）；中新镇为镇，不是园区。项目：智光数字能源技术产业园项目（开工；总投资约40亿元，其中固定资产投资37.5亿元见 alt_investment；预计2026年二季度竣工投产），12GWh储能产线建设项目(四期)工程（开工，四期，无金额）；两项目 park 记 null（文中只写中新镇广汕南路南侧），园区本身列可选。公司：广州智光电气股份有限公司（又作“智光公司”）。事实：用地205亩、建筑面积34.9万平方米（可选）、年产能9GWh、年产值75亿元（target）。三个拟建实验室为可选机构。",
  "li07"),
 parks=[
  park(ZG, "广州", "广东", "产业园", H1, district="增城区", opt=True, note="企业自建产业园（项目名）；位于中新镇"),
 ],
 companies=[
  comp("广州智光电气股份有限公司", None, H0, aliases=["智光公司"], note="位于中新镇；不在既有园区"),
 ],
 institutions=[
  inst("广东省大功率电力电子工程实验室", "高水平建设广东省大功率电力电子工程实验室、动力/储能电池性能评价实验室、微网实验室", kind="lab", note="拟建"),
 ],
 projects=[
  proj("智光数字能源技术产业园项目", None, H1, companies=["广州智光电气股份有限公司"], inv="总投资约40亿元", qual="约", qual_text="约", status="开工", status_text="开工活动",
       alt_investment={"investment_text": "固定资产投资额37.5亿元", "investment_cny": 3.75e9, "kind": "fixed_asset"},
       note="位于中新镇广汕南路南侧（广州东部公铁联运枢纽）；预计2026年第二季度竣工投产"),
  proj("12GWh储能产线建设项目(四期)工程", None, H0, companies=["广州智光电气股份有限公司"], phase="四期", status="开工", status_text="开工活动", note="无单项金额"),
 ],
 aggregate_facts=[
  fact("智光数字能源技术产业园项目", "project", "land_area_mu", 205, "mu", H1, "规划", opt=True),
  fact("智光数字能源技术产业园项目", "project", "planned_floor_area_m2", 3.49e5, "m2", H1, "规划", kind="target", opt=True),
  fact("智光数字能源技术产业园项目", "project", "annual_capacity_gwh", 9, "GWh", H2, "建成投产后（预计）", kind="target"),
  fact("智光数字能源技术产业园项目", "project", "expected_annual_output_cny", 7.5e9, "cny", H2, "建成投产后（预计）", kind="target", chk=True),
 ])
