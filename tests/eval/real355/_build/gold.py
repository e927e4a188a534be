# real355 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written
# in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is the
# one the text places the project in, null if none (a county or city is not a park). Status from the text's words (破土动工 /
# 动工 → 开工; 投产 / 建成投产 / 逐步投产 → 投产; 签约 → 签约; 正有条不紊地推进 / 快速推进 / 已完成投资 → 在建; 列入计划 →
# planned; 落户 / 落地 alone → no status, but a project listed among “此次签约的项目” is 签约). Targets (“‘十三五’期间…达到”,
# “预计”) are kind target; cumulative figures (“累计”, “已完成”) cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/opNN.raw as returned.

# ---------------------------------------------------------------- op01 汉中航空智慧新城 2016 (汉中日报 via wmxa 2017)
HZ = "汉中航空智慧新城"
A0 = "2016年,汉中航空智慧新城工业总产值达110亿元,同比增长37.5%"
A1 = "总投资15亿元的航空小镇陕飞棚改项目列入省上计划"
A2 = "成立注册资本金10亿元的航空新城投资集团有限公司"
A3 = "组建汉中市第一支由“政府+银行+社会资本”共同参与的投资建设发展基金,规模达到12亿元"
A4 = "陕飞928新总装厂房完成设备调试安装正式投产"
A5 = "总投资40亿元零组件项目,已完成投资2.6亿元,建成后当年将形成20亿元产值"
A6 = "总投资92亿元的新型中型运输机预研全面启动,进入洽谈合作环节"
A7 = "去年,航空智慧新城招商引资到位18.21亿元、固定资产投资26亿元、融资15亿元,实现总产值110亿元,成功跻身省级经济技术开发区"
AS1 = "2016年"
G["op01"] = dict(
 article=art("【汉中】航空智慧新城工业总产值跨百亿", "汉中日报（通讯员 邬正鹏），载于兵马俑在线 www.wmxa.cn", "2017-03-16", "day",
  "City daily via a provincial news portal, Shaanxi: an aviation new town (provincial economic development zone) in 城固 passes 10 billion yuan of industrial output — infrastructure, a zone investment company and a development fund, projects in production, under way and planned, the year's investment figures",
  "http://www.wmxa.cn/a/201703/434853.html",
  "日期取页面“2017-03-16 10:26  汉中日报”。标题照录（含栏目标记“【汉中】”）；面包屑、“本文原载于兵马俑在线…”与“全站热点”列表已删。正文三段，完整。园区：汉中航空智慧新城（文中又作“航空智慧新城”“航空新城”“新城”；汉中市城固县；“成功跻身省级经济技术开发区”）。公司：航空新城投资集团有限公司（注册资本金10亿元，新城平台公司）；陕飞（只在“陕飞928新总装厂房”“航空小镇陕飞棚改项目”中，可选）。基金：投资建设发展基金（汉中市第一支“政府+银行+社会资本”基金，规模12亿元，用于新城建设）。项目：航空小镇陕飞棚改项目（总投资15亿元，列入省上计划→planned）；陕飞928新总装厂房（正式投产）；零组件项目（总投资40亿元，已完成投资2.6亿元→在建）；新型中型运输机预研（总投资92亿元，预研启动、洽谈合作，状态不定）；民用货机、航空小镇（快速推进，可选）。事实：2016年工业总产值110亿元、增长37.5%；招商引资到位18.21亿元、固定资产投资26亿元、融资15亿元；征地、拆迁、孵化器企业数可选。",
  "op01"),
 parks=[
  park(HZ, "汉中", "陕西", "省级经济技术开发区", A0, district="城固县", aliases=["航空智慧新城", "航空新城"],
       note="文中又作“航空智慧新城”“航空新城”“新城”；2016年“跻身省级经济技术开发区”"),
 ],
 companies=[
  comp("航空新城投资集团有限公司", HZ, A2, note="新城平台公司，注册资本金10亿元"),
  comp("陕飞", HZ, A4, opt=True, note="只在项目名中（陕飞928新总装厂房、航空小镇陕飞棚改项目）"),
 ],
 institutions=[],
 projects=[
  proj("航空小镇陕飞棚改项目", HZ, A1, companies=["陕飞"], inv="总投资15亿元", status="planned", status_text="列入省上计划"),
  proj("陕飞928新总装厂房", HZ, A4, companies=["陕飞"], status="投产", status_text="正式投产"),
  proj("零组件项目", HZ, A5, inv="总投资40亿元", status="在建", status_text="已完成投资2.6亿元", note="建成后当年将形成20亿元产值"),
  proj("新型中型运输机预研", HZ, A6, inv="总投资92亿元", status_text="预研全面启动,进入洽谈合作环节", note="状态不定（预研启动、洽谈合作）"),
  proj("民用货机", HZ, "民用货机、航空小镇等项目快速推进", status="在建", status_text="快速推进", opt=True),
  proj("航空小镇", HZ, "民用货机、航空小镇等项目快速推进", status="在建", status_text="快速推进", opt=True, note="与航空小镇陕飞棚改项目或为同一项目"),
 ],
 funds=[
  fund("投资建设发展基金", HZ, A3, size="规模达到12亿元", note="汉中市第一支“政府+银行+社会资本”共同参与的基金，为新城建设提供资金"),
 ],
 aggregate_facts=[
  fact(HZ, "park", "industrial_output_cny", 1.1e10, "cny", A0, AS1, chk=True),
  fact(HZ, "park", "industrial_output_yoy_growth", 0.375, "ratio", A0, AS1, kind="ratio"),
  fact(HZ, "park", "investment_attracted_cny", 1.821e9, "cny", "航空智慧新城招商引资到位18.21亿元", AS1, chk=True),
  fact(HZ, "park", "fixed_asset_investment_cny", 2.6e9, "cny", "固定资产投资26亿元", AS1, chk=True),
  fact(HZ, "park", "financing_cny", 1.5e9, "cny", "融资15亿元,实现总产值110亿元", AS1, chk=True),
  fact(HZ, "park", "total_output_cny", 1.1e10, "cny", "实现总产值110亿元", AS1, opt=True, chk=True, note="与工业总产值同值"),
  fact("零组件项目", "project", "invested_cny", 2.6e8, "cny", "已完成投资2.6亿元", "2017年3月", kind="cumulative", opt=True, chk=True),
  fact("零组件项目", "project", "expected_annual_output_cny", 2e9, "cny", "建成后当年将形成20亿元产值", "建成后（预期）", kind="target", opt=True, chk=True),
  fact("航空新城投资集团有限公司", "company", "registered_capital_cny", 1e9, "cny", "注册资本金10亿元", "2016年", opt=True, chk=True),
  fact(HZ, "park", "land_acquired_mu", 600, "mu", "征地600余亩", AS1, qual="余", qtext="余", opt=True),
  fact(HZ, "park", "households_relocated", 400, "count", "拆迁近400户", AS1, qual="约", qtext="近", opt=True),
  fact(HZ, "park", "incubator_firms_in_production", 4, "count", "孵化器4户配套企业全部建成投产", "2017年3月", opt=True),
  fact(HZ, "park", "utility_tunnel_km", 2.8, "km", "建成全市首条综合管廊2.8公里", AS1, opt=True),
 ])

