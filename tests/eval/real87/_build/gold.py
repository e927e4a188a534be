# real87 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city is not a park). Status from the text's words
# (开工建设 / 集中开工 → 开工; 在建 / 续建 / 已进入装修阶段 / 建设已进行到85% → 在建; 已竣工 / 集中竣工 → 竣工; 竣工投产 → 投产;
# 已完成前期工作 → planned). “预计” figures are kind target with “（预计）” in as_of; “计划” / “年度计划投资” are target;
# “今年以来”, “截至”, “累计”, “已引进” are cumulative; a fixed period (1至3月, 2014年) is reported. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/xeNN.raw as returned.

# ---------------------------------------------------------------- xe01 梧州工业园区 (gxcounty 2014)
WZ = "梧州工业园区"
A0 = "近日,由梧州致中和保健食品有限公司投资的龟苓膏及罗汉果凉茶生产项目在梧州工业园区开工建设,该项目总投资1.3亿元,年度计划投资9800万元"
A1 = "目前,丽景生物基因研发、手机摄像头音频马达(VCM)生产、中恒制药三七优质种源繁育规范化基地、中恒制药血栓通适应症研究、血栓通研究与工艺优化、三禾添佰利年产1000万件高精密金刚石模具切削刀具扩建和技改等14个项目,已按计划或提前开工建设,开工率达93.3%"
A2 = "其中侨泰制衣、福汇堂茶业加工、南顺食品生产等项目已进入装修阶段,项目进度较快"
A3 = "续建项目方面,鑫华通电子信息科技园项目一期已完成厂房建设,正在开展厂区道路、排水渠道建设以及收尾工程等工作,部分设备已到位安装,预计年中可试产运行,项目二期厂房也已开始建设"
A4 = "此外,胶基生产、创业基地等一批续建项目也加快建设,预计年中可投产或交付使用"
AQ = "2014年1–3月"
G["xe01"] = dict(
 article=art("（无标题）梧州工业园区龟苓膏及罗汉果凉茶生产项目开工 一季度园区工业总产值75亿元", "gxcounty.com（广西县域经济网，站名由域名推定；存段无署名，原发媒体未注明）", "2014-04-12", "day",
  "Regional county-economy portal, Guangxi: a city industrial park's first quarter — one named firm's project started early with its total and annual planned investment and capacity, the park's Q1 investment, output, value added, fiscal revenue and funds attracted with growth rates, named projects started, in fit-out and continuing",
  "http://gxcounty.com/jingji/yqsc/20140412/92069.html",
  "日期取网址 20140412（文中“近日”“今年一季度”，年份由网址推定为2014）。存段无标题、无日期行（title 为编者概括）。存段在末句“园区紧紧围绕电子信息产业发展,全力服务好已落户的鑫华”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…解决企业融资难的问题。”，共五段。园区：梧州工业园区（梧州，广西；文中又作“园区”）；“梧州工业园区管委会”列可选机构。项目：龟苓膏及罗汉果凉茶生产项目（梧州致中和保健食品有限公司投资，开工建设，总投资1.3亿元；年度计划投资9800万元、年产能为项目事实）；一季度已开工的14个项目中点名6个（开工；其中两项“…研究”“…工艺优化”为研究类，列可选）；“侨泰制衣、福汇堂茶业加工、南顺食品生产等项目已进入装修阶段”（在建）；续建项目鑫华通电子信息科技园项目（一期厂房建成、预计年中试产，二期厂房已开建：在建）、胶基生产、创业基地（续建，名称泛，可选）。项目名中的企业（中恒制药、三禾添佰利、鑫华通、侨泰制衣、福汇堂茶业、南顺食品、丽景生物）列可选公司。事实：园区1至3月项目投资、工业总产值、工业增加值、财政收入、招商引资到位资金及各自增速（reported，as_of 2014年1–3月）；一季度计划新开工15项（target）、已开工14项（cumulative）、开工率93.3%（可选）。",
  "xe01"),
 parks=[
  park(WZ, "梧州", "广西", "工业园区", A0, note="文中又作“园区”"),
 ],
 companies=[
  comp("梧州致中和保健食品有限公司", WZ, A0, note="龟苓膏及罗汉果凉茶生产项目投资方"),
  comp("中恒制药", WZ, A1, opt=True, note="只在项目名中"),
  comp("三禾添佰利", WZ, A1, opt=True, note="只在项目名中"),
  comp("丽景生物", WZ, A1, opt=True, note="只在项目名“丽景生物基因研发”中"),
  comp("侨泰制衣", WZ, A2, opt=True, note="只在项目名中"),
  comp("福汇堂茶业", WZ, A2, opt=True, note="只在项目名中"),
  comp("南顺食品", WZ, A2, opt=True, note="只在项目名中"),
  comp("鑫华通", WZ, A3, opt=True, note="只在项目名中；末句（已删）称“已落户的鑫华…”"),
 ],
 institutions=[
  inst("梧州工业园区管委会", "得益于梧州工业园区管委会及有关部门协调配合", park=WZ),
 ],
 projects=[
  proj("龟苓膏及罗汉果凉茶生产项目", WZ, A0, companies=["梧州致中和保健食品有限公司"], inv="总投资1.3亿元", status="开工", status_text="开工建设",
       note="原计划5月开工，提前开工；年度计划投资9800万元"),
  proj("丽景生物基因研发", WZ, A1, status="开工", status_text="已按计划或提前开工建设"),
  proj("手机摄像头音频马达(VCM)生产", WZ, A1, status="开工", status_text="已按计划或提前开工建设"),
  proj("中恒制药三七优质种源繁育规范化基地", WZ, A1, companies=["中恒制药"], status="开工", status_text="已按计划或提前开工建设"),
  proj("中恒制药血栓通适应症研究", WZ, A1, companies=["中恒制药"], status="开工", status_text="已按计划或提前开工建设", opt=True, note="研究类项目"),
  proj("血栓通研究与工艺优化", WZ, A1, status="开工", status_text="已按计划或提前开工建设", opt=True, note="研究类项目"),
  proj("三禾添佰利年产1000万件高精密金刚石模具切削刀具扩建和技改", WZ, A1, companies=["三禾添佰利"], status="开工", status_text="已按计划或提前开工建设"),
  proj("侨泰制衣", WZ, A2, companies=["侨泰制衣"], status="在建", status_text="已进入装修阶段", note="一季度开工项目之一；项目名即企业名"),
  proj("福汇堂茶业加工", WZ, A2, companies=["福汇堂茶业"], status="在建", status_text="已进入装修阶段"),
  proj("南顺食品生产", WZ, A2, companies=["南顺食品"], status="在建", status_text="已进入装修阶段"),
  proj("鑫华通电子信息科技园项目", WZ, A3, companies=["鑫华通"], status="在建", status_text="续建项目",
       note="一期已完成厂房建设、预计年中试产运行；二期厂房已开始建设"),
  proj("胶基生产", WZ, A4, status="在建", status_text="续建项目也加快建设", opt=True, note="名称泛；预计年中可投产或交付使用"),
  proj("创业基地", WZ, A4, status="在建", status_text="续建项目也加快建设", opt=True, note="名称泛"),
 ],
 aggregate_facts=[
  fact("龟苓膏及罗汉果凉茶生产项目", "project", "planned_annual_investment_cny", 9.8e7, "cny", "年度计划投资9800万元", "2014年（计划）", kind="target", chk=True),
  fact("龟苓膏及罗汉果凉茶生产项目", "project", "expected_annual_capacity_t", 4000, "t", "项目投产后,可年产龟苓膏4000吨,罗汉果凉茶1000吨", "投产后（预期）", kind="target", opt=True, note="龟苓膏"),
  fact("龟苓膏及罗汉果凉茶生产项目", "project", "expected_annual_capacity_t", 1000, "t", "项目投产后,可年产龟苓膏4000吨,罗汉果凉茶1000吨", "投产后（预期）", kind="target", opt=True, note="罗汉果凉茶"),
  fact(WZ, "park", "investment_completed_cny", 2.141e9, "cny", "园区完成项目投资21.41亿元,同比增长21%", AQ, chk=True),
  fact(WZ, "park", "investment_completed_yoy_growth", 0.21, "ratio", "园区完成项目投资21.41亿元,同比增长21%", AQ, kind="ratio"),
  fact(WZ, "park", "industrial_output_cny", 7.5e9, "cny", "完成工业总产值75亿元,同比增长20%", AQ, chk=True),
  fact(WZ, "park", "industrial_output_yoy_growth", 0.20, "ratio", "完成工业总产值75亿元,同比增长20%", AQ, kind="ratio"),
  fact(WZ, "park", "industrial_value_added_cny", 2.5e9, "cny", "完成工业增加值25亿元,同比增长21%", AQ, chk=True),
  fact(WZ, "park", "industrial_value_added_yoy_growth", 0.21, "ratio", "完成工业增加值25亿元,同比增长21%", AQ, kind="ratio"),
  fact(WZ, "park", "fiscal_revenue_cny", 4.4598e8, "cny", "完成财政收入44598万元,同比增长54.62%", AQ, chk=True),
  fact(WZ, "park", "fiscal_revenue_yoy_growth", 0.5462, "ratio", "完成财政收入44598万元,同比增长54.62%", AQ, kind="ratio"),
  fact(WZ, "park", "investment_attracted_cny", 1.8e9, "cny", "招商引资到位资金18亿元,同比增长42%", AQ, chk=True),
  fact(WZ, "park", "investment_attracted_yoy_growth", 0.42, "ratio", "招商引资到位资金18亿元,同比增长42%", AQ, kind="ratio"),
  fact(WZ, "park", "projects_planned_to_start", 15, "count", "一季度,园区计划新开工项目15项", "2014年一季度（计划）", kind="target"),
  fact(WZ, "park", "projects_started", 14, "count", A1, "2014年一季度（截至4月上旬）", kind="cumulative"),
  fact(WZ, "park", "project_start_rate", 0.933, "ratio", "开工率达93.3%", "2014年一季度（截至4月上旬）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xe02 阳和工业新区 (柳州 2013)
YH = "阳和工业新区"
B0 = "昨天下午,市长肖文荪率相关部门负责人到阳和工业新区考察调研时提出希望,认清自身特色和优势,强化升级转型,尽早建成国家级开发区"
B1 = "肖文荪一行分别前往广西方盛车桥有限责任公司、柳州银海铝业股份有限公司实地调研"
B2 = "目前,阳和工业新区在建重点项目银海铝业年产35万吨高精度高性能铝及铝合金板带材项目,将于今年6月实现主要生产线基本贯通"
B3 = "柳州上汽汽车变速器有限公司三期项目已竣工,下月配套企业将陆续投产"
B4 = "在建重点基础设施项目东部片区建设、阳和码头项目、和源路项目以及阳和村、六座村、三淋村城中村改造整村推进项目等也都在积极推进中"
G["xe02"] = dict(
 article=art("（无标题）市长肖文荪到阳和工业新区考察调研", "lzzx.liuzhou.gov.cn（柳州政协网站，站名由域名推定）（“本市要闻”栏；原发媒体与署名未注明）", "2013-03-14", "day",
  "City political-consultative site's city-news column relaying a local item, Guangxi: a mayor's inspection of an industrial new zone — two firms visited, a named aluminium project under construction with its milestone, a relocation project in preparation, a firm's third phase completed, infrastructure projects under way",
  "http://lzzx.liuzhou.gov.cn/xw/201303/t20130314_576299.html",
  "日期取网址 201303/t20130314；文中“昨天下午”即2013年3月13日；页尾“上一篇: 今日上午选举新一届国家机构领导人”与此日期相合。存段无标题（title 为编者概括）；“当前位置: / 本市要闻 / 内容导航:”与页尾上一篇、下一篇链接已删。正文六段，完整。园区：阳和工业新区（柳州，广西；文中希望其“尽早建成国家级开发区”）。公司：广西方盛车桥有限责任公司、柳州银海铝业股份有限公司（市长在新区考察时前往，园区由语境推定为阳和工业新区）、柳州上汽汽车变速器有限公司（三期项目在新区“目前”一段）；五菱柳机只在项目名中（可选）。项目：银海铝业年产35万吨高精度高性能铝及铝合金板带材项目（“在建重点项目”→在建，计划2013年6月主要生产线基本贯通）；五菱柳机退城进郊整体搬迁项目（“已完成前期工作”→planned；园区由语境推定）；柳州上汽汽车变速器有限公司三期项目（已竣工→竣工）；在建重点基础设施项目阳和码头项目、和源路项目（在建），东部片区建设、城中村改造整村推进项目（名称泛，可选）。无金额。机构：阳和工业新区政务服务中心、广西汽车零部件产业技术创新联盟（服务平台），均可选。市领导不列。",
  "xe02"),
 parks=[
  park(YH, "柳州", "广西", "工业新区", B0, note="文中希望其尽早建成国家级开发区"),
 ],
 companies=[
  comp("广西方盛车桥有限责任公司", YH, B1, note="市长考察时前往；园区由语境推定"),
  comp("柳州银海铝业股份有限公司", YH, B1, aliases=["银海铝业"], note="又作“银海铝业”；在建重点项目业主"),
  comp("柳州上汽汽车变速器有限公司", YH, B3, note="三期项目已竣工"),
  comp("五菱柳机", YH, "五菱柳机退城进郊整体搬迁项目,已完成前期工作", opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("阳和工业新区政务服务中心", "并到阳和工业新区政务服务中心参观广西汽车零部件产业技术创新联盟服务平台", park=YH),
  inst("广西汽车零部件产业技术创新联盟", "并到阳和工业新区政务服务中心参观广西汽车零部件产业技术创新联盟服务平台", kind="association", park=YH),
 ],
 projects=[
  proj("银海铝业年产35万吨高精度高性能铝及铝合金板带材项目", YH, B2, companies=["柳州银海铝业股份有限公司"], status="在建", status_text="在建重点项目",
       note="计划2013年6月主要生产线基本贯通"),
  proj("五菱柳机退城进郊整体搬迁项目", YH, "五菱柳机退城进郊整体搬迁项目,已完成前期工作", companies=["五菱柳机"], status="planned", status_text="已完成前期工作",
       note="园区由语境推定（列在“目前,阳和工业新区…”之后）"),
  proj("柳州上汽汽车变速器有限公司三期项目", YH, B3, companies=["柳州上汽汽车变速器有限公司"], phase="三期", status="竣工", status_text="已竣工",
       note="下月配套企业将陆续投产"),
  proj("阳和码头项目", YH, B4, status="在建", status_text="在建重点基础设施项目"),
  proj("和源路项目", YH, B4, status="在建", status_text="在建重点基础设施项目"),
  proj("东部片区建设", YH, B4, status="在建", status_text="在建重点基础设施项目", opt=True, note="名称泛"),
  proj("阳和村、六座村、三淋村城中村改造整村推进项目", YH, B4, status="在建", status_text="在建重点基础设施项目", opt=True),
 ],
 aggregate_facts=[
  fact("银海铝业年产35万吨高精度高性能铝及铝合金板带材项目", "project", "annual_capacity_t", 350000, "t", B2, "建成后（设计）", kind="target", opt=True,
       note="产能只在项目名中"),
 ])

# ---------------------------------------------------------------- xe03 常德 百亿园区 / 桃源工业集中区 (红网 2015)
TY = "桃源工业集中区"
C0 = "去年,桃源工业集中区规模工业总产值达200.14亿元,成为常德市首个突破200亿大关的省级园区,并获得10万元奖励"
C1 = "2014年全市10个省级以上园区中已有7个进入“百亿园区”方阵,分别为常德经开区、鼎城高新区、汉寿高新区、澧县经开区、桃源工业集中区、石门经开区、津市工业集中区"
C2 = "2014年,桃源县38个重大工业项目中,有桃源水电站、博邦农科、龙行天下一期、迪文科技一期、辣妹子食品一期等17个项目竣工投产"
G["xe03"] = dict(
 article=art("常德市有了首个省级“两百亿园区”", "红网园区频道 yq.rednet.cn（“来源:红网综合”，编辑 易添麒）", "2015-02-16", "day",
  "Provincial news portal's parks channel, Hunan: a county industrial concentration zone passes 20 billion yuan of above-scale industrial output — the city's seven “百亿园区” named, the county's major industrial projects with five named ones completed and in production, projects signed",
  "https://yq.rednet.cn/c/2015/02/16/4121101.htm",
  "日期取页面“2015-02-16 08:57:20”。标题照录；“当前位置:”、来源编辑行、“时刻新闻 —分享—”与页尾声明、链接已删。正文三段，完整。园区：常德经开区、鼎城高新区、汉寿高新区、澧县经开区、桃源工业集中区、石门经开区、津市工业集中区（常德市2014年“百亿园区”，名称照录；区县由名称推定）。事实：桃源工业集中区2014年规模工业总产值200.14亿元；全市10个省级以上园区中7个为“百亿园区”（常德市，可选）；桃源县38个重大工业项目、17个竣工投产、签约千万元以上项目23个（region 桃源县）。项目：桃源水电站、博邦农科、龙行天下一期、迪文科技一期、辣妹子食品一期（竣工投产→投产）；文中只说“桃源县…重大工业项目”，未说在集中区内，park 记 null。项目名中的企业（博邦农科、迪文科技、辣妹子食品）列可选公司（park null）。“桃源县招商引资广东联络中心”列可选机构。10万元奖励不计。",
  "xe03"),
 parks=[
  park(TY, "常德", "湖南", "工业集中区", C0, district="桃源县", note="省级园区；2014年首次突破两百亿"),
  park("常德经开区", "常德", "湖南", "经济开发区", C1, note="百亿园区（文中“除了常德经开区之外…又有一个工业园区晋升‘两百亿园区’”）"),
  park("鼎城高新区", "常德", "湖南", "高新区", C1, district="鼎城区", note="百亿园区"),
  park("汉寿高新区", "常德", "湖南", "高新区", C1, district="汉寿县", note="百亿园区"),
  park("澧县经开区", "常德", "湖南", "经济开发区", C1, district="澧县", note="百亿园区"),
  park("石门经开区", "常德", "湖南", "经济开发区", C1, district="石门县", note="百亿园区"),
  park("津市工业集中区", "常德", "湖南", "工业集中区", C1, district="津市市", note="2014年首次突破百亿"),
 ],
 companies=[
  comp("博邦农科", None, C2, opt=True, note="只在项目名中；桃源县"),
  comp("迪文科技", None, C2, opt=True, note="只在项目名中；桃源县"),
  comp("辣妹子食品", None, C2, opt=True, note="只在项目名中；桃源县"),
 ],
 institutions=[
  inst("桃源县招商引资广东联络中心", "同时还在东莞设立桃源县招商引资广东联络中心"),
 ],
 projects=[
  proj("桃源水电站", None, C2, status="投产", status_text="竣工投产", note="桃源县重大工业项目；园区未说"),
  proj("博邦农科", None, C2, companies=["博邦农科"], status="投产", status_text="竣工投产", note="同上；项目名即企业名"),
  proj("龙行天下一期", None, C2, phase="一期", status="投产", status_text="竣工投产", note="同上"),
  proj("迪文科技一期", None, C2, companies=["迪文科技"], phase="一期", status="投产", status_text="竣工投产", note="同上"),
  proj("辣妹子食品一期", None, C2, companies=["辣妹子食品"], phase="一期", status="投产", status_text="竣工投产", note="同上"),
 ],
 aggregate_facts=[
  fact(TY, "park", "industrial_output_above_scale_cny", 2.0014e10, "cny", "桃源工业集中区规模工业总产值达200.14亿元", "2014年", chk=True),
  fact("常德市", "region", "parks_provincial_or_above", 10, "count", C1, "2014年", opt=True),
  fact("常德市", "region", "parks_output_over_10bn", 7, "count", C1, "2014年", opt=True, note="“百亿园区”"),
  fact("桃源县", "region", "major_industrial_projects", 38, "count", C2, "2014年"),
  fact("桃源县", "region", "projects_completed", 17, "count", C2, "2014年", note="竣工投产"),
  fact("桃源县", "region", "projects_signed", 23, "count", "去年该县还实行全民招商,成功签约千万元以上项目23个", "2014年", note="千万元以上项目"),
 ])

# ---------------------------------------------------------------- xe04 湘乡市 10个重点产业项目 在湘乡经开区开工 (2019)
XX = "湘乡经开区"
D0 = "3月23日,湘乡市2019年重点产业项目开工仪式在湘乡经开区举行,10个重点产业项目集中开工建设"
D1 = "此次10个重点产业项目总投资39.7亿元,年度投资18.3亿元"
ST = dict(status="开工", status_text="集中开工建设")
NX = "湘乡市2019年重点产业项目；开工仪式在湘乡经开区举行，项目所在园区文中未说"
AS4 = "2019年3月23日（集中开工）"
G["xe04"] = dict(
 article=art("（无标题）湘乡市2019年重点产业项目开工仪式在湘乡经开区举行 10个项目总投资39.7亿元", "hnkfq.com.cn（站名存段未示；原发媒体与署名未注明）", "2019-03", "month",
  "Hunan development-zone site relaying a city item: a county-level city's joint groundbreaking held in its economic development zone — ten named projects started, each with its investment and (for most) land and content",
  "http://hnkfq.com.cn/qywh/info_itemid_451.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“3月23日,湘乡市2019年重点产业项目开工仪式”，开工日为2019年3月23日，发布日不详，记 2019-03（month）。正文两段（第二段“附项目概况”），完整。园区：湘乡经开区（湘乡市，湘潭，湖南）。项目：十个项目“集中开工建设”→开工，各有投资额（埃普特产学研合作基地“计划投资5亿元”，其余“总投资…”）；文中只说开工仪式在湘乡经开区举行、项目为“湘乡市…重点产业项目”，其中有道路工程（韶水干线毛田镇区段等）显然不在园区，故各项目 park 记 null（见 SOURCES 的存疑点）。十项金额合计40.69亿元，与文中“总投资39.7亿元”不符，照录。事实：湘乡市本次10个项目、总投资39.7亿元、年度投资18.3亿元（target）；各项目用地（亩）列可选。项目名中的企业（埃普特、三一筑工、洙津电化、卫全塑板）列可选公司。",
  "xe04"),
 parks=[
  park(XX, "湘潭", "湖南", "经济开发区", D0, district="湘乡市", note="开工仪式举办地"),
 ],
 companies=[
  comp("埃普特", None, "埃普特产学研合作基地,计划投资5亿元", opt=True, note="只在项目名中"),
  comp("卫全塑板", None, "卫全塑板建设项目,总投资1.2亿元", opt=True, note="只在项目名中"),
  comp("洙津电化", None, "洙津电化技改项目,总投资1.2亿元", opt=True, note="只在项目名中"),
  comp("三一筑工", None, "三一筑工项目,总投资3000万元", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("埃普特产学研合作基地", None, "埃普特产学研合作基地,计划投资5亿元,规划用地78亩,分三期实施", companies=["埃普特"], inv="计划投资5亿元", note=NX + "；分三期实施", **ST),
  proj("中国节能环保项目", None, "中国节能环保项目,总投资20亿元,用地300亩,建设10万吨/年废矿物油再生加工循环利用生产基地", inv="总投资20亿元", note=NX, **ST),
  proj("电力产业园二期项目", None, "电力产业园二期项目,总投资10亿元,用地182亩", inv="总投资10亿元", phase="二期", note=NX, **ST),
  proj("三龙湾物流项目", None, "三龙湾物流项目,总投资8000万元", inv="总投资8000万元", note=NX, **ST),
  proj("卫全塑板建设项目", None, "卫全塑板建设项目,总投资1.2亿元", companies=["卫全塑板"], inv="总投资1.2亿元", note=NX, **ST),
  proj("洙津电化技改项目", None, "洙津电化技改项目,总投资1.2亿元", companies=["洙津电化"], inv="总投资1.2亿元", note=NX, **ST),
  proj("三一筑工项目", None, "三一筑工项目,总投资3000万元", companies=["三一筑工"], inv="总投资3000万元", note=NX, **ST),
  proj("中南国际汽车城配套道路工程", None, "中南国际汽车城配套道路工程,总投资1.18亿元", inv="总投资1.18亿元", note=NX, **ST),
  proj("长河湾洲际高星级酒店配套道路工程", None, "长河湾洲际高星级酒店配套道路工程,总投资8100万元", inv="总投资8100万元", note=NX, **ST),
  proj("韶水干线毛田镇区段项目", None, "韶水干线毛田镇区段项目,总投资2000万元", inv="总投资2000万元", note=NX + "；公路", **ST),
 ],
 aggregate_facts=[
  fact("湘乡市", "region", "projects_started", 10, "count", D0, AS4),
  fact("湘乡市", "region", "projects_started_investment_cny", 3.97e9, "cny", D1, AS4, chk=True),
  fact("湘乡市", "region", "planned_annual_investment_cny", 1.83e9, "cny", "年度投资18.3亿元", "2019年（计划）", kind="target", chk=True),
  fact("埃普特产学研合作基地", "project", "site_area_mu", 78, "mu", "规划用地78亩", AS4, opt=True),
  fact("中国节能环保项目", "project", "site_area_mu", 300, "mu", "总投资20亿元,用地300亩", AS4, opt=True),
  fact("电力产业园二期项目", "project", "site_area_mu", 182, "mu", "总投资10亿元,用地182亩", AS4, opt=True),
 ])

# ---------------------------------------------------------------- xe05 娄底 45个重点产业项目集中开(竣)工 (娄底日报 2019)
LD = "娄底经开区"
E0 = "市委书记、市人大常委会主任李荐国,市委副书记、市长杨懿文等分别出席娄底经开区和娄星区集中开(竣)工仪式"
E1 = "此次集中开(竣)工的项目共45个,其中开工26个,竣工19个"
E2 = "李荐国出席娄底经开区集中开(竣)工仪式,并宣布中佳华悦环卫机械生产项目等6个项目集中开工,五江高科高分辨率感光干膜项目等3个项目集中竣工"
AS5 = "2019年12月4日（集中开（竣）工）"
G["xe05"] = dict(
 article=art("我市45个重点产业项目集中开(竣)工", "娄底日报（“本报讯”；存段无署名），载于 ld.smehn.cn", "2019-12-05", "day",
  "City daily on a regional SME portal, Hunan: a city's second batch of projects started and completed at six sites — totals by county and by type, the economic development zone's nine projects with their total, one named project started and one completed in the zone",
  "http://ld.smehn.cn/News/Detail?id=408181&categoryId=310",
  "日期取“出版日期:2019/12/5”（页面“发表时间:2019年12月06日”为转载日）；文中“12月4日上午”为开（竣）工日。标题照录（页面重复一次）；引题“为“加速转型、奋力赶超”增添新动能”、副题“总投资逾131亿元李荐国杨懿文华学健等分别出席”及来源、阅读数、发表时间、出版日期行已删。存段末句“其中,中厚机械制造有限公司三一配套项目一期将建设…三一起重机”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…建成投产后年产值在10亿元以上。”，共三段。园区：娄底经开区（娄底，湖南）；“万宝新区”为城市新区，列可选园区。项目：中佳华悦环卫机械生产项目（集中开工→开工）、五江高科高分辨率感光干膜项目（集中竣工→竣工），均在娄底经开区；无单项金额（“大多投资在5亿元以上”不作金额）。事实：全市45个项目、总投资131.96亿元、开工26个、竣工19个（region 娄底市）；娄底经开区项目9个、总投资49.04亿元、开工6个、竣工3个；各县市区与类别分项列可选。项目名中的企业（中佳华悦、五江高科）列可选公司。市领导不列。",
  "xe05"),
 parks=[
  park(LD, "娄底", "湖南", "经济开发区", E0, note="开（竣）工现场之一"),
  park("万宝新区", "娄底", "湖南", "新区", "此次集中开(竣)工活动设娄星区、冷水江市、双峰县、新化县和娄底经开区、万宝新区6个现场", opt=True, note="城市新区，是否园区存疑"),
 ],
 companies=[
  comp("中佳华悦", LD, E2, opt=True, note="只在项目名中"),
  comp("五江高科", LD, E2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中佳华悦环卫机械生产项目", LD, E2, companies=["中佳华悦"], status="开工", status_text="集中开工"),
  proj("五江高科高分辨率感光干膜项目", LD, E2, companies=["五江高科"], status="竣工", status_text="集中竣工"),
 ],
 aggregate_facts=[
  fact("娄底市", "region", "projects_started_or_completed", 45, "count", E1, AS5),
  fact("娄底市", "region", "started_completed_projects_investment_cny", 1.3196e10, "cny", "总投资131.96亿元,将为奋力建设富饶美丽健康祥和新娄底", AS5, chk=True),
  fact("娄底市", "region", "projects_started", 26, "count", E1, AS5),
  fact("娄底市", "region", "projects_completed", 19, "count", E1, AS5),
  fact(LD, "park", "projects_started_or_completed", 9, "count", "娄底经开区项目9个,总投资49.04亿元", AS5),
  fact(LD, "park", "started_completed_projects_investment_cny", 4.904e9, "cny", "娄底经开区项目9个,总投资49.04亿元", AS5, chk=True),
  fact(LD, "park", "projects_started", 6, "count", E2, AS5),
  fact(LD, "park", "projects_completed", 3, "count", E2, AS5),
  fact("万宝新区", "region", "projects_started_or_completed", 3, "count", "万宝新区项目3个,总投资11.6亿元", AS5, opt=True),
  fact("万宝新区", "region", "started_completed_projects_investment_cny", 1.16e9, "cny", "总投资11.6亿元", AS5, opt=True, chk=True),
  fact("娄星区", "region", "started_completed_projects_investment_cny", 1.717e9, "cny", "娄星区项目9个,总投资17.17亿元", AS5, opt=True, chk=True),
  fact("冷水江市", "region", "started_completed_projects_investment_cny", 9.4e8, "cny", "冷水江市项目4个,总投资9.4亿元", AS5, opt=True, chk=True),
  fact("涟源市", "region", "started_completed_projects_investment_cny", 1.678e9, "cny", "涟源市项目6个,总投资16.78亿元", AS5, opt=True, chk=True),
  fact("双峰县", "region", "started_completed_projects_investment_cny", 7.08e8, "cny", "双峰县项目6个,总投资7.08亿元", AS5, opt=True, chk=True),
  fact("新化县", "region", "started_completed_projects_investment_cny", 2.089e9, "cny", "新化县项目8个,总投资20.89亿元", AS5, opt=True, chk=True),
  fact("娄底市", "region", "industrial_projects_started_or_completed", 37, "count", "产业发展项目37个,总投资105.68亿元", AS5, opt=True),
  fact("娄底市", "region", "industrial_projects_investment_cny", 1.0568e10, "cny", "总投资105.68亿元;基础设施项目7个", AS5, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xe06 南宁高新区多项经济指标逆势增长 (gx.cri 2020)
NN = "南宁高新区"
ZS = "南宁综合保税区"
ZG = "南宁·中关村科技园"
F0 = "今年以来,南宁高新区在市委、市政府的领导下,积极应对经济下行、疫情等冲击,全面落实强首府战略,全力打造千亿产业园区"
F1 = "预计1—9月完成固定资产投资115.66亿元,同比增长16.62%"
F2 = "高新区目前已引进广西珞桂节能环保研究院、南宁轨道交通技术产业研究院等15家新型产业技术研究机构,完成全年目标任务75%"
F3 = "南宁综合保税区1—8月完成外贸进出口额270.47亿元,同比增长126.3%,在全国97家综合保税区中排名第15"
F4 = "今年来,南宁·中关村科技园、中新南宁国际物流园等一批百亿级重大项目在南宁高新区开花结果"
AS6 = "2020年（截至11月初）"
G["xe06"] = dict(
 article=art("南宁高新区多项经济指标逆势增长", "国际在线广西频道 gx.cri.cn，转载“本报”稿（记者 林灵，通讯员 欧阳钢桥；原报名存段未示）", "2020-11-09", "day",
  "Central broadcaster's provincial channel relaying a city paper, Guangxi: a national high-tech zone's 2020 indicators — leading-industry share, fixed-asset investment (estimate), research institutes, high-tech and gazelle firms, its bonded zone's trade, FDI, and hundred-billion-class projects",
  "https://gx.cri.cn/n/20201109/e8a4ded7-781f-2b7e-4417-3c1d82b8af32.html",
  "日期取网址 20201109。存段首行“原标题:南宁高新区多项经济指标逆势增长”——转载页自己的标题不在存段中，标题行用原标题（make_txt.py HEAD_PREFIX 删“原标题:”），副题“上半年规上工业产值增速全市排名第一,一批百亿级重大项目开花结果”与署名行“■本报记者林灵 通讯员欧阳钢桥”已删。存段末句“项目一期预计2020年底全部竣工,项目二期已开展前期建设,”在句中中断，该句已删（LINE_SUFFIX），正文截至“…分两期开展建设。”，含小标题两行，共九段。园区：南宁高新区（南宁，广西；文中又作“高新区”）；南宁综合保税区（文中列在高新区“开放枢纽”之下，母园区推定为南宁高新区）；南宁·中关村科技园（文中又作“南宁·中关村”，百亿级重大项目，列可选园区，母园区南宁高新区）；中国(南宁)跨境电子商务综合试验区（全市政策区，可选）。项目：南宁·中关村科技园、中新南宁国际物流园（“百亿级重大项目在南宁高新区开花结果”，无状态、无金额）、南宁·中关村科技园百亿级电子信息产业园（分两期建设；期次进度所在句已删，无状态）。机构：两家研究院（可选，research）。事实：三大主导产业产值占比78.35%（1—9月）；固定资产投资115.66亿元、增长16.62%（“预计1—9月”→target）；新型产业技术研究机构15家（已引进，cumulative）；高新技术企业351家、自治区级瞪羚企业18家；综保区1—8月外贸进出口额270.47亿元、增长126.3%、全国第15（可选）；“1—9月完成商务部口径实际利用外资11644万美元”主语不明（承上句为综保区，或指高新区），记于南宁高新区并列可选；跨境电商综试区进出口额约12.82亿元（可选）；南宁·中关村已引进高科技项目5个（可选）。“上半年规上工业产值增速全市排名第一”等排名不计。",
  "xe06", title_note="原标题（转载页注）；副题：上半年规上工业产值增速全市排名第一,一批百亿级重大项目开花结果"),
 parks=[
  park(NN, "南宁", "广西", "高新区", F0, note="文中又作“高新区”"),
  park(ZS, "南宁", "广西", "综合保税区", F3, parent=NN, note="列在南宁高新区“开放枢纽”之下；母园区由语境推定"),
  park(ZG, "南宁", "广西", "科技园", F4, parent=NN, aliases=["南宁·中关村"], opt=True, note="又是“百亿级重大项目”；文中又作“南宁·中关村”"),
  park("中国(南宁)跨境电子商务综合试验区", "南宁", "广西", "跨境电子商务综合试验区", "中国(南宁)跨境电子商务综合试验区1—9月完成进出口额约12.82亿元", opt=True, note="全市政策区"),
 ],
 companies=[],
 institutions=[
  inst("广西珞桂节能环保研究院", F2, kind="research", park=NN, note="新型产业技术研究机构"),
  inst("南宁轨道交通技术产业研究院", F2, kind="research", park=NN, note="新型产业技术研究机构"),
 ],
 projects=[
  proj(ZG, NN, F4, note="百亿级重大项目；无状态、无金额；亦列为可选园区"),
  proj("中新南宁国际物流园", NN, F4, note="百亿级重大项目；无状态、无金额"),
  proj("南宁·中关村科技园百亿级电子信息产业园", NN, "其中,南宁·中关村科技园百亿级电子信息产业园分两期开展建设", opt=True,
       note="分两期建设；期次进度所在句在存段中被截断、已删"),
 ],
 aggregate_facts=[
  fact(NN, "park", "leading_industries_output_share", 0.7835, "ratio", "1—9月三大主导产业产值占工业产值比重上升至78.35%", "2020年1–9月", kind="ratio"),
  fact(NN, "park", "fixed_asset_investment_cny", 1.1566e10, "cny", F1, "2020年1–9月（预计）", kind="target", chk=True),
  fact(NN, "park", "fixed_asset_investment_yoy_growth", 0.1662, "ratio", F1, "2020年1–9月（预计）", kind="ratio"),
  fact(NN, "park", "research_institutes", 15, "count", F2, AS6, kind="cumulative", note="新型产业技术研究机构"),
  fact(NN, "park", "research_institutes_target_completion", 0.75, "ratio", F2, AS6, kind="ratio", opt=True),
  fact(NN, "park", "high_tech_firms", 351, "count", "现有已备案的高新技术企业共351家", AS6),
  fact(NN, "park", "gazelle_firms", 18, "count", "已入库培育的自治区级瞪羚企业达18家,占南宁市(36家)的50%", AS6),
  fact(NN, "park", "actual_fdi_usd", 1.1644e8, "usd", "1—9月完成商务部口径实际利用外资11644万美元占全年任务的194%", "2020年1–9月", opt=True,
       note="主语不明：承上句或为南宁综合保税区"),
  fact(ZS, "park", "import_export_cny", 2.7047e10, "cny", F3, "2020年1–8月", chk=True),
  fact(ZS, "park", "import_export_growth", 1.263, "ratio", F3, "2020年1–8月", kind="ratio"),
  fact(ZS, "park", "national_rank", 15, "rank", F3, "2020年1–8月", opt=True, note="全国97家综合保税区中"),
  fact("中国(南宁)跨境电子商务综合试验区", "park", "import_export_cny", 1.282e9, "cny", "中国(南宁)跨境电子商务综合试验区1—9月完成进出口额约12.82亿元", "2020年1–9月",
       qual="约", qtext="约", opt=True, chk=True),
  fact(ZG, "park", "projects_introduced", 5, "count", "南宁·中关村已引进高科技项目5个,完成全年目标任务的50%", AS6, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- xe07 湘潭经开区8个项目集中开工投产 (长沙晚报掌上长沙 2024)
XT = "湘潭经开区"
H0 = "161个重点项目集中开工投产,抢先起势、抢滩开局,总投资达552亿元"
H1 = "其中,湘潭经开区项目共8个,总投资47.7亿元,年计划投资35亿元"
H2 = ("湘潭经开区此次开工投标项目分别为湖南吉利汽车职业技术学院整体搬迁项目、吉利新能源乘用车项目、吉利神盾电池项目、吉利新能源乘用车及电池厂房改造项目、"
      "北大金秋—湘潭市金秋方舟高级中学项目、京顺达汽车零部件产业园项目、吉利全新智能LCV项目配套倒班楼建设项目、监护相关模块和医学计量器具的研发和制造项目")
H3 = "同时,此次竣工投产项目涉及湘潭经开区共17个,总投资86亿元,分别为雨花工程智能制造产业园(一期)、联东U谷二期、亚宏新材料二期、湘潭中工京迪智造园(一期)、湘潭威胜储能智能制造车间等项目"
S7 = dict(status="开工", status_text="开工投标项目（原文如此）")
S7b = dict(status="投产", status_text="竣工投产")
AS7 = "2024年2月22日（集中签约、开工、投产）"
G["xe07"] = dict(
 article=art("湘潭经开区8个项目集中开工投产,总投资47.7亿元", "长沙晚报掌上长沙（湘江早报全媒体记者 黄荣佳，通讯员 李容容），载于 file.life0731.com", "2024-02-22", "day",
  "City evening paper's app relayed on a Changsha portal, Hunan: a city's first batch of 2024 projects — the economic development zone's eight projects started (all named) with total and annual plan, and seventeen completed and in production with five named",
  "https://file.life0731.com/upload/website_attach/202402/24/858656.html",
  "日期取电头“长沙晚报掌上长沙2月22日讯”（网址 202402/24 为存档日）。标题照录；站名行“相链区块链”已删。存段末段“仪式前,与会领导还前往湖南亚辉龙医疗器械产业园项目和…现场,观摩…要求”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…作出新的更大贡献。”，共三段。园区：湘潭经开区（湘潭，湖南）；“湘潭大学城创新创业园”只作仪式现场名（列可选园区）。项目：“此次开工投标项目”（“投标”原文如此）八项，开工，园区湘潭经开区，无单项金额；竣工投产17项中点名五项（雨花工程智能制造产业园(一期)、联东U谷二期、亚宏新材料二期、湘潭中工京迪智造园(一期)、湘潭威胜储能智能制造车间），投产。标题“8个项目集中开工投产”指开工的8个。事实：全市161个项目、总投资552亿元（region 湘潭市）；湘潭经开区8个项目、总投资47.7亿元、年计划投资35亿元（target）；竣工投产17个、总投资86亿元。项目名中的企业（吉利、京顺达、亚宏新材料、威胜、联东）列可选公司；湖南吉利汽车职业技术学院列可选机构。",
  "xe07"),
 parks=[
  park(XT, "湘潭", "湖南", "经济开发区", H1),
  park("湘潭大学城创新创业园", "湘潭", "湖南", "创新创业园", "2月22日上午,2024年湘潭市重大项目第一批集中签约、开工、投产仪式在湘潭大学城创新创业园—湖南吉利汽车职业技术学院整体搬迁项目现场举行",
       opt=True, note="只作仪式现场名"),
 ],
 companies=[
  comp("吉利", XT, H2, opt=True, note="只在项目名中"),
  comp("京顺达", XT, H2, opt=True, note="只在项目名中"),
  comp("亚宏新材料", XT, H3, opt=True, note="只在项目名中"),
  comp("威胜", XT, H3, opt=True, note="只在项目名“湘潭威胜储能智能制造车间”中"),
  comp("联东", XT, H3, opt=True, note="只在项目名“联东U谷二期”中"),
 ],
 institutions=[
  inst("湖南吉利汽车职业技术学院", H2, kind="university", park=XT, note="整体搬迁项目"),
 ],
 projects=[
  proj("湖南吉利汽车职业技术学院整体搬迁项目", XT, H2, **S7),
  proj("吉利新能源乘用车项目", XT, H2, companies=["吉利"], **S7),
  proj("吉利神盾电池项目", XT, H2, companies=["吉利"], **S7),
  proj("吉利新能源乘用车及电池厂房改造项目", XT, H2, companies=["吉利"], **S7),
  proj("北大金秋—湘潭市金秋方舟高级中学项目", XT, H2, **S7),
  proj("京顺达汽车零部件产业园项目", XT, H2, companies=["京顺达"], **S7),
  proj("吉利全新智能LCV项目配套倒班楼建设项目", XT, H2, companies=["吉利"], **S7),
  proj("监护相关模块和医学计量器具的研发和制造项目", XT, H2, **S7),
  proj("雨花工程智能制造产业园(一期)", XT, H3, phase="一期", **S7b),
  proj("联东U谷二期", XT, H3, companies=["联东"], phase="二期", **S7b),
  proj("亚宏新材料二期", XT, H3, companies=["亚宏新材料"], phase="二期", **S7b),
  proj("湘潭中工京迪智造园(一期)", XT, H3, phase="一期", **S7b),
  proj("湘潭威胜储能智能制造车间", XT, H3, companies=["威胜"], **S7b),
 ],
 aggregate_facts=[
  fact("湘潭市", "region", "projects_started_or_completed", 161, "count", H0, AS7, note="重点项目集中开工投产"),
  fact("湘潭市", "region", "started_completed_projects_investment_cny", 5.52e10, "cny", "总投资达552亿元", AS7, chk=True),
  fact(XT, "park", "projects_started", 8, "count", H1, AS7),
  fact(XT, "park", "projects_started_investment_cny", 4.77e9, "cny", "总投资47.7亿元,年计划投资35亿元", AS7, chk=True),
  fact(XT, "park", "planned_annual_investment_cny", 3.5e9, "cny", "年计划投资35亿元", "2024年（计划）", kind="target", chk=True),
  fact(XT, "park", "projects_in_production", 17, "count", H3, AS7, note="竣工投产项目"),
  fact(XT, "park", "projects_completed_investment_cny", 8.6e9, "cny", "总投资86亿元,分别为雨花工程智能制造产业园(一期)", AS7, chk=True, note="竣工投产17个项目"),
 ])

# ---------------------------------------------------------------- xe08 来宾 工业振兴三年行动 (广西广播电视台 2024)
WX = "武宣县河西工业园区"
QY = "广西群益新材料有限公司"
K0 = "广西群益新材料有限公司位于武宣县河西工业园区,占地面积约330亩"
K1 = "项目总投资13.5亿元,其中一期项目投资10.5亿元,主要从事环保轻质刨花板的研发、生产、销售"
K2 = "现在项目建设已经进行到85%左右,我们预计在5月28日首板下线"
ZM = "广西象州臻明纺织有限公司"
G["xe08"] = dict(
 article=art("来宾:实施工业振兴三年行动 打造优势产业集群", "广西广播电视台 bbrtv.com（【学方略 谋创新 抓落实】栏；存段无署名）", "2024-04-15", "day",
  "Provincial broadcaster's web news, Guangxi: a city's three-year industrial revival — a named firm's board plant in a county industrial park with total and phase investments, construction progress and expected first output, a textile firm's output, the city's industry structure",
  "http://bbrtv.com/2024/0415/929504.html",
  "日期取网址 2024/0415。标题照录；栏目行“【学方略 谋创新 抓落实】”已删。存段末句“目前已建成金属新材料、钙基新材料”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…五大新兴产业。”，共四段。同期声以“姓名:”引出，照录。园区：武宣县河西工业园区（来宾市武宣县，广西）。公司：广西群益新材料有限公司（在园）；广西象州臻明纺织有限公司（“园区”未点名，park null）。项目：文中只说“项目总投资13.5亿元”，未另命名，项目名记企业名（同 real52 zv02 成峰工程机械），在建（“项目建设已经进行到85%左右”，预计2024年5月28日首板下线）；一期10.5亿元、二期3亿元为项目事实（可选）。“产值达到10亿以上”无“元”，不记 *_cny 事实；“解决劳动力600人以上”记 expected_jobs（超）。臻明纺织日产约30吨、一到三月月均约1000吨、全年约1.2万吨（文作“1万2千吨左右的总产值”）列可选。来宾市产业门类计数不计。",
  "xe08"),
 parks=[
  park(WX, "来宾", "广西", "工业园区", K0, district="武宣县"),
 ],
 companies=[
  comp(QY, WX, K0, note="环保轻质刨花板；“双百双新”产业项目"),
  comp(ZM, None, "在广西象州臻明纺织有限公司,工人们有条不紊地在设备之间来回穿梭", note="所在“园区”未点名"),
 ],
 projects=[
  proj(QY, WX, K1, companies=[QY], inv="项目总投资13.5亿元", status="在建", status_text="项目建设已经进行到85%左右",
       note="项目未另命名，以企业名作项目名；一期刨花板10.5亿元，二期全屋定制家具生产线3亿元；预计5月28日首板下线"),
 ],
 aggregate_facts=[
  fact(QY, "company", "site_area_mu", 330, "mu", K0, "2024年4月", qual="约", qtext="约"),
  fact(QY, "project", "phase1_investment_cny", 1.05e9, "cny", "其中一期项目投资10.5亿元", "2024年4月", opt=True, chk=True),
  fact(QY, "project", "phase2_investment_cny", 3e8, "cny", "二期投资3亿元建设全屋定制家具生产线", "2024年4月", opt=True, chk=True),
  fact(QY, "project", "construction_progress", 0.85, "ratio", K2, "2024年4月", kind="ratio", qual="约", qtext="左右", opt=True),
  fact(QY, "company", "expected_jobs", 600, "count", "建成投产后将解决劳动力600人以上", "投产后（预期）", kind="target", qual="超", qtext="以上"),
  fact(ZM, "company", "daily_output_t", 30, "t", "目前每天有30吨左右纱线产量", "2024年4月", qual="约", qtext="左右", opt=True),
  fact(ZM, "company", "monthly_output_t", 1000, "t", "我们一到三月份的产量月均1000吨左右", "2024年1–3月（月均）", qual="约", qtext="左右", opt=True),
  fact(ZM, "company", "expected_annual_output_t", 12000, "t", "相信今年有1万2千吨左右的总产值", "2024年全年（预计）", kind="target", qual="约", qtext="左右", opt=True),
 ])
