# real330 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (pq01 and pq03 are traditional script as published by 香港商報, the other
# three simplified as published; nothing converted); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/餘/多 → 余,
# 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence;
# chk=True asserts it). Growth rates as ratios. Projects: the park is the one the text places the project in, null if none.
# Status from the text's words (建成投產 → 投产; 開工建設 / 打下第一桩 → 开工; 云签约 → 签约; 正在进行桩基作业 / 紧锣密鼓建设中
# → 在建). An amount already spent (“已經完成投資”) is not the project's investment (kept as a fact). “預計” figures are
# kind target with “（预计）” in as_of. Sources are `search` (corpus pages) excerpts typed into _raw/pages/pqNN.raw.

# ---------------------------------------------------------------- pq01 對青鵝業食品產業園 (香港商報 2021)
HJ = "哈經開區"
A0 = "11月29日上午,坐落在哈經開區工業產業園區的「對青鵝業食品產業園」項目建成投產"
A1 = "對青鵝業食品產業園項目建設至今,已經完成投資1.35億元,投產後預計年產能實現1萬噸,預計年銷售額3.5億元,帶動新增就業150餘人"
A2 = "平房區政府與對青鵝業集團簽訂培育黑龍江鵝食品加工產業集群戰略合作協議"
A3 = "據了解,哈經開區、平房區食品產業鏈現有糧油、肉類、酒水類、農產品類等深加工及包裝配套規上企業39戶,預計全年產值近200億元"
G["pq01"] = dict(
 article=art("對青鵝業食品產業園項目在哈經開區建成投產", "香港商報（香港商报网，黑龙江频道“特别报道”；記者 張曉磊 通訊員 李鵬）", "2021-11-29", "day",
  "Hong Kong newspaper's Heilongjiang channel (traditional script as published): a food park project in a national economic development zone goes into production; investment so far, expected capacity, sales and jobs; a strategic agreement with the district; the zone's food-chain firms and expected output",
  "http://hkcd.com.hk/content_p/2021-11/29/content_125951.html",
  "日期取页面“2021-11-29”。标题照录；频道导航、日期行、来源行与“[责任编辑:薛正轩 ]”已删；署名在末段末，保留。正文三段，完整。繁体为香港商报原刊字体，非转换站副本。园区：哈經開區（哈尔滨经济技术开发区，哈尔滨市平房区；文中只作“哈經開區”，不补全称）；“哈經開區工業產業園區”列为可选子园区。平房區为区（与哈經開區并称“哈經開區、平房區”）。项目：對青鵝業食品產業園項目——建成投產→投产；“已經完成投資1.35億元”为已完成投资，不作项目投资额（另列事实）；预计年产能1万吨、年销售额3.5亿元、新增就业150余人为预计数（target）。平房區政府与對青鵝業集團签订的战略合作协议不是有金额的项目，列为可选项目（签约）。事实：哈經開區、平房區食品产业链规上企业39户（reported）、预计全年产值近200亿元（target，约）。于振（管委会主任）、孫秀蘭（集团总裁）为人名，不列。",
  "pq01"),
 parks=[
  park(HJ, "哈尔滨", "黑龙江", "经济技术开发区", A0, district="平房区", note="文中只作“哈經開區”；与平房區并称"),
  park("哈經開區工業產業園區", "哈尔滨", "黑龙江", "工业园区", A0, district="平房区", parent=HJ, opt=True, note="项目所在的区内园区"),
 ],
 companies=[
  comp("對青鵝業集團", HJ, A2, note="项目业主；园区由项目位置推定"),
 ],
 institutions=[
  inst("平房區政府", A2, note="与企业签订战略合作协议"),
  inst("哈經開區管委會", "哈經開區管委會主任、平房區政府代區長于振", park=HJ),
 ],
 projects=[
  proj("對青鵝業食品產業園項目", HJ, A0, companies=["對青鵝業集團"], status="投产", status_text="建成投產",
       aliases=["對青鵝業食品產業園"], note="已完成投资1.35亿元（不作投资额）；预计年产能1万吨、年销售额3.5亿元"),
  proj("培育黑龍江鵝食品加工產業集群戰略合作協議", None, A2, companies=["對青鵝業集團"], status="签约", status_text="簽訂", opt=True,
       note="平房區政府与企业的战略合作协议，无金额"),
 ],
 aggregate_facts=[
  fact("對青鵝業食品產業園項目", "project", "invested_to_date_cny", 1.35e8, "cny", A1, "2021-11-29", kind="cumulative", chk=True),
  fact("對青鵝業食品產業園項目", "project", "expected_capacity_t", 1e4, "t", A1, "投產後（预计）", kind="target", opt=True),
  fact("對青鵝業食品產業園項目", "project", "expected_annual_sales_cny", 3.5e8, "cny", "預計年銷售額3.5億元,帶動新增就業150餘人", "投產後（预计）", kind="target", chk=True),
  fact("對青鵝業食品產業園項目", "project", "expected_jobs", 150, "persons", "帶動新增就業150餘人", "投產後（预计）", kind="target", qual="余", qtext="餘", opt=True),
  fact("哈經開區、平房區", "park", "food_chain_large_firms", 39, "count", A3, "2021-11"),
  fact("哈經開區、平房區", "park", "food_chain_output_cny", 2e10, "cny", "預計全年產值近200億元", "2021年全年（预计）", kind="target", qual="约", qtext="近", chk=True),
 ])

