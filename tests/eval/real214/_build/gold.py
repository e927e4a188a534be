# real214 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约. Money in yuan (*_cny). Growth rates and shares as ratios.
# Status from the text's words (开工/开工建设 → 开工; 签约/签署合作协议 → 签约; 投产 → 投产; 落户 alone → none; 拟新上 → planned).
# Investors based outside the park get park null. Expected figures (“达产后预计”, “建成投产后”) are kind target.

# ---------------------------------------------------------------- te01 总投资25亿元新材料项目落户四川 (中化新网/ccin 2025)
PZ = "彭州经开区"
a1 = "标志着该项目正式落地彭州经开区"
a2 = "该项目总投资25亿元,分两期建设"
a3 = "项目一期达产后预计年营收8亿元、税收4000万元,带动就业50人以上"
G["te01"] = dict(
 article=art("总投资25亿元新材料项目落户四川", "ccin.com.cn（中国化工信息网 / 中化新网，中国化工报社；页面未署作者）", "2025-05", "month",
  "Chemical trade paper's site: a new-materials project signed into an economic development zone at a national industry-transfer fair — amount, phases, technology source, expected revenue and tax",
  "http://www.ccin.com.cn/detail/a27524777dc6115ca1f07f617d54474c/news",
  "页面无日期行；签约活动为2025年5月8日至10日的2025中国产业转移发展对接活动（四川），故取2025-05（月）。标题照录；页尾“相关推荐”及其后的其他稿件摘要已删。正文三段，完整。园区：彭州经开区（成都市彭州市，四川）。项目：光学级高分子新材料生产项目（签署合作协议→签约；总投资25亿元，分两期）。中国科学院过程工程研究所为技术来源（机构）。日本三菱、德国罗姆为被比较的国际企业，不在园区，可选、park null。一期达产后预计年营收8亿元、税收4000万元为项目预计数（target）。",
  "te01"),
 parks=[park(PZ, "成都", "四川", "经济开发区", a1, district="彭州市")],
 companies=[
  comp("日本三菱", None, "打破日本三菱、德国罗姆等国际巨头的市场垄断", opt=True, note="被比较的国际企业，不在园区"),
  comp("德国罗姆", None, "打破日本三菱、德国罗姆等国际巨头的市场垄断", opt=True, note="同上"),
 ],
 institutions=[
  inst("中国科学院过程工程研究所", "项目采用中国科学院过程工程研究所独立开发的连续本体聚合法生产技术", kind="research", note="技术来源"),
  inst("工业和信息化部", "由工业和信息化部、四川省人民政府主办的2025中国产业转移发展对接活动(四川)在成都市举办"),
  inst("四川省人民政府", "由工业和信息化部、四川省人民政府主办的2025中国产业转移发展对接活动(四川)在成都市举办"),
 ],
 projects=[
  proj("光学级高分子新材料生产项目", PZ, a2, inv="总投资25亿元", status="签约", status_text="签署合作协议",
       note="签约于产业转移合作项目签约仪式；分两期建设"),
 ],
 aggregate_facts=[
  fact("光学级高分子新材料生产项目", "project", "expected_revenue_cny", 8e8, "cny", a3, "一期达产后（预计）", kind="target", chk=True),
  fact("光学级高分子新材料生产项目", "project", "expected_tax_cny", 4e7, "cny", "税收4000万元", "一期达产后（预计）", kind="target", opt=True),
  fact("光学级高分子新材料生产项目", "project", "expected_jobs", 50, "count", "带动就业50人以上", "一期达产后（预计）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- te02 太阳纸业等…生物质新材料产业园 (zgcppe 2021)
SW = "生物质新材料产业园"
b1 = "走访了邹城市招商引资目标企业上海东升新材料有限公司,推动生物质新材料产业园项目签约"
b2 = "就上海东升新材料、太阳纸业、上海兖华新材料三家公司充分发挥各自在产业、技术、市场、资本等方面的优势,联合在我市投资58.5亿元建设生物质新材料产业园项目给予高度评价"
b3 = "据报道,项目总投资58.5亿元,新增占地约911亩"
b4 = "项目全部建成投产后,年可实现新增销售收入约75亿元,新增税收约3.36亿元"
G["te02"] = dict(
 article=art("太阳纸业等三家公司计划投资58.5亿元在邹城建生物质新材料产业园", "zgcppe.com（造纸化学品行业网站“行业新闻”栏，转述“邹城发布”；未署作者）", "2021-11", "month",
  "Paper-chemicals industry site relaying a county-level city's official account: three firms sign a 58.5亿元 bio-based new-materials park project, four planned sub-projects with capacities, expected revenue and tax",
  "http://zgcppe.com/news/show-14422.html",
  "页面摘录无日期行；签约为2021年11月5日，故取2021-11（月）。标题照录；面包屑“行业新闻 » …”与“返回顶部”已删。正文完整。“生物质新材料产业园”是签约的产业园项目本身（山东济宁邹城市），列为项目（签约，总投资58.5亿元）；另列为可选园区（规划中）。三家投资方（上海东升新材料有限公司、太阳纸业、上海兖华新材料）park null（投资方，不在园区；上海东升新材料在上海被走访）。四个拟新上项目列为可选项目（planned，园区 生物质新材料产业园）。建成投产后新增销售收入约75亿元、税收约3.36亿元为预计（target，约）。",
  "te02"),
 parks=[park(SW, "济宁", "山东", "产业园", b2, district="邹城市", opt=True, note="签约中的产业园项目（规划）；亦列为项目")],
 companies=[
  comp("上海东升新材料有限公司", None, b1, aliases=["上海东升新材料公司", "上海东升新材料"], note="投资方之一，被走访于上海"),
  comp("太阳纸业", None, b2, note="投资方之一"),
  comp("上海兖华新材料", None, b2, note="投资方之一"),
 ],
 institutions=[],
 projects=[
  proj("生物质新材料产业园项目", None, b3, inv="总投资58.5亿元", status="签约", status_text="项目签约",
       companies=["上海东升新材料有限公司", "太阳纸业", "上海兖华新材料"], aliases=["生物质新材料产业园"],
       note="邹城市；无上级园区"),
  proj("年产100万吨包装纸及纸制品深加工项目", SW, "(1)年产100万吨包装纸及纸制品深加工项目;", status="planned", status_text="拟新上", opt=True),
  proj("年产42万吨造纸化学品助剂、280吨医药中间体和10万吨生物质降解材料项目", SW, "(2)年产42万吨造纸化学品助剂、280吨医药中间体和10万吨生物质降解材料项目;", status="planned", status_text="拟新上", opt=True),
  proj("年产6万吨造纸化学品、9.5万吨高性能阴离子捕捉剂项目", SW, "(3)年产6万吨造纸化学品、9.5万吨高性能阴离子捕捉剂项目;", status="planned", status_text="拟新上", opt=True),
  proj("年产4.5万吨纳米级涂布新材料和60万吨玉米深加工项目", SW, "(4)年产4.5万吨纳米级涂布新材料和60万吨玉米深加工项目。", status="planned", status_text="拟新上", opt=True),
 ],
 aggregate_facts=[
  fact("生物质新材料产业园项目", "project", "expected_new_revenue_cny", 75e8, "cny", "年可实现新增销售收入约75亿元", "全部建成投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("生物质新材料产业园项目", "project", "expected_new_tax_cny", 3.36e8, "cny", "新增税收约3.36亿元", "全部建成投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("生物质新材料产业园项目", "project", "land_area_mu", 911, "mu", b3, "2021年（规划）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- te03 利通区上榜中国纺织服装十大产业园 (tex-asia 2018)
LT = "利通区毛纺织产业园"
c1 = "利通区毛纺织产业园荣获2016年中国纺织服装行业十大产业园称号"
c2 = "利通区毛纺织产业园、特色装备制造产业园、失地农民创业园共引进企业168家,建成运营135家,提供就业岗位5000多个"
c3 = "德悦30万锭纺纱、兴德棉5000万米高档家纺服装面料、恒利500万套民族服饰等重点项目实现了“当年建设、当年投产”"
LT3 = "利通区毛纺织产业园、特色装备制造产业园、失地农民创业园"
G["te03"] = dict(
 article=art("利通区上榜中国纺织服装十大产业园", "tex-asia.com（亚洲纺织联盟 / 纺织资讯站；未署作者与原刊）", "2018-11-12", "day",
  "Textile trade site: a county district's wool-textile park named one of the industry's ten best parks — parks' firm counts and jobs, a textile group, three textile projects built and in production in the same year",
  "http://www.tex-asia.com/news/201811/12/9276.html",
  "日期取页面“日期:2018-11-12”（所述称号为“2016年中国纺织服装行业十大产业园”，页面日期可能是转载日）。标题照录；热搜栏、日期浏览行与页尾菜单已删。正文三段，完整。园区：利通区毛纺织产业园（吴忠市利通区，宁夏）；特色装备制造产业园、失地农民创业园（同句并列，名称无地名，可选）。168家/135家/5000多个岗位为三园合计（subject 写三园）。项目：德悦30万锭纺纱、兴德棉5000万米高档家纺服装面料、恒利500万套民族服饰（“当年建设、当年投产”→投产）；纺织项目归入利通区毛纺织产业园系由语境推断。宁夏恒丰集团为依托的龙头企业（位置由语境推断，可选）。",
  "te03"),
 parks=[
  park(LT, "吴忠", "宁夏", "产业园", c1, district="利通区"),
  park("特色装备制造产业园", "吴忠", "宁夏", "产业园", c2, district="利通区", opt=True, note="同句并列，名称无地名"),
  park("失地农民创业园", "吴忠", "宁夏", "创业园", c2, district="利通区", opt=True, note="同上"),
 ],
 companies=[comp("宁夏恒丰集团", LT, "依托宁夏恒丰集团,着力推动生态纺织产业向中高端延伸", opt=True, note="位置由语境推断")],
 institutions=[],
 projects=[
  proj("德悦30万锭纺纱", LT, c3, status="投产", status_text="当年建设、当年投产", note="园区由语境推断"),
  proj("兴德棉5000万米高档家纺服装面料", LT, c3, status="投产", status_text="当年建设、当年投产", note="园区由语境推断"),
  proj("恒利500万套民族服饰", LT, c3, status="投产", status_text="当年建设、当年投产", note="园区由语境推断"),
 ],
 aggregate_facts=[
  fact(LT3, "park", "firms_introduced", 168, "count", c2, "2018年前（累计）", kind="cumulative", note="三园合计"),
  fact(LT3, "park", "firms_in_operation", 135, "count", c2, "2018年前（累计）", kind="cumulative", note="三园合计"),
  fact(LT3, "park", "jobs", 5000, "count", c2, "2018年前（累计）", kind="cumulative", qual="余", qtext="多", note="三园合计"),
 ])

# ---------------------------------------------------------------- te04 2021化工园区30强 (浙江省石化协会 zjpci, 中化新网 2021)
d1 = "2021化工园区30强中,上海化学工业经济技术开发区和惠州大亚湾经济技术开发区并列第一,南京江北新材料科技园位居第二,宁波石化经济技术开发区排名第三"
d2 = "截至2020年底,全国重点化工园区或以石油和化工为主导产业的工业园区共有616家,其中国家级园区48家"
d3 = "产值超过千亿的超大型园区有17家,500亿-1000亿的大型园区35家,100亿-500亿的中型园区219家,产值小于100亿的小型园区345家"
d4 = "江苏上榜数量居首有9家"
G["te04"] = dict(
 article=art("17家产值超千亿!2021化工园区30强/潜力10强公布", "zjpci.com（浙江省石油和化学工业行业协会网站“行业运行”栏，来源：中化新网）", "2021-06-04", "day",
  "Industry association's site relaying a chemical trade paper: the federation's 2021 chemical-park top-30 ranking — the four leading parks, provincial distribution, national counts of chemical parks by size",
  "http://zjpci.com/news_view.asp?fly571_unid=40502",
  "日期取页面“更新时间:2021-06-04 来源:中化新网”。标题照录；协会网站菜单、面包屑与日期来源行已删。**截断**：存段在表题“2021化工园区竞争力30强名单”（表本身未存）之后的一段于“占全国石化利润总额的3”处断开；表题与该段整段不收，正文止于“…规模效益十分明显。”。园区：前四名四家（上海化学工业经济技术开发区、惠州大亚湾经济技术开发区、南京江北新材料科技园、宁波石化经济技术开发区），排名不作数值事实。全国化工园区数（616、48、17 …）主语为全国，不是某园区，列为可选事实。中国石油和化学工业联合会化工园区工作委员会为发布机构。",
  "te04"),
 parks=[
  park("上海化学工业经济技术开发区", "上海", "上海", "经济技术开发区", d1),
  park("惠州大亚湾经济技术开发区", "惠州", "广东", "经济技术开发区", d1),
  park("南京江北新材料科技园", "南京", "江苏", "化工园区", d1),
  park("宁波石化经济技术开发区", "宁波", "浙江", "经济技术开发区", d1),
 ],
 companies=[],
 institutions=[inst("中国石油和化学工业联合会化工园区工作委员会", "中国石油和化学工业联合会化工园区工作委员会发布了2021化工园区30强和潜力10强名单", kind="association", note="发布机构")],
 projects=[],
 aggregate_facts=[
  fact("全国重点化工园区", "region", "chemical_parks", 616, "count", d2, "2020年底", opt=True),
  fact("全国重点化工园区", "region", "national_level_chemical_parks", 48, "count", d2, "2020年底", opt=True),
  fact("全国重点化工园区", "region", "parks_output_over_100bn", 17, "count", d3, "2020年", opt=True),
  fact("全国重点化工园区", "region", "parks_output_50_100bn", 35, "count", d3, "2020年", opt=True),
  fact("全国重点化工园区", "region", "parks_output_10_50bn", 219, "count", d3, "2020年", opt=True),
  fact("全国重点化工园区", "region", "parks_output_under_10bn", 345, "count", d3, "2020年", opt=True),
  fact("江苏", "region", "top30_parks", 9, "count", d4, "2021化工园区30强", opt=True),
 ])

# ---------------------------------------------------------------- te05 华谊斥资百亿布局北部湾 (中新网广西 via asean.xinhua08 2017)
QZ = "钦州港经济技术开发区石化产业园"
e0 = "总投资120亿元人民币的华谊广西钦州化工新材料一体化基地一期工程21日开工建设"
e1 = "华谊钦州化工新材料一体化基地位于广西钦州港经济技术开发区石化产业园,占地约3000亩,总投资228亿元"
e2 = "项目达产后每年将实现利税18亿元"
e3 = "其中,一期工业气体岛项目,占地约1500亩,总投资约120亿元,预计2020年建成投产"
e4 = "二期为甲醇制烯烃及烯烃下游深加工项目"
G["te05"] = dict(
 article=art("华谊斥资百亿布局北部湾 打造世界化工新材料标杆工程", "中新网广西新闻（摄影 曾开宏），载于 asean.xinhua08.com（中国-东盟财经频道，新华08网）", "2017-11-23", "day",
  "News agency's regional channel relayed by a finance portal: a Shanghai chemical group starts phase 1 of a chemical new-materials base in a port development zone's petrochemical park — phase amounts, total, expected profit-tax",
  "http://asean.xinhua08.com/a/20171123/1737129.shtml",
  "日期取页面“中新网广西新闻2017年11月23日16:30”。标题照录；“01”“02”图号与两条图片说明已删。**截断**：存段在末段“目前,当地已建成中石油千万吨炼油、金桂林浆纸一体化、中粮油脂加工、320万”处断开，该句删去（LINE_SUFFIX），正文止于“…作用日益显现。”。园区：钦州港经济技术开发区石化产业园（文中作“广西钦州港经济技术开发区石化产业园”；上级钦州港经济技术开发区未单独出现，列可选）。项目：华谊钦州化工新材料一体化基地（总投资228亿元，无状态）；其一期工程（一期工业气体岛项目，总投资120亿元人民币 / 约120亿元，21日开工→开工，预计2020年建成投产）；二期甲醇制烯烃及烯烃下游深加工项目（planned，可选）。上海华谊集团为投资方（上海的国有集团，park null）。“国家级钦州石化产业基地”“北部湾经济区”为区域/目标，不列园区。",
  "te05"),
 parks=[
  park(QZ, "钦州", "广西", "产业园", e1, aliases=["广西钦州港经济技术开发区石化产业园"], parent="钦州港经济技术开发区"),
  park("钦州港经济技术开发区", "钦州", "广西", "经济技术开发区", e1, opt=True, note="只在子园区名中出现"),
 ],
 companies=[
  comp("上海华谊集团", None, "上海华谊集团董事长刘训峰、华谊集团总裁王霞等出席当天项目开工仪式", aliases=["华谊集团"], note="投资方，上海国有化工集团"),
  comp("中石油", None, "该项目是继中石油广西千万吨炼油项目之后北部湾经济区又一标志性工程", opt=True),
 ],
 institutions=[],
 projects=[
  proj("华谊广西钦州化工新材料一体化基地一期工程", QZ, e0, inv="总投资120亿元", status="开工", status_text="开工建设", phase="一期",
       companies=["上海华谊集团"], aliases=["一期工业气体岛项目"],
       alt_investment={"investment_text": "总投资约120亿元", "investment_cny": 1.2e10, "qualifier": "约"}),
  proj("华谊钦州化工新材料一体化基地", QZ, e1, inv="总投资228亿元", companies=["上海华谊集团"],
       aliases=["华谊钦州基地", "华谊钦州化工新材料一体化产业基地"], note="整个基地，分两期"),
  proj("甲醇制烯烃及烯烃下游深加工项目", QZ, e4, status="planned", status_text="二期", phase="二期", opt=True),
 ],
 aggregate_facts=[
  fact("华谊钦州化工新材料一体化基地", "project", "expected_profit_tax_cny", 18e8, "cny", e2, "达产后（预计）", kind="target", chk=True),
  fact("华谊钦州化工新材料一体化基地", "project", "land_area_mu", 3000, "mu", e1, "2017年", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- te06 中化圣奥化学聚合物添加剂项目开工 (连云港日报 via poobuy 2019)
ZL = "中化连云港循环经济产业园"
f1 = "昨日上午,位于中化连云港循环经济产业园的中化圣奥化学聚合物添加剂项目正式开工建设"
f2 = "此次开工的圣奥化学聚合物添加剂项目总投资148亿元"
f3 = "其中一期项目投资59亿元,占地面积1174亩,二期新增投资89亿元"
G["te06"] = dict(
 article=art("中化圣奥化学聚合物添加剂项目开工", "连云港日报（记者 周莹），载于 news.poobuy.com", "2019-10-22", "day",
  "City daily relayed by a news aggregator: a chemical-additives project starts in a group's circular-economy park in a coastal new area — amount, two phases, site area",
  "http://news.poobuy.com/20191022/2582448.html",
  "存段无标题行，以正文起；页尾的报纸版面标题“中化圣奥化学聚合物 / 添加剂项目开工 / 项雪龙 方伟参加”已删（标题据此记为“中化圣奥化学聚合物添加剂项目开工”，title_note）。日期据 URL 2019-10-22（“昨日上午”开工即10月21日）。正文四段，完整。园区：中化连云港循环经济产业园（在徐圩新区，连云港，江苏）；徐圩新区。项目：中化圣奥化学聚合物添加剂项目（总投资148亿元，开工）；一期59亿元、二期89亿元列为可选分期项目。公司：圣奥化学科技有限公司（中化国际成员企业；“连云港圣奥”为其在连云港的主体，作别名，园区 中化连云港循环经济产业园）；中化国际、中化集团可选、park null。",
  "te06", title_note="存段无标题；取页尾版面标题“中化圣奥化学聚合物添加剂项目开工”（副题“项雪龙 方伟参加”）"),
 parks=[
  park(ZL, "连云港", "江苏", "产业园", f1, parent="徐圩新区"),
  park("徐圩新区", "连云港", "江苏", "新区", "中化圣奥化学聚合物添加剂项目将依托徐圩新区丰富的资源优势"),
 ],
 companies=[
  comp("圣奥化学科技有限公司", ZL, "圣奥化学科技有限公司是中化国际成员企业", aliases=["连云港圣奥"]),
  comp("中化国际", None, "圣奥化学科技有限公司是中化国际成员企业", opt=True),
  comp("中化集团", None, "中化集团化工事业部总裁、中化国际总经理刘红生", opt=True),
 ],
 institutions=[],
 projects=[
  proj("中化圣奥化学聚合物添加剂项目", ZL, f2, inv="总投资148亿元", status="开工", status_text="正式开工建设",
       companies=["圣奥化学科技有限公司"], aliases=["圣奥化学聚合物添加剂项目"]),
  proj("圣奥化学聚合物添加剂项目一期", ZL, f3, inv="投资59亿元", phase="一期", opt=True),
  proj("圣奥化学聚合物添加剂项目二期", ZL, f3, inv="新增投资89亿元", phase="二期", status="planned", opt=True),
 ],
 aggregate_facts=[
  fact("中化圣奥化学聚合物添加剂项目", "project", "land_area_mu", 2109, "mu", "总占地2109亩", "2019年", opt=True),
 ])

# ---------------------------------------------------------------- te07 岱山新材料产业园 (浙江在线 舟山 2020)
XC = "新材料产业园"
DS = "岱山经济开发区"
g1 = "据介绍,新材料产业园位于岱山经济开发区核心区块,由东、西两块片区组成,规划面积约3200亩"
g2 = "龙朴科技(舟山)有限公司是新材料产业园引进的首个绿色石化配套项目,主要生产聚烯烃助剂等产品"
g3 = "目前,该项目已基本完成生产设备调试,将于近日正式投产,投产后预计年产值可达2亿元"
g4 = "截至目前,新材料产业园已入驻企业17家"
G["te07"] = dict(
 article=art("（无标题）岱山县新材料产业园呈集群化发展", "浙江在线（共享联盟岱山站 周婷；编辑 滕蓉），zsxq.zjol.com.cn 舟山新区频道", "2020-09-24", "day",
  "Provincial news portal's local channel: a county's new-materials park serving a green-petrochemical base — first firm about to start production with expected output, planned area, firms entered, large projects under negotiation",
  "https://zsxq.zjol.com.cn/hyjjxw/msxw/202009/t20200924_12317121.shtml",
  "存段无标题行与日期行；日期据 URL 2020-09-24。署名行“来源: 浙江在线 作者: 共享联盟岱山站 周婷 编辑: 滕蓉”已删。正文五段，完整。园区：新材料产业园（岱山县，文中只作“新材料产业园”；位于岱山经济开发区核心区块→parent）；岱山经济开发区。“鱼山绿色石化”“绿色石化基地”为基地，不列园区。公司：龙朴科技(舟山)有限公司（园区 新材料产业园；“首个绿色石化配套项目”无项目名，不另立项目）。事实：规划面积约3200亩、入驻企业17家（截至目前→cumulative）、龙朴科技投产后预计年产值2亿元（target）、今年3个超过10亿元项目在谈（可选）。",
  "te07", title_note="存段无标题，标题为整理者所拟"),
 parks=[
  park(XC, "舟山", "浙江", "产业园", g1, district="岱山县", parent=DS, note="文中无地名前缀"),
  park(DS, "舟山", "浙江", "经济开发区", g1, district="岱山县"),
 ],
 companies=[comp("龙朴科技(舟山)有限公司", XC, g2, aliases=["龙朴科技"])],
 institutions=[inst("岱山经济开发区管理委员会", "岱山经济开发区管理委员会招商科副科长许凌介绍", park=DS)],
 projects=[],
 aggregate_facts=[
  fact(XC, "park", "planned_area_mu", 3200, "mu", g1, "2020年", qual="约", qtext="约"),
  fact(XC, "park", "firms_entered", 17, "count", g4, "2020年9月（截至目前）", kind="cumulative"),
  fact("龙朴科技(舟山)有限公司", "company", "expected_output_cny", 2e8, "cny", g3, "投产后（预计）", kind="target", chk=True),
  fact(XC, "park", "large_projects_in_negotiation", 3, "count", "今年有3个超过10亿元的大型项目在谈", "2020年", opt=True),
 ])

# ---------------------------------------------------------------- te08 连云港徐圩总投资300亿元央企产业园项目开工建设 (中华石化网 2017)
XW = "徐圩新区"
h1 = "今天上午,央企中化集团投资的中化精细化工循环经济产业园一期项目在徐圩新区开工建设"
h2 = "中化精细化工循环经济产业园规划总投资为300亿元"
h3 = "9月底,浙江卫星石化年产400万吨烯烃项目落户徐圩新区,总投资额突破300亿元"
h4 = "今年以来,徐圩新区新签约入驻单个投资超过百亿元的重大主导产业项目有3个,洽谈入驻的项目投资总额将突破2000亿元"
G["te08"] = dict(
 article=art("连云港徐圩总投资300亿元央企产业 园项目开工建设", "中华石化网（cnpec.net；未署作者与原刊）", "2017-11-17", "day",
  "Petrochemical trade portal: a state chemical group's 300亿元 fine-chemicals circular-economy park starts phase 1 in a coastal new area; another 300亿元 olefins project landed; the area's year-to-date signings",
  "http://cnpec.net/news/show-134266.html",
  "日期取页面“2017-11-17 中华石化网”。标题照录（“产业 园”中的空格如页面所示）；浏览数“244”与截断的“核心提示”行已删。正文为一行（各段以空格相连，保留），其中夹有两条图片说明“连云港国家东中西区域合作示范区党工委书记、管委会主任石海波主持开工仪式”“徐圩新区石化产业园规划图”，行内不改。**截断**：存段在“徐圩新区既是江苏沿海开发的“主战场”、又是国家东”处断开，该句删去（LINE_SUFFIX）。园区：徐圩新区（连云港，江苏）；中化精细化工循环经济产业园（在徐圩新区的企业产业园，亦作项目；可选园区）；徐圩新区石化产业园（只见于图片说明，可选）。项目：中化精细化工循环经济产业园（规划总投资300亿元；一期开工→开工）；浙江卫星石化年产400万吨烯烃项目（落户→无状态；突破300亿元→超）。",
  "te08"),
 parks=[
  park(XW, "连云港", "江苏", "新区", h1),
  park("中化精细化工循环经济产业园", "连云港", "江苏", "产业园", h2, parent=XW, opt=True, note="企业产业园，亦列为项目"),
  park("徐圩新区石化产业园", "连云港", "江苏", "产业园", "徐圩新区石化产业园规划图", parent=XW, opt=True, note="只见于图片说明"),
 ],
 companies=[
  comp("中化集团", None, "央企中化集团投资的中化精细化工循环经济产业园一期项目", aliases=["中国中化集团公司"], note="投资方，央企"),
  comp("浙江卫星石化", XW, h3, opt=True, note="以企业名冠项目名"),
  comp("中化国际", None, "并将承接中化集团和中化国际未来重大战略项目的落地", opt=True),
 ],
 institutions=[],
 projects=[
  proj("中化精细化工循环经济产业园", XW, h2, inv="规划总投资为300亿元", status="开工", status_text="一期项目…开工建设", phase="一期",
       companies=["中化集团"], aliases=["中化精细化工循环经济产业园一期项目"], note="300亿元为整个产业园规划总投资；开工的是一期"),
  proj("浙江卫星石化年产400万吨烯烃项目", XW, h3, inv="总投资额突破300亿元", qual="超", qual_text="突破",
       companies=["浙江卫星石化"], note="落户（无状态）"),
 ],
 aggregate_facts=[
  fact(XW, "park", "projects_signed_over_10bn", 3, "count", h4, "2017年（今年以来）", kind="cumulative"),
  fact(XW, "park", "projects_in_negotiation_investment_cny", 2000e8, "cny", "洽谈入驻的项目投资总额将突破2000亿元", "2017年（预计）", kind="target", qual="超", qtext="突破", opt=True, chk=True),
 ])
