# real177 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in *_cny facts
# (first amount of the evidence). Growth rates and shares as ratios (kind ratio). A 中关村 sub-park (分园) is a park whose
# parent_park is null unless the text names the parent. Districts (密云区, 南山区) are not parks: their figures are facts
# with subject_type region, optional. “落地” alone → no status. Cumulative “5年来 / 累计” figures are kind cumulative.

# ---------------------------------------------------------------- vt01 密云区“两区”建设五周年 (密云区商务局 2025)
MY = "中关村密云园"
HK = "怀柔科学城东区"
A0 = "密云区商务局、区科委、中关村密云园管委会共同发布"
A1 = "会上,密云区科委重点介绍怀柔科学城东区的建设进展"
A2 = "5年来,园区累计实施重点任务与项目166项,北京大学怀密医学中心、国家口腔医学中心等一批标志性项目落地"
A3 = "其中首个正式运行的地球系统数值模拟装置,已服务国内外95家科研单位开展课题598项"
A4 = "园区在智能装备、生命健康等领域储备科研成果223项,其中109项具备转化潜力"
A5 = "自“两区”建设启动以来,累计入库项目1016个,落地率达78.64%,其中落地外资项目63个"
AS1 = "2020年“两区”建设启动至2025年12月（5年来）"
G["vt01"] = dict(
 article=art("北京密云区“两区”建设五周年交出亮眼答卷", "北京市密云区商务局（北京市密云区人民政府网站 bjmy.gov.cn）", "2025-12-15", "day",
  "District government website, Beijing: a press conference on five years of the 'two zones' opening-up programme — district FDI and trade totals, projects entered and landed, and the eastern part of 怀柔科学城 with its landmark projects, large-science facility and research outcomes",
  "https://www.bjmy.gov.cn/zwgk/ztbd/bjslqhgjxfzx/lqgztd/202512/t20251215_523150.html",
  "日期取页面“发布时间:2025-12-15 14:28”“来源:北京市密云区商务局”。标题照录；来源、时间、字体行已删。存档摘录在第五段开头“中关村密云园管”处中断，该残句不收；正文为前四段，完整句止。园区：中关村密云园（只以“中关村密云园管委会”出现，列园区）、怀柔科学城东区（“园区”指它；位于密云区系由语境推断，不填 district）。“国家服务业扩大开放综合示范区”为政策区，不列园区。项目：北京大学怀密医学中心、国家口腔医学中心（“标志性项目落地”→无状态）；地球系统数值模拟装置（“首个正式运行”，可选，状态不填）。密云区的外资、外贸、入库项目等为区级数字（subject_type region，可选）。",
  "vt01"),
 parks=[
  park(MY, "北京", "北京", "中关村分园", A0, district="密云区", note="只以管委会名出现"),
  park(HK, "北京", "北京", "科学城", A1, note="文中“园区”即指怀柔科学城东区；所在区由语境推断（密云区科委介绍），不填"),
 ],
 institutions=[
  inst("中关村密云园管委会", A0, kind="government", park=MY),
  inst("密云区科委", A1, kind="government"),
 ],
 projects=[
  proj("北京大学怀密医学中心", HK, A2, status=None, status_text="落地", note="标志性项目落地"),
  proj("国家口腔医学中心", HK, A2, status=None, status_text="落地", note="标志性项目落地"),
  proj("地球系统数值模拟装置", HK, A3, status=None, status_text="首个正式运行", opt=True, note="“1+5”大科学设施集群之一，已运行"),
 ],
 aggregate_facts=[
  fact(HK, "park", "key_tasks_and_projects", 166, "count", A2, AS1, kind="cumulative", note="累计实施重点任务与项目"),
  fact(HK, "park", "research_outcomes_reserved", 223, "count", A4, AS1, kind="cumulative", opt=True),
  fact(HK, "park", "research_outcomes_transferable", 109, "count", A4, AS1, kind="cumulative", opt=True),
  fact("地球系统数值模拟装置", "project", "research_units_served", 95, "count", A3, "截至2025年12月", kind="cumulative", opt=True),
  fact("密云区", "region", "projects_entered", 1016, "count", A5, AS1, kind="cumulative", opt=True, note="累计入库项目"),
  fact("密云区", "region", "projects_landing_rate", 0.7864, "ratio", A5, AS1, kind="ratio", opt=True),
  fact("密云区", "region", "foreign_projects_landed", 63, "count", A5, AS1, kind="cumulative", opt=True),
  fact("密云区", "region", "actual_fdi_usd", 1.23e8, "usd", "全区实际使用外资达1.23亿美元", AS1, kind="cumulative", opt=True),
  fact("密云区", "region", "trade_value_cny", 2.641e10, "cny", "外贸进出口额累计完成264.1亿元", AS1, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vt02 中关村通州园 1-11月 (kanbao.dayuntongzhou 2025)
TZ = "中关村通州园"
B0 = "去年1-11月,中关村通州园238家重点企业实现总收入900.1亿元,同比增长11.4%,增速在全市各分园排名第一"
B1 = "在园区总收入中,技术收入136.1亿元,同比增长37.0%"
B2 = "产品销售收入322.1亿元,同比增长18.1%"
B3 = "去年1-11月通州园重点企业研究开发费用合计35.4亿元,同比增长5.2%"
B4 = "从业人员中研发人员合计8533人,同比增长0.7%"
B5 = "实现新产品产值72.5亿元,同比增长6.3%"
B6 = "通州园238家规模以上重点企业中,有142家企业为国家高新技术企业,去年1-11月实现收入合计533.5亿元,其收入合计占园区比重为59.3%"
B7 = "国家高新技术企业1-11月累计投入研究开发费用合计31.1亿元,其研究开发费用合计占园区的比重为87.8%"
B8 = "其收入合计占园区总收入的三分之一,且同比增速高达18.6%"
AS2 = "2024年1–11月"
G["vt02"] = dict(
 article=art("（无标题）中关村通州园238家重点企业1-11月实现总收入900.1亿元", "kanbao.dayuntongzhou.com（通州区报纸电子版，“本报讯”，记者 陈施君 通讯员 李焦昱；报名摘录中未出现）", "2025-01-10", "day",
  "District newspaper e-paper, Beijing 通州: a 中关村 sub-park's Jan–Nov key-enterprise statistics — total, technology and product revenue with growth and city ranking, R&D spending and staff, new-product output, national high-tech firms and their shares",
  "http://kanbao.dayuntongzhou.com/Html/2025-01-10/21022.html",
  "存档摘录无标题行、无日期行，自“本报讯”起；日期取 URL（2025-01-10），故“去年1-11月”为2024年1–11月。标题为编者据首句所拟，非原题。摘录在末段“两大领域占园区高新企业研发投入”处中断，该残句已删，正文止于“研发投入强度较高。”。园区：中关村通州园（又作“通州园”；通州区由园名推断）。全部数字为园区238家重点（规模以上）企业口径；增速以比率记（kind ratio），排名不记。",
  "vt02", title_note="编者所拟；摘录无标题"),
 parks=[
  park(TZ, "北京", "北京", "中关村分园", B0, district="通州区", aliases=["通州园"], note="通州区由园名推断"),
 ],
 aggregate_facts=[
  fact(TZ, "park", "key_enterprises", 238, "count", B0, AS2, note="重点（规模以上）企业"),
  fact(TZ, "park", "revenue_cny", 9.001e10, "cny", B0, AS2, note="238家重点企业总收入"),
  fact(TZ, "park", "revenue_yoy_growth", 0.114, "ratio", B0, AS2, kind="ratio"),
  fact(TZ, "park", "tech_revenue_cny", 1.361e10, "cny", B1, AS2),
  fact(TZ, "park", "tech_revenue_yoy_growth", 0.37, "ratio", B1, AS2, kind="ratio"),
  fact(TZ, "park", "product_sales_revenue_cny", 3.221e10, "cny", B2, AS2),
  fact(TZ, "park", "product_sales_revenue_yoy_growth", 0.181, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(TZ, "park", "manufacturing_revenue_yoy_growth", 0.186, "ratio", B8, AS2, kind="ratio", opt=True, note="制造业收入约占三分之一"),
  fact(TZ, "park", "rd_spending_cny", 3.54e9, "cny", B3, AS2),
  fact(TZ, "park", "rd_spending_yoy_growth", 0.052, "ratio", B3, AS2, kind="ratio", opt=True),
  fact(TZ, "park", "rd_staff", 8533, "persons", B4, AS2, opt=True),
  fact(TZ, "park", "new_product_output_cny", 7.25e9, "cny", B5, AS2, opt=True),
  fact(TZ, "park", "high_tech_firms", 142, "count", B6, AS2, note="238家重点企业中的国家高新技术企业"),
  fact(TZ, "park", "high_tech_firms_revenue_cny", 5.335e10, "cny", "去年1-11月实现收入合计533.5亿元,其收入合计占园区比重为59.3%", AS2, opt=True),
  fact(TZ, "park", "high_tech_firms_revenue_share", 0.593, "ratio", B6, AS2, kind="ratio", opt=True),
  fact(TZ, "park", "high_tech_firms_rd_spending_cny", 3.11e9, "cny", "累计投入研究开发费用合计31.1亿元,其研究开发费用合计占园区的比重为87.8%", AS2, opt=True),
  fact(TZ, "park", "high_tech_firms_rd_share", 0.878, "ratio", B7, AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vt03 越来越“聪明”的智园 (21世纪经济报道 via 3news 2023)
NZ = "南山智园"
C0 = "但就是这30.9万平方米的产业空间里,南山智园入驻企业86家,先后涌现出深信服、维谛技术、锐明技术、北鼎股份、道通科技、雷赛智能等一批上市公司,也有十几家企业在IPO进程中,超过50家的专精特新企业"
C1 = "背靠一路之隔的南方科技大学,步行5分钟到深圳大学城的独特区位优势"
AS3 = "2023年5月（报道时）"
G["vt03"] = dict(
 article=art("越来越“聪明”的智园", "21世纪经济报道（南方财经全媒体记者李金萍），载于 gold.3news.cn（聚合站转载，题前加“【天天时快讯】”）", "2023-05-31", "day",
  "Financial daily feature via an aggregator, Guangdong (深圳 南山区): a science-park cluster next to a university — floor space, firms settled, listed firms that grew there, specialised SMEs, university location advantage",
  "http://gold.3news.cn/hqzx/2023/0531/964865.html",
  "日期取页面“来源:21世纪经济报道 发布时间:2023-05-31 19:53:17”。标题去掉聚合站所加“【天天时快讯】”。页面的“编者按”（来源不明，可能为转载站或原刊所加）与“(资料图)”不收；正文自记者电头起。摘录在“在形成国”处中断，该残句不收。园区：南山智园（又作“智园”；南山区塘朗）。上市公司六家“先后涌现”于园区，列为园区企业。南方科技大学、深圳大学城为园区近旁高校（可选机构，不列园区）。“十几家企业在IPO进程中”为模糊数，不记。",
  "vt03"),
 parks=[
  park(NZ, "深圳", "广东", "产业园", C0, district="南山区", aliases=["智园"]),
 ],
 companies=[
  comp("深信服", NZ, C0, note="园区涌现的上市公司"),
  comp("维谛技术", NZ, C0, note="同上"),
  comp("锐明技术", NZ, C0, note="同上"),
  comp("北鼎股份", NZ, C0, note="同上"),
  comp("道通科技", NZ, C0, note="同上"),
  comp("雷赛智能", NZ, C0, note="同上"),
 ],
 institutions=[
  inst("南方科技大学", C1, kind="university", note="一路之隔，不在园内"),
  inst("深圳大学城", C1, kind="university", note="步行5分钟"),
 ],
 aggregate_facts=[
  fact(NZ, "park", "enterprises", 86, "count", C0, AS3, note="入驻企业"),
  fact(NZ, "park", "floor_area_sqm", 309000, "sqm", C0, AS3, opt=True, note="30.9万平方米产业空间"),
  fact(NZ, "park", "specialised_smes", 50, "count", C0, AS3, qual="超", qtext="超过", note="专精特新企业"),
 ])

# ---------------------------------------------------------------- vt04 解码宝安“桃花源” (宝安日报 2022)
TH = "桃花源科技创新生态园"
D0 = "东临铁岗水库,西靠平峦山公园,桃花源科技创新生态园一期掩映在湖光山色、绵延青山之间"
D1 = "桃花源科技创新园主孵化楼于2001年建成,成为宝安最早的国家创新孵化基地"
D2 = "格林美股份有限公司(简称“格林美”)是园区首批入驻企业之一"
G["vt04"] = dict(
 article=art("解码宝安“桃花源”:科创企业的“梦里故乡”", "宝安日报（记者 何一航 高山），载于 ibaoan.sznews.com（深圳宝安网）", "2022-07-21", "day",
  "District daily feature, Guangdong (深圳 宝安区): a series of science parks branded 'peach blossom land' — the first park's incubator building of 2001 and its first settled firm",
  "http://ibaoan.sznews.com/content/2022-07/21/content_25260802.htm",
  "日期取页面“2022-07-21 来源:宝安日报”。导航行、日期来源行和四条图片说明（全至科技创新园外观、创鑫激光生产车间、格林美(深圳)超级绿色技术研究院、桃花源科技创新生态园）不收。电头“宝安讯宝安日报记者 何一航 高山 文/图)”照录（摘录缺左括号）。摘录在格林美一段中断，该残句已删，正文止于“共同成长。”。园区：桃花源科技创新生态园（又作“桃花源”；文中“桃花源科技创新园主孵化楼”视为同一园区旧称，列为别名）。项目：主孵化楼 2001年建成（可选，竣工）。公司：格林美股份有限公司（园区首批入驻企业）。“一系列科技园区以‘桃花源’冠名”未具名，不列。",
  "vt04"),
 parks=[
  park(TH, "深圳", "广东", "科技园区", D0, district="宝安区", aliases=["桃花源", "桃花源科技创新园"], note="“桃花源科技创新园”见于主孵化楼一句，视为同一园区"),
 ],
 companies=[
  comp("格林美股份有限公司", TH, D2, aliases=["格林美"], note="园区首批入驻企业之一"),
 ],
 projects=[
  proj("桃花源科技创新园主孵化楼", TH, D1, status="竣工", status_text="于2001年建成", opt=True, note="国家创新孵化基地"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- vt05 深圳高新区南山园区 feature (news.minqi.cn 2022)
GX = "深圳高新区"
NS = "高新区南山园区"
KX = "科兴科学园"
E0 = "开了4年多的“桃李汤包”档口是深圳高新区上班族熟悉的早餐根据地"
E1 = "上午10时,高新区南山园区进入了相对空闲期,路面上的人流、车流不再匆忙"
E2 = "1991年创办的中国科技开发院是远近闻名的国家级科技企业孵化器,已累计孵化科技企业1000多家,累计毕业企业超过500家"
E3 = "距离危婷工作的深圳讯美广场不远处是科兴科学园,里面汇聚了超过450家高科技企业,通常到凌晨时依然灯火通明"
E4 = "从2007年开始,危婷就在南山科技园打拼,一晃眼已经过去15年"
E5 = "身后的飞亚达科技大厦,曾经是腾讯成长历程中重要的办公场所"
AS5 = "2022年3月（报道时）"
G["vt05"] = dict(
 article=art("（无标题）深圳高新区南山园区一日见闻", "news.minqi.cn（转载；原刊与记者名摘录中未出现）", "2022-03-31", "day",
  "News feature relayed by a business-news site, Guangdong (深圳 南山区): a day in the Shenzhen high-tech zone's Nanshan park during COVID controls — a national incubator's totals, a science park's firm count",
  "http://news.minqi.cn/news/2022/0331/2738.html",
  "存档摘录无标题行、无日期行；日期取 URL（2022-03-31）。标题为编者所拟，非原题。摘录在“一楼美食区就开始人”处中断，该残句已删，正文止于“巨大的园区腹地。”。小标题“海纳百川中有一股奋斗的味道”照录为一段。园区：深圳高新区（又作“高新区”）；高新区南山园区（文中又作“南山科技园”，列为别名；上级园区深圳高新区）；科兴科学园（位置只说在讯美广场附近，上级园区不填）。中国科技开发院为国家级科技企业孵化器（列机构，园区高新区南山园区由语境推断）。腾讯只作飞亚达科技大厦的前租户（可选）。",
  "vt05", title_note="编者所拟；摘录无标题"),
 parks=[
  park(GX, "深圳", "广东", "高新区", E0, district=None, aliases=["高新区"]),
  park(NS, "深圳", "广东", "高新区园区", E1, district="南山区", parent=GX, aliases=["南山科技园"], note="“南山科技园”作别名"),
  park(KX, "深圳", "广东", "科技园", E3, district=None, note="上级园区文中未说"),
 ],
 companies=[
  comp("腾讯", GX, E5, opt=True, note="飞亚达科技大厦曾为其办公场所（过去）"),
 ],
 institutions=[
  inst("中国科技开发院", E2, kind="incubator", park=NS, opt=False, note="国家级科技企业孵化器；位置由语境推断"),
 ],
 aggregate_facts=[
  fact("中国科技开发院", "company", "firms_incubated", 1000, "count", E2, "1991年至2022年3月", kind="cumulative", qual="余", qtext="多"),
  fact("中国科技开发院", "company", "firms_graduated", 500, "count", E2, "1991年至2022年3月", kind="cumulative", qual="超", qtext="超过"),
  fact(KX, "park", "enterprises", 450, "count", E3, AS5, qual="超", qtext="超过", note="高科技企业"),
 ])

# ---------------------------------------------------------------- vt06 深圳南山的故事 (《财经智库》 via cectop 2025)
SK = "蛇口工业区"
F0 = "那一年,蛇口工业区改革“开山炮”炸响,拉开了南山发展的序幕"
F1 = "那时起,华为从生产用户交换机起步成长为全球具有重要影响力的科技公司,大族从修理、组装激光设备开始到实现在光刻机领域的技术突破,平安从13人门店成长为全球资产规模第一的金融集团——这些深圳标杆企业,都是从蛇口这片热土上诞生并成长起来的"
F2 = "截至2024年底,南山区商事主体突破60万,上市企业达216家,拥有国家级专精特新“小巨人”企业310家、制造业单项冠军31个、国家高新技术企业超5500家"
G["vt06"] = dict(
 article=art("深圳南山的故事:从高科技起源到万亿级城区", "《财经智库》（研究员袁雪，编辑张燕冬），载于 cectop.cn", "2025-08-21", "day",
  "Think-tank magazine feature via a business site, Guangdong (深圳 南山区): the science-and-industry district's history from the 蛇口 industrial zone — GDP, strategic emerging industries, firms born in 蛇口, listed and high-tech firm counts",
  "http://www.cectop.cn/news/view_web?id=772928886",
  "日期取页面“发布时间:2025-08-21”。导航行与作者编辑行“文/《财经智库》研究员袁雪编辑/张燕冬”不收。导语（“35年前…万亿级城区”，原文无句号）照录。摘录在夏雷一段“…从高新区成立时”处中断，该残句已删，正文止于“长满小草。”。园区：蛇口工业区（1979年）。华为、大族、平安“从蛇口这片热土上诞生”——蛇口为地名，不等于园区，公司园区不填（可选）；腾讯、大疆只说在南山（可选）。南山区为行政区：GDP、上市企业、小巨人、高企数为区级（region，可选）。",
  "vt06"),
 parks=[
  park(SK, "深圳", "广东", "工业区", F0, district="南山区"),
 ],
 companies=[
  comp("华为", None, F1, opt=True, note="诞生于蛇口（地名），园区不填"),
  comp("大族", None, F1, opt=True, note="同上"),
  comp("平安", None, F1, opt=True, note="同上"),
  comp("腾讯", None, "聚集着腾讯、大疆等科技巨头", opt=True, note="在南山区"),
  comp("大疆", None, "聚集着腾讯、大疆等科技巨头", opt=True, note="在南山区"),
 ],
 aggregate_facts=[
  fact("南山区", "region", "gdp_cny", 9.501e11, "cny", "到2024年突破9501亿元", "2024年", qual="超", qtext="突破", opt=True),
  fact("南山区", "region", "strategic_emerging_share_of_gdp", 0.56, "ratio", "2024年,南山区战略性新兴产业增加值占GDP比重达56%", "2024年", kind="ratio", opt=True),
  fact("南山区", "region", "listed_companies", 216, "count", F2, "2024年末", opt=True),
  fact("南山区", "region", "little_giant_firms", 310, "count", F2, "2024年末", opt=True),
  fact("南山区", "region", "high_tech_firms", 5500, "count", F2, "2024年末", qual="超", qtext="超", opt=True),
 ])
