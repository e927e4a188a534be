# real50 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real45)
# Conventions as real28–real49: evidence verbatim (all eight simplified as published); names as written in the text;
# 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence). Period totals (上半年, 1至11月, 1-10月) are kind cumulative,
# growth rates and shares ratio, plans and expectations target. Projects: the park is the one the text places the project
# in, null if none. Status from the text's words (开工 / 集中开工 / 开工仪式 → 开工; 满产 / 投产 → 投产; 全力推进 / 在建 /
# 已完成…工程量 → 在建; 签约 / 签订…协议 → 签约; 落户 alone → no status). Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/ztNN.raw as returned.

# ---------------------------------------------------------------- zt01 西安高新区 2022年上半年 (光明网 2022)
XA = "西安高新区"
XH = "2022年上半年"
A0 = "陕西西安高新区的一串串数字不断被刷新"
A1 = "生产总值达1513.55亿元,同比增长10.2%,五大主导产业产值同比增长35.2%"
A2 = "西安高新区今年共规划市级重点项目137个,总投资4334亿元,较去年同比增长24%,投资额全市排名第一"
A3 = "同时,“四个高新”重点项目规划537个,其中先进制造业项目116个,年计划投资699亿元"
A4 = "西安高新区规模以上工业总产值同比增长35.2%,规模以上工业增加值同比增长20%"
A5 = "上半年新增市场主体13000家,新增上市企业3家,国家级“专精特新”企业累计达40家,33家企业成为陕西省首批重点产业链“链主”企业"
A6 = "上半年,三星工厂一、二期项目实现满产,成为全球存储芯片重要的生产基地"
A7 = "比亚迪系列上半年生产新能源汽车34.4万辆,较上年同期增长了500%,其配套的众迪锂电池成为西安高新区第七家百亿级企业"
G["zt01"] = dict(
 article=art("“四个高新”建设蹄疾步稳 西安高新区交出靓丽“年中答卷”", "光明网（光明日报社；地方频道-陕西，来源行“来源:光明网”），difang.gmw.cn", "2022-08-01", "day",
  "National paper's news site (光明网, 光明日报), regional channel, Shaanxi: a national high-tech zone's first-half 2022 figures — GDP and growth, leading industries, planned key projects and investment, industrial output and value-added growth, new market entities and listed firms, named firms and a project at full output",
  "https://difang.gmw.cn/sn/2022-08/01/content_35924816.htm",
  "日期取页面“来源:光明网2022-08-01 16:02”（已删，连同分享按钮、“正在阅读”行与面包屑）。标题照录。正文中重复的标题行与“西安高新区”两行为图片说明，已删（make_txt.py inner drop）。**Cut**：存段在末段“西电产业园、和利时西北总部基地、铂力特三”处中断，该断句删去（LINE_SUFFIX），截至“…成为西安高新区第七家百亿级企业。”。小标题“‘稳’字引领 推动产业增速领跑”保留为段。正文五段。园区：西安高新区（国家级高新区，city 西安，province 陕西；文中又作“陕西西安高新区”）。上半年数字（生产总值、新增市场主体等）为期间累计（cumulative），增速为 ratio；“今年共规划市级重点项目137个,总投资4334亿元”与“年计划投资699亿元”为年度计划（target）。公司：三星（“三星工厂”）、比亚迪、众迪锂电池（“第七家百亿级企业”）皆为园区内企业。项目“三星工厂一、二期项目”“实现满产”→投产。比亚迪新能源汽车产量记为比亚迪的事实（文中作“比亚迪系列”）。",
  "zt01"),
 parks=[
  park(XA, "西安", "陕西", "高新技术产业开发区（国家级）", A0, note="文中又作“陕西西安高新区”"),
 ],
 companies=[
  comp("三星", XA, A6, note="文中作“三星工厂一、二期项目”"),
  comp("比亚迪", XA, A7, note="文中作“比亚迪系列”"),
  comp("众迪锂电池", XA, A7, note="比亚迪配套企业；园区第七家百亿级企业"),
 ],
 projects=[
  proj("三星工厂一、二期项目", XA, A6, companies=["三星"], status="投产", status_text="实现满产", aliases=["三星工厂"]),
 ],
 aggregate_facts=[
  fact(XA, "park", "gdp_cny", 1.51355e11, "cny", "生产总值达1513.55亿元,同比增长10.2%", XH, kind="cumulative", chk=True),
  fact(XA, "park", "gdp_yoy_growth", 0.102, "ratio", "生产总值达1513.55亿元,同比增长10.2%", XH, kind="ratio"),
  fact(XA, "park", "leading_industries_output_yoy_growth", 0.352, "ratio", "五大主导产业产值同比增长35.2%", XH, kind="ratio"),
  fact(XA, "park", "municipal_key_projects_planned", 137, "count", A2, "2022年（全年计划）", kind="target"),
  fact(XA, "park", "municipal_key_projects_planned_investment_cny", 4.334e11, "cny", "今年共规划市级重点项目137个,总投资4334亿元", "2022年（全年计划）", kind="target", chk=True),
  fact(XA, "park", "municipal_key_projects_investment_yoy_growth", 0.24, "ratio", "总投资4334亿元,较去年同比增长24%", "2022年（全年计划）", kind="ratio", opt=True),
  fact(XA, "park", "four_gaoxin_key_projects_planned", 537, "count", A3, "2022年（全年计划）", kind="target", opt=True),
  fact(XA, "park", "advanced_manufacturing_projects_planned", 116, "count", A3, "2022年（全年计划）", kind="target", opt=True),
  fact(XA, "park", "four_gaoxin_key_projects_annual_planned_investment_cny", 6.99e10, "cny", "年计划投资699亿元", "2022年（全年计划）", kind="target", opt=True, chk=True),
  fact(XA, "park", "industrial_output_above_scale_yoy_growth", 0.352, "ratio", A4, "截至2022年7月（上半年）", kind="ratio"),
  fact(XA, "park", "industrial_value_added_above_scale_yoy_growth", 0.20, "ratio", A4, "截至2022年7月（上半年）", kind="ratio"),
  fact(XA, "park", "new_market_entities", 13000, "count", A5, XH, kind="cumulative"),
  fact(XA, "park", "new_listed_companies", 3, "count", A5, XH, kind="cumulative"),
  fact(XA, "park", "national_specialized_sme_count", 40, "count", "国家级“专精特新”企业累计达40家", "截至2022年7月", kind="cumulative", opt=True),
  fact(XA, "park", "chain_leader_firms", 33, "count", "33家企业成为陕西省首批重点产业链“链主”企业", "截至2022年7月", kind="cumulative", opt=True),
  fact("比亚迪", "company", "nev_output_vehicles", 344000, "count", "比亚迪系列上半年生产新能源汽车34.4万辆", XH, kind="cumulative"),
  fact("比亚迪", "company", "nev_output_yoy_growth", 5.0, "ratio", "较上年同期增长了500%", XH, kind="ratio", opt=True),
  fact(XA, "park", "firms_over_10bn", 7, "count", "其配套的众迪锂电池成为西安高新区第七家百亿级企业", "截至2022年7月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- zt02 宝鸡高新区 2021年一季度重点项目开工 (宝鸡高新区网站 2021)
BJ = "宝鸡高新区"
B0 = "1月25日,高新区2021年第一季度重点项目集中开工。此次共开工项目22个,总投资124.1亿元"
B1 = "据了解,当天开工的项目总投资124.1亿元,年度投资30.2亿元"
B2 = "其中工业项目9个、基础设施类项目7个、社会民生类项目3个、商贸物流、环保整治类项目3个"
B3 = "新型钛及新材料产业园项目主要建设熔炼、锻轧、钛设备3个集中制造区"
B4 = "项目分三期实施,其中一、二期总投资50亿元,一期项目计划2022年10月底前建成投产"
B5 = "总投资10亿元的金属复合材料及钛合金熔炼与锻造生产线建设项目,建成后可实现年产值15亿元"
B6 = "总投资11.9亿元的新能源铁路轨道产品生产基地项目,主要生产轨道工程车、新能源轨道车等,建设后年产值可达18亿元"
BQ = "2021年1月25日（一季度集中开工）"
PT = "新型钛及新材料产业园项目"
G["zt02"] = dict(
 article=art("宝鸡高新区一季度重点项目开工——涉及22个项目,总投资124.1亿元", "宝鸡高新区门户网站（招商引资>投资资讯；无署名），bjgx.baoji.gov.cn", "2021-01-26", "day",
  "Zone government site, Shaanxi: a high-tech zone's first-quarter project start — number of projects, total and annual investment, split by field, and three named industrial projects with amounts, phases and expected output",
  "http://bjgx.baoji.gov.cn/art/2021/1/26/art_9004_1356286.html",
  "日期取页面“发布时间:2021-01-26 11:35”（已删，连同“当前位置”导航）；开工为“1月25日”。标题照录。段间空行（页面图片位置）已去。**Cut**：存段在末段“总投资5亿元的农产品科研加工仓储基地,总投”处中断，该断句删去（LINE_SUFFIX），截至“…轨道交通产业实现新的突破。”。正文四段。园区：宝鸡高新区（文中只作“高新区”；标题作“宝鸡高新区”；国家级高新区，city 宝鸡，province 陕西）。项目：三个工业项目皆为当天集中开工（status 开工，见首句）：新型钛及新材料产业园项目（文中只给“一、二期总投资50亿元”，investment_text 取之，phase 一、二期）；金属复合材料及钛合金熔炼与锻造生产线建设项目（总投资10亿元）；新能源铁路轨道产品生产基地项目（总投资11.9亿元）。年产值为建成后预期（target）。文中无企业名。",
  "zt02"),
 parks=[
  park(BJ, "宝鸡", "陕西", "高新技术产业开发区（国家级）", "宝鸡高新区一季度重点项目开工", note="正文只作“高新区”"),
 ],
 projects=[
  proj(PT, BJ, B4, inv="一、二期总投资50亿元", phase="一、二期", status="开工", status_text="高新区2021年第一季度重点项目集中开工",
       note="分三期；只给一、二期总投资；一期计划2022年10月底前建成投产"),
  proj("金属复合材料及钛合金熔炼与锻造生产线建设项目", BJ, B5, inv="总投资10亿元", status="开工", status_text="重点项目集中开工"),
  proj("新能源铁路轨道产品生产基地项目", BJ, B6, inv="总投资11.9亿元", status="开工", status_text="重点项目集中开工"),
 ],
 aggregate_facts=[
  fact(BJ, "park", "projects_started", 22, "count", B0, BQ),
  fact(BJ, "park", "projects_started_total_investment_cny", 1.241e10, "cny", "此次共开工项目22个,总投资124.1亿元", BQ, chk=True),
  fact(BJ, "park", "projects_started_annual_planned_investment_cny", 3.02e9, "cny", "年度投资30.2亿元", "2021年（年度计划）", kind="target", chk=True),
  fact(BJ, "park", "industrial_projects_started", 9, "count", B2, BQ, opt=True),
  fact(BJ, "park", "industrial_projects_started_investment_cny", 8.16e9, "cny", "开工的22个项目中,9个工业项目总投资81.6亿元", BQ, opt=True, chk=True),
  fact(BJ, "park", "infrastructure_projects_started", 7, "count", B2, BQ, opt=True),
  fact("金属复合材料及钛合金熔炼与锻造生产线建设项目", "project", "expected_annual_output_cny", 1.5e9, "cny", "建成后可实现年产值15亿元", "建成后（预期）", kind="target", chk=True),
  fact("新能源铁路轨道产品生产基地项目", "project", "expected_annual_output_cny", 1.8e9, "cny", "建设后年产值可达18亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- zt03 柳州河西高新技术产业开发区 (dlsea.cn 2024)
LZ = "柳州河西高新技术产业开发区"
C0 = "1月9日,柳州延锋汽车零部件有限公司车间里"
C1 = "延锋公司位于柳州河西高新技术产业开发区内"
C2 = "目前,园区规模以上工业企业总数达113家,其中亿元以上企业26家"
C3 = "2023年1至11月,该园区完成规模以上工业总产值783.2亿元,工业投资达13.89亿元"
C4 = "2023年第四季度,该区成功签约柳州市荆大汽车制动管整体搬迁项目、柳州市威菱顺汽车零部件制造有限公司大型伺服冲压设备制造汽车车门零部件项目等2个重点产业工程项目"
C5 = "招引1个主导产业项目——柳州美瑞模具制造科技有限公司年产200套汽车模具项目签约入园"
C6 = "推动广东省中山市恒滨实业有限公司模具制造项目在年底顺利投产"
C7 = "柳南区聚集了上汽通用五菱、广西汽车集团、柳工集团三大主机厂"
PM = "柳州美瑞模具制造科技有限公司年产200套汽车模具项目"
G["zt03"] = dict(
 article=art("（无标题）柳州河西高新技术产业开发区：延锋汽车零部件投产，园区规上工业总产值783.2亿元", "dlsea.cn（专题页转载；存段无标题、无来源行与署名，网址含“newgx”）", "2024-01-11", "day",
  "News relay page, Guangxi: a high-tech zone in a car-making district — a relocated parts maker's output, the zone's firm counts, Jan–Nov 2023 industrial output and investment, and the district's signed, landed and commissioned projects with named firms",
  "http://www.dlsea.cn/staticpages/20240111/newgx659f7c75-21405166.shtml",
  "日期取网址 20240111；文中采访日为“1月9日”，所述数字为“2023年1至11月”。存段无标题（title 为编者概括）、无来源行与署名；原载媒体不明（网址含“newgx”，或为广西媒体稿件），列为转载页。末尾“点击图片链接进入专题 / 了解更多精彩内容 / ↓↓↓”已删。正文四段，以完整句结束。园区：柳州河西高新技术产业开发区（文中又作“园区”“该园区”；city 柳州，district 柳南区，province 广西；级别文中未说）。公司：柳州延锋汽车零部件有限公司（文中又作“延锋公司”，位于园区内）；上汽通用五菱、广西汽车集团、柳工集团为柳南区的主机厂（park null，可选）。项目：第四季度“该区”（柳南区）签约的两个项目与“签约入园”的美瑞模具项目、年底投产的恒滨模具制造项目——文中只说“该区”，美瑞项目“签约入园”，所入园区文中未明说，按上下文记柳州河西高新区；荆大、威菱顺两项目 park 记 null（区级），status 签约；恒滨项目 status 投产，park null。",
  "zt03", title_note="no headline stored; title made from the lead"),
 parks=[
  park(LZ, "柳州", "广西", "高新技术产业开发区", C1, district="柳南区", note="文中又作“园区”“该园区”"),
 ],
 companies=[
  comp("柳州延锋汽车零部件有限公司", LZ, C0, aliases=["延锋公司"], note="2022年8月从上海搬迁投产；生产安全气囊气袋"),
  comp("柳州市威菱顺汽车零部件制造有限公司", None, C4, opt=True, note="柳南区签约项目的企业"),
  comp("柳州美瑞模具制造科技有限公司", LZ, C5, note="项目“签约入园”"),
  comp("广东省中山市恒滨实业有限公司", None, C6, opt=True, note="项目在柳南区投产；园区未明说"),
  comp("上汽通用五菱", None, C7, opt=True, note="柳南区主机厂"),
  comp("广西汽车集团", None, C7, opt=True, note="柳南区主机厂"),
  comp("柳工集团", None, C7, opt=True, note="柳南区主机厂"),
 ],
 projects=[
  proj("柳州市荆大汽车制动管整体搬迁项目", None, C4, status="签约", status_text="成功签约"),
  proj("柳州市威菱顺汽车零部件制造有限公司大型伺服冲压设备制造汽车车门零部件项目", None, C4, companies=["柳州市威菱顺汽车零部件制造有限公司"], status="签约", status_text="成功签约"),
  proj(PM, LZ, C5, companies=["柳州美瑞模具制造科技有限公司"], status="签约", status_text="签约入园", note="“入园”所指园区文中未明说，按上下文记柳州河西高新区"),
  proj("广东省中山市恒滨实业有限公司模具制造项目", None, C6, companies=["广东省中山市恒滨实业有限公司"], status="投产", status_text="在年底顺利投产"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "industrial_firms_above_scale", 113, "count", C2, "2024年1月", kind="cumulative"),
  fact(LZ, "park", "firms_output_over_100m", 26, "count", C2, "2024年1月", kind="cumulative", opt=True),
  fact(LZ, "park", "industrial_output_above_scale_cny", 7.832e10, "cny", C3, "2023年1至11月", kind="cumulative", chk=True),
  fact(LZ, "park", "industrial_investment_cny", 1.389e9, "cny", "工业投资达13.89亿元", "2023年1至11月", kind="cumulative", chk=True),
  fact("柳州延锋汽车零部件有限公司", "company", "airbag_cushions_produced", 4.5e6, "count", "2023年生产450万件气袋,其中出口60万件,全年总产值近2亿元", "2023年（全年）", kind="cumulative", opt=True),
  fact("柳州延锋汽车零部件有限公司", "company", "annual_output_cny", 2e8, "cny", "全年总产值近2亿元", "2023年（全年）", kind="cumulative", qual="约", qtext="近", chk=True),
  fact("柳南区", "district", "key_industrial_projects_signed", 2, "count", C4, "2023年第四季度", opt=True),
 ])

# ---------------------------------------------------------------- zt04 岑巩县工业园区 贵州华星冶金 (黔东南信息港 2012)
CG = "岑巩县工业园区"
CZ = "长冲湾原材料暨装备制造产业区"
D0 = "5月6日,总投资2亿元的贵州华星冶金有限公司在岑巩县工业园区长冲湾原材料暨装备制造产业区举行隆重开工仪式"
D1 = "项目建成投产后可实现年产锑系列产品1.23万吨,年产值逾5亿元,年利税4千万余元,实现150余人就业"
D2 = "截止目前,该县入园企业48户。已建成投产28户,其中12户为规模企业,在建规模企业20户"
PH = "贵州华星冶金有限公司项目"
G["zt04"] = dict(
 article=art("（无标题）总投资2亿元的贵州华星冶金有限公司在岑巩县工业园区开工", "黔东南信息港 www.qdn.cn（杨政权；存段无标题）", "2012-05-11", "day",
  "Prefecture news portal, Guizhou: a metallurgy firm's project starts in a county industrial park's sub-area — investment, land, phase-1 schedule, expected output, profit-tax and jobs; the county's firm counts in its parks",
  "http://www.qdn.cn/html/2012/cg_0511/55127.shtml",
  "日期取网址 2012/cg_0511；开工为“5月6日”。存段无标题（title 为编者概括）。末尾两段网站版权声明已删。正文三段，完整（以署名“(杨政权)”结束）。real39 zi03 用过同站另一页（2012-08-23 金钟经济开发区），本篇不同。园区：岑巩县工业园区（county 园区，city 黔东南州，district 岑巩县，province 贵州）；“长冲湾原材料暨装备制造产业区”为其中的产业区（parent 岑巩县工业园区）。项目：文中无项目名，只作“总投资2亿元的贵州华星冶金有限公司…举行隆重开工仪式”“该项目”，项目名记“贵州华星冶金有限公司项目”（编者所拟），status 开工，park 记产业区（两者嵌套，另加可选同名项目记岑巩县工业园区）。“一园三区”“入园企业48户”等为县的事实（subject 岑巩县，记可选；园区即县“一园”）。“逾5亿元”→超，“4千万余元”→余（amt 不解析“4千万”，只记文字）。",
  "zt04", title_note="no headline stored; title made from the lead"),
 parks=[
  park(CG, "黔东南", "贵州", "工业园区（县级）", D0, district="岑巩县"),
  park(CZ, "黔东南", "贵州", "产业区（园区片区）", D0, district="岑巩县", parent=CG),
 ],
 companies=[
  comp("贵州华星冶金有限公司", CZ, D0),
 ],
 projects=[
  proj(PH, CZ, D0, companies=["贵州华星冶金有限公司"], inv="总投资2亿元", status="开工", status_text="举行隆重开工仪式",
       note="文中无项目名（“该项目”）；名称为编者所拟"),
  proj(PH, CG, D0, companies=["贵州华星冶金有限公司"], inv="总投资2亿元", status="开工", status_text="举行隆重开工仪式", opt=True,
       note="同一项目，另记其所在工业园区（两个园区链接皆可）"),
 ],
 aggregate_facts=[
  fact(PH, "project", "site_area_mu", 80, "mu", "该项目占地80亩", "2012年5月", opt=True),
  fact(PH, "project", "expected_annual_output_antimony_t", 12300, "t", D1, "建成投产后（预期）", kind="target", opt=True),
  fact(PH, "project", "expected_annual_output_cny", 5e8, "cny", "年产值逾5亿元,年利税4千万余元", "建成投产后（预期）", kind="target", qual="超", qtext="逾", chk=True),
  fact(PH, "project", "expected_jobs", 150, "count", "实现150余人就业", "建成投产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact("岑巩县", "county", "firms_in_parks", 48, "count", D2, "截至2012年5月", kind="cumulative", opt=True),
  fact("岑巩县", "county", "firms_in_production", 28, "count", D2, "截至2012年5月", kind="cumulative", opt=True),
  fact("岑巩县", "county", "planned_park_area_km2", 30.23, "km2", "着力打造“一园三区”30.23平方公里", "2012年", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zt05 兰州新区 重点项目 (兰州广播电视台 via 兰州新区发布 2024)
LX = "兰州新区"
E0 = "粤水电兰州新区100兆瓦集中式光伏发电项目是2024年省列重大建设项目,设计发电总规模500兆瓦,总投资约25亿元,计划分三期建设"
E1 = "一期建设100兆瓦光伏发电项目,总投资4亿元,分光伏厂区、升压站和外输线路三部分,目前光伏厂区和升压站已分别完成工程量的95%"
E2 = "同为新建项目,甘肃金泰绿建建筑科技有限公司在新区建设的年产260万平方米聚氨酯岩棉复合板生产项目也全力推进。该项目占地42亩,总投资1.26亿元"
E3 = "此前,该公司已为甘肃海亮新能源材料有限公司、东金硅业、博睿重工等新区入驻企业提供外立面及厂房板材约20万平方米"
E4 = "今年,兰州新区计划实施省市列重大项目36个,总投资980亿元,年度计划投资133.8亿元,1-10月完成投资146.1亿元,年度计划投资完成率109%"
E5 = "今年年初列入计划续建项目150个,目前已全部复工,1-10月完成投资210亿元"
E6 = "列入计划新建项目130个,目前金麟锂电新材料、宏牛工业废盐、爱玛产业园等156个新建项目已开工入库,1-10月完成投资81亿元"
PY = "粤水电兰州新区100兆瓦集中式光伏发电项目"
PJT = "年产260万平方米聚氨酯岩棉复合板生产项目"
LQ = "2024年1-10月"
G["zt05"] = dict(
 article=art("兰州新区:抢抓时间节点 高质高效推进重点项目建设", "兰州广播电视台（来源行“来源丨兰州广播电视台”；编辑 贾彦虎），经微信公众号“兰州新区发布”（兰州新区党工委办公室）转载，页面存于 wxredian.com", "2024-11-23", "day",
  "City TV station's item relayed by the zone's WeChat account, Gansu: a state-level new area's key projects in the fourth quarter — a photovoltaic project's size, amount, phases and progress, a building-materials firm's project, firms in the area, and the year's major-project counts and investment to October",
  "https://wxredian.com/art?id=7d452c8f12a8a54700969a0245fa61f3",
  "日期取页面“政务 2024-11-23 10:28 甘肃”（已删）。标题照录。文末“来源丨兰州广播电视台 / 编辑丨贾彦虎 / 兰州新区发布 / 兰州新区党工委办公室 / 最”已删（存段止于“最”字，其后为公众号页尾）。正文五段，完整。园区：兰州新区（国家级新区，city 兰州，province 甘肃；文中又作“新区”）。项目：粤水电兰州新区100兆瓦集中式光伏发电项目——“总投资约25亿元”（设计总规模500兆瓦、分三期），一期100兆瓦“总投资4亿元”、已完成工程量95%→在建（phase 一期记在事实中）；甘肃金泰绿建的年产260万平方米聚氨酯岩棉复合板生产项目——“全力推进”→在建，“总投资1.26亿元”；金麟锂电新材料、宏牛工业废盐、爱玛产业园“已开工入库”→开工（名称照录，不加“项目”之外的字；列可选）。公司：甘肃金泰绿建建筑科技有限公司；“新区入驻企业”甘肃海亮新能源材料有限公司、东金硅业、博睿重工（园区兰州新区）；“粤水电”只在项目名中，列可选。年度数字：36个省市列重大项目、总投资980亿元、年度计划133.8亿元为年度计划（target），1-10月完成投资为期间累计（cumulative），完成率为 ratio。",
  "zt05"),
 parks=[
  park(LX, "兰州", "甘肃", "国家级新区", E4, note="文中又作“新区”"),
 ],
 companies=[
  comp("甘肃金泰绿建建筑科技有限公司", LX, E2),
  comp("甘肃海亮新能源材料有限公司", LX, E3, note="新区入驻企业"),
  comp("东金硅业", LX, E3, note="新区入驻企业"),
  comp("博睿重工", LX, E3, note="新区入驻企业"),
  comp("粤水电", LX, E0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(PY, LX, E0, companies=["粤水电"], inv="总投资约25亿元", qual="约", qual_text="约", status="在建",
       status_text="目前光伏厂区和升压站已分别完成工程量的95%", note="分三期；一期100兆瓦总投资4亿元，完成工程量95%"),
  proj(PJT, LX, E2, companies=["甘肃金泰绿建建筑科技有限公司"], inv="总投资1.26亿元", status="在建", status_text="也全力推进",
       aliases=["甘肃金泰绿建建筑科技有限公司在新区建设的年产260万平方米聚氨酯岩棉复合板生产项目"]),
  proj("金麟锂电新材料", LX, E6, status="开工", status_text="已开工入库", opt=True, note="文中只作名称，未加“项目”"),
  proj("宏牛工业废盐", LX, E6, status="开工", status_text="已开工入库", opt=True),
  proj("爱玛产业园", LX, E6, status="开工", status_text="已开工入库", opt=True),
 ],
 aggregate_facts=[
  fact(PY, "project", "phase1_investment_cny", 4e8, "cny", E1, "2024年11月", opt=True, chk=True),
  fact(PY, "project", "phase1_construction_progress", 0.95, "ratio", E1, "2024年11月", kind="ratio", opt=True),
  fact(PY, "project", "design_capacity_mw", 500, "MW", E0, "2024年11月", opt=True),
  fact(PJT, "project", "site_area_mu", 42, "mu", "该项目占地42亩", "2024年11月", opt=True),
  fact(LX, "park", "major_projects_planned", 36, "count", E4, "2024年（年度计划）", kind="target"),
  fact(LX, "park", "major_projects_total_investment_cny", 9.8e10, "cny", "今年,兰州新区计划实施省市列重大项目36个,总投资980亿元", "2024年（年度计划）", kind="target", chk=True),
  fact(LX, "park", "major_projects_annual_planned_investment_cny", 1.338e10, "cny", "年度计划投资133.8亿元", "2024年（年度计划）", kind="target", chk=True),
  fact(LX, "park", "major_projects_investment_completed_cny", 1.461e10, "cny", "1-10月完成投资146.1亿元,年度计划投资完成率109%", LQ, kind="cumulative", chk=True),
  fact(LX, "park", "major_projects_annual_plan_completion", 1.09, "ratio", "年度计划投资完成率109%", LQ, kind="ratio"),
  fact(LX, "park", "continuing_projects", 150, "count", E5, "2024年", kind="target", opt=True),
  fact(LX, "park", "continuing_projects_investment_completed_cny", 2.1e10, "cny", "目前已全部复工,1-10月完成投资210亿元", LQ, kind="cumulative", chk=True),
  fact(LX, "park", "new_projects_started", 156, "count", E6, "截至2024年11月", kind="cumulative"),
  fact(LX, "park", "new_projects_investment_completed_cny", 8.1e9, "cny", "已开工入库,1-10月完成投资81亿元", LQ, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- zt06 马龙工业园区 海生润玻璃工业产业园 (珠江网 2020)
ML = "马龙工业园区"
HS = "海生润玻璃产业园"
F0 = "海生润玻璃产业园位于马龙工业园区小寨片区,规划用地420亩,总投资5.5亿元"
F1 = "项目分三期实施建设:一期投资2.2亿元,占地80余亩,建设3万余平米的3栋标准厂房"
F2 = "项目2019年12月动工,已完成1号、2号标准厂房建设,9月中旬完成3号标准厂房建设"
F3 = "1号厂房入驻企业是马龙天成钢化玻璃公司,主要生产钢化、中空、夹胶玻璃,总投资2000万元,年产量100万平米,年产值4000万元"
F4 = "2号厂房入驻企业是河北沙河蓝滕玻璃制品公司,主要生产高档制镜、镀膜玻璃,总投资2500万元,年产量200万平米,年产值7000万元"
F5 = "3号厂房入驻企业是成都竭诚玻璃公司,主要生产工艺玻璃"
F6 = "二期、三期投资3.2亿元,占地300亩,计划2021年至2025年实施建设"
F7 = "评比得票结果为:海生润玻璃工业产业园项目位列第一,马龙区天辅雲泉小镇项目位列第二,呈发物流园项目位列第三"
PHS = "海生润玻璃工业产业园项目"
G["zt06"] = dict(
 article=art("曲靖市7月重点项目现场观摩活动评比结果揭晓", "珠江网 zjw.cn（来源行“来源:珠江网”；无署名）", "2020-07-20", "day",
  "City news portal, Yunnan: results of a city's key-project site inspection, with the winning project — a glass industry park in a district industrial park — its land, total and phased investment, construction stage and three firms in its factory buildings with amounts and output",
  "https://zjw.cn/info-50508.html",
  "日期取页面“发布日期:2020-07-20 / 来源:珠江网 / 阅读量:2566”（已删，连同“返回顶部”“首页 > 正文”）；观摩活动为“7月17日”。标题照录。图片文件名行“qjfgw20200718164040679.jpg”已删。**Cut**：存段在第三个项目段“马龙区天辅雲泉小镇项目。该项目概算总投资20亿元,…打造集蜜蜂养殖、生产、科普、文化观光为一体”处中断；该段除标题式短句外只有一个未完句，整段删去（make_txt.py 止于上一段），real27 曾因此弃用。正文两段。园区：马龙工业园区（city 曲靖，district 马龙区，province 云南）；“海生润玻璃产业园”位于其小寨片区（parent 马龙工业园区）。项目：海生润玻璃工业产业园项目（文中又作“海生润玻璃产业园”）——“总投资5.5亿元”，“2019年12月动工,已完成1号、2号标准厂房建设”→在建（status_alt 开工），park 记马龙工业园区；一期2.2亿元、二三期3.2亿元记为事实。公司：三家入驻厂房企业（马龙天成钢化玻璃公司、河北沙河蓝滕玻璃制品公司、成都竭诚玻璃公司；park 记海生润玻璃产业园）；其“总投资2000万元”“2500万元”为各企业在厂房内的投资，记为公司事实（可选）。“马龙区天辅雲泉小镇项目”“呈发物流园项目”只在评比结果中出现（无园区、无金额），列可选项目（park null，无状态）。",
  "zt06"),
 parks=[
  park(ML, "曲靖", "云南", "工业园区（县区级）", F0, district="马龙区", note="文中作“马龙工业园区小寨片区”"),
  park(HS, "曲靖", "云南", "产业园（玻璃）", F0, district="马龙区", parent=ML, note="文中又作“海生润玻璃工业产业园项目”"),
 ],
 companies=[
  comp("马龙天成钢化玻璃公司", HS, F3, note="1号厂房入驻企业"),
  comp("河北沙河蓝滕玻璃制品公司", HS, F4, note="2号厂房入驻企业"),
  comp("成都竭诚玻璃公司", HS, F5, note="3号厂房入驻企业"),
 ],
 projects=[
  proj(PHS, ML, F0, inv="总投资5.5亿元", status="在建", status_text="项目2019年12月动工,已完成1号、2号标准厂房建设", status_alt="开工",
       aliases=["海生润玻璃产业园"], note="分三期；一期2.2亿元，二、三期3.2亿元（2021–2025年）"),
  proj("马龙区天辅雲泉小镇项目", None, F7, opt=True, note="只在评比结果中（位列第二）；其介绍段被截断删去"),
  proj("呈发物流园项目", None, F7, opt=True, note="只在评比结果中（位列第三）"),
 ],
 aggregate_facts=[
  fact(PHS, "project", "site_area_mu", 420, "mu", F0, "2020年7月", opt=True),
  fact(PHS, "project", "phase1_investment_cny", 2.2e8, "cny", F1, "2020年7月", chk=True),
  fact(PHS, "project", "phase2_3_investment_cny", 3.2e8, "cny", F6, "2021年至2025年（计划）", kind="target", chk=True),
  fact("马龙天成钢化玻璃公司", "company", "investment_cny", 2e7, "cny", "总投资2000万元,年产量100万平米,年产值4000万元", "2020年7月", opt=True, chk=True),
  fact("马龙天成钢化玻璃公司", "company", "annual_output_cny", 4e7, "cny", "年产值4000万元;2号厂房入驻企业是河北沙河蓝滕玻璃制品公司", "2020年7月", opt=True, chk=True),
  fact("河北沙河蓝滕玻璃制品公司", "company", "investment_cny", 2.5e7, "cny", "总投资2500万元,年产量200万平米,年产值7000万元", "2020年7月", opt=True, chk=True),
  fact("河北沙河蓝滕玻璃制品公司", "company", "annual_output_cny", 7e7, "cny", "年产值7000万元;3号厂房入驻企业是成都竭诚玻璃公司", "2020年7月", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zt07 遂宁经开区 西部模具产业园 (中国压铸网 2013)
SN = "遂宁市经济技术开发区"
G0 = "根据协议,厦门市模具行业协会将在遂宁市经济技术开发区投资18亿元建设西部模具产业园项目"
G1 = "项目全部达产后,年产值不低于50亿元,年税收不低于1亿元"
PX = "西部模具产业园项目"
G["zt07"] = dict(
 article=art("遂宁与厦门共建模具产业园 达产后年产值不低50亿元", "中国压铸网（“(中国压铸网/讯)”），www.yzw.cc", "2013-09-27", "day",
  "Industry trade portal, Sichuan: a city signs an investment agreement with an industry association for a mould industry park in its economic-technological zone — amount, facilities, firms to attract, construction period, expected output and tax",
  "https://www.yzw.cc/mobile/index.php?itemid=72643&moduleid=21",
  "日期取页面“2013-09-27 09:56 点击:54”（已删，连同重复的标题行与“[摘要]”行、页尾“首页 评论 分享”）。标题照录（“不低50亿元”照原文）。正文两段，完整。园区：遂宁市经济技术开发区（文中只此一称；当时为省级经开区，级别文中未说；city 遂宁，province 四川）；“西部模具产业园”为项目所建园区，只以项目名出现，不另列园区（列可选）。项目：西部模具产业园项目——签订合作协议→签约；“投资18亿元”；投资方厦门市模具行业协会（行业协会，列为机构，kind association）。“年产值不低于50亿元,年税收不低于1亿元”为达产后预期（target，不低于→超）。",
  "zt07"),
 parks=[
  park(SN, "遂宁", "四川", "经济技术开发区", G0),
  park("西部模具产业园", "遂宁", "四川", "产业园（模具）", G0, parent=SN, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("厦门市模具行业协会", G0, kind="association", opt=False, note="投资方（行业协会）"),
 ],
 projects=[
  proj(PX, SN, G0, companies=["厦门市模具行业协会"], inv="投资18亿元", status="签约",
       status_text="四川遂宁市与厦门市模具行业协会签订总投资合作协议", note="建设期3年；规划引进国际高端模具企业10家以上"),
 ],
 aggregate_facts=[
  fact(PX, "project", "expected_annual_output_cny", 5e9, "cny", G1, "全部达产后（预期）", kind="target", qual="超", qtext="不低于", chk=True),
  fact(PX, "project", "expected_annual_tax_cny", 1e8, "cny", "年税收不低于1亿元", "全部达产后（预期）", kind="target", qual="超", qtext="不低于", chk=True),
  fact(PX, "project", "planned_high_end_mould_firms", 10, "count", "规划引进国际高端模具企业10家以上", "规划", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- zt08 乌鲁木齐经开区(头区) 重点产业项目集中开工 (te-ch.tech 2019)
WK = "乌鲁木齐开发区"
TT = "头屯河工业园三期"
H0 = "在主会场,头屯河工业园三期的乌鲁木齐晓达物流有限公司京东亚洲一号乌鲁木齐经开物流园、新疆昆仑山维吾尔药业有限公司民族医药产品生产及研发基地、新疆安达顺通供应链管理有限公司科技供应链物流园同时开工建设"
H1 = "3月29日经开区(头区)2019年重点产业项目举行集中开工仪式"
H2 = "据了解,京东亚洲一号乌鲁木齐经开物流园项目,总面积约500亩,园区计划建设建筑总面积约20万平方米"
PJD = "京东亚洲一号乌鲁木齐经开物流园项目"
PKL = "新疆昆仑山维吾尔药业有限公司民族医药产品生产及研发基地"
PAD = "新疆安达顺通供应链管理有限公司科技供应链物流园"
G["zt08"] = dict(
 article=art("马不停蹄 乌鲁木齐开发区又一波重点产业项目集中开工", "乌鲁木齐开发区（来源行），经 te-ch.tech（科技资讯站）转载", "2019-04-08", "day",
  "Zone release relayed by a technology portal, Xinjiang: an economic-technological zone (with a district) holds a groundbreaking for its key industrial projects — infrastructure projects started, three named firms' projects in an industrial park's third phase, with land and floor area of one",
  "http://te-ch.tech/news/show-45627.html",
  "日期取页面“2019-04-08 乌鲁木齐开发区”（已删，连同站头标语、栏目词、阅读数“38”与“核心提示”摘要行）；开工仪式为“3月29日”。标题照录。**Cut**：存段在末段“新疆安达顺通供应链管理有限公司科技供应链物流园建成后,…全方”处中断；该段只有一个未完句，整段删去（make_txt.py 止于上一段）。小标题“主会场”保留为段。正文六段。园区：乌鲁木齐开发区（即乌鲁木齐经济技术开发区，与头屯河区“区政合一”，文中作“经开区(头区)”；国家级，city 乌鲁木齐，province 新疆）；头屯河工业园三期（parent 乌鲁木齐开发区）。项目：三个项目“同时开工建设”→开工，park 头屯河工业园三期，名称照录（京东项目文中又作“乌鲁木齐晓达物流有限公司京东亚洲一号乌鲁木齐经开物流园”）；文中无金额。“6个重点基础设施项目集中开工”为园区事实。公司：乌鲁木齐晓达物流有限公司、新疆昆仑山维吾尔药业有限公司、新疆安达顺通供应链管理有限公司（园区头屯河工业园三期）；“京东”只在项目名中，不另列。",
  "zt08"),
 parks=[
  park(WK, "乌鲁木齐", "新疆", "经济技术开发区（国家级）", "马不停蹄 乌鲁木齐开发区又一波重点产业项目集中开工", aliases=["经开区(头区)"],
       note="文中又作“经开区(头区)”（经开区与头屯河区合一）"),
  park(TT, "乌鲁木齐", "新疆", "工业园（三期）", H0, parent=WK, aliases=["头屯河工业园"], note="文中作“头屯河工业园三期”"),
 ],
 companies=[
  comp("乌鲁木齐晓达物流有限公司", TT, H0),
  comp("新疆昆仑山维吾尔药业有限公司", TT, H0),
  comp("新疆安达顺通供应链管理有限公司", TT, H0),
 ],
 projects=[
  proj(PJD, TT, H0, companies=["乌鲁木齐晓达物流有限公司"], status="开工", status_text="同时开工建设",
       aliases=["京东亚洲一号乌鲁木齐经开物流园"], note="文中作“乌鲁木齐晓达物流有限公司京东亚洲一号乌鲁木齐经开物流园”"),
  proj(PKL, TT, H0, companies=["新疆昆仑山维吾尔药业有限公司"], status="开工", status_text="同时开工建设"),
  proj(PAD, TT, H0, companies=["新疆安达顺通供应链管理有限公司"], status="开工", status_text="同时开工建设"),
 ],
 aggregate_facts=[
  fact(WK, "park", "infrastructure_projects_started", 6, "count", "近日,经开区(头区)6个重点基础设施项目集中开工", "2019年3—4月"),
  fact(PJD, "project", "site_area_mu", 500, "mu", H2, "2019年3月", qual="约", qtext="约", opt=True),
  fact(PJD, "project", "planned_floor_area_m2", 2e5, "m2", H2, "2019年3月（规划）", kind="target", qual="约", qtext="约", opt=True),
  fact(PKL, "project", "planned_production_lines", 4, "count", "拟建成片剂、丸剂、颗粒剂、食品加工4条生产线", "规划", kind="target", opt=True),
 ])
