# real121 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52 (and the real5x–real117 JSON read as examples): evidence verbatim (all seven items simplified
# script as published); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps
# the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the
# park is the one the text places the project in, null if none. Status from the text's words: 签订合同 / 签约 → 签约 (with
# status_alt planned where the firm only “拟” invests); 拟投资 / 决定投资 / 将建设 → planned; 开工 / 奠基 → 开工; “开竣工”
# without saying which → 开工 with status_alt 竣工. A listed firm that announces a project is a company with park null
# unless the text places the firm itself in a park (as real112 yd06 苏州高新). Project-level figures (phase amounts, land,
# expected output / revenue, capacity) are aggregate facts with subject_type project; expected figures are kind target.
# Sources: ym01, ym02, ym04, ym05, ym07 are `search` (corpus pages) excerpts typed into _raw/pages/ymNN.raw as returned;
# ym03, ym06 are static pages of the public repository likgjava/eb (html in _raw/pages/ymNN.html, text via html2raw.py).

# ---------------------------------------------------------------- ym01 东方雨虹 邵阳经开区 (乐居财经 2020)
SY = "邵阳经济开发区"
DF = "北京东方雨虹防水技术股份有限公司"
A0 = "其与邵阳经济开发区管理委员会签订《东方雨虹新材料生产项目引进合同》"
A1 = "合同约定公司拟投资7亿元在湖南省邵阳市经济开发区投资建设东方雨虹新材料生产项目"
A2 = "乐居财经讯 晓非 12月25日午间,北京东方雨虹防水技术股份有限公司(简称:东方雨虹)公告称,其与邵阳经济开发区管理委员会签订《东方雨虹新材料生产项目引进合同》"
A3 = "其中一期项目拟投资2亿元,建设周期为在交地后自办妥三证之日起30日内开工建设,一年半内完成项目施工建设并投产"
A4 = "二期项目于一期建成后启动,拟投资金额5亿元"
A5 = "项目用地共计约120亩,其中一期项目供地约50亩"
A6 = "其中一期项目供地约50亩"
A7 = "位于新城大道与大元路的交汇口西北角,年产值可达3亿元"
AS = "2020-12-25"
G["ym01"] = dict(
 article=art("东方雨虹与湖南邵阳经开区签订7亿元新材料生产项目", "乐居财经（晓非；页面 jiaju.sina.cn 新浪家居，注“来源:乐居财经”）", "2020-12-25", "day",
  "Real-estate/finance wire on a portal, Hunan: a listed building-materials firm's announcement of a project-introduction contract with an economic development zone — 7亿元 new-materials plant in two phases (2亿 / 5亿), land, start and production deadlines, expected output",
  "http://jiaju.sina.cn/news/20201225/6748167962290881036.shtml",
  "日期取页面“2020-12-25 乐居财经”与网址。标题照录；日期来源行、广告残行“中国铁建国际城<a href=”、页尾“0 / 相关推荐 / 热门新闻”已删；正文末“(来源:乐居财经)”为页面所载，保留。正文三段，完整。园区：邵阳经济开发区（标题作“邵阳经开区”，正文又作“湖南省邵阳市经济开发区”；邵阳市，湖南）。公司：北京东方雨虹防水技术股份有限公司（简称东方雨虹；上市公司，公告方；总部不在园区，park null）。项目：东方雨虹新材料生产项目（签订引进合同→签约，公司“拟投资7亿元”→status_alt planned）；分两期：一期拟投资2亿元、二期5亿元（事实，subject 项目）；用地约120亩、一期约50亩；一期年产值可达3亿元（target；文中“年产值可达3亿元”紧随一期地块句，记为一期，note）。机构：邵阳经济开发区管理委员会、邵阳市自然资源和规划局经开区分局（可选）。",
  "ym01"),
 parks=[
  park(SY, "邵阳", "湖南", "经济开发区", A0, aliases=["邵阳经开区", "邵阳市经济开发区"], note="标题作“邵阳经开区”；正文又作“湖南省邵阳市经济开发区”"),
 ],
 companies=[
  comp(DF, None, A2, aliases=["东方雨虹"], note="上市公司（公告方）；总部不在园区"),
 ],
 institutions=[
  inst("邵阳经济开发区管理委员会", A0, note="签约方"),
  inst("邵阳市自然资源和规划局经开区分局", "土地由邵阳市自然资源和规划局经开区分局依法委托市交易平台挂牌", note="土地挂牌"),
 ],
 projects=[
  proj("东方雨虹新材料生产项目", SY, A1, companies=[DF], inv="拟投资7亿元", status="签约", status_text="签订《东方雨虹新材料生产项目引进合同》",
       status_alt="planned", note="引进合同已签；公司“拟投资”；分两期（一期2亿元、二期5亿元）"),
 ],
 aggregate_facts=[
  fact("东方雨虹新材料生产项目", "project", "phase1_investment_cny", 2e8, "cny", A3, AS, chk=True),
  fact("东方雨虹新材料生产项目", "project", "phase2_investment_cny", 5e8, "cny", A4, AS, chk=True),
  fact("东方雨虹新材料生产项目", "project", "site_area_mu", 120, "mu", A5, AS, qual="约", qtext="约"),
  fact("东方雨虹新材料生产项目", "project", "phase1_site_area_mu", 50, "mu", A6, AS, qual="约", qtext="约", opt=True),
  fact("东方雨虹新材料生产项目", "project", "expected_annual_output_cny", 3e8, "cny", A7, "投产后（预计）", kind="target", chk=True,
       note="“年产值可达3亿元”紧随一期地块句，似指一期"),
 ],
)

