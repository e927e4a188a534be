# real134 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word; “不足” keeps qualifier null with
# qualifier_text “不足”). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it);
# US-dollar amounts in investment_value + investment_currency “usd” (investment_cny null) or *_usd facts. Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in (or, in a zone's own digest / report, that
# zone), null if none. Status from the text's words (开工 → 开工; 投产 / 投入运营 / 投产达效 → 投产; 签约 → 签约; 封顶 / 进度
# → 在建; 落户 alone or 列入清单 alone → no status). A 年度计划投资 is not a project's total investment: investment_text stays
# null and the figure is a project fact planned_annual_investment_cny. Year-to-date counts (“今年截至目前”, “截至目前”) are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/waNN.raw as returned.

# ---------------------------------------------------------------- wa01 开年40天,南通开发区已签约…13个 (南通日报 2026)
NT = "南通开发区"
A1 = "11日,南通开发区与中关村信息谷公司签约,人工智能特色产业园项目正式落地南通开发区"
A2 = "次日,科创板光刻胶第一股、上市企业江苏艾森半导体材料股份有限公司发出公告,宣布出资20亿元,打造电路材料华东制造基地项目,选定南通开发区"
A3 = "而此前的9日,南通数字文化创新发展投资基金项目、上象星作娱乐南通基地项目也落户南通开发区"
A4 = "今年截至目前,南通开发区已签约注册1亿元及1000万美元以上项目13个"
A5 = "总投资79.8亿元。其中外资项目4个,总投资1.4亿美元;内资9个,总投资70亿元"
AS1 = "2026年（截至2月中旬，开年40天）"
G["wa01"] = dict(
 article=art("开年40天,南通开发区已签约1亿元及1000万美元以上项目13个——用项目“加速度”积蓄发展新动能", "南通日报（编辑 高锋），载于 ntrb.com.cn（南通日报网）", "2026-02-14", "day",
  "City daily, Jiangsu: a national economic-technological development zone's signings in the first 40 days of the year — named projects signed or landed (an AI park, a listed firm's 2-billion plant, a fund, an entertainment base), year-to-date counts and totals, the zone's party secretary on its AI strategy",
  "https://www.ntrb.com.cn/content/2026-02/14/content_36796618.htm",
  "日期取页面“发布时间: 2026-02-14 09:27:00 编辑: 高锋 文章来源: 南通日报”。标题照录（含破折号副题）；时间来源行与“字体:”已删。存段末段“与之相呼应,11日签约的中关村人工智能特色产业园项目提出,…助力人工智能”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…保德林介绍说。”，共七段（含小标题“聚焦未来前沿赛道”）。园区：南通开发区（南通经济技术开发区，文中只作“南通开发区”，不补全称；南通市，江苏）。项目：人工智能特色产业园项目（与中关村信息谷公司签约、正式落地→签约）；江苏艾森半导体材料股份有限公司“宣布出资20亿元”的电路材料华东制造基地项目（公告选址，文中未说签约→status 空，status_alt 签约；出资额作投资额）；上象星作娱乐南通基地项目（落户，无状态，可选）。南通数字文化创新发展投资基金项目列为基金（规模未给；文中称“项目”，另列可选项目）。事实：今年截至目前签约注册1亿元及1000万美元以上项目13个、总投资79.8亿元（cumulative），外资4个 / 1.4亿美元、内资9个 / 70亿元（可选）。南通开发区行审局列可选机构。",
  "wa01"),
 parks=[
  park(NT, "南通", "江苏", "经济技术开发区", A1, note="南通经济技术开发区；文中只作“南通开发区”"),
 ],
 companies=[
  comp("中关村信息谷公司", NT, A1, note="与南通开发区签约人工智能特色产业园项目；所在地不在园区（签约方）"),
  comp("江苏艾森半导体材料股份有限公司", NT, A2, note="科创板上市企业；公告出资20亿元在南通开发区建电路材料华东制造基地"),
 ],
 institutions=[
  inst("南通开发区行审局", "来自南通开发区行审局的统计显示", park=NT, note="行政审批局（文中简称）"),
 ],
 projects=[
  proj("人工智能特色产业园项目", NT, A1, companies=["中关村信息谷公司"], status="签约", status_text="签约…正式落地",
       note="2月11日签约；删去的末段称“中关村人工智能特色产业园项目”"),
  proj("电路材料华东制造基地项目", NT, A2, companies=["江苏艾森半导体材料股份有限公司"], inv="出资20亿元",
       status=None, status_alt="签约", status_text="发出公告,宣布出资…选定南通开发区",
       note="上市公司公告选址；文中未明说签约（标题的“已签约…13个”可能含此项）"),
  proj("上象星作娱乐南通基地项目", NT, A3, status=None, status_text="落户", opt=True, note="2月9日落户；无金额"),
  proj("南通数字文化创新发展投资基金项目", NT, A3, status=None, status_text="落户", opt=True, note="基金类项目，另列 funds"),
 ],
 funds=[
  fund("南通数字文化创新发展投资基金", NT, A3, note="文中作“…投资基金项目”；2月9日落户南通开发区；规模、管理人未写"),
 ],
 aggregate_facts=[
  fact(NT, "park", "projects_signed", 13, "count", A4, AS1, kind="cumulative", note="签约注册1亿元及1000万美元以上项目"),
  fact(NT, "park", "signed_investment_cny", 7.98e9, "cny", A5, AS1, kind="cumulative", chk=True),
  fact(NT, "park", "projects_signed_foreign", 4, "count", A5, AS1, kind="cumulative", opt=True),
  fact(NT, "park", "signed_investment_foreign_usd", 1.4e8, "usd", "其中外资项目4个,总投资1.4亿美元", AS1, kind="cumulative", opt=True),
  fact(NT, "park", "projects_signed_domestic", 9, "count", A5, AS1, kind="cumulative", opt=True),
  fact(NT, "park", "signed_investment_domestic_cny", 7e9, "cny", "内资9个,总投资70亿元", AS1, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- wa02 “两湖”重大项目密集“上新” (武进新闻 / 阳湖网 2024)
XT = "西太湖科技产业园"
B0 = "国庆期间,西太湖科技产业园重大项目建设马不停蹄"
B1 = "在中科朗恩斯新能源汽车视觉控制系统项目现场,200多名施工人员轮班作业,稳而有序,施工现场一片火热。目前,项目进度已超过60%,预计在10月中旬,4栋建筑单体能顺利封顶"
B2 = "该项目是江苏省民间投资重点产业项目,总投资10亿元,达产后将形成年产汽车电子产品3000万个的生产能力"
B3 = "在省重大项目——琥崧微纳米材料高端装备制造基地,由琥崧微纳米科技(常州)有限公司自主建设的固态电池新材料中试平台已投入运营"
B4 = "截至目前,园区新建项目共开工38个,完成年度目标任务的79.2%;竣工项目26个,超额完成年度目标任务"
AS2 = "2024年（截至10月初）"
G["wa02"] = dict(
 article=art("平凡亦精彩 坚守续华章“两湖”重大项目密集“上新”", "武进新闻（常州市武进区广播电视台节目），载于阳湖网 app.wjyanghu.com", "2024-10-07", "day",
  "District TV news transcript on the district's news portal, Jiangsu: a science-and-technology park's major projects over the National Day holiday — one project's progress, investment and capacity, a provincial key project's pilot platform in operation, managers quoted, the park's year-to-date starts and completions",
  "https://app.wjyanghu.com/yhw/hotspot/wjxw/2024-10-07/149014.html",
  "日期取页面“时间:2024-10-07 20:34:00 来源:武进新闻 作者:阳湖网”。标题行末的表格竖线“ |”已删（HEAD_SUFFIX），时间来源行与空表格行“|”已删。页面把受访者职务与姓名分在两行（“…运营副总”/“范建亮:…”，“…总经理”/“单照林:…”），按原顺序无间隔接合（JOIN），正文为一段；段内原有的半角空格保留。完整（截至“…超额完成年度目标任务。”）。园区：西太湖科技产业园（常州市武进区，江苏；文中又作“西太湖”“园区”；标题“两湖”指“两湖”创新区，不列园区）。项目：中科朗恩斯新能源汽车视觉控制系统项目（总投资10亿元；进度超过60%、预计10月中旬封顶→在建）；琥崧微纳米材料高端装备制造基地（省重大项目；其固态电池新材料中试平台已投入运营，量产产线预计明年四月投产→在建，status_alt 投产）；固态电池新材料中试平台（已投入运营→投产，可选）。事实：园区今年新建项目开工38个、完成年度目标79.2%，竣工26个（截至目前，cumulative）。",
  "wa02"),
 parks=[
  park(XT, "常州", "江苏", "产业园", B0, district="武进区", aliases=["西太湖"], note="文中又作“园区”"),
 ],
 companies=[
  comp("江苏中科朗恩斯车辆科技有限公司", XT, "江苏中科朗恩斯车辆科技有限公司运营副总范建亮", note="中科朗恩斯新能源汽车视觉控制系统项目的企业（由语境推定）"),
  comp("琥崧微纳米科技(常州)有限公司", XT, B3),
 ],
 institutions=[],
 projects=[
  proj("中科朗恩斯新能源汽车视觉控制系统项目", XT, B2, companies=["江苏中科朗恩斯车辆科技有限公司"], inv="总投资10亿元",
       status="在建", status_text="项目进度已超过60%,预计在10月中旬,4栋建筑单体能顺利封顶", note="江苏省民间投资重点产业项目"),
  proj("琥崧微纳米材料高端装备制造基地", XT, B3, companies=["琥崧微纳米科技(常州)有限公司"], status="在建", status_alt="投产",
       status_text="中试平台已投入运营；量产产线预计投产时间在明年四月份", note="省重大项目；无金额"),
  proj("固态电池新材料中试平台", XT, B3, companies=["琥崧微纳米科技(常州)有限公司"], status="投产", status_text="已投入运营", opt=True,
       note="琥崧微纳米材料高端装备制造基地内，企业自主建设"),
 ],
 aggregate_facts=[
  fact(XT, "park", "projects_started", 38, "count", B4, AS2, kind="cumulative", note="新建项目开工"),
  fact(XT, "park", "projects_started_share_of_annual_target", 0.792, "ratio", B4, AS2, kind="ratio", opt=True),
  fact(XT, "park", "projects_completed", 26, "count", B4, AS2, kind="cumulative", note="竣工项目；超额完成年度目标"),
  fact("中科朗恩斯新能源汽车视觉控制系统项目", "project", "construction_progress", 0.6, "ratio", B1, "2024年10月初", kind="ratio",
       qual="超", qtext="超过", opt=True),
  fact("中科朗恩斯新能源汽车视觉控制系统项目", "project", "expected_annual_capacity_units", 3e7, "units", B2, "达产后", kind="target",
       opt=True, note="年产汽车电子产品3000万个"),
 ])

# ---------------------------------------------------------------- wa03 徐州经开区7个项目列入江苏省2025年重大项目名单 (凤凰网江苏 2025)
XZ = "徐州经开区"
C0 = "近日,江苏省发展改革委发布《江苏省2025年重大项目名单》徐州经开区共有7个产业项目列入清单,项目个数、总投资、年度计划投资继续保持全市第一"
C9 = "推动了比亚迪刀片电池、弘元新材料等一批省级重大项目陆续投产达效"
AS3 = "2025年（江苏省重大项目名单）"
LIST = [
 ("中环领先先进制程大硅片项目", "年度计划投资10.5亿元,厂房面积6万平方米,年产12英寸大硅片360万片", 1.05e9, "中环领先"),
 ("中航迈特增材装备零部件项目", "年度计划投资3.6亿元,建筑面积3.5万平方米,年产增材制造材料及制件约2000吨、3D打印设备约1000台", 3.6e8, "中航迈特"),
 ("博鼎天然气发动机项目", "年度计划投资11亿元,建筑面积约13.9万平方米,年产天然气发动机10万台、热管理系统20万套", 1.1e9, "博鼎"),
 ("徐工智能装备项目", "年度计划投资28亿元,建筑面积约15.6万平方米,年产智能装备约1.18万台套", 2.8e9, "徐工"),
 ("悠跑滑板底盘项目", "年度计划投资3.2亿元,建筑面积4万平方米,年产高度集成滑板底盘1万台套,域控系统2.5万台套", 3.2e8, "悠跑"),
 ("中国国际物流中心项目", "年度计划投资4亿元,建筑面积约14万平方米,建成集线边物流、整车发运、仓储配送为一体的现代化国际智慧物流中心", 4e8, None),
 ("中能8万吨颗粒硅项目", "年度计划投资11亿元,建筑面积3.58万平方米,年产颗粒硅8万吨", 1.1e9, "中能"),
]
G["wa03"] = dict(
 article=art("（无标题）徐州经开区7个产业项目列入《江苏省2025年重大项目名单》", "凤凰网江苏（js.ifeng.com；存段无署名、无来源行）", "2025-01（推定）", "month",
  "Provincial channel of a national news portal, Jiangsu: a list — a national economic-technological development zone's seven projects on the province's 2025 major-project list, each with its planned investment for the year, floor area and capacity; earlier provincial projects in production",
  "https://js.ifeng.com/c/8gNHLKmodGN",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文称“近日,江苏省发展改革委发布《江苏省2025年重大项目名单》”，该名单于2025年1月上旬印发（published 记“2025-01（推定）”，precision month）。存段末句“重大办相关负责人表示,对于今年新实施的7个省级项目,…推动重大产”在句中中断，整句删去（LINE_SUFFIX），正文截至“…陆续投产达效。”。列表的项目名与说明各占一行，各为一段。园区：徐州经开区（徐州经济技术开发区，文中只作简称；徐州市，江苏）。项目：清单七项均以“年度计划投资”给出金额——不是总投资，investment_text 留空，另记为项目事实 planned_annual_investment_cny；状态文中未写（“列入清单”，删去的末句称“今年新实施”）→ status 空。比亚迪刀片电池、弘元新材料（“陆续投产达效”→投产）列为项目。企业：项目名中的中环领先、中航迈特、博鼎、徐工、悠跑、中能以及比亚迪、弘元新材料列为可选公司。事实：园区列入省重大项目7个；各项目年度计划投资；两项产能（可选）。江苏省发展改革委列可选机构。",
  "wa03"),
 parks=[
  park(XZ, "徐州", "江苏", "经济技术开发区", C0, note="徐州经济技术开发区；文中只作简称"),
 ],
 companies=[comp(c, XZ, n, opt=True, note="只在项目名中") for n, _, _, c in LIST if c] + [
  comp("比亚迪", XZ, C9, opt=True, note="只在项目名“比亚迪刀片电池”中"),
  comp("弘元新材料", XZ, C9, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("江苏省发展改革委", C0, note="发布省重大项目名单"),
 ],
 projects=[proj(n, XZ, n, companies=[c] if c else [], status=None, status_text="列入《江苏省2025年重大项目名单》",
                note="年度计划投资见事实；总投资未写") for n, _, _, c in LIST] + [
  proj("比亚迪刀片电池", XZ, C9, companies=["比亚迪"], status="投产", status_text="陆续投产达效", note="省级重大项目"),
  proj("弘元新材料", XZ, C9, companies=["弘元新材料"], status="投产", status_text="陆续投产达效", note="省级重大项目；以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(XZ, "park", "provincial_key_projects", 7, "count", C0, AS3, note="列入省重大项目名单的产业项目；个数、总投资、年度计划投资全市第一"),
 ] + [fact(n, "project", "planned_annual_investment_cny", v, "cny", ev, "2025年", kind="target", chk=True) for n, ev, v, _ in LIST] + [
  fact("中环领先先进制程大硅片项目", "project", "expected_annual_capacity_wafers", 3.6e6, "wafers", LIST[0][1], "建成后", kind="target", opt=True,
       note="年产12英寸大硅片360万片"),
  fact("中能8万吨颗粒硅项目", "project", "expected_annual_capacity_t", 8e4, "t", LIST[6][1], "建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wa04 南通开发园区40年 (南通日报 数字报 2025)
NE = "南通经济技术开发区"
D1 = "当年的南通经济技术开发区从0.8平方公里起步,如今成为100多平方公里的现代化新城"
D2 = "4个国家级经济技术开发区、1个国家级高新技术产业开发区、12个省级开发区、1个综合保税区和3个省级国际合作园区星罗棋布"
D3 = "17家省级以上开发园区以不足全市20%的国土面积,贡献了全市50%的地区生产总值、70%的进出口总额、90%的实际使用外资,成为南通经济总量突破1.24万亿元的核心引擎"
GRP = "南通省级以上开发园区"
AS4 = "2025年初（文中未写截至日期）"
G["wa04"] = dict(
 article=art("（无标题）南通经济技术开发区获批40年 南通开发园区矩阵", "南通日报（数字报 zgnt.net/ntrbszb；存段无标题、无署名）", "2025-03-29", "day",
  "City daily's e-paper, Jiangsu: an anniversary feature — the city's first national economic-technological development zone forty years on (area then and now), the city's matrix of national and provincial zones by kind, the 17 zones' shares of land, GDP, trade and foreign investment",
  "http://zgnt.net/ntrbszb/pc/c/202503/29/content_203384.html",
  "日期取数字报网址 202503/29。存段无标题、无日期行（title 为编者概括）。存段末段“40年开放发展,南通交出了…进出口总额从0.35亿元飙升至近4000”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…“左右逢源”的开放枢纽。”，共六段。园区：南通经济技术开发区（南通市，江苏；1984年岁末获批）。园区类别计数（4个国家级经开区等）与“17家省级以上开发园区”的占比为园区群事实（subject “南通省级以上开发园区”，subject_type park_group；计数归 region 南通），不列为园区名。“不足全市20%”：qualifier 空，qualifier_text “不足”。“南通经济总量突破1.24万亿元”→超，归 region 南通（2024年）。通州湾新出海口、北沿江高铁为交通工程，不列项目。",
  "wa04"),
 parks=[
  park(NE, "南通", "江苏", "经济技术开发区", "同一年岁末,南通经济技术开发区获批成立,成为南通开发开放的重要窗口",
       note="国家级；1984年获批"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(NE, "park", "area_km2", 100, "km2", D1, "2025年", qual="余", qtext="多", note="100多平方公里"),
  fact(NE, "park", "initial_area_km2", 0.8, "km2", D1, "1984年（起步）", opt=True),
  fact("南通", "region", "national_etdz_count", 4, "count", D2, AS4),
  fact("南通", "region", "national_high_tech_zone_count", 1, "count", D2, AS4, opt=True),
  fact("南通", "region", "provincial_development_zone_count", 12, "count", D2, AS4),
  fact("南通", "region", "comprehensive_bonded_zone_count", 1, "count", D2, AS4, opt=True),
  fact("南通", "region", "provincial_international_cooperation_park_count", 3, "count", D2, AS4, opt=True),
  fact(GRP, "park_group", "parks", 17, "count", D3, AS4, note="省级以上开发园区"),
  fact(GRP, "park_group", "land_share_of_city", 0.2, "ratio", D3, AS4, kind="ratio", qtext="不足", opt=True),
  fact(GRP, "park_group", "gdp_share_of_city", 0.5, "ratio", D3, AS4, kind="ratio"),
  fact(GRP, "park_group", "import_export_share_of_city", 0.7, "ratio", D3, AS4, kind="ratio"),
  fact(GRP, "park_group", "actual_fdi_share_of_city", 0.9, "ratio", D3, AS4, kind="ratio"),
  fact("南通", "region", "gdp_cny", 1.24e12, "cny", "成为南通经济总量突破1.24万亿元的核心引擎", "2024年", qual="超", qtext="突破", opt=True),
 ])

# ---------------------------------------------------------------- wa05 无锡高新区一周要闻（双语） (新吴区人民政府 2025)
WX = "无锡高新区"
E1 = "12月19日,阿斯利康无锡小分子药物新工厂项目封顶活动举行"
E2 = "投资4.75亿美元的阿斯利康无锡小分子药物新工厂项目占地约3万平方米"
G["wa05"] = dict(
 article=art("（无标题）无锡高新区一周要闻双语新闻速递（2025年12月第三周）", "新吴区人民政府（无锡高新区（新吴区）门户 wnd.gov.cn）", "2025-12-22", "day",
  "District government portal, Jiangsu: a bilingual (Chinese / English) weekly digest of a national high-tech zone — a party plenary on the five-year plan, a foreign pharmaceutical firm's new plant topped out with its dollar investment, site area and start of operation",
  "https://www.wnd.gov.cn/doc/2025/12/22/4704705.shtml",
  "日期取页面“发布时间:2025-12-22 09:23 来源:新吴区人民政府”，该行已删。存段无标题（title 为编者概括）。页面为中英双语：中文段后附英文段，英文段照录（第一条的英文段完整保留）。存段末行英文“AstraZeneca marked the topping-out of its new small molecule drug factory in Wuxi o”在词中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…计划2028年投入运营。”，共四段。园区：无锡高新区（无锡市新吴区，江苏；与新吴区“区政合一”，文中作“无锡高新区(新吴区)”；英文段的 WND 指新吴区，不作别名）。项目：阿斯利康无锡小分子药物新工厂项目（投资4.75亿美元→investment_value + usd；封顶→在建；计划2028年投入运营）；园区挂接由本区一周要闻推定（文中未写所在园区）。中共无锡高新区工委、中共无锡市新吴区委列可选机构。",
  "wa05"),
 parks=[
  park(WX, "无锡", "江苏", "高新区", "回望过去一周,无锡高新区蹄疾步稳,持续积势蓄力", district="新吴区",
       note="文中又作“无锡高新区(新吴区)”"),
 ],
 companies=[
  comp("阿斯利康", WX, E1, aliases=["AstraZeneca"], note="在本区新建小分子药物工厂（园区由语境推定）"),
 ],
 institutions=[
  inst("中共无锡高新区工委", "12月15日,中共无锡高新区工委(扩大)会议暨中共无锡市新吴区委二届十一次全会举行", kind="party", park=WX),
  inst("中共无锡市新吴区委", "12月15日,中共无锡高新区工委(扩大)会议暨中共无锡市新吴区委二届十一次全会举行", kind="party"),
 ],
 projects=[
  proj("阿斯利康无锡小分子药物新工厂项目", WX, E2, companies=["阿斯利康"], inv="投资4.75亿美元", currency="usd", value=4.75e8,
       status="在建", status_text="封顶活动举行", note="12月19日封顶；计划2028年投入运营；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("阿斯利康无锡小分子药物新工厂项目", "project", "site_area_m2", 3e4, "m2", E2, "2025年12月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- wa06 江苏常州钟楼经济开发区2025年工作报告 (钟楼区政府信息公开 2026)
ZL = "钟楼经济开发区"
F1 = "1-12月,经开区规模工业总产值同比增长4.5%,占全区比重为71.4%"
F2 = "公共财政预算完成占全区比重为38.9%"
AS6 = "2025年1-12月"
G["wa06"] = dict(
 article=art("江苏常州钟楼经济开发区2025年工作报告", "常州市钟楼区人民政府门户（zhonglou.gov.cn）政府信息公开，发布机构：经济开发区", "2026-01-28", "day",
  "District government's information-disclosure page, Jiangsu: a provincial economic development zone's annual work report (opening only) — its aims, main indicators' shares of the district, above-scale industrial output growth and share, fiscal share",
  "https://www.zhonglou.gov.cn/html/czzl/2026/QMPMPPJH_0128/24187.html",
  "日期取信息公开表头“产生日期: 2026-01-28 发布日期: 2026-01-28”（索引号 014119774/2026-00002）。标题照录；网站菜单、表头各行（信息名称、索引号、组配分类、公开方式、文件编号 / 发布机构、日期、内容概述）已删。存段在“公共财政预算完成占全区比重为38.9%;制造业投”处中断：残词“制造业投”删去（LINE_SUFFIX），正文截至“…占全区比重为38.9%;”（句未完，分句完整），共三段，正文约300字（只存报告开头）。园区：钟楼经济开发区（标题作“江苏常州钟楼经济开发区”，文中又作“经开区”；常州市钟楼区，江苏）。事实：2025年1-12月规模工业总产值增长4.5%、占全区71.4%，公共财政预算占全区38.9%；“9项主要指标中4项占全区比重过半,8项排名居全区前三”列为可选。钟楼经济开发区管委会列可选机构。",
  "wa06"),
 parks=[
  park(ZL, "常州", "江苏", "经济开发区", "今年以来,钟楼经济开发区管委会深入学习贯彻", district="钟楼区",
       aliases=["江苏常州钟楼经济开发区"], note="文中又作“经开区”"),
 ],
 companies=[],
 institutions=[
  inst("钟楼经济开发区管委会", "今年以来,钟楼经济开发区管委会深入学习贯彻", park=ZL),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZL, "park", "industrial_output_above_scale_yoy_growth", 0.045, "ratio", F1, AS6, kind="ratio"),
  fact(ZL, "park", "industrial_output_above_scale_share_of_district", 0.714, "ratio", F1, AS6, kind="ratio"),
  fact(ZL, "park", "public_budget_revenue_share_of_district", 0.389, "ratio", F2, AS6, kind="ratio"),
  fact(ZL, "park", "main_indicators_over_half_of_district", 4, "count", "9项主要指标中4项占全区比重过半,8项排名居全区前三", AS6, opt=True,
       note="9项主要指标中"),
  fact(ZL, "park", "main_indicators_top3_in_district", 8, "count", "9项主要指标中4项占全区比重过半,8项排名居全区前三", AS6, opt=True),
 ])
