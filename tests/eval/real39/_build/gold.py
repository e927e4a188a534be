# real39 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real38: evidence verbatim (every text here is simplified script, as published); names as written in
# the text; 逾/超过/超/以上/突破/过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); an amount not in digits+亿元/万元 form
# (zi02 “56亿多元”, zi08 “2000多万元”) is not put in investment_cny / *_cny: facts use the suffix _rmb (unit cny) as real35/37,
# projects keep investment_text with investment_cny null (as real25 q04). US dollars use _usd / investment_currency usd.
# City: filled where the text (or the park's own name) names the prefecture-level city; null where only a county-level city
# or district is named (district then holds it); province filled from the city or the park's name where the text omits it.
# Projects: the park is the one the text places the project in; where the text names no park the project's park is null
# (zi05). Companies named only inside a project name are optional unless written as a full legal name (…有限公司).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ziNN.raw as returned.

HK = "海口国家高新区"
H0 = "在今天上午举行的海南自由贸易港建设项目(第四批)集中开工仪式上,海口国家高新区7个项目开工"
H1 = ("据了解,此次开工的7个项目,包括6个产业项目和1个基础设施项目,分别为长江润发海灵药业研发生产基地项目、美安科技新城新能源车研发生产高新技术项目、"
      "上海儿童营养中心有限公司美安生态科技新城建设项目、海南苏生生物科技有限公司运动损伤修复医疗器械项目、海南爱科制药有限公司1号仓库GMP改造项目、"
      "狮子岭一期东片区基础设施工程项目、海南赞邦制药有限公司厂房设备设施三期升级改造项目")
H2 = "上海儿童营养中心(海南)有限公司美安生产基地项目是当天集中开工的项目之一,总投资为1.6亿元"
G["zi01"] = dict(
 article=art("总投资约9.6亿元 海口国家高新区 7个项目开工", "海口日报（本报讯 记者马誉嘉），转载于中新网海南频道 hi.chinanews.com.cn", "2020-11-16", "day",
  "City party daily (via the national news agency's Hainan channel): a national high-tech zone in Hainan starts seven named projects in a province-wide batch groundbreaking — total investment, expected output and tax, one firm's project amount",
  "http://www.hi.chinanews.com.cn/zt/14/2020/1116/82220.html",
  "日期取页面“2020年11月16日 10:12 来源:海口日报”（该行、页首“首页——正文”与文末“编辑:符宇群”已删）；开工仪式在11月13日（“本报11月13日讯”“今天上午”）。正文四段，完整。7个项目均“开工”，园区为海口国家高新区。“上海儿童营养中心有限公司美安生态科技新城建设项目”（名单）与“上海儿童营养中心(海南)有限公司美安生产基地项目”（下文，总投资1.6亿元）视为同一项目（别名；名单中唯一的该公司项目）。美安生态科技新城（又作“美安科技新城”）只出现在项目名中，列为可选园区（海口国家高新区的片区，依名称）。以“有限公司”全名出现在项目名中的企业列为公司（园区同项目）；“长江润发海灵药业”为简称，可选。城市海口，省份海南（依“海南自由贸易港”）。",
  "zi01"),
 parks=[
  park(HK, "海口", "海南", "国家高新区（海南自由贸易港）", H0, note="文中只作“海口国家高新区”"),
  park("美安生态科技新城", "海口", "海南", "园区片区", H1, parent=HK, aliases=["美安科技新城"], opt=True,
       note="只出现在项目名中（“…美安生态科技新城建设项目”“美安科技新城新能源车…项目”）；隶属依项目所在园区"),
 ],
 companies=[
  comp("上海儿童营养中心(海南)有限公司", HK, H2, note="美安生产基地项目的投资方；董事长邓文峰"),
  comp("上海儿童营养中心有限公司", HK, H1, opt=True, note="只出现在项目名中；与上海儿童营养中心(海南)有限公司的关系文中未说"),
  comp("海南苏生生物科技有限公司", HK, H1, note="只出现在项目名中（全名）"),
  comp("海南爱科制药有限公司", HK, H1, note="只出现在项目名中（全名）"),
  comp("海南赞邦制药有限公司", HK, H1, note="只出现在项目名中（全名）"),
  comp("长江润发海灵药业", HK, H1, opt=True, note="只出现在项目名中（简称）"),
 ],
 projects=[
  proj("长江润发海灵药业研发生产基地项目", HK, H1, companies=["长江润发海灵药业"], status="开工", status_text="开工"),
  proj("美安科技新城新能源车研发生产高新技术项目", HK, H1, status="开工", status_text="开工"),
  proj("上海儿童营养中心有限公司美安生态科技新城建设项目", HK, H2, companies=["上海儿童营养中心(海南)有限公司"], inv="总投资为1.6亿元",
       status="开工", status_text="当天集中开工", aliases=["上海儿童营养中心(海南)有限公司美安生产基地项目"],
       note="名单中的名称；下文作“上海儿童营养中心(海南)有限公司美安生产基地项目”（别名），金额取自下文"),
  proj("海南苏生生物科技有限公司运动损伤修复医疗器械项目", HK, H1, companies=["海南苏生生物科技有限公司"], status="开工", status_text="开工"),
  proj("海南爱科制药有限公司1号仓库GMP改造项目", HK, H1, companies=["海南爱科制药有限公司"], status="开工", status_text="开工"),
  proj("狮子岭一期东片区基础设施工程项目", HK, H1, status="开工", status_text="开工", note="唯一的基础设施项目"),
  proj("海南赞邦制药有限公司厂房设备设施三期升级改造项目", HK, H1, companies=["海南赞邦制药有限公司"], status="开工", status_text="开工"),
 ],
 aggregate_facts=[
  fact("海口国家高新区（此次开工项目）", "park_group", "projects_started", 7, "count", H0, "2020年11月13日"),
  fact("海口国家高新区（此次开工项目）", "park_group", "investment_cny", 9.6e8, "cny", "项目总投资约9.6亿元", "2020年11月13日", qual="约", qtext="约"),
  fact("海口国家高新区（此次开工项目）", "park_group", "expected_annual_output_cny", 1.98e9, "cny", "竣工达产后预计新增年产值约19.8亿元",
       "竣工达产后", kind="target", qual="约", qtext="约"),
  fact("海口国家高新区（此次开工项目）", "park_group", "expected_annual_tax_cny", 1.56e8, "cny", "新增年税收约1.56亿元", "竣工达产后",
       kind="target", qual="约", qtext="约"),
  fact("海口国家高新区（此次开工项目）", "park_group", "industrial_projects", 6, "count", "包括6个产业项目和1个基础设施项目", "2020年11月13日",
       opt=True),
  fact("上海儿童营养中心有限公司美安生态科技新城建设项目", "project", "expected_annual_output_cny", 1.05e9, "cny",
       "竣工达产后预计新增年产值约10.5亿元", "竣工达产后", kind="target", qual="约", qtext="约"),
  fact("上海儿童营养中心(海南)有限公司", "company", "imported_raw_material_share", 0.99, "ratio", "企业99%的生产原料来自国外进口", "2020年11月",
       kind="ratio", opt=True),
  fact("上海儿童营养中心有限公司美安生态科技新城建设项目", "project", "months_from_negotiation_to_start", 5, "months",
       "项目从洽谈、落户到开工仅仅用了5个月的时间", "2020年11月", opt=True),
 ])

