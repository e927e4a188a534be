# real335 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates as
# ratios. Projects: the park is the one the text places the project in, null if none (a city, county or district is not a
# park). Status from the text's words (开工 / 开工仪式 / 集中开工 → 开工; 竣工投产 / 投产 → 投产). “预计” / “达产后” figures are
# kind target; year-to-date figures (“今年1至8月”, “上半年”) are cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/pvNN.raw as returned.

# ---------------------------------------------------------------- pv01 海宁 4月份重大项目集中开工 (海宁市人民政府 2020)
GX = "高新区"
P0 = "4月15日,海宁市4月份重大项目集中开工暨杭州湾智慧医疗产业园项目开工仪式在海宁市长安镇(高新区)举行"
P1 = "此次集中开工的重大项目共计15项,总投资约22亿元"
P2 = "总投资5亿元的浙江杭州湾智慧医疗产业园有限公司年产3000台超声设备、1000台肺功能仪(营养代谢车)、200台肺氧合器械(ECMO)项目"
P3 = "总投资2.5亿元的浙江宏达园区管理有限公司医疗产业管理中心项目等12个产业性项目"
P4 = "总投资1.2亿元的海宁市碧云路(江南大道-丰收路)工程等3个政府性项目"
AS1 = "2020年4月15日（集中开工）"
G["pv01"] = dict(
 article=art("海宁市举行4月份重大项目集中开工活动", "海宁市人民政府（“来源:海宁市人民政府”），载于 hedz.investchn.com（投促中国·海宁经济开发区站）", "2020-04-17", "day",
  "City government item relayed on an investment-promotion portal, Zhejiang: a city's monthly groundbreaking of 15 projects held in a town that is also the high-tech zone — two named industrial projects and one road project with their sums",
  "https://hedz.investchn.com/index.php/news/detail/id/92446.html",
  "日期取页面“发布时间:2020-04-17”（文中开工为4月15日）。标题照录；日期来源行已删。正文两段，完整。园区：文中只作“海宁市长安镇(高新区)”，园区名照录为“高新区”（海宁高新区，与长安镇合一；别名“长安镇(高新区)”）。项目：开工仪式以杭州湾智慧医疗产业园项目命名并在长安镇(高新区)举行，故“浙江杭州湾智慧医疗产业园有限公司年产3000台超声设备…(ECMO)项目”（5亿元）归高新区（推定；“杭州湾智慧医疗产业园项目”作别名）；浙江宏达园区管理有限公司医疗产业管理中心项目（2.5亿元）与碧云路工程（1.2亿元，政府性项目，可选）园区未说，记 null。15个项目“约22亿元”、12个产业性项目、3个政府性项目为海宁市合计（region）。",
  "pv01"),
 parks=[
  park(GX, "嘉兴", "浙江", "高新区", P0, district="海宁市", aliases=["长安镇(高新区)"], note="海宁高新区（与长安镇合一）；文中只作“长安镇(高新区)”"),
 ],
 companies=[
  comp("浙江杭州湾智慧医疗产业园有限公司", GX, P2, note="项目业主；园区由开工仪式地点推定"),
  comp("浙江宏达园区管理有限公司", None, P3, opt=True, note="项目业主；园区未说"),
 ],
 projects=[
  proj("浙江杭州湾智慧医疗产业园有限公司年产3000台超声设备、1000台肺功能仪(营养代谢车)、200台肺氧合器械(ECMO)项目", GX, P2,
       companies=["浙江杭州湾智慧医疗产业园有限公司"], inv="总投资5亿元", status="开工", status_text="集中开工",
       aliases=["杭州湾智慧医疗产业园项目"], note="开工仪式项目；园区推定为长安镇(高新区)"),
  proj("浙江宏达园区管理有限公司医疗产业管理中心项目", None, P3, companies=["浙江宏达园区管理有限公司"], inv="总投资2.5亿元",
       status="开工", status_text="集中开工", note="园区未说"),
  proj("海宁市碧云路(江南大道-丰收路)工程", None, P4, inv="总投资1.2亿元", status="开工", status_text="集中开工", opt=True,
       note="政府性道路项目"),
 ],
 aggregate_facts=[
  fact("海宁市", "region", "projects_started", 15, "count", P1, AS1),
  fact("海宁市", "region", "projects_started_investment_cny", 2.2e9, "cny", P1, AS1, qual="约", qtext="约", chk=True),
  fact("海宁市", "region", "industrial_projects_started", 12, "count", P3, AS1, opt=True),
  fact("海宁市", "region", "government_projects_started", 3, "count", P4, AS1, opt=True),
 ])

