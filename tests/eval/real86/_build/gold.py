# real86 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none (a town or county is a
# region, not a park); a park-development project with no parent park gets the park itself (as real74 yr05, real77 yu04).
# Status from the text's words (开工 / 集中开工 → 开工; 签约 / 签约落地 → 签约; 即将开工 → planned; 正加班加点赶进度 with
# work under way → 在建; 落户 alone → no status). “预计” figures are kind target with “（预计）” in as_of; year-to-date and
# to-date counts and values (“今年以来”, “去年以来”, “截至目前”, “累计”, “1至6月”, “截至6月”) are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/xdNN.raw as returned.

# ---------------------------------------------------------------- xd01 小微园集聚发展新动能 (浙江日报 2020)
NX = "南浔镇小微园"
A0 = "从重庆搬迁至南浔区南浔镇小微园,赢洲通没有“水土不服”,迅速与杭州等地的通信运营商达成合作,启动5G光纤生产,并计划今年完成“小升规”,不断扩大生产规模"
A1 = "近年来,南浔镇改变“村村冒烟”的散乱模式,投资2.4亿元建设小微园区,并加大电梯、电机、绿色家居产业链招商,吸引了23家小微企业入驻,基本实现满额招商"
A2 = "利用企业自主研发的智能化设备,浙江晶尚新能源科技有限公司抓紧赶工太阳能光伏面板发往海外市场,同时推进园区内的光伏发电项目,与园区内的用电企业签订三方协议,铺设光伏面板2.5万平方米"
A3 = "1至6月,该公司实现产值3977.3万元,同比增长112.35%"
A4 = "作为湖州市木业地暖地板外贸出口型龙头骨干企业,园区内的浙江星科木业有限公司今年发展成绩有目共睹,截至6月,外贸出口3600万元,同比增长25.6%"
A5 = "同时,该公司已启动整屋木质家具定制项目,计划通过新产品的研发打开国内市场"
A6 = "投产第一年,两家企业已完成“新升规”,预计全年新增规上企业15家"
ASA = "2020年1–6月"
G["xd01"] = dict(
 article=art("小微园集聚发展新动能", "浙江日报（王嘉斌 车海芬），00011版 专版；zjrb.zjol.com.cn 数字报纸", "2020-07-28", "day",
  "Provincial party daily's special page, Zhejiang: a town-level small and micro enterprise park in a district of Huzhou — a firm newly moved in, the park's investment, firms entered and site area, two firms in the park with half-year output / export figures and growth",
  "http://zjrb.zjol.com.cn/html/2020-07/28/content_3351358.htm?div=-1",
  "日期取数字报页脚“2020-07-28 … 2020年07月28日 星期二”。标题照录；“浙江日报 数字报纸”“00011版:专版”与页脚行已删；署名“(王嘉斌 车海芬)”在正文末，保留。正文五段，完整。园区：南浔镇小微园（湖州市南浔区南浔镇，浙江；文中又作“小微园区”“园区”“小微园”——泛称不列 alias）。公司：浙江赢洲通光电科技有限公司（文中又作“赢洲通”；从重庆搬迁入驻）、浙江晶尚新能源科技有限公司（推进“园区内的光伏发电项目”，与“园区内的用电企业”签协议，按语境在园）、浙江星科木业有限公司（“园区内的”）。项目：晶尚的光伏发电项目、星科木业的整屋木质家具定制项目均无金额，列为可选（状态：光伏“推进”不记；定制项目“已启动”为产品项目，不记开工）。事实：园区投资2.4亿元建设、入驻小微企业23家、占地79.3亩；“投产第一年,两家企业已完成‘新升规’,预计全年新增规上企业15家”——15家的主语（园区或全镇）不明，列可选 target；晶尚1至6月产值3977.3万元、增长112.35%（cumulative / ratio）；星科截至6月外贸出口3600万元、增长25.6%。“该区发改经信局负责人”未具名，不列机构。",
  "xd01"),
 parks=[
  park(NX, "湖州", "浙江", "小微企业园", A0, district="南浔区", note="南浔镇建设的小微园区；文中又作“小微园区”“园区”“小微园”"),
 ],
 companies=[
  comp("浙江赢洲通光电科技有限公司", NX, "新入驻一个月时间,浙江赢洲通光电科技有限公司已进入紧张的忙碌期,各线缆生产车间一片忙碌景象", aliases=["赢洲通"], note="从重庆搬迁至南浔镇小微园"),
  comp("浙江晶尚新能源科技有限公司", NX, A2, note="在园（推进园区内光伏发电项目）；位置由语境推定"),
  comp("浙江星科木业有限公司", NX, A4, note="“园区内的”"),
 ],
 projects=[
  proj("光伏发电项目", NX, A2, companies=["浙江晶尚新能源科技有限公司"], opt=True, note="“园区内的光伏发电项目”；铺设光伏面板2.5万平方米；无金额、状态不记"),
  proj("整屋木质家具定制项目", NX, A5, companies=["浙江星科木业有限公司"], opt=True, note="“已启动”的产品项目；无金额"),
 ],
 aggregate_facts=[
  fact(NX, "park", "park_construction_investment_cny", 2.4e8, "cny", "投资2.4亿元建设小微园区", "2020年7月", chk=True),
  fact(NX, "park", "firms", 23, "count", "吸引了23家小微企业入驻", "2020年7月"),
  fact(NX, "park", "site_area_mu", 79.3, "mu", "“园区占地79.3亩,一方面通过向空中要地,促进集约节约用地", "2020年7月"),
  fact(NX, "park", "new_above_scale_firms", 2, "count", A6, "2020年（投产第一年）", opt=True, note="“两家”"),
  fact(NX, "park", "new_above_scale_firms", 15, "count", A6, "2020年全年（预计）", kind="target", opt=True, note="主语是园区还是全镇不明"),
  fact("浙江晶尚新能源科技有限公司", "company", "output_cny", 3.9773e7, "cny", A3, ASA, kind="cumulative", chk=True),
  fact("浙江晶尚新能源科技有限公司", "company", "output_yoy_growth", 1.1235, "ratio", A3, ASA, kind="ratio"),
  fact("浙江晶尚新能源科技有限公司", "company", "solar_panel_area_m2", 25000, "m2", "铺设光伏面板2.5万平方米", "2020年7月", opt=True),
  fact("浙江星科木业有限公司", "company", "exports_cny", 3.6e7, "cny", "截至6月,外贸出口3600万元,同比增长25.6%", ASA, kind="cumulative", chk=True),
  fact("浙江星科木业有限公司", "company", "exports_yoy_growth", 0.256, "ratio", "截至6月,外贸出口3600万元,同比增长25.6%", ASA, kind="ratio"),
 ])

