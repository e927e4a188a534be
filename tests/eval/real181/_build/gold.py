# real181 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none (a county, district or city is not a park). Status from the text's words (开工 /
# 集中开工 / 开工奠基 → 开工; 签约 / 签署 → 签约). Year plans (“年度计划投资”) are kind target; “累计” figures cumulative.
# City- and province-level figures are kept with subject_type "city" / "province" (optional where only context). Sources
# are `search` (corpus pages) excerpts typed into _raw/pages/vxNN.raw as returned.

# ---------------------------------------------------------------- vx01 山西 厦洽会 8 projects signed (mysteel 2019)
ZG = "山西转型综合改革示范区"
LL = "吕梁经济技术开发区"
B0 = "9月9日,2019厦门国际投资贸易洽谈会暨丝路投资大会启幕第二天,山西省投资环境推介会暨项目对接会在厦门召开"
B1 = "我省共有8个项目进行现场签约,总投资额96.4亿元"
B2 = "山西转型综合改革示范区管理委员会与中科华能科技有限公司签署年产1.12GWh新型三元锂电池研发成果转化项目"
B3 = "平鲁区人民政府和杭州易帆绝缘材料有限公司签署管道生产制造项目"
B4 = "朔城区人民政府和浙江中图实业集团有限公司签署的朔城区文化旅游康养建设项目"
B5 = "吕梁经济技术开发区管委会和北京朗凯尔医疗设备有限公司签署智能洗肺机生产项目"
B6 = "介休市志尧碳素有限公司和山东民丰铸造材料有限公司签署动力锂电池负极材料及锂电池项目"
B7 = "山西省投资促进局正式对外发布第二批178个省级重大招商项目,涉及总招商规模约3200亿元"
G["vx01"] = dict(
 article=art("（无标题）2019厦洽会山西省投资环境推介会暨项目对接会：8个项目现场签约，总投资额96.4亿元", "Mysteel 我的钢铁网（m.mysteel.com）；摘录无标题、无署名", "2019-09-10", "day",
  "Industry / market-information portal (steel and commodities press), Shanxi: a provincial investment promotion meeting at the 2019 Xiamen fair — 8 projects signed on site with their signing parties, among them a comprehensive-reform zone and an economic-technological development zone, plus the second batch of 178 provincial investment projects",
  "https://m.mysteel.com/19/0910/09/D13E4C0E77695C71_abc.html",
  "日期取 URL（19/0910，即 2019-09-10）；正文称“9月9日……启幕第二天”。摘录无标题行，标题为概括。**截断**：存储摘录在签约项目清单第六项“长治经济技”处中断，该未完项已删去，正文止于第五项“……动力锂电池负极材料及锂电池项目”（无句号）；第六至第八项（含长治经济技术开发区的项目）未存。园区：山西转型综合改革示范区（以其管委会名义签约）、吕梁经济技术开发区（以其管委会名义签约）。项目均“签署”→签约；各项目金额文中未给（只有 8 个项目合计 96.4 亿元）。与县区政府签约的三项及两家企业间签约的一项不在园区内，项目园区为 null，列为可选。省级合计数（96.4 亿元、178 个项目约 3200 亿元）以“山西省”为主体。",
  "vx01"),
 parks=[
  park(ZG, None, "山西", "综改示范区", B2, note="以“山西转型综合改革示范区管理委员会”名义签约；文中未写所在城市"),
  park(LL, "吕梁", "山西", "经济技术开发区", B5, note="以“吕梁经济技术开发区管委会”名义签约"),
 ],
 companies=[
  comp("中科华能科技有限公司", ZG, B2, note="与综改示范区管委会签约"),
  comp("北京朗凯尔医疗设备有限公司", LL, B5, note="与吕梁经开区管委会签约"),
  comp("杭州易帆绝缘材料有限公司", None, B3, opt=True, note="与平鲁区人民政府签约，不在园区"),
  comp("浙江中图实业集团有限公司", None, B4, opt=True, note="与朔城区人民政府签约，不在园区"),
  comp("介休市志尧碳素有限公司", None, B6, opt=True, note="企业间签约，未提园区"),
  comp("山东民丰铸造材料有限公司", None, B6, opt=True, note="企业间签约，未提园区"),
 ],
 institutions=[
  inst("山西转型综合改革示范区管理委员会", B2, park=ZG, note="园区管理机构"),
  inst("吕梁经济技术开发区管委会", B5, park=LL, note="园区管理机构"),
  inst("山西省投资促进局", B7, note="承办方，发布第二批重大招商项目"),
 ],
 projects=[
  proj("年产1.12GWh新型三元锂电池研发成果转化项目", ZG, B2, companies=["中科华能科技有限公司"], status="签约", status_text="签署"),
  proj("智能洗肺机生产项目", LL, B5, companies=["北京朗凯尔医疗设备有限公司"], status="签约", status_text="签署"),
  proj("管道生产制造项目", None, B3, companies=["杭州易帆绝缘材料有限公司"], status="签约", status_text="签署", opt=True, note="平鲁区，非园区"),
  proj("朔城区文化旅游康养建设项目", None, B4, companies=["浙江中图实业集团有限公司"], status="签约", status_text="签署", opt=True, note="朔城区，非园区"),
  proj("动力锂电池负极材料及锂电池项目", None, B6, companies=["介休市志尧碳素有限公司", "山东民丰铸造材料有限公司"], status="签约", status_text="签署", opt=True, note="企业间签约，未提园区"),
 ],
 aggregate_facts=[
  fact("山西省", "province", "projects_signed", 8, "count", B1, "2019-09-09（厦洽会现场签约）", opt=True),
  fact("山西省", "province", "signed_investment_cny", None, "cny", B1, "2019-09-09（厦洽会现场签约）", opt=True, note="8个项目合计"),
  fact("山西省", "province", "investment_projects_released", 178, "count", B7, "2019-09（第二批）", opt=True),
  fact("山西省", "province", "investment_projects_released_scale_cny", None, "cny", B7, "2019-09（第二批）", qual="约", qtext="约", opt=True),
 ],
)

