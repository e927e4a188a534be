# real317 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text (a name with quotation marks keeps them); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and
# shares as ratios. Projects: the park the text places the project in; where the project is the building of the park itself
# and no parent zone is named (pd03, pd07), the park is that park (noted). Status from the text's words (开工奠基仪式 / 开工 →
# 开工; 项目前期工作 → planned; 签约入驻 of firms → no project). Expected figures (“预计”, “将”, “可达”) are kind target; counts “截至
# 目前” / “目前” are reported with the month of publication as as_of; year-to-date sums (“今年1至7月份”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/pdNN.raw as returned.

# ---------------------------------------------------------------- pd01 北京98家文化产业园区授牌 (科技日报 / 新华社 2020)
BJ98 = "北京98家文化产业园区"
A0 = "近日,北京98家文化产业园区分别获得“市级文化产业园区”“市级文化产业示范园区(提名)”或“市级文化产业示范园区”授牌"
A1 = "截至2019年底,98家园区共集聚企业9540家,其中文化企业7337家,包括腾讯、新浪、网易、光线传媒等文化领域知名企业"
A2 = "2019年,上述园区文化企业实现收入总计7828.14亿元,户均实现收入约为北京文化企业平均水平的10倍"
A3 = "值得一提的是,嘉诚胡同创意工场、“新华1949”文化金融与创新产业园、中国北京出版创意产业园、751D·PARK北京时尚设计广场、798艺术区、郎园Vintage文化创意产业园、莱锦文化创意产业园、清华科技园、中关村软件园、星光影视园等10家文化产业园区成为市级文化产业示范园区"
A4 = "从首钢园到798艺术区,从隆福寺文创园到大磨坊文创园,工业遗存与现代文明相融相生"
SHIFAN = ["嘉诚胡同创意工场", "“新华1949”文化金融与创新产业园", "中国北京出版创意产业园", "751D·PARK北京时尚设计广场", "798艺术区",
          "郎园Vintage文化创意产业园", "莱锦文化创意产业园", "清华科技园", "中关村软件园", "星光影视园"]
G["pd01"] = dict(
 article=art("（无标题）北京98家文化产业园区获市级授牌 10家成为市级文化产业示范园区", "科技日报（数字报 digitalpaper.stdaily.com）刊新华社讯（记者张漫子）", "2020-08-28", "day",
  "National science daily's e-paper carrying a Xinhua item, Beijing: 98 cultural industry parks receive municipal titles — firms and cultural firms gathered, their 2019 revenue, share of parks converted from old factories, the ten parks named municipal demonstration parks",
  "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-08/28/content_452603.htm?div=-1",
  "日期取网址 2020-08/28（科技日报当日版面）。存段无标题（title 为编者概括），正文五段，完整。园区：10家市级文化产业示范园区按原文照录（嘉诚胡同创意工场、“新华1949”文化金融与创新产业园 … 星光影视园；北京，区未写），kind 记“市级文化产业示范园区”；首钢园、隆福寺文创园、大磨坊文创园只作举例，列可选。98家园区作为整体（park_group“北京98家文化产业园区”）记事实：集聚企业9540家、文化企业7337家（截至2019年底）、文化企业收入7828.14亿元（2019年）、老旧厂房改造园区占60%。腾讯、新浪、网易、光线传媒为园区内知名企业，未指明所在园区，列可选（park null）。同一授牌的繁体转码页（elginathletics、4455mseq、f3qsig）未用。",
  "pd01"),
 parks=[park(n, "北京", "北京", "市级文化产业示范园区", A3, note="2020年成为市级文化产业示范园区") for n in SHIFAN] + [
  park("首钢园", "北京", "北京", "文化产业园区", A4, opt=True, note="只作举例"),
  park("隆福寺文创园", "北京", "北京", "文创园", A4, opt=True, note="只作举例"),
  park("大磨坊文创园", "北京", "北京", "文创园", A4, opt=True, note="只作举例"),
 ],
 companies=[comp(n, None, A1, opt=True, note="98家园区内知名文化企业，所在园区未说") for n in ("腾讯", "新浪", "网易", "光线传媒")],
 aggregate_facts=[
  fact(BJ98, "park_group", "parks", 98, "count", A0, "2020年8月", opt=True),
  fact(BJ98, "park_group", "firms", 9540, "count", A1, "2019年底"),
  fact(BJ98, "park_group", "cultural_firms", 7337, "count", A1, "2019年底"),
  fact(BJ98, "park_group", "cultural_firms_revenue_cny", 7.82814e11, "cny", A2, "2019年", chk=True),
  fact(BJ98, "park_group", "share_converted_from_old_factories", 0.60, "ratio", "其中由老旧厂房改造而成的园区占60%", "2020年8月", kind="ratio", opt=True),
  fact(BJ98, "park_group", "demonstration_parks", 10, "count", A3, "2020年8月", opt=True),
 ])

