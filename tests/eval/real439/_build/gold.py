# real439 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real52): evidence verbatim (all seven items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates as ratios. Projects: the park
# is the one the text places the project in, null if none (a county or district is a region, not a park). Status from the
# text's words (开工 / 集中开工 → 开工; 竣工投产 → 投产; 建成竣工 → 竣工; 签约 / 签订 → 签约; 正在建设 → 在建). Amount
# ranges (“2000万元以上工业项目”) are not investment amounts. “预计” figures are kind target; year-to-date counts (“今年以来”,
# “1至3月”, “全年”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/lvNN.raw as returned.

# ---------------------------------------------------------------- lv01 隆昌 川渝合作隆昌工业园 (yybnet 2020-04)
LC = "川渝合作隆昌工业园"
A0 = "4月3日,川渝合作隆昌工业园,四川金仕达自动化设备有限公司车间内,只要30多秒,一套蛋鸡养殖所需的食槽就从自动化生产线上产出"
A1 = "园区内,占地93亩的“甜城味”内江蜜饯产业园正在建设中"
A2 = "“12月底可试运营,准备开发特色蜜饯产品,预计年销售收入可达5亿元。”项目投资人鲁华介绍"
A3 = "目前已有万林冷食品等龙头企业"
A4 = "在中铁隆昌铁路器材有限公司弹条产品生产车间内,机械手臂正有条不紊地工作"
A5 = "隆昌山川精密焊管有限责任公司近期正在开展全员精益制造和管理培训"
G["lv01"] = dict(
 article=art("隆昌厚植优势产业 主动承接成渝产业转移", "m.yybnet.net（内江·隆昌频道；原发媒体与署名存段未示）", "2020-04", "month",
  "Regional news site, Sichuan: a county-level city's industrial park near the Chengdu–Chongqing axis — a firm's automated line, a candied-fruit industrial park under construction with its area and expected sales, leading food firms, a railway-parts maker and a pipe maker",
  "https://m.yybnet.net/neijiang/longchang/202004/10363702.html",
  "日期取网址 202004（文中“4月3日”为采访日；年份据网址），记 2020-04（month）。存段有标题行，无日期行。存段在末段““加强人才培训,提升效益,我”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…开展全员精益制造和管理培训。”，共八段。园区：川渝合作隆昌工业园（文中又作“隆昌工业园”“园区”；内江市隆昌市，四川）。项目：“甜城味”内江蜜饯产业园——正在建设中（在建），占地93亩，12月底可试运营，预计年销售收入5亿元（target）；无投资额。公司：四川金仕达自动化设备有限公司（车间在园区，原文“川渝合作隆昌工业园,四川金仕达…车间内”）、万林冷食品（“目前已有万林冷食品等龙头企业”，园区负责人语，在园）；中铁隆昌铁路器材有限公司、隆昌山川精密焊管有限责任公司文中未明说在园（文章语境为隆昌工业园），park 记 null，可选。机构：四川大学、西南交大、重庆大学、铁二院（合作或人才来源，可选）。",
  "lv01"),
 parks=[
  park(LC, "内江", "四川", "工业园区", A0, district="隆昌市", aliases=["隆昌工业园"], note="文中又作“隆昌工业园”“园区”；川渝合作园区"),
 ],
 companies=[
  comp("四川金仕达自动化设备有限公司", LC, A0, note="车间在园区；董事长江洪"),
  comp("万林冷食品", LC, A3, note="园区食品龙头企业（园区管委会负责人语）"),
  comp("中铁隆昌铁路器材有限公司", None, A4, opt=True, note="文中未明说在园区"),
  comp("隆昌山川精密焊管有限责任公司", None, A5, opt=True, note="文中未明说在园区"),
 ],
 institutions=[
  inst("四川大学", "项目已和四川大学洽谈", kind="university", note="与蜜饯产业园项目洽谈"),
  inst("西南交大", "西南交大、重庆大学等是中铁隆昌铁路器材有限公司科研人才的重要来源", kind="university"),
  inst("重庆大学", "西南交大、重庆大学等是中铁隆昌铁路器材有限公司科研人才的重要来源", kind="university"),
  inst("铁二院", "我们还借助位于成都的铁二院,开发磁悬浮扣件等产品", kind="research", note="位于成都"),
 ],
 projects=[
  proj("“甜城味”内江蜜饯产业园", LC, A1, status="在建", status_text="正在建设中", aliases=["内江蜜饯产业园"],
       note="占地93亩；12月底可试运营；投资人鲁华；无投资额"),
 ],
 aggregate_facts=[
  fact("“甜城味”内江蜜饯产业园", "project", "site_area_mu", 93, "mu", A1, "2020年4月", opt=True),
  fact("“甜城味”内江蜜饯产业园", "project", "expected_annual_sales_cny", 5e8, "cny", A2, "投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lv02 渠县 1至3月 (达州日报 2016-05-19)
QX = "渠县工业园区"
B0 = "图为渠县工业园区的乐仕达电子公司员工正在加班加点生产"
B1 = "渠县完成天渠盐化、渠州酒业等40余个重点项目技术改造投入14.43亿元"
B2 = "新开工琦鑫源黄花、贝森电器等2000万元以上工业项目4个"
B3 = "竣工投产金城合金、通济油脂等项目3个"
B4 = "新培育大友机器人、品信窑炉、乡山天然矿泉水等规上工业企业12家"
AS2 = "2016年1–3月"
G["lv02"] = dict(
 article=art("渠县新培育12家规上工业企业 1至3月", "达州日报（徐燕 特约记者 吴涛 摄影报道），载于 m.yybnet.net（达州·渠县频道）", "2016-05-19", "day",
  "City daily's short photo report via a regional news site, Sichuan: a county's first-quarter industry — technical-renovation spending, named projects started and completed, new above-scale firms, output and value-added growth, a firm in the county industrial park",
  "https://m.yybnet.net/dazhou/quxian/201605/5012938.html",
  "日期取页面“达州日报 2016-05-19 22:22”。标题照录页面标题行“渠县新培育12家规上工业企业 1至3月”（“1至3月”似为引题或摘要，页内另有“[摘要]1至3月”行，已删）；副题“●完成40余个重点项目技术改造投入14.43亿元”作正文首段保留；“看家乡事,品故乡情”、日期行、“新闻推荐”及以下无关内容已删。正文完整，四段（含署名行）。园区：渠县工业园区（达州市渠县，四川；只在图片说明中）。公司：乐仕达电子公司（在园）；其余企业名均为项目或县内企业，园区未说。项目：琦鑫源黄花、贝森电器（新开工，“2000万元以上工业项目”为区间，不作投资额）；金城合金、通济油脂（竣工投产→投产）；园区 null（县内）。事实：渠县（region）1至3月技改投入14.43亿元、重点技改项目40余个、新开工4个、竣工投产3个、新培育规上企业12家、规上工业企业“生产总值”44.79亿元（原文如此，记为规上工业产值）增长10.58%、工业增加值13.32亿元增长11.5%。",
  "lv02"),
 parks=[
  park(QX, "达州", "四川", "工业园区", B0, district="渠县", note="只在图片说明中"),
 ],
 companies=[
  comp("乐仕达电子公司", QX, B0),
  comp("天渠盐化", None, B1, opt=True, note="技改重点项目企业"),
  comp("渠州酒业", None, B1, opt=True, note="技改重点项目企业"),
  comp("大友机器人", None, B4, opt=True, note="新培育规上企业"),
  comp("品信窑炉", None, B4, opt=True, note="新培育规上企业"),
  comp("乡山天然矿泉水", None, B4, opt=True, note="新培育规上企业"),
 ],
 projects=[
  proj("琦鑫源黄花", None, B2, status="开工", status_text="新开工", note="2000万元以上工业项目（区间，不作投资额）；县内，园区未说"),
  proj("贝森电器", None, B2, status="开工", status_text="新开工", note="同上"),
  proj("金城合金", None, B3, status="投产", status_text="竣工投产", note="县内，园区未说"),
  proj("通济油脂", None, B3, status="投产", status_text="竣工投产", note="县内，园区未说"),
 ],
 aggregate_facts=[
  fact("渠县", "region", "tech_renovation_investment_cny", 1.443e9, "cny", B1, AS2, kind="cumulative", chk=True),
  fact("渠县", "region", "tech_renovation_projects", 40, "count", B1, AS2, kind="cumulative", qual="余", qtext="余", opt=True),
  fact("渠县", "region", "projects_started", 4, "count", B2, AS2, kind="cumulative", note="2000万元以上工业项目"),
  fact("渠县", "region", "projects_in_production", 3, "count", B3, AS2, kind="cumulative", note="竣工投产"),
  fact("渠县", "region", "new_above_scale_firms", 12, "count", B4, AS2, kind="cumulative"),
  fact("渠县", "region", "above_scale_industrial_output_cny", 4.479e9, "cny", "全县规上工业企业完成生产总值44.79亿元,同比增长10.58%", AS2, kind="cumulative", chk=True, note="原文作“生产总值”"),
  fact("渠县", "region", "above_scale_industrial_output_yoy_growth", 0.1058, "ratio", "全县规上工业企业完成生产总值44.79亿元,同比增长10.58%", AS2, kind="ratio"),
  fact("渠县", "region", "industrial_value_added_cny", 1.332e9, "cny", "实现工业增加值13.32亿元,同比增长11.5%", AS2, kind="cumulative", chk=True),
  fact("渠县", "region", "industrial_value_added_growth", 0.115, "ratio", "实现工业增加值13.32亿元,同比增长11.5%", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lv03 广元 签约82个项目 (四川新闻网 2018-04-20)
GY = "广元经济技术开发区"
C0 = "成功签约招商引资项目82个,签约资金298.84亿元"
C1 = "总投资30亿元的广元经济技术开发区管委会与山东水发天源水务集团签订劳特巴赫精酿啤酒项目"
C2 = "总投资15亿元的苍溪县人民政府与浙江东泰集团有限公司签订东泰产业园、红军渡干部行政学院建设项目"
C3 = "总投资5.8亿元的旺苍县人民政府与四川圆融石油化工有限公司签订废矿物油集中处置及综合利用项目"
C4 = "总投资20亿元的剑阁县人民政府与成都市双流区家居流通协会签订中国西部绿色低碳家居产业园一期项目"
C5 = "总投资1.2亿元的青川县人民政府与四川山谷原舍旅游发展有限公司签订初心谷农村老年休闲康养中心建设项目"
C6 = "总投资3亿元的利州区人民政府与成都市美康三杉木业有限公司签订木地板生产项目"
C7 = "总投资2.5亿元的昭化区人民政府与四川赛能家居有限公司签订年产10万件(套)全屋家具系列产品项目"
C8 = "总投资3.5亿元的朝天区人民政府与成都石海实业有限公司签订石海实业加工项目"
AS3 = "2018年4月18日（签约仪式）"
G["lv03"] = dict(
 article=art("广元端出招商配套“大餐” 签约82个项目签约资金298.84亿", "四川新闻网（newssc.org，广元频道 gy.newssc.org）", "2018-04-20", "day",
  "Provincial news portal's city channel, Sichuan: a city's investment signing during a provincial promotion week — 82 projects and their sum, eight showcase projects each signed by a county / district government or the national-level development zone with a firm, with amounts",
  "http://gy.newssc.org/system/20180420/002404282.html",
  "日期取页面“时间:2018-04-20 10:54:06 来源:四川新闻网”（签约仪式为4月18日）。标题照录（存段标题行前的列表符“- ”已删，make_txt.py HEAD_PREFIX）；时间来源行与图片占位“![]() |”已删。正文完整，四段。园区：广元经济技术开发区（广元市，四川；文中只作签约方“广元经济技术开发区管委会”，级别未说）。项目（均“签订”→签约，投资额照录“总投资…亿元”）：劳特巴赫精酿啤酒项目（开发区管委会签约，park 广元经济技术开发区）；其余七个由县区政府签约，park null：东泰产业园、红军渡干部行政学院建设项目（苍溪县，两项合签一额，作一项）、废矿物油集中处置及综合利用项目（旺苍县）、中国西部绿色低碳家居产业园一期项目（剑阁县）、初心谷农村老年休闲康养中心建设项目（青川县）、木地板生产项目（利州区）、年产10万件(套)全屋家具系列产品项目（昭化区）、石海实业加工项目（朝天区）。公司：签约企业（山东水发天源水务集团记在开发区，其余 null）。机构：开发区管委会、县区人民政府、成都市双流区家居流通协会（可选）。事实：广元市（region）签约82个项目、298.84亿元；现场展示签约8个、81亿元（可选）。省市领导不列。",
  "lv03"),
 parks=[
  park(GY, "广元", "四川", "经济技术开发区", C1, note="文中只作签约方“广元经济技术开发区管委会”"),
 ],
 companies=[
  comp("山东水发天源水务集团", GY, C1, note="与开发区管委会签约"),
  comp("浙江东泰集团有限公司", None, C2, opt=True),
  comp("四川圆融石油化工有限公司", None, C3, opt=True),
  comp("四川山谷原舍旅游发展有限公司", None, C5, opt=True),
  comp("成都市美康三杉木业有限公司", None, C6, opt=True),
  comp("四川赛能家居有限公司", None, C7, opt=True),
  comp("成都石海实业有限公司", None, C8, opt=True),
 ],
 institutions=[
  inst("广元经济技术开发区管委会", C1, park=GY, note="园区管理机构，签约方"),
  inst("苍溪县人民政府", C2), inst("旺苍县人民政府", C3), inst("剑阁县人民政府", C4), inst("青川县人民政府", C5),
  inst("利州区人民政府", C6), inst("昭化区人民政府", C7), inst("朝天区人民政府", C8),
  inst("成都市双流区家居流通协会", C4, kind="association"),
 ],
 projects=[
  proj("劳特巴赫精酿啤酒项目", GY, C1, companies=["山东水发天源水务集团"], inv="总投资30亿元", status="签约", status_text="签订"),
  proj("东泰产业园、红军渡干部行政学院建设项目", None, C2, companies=["浙江东泰集团有限公司"], inv="总投资15亿元", status="签约", status_text="签订", note="苍溪县；两项合签一额"),
  proj("废矿物油集中处置及综合利用项目", None, C3, companies=["四川圆融石油化工有限公司"], inv="总投资5.8亿元", status="签约", status_text="签订", note="旺苍县"),
  proj("中国西部绿色低碳家居产业园一期项目", None, C4, inv="总投资20亿元", phase="一期", status="签约", status_text="签订", note="剑阁县；签约方为成都市双流区家居流通协会"),
  proj("初心谷农村老年休闲康养中心建设项目", None, C5, companies=["四川山谷原舍旅游发展有限公司"], inv="总投资1.2亿元", status="签约", status_text="签订", note="青川县"),
  proj("木地板生产项目", None, C6, companies=["成都市美康三杉木业有限公司"], inv="总投资3亿元", status="签约", status_text="签订", note="利州区"),
  proj("年产10万件(套)全屋家具系列产品项目", None, C7, companies=["四川赛能家居有限公司"], inv="总投资2.5亿元", status="签约", status_text="签订", note="昭化区"),
  proj("石海实业加工项目", None, C8, companies=["成都石海实业有限公司"], inv="总投资3.5亿元", status="签约", status_text="签订", note="朝天区"),
 ],
 aggregate_facts=[
  fact("广元市", "region", "projects_signed", 82, "count", C0, AS3),
  fact("广元市", "region", "signed_investment_cny", 2.9884e10, "cny", C0, AS3, chk=True),
  fact("广元市", "region", "projects_signed_showcase", 8, "count", "展示签约了8个项目重点经济合作项目,签约资金共81亿元", AS3, opt=True),
  fact("广元市", "region", "signed_investment_showcase_cny", 8.1e9, "cny", "展示签约了8个项目重点经济合作项目,签约资金共81亿元", AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lv04 剑阁 剑门工业园区 (广元市经信局 2017-09-22)
JM = "剑门工业园区"
D0 = "2017年四川省重大产业项目集中开工仪式(剑阁分会场)在剑门工业园区举行"
D1 = "剑阁县此次集中开工项目共47个,涉及战略性新兴电子信息、生物医药等产业,总投资21亿元,2017年计划完成投资10亿元"
D2 = "市政府化工医药产业推进办主任张刚林宣布风机(风力发电)叶片生产项目、纯电动公交示范线建设项目、四川吴氏生物科技有限公司中医药产业园(二期)项目等47个产业项目集中开工"
AS4 = "2017年9月（三季度集中开工）"
G["lv04"] = dict(
 article=art("2017年四川省重大产业项目集中开工仪式(剑阁分会场)在剑门工业园区举行", "广元市经济和信息化局网站（“来源: 本网”），存于 muncard.com 镜像地址", "2017-09-22", "day",
  "City economy-and-information bureau's website, Sichuan: a county's branch venue of a provincial groundbreaking held in its industrial park — 47 projects, total and planned investment, three named projects started",
  "https://www.muncard.com/jxj/new/show/c94402858d8d468ebe28b2f0e9fab688.html",
  "日期取页面“日期: 2017-09-22 来源: 本网”。页面抬头“欢迎访问广元市经济和信息化局!”，站址为 muncard.com（非政府域名，疑为镜像；内容为局网站稿，照录）。标题照录；面包屑、日期行、“【字体: 打印”、图片占位“图片4.png”“图片6.png”及页脚已删；第二段行首空格已去。原文多处缺标点（“…集中开工仪式剑阁县此次…”““四个一批要求”“副县长秦银县级有关部门负责人…”，末段无句号），照录。正文完整，四段。园区：剑门工业园区（广元市剑阁县，四川；开工仪式会场）。项目：风机(风力发电)叶片生产项目（文中又作“风机风力发电叶片生产项目”）、纯电动公交示范线建设项目、四川吴氏生物科技有限公司中医药产业园(二期)项目——集中开工→开工；文中未说它们在园区，park 记 null。事实：剑阁县（region）集中开工47个、总投资21亿元、2017年计划完成投资10亿元（target）。",
  "lv04"),
 parks=[
  park(JM, "广元", "四川", "工业园区", D0, district="剑阁县", note="开工仪式分会场所在地"),
 ],
 companies=[
  comp("四川吴氏生物科技有限公司", None, D2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("市政府化工医药产业推进办", D2, note="广元市政府化工医药产业推进办（文中简称）"),
 ],
 projects=[
  proj("风机(风力发电)叶片生产项目", None, D2, status="开工", status_text="集中开工", aliases=["风机风力发电叶片生产项目"],
       note="开工项目代表；园区文中未说"),
  proj("纯电动公交示范线建设项目", None, D2, status="开工", status_text="集中开工"),
  proj("四川吴氏生物科技有限公司中医药产业园(二期)项目", None, D2, companies=["四川吴氏生物科技有限公司"], phase="二期", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("剑阁县", "region", "projects_started", 47, "count", D1, AS4),
  fact("剑阁县", "region", "projects_started_investment_cny", 2.1e9, "cny", "总投资21亿元,2017年计划完成投资10亿元", AS4, chk=True),
  fact("剑阁县", "region", "planned_annual_investment_cny", 1e9, "cny", "2017年计划完成投资10亿元", "2017年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lv05 洪雅 弘源钛业 签约 (comelan 2011-08)
HY = "洪雅机械化工产业园区"
E0 = "7月31日,四川弘源钛业有限公司与洪雅县人民政府签约,该公司钛业科技园项目将入驻洪雅机械化工产业园区。该项目计划固定资产总投资8亿元以上"
E1 = "其首期“年产10万吨氯化法高钛渣”和“钒钛合金铸件生产”两项目,计划投资4亿元,建设周期6个月,建成后年销售收入7亿元以上,年度税收将超过5000万元"
E2 = "上半年,新开工千万元以上项目9个,工业入库税金实现1.6亿元,规模以上工业增加值达到10.4亿元,增长26.8%,增速全市第一"
AS5 = "2011年上半年"
G["lv05"] = dict(
 article=art("（无标题）四川弘源钛业有限公司钛业科技园项目签约入驻洪雅机械化工产业园区", "comelan.com（原发媒体与署名存段未示）", "2011-08", "month",
  "News-relay site, Sichuan: a firm signs with a county government to build a titanium park inside the county's machinery-and-chemical park — total planned investment, phase-1 products and investment, expected sales and tax; the county's three parks and first-half figures",
  "http://comelan.com/A/201108/366131.asp",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 201108（文中“7月31日”为签约日），记 2011-08（month）。正文完整，两段，未改动。园区：洪雅机械化工产业园区（眉山市洪雅县，四川）；“33平方公里的三大产业园区”未点名，不另列。项目：钛业科技园项目——与县政府签约（签约），“计划固定资产总投资8亿元以上”→超，qualifier_text“以上”，入驻洪雅机械化工产业园区；首期两项目（“年产10万吨氯化法高钛渣”“钒钛合金铸件生产”）合计计划投资4亿元，不分摊，列为可选项目（无单项金额，状态不单列），合计额与预期销售、税收作项目事实（target）。公司：四川弘源钛业有限公司（入驻园区）。事实：洪雅县（region）三大产业园区规划33平方公里；上半年新开工千万元以上项目9个、工业入库税金1.6亿元、规上工业增加值10.4亿元增长26.8%。年份在本题2015–2020之外（见 SOURCES.md）。",
  "lv05"),
 parks=[
  park(HY, "眉山", "四川", "产业园区（机械化工）", E0, district="洪雅县"),
 ],
 companies=[
  comp("四川弘源钛业有限公司", HY, E0, note="钛业科技园项目业主"),
 ],
 institutions=[
  inst("洪雅县人民政府", E0, note="签约方"),
 ],
 projects=[
  proj("钛业科技园项目", HY, E0, companies=["四川弘源钛业有限公司"], inv="计划固定资产总投资8亿元以上", qual="超", qual_text="以上",
       status="签约", status_text="签约", note="“开创了该县业主建园的先河”"),
  proj("年产10万吨氯化法高钛渣", HY, E1, companies=["四川弘源钛业有限公司"], phase="首期", opt=True,
       note="钛业科技园首期两项目之一；两项合计计划投资4亿元，建设周期6个月"),
  proj("钒钛合金铸件生产", HY, E1, companies=["四川弘源钛业有限公司"], phase="首期", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("钛业科技园项目", "project", "phase1_planned_investment_cny", 4e8, "cny", "计划投资4亿元,建设周期6个月", "首期（计划）", kind="target", chk=True),
  fact("钛业科技园项目", "project", "expected_annual_sales_cny", 7e8, "cny", "建成后年销售收入7亿元以上,年度税收将超过5000万元", "首期建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("钛业科技园项目", "project", "expected_annual_tax_cny", 5e7, "cny", "年度税收将超过5000万元", "首期建成后（预计）", kind="target", qual="超", qtext="超过", chk=True, opt=True),
  fact("洪雅县", "region", "planned_park_area_km2", 33, "km2", "洪雅县规划建设了33平方公里的三大产业园区", "2011年", opt=True, note="三大产业园区合计"),
  fact("洪雅县", "region", "projects_started", 9, "count", E2, AS5, kind="cumulative", note="千万元以上项目"),
  fact("洪雅县", "region", "industrial_tax_cny", 1.6e8, "cny", "工业入库税金实现1.6亿元", AS5, kind="cumulative", chk=True),
  fact("洪雅县", "region", "above_scale_industrial_value_added_cny", 1.04e9, "cny", "规模以上工业增加值达到10.4亿元,增长26.8%", AS5, kind="cumulative", chk=True),
  fact("洪雅县", "region", "above_scale_industrial_value_added_growth", 0.268, "ratio", "规模以上工业增加值达到10.4亿元,增长26.8%", AS5, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lv06 潼南区 一批项目签约开工投产 (重庆日报 2022-12-29)
F0 = "12月27日,潼南区一批重点项目签约、开工、竣工投产,共涉及项目60个,包括产业发展、城市建设、民生保障等多个领域,总投资327亿元"
F1 = "60个项目中,签约项目15个,开工项目23个,竣工投产项目22个"
F2 = "新开工的碚圣药业制药基地项目总投资10.25亿元,将新建14.97万平方米厂房及配套建筑"
F3 = "建成竣工的东群科技纳米氧化锌项目,年产纳米氧化锌3万吨"
F4 = "全年新签项目173个,到位资金183亿元、同比增长17%"
F5 = "累计开工、竣工重点项目146个,总投资284亿元"
F6 = "1—11月固定资产投资完成259.1亿元、同比增长14.5%"
AS6 = "2022年12月27日（集中签约开工投产）"
G["lv06"] = dict(
 article=art("潼南区一批项目签约开工投产,总投资额327亿元", "重庆日报（通讯员 朱杨 马艾），电子版 epaper.cqrb.cn 第4版", "2022-12-29", "day",
  "City party daily's district round-up item, Chongqing: a district's joint signing / groundbreaking / completion of 60 projects, one named project started with its investment and expected output, one named project completed, the year's signing, funds in place and fixed-asset investment",
  "https://epaper.cqrb.cn/cqrb/2022-12/29/004/content_rb_310653.htm",
  "日期取网址 2022-12/29（活动为12月27日）。存段为一版面上的多条短讯：前为渝北区一条的“(上接1版)”续文，后为“南岸区重庆经开区签下18个项目…”一条（在句中中断）；只取潼南区一条（标题与三段正文），其余已删。正文完整，三段。文中未点名任何园区（“全区”即潼南区），parks 为空——与本题“园区”角度只部分相合（见 SOURCES.md）。项目：碚圣药业制药基地项目（新开工→开工，总投资10.25亿元，预计达产年产值23.3亿元），东群科技纳米氧化锌项目（建成竣工→竣工，年产3万吨）；园区 null。公司：碚圣药业、东群科技只在项目名中（可选）。事实：潼南区（region）本次60个项目、总投资327亿元；签约15、开工23、竣工投产22；全年新签173个、到位资金183亿元增长17%、累计开工竣工重点项目146个总投资284亿元（cumulative）；1—11月固定资产投资259.1亿元增长14.5%。",
  "lv06"),
 parks=[],
 companies=[
  comp("碚圣药业", None, F2, opt=True, note="只在项目名中"),
  comp("东群科技", None, F3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("碚圣药业制药基地项目", None, F2, companies=["碚圣药业"], inv="总投资10.25亿元", status="开工", status_text="新开工",
       note="新建14.97万平方米厂房；预计达产年产值23.3亿元"),
  proj("东群科技纳米氧化锌项目", None, F3, companies=["东群科技"], status="竣工", status_text="建成竣工", note="年产纳米氧化锌3万吨"),
 ],
 aggregate_facts=[
  fact("潼南区", "region", "projects_total", 60, "count", F0, AS6),
  fact("潼南区", "region", "projects_total_investment_cny", 3.27e10, "cny", F0, AS6, chk=True),
  fact("潼南区", "region", "projects_signed", 15, "count", F1, AS6),
  fact("潼南区", "region", "projects_started", 23, "count", F1, AS6),
  fact("潼南区", "region", "projects_in_production", 22, "count", F1, AS6, note="竣工投产"),
  fact("碚圣药业制药基地项目", "project", "expected_annual_output_cny", 2.33e9, "cny", "预计全部建成达产年产值23.3亿元", "达产后（预计）", kind="target", chk=True),
  fact("东群科技纳米氧化锌项目", "project", "annual_capacity_t", 3e4, "t", F3, "建成后", opt=True),
  fact("潼南区", "region", "projects_signed", 173, "count", F4, "2022年全年（截至12月下旬）", kind="cumulative"),
  fact("潼南区", "region", "funds_in_place_cny", 1.83e10, "cny", F4, "2022年全年（截至12月下旬）", kind="cumulative", chk=True),
  fact("潼南区", "region", "funds_in_place_yoy_growth", 0.17, "ratio", F4, "2022年全年（截至12月下旬）", kind="ratio", opt=True),
  fact("潼南区", "region", "key_projects_started_or_completed", 146, "count", F5, "2022年（累计）", kind="cumulative", opt=True),
  fact("潼南区", "region", "key_projects_started_or_completed_investment_cny", 2.84e10, "cny", F5, "2022年（累计）", kind="cumulative", opt=True, chk=True),
  fact("潼南区", "region", "fixed_asset_investment_cny", 2.591e10, "cny", F6, "2022年1–11月", kind="cumulative", chk=True),
  fact("潼南区", "region", "fixed_asset_investment_yoy_growth", 0.145, "ratio", F6, "2022年1–11月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lv07 石柱县 四季度集中开工 (重庆日报 2023-10-30)
H0 = "32个项目集中开工,总投资约31亿元,年度计划投资约10.4亿元"
H1 = "万力联兴迁建项目计划总投资1.8亿元,占地60亩,建成投产后将年产350万套汽车燃油泵和150万套电子水泵,预计年产值达3.5亿元"
H2 = "渝东阀门生产项目总投资3000万元,面积约4500平方米,将于11月开工建设,2024年1月建成投产,达产后将实现年产值3500万元以上"
AS7 = "2023年10月26日（集中开工）"
G["lv07"] = dict(
 article=art("（无标题）石柱县2023年第四季度重点项目集中开工", "重庆日报（记者 周传勇），电子版 epaper.cqrb.cn 第1版", "2023-10-30", "day",
  "City party daily's short item, Chongqing: a county's quarterly joint groundbreaking — 32 projects with total and annual planned investment, two named industrial projects with investment, area, capacity and expected output",
  "https://epaper.cqrb.cn/cqrb/2023-10/30/001/content_rb_323792.htm",
  "存段无标题（title 为编者概括），日期取网址 2023-10/30（仪式为10月26日）。正文完整，三段，未改动。文中未点名任何园区，parks 为空——与本题“园区”角度只部分相合；年份在本题2015–2020之外（见 SOURCES.md）。项目：万力联兴迁建项目（集中开工→开工，计划总投资1.8亿元，占地60亩，预计年产值3.5亿元）；渝东阀门生产项目（列在集中开工项目“其中”，但文中说“将于11月开工建设”，status 记 planned、status_alt 开工；总投资3000万元，2024年1月建成投产）。园区 null。事实：石柱县（region）32个项目集中开工、总投资约31亿元、年度计划投资约10.4亿元（target）。",
  "lv07"),
 parks=[],
 companies=[
  comp("万力联兴", None, H1, opt=True, note="只在项目名中"),
  comp("渝东阀门", None, H2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("万力联兴迁建项目", None, H1, companies=["万力联兴"], inv="计划总投资1.8亿元", status="开工", status_text="集中开工",
       note="占地60亩；年产350万套汽车燃油泵和150万套电子水泵"),
  proj("渝东阀门生产项目", None, H2, companies=["渝东阀门"], inv="总投资3000万元", status="planned", status_text="将于11月开工建设", status_alt="开工",
       note="列于集中开工项目中；2024年1月建成投产"),
 ],
 aggregate_facts=[
  fact("石柱县", "region", "projects_started", 32, "count", H0, AS7),
  fact("石柱县", "region", "projects_started_investment_cny", 3.1e9, "cny", H0, AS7, qual="约", qtext="约", chk=True),
  fact("石柱县", "region", "planned_annual_investment_cny", 1.04e9, "cny", "年度计划投资约10.4亿元", "2023年（计划）", kind="target", qual="约", qtext="约", chk=True),
  fact("万力联兴迁建项目", "project", "site_area_mu", 60, "mu", H1, AS7, opt=True),
  fact("万力联兴迁建项目", "project", "expected_annual_output_cny", 3.5e8, "cny", "预计年产值达3.5亿元", "投产后（预计）", kind="target", chk=True),
  fact("渝东阀门生产项目", "project", "expected_annual_output_cny", 3.5e7, "cny", "达产后将实现年产值3500万元以上", "达产后（预计）", kind="target", qual="超", qtext="以上", chk=True, opt=True),
 ])
