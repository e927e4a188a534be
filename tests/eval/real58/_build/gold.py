# real58 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (six items simplified as published; yb04 traditional as published by a
# Hong Kong paper); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps
# the word). Money: yuan in investment_cny / size_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth
# rates as ratios. Funds: the park the text ties the fund to, null if only a district or city is named; the manager, where the
# text names one, is recorded in the fund's note (the schema has no manager key, as in real51 / real53). Projects: status
# from the text's words (簽約 → 签约; 落戶 alone → no status). Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/ybNN.raw as returned.

def fund_inv(f, invested):
    f["invested_cny"] = invested
    return f

# ---------------------------------------------------------------- yb01 中关村科学城科技成长二期基金 (人民网北京 2024)
ZK = "中关村科学城"
A0 = "8月26日,总规模50亿元的中关村科学城科技成长二期基金正式发布,至此,中关村科学城科技成长基金规模扩容至100亿元"
A1 = "中关村科学城科技成长二期基金由母基金40亿元和直投基金10亿元组成,委托中关村科学城公司下属投资公司管理"
A2 = "海淀区设立中关村科学城科技成长基金,资金来源于海淀区财政,规模为每期50亿元"
AS1 = "2024年8月26日"
G["yb01"] = dict(
 article=art("扩容至100亿!中关村科学城科技成长基金再加码", "人民网·北京频道（bj.people.com.cn；记者董兆瑞）", "2024-08-26", "day",
  "National paper's regional web channel, Beijing: a district science-city fund's second phase launched — size, mother-fund and direct-investment parts, manager, source of money, investment focus",
  "http://bj.people.com.cn/n2/2024/0826/c14540-40955923.html",
  "日期取网址 2024/0826 与电头“人民网北京8月26日电”。标题照录。存段末段“中关村科学城公司有关负责人介绍,…母基金预计可放大资金倍数5”在数字处中断，整段未收（make_txt.py ITEMS），正文截至“…委托中关村科学城公司下属投资公司管理。”，共四段。园区：中关村科学城（海淀区，北京；kind 科学城）。基金：中关村科学城科技成长二期基金（总规模50亿元；由母基金40亿元和直投基金10亿元组成；管理：“委托中关村科学城公司下属投资公司管理”——管理人未写全称，记于 note）；中关村科学城科技成长基金（扩容至100亿元，每期50亿元，资金来源海淀区财政）。两基金均挂中关村科学城（以名称与“中关村科学城公司”管理为据）。“中关村科学城公司”列为可选公司。母基金40亿元、直投基金10亿元记为二期基金的事实。同一事件另见爱集微 laoyaoba.com/n/914578（转述，未用）。",
  "yb01"),
 parks=[
  park(ZK, "北京", "北京", "科学城", A0, district="海淀区", note="海淀区；文中又作“海淀”"),
 ],
 companies=[
  comp("中关村科学城公司", ZK, A1, opt=True, note="其“下属投资公司”受托管理二期基金；全称文中未写"),
 ],
 funds=[
  fund("中关村科学城科技成长二期基金", ZK, A0, size="50亿元", size_type="总规模",
       note="母基金40亿元+直投基金10亿元；管理：委托中关村科学城公司下属投资公司管理（管理人全称未写）；资金来源海淀区财政", aliases=["科技成长二期基金"]),
  fund("中关村科学城科技成长基金", ZK, "中关村科学城科技成长基金规模扩容至100亿元", size="100亿元", size_type="扩容后规模",
       note="海淀区设立，资金来源于海淀区财政，规模为每期50亿元；二期发布后扩容至100亿元"),
 ],
 aggregate_facts=[
  fact("中关村科学城科技成长二期基金", "fund", "mother_fund_size_cny", 4e9, "cny", A1, AS1, chk=True),
  fact("中关村科学城科技成长二期基金", "fund", "direct_investment_fund_size_cny", 1e9, "cny", "直投基金10亿元组成", AS1, chk=True),
  fact("中关村科学城科技成长基金", "fund", "size_per_phase_cny", 5e9, "cny", "规模为每期50亿元", AS1, opt=True, chk=True,
       note="每期规模；与二期基金总规模同值"),
 ])