KT = "奎屯-独山子经济技术开发区"
K0 = "在此次签约仪式上,奎屯有三个项目签约,均落户奎屯-独山子经济技术开发区,总金额达56亿多元"
K1 = "奎屯-独山子经济技术开发区与宏运集团锦西钢管新疆有限公司签订的总投资10亿元可年产100万吨焊接钢管项目"
K2 = "奎屯-独山子经济技术开发区与新疆兴达伟业泡塑新材料有限公司签订总投资4.36亿元、年产16万吨的EPS项目"
K3 = "新疆农资集团北疆农佳乐有限公司与乌兹别克斯坦国际棉花出口有限公司、中央棉花出口公司和工业外贸公司分别签订的总价值6.6亿美元的棉花进口合同"
YL = "伊犁州代表团（首届中国-亚欧博览会签约专场）"
G["zi02"] = dict(
 article=art("56亿三项目落户奎屯-独山子经济技术开发区", "亚心网（亚心网讯 记者 雨萍），转载于新浪财经 msn.finance.sina.com.cn", "2011-09-05", "day",
  "Xinjiang regional news site (via a portal): at the first China–Eurasia Expo, a prefecture delegation's signing session; three projects signed for a Xinjiang economic-technological development zone, two with the zone and their amounts, plus a cotton import contract; the delegation's totals",
  "http://msn.finance.sina.com.cn/cjyw/20110905/1033280772.html",
  "日期取页面“2011-09-05 10:33 来源: 亚心网”（该行、两处“分享更多 / 字体:”与文末“网友评论 / 以下留”已删）；签约在9月2日下午。正文五段，完整。首段说奎屯三个项目“均落户奎屯-独山子经济技术开发区”：钢管项目、EPS项目与开发区签约（园区明确）；第三项是新疆农资集团北疆农佳乐有限公司与乌兹别克斯坦公司的棉花进口合同，照首段也“落户”开发区，但它是贸易合同，列为可选项目（美元）。“56亿多元”不是“数字+亿元”形式，事实用 _rmb 后缀。伊犁州签约专场的合计数记在伊犁州代表团（region）。园区跨奎屯市与独山子区（克拉玛依），city/district 不填，省份新疆。EPS项目“在9月下旬投产”为计划，状态记签约。",
  "zi02"),
 parks=[
  park(KT, None, "新疆", "经济技术开发区", K0, note="文中未说级别；跨奎屯市、独山子，city/district 不填"),
 ],
 companies=[
  comp("宏运集团锦西钢管新疆有限公司", KT, K1, aliases=["锦西钢管新疆有限公司"], note="钢管项目签约方；下文作“锦西钢管新疆有限公司”（董事长邹尚锋）"),
  comp("新疆兴达伟业泡塑新材料有限公司", KT, K2, note="EPS项目签约方；总经理薛剑栋"),
  comp("新疆农资集团北疆农佳乐有限公司", KT, K3, opt=True, note="棉花进口合同的中方；首段说三个项目均落户开发区，但合同为贸易，可选"),
  comp("乌兹别克斯坦国际棉花出口有限公司", None, K3, opt=True, note="外方（乌兹别克斯坦）"),
  comp("中央棉花出口公司", None, K3, opt=True, note="外方"),
  comp("工业外贸公司", None, K3, opt=True, note="外方"),
 ],
 projects=[
  proj("可年产100万吨焊接钢管项目", KT, K1, companies=["宏运集团锦西钢管新疆有限公司"], inv="总投资10亿元", status="签约",
       status_text="签订", aliases=["钢管项目", "年产100万吨焊接钢管项目"], note="下文作“钢管项目”；名称照文“可年产100万吨焊接钢管项目”"),
  proj("年产16万吨的EPS项目", KT, K2, companies=["新疆兴达伟业泡塑新材料有限公司"], inv="总投资4.36亿元", status="签约", status_text="签订",
       aliases=["EPS项目"], note="企业称“在9月下旬投产”（计划）；产品为可发性聚苯乙烯"),
  proj("棉花进口合同", KT, K3, companies=["新疆农资集团北疆农佳乐有限公司", "乌兹别克斯坦国际棉花出口有限公司", "中央棉花出口公司", "工业外贸公司"],
       inv="总价值6.6亿美元", status="签约", status_text="签订", currency="usd", value=6.6e8, opt=True,
       note="贸易合同，非建设项目；首段计入“三个项目”（均落户开发区）"),
 ],
 aggregate_facts=[
  fact("奎屯-独山子经济技术开发区（此次签约三个项目）", "park_group", "projects_signed", 3, "count", K0, "2011年9月2日",
       note="“三”为汉字数字"),
  fact("奎屯-独山子经济技术开发区（此次签约三个项目）", "park_group", "signed_amount_rmb", 5.6e9, "cny", "总金额达56亿多元", "2011年9月2日",
       qual="余", qtext="多", note="“56亿多元”：_rmb 后缀（非“数字+亿元”形式）；含美元合同折算"),
  fact(YL, "region", "projects_signed", 22, "count", "此次伊犁州签约专场共有22个项目正式签约,合同总金额为174.18亿元", "2011年9月2日"),
  fact(YL, "region", "contract_value_cny", 1.7418e10, "cny", "合同总金额为174.18亿元", "2011年9月2日"),
  fact(YL, "region", "domestic_projects", 17, "count", "其中内联项目有17个,合同一期投资127.21亿元", "2011年9月2日", opt=True),
  fact(YL, "region", "domestic_first_phase_investment_cny", 1.2721e10, "cny", "合同一期投资127.21亿元", "2011年9月2日", opt=True),
  fact(YL, "region", "foreign_projects", 5, "count", "外联项目5个,合同金额7.26亿美元,折合人民币46.97亿元", "2011年9月2日", opt=True),
  fact(YL, "region", "foreign_contract_value_usd", 7.26e8, "usd", "合同金额7.26亿美元", "2011年9月2日", opt=True),
  fact(YL, "region", "foreign_contract_value_cny", 4.697e9, "cny", "折合人民币46.97亿元", "2011年9月2日", opt=True),
  fact("年产16万吨的EPS项目", "project", "output_this_year_t", 20000, "t", "今年就做到两万吨左右", "2011年", kind="target", qual="约",
       qtext="左右", opt=True, note="汉字数字“两万吨”"),
 ])

