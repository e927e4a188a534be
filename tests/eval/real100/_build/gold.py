# real100 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text (first full mention); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts.
# Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county
# or county-level city is not a park). Status from the text's words (开工建设 / 已启动 → 开工; 已复工建设 / 正在建设 / 施工现场
# → 在建; 投入使用 / 已投产 → 投产; 签约 → 签约; 将落户 / 将陆续落户 alone → no status). Expected figures of a project
# (“建成后 / 达产后 年可实现…”) are kind target; annual plans (“今年计划投资”) are target; counts “截至目前 / 已…达” are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xrNN.raw as returned.

# ---------------------------------------------------------------- xr01 绥芬河跨境产业多“链”集聚 (黑龙江日报 via 国际在线 2017)
BJ = "绥芬河边境经济合作区"
ZB = "绥芬河综合保税区"
GL = "国林木业城"
A1 = "万泰与绥芬河市签约,投资20亿元,在边境经济合作区建设木材产业园,在综合保税区内建设俄罗斯水产品仓储加工项目、包装印刷项目、跨境电子商务项目,目前项目建设正在有序推进"
A2 = "绥芬河国林木业城投资有限公司,由央企中林集团与绥芬河民营企业友谊木业合资成立,总投资25.5亿元,2014年在绥芬河边境经济合作区开工建设"
A3 = "到2016年底,随着投资5亿元的三期精深加工区投入使用,当年营业收入实现了62亿元"
A4 = "如此完备的产业环境,已吸引了国内外55家木业企业入驻,其中8家企业现已成长为规模以上企业"
A5 = "境外投资项目达204个、总额21.6亿美元"
G["xr01"] = dict(
 article=art("绥芬河跨境产业多“链”集聚", "黑龙江日报，载于国际在线黑龙江频道 hlj.cri.cn（编辑吕岩，责编张曦晛；存段无记者署名）", "2017-06-22", "day",
  "Provincial daily via a national broadcaster's provincial channel, Heilongjiang: a border city's cross-border industry chains — outbound investment totals, one firm's signed 20亿元 package in the border economic cooperation zone and the comprehensive bonded zone, a timber-city company in the cooperation zone with investment, a phase in use and 2016 revenue, firms entered",
  "http://hlj.cri.cn/20170622/6b5b273a-d475-5310-4b53-2684b9719f26.html",
  "日期取页面“2017-06-22 08:57:47|来源:黑龙江日报”。标题照录；日期来源行与“原标题:绥芬河跨境产业多“链”集聚”（与标题同）已删。存段在末段“…为终端产品的跨”处中断，该句（“国林木业城为龙头,绥芬河边境经济合作区业已成为一个孵化器,…的跨”）已删（make_txt.py LINE_SUFFIX），正文截至“…成长为规模以上企业。”，共四段。园区：绥芬河边境经济合作区（首现作“边境经济合作区”，后文全称；绥芬河市，牡丹江代管，黑龙江）；综合保税区（文中只作“综合保税区”，为绥芬河的综保区，name 补“绥芬河”，alias 为原文）；国林木业城“不仅是企业,更是园区”（可选园区，母园区边合区）。公司：万泰投资发展有限公司（又作“万泰”；项目分在边合区与综保区，公司本身未定园区）；绥芬河国林木业城投资有限公司（边合区）；中林集团、友谊木业为合资方（可选）。项目：万泰“投资20亿元”为一揽子签约额（木材产业园+综保区三项），不分摊到单个项目，记为万泰的 signed_investment_cny；木材产业园（边合区，签约，“目前项目建设正在有序推进”→status_alt 在建）；俄罗斯水产品仓储加工项目（综保区，签约；已完成土地招拍挂、进入土地整理，未开工）；包装印刷项目、跨境电子商务项目（综保区，签约，名称泛，可选）；国林木业城（总投资25.5亿元，2014年在边合区开工建设）；三期精深加工区（投资5亿元，投入使用→投产）。事实：绥芬河境外投资项目204个、21.6亿美元（cumulative）；国林木业城公司2016年营业收入62亿元；木业城入驻企业55家、规上8家。“力争5年左右建成2个国家级、3个省级境外园区”为目标（可选）。",
  "xr01"),
 parks=[
  park(BJ, "牡丹江", "黑龙江", "边境经济合作区", A2, district="绥芬河市", aliases=["边境经济合作区"], note="首现作“边境经济合作区”（万泰一段），后文全称"),
  park(ZB, "牡丹江", "黑龙江", "综合保税区", A1, district="绥芬河市", aliases=["综合保税区"], note="文中只作“综合保税区”；name 补地名"),
  park(GL, "牡丹江", "黑龙江", "产业园（企业园区）", "国林木业城不仅是企业,更是园区,它为企业提供厂房,为企业提供俄罗斯原木", district="绥芬河市", parent=BJ, opt=True,
       note="企业兼园区；位于绥芬河边境经济合作区"),
 ],
 companies=[
  comp("万泰投资发展有限公司", None, "今年4月,对于万泰投资发展有限公司来说,是公司经营范围的一次大的跨越", aliases=["万泰"],
       note="项目分在边合区（木材产业园）与综保区（三项），公司本身未定园区"),
  comp("绥芬河国林木业城投资有限公司", BJ, A2, aliases=["国林木业城"]),
  comp("中林集团", None, A2, opt=True, note="央企，国林木业城合资方"),
  comp("友谊木业", None, A2, opt=True, note="绥芬河民营企业，国林木业城合资方"),
 ],
 projects=[
  proj("木材产业园", BJ, A1, companies=["万泰投资发展有限公司"], status="签约", status_text="万泰与绥芬河市签约…目前项目建设正在有序推进",
       status_alt="在建", note="万泰签约投资20亿元为一揽子总额（含综保区三项），不作本项目投资额"),
  proj("俄罗斯水产品仓储加工项目", ZB, A1, companies=["万泰投资发展有限公司"], status="签约", status_text="签约；已完成土地“招拍挂”,进入土地整理环节",
       aliases=["俄罗斯水产品加工项目"], note="后文作“万泰的俄罗斯水产品加工项目”"),
  proj("包装印刷项目", ZB, A1, companies=["万泰投资发展有限公司"], status="签约", status_text="签约", opt=True, note="名称泛"),
  proj("跨境电子商务项目", ZB, A1, companies=["万泰投资发展有限公司"], status="签约", status_text="签约", opt=True, note="名称泛"),
  proj("国林木业城", BJ, A2, companies=["绥芬河国林木业城投资有限公司"], inv="总投资25.5亿元", status="开工", status_text="2014年在绥芬河边境经济合作区开工建设",
       note="以企业（兼园区）名作项目名"),
  proj("三期精深加工区", BJ, A3, companies=["绥芬河国林木业城投资有限公司"], inv="投资5亿元", phase="三期", status="投产", status_text="投入使用",
       note="国林木业城三期"),
 ],
 aggregate_facts=[
  fact("万泰投资发展有限公司", "company", "signed_investment_cny", 2e9, "cny", A1, "2017年4月", chk=True, note="木材产业园及综保区三项目合计"),
  fact("绥芬河", "region", "outbound_investment_projects", 204, "count", A5, "2017年6月", kind="cumulative"),
  fact("绥芬河", "region", "outbound_investment_usd", 2.16e9, "usd", A5, "2017年6月", kind="cumulative"),
  fact("绥芬河", "region", "overseas_parks_target", 5, "count", "力争5年左右建成2个国家级、3个省级境外园区", "约2022年（目标）", kind="target", opt=True,
       note="2个国家级+3个省级境外园区"),
  fact("绥芬河国林木业城投资有限公司", "company", "revenue_cny", 6.2e9, "cny", "当年营业收入实现了62亿元", "2016年", chk=True),
  fact(GL, "park", "firms", 55, "count", A4, "2017年6月", kind="cumulative", note="入驻木业企业"),
  fact(GL, "park", "above_scale_firms", 8, "count", A4, "2017年6月", opt=True),
 ])