# ---------------------------------------------------------------- yb02 中关村科学城科学家基金 (北京商报 2020)
B0 = "日前,中关村科学城科学家基金签约仪式举行,签约发布创新工场科学家基金、奇绩创坛基金、中关村智友科学家基金、清华电子信息学科引导基金、中科创星硬科技二期基金5只科学家基金,总规模27.85亿元"
B1 = "目前这5只基金已围绕海淀区域支持培育了摩尔芯光、中科闻歌、华科超能、清雷科技、与光科技、新名医、小雨农智等10余个优质科技项目"
B2 = "中关村科学城创新发展有限公司总经理朱平介绍了5只基金的具体情况"
FN = "五只之一；单只规模文中未写；签约发布于中关村科学城科学家基金签约仪式（园区挂接据此推断）；管理人文中未写"
AS2 = "2020年10月"
G["yb02"] = dict(
 article=art("（无标题）中关村科学城科学家基金签约：5只科学家基金总规模27.85亿元", "北京商报（epaper.bbtnews.com.cn 电子版；存段无署名、无标题）", "2020-10-26", "day",
  "City business daily, Beijing: five scientist funds signed at a science-city event — names, total size, each fund's focus, ten-odd named investees",
  "https://epaper.bbtnews.com.cn/site1/bjsb/html/2020-10/26/content_457508.htm?div=-1",
  "日期取网址 2020-10/26（电子版版面日期）。存段无标题（title 为编者概括）、无版次行；正文三段，完整。园区：中关村科学城（海淀；kind 科学城）。基金：创新工场科学家基金、奇绩创坛基金、中关村智友科学家基金、清华电子信息学科引导基金、中科创星硬科技二期基金（单只规模未写；合计“总规模27.85亿元”——合计另列可选基金“中关村科学城科学家基金”，size 27.85亿元）。五只基金挂中关村科学城是推断（签约仪式名；文中投资范围写作“海淀区域”），记于 note。管理人文中未写；中关村科学城创新发展有限公司（总经理介绍基金）列可选公司。被投企业：摩尔芯光、中科闻歌、华科超能、清雷科技、与光科技、新名医、小雨农智（“围绕海淀区域支持培育”——只写区域，不写园区，park 为 null）。创新工场、奇绩创坛、中科创星只在基金名中，不另列。",
  "yb02"),
 parks=[
  park(ZK, "北京", "北京", "科学城", B0, district="海淀区", note="文中又作“海淀区域”"),
 ],
 companies=[
  comp("中关村科学城创新发展有限公司", ZK, B2, opt=True, note="总经理介绍5只基金；与基金的关系文中未写"),
  comp("摩尔芯光", None, B1, note="5只基金支持培育的项目；“围绕海淀区域”，未写园区"),
  comp("中科闻歌", None, B1, note="同上"),
  comp("华科超能", None, B1, note="同上"),
  comp("清雷科技", None, B1, note="同上"),
  comp("与光科技", None, B1, note="同上"),
  comp("新名医", None, B1, note="同上"),
  comp("小雨农智", None, B1, note="同上"),
 ],
 funds=[
  fund("创新工场科学家基金", ZK, B0, note=FN + "；人工智能领域"),
  fund("奇绩创坛基金", ZK, B0, note=FN + "；孵化+培训+投资"),
  fund("中关村智友科学家基金", ZK, B0, note=FN + "；机器人领域"),
  fund("清华电子信息学科引导基金", ZK, B0, note=FN + "；电子信息早期项目"),
  fund("中科创星硬科技二期基金", ZK, B0, note=FN + "；中科院早期硬科技项目"),
  fund("中关村科学城科学家基金", ZK, B0, size="27.85亿元", size_type="总规模", opt=True,
       note="五只科学家基金的合称（签约仪式名）；27.85亿元为五只合计"),
 ],
 aggregate_facts=[
  fact("中关村科学城科学家基金", "fund", "funds_signed", 5, "count", B0, AS2, opt=True),
  fact("中关村科学城科学家基金", "fund", "projects_supported", 10, "count", B1, AS2, kind="cumulative", qual="余", qtext="余",
       note="10余个优质科技项目"),
 ])