JZ = "金钟经济开发区"
J1 = "总投资约1.5亿元,年产量5万吨的九鼎钢结构生产项目一期已投产,二期工程正在加紧建设中"
J2 = "另外,投资8亿元,预计年产10万个车厢的九鼎车厢厂生产项目正在以“超速”加快项目建设"
J3 = "总投资10亿元的溢鹏木业一期工程已正式投产,预计可实现年产值25亿元"
J4 = "以兴富祥机械装备制造为主导的装备制造“园中园”经过前期建设,目前已初具规模,计划8月底完成投产"
G["zi03"] = dict(
 article=art("（无标题）金钟经济开发区重点项目建设步伐加快", "黔东南信息港 qdn.cn（署名 杨颖）", "2012-08-23", "day",
  "Prefecture news portal, short item: an economic development zone's key projects — steel structure plant (phase one producing, phase two under construction), carriage plant under construction, a wood-products plant's phase one in production, an equipment park-in-park",
  "http://www.qdn.cn/html/2012/dz_0823/62270.shtml",
  "日期取网址 2012/dz_0823（页面存段无日期行）。存页未存标题（title 为编者概括）。正文两段，完整，第二段末的“(杨颖)”照录；其后两段版权声明已删。金钟经济开发区在贵州凯里（正文未写城市与省份；省份依来源网站黔东南信息港填，city 不填）。九鼎钢结构生产项目：一期已投产（status 投产），二期在建（status_alt 在建）；总投资“约1.5亿元”指整个项目。九鼎车厢厂生产项目“正在…加快项目建设”→在建。“总投资10亿元的溢鹏木业一期工程”金额属一期工程。“创税205亿元”照录原文（数字显系原文笔误，记为可选事实，不作推断）。装备制造“园中园”以兴富祥机械装备制造为主导，记为可选园区（parent 金钟经济开发区）。“九鼎”只出现在项目名中（可选公司“九鼎车厢厂”）。",
  "zi03", title_note="no headline stored; title made from the lead"),
 parks=[
  park(JZ, None, "贵州", "经济开发区", "今年以来,金钟经济开发区狠抓重点项目建设,提高企业投产率", note="凯里（正文未写）；省份依来源网站"),
  park("装备制造“园中园”", None, "贵州", "园中园（装备制造）", J4, parent=JZ, opt=True, note="无专名；以兴富祥机械装备制造为主导"),
 ],
 companies=[
  comp("溢鹏木业", JZ, J3, note="一期工程已投产"),
  comp("兴富祥机械装备制造", JZ, J4, note="装备制造“园中园”的主导企业"),
  comp("九鼎车厢厂", JZ, J2, opt=True, note="只作项目名的一部分（“九鼎车厢厂生产项目”）"),
 ],
 projects=[
  proj("九鼎钢结构生产项目", JZ, J1, inv="总投资约1.5亿元", qual="约", qual_text="约", status="投产", status_text="一期已投产",
       status_alt="在建", note="一期已投产；二期在建（厂房完成计划40%），计划2013年年初竣工投产"),
  proj("九鼎车厢厂生产项目", JZ, J2, companies=["九鼎车厢厂"], inv="投资8亿元", status="在建", status_text="正在以“超速”加快项目建设",
       note="预计2013年3月竣工投产"),
  proj("溢鹏木业一期工程", JZ, J3, companies=["溢鹏木业"], inv="总投资10亿元", status="投产", status_text="已正式投产", phase="一期"),
  proj("装备制造“园中园”", JZ, J4, companies=["兴富祥机械装备制造"], status="在建", status_text="经过前期建设,目前已初具规模,计划8月底完成投产",
       opt=True, note="园中园建设；计划8月底投产"),
 ],
 aggregate_facts=[
  fact("九鼎钢结构生产项目", "project", "annual_capacity_t", 50000, "t", J1, "设计产能", kind="target", opt=True),
  fact("九鼎钢结构生产项目", "project", "phase2_plant_progress", 0.4, "ratio", "二期厂房建设已完成计划40%", "2012年8月", kind="ratio", opt=True),
  fact("九鼎车厢厂生产项目", "project", "annual_capacity_carriages", 100000, "count", J2, "设计产能", kind="target", opt=True),
  fact("九鼎车厢厂生产项目", "project", "plant_progress", 0.5, "ratio", "厂房建设已完成50%", "2012年8月", kind="ratio", opt=True),
  fact("溢鹏木业一期工程", "project", "expected_annual_output_cny", 2.5e9, "cny", "预计可实现年产值25亿元", "投产后", kind="target"),
  fact("溢鹏木业一期工程", "project", "expected_tax_cny", 2.05e10, "cny", "创税205亿元", "投产后", kind="target", opt=True,
       note="照录原文数字（与年产值25亿元不相称，疑为笔误）"),
  fact("溢鹏木业一期工程", "project", "jobs", 2000, "persons", "解决劳动力就业2000余人", "投产后", kind="target", qual="余", qtext="余"),
 ])

