# real66 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text (a full name not in the text only where the text has nothing but a generic word: yj07 “经开区”, as real63 yg04);
# 逾/超过/超/以上/突破/过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (17.9% → 0.179). Projects: the park is the one the text places the project in. Status from the text's words
# (开工建设 / 奠基 / 集中开工 → 开工; 投产 → 投产; 正在进行… / 年底投产 (future) → 在建 with status_alt 投产). Year targets
# (“总体目标”, “计划”) are kind target with “（目标）” in as_of; “预计” project figures are target; year-to-date figures
# (“前三季度”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yjNN.raw as returned.

# ---------------------------------------------------------------- yj01 聊城开发区建区20周年 (聊城晚报 2015)
LC = "聊城经济技术开发区"
A0 = "10月8日下午,聊城经济技术开发区建区20周年总结表彰大会在东昌学院大礼堂隆重举行"
A1 = "由初期财政收入275万元全市倒数第一,攀升至2014年的12.86亿元,增长了400多倍,列全市第四位"
A2 = "地区生产总值突破100亿元,建成区面积扩展到20平方公里,城镇化率超过50%"
A3 = "先后引进项目数百个,培育规模以上工业企业105家,总投资过千亿元"
AS1 = "2015年10月（建区20周年）"
G["yj01"] = dict(
 article=art("聊城开发区建区20周年总结表彰大会举行", "聊城晚报（记者 陈金路），载于 liaocheng.cc（聊城信息港，编辑:佚名）", "2015-10-09", "day",
  "City evening paper on a city portal, Shandong: a national economic and technological development zone's 20th-anniversary meeting — fiscal revenue then and in 2014, GDP, built-up area, urbanisation, above-scale firms and cumulative investment",
  "http://www.liaocheng.cc/html/2015/1009/1014562260.htm",
  "日期取页面“发布:2015-10-9 10:14:56  来源:聊城晚报”。标题照录；面包屑与发布行已删；两行副题“20年来开发区财政收入增长400多倍”“优秀村党支部书记、时代模范等49人接受表彰”在正文中，照录为段落。存段在末句“培育出了中通客车、日发织机、希杰生物、华润纺织和华润啤酒、”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…总投资过千亿元。”，共六段；所删残句中的企业因此不在文中，不列。园区：聊城经济技术开发区（标题作“聊城开发区”；文中多作“开发区”；“成功晋级国家级开发区行列”“晋升为一个国家级经济技术开发区”；聊城，山东）。事实：财政收入初期275万元（可选）、2014年12.86亿元；地区生产总值突破100亿元（超）；建成区20平方公里；城镇化率超过50%（可选）；20年来培育规模以上工业企业105家、引进项目总投资过千亿元（cumulative，超）。东昌学院仅为会场（可选机构）。",
  "yj01"),
 parks=[
  park(LC, "聊城", "山东", "国家级经济技术开发区", A0, aliases=["聊城开发区"], note="标题作“聊城开发区”；文中多作“开发区”；1995年10月8日启动建设"),
 ],
 institutions=[
  inst("东昌学院", A0, kind="university", note="会场"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(LC, "park", "fiscal_revenue_cny", 1.286e9, "cny", "攀升至2014年的12.86亿元", "2014年", chk=True),
  fact(LC, "park", "fiscal_revenue_cny", 2.75e6, "cny", "由初期财政收入275万元全市倒数第一", "1995年（启动建设初期）", opt=True, chk=True),
  fact(LC, "park", "gdp_cny", 1e10, "cny", "地区生产总值突破100亿元", AS1, qual="超", qtext="突破", chk=True),
  fact(LC, "park", "built_up_area_km2", 20, "km2", "建成区面积扩展到20平方公里", AS1),
  fact(LC, "park", "urbanization_rate", 0.5, "ratio", "城镇化率超过50%", AS1, kind="ratio", qual="超", qtext="超过", opt=True),
  fact(LC, "park", "above_scale_industrial_firms", 105, "count", A3, "1995年10月至2015年10月", kind="cumulative", note="“培育规模以上工业企业105家”"),
  fact(LC, "park", "investment_attracted_cny", 1e11, "cny", A3, "1995年10月至2015年10月", kind="cumulative", qual="超", qtext="过",
       note="“先后引进项目数百个…总投资过千亿元”；金额为“千亿元”（无阿拉伯数字）"),
 ])

# ---------------------------------------------------------------- yj02 唐河“两区”观摩 (新浪河南 南阳 2017)
TH = "唐河产业集聚区"
TS = "特色商业区"
B0 = "一路走来,观摩团对唐河产业集聚区和特色商业区建设赞不绝口"
B1 = "当天上午,观摩团先后来到南阳亚澳农机有限公司、奥凯盛科技有限公司、唐河亿翔市政有限公司、南阳宣溢环保设备有限公司、唐河外滩等地,实地查看唐河“两区”建设情况"
B2 = "2016年,唐河产业集聚区完成固定资产投资132.6亿元,同比增长17.9%"
B3 = "实现规模以上工业企业总产值246.1亿元,同比增长15.2%"
B4 = "实现税收2.2亿元,同比增长112.91%"
B5 = "产业集聚区全年机械电子制造类项目计划签约落地15个以上,新开工建设12个以上,建成投产项目10个以上"
B6 = "完成固定资产投资45亿元,同比增长15%以上"
B7 = "实现规模以上工业总产值116亿元,同比增长16%以上"
AS2 = "2016年"
T2 = "2017年全年（目标）"
G["yj02"] = dict(
 article=art("（无标题）南阳市“二区”建设观摩团观摩唐河县产业集聚区和特色商业区", "新浪河南（henan.sina.com.cn，南阳经济栏；署名“(王永阁)”，原发媒体未注明）", "2017-04-26", "day",
  "Provincial portal's city channel relaying a county item, Henan: a city inspection tour (观摩) of a county's industrial cluster zone and its special commercial zone — four named firms visited, the cluster zone's 2016 investment, output, tax and jobs with growth, and its 2017 targets (projects signed, started, in production; investment; output)",
  "http://henan.sina.com.cn/nanyang/economy/2017-04-26/150664905.html",
  "日期取网址 2017-04-26（观摩在4月24日）。存段无标题、无日期行（title 为编者概括）；文末“查看评论…登录|注册”已删；署名“(王永阁)”在正文末，保留。正文完整，五段。园区：唐河产业集聚区（南阳市唐河县，河南；文中又作“产业集聚区”，与“特色商业区”合称唐河“两区”）；特色商业区（县特色商业区，列可选园区）。公司：观摩团先后来到的南阳亚澳农机有限公司、奥凯盛科技有限公司、唐河亿翔市政有限公司、南阳宣溢环保设备有限公司——文中只说来到这些企业“实地查看唐河‘两区’建设情况”，园区记唐河产业集聚区系推定（“唐河外滩”同列，为观摩点，不列）。事实：2016年产业集聚区固定资产投资132.6亿元（+17.9%）、规模以上工业企业总产值246.1亿元（+15.2%）、税收2.2亿元（+112.91%）、从业人员4.6万人；特色商业区同年数字列可选。2017年“总体目标”为 target：签约落地15个以上、新开工12个以上、建成投产10个以上（超，“以上”）、固定资产投资45亿元（+15%以上）、规模以上工业总产值116亿元（+16%以上）——目标值低于2016年实绩，原文如此（口径或仅机械电子制造类），照录。市工业和信息化委列可选机构；市、县领导不列。",
  "yj02"),
 parks=[
  park(TH, "南阳", "河南", "产业集聚区", B0, district="唐河县", note="文中又作“产业集聚区”；与特色商业区合称唐河“两区”"),
  park(TS, "南阳", "河南", "特色商业区", B0, district="唐河县", opt=True, note="唐河县特色商业区；“两区”之一"),
 ],
 institutions=[
  inst("市工业和信息化委", "市工业和信息化委党组书记、主任肖海友带领全市“二区”建设观摩团莅临唐河县", note="南阳市工业和信息化委员会；观摩团带队单位"),
 ],
 companies=[
  comp("南阳亚澳农机有限公司", TH, B1, note="观摩点；园区由语境推定"),
  comp("奥凯盛科技有限公司", TH, B1, note="观摩点；园区由语境推定"),
  comp("唐河亿翔市政有限公司", TH, B1, note="观摩点；园区由语境推定"),
  comp("南阳宣溢环保设备有限公司", TH, B1, note="观摩点；园区由语境推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TH, "park", "fixed_asset_investment_cny", 1.326e10, "cny", B2, AS2, chk=True),
  fact(TH, "park", "fixed_asset_investment_yoy_growth", 0.179, "ratio", B2, AS2, kind="ratio"),
  fact(TH, "park", "industrial_output_above_scale_cny", 2.461e10, "cny", B3, AS2, chk=True),
  fact(TH, "park", "industrial_output_above_scale_yoy_growth", 0.152, "ratio", B3, AS2, kind="ratio"),
  fact(TH, "park", "tax_revenue_cny", 2.2e8, "cny", B4, AS2, chk=True),
  fact(TH, "park", "tax_revenue_yoy_growth", 1.1291, "ratio", B4, AS2, kind="ratio"),
  fact(TH, "park", "employees", 46000, "persons", "从业人员达到4.6万人", AS2),
  fact(TS, "park", "fixed_asset_investment_cny", 9.3e8, "cny", "特色商业区完成固定资产投资9.3亿元,同比增长166%", AS2, opt=True, chk=True),
  fact(TS, "park", "fixed_asset_investment_yoy_growth", 1.66, "ratio", "特色商业区完成固定资产投资9.3亿元,同比增长166%", AS2, kind="ratio", opt=True),
  fact(TS, "park", "value_added_cny", 4.1e8, "cny", "完成增加值4.1亿元,同比增长11.9%", AS2, opt=True, chk=True),
  fact(TS, "park", "employees", 4536, "persons", "从业人员达到4536人", AS2, opt=True),
  fact(TH, "park", "projects_signed", 15, "count", B5, T2, kind="target", qual="超", qtext="以上", note="机械电子制造类项目签约落地"),
  fact(TH, "park", "projects_started", 12, "count", B5, T2, kind="target", qual="超", qtext="以上"),
  fact(TH, "park", "projects_in_production", 10, "count", B5, T2, kind="target", qual="超", qtext="以上", note="建成投产项目"),
  fact(TH, "park", "fixed_asset_investment_cny", 4.5e9, "cny", B6, T2, kind="target", chk=True),
  fact(TH, "park", "fixed_asset_investment_yoy_growth", 0.15, "ratio", B6, T2, kind="target", qual="超", qtext="以上", opt=True),
  fact(TH, "park", "industrial_output_above_scale_cny", 1.16e10, "cny", B7, T2, kind="target", chk=True),
  fact(TH, "park", "industrial_output_above_scale_yoy_growth", 0.16, "ratio", B7, T2, kind="target", qual="超", qtext="以上", opt=True),
  fact(TH, "park", "firms_to_strengthen", 20, "count", "培优扶强20家", T2, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yj03 济宁高新区 二季度集中开工 (济宁新闻客户端 2020)
JN = "济宁高新区"
C0 = "济宁市 2020 年“四个一批”项目二季度集中开工暨山东新材料产业化生产基地项目奠基仪式在高新区举行"
C1 = "本次集中开工的10个项目,总投资51.8亿元"
AS3 = "2020-04-13"
G["yj03"] = dict(
 article=art("济宁高新区2020年“四个一批”项目二季度集中开工", "济宁新闻客户端，载于 jnnews.tv（济宁新闻网）", "2020-04-13", "day",
  "City news app on the city news site, Shandong: a quarterly joint groundbreaking held in a high-tech zone — ten projects with total investment, one named park-building project laid its foundation stone",
  "https://www.jnnews.tv/p/751761.html",
  "日期取页面“2020年04月13日20:58  来源:济宁新闻客户端”。标题照录；日期来源行、评论区与版权声明已删。正文三段，完整（短讯）。园区：济宁高新区（济宁，山东；文中又作“高新区”）。项目：山东新材料产业化生产基地项目——奠基→开工；建设“新材料产业标准化及定制性园区”，故另列为可选园区（parent 济宁高新区）；金额未说。事实：本次集中开工10个项目、总投资51.8亿元，记于济宁高新区（“是济宁高新区一手抓招引开工…的重要体现”）。活动名义为“济宁市 2020 年‘四个一批’项目二季度集中开工”，在高新区举行。",
  "yj03"),
 parks=[
  park(JN, "济宁", "山东", "高新区", "是济宁高新区一手抓招引开工,一手抓竣工达产的重要体现", note="文中又作“高新区”"),
  park("山东新材料产业化生产基地", "济宁", "山东", "产业园（新材料）", C0, parent=JN, opt=True,
       note="项目建设“新材料产业标准化及定制性园区”；以项目名（去“项目”）作园区名"),
 ],
 companies=[],
 projects=[
  proj("山东新材料产业化生产基地项目", JN, C0, status="开工", status_text="奠基仪式", note="园区化建设的新材料产业园；金额未说"),
 ],
 aggregate_facts=[
  fact(JN, "park", "projects_started", 10, "count", C1, AS3),
  fact(JN, "park", "projects_started_investment_cny", 5.18e9, "cny", C1, AS3, chk=True),
 ])

# ---------------------------------------------------------------- yj04 运河开发区 (德州新闻网 2020, date inferred)
YH = "运河经济开发区"
D0 = "运河经济开发区主要领导同志就重点项目推进工作到高端装备产业园、智慧农业产业园、德州海力达医疗模具等地现场办公"
D1 = "投资7.7亿元的晶创年产5万吨超强复合新材料项目年底投产"
D2 = "投资5.2亿元的鼎味食品综合项目、投资6亿元的雪榕生物四期五期扩产项目年底前实现部分投产"
D3 = "投资5亿元的凯盛浩丰智慧农业新材料产业园和食品深加工产业园项目、投资1.5亿元的消博士年产3万台(套)高端环保消毒器械项目开工建设"
D4 = "前三季度,全区实现一般公共预算收入5.7亿元,一般公共预算支出3亿元,完成年度计划的83%、81%"
AS4 = "2020年前三季度（年份推定）"
G["yj04"] = dict(
 article=art("聚焦主责主业 坚持“项目立区”运河开发区:建设活力开放创新区", "德州新闻网（dezhoudaily.com，德州日报社；记者 王志冕，通讯员 冯豫）", "2020", "year",
  "City paper's news site, Shandong: an economic development zone after three quarters — fiscal revenue and spending, fixed-asset investment, industrial output, foreign capital and trade with growth, five named projects at different stages (in production by year-end, partly in production, started) with amounts",
  "http://www.dezhoudaily.com/dzjj/p/1529840.html",
  "存段无日期行。年份推定为2020年：文中为“前三季度”数字，提到“5G新基建”产业规划（2020年起通行的提法），且本站同栏一篇2021年4月23日的报道编号为 p/1546741，大于本篇 p/1529840；故发布约在2020年10月至12月，记 2020（year，推定）。标题照录；正文一段（存段在此段后只余空白；长文或未存全，所存部分止于整句“…打造高质量发展强力引擎。”）。园区：运河经济开发区（又作“运河开发区”；文中又称“新区”“全区”；德州，山东）；高端装备产业园、智慧农业产业园为区内现场办公地点，列可选园区（parent 运河经济开发区）。公司：德州海力达医疗模具（现场办公地点，在区）；晶创、鼎味食品、雪榕生物、凯盛浩丰、消博士只在项目名中，列可选；北京和君咨询公司为规划编制咨询方（可选，无园区）。项目：晶创年产5万吨超强复合新材料项目（7.7亿元，“年底投产”→在建，status_alt 投产）；鼎味食品综合项目（5.2亿元）与雪榕生物四期五期扩产项目（6亿元，“年底前实现部分投产”→在建，status_alt 投产）；凯盛浩丰智慧农业新材料产业园和食品深加工产业园项目（5亿元）与消博士年产3万台(套)高端环保消毒器械项目（1.5亿元）“开工建设”→开工。事实（“全区”记于运河经济开发区，前三季度→cumulative）：一般公共预算收入5.7亿元、支出3亿元（可选）、完成年度计划83%/81%（可选）；固定资产投资25.7亿元（+20.2%）；新增国家级高新技术企业2家（可选）；工业总产值172.1亿元；到账外资600万美元（+500%）；进出口总额11.1亿元（+8%）。",
  "yj04"),
 parks=[
  park(YH, "德州", "山东", "经济开发区", D0, aliases=["运河开发区"], note="标题作“运河开发区”；文中又称“新区”“全区”"),
  park("高端装备产业园", "德州", "山东", "产业园（高端装备）", D0, parent=YH, opt=True, note="区内现场办公地点"),
  park("智慧农业产业园", "德州", "山东", "产业园（智慧农业）", D0, parent=YH, opt=True, note="区内现场办公地点"),
 ],
 companies=[
  comp("德州海力达医疗模具", YH, D0, note="现场办公地点；名称不全"),
  comp("晶创", YH, D1, opt=True, note="只在项目名中"),
  comp("鼎味食品", YH, D2, opt=True, note="只在项目名中"),
  comp("雪榕生物", YH, D2, opt=True, note="只在项目名中"),
  comp("凯盛浩丰", YH, D3, opt=True, note="只在项目名中"),
  comp("消博士", YH, D3, opt=True, note="只在项目名中"),
  comp("北京和君咨询公司", None, "运河开发区聘请北京和君咨询公司,启动高端装备制造、新材料和5G新基建产业规划编制", opt=True, note="规划编制咨询方"),
 ],
 projects=[
  proj("晶创年产5万吨超强复合新材料项目", YH, D1, companies=["晶创"], inv="投资7.7亿元", status="在建", status_alt="投产", status_text="年底投产"),
  proj("鼎味食品综合项目", YH, D2, companies=["鼎味食品"], inv="投资5.2亿元", status="在建", status_alt="投产", status_text="年底前实现部分投产"),
  proj("雪榕生物四期五期扩产项目", YH, D2, companies=["雪榕生物"], inv="投资6亿元", phase="四期五期", status="在建", status_alt="投产", status_text="年底前实现部分投产"),
  proj("凯盛浩丰智慧农业新材料产业园和食品深加工产业园项目", YH, D3, companies=["凯盛浩丰"], inv="投资5亿元", status="开工", status_text="开工建设"),
  proj("消博士年产3万台(套)高端环保消毒器械项目", YH, D3, companies=["消博士"], inv="投资1.5亿元", status="开工", status_text="开工建设"),
 ],
 aggregate_facts=[
  fact(YH, "park", "general_public_budget_revenue_cny", 5.7e8, "cny", D4, AS4, kind="cumulative", chk=True),
  fact(YH, "park", "general_public_budget_expenditure_cny", 3e8, "cny", "一般公共预算支出3亿元", AS4, kind="cumulative", opt=True, chk=True),
  fact(YH, "park", "budget_revenue_plan_completion", 0.83, "ratio", D4, AS4, kind="ratio", opt=True, note="一般公共预算收入完成年度计划的83%"),
  fact(YH, "park", "fixed_asset_investment_cny", 2.57e9, "cny", "完成固定资产投资25.7亿元,同比增长20.2%", AS4, kind="cumulative", chk=True),
  fact(YH, "park", "fixed_asset_investment_yoy_growth", 0.202, "ratio", "完成固定资产投资25.7亿元,同比增长20.2%", AS4, kind="ratio"),
  fact(YH, "park", "new_high_tech_firms", 2, "count", "新增国家级高新技术企业2家", AS4, kind="cumulative", opt=True),
  fact(YH, "park", "industrial_output_cny", 1.721e10, "cny", "实现工业总产值172.1亿元", AS4, kind="cumulative", chk=True),
  fact(YH, "park", "actual_fdi_usd", 6e6, "usd", "到账外资600万美元,同比增长500%", AS4, kind="cumulative"),
  fact(YH, "park", "actual_fdi_yoy_growth", 5.0, "ratio", "到账外资600万美元,同比增长500%", AS4, kind="ratio", opt=True),
  fact(YH, "park", "import_export_cny", 1.11e9, "cny", "进出口总额11.1亿元,同比增长8%", AS4, kind="cumulative", chk=True),
  fact(YH, "park", "import_export_growth", 0.08, "ratio", "进出口总额11.1亿元,同比增长8%", AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yj05 平顶山 示范区、新华区产业园区调研 (平顶山日报 via 中国搜索 2021)
SF = "平顶山市城乡一体化示范区"
KS = "纯电动智能矿山高端装备制造产业园"
XH = "新华区高新技术产业园"
E0 = "示范区纯电动智能矿山高端装备制造产业园位于平宝大道与花山路交叉口东南侧,由河南跃薪智能机械有限公司建设,规划面积350余亩,分为两期施工建设,其中一期将建设6条生产线,目前已完成征地、拆迁、土地平整、部分围墙修建等工作"
E1 = "入驻新华区高新技术产业园的河南恒一锂能科技有限公司项目总投资15亿元"
E2 = "入驻新华区高新技术产业园的河南恒一锂能科技有限公司项目总投资15亿元,一期投资5亿元,建设日产160万只高倍率锂电池项目,预计年产值5亿元"
E3 = "二期投资10亿元,在园区内新征地160亩,建设日产400万支高倍率锂电池项目,年产值约12亿元"
E4 = "该项目预计今年年底试生产"
AS5 = "2021年10月"
G["yj05"] = dict(
 article=art("平顶山市副市长张弓带队到示范区、新华区调研产业园区建设工作", "平顶山日报（记者 田秀忠；中共平顶山市委网信办供稿），载于 hn.chinaso.com（中国搜索 河南频道，责任编辑:郑佩敏）", "2021-10-28", "day",
  "City daily item on a national search portal's provincial channel, Henan: a vice-mayor's survey of two industrial parks — a firm-built mining-equipment park at site-preparation stage with its area, and a lithium-battery firm's project in a district high-tech park with total and phase investments, expected output and trial-production date",
  "http://hn.chinaso.com/pds/detail/20211028/1000200033166061635381104698200258_1.html",
  "日期取页面“2021-10-28 08:31 | 中国搜索”（调研在10月27日）。标题照录；频道菜单、“核心提示”（与首段同文）、责任编辑行与页尾推荐已删；供稿署名行保留。正文四段，完整。园区：纯电动智能矿山高端装备制造产业园（文中作“示范区纯电动智能矿山高端装备制造产业园”，位于市城乡一体化示范区，由河南跃薪智能机械有限公司建设，规划面积350余亩，两期，已完成征地、拆迁、土地平整等——同名项目列可选，状态不记）；新华区高新技术产业园（平顶山市新华区）；平顶山市城乡一体化示范区（文中作“市城乡一体化示范区”“示范区”，列可选园区，全称含市名为编者补足）。公司：河南跃薪智能机械有限公司（建设方，园区记该产业园）；河南恒一锂能科技有限公司（入驻新华区高新技术产业园）。项目：河南恒一锂能科技有限公司项目（总投资15亿元；“预计今年年底试生产”→在建）；其一期“日产160万只高倍率锂电池项目”（投资5亿元）与二期“日产400万支高倍率锂电池项目”（投资10亿元）列可选项目。事实：产业园规划面积350余亩（余）；一期预计年产值5亿元、二期年产值约12亿元（target）；二期新征地160亩（可选）。",
  "yj05"),
 parks=[
  park(SF, "平顶山", "河南", "城乡一体化示范区", "平顶山市副市长张弓带领有关部门负责人到市城乡一体化示范区、新华区调研产业园区建设工作",
       aliases=["市城乡一体化示范区", "示范区"], opt=True, note="文中作“市城乡一体化示范区”“示范区”；全称含市名为编者补足"),
  park(KS, "平顶山", "河南", "产业园（矿山装备）", E0, parent=SF, aliases=["示范区纯电动智能矿山高端装备制造产业园"],
       note="由河南跃薪智能机械有限公司建设；位于示范区"),
  park(XH, "平顶山", "河南", "产业园（高新技术）", E1, district="新华区"),
 ],
 companies=[
  comp("河南跃薪智能机械有限公司", KS, E0, note="产业园建设方"),
  comp("河南恒一锂能科技有限公司", XH, E1),
 ],
 projects=[
  proj("河南恒一锂能科技有限公司项目", XH, E2, companies=["河南恒一锂能科技有限公司"], inv="总投资15亿元", status="在建", status_alt="投产",
       status_text="预计今年年底试生产", note="分两期：一期日产160万只、二期日产400万支高倍率锂电池"),
  proj("日产160万只高倍率锂电池项目", XH, E2, companies=["河南恒一锂能科技有限公司"], inv="一期投资5亿元", phase="一期", opt=True,
       note="恒一锂能项目一期"),
  proj("日产400万支高倍率锂电池项目", XH, E3, companies=["河南恒一锂能科技有限公司"], inv="二期投资10亿元", phase="二期", opt=True,
       note="恒一锂能项目二期"),
  proj(KS, SF, E0, companies=["河南跃薪智能机械有限公司"], opt=True,
       note="企业建设的产业园；已完成征地、拆迁、土地平整、部分围墙修建，状态不记；与同名园区为一事"),
 ],
 aggregate_facts=[
  fact(KS, "park", "planned_area_mu", 350, "mu", "规划面积350余亩", AS5, qual="余", qtext="余"),
  fact("日产160万只高倍率锂电池项目", "project", "expected_annual_output_cny", 5e8, "cny", "预计年产值5亿元", "一期投产后（预计）", kind="target", chk=True),
  fact("日产400万支高倍率锂电池项目", "project", "expected_annual_output_cny", 1.2e9, "cny", "年产值约12亿元", "二期投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("日产400万支高倍率锂电池项目", "project", "site_area_mu", 160, "mu", E3, AS5, opt=True, note="二期在园区内新征地"),
 ])

# ---------------------------------------------------------------- yj06 明水经济技术开发区重点项目巡礼 (cadz 2021)
MS = "明水经济技术开发区"
KK = "中粮可口可乐饮料(济南)有限公司"
F0 = "国家级明水经济技术开发区5个项目接受检阅"
F1 = "中粮可口可乐饮料(济南)有限公司位于明水经济技术开发区,2005年底签约成立,注册资金500万美元,投资总额1250万美元,2006年9月正式投产,2007年加入中粮可口可乐饮料有限公司"
F2 = "四期厂房扩建项目,投资5630万元,新购土地50.59亩,总建筑面积2万平方米"
F3 = "目前厂房基础施工、雨蓬装卸区基础施工已完成,正在进行厂房回填以及成品库的墙面屋面安装"
AS6 = "2021年11月"
G["yj06"] = dict(
 article=art("明水经济技术开发区重点项目巡礼", "明水经济技术开发区（来源），载于 cadz.org.cn（中国开发区协会网站，“国家级开发区动态”栏）", "2021-11-26", "day",
  "Zone's own item relayed by the national development-zone association's site, Shandong: a tour of a national zone's key projects during a district inspection — a bottler's phase-4 plant extension with amount, land and progress, the firm's registration and capacity, and a named pharmaceutical park project (opening only stored)",
  "https://www.cadz.org.cn/index.php/news/info/id/39052.html",
  "日期取页面“来源:明水经济技术开发区 发布时间:2021年11月26日 14:58”（观摩评议在11月20日—22日）。标题照录；站点菜单、面包屑与来源行已删；小标题（“老牌企业增添新活力”“可口可乐济南厂四期厂房扩建项目”“新医药产业集聚高地”“山东国欣颐养集团智慧医药产业园项目”）照录为段落。存段在“计划总投资9.7亿元,总占”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…重汽青专厂南邻。”，共八段；所删残句中的9.7亿元因此不在文中，国欣项目不记金额。文中说5个项目接受检阅，存段只到第二个。园区：明水经济技术开发区（“国家级明水经济技术开发区”；济南市章丘区，山东——文中作“章丘”）。公司：中粮可口可乐饮料(济南)有限公司（位于开发区；标题式小标题作“可口可乐济南厂”，列 alias）；中粮可口可乐饮料有限公司（母公司，可选，无园区）；山东国欣颐养集团（只在项目名中，可选）。项目：可口可乐济南厂四期厂房扩建项目（投资5630万元，四期；“正在进行厂房回填以及成品库的墙面屋面安装”→在建）；山东国欣颐养集团智慧医药产业园项目（检阅项目之一，位于枣园街道；金额在残句中，不记；状态不记）。事实：检阅项目5个（可选）；公司注册资金500万美元、投资总额1250万美元；8条生产线、最大年产能超过1.7亿标箱（可选）；四期新购土地50.59亩、总建筑面积2万平方米（可选）。",
  "yj06"),
 parks=[
  park(MS, "济南", "山东", "国家级经济技术开发区", F1, district="章丘区", note="“国家级明水经济技术开发区”；文中作“章丘”"),
 ],
 companies=[
  comp(KK, MS, F1, aliases=["可口可乐济南厂"], note="2005年底签约成立，2006年9月投产"),
  comp("中粮可口可乐饮料有限公司", None, F1, opt=True, note="2007年加入的母公司"),
  comp("山东国欣颐养集团", MS, "山东国欣颐养集团智慧医药产业园项目", opt=True, note="只在项目名中；项目为开发区检阅项目之一"),
 ],
 projects=[
  proj("可口可乐济南厂四期厂房扩建项目", MS, F2, companies=[KK], inv="投资5630万元", phase="四期", status="在建",
       status_text="正在进行厂房回填以及成品库的墙面屋面安装", aliases=["四期厂房扩建项目"], note="新增三条生产线"),
  proj("山东国欣颐养集团智慧医药产业园项目", MS, "山东国欣颐养集团智慧医药产业园项目", companies=["山东国欣颐养集团"],
       note="开发区检阅项目之一；选址枣园街道；金额所在句在存段中断处，已删"),
 ],
 aggregate_facts=[
  fact(MS, "park", "projects_inspected", 5, "count", F0, AS6, opt=True),
  fact(KK, "company", "registered_capital_usd", 5e6, "usd", "注册资金500万美元", "2005年（成立时）"),
  fact(KK, "company", "total_investment_usd", 1.25e7, "usd", "投资总额1250万美元", "2005年（成立时）"),
  fact(KK, "company", "production_lines", 8, "count", "目前,公司共拥有8条生产线,最大年产能超过1.7亿标箱", AS6, opt=True),
  fact("可口可乐济南厂四期厂房扩建项目", "project", "site_area_mu", 50.59, "mu", F2, AS6, opt=True, note="新购土地"),
  fact("可口可乐济南厂四期厂房扩建项目", "project", "floor_area_m2", 20000, "m2", F2, AS6, opt=True),
 ])

# ---------------------------------------------------------------- yj07 新乡经开区 “三个一批” (新乡日报网 2023)
XX = "新乡经济技术开发区"
H0 = "经开区本次“三个一批”活动主会场设在新乡东部产城融合综合开发项目建设现场"
H1 = "此次集中开工的12个项目总投资124.45亿元"
H2 = "新乡东部产城融合综合开发项目总面积约为8.27平方公里,计划总投资63.4亿元"
H3 = "随后,区领导一行赴豫新汽车热管理科技有限公司观摩年产600万套汽车热管理系统智能工厂项目的投产情况"
H4 = "项目建成后预计年营业收入15亿元,利税5600万元"
H5 = "主要合作伙伴为上汽集团、东风日产、郑州日产、一汽红旗、中联重科、比亚迪、长城汽车等企业"
AS7 = "2023年初（本次“三个一批”活动；日期文中未说）"
G["yj07"] = dict(
 article=art("（无标题）新乡经开区“三个一批”活动 12个项目集中开工总投资124.45亿元", "新乡日报网（news.xxrb.com.cn，“县区”栏；存段无署名）", "2023-02-03", "day",
  "City daily's site, county-district channel, Henan: a zone's quarterly “三个一批” event — twelve projects started with total investment, the main-venue area-development project with area and investment, and a supplier's smart-factory project in production with expected revenue and profit-tax",
  "https://news.xxrb.com.cn/html/2023/xianqu_0203/334353.html",
  "日期取网址 xianqu_0203（2023年2月3日）。存段无标题、无日期行（title 为编者概括），从正文起。存段末段在“今年1月,经开区引进外资实现历史性突破,连续跨越500万元、1000万元”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…大道前行向跨越。”，共五段。园区：文中只作“经开区”（又“全区”“区”），由“新乡东部”“我市”与刊发媒体推定为新乡经济技术开发区（全称不在文中，如 real63 yg04；河南新乡）。项目：新乡东部产城融合综合开发项目（计划总投资63.4亿元；为本次活动主会场所在的建设现场、经开区2023年“双十”工程重点项目——status 记开工（推定为集中开工项目之一），status_alt 在建）；年产600万套汽车热管理系统智能工厂项目（豫新汽车热管理科技有限公司；区领导“观摩…项目的投产情况”→投产；金额未说）。公司：豫新汽车热管理科技有限公司（在经开区）；航空工业新航集团（上级，可选，无园区）；合作伙伴上汽集团等七家（可选，无园区）。事实：集中开工12个项目、总投资124.45亿元；片区开发项目面积约8.27平方公里（可选）；智能工厂项目占地86670平方米、建筑面积47102平方米（可选）、建成后预计年营业收入15亿元、利税5600万元（target）。",
  "yj07"),
 parks=[
  park(XX, "新乡", "河南", "经济技术开发区", H0, aliases=["经开区"], note="文中只作“经开区”；全称不在文中"),
 ],
 companies=[
  comp("豫新汽车热管理科技有限公司", XX, H3, note="成立于1963年，隶属航空工业新航集团"),
  comp("航空工业新航集团", None, "据了解,豫新汽车热管理科技有限公司成立于1963年,隶属航空工业新航集团", opt=True, note="上级集团"),
  comp("上汽集团", None, H5, opt=True, note="合作伙伴"),
  comp("东风日产", None, H5, opt=True, note="合作伙伴"),
  comp("郑州日产", None, H5, opt=True, note="合作伙伴"),
  comp("一汽红旗", None, H5, opt=True, note="合作伙伴"),
  comp("中联重科", None, H5, opt=True, note="合作伙伴"),
  comp("比亚迪", None, H5, opt=True, note="合作伙伴"),
  comp("长城汽车", None, H5, opt=True, note="合作伙伴"),
 ],
 projects=[
  proj("新乡东部产城融合综合开发项目", XX, H2, inv="计划总投资63.4亿元", status="开工", status_alt="在建", status_text="主会场设在新乡东部产城融合综合开发项目建设现场",
       note="片区开发项目；本次“三个一批”集中开工主会场；经开区2023年“双十”工程重点项目；开工状态由语境推定"),
  proj("年产600万套汽车热管理系统智能工厂项目", XX, H3, companies=["豫新汽车热管理科技有限公司"], status="投产", status_text="投产情况",
       note="新增3条生产线；金额未说"),
 ],
 aggregate_facts=[
  fact(XX, "park", "projects_started", 12, "count", H1, AS7),
  fact(XX, "park", "projects_started_investment_cny", 1.2445e10, "cny", H1, AS7, chk=True),
  fact("新乡东部产城融合综合开发项目", "project", "area_km2", 8.27, "km2", H2, AS7, qual="约", qtext="约", opt=True),
  fact("年产600万套汽车热管理系统智能工厂项目", "project", "site_area_m2", 86670, "m2", "该公司年产600万套汽车热管理系统智能工厂项目占地面积86670平方米,建筑面积47102平方米", AS7, opt=True),
  fact("年产600万套汽车热管理系统智能工厂项目", "project", "floor_area_m2", 47102, "m2", "该公司年产600万套汽车热管理系统智能工厂项目占地面积86670平方米,建筑面积47102平方米", AS7, opt=True),
  fact("年产600万套汽车热管理系统智能工厂项目", "project", "expected_annual_revenue_cny", 1.5e9, "cny", H4, "建成后（预计）", kind="target", chk=True),
  fact("年产600万套汽车热管理系统智能工厂项目", "project", "expected_annual_profit_tax_cny", 5.6e7, "cny", "利税5600万元", "建成后（预计）", kind="target", chk=True),
 ])
