# real55 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value + investment_currency
# (projects) or *_usd facts. Growth rates and shares as ratios. Projects: the park is the one the text places the project in,
# null if none (a city or county is not a park). Status from the text's words (签约 → 签约; 开工 / 集中开工 / 启动 → 开工;
# 正在紧张建设 / 稳步推进 / 加快推进…建设进度 → 在建; 投产 / 正式投产 → 投产). Year-to-date and since-founding totals
# (“累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/zyNN.raw as returned.

# ---------------------------------------------------------------- zy01 重庆两江新区 一天签约737亿元 (光明日报 2011)
LJ = "重庆两江新区"
A0 = "德国蒂森克虏伯汽车板项目,投资11亿美元;台联电欣兴项目,投资8亿美元;美国通用电器项目,投资3亿美元……9月24日,40余家世界500强企业纷纷签约投资重庆两江新区,一天签约投资额累计达到了737亿元"
A1 = "在此次集中签约的44个项目中,来自美国、德国、瑞典、意大利等国的外资项目达到37个,投入达到64亿美元"
A2 = "这也使落户两江新区的世界500强企业超过了110家"
AS1 = "2011年9月24日（集中签约）"
G["zy01"] = dict(
 article=art("重庆两江新区: 一天签约737亿元", "光明日报（2011年09月26日 第10版；记者 张国圣 特约记者 李宏），存于 epaper.neamco.com 的光明日报电子版镜像页（原路径 gmrb/html/2011-09/26/nw.D110000gmrb_20110926_3-10.htm）", "2011-09-26", "day",
  "National daily (光明日报), Chongqing: a state-level new area's one-day signing — three named foreign projects with US-dollar amounts, the day's total signed investment, project counts, foreign investment, Fortune-500 firms in the area",
  "https://epaper.neamco.com/gmrb/html/2011-09/26/nw.D110000gmrb_20110926_3-10.htm?div=-1",
  "日期取页面“光明日报 2011年09月26日 星期一”与“《 光明日报 》( 2011年09月26日   10 版)”；电头“本报重庆9月25日电”。存页为光明日报电子版的镜像（域名 epaper.neamco.com，路径与 epaper.gmw.cn 的 gmrb 电子版一致），正文完整，三段。标题在页面上分两行（“重庆两江新区:”/“一天签约737亿元”），以一个空格连接。频道菜单、报名日期行、版次行与页脚已删。园区：重庆两江新区（文中又作“两江新区”；文中未写“国家级”，kind 记“新区”）。项目：德国蒂森克虏伯汽车板项目（投资11亿美元）、台联电欣兴项目（8亿美元）、美国通用电器项目（3亿美元）——均为9月24日签约项目（“纷纷签约投资重庆两江新区”），金额为美元，investment_cny 为空、investment_value/currency 记美元。公司名只在项目名中出现（蒂森克虏伯、台联电欣兴、美国通用电器），列为可选。事实：一天签约投资额737亿元；签约项目44个，其中外资项目37个、投入64亿美元；落户两江新区的世界500强企业超过110家（超，累计）；40余家世界500强企业签约（余，可选）；8大产业集群（可选）。",
  "zy01"),
 parks=[
  park(LJ, "重庆", "重庆", "新区", A0, aliases=["两江新区"], note="文中又作“两江新区”；级别文中未写"),
 ],
 companies=[
  comp("德国蒂森克虏伯", LJ, A0, opt=True, note="只在项目名“德国蒂森克虏伯汽车板项目”中；另有“德国蒂森克虏伯汽车板项目副总经理纳格”"),
  comp("台联电欣兴", LJ, A0, opt=True, note="只在项目名中"),
  comp("美国通用电器", LJ, A0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("德国蒂森克虏伯汽车板项目", LJ, A0, companies=["德国蒂森克虏伯"], inv="投资11亿美元", currency="usd", value=1.1e9, status="签约", status_text="纷纷签约投资", note="美元金额"),
  proj("台联电欣兴项目", LJ, A0, companies=["台联电欣兴"], inv="投资8亿美元", currency="usd", value=8e8, status="签约", status_text="纷纷签约投资", note="美元金额"),
  proj("美国通用电器项目", LJ, A0, companies=["美国通用电器"], inv="投资3亿美元", currency="usd", value=3e8, status="签约", status_text="纷纷签约投资", note="美元金额"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "signed_investment_cny", 7.37e10, "cny", "一天签约投资额累计达到了737亿元", AS1, chk=True),
  fact(LJ, "park", "projects_signed", 44, "count", A1, AS1),
  fact(LJ, "park", "foreign_projects_signed", 37, "count", A1, AS1),
  fact(LJ, "park", "signed_foreign_investment_usd", 6.4e9, "usd", A1, AS1),
  fact(LJ, "park", "fortune500_firms", 110, "count", A2, "2011年9月", kind="cumulative", qual="超", qtext="超过"),
  fact(LJ, "park", "fortune500_firms_signing", 40, "count", "40余家世界500强企业纷纷签约投资重庆两江新区", AS1, qual="余", qtext="余", opt=True),
  fact(LJ, "park", "industrial_clusters", 8, "count", "重庆两江新区正在打造的8大产业集群包括汽车、电子信息、高端装备、新能源新材料、轨道交通、直升机及航空基地、节能环保和生物医药等", "2011年9月", opt=True),
 ])

# ---------------------------------------------------------------- zy02 廊坊 十大龙头项目全部开工 (中新网 2008)
LFY = "廊坊市工业园区"
B0 = "初冬时节,廊坊市工业园区却是一片热火朝天:投资20亿元的首钢机电公司、投资4亿元的中石油大厂油库扩建等项目正在紧张建设"
B1 = "今年前三季度,廊坊市规模以上工业增加值完成252.5亿元,城镇固定资产投资完成660.3亿元,同比分别增长了17.2%和44.5%,增幅均居河北省第一"
B2 = "全力推进富士康廊坊基地、中兴北方基地、新奥太阳能电池等10大龙头项目建设。截至11月中旬,10大龙头项目已全部开工,其中河北南玻首期特种浮法玻璃项目已于近日投产,新奥太阳能电池、燕达医院等项目有望近期投产"
B3 = "在加快推进廊沧高速、大广高速、京沪高铁等重大基础设施项目建设进度的同时"
AS2 = "2008年11月中旬"
G["zy02"] = dict(
 article=art("廊坊营造环京津发展新机遇 十大龙头项目全部开工", "中国新闻网（中新网石家庄11月28日电，田张梦 孙明军 孙占稳），chinanews.com 经济新闻", "2008-11-28", "day",
  "National wire (中新网), Hebei: a city's project drive in the downturn — two projects under construction in the city's industrial parks with amounts, ten leading projects all started (one in production, two expected soon), infrastructure under way, the city's nine-month industrial value added and investment",
  "https://www.chinanews.com/cj/kong/news/2008/11-28/1466814.shtml",
  "日期取页面“2008年11月28日 14:02 来源:中国新闻网”。标题照录；“本页位置…”与日期来源行已删。存段末段“据了解,明年廊坊市区城市建设项目总投资将超过600亿元,预计当年投入将达到近400亿元,相”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…有望近期投产。”，共五段。园区：文中只有“廊坊市工业园区”（“廊坊市工业园区却是一片热火朝天”——泛指该市工业园区，非专名；列可选园区）。判断：首钢机电公司（投资20亿元）与中石油大厂油库扩建（投资4亿元）“正在紧张建设”→在建，园区照文记“廊坊市工业园区”（文中只这样放置；中石油大厂油库在大厂县，可见所指为泛称）。10大龙头项目：富士康廊坊基地、中兴北方基地、新奥太阳能电池“已全部开工”→开工（新奥“有望近期投产”仍记开工）；河北南玻首期特种浮法玻璃项目“已于近日投产”→投产（phase 首期）；燕达医院（医院项目，列在“有望近期投产”中，推定为10大龙头项目之一→开工，可选）。园区均未写，park null。廊沧高速、大广高速、京沪高铁为基础设施（“加快推进…建设进度”→在建），可选。公司只在项目名中，均可选。事实：廊坊市前三季度规上工业增加值252.5亿元、城镇固定资产投资660.3亿元、增长17.2%和44.5%（subject 廊坊市，region）；10大龙头项目全部开工（可选）。“明年…600亿元…近400亿元”在删去的残段中，不计。",
  "zy02"),
 parks=[
  park(LFY, "廊坊", "河北", "工业园区（泛称）", B0, opt=True, note="泛称“廊坊市（的）工业园区”，非专名"),
 ],
 companies=[
  comp("首钢机电公司", LFY, B0, opt=True, note="以企业名作项目名"),
  comp("中石油", None, B0, opt=True, note="只在项目名“中石油大厂油库扩建”中"),
  comp("富士康", None, B2, opt=True, note="只在项目名中"),
  comp("河北南玻", None, B2, opt=True, note="只在项目名中"),
  comp("新奥", None, B2, opt=True, note="只在项目名“新奥太阳能电池”中"),
 ],
 projects=[
  proj("首钢机电公司", LFY, B0, companies=["首钢机电公司"], inv="投资20亿元", status="在建", status_text="正在紧张建设", note="项目以企业名称；园区照文（泛称）"),
  proj("中石油大厂油库扩建", LFY, B0, companies=["中石油"], inv="投资4亿元", status="在建", status_text="正在紧张建设", note="园区照文（泛称）"),
  proj("富士康廊坊基地", None, B2, companies=["富士康"], status="开工", status_text="已全部开工", note="10大龙头项目之一"),
  proj("中兴北方基地", None, B2, status="开工", status_text="已全部开工", note="10大龙头项目之一"),
  proj("新奥太阳能电池", None, B2, companies=["新奥"], status="开工", status_text="已全部开工", note="10大龙头项目之一；有望近期投产"),
  proj("河北南玻首期特种浮法玻璃项目", None, B2, companies=["河北南玻"], phase="首期", status="投产", status_text="已于近日投产", note="10大龙头项目之一"),
  proj("燕达医院", None, B2, status="开工", status_text="已全部开工", opt=True, note="有望近期投产；推定为10大龙头项目之一"),
  proj("廊沧高速", None, B3, status="在建", status_text="加快推进…建设进度", opt=True, note="基础设施"),
  proj("大广高速", None, B3, status="在建", status_text="加快推进…建设进度", opt=True, note="基础设施"),
  proj("京沪高铁", None, B3, status="在建", status_text="加快推进…建设进度", opt=True, note="基础设施"),
 ],
 aggregate_facts=[
  fact("廊坊市", "region", "above_scale_industrial_value_added_cny", 2.525e10, "cny", "今年前三季度,廊坊市规模以上工业增加值完成252.5亿元", "2008年1–9月", chk=True),
  fact("廊坊市", "region", "urban_fixed_asset_investment_cny", 6.603e10, "cny", "城镇固定资产投资完成660.3亿元", "2008年1–9月", chk=True),
  fact("廊坊市", "region", "above_scale_industrial_value_added_yoy_growth", 0.172, "ratio", B1, "2008年1–9月", kind="ratio"),
  fact("廊坊市", "region", "urban_fixed_asset_investment_yoy_growth", 0.445, "ratio", B1, "2008年1–9月", kind="ratio"),
  fact("廊坊市", "region", "leading_projects_started", 10, "count", B2, AS2, opt=True),
 ])

# ---------------------------------------------------------------- zy03 山东省级新区 上半年 (中国经济导报 / 中国发展网 2022)
HBH = "烟台黄渤海新区"
YH = "临沂沂河新区"
LX = "菏泽鲁西新区"
TQ = "德州天衢新区"
C0 = "上半年,10个主导产业营业收入1069亿元"
C1 = "其中,烟台黄渤海新区高端装备制造、新一代信息技术、现代海洋3个主导产业营业收入401亿元"
C2 = "临沂沂河新区以山东临工、山重建机为代表的智能制造产业营业收入286亿元"
C3 = "菏泽鲁西新区以步长制药为代表的生物医药产业营业收入175.8亿元"
C4 = "德州天衢新区全力推进新兴产业发展壮大,新能源、新材料、电子信息3个主导产业营业收入156.5亿元"
C5 = "上半年,开工重点项目248个,已完成投资604.6亿元"
C6 = "一批标志性重大项目相继落地,烟台中节能万润新材料、泰和新材料等重大项目集中开工,德州有研8英寸硅片、12英寸硅片项目稳步推进,氢普(德州)氢燃料电池电堆自动化生产线一期项目正式投产"
AS3 = "2022年上半年"
G["zy03"] = dict(
 article=art("山东:省级新区建设开局良好,经济指标普遍快于全省平均水平", "中国经济导报、中国发展网（记者 高杨），chinadevelopment.com.cn 产经", "2022-08-24", "day",
  "National economic paper and its portal (中国经济导报 / 中国发展网), Shandong: a provincial press conference on four provincial-level new areas' first half-year — the areas' leading-industry revenues with named firms, key projects started and investment, named projects started, under way and in production",
  "http://chinadevelopment.com.cn/news/cj/2022/08/1794415.shtml",
  "日期取页面“2022-08-24 17:24 中国发展网 高杨”。标题照录；栏目行、日期署名行与页首“摘要:…”（与第三段逐字重复的站方摘要）已删。存段末段“重点功能园区加快培育。烟台黄渤海新区万华新材料低碳产业园启动,总规”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…一期项目正式投产。”，共三段。园区：烟台黄渤海新区、临沂沂河新区、菏泽鲁西新区、德州天衢新区（山东四个省级新区，kind 省级新区；文中未逐一写“省级”，由首段“省级新区”推定）。公司：山东临工、山重建机（沂河新区智能制造产业代表）、步长制药（鲁西新区生物医药产业代表）——园区照文。项目：烟台中节能万润新材料、泰和新材料（“集中开工”→开工）、德州有研8英寸硅片、12英寸硅片项目（“稳步推进”→在建；文中一名并列两种硅片，照录为一个项目）、氢普(德州)氢燃料电池电堆自动化生产线一期项目（“正式投产”→投产）。判断：项目所在园区文中只写城市（烟台、德州）；因文章说的是省级新区的项目，且烟台、德州各只有一个省级新区在文中出现，园区推定为烟台黄渤海新区、德州天衢新区（note 注明）；泰和新材料是否属烟台文中未写（并列在“烟台中节能万润新材料、”之后），可选。事实：四新区10个主导产业营收1069亿元（subject “省级新区”）；各新区主导产业营收；开工重点项目248个、已完成投资604.6亿元（上半年）。",
  "zy03"),
 parks=[
  park(HBH, "烟台", "山东", "省级新区", C1),
  park(YH, "临沂", "山东", "省级新区", C2),
  park(LX, "菏泽", "山东", "省级新区", C3),
  park(TQ, "德州", "山东", "省级新区", C4),
 ],
 companies=[
  comp("山东临工", YH, C2, note="沂河新区智能制造产业代表"),
  comp("山重建机", YH, C2, note="沂河新区智能制造产业代表"),
  comp("步长制药", LX, C3, note="鲁西新区生物医药产业代表"),
  comp("中节能万润新材料", HBH, C6, opt=True, note="只在项目名“烟台中节能万润新材料”中"),
  comp("泰和新材料", HBH, C6, opt=True, note="只在项目名中；园区推定"),
  comp("有研", TQ, C6, opt=True, note="只在项目名“德州有研8英寸硅片、12英寸硅片项目”中"),
  comp("氢普(德州)", TQ, C6, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("烟台中节能万润新材料", HBH, C6, status="开工", status_text="集中开工", note="园区推定（文中只写烟台）"),
  proj("泰和新材料", HBH, C6, status="开工", status_text="集中开工", opt=True, note="园区推定；是否在烟台文中未明写"),
  proj("德州有研8英寸硅片、12英寸硅片项目", TQ, C6, status="在建", status_text="稳步推进", note="园区推定（文中只写德州）"),
  proj("氢普(德州)氢燃料电池电堆自动化生产线一期项目", TQ, C6, phase="一期", status="投产", status_text="正式投产", note="园区推定（文中只写德州）"),
 ],
 aggregate_facts=[
  fact("省级新区", "region", "leading_industries_revenue_cny", 1.069e11, "cny", C0, AS3, chk=True, note="山东省级新区10个主导产业合计"),
  fact(HBH, "park", "leading_industries_revenue_cny", 4.01e10, "cny", C1, AS3, chk=True),
  fact(YH, "park", "smart_manufacturing_revenue_cny", 2.86e10, "cny", C2, AS3, chk=True),
  fact(LX, "park", "biomedicine_revenue_cny", 1.758e10, "cny", C3, AS3, chk=True),
  fact(TQ, "park", "leading_industries_revenue_cny", 1.565e10, "cny", C4, AS3, chk=True),
  fact("省级新区", "region", "key_projects_started", 248, "count", C5, AS3),
  fact("省级新区", "region", "investment_completed_cny", 6.046e10, "cny", "已完成投资604.6亿元", AS3, chk=True),
  fact("省级新区", "region", "leading_industries", 10, "count", C0, AS3, opt=True),
 ])

# ---------------------------------------------------------------- zy04 苏州工业园区 28年 (中国社会科学网 2022)
SIP = "苏州工业园区"
D0 = "苏州工业园区开发建设28年来,特别是党的十八大以来,高质量发展不断迈上新台阶,累计完成全社会固定资产投资9900亿元,上缴税收8000多亿元,实现进出口总额超1.3万亿美元"
D1 = "目前,园区每平方公里GDP产出12亿元,人均GDP达29.2万元,高新技术产业产值占规上工业总产值比重达71.1%"
D2 = "累计吸引外资项目4900多个,其中101家世界500强企业在园区内投资项目166个,实际利用外资378.2亿美元"
D3 = "支持500余家企业到58个国家和地区投资布局,累计投资金额149.4亿美元"
ASD = "2022年9月（开发建设28年累计）"
AS4 = "2022年9月"
G["zy04"] = dict(
 article=art("（无标题）“稳中求进@高质量发展”采访团走进苏州工业园区", "中国社会科学网（cssn.cn，“本网原创”栏；记者 王村村）", "2022-09-15", "day",
  "National academic news portal (中国社会科学网), Jiangsu: a reporting tour of a national-level development zone after 28 years — cumulative investment, taxes and trade, output per km², high-tech share, foreign projects and Fortune-500 firms, outward investment, one named biotech firm",
  "http://www.cssn.cn/skgz/bwyc/202209/t20220915_5497361.shtml",
  "日期取网址 202209/t20220915。存段无标题行（title 为编者概括）。图片说明“抗体的3D模型 本网记者 王村村/摄”已删；编者按保留为首段。存段在末句“公司立足创新驱”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…创新药物。”，共五段。园区：苏州工业园区（苏州，江苏；“在国家级经开区综合考评中实现‘六连冠’”，kind 记“工业园区（国家级经开区）”）。公司：信达生物制药集团（“位于园区内”）。事实：开发建设28年累计全社会固定资产投资9900亿元、上缴税收8000多亿元（余；“8000多亿元”不是数字+亿元的写法，metric 不以 _cny 结尾）、进出口总额超1.3万亿美元（超）；每平方公里GDP产出12亿元、人均GDP 29.2万元、高新技术产业产值占比71.1%；累计外资项目4900多个（余）、101家世界500强投资项目166个、实际利用外资378.2亿美元；支持500余家企业到58个国家和地区投资、累计149.4亿美元。“六连冠”（可选）。编者按中的活动与单位（中央网信办网络传播局、中国经济网等）不列。",
  "zy04"),
 parks=[
  park(SIP, "苏州", "江苏", "工业园区（国家级经开区）", D0, note="文中又作“园区”"),
 ],
 companies=[
  comp("信达生物制药集团", SIP, "位于园区内的信达生物制药集团,致力于开发、生产和销售用于治疗肿瘤等重大疾病的创新药物"),
 ],
 aggregate_facts=[
  fact(SIP, "park", "fixed_asset_investment_cny", 9.9e11, "cny", "累计完成全社会固定资产投资9900亿元", ASD, kind="cumulative", chk=True),
  fact(SIP, "park", "taxes_paid_cumulative", 8e11, "cny", "上缴税收8000多亿元", ASD, kind="cumulative", qual="余", qtext="多"),
  fact(SIP, "park", "trade_total_usd", 1.3e12, "usd", "实现进出口总额超1.3万亿美元", ASD, kind="cumulative", qual="超", qtext="超"),
  fact(SIP, "park", "gdp_per_km2_cny", 1.2e9, "cny", "园区每平方公里GDP产出12亿元", AS4, chk=True),
  fact(SIP, "park", "gdp_per_capita_cny", 2.92e5, "cny", "人均GDP达29.2万元", AS4, chk=True),
  fact(SIP, "park", "high_tech_output_share", 0.711, "ratio", D1, AS4, kind="ratio"),
  fact(SIP, "park", "foreign_projects", 4900, "count", D2, ASD, kind="cumulative", qual="余", qtext="多"),
  fact(SIP, "park", "fortune500_firms", 101, "count", D2, ASD, kind="cumulative"),
  fact(SIP, "park", "fortune500_projects", 166, "count", D2, ASD, kind="cumulative"),
  fact(SIP, "park", "actual_fdi_usd", 3.782e10, "usd", D2, ASD, kind="cumulative"),
  fact(SIP, "park", "outward_investing_firms", 500, "count", D3, ASD, kind="cumulative", qual="余", qtext="余"),
  fact(SIP, "park", "outward_investment_countries", 58, "count", D3, ASD, kind="cumulative", opt=True),
  fact(SIP, "park", "outward_investment_usd", 1.494e10, "usd", D3, ASD, kind="cumulative"),
  fact(SIP, "park", "national_zone_ranking_wins", 6, "count", "在国家级经开区综合考评中实现“六连冠”", AS4, opt=True),
  fact(SIP, "park", "years_since_founding", 28, "count", "苏州工业园区开发建设28年来", AS4, opt=True),
 ])

# ---------------------------------------------------------------- zy05 临港新片区科创投资基金 (上海证券报 / 中国证券网 2023)
LG = "上海自由贸易试验区临港新片区"
E0 = "由上海自由贸易试验区临港新片区管委会牵头,联合临港集团等共同发起出资设立的科创投资基金正式成立"
E1 = "据悉,该基金将按照市场化方式运作,总规模为200亿元"
G["zy05"] = dict(
 article=art("200亿元!临港新片区科创投资基金成立 主投“新物种企业”", "上海证券报（上证报中国证券网讯，记者 宋薇萍），转载于 e993.com（页面注“中国证券网 / 转自:上海证券报”）", "2023-10-24", "day",
  "National securities daily (上海证券报, via its portal 中国证券网), Shanghai: a free-trade-zone new area's science-and-technology investment fund founded — size, initiators, investment focus, the venue park",
  "https://e993.com/caijing_4323d20313d233230323_mzsfiai9774232",
  "日期取页面“2023-10-24 19:31:35 - 中国证券网”。存页为聚合站 e993.com 的转载（原样转载，注“转自:上海证券报”），上证报原页未在库中找到（检索见 notes #16）。标题照录；日期来源行、“转自”行与“今日热搜”已删。正文两段，完整。园区：上海自由贸易试验区临港新片区（文中又作“临港新片区”，标题同）；上海漕河泾开发区（会议举办地，列为园区）。基金：临港新片区科创投资基金（标题名；正文作“科创投资基金”“该基金”），总规模200亿元（size_type 总规模），由临港新片区管委会牵头、联合临港集团等共同发起出资；管理人文中未写（基金没有 manager 字段，记于 note）。机构：临港新片区管委会（政府）。公司：临港集团（共同发起人，园区文中未写，park null）。事实：基金总规模200亿元（subject fund）。",
  "zy05"),
 parks=[
  park(LG, "上海", "上海", "自由贸易试验区新片区", E0, district="浦东新区", aliases=["临港新片区"], note="文中又作“临港新片区”"),
  park("上海漕河泾开发区", "上海", "上海", "开发区", "10月24日在上海漕河泾开发区举行的2023临港集团创新发展大会上", note="会议举办地"),
 ],
 companies=[
  comp("临港集团", None, E0, note="基金共同发起人；园区文中未写"),
 ],
 institutions=[
  inst("上海自由贸易试验区临港新片区管委会", E0, opt=False, note="基金牵头发起方"),
 ],
 funds=[
  fund("临港新片区科创投资基金", LG, E1, size="总规模为200亿元", size_type="总规模", aliases=["科创投资基金"],
       note="标题名；正文作“科创投资基金”；临港新片区管委会牵头、联合临港集团等共同发起出资；管理人文中未写；市场化方式运作，投向上海市、临港新片区重点产业的科创企业"),
 ],
 aggregate_facts=[
  fact("临港新片区科创投资基金", "fund", "fund_size_cny", 2e10, "cny", E1, "2023年10月24日（成立）", chk=True),
 ])

# ---------------------------------------------------------------- zy06 滨海新区122个重点项目开工 (新华网 2023)
BH = "滨海新区"
ZB = "天津临港综合保税区"
GX = "滨海高新区"
F0 = "3日,天津市滨海新区122个重点项目正式开工,总投资1208亿元,其中100亿元以上项目3个、50亿元至100亿元项目2个、10亿元至50亿元项目18个"
F1 = "这批项目中,先进制造业项目达49个,总投资649.3亿元,占总规模的54%"
F2 = "天津临港综合保税区基础设施及产业配套一期工程、滨海高新区海洋科技园保障性租赁住房及配套设施等项目的总投资均达10亿元以上"
AS6 = "2023年2月3日（集中开工）"
G["zy06"] = dict(
 article=art("（无标题）天津市滨海新区122个重点项目正式开工 总投资1208亿元", "新华网（页末注“(文章来源:新华网)”），转载于 m.jinbaonet.com；署名存段未示", "2023-02-03", "day",
  "National wire portal (新华网) via a relay site, Tianjin: a state-level new area's groundbreaking of 122 key projects — totals by size band, manufacturing share, a hydrogen firm quoted, two named projects in sub-zones at 10亿元以上 each",
  "http://m.jinbaonet.com/zixun/2023/0203/200093357.html",
  "日期取网址 2023/0203 与文中“3日”。存段无标题行（title 为编者概括）；“(资料图片)”“(文章来源:新华网)”“推荐内容”已删。正文四段，完整。园区：滨海新区（天津市；文中未写“国家级”，kind 记“新区”）；天津临港综合保税区、滨海高新区（只在项目名中出现；位于滨海新区——由“这批项目”推定 parent，可选）。公司：天津国鸿氢能科技有限公司（常务副总经理发言，出现在先进制造业项目一段；园区由语境推定为滨海新区）。项目：天津临港综合保税区基础设施及产业配套一期工程（开工，phase 一期，园区为该综保区）、滨海高新区海洋科技园保障性租赁住房及配套设施（开工，园区滨海高新区）；“等项目的总投资均达10亿元以上”是逐项金额（均达）→ investment_text “10亿元以上”、qualifier 超（judgement call：与 real52 “一批10亿元以上项目”的区间写法不同，此处“均达”指每个项目）。事实：122个项目、总投资1208亿元、按规模分档（可选）、先进制造业49个/649.3亿元/占54%、民生等64个。",
  "zy06"),
 parks=[
  park(BH, "天津", "天津", "新区", F0, aliases=["天津市滨海新区"], note="文中作“天津市滨海新区”“滨海新区”"),
  park(ZB, "天津", "天津", "综合保税区", F2, district="滨海新区", parent=BH, opt=True, note="只在项目名中；母园区由语境推定"),
  park(GX, "天津", "天津", "高新区", F2, district="滨海新区", parent=BH, opt=True, note="只在项目名中；母园区由语境推定"),
 ],
 companies=[
  comp("天津国鸿氢能科技有限公司", BH, "“之所以选择天津,是因为天津有着氢能产业发展的资源禀赋以及扶持政策。”天津国鸿氢能科技有限公司常务副总经理师振介绍说", note="园区由语境推定（先进制造业项目一段）"),
 ],
 projects=[
  proj("天津临港综合保税区基础设施及产业配套一期工程", ZB, F2, inv="10亿元以上", qual="超", qual_text="以上", phase="一期", status="开工", status_text="正式开工",
       note="“等项目的总投资均达10亿元以上”：逐项下限"),
  proj("滨海高新区海洋科技园保障性租赁住房及配套设施", GX, F2, inv="10亿元以上", qual="超", qual_text="以上", status="开工", status_text="正式开工",
       note="同上；位于滨海高新区海洋科技园"),
 ],
 aggregate_facts=[
  fact(BH, "park", "projects_started", 122, "count", F0, AS6),
  fact(BH, "park", "projects_started_investment_cny", 1.208e11, "cny", "天津市滨海新区122个重点项目正式开工,总投资1208亿元", AS6, chk=True),
  fact(BH, "park", "projects_started_over_10bn", 3, "count", F0, AS6, opt=True),
  fact(BH, "park", "projects_started_5bn_to_10bn", 2, "count", F0, AS6, opt=True),
  fact(BH, "park", "projects_started_1bn_to_5bn", 18, "count", F0, AS6, opt=True),
  fact(BH, "park", "manufacturing_projects_started", 49, "count", F1, AS6),
  fact(BH, "park", "manufacturing_projects_investment_cny", 6.493e10, "cny", "总投资649.3亿元,占总规模的54%", AS6, chk=True),
  fact(BH, "park", "manufacturing_investment_share", 0.54, "ratio", F1, AS6, kind="ratio"),
  fact(BH, "park", "livelihood_projects_started", 64, "count", "同时,有64个项目聚焦保障和改善民生、优化城市功能等领域", AS6),
 ])

# ---------------------------------------------------------------- zy07 江阴高新区 30年 (中国江苏网, 中国企业报网站转载 2022)
JYG = "江阴高新区"
H0 = "规上工业产值迈上千亿台阶,到位外资占江阴全市半壁江山;高新技术产业产值占比达76%,全社会研发投入达5.8%"
H1 = "2月18日,国内硅片级先进封装领域头部企业盛合晶微,启动月产12万片晶圆级封装及2万片芯片集成加工封装项目"
H2 = "盛合晶微于2014年落户江阴高新区,自2017年以来连续4年实现翻倍发展,与长电科技等龙头企业携手,推动江阴高新区不断攀上集成电路产业新高峰"
H3 = "1992年9月12日,江阴高新区前身江阴市滨江经济技术开发区正式成立,2011年经国务院批准,升格为全国第二家县级市国家高新区"
AS7 = "2021年（建区30年之际）"
G["zy07"] = dict(
 article=art("攀“高”逐“新” 十年再造一个高新区", "中国江苏网（页面“来源:中国江苏网”），载于中国企业报集团网站 wap.zqcn.com.cn；署名存段未示", "2022-02-28", "day",
  "Provincial news portal relayed by a national business paper's site (中国企业报), Jiangsu: a county-level city's national high-tech zone at 30 — output threshold, high-tech share, R&D intensity, a named chip-packaging firm launching a project, the zone's history",
  "http://wap.zqcn.com.cn/153/10274.html",
  "日期取页面“2022-02-28 10:22 来源:中国江苏网”。标题照录（页面上出现两次，第二次连同站名行、日期行删去）；“中国企业报集团主管主办”“中国企业信息交流平台”“微博 微信”已删。存段在第五段“园区吸引了26家世界500强企业前来投资,构建了…形成了以中信泰富特钢、长电科技、”处中断，该句整句删去（make_txt.py LINE_SUFFIX），正文截至“…“高”“新”成就斐然。”，含小标题一行，共五段。园区：江阴高新区（无锡市代管江阴市，江苏；国家高新区；前身“江阴市滨江经济技术开发区”列 alias）。公司：盛合晶微（“于2014年落户江阴高新区”）；长电科技（“与长电科技等龙头企业携手,推动江阴高新区…”，在园推定，可选）。项目：盛合晶微“启动月产12万片晶圆级封装及2万片芯片集成加工封装项目”→ status 开工（“启动”，judgement call），无金额。事实：规上工业产值“迈上千亿台阶”（超1000亿元，可选：非确数）；高新技术产业产值占比76%；全社会研发投入5.8%（占比，ratio）；“到位外资占江阴全市半壁江山”不计数值。as_of 记2021年（文中“2022年…带着一张成绩单迈入而立之年”）。",
  "zy07"),
 parks=[
  park(JYG, "无锡", "江苏", "国家高新区", H3, district="江阴市", aliases=["江阴市滨江经济技术开发区"], note="前身江阴市滨江经济技术开发区（1992年）；2011年升格为国家高新区"),
 ],
 companies=[
  comp("盛合晶微", JYG, H2, note="国内硅片级先进封装领域头部企业；2014年落户"),
  comp("长电科技", JYG, H2, opt=True, note="龙头企业；在园由语境推定"),
 ],
 projects=[
  proj("月产12万片晶圆级封装及2万片芯片集成加工封装项目", JYG, H1, companies=["盛合晶微"], status="开工", status_text="启动", note="2022年2月18日启动；无金额"),
 ],
 aggregate_facts=[
  fact(JYG, "park", "above_scale_industrial_output_threshold", 1e11, "cny", "规上工业产值迈上千亿台阶", AS7, qual="超", qtext="迈上千亿台阶", opt=True, note="“千亿”非确数"),
  fact(JYG, "park", "high_tech_output_share", 0.76, "ratio", H0, AS7, kind="ratio"),
  fact(JYG, "park", "rd_intensity", 0.058, "ratio", H0, AS7, kind="ratio"),
  fact("盛合晶微", "company", "project_wafer_level_packaging_capacity_per_month", 120000, "wafers", H1, "项目设计（月产）", kind="target", opt=True),
  fact("盛合晶微", "company", "project_chip_integration_capacity_per_month", 20000, "wafers", H1, "项目设计（月产）", kind="target", opt=True),
  fact(JYG, "park", "years_since_founding", 30, "count", "站在建区30周年新的起点上", "2022年", opt=True),
 ])
