# real92 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/迈上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value + investment_currency (projects)
# or *_usd facts. An amount given for several projects together is a fact, not split over the projects. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (签约 / 签约落户 /
# 签署投资协议 / 集中签约 → 签约; 开工 / 动工 / 新开工 / 正式启动 → 开工; 已封顶 / 正在施工 / 基础建设时期 → 在建; 竣工验收 → 竣工;
# 竣工投产 → 投产; “将开工” / “有望…开工” → planned; 落户 alone, or a list category such as “列入实施类项目”, → no status).
# “预计” year figures are kind target with “（预计）” in as_of; year-to-date counts and values (“今年以来”, “截至目前”, “累计”)
# are cumulative; period figures (上半年, 前三季度, 1到5月) are reported. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/xjNN.raw as returned.

# ---------------------------------------------------------------- xj01 常州经开区 32个产业项目现场集中签约 (现代快报 2020)
CZJ = "常州经开区"
A0 = "7月28日,常州经开区召开高质量发展大会,会议回顾了五年来常州经开区的发展成果"
A1 = "规模以上工业总产值、工业开票销售收入迈上2000亿元新台阶"
A2 = "一批大项目、好项目纷至沓来,签约超百亿元项目1个,超50亿元项目4个,超30亿元项目6个,坤泰、哈焊所、欣盛等一批省重点项目的落地落户"
A3 = "会上,32个产业项目现场集中签约,总投资达229亿元"
A4 = "其中总投资超50亿元项目1个,超30亿元项目2个,超10亿元项目6个"
A5 = "此外,中天钢铁集团有限公司、今创集团股份有限公司、横山桥镇五一村等在各领域作出突出贡献的12家单位获得了“高质量发展奖”"
AS1 = "2020年7月28日（集中签约）"
AS1Y = "2020年7月（建区五年）"
G["xj01"] = dict(
 article=art("常州经开区:32个产业项目现场集中签约,总投资229亿元", "现代快报（现代快报讯，通讯员 刘吉林 记者 陆文杰），xdkb.net", "2020-07（28日或稍后；年份推定）", "month",
  "Jiangsu evening-paper website: a provincial economic development zone's five-year conference — 32 industrial projects signed with their total and size bands, five-year results (output, invoiced sales, tax-paying firms, provincial rank), three named provincial key projects landed, firms awarded",
  "http://www.xdkb.net/p1/106240.html",
  "存段无日期行。日期：文中“7月28日,常州经开区召开高质量发展大会,会议回顾了五年来常州经开区的发展成果”；常州经开区2015年设立，五年即2020年，页脚“@copyright 2007~2020”相合——记 2020-07（month，年份推定）。标题照录；“返回 / 顶部”“相关推荐 / 热点”与版权行已删。正文四段，完整。园区：常州经开区（常州，江苏；文中“全省省级经济开发区综合排名…第9位”，kind 记省级经济开发区；全称常州经济开发区文中未出）。项目：坤泰、哈焊所、欣盛——“一批省重点项目的落地落户”，以企业（机构）简称作项目名，落户 → 无状态，无金额（“超百亿元…超30亿元”为签约项目的档次计数，不是这三项的金额）。32个签约项目未点名，计数和总投资记为开发区事实。公司：中天钢铁集团有限公司、今创集团股份有限公司——开发区高质量发展大会上获“高质量发展奖”的单位，园区由语境推定为常州经开区；“横山桥镇五一村”为村，不列。五年成绩（规上工业总产值、工业开票销售收入迈上2000亿元 → 超；入库税收超千万元企业“破百” → 超100；省级开发区排名第9位）as_of 记 2020年7月（建区五年）；“地区生产总值五年增长200亿”无“元”字，记为可选增量事实（单位 cny，metric 不以 _cny 结尾）。",
  "xj01"),
 parks=[
  park(CZJ, "常州", "江苏", "经济开发区（省级）", A0, note="文中“全省省级经济开发区综合排名中,常州经开区已跻身至第9位”"),
 ],
 companies=[
  comp("中天钢铁集团有限公司", CZJ, A5, note="获开发区“高质量发展奖”；园区由语境推定"),
  comp("今创集团股份有限公司", CZJ, A5, note="同上"),
  comp("坤泰", CZJ, A2, opt=True, note="只作项目名（省重点项目）"),
  comp("欣盛", CZJ, A2, opt=True, note="只作项目名（省重点项目）"),
 ],
 institutions=[
  inst("哈焊所", A2, kind="research", park=CZJ, note="哈尔滨焊接研究所简称；只作项目名（省重点项目）"),
 ],
 projects=[
  proj("坤泰", CZJ, A2, companies=["坤泰"], status=None, status_text="落地落户", note="省重点项目；以企业简称作项目名；无金额"),
  proj("哈焊所", CZJ, A2, status=None, status_text="落地落户", note="省重点项目；以机构简称作项目名；无金额"),
  proj("欣盛", CZJ, A2, companies=["欣盛"], status=None, status_text="落地落户", note="省重点项目；以企业简称作项目名；无金额"),
 ],
 aggregate_facts=[
  fact(CZJ, "park", "projects_signed", 32, "count", A3, AS1, note="产业项目，现场集中签约"),
  fact(CZJ, "park", "signed_investment_cny", 2.29e10, "cny", A3, AS1, chk=True),
  fact(CZJ, "park", "projects_signed_over_5bn", 1, "count", A4, AS1, qual="超", qtext="超", opt=True),
  fact(CZJ, "park", "projects_signed_over_3bn", 2, "count", A4, AS1, qual="超", qtext="超", opt=True),
  fact(CZJ, "park", "projects_signed_over_1bn", 6, "count", A4, AS1, qual="超", qtext="超", opt=True),
  fact(CZJ, "park", "industrial_output_above_scale_cny", 2e11, "cny", A1, AS1Y, qual="超", qtext="迈上", chk=True),
  fact(CZJ, "park", "invoiced_sales_cny", 2e11, "cny", A1, AS1Y, qual="超", qtext="迈上", chk=True, note="工业开票销售收入"),
  fact(CZJ, "park", "gdp_five_year_increase", 2e10, "cny", "常州经开区地区生产总值五年增长200亿", AS1Y, opt=True, note="原文“200亿”无“元”字"),
  fact(CZJ, "park", "firms_tax_over_10m", 100, "count", "入库税收超千万元企业数实现“破百”", AS1Y, qual="超", qtext="破百", opt=True),
  fact(CZJ, "park", "provincial_rank", 9, "rank", "在全省省级经济开发区综合排名中,常州经开区已跻身至第9位", AS1Y),
  fact(CZJ, "park", "projects_signed_over_10bn_5y", 1, "count", A2, AS1Y, qual="超", qtext="超", opt=True, note="五年来签约超百亿元项目"),
  fact(CZJ, "park", "projects_signed_over_5bn_5y", 4, "count", A2, AS1Y, qual="超", qtext="超", opt=True),
  fact(CZJ, "park", "projects_signed_over_3bn_5y", 6, "count", A2, AS1Y, qual="超", qtext="超", opt=True),
  fact(CZJ, "park", "units_awarded", 12, "count", A5, AS1, opt=True),
 ])

