# real158 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破/破 → 超, 余/多 → 余, 约/近/左右/大概 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence); US dollars in *_usd facts. Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none. Status from the text's words (开工 / 动工 →
# 开工; 投产 → 投产; 签约落地 → 签约; a project being finished / accepted → 在建). “预计” figures are kind target with
# “（预计）” in as_of; year-to-date and “截至目前/目前” counts are cumulative. A bonded zone (综合保税区 / 综保区), a bonded
# logistics centre (保税物流中心) and a bonded area (保税区) are parks of kinds 综合保税区 / 保税物流中心 / 保税区. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/vaNN.raw as returned.

# ---------------------------------------------------------------- va01 城陵矶综合保税区封关运行筹备会 (岳阳日报 2016)
CL = "城陵矶综合保税区"
B1 = "6月22日,市委副书记李志坚主持召开城陵矶综合保税区正式封关运行筹备会"
B2 = "截至目前,综保区(一期)建设共计完成固定资产投资11亿元"
B3 = "共有签约和意向入区项目83个,总投资87亿元"
G["va01"] = dict(
 article=art("（无标题）城陵矶综合保税区正式封关运行筹备会：一期完成固定资产投资11亿元，签约和意向入区项目83个", "岳阳日报全媒体（记者 李冀），载于 803.com.cn（岳阳网）", "2016-06-24", "day",
  "City daily's news portal, Hunan: a city leader chairs a preparatory meeting for a bonded zone's formal customs closure — fixed-asset investment completed in phase 1, number and total investment of signed and intended projects, instructions",
  "http://www.803.com.cn/newsspecial/content/201606/24/c1325386.html",
  "日期取网址 201606/24（正文“6月22日”开会）。存段无标题（title 为编者概括），以“岳阳日报全媒体讯”开头，三段，完整（其后只有空行）。园区：城陵矶综合保税区（岳阳，湖南；文中多作“综保区”）。“综保区(一期)建设共计完成固定资产投资11亿元”记为园区累计事实（非项目总投资）；“签约和意向入区项目83个,总投资87亿元”为截至目前累计（签约与意向合计）。无具名企业、项目。",
  "va01"),
 parks=[
  park(CL, "岳阳", "湖南", "综合保税区", B1, note="文中又作“综保区”；正式封关运行前的筹备会"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(CL, "park", "fixed_asset_investment_cny", 1.1e9, "cny", B2, "2016-06（截至目前，一期）", kind="cumulative", chk=True, note="综保区(一期)建设累计完成"),
  fact(CL, "park", "projects_count", 83, "count", B3, "2016-06（截至目前）", kind="cumulative", note="签约和意向入区项目合计"),
  fact(CL, "park", "planned_investment_cny", 8.7e9, "cny", "共有签约和意向入区项目83个,总投资87亿元", "2016-06（截至目前）", kind="cumulative", chk=True, note="83个签约和意向入区项目的总投资"),
 ],
)

# ---------------------------------------------------------------- va02 新乡经开区保税物流中心(B型)(筹建)项目动工 (2019)
XX = "新乡经开区"
C1 = "3月27日,经开区举行保税物流中心(B型)(筹建)项目开工活动。新乡市政府副市长祁文华出席并宣布项目开工"
C2 = "经开区于去年谋划启动该项目申建,项目计划总投资约5亿元,总建筑面积约11万平方米"
G["va02"] = dict(
 article=art("经开区保税物流中心(B型)(筹建)项目动工建设", "新乡经济技术开发区管委会网站（来源：区经发局）", "2019-03-28", "day",
  "Development-zone government website, Henan: groundbreaking of a bonded logistics centre (type B) being applied for — planned investment, floor area, functions, attending officials",
  "http://jkq.xinxiang.gov.cn/2019/0401/8393.html",
  "日期取页面“时间:2019-03-28 来源:区经发局”。标题照录；导航、时间来源行、“分享到”已删。正文两段，完整；正文约295字，略短于300字下限，因项目与园区信息完整仍收。园区：文中只作“经开区”（并有“新乡市政府副市长”“我区”），名称记为“新乡经开区”（站点 jkq.xinxiang.gov.cn；name 不在文中逐字出现，故 aliases 含“经开区”）；城市新乡，河南。保税物流中心(B型)尚在“筹建”，作项目不作园区。项目：保税物流中心(B型)(筹建)项目，计划总投资约5亿元（约），开工。“现代公铁物流园项目”只作依托，列为可选项目，无状态。新乡海关等为可选机构。",
  "va02"),
 parks=[
  park(XX, "新乡", "河南", "经济技术开发区", C1, aliases=["经开区"], note="文中只作“经开区”；新乡由“新乡市政府副市长”及站点得出"),
 ],
 companies=[],
 institutions=[
  inst("新乡海关", "区领导陶建新、陈淑文以及新乡海关、市发改委、市商务局、市车务段相关负责同志出席"),
 ],
 projects=[
  proj("保税物流中心(B型)(筹建)项目", XX, C2, inv="项目计划总投资约5亿元", qual="约", qual_text="约", status="开工", status_text="举行…项目开工活动；宣布项目开工",
       aliases=["保税物流中心(B型)"], note="总建筑面积约11万平方米；evidence 为投资句，开工见 C1"),
  proj("现代公铁物流园项目", XX, "项目依托现代公铁物流园项目及中欧班列(新乡号)", opt=True, note="只作依托，无状态、无金额；园区由语境推断"),
 ],
 funds=[],
 aggregate_facts=[
  fact("保税物流中心(B型)(筹建)项目", "project", "floor_area_sqm", 110000, "sqm", "总建筑面积约11万平方米", "2019-03（规划）", kind="target", qual="约", qtext="约", opt=True),
 ],
)

# ---------------------------------------------------------------- va03 内江国际物流港保税物流中心(B型) (内江日报 2021)
NJ = "内江保税物流中心(B型)"
NG = "内江国际物流港"
D1 = "据悉,内江保税物流中心(B型)项目位于内江国际物流港,毗邻内江火车南站、川南城际铁路白马西站、内宜高速白马出口,占地163亩"
D2 = "作为内江市重点产业项目,内江国际物流港——保税物流中心(B型)项目施工已进入各单项的验收阶段,计划本月内完成综合竣工验收"
D3 = "目前,香港新华集团、资中新发地农业发展有限公司、巨腾(内江)资讯配件有限公司、内江凤凰集团、四川汇宇制药股份有限公司、内江金鸿曲轴有限公司等企业已有入驻意向"
NOTE3 = "有入驻意向（尚未入驻）"
G["va03"] = dict(
 article=art("内江国际物流港保税物流中心(B型)项目预计本月竣工验收", "内江日报（黄正华），载于四川在线内江频道 neijiang.scol.com.cn", "2021-06-07", "day",
  "City daily via a provincial news portal's city channel, Sichuan: a bonded logistics centre (type B) nearly completed — site, land area, buildings, acceptance and customs-code steps, firms intending to enter",
  "http://neijiang.scol.com.cn/cyxmtsn/202106/58176415.html",
  "日期取页面“2021-06-07 16:07:46来源:内江日报”。标题照录；时间来源行、图片说明“俯瞰物流中心”、“编辑推荐”已删。正文五段，完整，署名“(黄正华)”保留。园区：内江国际物流港（物流园区，内江，四川）；内江保税物流中心(B型)（保税物流中心，位于内江国际物流港，parent_park 记物流港；标题作“内江国际物流港保税物流中心(B型)”）。项目：内江保税物流中心(B型)项目，已进入各单项验收、计划本月综合竣工验收→在建（status_alt 竣工）；无金额。六家企业“已有入驻意向”，park 记保税物流中心并注明仅为意向。占地163亩为项目事实。",
  "va03"),
 parks=[
  park(NJ, "内江", "四川", "保税物流中心", D1, parent=NG, aliases=["内江国际物流港保税物流中心(B型)"], note="正在竣工验收，待取得海关代码后封关试运营"),
  park(NG, "内江", "四川", "物流园区", D1, note="保税物流中心所在的物流港"),
 ],
 companies=[
  comp("香港新华集团", NJ, D3, note=NOTE3),
  comp("资中新发地农业发展有限公司", NJ, D3, note=NOTE3),
  comp("巨腾(内江)资讯配件有限公司", NJ, D3, note=NOTE3),
  comp("内江凤凰集团", NJ, D3, note=NOTE3),
  comp("四川汇宇制药股份有限公司", NJ, D3, note=NOTE3),
  comp("内江金鸿曲轴有限公司", NJ, D3, note=NOTE3),
 ],
 institutions=[],
 projects=[
  proj("内江保税物流中心(B型)项目", NG, D2, status="在建", status_text="已进入各单项的验收阶段,计划本月内完成综合竣工验收", status_alt="竣工",
       aliases=["内江国际物流港——保税物流中心(B型)项目"], note="所有建筑物均已建成；市重点产业项目；无金额"),
 ],
 funds=[],
 aggregate_facts=[
  fact("内江保税物流中心(B型)项目", "project", "land_area_mu", 163, "mu", D1, "2021-06", kind="reported"),
  fact("内江保税物流中心(B型)项目", "project", "buildings_planned", 8, "count", "项目设计建设8个地面建筑", "2021-06", kind="reported", opt=True),
 ],
)

# ---------------------------------------------------------------- va04 成都高新综合保税区 春节生产 (中国国门时报 2022)
CD = "成都高新综合保税区"
YX = "宇芯(成都)集成电路封装测试有限公司"
E1 = "近日,成都高新综合保税区内一批刚刚完成封装的集成电路通过卡口送往机场"
E2 = "综合保税区内,宇芯(成都)集成电路封装测试有限公司一排排现代化生产设备面前工人们专注地作业"
E3 = "近年来该公司进出口业务持续保持快速增长,2021年进出口值增长36%,预计今年将增长30%"
E4 = "成都高新综保区优良的口岸营商环境吸引了一大批优质企业落户,包括英特尔、富士康、德州仪器、戴尔等高端制造企业"
E5 = "2021年,成都高新综保区实现进出口值5819亿元,占四川外贸进出口总值的61.2%"
G["va04"] = dict(
 article=art("（无标题）成都高新综合保税区春节期间企业满产 2021年进出口值5819亿元", "中国国门时报（记者岳川 通讯员 马强），转载于中国产业经济信息网 cinic.org.cn", "2022", "year",
  "Customs-sector newspaper relayed by an industry news portal, Sichuan: a bonded zone's chip packager working through Spring Festival — customs declarations over the holiday, the firm's trade growth and forecast, large firms settled in the zone, the zone's 2021 trade value and share of the province",
  "https://www.cinic.org.cn/xy/sc/1249342.html",
  "存段无标题、无日期（title 为编者概括）；年份据正文“2021年进出口值增长36%,预计今年将增长30%”“正月初三”推定为2022年（春节后）。转载说明“转自:中国国门时报”、版权声明、“延伸阅读”已删；正文三段，完整，署名保留。园区：成都高新综合保税区（又作“成都高新综保区”；成都，四川）。公司：宇芯(成都)集成电路封装测试有限公司（又作“宇芯公司”，在综保区内）；英特尔、富士康、德州仪器、戴尔（“落户”综保区）。成都海关、锦城海关为可选机构。事实：宇芯2021年进出口值增长36%（ratio）、预计今年增长30%（target）；综保区2021年进出口值5819亿元、占四川外贸61.2%；春节期间报关单超3000票、货值超50亿元（海关受理，可选）。",
  "va04"),
 parks=[
  park(CD, "成都", "四川", "综合保税区", E1, aliases=["成都高新综保区"]),
 ],
 companies=[
  comp(YX, CD, E2, aliases=["宇芯公司"]),
  comp("英特尔", CD, E4),
  comp("富士康", CD, E4),
  comp("德州仪器", CD, E4),
  comp("戴尔", CD, E4),
 ],
 institutions=[
  inst("成都海关", "成都海关所属锦城海关监管二科副科长周静介绍"),
  inst("锦城海关", "成都海关所属锦城海关监管二科副科长周静介绍"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(YX, "company", "trade_value_yoy_growth", 0.36, "ratio", E3, "2021年", kind="ratio"),
  fact(YX, "company", "trade_value_yoy_growth", 0.30, "ratio", E3, "2022年（预计）", kind="target"),
  fact(CD, "park", "trade_value_cny", 5.819e11, "cny", E5, "2021年", kind="reported", chk=True),
  fact(CD, "park", "share_of_province_trade", 0.612, "ratio", E5, "2021年", kind="ratio"),
  fact(CD, "park", "customs_declarations", 3000, "count", "仅春节期间,就受理报关单超3000票,货值超50亿元", "2022年春节期间", kind="reported", qual="超", qtext="超", opt=True, note="锦城海关受理"),
  fact(CD, "park", "declared_goods_value_cny", 5e9, "cny", "仅春节期间,就受理报关单超3000票,货值超50亿元", "2022年春节期间", kind="reported", qual="超", qtext="超", opt=True, note="锦城海关受理"),
 ],
)

# ---------------------------------------------------------------- va05 梅州综保区 封关后 (梅州日报 2022)
MZ = "梅州综保区"
MW = "梅州市麦威科技有限公司"
JYH = "梅州劲越头盔有限公司"
F1 = "数据显示,今年1月至7月,梅州综保区实现外贸进出口额2.63亿元"
F2 = "记者日前走进位于梅州综保区的梅州市麦威科技有限公司生产车间看到"
F3 = "“我们是7月1日投产的,产品主要出口到西非、南美等地,预计今年产值可突破1000万元。”"
F4 = "另一边,梅州劲越头盔有限公司生产车间也是一片忙碌的生产场景"
F5 = "今年以来的进出口额同比去年有增长,7月份大概是100万美元"
F6 = "目前,梅州综保区共有落户项目18个,包括加工制造、国际贸易、跨境电商等,投资总额约5.6亿元,全部达产后年进出口额预计可达27亿元"
G["va05"] = dict(
 article=art("（无标题）梅州综保区封关运行以来1至7月外贸进出口额2.63亿元 落户项目18个", "梅州日报（记者黄科），载于 mziit.com", "2022-08", "month",
  "City daily relayed by a local site, Guangdong: a newly closed bonded zone's first months — trade value January–July, a TV maker in production since July with its expected output, a helmet maker's monthly trade, projects landed and their investment, expected trade at full production",
  "http://mziit.com/news/15281.html",
  "存段无标题、无日期（title 为编者概括）。日期推定：正文“自3月28日封关运行以来”“今年1月至7月”，故为封关当年8月前后；封关年份2022为编者推断（该区2021年12月通过验收，见 real5 t14 的同区报道），precision 记 month 且仅为推定。首行图片说明已删；存段末段在“对内重点围绕梅州市外向型经济”处中断，整段删去（make_txt.py 取至前一段）。正文四段。园区：梅州综保区（文中只作此简称；梅州，广东）。公司：梅州市麦威科技有限公司（又作“麦威科技”，位于梅州综保区；7月1日投产）；梅州劲越头盔有限公司（又作“劲越头盔”，园区由语境推断）。项目：麦威科技（以企业名作项目名，项目“从落地到投产”→投产，无金额）。事实：综保区1—7月外贸进出口额2.63亿元（cumulative）；落户项目18个、投资总额约5.6亿元（截至目前）、达产后年进出口额预计27亿元（target）；麦威今年产值预计突破1000万元（target，超）；劲越7月进出口额约100万美元（“大概”→约）。",
  "va05"),
 parks=[
  park(MZ, "梅州", "广东", "综合保税区", F1, note="3月28日封关运行；文中只作“梅州综保区”"),
 ],
 companies=[
  comp(MW, MZ, F2, aliases=["麦威科技"]),
  comp(JYH, MZ, F4, aliases=["劲越头盔"], note="位于综保区由语境推断（“另一边”）"),
 ],
 institutions=[],
 projects=[
  proj("麦威科技", MZ, F3, companies=[MW], status="投产", status_text="7月1日投产", note="以企业名作项目名；“项目从落地到投产”"),
 ],
 funds=[],
 aggregate_facts=[
  fact(MZ, "park", "trade_value_cny", 2.63e8, "cny", F1, "2022年1–7月", kind="cumulative", chk=True),
  fact(MZ, "park", "projects_count", 18, "count", F6, "2022-07（目前）", kind="cumulative", note="落户项目"),
  fact(MZ, "park", "planned_investment_cny", 5.6e8, "cny", "投资总额约5.6亿元", "2022-07（目前）", kind="cumulative", qual="约", qtext="约", chk=True, note="18个落户项目的投资总额"),
  fact(MZ, "park", "expected_annual_trade_value_cny", 2.7e9, "cny", "全部达产后年进出口额预计可达27亿元", "全部达产后（预计）", kind="target", chk=True),
  fact(MW, "company", "expected_annual_output_cny", 1e7, "cny", "预计今年产值可突破1000万元", "2022年全年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(JYH, "company", "trade_value_usd", 1e6, "usd", F5, "2022年7月", kind="reported", qual="约", qtext="大概"),
 ],
)

# ---------------------------------------------------------------- va06 重庆永川综合保税区 建设 (重庆日报 2022)
YC = "重庆永川综合保税区"
YG = "永川国家高新技术开发区"
H1 = "这正是从零起步、仅用136天便完成封顶的重庆永川综合保税区综合服务大楼"
H2 = "去年7月6日,重庆永川综合保税区获国务院批复正式设立,这是全国第152个、重庆市第6个综合保税区"
H3 = "它位于永川中心城区南部、永川国家高新技术开发区内,规划面积1.11平方公里,总建筑面积8.8万平方米"
G["va06"] = dict(
 article=art("（无标题）重庆永川综合保税区加快建设 综合服务大楼136天封顶", "重庆日报（经网易重庆 chongqing.163.com 转载）", "2022-03-01", "day",
  "Provincial-level daily relayed by a portal's city channel, Chongqing: construction race of a newly approved bonded zone — its service building topped out, inspection and warehouse areas built, approval date and rank, location inside a national high-tech zone, planned area and floor area, work plan",
  "http://chongqing.163.com/22/0301/08/H1C1ECBI04218FF3.html",
  "日期取网址 22/0301（正文“2月28日清晨”）。存段无标题（title 为编者概括）；首行图片说明（永川长城汽车制造基地）已删；存段在“在保证建设进度同时,”处中断，该残句删去。正文七段（含小标题“27个主要环节、340余个关键节点”）。园区：重庆永川综合保税区（又作“永川综合保税区”“综保区”；重庆永川，parent_park 永川国家高新技术开发区）；永川国家高新技术开发区（高新区）。项目：重庆永川综合保税区综合服务大楼——已封顶、正在外墙装饰和内部安装→在建，无金额。事实：规划面积1.11平方公里、总建筑面积8.8万平方米（综保区规划）；全国第152个综保区（可选）；内部道路8.7公里（可选）。",
  "va06"),
 parks=[
  park(YC, "重庆", "重庆", "综合保税区", H2, district="永川", parent=YG, aliases=["永川综合保税区"], note="去年7月6日获批设立；去年8月18日开工；力争早日封关运行"),
  park(YG, "重庆", "重庆", "高新区", H3, district="永川", note="综保区所在的国家高新区"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("重庆永川综合保税区综合服务大楼", YC, H1, status="在建", status_text="仅用136天便完成封顶；正在进行外墙装饰和内部工程安装", aliases=["综保区综合服务大楼", "综合服务大楼"], note="今年1月1日封顶；无金额"),
 ],
 funds=[],
 aggregate_facts=[
  fact(YC, "park", "planned_area_km2", 1.11, "km2", H3, "2022-03（规划）", kind="reported"),
  fact(YC, "park", "floor_area_sqm", 88000, "sqm", H3, "2022-03（规划）", kind="reported"),
  fact(YC, "park", "national_sequence_number", 152, "rank", H2, "2021-07-06（获批）", kind="reported", opt=True),
  fact(YC, "park", "internal_roads_km", 8.7, "km", "以及8.7公里的内部道路等工程同步推进", "2022-03（在建）", kind="reported", opt=True),
 ],
)

# ---------------------------------------------------------------- va07 天津港保税区完成“百千万”亿发展目标 (2022)
TJ = "天津港保税区"
K1 = "记者从日前举行的天津港保税区2022年工作会议获悉,2021年保税区经济社会发展质效齐增"
K2 = "保税区全年引进重点项目1367个,其中世界500强项目39个,实体项目327个"
K3 = "签约落地联想智慧创新服务产业园、霍尼韦尔过程控制运营研发中心等40个重点制造业项目"
K4 = "引入中电建集团、国家电投集团等13家央企的二、三级公司"
K5 = "区级一般预算收入、区级税收双双破百亿,增长分别为14.3%、20.8%"
AS7 = "2021年"
G["va07"] = dict(
 article=art("天津港保税区完成“百千万”亿发展目标", "本报讯（记者岳珊），载于中国金融网 action.zgjrw.com 快讯", "2022-02-09", "day",
  "Newspaper report relayed by a finance news site, Tianjin: a bonded area's 2021 review at its annual work conference — budget and tax revenue, GDP and trade-sales milestones, key projects introduced, named manufacturing projects signed, central SOE subsidiaries, new industries, foreign trade growth, its bonded zone's A rating",
  "http://action.zgjrw.com/action/2022/0209/10665.html",
  "日期取网址 2022/0209（正文“日前举行的…2022年工作会议”）。标题照录；“首页 快讯 > 正文”、标签行、“精彩推送”已删。正文四段，完整。原报名未标（“本报讯”）。园区：天津港保税区（保税区，天津；文中又作“保税区”）。“海洋装备市级产业主题园区”获批，列为可选园区（名称泛，未说地点之外的信息）。“2020年度综合保税区发展绩效评估为A类”中的综保区未具名，不列。项目：联想智慧创新服务产业园、霍尼韦尔过程控制运营研发中心（签约落地→签约，无金额）。公司：中电建集团、国家电投集团（其二、三级公司引入保税区）。事实：2021年引进重点项目1367个、世界500强项目39个、实体项目327个、重点制造业项目40个、央企13家；区级一般预算收入、区级税收增长14.3%、20.8%，贸易业销售额增长37.6%；“破百亿”“破千亿”“迈上万亿元台阶”为门槛值，记作可选 *_milestone 事实（无数字金额）；外贸进出口增长39.3%；其余可选。",
  "va07"),
 parks=[
  park(TJ, "天津", "天津", "保税区", K1, note="文中多作“保税区”"),
  park("海洋装备市级产业主题园区", "天津", "天津", "产业园", "海洋装备市级产业主题园区、京津冀燃料电池汽车示范城市群获批", parent=TJ, opt=True, note="获批的市级主题园区；隶属由语境推断"),
 ],
 companies=[
  comp("中电建集团", TJ, K4, kind="soe", note="其二、三级公司落地保税区"),
  comp("国家电投集团", TJ, K4, kind="soe", note="其二、三级公司落地保税区"),
 ],
 institutions=[],
 projects=[
  proj("联想智慧创新服务产业园", TJ, K3, status="签约", status_text="签约落地", note="40个重点制造业项目之一；无金额"),
  proj("霍尼韦尔过程控制运营研发中心", TJ, K3, status="签约", status_text="签约落地", note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(TJ, "park", "key_projects_introduced", 1367, "count", K2, AS7, kind="reported"),
  fact(TJ, "park", "fortune500_projects", 39, "count", K2, AS7, kind="reported"),
  fact(TJ, "park", "industrial_projects_introduced", 327, "count", K2, AS7, kind="reported", note="实体项目"),
  fact(TJ, "park", "key_manufacturing_projects_signed", 40, "count", K3, AS7, kind="reported"),
  fact(TJ, "park", "central_soe_subsidiaries_introduced", 13, "count", K4, AS7, kind="reported"),
  fact(TJ, "park", "budget_revenue_milestone", 1e10, "cny", K5, AS7, kind="reported", qual="超", qtext="破", opt=True, note="区级一般预算收入破百亿：门槛值，无数字金额，metric 不以 _cny 结尾，可选"),
  fact(TJ, "park", "budget_revenue_yoy_growth", 0.143, "ratio", K5, AS7, kind="ratio"),
  fact(TJ, "park", "tax_revenue_milestone", 1e10, "cny", K5, AS7, kind="reported", qual="超", qtext="破", opt=True, note="区级税收破百亿：门槛值，可选"),
  fact(TJ, "park", "tax_revenue_yoy_growth", 0.208, "ratio", K5, AS7, kind="ratio"),
  fact(TJ, "park", "gdp_milestone", 1e11, "cny", "GDP破千亿", AS7, kind="reported", qual="超", qtext="破", opt=True, note="门槛值，可选"),
  fact(TJ, "park", "trade_sales_milestone", 1e12, "cny", "贸易业销售额迈上万亿元台阶,增长37.6%", AS7, kind="reported", qual="超", qtext="迈上…台阶", opt=True, note="门槛值，可选"),
  fact(TJ, "park", "trade_sales_yoy_growth", 0.376, "ratio", "贸易业销售额迈上万亿元台阶,增长37.6%", AS7, kind="ratio"),
  fact(TJ, "park", "foreign_trade_yoy_growth", 0.393, "ratio", "外贸进出口增幅达39.3%", AS7, kind="ratio"),
  fact(TJ, "park", "high_tech_services_revenue_yoy_growth", 0.411, "ratio", "高技术服务业和现代新兴服务业收入增长41.1%", AS7, kind="ratio", opt=True),
  fact(TJ, "park", "green_manufacturing_firms", 5, "count", "5家企业获评国家级绿色制造项目", AS7, kind="reported", opt=True),
  fact(TJ, "park", "cross_border_ecommerce_orders_yoy_growth", 0.13, "ratio", "跨境电商总单量增长13%", AS7, kind="ratio", opt=True),
 ],
)

# ---------------------------------------------------------------- va08 城陵矶综保区:朝着更高层次的开放全速前进 (红网 2023)
CL8 = "城陵矶综保区"
GS = "岳阳观盛投资发展有限公司"
L1 = "2022年,城陵矶综保区完成进出口贸易额537.8亿元,让其在全国综保区发展绩效评估排名中,赶超到中西部地区和东北三省第11位"
L2 = "其秘密武器之一便是区属国有企业岳阳观盛投资发展有限公司"
L3 = "与美兰集团合作,在科特迪瓦投资建成2家天然橡胶加工厂,其中橡胶二厂设计年产能达20万吨"
G["va08"] = dict(
 article=art("城陵矶综保区:朝着更高层次的开放全速前进", "红网（魏麒安），载于华声在线岳阳频道 yy.voc.com.cn", "2023-05-25", "day",
  "Provincial news portal's city channel, Hunan: feature on a bonded zone's import trade — first African timber, 2022 trade value and performance ranking, the zone's state-owned trade-service company and its qualifications, rubber plants it built abroad with a partner",
  "https://yy.voc.com.cn/view.php?cid=473&mobile=no&tid=54553",
  "日期取页面“发布时间:2023-05-25 22:07:00 来源:红网 作者:魏麒安”。标题照录；频道导航、图片文件名与两条“▲”图片说明已删。存段末段在“3个棕榈油初级压榨”处中断，截至该段最后一个完整句“…为全球单体产能最大天然橡胶加工厂。”（make_txt.py）。正文五段。园区：城陵矶综保区（又作“城陵矶综合保税区”；岳阳，湖南）。公司：岳阳观盛投资发展有限公司（“区属国有企业”，又作“观盛公司”，园区城陵矶综保区）；美兰集团为合作方（可选，无园区）。科特迪瓦两家橡胶加工厂在境外，列为可选项目（无园区，已建成）。事实：2022年进出口贸易额537.8亿元；绩效评估中西部和东北第11位（可选）；首批非洲木材40立方米、4万美元（可选）。",
  "va08"),
 parks=[
  park(CL8, "岳阳", "湖南", "综合保税区", L1, aliases=["城陵矶综合保税区"], note="运营六年多；湖南首个进入地区A类的综保区"),
 ],
 companies=[
  comp(GS, CL8, L2, kind="soe", aliases=["观盛公司"], note="区属国有企业，开放创新型外贸服务企业"),
  comp("美兰集团", None, L3, opt=True, note="合作方，园区未述"),
 ],
 institutions=[],
 projects=[
  proj("科特迪瓦天然橡胶加工厂", None, L3, companies=[GS, "美兰集团"], status="投产", status_text="投资建成", opt=True, note="境外项目，不在园区；2家，橡胶二厂设计年产能20万吨"),
 ],
 funds=[],
 aggregate_facts=[
  fact(CL8, "park", "trade_value_cny", 5.378e10, "cny", L1, "2022年", kind="reported", chk=True),
  fact(CL8, "park", "performance_rank_regional", 11, "rank", L1, "2022年度评估", kind="reported", opt=True, note="中西部地区和东北三省第11位"),
  fact(CL8, "park", "import_shipment_value_usd", 40000, "usd", "该批木材共40立方米、价值40000美元", "2023-05-18", kind="reported", opt=True, note="首批进口非洲木材"),
 ],
)
