# real147 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park the text places the
# project in, null if none (a city, county or island is not a park). Status from the text's words (开工项目 / 动工建设 → 开工;
# 竣工项目 → 竣工; 建成投产 / 已经投产 → 投产; 正在加紧建设 / 建设现场 → 在建; 计划…动工 → planned). Year-to-date figures
# (1-9月, 截至…底, 目前…共计) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/wnNN.raw.

# ---------------------------------------------------------------- wn01 永安:45个项目集中开(竣)工 (三明日报 2019)
NG = "尼葛开发区"
B0 = "45个集中开(竣)工项目总投资56.4亿元"
B1 = "其中,28个为开工项目,总投资41亿元"
B2 = "17个为竣工项目,总投资15.4亿元"
B3 = "福建华药生物技术有限公司年产1万吨医药中间体建设项目是开工项目之一,位于永安市尼葛开发区北部新城,项目用地95亩,计划总投资3.6亿元"
B4 = "福建信明橡塑有限公司密炼生产线项目是竣工项目之一,公司通过资产整合,盘活原福建飞鹰塑胶有限公司闲置资产,建设年产1500万平方米的8条工业橡胶输送带生产线,目前已有6条生产线投产,另2条生产线正在安装。为延伸产业链,公司投资8000万元新建一座年产2.5万吨密炼生产线项目"
B5 = "项目全部建成投产后可实现年产值8亿元以上"
G["wn01"] = dict(
 article=art("永安:45个项目集中开(竣)工", "三明日报（郑继涛），载于东南网三明频道 sm.fjsen.com", "2019-12-26", "day",
  "City daily on a provincial portal's city channel, Fujian (三明 永安): a county-level city's Q4 groundbreaking / completion ceremony — totals, one named project started in 尼葛开发区, one firm's line completed",
  "http://sm.fjsen.com/2019-12/26/content_30108464.htm",
  "日期取页面“2019-12-26 10:09:13 郑继涛 来源:三明日报”。标题照录；导航、时间来源行、“分享到:”已删。摘录在末段“这次45个集中开(竣)工项目,涉及生物制药、森林康养、现代农业、石墨和石墨烯、汽车及机械”处中断，该半句已删，正文止于“…“老树发新枝”。”。园区：尼葛开发区（永安市，三明，福建；文中只此一处）。项目：福建华药生物技术有限公司年产1万吨医药中间体建设项目（开工项目之一，位于尼葛开发区北部新城，计划总投资3.6亿元，预计2020年下半年试生产）；福建信明橡塑有限公司密炼生产线项目（竣工项目之一；投资8000万元；文中未给园区，park 为 null）。45/28/17个项目及总投资为永安市全市数（subject 永安市，region）。",
  "wn01"),
 parks=[
  park(NG, "三明", "福建", "开发区", B3, district="永安市"),
 ],
 companies=[
  comp("福建华药生物技术有限公司", NG, B3),
  comp("福建信明橡塑有限公司", None, B4, note="文中未说明所在园区"),
  comp("福建飞鹰塑胶有限公司", None, B4, opt=True, note="原企业，其闲置资产被盘活"),
 ],
 projects=[
  proj("福建华药生物技术有限公司年产1万吨医药中间体建设项目", NG, B3, companies=["福建华药生物技术有限公司"], inv="3.6亿元",
       status="开工", status_text="开工项目之一", note="预计2020年下半年完成建设并试生产"),
  proj("福建信明橡塑有限公司密炼生产线项目", None, B4, companies=["福建信明橡塑有限公司"], inv="8000万元",
       status="竣工", status_text="竣工项目之一", aliases=["年产2.5万吨密炼生产线项目"],
       note="8000万元为“新建一座年产2.5万吨密炼生产线项目”的投资；未给园区"),
 ],
 aggregate_facts=[
  fact("永安市", "region", "projects_started_or_completed", 45, "count", B0, "2019年第四季度（2019-12-25集中开竣工）"),
  fact("永安市", "region", "started_completed_projects_investment_cny", 5.64e9, "cny", B0, "2019年第四季度（2019-12-25集中开竣工）"),
  fact("永安市", "region", "projects_started", 28, "count", B1, "2019年第四季度（2019-12-25集中开竣工）"),
  fact("永安市", "region", "projects_started_investment_cny", 4.1e9, "cny", B1, "2019年第四季度（2019-12-25集中开竣工）", opt=True),
  fact("永安市", "region", "projects_completed", 17, "count", B2, "2019年第四季度（2019-12-25集中开竣工）"),
  fact("永安市", "region", "projects_completed_investment_cny", 1.54e9, "cny", B2, "2019年第四季度（2019-12-25集中开竣工）", opt=True),
  fact("福建华药生物技术有限公司年产1万吨医药中间体建设项目", "project", "site_area_mu", 95, "mu", B3, "2019-12", opt=True),
  fact("福建信明橡塑有限公司", "company", "expected_annual_output_cny", 8e8, "cny", B5, "全部建成投产后（预计）", kind="target",
       qual="超", qtext="以上", opt=True),
 ],
)

