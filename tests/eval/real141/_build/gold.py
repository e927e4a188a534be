# real141 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in. Status from the text's words (开工 / 开工建设 → 开工; 竣工投产 / 建成投产 → 投产;
# 签约 / 签约引进 / 落户 at a signing → 签约; 加速建设 / 主体已封顶 / 设备安装 → 在建). Year-end counts are reported for
# their year; “可竣工” counts are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/whNN.raw as
# returned.

# ---------------------------------------------------------------- wh01 株洲经开区 (株洲新闻网 via xinzixun 2025)
ZZ = "株洲经开区"
A0 = "株洲经开区在全省130家园区中位列第18位,较上年度跃升35个位次"
A1 = "全年签约引进招商项目21个(亿元以上19个),16个项目实现新开工,13个项目竣工投产"
A2 = "零碳中压电气和新能源装备产业基地项目从签约落地到竣工投产仅用80天"
A3 = "果子熟了项目3个月建成,实现当年签约、当年开工、当年竣工、当年投产"
A4 = "签约引进千寻位置、热数科技、华镁钛、北斗天汇等9个北斗时空信息项目"
A5 = "北斗湖时空信息科技园开工建设"
A6 = "全省首个商业卫星工厂——赛德雷特卫星智能制造工厂等一批项目建成投产"
A7 = "北斗湖时空信息科技园(一期)项目预计在6月建成交付学术交流中心、院士楼等3栋首开区功能楼"
A8 = "中创星科产业园(果子熟了配套项目)3栋主体已封顶,钢结构厂房正在主体施工"
A9 = "兴隆新材提质升级扩容改造工程项目一期5层厂房积极进行设备安装,预计5月投产"
AT = "太空星际成功发射8颗卫星"
G["wh01"] = dict(
 article=art("省第18名,株洲经开区晋位", "株洲新闻网（文金凤、刘笑贝），载于 xinzixun.cn（新资讯）", "2025-03-28", "day",
  "City news site via an aggregator, Hunan: a zone's provincial ranking (五好园区 2024) with its 2024 project counts, named projects signed / in production, and this year's projects under construction",
  "https://xinzixun.cn/news/china/2025/03/30/00053201.html",
  "新资讯页面“2025-3-30 11:55 株洲新闻网”；导语作“株洲新闻网328日讯”（照录，应为3月28日），published 取 2025-03-28。标题照录；网站菜单与“新资讯 … 株洲新闻网 1 0”行已删。存档摘录至第四段“华汛智能应急装备生产线项目办公楼等辅助用房已完成3层主”中断，该残句已截去，正文以“预计5月投产;”结束。园区：株洲经开区（株洲经济开发区，湖南株洲）。“北斗湖时空信息科技园”“中创星科产业园”是园区内的项目（开工建设/在建），作项目，不另列园区。2024年数（签约21、开工16、竣工投产13）为全年实绩（reported）。千寻位置等四家为签约引进的北斗项目（以企业名称作项目名，状态签约；列为可选）。",
  "wh01"),
 parks=[
  park(ZZ, "株洲", "湖南", "经济开发区", A0, note="省级园区；全省五好园区评价第18位"),
 ],
 companies=[
  comp("千寻位置", ZZ, A4, opt=True, note="签约引进的北斗时空信息项目"),
  comp("热数科技", ZZ, A4, opt=True, note="同上"),
  comp("华镁钛", ZZ, A4, opt=True, note="同上"),
  comp("北斗天汇", ZZ, A4, opt=True, note="同上"),
  comp("太空星际", ZZ, AT, opt=True, note="发射卫星的企业；在园由语境推断"),
  comp("兴隆新材", ZZ, A9, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("零碳中压电气和新能源装备产业基地项目", ZZ, A2, status="投产", status_text="从签约落地到竣工投产仅用80天", note="2024年"),
  proj("果子熟了项目", ZZ, A3, status="投产", status_text="当年签约、当年开工、当年竣工、当年投产", aliases=["果子熟了"], note="2024年"),
  proj("北斗湖时空信息科技园", ZZ, A5, status="开工", status_text="开工建设", status_alt="在建",
       note="2024年开工；一期预计6月建成交付首开区功能楼（见A7）"),
  proj("赛德雷特卫星智能制造工厂", ZZ, A6, status="投产", status_text="建成投产", note="全省首个商业卫星工厂"),
  proj("中创星科产业园", ZZ, A8, status="在建", status_text="3栋主体已封顶,钢结构厂房正在主体施工", note="果子熟了配套项目"),
  proj("兴隆新材提质升级扩容改造工程项目", ZZ, A9, companies=["兴隆新材"], phase="一期", status="在建",
       status_text="积极进行设备安装,预计5月投产", note="预计5月投产"),
  proj("千寻位置", ZZ, A4, status="签约", status_text="签约引进", opt=True, note="北斗时空信息项目，以企业名作项目名"),
  proj("热数科技", ZZ, A4, status="签约", status_text="签约引进", opt=True, note="同上"),
  proj("华镁钛", ZZ, A4, status="签约", status_text="签约引进", opt=True, note="同上"),
  proj("北斗天汇", ZZ, A4, status="签约", status_text="签约引进", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "provincial_rank", 18, "rank", A0, "2024年度全省五好园区创建综合评价（2025年3月公布）"),
  fact(ZZ, "park", "provincial_rank_change", 35, "rank", A0, "2024年度全省五好园区创建综合评价", opt=True, note="较上年度跃升35位"),
  fact(ZZ, "park", "projects_signed", 21, "count", A1, "2024年"),
  fact(ZZ, "park", "projects_signed_over_100m", 19, "count", A1, "2024年", opt=True, note="亿元以上"),
  fact(ZZ, "park", "projects_started", 16, "count", A1, "2024年"),
  fact(ZZ, "park", "projects_completed", 13, "count", A1, "2024年", note="竣工投产"),
  fact(ZZ, "park", "beidou_projects_signed", 9, "count", A4, "2024年", opt=True),
 ])

# ---------------------------------------------------------------- wh02 宜昌高新区白洋工业园 (chinatorch 2025-01)
YC = "宜昌高新区"
BY = "白洋工业园"
B0 = "冬日清晨,宜昌高新区白洋工业园的气温接近冰点"
B1 = "宜化氯碱新能源项目,一期计划2025年下半年投产,主要生产烧碱、氯气、氢气和盐酸等产品,是宜昌高新区白洋工业园龙头企业宜化集团布局的盐化工基础项目"
B2 = "项目建成后预计实现年产值20亿元"
B3 = "宜化新能源有限公司CPE项目组组长胡鹏指着眼前一栋栋在建厂房"
B4 = "CPE(氯化聚乙烯),广泛应用于海缆橡胶、消防阻燃剂等高端产品生产,一期项目计划2025年下半年投产,预计年产值约5亿元"
B5 = "“项目占地仅30亩,平均‘亩产’可达1600多万元。”"
G["wh02"] = dict(
 article=art("（宜昌高新区白洋工业园 宜化氯碱新能源项目）", "dsjy.chinatorch.gov.cn（科技部火炬中心网站“地方动态”；原刊媒体与作者不在摘录中）", "2025-01", "month",
  "Government portal's local-news column, Hubei: a feature (reportage) from a construction site in a high-tech zone's industrial park — a chemical firm's chlor-alkali project and a downstream CPE project, their schedules and expected output",
  "http://dsjy.chinatorch.gov.cn/kjb/dfdt/202501/03a53cf2c0864c02ac6b0530218f43a2.shtml",
  "存档摘录无标题、无日期行；日期取URL中的“202501”（月精度）；“冬日清晨”与2025年下半年投产的计划相合。标题栏为编者概括（不计入文本）。摘录在“CPE项目作为氯碱新能源”中断；末句“胡鹏的底气,正是由于…CPE项目作为氯碱新能源”残句截去，文本以引语“…1600多万元。”结束。园区：宜昌高新区（湖北宜昌）及其白洋工业园（parent 宜昌高新区）。项目：宜化氯碱新能源项目（宜化集团布局；在建，一期计划2025年下半年投产，预计年产值20亿元）；CPE项目（宜化新能源有限公司；“在建厂房”，一期计划2025年下半年投产，预计年产值约5亿元，占地30亩）。",
  "wh02"),
 parks=[
  park(YC, "宜昌", "湖北", "高新区", B0, note="宜昌高新技术产业开发区"),
  park(BY, "宜昌", "湖北", "工业园", B0, parent=YC, note="文作“宜昌高新区白洋工业园”"),
 ],
 companies=[
  comp("宜化集团", BY, B1, note="白洋工业园龙头企业"),
  comp("宜化新能源有限公司", BY, B3, note="CPE项目所属公司；在白洋工业园由语境推断"),
 ],
 projects=[
  proj("宜化氯碱新能源项目", BY, B1, companies=["宜化集团"], status="在建", status_text="一期计划2025年下半年投产",
       aliases=["氯碱新能源项目"], note="土建基本完成，设备安装进度超20%；一期计划2025年下半年投产"),
  proj("CPE项目", BY, B4, companies=["宜化新能源有限公司"], phase="一期", status="在建", status_text="在建厂房；一期项目计划2025年下半年投产",
       note="氯化聚乙烯；作为氯碱新能源项目的下游延伸"),
 ],
 aggregate_facts=[
  fact("宜化氯碱新能源项目", "project", "expected_annual_output_cny", 2e9, "cny", B2, "建成后（预计）", kind="target", chk=True),
  fact("CPE项目", "project", "expected_annual_output_cny", 5e8, "cny", "一期项目计划2025年下半年投产,预计年产值约5亿元", "一期投产后（预计）",
       kind="target", qual="约", qtext="约", chk=True),
  fact("CPE项目", "project", "site_area_mu", 30, "mu", B5, "2025年1月"),
  fact("宜化氯碱新能源项目", "project", "construction_workers", 800, "count", "像郝昭原这样的建设者,在工地上有近800人", "2025年1月",
       qual="约", qtext="近", opt=True),
  fact("宜化氯碱新能源项目", "project", "equipment_installation_progress", 0.2, "ratio", "目前设备安装进度已超20%", "2025年1月",
       kind="ratio", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- wh03 长沙经开区 三十而立 (人民网-湖南频道 2022)
CS = "长沙经开区"
C0 = "10月10日,长沙经开区召开纪念建区三十周年暨重点项目推进会"
C1 = "据悉,今年,长沙经开区共落地发展优质项目247个,总投资达1327亿元"
C2 = "其中,新签约引进项目175个,包含5000万元以上重点项目21个,工业地产新引进项目154个"
C3 = "新开工项目37个,总投资额约552亿元,三类500强项目5个"
C4 = "可竣工项目35个,总投资530亿元,三类500强项目9个"
C5 = "1992年10月8日,长沙经开区(原长沙星沙开发区)奠基"
C6 = "从第1家外资企业德国麦克潘特到41家世界500强企业入驻"
G["wh03"] = dict(
 article=art("长沙经开区:三十而立 澎湃高歌", "人民网-湖南频道（园区动态）", "2022-10-10", "day",
  "National portal's provincial channel, Hunan: a national economic zone's 30th-anniversary meeting — the year's projects landed, signed, started and to be completed, with the zone's thirty-year milestones",
  "http://hn.people.com.cn/n2/2022/1010/c356886-40155332.html",
  "日期取页面“2022年10月10日15:11 | 来源:人民网-湖南频道”。标题照录；频道导航、时间来源行与“小字号”已删。存档摘录在第四段“此外,园区还精”中断，残句截去，文本以“…电子信息等行业。”结束。同稿又见中国日报网（cn.chinadaily.com.cn 2022-10-10），未用。园区：长沙经开区（长沙经济技术开发区，湖南长沙，长沙县；原名长沙星沙开发区，作别名）。无具名项目。“今年…247个…1327亿元”及签约、开工数为截至会日的年内实绩（cumulative）；“可竣工项目35个…530亿元”为预计（target）。“规模工业总产值…到2500亿”无“元”字，作可选、metric 不带 _cny。",
  "wh03"),
 parks=[
  park(CS, "长沙", "湖南", "国家级经济技术开发区", C0, district="长沙县", aliases=["长沙星沙开发区"], note="原长沙星沙开发区"),
 ],
 companies=[
  comp("麦克潘特", CS, C6, opt=True, note="第1家外资企业（德国）"),
  comp("三一", CS, "从1994年三一奠基到18000余家商事主体扎根", opt=True, note="1994年奠基"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CS, "park", "projects_landed", 247, "count", C1, "2022年1月至10月10日", kind="cumulative"),
  fact(CS, "park", "projects_landed_investment_cny", 1327e8, "cny", C1, "2022年1月至10月10日", kind="cumulative", chk=True),
  fact(CS, "park", "projects_signed", 175, "count", C2, "2022年1月至10月10日", kind="cumulative"),
  fact(CS, "park", "key_projects_signed", 21, "count", C2, "2022年1月至10月10日", kind="cumulative", opt=True, note="5000万元以上重点项目"),
  fact(CS, "park", "industrial_property_projects_introduced", 154, "count", C2, "2022年1月至10月10日", kind="cumulative", opt=True),
  fact(CS, "park", "projects_started", 37, "count", C3, "2022年1月至10月10日", kind="cumulative"),
  fact(CS, "park", "projects_started_investment_cny", 552e8, "cny", C3, "2022年1月至10月10日", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(CS, "park", "projects_completed", 35, "count", C4, "2022年（可竣工）", kind="target"),
  fact(CS, "park", "projects_completed_investment_cny", 530e8, "cny", C4, "2022年（可竣工）", kind="target", chk=True),
  fact(CS, "park", "fortune500_firms", 41, "count", C6, "2022年10月", kind="cumulative"),
  fact(CS, "park", "registered_entities", 18000, "count", "从1994年三一奠基到18000余家商事主体扎根", "2022年10月", kind="cumulative",
       qual="余", qtext="余", opt=True),
  fact(CS, "park", "area_km2", 73, "km2", "从4到20到38到60到73平方公里的管理面积", "2022年10月", opt=True, note="管理面积"),
  fact(CS, "park", "industrial_workers", 200000, "count", "从40人的指挥部到20万产业工人", "2022年10月", opt=True),
  fact(CS, "park", "industrial_output_above_scale", 2500e8, "cny", "规模工业总产值从10亿、100亿、1000亿到2500亿", "2022年10月（近年）",
       opt=True, note="文中无“元”字"),
 ])

# ---------------------------------------------------------------- wh04 长沙经开区 全国第14位 (湖南日报 2022)
D0 = "长沙经开区实现高位晋级,在217家国家级经开区中位列第14位,较去年前进3位,是我省唯一进入前30强的国家级经开区"
D1 = "2021年,长沙经开区规模工业总产值增长超14.3%,产业投资增长25%以上"
D2 = "形成了三一集团、山河智能、中联工起、铁建重工和五新隧装等龙头企业齐聚园区的“世界级”产业现象"
D3 = "园区全年新增产值过100亿元企业2家,年产值过100亿元企业累计达6家"
D4 = "完成工业入规32家,其中产值过5亿元企业2家;完成企业智能化技术改造31家"
AS4 = "2021年"
G["wh04"] = dict(
 article=art("长沙经开区综合发展水平居全国第14位 年产值过100亿元企业达6家,形成世界级工程机械产业集群",
  "湖南日报（熊远帆），电子版 hnrb.voc.com.cn 第07版要闻", "2022-01-28", "day",
  "Provincial party daily (e-paper), Hunan: a national economic zone's rank in the Ministry of Commerce's 2021 evaluation, with growth rates, named leading firms and counts of firms by output",
  "https://hnrb.voc.com.cn/hnrb_epaper/html/2022-01/28/content_1561594.htm?div=-1",
  "报纸日期 2022年01月28日（电头“湖南日报1月27日讯”）。主题与副题两行合为标题行（中间一空格）。版面导航、上一篇下一篇与版权行已删。正文三段，完整。园区：长沙经开区（湖南长沙）。三一集团、山河智能、中联工起、铁建重工、五新隧装为园区龙头企业。排名为2021年度国家级经开区综合发展水平考核评价（商务部2022年1月27日公布）。“增长超14.3%”“增长25%以上”→ 超。",
  "wh04"),
 parks=[
  park(CS, "长沙", "湖南", "国家级经济技术开发区", D0, district="长沙县"),
 ],
 companies=[
  comp("三一集团", CS, D2),
  comp("山河智能", CS, D2),
  comp("中联工起", CS, D2),
  comp("铁建重工", CS, D2),
  comp("五新隧装", CS, D2),
 ],
 institutions=[
  inst("商务部", "今天,商务部公布2021年国家级经济技术开发区综合发展水平考核评价结果", note="发布考评结果"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CS, "park", "national_rank", 14, "rank", D0, "2021年国家级经开区综合发展水平考核评价（2022年1月27日公布）"),
  fact(CS, "park", "national_rank_change", 3, "rank", D0, "2021年国家级经开区综合发展水平考核评价", opt=True, note="较去年前进3位"),
  fact(CS, "park", "industrial_output_above_scale_yoy_growth", 0.143, "ratio", D1, AS4, kind="ratio", qual="超", qtext="超"),
  fact(CS, "park", "industrial_investment_yoy_growth", 0.25, "ratio", D1, AS4, kind="ratio", qual="超", qtext="以上"),
  fact(CS, "park", "firms_output_over_10b", 6, "count", D3, "2021年末", kind="cumulative", note="年产值过100亿元企业"),
  fact(CS, "park", "new_firms_output_over_10b", 2, "count", D3, AS4, opt=True),
  fact(CS, "park", "new_above_scale_firms", 32, "count", D4, AS4, opt=True, note="完成工业入规"),
  fact(CS, "park", "smart_renovation_firms", 31, "count", D4, AS4, opt=True),
  fact(CS, "park", "smart_manufacturing_solution_providers_new", 16, "count",
       "年内新增省级智能制造系统解决方案供应商16家,占长沙市61%、全省24%", AS4, opt=True),
 ])

# ---------------------------------------------------------------- wh05 武汉经开区 2023 一季度签约 (极目新闻 via jsnol)
WH = "武汉经开区"
EV = "智能网联和电动汽车产业园"
E0 = "其中,武汉经开区签约总金额为498亿元"
E1 = "项目签约环节上,共有17个项目落户武汉经开区,签约项目包括博雷顿管理总部及生产基地、综合智慧零碳电厂、东风卓联汽车湖北省区域销售总部、雄志集团总部及汽车配件制造、思赢科技武汉显示、航盛电子技术中心等"
E2 = "博雷顿管理总部及生产基地项目总投资51.6亿元"
E3 = "在武汉经开区智能网联和电动汽车产业园打造综合智慧零碳电厂"
E4 = "东风卓联汽车服务有限公司在武汉经开区设立区域总部"
E5 = "本次活动共签约项目188个,签约金额4598.7亿元"
G["wh05"] = dict(
 article=art("（2023武汉全球招商暨一季度项目签约大会 武汉经开区签约498亿元）", "极目新闻（姚岗；通讯员李正东、胡邦），载于 pic.jsnol.com", "2023-03-17", "day",
  "Mobile news outlet via an aggregator, Hubei: a city-wide signing conference and the national economic zone's share — 17 projects, six named, one with its investment, one in a sub-park",
  "http://pic.jsnol.com/local/20230317/80525.html",
  "存档摘录无标题、无日期行；日期取URL“20230317”与正文“3月17日”。标题栏为编者概括（不计入文本）。作者、通讯员、实习生三行与“(相关资料图)”已删。摘录止于一个完整句（“…信息服务等项目。”），其后或有下文未存。园区：武汉经开区（武汉经济技术开发区，湖北武汉）及其智能网联和电动汽车产业园（parent 武汉经开区）。六个具名签约项目均作“签约”；博雷顿项目总投资51.6亿元。全市数（188个、4598.7亿元）主体为武汉（city），列为可选。",
  "wh05"),
 parks=[
  park(WH, "武汉", "湖北", "经济技术开发区", E0, note="武汉经济技术开发区（中国车谷）"),
  park(EV, "武汉", "湖北", "产业园", E3, parent=WH, note="文作“武汉经开区智能网联和电动汽车产业园”"),
 ],
 companies=[
  comp("博雷顿", WH, E2, note="只在项目名中（博雷顿管理总部）"),
  comp("国家电投集团湖北公司", WH, "国家电投集团湖北公司在武汉经开区因地制宜实施综合智慧能源开发和利用"),
  comp("东风卓联汽车服务有限公司", WH, E4),
  comp("雄志集团", WH, E1, opt=True, note="只在项目名中"),
  comp("思赢科技", WH, E1, opt=True, note="只在项目名中"),
  comp("航盛电子", WH, E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("博雷顿管理总部及生产基地", WH, E2, companies=["博雷顿"], inv="51.6亿元", status="签约", status_text="签约",
       note="分两期：一期5000台纯电动工程车生产基地，二期扩产至1万台"),
  proj("综合智慧零碳电厂", EV, E3, companies=["国家电投集团湖北公司"], status="签约", status_text="签约",
       note="签约项目（E1）；建在智能网联和电动汽车产业园"),
  proj("东风卓联汽车湖北省区域销售总部", WH, E1, companies=["东风卓联汽车服务有限公司"], status="签约", status_text="签约"),
  proj("雄志集团总部及汽车配件制造", WH, E1, companies=["雄志集团"], status="签约", status_text="签约"),
  proj("思赢科技武汉显示", WH, E1, companies=["思赢科技"], status="签约", status_text="签约"),
  proj("航盛电子技术中心", WH, E1, companies=["航盛电子"], status="签约", status_text="签约"),
 ],
 aggregate_facts=[
  fact(WH, "park", "signed_investment_cny", 498e8, "cny", E0, "2023年一季度签约大会（3月17日）", chk=True),
  fact(WH, "park", "projects_signed", 17, "count", E1, "2023年一季度签约大会（3月17日）"),
  fact("武汉", "city", "projects_signed", 188, "count", E5, "2023年一季度签约大会（3月17日）", opt=True),
  fact("武汉", "city", "signed_investment_cny", 4598.7e8, "cny", E5, "2023年一季度签约大会（3月17日）", opt=True, chk=True),
  fact("博雷顿管理总部及生产基地", "project", "phase1_capacity_units", 5000, "units",
       "一期建设5000台纯电动工程车生产基地,二期扩产至1万台", "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wh06 清控银杏光谷创投基金 (投资界 via briankreed 2023)
DH = "东湖高新区"
F0 = "5月12日,清控银杏光谷创投基金签约仪式在武汉东湖高新区举行"
F1 = "清控银杏光谷创投基金规模20亿元"
F2 = "该基金是光谷金控联合清控银杏在武汉新城设立的第一支国家中小企业发展子基金"
F3 = "先后设立光谷产业发展基金、光谷创投引导基金、光谷天使合伙人基金三支政府引导基金"
F4 = "已参与设立基金51支,基金实缴总规模1630亿元"
F5 = "近三年480余家光谷企业获得股权融资超750次,融资总金额超660亿元"
G["wh06"] = dict(
 article=art("国家中小企业基金20亿子基金落户武汉新城", "投资界（解码LP），载于 m.briankreed.com（投资界镜像）", "2023-05-15", "day",
  "VC trade outlet via a mirror, Hubei: a 2-billion-yuan sub-fund of the national SME development fund signed in a high-tech zone, with the zone's guidance funds and fund totals",
  "https://m.briankreed.com/news/202305/513609.shtml",
  "日期取页面“2023-05-15 08:34 · 投资界”。标题照录；“旗下微信矩阵:”、标题下的摘要句（与正文第二段开头重复）与日期行已删。存档摘录末段“当前,武汉新城正全力建设…2022年新增备案基金管理公司22家,总”中断，该段整段不收；文本以“…融资总金额超660亿元。”结束。园区：东湖高新区（武汉东湖高新区；文中“光谷”指同一地区，作别名）。“武汉新城”为城市新区规划片区，不列园区。基金：清控银杏光谷创投基金（20亿元；光谷金控联合清控银杏设立，国家中小企业发展基金子基金）；光谷产业发展基金、光谷创投引导基金、光谷天使合伙人基金（东湖高新区三支政府引导基金，规模文中未写）；国家中小企业发展基金（无园区；“认缴规模近900亿”是其31支子基金的合计且无“元”字，不作规模）。",
  "wh06"),
 parks=[
  park(DH, "武汉", "湖北", "高新区", F0, aliases=["武汉东湖高新区", "光谷"], note="武汉东湖新技术开发区；文中“光谷”指同一地区"),
 ],
 companies=[
  comp("光谷金控", DH, F2, note="基金发起方之一"),
  comp("清控银杏", DH, F2, note="基金发起方之一；园区取签约地"),
 ],
 projects=[],
 funds=[
  fund("清控银杏光谷创投基金", DH, F1, size="20亿元", size_type="规模", note="国家中小企业发展基金子基金；光谷金控联合清控银杏在武汉新城设立；5月12日签约"),
  fund("国家中小企业发展基金", None, "国家中小企业发展基金作为支持创新型中小企业发展的国家队", opt=True,
       note="2020年注册设立；已设立31支子基金，认缴规模近900亿（无“元”字、为子基金合计，不作规模）"),
  fund("光谷产业发展基金", DH, F3, note="东湖高新区政府引导基金；规模文中未写"),
  fund("光谷创投引导基金", DH, F3, note="同上"),
  fund("光谷天使合伙人基金", DH, F3, note="同上"),
 ],
 aggregate_facts=[
  fact(DH, "park", "funds_participated", 51, "count", F4, "2023年5月", kind="cumulative", note="已参与设立基金"),
  fact(DH, "park", "funds_paid_in_total_cny", 1630e8, "cny", F4, "2023年5月", kind="cumulative", chk=True, note="基金实缴总规模"),
  fact(DH, "park", "firms_equity_financed", 480, "count", F5, "近三年（至2023年5月）", kind="cumulative", qual="余", qtext="余", opt=True),
  fact(DH, "park", "equity_financing_cny", 660e8, "cny", "融资总金额超660亿元", "近三年（至2023年5月）", kind="cumulative",
       qual="超", qtext="超", opt=True, chk=True),
  fact("清控银杏光谷创投基金", "fund", "early_stage_investment_share_min", 0.6, "ratio",
       "不低于60%的资金投向种子期、初创期和成长期中小企业", "基金投资要求", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wh07 赣州经开区 十年 (赣州市工信局 via zgong 2022)
GZ = "赣州经开区"
KJ = "新能源科技城"
H0 = "总面积达35.2平方公里的新能源科技城,是赣州经开区培育壮大新能源汽车主导产业的创新平台"
H1 = "走进山东凯马汽车制造有限公司赣州分公司的生产车间"
H2 = "2019年8月6日,全市第一辆商用车在赣州凯马成功下线"
H3 = "单体投资规模最大的工业项目——吉利(赣州)42GWh动力电池项目加速建设"
H4 = "走进赣州市同兴达电子科技有限公司的生产车间可以看到,新改建的一体化全贴合技术液晶显示模组生产线正开足马力赶制一批订单,2021年企业营收突破百亿元大关"
H5 = "2012年,赣州经开区GDP约154.85亿元,工业营收443.77亿元"
H6 = "2021年,全区规上工业营收突破千亿元,跻身千亿级园区方阵"
H7 = "在全国219个国家级经开区综合发展水平考核评价中跃居第52位"
H8 = "在全省98个开发区争先创优考评中位列第2位,列全省10个国家级经开区首位"
G["wh07"] = dict(
 article=art("赣州经开区:产业集群成效凸显 现代化工业新城崛起", "赣州市工信局，载于 m.zgong.com（重工机械网）", "2022-08-08", "day",
  "Industry portal relaying a city bureau's feature, Jiangxi: a national economic zone's ten-year review — a sub-park, two named firms, a battery project under construction, GDP and revenue then and now, rankings",
  "https://m.zgong.com/news/detail/63990.html",
  "日期取页面“2022-08-08 13:08:29514”（时间后连着浏览数514）与“来源:赣州市工信局”。标题照录；站名、登录、日期行与来源行已删。存档摘录末段“产业集群成效愈显…党建质量全面过硬……十”中断，该段整段不收；文本以“…列全省10个国家级经开区首位。”结束。园区：赣州经开区（赣州经济技术开发区，江西赣州）；新能源科技城（35.2平方公里，parent 赣州经开区）。企业：山东凯马汽车制造有限公司赣州分公司（又作“赣州凯马”）、赣州市同兴达电子科技有限公司。项目：吉利(赣州)42GWh动力电池项目（加速建设 → 在建）；凯马汽车项目（2019年首车下线，状态不标）。",
  "wh07"),
 parks=[
  park(GZ, "赣州", "江西", "国家级经济技术开发区", H0),
  park(KJ, "赣州", "江西", "科技城", H0, parent=GZ, note="赣州新能源科技城，赣州经开区内的新能源汽车产业平台"),
 ],
 companies=[
  comp("山东凯马汽车制造有限公司赣州分公司", KJ, H1, aliases=["赣州凯马"], note="在新能源科技城由语境推断（同段）"),
  comp("赣州市同兴达电子科技有限公司", GZ, H4),
 ],
 projects=[
  proj("吉利(赣州)42GWh动力电池项目", GZ, H3, status="在建", status_text="加速建设", note="单体投资规模最大的工业项目（金额文中未写）"),
  proj("凯马汽车项目", KJ, "凯马汽车项目是央企帮扶革命老区发展的生动缩影", companies=["山东凯马汽车制造有限公司赣州分公司"],
       opt=True, note="2019年8月6日首辆商用车下线；状态不标"),
  proj("一体化全贴合技术液晶显示模组生产线", GZ, H4, companies=["赣州市同兴达电子科技有限公司"], status="投产",
       status_text="新改建的…生产线正开足马力赶制一批订单", opt=True),
 ],
 aggregate_facts=[
  fact(KJ, "park", "area_km2", 35.2, "km2", H0, "2022年8月"),
  fact(GZ, "park", "gdp_cny", 154.85e8, "cny", H5, "2012年", qual="约", qtext="约", chk=True),
  fact(GZ, "park", "industrial_revenue_cny", 443.77e8, "cny", "工业营收443.77亿元", "2012年", chk=True),
  fact(GZ, "park", "industrial_revenue_above_scale_cny", 1e11, "cny", H6, "2021年", qual="超", qtext="突破"),
  fact(GZ, "park", "national_rank", 52, "rank", H7, "国家级经开区综合发展水平考核评价（2021年度）"),
  fact(GZ, "park", "provincial_rank", 2, "rank", H8, "全省开发区争先创优考评（2021年度）"),
  fact("赣州市同兴达电子科技有限公司", "company", "revenue_cny", 1e10, "cny", "2021年企业营收突破百亿元大关", "2021年",
       qual="超", qtext="突破", opt=True),
 ])