# ---------------------------------------------------------------- yb03 柯桥区政府产业基金 (省财政厅 via shi-fen 2020)
JKD = "“健康岛”生物医药产业园"
C0 = "截至目前,成立各类基金6个,其中中科联动创新基金进入运行正轨,“旅悦”等10余个优质项目进入实质性接触阶段,参股的龙磐基金引入3个生物医药项目,为“健康岛”生物医药产业园奠定基础"
C1 = "联合省产业基金,建立以转型升级基金为母基金、跨行业子基金共同发展的模式"
C2 = "设立驭光基金,助力该区建成首条年产1000万套精密微纳光学器件生产线"
C3 = "设立格洛博基金,填补该区在离合器齿毂制造行业的空白"
C4 = "截至目前,科技人才基金已投资项目5个,投资规模3000万元"
AS3 = "2020年5月"
G["yb03"] = dict(
 article=art("（无标题；原标题：柯桥区政府产业基金四维发力推动制造业高质量发展）", "浙江省财政厅（“来源:省财政厅”），载于 news.shi-fen.com（时分网）", "2020-05", "month",
  "Provincial finance department's item relayed by a news site, Zhejiang: a district's government industry funds — mother fund and sub-funds, funds set up for named projects, a talent fund's investments, a biomedical park",
  "https://news.shi-fen.com/china/202005/50-749732.html",
  "日期只到月：取网址 china/202005（页面日期存段未示）。存段无标题行，开头为“原标题:柯桥区政府产业基金四维发力推动制造业高质量发展”与“来源:省财政厅”两行，均未收入正文（原题记于 title_note）；正文四段（一是…四是…），完整。地区：绍兴市柯桥区（浙江；文中只作“柯桥”“该区”）。园区：“健康岛”生物医药产业园（龙磐基金引入3个生物医药项目为其“奠定基础”）。基金：省产业基金（可选）、转型升级基金（母基金；可选，名称泛）、中科联动创新基金、龙磐基金（参股）、驭光基金、格洛博基金（定向基金）、科技人才基金（已投资项目5个、投资规模3000万元——记 invested_cny）。各基金所在园区文中未写（只写柯桥区），park 为 null；管理人均未写。“成立各类基金6个”的6只未全部点名。项目：驭光基金所助“首条年产1000万套精密微纳光学器件生产线”（“助力该区建成”→竣工，可选，判断）；“旅悦”项目（进入实质性接触阶段，无状态，可选）。",
  "yb03", title_note="原标题：柯桥区政府产业基金四维发力推动制造业高质量发展"),
 parks=[
  park(JKD, "绍兴", "浙江", "生物医药产业园", C0, district="柯桥区", note="名称带引号照录"),
 ],
 funds=[
  fund("中科联动创新基金", None, C0, note="柯桥区成立的6只基金之一，“进入运行正轨”；规模、管理人未写"),
  fund("龙磐基金", None, C0, note="区产业基金参股；引入3个生物医药项目，为“健康岛”生物医药产业园奠定基础（基金本身未写在园区）"),
  fund("驭光基金", None, C2, note="为项目量身打造的定向基金"),
  fund("格洛博基金", None, C3, note="定向基金；离合器齿毂制造"),
  fund_inv(fund("科技人才基金", None, C4, note="“小而精”；已投资项目5个，投资规模3000万元（invested_cny）"), 3e7),
  fund("转型升级基金", None, C1, opt=True, note="柯桥区产业基金体系的母基金；名称泛"),
  fund("省产业基金", None, C1, opt=True, note="浙江省产业基金，联合方"),
 ],
 projects=[
  proj("年产1000万套精密微纳光学器件生产线", None, C2, status="竣工", status_text="助力该区建成首条", opt=True,
       note="驭光基金所助；“建成”是否已竣工为判断；园区未写"),
  proj("旅悦", None, C0, opt=True, note="“旅悦”等10余个优质项目进入实质性接触阶段（中科联动创新基金）；无状态"),
 ],
 aggregate_facts=[
  fact("柯桥区", "district", "funds_established", 6, "count", C0, AS3, kind="cumulative"),
  fact("科技人才基金", "fund", "projects_invested", 5, "count", C4, AS3, kind="cumulative"),
  fact("科技人才基金", "fund", "invested_cny", 3e7, "cny", "投资规模3000万元", AS3, kind="cumulative", chk=True),
  fact("龙磐基金", "fund", "biomedical_projects_introduced", 3, "count", C0, AS3, kind="cumulative"),
  fact("中科联动创新基金", "fund", "projects_in_talks", 10, "count", C0, AS3, qual="余", qtext="余", opt=True),
  fact("年产1000万套精密微纳光学器件生产线", "project", "annual_capacity_sets", 1e7, "sets", C2, AS3, opt=True),
 ])