# ---------------------------------------------------------------- vx02 洛阳高新技术产业集聚区获评省优 (bhah 2019)
LY = "洛阳高新技术产业集聚区"
C0 = "洛阳高新技术产业集聚区等20个产业集聚区被评为“2017年度河南省优秀产业集聚区”,各获奖励500万元"
C1 = "2017年,洛阳高新技术产业集聚区认定高新技术企业66家,有效期内高新技术企业跃升至111家"
C2 = "新认定市级以上研发中心60家,全区市级以上研发中心累计达到308家,其中 研发中心9家、省级研发中心89家"
C3 = "洛阳高新技术产业集聚区每万人拥有有效发明专利108件,为全国平均水平的11倍"
C4 = "全区规模以上工业企业研发投入占增加值比重达到6.1%"
G["vx02"] = dict(
 article=art("洛阳高新技术产业集聚区获评省优", "企商汇B2B信息网（bhah.cn），署“文/小编”；原出处未注明", "2019-07-29", "day",
  "B2B portal relaying a local item, Henan: a high-tech industrial cluster zone rated one of the province's 20 excellent cluster zones for 2017 — high-tech firms, R&D centres, patents per 10,000 people, R&D share",
  "https://bhah.cn/news/show.php?itemid=408",
  "日期取页面“发布日期:2019-07-29 10:38:52”；文中数据为2017年度。页头导航、“导读”（含 ldquo;/rdquo; 乱码的摘要）、署名“(文/小编)”及版权声明已删；正文一段（页面以三个空格分隔句群，照录）。“其中 研发中心9家”原文如此（“研发中心”前缺修饰词，疑为网站过滤），照录；该数列为可选。园区：洛阳高新技术产业集聚区（河南洛阳）。无企业、无项目。",
  "vx02"),
 parks=[park(LY, "洛阳", "河南", "产业集聚区", C0)],
 aggregate_facts=[
  fact(LY, "park", "high_tech_firms_certified", 66, "count", C1, "2017年"),
  fact(LY, "park", "high_tech_firms", 111, "count", C1, "2017年（有效期内）"),
  fact(LY, "park", "rd_centers_new", 60, "count", C2, "2017年", note="市级以上研发中心新认定"),
  fact(LY, "park", "rd_centers", 308, "count", C2, "2017年末（累计）", kind="cumulative", note="市级以上研发中心"),
  fact(LY, "park", "provincial_rd_centers", 89, "count", C2, "2017年末（累计）", kind="cumulative", opt=True),
  fact(LY, "park", "national_rd_centers", 9, "count", C2, "2017年末（累计）", kind="cumulative", opt=True, note="原文“其中 研发中心9家”缺修饰词"),
  fact(LY, "park", "invention_patents_per_10k_people", 108, "count", C3, "2017年"),
  fact(LY, "park", "rd_spending_share_of_value_added", 0.061, "ratio", C4, "2017年", kind="ratio"),
  fact(LY, "park", "award_cny", 5000000.0, "cny", "各获奖励500万元", "2017年度考核", opt=True),
 ],
)

