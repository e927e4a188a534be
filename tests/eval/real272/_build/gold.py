# real272 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city is not a park). Status from the text's words
# (建成投产 / 投产 → 投产; 正在扎实推进 / 施工 / 正在进行 → 在建; 动工 → 开工; 引进 / 落户 alone → no status). Plans and
# “预计 / 计划 / 力争” figures are kind target; “截至9月” year-to-date figures are cumulative. Sources are `search`
# (corpus pages) excerpts saved into _raw/pages/rkNN.raw as returned.

# ---------------------------------------------------------------- rk01 江州区蔗糖循环经济产业园 (et.ynau.edu.cn 2017)
JZ = "江州区蔗糖循环经济产业园"
A0 = "据了解,江州区蔗糖循环经济产业园规划面积约2200亩,项目总投资20亿元"
A1 = "目前,阿里巴巴、浙江巨洋集团、法国乐斯福等多家大型企业已入驻经济产业园"
A2 = ("广西大唐年产30万吨蔗叶饲料加工和30万吨微生物化肥项目、惠利甘蔗“双高”器材设备生产项目、大华蔗叶饲料加工项目、"
      "乐斯福年产5万吨活性干酵母生产项目、湘桂年产20万吨生态有机肥料厂项目等重大项目建设正在扎实推进")