TC = "桐城沃特玛创新联盟新能源产业园"
T0 = "11月2日,深圳沃特玛电池有限公司等15家企业在桐城沃特玛创新联盟新能源产业园集中开工"
T1 = "此次集中开工的15个项目分别是"
TL = ["年产3GWH高比能动力锂电池产业化项目", "年产3000台移动补电车项目", "年生产3000吨印染包装物高速彩印生产线项目", "年产1200万件食品级塑料包装制品项目",
      "年产4万吨生物颗粒燃料生产线", "年产6000吨高档环保软包装、4000吨食品类新型复合袋项目", "年产10000吨新型混炼胶生产线项目", "年产500万套服装生产线项目",
      "紫外线光固化UV漆瓶盖喷涂项目", "年产1600吨编织袋项目", "出口刷生产线", "年产2000吨药包材生产线项目"]
TX = "此次集中开工的15个项目分别是年产3GWH高比能动力锂电池产业化项目、年产3000台移动补电车项目、桐城市仁爱老年养护服务中心、市民广场景观改造工程"
TY = "年生产3000吨印染包装物高速彩印生产线项目、年产1200万件食品级塑料包装制品项目、年产4万吨生物颗粒燃料生产线、年产6000吨高档环保软包装、4000吨食品类新型复合袋项目、年产10000吨新型混炼胶生产线项目、年产500万套服装生产线项目、紫外线光固化UV漆瓶盖喷涂项目、年产1600吨编织袋项目、出口刷生产线、年产2000吨药包材生产线项目"


def tc_proj(n):
    ev = TX if n in TX else TY
    return proj(n, TC, ev, status="开工", status_text="集中开工",
                note="园区依首段“15家企业在桐城沃特玛创新联盟新能源产业园集中开工”；单项金额与企业文中未给")


G["zi04"] = dict(
 article=art("（无标题）15家企业在桐城沃特玛创新联盟新能源产业园集中开工", "itongcheng.cc 桐城网 新闻·周边（原刊未注明）", "2017-11", "month",
  "County-level city portal, short item: the city's third batch of project starts of 2017 held in a new-energy industrial park — fifteen named projects started, their total, the year's batches so far",
  "http://www.itongcheng.cc/xinwen/zhoubian/30649.html",
  "存页无日期行：开工在“11月2日”，年份依正文“桐城市2017年第三批项目集中开工”，刊出当在2017年11月，precision 记 month。存页未存标题（title 为编者概括）。正文三段，完整，无页脚。首段说“深圳沃特玛电池有限公司等15家企业在桐城沃特玛创新联盟新能源产业园集中开工”，故15个项目均记在该园区；其中“桐城市仁爱老年养护服务中心”“市民广场景观改造工程”为民生/市政项目，记为可选（园区不填）。“年产6000吨高档环保软包装、4000吨食品类新型复合袋项目”按文中顿号位置视为一个项目（15个之数需如此）。单项金额与企业（沃特玛除外）文中未给。“243952万元”为15个项目合计。桐城为县级市（属安庆，文中未写），city 不填、district 桐城市，省份安徽（补填）。",
  "zi04", title_note="no headline stored; title made from the lead"),
 parks=[
  park(TC, None, "安徽", "新能源产业园（沃特玛创新联盟）", T0, district="桐城市"),
 ],
 companies=[
  comp("深圳沃特玛电池有限公司", TC, T0, note="15家开工企业之一（唯一具名）"),
 ],
 projects=[tc_proj(n) for n in TL] + [
  proj("桐城市仁爱老年养护服务中心", None, TX, status="开工", status_text="集中开工", opt=True, note="民生项目，列于15个项目中；园区不填"),
  proj("市民广场景观改造工程", None, TX, status="开工", status_text="集中开工", opt=True, note="市政项目，列于15个项目中；园区不填"),
 ],
 aggregate_facts=[
  fact("桐城沃特玛创新联盟新能源产业园（此次集中开工项目）", "park_group", "projects_started", 15, "count", T0, "2017年11月2日"),
  fact("桐城沃特玛创新联盟新能源产业园（此次集中开工项目）", "park_group", "investment_cny", 2.43952e9, "cny", "总投资243952万元",
       "2017年11月2日"),
  fact("桐城沃特玛创新联盟新能源产业园（此次集中开工项目）", "park_group", "projects_over_1bn", 1, "count", "其中10亿元以上项目1个,亿元以上项目7个",
       "2017年11月2日", opt=True),
  fact("桐城沃特玛创新联盟新能源产业园（此次集中开工项目）", "park_group", "projects_over_100m", 7, "count", "亿元以上项目7个", "2017年11月2日",
       opt=True),
  fact("桐城市", "region", "projects_started_ytd", 43, "count", "至此桐城市今年已集中开工43个项目,总投资额达93.2亿元", "2017年1—11月",
       kind="cumulative"),
  fact("桐城市", "region", "projects_started_ytd_investment_cny", 9.32e9, "cny", "总投资额达93.2亿元", "2017年1—11月", kind="cumulative"),
 ])