# ---------------------------------------------------------------- vx03 新兴产业夯实“开放高地”之基 (郑州日报 2019)
HK = "航空港实验区"
D0 = "新加坡企业发展局中国司司长黄祖信带领丰树物流中国区首席执行官李沃文等高层走进航空港实验区考察项目"
D1 = "见到中外运(郑州)空港物流有限公司总经理助理龙啸时"
D2 = "航空港实验区进出口企业队伍正在不断壮大:去年,富士康、宝聚丰供应链、嘉瑞供应链、易通跨境供应链、捷迅保税物流等7家企业列入全省进出口企业50强,数量稳居全省第一"
D3 = "“7年间,我们公司从不足40人发展壮大成200多人的团队"
D4 = "河南进口肉类指定口岸总报检量达3.53万吨,增长33.3%"
D5 = "在中外运集团总部的版图中,郑州已与北京、上海、广州、成都并列全国五大物流口岸基地"
G["vx03"] = dict(
 article=art("新兴产业夯实“开放高地”之基", "郑州日报 2019年5月27日 第05版（综合新闻），zzrb.zynews.cn", "2019-05-27", "day",
  "City daily, Henan: continuation (上接一版) of a feature on Zhengzhou's opening-up — the airport economy zone's logistics firms, port inspection figures, the zone's firms among the province's top 50 importers/exporters",
  "http://zzrb.zynews.cn/html/2019-05/27/content_1074788.htm",
  "日期取 URL 与版面（2019-05/27，第05版）。页面为第五版上的转版部分，以“(上接一版)”开头，照录；第一版上的前半篇未存，标题取本版。版面目录与导航已删。存储摘录止于“……数量稳居全省第一。”（该句完整；其后是否还有正文不详）。园区：航空港实验区（郑州；文中只作“航空港实验区”）。“郑州航空港口岸”“航空口岸”是口岸，不列园区。7 家进出口 50 强企业中点名 5 家，园区航空港实验区；中外运(郑州)空港物流有限公司位于何处文中未明说，按语境列航空港实验区，可选。“去年”指2018年。",
  "vx03"),
 parks=[park(HK, "郑州", "河南", "航空港实验区", D0, note="文中只作“航空港实验区”")],
 companies=[
  comp("富士康", HK, D2),
  comp("宝聚丰供应链", HK, D2),
  comp("嘉瑞供应链", HK, D2),
  comp("易通跨境供应链", HK, D2),
  comp("捷迅保税物流", HK, D2),
  comp("中外运(郑州)空港物流有限公司", HK, D1, opt=True, note="园区由语境推断"),
  comp("中外运集团", None, D5, opt=True, note="母公司"),
  comp("丰树物流", None, D0, opt=True, note="考察来访企业"),
 ],
 institutions=[inst("新加坡企业发展局", D0, note="考察来访机构")],
 aggregate_facts=[
  fact(HK, "park", "firms_in_provincial_top50_traders", 7, "count", D2, "2018年", note="列入全省进出口企业50强，数量全省第一"),
  fact("中外运(郑州)空港物流有限公司", "company", "employees", 200, "count", D3, "2019年", qual="余", qtext="200多人", opt=True),
  fact("河南进口肉类指定口岸", "port", "inspection_volume_tonnes", 35300, "tonne", D4, "2018年", opt=True),
  fact("河南进口肉类指定口岸", "port", "inspection_volume_yoy_growth", 0.333, "ratio", D4, "2018年", kind="ratio", opt=True),
 ],
)