# ---------------------------------------------------------------- wn02 长泰经济开发区 (东南网 2023)
CT = "长泰经济开发区"
C0 = "去年在2021年度全省开发区综合发展水平考核评价中,长泰经济开发区再次跃升,名次上升22名"
C1 = "走进位于开发区的立达信物联科技产业园一期项目建设现场,塔吊林立,机械轰鸣,到处都是如火如荼建设景象。立达信事业部副总经理汤茂平说:“立达信物联科技产业园,是我们把总部迁到长泰以后,全力推进的一个大项目,其中一期计划总投资25亿元"
C2 = "作为2001年就入驻开发区的“元老”,立达信见证了开发区电子信息产业从小到大"
C3 = "如今在立达信物联科技股份有限公司运营总部周边,已经聚集了包含部件厂、大宗原材料供应商等核心企业约20家"
C4 = "带动越来越多电子信息产业链的企业入驻长泰经济开发区"
G["wn02"] = dict(
 article=art("长泰经济开发区:争先进位,实力“提档”冲刺千亿园区", "东南网（漳州频道 zz.fjsen.com；通讯员 林婷婷 林珠荣 梁建斌）", "2023-08-12", "day",
  "Provincial portal's city channel, Fujian (漳州 长泰区): a feature on a provincial economic development zone with an interview — its lead firm's campus project (phase 1 amount, under construction), the firm's supplier cluster, the zone's ranking",
  "http://zzpd.fjsen.com/2023-08/12/content_31385112.htm",
  "日期取页面“zz.fjsen.com 2023-08-12 21:37:26 来源:东南网”（URL 主机为 zzpd.fjsen.com）。标题照录；时间来源行与图片说明“熠熠生辉的开发区 王文强 摄”已删。摘录在末段“7月,长泰区新型电子元器件产业集群入选…,串联起”处中断，该句已删，正文止于“…入驻长泰经济开发区。”。园区：长泰经济开发区（漳州市长泰区，福建）。“立达信物联科技产业园”为企业在开发区内建设的项目，列为项目（一期，计划总投资25亿元，建设现场→在建），不另列园区。公司：立达信物联科技股份有限公司（文中多作“立达信”）。“一区二基地三产业四园区”“千亿工业增长极”为口号，不作事实。",
  "wn02"),
 parks=[
  park(CT, "漳州", "福建", "经济开发区", C0, district="长泰区"),
 ],
 companies=[
  comp("立达信物联科技股份有限公司", CT, C3, aliases=["立达信"], note="2001年入驻开发区；总部迁到长泰"),
 ],
 projects=[
  proj("立达信物联科技产业园一期项目", CT, C1, companies=["立达信物联科技股份有限公司"], inv="25亿元", phase="一期",
       status="在建", status_text="建设现场,塔吊林立,机械轰鸣,到处都是如火如荼建设景象", aliases=["立达信物联科技产业园"],
       note="“一期计划总投资25亿元”"),
 ],
 aggregate_facts=[
  fact(CT, "park", "provincial_rank_change", 22, "places", C0, "2021年度全省开发区综合发展水平考核评价", opt=True,
       note="名次上升22名"),
  fact("立达信物联科技股份有限公司", "company", "core_supplier_firms_nearby", 20, "count", C3, "2023-08", qual="约", qtext="约",
       opt=True, note="运营总部周边聚集的核心企业"),
 ],
)