YJ = "弋江区（2022年第三季度集中签约、开工项目）"
Y1 = "此次集中签约项目共12个,总投资42.9亿元。其中10亿元以上项目2个,分别为总投资10.5亿元的斯高德智慧农业自动化成套设备研发与生产基地项目和总投资10.2亿元的职通新型产学研技能人才职业教育培训基地项目"
Y2 = "其中20亿元以上项目1个,为总投资22.1亿元的中鼎新能源热管理系统及铝箱体研发、生产、销售项目,将进一步完善高新区智能网联及新能源汽车产业链"
Y3 = "5亿元以上项目3个,分别为总投资5.2亿元的艾龙森新能源汽车部件等研发、生产项目,总投资5.2亿元的鑫氟隆高端氟化工装备研发、生产项目,总投资5.1亿元的永拓湿法同步拉伸锂电池隔膜项目"
Y4 = "着力打造舟之航总部、老金磨方健康产业园、邻几供应链保障中心、上元中江科创园等一批优质总部经济和产业园项目"
G["zi05"] = dict(
 article=art("104.51亿元!弋江区第三季度云签约、开工活动举行!", "弋江发布（来源“弋江发布,投资促进部”），载于中国投资促进网 investchn.com 开发区新闻（发布开发区：芜湖高新技术产业开发区）", "2022-09-28", "day",
  "District government media item reposted by an investment-promotion portal: a district's quarterly online signing and groundbreaking — totals, the two largest signed projects and four largest started projects with amounts; park projects being built",
  "https://investchn.com/home/news/detail/id/307763.html",
  "日期取页面“发布时间:2022-09-28 来源:弋江发布,投资促进部 发布开发区:芜湖高新技术产业开发区”（该行、页首口号与位置栏、文末“上一条/下一条”已删）；活动在9月23日。正文四段，完整。正文只以“高新区”泛称一个高新区（“将进一步完善高新区智能网联及新能源汽车产业链”），未写名称；页头的“芜湖高新技术产业开发区”是网站栏目标注（已删），不作正文依据：六个具名项目的园区都不填（正文只说弋江区）。签约/开工两组各自的项目据所在句记状态。企业只以简称出现在项目名中（斯高德、职通、中鼎、艾龙森、鑫氟隆、永拓），列为可选公司，园区不填。“老金磨方健康产业园”“上元中江科创园”是“着力打造”的产业园项目，列为可选园区与可选项目。合计数记在弋江区（region）。",
  "zi05"),
 parks=[
  park("老金磨方健康产业园", None, "安徽", "健康产业园（打造中）", Y4, district="弋江区", opt=True, note="“着力打造”的产业园项目；弋江区属芜湖（正文未写，city 不填）"),
  park("上元中江科创园", None, "安徽", "科创园（打造中）", Y4, district="弋江区", opt=True, note="“着力打造”的产业园项目；city 不填"),
 ],
 companies=[
  comp("斯高德", None, Y1, opt=True, note="只出现在项目名中"),
  comp("职通", None, Y1, opt=True, note="只出现在项目名中"),
  comp("中鼎", None, Y2, opt=True, note="只出现在项目名中"),
  comp("艾龙森", None, Y3, opt=True, note="只出现在项目名中"),
  comp("鑫氟隆", None, Y3, opt=True, note="只出现在项目名中"),
  comp("永拓", None, Y3, opt=True, note="只出现在项目名中"),
 ],
 projects=[
  proj("斯高德智慧农业自动化成套设备研发与生产基地项目", None, Y1, companies=["斯高德"], inv="总投资10.5亿元", status="签约", status_text="集中签约",
       note="园区文中未给（只说弋江区）"),
  proj("职通新型产学研技能人才职业教育培训基地项目", None, Y1, companies=["职通"], inv="总投资10.2亿元", status="签约", status_text="集中签约"),
  proj("中鼎新能源热管理系统及铝箱体研发、生产、销售项目", None, Y2, companies=["中鼎"], inv="总投资22.1亿元", status="开工", status_text="集中开工",
       note="“将进一步完善高新区智能网联及新能源汽车产业链”——高新区未具名，园区不填"),
  proj("艾龙森新能源汽车部件等研发、生产项目", None, Y3, companies=["艾龙森"], inv="总投资5.2亿元", status="开工", status_text="集中开工"),
  proj("鑫氟隆高端氟化工装备研发、生产项目", None, "总投资5.2亿元的鑫氟隆高端氟化工装备研发、生产项目", companies=["鑫氟隆"], inv="总投资5.2亿元",
       status="开工", status_text="集中开工"),
  proj("永拓湿法同步拉伸锂电池隔膜项目", None, "总投资5.1亿元的永拓湿法同步拉伸锂电池隔膜项目", companies=["永拓"], inv="总投资5.1亿元",
       status="开工", status_text="集中开工"),
  proj("舟之航总部", None, Y4, opt=True, note="“着力打造”的总部经济项目"),
  proj("老金磨方健康产业园", "老金磨方健康产业园", Y4, opt=True, note="产业园项目（着力打造）"),
  proj("邻几供应链保障中心", None, Y4, opt=True),
  proj("上元中江科创园", "上元中江科创园", Y4, opt=True, note="产业园项目（着力打造）"),
 ],
 aggregate_facts=[
  fact(YJ, "region", "projects", 30, "count", "参加此次集中签约、开工项目共30个,总投资104.51亿元", "2022年9月23日"),
  fact(YJ, "region", "investment_cny", 1.0451e10, "cny", "总投资104.51亿元", "2022年9月23日"),
  fact(YJ, "region", "projects_signed", 12, "count", "此次集中签约项目共12个,总投资42.9亿元", "2022年9月23日"),
  fact(YJ, "region", "signed_investment_cny", 4.29e9, "cny", "总投资42.9亿元", "2022年9月23日"),
  fact(YJ, "region", "projects_started", 18, "count", "集中开工项目18个,总投资61.61亿元", "2022年9月23日"),
  fact(YJ, "region", "started_investment_cny", 6.161e9, "cny", "总投资61.61亿元", "2022年9月23日"),
  fact(YJ, "region", "signed_projects_over_1bn", 2, "count", "其中10亿元以上项目2个", "2022年9月23日", opt=True),
  fact(YJ, "region", "started_projects_over_500m", 3, "count", "5亿元以上项目3个", "2022年9月23日", opt=True),
 ])