# ---------------------------------------------------------------- vx04 开封 清明文化节 项目签约 (河南日报 via mlzgw 2018)
KF = "河南自贸试验区开封片区"
E0 = "当日共签订64个合作项目,总投资504.5亿元,合同引资478.2亿元"
E1 = "向与会400多名客商发布经济技术合作项目装备制造及汽车零部件产业、农产品加工产业、新能源新材料产业等八大类共计265个项目,总投资4893亿元"
E2 = "中国“一带一路”建设、河南自贸试验区开封片区为开封和世界搭建了沟通交流的桥梁"
E3 = "开封市政府负责人结合开封8个产业集聚区和十大产业重点发展方向"
G["vx04"] = dict(
 article=art("（无标题）2018中国(开封)清明文化节项目签约仪式：签订64个合作项目，总投资504.5亿元", "河南日报（记者童浩麟），载于 xinwen.mlzgw.cn", "2018-04-17", "day",
  "Provincial daily relayed by a local news site, Henan: a city's festival signing ceremony — projects released and signed with totals, the city's 8 industrial cluster zones, the free-trade-zone area quoted by a foreign investor",
  "http://xinwen.mlzgw.cn/news/yushi/2018/0417/5890.html",
  "日期取页面“2018-04-17 11:54:26 来源:河南日报”（该行已删）。摘录无标题行，标题为概括。正文三段，完整（止于记者署名）。园区：河南自贸试验区开封片区（只在外商引语中出现）；“开封8个产业集聚区”未点名，不列园区，其数目列为开封市的可选事实。签约项目未点名。英国KMA集团为出席企业，文中未置于园区（园区 null，可选）。事实主体为开封市。",
  "vx04"),
 parks=[park(KF, "开封", "河南", "自贸片区", E2, note="只在外商引语中出现")],
 companies=[comp("英国KMA集团", None, "参加签约仪式的英国KMA集团总裁菲利普·多米尼克·梅林先生表示", opt=True, note="出席企业，未置于园区")],
 aggregate_facts=[
  fact("开封市", "city", "projects_signed", 64, "count", E0, "2018-04-16（清明文化节签约）"),
  fact("开封市", "city", "signed_investment_cny", None, "cny", "总投资504.5亿元,合同引资478.2亿元", "2018-04-16（清明文化节签约）"),
  fact("开封市", "city", "contracted_external_capital_cny", None, "cny", "合同引资478.2亿元", "2018-04-16（清明文化节签约）"),
  fact("开封市", "city", "investment_projects_released", 265, "count", E1, "2018-04-16", opt=True),
  fact("开封市", "city", "investment_projects_released_cny", None, "cny", "总投资4893亿元", "2018-04-16", opt=True),
  fact("开封市", "city", "industrial_cluster_zones", 8, "count", E3, "2018年", opt=True),
 ],
)