# ---------------------------------------------------------------- xd02 紫来小微园赶工忙 (平阳新闻网 2019)
ZL = "紫来小微企业创业园"
B0 = "连日来,万全镇紫来小微企业创业园项目正加班加点赶进度"
B1 = "该项目总投资10.8亿元,总用地面积230.9亩,建筑面积45.2万平方米"
B2 = "建成后可容纳200多家企业,产业工人1万人左右,预计年产值超10亿元"
B3 = "该项目分两期开发建设,一期占地面积169.6亩,已投资3.8亿元,完成桩基基础工程,建至二楼楼平的20%,预计7月或8月结顶"
ASB = "2019年4月"
G["xd02"] = dict(
 article=art("紫来小微园赶工忙", "平阳新闻网（平阳网 py.66wz.com，图片新闻；本网记者 陈培勇 摄，编辑 郑振国）", "2019-04-17", "day",
  "County news site's photo story, Zhejiang: a town's small and micro enterprise park under construction — total investment, land and floor area, leading industries, capacity for firms and workers, expected output, intended firms, phase 1 area, investment so far and progress",
  "http://py.66wz.com/system/2019/04/17/013511985.shtml",
  "日期取页面“2019年04月17日 10:03:59 来源:平阳新闻网”。标题照录（页末重复一次，已删）；位置导航、时间来源行、“本网记者 陈培勇 摄 编辑 郑振国”“网络编辑:张超霞”已删。正文一段（图片说明），完整。园区：紫来小微企业创业园（温州市平阳县万全镇，浙江；标题作“紫来小微园”，列 alias；在建）。项目：“万全镇紫来小微企业创业园项目”（园区开发项目，名同园区；总投资10.8亿元；“正加班加点赶进度”、一期完成桩基并建至二楼→在建；park 记园区本身）。事实：总用地230.9亩、建筑面积45.2万平方米、一期169.6亩、已投资3.8亿元（cumulative）；建成后可容纳200多家企业、产业工人1万人左右、预计年产值超10亿元（target）；意向企业1000多家。万全镇为镇（region），不列园区。",
  "xd02"),
 parks=[
  park(ZL, "温州", "浙江", "小微企业园（在建）", B0, district="平阳县", aliases=["紫来小微园"], note="万全镇；标题作“紫来小微园”"),
 ],
 projects=[
  proj("紫来小微企业创业园项目", ZL, B1, aliases=["万全镇紫来小微企业创业园项目"], inv="总投资10.8亿元", status="在建", status_text="正加班加点赶进度",
       note="园区开发项目，名同园区；park 记园区本身；分两期，一期已投资3.8亿元，完成桩基，预计7月或8月结顶"),
 ],
 aggregate_facts=[
  fact("紫来小微企业创业园项目", "project", "site_area_mu", 230.9, "mu", B1, ASB),
  fact("紫来小微企业创业园项目", "project", "floor_area_m2", 452000, "m2", B1, ASB, opt=True),
  fact("紫来小微企业创业园项目", "project", "phase1_site_area_mu", 169.6, "mu", B3, ASB, opt=True),
  fact("紫来小微企业创业园项目", "project", "investment_completed_cny", 3.8e8, "cny", "已投资3.8亿元", ASB, kind="cumulative", chk=True, note="一期已投资"),
  fact(ZL, "park", "expected_firms", 200, "count", B2, "建成后（预期）", kind="target", qual="余", qtext="多"),
  fact(ZL, "park", "expected_jobs", 10000, "count", B2, "建成后（预期）", kind="target", qual="约", qtext="左右"),
  fact(ZL, "park", "expected_annual_output_cny", 1e9, "cny", "预计年产值超10亿元", "建成后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(ZL, "park", "intended_firms", 1000, "count", "目前,意向企业已有1000多家", ASB, qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xd03 柯桥蓝印时尚小镇 / 上虞伞艺小镇 (绍兴晚报 2020)
LY = "柯桥蓝印时尚小镇"
SY = "上虞伞艺小镇"
C0 = "我市柯桥蓝印时尚小镇和上虞伞艺小镇由培育类小镇成功升级为创建类小镇"
C1 = "柯桥蓝印时尚小镇位于印染产业集聚区,,规划总面积 3.39 平方公里,其中核心区块面积 1.01 平方公里"
C2 = "2019 年,小镇完成主营业务收人 141.4 亿元,同比增长47.1%,税收收入7.2亿元,同比增长159%"
C3 = "下一步,小镇计划在 3 年内实施 23 个重点建设项目,总投资约 111.5 亿元"
C4 = "目前,小镇内已集聚了友谊菲诺、天玮雨具等多家龙头企业"
C5 = "2019 年列入省级特色小镇第四批培育对象,当年实现伞业产值 102 亿元,完成有效投资 2.3 亿元, 其中特色产业投资 1.7 亿元"
G["xd03"] = dict(
 article=art("（无标题）绍兴两小镇升级为省级特色小镇创建类：柯桥蓝印时尚小镇、上虞伞艺小镇", "绍兴晚报（记者干政，编辑沈洁；“来源:绍兴网-绍兴晚报”），载于平安绍兴新闻网 pasxw.com", "2020-12-21 (inferred)", "day",
  "City evening paper relayed by a city public-security news site, Zhejiang: two characteristic towns (特色小镇) upgraded to provincial 'creation' status — area, revenue, tax and growth of one, planned projects and investment; cumulative and annual investment, umbrella output and leading firms of the other",
  "http://pasxw.com/index.asp?bh=2020122168243455",
  "存段无标题、无日期行（title 为编者概括）。日期由网址编号 bh=20201221… 推定为 2020-12-21（文中“近日”，省级特色小镇第六批创建名单遴选），非页面所示。“来源:绍兴网-绍兴晚报作者:记者干政编辑:沈洁”与版权行已删。正文三段，完整。原文“印染产业集聚区,,”（双逗号）、“主营业务收人”（“人”字）及数字两侧空格照录。园区：柯桥蓝印时尚小镇（绍兴市柯桥区，浙江；省级特色小镇创建类）、上虞伞艺小镇（绍兴市上虞区；同）；“印染产业集聚区”为蓝印小镇所在，列可选园区并作其 parent（由“位于”推定）。公司：友谊菲诺、天玮雨具（“小镇内已集聚”，在上虞伞艺小镇）。机构：浙江省特色小镇规划建设工作联席会议办公室（可选）；“市发改委”泛称不列。事实：蓝印小镇规划面积3.39平方公里（核心区1.01，可选）、2019年主营业务收入141.4亿元（增长47.1%）、税收7.2亿元（增长159%）、3年内计划实施23个重点项目、总投资约111.5亿元（target）；伞艺小镇3年创建期累计有效投资31.63亿元（cumulative）、2019年伞业产值102亿元、有效投资2.3亿元、其中特色产业投资1.7亿元（可选）。",
  "xd03"),
 parks=[
  park(LY, "绍兴", "浙江", "特色小镇（省级创建类）", C0, district="柯桥区", parent="印染产业集聚区", note="“位于印染产业集聚区”"),
  park(SY, "绍兴", "浙江", "特色小镇（省级创建类）", C0, district="上虞区"),
  park("印染产业集聚区", "绍兴", "浙江", "产业集聚区", C1, district="柯桥区", opt=True, note="蓝印时尚小镇所在；只此一提"),
 ],
 companies=[
  comp("友谊菲诺", SY, C4, note="伞业龙头企业"),
  comp("天玮雨具", SY, C4, note="伞业龙头企业"),
 ],
 institutions=[
  inst("浙江省特色小镇规划建设工作联席会议办公室", "浙江省特色小镇规划建设工作联席会议办公室组织开展了省级特色小镇第六批创建、第五批培育对象遴选工作"),
 ],
 aggregate_facts=[
  fact(LY, "park", "planned_area_km2", 3.39, "km2", C1, "2020年"),
  fact(LY, "park", "core_area_km2", 1.01, "km2", C1, "2020年", opt=True),
  fact(LY, "park", "main_business_revenue_cny", 1.414e10, "cny", C2, "2019年", chk=True),
  fact(LY, "park", "main_business_revenue_yoy_growth", 0.471, "ratio", C2, "2019年", kind="ratio"),
  fact(LY, "park", "tax_revenue_cny", 7.2e8, "cny", "税收收入7.2亿元,同比增长159%", "2019年", chk=True),
  fact(LY, "park", "tax_revenue_yoy_growth", 1.59, "ratio", "税收收入7.2亿元,同比增长159%", "2019年", kind="ratio"),
  fact(LY, "park", "planned_key_projects", 23, "count", C3, "2021–2023年（计划，3年内）", kind="target"),
  fact(LY, "park", "planned_investment_cny", 1.115e10, "cny", "总投资约 111.5 亿元", "2021–2023年（计划，3年内）", kind="target", qual="约", qtext="约", chk=True),
  fact(SY, "park", "effective_investment_cny", 3.163e9, "cny", "在 3 年的创建中,累计完成有效投资 31.63 亿元", "2015–2018年（3年创建期）", kind="cumulative", chk=True),
  fact(SY, "park", "industry_output_cny", 1.02e10, "cny", C5, "2019年", chk=True, note="伞业产值"),
  fact(SY, "park", "effective_investment_cny", 2.3e8, "cny", "完成有效投资 2.3 亿元", "2019年", chk=True),
  fact(SY, "park", "characteristic_industry_investment_cny", 1.7e8, "cny", "其中特色产业投资 1.7 亿元", "2019年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xd04 许河镇三个亿元项目齐开工 (中国江苏网 2023)
XH = "许河镇全民创业园"
DT = "东台市开发区"
D0 = "2月8日,东台市许河镇举行翰诺威智能装备、佳安金属新材料、东之晟金属新材料三个亿元项目集中开工仪式"
D1 = "这三个项目落户许河镇全民创业园,总投资3.5亿元,新建厂房4万平方米,预计年底全部竣工投产,年可新增开票销售5亿元,利税5000万元,新增外贸1000万美元"
D2 = "去年以来,全镇开工亿元项目11个、竣工亿元项目6个,其中10亿元电子信息项目落户东台市开发区,盘活闲置土地190亩、闲置厂房1.2万平方米"
AS4 = "2023年2月8日（集中开工）"
G["xd04"] = dict(
 article=art("东台市许河镇:三个亿元项目齐开工 工业经济迎来“开门红”", "中国江苏网（陈敏 吴蓉；“中国江苏网2月9日盐城讯”），转载于 jilin.gqsoso.com（标题前加“世界动态:”）", "2023-02-09", "day",
  "Provincial news portal's county item relayed by an aggregator, Jiangsu: three 100-million-yuan projects start in a town's mass-entrepreneurship park — total investment, new floor space, expected sales, profit-tax and exports; the town's projects started and completed since last year, one project landing in the county development zone",
  "http://jilin.gqsoso.com/jilin/20230210/653891.html",
  "日期取电头“中国江苏网2月9日盐城讯”（开工在2月8日；转载页网址日期20230210）。标题照录，删去转载站加的“世界动态:”（make_txt.py HEAD_PREFIX）；“(资料图片)”与“关键词:…”行已删；署名“(陈敏 吴蓉)”在正文末，保留。正文两段，完整。园区：许河镇全民创业园（盐城市东台市许河镇，江苏）；东台市开发区（“10亿元电子信息项目落户东台市开发区”）。项目：翰诺威智能装备、佳安金属新材料、东之晟金属新材料（三个“亿元项目”集中开工→开工；合计总投资3.5亿元，不分摊，单项金额不记）；“10亿元电子信息项目”无名称，列可选（落户→无状态）。三项目名以企业简称加产品命名，企业另列可选公司。事实：三项目合计总投资3.5亿元、新建厂房4万平方米；“预计年底全部竣工投产,年可新增开票销售5亿元,利税5000万元,新增外贸1000万美元”（target，主语记园区，三项目合计）；全镇（region 许河镇）“去年以来”开工亿元项目11个、竣工6个（cumulative）、盘活闲置土地190亩与厂房1.2万平方米（可选）。",
  "xd04"),
 parks=[
  park(XH, "盐城", "江苏", "镇创业园", D1, district="东台市", note="许河镇"),
  park(DT, "盐城", "江苏", "开发区", D2, district="东台市", note="只此一提：10亿元电子信息项目落户"),
 ],
 companies=[
  comp("翰诺威智能装备", XH, D0, opt=True, note="以企业简称作项目名"),
  comp("佳安金属新材料", XH, D0, opt=True, note="同上"),
  comp("东之晟金属新材料", XH, D0, opt=True, note="同上"),
 ],
 projects=[
  proj("翰诺威智能装备", XH, D0, companies=["翰诺威智能装备"], status="开工", status_text="集中开工仪式", note="亿元项目；三项目合计3.5亿元，单项金额未说"),
  proj("佳安金属新材料", XH, D0, companies=["佳安金属新材料"], status="开工", status_text="集中开工仪式", note="同上"),
  proj("东之晟金属新材料", XH, D0, companies=["东之晟金属新材料"], status="开工", status_text="集中开工仪式", note="同上"),
  proj("电子信息项目", DT, D2, inv="10亿元", opt=True, note="“10亿元电子信息项目落户东台市开发区”；无名称；落户不记状态"),
 ],
 aggregate_facts=[
  fact(XH, "park", "projects_started", 3, "count", D0, AS4, note="“三个亿元项目”"),
  fact(XH, "park", "projects_started_investment_cny", 3.5e8, "cny", D1, AS4, chk=True, note="三项目合计"),
  fact(XH, "park", "new_factory_floor_area_m2", 40000, "m2", D1, AS4, opt=True),
  fact(XH, "park", "expected_annual_sales_cny", 5e8, "cny", "年可新增开票销售5亿元", "投产后（预计，2023年底竣工投产）", kind="target", chk=True, note="三项目合计新增"),
  fact(XH, "park", "expected_annual_profit_tax_cny", 5e7, "cny", "利税5000万元", "投产后（预计，2023年底竣工投产）", kind="target", chk=True, note="三项目合计新增"),
  fact(XH, "park", "expected_annual_exports_usd", 1e7, "usd", "新增外贸1000万美元", "投产后（预计，2023年底竣工投产）", kind="target", note="三项目合计新增"),
  fact("许河镇", "region", "projects_started", 11, "count", D2, "2022年至2023年2月（去年以来）", kind="cumulative", note="亿元项目"),
  fact("许河镇", "region", "projects_completed", 6, "count", D2, "2022年至2023年2月（去年以来）", kind="cumulative", note="亿元项目"),
  fact("许河镇", "region", "idle_land_revitalized_mu", 190, "mu", D2, "2022年至2023年2月（去年以来）", kind="cumulative", opt=True),
  fact("许河镇", "region", "idle_factory_revitalized_m2", 12000, "m2", D2, "2022年至2023年2月（去年以来）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- xd05 罡杨镇“新春第一签” (泰州日报 2021)
E0 = "当日上午,该区罡杨镇完成“新春第一签”,总投资近10亿元的6个项目签约落地"
E1 = "具体来看,智能家居产业园项目计划用地约500亩,主要用于智能家居产业链上下游优势项目的集聚,预计建成达产后可实现年开票销售100亿元,占地约100亩的项目一期将建成4万平方米标准厂房,正在全力推进"
E2 = "总投资2亿元的澎阳泵业二期项目,建成后预计可实现年开票销售3亿元,2025年前企业将力争实现在主板上市"
E3 = "计划投资1亿元的车辆减震器项目,预计年开票销售将不低于1亿元"
AS5 = "2021年2月17日（正月初六签约）"
G["xd05"] = dict(
 article=art("泰州海陵“新春第一签”揽资近10亿", "泰州日报（“来源:泰州日报”），载于江苏国际在线 gjzx.jschina.com.cn（江苏经济带栏）", "2021-02-23", "day",
  "City daily relayed by the provincial portal's channel, Jiangsu: a town's six projects signed on the sixth day of the lunar new year — total investment, a smart-home industrial park project with land and expected sales, a pump maker's phase 2 and a shock-absorber project with amounts and expected sales",
  "http://gjzx.jschina.com.cn/20215/202102/t20210223_6987962.shtml",
  "日期取页面“来源:泰州日报   2021-02-23 10:43:00”（签约在“牛年”正月初六，即2021年2月17日）。标题照录；栏目导航与来源行已删；页面正文前重复的导语段（“具体来看,智能家居产业园项目…正在全力推进。”，与第三段首句相同）已删；存段末段“罡杨镇地处主城区海陵,我们提出,要推进产业基础高级化、产业链现”在引语中中断，整段删去，正文截至“…进一步凸显企业集群效应。”，共三段。区域：罡杨镇（泰州市海陵区，江苏；镇，region，不作园区）。园区：“智能家居产业园”只作为签约项目出现（计划用地约500亩），列可选园区（规划中）。项目（6个签约项目中的3个，状态签约）：智能家居产业园项目（金额未说；园区开发项目，park 记园区本身，如 xd02）；澎阳泵业二期项目（总投资2亿元，phase 二期）；车辆减震器项目（计划投资1亿元）。公司：澎阳泵业（“企业将力争实现在主板上市”，园区未说）。事实：罡杨镇签约6个项目、总投资近10亿元（约）；智能家居产业园项目用地约500亩、一期约100亩、一期标准厂房4万平方米（可选）、达产后年开票销售100亿元（target）；澎阳泵业二期年开票销售3亿元（target）；车辆减震器项目不低于1亿元（target，超）。镇党委书记等人名不列。",
  "xd05"),
 parks=[
  park("智能家居产业园", "泰州", "江苏", "产业园（签约项目，规划中）", E1, district="海陵区", opt=True, note="罡杨镇签约项目；又作“智能家居产业园项目”"),
 ],
 companies=[
  comp("澎阳泵业", None, E2, note="二期项目签约；园区未说"),
 ],
 projects=[
  proj("智能家居产业园项目", "智能家居产业园", E1, status="签约", status_text="签约落地", note="园区开发项目，名同园区；park 记园区本身（如 xd02）；计划用地约500亩，一期约100亩建4万平方米标准厂房“正在全力推进”；无金额"),
  proj("澎阳泵业二期项目", None, E2, companies=["澎阳泵业"], inv="总投资2亿元", phase="二期", status="签约", status_text="签约落地"),
  proj("车辆减震器项目", None, E3, inv="计划投资1亿元", status="签约", status_text="签约落地"),
 ],
 aggregate_facts=[
  fact("罡杨镇", "region", "projects_signed", 6, "count", E0, AS5),
  fact("罡杨镇", "region", "signed_investment_cny", 1e9, "cny", E0, AS5, qual="约", qtext="近", chk=True),
  fact("智能家居产业园项目", "project", "site_area_mu", 500, "mu", E1, AS5, qual="约", qtext="约"),
  fact("智能家居产业园项目", "project", "phase1_site_area_mu", 100, "mu", E1, AS5, qual="约", qtext="约", opt=True),
  fact("智能家居产业园项目", "project", "phase1_floor_area_m2", 40000, "m2", E1, AS5, opt=True),
  fact("智能家居产业园项目", "project", "expected_annual_sales_cny", 1e10, "cny", "预计建成达产后可实现年开票销售100亿元", "达产后（预计）", kind="target", chk=True),
  fact("澎阳泵业二期项目", "project", "expected_annual_sales_cny", 3e8, "cny", "建成后预计可实现年开票销售3亿元", "建成后（预计）", kind="target", chk=True),
  fact("车辆减震器项目", "project", "expected_annual_sales_cny", 1e8, "cny", "预计年开票销售将不低于1亿元", "投产后（预计）", kind="target", qual="超", qtext="不低于", chk=True),
 ])

# ---------------------------------------------------------------- xd06 璜土镇园 重点产业项目推进会 (江阴发布 2025)
HT = "璜土镇园"
F0 = "今年以来,总投资超20亿元的澄星电子新材料项目签约落地,超10亿元的智慧能源城市调峰储配站项目即将开工"
F1 = "截至目前,璜土镇园在建超亿元项目11个、总投资45.9亿元,拟建超亿元项目6个、总投资27.8亿元,技改项目15个、总投资6.2亿元"
AS6 = "2025年6月7日（截至目前）"
G["xd06"] = dict(
 article=art("（无标题）璜土镇召开重点产业项目推进会", "江阴发布（“来源:江阴发布”），载于 cntianhe.org.cn 汇编页（小标题“2、实干实效,绘就江阴‘实景图’”下）", "2025-06 (inferred)", "month",
  "County-level city's official news account item relayed in a compilation page, Jiangsu: a town park's project-progress meeting — a major project signed, another about to start, counts and investment of projects under construction, planned and technical renovation",
  "https://cntianhe.org.cn/ninfo_1910.html",
  "存段无本条标题、无日期行；该条在汇编页小标题“2、实干实效,绘就江阴“实景图””之下（小标题已删，title 为编者概括）。日期：推进会在“2025年6月7日”，发布日不详，记 2025-06（推定，month）。“来源:江阴发布”已删。正文两段，完整。园区：璜土镇园（无锡江阴市璜土镇的园区；文中“用好化工园区和黄金港口功能优势”，kind 记镇园）。项目：澄星电子新材料项目（总投资超20亿元，签约落地→签约）；智慧能源城市调峰储配站项目（超10亿元，“即将开工”→planned）；两项目均按语境在璜土镇园（“璜土镇园…全力以赴推进项目招引建设。今年以来…”）。澄星只见于项目名，不另列公司。事实（截至目前，cumulative）：在建超亿元项目11个、总投资45.9亿元；拟建超亿元项目6个、总投资27.8亿元；技改项目15个、总投资6.2亿元。镇党委书记人名不列。",
  "xd06"),
 parks=[
  park(HT, "无锡", "江苏", "镇园（化工园区、港口）", F1, district="江阴市", note="璜土镇的园区；文中称其有“化工园区和黄金港口功能优势”"),
 ],
 projects=[
  proj("澄星电子新材料项目", HT, F0, inv="总投资超20亿元", qual="超", qual_text="超", status="签约", status_text="签约落地", note="今年以来签约落地"),
  proj("智慧能源城市调峰储配站项目", HT, F0, inv="超10亿元", qual="超", qual_text="超", status="planned", status_text="即将开工"),
 ],
 aggregate_facts=[
  fact(HT, "park", "projects_under_construction", 11, "count", F1, AS6, kind="cumulative", note="超亿元项目"),
  fact(HT, "park", "projects_under_construction_investment_cny", 4.59e9, "cny", "在建超亿元项目11个、总投资45.9亿元", AS6, kind="cumulative", chk=True),
  fact(HT, "park", "projects_planned", 6, "count", F1, AS6, kind="cumulative", note="拟建超亿元项目"),
  fact(HT, "park", "projects_planned_investment_cny", 2.78e9, "cny", "拟建超亿元项目6个、总投资27.8亿元", AS6, kind="cumulative", chk=True),
  fact(HT, "park", "tech_renovation_projects", 15, "count", F1, AS6, kind="cumulative"),
  fact(HT, "park", "tech_renovation_investment_cny", 6.2e8, "cny", "技改项目15个、总投资6.2亿元", AS6, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xd07 龙河机电装备智造产业园 (学习强国 via 宿城区 2025)
LH = "龙河机电装备智造产业园"
H0 = "3月2日,在江苏省宿迁市宿城区龙河镇的江苏世成纺织科技有限公司(以下简称“世成纺织”)生产车间,机器高速运转"
H1 = "龙河机电装备智造产业园坚持“中心城市南部工业强镇”的发展定位,先后集聚通得电气、福坤科技、明东电器、世成纺织等优质企业"
H2 = "现有规上工业企业35家"
H3 = "截至目前,世成纺织累计用工约300人,随着企业生产规模进一步扩大,预计能再提供500多个就业岗位"
AS7 = "2025年3月"
G["xd07"] = dict(
 article=art("江苏宿迁宿城:做强园区载体平台 加快提升发展能级", "学习强国（宿城区政府网站“媒体聚焦”栏转载，标题前标“[学习强国]”），www.sqsc.gov.cn", "2025-03-22", "day",
  "National study platform's local item relayed by the district government site, Jiangsu: a town's electromechanical equipment park — a textile firm's capacity, export markets and jobs, the park's firms and above-scale count, the town's park upgrading",
  "http://www.sqsc.gov.cn/scq/mtjj/202503/a85b5d882afb421d9c15650074523ab3.shtml",
  "日期取页面“发布日期:2025-03-22”（文中采访在“3月2日”）。标题照录，删去栏目加的来源标记“[学习强国]”（make_txt.py HEAD_PREFIX）；投稿信箱、位置导航、来源访问量行已删。存段在末段“2024年,龙河镇规模以上工业总产值、开票销售增长40%,全年新签约亿元以上工业项目5个”处中断（句未完），该句已删（make_txt.py LINE_SUFFIX），正文截至“…全力推动园区能级再提升。”，共五段。园区：龙河机电装备智造产业园（宿迁市宿城区龙河镇，江苏）。公司：江苏世成纺织科技有限公司（简称“世成纺织”，“坐落于龙河机电装备智造产业园内”）；通得电气、福坤科技、明东电器（园区“先后集聚”）。事实：世成纺织可年产各种纤维14万吨、海外固定客户30余家（可选）、出口订单占比10%左右（可选）、累计用工约300人（cumulative）、预计再提供500多个就业岗位（target）；园区现有规上工业企业35家。人名不列。",
  "xd07"),
 parks=[
  park(LH, "宿迁", "江苏", "镇产业园（机电装备）", "据了解,世成纺织坐落于龙河机电装备智造产业园内", district="宿城区", note="龙河镇"),
 ],
 companies=[
  comp("江苏世成纺织科技有限公司", LH, H0, aliases=["世成纺织"], note="“坐落于龙河机电装备智造产业园内”"),
  comp("通得电气", LH, H1),
  comp("福坤科技", LH, H1),
  comp("明东电器", LH, H1),
 ],
 aggregate_facts=[
  fact("江苏世成纺织科技有限公司", "company", "annual_capacity_t", 140000, "t", "“我们的生产工艺先进,生产效率高,可年产各种纤维14万吨。”", AS7),
  fact("江苏世成纺织科技有限公司", "company", "overseas_customers", 30, "count", "海外固定客户30余家", AS7, qual="余", qtext="余", opt=True),
  fact("江苏世成纺织科技有限公司", "company", "export_order_share", 0.10, "ratio", "出口订单占比10%左右", AS7, kind="ratio", qual="约", qtext="左右", opt=True),
  fact("江苏世成纺织科技有限公司", "company", "employees", 300, "count", H3, AS7, kind="cumulative", qual="约", qtext="约"),
  fact("江苏世成纺织科技有限公司", "company", "expected_new_jobs", 500, "count", H3, "生产规模扩大后（预计）", kind="target", qual="余", qtext="多"),
  fact(LH, "park", "above_scale_firms", 35, "count", H2, AS7),
 ])
