# real96 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount written “100多亿元” / “5亿多元” cannot be parsed as
# digits+亿元, so its fact metric drops the _cny suffix (unit stays cny, as real56 / real59 / real84). Growth rates and shares
# as ratios. Projects: the park is the one the text places the project in, null if none (a county, a district or a city is
# not a park). Status from the text's words (开工 / 集中开工 / 启动…建设 → 开工; 竣工 → 竣工; 签约落户 → 签约; 落户 alone →
# no status). Thresholds (“均投资10亿元以上”) are not investment amounts. “预计” / “达产后” figures are kind target;
# year-to-date counts and values (“今年以来”, “今年1-7月”, “截至…”) are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/xnNN.raw as returned.

# ---------------------------------------------------------------- xn01 瓯江口三项目今天开工 (温州网 / 温州日报 2019)
OJK = "瓯江口产业集聚区"
A0 = "其中,瓯江口产业集聚区欣乐加生物科技产业园(一期)、228国道洞头灵昆段、温州市赐方商业大厦项目参加今天的集中开工活动,总投资超30亿元"
A1 = "温州市欣乐加生物科技产业园(一期)位于瓯江口产业集聚区浅滩一期,总用地面积约102亩,总建筑面积约11.1万平方米,总投资约7.2亿元,主要建设军用、民用止血材料生产车间、研究中心等"
A2 = "项目采用PPP模式建设,总投资约21.8亿元,建设工期36个月"
A3 = "项目总投资约3亿元,占地面积约20亩,属于综合性总部"
A4 = "2月28日,温州市共组织80个项目参加第七批全省扩大有效投资重大项目集中开工活动,项目总投资1038.6亿元,2019年计划投资224.1亿元"
AS1 = "2019-02-28（集中开工日）"
G["xn01"] = dict(
 article=art("瓯江口三项目今天开工 总投资超30亿元", "温州网（66wz.com，news 频道；“本文转自:温州网”，文末注“(温州日报)”）", "2019-03-01", "day",
  "City news portal relaying the city daily, Zhejiang: three projects of a coastal industrial cluster zone start on a provincial groundbreaking day — the city's batch count and totals, the zone's three projects with amounts, sites and content",
  "https://news.66wz.com/system/2019/03/01/105151396.shtml",
  "日期取网址 2019/03/01；文中“2月28日…参加今天的集中开工活动”，开工日为2019-02-28（温州日报稿，温州网次日转）。标题照录；文末“本文转自:温州网 66wz.com”已删，“(温州日报)”在正文末，保留。正文五段（含小标题“瓯江口产业集聚区项目简介”），完整。园区：瓯江口产业集聚区（温州，浙江；跨洞头区、龙湾区，district 不填；“浅滩一期”为集聚区内区块，不另列）。项目三个，均“参加今天的集中开工活动”→开工；三项目都列在小标题“瓯江口产业集聚区项目简介”下，园区记瓯江口产业集聚区（228国道洞头灵昆段为公路工程，园区由小标题推定）。金额均为“总投资约…”→约。“温州市欣乐加生物科技产业园(一期)”是企业园区式项目，不另列园区；欣乐加公司全称未出现，不列公司。事实：温州市第七批集中开工80个项目、总投资1038.6亿元、2019年计划投资224.1亿元（计划→target）；瓯江口三项目总投资超30亿元（标题“三项目”→3，可选）。",
  "xn01"),
 parks=[
  park(OJK, "温州", "浙江", "产业集聚区", A1, note="文中又作“瓯江口”（标题）；“浅滩一期”为其区块"),
 ],
 companies=[],
 projects=[
  proj("温州市欣乐加生物科技产业园(一期)", OJK, A1, inv="总投资约7.2亿元", qual="约", qual_text="约", phase="一期", status="开工",
       status_text="参加今天的集中开工活动", aliases=["欣乐加生物科技产业园(一期)"], note="军用、民用止血材料生产车间、研究中心"),
  proj("228国道洞头灵昆段", OJK, A2, inv="总投资约21.8亿元", qual="约", qual_text="约", status="开工", status_text="参加今天的集中开工活动",
       note="公路工程，PPP；园区由小标题“瓯江口产业集聚区项目简介”推定"),
  proj("温州市赐方商业大厦项目", OJK, A3, inv="项目总投资约3亿元", qual="约", qual_text="约", status="开工", status_text="参加今天的集中开工活动",
       note="综合性总部；园区由小标题推定"),
 ],
 aggregate_facts=[
  fact("温州市", "region", "projects_started", 80, "count", A4, AS1, note="第七批全省扩大有效投资重大项目集中开工，温州组织的项目"),
  fact("温州市", "region", "projects_started_investment_cny", 1.0386e11, "cny", "项目总投资1038.6亿元,2019年计划投资224.1亿元", AS1, chk=True),
  fact("温州市", "region", "planned_annual_investment_cny", 2.241e10, "cny", "2019年计划投资224.1亿元", "2019年（计划）", kind="target", chk=True),
  fact(OJK, "park", "projects_started", 3, "count", "瓯江口三项目今天开工 总投资超30亿元", AS1, opt=True, note="标题“三项目”"),
  fact(OJK, "park", "projects_started_investment_cny", 3e9, "cny", "总投资超30亿元", AS1, qual="超", qtext="超", chk=True),
  fact("温州市欣乐加生物科技产业园(一期)", "project", "site_area_mu", 102, "mu", A1, AS1, qual="约", qtext="约", opt=True),
  fact("温州市欣乐加生物科技产业园(一期)", "project", "floor_area_m2", 1.11e5, "m2", A1, AS1, qual="约", qtext="约", opt=True),
  fact("温州市赐方商业大厦项目", "project", "site_area_mu", 20, "mu", A3, AS1, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xn02 台州头门港新区15个工业项目集中开工 (baogaosu 2015)
TMG = "台州头门港新区"
B0 = "10月27日,台州头门港新区迎来了新一轮发展热潮。包括13个浙商回归项目在内的15个工业项目集中全面开工,投资总额36.6亿元"
B1 = "包括台州润达汽车部件有限公司年产32.5万套冲压件汽车配件项目、台州永欣汽车部件有限公司年产180万套汽车电机配件项目、浙江江北南海药业有限公司年产540吨原料药项目等"
B2 = "从去年12月底开港不到一年,临海头门港新区已集聚企业178家,投产126家,其中上市企业7家,拟上市企业11家,国家级高新技术企业13家"
B3 = "预计建成后年产值达100多亿元,创税收5亿多元"
AS2 = "2015-10-27（集中开工日）"
AS2b = "2015年10月"
AS2c = "2015年1–9月"
G["xn02"] = dict(
 article=art("台州头门港新区15个工业项目集中开工", "hangzhou.baogaosu.com（报告速 转载；文末注“(浙江省港航局、台州市港航局报送)”，原发媒体未注明）", "2015-10-30", "day",
  "Aggregator relaying a port-authority news item, Zhejiang: a port new area's industrial groundbreaking — 15 projects with total investment, land and expected output and tax, three named firms' projects, the area's firm counts and year-to-date investment attracted",
  "http://hangzhou.baogaosu.com/xinwen/%E5%A4%B4%E9%97%A8%E6%B8%AF%E6%96%B0%E5%8C%BA/39541908/",
  "日期取页面“30.10.2015 01:37”（转载时刻）；开工日为文中“10月27日”。标题照录；日期行与页尾“前”（翻页链接）已删；正文五段，完整，末尾报送单位照录。园区：台州头门港新区（临海市，台州，浙江；文中又作“临海头门港新区”“头门港新区”；“头门港区”“临港产业平台”为港区 / 泛称，不另列）。项目：三家企业的项目，均属“集中全面开工”的15个项目→开工，园区头门港新区，无单项金额；名称按文中全写（含企业名）。公司：三家企业（在园）。事实：15个项目、投资总额36.6亿元、其中浙商回归项目13个、总占地1104亩；“预计建成后年产值达100多亿元,创税收5亿多元”（target，余；金额写法“100多亿元”无法按数字+亿元解析，metric 不带 _cny 后缀）；已集聚企业178家、投产126家、上市7家、拟上市11家、国家级高新技术企业13家；截至9月底今年以来累计完成省外投资9.5亿元、省内投资5.9亿元、外资570万美元（cumulative；完成率为可选）。",
  "xn02"),
 parks=[
  park(TMG, "台州", "浙江", "新区（港口产业新区）", B0, district="临海市", aliases=["临海头门港新区", "头门港新区"],
       note="文中又作“临海头门港新区”“头门港新区”"),
 ],
 companies=[
  comp("台州润达汽车部件有限公司", TMG, B1),
  comp("台州永欣汽车部件有限公司", TMG, B1),
  comp("浙江江北南海药业有限公司", TMG, B1),
 ],
 projects=[
  proj("台州润达汽车部件有限公司年产32.5万套冲压件汽车配件项目", TMG, B1, companies=["台州润达汽车部件有限公司"], status="开工",
       status_text="集中全面开工", aliases=["年产32.5万套冲压件汽车配件项目"]),
  proj("台州永欣汽车部件有限公司年产180万套汽车电机配件项目", TMG, B1, companies=["台州永欣汽车部件有限公司"], status="开工",
       status_text="集中全面开工", aliases=["年产180万套汽车电机配件项目"]),
  proj("浙江江北南海药业有限公司年产540吨原料药项目", TMG, B1, companies=["浙江江北南海药业有限公司"], status="开工",
       status_text="集中全面开工", aliases=["年产540吨原料药项目"]),
 ],
 aggregate_facts=[
  fact(TMG, "park", "projects_started", 15, "count", B0, AS2),
  fact(TMG, "park", "projects_started_investment_cny", 3.66e9, "cny", "投资总额36.6亿元", AS2, chk=True),
  fact(TMG, "park", "zhejiang_merchant_return_projects_started", 13, "count", B0, AS2, opt=True, note="浙商回归项目"),
  fact(TMG, "park", "projects_site_area_mu", 1104, "mu", "此次集中开工的15个项目,项目总占地1104亩", AS2, opt=True),
  fact(TMG, "park", "expected_annual_output", 1e10, "cny", B3, "建成后（预期）", kind="target", qual="余", qtext="多", note="15个项目建成后；“100多亿元”"),
  fact(TMG, "park", "expected_annual_tax", 5e8, "cny", B3, "建成后（预期）", kind="target", qual="余", qtext="多", opt=True, note="“5亿多元”"),
  fact(TMG, "park", "firms", 178, "count", B2, AS2b),
  fact(TMG, "park", "firms_in_production", 126, "count", B2, AS2b),
  fact(TMG, "park", "listed_firms", 7, "count", B2, AS2b),
  fact(TMG, "park", "pre_listing_firms", 11, "count", B2, AS2b, opt=True),
  fact(TMG, "park", "high_tech_firms", 13, "count", B2, AS2b, note="国家级高新技术企业"),
  fact(TMG, "park", "out_of_province_investment_cny", 9.5e8, "cny", "今年以来累计完成省外投资9.5亿元,占全年任务数的81.9%", AS2c, kind="cumulative", chk=True,
       note="头门港新区招商局；截至9月底"),
  fact(TMG, "park", "in_province_investment_cny", 5.9e8, "cny", "完成省内投资5.9亿元,占全年任务数的130.6%", AS2c, kind="cumulative", chk=True),
  fact(TMG, "park", "actual_fdi_usd", 5.7e6, "usd", "完成外资570万美元,占全年任务数的67.1%", AS2c, kind="cumulative"),
  fact(TMG, "park", "out_of_province_investment_task_completion", 0.819, "ratio", "今年以来累计完成省外投资9.5亿元,占全年任务数的81.9%", AS2c, kind="ratio", opt=True),
  fact(TMG, "park", "in_province_investment_task_completion", 1.306, "ratio", "完成省内投资5.9亿元,占全年任务数的130.6%", AS2c, kind="ratio", opt=True),
  fact(TMG, "park", "fdi_task_completion", 0.671, "ratio", "完成外资570万美元,占全年任务数的67.1%", AS2c, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xn03 浙江丽水经开区百亿项目成功签约 (xny365 2017)
LS = "浙江丽水经济技术开发区"
C0 = "28日,伴随首届世界丽水人大会经开区分会场系列活动的启幕,浙江丽水经济技术开发区(以下简称丽水经开区)迎来了来自海内外的丽水乡贤代表,在叙乡情的同时也掀起新一轮投资热潮"
C1 = "据悉,期间共有47个项目集中签约,总投资超220亿元,为丽水培育绿色发展新引擎注入了新动能"
C2 = "数据显示,今年1-7月,丽水经开区完成规上工业总产值135亿元,同比增长12.3%"
AS3 = "2017-09-28（世界丽水人大会经开区分会场）"
G["xn03"] = dict(
 article=art("浙江丽水经开区百亿项目成功签约", "xny365.com（新能源网 转载；原发媒体与署名未注明）", "2017-09", "month",
  "Industry news site relaying a local item, Zhejiang: a national-level development zone's signing at a hometown-entrepreneurs congress — projects signed and their total, the zone's turnaround and industries, year-to-date above-scale output and growth",
  "https://xny365.com/news/article-99735.html",
  "存段无日期。日期据 search 第4次：首届世界丽水人大会于2017年9月26日至28日在丽水举行（人民网稿的繁体转码页，仅作旁证，未采用其文本），文中“28日…经开区分会场系列活动的启幕”，记 2017-09（month）。标题照录；页首侧栏“国务院关于印发《2024—2025年节能降碳行动方案》的通知”与摘要行（标题与首段前半粘连）已删。存段在末句“累计完成固”处中断，该残分句连同其前的分号已删（make_txt.py LINE_SUFFIX），正文截至“…同比增长12.3%”，共六段。园区：浙江丽水经济技术开发区（简称丽水经开区；丽水，浙江；文中未言级别，kind 记经济技术开发区）。无具名项目、公司。事实：47个项目集中签约、总投资超220亿元（超）；1-7月规上工业总产值135亿元（cumulative）、同比增长12.3%。",
  "xn03"),
 parks=[
  park(LS, "丽水", "浙江", "经济技术开发区", C0, aliases=["丽水经开区"], note="文中“(以下简称丽水经开区)”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(LS, "park", "projects_signed", 47, "count", C1, AS3),
  fact(LS, "park", "signed_investment_cny", 2.2e10, "cny", "总投资超220亿元", AS3, qual="超", qtext="超", chk=True),
  fact(LS, "park", "industrial_output_above_scale_cny", 1.35e10, "cny", "完成规上工业总产值135亿元,同比增长12.3%", "2017年1–7月", kind="cumulative", chk=True),
  fact(LS, "park", "industrial_output_above_scale_yoy_growth", 0.123, "ratio", C2, "2017年1–7月", kind="ratio"),
 ])

# ---------------------------------------------------------------- xn04 金华市重大产业项目集中开工 (bksgn 2016)
JY = "金义都市新区"
JZB = "金义综合保税区"
D0 = "今天上午,金华市重大产业项目集中开工仪式在金义都市新区举行"
D1 = "此次集中开工的项目共有五个,包括金华传化物流公路智能信息港项目、捷孚传动项目、网仓科技跨境中心仓项目、宝隆电子商务产业园项目和浙江博弈农资物流项目,涉及现代物流、电子商务平台、先进装备制造等重点产业,总投资38.2亿元,总用地面积613亩,总建筑面积48.6万平方米"
D2 = "这是自今年1月4日金义综合保税区开工以来第二批集中开工建设的重点项目"
D3 = "金华传化物流公路智能信息港项目总投资10亿元,打造集信息交易中心、货运班车中心、仓储配送中心、光伏堆场示范区、车辆服务中心、综合服务中心、综合功能配套区等功能为一体的综合型物流智能公路港"
D4 = "捷孚混合动力双离合器变速箱项目总投资20.6亿元。项目一期预计在2017年10月份竣工投产"
AS4 = "2016-04-19（集中开工日）"
G["xn04"] = dict(
 article=art("金华市重大产业项目集中开工", "bksgn.com（“招商动态”栏；原发媒体与署名未注明）", "2016-04-19", "day",
  "Investment-promotion site's news item, Zhejiang: a city's industrial groundbreaking in a new urban area — five named projects with total investment, land and floor area, two projects' amounts, one's planned production date and expected output and profit-tax, a bonded zone begun earlier",
  "http://bksgn.com/jinhuadongtai/9181.html",
  "日期取页面“| 招商动态 |2016-04-19”；文中“今天上午”即当日。标题照录；栏目日期行已删。存段末句“…的浓厚氛围。金义都市新区”在下一句开头中断，残字“金义都市新区”已删（make_txt.py LINE_SUFFIX），正文截至“…大发展的浓厚氛围。”，共五段。园区：金义都市新区（金华，浙江；开工仪式所在地，末段“体现了金义都市新区重抓重大项目”）；金义综合保税区（“今年1月4日…开工”，母园区记金义都市新区，由语境推定）。项目：五个，均为“集中开工”→开工，园区记金义都市新区（仪式在新区举行、末段归于新区；推定）。捷孚项目首见作“捷孚传动项目”，后文全称“捷孚混合动力双离合器变速箱项目”（alias）。金额：传化 10亿元、捷孚 20.6亿元。公司：传化集团（董事长讲话，投资方，园区不填，可选）。事实：五个项目、总投资38.2亿元、总用地613亩（可选）、总建筑面积48.6万平方米（可选），归金义都市新区；捷孚达产后年产值40亿元、利税超6亿元（target）；一期预计2017年10月竣工投产（记于 note）。传化“约10亿元以上的物流成本”不计。",
  "xn04"),
 parks=[
  park(JY, "金华", "浙江", "都市新区", D0, note="开工仪式所在地"),
  park(JZB, "金华", "浙江", "综合保税区", D2, parent=JY, note="2016年1月4日开工；母园区由语境推定"),
 ],
 companies=[
  comp("传化集团", None, "全国工商联副主席、传化集团董事长徐冠巨", opt=True, note="金华传化物流公路智能信息港项目的投资方（由董事长讲话推定）"),
 ],
 projects=[
  proj("金华传化物流公路智能信息港项目", JY, D3, companies=["传化集团"], inv="总投资10亿元", status="开工", status_text="集中开工",
       aliases=["传化物流信息港"], note="园区由仪式地点推定"),
  proj("捷孚传动项目", JY, D4, inv="总投资20.6亿元", status="开工", status_text="集中开工",
       aliases=["捷孚混合动力双离合器变速箱项目"], note="一期预计2017年10月竣工投产；园区由仪式地点推定"),
  proj("网仓科技跨境中心仓项目", JY, D1, status="开工", status_text="集中开工"),
  proj("宝隆电子商务产业园项目", JY, D1, status="开工", status_text="集中开工"),
  proj("浙江博弈农资物流项目", JY, D1, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(JY, "park", "projects_started", 5, "count", "此次集中开工的项目共有五个", AS4, note="“五个”；金华市重大产业项目，在金义都市新区集中开工"),
  fact(JY, "park", "projects_started_investment_cny", 3.82e9, "cny", "总投资38.2亿元,总用地面积613亩,总建筑面积48.6万平方米", AS4, chk=True),
  fact(JY, "park", "projects_site_area_mu", 613, "mu", "总用地面积613亩", AS4, opt=True),
  fact(JY, "park", "projects_floor_area_m2", 4.86e5, "m2", "总建筑面积48.6万平方米", AS4, opt=True),
  fact("捷孚传动项目", "project", "expected_annual_output_cny", 4e9, "cny", "项目达产后年产值40亿元", "达产后（预期）", kind="target", chk=True),
  fact("捷孚传动项目", "project", "expected_annual_profit_tax_cny", 6e8, "cny", "利税超6亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- xn05 瑞安经济开发区 (瑞安日报 2021)
RA = "瑞安经济开发区"
E0 = "瑞安经济开发区是1994年8月经浙江省人民政府批准设立的省级经济开发区,总规划面积129平方公里,实际管辖面积32平方公里,主要分为起步区、发展区、阁巷新区和丁山二期四个区块"
E1 = "2020年,经济开发区实现规上工业总产值412.45亿元,实现税收收入30.7亿元,综合考评在全省59个省级开发区跃升至第5位"
E2 = "目前拥有规上企业351家、上市企业7家、省级隐形冠军企业4家、国家高新技术企业239家、省级科技型中小企业525家"
E3 = "拥有中国汽车零部件百强企业“瑞立集团”、中国汽车发动机关键铝部件行业第一企业“瑞明集团”、国内专业汽车悬架系统方案提供者“戈尔德”等一批龙头企业"
E4 = "拥有全国控制阀前三企业“力诺流体”,以及“正博”“通力”等一批省级隐形冠军企业"
E5 = "以全球聚氨酯制品材料主要产销企业“华峰集团”为龙头,集聚了“新力新材料”“万隆化工”“华特热熔胶”等一大批上下游企业,瑞安经济开发区化工园区被评定为省化工园区合格园区"
E6 = "智能装备制造产业方面,以瑞安智控装备省级特色小镇创建为载体"
AS5 = "2021年6月（发稿时）"
G["xn05"] = dict(
 article=art("（无标题）瑞安经济开发区：省级开发区27年，2020年规上工业总产值412.45亿元", "瑞安日报（rarb.cn 数字报；记者 陈丹丹）", "2021-07-01", "day",
  "County-level city daily's feature, Zhejiang: a provincial economic development zone at 27 — area and blocks, the previous year's above-scale output and tax, provincial ranking, firm counts by type, named leading firms in three industries, a chemical park rated",
  "http://www.rarb.cn/html/2021-07/01/content_378981.htm",
  "日期取网址 html/2021-07/01（数字报版面日）。存段无标题（title 为编者概括）；署名行“■记者 陈丹丹”已删，记于 outlet。存段在第四段“2021年4月签约的华峰集团高性能”处中断，该残分句连同其前的逗号已删（make_txt.py LINE_SUFFIX），正文截至“…被评定为省化工园区合格园区”，共四段。园区：瑞安经济开发区（瑞安市，温州，浙江；省级经济开发区；文中又作“经济开发区”）；瑞安经济开发区化工园区（省化工园区合格园区，母园区瑞安经济开发区）；阁巷新区（四区块之一，可选）；瑞安智控装备省级特色小镇（创建中，可选）。公司：瑞立集团、瑞明集团、戈尔德、力诺流体、华峰集团、新力新材料、万隆化工、华特热熔胶均写作开发区企业（园区瑞安经济开发区）；“正博”“通力”仅列名为省级隐形冠军，可选。无具名项目（华峰集团 2021年4月签约的项目在中断处，未存）。事实：总规划面积129平方公里、实际管辖面积32平方公里；2020年规上工业总产值412.45亿元、税收收入30.7亿元、全省59个省级开发区综合考评第5位（可选）；“目前”规上企业351家、上市企业7家、省级隐形冠军4家（可选）、国家高新技术企业239家、省级科技型中小企业525家（可选）。",
  "xn05"),
 parks=[
  park(RA, "温州", "浙江", "省级经济开发区", E0, district="瑞安市", note="文中又作“经济开发区”"),
  park("瑞安经济开发区化工园区", "温州", "浙江", "化工园区", E5, district="瑞安市", parent=RA, note="被评定为省化工园区合格园区"),
  park("阁巷新区", "温州", "浙江", "开发区区块", E0, district="瑞安市", parent=RA, opt=True, note="开发区四个区块之一"),
  park("瑞安智控装备省级特色小镇", "温州", "浙江", "特色小镇", E6, district="瑞安市", parent=RA, opt=True, note="创建中；母园区由语境推定"),
 ],
 companies=[
  comp("瑞立集团", RA, E3, note="中国汽车零部件百强企业"),
  comp("瑞明集团", RA, E3),
  comp("戈尔德", RA, E3),
  comp("力诺流体", RA, E4),
  comp("正博", RA, E4, opt=True, note="仅列名"),
  comp("通力", RA, E4, opt=True, note="仅列名"),
  comp("华峰集团", RA, E5),
  comp("新力新材料", RA, E5),
  comp("万隆化工", RA, E5),
  comp("华特热熔胶", RA, E5),
 ],
 projects=[],
 aggregate_facts=[
  fact(RA, "park", "planned_area_km2", 129, "km2", E0, AS5),
  fact(RA, "park", "managed_area_km2", 32, "km2", E0, AS5, opt=True),
  fact(RA, "park", "industrial_output_above_scale_cny", 4.1245e10, "cny", "2020年,经济开发区实现规上工业总产值412.45亿元,实现税收收入30.7亿元", "2020年", chk=True),
  fact(RA, "park", "tax_revenue_cny", 3.07e9, "cny", "实现税收收入30.7亿元", "2020年", chk=True),
  fact(RA, "park", "provincial_rank", 5, "rank", E1, "2020年（综合考评）", opt=True, note="全省59个省级开发区中第5位"),
  fact(RA, "park", "above_scale_firms", 351, "count", E2, AS5),
  fact(RA, "park", "listed_firms", 7, "count", E2, AS5),
  fact(RA, "park", "provincial_hidden_champions", 4, "count", E2, AS5, opt=True),
  fact(RA, "park", "high_tech_firms", 239, "count", E2, AS5, note="国家高新技术企业"),
  fact(RA, "park", "provincial_tech_smes", 525, "count", E2, AS5, opt=True),
 ])

# ---------------------------------------------------------------- xn06 温州新能源产业布局扩大 (温州晚报 via 城市头条网 2022)
TC = "天城北园"
KG = "空港新区"
TH = "龙湾区通用航空产业园"
OF = "瓯飞起步区一期"
F0 = "2017年总投资17.3亿元、打造产能6GWh的瑞浦一期能源动力电池储能项目落户空港新区天城北园,2020年启动总投资39.7亿元二期20GWh产能建设"
F1 = "2021年4月23日,总投资超300亿元、规划产能为100GWh、计划用地2000亩,预留建设上下游配套产业园用地1000亩的瑞浦新能源产业基地项目签约落户龙湾区"
F2 = "“当时龙湾区通用航空产业园3500亩和瓯飞起步区一期2000亩一共5500亩的地,我们其实早有规划,是要作为我们龙湾区新兴产业——新能源制造的配套用地。”"
F3 = "从瑞浦能源在温新能源产业布局的转变,可以一窥近5年来我市产业布局的悄然变化"
AS6 = "2022年2月（发稿时）"
G["xn06"] = dict(
 article=art("百亿项目签约不断、高新技术产业蓬勃发展……温州新能源产业布局扩大 迈进“创新之城”", "温州晚报，载于城市头条网（fortune.022net.com，产业栏）；记者署名存段未示", "2022-02-23", "day",
  "City evening paper's five-year review relayed by a news portal, Zhejiang: a battery maker's projects grow from a first phase in an airport new area's park to a 300-billion-yuan base signed in a district — amounts, capacities, land, and the parks reserved for new-energy manufacturing",
  "http://fortune.022net.com/fortune/2022/0223/18551.html",
  "日期取页面“2022-02-23 13:47:22 温州晚报”。标题照录；面包屑与日期来源行已删。存段末段是一句引语“2017年青山控股总部回归…青山控股决定2021年上半年”，在引号内中断，整段删去（ITEMS 截至上一段），正文截至“…签约落户龙湾区。”，共七段（含小标题两行“17.3亿元到300亿元”“新能源产业布局扩大”）。园区：天城北园（文中“空港新区天城北园”，母园区空港新区；龙湾区由末段“在龙湾区投资了第一个实业项目瑞浦能源”推定）；空港新区（可选）；龙湾区通用航空产业园（3500亩）；瓯飞起步区一期（2000亩，可选）。项目：瑞浦一期能源动力电池储能项目（总投资17.3亿元，“落户”→无状态，园区天城北园，一期）；二期20GWh产能建设（“2020年启动…建设”→开工，总投资39.7亿元；名称是文中短语，非项目专名，可选；园区由一期推定）；瑞浦新能源产业基地项目（签约落户，总投资超300亿元→超；只说落户龙湾区——区不是园区，park null；虽上文把龙湾区通用航空产业园与瓯飞起步区一期 5500 亩说成新能源制造配套用地，文中未明说项目就在其中）。公司：瑞浦能源（园区记天城北园：一期落户于此）。机构：龙湾区投资促进服务中心（可选）。事实：瑞浦新能源产业基地规划产能100GWh、计划用地2000亩、预留配套用地1000亩（可选）；通用航空产业园3500亩、瓯飞起步区一期2000亩（可选）。“到2026年…近千亿的产值”为规划，未列。",
  "xn06"),
 parks=[
  park(TC, "温州", "浙江", "产业园（园区）", F0, district="龙湾区", parent=KG, aliases=["空港新区天城北园"], note="文中作“空港新区天城北园”；district 由语境推定"),
  park(KG, "温州", "浙江", "新区", F0, district="龙湾区", opt=True, note="只作天城北园的前缀出现"),
  park(TH, "温州", "浙江", "产业园", F2, district="龙湾区", note="3500亩，新能源制造配套用地"),
  park(OF, "温州", "浙江", "起步区（围垦区块）", F2, district="龙湾区", opt=True, note="2000亩"),
 ],
 companies=[
  comp("瑞浦能源", TC, F3, note="一期项目在天城北园；新能源产业基地签约落户龙湾区"),
 ],
 institutions=[
  inst("龙湾区投资促进服务中心", "龙湾区投资促进服务中心主任徐波表示"),
 ],
 projects=[
  proj("瑞浦一期能源动力电池储能项目", TC, F0, companies=["瑞浦能源"], inv="总投资17.3亿元", phase="一期", status=None, status_text="落户",
       note="2017年落户；产能6GWh"),
  proj("二期20GWh产能建设", TC, F0, companies=["瑞浦能源"], inv="总投资39.7亿元", phase="二期", status="开工", status_text="2020年启动…建设",
       opt=True, note="文中短语，非项目专名；园区由一期推定"),
  proj("瑞浦新能源产业基地项目", None, F1, companies=["瑞浦能源"], inv="总投资超300亿元", qual="超", qual_text="超", status="签约",
       status_text="签约落户", note="落户龙湾区（区，不是园区）；2021-04-23 签约"),
 ],
 aggregate_facts=[
  fact("瑞浦新能源产业基地项目", "project", "planned_capacity_gwh", 100, "GWh", F1, "2021-04-23（签约时，规划）", kind="target", opt=True),
  fact("瑞浦新能源产业基地项目", "project", "site_area_mu", 2000, "mu", F1, "2021-04-23（签约时，计划）", kind="target", opt=True),
  fact("瑞浦新能源产业基地项目", "project", "reserved_supporting_land_mu", 1000, "mu", F1, "2021-04-23（签约时，计划）", kind="target", opt=True),
  fact("瑞浦一期能源动力电池储能项目", "project", "capacity_gwh", 6, "GWh", F0, "2017年", opt=True),
  fact(TH, "park", "area_mu", 3500, "mu", F2, AS6, opt=True),
  fact(OF, "park", "area_mu", 2000, "mu", F2, AS6, opt=True),
 ])

# ---------------------------------------------------------------- xn07 浙江瑞安:五百亿重大项目集中开竣工 (中国起重机械网 2021)
PT = "浙江瑞安智能汽车关键零部件产业平台"
TX = "塘下产业基地"
H0 = "1月6日,浙江省瑞安市2021年第一批“五百亿”重大项目集中开竣工仪式在浙江瑞安智能汽车关键零部件产业平台塘下产业基地举行"
H1 = "集中开竣工的93个项目涵盖重大交通和市政道路、城市建设及基础设施、制造业转型提升、现代服务业等四大类型,总投资525亿元"
H2 = "此次开工45个项目中,共有28个项目在万亩千亿产业平台之内,超过总数的一半"
H3 = "其中,省重大产业项目科丰年产4000万套智能汽车传感器项目、万东智能制造产业园、松田年产500万套智能控制无刷电机生产线项目等均投资10亿元以上"
H4 = "其中,不乏名瑞年产1000台给袋式真空包装机智造项目、奥尔年产700台一体化智能印刷包装机械项目等一批本土企业转型裂变项目,这将为万亩千亿产业平台2022年实现营业总收入600亿元的阶段性目标提供发展动力和源泉"
H5 = "开工的104国道瑞安罗凤至塘下段改建工程,将建成设计时速60公里以上的一级公路"
H6 = "已竣工的万松路东延伸线工程,是浙江省重点工程项目"
AS7 = "2021-01-06（集中开竣工日）"
G["xn07"] = dict(
 article=art("浙江瑞安:五百亿重大项目集中开竣工", "中国起重机械网（chinacrane.net 行业资讯；署名 夏盈瑜 李文辉，原发媒体未注明）", "2021-01-09", "day",
  "Industry portal relaying a local news item, Zhejiang: a county-level city's batch of projects started and completed at a provincial new-industry platform — totals by stage, projects inside the platform, named industrial projects (≥10亿元 each), local firms' upgrade projects, the platform's revenue target, road works, last year's key-project investment",
  "http://m.chinacrane.net/news/202101/09/188985.html",
  "日期取页面“2021-01-09 来源:中国起重机械网”；开竣工日为文中“1月6日”。标题照录；“行业资讯”、日期来源行已删；正文行首的图集标记“图集”与行尾空的“责任编辑:”已删（make_txt.py LINE_PREFIX / LINE_SUFFIX）；正文一段（页面把全文排成一行），署名“(夏盈瑜李文辉)”在末，保留。园区：浙江瑞安智能汽车关键零部件产业平台（温州首个省级“万亩千亿”新产业培育平台；文中又作“瑞安智能汽车关键零部件产业平台”“万亩千亿产业平台”）；塘下产业基地（仪式所在地，在平台内，母园区记平台）。项目：科丰年产4000万套智能汽车传感器项目、万东智能制造产业园、松田年产500万套智能控制无刷电机生产线项目——“此次开工45个项目中,共有28个项目在万亩千亿产业平台之内…其中,…”→开工，园区记平台（“其中”承接平台内28个项目，推定）；“均投资10亿元以上”是门槛，不作投资额。名瑞、奥尔两项目是“开竣工项目中”的制造业转型提升项目，开工或竣工未分→无状态；文中说其将助平台实现营收目标，园区记平台（推定）。104国道瑞安罗凤至塘下段改建工程（开工）、万松路东延伸线工程（竣工）为市政交通项目，园区 null。公司名只在项目名中（科丰、松田、名瑞、奥尔），不另列。事实：瑞安市93个项目开竣工、总投资525亿元；开工45个、总投资275.3亿元；竣工48个、总投资249.2亿元；平台内开工项目28个；制造业转型提升项目41个（可选）；平台2022年营业总收入600亿元（目标，target）；2020年全市202个重点建设项目完成投资超200亿元。",
  "xn07"),
 parks=[
  park(PT, "温州", "浙江", "产业平台（省级“万亩千亿”新产业培育平台）", H0, district="瑞安市",
       aliases=["瑞安智能汽车关键零部件产业平台", "万亩千亿产业平台"], note="温州首个省级“万亩千亿”新产业培育平台"),
  park(TX, "温州", "浙江", "产业基地", H0, district="瑞安市", parent=PT, note="仪式所在地；文中作“…产业平台塘下产业基地”"),
 ],
 companies=[],
 projects=[
  proj("科丰年产4000万套智能汽车传感器项目", PT, H3, status="开工", status_text="此次开工", note="省重大产业项目；均投资10亿元以上（门槛，不作投资额）；园区由“其中”推定"),
  proj("万东智能制造产业园", PT, H3, status="开工", status_text="此次开工", note="均投资10亿元以上；园区由“其中”推定"),
  proj("松田年产500万套智能控制无刷电机生产线项目", PT, H3, status="开工", status_text="此次开工", note="均投资10亿元以上；园区由“其中”推定"),
  proj("名瑞年产1000台给袋式真空包装机智造项目", PT, H4, status=None, status_text="开竣工项目中", note="本土企业转型裂变项目；开工或竣工未分；园区推定"),
  proj("奥尔年产700台一体化智能印刷包装机械项目", PT, H4, status=None, status_text="开竣工项目中", note="同上"),
  proj("104国道瑞安罗凤至塘下段改建工程", None, H5, status="开工", status_text="开工的", note="交通工程"),
  proj("万松路东延伸线工程", None, H6, status="竣工", status_text="已竣工的", note="浙江省重点工程项目"),
 ],
 aggregate_facts=[
  fact("瑞安市", "region", "projects_started_or_completed", 93, "count", H1, AS7),
  fact("瑞安市", "region", "started_completed_projects_investment_cny", 5.25e10, "cny", "总投资525亿元,其中开工项目45个,总投资275.3亿元", AS7, chk=True),
  fact("瑞安市", "region", "projects_started", 45, "count", "其中开工项目45个,总投资275.3亿元", AS7),
  fact("瑞安市", "region", "projects_started_investment_cny", 2.753e10, "cny", "其中开工项目45个,总投资275.3亿元", AS7, chk=True),
  fact("瑞安市", "region", "projects_completed", 48, "count", "竣工项目48个、总投资249.2亿元", AS7),
  fact("瑞安市", "region", "projects_completed_investment_cny", 2.492e10, "cny", "竣工项目48个、总投资249.2亿元", AS7, chk=True),
  fact(PT, "park", "projects_started", 28, "count", H2, AS7),
  fact("瑞安市", "region", "manufacturing_upgrade_projects", 41, "count", "在开竣工项目中,制造业转型提升项目数达41个", AS7, opt=True),
  fact(PT, "park", "operating_revenue_cny", 6e10, "cny", "万亩千亿产业平台2022年实现营业总收入600亿元的阶段性目标", "2022年（目标）", kind="target", chk=True),
  fact("瑞安市", "region", "key_projects", 202, "count", "2020年瑞安全市202个重点建设项目完成投资超200亿元", "2020年", opt=True),
  fact("瑞安市", "region", "investment_completed_cny", 2e10, "cny", "2020年瑞安全市202个重点建设项目完成投资超200亿元", "2020年", qual="超", qtext="超", chk=True,
       note="202个重点建设项目"),
 ])
