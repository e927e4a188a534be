# real150 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount written “亿” without “元” is kept in
# investment_text / a metric without the _cny suffix (value in yuan, unit cny), as real103. Growth rates and shares as
# ratios. Projects: the park the text places the project in. Status from the text's words (开工 / 破土动工 / 集中开工 → 开工;
# 新投产 → 投产). “预计”/“力争” figures are kind target; year-to-date and since-X counts are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/wqNN.raw as returned.

# ---------------------------------------------------------------- wq01 郑州经开区 30个重大项目集中开工 (郑州晚报 2014)
ZK = "经开区"
A0 = "郑州宏达汽车工业有限公司扩建15000台专用车、郑州国际汽车园、郑州世贸奥特莱斯购物中心、中牛集团年产50万套汽车内饰皮件建设等30个重大项目在经开区集中破土动工"
A1 = "此次开工的30个重大项目,总投资153.34亿元"
A2 = "其中包括中牛集团汽车内饰、宏达专用车、以恒汽车零部件等8个汽车及装备制造类项目"
A3 = "捷安特物流分拨中心、鞍钢郑州钢材加工配送中心、丹尼斯物流中心、醇葡进口葡萄酒仓储配送中心等13个现代物流类项目"
A4 = "郑州国际汽车园、郑州世贸奥特莱斯购物中心、河南中烟西地块科技园、经开区第四中学等9个商业服务业及其他类项目"
A5 = "今年以来,经开区共有79个项目实现开工建设,总投资557.74亿元"
A6 = "预计到年底可实现开工项目85个,项目全部达产后预计可新增产值1000亿元以上"
AD = "2014-09-28（集中开工）"
G["wq01"] = dict(
 article=art("经开区30个重大项目集中开工 总投资153亿元", "郑州晚报（zzwb.zynews.cn 数字报，第AA02版 时政新闻；无署名）", "2014-09-29", "day",
  "City evening paper's e-paper, Henan: a national economic-technological development zone's joint groundbreaking of 30 major projects — named projects by sector (auto and equipment, logistics, commerce), total investment, the year's started projects and investment, year-end expectation",
  "https://zzwb.zynews.cn/html/2014-09/29/content_604669.htm",
  "日期取网址 html/2014-09/29（文中“昨日上午”开工，即2014-09-28）。版面导航、各篇标题列表、“返回主页 | 郑州晚报 | 标题导航 | 郑州日报”等已删；标题两行（主题“经开区30个重大项目集中开工”、副题“总投资153亿元”）以空格连成一行。存段在末段“据介绍,郑州世贸奥特莱”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…成为众多市民关注的焦点。”，共四段。园区：文中只作“经开区”，即郑州经济技术开发区（郑州，河南）。项目：首句四项（郑州宏达汽车工业有限公司扩建15000台专用车、郑州国际汽车园、郑州世贸奥特莱斯购物中心、中牛集团年产50万套汽车内饰皮件建设）“集中破土动工”→开工；按类列出的以恒汽车零部件、捷安特物流分拨中心、鞍钢郑州钢材加工配送中心、丹尼斯物流中心、醇葡进口葡萄酒仓储配送中心、河南中烟西地块科技园同属这30个开工项目→开工；经开区第四中学为学校（可选）。无单项金额。“中牛集团汽车内饰”“宏达专用车”为首句项目的简称（别名）。事实：30个、153.34亿元（本次开工）；今年以来79个、557.74亿元（cumulative）；预计年底开工85个、新增产值1000亿元以上（target）；分类计数8/13/9（可选）。",
  "wq01"),
 parks=[
  park(ZK, "郑州", "河南", "经济技术开发区", A0, note="即郑州经济技术开发区；文中只作“经开区”"),
 ],
 companies=[
  comp("郑州宏达汽车工业有限公司", ZK, A0, aliases=["宏达"], note="扩建15000台专用车项目的企业"),
  comp("中牛集团", ZK, A0, opt=True, note="只在项目名中"),
  comp("捷安特", ZK, A3, opt=True, note="只在项目名中"),
  comp("鞍钢", ZK, A3, opt=True, note="只在项目名中"),
  comp("丹尼斯", ZK, A3, opt=True, note="只在项目名中"),
  comp("河南中烟", ZK, A4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("郑州宏达汽车工业有限公司扩建15000台专用车", ZK, A0, companies=["郑州宏达汽车工业有限公司"], aliases=["宏达专用车"],
       status="开工", status_text="集中破土动工"),
  proj("郑州国际汽车园", ZK, A0, status="开工", status_text="集中破土动工"),
  proj("郑州世贸奥特莱斯购物中心", ZK, A0, aliases=["郑州世贸奥特莱斯购物中心项目"], status="开工", status_text="集中破土动工"),
  proj("中牛集团年产50万套汽车内饰皮件建设", ZK, A0, companies=["中牛集团"], aliases=["中牛集团汽车内饰"],
       status="开工", status_text="集中破土动工"),
  proj("以恒汽车零部件", ZK, A2, status="开工", status_text="开工", note="30个开工项目之一（汽车及装备制造类）"),
  proj("捷安特物流分拨中心", ZK, A3, companies=["捷安特"], status="开工", status_text="开工", note="30个开工项目之一（现代物流类）"),
  proj("鞍钢郑州钢材加工配送中心", ZK, A3, companies=["鞍钢"], status="开工", status_text="开工", note="同上"),
  proj("丹尼斯物流中心", ZK, A3, companies=["丹尼斯"], status="开工", status_text="开工", note="同上"),
  proj("醇葡进口葡萄酒仓储配送中心", ZK, A3, status="开工", status_text="开工", note="同上"),
  proj("河南中烟西地块科技园", ZK, A4, companies=["河南中烟"], status="开工", status_text="开工", note="30个开工项目之一（商业服务业及其他类）"),
  proj("经开区第四中学", ZK, A4, status="开工", status_text="开工", opt=True, note="学校；30个开工项目之一"),
 ],
 aggregate_facts=[
  fact(ZK, "park", "projects_started", 30, "count", A1, AD),
  fact(ZK, "park", "projects_started_investment_cny", 15334000000.0, "cny", A1, AD, chk=True),
  fact(ZK, "park", "auto_equipment_projects_started", 8, "count", A2, AD, opt=True),
  fact(ZK, "park", "logistics_projects_started", 13, "count", A3, AD, opt=True),
  fact(ZK, "park", "commerce_other_projects_started", 9, "count", A4, AD, opt=True),
  fact(ZK, "park", "projects_started", 79, "count", A5, "2014年1月1日–9月28日", kind="cumulative"),
  fact(ZK, "park", "projects_started_investment_cny", 55774000000.0, "cny", A5, "2014年1月1日–9月28日", kind="cumulative", chk=True),
  fact(ZK, "park", "projects_started", 85, "count", "预计到年底可实现开工项目85个", "2014年全年（预计）", kind="target"),
  fact(ZK, "park", "expected_new_output_cny", 1e11, "cny", "项目全部达产后预计可新增产值1000亿元以上", "全部达产后（预计）", kind="target",
       qual="超", qtext="以上", chk=True, opt=True, note="今年开工项目全部达产后的新增产值"),
 ])

# ---------------------------------------------------------------- wq02 许昌产业集聚区 2011年第四批集中开工 (人民网河南频道 via o374.cn)
SJ = "尚集产业集聚区"
B0 = "12月22日上午,许昌市产业集聚区2011年第四批集中开工项目暨抗纤维发丝项目开工仪式在尚集产业集聚区举行"
B1 = "在许昌9个重点产业集聚区内,17个投资亿元以上项目同时开工,总投资达58亿元"
B2 = "市领导李亚、张国晖、石克生、董晋平、张宗保、杨献波、郑有全等出席了在尚集产业集聚区瑞贝卡抗高温纤维发丝项目所在地举行的开工仪式"
B3 = "自去年二季度以来,许昌已经连续7次举行产业集聚区项目集中开工活动,开工亿元以上项目206个,总投资680亿元,累计完成投资313亿元"
B4 = "而此次集中开工的17个项目包括产业转型升级项目13个、配套设施项目4个"
B5 = "今年前11个月,全市10个产业集聚区规模以上工业主营业务收入1225亿元,完成投资430亿元"
BC = "2010年二季度–2011年12月22日"
G["wq02"] = dict(
 article=art("许昌9个17亿元以上项目集中开工", "人民网河南频道（“人民网河南频道讯”；无署名），载于 o374.cn（我爱许昌，“企业单位”栏）", "2011-12", "month",
  "Local portal relaying a national news site's provincial channel, Henan: a city's fourth joint groundbreaking of the year in its industrial cluster zones — one named project in a named cluster zone, the batch's count and total, counts and investment since 2010, the cluster zones' year-to-date revenue and investment",
  "http://www.o374.cn/qiye/Info.asp?ID=3051",
  "转载页“发布日期:2016/6/13”为转载日；原稿为人民网河南频道2011年12月22日开工当日或稍后的报道（文中“12月22日上午”“许昌市产业集聚区2011年第四批集中开工项目”“今年前11个月”），published 记 2011-12（month）。标题照录转载页（“许昌9个17亿元以上项目集中开工”，措辞如此）；导航与发布日期行已删。首段为图片说明（“…图为市委书记李亚、市长张国晖等领导为项目奠基。”），原页在正文前，保留为一段。存段在“他强”处中断（下一段开头），该行不收，正文截至“…具有重要意义。”，共五段。园区：尚集产业集聚区（许昌县，许昌，河南）。“9个重点产业集聚区”“10个产业集聚区”未点名。项目：瑞贝卡抗高温纤维发丝项目（图片说明中作“抗纤维发丝项目”，别名），在尚集产业集聚区，开工。市领导不列。事实主体“许昌”（region）：本批17个、58亿元；去年二季度以来206个、680亿元、累计完成投资313亿元（cumulative）；全市10个产业集聚区前11个月规上工业主营业务收入1225亿元、完成投资430亿元（cumulative，主体记许昌、注明为10个集聚区合计）。",
  "wq02"),
 parks=[
  park(SJ, "许昌", "河南", "产业集聚区", B0, district="许昌县", note="许昌县尚集产业集聚区（县名文中未写）"),
 ],
 companies=[
  comp("瑞贝卡", SJ, B2, opt=True, note="只在项目名中（河南瑞贝卡发制品）"),
 ],
 projects=[
  proj("瑞贝卡抗高温纤维发丝项目", SJ, B2, companies=["瑞贝卡"], aliases=["抗纤维发丝项目"], status="开工", status_text="开工仪式",
       note="许昌市产业集聚区2011年第四批集中开工项目的主会场项目；无单项金额"),
 ],
 aggregate_facts=[
  fact("许昌", "region", "projects_started", 17, "count", B1, "2011-12-22（集中开工）", note="9个重点产业集聚区内的亿元以上项目"),
  fact("许昌", "region", "projects_started_investment_cny", 5.8e9, "cny", B1, "2011-12-22（集中开工）", chk=True),
  fact("许昌", "region", "industrial_upgrade_projects_started", 13, "count", B4, "2011-12-22（集中开工）", opt=True),
  fact("许昌", "region", "supporting_facility_projects_started", 4, "count", B4, "2011-12-22（集中开工）", opt=True),
  fact("许昌", "region", "joint_groundbreakings", 7, "count", B3, BC, kind="cumulative", opt=True),
  fact("许昌", "region", "projects_started", 206, "count", B3, BC, kind="cumulative", note="产业集聚区项目集中开工，亿元以上"),
  fact("许昌", "region", "projects_started_investment_cny", 6.8e10, "cny", "总投资680亿元,累计完成投资313亿元", BC, kind="cumulative", chk=True),
  fact("许昌", "region", "investment_completed_cny", 3.13e10, "cny", "累计完成投资313亿元", BC, kind="cumulative", chk=True),
  fact("许昌", "region", "above_scale_industrial_revenue_cny", 1.225e11, "cny", "规模以上工业主营业务收入1225亿元", "2011年1–11月", kind="cumulative", chk=True,
       note="全市10个产业集聚区合计"),
  fact("许昌", "region", "investment_completed_cny", 4.3e10, "cny", "完成投资430亿元", "2011年1–11月", kind="cumulative", chk=True,
       note="全市10个产业集聚区合计"),
 ])

# ---------------------------------------------------------------- wq03 洛阳先进制造业集聚区 (豫都网 2016)
XJ = "洛阳先进制造业集聚区"
C0 = "洛阳先进制造业集聚区部分地块纳入规划布局"
C1 = "目前,集聚区入驻企业750余家,其中规模以上企业49家"
C2 = "2015年,园区营业收入完成502.3亿元,增加值完成81亿元,固定资产投资完成86亿元,税收收入完成5.79亿元,从业人员达到54000人"
G["wq03"] = dict(
 article=art("（无标题）洛阳先进制造业集聚区被纳入河南自贸区洛阳片区", "河南新闻网-豫都网（luoyang.yuduxx.com，涧西栏；署名高德权）", "2016", "year",
  "Regional news portal's city channel, Henan: a profile of an industrial cluster zone on its inclusion in the new free-trade zone — location, leading industries, firm counts, honours, the previous year's revenue, value added, investment, tax and employment",
  "http://luoyang.yuduxx.com/jianxi/465556.html",
  "存段无标题行、无日期行；标题取文末“《洛阳先进制造业集聚区被纳入河南自贸区洛阳片区》由河南新闻网-豫都网提供”（该声明行已删）。日期：文中“近日,河南自贸区获准设立”（中国（河南）自由贸易试验区获批公布于2016年8月31日），并引“2015年”数据，published 记 2016（year），推定为2016年9月前后。页面把句子断在“近日,”/“河南自贸区…作为”/“洛阳片区…”、“…位于”/“涧西区西部…”、“…固定资产”/“投资完成86亿元…”处，make_txt.py JOIN 原样拼接、中间不加字。署名“(高德权)”在正文末，保留。正文三段，完整。园区：洛阳先进制造业集聚区（文中又作“先进制造业集聚区”“集聚区”“园区”；涧西区，洛阳，河南）；河南自贸区、郑洛新国家自主创新示范区为上位区域（可选）。无企业、无项目。事实：入驻企业750余家、规上49家（as_of 2016）；2015年营业收入、增加值、固定资产投资、税收、从业人员（reported）。荣誉称号不计。",
  "wq03"),
 parks=[
  park(XJ, "洛阳", "河南", "产业集聚区", C0, district="涧西区", aliases=["先进制造业集聚区"], note="文中又作“集聚区”“园区”"),
  park("河南自贸区", None, "河南", "自由贸易试验区", "近日,河南自贸区获准设立,将给河南带来巨大发展红利", opt=True, note="洛阳片区包含该集聚区部分地块"),
  park("郑洛新国家自主创新示范区", None, "河南", "国家自主创新示范区", "继被列入郑洛新国家自主创新示范区洛阳片区整体布局后", opt=True),
 ],
 aggregate_facts=[
  fact(XJ, "park", "firms", 750, "count", C1, "2016年", qual="余", qtext="余"),
  fact(XJ, "park", "above_scale_firms", 49, "count", C1, "2016年"),
  fact(XJ, "park", "revenue_cny", 5.023e10, "cny", "2015年,园区营业收入完成502.3亿元", "2015年", chk=True),
  fact(XJ, "park", "value_added_cny", 8.1e9, "cny", "增加值完成81亿元", "2015年", chk=True),
  fact(XJ, "park", "fixed_asset_investment_cny", 8.6e9, "cny", "固定资产投资完成86亿元", "2015年", chk=True),
  fact(XJ, "park", "tax_revenue_cny", 5.79e8, "cny", "税收收入完成5.79亿元", "2015年", chk=True),
  fact(XJ, "park", "employees", 54000, "count", "从业人员达到54000人", "2015年"),
 ])

# ---------------------------------------------------------------- wq04 中牟产业园区 2009 review (郑州日报 2010)
ZM = "中牟产业园区"
D0 = "刚刚结束的中牟产业园区管委会全体会议,描绘了一幅宏伟的发展蓝图:力争在2010年出形象、成规模,2020年使园区成为郑州新区经济社会发展新的增长极和战略支撑点"
D1 = "2009年,作为郑州新区重要组成部分的中牟产业园区,以项目建设和为项目建设服务为抓手,开发建设实现了新突破,呈现出新气象"
D2 = "全年共开展基础设施建设项目18个,完成投资6.6亿元"
D3 = "2009年全年共签约项目20个,协议总投资约524.8亿元"
D4 = "其中50亿元以上项目1个、10亿元以上项目6个,其余单个项目总投资均在亿元以上"
G["wq04"] = dict(
 article=art("中牟产业园年底要出形象成规模", "郑州日报（zzrb.zynews.cn 数字报，第01版 要闻；记者张乔普，通讯员吕运奇、李汤波）", "2010-01-22", "day",
  "City daily's e-paper front page, Henan: an industrial park's year review after its management committee meeting — schools building on site, infrastructure projects and investment, roads and utilities finished, projects signed with agreed investment, targets for 2010 and 2020",
  "https://zzrb.zynews.cn/html/2010-01/22/content_154344.htm",
  "日期取网址 html/2010-01/22。版面导航、各篇标题列表、“返回主页 | 郑州日报 | 版面导航”“3上一篇 下一篇4 【打印】”已删；引题“投资破百亿 引资超百亿”不收；主标题在页上断为两行（“中牟产业园年底”/“要出形象成规模”），make_txt.py HEAD_SEP 无间隔连成一行。存段末句“以大项目建设为龙头,推动优势产业聚集,全面开工省委党校、河南财专等20个项目,实际到位资金50亿”在“50亿”处中断，整句删去（LINE_SUFFIX），正文截至“…其余单个项目总投资均在亿元以上。”，共三段。园区：中牟产业园区（标题作“中牟产业园”；中牟县，郑州，河南），为郑州新区“重要组成部分”（郑州新区可选，记为上位区域）。白沙组团为园区内片区，不另列。院校（万方科技学院、河南财专、河师大新联学院、郑铁职业技术学院）列可选机构；“河南财专的新校区即将封顶”列可选项目（在建）。签约20个项目未点名。事实均为2009年全年（reported）；“力争在2010年出形象、成规模”无数字，不计。",
  "wq04"),
 parks=[
  park(ZM, "郑州", "河南", "产业园区", D1, district="中牟县", parent="郑州新区", aliases=["中牟产业园"], note="标题作“中牟产业园”；郑州新区的组成部分"),
  park("郑州新区", "郑州", "河南", "新区", D1, opt=True, note="上位区域"),
 ],
 institutions=[
  inst("中牟产业园区管委会", D0, park=ZM),
  inst("万方科技学院", "紧邻已经入住师生的万方科技学院", kind="university", park=ZM),
  inst("河南财专", "河南财专的新校区即将封顶", kind="university", park=ZM),
  inst("河师大新联学院", "河师大新联学院雏形已现", kind="university", park=ZM),
  inst("郑铁职业技术学院", "郑铁职业技术学院已打下第一根桩基", kind="university", park=ZM),
 ],
 projects=[
  proj("河南财专的新校区", ZM, "河南财专的新校区即将封顶", status="在建", status_text="即将封顶", opt=True, note="院校新校区"),
 ],
 aggregate_facts=[
  fact(ZM, "park", "infrastructure_projects", 18, "count", D2, "2009年"),
  fact(ZM, "park", "infrastructure_investment_cny", 6.6e8, "cny", D2, "2009年", chk=True),
  fact(ZM, "park", "roads_completed_km", 32.4, "km", "第一批10条道路32.4公里建成并通车", "2009年", opt=True),
  fact(ZM, "park", "projects_signed", 20, "count", D3, "2009年"),
  fact(ZM, "park", "signed_investment_cny", 5.248e10, "cny", D3, "2009年", qual="约", qtext="约", chk=True),
  fact(ZM, "park", "projects_signed_over_5bn", 1, "count", D4, "2009年", opt=True, note="50亿元以上签约项目"),
  fact(ZM, "park", "projects_signed_over_1bn", 6, "count", D4, "2009年", opt=True, note="10亿元以上签约项目"),
 ])

# ---------------------------------------------------------------- wq05 襄阳高新区 汽车产业 (荆楚网 2015)
XY = "襄阳高新区"
E0 = "“2015年上半年襄阳高新区围绕‘竞争提质、升级增效’营造了金融业态的新洼地 ,实现了GDP363.9亿元。”"
E1 = "今年英菲尼迪产量突破了1.2万辆"
E2 = "汽车产业产值582.7亿元"
E3 = "硅海电子、三金模具、群龙汽车部件在新板挂牌"
E4 = "上半年新引进项目90个,总投资329亿"
E5 = "新投产的世界500强考泰斯、全球最大万向节企业NTN等项目45个,全部达产后将实现产值600个亿"
E6 = "力争在2020年汽车产业突破2500亿,新增新能源汽车和高端装备制造过千亿"
EH = "2015年上半年"
G["wq05"] = dict(
 article=art("[坚定信心 竞进提质]周保汉:襄阳高新区汽车产业达580亿", "荆楚网（xy.cnhubei.com 襄阳频道；记者冯梓晔，摄影记者钟剑桥）", "2015-08-07", "day",
  "Provincial news portal's city channel, Hubei: a zone official's account at a mid-year meeting (quoted, interview-like) — a national high-tech zone's half-year GDP, auto-industry output, a carmaker's output, firms listed on the NEEQ, projects introduced and newly in production with named firms, 2020 targets",
  "http://xy.cnhubei.com/xw/jj/201508/t3342766.shtml",
  "日期取页面“发布时间:2015-08-07 15:55:04”。标题照录（含栏目标“[坚定信心 竞进提质]”）；导航、发布时间行与图片说明“襄阳高新区管委会副主任周保汉”已删。正文三段，完整。园区：襄阳高新区（襄阳，湖北；国家级高新区，文中只作“襄阳高新区”）。公司：英菲尼迪（品牌；文中“今年英菲尼迪产量”，在园区语境中，可选）；硅海电子、三金模具、群龙汽车部件（在“新板”即新三板挂牌的园区企业）；考泰斯、NTN（新投产项目的企业）。项目：考泰斯、NTN（“新投产的…等项目45个”→投产；以企业名作项目名）。事实：GDP363.9亿元（上半年）；汽车产业产值582.7亿元（语境为上半年，as_of 记“2015年上半年”，推定）；新引进项目90个、“总投资329亿”（无“元”字：metric 不带 _cny，value 以元计）；新投产项目45个、“全部达产后将实现产值600个亿”（target，无“元”字同上）；英菲尼迪产量突破1.2万辆（今年以来，可选）；2020年汽车产业突破2500亿（target，可选）。",
  "wq05"),
 parks=[
  park(XY, "襄阳", "湖北", "高新区", E0, note="国家级高新区"),
 ],
 companies=[
  comp("英菲尼迪", XY, E1, opt=True, note="汽车品牌；园区语境中，园区未明说"),
  comp("硅海电子", XY, E3, note="新三板（“新板”）挂牌"),
  comp("三金模具", XY, E3, note="同上"),
  comp("群龙汽车部件", XY, E3, note="同上"),
  comp("考泰斯", XY, E5, note="世界500强；新投产项目"),
  comp("NTN", XY, E5, note="全球最大万向节企业；新投产项目"),
 ],
 institutions=[
  inst("襄阳高新区管委会", "襄阳高新区管委会副主任周保汉在“强化发展主体责任、确保完成全年目标”座谈会上介绍了襄阳高新区在创新发展规模、努力提高质量的成果", park=XY),
 ],
 projects=[
  proj("考泰斯", XY, E5, companies=["考泰斯"], status="投产", status_text="新投产", note="以企业名作项目名；45个新投产项目之一"),
  proj("NTN", XY, E5, companies=["NTN"], status="投产", status_text="新投产", note="同上"),
 ],
 aggregate_facts=[
  fact(XY, "park", "gdp_cny", 3.639e10, "cny", E0, EH, chk=True),
  fact(XY, "park", "auto_industry_output_cny", 5.827e10, "cny", E2, EH, chk=True, note="as_of 由语境推定为上半年；标题作“达580亿”"),
  fact("英菲尼迪", "company", "vehicles_produced", 12000, "vehicles", E1, "2015年1月–8月7日", kind="cumulative", qual="超", qtext="突破", opt=True),
  fact(XY, "park", "projects_introduced", 90, "count", E4, EH, kind="cumulative"),
  fact(XY, "park", "projects_introduced_investment", 3.29e10, "cny", E4, EH, kind="cumulative", note="“总投资329亿”无“元”字，metric 不带 _cny"),
  fact(XY, "park", "projects_in_production", 45, "count", E5, EH, kind="cumulative", note="新投产项目"),
  fact(XY, "park", "expected_annual_output", 6e10, "cny", E5, "全部达产后（预计）", kind="target", note="“产值600个亿”无“元”字；45个新投产项目达产后"),
  fact(XY, "park", "auto_industry_output", 2.5e11, "cny", E6, "2020年（目标）", kind="target", qual="超", qtext="突破", opt=True, note="“2500亿”无“元”字"),
  fact(XY, "park", "featured_industry_bases_planned", 12, "count", "襄阳高新区将着力打造中国汽车名城、国家新能源汽车、工业机器人智能制造、轨道交通装备、通用航空等12个特色科技产业基地", "2015年8月（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wq06 武汉开发区 凤凰工业园 (武汉晚报 via 中新网 2013)
WH = "武汉开发区"
FH = "凤凰工业园"
F0 = "去年8月,武汉开发区在军山凤凰工业园开园“招商”,一年后的今天,工业园内已经落户24个项目,全部达产后,年工业产值达1000亿元,税收100亿元以上"
F1 = "凤凰工业园占地近8000亩,已落户24个项目,涉及到汽车、生物医药、装备制造、新材料、新能源等产业"
F2 = "其中两个项目已经投产,6个项目已开工,今明年陆续投产"
F3 = "今年1—7月,武汉开发区完成规模以上工业总产值1229.0亿元,同比增长16.1%"
FA = "2013年8月"
G["wq06"] = dict(
 article=art("24个工业项目落户 武汉开发区搞定“千亿产业园”", "武汉晚报（通讯员张敏，记者左洋），载于中国新闻网 chinanews.com（社会栏）", "2013-08-28", "day",
  "National news site relaying a city evening paper, Hubei: an industrial park inside a national economic-technological development zone one year after opening — projects landed, expected output and tax, area, projects in production and started, the zone's above-scale industrial output",
  "https://www.chinanews.com/sh/2013/08-28/5214263.shtml",
  "日期取页面“2013年08月28日 09:15 来源:武汉晚报”。标题照录；中新网导航、日期来源行、“【编辑:贾龙】”及版权声明已删。署名“(通讯员张敏 记者左洋)”在正文末，保留。正文四段，完整。园区：武汉开发区（武汉经济技术开发区；武汉，湖北）；凤凰工业园（首句作“军山凤凰工业园”，别名；在武汉开发区军山，母园区武汉开发区）。“黄陵片区”为基础设施片区，不列园区。24个项目未点名，无单项项目。市领导（朱毅）不列。事实：凤凰工业园落户24个项目、达产后年工业产值1000亿元、税收100亿元以上（target）、占地近8000亩（约）、2个投产、6个开工；武汉开发区1—7月规上工业总产值1229.0亿元、增长16.1%（cumulative / ratio）。",
  "wq06"),
 parks=[
  park(WH, "武汉", "湖北", "经济技术开发区", F3, note="即武汉经济技术开发区"),
  park(FH, "武汉", "湖北", "工业园", F1, parent=WH, aliases=["军山凤凰工业园"], note="在军山；武汉开发区所辖"),
 ],
 aggregate_facts=[
  fact(FH, "park", "projects_landed", 24, "count", F1, FA, kind="cumulative", note="开园（2012年8月）以来"),
  fact(FH, "park", "expected_annual_output_cny", 1e11, "cny", "全部达产后,年工业产值达1000亿元", "全部达产后（预计）", kind="target", chk=True),
  fact(FH, "park", "expected_annual_tax_cny", 1e10, "cny", "税收100亿元以上", "全部达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(FH, "park", "site_area_mu", 8000, "mu", F1, FA, qual="约", qtext="近"),
  fact(FH, "park", "projects_in_production", 2, "count", F2, FA),
  fact(FH, "park", "projects_started", 6, "count", F2, FA),
  fact(WH, "park", "industrial_output_above_scale_cny", 1.229e11, "cny", F3, "2013年1–7月", kind="cumulative", chk=True),
  fact(WH, "park", "industrial_output_above_scale_yoy_growth", 0.161, "ratio", F3, "2013年1–7月", kind="ratio"),
 ])

# ---------------------------------------------------------------- wq07 豫政〔2011〕15号 2010年度十强/十快产业集聚区 (河南省人民政府)
H0 = "授予郑州高新技术产业集聚区等10个产业集聚区“2010年度河南省十强产业集聚区”、黎阳产业集聚区等10个产业集聚区“2010年度河南省十快产业集聚区”称号,并各奖励200万元资金,专项用于集聚区投融资平台建设"
TOP = [("郑州高新技术产业集聚区", "郑州", None), ("新乡高新技术产业集聚区", "新乡", None), ("漯河经济技术产业集聚区", "漯河", None),
       ("洛阳高新技术产业集聚区", "洛阳", None), ("长葛市产业集聚区", "许昌", "长葛市"), ("西峡县产业集聚区", "南阳", "西峡县"),
       ("沁阳市沁北产业集聚区", "焦作", "沁阳市"), ("民权县产业集聚区", "商丘", "民权县"), ("开封汴西产业集聚区", "开封", None),
       ("安阳高新技术产业集聚区", "安阳", None)]
HA = "2010年度（2011-02-17通报）"
G["wq07"] = dict(
 article=art("（无标题）河南省人民政府关于表彰2010年度全省产业集聚区发展先进单位的通报", "河南省人民政府（豫政〔2011〕15号），载于 law1.110.com（110法律法规库）", "2011-02-17", "day",
  "Provincial government notice (commendation) relayed by a law database, Henan: the 2010 top-ten and fastest-ten industrial cluster zones, each awarded 2 million yuan for its financing platform, with the top-ten list attached",
  "https://law1.110.com/law_376191.html",
  "存段以“发布文号: 豫政[2011]15号”起（该行已删），无标题行；title 取同文另一转载页（henan.kjzch.com，“发布时间 2011年02月24日”，未取其文字）所示标题。日期取文末落款“二○一一年二月十七日”（成文日期）。存段在附件2标题“2010年”处中断，“附件2”“2010年”两行不收；附件2（十快名单）因此缺，正文截至附件1名单行，共十段（名单原为一行，未拆）。园区：附件1所列十强产业集聚区10个（按名次，城市据名称与常识补记）；正文点名的黎阳产业集聚区（十快之首；鹤壁浚县，城市补记）。无企业、无项目、无基金（“各奖励200万元资金”为奖励，不是基金；记为事实）。事实：20个产业集聚区各奖励200万元（主体河南省，region）；十强名次（可选）。",
  "wq07"),
 parks=[park(n, c, "河南", "产业集聚区", "%d.%s" % (i + 1, n), district=d) for i, (n, c, d) in enumerate(TOP)] + [
  park("黎阳产业集聚区", "鹤壁", "河南", "产业集聚区", H0, district="浚县", note="2010年度十快产业集聚区（正文点名的一个；附件2未存）"),
 ],
 institutions=[
  inst("河南省人民政府", "河南省人民政府", opt=False, note="发文机关（落款）"),
 ],
 aggregate_facts=[
  fact("河南省", "region", "award_per_park_cny", 2e6, "cny", "并各奖励200万元资金,专项用于集聚区投融资平台建设", HA, chk=True,
       note="十强、十快共20个产业集聚区各奖励200万元"),
  fact("河南省", "region", "parks_awarded_top10", 10, "count", H0, HA, opt=True),
  fact("河南省", "region", "parks_awarded_fastest10", 10, "count", H0, HA, opt=True),
 ] + [fact(n, "park", "provincial_rank", i + 1, "rank", "%d.%s" % (i + 1, n), HA, opt=True, note="2010年度河南省十强产业集聚区名单名次")
      for i, (n, c, d) in enumerate(TOP)])
