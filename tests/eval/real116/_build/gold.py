# real116 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (yh07 traditional script as published by a Hong Kong paper, the rest
# simplified as published); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text
# keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth
# rates as ratios (164.8% → 1.648). Projects: the park is the one the text places the project in, null if none (a county or
# district is a region, not a park). Status from the text's words (开工建设 / 奠基 / 已开工建设 / 集中动工 → 开工; 投产 → 投产;
# 签约 → 签约; “将于年内开工” / “正在报批” / “将于近期签约” → planned, status_text keeps the words). Amount ranges (“百亿元以上”,
# “10亿元以上项目”) are not investment amounts. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yhNN.raw as
# returned.

# ---------------------------------------------------------------- yh01 遂溪两大项目开工建设 (南方网 湛江新闻 2020)
YQ = "遂溪县洋青工业园区"
B0 = "6月30日,天地壹号遂溪产业园项目、遂溪县地方储备粮油中心库项目开工建设,在遂溪县洋青工业园区举行开工活动"
B1 = "遂溪县委书记余庆创与天地壹号集团董事长陈生为项目奠基培土"
B2 = "本次开工建设的天地壹号遂溪产业园项目和遂溪县地方储备粮油中心库项目是遂溪县落实中央“六稳”“六保”工作任务的重要抓手,总投资额达9.28亿元"
B3 = "遂溪县地方储备粮油中心库建设项目是湛江市、遂溪县重点建设的民生工程项目,项目总投资1.28亿元,总占地98.72亩,总建筑面积25053.42平方米"
B4 = "天地壹号遂溪产业园项目总投资8亿元,总占地200亩"
B5 = "一期项目投资5亿元,占地面积75284平方米,建筑面积51984平方米"
G["yh01"] = dict(
 article=art("遂溪两大项目开工建设 总投资9.28亿元", "南方网（湛江新闻频道；通讯员林志华、刘桂军供图），pc.nfapp.southcn.com", "2020-06", "month",
  "Provincial portal's city channel, Guangdong (湛江): two projects start construction at a county industrial park — a beverage maker's industrial-park project and a county grain-reserve depot, each with investment, site and floor area",
  "http://pc.nfapp.southcn.com/75/3712692.html",
  "存段无日期行；开工活动在“6月30日”，文中“计划于2020年6月底动工建设”定年份为2020，published 记“2020-06”（month；发布日应为6月30日或稍后）。标题照录；栏目路径“南方网 > 湛江新闻 > 正文”与图片说明（各重复两次）已删。存段末句“计划于2020年6月底动工建设,2021年8月完工,2021年12月”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…员工宿舍等。”，共五段。园区：遂溪县洋青工业园区（湛江市遂溪县，广东）——开工活动举行地；两项目的园区由“在遂溪县洋青工业园区举行开工活动”推定。项目：天地壹号遂溪产业园项目（总投资8亿元，一期5亿元，开工）；遂溪县地方储备粮油中心库项目（文中又作“…建设项目”，总投资1.28亿元，开工）。“天地壹号遂溪产业园项目”名为“产业园”，实为企业项目，不列园区。公司：天地壹号集团（董事长为项目奠基培土，作项目投资方）。两项目合计9.28亿元为遂溪县（region）的开工投资额。",
  "yh01"),
 parks=[
  park(YQ, "湛江", "广东", "工业园区", B0, district="遂溪县", note="开工活动举行地"),
 ],
 companies=[
  comp("天地壹号集团", YQ, B1, note="董事长为项目奠基培土；作天地壹号遂溪产业园项目投资方（园区由语境推定）"),
 ],
 institutions=[],
 projects=[
  proj("天地壹号遂溪产业园项目", YQ, B4, companies=["天地壹号集团"], inv="总投资8亿元", status="开工", status_text="开工建设",
       note="6月30日开工；一期投资5亿元；园区由开工活动地点推定"),
  proj("遂溪县地方储备粮油中心库项目", YQ, B3, inv="项目总投资1.28亿元", status="开工", status_text="开工建设",
       aliases=["遂溪县地方储备粮油中心库建设项目"], note="民生工程项目；园区由开工活动地点推定"),
 ],
 funds=[],
 aggregate_facts=[
  fact("遂溪县", "region", "projects_started_investment_cny", 9.28e8, "cny", B2, "2020-06-30（两项目开工）", chk=True,
       note="两项目合计"),
  fact("遂溪县", "region", "projects_started", 2, "count", "遂溪两大项目开工建设 总投资9.28亿元", "2020-06-30", opt=True,
       note="标题"),
  fact("天地壹号遂溪产业园项目", "project", "site_area_mu", 200, "mu", B4, "2020-06"),
  fact("天地壹号遂溪产业园项目", "project", "phase1_investment_cny", 5e8, "cny", B5, "2020-06", chk=True),
  fact("天地壹号遂溪产业园项目", "project", "phase1_site_area_m2", 75284, "m2", B5, "2020-06", opt=True),
  fact("天地壹号遂溪产业园项目", "project", "phase1_floor_area_m2", 51984, "m2", B5, "2020-06", opt=True),
  fact("遂溪县地方储备粮油中心库项目", "project", "site_area_mu", 98.72, "mu", B3, "2020-06", opt=True),
  fact("遂溪县地方储备粮油中心库项目", "project", "floor_area_m2", 25053.42, "m2", B3, "2020-06", opt=True),
 ])

