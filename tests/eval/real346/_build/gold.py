# real346 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all seven simplified as published); names as written; 超/以上 → 超,
# 多/余 → 余, 约/近 → 约. Yuan in investment_cny / *_cny facts; growth and shares as ratios. Projects: the park the text
# places them in, null if none (a county or city is not a park). Status from the text's words (开工 / 开工奠基 / 开工建设 →
# 开工; 签约 / 签约入驻 → 签约; 落户 alone → none). “预计” / “建成后” figures are kind target.

# ---------------------------------------------------------------- og01 安国 28个项目集中奠基 (长城网 2014)
AG = "安国现代中药工业园区"
A0 = "安国市今年第一批28个入园项目集中开工奠基,其中投资亿元以上的项目达24个,累计投资111.35亿元"
A1 = "广州致信药业有限公司精致中药饮片生产项目、河南百消丹保健食品及王老吉饮料生产项目等国内知名品牌中药企业也借势纷纷落户安国"
G["og01"] = dict(
 article=art("安国28个项目集中奠基总投资超百亿元", "长城网（保定，王秋耕 李亚梅），heb.hebei.com.cn", "2014-06-18", "day",
  "Provincial news portal, Hebei: a county-level city's first batch of 28 projects entering its modern TCM industrial park start together — count, projects over 100 million, total investment, two named TCM projects landed",
  "http://heb.hebei.com.cn/system/2014/06/19/013545278.shtml",
  "日期取电头“长城网保定6月18日电”（网址 2014/06/19）。标题照录；存段正文为一行（各段以空格相连），照作一段；行末表格竖线“ |”、“关键词…”“责任编辑:季然”已删。园区：安国现代中药工业园区（安国市，保定，河北）。28个入园项目“集中开工奠基”→开工；其中24个亿元以上；累计投资111.35亿元（事实记于园区，kind reported）。广州致信药业有限公司精致中药饮片生产项目、河南百消丹保健食品及王老吉饮料生产项目“纷纷落户安国”：无金额、无状态词，园区未明说（推定在园区内，记 park 为园区，可选）。“安国数字中药都项目”奠基（5.18），可选项目，park null。",
  "og01"),
 parks=[park(AG, "保定", "河北", "中药工业园区", "据了解,安国现代中药工业园区是安国中药都建设的重要组成部分", district="安国市")],
 companies=[
  comp("广州致信药业有限公司", AG, A1, opt=True, note="只在项目名中；落户安国"),
  comp("河南百消丹", AG, A1, opt=True, note="只在项目名中；名称不全"),
 ],
 projects=[
  proj("广州致信药业有限公司精致中药饮片生产项目", AG, A1, companies=["广州致信药业有限公司"], opt=True, note="落户安国；园区由语境推定"),
  proj("河南百消丹保健食品及王老吉饮料生产项目", AG, A1, opt=True, note="落户安国；园区由语境推定"),
  proj("安国数字中药都项目", None, "此次28个项目集中奠基开工成为继“5.18”安国数字中药都项目奠基后又一个新的亮点", status="开工", status_text="奠基", opt=True),
 ],
 aggregate_facts=[
  fact(AG, "park", "projects_started", 28, "count", A0, "2014-06-18", note="今年第一批入园项目集中开工奠基"),
  fact(AG, "park", "projects_started_over_100m", 24, "count", A0, "2014-06-18", opt=True),
  fact(AG, "park", "projects_started_investment_cny", 1.1135e10, "cny", "累计投资111.35亿元", "2014-06-18", chk=True),
 ])