# ---------------------------------------------------------------- pv02 鸿大印染组团项目开工 (绍兴日报 2020)
LY = "柯桥蓝印时尚小镇"
Q0 = "昨天上午,市区印染产业跨区域集聚提升鸿大印染组团项目开工仪式在柯桥区举行,至此,五大印染组团已全部实现实质性开工"
Q1 = "这次开工的鸿大组团项目,由14家印染企业整合而成,既是本次印染组团集聚提升的收官之作,也是迄今为止全市规模最大的印染产业项目"
Q2 = "在柯桥蓝印时尚小镇这片创业热土上茁壮成长"
G["pv02"] = dict(
 article=art("印染组团集聚提升迎来“收官之作” 鸿大印染组团项目开工", "绍兴日报（“来源:绍兴网—绍兴日报”），载于 shaoxing.com.cn（绍兴网）", "2020-10-29", "day",
  "City daily on the city news portal, Zhejiang: groundbreaking of the last of five dyeing-cluster relocation projects in a district fashion town — a project formed by 14 dyeing firms, the mayor's remarks",
  "http://www.shaoxing.com.cn/zxbd70/p/2834223.html",
  "日期取页面“2020-10-29 07:56”（“昨天上午”即2020年10月28日开工）。标题照录；副题“马卫光宣布开工 盛阅春致辞 谭志桂魏伟参加”、栏目“新闻中心”、日期与来源行已删。存段末段（“鸿大印染组团项目由浙江新建纺织有限公司、浙江鸿仁纺织印染有限公司、绍兴大发布业有限公司等14家企业整合集聚,计划总投资20亿元。…全”）在句中中断，整段删去；因此文中没有投资额，也没有具名企业。正文两段。园区：柯桥蓝印时尚小镇（特色小镇，绍兴市柯桥区；文中只在“在柯桥蓝印时尚小镇这片创业热土上茁壮成长”中出现，项目归属由此推定）。项目：鸿大印染组团项目（开工；文中又作“鸿大组团项目”）。“五大印染组团已全部实现实质性开工”不另列项目。",
  "pv02"),
 parks=[
  park(LY, "绍兴", "浙江", "特色小镇", Q2, district="柯桥区", note="蓝印时尚小镇；文中只此一处"),
 ],
 companies=[],
 projects=[
  proj("鸿大印染组团项目", LY, Q0, status="开工", status_text="开工仪式", aliases=["鸿大组团项目"],
       note="由14家印染企业整合而成；市区印染产业跨区域集聚提升工程五大组团之末；园区由“在柯桥蓝印时尚小镇这片创业热土上茁壮成长”推定"),
 ],
 aggregate_facts=[
  fact("鸿大印染组团项目", "project", "firms_merged", 14, "count", Q1, "2020年10月", opt=True),
 ])