# ---------------------------------------------------------------- xr02 大庆高新区 新兴产业项目 (经济日报 2012)
DQ = "大庆国家高新技术产业开发区"
B1 = "近日,记者来到大庆高新区采访,在辽宁忠旺铝材120万吨高端精铝及铝合金板带箔项目建设施工现场"
B2 = "据介绍,这个高端精铝及铝合金板带箔项目建成后,年可实现销售收入700亿元,上缴税收近100亿元,安置就业近万人"
B3 = "在沃尔沃汽车整车制造基地项目现场,正在建设的冲压车间白色厂房内,吊车旋转、焊花飞溅"
B4 = "据悉,整个项目达产后,年可实现销售收入1000亿元,利税150亿元,安置就业6000人"
B5 = "在大庆高新区,投资30亿元的新华08项目已启动"
B6 = "目前,全区有各类企业2836家,其中工业企业841家,规模以上企业115家,高新技术企业416家,收入超亿元企业32家"
ASB = "2012年12月"
G["xr02"] = dict(
 article=art("大庆高新区—— 新兴产业项目引领转型创新", "经济日报（本报记者倪伟龄），paper.ce.cn 电子版第16版“专题”", "2012-12-03", "day",
  "National economic daily's special page, Heilongjiang: a national high-tech zone's feature — an aluminium project and a car plant under construction with expected sales and tax, a 30亿元 information project started, the zone's firm counts",
  "http://paper.ce.cn/jjrb/html/2012-12/03/content_136729.htm",
  "日期取版面行“2012年12月3日”。标题为两行（“大庆高新区——”“新兴产业项目引领转型创新”），以一空格连接。版面导航、“本报记者 倪伟龄”、图片说明“大庆枢纽客运站投入运营。”已删。存段末句在“收入超亿元企业32家,境内外”处中断：只删去“,境内外”（make_txt.py LINE_SUFFIX），正文末句因此无句号，截至“…收入超亿元企业32家”，共六段。园区：大庆国家高新技术产业开发区（首段全称；又作“大庆高新区”“高新区”“全区”）。项目：辽宁忠旺铝材120万吨高端精铝及铝合金板带箔项目（记者在高新区采访时的施工现场→在建；建成后年销售收入700亿元、税收近100亿元为预期）；沃尔沃汽车整车制造基地项目（“正在建设”→在建；园区由全文语境推定为大庆高新区，文中未逐字说明）；新华08项目（“在大庆高新区,投资30亿元…已启动”→开工）；石油资讯中心（“将实现收入100亿元”，可选，未说明与新华08关系）。广东振戎“签约提供300亿原油交易”无“元”，不计；“税收达10亿元”主语不清，不计。公司：辽宁忠旺、沃尔沃只在项目名中（可选）；广东振戎为原油进口商（可选，园区不定）。事实：全区企业数五项（“目前”，2012年12月）。",
  "xr02"),
 parks=[
  park(DQ, "大庆", "黑龙江", "国家高新区", "在6.8平方公里盐碱地上建成人才高地和创新示范区,这是大庆国家高新技术产业开发区近年来的发展历程", aliases=["大庆高新区", "高新区"],
       note="标题与正文多作“大庆高新区”"),
 ],
 companies=[
  comp("辽宁忠旺", DQ, B1, opt=True, note="只在项目名中"),
  comp("沃尔沃", DQ, B3, opt=True, note="只在项目名中"),
  comp("广东振戎", None, "仅广东振戎原油进口商今年签约提供300亿原油交易,税收达10亿元", opt=True, note="原油进口商，签约供油"),
 ],
 institutions=[
  inst("大庆国家高新技术产业开发区管理委员会", "大庆国家高新技术产业开发区管理委员会主任颜祥森说", park=DQ),
 ],
 projects=[
  proj("辽宁忠旺铝材120万吨高端精铝及铝合金板带箔项目", DQ, B1, companies=["辽宁忠旺"], status="在建", status_text="项目建设施工现场",
       aliases=["高端精铝及铝合金板带箔项目"]),
  proj("沃尔沃汽车整车制造基地项目", DQ, B3, companies=["沃尔沃"], status="在建", status_text="正在建设的冲压车间", note="园区由全文语境推定"),
  proj("新华08项目", DQ, B5, inv="投资30亿元", status="开工", status_text="已启动"),
  proj("石油资讯中心", None, "石油资讯中心将实现收入100亿元,吸引3000多高端客户", opt=True, note="与新华08关系未说明；园区不定"),
 ],
 aggregate_facts=[
  fact("辽宁忠旺铝材120万吨高端精铝及铝合金板带箔项目", "project", "expected_annual_sales_cny", 7e10, "cny", B2, "建成后（预期）", kind="target", chk=True),
  fact("辽宁忠旺铝材120万吨高端精铝及铝合金板带箔项目", "project", "expected_annual_tax_cny", 1e10, "cny", "上缴税收近100亿元", "建成后（预期）", kind="target",
       qual="约", qtext="近", chk=True),
  fact("辽宁忠旺铝材120万吨高端精铝及铝合金板带箔项目", "project", "expected_jobs", 10000, "persons", "安置就业近万人", "建成后（预期）", kind="target",
       qual="约", qtext="近", opt=True),
  fact("沃尔沃汽车整车制造基地项目", "project", "expected_annual_sales_cny", 1e11, "cny", B4, "达产后（预期）", kind="target", chk=True),
  fact("沃尔沃汽车整车制造基地项目", "project", "expected_annual_profit_tax_cny", 1.5e10, "cny", "利税150亿元", "达产后（预期）", kind="target", chk=True),
  fact("沃尔沃汽车整车制造基地项目", "project", "expected_jobs", 6000, "persons", "安置就业6000人", "达产后（预期）", kind="target", opt=True),
  fact("石油资讯中心", "project", "expected_revenue_cny", 1e10, "cny", "石油资讯中心将实现收入100亿元", "（预期）", kind="target", opt=True, chk=True),
  fact(DQ, "park", "firms", 2836, "count", B6, ASB),
  fact(DQ, "park", "industrial_firms", 841, "count", B6, ASB),
  fact(DQ, "park", "above_scale_firms", 115, "count", B6, ASB),
  fact(DQ, "park", "high_tech_firms", 416, "count", B6, ASB),
  fact(DQ, "park", "firms_revenue_over_100m", 32, "count", B6, ASB, opt=True, note="收入超亿元企业"),
  fact(DQ, "park", "area_km2", 6.8, "km2", "在6.8平方公里盐碱地上建成人才高地和创新示范区", "建区以来", opt=True, note="起步时的盐碱地面积"),
 ])

