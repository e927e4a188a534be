# real289 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py copied
# from real52 unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan
# in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county is a region, not a park). Status from
# the text's words (开工 / 启动建设 → 开工; 试产 → 投产 with status_text “试产”; 引进 / 落户 alone → no status). “今年以来” /
# “近三年来” counts are cumulative; expected figures (“达产后”) are kind target. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/qbNN.raw as returned.

# ---------------------------------------------------------------- qb01 抚州高新区 2017 (江西日报 via elecfans)
FZ = "抚州高新区"
A0 = "2017年抚州高新区工业经济扩量提质,实现主营业务收入452亿元,同比增长10%;完成税收16.28亿元,占财政总收入的92.37%"
A1 = "博雅生物、江铃底盘、迪比科新能源获批“国家知识产权优势企业”,大福康医疗获批“国家知识产权示范企业”"
A2 = "博雅凝血因子智能制造中心项目去年上半年试产,并获得《药品GMP证书》,生产车间达产达标后年产值可达12亿元"
A3 = "去年,该区生物医药、汽车及零配件、电子信息等三大主导产业,实现主营业务收入325.9亿元,实现税收15.6亿元,占高新区经济总量的72.1%"
A4 = "去年,该区引进重大工业项目48个,其中亿元以上重特大项目8个"
A5 = "投资50.5亿元的江铃轻汽技改扩能项目、投资50亿元的沃特玛(抚州)新能源汽车产业园项目、投资45亿元的卓朗云计算数据中心项目、投资40亿元的创世纪超算中心项目、投资50亿元的半导体新材料产业园项目、投资45亿元的建昌帮药谷生产项目等,为今后发展增添了新动能"
A6 = "去年新增国家级创新平台4个、省级创新平台10个"
A7 = "全年专利申请量达1174件,授权专利600件,拥有发明专利210件"
AS1 = "2017年"
G["qb01"] = dict(
 article=art("（无标题）据江西日报报道：抚州高新区2017年主营业务收入452亿元 引进重大工业项目48个", "江西日报（“据江西日报报道”），载于 elecfans.com（电子发烧友网；存段无标题、无日期行、无署名）", "2018", "year",
  "Electronics trade site relaying the provincial daily, Jiangxi: a national high-tech zone's 2017 review — revenue, tax and their growth, innovation platforms and patents, firms honoured, one project in trial production with its expected output, the three leading industries' revenue and tax, 48 major industrial projects introduced, six named projects with their investment",
  "https://elecfans.com/d/642492.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中以“2017年”“去年”述全年数字，当为2018年初刊发，记 2018（year，推定）。存段在末句“目前,该市涌现出博雅生物、金品铜业、迪比科新能源、森鸿科技、”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…为今后发展增添了新动能。”，共三段。园区：抚州高新区（文中首句作“抚州市高新区”，列 alias；抚州，江西；文中称其在“全国国家级高新区中”排名，kind 记国家级高新区）。公司：博雅生物、江铃底盘、迪比科新能源、大福康医疗（该区企业，获知识产权荣誉）。项目：博雅凝血因子智能制造中心项目（“去年上半年试产”→投产，status_text 试产；达产后年产值12亿元为 target 事实，可选）；去年引进的六个项目各有投资额（“投资50.5亿元的…”），文中只说“引进”，不给状态（status null）。沃特玛、卓朗、创世纪、江铃只出现在项目名中，不另列公司。事实：2017年主营业务收入452亿元、增长10%；税收16.28亿元、占财政总收入92.37%；三大主导产业主营业务收入325.9亿元、税收15.6亿元、占经济总量72.1%；引进重大工业项目48个、其中亿元以上8个；创新平台与专利数为可选。“全国国家级高新区中位列第39位”不计。",
  "qb01"),
 parks=[
  park(FZ, "抚州", "江西", "国家级高新区", A0, aliases=["抚州市高新区"], note="首句作“抚州市高新区”；文中又作“该区”“高新区”"),
 ],
 companies=[
  comp("博雅生物", FZ, A1, note="国家知识产权优势企业"),
  comp("江铃底盘", FZ, A1, note="国家知识产权优势企业"),
  comp("迪比科新能源", FZ, A1, note="国家知识产权优势企业"),
  comp("大福康医疗", FZ, A1, note="国家知识产权示范企业"),
 ],
 projects=[
  proj("博雅凝血因子智能制造中心项目", FZ, A2, companies=["博雅生物"], status="投产", status_text="试产", note="2017年上半年试产，获药品GMP证书"),
  proj("江铃轻汽技改扩能项目", FZ, A5, inv="投资50.5亿元", note="2017年引进；文中无状态"),
  proj("沃特玛(抚州)新能源汽车产业园项目", FZ, A5, inv="投资50亿元", note="同上"),
  proj("卓朗云计算数据中心项目", FZ, A5, inv="投资45亿元", note="同上"),
  proj("创世纪超算中心项目", FZ, A5, inv="投资40亿元", note="同上"),
  proj("半导体新材料产业园项目", FZ, A5, inv="投资50亿元", note="同上；句中第二个“投资50亿元”"),
  proj("建昌帮药谷生产项目", FZ, A5, inv="投资45亿元", note="同上；句中第二个“投资45亿元”"),
 ],
 aggregate_facts=[
  fact(FZ, "park", "main_business_revenue_cny", 4.52e10, "cny", A0, AS1, chk=True),
  fact(FZ, "park", "main_business_revenue_growth", 0.10, "ratio", A0, AS1, kind="ratio"),
  fact(FZ, "park", "tax_revenue_cny", 1.628e9, "cny", "完成税收16.28亿元,占财政总收入的92.37%", AS1, chk=True),
  fact(FZ, "park", "tax_share_of_fiscal_revenue", 0.9237, "ratio", "完成税收16.28亿元,占财政总收入的92.37%", AS1, kind="ratio", opt=True),
  fact(FZ, "park", "leading_industries_revenue_cny", 3.259e10, "cny", A3, AS1, chk=True, note="生物医药、汽车及零配件、电子信息三大主导产业"),
  fact(FZ, "park", "leading_industries_tax_cny", 1.56e9, "cny", "实现税收15.6亿元,占高新区经济总量的72.1%", AS1, chk=True),
  fact(FZ, "park", "leading_industries_share", 0.721, "ratio", "实现税收15.6亿元,占高新区经济总量的72.1%", AS1, kind="ratio", opt=True),
  fact(FZ, "park", "major_industrial_projects_introduced", 48, "count", A4, AS1),
  fact(FZ, "park", "projects_over_100m_introduced", 8, "count", A4, AS1, opt=True),
  fact(FZ, "park", "national_innovation_platforms_added", 4, "count", A6, AS1, opt=True),
  fact(FZ, "park", "provincial_innovation_platforms_added", 10, "count", A6, AS1, opt=True),
  fact(FZ, "park", "patent_applications", 1174, "count", A7, AS1, opt=True),
  fact(FZ, "park", "patents_granted", 600, "count", A7, AS1, opt=True),
  fact(FZ, "park", "invention_patents", 210, "count", A7, "2017年末", opt=True),
  fact("博雅凝血因子智能制造中心项目", "project", "expected_annual_output_cny", 1.2e9, "cny", "生产车间达产达标后年产值可达12亿元", "达产后（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- qb02 建昌帮药谷项目 starts in 抚州高新区 (company site, 2017)
B0 = "9月15日上午11时,抚州高新区建昌帮药谷项目启动建设暨全市中医药产业项目集中开工仪式在抚州市高新区举行"
B1 = "北京创盈科技产业集团董事长易斌、副总裁梁景成等领导出席仪式"
B2 = "来自抚州市市直相关部门负责人、建昌帮药业有限公司等企事业单位代表等共计300余人参加本次活动"
G["qb02"] = dict(
 article=art("（无标题）抚州高新区建昌帮药谷项目启动建设暨全市中医药产业项目集中开工仪式举行", "jianchangbang.com（建昌帮药业企业网站“新闻”栏；原发媒体与署名未注明）", "2017-09", "month",
  "Company website's news item, Jiangxi: the start of a pharmaceutical 'valley' project in a high-tech zone at a city-wide groundbreaking for traditional-medicine projects — officials, the investor group and the firm present, the city's view of the project",
  "http://jianchangbang.com/news/shownews.php?id=60&lang=cn",
  "存段无标题、无日期行（title 为编者概括）。日期推定：仪式在“9月15日”；出席的市委书记肖毅、市长张鸿星同在2017年任上，且 qb01（江西日报2017年度报道）把“投资45亿元的建昌帮药谷生产项目”列为2017年引进项目，故记 2017-09（month，推定）。图片说明“▲项目开工仪式现场▲”等三行已删；存段末段（董事长易斌发言，引语在“建昌帮药”处中断）整段删去（make_txt.py ITEMS 截至上一段），正文截至“…产生重要的推动和引领作用。”，共三段。园区：抚州高新区（文中又作“抚州市高新区”；抚州，江西）。项目：建昌帮药谷项目（“启动建设”，同场为“集中开工仪式”→开工；存段无金额；文中又作“药谷项目”“建昌帮回归和药谷项目”）。公司：建昌帮药业有限公司（项目主体，在园——由“为建昌帮药业未来蓬勃发展奠定稳固的基础”推定）；北京创盈科技产业集团（董事长出席，投资方，园区未说）。“全市中医药产业项目集中开工”中其他项目未点名。300余人参加不计。",
  "qb02"),
 parks=[
  park(FZ, "抚州", "江西", "高新区", B0, aliases=["抚州市高新区"], note="文中又作“抚州市高新区”"),
 ],
 companies=[
  comp("建昌帮药业有限公司", FZ, B2, aliases=["建昌帮药业"], note="药谷项目主体（推定）；文中又作“建昌帮药业”“建昌帮”"),
  comp("北京创盈科技产业集团", None, B1, note="董事长易斌出席并发言；投资方，园区未说"),
 ],
 projects=[
  proj("建昌帮药谷项目", FZ, B0, companies=["建昌帮药业有限公司"], status="开工", status_text="启动建设", note="全市中医药产业项目集中开工仪式同场举行；存段无金额"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- qb03 上饶经开区光伏产业 2017 (21spv)
SR = "上饶经开区"
C0 = "上饶经开区的光伏产业从2006年开始发展,逐步形成了以晶科能源为龙头,以展宇新能源、晶科光伏、中昱新材料为骨干,集聚了各类光伏企业近二十家"
C1 = "2017年,该区光伏产业实现主营业务收入603亿元,在产品单价持续下降的情况下,同比仍增长4.3%"
C2 = "实际产生税收6.96亿元,较上年同期增收8139万元,增长13.2%"
C3 = "其中晶科能源完成组件出货量9.8吉瓦,增长47%"
C4 = "晶科能源国家企业技术中心、省光伏发电及系统工程技术研究中心、江西晶科科技协同创新有限公司等公共服务平台相继建成"
G["qb03"] = dict(
 article=art("（无标题）上饶经开区光伏产业基地获评“国家新型工业化产业示范基地”", "21spv.com（21世纪光伏网；转载，原发媒体与署名未注明）", "2018", "year",
  "Solar-industry site relaying a local item, Jiangxi: an economic development zone's photovoltaic cluster — the lead firm and core firms, the number of PV firms, the vertical chain and service platforms, the cluster's 2017 revenue, tax and growth, the lead firm's shipments",
  "http://21spv.com/news/show.php?itemid=35621",
  "存段无标题、无日期行；末行“原标题:上饶经开区光伏产业基地获评“国家新型工业化产业示范基地””已删，原题记于 title_note（title 据此）。日期推定：文中述“2017年”全年数字，当为2018年刊发，记 2018（year，推定）。正文两段，完整。园区：上饶经开区（上饶，江西；文中又作“该区”）。公司：晶科能源（龙头）、展宇新能源、晶科光伏、中昱新材料（骨干）均在园；江西晶科科技协同创新有限公司为公共服务平台（可选）。事实：光伏企业“近二十家”（约20，可选）；2017年光伏产业主营业务收入603亿元、增长4.3%；税收6.96亿元、增收8139万元（可选）、增长13.2%；晶科能源组件出货9.8吉瓦、增长47%（公司事实）。",
  "qb03", title_note="原标题：上饶经开区光伏产业基地获评“国家新型工业化产业示范基地”"),
 parks=[
  park(SR, "上饶", "江西", "经济技术开发区", C0, note="文中又作“该区”"),
 ],
 companies=[
  comp("晶科能源", SR, C0, note="光伏产业龙头"),
  comp("展宇新能源", SR, C0, note="骨干企业"),
  comp("晶科光伏", SR, C0, note="骨干企业"),
  comp("中昱新材料", SR, C0, note="骨干企业"),
  comp("江西晶科科技协同创新有限公司", SR, C4, opt=True, note="公共服务平台"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SR, "park", "pv_firms", 20, "count", C0, "2018年初", qual="约", qtext="近", opt=True),
  fact(SR, "park", "pv_industry_revenue_cny", 6.03e10, "cny", C1, "2017年", chk=True),
  fact(SR, "park", "pv_industry_revenue_growth", 0.043, "ratio", C1, "2017年", kind="ratio"),
  fact(SR, "park", "pv_industry_tax_cny", 6.96e8, "cny", C2, "2017年", chk=True),
  fact(SR, "park", "pv_industry_tax_increase_cny", 8.139e7, "cny", "较上年同期增收8139万元,增长13.2%", "2017年", chk=True, opt=True),
  fact(SR, "park", "pv_industry_tax_growth", 0.132, "ratio", C2, "2017年", kind="ratio"),
  fact("晶科能源", "company", "module_shipments_gw", 9.8, "GW", C3, "2017年"),
  fact("晶科能源", "company", "module_shipments_growth", 0.47, "ratio", C3, "2017年", kind="ratio"),
 ])

# ---------------------------------------------------------------- qb04 赣州经开区 新能源汽车 (moto188, 2017)
GZ = "赣州经开区"
D0 = "从孚能科技生产的动力电池、五环机器生产的新能源汽车变速箱等关键零部件,到赣州中航新能源、赣州昶洧新能源汽车整车项目,赣州经开区在发展新能源汽车产业上实现归“零”为“整”的实质性突破"
D1 = "“总装车间样车正式下线,标志着我们具备了纯电动车装配生产能力。”近日,赣州中航新能源科技有限责任公司董事长蒋伟明喜上眉梢"
D2 = "今年以来,赣州经开区共接待新能源汽车产业企业客商近100批,比克电池、宝瑞天成、大族电机等一批关键零部件项目正积极跟踪洽谈中;北汽、凯马等整车项目洽谈进入了实质性阶段,目前已签约新能源汽车项目6个,签约资金147.9亿元"
D3 = "对区内489家企业进行一对一、面对面的联系帮扶"
D4 = "此外,还撬动金融杠杆,设立150亿元基金用于发展新能源汽车等产业"
D5 = "赣州经开区成立新能源汽车产业办,组建新能源汽车产业招商小分队,以赣州新能源汽车科技城建设为突破口"
AS4 = "2017年（推定）"
G["qb04"] = dict(
 article=art("（无标题）赣州经开区新能源汽车产业实现归“零”为“整”", "xny.moto188.com（摩托车网新能源频道；转载，原发媒体与署名未注明）", "2017", "year",
  "Vehicle-industry site relaying a local item, Jiangxi: an economic development zone's new-energy-vehicle cluster — a car-maker's first sample car off the line, component makers and two vehicle projects, the zone's NEV office and 'science city', firms under negotiation, NEV projects signed this year with their sum, firms served, a 15-billion fund",
  "http://xny.moto188.com/news/show-29216.html",
  "存段无标题、无日期行（title 为编者概括），正文两段，完整。日期推定：赣州中航新能源的电动汽车与动力电池项目2016年4月在赣州经开区集中开工（检索所见2016年报道），本文称其总装车间样车“近日”下线，记 2017（year，推定；检索未见原日期，早先数集亦因无日期未用此页）。园区：赣州经开区（赣州，江西；文中又作“经开区”“区内”）；赣州新能源汽车科技城（建设中的专题园区，母园区推定为赣州经开区，可选）。公司：赣州中航新能源科技有限责任公司（文中又作“赣州中航新能源”，在园）；孚能科技、五环机器（关键零部件生产，在园——由“赣州经开区…实现归‘零’为‘整’”推定）；比克电池、宝瑞天成、大族电机、北汽、凯马为洽谈中的项目方（可选，park null）。项目：赣州昶洧新能源汽车整车项目（在园，状态未说）；“赣州中航新能源、赣州昶洧新能源汽车整车项目”前者即中航的整车项目（样车下线），以“赣州中航新能源”为名列可选项目。基金：“设立150亿元基金”（无名称，以“150亿元基金”记，可选）。事实：今年以来签约新能源汽车项目6个、签约资金147.9亿元（cumulative）；接待客商近100批（可选）；区内企业489家。",
  "qb04"),
 parks=[
  park(GZ, "赣州", "江西", "经济技术开发区", D0, note="文中又作“经开区”"),
  park("赣州新能源汽车科技城", "赣州", "江西", "专题园区（新能源汽车）", D5, parent=GZ, opt=True, note="建设中；母园区由语境推定"),
 ],
 companies=[
  comp("赣州中航新能源科技有限责任公司", GZ, D1, aliases=["赣州中航新能源"], note="总装车间样车下线"),
  comp("孚能科技", GZ, D0, note="动力电池；在园由语境推定"),
  comp("五环机器", GZ, D0, note="新能源汽车变速箱；在园由语境推定"),
  comp("比克电池", None, D2, opt=True, note="洽谈中"),
  comp("宝瑞天成", None, D2, opt=True, note="洽谈中"),
  comp("大族电机", None, D2, opt=True, note="洽谈中"),
  comp("北汽", None, D2, opt=True, note="整车项目洽谈中"),
  comp("凯马", None, D2, opt=True, note="整车项目洽谈中"),
 ],
 projects=[
  proj("赣州昶洧新能源汽车整车项目", GZ, D0, note="状态未说"),
  proj("赣州中航新能源", GZ, D0, companies=["赣州中航新能源科技有限责任公司"], opt=True, note="“赣州中航新能源、赣州昶洧新能源汽车整车项目”并列，前者即中航的整车项目；样车已下线"),
 ],
 funds=[
  fund("150亿元基金", GZ, D4, size="150亿元", opt=True, note="无名称；用于发展新能源汽车等产业"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "nev_projects_signed", 6, "count", D2, "2017年（推定）年初至报道时", kind="cumulative"),
  fact(GZ, "park", "nev_signed_investment_cny", 1.479e10, "cny", "目前已签约新能源汽车项目6个,签约资金147.9亿元", "2017年（推定）年初至报道时", kind="cumulative", chk=True),
  fact(GZ, "park", "investor_visits", 100, "count", D2, "2017年（推定）年初至报道时", kind="cumulative", qual="约", qtext="近", opt=True),
  fact(GZ, "park", "firms", 489, "count", D3, AS4),
 ])

# ---------------------------------------------------------------- qb05 抚州工业释放集群之美 (nanchang.baogaosu 2015)
E0 = "涌现出抚州高新区汽车零部件和生物医药、崇仁变电设备、金溪香料等10个省级产业基地"
E1 = "全市规模以上工业企业去年完成主营业务收入1450亿元、增长14%;工业增加值310亿元、增长11.5%;实现工业税收41.8亿元、增长28.9%,对财政收入增收贡献率达48.4%"
E2 = "全市12个工业园区实际开发面积已达49.94平方公里"
E3 = "近三年来,全市新引进并开工5000万元以上工业项目1022个"
E4 = "江铃集团重组富奇汽车建成的江铃轻型汽车,完善了抚州高新区省级汽车及零部件产业基地的产业链"
E5 = "临川引进投资规模大、创新技术多的广银铝业、自立环保等企业,带动了有色金属产业的转型升级"
E6 = "东乡引进书源科技、台智电子、中亚科技等一批资金、技术密集型项目,提升了机电、轻工两大支柱产业的聚集优势"
E7 = "全市已新生一大批主营业务收入超10亿元的企业,并涌现出4个主营业务收入超百亿元的工业园区"
AS5 = "2014年"
G["qb05"] = dict(
 article=art("抚州工业释放集群之美 涌现4个超百亿工业园区", "nanchang.baogaosu.com（报告说网南昌站“新闻”栏；转载，原发媒体与署名未注明）", "2015-02-22", "day",
  "Aggregator relaying a local news item, Jiangxi: a prefecture's industrial clusters — six leading industries, ten provincial industrial bases (one in the high-tech zone), the year's industrial revenue, value added and tax with growth, twelve parks' developed area, projects started in three years, firms introduced into the high-tech zone and two counties/districts, four parks above 10 billion",
  "https://nanchang.baogaosu.com/xinwen/%25E5%25B7%25A5%25E4%25B8%259A%25E9%2587%258A%25E6%2594%25BE%25E9%259B%2586%25E7%25BE%25A4%25E4%25B9%258B%25E7%25BE%258E%25E6%25B6%258C%25E7%258E%25B0/29830579",
  "日期取页面“22.02.2015  10:23”（该行已删）。标题照录。首句“广植产业之“”、大造企业之“””与末段“企业之“”、产业之“””中引号内的字在页面上缺失，照录。存段末段“随着企业集群板块的不断发展,…面貌日新”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…涌现出4个主营业务收入超百亿元的工业园区。”，共两段。园区：抚州高新区（抚州，江西；其“省级汽车及零部件产业基地”为园内产业基地，不另列）；崇仁变电设备、金溪香料为省级产业基地名称的一部分，不列园区；“12个工业园区”“4个…工业园区”未点名。公司：江铃轻型汽车（江铃集团重组富奇汽车建成，完善抚州高新区产业基地产业链→在园）；江铃集团、富奇汽车（可选，park null）；广银铝业、自立环保（临川引进，区不是园区→park null）；书源科技、台智电子、中亚科技（东乡引进，park null）。事实：主语为抚州市（region）：去年（2014年）规模以上工业主营业务收入1450亿元、增长14%；工业增加值310亿元、增长11.5%；工业税收41.8亿元、增长28.9%；12个工业园区开发面积49.94平方公里；近三年新引进并开工5000万元以上工业项目1022个（cumulative）；省级产业基地10个；主营业务收入超百亿元园区4个。",
  "qb05"),
 parks=[
  park(FZ, "抚州", "江西", "高新区", E0, note="文中又作“抚州高新区省级汽车及零部件产业基地”"),
 ],
 companies=[
  comp("江铃轻型汽车", FZ, E4, note="江铃集团重组富奇汽车建成；完善抚州高新区产业基地产业链"),
  comp("江铃集团", None, E4, opt=True),
  comp("富奇汽车", None, E4, opt=True, note="被江铃集团重组"),
  comp("广银铝业", None, E5, note="临川引进（临川为区，非园区）"),
  comp("自立环保", None, E5, note="临川引进"),
  comp("书源科技", None, E6, note="东乡引进（县，非园区）"),
  comp("台智电子", None, E6, note="东乡引进"),
  comp("中亚科技", None, E6, note="东乡引进"),
 ],
 projects=[],
 aggregate_facts=[
  fact("抚州", "region", "industrial_main_business_revenue_cny", 1.45e11, "cny", E1, AS5, chk=True, note="规模以上工业企业"),
  fact("抚州", "region", "industrial_main_business_revenue_growth", 0.14, "ratio", "全市规模以上工业企业去年完成主营业务收入1450亿元、增长14%", AS5, kind="ratio"),
  fact("抚州", "region", "industrial_value_added_cny", 3.1e10, "cny", "工业增加值310亿元、增长11.5%", AS5, chk=True),
  fact("抚州", "region", "industrial_value_added_growth", 0.115, "ratio", "工业增加值310亿元、增长11.5%", AS5, kind="ratio", opt=True),
  fact("抚州", "region", "industrial_tax_cny", 4.18e9, "cny", "实现工业税收41.8亿元、增长28.9%", AS5, chk=True),
  fact("抚州", "region", "industrial_tax_growth", 0.289, "ratio", "实现工业税收41.8亿元、增长28.9%", AS5, kind="ratio", opt=True),
  fact("抚州", "region", "parks_count", 12, "count", E2, "2015年2月"),
  fact("抚州", "region", "parks_developed_area_km2", 49.94, "km2", E2, "2015年2月"),
  fact("抚州", "region", "projects_started", 1022, "count", E3, "2012年至2014年（近三年）", kind="cumulative", note="新引进并开工5000万元以上工业项目"),
  fact("抚州", "region", "provincial_industrial_bases", 10, "count", E0, "2015年2月", opt=True),
  fact("抚州", "region", "parks_over_10bn_revenue", 4, "count", E7, "2015年2月"),
 ])

# ---------------------------------------------------------------- qb06 上饶县 集中开(竣)工 (上饶日报 2018)
F0 = "据了解,上饶县此次集中开(竣)工项目共有20个,总投资91.8亿元,其中开工项目13个、投资76亿元,竣工项目7个、投资15.8亿元"
F1 = "这些项目建成达产后可实现年销售收入200亿元,实现利税69亿元"
AS6 = "2018年11月28日（集中开竣工）"
G["qb06"] = dict(
 article=art("上饶县举行工业项目集中开(竣)工活动", "上饶日报（本报讯，记者陈绍鹏），载于上饶新闻网 srxww.com", "2018-11-29", "day",
  "City daily on its news site, Jiangxi: a county's joint groundbreaking and completion of 20 industrial projects — officials and a guest firm's head present, the county's industrial strategy and park reforms (no park named), counts and sums of projects started and completed, expected sales and profit-tax",
  "http://www.srxww.com/html/article/1024/2018_1129317.html",
  "日期取页面“2018-11-29 10:37:12来 源:上饶日报”。标题照录；导航、时间来源行、“本文来源于上饶新闻网”（两行）及页脚已删。正文三段，完整。园区：文中只有泛称（“创新发展园区”“园区管理”“园区土地产出率”、文件名《关于进一步加快工业园区改革创新发展的实施意见》），未点名任何园区——parks 为空，上饶县为 region（今广信区）。公司：中国汽车零部件工业有限公司（总裁陈康仁出席，可选，park null）。项目：20个项目均未点名，不列。事实（主语上饶县，region）：集中开(竣)工项目20个、总投资91.8亿元；开工13个、投资76亿元；竣工7个、投资15.8亿元；达产后年销售收入200亿元、利税69亿元（target）。",
  "qb06"),
 parks=[],
 companies=[
  comp("中国汽车零部件工业有限公司", None, "银川市副市长、中国汽车零部件工业有限公司总裁陈康仁以及部分企业代表参加活动", opt=True, note="总裁出席；园区未说"),
 ],
 projects=[],
 aggregate_facts=[
  fact("上饶县", "region", "projects_count", 20, "count", F0, AS6, note="集中开(竣)工项目"),
  fact("上饶县", "region", "planned_investment_cny", 9.18e9, "cny", "总投资91.8亿元,其中开工项目13个、投资76亿元", AS6, chk=True),
  fact("上饶县", "region", "projects_started", 13, "count", F0, AS6),
  fact("上饶县", "region", "started_projects_investment_cny", 7.6e9, "cny", "开工项目13个、投资76亿元", AS6, chk=True),
  fact("上饶县", "region", "projects_completed", 7, "count", F0, AS6),
  fact("上饶县", "region", "completed_projects_investment_cny", 1.58e9, "cny", "竣工项目7个、投资15.8亿元", AS6, chk=True),
  fact("上饶县", "region", "expected_annual_sales_cny", 2.0e10, "cny", F1, "达产后（预期）", kind="target", chk=True),
  fact("上饶县", "region", "expected_profit_tax_cny", 6.9e9, "cny", "实现利税69亿元", "达产后（预期）", kind="target", chk=True),
 ])
