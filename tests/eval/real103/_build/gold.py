# real103 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (xu09 traditional script as published, the other eight simplified); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). An amount written without “元”
# (“总投资100亿”, “總投資為207.2億”) keeps investment_text with investment_cny null (as real53 zw01 / real56 zz09), and a
# fact from it gets a metric without the _cny suffix (value still in yuan). Growth rates and shares as ratios. Projects: the
# park is the one the text places the project in, null if none (a district or city is not a park). Status from the text's
# words (开工 / 集中开工 / 新開工 → 开工; 投產 → 投产; 达成协议 → 签约; 项目现场正在施工 → 在建; 引进 / 落户 alone → no status).
# “预计” figures are kind target; year-to-date counts and values (“今年以来”, “截至目前”, “累计”, “成立至今”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/xuNN.raw as returned.

# ---------------------------------------------------------------- xu01 光谷生物城 (楚天金报 via hb.ifeng 2013)
SW = "武汉国家生物产业基地"
DH = "东湖高新区"
A0 = "位于该区的武汉国家生物产业基地(光谷生物城)年均增速保持在40%以上,综合实力位列全国26个生物产业园区“前三甲”"
A1 = "自2008年开工建设以来,光谷生物城的建成面积已达500万平方米,园区内518家企业的年总收入突破500亿元"
A2 = "到2018年,光谷生物城生物产业总收入将超过2000亿元"
A3 = "已有8家世界500强企业在此设立研发中心或生产基地,28家金融机构设有生物产业专项基金和创投基金"
AS1 = "2013年11月"
G["xu01"] = dict(
 article=art("年均增速40%以上 武汉光谷生物城实力位列国内前三甲", "楚天金报（作者:刘晓杰），经荆楚网，载于凤凰网湖北频道 hb.ifeng.com", "2013-11-12", "day",
  "Provincial morning paper's short item relayed by a portal's provincial channel, Hubei (Wuhan): a national bio-industry base inside a high-tech zone five years on — average growth, national ranking, built area, firms and their annual revenue, a revenue target, Fortune 500 firms and financial institutions present",
  "http://hb.ifeng.com/news/fygc/detail_2013_11/12/1447700_0.shtml",
  "日期取页面“2013年11月12日 07:41 来源:荆楚网-楚天金报 作者:刘晓杰”。标题照录（凤凰网标题）；页内“原标题:光谷生物城实力跃居国内前三”一行已删，原题记于 title_note；凤凰网导航、推荐栏、字号/评论行、责任编辑与标签行已删。正文两段，完整。园区：武汉国家生物产业基地（文中括注“光谷生物城”，标题作“武汉光谷生物城”；“位于该区”即东湖高新区，parent 记东湖高新区；武汉，湖北）。东湖高新区只作消息来源与所在区，列为园区（kind 高新区）。事实均以光谷生物城为主体：年均增速40%以上（ratio 0.40，超；指标未说是收入还是产值，记 average_annual_growth）；全国26个生物产业园区“前三甲”（national_rank 3，可选）；建成面积500万平方米；园区内518家企业、年总收入突破500亿元（超）；到2018年生物产业总收入超过2000亿元（计划，target）；8家世界500强企业、28家金融机构设基金（可选）。“5项世界级自主创新成果”“光谷新中心区域50平方公里新城”不计。未点名任何企业。",
  "xu01", title_note="原标题：光谷生物城实力跃居国内前三"),
 parks=[
  park(SW, "武汉", "湖北", "生物产业基地", A0, parent=DH, aliases=["光谷生物城", "武汉光谷生物城"],
       note="文中括注“光谷生物城”；标题作“武汉光谷生物城”；“位于该区”（东湖高新区）"),
  park(DH, "武汉", "湖北", "高新区", "昨日,记者从东湖高新区获悉", note="消息来源与光谷生物城所在区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SW, "park", "average_annual_growth", 0.40, "ratio", A0, "2008–2013年（年均）", kind="ratio", qual="超", qtext="以上"),
  fact(SW, "park", "national_rank", 3, "rank", A0, AS1, opt=True, note="全国26个生物产业园区“前三甲”"),
  fact(SW, "park", "built_area_m2", 5e6, "m2", A1, AS1, kind="cumulative", note="自2008年开工建设以来"),
  fact(SW, "park", "firms", 518, "count", A1, AS1),
  fact(SW, "park", "revenue_cny", 5e10, "cny", "园区内518家企业的年总收入突破500亿元", AS1 + "（年总收入）", qual="超", qtext="突破", chk=True),
  fact(SW, "park", "revenue_cny", 2e11, "cny", A2, "2018年（计划）", kind="target", qual="超", qtext="超过", chk=True, note="生物产业总收入"),
  fact(SW, "park", "fortune500_firms", 8, "count", A3, AS1, opt=True, note="设立研发中心或生产基地"),
  fact(SW, "park", "financial_institutions_with_funds", 28, "count", A3, AS1, opt=True),
 ])

# ---------------------------------------------------------------- xu02 武汉经开区 9 projects (湖北日报 via itangjiu 2021)
WJ = "武汉经开区"
TH = "武汉经开区通航产业园"
B0 = "武汉经开区涵盖新技术、新产业、新业态的9个重大项目集中开工或启动,总投资达294.6亿元"
B1 = "当天开工的中航锂电动力电池及储能电池武汉基地项目位于武汉经开区通航产业园"
B2 = "项目总投资100亿,用地面积约1200亩,规划产能20GWh,预计明年建成投产"
B1F = B1 + ",将建设动力电池及储能电池的生产销售基地,带动上下游产业链企业落户,产品主要配套国内外新能源汽车及储能市场等应用领域。" + B2
B3 = "总投资63亿的路特斯科技全球总部项目占地约296亩"
B4 = "宁波翼宇新能源汽车核心零部件生产项目总投资3.3亿元"
B5 = "该项目有望在2022年建成投产,年产汽车零部件8000万件,年产值可达约4亿元"
B6 = "干细胞生命科学中心项目投资5亿元,占地面积50亩"
AS2 = "2021年7月31日（集中开工）"
G["xu02"] = dict(
 article=art("武汉经开区9个重大项目开工或启动 车谷已全面吹响“二次创业”集结号", "湖北日报（“来源:湖北日报”），载于 finance.itangjiu.com 财经栏", "2021-07-31", "day",
  "Provincial daily's item relayed by a finance site, Hubei (Wuhan): a national economic-development zone's quarterly groundbreaking — nine projects started with total and per-sector investment, four named projects with amounts, site areas, capacity and expected output, one placed in a sub-park",
  "http://finance.itangjiu.com/caijing/20210731/68988.html",
  "日期取页面“2021-07-31 20:35:43 来源:湖北日报”。标题照录；栏目路径与时间来源行已删。存段在末段“其中,干细胞制备项目28000平米,现代医药物流中心”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…综合细胞库和现代医药物流中心。”，共六段。园区：武汉经开区（文中又作“武汉市经开区”；标题“车谷”为其别称，列 alias；武汉，湖北）；武汉经开区通航产业园（parent 武汉经开区）。项目：中航锂电动力电池及储能电池武汉基地项目（通航产业园；“当天开工”→开工；“项目总投资100亿”无“元”字，investment_cny 留空）；路特斯科技全球总部项目（“总投资63亿”无“元”，留空）、宁波翼宇新能源汽车核心零部件生产项目（3.3亿元）、干细胞生命科学中心项目（5亿元）——均为武汉经开区此次“集中开工或启动”的9个项目之一（园区由此推定；状态记开工，status_text 取“集中开工或启动”）。企业只在项目名中，列可选（中航锂电、路特斯科技、宁波翼宇）。事实：9个项目、总投资294.6亿元；分类（先进制造业5个/213.3亿元等，可选）；宁波翼宇项目年产值约4亿元（target）；用地面积（可选）。",
  "xu02"),
 parks=[
  park(WJ, "武汉", "湖北", "经济技术开发区", "7月31日,武汉市第三季度重大项目集中开工活动在武汉经开区中航锂电动力电池及储能电池武汉基地项目现场举行",
       aliases=["武汉市经开区", "车谷"], note="即武汉经济技术开发区（中国车谷）；标题作“车谷”"),
  park(TH, "武汉", "湖北", "产业园（通用航空）", B1, parent=WJ, aliases=["通航产业园"]),
 ],
 companies=[
  comp("中航锂电", TH, B1, opt=True, note="只在项目名中"),
  comp("路特斯科技", WJ, B3, opt=True, note="只在项目名中"),
  comp("宁波翼宇", WJ, B4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中航锂电动力电池及储能电池武汉基地项目", TH, B1F, companies=["中航锂电"], inv="项目总投资100亿", unparsed=True, status="开工", status_text="当天开工",
       note="“项目总投资100亿”无“元”字，investment_cny 留空；预计明年（2022年）建成投产；规划产能20GWh"),
  proj("路特斯科技全球总部项目", WJ, B3, companies=["路特斯科技"], inv="总投资63亿", unparsed=True, status="开工", status_text="集中开工或启动",
       note="“总投资63亿”无“元”字，investment_cny 留空；9个项目之一（推定）"),
  proj("宁波翼宇新能源汽车核心零部件生产项目", WJ, B4, companies=["宁波翼宇"], inv="总投资3.3亿元", status="开工", status_text="集中开工或启动",
       note="9个项目之一（推定）；有望2022年建成投产"),
  proj("干细胞生命科学中心项目", WJ, B6, inv="投资5亿元", status="开工", status_text="集中开工或启动", note="9个项目之一（推定）"),
 ],
 aggregate_facts=[
  fact(WJ, "park", "projects_started", 9, "count", B0, AS2, note="集中开工或启动"),
  fact(WJ, "park", "projects_started_investment_cny", 2.946e10, "cny", "9个重大项目集中开工或启动,总投资达294.6亿元", AS2, chk=True),
  fact(WJ, "park", "advanced_manufacturing_projects_started", 5, "count", "其中,先进制造业项目5个,总投资213.3亿元", AS2, opt=True),
  fact(WJ, "park", "advanced_manufacturing_projects_started_investment_cny", 2.133e10, "cny", "先进制造业项目5个,总投资213.3亿元", AS2, opt=True, chk=True),
  fact(WJ, "park", "service_projects_started_investment_cny", 7.77e9, "cny", "现代服务业项目2个,总投资77.7亿元", AS2, opt=True, chk=True),
  fact(WJ, "park", "other_projects_started_investment_cny", 3.6e8, "cny", "其他项目2个,总投资3.6亿元", AS2, opt=True, chk=True),
  fact("中航锂电动力电池及储能电池武汉基地项目", "project", "site_area_mu", 1200, "mu", B2, AS2, qual="约", qtext="约", opt=True),
  fact("路特斯科技全球总部项目", "project", "site_area_mu", 296, "mu", B3, AS2, qual="约", qtext="约", opt=True),
  fact("宁波翼宇新能源汽车核心零部件生产项目", "project", "expected_annual_output_cny", 4e8, "cny", "年产值可达约4亿元", "建成投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("干细胞生命科学中心项目", "project", "site_area_mu", 50, "mu", B6, AS2, opt=True),
 ])

# ---------------------------------------------------------------- xu03 襄阳高新区 上半年 (湖北日报 via te-ch 2018)
XY = "襄阳高新区"
GD = "高端汽车配套产业园"
C0 = "东风延锋伟世通汽车饰件襄阳分公司负责人付汉东告诉记者,该企业入驻襄阳高新区高端汽车配套产业园后,发展迅猛"
C1 = "目前,7万多平方米的一期厂房已经满园,入驻企业9家,其中伟世通、旭硝子是2家世界500强公司,还有宏立至信、东格新能源2家合资公司、富临精工等上市公司"
C2 = "今年上半年,该区规模以上工业总产值、固定资产投资、社会消费品零售总额等主要经济指标均两位数增长,分别为 12.5%、14.5%、13.4%"
C3 = "预计完成生产总值550亿元,全年将突破千亿大关"
C4 = "上半年,高新区引进各类项目75个、总投资额达290.68亿元,其中5亿以上项目15个,包括佛吉亚、骆驼集团等6家世界500强、中国500强及上市公司"
C5 = "当中,佛吉亚(中国)投资有限公司汽车排气系统项目投资2亿元,主要建设生产汽车排气系统含催化净化装置产品,达产后产值预计可达8亿元,税收5600万元"
AS3 = "2018年上半年"
G["xu03"] = dict(
 article=art("襄阳高新区发展迅猛 上半年主要指标两位数增长", "湖北日报（页面“2018-07-23 湖北日报”），载于 te-ch.tech 新闻栏", "2018-07-23", "day",
  "Provincial daily's item relayed by a tech-news site, Hubei (Xiangyang): a national high-tech zone at mid-year — a supplier's fast start in an auto-parts sub-park, the sub-park's firms, the zone's half-year growth rates and expected GDP, projects introduced with total investment, one named project with amount, expected output and tax",
  "http://te-ch.tech/news/show-43607.html",
  "日期取页面“2018-07-23 湖北日报”。标题照录；站点口号行、标签行、浏览数“86”与“核心提示:…”（正文首句的截断摘要）已删。存段在末段“中克骆瑞新能源科技公司项目投资10亿元,将建设年产25万套新能”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…税收5600万元。”，共四段；中克骆瑞项目因此不计。园区：襄阳高新区（文中又作“高新区”“该区”；襄阳，湖北）；高端汽车配套产业园（“襄阳高新区高端汽车配套产业园”，parent 襄阳高新区）。公司：东风延锋伟世通汽车饰件襄阳分公司（入驻产业园；下文“伟世通”推定即此企业，列 alias）；旭硝子、宏立至信、东格新能源、富临精工（产业园入驻企业）；佛吉亚(中国)投资有限公司（项目在高新区）；骆驼集团（高新区上半年引进项目的企业之一）。项目：佛吉亚(中国)投资有限公司汽车排气系统项目，投资2亿元（“引进”，状态不记）。事实：伟世通“预计今年实现产值1亿多元”（target；“1亿多元”不是数字+亿元，metric 不带 _cny，余）；产业园一期厂房7万多平方米（余，可选）、入驻企业9家；高新区上半年规上工业总产值增长12.5%、固定资产投资增长14.5%、社零增长13.4%（ratio）；预计完成生产总值550亿元（target）；全年突破千亿（target，可选；“千亿大关”无“元”）；引进项目75个、总投资290.68亿元、5亿以上项目15个（可选）；佛吉亚项目达产后产值约8亿元、税收5600万元（target）。",
  "xu03"),
 parks=[
  park(XY, "襄阳", "湖北", "高新区", C0, aliases=[], note="文中又作“高新区”“该区”"),
  park(GD, "襄阳", "湖北", "产业园（汽车配套）", C0, parent=XY, note="“襄阳高新区高端汽车配套产业园”"),
 ],
 companies=[
  comp("东风延锋伟世通汽车饰件襄阳分公司", GD, C0, aliases=["伟世通"], note="下文“伟世通”（世界500强）推定即此企业"),
  comp("旭硝子", GD, C1, note="世界500强；产业园入驻企业"),
  comp("宏立至信", GD, C1, note="合资公司；产业园入驻企业"),
  comp("东格新能源", GD, C1, note="合资公司；产业园入驻企业"),
  comp("富临精工", GD, C1, note="上市公司；产业园入驻企业"),
  comp("佛吉亚(中国)投资有限公司", XY, C5, aliases=["佛吉亚"], note="汽车排气系统项目"),
  comp("骆驼集团", XY, C4, note="上半年引进项目的企业之一"),
 ],
 projects=[
  proj("佛吉亚(中国)投资有限公司汽车排气系统项目", XY, C5, companies=["佛吉亚(中国)投资有限公司"], inv="投资2亿元",
       aliases=["汽车排气系统项目"], note="上半年引进；状态未说"),
 ],
 aggregate_facts=[
  fact("东风延锋伟世通汽车饰件襄阳分公司", "company", "expected_annual_output", 1e8, "cny", "从签约到投产仅3个月,预计今年实现产值1亿多元", "2018年全年（预计）", kind="target", qual="余", qtext="多",
       note="“1亿多元”：metric 不带 _cny 后缀（check_gold 只读数字+亿元）"),
  fact(GD, "park", "phase1_floor_area_m2", 7e4, "m2", C1, "2018年7月", qual="余", qtext="多", opt=True, note="一期厂房已满园"),
  fact(GD, "park", "firms", 9, "count", C1, "2018年7月"),
  fact(XY, "park", "industrial_output_above_scale_yoy_growth", 0.125, "ratio", C2, AS3, kind="ratio"),
  fact(XY, "park", "fixed_asset_investment_yoy_growth", 0.145, "ratio", C2, AS3, kind="ratio"),
  fact(XY, "park", "retail_sales_yoy_growth", 0.134, "ratio", C2, AS3, kind="ratio", opt=True),
  fact(XY, "park", "gdp_cny", 5.5e10, "cny", C3, "2018年上半年（预计）", kind="target", chk=True),
  fact(XY, "park", "gdp", 1e11, "cny", C3, "2018年全年（预计）", kind="target", qual="超", qtext="突破", opt=True, note="“突破千亿大关”，无“元”字"),
  fact(XY, "park", "projects_introduced", 75, "count", C4, AS3),
  fact(XY, "park", "projects_introduced_investment_cny", 2.9068e10, "cny", "高新区引进各类项目75个、总投资额达290.68亿元", AS3, chk=True),
  fact(XY, "park", "projects_introduced_over_500m", 15, "count", C4, AS3, opt=True, note="5亿以上项目"),
  fact("佛吉亚(中国)投资有限公司汽车排气系统项目", "project", "expected_annual_output_cny", 8e8, "cny", "达产后产值预计可达8亿元,税收5600万元", "达产后（预期）", kind="target", chk=True),
  fact("佛吉亚(中国)投资有限公司汽车排气系统项目", "project", "expected_annual_tax_cny", 5.6e7, "cny", "税收5600万元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xu04 襄阳高新区 7 projects (科技日报 2024)
D0 = "襄阳高新区此次共有7个重大项目集中开工,总投资31.9亿元,全部为产业类项目"
D1 = "据介绍,襄阳佳荣建设发展有限公司汽车零部件智能制造项目总投资20亿元,新建42栋15万平方米的标准厂房"
D2 = "项目全面建成后,将引进90家生产型中小企业,每年产值预计达9.2亿元,实现税收4500万元,创造直接就业岗位2000个"
D3 = "此外,汽车发动机冲压零部件项目、轻量化可拼装式货厢智能制造项目、新能源汽车零部件产线智能化改造升级示范项目、新能源汽车自动驾驶技术方向机关键转向齿轮轴项目、高性能新型储能电池膜材料开发及检验检测服务中心建设项目等同期开工"
AS4 = "2024年8月（集中开工）"
G["xu04"] = dict(
 article=art("（无标题）襄阳高新区7个重大项目集中开工 总投资31.9亿元", "科技日报（记者吴纯新 通讯员李宁 车珺琦），数字报 digitalpaper.stdaily.com", "2024-08-15", "day",
  "National science daily's short item, Hubei (Xiangyang): a national high-tech zone's seven projects started with total investment — one named developer's auto-parts smart-manufacturing project with amount, floor space, expected firms, output, tax and jobs, and five more named projects started",
  "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2024-08/15/content_576178.htm?div=-1",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2024-08/15（科技日报数字报版面日期）；文中“记者8月12日从湖北襄阳高新区获悉”。正文四段，完整。园区：襄阳高新区（首次作“湖北襄阳高新区”；又作“园区”；襄阳，湖北）。“汽车部件智能制造集群协同发展产业园”为项目要建成的载体，列可选园区（parent 襄阳高新区）。项目：襄阳佳荣建设发展有限公司汽车零部件智能制造项目（总投资20亿元，集中开工→开工）；另五个项目“同期开工”→开工，金额未说。公司：襄阳佳荣建设发展有限公司（在高新区）。事实：7个项目、总投资31.9亿元；佳荣项目建成后每年产值9.2亿元、税收4500万元、就业2000个（target）；引进90家中小企业、标准厂房15万平方米（可选）。",
  "xu04"),
 parks=[
  park(XY, "襄阳", "湖北", "高新区", "记者8月12日从湖北襄阳高新区获悉", note="首次作“湖北襄阳高新区”；又作“园区”"),
  park("汽车部件智能制造集群协同发展产业园", "襄阳", "湖北", "产业园（汽车零部件）", "建设襄阳市领先的汽车部件智能制造集群协同发展产业园", parent=XY, opt=True,
       note="佳荣项目要建成的载体（描述性名称）"),
 ],
 companies=[
  comp("襄阳佳荣建设发展有限公司", XY, D1),
 ],
 projects=[
  proj("襄阳佳荣建设发展有限公司汽车零部件智能制造项目", XY, D1, companies=["襄阳佳荣建设发展有限公司"], inv="总投资20亿元", status="开工", status_text="集中开工",
       aliases=["汽车零部件智能制造项目"], note="7个集中开工项目之一"),
  proj("汽车发动机冲压零部件项目", XY, D3, status="开工", status_text="同期开工"),
  proj("轻量化可拼装式货厢智能制造项目", XY, D3, status="开工", status_text="同期开工"),
  proj("新能源汽车零部件产线智能化改造升级示范项目", XY, D3, status="开工", status_text="同期开工"),
  proj("新能源汽车自动驾驶技术方向机关键转向齿轮轴项目", XY, D3, status="开工", status_text="同期开工"),
  proj("高性能新型储能电池膜材料开发及检验检测服务中心建设项目", XY, D3, status="开工", status_text="同期开工"),
 ],
 aggregate_facts=[
  fact(XY, "park", "projects_started", 7, "count", D0, AS4),
  fact(XY, "park", "projects_started_investment_cny", 3.19e9, "cny", "7个重大项目集中开工,总投资31.9亿元", AS4, chk=True),
  fact("襄阳佳荣建设发展有限公司汽车零部件智能制造项目", "project", "expected_annual_output_cny", 9.2e8, "cny", "每年产值预计达9.2亿元,实现税收4500万元", "全面建成后（预期）", kind="target", chk=True),
  fact("襄阳佳荣建设发展有限公司汽车零部件智能制造项目", "project", "expected_annual_tax_cny", 4.5e7, "cny", "实现税收4500万元", "全面建成后（预期）", kind="target", chk=True),
  fact("襄阳佳荣建设发展有限公司汽车零部件智能制造项目", "project", "expected_jobs", 2000, "count", D2, "全面建成后（预期）", kind="target"),
  fact("襄阳佳荣建设发展有限公司汽车零部件智能制造项目", "project", "expected_firms", 90, "count", D2, "全面建成后（预期）", kind="target", opt=True, note="生产型中小企业"),
  fact("襄阳佳荣建设发展有限公司汽车零部件智能制造项目", "project", "floor_area_m2", 1.5e5, "m2", D1, AS4, opt=True, note="新建42栋标准厂房"),
 ])

# ---------------------------------------------------------------- xu05 宜昌 (湖北日报 via yktchina 2022)
YC = "宜昌高新区"
BY = "白洋园区"
YD = "宜都化工园"
YJ = "姚家港化工园"
E0 = "在宜昌高新区白洋园区田家河片区,总投资320亿元的宁德时代邦普一体化电池材料产业园项目现场,塔架林立,工程车穿梭忙碌,一片热气腾腾"
E1 = "2021年11月5日,投资100亿元的兴发集团年产30万吨电池关键材料项目在宜都化工园开工"
E2 = "同年11月20日,总投资145亿元的三宁化工酰胺及尼龙新材料项目在枝江市姚家港化工园开工"
E3 = "去年前11月,兴发集团实现销售收入433亿元,同比增长18.04%"
E4 = "2021年,宁德时代,山东海科、广州天赐等行业巨头纷纷重仓宜昌,新签约投资过百亿元项目6个、过50亿元项目16个"
E5 = "宜化、人福、安琪、东阳光、奥美等一批企业成长成为全球、全国有影响力的龙头企业"
G["xu05"] = dict(
 article=art("蝶变起飞!宜昌经济总量跨越5000亿", "湖北日报（“来源:湖北日报 发布者:DN032”），载于 solution.yktchina.com 资讯栏", "2022-01-20", "day",
  "Provincial daily's city feature relayed by a trade site, Hubei (Yichang): a city's 2021 output with three big industrial projects placed in a high-tech sub-park and two chemical parks — amounts and stages — a listed group's sales and growth, and the year's large signings",
  "http://solution.yktchina.com/zx/2022/0120/18331.html",
  "日期取页面“时间:2022-01-20 16:47:18 来源:湖北日报”。标题照录；导航与时间来源行已删。存段末段“与此同时,投资100亿元的山东海科新能源电”在句中中断，整段删去，正文截至“…向高端化工新材料领域再次发起冲锋。”，共七段。园区：宜昌高新区（只作“宜昌高新区白洋园区田家河片区”的一部分）；白洋园区（parent 宜昌高新区；“田家河片区”为园区内片区，不另列）；宜都化工园（宜都市）；姚家港化工园（枝江市）。项目：宁德时代邦普一体化电池材料产业园项目（白洋园区，总投资320亿元；项目现场“塔架林立,工程车穿梭忙碌”→在建）；兴发集团年产30万吨电池关键材料项目（宜都化工园，投资100亿元，2021年11月5日开工）；三宁化工酰胺及尼龙新材料项目（姚家港化工园，总投资145亿元，2021年11月20日开工）。公司：兴发集团（有销售收入事实；公司本身的园区文中未说，记 null）；宁德时代邦普只在项目名中；宁德时代、山东海科、广州天赐（“重仓宜昌”，园区未说）、三宁化工、宜化、人福、安琪、东阳光、奥美均可选、园区 null。事实：宜昌2021年经济总量5022亿元（region）；新签约过百亿元项目6个、过50亿元项目16个（region，可选）；兴发集团前11月销售收入433亿元、增长18.04%；6家企业收入过百亿元（region，可选）。湖北省工作报告的全省数字不计。",
  "xu05"),
 parks=[
  park(YC, "宜昌", "湖北", "高新区", E0, note="只作白洋园区的上级"),
  park(BY, "宜昌", "湖北", "园区", E0, parent=YC, note="“宜昌高新区白洋园区田家河片区”"),
  park(YD, "宜昌", "湖北", "化工园", E1, district="宜都市"),
  park(YJ, "宜昌", "湖北", "化工园", E2, district="枝江市", note="“枝江市姚家港化工园”"),
 ],
 companies=[
  comp("兴发集团", None, E3, note="项目在宜都化工园；公司本身的园区未说"),
  comp("宁德时代邦普", BY, E0, opt=True, note="只在项目名中"),
  comp("三宁化工", YJ, E2, opt=True, note="项目名中及“标志着三宁化工…”"),
  comp("宁德时代", None, E4, opt=True, note="“重仓宜昌”"),
  comp("山东海科", None, E4, opt=True, note="“重仓宜昌”"),
  comp("广州天赐", None, E4, opt=True, note="“重仓宜昌”"),
  comp("宜化", None, E5, opt=True),
  comp("人福", None, E5, opt=True),
  comp("安琪", None, E5, opt=True),
  comp("东阳光", None, E5, opt=True),
  comp("奥美", None, E5, opt=True),
 ],
 projects=[
  proj("宁德时代邦普一体化电池材料产业园项目", BY, E0, companies=["宁德时代邦普"], inv="总投资320亿元", status="在建", status_text="项目现场,塔架林立,工程车穿梭忙碌",
       note="“继三峡工程后,宜昌规模最大的建设工地”"),
  proj("兴发集团年产30万吨电池关键材料项目", YD, E1, companies=["兴发集团"], inv="投资100亿元", status="开工", status_text="开工", note="2021年11月5日开工"),
  proj("三宁化工酰胺及尼龙新材料项目", YJ, E2, companies=["三宁化工"], inv="总投资145亿元", status="开工", status_text="开工", note="2021年11月20日开工"),
 ],
 aggregate_facts=[
  fact("宜昌", "region", "gdp_cny", 5.022e11, "cny", "达5022亿元,全省1个近两万亿、2个过五千亿的龙头带动格局基本形成", "2021年", chk=True,
       note="“宜昌经济总量超过5000亿元,达5022亿元”；取确数"),
  fact("宜昌", "region", "projects_signed_over_10bn", 6, "count", E4, "2021年", opt=True, note="新签约投资过百亿元项目"),
  fact("宜昌", "region", "projects_signed_over_5bn", 16, "count", E4, "2021年", opt=True, note="新签约过50亿元项目"),
  fact("兴发集团", "company", "revenue_cny", 4.33e10, "cny", E3, "2021年1–11月", chk=True, note="销售收入"),
  fact("兴发集团", "company", "revenue_yoy_growth", 0.1804, "ratio", E3, "2021年1–11月", kind="ratio"),
  fact("宜昌", "region", "firms_revenue_over_10bn", 6, "count", "6家企业收入过百亿元", "2021年", opt=True),
 ])

# ---------------------------------------------------------------- xu06 荆门高新区·掇刀区 6 projects started (国际在线 2021)
JM = "荆门高新区"
F0 = "荆门市10月份重大项目集中开工高新区·掇刀区分会场活动在长城汽车荆门配套零部件二区项目现场举行,总投资18.9167亿元的6个重大项目集中开工"
F1 = "本次集中开工的6个项目,分别是长城汽车荆门配套零部件二区项目、精诚工科冲焊项目、曼德汽车年产25万台(套)汽车零部件项目、合得利废轮胎废橡胶资源化利用二期项目、中集清洁能源储运装备智能化产线项目、宝申汽车零部件制造一期项目"
F2 = "2020年10月19日,随着长城汽车整车项目正式落户荆门高新区·掇刀区,荆门的整车产业有了龙头企业"
AS6 = "2021年10月30日（集中开工）"
G["xu06"] = dict(
 article=art("（无标题）荆门高新区·掇刀区6个重大项目集中开工 总投资18.9167亿元", "国际在线湖北频道（hb.cri.cn；文 周宗国）", "2021-10-31", "day",
  "National broadcaster's provincial web channel, Hubei (Jingmen): a high-tech zone merged with a district holds its part of the city's monthly groundbreaking — six named projects started with their total investment, an earlier car-assembly project landed, the zone's industry ambitions",
  "https://hb.cri.cn/2021-10-31/32bc5c2a-c1fb-a460-779f-261c4814aafa.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2021-10-31；活动在10月30日。正文三段，完整（“(文 周宗国)”在末，保留）。园区：荆门高新区（文中作“高新区·掇刀区”“荆门高新区·掇刀区”，与掇刀区合署，as real56 zz07；荆门，湖北）。项目：六个“集中开工”→开工，园区荆门高新区（分会场项目），金额只有合计18.9167亿元；合得利…二期、宝申…一期记 phase。长城汽车整车项目：2020年10月19日“正式落户”（落户不记状态）。公司：长城汽车（整车项目落户，在园）；精诚工科、曼德汽车、合得利、中集、宝申只在项目名中（可选）。事实：6个项目、总投资18.9167亿元；“汽车产业预计在十四五末将形成千亿规模”无确数，不计。",
  "xu06"),
 parks=[
  park(JM, "荆门", "湖北", "高新区", "随着长城汽车整车项目正式落户荆门高新区·掇刀区", district="掇刀区", aliases=["荆门高新区·掇刀区"],
       note="与掇刀区合署；首次作“高新区·掇刀区”"),
 ],
 companies=[
  comp("长城汽车", JM, F2, note="整车项目落户；龙头企业"),
  comp("精诚工科", JM, F1, opt=True, note="只在项目名中"),
  comp("曼德汽车", JM, F1, opt=True, note="只在项目名中"),
  comp("合得利", JM, F1, opt=True, note="只在项目名中"),
  comp("中集", JM, F1, opt=True, note="只在项目名中"),
  comp("宝申", JM, F1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("长城汽车荆门配套零部件二区项目", JM, F1, companies=["长城汽车"], status="开工", status_text="集中开工", note="分会场所在项目"),
  proj("精诚工科冲焊项目", JM, F1, status="开工", status_text="集中开工"),
  proj("曼德汽车年产25万台(套)汽车零部件项目", JM, F1, status="开工", status_text="集中开工"),
  proj("合得利废轮胎废橡胶资源化利用二期项目", JM, F1, phase="二期", status="开工", status_text="集中开工"),
  proj("中集清洁能源储运装备智能化产线项目", JM, F1, status="开工", status_text="集中开工"),
  proj("宝申汽车零部件制造一期项目", JM, F1, phase="一期", status="开工", status_text="集中开工"),
  proj("长城汽车整车项目", JM, F2, companies=["长城汽车"], status=None, status_text="正式落户", note="2020年10月19日落户；落户不记状态"),
 ],
 aggregate_facts=[
  fact(JM, "park", "projects_started", 6, "count", F0, AS6),
  fact(JM, "park", "projects_started_investment_cny", 1.89167e9, "cny", "总投资18.9167亿元的6个重大项目集中开工", AS6, chk=True),
 ])

# ---------------------------------------------------------------- xu07 武汉东湖综合保税区 二期验收 (新华社 via wuhan.baogaosu 2017)
ZB = "武汉东湖综合保税区"
FTZ = "中国(湖北)自由贸易试验区"
H0 = "联合验收小组28日通过对湖北首家综合保税区武汉东湖综合保税区的二期工程验收"
H1 = "武汉东湖综保区二期规划面积3.36平方公里"
H2 = "武汉东湖综保区2011年8月29日经国务院批准设立,是湖北省首家综合保税区,位于中国(湖北)自由贸易试验区核心区域,规划面积5.41平方公里"
H3 = "2013年1月15日,东湖综保区首期1.82平方公里通过国家十部委联合验收"
H4 = "武汉东湖综保区成立至今,已累计完成工商注册企业逾千家;受理报关单据近30万票,稳居武汉关区前列;累计税收达25亿元,出口额近120亿美元"
AS7 = "2011年8月至2017年12月（成立至今）"
G["xu07"] = dict(
 article=art("湖北首家综合保税区二期通过验收", "新华社（记者陈俊 李思远），载于 wuhan.baogaosu.com", "2017-12-28", "day",
  "National news agency's wire relayed by a city aggregator, Hubei (Wuhan): the province's first comprehensive bonded zone passes acceptance of its second phase — phase and total planned areas, founding and first-phase dates, cumulative registered firms, customs declarations, tax and exports",
  "http://wuhan.baogaosu.com/xinwen/%E6%B9%96%E5%8C%97%E9%A6%96%E5%AE%B6%E7%BB%BC%E5%90%88%E4%BF%9D%E7%A8%8E%E5%8C%BA%E4%BA%8C%E6%9C%9F%E9%80%9A%E8%BF%87%E9%AA%8C%E6%94%B6/63805933/",
  "日期取页面“28.12.2017 15:44”与电头“新华社武汉12月28日电”。标题照录；日期行与页末无关的推荐链接（“迈向高质量发展…”“东湖绿道二期…”等）已删。正文四段，完整（“(完)”保留）。园区：武汉东湖综合保税区（又作“武汉东湖综保区”“东湖综保区”；武汉，湖北）；中国(湖北)自由贸易试验区（又作“湖北自贸区”；综保区位于其核心区域，可选园区，不作 parent——文中说“位于…核心区域”，未说隶属）；“湖北自贸区武汉片区”只作同位语，不另列。项目：“二期工程验收”——列可选项目“武汉东湖综合保税区二期工程”，状态竣工（通过验收）。机构：湖北省政府、武汉海关、湖北省发展改革委、国务院（可选）。事实：规划面积5.41平方公里；二期规划面积3.36平方公里；首期1.82平方公里（可选）；成立至今累计工商注册企业逾千家（超）、报关单据近30万票（约，可选）、累计税收25亿元、出口额近120亿美元（约，美元）——均为 cumulative。",
  "xu07"),
 parks=[
  park(ZB, "武汉", "湖北", "综合保税区", H0, aliases=["武汉东湖综保区", "东湖综保区"], note="湖北首家综合保税区"),
  park(FTZ, "武汉", "湖北", "自由贸易试验区", H2, aliases=["湖北自贸区"], opt=True, note="综保区位于其核心区域；又作“湖北自贸区”"),
 ],
 companies=[],
 institutions=[
  inst("武汉海关", "湖北省政府牵头,武汉海关、湖北省发展改革委等十部门组成的联合验收小组", note="联合验收小组成员"),
  inst("湖北省发展改革委", "湖北省政府牵头,武汉海关、湖北省发展改革委等十部门组成的联合验收小组", note="联合验收小组成员"),
  inst("湖北省政府", "湖北省政府牵头,武汉海关、湖北省发展改革委等十部门组成的联合验收小组", note="牵头"),
 ],
 projects=[
  proj("武汉东湖综合保税区二期工程", ZB, H0, phase="二期", status="竣工", status_text="通过…二期工程验收", opt=True, aliases=["东湖综保区二期"],
       note="园区开发工程；验收后将封关运行"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "planned_area_km2", 5.41, "km2", H2, "2017年12月"),
  fact(ZB, "park", "phase2_planned_area_km2", 3.36, "km2", H1, "2017年12月"),
  fact(ZB, "park", "phase1_area_km2", 1.82, "km2", H3, "2013年1月", opt=True),
  fact(ZB, "park", "registered_firms", 1000, "count", H4, AS7, kind="cumulative", qual="超", qtext="逾", note="工商注册企业"),
  fact(ZB, "park", "customs_declarations", 3e5, "count", H4, AS7, kind="cumulative", qual="约", qtext="近", opt=True),
  fact(ZB, "park", "tax_revenue_cny", 2.5e9, "cny", "累计税收达25亿元,出口额近120亿美元", AS7, kind="cumulative", chk=True),
  fact(ZB, "park", "exports_usd", 1.2e10, "usd", "出口额近120亿美元", AS7, kind="cumulative", qual="约", qtext="近"),
 ])

# ---------------------------------------------------------------- xu08 孝南区 / 孝南开发区 (湖北日报 via hubei.cnipai 2018)
XN = "孝南开发区"
K0 = "湖北日报讯 (通讯员陆新刚)10月中旬,雅利龙包装与孝感市孝南区达成协议,投资2.4亿元建设高档纸盒包装和纸品包装彩印项目"
K1 = "今年以来,先后引进投资120亿元的宜华康养城、50亿元的港兴纸业、20亿元的金三发包装用纸等绿色项目12个,争取中省项目78个,策划长江大保护项目69个,总投资1100多亿元"
K2 = "目前,孝南开发区建成区已达33平方公里,形成了南大工业园、汉十工业园、东山头工业园“一区三园”发展格局,入驻企业410余家"
K3 = "今年前三季度,该区共完成规模以上工业产值170.9亿元、同比增长15.4%"
K4 = "年初,该区对孝感市大红米糯等14家实用型专利企业、湖北龙王恨渔具等5家发明专利企业、武汉创新欧派等9个新增高新技术企业、湖北卓美木业等3个名牌企业进行了表彰和奖励"
AS8 = "2018年1–9月"
G["xu08"] = dict(
 article=art("孝南区打造绿色发展引擎 前9个月引资逾千亿元", "湖北日报（通讯员陆新刚），载于 hubei.cnipai.com（工业园网湖北站，用户上传）", "2018-10-24", "day",
  "Provincial daily's item relayed by an industrial-park portal, Hubei (Xiaogan): a district's green-growth drive — a packaging project agreed with its amount, three large projects introduced with amounts, the district's development zone with built-up area, three sub-parks and firm count, firms honoured, industrial output and growth for nine months",
  "https://hubei.cnipai.com/news/detail/208733.html",
  "日期取页面“2018 10/24 10:26”。标题取页面两行标题“孝南区打造绿色发展引擎”“前9个月引资逾千亿元”（以一空格相连；第二行推定为副题）；站名、栏目与页末免责声明已删。正文五段，完整。地区：孝南区（孝感市，湖北）。园区：孝南开发区（文中先作“100平方公里经济开发区”，湖北孝南经济开发区；kind 经济开发区）；南大工业园、汉十工业园、东山头工业园（“一区三园”，parent 孝南开发区）。项目：雅利龙包装的高档纸盒包装和纸品包装彩印项目（“达成协议”→签约，投资2.4亿元）；宜华康养城（120亿元）、港兴纸业（50亿元）、金三发包装用纸（20亿元）为“今年以来先后引进”的项目（引进不记状态）——四项均只说在孝南区，园区 null。公司：雅利龙包装（与区政府达成协议，园区 null）；港兴纸业、金三发（以企业名作项目名，可选）；受表彰的大红米糯、湖北龙王恨渔具、武汉创新欧派、湖北卓美木业（区级表彰，园区未说，可选）。事实：前9个月引资逾千亿元（标题；region，超）；引进绿色项目12个；争取中省项目78个、策划长江大保护项目69个、“总投资1100多亿元”（可选，“1100多亿元”不是数字+亿元，metric 不带 _cny）；孝南开发区规划100平方公里、建成区33平方公里、入驻企业410余家（余）；孝南区前三季度规上工业产值170.9亿元、增长15.4%；关停9家纸品企业、新增9家规上企业（可选）。",
  "xu08"),
 parks=[
  park(XN, "孝感", "湖北", "经济开发区", K2, district="孝南区", note="先作“100平方公里经济开发区”"),
  park("南大工业园", "孝感", "湖北", "工业园", K2, district="孝南区", parent=XN, note="“一区三园”之一"),
  park("汉十工业园", "孝感", "湖北", "工业园", K2, district="孝南区", parent=XN, note="“一区三园”之一"),
  park("东山头工业园", "孝感", "湖北", "工业园", K2, district="孝南区", parent=XN, note="“一区三园”之一"),
 ],
 companies=[
  comp("雅利龙包装", None, K0, note="与孝南区达成协议"),
  comp("港兴纸业", None, K1, opt=True, note="以企业名作项目名"),
  comp("金三发", None, K1, opt=True, note="只在项目名中"),
  comp("孝感市大红米糯", None, K4, opt=True, note="区级表彰；园区未说"),
  comp("湖北龙王恨渔具", None, K4, opt=True, note="区级表彰；园区未说"),
  comp("武汉创新欧派", None, K4, opt=True, note="区级表彰；园区未说"),
  comp("湖北卓美木业", None, K4, opt=True, note="区级表彰；园区未说"),
 ],
 projects=[
  proj("高档纸盒包装和纸品包装彩印项目", None, K0, companies=["雅利龙包装"], inv="投资2.4亿元", status="签约", status_text="达成协议", note="孝南区；园区未说"),
  proj("宜华康养城", None, K1, inv="投资120亿元", note="今年以来引进；园区未说"),
  proj("港兴纸业", None, K1, companies=["港兴纸业"], inv="50亿元", note="以企业名作项目名；今年以来引进"),
  proj("金三发包装用纸", None, K1, companies=["金三发"], inv="20亿元", note="今年以来引进"),
 ],
 aggregate_facts=[
  fact("孝南区", "region", "investment_attracted_cny", 1e11, "cny", "前9个月引资逾千亿元", AS8, qual="超", qtext="逾", note="标题（副题）"),
  fact("孝南区", "region", "green_projects_introduced", 12, "count", K1, "2018年1–10月（今年以来）", kind="cumulative"),
  fact("孝南区", "region", "central_provincial_projects_secured", 78, "count", K1, "2018年1–10月（今年以来）", kind="cumulative", opt=True),
  fact("孝南区", "region", "yangtze_protection_projects_planned", 69, "count", K1, "2018年1–10月（今年以来）", kind="cumulative", opt=True),
  fact("孝南区", "region", "projects_total_investment", 1.1e11, "cny", K1, "2018年1–10月（今年以来）", kind="cumulative", qual="余", qtext="多", opt=True,
       note="“1100多亿元”所指不清（绿色项目＋中省项目＋长江大保护项目）；metric 不带 _cny"),
  fact(XN, "park", "planned_area_km2", 100, "km2", "该区高起点规划、高标准建设100平方公里经济开发区", "2018年10月"),
  fact(XN, "park", "built_up_area_km2", 33, "km2", K2, "2018年10月"),
  fact(XN, "park", "firms", 410, "count", K2, "2018年10月", qual="余", qtext="余"),
  fact("孝南区", "region", "industrial_output_above_scale_cny", 1.709e10, "cny", K3, AS8, chk=True),
  fact("孝南区", "region", "industrial_output_above_scale_yoy_growth", 0.154, "ratio", K3, AS8, kind="ratio"),
  fact("孝南区", "region", "firms_closed", 9, "count", "今年先后关停9家环保不达标的纸品企业", "2018年", opt=True),
  fact("孝南区", "region", "new_above_scale_firms", 9, "count", "新增9家绿色环保型规上企业", "2018年", opt=True),
 ])

# ---------------------------------------------------------------- xu09 黃石 開發區鐵山區 39 projects (香港商報網 2022, traditional)
HS = "開發區鐵山區"
L0 = "11月29日,黃石市2022年第四季度重大項目集中簽約、開工活動在開發區鐵山區舉行。此次活動總投資為207.2億,共39個項目簽約、開工"
L1 = "當日集中簽約的15個項目,總投資105.2億;集中開工的24個項目,總投資102億"
L2 = "截至目前,全區新引進億元以上項目70個、總投資620億元,特別是成功引進投資120億元的諾德鋰電,實現了百億級項目的歷史性突破"
L3 = "新開工諾德鋰電、聞泰二期、志博信等50個工業項目,新投產定穎高階線路板、群立電子等42個工業項目"
AS9 = "2022年11月29日（集中簽約、開工）"
AS9c = "2022年1月至11月（截至目前）"
G["xu09"] = dict(
 article=art("總投資207.2億元 黃石39個項目簽約開工", "香港商報網（hkcd.com.hk 湖北·經濟縱橫欄；張詩語；責任編輯:嚴燕紅）", "2022-12-03", "day",
  "Hong Kong paper's website, traditional script, Hubei (Huangshi): a city's quarterly signing and groundbreaking held in a development zone merged with a district — projects signed and started with investment (amounts without 元), the zone's year-to-date projects introduced with investment, a 12-billion project, projects started and in production by name",
  "https://www.hkcd.com.hk/content_p/2022-12/03/content_145322.html",
  "日期取页面“2022-12-03 来源:香港商報網”。正文为繁体，照录，未转换；标题照录；栏目路径、日期来源行与“[责任编辑:严燕红 ]”已删。正文五段，完整（“(張詩語)”在末，保留）。园区：“開發區鐵山區”（即黄石经济技术开发区·铁山区，开发区与铁山区合署；文中又作“該區”“全區”；黄石，湖北）——名称照录。此次活动为黄石市的集中签约开工，39个项目、207.2億、签约15个/105.2億、开工24个/102億——第二段称“該區產業鏈條”，推定为开发区铁山区的项目（subject 记園區；金额无“元”字，metric 不带 _cny）。全区“截至目前”新引进億元以上项目70个、总投资620億元，新开工50个、新投产42个工业项目（cumulative）。项目：諾德鋰電（投资120億元，“新開工”→开工）、聞泰二期（开工，二期）、志博信（开工）、定穎高階線路板、群立電子（“新投產”→投产）；园区均为開發區鐵山區。公司：諾德鋰電等只以项目名出现，列可选。签约企业代表馮海軍不列。",
  "xu09"),
 parks=[
  park(HS, "黃石", "湖北", "經濟技術開發區", L0, district="鐵山區", note="即黄石经济技术开发区·铁山区（合署）；文中又作“該區”“全區”"),
 ],
 companies=[
  comp("諾德鋰電", HS, L2, opt=True, note="以企业名作项目名"),
  comp("聞泰", HS, L3, opt=True, note="只在“聞泰二期”中"),
  comp("志博信", HS, L3, opt=True, note="以企业名作项目名"),
  comp("定穎", HS, L3, opt=True, note="只在项目名中"),
  comp("群立電子", HS, L3, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("諾德鋰電", HS, L2 + "。" + L3, companies=["諾德鋰電"], inv="投資120億元", status="开工", status_text="新開工", note="百億級項目；今年引进"),
  proj("聞泰二期", HS, L3, phase="二期", status="开工", status_text="新開工"),
  proj("志博信", HS, L3, status="开工", status_text="新開工"),
  proj("定穎高階線路板", HS, L3, status="投产", status_text="新投產"),
  proj("群立電子", HS, L3, status="投产", status_text="新投產"),
 ],
 aggregate_facts=[
  fact(HS, "park", "projects_signed_or_started", 39, "count", L0, AS9, note="黄石市活动在该区举行；推定为该区项目"),
  fact(HS, "park", "projects_signed_or_started_investment", 2.072e10, "cny", L0, AS9, note="“207.2億”无“元”字；metric 不带 _cny"),
  fact(HS, "park", "projects_signed", 15, "count", L1, AS9),
  fact(HS, "park", "signed_investment", 1.052e10, "cny", L1, AS9, note="“105.2億”无“元”字"),
  fact(HS, "park", "projects_started", 24, "count", L1, AS9),
  fact(HS, "park", "projects_started_investment", 1.02e10, "cny", "集中開工的24個項目,總投資102億", AS9, note="“102億”无“元”字"),
  fact(HS, "park", "projects_introduced", 70, "count", L2, AS9c, kind="cumulative", note="億元以上項目"),
  fact(HS, "park", "projects_introduced_investment_cny", 6.2e10, "cny", "全區新引進億元以上項目70個、總投資620億元", AS9c, kind="cumulative", chk=True),
  fact(HS, "park", "industrial_projects_started", 50, "count", L3, AS9c, kind="cumulative"),
  fact(HS, "park", "industrial_projects_in_production", 42, "count", L3, AS9c, kind="cumulative"),
 ])