# ---------------------------------------------------------------- vx05 洛阳71个重大项目集中开工 (河南日报 via henan.gov.cn 2019)
YB = "伊滨经开区"
F0 = "此次,共集中开工重大项目71个,总投资133亿元,年度计划投资30亿元"
F1 = "以投资5亿元的新安县河南百川线缆年产30万千米特种电缆项目为代表的产业转型发展项目有28个"
F2 = "以投资15亿元的伊滨经开区洛阳中德产业园项目为代表的现代基础设施项目有21个"
F3 = "以投资3亿元的宜阳县实验高中建设项目为代表的民生和社会事业项目有8个"
F4 = "以投资2.8亿元的伊川县生态花木基地建设项目为代表的生态环保项目有3个"
F5 = "以投资5亿元的高新区石油化工产品贸易园区项目为代表的创新驱动能力提升项目有3个"
F6 = "已累计完成省市重点项目投资1500亿元,投资额是年度投资计划的111%"
AS5 = "2019-11-15（第四季度集中开工）"
G["vx05"] = dict(
 article=art("洛阳71个重大项目集中开工", "河南日报（记者田宜龙，河南报业全媒体记者王雪娜），载于河南省人民政府门户网站 www.henan.gov.cn", "2019-11-18", "day",
  "Provincial daily on the provincial government portal, Henan: a city's fourth-quarter groundbreaking — 71 projects by category, each category with one named project and its amount, two of them in development zones",
  None,
  "**无网址**：检索库给出的这段页面文本没有地址；页头为“河南省人民政府门户网站 www.henan.gov.cn 时间:2019-11-18 07:30 来源:河南日报”，日期取此（该行已删）。标题照录；“责任编辑:陈静”及页尾已删；正文三段完整。园区：伊滨经开区（洛阳）；“高新区”（按语境为洛阳高新区，文中只作“高新区”，列可选）；洛阳中德产业园在伊滨经开区内（项目名，另列可选园区）。五个点名项目均为本次开工（“集中开工”→开工），金额“投资X亿元”。新安县、宜阳县、伊川县的项目不在园区（park null）；学校、花木基地两项非产业项目列可选。分类小计（28个/47亿元等）未逐一列入，只列总数。",
  "vx05"),
 parks=[
  park(YB, "洛阳", "河南", "经济开发区", F2),
  park("高新区", "洛阳", "河南", "高新区", F5, opt=True, note="按语境为洛阳的高新区，文中只作“高新区”"),
  park("洛阳中德产业园", "洛阳", "河南", "产业园", F2, parent=YB, opt=True, note="以项目名出现：伊滨经开区洛阳中德产业园项目"),
 ],
 companies=[comp("河南百川线缆", None, F1, opt=True, note="只在项目名中；新安县，未提园区")],
 projects=[
  proj("洛阳中德产业园项目", YB, F2, inv="投资15亿元", status="开工", status_text="集中开工", note="现代基础设施类代表项目"),
  proj("石油化工产品贸易园区项目", "高新区", F5, inv="投资5亿元", status="开工", status_text="集中开工", note="创新驱动能力提升类代表项目"),
  proj("河南百川线缆年产30万千米特种电缆项目", None, F1, companies=["河南百川线缆"], inv="投资5亿元", status="开工", status_text="集中开工", note="新安县；产业转型发展类代表项目"),
  proj("宜阳县实验高中建设项目", None, F3, inv="投资3亿元", status="开工", status_text="集中开工", opt=True),
  proj("伊川县生态花木基地建设项目", None, F4, inv="投资2.8亿元", status="开工", status_text="集中开工", opt=True),
 ],
 aggregate_facts=[
  fact("洛阳市", "city", "projects_started", 71, "count", F0, AS5),
  fact("洛阳市", "city", "projects_started_investment_cny", None, "cny", "总投资133亿元,年度计划投资30亿元", AS5),
  fact("洛阳市", "city", "planned_annual_investment_cny", None, "cny", "年度计划投资30亿元", "2019年（开工项目年度计划）", kind="target", opt=True),
  fact("洛阳市", "city", "key_projects_investment_completed_cny", None, "cny", F6, "2019年截至11月中旬（累计）", kind="cumulative", opt=True),
  fact("洛阳市", "city", "key_projects_investment_plan_completion", 1.11, "ratio", F6, "2019年截至11月中旬", kind="ratio", opt=True),
 ],
)

