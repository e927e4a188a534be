# real456 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/超/以上/突破 → 超, 余/多 → 余, 约 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as ratios.
# Projects: the park the text places the project in, null where only a city or county is named. Status from the text's
# words (已建成 → 竣工; 正加紧推进 / 稳步推进 / 加速推进 / 同步实施 → 在建; 已签约将开工 / 推进签约 → 签约; 已签约开工 / 已开工建设 →
# 开工; 将于…开工 / 前期工作 / 拟投资建设 / 确保…开工 → planned). “预计” figures are kind target; year-to-date (“今年1至10月”,
# “累计”, “2024年以来”) figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/kmNN.raw.

# ---------------------------------------------------------------- km01 楚雄市文化旅游业 大项目 (baogaosu 2016)
CXS = "楚雄市"
K0 = "占地3161亩,总投资32亿元的彝人古镇文化旅游景区建设项目已建成国家4A级景区"
K1 = "占地600亩、总投资20.5亿元的西南(楚雄)义乌商品交易博览城项目正加紧推进"
K2 = "占地3000亩、计划投资17亿元的云南楚雄高原体育训练基地建设项目已签约将开工建设"
K3 = "占地6800亩,计划投资15亿元的泽龙生态旅游农庄项目已正式签约开工建设"
K4 = "总投资6亿元的天行健•彝天地旅游文化综合体建设项目主体工程已完成,即将投入运营"
K5 = "计划投资5亿元的中国彝族十月太阳历文化园提升改造项目已开工建设"
K6 = "计划投资20亿元的大紫溪山开发和文化旅游基地建设项目将于4月份开工"
K7 = "占地1789亩、计划投资50亿元的生态产业园建设项目前期工作正在开展"
K8 = "计划投资30亿元的中国楚雄彝药文化园产业项目已启动"
K9 = "楚雄市“十三五”427个规划支撑项目中,第三产业项目占59个,预计完成投资531.5亿元,占28.02%"
AS1 = "2016年3月"
G["km01"] = dict(
 article=art("十三五”期间楚雄市文化旅游业将实施大项目拉动大增长战略", "kunming.baogaosu.com（报告速递“新闻”栏；原发媒体与署名存段未示）", "2016-03-31", "day",
  "Aggregator relaying a prefecture press-conference item, Yunnan (楚雄): a city's culture-tourism projects for the 13th Five-Year Plan — nine named projects with site area, investment and stage (built, under way, signed, started, planned), the city's planned support projects and expected investment",
  "http://kunming.baogaosu.com/xinwen/%E6%A5%9A%E9%9B%84%E5%B8%82%E6%96%87%E5%8C%96%E6%97%85%E6%B8%B8%E4%B8%9A%E5%B0%86%E5%AE%9E%E6%96%BD%E5%A4%A7%E9%A1%B9%E7%9B%AE/45325922/",
  "日期取页面“31.03.2016 10:59”。标题照录（存段标题开头缺左引号“，原样保留）；正文两段，完整。地点：楚雄彝族自治州楚雄市，云南。文中未点名具体园区：“万亩文化旅游产业园”只是目标提法（列可选园区），“生态产业园建设项目”作项目；九个项目均只说在楚雄市，park 记 null。状态：彝人古镇“已建成国家4A级景区”→竣工；义乌商品交易博览城“正加紧推进”→在建；高原体育训练基地“已签约将开工建设”→签约；泽龙生态旅游农庄“已正式签约开工建设”→开工（status_alt 签约）；天行健•彝天地“主体工程已完成,即将投入运营”→在建（status_alt 竣工）；十月太阳历文化园“已开工建设”→开工；大紫溪山“将于4月份开工”→planned；生态产业园“前期工作正在开展”→planned；彝药文化园“已启动”→开工（status_alt planned，词义不明）。事实：427个规划支撑项目、第三产业项目59个、预计完成投资531.5亿元（target）、占28.02%。副市长不列。",
  "km01"),
 parks=[
  park("万亩文化旅游产业园", "楚雄", "云南", "文化旅游产业园（目标）", "实现“百亿投资建万亩文化旅游产业园”目标", district="楚雄市", opt=True,
       note="只作目标提法出现"),
 ],
 companies=[],
 institutions=[
  inst("楚雄市人民政府", "楚雄市人民政府副市长李明海日前在楚雄州“启航十三五”系列新闻发布会上表示", note="发布方"),
 ],
 projects=[
  proj("彝人古镇文化旅游景区建设项目", None, K0, inv="总投资32亿元", status="竣工", status_text="已建成国家4A级景区"),
  proj("西南(楚雄)义乌商品交易博览城项目", None, K1, inv="总投资20.5亿元", status="在建", status_text="正加紧推进"),
  proj("云南楚雄高原体育训练基地建设项目", None, K2, inv="计划投资17亿元", status="签约", status_text="已签约将开工建设"),
  proj("泽龙生态旅游农庄项目", None, K3, inv="计划投资15亿元", status="开工", status_text="已正式签约开工建设", status_alt="签约"),
  proj("天行健•彝天地旅游文化综合体建设项目", None, K4, inv="总投资6亿元", status="在建", status_text="主体工程已完成,即将投入运营", status_alt="竣工"),
  proj("中国彝族十月太阳历文化园提升改造项目", None, K5, inv="计划投资5亿元", status="开工", status_text="已开工建设"),
  proj("大紫溪山开发和文化旅游基地建设项目", None, K6, inv="计划投资20亿元", status="planned", status_text="将于4月份开工"),
  proj("生态产业园建设项目", None, K7, inv="计划投资50亿元", status="planned", status_text="前期工作正在开展"),
  proj("中国楚雄彝药文化园产业项目", None, K8, inv="计划投资30亿元", status="开工", status_text="已启动", status_alt="planned", note="“已启动”词义不明"),
 ],
 aggregate_facts=[
  fact(CXS, "region", "planned_support_projects", 427, "count", K9, "“十三五”（2016–2020，规划）", kind="target"),
  fact(CXS, "region", "planned_tertiary_projects", 59, "count", K9, "“十三五”（2016–2020，规划）", kind="target", opt=True),
  fact(CXS, "region", "planned_tertiary_investment_cny", 5.315e10, "cny", "预计完成投资531.5亿元,占28.02%", "“十三五”（2016–2020，预计）", kind="target", chk=True),
  fact(CXS, "region", "planned_tertiary_investment_share", 0.2802, "ratio", "预计完成投资531.5亿元,占28.02%", "“十三五”（2016–2020，预计）", kind="target", opt=True),
  fact("彝人古镇文化旅游景区建设项目", "project", "site_area_mu", 3161, "mu", K0, AS1, opt=True),
  fact("生态产业园建设项目", "project", "site_area_mu", 1789, "mu", K7, AS1, opt=True),
 ])

