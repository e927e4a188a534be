# real208 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); “20亿余元” is not digits+亿元, so investment_cny stays null (unparsed).
# Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county or
# city is not a park). Status from the text's words (开工 / 集中开工 → 开工; 签约 / 投资协议正式签订 → 签约; a site under
# construction → 在建; “助推…落地” → planned). City- and county-wide figures are region facts. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/uyNN.raw as returned.

# ---------------------------------------------------------------- uy01 东侨开发区 省重点项目开工 (新福建 / 东侨新视界 2023)
DQ = "东侨开发区"
A0 = "参加视频连线集中开工的项目是宁德厦钨70000吨锂离子电池正极材料(CD车间)项目,位于东侨工业集中区工业路西侧、河墘路南侧,总投资24.45亿元"
AS1 = "2023年上半年（市级集中开工）"
AS1Q = "2023年第二季度（开工）"
G["uy01"] = dict(
 article=art("争优 争先 争效 | 总投资24.45亿元!东侨这个省重点项目今日开工!", "东侨新视界（东侨开发区的公众号），载于新福建（fjdaily.com app，栏目“魅力东侨”）", "2023-04-25", "day",
  "Provincial daily's app relaying a zone's own account, Fujian: a national economic-technological zone reports its projects in the city's collective groundbreaking — the half-year count, total and annual plan, the second-quarter subset, and one named provincial key project with its amount, site, phases and capacity",
  "https://www.fjdaily.com/app/content/2023-04/25/content_1860005.html",
  "日期取页面“2023-04-25 15:40 东侨新视界”（文中“4月24日”为开工活动日，标题“今日开工”照原文）。标题照录；“首页>魅力东侨”“标题图”、日期来源行、“图片”占位行与页脚已删。正文完整；中间一组数字原为图文排版，每行一段，照录。园区：东侨开发区（宁德东侨经济技术开发区；文中只作“东侨开发区”“开发区”“东侨”，不补全称；宁德，福建）；“东侨工业集中区”只作项目位置，列可选园区（母园区东侨开发区）。项目：宁德厦钨70000吨锂离子电池正极材料(CD车间)项目——开工，总投资24.45亿元，两期（一期预计2024年8月竣工，二期预计2025年8月竣工），建成后年产7万吨。公司：“宁德厦钨”只在项目名中，列可选公司。事实：2023年上半年列入市级集中开工重大项目12个、总投资39.02亿元、年度计划投资12.85亿元；其中二季度开工产业项目2个、基础设施项目6个、总投资31.33亿元、年度计划投资9.78亿元（二季度一组列可选）。人名（雷祖铃、吴新情）不列。",
  "uy01"),
 parks=[
  park(DQ, "宁德", "福建", "经济技术开发区", "东侨开发区党工委书记雷祖铃在东侨分会场汇报东侨项目开工情况", district="蕉城区（东侨）",
       note="宁德东侨经济技术开发区；文中只作“东侨开发区”“开发区”“东侨”"),
  park("东侨工业集中区", "宁德", "福建", "工业集中区", A0, parent=DQ, opt=True, note="只作项目位置"),
 ],
 companies=[
  comp("宁德厦钨", DQ, A0, opt=True, note="只在项目名中（宁德厦钨新能源材料有限公司，文中未写全称）"),
 ],
 institutions=[],
 projects=[
  proj("宁德厦钨70000吨锂离子电池正极材料(CD车间)项目", DQ, A0, companies=["宁德厦钨"], inv="总投资24.45亿元", status="开工",
       status_text="视频连线集中开工", note="省重点项目；位于东侨工业集中区；两期，一期预计2024年8月竣工、二期预计2025年8月竣工；年产7万吨锂离子正极材料"),
 ],
 aggregate_facts=[
  fact(DQ, "park", "projects_started", 12, "count", "列入市级集中开工重大项目12个", AS1, note="“2023年上半年东侨开发区 列入市级集中开工重大项目12个”"),
  fact(DQ, "park", "projects_started_investment_cny", 3.902e9, "cny", "总投资39.02亿元", AS1, chk=True),
  fact(DQ, "park", "planned_annual_investment_cny", 1.285e9, "cny", "年度计划投资12.85亿元", "2023年（计划）", kind="target", chk=True),
  fact(DQ, "park", "industrial_projects_started", 2, "count", "其中,二季度开工产业项目2个", AS1Q, opt=True),
  fact(DQ, "park", "infrastructure_projects_started", 6, "count", "基础设施项目6个", AS1Q, opt=True),
  fact(DQ, "park", "projects_started_investment_cny", 3.133e9, "cny", "总投资31.33亿元", AS1Q, opt=True, chk=True, note="二季度开工的8个项目"),
  fact(DQ, "park", "planned_annual_investment_cny", 9.78e8, "cny", "年度计划投资9.78亿元", "2023年（计划，二季度开工项目）", kind="target", opt=True, chk=True),
  fact("宁德厦钨70000吨锂离子电池正极材料(CD车间)项目", "project", "planned_annual_capacity_t", 70000, "t", "建成投产后,预计可年产7万吨锂离子正极材料", "建成投产后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- uy02 古雷炼化一体化工程二期项目签约 (闽南日报 via 闽南房产网 2022)
GL = "古雷开发区"
B0 = "9月23日,古雷开发区石化产业发展再传捷报——总投资约732.9亿元的福建古雷炼化一体化工程二期项目投资协议正式签订"
B1 = "由中国石化集团主导的古雷炼化一体化工程二期项目,拟在古雷石化基地建设1600万吨/年炼油、150万吨/年乙烯、2×160万吨/年芳烃联合装置及配套下游炼化装置,达产后年营业收入可达810亿元"
B3 = "力争2026年、2030年工业产值分别达到2000亿元、4000亿元"
G["uy02"] = dict(
 article=art("总投资732.9亿元 古雷炼化一体化工程二期项目签约", "闽南日报（薛敏灵 卢冠琼），载于闽南房产网 house.mnw.cn", "2022-09-26", "day",
  "City daily relayed by a regional property portal, Fujian: a petrochemical zone signs the investment agreement of a refinery-and-cracker project led by a central SOE — amount, capacities, expected revenue, the base's refining quota, a follow-on project and the zone's output targets",
  "http://house.mnw.cn/zhangzhou/20220926/61500.html",
  "日期取页面“发布时间:2022-09-26 来源:闽南日报”（文中“9月23日”为签约日）。同一检索返回此网址两段：带页头、标题、日期的一段在末句“2000亿元”处中断；另一段只有正文、完整到署名。标题取前一段，正文取后一段（make_txt.py AFTER）。导航、面包屑与日期来源行已删。正文四段，完整。园区：古雷开发区（漳州古雷港经济开发区；文中只作“古雷开发区”；漳州，福建）；“古雷石化基地”为开发区内的国家七大石化基地之一，列可选园区（母园区古雷开发区）。项目：福建古雷炼化一体化工程二期项目——投资协议正式签订（签约），总投资约732.9亿元，中国石化集团主导；南化苯胺——开发区“助推…落地”的项目（planned，可选）。事实：二期达产后年营业收入810亿元（项目，target）；古雷石化基地炼油规划指标5000万吨/年（可选）；古雷开发区力争2026年、2030年工业产值2000亿元、4000亿元（target）。",
  "uy02"),
 parks=[
  park(GL, "漳州", "福建", "开发区", B0, district="漳浦县（古雷）", note="漳州古雷港经济开发区；文中只作“古雷开发区”，又作“古雷”"),
  park("古雷石化基地", "漳州", "福建", "石化基地", B1, parent=GL, opt=True, note="全国七大石化基地之一；文中又作“该基地”"),
 ],
 companies=[
  comp("中国石化集团", GL, B1, note="主导古雷炼化一体化工程二期项目"),
 ],
 institutions=[],
 projects=[
  proj("福建古雷炼化一体化工程二期项目", GL, B0, companies=["中国石化集团"], inv="总投资约732.9亿元", qual="约", qual_text="约",
       status="签约", status_text="投资协议正式签订", phase="二期", aliases=["古雷炼化一体化工程二期项目"],
       note="2022年9月23日签订投资协议；建在古雷石化基地：1600万吨/年炼油、150万吨/年乙烯、2×160万吨/年芳烃"),
  proj("南化苯胺", GL, "古雷开发区未来还将助推南化苯胺等一批低能耗、高效益项目落地", status="planned", status_text="助推…落地", opt=True,
       note="开发区拟推动落地的项目"),
 ],
 aggregate_facts=[
  fact("福建古雷炼化一体化工程二期项目", "project", "expected_annual_revenue_cny", 8.1e10, "cny", "达产后年营业收入可达810亿元", "达产后（预期）", kind="target", chk=True),
  fact("古雷石化基地", "park", "refining_capacity_quota_t_per_year", 5e7, "t/year", "该基地拥有着全国七大石化基地之中最大的炼油规划指标——5000万吨/年", "2022年", opt=True),
  fact(GL, "park", "industrial_output_cny", 2e11, "cny", B3, "2026年（目标）", kind="target", chk=True),
  fact(GL, "park", "industrial_output_cny", 4e11, "cny", "4000亿元", "2030年（目标）", kind="target", chk=True,
       note="“力争2026年、2030年工业产值分别达到2000亿元、4000亿元”的后一个"),
 ])

# ---------------------------------------------------------------- uy03 周宁县不锈钢深加工产业园 青山特材 (东南网宁德频道 2024)
ZN = "周宁县不锈钢深加工产业园"
C0 = "福建青山特材不锈钢深加工项目隶属青山钢管福建分公司。该项目位于周宁县不锈钢深加工产业园内,占地面积约300亩,总投资20亿余元"
C1 = "据悉,项目投产后,预计年产值20亿元、贸易额15亿元,可提供就业岗位800余个"
C2 = "早在2019年,首个百亿产业集群——不锈钢深加工产业园落户周宁县,规划总用地约6000亩,总投资50亿元,一期引进不锈钢深加工企业43家"
C3 = "如今,已有39家企业入驻动工建设、33家实现投产,2024年1月至10月,园区产值22亿元,比增51%"
G["uy03"] = dict(
 article=art("（无标题）周宁县不锈钢深加工产业园青山特材项目加快建设 园区1—10月产值22亿元", "东南网宁德频道（通讯员 刘志玮；来源:东南网，责任编辑:王予捷）", "2024-11-19", "day",
  "Provincial news portal's prefecture channel, correspondent's report, Fujian: a county's stainless-steel processing park — one firm's project under construction (amount, area, expected output, trade and jobs, completion date), the park's planned land and investment, firms entered and in production, year-to-date output and growth",
  "http://nd.fjsen.com/2024-11/19/content_31782861.htm",
  "日期取页面“2024-11-19 15:47:03 作者:刘志玮 来源:东南网”。存段无标题行（title 记“（无标题）”加概述）。存段把全文存成一行（段落以空格相连），照原样作一段，行内不拆不改，图片说明“福建青山特材不锈钢深加工项目施工现场。刘志玮 供图”在行内，保留。行尾周宁县工信局负责人的引语在署名“周宁县工信局”处中断，连同该引语删去（make_txt.py LINE_SUFFIX），正文截至“…比增51%。”。园区：周宁县不锈钢深加工产业园（宁德市周宁县，福建；文中又作“不锈钢深加工产业园”“园区”）。项目：福建青山特材不锈钢深加工项目——施工中（在建），总投资20亿余元（“亿余元”非数字+亿元格式，按 real25 q04 的做法 investment_text 照录、investment_cny 记 null，qualifier 余），预计2026年3月全面完工。公司：青山钢管福建分公司（项目所属）。事实：项目投产后预计年产值20亿元、贸易额15亿元、就业800余个（target）；园区规划总用地约6000亩、总投资50亿元、一期引进企业43家；已有39家入驻动工建设、33家投产；2024年1–10月园区产值22亿元，比增51%。",
  "uy03"),
 parks=[
  park(ZN, "宁德", "福建", "产业园", "近日,走进位于周宁县不锈钢深加工产业园的福建青山特材不锈钢深加工项目施工现场", district="周宁县",
       aliases=["不锈钢深加工产业园"], note="2019年落户周宁县；文中又作“园区”"),
 ],
 companies=[
  comp("青山钢管福建分公司", ZN, C0, note="项目所属"),
 ],
 institutions=[],
 projects=[
  proj("福建青山特材不锈钢深加工项目", ZN, C0, companies=["青山钢管福建分公司"], inv="总投资20亿余元", unparsed=True, qual="余", qual_text="余",
       status="在建", status_text="施工现场…部分厂房已建设完毕", note="占地约300亩；预计2026年3月全面完工"),
 ],
 aggregate_facts=[
  fact("福建青山特材不锈钢深加工项目", "project", "expected_annual_output_cny", 2e9, "cny", C1, "投产后（预期）", kind="target", chk=True),
  fact("福建青山特材不锈钢深加工项目", "project", "expected_annual_trade_cny", 1.5e9, "cny", "贸易额15亿元", "投产后（预期）", kind="target", opt=True, chk=True),
  fact("福建青山特材不锈钢深加工项目", "project", "expected_jobs", 800, "count", "可提供就业岗位800余个", "投产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact(ZN, "park", "planned_land_mu", 6000, "mu", C2, "规划", qual="约", qtext="约", opt=True),
  fact(ZN, "park", "planned_total_investment_cny", 5e9, "cny", "规划总用地约6000亩,总投资50亿元", "规划", chk=True),
  fact(ZN, "park", "phase1_firms_attracted", 43, "count", C2, "一期", kind="cumulative"),
  fact(ZN, "park", "firms_entered", 39, "count", C3, "2024年11月", kind="cumulative", note="入驻动工建设"),
  fact(ZN, "park", "firms_in_production", 33, "count", C3, "2024年11月", kind="cumulative"),
  fact(ZN, "park", "output_cny", 2.2e9, "cny", "2024年1月至10月,园区产值22亿元,比增51%", "2024年1–10月", kind="cumulative", chk=True),
  fact(ZN, "park", "output_yoy_growth", 0.51, "ratio", "园区产值22亿元,比增51%", "2024年1–10月", kind="ratio"),
 ])

# ---------------------------------------------------------------- uy04 晋江经济开发区 (福建日报 via 光明网 2025)
JJ = "晋江经济开发区"
D0 = "打开晋江地图,晋江经济开发区下属的14个专业园区以五里园为中心,在晋江663平方公里的土地上呈点状分布"
D1 = "走进园区,一座座标准厂房鳞次栉比,安踏、恒安、利郎、盼盼、信泰、华宇、361度等知名企业林立其间"
D2 = "面积从2000年的9.84平方公里,到如今的90.34平方公里;从最初的一个产业园,到现在的14个产业园"
G["uy04"] = dict(
 article=art("向上的力量——晋江经济开发区的持续“进阶”之路", "福建日报（采访组），载于光明网地方频道（difang.gmw.cn）", "2025-08-25", "day",
  "Provincial party daily's reporting-team feature relayed by a national portal, Fujian: a county-level city's provincial development zone — its fourteen specialised parks, area then and now, provincial ranking, and the named brand firms of its central park (only the feature's opening stored)",
  "https://difang.gmw.cn/fj/2025-08/25/content_38240210.htm",
  "日期取页面“来源:福建日报2025-08-25 10:49”。标题照录；分享提示、“正在阅读”、面包屑、来源行与图片说明“俯瞰晋江经济开发区。 陈巧玲 摄”已删。长篇只存开头：存段在“…也是2000年第一批入驻开发区的企业之一。“当时”处中断，残余的“当时已删（make_txt.py LINE_SUFFIX），含小标题一行，共九段。园区：晋江经济开发区（泉州晋江市，福建；省级开发区，“连续8年居省级开发区首位”）；五里园（其中心园区，母园区晋江经济开发区）。公司：安踏、恒安、利郎、盼盼、信泰、华宇、361度（“林立其间”——五里园内；园区记晋江经济开发区，note 注五里园）；蜡笔小新休闲食品集团（2000年第一批入驻开发区）。事实：14个专业园区；面积90.34平方公里（2025），2000年9.84平方公里（可选）；去年全国省级开发区百强第九名（可选）。晋江市663平方公里为城市面积，不列。",
  "uy04"),
 parks=[
  park(JJ, "泉州", "福建", "经济开发区", D0, district="晋江市", note="省级开发区；文中又作“开发区”“经济开发区”"),
  park("五里园", "泉州", "福建", "专业园区", D0, district="晋江市", parent=JJ, note="晋江经济开发区的中心园区；文中作“晋江经济开发区五里园”"),
 ],
 companies=[
  comp("安踏", JJ, D1, note="五里园内"),
  comp("恒安", JJ, D1, note="五里园内"),
  comp("利郎", JJ, D1, note="五里园内"),
  comp("盼盼", JJ, D1, note="五里园内"),
  comp("信泰", JJ, D1, note="五里园内"),
  comp("华宇", JJ, D1, note="五里园内"),
  comp("361度", JJ, D1, note="五里园内"),
  comp("蜡笔小新休闲食品集团", JJ, "这样的局面是蜡笔小新休闲食品集团董事长郑育焕此前没有想到的", aliases=["蜡笔小新"],
       note="2000年第一批入驻开发区；晋江首个登陆资本市场的食品企业"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(JJ, "park", "sub_parks", 14, "count", D0, "2025年8月", kind="cumulative", note="专业园区"),
  fact(JJ, "park", "area_km2", 90.34, "km2", D2, "2025年8月"),
  fact(JJ, "park", "area_km2", 9.84, "km2", D2, "2000年", opt=True),
  fact(JJ, "park", "national_provincial_zone_rank", 9, "rank", "在去年全国省级开发区百强排名中列第九名", "2024年", opt=True),
 ])

# ---------------------------------------------------------------- uy05 厦门火炬高新区 (中国开发区协会网站 2023)
XM = "厦门火炬高新区"
XA = "火炬(翔安)产业区"
E0 = "从一片荒芜的城郊到“一区多园”的科创高地,从百业待兴到集聚超2.5万家企业,连续8年位列福建省开发区综合发展水平第一、在178个国家高新区中位列第11位"
E1 = "如今的火炬(翔安)产业区企业成群、产业成链,聚集了友达光电、冠捷、ABB、天马等龙头企业"
E2 = "2005年6月经国务院批准,厦门火炬高新区从1平方公里扩大到13.75平方公里"
G["uy05"] = dict(
 article=art("厦门火炬高新区聚焦实体经济,坚持改革开放,加快建设高质量发展先行区", "厦门火炬高新区（来源），载于中国开发区协会网站 cadz.org.cn（《中国开发区》，栏目“国家级开发区动态”）", "2023-12-20", "day",
  "Development-zone association's website relaying a national high-tech zone's own feature, Fujian: the zone's firms and rankings, its 2005 expansion and first park off the island, and the leading firms of that park (only the opening stored)",
  "https://www.cadz.org.cn/index.php/News/info/id/63208.html",
  "日期取页面“来源:厦门火炬高新区 发布时间:2023年12月20日 10:41”。标题照录；站点菜单、来源行已删。长篇只存开头：存段末段“当厦门加快推动岛外新城建设时,厦门软件园也跨出厦门岛,在集美建设规划面积约10平方公里的”中断，整段删去（ITEMS 截至上一段），含小标题两行，共五段。园区：厦门火炬高新区（厦门火炬高技术产业开发区，国家高新区；文中又作“火炬高新区”；厦门，福建）；火炬(翔安)产业区（母园区厦门火炬高新区；2005年8月通用厂房开工）。公司：友达光电、冠捷、ABB、天马（火炬(翔安)产业区的龙头企业）。项目：火炬(翔安)产业区通用厂房（2005年8月开工、不到180天建成94栋；历史项目，可选）。事实：集聚超2.5万家企业；178个国家高新区中第11位（可选）；连续8年福建省开发区综合发展水平第一（可选，不作数值）；2005年面积由1扩至13.75平方公里（历史，可选）。",
  "uy05"),
 parks=[
  park(XM, "厦门", "福建", "国家高新区", E0, aliases=["火炬高新区"], note="厦门火炬高技术产业开发区（全称文中未写）；“一区多园”"),
  park(XA, "厦门", "福建", "产业区", E1, district="翔安区", parent=XM, note="2005年首次出岛所建"),
 ],
 companies=[
  comp("友达光电", XA, E1),
  comp("冠捷", XA, E1),
  comp("ABB", XA, E1),
  comp("天马", XA, E1),
 ],
 institutions=[],
 projects=[
  proj("火炬(翔安)产业区通用厂房", XA, "同年8月,火炬(翔安)产业区通用厂房开工。不到180天,94栋现代化标准通用厂房拔地而起", status="开工", status_text="开工",
       opt=True, note="2005年8月开工，不到180天建成94栋（历史项目）"),
 ],
 aggregate_facts=[
  fact(XM, "park", "firms", 25000, "count", E0, "2023年12月", kind="cumulative", qual="超", qtext="超"),
  fact(XM, "park", "national_high_tech_zone_rank", 11, "rank", "在178个国家高新区中位列第11位", "2023年", opt=True),
  fact(XM, "park", "area_km2", 13.75, "km2", E2, "2005年6月（扩区后）", opt=True),
  fact(XM, "park", "area_km2", 1, "km2", E2, "2005年6月前", opt=True),
 ])

# ---------------------------------------------------------------- uy06 闽侯经济技术开发区 福特科光电二期开工 (福州日报 via 东南网 2022)
MH = "闽侯经济技术开发区"
F0 = "福特科光电二期、福州宝井钢材有限公司二期厂房扩建、宏德盛产业园厂房建设等3个产业项目举行开工仪式"
F1 = "“开工!”随着一声响亮的开工“号角”,福特科光电二期项目正式进入建设阶段。项目位于闽侯经济技术开发区三期,占地72.33亩,规划建设总面积7.6万平方米"
F2 = "今年第二季度,闽侯县集中开工重大项目14个,总投资53亿元,包括产业项目11个,总投资28亿元;基础设施项目2个,总投资22亿元;社会民生项目1个,总投资3亿元"
F3 = "福建福特科光电股份有限公司成立于2002年,公司总部位于闽侯经济技术开发区二期,同时拥有三明福特科、深圳福特科、易视科技3家子公司及北京分公司"
AS6 = "2022年第二季度（4月19日开工）"
G["uy06"] = dict(
 article=art("闽侯:产业发展高精尖东南汽车城添助力", "福州日报，载于东南网福州频道（fz.fjsen.com；责任编辑:蔡秀明）", "2022-04-20", "day",
  "City daily relayed by the provincial news portal, Fujian: a county's second-quarter groundbreaking — three named industrial projects started, one of them a listed optics maker's phase two in the county's economic-technological zone, with the county's quarterly totals and a company profile",
  "http://fz.fjsen.com/2022-04/20/content_31013217.htm",
  "日期取页面“2022-04-20 10:37:31 来源:福州日报”（文中“19日”为开工日）。标题照录；频道菜单、位置行、日期来源行与图片说明“福建福特科光电股份有限公司二期项目效果图。(闽侯县委宣传部供图)”已删。存段末行“福特科光电二期项目计划投资5.5亿元”是未完的引语，整行删去（ITEMS 截至上一段）——故投资额不入真值。正文四段。园区：闽侯经济技术开发区（福州市闽侯县，福建；项目在其“三期”，公司总部在其“二期”——为开发区分期，不另列园区）。标题中的“东南汽车城”只作修辞，不列园区。项目：福特科光电二期（开工，闽侯经济技术开发区三期，占地72.33亩）；福州宝井钢材有限公司二期厂房扩建、宏德盛产业园厂房建设（开工，文中未说园区，park null）。公司：福建福特科光电股份有限公司（总部在闽侯经济技术开发区二期）；福州宝井钢材有限公司（园区未说）；子公司三明福特科、深圳福特科、易视科技（可选，园区未说）。事实：闽侯县二季度集中开工重大项目14个、总投资53亿元（region），分类数可选。",
  "uy06"),
 parks=[
  park(MH, "福州", "福建", "经济技术开发区", F1, district="闽侯县", note="项目在“闽侯经济技术开发区三期”，公司总部在“二期”"),
 ],
 companies=[
  comp("福建福特科光电股份有限公司", MH, F3, aliases=["福特科光电"], note="总部位于闽侯经济技术开发区二期；二期项目在三期"),
  comp("福州宝井钢材有限公司", None, F0, note="二期厂房扩建开工；园区文中未说"),
  comp("三明福特科", None, F3, opt=True, note="福特科子公司"),
  comp("深圳福特科", None, F3, opt=True, note="福特科子公司"),
  comp("易视科技", None, F3, opt=True, note="福特科子公司"),
 ],
 institutions=[
  inst("闽侯县发改局", "记者从闽侯县发改局获悉"),
 ],
 projects=[
  proj("福特科光电二期", MH, F1, companies=["福建福特科光电股份有限公司"], phase="二期", status="开工", status_text="正式进入建设阶段",
       aliases=["福特科光电二期项目"], note="2022年4月19日举行开工仪式；占地72.33亩，规划建设总面积7.6万平方米；投资额在存段中断处，不入真值"),
  proj("福州宝井钢材有限公司二期厂房扩建", None, F0, companies=["福州宝井钢材有限公司"], phase="二期", status="开工", status_text="举行开工仪式", note="园区文中未说"),
  proj("宏德盛产业园厂房建设", None, F0, status="开工", status_text="举行开工仪式", note="园区文中未说"),
 ],
 aggregate_facts=[
  fact("闽侯县", "region", "projects_started", 14, "count", F2, AS6),
  fact("闽侯县", "region", "projects_started_investment_cny", 5.3e9, "cny", "闽侯县集中开工重大项目14个,总投资53亿元", AS6, chk=True),
  fact("闽侯县", "region", "industrial_projects_started", 11, "count", "包括产业项目11个,总投资28亿元", AS6, opt=True),
  fact("闽侯县", "region", "industrial_projects_started_investment_cny", 2.8e9, "cny", "包括产业项目11个,总投资28亿元", AS6, opt=True, chk=True),
  fact("福特科光电二期", "project", "site_area_mu", 72.33, "mu", F1, AS6, opt=True),
 ])

# ---------------------------------------------------------------- uy07 福州一季度187个重大项目开工 (福州新闻网 2025)
LY = "福州罗源湾开发区"
H0 = "其中,罗源洲凯高纯材料加工新建项目为福州丝路海港城重点招商引资项目,位于福州罗源湾开发区,总用地面积180.09亩"
H1 = "据悉,福州第一季度共开工187个重大项目,总投资1278亿元,年计划投资426.4亿元"
AS7 = "2025年第一季度（1月3日集中开工）"
G["uy07"] = dict(
 article=art("福州一季度187个重大项目开工 总投资1278亿元", "福州新闻网（news.fznews.com.cn；记者 赵铮艳）", "2025-01-04", "day",
  "City news portal, Fujian: the city's first-quarter collective groundbreaking — citywide counts, totals and annual plans by category, and the main-venue project in a port development zone with its land, phases, capacity and expected output",
  "https://news.fznews.com.cn/fzxw/20250104/F43212QZWp.shtml",
  "存段无日期行；日期取网址 20250104（文中“3日上午”即2025年1月3日开工活动，页末相关链接同日）。标题照录；页末相关新闻列表（末条在“仓山区”处中断）已删。正文三段，完整。园区：福州罗源湾开发区（福州市罗源县，福建）。“高新区设分会场”中的高新区（福州高新区）与“福州新区”只作分会场，不列；“福州丝路海港城”为招商品牌，不列园区。项目：罗源洲凯高纯材料加工新建项目——开工（主会场；一期本月开工、8月竣工投产，二期计划12月开工、次年12月竣工投产），无投资额。事实：福州全市187个项目、总投资1278亿元、年计划投资426.4亿元（region；年计划为 target），分类数可选；项目年产4万吨、年产值达百亿元（target，可选；“百亿元”非数字格式，不作 chk）。",
  "uy07"),
 parks=[
  park(LY, "福州", "福建", "开发区", H0, district="罗源县", note="罗源湾开发区"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("罗源洲凯高纯材料加工新建项目", LY, H0, status="开工", status_text="一期本月开工建设",
       note="2025年一季度重大项目开工视频连线活动主会场；一期8月竣工投产，二期计划2025年12月开工、2026年12月竣工投产；总用地180.09亩，建筑面积13.57万平方米"),
 ],
 aggregate_facts=[
  fact("福州", "region", "projects_started", 187, "count", H1, AS7),
  fact("福州", "region", "projects_started_investment_cny", 1.278e11, "cny", "福州第一季度共开工187个重大项目,总投资1278亿元", AS7, chk=True),
  fact("福州", "region", "planned_annual_investment_cny", 4.264e10, "cny", "年计划投资426.4亿元。其中", "2025年（计划）", kind="target", chk=True),
  fact("福州", "region", "industrial_projects_started", 99, "count", "其中,产业项目99个,总投资608亿元,年计划投资206.2亿元", AS7, opt=True),
  fact("福州", "region", "industrial_projects_started_investment_cny", 6.08e10, "cny", "产业项目99个,总投资608亿元", AS7, opt=True, chk=True),
  fact("罗源洲凯高纯材料加工新建项目", "project", "site_area_mu", 180.09, "mu", H0, AS7, opt=True),
  fact("罗源洲凯高纯材料加工新建项目", "project", "expected_annual_output_cny", 1e10, "cny", "项目全面建成后,预计可年产4万吨高纯净合金新材料,年产值达百亿元", "全面建成后（预期）", kind="target", opt=True),
 ])