# ---------------------------------------------------------------- pd02 济宁高新区 滨河电商快递产业园 (济宁日报 2017)
JN = "济宁高新区"
BH = "滨河电商快递产业园"
B0 = "本报济宁讯(记者 张静)近年来,济宁高新区紧紧围绕“三次创业”的战略部署"
B1 = "着力打造电商快递产业园项目,吸引入驻了以“中通优选”农村电商全产业链项目为代表的一批电商物流企业"
B2 = "项目建设期为 2 年,于2017年3月开工,整个园区计划2019年上半年竣工"
B3 = "滨河电商快递产业园项目循现代电商和物流行业特点进行规划建设,打造专业化园区"
B4 = "高新区及时把握政策导向,联合中通集团,在全国及全行业中率先推出了农村电商全产业链项目"
G["pd02"] = dict(
 article=art("高新区倾力打造 电商快递产业园", "济宁日报（“本报济宁讯”，记者 张静），jn001.com 数字报第06版", "2017-11-09", "day",
  "City daily, Shandong: a national high-tech zone builds an e-commerce and express-delivery park — location and works, start and planned completion, a courier group's rural e-commerce project settled, the partnership behind it",
  "http://www.jn001.com/paperpc/content/content_508010.html",
  "日期取页面“2017年11月09日 … 第06版”。标题照录（版面标题中的空格照录）；“首页”“第06版:”与日期行已删。存段末段“当前园区已与中通集团达成战略合作意向,中通集团决定将…6个项目入驻滨河电商快递产业园。同时,…园区还吸纳“中通优选””在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…赢得了发展先机。”，共四段；被删段中的“6个项目”等不入真值。园区：济宁高新区（济宁，山东）；滨河电商快递产业园（高新区内，同济路以西、开源路以北；文中又作“电商快递产业园”，parent 济宁高新区）。项目：滨河电商快递产业园项目——2017年3月开工、建设期2年、计划2019年上半年竣工（status 开工，在建为备选）；“中通优选”农村电商全产业链项目——已吸引入驻园区（无状态词，status null），与中通集团联合推出。中通集团为合作方，列可选公司（园区未明说）。商务部、农业部为发文机关，列可选机构。本文无金额。real238 的 notes 曾见同一报道的转载页（bengbu.021cf，未用），本页为济宁日报原版，之前各集均未使用。",
  "pd02"),
 parks=[
  park(JN, "济宁", "山东", "高新区", B0, note="文中又作“高新区”"),
  park(BH, "济宁", "山东", "电商快递产业园", B3, parent=JN, aliases=["电商快递产业园"], note="标题与首段作“电商快递产业园”；位于高新区同济路以西、开源路以北"),
 ],
 companies=[
  comp("中通集团", None, B4, opt=True, note="与高新区联合推出农村电商全产业链项目；园区未明说"),
 ],
 institutions=[
  inst("商务部", "今年8月,商务部、农业部联合发布了《关于深化农商协作大力发展农产品电子商务的通知》"),
  inst("农业部", "今年8月,商务部、农业部联合发布了《关于深化农商协作大力发展农产品电子商务的通知》"),
 ],
 projects=[
  proj("滨河电商快递产业园项目", JN, B3, status="开工", status_text="于2017年3月开工", status_alt="在建", aliases=["电商快递产业园项目"],
       note="2017年3月开工，建设期2年，计划2019年上半年竣工；首段作“电商快递产业园项目”；开工与竣工时间见 B2"),
  proj("“中通优选”农村电商全产业链项目", BH, B1, companies=["中通集团"], note="吸引入驻园区；无状态词；与中通集团联合推出"),
 ],
 aggregate_facts=[
  fact("滨河电商快递产业园项目", "project", "construction_period_years", 2, "year", B2, "2017年3月起", opt=True),
 ])