# ---------------------------------------------------------------- yb04 蕪湖江北新區 43個項目簽約 (香港商報 2022)
JB = "蕪湖市江北新區"
D0 = "10月8日,安徽省蕪湖市江北新區舉行招商引資項目集中簽約儀式。此間,共有43個項目簽約,總投資額超过600億元(人民幣,下同)"
D1 = "此次簽約產業類項目16個,總投資488億元,主要有總投資120億元的聯雲世紀蕪湖AI大數據產業園、總投資60億元的中國移動長三角(蕪湖)算力中心項目、總投資60億元的中國聯通綠色節能數據中心項目、總投資50億元的安安年產3000萬套新能源汽車配件及光伏太陽能組件項目等"
D2 = "同時,年產100萬套智能線控底盤制動項目、新能源電池隔膜項目、年產4億平方米隔膜塗布項目、清控科創產業園等項目落戶,將有效盤活新區起步區存量資產約17萬平方米"
D3 = "此次簽約社會事業項目7個,總投資51億元,國家區域醫療中心、市工人文化宮項目以及供水供電等項目的落地,將進一步完善城市功能配套"
D4 = "簽約建築科技類項目8個,註冊資本7.9億元,中鐵四局、中國十七冶、安徽建工、浙江三建等建工等一批央企和省屬建築企業落戶江北新區"
D5 = "此次簽約還涉及金融基金類項目8個,落實銀行授信約500億元,落戶基金規模27億元"
D6 = "農銀資本、安徽金通智匯、寧波隆華匯投資管理、華安東方等一批基金落戶,為江北新區「基金+產業」「雙招雙引」提供有力支撐"
D7 = "其中,江北新區獲中國農業銀行安徽省分行綜合授信300億元、華夏銀行綜合授信88億元、徽商銀行蕪湖分行綜合授信100億元"
AS4 = "2022年10月8日"
def p4(name, ev, inv=None, **kw):
    return proj(name, JB, ev, inv=inv, status="签约", status_text="簽約", **kw)
