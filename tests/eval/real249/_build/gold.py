# real249 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount without 元 (“105亿投资”) stays in investment_text
# with investment_cny null. Growth rates as ratios. Projects: the park the text places the project in, null if none (a county
# is a region, not a park). Status from the text's words (开工 → 开工; 土建/施工进行中 → 在建; buildings accepted and trial
# production pending → 竣工 with status_alt 在建). “预计” year figures are kind target with “（预计）” in as_of; year-to-date
# counts (“今年以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/snNN.raw as returned.

# ---------------------------------------------------------------- sn01 江山经济开发区 首季 (江山传媒集团 via investchn 2024)
JS = "江山经济开发区"
A0 = "今年以来,江山经济开发区以超常规的思路举措,做细做实“腾笼换鸟”大文章,一季度完成规上工业总产值58.65亿元,同比增长7.67%"
A1 = "完成固定资产投资15.20亿元,同比增长94.62%,其中制造业投资完成10.71亿元,同比增长80.86%"
A2 = "“恒成塑业”年产5000吨ABS蓄电池塑壳、5000吨锂电池塑壳生产线项目的厂房、办公楼已通过相关部门验收,正准备试生产"
A3 = "“安顺”商品混凝土生产线项目完成1号生产厂房地下室顶板浇筑、二层楼面支模架搭设和模板安装完成90%"
A4 = "完成两新产业园、江贺科创走廊25家企业入驻莲华山智能家居产业园"
Q1 = "2024年一季度"
G["sn01"] = dict(
 article=art("经济开发区首季完成规上工业产值58亿元", "江山传媒集团（江山市融媒体），载于 investchn.com（中国投资促进网“开发区新闻·衢州”，发布开发区：浙江江山经济开发区）", "2024-04-19", "day",
  "County-level city media group relayed by an investment-promotion portal, Zhejiang: a county-level zone's first-quarter figures (above-scale output, fixed-asset and manufacturing investment with growth), vacated plots, firms moved into a park-in-zone, three named projects at different stages",
  "https://investchn.com/index.php/home/news/detail/id/487847.html",
  "日期取页面“发布时间:2024-04-19  来源:江山传媒集团”。标题照录（页面标题无“江山”二字）；站点口号、面包屑与发布时间行已删。存段在末段第三个分句“…机器设备陆续进场安装调试、部分工段”处中断：该分句（“金腰带传动”年产800万米精密滚子链生产线项目…部分工段）整句删去（make_txt.py LINE_SUFFIX），正文止于“…模板安装完成90%;”（以分号结束，原文如此）。园区：江山经济开发区（衢州江山市，浙江；文中又作“经济开发区”）；“一区三园”未列名；莲华山智能家居产业园（25家企业入驻）、两新产业园（企业迁出地）列为可选子园区。公司：丰泽木业、宝威电气（腾退土地，可选）、恒成塑业、安顺（项目业主，简称）。项目：恒成塑业生产线项目（厂房办公楼已验收、正准备试生产→竣工，status_alt 在建）；安顺商品混凝土生产线项目（在建）。均无投资额。事实：一季度规上工业总产值58.65亿元、增7.67%；固定资产投资15.20亿元、增94.62%；制造业投资10.71亿元、增80.86%（kind reported，as_of 2024年一季度）。",
  "sn01"),
 parks=[
  park(JS, "衢州", "浙江", "经济开发区", A0, district="江山市", aliases=["经济开发区"], note="标题与正文又作“经济开发区”；省级"),
  park("莲华山智能家居产业园", "衢州", "浙江", "产业园（智能家居）", A4, district="江山市", parent=JS, opt=True, note="园中园，25家转型升级企业入驻"),
  park("两新产业园", "衢州", "浙江", "产业园", A4, district="江山市", parent=JS, opt=True, note="企业迁出地，只一提"),
 ],
 companies=[
  comp("恒成塑业", JS, A2, note="简称，项目业主"),
  comp("安顺", JS, A3, opt=True, note="简称（商品混凝土），项目业主"),
  comp("丰泽木业", JS, "“丰泽木业”涉江贺公路施工的部分厂房场地提前腾空", opt=True, note="腾退厂房场地"),
  comp("宝威电气", JS, "“宝威电气”成功签订土地收回补偿协议", opt=True, note="土地收回"),
 ],
 projects=[
  proj("年产5000吨ABS蓄电池塑壳、5000吨锂电池塑壳生产线项目", JS, A2, companies=["恒成塑业"], status="竣工",
       status_text="厂房、办公楼已通过相关部门验收,正准备试生产", status_alt="在建", note="即将试生产"),
  proj("商品混凝土生产线项目", JS, A3, companies=["安顺"], status="在建", status_text="完成1号生产厂房地下室顶板浇筑…模板安装完成90%"),
 ],
 aggregate_facts=[
  fact(JS, "park", "industrial_output_above_scale_cny", 5.865e9, "cny", A0, Q1, chk=True),
  fact(JS, "park", "industrial_output_above_scale_yoy_growth", 0.0767, "ratio", A0, Q1, kind="ratio"),
  fact(JS, "park", "fixed_asset_investment_cny", 1.52e9, "cny", A1, Q1, chk=True),
  fact(JS, "park", "fixed_asset_investment_yoy_growth", 0.9462, "ratio", A1, Q1, kind="ratio"),
  fact(JS, "park", "manufacturing_investment_cny", 1.071e9, "cny", "其中制造业投资完成10.71亿元,同比增长80.86%", Q1, chk=True, opt=True),
  fact(JS, "park", "manufacturing_investment_yoy_growth", 0.8086, "ratio", "其中制造业投资完成10.71亿元,同比增长80.86%", Q1, kind="ratio", opt=True),
  fact(JS, "park", "firms_moved_in", 25, "count", "25家转型升级企业签约入驻小微园", "2024年1月至4月中旬", kind="cumulative", opt=True, note="入驻小微园（又见莲华山智能家居产业园）"),
 ])

