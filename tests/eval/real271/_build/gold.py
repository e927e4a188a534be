# real271 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all five items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (17.22% → 0.1722). Projects: the park is the one the text places the project in, null if none (a county or city is
# not a park). Status from the text's words (集中开工 / 开工 / 提前启动 / 提前开工建设 → 开工; 竣工投用 → 竣工; 加快施工 → 在建).
# “预计” / 年度计划 figures are kind target; year-to-date sums (“截至…”, “前4月”) are cumulative. Sources are `search` (corpus
# pages) excerpts saved into _raw/pages/rjNN.raw as returned.

# ---------------------------------------------------------------- rj01 河北 高新区 1-2月 (河北日报 2022, via te-ch.tech)
HB = "全省高新区"
FIVE = "石家庄、保定、唐山、燕郊、承德5家国家高新区"
A1 = "1-2月,我省高新区实现营业收入同比增长17.22%,税收总额同比增长15.68%"
A2 = "全省高新区实现工业总产值同比增长10.05%"
A3 = "高新区高新技术产业产值占规上工业产值比重达65.13%"
A4 = "截至一季度,高新区建设项目829个,总投资4203.52亿元,今年预计投资974.43亿元"
A5 = "总投资10亿元以上的项目有114个,占项目总数量的13.75%"
A6 = "1-2月实现营业收入占全省高新区的34.01%,工业总产值、高新技术产业产值、税收总额分别占全省高新区的32.03%、51.09%、42.88%"
A12 = "2022年1–2月"
G["rj01"] = dict(
 article=art("今年1-2月我省高新区实现营业收入同比增长17.22%", "河北日报（记者王璐丹 通讯员刘霏霏），载于 te-ch.tech", "2022-04-18", "day",
  "Provincial party daily relayed by a technology-news site, Hebei: the province's high-tech zones (高新区) as a group — Jan–Feb revenue, tax and output growth, high-tech output share, projects under construction with total and planned investment, and the five national zones' shares",
  "http://te-ch.tech/news/show-186966.html",
  "日期取页面“2022-04-18 河北日报”（文中“4月15日”为会议日）。标题照录；站点标语两行、日期来源行、阅读数“33”与“核心提示”摘要行（正文首句的截断重复）已删。存段末段“此外,从各市高新区经济运行情况来”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…42.88%。”，共四段。园区：文中只以群体说话（“我省高新区”“全省高新区”“高新区”），事实主体记“全省高新区”（河北）；“石家庄、保定、唐山、燕郊、承德5家国家高新区”列为五个可选园区（名称由城市名加“高新区”补成，不是原文字面，故 optional）。无点名企业或项目。“今年预计投资974.43亿元”为 target；“截至一季度”的项目数与总投资为 cumulative；“项目数量、项目完成投资额均占…50%以上”为区间，不计。",
  "rj01"),
 parks=[
  park("石家庄高新区", "石家庄", "河北", "国家高新区", FIVE, opt=True, note="文中只作“石家庄”（五家国家高新区之一），名称补成"),
  park("保定高新区", "保定", "河北", "国家高新区", FIVE, opt=True, note="同上"),
  park("唐山高新区", "唐山", "河北", "国家高新区", FIVE, opt=True, note="同上"),
  park("燕郊高新区", "廊坊", "河北", "国家高新区", FIVE, district="三河市", opt=True, note="同上；燕郊在三河市"),
  park("承德高新区", "承德", "河北", "国家高新区", FIVE, opt=True, note="同上"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(HB, "park_group", "revenue_yoy_growth", 0.1722, "ratio", A1, A12, kind="ratio", note="河北全省高新区"),
  fact(HB, "park_group", "tax_yoy_growth", 0.1568, "ratio", A1, A12, kind="ratio"),
  fact(HB, "park_group", "industrial_output_yoy_growth", 0.1005, "ratio", A2, A12, kind="ratio"),
  fact(HB, "park_group", "high_tech_output_share", 0.6513, "ratio", A3, A12, kind="ratio"),
  fact(HB, "park_group", "projects_under_construction", 829, "count", A4, "截至2022年一季度", kind="cumulative"),
  fact(HB, "park_group", "projects_total_investment_cny", 4.20352e11, "cny", "总投资4203.52亿元", "截至2022年一季度", kind="cumulative", chk=True),
  fact(HB, "park_group", "planned_investment_cny", 9.7443e10, "cny", "今年预计投资974.43亿元", "2022年全年（预计）", kind="target", chk=True),
  fact(HB, "park_group", "projects_over_1bn", 114, "count", A5, "截至2022年一季度", kind="cumulative", note="总投资10亿元以上项目"),
  fact(HB, "park_group", "projects_over_1bn_share", 0.1375, "ratio", A5, "截至2022年一季度", kind="ratio", opt=True),
  fact(FIVE, "park_group", "revenue_share_of_province_zones", 0.3401, "ratio", A6, A12, kind="ratio"),
  fact(FIVE, "park_group", "industrial_output_share_of_province_zones", 0.3203, "ratio", A6, A12, kind="ratio", opt=True),
  fact(FIVE, "park_group", "high_tech_output_share_of_province_zones", 0.5109, "ratio", A6, A12, kind="ratio", opt=True),
  fact(FIVE, "park_group", "tax_share_of_province_zones", 0.4288, "ratio", A6, A12, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rj02 衡水 2019 投资和项目建设 (hs.hebei.com.cn 2020)
HS = "衡水市"
GX = "高新区"
B1 = "全年安排省市重点开工在建项目135项,总投资881.4亿元,年计划投资275亿元"
B2 = "截至12月20日,完成投资376.24亿元,占年计划的136.8%"
B3 = "其中,省重点前期项目提前启动5项,包括桃城区国际设施园艺示范园区、武邑锦尚高德高端润滑油智能化调和分装项目等"
B4 = "市重点前期项目提前启动23项,包括桃城区大数据创新小镇、武邑县河钢搬迁、饶阳县贵澳田园综合体、高新区中科钒钛新材料等"
B5 = "市区道路延伸、市区公园动物园、衡水中学扩建等7个项目竣工投用"
B6 = "哈院南部新院区、中石化衡水油库迁建、主城区水系生态修复等项目也加快施工"
AS2 = "2019年（截至12月20日）"
G["rj02"] = dict(
 article=art("（无标题）衡水市2019年投资和项目建设：135项省市重点项目完成投资376.24亿元", "长城网衡水频道（hs.hebei.com.cn；存段无署名，原刊未注明）", "2020-01-14", "day",
  "Provincial news portal's city channel, Hebei: a city's 2019 year-end review of key projects — counts, total and planned investment, completion rates, named projects started early (one in the city's high-tech zone), the project reserve, infrastructure projects completed and under way",
  "http://hs.hebei.com.cn/system/2020/01/14/100163076.shtml",
  "日期取网址 system/2020/01/14。存段无标题、无日期行、无署名（title 为编者概括）；正文五段，完整，未删改。这是市级综述，园区只有“高新区”（衡水高新区，文中只作“高新区”）一处，另“桃城区国际设施园艺示范园区”是以园区为名的省重点前期项目（列项目，园区可选）。项目：提前启动 / 提前开工建设的省市重点前期项目→开工（桃城区国际设施园艺示范园区、武邑锦尚高德高端润滑油智能化调和分装项目、桃城区大数据创新小镇、高新区中科钒钛新材料为主；武邑县河钢搬迁、饶阳县贵澳田园综合体可选）；“双基”工程中竣工投用的三项→竣工、加快施工的三项→在建（均为城市基础设施与公共服务，可选）。除“高新区中科钒钛新材料”归高新区外，其他项目只有县区，不归园区（null）。事实主体为衡水市（region）：重点项目数、总投资、年计划（target）、截至12月20日完成投资与完成率（cumulative / ratio）、投产项目数、前期项目、储备库、双基工程。“计划开工项目开工率100%”不计。",
  "rj02"),
 parks=[
  park(GX, "衡水", "河北", "高新区", B4, opt=True, note="即衡水高新区，文中只作“高新区”"),
  park("桃城区国际设施园艺示范园区", "衡水", "河北", "农业园区", B3, district="桃城区", opt=True, note="以园区为名的省重点前期项目；另列为项目"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("桃城区国际设施园艺示范园区", None, B3, status="开工", status_text="提前启动", note="省重点前期项目提前启动（“有28项实现提前开工建设”）"),
  proj("武邑锦尚高德高端润滑油智能化调和分装项目", None, B3, status="开工", status_text="提前启动", note="省重点前期项目；武邑县"),
  proj("桃城区大数据创新小镇", None, B4, status="开工", status_text="提前启动", note="市重点前期项目"),
  proj("中科钒钛新材料", GX, B4, status="开工", status_text="提前启动", aliases=["高新区中科钒钛新材料"], note="市重点前期项目；在高新区（衡水高新区）"),
  proj("武邑县河钢搬迁", None, B4, status="开工", status_text="提前启动", opt=True, note="搬迁项目；市重点前期项目"),
  proj("饶阳县贵澳田园综合体", None, B4, status="开工", status_text="提前启动", opt=True),
  proj("市区道路延伸", None, B5, status="竣工", status_text="竣工投用", opt=True, note="“双基”工程"),
  proj("市区公园动物园", None, B5, status="竣工", status_text="竣工投用", opt=True, note="“双基”工程"),
  proj("衡水中学扩建", None, B5, status="竣工", status_text="竣工投用", opt=True, note="“双基”工程"),
  proj("哈院南部新院区", None, B6, status="在建", status_text="加快施工", opt=True, note="“双基”工程"),
  proj("中石化衡水油库迁建", None, B6, status="在建", status_text="加快施工", opt=True, note="“双基”工程"),
  proj("主城区水系生态修复", None, B6, status="在建", status_text="加快施工", opt=True, note="“双基”工程"),
 ],
 aggregate_facts=[
  fact(HS, "region", "key_projects", 135, "count", B1, "2019年", note="省市重点开工在建项目"),
  fact(HS, "region", "key_projects_investment_cny", 8.814e10, "cny", "总投资881.4亿元", "2019年", chk=True),
  fact(HS, "region", "key_projects_planned_investment_cny", 2.75e10, "cny", "年计划投资275亿元", "2019年（年计划）", kind="target", chk=True),
  fact(HS, "region", "key_projects_investment_done_cny", 3.7624e10, "cny", B2, AS2, kind="cumulative", chk=True),
  fact(HS, "region", "key_projects_plan_completion", 1.368, "ratio", B2, AS2, kind="ratio"),
  fact(HS, "region", "projects_in_production", 27, "count", "27个项目实现投产或部分投产", AS2, kind="cumulative"),
  fact(HS, "region", "provincial_key_projects_investment_done_cny", 1.1984e10, "cny", "28项省重点项目完成投资119.84亿元", AS2, kind="cumulative", chk=True, opt=True),
  fact(HS, "region", "municipal_key_projects_investment_done_cny", 2.564e10, "cny", "107项市重点项目完成投资256.4亿元", AS2, kind="cumulative", chk=True, opt=True),
  fact(HS, "region", "preparatory_projects", 102, "count", "全年安排省市重点前期项目102项,总投资1266亿元", "2019年"),
  fact(HS, "region", "preparatory_projects_investment_cny", 1.266e11, "cny", "总投资1266亿元", "2019年", chk=True),
  fact(HS, "region", "projects_started_early", 28, "count", "有28项实现提前开工建设", AS2, kind="cumulative"),
  fact(HS, "region", "reserve_projects", 502, "count", "在库重大项目502项,总投资8656.5亿元", "2019年末"),
  fact(HS, "region", "reserve_projects_investment_cny", 8.6565e11, "cny", "总投资8656.5亿元", "2019年末", chk=True),
  fact(HS, "region", "new_reserve_projects", 227, "count", "新谋划重大项目227项,总投资2533.9亿元", "2019年", opt=True),
  fact(HS, "region", "new_reserve_projects_investment_cny", 2.5339e11, "cny", "总投资2533.9亿元", "2019年", chk=True, opt=True),
  fact(HS, "region", "infrastructure_projects", 41, "count", "全年确定重点推进“双基”工程41项,总投资755.82亿元", "2019年", opt=True),
  fact(HS, "region", "infrastructure_projects_investment_cny", 7.5582e10, "cny", "总投资755.82亿元", "2019年", chk=True, opt=True),
  fact(HS, "region", "infrastructure_investment_done_cny", 1.784e9, "cny", "全年完成投资17.84亿元", AS2, kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- rj03 滨海新区前4月 (中国新闻网 2020, via xfyyw.2g.cn)
BH = "滨海新区"
C1 = "今年前4月该区引进的京津冀项目有500项左右,总投资额727亿元"
C2 = "2020年前4月,滨海新区招商签约落地项目2000个左右,投资总额1800亿元左右,亿元以上项目投资总额1157亿元左右"
C3 = "招商引资到位资金为590亿元左右,其中亿元以上项目到位资金402亿元,实际利用外资预计在14亿美元左右"
AS3 = "2020年1–4月"
G["rj03"] = dict(
 article=art("天津滨海新区前4月引进约500项京津冀项目 克服不利影响", "中国新闻网（“来源:中国新闻网”），载于 xfyyw.2g.cn", "2020-05-13", "day",
  "National news agency's web item relayed by a portal, Tianjin: a national new area's Jan–Apr investment attraction during the epidemic — projects from the Beijing–Tianjin–Hebei region, projects signed and landed, funds in place, FDI; two unnamed firms' investments",
  "http://www.xfyyw.2g.cn/2020/0513/42174.html",
  "日期取页面“来源:中国新闻网 2020-05-13 14:39:13”。标题照录；面包屑与来源行已删。存段末段“此外,一家来自德国、专门生产全套电气化系统的汽车系统供应商,也投资近10亿元,在滨海新区建设混合动”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…提供支撑。”，共五段。园区：天津滨海新区（国家级新区；文中又作“滨海新区”“新区”“该区”）。两家企业未点名（“一家依托中国科学院的研发成果生产服务器和芯片的企业”），不列公司；其“先进计算产业创新中心”无金额，列可选项目（在建设，明年建成）。中国科学院列可选机构。事实：前4月京津冀项目约500项、727亿元（cumulative，约）；签约落地项目约2000个、约1800亿元、亿元以上约1157亿元；到位资金约590亿元、其中亿元以上402亿元；实际利用外资“预计”约14亿美元（target，usd）。“京津冀”此处指引进项目的来源地，滨海新区不是京津冀共建园区。",
  "rj03"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", C2, aliases=["天津滨海新区"], note="文中又作“新区”“该区”"),
 ],
 companies=[],
 institutions=[
  inst("中国科学院", "有一家依托中国科学院的研发成果生产服务器和芯片的企业", kind="research", note="企业所依托的研发成果来源"),
 ],
 projects=[
  proj("先进计算产业创新中心", BH, "近期又在滨海新区投资建设包括智能化测试生产线在内的先进计算产业创新中心,明年建成后将为区内传统产业的信息化改造和数字经济发展提供支撑",
       status="在建", status_text="投资建设", opt=True, note="企业未点名；无金额；明年（2021年）建成"),
 ],
 aggregate_facts=[
  fact(BH, "park", "jjj_projects_introduced", 500, "count", C1, AS3, kind="cumulative", qual="约", qtext="左右", note="京津冀项目"),
  fact(BH, "park", "jjj_projects_investment_cny", 7.27e10, "cny", C1, AS3, kind="cumulative", chk=True),
  fact(BH, "park", "projects_signed", 2000, "count", C2, AS3, kind="cumulative", qual="约", qtext="左右", note="招商签约落地项目"),
  fact(BH, "park", "signed_investment_cny", 1.8e11, "cny", "投资总额1800亿元左右", AS3, kind="cumulative", qual="约", qtext="左右", chk=True),
  fact(BH, "park", "signed_investment_over_100m_cny", 1.157e11, "cny", "亿元以上项目投资总额1157亿元左右", AS3, kind="cumulative", qual="约", qtext="左右", chk=True),
  fact(BH, "park", "funds_in_place_cny", 5.9e10, "cny", C3, AS3, kind="cumulative", qual="约", qtext="左右", chk=True),
  fact(BH, "park", "funds_in_place_over_100m_cny", 4.02e10, "cny", "其中亿元以上项目到位资金402亿元", AS3, kind="cumulative", chk=True),
  fact(BH, "park", "actual_fdi_usd", 1.4e9, "usd", "实际利用外资预计在14亿美元左右", "2020年1–4月（预计）", kind="target", qual="约", qtext="左右"),
 ])

# ---------------------------------------------------------------- rj04 天津市开发区综合发展水平评价 (市商务局 2023, via te-ch.tech)
TJ = "参评开发区"
D0 = "共16家开发区参评,包括10家国家级开发开放区域和6家市级经济开发区"
D1 = "16家开发区用不到天津1/10的土地面积,创造了全市42.3%的地区生产总值、56.8%的工业增加值"
D2 = "2021年,全部参评开发区实际使用外资同比增长13.9%,占全市比重为85.2%,高技术产业实际使用外资同比增长70.5%"
D3 = "进出口总额同比增长22.1%,高于全市5.8个百分点,占全市比重为84.1%"
D4 = "税收收入同比增长10.3%,占全市比重为51.4%"
D5 = "亩均地区生产总值、亩均税收较上年度分别提高5.27万元/亩、2.76万元/亩"
AS4 = "2021年"
G["rj04"] = dict(
 article=art("天津市商务局公布2022年天津市开发区综合发展水平评价结果", "天津市商务局（“2023-02-28 市商务局”），载于 te-ch.tech", "2023-02-28", "day",
  "Municipal commerce bureau's release relayed by a technology-news site, Tianjin: the city's 2022 evaluation of its 16 development zones on 2021 data — shares of the city's GDP, industry, FDI, trade and tax, growth rates, per-mu gains",
  "http://te-ch.tech/news/show-211776.html",
  "日期取页面“2023-02-28 市商务局”（评价采用2021年度数据；发布在2023年，数据年份在本组角度2019–2022之内）。标题照录；站点标语两行、日期来源行、阅读数“116”、“核心提示”摘要行（正文首句的截断重复）与图片占位“image.png”已删。存段末段“科技创新活力增强。截至2021年末,…高新技术产品进出口额同比增”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…2.76万元/亩。”，共三段。园区：只以群体说话（16家开发区：10家国家级开发开放区域和6家市级经济开发区），无点名园区、企业或项目。事实主体记“参评开发区”（天津，park_group），均为2021年度数据。“完成了全市80%以上的实际使用外资和进出口总额”为区间（另有精确的85.2%、84.1%），不计。",
  "rj04"),
 parks=[],
 companies=[],
 institutions=[
  inst("市商务局", "市商务局组织开展了2022年天津市开发区综合发展水平评价", note="天津市商务局（评价主持方）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TJ, "park_group", "zones_evaluated", 16, "count", D0, "2022年评价"),
  fact(TJ, "park_group", "national_zones_evaluated", 10, "count", D0, "2022年评价", opt=True),
  fact(TJ, "park_group", "municipal_zones_evaluated", 6, "count", D0, "2022年评价", opt=True),
  fact(TJ, "park_group", "gdp_share_of_city", 0.423, "ratio", D1, AS4, kind="ratio"),
  fact(TJ, "park_group", "industrial_value_added_share_of_city", 0.568, "ratio", D1, AS4, kind="ratio"),
  fact(TJ, "park_group", "actual_fdi_yoy_growth", 0.139, "ratio", D2, AS4, kind="ratio"),
  fact(TJ, "park_group", "actual_fdi_share_of_city", 0.852, "ratio", D2, AS4, kind="ratio"),
  fact(TJ, "park_group", "high_tech_fdi_yoy_growth", 0.705, "ratio", D2, AS4, kind="ratio", opt=True),
  fact(TJ, "park_group", "trade_yoy_growth", 0.221, "ratio", D3, AS4, kind="ratio"),
  fact(TJ, "park_group", "trade_share_of_city", 0.841, "ratio", D3, AS4, kind="ratio"),
  fact(TJ, "park_group", "tax_yoy_growth", 0.103, "ratio", D4, AS4, kind="ratio"),
  fact(TJ, "park_group", "tax_share_of_city", 0.514, "ratio", D4, AS4, kind="ratio"),
  fact(TJ, "park_group", "gdp_per_mu_increase_cny", 52700, "cny", D5, AS4, chk=True, opt=True, note="每亩，较上年度提高"),
  fact(TJ, "park_group", "tax_per_mu_increase_cny", 27600, "cny", "2.76万元/亩", AS4, chk=True, opt=True, note="每亩，较上年度提高"),
 ])

# ---------------------------------------------------------------- rj05 运城 2022 二季度 集中开工 (thch813 archiver)
YC = "运城市"
YH = "盐湖高新技术产业开发区"
YJ = "运城经济技术开发区"
E0 = "4月26日,2022年全市第二季度重点项目集中开工暨盐湖区黄河农机农资物流园建设项目开工仪式在盐湖高新技术产业开发区举行"
E1 = "运城全市166个重点项目同步集中开工,总投资213.5亿元,年度计划投资99亿元"
E2 = "与去年同期相比,项目数量增加6个,总投资增加41.6亿元、增长24%"
E3 = "此次全市集中开工的重点项目中,产业类项目106个,占开工项目的63.9%,总投资150.9亿元"
E4 = "主会场开工的黄河农机农资物流园建设项目总投资5亿元,分两期进行,今年计划投资3.4亿元"
AS5 = "2022年第二季度（4月26日集中开工）"
G["rj05"] = dict(
 article=art("2022年运城市第二季度重点项目集中开工,总投资213.5亿", "thch813.com 论坛存档页（原刊未注明）", "2022-04", "month",
  "Forum archive page relaying a local news item, Shanxi: a city's Q2 joint groundbreaking of 166 key projects held in a high-tech zone — totals and annual plan, year-on-year change, industrial projects by type, the main-venue project and three other named projects with amounts (one in the city's economic-technological development zone)",
  "https://thch813.com/archiver/tid-159364.html",
  "存段无日期行；开工仪式在2022年4月26日（正文“4月26日,2022年全市第二季度…”），发布日只知到月（2022-04）。原刊未注明（论坛存档转载），非繁简转换页。标题照录（标题作“213.5亿”无“元”）。存段末条“总投资2.6亿元的永济市穿”在句中中断，整条删去（make_txt.py ITEMS 截至上一条），正文截至“…高速棒材绿色生产线项目;”，列举各条各为一段。园区：盐湖高新技术产业开发区（仪式举办地；盐湖区，运城，山西）、运城经济技术开发区（亚新科项目所在）。项目：黄河农机农资物流园建设项目（主会场，5亿元，开工；文中前作“盐湖区黄河农机农资物流园建设项目”，作别名；仪式在盐湖高新区项目现场举行，园区由此推定）；垣曲县北方铜业园子沟尾矿库项目（16.7亿元）、运城经济技术开发区亚新科汽车零部件制造基地项目（6.8亿元，园区运城经开区）、新绛县高义钢铁高速棒材绿色生产线项目（6亿元），均集中开工→开工；垣曲、新绛两项只有县名，不归园区。公司：亚新科（运城经开区）；北方铜业、高义钢铁只在项目名中（可选，园区 null）。事实主体运城市（region）：166个项目、213.5亿元、年度计划99亿元（target）、同比增减、产业类项目与四类构成（次要项可选）；黄河项目今年计划投资3.4亿元为项目事实（可选）。",
  "rj05"),
 parks=[
  park(YH, "运城", "山西", "高新区", E0, district="盐湖区", note="开工仪式举办地"),
  park(YJ, "运城", "山西", "经济技术开发区", "总投资6.8亿元的运城经济技术开发区亚新科汽车零部件制造基地项目"),
 ],
 companies=[
  comp("亚新科", YJ, "总投资6.8亿元的运城经济技术开发区亚新科汽车零部件制造基地项目", opt=True, note="只在项目名中；项目在运城经开区"),
  comp("北方铜业", None, "总投资16.7亿元的垣曲县北方铜业园子沟尾矿库项目", opt=True, note="只在项目名中；垣曲县"),
  comp("高义钢铁", None, "总投资6亿元的新绛县高义钢铁高速棒材绿色生产线项目", opt=True, note="只在项目名中；新绛县"),
 ],
 institutions=[],
 projects=[
  proj("黄河农机农资物流园建设项目", YH, E4, inv="总投资5亿元", status="开工", status_text="主会场开工",
       aliases=["盐湖区黄河农机农资物流园建设项目"], note="分两期；园区由开工仪式地点推定"),
  proj("垣曲县北方铜业园子沟尾矿库项目", None, "总投资16.7亿元的垣曲县北方铜业园子沟尾矿库项目", inv="总投资16.7亿元", status="开工", status_text="集中开工",
       companies=["北方铜业"]),
  proj("亚新科汽车零部件制造基地项目", YJ, "总投资6.8亿元的运城经济技术开发区亚新科汽车零部件制造基地项目", inv="总投资6.8亿元", status="开工", status_text="集中开工",
       companies=["亚新科"], aliases=["运城经济技术开发区亚新科汽车零部件制造基地项目"]),
  proj("新绛县高义钢铁高速棒材绿色生产线项目", None, "总投资6亿元的新绛县高义钢铁高速棒材绿色生产线项目", inv="总投资6亿元", status="开工", status_text="集中开工",
       companies=["高义钢铁"]),
 ],
 aggregate_facts=[
  fact(YC, "region", "projects_started", 166, "count", E1, AS5),
  fact(YC, "region", "projects_started_investment_cny", 2.135e10, "cny", "总投资213.5亿元", AS5, chk=True),
  fact(YC, "region", "projects_started_annual_plan_cny", 9.9e9, "cny", "年度计划投资99亿元", "2022年（年度计划）", kind="target", chk=True),
  fact(YC, "region", "projects_started_yoy_increase", 6, "count", E2, AS5, opt=True),
  fact(YC, "region", "projects_started_investment_yoy_increase_cny", 4.16e9, "cny", "总投资增加41.6亿元", AS5, chk=True, opt=True),
  fact(YC, "region", "projects_started_investment_yoy_growth", 0.24, "ratio", E2, AS5, kind="ratio", opt=True),
  fact(YC, "region", "industrial_projects_started", 106, "count", E3, AS5),
  fact(YC, "region", "industrial_projects_share", 0.639, "ratio", E3, AS5, kind="ratio", opt=True),
  fact(YC, "region", "industrial_projects_investment_cny", 1.509e10, "cny", "总投资150.9亿元", AS5, chk=True),
  fact(YC, "region", "industrial_projects_investment_yoy_increase_cny", 2.76e9, "cny", "投资增加27.6亿元、增长22.4%", AS5, chk=True, opt=True),
  fact(YC, "region", "industrial_projects_investment_yoy_growth", 0.224, "ratio", "投资增加27.6亿元、增长22.4%", AS5, kind="ratio", opt=True),
  fact(YC, "region", "emerging_industry_projects_started", 66, "count", "战新产业项目66个,总投资108.7亿元", AS5, opt=True),
  fact(YC, "region", "emerging_industry_projects_investment_cny", 1.087e10, "cny", "战新产业项目66个,总投资108.7亿元", AS5, chk=True, opt=True),
  fact(YC, "region", "traditional_industry_projects_investment_cny", 6.03e8, "cny", "传统产业项目12个,总投资6.03亿元", AS5, chk=True, opt=True),
  fact(YC, "region", "service_projects_investment_cny", 3.11e9, "cny", "现代服务业项目16个,总投资31.1亿元", AS5, chk=True, opt=True),
  fact(YC, "region", "agriculture_projects_investment_cny", 5.1e8, "cny", "现代农业项目12个,总投资5.1亿元", AS5, chk=True, opt=True),
  fact("黄河农机农资物流园建设项目", "project", "annual_planned_investment_cny", 3.4e8, "cny", "今年计划投资3.4亿元", "2022年（计划）", kind="target", chk=True, opt=True),
 ])