# ---------------------------------------------------------------- ym02 华海药业 互动平台 (红周刊 2023)
YY = "临海国际医药小镇"
HH = "华海药业"
B0 = "根据公司2017年10月30日公告,公司计划投资100亿元建设临海国际医药小镇华海制药科技产业园规划项目"
B1 = "其中一期投资70亿元,建设期5年"
B2 = "华海制药科技产业园一期项目开工率100%,已建面积55万平方米"
B3 = "华海药业(600521)05月25日在投资者互动平台表示"
B4 = "F2&F3特色制剂楼、F5高端制剂楼、F4自动化立体仓库、F8综合仓库、C2质检楼均已完工;F1无菌及固体制剂楼、能源中心、变配电所、污水处理站、人、物流门卫及地下管廊等配套公共设施已投入运营"
BS = "2023-05-25"
G["ym02"] = dict(
 article=art("华海药业:华海制药科技产业园一期项目开工率100%", "红周刊（“红刊AI快讯”，红周刊综合整理），载于 myjjw.001ce.com", "2023-05-25", "day",
  "Financial weekly's automated brief on an investor Q&A, Zhejiang: a listed drug-maker's 100亿元 pharmaceutical industrial park in a county-level 'medical town' — phase 1 (70亿元) fully started, built floor area, buildings completed and facilities in operation",
  "http://www.myjjw.001ce.com/news/cs/2023/0525/457902.html",
  "日期取页面“2023-05-25 11:53:09 来源:红周刊综合整理”。标题照录；面包屑、日期来源行、“(资料图片)”与页尾“标签: / 热点推荐 / 精彩放送”已删。正文两段（投资者提问、公司答复），完整；“人、物流门卫”照录。园区：临海国际医药小镇（特色小镇；临海市，台州，浙江——市、省为常识补，文中只写“临海”）；华海制药科技产业园为公司自建园区项目，另列为可选园区（母园区临海国际医药小镇）。公司：华海药业（600521，上市公司；文中未说公司所在园区，park null）。项目：华海制药科技产业园规划项目（2017年公告计划投资100亿元；一期开工率100%、部分投运→在建）；华海制药科技产业园一期项目（一期投资70亿元，建设期5年；“开工率100%”，多栋楼完工、配套设施投运，提问称“该项目已经投产”→在建，status_alt 投产）。事实：一期开工率100%（ratio 1.0）、已建面积55万平方米（cumulative）。",
  "ym02"),
 parks=[
  park(YY, "台州", "浙江", "特色小镇", B0, district="临海市", note="市、省为常识补"),
  park("华海制药科技产业园", "台州", "浙江", "产业园(项目)", B2, district="临海市", parent=YY, opt=True,
       note="公司自建产业园（规划项目），亦作项目"),
 ],
 companies=[
  comp(HH, None, B3, note="上市公司（600521）；文中未说所在园区"),
 ],
 institutions=[],
 projects=[
  proj("华海制药科技产业园规划项目", YY, B0, companies=[HH], inv="计划投资100亿元", status="在建", status_text="一期项目开工率100%",
       aliases=["华海制药科技产业园"], note="2017年10月30日公告；一期70亿元"),
  proj("华海制药科技产业园一期项目", YY, "其中一期投资70亿元", companies=[HH], inv="一期投资70亿元", phase="一期", status="在建",
       status_text="开工率100%…均已完工…已投入运营", status_alt="投产",
       note="提问称“该项目已经投产”；答复：开工率100%，多栋楼完工，配套设施已投运"),
 ],
 aggregate_facts=[
  fact("华海制药科技产业园一期项目", "project", "start_rate", 1.0, "ratio", B2, BS, kind="ratio"),
  fact("华海制药科技产业园一期项目", "project", "floor_area_m2", 550000, "m2", B2, BS, kind="cumulative", note="已建面积"),
  fact("华海制药科技产业园一期项目", "project", "construction_period_years", 5, "years", B1, BS, opt=True),
 ],
)

