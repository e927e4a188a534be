# real145 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as stored); names as written in the
# text (a zone named only “高新区” stays “高新区”, its full name goes to the note); 逾/超过/超/以上/突破 → 超, 余/多 → 余,
# 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence);
# US dollars in *_usd facts. Growth rates as ratios. Projects: the park is the one the text places the project in, null if
# none. Status from the text's words (签约 / 签约落户 → 签约; 开工建设 → 开工; 完工 → 竣工; 投产 → 投产; 正在施工 → 在建;
# “计划…投产” with nothing begun → planned). “今年以来” counts are cumulative; 计划 / 目标 / 预计 figures are target. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/wlNN.raw as returned.

# ---------------------------------------------------------------- wl01 大庆高新区 重点项目 (黑龙江 地方志 yearbook entry, 2013)
GX = "高新区"
A1 = "一期河道长3.1公里,北起高新区新航路,向南经新荣路、安萨路至翔安大街,总投资2亿元,2012年完工"
A2 = "二期河道长865米,北起高新区翔安大街,向南至景观大道,比邻沃尔沃和阿斯兰小镇,2013年9月完工"
A3 = "由沃尔沃汽车(中国)有限公司组织实施,项目总投资200亿元,规划产能年产30万辆"
A4 = "其中,一期规划产能年产8万辆,总投资45.76亿元"
A5 = "2011年7月,项目一期正式开工建设,2013年冲压、焊装、涂装、总装四大工艺厂房及配套的污水处理站、试车跑道、锅炉房等工程全部建成使用,生产设备全部安装完成"
A6 = "由联想融科智地公司投资建设,总占地100万平方米,建筑面积200万平方米,总投资114.5亿元"
A7 = "年可实现产值340亿元以上,利税超过100亿元,安置就业3万人"
G["wl01"] = dict(
 article=art("重点项目", "黑龙江省地方志（www.hljszw.org.cn 数字方志库；所属年鉴卷次存段未示，内容为大庆高新技术产业开发区 2013 年度条目）", "2014", "year",
  "Provincial gazetteer's yearbook entry (地方志/年鉴), Heilongjiang: a national high-tech zone's key projects of 2013 — a canal built in two phases, an automaker's vehicle base (total and phase-1 investment, construction and first vehicle off the line), a tech-city project with its investment and expected output",
  "https://www.hljszw.org.cn/home/book/info/get_id/100263.html",
  "年鉴条目，页面标题即栏目名“重点项目”；出版年由内容（记至2013年11月28日）推定为2014年（年鉴卷次未示，推定）。存段为一整段，末句“大庆联想科技城是中国首个…推动了新一代信息技术产业与制造产业实现”在存段处中断，整句删去（LINE_SUFFIX），正文止于“…安置就业3万人。”。园区：文中只作“高新区”（道路定位“北起高新区新航路”），即大庆高新技术产业开发区（大庆市，黑龙江）——按惯例名称照录“高新区”，城市大庆由语境（沃尔沃大庆、大庆联想科技城）推定。项目：301国道运河建设项目一期（总投资2亿元，2012年完工→竣工）、二期（2013年9月完工→竣工；“共投资5 000万元”数字中有空格，不计金额，可选）；沃尔沃汽车大庆整车制造基地建设项目（总投资200亿元；2011年7月一期开工，2013年厂房全部建成、整车下线、“具备投产条件”→竣工，status_alt 在建）；其一期（总投资45.76亿元）另列可选；大庆联想科技城建设项目（总投资114.5亿元，无状态词）。达产预期（产值340亿元以上等）为项目事实。",
  "wl01"),
 parks=[
  park(GX, "大庆", "黑龙江", "高新区", A1, note="即大庆高新技术产业开发区；文中只作“高新区”"),
 ],
 companies=[
  comp("沃尔沃汽车(中国)有限公司", GX, A3),
  comp("联想融科智地公司", GX, A6),
 ],
 institutions=[],
 projects=[
  proj("301国道运河建设项目", GX, A1, inv="总投资2亿元", phase="一期", status="竣工", status_text="2012年完工",
       aliases=["301城市运河"], note="一期；二期另列"),
  proj("301国道运河建设项目", GX, A2, phase="二期", status="竣工", status_text="2013年9月完工", opt=True,
       note="二期“共投资5 000万元”（数字含空格，不计金额）"),
  proj("沃尔沃汽车大庆整车制造基地建设项目", GX, A3, companies=["沃尔沃汽车(中国)有限公司"], inv="总投资200亿元",
       status="竣工", status_text="工程全部建成使用", status_alt="在建",
       note="2011年7月一期开工；2013年厂房建成、设备安装完成，具备投产条件，11月28日整车下线"),
  proj("沃尔沃汽车大庆整车制造基地建设项目", GX, A4, companies=["沃尔沃汽车(中国)有限公司"], inv="总投资45.76亿元", phase="一期",
       status="竣工", status_text="工程全部建成使用", opt=True, note="一期（年产8万辆）"),
  proj("大庆联想科技城建设项目", GX, A6, companies=["联想融科智地公司"], inv="总投资114.5亿元", aliases=["大庆联想科技城"],
       note="无状态词；全部建成后年产值340亿元以上"),
 ],
 aggregate_facts=[
  fact("沃尔沃汽车大庆整车制造基地建设项目", "project", "capacity_vehicles", 300000, "vehicles/year", A3, "规划", kind="target", opt=True),
  fact("大庆联想科技城建设项目", "project", "expected_annual_output_cny", 3.4e10, "cny", A7, "全部建成后", kind="target", qual="超", qtext="以上"),
  fact("大庆联想科技城建设项目", "project", "expected_jobs", 30000, "count", "安置就业3万人", "全部建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wl02 旅顺经济开发区 千亿元临港产业集群 (新华网 via sisi-smu.org 2010)
LS = "旅顺经济开发区"
B1 = "今年上半年完成企业增加值14亿元,增长51%;固定资产投资110亿元,增长168%;财政一般预算收入4亿元,增长60%"
B2 = "走进旅顺经济开发区中远造船厂区,这个投资近百亿的国家环渤海地区船舶建造重点项目开工不到两年,就已实现部分投产"
B3 = "中国北车集团大连机车旅顺基地是旅顺经济开发区成功引进的又一个重大产业项目,占地2.08平方公里,一期投资80亿元,总投资200亿元"
B4 = "投资27亿元的旅顺新港扩建项目,是旅顺经济开发区加速打造大连东北亚国际航运中心组合港的一项重要举措"
B5 = "此外,大连交通大学旅顺校区二期、世达物流、天门山旅游度假城,南通船舶舵叶、大连机车研究所开发区基地、机车电力牵引与控制产品产业化等项目也正式签约落户这里"
B6 = "全年计划投资35亿元,重点完成园区铁路专用线、船舶和机车制造园区基础设施配套、环境绿化及新扩区域核心区路网等工程"
B7 = "利用3至5年时间,在旅顺西部打造一个投资规模1000亿元的现代化临港产业集群"
H1 = "2010年上半年"
G["wl02"] = dict(
 article=art("大连加快打造千亿元临港产业集群", "新华网（页末“(来源:新华网)”），载于 www.sisi-smu.org（上海海事大学 上海国际航运研究中心 网站，发布者:系统管理员）", "2010-07-07", "day",
  "Wire story relayed by a university research-centre site, Liaoning: a provincial economic development zone's first-half figures, a shipyard in partial production, a locomotive base and a port expansion with investments, six projects signed, the year's infrastructure plan",
  "http://www.sisi-smu.org/2010/0707/c8827a94269/page.htm",
  "日期取页面“发布时间:2010-07-07”（新华网原发日期未示）。标题照录；“发布者…浏览次数:13”行与文末“(来源:新华网)”已删。正文三段，完整。园区：旅顺经济开发区（大连市旅顺口区，辽宁；省级）。“今年上半年”＝2010年上半年。项目：中远造船（“投资近百亿”无“元”，不计金额；“开工不到两年，就已实现部分投产”→投产，status_alt 在建）；中国北车集团大连机车旅顺基地（总投资200亿元，一期投资80亿元作 alt；无状态词，“成功引进”）；旅顺新港扩建项目（投资27亿元；无状态词）；大连交通大学旅顺校区二期、世达物流、天门山旅游度假城、南通船舶舵叶、大连机车研究所开发区基地、机车电力牵引与控制产品产业化（“正式签约落户”→签约；名称照录，均无金额）。全年计划基础设施投资35亿元、3至5年1000亿元集群为 target。",
  "wl02"),
 parks=[
  park(LS, "大连", "辽宁", "经济开发区", B2, district="旅顺口区", note="文中又作“该经济开发区”"),
 ],
 companies=[
  comp("中国北车集团", LS, B3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中远造船", LS, B2, status="投产", status_text="已实现部分投产", status_alt="在建", aliases=["中远造船厂区"],
       note="投资近百亿（无“元”，不计金额）；国家环渤海地区船舶建造重点项目"),
  proj("中国北车集团大连机车旅顺基地", LS, B3, companies=["中国北车集团"], inv="总投资200亿元",
       alt_investment={"investment_text": "一期投资80亿元", "investment_cny": 8e9, "note": "一期"}, note="无状态词（“成功引进”）"),
  proj("旅顺新港扩建项目", LS, B4, inv="投资27亿元", note="无状态词"),
  proj("大连交通大学旅顺校区二期", LS, B5, phase="二期", status="签约", status_text="正式签约落户", opt=True, note="教育项目"),
  proj("世达物流", LS, B5, status="签约", status_text="正式签约落户"),
  proj("天门山旅游度假城", LS, B5, status="签约", status_text="正式签约落户"),
  proj("南通船舶舵叶", LS, B5, status="签约", status_text="正式签约落户"),
  proj("大连机车研究所开发区基地", LS, B5, status="签约", status_text="正式签约落户"),
  proj("机车电力牵引与控制产品产业化", LS, B5, status="签约", status_text="正式签约落户"),
 ],
 aggregate_facts=[
  fact(LS, "park", "value_added_cny", 1.4e9, "cny", "今年上半年完成企业增加值14亿元", H1, note="企业增加值"),
  fact(LS, "park", "value_added_yoy_growth", 0.51, "ratio", "完成企业增加值14亿元,增长51%", H1),
  fact(LS, "park", "fixed_asset_investment_cny", 1.1e10, "cny", "固定资产投资110亿元,增长168%", H1),
  fact(LS, "park", "fixed_asset_investment_yoy_growth", 1.68, "ratio", "固定资产投资110亿元,增长168%", H1),
  fact(LS, "park", "fiscal_revenue_cny", 4e8, "cny", "财政一般预算收入4亿元,增长60%", H1, note="一般预算收入"),
  fact(LS, "park", "fiscal_revenue_yoy_growth", 0.60, "ratio", "财政一般预算收入4亿元,增长60%", H1),
  fact(LS, "park", "planned_infrastructure_investment_cny", 3.5e9, "cny", B6, "2010年全年（计划）", kind="target"),
  fact(LS, "park", "cluster_investment_target_cny", 1e11, "cny", B7, "3至5年内（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wl03 长春高新区 三新产业园等项目签约 (长春高新区网站 via blogspot 2012)
CC = "高新区"
SX = "长春三新产业园"
C1 = "高新区共有3个项目签约,合计签约金额75.35亿元"
C2 = "其中2个项目预计下半年开工建设、2012年计划投资2.5亿元"
C3 = "长春市政府与中国建材集团就在高新区投资64亿元建设长春三新产业园项目签署了合作项目实施协议"
C4 = "启动项目新型房屋生产基地项目预计下半年开工建设,当年投资2亿元"
C5 = "总投资10亿元的吉林中航航空发动机维修有限公司扩能搬迁项目、总投资1.35亿元的中核同辐北方辐照产业基地项目成功签约"
C6 = "长春三新产业园项目占地面积100万平方米,建筑面积120万平方米,主要建设新型节能环保房屋生产基地、新型建材、北方水泥集团总部基地、太阳能薄膜电池等项目"
G["wl03"] = dict(
 article=art("长春三新产业园等项目成功签约", "长春高新区网站（“来源:长春高新区网站”），转载于博客 alveice.blogspot.com", "2012-04-25", "day",
  "Zone website item reposted on a blog, Jilin: a national high-tech zone's three projects signed at a province–central-SOE event — a building-materials group's industrial park (investment, area, contents, starter project), an aero-engine repair firm's relocation and an irradiation base with their investments",
  "https://alveice.blogspot.com/2012/05/blog-post_276.html",
  "日期取正文前“2012-4-25 来源:长春高新区网站”（博客转载日 2012-05-24；签约日“419”即4月19日）。转载页为个人博客，非原发站；文字照录（“419”原文如此，原应作“4·19”）。博客页眉日期行已删；正文前的日期来源标记已删（LINE_PREFIX）。存段为一整段，末句“中核同辐北方辐照产业基地项目占地面积…主要投资建设200万居里钴源、电”中断，整句删去（LINE_SUFFIX），正文止于“…燃气轮机等。”。园区：文中只作“高新区”，即长春高新技术产业开发区（长春，吉林），名称照录；长春三新产业园为在高新区内建设的项目型园区（可选，母园区高新区）。项目：长春三新产业园项目（投资64亿元，签署合作项目实施协议→签约；中国建材集团）；其启动项目新型房屋生产基地项目（预计下半年开工→planned；“当年投资2亿元”为年度投资，不作总投资；可选）；吉林中航航空发动机维修有限公司扩能搬迁项目（总投资10亿元，签约；文中又作“中航吉发扩能搬迁项目”）；中核同辐北方辐照产业基地项目（总投资1.35亿元，签约）。合计签约3个、75.35亿元，2012年计划投资2.5亿元（target）。",
  "wl03"),
 parks=[
  park(CC, "长春", "吉林", "高新区", C1, note="即长春高新技术产业开发区；文中只作“高新区”"),
  park(SX, "长春", "吉林", "产业园", C3, parent=CC, opt=True, note="项目型园区，在高新区内"),
 ],
 companies=[
  comp("中国建材集团", CC, C3),
  comp("吉林中航航空发动机维修有限公司", CC, C5, aliases=["中航吉发"]),
  comp("中核同辐", CC, "管委会副主任刘成福分别与中航吉发总经理韩炎、中核同辐副总经理张锦荣代表双方签字", opt=True, note="简称，项目名中作“中核同辐”"),
  comp("北方水泥集团", CC, C6, opt=True, note="只在三新产业园建设内容“北方水泥集团总部基地”中"),
 ],
 institutions=[
  inst("国务院国资委", "本次活动是经省政府、国务院国资委共同商定", note="签约活动主办方之一"),
  inst("长春市政府", C3, note="签约方"),
 ],
 projects=[
  proj("长春三新产业园项目", CC, C3, companies=["中国建材集团"], inv="投资64亿元", status="签约", status_text="签署了合作项目实施协议"),
  proj("新型房屋生产基地项目", CC, C4, status="planned", status_text="预计下半年开工建设", opt=True,
       note="三新产业园启动项目；“当年投资2亿元”为年度投资，不作总投资"),
  proj("吉林中航航空发动机维修有限公司扩能搬迁项目", CC, C5, companies=["吉林中航航空发动机维修有限公司"], inv="总投资10亿元",
       status="签约", status_text="成功签约", aliases=["中航吉发扩能搬迁项目"]),
  proj("中核同辐北方辐照产业基地项目", CC, C5, companies=["中核同辐"], inv="总投资1.35亿元", status="签约", status_text="成功签约"),
 ],
 aggregate_facts=[
  fact(CC, "park", "projects_signed", 3, "count", C1, "2012年4月19日签约活动"),
  fact(CC, "park", "signed_investment_cny", 7.535e9, "cny", C1, "2012年4月19日签约活动", chk=True),
  fact(CC, "park", "planned_annual_investment_cny", 2.5e8, "cny", "2012年计划投资2.5亿元", "2012年（计划）", kind="target", opt=True,
       note="签约项目中2个项目的2012年计划投资"),
 ])

# ---------------------------------------------------------------- wl04 七师纺织工业园建设快速推进 (兵团第七师, via gongxiaoshang, 2015?)
QS = "七师百万锭纺织工业园"
D1 = "由山东德州恒丰集团投资的30万锭新疆仁和纺织项目一期厂房主体工程已拔地而起,正在加紧后期施工"
D2 = "吸引了德州恒丰、河南永泰、浙江中欣、中国童装、华孚色纺等一批国内大型企业入驻纺织工业园,总投资达到69.6亿元"
D3 = "目前,河南永泰已完成公司注册工作,投资10亿元的纺织项目一期工程计划2016年8月投产"
D4 = "与中国童装(新加坡)控股集团公司签订1000台大圆织布机合作协议,一期300台将于11月运至七师"
D5 = "在一三○团规划建设200万锭纺纱、20万吨坯布、200万套童装生产能力的纺织工业产业园"
G["wl04"] = dict(
 article=art("七师纺织工业园建设快速推进", "原发媒体未署（兵团第七师新闻稿），载于 m.gongxiaoshang.com（供销商网 资讯转载）", "2015", "year",
  "News-aggregator relay of a Xinjiang Production and Construction Corps division item: a textile park on a regiment's land — a spinning project under construction, firms entered with total investment, a 1-billion-yuan project planned to start production, a cooperation agreement",
  "https://m.gongxiaoshang.com/news3149777",
  "发布日期存段未示：正文“投资10亿元的纺织项目一期工程计划2016年8月投产”“一期300台将于11月运至七师”表明写于2016年8月以前、当年11月以前，推定2015年（year 精度，推定，可能为2016年初）；页首侧栏为抓取时的最新资讯（2016-11-28/29），不是本文日期。标题行末尾“一带一路”为标签，已删（HEAD_SUFFIX），标题作“七师纺织工业园建设快速推进”。侧栏五行与分隔符“-”已删。正文四段，完整。园区：七师百万锭纺织工业园（新疆生产建设兵团第七师，一三○团；文中又作“纺织工业园”“纺织工业产业园”）。城市：七师当时无师市（今胡杨河市），city 置空。项目：新疆仁和纺织项目（30万锭，山东德州恒丰集团投资；一期厂房主体已起、“正在加紧后期施工”→在建）；河南永泰纺织项目（投资10亿元，已完成公司注册，一期“计划2016年8月投产”→planned）；中国童装1000台大圆织布机合作协议（签订协议→签约，可选）。入驻企业总投资69.6亿元为园区累计事实。",
  "wl04"),
 parks=[
  park(QS, None, "新疆", "工业园", "七师百万锭纺织工业园内人来车往,一派火热的建设场景", aliases=["纺织工业园", "纺织工业产业园"],
       note="新疆生产建设兵团第七师一三○团"),
 ],
 companies=[
  comp("山东德州恒丰集团", QS, D1, aliases=["德州恒丰"]),
  comp("新疆仁和纺织", QS, D1, opt=True, note="只在项目名中"),
  comp("河南永泰", QS, D2),
  comp("浙江中欣", QS, D2),
  comp("中国童装", QS, D2, aliases=["中国童装(新加坡)控股集团公司"]),
  comp("华孚色纺", QS, D2),
 ],
 institutions=[],
 projects=[
  proj("新疆仁和纺织项目", QS, D1, companies=["山东德州恒丰集团"], phase="一期", status="在建", status_text="正在加紧后期施工",
       note="30万锭；一期厂房主体工程已拔地而起"),
  proj("河南永泰纺织项目", QS, D3, companies=["河南永泰"], inv="投资10亿元", phase="一期", status="planned",
       status_text="一期工程计划2016年8月投产", note="名称据文意（“投资10亿元的纺织项目”）；已完成公司注册"),
  proj("1000台大圆织布机合作协议", QS, D4, companies=["中国童装"], status="签约", status_text="签订…合作协议", opt=True,
       note="合作协议，一期300台11月运至七师"),
 ],
 aggregate_facts=[
  fact(QS, "park", "firms_investment_cny", 6.96e9, "cny", D2, "截至报道时", kind="cumulative", note="入驻企业总投资"),
  fact(QS, "park", "planned_spindles", 2000000, "spindles", D5, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wl05 一师阿拉尔市 产业优化 (中国经济导报-中国发展网 2021)
AL = "阿拉尔经济技术开发区"
E1 = "2020年,实现生产总值332亿元,比上年增长6.2%"
E2 = "其中,工业总产值102.76亿元,同比增长11.2%"
E3 = "新疆东裕织造有限公司成立于2019年4月,占地面积414亩,是一家集织造销售服装、高端针织、梭织面料等产品的综合性纺织服装企业"
E4 = "据介绍,2020年,阿拉尔经济技术开发区调整产业发展布局,积极承接东部产业转移,明确纺织服装、石油天然气精细化工、绿色食品加工三大主导产业"
G["wl05"] = dict(
 article=art("一师阿拉尔市:产业优化“兴”、工业经济“盛”", "中国经济导报-中国发展网（黄月天、万随新、记者沈贞海）", "2021-07-13", "day",
  "National economic paper's website, Xinjiang Production and Construction Corps: a feature on a division-city's industry — city GDP and industrial output, a textile firm and its workers, the national economic and technological development zone's three leading industries",
  "http://jjdf.chinadevelopment.com.cn/tzjh/2021/07/1734515.shtml",
  "日期取页面“2021-07-13 10:14 中国经济导报-中国发展网”。标题照录；栏目路径、日期行与图片说明“微信截图_20210711225618”已删。存段末句“2017年成立的南疆碳素新材料有限公司是八师天山铝业有限公司”中断，整句删去（LINE_SUFFIX），正文止于“…着力打造现代产业集群。”，共六段。首段“抑或是工业园工”原文如此。园区：阿拉尔经济技术开发区（新疆生产建设兵团第一师阿拉尔市；国家级）。生产总值、工业总产值为一师阿拉尔市的数字（subject 一师阿拉尔市，region），不是园区的。公司：新疆东裕织造有限公司（文中未明言位于开发区，park 置空）。无具名项目。",
  "wl05"),
 parks=[
  park(AL, "阿拉尔", "新疆", "经济技术开发区", E4, note="新疆生产建设兵团第一师阿拉尔市"),
 ],
 companies=[
  comp("新疆东裕织造有限公司", None, E3, note="文中未明言位于阿拉尔经济技术开发区"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("一师阿拉尔市", "region", "gdp_cny", 3.32e10, "cny", E1, "2020年", opt=True),
  fact("一师阿拉尔市", "region", "gdp_yoy_growth", 0.062, "ratio", E1, "2020年", opt=True),
  fact("一师阿拉尔市", "region", "industrial_output_cny", 1.0276e10, "cny", E2, "2020年", opt=True),
  fact("一师阿拉尔市", "region", "industrial_output_yoy_growth", 0.112, "ratio", E2, "2020年", opt=True),
  fact("新疆东裕织造有限公司", "company", "site_area_mu", 414, "mu", E3, "报道时", opt=True),
  fact(AL, "park", "leading_industries", 3, "count", E4, "2020年", opt=True),
 ])

# ---------------------------------------------------------------- wl06 肇源大广工业园区 享受省级开发区政策 (黑龙江日报 via cinic, 2013?)
ZY = "肇源大广工业园区"
F1 = "近日,省政府正式批复肇源大广工业园区享受省级开发区政策"
F2 = "该园区由绿特色食品产业园、粮食物流加工产业园、皮革产业园三部分组成,现已入驻企业64户,从业人员7202人"
F3 = "2012年,园区实现产值143亿元、增加值42.8亿元、销售收入117亿元、进出口总额1186.7万美元,实际使用外资1190.25万美元"
Y2 = "2012年"
G["wl06"] = dict(
 article=art("（肇源大广工业园区享受省级开发区政策）", "黑龙江日报（“来源:黑龙江新闻网-黑龙江日报”），载于 cinic.org.cn（中国产业经济信息网）", "2013", "year",
  "Provincial daily relayed by an industry-information portal, Heilongjiang: a county industrial park granted provincial development-zone policy — its three sub-parks, firms, employees and 2012 output, value added, sales, trade and foreign investment",
  "http://cinic.org.cn/xy/hlj/95229.html",
  "存段无标题行、无日期行（标题为据文意拟的概括，括号标示）。日期推定：文中给出“2012年”全年数字、“2012年1月被确定为…”，批复“近日”，推定2013年（year 精度）。正文前无删；文后“来源:黑龙江新闻网-黑龙江日报”、版权声明、“延伸阅读”与页脚已删。正文两段，完整。园区：肇源大广工业园区（大庆市肇源县，黑龙江；“享受省级开发区政策”，文中又作“该园区”“园区”）；其三部分绿特色食品产业园、粮食物流加工产业园、皮革产业园列为可选子园区。事实均为2012年或报道时园区数字；“大庆省级以上工业园区增加到6个”为大庆市的可选事实。",
  "wl06"),
 parks=[
  park(ZY, "大庆", "黑龙江", "工业园区", F1, district="肇源县"),
  park("绿特色食品产业园", "大庆", "黑龙江", "产业园", F2, district="肇源县", parent=ZY, opt=True),
  park("粮食物流加工产业园", "大庆", "黑龙江", "产业园", F2, district="肇源县", parent=ZY, opt=True),
  park("皮革产业园", "大庆", "黑龙江", "产业园", F2, district="肇源县", parent=ZY, opt=True),
 ],
 companies=[],
 institutions=[
  inst("省政府", F1, note="黑龙江省人民政府；批复单位"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZY, "park", "firms", 64, "count", F2, "报道时"),
  fact(ZY, "park", "employees", 7202, "count", F2, "报道时"),
  fact(ZY, "park", "output_cny", 1.43e10, "cny", "2012年,园区实现产值143亿元", Y2),
  fact(ZY, "park", "value_added_cny", 4.28e9, "cny", "增加值42.8亿元", Y2),
  fact(ZY, "park", "sales_revenue_cny", 1.17e10, "cny", "销售收入117亿元", Y2),
  fact(ZY, "park", "import_export_usd", 1.1867e7, "usd", "进出口总额1186.7万美元", Y2),
  fact(ZY, "park", "actual_fdi_usd", 1.190025e7, "usd", "实际使用外资1190.25万美元", Y2),
  fact("大庆", "region", "provincial_parks", 6, "count", "至此,大庆省级以上工业园区增加到6个", "报道时", opt=True),
 ])

# ---------------------------------------------------------------- wl07 赵光农场工业园区 (北大荒网 2013)
ZG = "赵光农场工业园区"
H7 = "今年,一个投资1.57亿元、预计年均销售收入2.3亿元、以磷脂强化豆浆粉项目为主的豆浆粉加工企业落户赵光农场工业园区"
H8 = "目前,该企业生产线设备安装已经全部结束,即将进入试生产阶段"
H9 = "预计全年可实现工业总产值8.3亿元,增加值1.1亿元,企业利润3000万元"
G["wl07"] = dict(
 article=art("（赵光农场工业园区 豆浆粉项目即将试生产）", "北大荒网（任红、朱珊珊），载于 bdh.dbw.cn（东北网北大荒频道）", "2013-05-10", "day",
  "Land-reclamation news site, Heilongjiang: a state farm's industrial park — a soybean-milk-powder plant about to start trial production with its investment and expected sales, park infrastructure spending, firms entered, year targets",
  "https://bdh.dbw.cn/system/2013/05/10/000669311.shtml",
  "日期取 URL（2013/05/10）。存段无标题行（标题为据文意拟的概括，括号标示）；首行为另一稿件（前锋农场）的摘要“日前,在前锋农场场区…分别拓...”，已删；文末“作者: 来源:北大荒网 编辑:侯巍”已删，署名“(任红朱珊珊)”在正文末，保留。正文三段，完整。园区：赵光农场工业园区（北大荒农垦 赵光农场，黑河市北安市境内，黑龙江；文中又作“农场工业园区”“工业园区”）。项目：磷脂强化豆浆粉项目（企业未具名；投资1.57亿元；设备安装结束、即将试生产→在建，status_alt 竣工）。环保秸秆板、秸秆综合利用项目“达成投资建厂协议”→签约（可选）。“预计全年…”为 target；“近两年累计投入资金400多万元”为 cumulative（余）。",
  "wl07"),
 parks=[
  park(ZG, "黑河", "黑龙江", "工业园区", H7, district="北安市", aliases=["农场工业园区"], note="北大荒农垦赵光农场；区划由背景补"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("磷脂强化豆浆粉项目", ZG, H7, inv="投资1.57亿元", status="在建", status_text="生产线设备安装已经全部结束,即将进入试生产阶段",
       status_alt="竣工", note="豆浆粉加工企业（未具名）；预计年均销售收入2.3亿元"),
  proj("环保秸秆板项目", ZG, "另有环保秸秆板、秸秆综合利用等项目与农场达成投资建厂协议", status="签约",
       status_text="达成投资建厂协议", opt=True),
  proj("秸秆综合利用项目", ZG, "另有环保秸秆板、秸秆综合利用等项目与农场达成投资建厂协议", status="签约",
       status_text="达成投资建厂协议", opt=True),
 ],
 aggregate_facts=[
  fact("磷脂强化豆浆粉项目", "project", "expected_annual_sales_cny", 2.3e8, "cny", "预计年均销售收入2.3亿元", "达产后", kind="target"),
  fact(ZG, "park", "infrastructure_investment", 4e6, "cny", "农场近两年累计投入资金400多万元", "近两年（至2013年5月）",
       kind="cumulative", qual="余", qtext="多", note="“400多万元”：数字与单位之间有“多”，check_gold 的金额解析读不出，故 metric 不带 _cny 后缀（值仍以元计）"),
  fact(ZG, "park", "firms_entered", 2, "count", "今年以来,已先后有豆浆粉、玉米深加工两家企业入驻农场工业园区", "2013年以来", kind="cumulative"),
  fact(ZG, "park", "sme_firms", 20, "count", "年底,这个农场工业园区中小企业有望增加到20家", "2013年末（预计）", kind="target"),
  fact(ZG, "park", "industrial_output_cny", 8.3e8, "cny", H9, "2013年全年（预计）", kind="target"),
  fact(ZG, "park", "value_added_cny", 1.1e8, "cny", "增加值1.1亿元,企业利润3000万元", "2013年全年（预计）", kind="target"),
  fact(ZG, "park", "profit_cny", 3e7, "cny", "企业利润3000万元", "2013年全年（预计）", kind="target"),
 ])
