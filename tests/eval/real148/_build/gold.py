# real148 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (wo03 is traditional script as published by 文匯報; the rest simplified as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US-dollar amounts
# in investment_value + investment_currency (investment_cny null), or in *_usd facts. Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a city or county is not a park). Status from
# the text's words (开工 / 开工典礼 / 集中开工 / 启动 → 开工; 集中投产 → 投产; 签约 → 签约; 已完成框架、启动建设 → 在建;
# 计划…投产 with nothing started → planned). Amounts written without 元 (“100亿人民币”) are not turned into *_cny facts
# (check_gold.py reads only …元). Sources are `search` (corpus pages) excerpts typed into _raw/pages/woNN.raw as returned.

# ---------------------------------------------------------------- wo01 江苏盐城轿车产能将达43万辆 (新华日报 via caam 2010)
YC = "盐城经济开发区"
A0 = "6月29日,投资9000万美元、年产60万台套汽车用玻璃生产线,在盐城经济开发区举行开工典礼"
A1 = "盐城在市经济开发区和合资方一起投资7.6亿元,用于东风悦达起亚汽车有限公司第二工厂15万台汽车生产线扩能改造"
A2 = "江苏韩一模塑有限公司增资800万美金,新上年产12万套汽车模塑、内饰件生产线,目前7200平方米一号厂房钢结构框架已完成,1.2万平方米二号厂房也已启动建设"
A3 = "由中国汽车技术研究中心和盐城经济开发区共同投资28.9亿元新建的汽车试验场项目,日前也已经启动"
A4 = "同时,盐城汽车零部件产业园区、新能源汽车产业园区、汽车及零部件生产服务业集聚区同时展开产业招商"
A5 = "目前东风悦达起亚汽车公司年生产能力已达28万辆"
G["wo01"] = dict(
 article=art("江苏盐城轿车产能将达43万辆", "新华日报，载于中国汽车工业协会网站 caam.org.cn", "2010-06-30", "day",
  "Provincial daily relayed by an industry association site, Jiangsu: an economic development zone's car-industry projects — a foreign-funded glass line started, a carmaker's plant expansion, a supplier's capital increase and plant under construction, a proving-ground project launched, three sub-parks recruiting",
  "http://www.caam.org.cn/chn/8/cate_82/con_5041933.html",
  "日期取页面“发布时间:2010-06-30 来源:新华日报”（文中“6月29日”为开工日）；该行已删。标题照录；正文三段，完整（存段以“今年,全市汽车销售将超过33万辆。”结束）。园区：盐城经济开发区（文中又作“市经济开发区”“盐城开发区”；盐城市，江苏；2010年尚为省级，文中未说级别）；其下“盐城汽车零部件产业园区”“新能源汽车产业园区”“汽车及零部件生产服务业集聚区”列为可选园区（母园区由语境推定）。项目：年产60万台套汽车用玻璃生产线（9000万美元，开工典礼→开工；投资方未点名）；东风悦达起亚第二工厂15万台汽车生产线扩能改造（7.6亿元，市经济开发区与合资方共同投资，无状态词→status null）；韩一模塑年产12万套汽车模塑、内饰件生产线（增资800万美金，一号厂房框架已完成、二号厂房已启动→在建；园区由语境推定）；汽车试验场项目（28.9亿元，中国汽车技术研究中心与开发区共同投资，“已经启动”→开工）。东风悦达起亚年产能28万辆记为公司事实；“盐城轿车”销量与全市产能、销售目标为全市数字，不计。",
  "wo01"),
 parks=[
  park(YC, "盐城", "江苏", "经济开发区", A0, aliases=["市经济开发区", "盐城开发区"], note="文中又作“市经济开发区”“盐城开发区”；党工委书记丁宇"),
  park("盐城汽车零部件产业园区", "盐城", "江苏", "产业园区", A4, parent=YC, opt=True, note="只在招商句中；母园区由语境推定"),
  park("新能源汽车产业园区", "盐城", "江苏", "产业园区", A4, parent=YC, opt=True, note="同上"),
  park("汽车及零部件生产服务业集聚区", "盐城", "江苏", "集聚区", A4, parent=YC, opt=True, note="同上"),
 ],
 companies=[
  comp("东风悦达起亚汽车有限公司", YC, A1, aliases=["东风悦达起亚汽车公司"], note="第二工厂扩能改造；园区由“在市经济开发区…投资”推定"),
  comp("江苏韩一模塑有限公司", YC, A2, note="增资新上生产线；园区由语境推定"),
 ],
 institutions=[
  inst("中国汽车技术研究中心", A3, kind="research_institute", park=YC, note="与开发区共同投资汽车试验场"),
 ],
 projects=[
  proj("年产60万台套汽车用玻璃生产线", YC, A0, inv="9000万美元", currency="usd", value=9e7, status="开工", status_text="举行开工典礼",
       note="美元金额；投资方未点名"),
  proj("东风悦达起亚汽车有限公司第二工厂15万台汽车生产线扩能改造", YC, A1, companies=["东风悦达起亚汽车有限公司"], inv="7.6亿元",
       note="市经济开发区和合资方共同投资；无状态词"),
  proj("年产12万套汽车模塑、内饰件生产线", YC, A2, companies=["江苏韩一模塑有限公司"], inv="800万美金", currency="usd", value=8e6,
       status="在建", status_text="一号厂房钢结构框架已完成,二号厂房也已启动建设", note="“增资800万美金”（美元）；园区由语境推定"),
  proj("汽车试验场项目", YC, A3, companies=["中国汽车技术研究中心"], inv="28.9亿元", status="开工", status_text="已经启动",
       note="中国汽车技术研究中心和盐城经济开发区共同投资；“启动”按开工记", status_alt="在建"),
 ],
 aggregate_facts=[
  fact("东风悦达起亚汽车有限公司", "company", "annual_capacity_vehicles", 280000, "vehicles", A5, "2010年6月", opt=True,
       note="年生产能力（辆）"),
 ])

