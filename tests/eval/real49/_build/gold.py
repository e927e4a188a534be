# real49 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real45)
# Conventions as real28–real45: evidence verbatim (zs05 is traditional script as published by a Hong Kong paper's site, the
# rest simplified); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps
# the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in
# *_usd facts. An amount written without 元 (zs02 “年产值50亿”) is kept in a fact whose metric does not end in _cny, unit
# “cny”, optional. Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if
# none (a town or county is not a park). Status from the text's words (开工 / 动工 / 打下第一根桩 → 开工; 正式投产 → 投产;
# “新增…项目” / 落户 alone → no status). Sources are `search` (corpus pages) excerpts typed into _raw/pages/zsNN.raw as returned.

# ---------------------------------------------------------------- zs01 浙江苍南工业园区6个项目集中开工 (全球起重机械网 2011)
CN = "苍南工业园区"
A0 = "今天上午,苍南工业园区举行6个项目集中开工暨5个重点项目推进启动仪式"
A1 = "据了解,这次集体开工的企业分别是新天地塑胶、易欣实业、诺亚迪印业、普利得光电、俊杰滤清器设备及园区经三路等6个项目"
A2 = "另外,神硅太阳能科技、东经包装、玉苍钢业、瑞教实业、富得宝家具等5家企业属于重点推进项目"
A3 = "这11个项目共用地600亩,总投资19亿元,平均单体投资1.73亿元"
AS1 = "2011年6月（开工仪式当天）"
G["zs01"] = dict(
 article=art("浙江苍南工业园区6个项目集中开工", "全球起重机械网（chinacrane.net，“园区新闻”栏转载；原发媒体未注明）", "2011-06-27", "day",
  "Industry portal relaying a county news item, Zhejiang: a county industrial park starts six projects and launches five key projects — the firms named, land, total and average investment, the park's industries",
  "http://www.chinacrane.net/news/201106/27/38341.html",
  "日期取网址 201106/27（页面无日期行；文中只作“今天上午”，推定即发布日）。标题照录（页末“移动版:”重复标题已删）。网站导航、“来源:全球起重机械网 人气:1372”、表格竖线、免责声明与“相关信息”已删。正文三段，完整。园区：苍南工业园区（温州市苍南县，浙江）。“集体开工的企业分别是新天地塑胶、易欣实业、诺亚迪印业、普利得光电、俊杰滤清器设备及园区经三路等6个项目”：五家企业列为公司（园区苍南工业园区），“园区经三路”为园区道路项目（开工，可选）；企业即项目、文中无项目名，不另列项目。“神硅太阳能科技…富得宝家具等5家企业属于重点推进项目”：列为公司（园区苍南工业园区）。“这11个项目…总投资19亿元”为 11 个项目合计（园区事实，reported）。县领导（黄寿龙等）不列。",
  "zs01"),
 parks=[
  park(CN, "温州", "浙江", "工业园区（县级）", A0, district="苍南县", note="文中又作“工业园区”“园区”"),
 ],
 companies=[
  comp("新天地塑胶", CN, A1, note="集中开工"),
  comp("易欣实业", CN, A1, note="集中开工"),
  comp("诺亚迪印业", CN, A1, note="集中开工"),
  comp("普利得光电", CN, A1, note="集中开工"),
  comp("俊杰滤清器设备", CN, A1, note="集中开工"),
  comp("神硅太阳能科技", CN, A2, note="重点推进项目"),
  comp("东经包装", CN, A2, note="重点推进项目"),
  comp("玉苍钢业", CN, A2, note="重点推进项目"),
  comp("瑞教实业", CN, A2, note="重点推进项目"),
  comp("富得宝家具", CN, A2, note="重点推进项目"),
 ],
 projects=[
  proj("园区经三路", CN, A1, status="开工", status_text="集体开工", opt=True, note="园区道路；六个集中开工项目之一"),
 ],
 aggregate_facts=[
  fact(CN, "park", "projects_started", 6, "count", A0, AS1),
  fact(CN, "park", "key_projects_promoted", 5, "count", A0, AS1),
  fact(CN, "park", "projects_total_investment_cny", 1.9e9, "cny", "总投资19亿元,平均单体投资1.73亿元", AS1, chk=True, note="11个项目（6个开工+5个重点推进）合计"),
  fact(CN, "park", "projects_land_mu", 600, "mu", A3, AS1, opt=True),
  fact(CN, "park", "projects_average_investment_cny", 1.73e8, "cny", "平均单体投资1.73亿元", AS1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zs02 皖肥东千亿工业转型加速度 (香港商报网 2017)
XH = "合肥循环经济示范园"
JY = "金阳(安徽)环保科技股份有限公司"
B0 = "11月29日,肥东县实现“千亿元工业转型”迈出的重要一步,金阳(安徽)环保科技股份有限公司一期项目正式投产"
B1 = "据介绍,金阳(安徽)环保科技股份有限公司,坐落在合肥循环经济示范园,项目总投资62亿元"
B2 = "此次正式投产的一期项目投资21亿元,占地面积约900亩,预计实现年产值50亿,税收6000万元"
B3 = "其中,投资12亿元的中聚合臣液晶取向膜、投资12亿元的实盈光学双摄像头、投资100亿元的大连亿达智慧科技城、投资80亿元的华夏幸福机器人产业园等一大批战略性新兴产业和高新技术企业落户肥东"
PJ2 = "金阳(安徽)环保科技股份有限公司一期项目"
AS2 = "2017年11月29日"
G["zs02"] = dict(
 article=art("皖肥东千亿工业转型加速度", "香港商报网（hkcd.com，“安徽 > 地方产业”栏；通讯员 许庆勇 李丽娟）", "2017-11-30", "day",
  "Hong Kong paper's mainland web channel (simplified), Anhui: a county's key environmental-technology firm puts phase 1 into production in a circular-economy park — total and phase-1 investment, land, expected output and tax; other large projects landed in the county with amounts",
  "https://www.hkcd.com/content_p/2017-11/30/content_51974.html",
  "日期取页面“2017-11-30 来源:香港商报网”（已删，连同栏目路径、责任编辑行与“网友评论”）；投产为“11月29日”。标题照录。正文三段，完整；简体（香港商报网内地频道原文如此）。园区：合肥循环经济示范园（合肥市肥东县，安徽；文中未说级别）。公司：金阳(安徽)环保科技股份有限公司，“坐落在合肥循环经济示范园”。项目：文中作“金阳(安徽)环保科技股份有限公司一期项目正式投产”，名称照录；投资取“一期项目投资21亿元”（phase 一期），“正式投产”→投产；“项目总投资62亿元”为全项目总额，记为可选项目事实。“预计实现年产值50亿”无“元”字，记为不以 _cny 结尾的可选事实（值 5e9）；“税收6000万元”为预期（target）。其余四项“落户肥东”（县，不是园区）：中聚合臣液晶取向膜、实盈光学双摄像头、大连亿达智慧科技城、华夏幸福机器人产业园，各有投资额，park null，“落户”→不记状态；后两者名称像园区，但文中作为“落户肥东”的项目列出，不另列园区。中聚合臣、实盈光学、大连亿达、华夏幸福只在项目名中，列可选公司（park null）。",
  "zs02"),
 parks=[
  park(XH, "合肥", "安徽", "循环经济示范园", B1, district="肥东县"),
 ],
 companies=[
  comp(JY, XH, B1),
  comp("中聚合臣", None, B3, opt=True, note="只在项目名中"),
  comp("实盈光学", None, B3, opt=True, note="只在项目名中"),
  comp("大连亿达", None, B3, opt=True, note="只在项目名中"),
  comp("华夏幸福", None, B3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(PJ2, XH, B2, companies=[JY], inv="一期项目投资21亿元", phase="一期", status="投产", status_text="一期项目正式投产",
       note="名称与投产见首句；全项目“总投资62亿元”"),
  proj("中聚合臣液晶取向膜", None, B3, inv="投资12亿元", status=None, status_text="落户肥东", note="县内，园区未说"),
  proj("实盈光学双摄像头", None, B3, inv="投资12亿元", status=None, status_text="落户肥东", note="县内，园区未说；投资文字与上一项相同"),
  proj("大连亿达智慧科技城", None, B3, inv="投资100亿元", status=None, status_text="落户肥东"),
  proj("华夏幸福机器人产业园", None, B3, inv="投资80亿元", status=None, status_text="落户肥东"),
 ],
 aggregate_facts=[
  fact(PJ2, "project", "project_total_investment_cny", 6.2e9, "cny", "项目总投资62亿元", AS2, opt=True, chk=True, note="全项目（各期）总投资"),
  fact(PJ2, "project", "site_area_mu", 900, "mu", B2, AS2, qual="约", qtext="约", opt=True),
  fact(PJ2, "project", "expected_annual_output", 5e9, "cny", "预计实现年产值50亿", "达产后（预期）", kind="target", opt=True, note="原文无“元”字"),
  fact(PJ2, "project", "expected_annual_tax_cny", 6e7, "cny", "税收6000万元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- zs03 新田“园区升级战役” 2018 (红网 2019)
XT = "新田园区"
C0 = "今年以来,新田园区完成规模工业总产值95.13亿元,增幅25.12%,规模工业增加值增幅8.3%"
C1 = "新入统规模企业5家(吉洲家居、吉名家居、冠瑜制造、凯威智能科技、百优特生物科技有限公司),完成年度任务的100%"
C2 = "新增吉星家私产业项目、和祥润新材料产业园项目、科裕电子项目等投入5000万元以上工业项目8个,完成年度任务的114.29%"
C3 = "新增5000万元以上竣工投产项目5个,完成年度任务的125%"
C4 = "主导产业集聚度为79.55%,工业集中度已达97.51%"
C5 = "固定资产、工业技改投资分别同比增长23.5%、29.5%"
C6 = "全面利用内资15.5亿元、外资4101万美元,同比增长18%、17.17%"
FY3 = "2018年全年"
G["zs03"] = dict(
 article=art("新田:“园区升级战役”主要指标工作全线飘红", "红网（湖南频道原创；新田分站记者 汤程安）", "2019-01-17", "day",
  "Provincial news portal, Hunan: a county industrial park's 2018 results — output and growth, tax paid, new above-scale firms named, new projects named, completed projects, concentration ratios, investment growth, domestic and foreign capital used",
  "https://hn.rednet.cn/c/2019/01/17/4812385.htm",
  "日期取页面“来源:红网 作者:汤程安 编辑:姜珊 2019-01-17 14:12:02”（已删）。标题取页首标题行；页内第二标题行“【六大战役】新田“园区升级战役”主要指标工作全线飘红”、图片说明“新田县工业园区。”、页尾来源/作者/编辑/声明/链接已删。正文两段，完整。“今年以来”指 2018 年（电头 2019 年 1 月 17 日，第一段说“2018年”），as_of 记 2018年全年。园区：文中作“新田园区”（新田县工业园区只在已删的图片说明中），名称照录（永州市新田县，湖南）；“国家林产工业示范园”为园区所获称号，列可选园区。公司：新入统规模企业五家（含“百优特生物科技有限公司”），园区记新田园区。项目：吉星家私产业项目、和祥润新材料产业园项目、科裕电子项目（“新增…投入5000万元以上工业项目”，无状态词→status 不记，无单项金额），园区记新田园区；吉星家私、和祥润、科裕电子只在项目名中，列可选公司。指标记为园区事实：全年值 cumulative，增幅 ratio；利用外资为美元（_usd）。",
  "zs03"),
 parks=[
  park(XT, "永州", "湖南", "工业园区（县级）", C0, district="新田县", note="文中作“新田园区”“园区”"),
  park("国家林产工业示范园", "永州", "湖南", "示范园（称号）", "成功创建国家林产工业示范园", district="新田县", opt=True, note="园区所获称号"),
 ],
 companies=[
  comp("吉洲家居", XT, C1, note="新入统规模企业"),
  comp("吉名家居", XT, C1, note="新入统规模企业"),
  comp("冠瑜制造", XT, C1, note="新入统规模企业"),
  comp("凯威智能科技", XT, C1, note="新入统规模企业"),
  comp("百优特生物科技有限公司", XT, C1, note="新入统规模企业"),
  comp("吉星家私", XT, C2, opt=True, note="只在项目名中"),
  comp("和祥润", XT, C2, opt=True, note="只在项目名中"),
  comp("科裕电子", XT, C2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("吉星家私产业项目", XT, C2, status=None, status_text="新增…投入5000万元以上工业项目"),
  proj("和祥润新材料产业园项目", XT, C2, status=None, status_text="新增…投入5000万元以上工业项目"),
  proj("科裕电子项目", XT, C2, status=None, status_text="新增…投入5000万元以上工业项目"),
 ],
 aggregate_facts=[
  fact(XT, "park", "industrial_output_above_scale_cny", 9.513e9, "cny", "新田园区完成规模工业总产值95.13亿元,增幅25.12%", FY3, kind="cumulative", chk=True),
  fact(XT, "park", "industrial_output_above_scale_yoy_growth", 0.2512, "ratio", "完成规模工业总产值95.13亿元,增幅25.12%", FY3, kind="ratio"),
  fact(XT, "park", "industrial_value_added_above_scale_yoy_growth", 0.083, "ratio", "规模工业增加值增幅8.3%", FY3, kind="ratio"),
  fact(XT, "park", "tax_paid_by_industrial_firms_cny", 3.46e7, "cny", "工业企业实缴税金完成3460万元,同比增长43.87%", FY3, kind="cumulative", chk=True),
  fact(XT, "park", "tax_paid_by_industrial_firms_yoy_growth", 0.4387, "ratio", "工业企业实缴税金完成3460万元,同比增长43.87%", FY3, kind="ratio"),
  fact(XT, "park", "new_above_scale_firms", 5, "count", C1, FY3, kind="cumulative"),
  fact(XT, "park", "new_industrial_projects_over_50m", 8, "count", C2, FY3, kind="cumulative"),
  fact(XT, "park", "new_completed_projects_over_50m", 5, "count", C3, FY3, kind="cumulative"),
  fact(XT, "park", "leading_industry_concentration", 0.7955, "ratio", C4, FY3, kind="ratio", opt=True),
  fact(XT, "park", "industrial_concentration", 0.9751, "ratio", C4, FY3, kind="ratio", opt=True),
  fact(XT, "park", "fixed_asset_investment_yoy_growth", 0.235, "ratio", C5, FY3, kind="ratio"),
  fact(XT, "park", "technical_renovation_investment_yoy_growth", 0.295, "ratio", C5, FY3, kind="ratio", opt=True),
  fact(XT, "park", "domestic_capital_used_cny", 1.55e9, "cny", C6, FY3, kind="cumulative", chk=True),
  fact(XT, "park", "foreign_capital_used_usd", 4.101e7, "usd", C6, FY3, kind="cumulative"),
  fact(XT, "park", "domestic_capital_used_yoy_growth", 0.18, "ratio", C6, FY3, kind="ratio", opt=True),
  fact(XT, "park", "foreign_capital_used_yoy_growth", 0.1717, "ratio", C6, FY3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- zs04 黄圃镇 33个重点项目动工 (羊城晚报 2021)
HP = "黄圃镇"
D0 = "维龙粤港澳大湾区国际商贸供应链管理及结算中心项目打下了第一根桩"
D1 = "3月16日,中山市黄圃镇举行“攻坚2021”33个重点项目动工建设启动仪式"
D2 = "活动现场集中动工建设项目33个,投资总额超过100亿元,其中亿元以上项目22个"
D3 = "项目包括京东中山电子商务产业园及运营结算中心、维龙粤港澳大湾区国际商贸供应链管理及结算中心、康丰绿色工业服务中心等5个新引进项目,还有华胜智能家电及电木产品等10个增资扩产项目,强力电器项目等7个三旧改造项目,大岑输变电工程等11个基础设施项目"
D4 = "启动仪式现场动工建设的京东中山电子商务产业园及运营结算中心项目是黄圃镇引进的一个重大项目。京东计划在黄圃投资9亿元"
D5 = "项目占地305亩,建筑面积约20.8万平方米"
D6 = "预计2023年竣工投产,预计达产后年营业收入超160亿元"
PJ4 = "京东中山电子商务产业园及运营结算中心项目"
PJ4b = "维龙粤港澳大湾区国际商贸供应链管理及结算中心项目"
AS4 = "2021年3月16日"
G["zs04"] = dict(
 article=art("33个重点项目正式动工建设", "羊城晚报（数字报 ep.ycwb.com；记者林翎、通讯员黄圃宣）", "2021-03-17", "day",
  "Provincial evening paper's local edition, Guangdong: a town's groundbreaking of 33 key projects — totals, categories with named projects, one e-commerce logistics project's investor, amount, land, floor area, schedule and expected revenue",
  "http://ep.ycwb.com/epaper/ywdf/html/2021-03/17/content_792_368127.htm",
  "日期取网址 2021-03/17；仪式为“3月16日”。标题取版面标题行“33个重点项目正式动工建设 |”（表格竖线为版面格式，已删，make_txt.py HEAD_SUFFIX）；版面前两行竖线已删。存段把全文放在一行、段间以空格隔开，照原样保留为一段（未拆分）。**Cut**：存段在“京东智能产业发展集团副总裁兼华南区大区总经理张毅”处中断，该断句删去（LINE_SUFFIX），文止于“…预计达产后年营业收入超160亿元。”。文中无具名园区（“中山北部万亩重大产业平台”未具名，不列）；黄圃镇为镇（region 事实）。项目：文中点名的六项皆在“集中动工建设项目33个”之列→开工，park null：京东中山电子商务产业园及运营结算中心项目（名称取“启动仪式现场动工建设的…项目”，别名不带“项目”；投资方京东“计划在黄圃投资9亿元”→inv），维龙粤港澳大湾区国际商贸供应链管理及结算中心项目（“打下了第一根桩”），康丰绿色工业服务中心、华胜智能家电及电木产品、强力电器项目、大岑输变电工程（基础设施，可选）。“京东中山电子商务产业园”是项目名，不列园区。公司：京东（投资方，park null）；维龙、康丰、华胜、强力只在项目名中，不列。市领导不列。",
  "zs04"),
 parks=[],
 companies=[
  comp("京东", None, D4, note="投资方；“京东计划在黄圃投资9亿元”"),
 ],
 projects=[
  proj(PJ4, None, D4, companies=["京东"], inv="投资9亿元", status="开工", status_text="启动仪式现场动工建设",
       aliases=["京东中山电子商务产业园及运营结算中心"], note="预计2023年竣工投产"),
  proj(PJ4b, None, D0, status="开工", status_text="打下了第一根桩", aliases=["维龙粤港澳大湾区国际商贸供应链管理及结算中心"]),
  proj("康丰绿色工业服务中心", None, D3, status="开工", status_text="集中动工建设", note="新引进项目"),
  proj("华胜智能家电及电木产品", None, D3, status="开工", status_text="集中动工建设", note="增资扩产项目"),
  proj("强力电器项目", None, D3, status="开工", status_text="集中动工建设", note="三旧改造项目"),
  proj("大岑输变电工程", None, D3, status="开工", status_text="集中动工建设", opt=True, note="基础设施项目"),
 ],
 aggregate_facts=[
  fact(HP, "region", "projects_started", 33, "count", D2, AS4),
  fact(HP, "region", "started_projects_investment_cny", 1e10, "cny", "投资总额超过100亿元,其中亿元以上项目22个", AS4, qual="超", qtext="超过", chk=True),
  fact(HP, "region", "started_projects_over_100m", 22, "count", D2, AS4, opt=True),
  fact(PJ4, "project", "site_area_mu", 305, "mu", D5, AS4, opt=True),
  fact(PJ4, "project", "floor_area_m2", 2.08e5, "m2", D5, AS4, qual="约", qtext="约", opt=True),
  fact(PJ4, "project", "expected_annual_revenue_cny", 1.6e10, "cny", "预计达产后年营业收入超160亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- zs05 中山翠亨新區 (文匯網 2018, traditional)
CH = "中山翠亨新區"
E0 = "中山翠亨新區規劃面積230平方公里,包含翠亨新區起步區(馬鞍島)和南朗鎮"
E1 = "新區以先進裝備製造和健康醫藥為主導產業,有中山中瑞工業園、中德生物醫藥產業園、粵澳全面合作示範區、海峽兩岸交流基地"
E2 = "截至目前,共有超過100家來自全球發達地區的行業標桿性企業和科技型企業入駐"
E3 = "中科院科技成果轉化產業園、哈工大機器人集團華南總部、深圳醫療器械科技園、中興智慧城市等作為產業平台整體引進"
G["zs05"] = dict(
 article=art("（無標題）中山翠亨新區將迎香港立法會大灣區考察團", "文匯網（香港文匯報網站 news.wenweipo.com；大公文匯全媒體記者 黃寶儀；責任編輯:Cancan）", "2018-04-20", "day",
  "Hong Kong paper's news site, traditional script: a Zhongshan new area ahead of a Legislative Council delegation's visit — transport links, planned area and parts, leading industries, the parks inside it, number of firms, platforms introduced",
  "http://news.wenweipo.com/2018/04/20/IN1804200037.htm",
  "日期取網址 2018/04/20。存段無標題（title 為編者概括，取自首句）、無日期行；末行“責任編輯:Cancan”已刪。正文三段，完整。繁體原文（文匯網），未轉換。園區：中山翠亨新區（文中又作“翠亨新區”“新區”；中山市，廣東；級別文中未說）；其中的中山中瑞工業園、中德生物醫藥產業園、粵澳全面合作示範區列為園區（parent 中山翠亨新區）；“海峽兩岸交流基地”與“翠亨新區起步區(馬鞍島)”列可選。“中科院科技成果轉化產業園、哈工大機器人集團華南總部、深圳醫療器械科技園、中興智慧城市等作為產業平台整體引進”：四者為引進的產業平台，列可選項目（park 中山翠亨新區，無狀態、無金額）；哈工大機器人集團只在平台名中，列可選公司。南朗鎮為鎮，不列。林鄭月娥、考察團不列。",
  "zs05", title_note="no headline stored; title made from the lead"),
 parks=[
  park(CH, "中山", "廣東", "新區", E0, aliases=["翠亨新區"], note="文中又作“翠亨新區”“新區”"),
  park("中山中瑞工業園", "中山", "廣東", "工業園", E1, parent=CH),
  park("中德生物醫藥產業園", "中山", "廣東", "產業園（生物醫藥）", E1, parent=CH),
  park("粵澳全面合作示範區", "中山", "廣東", "合作示範區", E1, parent=CH),
  park("海峽兩岸交流基地", "中山", "廣東", "交流基地", E1, parent=CH, opt=True),
  park("翠亨新區起步區", "中山", "廣東", "新區起步區", E0, parent=CH, opt=True, note="文中作“翠亨新區起步區(馬鞍島)”"),
 ],
 companies=[
  comp("哈工大機器人集團", CH, E3, opt=True, note="只在平台名“哈工大機器人集團華南總部”中"),
 ],
 projects=[
  proj("中科院科技成果轉化產業園", CH, E3, status=None, status_text="作為產業平台整體引進", opt=True),
  proj("哈工大機器人集團華南總部", CH, E3, companies=["哈工大機器人集團"], status=None, status_text="作為產業平台整體引進", opt=True),
  proj("深圳醫療器械科技園", CH, E3, status=None, status_text="作為產業平台整體引進", opt=True),
  proj("中興智慧城市", CH, E3, status=None, status_text="作為產業平台整體引進", opt=True),
 ],
 aggregate_facts=[
  fact(CH, "park", "planned_area_km2", 230, "km2", E0, "2018年4月", opt=True),
  fact(CH, "park", "firms", 100, "count", E2, "截至2018年4月", kind="cumulative", qual="超", qtext="超過"),
 ])

# ---------------------------------------------------------------- zs06 彭泽县三家入园轻纺企业集中开工建设 (九江日报 2014)
PH = "彭湖湾轻纺产业园"
PG = "彭湖湾工业园"
F0 = "日前,由江苏南通客商投资落户于彭湖湾轻纺产业园的星爱、大生、九品三家轻纺企业集中开工建设"
F1 = "据了解,轻纺产业是该县彭湖湾工业园重点发展的四大产业之一"
F2 = "按照“园中园”的产业招商模式,目前落户的项目共有5家,总投资30亿元"
F3 = "今年新落户3家,总投资3亿元,目前正在进行基础建设,预计年底建成试生产"
F4 = "正式投产后,3家企业年产值可达5亿元,税收1000万元,安排就业500人"
AS6 = "2014年6月"
G["zs06"] = dict(
 article=art("彭泽县三家入园轻纺企业集中开工建设", "九江日报，经九江视窗网（m.jjscw.com.cn）转载", "2014-06-04", "day",
  "City daily relayed by a city portal, Jiangxi: three textile firms start building in a county's textile park-within-a-park — investors' origin, the park's industries, firms landed and total investment, this year's three firms' investment, schedule and expected output, tax and jobs",
  "http://m.jjscw.com.cn/quxian/pengzexian/2014-06-04/10281.html",
  "日期取页面“2014-06-04 09:59 来源:九江日报”（已删，连同栏目路径、“相关阅读”与版权行）。标题照录。正文两段，完整。园区：彭湖湾轻纺产业园（“园中园”，parent 彭湖湾工业园）与彭湖湾工业园（九江市彭泽县，江西）。公司：星爱、大生、九品三家轻纺企业（“投资落户于彭湖湾轻纺产业园”，园区记轻纺产业园）；三家“集中开工建设”，但文中无项目名，不另列项目。事实：轻纺产业园已落户项目5家、总投资30亿元（cumulative）；今年新落户3家、总投资3亿元；三家投产后年产值、税收、就业为预期（target）。",
  "zs06"),
 parks=[
  park(PH, "九江", "江西", "产业园（轻纺，园中园）", F0, district="彭泽县", parent=PG),
  park(PG, "九江", "江西", "工业园（县级）", F1, district="彭泽县"),
 ],
 companies=[
  comp("星爱", PH, F0, note="江苏南通客商投资；集中开工建设"),
  comp("大生", PH, F0, note="江苏南通客商投资；集中开工建设"),
  comp("九品", PH, F0, note="江苏南通客商投资；集中开工建设"),
 ],
 aggregate_facts=[
  fact(PH, "park", "projects_landed", 5, "count", F2, "截至2014年6月", kind="cumulative"),
  fact(PH, "park", "landed_projects_investment_cny", 3e9, "cny", "目前落户的项目共有5家,总投资30亿元", "截至2014年6月", kind="cumulative", chk=True),
  fact(PH, "park", "projects_landed_this_year", 3, "count", F3, "2014年（截至6月）", kind="cumulative"),
  fact(PH, "park", "projects_landed_this_year_investment_cny", 3e8, "cny", "今年新落户3家,总投资3亿元", "2014年（截至6月）", kind="cumulative", chk=True),
  fact(PH, "park", "new_firms_expected_annual_output_cny", 5e8, "cny", "3家企业年产值可达5亿元,税收1000万元", "投产后（预期）", kind="target", chk=True),
  fact(PH, "park", "new_firms_expected_annual_tax_cny", 1e7, "cny", "税收1000万元", "投产后（预期）", kind="target", opt=True, chk=True),
  fact(PH, "park", "new_firms_expected_jobs", 500, "count", F4, "投产后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zs07 杭州高新区(滨江) 前四月工业 (浙江日报 via 杭州网 2020)
BJ = "杭州高新区(滨江)"
G0 = "杭州市高新区(滨江)规上工业增加值在一季度由负转正且同比增长1.2%的基础上,4月再发力,实现今年前四月规上工业增加值同比增长16.2%"
G1 = "4月,杭州高新区(滨江)工业总产值前30强中,多达24家企业交出同比上涨的“成绩单”。其中,大立科技、博日科技、新华三等企业,达到数倍甚至10倍增幅"
G2 = "该区今年前四月规上工业增加值中,高新技术产业占比超过98%,不仅药品、检测试剂等新产品快速上马,士兰微、矽力杰等集成电路企业也呈现较好增长态势"
G3 = "瞄准井喷的抗疫物资需求,海康威视、大立科技、博日科技、红相科技等企业,“短平快”地掉头研发生产医疗物资"
G4 = "一季度,该区医药制造业、专用设备制造业产值分别增长58.2%和39.1%,4月继续保持高速增长,直接拉动当月出口同比增长42.1%"
G5 = "2019年,该区万人发明专利拥有量达357.57件,位列全省第一"
G["zs07"] = dict(
 article=art("（无标题）杭州高新区(滨江)前四月规上工业增加值同比增长16.2%", "浙江日报（“浙江日报讯”），经杭州网 hznews.hangzhou.com.cn 转载（存段无标题、无署名）", "2020-05-18", "day",
  "Provincial daily relayed by the city portal, Zhejiang: a national high-tech zone's industrial recovery in the first four months of 2020 — value-added growth by period, top-30 firms, high-tech share, named firms, sector output and export growth, patents",
  "https://hznews.hangzhou.com.cn/jingji/content/2020-05/18/content_7736195.htm",
  "日期取网址 2020-05/18（存段无日期行、无标题，title 为编者概括）。存段把全文放在一行、段间以空格隔开，照原样保留为一段（未拆分）。**Cut**：存段在小标题般的断句“有效市场和有为政府结合”处中断，该残段删去（LINE_SUFFIX），文止于“…位列全省第一。”。园区：杭州高新区(滨江)（国家高新区，与滨江区合署；文中又作“杭州市高新区(滨江)”“高新区(滨江)”；city 杭州，district 滨江区）。公司：大立科技、博日科技、新华三、士兰微、矽力杰、海康威视、红相科技皆为区内企业（园区记杭州高新区(滨江)）。事实：一季度与前四月增加值增速（ratio）、前30强中24家增长（可选）、高新技术产业占比超98%（ratio，超）、一季度行业产值增速与4月出口增速（可选）、2019年万人发明专利拥有量（可选）。“杭州高新区(滨江)经信局”为机构，列可选。",
  "zs07", title_note="no headline stored; title made from the lead"),
 parks=[
  park(BJ, "杭州", "浙江", "高新技术产业开发区（国家级）", G1, district="滨江区", aliases=["杭州市高新区(滨江)", "高新区(滨江)"],
       note="文中又作“杭州市高新区(滨江)”“高新区(滨江)”“该区”"),
 ],
 companies=[
  comp("大立科技", BJ, G1),
  comp("博日科技", BJ, G1),
  comp("新华三", BJ, G1),
  comp("士兰微", BJ, G2),
  comp("矽力杰", BJ, G2),
  comp("海康威视", BJ, G3),
  comp("红相科技", BJ, G3),
 ],
 institutions=[
  inst("杭州高新区(滨江)经信局", "杭州高新区(滨江)经信局主要负责人介绍", park=BJ),
 ],
 aggregate_facts=[
  fact(BJ, "park", "industrial_value_added_above_scale_yoy_growth", 0.012, "ratio", G0, "2020年一季度", kind="ratio"),
  fact(BJ, "park", "industrial_value_added_above_scale_yoy_growth", 0.162, "ratio", G0, "2020年1–4月", kind="ratio"),
  fact(BJ, "park", "top30_firms_with_output_growth", 24, "count", G1, "2020年4月", opt=True),
  fact(BJ, "park", "high_tech_share_of_industrial_value_added", 0.98, "ratio", G2, "2020年1–4月", kind="ratio", qual="超", qtext="超过"),
  fact(BJ, "park", "pharma_output_yoy_growth", 0.582, "ratio", G4, "2020年一季度", kind="ratio", opt=True),
  fact(BJ, "park", "special_equipment_output_yoy_growth", 0.391, "ratio", G4, "2020年一季度", kind="ratio", opt=True),
  fact(BJ, "park", "exports_yoy_growth", 0.421, "ratio", G4, "2020年4月", kind="ratio", opt=True),
  fact(BJ, "park", "invention_patents_per_10k_people", 357.57, "count", G5, "2019年", opt=True),
 ])

# ---------------------------------------------------------------- zs08 泉州开发区 新闻背景 (泉州开发区新闻网 2018)
QZ = "泉州开发区"
H0 = "目前,泉州开发区共有各类市场主体6995家,拥有产值超亿元企业46家;税收超亿元企业3家,超千万元企业23家;上市企业8家,挂牌企业15家"
H1 = "平均每15家规上企业就有1家在A股或H股上市;拥有中国驰名商标12件、省著名商标42件,作为主要起草单位参与国家行业标准制定企业17家"
H2 = "今年1-6月份,GDP比增9.8%;工业增加值比增9.1%;第三产业增加值比增14.3%;全社会固定资产投资比增29.5%;社会消费品零售总额比增17.5%;一般公共预算收入比增15.5%;实际利用外资(验资口径)完成全年任务74.9%;外贸出口比增7.2%"
NOW8 = "截至2018年10月（“目前”）"
HY8 = "2018年1–6月"
G["zs08"] = dict(
 article=art("（无标题）【新闻背景】泉州开发区", "泉州开发区新闻网（qzkfqnews.com；分页文章第2页的“新闻背景”框，存段无标题、无署名）", "2018-10-17", "day",
  "Zone news site, Fujian: a background box on a national economic-technological zone — market entities, firms by output and tax bracket, listed firms, trademarks, development direction, half-year growth rates",
  "http://qzkfqnews.com/2018-10/17/content_814395_2.htm",
  "日期取网址 2018-10/17（分页文章 content_814395 的第2页；“今年1-6月份”指 2018 年上半年）。存段只是该页的“【新闻背景】”框，无标题（title 为编者概括）；正文标题与第1页未见。存段全文在一行、段间以空格隔开，照原样保留为一段（未拆分）；行尾表格竖线“ |”已删（LINE_SUFFIX）。框内文字完整。园区：泉州开发区（泉州经济技术开发区，国家级；文中只作“泉州开发区”，不另加全称；city 泉州，province 福建）。无具名企业。事实：市场主体与各类企业数（cumulative，截至发稿）；上半年各项增速（ratio）；“实际利用外资(验资口径)完成全年任务74.9%”为任务完成率（ratio，可选）。",
  "zs08", title_note="no headline stored (page 2 of a paginated article); title made from the box"),
 parks=[
  park(QZ, "泉州", "福建", "经济技术开发区（国家级）", H0, note="即泉州经济技术开发区；文中只作“泉州开发区”"),
 ],
 aggregate_facts=[
  fact(QZ, "park", "market_entities", 6995, "count", H0, NOW8, kind="cumulative"),
  fact(QZ, "park", "firms_output_over_100m", 46, "count", H0, NOW8, kind="cumulative", qual="超", qtext="超"),
  fact(QZ, "park", "firms_tax_over_100m", 3, "count", H0, NOW8, kind="cumulative", qual="超", qtext="超"),
  fact(QZ, "park", "firms_tax_over_10m", 23, "count", H0, NOW8, kind="cumulative", qual="超", qtext="超"),
  fact(QZ, "park", "listed_firms", 8, "count", H0, NOW8, kind="cumulative"),
  fact(QZ, "park", "neeq_listed_firms", 15, "count", H0, NOW8, kind="cumulative", opt=True),
  fact(QZ, "park", "china_well_known_trademarks", 12, "count", H1, NOW8, kind="cumulative", opt=True),
  fact(QZ, "park", "gdp_yoy_growth", 0.098, "ratio", H2, HY8, kind="ratio"),
  fact(QZ, "park", "industrial_value_added_yoy_growth", 0.091, "ratio", H2, HY8, kind="ratio"),
  fact(QZ, "park", "tertiary_value_added_yoy_growth", 0.143, "ratio", H2, HY8, kind="ratio", opt=True),
  fact(QZ, "park", "fixed_asset_investment_yoy_growth", 0.295, "ratio", H2, HY8, kind="ratio"),
  fact(QZ, "park", "retail_sales_yoy_growth", 0.175, "ratio", H2, HY8, kind="ratio", opt=True),
  fact(QZ, "park", "general_budget_revenue_yoy_growth", 0.155, "ratio", H2, HY8, kind="ratio"),
  fact(QZ, "park", "foreign_capital_used_share_of_annual_target", 0.749, "ratio", H2, HY8, kind="ratio", opt=True),
  fact(QZ, "park", "exports_yoy_growth", 0.072, "ratio", H2, HY8, kind="ratio", opt=True),
 ])