# ---------------------------------------------------------------- ym03 长信科技 芜湖经开区 (2011, via likgjava/eb)
WH = "芜湖经济技术开发区"
CX = "长信科技"
C0 = "根据方案，长信科技该电容式触摸屏项目将建设在位于芜湖经济技术开发区的“长信科技工业园”内，该园区内已建有LCD用、触摸屏用ITO透明导电玻璃生产线及相关配套设备"
C1 = "公司决定投资1.91亿元建设500万只“中大尺寸（7～10英寸）电容式触摸屏项目”"
C2 = "今日，长信科技（300088，收盘价50.70元）也公布了用超募资金投资触摸屏项目的公告"
C3 = "继莱宝高科（002106，收盘价57.47元）、宇顺电子（002289，收盘价31.61元）在近期公布了投资或进一步投资触摸屏项目后"
C4 = "经测算，长信科技的“中大尺寸触摸屏”项目投产后，年销售收入25855万元，税前利润6002万元，投资净利润率26.73%"
C5 = "该项目的资金来源除了公司首发剩余超募资金4255.4万元以外，还包括首发投资项目节余资金以及公司内部积累的自有资金"
C6 = "与不久前莱宝高科自筹资金2.5亿元建设的中大尺寸电容屏（4.3～13.3英寸）生产线，设计年产能400万片（以10英寸计）相差不大"
C7 = "鉴于公司已经完成了中小尺寸的电容式触摸屏投资布局，项目正在建设之中"
C8 = "“公司有能力成为国内莱宝和南玻之后第三家实现电容式触摸屏量产的公司。”中投证券分析师王鹏指出"
CS = "2011-03-02"
G["ym03"] = dict(
 article=art("长信科技投1.91亿元生产“触摸大屏”", "阳光易购（采购门户“商情资讯”静态页，存于公开仓库 likgjava/eb；原发媒体与署名页面未示）", "2011-03-02", "day",
  "Financial-news feature relayed by a procurement portal, Anhui: a listed ITO-glass maker's announcement to invest 1.91亿元 of over-raised IPO funds in a mid/large capacitive touch-screen project in its own industrial campus in a national economic-technical development zone — capacity, funding, expected revenue and profit, peers' projects, an analyst's view",
  "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/sqzx/ff8080812e6f0340012e746571740152.jsp",
  "日期取页面“发布时间：2011-03-02”（文中“今日…公布…公告”）。取自公开仓库 likgjava/eb 的静态页（HEAD 7470cfbc），原页地址不详；HTML 实体（&ldquo; 等）解码为字符，标签转为分段（_build/html2raw.py），未做任何简繁转换。标题照录；“发布时间 / 发布人”行已删；小标题“投资中大尺寸触摸屏”“技术储备比肩莱宝高科”保留为段落；“Pana－sonic”照录。正文完整。园区：芜湖经济技术开发区（芜湖市，安徽）；长信科技工业园（公司园区，文中称“该园区”，母园区芜湖经济技术开发区；可选）。公司：长信科技（300088；其工业园位于芜湖经开区→park 芜湖经济技术开发区）；莱宝高科、宇顺电子、南玻（同业，可选，park null）。机构：中投证券（可选）。项目：中大尺寸电容式触摸屏项目（“决定投资1.91亿元建设”→planned；建于长信科技工业园内，park 记芜湖经济技术开发区）；中小尺寸电容式触摸屏项目（“正在建设之中”，地点未说，可选）；莱宝高科中大尺寸电容屏生产线（2.5亿元，可选，park null）。事实：年产500万只、投产后年销售收入25855万元、税前利润6002万元（target）；超募资金4255.4万元（可选）；投资净利润率26.73%（可选）。",
  "ym03"),
 parks=[
  park(WH, "芜湖", "安徽", "经济技术开发区", C0),
  park("长信科技工业园", "芜湖", "安徽", "工业园(企业园区)", C0, parent=WH, opt=True, note="公司自有园区，文中称“该园区”"),
 ],
 companies=[
  comp(CX, WH, C2, note="上市公司（300088）；其工业园位于芜湖经济技术开发区"),
  comp("莱宝高科", None, C3, opt=True, note="同业上市公司（002106）"),
  comp("宇顺电子", None, C3, opt=True, note="同业上市公司（002289）"),
  comp("南玻", None, C8, opt=True, note="只在分析师引语中"),
 ],
 institutions=[
  inst("中投证券", C8, kind="other", note="分析师所在券商"),
 ],
 projects=[
  proj("中大尺寸电容式触摸屏项目", WH, C1, companies=[CX], inv="投资1.91亿元", status="planned", status_text="决定投资",
       aliases=["中大尺寸（7～10英寸）电容式触摸屏项目", "中大尺寸触摸屏"],
       note="将建设在芜湖经济技术开发区的“长信科技工业园”内；资金含超募资金4255.4万元"),
  proj("电容式触摸屏项目", None, C7, companies=[CX], status="在建", status_text="项目正在建设之中", opt=True,
       note="中小尺寸，超募资金投资；地点文中未说"),
  proj("中大尺寸电容屏（4.3～13.3英寸）生产线", None, C6, companies=["莱宝高科"], inv="自筹资金2.5亿元", opt=True,
       note="同业莱宝高科的项目，地点未说"),
 ],
 aggregate_facts=[
  fact("中大尺寸电容式触摸屏项目", "project", "annual_capacity_units", 5000000, "units", C1, "达产后（预计）", kind="target", note="年产500万只"),
  fact("中大尺寸电容式触摸屏项目", "project", "expected_annual_revenue_cny", 258550000.0, "cny", "年销售收入25855万元", "投产后（预计）", kind="target", chk=True),
  fact("中大尺寸电容式触摸屏项目", "project", "expected_annual_pretax_profit_cny", 60020000.0, "cny", "税前利润6002万元", "投产后（预计）", kind="target", chk=True),
  fact("中大尺寸电容式触摸屏项目", "project", "expected_investment_net_profit_rate", 0.2673, "ratio", C4, "投产后（预计）", kind="ratio", opt=True),
  fact("中大尺寸电容式触摸屏项目", "project", "over_raised_funds_used_cny", 42554000.0, "cny", "公司首发剩余超募资金4255.4万元", CS, opt=True, chk=True),
 ],
)