AZ = "郑州航空港经济综合实验区"
TW = "郑州台湾科技园"
A0 = "5月30日,记者从郑州航空港经济综合实验区获悉,由航空港实验区和郑州台湾科技园共同发起的“台科生物产业基金”已经进入运作阶段"
A3 = "郑州台湾科技园是集生产、研发、示范、孵化、储备于一体的创新型科技产业园,目前园区已建成33栋楼,签约项目67个"
A4 = "已有美中药协、美泰宝、格林金斯等一大批附加值高、技术含量高的高新生物医药项目签约落户"
G["zi06"] = dict(
 article=art("航空港设立台科生物产业基金进入运作阶段", "原刊未注明，载于 zxyzs.com 新闻中心（河南）", "2016-05", "month",
  "Investment-promotion portal item (original outlet not named): an airport economy zone and a Taiwan science park inside it jointly launch a bio-industry fund — size, purpose, listing goal; the zone's bio-industry target; the park's buildings and signed projects",
  "http://zxyzs.com/henan/news/2016/162417.html",
  "日期：网址只有年份 2016，正文“5月30日,记者…获悉”，刊出当在2016年5月底或稍后，precision 记 month。页首导航“首 页 区县招商 …”已删。正文三段，完整。基金由航空港实验区与郑州台湾科技园“共同发起”，投向航空港实验区的生物医药、生物制造，park 记实验区（note 共同发起方）。实验区文中又作“航空港实验区”“实验区”，标题作“航空港”。郑州台湾科技园是“郑州航空港生物医药产业发展的先导区”，parent 依此填实验区。美中药协、美泰宝、格林金斯为“签约落户”的项目（以企业名称称之），列为可选公司（园区：郑州台湾科技园）。省份河南（依郑州补填）。",
  "zi06"),
 parks=[
  park(AZ, "郑州", "河南", "航空港经济综合实验区", A0, aliases=["航空港实验区"], note="文中又作“实验区”；标题作“航空港”"),
  park(TW, "郑州", "河南", "科技产业园（台湾科技园）", A0, parent=AZ, note="郑州航空港生物医药产业发展的先导区"),
 ],
 companies=[
  comp("美中药协", TW, A4, opt=True, note="签约落户的生物医药项目（以名称称之）"),
  comp("美泰宝", TW, A4, opt=True),
  comp("格林金斯", TW, A4, opt=True),
 ],
 funds=[
  fund("台科生物产业基金", AZ, "该基金总规模为5000万元", size="5000万元", size_type="总规模",
       note="航空港实验区与郑州台湾科技园共同发起，已进入运作阶段；投向实验区生物医药、生物制造"),
 ],
 aggregate_facts=[
  fact(AZ, "park", "target_bio_firms_2020", 200, "count", "力争到2020年,聚集各类生物企业超过200家", "2020年（目标）", kind="target",
       qual="超", qtext="超过"),
  fact(TW, "park", "buildings_completed", 33, "count", A3, "2016年5月"),
  fact(TW, "park", "projects_signed", 67, "count", "签约项目67个", "2016年5月", kind="cumulative"),
  fact("台科生物产业基金", "fund", "years_to_listing_max", 5, "years", "用3~5年时间培育、实现被投资企业在中小板或创业板上市", "目标", kind="target",
       opt=True, note="3~5年，记上限"),
 ])

HN = "湖南国家动漫游戏产业振兴基地"
CS = "长沙高新技术产业开发区"
C0 = "“湖南国家动漫游戏产业振兴基地”22日在长沙高新技术产业开发区举行授牌暨基地奠基仪式"
C1 = "规划建设中的“湖南国家动漫游戏产业振兴基地”,总体规划面积1.5平方公里,由动漫游戏产业园、衍生产品产业园和辐射区组成"
C5 = "长沙是中国动漫产业的重要基地。以长沙高新区为核心,聚集了卡通研发、制作、教育和传媒机构17家,动画工作室130多个,从业人员2万多人,原创动画生产企业7家"
G["zi07"] = dict(
 article=art("“湖南国家动漫游戏产业振兴基地”落户长沙", "新华网（新华网长沙电 记者苏海萍），转载于新浪财经 finance.sina.com.cn", "2006-12-22", "day",
  "National news agency wire (via a portal), older prose: a national animation and game industry base is inaugurated and its foundation laid in a national high-tech zone — planned area, component parks, industry centres, 2010 targets; the city's animation industry figures",
  "http://finance.sina.com.cn/roll/20061222/17511116878.shtml",
  "日期取页面“2006年12月22日 17:51 新华网”（该行、页首“不支持Flash / 财经纵横”与文末“爱问(iAsk.com) / 不支持Flash”已删）。正文四段，完整；页面把第三段一句断在两行（“具有自主 / 知识产权的…”），make_txt.py 将两行接回（JOIN），此外无改动。基地在长沙高新技术产业开发区举行授牌奠基，parent 依此填（“以长沙高新区为核心”）；高新区文中又作“长沙高新区”（别名）。动漫游戏产业园、衍生产品产业园为基地组成部分，列为可选园区。末段的机构、工作室、从业人员等数字主语是“长沙”（“以长沙高新区为核心”），记在长沙（region），可选。“超过40%以上”记 超。",
  "zi07"),
 parks=[
  park(HN, "长沙", "湖南", "国家动漫游戏产业振兴基地（第四个）", C0, parent=CS, note="授牌暨奠基；规划建设中"),
  park(CS, "长沙", "湖南", "高新技术产业开发区", C0, aliases=["长沙高新区"]),
  park("动漫游戏产业园", "长沙", "湖南", "基地组成部分", C1, parent=HN, opt=True),
  park("衍生产品产业园", "长沙", "湖南", "基地组成部分", C1, parent=HN, opt=True),
 ],
 aggregate_facts=[
  fact(HN, "park", "planned_area_km2", 1.5, "km2", C1, "2006年12月（规划）", kind="target"),
  fact(HN, "park", "industry_centres", 15, "count", "等15个动漫基地产业中心", "规划", kind="target", opt=True),
  fact(HN, "park", "output_target_2010_cny", 1e10, "cny", "基地动画、数字媒体及其衍生产品产值将达到100亿元", "2010年（目标）", kind="target"),
  fact(HN, "park", "firms_sales_over_100m_target_2010", 20, "count", "年销售收入过亿元的动漫游戏及衍生产品生产企业20家左右", "2010年（目标）",
       kind="target", qual="约", qtext="左右"),
  fact(HN, "park", "domestic_market_share_target_2010", 0.4, "ratio", "在国内国产动漫市场中占有率超过40%以上", "2010年（目标）", kind="target",
       qual="超", qtext="超过…以上"),
  fact("长沙", "region", "animation_institutions", 17, "count", C5, "2006年12月", opt=True, note="以长沙高新区为核心"),
  fact("长沙", "region", "animation_studios", 130, "count", "动画工作室130多个", "2006年12月", qual="余", qtext="多", opt=True),
  fact("长沙", "region", "animation_employees", 20000, "persons", "从业人员2万多人", "2006年12月", qual="余", qtext="多", opt=True),
  fact("长沙", "region", "original_animation_producers", 7, "count", "原创动画生产企业7家", "2006年12月", opt=True),
  fact("长沙", "region", "tv_animation_minutes_2005", 20000, "minutes", "2005年生产卡通动画电视节目达2万多分钟", "2005年", qual="余", qtext="多",
       opt=True),
 ])