# ---------------------------------------------------------------- wn03 工人艺术团节后首场送文艺走进茂南 (南方网 2019)
MN = "茂南产业转移工业园"
D0 = "将走进茂名市茂南产业转移工业园"
D1 = "工业园规划总面积1.2万亩,首期规划开发3000亩"
D2 = "目前,园区企业已达24家,其中已投产企业21家"
D3 = "2018年1-9月,园区工业总产值达14.72亿元,同比增速28.5%"
D4 = "工业创税1465万元,同比增速13.6%"
D5 = "工业增加值达3.74亿元,同比增速19.5%"
D6 = "可提供社会就业岗位2500多人"
AS3 = "2018年1-9月"
G["wn03"] = dict(
 article=art("工人艺术团节后首场送文艺走进茂南", "南方网（economy.southcn.com）", "2019-03-19", "day",
  "Provincial portal, Guangdong (茂名 茂南区): a workers' arts troupe visits an industrial-transfer park — the park's profile: area, firms and firms in production, Jan–Sep 2018 output, tax, value added and growth rates, jobs",
  "https://economy.southcn.com/node_01a16f75be/9e906d73aa.shtml",
  "日期取页面“2019-03-19 10:14 来源:南方网”。标题照录；频道菜单、城市栏、时间来源行已删。摘录在末段“目前,农副产品加工实现规模以上产值占园区规模以上”处中断，该句已删，正文止于“…辅以手工、制造、建材、物流、服务等产业。”。园区：茂名市茂南产业转移工业园（文中作“茂名市茂南产业转移工业园”，名称取“茂南产业转移工业园”；茂南区，茂名，广东）。无具名企业或项目。1-9月数据为累计（cumulative），增速为 ratio。“工业创税1465万元”记为 tax_revenue_cny（工业税收）。",
  "wn03"),
 parks=[
  park(MN, "茂名", "广东", "产业转移工业园", D0, district="茂南区", aliases=["茂名市茂南产业转移工业园"],
       note="文中两处均作“茂名市茂南产业转移工业园”"),
 ],
 aggregate_facts=[
  fact(MN, "park", "planned_area_mu", 12000, "mu", D1, "2019-03"),
  fact(MN, "park", "phase1_planned_area_mu", 3000, "mu", D1, "2019-03", opt=True),
  fact(MN, "park", "firms", 24, "count", D2, "2019-03（目前）", kind="cumulative"),
  fact(MN, "park", "firms_in_production", 21, "count", D2, "2019-03（目前）", kind="cumulative"),
  fact(MN, "park", "industrial_output_cny", 1.472e9, "cny", D3, AS3, kind="cumulative"),
  fact(MN, "park", "industrial_output_yoy_growth", 0.285, "ratio", D3, AS3, kind="ratio"),
  fact(MN, "park", "tax_revenue_cny", 1.465e7, "cny", D4, AS3, kind="cumulative", note="工业创税"),
  fact(MN, "park", "tax_revenue_yoy_growth", 0.136, "ratio", D4, AS3, kind="ratio"),
  fact(MN, "park", "industrial_value_added_cny", 3.74e8, "cny", D5, AS3, kind="cumulative"),
  fact(MN, "park", "industrial_value_added_yoy_growth", 0.195, "ratio", D5, AS3, kind="ratio"),
  fact(MN, "park", "jobs", 2500, "count", D6, "2019-03", qual="余", qtext="多", opt=True),
 ],
)

