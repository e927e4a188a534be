# real67 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (yk02 traditional script as published by 香港文匯報, the other eight
# simplified as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it). Growth rates and shares as ratios. Sub-parks get parent_park where the text names or implies the zone they belong to
# (inferred links are noted). Projects: the park the text places the project in, null if none. Status from the text's words
# (集中签约 / 签署…协议 → 签约; 集中开工 / 开工 → 开工; 厂房完成地基建设 → 在建; 建成并投入使用 → 投产; “也将…产业化” →
# planned). “预计” figures are kind target with “（预计）” in as_of; year-to-date counts (“…以来”, “截至目前”, “累计”) are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ykNN.raw as returned.

# ---------------------------------------------------------------- yk01 东丽华明工业园区低碳产业基地 (中国网·滨海高新 2010)
HM = "华明工业园区"
HD = "华明工业园区低碳产业基地"
A0 = "天津市东丽华明工业园区低碳产业基地首批项目签约仪式4月9日举行"
A1 = "对入驻的天津电气传动设计研究所、航讯科技开发有限公司、天津欧凯米特科技有限公司、天津华自控股有限公司、汉森(天津)电气工程配电系统有限公司5家企业成功签约表示祝贺"
A2 = "空港物流加工区、泰达西区、滨海高新区、现代冶金区等重要经济功能区军坐落其中"
A3 = "仅用一年半的时间就完成了7.33平方公里的土地整理和基础设施建设,并成功引进了38家企业"
AS1 = "2010-04-09（签约仪式）"
G["yk01"] = dict(
 article=art("（无标题）天津东丽华明工业园区低碳产业基地首批项目签约", "中国网·滨海高新（news.022china.com；“中国网·滨海高新讯”，存段无署名）", "2010-04-12", "day",
  "Regional news portal, Tianjin: a district's demonstration industrial park opens a low-carbon industry base inside it — first five firms signed (named), the park's land developed and firms brought in, the base's planned area",
  "http://news.022china.com/2010/04-12/250289_0.html",
  "日期取网址 2010/04-12（签约仪式“4月9日”）。存段无标题、无日期行（title 为编者概括）。存段在末段“此次入驻的天津电气传动设计研究所”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…重点培育和发展战略性新兴产业。”，共三段。“军坐落其中”原文如此（应为“均”），照录。园区：华明工业园区（天津市东丽区；文中又作“东丽华明工业园区”；“天津市示范工业园区”）；华明工业园区低碳产业基地（园中园，parent 华明工业园区；文中又作“低碳产业基地”）；东丽区内的空港物流加工区、泰达西区、滨海高新区、现代冶金区只被列举，列为可选园区。公司：签约入驻的5家（天津电气传动设计研究所文中计入“5家企业”，按公司记）均在低碳产业基地。项目：签约的是“首批项目”，未逐项命名，不另列项目。事实：基地首批签约5家；园区一年半完成土地整理7.33平方公里、引进38家企业（累计）；基地规划占地1000亩。市、区领导不列。",
  "yk01"),
 parks=[
  park(HM, "天津", "天津", "示范工业园区", "华明工业园区作为东丽区招商引资的重要载体,自列为天津市示范工业园区以来", district="东丽区", aliases=["东丽华明工业园区"],
       note="天津市示范工业园区；文中又作“东丽华明工业园区”"),
  park(HD, "天津", "天津", "产业基地（低碳）", "华明工业园区低碳产业基地规划占地1000亩", district="东丽区", parent=HM, aliases=["低碳产业基地"],
       note="园中园；标题句作“东丽华明工业园区低碳产业基地”"),
  park("空港物流加工区", "天津", "天津", "经济功能区", A2, district="东丽区", opt=True, note="只被列举"),
  park("泰达西区", "天津", "天津", "经济功能区", A2, district="东丽区", opt=True, note="只被列举"),
  park("滨海高新区", "天津", "天津", "高新区", A2, district="东丽区", opt=True, note="只被列举"),
  park("现代冶金区", "天津", "天津", "经济功能区", A2, district="东丽区", opt=True, note="只被列举"),
 ],
 companies=[
  comp("天津电气传动设计研究所", HD, A1, note="研究所，文中计入签约的“5家企业”"),
  comp("航讯科技开发有限公司", HD, A1),
  comp("天津欧凯米特科技有限公司", HD, A1),
  comp("天津华自控股有限公司", HD, A1),
  comp("汉森(天津)电气工程配电系统有限公司", HD, A1),
 ],
 projects=[],
 aggregate_facts=[
  fact(HD, "park", "projects_signed", 5, "count", "天津电气传动设计研究所、航讯科技开发有限公司等5家企业成功签约", AS1, note="首批项目，5家企业签约"),
  fact(HM, "park", "land_developed_km2", 7.33, "km2", A3, "2010年4月（列为示范工业园区后一年半）", kind="cumulative"),
  fact(HM, "park", "firms", 38, "count", A3, "2010年4月（本次签约前）", kind="cumulative", note="引进企业"),
  fact(HD, "park", "planned_area_mu", 1000, "mu", "华明工业园区低碳产业基地规划占地1000亩", "2010年4月"),
 ])

