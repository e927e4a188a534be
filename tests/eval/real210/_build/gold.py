# real210 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real49): evidence verbatim (all six items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); “20亿” / “170多亿元” (not digits+亿元) stay unparsed: project investment_cny null, fact metric without the _cny suffix.
# Growth rates and shares as ratios. Projects: the park the text places the project in. Status from the text's words:
# 奠基 / 开工新建 → 开工; 建成投产 / 点火投产 → 投产; 续建 / 正在建设 → 在建; 正在做前期工作 / 准备开工 → planned.
# Year-to-date figures (“1至9月份”, “截至目前”, “已完成”) are cumulative; design figures of a plant not yet built are target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/taNN.raw as returned.

# ---------------------------------------------------------------- ta01 民和 下川口工业园区 (我的钢铁网 2011)
XC = "下川口工业园区"
A0 = "截至目前,下川口工业园区建设已完成投资14.1亿元,其中基础设施建设投资5.5亿元,入驻企业项目建设完成固定资产投资8.6亿元"
A1 = "投产企业已完成工业产值3.1亿元,完成工业增加值1.02亿元,生产电石1.28万吨,碳化硅3.2万吨,上缴利税236万元"
A2 = "其中:民和乐华冶炼、民和恒利达碳化硅、民和文宏磨料科技等三家企业已点火投产"
A3 = "青投公司10万吨/年新型交通运输用铝合金挤压材和15万吨铝基合金棒项目、青海鸿盛特种硅业有限公司年产10万吨硅铁项目一期工程、民和云峰福利铁合金厂4×2.5万KVA硅铁项目、兰州光大碳素有限公司年产5万吨碳素项目等四个工业项目正在抓紧续建"
A4 = "年产16万吨硅铁、年产12万吨金属硅、年产8万吨铁合金、年产2万吨切割刃料、年货物吞吐量3000万吨物流项目、年产10万吨太阳能晶硅电池刃料、年产120万吨精选煤、100万吨水泥粉磨站等8家企业已全面开工新建"
A5 = "年产5万吨铬酸盐、年产240万吨洗煤厂、4×600MW火电机组、“天路桃花源”旅游度假区等五个项目正在做前期工作和即将准备开工"
A6 = "这些入驻园区的续建、新建和即将开工建设的工业项目总投资达170多亿元"
AS1 = "2011年2月（截至发稿）"
G["ta01"] = dict(
 article=art("民和县工业园区建设完成投资14余亿元", "我的钢铁网（Mysteel，thj.mysteel.com；原发媒体与署名未注明）", "2011-02-15", "day",
  "Steel-trade portal's regional news, Qinghai: a county industrial park's cumulative investment and output, firms in production, four named plant projects under way, eight started, five in preparation",
  "https://thj.mysteel.com/11/0215/08/9C4F0705F6604239.html",
  "日期取页面“2011-02-15 08:52 来源: 我的钢铁网”，该行与页尾“相关文章 / 钢铁资源 / 请输入关键字…”已删。标题照录（标题作“14余亿元”，正文作“14.1亿元”）。正文两段，完整。园区：下川口工业园区（民和回族土族自治县，海东，青海；标题作“民和县工业园区”，列 alias；正文又作“工业园区”“园区”）。公司：三家已点火投产的企业（民和乐华冶炼、民和恒利达碳化硅、民和文宏磨料科技）与续建项目的业主（青投公司、青海鸿盛特种硅业有限公司、民和云峰福利铁合金厂、兰州光大碳素有限公司），均在园区。项目：续建四项→在建（鸿盛为“一期工程”）；“8家企业已全面开工新建”的八项只有产品规模、无业主名→开工，可选；“正在做前期工作和即将准备开工”的四项（文称五个，列出四个）→planned，可选。事实：截至发稿的累计投资、基础设施投资、企业固定资产投资、投产企业产值 / 增加值 / 利税（cumulative）；入园企业20家；项目总投资170多亿元（余）。",
  "ta01"),
 parks=[
  park(XC, "海东", "青海", "工业园区", A0, district="民和回族土族自治县", aliases=["民和县工业园区"], note="标题作“民和县工业园区”；文中又作“工业园区”“园区”"),
 ],
 companies=[
  comp("民和乐华冶炼", XC, A2, note="已点火投产"),
  comp("民和恒利达碳化硅", XC, A2, note="已点火投产"),
  comp("民和文宏磨料科技", XC, A2, note="已点火投产"),
  comp("青投公司", XC, A3, opt=True, note="只在项目名中；简称"),
  comp("青海鸿盛特种硅业有限公司", XC, A3, note="续建项目业主"),
  comp("民和云峰福利铁合金厂", XC, A3, note="续建项目业主"),
  comp("兰州光大碳素有限公司", XC, A3, note="续建项目业主"),
 ],
 projects=[
  proj("青投公司10万吨/年新型交通运输用铝合金挤压材和15万吨铝基合金棒项目", XC, A3, companies=["青投公司"], status="在建", status_text="正在抓紧续建"),
  proj("青海鸿盛特种硅业有限公司年产10万吨硅铁项目", XC, A3, companies=["青海鸿盛特种硅业有限公司"], phase="一期工程", status="在建", status_text="正在抓紧续建",
       aliases=["年产10万吨硅铁项目"], note="文作“…年产10万吨硅铁项目一期工程”"),
  proj("民和云峰福利铁合金厂4×2.5万KVA硅铁项目", XC, A3, companies=["民和云峰福利铁合金厂"], status="在建", status_text="正在抓紧续建"),
  proj("兰州光大碳素有限公司年产5万吨碳素项目", XC, A3, companies=["兰州光大碳素有限公司"], status="在建", status_text="正在抓紧续建"),
  proj("年产16万吨硅铁", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="只有产品规模，无业主名"),
  proj("年产12万吨金属硅", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("年产8万吨铁合金", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("年产2万吨切割刃料", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("年货物吞吐量3000万吨物流项目", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("年产10万吨太阳能晶硅电池刃料", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("年产120万吨精选煤", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("100万吨水泥粉磨站", XC, A4, status="开工", status_text="已全面开工新建", opt=True, note="同上"),
  proj("年产5万吨铬酸盐", XC, A5, status="planned", status_text="正在做前期工作和即将准备开工", opt=True),
  proj("年产240万吨洗煤厂", XC, A5, status="planned", status_text="正在做前期工作和即将准备开工", opt=True),
  proj("4×600MW火电机组", XC, A5, status="planned", status_text="正在做前期工作和即将准备开工", opt=True),
  proj("“天路桃花源”旅游度假区", XC, A5, status="planned", status_text="正在做前期工作和即将准备开工", opt=True),
 ],
 aggregate_facts=[
  fact(XC, "park", "investment_completed_cny", 1.41e9, "cny", A0, AS1, kind="cumulative", chk=True),
  fact(XC, "park", "infrastructure_investment_cny", 5.5e8, "cny", "其中基础设施建设投资5.5亿元", AS1, kind="cumulative", chk=True),
  fact(XC, "park", "firms_fixed_asset_investment_cny", 8.6e8, "cny", "入驻企业项目建设完成固定资产投资8.6亿元", AS1, kind="cumulative", chk=True),
  fact(XC, "park", "industrial_output_cny", 3.1e8, "cny", A1, AS1, kind="cumulative", chk=True, note="投产企业已完成工业产值"),
  fact(XC, "park", "industrial_value_added_cny", 1.02e8, "cny", "完成工业增加值1.02亿元", AS1, kind="cumulative", chk=True),
  fact(XC, "park", "profit_tax_cny", 2.36e6, "cny", "上缴利税236万元", AS1, kind="cumulative", chk=True),
  fact(XC, "park", "calcium_carbide_output_t", 12800, "t", "生产电石1.28万吨", AS1, kind="cumulative", opt=True),
  fact(XC, "park", "silicon_carbide_output_t", 32000, "t", "碳化硅3.2万吨", AS1, kind="cumulative", opt=True),
  fact(XC, "park", "firms", 20, "count", "据了解,目前,已入住工业园区的企业达20家", AS1),
  fact(XC, "park", "firms_in_production", 3, "count", A2, AS1),
  fact(XC, "park", "projects_under_construction", 4, "count", A3, AS1, opt=True),
  fact(XC, "park", "projects_started", 8, "count", A4, AS1, opt=True),
  fact(XC, "park", "projects_in_preparation", 5, "count", A5, AS1, opt=True),
  fact(XC, "park", "projects_total_investment", 1.7e10, "cny", A6, AS1, qual="余", qtext="多", note="续建、新建和即将开工的工业项目；“170多亿元”不是“数字+亿元”，metric 不带 _cny 后缀（check_gold 只解析数字+亿元）"),
 ])

# ---------------------------------------------------------------- ta02 天水日报 2012 关中—天水经济区 three parks
TSK = "天水经济技术开发区"
CD = "长城电工天水电工电器产业园"
XH = "星火产业园"
HT = "华天电子科技园"
B0 = "4月19日,长城电工天水电工电器产业园奠基暨天水电器集团有限责任公司揭牌仪式在天水经济技术开发区举行"
B1 = "其中,华天电子科技园、长城电工产业园、星火产业园三大产业园区是重中之重"
B2 = "——星火产业园区总投资20亿,一期工程投资7.7亿,现已完成4亿多元"
B3 = "2009年、2010年、2011年我市地区生产总值分别增长10.4%、11.5%和12%"
AS2 = "2012年5月"
G["ta02"] = dict(
 article=art("（无标题）天水日报：关中—天水经济区规划实施以来天水三大产业园区项目建设", "天水日报（姬建中、徐建强），载于 天天天水网 tsrb.com.cn", "2012-05-14", "day",
  "City daily's feature, Gansu: three years of the Guanzhong–Tianshui economic zone plan — an electrical-equipment industrial park's groundbreaking in the economic and technological development zone with a group company's unveiling, the city's three key industrial parks, one park's total and phase-1 investment",
  "http://www.tsrb.com.cn/xwzx/2012-05/14/content_302941.htm",
  "日期取网址 2012-05/14（存段无日期行、无标题，title 为编者概括）。存段首行“●天天天水网-天水日报姬建中 徐建强/文”（署名行）已删，署名记于 outlet。存段在“——华天电子科技园一期项目已经全部建成并投入使用,科”处中断，该残段整段不收（make_txt.py ITEMS），正文截至“…已进入收尾阶段。”，含小标题“项目 投资 建设是主题词”，共七段（长篇通讯只存开头）。园区：天水经济技术开发区（天水，甘肃）；长城电工天水电工电器产业园（在天水经济技术开发区奠基，又作“长城电工产业园”，母园区天水经济技术开发区）；华天电子科技园、星火产业园（文又作“星火产业园区”）——三大产业园区，所在开发区文未说明。“关中—天水经济区”为国家规划区域，不作园区。公司：长城电工天水电器集团有限责任公司（文又作“天水电器集团有限责任公司”，在开发区揭牌）。项目：长城电工天水电工电器产业园奠基→开工（园区开发项目，所在园区天水经济技术开发区）；星火产业园区“总投资20亿”（原文无“元”，investment_text 照录、investment_cny 留空，如 real39 的 unparsed）、一期7.7亿、已完成4亿多元——作园区事实，另列可选项目（所在园区文未说明，park null）。天水市 GDP 增速为城市事实，可选。",
  "ta02"),
 parks=[
  park(TSK, "天水", "甘肃", "经济技术开发区", B0),
  park(CD, "天水", "甘肃", "产业园", B0, parent=TSK, aliases=["长城电工产业园"], note="在天水经济技术开发区奠基；文中又作“长城电工产业园”"),
  park(HT, "天水", "甘肃", "产业园", B1, note="天水三大产业园区之一"),
  park(XH, "天水", "甘肃", "产业园", B1, aliases=["星火产业园区"], note="天水三大产业园区之一；又作“星火产业园区”"),
 ],
 companies=[
  comp("长城电工天水电器集团有限责任公司", TSK, "长城电工天水电器集团有限责任公司名牌露出闪闪金光", aliases=["天水电器集团有限责任公司"], note="在天水经济技术开发区揭牌"),
 ],
 projects=[
  proj(CD, TSK, B0, status="开工", status_text="奠基", note="园区开发项目；奠基→开工"),
  proj("星火产业园区", None, B2, inv="总投资20亿", unparsed=True, status="在建", status_text="现已完成4亿多元", opt=True,
       note="园区即项目；原文“20亿”无“元”；所在开发区文未说明"),
 ],
 aggregate_facts=[
  fact(XH, "park", "planned_investment", 2e9, "cny", B2, AS2, kind="target", note="“总投资20亿”（无“元”）；metric 不带 _cny 后缀"),
  fact(XH, "park", "phase1_investment", 7.7e8, "cny", "一期工程投资7.7亿", AS2, kind="target", note="“7.7亿”（无“元”）；metric 不带 _cny 后缀"),
  fact(XH, "park", "investment_completed", 4e8, "cny", "现已完成4亿多元", AS2, kind="cumulative", qual="余", qtext="多", note="“4亿多元”；metric 不带 _cny 后缀"),
  fact(XH, "park", "heavy_assembly_workshop_area_m2", 20000, "m2", "2万多平方米的重型装配车间已经完工", AS2, qual="余", qtext="多", opt=True),
  fact(XH, "park", "large_assembly_workshop_area_m2", 34000, "m2", "3.4万平方米的大型装配车间工程已进入收尾阶段", AS2, opt=True),
  fact("天水市", "region", "gdp_yoy_growth", 0.104, "ratio", B3, "2009年", kind="ratio", opt=True),
  fact("天水市", "region", "gdp_yoy_growth", 0.115, "ratio", B3, "2010年", kind="ratio", opt=True),
  fact("天水市", "region", "gdp_yoy_growth", 0.12, "ratio", B3, "2011年", kind="ratio", opt=True),
  fact("天水市", "region", "population", 3600000, "persons", "市委、市政府率领全市360万人民", AS2, opt=True),
 ])

# ---------------------------------------------------------------- ta03 兰州新区 2012 (每日甘肃网 via 泵阀商务网)
LZ = "兰州新区"
C0 = "今年兰州新区的基础设施建设在全面推进,城市框架已逐步形成,综合服务体系逐步建立,招商引资规模不断扩大,产业集聚效应显现,已有中国铁建、中航工业等11家世界500强企业落户兰州新区"
C1 = "截至9月中旬,兰州新区共实施招商引资项目103个,总投资838.77亿元"
C2 = "其中兰州吉利汽车扩能改造、大成聚光太阳能等8个项目已建成投产,总投资13.12亿元"
C3 = "中铁建装备制造基地、亚太工业科技总部基地等45个项目正在建设,总投资409.65亿元"
C4 = "中国四联高新技术西北产业基地、重庆斌鑫集团兰州新区东南片区建设用地土地开发整理项目等50个项目正在做前期工作并准备开工,总投资416亿元"
C5 = "近期,与中国化工集团、南翔万商物流产业股份有限公司、正威集团、碧桂园控股集团等20多个重点项目正在对接洽谈"
C6 = "中央、省属企业出城入园在积极推进,兰电、兰通、青岛啤酒等企业已动工建设,兰石、兰飞、万里等企业出城入园项目完成土地选址"
C7 = "目前,已引进中石油、工商银行、国家电网、中国移动、中国电信、中国铁建、中航工业、吉利汽车、三一重工、中国邮政、新兴际华集团等11家世界500强企业"
C8 = "引进太平洋建设集团、盛达集团等4家中国民营500强企业"
C9 = "1至9月份,兰州新区引进到位资金69.47亿元,完成年计划80亿元总额的86.84%"
C10 = "新签约项目45个,总投资380.84亿元,引进到位资金17.76亿元;结转项目39个,本年度新增到位资金51.71亿元"
AS3 = "2012年9月中旬"
AS3b = "2012年1–9月"
G["ta03"] = dict(
 article=art("多个招商引资项目入驻兰州新区", "每日甘肃网，载于 泵阀商务网（m.bf35.com）", "2012-11-07", "day",
  "Pump-and-valve trade portal relaying a provincial news site, Gansu: a new area's investment projects by stage (in production, under construction, in preparation) with counts and totals, Fortune-500 and private-500 firms brought in, funds in place, new signings",
  "https://m.bf35.com/News/detail/33259.html",
  "日期取页面“2012/11/7 15:34”（其后“4249”为阅读数，粘连）。站名、登录、日期来源行已删。标题照录。存段在第三个小标题“兰州隧道装备有限公司厂区基建完成95%”之后的段落“…在今年举行的第18届兰洽会上,兰州新区签”处中断；该小标题与残段均不收（make_txt.py ITEMS），正文截至“…本年度新增到位资金51.71亿元。”，含小标题“兰州新区吸引103个招商引资项目入驻”，共四段。园区：兰州新区（兰州，甘肃；2012年8月获批国家级新区——文未说明，kind 记“新区”）。项目（均在兰州新区）：兰州吉利汽车扩能改造、大成聚光太阳能（已建成投产→投产）；中铁建装备制造基地、亚太工业科技总部基地（正在建设→在建）；中国四联高新技术西北产业基地、重庆斌鑫集团兰州新区东南片区建设用地土地开发整理项目（正在做前期工作并准备开工→planned）。公司：中国铁建、中航工业（“落户兰州新区”，必列）；其余九家世界500强与两家民营500强“已引进”（可选，园区兰州新区）；兰电、兰通、青岛啤酒（出城入园已动工，可选）；兰石、兰飞、万里（完成土地选址，可选）；洽谈中的中国化工集团等四家（可选，园区 null）；重庆斌鑫集团（只在项目名中，可选）。事实：截至9月中旬项目数与总投资（按阶段分列）；1至9月到位资金、年计划、完成率；新签约项目与投资、到位资金；结转项目与新增到位资金（可选）。",
  "ta03"),
 parks=[
  park(LZ, "兰州", "甘肃", "新区", C1, note="国家级新区（文未说明）"),
 ],
 companies=[
  comp("中国铁建", LZ, C0, note="世界500强，落户兰州新区"),
  comp("中航工业", LZ, C0, note="世界500强，落户兰州新区"),
  comp("中石油", LZ, C7, opt=True, note="已引进的世界500强"),
  comp("工商银行", LZ, C7, opt=True, note="同上"),
  comp("国家电网", LZ, C7, opt=True, note="同上"),
  comp("中国移动", LZ, C7, opt=True, note="同上"),
  comp("中国电信", LZ, C7, opt=True, note="同上"),
  comp("吉利汽车", LZ, C7, opt=True, note="同上；另见项目兰州吉利汽车扩能改造"),
  comp("三一重工", LZ, C7, opt=True, note="同上"),
  comp("中国邮政", LZ, C7, opt=True, note="同上"),
  comp("新兴际华集团", LZ, C7, opt=True, note="同上"),
  comp("太平洋建设集团", LZ, C8, opt=True, note="民营500强"),
  comp("盛达集团", LZ, C8, opt=True, note="民营500强"),
  comp("兰电", LZ, C6, opt=True, note="出城入园，已动工建设"),
  comp("兰通", LZ, C6, opt=True, note="出城入园，已动工建设"),
  comp("青岛啤酒", LZ, C6, opt=True, note="出城入园，已动工建设"),
  comp("兰石", LZ, C6, opt=True, note="出城入园项目完成土地选址"),
  comp("兰飞", LZ, C6, opt=True, note="同上"),
  comp("万里", LZ, C6, opt=True, note="同上"),
  comp("中国化工集团", None, C5, opt=True, note="正在对接洽谈"),
  comp("南翔万商物流产业股份有限公司", None, C5, opt=True, note="正在对接洽谈"),
  comp("正威集团", None, C5, opt=True, note="正在对接洽谈"),
  comp("碧桂园控股集团", None, C5, opt=True, note="正在对接洽谈"),
  comp("重庆斌鑫集团", LZ, C4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("兰州吉利汽车扩能改造", LZ, C2, companies=["吉利汽车"], status="投产", status_text="已建成投产"),
  proj("大成聚光太阳能", LZ, C2, status="投产", status_text="已建成投产"),
  proj("中铁建装备制造基地", LZ, C3, status="在建", status_text="正在建设"),
  proj("亚太工业科技总部基地", LZ, C3, status="在建", status_text="正在建设"),
  proj("中国四联高新技术西北产业基地", LZ, C4, status="planned", status_text="正在做前期工作并准备开工"),
  proj("重庆斌鑫集团兰州新区东南片区建设用地土地开发整理项目", LZ, C4, companies=["重庆斌鑫集团"], status="planned", status_text="正在做前期工作并准备开工"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "projects_count", 103, "count", C1, AS3, kind="cumulative", note="实施招商引资项目"),
  fact(LZ, "park", "projects_total_investment_cny", 8.3877e10, "cny", C1, AS3, kind="cumulative", chk=True),
  fact(LZ, "park", "projects_in_production", 8, "count", C2, AS3, kind="cumulative"),
  fact(LZ, "park", "projects_in_production_investment_cny", 1.312e9, "cny", C2, AS3, kind="cumulative", chk=True),
  fact(LZ, "park", "projects_under_construction", 45, "count", C3, AS3),
  fact(LZ, "park", "projects_under_construction_investment_cny", 4.0965e10, "cny", C3, AS3, chk=True),
  fact(LZ, "park", "projects_in_preparation", 50, "count", C4, AS3),
  fact(LZ, "park", "projects_in_preparation_investment_cny", 4.16e10, "cny", C4, AS3, chk=True),
  fact(LZ, "park", "fortune500_firms", 11, "count", C7, AS3, kind="cumulative"),
  fact(LZ, "park", "private500_firms", 4, "count", C8, AS3, kind="cumulative", opt=True),
  fact(LZ, "park", "capital_in_place_cny", 6.947e9, "cny", C9, AS3b, kind="cumulative", chk=True),
  fact(LZ, "park", "capital_in_place_plan_cny", 8e9, "cny", "完成年计划80亿元总额的86.84%", "2012年全年（计划）", kind="target", chk=True),
  fact(LZ, "park", "capital_in_place_plan_completion", 0.8684, "ratio", "完成年计划80亿元总额的86.84%", AS3b, kind="ratio", opt=True),
  fact(LZ, "park", "projects_signed", 45, "count", C10, AS3b, kind="cumulative"),
  fact(LZ, "park", "signed_investment_cny", 3.8084e10, "cny", C10, AS3b, kind="cumulative", chk=True),
  fact(LZ, "park", "signed_projects_capital_in_place_cny", 1.776e9, "cny", "引进到位资金17.76亿元", AS3b, kind="cumulative", chk=True),
  fact(LZ, "park", "carried_over_projects", 39, "count", C10, AS3b, opt=True),
  fact(LZ, "park", "carried_over_capital_in_place_cny", 5.171e9, "cny", "本年度新增到位资金51.71亿元", AS3b, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ta04 兰州铸造工业园区 groundbreaking (company site 2014)
XH4 = "兰州新区循环经济产业园"
ZZ = "兰州铸造工业园区"
D0 = "兰州市皋兰县黑石川乡是兰州新区循环经济产业园所在地。2013年12月30日中午,备受各界关注的西北地区最大的兰州城区铸造企业出城入园项目——“兰州铸造工业园区”项目正式在这里培土奠基"
D1 = "项目占地1700亩,计划投资38亿元,从2014年起分三期在2019年完成"
D2 = "项目建成后设计年产铸件80万吨、产值60亿元,缴纳税金3亿元"
G["ta04"] = dict(
 article=art("（无标题）“兰州铸造工业园区”项目在兰州新区循环经济产业园奠基", "gcjxyyy.com（企业网站“行业焦点”栏转载；公司名、原发媒体与署名在存段中未注明）", "2014-01-10", "day",
  "Company website's industry-news column, Gansu: groundbreaking of a foundry industrial park in a new area's circular-economy industrial park — site area, planned investment in three phases, relocation of the city's foundries, designed output, output value and tax",
  "http://gcjxyyy.com/web/xwzx/hyjd/2014-01-10/3282.html",
  "日期取网址 2014-01-10（存段无标题、无日期行，title 为编者概括；奠基在2013年12月30日）。存段末行“|”（表格线）已删。正文三段，完整。“到2013年10月底”原文如此（或为笔误），照录。园区：兰州新区循环经济产业园（皋兰县黑石川乡，兰州，甘肃；母园区兰州新区——只在园区名中出现，兰州新区另列为可选园区）；兰州铸造工业园区（在建园区，位于兰州新区循环经济产业园）。项目：“兰州铸造工业园区”项目，培土奠基→开工，计划投资38亿元，所在园区兰州新区循环经济产业园。事实：占地1700亩；设计年产铸件80万吨、产值60亿元、税金3亿元（target）。",
  "ta04"),
 parks=[
  park(XH4, "兰州", "甘肃", "产业园（循环经济）", D0, district="皋兰县", parent="兰州新区", note="皋兰县黑石川乡"),
  park(ZZ, "兰州", "甘肃", "工业园区（铸造）", D0, district="皋兰县", parent=XH4, note="新建园区，即奠基项目"),
  park("兰州新区", "兰州", "甘肃", "新区", D0, opt=True, note="只在“兰州新区循环经济产业园”名中"),
 ],
 companies=[],
 projects=[
  proj(ZZ, XH4, D1, inv="计划投资38亿元", status="开工", status_text="培土奠基", aliases=["“兰州铸造工业园区”项目", "兰州城区铸造企业出城入园项目"],
       note="奠基见首段；分三期，2014—2019年"),
 ],
 aggregate_facts=[
  fact(ZZ, "project", "site_area_mu", 1700, "mu", D1, "2013年12月", ),
  fact(ZZ, "project", "planned_investment_cny", 3.8e9, "cny", D1, "2013年12月", kind="target", chk=True),
  fact(ZZ, "project", "designed_castings_output_t", 800000, "t", D2, "建成后（设计）", kind="target", opt=True),
  fact(ZZ, "project", "expected_annual_output_cny", 6e9, "cny", "产值60亿元", "建成后（设计）", kind="target", chk=True),
  fact(ZZ, "project", "expected_annual_tax_cny", 3e8, "cny", "缴纳税金3亿元", "建成后（设计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ta05 榆神工业区 1–9月 2013 (k0912.com)
YS = "榆神工业区"
E0 = "今年,在国际、国内经济运行持续下行,主要工业品价格大幅下降,工业经济发展极其困难的形势下,榆神工业区全力以赴保增长"
E1 = "1至9月份,全区完成固定资产投资45.64亿元,同比增长12.25%"
E2 = "生产总值67.83亿元,同比增长17.7%"
E3 = "工业总产值140.87亿元,同比增长7.67%"
E4 = "工业增加值66.41亿元,同比增长6.19%"
E5 = "上缴税金18.73亿元,同比增长4.35%,完成全年计划的93.65%"
E6 = "截至目前,重点引进了陶氏、神华、延长石油、陕煤等国内和世界500强大企业,累计落地项目92个,招商引资2300亿元,完成投资550亿元,入区企业达到372户,规模以上企业65户,产值上亿元企业30户"
AS5 = "2013年1–9月"
AS5c = "2013年9月底（累计）"
G["ta05"] = dict(
 article=art("（无标题）榆神工业区前三季度经济指标稳步增长", "k0912.com（榆林本地网站；页末注“来源:网络”，原发媒体与署名未注明）", "2013-11-16", "day",
  "Local web portal relaying an unnamed source, Shaanxi: an industrial zone's January–September figures (fixed-asset investment, GDP, industrial output and value added, taxes, with growth rates), cumulative projects, investment and firms, major products",
  "https://k0912.com/w/5482/8888.jsp?id=20131116122709597377",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 id 20131116122709…（2013-11-16），年份只由此推定，文中只作“今年”“1至9月份”。末行粘连的“ 来源:网络 |”已删（make_txt.py LINE_SUFFIX）。正文四段，完整。园区：榆神工业区（榆林，陕西；后为榆林经济技术开发区——文未说明）。公司：陶氏、神华、延长石油、陕煤（“重点引进了”，在园区）。无具体项目。事实：1至9月的固定资产投资、生产总值、工业总产值、工业增加值、上缴税金（cumulative）及其增速（ratio）；截至目前累计落地项目、招商引资、完成投资、入区企业、规上企业、亿元企业（cumulative）；主要产品产量（可选）。",
  "ta05"),
 parks=[
  park(YS, "榆林", "陕西", "工业区", E0, note="文中又作“全区”“该区”"),
 ],
 companies=[
  comp("陶氏", YS, E6, note="重点引进的500强企业"),
  comp("神华", YS, E6, note="同上"),
  comp("延长石油", YS, E6, note="同上"),
  comp("陕煤", YS, E6, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YS, "park", "fixed_asset_investment_cny", 4.564e9, "cny", E1, AS5, kind="cumulative", chk=True),
  fact(YS, "park", "fixed_asset_investment_yoy_growth", 0.1225, "ratio", E1, AS5, kind="ratio"),
  fact(YS, "park", "gdp_cny", 6.783e9, "cny", E2, AS5, kind="cumulative", chk=True),
  fact(YS, "park", "gdp_yoy_growth", 0.177, "ratio", E2, AS5, kind="ratio"),
  fact(YS, "park", "industrial_output_cny", 1.4087e10, "cny", E3, AS5, kind="cumulative", chk=True),
  fact(YS, "park", "industrial_output_yoy_growth", 0.0767, "ratio", E3, AS5, kind="ratio"),
  fact(YS, "park", "industrial_value_added_cny", 6.641e9, "cny", E4, AS5, kind="cumulative", chk=True),
  fact(YS, "park", "industrial_value_added_yoy_growth", 0.0619, "ratio", E4, AS5, kind="ratio"),
  fact(YS, "park", "taxes_paid_cny", 1.873e9, "cny", E5, AS5, kind="cumulative", chk=True),
  fact(YS, "park", "taxes_paid_yoy_growth", 0.0435, "ratio", E5, AS5, kind="ratio"),
  fact(YS, "park", "taxes_annual_plan_completion", 0.9365, "ratio", E5, AS5, kind="ratio", opt=True),
  fact(YS, "park", "projects_landed", 92, "count", E6, AS5c, kind="cumulative"),
  fact(YS, "park", "investment_attracted_cny", 2.3e11, "cny", "招商引资2300亿元", AS5c, kind="cumulative", chk=True),
  fact(YS, "park", "investment_completed_cny", 5.5e10, "cny", "完成投资550亿元", AS5c, kind="cumulative", chk=True),
  fact(YS, "park", "firms", 372, "count", E6, AS5c),
  fact(YS, "park", "above_scale_firms", 65, "count", E6, AS5c),
  fact(YS, "park", "firms_output_over_100m", 30, "count", E6, AS5c),
  fact(YS, "park", "raw_coal_output_t", 1.36246e7, "t", "原煤生产1362.46万吨,同比增长7.49%", AS5, kind="cumulative", opt=True),
  fact(YS, "park", "power_generation_kwh", 1.336e10, "kwh", "发电133.6亿千瓦时,同比增长2.3%", AS5, kind="cumulative", opt=True),
  fact(YS, "park", "pvc_output_t", 534400, "t", "聚氯乙烯53.44万吨,同比增长23.36%", AS5, kind="cumulative", opt=True),
  fact(YS, "park", "caustic_soda_output_t", 379200, "t", "烧碱37.92万吨,同比增长20.38%", AS5, kind="cumulative", opt=True),
  fact(YS, "park", "cement_output_t", 736500, "t", "水泥73.65万吨,同比增长3.37%", AS5, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ta06 西宁经济技术开发区 2014 output (青海新闻网 via baogaosu)
XN = "西宁经济技术开发区"
F0 = "去年,西宁(国家级)经济技术开发区企业在“大浪淘金”的大背景下,通过一次次技改、转型升级,站稳市场,工业总产值突破千亿元大关,达到1026.8亿元"
F1 = "青海新闻网讯 青海原创电子实业有限公司以开发LED元器件为基础研制开发新产品,已申请发明专利7项"
F2 = "作为亚洲目前最大的高纯硅铁生产基地,百通公司利用铁合金矿热炉余热发电技术,每生产一吨硅铁就能降低消耗500多度电"
F3 = "2014年,开发区企业新设立化成箔科技研发中心、晶体硅科技研发中心等各类研发平台23个,企业各类研发平台达到61个,获得科技成果25项、专利160项"
F4 = "目前,开发区高新技术企业已达36户,科技型企业达到51户,高新技术企业完成产值140亿元,比上年增长76%"
AS6 = "2014年"
G["ta06"] = dict(
 article=art("西宁经济技术开发区工业总产值首破千亿元大关", "青海新闻网，载于 xining.baogaosu.com（报告素 西宁频道）", "2015-02-04", "day",
  "City-channel aggregator relaying a provincial news site, Qinghai: a national economic and technological development zone's 2014 industrial output passing 100 billion yuan, two named firms, R&D platforms, high-tech and tech-based firms and high-tech output",
  "http://xining.baogaosu.com/xinwen/%E5%BC%80%E5%8F%91%E5%8C%BA%E5%B7%A5%E4%B8%9A%E6%80%BB%E4%BA%A7%E5%80%BC%E9%A6%96%E7%A0%B4%E5%8D%83%E4%BA%BF%E5%85%83/29180892",
  "日期取页面“04.02.2015 10:49”（日.月.年），该行已删。标题照录。正文两段，完整。园区：西宁经济技术开发区（正文作“西宁(国家级)经济技术开发区”，又作“开发区”“园区”；西宁，青海）。公司：青海原创电子实业有限公司、百通公司（均为开发区企业，由语境推定）。无具体项目（“化成箔科技研发中心、晶体硅科技研发中心”为研发平台，不作项目）。事实：2014年工业总产值1026.8亿元；研发平台新设23个、共61个；科技成果25项、专利160项；高新技术企业36户、科技型企业51户；高新技术企业产值140亿元、增长76%；电解铝延深加工产能70%以上（可选）；原创电子申请发明专利7项（可选）。",
  "ta06"),
 parks=[
  park(XN, "西宁", "青海", "国家级经济技术开发区", F0, aliases=["西宁(国家级)经济技术开发区"], note="标题作“西宁经济技术开发区”；正文作“西宁(国家级)经济技术开发区”"),
 ],
 companies=[
  comp("青海原创电子实业有限公司", XN, F1, note="开发区企业（语境）"),
  comp("百通公司", XN, F2, note="高纯硅铁生产基地；开发区企业（语境）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XN, "park", "industrial_output_cny", 1.0268e11, "cny", F0, AS6, chk=True),
  fact(XN, "park", "rd_platforms_new", 23, "count", F3, AS6),
  fact(XN, "park", "rd_platforms", 61, "count", F3, "2014年末", kind="cumulative"),
  fact(XN, "park", "tech_achievements", 25, "count", F3, AS6, opt=True),
  fact(XN, "park", "patents", 160, "count", F3, AS6, opt=True),
  fact(XN, "park", "high_tech_firms", 36, "count", F4, "2015年初"),
  fact(XN, "park", "tech_based_firms", 51, "count", F4, "2015年初"),
  fact(XN, "park", "high_tech_output_cny", 1.4e10, "cny", "高新技术企业完成产值140亿元,比上年增长76%", AS6, chk=True),
  fact(XN, "park", "high_tech_output_yoy_growth", 0.76, "ratio", "高新技术企业完成产值140亿元,比上年增长76%", AS6, kind="ratio"),
  fact(XN, "park", "aluminium_downstream_processing_share", 0.70, "ratio", "电解铝延深加工产能达到70%以上", AS6, kind="ratio", qual="超", qtext="以上", opt=True),
  fact("青海原创电子实业有限公司", "company", "invention_patents_applied", 7, "count", F1, "2015年初", opt=True),
 ])
