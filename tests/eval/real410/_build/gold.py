# real410 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park is the one the text places the
# project in. Status from the text's words (开工 / 开工建设 / 开工活动 → 开工; 开建 and still being built → 在建; 正式运营 → 投产;
# 签约 → 签约; 即将投入使用 / 招引 alone → no status). Planned / expected figures (建成后, 预计, 规划) are kind target; year-to-date
# or to-date figures (今年以来, 今年1-5月, 前期已实现, 成立3年以来) are cumulative. Hand-made by reading each text; no program
# extracted anything. Sources are `search` (corpus pages) excerpts typed into _raw/pages/msNN.raw as returned.

# ---------------------------------------------------------------- ms01 罗定双东环保工业园 推介会 (news.imosi 2012)
SD = "罗定双东环保工业园"
LD = "云浮(罗定)循环经济产业基地"
A0 = "此次推介会共吸引1000多家客商前来洽谈考察,现场签约24个项目,总投资136.46亿元,签约项目数和投资总额均为该市近年之最"
A1 = "其中园区污水处理厂、招商中心大楼、宏佳铝业有限公司、天创电镀工业生产基地等项目即将投入使用"
A2 = "目前,基地已开发土地面积6000多亩,共有规模以上企业35家,实现产值48.61亿元"
A3 = "推介会上,共有包括电镀、房地产、物流、发电等多个领域的项目现场签约,投资过亿元的项目19个,投资最大的项目总投资达38亿元"
A4 = "中国工商银行股份有限公司罗定支行等7家银行还对园区及入园项目进行授信,授信总额达208亿元"
ASA = "2012年6月29日–7月1日（招商推介会）"
G["ms01"] = dict(
 article=art("（无标题）罗定市双东环保工业园全国招商推介会 现场签约24个项目", "news.imosi.com（原发媒体与署名存段未示）", "2012-07-02", "day",
  "News site relaying a local item, Guangdong: an environmental industrial park's national investment-promotion fair — projects signed and their total, the park's planned area and facilities about to open, the city's circular-economy base recognised as a provincial base with its area, firms and output, bank credit lines",
  "http://news.imosi.com/news/20120702/46106.shtml",
  "日期取网址 20120702（文中“昨日”推介会落幕，为期3天）。存段无标题、无日期行（title 为编者概括）；末行“相关资讯 [ 关键词: 物流项目 ]”已删；正文四段，完整。园区：罗定双东环保工业园（文中又作“双东环保工业园”；云浮市罗定市，广东；“环保工业园”）；云浮(罗定)循环经济产业基地（又作“罗定循环经济产业基地”；第二批省市共建循环经济产业基地，覆盖10个镇街，双东为其一——两园关系文中未明说，不设 parent）。推介会在双东环保工业园名下举办，签约24个、136.46亿元、过亿项目19个、最大38亿元、银行授信208亿元记为该园事实（签约项目未点名）。“即将投入使用”的园区污水处理厂、招商中心大楼、宏佳铝业有限公司、天创电镀工业生产基地列为项目（无 status；前两项与宏佳为可选）。基地的已开发面积、规上企业35家、产值48.61亿元为 reported（2012年）。",
  "ms01"),
 parks=[
  park(SD, "云浮", "广东", "环保工业园", "罗定双东环保工业园是全省首批通过整体环评的环保工业园", district="罗定市", aliases=["双东环保工业园"],
       note="文中又作“园区”；一期5200亩、二期10000亩、三期30000亩规划"),
  park(LD, "云浮", "广东", "循环经济产业基地", "今年6月初,云浮(罗定)循环经济产业基地被认定为第二批省市共建循环经济产业基地", district="罗定市",
       aliases=["罗定循环经济产业基地"], note="省市共建循环经济产业基地；布局涵盖10个镇(街)，含双东"),
 ],
 companies=[
  comp("宏佳铝业有限公司", SD, A1, opt=True, note="列在“即将投入使用”的园区项目中"),
  comp("中国工商银行股份有限公司罗定支行", None, A4, kind="bank", opt=True, note="授信银行之一"),
 ],
 projects=[
  proj("天创电镀工业生产基地", SD, A1, status=None, status_text="即将投入使用"),
  proj("宏佳铝业有限公司", SD, A1, companies=["宏佳铝业有限公司"], status=None, status_text="即将投入使用", opt=True, note="项目名即企业名"),
  proj("园区污水处理厂", SD, A1, status=None, status_text="即将投入使用", opt=True, note="园区配套设施"),
  proj("招商中心大楼", SD, A1, status=None, status_text="即将投入使用", opt=True, note="园区配套设施"),
 ],
 aggregate_facts=[
  fact(SD, "park", "projects_signed", 24, "count", A0, ASA),
  fact(SD, "park", "signed_investment_cny", 1.3646e10, "cny", A0, ASA, chk=True),
  fact(SD, "park", "projects_signed_over_100m", 19, "count", A3, ASA, opt=True, note="投资过亿元的签约项目"),
  fact(SD, "park", "largest_signed_project_investment_cny", 3.8e9, "cny", "投资最大的项目总投资达38亿元", ASA, opt=True, chk=True),
  fact(SD, "park", "bank_credit_line_cny", 2.08e10, "cny", "授信总额达208亿元", ASA, opt=True, chk=True, note="7家银行对园区及入园项目授信"),
  fact(SD, "park", "planned_area_mu", 5200, "mu", "园区一期规划面积5200亩,二期规划面积10000亩,三期规划面积30000亩", "一期规划", kind="target", opt=True),
  fact(LD, "park", "planned_area_mu", 49500, "mu", "基地规划用地面积49500亩", "规划", kind="target", opt=True),
  fact(LD, "park", "developed_area_mu", 6000, "mu", A2, "2012年7月", qual="余", qtext="多", opt=True),
  fact(LD, "park", "large_firms", 35, "count", A2, "2012年7月", note="规模以上企业"),
  fact(LD, "park", "output_cny", 4.861e9, "cny", "共有规模以上企业35家,实现产值48.61亿元", "2012年7月", chk=True, note="期间未说明"),
 ])

