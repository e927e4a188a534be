# real233 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text (exception: tx05's park, which the text calls only “大陆最大台商投资区——厦门市海沧区”; noted); 逾/超过/超/以上/突破 → 超,
# 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of
# the evidence; chk=True asserts it). Shares as ratios. Projects: the park is the one the text places the project in. Status
# from the text's words (正在开展桩基施工 → 在建; 已建成并投用 → 竣工; 前期立项 / 审批正在推进 / 招商推介 → planned; 边建设边
# 投产 → 在建 with status_alt 投产). Plans and goals (“将”, “预计到2020年”, “力争”, “计划”) are kind target with the goal year
# in as_of. Sources are `search` (corpus pages) excerpts typed into _raw/pages/txNN.raw as returned.

# ---------------------------------------------------------------- tx01 闽台蓝色经济产业园推进16个项目 (福州新闻网 2013)
LT = "闽台蓝色经济产业园"
A0 = "视察调研闽台蓝色经济产业园和江阴临港工业建设发展情况"
A1 = "今年闽台蓝色经济产业园将全面推进路、水、电、安置房、规划馆、星级酒店等16个项目,总投资64亿元的基础设施配套项目建设,年度计划完成投资25亿元"
A2 = "预计到2020年,园区产业增加值将达到50亿元以上"
A3 = "园区入驻企业或机构80家以上,台资、外资企业投资总额占园区投资总额的35%,出口额比重占总产值的35%"
T20 = "2020年（目标）"
G["tx01"] = dict(
 article=art("闽台蓝色经济产业园推进16个项目", "福州新闻网（news.fznews.com.cn，稿署“福州日报记者 郑雪”）", "2013-04-19", "day",
  "City news portal carrying the city daily's item, Fujian: a CPPCC inspection of a blue-economy park in 福清 — the year's 16 infrastructure projects with total and annual investment, three- and five-year investment plans, planned area, 2020 targets for value added by sector, firms and foreign-investment share",
  "http://news.fznews.com.cn/zhengwu/2013-4-19/201341961Nc0P6iYX21323.shtml",
  "日期取页面“2013-04-19 21:30:58 作者:郑雪 来源:福州新闻网”。标题照录；导航行、时间来源行、版权声明、“【责任编辑:黄新锦】”与点击排行已删；署名“(福州日报记者 郑雪)”在正文末，保留。正文两段，完整。园区：闽台蓝色经济产业园（福清市，福州，福建；规划区65平方公里）；“江阴临港工业”只作视察对象（即江阴工业集中区，文中未写全称），列可选园区。16个项目为路、水、电、安置房、规划馆、星级酒店等基础设施配套项目，未单独点名，不列项目；其数目与投资记为园区事实（今年计划推进 → target）。事实：总投资64亿元、年度计划完成投资25亿元（target，2013年）；今后3年投入100亿元、5年内投入200亿元（target）；规划区65平方公里（reported）；2020年产业增加值50亿元以上（超）及三项分产业增加值、入驻企业或机构80家以上（超）、台资外资投资占比35%、出口占比35%（均 target）。市政协副主席等人不列。",
  "tx01"),
 parks=[
  park(LT, "福州", "福建", "产业园（海洋经济）", A0, district="福清市", note="文中又作“产业园”“园区”；规划区65平方公里"),
  park("江阴临港工业", "福州", "福建", "工业集中区", A0, district="福清市", opt=True, note="视察对象；文中无全称（江阴工业集中区），名称照录"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(LT, "park", "infrastructure_projects", 16, "count", A1, "2013年（计划）", kind="target", note="路、水、电、安置房、规划馆、星级酒店等基础设施配套项目"),
  fact(LT, "park", "infrastructure_projects_investment_cny", 6.4e9, "cny", "总投资64亿元的基础设施配套项目建设,年度计划完成投资25亿元", "2013年（计划）", kind="target", chk=True),
  fact(LT, "park", "planned_annual_investment_cny", 2.5e9, "cny", "年度计划完成投资25亿元", "2013年（计划）", kind="target", chk=True),
  fact(LT, "park", "planned_investment_cny", 1e10, "cny", "今后3年将投入100亿元,形成园区四纵四横的主干网络", "2013–2015年（计划，今后3年）", kind="target", chk=True),
  fact(LT, "park", "planned_investment_cny", 2e10, "cny", "5年内将投入200亿元,逐步完善产业园规划区65平方公里的基础配套设施", "2013–2017年（计划，5年内）", kind="target", chk=True, opt=True),
  fact(LT, "park", "planned_area_km2", 65, "km2", "逐步完善产业园规划区65平方公里的基础配套设施", "2013年"),
  fact(LT, "park", "industrial_value_added_cny", 5e9, "cny", A2, T20, kind="target", qual="超", qtext="以上", chk=True),
  fact(LT, "park", "marine_equipment_value_added_cny", 3.07e9, "cny", "园区临海装备制造产业增加值30.7亿元", T20, kind="target", chk=True, opt=True),
  fact(LT, "park", "marine_biology_value_added_cny", 1e9, "cny", "海洋生物产业增加值约10亿元", T20, kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(LT, "park", "marine_services_value_added_cny", 9.3e8, "cny", "海洋服务产业增加值9.3亿元", T20, kind="target", chk=True, opt=True),
  fact(LT, "park", "firms", 80, "count", A3, T20, kind="target", qual="超", qtext="以上", note="入驻企业或机构"),
  fact(LT, "park", "foreign_taiwan_investment_share", 0.35, "ratio", A3, T20, kind="target", opt=True),
  fact(LT, "park", "export_share_of_output", 0.35, "ratio", A3, T20, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tx02 连江大官阪垦区 / 闽台(福州)蓝色经济产业园 (福州新闻网 2014)
LF = "闽台(福州)蓝色经济产业园"
LJ = "连江现代渔业产业园"
B0 = "目前,闽台(福州)蓝色经济产业园总体规划和产业发展规划已编制完成,园区规划展示馆已建成并投入使用"
B1 = "闽台(福州)蓝色经济产业园位于福清市东南部、兴化湾北岸、江阴半岛东面,规划面积约65平方公里,其中一期开发22.2平方公里"
B2 = "华侨城一期安置房正在开展桩基施工及施工图设计工作,力争年底前基本完成建设"
B3 = "海洋研发中心、会议中心一期前期立项、总平审批等正在推进,项目力争年底前基本建成"
B4 = "我市已在连江县大官坂垦区预留1.6万亩地块,用于建设连江现代渔业产业园"
B5 = "蓝色大道、滨海大道和江华大道等3条入园主干道已完成征地1240亩,占总任务的70.1%"
AS2 = "2014年2月"
G["tx02"] = dict(
 article=art("连江大官阪垦区有望建成全国最大现代渔业产业园", "福州新闻网（news.fznews.com.cn，稿署“福州日报记者 温海龙”）", "2014-02-12", "day",
  "City news portal carrying the city daily's item, Fujian: a provincial marine-economy meeting — a blue-economy park's plans, area, infrastructure and key projects by stage, investment plans and 2020 value-added goal; land reserved for a county fishery park",
  "https://news.fznews.com.cn/fzjj/2014-2-12/2014212ni4sh6mzee21655.shtml",
  "日期取网址 2014-2-12 与文中“12日”。标题照录（标题作“大官阪”，正文作“大官坂”，原文如此）；版权声明、“【责任编辑:朱红杰】”与热点推荐已删；署名“(福州日报记者 温海龙)”在正文末，保留。正文五段，完整。园区：闽台(福州)蓝色经济产业园（福清市，福州；规划约65平方公里，一期22.2平方公里；与 tx01 的“闽台蓝色经济产业园”为同一园区，本文名称照录）；连江现代渔业产业园（连江县大官坂垦区，规划中）。项目：园区规划展示馆（已建成并投用 → 竣工）；污水处理厂项目（用地“三通一平” → planned）；华侨城一期安置房（桩基施工 → 在建）；海洋研发中心、会议中心一期（前期立项、总平审批 → planned）；三条入园主干道（已征地，可选项目）。事实：福建去年海洋经济生产总值逾5900亿元（省，可选）；园区规划面积、一期面积；主干道征地1240亩（70.1%）；2016年前投入100亿元、2018年前投入200亿元、2020年产业增加值420亿元以上（target）；连江预留1.6万亩。华侨城只在项目名中，列可选公司。",
  "tx02"),
 parks=[
  park(LF, "福州", "福建", "产业园（海洋经济）", B1, district="福清市", note="文中又作“产业园”“园区”；即 tx01 的闽台蓝色经济产业园"),
  park(LJ, "福州", "福建", "产业园（现代渔业）", B4, district="连江县", note="规划中，建于连江县大官坂垦区"),
 ],
 companies=[
  comp("华侨城", LF, B2, opt=True, note="只在项目名“华侨城一期安置房”中"),
 ],
 projects=[
  proj("园区规划展示馆", LF, B0, status="竣工", status_text="已建成并投入使用"),
  proj("污水处理厂项目", LF, "污水处理厂项目用地正在开展“三通一平”", status="planned", status_text="用地正在开展“三通一平”"),
  proj("华侨城一期安置房", LF, B2, companies=["华侨城"], phase="一期", status="在建", status_text="正在开展桩基施工及施工图设计工作"),
  proj("海洋研发中心", LF, B3, status="planned", status_text="前期立项、总平审批等正在推进"),
  proj("会议中心一期", LF, B3, phase="一期", status="planned", status_text="前期立项、总平审批等正在推进"),
  proj("蓝色大道、滨海大道和江华大道", LF, B5, status="planned", status_text="已完成征地1240亩", opt=True, note="三条入园主干道"),
 ],
 aggregate_facts=[
  fact("福建", "region", "marine_economy_output_cny", 5.9e11, "cny", "去年福建海洋经济生产总值逾5900亿元", "2013年", qual="超", qtext="逾", chk=True, opt=True),
  fact(LF, "park", "planned_area_km2", 65, "km2", B1, AS2, qual="约", qtext="约"),
  fact(LF, "park", "phase1_area_km2", 22.2, "km2", B1, AS2),
  fact(LF, "park", "land_acquired_mu", 1240, "mu", B5, AS2, kind="cumulative", opt=True, note="三条入园主干道征地"),
  fact(LF, "park", "planned_investment_cny", 1e10, "cny", "2016年前,我市将投入100亿元进行产业园一期基础设施建设", "2016年前（计划）", kind="target", chk=True),
  fact(LF, "park", "planned_investment_cny", 2e10, "cny", "2018年前,投入200亿元完善规划范围内的基础配套设施", "2018年前（计划）", kind="target", chk=True),
  fact(LF, "park", "industrial_value_added_cny", 4.2e10, "cny", "2020年,闽台(福州)蓝色经济产业园园区产业增加值力争达420亿元以上", "2020年（目标）", kind="target", qual="超", qtext="以上", chk=True),
  fact(LJ, "park", "land_reserved_mu", 16000, "mu", B4, AS2),
 ])

# ---------------------------------------------------------------- tx03 长乐:七大重点区域发展齐头并进 (福州新闻网 2015)
SZ = "数字福建(长乐)产业园"
HS = "恒申合纤公司"
C0 = "长乐的恒申合纤公司敢于顶住压力,安排约40亿元投资抢占市场,今年产值可望突破百亿元大关"
C1 = "长乐加快数字福建(长乐)产业园、临空经济区、瀛洲炎山片区、海湾新城、首占营前新区、鹤上综合物流园区、松下港区等七大重点区域开发建设"
C2 = "数字福建(长乐)产业园是我省大数据产业重点园区,长乐投入5亿元完善园区水、电、路等基础设施配套"
G["tx03"] = dict(
 article=art("长乐:七大重点区域发展齐头并进", "福州新闻网（news.fznews.com.cn，稿署“福州日报记者 朱毓松 郭立锋”）", "2015-05-14", "day",
  "City news portal carrying the city daily's report, Fujian: a county-level city's seven key development areas — a nylon maker's investment and expected output, a provincial big-data park's infrastructure investment and projects moving in",
  "http://news.fznews.com.cn/node/10010/20150514/555454161998d.shtml",
  "日期取网址 20150514 与文中“福州新闻网5月14日讯”。标题照录；标题下一行“数字福建(长乐)产业园是我省大数据产业重点园区”按图片说明删去（与正文末段首句同文；也可能是副题，存疑）。存段末句“在福建省政务云计算中心、福建省数字福建云计算公司和网讯软件等入驻园区后,福建美亚移动健康项目等也即将入驻,明年有望进一步吸引30至50个”在句中中断，整句（一行）删去，正文截至“…一些项目纷纷入驻园区。”，共五段。园区：数字福建(长乐)产业园（长乐市，福州；省大数据产业重点园区）；七大重点区域中的临空经济区、鹤上综合物流园区列可选园区，其余为城区片区或港区，不列。公司：恒申合纤公司（长乐，园区未说）。项目：恒申合纤项目（“安排约40亿元投资”→ 约40亿元，约；边建设边投产 → 在建，status_alt 投产；园区 null）。事实：恒申今年产值可望突破百亿元（target，超）；园区基础设施投入5亿元（cumulative）。董事长陈建龙不列。",
  "tx03"),
 parks=[
  park(SZ, "福州", "福建", "产业园（大数据）", C2, district="长乐市", note="我省大数据产业重点园区；文中又作“园区”"),
  park("临空经济区", "福州", "福建", "临空经济区", C1, district="长乐市", opt=True, note="七大重点区域之一"),
  park("鹤上综合物流园区", "福州", "福建", "物流园区", C1, district="长乐市", opt=True, note="七大重点区域之一"),
 ],
 companies=[
  comp(HS, None, C0, note="长乐企业；锦纶长丝、聚合切片产能全国第一；园区未说"),
 ],
 projects=[
  proj("恒申合纤项目", None, C0, companies=[HS], inv="约40亿元", qual="约", qual_text="约", status="在建", status_text="边建设边投产", status_alt="投产",
       note="项目名见第二段“两年来,恒申合纤项目边建设边投产”；投资见首段“安排约40亿元投资抢占市场”（证据取首段）；园区未说"),
 ],
 aggregate_facts=[
  fact(HS, "company", "expected_annual_output_cny", 1e10, "cny", "今年产值可望突破百亿元大关", "2015年全年（预计）", kind="target", qual="超", qtext="突破"),
  fact(HS, "company", "production_lines", 6, "count", "今年,企业6条生产线将全部投产", "2015年（计划）", kind="target", opt=True),
  fact(SZ, "park", "infrastructure_investment_cny", 5e8, "cny", "长乐投入5亿元完善园区水、电、路等基础设施配套", "2015年5月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- tx04 泉州市抛出招商橄榄枝 (东南网泉州频道 2015)
QT = "泉州台商投资区"
D0 = "头顶国家级台商投资区、国家级经济技术开发区、国家高新技术产业开发区三块“国字号”招牌,泉州台商投资区区位优势明显"
D1 = "选址于该区的秀涂人工岛项目,将秀涂作业区、临港物流园区及秀涂铁路支线捆绑招商"
D2 = "同样选址于泉州台商投资区的数控高速机床制造项目,规划用地面积800亩,总投资20亿元人民币"
D3 = "预计能年产高品质数控机床1000台,实现销售收入10亿元"
G["tx04"] = dict(
 article=art("泉州市抛出招商橄榄枝 八大项目厦洽会上觅良缘", "东南网泉州频道（qz.fjsen.com）转载报纸稿（“□本报记者 朱娟娟”；报名存段未示）", "2015-09-09", "day",
  "Provincial portal's city channel carrying a city paper's item, Fujian: the city's projects offered to investors at the Xiamen fair — two projects sited in a national Taiwan-investment zone (an artificial island with a port-logistics park, a CNC machine-tool project) with area, berths, investment and expected output",
  "http://qz.fjsen.com/2015-09/09/content_16604938_2.htm",
  "日期取网址 2015-09/09（文中“昨日举行的外资(台资)专场招商恳谈会”，即9月8日厦洽会首日）。网址为该稿第2页（_2），存段自标题与导语起。存段把全文存为一行（段落以单空格相连），标题“泉州市抛出招商橄榄枝 八大项目厦洽会上觅良缘”粘在行首：make_txt.py HEAD_IN_LINE 把它切下作标题行，其余照录为一段（其中“□本报记者 朱娟娟”署名与小标题“造岛屿 秀涂“人工岛”筑岛面积近五千亩”“增智能 年产高品质数控机床1000台”都在行内，未改）。存段在“当前我市正重点推动石油化工产业高端化发展,本次厦洽会上,泉港50万吨/年苯”处中断，该残句已删（LINE_SUFFIX），正文截至“…征地及基础设施建设工作正在进行。”（八个项目只存两个）。园区：泉州台商投资区（泉州，福建；国家级台商投资区）；临港物流园区（规划12平方公里，秀涂人工岛项目的一部分，可选，母园区泉州台商投资区）。项目：秀涂人工岛项目（前期工作完成，有待独资或合资开发 → planned）；数控高速机床制造项目（总投资20亿元，征地及基础设施进行中，招商推介 → planned）。事实：泉州携200个重点招商项目（市，可选）；八个项目重点推介（可选）；两项目的面积、泊位、产能与销售收入记为项目事实。",
  "tx04"),
 parks=[
  park(QT, "泉州", "福建", "国家级台商投资区", D0, note="文中又作“该区”"),
  park("临港物流园区", "泉州", "福建", "物流园区", D1, parent=QT, opt=True, note="规划面积12平方公里；与秀涂作业区、秀涂铁路支线捆绑招商"),
 ],
 companies=[],
 projects=[
  proj("秀涂人工岛项目", QT, D1, status="planned", status_text="已经完成区域用海规划、环评、勘测等前期工作,有待采用独资或合资方式进行开发",
       aliases=["秀涂“人工岛”"], note="厦洽会招商推介项目"),
  proj("数控高速机床制造项目", QT, D2, inv="总投资20亿元", status="planned", status_text="项目片区征地及基础设施建设工作正在进行",
       note="厦洽会招商推介项目"),
 ],
 aggregate_facts=[
  fact("泉州", "region", "investment_promotion_projects", 200, "count", "本届厦洽会,我市携200个重点招商项目与会寻找“婆家”", "2015年9月", opt=True),
  fact("秀涂人工岛项目", "project", "reclaimed_area_mu", 4830, "mu", "秀涂“人工岛”规划筑岛面积4830亩", "2015年9月（规划）", kind="target", opt=True),
  fact("秀涂人工岛项目", "project", "berths_planned", 12, "count", "将建设5万吨级以上泊位12个", "2015年9月（规划）", kind="target", opt=True),
  fact("临港物流园区", "park", "planned_area_km2", 12, "km2", "其中,临港物流园区规划面积12平方公里", "2015年9月", opt=True),
  fact("数控高速机床制造项目", "project", "site_area_mu", 800, "mu", D2, "2015年9月（规划）", opt=True),
  fact("数控高速机床制造项目", "project", "expected_annual_sales_cny", 1e9, "cny", "实现销售收入10亿元", "建成后（预期）", kind="target", chk=True, opt=True),
  fact("数控高速机床制造项目", "project", "expected_annual_output_units", 1000, "units", D3, "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tx05 海沧 投洽会期间开竣工17个项目 (中国新闻网 via 中国台湾网 2016)
HC = "海沧台商投资区"
SW = "生物医药产业园"
E0 = "大陆最大台商投资区——厦门市海沧区,将在投洽会期间开、竣工(投产)17个项目"
E1 = "该区计划开、竣工(投产)17个项目,总投资合计99.6亿元,2016年度计划投资合计7.5亿元"
E2 = "产业类项目共13个,占比76.5%;年度计划投资6.54亿元,占比87.2%"
E3 = "其中工业项目5个,主要为生物医药领域项目,如来鑫生物科技项目,借助生物医药产业园地理位置的优势和便利的交通"
E4 = "商贸物流项目1个,为港基百汇项目,项目以自贸区良好的投资环境和交通优势为依托"
E5 = "此外,比重较大的服务业项目共7个,正加紧布局正元希尔顿、泰地海西中心万豪酒店等五星、超五星酒店"
E6 = "位处厦门海沧自贸区内的“东南燕都”,拟建立内地首家以东南亚自然生态为主题的燕子生态文化馆"
AS5 = "2016年9月投洽会期间（计划）"
G["tx05"] = dict(
 article=art("中国投洽会期间大陆最大台商投资区将投产一大批项目", "中国新闻网（记者 杨伏山），载于中国台湾网 taiwan.cn（两岸栏）", "2016-09-02", "day",
  "National news agency item relayed by a Taiwan-affairs portal, Fujian: a national Taiwan-investment district's projects to start or be completed during the Xiamen fair — count, total and annual planned investment, shares by type, named biomedical, logistics and hotel projects, parks named",
  "http://taiwan.cn/xwzx/la/201609/t20160902_11556820.htm",
  "日期取页面“2016年09月02日 08:52:05 来源:中国新闻网”（文中“1日介绍说”）。标题照录；页头“ad9_210*60”“关键词:”、栏目导航、时间来源行、“字号:”与“[责任编辑:张晓静]”已删；署名“(记者 杨伏山)”在正文末，保留。正文六段，完整。园区：文中只作“大陆最大台商投资区——厦门市海沧区”（标题作“大陆最大台商投资区”），即海沧台商投资区——园区名由分析者补全（名称不在文中，仅此一处不照录）；生物医药产业园（海沧，母园区推定为海沧台商投资区）；“生物医药港”“厦门海沧自贸区”列可选园区。项目：17个项目“开、竣工(投产)”，各项目所处阶段未分说，status 留空；来鑫生物科技项目（工业，园区记生物医药产业园——“借助生物医药产业园地理位置的优势”，推定）、港基百汇项目（商贸物流）、正元希尔顿与泰地海西中心万豪酒店（服务业，可选）、东南燕都（位处厦门海沧自贸区内，可选）。事实：17个项目、总投资99.6亿元、2016年度计划投资7.5亿元（计划，target）；产业类13个（76.5%）、其年度计划投资6.54亿元（87.2%）；工业5个、商贸物流1个、服务业7个（可选）。海沧区发改局列可选机构。",
  "tx05"),
 parks=[
  park(HC, "厦门", "福建", "国家级台商投资区", E0, district="海沧区",
       note="文中只作“大陆最大台商投资区——厦门市海沧区”“该区”；名称由分析者补全，不在文中"),
  park(SW, "厦门", "福建", "产业园（生物医药）", E3, district="海沧区", parent=HC, note="母园区由语境推定"),
  park("生物医药港", "厦门", "福建", "产业园（生物医药）", "必将带动生物医药港集健康“研发、制造、医疗、管理”为一体的“大健康”产业链的快速发展", district="海沧区", parent=HC, opt=True),
  park("厦门海沧自贸区", "厦门", "福建", "自由贸易试验区片区", E6, district="海沧区", opt=True, note="文中又作“自贸区”"),
 ],
 companies=[],
 institutions=[
  inst("海沧区发改局", "海沧区发改局官员1日介绍说"),
 ],
 projects=[
  proj("来鑫生物科技项目", SW, E3, note="工业项目（生物医药）；开工或竣工未分说"),
  proj("港基百汇项目", HC, E4, note="商贸物流项目；依托自贸区；开工或竣工未分说"),
  proj("正元希尔顿", HC, E5, opt=True, note="服务业（酒店）项目"),
  proj("泰地海西中心万豪酒店", HC, E5, opt=True, note="服务业（酒店）项目"),
  proj("东南燕都", "厦门海沧自贸区", E6, opt=True, note="服务业项目；燕子生态文化馆"),
 ],
 aggregate_facts=[
  fact(HC, "park", "projects_started_or_completed", 17, "count", E1, AS5, kind="target", note="开、竣工(投产)项目合计"),
  fact(HC, "park", "projects_total_investment_cny", 9.96e9, "cny", "总投资合计99.6亿元,2016年度计划投资合计7.5亿元", AS5, kind="target", chk=True),
  fact(HC, "park", "planned_annual_investment_cny", 7.5e8, "cny", "2016年度计划投资合计7.5亿元", "2016年（计划）", kind="target", chk=True),
  fact(HC, "park", "industrial_projects", 13, "count", E2, AS5, kind="target", note="产业类项目"),
  fact(HC, "park", "industrial_projects_share", 0.765, "ratio", E2, AS5, kind="ratio", opt=True),
  fact(HC, "park", "industrial_projects_planned_annual_investment_cny", 6.54e8, "cny", "年度计划投资6.54亿元,占比87.2%", "2016年（计划）", kind="target", chk=True, opt=True),
  fact(HC, "park", "industrial_projects_investment_share", 0.872, "ratio", E2, "2016年（计划）", kind="ratio", opt=True),
  fact(HC, "park", "manufacturing_projects", 5, "count", E3, AS5, kind="target", opt=True, note="工业项目"),
  fact(HC, "park", "logistics_projects", 1, "count", E4, AS5, kind="target", opt=True),
  fact(HC, "park", "service_projects", 7, "count", E5, AS5, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tx06 福州华侨基金 (中新社 via 东南网海外频道 2017)
HQ = "福州华侨基金"
ZH = "产业整合并购基金"
F0 = "福州华侨基金子基金之一的产业整合并购基金已完成募资11亿元(人民币,下同),在4支子基金中首个超额完成10亿元募资目标"
F1 = "福州华侨基金由福州市投资管理公司发起设立,先期设立福州新区基础设施建设基金、新兴产业创投基金、产业整合并购基金和企业上市培育基金等4支子基金"
F2 = "总规模为100亿元,其中母基金10亿元、子基金90亿元"
F3 = "重点投向福州新区,尤其是福清、长乐、马尾等海外华侨华人相对集中的侨乡、福建“侨梦苑”、福州滨海新城等重点基础设施建设"
G["tx06"] = dict(
 article=art("（无标题）福州华侨基金子基金产业整合并购基金完成募资11亿元", "中国新闻社（中新社福州4月26日电，闫旭），载于东南网海外频道 usa.fjsen.com", "2017-04-27", "day",
  "National news agency item on a provincial portal's overseas channel, Fujian: a city fund of funds for overseas-Chinese capital — total, parent and sub-fund sizes, four named sub-funds, one sub-fund's completed fund-raising against its target, intended investors and targets (a state-level new area, a 侨梦苑 zone)",
  "https://usa.fjsen.com/2017-04/27/content_19444410.htm",
  "日期取网址 2017-04/27（电头“中新社福州4月26日电”）。存段无标题、无日期行（title 为编者概括）；全文存为一行（段落以单空格相连），照录为一段；行末表格竖线“ |”已删（LINE_SUFFIX）。正文完整，以“(完)”结束。基金：福州华侨基金（总规模100亿元，目标规模；母基金10亿元、子基金90亿元）；四支子基金——福州新区基础设施建设基金、新兴产业创投基金、产业整合并购基金（已完成募资11亿元，超过10亿元募资目标；size 记已募11亿元，目标见 note）、企业上市培育基金（后三者无单独规模）。基金不落在某一园区（park null）。园区：福州新区（国家级新区，可选）、福建“侨梦苑”（名称照录“侨梦苑”，可选）为投向；福州滨海新城为城区，不列。公司：福州市投资管理公司（发起人）。机构：福建省人民政府侨务办公室（又作“福建省侨办”，可选）。事实：子基金拟吸引侨资约20亿元、金融资本及社会资本70亿元（记为基金事实，可选）。",
  "tx06"),
 parks=[
  park("福州新区", "福州", "福建", "国家级新区", F3, opt=True, note="基金重点投向；非产业园区"),
  park("侨梦苑", "福州", "福建", "侨商产业集聚区", F3, opt=True, note="文中作福建“侨梦苑”"),
 ],
 companies=[
  comp("福州市投资管理公司", None, F1, note="福州华侨基金发起人"),
 ],
 institutions=[
  inst("福建省人民政府侨务办公室", "记者26日从福建省人民政府侨务办公室了解到", note="文中又作“福建省侨办”"),
 ],
 projects=[],
 funds=[
  fund(HQ, None, F2, size="100亿元", size_type="目标规模", note="母基金10亿元、子基金90亿元；福州市投资管理公司发起设立"),
  fund(ZH, None, F0, size="11亿元", size_type="已募资", note="子基金；已完成募资11亿元，募资目标10亿元"),
  fund("福州新区基础设施建设基金", None, F1, note="子基金；无单独规模"),
  fund("新兴产业创投基金", None, F1, note="子基金；无单独规模"),
  fund("企业上市培育基金", None, F1, note="子基金；无单独规模"),
 ],
 aggregate_facts=[
  fact(HQ, "fund", "parent_fund_size_cny", 1e9, "cny", "其中母基金10亿元、子基金90亿元", "2017年4月", chk=True, opt=True),
  fact(HQ, "fund", "sub_funds_size_cny", 9e9, "cny", "子基金90亿元", "2017年4月", chk=True, opt=True),
  fact(HQ, "fund", "sub_funds", 4, "count", F1, "2017年4月", opt=True),
  fact(ZH, "fund", "fundraising_target_cny", 1e9, "cny", "首个超额完成10亿元募资目标", "2017年4月", kind="target", chk=True, opt=True),
  fact(HQ, "fund", "overseas_chinese_capital_target_cny", 2e9, "cny", "福州华侨基金的子基金拟吸引侨资约20亿元,金融资本及社会资本70亿元", "2017年4月（计划）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(HQ, "fund", "financial_social_capital_target_cny", 7e9, "cny", "金融资本及社会资本70亿元", "2017年4月（计划）", kind="target", chk=True, opt=True),
 ])