YZ = "鄞州国家动漫游戏原创产业基地"
N0 = "由国家工业和信息化部批准设立的国家动漫游戏原创产业基地,昨天在鄞州举行授牌仪式"
N1 = "国内最大的原创动画企业——上海水木动画设计有限公司投资1000万元,在鄞州设立了宁波水木动画设计有限公司"
N2 = "由中国科学院科学与艺术中心等单位投资2000多万元的天之鹰影视动画项目落户江东"
N3 = "鄞州国家动漫游戏原创产业基地以宁波水木动画设计有限公司为载体"
G["zi08"] = dict(
 article=art("（无标题）国家动漫游戏原创产业基地在鄞州授牌", "本报讯（记者 叶飞 通讯员 章燕飞；宁波本地报纸，报名未注明），载于中国宁波网 cnnb.com.cn", "2008-10-29", "day",
  "City newspaper item (older prose): a national original animation and game industry base is inaugurated in a Ningbo district — the Shanghai animation firm's subsidiary as its carrier, other animation investments in the city, positioning, planned floor space of two phases",
  "http://cnnb.com.cn/nbbang/system/2008/10/29/005846632.shtml",
  "日期取网址 2008/10/29；授牌在“昨天”（10月28日）。存页未存标题（title 为编者概括）。正文三段，完整；第三段行尾的“ 本篇新闻热门关键词:交易 |”（页面标签，make_txt.py LINE_SUFFIX）已删。基地首段作“国家动漫游戏原创产业基地”（别名），第三段作“鄞州国家动漫游戏原创产业基地”。宁波水木动画设计有限公司为基地载体，设在鄞州（park 填基地）；上海水木动画设计有限公司为投资方（上海企业，park 不填）。天之鹰影视动画项目落户江东（另一区，非基地），“2000多万元”不作 investment_cny（validator 不解析）。北仑“渲染影视”与5家企业为北仑的计划，可选。省份浙江（依宁波补填）。",
  "zi08", title_note="no headline stored; title made from the lead"),
 parks=[
  park(YZ, "宁波", "浙江", "国家动漫游戏原创产业基地（工业和信息化部批准）", N3, district="鄞州", aliases=["国家动漫游戏原创产业基地"],
       note="首段作“国家动漫游戏原创产业基地”"),
 ],
 companies=[
  comp("宁波水木动画设计有限公司", YZ, N3, note="基地载体；上海水木动画设计有限公司在鄞州设立"),
  comp("上海水木动画设计有限公司", None, N1, note="投资方（“国内最大的原创动画企业”）"),
  comp("渲染影视", None, "北仑借助“渲染影视”的加盟", opt=True, note="北仑的加盟企业，非基地"),
 ],
 institutions=[
  inst("国家工业和信息化部", N0, note="批准设立基地"),
  inst("中国科学院科学与艺术中心", N2, kind="research", note="天之鹰影视动画项目投资方之一"),
 ],
 projects=[
  proj("天之鹰影视动画项目", None, N2, inv="投资2000多万元", qual="余", qual_text="多", unparsed=True, status=None, opt=True,
       note="落户江东（另一区，非园区，可选）；“2000多万元”约2e7元，validator 不解析，investment_cny 留空；“落户”无开工/签约字样，状态不填"),
 ],
 aggregate_facts=[
  fact("上海水木动画设计有限公司", "company", "investment_cny", 1e7, "cny", "上海水木动画设计有限公司投资1000万元", "2008年10月",
       note="在鄞州设立宁波水木动画设计有限公司的投资"),
  fact(YZ, "park", "phase1_planned_floor_area_m2", 20000, "m2", "基地一期规划建筑面积2万平方米", "规划", kind="target"),
  fact(YZ, "park", "phase1_rd_space_m2", 15000, "m2", "其中研发制作空间近1.5万平方米", "规划", kind="target", qual="约", qtext="近"),
  fact(YZ, "park", "phase2_planned_floor_area_m2", 50000, "m2", "二期规划建筑面积5万平方米", "规划", kind="target"),
  fact("北仑", "region", "animation_firms_to_introduce", 5, "count", "将在一年内引进关联高端大型动漫企业5家", "一年内", kind="target", opt=True),
 ])

