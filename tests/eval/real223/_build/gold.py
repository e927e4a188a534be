# real223 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts and, for a project, as
# investment_value + investment_currency with investment_cny null. Growth rates and shares as ratios (13.3% → 0.133; “增长近
# 20倍” → 20.0). Projects: the park is the one the text places the project in, null if none. Status from the text's words
# (签约落户 → 签约; 竣工投产 / 实现全面投产 → 投产; “计划…启动建设” → planned; 落户 alone → no status). “预计 / 可望” figures
# are kind target with “（预计）” in as_of; year-to-date figures (“今年1—10月”, “目前”, “累计”) are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/tnNN.raw as returned.

# ---------------------------------------------------------------- tn01 九华快步跑向千亿产业园区 (华声在线-湖南日报 via 新浪湖南 2012)
JH = "湘潭九华示范区"
A0 = "长株潭城市群国家两型社会建设综合配套改革试验区五大示范区之一的湘潭九华示范区,依靠两型聚合力,生产要素迅速积聚良性发展"
A1 = "2008至2011年生产总值年均增长144%,今年1至7月实现技工贸总收入411亿元,全年可望700亿元"
A2 = "到目前为止,完成建设投资逾1000亿元,建成区面积达15平方公里"
A3 = "规模以上入园企业200多家,世界500强、国内500强和上市公司等30余家"
A4 = "兴业太阳能园区于2010年9月在九华园区内动工,2011年6月实现全面投产,整个过程只用了九个月"
A5 = "2003年底从湘潭县工业园区起步的九华经济开发区,前5年一直在摸索中前行,发展缓慢"
G["tn01"] = dict(
 article=art("两型促发展:九华快步跑向千亿产业园区", "华声在线-湖南日报（页面“来源:华声在线-湖南日报”；存段无署名），载于新浪湖南 hunan.sina.com.cn（城市频道）", "2012-09-04", "day",
  "Provincial daily via its web site, relayed by a portal's Hunan channel: a 长株潭 two-type-society demonstration zone on its way to a 100-billion park — growth 2008–2011, Jan–Jul revenue and the year's expectation, cumulative construction investment, built-up area, firms, one solar firm's campus built in nine months",
  "http://hunan.sina.com.cn/city/kjyq/2012-09-04/30691.html",
  "日期取页面“来源:华声在线-湖南日报 2012-09-04 15:16:09”。标题照录；新浪导航行、“|注册”“城市”与来源日期行已删。存段在第四段“…湖南兴业太阳能科技有限公司常务副总经理黄波告诉记者,…特别是“三个服务”的理念深入人心也温暖”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…整个过程只用了九个月。”，共四段。首段“。 2008至2011年”句号后有一空格，照录。园区：湘潭九华示范区（长株潭两型社会综合配套改革试验区五大示范区之一；文中又作“九华示范区”“九华经济开发区”“九华园区”“九华”；湘潭，湖南；2011年已升为国家级经开区，文中未说，kind 按文中记“示范区（经济开发区）”）。“湘潭县工业园区”为九华起步时的前身，列可选园区。“兴业太阳能园区”为企业园区（项目），2010年9月在九华园区内动工，2011年6月全面投产→项目状态投产；另列可选园区。公司：兴业太阳能（只在“兴业太阳能园区”中；全称在被删残句里），可选。事实：2008–2011年生产总值年均增长144%（ratio 1.44）；2012年1–7月技工贸总收入411亿元（cumulative）；全年可望700亿元（target）；累计建设投资逾1000亿元（超，cumulative）；建成区15平方公里；规模以上入园企业200多家（余）；世界500强、国内500强和上市公司等30余家（余，可选）。党工委书记杨亲鹏不列。",
  "tn01"),
 parks=[
  park(JH, "湘潭", "湖南", "示范区（经济开发区）", A0, aliases=["九华示范区", "九华经济开发区", "九华园区"],
       note="长株潭两型社会综合配套改革试验区五大示范区之一；文中又作“九华”“园区”"),
  park("湘潭县工业园区", "湘潭", "湖南", "工业园区", A5, district="湘潭县", opt=True, note="九华经济开发区2003年底由此起步（前身）"),
  park("兴业太阳能园区", "湘潭", "湖南", "企业园区", A4, parent=JH, opt=True, note="企业园区，在九华园区内；主记为项目"),
 ],
 companies=[
  comp("兴业太阳能", JH, A4, opt=True, note="只在“兴业太阳能园区”中；全称“湖南兴业太阳能科技有限公司”在被删残句里"),
 ],
 projects=[
  proj("兴业太阳能园区", JH, A4, companies=["兴业太阳能"], status="投产", status_text="实现全面投产",
       note="2010年9月动工，2011年6月全面投产"),
 ],
 aggregate_facts=[
  fact(JH, "park", "gdp_avg_annual_growth", 1.44, "ratio", "2008至2011年生产总值年均增长144%", "2008–2011年", kind="ratio"),
  fact(JH, "park", "total_revenue_cny", 4.11e10, "cny", "今年1至7月实现技工贸总收入411亿元,全年可望700亿元", "2012年1–7月", kind="cumulative", chk=True,
       note="技工贸总收入"),
  fact(JH, "park", "total_revenue_cny", 7e10, "cny", "全年可望700亿元", "2012年全年（预计）", kind="target", chk=True, note="技工贸总收入"),
  fact(JH, "park", "construction_investment_cny", 1e11, "cny", "完成建设投资逾1000亿元", "截至2012年9月", kind="cumulative", qual="超", qtext="逾", chk=True),
  fact(JH, "park", "built_area_km2", 15, "km2", A2, "2012年9月"),
  fact(JH, "park", "above_scale_firms", 200, "count", A3, "2012年9月", qual="余", qtext="多", note="规模以上入园企业"),
  fact(JH, "park", "top500_and_listed_firms", 30, "count", "世界500强、国内500强和上市公司等30余家", "2012年9月", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- tn02 全省产业园区工作会议现场参观侧记 (湖南省工信厅 2014)
CZ = "郴州出口加工区"
B0 = "深入郴州出口加工区 (郴州高新技术产业园区)、资兴经济开发区、资五产业园区,考察全市产业园区发展情况"
B1 = "在台达电子企业现代化的生产厂房内,工人们正在变压器、网络元器件等生产线上一丝不苟地操作着"
B2 = "园区内的远大住工郴州生产基地,今年5月份签约落户郴州,仅用了3个多月时间,便实现了竣工投产"
B3 = "“郴州园区的发展充分发挥区位优势,注重基础设施配套建设,引进了大量绿色企业,经验值得好好学习。”怀化市会同县工业集中区管委会主任粟光明说"
G["tn02"] = dict(
 article=art("全省产业园区工作会议现场参观侧记", "湖南省工业和信息化厅门户网站 gxt.hunan.gov.cn（工作动态·地方工作栏；存段无署名）", "2014-11-03", "day",
  "Provincial industry department's web site, Hunan: a side-report of delegates to the province's industrial-park conference touring a city's parks — an export-processing zone / high-tech park, a county development zone and a further park; a Taiwanese electronics firm's plant and a prefab-housing base signed and in production within three months",
  "http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/dfgz/201411/t20141103_2060861.html",
  "日期取页面“时间:2014年11月03日 08:59”（参观在10月30日下午）。标题照录；站名时间行已删。存段在末段“…园区、城区、景区“三区合一”的发展模式让湘西州凤凰工业集中区管理委员会招商科科长唐亚莉感叹地说:“没有想到在工业园区还能看”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…从车窗外一一跃入眼帘。”，共七段。“郴州出口加工区 (郴州高新技术产业园区)”括号前的空格照录。园区：郴州出口加工区（文中括注“郴州高新技术产业园区”，两区一套机构，作 alias；郴州，湖南）；资兴经济开发区（资兴市，郴州）；资五产业园区（郴州，县市文中未说）；怀化市会同县工业集中区只作发言人单位，列可选园区。公司：台达电子（在郴州出口加工区内参观，“第二期厂房去年投入使用”——不另立项目）；远大住工（“园区内的远大住工郴州生产基地”，园区记郴州出口加工区）。项目：远大住工郴州生产基地——2014年5月签约落户，3个多月后竣工投产→投产。无数字事实（“3个多月”不计）。市领导、发言人不列。",
  "tn02"),
 parks=[
  park(CZ, "郴州", "湖南", "出口加工区", B0, aliases=["郴州高新技术产业园区"], note="文中括注“郴州高新技术产业园区”；两区一套机构"),
  park("资兴经济开发区", "郴州", "湖南", "经济开发区", B0, district="资兴市"),
  park("资五产业园区", "郴州", "湖南", "产业园区", B0),
  park("会同县工业集中区", "怀化", "湖南", "工业集中区", B3, district="会同县", opt=True, note="只作发言人单位（文作“怀化市会同县工业集中区”）"),
 ],
 companies=[
  comp("台达电子", CZ, B1, note="在郴州出口加工区内参观；第二期厂房2013年投入使用"),
  comp("远大住工", CZ, B2, note="郴州生产基地在园区内"),
 ],
 projects=[
  proj("远大住工郴州生产基地", CZ, B2, companies=["远大住工"], status="投产", status_text="签约落户…竣工投产",
       note="2014年5月签约落户，约3个多月后竣工投产"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- tn03 郴州经济开发区 开放型经济优秀单位 (czgy.smehn 2015)
CJ = "郴州经济开发区"
C0 = "2014年,我区实际利用外资1.12亿美元,同比增长13.3%"
C1 = "实际到位内资30亿元人民币,同比增长20%"
C2 = "完成标准厂房建设面积8万平方米,同比增长14%"
C3 = "外贸进出口总额11.04亿美元,同比增长22.14%"
C4 = "加工贸易总额8.08亿美元,同比增长17.26%"
C5 = "全年共引进企业30余家,项目总投资40余亿元"
C6 = "今年上半年,我区开放型经济工作尤其是招商引资工作继续保持良好势头,新引进企业20余家,在手在谈项目40余个"
C7 = "招商引资到位资金总额22亿元,同比增长40%"
G["tn03"] = dict(
 article=art("郴州经济开发区荣获“全省发展开放型经济优秀单位”称号", "郴州经济和信息化委员会（页面“来源:郴州经济和信息化委员会”），载于 czgy.smehn.cn（站名存段未示）", "2015-08-06", "day",
  "Provincial SME portal's city channel relaying the city economy-and-IT commission, Hunan: a provincial-level development zone named an outstanding open-economy unit — 2014 foreign and domestic capital, standard factories, foreign and processing trade with growth rates, firms introduced and their investment, first-half 2015 investment attraction",
  "http://czgy.smehn.cn/News/Detail?id=19874&categoryId=309",
  "日期取页面“发布时间:2015年08月06日”。标题照录；发布时间来源行已删。正文三段；存段末句“…招商引资到位资金总额22亿元,同比增长40%”无句号即止，可能是文末丢了标点，也可能原文还有下文，照录不补（SOURCES.md 注明）。园区：郴州经济开发区（文中自称“我区”；郴州，湖南；省级，正“申报国家级”）。事实（主体均为郴州经济开发区）：2014年实际利用外资1.12亿美元及增长13.3%；实际到位内资30亿元人民币及增长20%；标准厂房建设面积8万平方米及增长14%（可选）；外贸进出口总额11.04亿美元及增长22.14%；加工贸易总额8.08亿美元及增长17.26%；全年引进企业30余家（余）；项目总投资40余亿元（余；“40余亿元”数字与亿之间夹“余”，check_gold.py 的金额解析读不出，故 metric 不用 _cny 后缀，值 4e9、unit cny，可选）；2015年上半年新引进企业20余家、在手在谈项目40余个（可选）、招商引资到位资金22亿元及增长40%（cumulative）。“全省仅有13园区获此荣誉”不计。",
  "tn03"),
 parks=[
  park(CJ, "郴州", "湖南", "经济开发区", "郴州经济开发区荣获“全省发展开放型经济优秀单位”称号", note="文中自称“我区”；省级，正申报国家级"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(CJ, "park", "actual_fdi_usd", 1.12e8, "usd", C0, "2014年"),
  fact(CJ, "park", "actual_fdi_yoy_growth", 0.133, "ratio", C0, "2014年", kind="ratio"),
  fact(CJ, "park", "domestic_capital_in_place_cny", 3e9, "cny", C1, "2014年", chk=True),
  fact(CJ, "park", "domestic_capital_in_place_yoy_growth", 0.20, "ratio", C1, "2014年", kind="ratio"),
  fact(CJ, "park", "standard_factory_built_m2", 8e4, "m2", C2, "2014年", opt=True),
  fact(CJ, "park", "standard_factory_built_yoy_growth", 0.14, "ratio", C2, "2014年", kind="ratio", opt=True),
  fact(CJ, "park", "foreign_trade_usd", 1.104e9, "usd", C3, "2014年"),
  fact(CJ, "park", "foreign_trade_yoy_growth", 0.2214, "ratio", C3, "2014年", kind="ratio"),
  fact(CJ, "park", "processing_trade_usd", 8.08e8, "usd", C4, "2014年"),
  fact(CJ, "park", "processing_trade_yoy_growth", 0.1726, "ratio", C4, "2014年", kind="ratio"),
  fact(CJ, "park", "firms_introduced", 30, "count", C5, "2014年", qual="余", qtext="余"),
  fact(CJ, "park", "introduced_projects_total_investment", 4e9, "cny", C5, "2014年", qual="余", qtext="余", opt=True,
       note="“40余亿元”：check_gold.py 读不出夹“余”的金额，metric 不带 _cny 后缀"),
  fact(CJ, "park", "firms_introduced", 20, "count", C6, "2015年上半年", kind="cumulative", qual="余", qtext="余"),
  fact(CJ, "park", "projects_in_negotiation", 40, "count", C6, "2015年6月", qual="余", qtext="余", opt=True),
  fact(CJ, "park", "investment_in_place_cny", 2.2e9, "cny", C7, "2015年上半年", kind="cumulative", chk=True),
  fact(CJ, "park", "investment_in_place_yoy_growth", 0.40, "ratio", C7, "2015年上半年", kind="ratio"),
 ])

# ---------------------------------------------------------------- tn04 宁乡经开区:两翼齐飞助力“平台提升” (红网 2015)
NX = "宁乡经开区"
D0 = "2014年投资50亿元的湖南粮食集团宁乡产业园项目落户宁乡经开区,将打造中部地区最大粮油精深加工示范基地"
D1 = "投资3亿美元的康师傅项目也正式落户宁乡经开区"
D2 = "此外,格力晶弘冰箱、华润怡宝二期项目也成功落户"
D3 = "全年宁乡经开区实现合同引资210亿元,其中到位资金50亿元,创造了园区招商新纪录"
D4 = "2014年,宁乡经开区完成工业总产值783.9亿元,同比增长17%"
D5 = "工业增加值201.2亿元,同比增长14%"
D6 = "财政总收入16.8亿元,同比增长32%"
G["tn04"] = dict(
 article=art("宁乡经开区:两翼齐飞助力“平台提升”", "红网（记者 涂阳；“红网长沙3月10日讯”）", "2015-03-10", "day",
  "Provincial news portal, Hunan: a national-level development zone's 2015 work conference — 2014's landed projects (a food group's park 50亿元, a noodle maker 3亿美元, two more), contracted and paid-in investment, industrial output, value added and fiscal revenue with growth",
  "http://moment.rednet.cn/rednetcms/news/localNews/20150310/54744.html",
  "日期取页面“2015-03-10 17:31:04”及电头“红网长沙3月10日讯”。标题照录；“立即打开”、日期行、“红网”及五条图片说明（括号行）已删。存段末行“园区产业转型升级步伐明显加快,…加加食品开拓老坛酸菜、风味豆豉等”在句中中断，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…同比增长32%。”，含小标题“全年合同引资210亿元”，共五段。首段“着力打造打造”重字照录。园区：宁乡经开区（宁乡经济技术开发区；长沙市宁乡县，湖南；文中只作“宁乡经开区”）；“湖南唯一智能家电产业园”为拟打造的平台，列可选园区。项目（均“落户”，依惯例不给状态）：湖南粮食集团宁乡产业园项目（投资50亿元）、康师傅项目（投资3亿美元：investment_cny 为空，investment_value 3e8 USD；首段与第四段各出现一次）、格力晶弘冰箱、华润怡宝二期项目。公司：湖南粮食集团、康师傅、格力晶弘、华润怡宝只在项目名中，可选。“首届‘蓝月谷食品饮料产业季’活动,引进项目15个”列可选事实。事实：2014年合同引资210亿元、到位资金50亿元；工业总产值783.9亿元及增长17%；工业增加值201.2亿元及增长14%；财政总收入16.8亿元及增长32%。出席领导不列。",
  "tn04"),
 parks=[
  park(NX, "长沙", "湖南", "经济技术开发区", D1, district="宁乡县", note="文中只作“宁乡经开区”（宁乡经济技术开发区）"),
  park("智能家电产业园", "长沙", "湖南", "产业园（智能家电）", "着力打造打造湖南唯一智能家电产业园和食品公共服务平台", district="宁乡县", parent=NX, opt=True,
       note="2015年拟打造；园内位置由语境推定"),
 ],
 companies=[
  comp("湖南粮食集团", NX, D0, opt=True, note="只在项目名中"),
  comp("康师傅", NX, D1, opt=True, note="只在项目名中"),
  comp("格力晶弘", NX, D2, opt=True, note="只在项目名“格力晶弘冰箱”中"),
  comp("华润怡宝", NX, D2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("湖南粮食集团宁乡产业园项目", NX, D0, companies=["湖南粮食集团"], inv="投资50亿元", status_text="落户",
       note="2014年落户；中部地区最大粮油精深加工示范基地"),
  proj("康师傅项目", NX, D1, companies=["康师傅"], inv="投资3亿美元", currency="usd", value=3e8, status_text="正式落户",
       note="2014年落户；美元金额不入 investment_cny"),
  proj("格力晶弘冰箱", NX, D2, companies=["格力晶弘"], status_text="成功落户", note="2014年落户；无金额"),
  proj("华润怡宝二期项目", NX, D2, companies=["华润怡宝"], phase="二期", status_text="成功落户", note="2014年落户；无金额"),
 ],
 aggregate_facts=[
  fact(NX, "park", "contract_investment_cny", 2.1e10, "cny", D3, "2014年", chk=True),
  fact(NX, "park", "investment_in_place_cny", 5e9, "cny", "其中到位资金50亿元", "2014年", chk=True),
  fact(NX, "park", "projects_introduced", 15, "count", "首届“蓝月谷食品饮料产业季”活动,引进项目15个", "2014年", opt=True),
  fact(NX, "park", "industrial_output_cny", 7.839e10, "cny", D4, "2014年", chk=True),
  fact(NX, "park", "industrial_output_yoy_growth", 0.17, "ratio", D4, "2014年", kind="ratio"),
  fact(NX, "park", "industrial_value_added_cny", 2.012e10, "cny", D5, "2014年", chk=True),
  fact(NX, "park", "industrial_value_added_yoy_growth", 0.14, "ratio", D5, "2014年", kind="ratio"),
  fact(NX, "park", "fiscal_revenue_cny", 1.68e9, "cny", D6, "2014年", chk=True),
  fact(NX, "park", "fiscal_revenue_yoy_growth", 0.32, "ratio", D6, "2014年", kind="ratio"),
 ])

# ---------------------------------------------------------------- tn05 益阳高新区 / 益阳创业园 (红网 园区 e-zine 2010)
YY = "益阳高新技术产业开发区"
CY = "益阳创业园"
E0 = "益阳高新技术产业开发区(以下简称益阳高新区)辖1个办事处、1个乡镇、33个行政村、4个社区、6个资管会"
E1 = "园区规划总面积55.8平方公里"
E2 = "建成区(迎宾路以北、益阳大道以南)15.8平方公里"
E3 = "东部新区是2008年市委、市政府实施“东进东接”省会长沙的发展战略决定成立的"
E4 = "规划总面积285平方公里,核心区开发面积29.6平方公里,起步区面积18.7平方公里,与长沙大河西先导区连接成片"
E5 = "益阳创业园是益阳高新区主动承接产业转移和吸引中小企业科技成果孵化而打造的新型工业园区,规划面积510亩"
E6 = "现已建成30万平方米31栋标准化厂房"
E7 = "园区31栋厂房共引进企业23家,建成投产的有20家,正在进行厂房装修和设备安装的有3家,入园企业计划总投资7亿元以上"
E8 = "达产后可形成产值20亿元以上,可产生税收约1亿元以上"
E9 = "2008年12月,被省信息产业厅批准授牌“益阳会龙电子信息园”"
AS5 = "2010年初"
G["tn05"] = dict(
 article=art("（无标题）益阳高新区基本情况 · 益阳创业园", "红网（ezine.rednet.cn “2010yqpx”园区专题；存段无标题、无署名）", "2010", "year",
  "Provincial news portal's 2010 industrial-park special (e-zine), Hunan: a high-tech zone's basic facts — administrative units, planned and built-up area, its eastern new district (2008) — and its start-up park for transferred industries and SMEs: area, standard factories, firms entered and in production, planned investment, expected output and tax, titles",
  "http://ezine.rednet.cn/2010yqpx/sms_1016.htm",
  "存段无标题、无日期行（title 为编者概括）；年份取网址 2010yqpx（红网2010年园区专题），文中“预计2010年全部建成投产”亦合，发布日不详，记 2010（year）。存段末行“益阳创业园的开发建设突出了”在句中中断，整行删去（make_txt.py ITEMS），正文自节标题“一、基本情况”起，截至“…“益阳会龙电子信息园”。”，共四段。园区：益阳高新技术产业开发区（以下简称益阳高新区；益阳，湖南；2010年时级别文中未说）；东部新区（益阳高新区两大部分之一，2008年成立，规划总面积285平方公里——母园区记益阳高新区，可选）；益阳创业园（“益阳高新区…打造的新型工业园区”，parent 益阳高新区；2008年12月获授牌“益阳会龙电子信息园”，作 alias）；长沙大河西先导区只作相邻地名，列可选园区。事实：益阳高新区规划总面积55.8平方公里、建成区15.8平方公里、本部总面积100平方公里与人口9.43万（可选）；东部新区规划285、核心区29.6、起步区18.7平方公里（可选）；创业园规划510亩、建成标准化厂房30万平方米31栋、引进企业23家、投产20家、装修安装中3家（可选）、入园企业计划总投资7亿元以上（超）、达产后产值20亿元以上与税收约1亿元以上（target）、从业人员1万人以上（target，可选）。as_of 记“2010年初”（文称“预计2010年全部建成投产”，推定）。",
  "tn05"),
 parks=[
  park(YY, "益阳", "湖南", "高新技术产业开发区", E0, aliases=["益阳高新区"], note="分本部和东部新区两大部分"),
  park("东部新区", "益阳", "湖南", "新区", E3, parent=YY, opt=True, note="益阳高新区两大部分之一；2008年成立"),
  park(CY, "益阳", "湖南", "工业园（创业园）", E5, parent=YY, aliases=["益阳会龙电子信息园"],
       note="2008年12月获授牌“益阳会龙电子信息园”；又为省级留学人员创业园"),
  park("长沙大河西先导区", "长沙", "湖南", "先导区", E4, opt=True, note="只作相邻地名"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(YY, "park", "planned_area_km2", 55.8, "km2", E1, AS5),
  fact(YY, "park", "built_area_km2", 15.8, "km2", E2, AS5),
  fact(YY, "park", "total_area_km2", 100, "km2", "其中本部总面积100平方公里,总人口9.43万人", AS5, opt=True, note="本部"),
  fact(YY, "park", "population", 94300, "persons", "其中本部总面积100平方公里,总人口9.43万人", AS5, opt=True, note="本部"),
  fact("东部新区", "park", "planned_area_km2", 285, "km2", E4, AS5, opt=True),
  fact("东部新区", "park", "core_area_km2", 29.6, "km2", E4, AS5, opt=True),
  fact("东部新区", "park", "start_area_km2", 18.7, "km2", E4, AS5, opt=True),
  fact(CY, "park", "planned_area_mu", 510, "mu", E5, AS5),
  fact(CY, "park", "standard_factory_built_m2", 3e5, "m2", E6, AS5),
  fact(CY, "park", "standard_factory_buildings", 31, "count", E6, AS5, opt=True),
  fact(CY, "park", "firms", 23, "count", E7, AS5, note="31栋厂房引进企业"),
  fact(CY, "park", "firms_in_production", 20, "count", E7, AS5),
  fact(CY, "park", "firms_fitting_out", 3, "count", E7, AS5, opt=True),
  fact(CY, "park", "firms_planned_investment_cny", 7e8, "cny", "入园企业计划总投资7亿元以上", AS5, qual="超", qtext="以上", chk=True),
  fact(CY, "park", "expected_annual_output_cny", 2e9, "cny", "达产后可形成产值20亿元以上", "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(CY, "park", "expected_annual_tax_cny", 1e8, "cny", "可产生税收约1亿元以上", "达产后（预期）", kind="target", qual="超", qtext="约…以上", opt=True, chk=True,
       note="原文“约1亿元以上”"),
  fact(CY, "park", "expected_employment", 10000, "persons", "企业全部达产后,园区从业人员在1万人以上", "达产后（预期）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- tn06 国家级望城经济技术开发区昨挂牌 (长沙晚报 2014)
WC = "望城经济技术开发区"
F0 = "中德有色工业园、网讯通光通信设备项目、开利星空进口汽车等一批强优项目正式签约落户望城经开区,总投资达162亿元"
F1 = "目前,园区已引进优强企业270多家"
AS6 = "2014年9月29日（挂牌）"
G["tn06"] = dict(
 article=art("国家级望城经济技术开发区昨挂牌", "长沙晚报（记者 舒薇 唐群雄 通讯员 彭珊），载于红网 hn.rednet.cn", "2014-09-30", "day",
  "City evening paper on a provincial portal, Hunan: a development zone's unveiling as national-level — three named projects signed on the day with their total, the zone's history, leading industries and firm count",
  "https://hn.rednet.cn/c/2014/09/30/4189375.htm",
  "日期取页面“2014-09-30 08:44:22”；文中“昨日”即2014年9月29日挂牌。标题照录；“当前位置:”、来源作者行、“时刻新闻”“—分享—”已删。存段在末段“揭牌当天,中德有色工业园、网讯通光通信设备项目、开利星空进口汽车等一”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…招商引资的优势。”，共四段。园区：望城经济技术开发区（文中又作“望城经开区”“国家级望城经济技术开发区”；长沙市望城区，湖南；2014年2月国务院批准升级为国家级）。项目（“正式签约落户望城经开区”→签约）：中德有色工业园、网讯通光通信设备项目、开利星空进口汽车；“总投资达162亿元”为一批项目合计，记为事实，不分摊。“中德有色工业园”名为工业园，另列可选园区。事实：签约总投资162亿元；园区已引进优强企业270多家（余，cumulative）。出席领导与省有色金属管理局、省商务厅不列。",
  "tn06"),
 parks=[
  park(WC, "长沙", "湖南", "国家级经济技术开发区", "昨日,国家级望城经济技术开发区正式挂牌", district="望城区", aliases=["望城经开区"],
       note="2014年2月国务院批准升级为国家级；文中又作“园区”"),
  park("中德有色工业园", "长沙", "湖南", "工业园（有色）", F0, district="望城区", parent=WC, opt=True, note="签约落户的项目，名为工业园"),
 ],
 companies=[],
 projects=[
  proj("中德有色工业园", WC, F0, status="签约", status_text="正式签约落户", note="一批项目合计总投资162亿元，无单项金额"),
  proj("网讯通光通信设备项目", WC, F0, status="签约", status_text="正式签约落户", note="同上"),
  proj("开利星空进口汽车", WC, F0, status="签约", status_text="正式签约落户", note="同上"),
 ],
 aggregate_facts=[
  fact(WC, "park", "signed_investment_cny", 1.62e10, "cny", F0, AS6, chk=True, note="挂牌当日签约的一批项目合计"),
  fact(WC, "park", "firms", 270, "count", F1, "2014年9月", kind="cumulative", qual="余", qtext="多", note="已引进优强企业"),
 ])

# ---------------------------------------------------------------- tn07 中国釉下五彩陶瓷创意产业园 (ctaoci 2010)
LL = "醴陵陶瓷产业园"
WC5 = "中国釉下五彩陶瓷创意产业园"
H0 = "中国釉下五彩陶瓷创意产业园被列为今年我市十大产业项目。项目选址醴陵陶瓷产业园"
H1 = "项目计划总投资18亿元,用地107公顷,明年底竣工,设计容纳釉下五彩瓷企业80家"
H2 = "目前,产业园已完成一期用地53公顷平基工程,已有元诏瓷业等10多家釉下五彩艺术瓷生产企业报名入园"
G["tn07"] = dict(
 article=art("（无标题）中国釉下五彩陶瓷创意产业园计划5月份全面启动建设", "ctaoci.com（陶瓷行业网站；原发媒体与署名未注明，文中“我市”为醴陵口吻）", "2010-03-08", "day",
  "Ceramics trade site relaying a city item, Hunan: a ceramics creative park planned inside a county-level city's ceramics industrial park — one of the city's ten industrial projects, planned investment, land, completion date, capacity for firms, site levelled and firms applied to enter",
  "http://ctaoci.com/html/2010-03-08/70903.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 html/2010-03-08（文中“昨传消息”，事发约3月7日）。正文四段，完整（共约320字）。园区：醴陵陶瓷产业园（株洲市醴陵市，湖南）；中国釉下五彩陶瓷创意产业园选址其中，作为项目主记，另列可选园区（parent 醴陵陶瓷产业园）。项目：中国釉下五彩陶瓷创意产业园——正与战略投资商协商，“计划5月份全面启动建设”→planned；项目计划总投资18亿元；用地107公顷、明年底（2011年底）竣工、设计容纳企业80家（可选事实）；一期用地53公顷已平基（可选）。公司：元诏瓷业（报名入园，尚未入驻——可选，park 记创意产业园）。事实：报名入园企业10多家（余）。",
  "tn07"),
 parks=[
  park(LL, "株洲", "湖南", "产业园（陶瓷）", H0, district="醴陵市"),
  park(WC5, "株洲", "湖南", "产业园（陶瓷创意）", H0, district="醴陵市", parent=LL, opt=True, note="选址醴陵陶瓷产业园的项目；主记为项目"),
 ],
 companies=[
  comp("元诏瓷业", WC5, H2, opt=True, note="报名入园，尚未入驻"),
 ],
 projects=[
  proj(WC5, LL, "项目计划总投资18亿元,用地107公顷,明年底竣工", inv="项目计划总投资18亿元", status="planned",
       status_text="计划5月份全面启动建设", note="醴陵市2010年十大产业项目之一；与战略投资商协商中；一期用地已平基"),
 ],
 aggregate_facts=[
  fact(WC5, "project", "site_area_ha", 107, "ha", H1, "2010年3月（规划）", opt=True),
  fact(WC5, "project", "designed_firm_capacity", 80, "count", H1, "建成后（设计）", kind="target", opt=True),
  fact(WC5, "project", "phase1_land_levelled_ha", 53, "ha", H2, "2010年3月", opt=True),
  fact(WC5, "park", "firms_applied", 10, "count", H2, "2010年3月", qual="余", qtext="多", note="报名入园企业"),
 ])

# ---------------------------------------------------------------- tn08 白沙洲工业园瞄准更高目标 (你好衡阳网 via e88888 2010)
BS = "白沙洲工业园"
K0 = "目前已洽谈项目20余个,签订项目合同(协议)14个,总投资超过25亿元"
K1 = "今年1—10月,该园区实现规模工业总产值29.37亿元,工业增加值7.96亿元,同比增长近20倍"
K2 = "上缴工业税收1.02亿元,同比增长超20倍"
K3 = "继世界500强企业欧姆龙进驻之后,一批知名企业今年亦纷纷前来园区考察洽谈"
K4 = "这是记者日前在白沙洲工业园雁能配电项目生产车间感受的一个细节"
K5 = "在森源电力,工人们娴熟地进行产品精确检测,一片繁忙"
K6 = "在合力叉车总装车间,一排排机油泵整齐排列"
K7 = "从去年8月投产至今,产值已达到7000万元"
AS8 = "2010年1–10月"
G["tn08"] = dict(
 article=art("白沙洲工业园瞄准更高目标 5年打造500亿园区", "你好衡阳网（页面“来源:你好衡阳网”；记者署名存段未示），载于 e88888.cn（“走进湖南·市州信息·衡阳”栏，站名存段未示）", "2010-12-07", "day",
  "City news site relayed by a Hunan investment-information site: an industrial park's year so far — projects under negotiation and signed with total investment, Jan–Oct output, value added and tax with growth, a Fortune-500 entrant, firms at work, one firm's output since starting production",
  "http://www.e88888.cn/show.asp?id=9049",
  "日期取页面“2010-12-07 14:36:58 来源:你好衡阳网”。标题照录；账号搜索栏、位置导航与日期来源行已删。标题下导语一行（“一场“抢滩项目”的创业大戏…近30亿元”，无句末标点）照录为首段；小标题“规模工业总产值近30亿元”保留。存段在末段“尤其是9月份,雁能电工、森源电力、合力叉车、亚新科、长宏锅炉、湖南精工、德隆再生金属等”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…进入生产黄金期。”，共七段。园区：白沙洲工业园（衡阳，湖南；文中又作“园区”；荣获“湖南省十大最具投资价值产业园区”“国家级承接产业转移基地”）。公司（均在园）：欧姆龙（世界500强，进驻）、雁能配电（“白沙洲工业园雁能配电项目”）、森源电力、合力叉车（2009年8月投产，至今产值7000万元）。项目：雁能配电项目（生产中，状态不明说→可选、无状态）。事实：洽谈项目20余个（可选）；签订项目合同(协议)14个、总投资超过25亿元（cumulative，截至2010年11月前后）；2010年1–10月规模工业总产值29.37亿元、工业增加值7.96亿元（增长近20倍，约，可选）、上缴工业税收1.02亿元（增长超20倍，可选）；合力叉车投产以来产值7000万元（company，cumulative）。导语“近30亿元”为29.37亿元的约数，不另计。",
  "tn08"),
 parks=[
  park(BS, "衡阳", "湖南", "工业园", K4, note="荣获“湖南省十大最具投资价值产业园区”和“国家级承接产业转移基地”；文中又作“园区”"),
 ],
 companies=[
  comp("欧姆龙", BS, K3, note="世界500强企业，进驻园区"),
  comp("雁能配电", BS, K4, note="又作“雁能电工”（在被删残句中）"),
  comp("森源电力", BS, K5),
  comp("合力叉车", BS, K6, note="2009年8月投产"),
 ],
 institutions=[
  inst("白沙洲工业园管委会", "记者日前从白沙洲工业园管委会获悉", park=BS),
 ],
 projects=[
  proj("雁能配电项目", BS, K4, companies=["雁能配电"], opt=True, note="生产车间在运转；状态文中未明说"),
 ],
 aggregate_facts=[
  fact(BS, "park", "projects_in_negotiation", 20, "count", K0, "2010年（截至11月前后）", qual="余", qtext="余", opt=True),
  fact(BS, "park", "projects_signed", 14, "count", K0, "2010年（截至11月前后）", kind="cumulative", note="签订项目合同(协议)"),
  fact(BS, "park", "signed_investment_cny", 2.5e9, "cny", "签订项目合同(协议)14个,总投资超过25亿元", "2010年（截至11月前后）", kind="cumulative",
       qual="超", qtext="超过", chk=True),
  fact(BS, "park", "industrial_output_cny", 2.937e9, "cny", "该园区实现规模工业总产值29.37亿元", AS8, kind="cumulative", chk=True, note="规模工业总产值"),
  fact(BS, "park", "industrial_value_added_cny", 7.96e8, "cny", "工业增加值7.96亿元,同比增长近20倍", AS8, kind="cumulative", chk=True),
  fact(BS, "park", "industrial_value_added_yoy_growth", 20.0, "ratio", "工业增加值7.96亿元,同比增长近20倍", AS8, kind="ratio", qual="约", qtext="近", opt=True),
  fact(BS, "park", "industrial_tax_cny", 1.02e8, "cny", K2, AS8, kind="cumulative", chk=True),
  fact(BS, "park", "industrial_tax_yoy_growth", 20.0, "ratio", K2, AS8, kind="ratio", qual="超", qtext="超", opt=True),
  fact("合力叉车", "company", "output_cny", 7e7, "cny", K7, "2009年8月至2010年11月前后", kind="cumulative", chk=True, note="投产以来产值"),
 ])
