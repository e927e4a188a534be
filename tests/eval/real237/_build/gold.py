# real237 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged).
# Conventions as real52 (and real28–real49): evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates
# and shares as ratios (18.6% → 0.186). Projects: the park the text places the project in. Status from the text's words
# (签下 / 签约 → 签约; 集中开工 → 开工; 结顶 / 正在建设 / 完成中间验收 / 桩基工程 → 在建; 已建成运行 → 竣工; 落户 alone →
# no status). Period values (“一季度”, “上半年”) are reported; “截至目前”, “累计” values are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/sbNN.raw as returned.

# ---------------------------------------------------------------- sb01 杭州高新区首季规上工业增加值增18.6% (浙江日报 2014)
GZ = "杭州高新区(滨江)"
A0 = "本报讯 今年一季度,杭州高新区(滨江)规上工业实现增加值44.99亿元,同比增长18.6%;全区GDP增长11.0%,列杭州市第一"
A1 = "“这大大激发了我们对研发投入的热情。”英飞特电子(杭州)股份有限公司项目中心主任俞安民介绍"
A2 = "今年一季度,英飞特出口逆势上涨,实现销售收入9800万元,增长45.7%"
A3 = "一季度该区前20家规上工业重点企业,实现工业总产值和销售产值同比分别增长35.7%和38.0%"
AQ = "2014年一季度"
G["sb01"] = dict(
 article=art("创新引领升级 精耕工业园区 杭州高新区首季规上工业增加值增18.6%", "浙江日报（记者 夏丹；区委报道组 余小平 宋桔丽），zjrb.zjol.com.cn 数字报", "2014-04-24", "day",
  "Provincial party daily (e-paper), Zhejiang: a national high-tech zone's first-quarter figures — industrial value added and growth, GDP growth, the district's industry-support funds, one named firm's R&D, export share and quarterly sales, top firms' growth, output per km2",
  "http://zjrb.zjol.com.cn/html/2014-04/24/content_2630230.htm?div=-1",
  "取得：search（corpus pages）第10次调用返回的摘录，原样存入 _raw/pages/sb01.raw。日期取网址 2014-04/24（浙江日报数字报）。标题为引题“创新引领升级 精耕工业园区”与主题“杭州高新区首季规上工业增加值增18.6%”两行，txt 以一个空格连成一行（make_txt.py head tuple）。署名两行“记者 夏丹”“区委报道组 余小平 宋桔丽”作为正文开头两段保留。正文完整，至“…仅次于中关村。”。园区：杭州高新区(滨江)（标题作“杭州高新区”，文中又作“高新区(滨江)”“该区”“全区”；杭州市滨江区，浙江；国家高新区——文中“国家高新区单位面积产出平均水平”“全国国家高新区亩产排名”）；中关村只作比较，列可选园区。公司：英飞特电子(杭州)股份有限公司（文中又作“英飞特”；主营LED驱动器；园区由语境推定为杭州高新区(滨江)）。无具名项目。事实：一季度规上工业增加值44.99亿元、增长18.6%，GDP增长11.0%；去年产业扶持资金9.31亿元、今年安排10.5亿元（可选）；英飞特一季度销售收入9800万元、增长45.7%，出口占60%、研发投入占销售收入10%以上（可选）；前20家规上工业重点企业产值、销售产值增长；服务业前30强利润增长20%以上（可选）；每平方公里产出21.25亿元。“占地20亩都算得上‘大项目’”不计。区发展改革和经济局列可选机构。",
  "sb01"),
 parks=[
  park(GZ, "杭州", "浙江", "国家高新区", A0, district="滨江区", aliases=["杭州高新区", "高新区(滨江)"],
       note="标题作“杭州高新区”；文中又作“高新区(滨江)”“该区”“全区”"),
  park("中关村", "北京", "北京", "国家高新区", "在全国国家高新区亩产排名中,杭州高新区(滨江)仅次于中关村", opt=True, note="只作亩产排名的比较对象"),
 ],
 companies=[
  comp("英飞特电子(杭州)股份有限公司", GZ, A1, aliases=["英飞特"], note="主营LED驱动器；园区由语境推定"),
 ],
 institutions=[
  inst("区发展改革和经济局", "区发展改革和经济局局长孙刚锋说", park=GZ, note="杭州高新区(滨江)的区局"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GZ, "park", "above_scale_industrial_value_added_cny", 4.499e9, "cny", "杭州高新区(滨江)规上工业实现增加值44.99亿元", AQ, chk=True),
  fact(GZ, "park", "above_scale_industrial_value_added_yoy_growth", 0.186, "ratio", A0, AQ, kind="ratio"),
  fact(GZ, "park", "gdp_yoy_growth", 0.11, "ratio", "全区GDP增长11.0%,列杭州市第一", AQ, kind="ratio"),
  fact(GZ, "park", "developable_area_km2", 40, "km2", "在可开发面积只有40余平方公里的高新区(滨江)", "2014年", qual="余", qtext="余", opt=True),
  fact(GZ, "park", "industry_support_funds_cny", 9.31e8, "cny", "去年区财政本级投入产业扶持资金9.31亿元", "2013年", opt=True, chk=True),
  fact(GZ, "park", "industry_support_funds_cny", 1.05e9, "cny", "今年又安排了产业扶持资金10.5亿元", "2014年（安排）", kind="target", opt=True, chk=True),
  fact("英飞特电子(杭州)股份有限公司", "company", "sales_revenue_cny", 9.8e7, "cny", A2, AQ, chk=True),
  fact("英飞特电子(杭州)股份有限公司", "company", "sales_revenue_yoy_growth", 0.457, "ratio", A2, AQ, kind="ratio"),
  fact("英飞特电子(杭州)股份有限公司", "company", "export_share", 0.6, "ratio", "其60%的产品出口", "2014年", kind="ratio", opt=True),
  fact("英飞特电子(杭州)股份有限公司", "company", "rd_spending_share_of_sales", 0.1, "ratio", "每年销售收入的10%以上用作研发投入", "每年", kind="ratio", qual="超", qtext="以上", opt=True),
  fact("英飞特电子(杭州)股份有限公司", "company", "rd_staff", 160, "count", "现有160多人的研发团队", "2014年", qual="余", qtext="多", opt=True),
  fact(GZ, "park", "top20_firms_output_yoy_growth", 0.357, "ratio", A3, AQ, kind="ratio", note="前20家规上工业重点企业工业总产值"),
  fact(GZ, "park", "top20_firms_sales_output_yoy_growth", 0.38, "ratio", A3, AQ, kind="ratio", opt=True),
  fact(GZ, "park", "top30_service_firms_profit_yoy_growth", 0.2, "ratio", "服务业前30强企业实现利润同比增长20%以上", AQ, kind="ratio", qual="超", qtext="以上", opt=True),
  fact(GZ, "park", "output_per_km2_cny", 2.125e9, "cny", "在高新区(滨江)每平方公里产出21.25亿元", "2014年（当前）", chk=True),
 ])

