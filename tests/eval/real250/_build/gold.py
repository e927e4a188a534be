# real250 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city or county is not a park). Status from the text's words (开工 /
# 集中开工 → 开工; 竣工 / 投产 → 投产 / 竣工; 签约 / 签约落户 → 签约). “预计” figures are kind target; year-to-date counts
# (“今年以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/soNN.raw as returned.

# ---------------------------------------------------------------- so01 长沙经开区 2018 figures (长沙晚报 on 红网 2019)
CS = "长沙经开区"
A1 = "2018年,长沙经开区经济发展呈现稳中有进、稳中向好态势,完成技工贸总收入3500亿元,增长10%(预计数,下同),全年规模工业总产值同比增长9.5%"
A2 = "去年,园区工程机械产业受益于国内基建投资、生产制造工艺升级和“一带一路”等多重因素加速复苏,实现产值1046.3亿元,增长14.7%"
A3 = "全年引进项目45个,总投资额413亿元,其中世界500强投资项目4个,中国500强投资项目3个"
A4 = "包括投资100亿元的蓝思科技黄花生产基地项目、投资20亿元的京东无人车总部项目,以及广汽三菱研发中心及零部件产业园项目、博世新能源汽车项目、大陆集团中央电子工厂等一大批高质量项目"
A5 = "园区全年税收过亿元企业14家,其中上汽大众、广汽三菱税收超过20亿元"
AS = "2018年（预计）"
G["so01"] = dict(
 article=art("（无标题）长沙经开区2018年完成技工贸总收入3500亿元 全年引进项目45个", "长沙晚报（全媒体记者 伍玲 通讯员 黄姿），载于红网湖南频道 hn.rednet.cn", "2019-01-22", "day",
  "City evening paper on a provincial portal, Hunan: a national-level economic development zone's 2018 year figures (estimates) — total revenue, output growth, an industry cluster's output, tax-paying firms, trade, projects introduced with two named projects and their amounts",
  "https://hn.rednet.cn/c/2019/01/22/4815284.htm",
  "日期取网址 2019/01/22；文中“记者昨日获悉”。存段无标题（title 为编者概括）；末尾“来源/作者/编辑”三行已删。正文三段，完整。文中注明“(预计数,下同)”，故2018年数字均记 target，as_of 注“预计”。园区：长沙经开区（长沙县，湖南；文中又作“园区”）。项目：蓝思科技黄花生产基地项目（投资100亿元）、京东无人车总部项目（投资20亿元），另三项无金额；文中只说“引进”，无签约/开工字样，status 记 null。公司：三一重工、铁建重工、山河智能（跻身全球50强，园区企业）、上汽大众、广汽三菱（税收超20亿元）。",
  "so01"),
 parks=[park(CS, "长沙", "湖南", "经济技术开发区", A1, district="长沙县", note="文中又作“园区”")],
 companies=[
  comp("三一重工", CS, "其中,三一重工、铁建重工、山河智能跻身全球工程机械制造商50强"),
  comp("铁建重工", CS, "其中,三一重工、铁建重工、山河智能跻身全球工程机械制造商50强"),
  comp("山河智能", CS, "其中,三一重工、铁建重工、山河智能跻身全球工程机械制造商50强"),
  comp("上汽大众", CS, A5),
  comp("广汽三菱", CS, A5),
  comp("蓝思科技", CS, A4, opt=True, note="只在项目名中"),
  comp("京东", CS, A4, opt=True, note="只在项目名中"),
  comp("博世", CS, A4, opt=True, note="只在项目名中"),
  comp("大陆集团", CS, A4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("蓝思科技黄花生产基地项目", CS, A4, companies=["蓝思科技"], inv="投资100亿元", note="2018年引进"),
  proj("京东无人车总部项目", CS, A4, companies=["京东"], inv="投资20亿元", note="2018年引进"),
  proj("广汽三菱研发中心及零部件产业园项目", CS, A4, companies=["广汽三菱"], note="2018年引进；无金额"),
  proj("博世新能源汽车项目", CS, A4, companies=["博世"], note="2018年引进；无金额"),
  proj("大陆集团中央电子工厂", CS, A4, companies=["大陆集团"], note="2018年引进；无金额"),
 ],
 aggregate_facts=[
  fact(CS, "park", "total_revenue_cny", 3.5e11, "cny", A1, AS, kind="target", chk=True, note="技工贸总收入（预计数）"),
  fact(CS, "park", "total_revenue_yoy_growth", 0.10, "ratio", A1, AS, kind="ratio"),
  fact(CS, "park", "industrial_output_yoy_growth", 0.095, "ratio", A1, AS, kind="ratio", note="规模工业总产值增速"),
  fact("长沙经开区工程机械产业", "industry", "output_cny", 1.0463e11, "cny", "实现产值1046.3亿元,增长14.7%", AS, kind="target", chk=True, opt=True),
  fact(CS, "park", "projects_introduced", 45, "count", A3, "2018年", kind="reported"),
  fact(CS, "park", "projects_introduced_investment_cny", 4.13e10, "cny", "总投资额413亿元", "2018年", kind="reported", chk=True),
  fact(CS, "park", "firms_tax_over_100m", 14, "count", A5, AS, kind="target", opt=True),
  fact(CS, "park", "exports_imports_yoy_growth", 0.17, "ratio", "全年完成进出口总额同比增长17%", AS, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- so02 荆州开发区 51个重点项目集中开工 (荆州 cjyun 2018)
JZ = "荆州开发区"
JL = "江陵县经济开发区"
B1 = "当日上午,荆州开发区“一区多园”51个重点项目集中开工,位于纪南文旅区的荆州园博园项目同时开工"
B2 = "51个重点项目总投资达224.54亿元,项目用地6817亩,预计达产后完成产值438.8亿元,可创税收40.079亿元"
B3 = "其中,五方光电总部基地项目、金茂华中表面处理园项目、沙隆达高效低毒杀虫剂项目、万华生态板项目、江汉精细化工硅烷偶联剂项目等5个项目的投资均超过10亿元"
B4 = "湖北华电江陵发电有限公司(以下简称江陵公司)江陵县经济开发区,地处长江中游黄金水道,紧邻蒙华铁路,一期工程建设两台660MW超超临界燃煤发电机组,于2015年9月28日正式开工建设,总投资47.59亿元"
AJ = "2018年2月23日（正月初八，集中开工）"
G["so02"] = dict(
 article=art("2018霸气起航!点进来看荆州最牛开工项目,为家乡发展打call!", "荆州新闻网（长江云 jingzhou.cjyun.org；存段无署名、无日期行）", "2018-02-23", "day",
  "City news site on the provincial cloud platform, Hubei: a development zone's “one zone, many parks” groundbreaking of 51 projects with totals, five named 1-billion-plus projects, and a project introduction of a power plant in a county development zone",
  "http://jingzhou.cjyun.org/p/167469.html",
  "日期由标题“2018”与文中“正月初八”推得（2018年正月初八=2月23日），页面日期未见于存段，precision 记 day（推定）。标题照录。正文六段；后三段介绍江陵电厂（湖北华电江陵发电有限公司，在江陵县经济开发区），似为开工项目介绍之一，但文中未明说其属51个项目，照录，项目列可选。园区：荆州开发区（荆州经济技术开发区，“一区多园”：荆州开发区片区及沙市、江陵、公安片区）；江陵县经济开发区作为园区列出（文中“江陵片区”推定为其一部分，parent 记荆州开发区，可选）。纪南文旅区为文旅区，园博园项目不在荆州开发区内，park 记纪南文旅区（可选园区）。五个10亿元以上项目：开工；“投资均超过10亿元”为区间，不作投资额。",
  "so02"),
 parks=[
  park(JZ, "荆州", "湖北", "经济技术开发区", B1, note="“一区多园”"),
  park("纪南文旅区", "荆州", "湖北", "文旅区", B1, opt=True),
  park(JL, "荆州", "湖北", "经济开发区", B4, district="江陵县", parent=JZ, opt=True, note="“江陵片区”推定；parent 由“一区多园”推定"),
 ],
 companies=[
  comp("湖北华电江陵发电有限公司", JL, B4, aliases=["江陵公司"]),
  comp("华电湖北发电有限公司", None, "为华电湖北发电有限公司全资子公司", opt=True, note="母公司"),
  comp("五方光电", JZ, B3, opt=True, note="只在项目名中"),
  comp("沙隆达", JZ, B3, opt=True, note="只在项目名中"),
  comp("江汉精细化工", JZ, B3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("荆州园博园项目", "纪南文旅区", B1, status="开工", status_text="同时开工"),
  proj("五方光电总部基地项目", JZ, B3, companies=["五方光电"], status="开工", status_text="集中开工", note="投资超过10亿元（区间，不作投资额）"),
  proj("金茂华中表面处理园项目", JZ, B3, status="开工", status_text="集中开工", note="投资超过10亿元"),
  proj("沙隆达高效低毒杀虫剂项目", JZ, B3, companies=["沙隆达"], status="开工", status_text="集中开工", note="投资超过10亿元"),
  proj("万华生态板项目", JZ, B3, status="开工", status_text="集中开工", note="投资超过10亿元"),
  proj("江汉精细化工硅烷偶联剂项目", JZ, B3, companies=["江汉精细化工"], status="开工", status_text="集中开工", note="投资超过10亿元"),
  proj("江陵电厂一期工程", JL, B4, companies=["湖北华电江陵发电有限公司"], inv="总投资47.59亿元", phase="一期", status="投产",
       status_text="正式投入商业运营", opt=True, note="#1机组2017-12-31投运，#2机组预计2018年上半年投产；是否属51个项目文中未明说"),
 ],
 aggregate_facts=[
  fact(JZ, "park", "projects_started", 51, "count", B1, AJ),
  fact(JZ, "park", "projects_started_investment_cny", 2.2454e10, "cny", B2, AJ, chk=True),
  fact(JZ, "park", "projects_started_land_mu", 6817, "mu", B2, AJ, opt=True),
  fact(JZ, "park", "projects_expected_output_cny", 4.388e10, "cny", "预计达产后完成产值438.8亿元", "达产后（预计）", kind="target", chk=True, opt=True),
  fact(JZ, "park", "projects_expected_tax_cny", 4.0079e9, "cny", "可创税收40.079亿元", "达产后（预计）", kind="target", chk=True, opt=True),
  fact(JZ, "park", "projects_started_core_area", 21, "count", "这一批开工项目中,荆州开发区片区有21个,沙市、江陵和公安片区各10个", AJ, opt=True, note="荆州开发区片区"),
 ])

# ---------------------------------------------------------------- so03 光谷产业发展基金 (新华社 via 中国政府网 on 东安县 portal 2017)
DH = "武汉东湖高新区"
C1 = "素有“中国光谷”之称的武汉东湖高新区26日宣布设立总规模500亿元的光谷产业发展基金,围绕战略性新兴产业发起设立2500亿元的母基金"
G["so03"] = dict(
 article=art("“中国光谷”设500亿元基金支持战略新兴产业发展", "新华社（记者 陈俊），来源中国政府网，载于东安县人民政府网 www.da.gov.cn（国内要闻）", "2017-12-27", "day",
  "News-agency item relayed by a county government portal (Hunan) about Wuhan, Hubei: a national high-tech zone sets up a 50-billion-yuan industry fund and a 250-billion-yuan mother fund; the zone's financial-institution targets and cumulative finance figures",
  "http://www.da.gov.cn//da/gnyw/201712/7b582947d646468793149259654dace4.shtml",
  "日期取页面“2017-12-27 07:59 来源: 中国政府网”；电头“新华社武汉12月26日电”。导航、日期来源行、页脚已删。正文四段，完整。园区：武汉东湖高新区（“中国光谷”；文中又作“东湖高新区”）。基金：光谷产业发展基金，总规模500亿元；“2500亿元的母基金”另列（文中未命名，name 用文中“母基金”，可选）。2020年目标（金融机构5000家等）为 target；“累计投入财政资金超10亿元”“集聚科技金融机构超3000家”“汇聚资本超3000亿元”为 cumulative。",
  "so03"),
 parks=[park(DH, "武汉", "湖北", "高新区", C1, aliases=["东湖高新区"], note="“中国光谷”")],
 funds=[
  fund("光谷产业发展基金", DH, C1, size="500亿元", size_type="total"),
  fund("母基金", DH, "围绕战略性新兴产业发起设立2500亿元的母基金", size="2500亿元", size_type="total", opt=True, note="文中未命名"),
 ],
 aggregate_facts=[
  fact(DH, "park", "financial_institutions", 5000, "count", "力争到2020年金融机构总量突破5000家", "2020年（目标）", kind="target", qual="超", qtext="突破"),
  fact(DH, "park", "equity_investment_institutions", 3000, "count", "其中股权投资机构总量突破3000家、管理资本突破5000亿元", "2020年（目标）", kind="target", qual="超", qtext="突破", opt=True),
  fact(DH, "park", "fiscal_funds_invested_cny", 1e9, "cny", "累计投入财政资金超10亿元", "2011年至2017年12月", kind="cumulative", qual="超", qtext="超", chk=True),
  fact(DH, "park", "tech_finance_institutions", 3000, "count", "集聚科技金融机构超3000家", "2017年12月", kind="cumulative", qual="超", qtext="超"),
  fact(DH, "park", "capital_gathered_cny", 3e11, "cny", "汇聚资本超3000亿元", "2017年12月", kind="cumulative", qual="超", qtext="超", chk=True, opt=True),
  fact(DH, "park", "tech_finance_policies", 20, "count", "其先后出台科技金融专项政策20多项", "2017年12月", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- so04 黄石新港 三大项目 (湖北日报 on 荆楚网 2019)
HS = "黄石新港园区"
D1 = "12月28日,黄石新港迎来高光时刻:三大项目同日启动,新港码头二期工程竣工暨三期工程开工,新兴管业绿色智能制造产业园项目启动,深圳盐田港长江总部签约落户"
D2 = "新开工的三期工程新建8个万吨级泊位,拟投资18.48亿元"
D3 = "此次启动的新兴管业有限公司绿色智能制造产业园项目建成后,将形成年产100万吨铸管及相关产品的规模"
D4 = "新港园区集聚了新港重科、宝武涂镀等大批临港工业项目"
G["so04"] = dict(
 article=art("（无标题）黄石新港三大项目同日启动", "湖北日报（记者刘娜、通讯员梁焱），载于荆楚网 news.cnhubei.com", "2019-12-29", "day",
  "Provincial daily on the provincial portal, Hubei: a port-industry park's three projects on one day — wharf phase 2 completed and phase 3 started (with investment), a firm's industrial-park project launched, a port group's Yangtze headquarters signed",
  "https://news.cnhubei.com/content/2019-12/29/content_12579487.html",
  "日期取网址 2019-12/29；事件12月28日。存段无标题（title 为编者概括）；页脚版权行已删。正文六段，完整。园区：黄石新港园区（文中“新港园区”“黄石新港园区”；黄石新港为港口，园区为其临港产业园区）。项目：新港码头二期工程（竣工）、三期工程（开工，拟投资18.48亿元）、新兴管业绿色智能制造产业园项目（启动→开工，status_text 保留“启动”）、深圳盐田港长江总部（签约落户）。公司：深圳市盐田港股份有限公司（合作开发方，园区外投资者）、新兴管业有限公司、新港重科、宝武涂镀（园区企业，可选）。",
  "so04"),
 parks=[park(HS, "黄石", "湖北", "港口园区", "不久前,黄石新港园区托管阳新“一区三村”,为临港产业发展提供了广阔的陆域空间", aliases=["新港园区"])],
 companies=[
  comp("深圳市盐田港股份有限公司", None, "2014年11月,黄石市政府与深圳市盐田港股份有限公司签约合作开发黄石新港", aliases=["盐田港"], note="合作开发方"),
  comp("新兴管业有限公司", HS, D3),
  comp("新港重科", HS, D4, opt=True),
  comp("宝武涂镀", HS, D4, opt=True),
 ],
 projects=[
  proj("新港码头二期工程", HS, D1, phase="二期", status="竣工", status_text="竣工"),
  proj("新港码头三期工程", HS, D2, inv="拟投资18.48亿元", phase="三期", status="开工", status_text="开工"),
  proj("新兴管业绿色智能制造产业园项目", HS, D1, companies=["新兴管业有限公司"], status="开工", status_text="启动", note="“启动”"),
  proj("深圳盐田港长江总部", HS, D1, companies=["深圳市盐田港股份有限公司"], status="签约", status_text="签约落户", note="落户黄石；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("黄石新港", "park", "port_capacity_tonnes", 4.0e7, "tonnes", "此次二期工程竣工,黄石新港的通过能力将达到4000万吨", "2019年12月（二期竣工后）", kind="target", opt=True),
  fact("黄石新港", "park", "port_capacity_tonnes", 6.2e7, "tonnes", "建成后,新港的通过能力将达到6200万吨", "三期建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- so05 常德一季度76个项目 主会场常德经开区 (常德经开区网站 2020)
CD = "常德经开区"
E1 = "其中,常德经开区智能电子产业园总投资约10亿元,占地面积264亩,一、二期工程已经相继建成,今天开工的第三期工程拟于今年11月竣工"
E2 = "据悉,此次全市集中开工重点建设项目共76个,总投资411.9亿元,其中产业项目57个,总投资315.9亿元"
AE = "2020年3月6日（集中开工）"
G["so05"] = dict(
 article=art("夺取项目建设“开门红” 常德一季度76个重点建设项目集中开工", "常德经济技术开发区管委会网站 cdjkq.changde.gov.cn（经开要闻；存段无署名）", "2020-03-06", "day",
  "Development-zone government portal, Hunan: a city's first-quarter groundbreaking held at the zone's electronics park — city totals, the park project's investment, area, phases and expected output",
  "https://cdjkq.changde.gov.cn/zhdt/jkyw/content_727886",
  "日期取文中“3月6日上午,常德2020年一季度…”与“今天开工”（页面日期未见于存段）。标题照录。图片说明六行已删。末段在“千方百计创”处中断，该残句（“疫情防控事关…千方百计创”）已删（LINE_SUFFIX），正文截至“…作出了积极贡献。”，共三段。园区：常德经开区（常德经济技术开发区，湖南）；常德经开区智能电子产业园为园中园，列为园区（parent 常德经开区）并作为项目。项目：常德经开区智能电子产业园（总投资约10亿元）三期工程开工，拟11月竣工；一、二期已建成。全市76个/411.9亿元为市级数字（subject 常德市，region）。",
  "so05"),
 parks=[
  park(CD, "常德", "湖南", "经济技术开发区", "3月6日上午,常德2020年一季度重点建设项目集中开工仪式主会场在常德经开区智能电子产业园三期工程项目建设现场隆重举行"),
  park("常德经开区智能电子产业园", "常德", "湖南", "产业园", E1, parent=CD, aliases=["智能电子产业园"]),
 ],
 projects=[
  proj("常德经开区智能电子产业园三期工程", CD, E1, inv="总投资约10亿元", qual="约", qual_text="约", phase="三期", status="开工", status_text="今天开工",
       aliases=["智能电子产业园三期工程项目"], note="总投资约10亿元为整个产业园；三期拟2020年11月竣工；一、二期已建成"),
 ],
 aggregate_facts=[
  fact("常德市", "region", "projects_started", 76, "count", E2, AE),
  fact("常德市", "region", "projects_started_investment_cny", 4.119e10, "cny", "总投资411.9亿元,其中产业项目57个,总投资315.9亿元", AE, chk=True),
  fact("常德市", "region", "industrial_projects_started", 57, "count", "其中产业项目57个,总投资315.9亿元", AE, opt=True),
  fact("常德经开区智能电子产业园", "park", "area_mu", 264, "mu", "占地面积264亩", "2020年3月"),
  fact("常德经开区智能电子产业园", "park", "expected_tenant_investment_cny", 5e9, "cny", "预计引进入驻企业总投资可达50亿元以上,年产值超过200亿元", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("常德经开区智能电子产业园", "park", "expected_annual_output_cny", 2e10, "cny", "年产值超过200亿元", "建成后（预计）", kind="target", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- so06 长沙经开区上榜百强榜 (星沙时报 via changsha.baogaosu 2017)
F1 = "其中,长沙经济技术开发区入榜,排名第38位"
F2 = "长沙经开区成立于1992年,2000年升格为国家级经济技术开发区,规划面积105平方公里,下辖星沙、榔梨、黄花三个工业园,拥有规模以上工业企业165家,年产值过亿元企业85家,过10亿元企业19家,世界500强投资企业31家"
F3 = "到2021年,园区将力争完成固定资产投资1000亿元以上,培育百亿级企业10个以上,培育千亿级产业集群2-3个"
G["so06"] = dict(
 article=art("长沙经开区上榜“中国产业园区百强榜”", "星沙时报（全媒体记者 宋雨溪），载于 changsha.baogaosu.com（聚合站）", "2017-12-05", "day",
  "County paper relayed by an aggregator, Hunan: a national economic development zone enters a park ranking — its sub-parks, firm counts, 2021 targets, and national figures for the two kinds of national zones",
  "http://changsha.baogaosu.com/xinwen/%E7%BB%8F%E5%BC%80%E5%8C%BA%E4%B8%8A%E6%A6%9C%E4%B8%AD%E5%9B%BD%E4%BA%A7%E4%B8%9A%E5%9B%AD%E5%8C%BA%E7%99%BE%E5%BC%BA%E6%A6%9C/63174870/",
  "日期取页面“05.12.2017 23:04”（日.月.年）。标题照录；日期行与图片说明（“长沙经开区规划面积105平方公里,…郑骏 摄”）已删。末段在“超过两”处中断，残句“2016年,百强榜园区共上缴税收约1.97万亿元,超过两”已删（LINE_SUFFIX），正文截至“…占据重要位置。”，共五段。园区：长沙经开区（长沙经济技术开发区），下辖星沙、榔梨、黄花三个工业园（子园区，可选）。全国两类国家级园区的合计数（GDP、税收、出口）不属任何园区，列为可选 region 事实。",
  "so06"),
 parks=[
  park(CS, "长沙", "湖南", "经济技术开发区", F2, district="长沙县", aliases=["长沙经济技术开发区"]),
  park("星沙", "长沙", "湖南", "工业园", F2, parent=CS, opt=True, note="文中“下辖星沙、榔梨、黄花三个工业园”"),
  park("榔梨", "长沙", "湖南", "工业园", F2, parent=CS, opt=True),
  park("黄花", "长沙", "湖南", "工业园", F2, parent=CS, opt=True),
 ],
 institutions=[
  inst("同济大学发展研究院", "同济大学发展研究院研究完成的《2017中国产业园区持续发展蓝皮书》发布", kind="research"),
  inst("新华社中国金融信息中心", "由同济大学发展研究院、新华社中国金融信息中心主办的“2017中国产业园区持续发展论坛”在上海陆家嘴举行", kind="media"),
 ],
 aggregate_facts=[
  fact(CS, "park", "ranking_position", 38, "rank", F1, "2017年12月"),
  fact(CS, "park", "planned_area_km2", 105, "km2", F2, "2017年12月"),
  fact(CS, "park", "industrial_firms_above_scale", 165, "count", F2, "2017年12月"),
  fact(CS, "park", "firms_output_over_100m", 85, "count", F2, "2017年12月", opt=True),
  fact(CS, "park", "firms_output_over_1bn", 19, "count", F2, "2017年12月", opt=True),
  fact(CS, "park", "fortune500_invested_firms", 31, "count", F2, "2017年12月", opt=True),
  fact(CS, "park", "fixed_asset_investment_cny", 1e11, "cny", "园区将力争完成固定资产投资1000亿元以上", "到2021年（目标）", kind="target", qual="超", qtext="以上", chk=True),
  fact("全国国家经开区和高新区", "region", "zones_count", 365, "count", "2016年,全国共有365家国家经开区和高新区", "2016年", opt=True),
 ])

# ---------------------------------------------------------------- so07 攸县高新技术产业开发区挂牌 (湖南省科技厅网站 2019)
YX = "攸县高新技术产业开发区"
H1 = "4月26日,株洲市攸县高新技术产业开发区正式挂牌成立,将为攸县的产业升级、创新发展奠定新的源动力"
H2 = "现有入园企业115 家,其中规模以上工业企业70 家、高新技术企业17家,先后落户了大唐华银、旭日陶瓷、长明高科、昊华化工等一批行业500强和省“五个100”企业"
G["so07"] = dict(
 article=art("株洲市攸县高新技术产业开发区正式挂牌成立", "湖南省科学技术厅门户网站 kjt.hunan.gov.cn（市州动态·株洲；存段无署名）", "2019-05-17", "day",
  "Provincial department portal, Hunan: a county industrial park becomes a provincial high-tech zone — its two sub-parks with areas and industries, firm counts, named firms",
  "http://kjt.hunan.gov.cn/xxgk/gzdt/szdt/zz/201905/t20190517_5336678.html",
  "日期取页面“发布时间: 2019-05-17 15:06”；挂牌在4月26日。标题照录（页末重复的标题与页面编号已删）；导航、发布时间行、“扫一扫”已删。正文三段，完整。园区：攸县高新技术产业开发区（株洲市攸县，湖南；2019年2月获批省级高新区），“一区两园”：攸州工业园（始建于2003年）、网岭循环经济园（子园区，parent 攸县高新区）。公司：大唐华银、旭日陶瓷、长明高科、昊华化工（落户园区）。“115 家”“70 家”原文数字与“家”之间有空格，照录。",
  "so07"),
 parks=[
  park(YX, "株洲", "湖南", "高新技术产业开发区", H1, district="攸县", note="省级；2019年2月获批"),
  park("攸州工业园", "株洲", "湖南", "工业园", "攸州工业园始建于2003年,2019年2月获批为省级高新技术产业开发区", district="攸县", parent=YX),
  park("网岭循环经济园", "株洲", "湖南", "循环经济园", "目前已形成“一区两园”发展格局,即攸州工业园和网岭循环经济园", district="攸县", parent=YX),
 ],
 companies=[
  comp("大唐华银", YX, H2), comp("旭日陶瓷", YX, H2), comp("长明高科", YX, H2), comp("昊华化工", YX, H2),
 ],
 aggregate_facts=[
  fact(YX, "park", "firms", 115, "count", "现有入园企业115 家", "2019年4月"),
  fact(YX, "park", "industrial_firms_above_scale", 70, "count", "其中规模以上工业企业70 家", "2019年4月"),
  fact(YX, "park", "high_tech_firms", 17, "count", "高新技术企业17家", "2019年4月"),
  fact("攸州工业园", "park", "area_ha", 510.06, "ha", "其中攸州工业园面积510.06公顷", "2019年"),
  fact("网岭循环经济园", "park", "area_ha", 329.95, "ha", "网岭循环经济园面积329.95公顷", "2019年"),
 ])

# ---------------------------------------------------------------- so08 孝感 16天签约4个逾300亿元项目 (湖北日报 via wuhan.baogaosu 2018)
LK = "孝感临空经济区"
K1 = "现场签约的佳兆业·空港凤凰科技城和汉孝临空产业园两大项目投资均超过300亿元"
K2 = "其中,位于孝感临空区的佳兆业·空港凤凰科技城总投资500亿元"
K3 = "此前的6月30日,孝感临空经济区凤凰旅游区项目、生态智慧新城项目签约,投资额分别为300亿元、700亿元"
G["so08"] = dict(
 article=art("16天,孝感签约4个逾300亿元项目", "湖北日报（记者宋效忠、通讯员董想明、徐永波），载于 wuhan.baogaosu.com（聚合站）", "2018-07-16", "day",
  "Provincial daily relayed by an aggregator, Hubei: four 30-billion-plus projects signed in 16 days, three placed in an airport economic zone, with the city's year-to-date introduction figures",
  "https://wuhan.baogaosu.com/xinwen/%E5%AD%9D%E6%84%9F%E7%AD%BE%E7%BA%A616%E5%A4%A9/68347371",
  "日期取页面“16.07.2018 22:17”（日.月.年）；签约7月15日。标题照录；日期行与页末他文标题/摘要六行已删。正文四段，完整；原文句末用半角“.”，照录。园区：孝感临空经济区（文中又作“孝感临空区”“临空区”，湖北孝感）。项目：佳兆业·空港凤凰科技城（临空区，总投资500亿元，签约）；汉孝临空产业园（签约，“投资均超过300亿元”→超300亿元；园区文中未说，null）；凤凰旅游区项目（300亿元）、生态智慧新城项目（700亿元）在临空经济区，签约。“分别为300亿元、700亿元”按序对应。孝感市全年数字为 region（今年以来，cumulative）。汉川的钰龙集团黄龙湖国际生态城（85亿元）无签约/开工字样，列可选项目，park null。",
  "so08"),
 parks=[park(LK, "孝感", "湖北", "临空经济区", K3, aliases=["孝感临空区", "临空区"])],
 companies=[
  comp("佳兆业", LK, K2, opt=True, note="只在项目名中"),
  comp("钰龙集团", None, "钰龙集团在汉川投资85亿元建设黄龙湖国际生态城", opt=True),
  comp("保利集团", None, "先后与保利集团、湖北交投等15家央企、省属国企签约和构建战略合作框架协议", opt=True),
  comp("湖北交投", None, "先后与保利集团、湖北交投等15家央企、省属国企签约和构建战略合作框架协议", opt=True),
 ],
 projects=[
  proj("佳兆业·空港凤凰科技城", LK, K2, companies=["佳兆业"], inv="总投资500亿元", status="签约", status_text="现场签约"),
  proj("汉孝临空产业园", None, K1, inv="投资均超过300亿元", qual="超", qual_text="超过", status="签约", status_text="现场签约", note="园区文中未说"),
  proj("凤凰旅游区项目", LK, K3, inv="300亿元", status="签约", status_text="签约", note="“投资额分别为300亿元、700亿元”"),
  proj("生态智慧新城项目", LK, K3, inv="700亿元", status="签约", status_text="签约"),
  proj("黄龙湖国际生态城", None, "钰龙集团在汉川投资85亿元建设黄龙湖国际生态城", companies=["钰龙集团"], inv="投资85亿元", opt=True, note="汉川；无阶段字样"),
 ],
 aggregate_facts=[
  fact("孝感市", "region", "projects_introduced", 156, "count", "今年以来,孝感市已引进各类项目156个,合同引资额2400多亿元", "2018年1月至7月中旬", kind="cumulative"),
  fact("孝感市", "region", "contract_investment", 2.4e11, "cny", "合同引资额2400多亿元", "2018年1月至7月中旬", kind="cumulative", qual="余", qtext="多", note="“2400多亿元”：数字与“亿元”间有“多”，不作 *_cny 解析（metric 不带 _cny 后缀）"),
  fact("孝感市", "region", "soe_agreements_investment_cny", 1.021e11, "cny", "引资总额1021亿元", "2018年1月至7月中旬", kind="cumulative", chk=True, opt=True),
 ])