# ---------------------------------------------------------------- xr03 牡丹江主打园区牌 (黑龙江日报 via 搜狐 2007)
MD = "牡丹江对俄经济技术开发区"
C0 = "目前牡丹江对俄经济技术开发区暨国家级循环经济试点园区和各县(市)园区入区项目已达百余个"
C1 = "2006年1月,牡丹江市整合已有的3个园区,将江南新城区、对俄贸易工业园区和国家级循环经济试点园区合并,成立了牡丹江对俄经济技术开发区暨国家级循环经济试点园区"
C2 = "与韩国企业合作总投资1.8亿元的8000吨黑木耳多糖超细粉及功能性食品生产项目"
C3 = "总投资1.4亿元、出口到欧美的家具和橱柜生产项目"
C4 = "总投资1.27亿元、年产100万标准条毛毯、地毯、精细毛绒项目和2万锭腈纶纱生产项目"
C5 = "投资2亿元的上海天裕中药饮片加工、中成药生产和医药物流项目"
PNOTE = "园区由语境推定：项目列举紧接开发区功能定位一段，存段在“一大批由国内外知名企业投资的大”处中断，落户地点句未存"
G["xr03"] = dict(
 article=art("经济建设充分发挥区位优势集聚效应 牡丹江主打园区牌", "黑龙江日报（“本报讯”，存段无署名），载于搜狐新闻 news.sohu.com", "2007-01-21", "day",
  "Provincial daily via a national portal, Heilongjiang: a prefecture city's merged economic development zone — projects entered, merger of three parks, cumulative investment, positioning, four projects with amounts",
  "https://news.sohu.com/20070121/n247740248.shtml",
  "日期取网址 20070121（页内无日期行）。标题照录；搜狐导航四行已删。存段末段在“……一大批由国内外知名企业投资的大”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…医药物流项目……”，共五段。园区：牡丹江对俄经济技术开发区暨国家级循环经济试点园区（一个园区的双名；name 取“牡丹江对俄经济技术开发区”，双名全文在 note；2006年1月由江南新城区、对俄贸易工业园区、国家级循环经济试点园区三园合并而成——后两者列可选园区，江南新城区为城区不列）。“入区项目已达百余个”的主语是该开发区与各县(市)园区合计（park_group）。项目四个（含一对合列项目），金额照录；无状态词；园区由语境推定为该开发区（见各项 note）。“与韩国企业合作”无企业名；上海天裕只在项目名中（可选公司）。",
  "xr03"),
 parks=[
  park(MD, "牡丹江", "黑龙江", "经济技术开发区", C1, aliases=[], note="全称双名“牡丹江对俄经济技术开发区暨国家级循环经济试点园区”；又作“该园区”"),
  park("对俄贸易工业园区", "牡丹江", "黑龙江", "工业园区", C1, opt=True, note="2006年1月并入牡丹江对俄经济技术开发区"),
  park("国家级循环经济试点园区", "牡丹江", "黑龙江", "循环经济园区", C1, opt=True, note="2006年1月并入；合并后为开发区双名的后半"),
 ],
 companies=[
  comp("上海天裕", MD, C5, opt=True, note="只在项目名中；园区由语境推定"),
 ],
 projects=[
  proj("8000吨黑木耳多糖超细粉及功能性食品生产项目", MD, C2, inv="总投资1.8亿元", note="与韩国企业合作；" + PNOTE),
  proj("家具和橱柜生产项目", MD, C3, inv="总投资1.4亿元", note="产品出口到欧美；" + PNOTE),
  proj("年产100万标准条毛毯、地毯、精细毛绒项目", MD, C4, inv="总投资1.27亿元", note="1.27亿元为此项与2万锭腈纶纱生产项目合计（原文合列）；" + PNOTE),
  proj("2万锭腈纶纱生产项目", MD, C4, opt=True, note="与上项合列，无单列金额；" + PNOTE),
  proj("上海天裕中药饮片加工、中成药生产和医药物流项目", MD, C5, companies=["上海天裕"], inv="投资2亿元", note=PNOTE),
 ],
 aggregate_facts=[
  fact("牡丹江对俄经济技术开发区暨国家级循环经济试点园区和各县(市)园区", "park_group", "projects_landed", 100, "count", C0, "2007年1月", kind="cumulative",
       qual="余", qtext="余", note="入区项目“百余个”"),
  fact(MD, "park", "investment_completed_cny", 2e9, "cny", "截至目前,该园区已完成总投资20亿元", "2007年1月", kind="cumulative", chk=True),
  fact("牡丹江市", "region", "parks_merged", 3, "count", C1, "2006年1月", opt=True),
 ])