# ---------------------------------------------------------------- wn04 经济合作区更名 广德产业园 (aigdjj 2019)
GD = "广清经济特别合作区广德(英德)产业园"
GQ = "广清经济特别合作区"
E0 = "广东顺德清远(英德)经济合作区正式更名为“广清经济特别合作区广德(英德)产业园”"
E1 = "此后将由广州市黄埔区、广州开发区承接广德(英德)产业园的对口共建工作"
E2 = "广德产业园作为广清经济特别合作区“三园一城”(即广清产业园、广佛冈产业园、广德产业园和广清空港现代物流产业新城)的重要组成部分"
E3 = "目前园区工业项目共计60个,综合配套项目3个"
E4 = "其中,筹建项目42个,在建项目8个,投试产项目13个"
E5 = "该园区3个清远市重点项目完成投资8.68亿元,占全年任务的144.7%"
E6 = "园区实现全口径税收0.69亿元,同比增长253%"
AS4 = "2019-09（目前）"
AS4b = "截至2019年7月底"
G["wn04"] = dict(
 article=art("经济合作区更名 广德产业园将优化广清产业布局", "aigdjj.com（产经栏目；原出处未注明）", "2019-09-02", "day",
  "Regional economy site, Guangdong (清远 英德): an economic cooperation zone renamed and handed to new co-builders — the park's place in a special cooperation zone, its projects by stage, key-project investment and tax to end of July",
  "http://www.aigdjj.com/chj/2019/09/02/51931.html",
  "日期取自 URL（/2019/09/02/），页面摘录无日期行。标题照录；导航“首页 / 产经 / …”“返回”“浏览次数:645 分类:产经”及页尾“点击取消回复”等已删。正文五段完整。园区：广清经济特别合作区广德(英德)产业园（原名“广东顺德清远(英德)经济合作区”，又作“广德(英德)产业园”“广德产业园”；英德市，清远，广东），上级为广清经济特别合作区；同属“三园一城”的广清产业园、广佛冈产业园、广清空港现代物流产业新城列为园区（parent 广清经济特别合作区；后者可选）。广州开发区为共建方（在广州），列为可选园区；广州市黄埔区列为可选机构。“目前…共计”的项目数记为 cumulative；“截至今年7月底”的投资与税收为 cumulative。",
  "wn04"),
 parks=[
  park(GD, "清远", "广东", "产业园", E0, district="英德市", parent=GQ,
       aliases=["广德(英德)产业园", "广德产业园", "广东顺德清远(英德)经济合作区"], note="原名广东顺德清远(英德)经济合作区"),
  park(GQ, "清远", "广东", "经济特别合作区", E2),
  park("广清产业园", "清远", "广东", "产业园", E2, parent=GQ),
  park("广佛冈产业园", "清远", "广东", "产业园", E2, parent=GQ, note="佛冈县"),
  park("广清空港现代物流产业新城", "清远", "广东", "产业新城", E2, parent=GQ, opt=True),
  park("广州开发区", "广州", "广东", "开发区", E1, opt=True, note="对口共建方，不在清远"),
 ],
 institutions=[
  inst("广州市黄埔区", E1, note="对口共建方"),
 ],
 aggregate_facts=[
  fact(GD, "park", "industrial_projects", 60, "count", E3, AS4, kind="cumulative"),
  fact(GD, "park", "supporting_projects", 3, "count", E3, AS4, kind="cumulative", opt=True),
  fact(GD, "park", "projects_preparing", 42, "count", E4, AS4, kind="cumulative"),
  fact(GD, "park", "projects_under_construction", 8, "count", E4, AS4, kind="cumulative"),
  fact(GD, "park", "projects_in_production", 13, "count", E4, AS4, kind="cumulative", note="投试产项目"),
  fact(GD, "park", "investment_completed_cny", 8.68e8, "cny", E5, AS4b, kind="cumulative", note="3个清远市重点项目完成投资"),
  fact(GD, "park", "annual_task_completion_share", 1.447, "ratio", E5, AS4b, kind="ratio", opt=True),
  fact(GD, "park", "tax_revenue_cny", 6.9e7, "cny", E6, AS4b, kind="cumulative", note="全口径税收"),
  fact(GD, "park", "tax_revenue_yoy_growth", 2.53, "ratio", E6, AS4b, kind="ratio"),
 ],
)