# ---------------------------------------------------------------- pq02 海天 10万吨聚丙烯树脂 (chinaccm 2020)
XH = "兴化园区"
B0 = "5月18日,年产10万吨高性能聚丙烯树脂项目进行“云签约”,该项目由徐州海天石化集团投资建设,计划投资2.5亿元,于6月份开工"
B1 = "投产达效后,预计年可实现产值8.5亿元,利税1亿元"
B2 = "4月28日与海天集团对接,帮助企业完成可行性研究报告,在兴化园区选择地块"
B3 = "龙凤区还在光明产业园内辟建了化工新材料产业园"
B4 = "委托行业企业扩大招商引资范围,并与4家化工企业签订入驻协议"
G["pq02"] = dict(
 article=art("（无标题）年产10万吨高性能聚丙烯树脂项目“云签约” 大庆“油头化尾”", "chinaccm.cn（存段未示原刊名，无署名）", "2020-05-22", "day",
  "Industry news site relaying a local item, Heilongjiang: a 10万吨 polypropylene project signed by cloud for a chemical park in 大庆, its investment, start and expected output; the district's new chemical-materials park and firms signed into it",
  "http://chinaccm.cn/34/20200522/3410_6369713.shtml",
  "日期取网址 20200522（文中“5月18日”签约）。存段无标题、无日期行（title 为编者概括）。存段末段“为实现产业集聚,龙凤区还在光明产业园内辟建了一处化工新材料产业园…家”为前文一段的重复且在句中中断，整段删去（ITEMS 截至上一段）；单独一行“海天集团主要负责人表示”照录为一段。园区：兴化园区（项目选址；大庆市，文中未说其上级园区，不补）；大庆高新区（与龙凤区合作、为项目落地提供服务；文中又作“高新区”）；光明产业园及其中新辟建的化工新材料产业园（龙凤区）。项目：年产10万吨高性能聚丙烯树脂项目——“云签约”→签约，计划投资2.5亿元，计划6月份开工、建设周期1年；预计年产值8.5亿元、利税1亿元（target）。公司：徐州海天石化集团（又作“海天集团”，投资方，项目在兴化园区）；大庆石化公司（又作“石化公司”，原料方，可选，不属园区）。事实：化工新材料产业园已与4家化工企业签订入驻协议（reported）。龙凤区为区（region），大庆市工信局为机构（可选）。年份未在正文出现，取自网址。",
  "pq02"),
 parks=[
  park(XH, "大庆", "黑龙江", "化工园区", B2, note="项目选址；文中未说上级园区"),
  park("大庆高新区", "大庆", "黑龙江", "高新区", "与大庆石化公司、大庆高新区密切合作", aliases=["高新区"], note="为项目落地提供服务"),
  park("光明产业园", "大庆", "黑龙江", "产业园", B3, district="龙凤区", opt=True),
  park("化工新材料产业园", "大庆", "黑龙江", "产业园", B3, district="龙凤区", parent="光明产业园", note="龙凤区在光明产业园内辟建"),
 ],
 companies=[
  comp("徐州海天石化集团", XH, B0, aliases=["海天集团"], note="投资方；项目在兴化园区"),
  comp("大庆石化公司", None, "与大庆石化公司、大庆高新区密切合作", aliases=["石化公司"], opt=True, note="原料方"),
 ],
 institutions=[
  inst("大庆市工信局", "龙凤区与大庆市工信局成立了9个服务专班"),
 ],
 projects=[
  proj("年产10万吨高性能聚丙烯树脂项目", XH, B0, companies=["徐州海天石化集团"], inv="计划投资2.5亿元", status="签约", status_text="“云签约”",
       note="计划2020年6月开工，建设周期1年"),
 ],
 aggregate_facts=[
  fact("年产10万吨高性能聚丙烯树脂项目", "project", "expected_annual_output_cny", 8.5e8, "cny", B1, "投产达效后（预计）", kind="target", chk=True),
  fact("年产10万吨高性能聚丙烯树脂项目", "project", "expected_annual_profit_tax_cny", 1e8, "cny", "利税1亿元", "投产达效后（预计）", kind="target", opt=True, chk=True),
  fact("化工新材料产业园", "park", "firms_signed_entry", 4, "count", B4, "2020-05"),
 ])