A3 = "广西大唐年产30万吨蔗叶饲料加工和30万吨微生物化肥项目2.5万平方米标准厂房已经建成投产"
A4 = "惠利民生公司、兴合公司等标准厂房正在竖立结构架,预计2017年6月建成"
A5 = "湘桂公司、乐斯福公司、大华公司等项目厂房正在加快推进"
A6 = "计划三年内建设标准厂房20万平方米,可容纳企业超过30家,产值达35亿元以上,就业人员超过3000人"
ASA = "2017年3月"
G["rk01"] = dict(
 article=art("（无标题）江州区蔗糖循环经济产业园建设提速 乐斯福等企业入驻 广西大唐项目厂房建成投产",
  "et.ynau.edu.cn（云南农业大学“产业经济动态·国内动态”栏，署“产业经济研究室”；原发媒体未注明）", "2017-03-11", "day",
  "University research unit's news digest relaying a local item, Guangxi (崇左): a district's sugar-cane circular-economy industrial park — firms entered, five named projects under way (one plant in production), the park's area, total investment and three-year targets",
  "https://et.ynau.edu.cn/cane/View.asp?id=7747",
  "日期取页面“2017-03-11 17:39:29 产业经济研究室”；文首“3月7日讯”。存段无标题（title 为编者概括），全文在表格一格内，段落以空格相连，存为一段（不拆分）；格末“ |”已删（make_txt.py LINE_SUFFIX）。正文完整。园区：江州区蔗糖循环经济产业园（文中又作“蔗糖循环经济产业园区”“经济产业园”；崇左市江州区，广西——城市由区名推定）。公司：阿里巴巴、浙江巨洋集团、法国乐斯福“已入驻经济产业园”；惠利民生公司、兴合公司、湘桂公司、大华公司在园区建厂房；“广西大唐”只在项目名中（可选）。项目：五个重大项目“建设正在扎实推进”→在建；广西大唐项目的2.5万平方米标准厂房“已经建成投产”→投产（status_alt 在建）。园区“项目总投资20亿元”作园区开发项目（可选）并作园区计划投资事实；“计划三年内…”各数为目标（target）。",
  "rk01"),
 parks=[
  park(JZ, "崇左", "广西", "产业园", A0, district="江州区", aliases=["蔗糖循环经济产业园区"], note="又作“经济产业园”；城市由江州区推定"),
 ],
 companies=[
  comp("阿里巴巴", JZ, A1),
  comp("浙江巨洋集团", JZ, A1),
  comp("法国乐斯福", JZ, A1, aliases=["乐斯福公司"], note="又作“乐斯福公司”，项目“乐斯福年产5万吨活性干酵母生产项目”"),
  comp("惠利民生公司", JZ, A4, note="项目名作“惠利甘蔗“双高”器材设备生产项目”"),
  comp("兴合公司", JZ, A4),
  comp("湘桂公司", JZ, A5),
  comp("大华公司", JZ, A5),
  comp("广西大唐", JZ, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("广西大唐年产30万吨蔗叶饲料加工和30万吨微生物化肥项目", JZ, A3, companies=["广西大唐"], status="投产", status_text="已经建成投产",
       status_alt="在建", note="2.5万平方米标准厂房已建成投产；前文列为“建设正在扎实推进”的重大项目"),
  proj("惠利甘蔗“双高”器材设备生产项目", JZ, A2, companies=["惠利民生公司"], status="在建", status_text="建设正在扎实推进",
       note="惠利民生公司标准厂房预计2017年6月建成"),
  proj("大华蔗叶饲料加工项目", JZ, A2, companies=["大华公司"], status="在建", status_text="建设正在扎实推进"),
  proj("乐斯福年产5万吨活性干酵母生产项目", JZ, A2, companies=["法国乐斯福"], status="在建", status_text="建设正在扎实推进"),
  proj("湘桂年产20万吨生态有机肥料厂项目", JZ, A2, companies=["湘桂公司"], status="在建", status_text="建设正在扎实推进"),
  proj(JZ, JZ, A0, inv="项目总投资20亿元", status="在建", status_text="加大…建设力度；首期计划于2017年建成", opt=True,
       note="园区开发项目（园区总投资）；首期13万平方米计划2017年建成"),
 ],
 aggregate_facts=[
  fact(JZ, "park", "planned_area_mu", 2200, "mu", A0, ASA, qual="约", qtext="约"),
  fact(JZ, "park", "planned_investment_cny", 2e9, "cny", "项目总投资20亿元", ASA, kind="target", chk=True),
  fact(JZ, "park", "planned_standard_factory_sqm", 200000, "sqm", A6, "三年内（自2017年起）", kind="target", opt=True),
  fact(JZ, "park", "firm_capacity", 30, "count", A6, "三年内（自2017年起）", kind="target", qual="超", qtext="超过", opt=True),
  fact(JZ, "park", "planned_output_cny", 3.5e9, "cny", "产值达35亿元以上", "三年内（自2017年起）", kind="target", qual="超", qtext="以上", chk=True),
  fact(JZ, "park", "planned_jobs", 3000, "persons", A6, "三年内（自2017年起）", kind="target", qual="超", qtext="超过", opt=True),
  fact(JZ, "park", "first_phase_standard_factory_sqm", 130000, "sqm", "首期13万平方米计划于2017年建成", "2017年", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- rk02 玉林:工业升级再出发 (广西日报 via ce.cn 2018)
FM = "玉林(福绵)节能环保产业园"
BB = "博白节能环保产业区"
B0 = "12月1日,在玉林(福绵)节能环保产业园二期工程施工现场,记者看到了一派繁忙的建设景象"
B1 = "这个由香港上市公司中滔环保集团建设的综合性环保产业园,是广西第一个以环境供给侧结构性改革模式建立的示范园区"
B2 = "该园区位于玉林市福绵区樟木镇,规划面积超过5400亩,总投资超过100亿元"
B3 = "园区第一期项目已于去年5月建成运行,引进的21家企业已基本投产,预计明年二、三期将增加约60家企业"
B4 = "今年10月,中滔集团建设的博白节能环保产业区也正式动工,规划面积3000亩,预计将吸引百亿元投资"
B5 = "当前,随着广西先进装备制造城(玉林)号角的吹响,该市机械产业将迎来历史性发展机遇"
G["rk02"] = dict(
 article=art("玉林:工业升级再出发", "广西日报（广西新闻网-广西日报记者 唐群峰），载于中国经济网 district.ce.cn（地方经济·滚动）", "2018-12-05", "day",
  "Provincial daily on the national economic portal, Guangxi (玉林): a city feature opening on an environmental-protection industrial park built by a Hong Kong-listed group — phase 2 under construction, area, total investment, phase-1 firms in production, a second park started in 博白; the city's four key industries",
  "http://district.ce.cn/newarea/roll/201812/05/t20181205_30953010.shtml",
  "日期取页面“2018年12月05日 11:01 来源:广西新闻网-广西日报”。标题照录；重复的标题行、日期来源行与记者署名行已删。**截断**：存段末段“广西先进装备制造城(玉林)是我区…集聚之城。制造城”在句中中断，整段删去；正文止于“…将迎来历史性发展机遇。”，共六段。园区：玉林(福绵)节能环保产业园（又作“中滔环保产业园”；玉林市福绵区樟木镇）；博白节能环保产业区（中滔集团建设，10月动工）；广西先进装备制造城(玉林)只被提及（可选）。公司：中滔环保集团（又作“中滔集团”，园区建设方）。项目：福绵园区二期工程在建（施工现场）；第一期项目已建成运行（投产，可选）；博白节能环保产业区“正式动工”→开工，“预计将吸引百亿元投资”是预期招商额，不作项目投资。园区“总投资超过100亿元”作园区开发项目（可选，超）及园区计划投资事实。第一期21家企业已基本投产（reported）；明年二、三期约增60家（target）。",
  "rk02"),
 parks=[
  park(FM, "玉林", "广西", "产业园", B0, district="福绵区", aliases=["中滔环保产业园"], note="位于玉林市福绵区樟木镇；由中滔环保集团建设"),
  park(BB, "玉林", "广西", "产业园", B4, district="博白县", note="博白为玉林市辖县（区划由常识推定）；中滔集团建设"),
  park("广西先进装备制造城(玉林)", "玉林", "广西", "产业基地", B5, opt=True, note="只被提及"),
 ],
 companies=[
  comp("中滔环保集团", FM, B1, aliases=["中滔集团"], note="香港上市公司；福绵园区和博白产业区的建设方"),
 ],
 projects=[
  proj("玉林(福绵)节能环保产业园二期工程", FM, B0, companies=["中滔环保集团"], phase="二期", status="在建", status_text="施工现场…繁忙的建设景象"),
  proj("玉林(福绵)节能环保产业园第一期项目", FM, B3, companies=["中滔环保集团"], phase="一期", status="投产", status_text="已于去年5月建成运行", opt=True,
       note="“园区第一期项目”，2017年5月建成运行"),
  proj(FM, FM, B2, companies=["中滔环保集团"], inv="总投资超过100亿元", qual="超", qual_text="超过", opt=True, note="园区整体开发投资"),
  proj(BB, BB, B4, companies=["中滔环保集团"], status="开工", status_text="正式动工",
       note="“预计将吸引百亿元投资”为预期招商额，不作投资额；产业区开发项目"),
 ],
 aggregate_facts=[
  fact(FM, "park", "planned_area_mu", 5400, "mu", B2, "2018年12月", qual="超", qtext="超过"),
  fact(FM, "park", "total_investment_cny", 1e10, "cny", "总投资超过100亿元", "2018年12月", kind="target", qual="超", qtext="超过", chk=True),
  fact(FM, "park", "firms_in_production", 21, "count", B3, "2018年12月", note="第一期引进的21家企业已基本投产"),
  fact(FM, "park", "new_firms_expected", 60, "count", B3, "2019年（预计）", kind="target", qual="约", qtext="约"),
  fact(BB, "park", "planned_area_mu", 3000, "mu", B4, "2018年10月", opt=True),
 ])

# ---------------------------------------------------------------- rk03 贵港 广西第二汽车生产基地 (广西日报 via gx.cri.cn 2019)
EQ = "广西第二汽车生产基地"
C0 = "《规划》确定了生产基地范围包括西江农场用地约26.6平方公里、石卡镇区(社区)等13个行政村,规划面积100平方公里,建设用地74.1平方公里"
C1 = "2017年6月,贵港市成立了总规模为40亿元的新能源汽车产业发展基金"
C2 = ("目前已经在该市产业园区建立生产基地的新能源汽车生产企业有投资80亿元的华奥汽车制造公司、投资92亿元的腾骏汽车工业公司、"
      "投资20亿元的久久星新能源车辆科技公司、投资5.5亿元的荷美新能源车辆科技公司等")
G["rk03"] = dict(
 article=art("贵港市建设广西第二汽车生产基地", "广西日报（记者唐广生、通讯员陈汝华），载于国际在线广西频道 gx.cri.cn（广西要闻；编辑骆秋妤，责编赵滢溪）", "2019-09-06", "day",
  "Provincial daily on a national broadcaster's regional channel, Guangxi (贵港): a city approves the master plan of an automotive production base — planned area, a 4-billion new-energy-vehicle fund, four carmakers with their investments already in the city's industrial parks",
  "http://gx.cri.cn/20190906/331472bb-aafc-cbf9-d9bc-4805965de469.html",
  "日期取页面“2019-09-06 10:55:42 | 来源:广西日报”。标题照录；导航、日期来源编辑行与“国际在线版权…声明”已删。正文五段，完整。园区：广西第二汽车生产基地（规划中的产业基地，贵港市；kind 产业基地）。企业“在该市产业园区建立生产基地”——园区未具名，故公司与项目的 park 记 null（可理解为贵港产业园区，见 rk07 同一城市）。项目：四家企业的投资额（投资80亿元/92亿元/20亿元/5.5亿元）以企业名作项目名（如 zv02 成峰工程机械），“已经…建立生产基地”未说明阶段，status null。基金：新能源汽车产业发展基金，总规模40亿元（2017年6月成立），不属园区。规划面积、建设用地为规划（target）。",
  "rk03"),
 parks=[
  park(EQ, "贵港", "广西", "产业基地", C0, note="规划中的汽车产业新城；“一个中心、两个基地、三个园区、四大功能”"),
 ],
 companies=[
  comp("华奥汽车制造公司", None, C2, note="在该市产业园区（未具名）建立生产基地"),
  comp("腾骏汽车工业公司", None, C2, note="同上"),
  comp("久久星新能源车辆科技公司", None, C2, note="同上"),
  comp("荷美新能源车辆科技公司", None, C2, note="同上"),
 ],
 projects=[
  proj("华奥汽车制造公司", None, C2, companies=["华奥汽车制造公司"], inv="投资80亿元", note="企业在贵港产业园区的生产基地；以企业名作项目名"),
  proj("腾骏汽车工业公司", None, C2, companies=["腾骏汽车工业公司"], inv="投资92亿元", note="同上"),
  proj("久久星新能源车辆科技公司", None, C2, companies=["久久星新能源车辆科技公司"], inv="投资20亿元", note="同上"),
  proj("荷美新能源车辆科技公司", None, C2, companies=["荷美新能源车辆科技公司"], inv="投资5.5亿元", note="同上"),
 ],
 funds=[
  fund("新能源汽车产业发展基金", None, C1, size="总规模为40亿元", size_type="total", note="贵港市2017年6月成立，用于汽车产业项目建设"),
 ],
 aggregate_facts=[
  fact(EQ, "park", "planned_area_km2", 100, "km2", C0, "规划（2019年批复）", kind="target"),
  fact(EQ, "park", "planned_construction_land_km2", 74.1, "km2", C0, "规划（2019年批复）", kind="target", opt=True),
  fact(EQ, "park", "farm_land_km2", 26.6, "km2", C0, "规划（2019年批复）", kind="target", qual="约", qtext="约", opt=True),
  fact(EQ, "park", "villages_included", 13, "count", C0, "规划（2019年批复）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- rk04 鹿寨 广西桂中现代林业科技产业园 (柳州日报 via yybnet 2019)
GZ = "广西桂中现代林业科技产业园"
D0 = "鹿寨县广西桂中现代林业科技产业园荣膺“中国十大木业产业园”荣誉称号"
D1 = "广西桂中现代林业科技产业园规划用地总面积约2.3万亩,计划总投资300亿元,分三期开发建设"
D2 = "目前,该园成功引进浙江良友木业、南星家居、大自然地板等国内外知名企业22家"
D3 = "其中中国文化地板四大品牌中的“森林之星”和“大艺树”已落户园区"
D4 = "正在积极与书香门第(上海)美学家居、创意玩家、阿凡达家具、壹家壹品全屋定制等23家国内高端实木地板企业深入洽谈对接"
D5 = "在林业产业园的强力带动下,鹿寨县拥有林木深加工规模以上企业27家,占全县规模以上工业企业总数的32%"
D6 = "2019年上半年实现林业企业规模以上工业总产值32.10亿元,增长96.69%,占全县规模以上工业总产值的33.6%"
D7 = "该县力争用3年至5年的时间,将林业产业园打造成为1000亿元园区,建成达产后将实现年纳税约32亿元,提供就业岗位约60000个"
G["rk04"] = dict(
 article=art("鹿寨获“中国十大木业产业园”称号", "柳州日报（通讯员杨继强，“日报消息”），载于 yybnet.net（地方网·今日鹿寨）", "2019-09-17", "day",
  "City daily via a regional news portal, Guangxi (柳州 鹿寨县): a county forestry-products park wins a national title — its area, planned investment and phases, named firms attracted and in talks, the county's wood-processing firms and half-year output, the park's 1000-billion target",
  "http://www.yybnet.net/liuzhou/luzhai/201909/9647419.html",
  "日期取页面“来源:柳州日报 2019-09-17 09:53”。标题照录；频道导航、来源行与“新闻推荐”等已删。正文四段，完整。园区：广西桂中现代林业科技产业园（又作“林业产业园”；鹿寨县，柳州市）。公司：浙江良友木业、南星家居、大自然地板为已引进企业（园区）；“森林之星”“大艺树”为已落户园区的地板品牌（可选公司）；书香门第(上海)美学家居等四家在洽谈中，未落户（可选，park null）。颁奖的两家协会为可选机构。园区“计划总投资300亿元,分三期开发建设”作园区开发项目（可选，planned）及计划投资事实。鹿寨县的林木深加工企业数与林业企业产值为县级（region）事实。“力争用3年至5年…1000亿元园区…年纳税约32亿元…约60000个”为目标（target）。",
  "rk04"),
 parks=[
  park(GZ, "柳州", "广西", "产业园", D0, district="鹿寨县", aliases=["林业产业园"], note="荣膺“中国十大木业产业园”"),
 ],
 companies=[
  comp("浙江良友木业", GZ, D2),
  comp("南星家居", GZ, D2),
  comp("大自然地板", GZ, D2),
  comp("森林之星", GZ, D3, opt=True, note="地板品牌，已落户园区"),
  comp("大艺树", GZ, D3, opt=True, note="地板品牌，已落户园区"),
  comp("书香门第(上海)美学家居", None, D4, opt=True, note="洽谈对接中，未落户"),
  comp("创意玩家", None, D4, opt=True, note="洽谈对接中"),
  comp("阿凡达家具", None, D4, opt=True, note="洽谈对接中"),
  comp("壹家壹品全屋定制", None, D4, opt=True, note="洽谈对接中"),
 ],
 institutions=[
  inst("中国木材与木制品流通协会", "从中国木材与木制品流通协会、中国林业机械协会主办的", kind="association"),
  inst("中国林业机械协会", "中国林业机械协会主办的", kind="association"),
 ],
 projects=[
  proj(GZ, GZ, D1, inv="计划总投资300亿元", status="planned", status_text="计划总投资…分三期开发建设", opt=True, note="园区开发项目，分三期"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "planned_area_mu", 23000, "mu", D1, "2019年9月", qual="约", qtext="约"),
  fact(GZ, "park", "planned_investment_cny", 3e10, "cny", "计划总投资300亿元", "2019年9月", kind="target", chk=True),
  fact(GZ, "park", "firms_attracted", 22, "count", D2, "2019年9月", kind="cumulative"),
  fact(GZ, "park", "firms_in_negotiation", 23, "count", D4, "2019年9月", opt=True),
  fact("鹿寨县", "region", "wood_processing_firms_above_scale", 27, "count", D5, "2019年9月"),
  fact("鹿寨县", "region", "wood_processing_share_of_above_scale_firms", 0.32, "ratio", D5, "2019年9月", kind="ratio", opt=True),
  fact("鹿寨县", "region", "forestry_above_scale_output_cny", 3.21e9, "cny", D6, "2019年上半年", chk=True, note="林业企业规模以上工业总产值"),
  fact("鹿寨县", "region", "forestry_above_scale_output_yoy_growth", 0.9669, "ratio", D6, "2019年上半年", kind="ratio"),
  fact("鹿寨县", "region", "forestry_share_of_above_scale_output", 0.336, "ratio", D6, "2019年上半年", kind="ratio", opt=True),
  fact(GZ, "park", "output_target_cny", 1e11, "cny", "将林业产业园打造成为1000亿元园区", "3至5年内（自2019年起）", kind="target", chk=True, opt=True),
  fact(GZ, "park", "annual_tax_target_cny", 3.2e9, "cny", "年纳税约32亿元", "建成达产后", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(GZ, "park", "jobs_target", 60000, "persons", D7, "建成达产后", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- rk05 玉林龙潭产业园区 (广西日报 via yybnet 2020)
LT = "玉林龙潭产业园区"
LG = "北部湾经济区龙港新区"
TS = "北海铁山东港产业园"
E0 = "在距离码头约13公里的玉林龙潭产业园区,一卷卷不锈钢热轧卷“走”下柳钢中金不锈钢公司热轧厂生产线"
E1 = "2017年4月,自治区政府正式批复同意设立北部湾经济区龙港新区,北海铁山东港产业园、玉林龙潭产业园按“一区两园”模式建设"
E2 = "柳钢中金便是园区按“大项目-产业链-产业集群-制造业基地”思路引入的龙头企业之一"
G["rk05"] = dict(
 article=art("玉林龙潭产业园区 舞起向海发展龙头 “走进重大项目建设现场”系列报道(十二)", "广西日报（本报记者邓盛龙），载于 yybnet.net（地方网·今日玉林）", "2020-04-30", "day",
  "Provincial daily's series on major projects, via a regional news portal, Guangxi (玉林): a coastal industrial park and its lead stainless-steel firm back to pre-epidemic output; the park's place in the two-park 龙港新区",
  "https://yybnet.net/yulin/news/202004/10434565.html",
  "日期取页面“来源:广西日报 2020-04-30 07:48”。标题照录（含系列名）；导航、来源行与署名行“本报记者邓盛龙”已删。**截断**：存段末段“向海则兴。…柳钢中金列入自治区层面统筹推进的重大项目有两个——总投资56亿元的镍铁冶炼项目…年产48万吨冷”在句中中断，整段删去（两个具名项目及金额因此不在文本中）；正文止于“…深受海内外客户青睐。”，共四段。园区：玉林龙潭产业园区（又作“龙潭产业园”；玉林市；县未写出，district null），其上级为北部湾经济区龙港新区（2017年4月批设，“一区两园”），另一园为北海铁山东港产业园。公司：柳钢中金不锈钢公司（又作“柳钢中金”），园区龙头企业；日生产热轧2300吨。无具名项目。",
  "rk05"),
 parks=[
  park(LT, "玉林", "广西", "产业园区", E0, parent=LG, aliases=["龙潭产业园"], note="“12年前…一片荒地”；龙港新区“一区两园”之一"),
  park(LG, None, "广西", "新区", E1, aliases=["龙港新区"], note="2017年4月批设，下辖北海铁山东港产业园、玉林龙潭产业园；跨北海、玉林"),
  park(TS, "北海", "广西", "产业园", E1, parent=LG, opt=True, note="只被提及"),
 ],
 companies=[
  comp("柳钢中金不锈钢公司", LT, E0, aliases=["柳钢中金"], note="园区龙头企业；董事长罗庆革"),
 ],
 aggregate_facts=[
  fact("柳钢中金不锈钢公司", "company", "daily_hot_rolled_output_t", 2300, "t", "目前,该公司日生产热轧2300吨,已恢复疫情前水平", "2020年4月"),
 ])

# ---------------------------------------------------------------- rk06 北海工业园区招商“不断线” (广西日报 via bbrtv 2020)
BH = "北海工业园区"
F0 = "落户于北海工业园区的惠科电子,其年产300万台智能电视机生产项目已在去年6月投产"
F1 = "近日,在惠科电子北海产业新城项目现场,一款55吋的透明电视夺人眼球"
F2 = "先后引进龙浩智能触控项目等高端制造业、服务业项目20余个"
F3 = "带回投资20亿元的浙江润丰氢发动机生产研发基地等重点项目"
F4 = "截至9月,园区完成固定资产投资47.7亿元,同比增长28.6%;园区用电量达2.24亿千瓦时,同比增长8.8%"
F5 = "截至9月,园区新引进项目44个,其中总投资1亿元以上项目17个,累计新增注册企业263家"
F6 = "截至9月,累计为企业招工超5000人,新增就业人数达2570人"
ASF = "2020年1–9月"
G["rk06"] = dict(
 article=art("北海工业园区招商“不断线”", "广西日报（存段无署名），载于北部湾在线 bbrtv.com（广西广播电视台；泛北新闻，网络编辑刘婷）", "2020-11-11", "day",
  "Provincial daily on the regional broadcaster's site, Guangxi (北海): an electronics industrial park during the epidemic — a lead firm's TV project in production, projects attracted (one with its sum), year-to-date investment, power use, new projects and registered firms",
  "http://www.bbrtv.com/2020/1111/602008.html",
  "日期取页面“来源:广西日报2020-11-11 09:22:30”。标题照录；重复的标题行与来源编辑行已删；副题“新引进亿元项目17个,新增注册企业263家”作一段保留。**截断**：存段末段“据介绍,…今年1-9月,园区完成规模”在句中中断，整段删去；正文止于“…累计新增注册企业263家。”。园区：北海工业园区（又作“北海工业园”“园区”）。公司：惠科电子（落户园区），惠科集团为其集团（可选）。项目：惠科电子年产300万台智能电视机生产项目（2019年6月投产→投产）；惠科电子北海产业新城项目（现场，阶段未说，可选）；龙浩智能触控项目、浙江润丰氢发动机生产研发基地（“引进”“带回”→不设状态；后者投资20亿元）。“截至9月”诸数为累计（cumulative），增速为 ratio。",
  "rk06"),
 parks=[
  park(BH, "北海", "广西", "工业园区", F0, aliases=["北海工业园"], note="管理机构“北海工业园区管理委员会”"),
 ],
 companies=[
  comp("惠科电子", BH, F0),
  comp("惠科集团", None, "惠科集团副总裁助理王成兵介绍", opt=True, note="惠科电子所属集团"),
 ],
 projects=[
  proj("年产300万台智能电视机生产项目", BH, F0, companies=["惠科电子"], status="投产", status_text="已在去年6月投产", note="2019年6月投产"),
  proj("惠科电子北海产业新城项目", BH, F1, companies=["惠科电子"], opt=True, note="项目现场；阶段未说明"),
  proj("龙浩智能触控项目", BH, F2, note="疫情期间“云招商”引进；无状态词"),
  proj("浙江润丰氢发动机生产研发基地", BH, F3, inv="投资20亿元", note="“三企入桂”带回的重点项目；无状态词"),
 ],
 aggregate_facts=[
  fact(BH, "park", "fixed_asset_investment_cny", 4.77e9, "cny", F4, ASF, kind="cumulative", chk=True),
  fact(BH, "park", "fixed_asset_investment_yoy_growth", 0.286, "ratio", F4, ASF, kind="ratio"),
  fact(BH, "park", "electricity_use_kwh", 2.24e8, "kwh", F4, ASF, kind="cumulative", opt=True),
  fact(BH, "park", "electricity_use_yoy_growth", 0.088, "ratio", F4, ASF, kind="ratio", opt=True),
  fact(BH, "park", "new_projects", 44, "count", F5, ASF, kind="cumulative"),
  fact(BH, "park", "new_projects_over_100m", 17, "count", F5, ASF, kind="cumulative", note="总投资1亿元以上项目"),
  fact(BH, "park", "new_registered_firms", 263, "count", F5, ASF, kind="cumulative"),
  fact(BH, "park", "projects_attracted_during_epidemic", 20, "count", F2, "2020年疫情高发期", qual="余", qtext="余", opt=True),
  fact(BH, "park", "workers_recruited", 5000, "persons", F6, ASF, kind="cumulative", qual="超", qtext="超", opt=True),
  fact(BH, "park", "new_jobs", 2570, "persons", F6, ASF, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- rk07 悦通新能源汽车项目 (贵港日报 via yybnet 2020)
LM = "桂平市龙门工业园区"
H0 = "广西悦通新能源汽车项目落户于桂平市龙门工业园区内,总投资约25亿元,目前已砌好围墙和大门,陆续完成土地平整,完成部分钢结构厂房改造,正在进行硬化工程"
H1 = "一期项目总投资约6亿元,建设期8个月"
H2 = "二期项目投资约6亿元,计划16个月完成配套厂房"
H3 = "三期项目投资额约13亿元,预计建设期12个月"
H4 = "引进了华奥新能源汽车、腾骏汽车、爱玛电动车、赛尔康电子、嘉龙海杰电子、石药泰诺等新兴产业项目,初步构建了广西第二汽车生产基地"
H5 = "项目建成达产后,可年产8万辆新能源汽车,年产值约180亿元,年纳税约7.2亿元,提供就业岗位600个"
YT = "广西悦通新能源汽车项目"
G["rk07"] = dict(
 article=art("悦通新能源汽车项目稳步推进", "贵港日报（记者黄静华，“本报讯”），载于 yybnet.net（地方网·桂平）", "2020-05-26", "day",
  "City daily via a regional news portal, Guangxi (贵港 桂平市): a new-energy-vehicle project in a county-level city's industrial park — total investment, site works under way, three phases with sums and periods, expected output, tax and jobs; the city's other new industries",
  "https://m.yybnet.net/guigang/guiping/202005/10503784.html",
  "日期取页面“贵港日报 2020-05-26 11:07”。标题照录；日期行与“新闻推荐”等已删。正文三段，完整。园区：桂平市龙门工业园区（又作“龙门工业园区”；桂平市为贵港市代管县级市）。项目：广西悦通新能源汽车项目，总投资约25亿元，已砌围墙、平整土地、改造厂房、正在硬化→在建；三期分项（一期约6亿元、二期约6亿元、三期约13亿元）作可选分期项目（一期在建，二、三期 planned）。第三段贵港市已引进的六个项目（华奥新能源汽车等）未给园区，列为可选公司（park null）。“项目建成达产后…”为项目目标（target，subject_type project）。“广西第二汽车生产基地”为可选园区（见 rk03）。",
  "rk07"),
 parks=[
  park(LM, "贵港", "广西", "工业园区", H0, district="桂平市", aliases=["龙门工业园区"]),
  park("广西第二汽车生产基地", "贵港", "广西", "产业基地", H4, opt=True, note="只被提及（见 rk03）"),
 ],
 companies=[
  comp("华奥新能源汽车", None, H4, opt=True, note="贵港市已引进的新兴产业项目；未说园区"),
  comp("腾骏汽车", None, H4, opt=True, note="同上"),
  comp("爱玛电动车", None, H4, opt=True, note="同上"),
  comp("赛尔康电子", None, H4, opt=True, note="同上"),
  comp("嘉龙海杰电子", None, H4, opt=True, note="同上"),
  comp("石药泰诺", None, H4, opt=True, note="同上"),
 ],
 projects=[
  proj(YT, LM, H0, inv="总投资约25亿元", qual="约", qual_text="约", status="在建", status_text="已砌好围墙和大门…正在进行硬化工程"),
  proj(YT + "一期", LM, H1, inv="一期项目总投资约6亿元", qual="约", qual_text="约", phase="一期", status="在建", opt=True),
  proj(YT + "二期", LM, H2, inv="二期项目投资约6亿元", qual="约", qual_text="约", phase="二期", status="planned", opt=True),
  proj(YT + "三期", LM, H3, inv="三期项目投资额约13亿元", qual="约", qual_text="约", phase="三期", status="planned", opt=True),
 ],
 aggregate_facts=[
  fact(YT, "project", "expected_annual_output_cny", 1.8e10, "cny", "年产值约180亿元", "建成达产后", kind="target", qual="约", qtext="约", chk=True),
  fact(YT, "project", "expected_annual_tax_cny", 7.2e8, "cny", "年纳税约7.2亿元", "建成达产后", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(YT, "project", "annual_capacity_vehicles", 80000, "vehicles", H5, "建成达产后", kind="target"),
  fact(YT, "project", "jobs", 600, "persons", H5, "建成达产后", kind="target", opt=True),
  fact(YT, "project", "construction_period_months", 36, "months", "预计建设期为36个月,分三期建设", "2020年5月", kind="target", opt=True),
 ])
