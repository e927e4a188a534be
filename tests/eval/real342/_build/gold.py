# real342 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 超过/超 → 超, 约/近 → 约, 余/多 → 余 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it). Growth rates as ratios. Projects: the park the text places the project in,
# null if none (a county is not a park). Status from the text's words (集中开工 → 开工; 签约 → 签约; 建成中交 / 即将试生产 →
# 在建). Sources are `search` (corpus pages) excerpts typed into _raw/pages/ocNN.raw as returned.

# ---------------------------------------------------------------- oc01 济南起步区 33 projects started, 11 signed (济南时报 2023)
QB = "济南新旧动能转换起步区"
A0 = "当天,济南起步区集中开工33个项目,总投资486.5亿元,标志着起步区示范区全面启动建设的大幕正式拉开"
A1 = "不仅如此,起步区当天签约11个项目,总投资超过500亿元"
A2 = "获批两周年,起步区已引进高端项目141个总投资3144亿元"
AS1 = "2023年4月25日"
G["oc01"] = dict(
 article=art("总投资近千亿!一天内济南起步区集中开工33个项目签约11个项目", "济南时报，载于 ccement.com（中国水泥网）", "2023-04-26", "day",
  "Building-materials portal relaying a city daily, Shandong: a state-approved new-growth zone on its second anniversary — projects started and signed that day with totals, projects attracted in two years, the directly administered area's growth rates",
  "https://www.ccement.com/news/content/32481236847465001.html",
  "日期取页面“2023/04/26 11:42 来源:济南时报”；文中“4月25日”为开工签约日。标题照录；页面“扫一扫/留言”、日期来源行与站点摘要行（与首段开头相同、以“......”结尾）已删。存段在末段“专项规划方”处中断，该残句已删（LINE_SUFFIX），正文截至“…“1+4+16+N”规划体系。”，含小标题一行，共六段。园区：济南新旧动能转换起步区（文中又作“济南起步区”“起步区”；济南，山东；“起步区示范区”为其内部示范片区，不另列）。无点名项目与公司。事实：当天集中开工33个项目、总投资486.5亿元；签约11个项目、总投资超过500亿元（超）；两年累计引进高端项目141个、总投资3144亿元（cumulative）；“起步区(直管区)”两年平均增速与2023年一季度增速（ratio；部分列可选）。清华大学、东南大学为规划团队，列可选机构。",
  "oc01"),
 parks=[
  park(QB, "济南", "山东", "新旧动能转换起步区", "济南新旧动能转换起步区(以下简称“起步区”)收获颇丰", aliases=["济南起步区", "起步区"],
       note="国务院批复设立；文中又作“济南起步区”“起步区”“起步区(直管区)”"),
 ],
 institutions=[
  inst("清华大学", "组织清华大学、东南大学、瑞典SWECO等50余家国内外顶尖团队", kind="university", note="规划团队"),
  inst("东南大学", "组织清华大学、东南大学、瑞典SWECO等50余家国内外顶尖团队", kind="university", note="规划团队"),
 ],
 aggregate_facts=[
  fact(QB, "park", "projects_started", 33, "count", A0, AS1),
  fact(QB, "park", "projects_started_investment_cny", 4.865e10, "cny", A0, AS1, chk=True),
  fact(QB, "park", "projects_signed", 11, "count", A1, AS1),
  fact(QB, "park", "signed_investment_cny", 5e10, "cny", A1, AS1, qual="超", qtext="超过", chk=True),
  fact(QB, "park", "projects_attracted", 141, "count", A2, "2021年4月至2023年4月", kind="cumulative"),
  fact(QB, "park", "projects_attracted_investment_cny", 3.144e11, "cny", "起步区已引进高端项目141个总投资3144亿元", "2021年4月至2023年4月", kind="cumulative", chk=True),
  fact(QB, "park", "gdp_avg_growth", 0.094, "ratio", "两年来,起步区(直管区)地区生产总值平均增长9.4%", "2021–2023年（两年平均）", kind="ratio"),
  fact(QB, "park", "fiscal_revenue_avg_growth", 0.286, "ratio", "一般公共预算收入平均增长28.6%", "2021–2023年（两年平均）", kind="ratio", opt=True),
  fact(QB, "park", "fixed_asset_investment_avg_growth", 0.464, "ratio", "固定资产投资平均增长46.4%", "2021–2023年（两年平均）", kind="ratio", opt=True),
  fact(QB, "park", "retail_sales_avg_growth", 0.514, "ratio", "社会消费品零售总额平均增长51.4%", "2021–2023年（两年平均）", kind="ratio", opt=True),
  fact(QB, "park", "gdp_yoy_growth", 0.258, "ratio", "地区生产总值平均增长25.8%", "2023年一季度", kind="ratio", opt=True),
  fact(QB, "park", "fiscal_revenue_yoy_growth", 0.27, "ratio", "一般公共预算收入增长27%", "2023年一季度", kind="ratio", opt=True),
  fact(QB, "park", "fixed_asset_investment_yoy_growth", 0.447, "ratio", "固定资产投资增长44.7%", "2023年一季度", kind="ratio", opt=True),
  fact(QB, "park", "industrial_value_added_yoy_growth", 3.537, "ratio", "规模以上工业增加值增长353.7%", "2023年一季度", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- oc02 中建国际七星绿色智能制造产业园 in 淄川经济开发区 (齐点淄博 2020)
ZC = "淄川经济开发区"
QX = "中建国际七星绿色智能制造产业园"
B0 = "中建国际七星绿色智能制造产业园项目位于淄川经济开发区,占地面积200亩,由中建国际投资建设,总投资10亿元,年度计划投资2亿元"
AS2 = "2020年12月"
G["oc02"] = dict(
 article=art("快讯 | 全市经济社会发展现场观摩点评走进中建国际七星绿色智能制造产业园", "齐点淄博（淄博广电融媒体中心，记者 邵亮），share.cbbn.net", "2020-12-20", "day",
  "City broadcaster's news app, Shandong: a city inspection tour (观摩) at a park-development project in a county-level development zone — developer, investment, area, annual plan, construction progress, firms to move in",
  "http://share.cbbn.net/folder34/folder35/folder40/folder67/2020-12-20/06j0fBDqryliifY7.html",
  "日期取页面“齐点淄博 2020-12-20 09:38:34”。标题照录（含“快讯 |”）；日期行、署名“淄博广电融媒体中心记者  邵亮”与页尾提示已删，正文四段，完整。园区：淄川经济开发区（淄博市淄川区，山东）；中建国际七星绿色智能制造产业园为园中园开发项目，列为园区（parent 淄川经济开发区）并列为项目：总投资10亿元，年度计划投资2亿元，建设中（“5#主体施工完成…”→在建），截至12月底完成投资2亿元。公司：中建国际（投资建设方）；功力机器、桑德机械为“计划入驻”项目的企业（可选）。",
  "oc02"),
 parks=[
  park(ZC, "淄博", "山东", "经济开发区", B0, district="淄川区"),
  park(QX, "淄博", "山东", "产业园（智能制造）", B0, district="淄川区", parent=ZC, note="园中园开发项目；又作“园区”"),
 ],
 companies=[
  comp("中建国际", ZC, B0, note="投资建设方"),
  comp("功力机器", QX, "功力机器高效电机、桑德机械螺旋程控压力机等项目计划入驻", opt=True, note="计划入驻"),
  comp("桑德机械", QX, "功力机器高效电机、桑德机械螺旋程控压力机等项目计划入驻", opt=True, note="计划入驻"),
 ],
 projects=[
  proj("中建国际七星绿色智能制造产业园项目", ZC, B0, companies=["中建国际"], inv="总投资10亿元", status="在建", status_text="主体施工完成…（建设进度）",
       aliases=["中建国际七星绿色智能制造产业园"], note="年度计划投资2亿元；截至2020年12月底完成投资2亿元"),
  proj("功力机器高效电机", QX, "功力机器高效电机、桑德机械螺旋程控压力机等项目计划入驻", companies=["功力机器"], opt=True, note="计划入驻"),
  proj("桑德机械螺旋程控压力机", QX, "功力机器高效电机、桑德机械螺旋程控压力机等项目计划入驻", companies=["桑德机械"], opt=True, note="计划入驻"),
 ],
 aggregate_facts=[
  fact("中建国际七星绿色智能制造产业园项目", "project", "site_area_mu", 200, "mu", B0, AS2, opt=True),
  fact("中建国际七星绿色智能制造产业园项目", "project", "planned_annual_investment_cny", 2e8, "cny", "年度计划投资2亿元", "2020年（计划）", kind="target", chk=True),
  fact("中建国际七星绿色智能制造产业园项目", "project", "investment_completed_cny", 2e8, "cny", "截至今年12月底,完成投资2亿元,占年度投资计划的100%", "2020年12月底", kind="cumulative", chk=True),
  fact("中建国际七星绿色智能制造产业园项目", "project", "standard_factories_planned", 15, "count", "主要建设标准化生产厂房15个及园区基础配套设施", AS2, opt=True),
 ])

# ---------------------------------------------------------------- oc03 滨州高新区 35 projects signed (2023, via cnrepark)
BZ = "滨州高新区"
C0 = "本次集中签约仪式,高新区聚焦无人机、医养健康、新材料、高端装备、生物医药、新能源、健康食品、数字产业等多个领域,一举签下总投资112.95亿元的35个项目"
C1 = "杨金才代表世界无人机联合会、深圳无人机协会授予滨州高新区无人机产业园“渤海湾创新基地”称号"
G["oc03"] = dict(
 article=art("（无标题）滨州高新区2023年招商引资项目集中签约仪式 签下总投资112.95亿元的35个项目", "cnrepark.com 转载（记者 赵旭 王梦媛 徐鹏飞 通讯员 周小燕；原发媒体存段未示）", "2023-12-28", "day",
  "Industrial-park portal relaying a local report, Shandong: a high-tech zone's year-end signing ceremony — number of projects and total investment, the fields, a drone park given a title, signing guests' firms",
  "https://cnrepark.com/news/detail/246752.html",
  "存段无标题、无日期行（title 为编者概括）；日期取文中“12月28日,滨州高新区2023年招商引资项目集中签约仪式”，即2023-12-28（签约日；发布日或稍后）。署名行已删。存段末段“李春田在致辞中说,…坚定不移延链”在句中中断，整段删去，正文截至“…优质招商引资项目相继落地。”，共四段。园区：滨州高新区（滨州，山东；文中又作“高新区”）；滨州高新区无人机产业园（授“渤海湾创新基地”称号；parent 滨州高新区）。35个签约项目未点名，不列项目。公司：南京长空科技有限公司、成都纵横自动化技术股份有限公司为签约嘉宾所属企业（是否在园未说，park null，可选）。南京航空航天大学、中国民航大学等为可选机构。事实：签约35个项目、总投资112.95亿元。",
  "oc03"),
 parks=[
  park(BZ, "滨州", "山东", "高新区", "12月28日,滨州高新区2023年招商引资项目集中签约仪式顺利举行", note="文中又作“高新区”"),
  park("滨州高新区无人机产业园", "滨州", "山东", "产业园（无人机）", C1, parent=BZ, note="授“渤海湾创新基地”称号"),
 ],
 companies=[
  comp("南京长空科技有限公司", None, "南京航空航天大学无人机研究院党委书记、南京长空科技有限公司董事长高小泽", opt=True, note="签约嘉宾所属企业；在园与否未说"),
  comp("成都纵横自动化技术股份有限公司", None, "成都纵横自动化技术股份有限公司董事长、总经理任斌分别致辞", opt=True, note="签约嘉宾所属企业；在园与否未说"),
 ],
 institutions=[
  inst("南京航空航天大学", "南京航空航天大学党委常委、副校长吴启晖", kind="university"),
  inst("中国民航大学", "中国民航大学科技创新研究院首席科学家马昕", kind="university"),
  inst("世界无人机联合会", C1, kind="association"),
 ],
 aggregate_facts=[
  fact(BZ, "park", "projects_signed", 35, "count", C0, "2023年12月28日（集中签约）"),
  fact(BZ, "park", "signed_investment_cny", 1.1295e10, "cny", C0, "2023年12月28日（集中签约）", chk=True),
 ])

# ---------------------------------------------------------------- oc04 东营港经济开发区 (大众日报 2022)
DY = "东营港经济开发区"
D0 = "近日,在东营港经济开发区,随着联合石化三期100万吨/年PX项目和250万吨/年PTA项目主装置的陆续建成中交,项目进入紧张的投料试车准备阶段"
D1 = "筛选储备了富海400万吨聚酯新材料、赫邦化工环氧树脂一体化等一批重点产业项目"
G["oc04"] = dict(
 article=art("东营港经开区:“双雁”齐飞竞“高端”", "大众日报（陈同磊 陈仕钊），载于中国网 zgyq.china.com.cn", "2022-09-16", "day",
  "Provincial daily on a national portal's channel, Shandong: a coastal chemical development zone — a firm's two big units finished and about to start trial production, the zone's two provincial 'flying-geese' clusters, projects in reserve",
  "http://www.zgyq.china.com.cn/2022-09/16/content_42110198.html",
  "日期取页面“时间:2022-09-16来源 : 大众日报作者 : 陈同磊 陈仕钊”，该行已删。标题照录。存段在末段“目前,总投资470亿元的17个省重点项目整体顺利推进,”处中断，该残句已删（LINE_SUFFIX），正文截至“…一批重点产业项目。”，共三段。园区：东营港经济开发区（标题作“东营港经开区”；东营，山东）。项目：联合石化三期100万吨/年PX项目、250万吨/年PTA项目（主装置建成中交、计划10月中旬试生产→在建）；“已投用的100万吨/年PX项目”（投产，可选）；富海400万吨聚酯新材料、赫邦化工环氧树脂一体化（“筛选储备”→planned，可选）。公司：联合石化、威联化学（PX-PTA 项目企业；文中两名并出，关系未明说）；富海、赫邦化工只在项目名中（可选）。无金额。",
  "oc04"),
 parks=[
  park(DY, "东营", "山东", "经济开发区", D0, aliases=["东营港经开区"], note="标题作“东营港经开区”"),
 ],
 companies=[
  comp("联合石化", DY, D0, note="项目名中的企业"),
  comp("威联化学", DY, "“威联化学也将成为全省唯一一个打通‘石脑油—PX—PTA’芳烃产业链条的企业,填补省内空白,拉长我省的石化产业整体链条。”", note="PX-PTA 项目企业"),
  comp("赫邦化工", DY, D1, opt=True, note="只在项目名中"),
  comp("富海", DY, D1, opt=True, note="只在项目名中；名称不全"),
 ],
 projects=[
  proj("联合石化三期100万吨/年PX项目", DY, D0, companies=["联合石化"], phase="三期", status="在建", status_text="主装置陆续建成中交，计划10月中旬试生产"),
  proj("250万吨/年PTA项目", DY, D0, companies=["联合石化"], status="在建", status_text="主装置陆续建成中交，计划10月中旬试生产"),
  proj("已投用的100万吨/年PX项目", DY, "这次投产的100万吨/年PX项目和已投用的100万吨/年PX项目,将与PTA项目实现上下游的隔墙供应", status="投产", status_text="已投用", opt=True, note="名称为描述"),
  proj("富海400万吨聚酯新材料", DY, D1, status="planned", status_text="筛选储备", opt=True),
  proj("赫邦化工环氧树脂一体化", DY, D1, companies=["赫邦化工"], status="planned", status_text="筛选储备", opt=True),
 ],
 aggregate_facts=[
  fact(DY, "park", "provincial_flying_geese_clusters", 2, "count", "东营港经济开发区也成为全省首个拥有双“雁阵形”产业集群开发区", "2022年9月", opt=True),
 ])

# ---------------------------------------------------------------- oc05 济南 槐荫区 press conference (niita 2024)
HY = "济南槐荫经济开发区"
E0 = "计划投资34.5亿元、达产后可实现年销售收入50亿元的济南先进材料智造港项目一期加快推进"
E1 = "阿瑞尼塔心肺CT中国总部、中瑞国际特医食品产业园等项目陆续签约"
E2 = "今年上半年又新开工重离子中心机房、山东第一医科大学口腔医学院、山东大学国家医学攻关产教融合创新平台等5个重点项目,片区已累计开工项目60个,总投资约796亿元"
G["oc05"] = dict(
 article=art("今年以来济南市槐荫区新增省级专精特新企业59家", "niita.cn（专精特新-新闻栏；供稿者未注明；内容为济南市政府新闻发布会槐荫区专场）", "2024-08-14", "day",
  "Trade-association site relaying a city press conference, Shandong: a district's medical hub and business district — platforms landed, projects signed, started and in operation, an advanced-materials project with its investment, the district's development zone honoured",
  "http://niita.cn/news/view?class=1217&id=25053",
  "标题取面包屑“当前位置:首页 > 专精特新-新闻 > 今年以来济南市槐荫区新增省级专精特新企业59家”（存段无单独标题行；标题所说“59家”不在存段正文中）；日期取“供稿: | 2024-08-14”；文中“8月13日”为发布会日。侧栏日期、面包屑、分享行已删；末行残文“槐荫城投集”已删；正文四段。园区：济南槐荫经济开发区（济南市槐荫区，山东；获评国家级绿色工业园区）；中瑞国际特医食品产业园（签约项目，园区不另说，列为可选园区与项目）；济南精准医学产业园一期（建成运营项目）。“济南国际医学中心”“济南西站枢纽经济商务区”“智能制造产业区”为片区，不列园区。项目：济南先进材料智造港项目一期（计划投资34.5亿元，加快推进→在建；位于“智能制造产业区”，归属济南槐荫经济开发区为推定，记 null 并注明）；阿瑞尼塔心肺CT中国总部、中瑞国际特医食品产业园（签约）；重离子中心机房等三项（开工，可选）。事实：医学中心片区累计开工项目60个、总投资约796亿元（cumulative，约）；上半年新开工5个重点项目。",
  "oc05"),
 parks=[
  park(HY, "济南", "山东", "经济开发区", "济南槐荫经济开发区获评国家级绿色工业园区、获省级以上开发区考核“一等”", district="槐荫区"),
  park("中瑞国际特医食品产业园", "济南", "山东", "产业园（特医食品）", E1, district="槐荫区", opt=True, note="签约项目"),
  park("济南精准医学产业园", "济南", "山东", "产业园（医学）", "济南精准医学产业园一期等20余个重点项目建成运营", district="槐荫区", opt=True, note="一期建成运营"),
 ],
 projects=[
  proj("济南先进材料智造港项目一期", None, E0, inv="计划投资34.5亿元", phase="一期", status="在建", status_text="加快推进",
       note="位于“智能制造产业区”；归属济南槐荫经济开发区未明说；达产后年销售收入50亿元"),
  proj("阿瑞尼塔心肺CT中国总部", None, E1, status="签约", status_text="陆续签约", note="济南国际医学中心片区"),
  proj("中瑞国际特医食品产业园", None, E1, status="签约", status_text="陆续签约", note="济南国际医学中心片区"),
  proj("济南精准医学产业园一期", None, "济南精准医学产业园一期等20余个重点项目建成运营", phase="一期", status="投产", status_text="建成运营", opt=True),
  proj("重离子中心机房", None, E2, status="开工", status_text="新开工", opt=True),
  proj("山东第一医科大学口腔医学院", None, E2, status="开工", status_text="新开工", opt=True),
  proj("山东大学国家医学攻关产教融合创新平台", None, E2, status="开工", status_text="新开工", opt=True),
 ],
 institutions=[
  inst("山东第一医科大学", "山东第一医科大学、山东中医药大学国际眼科与视光医学院", kind="university"),
 ],
 aggregate_facts=[
  fact("济南先进材料智造港项目一期", "project", "expected_annual_sales_cny", 5e9, "cny", "达产后可实现年销售收入50亿元", "达产后（预期）", kind="target", chk=True),
  fact("济南国际医学中心", "region", "projects_started", 60, "count", E2, "2024年上半年末", kind="cumulative", opt=True),
  fact("济南国际医学中心", "region", "projects_started_investment_cny", 7.96e10, "cny", "片区已累计开工项目60个,总投资约796亿元", "2024年上半年末", kind="cumulative", qual="约", qtext="约", opt=True, chk=True),
  fact("济南国际医学中心", "region", "projects_started", 5, "count", E2, "2024年上半年", opt=True),
 ])

# ---------------------------------------------------------------- oc06 宁阳 48 projects started (鲁网 2019)
F0 = "本次仪式共设山东振挺7000万套精工活塞智能制造项目、环城双创产业园项目、开发区美国技源药业集团HMB生产基地项目三个分会场,包括投资11.9亿元的名士达环保新材料生产项目、投资2亿元的山东海丰川高档防护用品生产项目等48个项目集中开工"
AS6 = "2019年2月20日（集中开工）"
G["oc06"] = dict(
 article=art("以实际行动争做新时代泰山“挑山工” 宁阳48个重点项目集中开工", "鲁网（“鲁网泰安2月21日讯”；页面来源注“大众网”），taian.sdnews.com.cn", "2019-02-21", "day",
  "Provincial news portal's city channel, Shandong: a county's spring groundbreaking of 48 projects — three sub-venues (a piston plant, a start-up park, a plant in the county development zone), two more named projects with amounts, the piston project's total",
  "http://taian.sdnews.com.cn/xyxw/201902/t20190221_2515432.htm",
  "日期取页面“2019-02-21 14:14:00 来源:大众网”；文中“2月20日上午”为开工日。标题照录；面包屑、日期来源行、“打印”已删。存段在末段“公司董事长周振挺介绍,项目总投资6.48亿元,安装”处中断，该句已删（LINE_SUFFIX），项目总额6.48亿元因此不在正文中；正文截至“…国内第一家军用无人机活塞供应商。”，共四段。园区：只作“开发区”（即宁阳经济开发区，全称文中未出现，按名称照录不列）与“环城双创产业园”（项目名；列为园区与项目）。项目：48个项目集中开工→开工；山东振挺7000万套精工活塞智能制造项目（又作“山东振挺精工7000万套高端活塞智能制造项目”，省重点项目）、环城双创产业园项目、美国技源药业集团HMB生产基地项目（“开发区”内，园区记 null 并注明）、名士达环保新材料生产项目（投资11.9亿元）、山东海丰川高档防护用品生产项目（投资2亿元）。宁阳县为县，不是园区。",
  "oc06"),
 parks=[
  park("环城双创产业园", "泰安", "山东", "产业园（双创）", F0, district="宁阳县", note="以“环城双创产业园项目”出现；开工分会场"),
 ],
 companies=[
  comp("山东振挺", None, F0, opt=True, aliases=["山东振挺精工"], note="只在项目名中；县内"),
  comp("美国技源药业集团", None, F0, opt=True, note="只在项目名中；位于“开发区”"),
 ],
 projects=[
  proj("山东振挺7000万套精工活塞智能制造项目", None, F0, companies=["山东振挺"], status="开工", status_text="集中开工",
       aliases=["山东振挺精工7000万套高端活塞智能制造项目"], note="2019年山东省重点项目；总投资6.48亿元在被删的残句中"),
  proj("环城双创产业园项目", None, F0, status="开工", status_text="集中开工"),
  proj("美国技源药业集团HMB生产基地项目", None, F0, companies=["美国技源药业集团"], status="开工", status_text="集中开工", note="位于“开发区”（宁阳经济开发区，全称未出现）"),
  proj("名士达环保新材料生产项目", None, F0, inv="投资11.9亿元", status="开工", status_text="集中开工"),
  proj("山东海丰川高档防护用品生产项目", None, F0, inv="投资2亿元", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("宁阳县", "region", "projects_started", 48, "count", F0, AS6),
 ])