# ---------------------------------------------------------------- wn05 东海“星月同辉” 新城已现雏形 (湛江日报 2017)
GT = "钢铁配套产业园区"
SH = "石化产业园区"
F0 = "投资580亿元的湛江钢铁基地一期工程全面建成投产"
F1 = "规划建设4800亩的钢铁配套产业园区,新上钢铁配套项目31个,华德力电器、恒翔机电、盛宝科技、湛江宝钢物流配送等多个项目已经投产"
F2 = "石化产业园区1000亩的起步区已安排9个项目入园建设,总投资202亿元"
F3 = "石化产业园区1000亩的起步区已安排9个项目入园建设,总投资202亿元,投资67亿元的京信电力和投资90亿元的鹏尊能源项目已动工建设"
F3a = "投资67亿元的京信电力和投资90亿元的鹏尊能源项目已动工建设"
F3b = "投资90亿元的鹏尊能源项目已动工建设"
F4 = "中科炼化项目土方清挖如火如荼"
F5 = "冠豪高新纸业第二期正在加紧建设"
F6 = "投资150亿元的中国纸业高档白卡纸项目计划今年下半年全面动工建设"
F7 = "2016年,东海岛有59个钢铁、石化、纸业配套产业项目建成投产或动工建设,总投资达125亿元"
F8 = "产业园区工业增加值增长25%,增幅全省第一"
G["wn05"] = dict(
 article=art("东海“星月同辉” 新城已现雏形", "湛江日报（本报记者 吴智恒 等；图片说明所记），载于湛江市人民政府网站 zhanjiang.gov.cn（重点领域信息公开·重大建设项目）", "2017", "year",
  "City daily on the city government's site, Guangdong (湛江 东海岛): a feature five years after the 东海岛新城 decision — the steel base in production, the steel-supporting park's firms in production, the petrochemical park's start-up zone and projects started, paper projects, the island's 2016 totals",
  "https://www.zhanjiang.gov.cn/zdlyxxgk/zdjs/xmpzhss/content/post_1387128.html",
  "页面摘录无日期行：年份由正文推定为2017（“2012年…支持湛江建设东海岛新城。五年时间过去了”，“2016年,东海岛有59个…”，“计划今年下半年”），published_precision 记 year。标题照录；五条图片说明（记者名见此）已删。摘录在“除了大项目,东海岛上,工业”处中断，该行已删；正文止于“…“星月同辉”的产业格局逐渐成型”（原文此处无句号，照录）。园区：钢铁配套产业园区、石化产业园区（文中名称如此，均在东海岛，湛江；全称未给）。项目：湛江钢铁基地一期工程（580亿元，全面建成投产→投产，未置园区）；华德力电器、恒翔机电、盛宝科技、湛江宝钢物流配送（钢铁配套项目，已经投产，园区钢铁配套产业园区；以企业名作项目名）；京信电力（67亿元）、鹏尊能源项目（90亿元）（已动工建设→开工；同句述石化产业园区起步区，园区据此推定为石化产业园区）；中科炼化项目（土方清挖→在建，未置园区）；冠豪高新纸业第二期（在建）；中国纸业高档白卡纸项目（150亿元，计划今年下半年动工→planned）。东海岛为海岛/区域（region）；“东海岛新城”列为可选园区。",
  "wn05"),
 parks=[
  park(GT, "湛江", "广东", "产业园区", F1, district="东海岛", note="全称未给（湛江钢铁配套产业园区）"),
  park(SH, "湛江", "广东", "产业园区", F2, district="东海岛", note="全称未给（东海岛石化产业园区）"),
  park("东海岛新城", "湛江", "广东", "新城", "2012年省第十一次党代会明确提出,支持湛江建设东海岛新城", opt=True,
       note="城市新区，非产业园"),
 ],
 companies=[
  comp("华德力电器", GT, F1, opt=True, note="以企业名作项目名"),
  comp("恒翔机电", GT, F1, opt=True, note="同上"),
  comp("盛宝科技", GT, F1, opt=True, note="同上"),
  comp("湛江宝钢物流配送", GT, F1, opt=True, note="同上"),
  comp("冠豪高新", None, F5, opt=True, note="只在项目名中"),
  comp("中国纸业", None, F6, opt=True, note="只在项目名中"),
  comp("京信电力", SH, F3a, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("湛江钢铁基地一期工程", None, F0, inv="580亿元", status="投产", status_text="全面建成投产", phase="一期"),
  proj("华德力电器", GT, F1, status="投产", status_text="已经投产", note="钢铁配套项目"),
  proj("恒翔机电", GT, F1, status="投产", status_text="已经投产", note="钢铁配套项目"),
  proj("盛宝科技", GT, F1, status="投产", status_text="已经投产", note="钢铁配套项目"),
  proj("湛江宝钢物流配送", GT, F1, status="投产", status_text="已经投产", note="钢铁配套项目"),
  proj("京信电力", SH, F3a, inv="67亿元", status="开工", status_text="已动工建设", note="园区由同句推定"),
  proj("鹏尊能源项目", SH, F3b, inv="90亿元", status="开工", status_text="已动工建设", note="园区由同句推定"),
  proj("中科炼化项目", None, F4, status="在建", status_text="土方清挖如火如荼", note="与石化产业园区“一墙之隔”"),
  proj("冠豪高新纸业第二期", None, F5, companies=["冠豪高新"], phase="第二期", status="在建", status_text="正在加紧建设"),
  proj("中国纸业高档白卡纸项目", None, F6, companies=["中国纸业"], inv="150亿元", status="planned",
       status_text="计划今年下半年全面动工建设"),
 ],
 aggregate_facts=[
  fact(GT, "park", "planned_area_mu", 4800, "mu", F1, "2017"),
  fact(GT, "park", "projects_introduced", 31, "count", F1, "2017（湛江钢铁投产一年多以来）", kind="cumulative", note="新上钢铁配套项目"),
  fact(SH, "park", "startup_area_mu", 1000, "mu", F2, "2017", opt=True),
  fact(SH, "park", "projects_landed", 9, "count", F2, "2017", kind="cumulative", note="起步区已安排9个项目入园建设"),
  fact(SH, "park", "projects_investment_cny", 2.02e10, "cny", F2, "2017", kind="cumulative"),
  fact("东海岛", "region", "projects_completed_or_started", 59, "count", F7, "2016年"),
  fact("东海岛", "region", "started_completed_projects_investment_cny", 1.25e10, "cny", F7, "2016年"),
  fact("东海岛产业园区", "park_group", "industrial_value_added_yoy_growth", 0.25, "ratio", F8, "2016年", kind="ratio", opt=True,
       note="“产业园区”泛指东海岛上的园区"),
 ],
)

# ---------------------------------------------------------------- wn06 乐昌产业园扬帆起航 (源流 2015)
LC = "乐昌产业转移工业园"
H0 = "这里就是2006年被认定为省级产业转移工业园的乐昌产业转移工业园"
H1 = "该工业园原由东莞市东坑镇与乐昌市联手共建,2013年省委、省政府实施促进粤东西北地区振兴发展战略,调整为东莞市大朗镇对口帮扶"
H2 = "园区规划面积13463亩,其中工业用地8528亩,能容纳200多家以上的中小企业入园投资置业"
H3 = "鼓励和引导上海绿地、华电坪B、东方锆业等现有企业增资扩产"
G["wn06"] = dict(
 article=art("乐昌产业园扬帆起航", "《源流》2015年第6期（余辉），载于 fx361.cc", "2015-07-30", "day",
  "Provincial magazine feature on a periodical archive, Guangdong (韶关 乐昌): a county-level city's industrial policy and its provincial industrial-transfer park — history of co-building, location, planned and industrial land",
  "https://fx361.cc/page/2015/0730/3226023.shtml",
  "日期取页面“2015-07-30 09:47”（刊期 源流 2015年6期）。标题照录；日期作者行、刊期行、关键词行、作者名行已删。摘录在末段“截止2014年底,累计投入开发建设资金7.76亿元,征用土地8000亩,”处中断，该句已删，正文止于“…能容纳200多家以上的中小企业入园投资置业。”。园区：乐昌产业转移工业园（标题作“乐昌产业园”；乐昌市，韶关，广东；2006年认定为省级产业转移工业园）。东莞市东坑镇（原共建方）、东莞市大朗镇（现对口帮扶方）列为可选机构。上海绿地、华电坪B、东方锆业为乐昌现有企业，文中未说在园区内，park 为 null、可选。无具名项目。",
  "wn06"),
 parks=[
  park(LC, "韶关", "广东", "产业转移工业园", H0, district="乐昌市", aliases=["乐昌产业园"], note="标题作“乐昌产业园”"),
 ],
 companies=[
  comp("上海绿地", None, H3, opt=True, note="乐昌现有企业，未说在园区"),
  comp("华电坪B", None, H3, opt=True, note="同上"),
  comp("东方锆业", None, H3, opt=True, note="同上"),
 ],
 institutions=[
  inst("东莞市东坑镇", H1, park=LC, note="原共建方"),
  inst("东莞市大朗镇", H1, park=LC, note="2013年起对口帮扶"),
 ],
 aggregate_facts=[
  fact(LC, "park", "planned_area_mu", 13463, "mu", H2, "2015"),
  fact(LC, "park", "industrial_land_mu", 8528, "mu", H2, "2015", opt=True),
  fact(LC, "park", "firm_capacity", 200, "count", H2, "2015", kind="target", qual="超", qtext="200多家以上", opt=True,
       note="能容纳的中小企业数"),
 ],
)

# ---------------------------------------------------------------- wn07 2020年广东首批省级现代农业产业园建设名单 (gdsnjx 2020)
I0 = "广东省农业农村厅公布2020年第一批省级现代农业产业园建设名单"
I1 = "韶关市生猪优势产区产业园等5个产业园为2020年第一批优势产区现代农业产业园建设名单"
I2 = "汕头市澄海区狮头鹅产业园等23个产业园为2020年第一批特色产业现代农业产业园建设名单"
I3 = "广州市番禺区名优现代渔业产业园等10个产业园为2020年第一批珠江三角洲地区自筹资金建设省级现代农业产业园名单"
LIST = [
 ("1.韶关市生猪优势产区产业园", "韶关市生猪优势产区产业园", "韶关", None),
 ("2.东莞市农产品冷链物流优势产区产业园(自筹资金建设)", "东莞市农产品冷链物流优势产区产业园", "东莞", None),
 ("3.江门市农产品冷链物流优势产区产业园", "江门市农产品冷链物流优势产区产业园", "江门", None),
 ("4.湛江市深海网箱养殖优势产区产业园", "湛江市深海网箱养殖优势产区产业园", "湛江", None),
 ("5.清远市红茶优势产区产业园", "清远市红茶优势产区产业园", "清远", None),
 ("1.汕头市澄海区狮头鹅产业园", "汕头市澄海区狮头鹅产业园", "汕头", "澄海区"),
 ("2.韶关市乐昌市岭南落叶水果产业园", "韶关市乐昌市岭南落叶水果产业园", "韶关", "乐昌市"),
 ("3.河源市东源县茶叶产业园", "河源市东源县茶叶产业园", "河源", "东源县"),
 ("4.河源市和平县腐竹产业园", "河源市和平县腐竹产业园", "河源", "和平县"),
 ("5.梅州市五华县丝苗米产业园", "梅州市五华县丝苗米产业园", "梅州", "五华县"),
 ("6.惠州市粤港澳流动渔民深海网箱养殖产业园", "惠州市粤港澳流动渔民深海网箱养殖产业园", "惠州", None),
 ("7.惠州市惠东县马铃薯产业园", "惠州市惠东县马铃薯产业园", "惠州", "惠东县"),
 ("8.惠州市龙门县三黄胡须鸡产业园", "惠州市龙门县三黄胡须鸡产业园", "惠州", "龙门县"),
 ("9.汕尾市海丰县丝苗米产业园", "汕尾市海丰县丝苗米产业园", "汕尾", "海丰县"),
 ("10.江门市台山市丝苗米产业园", "江门市台山市丝苗米产业园", "江门", "台山市"),
 ("11.阳江市深海网箱养殖产业园", "阳江市深海网箱养殖产业园", "阳江", None),
 ("12.阳江市阳西县程村蚝产业园", "阳江市阳西县程村蚝产业园", "阳江", "阳西县"),
 ("13.湛江市廉江市茶叶产业园", "湛江市廉江市茶叶产业园", "湛江", "廉江市"),
 ("14.湛江市正大集团(遂溪)生猪产业园", "湛江市正大集团(遂溪)生猪产业园", "湛江", "遂溪县"),
 ("15.茂名市电白区对虾产业园", "茂名市电白区对虾产业园", "茂名", "电白区"),
 ("16.肇庆市生猪产业园", "肇庆市生猪产业园", "肇庆", None),
 ("17.肇庆市广宁县肉鸽产业园", "肇庆市广宁县肉鸽产业园", "肇庆", "广宁县"),
 ("18.清远市佛冈县水果产业园", "清远市佛冈县水果产业园", "清远", "佛冈县"),
 ("19.清远市阳山县丝苗米产业园", "清远市阳山县丝苗米产业园", "清远", "阳山县"),
 ("20.潮州市广式凉果产业园", "潮州市广式凉果产业园", "潮州", None),
 ("21.潮州市饶平县水产产业园", "潮州市饶平县水产产业园", "潮州", "饶平县"),
]
G["wn07"] = dict(
 article=art("【农林资讯】2020年广东首批省级现代农业产业园建设名单出炉", "gdsnjx.com（“农林资讯”栏目，转述广东省农业农村厅公布的名单；站名未在摘录中）", "2020-06-17", "day",
  "Trade site relaying a provincial list, Guangdong: the first 2020 batch of provincial modern agricultural industrial parks — counts by category and the named parks (five 优势产区 parks, 21 of the 粤东粤西粤北 特色产业 parks before the excerpt breaks off)",
  "http://gdsnjx.com/pub/detail/1138",
  "日期取页面“发布时间:2020年06月17日 09:43:23”（名单公布于6月16日）。标题照录（含栏目前缀“【农林资讯】”）；发布时间行已删。名单在页面中连排成行（“…名单1.韶关市…产业园2.东莞市…”），照录不拆。摘录在第二部分“22.云浮市云”处中断，该残条已删，正文止于“21.潮州市饶平县水产产业园”；第二部分其余条目及第三部分（珠三角自筹资金10个）不在文中。园区：名单所列26个加导语中的“广州市番禺区名优现代渔业产业园”，共27个，均为省级现代农业产业园（kind 现代农业产业园），城市取名称前缀，县区取名称中所含者（正大集团(遂溪)→遂溪县）；名称照录（“(自筹资金建设)”为注记，不入名称）。正大集团只在园区名中，列为可选公司。各类名单数（5、23、10）作为可选事实（subject 为名单）。广东省农业农村厅列为可选机构。",
  "wn07"),
 parks=[park(nm, city, "广东", "现代农业产业园", ev, district=dist) for ev, nm, city, dist in LIST] + [
  park("广州市番禺区名优现代渔业产业园", "广州", "广东", "现代农业产业园", I3, district="番禺区",
       note="导语中的珠三角自筹资金名单首个"),
 ],
 companies=[
  comp("正大集团", "湛江市正大集团(遂溪)生猪产业园", "14.湛江市正大集团(遂溪)生猪产业园", opt=True, note="只在园区名中"),
 ],
 institutions=[
  inst("广东省农业农村厅", I0),
 ],
 aggregate_facts=[
  fact("2020年第一批优势产区现代农业产业园建设名单", "other", "parks_listed", 5, "count", I1, "2020-06-16", opt=True),
  fact("2020年第一批特色产业现代农业产业园建设名单", "other", "parks_listed", 23, "count", I2, "2020-06-16", opt=True),
  fact("2020年第一批珠江三角洲地区自筹资金建设省级现代农业产业园名单", "other", "parks_listed", 10, "count", I3, "2020-06-16", opt=True),
 ],
)