# ---------------------------------------------------------------- ms02 重庆再生资源产业园 (重庆日报 via hbhcj 2014)
CQ = "重庆再生资源产业园"
SQ = "双桥经开区"
YT = "邮亭工业园"
B0 = "6月24日,记者从双桥经开区邮亭工业园获悉,这条将废钢铁变成特殊钢的循环经济产业链,共涉及5家企业,而这一“变废为宝”过程全部在该区的重庆再生资源产业园里“一站式”完成"
B1 = "重庆再生资源产业园去年3月开建,总投资30亿元,占地7500亩,一期工程预计建设3-5年"
B2 = "项目建成后,年处理各类废旧商品可达110余万吨,带动周边产业产值达500亿元,可解决1万余人就业"
B3 = "今年1-5月,园区实现特殊钢产量17万吨,产值54805万元,上缴税金2768万元"
ASB = "2014年1–5月"
G["ms02"] = dict(
 article=art("重庆再生资源产业园建3条循环经济产业链", "重庆日报，载于 hbhcj.cn（存段无署名）", "2014-06-25", "day",
  "Industry site relaying a city daily, Chongqing: a recycling park inside an economic zone — circular-economy chains formed, the park's start, investment, area and planned processing capacity, a plant's design capacity, the park's Jan–May special-steel output, output value and taxes",
  "http://hbhcj.cn/news/2014/0625/41342.html",
  "日期取网址 2014/0625（文中“6月24日”采访）。标题照录；“会员投稿 搜索:”、位置栏与“来源: 重庆日报 …豆瓣网”行已删。存段末段“值得一提的是,依托渝新欧国际铁路联运大通道,该再”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…发展再生铝和再生铜产业链。”，共五段。园区：双桥经开区（重庆双桥经济技术开发区，文中只作“双桥经开区”“该区”）；邮亭工业园（又作“邮亭工业园区”，在双桥经开区）；重庆再生资源产业园（在“该区”即双桥经开区；与邮亭工业园的关系文中未明说，parent 记双桥经开区）。项目：重庆再生资源产业园——“去年3月开建”（2013年3月）、“一期工程预计建设3-5年”→在建；总投资30亿元。“今年1-5月,园区实现…”出自邮亭工业园区常务副主任之口，“园区”可指再生资源产业园或邮亭工业园；按上下文（讲这条循环经济链）归重庆再生资源产业园，note 注明。产业链涉及的5家企业未点名。",
  "ms02"),
 parks=[
  park(SQ, "重庆", "重庆", "经济技术开发区", B0, note="文中又作“该区”；全称重庆双桥经济技术开发区，文中未写"),
  park(YT, "重庆", "重庆", "工业园", B0, parent=SQ, aliases=["邮亭工业园区"], opt=True),
  park(CQ, "重庆", "重庆", "再生资源产业园", B0, parent=SQ, note="文中又作“园区”“该产业园”“该再生资源产业园”"),
 ],
 companies=[],
 projects=[
  proj("重庆再生资源产业园", SQ, B1, inv="总投资30亿元", status="在建", status_text="去年3月开建", status_alt="开工",
       note="2013年3月开建；一期工程预计建设3-5年；占地7500亩"),
 ],
 aggregate_facts=[
  fact(CQ, "park", "circular_chains", 3, "count", "据介绍,像这样的完整循环经济产业链,该园区已初步形成3条", "2014年6月", opt=True),
  fact(CQ, "park", "area_mu", 7500, "mu", B1, "2014年6月", opt=True),
  fact(CQ, "park", "annual_processing_capacity_t", 1.1e6, "t", B2, "建成后", kind="target", qual="余", qtext="余"),
  fact(CQ, "park", "induced_output_cny", 5e10, "cny", "带动周边产业产值达500亿元", "建成后", kind="target", opt=True, chk=True),
  fact(CQ, "park", "jobs", 10000, "count", B2, "建成后", kind="target", qual="余", qtext="余", opt=True),
  fact(CQ, "park", "special_steel_output_t", 1.7e5, "t", B3, ASB, kind="cumulative", note="“园区”也可能指邮亭工业园"),
  fact(CQ, "park", "output_cny", 5.4805e8, "cny", "产值54805万元,上缴税金2768万元", ASB, kind="cumulative", chk=True, note="同上"),
  fact(CQ, "park", "tax_paid_cny", 2.768e7, "cny", "上缴税金2768万元", ASB, kind="cumulative", chk=True, note="同上"),
 ])

