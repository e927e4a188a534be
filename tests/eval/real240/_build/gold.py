# real240 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district, county or city is a region, not a park). Status from the
# text's words (签约 / 集中签约 → 签约; 开工 / 集中开工 / 开工建设 → 开工; 竣工 → 竣工; 上线运行 → 投产). “预计” / “将” figures
# are kind target; year-to-date figures (“今年以来”, “1—10月”) are cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/seNN.raw as returned.

# ---------------------------------------------------------------- se01 自贡 大安区 签约3个项目 (四川在线 via chinadaily 2017)
XN = "西南智能终端制造产业园"
A0 = "大安区签约西南智能终端制造产业园、嘉丰·民俗城、上海双箭纺织品生产线三个项目,总投资43亿元"
A1 = "其中,西南智能终端产业园项目,由深圳市盛世国泰科技有限公司投资30亿元,改造新建智能终端生产厂房、实验室及配套用房25万平方米,建成年产2000万台智能终端生产线"
AS1 = "2017年3月14日（签约仪式）"
G["se01"] = dict(
 article=art("自贡承接沿海产业梯度转移 签约3个项目 总投资43亿元", "四川在线（记者 秦勇 杨国庆），载于中国日报网 chinadaily.com.cn 地方频道（四川）", "2017-03-15", "day",
  "Provincial news portal relayed by a national paper's regional channel, Sichuan: a district signs three investment projects — an intelligent-terminal industrial park by a Shenzhen firm with its sum and capacity, a folk-culture town and a textile line — plus the city's first electronics park begun in its high-tech zone",
  "http://www.chinadaily.com.cn/dfpd/sc/2017-03/15/content_28565971.htm",
  "日期取页面“2017-03-15 13:29:09”（签约在3月14日）。标题照录；“作者:…来源:四川在线”、日期行与“分享”已删。存段末段“去年,方特恐龙王国工业项目落户大安,…而嘉丰·民俗城项目,由浙江嘉丰房地产开发有限公司投资约10亿元建设四星级以上酒店、商业娱乐、餐饮”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…的“主战场”。”，共五段。园区：西南智能终端制造产业园（第三段作“西南智能终端产业园”，列 alias；自贡市大安区，四川）——既是签约项目也是在建产业园；项目 park 记该园本身（项目即园区开发，可议；大安区为区，不是园区）。“高新区”（自贡高新区，文中只作“高新区”）中奠基的“自贡首个电子信息产业园”只在背景句中，高新区列可选园区。项目：西南智能终端产业园项目（深圳市盛世国泰科技有限公司投资30亿元，签约）；嘉丰·民俗城、上海双箭纺织品生产线（签约，无单项金额；嘉丰的“约10亿元”在删去的末段）。三项目“总投资43亿元”为大安区签约合计（region）。",
  "se01"),
 parks=[
  park(XN, "自贡", "四川", "产业园", A0, district="大安区", aliases=["西南智能终端产业园"], note="签约项目本身即产业园；文中又作“西南智能终端产业园”"),
  park("高新区", "自贡", "四川", "高新区", "去年12月,自贡首个电子信息产业园在高新区奠基", opt=True, note="自贡高新区（文中只作“高新区”）；背景句"),
 ],
 companies=[
  comp("深圳市盛世国泰科技有限公司", XN, A1, note="西南智能终端产业园项目投资方"),
 ],
 projects=[
  proj("西南智能终端产业园项目", XN, A1, companies=["深圳市盛世国泰科技有限公司"], inv="投资30亿元", status="签约", status_text="签约",
       aliases=["西南智能终端制造产业园"], note="项目即园区开发；park 记该园本身（可议，亦可为 null）；建成年产2000万台智能终端生产线"),
  proj("嘉丰·民俗城", None, A0, status="签约", status_text="签约", note="大安区项目；金额在删去的末段"),
  proj("上海双箭纺织品生产线", None, A0, status="签约", status_text="签约", note="大安区项目；无金额"),
 ],
 aggregate_facts=[
  fact("大安区", "region", "projects_signed", 3, "count", A0, AS1),
  fact("大安区", "region", "signed_investment_cny", 4.3e9, "cny", "三个项目,总投资43亿元", AS1, chk=True),
  fact(XN, "park", "floor_area_m2", 2.5e5, "m2", A1, "2017年3月（规划）", kind="target", opt=True, note="改造新建厂房等25万平方米"),
 ])