# ---------------------------------------------------------------- pq03 嘉緯 DHA、ARA 項目 (香港商報 2022)
YA = "依安縣綠色有機食品產業園區"
C0 = "近日,嘉緯綠色生物科技(黑龍江)有限責任公司DHA、ARA有機油類深加工項目在黑龍江省依安縣綠色有機食品產業園區正式開工建設"
CH = "總投資5.2億元!嘉緯DHA、ARA有機油類深加工項目在黑龍江依安縣開工"
G["pq03"] = dict(
 article=art("總投資5.2億元!嘉緯DHA、ARA有機油類深加工項目在黑龍江依安縣開工", "香港商報（香港商報網，黑龙江频道“中华大地”；存段无署名）", "2022-09-26", "day",
  "Hong Kong newspaper's Heilongjiang channel (traditional script as published): a biotech oil project starts construction in a county green-food park under 齐齐哈尔",
  "https://hkcd.com/content_p/2022-09/26/content_141888.html",
  "日期取页面“2022-09-26”（文中“近日”开工）。标题照录；频道导航、日期行、来源行与图片文件名“2 (1).jpg”已删。存段末段（县长王柱语，含嘉必優、北緯四十七两企业与“投資5.2億元”“預計實現產值3億元”）在“依安縣一定為項目建設”处中断，整段删去（ITEMS 截至上一段）；正文两段，共301字（含标题）。繁体为香港商报原刊字体。园区：依安縣綠色有機食品產業園區（齐齐哈尔市依安县；齐齐哈尔只以“齊齊哈爾市委”出现）。项目：嘉緯DHA、ARA有機油類深加工項目（标题名；正文作“嘉緯綠色生物科技(黑龍江)有限責任公司DHA、ARA有機油類深加工項目”）——正式開工建設→开工；投资额只在标题“總投資5.2億元”。公司：嘉緯綠色生物科技(黑龍江)有限責任公司，在该园区。",
  "pq03"),
 parks=[
  park(YA, "齐齐哈尔", "黑龙江", "产业园区", C0, district="依安县", note="县级园区"),
 ],
 companies=[
  comp("嘉緯綠色生物科技(黑龍江)有限責任公司", YA, C0, aliases=["嘉緯"]),
 ],
 projects=[
  proj("嘉緯DHA、ARA有機油類深加工項目", YA, CH, companies=["嘉緯綠色生物科技(黑龍江)有限責任公司"], inv="總投資5.2億元", status="开工", status_text="開工",
       aliases=["嘉緯綠色生物科技(黑龍江)有限責任公司DHA、ARA有機油類深加工項目"], note="正文：“正式開工建設”；金额只在标题"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- pq04 龙江化工 苯酚丙酮项目 (jdgod 2022, 大庆日报记者)
LY = "林源化工园区"
D0 = "日前,计划总投资60亿元的龙江化工聚碳酸酯35万吨/年苯酚丙酮项目,打下全市“油头化尾”新建项目“第一桩”,这也标志着该项目正式拉开建设序幕"
D1 = "这个坐落在高新区林源化工园区的“化尾”项目,由省级六大产业投资公司之一的黑龙江省新产业投资集团和大庆高新国有资产运营有限公司共同投资建设"
D2 = "一期计划投资30亿元,包括建设35万吨苯酚丙酮、20万吨双酚A、20万吨/年纯苯3套装置"
D3 = "二期计划投资30亿元,建设26万吨聚碳酸酯项目"
G["pq04"] = dict(
 article=art("投资60亿元!大庆“油头化尾”新建项目“第一桩”拉开建设", "jdgod.com（hea.jdgod.com 财经栏转载；记者刘楠 赵吉会，原刊名存段未示）", "2022-03-03", "day",
  "News aggregator relaying a local report, Heilongjiang: a 60亿元 phenol-acetone / polycarbonate project in a chemical park of 大庆's high-tech zone drives its first pile; investors, two phases with their sums and expected sales, park infrastructure",
  "http://hea.jdgod.com/caijing/2022/0303/10132.html",
  "日期取网址 2022/0303（文中“日前”）。标题照录；正文四段，完整；署名“( 记者刘楠 赵吉会)”在末段末，保留。园区：林源化工园区（“坐落在高新区林源化工园区”，上级园区记“高新区”，大庆市；文中只作“高新区”）。项目：龙江化工聚碳酸酯35万吨/年苯酚丙酮项目——打下“第一桩”、正式拉开建设序幕→开工；计划总投资60亿元；一期（30亿元）、二期（30亿元，26万吨聚碳酸酯项目）列为可选分期项目。公司：黑龙江省新产业投资集团、大庆高新国有资产运营有限公司（共同投资方；后者为高新区国资公司，园区记高新区，可选）；“龙江化工”只在项目名中（可选）。各期预计销售收入、利税为项目预计数（可选）。配套工程2023年上半年完工为计划，不列。",
  "pq04"),
 parks=[
  park(LY, "大庆", "黑龙江", "化工园区", D1, parent="高新区", note="上级园区文中作“高新区”（大庆）"),
  park("高新区", "大庆", "黑龙江", "高新区", D1, note="文中只作“高新区”；标题与正文语境为大庆"),
 ],
 companies=[
  comp("黑龙江省新产业投资集团", None, D1, note="共同投资方（省级产业投资公司）"),
  comp("大庆高新国有资产运营有限公司", "高新区", D1, opt=True, note="共同投资方；园区由名称推定"),
  comp("龙江化工", LY, D0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("龙江化工聚碳酸酯35万吨/年苯酚丙酮项目", LY, D0, companies=["黑龙江省新产业投资集团", "大庆高新国有资产运营有限公司"], inv="计划总投资60亿元",
       status="开工", status_text="打下“第一桩”,正式拉开建设序幕", note="一期、二期各30亿元"),
  proj("龙江化工聚碳酸酯35万吨/年苯酚丙酮项目一期", LY, D2, inv="一期计划投资30亿元", phase="一期", status="开工", status_text="拉开建设序幕", opt=True,
       note="35万吨苯酚丙酮、20万吨双酚A、20万吨/年纯苯3套装置；名称为编者所加"),
  proj("26万吨聚碳酸酯项目", LY, D3, inv="二期计划投资30亿元", phase="二期", opt=True, note="二期；文中未说开工"),
 ],
 aggregate_facts=[
  fact("龙江化工聚碳酸酯35万吨/年苯酚丙酮项目", "project", "expected_annual_sales_cny", 4e9, "cny", "年预计将实现销售收入40亿元、利税15亿元", "一期投产后（预计）", kind="target", opt=True, chk=True),
  fact("26万吨聚碳酸酯项目", "project", "expected_annual_sales_cny", 4e9, "cny", "达产后年预计实现销售收入40亿元、利税13亿元", "二期达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pq05 哈尔滨新区 江北一体发展区 (chinacrane 2021)
HX = "哈尔滨新区"
JB = "江北一体发展区"
E0 = "哈尔滨新区江北一体发展区以大项目建设为抓手"
E1 = "今年一季度,新区江北一体发展区地区生产总值同比增长21.2%;固定资产投资同比增长54.4%;一般公共预算收入完成8.3亿元,同比增长12%"
E2 = "5月9日,记者再次来到中俄产业园项目建设现场,看到这里各地块的土护降工程已完成,正在进行桩基及垫层作业"
AQ = "2021年一季度"
G["pq05"] = dict(
 article=art("哈尔滨新区集聚产业项目夯实经济“底盘”", "全球起重机械网 chinacrane.net（园区新闻栏转载，原刊名存段未示）", "2021-05-11", "day",
  "Trade portal relaying a city report, Heilongjiang: a state-level new area's north-bank zone — first-quarter GDP, investment and revenue growth, a Sino-Russian industrial park under construction with its opening plan, a Shenzhen-Harbin park's HQ project being built",
  "http://www.chinacrane.net/news/202105/11/204489.html",
  "日期取网址 202105/11（文中“5月9日”再访现场）。标题照录；导航、来源人气行与竖线已删。首行图片说明“深圳(哈尔滨)产业园区科创总部项目紧锣密鼓建设中。”保留为一段；小标题“与时间赛跑”“大项目建设频频提速”各为一段。存段末段（万科产业园总经理朱蕾语）在“朱蕾说,目前”处中断，整段删去（ITEMS 截至上一段），万科两家企业因此不在文中。园区：哈尔滨新区（国家级新区）；江北一体发展区（文中作“哈尔滨新区江北一体发展区”“新区江北一体发展区”，母区哈尔滨新区）；深圳(哈尔滨)产业园区（只在图片说明中，可选）；中俄产业园（项目名即园区名，位于江北一体发展区；列为项目，园区可选）。项目：中俄产业园项目——正在进行桩基及垫层作业→在建，预计7月末产业示范街区、9月末招商中心开放运营；深圳(哈尔滨)产业园区科创总部项目——紧锣密鼓建设中→在建。事实（江北一体发展区，2021年一季度）：GDP增长21.2%、固定资产投资增长54.4%、一般公共预算收入8.3亿元、增长12%。",
  "pq05"),
 parks=[
  park(HX, "哈尔滨", "黑龙江", "国家级新区", E0, note="文中又作“新区”"),
  park(JB, "哈尔滨", "黑龙江", "新区片区", E0, parent=HX, note="文中作“哈尔滨新区江北一体发展区”“新区江北一体发展区”"),
  park("深圳(哈尔滨)产业园区", "哈尔滨", "黑龙江", "产业园区", "深圳(哈尔滨)产业园区科创总部项目紧锣密鼓建设中", opt=True, note="只在图片说明中"),
  park("中俄产业园", "哈尔滨", "黑龙江", "产业园", E2, parent=JB, opt=True, note="项目名即园区名；位置由语境推定"),
 ],
 companies=[],
 projects=[
  proj("中俄产业园项目", JB, E2, status="在建", status_text="正在进行桩基及垫层作业", note="预计2021年7月末产业示范街区、9月末招商中心开放运营；园区由语境推定"),
  proj("深圳(哈尔滨)产业园区科创总部项目", "深圳(哈尔滨)产业园区", "深圳(哈尔滨)产业园区科创总部项目紧锣密鼓建设中", status="在建", status_text="紧锣密鼓建设中",
       note="只在图片说明中"),
 ],
 aggregate_facts=[
  fact(JB, "park", "gdp_yoy_growth", 0.212, "ratio", E1, AQ, kind="ratio"),
  fact(JB, "park", "fixed_asset_investment_yoy_growth", 0.544, "ratio", E1, AQ, kind="ratio"),
  fact(JB, "park", "general_budget_revenue_cny", 8.3e8, "cny", "一般公共预算收入完成8.3亿元,同比增长12%", AQ, chk=True),
  fact(JB, "park", "general_budget_revenue_yoy_growth", 0.12, "ratio", "一般公共预算收入完成8.3亿元,同比增长12%", AQ, kind="ratio"),
 ])
