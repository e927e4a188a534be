# real408 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in the text;
# 逾/超过/超/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); a US-dollar project amount sits in investment_value/_currency (mq06).
# An amount the checker's pattern cannot read (“230余亿元”, “400亿大关”) is kept in a fact whose metric does not end in _cny,
# with unit "cny" and a note. Projects: the park is the one the text places the project in, null if none. Status from the
# text's words (奠基 → 开工; 开机生产 / 投产 → 投产; 竣工 → 竣工; 主体封顶 / 桩基施工 / 加快项目建设 → 在建; 拟投资 … 启动前期建设 →
# planned). “预计 / 将 / 建成后” figures are kind target; “目前 / 截至 / 已” running totals are cumulative.

# ---------------------------------------------------------------- mq01 成都 中国西部国际服装贸易城 (生意社 via 中国纺织网 2008)
XB = "中国西部国际服装贸易城"
SF = "四川省纺织集团有限责任公司"
A0 = "由该公司拟投资50亿元打造的“中国西部国际服装贸易城”,已投入3000多万元启动前期建设"
A1 = "中国西部国际服装贸易城选址龙泉驿区阳光城,项目占地2000亩,其中,交易区和配套服务中心各100万平方米"
A2 = "项目1期20万平方米交易市场和生活配套设施建设有望2010年完工,到2014年整个项目全部建成投入使用"
A3 = "同时,贸易城投入使用后将至少带动10万人就业,年实现带动1000亿元的产业经济、100亿元的市场经营、10亿元的税收"
ASA = "建成投入使用后（预计）"
G["mq01"] = dict(
 article=art("成都将建巨无霸服装城 有五个荷花池大", "生意社（“生意社11月2日讯”），载于中国纺织网 info1.texnet.com.cn", "2008-11-02", "day",
  "Trade news agency relayed by a textile-industry portal, Sichuan: a provincial textile group's planned 5-billion-yuan garment wholesale city — site, land, floor areas, phase plan and expected jobs, turnover and tax",
  "http://info1.texnet.com.cn/content/2008-11-02/210753.html",
  "日期取网址 2008-11-02 与电头“生意社11月2日讯”（文中“昨日”为11月1日）。标题照录；页尾“转载本网专稿请注明出处“中国纺织网””与“编辑:芦苇”已删。正文五段，完整。项目：中国西部国际服装贸易城（四川省纺织集团有限责任公司“拟投资50亿元”，已投入3000多万元启动前期建设→status planned，status_alt 在建；选址龙泉驿区阳光城——阳光城为城区片区，不是园区，park 记 null）。因本项目即一座“服装城”，另列为可选园区（kind 服装城，规划中）。“3000多万元”不是 数字+万元 形式，不作事实金额。建成后带动就业、产业经济、市场经营、税收为预计（target，subject_type project）。荷花池市场为对比对象，不列。",
  "mq01"),
 parks=[
  park(XB, "成都", "四川", "服装城", A1, district="龙泉驿区", opt=True, note="规划中的纺织服装批发市场（商贸城）；另列为项目"),
 ],
 companies=[
  comp(SF, None, "昨日,记者从四川省纺织集团有限责任公司获悉", aliases=["省纺织集团公司"], note="项目投资方；文中又作“省纺织集团公司”“该公司”"),
 ],
 institutions=[
  inst("龙泉驿区同安街办", "龙泉驿区同安街办副主任冉钊说", note="街道办事处"),
 ],
 projects=[
  proj(XB, None, A0, companies=[SF], inv="拟投资50亿元", status="planned", status_text="拟投资…启动前期建设", status_alt="在建",
       note="选址龙泉驿区阳光城；1期有望2010年完工，2014年全部建成；已投入3000多万元"),
 ],
 aggregate_facts=[
  fact(XB, "project", "land_area_mu", 2000, "mu", A1, "2008年（规划）", kind="target", opt=True),
  fact(XB, "project", "phase1_floor_area_m2", 2e5, "m2", A2, "2010年（计划）", kind="target", opt=True, note="1期交易市场"),
  fact(XB, "project", "jobs", 1e5, "persons", A3, ASA, kind="target", qual="超", qtext="至少", note="“至少”记超"),
  fact(XB, "project", "industry_scale_cny", 1e11, "cny", "年实现带动1000亿元的产业经济", ASA, kind="target", chk=True),
  fact(XB, "project", "market_turnover_cny", 1e10, "cny", "100亿元的市场经营", ASA, kind="target", chk=True),
  fact(XB, "project", "tax_cny", 1e9, "cny", "10亿元的税收", ASA, kind="target", chk=True),
  fact(XB, "project", "brands_signed_intent", 300, "count", "国际品牌已有300余家", "2008年11月", kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- mq02 常熟世界服装中心 (流行色 via fx361 2009)
CS = "常熟服装城"
SJ = "常熟世界服装中心"
B0 = "2009年4月21日上午,常熟服装城新三年规划建设中的标志性建筑和城市名片——“常熟世界服装中心”举行了盛大的奠基仪式"
B1 = "“常熟世界服装中心”项目总投资11亿元人民币、总建筑面积149232平方米"
G["mq02"] = dict(
 article=art("常熟世界服装中心即将落成", "《流行色》2009年第5期（小鲁），载于 fx361.cc", "2009-06-18", "day",
  "Trade magazine item relayed by a periodical archive, Jiangsu: groundbreaking of a garment wholesale city's landmark project — investment, floor area, the city's trading rank and 2008 volume",
  "https://m.fx361.cc/news/2009/0618/5716122.html",
  "日期取页面“2009-06-18”（刊期《流行色》2009年5期；奠基在2009年4月21日）。标题照录；日期署名行、刊期行与署名“小 鲁”已删。正文两段，完整。园区：常熟服装城（苏州市代管常熟市，江苏；文中又作“中国常熟服装城”，管委会之名）。项目：常熟世界服装中心——“举行了盛大的奠基仪式”→开工；总投资11亿元人民币；属常熟服装城新三年规划（park 常熟服装城）。标题“即将落成”与正文（奠基）不一致，照录。兴元控股集团董事长在仪式致辞，文中未说其为投资方，列可选公司（park null）。常熟服装城“2008年已经突破400亿大关”无“元”字，事实 metric 不用 _cny 后缀（unit cny，qual 超）。排名类表述不计。",
  "mq02"),
 parks=[
  park(CS, "苏州", "江苏", "服装城", B0, district="常熟市", aliases=["中国常熟服装城"], note="管委会：常熟服装城管委会 / 中国常熟服装城管委会"),
 ],
 companies=[
  comp("兴元控股集团", None, "兴元控股集团董事长元秋桂先生", opt=True, note="董事长在奠基仪式致辞；与项目关系文中未说"),
 ],
 institutions=[
  inst("常熟服装城管委会", "常熟服装城管委会,多个商会,行业协会", park=CS),
  inst("中国纺织服装专业市场联盟", "中国纺织服装专业市场联盟秘书长钱晋先生", kind="association"),
 ],
 projects=[
  proj(SJ, CS, B1, inv="总投资11亿元", status="开工", status_text="奠基仪式", note="2009年4月21日奠基；常熟服装城新三年规划的标志性建筑"),
 ],
 aggregate_facts=[
  fact(SJ, "project", "floor_area_m2", 149232, "m2", B1, "2009年（规划）", kind="target", opt=True),
  fact(CS, "park", "market_turnover", 4e10, "cny", "2008年已经突破400亿大关", "2008年", qual="超", qtext="突破",
       note="交易量；原文无“元”字，metric 不带 _cny"),
 ])

# ---------------------------------------------------------------- mq03 沙湾县纺织服装产业园 (中国商业网 2015)
SW = "沙湾县纺织服装产业园"
JG = "金沟河园区"
XT = "新疆信泰纺织有限公司"
C0 = "作为新疆维吾尔自治区纺织业“三城七园一中心”的塔城地区沙湾县,今年投资10.3亿元助力纺织服装产业园区建设和纺织服装产业项目建设,目前,沙湾县纺织服装产业园初具规模"
C1 = "近日,新疆信泰纺织有限公司一期20万锭纺纱项目中前期的6万锭正式开机生产,该项目总投资5.7亿元,目前已完成投资4亿元"
C2 = "总规划面积10平方公里的沙湾纺织服装产业园,分别建设了金沟河和柳毛湾两个园区"
C3 = "目前,纺织服装产业园已入驻4家纺织企业"
C4 = "新疆信泰纺织有限公司是金沟河园区首家开工生产的企业"
C5 = "公司还将在2016年下半年投产剩余14万锭,2017年开工建设40万锭的生产车间"
G["mq03"] = dict(
 article=art("新疆沙湾县打造高端混纺服装产业基地", "中国商业网 ccwin.cn（品牌·服装服饰栏；原发媒体与署名未注明）", "2015-12-28", "day",
  "Business portal, Xinjiang: a county's textile and garment park — the year's investment, a spinning firm's first 60,000 spindles in production with total and invested amounts, the park's area, two sub-parks, firms entered, the firm's later phases and the county's jobs target",
  "http://www.ccwin.cn/article-44293-1.html",
  "日期取页面“2015-12-28 14:40”。标题照录；导航、日期行、站方“摘要”（正文首段的截断重复）、页码“1”与页尾表情按钮、标语已删。正文四段，完整。园区：沙湾县纺织服装产业园（塔城地区沙湾县，新疆；文中又作“沙湾纺织服装产业园”“纺织服装产业园”）；其下金沟河园区、柳毛湾（文中只作“金沟河和柳毛湾两个园区”，柳毛湾园区名称不逐字，列可选）。公司：新疆信泰纺织有限公司，金沟河园区首家开工生产企业。项目：信泰一期20万锭纺纱项目——前期6万锭“正式开机生产”→投产（部分），总投资5.7亿元，已完成投资4亿元（cumulative 事实）；剩余14万锭2016年下半年投产、40万锭车间2017年开工（planned，可选）。沙湾县“今年投资10.3亿元”为县级投入（region）。带动7万人就业为目标（target）。",
  "mq03"),
 parks=[
  park(SW, "塔城地区", "新疆", "产业园", C0, district="沙湾县", aliases=["沙湾纺织服装产业园"], note="文中又作“纺织服装产业园”"),
  park(JG, "塔城地区", "新疆", "园区", C4, district="沙湾县", parent=SW, note="“金沟河和柳毛湾两个园区”之一"),
  park("柳毛湾园区", "塔城地区", "新疆", "园区", C2, district="沙湾县", parent=SW, opt=True, note="文中只作“金沟河和柳毛湾两个园区”"),
 ],
 companies=[
  comp(XT, JG, C4, note="金沟河园区首家开工生产的企业"),
 ],
 projects=[
  proj("新疆信泰纺织有限公司一期20万锭纺纱项目", JG, C1, companies=[XT], inv="总投资5.7亿元", phase="一期", status="投产",
       status_text="前期的6万锭正式开机生产", status_alt="在建", note="6万锭已投产，剩余14万锭计划2016年下半年投产"),
  proj("40万锭的生产车间", JG, C5, companies=[XT], status="planned", status_text="2017年开工建设", opt=True, note="信泰后续项目"),
 ],
 aggregate_facts=[
  fact("沙湾县", "region", "investment_cny", 1.03e9, "cny", C0, "2015年", chk=True, note="助力纺织服装产业园区建设和产业项目建设"),
  fact("新疆信泰纺织有限公司一期20万锭纺纱项目", "project", "invested_to_date_cny", 4e8, "cny", "目前已完成投资4亿元", "2015年12月", kind="cumulative", chk=True),
  fact("新疆信泰纺织有限公司一期20万锭纺纱项目", "project", "spindles_in_production", 6e4, "spindles", C1, "2015年12月", opt=True),
  fact(SW, "park", "planned_area_km2", 10, "km2", C2, "2015年", opt=True),
  fact(SW, "park", "enterprises", 4, "count", C3, "2015年12月", kind="cumulative"),
  fact("沙湾县", "region", "jobs_target", 7e4, "persons", "以实现带动7万人就业为目标", "目标", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mq04 于都 纺织服装 (新华社 via 东方财富 2019)
YD = "于都县"
D0 = "投资30亿元建设服装设计中心、物流中心等十大公共服务平台,目前已建成标准厂房152万平方米"
D1 = "目前共签约纺织服装类项目155个,签约金额259.32亿元"
D2 = "目前全县拥有纺织服装企业2200余家,其中规模以上企业65家,纺织服装从业人员30万人,纺织服装全产业链产值突破400亿元"
ASD = "2019年10月"
G["mq04"] = dict(
 article=art("江西于都将打造千亿级服装产业集聚区", "新华社，载于东方财富网资讯（东方财富资讯君）", "2019-10-17", "day",
  "National news agency relayed by a finance portal, Jiangxi: a county's garment industry at its first textile fair — public platforms and standard factories, projects signed, firm counts, workforce and output",
  "http://guba.eastmoney.com/news,cjpl,881181034.html",
  "日期取页面“2019-10-17 19:21:51”（文中“17日”即博览会当日）。标题照录；“东方财富资讯君”、日期行、点赞分享按钮、“来源:新华社”（记于 outlet）与页尾“郑重声明”已删。正文五段，完整。园区：文中无实名园区；“千亿级赣闽服装产业带于都核心区”为未来目标，列为可选园区（规划）。项目：“十大公共服务平台”未点名，不列项目；30亿元投资记为县级事实。事实 subject 均为于都县（region）：已建成标准厂房152万平方米、签约纺织服装类项目155个及259.32亿元（“目前共”→cumulative）、企业2200余家、规上65家、从业30万人、全产业链产值突破400亿元（超）。主办与指导单位列可选机构。",
  "mq04"),
 parks=[
  park("赣闽服装产业带于都核心区", "赣州", "江西", "产业集聚区", "未来于都县将打造千亿级赣闽服装产业带于都核心区", district="于都县", opt=True, note="规划目标，尚非建成园区"),
 ],
 companies=[],
 institutions=[
  inst("赣州市人民政府", "由赣州市人民政府主办、中国纺织工业联合会、中国服装协会指导的中国(赣州)首届纺织服装博览会在江西于都县召开"),
  inst("中国纺织工业联合会", "中国纺织工业联合会副会长陈大鹏认为", kind="association"),
  inst("中国服装协会", "由赣州市人民政府主办、中国纺织工业联合会、中国服装协会指导的中国(赣州)首届纺织服装博览会在江西于都县召开", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YD, "region", "public_platform_investment_cny", 3e9, "cny", D0, ASD, kind="cumulative", chk=True, note="十大公共服务平台"),
  fact(YD, "region", "standard_factory_floor_area_m2", 1.52e6, "m2", "目前已建成标准厂房152万平方米", ASD, kind="cumulative"),
  fact(YD, "region", "projects_signed", 155, "count", D1, ASD, kind="cumulative", note="纺织服装类项目"),
  fact(YD, "region", "signed_investment_cny", 2.5932e10, "cny", "签约金额259.32亿元", ASD, kind="cumulative", chk=True),
  fact(YD, "region", "enterprises", 2200, "count", D2, ASD, qual="余", qtext="余", note="纺织服装企业"),
  fact(YD, "region", "enterprises_above_scale", 65, "count", D2, ASD),
  fact(YD, "region", "jobs", 3e5, "persons", D2, ASD, note="纺织服装从业人员"),
  fact(YD, "region", "output_value_cny", 4e10, "cny", "纺织服装全产业链产值突破400亿元", ASD, qual="超", qtext="突破", chk=True),
  fact(YD, "region", "recruitment_teams", 39, "count", "组建39支产业招商队", ASD, opt=True),
 ])

# ---------------------------------------------------------------- mq05 共青城 纺织服装周 (新华网江西频道 2021)
FZ = "共青城市服装小镇"
E0 = "主展区设于共青城市服装小镇,参展企业130余家"
E1 = "高标准建成服装小镇,目前入驻服装企业65家、电商企业180家、面辅料供应商210家"
E2 = "引进武汉纺织大学共青城纺织服装产业研究院及鸭鸭产业园项目"
E3 = "开幕式上,举行了纺织服装产业链项目集中签约,共签约项目43个,总金额230余亿元"
ASE = "2021年12月"
G["mq05"] = dict(
 article=art("（无标题）2021江西纺织服装周暨第二届共青城市羽绒服装周在共青城市开幕", "新华网江西频道（“来源:新华网江西频道”），转载于 kakiandphil.com", "2021-12-20", "day",
  "National news site's provincial channel relayed by another site, Jiangxi: a textile week opening in a county-level city — its garment town's firms, a research institute and a park project brought in, a signing of 43 projects, the province's textile revenue",
  "https://kakiandphil.com/xiehui/news/domestic/gnzx/202112/t20211220_4229447.htm",
  "日期取网址 t20211220（开幕在12月16日）。存段无标题（title 为编者概括）；两条图片说明（“…开幕式。李成城 摄”“开幕式上的服装秀。李成城 摄”）与文末“(来源:新华网江西频道)”已删。正文五段，完整。转载站点域名与内容无关，但正文为简体原文、未见改写或插入，仍用（SOURCES 注明）。园区：共青城市服装小镇（九江市代管共青城市，江西；文中又作“服装小镇”），入驻服装企业65家、电商企业180家、面辅料供应商210家（cumulative）。项目：鸭鸭产业园项目——“引进”，无状态词，status null，园区文中未说，park null。机构：武汉纺织大学共青城纺织服装产业研究院（研究院）。集中签约43个项目、“总金额230余亿元”：金额不是 数字+亿元 形式，记于 signed_investment（unit cny，qual 余），subject 共青城市（region）。江西省规上纺织服装企业2020年营业收入1713亿元为省级事实（可选）。",
  "mq05"),
 parks=[
  park(FZ, "九江", "江西", "小镇", E0, district="共青城市", aliases=["服装小镇"], note="服装特色小镇；文中又作“服装小镇”"),
 ],
 companies=[],
 institutions=[
  inst("武汉纺织大学共青城纺织服装产业研究院", E2, kind="research", opt=False),
  inst("江西省工业和信息化厅", "江西省工业和信息化厅副厅长谢志锋致辞时表示"),
 ],
 projects=[
  proj("鸭鸭产业园项目", None, E2, note="“引进”，无状态词；园区文中未说"),
 ],
 aggregate_facts=[
  fact(FZ, "park", "enterprises", 65, "count", E1, ASE, kind="cumulative", note="服装企业"),
  fact(FZ, "park", "ecommerce_enterprises", 180, "count", E1, ASE, kind="cumulative"),
  fact(FZ, "park", "suppliers", 210, "count", E1, ASE, kind="cumulative", opt=True, note="面辅料供应商"),
  fact(FZ, "park", "exhibitors", 130, "count", E0, "2021年12月16日", qual="余", qtext="余", opt=True),
  fact("共青城市", "region", "projects_signed", 43, "count", E3, "2021年12月16日（集中签约）"),
  fact("共青城市", "region", "signed_investment", 2.3e10, "cny", E3, "2021年12月16日（集中签约）", qual="余", qtext="余",
       note="“230余亿元”；metric 不带 _cny（检查脚本不读“余亿元”）"),
  fact("江西省", "region", "revenue_cny", 1.713e11, "cny", "2020年,江西纺织服装行业规模以上企业实现营业收入1713亿元", "2020年", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- mq06 安岳 渝成制鞋产业园 (封面新闻 via fensifuwu 2023)
YC = "渝成制鞋产业园"
F0 = "1月9日,位于四川资阳安岳县的渝成制鞋产业园内热闹非凡,当地一家年制鞋产量达600万双的鞋业生产基地正式投产"
F1 = "据了解,该项目是安岳县政府于2019年招商引资引进,总投资2亿美元,项目分两期建设,一期占地80亩"
F2 = "计划今年完成8条成型线,整体用工需求将达1500人,年制鞋产量达600万双,产值达5亿元人民币"
F3 = "据悉,2022年,安岳渝成制鞋产业园共有91户制鞋企业在园区入驻,共计解决了1.3万余人就业,总体营收达54亿元"
PJ = "鞋业生产基地"
G["mq06"] = dict(
 article=art("预计年产600万双鞋 四川安岳又一鞋业生产基地正式投产", "封面新闻（吴双桂，封面新闻记者 陈远扬），转载于 fensifuwu.com（“服务粉丝”）", "2023-01", "month",
  "Regional news app relayed by an aggregator, Sichuan: a shoe-making base in a county's footwear park starts production — its dollar investment, phases, lines, workforce, expected output; the park's firms, jobs and revenue in 2022",
  "https://fensifuwu.com/economics/0aa38bcd34399046517d849ebb4c2e96.html",
  "转载页“日期:”为空；投产在“1月9日”，文中以2022年为上年、“2023年,园区将…”，故记2023年1月（月精度，推定）。标题照录；站名、导航、来源行、署名行（记于 outlet）与“相关阅读”已删。正文五段，完整。园区：渝成制鞋产业园（资阳市安岳县，四川；文中又作“安岳渝成制鞋产业园”）。项目：未具名的鞋业生产基地（企业名称文中未出现），“正式投产”→投产；“总投资2亿美元”→investment_value 2e8 USD，investment_cny null；分两期，一期占地80亩。项目的年产600万双、产值5亿元为计划（target）。园区2022年：入驻制鞋企业91户、就业1.3万余人、总体营收54亿元。四川省鞋业协会（秘书长讲话）列可选机构。",
  "mq06"),
 parks=[
  park(YC, "资阳", "四川", "产业园", F0, district="安岳县", aliases=["安岳渝成制鞋产业园"]),
 ],
 companies=[],
 institutions=[
  inst("四川省鞋业协会", "四川省鞋业协会秘书长马运涛说", kind="association"),
  inst("安岳县政府", F1),
 ],
 projects=[
  proj(PJ, YC, F1, inv="总投资2亿美元", currency="usd", value=2e8, status="投产", status_text="正式投产",
       note="企业名未出现；年制鞋产量达600万双的鞋业生产基地；2019年招商引进；分两期建设"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "annual_output_pairs", 6e6, "pairs", F2, "2023年（计划）", kind="target"),
  fact(PJ, "project", "output_value_cny", 5e8, "cny", "产值达5亿元人民币", "2023年（计划）", kind="target", chk=True),
  fact(PJ, "project", "jobs", 900, "persons", "用工900余人", "2023年1月", qual="余", qtext="余", opt=True),
  fact(YC, "park", "enterprises", 91, "count", F3, "2022年"),
  fact(YC, "park", "jobs", 1.3e4, "persons", F3, "2022年", qual="余", qtext="余"),
  fact(YC, "park", "revenue_cny", 5.4e9, "cny", "总体营收达54亿元", "2022年", chk=True),
 ])

# ---------------------------------------------------------------- mq07 荔城区鞋材加工集中区 (莆田网 2024)
LC = "荔城区鞋材加工集中区"
G0 = "2月14日,在荔城区鞋材加工集中区新阳鞋业项目工地,挖掘机来回穿梭"
G1 = "据介绍,荔城区鞋材加工集中区规划总用地面积约93万平方米,一期项目总用地面积近37.7万平方米,总投资40亿元,预计年产值30亿元,达产后年创税收2亿元"
G2 = "目前,项目一期已出让9个工业地块"
G3 = "其中,鑫昌鞋材已投产,启泰鞋业已竣工;潮流鞋材、鑫山服饰等5个企业主体封顶;万存科技、新阳鞋业正在进行桩基施工"
ASG = "达产后（预计）"
G["mq07"] = dict(
 article=art("（无标题）荔城区鞋材加工集中区项目节后复工", "莆田网（ptwbs.net；朱崇飞 曾程 文/图）", "2024-02", "month",
  "City news site, Fujian: a district's shoe-materials processing zone back at work after the Spring Festival — phase-1 land, investment and expected output and tax, plots sold, and six named firms at different stages",
  "http://ptwbs.net/news-1062941.html",
  "存段无标题、无日期（title 为编者概括）。年份推定：海峡网2023-12-01 的报道（第15次检索所见，繁体转换副本）称当时一期已出让8个地块、鑫昌鞋材厂房封顶；本文为9个地块、鑫昌已投产、“节后复工”于2月14日，故记2024年2月（月精度，推定）。存段为一行，段落以空格相连：行首图片说明“图为新阳鞋业项目工地施工现场。”与行尾表格竖线“|”已删，并在段首（“2月14日,在荔城区”“据介绍,荔城区”“目前,项目一期”“(朱崇飞”）前断段，只去掉空格（make_txt.py SPLIT）。园区：荔城区鞋材加工集中区（莆田市荔城区，福建）；文中又称“荔城区鞋材加工集中区项目”，一期为项目。项目：荔城区鞋材加工集中区项目一期——总投资40亿元（文中与一期用地同句，记 phase 一期），复工建设→在建；新阳鞋业项目——桩基施工→在建。其余五家企业（鑫昌鞋材投产、启泰鞋业竣工、潮流鞋材与鑫山服饰主体封顶、万存科技桩基施工）列为公司（园区内），其项目以企业名列为可选项目。“5个企业主体封顶”只点名两家。预计年产值30亿元、年税收2亿元为 target。",
  "mq07"),
 parks=[
  park(LC, "莆田", "福建", "集中区", G1, district="荔城区", note="鞋材加工集中区；文中又作“荔城区鞋材加工集中区项目”"),
 ],
 companies=[
  comp("鑫昌鞋材", LC, G3, note="已投产"),
  comp("启泰鞋业", LC, G3, note="已竣工"),
  comp("潮流鞋材", LC, G3, note="主体封顶"),
  comp("鑫山服饰", LC, G3, note="主体封顶"),
  comp("万存科技", LC, G3, note="桩基施工"),
  comp("新阳鞋业", LC, G3, note="桩基施工；“新阳鞋业项目”"),
 ],
 projects=[
  proj("荔城区鞋材加工集中区项目", LC, G1, inv="总投资40亿元", phase="一期", status="在建", status_text="节后复工复产",
       note="一期项目总用地面积近37.7万平方米；投资额与一期同句"),
  proj("新阳鞋业项目", LC, G0, companies=["新阳鞋业"], status="在建", status_text="正在进行桩基施工"),
  proj("鑫昌鞋材", LC, G3, companies=["鑫昌鞋材"], status="投产", status_text="已投产", opt=True, note="以企业名作项目名"),
  proj("启泰鞋业", LC, G3, companies=["启泰鞋业"], status="竣工", status_text="已竣工", opt=True, note="以企业名作项目名"),
  proj("潮流鞋材", LC, G3, companies=["潮流鞋材"], status="在建", status_text="主体封顶", opt=True, note="以企业名作项目名"),
  proj("鑫山服饰", LC, G3, companies=["鑫山服饰"], status="在建", status_text="主体封顶", opt=True, note="以企业名作项目名"),
  proj("万存科技", LC, G3, companies=["万存科技"], status="在建", status_text="正在进行桩基施工", opt=True, note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(LC, "park", "planned_area_m2", 9.3e5, "m2", G1, "规划", qual="约", qtext="约", opt=True),
  fact(LC, "park", "phase1_land_area_m2", 3.77e5, "m2", G1, "一期", qual="约", qtext="近", opt=True),
  fact(LC, "park", "projected_output_value_cny", 3e9, "cny", "预计年产值30亿元", ASG, kind="target", chk=True),
  fact(LC, "park", "projected_tax_cny", 2e8, "cny", "达产后年创税收2亿元", ASG, kind="target", chk=True),
  fact(LC, "park", "industrial_plots_sold", 9, "count", G2, "2024年2月", kind="cumulative"),
  fact(LC, "park", "enterprises_topped_out", 5, "count", G3, "2024年2月", opt=True),
 ])
