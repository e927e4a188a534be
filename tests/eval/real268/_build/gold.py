# real268 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py).
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); an amount the text writes without “元” (“24.61亿人民币”, “60.48亿”) is
# kept out of investment_cny / *_cny (check_gold reads only 亿元/万元) and given in alt_investment or in a fact whose metric
# does not end in _cny (value still in yuan). Growth rates and shares as ratios. Projects: the park the text places the project
# in, null if none. Status from the text's words (开工建设 → 开工; 已建成投入使用 / 已竣工验收 → 竣工; 正在建设阶段 / 正加快推进 /
# 施工现场 → 在建; 落户 alone → no status). Year-to-date and “目前 … 累计” figures are cumulative; “预计” figures are target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/rgNN.raw as returned.

# ---------------------------------------------------------------- rg01 茂名工业园区产业集聚效应凸显 (茂名新闻网 2016)
MMY = "茂名产业转移工业园"
MM5 = "茂名市5个省级园区"
A1 = "今年1-7月,我市5个省级园区完成固定资产投资56.27亿元,完成年度目标56.27%"
A2 = "实现规模以上工业增加值65.3亿元,同比增长14.9%"
A3 = "实现全口径税收4亿元,同比增长21.82%"
AS1 = "2016年1-7月"
G["rg01"] = dict(
 article=art("茂名工业园区产业集聚效应凸显", "茂名新闻网（“茂名网讯”），载于 gouhb.com", "2016-10-05", "day",
  "City news site relayed by a local portal, Guangdong (粤西): a city's industrial parks in autumn 2016 — construction in the city's transfer park, Jan–Jul fixed-asset investment, industrial value added and tax of the city's five provincial parks",
  "http://www.gouhb.com/news/mmnews/82185.html",
  "日期取页面“来源: 茂名新闻网 | 2016-10-05 13:09:57”。标题照录；来源日期行与页面摘要行（正文首段的截断复本，止于“园区建设项目”）已删。存段末段“今年来,为了满足产业园区的拓展需求…电白园安乐东路和配”在段中中断，整段删去；其前的小标题“产业园扩容步伐加快”随之删去（其后已无正文）。正文三段，截至“…同比增长21.82%。”。园区：茂名产业转移工业园（茂名市，广东）。“我市5个省级园区”未逐一点名：四项数字记在“茂名市5个省级园区”名下（subject_type region，合计数；1-7月累计 cumulative）；“完成年度目标56.27%”为比率（可选）。",
  "rg01"),
 parks=[
  park(MMY, "茂名", "广东", "产业转移工业园", "茂名网讯  近日,记者走进茂名产业转移工业园,看到平整的场地车辆往来穿梭", note="省级产业转移工业园；施工现场"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(MM5, "region", "fixed_asset_investment_cny", 5.627e9, "cny", A1, AS1, kind="cumulative", chk=True, note="5个省级园区合计"),
  fact(MM5, "region", "fixed_asset_investment_share_of_annual_target", 0.5627, "ratio", A1, AS1, kind="ratio", opt=True),
  fact(MM5, "region", "provincial_parks", 5, "count", A1, "2016年", opt=True),
  fact(MM5, "region", "industrial_value_added_above_scale_cny", 6.53e9, "cny", A2, AS1, kind="cumulative", chk=True),
  fact(MM5, "region", "industrial_value_added_yoy_growth", 0.149, "ratio", A2, AS1, kind="ratio"),
  fact(MM5, "region", "tax_revenue_cny", 4e8, "cny", A3, AS1, kind="cumulative", chk=True, note="全口径税收"),
  fact(MM5, "region", "tax_revenue_yoy_growth", 0.2182, "ratio", A3, AS1, kind="ratio"),
 ])

# ---------------------------------------------------------------- rg02 兴宁:大招商 大项目 (兴宁市人民政府网 2016)
SJ = "东莞石碣(兴宁)产业转移园"
B1 = "今年落户东莞石碣(兴宁)产业转移园的立讯精密项目建造的厂房,项目总投资6亿元"
B2 = "来自深圳的精维进电子、凯特电子等电子类项目也在今年纷纷落户兴宁"
B3 = "华润电力、广东鸿源、云山汽车、广东联康、九联富农等重点项目纷纷落户我市"
B4 = "如今在东莞石碣(兴宁)产业转移园,以立讯精密为代表的电子信息产业、以鸿源机电为代表的机电制造产业、以青岛九联为代表的食品产业正在逐渐壮大"
B5 = "2012年以来,我市共引进合同项目147个,计划投资总额达706亿元,其中重点招商引资项目有55个,已完成投资104亿元"
AS2 = "2012年至2015年末"
G["rg02"] = dict(
 article=art("兴宁:大招商 大项目 产业集聚重振雄风", "兴宁市人民政府网，载于 news.xna8.com（兴宁频道）", "2016-01-02", "day",
  "County-level city government site relayed by a local portal, Guangdong (梅州 兴宁): investment promotion and the county's transfer park — a listed electronics firm's 6亿元 plant in the park, firms following it, key projects landed, the park's leading firms, projects and investment since 2012",
  "http://news.xna8.com/xn/201601/49199.html",
  "日期取页面“2016-01-02 兴宁市人民政府网”（页面作“兴宁市人民政府网1802”，1802 疑为点击数）；文中“今年”指2015年。标题照录；日期来源行与“核心提示:…”摘要行（正文首段的截断复本）已删。存段末段“一个个项目不断落地,我”中断，整段删去；正文六段，截至“…已完成投资104亿元。”。园区：东莞石碣(兴宁)产业转移园（梅州兴宁市，广东）；“梅兴华丰产业集聚带”为市际产业带，列可选园区。项目：立讯精密项目（“今年落户…建造的厂房”，项目总投资6亿元；文中无开工/投产字样，status 空；厂房在建，status_alt 在建）。“华润电力、广东鸿源、云山汽车、广东联康、九联富农等重点项目纷纷落户我市”——以企业名称作项目名，落户兴宁，园区未说（null），可选。公司：立讯精密、鸿源机电、青岛九联（文中置于该产业转移园）；精维进电子、凯特电子“落户兴宁”（园区未说，可选）。事实：兴宁市2012年以来引进合同项目147个、计划投资706亿元、重点项目55个、已完成投资104亿元（cumulative）。",
  "rg02"),
 parks=[
  park(SJ, "梅州", "广东", "产业转移工业园", B1, district="兴宁市"),
  park("梅兴华丰产业集聚带", "梅州", "广东", "产业集聚带", "乘着全力打造“梅兴华丰产业集聚带”的东风", opt=True, note="跨县产业带，非单一园区"),
 ],
 companies=[
  comp("立讯精密", SJ, B1, note="项目总投资6亿元，生产连接器连接线"),
  comp("鸿源机电", SJ, B4),
  comp("青岛九联", SJ, B4),
  comp("精维进电子", None, B2, opt=True, note="落户兴宁，园区未说"),
  comp("凯特电子", None, B2, opt=True, note="落户兴宁，园区未说"),
  comp("华润电力", None, B3, opt=True, note="以企业名作项目名"),
  comp("广东鸿源", None, B3, opt=True, note="以企业名作项目名；或即鸿源机电"),
  comp("云山汽车", None, B3, opt=True),
  comp("广东联康", None, B3, opt=True),
  comp("九联富农", None, B3, opt=True, note="或即青岛九联"),
 ],
 projects=[
  proj("立讯精密项目", SJ, B1, companies=["立讯精密"], inv="项目总投资6亿元", status=None, status_alt="在建",
       note="2015年落户，厂房在建；生产连接器连接线"),
  proj("华润电力", None, B3, companies=["华润电力"], opt=True, note="重点项目落户兴宁；园区未说"),
  proj("广东鸿源", None, B3, companies=["广东鸿源"], opt=True, note="同上"),
  proj("云山汽车", None, B3, companies=["云山汽车"], opt=True, note="同上"),
  proj("广东联康", None, B3, companies=["广东联康"], opt=True, note="同上"),
  proj("九联富农", None, B3, companies=["九联富农"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("兴宁市", "region", "contracted_projects", 147, "count", B5, AS2, kind="cumulative"),
  fact("兴宁市", "region", "contracted_planned_investment_cny", 7.06e10, "cny", "计划投资总额达706亿元", AS2, kind="cumulative", chk=True),
  fact("兴宁市", "region", "key_investment_projects", 55, "count", B5, AS2, kind="cumulative", opt=True),
  fact("兴宁市", "region", "investment_completed_cny", 1.04e10, "cny", "已完成投资104亿元", AS2, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- rg03 挺起梅州发展脊梁 (forum copy 2017)
GM = "广州(梅州)产业转移工业园"
NW = "广州番禺(五华)产业转移工业园"
C1 = "记者日前在广州(梅州)产业转移工业园人工湿地项目建设现场看到,统一着装的建筑工人和挖掘机、翻斗车等工程机械正在忙碌作业"
C2 = "去年1至11月,全市产业园区(集聚地)累计完成征地拆迁7358.3亩,累计投入建设资金共25.12亿元"
C3 = "广梅产业园纵五路、横一路东段、横二路、纵四路等道路工程建设已竣工验收,二期基础设施BT项目已完成总工程量的95%"
C4 = "东莞石碣(兴宁)产业转移园污水处理厂已建成投入使用,广州番禺(五华)产业转移工业园的污水处理厂已动工建设,梅州综保区项目和现代创业孵化园项目正加快推进"
MZ = "梅州市产业园区(集聚地)"
G["rg03"] = dict(
 article=art("挺起梅州发展脊梁 全力扩能增效推进产业集聚", "bbs.mzsky.com 论坛帖（打印版；转载，原发媒体与署名未注明）", "2017-01-06", "day",
  "Forum repost of a city news feature, Guangdong (梅州): the city's 2016 park expansion — infrastructure in the Guangzhou–Meizhou transfer park, land acquired and money invested in all parks in Jan–Nov, roads completed, sewage plants built and started in two county transfer parks",
  "http://bbs.mzsky.com/forum.php?action=printable&mod=viewthread&tid=2104739",
  "日期取帖子“发表于 2017-1-6 16:34:43”（文中“去年”即2016年）；原发媒体未注明（体例为梅州本地报纸的“记者日前…”）。标题照录；论坛按钮、签到与楼层行已删。存段末段“基础设施的不断完善,为园区扩能增效打下了良好基础。去年1至1”中断，整段删去；正文四段（含小标题“建设配套设施 夯实园区基础”一段），截至“…正加快推进。”。园区：广州(梅州)产业转移工业园（别名“广梅产业园”，梅县区畲江，广东梅州）、东莞石碣(兴宁)产业转移园（兴宁市）、广州番禺(五华)产业转移工业园（五华县）；“梅州综保区”只在项目名中（可选园区）。项目：广州(梅州)产业转移工业园人工湿地项目（建设现场→在建）；广梅产业园道路工程（已竣工验收→竣工，可选）；二期基础设施BT项目（完成95%→在建）；两个污水处理厂（兴宁园已建成投入使用→竣工；五华园已动工建设→开工）；梅州综保区项目、现代创业孵化园项目（正加快推进→在建；园区未说）。事实：全市产业园区(集聚地)2016年1至11月征地拆迁7358.3亩、投入建设资金25.12亿元（cumulative）。",
  "rg03"),
 parks=[
  park(GM, "梅州", "广东", "产业转移工业园", C1, district="梅县区", aliases=["广梅产业园"]),
  park(SJ, "梅州", "广东", "产业转移工业园", C4, district="兴宁市"),
  park(NW, "梅州", "广东", "产业转移工业园", C4, district="五华县"),
  park("梅州综保区", "梅州", "广东", "综合保税区", C4, opt=True, note="只在“梅州综保区项目”中"),
 ],
 companies=[],
 projects=[
  proj("广州(梅州)产业转移工业园人工湿地项目", GM, C1, status="在建", status_text="建设现场…正在忙碌作业"),
  proj("广梅产业园纵五路、横一路东段、横二路、纵四路等道路工程", GM, C3, status="竣工", status_text="已竣工验收", opt=True, note="道路工程合称"),
  proj("二期基础设施BT项目", GM, C3, phase="二期", status="在建", status_text="已完成总工程量的95%"),
  proj("东莞石碣(兴宁)产业转移园污水处理厂", SJ, C4, status="竣工", status_text="已建成投入使用"),
  proj("广州番禺(五华)产业转移工业园的污水处理厂", NW, C4, status="开工", status_text="已动工建设"),
  proj("梅州综保区项目", None, C4, status="在建", status_text="正加快推进", note="园区未说（项目本身即综保区）"),
  proj("现代创业孵化园项目", None, C4, status="在建", status_text="正加快推进"),
 ],
 aggregate_facts=[
  fact(MZ, "region", "land_acquired_mu", 7358.3, "mu", C2, "2016年1-11月", kind="cumulative"),
  fact(MZ, "region", "construction_investment_cny", 2.512e9, "cny", "累计投入建设资金共25.12亿元", "2016年1-11月", kind="cumulative", chk=True),
  fact("二期基础设施BT项目", "project", "completion_share", 0.95, "ratio", C3, "2016年末", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rg04 化州产业转移工业园获省批准设立 (茂名新闻网 2015)
HZ = "化州产业转移工业园"
JJ = "广东化州鉴江经济开发区"
D0 = "化州市依托广东化州鉴江经济开发区建设的化州产业转移工业园正式纳入省产业转移工业园管理"
D1 = "园区总体规划6017.25亩,首期已开发建设用地901.8亩,已落户企业18家,完成总投资8.16亿元,预计今年年产值达10.5亿元,拟入园企业8家,投资意向规模4.5亿元"
G["rg04"] = dict(
 article=art("化州产业转移工业园获省批准设立", "茂名新闻网，载于 mmsk.com（财经栏）", "2015-09-12", "day",
  "City news site relayed by a local portal, Guangdong (茂名 化州): a county-level city's transfer park admitted to provincial management — the host development zone, planned and developed land, firms settled, investment completed, expected output, firms to enter",
  "http://www.mmsk.com/html/3/18/18815/1.htm",
  "日期取页面“2015-09-12 08:15:18  来源:茂名新闻网”。标题照录；网站菜单、推荐摘要与日期来源行已删。存段末段“据了解,化州市委…制定产业转移工业”中断，整段删去；正文两段，截至“…积极深远的影响。”。园区：化州产业转移工业园（茂名化州市，广东），建在广东化州鉴江经济开发区内（parent_park）。事实：规划6017.25亩、首期已开发901.8亩（可选），已落户企业18家、完成总投资8.16亿元（cumulative），预计今年年产值10.5亿元（target），拟入园企业8家、投资意向4.5亿元（target）。化州市科工商务局列可选机构。",
  "rg04"),
 parks=[
  park(HZ, "茂名", "广东", "产业转移工业园", D0, district="化州市", parent=JJ),
  park(JJ, "茂名", "广东", "经济开发区", D0, district="化州市", note="国家审核公告目录内的开发区"),
 ],
 companies=[],
 institutions=[
  inst("化州市科工商务局", "近日,记者从化州市科工商务局了解到"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "planned_area_mu", 6017.25, "mu", D1, "2015年9月", opt=True),
  fact(HZ, "park", "developed_area_mu", 901.8, "mu", D1, "2015年9月", kind="cumulative", opt=True),
  fact(HZ, "park", "firms_settled", 18, "count", D1, "2015年9月", kind="cumulative"),
  fact(HZ, "park", "investment_completed_cny", 8.16e8, "cny", "完成总投资8.16亿元", "2015年9月", kind="cumulative", chk=True),
  fact(HZ, "park", "expected_annual_output_cny", 1.05e9, "cny", "预计今年年产值达10.5亿元", "2015年全年（预计）", kind="target", chk=True),
  fact(HZ, "park", "firms_to_enter", 8, "count", "拟入园企业8家,投资意向规模4.5亿元", "2015年9月（拟）", kind="target"),
  fact(HZ, "park", "intended_investment_cny", 4.5e8, "cny", "投资意向规模4.5亿元", "2015年9月（拟）", kind="target", chk=True),
  fact(HZ, "park", "functional_zones", 4, "count", "该工业园划分4个功能区", "2015年9月", opt=True),
 ])

# ---------------------------------------------------------------- rg05 2015年度省产业园考评 (xna8 2016)
E0 = "对评定为优秀等次的江门、中山(潮州)、深圳(河源)、珠海(阳江)、佛山顺德(廉江)、广州白云江高(电白)、珠海(阳江万象)、东莞石碣(兴宁)、深圳宝安(龙川)、深圳大鹏(河源源城)、吴川华昱、广州番禺(五华)、乳源、广州海珠(丰顺)产业园等14个园区予以全省通报表扬"
E1 = "对考评不达标的9个园区予以全省通报批评"
E2 = "对考核不达标并在同类园区排名最后的3个产业园予以黄牌警告"
def p5(name, city, district=None, opt=False, note=None):
    return park(name, city, "广东", "产业转移工业园", E0, district=district, opt=opt,
                note=("列举中与末项共用“产业园”，文中作“%s”" % name.replace("产业园", "")) + ("；" + note if note else ""))
G["rg05"] = dict(
 article=art("（无标题）广东2015年度省产业园建设管理考评：14个园区优秀、9个不达标", "news.xna8.com（兴宁频道；原发媒体与署名未注明，文中作“记者”）", "2016-10", "month",
  "Local portal relaying a provincial news item, Guangdong: the province's 2015 assessment of its provincial (transfer) industrial parks — fourteen parks named as excellent, counts of parks criticised and warned, the assessment criteria",
  "http://news.xna8.com/xn/201610/66040.html",
  "存段无标题、无日期行；日期取网址 201610（title 为编者概括）。存段末段“记者获悉,我省2015年省产业园扩能增效…较2014年提高了6.1个百”中断，整段删去（全省51个园区的投资、增加值、税收数字随之不在正文中）；正文四段，截至“…统计局组织开展。”。园区：14个优秀园区在列举中共用末尾“产业园”，除“广州海珠(丰顺)产业园”外文中无完整名称；name 按“X产业园”补全（note 记文中写法），check_gold 对此给 WARN。只写地名的“江门”“乳源”列可选。城市按园区所在地（中山(潮州)→潮州，佛山顺德(廉江)→湛江廉江，广州白云江高(电白)→茂名电白，珠海(阳江万象)→阳江，深圳宝安(龙川)/深圳大鹏(河源源城)/深圳(河源)→河源，吴川华昱→湛江吴川，东莞石碣(兴宁)/广州番禺(五华)/广州海珠(丰顺)→梅州，乳源→韶关）。事实：优秀14个、通报批评9个、黄牌警告3个（subject “省产业园”，2015年度考评）。省政府、省经济和信息化委等列可选机构。",
  "rg05"),
 parks=[
  p5("江门产业园", "江门", opt=True, note="只写地名"),
  p5("中山(潮州)产业园", "潮州"),
  p5("深圳(河源)产业园", "河源"),
  p5("珠海(阳江)产业园", "阳江"),
  p5("佛山顺德(廉江)产业园", "湛江", "廉江市"),
  p5("广州白云江高(电白)产业园", "茂名", "电白区"),
  p5("珠海(阳江万象)产业园", "阳江", "阳东区"),
  p5("东莞石碣(兴宁)产业园", "梅州", "兴宁市"),
  p5("深圳宝安(龙川)产业园", "河源", "龙川县"),
  p5("深圳大鹏(河源源城)产业园", "河源", "源城区"),
  p5("吴川华昱产业园", "湛江", "吴川市"),
  p5("广州番禺(五华)产业园", "梅州", "五华县"),
  p5("乳源产业园", "韶关", "乳源瑶族自治县", opt=True, note="只写地名"),
  park("广州海珠(丰顺)产业园", "梅州", "广东", "产业转移工业园", E0, district="丰顺县"),
 ],
 companies=[],
 institutions=[
  inst("广东省人民政府", "据《广东省人民政府关于2015年度省产业园建设管理考评情况的通报》"),
  inst("省经济和信息化委", "该考核评价工作由省经济和信息化委会同省发展改革委"),
 ],
 projects=[],
 aggregate_facts=[
  fact("省产业园", "region", "parks_rated_excellent", 14, "count", E0, "2015年度考评"),
  fact("省产业园", "region", "parks_failed_assessment", 9, "count", E1, "2015年度考评"),
  fact("省产业园", "region", "parks_yellow_card", 3, "count", E2, "2015年度考评"),
  fact("省产业园", "region", "assessment_indicators", 5, "count", "环境保护水平五项指标", "2015年度考评", opt=True),
 ])

# ---------------------------------------------------------------- rg06 中山火炬(阳西)园区荣膺“中国调味品之都” (ttnews 2018)
YX = "中山火炬(阳西)产业转移工业园"
F0 = "日前,中山火炬(阳西)产业转移工业园(简称阳西工业园)举行“中国调味品之都”揭牌仪式"
F1 = "广东厨邦食品有限公司生产项目是该园区目前规模最大的入园项目,也是园区调味品产业的龙头项目之一,占地超千亩,总投资15亿元"
F2 = "2017年,该园区签约世界500强卡夫亨氏项目,该项目用地200多亩,首期投资7亿元,目前正在建设阶段,计划明年上半年投产"
F3 = "截至目前,该园区已成功引进厨邦、美味鲜、卡夫亨氏、味事达、广味源、御膳厨、美味源等调味品行业龙头企业落户"
F4 = "并延伸出广东盐业、新天润粮油等一大批配套项目"
F5 = "园区累计引进项目87个,投资总额超过150亿元"
G["rg06"] = dict(
 article=art("中山火炬(阳西)园区荣膺 “中国调味品之都”", "p2.ttnews.xyz（头条号转载，简体页 lang=zh-hans；原发为中山本地媒体——文中称“我市火炬区”——名称未注明）", "2018-10", "month",
  "Aggregator copy of a partner-city news item, Guangdong (阳江 阳西): a co-built transfer park named China's “seasoning capital” — its origin and model, the biggest project with investment, a Fortune-500 project signed and under construction, leading firms, projects and investment to date",
  "https://p2.ttnews.xyz/a/5bb88fbbdc9b5e156279913a?lang=zh-hans",
  "页面无日期；文中“2017年…签约…计划明年上半年投产”表明写于2018年；网址 ID 前8位 5bb88fbb 为时间戳 2018-10-06，记作2018-10（month）。简体页照录（同站 lang=zh-hant 的繁体页为转换本，不用）。标题照录；重复的标题行（图片说明位置出现三次）与图片说明“颁发“中国调味品之都”牌匾”“中山火炬(阳西)产业转移工业园一角”已删。存段末段“在当天举行的…揭牌仪式上,火炬区党”中断，整段删去；正文四段，截至“…良好势头。”。园区：中山火炬(阳西)产业转移工业园（简称“阳西工业园”，标题作“中山火炬(阳西)园区”；阳江市阳西县，广东）；共建方“火炬区”（中山火炬高技术产业开发区，中山市）列可选园区。项目：广东厨邦食品有限公司生产项目（总投资15亿元；已在生产，文中无投产字样，status 空）；卡夫亨氏项目（2017年签约，首期投资7亿元，正在建设阶段→在建，计划2019年上半年投产）。公司：厨邦（=广东厨邦食品有限公司）、美味鲜、卡夫亨氏、味事达、广味源、御膳厨、美味源（落户园区）；广东盐业、新天润粮油（配套项目，可选）。事实：累计引进项目87个、投资总额超过150亿元（cumulative，超）。中国调味品协会列可选机构。",
  "rg06", title_note="标题中“园区”前为“中山火炬(阳西)”，正文全称“中山火炬(阳西)产业转移工业园”"),
 parks=[
  park(YX, "阳江", "广东", "产业转移工业园", F0, district="阳西县", aliases=["阳西工业园", "中山火炬(阳西)园区"],
       note="中山市火炬区与阳西县2005年合作共建；省首批3个省级产业转移园之一"),
  park("火炬区", "中山", "广东", "高新区", "阳西工业园由我市火炬区与阳西县于2005年合作共建", opt=True, note="共建方，中山火炬开发区"),
 ],
 companies=[
  comp("广东厨邦食品有限公司", YX, F1, aliases=["厨邦"]),
  comp("卡夫亨氏", YX, F2, note="世界500强；2017年签约"),
  comp("美味鲜", YX, F3),
  comp("味事达", YX, F3),
  comp("广味源", YX, F3),
  comp("御膳厨", YX, F3),
  comp("美味源", YX, F3),
  comp("广东盐业", YX, F4, opt=True, note="配套项目"),
  comp("新天润粮油", YX, F4, opt=True, note="配套项目"),
 ],
 institutions=[
  inst("中国调味品协会", "该园区是全国唯一获得中国调味品协会授予的“中国调味品之都”的工业园区", kind="association"),
 ],
 projects=[
  proj("广东厨邦食品有限公司生产项目", YX, F1, companies=["广东厨邦食品有限公司"], inv="总投资15亿元",
       note="园区规模最大的入园项目；已在生产（文中无投产字样）"),
  proj("卡夫亨氏项目", YX, F2, companies=["卡夫亨氏"], inv="首期投资7亿元", phase="首期", status="在建", status_text="目前正在建设阶段",
       note="2017年签约；计划2019年上半年投产；用地200多亩"),
 ],
 aggregate_facts=[
  fact(YX, "park", "projects_introduced", 87, "count", F5, "2018年（截至目前）", kind="cumulative"),
  fact(YX, "park", "total_investment_cny", 1.5e10, "cny", "投资总额超过150亿元", "2018年（截至目前）", kind="cumulative", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- rg07 潮州港经济开发区重点建设项目推进情况 (潮州市政府网 2019)
CZK = "潮州港经济开发区"
LG = "潮州临港产业转移工业园"
H0 = "潮州港经济开发区是国家发改委核准的省级经济开发区"
H1 = "其中核心建设的潮州临港产业转移工业园是广东省示范性产业转移园区,位于柘林镇与所城镇,规划面积10平方公里"
H2 = "益海嘉里粮油加工潮州基地、华瀛液化天然气接收站、闽粤经济合作区LNG储配站等超百亿级项目相继落户"
H3 = "选址于潮州临港产业转移工业园文胜围南片区,占地面积约417亩,计划总投资24.61亿人民币,建成后年产值132.87亿元"
H4 = "项目于2018年12月底开工建设,已完成工程桩基础试桩、检测和施工图优化设计,即将全面开工建设"
G["rg07"] = dict(
 article=art("潮州港经济开发区重点建设项目推进情况", "潮州市人民政府网（www.chaozhou.gov.cn，招商引资·投资动态栏）", "2019", "year",
  "Municipal government portal, Guangdong (潮州 饶平): a provincial port development zone and its transfer park — planned land and sea area, industries, three 10-billion-class projects landed, the first with its site, investment, expected output, contents and start of construction",
  "https://www.chaozhou.gov.cn/zsyz/tzdt/content/post_3609794.html",
  "存段无日期行；文中“项目于2018年12月底开工建设…即将全面开工建设”表明写于2019年初，记作2019（year，推定）。标题照录。存段第二个项目“2.华瀛液化天然气接收站。…接收站一期建设3座20万立方米LNG储罐及配”中断，整段删去；正文三段，截至“…即将全面开工建设。”。园区：潮州港经济开发区（省级经济开发区，潮州市饶平县，广东；文中又作“潮州港经济区”，作别名）；潮州临港产业转移工业园（“其中核心建设的”，parent 潮州港经济开发区）；“闽粤经济合作区”只在项目名中（可选）。项目：益海嘉里粮油加工潮州基地——选址潮州临港产业转移工业园文胜围南片区；“计划总投资24.61亿人民币”无“元”字，check_gold 不读，investment_cny 空，金额放 alt_investment（2461000000）；2018年12月底开工建设→开工；建成后年产值132.87亿元（target，subject 项目）。华瀛液化天然气接收站、闽粤经济合作区LNG储配站：“超百亿级项目相继落户”潮州港经济开发区（区间，不作金额；无状态）；后者园区或为闽粤经济合作区，可选。公司：益海嘉里只在项目名中（可选）。",
  "rg07"),
 parks=[
  park(CZK, "潮州", "广东", "经济开发区", H0, district="饶平县", aliases=["潮州港经济区"], note="省级经济开发区"),
  park(LG, "潮州", "广东", "产业转移工业园", H1, district="饶平县", parent=CZK, note="广东省示范性产业转移园区；核心建设区"),
  park("闽粤经济合作区", "潮州", "广东", "经济合作区", H2, district="饶平县", opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("益海嘉里", LG, H2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("益海嘉里粮油加工潮州基地", LG, H3, companies=["益海嘉里"], inv="计划总投资24.61亿人民币", unparsed=True,
       status="开工", status_text="2018年12月底开工建设",
       alt_investment={"investment_cny": 2.461e9, "investment_text": "计划总投资24.61亿人民币"},
       note="金额文中作“24.61亿人民币”（无“元”字）；即将全面开工建设"),
  proj("华瀛液化天然气接收站", CZK, H2, note="超百亿级项目（区间，不作金额）；落户，无状态"),
  proj("闽粤经济合作区LNG储配站", CZK, H2, opt=True, note="超百亿级项目；园区或为闽粤经济合作区"),
 ],
 aggregate_facts=[
  fact(CZK, "park", "planned_land_area_km2", 220, "km2", "潮州港经济区总体规划陆域面积220平方公里,水域面积230平方公里", "2019年", opt=True),
  fact(CZK, "park", "planned_sea_area_km2", 230, "km2", "水域面积230平方公里", "2019年", opt=True),
  fact(LG, "park", "planned_area_km2", 10, "km2", H1, "2019年"),
  fact("益海嘉里粮油加工潮州基地", "project", "expected_annual_output_cny", 1.3287e10, "cny", "建成后年产值132.87亿元", "建成后（预计）", kind="target", chk=True),
  fact("益海嘉里粮油加工潮州基地", "project", "land_area_mu", 417, "mu", H3, "2019年", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- rg08 清远六大园区三年引入项目523个 (021cf 2016)
QY = "清远市园区"
GX = "清远高新区"
GQ = "广清产业园"
K1 = "自2013年以来,清远全市园区平台投入资金约91.8亿元,带动约356.3亿元全社会固定资产投入;申报获得省扩能增效专项资金约8.4亿元;期间新建成园内道路58条"
K2 = "目前,清远各大园区共引入项目523个,投资额1370.24亿元,相继引进金发科技、欧派、富强汽配、通用电梯等一批优质项目"
K3 = "2016年一季度,清远全市GDP和规模以上工业增加值分别增长8.3%和12.9%"
K4 = "2015年园区完成工业增加值60.48亿,目前已累计引入项目217个,投资额655亿元"
K5 = "2015年园区完成工业增加值30.16亿,目前已累计引入项目59个,投资额128.5亿元"
AS8 = "2013年至2016年上半年"
G["rg08"] = dict(
 article=art("清远六大园区三年引入项目523个 投资137024亿", "qingyuan.021cf.cn（园区资讯站转载；原发媒体未注明）", "2016", "year",
  "Park-information site relaying a city round-up, Guangdong (清远): the city's six park platforms three years into the 粤东西北 revitalisation — money put in, projects and investment attracted, named firms, Q1 2016 growth, two parks' 2015 value added, projects and investment",
  "http://qingyuan.021cf.cn/index.php/post/4579.html",
  "存段无日期；文中有“2016年一季度”增速和“2015年”园区数字，写于2016年二季度或稍后，记作2016（year，推定）。标题照录（“投资137024亿”为原标题的错排——正文作“1370.24亿元”——照录，不作事实）。存段末段“坐落于英德市东华镇和桥头镇…电子电器”中断，整段删去；正文四段，截至“…投资额128.5亿元。”。原页各园区段前的园区名称（小标题）未随存段保存：第三段“园区2008年认定…分为高新区板块和广清产业园(清城片区)板块”所指园区名称不在文中，其2015年数字记在“清远高新区”名下（该段唯一的园区全名；推定）；第四段“位于清新区中部…”的园区无名称，事实记在“清新区园区”名下，全部可选。园区：清远高新区、广清产业园（文中作“广清产业园(清城片区)”，别名；清城区石角镇）。工业增加值“60.48亿”“30.16亿”无“元”字，metric 不以 _cny 结尾（值仍按元）。公司：金发科技、欧派、富强汽配、通用电梯（清远各大园区引进，园区未说）。",
  "rg08"),
 parks=[
  park(GX, "清远", "广东", "高新区", "清远高新区板块面积19.94平方公里", district="清城区", note="文中作“高新区板块”“清远高新区板块”"),
  park(GQ, "清远", "广东", "产业转移工业园", "广清产业园(清城片区)位于清城区石角镇南部,规划面积约13.6平方公里", district="清城区",
       aliases=["广清产业园(清城片区)"], note="文中作“广清产业园(清城片区)板块”；广州(清远)产业转移工业园"),
 ],
 companies=[
  comp("金发科技", None, K2, note="清远各大园区引进，园区未说"),
  comp("欧派", None, K2, note="同上"),
  comp("富强汽配", None, K2, note="同上"),
  comp("通用电梯", None, K2, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(QY, "region", "park_platform_investment_cny", 9.18e9, "cny", "清远全市园区平台投入资金约91.8亿元", AS8, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(QY, "region", "fixed_asset_investment_driven_cny", 3.563e10, "cny", "带动约356.3亿元全社会固定资产投入", AS8, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(QY, "region", "provincial_special_funds_cny", 8.4e8, "cny", "申报获得省扩能增效专项资金约8.4亿元", AS8, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(QY, "region", "roads_built", 58, "count", K1, AS8, kind="cumulative", opt=True),
  fact(QY, "region", "projects_introduced", 523, "count", K2, "2016年（目前）", kind="cumulative"),
  fact(QY, "region", "investment_introduced_cny", 1.37024e11, "cny", "投资额1370.24亿元", "2016年（目前）", kind="cumulative", chk=True),
  fact(QY, "region", "park_platforms", 6, "count", "六大园区平台正引领着清远产业发展的未来", "2016年", opt=True),
  fact("清远市", "region", "gdp_yoy_growth", 0.083, "ratio", K3, "2016年一季度", kind="ratio"),
  fact("清远市", "region", "industrial_value_added_yoy_growth", 0.129, "ratio", K3, "2016年一季度", kind="ratio"),
  fact(GX, "park", "area_km2", 19.94, "km2", "清远高新区板块面积19.94平方公里", "2016年", opt=True),
  fact(GQ, "park", "planned_area_km2", 13.6, "km2", "规划面积约13.6平方公里", "2016年", qual="约", qtext="约", opt=True),
  fact(GX, "park", "industrial_value_added", 6.048e9, "cny", K4, "2015年", note="文中“60.48亿”无“元”字；园区名称推定", opt=True),
  fact(GX, "park", "projects_introduced", 217, "count", K4, "2016年（目前）", kind="cumulative", note="园区名称推定（高新区板块+广清产业园(清城片区)）"),
  fact(GX, "park", "investment_introduced_cny", 6.55e10, "cny", "投资额655亿元", "2016年（目前）", kind="cumulative", chk=True, note="园区名称推定"),
  fact("清新区园区", "park", "planned_area_km2", 70, "km2", "位于清新区中部,规划面积约70平方公里", "2016年", qual="约", qtext="约", opt=True),
  fact("清新区园区", "park", "industrial_value_added", 3.016e9, "cny", K5, "2015年", opt=True, note="园区名称不在文中"),
  fact("清新区园区", "park", "projects_introduced", 59, "count", K5, "2016年（目前）", kind="cumulative", opt=True),
  fact("清新区园区", "park", "investment_introduced_cny", 1.285e10, "cny", "投资额128.5亿元", "2016年（目前）", kind="cumulative", opt=True, chk=True),
 ])