# ---------------------------------------------------------------- xr04 “百年煤城”点“石”成金记 (新华社 via 中评社 2021)
SM = "石墨产业园区"
D1 = "眼下,在位于鸡西市恒山区的黑龙江普莱德新材料科技有限公司石墨深加工项目施工现场,工人正为安装调试负极材料生产线奋战。“项目计划总投资27.53亿元"
D2 = "此前以出售石墨矿石等初级产品为主的鸡西市麻山区,历经5年发展逐步形成配套完善、品类齐全的石墨产业园区"
D3 = "园区内企业黑龙江多凌新材料科技有限公司总经理李云鹏说,公司可年产石墨烯粉体1000吨"
D4 = "在“百年矿区”滴道区的一处采煤沉陷区,黑龙江哈工石墨科技有限公司的多个高大厂房拔地而起。“这个项目投资7.6亿元,正在建设单体5万吨产能的石墨矿石采选生产线"
G["xr04"] = dict(
 article=art("“百年煤城”点“石”成金记", "新华社（“据新华社报道”），中评社北京电转载，载于中国评论新闻网 gb.crntt.com（简体版）", "2021-06-22", "day",
  "Hong Kong news agency's simplified site relaying Xinhua, Heilongjiang: a coal city's graphite industry — a firm's deep-processing project with total investment under installation, a district graphite park and a firm in it, a second firm's project under construction with investment, the city's three graphite parks",
  "https://gb.crntt.com/doc/7_0_106119480_1.html",
  "日期取页面“2021-06-22 10:05:35”（中评社北京6月22日电）。标题照录；“【打 印】”“【 第1页 第2页 】”与网址日期行已删。存段为第1页，末句在“项目建成后,可使省内企业摆脱将石墨矿石运往异地”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文末为“…公司总经理李相彬说,”（逗号结尾，如存），共四段。园区：鸡西市麻山区的“石墨产业园区”（未给专名，name 照录通名，可选）；“市内3个石墨产业园区”记为鸡西市事实（可选）。公司：黑龙江普莱德新材料科技有限公司（恒山区，文中未置于园区）、黑龙江多凌新材料科技有限公司（“园区内企业”→麻山区石墨产业园区）、黑龙江哈工石墨科技有限公司（滴道区采煤沉陷区，未置于园区）。项目：普莱德石墨深加工项目（计划总投资27.53亿元；施工现场、安装调试生产线→在建）；哈工石墨石墨矿石采选生产线（投资7.6亿元；正在建设→在建；项目无专名，name 取“石墨矿石采选生产线”）。产能数字（石墨矿石158万吨等）不计。",
  "xr04"),
 parks=[
  park(SM, "鸡西", "黑龙江", "产业园区（石墨）", D2, district="麻山区", opt=True, note="无专名，只作“石墨产业园区”；位于鸡西市麻山区"),
 ],
 companies=[
  comp("黑龙江普莱德新材料科技有限公司", None, D1, note="位于鸡西市恒山区；文中未置于园区"),
  comp("黑龙江多凌新材料科技有限公司", SM, D3, note="“园区内企业”"),
  comp("黑龙江哈工石墨科技有限公司", None, D4, note="滴道区采煤沉陷区；文中未置于园区"),
 ],
 institutions=[
  inst("鸡西市工信局", "鸡西市工信局副局长程永峰说"),
 ],
 projects=[
  proj("黑龙江普莱德新材料科技有限公司石墨深加工项目", None, D1, companies=["黑龙江普莱德新材料科技有限公司"], inv="项目计划总投资27.53亿元",
       status="在建", status_text="施工现场,工人正为安装调试负极材料生产线奋战", aliases=["石墨深加工项目"]),
  proj("石墨矿石采选生产线", None, D4, companies=["黑龙江哈工石墨科技有限公司"], inv="这个项目投资7.6亿元", status="在建", status_text="正在建设",
       note="项目无专名；单体5万吨产能；文中称“哈工石墨深加工项目”的句子在存段之外"),
 ],
 aggregate_facts=[
  fact("鸡西市", "region", "graphite_parks", 3, "count", "当地依托市内3个石墨产业园区", "2021年6月", opt=True),
  fact("黑龙江多凌新材料科技有限公司", "company", "annual_capacity_t", 1000, "t", D3, "2021年6月", opt=True, note="石墨烯粉体年产能"),
 ])