# ---------------------------------------------------------------- wo02 中大盐城新能源汽车产业园项目开工 (shzhaohe 2010)
XNY = "盐城新能源汽车产业园"
B0 = "9月28日,盐城经济开发区新能源汽车产业园项目集中开工仪式隆重举行"
B1 = "中大集团董事长徐连国、总工程师蔡江洲代表中大新能源汽车动力电池生产基地出席仪式"
B2 = "该项目规划占地20平方公里,重点吸纳新能源汽车生产、研发以及新能源汽车零部件等产业,将建成江苏省首个新能源汽车产业基地"
G["wo02"] = dict(
 article=art("中大盐城新能源汽车产业园项目开工", "shzhaohe.com（来源“本站”；站名存段未示，似为中大集团相关企业网站）", "2010-09-29", "day",
  "Company-side news page, Jiangsu: a collective groundbreaking in an economic development zone's new-energy-vehicle park — the park's planned area and the battery base of the firm that reports it",
  "https://shzhaohe.com/news/bus/bsnews/100929/36767.html",
  "日期取页面“时间:2010/9/29 9:31:13”（开工日9月28日）。标题照录；“热门关键词”行、时间来源行、分页标记“$Next$”与图片说明“中大集团董事长徐连国和领导、嘉宾一起进行剪彩仪式”已删。存段在末段“他表示,中大集团将以此次园区项目集中开工为契机,加快1亿安时动力锂电池生产基地建设速度,…为促进盐城汽车产业结构升级作”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文三段。园区：盐城经济开发区；其新能源汽车产业园（文中“盐城新能源汽车产业园”，又作“新能源汽车产业园”；规划占地20平方公里，记为园区事实——原文“该项目规划占地20平方公里”的“该项目”指产业园）。项目：中大新能源汽车动力电池生产基地（代表入园企业出席集中开工→开工；无金额）。“丁书记”即开发区党工委书记丁宇。",
  "wo02"),
 parks=[
  park(YC, "盐城", "江苏", "经济开发区", B0),
  park(XNY, "盐城", "江苏", "产业园", "为紧抓新能源产业发展机遇,迅速抢占新能源汽车产业制高点,盐城新能源汽车产业园应运而生",
       parent=YC, aliases=["新能源汽车产业园"], note="文中又作“盐城经济开发区新能源汽车产业园”“产业园”"),
 ],
 companies=[
  comp("中大集团", XNY, B1, aliases=["中大汽车集团"], note="入园企业；董事长徐连国"),
 ],
 projects=[
  proj("中大新能源汽车动力电池生产基地", XNY, B1, companies=["中大集团"], status="开工", status_text="集中开工",
       note="代表入园项目出席集中开工仪式；状态由集中开工推定；无金额"),
 ],
 aggregate_facts=[
  fact(XNY, "park", "planned_area_km2", 20, "km2", B2, "2010年9月（规划）", kind="target", note="“该项目规划占地20平方公里”，指产业园"),
 ])