# ---------------------------------------------------------------- ms03 大冶有色再生资源循环利用产业园 (黄石日报 via 谷腾环保网 2015)
DY = "湖北大冶有色再生资源循环利用产业园"
C0 = "16日,湖北大冶有色再生资源循环利用产业园正式挂上国家“城市矿产”示范基地牌匾,标志着该公司循环经济领域迈入“国字号”行列"
C1 = "该公司再生资源循环利用产业园规划用地4000余亩,园区分为废杂铜冶炼、稀贵金属回收利用区和废弃物拆解、再生资源交易及再制造区"
C2 = "据悉,前期,产业园已实现固定资产投资8.5亿元"
C3 = "将在未来五年内建设13个循环经济发展项目,其中再生资源加工利用和废弃物资源化利用项目8个,资源回收体系建设项目2个,基础设施和公共服务平台项目3个,核定总投资7.9亿元"
C4 = "所有项目实施到位后,资源聚集总量为85万吨,最终将建成为华中地区最大的再生资源供应基地"
G["ms03"] = dict(
 article=art("湖北大冶有色将建华中最大再生资源供应基地", "黄石日报（左聪 王克礼），载于谷腾环保网 iwatertech.com", "2015-07-20", "day",
  "Environmental-industry portal relaying a city daily, Hubei: a state copper group's recycling park receives the national “urban mine” demonstration-base plaque — planned area and zones, fixed-asset investment so far, 13 planned projects by type with approved total, planned resource volume",
  "http://iwatertech.com/news/detail-10259514.html",
  "日期取页面“更新时间:2015-07-20 11:02 来源:黄石日报 作者: 左聪 王克礼”（文中“16日”即2015年7月16日挂牌）。标题照录；更新时间、来源、作者、阅读数行及转载声明、微信行已删。正文三段，完整。园区：湖北大冶有色再生资源循环利用产业园（文中又作“该公司再生资源循环利用产业园”“产业园”“园区”；国家“城市矿产”示范基地；黄石，湖北；所在区县文中未写）。公司：湖北大冶有色（标题与园名中；即园区的建设经营方，“该公司”）。13个循环经济发展项目未点名，按类别计数与核定总投资7.9亿元为 target 事实（未来五年）；前期固定资产投资8.5亿元为 cumulative。国家发改委、财政部列可选机构。",
  "ms03"),
 parks=[
  park(DY, "黄石", "湖北", "再生资源产业园", C0, aliases=["再生资源循环利用产业园"],
       note="国家“城市矿产”示范基地；文中又作“产业园”“园区”“示范基地”"),
 ],
 companies=[
  comp("湖北大冶有色", DY, "湖北大冶有色将建华中最大再生资源供应基地", note="园区建设经营方（“该公司”）"),
 ],
 institutions=[
  inst("国家发改委", "按照国家发改委、财政部专家对公司再生资源循环利用产业园实施方案的要求", note="批复实施方案"),
  inst("财政部", "按照国家发改委、财政部专家对公司再生资源循环利用产业园实施方案的要求", note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(DY, "park", "planned_area_mu", 4000, "mu", C1, "规划", kind="target", qual="余", qtext="余"),
  fact(DY, "park", "fixed_asset_investment_cny", 8.5e8, "cny", C2, "2015年7月（前期累计）", kind="cumulative", chk=True),
  fact(DY, "park", "planned_projects", 13, "count", C3, "2015–2020年（未来五年）", kind="target"),
  fact(DY, "park", "planned_projects_investment_cny", 7.9e8, "cny", "基础设施和公共服务平台项目3个,核定总投资7.9亿元", "2015–2020年（未来五年）", kind="target", chk=True,
       note="13个项目的核定总投资"),
  fact(DY, "park", "planned_recycling_projects", 8, "count", C3, "2015–2020年（未来五年）", kind="target", opt=True),
  fact(DY, "park", "planned_collection_system_projects", 2, "count", C3, "2015–2020年（未来五年）", kind="target", opt=True),
  fact(DY, "park", "planned_infrastructure_projects", 3, "count", C3, "2015–2020年（未来五年）", kind="target", opt=True),
  fact(DY, "park", "resource_volume_t", 8.5e5, "t", C4, "所有项目实施到位后", kind="target"),
 ])

# ---------------------------------------------------------------- ms04 盐城环保科技城 (盐阜大众报 via ycepstc 2015)
YC = "盐城环保科技城"
D0 = "3月6日,从盐城环保科技城传出喜讯:经国家工信部评审,盐城环保科技城成功申报国家级新型工业化产业示范基地,成为苏北唯一一家入选的基地"
D1 = "近一年来,围绕重点园区发展目标,盐城环保科技城招引相关领军企业7个,包括绿色城市集团工业固体废弃物无害化处置和资源化应用设备制造及示范生产线项目、中科清洁能源项目等"
D2 = "新开工亿元以上项目16个,其中10亿元以上项目6个,新竣工项目12个"
D3 = "今年1—2月份,新开工亿元以上项目3个,竣工亿元以上项目3个"
AS4 = "2014年3月–2015年2月（近一年）"
G["ms04"] = dict(
 article=art("盐城环科城入选国家级新型工业化产业示范基地", "盐阜大众报，载于 ycepstc.com（“新闻中心”栏）", "2015-03-13", "day",
  "Park website relaying a city daily, Jiangsu: an environmental-technology city named a national new-industrialisation demonstration base — leading firms attracted with two named projects, projects started and completed in the past year, infrastructure investment, platforms built, Jan–Feb projects",
  "http://www.ycepstc.com/index.php?c=show&id=797",
  "日期取页面“2015-03-13 文章来源:盐阜大众报”（文中“3月6日”传出消息）。标题照录；栏目字“新闻中心”与日期来源行已删。正文两段，完整；“新获 “环保设备检测检验中心国家级实验室”4块牌子”中的空格原文如此，照录。园区：盐城环保科技城（标题作“盐城环科城”；盐城，江苏；着力发展节能环保等产业）。项目：绿色城市集团工业固体废弃物无害化处置和资源化应用设备制造及示范生产线项目、中科清洁能源项目——“招引”，无状态词，status null。“近一年来”各数（领军企业7个、新开工亿元以上项目16个、10亿元以上6个、新竣工12个、基础设施投入9亿元）为 cumulative；“今年1—2月份”两数同。中科院过程所、长虹国家级企业技术中心为研发平台（可选）；国家工信部为可选机构。",
  "ms04"),
 parks=[
  park(YC, "盐城", "江苏", "环保产业园", D0, aliases=["盐城环科城"], note="国家级新型工业化产业示范基地；标题作“盐城环科城”"),
 ],
 companies=[
  comp("绿色城市集团", YC, D1, opt=True, note="只在项目名中"),
  comp("长虹", YC, "新建中科院过程所、长虹国家级企业技术中心创新研发平台2个", opt=True, note="只在研发平台名中"),
 ],
 institutions=[
  inst("国家工信部", D0, note="评审"),
  inst("中科院过程所", "新建中科院过程所、长虹国家级企业技术中心创新研发平台2个", kind="research", park=YC, note="园区新建研发平台"),
 ],
 projects=[
  proj("绿色城市集团工业固体废弃物无害化处置和资源化应用设备制造及示范生产线项目", YC, D1, companies=["绿色城市集团"], status=None, status_text="招引"),
  proj("中科清洁能源项目", YC, D1, status=None, status_text="招引"),
 ],
 aggregate_facts=[
  fact(YC, "park", "leading_firms_attracted", 7, "count", D1, AS4, kind="cumulative"),
  fact(YC, "park", "projects_started", 16, "count", D2, AS4, kind="cumulative", note="亿元以上项目"),
  fact(YC, "park", "projects_started_over_1bn", 6, "count", D2, AS4, kind="cumulative", opt=True),
  fact(YC, "park", "projects_completed", 12, "count", D2, AS4, kind="cumulative"),
  fact(YC, "park", "infrastructure_investment_cny", 9e8, "cny", "园区基础设施投入达9亿元", AS4, kind="cumulative", chk=True),
  fact(YC, "park", "projects_started", 3, "count", D3, "2015年1–2月", kind="cumulative", note="亿元以上项目"),
  fact(YC, "park", "projects_completed", 3, "count", D3, "2015年1–2月", kind="cumulative", note="亿元以上项目"),
 ])

# ---------------------------------------------------------------- ms05 崇阳静脉产业园 (咸宁日报 via 北极星 2021)
CY = "崇阳静脉产业园"
E0 = "8月27日,由中国节能环保集团有限公司建设的崇阳静脉产业园项目正式运营,当天上午,第一车垃圾进入产业园进行处理"
E1 = "咸宁静脉产业园项目位于崇阳县桂花泉镇,由崇阳县独立组织实施并按PPP模式建设"
E2 = "项目占地面积156亩,服务范围涵盖崇阳、通山、通城共3个县,服务人口约140万"
E3 = "“我们日处理垃圾量800吨,垃圾进场后先进行风干发酵,达到起炉量以后,且设备调试完成,进入正式发电阶段。”中节能(咸宁崇阳)环保能源有限公司生产准备兼安环质量部负责人胡强介绍"
G["ms05"] = dict(
 article=art("第一车垃圾进场!崇阳静脉产业园项目正式运营", "咸宁日报，载于北极星环保网 mhuanbao.bjx.com.cn（存段无署名）", "2021-08-30", "day",
  "Trade portal relaying a city daily, Hubei: a county's eco-industrial (“venous”) park built by a central state firm starts operating — location, PPP model, area, service area and population, waste-to-energy / kitchen waste / sludge / slag contents, daily processing capacity",
  "https://mhuanbao.bjx.com.cn/mnews/20210830/1173547.shtml",
  "日期取页面“2021-08-30 13:59 来源: 咸宁日报”（文中“8月27日”正式运营）。标题照录；存段开头重复的导语行、栏目路径、日期来源行与北极星声明已删；正文五段，完整。园区：崇阳静脉产业园（文中又作“咸宁静脉产业园”“咸宁市(崇阳)静脉产业园”“静脉产业园”“产业园”；咸宁市崇阳县桂花泉镇，湖北）。项目：崇阳静脉产业园项目（又作“咸宁静脉产业园项目”）——“正式运营”、第一车垃圾进场→投产（设备调试后进入正式发电阶段）；建设方中国节能环保集团有限公司；无金额。公司：中国节能环保集团有限公司（又作“中国节能”；建设方，园区外总部，park null）；中节能(咸宁崇阳)环保能源有限公司（园内运营，负责人介绍日处理量）；中节能咸宁环保能源有限公司（副总经理发言，可选，park null）。事实：占地156亩、服务3个县、服务人口约140万、日处理垃圾800吨。",
  "ms05"),
 parks=[
  park(CY, "咸宁", "湖北", "静脉产业园", E0, district="崇阳县", aliases=["咸宁静脉产业园", "咸宁市(崇阳)静脉产业园"],
       note="位于崇阳县桂花泉镇；服务崇阳、通山、通城三县"),
 ],
 companies=[
  comp("中国节能环保集团有限公司", None, E0, aliases=["中国节能"], note="建设方"),
  comp("中节能(咸宁崇阳)环保能源有限公司", CY, E3, note="园内运营公司"),
  comp("中节能咸宁环保能源有限公司", None, "中节能咸宁环保能源有限公司副总经理陈洪海说", opt=True, note="副总经理发言；与项目关系文中未明说"),
 ],
 projects=[
  proj("崇阳静脉产业园项目", CY, E0, companies=["中国节能环保集团有限公司"], status="投产", status_text="正式运营", aliases=["咸宁静脉产业园项目"],
       note="2021年8月27日第一车垃圾进场；PPP模式；生活垃圾焚烧发电、餐厨垃圾处理、市政污泥处理、炉渣综合利用"),
 ],
 aggregate_facts=[
  fact(CY, "park", "area_mu", 156, "mu", E2, "2021年8月"),
  fact(CY, "park", "daily_processing_capacity_t", 800, "t", E3, "2021年8月"),
  fact(CY, "park", "counties_served", 3, "count", E2, "2021年8月", opt=True),
  fact(CY, "park", "population_served", 1.4e6, "persons", E2, "2021年8月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ms06 中国环境谷 / 蜀山经开区 (合肥日报 via mapuni 2021)
SS = "合肥蜀山经济技术开发区"
HJ = "中国环境谷"
F0 = "9月13日上午,“中国环境谷”节能环保产业“双招双引”重点项目签约活动在合肥蜀山经济技术开发区举行"
F1 = "中科宇图环保大数据研发运营中心、引江济淮生态环保总部、禾美环保设备研发生产及实验检测总部、美自然集团总部及污泥处置研发运营中心四个重点项目,将进一步延长节能环保产业链条,助推蜀山经开区环境科技产业纵深发展"
F2 = "“中国环境谷”作为打造一流营商环境的“金字招牌”,成立3年以来,已集聚环境类重点企业近150家,拥有27个国家和省级环境领域科研平台"
F3 = "预计,今年底可实现入驻企业200家,营收突破200亿元"
F4 = "今年以来,实现新签约项目近100个,其中节能环保类30余个"
F5 = "在全省“双招双引”政策引领下,蜀山经开区重点围绕中国环境谷、中国声谷-蜀山园区、临湖总部基地、跨境电商总部基地、开发区西区等重点平台"
G["ms06"] = dict(
 article=art("四个重点项目落户!“中国环境谷”营收将突破200亿!", "合肥日报（“信息来源:合肥日报”），载于 mapuni.com（中科宇图网站新闻栏）", "2021-09-15", "day",
  "Company website relaying a city daily, Anhui: an energy-saving and environmental-protection cluster (“中国环境谷”) in a district economic zone — four named projects signed, the cluster's firms and research platforms, its year-end targets, the zone's platforms and year-to-date signings",
  "https://mapuni.com/News/desc/163/487750.html",
  "日期取页面“2021-09-15”（文中“9月13日上午”签约）。标题照录；日期行与“信息来源:合肥日报”已删；正文四段，完整。园区：合肥蜀山经济技术开发区（又作“蜀山经开区”“开发区”；合肥市蜀山区，安徽）；中国环境谷（节能环保产业平台，蜀山经开区重点平台之一，parent 蜀山经开区）；中国声谷-蜀山园区、临湖总部基地、跨境电商总部基地、开发区西区为同列平台（可选）。项目：四个重点项目（签约活动，“落户蜀山经开区”）→签约，无金额。中科宇图、禾美、美自然集团只在项目名中，美自然集团列可选公司。事实：中国环境谷“成立3年以来”重点企业近150家（约）、科研平台27个（cumulative）；“预计,今年底”入驻企业200家、营收突破200亿元（target，突破→超）；蜀山经开区“今年以来”新签约近100个（约）、节能环保类30余个（余）。省生态环境厅、中科院合肥物质科学研究院列可选机构。",
  "ms06"),
 parks=[
  park(SS, "合肥", "安徽", "经济技术开发区", F0, district="蜀山区", aliases=["蜀山经开区"], note="文中又作“开发区”"),
  park(HJ, "合肥", "安徽", "节能环保产业园", F0, district="蜀山区", parent=SS, note="蜀山经开区重点平台；成立3年"),
  park("中国声谷-蜀山园区", "合肥", "安徽", "产业园", F5, district="蜀山区", parent=SS, opt=True),
  park("临湖总部基地", "合肥", "安徽", "总部基地", F5, district="蜀山区", parent=SS, opt=True),
  park("跨境电商总部基地", "合肥", "安徽", "总部基地", F5, district="蜀山区", parent=SS, opt=True),
  park("开发区西区", "合肥", "安徽", "园区", F5, district="蜀山区", parent=SS, opt=True),
 ],
 companies=[
  comp("美自然集团", SS, F1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("省生态环境厅", "此次集中签约既是省生态环境厅节能环保产业“双招双引”专场推介会的成果体现"),
  inst("中科院合肥物质科学研究院", "又是合肥市、中科院合肥物质科学研究院全力支持科技创新成果转化", kind="research"),
 ],
 projects=[
  proj("中科宇图环保大数据研发运营中心", SS, F1, status="签约", status_text="重点项目签约活动", note="落户蜀山经开区；中国环境谷节能环保产业项目"),
  proj("引江济淮生态环保总部", SS, F1, status="签约", status_text="重点项目签约活动", note="同上"),
  proj("禾美环保设备研发生产及实验检测总部", SS, F1, status="签约", status_text="重点项目签约活动", note="同上"),
  proj("美自然集团总部及污泥处置研发运营中心", SS, F1, companies=["美自然集团"], status="签约", status_text="重点项目签约活动", note="同上"),
 ],
 aggregate_facts=[
  fact(SS, "park", "projects_signed", 4, "count", "引江济淮生态环保总部等四个重点项目落户蜀山经开区", "2021年9月13日（签约活动）"),
  fact(HJ, "park", "key_firms", 150, "count", F2, "2021年9月（成立3年以来）", kind="cumulative", qual="约", qtext="近"),
  fact(HJ, "park", "research_platforms", 27, "count", F2, "2021年9月", kind="cumulative", opt=True),
  fact(HJ, "park", "firms", 200, "count", F3, "2021年末（预计）", kind="target"),
  fact(HJ, "park", "revenue_cny", 2e10, "cny", "营收突破200亿元", "2021年末（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(SS, "park", "projects_signed", 100, "count", F4, "2021年1月–9月", kind="cumulative", qual="约", qtext="近"),
  fact(SS, "park", "energy_env_projects_signed", 30, "count", F4, "2021年1月–9月", kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ms07 卫辉市循环经济产业园开工 (新乡日报 2024)
WH = "卫辉市循环经济产业园"
JJ = "卫辉市产业集聚区"
H0 = "新乡网讯(新乡日报全媒体记者 廖亮)7月13日,总投资30亿元的卫辉市循环经济产业园项目,在卫辉市产业集聚区开工建设"
H1 = "该产业园将分为两期进行建设,一期总投资15亿元,以建成完善的塑料循环产业体系为目标;二期总投资15亿元,通过化学循环的方式实现再生利用,解决行业难以循环的材料问题"
G["ms07"] = dict(
 article=art("卫辉市循环经济产业园开工", "新乡日报（全媒体记者 廖亮），载于新乡网 news.xxrb.com.cn", "2024-07-15", "day",
  "City daily on its news site, Henan: groundbreaking of a county-level city's circular-economy (plastic packaging recycling) park inside its industrial cluster zone — total investment, positioning, speeches, two phases with their investment",
  "https://news.xxrb.com.cn/html/2024/xinxiang_0715/383509.html",
  "日期取页面“2024-07-15 09:37:06 来源: 新乡日报”（文中“7月13日”开工）。标题照录（引题“打造塑料包装产业循环应用国家示范区”未并入标题，记于此）；日期来源行与重复的引题/标题行已删。存段在末段“形成大中小企业协同”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…解决行业难以循环的材料问题。”，共五段。园区：卫辉市产业集聚区（新乡市卫辉市，河南）；卫辉市循环经济产业园（建于产业集聚区内，parent 记卫辉市产业集聚区；文中又作“产业园”）。项目：卫辉市循环经济产业园项目——开工建设，总投资30亿元；一期、二期各15亿元（可选，无状态词）。项目方文中未写。中国循环经济协会列可选机构。",
  "ms07", title_note="引题：打造塑料包装产业循环应用国家示范区"),
 parks=[
  park(JJ, "新乡", "河南", "产业集聚区", H0, district="卫辉市"),
  park(WH, "新乡", "河南", "循环经济产业园", H0, district="卫辉市", parent=JJ, note="文中又作“产业园”；在卫辉市产业集聚区开工建设"),
 ],
 companies=[],
 institutions=[
  inst("中国循环经济协会", "中国循环经济协会常务副会长赵凯等出席开工仪式", kind="association"),
 ],
 projects=[
  proj("卫辉市循环经济产业园项目", JJ, H0, inv="总投资30亿元", status="开工", status_text="开工建设"),
  proj("卫辉市循环经济产业园一期", JJ, H1, inv="一期总投资15亿元", phase="一期", status=None, opt=True, note="以建成完善的塑料循环产业体系为目标"),
  proj("卫辉市循环经济产业园二期", JJ, H1, inv="二期总投资15亿元", phase="二期", status=None, opt=True, note="化学循环再生利用"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ms08 大连绿色循环经济产业园 (科技日报 via ny21 2024)
DL = "大连绿色循环经济产业园"
K0 = "10月30日,大连绿色循环经济产业园再生资源绿色分拣中心项目开工活动在辽宁省大连市普兰店区举行"
K1 = "该项目系大连绿色循环经济产业园首个启动项目,计划投资2.04亿元"
K2 = "据了解,大连绿色循环经济产业园规划占地面积约7平方公里,投资总额约200亿元,实行分期建设"
K3 = "项目建设方——大连三川建设集团有限公司董事长田斌介绍"
G["ms08"] = dict(
 article=art("大连绿色循环经济产业园建设再生资源绿色分拣中心", "科技日报（张蕴），载于 ny21.cn 节能环保栏", "2024-11-05", "day",
  "Energy portal relaying a national science daily, Liaoning: groundbreaking of the first project of a city's green circular-economy park — the project's investment and purpose, the park's planned area, total investment and focus, the builder's plan, a district official's remarks",
  "http://ny21.cn/show.asp?nid=94921",
  "日期取页面“来源:科技日报 作者:张蕴 时间:2024/11/5”（文中“10月30日”开工）。标题照录（页面标题行末“ |”为表格线，已删，make_txt.py HEAD_SUFFIX）；栏目路径、来源行、责任编辑与上一条/下一条已删；末段末“ |”表格线已删（LINE_SUFFIX）。正文五段，完整。园区：大连绿色循环经济产业园（大连市普兰店区，辽宁；文中又作“园区”）。项目：再生资源绿色分拣中心项目（全称“大连绿色循环经济产业园再生资源绿色分拣中心项目”）——开工活动→开工；计划投资2.04亿元；园区首个启动项目。公司：大连三川建设集团有限公司（“项目建设方”；园区的建设方，park 记该园）。事实：园区规划占地约7平方公里、投资总额约200亿元（规划，target）。",
  "ms08"),
 parks=[
  park(DL, "大连", "辽宁", "循环经济产业园", K0, district="普兰店区", note="文中又作“园区”；分期建设"),
 ],
 companies=[
  comp("大连三川建设集团有限公司", DL, K3, note="项目建设方"),
 ],
 projects=[
  proj("再生资源绿色分拣中心项目", DL, K1, companies=["大连三川建设集团有限公司"], inv="计划投资2.04亿元", status="开工", status_text="开工活动",
       aliases=["大连绿色循环经济产业园再生资源绿色分拣中心项目"], note="园区首个启动项目；开工见首段（" + K0 + "）"),
 ],
 aggregate_facts=[
  fact(DL, "park", "planned_area_km2", 7, "km2", K2, "规划", kind="target", qual="约", qtext="约"),
  fact(DL, "park", "planned_total_investment_cny", 2e10, "cny", "投资总额约200亿元,实行分期建设", "规划", kind="target", qual="约", qtext="约", chk=True),
 ])