# ---------------------------------------------------------------- pv03 平湖百亿项目昨开工 (kczg.org.cn 2023)
DS = "独山港经济开发区"
WX = "浙江卫星能源有限公司"
R0 = "昨天开工的卫星能源三期项目是独山港经济开发区引进的第二个百亿项目,总投资约102亿元,由浙江卫星能源有限公司投资建设"
R1 = "项目达产后,预计年产值可达156亿元,可实现年利润20亿元、年税收10亿元以上,亩均投资1700万元,可实现亩均税收超200万元"
R2 = "如被誉为“微球材料第一股”的纳微科技、来自日本的艾迪科精细化工、总部位于德国的世界500强企业巴斯夫"
R3 = "其中,卫星能源作为优秀典型功不可没,一期、二期的如期竣工投产,为平湖的经济高质量发展作出了重要贡献,2022年预计实现产值145亿元以上"
SP = "卫星能源三期项目"
G["pv03"] = dict(
 article=art("平湖百亿项目昨开工", "kczg.org.cn（原发媒体与署名存段未示）", "2023-01-04", "day",
  "Relay of a local news item, Zhejiang: a county-level city's first-working-day groundbreaking — a 10-billion-yuan petrochemical project in a port development zone with expected output, profit and tax, the investor's earlier phases and output, the city's new-materials leaders",
  "https://www.kczg.org.cn/rules/detail?id=6221431",
  "日期取页面“发布时间: 2023-01-04”（“昨天”即2023年1月3日，“2023年的第一个工作日”）。标题照录；发布时间行已删。存段末段（“针对未开工项目,…力争”）在引语中中断，整段删去；正文四段。园区：独山港经济开发区（嘉兴平湖市，浙江）。项目：卫星能源三期项目（开工；总投资约102亿元→约；业主浙江卫星能源有限公司）；“一期、二期的如期竣工投产”无名称、无金额，不另列项目（作可选事实）。事实：三期达产后预计年产值156亿元、年利润20亿元、年税收10亿元以上（target，subject 项目）；卫星能源2022年预计产值145亿元以上（target）。纳微科技、艾迪科精细化工、巴斯夫为平湖新材料龙头企业，园区未说（可选，park null）。",
  "pv03"),
 parks=[
  park(DS, "嘉兴", "浙江", "经济开发区", R0, district="平湖市"),
 ],
 companies=[
  comp(WX, DS, R0, aliases=["卫星能源"], note="三期项目业主；一期、二期已竣工投产"),
  comp("纳微科技", None, R2, opt=True, note="平湖新材料龙头；园区未说"),
  comp("艾迪科精细化工", None, R2, opt=True, note="同上"),
  comp("巴斯夫", None, R2, opt=True, note="同上"),
 ],
 projects=[
  proj(SP, DS, R0, companies=[WX], inv="总投资约102亿元", qual="约", qual_text="约", phase="三期", status="开工", status_text="开工",
       aliases=["卫星能源百亿项目"], note="2023年1月3日开工；独山港经济开发区引进的第二个百亿项目"),
 ],
 aggregate_facts=[
  fact(SP, "project", "expected_annual_output_cny", 1.56e10, "cny", "项目达产后,预计年产值可达156亿元", "达产后（预计）", kind="target", chk=True),
  fact(SP, "project", "expected_annual_profit_cny", 2e9, "cny", "可实现年利润20亿元", "达产后（预计）", kind="target", chk=True, opt=True),
  fact(SP, "project", "expected_annual_tax_cny", 1e9, "cny", "年税收10亿元以上", "达产后（预计）", kind="target", qual="超", qtext="以上", chk=True, opt=True),
  fact(WX, "company", "annual_output_cny", 1.45e10, "cny", "2022年预计实现产值145亿元以上", "2022年全年（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(WX, "company", "phases_in_production", 2, "count", R3, "2023年1月", opt=True, note="一期、二期已竣工投产"),
 ])

# ---------------------------------------------------------------- pv04 平湖经开 15个项目集中开竣投 (gzwbqjgs 2023)
PH = "平湖经济技术开发区"
WF = "嘉兴威伏半导体有限公司"
S0 = "昨天上午,平湖经济技术开发区举行2023年一季度开门红集中开竣投活动暨嘉兴威伏半导体有限公司项目开工仪式"
S1 = "共有9个总投资合计19.9亿元的重大项目集中开工"
S2 = "3个总投资合计14.7亿元的项目集中竣工"
S3 = "3个达产后总产值合计突破10亿元的项目迎来投产"
S4 = "该项目位于永兴路南侧、兴平二路西侧地块,总投资7000万元,固定资产投资6950万元"
S5 = "项目投产后,预计年新增销售收入6500万元,其中利润1600万元,税收255万元"
HD = "总投资40.7亿元的15个项目昨集中开工竣工投产"
AS4 = "2023年2月9日（集中开竣投）"
G["pv04"] = dict(
 article=art("平湖经开 火力全开 总投资40.7亿元的15个项目昨集中开工竣工投产", "gzwbqjgs.com 上的政府网页镜像（原发媒体与署名存段未示；网址路径 art/2023/2/10 为政府网站式）", "2023-02-10", "day",
  "Mirror of a local government news page, Zhejiang: a national-level economic-technological zone's first-quarter start / completion / production event — counts and totals by stage, one named semiconductor project with investment and expected sales, profit and tax, the firm's history in the zone",
  "https://gzwbqjgs.com/www/art/2023/2/10/art_1578784_59568006",
  "日期取网址 art/2023/2/10（“昨天上午”即2023年2月9日）；存段无日期行。标题为两行（主题“平湖经开 火力全开”、副题“总投资40.7亿元的15个项目昨集中开工竣工投产”），以一个空格连写。存段末段（“据了解,在此次集中开工的项目中,既有像威伏、车联网、新”）在句中中断，整段删去；正文三段。所在网站与平湖无关，是政府网页的镜像；文本为简体原文，未经转换。园区：平湖经济技术开发区（文中又作“平湖经开”；嘉兴平湖市，浙江）。项目：嘉兴威伏半导体有限公司项目（开工；总投资7000万元；固定资产投资6950万元另记可选事实）。事实：开工9个、合计19.9亿元；竣工3个、合计14.7亿元；投产3个、达产后总产值合计突破10亿元（target，超）；15个项目总投资40.7亿元（标题）。威伏：预计年新增销售收入6500万元、利润1600万元、税收255万元（target）。",
  "pv04"),
 parks=[
  park(PH, "嘉兴", "浙江", "经济技术开发区", S0, district="平湖市", aliases=["平湖经开"], note="文中又作“平湖经开”"),
 ],
 companies=[
  comp(WF, PH, S0, aliases=["威伏半导体"], note="2017年起在平湖经开；浙江省专精特新企业"),
 ],
 projects=[
  proj("嘉兴威伏半导体有限公司项目", PH, S4, companies=[WF], inv="总投资7000万元", status="开工", status_text="开工仪式",
       note="新增年产能50万片晶圆检测及100亿颗集成电路封装测试生产基地项目；平湖经开此次集中开工的9个项目之一"),
 ],
 aggregate_facts=[
  fact(PH, "park", "projects_total", 15, "count", HD, AS4, note="开工、竣工、投产合计（标题）"),
  fact(PH, "park", "projects_total_investment_cny", 4.07e9, "cny", HD, AS4, chk=True, note="标题"),
  fact(PH, "park", "projects_started", 9, "count", S1, AS4),
  fact(PH, "park", "projects_started_investment_cny", 1.99e9, "cny", S1, AS4, chk=True),
  fact(PH, "park", "projects_completed", 3, "count", S2, AS4),
  fact(PH, "park", "projects_completed_investment_cny", 1.47e9, "cny", S2, AS4, chk=True),
  fact(PH, "park", "projects_put_into_production", 3, "count", S3, AS4),
  fact(PH, "park", "production_projects_expected_output_cny", 1e9, "cny", S3, "达产后（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact("嘉兴威伏半导体有限公司项目", "project", "fixed_asset_investment_cny", 6.95e7, "cny", "固定资产投资6950万元", AS4, opt=True, chk=True),
  fact("嘉兴威伏半导体有限公司项目", "project", "expected_annual_sales_cny", 6.5e7, "cny", S5, "投产后（预计）", kind="target", chk=True),
  fact("嘉兴威伏半导体有限公司项目", "project", "expected_annual_profit_cny", 1.6e7, "cny", "其中利润1600万元,税收255万元", "投产后（预计）", kind="target", opt=True, chk=True),
  fact("嘉兴威伏半导体有限公司项目", "project", "expected_annual_tax_cny", 2.55e6, "cny", "税收255万元", "投产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pv05 海宁 泛半导体集群 (潮新闻 2023)
HN = "海宁经济开发区"
QA = "浙江确安科技有限公司"
T0 = "“今年1至8月,全市泛半导体产业规上企业137家,完成工业总产值156.44亿元,同比增长9.7%。”"
T1 = "在海宁经济开发区的办公楼2楼,“半导体产业发展局”几个字特别显眼"
T2 = "浙江确安科技有限公司是我国二代居民身份证、社保卡和中石化加油卡等芯片指定测试单位"
T3 = "目前园区入驻企业37家,上半年实现产值20.97亿元"
AS5 = "2023年1–8月"
G["pv05"] = dict(
 article=art("10年创一个500亿元集群,海宁底气何在?", "潮新闻（编辑 褚晶君；共享联盟·海宁 董维刚 朱文 周志伟），tidenews.com.cn", "2023-10-19", "day",
  "Provincial news app feature, Zhejiang: a county-level city's pan-semiconductor cluster — year-to-date firm count, output and growth, the zone's semiconductor bureau, a chip-testing firm with capacity and plant, a park's firm count and half-year output",
  "https://tidenews.com.cn/news.html?id=2610753",
  "日期取页面“2023-10-19 08:10”。标题照录；APP下载提示、署名行与播放器“00:00”已删；小标题“小小芯片奏响发展之歌”作一段保留。存段末段（“‘它就像一张筛网,…’位于确安科技不远处的浙江众凌科技公司,记者见到批量生产的”）在句中中断，整段删去（浙江众凌科技因此不在文中）；正文六段。园区：海宁经济开发区（嘉兴海宁市，浙江）；其“半导体产业发展局”列可选机构。公司：浙江确安科技有限公司（文中又作“确安科技”）——落户海宁三年，园区未明说；因上文讲海宁经济开发区引进泛半导体企业，推定在海宁经济开发区（note）。“目前园区入驻企业37家,上半年实现产值20.97亿元”的“园区”指确安科技所在园区，文中未具名，记 subject “园区”（可选）。全市泛半导体产业1–8月：规上企业137家、产值156.44亿元、增长9.7%（region 海宁市，cumulative/ratio）。标题“10年创一个500亿元集群”不作事实。",
  "pv05"),
 parks=[
  park(HN, "嘉兴", "浙江", "经济开发区", T1, district="海宁市"),
 ],
 companies=[
  comp(QA, HN, T2, aliases=["确安科技"], note="落户海宁三年（2019年入驻）；全省最大芯片检测企业；园区由语境推定"),
 ],
 institutions=[
  inst("半导体产业发展局", T1, park=HN, note="设在海宁经济开发区办公楼"),
 ],
 projects=[],
 aggregate_facts=[
  fact("海宁市", "region", "pan_semiconductor_firms_above_scale", 137, "count", T0, AS5, kind="cumulative"),
  fact("海宁市", "region", "pan_semiconductor_output_cny", 1.5644e10, "cny", "完成工业总产值156.44亿元,同比增长9.7%", AS5, kind="cumulative", chk=True),
  fact("海宁市", "region", "pan_semiconductor_output_yoy_growth", 0.097, "ratio", T0, AS5, kind="ratio"),
  fact(QA, "company", "annual_test_capacity_wafers", 600000, "wafers", "年测试产能可达60万片", "2023年", opt=True),
  fact("园区", "park", "firms", 37, "count", T3, "2023年10月", opt=True, note="确安科技所在园区，未具名"),
  fact("园区", "park", "output_cny", 2.097e9, "cny", "上半年实现产值20.97亿元", "2023年上半年", kind="cumulative", opt=True, chk=True, note="同上"),
 ])

# ---------------------------------------------------------------- pv06 上虞 54个重大项目集中签约开工投产 (上虞新闻网 2022)
SY = "上虞区"
V0 = "1月12日上午,我区举行扩大有效投资重大项目系列集中活动,54个项目集中签约、开工、投产,总投资达596.8亿元"
V1 = "总投资233亿元的24个重大项目集中开工"
V2 = "总投资66亿元的14个重大项目集中投产"
AS6 = "2022年1月12日（集中活动）"
G["pv06"] = dict(
 article=art("总投资超596亿元,54个重大项目集中签约开工投产", "上虞新闻网（“来源:上虞新闻网”），载于 investchn.com（投促中国，发布开发区栏注“杭州湾上虞经济技术开发区”）", "2022-01-14", "day",
  "District news site relayed on an investment-promotion portal under a national zone's page, Zhejiang: a district's new-year signing / start / production event — totals by stage, leaders' remarks; no park and no project named in the kept text",
  "https://investchn.com/home/news/detail/id/234333.html",
  "日期取页面“发布时间:2022-01-14”（活动为1月12日）。标题照录；站名标语、导航与“发布时间…来源:上虞新闻网 发布开发区:杭州湾上虞经济技术开发区”一行已删（“杭州湾上虞经济技术开发区”只在该栏目行中，不在正文，故不列园区）。存段末段（“集中活动中,共有16个重大项目集中签约,总投资297.8亿元,…新和成控股高端新材料及健康产业”）在句中中断，整段删去；正文五段。“我区”即绍兴市上虞区（文中有“今天的上虞”），事实 subject 记“上虞区”（region）。事实：54个项目、596.8亿元；开工24个、233亿元；投产14个、66亿元（签约部分随末段删去）。标题“总投资超596亿元”与正文“596.8亿元”同指，取正文。",
  "pv06"),
 parks=[],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SY, "region", "projects_total", 54, "count", V0, AS6, note="签约、开工、投产合计"),
  fact(SY, "region", "projects_total_investment_cny", 5.968e10, "cny", "54个项目集中签约、开工、投产,总投资达596.8亿元", AS6, chk=True),
  fact(SY, "region", "projects_started", 24, "count", V1, AS6),
  fact(SY, "region", "projects_started_investment_cny", 2.33e10, "cny", V1, AS6, chk=True),
  fact(SY, "region", "projects_put_into_production", 14, "count", V2, AS6),
  fact(SY, "region", "projects_in_production_investment_cny", 6.6e9, "cny", V2, AS6, chk=True),
 ])
