# real409 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all nine items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text places the project in, null
# if none (a county or town is not a park). Status from the text's words (开工 / 动工 → 开工; 进场施工 / 施工现场 → 在建;
# 签订投资协议 → 签约; 落户 alone → no status). Planned / expected figures (“预计”, “将”, “力争”, “按照规划”) are kind target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/mrNN.raw as returned.

# ---------------------------------------------------------------- mr01 顺昌 出口家具产业园 (东南网 / 经济日报—中国经济网 2019)
SCG = "顺昌工业园区"
SCJ = "顺昌浙商(中国)出口家具产业园"
A1 = "依托顺昌县丰富的林业资源,今年8月30日,福建省浙江商会、福州市家具制造企业商会与顺昌县签订《顺昌浙商(中国)出口家具产业园项目投资协议书》,旨在共同打造顺昌浙商(中国)出口家具产业园"
A2 = "顺昌浙商(中国)出口家具产业园项目位于顺昌工业园区(郑坊),预计总投资40亿元以上,将引进企业60家左右,年产值约100亿元"
G["mr01"] = dict(
 article=art("福建顺昌:筑巢引凤,“喜结”出口家具产业园", "经济日报—中国经济网（施德书 苏琳蓉），载于东南网南平频道 np.fjsen.com", "2019-12-26", "day",
  "National economic daily's web relayed on a provincial portal's city channel, Fujian: a county's export-furniture park — investment agreement signed with two chambers of commerce, groundbreaking scheduled, location in the county industrial park, planned investment, firms and output",
  "http://np.fjsen.com/2019-12/26/content_30109285.htm",
  "日期取页面“2019-12-26 17:52:54 来源:经济日报—中国经济网”。标题照录；导航、日期来源行、分享及页脚已删；正文三段，完整，署名“(施德书 苏琳蓉)”在文末，保留。园区：顺昌工业园区（文中“顺昌工业园区(郑坊)”，郑坊为片区；南平市顺昌县，福建）；顺昌浙商(中国)出口家具产业园为园中园（parent 顺昌工业园区），文中又简作“出口家具产业园”。项目：顺昌浙商(中国)出口家具产业园项目——2019年8月30日签订投资协议（签约）；开工仪式定于“本月28日”（发稿后两天，尚未发生），记 status 签约、status_alt planned 不设，note 注明；“预计总投资40亿元以上”→超。将引进企业60家左右（约）、年产值约100亿元为规划数（target）。福建省浙江商会、福州市家具制造企业商会为签约方（机构，商会）。",
  "mr01"),
 parks=[
  park(SCG, "南平", "福建", "工业园区", A2, district="顺昌县", note="文中作“顺昌工业园区(郑坊)”"),
  park(SCJ, "南平", "福建", "产业园", A1, district="顺昌县", parent=SCG, aliases=["出口家具产业园"],
       note="园中园：项目位于顺昌工业园区(郑坊)；规划中，开工仪式定于2019年12月28日"),
 ],
 companies=[],
 institutions=[
  inst("福建省浙江商会", A1, kind="association", opt=False, note="签约方"),
  inst("福州市家具制造企业商会", A1, kind="association", opt=False, note="签约方"),
 ],
 projects=[
  proj("顺昌浙商(中国)出口家具产业园项目", SCG, A2, inv="预计总投资40亿元以上", qual="超", qual_text="以上", status="签约",
       status_text="签订《顺昌浙商(中国)出口家具产业园项目投资协议书》", aliases=["出口家具产业园项目"],
       note="2019年8月30日签订投资协议；开工仪式定于2019年12月28日（发稿时未举行）"),
 ],
 aggregate_facts=[
  fact(SCJ, "park", "planned_investment_cny", 4e9, "cny", A2, "规划（2019年）", kind="target", qual="超", qtext="以上", chk=True),
  fact(SCJ, "park", "enterprises", 60, "count", A2, "规划（2019年）", kind="target", qual="约", qtext="左右", note="将引进企业60家左右"),
  fact(SCJ, "park", "projected_output_value_cny", 1e10, "cny", "年产值约100亿元", "规划（建成后年产值）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- mr02 通城县陶瓷工业园 (咸宁日报 2013)
TC = "通城县陶瓷工业园"
B1 = "昨日,记者在通城县陶瓷工业园看到,投资1.2亿元的湖北杭瑞陶瓷公司,正24小时开足马力发展生产;投资3000万的银丰高岭土公司内车来车往,一片繁忙;明仁研磨科技公司也完成了厂房建设,预计5月底可试投产"
B2 = "围绕这一目标,该县占地3000多亩的陶瓷产业园,已完成了水、电、路等基础配套设施建设,110万伏输变电站已经投入使用"
B3 = "目前,总投资1.8亿元的杭瑞陶瓷公司二期工程,已经完成了“三通一平”及土地平整工作"
B4 = "未来5年,该公司将建成8条高档仿古瓷砖、抛光砖、内墙砖生产线,并向工艺陶瓷、日用瓷领域进军,年产值将达到10亿元,新增就业岗位1500余个"
G["mr02"] = dict(
 article=art("（无标题）通城县陶瓷工业园：杭瑞陶瓷满负荷生产、二期工程平整完毕，“华中瓷都”建设", "咸宁日报（特约记者刘健平、通讯员黄海兵、胡强），数字报 szb.xnnews.com.cn", "2013-03-25", "day",
  "City daily (e-paper), Hubei: a county ceramics park — three firms with investment and stage, the park's area and infrastructure, a firm's phase 2 with investment, lines and expected output",
  "http://szb.xnnews.com.cn/xnrb/html/2013-03/25/content_9331.htm",
  "日期取网址 2013-03/25（数字报版面日期；文中“昨日”即2013年3月24日）。存段无标题行（title 为编者概括）；正文三段，完整。园区：通城县陶瓷工业园（咸宁市通城县，湖北）；第二段“该县占地3000多亩的陶瓷产业园”按语境视为同一园区（alias 陶瓷产业园，推定）。“华中瓷都”为建设目标口号，不列园区。公司：湖北杭瑞陶瓷公司（又作杭瑞陶瓷公司）、银丰高岭土公司、明仁研磨科技公司均在园内。项目：杭瑞陶瓷公司二期工程（总投资1.8亿元；完成“三通一平”，未说开工，status 空）。杭瑞“投资1.2亿元”（正在生产）与银丰“投资3000万”（无“元”字，不折算）为企业投资额，列可选项目（项目名即企业名）。明仁研磨“预计5月底可试投产”只作公司。陶瓷科技研究所（筹建中）列可选机构。",
  "mr02"),
 parks=[
  park(TC, "咸宁", "湖北", "工业园", B1, district="通城县", aliases=["陶瓷产业园"], note="第二段“该县占地3000多亩的陶瓷产业园”推定为同一园区"),
 ],
 companies=[
  comp("湖北杭瑞陶瓷公司", TC, B1, aliases=["杭瑞陶瓷公司"], note="正24小时满负荷生产"),
  comp("银丰高岭土公司", TC, B1),
  comp("明仁研磨科技公司", TC, B1, note="厂房建成，预计5月底试投产"),
 ],
 institutions=[
  inst("陶瓷科技研究所", "筹建中的陶瓷科技研究所,以及正在洽谈中的3家广东陶瓷企业,预计年内将实现落户", kind="research", note="筹建中；名称不全"),
 ],
 projects=[
  proj("杭瑞陶瓷公司二期工程", TC, B3, companies=["湖北杭瑞陶瓷公司"], inv="总投资1.8亿元", phase="二期",
       note="已完成“三通一平”及土地平整；未说开工；园区由语境推定"),
  proj("湖北杭瑞陶瓷公司", TC, B1, companies=["湖北杭瑞陶瓷公司"], inv="投资1.2亿元", status="投产", status_text="正24小时开足马力发展生产", opt=True,
       note="企业投资额，项目名即企业名"),
  proj("银丰高岭土公司", TC, B1, companies=["银丰高岭土公司"], inv="投资3000万", unparsed=True, opt=True,
       note="“投资3000万”无“元”字，不折算；企业投资额"),
 ],
 aggregate_facts=[
  fact(TC, "park", "land_area_mu", 3000, "mu", B2, "2013年3月", qual="余", qtext="多"),
  fact("湖北杭瑞陶瓷公司", "company", "expected_annual_output_cny", 1e9, "cny", "年产值将达到10亿元", "未来5年（预计）", kind="target", chk=True),
  fact("湖北杭瑞陶瓷公司", "company", "production_lines_planned", 8, "count", B4, "未来5年（预计）", kind="target", opt=True),
  fact("湖北杭瑞陶瓷公司", "company", "jobs", 1500, "count", "新增就业岗位1500余个", "未来5年（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("通城县", "region", "firms_negotiating", 3, "count", "正在洽谈中的3家广东陶瓷企业,预计年内将实现落户", "2013年3月", opt=True),
 ])

# ---------------------------------------------------------------- mr03 阳城 陶瓷 / 晋陶陶瓷产业园 (fstaoci 2012)
JT = "晋陶陶瓷产业园"
C1 = "目前,阳城县已有建筑陶瓷生产厂家18家,拥有26条中高档陶瓷生产线,年产能力达一亿平方米,吸纳劳动力就业8000人,拉动就业6000余人,产值达20亿元"
C2 = "晋陶陶瓷产业园是阳城县町店镇政府从四川省成功引进的一个大项目,由四川琳度瓷业有限公司兴建,总投资12亿元,占地170亩,分两期完成,一期占地54亩,投资2亿元"
C3 = "11月15日,在芦苇河畔的晋陶陶瓷产业园施工现场,工人们正在紧锣密鼓安装设备"
C4 = "与晋陶相毗邻的是又一家大型的现代陶瓷工业企业——三英陶瓷有限公司"
G["mr03"] = dict(
 article=art("晋城阳城县陶瓷产业正在快速崛起 阳城陶瓷迈向“高精尖”", "m.fstaoci.com（佛山陶瓷网手机版；原发媒体与署名未注明）", "2012-12-04", "day",
  "Ceramics trade portal relaying a county feature, Shanxi: a county's ceramics industry figures, a ceramics park project under construction with developer, investment, area and phases, a neighbouring ceramics firm",
  "http://m.fstaoci.com/news/201212/428538.htm",
  "日期取页面“2012/12/4”。存段为一行：标题、日期与站标“[访问本页PC版]【 www.FsTaoci.Com 】”粘连在正文前，标题取出、日期站标删去；正文在原页段落间的单个空格处分段（make_txt.py SPLIT），段内未改；小标题“芦苇河畔展雄风”保留为一段。**截断**：存段止于“这是由广大佛山三英精细材料有限公”，该残句已删，正文截至“…三英陶瓷有限公司。”。首段（“目前,阳城县已有…绽放出绚丽的光彩。”）或为页面摘要/原文结尾，照存段保留。园区/项目：晋陶陶瓷产业园（晋城市阳城县町店镇，山西）——四川琳度瓷业有限公司兴建，总投资12亿元，两期，一期投资2亿元；11月15日施工现场安装设备→在建；项目所在园区文中未说（park null）。公司：四川琳度瓷业有限公司（园内）；三英陶瓷有限公司“与晋陶相毗邻”，不在园内（park null）。县级数字归阳城县（region）。町店镇政府列可选机构。",
  "mr03"),
 parks=[
  park(JT, "晋城", "山西", "产业园", C2, district="阳城县", note="町店镇；既是园区也是项目"),
 ],
 companies=[
  comp("四川琳度瓷业有限公司", JT, C2, note="晋陶陶瓷产业园兴建方；文中又以“晋陶”指代"),
  comp("三英陶瓷有限公司", None, C4, note="与晋陶相毗邻，不在园内"),
 ],
 institutions=[
  inst("阳城县町店镇政府", C2, note="引进项目"),
 ],
 projects=[
  proj("晋陶陶瓷产业园", None, C2, companies=["四川琳度瓷业有限公司"], inv="总投资12亿元", status="在建", status_text="施工现场,工人们正在紧锣密鼓安装设备",
       note="分两期；一期占地54亩、投资2亿元；二期“明后年上马”"),
  proj("晋陶陶瓷产业园一期", None, C2, companies=["四川琳度瓷业有限公司"], inv="投资2亿元", phase="一期", opt=True,
       note="文中只作“一期占地54亩,投资2亿元”，名称为编者所加"),
 ],
 aggregate_facts=[
  fact("阳城县", "region", "enterprises", 18, "count", C1, "2012年", note="建筑陶瓷生产厂家"),
  fact("阳城县", "region", "production_lines", 26, "count", C1, "2012年", opt=True),
  fact("阳城县", "region", "output_value_cny", 2e9, "cny", "拉动就业6000余人,产值达20亿元", "2012年", chk=True, note="建筑陶瓷"),
  fact("阳城县", "region", "jobs", 8000, "count", C1, "2012年", opt=True),
  fact("阳城县", "region", "daily_ceramics_enterprises", 11, "count", "全县有日用陶瓷生产厂家11个,年生产能力达到1.2亿件,从业人员5500人", "2012年", opt=True),
  fact(JT, "park", "site_area_mu", 170, "mu", C2, "规划", opt=True),
 ])

# ---------------------------------------------------------------- mr04 青岛绿色建筑产业园 (大众网 via 青岛新闻网 2019)
YL = "裕龙食品工业园区"
QG = "青岛绿色建筑产业园"
D1 = "8月16日上午,青岛绿色建筑产业园开工奠基仪式在仁兆镇裕龙工业园成功举行,标志着青岛绿色建筑产业园项目正式开工建设"
D2 = "青岛绿色建筑产业园项目项目位于平度市仁兆镇裕龙食品工业园区,由中建三局绿投、新城市发展、中建科技共同投资建设"
D3 = "项目总投资20亿元,一期预计投资5亿元,本项目占地225.7亩,总建筑面积约43210平方米"
G["mr04"] = dict(
 article=art("总投资20亿!青岛绿色建筑产业园正式开工建设", "大众网（记者 韩小伟 通讯员 崔汝平），载于青岛新闻网 news.qingdaonews.com", "2019-08-17", "day",
  "Provincial news portal relayed by a city portal, Shandong: a green-building (prefabricated components) industrial park breaks ground in a town food-industry park — investors, total and phase-1 investment, area, capacity, expected output and jobs",
  "http://news.qingdaonews.com/qingdao/2019-08/17/content_20671438.htm",
  "日期取页面“2019-08-17 07:28 来源:大众网”（开工仪式8月16日）。标题照录；导航、日期行、分享与页脚已删；正文三段加署名行“记者 韩小伟 通讯员 崔汝平”（保留），完整。园区：裕龙食品工业园区（平度市仁兆镇，青岛，山东；首段作“仁兆镇裕龙工业园”，alias 裕龙工业园）。青岛绿色建筑产业园为项目（文中“青岛绿色建筑产业园项目”），亦列可选园区（parent 裕龙食品工业园区）。项目：开工（“正式开工建设”）；总投资20亿元；一期预计投资5亿元（可选事实）。公司：中建三局绿投、新城市发展、中建科技为共同投资方（park 裕龙食品工业园区，项目所在）。“每年产值外加工程总承包产值合计可高达100亿元”为预计（target，可选）。“项目项目”重字照原文。",
  "mr04"),
 parks=[
  park(YL, "青岛", "山东", "工业园区", D2, district="平度市", aliases=["裕龙工业园"], note="仁兆镇；首段作“仁兆镇裕龙工业园”"),
  park(QG, "青岛", "山东", "产业园", D1, district="平度市", parent=YL, opt=True, note="实为项目名（青岛绿色建筑产业园项目）"),
 ],
 companies=[
  comp("中建三局绿投", YL, D2, note="共同投资方"),
  comp("新城市发展", YL, D2, note="共同投资方"),
  comp("中建科技", YL, D2, note="共同投资方"),
 ],
 projects=[
  proj("青岛绿色建筑产业园项目", YL, D3, companies=["中建三局绿投", "新城市发展", "中建科技"], inv="项目总投资20亿元",
       status="开工", status_text="正式开工建设", aliases=["青岛绿色建筑产业园"], note="2019年8月16日开工奠基；一期预计投资5亿元"),
 ],
 aggregate_facts=[
  fact("青岛绿色建筑产业园项目", "project", "phase1_planned_investment_cny", 5e8, "cny", "一期预计投资5亿元", "规划", kind="target", opt=True, chk=True),
  fact("青岛绿色建筑产业园项目", "project", "site_area_mu", 225.7, "mu", D3, "规划", opt=True),
  fact("青岛绿色建筑产业园项目", "project", "projected_output_value_cny", 1e10, "cny", "该项目每年产值外加工程总承包产值合计可高达100亿元", "达产后（预计）", kind="target", opt=True, chk=True, note="含工程总承包产值"),
  fact("青岛绿色建筑产业园项目", "project", "jobs", 300, "count", "此外该项目还可解决300人左右就业", "达产后（预计）", kind="target", qual="约", qtext="左右", opt=True),
 ])

# ---------------------------------------------------------------- mr05 南昌县武阳装配式建筑产业园 (人民网 via 南昌广电 2020)
WY = "南昌县武阳装配式建筑产业园"
E1 = "近日,南昌县武阳装配式建筑产业园被认定为第二批国家级装配式建筑产业基地(园区类),成为江西省首个且唯一获此殊荣的装配式建筑产业园"
E2 = "南昌县武阳装配式建筑产业园筹建于2011年12月,前身为南昌县武阳中小企业创业园"
E3 = "目前,园区共有32家企业,重点引进25家装配式建筑企业,总投资122亿元、占地2572亩,包括远大住工、杭萧钢构、迈瑞司等8家全国装配式建筑龙头企业和2个装配式建筑研究院"
G["mr05"] = dict(
 article=art("江西首个国家级装配式建筑产业园落户南昌县", "人民网（记者 秦海峰），载于南昌广播电视台 h5.nctvcloud.com（标题后注“(网易新闻)”）", "2020-09-18", "day",
  "National news site relayed by a city broadcaster's site, Jiangxi: a county prefabricated-building park recognised as a national base — history, area, firms, investment, land, leading firms, county chain output",
  "https://h5.nctvcloud.com/folder257/folder275/2020-09-18/muHi6y0H1qBrrvoY.html",
  "日期取页面“2020-09-18”（电头“人民网南昌9月17日电”）。标题后转载站所加“(网易新闻)”已删；日期行、责任编辑及页脚已删；正文两段，完整。园区：南昌县武阳装配式建筑产业园（南昌市南昌县，江西），前身南昌县武阳中小企业创业园（alias，旧名）；被认定为第二批国家级装配式建筑产业基地(园区类)。公司：远大住工、杭萧钢构、迈瑞司（园内龙头企业）。事实：园区规划面积7.68平方公里、企业32家、装配式建筑企业25家、总投资122亿元、占地2572亩（截至发稿，cumulative）；“2019年,南昌县装配式建筑产业链总产值突破100亿元”归南昌县（region，突破→超）。无具体项目。",
  "mr05"),
 parks=[
  park(WY, "南昌", "江西", "产业园", E1, district="南昌县", aliases=["南昌县武阳中小企业创业园", "武阳中小企业创业园"],
       note="前身南昌县武阳中小企业创业园；国家级装配式建筑产业基地(园区类)"),
 ],
 companies=[
  comp("远大住工", WY, E3, note="全国装配式建筑龙头企业"),
  comp("杭萧钢构", WY, E3, note="同上"),
  comp("迈瑞司", WY, E3, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(WY, "park", "planned_area_km2", 7.68, "km2", "南昌县决定将武阳中小企业创业园转型发展装配式建筑产业,园区总规划面积7.68平方公里", "2020年9月"),
  fact(WY, "park", "enterprises", 32, "count", E3, "2020年9月", kind="cumulative"),
  fact(WY, "park", "prefab_building_enterprises", 25, "count", E3, "2020年9月", kind="cumulative", opt=True),
  fact(WY, "park", "planned_investment_cny", 1.22e10, "cny", E3, "2020年9月", kind="cumulative", chk=True, note="25家装配式建筑企业总投资"),
  fact(WY, "park", "land_area_mu", 2572, "mu", E3, "2020年9月", kind="cumulative", opt=True),
  fact("南昌县", "region", "output_value_cny", 1e10, "cny", "2019年,南昌县装配式建筑产业链总产值突破100亿元", "2019年", qual="超", qtext="突破", chk=True, note="装配式建筑产业链总产值"),
 ])

# ---------------------------------------------------------------- mr06 北川县香泉石材工业区 (四川工人日报 via 中国园林资材网 2012)
XQ = "北川县香泉石材工业区"
F1 = "7月23日,北川县香泉石材工业区项目集中开工仪式隆重举行"
F2 = "此次集中开工的5家石材企业总投资近3亿元,占地约300亩"
F3 = "年利用矿山尾料及加工废弃料1万吨,实现年产值6.3亿元,解决就业近1000人"
F4 = "预计2015年,北川县石材企业将达到50家,可实现年产值30亿元,税收1亿元,解决就业2000人以上"
G["mr06"] = dict(
 article=art("四川北川建石材工业区推动经济振兴", "四川工人日报，载于中国园林资材网 news.yuanlin.com", "2012-07-25", "day",
  "Provincial workers' daily relayed by a landscaping-materials portal, Sichuan: a county stone-industry zone's joint groundbreaking — zone area and land, infrastructure investment, five firms started with investment and expected output, county 2015 targets",
  "http://news.yuanlin.com/detail/2012725/114911.htm",
  "日期取页面“2012年07月25日 17:58四川工人日报”（开工仪式7月23日）。标题照录；日期行、“荐阅读”列表及文末“(来源:四川工人日报)”已删；正文两段，完整，首句“中国园林资材网7月25日消息:”照录。园区：北川县香泉石材工业区（绵阳市北川羌族自治县，四川；文中作“北川县”）；“已投资近2亿元完善石材产业园的基础设施建设”中的“石材产业园”可能即该工业区，未作 alias。项目：5家石材企业集中开工，未点名，不列项目；总投资近3亿元（约）等为事实（kind reported / target）。中国石材协会列可选机构。",
  "mr06"),
 parks=[
  park(XQ, "绵阳", "四川", "工业区", F1, district="北川县", note="香泉片区；规划面积1.58平方公里"),
 ],
 companies=[],
 institutions=[
  inst("中国石材协会", "2010年,北川县被中国石材协会授予“中国米黄大理石之乡”", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XQ, "park", "planned_area_km2", 1.58, "km2", "该园区规划面积1.58平方公里,建成后可提供工业用地1300亩", "规划"),
  fact(XQ, "park", "industrial_land_mu", 1300, "mu", "该园区规划面积1.58平方公里,建成后可提供工业用地1300亩", "规划（建成后）", kind="target", opt=True),
  fact(XQ, "park", "projects_started", 5, "count", F2, "2012年7月23日（集中开工）", note="5家石材企业"),
  fact(XQ, "park", "projects_started_investment_cny", 3e8, "cny", F2, "2012年7月23日（集中开工）", qual="约", qtext="近", chk=True),
  fact(XQ, "park", "expected_annual_output_cny", 6.3e8, "cny", F3, "建成后（预计）", kind="target", chk=True, note="5家开工企业建成后"),
  fact(XQ, "park", "infrastructure_investment_cny", 2e8, "cny", "已投资近2亿元完善石材产业园的基础设施建设", "截至2012年7月", kind="cumulative", qual="约", qtext="近", chk=True, opt=True,
       note="主语为北川县，用于石材产业园基础设施"),
  fact("北川县", "region", "enterprises", 50, "count", F4, "2015年（预计）", kind="target", note="石材企业"),
  fact("北川县", "region", "output_value_cny", 3e9, "cny", "可实现年产值30亿元,税收1亿元", "2015年（预计）", kind="target", chk=True, note="石材产业"),
 ])

# ---------------------------------------------------------------- mr07 焉耆县石材产业园 (人民网 via 中国园林资材网 2013)
YQ = "焉耆县石材产业园"
H1 = "8月27日,笔者在新疆焉耆县石材产业园看到石材企业开足马力,正加紧生产,呈现出一片繁忙的景象"
H2 = "从2011年底,开始建设石材加工产业园,总规划面积10.31平方公里,目前投资5000余万元以上的石材企业已经有四家已投入生产,总的年产值可达1.2亿元以上"
H3 = "据悉,焉耆县力争3年内招商引资石材加工企业20家以上,预计实现产值5.4个亿,贡献地方财政4500万元,石材产业将成为该县新的经济增长点"
G["mr07"] = dict(
 article=art("乌鲁木齐焉耆县石材产业成为新的经济增长点", "人民网，载于中国园林资材网 news.ylmm.com", "2013-08-28", "day",
  "National news site relayed by a landscaping-materials portal, Xinjiang: a county stone-processing park — start year, planned area, firms in production and their output, three-year targets",
  "http://news.ylmm.com/detail/2013828/157292.htm",
  "日期取页面“2013年08月28日 14:44人民网”（笔者走访8月27日）。标题照录（标题称“乌鲁木齐焉耆县”，焉耆回族自治县实属巴音郭楞蒙古自治州，照录不改）；日期行、“推荐阅读”列表与“(来源:人民网)”已删；正文四段，完整；第二段“大力发展石材产业, 从2011年底”逗号后空格照录。园区：焉耆县石材产业园（文中又作“石材加工产业园”，alias）；焉耆县工业园区（只见于“焉耆县工业园区管委会副主任”）列可选园区，为石材产业园的上级园区系推定。无点名企业或项目。事实：规划面积10.31平方公里；四家企业已投产、年产值1.2亿元以上（超）；3年目标：招商引资石材加工企业20家以上、产值5.4个亿（非“亿元”，metric 不带 _cny）、贡献地方财政4500万元。",
  "mr07"),
 parks=[
  park(YQ, "巴音郭楞蒙古自治州", "新疆", "产业园", H1, district="焉耆县", aliases=["石材加工产业园"], parent="焉耆县工业园区",
       note="标题作“乌鲁木齐焉耆县”；上级园区为推定"),
  park("焉耆县工业园区", "巴音郭楞蒙古自治州", "新疆", "工业园区", "焉耆县工业园区管委会副主任张志宏说", district="焉耆县", opt=True,
       note="只见于管委会职务名"),
 ],
 companies=[],
 institutions=[
  inst("焉耆县工业园区管委会", "焉耆县工业园区管委会副主任张志宏说", park="焉耆县工业园区", kind="park_admin"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YQ, "park", "planned_area_km2", 10.31, "km2", H2, "2013年8月"),
  fact(YQ, "park", "firms_in_production", 4, "count", H2, "2013年8月", note="投资5000余万元以上的石材企业"),
  fact(YQ, "park", "output_value_cny", 1.2e8, "cny", "总的年产值可达1.2亿元以上", "2013年（四家投产企业年产值）", qual="超", qtext="以上", chk=True),
  fact("焉耆县", "region", "enterprises", 20, "count", H3, "3年内（目标）", kind="target", qual="超", qtext="以上", note="招商引资石材加工企业"),
  fact("焉耆县", "region", "projected_output_value", 5.4e8, "cny", H3, "3年内（目标）", kind="target", note="原文“5.4个亿”"),
  fact("焉耆县", "region", "fiscal_contribution_cny", 4.5e7, "cny", "贡献地方财政4500万元", "3年内（目标）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- mr08 新田家具产业园 (湖南日报 via 红网 2015)
XT = "新田家具产业园"
K1 = "最近,新田县家具产业园再添新丁:总投资15亿元的中国中部国际家居博览城项目正式动工"
K2 = "2012年8月,罗飞招等6名新田籍企业家率先响应,投资1.2亿元组建湖南华泰家具有限公司,“落户”新田家具产业园,推出“吉洲吉星”等拥有多项专利的系列家具产品"
K3 = "今年上半年,全县家具产业创产值7.1亿元,带动相关产业创产值1.34亿元"
G["mr08"] = dict(
 article=art("新田县家具产业上半年创产值7.1亿元", "湖南日报（记者 刘跃兵 通讯员 骆桐雄 何云锋），载于红网时刻 moment.rednet.cn", "2015-08-17", "day",
  "Provincial daily on a provincial portal, Hunan: a county furniture park — a home-furnishing trade-city project started with investment, a returnee firm's investment, firms introduced, park area, half-year output",
  "http://moment.rednet.cn/rednetcms/news/localNews/20150817/211527.html",
  "日期取网址 20150817 与页面“08-17 16:09”（电头“湖南日报8月16日讯”）。标题照录；“湖南日报”与时间行已删；正文四段，完整，署名在文末，保留。园区：新田家具产业园（永州市新田县，湖南；首句作“新田县家具产业园”，alias）。项目：中国中部国际家居博览城项目——“正式动工”→开工，总投资15亿元，在新田县家具产业园（“新田县家具产业园再添新丁”）。公司：湖南华泰家具有限公司（又作华泰家具）2012年8月“投资1.2亿元组建”并落户园区——企业投资，列可选项目（落户无状态）。事实：引进家具企业27家（县，cumulative）；2015年上半年全县家具产业产值7.1亿元、带动相关产业1.34亿元；园区规划面积3000亩；在外家具企业3000多家（可选）。",
  "mr08"),
 parks=[
  park(XT, "永州", "湖南", "产业园", K2, district="新田县", aliases=["新田县家具产业园"], note="首句作“新田县家具产业园”；规划面积3000亩"),
 ],
 companies=[
  comp("湖南华泰家具有限公司", XT, K2, aliases=["华泰家具"], note="2012年8月由6名新田籍企业家投资组建"),
 ],
 projects=[
  proj("中国中部国际家居博览城项目", XT, K1, inv="总投资15亿元", status="开工", status_text="正式动工",
       note="建成后可容纳近1000户家居产品生产商和销售商；预计年创税收2亿元以上"),
  proj("湖南华泰家具有限公司", XT, K2, companies=["湖南华泰家具有限公司"], inv="投资1.2亿元", opt=True,
       note="企业投资额（2012年8月组建、落户），项目名即企业名"),
 ],
 aggregate_facts=[
  fact("新田县", "region", "output_value_cny", 7.1e8, "cny", K3, "2015年上半年", chk=True, note="全县家具产业产值"),
  fact("新田县", "region", "related_output_value_cny", 1.34e8, "cny", "带动相关产业创产值1.34亿元", "2015年上半年", opt=True, chk=True),
  fact("新田县", "region", "enterprises", 27, "count", "新田县已先后引进27家家具企业", "截至2015年8月", kind="cumulative", note="引进家具企业"),
  fact(XT, "park", "planned_area_mu", 3000, "mu", "规划面积达3000亩的新田家具产业园一时人气暴涨", "规划"),
  fact("中国中部国际家居博览城项目", "project", "expected_annual_tax_cny", 2e8, "cny", "预计可年创税收2亿元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- mr09 中华地毯产业园 (天津日报 via 搜狐 2009)
ZH = "中华地毯产业园"
M1 = "截至目前,中华地毯园已签约项目5个,吸引投资额达6亿元"
M2 = "目前,已有天津维宝家具有限公司、北京华丽伟业体育休闲设备有限公司落户园区"
M3 = "其中,投资总额1.5亿元的天津维宝家具有限公司已进场施工,2010年5月投产"
M4 = "按照规划,在未来几年内,中华地毯产业园将完成基础设施建设投入14.5亿元,企业总投资累计达到200亿元,将引进企业120家,年销售收入达到400亿元,实现税收16亿元,实现吸纳就业5万人,将建成北方地区最大的室内装饰用纺织品生产基地"
AS9 = "截至2009年12月"
G["mr09"] = dict(
 article=art("武清 中华地毯产业园引资6亿元", "天津日报（记者陈忠权），经天津网，载于搜狐新闻 news.sohu.com", "2009-12-21", "day",
  "City daily relayed by a national portal, Tianjin: a district's carpet / home-textile park — projects signed and investment attracted, area, two firms landed (one under construction with investment and production date), firms in talks, planned targets",
  "https://news.sohu.com/20091221/n269087511.shtml",
  "日期取页面“2009年12月21日08:24”。标题照录；“来源: 天津网-天津日报”、日期行与页尾推荐栏已删；正文两段，完整。园区：中华地毯产业园（天津市武清区崔黄口镇；文中又作“中华地毯园”，alias；列入天津市区县工业示范园）。公司：天津维宝家具有限公司、北京华丽伟业体育休闲设备有限公司落户园区；深圳太平地毯有限公司、美国爱利特纺织有限公司“正在洽谈之中”（可选，park null）。项目：天津维宝家具有限公司（项目名即企业名）——“已进场施工”→在建，投资总额1.5亿元，计划2010年5月投产。事实：签约项目5个、吸引投资6亿元（cumulative）；规划面积9.5平方公里、起步区3平方公里；“按照规划”各项为 target。",
  "mr09"),
 parks=[
  park(ZH, "天津", "天津", "产业园", "列入本市区县工业示范园的武清区崔黄口镇中华地毯产业园坚持边建设边招商的发展思路,招商引资形势喜人",
       district="武清区", aliases=["中华地毯园"], note="崔黄口镇；天津市区县工业示范园"),
 ],
 companies=[
  comp("天津维宝家具有限公司", ZH, M2, note="已进场施工，2010年5月投产"),
  comp("北京华丽伟业体育休闲设备有限公司", ZH, M2),
  comp("深圳太平地毯有限公司", None, "深圳太平地毯有限公司、美国爱利特纺织有限公司等一批项目正在洽谈之中", opt=True, note="洽谈中"),
  comp("美国爱利特纺织有限公司", None, "深圳太平地毯有限公司、美国爱利特纺织有限公司等一批项目正在洽谈之中", opt=True, note="洽谈中"),
 ],
 projects=[
  proj("天津维宝家具有限公司", ZH, M3, companies=["天津维宝家具有限公司"], inv="投资总额1.5亿元", status="在建", status_text="已进场施工",
       note="项目名即企业名；计划2010年5月投产"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "projects_signed", 5, "count", M1, AS9, kind="cumulative"),
  fact(ZH, "park", "signed_investment_cny", 6e8, "cny", M1, AS9, kind="cumulative", chk=True),
  fact(ZH, "park", "planned_area_km2", 9.5, "km2", "中华地毯产业园项目规划面积9.5平方公里,起步区面积3平方公里", "规划"),
  fact(ZH, "park", "startup_area_km2", 3, "km2", "起步区面积3平方公里", "规划", opt=True),
  fact(ZH, "park", "infrastructure_investment_cny", 1.45e9, "cny", "中华地毯产业园将完成基础设施建设投入14.5亿元", "未来几年（规划）", kind="target", chk=True),
  fact(ZH, "park", "planned_investment_cny", 2e10, "cny", "企业总投资累计达到200亿元", "未来几年（规划）", kind="target", chk=True),
  fact(ZH, "park", "enterprises", 120, "count", "将引进企业120家", "未来几年（规划）", kind="target"),
  fact(ZH, "park", "revenue_cny", 4e10, "cny", "年销售收入达到400亿元", "未来几年（规划）", kind="target", chk=True),
  fact(ZH, "park", "tax_cny", 1.6e9, "cny", "实现税收16亿元", "未来几年（规划）", kind="target", opt=True, chk=True),
  fact(ZH, "park", "jobs", 50000, "count", "实现吸纳就业5万人", "未来几年（规划）", kind="target", opt=True),
 ])
