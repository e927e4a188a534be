# real425 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county / district is not a park). Status from the text's words
# (签约 → 签约; 开工仪式 / 奠基动工 → 开工; 封顶 with work going on → 在建; 竣工并投入运营 → 竣工, status_alt 投产).
# A park being built (产业园 as a development project) is listed both as a park and as a project, as real52 zv05.
# “预计” figures are kind target with “（预计）” in as_of. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/lhNN.raw as returned.

# ---------------------------------------------------------------- lh01 宜昌 中国医疗器械(华中)产业园 signed (医疗器械网讯 2013)
YCG = "宜昌市高新区"
SWY = "生物产业园"
HZ = "中国医疗器械(华中)产业园"
A0 = "3年后宜昌市高新区将迎来新“住户”,一座耗资20亿元的国家级医疗器械产业园将落户于此"
A1 = "一座耗资20亿元的国家级医疗器械产业园将落户于此。日前中国医疗器械(华中)产业园项目在桃花岭饭店成功签约"
A2 = "中国医疗器械(华中)产业园项目位于高新区生物产业园,由佛山市雅博士医疗设备有限公司投 资建设,规划用地约1000亩,建设国家级的医疗器械产业园"
A3 = "一期项目占地约500亩,主要生产口腔局部麻醉 药、根管填充剂、数字化口腔综合治疗台及其零部件,同步建设口腔医疗技能培训中心、口腔医院等内容,计 划2013年5月前正式动工,建设期一年"
A4 = "二期项目主要用于引进佛山医疗器械协会会员单位投资项目,计划 2014年9月前正式开工"
A5 = "整个项目三年内全部建成,预计投产后可实现年销售收入50亿元以上,年上缴税收2亿 元"
G["lh01"] = dict(
 article=art("宜昌正式签约国家级医疗器械园 耗资多达20亿元", "医疗器械网（“医疗器械网讯”），载于 jrclinics.com（新闻栏转载）", "2013-01-21", "day",
  "Trade-news relay on a clinic site, Hubei: a national-level medical-device park project signed into a city high-tech zone's bio-industry park — investor, land, two phases with planned start dates, expected sales and tax",
  "https://jrclinics.com/newsinfor.php?id=7800&newsclass=1",
  "日期取页面“加入时间:2013-01-21 14:27:32”（文中“日前”签约）。标题照录；“加入时间…点击率”行与行末表格竖线“ |”已删。存段正文为一行（页面原有的折行处留有空格，如“投 资建设”“麻醉 药”“计 划”“计划 2014年”“2亿 元”，照录不改），作一段，完整。园区：宜昌市高新区（宜昌高新技术产业开发区，湖北；文中作“宜昌市高新区”“高新区”）；生物产业园（“高新区生物产业园”，母园区宜昌市高新区）；中国医疗器械(华中)产业园本身为在建设中的园区，列为可选园区，母园区生物产业园。项目：中国医疗器械(华中)产业园项目——签约（“成功签约”），“耗资20亿元”（标题“耗资多达20亿元”），投资建设方佛山市雅博士医疗设备有限公司，规划用地约1000亩；一期（约500亩，计划2013年5月前动工）、二期（计划2014年9月前开工）列为可选分期项目（planned）。预计年销售收入50亿元以上（target，超）；年上缴税收2亿元（原文“2亿 元”中间有空格，metric 不带 _cny 后缀，可选）。佛山医疗器械协会列可选机构。桃花岭饭店为签约地点，不列。",
  "lh01"),
 parks=[
  park(YCG, "宜昌", "湖北", "高新区", A0, note="文中又作“高新区”"),
  park(SWY, "宜昌", "湖北", "产业园", A2, parent=YCG, note="“高新区生物产业园”"),
  park(HZ, "宜昌", "湖北", "产业园", A1, parent=SWY, opt=True, note="规划中的医疗器械产业园（项目）；标题作“国家级医疗器械园”"),
 ],
 companies=[
  comp("佛山市雅博士医疗设备有限公司", SWY, A2, note="项目投资建设方（佛山企业）；园区取其项目所在的生物产业园"),
 ],
 institutions=[
  inst("佛山医疗器械协会", A4, kind="association", note="二期引进其会员单位投资项目"),
 ],
 projects=[
  proj("中国医疗器械(华中)产业园项目", SWY, A1, companies=["佛山市雅博士医疗设备有限公司"], inv="耗资20亿元", status="签约", status_text="成功签约",
       note="标题“耗资多达20亿元”；规划用地约1000亩；整个项目三年内全部建成"),
  proj("中国医疗器械(华中)产业园一期项目", SWY, A3, phase="一期", status="planned", status_text="计 划2013年5月前正式动工", opt=True,
       note="占地约500亩；文中只作“一期项目”"),
  proj("中国医疗器械(华中)产业园二期项目", SWY, A4, phase="二期", status="planned", status_text="计划 2014年9月前正式开工", opt=True,
       note="文中只作“二期项目”"),
 ],
 aggregate_facts=[
  fact("中国医疗器械(华中)产业园项目", "project", "land_area_mu", 1000, "mu", A2, "2013年1月（规划）", qual="约", qtext="约", opt=True),
  fact("中国医疗器械(华中)产业园项目", "project", "expected_annual_revenue_cny", 5e9, "cny", "预计投产后可实现年销售收入50亿元以上", "投产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("中国医疗器械(华中)产业园项目", "project", "expected_annual_tax", 2e8, "cny", A5, "投产后（预计）", kind="target", opt=True, note="原文“2亿 元”有空格"),
 ])

# ---------------------------------------------------------------- lh02 常州 西太湖国际医疗产业园 profile (武进区政府网 2017)
XTH = "西太湖国际医疗产业园"
B0 = "西太湖国际医疗产业园依托常州市良好的医疗产业氛围,经过数年潜心建设,园区在健康产业领域由最初的一张白纸成长为长三角颇具知名度、极具发展潜力的国际医疗器械产业集聚区"
B1 = "目前园区集聚健康产业相关企业400余家,2016年园区健康产业相关企业实现销售收入28.2亿元,同比增长30.7%"
B2 = "2013年以来,园区先后荣获了科技部“常州国家医疗器械国际创新园”、商务部“国家医疗器械外贸转型升级专业型示范基地”、国台办颁发的“海峡两岸(常州)健康产业合作区”及两岸企业家峰会颁发“两岸(常州)健康产业合作交流基地”等称号"
B3 = "争取“十三五”末,园区健康产业企业预计可实现销售超过50亿元,年均增长率超过20%"
G["lh02"] = dict(
 article=art("（无标题）常州西太湖产业园发展健康产业 · 产业概况", "常州市武进区人民政府网站 www.wj.gov.cn（“2017专题·常州西太湖产业园发展健康产业·产业概况”；存段无标题、无署名）", "2017", "year",
  "District government portal's topic page, Jiangsu: a medical-device park's profile — firms gathered, previous year's sales and growth, national titles, five-year sales target",
  "https://www.wj.gov.cn/html/czwj/2017/BEIOPEBI_1117/261000.html",
  "日期取网址与栏目“2017专题”（网址 2017/…_1117 或指11月17日，未作日精度）。存段无标题（title 为编者据导航概括），导航行“您当前的位置:首页> 2017专题> 常州西太湖产业园发展健康产业> 产业概况> 内容”已删。正文三段，完整。园区：西太湖国际医疗产业园（常州，武进区据网站推定，江苏）；所获称号“常州国家医疗器械国际创新园”“海峡两岸(常州)健康产业合作区”作别名（同一园区），“国家医疗器械外贸转型升级专业型示范基地”“两岸(常州)健康产业合作交流基地”为基地称号，只记在此。“西太湖”为地区名，不作别名。事实：健康产业相关企业400余家（2017年，余）；2016年销售收入28.2亿元、增长30.7%；“十三五”末预计销售超过50亿元、年均增长超过20%（target，超）。科技部、商务部、国台办列可选机构。",
  "lh02"),
 parks=[
  park(XTH, "常州", "江苏", "医疗产业园", B0, district="武进区", aliases=["常州国家医疗器械国际创新园", "海峡两岸(常州)健康产业合作区"],
       note="文中又作“园区”；区县据网站（武进区政府）推定；两别名为园区所获称号"),
 ],
 companies=[],
 institutions=[
  inst("科技部", B2, note="授“常州国家医疗器械国际创新园”"),
  inst("商务部", B2, note="授“国家医疗器械外贸转型升级专业型示范基地”"),
  inst("国台办", B2, note="授“海峡两岸(常州)健康产业合作区”"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XTH, "park", "health_industry_firms", 400, "count", "目前园区集聚健康产业相关企业400余家", "2017年", qual="余", qtext="余"),
  fact(XTH, "park", "health_industry_revenue_cny", 2.82e9, "cny", "2016年园区健康产业相关企业实现销售收入28.2亿元,同比增长30.7%", "2016年", chk=True),
  fact(XTH, "park", "health_industry_revenue_yoy_growth", 0.307, "ratio", B1, "2016年", kind="ratio"),
  fact(XTH, "park", "health_industry_revenue_cny", 5e9, "cny", "园区健康产业企业预计可实现销售超过50亿元", "2020年（“十三五”末，预计）", kind="target", qual="超", qtext="超过", chk=True),
  fact(XTH, "park", "health_industry_revenue_annual_growth", 0.20, "ratio", B3, "2016–2020年（“十三五”，预计）", kind="target", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- lh03 温州 生命健康 招商推介会 (温州晚报 via 温医大新闻网 2019)
OH = "瓯海生命健康小镇"
C0 = "昨天上午,2019温州生命健康主题招商推介会在温州医科大学举行,计划总投资约22.3亿元的10个项目集体签约"
C1 = "10个项目中,有5个签约落地瓯海生命健康小镇,占全部签约项目的50%"
C2 = "签约项目里有两个“大块头”项目:投资11亿元的文成净水湾康养项目与投资5.2亿元的康宁龙湾医疗康养综合体项目"
C3 = "该公司计划在瓯海设立世纪亿康(浙江)医疗科技发展有限公司,负责市场管理运营、专家队伍建设等业务"
AS3 = "2019年9月17日（推介会）"
G["lh03"] = dict(
 article=art("（无标题）2019温州生命健康主题招商推介会 10个项目集体签约", "温州晚报（“晚报讯”，推定），载于温州医科大学新闻网 news.wmu.edu.cn（存段无标题、无署名）", "2019-09-18", "day",
  "City evening paper relayed on a university news site, Zhejiang: a life-health investment fair — ten projects signed with their total, five into a health town, a device firm's planned subsidiary, two large projects with amounts",
  "https://news.wmu.edu.cn/show/45/26942.html",
  "存段无标题、无日期行（title 为编者概括）。日期：推介会为2019年9月17日上午（市卫健委网站同题报道，search 第12次所见），文中“昨天上午”，故刊发日为2019-09-18。页尾“原文链接:”“扫一扫在手机打开当前页”已删。正文四段，完整。园区：瓯海生命健康小镇（温州市瓯海区，浙江；特色小镇，5个项目签约落地）。项目：文成净水湾康养项目（投资11亿元，签约，在文成县，无园区）；康宁龙湾医疗康养综合体项目（投资5.2亿元，签约，拟选址龙湾状蒲片区，无园区）。公司：世纪亿康(天津)医疗科技发展有限公司（天津企业，园区 null）；世纪亿康(浙江)医疗科技发展有限公司（计划在瓯海设立；是否在小镇文中未明说，园区 null）。10个项目“计划总投资约22.3亿元”为推介会合计（subject 温州，region）。温州医科大学为举办地，列可选机构。",
  "lh03"),
 parks=[
  park(OH, "温州", "浙江", "特色小镇", C1, district="瓯海区", note="5个签约项目落地"),
 ],
 companies=[
  comp("世纪亿康(天津)医疗科技发展有限公司", None, "世纪亿康(天津)医疗科技发展有限公司是一家致力于医疗设备研发、生产、销售于一体的国家高新技术企业", note="天津企业；签约项目方"),
  comp("世纪亿康(浙江)医疗科技发展有限公司", None, C3, note="计划在瓯海设立；是否在瓯海生命健康小镇文中未明说"),
 ],
 institutions=[
  inst("温州医科大学", C0, kind="university", note="推介会举办地"),
 ],
 projects=[
  proj("文成净水湾康养项目", None, C2, inv="投资11亿元", status="签约", status_text="集体签约", note="在文成（县）建设；无园区"),
  proj("康宁龙湾医疗康养综合体项目", None, C2, inv="投资5.2亿元", status="签约", status_text="集体签约", note="拟选址龙湾状蒲片区；无园区"),
 ],
 aggregate_facts=[
  fact("温州", "region", "projects_signed", 10, "count", C0, AS3, note="推介会签约项目数"),
  fact("温州", "region", "signed_investment_cny", 2.23e9, "cny", "计划总投资约22.3亿元的10个项目集体签约", AS3, qual="约", qtext="约", chk=True, note="推介会10个项目合计"),
  fact(OH, "park", "projects_signed", 5, "count", C1, AS3),
  fact(OH, "park", "share_of_signed_projects", 0.5, "ratio", C1, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lh04 桐庐 凤栖生命港 (桐庐新闻网 via investchn 2019)
FQ = "凤栖生命港"
FCS = "富春山健康城"
D0 = "眼下,位于富春山健康城的桐庐凤栖生命港园区一派繁忙景象"
D1 = "凤栖生命港位于健康小镇的生命科技产业核心区,占地106亩,共建有7幢楼,总建筑面积约85000平方米"
G["lh04"] = dict(
 article=art("凤栖生命港打造国家级健康产业加速器", "桐庐新闻网，载于中国投资网 investchn.com（“开发区新闻·杭州”栏，发布开发区：浙江桐庐经济开发区）", "2019-10-22", "day",
  "County news site relayed by an investment-promotion portal, Zhejiang: a life-health accelerator park nearly finished inside a health city — area, buildings, floor area, target industries, amenities",
  "https://investchn.com/index.php/home/news/detail/id/63398.html",
  "日期取页面“发布时间:2019-10-22 来源:桐庐新闻网”。标题照录；站名口号、导航、发布时间行已删。**删节**：存段末段“在加快园区建设的同时,健康城管委会注重高品质项目招引,截至目前已签约入驻方回春堂健康产业基地、施强互联网医院、迪安精准医学实验室、桐庐医疗器械检测中心等5个项目”在句中中断（无句末标点），整段删去；正文截至“…工作、生活需求。”，共三段。园区：凤栖生命港（文中又作“桐庐凤栖生命港园区”；杭州市桐庐县，浙江；母园区富春山健康城，“位于健康小镇的生命科技产业核心区”）；富春山健康城（文中又作“健康城”）。“健康小镇”只作方位，不另列。园区下月（2019年11月）正式开园，扫尾中。“生命健康产业基金公司”为拟引进的机构类别，未具名，不列基金。事实：占地106亩、7幢楼、总建筑面积约85000平方米、停车位（可选）。",
  "lh04"),
 parks=[
  park(FQ, "杭州", "浙江", "产业园（加速器）", D0, district="桐庐县", parent=FCS, aliases=["桐庐凤栖生命港"], note="文中又作“桐庐凤栖生命港园区”“园区”；国家级生命健康产业加速器；2019年11月开园"),
  park(FCS, "杭州", "浙江", "健康城", D0, district="桐庐县", note="文中又作“健康城”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(FQ, "park", "land_area_mu", 106, "mu", D1, "2019年10月"),
  fact(FQ, "park", "buildings", 7, "count", D1, "2019年10月", opt=True),
  fact(FQ, "park", "floor_area_m2", 85000, "m2", D1, "2019年10月", qual="约", qtext="约"),
  fact(FQ, "park", "parking_spaces_motor", 500, "count", "设有500个机动车停车位、420个非机动车停车位", "2019年10月", opt=True),
 ])

# ---------------------------------------------------------------- lh05 保罗(德阳)大健康产业园 started (德阳市政府网 2022)
DYG = "德阳国际铁路物流港"
BL = "保罗(德阳)大健康产业园"
E0 = "3月31日上午,保罗(德阳)大健康产业园开工仪式在德阳国际铁路物流港举行"
E1 = "保罗(德阳)大健康产业园位于德阳国际铁路物流港核心区,紧邻德阳保税物流中心(B型),总占地面积850亩,总投资52亿元"
E2 = "项目一期占地276亩,投资18亿元,建筑面积20万平方米,分3个批次开发,首批次预计今年9月实现封顶,将招引大健康、战略新兴产业等相关企业60余家"
E3 = "一期项目2024年5月整体交付并投产,预计实现税收4200万元,新增周边就业岗位2000余个"
AS5 = "2022年3月31日（开工）"
G["lh05"] = dict(
 article=art("占地面积850亩总投资52亿元保罗(德阳)大健康产业园开工建设", "德阳市人民政府门户网（文潇），载于 ruralchina.cn（“资讯”栏转载）", "2022-04-01", "day",
  "City government portal relayed by a rural-affairs site, Sichuan: groundbreaking of a health-industry park inside a rail logistics port — land, total and phase-1 investment, phase-1 delivery date, firms to attract, expected tax and jobs, firms signed",
  "https://www.ruralchina.cn/zgbxsdcztk/zx/483980.shtml",
  "日期取页面“来源:德阳市人民政府门户网作者:文潇发布时间:2022年04月01日”（开工仪式为3月31日）。标题照录（页面标题行）；导航行、“资讯阅读”与来源行已删。正文三段，完整。园区：德阳国际铁路物流港（德阳，四川；设党工委）；保罗(德阳)大健康产业园（在物流港核心区，母园区德阳国际铁路物流港；既是园区也是开工项目，如 real52 zv05）；德阳保税物流中心(B型)只作“紧邻”，列可选园区、无母园区；“德阳临港产业片区”为片区泛称，不列。项目：保罗(德阳)大健康产业园——开工（开工仪式；标题“开工建设”），总投资52亿元；一期——投资18亿元，分3个批次，首批次预计2022年9月封顶，2024年5月整体交付并投产；一期状态文中未明说（note）。事实：占地850亩；一期占地276亩、建筑面积20万平方米（可选）；将招引企业60余家（target）；预计税收4200万元、新增就业2000余个（target）；已签约意向企业20余家。",
  "lh05"),
 parks=[
  park(DYG, "德阳", "四川", "物流港", E0, note="设党工委"),
  park(BL, "德阳", "四川", "产业园", E1, parent=DYG, note="位于物流港核心区；在建"),
  park("德阳保税物流中心(B型)", "德阳", "四川", "保税物流中心", E1, opt=True, note="只作“紧邻”"),
 ],
 companies=[],
 projects=[
  proj(BL, DYG, E1, inv="总投资52亿元", status="开工", status_text="开工仪式", note="标题“开工建设”；占地850亩"),
  proj("保罗(德阳)大健康产业园一期", DYG, E2, inv="投资18亿元", phase="一期",
       note="分3个批次开发，首批次预计2022年9月封顶；2024年5月整体交付并投产；状态文中未明说"),
 ],
 aggregate_facts=[
  fact(BL, "park", "land_area_mu", 850, "mu", E1, AS5),
  fact(BL, "park", "firms_to_attract", 60, "count", E2, "一期建成后（预计）", kind="target", qual="余", qtext="余"),
  fact(BL, "park", "expected_annual_tax_cny", 4.2e7, "cny", "预计实现税收4200万元", "2024年5月一期投产后（预计）", kind="target", chk=True),
  fact(BL, "park", "expected_new_jobs", 2000, "count", E3, "2024年5月一期投产后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact(BL, "park", "firms_signed_intent", 20, "count", "目前,该产业园已签约意向企业20余家", "2022年3月31日", qual="余", qtext="余"),
  fact("保罗(德阳)大健康产业园一期", "project", "land_area_mu", 276, "mu", E2, AS5, opt=True),
  fact("保罗(德阳)大健康产业园一期", "project", "floor_area_m2", 2e5, "m2", E2, AS5, opt=True),
 ])

# ---------------------------------------------------------------- lh06 武汉东湖科学城生命健康产业园 opens (湖北日报 via 武汉厂房网 2022)
DH = "武汉东湖科学城生命健康产业园"
GN = "高农生物园"
F0 = "2月9日,武汉东湖科学城生命健康产业园一期工程圆满竣工并投入运营,这意味着光谷又一个综合性生命健康产业园正式开园"
F1 = "该园区位于武汉国家现代农业产业科技创新中心“核心功能区”高农生物园"
F2 = "园区集研发、中试、成果转化、生产仓储、企业办公、公寓配套于一体,总占地面积100亩,总建筑面积21万平方米"
G["lh06"] = dict(
 article=art("光谷又一个综合性生命健康产业园开园", "湖北日报（全媒记者 朱熙勇，通讯员 李伟 郑臻博），载于 wuhan.021cf.cn（武汉厂房网）", "2022-02", "month",
  "Provincial daily's photo-news relayed by an industrial-property site, Hubei: a life-health park's first phase completed and in operation inside a bio-agriculture park — land, floor area, output outlook",
  "http://wuhan.021cf.cn/index.php/post/2071.html",
  "存段无日期行。年份推定为2022：同一园区（武汉生物农业产业基地）的二期“计划2022年5月开工”、一期“已于今年年初建成投用”（search 第11次所见他页），故“2月9日”开园为2022年2月9日；刊发日未知，记月精度。标题照录；页尾许可证行与“版权声明…”已删。正文三段，完整（末有署名括注，保留）。园区：武汉东湖科学城生命健康产业园（武汉，湖北；位于高农生物园，母园区高农生物园）；高农生物园（“武汉国家现代农业产业科技创新中心‘核心功能区’”）；“光谷”（东湖高新区俗称）与“东湖科学城”列可选园区。项目：武汉东湖科学城生命健康产业园一期工程——“圆满竣工并投入运营”→竣工（status_alt 投产），无投资额。事实：总占地面积100亩、总建筑面积21万平方米（园区整体）；“园区产值将有望突破百亿”（无“元”，metric 不带 _cny，可选 target）。武汉国家现代农业产业科技创新中心列可选机构。",
  "lh06"),
 parks=[
  park(DH, "武汉", "湖北", "产业园", F0, parent=GN, note="文中又作“该园区”“园区”；综合性生命健康产业园"),
  park(GN, "武汉", "湖北", "产业园", F1, note="武汉国家现代农业产业科技创新中心“核心功能区”"),
  park("光谷", "武汉", "湖北", "高新区", F0, opt=True, note="东湖高新区俗称；文中只作泛称"),
  park("东湖科学城", "武汉", "湖北", "科学城", "有效带动生命健康领域技术领先企业、战略科技人才和高水平创新团队向东湖科学城聚集", opt=True),
 ],
 companies=[],
 institutions=[
  inst("武汉国家现代农业产业科技创新中心", F1, kind="platform"),
 ],
 projects=[
  proj("武汉东湖科学城生命健康产业园一期工程", DH, F0, phase="一期", status="竣工", status_alt="投产", status_text="圆满竣工并投入运营",
       note="2022年2月9日开园"),
 ],
 aggregate_facts=[
  fact(DH, "park", "land_area_mu", 100, "mu", F2, "2022年2月"),
  fact(DH, "park", "floor_area_m2", 2.1e5, "m2", F2, "2022年2月"),
  fact(DH, "park", "expected_output", 1e10, "cny", "未来,园区产值将有望突破百亿", "未来（预计）", kind="target", qual="超", qtext="突破", opt=True, note="“百亿”无“元”"),
 ])

# ---------------------------------------------------------------- lh07 佛山建发云海大健康产业园 started (中国质量新闻网 via 021cf 2024)
YDH = "佛山云东海医药健康产业园"
JF = "佛山建发云海大健康产业园"
FB = "佛北战新产业园"
FBS = "佛北战新产业园三水片区"
H0 = "2月28日,在佛山云东海医药健康产业园,佛山建发云海大健康产业园项目正式奠基动工"
H1 = "佛山建发云海大健康产业园总投资超25亿元,定位打造粤港澳大湾区绿色园区标杆,项目一期预计今年12月交付"
H2 = "这也是佛山建发集团继科创中心、公共服务中心和邻里中心“三中心”之后,在云东海医药健康产业园落地的第四个项目"
H3 = "据了解,2024年一季度,佛北战新产业园三水片区共有28个重大项目集中开工,总投资约226亿元"
H4 = "动工仪式现场,国家级科研中心“人参创新药物开发国家地方联合工程研究中心——佛山云东海医药健康产业园联合研究中心”揭牌成立"
G["lh07"] = dict(
 article=art("总投资超25亿元!佛山建发云海大健康产业园项目动工", "中国质量新闻网（据页尾版权声明推定；存段无署名），载于 foshan.021cf.cn（厂房网佛山站）", "2024", "year",
  "National quality-news site relayed by an industrial-property site, Guangdong: groundbreaking of a health-industry park project inside a pharma-health park, a joint research centre unveiled, the wider park's first-quarter groundbreakings",
  "http://foshan.021cf.cn/index.php/post/6816.html",
  "存段无日期行。动工为2024年2月28日（文中“2月28日”与“2024年一季度”），刊发日未知，记年精度。标题照录；页尾两段版权声明（“本网注明‘来源:中国质量新闻网’…”）已删，原发媒体据此推定。正文四段，完整。园区：佛山云东海医药健康产业园（佛山市三水区，广东；文中又作“云东海医药健康产业园”）；佛山建发云海大健康产业园（在建园区，母园区佛山云东海医药健康产业园；既是园区也是开工项目）；佛北战新产业园；佛北战新产业园三水片区（母园区佛北战新产业园）。云东海园与佛北战新产业园的隶属文中未明说，不填母园区。项目：佛山建发云海大健康产业园项目——“正式奠基动工”→开工，“总投资超25亿元”→超，一期预计2024年12月交付；业主佛山建发集团（在园内第四个项目；前三个“科创中心、公共服务中心和邻里中心”为泛称，不列项目）。机构：人参创新药物开发国家地方联合工程研究中心——佛山云东海医药健康产业园联合研究中心（揭牌成立，在园内）。事实：佛北战新产业园三水片区2024年一季度集中开工28个重大项目、总投资约226亿元（cumulative）。",
  "lh07"),
 parks=[
  park(YDH, "佛山", "广东", "产业园", H0, district="三水区", aliases=["云东海医药健康产业园"], note="区县据“三水片区”语境推定"),
  park(JF, "佛山", "广东", "产业园", H1, district="三水区", parent=YDH, note="在建；既是园区也是开工项目"),
  park(FB, "佛山", "广东", "产业园", "佛北战新产业园要聚焦新质生产力"),
  park(FBS, "佛山", "广东", "产业园片区", H3, district="三水区", parent=FB),
 ],
 companies=[
  comp("佛山建发集团", YDH, H2, note="项目业主；在园内落地第四个项目"),
 ],
 institutions=[
  inst("佛山云东海医药健康产业园联合研究中心", H4, kind="research", park=YDH, opt=False,
       note="全称“人参创新药物开发国家地方联合工程研究中心——佛山云东海医药健康产业园联合研究中心”；揭牌成立"),
 ],
 projects=[
  proj("佛山建发云海大健康产业园项目", YDH, H1, companies=["佛山建发集团"], inv="总投资超25亿元", qual="超", qual_text="超", status="开工", status_text="正式奠基动工",
       note="2024年2月28日奠基动工；一期预计2024年12月交付"),
 ],
 aggregate_facts=[
  fact(FBS, "park", "projects_started", 28, "count", H3, "2024年一季度", kind="cumulative"),
  fact(FBS, "park", "projects_started_investment_cny", 2.26e10, "cny", "共有28个重大项目集中开工,总投资约226亿元", "2024年一季度", kind="cumulative", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- lh08 天津路顺大健康产业园 topped out (今晚报 via fmwz 2025)
TK = "天开西青园"
LS = "天津路顺大健康产业园"
K0 = "从西青区获悉,随着湖北大厦完成封顶,天津路顺大健康产业园项目建设取得标志性进展"
K1 = "该项目坐落在天开西青园,总投资8亿元,占地75.6亩,将建设一座20层的湖北大厦、23座现代厂房、一座9层职工餐厅宿舍楼以及园区配套等"
G["lh08"] = dict(
 article=art("西青新添大健康产业园 计划年底具备启用条件", "今晚报（“来源:今晚报”；存段无署名），载于蜂蜜文章网 fmwz.net", "2025-05-25", "day",
  "City evening paper relayed by an article aggregator, Tianjin: a health-industry park project in a science-park branch tops out its main tower — location, investment, land, buildings, completion plan, target device industries",
  "https://www.fmwz.net/news/o9Vjaj8OA8.html",
  "日期取页面“发布时间:2025-05-25 14:28”（转载时间；原刊日未示）。标题照录；站名、发布时间、来源行、与首段重复的“内容提要:…”、页尾声明与“相关推荐”已删。正文两段，完整。园区：天开西青园（天津市西青区）；天津路顺大健康产业园（在建园区，坐落在天开西青园；既是园区也是在建项目）。项目：天津路顺大健康产业园项目——湖北大厦完成封顶，23座厂房预计2025年8月竣工，整体计划年底建成→在建；总投资8亿元，占地75.6亩。“湖北大厦”为项目内建筑，不另列。“塑研所”列可选机构（园区依托其产业优势）。",
  "lh08"),
 parks=[
  park(TK, "天津", "天津", "科创园（分园）", K1, district="西青区"),
  park(LS, "天津", "天津", "产业园", K0, district="西青区", parent=TK, note="在建；建成后为以大健康为主题的产业园区"),
 ],
 companies=[],
 institutions=[
  inst("塑研所", "依托“塑研所”现有产业优势", kind="research", note="文中只作简称"),
 ],
 projects=[
  proj("天津路顺大健康产业园项目", TK, K1, inv="总投资8亿元", status="在建", status_text="湖北大厦完成封顶",
       note="23座现代厂房预计2025年8月竣工；整体计划2025年底完成全部建设任务、具备启用条件"),
 ],
 aggregate_facts=[
  fact("天津路顺大健康产业园项目", "project", "land_area_mu", 75.6, "mu", K1, "2025年5月", opt=True),
 ])