NB = "宁波市影视文化产业区"
B0 = "记者从宁波市影视文化产业区管委会获悉,今年1月产业区引进企业170家,营业收入3.73亿元,实现税收1.07亿元,同比分别增长53.15%、128.83%、52.86%"
BG = "同比分别增长53.15%、128.83%、52.86%"
G["zi09"] = dict(
 article=art("营收增长128.83% 宁波市影视文化产业区迎“开门红”", "中国宁波网（来源），转载于浙江在线 zjnews.zjol.com.cn", "2021-02-04", "day",
  "City news site (via the provincial portal): a film and TV industrial zone's January figures — firms introduced, revenue, tax and their growth; the film city's functional areas and studio space; provincial government report support",
  "https://zjnews.zjol.com.cn/zjnews/nbnews/202102/t20210204_22070086.shtml",
  "日期取页面“2021年02月04日 08:00:30 / 来源: / 中国宁波网”（该三行与文末“标签: / 责任编辑: / 唐明 / 看浙江新闻…/ 相关阅读 / 版权和免责申明…”已删）。正文四段，完整。产业区文中又作“产业区”。象山影视城（又作“影视城”）与产业区的隶属文中未直说，parent 不填。三个增速依“分别”与三项指标对应。管委会主任陈建瑜。省份浙江（依宁波补填）。",
  "zi09"),
 parks=[
  park(NB, "宁波", "浙江", "影视文化产业区（省内唯一影视类特色小镇）", B0, note="文中又作“产业区”"),
  park("象山影视城", "宁波", "浙江", "影视拍摄基地", "目前,象山影视城已形成了唐城、民国城等六大功能区", district="象山",
       aliases=["影视城"], note="文中又作“影视城”；与产业区的隶属未直说"),
 ],
 institutions=[
  inst("宁波市影视文化产业区管委会", B0, park=NB),
 ],
 aggregate_facts=[
  fact(NB, "park", "firms_introduced_jan", 170, "count", B0, "2021年1月"),
  fact(NB, "park", "revenue_jan_cny", 3.73e8, "cny", "营业收入3.73亿元,实现税收1.07亿元", "2021年1月"),
  fact(NB, "park", "tax_jan_cny", 1.07e8, "cny", "实现税收1.07亿元", "2021年1月"),
  fact(NB, "park", "firms_introduced_growth", 0.5315, "ratio", BG, "2021年1月", kind="ratio"),
  fact(NB, "park", "revenue_growth", 1.2883, "ratio", BG, "2021年1月", kind="ratio", note="标题亦作“营收增长128.83%”"),
  fact(NB, "park", "tax_growth", 0.5286, "ratio", BG, "2021年1月", kind="ratio"),
  fact("象山影视城", "park", "functional_areas", 6, "count", "象山影视城已形成了唐城、民国城等六大功能区", "2021年2月", opt=True,
       note="汉字数字“六”"),
  fact("象山影视城", "park", "studio_area_m2", 350000, "m2", "影视城拥有摄影棚面积35万平方米", "2021年2月"),
 ])

BB = "蚌埠星宇文化创意产业园"
W1 = "据了解,蚌埠星宇文化创意产业园是安徽省“861”和蚌埠市“3461”重点项目,总投资40亿元"
W2 = "产业园两期项目全部建成后,将成为全国最大的单体动漫游戏产业园,入驻企业将超过100家,从业人员2万余人,年产值将超过100亿元"
G["zi10"] = dict(
 article=art("（无标题）安徽省蚌埠星宇文化创意产业园正式开园", "新浪网游戏频道 games.sina.com.cn", "2013-12-10", "day",
  "Portal games channel, short item: during China's game industry annual conference, a provincial key project — an animation and game cultural-creative park — opens; total investment and targets after both phases",
  "http://games.sina.com.cn/y/n/2013-12-10/1807749805.shtml",
  "日期取网址 2013-12-10；年会在2013年12月7日下午，开园在“当天上午”（12月7日）。存页未存标题（title 为编者概括）。正文三段，完整；其后新浪声明与“相关新闻”已删。产业园首次作“安徽省蚌埠星宇文化创意产业园”（别名）。园区同时是总投资40亿元的重点项目（园区与项目同名，as real37 zg04）：已“正式开园”，两期未全部建成，状态不填（status_text 记“正式开园”）。入驻企业、从业人员、年产值为两期建成后的目标。出席的机构与企业（广州希力科技公司）只作出席者，可选。",
  "zi10", title_note="no headline stored; title made from the lead"),
 parks=[
  park(BB, "蚌埠", "安徽", "文化创意产业园（动漫游戏）", "当天上午,安徽省蚌埠星宇文化创意产业园正式开园", aliases=["安徽省蚌埠星宇文化创意产业园"],
       note="全国最大的单体动漫游戏产业园（建成后）"),
 ],
 companies=[
  comp("广州希力科技公司", None, "广州希力科技公司董事长徐建林以及来自全国知名游戏动漫企业的代表等参加开园仪式", opt=True, note="出席开园仪式"),
 ],
 institutions=[
  inst("工业和信息化部", "工业和信息化部、文化部、中国人民解放军军事科学院、安徽省、蚌埠市等相关政府主管部门的领导"),
  inst("文化部", "工业和信息化部、文化部、中国人民解放军军事科学院、安徽省、蚌埠市等相关政府主管部门的领导"),
  inst("中国软件行业协会游戏软件分会", "中国软件行业协会游戏软件分会会长刘金华", kind="association"),
  inst("北京电影学院", "北京电影学院副院长孙立军", kind="university"),
 ],
 projects=[
  proj(BB, BB, W1, inv="总投资40亿元", status=None, status_text="正式开园", aliases=["安徽省蚌埠星宇文化创意产业园"],
       note="园区即项目（两期）；已开园、两期未全部建成，状态不填"),
 ],
 aggregate_facts=[
  fact(BB, "park", "target_firms", 100, "count", W2, "两期建成后", kind="target", qual="超", qtext="超过"),
  fact(BB, "park", "target_employees", 20000, "persons", "从业人员2万余人", "两期建成后", kind="target", qual="余", qtext="余"),
  fact(BB, "park", "target_annual_output_cny", 1e10, "cny", "年产值将超过100亿元", "两期建成后", kind="target", qual="超", qtext="超过"),
 ])