# ---------------------------------------------------------------- yh02 湛江经开区 上海 石化产业招商推介会 (南方+ 2025)
ZJ = "湛江经济技术开发区"
C_H = "湛江经开区在上海举办石化产业招商推介会,现场签约9个项目总投资额79.61亿元"
C0 = "5月8日,湛江经济技术开发区在上海举办2025投资广东·湛江(上海)石化产业招商推介会"
C1 = "湛江经开区管委会现场与上海景旦新能源、东新冶金、鸿瑞供应链、氢能产业等9个项目签约"
C2 = "活动吸引逾60家企业代表参会"
C3 = "巴斯夫(广东)一体化基地管理服务资深总监刘国平,中科(广东)炼化有限公司副总经理申涛"
C4 = "上海化工研究院院长商照聪"
G["yh02"] = dict(
 article=art(C_H, "南方+（“来源:南方+记者”），载于 cadz.org.cn（中国开发区协会网）", "2025-05-09", "day",
  "Development-zone association portal relaying a provincial app report, Guangdong (湛江): a national economic-and-technological development zone's investment-promotion meeting in Shanghai — 9 projects signed with total investment, three named",
  "https://www.cadz.org.cn/index.php/News/info/id/73229.html",
  "日期取页面“发布时间:2025年05月09日 11:41”（推介会为5月8日）。标题照录；网站菜单、栏目路径、来源行与图片文件名“2025 05 09.png”已删；小标题“世界级临港重化基地注入新动能”保留为一段。存段末段（“活动现场,杨杰东推介湛江经开区及东海岛石化产业园区相关情况…在绿色化工新材料、清洁能源”）在句中中断，整段与其前小标题“围绕重点龙头产业延链补链强链”一并删去（make_txt.py ITEMS 截至上一段），正文截至“…参加推介会。”，共四段。正文“总投资额达79。61亿元”小数点误作句号，照录；金额取标题“79.61亿元”。园区：湛江经济技术开发区（文中又作“湛江经开区”；湛江，广东）。项目：与管委会签约的“上海景旦新能源、东新冶金、鸿瑞供应链”（以企业名作项目名，签约；园区推定为湛江经开区）；“氢能产业”为领域泛称，不列项目。巴斯夫(广东)一体化基地、中科(广东)炼化有限公司只因高管到场被提及，列可选公司（园区 null：文中未说其位置）。",
  "yh02"),
 parks=[
  park(ZJ, "湛江", "广东", "经济技术开发区", C0, aliases=["湛江经开区"], note="标题与正文又作“湛江经开区”"),
 ],
 companies=[
  comp("上海景旦新能源", ZJ, C1, opt=True, note="以企业名作签约项目名"),
  comp("东新冶金", ZJ, C1, opt=True, note="同上"),
  comp("鸿瑞供应链", ZJ, C1, opt=True, note="同上"),
  comp("中科(广东)炼化有限公司", None, C3, opt=True, note="只因副总经理到场被提及"),
  comp("巴斯夫(广东)一体化基地", None, C3, opt=True, note="只因资深总监到场被提及；项目/基地名"),
 ],
 institutions=[
  inst("湛江经开区管委会", C1, park=ZJ, note="签约方"),
  inst("上海化工研究院", C4, kind="research", note="院长到场"),
 ],
 projects=[
  proj("上海景旦新能源", ZJ, C1, status="签约", status_text="现场…签约", note="以企业名作项目名；9个项目之一，无单项金额"),
  proj("东新冶金", ZJ, C1, status="签约", status_text="现场…签约", note="同上"),
  proj("鸿瑞供应链", ZJ, C1, status="签约", status_text="现场…签约", note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(ZJ, "park", "projects_signed", 9, "count", C_H, "2025-05-08（上海推介会）"),
  fact(ZJ, "park", "signed_investment_cny", 7.961e9, "cny", C_H, "2025-05-08（上海推介会）", chk=True,
       note="标题金额；正文作“79。61亿元”"),
  fact("2025投资广东·湛江(上海)石化产业招商推介会", "event", "enterprises_attending", 60, "count", C2, "2025-05-08",
       qual="超", qtext="逾", opt=True),
 ])

# ---------------------------------------------------------------- yh03 广东茂名滨海新区打造西翼新增长极 (南方日报 2012)
MM = "茂名滨海新区"
D0 = "4月25日下午,茂名市政府在市区熹龙大酒店召开茂名滨海新区推介会"
D1 = "今年一季度,茂名市工业项目完成投资20.61亿元,增长164.8%"
D2 = "目前,茂名滨海新区已开工和已落实项目22个,总投资超过1179亿元"
D3 = "其中,茂名石化2000万吨炼油改扩建、粤电15万吨煤码头、粤电两台100万千瓦燃煤发电机组等7个项目已开工建设,总投资达 215.1亿元"
D4 = "广州港集团30万吨级原油码头、中化集团码头项目、巴陵石化20万吨己内酰胺等5大项目将于年内开工,总投资198.3亿元"
D5 = "中石化60 万吨芳烃、德国巴斯夫18万吨异壬醇等5个项目正在报批,总投资296亿元"
D6 = "中海油天然气综合利用、中化集团化肥中心码头及化肥生产等5个项目将于近期签约,总投资470亿元"
AS3 = "2012-04（“目前”）"
G["yh03"] = dict(
 article=art("广东茂名滨海新区打造西翼新增长极", "南方日报，载于 seller.okorder.com（易单网，“来源: 南方日报”）", "2012-04-26", "day",
  "Trade portal relaying a provincial daily, Guangdong (茂名): a new coastal zone's promotion meeting — projects started, to start within the year, awaiting approval and to be signed, with counts and totals per stage",
  "http://seller.okorder.com/news/63bf6b9aff1fad350315ccde_html",
  "日期取页面“2012-04-26 责任编辑: Mr.War 来源: 南方日报”（推介会为4月25日）。标题照录；网站名、热线、栏目路径、日期来源行与末尾免责声明已删。正文三段，完整。“总投资达 215.1亿元”“中石化60 万吨芳烃”中的空格照录。园区：茂名滨海新区（茂名，广东；新区）。项目（园区均为茂名滨海新区）按阶段：已开工建设——茂名石化2000万吨炼油改扩建、粤电15万吨煤码头、粤电两台100万千瓦燃煤发电机组（开工）；将于年内开工——广州港集团30万吨级原油码头、中化集团码头项目、巴陵石化20万吨己内酰胺（planned）；正在报批——中石化60 万吨芳烃、德国巴斯夫18万吨异壬醇（planned）；将于近期签约——中海油天然气综合利用、中化集团化肥中心码头及化肥生产（planned）。无单项金额；各阶段合计为事实。企业名只在项目名中，列可选公司。一季度工业投资为茂名市（region）数字。",
  "yh03"),
 parks=[
  park(MM, "茂名", "广东", "新区", D0, note="2012年4月推介会；文中“滨海新茂名”为南方网频道名"),
 ],
 companies=[
  comp("茂名石化", MM, D3, opt=True, note="只在项目名中"),
  comp("粤电", MM, D3, opt=True, note="只在项目名中"),
  comp("广州港集团", MM, D4, opt=True, note="只在项目名中"),
  comp("中化集团", MM, D4, opt=True, note="只在项目名中"),
  comp("巴陵石化", MM, D4, opt=True, note="只在项目名中"),
  comp("中石化", MM, D5, opt=True, note="只在项目名中"),
  comp("德国巴斯夫", MM, D5, opt=True, note="只在项目名中"),
  comp("中海油", MM, D6, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("茂名市政府", D0, note="推介会召开方"),
 ],
 projects=[
  proj("茂名石化2000万吨炼油改扩建", MM, D3, companies=["茂名石化"], status="开工", status_text="已开工建设"),
  proj("粤电15万吨煤码头", MM, D3, companies=["粤电"], status="开工", status_text="已开工建设"),
  proj("粤电两台100万千瓦燃煤发电机组", MM, D3, companies=["粤电"], status="开工", status_text="已开工建设"),
  proj("广州港集团30万吨级原油码头", MM, D4, companies=["广州港集团"], status="planned", status_text="将于年内开工"),
  proj("中化集团码头项目", MM, D4, companies=["中化集团"], status="planned", status_text="将于年内开工"),
  proj("巴陵石化20万吨己内酰胺", MM, D4, companies=["巴陵石化"], status="planned", status_text="将于年内开工"),
  proj("中石化60 万吨芳烃", MM, D5, companies=["中石化"], status="planned", status_text="正在报批",
       note="文中“60 万吨”有空格"),
  proj("德国巴斯夫18万吨异壬醇", MM, D5, companies=["德国巴斯夫"], status="planned", status_text="正在报批"),
  proj("中海油天然气综合利用", MM, D6, companies=["中海油"], status="planned", status_text="将于近期签约"),
  proj("中化集团化肥中心码头及化肥生产", MM, D6, companies=["中化集团"], status="planned", status_text="将于近期签约"),
 ],
 funds=[],
 aggregate_facts=[
  fact(MM, "park", "projects_started_or_secured", 22, "count", D2, AS3, kind="cumulative", note="已开工和已落实项目"),
  fact(MM, "park", "planned_investment_cny", 1.179e11, "cny", D2, AS3, kind="cumulative", qual="超", qtext="超过", chk=True,
       note="22个项目总投资"),
  fact(MM, "park", "projects_started", 7, "count", D3, AS3, kind="cumulative"),
  fact(MM, "park", "projects_started_investment_cny", 2.151e10, "cny", D3, AS3, kind="cumulative", chk=True),
  fact(MM, "park", "projects_planned_to_start", 5, "count", D4, "2012年内（计划）", kind="target"),
  fact(MM, "park", "projects_planned_to_start_investment_cny", 1.983e10, "cny", D4, "2012年内（计划）", kind="target", chk=True),
  fact(MM, "park", "projects_pending_approval", 5, "count", D5, AS3),
  fact(MM, "park", "projects_pending_approval_investment_cny", 2.96e10, "cny", D5, AS3, chk=True),
  fact(MM, "park", "projects_to_be_signed", 5, "count", D6, "近期（计划）", kind="target"),
  fact(MM, "park", "projects_to_be_signed_investment_cny", 4.7e10, "cny", D6, "近期（计划）", kind="target", chk=True),
  fact("茂名市", "region", "industrial_investment_completed_cny", 2.061e9, "cny", D1, "2012年一季度", chk=True),
  fact("茂名市", "region", "industrial_investment_yoy_growth", 1.648, "ratio", D1, "2012年一季度", kind="ratio"),
 ])

# ---------------------------------------------------------------- yh04 揭阳大南海石化工业园项目暨中海油项目开工 (新华网 2013)
DN = "揭阳(惠来)大南海国际石化综合工业园"
E0 = "2013揭阳大南海石化工业园项目暨中海油项目春季开工仪式9日举行"
E1 = "本次开工的重点项目有16个,总投资637.5亿元"
E2 = "其中石化类10个,计划投资599.2亿元,预计年产值938.35亿元,年创税76.84亿元"
E3 = "基础设施类6个,计划投资38.3亿元"
E4 = "据介绍,揭阳(惠来)大南海国际石化综合工业园,位于揭阳市惠来县西南端近海区域"
E5 = "众多石化中下游项目将与中委合资石化炼油项目一起形成较为完整的石化产业链,为海港经济区的建设夯实基础"
P1 = "中海油粤东LNG一体化项目(计划总投资300亿元)"
P2 = "广东谷和液化石油气(LPG)深加工项目(计划总投资53.6亿元)"
P3 = "同益东辉石化C4综合利用装置项目(计划总投资72.8亿元)"
P4 = "广东石化POX石油焦制氢项目(计划总投资约54亿元)"
P5 = "深圳埃森集团石脑油综合利用项目(计划投资56亿元)"
P6 = "以及神隆公路、供水工程、南海综合医院、前期生活配套区等一批基础配套设施项目"
AS4 = "2013-03-09（春季开工仪式）"
G["yh04"] = dict(
 article=art("揭阳大南海石化工业园项目暨中海油项目开工", "新华网，载于 gc.mysteel.com（我的钢铁网，“来源:新华网”）", "2013-03-11", "day",
  "Steel-industry portal relaying a national news agency site, Guangdong (揭阳): spring groundbreaking of 16 projects at a petrochemical industrial park — five named petrochemical projects with planned investment, infrastructure projects, counts and expected output and tax",
  "https://gc.mysteel.com/13/0311/08/E85E4C0C9FC768E3.html",
  "日期取页面“2013-03-11 08:35 来源:新华网”（开工仪式“9日”即3月9日）。标题照录；日期来源行已删。存段末句“揭阳市已于2月27日批准大南海工业园新的”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…行政服务等六个功能区。”，共五段。园区：揭阳(惠来)大南海国际石化综合工业园（揭阳市惠来县，广东；2007年7月省政府批准设立），文中又作“揭阳大南海石化工业园”（标题、首段）。“海港经济区”（揭阳海港经济区）只在“为海港经济区的建设夯实基础”中，列可选园区。项目（开工，园区大南海）：中海油粤东LNG一体化项目（300亿元）、广东谷和液化石油气(LPG)深加工项目（53.6亿元）、同益东辉石化C4综合利用装置项目（72.8亿元）、广东石化POX石油焦制氢项目（约54亿元）、深圳埃森集团石脑油综合利用项目（计划投资56亿元）；基础配套的神隆公路、供水工程、南海综合医院、前期生活配套区列可选项目（开工）；中委合资石化炼油项目只被提及（可选，无状态）。16个项目合计、石化类和基础设施类分项及预计年产值、年创税为园区事实（预计值 kind target）。",
  "yh04"),
 parks=[
  park(DN, "揭阳", "广东", "石化工业园", E4, district="惠来县", aliases=["揭阳大南海石化工业园"],
       note="标题与首段作“揭阳大南海石化工业园”；2007年7月经省政府批准设立"),
  park("海港经济区", "揭阳", "广东", "经济区", E5, opt=True, note="只在“为海港经济区的建设夯实基础”中；大南海所在的揭阳海港经济区（推定）"),
 ],
 companies=[
  comp("中海油", DN, "2013揭阳大南海石化工业园项目暨中海油项目春季开工仪式9日举行", opt=True, note="标题与项目名中"),
  comp("深圳埃森集团", DN, P5, opt=True, note="只在项目名中"),
  comp("广东石化", DN, P4, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中海油粤东LNG一体化项目", DN, P1, companies=["中海油"], inv="计划总投资300亿元", status="开工", status_text="开工"),
  proj("广东谷和液化石油气(LPG)深加工项目", DN, P2, inv="计划总投资53.6亿元", status="开工", status_text="开工"),
  proj("同益东辉石化C4综合利用装置项目", DN, P3, inv="计划总投资72.8亿元", status="开工", status_text="开工"),
  proj("广东石化POX石油焦制氢项目", DN, P4, companies=["广东石化"], inv="计划总投资约54亿元", qual="约", qual_text="约",
       status="开工", status_text="开工"),
  proj("深圳埃森集团石脑油综合利用项目", DN, P5, companies=["深圳埃森集团"], inv="计划投资56亿元", status="开工", status_text="开工"),
  proj("神隆公路", DN, P6, status="开工", status_text="开工", opt=True, note="基础配套设施项目"),
  proj("供水工程", DN, P6, status="开工", status_text="开工", opt=True, note="基础配套设施项目；名称泛称"),
  proj("南海综合医院", DN, P6, status="开工", status_text="开工", opt=True, note="基础配套设施项目"),
  proj("前期生活配套区", DN, P6, status="开工", status_text="开工", opt=True, note="基础配套设施项目；名称泛称"),
  proj("中委合资石化炼油项目", DN, E5, opt=True, note="只被提及，无状态"),
 ],
 funds=[],
 aggregate_facts=[
  fact(DN, "park", "projects_started", 16, "count", E1, AS4),
  fact(DN, "park", "projects_started_investment_cny", 6.375e10, "cny", E1, AS4, chk=True),
  fact(DN, "park", "petrochemical_projects_started", 10, "count", E2, AS4, opt=True),
  fact(DN, "park", "petrochemical_projects_planned_investment_cny", 5.992e10, "cny", E2, AS4, chk=True, opt=True),
  fact(DN, "park", "expected_annual_output_cny", 9.3835e10, "cny", "预计年产值938.35亿元", "石化类10个项目建成后（预计）",
       kind="target", chk=True),
  fact(DN, "park", "expected_annual_tax_cny", 7.684e9, "cny", "年创税76.84亿元", "石化类10个项目建成后（预计）",
       kind="target", chk=True),
  fact(DN, "park", "infrastructure_projects_started", 6, "count", E3, AS4, opt=True),
  fact(DN, "park", "infrastructure_projects_planned_investment_cny", 3.83e9, "cny", E3, AS4, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- yh05 河源源城28项目集中签约 (南方+ 2019)
YC = "源城工业园"
F0 = "5月21日,河源市源城区在源城工业园三期扩园现场,举行2019年提效破局现场会暨综合类项目集中签约动工投产仪式"
F1 = "活动当天,共有5大类28个项目集中签约,投资总额1131.9亿元,其中包括金盛兰优特钢、5G产业城、爱莎国际教育3个百亿元以上项目"
F2 = "四季花海特色小镇、文化创意工业小镇、群丰村旧改项目等5个50亿元以上项目"
F3 = "共有3大类13个项目集中动工,投资总额135.9亿元,其中包括河源龙光城百亿元项目,和万隆湖景一号、伊罗卡科技2个10亿元以上项目"
F4 = "共有2大类8个项目投产,投资总额10.1亿元,其中工业项目7个、投资总额9.1亿元"
F5 = "源城区今年将730亩用地纳入园区三期扩园范围"
F6 = "签约项目代表、天丽高电器有限公司总经理赖天佑表示"
F7 = "投产项目代表、河源数码港总经理申斌说其项目落户河源三年了"
AS5 = "2019-05-21（集中签约动工投产仪式）"
G["yh05"] = dict(
 article=art("河源源城28项目集中签约,总投资逾1100亿元", "南方+（全媒体记者蒋才虎、余佩；通讯员黄赟、冯晓铭）", "2019-05-22", "day",
  "Provincial news app, Guangdong (河源): a district's signing / groundbreaking / production ceremony held at its industrial park's expansion site — counts and totals per stage, named projects in ranges, the park's expansion land",
  "https://static.nfapp.southcn.com/content/201905/22/c2248618.html",
  "存段无日期行；日期取 URL“201905/22”（仪式为5月21日）。标题照录；首图说明、“签约现场。”图说、署名与编辑行、版权声明和 App 推广语已删；“源城工业园三期建设现场。为促使园区持续健康发展,源城区今年将730亩用地纳入园区三期扩园范围。”为图说但含事实，保留为一段。正文五段，完整。园区：源城工业园（河源市源城区，广东）——仪式举行地、三期扩园。项目均为源城区（district）的签约 / 动工 / 投产项目，文中未说在工业园内，园区 null：签约——金盛兰优特钢、5G产业城、爱莎国际教育（百亿元以上）、四季花海特色小镇、文化创意工业小镇、群丰村旧改项目（50亿元以上）；动工——河源龙光城（“百亿元项目”）、万隆湖景一号、伊罗卡科技（10亿元以上）；金额均为区间，不作投资额。公司：天丽高电器有限公司（签约项目代表）、河源数码港（投产项目代表，可选）。标题“逾1100亿元”与正文1131.9亿元均为签约总额，事实取正文。",
  "yh05"),
 parks=[
  park(YC, "河源", "广东", "工业园", F0, district="源城区", note="仪式在其三期扩园现场举行"),
 ],
 companies=[
  comp("天丽高电器有限公司", None, F6, note="签约项目代表；项目位置文中未说"),
  comp("河源数码港", None, F7, opt=True, note="投产项目代表；落户河源三年"),
 ],
 institutions=[],
 projects=[
  proj("金盛兰优特钢", None, F1, status="签约", status_text="集中签约", note="百亿元以上项目（区间，不作投资额）"),
  proj("5G产业城", None, F1, status="签约", status_text="集中签约", note="同上"),
  proj("爱莎国际教育", None, F1, status="签约", status_text="集中签约", note="同上"),
  proj("四季花海特色小镇", None, F2, status="签约", status_text="集中签约", note="50亿元以上项目（区间）"),
  proj("文化创意工业小镇", None, F2, status="签约", status_text="集中签约", note="同上"),
  proj("群丰村旧改项目", None, F2, status="签约", status_text="集中签约", note="同上"),
  proj("河源龙光城", None, F3, status="开工", status_text="集中动工", note="“百亿元项目”（不作投资额）"),
  proj("万隆湖景一号", None, F3, status="开工", status_text="集中动工", note="10亿元以上项目（区间）"),
  proj("伊罗卡科技", None, F3, status="开工", status_text="集中动工", note="同上；以企业名作项目名"),
 ],
 funds=[],
 aggregate_facts=[
  fact("源城区", "district", "projects_signed", 28, "count", F1, AS5),
  fact("源城区", "district", "signed_investment_cny", 1.1319e11, "cny", F1, AS5, chk=True, note="标题作“逾1100亿元”"),
  fact("源城区", "district", "projects_started", 13, "count", F3, AS5),
  fact("源城区", "district", "projects_started_investment_cny", 1.359e10, "cny", F3, AS5, chk=True),
  fact("源城区", "district", "projects_in_production", 8, "count", F4, AS5),
  fact("源城区", "district", "projects_in_production_investment_cny", 1.01e9, "cny", F4, AS5, chk=True),
  fact("源城区", "district", "industrial_projects_in_production", 7, "count", "其中工业项目7个、投资总额9.1亿元", AS5, opt=True),
  fact("源城区", "district", "industrial_projects_in_production_investment_cny", 9.1e8, "cny", "其中工业项目7个、投资总额9.1亿元",
       AS5, chk=True, opt=True),
  fact(YC, "park", "expansion_land_mu", 730, "mu", F5, "2019年（三期扩园）", opt=True, note="图说中的句子"),
 ])

# ---------------------------------------------------------------- yh06 广清产业园 第二批集中动工项目奠基 (2015)
GQ = "广清产业园"
H0 = "2015年11月27日,清远石角镇广清产业园迎来了第二批集中动工项目奠基仪式"
H1 = "并集体为牧童实业、恩科科技、翔达交通、泛瑞磁电等12个项目落地奠基"
H2 = "广东牧童实业有限公司清远基地项目计划用地100亩、总投资4亿元,将分两期建设,预计于2019年上半年全部建成"
H3 = "另有清远高新区管委会、清远市直相关部门、清城区政府、广州市帮扶办、广州市工信委、广州开发区等相关单位负责人也应邀参加"
H4 = "园区规划面积达65平方公里"
H5 = "广州开发区管委会副主任张超平等领导应邀出席活动"
G["yh06"] = dict(
 article=art("（无标题）广清产业园第二批集中动工项目奠基 牧童实业清远基地项目总投资4亿元",
  "amunion.com（游艺机游乐园协会网站；原出处未注明，疑为企业来稿）", "2015-11", "month",
  "Amusement-industry association site carrying a report on a park's groundbreaking, Guangdong (清远): second batch of 12 projects laid foundation stones at an industrial-transfer park, one firm's base project with investment, site and completion plan, the park's planned area",
  "http://www.amunion.com/info/255886.html",
  "存段无标题、无日期行（title 为编者概括）；奠基仪式在2015年11月27日，published 记“2015-11”（month，推定为仪式后不久）。正文五段，完整。园区：广清产业园（清远市清城区石角镇，广东；广州、清远共建）。清远高新区（其管委会负责人到场）与广州开发区（其管委会副主任出席）列可选园区。项目：广东牧童实业有限公司清远基地项目（总投资4亿元，用地100亩，两期，预计2019年上半年全部建成；奠基→开工）；与牧童实业并列的恩科科技、翔达交通、泛瑞磁电（以企业名作项目名，奠基→开工）。12个项目为园区事实。公司：广东牧童实业有限公司（文中又作“牧童实业”“牧童”）、恩科科技、翔达交通、泛瑞磁电（园区广清产业园）。机构：清远高新区管委会、广清对口帮扶指挥部等列可选。",
  "yh06"),
 parks=[
  park(GQ, "清远", "广东", "产业转移工业园", H0, district="清城区", note="石角镇；广州、清远两市共建"),
  park("清远高新区", "清远", "广东", "高新区", H3, opt=True, note="只因其管委会负责人到场被提及"),
  park("广州开发区", "广州", "广东", "经济技术开发区", H5, opt=True, note="只因其管委会领导出席被提及"),
 ],
 companies=[
  comp("广东牧童实业有限公司", GQ, H2, aliases=["牧童实业"], note="文中又作“牧童实业”“牧童”"),
  comp("恩科科技", GQ, H1, note="奠基项目以企业名称列出"),
  comp("翔达交通", GQ, H1, note="同上"),
  comp("泛瑞磁电", GQ, H1, note="同上"),
 ],
 institutions=[
  inst("清远高新区管委会", H3, park="清远高新区"),
  inst("广清对口帮扶指挥部", "广清对口帮扶指挥部总指挥李新全"),
  inst("广州开发区管委会", H5, park="广州开发区"),
 ],
 projects=[
  proj("广东牧童实业有限公司清远基地项目", GQ, H2, companies=["广东牧童实业有限公司"], inv="总投资4亿元", status="开工",
       status_text="奠基仪式", note="2015-11-27奠基；分两期，预计2019年上半年全部建成"),
  proj("恩科科技", GQ, H1, companies=["恩科科技"], status="开工", status_text="落地奠基", note="以企业名作项目名；无金额"),
  proj("翔达交通", GQ, H1, companies=["翔达交通"], status="开工", status_text="落地奠基", note="同上"),
  proj("泛瑞磁电", GQ, H1, companies=["泛瑞磁电"], status="开工", status_text="落地奠基", note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(GQ, "park", "projects_started", 12, "count", H1, "2015-11-27（第二批集中动工）", note="奠基"),
  fact(GQ, "park", "planned_area_km2", 65, "km2", H4, "2015-11"),
  fact("广东牧童实业有限公司清远基地项目", "project", "site_area_mu", 100, "mu", H2, "2015-11", note="计划用地"),
 ])

# ---------------------------------------------------------------- yh07 深河創智產業園揭牌 (香港商報 2021, 繁體)
HY = "河源國家高新區"
SH = "深河創智產業園"
K0 = "位於河源國家高新區的深河創智產業園正式揭牌"
K1 = "總投資2.37億元、總建築面積達8.28萬平方米的深河創智產業園,是由廣東深河產業投資開發有限公司開發"
K2 = "目前,該產業園已引入培匡電子、旭晟半導體、加成科技、精方醫療等4家公司,另有在談合作企業5家"
K3 = "深圳市旭晟半導體股份有限公司副總經理郭磊說「我們是2021年2月入駐的深河創智產業園,3月7日投產"
K4 = "企業2021年計劃全年銷售額在1.5億元"
K5 = "當天掛牌成立的還有河源市港澳科技園、高新區半導體產業園、深圳大學(河源)科技園"
K6 = "深圳對口幫扶河源指揮部副總指揮、廣東深河產業投資開發有限公司董事長成嶂旻表示"
G["yh07"] = dict(
 article=art("（無標題）深河創智產業園在河源國家高新區揭牌", "香港商報（記者余麗齡，通訊員李曉、曾佳穎），hkcd.com", "2021-04-25", "day",
  "Hong Kong daily (traditional script) on a mainland zone, Guangdong (河源): an industrial park developed under Shenzhen's pairing aid opens in a national high-tech zone — investment and floor area, four firms moved in (one in production, with its sales plan), three more parks set up the same day",
  "http://hkcd.com/content/2021-04/25/content_1264409.html",
  "存段无标题、无日期行（title 为编者概括）；日期取 URL“2021-04/25”（揭牌为4月23日）。繁体，香港商报原刊如此，未经转换。正文六段，完整（以记者署名括注结束）。园区：河源國家高新區（河源，广东）；深河創智產業園（园中园，母园区河源國家高新區；由廣東深河產業投資開發有限公司開發，總投資2.37億元，亦作项目列出，揭牌无 status）；同日挂牌的河源市港澳科技園、高新區半導體產業園、深圳大學(河源)科技園列可选园区（“藉助深河創智產業園這一載體”，母园区推定为深河創智產業園）。公司：廣東深河產業投資開發有限公司（开发方）；已引入的培匡電子、旭晟半導體（全称深圳市旭晟半導體股份有限公司，2021年2月入驻、3月7日投产）、加成科技、精方醫療（园区深河創智產業園）。旭晟“計劃全年銷售額在1.5億元”为公司 target 事实。",
  "yh07"),
 parks=[
  park(HY, "河源", "广东", "高新区（国家级）", K0, note="文中又作“高新區”"),
  park(SH, "河源", "广东", "产业园(项目)", K0, parent=HY, note="深圳对口帮扶河源重点项目；总投资2.37億元"),
  park("河源市港澳科技園", "河源", "广东", "科技园", K5, parent=SH, opt=True, note="同日挂牌；母园区由“藉助深河創智產業園這一載體”推定"),
  park("高新區半導體產業園", "河源", "广东", "产业园", K5, parent=SH, opt=True, note="同上"),
  park("深圳大學(河源)科技園", "河源", "广东", "大学科技园", K5, parent=SH, opt=True, note="同上"),
 ],
 companies=[
  comp("廣東深河產業投資開發有限公司", HY, K1, note="深河創智產業園开发方"),
  comp("培匡電子", SH, K2, note="已引入"),
  comp("深圳市旭晟半導體股份有限公司", SH, K3, aliases=["旭晟半導體"], note="2021年2月入驻，3月7日投产"),
  comp("加成科技", SH, K2, note="已引入"),
  comp("精方醫療", SH, K2, note="已引入"),
 ],
 institutions=[
  inst("深圳對口幫扶河源指揮部", K6),
 ],
 projects=[
  proj(SH, HY, K1, companies=["廣東深河產業投資開發有限公司"], inv="總投資2.37億元", status=None, status_text="正式揭牌",
       note="产业园开发项目；揭牌，无开工 / 投产字样"),
 ],
 funds=[],
 aggregate_facts=[
  fact(SH, "park", "floor_area_m2", 82800, "m2", K1, "2021-04"),
  fact(SH, "park", "enterprises", 4, "count", K2, "2021-04（目前）", kind="cumulative", note="已引入公司"),
  fact(SH, "park", "enterprises_in_talks", 5, "count", K2, "2021-04（目前）", opt=True),
  fact("深圳市旭晟半導體股份有限公司", "company", "planned_annual_sales_cny", 1.5e8, "cny", K4, "2021年（计划）", kind="target",
       chk=True),
 ])

# ---------------------------------------------------------------- yh08 汕头六合产业园 (parkchn 2022)
LH = "六合产业园"
DJ = "汕头大型产业集聚区"
L0 = "近日,汕头市举行六合产业园规划建设指挥部揭牌仪式,拉开了大型产业集聚区建设的序幕"
L1 = "规划建设总面积约398平方公里的大型产业集聚区组团发展"
L2 = "截至目前,大型产业集聚区已落地及在谈重点产业项目45个,计划总投资233亿元"
L3 = "其中,作为汕头大型产业集聚区的核心区,面积约76平方公里的六合产业园具备临海临港天然优势"
L4 = "依托化学与精细化工广东省实验室、汕头大学、广东以色列理工学院等高校平台资源"
G["yh08"] = dict(
 article=art("汕头六合产业园构建“科研+产业化”基地产业发展模式", "parkchn.com（“产业快讯”栏目；原出处未注明）", "2022-03-07", "day",
  "Park-investment portal brief, Guangdong (汕头): a command office for a large industrial cluster's core park is unveiled — the cluster's planned area and projects landed or under negotiation with planned investment, the core park's area and target industries",
  "https://parkchn.com/news/chanyekuaixun/6329.html",
  "日期取页面“产业快讯 1916条 2022-03-07 09:33”（揭牌为“近日”）。标题照录；栏目行、网站生成的摘要段（首段缩写，止于“拉开”）与“热门楼盘 更多>”已删。正文三段，完整。园区：六合产业园（汕头，广东；约76平方公里，汕头大型产业集聚区的核心区）；汕头大型产业集聚区（全省7个大型产业集聚区之一，约398平方公里，“一园五区”；作六合产业园的母园区）。无具名项目、公司。“截至目前”的45个项目与233亿元为集聚区累计数（cumulative）。机构：六合产业园规划建设指挥部、化学与精细化工广东省实验室、汕头大学、广东以色列理工学院（均可选）。",
  "yh08"),
 parks=[
  park(DJ, "汕头", "广东", "大型产业集聚区", L3, aliases=["大型产业集聚区"], note="全省7个大型产业集聚区之一；文中多作“大型产业集聚区”"),
  park(LH, "汕头", "广东", "产业园", L0, parent=DJ, note="集聚区核心区"),
 ],
 companies=[],
 institutions=[
  inst("六合产业园规划建设指挥部", L0, park=LH),
  inst("化学与精细化工广东省实验室", L4, kind="research"),
  inst("汕头大学", L4, kind="university"),
  inst("广东以色列理工学院", L4, kind="university"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(DJ, "park", "planned_area_km2", 398, "km2", L1, "2022-03", qual="约", qtext="约"),
  fact(DJ, "park", "projects_landed_or_in_talks", 45, "count", L2, "2022-03（截至目前）", kind="cumulative"),
  fact(DJ, "park", "planned_investment_cny", 2.33e10, "cny", L2, "2022-03（截至目前）", kind="cumulative", chk=True),
  fact(LH, "park", "area_km2", 76, "km2", L3, "2022-03", qual="约", qtext="约"),
 ])
