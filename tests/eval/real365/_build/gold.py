# real365 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py copied
# from real52 unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none or if the text does not say which of two parks
# (a county is not a park). Status from the text's words (开工 / 集中开工 → 开工; 竣工投产 / 投产 → 投产; 签约 / 集中签约 /
# 签订主体合同 → 签约; 厂房已具规模 → 在建; 落户 alone or “开竣工、投产” without a split → no status). “预计” / “达产后”
# figures are kind target; year-to-date counts (“今年以来”, “截至目前”, “今年…已经达到”) are cumulative. Combined figures
# of two parks or of a park with its county are subject_type region and optional (as real52 zv04). Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ozNN.raw as returned.

# ---------------------------------------------------------------- oz01 高新区6大产业项目集中开工 (长沙晚报 via 华夏经纬网 2016)
GX = "高新区"
A0 = "昨日,高新区6个产业项目集中开工,总投资预计达30亿元"
A1 = "本次集中开工的6个产业项目分别为海利锂电、益达医药、美媛本草、元众软件、妙盛电源、亚鲁特幕墙门窗"
A2 = "另一家新能源动力企业妙盛电源也是发展势头强劲,该公司将投资10亿元在麓谷建设中国最大规模高功率锂电池电源生产基地"
A3 = "今年,高新区新开工产业项目已经达到15个,项目总投资完成72.25亿元"
A4 = "全部项目建成投产后,可实现年销售收入6.48亿元"
AS1 = "2016年6月28日（集中开工）"
G["oz01"] = dict(
 article=art("高新区6大产业项目集中开工", "长沙晚报（通讯员 段欣妤），载于华夏经纬网 gd.huaxia.com（“项目推介”栏，长沙市人民政府台湾事务办公室供稿）", "2016-06-29", "day",
  "City evening paper relayed by a cross-strait portal, Hunan: a national high-tech zone's groundbreaking of six named industrial projects with combined investment and expected output, two firms' plans with amounts, the zone's year-to-date projects started",
  "https://gd.huaxia.com/c/2016/06/29/687975.shtml",
  "日期取页面“发布时间:2016-06-29 08:57:39”；文中“昨日”即2016年6月28日。标题照录；“当前位置 >> 项目推介”、发布时间行与页尾供稿单位、邮箱、版权行已删。正文三段，完整。园区：文中只作“高新区”（即长沙高新区，麓谷；长沙，湖南），名称照录；“湖南湘江新区”只在出席领导职务中，列可选园区。项目：海利锂电、益达医药、美媛本草、元众软件、妙盛电源、亚鲁特幕墙门窗（集中开工→开工；项目名即企业简称）；妙盛电源“将投资10亿元在麓谷建设…生产基地”→投资额记于该项目。海利锂电、妙盛电源另列公司（文中称“企业”“该公司”），其余四家只作项目名，列可选公司。事实：6个项目总投资30亿元（“预计”，照 reported 记）、达产后产值60亿元（target）；今年新开工产业项目15个、完成投资72.25亿元（cumulative）；海利锂电建成后年销售收入6.48亿元（target）。",
  "oz01"),
 parks=[
  park(GX, "长沙", "湖南", "高新区", A0, district="岳麓区", note="即长沙高新区（麓谷）；文中只作“高新区”"),
  park("湖南湘江新区", "长沙", "湖南", "国家级新区", "湖南湘江新区党工委委员、管委会副主任罗社辉", opt=True, note="只在出席领导职务中"),
 ],
 companies=[
  comp("海利锂电", GX, "据了解,海利锂电计划在岳麓大道与雷高路交会处东南角建设万吨级锂电池正极材料生产基地及功能材料工程研究中心", note="集中开工项目之一的业主"),
  comp("妙盛电源", GX, A2, note="新能源动力企业；在麓谷建生产基地"),
  comp("益达医药", GX, A1, opt=True, note="只作项目名"),
  comp("美媛本草", GX, A1, opt=True, note="只作项目名"),
  comp("元众软件", GX, A1, opt=True, note="只作项目名"),
  comp("亚鲁特幕墙门窗", GX, A1, opt=True, note="只作项目名"),
 ],
 institutions=[
  inst("省国资委", "省国资委党委委员、副主任杨平", note="出席领导所在单位"),
  inst("高新区管委会", "高新区管委会主任周庆年", kind="park_admin", park=GX),
 ],
 projects=[
  proj("海利锂电", GX, A1, companies=["海利锂电"], status="开工", status_text="集中开工", note="万吨级锂电池正极材料生产基地；一期预计2016年底投入使用"),
  proj("益达医药", GX, A1, status="开工", status_text="集中开工"),
  proj("美媛本草", GX, A1, status="开工", status_text="集中开工"),
  proj("元众软件", GX, A1, status="开工", status_text="集中开工"),
  proj("妙盛电源", GX, A2, companies=["妙盛电源"], inv="投资10亿元", status="开工", status_text="集中开工",
       note="状态取自上句“本次集中开工的6个产业项目”；高功率锂电池电源生产基地"),
  proj("亚鲁特幕墙门窗", GX, A1, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(GX, "park", "projects_started", 6, "count", A0, AS1),
  fact(GX, "park", "projects_started_investment_cny", 3e9, "cny", A0, AS1, chk=True, note="“总投资预计达”"),
  fact(GX, "park", "expected_annual_output_cny", 6e9, "cny", "达产后产值60亿元", "6个项目达产后（预期）", kind="target", chk=True, note="6个开工项目达产后产值"),
  fact(GX, "park", "projects_started", 15, "count", A3, "2016年1月至6月28日", kind="cumulative", note="新开工产业项目"),
  fact(GX, "park", "investment_completed_cny", 7.225e9, "cny", "项目总投资完成72.25亿元", "2016年1月至6月28日", kind="cumulative", chk=True),
  fact("海利锂电", "company", "expected_annual_sales_cny", 6.48e8, "cny", A4, "全部建成投产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- oz02 望城经开区 38个项目集中签约 (长沙晚报 on 红网 2020)
WC = "望城经开区"
B0 = "38个项目集中签约,总投资达75.2亿元。瑶华科技封测项目、松森精材长沙生产基地、中邮物流智能终端配套项目等一批优势特色产业项目落户"
B1 = "包括智能终端产业链项目10个、新一代半导体产业链项目3个、生物医药产业链项目7个、新型合金产业链项目6个"
AS2 = "2020年6月23日（集中签约）"
G["oz02"] = dict(
 article=art("38个项目总投资75.2亿元 望城经开区招商引资重点项目集中签约", "长沙晚报（周斌 陈柄丞），载于红网长沙站 cs.rednet.cn", "2020-06-24", "day",
  "City evening paper on a provincial portal, Hunan: a national economic zone's signing of 38 projects with total investment, three named projects, the mix by industry chain and by investor type",
  "https://cs.rednet.cn/content/2020/06/24/7524627.html",
  "日期取网址 2020/06/24；签约仪式为6月23日下午。标题照录；“当前位置:”、页尾“来源/作者/编辑”行与频道菜单已删。正文三段，完整。园区：望城经开区（望城经济技术开发区，长沙市望城区，湖南；文中只作“望城经开区”，又作“园区”）。项目：瑶华科技封测项目、松森精材长沙生产基地、中邮物流智能终端配套项目——“38个项目集中签约…等一批…项目落户”→签约，无单项金额。瑶华科技、松森精材只在项目名中，列可选公司。事实：38个项目、总投资75.2亿元；500强与上市公司3家、龙头企业10家、各产业链项目数（可选）。",
  "oz02"),
 parks=[
  park(WC, "长沙", "湖南", "经济技术开发区", "6月23日下午,望城经开区举行2020年招商引资重点项目集中签约仪式", district="望城区", note="文中又作“园区”"),
 ],
 companies=[
  comp("瑶华科技", WC, B0, opt=True, note="只在项目名中"),
  comp("松森精材", WC, B0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("望城经开区党工委", "望城经开区党工委书记周剀表示", kind="park_admin", park=WC),
 ],
 projects=[
  proj("瑶华科技封测项目", WC, B0, companies=["瑶华科技"], status="签约", status_text="集中签约", note="一批优势特色产业项目“落户”；无单项金额"),
  proj("松森精材长沙生产基地", WC, B0, companies=["松森精材"], status="签约", status_text="集中签约"),
  proj("中邮物流智能终端配套项目", WC, B0, status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(WC, "park", "projects_signed", 38, "count", B0, AS2),
  fact(WC, "park", "signed_investment_cny", 7.52e9, "cny", "此次签约38个项目总投资75.2亿元", AS2, chk=True),
  fact(WC, "park", "signed_projects_fortune500_or_listed", 3, "count", "其中500强、上市公司3家,龙头企业10家", AS2, opt=True),
  fact(WC, "park", "signed_projects_leading_firms", 10, "count", "其中500强、上市公司3家,龙头企业10家", AS2, opt=True),
  fact(WC, "park", "signed_projects_smart_terminal_chain", 10, "count", B1, AS2, opt=True),
  fact(WC, "park", "signed_projects_semiconductor_chain", 3, "count", B1, AS2, opt=True),
  fact(WC, "park", "signed_projects_biomedicine_chain", 7, "count", B1, AS2, opt=True),
  fact(WC, "park", "signed_projects_alloy_chain", 6, "count", B1, AS2, opt=True),
 ])

# ---------------------------------------------------------------- oz03 浏阳经开区、浏阳高新区8个产业项目集中开工 (长沙晚报 via 中国经济网 2019)
LYJ = "浏阳经开区"
LYG = "浏阳高新区"
C0 = "浏阳经开区、浏阳高新区举行2019年二季度重大产业项目集中开工仪式"
C1 = "此次共有8个项目集中开工,包括电子产品辅助材料生产基地项目、光伏+智慧微电网产业园项目、电子产品涂层材料及高分子材料生产项目、年产4000万条BIB软袋生产基地项目、电力变压器生产基地项目、天友智云项目、广佳汽车饰件项目、上热“热处理”装备制造项目,总投资29.2亿元"
C2 = "其中,上热“热处理”装备制造项目是碳基材料产业链关键环节的重点项目,由意大利瑟肯集团与上海上热投资集团合作投资,是湖南省首个智能型真空热处理装备制造项目。该项目总投资5亿元"
C3 = "“我们与浏阳高新区在2019年2月份才第一次接洽‘相亲’,3月1日就正式签订协议‘闪婚’"
AS3 = "2019年5月31日（集中开工）"
N3 = "两园区联合开工，文中未分属哪一园区，park 记 null"
G["oz03"] = dict(
 article=art("浏阳经开区、浏阳高新区8个产业项目集中开工", "长沙晚报，载于中国经济网 yun.ce.cn（“来源:长沙晚报”；署名存段未示）", "2019-06-04", "day",
  "City evening paper relayed by a national economic portal, Hunan: two adjoining parks' joint groundbreaking of eight named industrial projects with combined investment and the mix by industry, one project's investors, amount and expected output",
  "http://yun.ce.cn/yq/201906/04/t20190604_32266368.shtml",
  "日期取页面“2019-06-04 13:38 来源:长沙晚报”；开工仪式为5月31日上午。标题照录；图片文件名行与日期来源行已删。小标题“8个项目投资额均超亿元”保留为一段。**截断**：存段末段“2019年以来,浏阳经开区、浏阳高新区坚持…紧扣 “产业项目建设年”“营商环境优化年”两”在句中中断，该段及其上的小标题“年度计划总投资240.72亿元”整段删去（make_txt.py ITEMS 截至上一段）；正文截至“…当年纳税。”，共五段。园区：浏阳经开区、浏阳高新区（长沙代管浏阳市，湖南）。项目：8个集中开工项目（开工）；两园区联合开工、文中未分，park 记 null；唯上热“热处理”装备制造项目由企业负责人称“与浏阳高新区…签订协议”，park 记浏阳高新区（推定）。“光普光伏应用项目1个”中的“光普”原文如此。上热项目总投资5亿元、投产后年产值预计约5亿元（target）。公司：意大利瑟肯集团、上海上热投资集团（投资方，园区外，可选）；上海上热投资集团湖南公司（项目公司，可选）。合计数（8个项目、29.2亿元、分类个数）为两园区合计，region、可选。",
  "oz03"),
 parks=[
  park(LYJ, "长沙", "湖南", "经济技术开发区", C0, district="浏阳市", note="与浏阳高新区联合举行开工仪式"),
  park(LYG, "长沙", "湖南", "高新区", C0, district="浏阳市", note="上热项目签约园区"),
 ],
 companies=[
  comp("意大利瑟肯集团", None, C2, opt=True, note="上热项目合作投资方"),
  comp("上海上热投资集团", None, C2, opt=True, note="上热项目合作投资方"),
  comp("上海上热投资集团湖南公司", LYG, "上海上热投资集团湖南公司总经理谭秋云介绍", opt=True, note="项目公司；园区由语境推定"),
 ],
 projects=[
  proj("电子产品辅助材料生产基地项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("光伏+智慧微电网产业园项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("电子产品涂层材料及高分子材料生产项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("年产4000万条BIB软袋生产基地项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("电力变压器生产基地项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("天友智云项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("广佳汽车饰件项目", None, C1, status="开工", status_text="集中开工", note=N3),
  proj("上热“热处理”装备制造项目", LYG, C2, companies=["上海上热投资集团", "意大利瑟肯集团"], inv="总投资5亿元", status="开工", status_text="集中开工",
       note="状态取自上段“8个项目集中开工”；园区由企业负责人语“与浏阳高新区…签订协议”推定；湖南省首个智能型真空热处理装备制造项目"),
 ],
 aggregate_facts=[
  fact("浏阳经开区、浏阳高新区", "region", "projects_started", 8, "count", C1, AS3, opt=True, note="两园区合计"),
  fact("浏阳经开区、浏阳高新区", "region", "projects_started_investment_cny", 2.92e9, "cny", "总投资29.2亿元,其中新材料项目4个", AS3, opt=True, chk=True, note="两园区合计"),
  fact("浏阳经开区、浏阳高新区", "region", "projects_started_new_materials", 4, "count", "其中新材料项目4个", AS3, opt=True),
  fact("上热“热处理”装备制造项目", "project", "expected_annual_output_cny", 5e8, "cny", "投产后年产值预计约5亿元", "投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- oz04 三一科学城落户长沙经开区 (华声在线 2021)
CS = "长沙经开区"
D0 = "其中,中国(湖南)自由贸易试验区三一科学城项目,由三一集团和长沙经开区联合打造,总投资180亿元"
D1 = "当天签约的14个产业项目涵盖装备制造、智能制造、现代服务、总部经济、智慧物流等领域,计划总投资325.7亿元人民币"
AS4 = "2021年4月9日（集中签约）"
G["oz04"] = dict(
 article=art("总投资180亿元三一科学城落户长沙经开区", "华声在线（三湘都市报·华声在线记者 胡锐 通讯员 黄姿），hunan.voc.com.cn", "2021-04-10", "day",
  "Provincial news portal, Hunan: a national economic zone, its county and an exhibition new town hold a free-trade-zone briefing and a joint signing of 14 industrial projects; one named 18-billion project by a manufacturer and the zone",
  "https://hunan.voc.com.cn/article/202104/202104101114316543.html",
  "日期取页面“2021-04-10 11:14:31”；签约活动为4月9日（“今天”）。标题照录；日期来源行、“字体:【”、文末署名行“■三湘都市报·华声在线记者 胡锐 通讯员 黄姿”与“今日热点 焦点图”已删。正文三段，完整。园区：长沙经开区（长沙县，湖南）；“长沙会展新城”与“中国(湖南)自由贸易试验区”列可选园区；“临空区块”“会展区块”不列；长沙县为县。项目：中国(湖南)自由贸易试验区三一科学城项目（标题作“三一科学城”，别名），三一集团与长沙经开区联合打造，总投资180亿元，当天签约→签约，park 长沙经开区（标题“落户长沙经开区”）。公司：三一集团（在长沙经开区，依项目所在推定）。事实：14个产业项目、计划总投资325.7亿元为经开区、长沙县、会展新城合计（region，可选）。",
  "oz04"),
 parks=[
  park(CS, "长沙", "湖南", "经济技术开发区", "长沙经开区、长沙县、长沙会展新城还举行了2021年第二次重大项目集中签约", district="长沙县", note="文中又作“长沙经开区区块”"),
  park("长沙会展新城", "长沙", "湖南", "会展新城", "长沙经开区、长沙县、长沙会展新城还举行了2021年第二次重大项目集中签约", district="长沙县", opt=True),
  park("中国(湖南)自由贸易试验区", None, "湖南", "自由贸易试验区", D0, opt=True, aliases=["湖南自贸试验区"], note="文中又作“自贸区”“湖南自贸试验区”；长沙经开区区块为其一部分"),
 ],
 companies=[
  comp("三一集团", CS, D0, note="与长沙经开区联合打造三一科学城；园区依项目所在推定"),
 ],
 projects=[
  proj("中国(湖南)自由贸易试验区三一科学城项目", CS, D0, companies=["三一集团"], inv="总投资180亿元", status="签约", status_text="集中签约",
       aliases=["三一科学城"], note="当天签约的14个产业项目之一（“其中”）；标题“落户长沙经开区”"),
 ],
 aggregate_facts=[
  fact("长沙经开区、长沙县、长沙会展新城", "region", "projects_signed", 14, "count", D1, AS4, opt=True, note="三方合计"),
  fact("长沙经开区、长沙县、长沙会展新城", "region", "signed_investment_cny", 3.257e10, "cny", "计划总投资325.7亿元人民币", AS4, opt=True, chk=True, note="三方合计"),
 ])

# ---------------------------------------------------------------- oz05 株洲高新区产业项目建设 (红网 via 中国起重机械网 2021)
ZZ = "株洲高新区"
LY = "栗雨工业园"
E0 = "一季度,株洲高新区13个重点项目开工,4个项目竣工投产"
E1 = "在栗雨工业园的株洲齿轮有限责任公司(简称“株齿公司”)25万台轻型商用车变速器及纯电动力系统总成产业化项目,2万平方米的钢架结构厂房已具规模。今年6月,这个投资10亿元的项目将全面竣工投产"
AS5 = "2021年一季度"
G["oz05"] = dict(
 article=art("株洲高新区产业项目建设为什么这么“火”", "红网时刻（通讯员 王娜 文小倩 侯方虬），载于中国起重机械网 m.chinacrane.net（“园区新闻”栏）", "2021-04-22", "day",
  "Provincial portal item relayed by an industry site, Hunan: a national high-tech zone's first-quarter project figures (started, in production, investment completed) and a gear maker's 1-billion project under construction in a sub-park",
  "http://m.chinacrane.net/news/202104/22/201154.html",
  "日期取转载页“2021-04-22”；原稿“红网时刻4月21日讯”。标题照录；栏目字“园区新闻”与日期来源行、图片说明“株洲齿轮有限责任公司。”已删；小标题“株齿公司:冲刺动力总成“株洲造””“实力强大,打破动力总成国外垄断”保留为段。**截断**：存段在末段“新基地将实现智能化生产,…投产后可年产25万台轻型商用车变速器及纯”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…实现动力总成“株洲造”。”，共七段（长文只存前半，兴天宏汽车项目的段落未存）。园区：株洲高新区（株洲，湖南；与天元区合署，文中未说）；栗雨工业园（母园区株洲高新区，推定）。项目：株洲齿轮有限责任公司“25万台轻型商用车变速器及纯电动力系统总成产业化项目”，投资10亿元，“钢架结构厂房已具规模”、今年6月将全面竣工投产→在建；兴天宏汽车项目只被点名（可选，在建由语境推定）。事实：一季度重点项目开工13个、竣工投产4个，重点项目完成投资30.03亿元（产业项目25.35亿元、设施配套4.68亿元，可选）。",
  "oz05"),
 parks=[
  park(ZZ, "株洲", "湖南", "国家级高新区", E0, district="天元区", note="文中又作“新区”"),
  park(LY, "株洲", "湖南", "工业园", E1, district="天元区", parent=ZZ, note="母园区由语境推定"),
 ],
 companies=[
  comp("株洲齿轮有限责任公司", LY, E1, aliases=["株齿公司"]),
  comp("兴天宏汽车", ZZ, "今天,记者带你走进株齿公司、兴天宏汽车项目", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("25万台轻型商用车变速器及纯电动力系统总成产业化项目", LY, E1, companies=["株洲齿轮有限责任公司"], inv="投资10亿元", status="在建",
       status_text="钢架结构厂房已具规模", note="计划2021年6月全面竣工投产；park 记栗雨工业园（株洲高新区内）"),
  proj("兴天宏汽车项目", ZZ, "今天,记者带你走进株齿公司、兴天宏汽车项目", status="在建", status_text="产业项目建设现场", opt=True,
       note="只被点名；详细段落未存"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "projects_started", 13, "count", E0, AS5, note="重点项目"),
  fact(ZZ, "park", "projects_in_production", 4, "count", E0, AS5, note="竣工投产"),
  fact(ZZ, "park", "investment_completed_cny", 3.003e9, "cny", "重点项目完成投资30.03亿元,其中产业项目完成投资25.35亿元", AS5, chk=True, note="重点项目"),
  fact(ZZ, "park", "industrial_projects_investment_completed_cny", 2.535e9, "cny", "其中产业项目完成投资25.35亿元", AS5, opt=True, chk=True),
  fact(ZZ, "park", "supporting_projects_investment_completed_cny", 4.68e8, "cny", "设施配套项目完成投资4.68亿元", AS5, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- oz06 湘潭经开区 2021年下半年重大项目集中开竣投 (biyuanbo relay 2021)
XT = "湘潭经开区"
F0 = "本次集中开竣工和投产项目共26个,总投资86.96亿元"
F1 = "永灵医疗、聚创生物、金柏威、汉方康养、新境界医疗等一批医疗器械产业项目开工"
F2 = "湖南软件职业技术大学二期、湘潭理工学院二期、江声中学九华校区、九华港口消防站等一批完善城市配套功能的项目开竣工、投产"
AS6 = "2021年10月27日（集中开竣投）"
N6 = "医疗器械产业项目，开工"
N6b = "城市配套项目；“开竣工、投产”未分，不记状态"
G["oz06"] = dict(
 article=art("（无标题）湘潭经开区2021年下半年重大项目集中开竣投暨中铁城建项目开工仪式举行", "biyuanbo.com（“信息公开”栏转载；原发媒体与文字署名未注明，图片署“记者 方阳 摄”）", "2021-10", "month",
  "Site relaying a local news item, Hunan: a national economic zone's half-year ceremony — 26 projects started, completed or in production with totals by stage, two named projects with amounts, named medical-device projects started and city-supporting projects",
  "https://biyuanbo.com/xinxigongkai/xt26open.html",
  "存段无标题、无日期行（title 为编者概括，取文中首句）。日期：仪式为2021年10月27日（“2021年下半年…10月27日”），发布日不详，记 2021-10（month）。存段为一整行，图片说明“(记者 方阳 摄)”两处夹在行内，照录未删。**截断**：末句“湘潭经开区将牢固树立“招商为要、项”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…效益提升。”，一段。园区：湘潭经开区（湘潭经济技术开发区，湘潭，湖南；九华片区）。项目：中铁城建项目（总投资9亿元；“中铁城建项目开工仪式”→开工）；拓普轻量化底盘件项目（总投资13.6亿元；市委书记观摩，属本次开竣投项目，但状态未说→无状态）；永灵医疗、聚创生物、金柏威、汉方康养、新境界医疗（医疗器械产业项目开工→开工；名称照录）；湖南软件职业技术大学二期等四个城市配套项目（状态未分，可选）。事实：26个项目、86.96亿元；开工9个/25.7亿元、竣工9个/40.84亿元、投产8个/20.42亿元。市领导不列。",
  "oz06"),
 parks=[
  park(XT, "湘潭", "湖南", "经济技术开发区", "10月27日,湘潭经开区2021年下半年重大项目集中开竣投暨中铁城建项目开工仪式举行", note="文中又作“园区”"),
 ],
 companies=[
  comp("拓普", XT, "市委书记张迎春一行现场观摩拓普轻量化底盘件项目", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中铁城建项目", XT, "其中,中铁城建项目总投资9亿元,项目集技术研发、生产制造、租赁业务为一体", inv="总投资9亿元", status="开工",
       status_text="中铁城建项目开工仪式", note="状态取自首句“…暨中铁城建项目开工仪式举行”"),
  proj("拓普轻量化底盘件项目", XT, "拓普轻量化底盘件项目总投资13.6亿元,建设年产270万套轻量化底盘系统模块产品", inv="总投资13.6亿元",
       note="本次开竣投项目之一，状态未说；年产270万套轻量化底盘系统模块产品"),
  proj("永灵医疗", XT, F1, status="开工", status_text="开工", note=N6),
  proj("聚创生物", XT, F1, status="开工", status_text="开工", note=N6),
  proj("金柏威", XT, F1, status="开工", status_text="开工", note=N6),
  proj("汉方康养", XT, F1, status="开工", status_text="开工", note=N6),
  proj("新境界医疗", XT, F1, status="开工", status_text="开工", note=N6),
  proj("湖南软件职业技术大学二期", XT, F2, opt=True, note=N6b),
  proj("湘潭理工学院二期", XT, F2, opt=True, note=N6b),
  proj("江声中学九华校区", XT, F2, opt=True, note=N6b),
  proj("九华港口消防站", XT, F2, opt=True, note=N6b),
 ],
 aggregate_facts=[
  fact(XT, "park", "projects_started_completed_in_production", 26, "count", F0, AS6),
  fact(XT, "park", "projects_investment_cny", 8.696e9, "cny", F0, AS6, chk=True, note="开工、竣工、投产项目合计总投资"),
  fact(XT, "park", "projects_started", 9, "count", "开工项目9个,总投资25.7亿元", AS6),
  fact(XT, "park", "projects_started_investment_cny", 2.57e9, "cny", "开工项目9个,总投资25.7亿元", AS6, chk=True),
  fact(XT, "park", "projects_completed", 9, "count", "竣工项目9个,总投资40.84亿元", AS6),
  fact(XT, "park", "projects_completed_investment_cny", 4.084e9, "cny", "竣工项目9个,总投资40.84亿元", AS6, chk=True),
  fact(XT, "park", "projects_in_production", 8, "count", "投产项目8个,总投资20.42亿元", AS6),
  fact(XT, "park", "projects_in_production_investment_cny", 2.042e9, "cny", "投产项目8个,总投资20.42亿元", AS6, chk=True),
 ])

# ---------------------------------------------------------------- oz07 宁乡经开区 百强榜 (红网 via 凤凰网湖南 2024)
NX = "宁乡经开区"
H0 = "现有制造业企业513家,其中高新技术企业210家,国家级智能制造企业5家,省级以上专精特新“小巨人”企业86家,500强和上市公司投资企业50多家,本土上市企业3家,百亿产值企业2家"
H1 = "1-6月,规模工业增加值增速14.4%,新增入规工业企业10家,目前已有规模以上企业248家"
H2 = "新签约项目53个,其中100亿级项目1个、50亿级项目1个、“三类500强”项目2个,新注册“三类500强”企业2家"
H3 = "中伟先进功能型材料产业园入选“省十大产业项目”,楚天医用高端机器人入选“省十大技术攻关项目”,全省第二批重大项目集中开工仪式主会场设在海信中部智造综合基地"
AS7 = "2024年8月"
AS7h = "2024年1–6月"
G["oz07"] = dict(
 article=art("“全国百强”再进位!宁乡经开区连续5年上榜园区产业高质量发展(先进制造)百强榜单", "红网时刻新闻（记者 林佳妮 通讯员 王娜），载于凤凰网湖南 hunan.ifeng.com", "2024-08-15", "day",
  "Provincial portal item relayed by a national portal's provincial channel, Hunan: a national economic zone's ranking in a consultancy's top-100 list, its firm counts by type, first-half growth, new above-scale firms, projects signed by size, and three named flagship projects",
  "https://hunan.ifeng.com/c/8c4Sk2NZXEF",
  "日期取“红网时刻新闻8月15日讯”，年份取“2024园区产业高质量发展(先进制造)百强榜单”（8月14日发布）。标题照录（页面重复一次，重复行与栏目行“湖南 > 新闻资讯 > 正文”、图片文件名、图片说明“宁乡经开区。”已删）。正文四段，完整。园区：宁乡经开区（宁乡经济技术开发区，长沙代管宁乡市，湖南）。事实：百强第62位（可选）；制造业企业513家、高新技术企业210家（reported，“现有”）；其他企业类别数（可选；“50多家”→余）；1–6月规模工业增加值增速14.4%（ratio）；新增入规10家（cumulative）；规模以上企业248家（“目前”）；新签约项目53个（“今年以来”，cumulative），分档个数可选。项目：中伟先进功能型材料产业园（入选“省十大产业项目”，状态未说）；楚天医用高端机器人（技术攻关项目，非投资项目，可选）；海信中部智造综合基地（全省集中开工仪式主会场，本身是否开工未明说，可选，无状态）。赛迪顾问列可选机构。",
  "oz07"),
 parks=[
  park(NX, "长沙", "湖南", "经济技术开发区", "宁乡经开区位列第62位,连续5年上榜,较2023年前进3位", district="宁乡市", note="文中又作“园区”"),
 ],
 companies=[],
 institutions=[
  inst("赛迪顾问", "8月14日,赛迪顾问发布2024园区产业高质量发展(先进制造)百强榜单", kind="consultancy"),
 ],
 projects=[
  proj("中伟先进功能型材料产业园", NX, H3, note="入选“省十大产业项目”；状态未说"),
  proj("楚天医用高端机器人", NX, H3, opt=True, note="入选“省十大技术攻关项目”；技术攻关项目"),
  proj("海信中部智造综合基地", NX, H3, opt=True, note="全省第二批重大项目集中开工仪式主会场；本身状态未明说"),
 ],
 aggregate_facts=[
  fact(NX, "park", "national_ranking", 62, "rank", "宁乡经开区位列第62位,连续5年上榜,较2023年前进3位", "2024年（赛迪百强榜）", opt=True),
  fact(NX, "park", "manufacturing_firms", 513, "count", H0, AS7),
  fact(NX, "park", "high_tech_firms", 210, "count", H0, AS7),
  fact(NX, "park", "national_smart_manufacturing_firms", 5, "count", H0, AS7, opt=True),
  fact(NX, "park", "little_giant_firms", 86, "count", H0, AS7, opt=True, note="省级以上专精特新“小巨人”"),
  fact(NX, "park", "fortune500_or_listed_invested_firms", 50, "count", H0, AS7, qual="余", qtext="多", opt=True),
  fact(NX, "park", "listed_firms", 3, "count", H0, AS7, opt=True, note="本土上市企业"),
  fact(NX, "park", "firms_output_over_10bn", 2, "count", H0, AS7, opt=True, note="百亿产值企业"),
  fact(NX, "park", "industrial_value_added_growth", 0.144, "ratio", H1, AS7h, kind="ratio"),
  fact(NX, "park", "new_above_scale_firms", 10, "count", H1, AS7h, kind="cumulative"),
  fact(NX, "park", "above_scale_firms", 248, "count", H1, AS7),
  fact(NX, "park", "projects_signed", 53, "count", H2, "2024年1月至8月中旬", kind="cumulative", note="“今年以来”新签约项目"),
  fact(NX, "park", "projects_signed_over_10bn", 1, "count", H2, "2024年1月至8月中旬", kind="cumulative", opt=True),
  fact(NX, "park", "projects_signed_fortune500", 2, "count", H2, "2024年1月至8月中旬", kind="cumulative", opt=True, note="“三类500强”项目"),
 ])

# ---------------------------------------------------------------- oz08 宁乡县金玉工业集中区5大项目集中签约 (红网 2015)
JY = "金玉工业集中区"
K0 = "长沙新艺钢化玻璃技术有限公司、湘中农业科技有限公司、湖南联达机械有限责任公司、湖南优卓牧业有限公司等5家企业与园区签订主体合同"
K1 = "记者获悉,当日签约的5个项目预计总投资2.35亿元,达产后预计实现年产值50000万元,实现税收2000万元"
K2 = "截至目前,园区共引进项目69个,合同引资30亿元,达产可实现产值100亿元、税收3亿元,其中24个项目已启动建设、20个项目进入前期准备,5个项目实现竣工投产"
AS8 = "2015年10月27日（集中签约）"
AS8c = "截至2015年10月"
G["oz08"] = dict(
 article=art("宁乡县金玉工业集中区5大项目集中签约", "红网宁乡站（分站记者 小范婷 彭小凤），hn.rednet.cn", "2015-10-30", "day",
  "Provincial portal's county station, Hunan: a county industrial zone signs five projects with named firms, combined investment, expected output and tax, plus the zone's cumulative projects, contract investment and stages",
  "https://hn.rednet.cn/c/2015/10/30/1090926.htm",
  "日期取页面“2015-10-30 09:23:02”；签约仪式为10月27日。标题照录；“当前位置:”、来源作者编辑行、“时刻新闻 —分享—”与页尾来源、声明、链接行已删。正文三段，完整。园区：金玉工业集中区（宁乡县，长沙，湖南；标题作“宁乡县金玉工业集中区”；“飞地工业发展新平台”）。公司：长沙新艺钢化玻璃技术有限公司、湘中农业科技有限公司、湖南联达机械有限责任公司、湖南优卓牧业有限公司（与园区签订主体合同，在园）；第五家未点名。项目：联达机械项目（签约→签约；立体车库）；其余企业的项目未具名，不另列。事实：签约5个项目、预计总投资2.35亿元（reported）、达产后年产值50000万元与税收2000万元（target）；截至目前引进项目69个、合同引资30亿元（cumulative）、达产产值100亿元与税收3亿元（target，可选）、启动建设24个、前期20个（可选）、竣工投产5个；基础配套融资5.5亿元、征地3900余亩（可选）。宁乡县为县。",
  "oz08"),
 parks=[
  park(JY, "长沙", "湖南", "工业集中区", "10月27日,金玉工业集中区举行第二轮项目建设“百日会战”招商项目集中签约仪式", district="宁乡县",
       note="标题作“宁乡县金玉工业集中区”；文中又作“园区”；飞地工业平台"),
 ],
 companies=[
  comp("长沙新艺钢化玻璃技术有限公司", JY, K0),
  comp("湘中农业科技有限公司", JY, K0),
  comp("湖南联达机械有限责任公司", JY, K0, aliases=["联达"]),
  comp("湖南优卓牧业有限公司", JY, K0),
 ],
 projects=[
  proj("联达机械项目", JY, "“联达机械项目致力于新一代立体车库的开发与生产", companies=["湖南联达机械有限责任公司"], status="签约", status_text="签订主体合同",
       note="状态取自首段“5家企业与园区签订主体合同”；无单项金额"),
 ],
 aggregate_facts=[
  fact(JY, "park", "projects_signed", 5, "count", K1, AS8),
  fact(JY, "park", "signed_investment_cny", 2.35e8, "cny", K1, AS8, chk=True, note="“预计总投资”"),
  fact(JY, "park", "expected_annual_output_cny", 5e8, "cny", "达产后预计实现年产值50000万元,实现税收2000万元", "5个签约项目达产后（预期）", kind="target", chk=True),
  fact(JY, "park", "expected_annual_tax_cny", 2e7, "cny", "实现税收2000万元", "5个签约项目达产后（预期）", kind="target", chk=True),
  fact(JY, "park", "projects_introduced", 69, "count", K2, AS8c, kind="cumulative"),
  fact(JY, "park", "contract_investment_cny", 3e9, "cny", "合同引资30亿元,达产可实现产值100亿元", AS8c, kind="cumulative", chk=True),
  fact(JY, "park", "expected_annual_output_cny", 1e10, "cny", "达产可实现产值100亿元、税收3亿元", "全部引进项目达产后（预期）", kind="target", opt=True, chk=True),
  fact(JY, "park", "expected_annual_tax_cny", 3e8, "cny", "税收3亿元", "全部引进项目达产后（预期）", kind="target", opt=True, chk=True),
  fact(JY, "park", "projects_under_construction", 24, "count", K2, AS8c, kind="cumulative", note="已启动建设"),
  fact(JY, "park", "projects_in_preparation", 20, "count", K2, AS8c, kind="cumulative", opt=True),
  fact(JY, "park", "projects_in_production", 5, "count", K2, AS8c, kind="cumulative", note="竣工投产"),
  fact(JY, "park", "infrastructure_financing_cny", 5.5e8, "cny", "创新融资5.5亿元投入基础配套建设", AS8c, kind="cumulative", opt=True, chk=True),
  fact(JY, "park", "land_acquired_mu", 3900, "mu", "完成征地3900余亩、拆迁138户", AS8c, kind="cumulative", qual="余", qtext="余", opt=True),
 ])