G["yb04"] = dict(
 article=art("（无标题）蕪湖江北新區43個項目簽約 總投資額超600億元", "香港商報（hkcd.com；繁体，照原样；转述“大江資訊”；存段无标题、无署名）", "2022-10-09", "day",
  "Hong Kong daily's mainland page (traditional script as published), Anhui: a new area's signing of 43 projects — industrial projects with amounts, projects landed, social and construction projects, finance and fund items with bank credit and fund size, fund firms landed",
  "http://hkcd.com/content_p/2022-10/09/content_142397.html",
  "日期取网址 2022-10/09（签约在10月8日）。存段无标题（title 为编者概括）。繁体为该报原样（香港商报），文中“超过”一词为简体，照录；不是转换稿。两行图片说明（“蕪湖市委副書記、市長寧波致辭”“蕪湖江北新區舉行招商引資項目集中簽約儀式”）已删；存段在小标题“做好四篇文章 打造三個高地”后一段开头“這批重大項目簽約,無疑是蕪湖江北新區搶抓國家”处中断，小标题与该残句均未收，正文截至“…提供有力支撐。”，共五段。园区：蕪湖市江北新區（文中作“安徽省蕪湖市江北新區”“江北新區”“新區”；芜湖，安徽；kind 新区）。项目（簽約→签约）：聯雲世紀蕪湖AI大數據產業園（120億元）、中國移動長三角(蕪湖)算力中心項目（60億元）、中國聯通綠色節能數據中心項目（60億元）、安安年產3000萬套新能源汽車配件及光伏太陽能組件項目（50億元）；“同時…等項目落戶”的四项（年產100萬套智能線控底盤制動項目等）按“落戶”不记状态；社会事业项目（國家區域醫療中心、市工人文化宮項目）可选。公司：中鐵四局、中國十七冶、安徽建工、浙江三建（落戶江北新區）；農銀資本、安徽金通智匯、寧波隆華匯投資管理、華安東方——文中称“一批基金落戶”，实为基金管理机构名，按公司列（园区江北新區），各自基金名称与规模未写；落户基金合计规模27億元记为事实。银行授信三家：银行列可选机构，金额列可选事实。中國移動、中國聯通只在项目名中，可选。",
  "yb04"),
 parks=[
  park(JB, "芜湖", "安徽", "新区", D0, aliases=["江北新區"], note="文中作“安徽省蕪湖市江北新區”“江北新區”“新區”；繁体照录"),
 ],
 companies=[
  comp("中鐵四局", JB, D4, note="建築科技類簽約；落戶江北新區"),
  comp("中國十七冶", JB, D4),
  comp("安徽建工", JB, D4),
  comp("浙江三建", JB, D4),
  comp("農銀資本", JB, D6, kind="fund_manager", note="文中列为“一批基金落戶”之一；基金名与规模未写"),
  comp("安徽金通智匯", JB, D6, kind="fund_manager", note="同上"),
  comp("寧波隆華匯投資管理", JB, D6, kind="fund_manager", note="同上"),
  comp("華安東方", JB, D6, kind="fund_manager", note="同上"),
  comp("中國移動", JB, D1, opt=True, note="只在项目名中"),
  comp("中國聯通", JB, D1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中國農業銀行安徽省分行", D7, kind="bank"),
  inst("華夏銀行", D7, kind="bank"),
  inst("徽商銀行蕪湖分行", D7, kind="bank"),
 ],
 projects=[
  p4("聯雲世紀蕪湖AI大數據產業園", D1, inv="總投資120億元"),
  p4("中國移動長三角(蕪湖)算力中心項目", D1, inv="總投資60億元的中國移動", companies=["中國移動"]),
  p4("中國聯通綠色節能數據中心項目", D1, inv="總投資60億元的中國聯通", companies=["中國聯通"]),
  p4("安安年產3000萬套新能源汽車配件及光伏太陽能組件項目", D1, inv="總投資50億元"),
  proj("年產100萬套智能線控底盤制動項目", JB, D2, status_text="落戶", note="落戶，无状态"),
  proj("新能源電池隔膜項目", JB, D2, status_text="落戶", note="落戶，无状态"),
  proj("年產4億平方米隔膜塗布項目", JB, D2, status_text="落戶", note="落戶，无状态"),
  proj("清控科創產業園", JB, D2, status_text="落戶", note="落戶，无状态；产业园类项目"),
  proj("國家區域醫療中心", JB, D3, opt=True, note="社会事业项目（簽約7個之一），“落地”"),
  proj("市工人文化宮項目", JB, D3, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(JB, "park", "projects_signed", 43, "count", D0, AS4),
  fact(JB, "park", "signed_investment_cny", 6e10, "cny", "總投資額超过600億元", AS4, qual="超", qtext="超过", chk=True),
  fact(JB, "park", "industrial_projects_signed", 16, "count", D1, AS4),
  fact(JB, "park", "industrial_signed_investment_cny", 4.88e10, "cny", "總投資488億元", AS4, chk=True),
  fact(JB, "park", "social_projects_signed", 7, "count", D3, AS4, opt=True),
  fact(JB, "park", "social_signed_investment_cny", 5.1e9, "cny", "總投資51億元", AS4, opt=True, chk=True),
  fact(JB, "park", "construction_projects_signed", 8, "count", D4, AS4, opt=True),
  fact(JB, "park", "construction_firms_registered_capital_cny", 7.9e8, "cny", "註冊資本7.9億元", AS4, opt=True, chk=True),
  fact(JB, "park", "finance_fund_projects_signed", 8, "count", D5, AS4),
  fact(JB, "park", "bank_credit_cny", 5e10, "cny", "落實銀行授信約500億元", AS4, qual="约", qtext="約", chk=True),
  fact(JB, "park", "funds_landed_size_cny", 2.7e9, "cny", "落戶基金規模27億元", AS4, chk=True),
  fact(JB, "park", "stock_assets_revitalized_m2", 170000, "m2", D2, AS4, kind="target", qual="约", qtext="約", opt=True),
  fact("中國農業銀行安徽省分行", "other", "credit_to_park_cny", 3e10, "cny", "中國農業銀行安徽省分行綜合授信300億元", AS4, opt=True, chk=True),
  fact("華夏銀行", "other", "credit_to_park_cny", 8.8e9, "cny", "華夏銀行綜合授信88億元", AS4, opt=True, chk=True),
  fact("徽商銀行蕪湖分行", "other", "credit_to_park_cny", 1e10, "cny", "徽商銀行蕪湖分行綜合授信100億元", AS4, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yb05 长沙高新区 麓谷基金广场 (三湘都市报 2017)
CS = "长沙高新区"
LG = "麓谷基金广场"
E0 = "今天,“长沙高新区走进深交所暨麓谷基金广场投融资路演”活动在深圳举行,300多家知名投资机构代表参加本次活动,与高新区“麓谷基金广场”5个优质科技项目进行深度对接"
E1 = "近年来,长沙高新区不断加大财政投入服务科技型中小企业,截至目前,汇聚企业1.8万家"
E2 = "今年以来,高新区已新增五家IPO企业,截至2017年11月底,境内外上市企业达40家,占全省40%以上"
E3 = "今年新增“新三板”企业13家,累计挂牌企业68家,占全省的28%,占全市的48%,居全国高新区排名第8位"
E4 = "在湖南股交所挂牌企业达730余家,居全省第一"
E5 = "“3年内,长沙高新区将规划建设总面积超1平方公里的金融服务业集聚区,打造低密度、花园式、定制化的绿色办公环境和宜居生态城,聚集约200家金融及投融资机构入园,预计管理基金规模将超过2000亿元。”"
AS5 = "2017年12月"
AT5 = "2017年起3年内（目标）"
G["yb05"] = dict(
 article=art("（无标题）长沙高新区走进深交所暨麓谷基金广场投融资路演在深圳举行", "三湘都市报（epaper.voc.com.cn，华声在线电子版；通讯员袁路华 记者陈月红）", "2017-12-08", "day",
  "City daily's e-paper, Hunan: a high-tech zone's fund-plaza roadshow at the Shenzhen exchange — the zone's firms, IPOs, listed and NEEQ firms, a roadshow centre, and a three-year target for a finance cluster with managed fund size",
  "http://epaper.voc.com.cn/sxdsb/html/2017-12/08/content_1269596.htm?div=-1",
  "日期取网址 2017-12/08（电头“本报12月7日讯”）。存段无标题（title 为编者概括）；末行署名“■通讯员 袁路华 记者 陈月红”已删；正文四段，完整。园区：长沙高新区（长沙，湖南；文中又作“高新区”）；麓谷基金广场（高新区内的基金集聚平台，kind 基金集聚区，parent 长沙高新区；可选——是否算园区为判断）。基金：文中无具名基金；“预计管理基金规模将超过2000亿元”为三年目标（target）。机构：长沙科技金融路演中心（与科技部火炬中心、深交所合作搭建，可选机构）；深交所、湖南股交所不列。事实：汇聚企业1.8万家；今年新增IPO企业5家（“五家”为汉字，value 5）；境内外上市企业40家（截至2017年11月底）；今年新增新三板13家、累计挂牌68家；湖南股交所挂牌730余家；目标：集聚区超1平方公里、约200家机构、基金规模超2000亿元；“4000多家投资机构和1万多名投资人”“300多家知名投资机构”“5个优质科技项目”可选。",
  "yb05"),
 parks=[
  park(CS, "长沙", "湖南", "高新区", E1, note="文中又作“高新区”"),
  park(LG, "长沙", "湖南", "基金集聚区", E0, parent=CS, opt=True, note="高新区“麓谷基金广场”；基金集聚平台，是否算园区为判断"),
 ],
 institutions=[
  inst("长沙科技金融路演中心", "长沙高新区引进共建了与科技部火炬中心、深交所合作搭建的长沙科技金融路演中心", kind="platform", park=CS),
 ],
 aggregate_facts=[
  fact(CS, "park", "firms", 18000, "count", E1, AS5),
  fact(CS, "park", "ipo_firms_new", 5, "count", E2, "2017年1–11月", kind="cumulative", note="“五家”"),
  fact(CS, "park", "listed_firms", 40, "count", E2, "2017年11月底"),
  fact(CS, "park", "listed_firms_share_of_province", 0.40, "ratio", E2, "2017年11月底", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(CS, "park", "neeq_firms_new", 13, "count", E3, "2017年", kind="cumulative"),
  fact(CS, "park", "neeq_firms", 68, "count", E3, AS5, kind="cumulative"),
  fact(CS, "park", "neeq_firms_share_of_province", 0.28, "ratio", E3, AS5, kind="ratio", opt=True),
  fact(CS, "park", "neeq_firms_share_of_city", 0.48, "ratio", E3, AS5, kind="ratio", opt=True),
  fact(CS, "park", "hunan_equity_exchange_listed_firms", 730, "count", E4, AS5, qual="余", qtext="余"),
  fact(CS, "park", "finance_cluster_area_km2", 1, "km2", E5, AT5, kind="target", qual="超", qtext="超", opt=True),
  fact(CS, "park", "finance_institutions_target", 200, "count", E5, AT5, kind="target", qual="约", qtext="约"),
  fact(CS, "park", "managed_fund_size_target_cny", 2e11, "cny", "预计管理基金规模将超过2000亿元", AT5, kind="target", qual="超", qtext="超过", chk=True),
  fact(LG, "park", "roadshow_projects", 5, "count", E0, "2017年12月7日", opt=True),
  fact(LG, "park", "investment_institutions_attending", 300, "count", E0, "2017年12月7日", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- yb06 东南大学国家大学科技园 (东南大学新闻网 2019)
DK = "东南大学国家大学科技园"
F0 = "近日,江苏省科技厅公布了2018年度全省科技企业孵化器和大学科技园绩效评价结果,东南大学国家大学科技园在本次绩效评价中被评为优秀(A类),这是东大科技园连续三年获评优秀等级"
F1 = "科技创新创业载体面积达15万平方米,已成功培育以江苏金智科技股份有限公司、南京途牛科技有限公司和江苏澳格姆生物科技有限公司为代表的1000余家科技型企业"
F2 = "全年新增高新技术企业29家,新增瞪羚企业1家;开展各类活动近60场"
F3 = "高新园区“东科•3S优创空间”和扬州园区“东创星辉”获省级众创空间备案"
AS6 = "2018年"
G["yb06"] = dict(
 article=art("（无标题）东南大学国家大学科技园2018年度绩效评价获优秀", "东南大学新闻网（news.seu.edu.cn；韩金廷 马瑾）", "2019-07-10", "day",
  "University news site, Jiangsu: a national university science park rated excellent — its sites, incubation floor area, named graduate firms, firms cultivated, the year's new high-tech firms, activities, and two maker spaces filed",
  "https://news.seu.edu.cn/2019/0710/c5530a280952/page.htm",
  "日期取网址 2019/0710（同文另有 _t1892 路径的同一页）。存段无标题（title 为编者概括）；末行“(责任编辑:吴涵玉 审核:宋业春)”与“上一篇:下一篇:”已删；署名“(韩金廷 马瑾)”在末段段尾，照录；正文三段，完整。园区：东南大学国家大学科技园（文中又作“东大科技园”；南京，江苏；kind 国家大学科技园）；所辖玄武、栖霞、高新、江宁、下关及苏州、扬州园区只作泛称，不列；众创空间“东科•3S优创空间”（高新园区）、“东创星辉”（扬州园区）列为园区（kind 众创空间，parent 东南大学国家大学科技园）。公司：江苏金智科技股份有限公司、南京途牛科技有限公司、江苏澳格姆生物科技有限公司——“已成功培育”的代表企业，园区记东南大学国家大学科技园（“培育”即在园孵化，按文意）。事实：载体面积15万平方米；累计培育1000余家（余）；2018年新增高企29家、瞪羚1家；活动近60场（约，可选）；74个项目、16场大赛、金奖8项（可选）。江苏省科技厅列可选机构。",
  "yb06"),
 parks=[
  park(DK, "南京", "江苏", "国家大学科技园", F0, aliases=["东大科技园"], note="文中又作“东大科技园”；1999年成立"),
  park("东科•3S优创空间", "南京", "江苏", "众创空间", F3, parent=DK, note="高新园区内；获省级众创空间备案"),
  park("东创星辉", "扬州", "江苏", "众创空间", F3, parent=DK, note="扬州园区内；获省级众创空间备案"),
 ],
 companies=[
  comp("江苏金智科技股份有限公司", DK, F1, note="科技园培育的代表企业"),
  comp("南京途牛科技有限公司", DK, F1, note="同上"),
  comp("江苏澳格姆生物科技有限公司", DK, F1, note="同上"),
 ],
 institutions=[
  inst("江苏省科技厅", F0, kind="government"),
 ],
 aggregate_facts=[
  fact(DK, "park", "incubation_floor_area_m2", 150000, "m2", F1, "2019年7月"),
  fact(DK, "park", "firms_cultivated", 1000, "count", F1, "1999年至2019年7月", kind="cumulative", qual="余", qtext="余"),
  fact(DK, "park", "high_tech_firms_new", 29, "count", F2, AS6),
  fact(DK, "park", "gazelle_firms_new", 1, "count", F2, AS6, opt=True),
  fact(DK, "park", "events_held", 60, "count", F2, AS6, qual="约", qtext="近", opt=True),
  fact(DK, "park", "competition_projects_coached", 74, "count", "推荐和辅导74个项目参加", AS6, opt=True),
  fact(DK, "park", "competition_gold_awards", 8, "count", "获省级以上金奖(一等奖)8项", AS6, opt=True),
 ])

# ---------------------------------------------------------------- yb07 常州科教城 2015 (科教城网站 2016)
KJ = "科教城"
H0 = "2015年,科教城内涵发展实现新突破,园区入驻科研机构及科技企业总数达到1299家,同比增加412家;实现营业收入80.8亿元,同比增长30.1%"
AS7 = "2015年"
G["yb07"] = dict(
 article=art("科教城在2016年全市动员大会上获表彰", "常州科教城（kjc.changzhou.gov.cn 园区网站“园区要闻”；来源:科教城；刘浦信）", "2016-02-15", "day",
  "Science-and-education town's own site, Jiangsu: the park honoured at a city meeting, with its 2015 year figures — research institutes and tech firms admitted, revenue and growth, patents per day, a ranking",
  "https://kjc.changzhou.gov.cn/html/kjc/2016/IDPJADPK_0215/3636.html",
  "日期取页面“发布日期:2016-02-15”。标题照录；面包屑、发布日期行、署名行“(刘浦信)”与备案号行已删；正文两段，完整。园区：科教城（常州科教城；文中只作“科教城”“园区”，城市取网站域名——常州；kind 科教城）。“苏南国家自主创新示范区”“国家级两化深度融合试验区”为示范区/项目名，不作园区。事实（2015年）：入驻科研机构及科技企业1299家（同比增加412家）；营业收入80.8亿元，同比增长30.1%；日均新增6项专利申报、2项授权发明专利、转化1项成果（可选）；《创业邦》“中国最佳创业园区”第二名（可选）。本条为园区年度数（有产出与增长，无税收数）。",
  "yb07"),
 parks=[
  park(KJ, "常州", "江苏", "科教城", H0, note="全称常州科教城（文中未写“常州”，城市取网站）；文中又作“园区”"),
 ],
 aggregate_facts=[
  fact(KJ, "park", "research_institutes_and_tech_firms", 1299, "count", H0, "2015年末"),
  fact(KJ, "park", "research_institutes_and_tech_firms_added", 412, "count", H0, AS7, opt=True),
  fact(KJ, "park", "revenue_cny", 8.08e9, "cny", "实现营业收入80.8亿元,同比增长30.1%", AS7, chk=True),
  fact(KJ, "park", "revenue_yoy_growth", 0.301, "ratio", "实现营业收入80.8亿元,同比增长30.1%", AS7, kind="ratio"),
  fact(KJ, "park", "patent_applications_per_day", 6, "count", "平均每天新增6项专利申报", AS7, opt=True),
  fact(KJ, "park", "invention_patents_granted_per_day", 2, "count", "每天新增2项授权发明专利", AS7, opt=True),
  fact(KJ, "park", "best_startup_park_rank", 2, "rank", "科教城连续第三年蝉联第二名", AS7, opt=True),
 ])