# ---------------------------------------------------------------- og02 通城 中医药产业园 (hbtctv 2018?)
YG = "湖北药姑山中医药健康科技产业园"
B0 = "日前,记者在通城县大坪乡药姑山南侧的湖北药姑山中医药健康科技产业园建设工地看到"
B1 = "为确保福人药业、庞大药业等企业早日入园落实"
G["og02"] = dict(
 article=art("通城投资4000万元推进中医药产业园建设", "通城县广播电视台网站 m.hbtctv.cn（署名 李嘉、杜海波）", "2018-06-25", "day",
  "County broadcaster's website, Hubei: a county's TCM health park under construction — investment so far, preparatory work done, two firms expected to enter, planned area and total investment",
  "http://m.hbtctv.cn/p/22077.html",
  "页面只有“06-25 09:26”，无年份；年份 2018 由页面正文配图路径 img.cjyun.org.cn/a/10132/201806/… 推定（不确定）。标题照录；时间行、配图网址、微信分享 JSON 与“相关阅读”已删；署名“(李嘉、杜海波)”在正文末，保留。园区：湖北药姑山中医药健康科技产业园（通城县大坪乡，咸宁，湖北；文中又作“产业园区”“该项目”）。园区本身即建设项目：“目前已投资4000万元”（累计完成投资，事实 cumulative），“总投资26.8亿元”（项目投资额，在建）。公司：福人药业、庞大药业（待入园，可选，park 记园区）。",
  "og02"),
 parks=[park(YG, "咸宁", "湖北", "产业园（中医药）", B0, district="通城县", note="位于大坪乡药姑山南侧；文中又作“产业园区”")],
 companies=[
  comp("福人药业", YG, B1, opt=True, note="待入园"),
  comp("庞大药业", YG, B1, opt=True, note="待入园"),
 ],
 projects=[
  proj("湖北药姑山中医药健康科技产业园", YG, "建设内容包括接待中心、园区景观建设、中心广场、水上乐园、中药博物馆、中医药研发中心、人工湖建设、药膳一条街、中医药加工区、中药物流园、中药百草园等,总投资26.8亿元",
       inv="总投资26.8亿元", status="在建", status_text="建设工地…园区建设有序推进", note="园区开发项目；已投资4000万元"),
 ],
 aggregate_facts=[
  fact(YG, "park", "investment_completed_cny", 4e7, "cny", "目前已投资4000万元", "2018年6月", kind="cumulative", chk=True),
  fact(YG, "park", "planned_area_km2", 3.513, "km2", "该项目规划用地3.513平方公里", "2018年6月"),
 ])

# ---------------------------------------------------------------- og03 陇西 三大药业项目同时开工 (每日甘肃网 2018)
LX = "陇西县经济开发区"
C0 = "当天上午,康美甘肃陇西健康小镇、神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目、陇西仓储物流基地建设项目同时开工"
C1 = "神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目,位于陇西县经济开发区,总占地120亩,总投资3.5亿元"
C2 = "集医疗康养、中医药文化交流、健康金融、会展商务等功能于一体的西北全生命健康小镇,项目计划总投资额60亿元"
C3 = "中国中药控股有限公司陇西仓储物流基地建设项目是定西2018年重点中医药产业建设项目之一,该项目开工建设"
G["og03"] = dict(
 article=art("三大药业项目陇西同时开工", "每日甘肃网（甘肃经济日报记者 庄俊康 丁陆军），载于 m.shzx.org", "2018-10-12", "day",
  "Provincial news portal relaying an economic daily, Gansu: three TCM-related projects start in a county on the day of a TCM expo — a health town, a pharmaceutical firm's granule plant in the county development zone with area, investment and expected output, a TCM group's storage base",
  "https://m.shzx.org/a/19-22078-0.html",
  "日期取电头“每日甘肃网陇西10月12日讯”，年份由文中“2018中国(甘肃)中医药产业博览会”“定西2018年重点…项目”得出。标题照录，正文两段，完整。园区：陇西县经济开发区（定西市陇西县，甘肃），神威项目“位于陇西县经济开发区”。项目三个，均“同时开工”→开工：康美甘肃陇西健康小镇（计划总投资额60亿元；园区未说，park null）；神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目（总投资3.5亿元，园区内；投产后年产值10亿元、利税1.5亿元为 target）；中国中药控股有限公司陇西仓储物流基地建设项目（无金额，park null）。公司：神威药业(甘肃)有限公司（园区内）、康美集团、中国中药控股有限公司（park null）。",
  "og03"),
 parks=[park(LX, "定西", "甘肃", "经济开发区", C1, district="陇西县")],
 companies=[
  comp("神威药业(甘肃)有限公司", LX, C1),
  comp("康美集团", None, "据了解,康美集团定位打造一个以智慧健康服务为核心", opt=True, note="康美甘肃陇西健康小镇的投资方"),
  comp("中国中药控股有限公司", None, C3, opt=True),
 ],
 projects=[
  proj("康美甘肃陇西健康小镇", None, C2, companies=["康美集团"], inv="计划总投资额60亿元", status="开工", status_text="同时开工", note="在陇西县，园区未说"),
  proj("神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目", LX, C1, companies=["神威药业(甘肃)有限公司"], inv="总投资3.5亿元", status="开工", status_text="同时开工"),
  proj("中国中药控股有限公司陇西仓储物流基地建设项目", None, C3, companies=["中国中药控股有限公司"], status="开工", status_text="开工建设", aliases=["陇西仓储物流基地建设项目"]),
 ],
 aggregate_facts=[
  fact("神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目", "project", "expected_annual_output_cny", 1e9, "cny", "可实现年产值10亿元、利税1.5亿元", "建成投产后（预计）", kind="target", chk=True),
  fact("神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目", "project", "expected_annual_profit_tax_cny", 1.5e8, "cny", "利税1.5亿元", "建成投产后（预计）", kind="target", chk=True, opt=True),
  fact("神威药业(甘肃)有限公司中药配方颗粒及中药大健康产业化建设项目", "project", "site_area_mu", 120, "mu", C1, "2018年10月", opt=True),
 ])