# ---------------------------------------------------------------- sb02 滨海新区招商引资精准发力 (温州日报瓯网 2015)
PY = "平阳县滨海新区"
PI = "滨海新区工业园区"
B0 = "截至目前,滨海新区工业园区共引进83家企业和3个标准厂房项目,已出让(摘牌)85宗地块,出让(摘牌)地块总面积2202.14亩"
B1 = "今年上半年完成招商引资10.38亿元,完成年任务数的110.38%"
B2 = "金属制品加工区内30家电镀企业中的29家已通过竣工验收,其中27家约60条生产线投入试生产"
B3 = "另外,16家“飞地项目”完成主体结顶,其中4家已竣工验收"
B4 = "海豚湾梦幻水上乐园是平阳县滨海新区招商引资工作取得成效的一个缩影"
AB = "2015年7月（截至目前）"
G["sb02"] = dict(
 article=art("滨海新区招商引资精准发力", "温州日报瓯网（平阳分社记者 赵哲璐），载于 chinaseca.net（“经济与文化”“专题活动”栏）", "2015-07-14", "day",
  "City daily's web edition relayed by a culture-and-economy site, Zhejiang: a county-level coastal new area and its industrial park — firms and standard-factory projects introduced, land sold, half-year investment attracted, electroplating firms accepted and in trial production, enclave projects topped out, micro-enterprise parks and an incubator under construction, a water park opened",
  "http://chinaseca.net/zthd/4906.html",
  "取得：search（corpus pages）第16次调用返回的摘录，原样存入 _raw/pages/sb02.raw。日期取页面“时间:2015-07-14 信息来源:温州日报瓯网”。标题照录；站名栏目“经济与文化”“滚动头条:”“专题活动”与时间来源行已删；署名“平阳分社记者 赵哲璐”作为正文第一段保留；小标题“从数据看成绩,项目落地提速”保留为一段。存段末句“平阳县滩涂围垦开发公司摘牌6宗(…)地块262.8亩,其中,…E-08-1地块为温州嘉盛织带机械有限公司新建项目用”在句中中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…出让(摘牌)地块总面积2202.14亩。”，共六段（第二段与末段的数字相同，原文如此）。园区：平阳县滨海新区（又作“滨海新区”“该园区”；温州市平阳县，浙江）；滨海新区工业园区（又作“工业园区”；母园区平阳县滨海新区）；金属制品加工区列可选园区（母园区由语境推定为滨海新区工业园区）。项目：温州海豚湾梦幻水上乐园（6月19日开园对外营业 → 投产，status_alt 竣工）；印刷小微园（18栋主体建筑已结顶 → 在建）；科技孵化器项目（6栋厂房完成中间验收 → 在建）；万洋小微创业园（第一批用地月底完成桩基 → 在建）。16家“飞地项目”未点名，只记数。无具名公司（温州嘉盛织带机械有限公司在删去的残句中）。事实：工业园区累计引进企业83家、标准厂房项目3个、出让地块85宗、2202.14亩（cumulative）；上半年招商引资10.38亿元（reported）、完成年任务110.38%；电镀企业29家验收、27家试生产；飞地项目16家结顶、4家验收；水上乐园日均客流2000人次以上（可选）。",
  "sb02"),
 parks=[
  park(PY, "温州", "浙江", "新区（县级产业平台）", B4, district="平阳县", aliases=["滨海新区"], note="文中又作“滨海新区”“该园区”"),
  park(PI, "温州", "浙江", "工业园区", B0, district="平阳县", parent=PY, aliases=["工业园区"], note="末段作“工业园区”"),
  park("金属制品加工区", "温州", "浙江", "加工区（电镀）", B2, district="平阳县", parent=PI, opt=True, note="30家电镀企业所在；母园区由语境推定"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("温州海豚湾梦幻水上乐园", PY, "温州海豚湾梦幻水上乐园已于6月19日开园对外营业", aliases=["海豚湾梦幻水上乐园"],
       status="投产", status_text="开园对外营业", status_alt="竣工", note="2015年6月19日开园；第二季开园营业"),
  proj("印刷小微园", PY, "18栋印刷小微园主体建筑已结顶", status="在建", status_text="主体建筑已结顶"),
  proj("科技孵化器项目", PY, "6栋科技孵化器项目厂房全部完成中间验收", status="在建", status_text="厂房全部完成中间验收"),
  proj("万洋小微创业园", PY, "万洋小微创业园第一批开发建设用地预计将于月底完成地块桩基工程", status="在建", status_text="预计将于月底完成地块桩基工程"),
 ],
 aggregate_facts=[
  fact(PI, "park", "firms_introduced", 83, "count", B0, AB, kind="cumulative"),
  fact(PI, "park", "standard_factory_projects", 3, "count", B0, AB, kind="cumulative", opt=True),
  fact(PI, "park", "land_parcels_sold", 85, "count", B0, AB, kind="cumulative", opt=True),
  fact(PI, "park", "land_sold_mu", 2202.14, "mu", B0, AB, kind="cumulative"),
  fact(PY, "park", "investment_attracted_cny", 1.038e9, "cny", B1, "2015年上半年", chk=True),
  fact(PY, "park", "investment_attracted_task_completion", 1.1038, "ratio", B1, "2015年上半年", kind="ratio", opt=True),
  fact("金属制品加工区", "park", "firms_completed_acceptance", 29, "count", B2, AB, note="30家电镀企业中的29家"),
  fact("金属制品加工区", "park", "firms_trial_production", 27, "count", B2, AB),
  fact("金属制品加工区", "park", "production_lines_trial", 60, "count", B2, AB, qual="约", qtext="约", opt=True),
  fact(PY, "park", "enclave_projects_topped_out", 16, "count", B3, AB),
  fact(PY, "park", "enclave_projects_completed", 4, "count", B3, AB, opt=True),
  fact("温州海豚湾梦幻水上乐园", "project", "daily_visitors", 2000, "count", "日均客流量达到2000人次以上", "2015年夏（第二季）", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- sb03 宁波杭州湾滨海新城开发建设启动 (中国宁波网 2016)
HW = "宁波杭州湾新区"
BH = "宁波杭州湾滨海新城"
C0 = "今天上午,总投资43亿元的5个重大项目在宁波杭州湾新区集中开工,这标志着宁波杭州湾滨海新城开发建设正式启动"
C1 = "宁波杭州湾滨海新城位于杭州湾跨海大桥南岸桥址两侧,规划面积78平方公里,先行启动建设面积为12.8平方公里"
C2 = "目前,滨海新城已有中国移动信息产业园、方太总部基地、新城商务楼宇和滨海小学等项目落户,总投资超70亿元"
G["sb03"] = dict(
 article=art("（无标题）宁波杭州湾滨海新城开发建设启动 5个重大项目集中开工 总投资43亿元", "中国宁波网（news.cnnb.com.cn；记者 黄程，杭州湾报道组 赵春阳）", "2016-10-12", "day",
  "City news portal, Zhejiang: a national-level new area starts building its coastal new town — five major projects started with their total investment, the new town's planned and start-up areas and concept, projects already landed with their total",
  "http://news.cnnb.com.cn/system/2016/10/12/008558472.shtml",
  "取得：search（corpus pages）第2次调用返回的摘录，原样存入 _raw/pages/sb03.raw。存段无标题（title 为编者概括）。日期取网址 2016/10/12 与电头“中国宁波网10月12日讯…今天上午”；页面另有时间行“2016-10-13 08:04”（已删）。“点击播放视频”与三行图片说明已删。存段末句“已经开建的中国移动信息产业园,项目总投资30亿元,计划建设集浙江”在句中中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…总投资超70亿元。”，共四段。园区：宁波杭州湾新区（宁波，浙江）；宁波杭州湾滨海新城（又作“滨海新城”；位于杭州湾跨海大桥南岸，母园区宁波杭州湾新区——由“5个重大项目在宁波杭州湾新区集中开工…滨海新城开发建设正式启动”推定）。5个开工项目未点名，只记数与总投资。已落户项目：中国移动信息产业园、方太总部基地（必列）、新城商务楼宇、滨海小学（可选），“落户”不定状态；合计“超70亿元”为事实，不分摊。中国移动、方太只在项目名中，列可选公司。宁波杭州湾新区党工委列可选机构。",
  "sb03"),
 parks=[
  park(HW, "宁波", "浙江", "新区（国家级经济技术开发区）", C0, note="文中只作“宁波杭州湾新区”；国家级身份文中未说"),
  park(BH, "宁波", "浙江", "新城（新区内功能区）", C1, parent=HW, aliases=["滨海新城"], note="母园区由语境推定"),
 ],
 companies=[
  comp("中国移动", BH, C2, opt=True, note="只在项目名“中国移动信息产业园”中"),
  comp("方太", BH, C2, opt=True, note="只在项目名“方太总部基地”中"),
 ],
 institutions=[
  inst("宁波杭州湾新区党工委", "市委常委、宁波杭州湾新区党工委书记梁群介绍", park=HW),
 ],
 projects=[
  proj("中国移动信息产业园", BH, C2, companies=["中国移动"], note="已落户；合计超70亿元（不分摊）"),
  proj("方太总部基地", BH, C2, companies=["方太"], note="已落户"),
  proj("新城商务楼宇", BH, C2, opt=True, note="已落户"),
  proj("滨海小学", BH, C2, opt=True, note="学校；已落户"),
 ],
 aggregate_facts=[
  fact(HW, "park", "projects_started", 5, "count", C0, "2016-10-12（集中开工）"),
  fact(HW, "park", "projects_started_investment_cny", 4.3e9, "cny", C0, "2016-10-12（集中开工）", chk=True),
  fact(BH, "park", "planned_area_km2", 78, "km2", C1, "2016年10月"),
  fact(BH, "park", "start_up_area_km2", 12.8, "km2", C1, "2016年10月", opt=True),
  fact(BH, "park", "landed_projects_investment_cny", 7e9, "cny", C2, "2016年10月（目前）", kind="cumulative", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- sb04 杭州经济技术开发区一季度实现“开门红” (杭州日报 via 浙江在线 2017)
HK = "杭州经济技术开发区"
D0 = "一季度,开发区实现地区生产总值144.8亿元,增长8.2%,增速高于全市平均水平"
D1 = "1-3月,规上工业销售产值382.2亿元,增长10.9%"
D2 = "财政总收入、地方财政收入分别增长13.4%和14.1%,固定资产投资、工业投资分别增长12.5%和32.5%,实到内资、浙商回归到位资金分别增长60.5%、90.9%,社会消费品零售总额增长10.3%,出口总额增长13%"
D3 = "服务业增加值增长18.4%,高于全市平均水平6.4个百分点,三产比重由去年同期的24.53%提高到27.76%"
D4 = "战略新兴产业增加值、规上企业利润总额、高新技术产业利润总额、新产品产值率分别增长13.3%、5.3%、61.3%、28.58%"
DQ = "2017年一季度"
G["sb04"] = dict(
 article=art("杭州经济技术开发区一季度实现“开门红”", "杭州日报（记者 郭峰，通讯员 陶青 潘海波），载于浙江在线 zjnews.zjol.com.cn（杭州栏）", "2017-05-07", "day",
  "City daily on the provincial portal, Zhejiang: a national economic and technological development zone's first-quarter figures — GDP and growth, industrial sales output, fiscal revenue, investment, domestic capital, retail, exports, service value added, tertiary share, profits of emerging and high-tech industries",
  "https://zjnews.zjol.com.cn/zjnews/hznews/201705/t20170507_3570185.shtml",
  "取得：search（corpus pages）第10次调用返回的摘录，原样存入 _raw/pages/sb04.raw。日期取页面“2017年05月07日 09:41:56 来源: 杭州日报 记者 郭峰 通讯员 陶青 潘海波”（该行与面包屑已删）。标题照录；小标题“经济发展质效明显提高”保留为一段。存段在下一小节开头中断（小标题“转型升级动力持续增强”与残句“辉瑞全球生物技术中心工程、士”），二者整段删去（make_txt.py ITEMS 截至上一段），正文截至“…新旧动能的转换正在加快。”，共五段。园区：杭州经济技术开发区（文中又作“开发区”“经开区”；“作为国家级经济开发区”；杭州，浙江；所在区文中未说）。无具名公司与项目。事实全部为2017年一季度（1-3月）：GDP 144.8亿元、增长8.2%；规上工业销售产值382.2亿元、增长10.9%；财政、投资、内资、浙商回归、社零、出口、服务业增加值增速；三产比重27.76%（去年同期24.53%，可选）；战略新兴产业增加值等四项增速。“高于全市平均水平6.4个百分点”不另计。",
  "sb04"),
 parks=[
  park(HK, "杭州", "浙江", "国家级经济技术开发区", "杭州经济技术开发区推进“三次创业”再传捷报", aliases=["经开区"], note="文中又作“开发区”“经开区”；“作为国家级经济开发区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(HK, "park", "gdp_cny", 1.448e10, "cny", D0, DQ, chk=True),
  fact(HK, "park", "gdp_yoy_growth", 0.082, "ratio", D0, DQ, kind="ratio"),
  fact(HK, "park", "above_scale_industrial_sales_output_cny", 3.822e10, "cny", D1, DQ, chk=True),
  fact(HK, "park", "above_scale_industrial_sales_output_yoy_growth", 0.109, "ratio", D1, DQ, kind="ratio"),
  fact(HK, "park", "fiscal_revenue_yoy_growth", 0.134, "ratio", D2, DQ, kind="ratio"),
  fact(HK, "park", "local_fiscal_revenue_yoy_growth", 0.141, "ratio", D2, DQ, kind="ratio", opt=True),
  fact(HK, "park", "fixed_asset_investment_yoy_growth", 0.125, "ratio", D2, DQ, kind="ratio"),
  fact(HK, "park", "industrial_investment_yoy_growth", 0.325, "ratio", D2, DQ, kind="ratio"),
  fact(HK, "park", "domestic_capital_arrived_yoy_growth", 0.605, "ratio", D2, DQ, kind="ratio", opt=True),
  fact(HK, "park", "zheshang_return_funds_yoy_growth", 0.909, "ratio", D2, DQ, kind="ratio", opt=True),
  fact(HK, "park", "retail_sales_yoy_growth", 0.103, "ratio", D2, DQ, kind="ratio", opt=True),
  fact(HK, "park", "exports_yoy_growth", 0.13, "ratio", D2, DQ, kind="ratio"),
  fact(HK, "park", "service_value_added_yoy_growth", 0.184, "ratio", D3, DQ, kind="ratio"),
  fact(HK, "park", "tertiary_industry_share", 0.2776, "ratio", D3, DQ, kind="ratio"),
  fact(HK, "park", "tertiary_industry_share", 0.2453, "ratio", D3, "2016年一季度", kind="ratio", opt=True),
  fact(HK, "park", "strategic_emerging_value_added_yoy_growth", 0.133, "ratio", D4, DQ, kind="ratio"),
  fact(HK, "park", "above_scale_profit_yoy_growth", 0.053, "ratio", D4, DQ, kind="ratio", opt=True),
  fact(HK, "park", "high_tech_profit_yoy_growth", 0.613, "ratio", D4, DQ, kind="ratio", opt=True),
  fact(HK, "park", "new_product_output_rate_yoy_growth", 0.2858, "ratio", D4, DQ, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- sb05 百亿项目落户经济热土 浙江嘉兴招大引强再发力 (中新网 2017)
JX = "嘉兴经济技术开发区"
E0 = "20日,浙江省嘉兴经济技术开发区、嘉兴国际商务区举办了第三届“携手共进、合作共赢”招商大会暨重大项目签约仪式"
E1 = "共有38个项目集中签约,总投资额达197亿元"
E2 = "2010年-2016年,全区累计实现地区生产总值1053.17亿元,年均增长8.9%"
E3 = "累计引进欧美、韩日、港澳台地区等40多个国家和地区600多家外商投资企业,合同利用外资60.56亿美元,实际到位外资36.8亿美元"
AE = "2010年—2016年（累计）"
G["sb05"] = dict(
 article=art("百亿项目落户经济热土 浙江嘉兴招大引强再发力", "中新网（见习记者 陈洁，实习生 饶雨蒙），载于 hangzhou.baogaosu.com", "2017-06-21", "day",
  "National news agency's web story relayed by a regional aggregator, Zhejiang: a national economic and technological development zone's investment conference — 38 projects signed with total investment, the zone's cumulative GDP, foreign-invested firms and foreign capital 2010–2016, a foreign firm that chose the zone",
  "https://hangzhou.baogaosu.com/xinwen/%E4%BA%BF%E9%A1%B9%E7%9B%AE%E8%90%BD%E6%88%B7%E7%BB%8F%E6%B5%8E%E7%83%AD%E5%9C%9F%E6%B5%99%E6%B1%9F%E5%98%89%E5%85%B4%E6%8B%9B%E5%A4%A7/58412782",
  "取得：search（corpus pages）第4次调用返回的摘录（第9次再次出现），原样存入 _raw/pages/sb05.raw。日期取转载页“21.06.2017 09:20”；电头“中新网嘉兴6月20日电”，签约在6月20日。标题照录；页面时间行与图片说明“第三届…签约仪式 陈洁 摄”已删。存段末段“无独有偶,来自上海的仲量联行…形容嘉兴,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…不仅服务高效而且人也非常热情。”（引号未闭，原文如此），共六段。园区：嘉兴经济技术开发区（文中又作“嘉兴经开区”“全区”；嘉兴，浙江；国家级身份文中未明说，kind 记经济技术开发区）；嘉兴国际商务区（与经开区共同举办签约，两者关系文中未说，不设母园区）。38个签约项目未点名，签约数与总投资记在嘉兴经开区（与国际商务区共同举办，note 说明）。公司：德国采埃孚传动技术(杭州)有限公司（“选择落户嘉兴”，园区由语境推定为嘉兴经开区）。事实：38个项目、197亿元（2017-06-20）；2010—2016年累计GDP 1053.17亿元、年均增长8.9%（可选）；累计外商投资企业600多家、合同利用外资60.56亿美元、实际到位外资36.8亿美元（cumulative）。“12个国家和地区的200多位客商”不计。",
  "sb05"),
 parks=[
  park(JX, "嘉兴", "浙江", "经济技术开发区", E0, aliases=["嘉兴经开区"], note="文中又作“嘉兴经开区”“全区”"),
  park("嘉兴国际商务区", "嘉兴", "浙江", "商务区", E0, note="与嘉兴经开区共同举办招商大会；关系文中未说"),
 ],
 companies=[
  comp("德国采埃孚传动技术(杭州)有限公司", JX, "德国采埃孚传动技术(杭州)有限公司便是其中之一", aliases=["采埃孚传动技术(杭州)有限公司"],
       note="“谈及为什么选择落户嘉兴”；园区由语境推定"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(JX, "park", "projects_signed", 38, "count", E1, "2017-06-20（招商大会）", note="与嘉兴国际商务区共同举办"),
  fact(JX, "park", "signed_investment_cny", 1.97e10, "cny", E1, "2017-06-20（招商大会）", chk=True),
  fact(JX, "park", "gdp_cny", 1.05317e11, "cny", E2, AE, kind="cumulative", chk=True),
  fact(JX, "park", "gdp_avg_annual_growth", 0.089, "ratio", E2, AE, kind="ratio", opt=True),
  fact(JX, "park", "foreign_invested_firms", 600, "count", E3, AE, kind="cumulative", qual="余", qtext="多"),
  fact(JX, "park", "contracted_fdi_usd", 6.056e9, "usd", "合同利用外资60.56亿美元", AE, kind="cumulative"),
  fact(JX, "park", "actual_fdi_usd", 3.68e9, "usd", "实际到位外资36.8亿美元", AE, kind="cumulative"),
 ])

# ---------------------------------------------------------------- sb06 宁波杭州湾新区 三大项目签约 (investchn 2017)
F0 = "宁波杭州湾新区一举签下“美丽中国”文化小镇和华强集团华东区总部、港中旅“海泉湾”温泉度假综合体以及智能终端生产项目三大重磅项目,项目合计总投资257.2亿元"
F1 = "“美丽中国”文化小镇和华强集团华东区总部总投资200亿元"
F2 = "依托已建成运行的宁波方特东方神画和正在建设中的复兴之路公园"
AF = "2017-06-28（签约仪式）"
G["sb06"] = dict(
 article=art("（无标题）3大项目,总投资257.2亿 宁波杭州湾新区在2017宁波·深圳投资合作推介会上签约", "investchn.com（投资网；原发媒体与署名存段未示）", "2017-06", "month",
  "Investment-promotion portal, Zhejiang: a national-level new area signs three major projects at a city's investment fair in Shenzhen — a cultural town with a group's regional headquarters (amount), a resort complex and a smart-terminal plant, their combined total, the cultural projects it builds on",
  "https://investchn.com/home/news/detail/id/2523.html",
  "取得：search（corpus pages）第2次调用返回的摘录，原样存入 _raw/pages/sb06.raw。存段无标题（title 为编者概括；首句“3大项目,总投资257.2亿!…”以句号结束，作正文首段）。日期：文中“6月28日下午,在2017宁波·深圳投资合作推介会暨项目签约仪式上”，签约日2017年6月28日，发布日不详，记 2017-06（month）。存段末句“此外,双方还商定将深度开发区域内滩涂、水库、湿”在句中中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…文化创意和健康养生等产业。”，共六段。“双方将完善 “美丽中国”文化小镇规划”中的空格原文如此。园区：宁波杭州湾新区（又作“新区”；宁波，浙江）。项目（签下 → 签约）：“美丽中国”文化小镇和华强集团华东区总部（文中作一个项目，总投资200亿元；“将于近日启动建设”，状态仍记签约；两部分名称列 aliases）；港中旅“海泉湾”温泉度假综合体；智能终端生产项目（无单项金额）。宁波方特东方神画（已建成运行 → 竣工）、复兴之路公园（正在建设中 → 在建）、“明日中国”公园（协商启动创意和规划 → planned）为可选项目。公司：深圳华强集团（又作“华强集团”；其华东区总部落在新区，park 记宁波杭州湾新区）；港中旅只在项目名中，可选。事实：签约3个项目、合计257.2亿元。市领导不列；新区管委会列可选机构。",
  "sb06"),
 parks=[
  park(HW, "宁波", "浙江", "新区", F0, aliases=["新区"], note="文中又作“新区”"),
 ],
 companies=[
  comp("深圳华强集团", HW, "宁波杭州湾新区与深圳华强集团这艘文化航母的合作掀开了崭新的篇章", aliases=["华强集团"], note="总部在深圳；华东区总部落户新区"),
  comp("港中旅", HW, F0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("新区管委会", "新区管委会副主任蔡世杰与项目方代表签约", park=HW, note="宁波杭州湾新区管委会"),
 ],
 projects=[
  proj("“美丽中国”文化小镇和华强集团华东区总部", HW, F1, companies=["深圳华强集团"], inv="总投资200亿元", status="签约", status_text="签下",
       aliases=["“美丽中国”文化小镇", "华强集团华东区总部"], note="文中作一个项目；“将于近日启动建设”，文化小镇计划5年内建成"),
  proj("港中旅“海泉湾”温泉度假综合体", HW, F0, companies=["港中旅"], status="签约", status_text="签下", note="无单项金额"),
  proj("智能终端生产项目", HW, F0, status="签约", status_text="签下", note="无单项金额"),
  proj("宁波方特东方神画", HW, F2, status="竣工", status_text="已建成运行", opt=True, note="已建成运行的文旅项目"),
  proj("复兴之路公园", HW, F2, status="在建", status_text="正在建设中", opt=True),
  proj("“明日中国”公园", HW, "协商尽早启动“明日中国”公园的创意和规划", status="planned", status_text="协商尽早启动…创意和规划", opt=True),
 ],
 aggregate_facts=[
  fact(HW, "park", "projects_signed", 3, "count", F0, AF),
  fact(HW, "park", "signed_investment_cny", 2.572e10, "cny", "项目合计总投资257.2亿元", AF, chk=True),
 ])