# ---------------------------------------------------------------- xr05 鸡东县域经济发展观察 (经济参考报 2023)
JD = "黑龙江鸡东经济开发区"
E1 = "走进黑龙江鸡东经济开发区,黑龙江新医圣制药有限责任公司的生产车间内机器轰鸣"
E2 = "2022年的最后一天,在鸡东县中车·嘉泽新能源装备制造基地项目的厂房内,举行了首台风电主机产品下线仪式"
G["xr05"] = dict(
 article=art("产业发展多点开花 营商服务提质增效 ——黑龙江鸡东县域经济发展观察", "经济参考报（记者王鹤，哈尔滨报道），dz.jjckb.cn 电子版", "2023-11-14", "day",
  "National economic paper's county feature, Heilongjiang: a county's economic development zone with a pharmaceutical firm's capacity and output, county herbal-medicine figures, a wind-turbine manufacturing base in production",
  "http://dz.jjckb.cn/www/pages/webpage2009/html/2023-11/14/content_94135.htm",
  "日期取页面“2023-11-14 □记者 王鹤 哈尔滨报道 来源:经济参考报”。标题两行（主题与副题“——黑龙江鸡东县域经济发展观察”）以一空格连接；日期署名行与图片说明已删。小标题“立足优势资源”“壮大主导产业”两行各作一段保留。存段末在“宁夏嘉泽新能源股份有限公司东”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至引语“…进入生产期。””，共十二段；因此发言人所属公司名不在正文，不列。园区：黑龙江鸡东经济开发区（鸡西市鸡东县）。公司：黑龙江新医圣制药有限责任公司（开发区内）。项目：中车·嘉泽新能源装备制造基地项目（“鸡东县”，未置于开发区→park null；首台风电主机2022年末下线，“现已投产”→投产）。事实：新医圣“年产值5000多万元”为按现有条件的年产值（可选，余）；鸡东县中药材资金、面积、加工企业数为县级（可选）。",
  "xr05"),
 parks=[
  park(JD, "鸡西", "黑龙江", "经济开发区", E1, district="鸡东县"),
 ],
 companies=[
  comp("黑龙江新医圣制药有限责任公司", JD, E1),
 ],
 institutions=[
  inst("鸡东县农业农村局", "鸡东县农业农村局副局长刘大亨说"),
 ],
 projects=[
  proj("中车·嘉泽新能源装备制造基地项目", None, E2, status="投产", status_text="首台风电主机产品下线…现已投产,进入生产期",
       note="位于鸡东县，文中未置于开发区"),
 ],
 aggregate_facts=[
  fact("黑龙江新医圣制药有限责任公司", "company", "annual_output", 5e7, "cny", "年产值5000多万元", "2023年（按现有条件）", qual="余", qtext="多",
       opt=True, note="可年产片剂2亿片、胶囊5000万粒、颗粒5000万袋；“5000多万元”不是数字+万元，metric 不带 _cny 后缀（如 real56 zz02 tax_paid）"),
  fact("鸡东县", "county", "herb_base_funding_cny", 2.55e7, "cny", "连续4年累计获得中药材基地建设项目资金2550万元", "2023年（近4年累计）",
       kind="cumulative", opt=True, chk=True),
  fact("鸡东县", "county", "herb_planting_area_mu", 60000, "mu", "如今,鸡东县中药材种植面积达6万亩", "2023年", opt=True),
  fact("鸡东县", "county", "herb_processing_firms", 3, "count", "中药材初、深加工企业3家", "2023年", opt=True),
 ])