# ---------------------------------------------------------------- og04 衡水 农产品加工业暨预制菜大会 (中国新闻网 2023)
APF = "中国安平食品产业园"
D0 = "安平县围绕农产品加工业发展,规划建设了投资90亿元、占地面积近6000亩的中国安平食品产业园"
D1 = "目前,产业园基础设施建设已全面启动,首农预制菜等一批食品龙头企业签约入驻"
G["og04"] = dict(
 article=art("衡水首届农产品加工业暨预制菜产业发展大会启幕", "中国新闻网（崔志平 王鹏 陈娜），载于中国食品安全网 m.nwxdm.com（编辑:吕可意）", "2023-02-22", "day",
  "Food-safety portal relaying a national news agency item, Hebei: a city's agricultural-processing and prepared-food conference in a county — projects signed and total, a county food park with planned investment, area, firms signed and expected output, the city's processing firms and output",
  "https://m.nwxdm.com/www2/front/web/site.newshow?hyid=25&newsid=100532",
  "日期取页面“2023-02-22 08:55:38 来源:中国新闻网”；会在21日。标题照录；站头、日期来源行、“摘要:…”（与首段同文）及页脚已删；署名在正文末，保留。园区：中国安平食品产业园（衡水市安平县，河北）——规划投资90亿元、占地近6000亩（园区开发项目，基础设施建设已全面启动→在建）；首农预制菜签约入驻（公司，园区内）。大会签约13个项目、40.52亿元为衡水市层面（subject 衡水市，region）。产业园建成后年产值50亿元以上为 target。衡水市龙头企业103家、2022年农产品加工业产值800亿元为城市事实（可选）。",
  "og04"),
 parks=[park(APF, "衡水", "河北", "食品产业园", D0, district="安平县", note="文中又作“产业园”")],
 companies=[comp("首农预制菜", APF, D1, note="签约入驻；名称如文")],
 institutions=[inst("安平县人民政府", "衡水市农业农村局、安平县人民政府、饶阳县人民政府承办")],
 projects=[
  proj("中国安平食品产业园", APF, D0, inv="投资90亿元", status="在建", status_text="基础设施建设已全面启动", note="园区开发项目"),
 ],
 aggregate_facts=[
  fact("衡水市", "region", "projects_signed", 13, "count", "签订合作项目13个、总投资40.52亿元,签约项目涉及食品加工、预制菜、中药材等领域", "2023-02-21"),
  fact("衡水市", "region", "projects_signed_investment_cny", 4.052e9, "cny", "签订合作项目13个、总投资40.52亿元,签约项目涉及食品加工、预制菜、中药材等领域", "2023-02-21", chk=True),
  fact(APF, "park", "site_area_mu", 6000, "mu", D0, "规划", qual="约", qtext="近", opt=True),
  fact(APF, "park", "expected_annual_output_cny", 5e9, "cny", "产业园建成后,预计可实现年产值50亿元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("衡水市", "region", "agri_processing_output_cny", 8e10, "cny", "2022年全市农产品加工业产值达到800亿元", "2022年", opt=True, chk=True),
  fact("衡水市", "region", "leading_firms", 103, "count", "衡水市建成加工型市级以上农业产业化重点龙头企业103家", "2023年2月", opt=True),
 ])

# ---------------------------------------------------------------- og05 栾城 凯隆达 (栾城区融媒体中心 2023)
KL = "凯隆达中国农业食品创新产业园"
E0 = "其中,凯隆达中国农业食品创新产业园项目以建设2万吨低温立体冷库及1万平米低温加工车间为核心"
E1 = "目前,高端食品产研一体工业区的建设已完成90%,招商已完成80%。部分企业已经入驻并开始正常的生产经营"
G["og05"] = dict(
 article=art("（无标题）栾城区凯隆达中国农业食品创新产业园建设进展", "栾城区融媒体中心（通讯员 王燕 李世贤），载于石家庄广播电视台网站 sjzntv.cn", "2023-05-18", "day",
  "District media centre on the city broadcaster's site, Hebei: a district's food-industry drive — a named agricultural food park with its two zones' construction and leasing progress, the district's provincial and city key projects with total and annual investment",
  "http://www.sjzntv.cn/app/folder2583/folder2587/folder2614/2023-05-18/1549960.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2023-05-18。来源、编辑、责编行已删。正文四段，完整。园区：凯隆达中国农业食品创新产业园（文中作“凯隆达中国农业食品创新产业园项目”“凯隆达产业园项目”；栾城区，石家庄，河北）——园区开发项目，在建（产研一体工业区建设完成90%、肉食初级加工区30%）。无投资额。栾城区21个省市重点项目、总投资141.82亿元、年度计划投资36.71亿元为区层面（region）。",
  "og05"),
 parks=[park(KL, "石家庄", "河北", "产业园（农业食品）", E0, district="栾城区", aliases=["凯隆达产业园"], note="文中作“…产业园项目”")],
 projects=[
  proj("凯隆达中国农业食品创新产业园项目", KL, E0, status="在建", status_text="建设已完成90%…建设已完成30%", aliases=["凯隆达产业园项目"], note="园区开发项目，无金额"),
 ],
 aggregate_facts=[
  fact(KL, "park", "construction_progress_share", 0.9, "ratio", E1, "2023年5月", kind="ratio", opt=True, note="高端食品产研一体工业区"),
  fact(KL, "park", "leasing_progress_share", 0.8, "ratio", E1, "2023年5月", kind="ratio", opt=True, note="高端食品产研一体工业区招商"),
  fact(KL, "park", "planned_firms", 100, "count", "引进100多家畜禽及农副产品深加工、中央厨房、食品加工及食品配套等行业企业入园经营", "规划", kind="target", qual="余", qtext="多", opt=True),
  fact("栾城区", "region", "key_projects", 21, "count", "全区争列21个省市重点建设项目,总投资141.82亿元,年度计划投资36.71亿元", "2023年"),
  fact("栾城区", "region", "key_projects_total_investment_cny", 1.4182e10, "cny", "总投资141.82亿元,年度计划投资36.71亿元", "2023年", chk=True),
  fact("栾城区", "region", "planned_annual_investment_cny", 3.671e9, "cny", "年度计划投资36.71亿元", "2023年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- og06 梓潼 四川(绵阳)健康食品产业园 (绵阳日报 2023)
ZT = "梓潼经开区"
HF = "四川(绵阳)健康食品产业园"
F0 = "5月29日,在位于梓潼经开区的四川(绵阳)健康食品产业园,梓潼县梓昌商贸有限责任公司部门经理李昕霞正梳理着“文昌贡”系列清单"
F1 = "梓潼经开区自2022年成功挂牌全市首家健康食品产业园和全省唯一省级健康食品产业园以来,已经同预制菜及方便食品加工项目、盛品天火锅食材等17个项目签约,协议引资119.8亿元"
F2 = "目前园区健康食品企业达到55户,其中川调类企业23户"
G["og06"] = dict(
 article=art("四川(绵阳)健康食品产业园:提升产业集聚效应 打响特色产业品牌", "绵阳日报（绵报融媒记者 刘晓东），myrb.net", "2023-06-01", "day",
  "City daily, Sichuan: a county development zone's provincial health-food park — a trading firm preparing for an expo, the county's regional brand and intention contracts, projects signed with the agreed investment, food firms counted",
  "http://www.myrb.net/html/2023/news/6/352970.html",
  "日期取页面“发稿时间:2023-06-01 09:03 来源: 绵阳日报”。标题照录；站头、“摘要:…”（与首段同文）、图注“四川(绵阳)健康食品产业园”与记者署名行已删。存段在末段“2022年园区规上工业企业实现产值76.67亿元、同比增长7.31%,规上健康食品企”处中断，该句整句删去（make_txt.py LINE_SUFFIX），正文截至“…其中川调类企业23户。”，共四段。园区：梓潼经开区（梓潼县，绵阳，四川）；四川(绵阳)健康食品产业园位于其中（parent 梓潼经开区；2022年挂牌）。项目：“预制菜及方便食品加工项目”“盛品天火锅食材”（签约；17个项目协议引资119.8亿元为合计，不分摊）。公司：梓潼县梓昌商贸有限责任公司（园区内）。“累计签订意向合同2.02亿元”为品牌推介，非投资，可选事实。",
  "og06"),
 parks=[
  park(ZT, "绵阳", "四川", "经济开发区", F0, district="梓潼县", note="文中又作“园区”"),
  park(HF, "绵阳", "四川", "食品产业园", F0, district="梓潼县", parent=ZT, note="全省唯一省级健康食品产业园"),
 ],
 companies=[comp("梓潼县梓昌商贸有限责任公司", HF, F0)],
 projects=[
  proj("预制菜及方便食品加工项目", ZT, F1, status="签约", status_text="签约"),
  proj("盛品天火锅食材", ZT, F1, status="签约", status_text="签约"),
 ],
 aggregate_facts=[
  fact(ZT, "park", "projects_signed", 17, "count", F1, "2022年至2023年5月", kind="cumulative"),
  fact(ZT, "park", "projects_signed_investment_cny", 1.198e10, "cny", "协议引资119.8亿元", "2022年至2023年5月", kind="cumulative", chk=True),
  fact(ZT, "park", "health_food_firms", 55, "count", F2, "2023年5月"),
  fact(ZT, "park", "sichuan_seasoning_firms", 23, "count", F2, "2023年5月", opt=True),
  fact("梓潼县", "region", "intention_contracts_cny", 2.02e8, "cny", "累计签订意向合同2.02亿元", "2022年3月至2023年5月", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- og07 湖南 安仁 / 涟源 国家现代农业产业园 (华声在线 2024)
AR = "安仁县现代农业产业园"
LY = "涟源市现代农业产业园"
H0 = "2023年园区总产值50.53亿元,园区内农村居民人均可支配收入2.18万元"
H1 = "集聚规模以上农产品加工企业20家,其中国家级龙头企业1家,2023年园区总产值103.24亿元"
G["og07"] = dict(
 article=art("我省再添两个国家现代农业产业园建设项目 分别位于安仁县、涟源市", "华声在线（湖南日报社，全媒体记者 胡盼盼，通讯员 唐湘北），xczx.voc.com.cn", "2024-06-20", "day",
  "Provincial news portal, Hunan: two county-level modern agricultural industrial parks approved as national projects — leading industries, township coverage, 2023 output, processing firms and leading firms, farmers' income; the province's national parks counted and ranked",
  "https://xczx.voc.com.cn/article/202406/202406200931047227.html",
  "日期取页面“2024-06-20 09:31:04”（电头6月19日）。标题照录，连同副题“分别位于安仁县、涟源市”；责编、字体行、审校行与“焦点图”已删。正文四段，完整。园区：安仁县现代农业产业园（郴州，湖南）、涟源市现代农业产业园（娄底，湖南）——获批国家现代农业产业园项目建设。鼎城区、安化县、靖州、湘潭县、芙蓉区的国家产业园只在排名中出现，园区名未写全，不列。事实：两园2023年总产值；涟源规上加工企业20家、国家级龙头1家；农民人均可支配收入（可选）；湖南累计获批12个（region，可选）。",
  "og07"),
 parks=[
  park(AR, "郴州", "湖南", "国家现代农业产业园", "此次获批的安仁县现代农业产业园以油菜为主导产业,覆盖6个乡镇", district="安仁县"),
  park(LY, "娄底", "湖南", "国家现代农业产业园", "涟源市现代农业产业园以优质稻和萝卜为主导产业,包含6个乡镇(办事处)", district="涟源市"),
 ],
 aggregate_facts=[
  fact(AR, "park", "output_cny", 5.053e9, "cny", H0, "2023年", chk=True),
  fact(AR, "park", "rural_income_per_capita_cny", 2.18e4, "cny", "园区内农村居民人均可支配收入2.18万元", "2023年", opt=True, chk=True),
  fact(LY, "park", "above_scale_processing_firms", 20, "count", H1, "2024年6月"),
  fact(LY, "park", "national_leading_firms", 1, "count", H1, "2024年6月", opt=True),
  fact(LY, "park", "output_cny", 1.0324e10, "cny", "2023年园区总产值103.24亿元", "2023年", chk=True),
  fact(LY, "park", "rural_income_per_capita_cny", 2.11e4, "cny", "2023年园区农民人均可支配收入2.11万元", "2023年", opt=True, chk=True),
  fact("湖南省", "region", "national_agri_parks", 12, "count", "目前,湖南累计获批建设国家现代农业产业园12个", "2024年6月", kind="cumulative", opt=True),
 ])
