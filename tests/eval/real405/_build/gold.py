# real405 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art copied from real52 unchanged).
# Conventions as real52: evidence verbatim (all nine items simplified script as published); names as written; 超过/超 → 超,
# 约 → 约, 多/余 → 余. Yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the
# park the text places them in, null where the text names only a county / subdistrict. Status from the text's words (签约 /
# 签约落户 → 签约; 开工 / 集中开工 / 宣告开工 → 开工; 已竣工 / 竣工完成 → 竣工; 主体封顶,即将投产 / 将完工投产 → 在建;
# 落户 alone → none). “预计 / 建成后 / 可达” figures are kind target. Sources: `search` (corpus pages) excerpts typed into
# _raw/pages/mnNN.raw as returned.

# ---------------------------------------------------------------- mn01 城口县锰钡新材料产业基地 (2011)
CK = "城口县新材料产业基地"
A0 = "城口县新材料产业基地主要由锰、钡新材料构成"
A1 = "日前,城口县委书记裴智带队与江苏汉唐集团、北京矿冶研究总院、光大股权投资基金管理(天津)有限责任公司、宜昌润友房地产综合开发有限公司分别签订了城口县锰钡材料产业核心建设项目战略合作协议"
A2 = "本次签约,落实了打造中国西部锰钡新材料产业基地的核心项目。项目总投资40亿元"
G["mn01"] = dict(
 article=art("（无标题）城口县签约锰钡材料产业核心建设项目", "page.lgmi.com（兰格钢铁网）转载；原发媒体与署名未注明", "2011-11-04", "day",
  "Steel-industry portal relaying a county item, Chongqing: a county's manganese-barium new-material base — strategic cooperation agreements for its core project with three firms and a research institute, the project's investment and expected output",
  "http://page.lgmi.com/html/201111/04/2090.htm",
  "日期取网址 201111/04。存段无标题（title 为编者概括），三段连成一行（以空格分隔），保留为一段；行末表格竖线“ |”已删。园区：城口县新材料产业基地（重庆市城口县）；“中国西部锰钡新材料产业基地”为其打造目标，列作别名。项目：城口县锰钡材料产业核心建设项目——签订战略合作协议→签约；“项目总投资40亿元”；建成后年产值超过50亿元（target）。签约方：江苏汉唐集团、光大股权投资基金管理(天津)有限责任公司、宜昌润友房地产综合开发有限公司（公司，园区 null：投资方）；北京矿冶研究总院（机构）。",
  "mn01"),
 parks=[
  park(CK, "重庆", "重庆", "产业基地", A0, district="城口县", aliases=["中国西部锰钡新材料产业基地"], note="“全力打造中国西部锰钡新材料产业基地”：目标名称，作别名"),
 ],
 companies=[
  comp("江苏汉唐集团", None, A1, note="签约方（投资方）"),
  comp("光大股权投资基金管理(天津)有限责任公司", None, A1, note="签约方"),
  comp("宜昌润友房地产综合开发有限公司", None, A1, note="签约方"),
 ],
 institutions=[
  inst("北京矿冶研究总院", A1, kind="research", opt=False, note="签约方"),
  inst("城口县委", A1, note="书记带队签约"),
 ],
 projects=[
  proj("城口县锰钡材料产业核心建设项目", CK, A2, companies=["江苏汉唐集团", "光大股权投资基金管理(天津)有限责任公司", "宜昌润友房地产综合开发有限公司"],
       inv="项目总投资40亿元", status="签约", status_text="签订了…战略合作协议", note="园区：基地的核心项目"),
 ],
 aggregate_facts=[
  fact("城口县锰钡材料产业核心建设项目", "project", "expected_annual_output_cny", 5e9, "cny", "建成后,年产值将超过50亿元", "建成后（预计）", kind="target", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- mn02 石墨烯产业园落户龙游 (衢州日报 2018)
LY = "浙江龙游石墨烯材料创新产业园"
B0 = "7月15日,龙游县人民政府与浙江大烯新材料科技有限公司、上海中融资产管理有限公司签订了《浙江龙游石墨烯材料创新产业园项目投资协议》,该项目分三期实施,一期投资10亿元"
G["mn02"] = dict(
 article=art("石墨烯产业园落户龙游", "衢州日报（求张锋 姚菲），载于开化新闻网 khnews.zjol.com.cn", "2018-07-17", "day",
  "City daily on a county news site, Zhejiang: a county signs the investment agreement for a graphene innovation park with two firms — three phases, phase-one investment and contents",
  "http://khnews.zjol.com.cn/khnews/system/2018/07/17/031017420.shtml",
  "日期取页面“2018年7月17日 16:53”（签约在7月15日）。标题照录；站名“开化新闻网”、日期行与“来源:衢州日报 作者:… 编辑:姚志卿”已删。正文四段，完整。园区：浙江龙游石墨烯材料创新产业园（协议名中；正文又作“石墨烯材料创新产业园”，标题作“石墨烯产业园”；衢州市龙游县，浙江）。项目：浙江龙游石墨烯材料创新产业园项目——签订投资协议→签约；总投资未说，只有“一期投资10亿元”（investment_text 记一期金额，phase 记“一期”，note 注明）；年产80吨高纯石墨烯项目为一期内容（可选）。公司：浙江大烯新材料科技有限公司、上海中融资产管理有限公司为签约投资方（园区 null）。龙游县人民政府为可选机构。",
  "mn02"),
 parks=[
  park(LY, "衢州", "浙江", "产业园", B0, district="龙游县", aliases=["石墨烯材料创新产业园", "石墨烯产业园"], note="签约建设中的园区项目"),
 ],
 companies=[
  comp("浙江大烯新材料科技有限公司", None, B0, note="签约投资方"),
  comp("上海中融资产管理有限公司", None, B0, note="签约投资方"),
 ],
 institutions=[
  inst("龙游县人民政府", B0, note="签约方"),
 ],
 projects=[
  proj("浙江龙游石墨烯材料创新产业园项目", LY, B0, companies=["浙江大烯新材料科技有限公司", "上海中融资产管理有限公司"], inv="一期投资10亿元",
       phase="一期", status="签约", status_text="签订了…投资协议", aliases=["石墨烯材料创新产业园项目"], note="分三期实施；金额为一期投资，总投资未说"),
  proj("年产80吨高纯石墨烯项目", LY, "主要包括石墨烯产业研究院、年产80吨高纯石墨烯项目及石墨烯下游产业的研发、转化、生产、销售和应用", opt=True,
       note="一期内容之一；无单独状态"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- mn03 重庆高新区石墨烯产业 (OFweek显示网 2014)
CQ = "重庆高新区"
SP = "重庆石墨烯产业园"
C0 = "今年年底,落户于重庆石墨烯产业园的终端产品企业—深圳川马电子有限公司的产业项目将完工投产,该项目投资1.5亿元,全部建成后年产值可达4.5亿元"
C1 = "此外,致力于超级电池研发与制造的长春藤控股有限公司也已签约落户高新区,其项目建成后可实现年产值10亿元"
C2 = "但最终,重庆墨希科技有限公司的大面积单层石墨烯薄膜中试生产线项目落户高新区"
G["mn03"] = dict(
 article=art("重庆高新区石墨烯产业谋划打造千亿生态圈", "OFweek显示网（“OFweek显示网讯”），载于 21ic.com", "2014-07", "month",
  "Industry news site relayed by an electronics portal, Chongqing: a high-tech zone's graphene cluster — a firm's project in the graphene park due in production with investment and expected output, another firm signed, an earlier pilot line",
  "https://21ic.com/news/opto/201407/595916.htm",
  "日期只知月份（网址 201407）。标题照录；“扫描二维码”“随时随地手机看文章”已删。存段末句在“阻碍企业投资高新技术产业的关”处中断，该残句已删（LINE_SUFFIX）；正文截至“…也不愿意冒险投资新型技术。”，共七段。园区：重庆高新区（文中多作“高新区”）；重庆石墨烯产业园（母园区推定为重庆高新区）。项目：深圳川马电子有限公司的产业项目（“今年年底…将完工投产”→在建；投资1.5亿元；年产值4.5亿元为 target），又称“新型液晶显示屏及激光测距仪等终端产品项目”；长春藤控股有限公司签约落户高新区（项目未命名，以企业名记，签约；年产值10亿元 target）；重庆墨希科技有限公司的大面积单层石墨烯薄膜中试生产线项目落户高新区（2013年，无状态）。“千亿蓝图”为愿景，不计。机构：中科院重庆分院、高新区管委会（可选）。",
  "mn03"),
 parks=[
  park(CQ, "重庆", "重庆", "高新区", "重庆高新区石墨烯产业谋划打造千亿生态圈", aliases=["高新区"], note="文中多作“高新区”"),
  park(SP, "重庆", "重庆", "产业园", C0, parent=CQ, note="母园区由语境推定"),
 ],
 companies=[
  comp("深圳川马电子有限公司", SP, C0, aliases=["川马电子"]),
  comp("长春藤控股有限公司", CQ, C1, note="签约落户高新区"),
  comp("重庆墨希科技有限公司", CQ, C2),
 ],
 institutions=[
  inst("中科院重庆分院", "2013年初,中科院重庆分院宣布成功研制出大面积的二维石墨烯薄膜", kind="research"),
  inst("高新区管委会", "日前,从高新区管委会了解到", park=CQ),
 ],
 projects=[
  proj("深圳川马电子有限公司的产业项目", SP, C0, companies=["深圳川马电子有限公司"], inv="该项目投资1.5亿元", status="在建", status_text="今年年底…将完工投产",
       aliases=["新型液晶显示屏及激光测距仪等终端产品项目"], note="计划2014年底完工投产"),
  proj("长春藤控股有限公司", CQ, C1, companies=["长春藤控股有限公司"], status="签约", status_text="签约落户", note="项目未命名，以企业名记"),
  proj("重庆墨希科技有限公司的大面积单层石墨烯薄膜中试生产线项目", CQ, C2, companies=["重庆墨希科技有限公司"], note="落户（无状态词）"),
 ],
 aggregate_facts=[
  fact("深圳川马电子有限公司的产业项目", "project", "expected_annual_output_cny", 4.5e8, "cny", "全部建成后年产值可达4.5亿元", "建成后（预计）", kind="target", chk=True),
  fact("长春藤控股有限公司", "company", "expected_annual_output_cny", 1e9, "cny", "其项目建成后可实现年产值10亿元", "建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mn04 中科华仁石墨新材料产业园 签约平度 (晚报 2016)
ZK = "中科华仁石墨新材料产业园"
D0 = "日前,总投资100亿元、一期投资10亿元的中科华仁石墨新材料产业园成功签约落户平度同和街道"
D1 = "据介绍,中科华仁石墨新材料产业园项目由华仁世纪集团(其控股华仁药业股份有限公司为上市公司)投资设立,计划总投资100亿元,总规划3平方公里,其中一期投资10亿元"
D2 = "这是平度市继青岛格瑞达橡胶有限公司与美国固铂轮胎橡胶公司合资项目、中科院生物物理所生物医学技术中心(山东)成果转化基地签约落户以来"
G["mn04"] = dict(
 article=art("（无标题）中科华仁石墨新材料产业园签约落户平度", "晚报（“晚报讯”；记者 马丙政 通讯员 杨发鹏），载于半岛网 news.bandao.cn", "2016-01-27", "day",
  "Evening paper on a city news portal, Shandong: a graphite new-material park signed into a subdistrict of a county-level city — total and phase-one investment, investor group, layout, construction schedule",
  "http://news.bandao.cn/news_html/201601/20160127/news_20160127_2604960.shtml",
  "日期取网址 20160127。存段无标题（title 为编者概括）；“[编辑: 李敏娜]”已删。正文四段，完整。园区：中科华仁石墨新材料产业园（青岛平度市同和街道；签约建设中的园区项目）。项目：中科华仁石墨新材料产业园项目——签约落户→签约；总投资100亿元、一期投资10亿元；一期2016年5月开工、2017年5月竣工（计划，note）。项目园区记 null：文中只放在平度同和街道（街道不是园区）。公司：华仁世纪集团（投资方）；华仁药业股份有限公司、青岛华仁矿业有限公司、青岛格瑞达橡胶有限公司、美国固铂轮胎橡胶公司可选。此前签约落户的两个项目可选。总规划3平方公里列可选事实。",
  "mn04"),
 parks=[
  park(ZK, "青岛", "山东", "产业园", D0, district="平度市", note="落户平度同和街道；园区即项目"),
 ],
 companies=[
  comp("华仁世纪集团", None, D1, note="投资设立方"),
  comp("华仁药业股份有限公司", None, D1, opt=True, note="华仁世纪集团控股的上市公司"),
  comp("青岛华仁矿业有限公司", None, "2011年11月,成立青岛华仁矿业有限公司", opt=True),
  comp("青岛格瑞达橡胶有限公司", None, D2, opt=True, note="此前签约落户平度的合资项目一方"),
  comp("美国固铂轮胎橡胶公司", None, D2, opt=True),
 ],
 institutions=[],
 projects=[
  proj("中科华仁石墨新材料产业园", None, D0, companies=["华仁世纪集团"], inv="总投资100亿元", status="签约", status_text="成功签约落户",
       aliases=["中科华仁石墨新材料产业园项目"], note="落户平度同和街道（非园区）；一期投资10亿元，计划2016年5月开工、2017年5月竣工"),
  proj("青岛格瑞达橡胶有限公司与美国固铂轮胎橡胶公司合资项目", None, D2, companies=["青岛格瑞达橡胶有限公司", "美国固铂轮胎橡胶公司"], status="签约", status_text="签约落户", opt=True),
  proj("中科院生物物理所生物医学技术中心(山东)成果转化基地", None, D2, status="签约", status_text="签约落户", opt=True),
 ],
 aggregate_facts=[
  fact("中科华仁石墨新材料产业园", "project", "phase1_investment_cny", 1e9, "cny", "其中一期投资10亿元", "2016年1月（签约）", kind="target", opt=True),
  fact(ZK, "park", "planned_area_km2", 3, "km2", D1, "2016年1月（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mn05 兰州新区铝加工产业园开工 (上证报·中国证券网 2018)
LZ = "兰州新区"
AL = "兰州新区西北绿色新型铝加工产业园"
E0 = "12月6日,兰州新区引进的又一千亿级产业园区——兰州新区西北绿色新型铝加工产业园项目宣告开工建设"
E1 = "兰州新区西北绿色新型铝加工产业园项目由北京天成宏业控股有限公司主导投资200亿元建设,占地面积1万亩"
E2 = "开工仪式上,作为产业园项目重要子项目之一的兰州新区铝业有限责任公司年产20万吨铝箔项目同时宣告开工。该项目投资约20亿元"
E3 = "项目由年产200万吨液态铝制备项目、年产100万吨铝板带材及精深加工项目等17个子项目组成"
G["mn05"] = dict(
 article=art("甘肃省兰州新区开建千亿级铝加工产业园", "上证报APP·中国证券网（据甘肃日报），载于中国财富网 cfbond.com", "2018-12-07", "day",
  "Financial portal relaying a provincial daily, Gansu: an aluminium-processing park in a state-level new area starts construction — lead investor and amount, area, sub-projects, one sub-project started with investment, completion date and expected output",
  "http://www.cfbond.com/zclb/detail/20181207/1000200000019211544172527774295509_1.html",
  "日期取页面“2018-12-07 16:48 来源 : 上证报APP·中国证券网”（开工在12月6日）。标题照录；面包屑、日期来源行、“分享至”、“责任编辑:郭俊”及推荐栏已删。正文三段，完整。园区：兰州新区（甘肃兰州）；兰州新区西北绿色新型铝加工产业园（“千亿级产业园区”，母园区兰州新区）。项目：兰州新区西北绿色新型铝加工产业园项目——宣告开工建设→开工，投资200亿元（北京天成宏业控股有限公司主导）；子项目兰州新区铝业有限责任公司年产20万吨铝箔项目——同时宣告开工→开工，投资约20亿元，预计2019年底建成投产；年产200万吨液态铝制备项目、年产100万吨铝板带材及精深加工项目为子项目（无单独状态，可选）。“千亿级”为定位，不计数值。",
  "mn05"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", E0),
  park(AL, "兰州", "甘肃", "产业园", E0, parent=LZ, aliases=["铝加工产业园"], note="标题作“千亿级铝加工产业园”"),
 ],
 companies=[
  comp("北京天成宏业控股有限公司", None, E1, note="主导投资方"),
  comp("兰州新区铝业有限责任公司", AL, E2),
 ],
 institutions=[],
 projects=[
  proj("兰州新区西北绿色新型铝加工产业园项目", LZ, E1, companies=["北京天成宏业控股有限公司"], inv="投资200亿元", status="开工", status_text="宣告开工建设",
       note="17个子项目；占地1万亩"),
  proj("兰州新区铝业有限责任公司年产20万吨铝箔项目", AL, E2, companies=["兰州新区铝业有限责任公司"], inv="该项目投资约20亿元", qual="约", qual_text="约",
       status="开工", status_text="同时宣告开工", note="预计2019年底建成投产"),
  proj("年产200万吨液态铝制备项目", AL, E3, opt=True, note="子项目，无单独状态"),
  proj("年产100万吨铝板带材及精深加工项目", AL, E3, opt=True, note="子项目，无单独状态"),
 ],
 aggregate_facts=[
  fact("兰州新区铝业有限责任公司年产20万吨铝箔项目", "project", "expected_annual_output_cny", 4e9, "cny", "届时,年产值可达到40亿元,实现利税2.7亿元", "2019年底建成后（预计）", kind="target", chk=True),
  fact("兰州新区铝业有限责任公司年产20万吨铝箔项目", "project", "expected_profit_tax_cny", 2.7e8, "cny", "实现利税2.7亿元", "2019年底建成后（预计）", kind="target", opt=True, chk=True),
  fact(AL, "park", "sub_projects", 17, "count", E3, "2018年12月", opt=True),
  fact(AL, "park", "land_area_mu", 10000, "mu", E1, "2018年12月", opt=True),
 ])

# ---------------------------------------------------------------- mn06 青岛西海岸新区董家口 10个重点项目开工 (2019)
XH = "青岛西海岸新区"
DJ = "董家口经济区"
F0 = "总投资219.2亿元的10个重点项目17日在青岛西海岸新区董家口经济区集中开工"
F1 = "其中,总投资40亿元的海湾化学烯烃新材料项目,主要建设40万吨/年乙烯氧氯化氯乙烯、40万吨/年聚氯乙烯等项目"
F2 = "在新能源领域,总投资约15.6亿元的中石化(LNG)项目,主要建设两台16万立方米储罐及配套设施"
AS6 = "2019年4月17日（集中开工）"
G["mn06"] = dict(
 article=art("青岛西海岸新区10个重点项目开工", "报纸“本报青岛4月17日电”（记者刘成、通讯员张涛；原发报纸未注明），载于 m.news.shi-fen.com", "2019-04-18", "day",
  "Newspaper item relayed by a news aggregator, Shandong: ten key projects start in a port economic zone of a state-level new area — totals by type, a chemical new-material project and an LNG project with investment",
  "https://m.news.shi-fen.com/china/201904/50-289886.html",
  "日期取页面“日期:04-18”与网址 201904（开工在4月17日）。标题照录；日期行、“新材料新区开工”标签行、“原标题:…”行与相关阅读已删。正文四段，完整。园区：青岛西海岸新区（国家级新区，青岛）；董家口经济区（母园区青岛西海岸新区）。项目：海湾化学烯烃新材料项目（开工，总投资40亿元）、中石化(LNG)项目（开工，总投资约15.6亿元）；2个基础设施配套项目（13.4亿元）未命名，只作事实。事实：10个项目、总投资219.2亿元；实体经济项目205.8亿元；新材料项目约125亿元（归董家口经济区，reported）。",
  "mn06"),
 parks=[
  park(XH, "青岛", "山东", "国家级新区", F0),
  park(DJ, "青岛", "山东", "经济区", F0, parent=XH, note="文中又作“园区”"),
 ],
 companies=[
  comp("海湾化学", DJ, F1, opt=True, note="只在项目名中"),
  comp("中石化", DJ, F2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("海湾化学烯烃新材料项目", DJ, F1, companies=["海湾化学"], inv="总投资40亿元", status="开工", status_text="集中开工"),
  proj("中石化(LNG)项目", DJ, F2, companies=["中石化"], inv="总投资约15.6亿元", qual="约", qual_text="约", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(DJ, "park", "projects_started", 10, "count", F0, AS6),
  fact(DJ, "park", "projects_started_investment_cny", 2.192e10, "cny", F0, AS6, chk=True),
  fact(DJ, "park", "real_economy_projects_investment_cny", 2.058e10, "cny", "其中,实体经济项目总投资205.8亿元", AS6, opt=True, chk=True),
  fact(DJ, "park", "new_material_projects_investment_cny", 1.25e10, "cny", "此次集中开工项目中,总投资约125亿元新材料项目亮点纷呈", AS6, qual="约", qtext="约", chk=True),
  fact(DJ, "park", "infrastructure_projects_investment_cny", 1.34e9, "cny", "在基础设施建设领域,总投资13.4亿元的2个基础设施配套项目", AS6, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- mn07 常州 石墨烯小镇 (czctown 2020)
SM = "石墨烯小镇"
H0 = "截至目前,小镇共有入驻企业162家,其中规模以上企业20家"
H1 = "目前,小镇内在建的重点项目中,富烯科技项目已竣工,石墨烯散热膜生产线投产"
H2 = "碳元科技年产360万平方米电子导热胶带扩建项目和高导热石墨膜整理质检车间已经全部竣工完成"
H3 = "宇力新型复合材料项目主体建筑封顶,即将投产"
H4 = "江苏尚瑞新能源科技有限公司年产15万套石墨烯超级电容器储能系统项目已于去年5月正式开工"
AS7 = "2020年3月"
AS7T = "2019年全年（预计）"
G["mn07"] = dict(
 article=art("石墨烯小镇国际合作区打下“第一桩”,提前完成“三年50亿”投资总目标", "czctown.com（石墨烯小镇网站；原发媒体与署名未注明）", "2020-03-06", "day",
  "Site of a graphene-themed town, Jiangsu: the town's firms, expected 2019 revenue, tax and output, high-tech firms, R&D share and patents, and six named projects at different stages (completed, in production, topped out, started)",
  "http://www.czctown.com/?m=home&c=View&a=index&aid=142",
  "日期取页面“2020-03-06 10:11:30”；阅读数“274”已删。标题照录。存段自“据了解”起，只两段；标题所说国际合作区打桩与“三年50亿”不在存段正文中（不作事实）。园区：石墨烯小镇（江苏省特色小镇；文中未写城市，city 留空）；“石墨烯小镇国际合作区”只见标题，可选。项目：富烯科技项目（已竣工，散热膜生产线投产→竣工，status_alt 投产）；碳元科技年产360万平方米电子导热胶带扩建项目、高导热石墨膜整理质检车间（竣工完成）；宇力新型复合材料项目（主体封顶，即将投产→在建）；石墨烯小镇创客公寓改造项目（装修完成，可选，无状态）；江苏尚瑞新能源科技有限公司年产15万套石墨烯超级电容器储能系统项目（去年5月开工→开工）。事实：入驻企业162家、规上20家（截至目前）；2019年预计营收超40亿元、税收超1.5亿元、102家工业企业产值超35亿元、石墨烯产值占比超90%（target）；高企20家；研发占比6.4%；有效专利847件、发明专利177件（cumulative）。",
  "mn07"),
 parks=[
  park(SM, None, "江苏", "特色小镇", "据了解,2017年石墨烯小镇成功入选江苏省首批特色小镇", aliases=["小镇"], note="城市文中未写（站名 czctown 暗示常州，不填）；文中多作“小镇”"),
  park("石墨烯小镇国际合作区", None, "江苏", "合作区", "石墨烯小镇国际合作区打下“第一桩”", parent=SM, opt=True, note="只见标题"),
 ],
 companies=[
  comp("富烯科技", SM, H1, opt=True, note="只在项目名中"),
  comp("碳元科技", SM, H2, opt=True, note="只在项目名中"),
  comp("江苏尚瑞新能源科技有限公司", SM, H4),
 ],
 institutions=[],
 projects=[
  proj("富烯科技项目", SM, H1, companies=["富烯科技"], status="竣工", status_text="已竣工", status_alt="投产", note="石墨烯散热膜生产线投产"),
  proj("碳元科技年产360万平方米电子导热胶带扩建项目", SM, H2, companies=["碳元科技"], status="竣工", status_text="已经全部竣工完成"),
  proj("高导热石墨膜整理质检车间", SM, H2, companies=["碳元科技"], status="竣工", status_text="已经全部竣工完成", opt=True, note="归属碳元科技由句式推定"),
  proj("宇力新型复合材料项目", SM, H3, status="在建", status_text="主体建筑封顶,即将投产"),
  proj("石墨烯小镇创客公寓改造项目", SM, "石墨烯小镇创客公寓改造项目完成956套公寓装修,正在进行对外招租", opt=True, note="装修完成，招租中"),
  proj("江苏尚瑞新能源科技有限公司年产15万套石墨烯超级电容器储能系统项目", SM, H4, companies=["江苏尚瑞新能源科技有限公司"], status="开工", status_text="已于去年5月正式开工", note="2019年5月开工"),
 ],
 aggregate_facts=[
  fact(SM, "park", "firms", 162, "count", H0, AS7),
  fact(SM, "park", "above_scale_firms", 20, "count", H0, AS7),
  fact(SM, "park", "revenue_cny", 4e9, "cny", "预计2019年实现营业收入超40亿元", AS7T, kind="target", qual="超", qtext="超", chk=True),
  fact(SM, "park", "tax_revenue_cny", 1.5e8, "cny", "税收有望超1.5亿元", AS7T, kind="target", qual="超", qtext="超", opt=True, chk=True),
  fact(SM, "park", "industrial_output_cny", 3.5e9, "cny", "其中102家工业企业预计完成产值超35亿元", AS7T, kind="target", qual="超", qtext="超", chk=True, note="102家工业企业"),
  fact(SM, "park", "graphene_output_share", 0.9, "ratio", "石墨烯特色产业产值占比超过90%", AS7T, kind="ratio", qual="超", qtext="超过", opt=True),
  fact(SM, "park", "high_tech_firms", 20, "count", "小镇拥有高新技术企业20家", AS7),
  fact(SM, "park", "rd_spending_share_of_sales", 0.064, "ratio", "企业年度研发经费支出占销售收入比重达6.4%", AS7, kind="ratio", opt=True),
  fact(SM, "park", "valid_patents", 847, "count", "累计拥有有效专利847件,其中发明专利177件", AS7, kind="cumulative", opt=True),
  fact(SM, "park", "invention_patents", 177, "count", "累计拥有有效专利847件,其中发明专利177件", AS7, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- mn08 黑龙江石墨烯科创城 签约 呼兰 (2020)
HL = "黑龙江省呼兰经济开发区"
KC = "黑龙江石墨烯科创城"
K0 = "9月1日,总投资70亿元的黑龙江石墨烯科创城、黑龙江省石墨烯研究院项目合作签约仪式在哈尔滨市呼兰区举行"
K1 = "黑龙江石墨烯科创城项目主体落户在黑龙江省呼兰经济开发区,占地750亩,建筑面积150万平方米"
K2 = "此外,黑龙江省石墨烯研究院项目由黑龙江省工业技术研究院、黑龙江十二元素科技有限公司、哈尔滨市民益基础设施投资建设管理有限公司三方共同发起设立,总投资额为5000万元"
AS8 = "2020年9月1日（签约）"
G["mn08"] = dict(
 article=art("（无标题）黑龙江石墨烯科创城、黑龙江省石墨烯研究院项目在哈尔滨呼兰区签约", "sdchem.com.cn 转载（记者 郑通；原发媒体未注明）", "2020-09-02", "day",
  "Chemical-industry site relaying a city news item, Heilongjiang: a graphene science city and a graphene institute signed in a district's development zone — combined investment, area, phases, planned firms, the institute's founders and investment",
  "http://sdchem.com.cn/html/xincailiao/gnxw/2020/0902/23757.html",
  "日期取网址 2020/0902（签约在9月1日）。存段无标题（title 为编者概括）；两行图片说明“项目签约仪式。”已删，行末表格竖线“ |”已删。正文三段，完整。园区：黑龙江省呼兰经济开发区（哈尔滨市呼兰区）；黑龙江石墨烯科创城为园区式项目（可选园区，母园区呼兰经济开发区）。项目：黑龙江石墨烯科创城（签约；主体落户呼兰经济开发区）；黑龙江省石墨烯研究院项目（签约；总投资额5000万元；为科创城核心组成部分，园区推定为呼兰经济开发区）。“总投资70亿元”为两项目合计，作事实。公司：黑龙江十二元素科技有限公司、哈尔滨市民益基础设施投资建设管理有限公司（发起方，园区 null）；机构：黑龙江省工业技术研究院。",
  "mn08"),
 parks=[
  park(HL, "哈尔滨", "黑龙江", "经济开发区", K1, district="呼兰区"),
  park(KC, "哈尔滨", "黑龙江", "科创城", K1, district="呼兰区", parent=HL, aliases=["石墨烯科创城"], opt=True, note="园区式项目"),
 ],
 companies=[
  comp("黑龙江十二元素科技有限公司", None, K2, note="研究院发起方"),
  comp("哈尔滨市民益基础设施投资建设管理有限公司", None, K2, note="研究院发起方"),
 ],
 institutions=[
  inst("黑龙江省工业技术研究院", K2, kind="research", opt=False, note="研究院发起方"),
  inst("黑龙江省石墨烯研究院", K2, kind="research", note="以项目设立"),
 ],
 projects=[
  proj(KC, HL, K1, status="签约", status_text="合作签约", aliases=["黑龙江石墨烯科创城项目", "石墨烯科创城"], note="分三期，建设期5年；单项金额未说（70亿元为两项目合计）"),
  proj("黑龙江省石墨烯研究院项目", HL, K2, companies=["黑龙江十二元素科技有限公司", "哈尔滨市民益基础设施投资建设管理有限公司"], inv="总投资额为5000万元",
       status="签约", status_text="合作签约", note="科创城核心组成部分；园区推定"),
 ],
 aggregate_facts=[
  fact("黑龙江石墨烯科创城、黑龙江省石墨烯研究院项目", "project", "signed_investment_cny", 7e9, "cny", K0, AS8, chk=True, note="两项目合计"),
  fact(KC, "project", "land_area_mu", 750, "mu", K1, AS8, opt=True),
  fact(KC, "project", "floor_area_m2", 1.5e6, "m2", "建筑面积150万平方米", AS8, opt=True),
  fact(KC, "project", "planned_firms", 100, "count", "规划入驻100家企业", "建成后（规划）", kind="target"),
  fact(KC, "project", "planned_incubated_firms_and_institutes", 50, "count", "孵化石墨烯及周边产业科技创业企业和研发机构50家", "建成后（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mn09 威海临港区 12个碳纤维项目签约 (Hi威海 2024)
LG = "临港区"
M0 = "现场,12个碳纤维及复合材料产业链项目集中签约,涵盖汽车工业、绿色金融、新能源产业等多个领域,将全部落地临港区"
G["mn09"] = dict(
 article=art("（无标题）12个碳纤维及复合材料产业链项目在临港区集中签约", "Hi威海客户端（记者 王威晨），载于 weihai.tv", "2024-09-23", "day",
  "City news app on a city TV site, Shandong: a carbon-fibre conference in a port district — 12 carbon-fibre and composites projects signed, all to land in the district; a national SME cluster plaque",
  "http://weihai.tv/news/picture_news/2024/0923/431704.html",
  "日期取网址 2024/0923（会议与签约在9月21日）。存段无标题（title 为编者概括）。正文五段，完整。园区：临港区（威海；文中只作“临港区”，不补全称，kind 记“开发区”）。12个签约项目未点名、无金额：只作事实 projects_signed 12。“国家级中小企业特色产业集群(碳纤维)”揭牌、“中国碳纤维基地”为品牌，不列园区。无公司、无项目名。",
  "mn09"),
 parks=[
  park(LG, "威海", "山东", "开发区", M0, note="文中只作“临港区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(LG, "park", "projects_signed", 12, "count", M0, "2024年9月21日（集中签约）"),
 ])