# ---------------------------------------------------------------- xr06 大庆今年已签约超亿元项目25个 (黑龙江日报 via 省政府网 2024)
DG = "大庆高新区"
F1 = "中六投城市服务(深圳)集团有限公司计划投资8亿元的职爱大健康产业园项目将落户高新区"
F2 = "“大连柏榕投资公司计划投资30亿元的北方精细化工产业园项目与西安水发神农集团有限公司计划投资8.6亿元的高标准设施农业产业园项目将陆续落户林甸县"
F3 = "湖北蕲艾科技集团有限公司计划投资8亿元的艾草生物经济项目将落户肇源县"
F4 = "北京中食集团计划投资5亿元的高端运动蛋白制品生产项目将落户肇州县"
F5 = "截至目前,全市新签约千万元以上项目30个、计划投资额267.8亿元,其中亿元以上项目25个、计划投资额265.7亿元"
F6 = "全市实际利用内资117.2亿元,同比增长32.4%"
ASF = "2024年1月至6月上旬"
G["xr06"] = dict(
 article=art("大庆今年已签约超亿元项目25个 计划投资额265.7亿元", "黑龙江日报，载于黑龙江省人民政府网 hlj.gov.cn（“龙江要闻>市县”栏；存段无署名）", "2024-06-11", "day",
  "Provincial daily on the provincial government portal, Heilongjiang: a city's half-year investment attraction — two signing events, five named projects with planned investment and destination (one into the high-tech zone), the city's signed totals and domestic capital used",
  "https://hlj.gov.cn/hlj/c107858/202406/c00_31741939.shtml",
  "日期取页面“日期:2024-06-11 08:41 来源:黑龙江日报”。标题照录；位置栏、日期来源行与“字号:”已删。存段在“同时,近期可签约的亿元以上项目6个,计划投资”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…同比增长32.4%。”，共三段。园区：只有“高新区”（大庆的高新区，name 记“大庆高新区”，alias 照录“高新区”）。项目五个，均为“计划投资X亿元”→投资额；“将(陆续)落户”→无状态；园区只职爱大健康产业园项目（高新区），其余落户县（林甸县×2、肇源县、肇州县）→park null。投资方公司园区不定（null）。事实：两次签约会（6个项目12.5亿元；8个项目逾56亿元）记为可选；全市新签约千万元以上项目30个/267.8亿元、亿元以上项目25个/265.7亿元、实际利用内资117.2亿元及增速（“截至目前”→cumulative，as_of 2024年1月至6月上旬）。大庆市商务局列可选机构。",
  "xr06"),
 parks=[
  park(DG, "大庆", "黑龙江", "高新区", F1, aliases=["高新区"], note="文中只作“高新区”"),
 ],
 companies=[
  comp("大连柏榕投资公司", None, F2, note="投资方"),
  comp("西安水发神农集团有限公司", None, F2, note="投资方"),
  comp("中六投城市服务(深圳)集团有限公司", None, F1, note="投资方；项目将落户高新区"),
  comp("湖北蕲艾科技集团有限公司", None, F3, note="投资方"),
  comp("北京中食集团", None, F4, note="投资方"),
 ],
 institutions=[
  inst("大庆市商务局", "大庆市商务局组织制定了《大庆市2024年招商引资工作方案》"),
 ],
 projects=[
  proj("北方精细化工产业园项目", None, F2, companies=["大连柏榕投资公司"], inv="计划投资30亿元", status_text="将陆续落户林甸县", note="林甸县（县，非园区）"),
  proj("高标准设施农业产业园项目", None, F2, companies=["西安水发神农集团有限公司"], inv="计划投资8.6亿元", status_text="将陆续落户林甸县", note="林甸县"),
  proj("职爱大健康产业园项目", DG, F1, companies=["中六投城市服务(深圳)集团有限公司"], inv="计划投资8亿元", status_text="将落户高新区"),
  proj("艾草生物经济项目", None, F3, companies=["湖北蕲艾科技集团有限公司"], inv="计划投资8亿元", status_text="将落户肇源县", note="肇源县"),
  proj("高端运动蛋白制品生产项目", None, F4, companies=["北京中食集团"], inv="计划投资5亿元", status_text="将落户肇州县", note="肇州县"),
 ],
 aggregate_facts=[
  fact("大庆数智经济招商推介会暨场景资源链接会", "other", "projects_signed", 6, "count", "大庆数智经济招商推介会暨场景资源链接会,6个项目实现签约,签约额累计12.5亿元", "2024年上半年", opt=True),
  fact("大庆数智经济招商推介会暨场景资源链接会", "other", "signed_investment_cny", 1.25e9, "cny", "签约额累计12.5亿元", "2024年上半年", opt=True, chk=True),
  fact("大庆石化产业推介暨华东地区招商引资项目签约会", "other", "projects_signed", 8, "count", "大庆石化产业推介暨华东地区招商引资项目签约会,8大项目,逾56亿元签约大庆", "2024年上半年", opt=True),
  fact("大庆石化产业推介暨华东地区招商引资项目签约会", "other", "signed_investment_cny", 5.6e9, "cny", "逾56亿元签约大庆", "2024年上半年", qual="超", qtext="逾", opt=True, chk=True),
  fact("大庆市", "region", "projects_signed", 30, "count", F5, ASF, kind="cumulative", note="新签约千万元以上项目"),
  fact("大庆市", "region", "signed_investment_cny", 2.678e10, "cny", "全市新签约千万元以上项目30个、计划投资额267.8亿元", ASF, kind="cumulative", chk=True, note="千万元以上项目计划投资额"),
  fact("大庆市", "region", "projects_signed_over_100m", 25, "count", "其中亿元以上项目25个、计划投资额265.7亿元", ASF, kind="cumulative"),
  fact("大庆市", "region", "signed_investment_over_100m_cny", 2.657e10, "cny", "其中亿元以上项目25个、计划投资额265.7亿元", ASF, kind="cumulative", chk=True),
  fact("大庆市", "region", "domestic_capital_used_cny", 1.172e10, "cny", F6, ASF, kind="cumulative", chk=True),
  fact("大庆市", "region", "domestic_capital_used_yoy_growth", 0.324, "ratio", F6, ASF, kind="ratio"),
 ])