# ---------------------------------------------------------------- vx06 新乡 第三季度重大项目集中开工 (河南日报客户端 2020)
H0 = "据了解,第三季度开工的项目还有,辉县市孟庄镇食品专业园区、原阳格诺科创产业园、新乡市创新谷核心区、平原示范区黄河下游滩区综合提升治理一期试点等一批“大块头”项目"
H1 = "当天,延津县建文100万吨洗涤剂项目和牧野区中深万豪广场城市综合体项目分别开工奠基"
H2 = "据了解,建文100万吨洗涤剂项目总投资10亿元人民币"
H3 = "中深万豪广场城市综合体项目位于定国湖畔,占地约52亩,总投资约20亿元"
H4 = "新乡市2020年第三季度重大项目集中开工项目共计370个,总投资1003亿元"
H5 = "其中,亿元以上项目130个,总投资935亿元;10亿元以上项目19个,总投资570亿元"
AS6 = "2020年第三季度（集中开工）"
G["vx06"] = dict(
 article=art("新乡这两个项目厉害了!一个有望成为新乡“新地标” 一个将成为全国产能最大洗涤剂生产基地", "河南日报客户端，载于 tashoney.com.cn（转载页，栏目 guoji）", "2020-08-07", "day",
  "Provincial daily's app relayed by a mirror site, Henan: a city's third-quarter groundbreaking — two named projects with amounts, the quarter's totals, and park projects (a food park, a sci-tech park) among the other starts",
  "http://www.tashoney.com.cn/guoji/202008/08072779.html",
  "日期取页面“时间:2020-08-07 12:51:13来源:河南日报客户端”（该行已删）。标题照录；“最新新闻:”已删。**截断**：存储摘录在末句“……为重大项目顺利实施营”处中断，该未完句已删，正文止于“……推动重大项目开工复工。”。转载站点非原发媒体；文字为简体，未见改写。园区：辉县市孟庄镇食品专业园区、原阳格诺科创产业园（均以“第三季度开工的项目”出现，作园区并作开工项目）；新乡市创新谷核心区、平原示范区只在项目名中，列可选。两个点名项目在县区（延津县、牧野区），未置于园区（park null）。“总投资10亿元人民币”按10亿元记；“约20亿元”限定词约。",
  "vx06"),
 parks=[
  park("辉县市孟庄镇食品专业园区", "新乡", "河南", "专业园区", H0, district="辉县市", note="以第三季度开工项目出现"),
  park("原阳格诺科创产业园", "新乡", "河南", "产业园", H0, district="原阳县", note="以第三季度开工项目出现"),
  park("新乡市创新谷核心区", "新乡", "河南", "创新谷", H0, opt=True, note="以开工项目出现"),
  park("平原示范区", "新乡", "河南", "示范区", H0, opt=True, note="只在项目名“平原示范区黄河下游滩区综合提升治理一期试点”中"),
 ],
 companies=[comp("万豪集团", None, "包括万豪集团旗下五星级品牌酒店", opt=True, note="酒店品牌方")],
 projects=[
  proj("建文100万吨洗涤剂项目", None, H2, inv="总投资10亿元", status="开工", status_text="开工奠基", note="延津县；开工见“分别开工奠基”"),
  proj("中深万豪广场城市综合体项目", None, H3, inv="总投资约20亿元", value=2e9, qual="约", qual_text="约", status="开工", status_text="开工奠基", note="牧野区"),
  proj("辉县市孟庄镇食品专业园区", "辉县市孟庄镇食品专业园区", H0, status="开工", status_text="第三季度开工的项目"),
  proj("原阳格诺科创产业园", "原阳格诺科创产业园", H0, status="开工", status_text="第三季度开工的项目"),
  proj("新乡市创新谷核心区", None, H0, status="开工", status_text="第三季度开工的项目", opt=True),
  proj("平原示范区黄河下游滩区综合提升治理一期试点", "平原示范区", H0, status="开工", status_text="第三季度开工的项目", opt=True, phase="一期"),
 ],
 aggregate_facts=[
  fact("新乡市", "city", "projects_started", 370, "count", H4, AS6),
  fact("新乡市", "city", "projects_started_investment_cny", None, "cny", "总投资1003亿元", AS6),
  fact("新乡市", "city", "projects_started_over_100m", 130, "count", H5, AS6, opt=True, note="亿元以上项目"),
  fact("新乡市", "city", "projects_started_over_100m_investment_cny", None, "cny", "总投资935亿元;10亿元以上项目19个", AS6, opt=True),
  fact("新乡市", "city", "projects_started_over_1bn", 19, "count", H5, AS6, opt=True, note="10亿元以上项目"),
 ],
)
