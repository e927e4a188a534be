# real126 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a town or county is not a park). Status from the text's words
# (动工兴建 / 开工奠基 → 开工; 签约入驻 → 签约; 落户 alone → no status; 建成 / 新建 with a plan → planned only where the text
# says it is to be built). Plan targets (“到2020年”, “5年后”, “全部达产后”) are kind target. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/yrNN.raw as returned.

# ---------------------------------------------------------------- yr01 古龙产业园 signing (楚天都市报 2012)
GL = "古龙产业园"
A0 = "香港华润集团、浙江港湾石化公司等9家企业正式签约入驻武汉新港古龙产业园,协议投资总额78亿多元"
A1 = "香港华润集团将在古龙产业园投资36.3亿元,征地1200亩,建设食品冷藏加工物流园区"
A2 = "南华高速船舶股份有限公司将投资15亿元,建设船舶制造基地"
A3 = "地处新洲区双柳街境内的古龙产业园,规划面积32.4平方公里,是武汉新港十二大临港产业园之一"
G["yr01"] = dict(
 article=art("武汉新港新获78亿投资 9家企业入驻古龙产业园", "楚天都市报（记者夏宇 通讯员何少清），载于新华网地方联播湖北频道（xinhuanet.com/chinanews）", "2012-01-18", "day",
  "Metropolitan daily relayed by Xinhua's local channel, Hubei: nine firms sign to enter a port-side industrial park of 武汉新港 — total agreed investment, two named projects with investment, land, expected turnover / tax / output, the park's planned area and role",
  "http://www.xinhuanet.com/chinanews/2012-01/18/content_24563528.htm",
  "日期取页面“( 2012-01-18 10:09:25) 稿件来源:楚天都市报”；签约在“昨天”（2012-01-17）。标题照录；频道导航、时间来源行、“(编辑:彭湘荣)”“相关稿件”已删。正文三段，完整。园区：古龙产业园（文中又作“武汉新港古龙产业园”，地处武汉市新洲区双柳街；武汉新港十二大临港产业园之一）。“武汉新港”是港口/区域名，不列园区。项目：香港华润集团食品冷藏加工物流园区（36.3亿元，签约入驻→签约）；南华高速船舶股份有限公司船舶制造基地（15亿元，签约）。其余7个项目未具名。“协议投资总额78亿多元”→ 7.8e9、qualifier 余。年交易额、年纳税、年产值为项目建成后的预期（target，subject_type project）。",
  "yr01"),
 parks=[
  park(GL, "武汉", "湖北", "产业园", A3, district="新洲区", aliases=["武汉新港古龙产业园"], note="武汉新港十二大临港产业园之一；重型装备制造基地"),
 ],
 companies=[
  comp("香港华润集团", GL, A1, note="投资36.3亿元建设食品冷藏加工物流园区"),
  comp("浙江港湾石化公司", GL, A0, note="签约入驻的9家企业之一，项目未具体说明"),
  comp("南华高速船舶股份有限公司", GL, A2),
 ],
 projects=[
  proj("食品冷藏加工物流园区", GL, A1, companies=["香港华润集团"], inv="36.3亿元", status="签约", status_text="正式签约入驻",
       note="征地1200亩；建成运营后年交易额245亿元、年纳税近15亿元"),
  proj("船舶制造基地", GL, A2 + ",投产后年产高性能船舶、特种工程船、豪华游轮62艘", companies=["南华高速船舶股份有限公司"], inv="15亿元",
       status="签约", status_text="正式签约入驻", note="投产后年产值30亿元以上，可安置近3000人就业"),
 ],
 aggregate_facts=[
  fact(GL, "park", "projects_signed", 9, "count", A0, "2012-01-17"),
  fact(GL, "park", "signed_investment", 7.8e9, "cny", A0, "2012-01-17", qual="余", qtext="多", note="“78亿多元”不是“数字+亿元”，metric 不带 _cny（同 real6x “5亿多元” 的做法）"),
  fact(GL, "park", "planned_area_km2", 32.4, "km2", A3, "2012-01"),
  fact("食品冷藏加工物流园区", "project", "site_area_mu", 1200, "mu", A1, "2012-01", opt=True),
  fact("食品冷藏加工物流园区", "project", "expected_annual_turnover_cny", 2.45e10, "cny", "项目建成运营后,年交易额达245亿元", "建成运营后", kind="target", chk=True),
  fact("食品冷藏加工物流园区", "project", "expected_annual_tax_cny", 1.5e9, "cny", "年纳税额近15亿元", "建成运营后", kind="target", qual="约", qtext="近", chk=True),
  fact("船舶制造基地", "project", "expected_annual_output_cny", 3e9, "cny", "年产值30亿元以上", "投产后", kind="target", qual="超", qtext="以上", chk=True),
  fact("船舶制造基地", "project", "expected_jobs", 3000, "count", "可安置近3000人就业", "投产后", kind="target", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- yr02 新滩工业园 co-built (lgmi 2012)
XT = "新滩工业园"
WK = "武汉经济技术开发区"
B0 = "武汉经济技术开发区管委会与洪湖市人民政府签订合作协议,双方共建武汉经济技术开发区新滩工业园,重点发展汽车零部件制造业"
B1 = "新滩工业园位于洪湖市东端,自2007年开始建设,目前已有湖北联合方程式汽车磨擦材料公司等多家公司入驻"
B2 = "此次规划的首期共建区占地10平方公里,将重点发展汽车零部件、电子电器、精细化工等产业"
B3 = "武汉开发区与洪湖市共同组建新滩工业园开发投资有限公司,具体承担工业园建设任务"
B4 = "武汉开发区近200平方公里的现有管辖面积目前显得“捉襟见肘”"
B5 = "“目前明确新增投资项目有近20个。”"
B6 = "该产业园完全建成达产后,将成为武汉开发区的汽车产业的主要配套区,届时年产值将突破千亿元"
G["yr02"] = dict(
 article=art("（无标题）武汉经济技术开发区与洪湖市共建新滩工业园", "page.lgmi.com（转载页；原出处、署名未注明）", "2012-01-17", "day",
  "Relay page, Hubei: a national development zone and a county-level city sign to co-build an industrial park — planned first-phase area, a firm already in the park, a joint development company, revenue sharing, the zone's land shortage and new projects, the park's output target",
  "http://page.lgmi.com/html/201201/17/9373.htm",
  "日期取网址 201201/17（页面日期行不在存段中）；“今年两会期间”指2012年初湖北省两会。存段无标题（title 为编者概括），末尾表格竖线“ |”已删。正文六段，完整。园区：新滩工业园（全称“武汉经济技术开发区新滩工业园”，位于洪湖市东端，荆州市；parent 武汉经济技术开发区）；武汉经济技术开发区（又作“武汉开发区”“开发区”，国家级开发区，管辖近200平方公里）。公司：湖北联合方程式汽车磨擦材料公司（已入驻新滩工业园）；新滩工业园开发投资有限公司（双方共组的开发公司，park 新滩工业园）。无具名项目、无投资额。“年产值将突破千亿元”为园区建成达产后的目标（target，超）。“新增投资项目有近20个”属武汉开发区（约20，cumulative/当前）。",
  "yr02"),
 parks=[
  park(XT, "荆州", "湖北", "工业园", B1, district="洪湖市", parent=WK, aliases=["武汉经济技术开发区新滩工业园"], note="武汉经开区与洪湖市共建；首期共建区10平方公里"),
  park(WK, "武汉", "湖北", "经济技术开发区", B0, aliases=["武汉开发区"], note="国家级；文中多作“武汉开发区”"),
 ],
 companies=[
  comp("湖北联合方程式汽车磨擦材料公司", XT, B1),
  comp("新滩工业园开发投资有限公司", XT, B3, kind="developer", note="武汉开发区与洪湖市共同组建，承担工业园建设"),
 ],
 institutions=[
  inst("武汉经济技术开发区管委会", B0, park=WK, note="签约一方"),
  inst("洪湖市人民政府", B0, note="签约一方"),
 ],
 aggregate_facts=[
  fact(XT, "park", "planned_area_km2", 10, "km2", B2, "2012-01（首期共建区）", note="首期共建区规划面积"),
  fact(XT, "park", "expected_annual_output_cny", 1e11, "cny", B6, "完全建成达产后", kind="target", qual="超", qtext="突破", note="“千亿元”"),
  fact(WK, "park", "area_km2", 200, "km2", B4, "2012-01", qual="约", qtext="近", opt=True, note="现有管辖面积"),
  fact(WK, "park", "new_investment_projects", 20, "count", B5, "2012-01", qual="约", qtext="近", opt=True, note="明确新增投资项目"),
  fact("洪湖市", "county", "auto_parts_machining_firms", 140, "count", "现有机械加工和汽车零部件生产企业140多家", "2012-01", qual="余", qtext="多", opt=True, note="洪湖全市，非园区"),
 ])

# ---------------------------------------------------------------- yr03 武汉开发区 1001亿 (湖北日报 2010, forum relay)
WH = "武汉开发区"
C0 = "2009年1月至11月,武汉开发区实现工业总产值1001亿元,同比增长16.48%"
C1 = "今年前11个月,该区汽车及零部件产业实现工业总产值679.53亿元,同比增长26.59%"
C2 = "截至2009年11月,东风本田、神龙汽车分别销售汽车18.94万辆、23.71万辆,同比增长25.7%和42.7%"
C3 = "5年后,该区的汽车产量将达到150万辆至200万辆,实现工业总产值5000亿元"
G["yr03"] = dict(
 article=art("武汉开发区工业产值破千亿 超过沿海八大开发区", "湖北日报（记者孙滨、通讯员周明德），经荆楚网；转帖于襄阳城论坛 xycity.net", "2010-01-04", "day",
  "Provincial daily via the provincial portal, reposted on a city forum, Hubei: a national development zone passes 100 billion yuan industrial output — eleven-month output and growth, the auto industry's output, two carmakers' sales, a five-year target",
  "http://www.xycity.net/thread-26717-1-1.html",
  "日期取论坛帖“发表于 2010-1-4 14:28:33”（湖北日报原刊日期不在页面上，应为2009年12月底或2010年1月初）。标题照录；论坛导航与页脚已删，每段原带 HTML 段落标记 <p>…</p>，已去（make_txt.py PTAG）。正文六段，完整。园区：武汉开发区（武汉经济技术开发区，国家级；沌口）。“今年前11个月”即2009年1—11月。公司：东风本田、神龙汽车（神龙二厂）、东风集团（可选）、PSA（标致雪铁龙集团，可选）。无具名投资项目；“神龙二厂”去年11月建成，列可选项目（投产）。沿海开发区名单（秦皇岛等）不列园区。",
  "yr03"),
 parks=[
  park(WH, "武汉", "湖北", "经济技术开发区", C0, note="国家第二批创建；被誉为“中国车都”"),
 ],
 companies=[
  comp("东风本田", WH, C2),
  comp("神龙汽车", WH, C2),
  comp("东风集团", WH, "汇聚东风集团和法国PSA、本田、日产等世界汽车巨头的武汉开发区", opt=True),
  comp("PSA标致雪铁龙集团", WH, "去年11月建成的神龙二厂,已成为PSA标致雪铁龙集团的全球标杆工厂", opt=True, aliases=["PSA"]),
 ],
 projects=[
  proj("神龙二厂", WH, "去年11月建成的神龙二厂,已成为PSA标致雪铁龙集团的全球标杆工厂", companies=["神龙汽车"], status="投产",
       status_text="去年11月建成", opt=True, note="2008年11月建成"),
 ],
 aggregate_facts=[
  fact(WH, "park", "industrial_output_cny", 1.001e11, "cny", C0, "2009年1—11月", chk=True),
  fact(WH, "park", "industrial_output_yoy_growth", 0.1648, "ratio", C0, "2009年1—11月", kind="ratio"),
  fact(WH, "park", "auto_industry_output_cny", 6.7953e10, "cny", C1, "2009年1—11月", chk=True),
  fact(WH, "park", "auto_industry_output_yoy_growth", 0.2659, "ratio", C1, "2009年1—11月", kind="ratio", opt=True),
  fact("东风本田", "company", "vehicles_sold", 189400, "vehicles", C2, "2009年1—11月", opt=True),
  fact("神龙汽车", "company", "vehicles_sold", 237100, "vehicles", C2, "2009年1—11月", opt=True),
  fact(WH, "park", "industrial_output_cny", 5e11, "cny", C3, "5年后（约2014年）", kind="target", chk=True),
  fact(WH, "park", "vehicle_output", 2000000, "vehicles", C3, "5年后（约2014年）", kind="target", opt=True, note="150万辆至200万辆（区间，取上限）"),
 ])

# ---------------------------------------------------------------- yr04 石花 杨溪工业园 (forum relay, 2010)
YX = "杨溪工业园"
SH = "石花经济开发区"
D0 = "3月17日,由湖北奥龙粮油工业有限公司投资7800万元新上的万吨级食用油加工项目在谷城县石花镇杨溪工业园内动工兴建"
D1 = "全年新建、续建和扩建重点项目达25个,总投资25.36亿元"
D2 = "2009年实现工业总产值57.3亿元,综合经济实力在全省设在乡镇的省级开发区中名列第五位"
D3 = "骆蓄公司投资7亿元在湖北(襄樊)深圳工业园新建免维护蓄电池和塑胶配套项目,全部竣工投产后,可新增产值30亿元"
D4 = "金洋公司在谷城循环经济园投资3.3亿元新建年产10万吨再生铝项目,投产后可新增产值10亿元"
D5 = "以恒立公司为龙头的铸造企业快速裂变,铸造企业已发展到17家,去年共实现销售收入2.3亿元"
D6 = "石花镇立足招商引资,使一大批新兴项目在石花经济开发区扎堆发展"
SZ = "湖北(襄樊)深圳工业园"
XH = "谷城循环经济园"
G["yr04"] = dict(
 article=art("（无标题）湖北奥龙粮油万吨级食用油加工项目在石花镇杨溪工业园动工", "原出处未注明（襄樊地方报道），转帖于襄阳城论坛 xycity.net", "2010-03", "month",
  "Local report reposted on a city forum, Hubei: a grain-oil firm breaks ground in a town's industrial park; the town's provincial-level development zone with its projects, output, ranking and targets; firms' expansion projects in two other parks",
  "https://www.xycity.net/thread-38724-1-1.html",
  "存段无标题、无发帖日期（title 为编者概括）。年份推定：文称“2009年实现工业总产值…”“去年共实现销售收入”，又作“襄樊市”（2010年12月更名襄阳前），故为2010年；动工在3月17日，published 记2010-03（month，推定）。每段原带 <p>…</p>，已去（PTAG）。存段末在“泰隆公司投资4.5亿元新建150万吨干法水泥项目、骆蓄公司投”处中断，该残句已删（LINE_SUFFIX），泰隆项目因此不在文本中。文中“现 有 工 业 企 业”等处的空格照录。园区：杨溪工业园（谷城县石花镇）；石花经济开发区（文称“全省设在乡镇的省级开发区”“县(市)区开发区”，石花镇的省级开发区；杨溪工业园与其关系文中未说，不设 parent）；湖北(襄樊)深圳工业园（骆蓄公司项目所在）；谷城循环经济园（金洋公司项目所在）。镇级总量（2009年工业总产值57.3亿元、135家企业、25个重点项目25.36亿元）主语是“石花镇”，因文称其为省级开发区并以开发区排名，记为石花经济开发区的事实，注明。项目：奥龙粮油万吨级食用油加工项目（7800万元，动工兴建→开工）；骆蓄公司免维护蓄电池和塑胶配套项目（7亿元，新建，无状态词→null）；金洋公司年产10万吨再生铝项目（3.3亿元，null）。",
  "yr04"),
 parks=[
  park(YX, "襄阳", "湖北", "工业园", D0, district="谷城县", note="谷城县石花镇；原文“襄樊市”"),
  park(SH, "襄阳", "湖北", "经济开发区", D6, district="谷城县", note="石花镇的省级开发区（“全省设在乡镇的省级开发区”）"),
  park(SZ, "襄阳", "湖北", "工业园", D3, note="湖北（襄樊）深圳工业园，襄樊市区东北"),
  park(XH, "襄阳", "湖北", "循环经济园", D4, district="谷城县"),
 ],
 companies=[
  comp("湖北奥龙粮油工业有限公司", YX, D0),
  comp("骆蓄公司", SZ, D3, note="骆驼蓄电池；本部在石花镇"),
  comp("金洋公司", XH, D4),
  comp("恒立公司", SH, D5, opt=True, note="石花镇铸造企业龙头；园区由语境推断"),
 ],
 projects=[
  proj("万吨级食用油加工项目", YX, D0, companies=["湖北奥龙粮油工业有限公司"], inv="7800万元", status="开工", status_text="动工兴建"),
  proj("免维护蓄电池和塑胶配套项目", SZ, D3, companies=["骆蓄公司"], inv="7亿元", note="全部竣工投产后可新增产值30亿元"),
  proj("年产10万吨再生铝项目", XH, D4, companies=["金洋公司"], inv="3.3亿元", note="投产后可新增产值10亿元"),
 ],
 aggregate_facts=[
  fact(SH, "park", "key_projects", 25, "count", D1, "2010年全年", note="主语“石花镇”：新建、续建和扩建重点项目"),
  fact(SH, "park", "key_projects_investment_cny", 2.536e9, "cny", D1, "2010年全年", chk=True, note="主语“石花镇”"),
  fact(SH, "park", "industrial_output_cny", 5.73e9, "cny", D2, "2009年", chk=True, note="主语“石花镇”"),
  fact(SH, "park", "provincial_rank", 5, "rank", D2, "2009年", opt=True, note="全省设在乡镇的省级开发区综合经济实力第五"),
  fact(SH, "park", "firms", 135, "count", "现 有 工 业 企 业135家,其中规模以上企业 37家", "2010-03", opt=True, note="主语“石花镇”"),
  fact(SH, "park", "above_scale_firms", 37, "count", "现 有 工 业 企 业135家,其中规模以上企业 37家", "2010-03", opt=True, note="主语“石花镇”"),
  fact("免维护蓄电池和塑胶配套项目", "project", "expected_added_output_cny", 3e9, "cny", "全部竣工投产后,可新增产值30亿元", "全部竣工投产后", kind="target", chk=True),
  fact("年产10万吨再生铝项目", "project", "expected_added_output_cny", 1e9, "cny", "投产后可新增产值10亿元", "投产后", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yr05 修水(九江)工业园 groundbreaking (cnzsyz ~2012)
XS = "修水(九江)工业园"
E0 = "江西奥普新科技发展有限公司在修水(九江)工业园区隆重举行项目开工奠基仪式"
E1 = "园区已投入建设资金1.2亿元用于“三通一平”,完成了1200亩土地范围内的路网、水、电工程"
E2 = "现已落户项目6个,分别是厦门钨业硬质合金项目、江西长江药业“退城入园”项目、江西九乙生物试剂项目、江西氟派节能装饰板项目、浙江创业园项目和江西奥普新科技项目"
E3 = "所有项目建成达产达标后,园区可实现年产值100 亿元,年创税 3 亿"
G["yr05"] = dict(
 article=art("（无标题）江西奥普新科技发展有限公司在修水(九江)工业园区举行项目开工奠基仪式", "中国招商引资信息网（cnzsyz.com，“中国招商引资信息网讯”；署名未注明）", "2012", "year",
  "Investment-promotion portal, Jiangxi: a firm's groundbreaking in a county industrial park; the park director lists infrastructure spending, land prepared and the six projects landed, with the park's output and tax targets",
  "http://cnzsyz.com/jiangxi/info/151240.html",
  "存段无标题、无日期（title 为编者概括）。年份推定：同站相邻条目（info/151246，仅见繁体转换镜像，未用）说奥普新项目一期“于2012年4月动工兴建”，故开工奠基约在2012年春，published 记2012（year，推定）。末段（董事长表态）在“万无一失保安”处中断，整段为一未完句，已不收（ITEMS 止于第三段）。正文三段。园区：修水(九江)工业园（文中又作“修水(九江)工业园区”，九江市修水县）。项目：江西奥普新科技项目（开工奠基→开工；金额不在本文）；另5个已落户项目（厦门钨业硬质合金、江西长江药业“退城入园”、江西九乙生物试剂、江西氟派节能装饰板、浙江创业园）→落户，无状态。“年产值100 亿元，年创税 3 亿”为园区全部项目达产后目标（target）；“年创税 3 亿”无“元”，不作 _cny 事实。",
  "yr05"),
 parks=[
  park(XS, "九江", "江西", "工业园", E0, district="修水县", aliases=["修水(九江)工业园区"]),
 ],
 companies=[
  comp("江西奥普新科技发展有限公司", XS, E0),
  comp("厦门钨业", XS, E2, opt=True, note="只在项目名中"),
  comp("江西长江药业", XS, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("修水(九江)工业园管委会", "修水(九江)工业园管委会主任张屹东详细介绍了园区基础建设及入园项目情况", park=XS),
 ],
 projects=[
  proj("江西奥普新科技项目", XS, E0, companies=["江西奥普新科技发展有限公司"], status="开工", status_text="开工奠基",
       note="文中又作“江西奥普新科技项目”（落户项目名单）"),
  proj("厦门钨业硬质合金项目", XS, E2, companies=["厦门钨业"], status_text="落户"),
  proj("江西长江药业“退城入园”项目", XS, E2, companies=["江西长江药业"], status_text="落户"),
  proj("江西九乙生物试剂项目", XS, E2, status_text="落户"),
  proj("江西氟派节能装饰板项目", XS, E2, status_text="落户"),
  proj("浙江创业园项目", XS, E2, status_text="落户"),
 ],
 aggregate_facts=[
  fact(XS, "park", "infrastructure_investment_cny", 1.2e8, "cny", E1, "2012年初（累计）", kind="cumulative", chk=True),
  fact(XS, "park", "land_serviced_mu", 1200, "mu", E1, "2012年初（累计）", kind="cumulative", opt=True),
  fact(XS, "park", "land_levelled_mu", 800, "mu", "完成800余亩场地平整工程", "2012年初（累计）", kind="cumulative", qual="余", qtext="余", opt=True),
  fact(XS, "park", "projects_landed", 6, "count", E2, "2012年初（累计）", kind="cumulative"),
  fact(XS, "park", "expected_annual_output_cny", 1e10, "cny", E3, "所有项目建成达产达标后", kind="target", note="“100 亿元”（原文数字与单位间有空格）"),
 ])

# ---------------------------------------------------------------- yr06 东湖高新区 plan (长江日报 / cjn.cn 2011)
DH = "东湖高新区"
F0 = "东湖国家自主创新示范区发展规划提出:将东湖高新区建设成创新驱动示范区、开放合作先行区、机制创新引领区、“两型社会”试验区、高端产业聚集区,成为中部崛起增长极"
F1 = "届时,区内企业总收入突破2万亿元,成为带动武汉发展、面向世界的科技经济引擎"
F2 = "10年内光谷城市综合服务中心将从现在的鲁巷一带向东迁移10公里,到九峰一带(东湖高新区地理中心)"
G["yr06"] = dict(
 article=art("（无标题）东湖国家自主创新示范区发展规划：2020年区内企业总收入突破2万亿元", "长江日报网站 长江网（zt.cjn.cn 专题页；存段无署名）", "2011-04", "month",
  "City daily's portal (special-topic page), Hubei: a national high-tech zone's development plan — roles, the 2020 industry structure and enterprise-revenue target, relocation of its urban service centre, four sub-centres",
  "http://zt.cjn.cn/zt2010/cx/jd/201104/t1332821.htm",
  "日期取网址 201104（“昨日的会议”，日不详）。存段从正文中部开始（无标题、无导语），title 为编者概括；页脚版权行已删。正文三段。园区：东湖高新区（即东湖国家自主创新示范区，武汉；文中又作“光谷”“区内”）。“东湖国家自主创新示范区”记为别名。目标：到2020年区内企业总收入突破2万亿元（target，超）。鲁巷、九峰、花山、左岭、流芳、牛山湖为区内片区/中心，不列园区。无公司、无项目。贾耀斌为东湖高新区党工委书记（人名，不列）。",
  "yr06"),
 parks=[
  park(DH, "武汉", "湖北", "高新区", F0, aliases=["东湖国家自主创新示范区", "光谷"], note="国家自主创新示范区"),
 ],
 institutions=[
  inst("东湖高新区党工委", "市委常委、东湖高新区党工委书记贾耀斌出席会议。", park=DH),
 ],
 aggregate_facts=[
  fact(DH, "park", "enterprise_total_revenue_cny", 2e12, "cny", F1, "2020年", kind="target", qual="超", qtext="突破"),
  fact(DH, "park", "sub_centres_planned", 4, "count", "同时建设花山、左岭、流芳、牛山湖等4个副中心", "10年内（至约2021年）", kind="target", opt=True),
 ])