# ---------------------------------------------------------------- sn02 响水 3个项目开工 (盐城新闻网 2024)
KC = "东南大学响水科创产业园"
B0 = "8月20日,响水县举办高质量发展项目开工和观摩活动,涉及新能源、科创等领域,共开工3个项目,总投资21.6亿元"
B1 = "总投资10.6亿元的东南大学响水科创产业园,是一个集研发、生产、生活于一体的现代化产业园区"
B2 = "总投资10亿元的辰霏体育用品生产项目,是一个含绿量足、含新量高的优质项目"
B3 = "该项目投资方江苏名欧高分子科技股份有限公司总经理尹议说"
G["sn02"] = dict(
 article=art("（无标题）响水县高质量发展项目开工和观摩活动 3个项目总投资21.6亿元", "盐城新闻网（ycnews.cn，县区新闻·响水栏；存段无署名）", "2024-08-22", "day",
  "City news portal's county channel, Jiangsu: a county's groundbreaking and inspection event — three projects started, a university-branded science park with its investment and capacity, a sports-goods materials project with its investor and expected sales",
  "https://www.ycnews.cn/xyxw/xiangshui/2024/08-22/71e4Jd9k.html",
  "日期取网址 2024/08-22（活动为8月20日）。存段无标题、无日期行（title 为编者概括）。末段“一个个高质量发展项目…弹奏着高质量发展的”在句中中断，整段删去；正文止于尹议引语，共五段。园区：东南大学响水科创产业园（项目本身即“现代化产业园区”，文中又称“科创园”；盐城响水县，江苏）——同时列为园区与项目（如 real52 zv05 中原泛家居产业园）。县里没有点名开发区。项目：东南大学响水科创产业园（总投资10.6亿元，开工）、辰霏体育用品生产项目（总投资10亿元，投资方江苏名欧高分子科技股份有限公司）；第三个开工项目未点名。辰霏项目的“开工”由“共开工3个项目”推断。公司：江苏东大金山资本管理有限公司（董事长在开工现场讲话，与科创园的关系文中未明说，可选）、江苏名欧高分子科技股份有限公司（投资方）。机构：东南大学、南京体育学院、盐城师范学院（可选）。事实：响水县开工3个项目、总投资21.6亿元（region）；科创园建成后可入驻50家（target，可选）；辰霏项目达效后开票销售不低于5亿元（target，可选）。",
  "sn02"),
 parks=[
  park(KC, "盐城", "江苏", "科创产业园", B1, district="响水县", aliases=["科创园"], note="园区即开工项目；文中又作“科创园”"),
 ],
 companies=[
  comp("江苏名欧高分子科技股份有限公司", None, B3, note="辰霏体育用品生产项目投资方；县内未点名园区"),
  comp("江苏东大金山资本管理有限公司", None, "江苏东大金山资本管理有限公司董事长、东南大学汽车行业校友会副会长卞鹏萱说", opt=True, note="在科创园开工现场讲话；与项目关系未明说"),
 ],
 institutions=[
  inst("东南大学", "主要招引科技型企业入驻以及承接东南大学等高校科研转化成果", kind="university", park=KC),
  inst("南京体育学院", "与南京体育学院、盐城师范学院等多所高校建立协同创新中心和联合实验室", kind="university"),
  inst("盐城师范学院", "与南京体育学院、盐城师范学院等多所高校建立协同创新中心和联合实验室", kind="university"),
 ],
 projects=[
  proj(KC, None, B1, inv="总投资10.6亿元", status="开工", status_text="共开工3个项目", note="园区开发项目，项目即园区；开工见首段与“在项目开工现场”"),
  proj("辰霏体育用品生产项目", None, B2, companies=["江苏名欧高分子科技股份有限公司"], inv="总投资10亿元", status="开工",
       status_text="共开工3个项目", note="开工由首段推断；县内未点名园区"),
 ],
 aggregate_facts=[
  fact("响水县", "region", "projects_started", 3, "count", B0, "2024-08-20"),
  fact("响水县", "region", "started_projects_investment_cny", 2.16e9, "cny", B0, "2024-08-20", chk=True),
  fact(KC, "park", "planned_firms_capacity", 50, "count", "建成后可入驻50家科创企业", "建成后", kind="target", opt=True),
  fact("辰霏体育用品生产项目", "project", "expected_annual_sales_cny", 5e8, "cny", "全部投产达效后,年可实现开票销售不低于5亿元", "达效后",
       kind="target", qtext="不低于", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sn03 沭阳经开区 2023年度工业答卷 (新江苏·中国江苏网 via cnrepark 2024)
SY = "沭阳经开区"
C0 = "沭阳经开区工业开票连年攀升,排名苏北县级园区第一,预计实现工业开票798亿元"
C1 = "近年来,沭阳县优化沭阳经开区、昆沭高新园及3个市级“一区多园”特色园、4个道口乡镇工业集聚区“234”园区体系"
G["sn03"] = dict(
 article=art("（无标题）沭阳经开区工业开票排名苏北县级园区第一 沭阳县亮出2023年度工业经济答卷", "新江苏客户端·中国江苏网（孙旭晖 相哲），载于 cnrepark.com（存段未示站名与日期）", "2024-01", "month",
  "Provincial news app relayed by an industrial-park portal, Jiangsu: a county's 2023 industrial results led by its economic development zone — the zone's estimated invoiced industrial sales and rank, the county's park system, budget revenue and next year's target",
  "https://cnrepark.com/news/detail/247083.html",
  "存段无标题、无日期行（title 为编者概括）。日期由正文推断：“近日,宿迁市沭阳县亮出2023年度工业经济答卷”“1月10日…沭阳经开区举行招商引资出征誓师大会”→ 2024年1月（10日之后）；real212 的 notes 亦记为 2024-01。正文四段，完整（末句止于“争先进位。”）。园区：沭阳经开区（宿迁沭阳县，江苏；“千亿开发区”“头雁”）、昆沭高新园（只在园区体系中一提）；“3个市级‘一区多园’特色园”“4个道口乡镇工业集聚区”未点名，不列。桑墟、贤官、李恒、青伊湖、刘集为乡镇（板块），不列园区。无具体项目、公司。事实：沭阳经开区预计2023年工业开票798亿元（target，as_of 注“预计”）；沭阳县全年一般公共预算收入67.1亿元（region，可选）；县“年内工业开票销售突破2000亿元”为2024年目标（target，可选）。",
  "sn03"),
 parks=[
  park(SY, "宿迁", "江苏", "经济开发区", C0, district="沭阳县", note="县级园区；文中又作“千亿开发区”“头雁”"),
  park("昆沭高新园", "宿迁", "江苏", "高新园", C1, district="沭阳县", note="只在“234”园区体系中一提"),
 ],
 institutions=[
  inst("沭阳经开区党工委", "沭阳县委书记、沭阳经开区党工委书记彭伟说", park=SY),
 ],
 aggregate_facts=[
  fact(SY, "park", "industrial_invoiced_sales_cny", 7.98e10, "cny", C0, "2023年全年（预计）", kind="target", chk=True, note="工业开票，预计数"),
  fact("沭阳县", "region", "general_budget_revenue_cny", 6.71e9, "cny", "全年完成一般公共预算收入67.1亿元", "2023年", opt=True, chk=True),
  fact("沭阳县", "region", "industrial_invoiced_sales_cny", 2e11, "cny", "年内工业开票销售突破2000亿元", "2024年（目标）", kind="target",
       qual="超", qtext="突破", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sn04 兰溪 欣旺达(浙江锂威) / 越龙山 (无限金华 2021)
LX = "兰溪经济开发区"
D0 = "欣旺达(浙江锂威)项目,年产2.4亿只锂离子电芯及年产2.4亿只锂离子电池模组项目。它位于兰溪经济开发区"
D1 = "目前整个项目的土建,已完成总工程量的近90%,我们确保今天8月1号正式投产"
D2 = "越龙山国际旅游度假区项目是省大花园建设的标志性项目之一,整个项目105亿投资"
G["sn04"] = dict(
 article=art("（无标题）兰溪欣旺达(浙江锂威)项目、越龙山国际旅游度假区项目现场", "无限金华客户端（金华广电；存段无署名）", "2021-04-27", "day",
  "City broadcaster's app, Zhejiang: a spoken video report from two project sites in a county-level city — a battery project in the economic development zone (structure built, production date promised) and a tourism resort project with its investment",
  "https://share.jcy.jinhua.com.cn/c/221206/ARTIxl2b5DdQG6Z8f6.html",
  "日期取电头“无限金华客户端4月27日消息”与正文“2021春深日暖”“项目一期从2020年7月份到2021年的7月份”→ 2021-04-27（网址中的 221206 不作发布日）。存段无标题（title 为编者概括）。口播稿体例，照录：“我们确保今天8月1号正式投产”（“今天”当为“今年”，原文如此）、“2021面临的…”。末段“2021面临的机遇和挑战不言而喻,兰溪将乘势而上,拼搏争先,在风浪乘风破”在句中中断，整段删去；正文止于“前行的脚步,书写着答案。”，共九段。园区：兰溪经济开发区（金华兰溪市，浙江）。项目：欣旺达(浙江锂威)项目（别名为其产品表述；在兰溪经济开发区；土建完成近90%→在建；计划8月1日投产，记在 note；存段无投资额）；越龙山国际旅游度假区项目（旅游项目，不在园区，可选；“105亿投资”无“元”字，investment_text 照录、investment_cny 为空；二期51亿、二期固定投资45.8亿同）。公司：欣旺达、浙江锂威只在项目名中（可选）。",
  "sn04"),
 parks=[
  park(LX, "金华", "浙江", "经济开发区", D0, district="兰溪市"),
 ],
 companies=[
  comp("欣旺达", LX, D0, opt=True, note="只在项目名中"),
  comp("浙江锂威", LX, D0, opt=True, note="只在项目名中（欣旺达子公司）"),
 ],
 projects=[
  proj("欣旺达(浙江锂威)项目", LX, D0, companies=["欣旺达", "浙江锂威"], status="在建", status_text="土建,已完成总工程量的近90%",
       aliases=["年产2.4亿只锂离子电芯及年产2.4亿只锂离子电池模组项目"], phase="一期",
       note="建设工期2020.7–2025.2；一期2020年7月至2021年7月；“确保今天8月1号正式投产”（2021-08-01 计划投产）；存段无投资额"),
  proj("越龙山国际旅游度假区项目", None, D2, inv="105亿投资", unparsed=True, status="在建", status_text="今年国庆节,这里将开门迎客",
       opt=True, note="旅游项目，不在园区；金额无“元”字，investment_cny 空（105亿元）；二期投资51亿、二期固定投资45.8亿"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- sn05 浙江遂昌经济开发区获批成立 (遂昌县报 2022)
SC = "浙江遂昌经济开发区"
E0 = "经浙江省人民政府批复——浙江遂昌经济开发区正式成立,填补了我县无省级经济开发区的空白"
E1 = "浙江遂昌经济开发区规划面积13.50平方公里,分两个区块"
E2 = "城东区块规划面积13.03平方公里"
E3 = "城西片区规划面积0.47平方公里"
G["sn05"] = dict(
 article=art("创造历史 浙江遂昌经济开发区获批成立", "遂昌县报（szb.scxnews.cn 数字报，第一版要闻；记者 龚隆淼；报名存段未示）", "2022-01-10", "day",
  "County newspaper's front page, Zhejiang: a county's first provincial-level economic development zone approved — planned area, two blocks with their areas and boundaries, target industries, background of the application",
  "http://szb.scxnews.cn/Article/index/aid/5450260.html",
  "日期取版面“2022年01月10日 第一版:要闻”。标题两行（引题“创造历史”、主题“浙江遂昌经济开发区获批成立”）以空格连为一行；数字报弹窗“这已经是最后一期了哦! / 我知道了”、期次导航与重复日期已删。存段在末段“期间,县经济商务局、工业园区管委会、自然资源和规划局等部门更是强强联”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文止于“…全面领导和负责创建工作。”，共四段。园区：浙江遂昌经济开发区（丽水遂昌县，浙江；省级）；城东区块、城西片区为其两块（可选，parent）；龙板山工业园区只作四至地名出现（可选）。无项目、公司。事实：规划面积13.50平方公里；城东13.03、城西0.47（可选）。机构：浙江省人民政府（批复，可选）。",
  "sn05"),
 parks=[
  park(SC, "丽水", "浙江", "省级经济开发区", E0, district="遂昌县", note="2022年1月获批（“日前”）"),
  park("城东区块", "丽水", "浙江", "经济开发区区块", E2, district="遂昌县", parent=SC, opt=True),
  park("城西片区", "丽水", "浙江", "经济开发区区块", E3, district="遂昌县", parent=SC, opt=True),
  park("龙板山工业园区", "丽水", "浙江", "工业园区", "东至龙板山工业园区环一路", district="遂昌县", opt=True, note="只作城东区块四至地名"),
 ],
 institutions=[
  inst("浙江省人民政府", E0, note="批复设立"),
 ],
 aggregate_facts=[
  fact(SC, "park", "planned_area_km2", 13.5, "km2", E1, "2022年1月"),
  fact("城东区块", "park", "planned_area_km2", 13.03, "km2", E2, "2022年1月", opt=True),
  fact("城西片区", "park", "planned_area_km2", 0.47, "km2", E3, "2022年1月", opt=True),
 ])

# ---------------------------------------------------------------- sn06 二季度沭阳县24个重大产业项目开工 (沭阳县发展改革局 on fzggw.jiangsu.gov.cn 2022)
F0 = "二季度沭阳县24个重大产业项目开工,计划投资170.5亿元"
F1 = "全县新签约亿元以上项目73个,其中,百亿级项目1个、50亿元以上项目2个、10亿元以上项目14个"
SYX = "沭阳县"
G["sn06"] = dict(
 article=art("二季度沭阳县24个重大产业项目开工 计划投资170.5亿元", "沭阳县发展改革局，载于江苏省发展和改革委员会网站（fzggw.jiangsu.gov.cn）", "2022-04-22", "day",
  "County development-and-reform bureau's item on the provincial DRC portal, Jiangsu: a county's second-quarter groundbreaking of 24 major industrial projects with planned investment, year-to-date signings by size, and year targets",
  "http://fzggw.jiangsu.gov.cn/art/2022/4/22/art_4591_10424369.html",
  "日期取页面“发布时间:2022-04-22 来源:沭阳县发展改革局”。标题两行（“二季度沭阳县24个重大产业项目开工”“计划投资170.5亿元”）以空格连为一行；发布时间行与“打印此页】 【 关闭窗口”已删。正文两段，完整。首句“422日上午”原文如此（当为“4月22日”），照录；第二段“项目推进零障碍力争新建…”缺标点，原文如此。文中未点名任何园区或具体项目：24个项目与签约数均为全县（region 沭阳县）。事实：二季度开工24个、计划投资170.5亿元；今年以来新签约亿元以上项目73个（cumulative），其中百亿级1个、50亿元以上2个、10亿元以上14个（可选）；全年目标：新建亿元项目100个、新增规上工业增加值100亿元、工业投资300亿元、新增工业销售300亿元（target，可选）。",
  "sn06"),
 parks=[],
 aggregate_facts=[
  fact(SYX, "region", "projects_started", 24, "count", F0, "2022年二季度（4月22日）"),
  fact(SYX, "region", "started_projects_investment_cny", 1.705e10, "cny", F0, "2022年二季度（4月22日）", chk=True),
  fact(SYX, "region", "projects_signed", 73, "count", F1, "2022年1月至4月22日", kind="cumulative", note="亿元以上项目"),
  fact(SYX, "region", "projects_signed_over_10e9", 1, "count", F1, "2022年1月至4月22日", kind="cumulative", opt=True, note="百亿级"),
  fact(SYX, "region", "projects_started_target", 100, "count", "力争新建亿元项目100个", "2022年（目标）", kind="target", opt=True),
  fact(SYX, "region", "industrial_value_added_increase_cny", 1e10, "cny", "新增规上工业增加值100亿元", "2022年（目标）", kind="target", opt=True, chk=True),
  fact(SYX, "region", "industrial_investment_cny", 3e10, "cny", "实现工业投资300亿元", "2022年（目标）", kind="target", opt=True, chk=True),
  fact(SYX, "region", "industrial_sales_increase_cny", 3e10, "cny", "新增工业销售300亿元", "2022年（目标）", kind="target", opt=True, chk=True),
 ])