# ---------------------------------------------------------------- yk02 北京經濟技術開發區 / 大興 7 projects (香港文匯報 2011, traditional)
KF = "北京經濟技術開發區"
SW = "大興生物醫藥產業基地"
CY = "採育汽車產業基地"
QY = "青雲店鎮新材料新能源產業園"
XM = "國家新媒體產業基地"
XW = "星網工業園"
B0 = "兩區融合發展以來,新簽約項目109個,總投資超過600億元"
B1 = "新年開始的第四天, 7個重大項目又於北京經濟技術開發區集中簽約,項目總投資額達135億元"
B2 = "大興生物醫藥產業基地成為此次簽約的大贏家,一舉引進兩大項目,總投資額達50億元"
B3 = "其中北京同仁堂集團擬投資30億元建設集生產、製造、物流、銷售於一體的同仁堂中藥現代化產業園"
B4 = "步長集團擬投資20億元,建設包括科研中心、醫療器械生產基地、現代中藥生產基地在內的北方區區域總部"
B5 = "上海同捷科技股份公司擬聯合北汽集團等企業在採育汽車產業基地建設整車及超級平台項目"
B6 = "億利資源集團擬在青雲店鎮新材料新能源產業園建設高端新材料生產研發基地"
B7 = "大業傳媒集團有限公司擬在大興區國家新媒體產業基地核心區建設集影視、動漫、創意、培訓、綜合服務於一體的傳媒產業園"
B8 = "北京開發區星網工業園匯聚了全球20多家頂級通信企業"
AS2 = "2011-01-04（新年第四天集中簽約）"
G["yk02"] = dict(
 article=art("（无标题）北京經濟技術開發區 7個重大項目集中簽約 總投資135億元", "香港文匯報（paper.wenweipo.com，記者 博雅）", "2011-01-10", "day",
  "Hong Kong paper's mainland feature page (traditional script as published), Beijing: the economic-technological development zone merged with 大興區 — seven projects signed with amounts, placed in named sub-bases (biomedicine base, auto base, new-materials park, new-media base), a telecom park inside the zone, the merged area's signings since 2010",
  "http://paper.wenweipo.com/2011/01/10/zt1101100002.htm",
  "日期取网址 2011/01/10（签约在“新年開始的第四天”，即2011年1月4日）。香港文匯報原文即繁体，未转换。存段无标题（title 为编者概括）；“放大圖片”已删；照片说明“■北京開發區星網工業園…”为正文第一段；记者署名“■香港文匯報記者 博雅”黏在第二段末，照录。存段在末段“中國黃金集團公司將投資10億元,籌建中國最大”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…落戶北京經濟技術開發區的有兩家。”，共六段（含小标题一行）。园区：北京經濟技術開發區（文中又作“北京開發區”“開發區”）；星網工業園（“北京開發區星網工業園”，parent 北京經濟技術開發區）；大興區的四个基地/园区：大興生物醫藥產業基地、採育汽車產業基地、青雲店鎮新材料新能源產業園、國家新媒體產業基地（“大興區國家新媒體產業基地核心區”）——文中说七个项目中“落戶北京經濟技術開發區的有兩家”，故这些基地不记为开发区的子园区（parent null，district 大興區）。项目（签约，“擬投資”为签约金额）：同仁堂中藥現代化產業園（30億元）、步長集團北方區區域總部（20億元）、整車及超級平台項目、高端新材料生產研發基地、傳媒產業園。中國黃金集團公司的项目在被删残句中，不列。事实：大興生物醫藥產業基地引进两项、50億元；两个项目的预期年产值（target）；星網工業園20多家通信企业；“兩區融合發展以來”109个项目、超过600億元与本次7个项目、135億元归“大興區、北京經濟技術開發區”／开发区，可选（签约地在开发区，但七个项目只有两个落户开发区）。市领导不列。",
  "yk02"),
 parks=[
  park(KF, "北京", "北京", "国家级经济技术开发区", B1, aliases=["北京開發區"], note="文中又作“開發區”；与大興區行政资源整合"),
  park(XW, "北京", "北京", "工业园", B8, parent=KF, note="照片说明：“北京開發區星網工業園”"),
  park(SW, "北京", "北京", "产业基地（生物医药）", B2, district="大興區"),
  park(CY, "北京", "北京", "产业基地（汽车）", B5, district="大興區"),
  park(QY, "北京", "北京", "产业园（新材料新能源）", B6, district="大興區"),
  park(XM, "北京", "北京", "产业基地（新媒体）", B7, district="大興區", note="文中作“大興區國家新媒體產業基地核心區”"),
 ],
 companies=[
  comp("北京同仁堂集團", SW, B3),
  comp("步長集團", SW, B4),
  comp("上海同捷科技股份公司", CY, B5),
  comp("北汽集團", CY, B5, opt=True, note="联合建设方"),
  comp("億利資源集團", QY, B6),
  comp("大業傳媒集團有限公司", XM, B7),
  comp("威訊公司", KF, "圖為開發區威訊公司生產線", opt=True, note="照片说明；在开发区（星網工業園）"),
 ],
 projects=[
  proj("同仁堂中藥現代化產業園", SW, B3, companies=["北京同仁堂集團"], inv="擬投資30億元", status="签约", status_text="集中簽約"),
  proj("北方區區域總部", SW, B4, companies=["步長集團"], inv="擬投資20億元", status="签约", status_text="集中簽約", note="步長集團的北方区区域总部"),
  proj("整車及超級平台項目", CY, B5, companies=["上海同捷科技股份公司", "北汽集團"], status="签约", status_text="集中簽約"),
  proj("高端新材料生產研發基地", QY, B6, companies=["億利資源集團"], status="签约", status_text="集中簽約"),
  proj("傳媒產業園", XM, B7, companies=["大業傳媒集團有限公司"], status="签约", status_text="集中簽約"),
 ],
 aggregate_facts=[
  fact(SW, "park", "projects_signed", 2, "count", B2, AS2),
  fact(SW, "park", "signed_investment_cny", 5e9, "cny", B2, AS2, chk=True),
  fact("同仁堂中藥現代化產業園", "project", "expected_annual_output_cny", 1e10, "cny", "建成後年產值和銷售收入可達100億元", "建成后（预期）", kind="target", chk=True),
  fact("北方區區域總部", "project", "expected_annual_output_cny", 6e9, "cny", "建成後年產值可達60億元", "建成后（预期）", kind="target", chk=True),
  fact(XW, "park", "firms", 20, "count", B8, "2011年1月", qual="余", qtext="多", note="顶级通信企业"),
  fact(KF, "park", "projects_signed", 7, "count", B1, AS2, opt=True, note="签约地在开发区；七个项目中两个落户开发区"),
  fact(KF, "park", "signed_investment_cny", 1.35e10, "cny", "項目總投資額達135億元", AS2, opt=True, chk=True),
  fact(KF, "park", "projects_landed", 2, "count", "在七個簽約項目中,落戶北京經濟技術開發區的有兩家", AS2, opt=True),
  fact("大興區、北京經濟技術開發區", "region", "projects_signed", 109, "count", B0, "2010年初至2011年1月", kind="cumulative", opt=True, note="两区合计"),
  fact("大興區、北京經濟技術開發區", "region", "signed_investment_cny", 6e10, "cny", B0, "2010年初至2011年1月", kind="cumulative", qual="超", qtext="超過", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yk03 天津北辰开发区 特色产业园区 (selecttj 2018)
BC = "天津北辰经济技术开发区"
OM = "欧盟产业园"
XZ = "国家级新闻装备产业园"
CR = "中关村北辰产城融合示范区"
C0 = "初春时节,天津北辰经济技术开发区内,路上的车和人不是很多"
C1 = "随着世界著名气动元件制造商SMC的天津研发制造基地厂房完成地基建设,又一家引自北京、国际领先的高端装备制造企业即将在此落户"
C2 = "国家级新闻装备产业园以长荣印刷这一国内包装印刷设备制造的领军企业为龙头,吸引上下游产业链企业聚集发展"
C3 = "上个月,北辰区与北京科技园建设集团签署《关于中关村北辰产城融合示范区项目战略合作框架协议》,双方共同推进产城融合示范区5.9平方公里核心区的开发建设"
C4 = "此外,北辰开发区还与中铁建房地产和中铁创投分别合作推进产城融合"
G["yk03"] = dict(
 article=art("（无标题）天津北辰开发区打造一批特色产业园区 承接首都高端要素", "selecttj.com（“开发区 > 国家级开发区”栏，据网址；原发媒体与署名存段未示）", "2018-04-02", "day",
  "Investment-promotion site, Tianjin: a national-level ETDZ courting Beijing firms — a foreign maker's R&D and production base under construction, two themed parks inside the zone (EU park, news-equipment park led by a named firm), a Zhongguancun-branded new-town zone signed with a Beijing developer, its core area",
  "http://www.selecttj.com/kfq/gjjkfq/2018/0402/5353.html",
  "日期取网址 2018/0402（文中“初春时节”“上个月”签约）。存段无标题、无日期行（title 为编者概括），以导语“围绕主导产业…”开头，末句完整；长文可能只存开头。小标题“打造一批特色产业园区”保留为一段；共六段。园区：天津北辰经济技术开发区（文中又作“天津北辰开发区”“北辰开发区”“开发区”）；其中的特色产业园区欧盟产业园、国家级新闻装备产业园（parent 北辰开发区，文中“北辰开发区正着力打造一批特色产业园区。其中…”）；中关村北辰产城融合示范区（北辰区与北京科技园建设集团合作，文中未说在开发区内，parent null；又作“产城融合示范区”）。“首都高端要素转移承载基地”为北辰区的定位，不列园区。公司：SMC（天津研发制造基地，在开发区）；长荣印刷（新闻装备产业园龙头）；北京科技园建设集团、中铁建房地产、中铁创投为合作开发方（可选）。项目：SMC天津研发制造基地（厂房完成地基建设→在建）；中关村北辰产城融合示范区项目（签署战略合作框架协议→签约）。事实：示范区核心区5.9平方公里；“20余项支持产业发展的政策”可选。",
  "yk03"),
 parks=[
  park(BC, "天津", "天津", "经济技术开发区", C0, district="北辰区", aliases=["天津北辰开发区", "北辰开发区"], note="文中又作“开发区”"),
  park(OM, "天津", "天津", "特色产业园区", "其中,欧盟产业园以欧盟先进制造产业为承载对象", district="北辰区", parent=BC),
  park(XZ, "天津", "天津", "特色产业园区", C2, district="北辰区", parent=BC),
  park(CR, "天津", "天津", "产城融合示范区", C3, district="北辰区", aliases=["产城融合示范区"], note="与北京科技园建设集团合作开发；文中未说在开发区内"),
 ],
 companies=[
  comp("SMC", BC, C1, note="世界著名气动元件制造商；引自北京"),
  comp("长荣印刷", XZ, C2, note="新闻装备产业园龙头"),
  comp("北京科技园建设集团", None, C3, opt=True, note="产城融合示范区合作方"),
  comp("中铁建房地产", None, C4, opt=True, note="与开发区合作推进产城融合"),
  comp("中铁创投", None, C4, opt=True, note="与开发区合作推进产城融合"),
 ],
 projects=[
  proj("天津研发制造基地", BC, C1, companies=["SMC"], status="在建", status_text="厂房完成地基建设", note="SMC的天津研发制造基地"),
  proj("中关村北辰产城融合示范区项目", None, C3, companies=["北京科技园建设集团"], status="签约", status_text="签署…战略合作框架协议",
       note="园区开发项目；北辰区与北京科技园建设集团签署"),
 ],
 aggregate_facts=[
  fact(CR, "park", "core_area_km2", 5.9, "km2", C3, "2018年3月"),
  fact(BC, "park", "support_policies", 20, "count", "涉及加快先进制造业、促进科技创新发展、促进楼宇经济、促进金融业发展等20余项支持产业发展的政策", "2018年", qual="余", qtext="余", opt=True,
       note="《北辰区支持产业发展政策汇编》"),
 ])

# ---------------------------------------------------------------- yk04 中关村丰台园 2019 (大公网 2020)
FT = "中关村丰台园"
D0 = "2019年,预计全年实现总收入6300亿元,同比增长10%以上"
D1 = "中关村丰台园已形成轨道交通、航空航天两大千亿级产业集群"
D2 = "2019年以来,丰台园新增主板上市企业4家,新增科创板企业2家,累计上市企业28家"
D3 = "新引进规模以上及“高精尖”企业100家,新增千万级税源企业5家"
D4 = "新增英视睿达等3家北京市院士专家工作站,新增2家国家级技术中心"
D5 = "在科创板首批北京5家上市企业中,中国通号和交控科技均来自中关村丰台园,均属于轨道交通行业"
AS4 = "2019年（截至2020年1月）"
G["yk04"] = dict(
 article=art("中关村丰台园2019全年收入6300亿元 现轨道交通、航空航天两大千亿级产业集群", "大公网（takungpao.com，“神州大地”专题；作者 李锐）", "2020-01-08", "day",
  "Hong Kong paper's website (simplified channel), Beijing: a Zhongguancun sub-park reported at the district people's congress — expected 2019 revenue and growth, two 100-billion clusters, listings, firms introduced, high-tech firm count, two named rail-transit firms listed on the STAR market",
  "https://www.takungpao.com/special/239159/2020/0108/401933.html",
  "日期取页面“2020-01-08 14:32:50大公网 作者:李锐”。标题照录；导航、“字号 放大 标准 分享”与日期作者行已删。存段末段在“盘活低”处中断：自“将编制产业准入清单…”起的未完句已删（make_txt.py LINE_SUFFIX），正文截至“…创新活力和贡献度。”，共六段（含小标题一行）。园区：中关村丰台园（文中又作“丰台园”“园区”；北京市丰台区；为中关村的分园，但母园区“中关村”未单独出现，parent 记 null）。公司：中国通号、交控科技（“均来自中关村丰台园”）；英视睿达（新增院士专家工作站所在企业，可选）。事实：2019年预计总收入6300亿元、增长10%以上（target，as_of 注“预计”）；“2019年以来”的新增数（cumulative）；累计上市企业28家；国家高新技术企业约1010家；两大千亿级产业集群（可选）；中国通号总市值超千亿元（可选）。",
  "yk04"),
 parks=[
  park(FT, "北京", "北京", "科技园（中关村分园）", "中关村丰台园发展形势良好", district="丰台区", aliases=["丰台园"], note="文中又作“丰台园”“园区”；母园区中关村未单独出现"),
 ],
 companies=[
  comp("中国通号", FT, D5, note="科创板首批上市"),
  comp("交控科技", FT, D5, note="科创板首批上市"),
  comp("英视睿达", FT, D4, opt=True, note="新增北京市院士专家工作站"),
 ],
 projects=[],
 aggregate_facts=[
  fact(FT, "park", "total_revenue_cny", 6.3e11, "cny", D0, "2019年全年（预计）", kind="target", chk=True),
  fact(FT, "park", "total_revenue_yoy_growth", 0.10, "ratio", D0, "2019年全年（预计）", kind="ratio", qual="超", qtext="以上"),
  fact(FT, "park", "industrial_clusters_100bn", 2, "count", D1, "2020年1月", opt=True),
  fact(FT, "park", "new_main_board_listed_firms", 4, "count", D2, AS4, kind="cumulative"),
  fact(FT, "park", "new_star_market_listed_firms", 2, "count", D2, AS4, kind="cumulative"),
  fact(FT, "park", "listed_firms", 28, "count", D2, "2020年1月", kind="cumulative"),
  fact(FT, "park", "new_firms_introduced", 100, "count", D3, AS4, kind="cumulative", note="规模以上及“高精尖”企业"),
  fact(FT, "park", "new_tax_sources_over_10m", 5, "count", D3, AS4, kind="cumulative", opt=True),
  fact(FT, "park", "new_academician_workstations", 3, "count", D4, AS4, kind="cumulative", opt=True),
  fact(FT, "park", "new_national_tech_centers", 2, "count", D4, AS4, kind="cumulative", opt=True),
  fact(FT, "park", "high_tech_firms", 1010, "count", "截止目前,国家高新技术企业总数约1010家", "2020年1月", qual="约", qtext="约"),
  fact("中国通号", "company", "market_cap_cny", 1e11, "cny", "其中,中国通号募集资金额排名全国第一位,总市值超千亿元", "2020年1月", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- yk05 北京大兴生物医药基地园区 (中国新闻网 2021)
YY = "北京大兴生物医药基地园区"
ZG = "中关村科技园区"
E0 = "今年1-10月,北京大兴生物医药基地园区(以下简称“医药基地”)66家规上企业完成工业产值1466.5亿元"
E1 = "医药基地2006年加入中关村科技园区,成为国家级生物医药产业基地"
E2 = "截至目前,医药基地注册企业5000余家,落地生产540家,其中高新企业167家、上市企业18家、规上工业企业66家"
E3 = "医药基地现入驻12个国家级院所、109个服务平台、5家院士专家工作站和17家博士后科研工作站"
E4 = "此外,沃森生物新冠疫苗项目研发也将在医药基地产业化"
E5 = "去年8月开始,科兴新冠疫苗车间在医药基地陆续建成并投入使用"
E6 = "在占地23.5万平方米的三大主厂区,已建设投产3个高生物安全等级疫苗原液车间,新冠疫苗总体年产能超过20亿剂"
AS5 = "2021年11月"
G["yk05"] = dict(
 article=art("今年以来北京大兴生物医药基地园区工业产值超千亿", "中国新闻网（app.bjtitle.com 转载页）", "2021-11-19", "day",
  "National news agency's site via a relay app, Beijing: a biomedicine base that joined the Zhongguancun park — Jan–Oct output and growth, registered / producing / high-tech / listed / above-scale firms, research platforms, a vaccine maker's plants in production and another's vaccine project to come",
  "https://app.bjtitle.com/8816/newshow.php?did=357616606653247&newsid=6037547&typeid=68",
  "日期取页面“中国新闻网 2021-11-19 15:00”（该行已删）。标题照录。存段末行“截至目前,科兴新冠疫苗在全”为未完句，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…创造了“克冠速度”。”，共六段。园区：北京大兴生物医药基地园区（文中又作“医药基地”“基地”；北京市大兴区）；“2006年加入中关村科技园区”→ parent 中关村科技园区（可选园区）。公司：科兴（疫苗车间在医药基地；又作“科兴中维”）；沃森生物（新冠疫苗项目将在医药基地产业化，可选）。项目：科兴新冠疫苗车间（陆续建成并投入使用→投产；又作“科兴中维新冠疫苗生产车间”）；沃森生物新冠疫苗项目（将产业化→planned）。事实：1–10月规上工业产值1466.5亿元、增长710%（cumulative / ratio）；注册企业5000余家、落地生产540家、高新企业167家、上市企业18家、规上工业企业66家；院所、平台、工作站与一类新药数（可选）；科兴的年产能与厂区面积（可选）。北京市大兴区政府列可选机构。",
  "yk05"),
 parks=[
  park(YY, "北京", "北京", "生物医药产业基地", "记者今天(11月19日)从北京大兴生物医药基地园区获悉", district="大兴区", parent=ZG, aliases=["医药基地"],
       note="2006年加入中关村科技园区；文中又作“基地”"),
  park(ZG, "北京", "北京", "国家级高新区（科技园区）", E1, opt=True, note="只作为医药基地加入的园区出现"),
 ],
 companies=[
  comp("科兴", YY, E5, aliases=["科兴中维"], note="新冠疫苗车间在医药基地；文中又作“科兴中维”"),
  comp("沃森生物", YY, E4, opt=True, note="新冠疫苗项目将在医药基地产业化"),
 ],
 institutions=[
  inst("北京市大兴区政府", "北京市大兴区政府第一时间协调出7万平方米基地厂房", note="为科兴协调基地厂房"),
 ],
 projects=[
  proj("科兴新冠疫苗车间", YY, E5, companies=["科兴"], status="投产", status_text="陆续建成并投入使用", aliases=["科兴中维新冠疫苗生产车间"]),
  proj("沃森生物新冠疫苗项目", YY, E4, companies=["沃森生物"], status="planned", status_text="也将在医药基地产业化"),
 ],
 aggregate_facts=[
  fact(YY, "park", "industrial_output_above_scale_cny", 1.4665e11, "cny", E0, "2021年1–10月", kind="cumulative", chk=True, note="66家规上企业"),
  fact(YY, "park", "industrial_output_yoy_growth", 7.10, "ratio", "2021年1-10月,基地66家规上企业完成工业产值1466.5亿元,同比增长710%", "2021年1–10月", kind="ratio"),
  fact(YY, "park", "registered_firms", 5000, "count", E2, AS5, qual="余", qtext="余"),
  fact(YY, "park", "firms_in_production", 540, "count", E2, AS5),
  fact(YY, "park", "high_tech_firms", 167, "count", E2, AS5),
  fact(YY, "park", "listed_firms", 18, "count", E2, AS5),
  fact(YY, "park", "above_scale_firms", 66, "count", E2, AS5),
  fact(YY, "park", "national_research_institutes", 12, "count", E3, AS5, opt=True),
  fact(YY, "park", "service_platforms", 109, "count", E3, AS5, opt=True),
  fact(YY, "park", "academician_workstations", 5, "count", E3, AS5, opt=True),
  fact(YY, "park", "postdoc_workstations", 17, "count", E3, AS5, opt=True),
  fact(YY, "park", "class1_new_drugs", 14, "count", "目前拥有一类新药14个,11个进入临床", AS5, opt=True),
  fact("科兴", "company", "annual_capacity_doses", 2e9, "doses", E6, AS5, qual="超", qtext="超过", opt=True),
  fact("科兴", "company", "site_area_m2", 235000, "m2", E6, AS5, opt=True, note="三大主厂区"),
 ])

# ---------------------------------------------------------------- yk06 松江经开区 / 松江综合保税区 (新民晚报 2022)
SJ = "松江经济技术开发区"
ZB = "松江综合保税区"
F0 = "2月18日,国家级松江经济技术开发区、松江综合保税区长三角G60科创走廊高质量发展企业座谈会举行"
F1 = "据悉,2021年,松江经开区全年实现规上工业产值2826.9亿元,占全区62%"
F2 = "实现进出口总额2311亿元,占全区80%"
F3 = "2020年新能源汽车、生物医药、新材料、新一代信息技术等四大产业分别实现 84.7%、27.8%、42.6%、13.7%的两位数增长"
G["yk06"] = dict(
 article=art("9个项目花落松江经开区:继续做好“金牌店小二”,当好“企业同路人”", "新民晚报（记者 杨洁），载于 slyday.com", "2022-02", "month",
  "Shanghai evening paper via a relay site: a national ETDZ and the bonded zone run with it hold a firms' meeting — nine newly landed projects signed, the zone's 2021 above-scale output and trade with shares of the district, a consultancy's assessment with 2020 high-end share and four industries' growth",
  "https://www.slyday.com/show-172914-1-1.html",
  "日期：文中“2月18日…座谈会举行”，“2021年度优秀企业”“2021投资环境评估报告”→2022年2月18日的会；发布日推定为2022年2月（当日或稍后；页面未示日期），记 2022-02（month）。标题照录。转载站在一行中重复标题并注入水印“休闲区蓝鸢梦想 - Www.slyday.coM”与图说“图说:座谈会现场。松江经开区供图”，整行作为页面杂项删去（make_txt.py inner_drop）。存段末行“当天,雅葆生物、君益禾生物、睿速创生医疗科技、法路源生物科技等9”为未完句，整行删去，签约企业名因此不在正文中；正文截至“…得到了企业的一致好评。”，共四段。园区：松江经济技术开发区（“国家级”；文中又作“松江经开区”“经开区”；上海市松江区）；松江综合保税区（文中又作“综保区”；与经开区同办座谈会、同一评估报告，经开区负责“综保区配套建设”→ parent 松江经济技术开发区，由语境推定）。公司：普华永道（发布评估报告，可选，不在园）。事实：9个新落户项目集中签约；2021年规上工业产值2826.9亿元、进出口总额2311亿元（及占全区比重，可选）；2020年高端产业产值占比60%以上；四大产业增速（可选）。",
  "yk06"),
 parks=[
  park(SJ, "上海", "上海", "国家级经济技术开发区", F0, district="松江区", aliases=["松江经开区"], note="文中又作“经开区”"),
  park(ZB, "上海", "上海", "综合保税区", F0, district="松江区", parent=SJ, note="文中又作“综保区”；母园区由语境推定"),
 ],
 companies=[
  comp("普华永道", None, "会上,普华永道发布《松江经济技术开发区松江综合保税区2021投资环境评估报告》", opt=True, note="评估报告发布方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SJ, "park", "projects_signed", 9, "count", "9家新落户项目集中签约", "2022-02-18", note="新落户项目；企业名在被删残句中"),
  fact(SJ, "park", "industrial_output_above_scale_cny", 2.8269e11, "cny", F1, "2021年", chk=True),
  fact(SJ, "park", "share_of_district_industrial_output", 0.62, "ratio", F1, "2021年", kind="ratio", opt=True),
  fact(SJ, "park", "import_export_cny", 2.311e11, "cny", F2, "2021年", chk=True),
  fact(SJ, "park", "share_of_district_import_export", 0.80, "ratio", F2, "2021年", kind="ratio", opt=True),
  fact(SJ, "park", "high_end_output_share", 0.60, "ratio", "2020年高端产业产值占规上工业总产值比重达60%以上", "2020年", kind="ratio", qual="超", qtext="以上"),
  fact(SJ, "park", "nev_industry_output_growth", 0.847, "ratio", F3, "2020年", kind="ratio", opt=True),
  fact(SJ, "park", "biomedicine_industry_output_growth", 0.278, "ratio", F3, "2020年", kind="ratio", opt=True),
  fact(SJ, "park", "new_materials_industry_output_growth", 0.426, "ratio", F3, "2020年", kind="ratio", opt=True),
  fact(SJ, "park", "next_gen_it_industry_output_growth", 0.137, "ratio", F3, "2020年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yk07 滨海新区 107 projects, 天津经开区南港工业区 (中新网 2024)
BH = "滨海新区"
JK = "天津经开区"
NG = "南港工业区"
BS = "天津港保税区"
H0 = "26日上午,天津市滨海新区举行2024年第二季度重点项目开工活动,此次重点开工项目共107个,总投资472亿元"
H1 = "据悉,本次开工产业项目78个,总投资超392亿元,占总数的73%"
H2 = "位于天津经开区南港工业区的天津金科日化新材料智能化制造项目占地约19万平米,总投资超10亿元"
H3 = "在天津港保税区,百利集团国际机械大型阀门数字化重型生产车间项目一直备受关注"
AS7 = "2024-04-26（2024年第二季度开工活动）"
G["yk07"] = dict(
 article=art("天津滨海新区107个项目集中开工 总投资472亿元", "中新网（记者 王君妍），载于 urin79.com 镜像页", "2024-04-27", "day",
  "National news agency item via a mirror page, Tianjin: a new area's quarterly groundbreaking — 107 projects and total, 78 industrial projects, a named chemical project with its amount in a port industrial zone of the ETDZ, a valve workshop project in the bonded zone",
  "http://urin79.com/newsn/articlej.php?k7c=Qp.html",
  "日期取电头“中新网 天津4月27日电”，年份据文中“2024年第二季度”；镜像页的“发布时间:2024-11-23 20:52:48 来源: sp20241123”为转载时间，已删。标题照录；图片说明“4月26日,滨海新区举行…(天津滨海新区供图)”已删（make_txt.py inner_drop）。存段末行“天津滨海新区发改委相关负责人介绍,…作为发展新”为未完句，整行删去，正文截至“…现代化绿色工厂。”，共四段。园区：滨海新区（国家级新区；文中又作“天津市滨海新区”“天津滨海新区”）；天津经开区（文中又作“经开区”；在滨海新区内，parent 由语境推定）；南港工业区（“天津经开区南港工业区”→ parent 天津经开区）；天津港保税区（parent 滨海新区，由语境推定）。项目（本次开工）：天津金科日化新材料智能化制造项目（总投资超10亿元，在南港工业区）；百利集团国际机械大型阀门数字化重型生产车间项目（在天津港保税区，“此次开工的项目”）。公司：天津金科日化新材料有限公司、百利集团。事实：滨海新区本次开工107个、472亿元；产业项目78个、超392亿元、占总数73%（可选）；项目占地与车间面积（可选）。",
  "yk07"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", H0, aliases=["天津市滨海新区", "天津滨海新区"]),
  park(JK, "天津", "天津", "经济技术开发区", H2, district="滨海新区", parent=BH, note="文中又作“经开区”；母园区由语境推定"),
  park(NG, "天津", "天津", "工业区", H2, district="滨海新区", parent=JK, note="“天津经开区南港工业区”"),
  park(BS, "天津", "天津", "保税区", H3, district="滨海新区", parent=BH, note="母园区由语境推定"),
 ],
 companies=[
  comp("天津金科日化新材料有限公司", NG, "天津金科日化新材料有限公司项目负责人表示", note="“我们落户在经开区”"),
  comp("百利集团", BS, H3),
 ],
 projects=[
  proj("天津金科日化新材料智能化制造项目", NG, H2, companies=["天津金科日化新材料有限公司"], inv="总投资超10亿元", qual="超", qual_text="超",
       status="开工", status_text="重点项目开工活动", note="一期建成后年产10万吨过碳酸钠等"),
  proj("百利集团国际机械大型阀门数字化重型生产车间项目", BS, H3, companies=["百利集团"], status="开工", status_text="此次开工的项目",
       note="扩建6000平方米重型生产车间"),
 ],
 aggregate_facts=[
  fact(BH, "park", "projects_started", 107, "count", H0, AS7),
  fact(BH, "park", "projects_started_investment_cny", 4.72e10, "cny", "此次重点开工项目共107个,总投资472亿元", AS7, chk=True),
  fact(BH, "park", "industrial_projects_started", 78, "count", H1, AS7),
  fact(BH, "park", "industrial_projects_started_investment_cny", 3.92e10, "cny", "本次开工产业项目78个,总投资超392亿元", AS7, qual="超", qtext="超", chk=True),
  fact(BH, "park", "industrial_projects_share", 0.73, "ratio", H1, AS7, kind="ratio", opt=True, note="产业项目占开工项目总数"),
  fact("天津金科日化新材料智能化制造项目", "project", "site_area_m2", 190000, "m2", H2, AS7, qual="约", qtext="约", opt=True),
  fact("百利集团国际机械大型阀门数字化重型生产车间项目", "project", "floor_area_m2", 6000, "m2", "此次开工的项目是在预留空地扩建一座规模6000平方米的重型生产车间厂房", AS7, opt=True),
 ])

# ---------------------------------------------------------------- yk08 西部科学城重庆高新区 / 西永综保区 (2024)
GX = "西部科学城重庆高新区"
XY = "西永综保区"
K0 = "西部科学城重庆高新区党工委委员、西永综保区管委会副主任贾晖主持活动"
K1 = "本次集中开工项目7个,计划总投资150.5亿元"
K2 = "其中,新能源汽车科技产业园项目总投资100亿元,拟打造世界级智能网联新能源汽车产业集群"
K3 = "项目总投资35亿元,由长安跨越商用车公司与某新势力造车企业共建一条年产十万台的整车生产线"
K4 = "项目总投资3亿元,占地约25亩,选址在西永综保区内工业地块,由中核汇能重庆能源有限公司在重庆投资建设的首个电网侧大型储能电站"
AS8 = "2024-06-24（二季度集中开工）"
G["yk08"] = dict(
 article=art("（无标题）西部科学城重庆高新区2024年二季度重点产业项目集中开工 7个项目计划总投资150.5亿元", "fensifuwu.com 转载页（原发者未注明，似为重庆高新区的发布；摄影 何超）", "2024-06", "month",
  "Relay of an official item, Chongqing: a high-tech zone's quarterly groundbreaking — seven projects with total and expected output, three named projects with amounts (an EV technology park, a commercial-vehicle line, an energy-storage station in the bonded zone inside the zone), their firms and expected figures",
  "https://fensifuwu.com/emotion/me/a6a5a76f8aef35b1f51371271545ac43.html",
  "日期：文中“6月24日…举办2024年二季度重点产业项目集中开工活动”；页面未示发布日，记 2024-06（month）。存段无标题（title 为编者概括）；图说“▲活动现场。何超 摄”已删；小标题“新能源商用车 / 联合开发及生产项目”被页面断成两行，原样拼接（JOIN）；各项目小标题保留为段。存段末尾“重庆科博达汽车电子产业园 / 项目总投”未完，两行删去（该项目因此不在正文中），正文截至“…年税收预计约600万元。”，共八段。园区：西部科学城重庆高新区（文中又作“科学城”）；西永综保区（主持人为高新区党工委委员兼西永综保区管委会副主任，综保区项目列于高新区本次开工项目中→ parent 西部科学城重庆高新区，由语境推定）。项目（开工）：新能源汽车科技产业园项目（100亿元）；新能源商用车联合开发及生产项目（35亿元，长安跨越商用车公司与“某新势力造车企业”）；西永综保区集中式储能电站项目一期（3亿元，中核汇能重庆能源有限公司，在西永综保区）。“某新势力造车企业”未具名，不列。重庆高新开发集团（开发集团，可选公司）；市发改委、市经信委可选机构。事实：开工7个、计划总投资150.5亿元、投产后年产值预计突破210亿元（target）；项目的占地、十年累计营收、年产值、年税收（部分可选）。",
  "yk08"),
 parks=[
  park(GX, "重庆", "重庆", "高新区", "6月24日,西部科学城重庆高新区举办2024年二季度重点产业项目集中开工活动", note="文中又作“科学城”"),
  park(XY, "重庆", "重庆", "综合保税区", K0, parent=GX, note="母园区由语境推定"),
 ],
 companies=[
  comp("长安跨越商用车公司", GX, K3),
  comp("中核汇能重庆能源有限公司", XY, K4),
  comp("重庆高新开发集团", GX, "重庆高新开发集团党委副书记、总经理吕杰", opt=True, note="高新区开发集团"),
 ],
 institutions=[
  inst("市发改委", "市发改委、市经信委有关领导出席活动"),
  inst("市经信委", "市发改委、市经信委有关领导出席活动"),
 ],
 projects=[
  proj("新能源汽车科技产业园项目", GX, K2, inv="总投资100亿元", status="开工", status_text="集中开工"),
  proj("新能源商用车联合开发及生产项目", GX, K3, companies=["长安跨越商用车公司"], inv="项目总投资35亿元", status="开工", status_text="集中开工",
       note="与“某新势力造车企业”共建；年产十万台整车生产线"),
  proj("西永综保区集中式储能电站项目一期", XY, K4, companies=["中核汇能重庆能源有限公司"], inv="项目总投资3亿元", phase="一期", status="开工", status_text="集中开工",
       note="列于本次开工项目中"),
 ],
 aggregate_facts=[
  fact(GX, "park", "projects_started", 7, "count", K1, AS8),
  fact(GX, "park", "projects_started_investment_cny", 1.505e10, "cny", K1, AS8, chk=True),
  fact(GX, "park", "projects_started_expected_annual_output_cny", 2.1e10, "cny", "投产后年产值预计突破210亿元", "投产后（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact("新能源汽车科技产业园项目", "project", "site_area_mu", 700, "mu", "项目总投资100亿元,占地约700亩", AS8, qual="约", qtext="约", opt=True),
  fact("新能源汽车科技产业园项目", "project", "cumulative_revenue_10y_cny", 1.5e11, "cny", "计划建成投产后10年(2024-2033年)累计实现营收约1500亿元", "2024–2033年（计划）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("西永综保区集中式储能电站项目一期", "project", "expected_annual_output_cny", 1.2e8, "cny", "项目年产值1.2亿元,年税收预计约600万元", "投产后（预计）", kind="target", chk=True),
  fact("西永综保区集中式储能电站项目一期", "project", "expected_annual_tax_cny", 6e6, "cny", "年税收预计约600万元", "投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("西永综保区集中式储能电站项目一期", "project", "site_area_mu", 25, "mu", K4, AS8, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yk09 西部(重庆)科学城璧山片区 / 中新科技城 21 projects (璧山区政府网 2022)
BQ = "西部(重庆)科学城璧山片区"
ZX = "中新科技城"
L0 = "2月25日,我区举行西部(重庆)科学城璧山片区、中新科技城重大项目集中开工活动,共有21个项目集中开工,总投资274亿元"
L1 = "白盒子科技公司的SDH SOC芯片研发设计及总部公司项目为中科院“弘光专项”和科技部国家关键核心技术项目"
L2 = "脑陆科技的脑计算芯片研发项目,建成后将实现行业最高标准级别的脑机信号计算芯片的量产"
L3 = "重庆恒渝公司的光刻胶及配套材料项目,拥有国际领先的光刻胶研发团队及技术优势,将对应配套京东方、华星光电等产业巨头"
L4 = "浙江蓝城万信资产管理有限公司重庆璧山云栖蓝谷康养小镇产业项目,着力打造重庆地区乃至全国的康养小镇标杆、公园城市样板、高端服务平台"
AS9 = "2022-02-25（集中开工）"
G["yk09"] = dict(
 article=art("总投资274亿元 西部(重庆)科学城璧山片区中新科技城21个重大项目集中开工", "重庆市璧山区人民政府网（bishan.gov.cn “要闻动态”栏；存段无署名）", "2022-02-28", "day",
  "District government site, Chongqing: a science-city sector and the technology city within it hold a joint groundbreaking — 21 projects and total, four named projects by named firms (chip design, brain-computing chips, photoresist with expected capacity and output, a health-care town)",
  "http://www.bishan.gov.cn/sy_241/ywdt/202202/t20220228_10442896.html",
  "日期取页面“日期:2022-02-28”（开工活动2月25日）。标题照录；导航、日期行与图说“集中开工活动现场”已删。存段在末句“重庆金粮源农业科技有限公司农文旅融合项目,…农文旅融合发展的高”处中断，该句已删（make_txt.py LINE_SUFFIX；该项目因此不在正文中），正文截至“…提升片区整体品质。”，共三段。园区：西部(重庆)科学城璧山片区（璧山区；科学城的片区，按 real56 对“西部(重庆)科学城北碚园区”的记法不另列科学城）；中新科技城（标题作“西部(重庆)科学城璧山片区中新科技城”→ parent 璧山片区，由标题推定）。项目（集中开工→开工；园区记璧山片区，由语境推定——活动为“璧山片区、中新科技城”联合开工，文中未逐项说明所在）：SDH SOC芯片研发设计及总部公司项目（白盒子科技公司）、脑计算芯片研发项目（脑陆科技）、光刻胶及配套材料项目（重庆恒渝公司；年产光刻胶3.6万吨、年产值25亿元，target）、重庆璧山云栖蓝谷康养小镇产业项目（浙江蓝城万信资产管理有限公司）。京东方、华星光电为配套对象（可选，不在园）；中科院、科技部可选机构。区领导不列。事实：开工21个、总投资274亿元（主体记璧山片区，含中新科技城）。",
  "yk09"),
 parks=[
  park(BQ, "重庆", "重庆", "科学城片区", L0, district="璧山区", note="文中又作“片区”；西部(重庆)科学城在璧山区的片区"),
  park(ZX, "重庆", "重庆", "科技城", L0, district="璧山区", parent=BQ, note="标题作“西部(重庆)科学城璧山片区中新科技城”；母园区由标题推定"),
 ],
 companies=[
  comp("白盒子科技公司", BQ, L1),
  comp("脑陆科技", BQ, L2),
  comp("重庆恒渝公司", BQ, L3),
  comp("浙江蓝城万信资产管理有限公司", BQ, L4),
  comp("京东方", None, L3, opt=True, note="配套对象"),
  comp("华星光电", None, L3, opt=True, note="配套对象"),
 ],
 institutions=[
  inst("中科院", L1, kind="research", note="“弘光专项”"),
  inst("科技部", L1, note="国家关键核心技术项目"),
 ],
 projects=[
  proj("SDH SOC芯片研发设计及总部公司项目", BQ, L1, companies=["白盒子科技公司"], status="开工", status_text="集中开工"),
  proj("脑计算芯片研发项目", BQ, L2, companies=["脑陆科技"], status="开工", status_text="集中开工"),
  proj("光刻胶及配套材料项目", BQ, L3, companies=["重庆恒渝公司"], status="开工", status_text="集中开工"),
  proj("重庆璧山云栖蓝谷康养小镇产业项目", BQ, L4, companies=["浙江蓝城万信资产管理有限公司"], status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(BQ, "park", "projects_started", 21, "count", L0, AS9, note="璧山片区、中新科技城合计"),
  fact(BQ, "park", "projects_started_investment_cny", 2.74e10, "cny", "共有21个项目集中开工,总投资274亿元", AS9, chk=True, note="璧山片区、中新科技城合计"),
  fact("光刻胶及配套材料项目", "project", "expected_annual_output_cny", 2.5e9, "cny", "建成后可实现年产光刻胶3.6万吨,年产值25亿元", "建成后（预期）", kind="target", chk=True),
  fact("光刻胶及配套材料项目", "project", "expected_annual_capacity_t", 36000, "t", "建成后可实现年产光刻胶3.6万吨", "建成后（预期）", kind="target", opt=True),
 ])