# ---------------------------------------------------------------- wo03 合肥倡建創新型城市 (文匯報 2009, traditional)
HF = "合肥高新區"
C0 = "如珠海格力電器與合肥高新區簽約,在已有格力合肥工業園基礎上,追加投資16億元,啟動空調變頻壓縮機、中央空調、小家電等項目"
C1 = "近年來,合肥陸續引進傑事傑新材料、捷敏電子、芯碩半導體、京東方液晶面板六代線、日立等離子生產線等項目"
C2 = "其中244個金融合作類、創新對接類項目簽約,涉及投資828億元"
G["wo03"] = dict(
 article=art("合肥倡建創新型城市", "香港文匯報（本報駐安徽記者 張長城），paper.wenweipo.com 招商專區", "2009-11-19", "day",
  "Hong Kong daily's investment-promotion page, Anhui (traditional script as published): a city's innovation fair with projects and signed investment, a home-appliance maker's additional investment signed with the high-tech zone, projects the city introduced",
  "http://paper.wenweipo.com/2009/11/19/FM0911190002.htm",
  "日期取页面“2009年11月19日 星期四”与“[2009-11-19]”。繁体为报纸原刊字形，未转换。标题照录；页头导航、检索、图片说明（“■合肥市長吳存榮表示…本報記者張長城 攝”）与“相關新聞”已删；小标题“創新對接會簽資828億”保留为一段；署名“■本報駐安徽記者 張長城”在正文末，保留。正文五段，完整。园区：合肥高新區（文中只此一名）；“格力合肥工業園”为企业厂区，列可选园区（母园区由签约对象推定）。项目：格力追加投资16億元的空調變頻壓縮機、中央空調、小家電等項目（與合肥高新區簽約→签约）。合肥“陸續引進”的傑事傑新材料、京東方液晶面板六代線、日立等離子生產線等为全市项目，园区未说，列可选（park null，无状态）。对接会226个项目“1,800億元”含千位逗号，不作 *_cny 事实；244个项目签约828億元为对接会（全市）数字，可选。2008年高新技術產業產值“1,000億元”为全市数字，不计。",
  "wo03"),
 parks=[
  park(HF, "合肥", "安徽", "高新区", C0, note="合肥高新技术产业开发区（文中只作“合肥高新區”）"),
  park("格力合肥工業園", "合肥", "安徽", "工业园", C0, parent=HF, opt=True, note="企业厂区；母园区由签约对象推定"),
 ],
 companies=[
  comp("珠海格力電器", HF, C0, note="與合肥高新區簽約追加投資"),
  comp("傑事傑新材料", None, C1, opt=True, note="合肥引进项目；园区未说"),
  comp("捷敏電子", None, C1, opt=True, note="同上"),
  comp("芯碩半導體", None, C1, opt=True, note="同上"),
 ],
 projects=[
  proj("空調變頻壓縮機、中央空調、小家電等項目", HF, C0, companies=["珠海格力電器"], inv="16億元", status="签约", status_text="簽約",
       note="格力在已有格力合肥工業園基礎上追加投資；项目名照录原文列举"),
  proj("京東方液晶面板六代線", None, C1, opt=True, note="合肥陸續引進；园区未说，无状态"),
  proj("日立等離子生產線", None, C1, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("合肥", "city", "projects_signed", 244, "count", C2, "2009年11月（2009中國(合肥)自主創新要素對接會）", opt=True,
       note="对接会签约项目（全市）"),
  fact("合肥", "city", "signed_investment_cny", 8.28e10, "cny", C2, "2009年11月（2009中國(合肥)自主創新要素對接會）", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- wo04 马鞍山示范园区亿元以上项目集中开工 (chinaccm 2012)
MS = "马鞍山承接产业转移示范园区"
D0 = "3月30日,位于皖江城市带“轴头”位置的马鞍山承接产业转移示范园区亿元以上项目集中开工,包括万联精工、晟驰机械、霍氏光电等8个项目总投资金额达37.5亿元"
D1 = "此次开工的项目中,高端装备制造项目5个,总投资25.5亿元"
D2 = "其中,来自广东顺德的晟驰机械等三个项目组成的丰凯成套纺织产业设备产业园,总投资约18亿元,未来将打造成各类纺织机械设备研发及生产、检测基地"
D3 = "其中霍氏光电项目总投资6亿元,引用全球最新照明技术,打造全球唯一的高频量子灯生产、研发、销售基地"
D4 = "已签约企业突破45家,总投资额达到了360亿元,已开工建设23家"
D5 = "当天同时还举行了教育部光伏研究中心马鞍山成果转化基地、安徽工业大学电气信息研究院等6个项目揭牌仪式"
AS4 = "2012年3月30日（集中开工）"
G["wo04"] = dict(
 article=art("马鞍山示范园区亿元以上项目集中开工 总投资达37.5亿", "chinaccm.com（存段未示出处媒体）", "2012-03-31", "day",
  "Industry news site, Anhui: a provincial industrial-transfer demonstration park's groundbreaking of eight 100-million-yuan projects — named projects with amounts, a three-project equipment park, a firm manager's quote, the park's cumulative signings and starts",
  "http://chinaccm.com/25/20120331/Sub/150744_674375.txt",
  "日期取网址 20120331（文中“3月30日”为开工日，published 记网址日期）。标题照录；“导读”（与首段同文）与“关键字”行已删。存段在末段“马鞍山承接产业转移示”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文四段。园区：马鞍山承接产业转移示范园区（标题与文中又作“马鞍山示范园区”；马鞍山市，安徽；kind 记“示范园区”）。项目：万联精工、晟驰机械、霍氏光电等8个亿元以上项目集中开工（开工）；晟驰机械等三个项目组成的丰凯成套纺织产业设备产业园（约18亿元，开工；作项目，不另列园区）；霍氏光电项目（6亿元，开工）。万联精工、晟驰机械以企业简称作项目名。安徽晟驰机电科技有限公司总经理的话表明晟驰即该公司（alias“晟驰机械”）。揭牌的两个研究机构列可选机构。园区累计数“已签约企业突破45家…360亿元…已开工建设23家”为 cumulative。",
  "wo04"),
 parks=[
  park(MS, "马鞍山", "安徽", "示范园区", D0, aliases=["马鞍山示范园区"], note="标题与文中又作“马鞍山示范园区”；省级承接产业转移集中示范园区"),
 ],
 companies=[
  comp("安徽晟驰机电科技有限公司", MS, "我们陆续考察了很多地方,最后选择在马鞍山承接产业转移示范园区投资", aliases=["晟驰机械"],
       note="总经理郑友富；来自广东顺德"),
  comp("万联精工", MS, D0, opt=True, note="以企业简称作项目名"),
  comp("霍氏光电", MS, D3, opt=True, note="同上"),
 ],
 institutions=[
  inst("教育部光伏研究中心马鞍山成果转化基地", D5, kind="research_institute", park=MS, note="揭牌"),
  inst("安徽工业大学电气信息研究院", D5, kind="research_institute", park=MS, note="揭牌"),
 ],
 projects=[
  proj("万联精工", MS, D0, companies=["万联精工"], status="开工", status_text="集中开工", note="亿元以上项目；无单项金额"),
  proj("晟驰机械", MS, D0, companies=["安徽晟驰机电科技有限公司"], status="开工", status_text="集中开工",
       note="亿元以上项目；为丰凯成套纺织产业设备产业园三个项目之一，无单项金额"),
  proj("丰凯成套纺织产业设备产业园", MS, D2, inv="约18亿元", value=1.8e9, qual="约", qual_text="约", status="开工", status_text="开工",
       note="晟驰机械等三个项目组成"),
  proj("霍氏光电项目", MS, D3, companies=["霍氏光电"], inv="6亿元", status="开工", status_text="同期开工", aliases=["霍氏光电"]),
 ],
 aggregate_facts=[
  fact(MS, "park", "projects_started", 8, "count", D0, AS4, note="亿元以上项目"),
  fact(MS, "park", "projects_started_investment_cny", 3.75e9, "cny", D0, AS4, chk=True),
  fact(MS, "park", "projects_started", 5, "count", D1, AS4, opt=True, note="其中高端装备制造项目"),
  fact(MS, "park", "projects_started_investment_cny", 2.55e9, "cny", D1, AS4, opt=True, chk=True, note="高端装备制造项目"),
  fact(MS, "park", "firms_signed", 45, "count", D4, "截至2012年3月", kind="cumulative", qual="超", qtext="突破"),
  fact(MS, "park", "signed_investment_cny", 3.6e10, "cny", "总投资额达到了360亿元", "截至2012年3月", kind="cumulative", chk=True),
  fact(MS, "park", "firms_started", 23, "count", D4, "截至2012年3月", kind="cumulative", note="已开工建设企业"),
 ])

# ---------------------------------------------------------------- wo05 芜湖经开区二十个重点项目集中开工投产 (csjjnews 2012)
WH = "芜湖经济技术开发区"
E0 = "芜湖经济技术开发区10个重点项目集中开工、10个重点项目集中投产"
E1 = "共有鑫科新材料公司“年产4万吨高精度电子铜带项目”、亚格盛电子新材料有限公司“年产30吨高纯金属有机源项目”等10个项目集中开工,总投资218.6亿元"
E2 = "安徽联友触控技术有限公司“触摸屏模组项目”、芜湖安瑞光电公司“汽车灯具及LED封装应用项目”等10个项目集中投产,总投资约106.9亿元"
E3 = "今年前三季度,芜湖实现GDP1323.69亿元,同比增长13.7%"
AS5 = "2012年10月26日"
G["wo05"] = dict(
 article=art("芜湖经开区二十个重点项目集中开工投产", "中国城市经济新闻网（csjjnews.com）", "2012-10-27", "day",
  "Online news site, Anhui: a national economic and technological development zone's joint start of ten projects and start of production of ten others — four named projects with their firms, totals of both groups, the city's GDP",
  "http://www.csjjnews.com/html/2012/guotuziyuan_1027/1170.html",
  "日期取页面“2012-10-27 13:35:49 来源:中国城市经济新闻网”（活动日10月26日）；该行已删。标题照录。存段在末句“…总投资约106.9亿元,涉及高端装备制造、家用电器、新材料、光伏光电等多个产业,将进一步提升经开区经”处中断；为保住句中四个项目，只删去最后一个未完分句“,涉及…提升经开区经”（make_txt.py LINE_SUFFIX），正文因此以“总投资约106.9亿元”结尾、无句末标点。正文三段。园区：芜湖经济技术开发区（标题作“芜湖经开区”，文中作“经开区”）。项目：年产4万吨高精度电子铜带项目（鑫科新材料公司）、年产30吨高纯金属有机源项目（亚格盛电子新材料有限公司）→开工；触摸屏模组项目（安徽联友触控技术有限公司）、汽车灯具及LED封装应用项目（芜湖安瑞光电公司）→投产；均无单项金额。两组合计（218.6亿元；约106.9亿元）为园区事实。芜湖前三季度GDP为全市数字，可选。",
  "wo05"),
 parks=[
  park(WH, "芜湖", "安徽", "经济技术开发区", E0, aliases=["芜湖经开区", "经开区"], note="标题作“芜湖经开区”"),
 ],
 companies=[
  comp("鑫科新材料公司", WH, E1),
  comp("亚格盛电子新材料有限公司", WH, E1),
  comp("安徽联友触控技术有限公司", WH, E2),
  comp("芜湖安瑞光电公司", WH, E2),
 ],
 projects=[
  proj("年产4万吨高精度电子铜带项目", WH, E1, companies=["鑫科新材料公司"], status="开工", status_text="集中开工"),
  proj("年产30吨高纯金属有机源项目", WH, E1, companies=["亚格盛电子新材料有限公司"], status="开工", status_text="集中开工"),
  proj("触摸屏模组项目", WH, E2, companies=["安徽联友触控技术有限公司"], status="投产", status_text="集中投产"),
  proj("汽车灯具及LED封装应用项目", WH, E2, companies=["芜湖安瑞光电公司"], status="投产", status_text="集中投产"),
 ],
 aggregate_facts=[
  fact(WH, "park", "projects_started", 10, "count", E0, AS5),
  fact(WH, "park", "projects_in_production", 10, "count", E0, AS5),
  fact(WH, "park", "projects_started_investment_cny", 2.186e10, "cny", "等10个项目集中开工,总投资218.6亿元", AS5, chk=True),
  fact(WH, "park", "projects_in_production_investment_cny", 1.069e10, "cny", "等10个项目集中投产,总投资约106.9亿元", AS5,
       qual="约", qtext="约", chk=True),
  fact("芜湖", "city", "gdp_cny", 1.32369e11, "cny", E3, "2012年前三季度", kind="cumulative", opt=True, chk=True),
  fact("芜湖", "city", "gdp_yoy_growth", 0.137, "ratio", E3, "2012年前三季度", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wo06 (如东 洋口港 三一重工如东工业园) (第一工程机械网 2012)
YK = "洋口港区"
F0 = "借助深水大港,打造临港千亿级经济增长极,洋口港区216平方公里的土地上,正在掀起配套大开发、产业大招商、项目大推进的热潮"
F1 = "三一重工如东工业园总投资30亿元人民币,规划总面积1000余亩,生产建筑用塔式起重机和混凝土搅拌站"
F2 = "塔机项目一期将于2013年10月建成投产,形成年产5000台的生产能力"
F3 = "二期达产后,将达到年产10800台的生产能力,年产值逾62亿元人民币"
F4 = "搅拌站计划于2015年投产,形成年产2000套的生产能力,年产值38亿元人民币"
F5 = "全部建成后,将创造5000个就业岗位,年产值突破100亿人民币"
F6 = "但是如东工业园项目仍然紧锣密鼓地推进"
G["wo06"] = dict(
 article=art("（无标题）洋口港迎来收获期：三一重工如东工业园总投资30亿元", "第一工程机械网（d1cm.com，独家报道）", "2012-12-28", "day",
  "Trade news site's feature, Jiangsu (南通 如东): a port development zone attracting flagship projects — a machinery maker's 30亿元 industrial park with phases, capacities, output and jobs, the zone's area and functional areas",
  "http://news.d1cm.com/2012/12/28/122811042040239.shtml",
  "日期取网址 2012/12/28。存段无标题（title 为编者概括）。首行“【第一工程机械网 独家报道】”为原文导语标记，保留；小标题“南通沿海开发的热土——如东”保留为一段。存段末段“今年以来,洋口港进入项目落户的蜜月期,10多个新能源”只有半句，整段删去（make_txt.py ITEMS 截至上一段），正文五段。园区：洋口港区（文中“洋口港区216平方公里”，即洋口港开发区，文中无“开发区”字样，按文中写法；如东县，南通，江苏；kind 记“港区”）；“临港工业区”列可选园区（母园区洋口港区）。项目：三一重工如东工业园（30亿元人民币→investment_text 取“30亿元人民币”；“紧锣密鼓地推进”、一期将于2013年10月投产→在建）；塔机项目一期（计划2013年10月建成投产→在建，可选）、搅拌站（计划2015年投产→planned，可选）。项目园区：文中只说落户“如东”并以洋口港招商收获为题，园区由语境推定为洋口港区（note 注明）。事实：洋口港区面积216平方公里；工业园规划面积1000余亩、二期年产值逾62亿元、搅拌站年产值38亿元、就业5000个。“年产值突破100亿人民币”无“元”字，不作 *_cny 事实。中石油、韩国SK只作“来了”，绿城、碧桂园抢滩县城，均不列。",
  "wo06"),
 parks=[
  park(YK, "南通", "江苏", "港区", F0, district="如东县", note="洋口港开发区；文中只作“洋口港区”“洋口港”"),
  park("临港工业区", "南通", "江苏", "工业区", "海上作业区、临港工业区、综合物流园区、港口新城区的工地上,数千员工日夜兼程,挥汗奋战",
       district="如东县", parent=YK, opt=True, note="洋口港区的功能区之一"),
 ],
 companies=[
  comp("三一重工", YK, F1, aliases=["三一集团"], note="文中又作“三一集团”；园区由语境推定"),
 ],
 projects=[
  proj("三一重工如东工业园", YK, F1, companies=["三一重工"], inv="30亿元人民币", status="在建", status_text="仍然紧锣密鼓地推进",
       aliases=["如东工业园"], note="园区由语境推定（文章写洋口港招商收获）；塔机一期2013年10月投产、搅拌站2015年投产"),
  proj("塔机项目一期", YK, F2, companies=["三一重工"], phase="一期", status="在建", status_text="将于2013年10月建成投产", opt=True,
       note="三一重工如东工业园的一部分"),
  proj("搅拌站", YK, F4, companies=["三一重工"], status="planned", status_text="计划于2015年投产", opt=True,
       note="三一重工如东工业园的一部分"),
 ],
 aggregate_facts=[
  fact(YK, "park", "area_km2", 216, "km2", F0, "2012年"),
  fact("三一重工如东工业园", "project", "site_area_mu", 1000, "mu", F1, "2012年（规划）", kind="target", qual="余", qtext="余"),
  fact("三一重工如东工业园", "project", "expected_annual_output_cny", 6.2e9, "cny", F3, "二期达产后", kind="target", qual="超", qtext="逾",
       chk=True, note="塔机项目二期达产后"),
  fact("三一重工如东工业园", "project", "expected_annual_output_cny", 3.8e9, "cny", F4, "2015年投产后", kind="target", opt=True,
       chk=True, note="搅拌站"),
  fact("三一重工如东工业园", "project", "expected_jobs", 5000, "count", F5, "全部建成后", kind="target"),
 ])

# ---------------------------------------------------------------- wo07 苏州工业园区 (苏州市政府 市县区简况, 2012 figures)
SIP = "苏州工业园区"
G0 = "苏州工业园区是中国和新加坡两国政府间重要合作项目,1994年5月启动,行政区域288平方公里,常住人口76.2万"
AS7 = "2012年"
G["wo07"] = dict(
 article=art("苏州工业园区", "苏州市人民政府网站（www.suzhou.gov.cn，苏州概览 > 市县区简况）", "2019-12", "month",
  "City government's profile page, Jiangsu: a national industrial park's profile — area, population, the year's GDP, budget revenue, new FDI, trade, fixed-asset investment, retail sales, national titles won",
  "http://www.suzhou.gov.cn/szsrmzf/sxqjk2013/201912/0337dcab67ce45daa2bb9bb2b31e75b6.shtml",
  "页面无日期行；网址栏目“sxqjk2013”（市县区简况2013）、路径“201912”——published 记网址年月 2019-12（归档上网时间），内容为2013年版简况，写2012年全年数字。标题照录；面包屑行已删。正文三段，完整。园区：苏州工业园区（文中又作“园区”；苏州市，江苏）。事实（as_of 2012年）：行政区域288平方公里、常住人口76.2万（as_of 记“2012年末前后（简况）”）；地区生产总值1738亿元；地方公共财政预算收入185亿元；新增实际利用外资19.6亿美元；进出口总额795亿美元；全社会固定资产投资740.53亿元；社会消费品零售总额242亿元。荣誉称号（国家检验监管综合改革试验区等）与“苏州纳米技术产业创新基地”“阳澄湖半岛”“金鸡湖景区”不列园区。原文“国家5八级景区”照录（疑为“5A级”之误），不影响标注。",
  "wo07"),
 parks=[
  park(SIP, "苏州", "江苏", "工业园区", G0, note="中新合作；文中又作“园区”"),
 ],
 aggregate_facts=[
  fact(SIP, "park", "area_km2", 288, "km2", G0, "2013年版简况", note="行政区域"),
  fact(SIP, "park", "population", 762000, "persons", G0, "2013年版简况", opt=True, note="常住人口76.2万"),
  fact(SIP, "park", "gdp_cny", 1.738e11, "cny", "全年实现地区生产总值1738亿元", AS7, chk=True),
  fact(SIP, "park", "general_budget_revenue_cny", 1.85e10, "cny", "地方公共财政预算收入185亿元", AS7, chk=True, note="地方公共财政预算收入"),
  fact(SIP, "park", "actual_fdi_usd", 1.96e9, "usd", "新增实际利用外资19.6亿美元", AS7, note="新增实际利用外资"),
  fact(SIP, "park", "import_export_usd", 7.95e10, "usd", "完成进出口总额795亿美元", AS7),
  fact(SIP, "park", "fixed_asset_investment_cny", 7.4053e10, "cny", "全社会固定资产投资740.53亿元", AS7, chk=True),
  fact(SIP, "park", "retail_sales_cny", 2.42e10, "cny", "社会消费品零售总额242亿元", AS7, opt=True, chk=True),
 ])