# ---------------------------------------------------------------- km02 玉溪高新区龙泉片区 (玉溪日报 via yuxi.gov.cn 2018)
YX = "玉溪高新区"
LQ = "龙泉片区"
L0 = "日前,记者在玉溪高新区龙泉片区看到,龙腾路、江义街、龙滨路等5条道路的电缆通道、绿化、照明、交通安全设施等工程项目已完工;升华电梯西南生产运营中心项目、标准厂房建设项目和比亚迪跨座式单轨(云轨)产业生产项目等重点项目建设稳步推进"
L1 = "今年新启动实施路网、电网、通信、供排水和绿化等基础设施建设,累计完成投资13661万元"
L2 = "今年以来,龙源公司多渠道拓宽招商范围,推进签约弘顺龙电子、环宇赛尔新能源、国雅智能等3个项目尽快落地,争取与正威集团、信卓誉科技等8户企业完成签订框架合作协议"
L3 = "签约亿元以上项目9个,续建亿元以上项目3个"
L4 = "一、二期项目概算总投资10亿元,目前已投入4.38亿元"
L5 = "2017年累计收储土地413.32亩,完成目标任务300亩的137.77%"
AS2 = "2018年（截至5月底）"
G["km02"] = dict(
 article=art("高新区龙泉片区重点项目建设稳步推进", "玉溪日报，载于玉溪市人民政府网 yuxi.gov.cn（“来源:玉溪日报”；署名存段未示）", "2018-06-01", "day",
  "City daily on the city government portal, Yunnan (玉溪): a national high-tech zone's sub-area — roads finished, three named key projects under way, the zone developer's infrastructure spending and land stock, projects signed, one elevator maker's plant with total and invested sums and trial-production plan",
  "https://www.yuxi.gov.cn/yxs/626117/20180601/909838.html",
  "日期取页面“公开日期 2018-06-01”，来源玉溪日报。标题照录；索引号/来源表格行已删；标题下一行“标准厂房建设如火如荼”推定为图片说明，已删（不确定，也可能是引题）。存段在末句“规划建设年产2万台乘客电梯…观光电梯自”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…目前已投入4.38亿元。”，共五段。园区：玉溪高新区（国家高新区；文中又作“高新区”；玉溪，云南）；龙泉片区（“玉溪高新区龙泉片区”，parent 玉溪高新区；把江川通用机场周边纳入协同发展）。公司：龙源公司（“高新区龙源公司”，片区开发主体）；弘顺龙电子、环宇赛尔新能源、国雅智能（推进签约的3个项目，以企业名作项目名）；正威集团、信卓誉科技（争取签框架协议，可选，park null）；升华电梯、比亚迪只在项目名中（可选）。项目：升华电梯西南生产运营中心项目（一、二期概算总投资10亿元，已投入4.38亿元，1号厂房交付、2号厂房钢结构安装、8月试生产→在建）；标准厂房建设项目、比亚迪跨座式单轨(云轨)产业生产项目（稳步推进→在建）；三个签约项目（签约）；龙泉供排水工程（前期工作，可选 planned）。事实：基础设施累计投资13661万元（今年以来，cumulative）；2017年收储土地413.32亩；签约亿元以上项目9个、续建3个（今年以来）；升华项目已投入4.38亿元。",
  "km02"),
 parks=[
  park(YX, "玉溪", "云南", "国家高新技术产业开发区", L0, aliases=["高新区"], note="文中又作“高新区”"),
  park(LQ, "玉溪", "云南", "片区", L0, parent=YX, note="“玉溪高新区龙泉片区”；含江川通用机场周边协同区"),
 ],
 companies=[
  comp("龙源公司", YX, "去年以来,高新区龙源公司按照统筹规划、联动发展的规划原则", aliases=["高新区龙源公司"], note="片区开发建设主体"),
  comp("弘顺龙电子", LQ, L2, note="推进签约落地"),
  comp("环宇赛尔新能源", LQ, L2, note="推进签约落地"),
  comp("国雅智能", LQ, L2, note="推进签约落地"),
  comp("正威集团", None, L2, opt=True, note="争取签订框架合作协议"),
  comp("信卓誉科技", None, L2, opt=True, note="争取签订框架合作协议"),
  comp("升华电梯", LQ, L0, opt=True, note="只在项目名中"),
  comp("比亚迪", LQ, L0, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("升华电梯西南生产运营中心项目", LQ, L4, companies=["升华电梯"], inv="概算总投资10亿元", phase="一、二期", status="在建", status_text="建设稳步推进",
       note="1号厂房已交付使用，2号厂房钢结构安装，预计8月进入试生产"),
  proj("标准厂房建设项目", LQ, L0, status="在建", status_text="建设稳步推进"),
  proj("比亚迪跨座式单轨(云轨)产业生产项目", LQ, L0, companies=["比亚迪"], status="在建", status_text="建设稳步推进"),
  proj("弘顺龙电子", LQ, L2, companies=["弘顺龙电子"], status="签约", status_text="推进签约", note="以企业名作项目名"),
  proj("环宇赛尔新能源", LQ, L2, companies=["环宇赛尔新能源"], status="签约", status_text="推进签约", note="以企业名作项目名"),
  proj("国雅智能", LQ, L2, companies=["国雅智能"], status="签约", status_text="推进签约", note="以企业名作项目名"),
  proj("龙泉供排水工程", LQ, "龙泉供排水工程前期工作有序推进", status="planned", status_text="前期工作有序推进", opt=True),
 ],
 aggregate_facts=[
  fact(LQ, "park", "infrastructure_investment_cny", 1.3661e8, "cny", L1, AS2, kind="cumulative", chk=True),
  fact(LQ, "park", "land_stored_mu", 413.32, "mu", L5, "2017年", kind="cumulative", opt=True),
  fact(LQ, "park", "land_stored_target_completion", 1.3777, "ratio", L5, "2017年", kind="ratio", opt=True),
  fact(LQ, "park", "projects_signed", 9, "count", L3, AS2, kind="cumulative", note="亿元以上项目"),
  fact(LQ, "park", "projects_continuing", 3, "count", L3, AS2, opt=True, note="续建亿元以上项目"),
  fact("升华电梯西南生产运营中心项目", "project", "invested_cny", 4.38e8, "cny", "目前已投入4.38亿元", AS2, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- km03 昆明经开区 冲刺四季度 (昆明在线 via kmcits0366 2018)
KM = "昆明经济技术开发区"
M1 = "规模以上固定资产投资累计完成投资142.4亿元,同比增长11.21%"
M2 = "规模以上工业总产值累计完成325.98亿元,增长16.5%"
M3 = "限额以上社会消费品零售总额累计完成101亿元,增长14.2%"
M4 = "地方一般公共预算收入29.95亿元,同比增长19%"
M5 = "招商引资累计完成内资107.06亿元,完成全年任务的85.6%"
M6 = "引进外资7469.39万美元,完成全年目标的83%"
M7 = "同时,紧盯云安电子数码标准厂房、云南星航特科技有限公司特种气体检测设备和电子原件加工基地建设项目,确保年底前实现开工建设"
M8 = "确保老石安路改造提升、经开103号路南延线下穿昆河铁路立交桥、经开人民医院、大新册小学及幼儿园、倪家营小学等项目年底实现开工建设"
M9 = "确保以广福路东延线、呈黄路(北段)、经开204号道路等为重点的一批在建项目早日建成投入使用"
AS3 = "2018年1–10月"
G["km03"] = dict(
 article=art("昆明经开区: 冲刺四季度夺取“全年红”", "昆明在线（记者 张雁群，通讯员 王致捷），载于 kmcits0366.com（“云南新闻”栏）", "2018-08-15", "day",
  "Local news site relaying a city news item, Yunnan (昆明): a national economic and technological development zone's progress meeting — honours won, ten-month figures for investment, industrial output, retail sales, budget revenue, domestic and foreign capital attracted; projects to be started by year-end and roads under construction",
  "http://www.kmcits0366.com/a/yunnanxinwen/2018/0815/141624.html",
  "日期取页面“发布时间:2018-08-15”；但正文写“今年1至10月”“9月又被…评为”，与页面日期不合（页面日期可能有误，实际约为2018年11月），照录页面日期，facts 的 as_of 记 2018年1–10月。标题照录；导航、“热门搜索:”、来源日期行与记者通讯员行已删；首行以“讯 ”开头（原“…讯”残留），照录。存段在末句“重点做好汉能“移动能源产业园”、昆明醋酸纤维有限公司整体搬迁、”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…年内计划竣工项目如期完成。”，共三段。园区：昆明经济技术开发区（文中又作“昆明经开区”“经开区”；昆明，云南）。公司：云南星航特科技有限公司（项目业主，在区内）；云安电子只在项目名中（可选）。项目：云安电子数码标准厂房、云南星航特科技有限公司特种气体检测设备和电子原件加工基地建设项目（“确保年底前实现开工建设”→planned）；老石安路改造提升等五个基础设施与社会事业项目（planned，可选）；广福路东延线等三条在建道路（在建，可选）。事实：1至10月各项累计数（cumulative）与增速（ratio）；外资以美元记 *_usd；完成全年任务比例可选。“国家大众创业万众创新示范基地”“国家绿色园区”为称号，不计事实。",
  "km03"),
 parks=[
  park(KM, "昆明", "云南", "国家级经济技术开发区", "讯 今年昆明经济技术开发区捷报不断", aliases=["昆明经开区", "经开区"], note="文中又作“昆明经开区”“经开区”"),
 ],
 companies=[
  comp("云南星航特科技有限公司", KM, M7, note="特种气体检测设备和电子原件加工基地项目业主"),
  comp("云安电子", KM, M7, opt=True, note="只在项目名“云安电子数码标准厂房”中；名称不全"),
 ],
 institutions=[],
 projects=[
  proj("云安电子数码标准厂房", KM, M7, status="planned", status_text="确保年底前实现开工建设"),
  proj("云南星航特科技有限公司特种气体检测设备和电子原件加工基地建设项目", KM, M7, companies=["云南星航特科技有限公司"], status="planned", status_text="确保年底前实现开工建设"),
  proj("老石安路改造提升", KM, M8, status="planned", status_text="确保…年底实现开工建设", opt=True),
  proj("经开103号路南延线下穿昆河铁路立交桥", KM, M8, status="planned", status_text="确保…年底实现开工建设", opt=True),
  proj("经开人民医院", KM, M8, status="planned", status_text="确保…年底实现开工建设", opt=True),
  proj("广福路东延线", KM, M9, status="在建", status_text="在建项目", opt=True),
  proj("呈黄路(北段)", KM, M9, status="在建", status_text="在建项目", opt=True),
 ],
 aggregate_facts=[
  fact(KM, "park", "fixed_asset_investment_cny", 1.424e10, "cny", M1, AS3, kind="cumulative", chk=True, note="规模以上固定资产投资"),
  fact(KM, "park", "fixed_asset_investment_yoy_growth", 0.1121, "ratio", M1, AS3, kind="ratio"),
  fact(KM, "park", "industrial_output_cny", 3.2598e10, "cny", M2, AS3, kind="cumulative", chk=True, note="规模以上工业总产值"),
  fact(KM, "park", "industrial_output_yoy_growth", 0.165, "ratio", M2, AS3, kind="ratio"),
  fact(KM, "park", "retail_sales_cny", 1.01e10, "cny", M3, AS3, kind="cumulative", chk=True, opt=True),
  fact(KM, "park", "retail_sales_yoy_growth", 0.142, "ratio", M3, AS3, kind="ratio", opt=True),
  fact(KM, "park", "public_budget_revenue_cny", 2.995e9, "cny", M4, AS3, kind="cumulative", chk=True),
  fact(KM, "park", "public_budget_revenue_yoy_growth", 0.19, "ratio", M4, AS3, kind="ratio", opt=True),
  fact(KM, "park", "domestic_investment_attracted_cny", 1.0706e10, "cny", M5, AS3, kind="cumulative", chk=True),
  fact(KM, "park", "domestic_investment_target_completion", 0.856, "ratio", M5, AS3, kind="ratio", opt=True),
  fact(KM, "park", "foreign_investment_usd", 7.469390e7, "usd", M6, AS3, kind="cumulative"),
  fact(KM, "park", "foreign_investment_target_completion", 0.83, "ratio", M6, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- km04 陆良 赴萍乡招商 (qj.gov.cn 2019)
LL = "陆良工业园区"
N0 = "据了解,萍乡星达星陶瓷有限公司拟在陆良投资建设年产10万吨微晶耐磨瓷球生产项目,计划总投资2亿元,分两期建设,拟选址于陆良工业园区召夸片区"
N1 = "项目建成后可实现年产值3.4亿元,年均上缴税费总额约3000万元,带动新增就业人口约300人以上"
N2 = "陆良县工业园区管委会部门负责人一行,先后到萍乡市金刚科技工业园有限公司、欧美嘉陶瓷、萍乡星达星陶瓷有限公司实地参观考察企业生产工艺、流程"
G["km04"] = dict(
 article=art("（无标题）陆良县委书记率队赴江西萍乡精准招商 洽谈年产10万吨微晶耐磨瓷球生产项目", "曲靖市人民政府网 qj.gov.cn（“部门动态”栏；原发媒体与署名存段未示）", "2019-11-28", "day",
  "City government portal's department news, Yunnan (曲靖 陆良): a county party secretary's investment-promotion trip — a ceramic-ball maker's planned project with investment, two phases and its proposed site in the county's industrial park, expected output and taxes; a snack-food firm visited",
  "https://www.qj.gov.cn/html/2019/bmdt2_1128/75638.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2019/bmdt2_1128（2019-11-28；文中考察日为11月21日至22日）。存段在末句“近年来,公司先后荣获江西省著名商标、省级农业产业化龙头”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…坚果炒货领域的领先品牌。”，共五段。园区：陆良工业园区（文中又作“陆良县工业园区”；曲靖市陆良县，云南）；召夸片区（“陆良工业园区召夸片区”，可选，parent 陆良工业园区）。公司：萍乡星达星陶瓷有限公司（拟投资方，本身在萍乡，park null）；萍乡市金刚科技工业园有限公司、欧美嘉陶瓷、甘源食品股份有限公司（考察对象，可选，park null）。项目：年产10万吨微晶耐磨瓷球生产项目（计划总投资2亿元，分两期，拟选址陆良工业园区召夸片区→park 陆良工业园区，status planned：洽谈、拟投资）；陆良年产100吨煤焦化项目（既有项目，可选，park null）。事实：该项目建成后预期年产值3.4亿元、年税费约3000万元（target）。县领导不列；陆良县投资促进局、陆良县工业园区管委会列可选机构。",
  "km04"),
 parks=[
  park(LL, "曲靖", "云南", "工业园区", N0, district="陆良县", aliases=["陆良县工业园区"], note="文中又作“陆良县工业园区”（管委会）"),
  park("召夸片区", "曲靖", "云南", "片区", N0, district="陆良县", parent=LL, opt=True, note="“陆良工业园区召夸片区”"),
 ],
 companies=[
  comp("萍乡星达星陶瓷有限公司", None, N0, note="拟在陆良工业园区召夸片区投资建设；公司在江西萍乡"),
  comp("萍乡市金刚科技工业园有限公司", None, N2, opt=True, note="考察对象（萍乡）"),
  comp("欧美嘉陶瓷", None, N2, opt=True, note="考察对象（萍乡）"),
  comp("甘源食品股份有限公司", None, "张光彦一行还到甘源食品股份有限公司实地参观考察,对接陆良县休闲食品加工项目", opt=True, note="对接休闲食品加工项目"),
 ],
 institutions=[
  inst("陆良县投资促进局", "曲靖市生态环境局陆良分局、陆良县投资促进局、陆良县工业园区管委会部门负责人一行", note="随行部门"),
  inst("陆良县工业园区管委会", "曲靖市生态环境局陆良分局、陆良县投资促进局、陆良县工业园区管委会部门负责人一行", park=LL, note="园区管理机构"),
 ],
 projects=[
  proj("年产10万吨微晶耐磨瓷球生产项目", LL, N0, companies=["萍乡星达星陶瓷有限公司"], inv="计划总投资2亿元", phase="分两期", status="planned",
       status_text="拟在陆良投资建设", note="拟选址于陆良工业园区召夸片区；洽谈中，县委县政府将保障“项目签约落地”"),
  proj("陆良年产100吨煤焦化项目", None, "年产10万吨微晶耐磨瓷球生产项目能有效提高陆良年产100吨煤焦化项目高炉尾气利用率", opt=True, note="既有项目，只被提及"),
 ],
 aggregate_facts=[
  fact("年产10万吨微晶耐磨瓷球生产项目", "project", "expected_annual_output_cny", 3.4e8, "cny", N1, "建成后（预期）", kind="target", chk=True),
  fact("年产10万吨微晶耐磨瓷球生产项目", "project", "expected_annual_taxes_cny", 3e7, "cny", "年均上缴税费总额约3000万元", "建成后（预期）", kind="target", qual="约", qtext="约", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- km05 越州化工园区 (曲靖市麒麟区政府网 园区简介, 2024)
YZ = "越州化工园区"
QL = "云南麒麟产业园区"
P0 = "越州化工园区为云南麒麟产业园区规划建设的园中园,位于位于麒麟区越州镇东"
P1 = "越州化工园区规划面积3.79平方公里"
P2 = "园区现入驻企业3户,即:曲靖市盛凯焦化有限责任公司、曲靖众一精细化工股份有限公司、信义硅业(云南)有限公司"
P3 = "2023年,越州化工园区完成固定资产投资39.12亿元,实现工业总产值13.92亿元,占云南麒麟产业园区规上工业总产值的12.36%,上缴税收865.6万元"
AS5 = "2023年"
G["km05"] = dict(
 article=art("（无标题）越州化工园区简介", "曲靖市麒麟区人民政府网 ql.gov.cn（“园区简介”页；无署名）", "2024", "year",
  "District government portal's park-introduction page, Yunnan (曲靖 麒麟区): a chemical park inside a provincial industrial park — listing in the provincial chemical-park list, planned area and boundaries, leading industries, its three resident firms, accreditation plan, and last year's investment, output, share of the parent park's output and taxes",
  "https://www.ql.gov.cn/park/about/yqjj.html",
  "存段无标题、无日期（页面为园区简介，title 为编者概括）。日期推定：文中有2023年全年数据与“预计2024年4月申报认定”，应写于2024年初（2024年1–4月），记 2024（year，推定）。正文两段，完整；“位于位于”原文如此，照录。园区：越州化工园区（“云南麒麟产业园区规划建设的园中园”，parent 云南麒麟产业园区；曲靖市麒麟区越州镇，云南）；云南麒麟产业园区。公司：曲靖市盛凯焦化有限责任公司、曲靖众一精细化工股份有限公司、信义硅业(云南)有限公司（“园区现入驻企业3户”，均在越州化工园区）。无项目。事实：规划面积3.79平方公里；入驻企业3户；2023年固定资产投资39.12亿元、工业总产值13.92亿元、占麒麟产业园区规上工业总产值12.36%（ratio）、上缴税收865.6万元。",
  "km05"),
 parks=[
  park(YZ, "曲靖", "云南", "化工园区（园中园）", P0, district="麒麟区", parent=QL, note="2023年1月20日列入云南省第二批化工园区设立(确认)名单；文中又作“化工园区”“园区”"),
  park(QL, "曲靖", "云南", "产业园区", P0, district="麒麟区"),
 ],
 companies=[
  comp("曲靖市盛凯焦化有限责任公司", YZ, P2),
  comp("曲靖众一精细化工股份有限公司", YZ, P2),
  comp("信义硅业(云南)有限公司", YZ, P2),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(YZ, "park", "planned_area_km2", 3.79, "km2", P1, "2024年初"),
  fact(YZ, "park", "firms", 3, "count", P2, "2024年初"),
  fact(YZ, "park", "fixed_asset_investment_cny", 3.912e9, "cny", "2023年,越州化工园区完成固定资产投资39.12亿元", AS5, chk=True),
  fact(YZ, "park", "industrial_output_cny", 1.392e9, "cny", "实现工业总产值13.92亿元,占云南麒麟产业园区规上工业总产值的12.36%", AS5, chk=True),
  fact(YZ, "park", "share_of_parent_above_scale_output", 0.1236, "ratio", "实现工业总产值13.92亿元,占云南麒麟产业园区规上工业总产值的12.36%", AS5, kind="ratio", opt=True),
  fact(YZ, "park", "taxes_paid_cny", 8.656e6, "cny", "上缴税收865.6万元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- km06 陆良持续完善产业园区基础设施 (bangqike relay 2025)
LP = "云南陆良产业园区"
DM = "大莫古片区"
Q0 = "眼下,陆良县产业园区大莫古片区供排水基础设施建设项目加速推进"
Q1 = "目前,园区正在同步实施赋美路、爨乡大道南延线改扩建工程和大莫古片区污水处理厂建设工程"
Q2 = "大莫古片区是陆良县“一园三片”之一,占地12.11平方公里,聚集了以新型储能、装备制造为主,以建筑新材料、电子新材料、生物资源加工、现代物流为辅的70余家工业企业,其中规上企业15家,2024年片区规上企业总产值达31.85亿元"
Q3 = "2024年以来,陆良县先后争取4个项目11.2亿元资金,建设道路9条12公里、污水处理厂1座、标准厂房21万平方米"
AS6 = "2025年2月"
G["km06"] = dict(
 article=art("陆良持续完善产业园区基础设施", "bangqike.com（“新闻”栏转载；署名特约记者桑俊燕、邓赛、桂云涛，原发媒体未注明）", "2025-02-28", "day",
  "News site relaying a local item, Yunnan (曲靖 陆良): a county industrial park's infrastructure — a water-supply and drainage project under way in one sub-area, roads and a sewage plant being built, the sub-area's area, firms, above-scale firms and their 2024 output, funds won and facilities built since 2024",
  "https://bangqike.com/read/1640792.html",
  "日期取页面“发布时间:2025-02-28 12:07:37”（本集角度为2015–2024，此篇发于2025年，所报为2024年数据；记为偏出）。标题照录；“/ 新闻”、发布时间行、“原标题:…”行（与标题同）、图片说明“施工现场。桑俊燕 摄”、免责声明与联系邮箱已删；署名“(特约记者桑俊燕 邓赛 桂云涛)”在末段末，保留。正文五段，完整。园区：云南陆良产业园区（管委会名；文中又作“陆良县产业园区”“产业园区”“园区”；曲靖市陆良县，云南）；大莫古片区（“一园三片”之一，parent 云南陆良产业园区）。项目：大莫古片区供排水基础设施建设项目（加速推进→在建，预计6月份完工）；赋美路、爨乡大道南延线改扩建工程与大莫古片区污水处理厂建设工程（同步实施→在建，可选）。事实：大莫古片区占地12.11平方公里、70余家工业企业（余）、规上企业15家、2024年规上企业总产值31.85亿元；陆良县2024年以来争取资金11.2亿元（4个项目，cumulative，可选）、标准厂房21万平方米（可选）。",
  "km06"),
 parks=[
  park(LP, "曲靖", "云南", "产业园区", "云南陆良产业园区管委会副主任杨坤林介绍", district="陆良县", aliases=["陆良县产业园区"], note="文中又作“陆良县产业园区”“产业园区”“园区”"),
  park(DM, "曲靖", "云南", "片区", Q2, district="陆良县", parent=LP, note="“一园三片”之一"),
 ],
 companies=[],
 institutions=[
  inst("云南陆良产业园区管委会", "云南陆良产业园区管委会副主任杨坤林介绍", park=LP, note="园区管理机构"),
 ],
 projects=[
  proj("大莫古片区供排水基础设施建设项目", DM, Q0, status="在建", status_text="加速推进", note="道路由12米扩建至50米，预计6月份完工"),
  proj("赋美路、爨乡大道南延线改扩建工程", LP, Q1, status="在建", status_text="正在同步实施", opt=True),
  proj("大莫古片区污水处理厂建设工程", DM, Q1, status="在建", status_text="正在同步实施", opt=True),
 ],
 aggregate_facts=[
  fact(DM, "park", "area_km2", 12.11, "km2", Q2, AS6),
  fact(DM, "park", "industrial_firms", 70, "count", Q2, AS6, qual="余", qtext="余"),
  fact(DM, "park", "above_scale_firms", 15, "count", Q2, AS6),
  fact(DM, "park", "above_scale_output_cny", 3.185e9, "cny", "2024年片区规上企业总产值达31.85亿元", "2024年", chk=True),
  fact("陆良县", "region", "funds_secured_cny", 1.12e9, "cny", "陆良县先后争取4个项目11.2亿元资金", "2024年至2025年2月", kind="cumulative", chk=True, opt=True),
  fact("陆良县", "region", "standard_factory_floor_area_m2", 2.1e5, "m2", Q3, "2024年至2025年2月", kind="cumulative", opt=True),
 ])