# ---------------------------------------------------------------- xj02 常州高新区 半年度 (新浪江苏 2020)
CZG = "常州高新区"
B0 = "7月21日,北京联东投资(集团)有限公司与常州高新区签署两份投资协议,分别建设联东U谷·常州国际智慧谷和联东U谷·常州空港智能智造科技园,总投资30亿元"
B1 = "至此,常州高新区今年已引进“1231”重大项目8个,超额完成了全年重大项目招引目标"
B2 = "上半年全区实现规上工业总产值1109.3亿元,同比增长1.1%,由负转正"
B3 = "其中规上工业民营企业实现产值563.3亿元,同比增长4.9%"
B4 = "440家战略性新兴产业企业实现规上工业总产值548亿元,占规上工业比重49.4%,列全市第一位"
B5 = "“两特三新”产业实现规上工业总产值468.3亿元,同比增长2.4%"
ASH = "2020年上半年"
G["xj02"] = dict(
 article=art("高新区召开重点项目推进会暨半年度经济运行分析会", "新浪江苏（新浪常州，jiangsu.sina.cn；存段无署名、原发媒体未注明）", "2020-07-27", "day",
  "Portal's city channel, Jiangsu: a national high-tech zone's mid-year review — two park projects signed by a developer with their combined investment, major projects attracted this year, half-year industrial output and growth by segment",
  "https://jiangsu.sina.cn/cz/2020-07-27/detail-iivhvpwx7654307.d.html",
  "日期取网址 2020-07-27（文中会议日7月24日）。标题照录（页面标题“高新区召开…”，摘要中作“常州高新区召开…”）；频道名、“关注”等按钮行与“摘要:…”行已删。存段在第二个特点“二是需求持续回升”之下“实现社会消费品零售总额1”处中断；该段与其小标题整段删去（make_txt.py ITEMS），正文截至“…服务业稳步复苏,农业总体平稳。”，含“据统计分析看,…四个特点:”与小标题“一是生产加快复苏”，共六段。园区：常州高新区（常州，江苏；文中又作“全区”“区”；国家级高新区，文中未说级别，kind 记高新区）。项目：联东U谷·常州国际智慧谷、联东U谷·常州空港智能智造科技园——北京联东投资(集团)有限公司与常州高新区签署投资协议 → 签约，园区常州高新区；“总投资30亿元”为两项合计，记为事实、不分摊。公司：北京联东投资(集团)有限公司（投资方，园区 null）。事实：今年已引进“1231”重大项目8个（cumulative）；上半年规上工业总产值1109.3亿元、增长1.1%；民营企业产值563.3亿元、增长4.9%；440家战新企业产值548亿元、占比49.4%；“两特三新”产值468.3亿元、增长2.4%。“10项主要经济指标中,有7项实现正增长”等名次不计。",
  "xj02"),
 parks=[
  park(CZG, "常州", "江苏", "高新区", B0, note="文中又作“全区”；标题作“高新区”"),
  park("联东U谷·常州国际智慧谷", "常州", "江苏", "产业园（在建载体）", B0, parent=CZG, opt=True, note="签约建设的产业园区项目"),
  park("联东U谷·常州空港智能智造科技园", "常州", "江苏", "产业园（在建载体）", B0, parent=CZG, opt=True, note="同上"),
 ],
 companies=[
  comp("北京联东投资(集团)有限公司", None, B0, note="投资方（北京），园区 null"),
 ],
 projects=[
  proj("联东U谷·常州国际智慧谷", CZG, B0, companies=["北京联东投资(集团)有限公司"], status="签约", status_text="签署两份投资协议",
       note="两项合计总投资30亿元（记为事实，不分摊）；主导产业新一代信息人工智能、智能智造、智慧能源"),
  proj("联东U谷·常州空港智能智造科技园", CZG, B0, companies=["北京联东投资(集团)有限公司"], status="签约", status_text="签署两份投资协议",
       note="同上；主导产业汽车零部件、电子信息、智能制造、航空装备"),
 ],
 aggregate_facts=[
  fact(CZG, "park", "signed_investment_cny", 3e9, "cny", B0, "2020年7月21日（联东U谷两份投资协议）", chk=True, note="两项合计"),
  fact(CZG, "park", "projects_introduced", 8, "count", B1, "2020年1月至7月21日", kind="cumulative", note="“1231”重大项目"),
  fact(CZG, "park", "industrial_output_above_scale_cny", 1.1093e11, "cny", B2, ASH, chk=True),
  fact(CZG, "park", "industrial_output_above_scale_yoy_growth", 0.011, "ratio", B2, ASH, kind="ratio"),
  fact(CZG, "park", "private_firms_output_cny", 5.633e10, "cny", B3, ASH, chk=True, opt=True),
  fact(CZG, "park", "private_firms_output_yoy_growth", 0.049, "ratio", B3, ASH, kind="ratio", opt=True),
  fact(CZG, "park", "strategic_emerging_firms", 440, "count", B4, ASH, opt=True),
  fact(CZG, "park", "strategic_emerging_output_cny", 5.48e10, "cny", "440家战略性新兴产业企业实现规上工业总产值548亿元", ASH, chk=True),
  fact(CZG, "park", "strategic_emerging_output_share", 0.494, "ratio", B4, ASH, kind="ratio"),
  fact(CZG, "park", "leading_industries_output_cny", 4.683e10, "cny", B5, ASH, chk=True, opt=True, note="“两特三新”产业"),
  fact(CZG, "park", "leading_industries_output_yoy_growth", 0.024, "ratio", B5, ASH, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xj03 嘉兴经开区 3个项目入选省重大产业项目 (嘉兴日报 2021)
JXJ = "嘉兴经开区"
C0 = "第一批共安排169个项目纳入省重大产业项目库,嘉兴经开区3个项目入选"
C1 = "采埃孚传动技术(嘉兴)有限公司关于年产15000根低地板大型客车专用车桥及其他汽车零部件制造项目、浙江方圆电气设备检测有限公司电工电器特殊应用环境可靠性试验检测项目列入实施类项目"
C2 = "上进电缆(嘉兴)股份有限公司高端电线电缆项目列入预选类项目"
C3 = "这3个项目总用地面积共210亩,固定资产投资达17.5亿元"
C4 = "投产后可年产低地板大型客车专用车桥15000根,年产商用车驱动电机10000台"
AS3 = "2021年9月（2021年第一批省重大产业项目名单）"
G["xj03"] = dict(
 article=art("2021年第一批省重大产业项目发布 嘉兴经开区3个项目入选", "嘉兴日报（谢心海），载于 scimall.org.cn（科普中国·科技工作者之家一类站点）", "2021-09-01", "day",
  "City daily relayed by a science portal, Zhejiang: a national economic-technological development zone's three projects on the province's major-industrial-project list — firms, project names, list category, combined land and fixed-asset investment, one firm's capacity",
  "https://www.scimall.org.cn/article/detail?id=5929449",
  "日期取页面署名行“谢心海 2021-09-01”，该行与文末“来源:嘉兴日报”已删。标题照录。正文三段，完整。园区：嘉兴经开区（嘉兴，浙江；文中又作“经开区”；国家级经济技术开发区，文中未说级别，kind 记经济技术开发区）。项目（均在嘉兴经开区）：采埃孚传动技术(嘉兴)有限公司“年产15000根低地板大型客车专用车桥及其他汽车零部件制造项目”、浙江方圆电气设备检测有限公司“电工电器特殊应用环境可靠性试验检测项目”（列入实施类项目）、上进电缆(嘉兴)股份有限公司“高端电线电缆项目”（列入预选类项目）——名单类别不是项目阶段，status 记 null（status_text 留原词）；项目名取“…项目”部分，带公司前缀的全称作别名（原文“…有限公司关于年产…”中的“关于”不入名）。无单项金额；“3个项目总用地面积共210亩,固定资产投资达17.5亿元”为三项合计，记为开发区事实。公司：三家均在园。事实：入选3个（省第一批共169个，可选，主体浙江省）；采埃孚投产后车桥15000根、驱动电机10000台年产能（预期，可选）。机构：省发展改革委、省自然资源厅（可选）。",
  "xj03"),
 parks=[
  park(JXJ, "嘉兴", "浙江", "经济技术开发区", C0, note="文中又作“经开区”"),
 ],
 companies=[
  comp("采埃孚传动技术(嘉兴)有限公司", JXJ, C1),
  comp("浙江方圆电气设备检测有限公司", JXJ, C1),
  comp("上进电缆(嘉兴)股份有限公司", JXJ, C2),
 ],
 institutions=[
  inst("省发展改革委", "近日,省发展改革委和省自然资源厅联合下发了", note="浙江省发展和改革委员会（文中简称）"),
  inst("省自然资源厅", "近日,省发展改革委和省自然资源厅联合下发了", note="浙江省自然资源厅（文中简称）"),
 ],
 projects=[
  proj("年产15000根低地板大型客车专用车桥及其他汽车零部件制造项目", JXJ, C1, companies=["采埃孚传动技术(嘉兴)有限公司"],
       status=None, status_text="列入实施类项目",
       aliases=["采埃孚传动技术(嘉兴)有限公司关于年产15000根低地板大型客车专用车桥及其他汽车零部件制造项目"],
       note="2021年浙江省重大产业项目（第一批）实施类；无单项金额"),
  proj("电工电器特殊应用环境可靠性试验检测项目", JXJ, C1, companies=["浙江方圆电气设备检测有限公司"],
       status=None, status_text="列入实施类项目",
       aliases=["浙江方圆电气设备检测有限公司电工电器特殊应用环境可靠性试验检测项目"],
       note="同上，实施类"),
  proj("高端电线电缆项目", JXJ, C2, companies=["上进电缆(嘉兴)股份有限公司"], status=None, status_text="列入预选类项目",
       aliases=["上进电缆(嘉兴)股份有限公司高端电线电缆项目"], note="同上，预选类"),
 ],
 aggregate_facts=[
  fact(JXJ, "park", "provincial_key_projects", 3, "count", C0, AS3, note="入选2021年第一批省重大产业项目"),
  fact(JXJ, "park", "provincial_key_projects_site_area_mu", 210, "mu", C3, AS3, note="三项合计"),
  fact(JXJ, "park", "provincial_key_projects_investment_cny", 1.75e9, "cny", C3, AS3, chk=True, note="三项合计固定资产投资"),
  fact("浙江省", "region", "provincial_key_projects", 169, "count", C0, AS3, opt=True),
  fact("采埃孚传动技术(嘉兴)有限公司", "company", "expected_annual_capacity_units", 15000, "units", C4, "投产后（预期）", kind="target", opt=True, note="低地板大型客车专用车桥（根）"),
  fact("采埃孚传动技术(嘉兴)有限公司", "company", "expected_annual_capacity_units", 10000, "units", C4, "投产后（预期）", kind="target", opt=True, note="商用车驱动电机（台）"),
 ])

# ---------------------------------------------------------------- xj04 嘉善县开发区 (浙江省科技厅 / 嘉兴市科技局 2012)
JS = "嘉善县开发区"
D0 = "今年以来,嘉善县开发区围绕大项目和特色产业园区建设,推动了一批重大项目的开工和早日竣工,为开发区全年实现规模以上工业企业产值超过300亿元的目标打好了基础"
D1 = "目前开发区正在推进的项目有79个,已经完工或投产的50个"
D2 = "1到5月,该县开发区共完成工业投入17.08亿元,同比增长近17%"
D3 = "浙江爱仕达生活电器有限公司新厂区,是上市公司浙江爱仕达电器股份有限公司的募投项目,总投资为7.8亿元"
D4 = "县开发区还牵线搭桥,帮助爱仕达生活电器租赁了3万平方米的厂房,使公司在去年11月份就实现了投产,今年预计产值可以达到4亿元"
D5 = "不仅是爱仕达生活电器,博洋物流、晋亿物流、华瑞赛晶、众成包装等上市公司募投项目都从中受益"
D6 = "目前,众成包装和华瑞赛晶的新厂房正在结顶,预计两个项目最快可以在年底前投产"
D7 = "这4个特色产业园区就是精迪敏科技产业园、嘉善创园科技产业园、嘉善鼎阳创新科技产业园和吴镇国际文化创意产业园"
D8 = "6月9日,精迪敏科技产业园将正式开工建设,计划年底全部土建竣工"
D9 = "嘉善创园科技产业园、嘉善鼎阳创新科技产业园等也有望在9月份前开工"
AS4 = "2012年6月"
G["xj04"] = dict(
 article=art("（无标题）嘉善县开发区推进重大项目和特色产业园区建设", "浙江省科技厅（作者:嘉兴市科技局），载于 qhjssc.cn（青海技术市场转载）", "2012-06-27", "day",
  "Provincial science department's news item relayed by a technology-market site, Zhejiang: a county development zone's projects — projects in progress and completed, Jan–May industrial investment, a listed firm's new plant with investment and expected output, other listed firms' plants topping out, four specialised parks to start",
  "http://www.qhjssc.cn/zixun/30/30912.html",
  "存段无标题（title 为编者概括）。日期取转载页“发布日期:2012-06-27”；正文“6月9日,精迪敏科技产业园将正式开工建设”说明原稿写于2012年6月9日前，转载日为6月27日。“信息来源…浏览量”行、文末“(来源:浙江省科技厅 作者:嘉兴市科技局)”与版权行已删。正文三段，完整。园区：嘉善县开发区（嘉兴市嘉善县，浙江；文中又作“开发区”“县开发区”“该县开发区”；kind 记开发区）；四个特色产业园（精迪敏科技产业园、嘉善创园科技产业园、嘉善鼎阳创新科技产业园、吴镇国际文化创意产业园）——“在开发区内打造特色专业园区”，parent 记嘉善县开发区。项目：浙江爱仕达生活电器有限公司新厂区（总投资7.8亿元；文中未说新厂区阶段——“建成后将成为…”，status null；公司去年11月已在租赁厂房投产）；众成包装、华瑞赛晶新厂房（正在结顶 → 在建；项目名为编者拼合，可选）；精迪敏科技产业园（“将正式开工建设” → planned）、嘉善创园科技产业园、嘉善鼎阳创新科技产业园（“有望在9月份前开工” → planned，可选）。公司：浙江爱仕达生活电器有限公司（文中又作“爱仕达生活电器”）、浙江爱仕达电器股份有限公司（上市母公司；文中又作“爱仕达股份公司”）、众成包装、华瑞赛晶在园；博洋物流、晋亿物流只作“受益”的上市公司募投项目，可选。事实：全年规上工业产值超300亿元为目标（target，超）；正在推进项目79个、已完工或投产50个（截至目前，cumulative）；1到5月工业投入17.08亿元、增长近17%（约）；爱仕达生活电器今年预计产值4亿元（target）。",
  "xj04"),
 parks=[
  park(JS, "嘉兴", "浙江", "开发区", D0, district="嘉善县", note="文中又作“开发区”“县开发区”“该县开发区”"),
  park("精迪敏科技产业园", "嘉兴", "浙江", "特色产业园", D7, district="嘉善县", parent=JS),
  park("嘉善创园科技产业园", "嘉兴", "浙江", "特色产业园", D7, district="嘉善县", parent=JS),
  park("嘉善鼎阳创新科技产业园", "嘉兴", "浙江", "特色产业园", D7, district="嘉善县", parent=JS),
  park("吴镇国际文化创意产业园", "嘉兴", "浙江", "特色产业园（文化创意）", D7, district="嘉善县", parent=JS),
 ],
 companies=[
  comp("浙江爱仕达生活电器有限公司", JS, D3, aliases=["爱仕达生活电器"], note="新厂区为上市母公司募投项目"),
  comp("浙江爱仕达电器股份有限公司", None, D3, aliases=["爱仕达股份公司"], note="上市母公司；园区未说"),
  comp("众成包装", JS, D6, note="上市公司募投项目，新厂房正在结顶"),
  comp("华瑞赛晶", JS, D6, note="同上"),
  comp("博洋物流", JS, D5, opt=True, note="上市公司募投项目“从中受益”"),
  comp("晋亿物流", JS, D5, opt=True, note="同上"),
 ],
 projects=[
  proj("浙江爱仕达生活电器有限公司新厂区", JS, D3, companies=["浙江爱仕达生活电器有限公司", "浙江爱仕达电器股份有限公司"], inv="总投资为7.8亿元",
       status=None, note="上市公司募投项目；建成后为小家电制造基地；阶段未说"),
  proj("众成包装新厂房", JS, D6, companies=["众成包装"], status="在建", status_text="新厂房正在结顶", opt=True, note="名称为编者拼合；预计最快年底前投产"),
  proj("华瑞赛晶新厂房", JS, D6, companies=["华瑞赛晶"], status="在建", status_text="新厂房正在结顶", opt=True, note="同上"),
  proj("精迪敏科技产业园", JS, D8, status="planned", status_text="6月9日…将正式开工建设", note="计划年底全部土建竣工；亦列为园区"),
  proj("嘉善创园科技产业园", JS, D9, status="planned", status_text="有望在9月份前开工", opt=True, note="亦列为园区"),
  proj("嘉善鼎阳创新科技产业园", JS, D9, status="planned", status_text="有望在9月份前开工", opt=True, note="亦列为园区"),
 ],
 aggregate_facts=[
  fact(JS, "park", "industrial_output_above_scale_cny", 3e10, "cny", D0, "2012年全年（目标）", kind="target", qual="超", qtext="超过", chk=True),
  fact(JS, "park", "projects_in_progress", 79, "count", D1, AS4, kind="cumulative"),
  fact(JS, "park", "projects_completed_or_in_production", 50, "count", D1, AS4, kind="cumulative"),
  fact(JS, "park", "industrial_investment_cny", 1.708e9, "cny", D2, "2012年1—5月", chk=True),
  fact(JS, "park", "industrial_investment_yoy_growth", 0.17, "ratio", D2, "2012年1—5月", kind="ratio", qual="约", qtext="近"),
  fact(JS, "park", "specialised_parks", 4, "count", "今年的4个特色专业园区将全面启动", "2012年（计划）", kind="target", opt=True),
  fact("浙江爱仕达生活电器有限公司", "company", "expected_annual_output_cny", 4e8, "cny", D4, "2012年全年（预计）", kind="target", chk=True),
  fact("浙江爱仕达生活电器有限公司", "company", "leased_floor_area_m2", 3e4, "m2", D4, "2011年11月起", opt=True),
 ])

# ---------------------------------------------------------------- xj05 无锡高新区 前三季度 (无锡日报 via investchn 2021)
WXG = "无锡高新区"
E0 = "10月25日,无锡高新区(新吴区)统计局发布最新数据显示,前三季度,全区地区生产总值完成1639.85亿元,同比增长13.5%"
E1 = "全区规模以上工业增加值在前8个月就一举突破千亿元,实现1055.74亿元,到三季度达到1198.95亿元"
E2 = "前三季度,全区规上工业产值4091.64亿元,同比增长24.1%"
E3 = "全区规上高技术产业前三季度实现产值2113.55亿元,同比增长18.9%"
E4 = "工业战略性新兴产业总产值占规上工业总产值比重达到58.5%,较2020年底提升8.8个百分点"
E5 = "预计全年规上工业增加值将攀升到1400亿元左右"
E6 = "其中,电气机械和器材制造业、专用设备制造业分别同比增长60.6%、57.8%"
E7 = "集成电路、软件和信息技术服务业、大数据产业产值三季度分别同比增长20%、25%和18%"
AS5 = "2021年前三季度"
G["xj05"] = dict(
 article=art("高新区规上工业增加值破千亿元", "无锡日报，载于 investchn.com（中国投资指南网“开发区新闻”栏；存段无署名）", "2021-10-26", "day",
  "City daily relayed by an investment-promotion portal, Jiangsu: a national high-tech zone's Jan–Sep figures — GDP, above-scale industrial value added and output with growth, sector growth, high-tech output, strategic-emerging share, expected full-year value added",
  "https://investchn.com/index.php/home/news/detail/id/214769.html",
  "日期取页面“发布时间:2021-10-26 来源:无锡日报”（文中统计发布日10月25日）。标题照录；站名标语、位置行与“发布时间…发布开发区:无锡国家高新技术产业开发区”行已删（该行中的全称不在正文）。存段在末段“…利润同比增长19.3%,电子信息、电气机械”处中断，该残句（自“与之相呼应的是”起）已删（make_txt.py LINE_SUFFIX），正文截至“…攀升到1400亿元左右。”，共三段。园区：无锡高新区（无锡，江苏；文中“无锡高新区(新吴区)”，district 新吴区；又作“高新区”“全区”“该区”；kind 记高新区）。事实（as_of 2021年前三季度）：GDP 1639.85亿元、增长13.5%；规上工业增加值1198.95亿元（前8个月1055.74亿元，可选）；规上工业产值4091.64亿元、增长24.1%；规上高技术产业产值2113.55亿元、增长18.9%；工业战新产业产值占比58.5%；行业增速（可选）。“预计全年规上工业增加值将攀升到1400亿元左右”为 target（约）。统计局（无锡高新区(新吴区)统计局）列可选机构；工信局不列。",
  "xj05"),
 parks=[
  park(WXG, "无锡", "江苏", "高新区", E0, district="新吴区", note="文中“无锡高新区(新吴区)”；又作“高新区”“全区”"),
 ],
 institutions=[
  inst("无锡高新区(新吴区)统计局", E0, note="发布数据的统计局"),
 ],
 projects=[],
 aggregate_facts=[
  fact(WXG, "park", "gdp_cny", 1.63985e11, "cny", E0, AS5, chk=True),
  fact(WXG, "park", "gdp_yoy_growth", 0.135, "ratio", E0, AS5, kind="ratio"),
  fact(WXG, "park", "above_scale_industrial_value_added_cny", 1.1989500000000001e11, "cny", "到三季度达到1198.95亿元", AS5, chk=True),
  fact(WXG, "park", "above_scale_industrial_value_added_cny", 1.0557400000000002e11, "cny", "实现1055.74亿元", "2021年1—8月", chk=True, opt=True),
  fact(WXG, "park", "industrial_output_above_scale_cny", 4.09164e11, "cny", E2, AS5, chk=True),
  fact(WXG, "park", "industrial_output_above_scale_yoy_growth", 0.241, "ratio", E2, AS5, kind="ratio"),
  fact(WXG, "park", "high_tech_output_cny", 2.11355e11, "cny", E3, AS5, chk=True),
  fact(WXG, "park", "high_tech_output_yoy_growth", 0.189, "ratio", E3, AS5, kind="ratio"),
  fact(WXG, "park", "strategic_emerging_output_share", 0.585, "ratio", E4, AS5, kind="ratio"),
  fact(WXG, "park", "above_scale_industrial_value_added_cny", 1.4e11, "cny", E5, "2021年全年（预计）", kind="target", qual="约", qtext="左右", chk=True),
  fact(WXG, "park", "electrical_machinery_output_yoy_growth", 0.606, "ratio", E6, AS5, kind="ratio", opt=True),
  fact(WXG, "park", "special_equipment_output_yoy_growth", 0.578, "ratio", E6, AS5, kind="ratio", opt=True),
  fact(WXG, "park", "integrated_circuit_output_yoy_growth", 0.20, "ratio", E7, "2021年第三季度", kind="ratio", opt=True),
  fact(WXG, "park", "above_scale_industry_sectors_growing", 27, "count", "全区29个工业大类行业中,27个行业产值实现正增长", AS5, opt=True),
 ])

# ---------------------------------------------------------------- xj06 江宁区15个重大项目集中签约 (江宁区人民政府 via investchn 2021)
JN = "江宁开发区"
F0 = "10月13日,2021中国南京金秋经贸洽谈会重大项目集中签约仪式在南京国际博览会议中心举行,江宁区共有15个项目参加集中签约,总投资1073.4亿元"
F1 = "其中,内资项目13个,总投资1030亿元;外资项目2个,总投资6.2亿美元"
F2 = "其中,落户江宁开发区的某省属国企项目,主要投资推进省内城际铁路项目建设和运营管理工作"
F3 = "投资10亿元的华能清洁能源智链科技产业园项目落户麒麟科创园"
F4 = "投资30亿元的南京机器人产业园项目落户江宁高新区"
F5 = "投资30亿元的华能微电网项目落户滨江开发区"
AS6 = "2021年10月13日（金洽会集中签约）"
G["xj06"] = dict(
 article=art("江宁区15个重大项目在市“金洽会”集中签约", "江宁区人民政府，载于 investchn.com（中国投资指南网“开发区新闻”栏）", "2021-10-15", "day",
  "District government's news relayed by an investment-promotion portal, Jiangsu: a district's 15 projects signed at the city's autumn trade fair — totals for domestic and foreign projects, four projects placed in four zones, three with amounts",
  "https://investchn.com/home/news/detail/id/212529.html",
  "日期取页面“发布时间:2021-10-15 来源:江宁区人民政府”（签约日10月13日）；该行（含“发布开发区:江宁经济技术开发区”）已删。标题照录。正文三段；存段在一整句后结束，原文其后或有续文（未见）。园区：江宁开发区（南京市江宁区，江苏；kind 记经济技术开发区——全称只在已删的站点栏目行）、麒麟科创园、江宁高新区、滨江开发区（均在江宁区；各自独立，不设母园区）。项目：华能清洁能源智链科技产业园项目（投资10亿元，麒麟科创园）、南京机器人产业园项目（投资30亿元，江宁高新区）、华能微电网项目（投资30亿元，滨江开发区）——均为集中签约项目 → 签约（“落户”只说地点）；“某省属国企项目”（江宁开发区）无名称，列可选。15个项目的计数与总投资归江宁区（region）；外资2个总投资6.2亿美元记 usd。",
  "xj06"),
 parks=[
  park(JN, "南京", "江苏", "经济技术开发区", F2, district="江宁区"),
  park("麒麟科创园", "南京", "江苏", "科创园", F3, district="江宁区"),
  park("江宁高新区", "南京", "江苏", "高新区", F4, district="江宁区"),
  park("滨江开发区", "南京", "江苏", "开发区", F5, district="江宁区", note="江宁滨江经济开发区（文中简称）"),
 ],
 companies=[],
 projects=[
  proj("华能清洁能源智链科技产业园项目", "麒麟科创园", F3, inv="投资10亿元", status="签约", status_text="集中签约",
       note="信创基础软件、高端工业软件研发"),
  proj("南京机器人产业园项目", "江宁高新区", F4, inv="投资30亿元", status="签约", status_text="集中签约"),
  proj("华能微电网项目", "滨江开发区", F5, inv="投资30亿元", status="签约", status_text="集中签约", note="预计2年后全面达产"),
  proj("某省属国企项目", JN, F2, status="签约", status_text="集中签约", opt=True, note="无名称；城际铁路建设运营"),
 ],
 aggregate_facts=[
  fact("江宁区", "region", "projects_signed", 15, "count", F0, AS6),
  fact("江宁区", "region", "signed_investment_cny", 1.0734e11, "cny", F0, AS6, chk=True),
  fact("江宁区", "region", "domestic_projects_signed", 13, "count", F1, AS6, opt=True),
  fact("江宁区", "region", "domestic_signed_investment_cny", 1.03e11, "cny", "内资项目13个,总投资1030亿元", AS6, chk=True, opt=True),
  fact("江宁区", "region", "foreign_projects_signed", 2, "count", F1, AS6, opt=True),
  fact("江宁区", "region", "foreign_signed_investment_usd", 6.2e8, "usd", "外资项目2个,总投资6.2亿美元", AS6, opt=True),
 ])

# ---------------------------------------------------------------- xj07 江宁开发区 开工率达75.8% (南京晨报 2022)
G0 = "截至目前,园区62个重大项目开工47个,开工率达75.8%,完成投资58亿元,均达到序时进度"
G1 = "位于江宁开发区的紫金山科技城项目,C楼室内装饰和机电安装同步进行,F楼楼层混凝土浇筑完成,G、H楼周边场地硬化,完成开工手续办理"
G2 = "“项目总投资7.96亿元,项目预计2022年底建成投产。”在位于江宁开发区正方中路的南京迈瑞研发生产基地外科产品制造中心建设项目施工现场"
G3 = "该项目具备年产外科手术设备15000余套的能力,年产值3亿元"
G4 = "江苏铁路项目目前正处于基础建设时期,占地20亩,项目计划2023年12月竣工投产,可解决就业人数约为2000人"
G5 = "据了解,今年江宁开发区共列入省、市、区重大项目62个,总投资842.77亿元,年度计划投资223.54亿元"
G6 = "其中,32个省、市重大项目已开工22个,开工率68.8%;完成投资43.68亿元,占年度计划26%"
MR = "南京迈瑞研发生产基地外科产品制造中心建设项目"
AS7 = "2022年4月（截至目前）"
G["xj07"] = dict(
 article=art("开工率达75.8%!江宁开发区稳步推进重大项目建设", "南京晨报（通讯员 毛欣悦 南京晨报/爱南京记者 端木），载于 sociology.dcgqt.com（页眉“廊坊新闻网”，转载）", "2022-04-19", "day",
  "Morning paper relayed by an aggregator, Jiangsu: a national development zone's spring progress on major projects — counts started, start rate, investment completed, the year's list with total and annual plan, three named projects under construction with amount, capacity and completion plans",
  "http://sociology.dcgqt.com/sociology/2022/0419/109684.html",
  "日期取页面“2022-04-19 09:42:58 来源:南京晨报”。标题照录；页眉“廊坊新闻网-主流媒体,廊坊城市门户”、日期来源行与文末“关键词:…”行已删；署名括注在正文末，保留。正文三段，完整。园区：江宁开发区（南京市江宁区，江苏；文中又作“园区”；kind 记经济技术开发区）。项目（均在江宁开发区）：紫金山科技城项目（各楼装修、浇筑、场地硬化 → 在建；无金额）；南京迈瑞研发生产基地外科产品制造中心建设项目——引语“项目总投资7.96亿元,项目预计2022年底建成投产。”出自其后“在…南京迈瑞…建设项目施工现场,相关项目负责人表示”，金额归迈瑞项目（施工现场 → 在建）；江苏铁路项目（正处于基础建设时期 → 在建；计划2023年12月竣工投产）。公司：文中无完整企业名（“南京迈瑞”只在项目名中），不列。事实：62个重大项目开工47个、开工率75.8%、完成投资58亿元（截至目前，cumulative）；全年列入62个、总投资842.77亿元、年度计划投资223.54亿元（计划，target）；省市重大项目32个开工22个、开工率68.8%、完成投资43.68亿元（可选）；迈瑞项目年产外科手术设备15000余套、年产值3亿元（预期，target）；江苏铁路项目占地20亩、就业约2000人（可选）。",
  "xj07"),
 parks=[
  park(JN, "南京", "江苏", "经济技术开发区", "今年以来,江宁开发区在做好疫情防控的同时,持续发力、靠前服务", district="江宁区", note="文中又作“园区”"),
 ],
 companies=[],
 projects=[
  proj("紫金山科技城项目", JN, G1, status="在建", status_text="C楼室内装饰和机电安装同步进行", note="无金额"),
  proj(MR, JN, G2, inv="项目总投资7.96亿元", status="在建", status_text="建设项目施工现场",
       note="金额出自引语，归属见其后“在…施工现场,相关项目负责人表示”；预计2022年底建成投产"),
  proj("江苏铁路项目", JN, G4, status="在建", status_text="正处于基础建设时期", note="计划2023年12月竣工投产"),
 ],
 aggregate_facts=[
  fact(JN, "park", "major_projects_listed", 62, "count", G5, "2022年"),
  fact(JN, "park", "projects_started", 47, "count", G0, AS7, kind="cumulative", note="62个重大项目中已开工"),
  fact(JN, "park", "projects_start_rate", 0.758, "ratio", G0, AS7, kind="ratio"),
  fact(JN, "park", "investment_completed_cny", 5.8e9, "cny", "完成投资58亿元", AS7, kind="cumulative", chk=True),
  fact(JN, "park", "major_projects_total_investment_cny", 8.4277e10, "cny", "总投资842.77亿元", "2022年", chk=True),
  fact(JN, "park", "planned_annual_investment_cny", 2.2354e10, "cny", "年度计划投资223.54亿元", "2022年（计划）", kind="target", chk=True),
  fact(JN, "park", "provincial_municipal_key_projects", 32, "count", G6, AS7, opt=True),
  fact(JN, "park", "provincial_municipal_key_projects_started", 22, "count", G6, AS7, kind="cumulative", opt=True),
  fact(JN, "park", "provincial_municipal_key_projects_start_rate", 0.688, "ratio", G6, AS7, kind="ratio", opt=True),
  fact(JN, "park", "provincial_municipal_key_projects_investment_completed_cny", 4.368e9, "cny", "完成投资43.68亿元", AS7, kind="cumulative", chk=True, opt=True),
  fact(MR, "project", "expected_annual_output_cny", 3e8, "cny", G3, "建成后（预期）", kind="target", chk=True),
  fact(MR, "project", "expected_annual_capacity_units", 15000, "units", G3, "建成后（预期）", kind="target", qual="余", qtext="余", opt=True, note="外科手术设备（套）"),
  fact("江苏铁路项目", "project", "site_area_mu", 20, "mu", G4, AS7, opt=True),
  fact("江苏铁路项目", "project", "expected_jobs", 2000, "count", G4, "建成后（预期）", kind="target", qual="约", qtext="约为", opt=True),
 ])

# ---------------------------------------------------------------- xj08 吴江开发区挺进全国第一方阵 (js.cnipai 2022)
WJ = "吴江开发区"
YL = "云梨路总部经济集聚区"
H0 = "近日,商务部公布2021年国家级经济技术开发区综合发展水平考核评价结果,在这场国家级经开区的“年度大考”中,吴江开发区交出一份精彩“答卷”,首次进入全国“第一方阵”,排名跃升至全国第29位"
H1 = "新批外资项目24个、增资项目20个、内资项目12个,云梨路总部经济集聚区签约落户佩莱、长城汽车等近10个总部项目,“崇本”人才项目评审落地100个"
H2 = "截至去年底,吴江开发区的34个区级重点项目年度预计完成投资146.7亿元,年度完成率114.6%"
H3 = "微康益生菌研究院、卡特彼勒三期、峻凌电子三期等项目已封顶"
H4 = "天瑞金二期完成竣工验收"
H5 = "国内单体最大的金刚玻璃异质结光伏项目正式启动"
H6 = "总投资1.2亿美元的群光电能扩产项目竣工投产"
H7 = "全年完成智能化改造和数字化转型项目366个,超额完成年初350个既定目标"
H8 = "截至目前,吴江开发区累计已有国家制造业单项冠军企业3家,国家级专精特新“小巨人”企业2家,省级专精特新“小巨人”企业23家,苏州市级“专精特新”示范企业14家"
AS8 = "2021年"
G["xj08"] = dict(
 article=art("江苏吴江开发区挺进全国第一方阵", "js.cnipai.com（中国产业经济信息网·江苏频道一类站点“新闻”栏；原发媒体与署名未注明）", "2022-02-08", "day",
  "Industry portal's provincial channel, Jiangsu: a national economic-technological development zone's 2021 review after the national ranking — projects approved, headquarters projects signed, key-project investment, named projects topped out, completed, started and in production, digital-retrofit projects, champion and listed firms",
  "https://js.cnipai.com/news/detail/295080.html",
  "日期取页面“2022 / 02/08 / 16:44”。标题照录；“江苏切换”“新闻”与日期行已删；引题“在国家级经开区的“年度大考”中,交出一份精彩“答卷”——”与小标题“项目为王,筑牢高质量发展“生命线””保留为段落。存段在末段“截至目前,吴江开发区已有A股上市企”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…接连在A股上市。”，共八段。园区：吴江开发区（苏州市吴江区，江苏；国家级经济技术开发区）；云梨路总部经济集聚区（开发区内，parent 吴江开发区）。项目（均在吴江开发区）：佩莱、长城汽车（总部项目，“签约落户” → 签约，园区云梨路总部经济集聚区；以企业名作项目名）；微康益生菌研究院、卡特彼勒三期、峻凌电子三期（已封顶 → 在建）；天瑞金二期（完成竣工验收 → 竣工）；金刚玻璃异质结光伏项目（正式启动 → 开工）；群光电能扩产项目（总投资1.2亿美元，竣工投产 → 投产；美元记 investment_value/currency）。公司：佩莱、长城汽车（在集聚区）；卡特彼勒、峻凌电子、金刚玻璃、群光电能只在项目名中（可选）。事实：全国第29位（2021年度考核）；新批外资项目24个、增资20个、内资12个；总部项目近10个（约）；“崇本”人才项目100个（可选）；34个区级重点项目年度预计完成投资146.7亿元、完成率114.6%（“预计” → target）；智改数转项目366个；单项冠军3家、国家级小巨人2家、省级23家、苏州市级14家（累计，cumulative）；2021年A股上市3家。",
  "xj08"),
 parks=[
  park(WJ, "苏州", "江苏", "国家级经济技术开发区", H0, district="吴江区", note="文中称“国家级经开区”"),
  park(YL, "苏州", "江苏", "总部经济集聚区", H1, district="吴江区", parent=WJ, note="开发区内的总部集聚区；母园区由语境推定"),
 ],
 companies=[
  comp("佩莱", YL, H1, note="总部项目签约落户"),
  comp("长城汽车", YL, H1, note="总部项目签约落户"),
  comp("卡特彼勒", WJ, H3, opt=True, note="只在项目名中"),
  comp("峻凌电子", WJ, H3, opt=True, note="只在项目名中"),
  comp("金刚玻璃", WJ, H5, opt=True, note="只在项目名中"),
  comp("群光电能", WJ, H6, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("商务部", H0, note="公布国家级经开区考核结果"),
 ],
 projects=[
  proj("佩莱", YL, H1, companies=["佩莱"], status="签约", status_text="签约落户", note="总部项目；以企业名作项目名"),
  proj("长城汽车", YL, H1, companies=["长城汽车"], status="签约", status_text="签约落户", note="总部项目；以企业名作项目名"),
  proj("微康益生菌研究院", WJ, H3, status="在建", status_text="已封顶"),
  proj("卡特彼勒三期", WJ, H3, companies=["卡特彼勒"], phase="三期", status="在建", status_text="已封顶"),
  proj("峻凌电子三期", WJ, H3, companies=["峻凌电子"], phase="三期", status="在建", status_text="已封顶"),
  proj("天瑞金二期", WJ, H4, phase="二期", status="竣工", status_text="完成竣工验收"),
  proj("金刚玻璃异质结光伏项目", WJ, H5, companies=["金刚玻璃"], status="开工", status_text="正式启动", note="国内单体最大"),
  proj("群光电能扩产项目", WJ, H6, companies=["群光电能"], inv="总投资1.2亿美元", currency="usd", value=1.2e8, status="投产", status_text="竣工投产"),
 ],
 aggregate_facts=[
  fact(WJ, "park", "national_rank", 29, "rank", H0, "2021年度（国家级经开区综合发展水平考核）"),
  fact(WJ, "park", "foreign_projects_approved", 24, "count", H1, AS8),
  fact(WJ, "park", "capital_increase_projects", 20, "count", H1, AS8, opt=True),
  fact(WJ, "park", "domestic_projects", 12, "count", H1, AS8, opt=True),
  fact(WJ, "park", "headquarters_projects_signed", 10, "count", H1, AS8, qual="约", qtext="近"),
  fact(WJ, "park", "talent_projects_landed", 100, "count", H1, AS8, opt=True),
  fact(WJ, "park", "key_projects", 34, "count", H2, AS8, opt=True, note="区级重点项目"),
  fact(WJ, "park", "investment_completed_cny", 1.467e10, "cny", H2, "2021年全年（预计）", kind="target", chk=True, note="34个区级重点项目年度预计完成投资"),
  fact(WJ, "park", "annual_plan_completion", 1.146, "ratio", H2, "2021年全年（预计）", kind="target", opt=True),
  fact(WJ, "park", "digital_retrofit_projects", 366, "count", H7, AS8),
  fact(WJ, "park", "single_champion_firms", 3, "count", H8, "2022年2月", kind="cumulative"),
  fact(WJ, "park", "national_specialized_sme_count", 2, "count", H8, "2022年2月", kind="cumulative", opt=True),
  fact(WJ, "park", "provincial_specialized_sme_count", 23, "count", H8, "2022年2月", kind="cumulative", opt=True),
  fact(WJ, "park", "new_listed_firms", 3, "count", "2021年,吴江开发区有3家企业接连在A股上市", AS8),
 ])

# ---------------------------------------------------------------- xj09 湖州市亿元项目“雨后春笋” (湖州日报 2013)
DQ = "德清经济开发区"
OS = "浙江欧诗漫珍珠生物产业园"
I0 = "眼下,位于德清经济开发区的浙江欧诗漫珍珠生物产业园已全面动工建设"
I1 = "这一总投资达6.8亿余元的项目,建成后每年可生产各类护肤品、保健品1亿盒,珍珠工艺品8000条"
I2 = "今年以来,我市“双十双百”项目有效推进,共有近280个亿元以上项目在建"
I3 = "位于安吉县的安工机械项目也是今年新开工的亿元以上“大好高”项目,该项目总投资达22亿元,投产后可年产25000台工程机械"
I4 = "该项目投产后年销售收入可达65亿元,利税超过3亿元"
I5 = "公司规划到2020年化妆品零售额将突破100亿元"
G["xj09"] = dict(
 article=art("湖州市亿元项目“雨后春笋”“机器换人”热情高涨", "湖州日报（费本静，通讯员 闵其微），载于 zj123.com（浙江企业网一类站点“资讯”栏）", "2013-08-26", "day",
  "City daily relayed by a business portal, Zhejiang: a city's projects over 100 million yuan — a cosmetics firm's park project in a county development zone with investment and capacity, a machinery project in a county with investment, progress and expected sales and profit-tax, the city's count of projects under way",
  "http://www.zj123.com/info/detail-d231396.htm",
  "日期取页面“时间:2013年08月26日 信息来源:湖州日报”，该作者行与站点菜单已删。标题照录。存段在末段引语“今年以来,每个月都有一批亿元以上项目开工新建,上个月有11个开工建设, 6月”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…利税超过3亿元。”，共四段；“生产线、 16条”“完成, 1号厂房”中的空格为原文。园区：德清经济开发区（湖州市德清县，浙江；文中只此一处）。项目：浙江欧诗漫珍珠生物产业园（德清经济开发区；“已全面动工建设” → 开工；“总投资达6.8亿余元”——“亿余元”非“数字+亿元”，investment_cny 留空、qualifier 余，同 real25 q04 / real39 的做法；第二段说它是“我市新投产的一个亿元项目”，与首段“全面动工建设”相抵，照录不改，状态依首段）；安工机械项目（安吉县，文中未说园区 → null；“今年新开工” → 开工；总投资22亿元；投产后年销售收入65亿元、利税超3亿元为预期 target）。公司：欧诗漫（文中只作“欧诗漫”，在德清经济开发区；可选——全称未出）。事实：湖州市近280个亿元以上项目在建（约，region）；欧诗漫项目年产护肤品、保健品1亿盒（预期，可选）；公司2020年化妆品零售额突破100亿元的规划（target，可选）。",
  "xj09"),
 parks=[
  park(DQ, "湖州", "浙江", "经济开发区", I0, district="德清县"),
 ],
 companies=[
  comp("欧诗漫", DQ, "“按照计划,项目一期工程将争取在9个月内完成!”欧诗漫一位负责人说", opt=True, note="全称未出；项目名中作“浙江欧诗漫”"),
 ],
 institutions=[
  inst("市经信委", "从市经信委获悉", note="湖州市经济和信息化委员会（文中简称）"),
 ],
 projects=[
  proj(OS, DQ, I0 + "," + "在施工现场,大片的土地已完成平整,桩机正在进行作业,六七十名工人顶着高温工作着……" + I1, companies=["欧诗漫"], inv="总投资达6.8亿余元", unparsed=True,
       qual="余", qual_text="余", status="开工", status_text="已全面动工建设", aliases=["欧诗漫珍珠生物产业园"],
       note="“6.8亿余元”：investment_cny 留空（非“数字+亿元”）；一期工程争取9个月内完成"),
  proj("安工机械项目", None, I3, inv="该项目总投资达22亿元", status="开工", status_text="今年新开工",
       note="安吉县，园区未说；填方基本完成、1号厂房承台已完成"),
 ],
 aggregate_facts=[
  fact("湖州市", "region", "projects_under_construction", 280, "count", I2, "2013年（今年以来）", kind="cumulative", qual="约", qtext="近", note="亿元以上项目在建"),
  fact(OS, "project", "expected_annual_capacity_units", 1e8, "units", I1, "建成后（预期）", kind="target", opt=True, note="护肤品、保健品（盒）"),
  fact("安工机械项目", "project", "expected_annual_capacity_units", 25000, "units", I3, "投产后（预期）", kind="target", opt=True, note="工程机械（台）"),
  fact("安工机械项目", "project", "expected_annual_sales_cny", 6.5e9, "cny", I4, "投产后（预期）", kind="target", chk=True),
  fact("安工机械项目", "project", "expected_annual_profit_tax_cny", 3e8, "cny", "利税超过3亿元", "投产后（预期）", kind="target", qual="超", qtext="超过", chk=True),
  fact("欧诗漫", "company", "planned_retail_sales_cny", 1e10, "cny", I5, "2020年（规划）", kind="target", qual="超", qtext="突破", chk=True, opt=True),
 ])