# ---------------------------------------------------------------- xr07 鸡西大项目开复工 石墨唱主角 (国际在线黑龙江 2019)
G1 = "鸡西市投资5000万元以上重点产业项目共有43个,总投资118.4亿元,当年计划投资44.8亿元"
G2 = "全市共有9个石墨产业项目开复工,总投资58.7亿元,当年计划投资14亿元"
G3 = "鸡西唯大石墨烯产业园是全市石墨产业重点项目,在市委市政府高度重视下,企业上下认识高、行动快、力度大,全年施工建设,冬季不停工,保证了该项目的快速推进"
G4 = "作为鸡西目前单体投资规模最大的石墨产业项目,黑龙江普莱德公司锂离子电池负极材料及石墨深加工项目今年计划投资5亿元,建设年产3万吨球形石墨、2万吨负极材料生产线。该项目已复工建设"
G5 = "共同组建了鸡西龙鑫碳素有限公司,计划投资5.1亿元,将原企业厂房、设备等资产进行盘活改造,建设石墨深加工项目"
G6 = "项目达产达效后,年产石墨电极30000吨、石墨坩埚10万个、高纯石墨5000吨,年可实现销售收入14亿元,税金1.7亿元"
PL = "黑龙江普莱德公司锂离子电池负极材料及石墨深加工项目"
LX = "鸡西龙鑫碳素有限公司石墨深加工项目"
ASG = "2019年3月"
G["xr07"] = dict(
 article=art("鸡西大项目开复工 投资过百亿石墨唱主角", "国际在线黑龙江频道 hlj.cri.cn（署名“张晓玲 记者 孙伟民”；原发媒体存段未示）", "2019-03-18", "day",
  "National broadcaster's provincial channel, Heilongjiang: a city's spring start of key industrial projects — totals, graphite projects' totals, a graphene park project under construction, a firm's anode-material project resumed with this year's plan, a new joint venture's graphite project with investment and expected sales and tax",
  "http://hlj.cri.cn/20190318/7c18c142-6bc6-2ea8-df26-5461f4d1a697.html",
  "日期取网址 20190318（存段无日期行；文中“3月15日”为开复工日）。标题照录；页尾“>相关新闻”与版权行残句已删；署名“(张晓玲 记者 孙伟民)”在正文末，保留。正文三段，完整。园区：无开发区；“鸡西唯大石墨烯产业园”文中称“全市石墨产业重点项目”→记为项目（另列可选园区，kind 产业园(项目)）。项目：鸡西唯大石墨烯产业园（全年施工建设→在建）；黑龙江普莱德公司锂离子电池负极材料及石墨深加工项目（“今年计划投资5亿元”为年度计划，不作总投资额，记为 planned_annual_investment_cny；“已复工建设”→在建）；鸡西龙鑫碳素有限公司的石墨深加工项目（“计划投资5.1亿元”→投资额；无状态词；项目无专名，name 以公司名+“石墨深加工项目”组成，文中作“建设石墨深加工项目”）。事实：鸡西市43个项目/118.4亿元/当年计划44.8亿元、新开工20个/28.6亿元、石墨项目9个/58.7亿元/当年计划14亿元（as_of 2019年3月）；龙鑫项目达产后销售收入14亿元、税金1.7亿元（target）。公司：黑龙江普莱德公司、鸡西龙鑫碳素有限公司；中国宝安集团、贝特瑞公司、原“恒山区柳毛碳素有限公司”为可选。",
  "xr07"),
 parks=[
  park("鸡西唯大石墨烯产业园", "鸡西", "黑龙江", "产业园(项目)", G3, opt=True, note="文中称“全市石墨产业重点项目”"),
 ],
 companies=[
  comp("黑龙江普莱德公司", None, G4),
  comp("鸡西龙鑫碳素有限公司", None, G5, note="原恒山区柳毛碳素有限公司与贝特瑞公司合作组建"),
  comp("恒山区柳毛碳素有限公司", None, "“老字号”企业原“恒山区柳毛碳素有限公司”,通过与中国宝安集团旗下的贝特瑞公司战略合作", opt=True, note="原企业"),
  comp("中国宝安集团", None, "通过与中国宝安集团旗下的贝特瑞公司战略合作", opt=True),
  comp("贝特瑞公司", None, "通过与中国宝安集团旗下的贝特瑞公司战略合作", opt=True, note="中国宝安集团旗下"),
 ],
 projects=[
  proj("鸡西唯大石墨烯产业园", None, G3, status="在建", status_text="全年施工建设,冬季不停工"),
  proj(PL, None, G4, companies=["黑龙江普莱德公司"], status="在建", status_text="已复工建设", note="“今年计划投资5亿元”为年度计划，不作总投资额"),
  proj(LX, None, G5, companies=["鸡西龙鑫碳素有限公司"], inv="计划投资5.1亿元", aliases=["石墨深加工项目"], note="项目无专名；文中作“建设石墨深加工项目”"),
 ],
 aggregate_facts=[
  fact("鸡西市", "region", "key_industrial_projects", 43, "count", G1, ASG, note="投资5000万元以上重点产业项目"),
  fact("鸡西市", "region", "key_industrial_projects_investment_cny", 1.184e10, "cny", "总投资118.4亿元", ASG, chk=True),
  fact("鸡西市", "region", "planned_annual_investment_cny", 4.48e9, "cny", "当年计划投资44.8亿元", "2019年（计划）", kind="target", chk=True),
  fact("鸡西市", "region", "projects_started", 20, "count", "其中,新开工项目20个,总投资28.6亿元", ASG, note="新开工项目"),
  fact("鸡西市", "region", "projects_started_investment_cny", 2.86e9, "cny", "总投资28.6亿元", ASG, chk=True),
  fact("鸡西市", "region", "graphite_projects_started_or_resumed", 9, "count", G2, ASG),
  fact("鸡西市", "region", "graphite_projects_investment_cny", 5.87e9, "cny", "总投资58.7亿元", ASG, chk=True),
  fact("鸡西市", "region", "graphite_projects_planned_annual_investment_cny", 1.4e9, "cny", "当年计划投资14亿元", "2019年（计划）", kind="target", opt=True, chk=True),
  fact(PL, "project", "planned_annual_investment_cny", 5e8, "cny", "今年计划投资5亿元", "2019年（计划）", kind="target", chk=True),
  fact(LX, "project", "expected_annual_sales_cny", 1.4e9, "cny", "年可实现销售收入14亿元", "达产达效后（预期）", kind="target", chk=True),
  fact(LX, "project", "expected_annual_tax_cny", 1.7e8, "cny", "税金1.7亿元", "达产达效后（预期）", kind="target", chk=True),
  fact(LX, "project", "planned_annual_investment_cny", 1e8, "cny", "2019年计划投资1亿元", "2019年（计划）", kind="target", opt=True, chk=True),
 ])