# ---------------------------------------------------------------- se02 资阳 22个重大产业项目集中开工 (sczixun 2017)
LZ = "乐至县工业集中发展区"
B0 = "资阳在乐至县工业集中发展区逢生印务彩印包装项目现场设立分会场,同步举行2017年资阳市重大产业项目集中开工仪式"
B1 = "据悉,此次开工仪式所在地乐至逢生印务彩印包装厂项目,总投资1.2亿元,占地40亩,将新建1.7万平方米厂房"
B2 = "此次资阳集中开工重大产业项目22个,涉及总投资达17.5亿元"
B3 = "1―8月,全市39个市级重点工业及通信能源基础设施项目完成投资43.76亿元,占年度计划投资的70.1%,四川现代汽车配套零部件生产基地等提前实现竣工"
B4 = "其中博恩登特、华光口腔等14个口腔装备材料产业项目已经落地"
AS2 = "2017年9月22日（集中开工）"
G["se02"] = dict(
 article=art("（无标题）资阳22个重大产业项目集中开工 乐至县工业集中发展区设分会场", "sczixun.com（四川资讯类站点；原发媒体与署名未注明，文中作“记者从开工仪式现场了解到”）", "2017-09", "month",
  "Local news site, Sichuan: a city's share of the province's groundbreaking day held at a county industrial zone — the host project with its sum, area and expected output, the city's 22 projects and total, year-to-date progress of key projects, firms landed and a project completed",
  "http://www.sczixun.com/article/551.html",
  "存段无标题、无日期行（title 为编者概括）；开工仪式在2017年9月22日，文中“1―8月”数据，发布当在2017年9月下旬，precision month。正文四段，完整。园区：乐至县工业集中发展区（资阳市乐至县，四川）。项目：逢生印务彩印包装项目（第三段作“乐至逢生印务彩印包装厂项目”，alias；总投资1.2亿元；开工仪式所在地→开工）；四川现代汽车配套零部件生产基地（提前实现竣工→竣工；园区未说，null）；华为天府云计算中心项目（上线运行→投产，可选；园区未说）；韩国SK集团电子功能气体项目（完成意向选址，无状态，可选）。“1―8月”中“―”为页面所用字符，照录。“承接成都产业剃度转移”之“剃度”为原文错字，照录。博恩登特、华光口腔列可选公司（已落地，园区未说）。资阳市为 region：集中开工22个、总投资17.5亿元；39个市级重点项目1―8月完成投资43.76亿元（cumulative），占年度计划70.1%（ratio）。",
  "se02"),
 parks=[
  park(LZ, "资阳", "四川", "工业集中发展区", B0, district="乐至县"),
 ],
 companies=[
  comp("逢生印务", LZ, B0, opt=True, note="只在项目名中"),
  comp("博恩登特", None, B4, opt=True, note="口腔装备材料项目已落地；园区未说"),
  comp("华光口腔", None, B4, opt=True, note="同上"),
 ],
 projects=[
  proj("逢生印务彩印包装项目", LZ, B1, companies=["逢生印务"], inv="总投资1.2亿元", status="开工", status_text="集中开工",
       aliases=["乐至逢生印务彩印包装厂项目"], note="开工仪式所在地；建成后年产值1亿元以上"),
  proj("四川现代汽车配套零部件生产基地", None, B3, status="竣工", status_text="提前实现竣工", note="市级重点项目；园区未说"),
  proj("华为天府云计算中心项目", None, "华为天府云计算中心项目上线运行", status="投产", status_text="上线运行", opt=True, note="园区未说"),
  proj("韩国SK集团电子功能气体项目", None, "韩国SK集团电子功能气体项目完成意向选址", opt=True, note="完成意向选址；无状态"),
 ],
 aggregate_facts=[
  fact("资阳市", "region", "projects_started", 22, "count", B2, AS2),
  fact("资阳市", "region", "projects_started_investment_cny", 1.75e9, "cny", "涉及总投资达17.5亿元", AS2, chk=True),
  fact("资阳市", "region", "key_projects_investment_completed_cny", 4.376e9, "cny", "项目完成投资43.76亿元,占年度计划投资的70.1%", "2017年1―8月", kind="cumulative", chk=True, note="39个市级重点工业及通信能源基础设施项目"),
  fact("资阳市", "region", "key_projects_annual_plan_completion", 0.701, "ratio", "占年度计划投资的70.1%", "2017年1―8月", kind="ratio", opt=True),
  fact("资阳市", "region", "projects_landed", 14, "count", B4, "2017年（截至9月）", kind="cumulative", opt=True, note="口腔装备材料产业项目"),
  fact("逢生印务彩印包装项目", "project", "expected_annual_output_cny", 1e8, "cny", "建成后年产值将达到1亿元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- se03 成都 西博会 15个重大项目签约 (成都商报 via cyjjw 2017)
JN = "金牛区轨道交通高科技产业园"
TF = "天府新区成都直管区"
C0 = "现场集中签约15个重大项目,协议金额460.6亿元"
C1 = "京信通信将整合旗下泛轨道交通全部研发、先进制造业务,选址金牛区轨道交通高科技产业园,建设辐射全球范围的泛轨道交通研发及先进制造总部,总投资约12亿元"
C2 = "项目选址天府新区成都直管区,拟投资建设光启成都产业基地,包括新材料与结构件生产中心、特种行业工业级无人机生产中心及功能评估与测试中心,项目总投资10亿元"
AS3 = "2017年9月14日（签约仪式）"
G["se03"] = dict(
 article=art("（无标题）成都市投资环境说明会暨项目签约仪式 现场集中签约15个重大项目 协议金额460.6亿元", "成都商报（记者 叶燕 李彦琴），载于 cyjjw.net（存段无站名）", "2017-09-15", "day",
  "City commercial daily relayed by an economics site, Sichuan: a city's investment fair on the eve of a western China expo — 15 projects signed with totals by sector, a telecom firm's rail-transit headquarters in a district high-tech park with its sum, and a listed project box with a project in the new area's directly administered zone",
  "http://cyjjw.net/news/jingji/2017-09-15/12539.html",
  "日期取网址 2017-09-15（文中“今日”开幕、“昨日”签约，即2017年9月14日签约）。存段无标题（title 为编者概括）。存段在“签约项目点击”栏第一项句中“预计取得项目用地后2”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…项目总投资10亿元”（无句号），署名行、“签约项目点击”“光启成都产业基地项目”两行照录为段，共八段。园区：金牛区轨道交通高科技产业园（成都市金牛区）；天府新区成都直管区（四川天府新区的成都直管区，文中只此一称）。“天府新城会议中心”为会场，不列。公司：京信通信系统控股有限公司（又作“京信通信”）在金牛区轨道交通高科技产业园。项目：泛轨道交通研发及先进制造总部（京信通信，总投资约12亿元，约）；光启成都产业基地项目（天府新区成都直管区，项目总投资10亿元）；二者均在本次签约之列（前者由语境推定）→签约。成都市 region：签约15个、460.6亿元；分类三组列可选；活动期间“将签约112个项目,协议总金额1988.65亿元”为 target（可选）。市投促委列可选机构。",
  "se03"),
 parks=[
  park(JN, "成都", "四川", "产业园", C1, district="金牛区"),
  park(TF, "成都", "四川", "国家级新区", C2, note="四川天府新区成都直管区；文中只此一称"),
 ],
 companies=[
  comp("京信通信系统控股有限公司", JN, C1, aliases=["京信通信"], note="选址金牛区轨道交通高科技产业园"),
 ],
 institutions=[
  inst("市投促委", "市投促委主任丁小斌介绍", note="成都市投资促进委员会（文中简称）"),
 ],
 projects=[
  proj("泛轨道交通研发及先进制造总部", JN, C1, companies=["京信通信系统控股有限公司"], inv="总投资约12亿元", qual="约", qual_text="约",
       status="签约", status_text="签约仪式", note="本次签约项目之一（由语境推定）"),
  proj("光启成都产业基地项目", TF, C2, inv="项目总投资10亿元", status="签约", status_text="签约项目点击",
       aliases=["光启成都产业基地"], note="“签约项目点击”栏所列；存段在此项中断"),
 ],
 aggregate_facts=[
  fact("成都市", "region", "projects_signed", 15, "count", C0, AS3),
  fact("成都市", "region", "signed_investment_cny", 4.606e10, "cny", "协议金额460.6亿元", AS3, chk=True),
  fact("成都市", "region", "projects_signed_advanced_manufacturing", 9, "count", "先进制造业项目9个,协议金额253.8亿元", AS3, opt=True),
  fact("成都市", "region", "signed_investment_advanced_manufacturing_cny", 2.538e10, "cny", "协议金额253.8亿元", AS3, opt=True, chk=True),
  fact("成都市", "region", "projects_signed", 112, "count", "此次活动期间,成都将签约112个项目,协议总金额1988.65亿元", "2017年9月（西博会期间，计划）", kind="target", opt=True),
  fact("成都市", "region", "signed_investment_cny", 1.98865e11, "cny", "协议总金额1988.65亿元", "2017年9月（西博会期间，计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- se04 32个重大项目落户成都 (四川日报 on scol 2018)
TF4 = "天府新区成都直管区"
LX = "鹿溪智谷"
D0 = "32个重大项目落户成都,协议金额达454亿元"
D1 = "此次落户天府新区的21个项目总投资逾270亿元"
D2 = "引入休斯科技、言几又公司、前海金控、核工业西南物理研究院、天府大数据研究院等一批大型龙头企业"
D3 = "言几又公司将投资30亿元打造一个占地20万平方米的超大型国际文创中心"
D4 = "深圳注艺影业有限公司将投资3亿元,在天府新区鹿溪智谷打造影视文创综合体"
AS4 = "2018年6月6日（集中签约）"
G["se04"] = dict(
 article=art("32个重大项目落户成都 协议金额达454亿元", "四川日报（记者 陈碧红），载于四川在线 cd.scol.com.cn（编辑 林霜）", "2018-06-07", "day",
  "Provincial party daily on its portal's Chengdu channel, Sichuan: a city's investment-promotion signing round — 32 projects and totals, 21 of them into the new area with named firms and institutes, two named projects with sums",
  "http://cd.scol.com.cn/cdyw/201806/56258426.html",
  "日期取页面“(2018-06-07 09:14:04) 来源:四川日报”（签约在6月6日）。标题照录；“返回顶部”、日期来源行、“编辑:林霜”与页尾“新闻推荐”栏目已删。正文四段，完整。园区：天府新区成都直管区（文中又作“天府新区”，alias；四川天府新区成都直管区）；鹿溪智谷（天府新区内的产业片区，parent 推定为天府新区成都直管区）。其余龙泉驿区、青白江区、双流区、简阳市、新津县为区县，不列园区。公司：休斯科技、言几又公司、前海金控（落户天府新区）；深圳注艺影业有限公司（鹿溪智谷）。核工业西南物理研究院、天府大数据研究院列可选机构（园区天府新区成都直管区）。项目：国际文创中心（言几又公司投资30亿元，“其中”承上句属天府新区21个项目）；影视文创综合体（深圳注艺影业有限公司投资3亿元，鹿溪智谷）；均为本次签约落户→签约。事实：成都市 region 32个、454亿元，现场签约15个、260亿元（可选）；天府新区 park 21个、逾270亿元（超）。",
  "se04"),
 parks=[
  park(TF4, "成都", "四川", "国家级新区", "涉及天府新区成都直管区、龙泉驿区、青白江区、双流区、简阳市、新津县", aliases=["天府新区"], note="文中又作“天府新区”"),
  park(LX, "成都", "四川", "产业片区", D4, parent=TF4, note="“天府新区鹿溪智谷”；母园区由语境推定"),
 ],
 companies=[
  comp("休斯科技", TF4, D2),
  comp("言几又公司", TF4, D2, note="投资30亿元打造国际文创中心"),
  comp("前海金控", TF4, D2),
  comp("深圳注艺影业有限公司", LX, D4),
 ],
 institutions=[
  inst("核工业西南物理研究院", D2, kind="research_institute", park=TF4, note="列为落户天府新区的龙头企业之一"),
  inst("天府大数据研究院", D2, kind="research_institute", park=TF4, note="同上"),
 ],
 projects=[
  proj("国际文创中心", TF4, D3, companies=["言几又公司"], inv="投资30亿元", status="签约", status_text="集中签约",
       aliases=["超大型国际文创中心"], note="占地20万平方米；属落户天府新区的21个项目"),
  proj("影视文创综合体", LX, D4, companies=["深圳注艺影业有限公司"], inv="投资3亿元", status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact("成都市", "region", "projects_signed", 32, "count", D0, AS4),
  fact("成都市", "region", "signed_investment_cny", 4.54e10, "cny", "协议金额达454亿元", AS4, chk=True),
  fact("成都市", "region", "projects_signed_onsite", 15, "count", "其中现场签约项目15个,协议金额260亿元", AS4, opt=True),
  fact("成都市", "region", "signed_investment_onsite_cny", 2.6e10, "cny", "协议金额260亿元", AS4, opt=True, chk=True),
  fact(TF4, "park", "projects_signed", 21, "count", D1, AS4),
  fact(TF4, "park", "signed_investment_cny", 2.7e10, "cny", "总投资逾270亿元", AS4, qual="超", qtext="逾", chk=True),
 ])

# ---------------------------------------------------------------- se05 荣昌 2019年下半年 97个项目签约 (chongqing.baogaosu 2019)
RC = "荣昌国家高新技术产业开发区"
E0 = "7月3日,荣昌区2019年下半年招商引资项目集中签约,落地重大项目97个、签约金额373.83亿元"
E1 = "四川绿然科技集团代表介绍,该集团将投资150亿元在荣昌建设电子电路产业园区项目,主要建设电子电路上游原材料、下游应用等全产业链集群,项目建成后预计年产值将达到100亿元"
E2 = "2018年荣昌电子信息产业总产值58.18亿元,2019年一季度电子信息产业总产值达17.55亿元,同比增长21.6%"
AS5 = "2019年7月3日（集中签约）"
G["se05"] = dict(
 article=art("引资373.83亿 招商97个重大项目 ——荣昌2019年下半年招商引资项目集中签约", "chongqing.baogaosu.com（报告苏 重庆新闻栏转载；原发媒体与署名未注明）", "2019-07", "month",
  "Aggregator relaying a district news item, Chongqing: a district's mid-year signing of 97 projects with total and expected output, its national high-tech zone approved the year before, the sector's output, and a Sichuan group's 15-billion electronic-circuit park project",
  "https://chongqing.baogaosu.com/xinwen/%E8%8D%A3%E6%98%8C%E5%BC%95%E8%B5%8437383%E4%BA%BF/76005528",
  "存段无日期行；签约在2019年7月3日，发布当在2019年7月初，precision month；原发媒体未注明。标题一行照录（含“——”副题）。存段末行“此外,中国铁建股份有限公司也与荣昌区政府签订合作协议,积极介入荣昌正在规划”在句中中断，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…年产值将达到100亿元。”，共五段。园区：荣昌国家高新技术产业开发区（又作“荣昌国家高新区”，alias；重庆市荣昌区；2018年2月获批）。项目：电子电路产业园区项目（四川绿然科技集团有限责任公司，投资150亿元，签约；园区由“为本次‘引凤’…‘筑好了巢’”推定为荣昌国家高新区，note 注明）。公司：四川绿然科技集团有限责任公司（又作“四川绿然科技集团”）。事实：荣昌区 region 签约97个、373.83亿元，投产后预计年产值450亿元（target，可选），年初21个项目224.18亿元（可选）；电子信息产业产值58.18亿元（2018）、17.55亿元（2019Q1）、增长21.6%——“荣昌电子信息产业”，subject 记荣昌区（由高新区负责人介绍，可议）。real85 xc02（2020年另一篇）也提到绿然科技在荣昌的另一个项目，非同一报道。",
  "se05"),
 parks=[
  park(RC, "重庆", "重庆", "国家高新区", "荣昌国家高新技术产业开发区自去年2月获批以来", district="荣昌区", aliases=["荣昌国家高新区"], note="2018年2月获批"),
 ],
 companies=[
  comp("四川绿然科技集团有限责任公司", RC, "也为本次“引凤”四川绿然科技集团有限责任公司“筑好了巢”", aliases=["四川绿然科技集团"], note="园区由语境推定"),
 ],
 projects=[
  proj("电子电路产业园区项目", RC, E1, companies=["四川绿然科技集团有限责任公司"], inv="投资150亿元", status="签约", status_text="签约仪式",
       note="园区由语境推定为荣昌国家高新区；建成后预计年产值100亿元"),
 ],
 aggregate_facts=[
  fact("荣昌区", "region", "projects_signed", 97, "count", E0, AS5),
  fact("荣昌区", "region", "signed_investment_cny", 3.7383e10, "cny", "签约金额373.83亿元", AS5, chk=True),
  fact("荣昌区", "region", "expected_annual_output_cny", 4.5e10, "cny", "项目全部投产后,预计实现年产值450亿元", "全部投产后（预计）", kind="target", opt=True, chk=True),
  fact("荣昌区", "region", "projects_signed", 21, "count", "这是继今年初荣昌区招商21个项目、引资224.18亿元后的第二次大规模集中签约", "2019年初", opt=True),
  fact("荣昌区", "region", "signed_investment_cny", 2.2418e10, "cny", "引资224.18亿元", "2019年初", opt=True, chk=True),
  fact("荣昌区", "region", "electronics_output_cny", 5.818e9, "cny", E2, "2018年", opt=True, chk=True, note="电子信息产业总产值；由高新区负责人介绍"),
  fact("荣昌区", "region", "electronics_output_cny", 1.755e9, "cny", "2019年一季度电子信息产业总产值达17.55亿元,同比增长21.6%", "2019年一季度", opt=True, chk=True),
  fact("荣昌区", "region", "electronics_output_yoy_growth", 0.216, "ratio", "同比增长21.6%", "2019年一季度", kind="ratio", opt=True),
  fact("电子电路产业园区项目", "project", "expected_annual_output_cny", 1e10, "cny", "项目建成后预计年产值将达到100亿元", "建成后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- se06 泸州 江阳区电子信息产业园二期开工 (封面新闻 2020)
JY = "江阳区电子信息产业园"
F0 = "江阳区电子信息产业园二期项目,占地200亩,计划总投资25.5亿元"
F1 = "据悉,江阳区2020年实施重点项目128个,计划总投资2118.5亿元,年度计划投资288.3亿元"
AS6 = "2020年11月27日（集中开工）"
G["se06"] = dict(
 article=art("总投资25.5亿元!四川泸州江阳区电子信息产业园二期项目开工建设", "封面新闻（记者 王正元），载于腾讯新闻 xw.qq.com", "2020-11-27", "day",
  "Provincial mobile news outlet on a national portal, Sichuan: a district electronics park's phase 2 starts during the province's quarterly groundbreaking — area, investment, floor space, products, jobs and expected sales — and the district's key-project plan and progress",
  "https://xw.qq.com/cmsid/20201127A0FXVC00",
  "日期取网址 cmsid 20201127（开工在11月27日）。标题照录；两处“图片”占位行已删；署名“封面新闻记者 王正元”照录为首段。正文四段，完整。园区：江阳区电子信息产业园（泸州市江阳区，四川）。项目：江阳区电子信息产业园二期项目（计划总投资25.5亿元，开工建设；phase 二期）。事实：泸州 region 集中开工107个；江阳区 region 2020年重点项目128个、计划总投资2118.5亿元、年度计划投资288.3亿元（target），1—10月完成投资260.3亿元（cumulative）、占年度计划90.3%（ratio），固投492.2亿元、增长9.5%（可选）；项目就业2000余个、预计年销售收入100亿元以上（target，可选）。",
  "se06"),
 parks=[
  park(JY, "泸州", "四川", "产业园", "泸州分会场在江阳区电子信息产业园项目现场举行", district="江阳区"),
 ],
 companies=[],
 projects=[
  proj("江阳区电子信息产业园二期项目", JY, F0, inv="计划总投资25.5亿元", status="开工", status_text="开工建设", phase="二期",
       note="四川省2020年第四季度重大项目集中开工泸州分会场所在地"),
 ],
 aggregate_facts=[
  fact("泸州市", "region", "projects_started", 107, "count", "泸州107个重大项目集中开工", AS6),
  fact(JY, "park", "phase2_area_mu", 200, "mu", F0, "2020年11月（二期）", opt=True),
  fact("江阳区电子信息产业园二期项目", "project", "expected_annual_sales_cny", 1e10, "cny", "预计年销售收入100亿元以上", "全面建成后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("江阳区电子信息产业园二期项目", "project", "jobs_created", 2000, "count", "将为社会提供就业岗位2000余个", "全面建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("江阳区", "region", "key_projects", 128, "count", F1, "2020年"),
  fact("江阳区", "region", "key_projects_total_investment_cny", 2.1185e11, "cny", "计划总投资2118.5亿元,年度计划投资288.3亿元", "2020年", chk=True),
  fact("江阳区", "region", "planned_annual_investment_cny", 2.883e10, "cny", "年度计划投资288.3亿元", "2020年（计划）", kind="target", chk=True),
  fact("江阳区", "region", "key_projects_investment_completed_cny", 2.603e10, "cny", "1—10月完成投资260.3亿元,占年度计划的90.3%", "2020年1—10月", kind="cumulative", chk=True),
  fact("江阳区", "region", "key_projects_annual_plan_completion", 0.903, "ratio", "占年度计划的90.3%", "2020年1—10月", kind="ratio", opt=True),
  fact("江阳区", "region", "fixed_asset_investment_cny", 4.922e10, "cny", "支撑全社会固定资产投资完成492.2亿元,增长9.5%", "2020年1—10月", kind="cumulative", opt=True, chk=True),
  fact("江阳区", "region", "fixed_asset_investment_yoy_growth", 0.095, "ratio", "增长9.5%", "2020年1—10月", kind="ratio", opt=True),
 ])