# ---------------------------------------------------------------- ym04 琉璃光生物科技产业园 开竣工 (新华网江苏 2019)
TN = "常州天宁经济开发区"
LL = "琉璃光生物科技产业园"
D0 = "9月25日上午,常州天宁经济开发区琉璃光生物科技产业园项目集中开竣工仪式在琉璃光生物科技产业园举行"
D1 = "此次开竣工项目包括悦欣天厨常州中央厨房项目,常州琉璃光生物科技项目和常州恒安琉璃光生物科技产业园项目"
D2 = "悦欣天厨常州中央厨房项目定位高铁配餐、地面团体餐,一期总投资3亿元"
D3 = "常州琉璃光生物科技项目总投资达7亿元"
D4 = "一期总投资3亿元,项目达产后,产值将达到3亿元,预计2023年向证监会申报IPO上市"
D5 = "产值将达到10亿元,预计2022年左右主板上市"
DS = "2019-09-25"
G["ym04"] = dict(
 article=art("常州琉璃光生物科技产业园举行项目集中开竣工仪式", "新华网江苏频道（js.xinhuanet.com；程莹珂 红军）", "2019-09-25", "day",
  "National news agency's provincial channel, Jiangsu: a ceremony starting and completing projects in a bio-tech park inside a district economic development zone — three named projects, two with investment, expected output and the firms' IPO plans; district leaders' remarks",
  "http://www.js.xinhuanet.com/2019-09/25/c_1125039673.htm",
  "日期取网址 2019-09/25 与正文“9月25日上午”。标题照录；页尾图片占位“![]() |”两行已删；署名“(程莹珂 红军)”在正文末，保留。正文四段，完整。园区：常州天宁经济开发区（天宁区，常州，江苏）；琉璃光生物科技产业园（标题作“常州琉璃光生物科技产业园”；母园区常州天宁经济开发区）。项目：悦欣天厨常州中央厨房项目（一期总投资3亿元）、常州琉璃光生物科技项目（总投资7亿元，市重点项目）、常州恒安琉璃光生物科技产业园项目（无金额）——“集中开竣工”，文中未分哪个开工哪个竣工：status 开工，status_alt 竣工（区委书记称琉璃光“建成”）。公司：悦欣天厨、琉璃光（只以简称出现，计划IPO；可选）。事实：两项目达产产值3亿元、10亿元（target）。机构：证监会（可选）。",
  "ym04"),
 parks=[
  park(TN, "常州", "江苏", "经济开发区", D0, district="天宁区", aliases=["天宁经济开发区"]),
  park(LL, "常州", "江苏", "产业园", D0, district="天宁区", parent=TN, aliases=["常州琉璃光生物科技产业园"], note="标题作“常州琉璃光生物科技产业园”"),
 ],
 companies=[
  comp("悦欣天厨", LL, D2, opt=True, note="只以简称出现；预计2023年申报IPO"),
  comp("琉璃光", LL, "琉璃光坚持创新驱动,致力生物科技领域技术开发", opt=True, note="只以简称出现；预计2022年左右主板上市"),
 ],
 institutions=[
  inst("证监会", D4, note="IPO申报对象"),
 ],
 projects=[
  proj("悦欣天厨常州中央厨房项目", LL, D2, companies=["悦欣天厨"], inv="一期总投资3亿元", phase="一期", status="开工", status_alt="竣工",
       status_text="集中开竣工", note="金额为一期；开工或竣工文中未分"),
  proj("常州琉璃光生物科技项目", LL, D3, companies=["琉璃光"], inv="总投资达7亿元", status="开工", status_alt="竣工",
       status_text="集中开竣工", note="市重点项目；区委书记称其“建成”"),
  proj("常州恒安琉璃光生物科技产业园项目", LL, D1, status="开工", status_alt="竣工", status_text="集中开竣工", note="无金额"),
 ],
 aggregate_facts=[
  fact("悦欣天厨常州中央厨房项目", "project", "expected_output_value_cny", 3e8, "cny", "产值将达到3亿元,预计2023年向证监会申报IPO上市", "达产后（预计）", kind="target", chk=True),
  fact("常州琉璃光生物科技项目", "project", "expected_output_value_cny", 1e9, "cny", D5, "达产后（预计）", kind="target", chk=True),
 ],
)

