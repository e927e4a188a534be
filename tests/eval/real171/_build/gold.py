# real171 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (vn03 is traditional script as published by 香港商报, the rest simplified);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts. Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none (a county or district is not a park). Status from the text's words (签约 → 签约;
# 开工 → 开工; 竣工试产 → 投产 with status_alt 竣工; 落地 alone → no status). Quarter / year counts are kind reported with
# the period in as_of; approved planning areas (“至2035年”) are kind target. Sources are `search` excerpts typed into
# _raw/pages/vnNN.raw as returned.

# ---------------------------------------------------------------- vn01 三山经济开发区 2023 Q1 (hexifund.com)
SS = "三山经济开发区"
A1 = "三山经济开发区2023年第一季度集中签约的重点项目共有22个,总投资120.8亿元"
A2 = "其中有投资85亿元的宝锦新能源汽车轻量化产业基地项目,总投资5.5亿元的年产1万吨汽车轻量化材料项目,总投资5亿元的100兆瓦光伏电站项目,以及投资1亿元的安徽绿普年产3万吨分布式秸秆制糖项目等"
A3 = "三山经济开发区一季度集中开工的重大项目共有13个,总投资333.2亿元"
A4 = "其中,总投资320亿元的世纪珑腾智算互联网产业园项目尤为引人注目"
AQ = "2023年第一季度"
G["vn01"] = dict(
 article=art("三山经济开发区2023年第一季度招商项目集中开工暨芜湖珑腾智算互联网产业园项目开工活动隆重举行", "hexifund.com 新闻页（原发单位未署）", "2023-03-31", "day",
  "Investment-company site relaying a zone's news, Anhui (芜湖): a provincial economic development zone's Q1 signing and groundbreaking — counts and totals, four named signed projects with amounts, one named 320亿元 project started",
  "http://hexifund.com/display.php?id=468",
  "日期取页面“发布日期:2023-03-31”。标题照录。正文三段；末句在“将为三山经开区高质量发”处断（存储摘录到此为止），已切去该半句，正文止于“…全面推进。”。园区：三山经济开发区（芜湖市三山区，安徽；文中未写“芜湖”二字于园区名中，城市由标题“芜湖珑腾…”及“芜湖数据集群三山起步区”推断）。“芜湖数据集群三山起步区”列为可选园区（三山经济开发区内的起步区）。签约项目四个（签约，金额照录“投资/总投资”）；开工项目：世纪珑腾智算互联网产业园项目（标题作“芜湖珑腾智算互联网产业园项目”，别名）。季度签约22个/120.8亿元、开工13个/333.2亿元为园区事实。",
  "vn01"),
 parks=[
  park(SS, "芜湖", "安徽", "经济开发区", A1, district="三山区"),
  park("芜湖数据集群三山起步区", "芜湖", "安徽", "起步区", "芜湖数据集群三山起步区自启动建设以来,发展势头良好", district="三山区", parent=SS, opt=True, note="数据集群的起步区，是否为园区存疑"),
 ],
 companies=[
  comp("安徽绿普", SS, A2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("宝锦新能源汽车轻量化产业基地项目", SS, A2, inv="85亿元", status="签约", status_text="集中签约"),
  proj("年产1万吨汽车轻量化材料项目", SS, A2, inv="5.5亿元", status="签约", status_text="集中签约"),
  proj("100兆瓦光伏电站项目", SS, A2, inv="5亿元", status="签约", status_text="集中签约"),
  proj("安徽绿普年产3万吨分布式秸秆制糖项目", SS, A2, companies=["安徽绿普"], inv="1亿元", status="签约", status_text="集中签约"),
  proj("世纪珑腾智算互联网产业园项目", SS, A4, inv="320亿元", status="开工", status_text="集中开工", aliases=["芜湖珑腾智算互联网产业园项目"]),
 ],
 aggregate_facts=[
  fact(SS, "park", "projects_signed", 22, "count", A1, AQ),
  fact(SS, "park", "projects_signed_investment_cny", 1.208e10, "cny", "集中签约的重点项目共有22个,总投资120.8亿元", AQ, chk=True),
  fact(SS, "park", "projects_started", 13, "count", A3, AQ),
  fact(SS, "park", "projects_started_investment_cny", 3.332e10, "cny", "集中开工的重大项目共有13个,总投资333.2亿元", AQ, chk=True),
 ])

# ---------------------------------------------------------------- vn02 合肥新站高新区 2024 Q3 signing (人民网 via 网易号)
XZ = "合肥新站高新区"
B1 = "合肥新站高新区举行2024年第三季度招商引资项目集中签约活动,25个代表项目现场签约,投资总额达62.85亿元"
B2 = "去年5月,新站高新区设立百亿母基金"
B3 = "签约企业、苏州钢之星精工科技有限公司总裁李海表示"
B4 = "此次签约后,将在新站设立生产基地,开展金属材料制造、研发及相关产品销售,预计2029年度实现营收约20亿元"
B5 = "深圳指南星程智能科技有限公司创始人陈洵表示,签约后将尽快落地投产、进入市场"
fund_xz = fund("百亿母基金", XZ, B2, note="“百亿母基金”：规模按“百亿”记为100亿元；文中无正式名称")
fund_xz["size_cny"] = 1e10
fund_xz["size_type"] = "target"
G["vn02"] = dict(
 article=art("（无标题）合肥新站高新区2024年第三季度招商引资项目集中签约 25个项目投资总额62.85亿元", "人民网（记者赵越），转载于网易号", "2024-08-21", "day",
  "National paper's provincial channel relayed on a portal account, Anhui (合肥): a high-tech zone's quarterly signing — count and total, its 100亿 mother fund, two signed firms quoted with plans",
  "https://m.163.com/dy/article/JA4QB90O05346936.html",
  "存储摘录无标题行，以电头“人民网合肥8月21日电(记者赵越)”开篇；标题为概括。删去“打开网易新闻 查看精彩图片”两行与图片说明“签约仪式。合肥新站高新区供图”；最后一段（“目前,该区锚定…推动传统产业转型升级”，摘录在此断开）与其前的图片说明未收，正文止于陈洵一段。园区：合肥新站高新区（又作“新站高新区”，“新站”单用不作别名）。基金：去年5月设立的“百亿母基金”（规模100亿元按“百亿”计，size_type target）。公司：苏州钢之星精工科技有限公司（“将在新站设立生产基地”→园区新站）、深圳指南星程智能科技有限公司（签约企业，园区由语境推断，可选）。25个项目均未具名，不列项目。市创新投、兴泰创投为母基金合作机构（可选机构）。钢之星2029年营收约20亿元为企业预期（可选事实）。",
  "vn02"),
 parks=[
  park(XZ, "合肥", "安徽", "高新区", B1, aliases=["新站高新区"]),
 ],
 companies=[
  comp("苏州钢之星精工科技有限公司", XZ, B3, note="此次签约后,将在新站设立生产基地"),
  comp("深圳指南星程智能科技有限公司", XZ, B5, opt=True, note="签约企业；园区由语境推断"),
 ],
 institutions=[
  inst("市创新投", "为市创新投、兴泰创投等6家母基金合作机构颁发", kind="investor", park=XZ),
  inst("兴泰创投", "为市创新投、兴泰创投等6家母基金合作机构颁发", kind="investor", park=XZ),
 ],
 funds=[fund_xz],
 aggregate_facts=[
  fact(XZ, "park", "projects_signed", 25, "count", B1, "2024年第三季度"),
  fact(XZ, "park", "projects_signed_investment_cny", 6.285e9, "cny", "25个代表项目现场签约,投资总额达62.85亿元", "2024年第三季度", chk=True),
  fact("苏州钢之星精工科技有限公司", "company", "revenue_cny", 2e9, "cny", "预计2029年度实现营收约20亿元", "2029年度（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- vn03 安徽巢湖經開區 seed fund (香港商报网 2023)
CH = "安徽巢湖經開區"
C1 = "安徽巢湖經開區瞄準戰略新興與科創產業靶心,與合肥市屬平台創新探索合作設立科創種子基金,並於9月15日順利完成基金合夥簽約"
C2 = "本次聯合設立的合肥產投科創種子基金規模為5億元"
G["vn03"] = dict(
 article=art("安徽巢湖經開區:設立種子基金促活科創「最先一公里」", "香港商報網（巫義明 湯娜 龔舒斌）", "2023-09-19", "day",
  "Hong Kong newspaper's Anhui page (traditional script as published), Anhui (合肥 巢湖): an economic development zone sets up a 5億元 seed fund with a Hefei city platform; partner colleges",
  "https://hkcd.com/content_p/2023-09/19/content_159643.html",
  "繁体字为原刊（香港商报），未转换。日期取页面“2023-09-19 来源:香港商報網”。删去栏目路径、日期来源行、图片文件名行与“[责任编辑:严燕红 ]”；署名在末段末，保留。正文四段，完整。园区：安徽巢湖經開區（合肥市巢湖市，安徽；“安巢特色”中的“安巢”不作园区别名）。基金：合肥產投科創種子基金，規模5億元，园区安徽巢湖經開區；9月15日完成合伙签约。合工大智能研究院、巢湖學院为合作院校（可选机构）。",
  "vn03"),
 parks=[
  park(CH, "合肥", "安徽", "经济开发区", C1, district="巢湖市"),
 ],
 institutions=[
  inst("合工大智能研究院", "與合工大智能研究院、巢湖學院等高校院所深化合作", kind="research", park=CH),
  inst("巢湖學院", "與合工大智能研究院、巢湖學院等高校院所深化合作", kind="university", park=CH),
 ],
 funds=[
  fund("合肥產投科創種子基金", CH, C2, size="5億元", size_type="target", note="聯合設立；規模5億元；又称“科創種子基金”“種子基金”", aliases=["科創種子基金"]),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- vn04 宿州马鞍山现代产业园区 profile (宿马园区管委会 2025)
SM = "宿州马鞍山现代产业园区"
D1 = "宿州马鞍山现代产业园区,成立于2012年1月,是在省委、省政府振兴皖北战略部署下,依托京沪高铁宿州东站规划建设的园区,由马鞍山、宿州两市合作共建"
D2 = "园区规划面积30平方公里,已建成约18平方公里,现托管宿州市埇桥区11个行政村、105平方公里,常住人口约8万人"
D3 = "目前已落户山鹰、泰盛、马钢智信等一批行业龙头企业"
DA = "2025年12月"
G["vn04"] = dict(
 article=art("宿州马鞍山现代产业园区简介", "宿马园区管委会（suma.ahsz.gov.cn）", "2025-12-22", "day",
  "Government zone website, Anhui (宿州): profile of a north–south cooperation park co-built by 马鞍山 and 宿州 — founding, planned and built area, industries, leading firms, schools and housing",
  "https://suma.ahsz.gov.cn/public/2655675/190523571.html",
  "日期取页面“发表时间:2025-12-22 15:13”。标题照录；来源、浏览量、发表时间、编辑行及页脚已删。正文两段，完整。园区：宿州马鞍山现代产业园区（宿州市，埇桥区托管村；“宿马园区”只在已删的来源/编辑行中，不作别名）。公司：山鹰、泰盛、马钢智信（已落户，园区宿马）。事实：规划面积30平方公里、已建成约18平方公里、托管105平方公里、常住人口约8万人、建成学校29所（后三者可选）。",
  "vn04"),
 parks=[
  park(SM, "宿州", "安徽", "合作共建园区", D1, district="埇桥区", note="马鞍山、宿州两市合作共建；全省“3+7”南北合作共建园区之一"),
 ],
 companies=[
  comp("山鹰", SM, D3),
  comp("泰盛", SM, D3),
  comp("马钢智信", SM, D3),
 ],
 institutions=[
  inst("浙大一院宿州分院", "委托浙江大学第一附属医院管理的三级综合医院浙大一院宿州分院,已于2025年12月19日正式开诊", kind="hospital", park=SM),
 ],
 aggregate_facts=[
  fact(SM, "park", "planned_area_km2", 30, "km2", D2, DA),
  fact(SM, "park", "built_area_km2", 18, "km2", D2, DA, qual="约", qtext="约"),
  fact(SM, "park", "managed_area_km2", 105, "km2", D2, DA, opt=True, note="托管埇桥区11个行政村、105平方公里"),
  fact(SM, "park", "population", 80000, "persons", D2, DA, qual="约", qtext="约", opt=True),
  fact(SM, "park", "schools_built", 29, "count", "先后建成29所学校", DA, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vn05 万马淮海(段园)智造产业园 signing (中安在线 2021)
WM = "万马淮海(段园)智造产业园"
E1 = "8月16日上午,淮北市杜集区与万马淮海(段园)智造产业园项目签约仪式成功举行"
E2 = "万马淮海(段园)智造产业园项目计划投资12亿元,规划占地600亩,项目将分三期进行建设,其中一期计划用地150亩,计划投资3亿元"
E3 = "万马联合控股集团有限公司总裁何若虚表示,段园地理区位优越,万马有信心也有能力,依托自身实业优势和制造业智能化转型经验,高标准做好园区建设、招商和运营管理工作"
G["vn05"] = dict(
 article=art("淮北杜集区与万马淮海(段园)智造产业园项目成功签约", "中安在线 anhuinews.com（韩伟 张晔）", "2021-08-18", "day",
  "Provincial news portal's district channel, Anhui (淮北 杜集区): a district signs with a private group for a planned smart-manufacturing park — investment, land, phases, industries",
  "http://ah.anhuinews.com/hb/xq/dj/202108/t20210818_5435515.html",
  "日期取页面“2021年08月18日 作者: 韩伟 张晔”。标题照录；位置导航、日期作者行、图片文件名行已删；末段“杜集区委常委、常务副区长史庆超与万马产发集团副总裁”在摘录中断开，未收；正文止于项目投资一段。园区：万马淮海(段园)智造产业园（淮北市杜集区段园镇，规划中的产业园）。项目：万马淮海(段园)智造产业园项目，签约，计划投资12亿元；一期计划投资3亿元（可选）。项目所在园区：文中只给杜集区（区不是园区），记为 null。公司：万马联合控股集团有限公司（又称“万马集团”），为园区建设运营方，园区链接记为该产业园但列为可选。规划占地600亩为事实。",
  "vn05"),
 parks=[
  park(WM, "淮北", "安徽", "产业园", E1, district="杜集区", note="签约拟建；以高端装备制造为主导"),
 ],
 companies=[
  comp("万马联合控股集团有限公司", WM, E3, aliases=["万马集团"], opt=True, note="园区建设、招商和运营方；园区链接存疑"),
 ],
 projects=[
  proj("万马淮海(段园)智造产业园项目", None, E2, companies=["万马联合控股集团有限公司"], inv="12亿元", status="签约", status_text="签约仪式成功举行",
       note="“计划投资12亿元”；所在地杜集区（区不是园区）"),
  proj("万马淮海(段园)智造产业园项目一期", None, E2, companies=["万马联合控股集团有限公司"], inv="3亿元", phase="一期", status="planned", status_text="一期计划投资",
       opt=True, note="一期计划用地150亩，计划投资3亿元"),
 ],
 aggregate_facts=[
  fact(WM, "park", "planned_area_mu", 600, "mu", E2, "签约时（2021年8月）", kind="target"),
 ])

# ---------------------------------------------------------------- vn06 宿州经开区 十四五 feature (人民网 via 网易号)
SZ = "宿州经开区"
F1 = "京台高速以东,宿州经开区一片忙碌景象。安徽鑫祺泰活性炭有限公司的厂房内,工人们正对生产线进行最后调试——这个中国北方最大的木质活性炭生产基地即将正式投产"
F2 = "东部化工园区已集聚医药化工企业50余家,其中规上企业37家"
F3 = "西部制鞋产业城落户百丽鞋业、恒邦新材料等鞋服及户外用品类企业90余家,其中规上企业44家"
F4 = "圣茂(安徽)农业科技发展有限公司的年产5000吨农药制剂项目,从开工建设到竣工试产仅用8个月时间"
FA = "“十四五”期间（报道时）"
G["vn06"] = dict(
 article=art("宿州经开区“十四五”成就巡礼系列报道① 产业聚变 动能澎湃 铸就皖北振兴强劲引擎", "人民网-安徽频道（记者吕欢欢），转载于网易号", "2025-12", "uncertain",
  "National paper's provincial channel feature relayed on a portal account, Anhui (宿州): a provincial economic development zone's five-year review — two sub-parks with firm counts, named firms, a project completed in eight months",
  "https://www.163.com/dy/article/KK4KOTVJ0530QRMB.html",
  "摘录无日期；“十四五”成就巡礼，文中提到2023年获称号，估计刊于2025年末或2026年初（网易号文章编号介于2025-03与之后），precision uncertain。标题为系列名与主题两行，以空格连接；删“本文转自:人民网-安徽频道”、记者行、图片占位“![]()”及图片说明“宿州传化“公路港”物流产业园项目建成投产。 宿州经开区供图”（说明未收，传化公路港项目因此不列）。末句“公司相关负责人表示:“这样的速度得益于园区的高效服务”在摘录中断开，已切去。园区：宿州经开区（省级开发区）；东部化工园区、西部制鞋产业城为区内片区（可选园区，parent 宿州经开区）。公司：安徽鑫祺泰活性炭有限公司、百丽鞋业、恒邦新材料（西部制鞋产业城）、圣茂(安徽)农业科技发展有限公司（园区由语境推断）。项目：圣茂年产5000吨农药制剂项目（竣工试产→投产，status_alt 竣工）；鑫祺泰木质活性炭生产基地（即将投产，可选，无状态词）。",
  "vn06", title_note="两行标题以空格连接"),
 parks=[
  park(SZ, "宿州", "安徽", "经济开发区", F1, note="文中称“皖北的省级开发区”"),
  park("东部化工园区", "宿州", "安徽", "化工园区", F2, parent=SZ, opt=True, note="宿州经开区东部片区"),
  park("西部制鞋产业城", "宿州", "安徽", "产业城", F3, parent=SZ, opt=True, note="宿州经开区西部片区"),
 ],
 companies=[
  comp("安徽鑫祺泰活性炭有限公司", SZ, F1),
  comp("百丽鞋业", SZ, F3, note="落户西部制鞋产业城"),
  comp("恒邦新材料", SZ, F3, note="落户西部制鞋产业城"),
  comp("圣茂(安徽)农业科技发展有限公司", SZ, F4, opt=True, note="“无独有偶”承上文园区服务；园区由语境推断"),
 ],
 projects=[
  proj("年产5000吨农药制剂项目", SZ, F4, companies=["圣茂(安徽)农业科技发展有限公司"], status="投产", status_text="竣工试产", status_alt="竣工",
       note="从开工建设到竣工试产仅用8个月"),
  proj("木质活性炭生产基地", SZ, F1, companies=["安徽鑫祺泰活性炭有限公司"], status=None, status_text="即将正式投产", opt=True,
       note="“中国北方最大的木质活性炭生产基地”，非正式项目名"),
 ],
 aggregate_facts=[
  fact("东部化工园区", "park", "firms", 50, "count", F2, FA, qual="余", qtext="余", note="医药化工企业"),
  fact("东部化工园区", "park", "above_scale_firms", 37, "count", F2, FA),
  fact("西部制鞋产业城", "park", "firms", 90, "count", F3, FA, qual="余", qtext="余", note="鞋服及户外用品类企业"),
  fact("西部制鞋产业城", "park", "above_scale_firms", 44, "count", F3, FA),
 ])

# ---------------------------------------------------------------- vn07 阜南经济开发区 expansion (ah.ifeng, 阜阳“政能量”)
FN = "阜南经济开发区"
H1 = "据了解,成立于2006年的阜南经济开发区是省级开发园区"
H2 = "由637.31公顷扩大至978.29公顷"
H3 = "2023年,全区规模以上工业企业完成总产值同比增长27.4%,工业增加值同比增长16.8%。累计完成固定资产投资同比增长7.4%"
H4 = "全年引进外来投资项目36个,协议投资额190亿元"
H5 = "包括总投资100亿元的比亚迪(阜阳)新能源汽车零部件、总投资102亿元的纽龙船舶动力(阜南)海洋高端装备制造研发生产项目等一批大项目的相继落地"
Y3 = "2023年"
G["vn07"] = dict(
 article=art("省政府批复!阜阳这里扩区!", "凤凰网安徽（ah.ifeng.com），阜阳“政能量”工作室", "2024", "year",
  "Provincial portal relaying a city government media studio, Anhui (阜阳 阜南县): a provincial zone's approved expansion — area before and after, 2023 growth rates, projects introduced and contracted investment, two named 100亿-level projects",
  "https://ah.ifeng.com/c/8XbEW59klQM",
  "摘录无日期；文中“2023年…全年引进外来投资项目36个”为已完成年度数据，故刊于2024年（按内容推断，precision year）。标题照录（页面重复一次，删第二次）。开头短句逐行为段照录。末句“刘金堂表示,下一步,将围绕市委对”在摘录中断开，已切去。园区：阜南经济开发区（又作“安徽阜南经济开发区”；阜阳市阜南县，省级）。扩区：总体规划用地面积由637.31公顷扩大至978.29公顷（至2035年，target）。项目：比亚迪(阜阳)新能源汽车零部件（100亿元）、纽龙船舶动力(阜南)海洋高端装备制造研发生产项目（102亿元），“相继落地”→无状态。2023年增速与引资为园区事实（“全区”指开发区）。",
  "vn07"),
 parks=[
  park(FN, "阜阳", "安徽", "经济开发区", H1, district="阜南县", aliases=["安徽阜南经济开发区"]),
 ],
 companies=[
  comp("比亚迪", FN, H5, opt=True, note="只在项目名“比亚迪(阜阳)新能源汽车零部件”中"),
 ],
 projects=[
  proj("比亚迪(阜阳)新能源汽车零部件", FN, H5, companies=["比亚迪"], inv="100亿元", status=None, status_text="相继落地"),
  proj("纽龙船舶动力(阜南)海洋高端装备制造研发生产项目", FN, H5, inv="102亿元", status=None, status_text="相继落地"),
 ],
 aggregate_facts=[
  fact(FN, "park", "planned_area_ha", 978.29, "ha", H2, "至2035年（扩区后）", kind="target"),
  fact(FN, "park", "planned_area_ha_before", 637.31, "ha", H2, "扩区前", opt=True),
  fact(FN, "park", "industrial_output_growth", 0.274, "ratio", H3, Y3, kind="ratio", note="规上工业总产值同比增长"),
  fact(FN, "park", "industrial_value_added_growth", 0.168, "ratio", H3, Y3, kind="ratio"),
  fact(FN, "park", "fixed_asset_investment_growth", 0.074, "ratio", H3, Y3, kind="ratio"),
  fact(FN, "park", "manufacturing_fai_growth", 0.904, "ratio", "其中:制造业固定资产投资同比增长90.4%", Y3, kind="ratio", opt=True),
  fact(FN, "park", "tech_renovation_investment_growth", 2.016, "ratio", "技改投资同比增长201.6%", Y3, kind="ratio", opt=True),
  fact(FN, "park", "projects_introduced", 36, "count", H4, Y3),
  fact(FN, "park", "contracted_investment_cny", 1.9e10, "cny", "协议投资额190亿元", Y3, chk=True),
 ])

# ---------------------------------------------------------------- vn08 安徽省政府 批复 调扩区 (relayed by csjcs.com)
YZ, FY, YX, DT, YS = "安徽阜阳颍州经济开发区", "安徽凤阳经济开发区", "安徽岳西经济开发区", "安徽当涂经济开发区", "安徽马鞍山雨山经济开发区"
K0 = "关于安徽阜阳颍州经济开发区等调扩区的请示悉"
K1 = "同意安徽阜阳颍州经济开发区、安徽凤阳经济开发区、安徽岳西经济开发区调区,调整后的总体规划用地面积分别不得突破1107公顷、2157.55公顷、239.82公顷"
K2 = "同意安徽当涂经济开发区、安徽马鞍山雨山经济开发区扩区,总体规划用地面积分别由391.69公顷、470.12公顷扩大至945.74公顷、964.65公顷(至2035年)"
KA = "调区后（批复）"
KB = "至2035年（扩区后）"
G["vn08"] = dict(
 article=art("安徽省政府批复 同意多个开发区调扩区", "csjcs.com（“聚焦长三角”栏目），转载安徽省人民政府批复", "unknown", "unknown",
  "Government notice (provincial approval) relayed by a regional news site, Anhui (阜阳, 滁州, 安庆, 马鞍山): five provincial economic development zones adjusted or expanded — capped and expanded planning areas",
  "https://www.csjcs.com/news/show/134/1560408_0.html",
  "摘录无日期与文号；规划期“至2035年”，批复日期文中未给（published unknown）。标题为转载网站所拟；正文自批复标题行起（其中多个空格照录），止于第四条；落款“安徽省人民政府”（单独一行）与网站声明、页脚已删。园区五个：安徽阜阳颍州经济开发区（阜阳）、安徽凤阳经济开发区（滁州）、安徽岳西经济开发区（安庆）调区；安徽当涂经济开发区、安徽马鞍山雨山经济开发区（马鞍山）扩区。城市按抬头“阜阳、滁州、马鞍山、安庆市人民政府”与园区名对应（由名称推断）。面积：调区后上限（不得突破）记 target；扩区前后面积，扩区后记 target、扩区前可选。",
  "vn08"),
 parks=[
  park(YZ, "阜阳", "安徽", "经济开发区", K1, district="颍州区"),
  park(FY, "滁州", "安徽", "经济开发区", K1, district="凤阳县"),
  park(YX, "安庆", "安徽", "经济开发区", K1, district="岳西县"),
  park(DT, "马鞍山", "安徽", "经济开发区", K2, district="当涂县"),
  park(YS, "马鞍山", "安徽", "经济开发区", K2, district="雨山区"),
 ],
 institutions=[
  inst("安徽省人民政府", "安徽省人民政府关于同意   安徽阜阳颍州经济开发区等调扩区的批复", kind="government"),
  inst("省自然资源厅", "上述开发区四至范围由省自然资源厅依法核定,另行报批", kind="government"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "planned_area_ha_cap", 1107, "ha", K1, KA, kind="target", note="调整后总体规划用地面积不得突破"),
  fact(FY, "park", "planned_area_ha_cap", 2157.55, "ha", K1, KA, kind="target", note="同上"),
  fact(YX, "park", "planned_area_ha_cap", 239.82, "ha", K1, KA, kind="target", note="同上"),
  fact(DT, "park", "planned_area_ha", 945.74, "ha", K2, KB, kind="target"),
  fact(YS, "park", "planned_area_ha", 964.65, "ha", K2, KB, kind="target"),
  fact(DT, "park", "planned_area_ha_before", 391.69, "ha", K2, "扩区前", opt=True),
  fact(YS, "park", "planned_area_ha_before", 470.12, "ha", K2, "扩区前", opt=True),
 ])