# ---------------------------------------------------------------- pd03 中通快递(衡阳)智慧电商产业园开建 (中国新闻网 2018)
ZT = "中通快递(衡阳)智慧电商产业园"
C0 = "中通快递(衡阳)智慧电商产业园在湖南省衡阳市衡南县举行开工奠基仪式"
C1 = "中通快递(衡阳)智慧电商产业园占地面积130亩,拟投资5亿元(人民币,下同),预计在2018年“双十一”前正常投入使用"
C2 = "项目建成后,将集聚200家电商企业入驻,形成规模性电商产业集聚区,年快递吞吐量将达2亿件,预计实现年均收入2.5亿元,年纳税可达1500万元"
ASC = "建成后（预期）"
G["pd03"] = dict(
 article=art("中通快递(衡阳)智慧电商产业园开建 “双十一”前使用", "中国新闻网，载于 kdsxcx.zgkdxh.org.cn（中国快递协会网站）", "2018-05-11", "day",
  "Industry association site relaying a national news agency item, Hunan: a courier group's e-commerce park breaks ground in a county — area, investment, planned opening, expected firms, parcel volume, revenue and tax",
  "http://kdsxcx.zgkdxh.org.cn/content/details_10_16388.html",
  "日期取页面“2018年05月11日来源:中国新闻网”，该日期来源字样粘在首段句首，已删（make_txt.py LINE_PREFIX）。标题照录。正文五段，完整。园区：中通快递(衡阳)智慧电商产业园（衡阳市衡南县，湖南；文中又作“中通电商产业园”）。项目：同名园区建设项目，举行开工奠基仪式→开工；“拟投资5亿元”；预计2018年“双十一”前投入使用；未写母园区，park 记该园区本身（注明）。公司：中通快递集团（投资方；文中又作“中通快递”），园区记该园。事实（均为建成后预期，target）：入驻电商企业200家、年快递吞吐量2亿件、年均收入2.5亿元、年纳税1500万元；占地130亩记于项目。“湖南继长沙之后的第二家”不计。",
  "pd03"),
 parks=[
  park(ZT, "衡阳", "湖南", "电商产业园", C0, district="衡南县", aliases=["中通电商产业园"], note="中通快递在湖南的第二家智慧电商产业园"),
 ],
 companies=[
  comp("中通快递集团", ZT, "中通快递集团投资战略部总经理王灿友介绍", aliases=["中通快递"], note="园区投资建设方；园区将是中通快递湘南总部及结算中心"),
 ],
 projects=[
  proj(ZT, ZT, C1, companies=["中通快递集团"], inv="拟投资5亿元", status="开工", status_text="举行开工奠基仪式",
       note="园区建设项目；未写母园区，park 记该园区本身；预计2018年“双十一”前投入使用"),
 ],
 aggregate_facts=[
  fact(ZT, "project", "site_area_mu", 130, "mu", C1, "2018年5月", opt=True),
  fact(ZT, "park", "firms", 200, "count", C2, ASC, kind="target", note="将集聚200家电商企业入驻"),
  fact(ZT, "park", "annual_parcel_throughput", 2e8, "pieces", C2, ASC, kind="target", opt=True),
  fact(ZT, "park", "annual_revenue_cny", 2.5e8, "cny", "预计实现年均收入2.5亿元,年纳税可达1500万元", ASC, kind="target", chk=True),
  fact(ZT, "park", "annual_tax_cny", 1.5e7, "cny", "年纳税可达1500万元", ASC, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pd04 厦门云创直播小镇 (人民政协报 2021)
YC = "厦门云创直播小镇"
D0 = "厦门云创直播小镇预计9月中下旬正式开业,这一主打网上直播带货业态的项目,预计年销售额可达10亿元"
D1 = "截至目前,厦门已有电商直播基地23家"
D2 = "据介绍,厦门云创直播小镇由厦门自贸片区引入、杭州云创和中达集团共同打造"
D3 = "该项目总面积1.36万平方米,规划有300多个专业直播间、全品类供应链选品中心和500平方米的精装场景拍摄间,目前已有50家企业入驻"
D4 = "此前,厦门民营便利店品牌见福集团也介入电商直播领域,在海沧的见福集团打造了“福客电商直播基地”"
D5 = "不久前,恒安集团与灵狐科技在厦门恒安国际广场启动“厦门影视直播基地”共建项目,吸引了海尔、伊利、联想等近300家知名民营企业品牌参与"
ASD = "2021年8月"
G["pd04"] = dict(
 article=art("厦门打造民企电商直播高地", "人民政协报（“本报讯”，曾天泰 记者 照宁），第06版 民营周刊", "2021-08-27", "day",
  "National newspaper's private-economy page, Fujian: a city builds live-streaming e-commerce bases — a live-streaming town about to open with its developers, area, studios, firms settled and expected sales, the city's count of bases, two other named bases",
  "http://dzb.rmzxb.com.cn/rmzxbPaper/pc/con/202108/27/content_11719.html",
  "日期取网址 202108/27；文中“8月23日”为获悉日。标题照录；版面行“第06版:民营周刊”已删。存段末段“近年来,厦门也出台了一系列措施,…如出台电子商务高质量”在句中中断，整段删去，正文截至“…网络零售的腾飞赋能。”，共五段。园区：厦门云创直播小镇（厦门，福建；直播基地，由厦门自贸片区引入——位置未明说，不记 parent）；福客电商直播基地（见福集团在海沧打造）；厦门影视直播基地（恒安集团与灵狐科技在厦门恒安国际广场共建，启动）；厦门自贸片区列可选园区。项目：“厦门影视直播基地”共建项目（启动，无状态词），云创直播小镇也称“项目”（同名，可选，park 记其本身）。公司：杭州云创、中达集团（共同打造云创直播小镇）、见福集团、恒安集团、灵狐科技；海尔、伊利、联想为参与品牌（可选，park null）。事实：云创预计年销售额10亿元（target）、总面积1.36万平方米、300多个直播间（余）、已入驻50家企业；厦门电商直播基地23家（region）；商务部全国数据（2020年上半年）列可选。",
  "pd04"),
 parks=[
  park(YC, "厦门", "福建", "直播基地（直播小镇）", D0, note="由厦门自贸片区引入；主打网上直播带货"),
  park("福客电商直播基地", "厦门", "福建", "电商直播基地", D4, district="海沧区", note="见福集团在海沧打造；district 由“在海沧”推定"),
  park("厦门影视直播基地", "厦门", "福建", "直播基地", D5, note="恒安集团与灵狐科技在厦门恒安国际广场共建，已启动"),
  park("厦门自贸片区", "厦门", "福建", "自贸片区", D2, opt=True, note="引入云创直播小镇；小镇是否位于片区未明说"),
 ],
 companies=[
  comp("杭州云创", YC, D2, note="与中达集团共同打造云创直播小镇"),
  comp("中达集团", YC, D2, note="同上"),
  comp("见福集团", "福客电商直播基地", D4, note="厦门民营便利店品牌；打造福客电商直播基地"),
  comp("恒安集团", "厦门影视直播基地", D5, note="共建方"),
  comp("灵狐科技", "厦门影视直播基地", D5, note="共建方"),
  comp("海尔", None, D5, opt=True, note="参与品牌"),
  comp("伊利", None, D5, opt=True, note="参与品牌"),
  comp("联想", None, D5, opt=True, note="参与品牌"),
 ],
 institutions=[
  inst("厦门市商务局", "8月23日,记者从厦门市商务局获悉"),
  inst("商务部", "商务部数据显示,仅2020年上半年,全国直播电商超1000万场"),
 ],
 projects=[
  proj("“厦门影视直播基地”共建项目", "厦门影视直播基地", D5, companies=["恒安集团", "灵狐科技"], status_text="启动", aliases=["厦门影视直播基地"],
       note="“启动”不在状态表内，status null"),
  proj(YC, YC, D3, companies=["杭州云创", "中达集团"], opt=True, note="文中称“该项目”“这一…项目”；即园区本身；预计2021年9月中下旬开业"),
 ],
 aggregate_facts=[
  fact(YC, "park", "expected_annual_sales_cny", 1e9, "cny", "预计年销售额可达10亿元", "开业后（预期）", kind="target", chk=True),
  fact(YC, "park", "area_m2", 1.36e4, "m2", D3, ASD),
  fact(YC, "park", "live_studios_planned", 300, "count", D3, ASD, kind="target", qual="余", qtext="多", opt=True, note="规划有300多个专业直播间"),
  fact(YC, "park", "firms", 50, "count", D3, ASD),
  fact("厦门", "region", "live_streaming_bases", 23, "count", D1, ASD),
  fact("厦门影视直播基地", "park", "participating_brands", 300, "count", D5, ASD, qual="约", qtext="近", opt=True),
  fact("全国", "region", "live_streaming_sessions", 1e7, "count", "仅2020年上半年,全国直播电商超1000万场", "2020年上半年", kind="cumulative", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- pd05 南京建邺高新区直播电商产业园 (中新网江苏 2020)
JY = "南京建邺高新区直播电商产业园"
E0 = "咪咕互娱、侠客行、麦嘉兄弟、网易有道、硬腿子、麦麦数字传媒等一批MCN头部企业签约入驻南京建邺高新区直播电商产业园"
E1 = "阿里生态链企业南京侠客行网络科技有限公司也成功申请到南京首块“淘宝直播基地”牌照"
E2 = "今年1至7月份,南京全市网上零售额2555亿元,同比增长18.2%"
E3 = "其中通过直播实现的网络零售额241.4亿元,同比增长84.98%"
ASE = "2020年1—7月"
G["pd05"] = dict(
 article=art("建邺打造直播电商园:融合区域供应链吸引产业人才", "中新网江苏新闻（记者 申冉），载于 nanjing.baogaosu.com", "2020-09-09", "day",
  "Aggregator relaying a national news agency's provincial channel, Jiangsu: MCN firms sign into a district high-tech zone's live-streaming e-commerce park at a shopping festival, one firm licensed as a Taobao live base, the city's online and live-stream retail figures",
  "http://nanjing.baogaosu.com/xinwen/%E5%BB%BA%E9%82%BA%E6%89%93%E9%80%A0%E7%9B%B4%E6%92%AD%E7%94%B5%E5%95%86%E5%9B%AD%E8%9E%8D%E5%90%88%E5%8C%BA%E5%9F%9F%E4%BE%9B%E5%BA%94/87112999",
  "日期取电头“中新网江苏新闻9月9日电”（转载站日期行“11.09.2020 10:21”即2020年9月11日，已删）。标题照录。存段末段“据南京市建邺区副区长、建邺高新区党工委书记杨波介绍,…江苏农产品电商平台、”在列举中中断，整段删去，正文截至“…进行扶持和优惠。”，共三段；第三段引语缺后引号，原文如此，照录。园区：南京建邺高新区直播电商产业园（南京，江苏；标题作“直播电商园”）；建邺高新区只出现在园名中，列可选母园区。公司：咪咕互娱、侠客行（即南京侠客行网络科技有限公司，获“淘宝直播基地”牌照）、麦嘉兄弟、网易有道、硬腿子、麦麦数字传媒——签约入驻该园（无项目名，不列项目）。机构：南京市商务局（可选）。事实：南京全市网上零售额2555亿元及增长18.2%、直播网络零售额241.4亿元及增长84.98%（2020年1—7月，region 南京，cumulative / ratio）。",
  "pd05"),
 parks=[
  park(JY, "南京", "江苏", "直播电商产业园", E0, district="建邺区", parent="建邺高新区", aliases=["建邺高新区直播电商产业园"],
       note="标题作“直播电商园”；文中又作“该产业园区”"),
  park("建邺高新区", "南京", "江苏", "高新区", E0, district="建邺区", opt=True, note="只出现在园名中"),
 ],
 companies=[comp(n, JY, E0, note="MCN头部企业，签约入驻") for n in ("咪咕互娱", "麦嘉兄弟", "网易有道", "硬腿子", "麦麦数字传媒")] + [
  comp("南京侠客行网络科技有限公司", JY, E1, aliases=["侠客行"], note="阿里生态链企业；签约入驻；获南京首块“淘宝直播基地”牌照"),
 ],
 institutions=[
  inst("南京市商务局", "据南京市商务局一级调研员李大军介绍"),
 ],
 aggregate_facts=[
  fact("南京", "region", "online_retail_sales_cny", 2.555e11, "cny", E2, ASE, kind="cumulative", chk=True),
  fact("南京", "region", "online_retail_sales_yoy_growth", 0.182, "ratio", E2, ASE, kind="ratio"),
  fact("南京", "region", "live_stream_retail_sales_cny", 2.414e10, "cny", E3, ASE, kind="cumulative", chk=True),
  fact("南京", "region", "live_stream_retail_sales_yoy_growth", 0.8498, "ratio", E3, ASE, kind="ratio"),
 ])

# ---------------------------------------------------------------- pd06 北京 国家文化产业创新实验区 50余文化园 (新华网 via china.com 2017)
SY = "国家文化产业创新实验区"
DR = "DREAM2049国际文创产业园"
F0 = "随着今年DREAM2049国际文创产业园、创联社、中国电影产业孵化基地等7个特色文创园区新转型升级,国家文化产业创新实验区已聚集了莱锦文化创意产业园等50余个文化产业园区(基地)"
F1 = "位于三间房南里4号院的DREAM2049国际文创产业园满足了费旭然的所有要求,这个由老厂区改建的园区建筑面积有6万平方米"
F2 = "如今,青藤文化在园区租下了一个院子"
ASF = "2017年9月"
G["pd06"] = dict(
 article=art("北京:50余文化园齐聚文创实验区 企业注册数超3.6万家", "新华网（页面来源署“新华网”；记者署名存段未示），载于 news.china.com 经济新闻", "2017-09-12", "day",
  "Portal relaying a Xinhuanet report, Beijing: a national cultural-industry innovation zone gathers over 50 parks — seven newly converted parks named, a converted factory park with its floor area and a listed start-up renting there",
  "http://news.china.com/finance/11155042/20170912/31372735.html",
  "日期取页面“2017-09-12 17:01:27 新华网”；文中“昨天”即第十二届北京文博会期间。标题照录；导航、日期来源行、“原标题:50余文化园齐聚文创实验区”、副题“疏解腾退空间发展高精尖文创 企业注册数超3.6万家”、图注“国家文化产业创新实验区核心区布局”已删（原题记于 title_note）。存段在小标题“转型 疏解腾退空间升级37个文化园”之后只剩“DR”两字母，小标题与残字一并删去；正文截至“…让空间更有活力。”，含小标题“现场 园区升级有“颜值”有“内涵””一行，共六段。园区：国家文化产业创新实验区（北京朝阳区——由“朝阳展团”推定）；DREAM2049国际文创产业园（三间房南里4号院，老厂区改建，建筑面积6万平方米）、创联社、中国电影产业孵化基地（2017年新转型升级的7个特色文创园区中的三个）、莱锦文化创意产业园——parent 均为实验区。公司：青藤文化（在 DREAM2049 园区租下一个院子；新三板挂牌）。事实：实验区聚集文化产业园区50余个（余）、今年新转型升级7个；注册企业超3.6万家（只在标题，超）；DREAM2049 建筑面积6万平方米。",
  "pd06", title_note="原标题：50余文化园齐聚文创实验区；副题：疏解腾退空间发展高精尖文创 企业注册数超3.6万家"),
 parks=[
  park(SY, "北京", "北京", "国家文化产业创新实验区", F0, district="朝阳区", aliases=["文创实验区"], note="标题作“文创实验区”；朝阳区由“朝阳展团”推定"),
  park(DR, "北京", "北京", "文创产业园", F1, district="朝阳区", parent=SY, note="三间房南里4号院；老厂区改建；2017年新转型升级"),
  park("创联社", "北京", "北京", "特色文创园区", F0, district="朝阳区", parent=SY, note="2017年新转型升级的特色文创园区"),
  park("中国电影产业孵化基地", "北京", "北京", "特色文创园区", F0, district="朝阳区", parent=SY, note="同上"),
  park("莱锦文化创意产业园", "北京", "北京", "文化创意产业园", F0, district="朝阳区", parent=SY),
 ],
 companies=[
  comp("青藤文化", DR, F2, note="新三板挂牌；在园区租下一个院子"),
 ],
 aggregate_facts=[
  fact(SY, "park", "parks", 50, "count", F0, ASF, qual="余", qtext="余", note="文化产业园区(基地)"),
  fact(SY, "park", "parks_newly_upgraded", 7, "count", F0, "2017年", opt=True),
  fact(SY, "park", "registered_firms", 36000, "count", "企业注册数超3.6万家", ASF, qual="超", qtext="超", note="只见于标题"),
  fact(DR, "park", "floor_area_m2", 6e4, "m2", F1, ASF),
 ])

# ---------------------------------------------------------------- pd07 赵庄镇万购电子商务创业园 (bfkb.v0375 2021)
WG = "赵庄镇万购电子商务创业园"
H0 = "赵庄镇万购电子商务创业园位于赵庄镇岔河寺村,总投资1.17亿元,占地46.6亩,总建筑面积约3.63万平方米"
G["pd07"] = dict(
 article=art("（无标题）县长到赵庄镇调研电子商务产业园项目进展情况", "bfkb.v0375.cn（县级新闻站；署名 李前进；站名与报名存段未示）", "2021-09-15", "day",
  "County news site, Henan: the county head inspects a town's e-commerce start-up park project at the preparatory stage — location, investment, site and floor area",
  "http://bfkb.v0375.cn/Html/2021-09-15/9321.html",
  "日期取网址 2021-09-15；调研在“9月13日上午”。存段无标题（title 为编者概括），正文两段，完整，署名“(李前进)”在文末，保留。县名文中未写（只说“我县”“县长王代强”）；0375 为平顶山区号，省记河南、市记平顶山均为推定（赵庄镇推测属宝丰县，未入真值）。园区/项目：赵庄镇万购电子商务创业园（岔河寺村），总投资1.17亿元，占地46.6亩，总建筑面积约3.63万平方米；县长“听取了项目前期工作情况介绍”“规划、建设准备”→ status planned；未写母园区，project park 记该园区本身。县领导不列。",
  "pd07"),
 parks=[
  park(WG, "平顶山", "河南", "电子商务创业园", H0, district=None, note="市、省由站点区号推定；文中又作“电子商务产业园项目”"),
 ],
 projects=[
  proj(WG, WG, H0, inv="总投资1.17亿元", status="planned", status_text="项目前期工作",
       note="县长调研前期工作与建设准备；park 记该园区本身"),
 ],
 aggregate_facts=[
  fact(WG, "project", "site_area_mu", 46.6, "mu", H0, "2021年9月", opt=True),
  fact(WG, "project", "floor_area_m2", 3.63e4, "m2", H0, "2021年9月", qual="约", qtext="约", opt=True),
 ])