# ---------------------------------------------------------------- op02 榆佳经开区 佳县—扬州产业园 (榆林日报 2020)
YJ = "榆佳经济技术开发区"
JY = "佳县—扬州产业园"
SD = "苏陕合作绥德产业扶贫示范工业园"
B0 = "2019年8月26日,“苏陕扶贫协作”重点建设项目、位于榆佳经济技术开发区的佳县—扬州产业园标准化厂房项目破土动工。这个“区中园”总投资1.176亿元"
B1 = "截至目前,项目一期工程已建成综合大楼1栋、标准化厂房5栋,设备用房和消防泵房、消防池工程已完工,预计可于8月底建成投用"
B2 = "这与榆佳经开区原入区项目——陕西有色多晶硅形成了完美配套"
B3 = "在绥德县动工开建了以毛绒玩具、服装、农产品深加工、电子商务等产业、项目为主要服务对象的“苏陕合作绥德产业扶贫示范工业园”"
G["op02"] = dict(
 article=art("合作体系化 项目园区化扬榆协作一家亲 共叙千里帮扶情", "榆林日报（本报记者 宋炜），载于 m.yybnet.net（榆林网·佳县栏）", "2020-08-27", "day",
  "City daily, Shaanxi: east–west poverty-alleviation cooperation between 扬州 and 榆林 carried by parks — a park-in-zone's factory project in an economic development zone with its investment and progress, an earlier firm in the zone, a county poverty-alleviation industrial park",
  "https://m.yybnet.net/yulin/jiaxian/202008/10803629.html",
  "日期取页面“榆林日报 2020-08-27 09:42”。标题照录（页面把两行标题连在一行：“合作体系化 项目园区化”与“扬榆协作一家亲 共叙千里帮扶情”，原样保留）；日期行与署名“本报记者 宋炜”已删。存段末行“目前,投资1.8亿元,其中苏陕协作资金6450万元的园区一期工程已经”在句中中断，整行删去，正文截至“…示范工业园”。”，共四段。园区：榆佳经济技术开发区（文中又作“榆佳经开区”；榆林市佳县，陕西）；佳县—扬州产业园（“区中园”，母园区榆佳经济技术开发区）；苏陕合作绥德产业扶贫示范工业园（绥德县，动工开建；母园区未说）。项目：佳县—扬州产业园标准化厂房项目——2019年8月26日破土动工（开工），“这个‘区中园’总投资1.176亿元”记为该项目投资额（其中苏陕协作资金3500万元）；一期工程大部建成、预计8月底建成投用（note）；园区记榆佳经济技术开发区（文中“位于榆佳经济技术开发区的…项目”）。陕西有色多晶硅：榆佳经开区原入区项目，可选，无状态。",
  "op02"),
 parks=[
  park(YJ, "榆林", "陕西", "经济技术开发区", B0, district="佳县", aliases=["榆佳经开区"], note="文中又作“榆佳经开区”"),
  park(JY, "榆林", "陕西", "产业园（区中园）", B0, district="佳县", parent=YJ, note="“区中园”；苏陕扶贫协作项目；文中又作“产业园”"),
  park(SD, "榆林", "陕西", "工业园", B3, district="绥德县", note="扬州对口帮扶共建；动工开建"),
 ],
 companies=[
  comp("陕西有色", YJ, B2, opt=True, note="只在“陕西有色多晶硅”中"),
 ],
 institutions=[],
 projects=[
  proj("佳县—扬州产业园标准化厂房项目", YJ, B0, inv="总投资1.176亿元", status="开工", status_text="破土动工",
       note="2019年8月26日动工；投资额文中记在“这个‘区中园’”名下；一期大部建成，预计2020年8月底建成投用；其中苏陕协作资金3500万元"),
  proj("陕西有色多晶硅", YJ, B2, companies=["陕西有色"], opt=True, note="榆佳经开区原入区项目；无状态"),
 ],
 aggregate_facts=[
  fact("佳县—扬州产业园标准化厂房项目", "project", "cooperation_funds_cny", 3.5e7, "cny", "其中苏陕协作资金落实3500万元", "2020年8月", opt=True, chk=True),
  fact(JY, "park", "standard_factories_built", 5, "count", B1, "2020年8月", opt=True),
  fact(JY, "park", "semiconductor_talents_trained_per_year", 500, "count", "每年可培养半导体产业专业技术人才500多名", "建成后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- op03 渭南 项目建设突破 (陕西日报 via cnwest 2021)
HU = "华州区工业园"
DL = "大荔经济技术开发区"
C0 = "上半年,渭南规上工业总产值实现1196.02亿元,增长29.6%;规上工业增加值增长16.8%"
C1 = "2021年安排的527个重点项目开复工454个,完成投资551.6亿元,占全年计划的52%"
C2 = "7月21日,在华州区工业园,由派尔森环保科技有限公司投资3.9亿元建设的年处理3.5万吨废旧锂电池、报废汽车、家用电器资源化利用及危险废物综合处置项目,现已逐步投产"
C3 = "同一时间,位于大荔经济技术开发区的正威新材料纳米谷产业园项目正有条不紊地推进着"
ASH = "2021年上半年"
G["op03"] = dict(
 article=art("渭南:以项目建设突破推进工业倍增", "陕西日报，载于西部网 news.cnwest.com（渭南频道；存段无署名）", "2021-07-26", "day",
  "Provincial daily via a provincial portal, Shaanxi: a city's half-year industrial and project figures, a firm's recycling project in a district industrial park now in production, a new-materials project in an economic and technological development zone under way",
  "http://news.cnwest.com/weinan/a/2021/07/26/19831949.html",
  "日期取页面“时间:2021-07-26 09:22:22  来源:陕西日报”。标题照录（页面重复一次，已删）；“分享到微信朋友圈”等两行已删；页面摘要行（导语的截断副本，止于“增长”）按原文整行删去。存段在“…导电胶、润滑油脂和航空航天等五”处中断，该残句（“项目建成后,将形成纳米金属粉体产业链…”）已删，正文截至“…正有条不紊地推进着。”，含小标题一行，共六段（长文只存开头）。事实：渭南（市，region）上半年规上工业总产值1196.02亿元、增长29.6%，规上工业增加值增长16.8%，527个重点项目开复工454个、完成投资551.6亿元、占全年计划52%。园区：华州区工业园（渭南市华州区）；大荔经济技术开发区（渭南市大荔县）。项目：派尔森环保科技有限公司投资3.9亿元的“年处理3.5万吨废旧锂电池…综合处置项目”（逐步投产→投产）；正威新材料纳米谷产业园项目（正有条不紊地推进→在建，无金额）。",
  "op03"),
 parks=[
  park(HU, "渭南", "陕西", "工业园", C2, district="华州区"),
  park(DL, "渭南", "陕西", "经济技术开发区", C3, district="大荔县"),
 ],
 companies=[
  comp("派尔森环保科技有限公司", HU, C2),
  comp("正威新材料", DL, C3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("年处理3.5万吨废旧锂电池、报废汽车、家用电器资源化利用及危险废物综合处置项目", HU, C2, companies=["派尔森环保科技有限公司"],
       inv="投资3.9亿元", status="投产", status_text="现已逐步投产"),
  proj("正威新材料纳米谷产业园项目", DL, C3, companies=["正威新材料"], status="在建", status_text="正有条不紊地推进着"),
 ],
 aggregate_facts=[
  fact("渭南", "region", "above_scale_industrial_output_cny", 1.19602e11, "cny", C0, ASH, chk=True),
  fact("渭南", "region", "above_scale_industrial_output_yoy_growth", 0.296, "ratio", C0, ASH, kind="ratio"),
  fact("渭南", "region", "above_scale_value_added_yoy_growth", 0.168, "ratio", "规上工业增加值增长16.8%", ASH, kind="ratio"),
  fact("渭南", "region", "key_projects_planned", 527, "count", C1, "2021年"),
  fact("渭南", "region", "key_projects_started", 454, "count", C1, ASH, kind="cumulative"),
  fact("渭南", "region", "key_projects_invested_cny", 5.516e10, "cny", "完成投资551.6亿元,占全年计划的52%", ASH, kind="cumulative", chk=True),
  fact("渭南", "region", "key_projects_investment_plan_share", 0.52, "ratio", "占全年计划的52%", ASH, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- op04 安康高新区 富硒食品产业示范基地 (安康新闻网 via 汉滨区政府网 2016)
AK = "安康高新区"
FX = "国家新型工业化富硒食品产业示范基地"
D0 = "近日,工信部认定安康高新区为国家新型工业化富硒食品产业示范基地"
D1 = "至此,安康国家高新区已经有了4个国家级创新创业平台"
D2 = "基地“四上”企业达到100户,产值超过10亿元的5户,其中高新技术企业10户以上,上市公司3户以上"
D3 = "创建10个知名品牌、制定30项标准、获得50项专利"
D4 = "富硒食品产值年均增长20%左右,其中核心区年均增长30%以上"
T4 = "“十三五”期间（目标）"
G["op04"] = dict(
 article=art("安康被认定为全国唯一富硒食品产业示范基地", "安康新闻网（作者 杨宁），载于安康市汉滨区人民政府网站（8.134.116.66:6060 镜像地址）", "2016-01-29", "day",
  "City news site relayed on a district government site, Shaanxi: a national high-tech zone designated as the national selenium-rich food industry demonstration base — its four national platforms and the base's 13th-Five-Year targets for firms, brands, standards, patents and output growth",
  "http://8.134.116.66:6060/Content-1422017.html",
  "日期取页面“时间:2016-01-29 11:35  作者:杨宁源自:安康新闻网”（作者杨宁，来源安康新闻网）。标题照录；面包屑“您的位置: 汉滨区人民政府> …”与时间行已删。正文三段，完整。网址为搜索库所存的 IP 地址镜像（页面自称汉滨区人民政府网站）。园区：安康高新区（文中又作“安康国家高新区”；安康市，陕西；国家级）。国家新型工业化富硒食品产业示范基地：工信部对安康高新区的认定称号（文中又作“富硒食品产业示范基地”“基地”），列为可选园区（母园区安康高新区）。机构：工信部（认定方）；三个平台的运营机构（安康高新区科技创业孵化中心、安康高新区中小企业服务中心、中国安康富硒产品研发中心），均可选。事实：国家级创新创业平台4个（累计）；“十三五”目标（target）：基地“四上”企业100户、产值超10亿元企业5户、高新技术企业10户以上、上市公司3户以上、知名品牌10个、标准30项、专利50项、富硒食品产值年均增长20%左右、核心区30%以上——目标的主语为“基地”，即安康高新区，subject 记安康高新区。",
  "op04"),
 parks=[
  park(AK, "安康", "陕西", "国家级高新技术产业开发区", D0, aliases=["安康国家高新区"], note="文中又作“安康国家高新区”"),
  park(FX, "安康", "陕西", "国家新型工业化产业示范基地（称号）", D0, parent=AK, aliases=["富硒食品产业示范基地"], opt=True,
       note="工信部对安康高新区的认定称号；文中又作“基地”"),
 ],
 companies=[],
 institutions=[
  inst("工信部", D0, note="认定方"),
  inst("安康高新区科技创业孵化中心", "国家级科技企业孵化器(安康高新区科技创业孵化中心)", kind="platform", park=AK),
  inst("安康高新区中小企业服务中心", "国家小型微型企业创业创新示范基地(安康高新区中小企业服务中心)", kind="platform", park=AK),
  inst("中国安康富硒产品研发中心", "国家地方联合工程研究中心(中国安康富硒产品研发中心)", kind="research", park=AK),
 ],
 projects=[],
 aggregate_facts=[
  fact(AK, "park", "national_innovation_platforms", 4, "count", D1, "2016年1月", kind="cumulative"),
  fact(AK, "park", "above_scale_firms", 100, "count", D2, T4, kind="target", note="基地“四上”企业"),
  fact(AK, "park", "firms_output_over_1bn", 5, "count", D2, T4, kind="target", note="产值超过10亿元的企业"),
  fact(AK, "park", "high_tech_firms", 10, "count", D2, T4, kind="target", qual="超", qtext="以上", opt=True),
  fact(AK, "park", "listed_firms", 3, "count", D2, T4, kind="target", qual="超", qtext="以上", opt=True),
  fact(AK, "park", "brands", 10, "count", D3, T4, kind="target", opt=True),
  fact(AK, "park", "standards", 30, "count", D3, T4, kind="target", opt=True),
  fact(AK, "park", "patents", 50, "count", D3, T4, kind="target", opt=True),
  fact(AK, "park", "selenium_food_output_annual_growth", 0.20, "ratio", D4, T4, kind="target", qual="约", qtext="左右"),
  fact(AK, "park", "core_area_output_annual_growth", 0.30, "ratio", D4, T4, kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- op05 榆阳产业园区 “一区八园” (陕西农村报 2022)
YY = "榆阳产业园区"
E0 = "2021年12月30日,榆阳产业园区正式揭牌,园区总规划面积139平方公里"
E1 = "下辖东沙数字文化产业园、东沙汽车产业园、榆阳轻纺产业园、麻黄梁工业产业园、金鸡滩循环经济产业园、芹河智慧物流产业园、马合航空产业园、榆阳环保产业园等8个园区"
E2 = "榆阳区生产总值从2012年的401亿元增长到1354.6亿元,年均增长10.6%"
E3 = "地方财政收入从2012年的17.3亿元增长到78.9亿元,年均增长18.2%"
AS5 = "2021年（推定：十年末）"
SUBS = ["东沙数字文化产业园", "东沙汽车产业园", "榆阳轻纺产业园", "麻黄梁工业产业园", "金鸡滩循环经济产业园", "芹河智慧物流产业园",
        "马合航空产业园", "榆阳环保产业园"]
G["op05"] = dict(
 article=art("高质量发展筑起新榆阳", "陕西农村报（鱼玉军 高忠平 杜欣 文/图），sxncb.joyhua.cn 电子版", "2022-10-28", "day",
  "Provincial rural paper's feature, Shaanxi: a district's ten years since 2012 — GDP and fiscal revenue then and now, income figures; the district's industrial park unveiled in 2021 with its planned area, industries and eight sub-parks",
  "http://sxncb.joyhua.cn/sxncb/20221028/html/page_04_content_000.htm",
  "日期取网址 20221028（电子版第04版）。标题照录；“日期检索:”、三条图片说明与署名行“鱼玉军 高忠平 杜欣 文/图”已删（图片说明之一提到“榆阳区金鸡滩循环经济产业园”，正文亦有）。存段末行“近日,笔者来到榆阳轻纺”为下一段残文，整行删去，正文截至“…等8个园区。”，含小标题一行，共四段（长篇只存开头）。事实：榆阳区（区，region）生产总值由2012年401亿元增至1354.6亿元、年均增长10.6%，地方财政收入由17.3亿元增至78.9亿元、年均增长18.2%（终值年份未写，as_of 推定为2021年）；居民收入与百强区排名可选。园区：榆阳产业园区（2021年12月30日揭牌，总规划面积139平方公里；榆林市榆阳区）及其下辖8个园区（parent 榆阳产业园区）。",
  "op05"),
 parks=[park(YY, "榆林", "陕西", "产业园区", E0, district="榆阳区", note="2021年12月30日揭牌；“一区八园”")] +
       [park(n, "榆林", "陕西", "产业园", E1, district="榆阳区", parent=YY) for n in SUBS],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(YY, "park", "planned_area_km2", 139, "km2", E0, "2021年12月（揭牌时）"),
  fact(YY, "park", "sub_parks", 8, "count", E1, "2022年"),
  fact("榆阳区", "region", "gdp_cny", 1.3546e11, "cny", "增长到1354.6亿元", AS5, chk=True, note="终值年份未写；起值2012年401亿元"),
  fact("榆阳区", "region", "gdp_cny", 4.01e10, "cny", "榆阳区生产总值从2012年的401亿元", "2012年", opt=True, chk=True),
  fact("榆阳区", "region", "gdp_avg_annual_growth", 0.106, "ratio", E2, "2012年至2021年", kind="ratio"),
  fact("榆阳区", "region", "local_fiscal_revenue_cny", 7.89e9, "cny", "增长到78.9亿元,年均增长18.2%", AS5, chk=True),
  fact("榆阳区", "region", "local_fiscal_revenue_cny", 1.73e9, "cny", "地方财政收入从2012年的17.3亿元", "2012年", opt=True, chk=True),
  fact("榆阳区", "region", "local_fiscal_revenue_avg_annual_growth", 0.182, "ratio", E3, "2012年至2021年", kind="ratio", opt=True),
  fact("榆阳区", "region", "urban_disposable_income_per_capita_yuan", 41108, "yuan", "城镇常住居民人均可支配收入从26071元增长至41108元", AS5, opt=True),
  fact("榆阳区", "region", "rural_disposable_income_per_capita_yuan", 18343, "yuan", "农村常住居民人均可支配收入从10001元增长至18343元", AS5, opt=True),
 ])

# ---------------------------------------------------------------- op06 铜川“云”签约 (中国日报网 2020)
ZL = "周陵农业园区"
GX = "高新技术产业开发区"
F0 = "短短半个小时,22个总投资49.343亿元的重大项目以视频连线的形式顺利完成签约"
F1 = "总投资1630万元的圣来春中药材初加工厂建设项目落地印台区周陵农业园区"
F2 = "落地高新技术产业开发区的集吉晟沅生物制药项目,一期总投资4亿元"
AS6 = "2020年3月3日（云签约）"
G["op06"] = dict(
 article=art("“疫”外之机,铜川“云”揽49亿元", "中国日报网（陕西频道 shx.chinadaily.com.cn；存段无署名）", "2020-03-04", "day",
  "National paper's provincial web channel, Shaanxi: a city's first online (cloud) investment signing during the epidemic — 22 projects and their total, two named projects landed in an agricultural park and a high-tech zone with investment and expected output, tax and revenue",
  "http://shx.chinadaily.com.cn/a/202003/04/WS5e5f38f3a3107bb6b57a4222.html",
  "日期取页面“来源:中国日报网 2020-03-04 13:13”。标题照录（页面重复一次，已删）；来源行与分享按钮已删。存段在“…也凸显出项目经济效益与社会价值并”处中断，该残句已删，正文截至“…年纳税2000万元以上。”，共四段。事实：铜川（市，region）云签约22个项目、总投资49.343亿元。园区：周陵农业园区（铜川市印台区）；“高新技术产业开发区”（文中无地名，即铜川高新技术产业开发区；名称照录，泛称，列可选园区）。项目：圣来春中药材初加工厂建设项目（总投资1630万元，落地周陵农业园区）、集吉晟沅生物制药项目（一期总投资4亿元，落地高新技术产业开发区）——两项均在“此次签约的项目中”，状态记签约。项目预期：年总产值7000万元；粗品收益1亿元、年纳税2000万元以上（target，可选）。",
  "op06"),
 parks=[
  park(ZL, "铜川", "陕西", "农业园区", F1, district="印台区"),
  park(GX, "铜川", "陕西", "高新技术产业开发区", F2, opt=True, note="文中无地名（铜川高新技术产业开发区）；名称照录"),
 ],
 companies=[
  comp("圣来春", ZL, F1, opt=True, note="只在项目名中"),
  comp("集吉晟沅", GX, F2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("陕西省商务厅", "陕西省商务厅党组成员、省自贸办副主任翟北秦出席活动并致辞"),
 ],
 projects=[
  proj("圣来春中药材初加工厂建设项目", ZL, "此次签约的项目中,一批卫生健康类项目格外吸引人眼球,总投资1630万元的圣来春中药材初加工厂建设项目落地印台区周陵农业园区",
       inv="总投资1630万元", status="签约", status_text="此次签约的项目中…落地", note="2020年3月3日云签约"),
  proj("集吉晟沅生物制药项目", GX, F2, inv="一期总投资4亿元", phase="一期", status="签约", status_text="落地（云签约项目）",
       note="2020年3月3日云签约；金额为一期"),
 ],
 aggregate_facts=[
  fact("铜川", "region", "projects_signed", 22, "count", F0, AS6),
  fact("铜川", "region", "signed_investment_cny", 4.9343e9, "cny", F0, AS6, chk=True),
  fact("圣来春中药材初加工厂建设项目", "project", "expected_annual_output_cny", 7e7, "cny", "项目建成后,预计可实现年总产值7000万元", "建成后（预期）", kind="target", chk=True),
  fact("集吉晟沅生物制药项目", "project", "expected_revenue_cny", 1e8, "cny", "预计2021年底铜川地区整个粗品收益达1亿元", "2021年底（预期）", kind="target", opt=True, chk=True),
  fact("集吉晟沅生物制药项目", "project", "expected_annual_tax_cny", 2e7, "cny", "年纳税2000万元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- op07 商洛 南京“区中园”推介会 (sxdaily 2018)
SL = "商洛高新区"
G0 = "共组织了19个项目成功签约,项目总投资34.97亿元"
G1 = "其中投资类项目11个,总投资28.78亿元;产销类项目8个,销售额6.19亿元"
AS7 = "2018年8月22日（南京推介会签约）"
G["op07"] = dict(
 article=art("（无标题）商洛市工业协作暨“区中园”专题推介会在南京举行 19个项目签约总投资34.97亿元", "陕西传媒网 sxdaily.com.cn（陕西日报社；存段无标题、无署名）", "2018-08-22", "day",
  "Provincial paper's news site, Shaanxi: a city's investment promotion in 南京 for its park-in-park scheme — the high-tech zone and counties present, 19 projects signed with totals by type, the city's park hierarchy",
  "http://www.sxdaily.com.cn/2018-08/22/content_1401005.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2018-08/22 与文中“8月22日”。存段在末句“特别是在高新区和工业集中区专门设立宁商产业园,以“区中园”承接宁企入”处中断，该残句已删（宁商产业园因此不在正文中），正文截至“…为支撑点的发展格局。”，共四段。园区：商洛高新区（括注“商丹园区”，列 alias；商洛市，陕西）——“主龙头”；山阳高新区（商洛市山阳县）——“副中心”；“14个省级重点县域工业集中区”未点名，不列。事实（商洛市，region）：签约19个项目、总投资34.97亿元；其中投资类11个、总投资28.78亿元；产销类8个、销售额6.19亿元（销售额不是投资，可选）。无点名项目与企业。商洛市工信局列可选机构。",
  "op07"),
 parks=[
  park(SL, "商洛", "陕西", "高新区", "商洛市工信局、商洛高新区(商丹园区)及七县区分别对商洛新材料", aliases=["商丹园区"], note="括注“商丹园区”；“以商洛高新区为主龙头”"),
  park("山阳高新区", "商洛", "陕西", "高新区", "形成了以商洛高新区为主龙头,山阳高新区为副中心", district="山阳县", note="“副中心”"),
 ],
 companies=[],
 institutions=[
  inst("商洛市工信局", "商洛市工信局、商洛高新区(商丹园区)及七县区分别对商洛新材料"),
 ],
 projects=[],
 aggregate_facts=[
  fact("商洛市", "region", "projects_signed", 19, "count", G0, AS7),
  fact("商洛市", "region", "signed_investment_cny", 3.497e9, "cny", G0, AS7, chk=True),
  fact("商洛市", "region", "investment_projects_signed", 11, "count", G1, AS7, opt=True),
  fact("商洛市", "region", "investment_projects_signed_investment_cny", 2.878e9, "cny", G1, AS7, opt=True, chk=True),
  fact("商洛市", "region", "sales_projects_signed", 8, "count", G1, AS7, opt=True),
  fact("商洛市", "region", "sales_contract_value_cny", 6.19e8, "cny", "产销类项目8个,销售额6.19亿元", AS7, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- op08 延安 富县工业园区 (延安日报 2024)
FU = "富县工业园区"
H0 = "在第八届丝绸之路国际博览会上,共签约项目175个,总投资824.75亿元"
H1 = "走进位于富县工业园区的延安煤油气资源综合利用项目现场,只见厂房林立,机器轰鸣,一派繁忙景象"
H2 = "该项目由延长石油延安能化公司负责建设和运营,是富县工业园区引进的重点项目之一"
G["op08"] = dict(
 article=art("（无标题）延安构建现代产业体系：丝博会签约175个项目，富县工业园区延安煤油气资源综合利用项目", "延安日报（记者 刘小艳 谷嫦瑜），paper.yanews.cn 电子版", "2024-10-21", "day",
  "City daily's feature, Shaanxi: a city's modern industrial system — signings at the Silk Road expo, its cluster-and-chain model, an energy-chemical project run by a state firm in a county industrial park",
  "https://paper.yanews.cn/yarb/20241021/html/content_20241021002008.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 20241021（电子版第02版）。署名行“记者 刘小艳 谷嫦瑜”已删。存段末行“‘绿色低碳、”为下一段残文，整行删去，正文截至“…该项目工作人员张保魁介绍说。”，含小标题一行，共七段（长篇只存开头）。事实：延安（市，region）第八届丝博会签约项目175个、总投资824.75亿元；7大产业集群、25条主产业链（可选）。园区：富县工业园区（延安市富县，陕西）。项目：延安煤油气资源综合利用项目（富县工业园区引进的重点项目；延长石油延安能化公司建设和运营；“厂房林立,机器轰鸣”，文中无阶段词，状态 null）。公司：延长石油延安能化公司（在园）。",
  "op08"),
 parks=[
  park(FU, "延安", "陕西", "工业园区", H1, district="富县"),
 ],
 companies=[
  comp("延长石油延安能化公司", FU, H2, note="项目建设和运营方"),
 ],
 institutions=[],
 projects=[
  proj("延安煤油气资源综合利用项目", FU, H1, companies=["延长石油延安能化公司"], note="无阶段词（厂房林立,机器轰鸣）；主要生产聚乙烯、聚丙烯、正丁醇"),
 ],
 aggregate_facts=[
  fact("延安", "region", "projects_signed", 175, "count", H0, "2024年（第八届丝博会）"),
  fact("延安", "region", "signed_investment_cny", 8.2475e10, "cny", H0, "2024年（第八届丝博会）", chk=True),
  fact("延安", "region", "industrial_clusters", 7, "count", "形成7大产业集群、25条主产业链", "2024年", opt=True),
  fact("延安", "region", "industrial_chains", 25, "count", "形成7大产业集群、25条主产业链", "2024年", opt=True),
 ])

# ---------------------------------------------------------------- op09 榆阳区“一区七园” 榆林汽车产业园 (国开联 2015 relay)
QC = "榆林汽车产业园"
I0 = "9月24日,榆林汽车产业园正式开园,27家汽车4S店开门迎客"
I1 = "在当天举行的榆阳区招商引资大会上,共达成签约项目7个,其中合同项目4个、意向项目3个,引资总额达26.4亿元"
I2 = "大力推进现代农业科技示范区、麻黄梁工业园、大河塔工业园、金鸡滩循环经济园、西红墩煤化工业园、鱼河盐化工业园、小壕兔新能源园区、榆林汽车产业园“一区七园”建设"
I3 = "目前,“一区七园”已完成投资逾百亿元"
I4 = "目前,榆林汽车产业园累计完成投资15亿元,先进制造区陕汽东方年产5万台新能源汽车制造项目已建成投产"
I5 = "现代服务区成功引入46家汽车4S店,已有27家建成运营"
I6 = "榆林市交警支队车管所项目预计于2014年建成投用"
AS9 = "开园时（年份未写，推定2013年）"
OTHERS = ["现代农业科技示范区", "麻黄梁工业园", "大河塔工业园", "金鸡滩循环经济园", "西红墩煤化工业园", "鱼河盐化工业园", "小壕兔新能源园区"]
G["op09"] = dict(
 article=art("产业园区为榆阳经济插上新翅膀", "国开联官网 goclee.com（“观点”栏；原发媒体与署名未注明）", "2015-03-04", "day",
  "Consultancy site relaying a local item, Shaanxi: a district's “one zone, seven parks” — an automobile industrial park opens with its investment, a vehicle project in production and dealer counts, a district signing with the amount attracted",
  "http://goclee.com/viewpoint/details/99",
  "日期取页面“国开联 2015.03.04”（转载日）；原文未写年份：汽车产业园“正式开园”的9月24日与“车管所项目预计于2014年建成投用”指向2013年，原发日期不详（各 as_of 注“推定”）。标题照录；面包屑与来源日期行已删。存段在末句“园区全部建成后,预计年销售各类汽车10万台…形成一个容纳5万人”处中断，该句已删，正文截至“…竞技运动区正在规划设计当中。”，含小标题一行，共五段。园区：榆林汽车产业园（榆阳区东山，2011年开工建设，占地1万亩）；“一区七园”的其余七个园区（现代农业科技示范区、麻黄梁工业园、大河塔工业园、金鸡滩循环经济园、西红墩煤化工业园、鱼河盐化工业园、小壕兔新能源园区；名称照录）。项目：陕汽东方年产5万台新能源汽车制造项目（已建成投产→投产）；榆林市交警支队车管所项目（预计2014年建成投用，可选，状态 null）。公司：陕汽东方（只在项目名中，可选）。事实：榆阳区招商引资大会签约7个项目、引资总额26.4亿元（region）；“一区七园”累计投资逾百亿元（可选）；汽车产业园累计完成投资15亿元、占地1万亩、引入4S店46家、建成运营27家。",
  "op09"),
 parks=[park(QC, "榆林", "陕西", "汽车产业园", I0, district="榆阳区", note="2011年开工建设；占地1万亩；文中又作“园区”")] +
       [park(n, "榆林", "陕西", "园区", I2, district="榆阳区", note="“一区七园”之一") for n in OTHERS],
 companies=[
  comp("陕汽东方", QC, I4, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("陕汽东方年产5万台新能源汽车制造项目", QC, I4, companies=["陕汽东方"], status="投产", status_text="已建成投产"),
  proj("榆林市交警支队车管所项目", QC, I6, opt=True, note="预计2014年建成投用；无阶段词"),
 ],
 aggregate_facts=[
  fact("榆阳区", "region", "projects_signed", 7, "count", I1, AS9),
  fact("榆阳区", "region", "signed_investment_cny", 2.64e9, "cny", "引资总额达26.4亿元", AS9, chk=True),
  fact("榆阳区", "region", "contract_projects_signed", 4, "count", I1, AS9, opt=True),
  fact("榆阳区", "region", "intent_projects_signed", 3, "count", I1, AS9, opt=True),
  fact("榆阳区", "region", "parks_investment_cny", 1e10, "cny", I3, AS9, kind="cumulative", qual="超", qtext="逾", opt=True, note="“一区七园”累计完成投资逾百亿元"),
  fact(QC, "park", "invested_cny", 1.5e9, "cny", "榆林汽车产业园累计完成投资15亿元", AS9, kind="cumulative", chk=True),
  fact(QC, "park", "site_area_mu", 10000, "mu", "2011年,榆阳区在东山开工建设占地1万亩的西北地区最大的汽车产业园", "2011年（开工时）", opt=True),
  fact(QC, "park", "dealerships_introduced", 46, "count", I5, AS9, kind="cumulative"),
  fact(QC, "park", "dealerships_operating", 27, "count", I5, AS9),
 ])
