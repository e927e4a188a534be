# real267 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all items simplified script as published); names as written; 超/超过/以上/突破 → 超,
# 余/多 → 余, 约/近 → 约. Yuan in investment_cny / *_cny facts. Growth rates and shares as ratios. Year figures reported after
# the year are kind reported; “截至目前” / “今年来” counts are cumulative; “预计” figures are target.

# ---------------------------------------------------------------- rf01 厦门火炬高新区 2020 成绩单 (海峡网 2021-01-25)
HJ = "火炬高新区"
A1 = "2020年,火炬高新区实现规上工业总产值3011.6亿元;实现工业增加值757.5亿元,同比增长7%"
A2 = "2020年,高新区完成全社会固投282.7亿元,同比增长16.8%"
A3 = "工业固投220.9亿元,同比增长22.2%,占全市工业投资的53.4%"
A4 = "新引进海辰、神州鲲泰2个百亿级项目和隆利背光模组、激光陀螺等24个十亿级项目,全年完成落地项目1259个,总投资1769亿元"
AS = "2020年"
G["rf01"] = dict(
 article=art("（无标题）厦门火炬高新区2021年度工作会议发布2020年成绩单", "海峡网（hxnews.com，闽南新闻·厦门新闻栏；存段无标题、无署名）", "2021-01-25", "day",
  "Provincial news portal's city channel, Fujian: a national high-tech zone's 2020 results from its annual work meeting — industrial output and value added, fixed-asset investment, land, firm counts, high-tech firms, projects landed with total investment, foreign capital",
  "http://hxnews.com/news/fj/mn/xm/202101/25/1957584.shtml",
  "日期取网址 202101/25。存段无标题行（title 为编者概括）。末段“产业转型升级成效显著…更是实现两位”在句中中断，整段删去，正文截至“…居全市前列。”，共五段。园区：火炬高新区（厦门火炬高新区，文中首现“厦门火炬高新区”；厦门市，福建；国家高新区）；厦门软件园为园中园（可选，母园区由语境推定）。项目：海辰、神州鲲泰（百亿级项目，新引进）与隆利背光模组、激光陀螺（十亿级项目）——只有量级区间，无具体金额，无阶段词（“新引进”），列为可选项目、status 空。事实：规上工业总产值、工业增加值及增速、全社会固投及增速、项目投资增速、工业固投及增速和占比、新增产业用地、净增企业、国家级高企1056家、落地项目1259个及总投资1769亿元、实际利用外资30亿元（“累计”，单位元未写明币种，记 cny 可选）。",
  "rf01"),
 parks=[
  park(HJ, "厦门", "福建", "高新区", "近日召开的厦门火炬高新区2021年度工作会议,发布了高新区2020年成绩单", aliases=["厦门火炬高新区"], note="文中又作“高新区”“园区”；国家高新区"),
  park("厦门软件园", "厦门", "福建", "软件园", "厦门软件园获评首批国家数字服务出口基地", parent=HJ, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("海辰", HJ, A4, opt=True, note="百亿级项目，以企业简称出现"),
  comp("神州鲲泰", HJ, A4, opt=True, note="百亿级项目"),
 ],
 projects=[
  proj("海辰", HJ, A4, companies=["海辰"], opt=True, note="新引进百亿级项目；无具体金额，无阶段"),
  proj("神州鲲泰", HJ, A4, companies=["神州鲲泰"], opt=True, note="新引进百亿级项目；无具体金额，无阶段"),
  proj("隆利背光模组", HJ, A4, opt=True, note="新引进十亿级项目"),
  proj("激光陀螺", HJ, A4, opt=True, note="新引进十亿级项目"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "industrial_output_cny", 3.0116e11, "cny", A1, AS, chk=True, note="规上工业总产值"),
  fact(HJ, "park", "industrial_value_added_cny", 7.575e10, "cny", "实现工业增加值757.5亿元,同比增长7%", AS, chk=True),
  fact(HJ, "park", "industrial_value_added_yoy_growth", 0.07, "ratio", "实现工业增加值757.5亿元,同比增长7%", AS, kind="ratio"),
  fact(HJ, "park", "fixed_asset_investment_cny", 2.827e10, "cny", A2, AS, chk=True),
  fact(HJ, "park", "fixed_asset_investment_yoy_growth", 0.168, "ratio", A2, AS, kind="ratio"),
  fact(HJ, "park", "project_investment_yoy_growth", 0.365, "ratio", "项目投资同比增长36.5%", AS, kind="ratio", opt=True),
  fact(HJ, "park", "industrial_investment_cny", 2.209e10, "cny", A3, AS, chk=True),
  fact(HJ, "park", "industrial_investment_yoy_growth", 0.222, "ratio", A3, AS, kind="ratio", opt=True),
  fact(HJ, "park", "new_industrial_land_km2", 1.6, "km2", "园区新增建设产业用地1.6平方公里", AS, opt=True),
  fact(HJ, "park", "firms_net_added", 2236, "count", "净增企业2236家,企业总数历史性地突破万家", AS),
  fact(HJ, "park", "firms", 10000, "count", "净增企业2236家,企业总数历史性地突破万家", "2020年末", qual="超", qtext="突破", opt=True),
  fact(HJ, "park", "national_high_tech_firms", 1056, "count", "国家级高企总数突破千家(1056家)", "2020年末"),
  fact(HJ, "park", "projects_landed", 1259, "count", A4, AS),
  fact(HJ, "park", "projects_landed_investment_cny", 1.769e11, "cny", "全年完成落地项目1259个,总投资1769亿元", AS, chk=True),
  fact(HJ, "park", "high_level_projects_landed", 25, "count", "落地高能级项目25个", AS, opt=True),
  fact(HJ, "park", "actual_foreign_investment_cny", 3e9, "cny", "实际利用外资累计30亿元,居全市前列", AS, kind="cumulative", opt=True, note="“累计30亿元”，币种未明说"),
 ])

# ---------------------------------------------------------------- rf02 惠安 泉惠石化工业园区 (2024-06-25)
QH = "泉惠石化工业园区"
B1 = "我县泉惠石化工业园区A地块及鲤鱼岛滞洪区生态建设工程参加本次活动"
B2 = "项目总投资24.57亿元,将按照百年一遇防洪标准建设2.6公里防洪堤和3200亩滞洪区"
ASB = "2024年（截至6月25日）"
G["rf02"] = dict(
 article=art("（无标题）惠安县泉惠石化工业园区A地块及鲤鱼岛滞洪区生态建设工程参加泉州二季度重大项目开竣工活动", "hxdctz.com（原发单位未示；文中自称“我县”，为惠安县口径）", "2024-06-25", "day",
  "County item relayed by a local site, Fujian: a county's projects in the city's Q2 joint start/completion event — signed projects and investment to date, key-project investment, the county's 41 projects started or completed, and a petrochemical park's land-and-flood-control project with its sum",
  "http://hxdctz.com/a/20240625/45158.html",
  "日期取网址 20240625 与文中“6月25日上午”。存段无标题行（title 为编者概括），正文完整（四段加一小标题）。园区：泉惠石化工业园区（泉州市惠安县，福建）。项目：泉惠石化工业园区A地块及鲤鱼岛滞洪区生态建设工程（总投资24.57亿元；参加“视频连线开竣工活动”，文中未说是开工还是竣工——status 记开工为主，开竣工不明，status_alt 竣工；可选看法）。县级数：新签约项目53个、总投资436亿元、10亿元以上11个（截至目前，cumulative，主体惠安县，region）；列入二季度集中开竣工41个、343亿元，其中开工22个188亿元、竣工19个155亿元（reported）；73个市级重点项目完成投资126.2亿元。",
  "rf02"),
 parks=[
  park(QH, "泉州", "福建", "工业园区", B1, district="惠安县", note="石化园区"),
 ],
 institutions=[
  inst("惠安", "今年来,惠安深入贯彻市委、市政府“项目创优年”部署", kind="region", note="惠安县（文中“我县”）"),
 ],
 projects=[
  proj("泉惠石化工业园区A地块及鲤鱼岛滞洪区生态建设工程", QH, B2, inv="24.57亿元", status="开工", status_text="开竣工活动（开工或竣工未明说）", status_alt="竣工",
       note="参加二季度视频连线开竣工活动；按建设内容（“将按照…建设”）应为开工"),
 ],
 aggregate_facts=[
  fact("惠安", "region", "projects_signed", 53, "count", "截至目前,新签约项目53个、总投资436亿元,其中10亿元以上项目11个", ASB, kind="cumulative"),
  fact("惠安", "region", "signed_investment_cny", 4.36e10, "cny", "新签约项目53个、总投资436亿元", ASB, kind="cumulative", chk=True),
  fact("惠安", "region", "projects_signed_over_1bn", 11, "count", "其中10亿元以上项目11个", ASB, kind="cumulative", opt=True),
  fact("惠安", "region", "key_projects_investment_completed_cny", 1.262e10, "cny", "73个市级重点项目完成投资126.2亿元、占年度计划56.4%", ASB, kind="cumulative", chk=True, opt=True),
  fact("惠安", "region", "projects_started_or_completed", 41, "count", "此次,我县列入二季度全市集中开竣工重大项目41个、总投资343亿元", "2024年6月25日（二季度集中开竣工）"),
  fact("惠安", "region", "projects_started_or_completed_investment_cny", 3.43e10, "cny", "此次,我县列入二季度全市集中开竣工重大项目41个、总投资343亿元", "2024年6月25日（二季度集中开竣工）", chk=True),
  fact("惠安", "region", "projects_started", 22, "count", "开工项目22个、总投资188亿元", "2024年6月25日（二季度集中开竣工）"),
  fact("惠安", "region", "projects_started_investment_cny", 1.88e10, "cny", "开工项目22个、总投资188亿元", "2024年6月25日（二季度集中开竣工）", chk=True),
  fact("惠安", "region", "projects_completed", 19, "count", "竣工项目19个、总投资155亿元", "2024年6月25日（二季度集中开竣工）"),
  fact("惠安", "region", "projects_completed_investment_cny", 1.55e10, "cny", "竣工项目19个、总投资155亿元", "2024年6月25日（二季度集中开竣工）", chk=True),
 ])

# ---------------------------------------------------------------- rf03 南昌经开区经济“拼”字当头 (2023-02)
NJ = "南昌经开区"
C1 = "2月16日上午,南昌经开区2023年春季重大项目签约、开工活动举行,新能源汽车及动力电池、电子信息、新材料、智能制造、医药健康等产业领域的36个项目签约、开工,总投资达359亿元"
C2 = "由电池精密结构件行业排名头部的公司科达利投资20亿元建设的锂电池精密结构件项目开工"
C3 = "由浙江中泽科技投资20亿元建设的锂电池安全封装结构件项目签约"
AS3 = "2023年2月16日（春季签约、开工活动）"
G["rf03"] = dict(
 article=art("南昌经开区经济“拼”字当头", "nanchang.021cf.cn（厂房网南昌站转载；原发媒体未示）", "2023-02", "month",
  "Regional industrial-property portal relaying a Jiangxi news item: a national economic development zone's spring push — 36 projects signed or started (359亿元), one named project started and one signed with sums, firms testing lines and reporting orders",
  "http://nanchang.021cf.cn/index.php/post/4353.html",
  "存段无日期行；文中“南昌经开区2023年春季重大项目签约、开工活动”于“2月16日上午”举行，华创新材“计划在2月底或3月初开机试车”，故发表日期推为2023年2月（月精度）。原发媒体未示。标题照录。末段“江西华创新材有限公司年产10万吨锂电铜箔项目…项目总投资约100亿元,”在句中中断，整段删去，正文截至“…文宣主管邓亚威介绍。”。园区：南昌经开区（南昌市，江西；国家级）。项目：科达利锂电池精密结构件项目（20亿元，开工）；浙江中泽科技锂电池安全封装结构件项目（20亿元，签约）；华创新材项目（厂房主体完工、设备安装调试、计划2月底或3月初开机试车——在建；金额在删去的残段中，不列）。公司：科达利、浙江中泽精密科技有限公司（文中又作“浙江中泽科技”）、江西华创新材有限公司（文中又作“华创新材”）、凯马百路佳（海外订单）、旭辉广场（商场，可选）。事实：36个项目签约、开工，总投资359亿元（一次活动）。",
  "rf03"),
 parks=[
  park(NJ, "南昌", "江西", "经济技术开发区", "新的春天,南昌经开区处处涌动着“拼经济、搞建设”的热潮", note="国家级开放平台；文中作“南昌经开区”"),
 ],
 companies=[
  comp("科达利", NJ, C2, note="电池精密结构件企业"),
  comp("浙江中泽精密科技有限公司", NJ, "浙江中泽精密科技有限公司副总裁赵海明称", aliases=["浙江中泽科技"], note="项目签约落地南昌经开区"),
  comp("江西华创新材有限公司", NJ, "“目前,公司一、二号厂房外部主体结构已经完工,我们正在加班加点进行内部设备安装调试,计划在2月底或3月初开机试车。”江西华创新材有限公司文宣主管邓亚威介绍", aliases=["华创新材"]),
  comp("凯马百路佳", NJ, "凯马百路佳的海外销售团队喜报频传", note="园区企业（由语境推定）"),
  comp("旭辉广场", NJ, "旭辉广场的卖场内人潮涌动", opt=True, note="商场"),
 ],
 projects=[
  proj("锂电池精密结构件项目", NJ, C2, companies=["科达利"], inv="20亿元", status="开工", status_text="开工"),
  proj("锂电池安全封装结构件项目", NJ, C3, companies=["浙江中泽精密科技有限公司"], inv="20亿元", status="签约", status_text="签约", note="满产后年产值将达25亿元"),
  proj("华创新材项目", NJ, "行走在华创新材项目现场,机声隆隆,人员忙碌", companies=["江西华创新材有限公司"], status="在建", status_text="厂房主体已经完工,设备安装调试,计划2月底或3月初开机试车",
       opt=True, note="项目全称（年产10万吨锂电铜箔项目）与金额在删去的残段中"),
 ],
 aggregate_facts=[
  fact(NJ, "park", "projects_signed_or_started", 36, "count", C1, AS3),
  fact(NJ, "park", "projects_signed_or_started_investment_cny", 3.59e10, "cny", "36个项目签约、开工,总投资达359亿元", AS3, chk=True),
  fact("浙江中泽精密科技有限公司", "company", "expected_annual_output_cny", 2.5e9, "cny", "项目满产后年产值将达25亿元", "满产后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- rf04 南昌高新区 GDP 千亿 (中新网 2023-02-13)
NG = "南昌高新区"
D1 = "2022年南昌高新区地区生产总值达1010.24亿元,较上年增长4.9%,成为江西省首个GDP千亿级开发区"
D2 = "第二产业支撑有力,全年实现增加值764.22亿元,对经济增长贡献率达63.7%"
D3 = "第三产业韧性增强,全年实现增加值242.12亿元,增长7.1%"
AS4 = "2022年"
G["rf04"] = dict(
 article=art("1010.24亿元!南昌高新区成江西首个GDP千亿级开发区", "中新网（卢梦梦），载于 zjdianying.com（转载站，发布者“红影”）", "2023-02-13", "day",
  "National news agency item relayed by a site, Jiangxi: a national high-tech zone's 2022 GDP passing 100 billion yuan — GDP and growth, sector structure and value added by sector",
  "https://zjdianying.com/hyjzhang/hyjzixun/202302/00002564.html",
  "日期取电头“中新网南昌2月13日电”与页面“2023-2-13 22:14”。标题照录；站点菜单、发布信息行、“摘要:”行（与正文首段重复）和图片说明“2月13日,…卢梦梦 摄”已删。末段“南昌高新区科技与经济发展局四级调研员张宏涛认为,…实现营收215亿元”在句中中断，整段删去，正文截至“…拉动GDP增长1.8个百分点。”，共四段。园区：南昌高新区（南昌市，江西；国家级高新区）。无项目、无公司。事实：GDP 1010.24亿元、增长4.9%；三次产业结构0.4:75.6:24.0（不计）；第一、二、三产业增加值；第三产业增长7.1%。",
  "rf04"),
 parks=[
  park(NG, "南昌", "江西", "高新区", D1),
 ],
 institutions=[
  inst("南昌高新区党工委", "南昌高新区党工委副书记吴前进在会上介绍", kind="government", park=NG),
 ],
 aggregate_facts=[
  fact(NG, "park", "gdp_cny", 1.01024e11, "cny", D1, AS4, chk=True),
  fact(NG, "park", "gdp_yoy_growth", 0.049, "ratio", D1, AS4, kind="ratio"),
  fact(NG, "park", "primary_value_added_cny", 4.1e8, "cny", "第一产业稳中有进,2022年实现增加值4.1亿元,较上年增长1.4%", AS4, chk=True, opt=True),
  fact(NG, "park", "secondary_value_added_cny", 7.6422e10, "cny", D2, AS4, chk=True),
  fact(NG, "park", "tertiary_value_added_cny", 2.4212e10, "cny", D3, AS4, chk=True),
  fact(NG, "park", "tertiary_value_added_yoy_growth", 0.071, "ratio", D3, AS4, kind="ratio", opt=True),
  fact(NG, "park", "primary_value_added_yoy_growth", 0.014, "ratio", "第一产业稳中有进,2022年实现增加值4.1亿元,较上年增长1.4%", AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rf05 中山翠亨新区 2023 招商引资交流会 (羊城晚报 2023-03-25)
CH = "翠亨新区"
E1 = "在大会期间,翠亨新区共计签约项目27个,总投资额达317.12亿元,其中50亿元以上项目2个,10亿元以上项目8个,亿元以上项目21个"
E2 = "已有超过30个带有深圳“基因”产业项目落户翠亨新区,其中包括中广核、华润燃气、江波龙等行业领军企业"
AS5 = "2023年3月25日（招商引资交流会期间）"
G["rf05"] = dict(
 article=art("总投资超317亿元!中山翠亨新区举行2023年招商引资交流会", "羊城晚报（林翎、蔡华海、王锡炎），载于 daydaynews.cc（天天要闻，简体版）", "2023-03-25", "day",
  "Provincial evening paper relayed by an aggregator, Guangdong: a new area's investment conference on its tenth anniversary — 27 projects signed with total and size bands, Shenzhen-linked projects and named firms landed",
  "https://daydaynews.cc/zh-hans/finance/3611289.html",
  "日期取页面“2023年03月25日20:23:05”与文中“3月25日上午”。用简体版（zh-hans，原文简体）；同站繁体版（zh-hant）为转换稿，未用。标题照录；日期栏目行、署名行“文、图/羊城晚报全媒体记者 林翎 实习生 蔡华海 通讯员 王锡炎”、图片替代文字“…- 天天要闻”与图片说明“2023年的招商引资交流会现场”已删。末段“吸引深圳企业不仅仅是…线路在中山辖区内”在句中中断，整段删去，正文截至“…20分钟左右的车程。”，共四段。园区：翠亨新区（中山翠亨新区，标题作“中山翠亨新区”；中山市，广东；省级新区）。无具名签约项目。公司：中广核、华润燃气、江波龙（已落户翠亨新区的深圳“基因”项目企业）。事实：签约27个、317.12亿元、50亿元以上2个、10亿元以上8个、亿元以上21个；上台签约12个；深圳项目超过30个（截至目前，cumulative）。",
  "rf05"),
 parks=[
  park(CH, "中山", "广东", "新区", E1, aliases=["中山翠亨新区"], note="标题作“中山翠亨新区”；2013年挂牌"),
 ],
 companies=[
  comp("中广核", CH, E2),
  comp("华润燃气", CH, E2),
  comp("江波龙", CH, E2),
 ],
 institutions=[
  inst("翠亨新区党工委", "翠亨新区党工委书记梁克在致辞时表示", kind="government", park=CH),
 ],
 aggregate_facts=[
  fact(CH, "park", "projects_signed", 27, "count", E1, AS5),
  fact(CH, "park", "signed_investment_cny", 3.1712e10, "cny", "翠亨新区共计签约项目27个,总投资额达317.12亿元", AS5, chk=True),
  fact(CH, "park", "projects_signed_over_5bn", 2, "count", "其中50亿元以上项目2个", AS5, opt=True),
  fact(CH, "park", "projects_signed_over_1bn", 8, "count", "10亿元以上项目8个", AS5, opt=True),
  fact(CH, "park", "projects_signed_over_100m", 21, "count", "亿元以上项目21个", AS5, opt=True),
  fact(CH, "park", "projects_signed_on_stage", 12, "count", "12个投资额超过亿元的重点项目上台签约", AS5, opt=True),
  fact(CH, "park", "shenzhen_projects_landed", 30, "count", E2, "2023年3月（截至目前）", kind="cumulative", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- rf06 江门 园区再造 (江门日报 2022-11-30)
JM = "江门大型产业集聚区"
F1 = "今年1—10月,江门大型产业集聚区完成规上工业总产值2740.45亿元,预计全年产值可突破3000亿元;完成规上工业增加值682.97亿元,对全市规上工业增加值贡献60.4%"
AS6 = "2022年1—10月"
G["rf06"] = dict(
 article=art("我市深入推进“园区再造”工程 承载大项目大产业 成就大梦想大发展", "江门日报（皇智尧），dzb.jmrb.com 电子版 A01 要闻", "2022-11-30", "day",
  "City daily's front page, Guangdong: the city's 'park rebuilding' drive — its large industrial agglomeration zone's output and value added for Jan–Oct, full-year expectation, provincial indicator ranking, a logistics park inside an industrial city",
  "http://dzb.jmrb.com:8090/jmrb/html/2022-11/30/content_662035.htm",
  "日期取电子版“2022 年 11 月 30 日”。标题行为引题“我市深入推进“园区再造”工程”与主题“承载大项目大产业 成就大梦想大发展”，以空格相连。版面导航、同版其他标题、署名“□文/江门日报记者 皇智尧”已删。末段“这里是工信部在江门设立的中国—欧盟(江门)中小企业国际合作区,是江门大型”在句中中断，整段删去；正文截至“…奔向欧洲。”，含小标题“三大组团吹响“再造”号角”。园区：江门大型产业集聚区（江门市，广东；省布局的大型产业集聚区）；鹤山工业城（鹤山市）；鹤山普洛斯物流园（在鹤山工业城内，可选）。公司：无明确企业（普洛斯只在园名中）。事实：1—10月规上工业总产值2740.45亿元（cumulative）、预计全年突破3000亿元（target，超）、规上工业增加值682.97亿元、贡献60.4%（ratio）；上半年17项指标中9项居全省第一（可选）。",
  "rf06"),
 parks=[
  park(JM, "江门", "广东", "产业集聚区", F1, note="省布局大型产业集聚区"),
  park("鹤山工业城", "江门", "广东", "工业园", "一辆辆货车在位于鹤山工业城内的鹤山普洛斯物流园来回穿梭", district="鹤山市"),
  park("鹤山普洛斯物流园", "江门", "广东", "物流园", "一辆辆货车在位于鹤山工业城内的鹤山普洛斯物流园来回穿梭", district="鹤山市", parent="鹤山工业城", opt=True),
 ],
 aggregate_facts=[
  fact(JM, "park", "industrial_output_cny", 2.74045e11, "cny", "江门大型产业集聚区完成规上工业总产值2740.45亿元", AS6, kind="cumulative", chk=True),
  fact(JM, "park", "industrial_output_cny", 3e11, "cny", "预计全年产值可突破3000亿元", "2022年全年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(JM, "park", "industrial_value_added_cny", 6.8297e10, "cny", "完成规上工业增加值682.97亿元,对全市规上工业增加值贡献60.4%", AS6, kind="cumulative", chk=True),
  fact(JM, "park", "share_of_city_industrial_value_added", 0.604, "ratio", "完成规上工业增加值682.97亿元,对全市规上工业增加值贡献60.4%", AS6, kind="ratio"),
  fact(JM, "park", "provincial_indicators_ranked_first", 9, "count", "其中,上半年在省统计的17项大型产业集聚区建设重点指标中,江门9项指标居全省第一", "2022年上半年", opt=True),
 ])

# ---------------------------------------------------------------- rf07 高明 重大项目开工 / 佛山临空经济区智造产业园动工 (佛山新闻网 2023-01-29)
LK = "佛山临空经济区智造产业园"
H1 = "1月29日,佛山市“竞标争先、赛龙夺锦”重大项目开工活动暨佛山临空经济区智造产业园动工仪式在高明举行"
H2 = "作为佛山市十大创新引领型特色制造业园区之一,佛山临空经济区智造产业园也在当天正式动工"
H3 = "一季度高明区安排集中动工项目19项,总投资203.3亿元,年度计划投资29亿元"
AS7 = "2023年一季度（1月29日集中动工）"
G["rf07"] = dict(
 article=art("（无标题）佛山市重大项目开工活动暨佛山临空经济区智造产业园动工仪式在高明举行", "佛山新闻网（何绮华、张斯特、梁智锋），载于 m.zuojing.com", "2023-01-29", "day",
  "City news site relayed by an aggregator, Guangdong: a district's Q1 groundbreaking — the city's main venue project, the district's key-project plan and Q1 projects by category, and an airport-economy manufacturing park breaking ground with its area and count of large projects",
  "http://m.zuojing.com/redian/20230129/71106.html",
  "日期取网址 20230129 与文中“1月29日”。存段无标题行（title 为编者概括）；“(相关资料图)”与存段末的小标题“高明重大项目抢先看”（其下清单未存）已删。正文五段，完整。园区：佛山临空经济区智造产业园（高明区，佛山，广东；“佛山市十大创新引领型特色制造业园区之一”，当天动工——园区开发本身列为可选项目，status 开工）。项目：佛山天玻项目（主会场，高明区更合镇；文中未置于园区，park 空；开工活动主会场→开工，金额未给）。事实（主体高明区，region）：2023年省市重点项目106个、总投资1162亿元、年度计划投资110亿元，产业类83个；一季度集中动工19项、203.3亿元，其中产业项目13项、143.2亿元（reported/planned，记 target 的为年度计划）；园区：规划总面积44.55k㎡；2023年总投资超10亿元以上的重大产业项目16个（target，可能为计划数）。",
  "rf07"),
 parks=[
  park(LK, "佛山", "广东", "产业园", H2, district="高明区", note="佛山市十大创新引领型特色制造业园区之一；以新机场为核心"),
 ],
 institutions=[
  inst("高明区", "据了解,2023年高明区实施省市重点项目106个,总投资1162亿元,年度计划投资110亿元", kind="region"),
 ],
 projects=[
  proj("佛山天玻项目", None, "位于高明区更合镇的佛山天玻项目现场,是本次活动主会场", status="开工", status_text="重大项目开工活动主会场", note="高明区更合镇；未置于园区；无金额"),
  proj(LK, LK, H2, status="开工", status_text="正式动工", opt=True, note="园区开发本身动工"),
 ],
 aggregate_facts=[
  fact(LK, "park", "planned_area_km2", 44.55, "km2", "佛山临空经济区智造产业园以新机场为核心,规划总面积44.55k㎡", "规划"),
  fact(LK, "park", "major_projects_over_1bn", 16, "count", "2023年,佛山临空经济区智造产业园总投资超10亿元以上的重大产业项目16个", "2023年", kind="target", note="年度项目数，计划口径（由语境推定）"),
  fact("高明区", "region", "key_projects", 106, "count", "2023年高明区实施省市重点项目106个,总投资1162亿元", "2023年（计划）", kind="target"),
  fact("高明区", "region", "key_projects_investment_cny", 1.162e11, "cny", "2023年高明区实施省市重点项目106个,总投资1162亿元", "2023年（计划）", kind="target", chk=True),
  fact("高明区", "region", "annual_planned_investment_cny", 1.1e10, "cny", "年度计划投资110亿元。其中,产业类项目83个", "2023年（计划）", kind="target", chk=True, opt=True),
  fact("高明区", "region", "projects_started", 19, "count", H3, AS7),
  fact("高明区", "region", "projects_started_investment_cny", 2.033e10, "cny", "一季度高明区安排集中动工项目19项,总投资203.3亿元", AS7, chk=True),
  fact("高明区", "region", "industrial_projects_started", 13, "count", "产业项目13项,总投资143.2亿元", AS7, opt=True),
  fact("高明区", "region", "industrial_projects_started_investment_cny", 1.432e10, "cny", "产业项目13项,总投资143.2亿元", AS7, chk=True, opt=True),
 ])