# ---------------------------------------------------------------- ym05 科力尔 祁阳高新区 (证券时报·e公司 2023)
QY = "祁阳高新区"
KL = "科力尔"
E0 = "科力尔(002892)8月20日晚间公告,公司于8月18日与祁阳市人民政府签约《项目投资合同》,拟在祁阳高新区登记注册公司全资子公司"
E1 = "以公司新设全资子公司为实施主体参与购买位于湖南省永州市祁阳高新区约225亩(第一期)的工业用地使用权投资建设科力尔智能制造产业园项目(第一期),预计总投资8亿元"
E2 = "其中固投约5.6亿元,项目自建设到达产周期预计六年"
E3 = "祁阳高新区约225亩(第一期)的工业用地使用权"
ES = "2023-08-20"
G["ym05"] = dict(
 article=art("科力尔:拟8亿元投建智能制造产业园项目第一期", "证券时报·e公司，载于 m.shouyi.meiriwang.net（注“来源:证券时报·e公司”）", "2023-08-20", "day",
  "Securities-daily newsflash relayed by an aggregator, Hunan: a listed motor-maker signs an investment contract with a county-level city and will set up a subsidiary in its high-tech zone to build phase 1 of an intelligent-manufacturing park — land, total and fixed-asset investment, period to full production",
  "http://m.shouyi.meiriwang.net/zx/2023/0820/5233.html",
  "日期取页面“发布时间:2023-08-20 17:02:15”与正文“8月20日晚间公告”。标题照录；日期、来源行、“(资料图)”与末行“(文章来源:证券时报·e公司)”已删。正文一段，完整（199字）。园区：祁阳高新区（祁阳市，永州，湖南）。公司：科力尔（002892，上市公司；总部不在园区，park null；拟在园区注册的全资子公司未具名）。机构：祁阳市人民政府（签约方，可选）。项目：科力尔智能制造产业园项目（第一期）（签约《项目投资合同》→签约，status_alt planned；预计总投资8亿元）。事实：一期用地约225亩、固投约5.6亿元、建设到达产约六年。",
  "ym05"),
 parks=[
  park(QY, "永州", "湖南", "高新区", E0, district="祁阳市"),
 ],
 companies=[
  comp(KL, None, E0, note="上市公司（002892）；拟在祁阳高新区注册全资子公司（未具名）"),
 ],
 institutions=[
  inst("祁阳市人民政府", E0, note="签约方"),
 ],
 projects=[
  proj("科力尔智能制造产业园项目", QY, E1, companies=[KL], inv="预计总投资8亿元", phase="第一期", status="签约", status_text="签约《项目投资合同》",
       status_alt="planned", aliases=["科力尔智能制造产业园项目(第一期)"], note="拟由新设全资子公司实施"),
 ],
 aggregate_facts=[
  fact("科力尔智能制造产业园项目", "project", "phase1_site_area_mu", 225, "mu", E3, ES, qual="约", qtext="约"),
  fact("科力尔智能制造产业园项目", "project", "fixed_asset_investment_cny", 5.6e8, "cny", E2, ES, qual="约", qtext="约", chk=True),
  fact("科力尔智能制造产业园项目", "project", "years_to_full_production", 6, "years", E2, ES, kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- ym06 首钢 漳州开发区 (2011, via likgjava/eb)
ZZ = "漳州开发区"
SG = "首钢集团"
KX = "福建凯西钢铁有限公司"
F0 = "其中，首钢—凯西项目由首钢公司与位于漳州开发区的福建凯西钢铁有限公司共同出资成立，总投资50亿元人民币，占地面积约1500亩"
F1 = "其实早在去年底，漳州就在京与首钢公司签约两个项目，分别为首钢—凯西项目和龙海碧海湾综合旅游项目"
F2 = "漳州市委书记陈冬表示，首钢集团将在漳州投资50亿元，建设福建最大板材生产物流基地"
F3 = "扩大到年产冷轧薄板300万吨、深加工钢板200万吨，达到500万吨钢铁加工能力"
FS = "2011-04-14"
G["ym06"] = dict(
 article=art("首钢50亿投资落户漳州 建福建最大板材基地", "阳光易购（采购门户“商情资讯”静态页，存于公开仓库 likgjava/eb；文中“据海峡都市报报道”）", "2011-04-14", "day",
  "Procurement portal relaying a metropolitan daily, Fujian: a state steel group's 5-billion-yuan joint venture with a steel firm in a development zone, signed the previous year — land, capacity; a second signed tourism project",
  "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/sqzx/ff8080812f4e78d5012f51c075be0169.jsp",
  "日期取页面“发布时间：2011-04-14”。取自公开仓库 likgjava/eb 的静态页（HEAD 7470cfbc），原页地址不详；HTML 实体（&mdash; 等）解码，标签转为分段（_build/html2raw.py），未做简繁转换。标题照录；“发布时间 / 发布人”行已删。正文四段，完整。园区：漳州开发区（漳州，福建；文中只此简称）。公司：首钢集团（又作“首钢公司”“首钢”；国有集团，文中未说上市；park null）；福建凯西钢铁有限公司（“位于漳州开发区”）。项目：首钢—凯西项目（去年底签约→签约；总投资50亿元人民币；首钢与凯西共同出资；项目所在园区由凯西所在地推定为漳州开发区，note）；龙海碧海湾综合旅游项目（签约，无园区，可选）。首段“首钢集团将在漳州投资50亿元，建设福建最大板材生产物流基地”与首钢—凯西项目同指（同额），不另列。事实：占地约1500亩；达500万吨钢铁加工能力（target，可选）。",
  "ym06"),
 parks=[
  park(ZZ, "漳州", "福建", "开发区", F0, note="文中简称；位置为凯西所在地"),
 ],
 companies=[
  comp(SG, None, F2, aliases=["首钢公司", "首钢"], note="国有钢铁集团；文中未说上市"),
  comp(KX, ZZ, F0, note="“位于漳州开发区”"),
 ],
 institutions=[],
 projects=[
  proj("首钢—凯西项目", ZZ, F0, companies=[SG, KX], inv="总投资50亿元人民币", status="签约", status_text="签约",
       aliases=["福建最大板材生产物流基地"], note="去年底在京签约；园区由凯西所在地推定"),
  proj("龙海碧海湾综合旅游项目", None, F1, companies=[SG], status="签约", status_text="签约", opt=True, note="旅游项目，无园区"),
 ],
 aggregate_facts=[
  fact("首钢—凯西项目", "project", "site_area_mu", 1500, "mu", F0, FS, qual="约", qtext="约"),
  fact("首钢—凯西项目", "project", "annual_capacity_t", 5000000, "t", F3, "建成后（预计）", kind="target", opt=True, note="500万吨钢铁加工能力"),
 ],
)

# ---------------------------------------------------------------- ym07 常州高新区 18 projects (每日经济新闻 / 人民网 2018)
CZ = "常州高新区"
CR = "常荣智造中心项目"
H0 = "9月27日,常州高新区在位于传感小镇的常荣智造中心现场举行重大项目集中开工仪式,总投资80亿元的18个重大项目集中开工,今年计划投资17.7亿元"
H1 = "总投资80亿元的18个重大项目集中开工,今年计划投资17.7亿元"
H2 = "本次集中开工的18个项目,包括2个市重点项目、12个区重点项目和4个新增项目"
H3 = "当天奠基的常荣智造中心项目,建成后将是常荣电器“电器用传感保护器、电器配件、车辆配件”的制造中心,预计投产后将新增产值5亿元、税收4000万元"
HS = "2018-09-27"
G["ym07"] = dict(
 article=art("常州高新区18个重大项目集中开工 总投资80亿元", "每日经济新闻（m.nbd.com.cn；文末注“(人民网)”）", "2018-09-27", "day",
  "Financial daily's site relaying a national portal, Jiangsu: a national high-tech zone's joint groundbreaking — 18 major projects, total and this year's planned investment, project mix; one named firm's manufacturing-centre project laid its foundation, with expected output and tax",
  "https://m.nbd.com.cn/articles/2018-09-27/1258628.html",
  "日期取页面“2018-09-27 15:05”与网址。标题照录；刊名行“每日经济新闻”、日期行、“上一篇 / 下一篇”及其标题、客户端广告已删；“(人民网)”在正文末，保留。正文两段，完整。园区：常州高新区（常州，江苏；区为新北区，常识补）；传感小镇（常荣智造中心所在，母园区常州高新区；可选）。公司：常荣电器（项目方，park 常州高新区；文中未说上市）。项目：常荣智造中心项目（“当天奠基”→开工）。事实：18个重大项目集中开工、总投资80亿元、今年计划投资17.7亿元（target）；市重点2、区重点12、新增4（可选）；常荣智造中心投产后新增产值5亿元、税收4000万元（target）。",
  "ym07"),
 parks=[
  park(CZ, "常州", "江苏", "高新区", H0, district="新北区", note="区为常识补"),
  park("传感小镇", "常州", "江苏", "特色小镇", H0, district="新北区", parent=CZ, opt=True, note="常荣智造中心所在"),
 ],
 companies=[
  comp("常荣电器", CZ, H3, note="项目方；文中未说上市"),
 ],
 institutions=[],
 projects=[
  proj(CR, CZ, H3, companies=["常荣电器"], status="开工", status_text="奠基", aliases=["常荣智造中心"],
       note="开工仪式现场；位于传感小镇"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "projects_started", 18, "count", H1, HS, note="重大项目集中开工"),
  fact(CZ, "park", "projects_started_investment_cny", 8e9, "cny", H1, HS, chk=True),
  fact(CZ, "park", "annual_planned_investment_cny", 1.77e9, "cny", "今年计划投资17.7亿元", "2018年（计划）", kind="target", chk=True),
  fact(CZ, "park", "city_key_projects_started", 2, "count", H2, HS, opt=True),
  fact(CZ, "park", "district_key_projects_started", 12, "count", H2, HS, opt=True),
  fact(CZ, "park", "new_projects_started", 4, "count", H2, HS, opt=True),
  fact(CR, "project", "expected_output_value_cny", 5e8, "cny", "预计投产后将新增产值5亿元、税收4000万元", "投产后（预计）", kind="target", chk=True),
  fact(CR, "project", "expected_tax_cny", 4e7, "cny", "税收4000万元", "投产后（预计）", kind="target", chk=True, opt=True),
 ],
)
