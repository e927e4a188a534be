# real35 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real33: evidence verbatim; names as written in the text; 逾/超过/超/以上/突破/不低于 → 超,
# 余/多 → 余, 约 → 约 (qualifier_text keeps the source word). All ten texts are in simplified script.
# Money: yuan in investment_cny / *_cny facts. fact(): a *_cny metric takes its value from the FIRST amount of its evidence;
# where the wanted amount is not the first one, or the amount is not digits+亿/万元 (“140多亿元”), the suffix _rmb (unit cny)
# is used, as real31–real33 did. ze02's “总投资达八亿元” is written in Chinese numerals, which check_gold.py cannot read: the
# project keeps investment_cny 8e8 with investment_text None (note says why).
# Listed company investing in a park (real7 v08, real18 d12): the company is linked to the park of its project; the project
# is 签约 with status_alt planned; project-level figures (land, phases, expected output) are facts with subject_type project.
# A batch of projects started in a county is a region fact; a zone's own figures are park facts; sub-groups use
# “subject（group）” park_group / region subjects. Growth rates as ratios (38.95% → 0.3895); 预计 is kept in the note.
# Companies only courted by a zone (招商 targets: “紧盯…”, “重点攻坚…”) are optional with no park.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zeNN.raw as returned.

SC_I = "工业类项目分别是河南省诚鑫医药胶囊有限公司350亿粒空心胶囊生产技术改造项目、上蔡县宏运鞋业有限公司年产200万双高档时尚女鞋建设项目、河南荣光鞋业有限公司劳保鞋生产项目、河南牛硕牧业有限公司乳品加工建设项目和年产6万吨农业输水工程用塑料管道生产项目"
SC_P = "荣光鞋业、宏运鞋业属上蔡县产业集聚区内的主导产业类企业"
G["ze01"] = dict(
 article=art("上蔡县六个重点项目集中开工", "天中晚报（驻马店网 数字报 old.zmdnews.cn；晚报记者 景中原 通讯员 宋永亮）", "2017-01-24", "day",
  "Prefecture evening paper (e-paper), county project-start report: a Henan county's first batch of six projects above 100m yuan starts — total, five named industrial projects of named firms (two of them firms of the county's industrial cluster zone), one civic park",
  "http://old.zmdnews.cn/paper2/news.php?id=401192&pid=16040",
  "日期取页面“发布时间:2017-01-24 08:34:14”（数字报2017年01月24日）。首句“122,上蔡县6个重点项目集中开工”原文如此（“1月22日”的月日在存页中丢了“月”“日”），照录；开工日按此记作2017年1月22日。正文四段，完整；报头、日期行、署名行“□晚报记者 景中原 通讯员 宋永亮”、“放大 缩小 默认”及页脚版权行已删。只有荣光鞋业、宏运鞋业明说属上蔡县产业集聚区，其两项目 park 填该集聚区；诚鑫、牛硕及塑料管道项目所在文中未说，park 为 null。6个项目是县的批次（含市民公园），记为上蔡县 region 事实。上蔡县属河南驻马店，文中未写省、市，province 依县名填河南，city 为 null（real33 惯例）。",
  "ze01"),
 parks=[
  park("上蔡县产业集聚区", None, "河南", "产业集聚区", SC_P, district="上蔡县"),
 ],
 companies=[
  comp("河南省诚鑫医药胶囊有限公司", None, SC_I, note="项目所在文中未说"),
  comp("上蔡县宏运鞋业有限公司", "上蔡县产业集聚区", SC_I, aliases=["宏运鞋业"], note="“荣光鞋业、宏运鞋业属上蔡县产业集聚区内的主导产业类企业”"),
  comp("河南荣光鞋业有限公司", "上蔡县产业集聚区", SC_I, aliases=["荣光鞋业"]),
  comp("河南牛硕牧业有限公司", None, SC_I, aliases=["牛硕乳业"], note="后文“牛硕乳业日产200吨巴氏奶生产项目”应即其乳品加工项目"),
 ],
 projects=[
  proj("350亿粒空心胶囊生产技术改造项目", None, SC_I, companies=["河南省诚鑫医药胶囊有限公司"], status="开工", status_text="集中开工",
       aliases=["河南省诚鑫医药胶囊有限公司350亿粒空心胶囊生产技术改造项目"]),
  proj("年产200万双高档时尚女鞋建设项目", "上蔡县产业集聚区", SC_I, companies=["上蔡县宏运鞋业有限公司"], status="开工", status_text="集中开工",
       aliases=["上蔡县宏运鞋业有限公司年产200万双高档时尚女鞋建设项目"], note="园区依企业属集聚区"),
  proj("劳保鞋生产项目", "上蔡县产业集聚区", SC_I, companies=["河南荣光鞋业有限公司"], status="开工", status_text="集中开工",
       aliases=["河南荣光鞋业有限公司劳保鞋生产项目"], note="园区依企业属集聚区"),
  proj("乳品加工建设项目", None, SC_I, companies=["河南牛硕牧业有限公司"], status="开工", status_text="集中开工",
       aliases=["河南牛硕牧业有限公司乳品加工建设项目", "牛硕乳业日产200吨巴氏奶生产项目"]),
  proj("年产6万吨农业输水工程用塑料管道生产项目", None, SC_I, status="开工", status_text="集中开工", note="业主文中未写"),
  proj("上蔡县市民公园项目", None, "上蔡县市民公园项目作为2017年第一批集中开工项目中的唯一社会事业类项目,总投资1.24亿元", inv="总投资1.24亿元",
       status="开工", status_text="集中开工", opt=True, note="社会事业类（城市公园），非产业项目；今年9月建成"),
 ],
 aggregate_facts=[
  fact("上蔡县", "region", "projects_started", 6, "count", "122,上蔡县6个重点项目集中开工", "2017年1月22日（2017年第一批）"),
  fact("上蔡县", "region", "started_projects_investment_cny", 1.274e9, "cny", "上蔡县6个重点项目集中开工,投资总额12.74亿元", "2017年1月22日（2017年第一批）"),
  fact("上蔡县（集中开工工业类项目）", "region", "projects_started", 5, "count", "共有工业类项目5个、社会事业类项目1个", "2017年1月22日", opt=True),
  fact("上蔡县（集中开工社会事业类项目）", "region", "projects_started", 1, "count", "共有工业类项目5个、社会事业类项目1个", "2017年1月22日", opt=True),
  fact("上蔡县市民公园项目", "project", "land_area_mu", 262, "mu", "总投资1.24亿元,占地262亩", "2017年1月", kind="target", opt=True),
 ])

G["ze02"] = dict(
 article=art("（无标题）江华高新区贵威生物科技产业园建设如火如荼", "红网（红网时刻 永州；通讯员 黎实），yq.rednet.cn", "2019-01-19", "day",
  "Provincial news portal, county high-tech zone item: a 800m-yuan bioscience industrial-park project under construction in a Hunan county's high-tech zone (expected sales), the zone's five functional parks and its 2019 targets (developed area, revenue, output, tax)",
  "https://yq.rednet.cn/m/content/2019/01/22/4712929.html",
  "日期取电头“红网时刻永州1月19日讯”，年份取网址 2019/01/22。存页首行“江华高新区亿元项目建设如火如荼。”是图片说明（句号结尾），已删，标题为编者概括（title_note）；文末“来源:红网”“作者:黎实”“编辑:刘艳芳”及转载声明已删。正文两段，完整。贵威生物科技产业园是企业项目（“该产业园项目”），记为项目（在建：正在吊装厂房组件），同时作为可选园区。金额“总投资达八亿元”为汉字数字，check_gold.py 读不了：investment_cny 记 8e8，investment_text 留空。五个功能区是高新区的园中园，名称较泛，列为可选。“2019年…扩展到…分别达到…”写于2019年1月，是当年目标（kind target）；三个金额来自一句“分别达到220亿元、200亿元、5亿元”，后两个用 _rmb。江华（瑶族自治县）属永州，city 填永州（电头），district 文中只作“江华”。",
  "ze02", title_note="no headline stored (the first stored line is a photo caption); title made from the lead"),
 parks=[
  park("江华高新技术产业开发区", "永州", "湖南", "高新技术产业开发区", "在总投资达八亿元的湖南江华高新技术产业开发区贵威生物科技产业园内",
       district="江华", aliases=["湖南江华高新技术产业开发区"]),
  park("贵威生物科技产业园", "永州", "湖南", "产业园（企业项目）", "在总投资达八亿元的湖南江华高新技术产业开发区贵威生物科技产业园内",
       district="江华", parent="江华高新技术产业开发区", opt=True, note="企业项目式产业园，亦记为项目"),
  park("生态科技工业园", "永州", "湖南", "功能区", "江华高新技术产业开发区分为生态科技工业园、循环经济产业园、瑶族文化旅游产业园、上市企业孵化园、商贸物流配套园五个功能区",
       district="江华", parent="江华高新技术产业开发区", opt=True),
  park("循环经济产业园", "永州", "湖南", "功能区", "江华高新技术产业开发区分为生态科技工业园、循环经济产业园、瑶族文化旅游产业园、上市企业孵化园、商贸物流配套园五个功能区",
       district="江华", parent="江华高新技术产业开发区", opt=True),
  park("瑶族文化旅游产业园", "永州", "湖南", "功能区", "江华高新技术产业开发区分为生态科技工业园、循环经济产业园、瑶族文化旅游产业园、上市企业孵化园、商贸物流配套园五个功能区",
       district="江华", parent="江华高新技术产业开发区", opt=True),
  park("上市企业孵化园", "永州", "湖南", "功能区", "江华高新技术产业开发区分为生态科技工业园、循环经济产业园、瑶族文化旅游产业园、上市企业孵化园、商贸物流配套园五个功能区",
       district="江华", parent="江华高新技术产业开发区", opt=True),
  park("商贸物流配套园", "永州", "湖南", "功能区", "江华高新技术产业开发区分为生态科技工业园、循环经济产业园、瑶族文化旅游产业园、上市企业孵化园、商贸物流配套园五个功能区",
       district="江华", parent="江华高新技术产业开发区", opt=True),
 ],
 companies=[
  comp("贵威生物科技", "江华高新技术产业开发区", "在总投资达八亿元的湖南江华高新技术产业开发区贵威生物科技产业园内", opt=True,
       note="企业只在项目名中出现（全称文中未写）"),
 ],
 projects=[
  proj("贵威生物科技产业园", "江华高新技术产业开发区", "在总投资达八亿元的湖南江华高新技术产业开发区贵威生物科技产业园内,大型吊车正在吊装厂房组件",
       companies=["贵威生物科技"], status="在建", status_text="大型吊车正在吊装厂房组件", investment_cny=8e8,
       note="“总投资达八亿元”（汉字数字，investment_text 留空，见 article note）"),
 ],
 aggregate_facts=[
  fact("贵威生物科技产业园", "project", "expected_annual_sales_cny", 1.2e9, "cny", "年销售收入将达到12亿元人民币", "建成后", kind="target"),
  fact("江华高新技术产业开发区", "park", "developed_area_km2", 21, "km2", "2019年高新区开发面积扩展到21平方公里", "2019年", kind="target"),
  fact("江华高新技术产业开发区", "park", "total_revenue_cny", 2.2e10, "cny", "技工贸总收入、规模工业总产值、年缴税收分别达到220亿元、200亿元、5亿元", "2019年", kind="target",
       note="技工贸总收入220亿元"),
  fact("江华高新技术产业开发区", "park", "above_scale_industrial_output_rmb", 2e10, "cny", "技工贸总收入、规模工业总产值、年缴税收分别达到220亿元、200亿元、5亿元", "2019年", kind="target",
       note="规模工业总产值200亿元"),
  fact("江华高新技术产业开发区", "park", "tax_revenue_rmb", 5e8, "cny", "技工贸总收入、规模工业总产值、年缴税收分别达到220亿元、200亿元、5亿元", "2019年", kind="target",
       note="年缴税收5亿元"),
  fact("江华高新技术产业开发区", "park", "functional_zones", 5, "count", "商贸物流配套园五个功能区", "2019年1月", opt=True),
 ])

CQ1 = "公司拟在湖北省荆门化工循环产业园购置500亩工业用地用于建设农药原药、制剂及其它化工项目,总投资约15亿元,将分期实施"
G["ze03"] = dict(
 article=art("长青股份:拟15亿元在荆门市投建农药原药等化工项目", "发布易（财经快讯），载于 凤凰网 feng.ifeng.com", "2019-07-02", "day",
  "Financial-wire digest of a listed company's announcement: a pesticide maker signs an investment agreement with a chemical industrial park's committee for a 1.5bn-yuan project on 500 mu, to set up a new company in the city's high-tech zone; land, deposit and deadlines",
  "https://feng.ifeng.com/c/7nzDGmcNa0F",
  "页面只写“发布易7月2日”，无年份；年份据长青股份2021-09-15公告（2021-024，见 _raw/notes.md #25）：“于2019年7月16日…在湖北荆门化工循环产业园投资设立全资子公司”，故协议公告为2019年7月2日。正文前重复的一行截断摘要“发布易7月2日 - 长青股份(002391)晚间公告称,公司与荆门化工循环产业园管理委员会(简称“荆”与文末“打开APP阅读更多精彩内容”已删。正文四段，完整。荆门化工循环产业园与荆门高新区·掇刀区的隶属文中未说（parent 不填）；新公司名称未给。后来（2019年12月）该项目迁往宜昌高新区白洋工业园——那是另一则公告，本文不涉及。省份湖北见文中“湖北省荆门化工循环产业园”。",
  "ze03"),
 parks=[
  park("荆门化工循环产业园", "荆门", "湖北", "化工园区", CQ1, aliases=["湖北省荆门化工循环产业园"]),
  park("荆门高新区", "荆门", "湖北", "高新区", "长青股份需在合同签订后30日内在荆门高新区·掇刀区成立新公司", district="掇刀区",
       note="文中作“荆门高新区·掇刀区”（区政合一）；新公司注册地"),
 ],
 companies=[
  comp("长青股份", "荆门化工循环产业园", "长青股份(002391)晚间公告称,公司与荆门化工循环产业园管理委员会(简称“荆门产业园管委会”)签订投资合作协议",
       note="深交所上市公司（002391）；园区取其项目所在"),
 ],
 institutions=[
  inst("荆门化工循环产业园管理委员会", "公司与荆门化工循环产业园管理委员会(简称“荆门产业园管委会”)签订投资合作协议", park="荆门化工循环产业园",
       note="简称“荆门产业园管委会”"),
 ],
 projects=[
  proj("农药原药、制剂及其它化工项目", "荆门化工循环产业园", CQ1, companies=["长青股份"], inv="总投资约15亿元", qual="约", qual_text="约",
       status="签约", status_text="签订投资合作协议", aliases=["农药原药等化工项目"], status_alt="planned",
       note="标题作“农药原药等化工项目”；分期实施"),
 ],
 aggregate_facts=[
  fact("农药原药、制剂及其它化工项目", "project", "land_area_mu", 500, "mu", "购置500亩工业用地", "2019年7月（协议）", kind="target"),
  fact("农药原药、制剂及其它化工项目", "project", "deposit_rmb", 4e7, "cny", "长青股份需预付4000万元保证金至荆门产业园管委会指定账户", "合同生效之日起30日内", kind="target", opt=True,
       note="保证金（可转为土地出让金），非投资额"),
 ])

BK1 = "公司计划投资人民币约10亿元,分两期在河源江东新区投资建设高端合金软磁材料生产基地"
G["ze04"] = dict(
 article=art("（无标题）铂科新材拟约10亿元在河源江东新区建设高端合金软磁材料生产基地", "中证网（中国证券报），转载于 顶尖财经网 58.58188.com", "2021-02-08", "day",
  "Securities-paper website digest of a listed company's announcement: agreement with a new area's management committee for a 1bn-yuan two-phase production base; the new area's location, size and committee's obligations",
  "http://58.58188.com/news/2021/2-8/374707.html",
  "日期取转载站电头“2021-2-8 10:40:44”（公告为“2月7日晚间”）。存页无标题（title 为编者概括）。电头行“顶尖财经网(www.58188.com)2021-2-8 10:40:44讯:”与文末“(文章来源:中证网)”已删；正文四段，完整。项目名文中作“高端合金软磁材料生产基地”与“高端合金软磁材料生产基地建设项目”。投资额用第二段“项目计划总投资约人民币10亿元”（首段同额）。河源江东新区在广东河源（省份文中未写，依城市填）；新区面积是对园区的描述，记为 park 事实。",
  "ze04", title_note="no headline stored; title made from the lead"),
 parks=[
  park("河源江东新区", "河源", "广东", "新区", BK1),
 ],
 companies=[
  comp("铂科新材", "河源江东新区", "铂科新材(300811)公告,公司于近日与河源江东新区管理委员会签署项目合作协议", note="创业板上市公司（300811）；园区取其项目所在"),
 ],
 institutions=[
  inst("河源江东新区管理委员会", "公司于近日与河源江东新区管理委员会签署项目合作协议", park="河源江东新区"),
 ],
 projects=[
  proj("高端合金软磁材料生产基地建设项目", "河源江东新区", "铂科新材计划建设的高端合金软磁材料生产基地建设项目将主要从事气雾化和水雾化合金软磁粉末、高端合金软磁芯的研发生产和销售。项目计划总投资约人民币10亿元",
       companies=["铂科新材"], inv="项目计划总投资约人民币10亿元", qual="约", qual_text="约", status="签约", status_text="签署项目合作协议",
       aliases=["高端合金软磁材料生产基地"], status_alt="planned", note="分两期建设"),
 ],
 aggregate_facts=[
  fact("高端合金软磁材料生产基地建设项目", "project", "first_phase_investment_cny", 5e8, "cny", "一期投资约5亿元", "协议（2021年2月）", kind="target", qual="约", qtext="约"),
  fact("高端合金软磁材料生产基地建设项目", "project", "second_phase_investment_cny", 5e8, "cny", "二期投资约5亿元", "协议（2021年2月）", kind="target", qual="约", qtext="约", opt=True),
  fact("河源江东新区", "park", "area_km2", 434, "km2", "面积434平方公里", "2021年", opt=True, note="新区行政面积（下辖两镇一街道）"),
 ])

CS_L = "规模工业总产值同比增长35.6%,规模工业增加值同比增长31.5%,固定资产投资同比增长30.7%,工业投资同比增长38%,一般公共预算收入同比增长达58.8%,其他指标同比增长也均在30%以上……在“三高四新”战略的引领下,浏阳经开区(高新区)实现一季度“开门红”"
Q1 = "2021年一季度"
G["ze05"] = dict(
 article=art("一季度长沙部分园区主要经济指标增长超30%", "长沙晚报（全媒体记者 周斌），载于 人民网湖南频道 hn.people.com.cn", "2021-05-03", "day",
  "City evening paper (reposted by the People's Daily provincial channel): first-quarter growth rates of six named national and provincial parks of one city, one named company, rankings",
  "http://hn.people.com.cn/n2/2021/0503/c195194-34708055.html",
  "日期取页面“2021年05月03日09:25 来源:长沙晚报”（该行与“(责编:李淑静、唐李晗)”已删）。正文七段，完整，文末“(全媒体记者 周 斌)”在同行，照录。长沙高新区四项为“预计增长”（note 注明）。浏阳经开区写作“浏阳经开区(高新区)”，“浏阳高新区”不是原文字样，故不作别名。中伟新能源的126.5%未说是何指标（产值或营收），metric 记 yoy_growth。宁乡高新区、望城经开区的排名作可选。",
  "ze05"),
 parks=[
  park("长沙高新区", "长沙", "湖南", "国家级高新区", "作为园区龙头的长沙高新区"),
  park("长沙经开区", "长沙", "湖南", "国家级经开区", "长沙经开区打造“三个高地”全面发力"),
  park("浏阳经开区", "长沙", "湖南", "国家级经开区", "浏阳经开区(高新区)实现一季度“开门红”", note="文中作“浏阳经开区(高新区)”"),
  park("宁乡经开区", "长沙", "湖南", "国家级经开区", "宁乡经开区以产业链建设为主线"),
  park("望城经开区", "长沙", "湖南", "国家级经开区", "望城经开区一季度固定资产投资同比增长38%,列全市5个国家级园区首位"),
  park("宁乡高新区", "长沙", "湖南", "省级高新区", "宁乡高新区一季度企业入规排名和工业技改投资增速均列长沙市省级园区第一", note="级别依“长沙市省级园区第一”"),
 ],
 companies=[
  comp("中伟新能源", "宁乡经开区", "中伟新能源作为全球锂电池正极材料前驱体最大生产商,同比增长126.5%,今年有望成为园区首家百亿企业",
       note="在宁乡经开区一段中（“园区首家百亿企业”）"),
 ],
 aggregate_facts=[
  fact("长沙高新区", "park", "above_scale_industrial_output_growth", 0.3895, "ratio", "一季度规模工业总产值预计增长38.95%", Q1, kind="ratio", note="预计"),
  fact("长沙高新区", "park", "fixed_asset_investment_growth", 0.312, "ratio", "固定资产投资预计增长31.2%", Q1, kind="ratio", note="预计"),
  fact("长沙高新区", "park", "general_budget_revenue_growth", 0.208, "ratio", "地方一般公共预算收入预计增长20.8%", Q1, kind="ratio", note="预计"),
  fact("长沙高新区", "park", "tax_revenue_growth", 0.2786, "ratio", "税收预计增长27.86%", Q1, kind="ratio", note="预计"),
  fact("长沙经开区", "park", "above_scale_industrial_output_growth", 0.335, "ratio", "一季度规模工业总产值同比增长33.5%", Q1, kind="ratio"),
  fact("长沙经开区", "park", "above_scale_industrial_value_added_growth", 0.324, "ratio", "规模工业增加值同比增长32.4%", Q1, kind="ratio"),
  fact("浏阳经开区", "park", "above_scale_industrial_output_growth", 0.356, "ratio", CS_L, Q1, kind="ratio", note="规模工业总产值35.6%"),
  fact("浏阳经开区", "park", "above_scale_industrial_value_added_growth", 0.315, "ratio", CS_L, Q1, kind="ratio", note="规模工业增加值31.5%"),
  fact("浏阳经开区", "park", "fixed_asset_investment_growth", 0.307, "ratio", CS_L, Q1, kind="ratio", note="固定资产投资30.7%"),
  fact("浏阳经开区", "park", "industrial_investment_growth", 0.38, "ratio", CS_L, Q1, kind="ratio", note="工业投资38%"),
  fact("浏阳经开区", "park", "general_budget_revenue_growth", 0.588, "ratio", CS_L, Q1, kind="ratio", note="一般公共预算收入58.8%"),
  fact("宁乡经开区", "park", "enterprises_output_growth_over_20pct", 107, "count", "一季度产值同比增速超20%的规模企业有107家", Q1),
  fact("宁乡经开区（智能家电产业链）", "park_group", "output_growth", 0.21, "ratio", "特别是智能家电产业链产值、税收同比增长21%、37%", Q1, kind="ratio", note="产值21%"),
  fact("宁乡经开区（智能家电产业链）", "park_group", "tax_revenue_growth", 0.37, "ratio", "特别是智能家电产业链产值、税收同比增长21%、37%", Q1, kind="ratio", note="税收37%"),
  fact("中伟新能源", "company", "yoy_growth", 1.265, "ratio", "中伟新能源作为全球锂电池正极材料前驱体最大生产商,同比增长126.5%", Q1, kind="ratio",
       note="未说明是产值还是营收"),
  fact("望城经开区", "park", "fixed_asset_investment_growth", 0.38, "ratio", "望城经开区一季度固定资产投资同比增长38%", Q1, kind="ratio"),
  fact("望城经开区", "park", "fai_growth_rank_city_national_parks", 1, "rank", "列全市5个国家级园区首位", Q1, opt=True),
  fact("长沙", "region", "national_parks", 5, "count", "列全市5个国家级园区首位", Q1, opt=True),
  fact("宁乡高新区", "park", "new_above_scale_enterprises_rank_city_provincial_parks", 1, "rank", "宁乡高新区一季度企业入规排名和工业技改投资增速均列长沙市省级园区第一", Q1, opt=True),
  fact("宁乡高新区", "park", "tech_upgrade_investment_growth_rank_city_provincial_parks", 1, "rank", "宁乡高新区一季度企业入规排名和工业技改投资增速均列长沙市省级园区第一", Q1, opt=True),
 ])

ZC = "邹城经济开发区"
G["ze06"] = dict(
 article=art("邹城经济开发区坚定不移抓建设力争年度“开门红”", "邹城外宣网（mencius.gov.cn，邹城市政府外宣网站；文字报道 陈聪 隋倩）", "2022-01-27", "day",
  "County-level city government news site, park work report: a Shandong development zone's January investment-promotion activity (projects under negotiation and their total), its 55 key projects and their total, two named projects to start or proceed, a list of 71 supporting projects",
  "http://mencius.gov.cn/index.php/cms/item-view-id-10342.shtml",
  "日期取页面“2022年01月27日”。存页顶部“邹城外宣网 今天是”“新闻动态”“部门动态”、日期行、文末“文字报道:陈聪 隋倩”“责任编辑:张艳艳”已删；正文四段，完整。“开发区”即标题中的邹城经济开发区（“我市”＝邹城市）。山东能源、韩国希杰集团是招商目标（“紧盯…”），不在园区，列为可选、无园区。中日韩生物科技及高端装备制造产业基地“确保节后…按时开工”→ planned；正方合成生物技术产业聚合平台为“2022年省重大项目”“顺利实施”，状态不明（null）。两项目属开发区依上下文（开发区工作汇报）。邹城为县级市，属济宁，文中未写；city 为 null，district 邹城。",
  "ze06"),
 parks=[
  park(ZC, None, "山东", "经济开发区", "邹城经济开发区坚定不移抓建设力争年度“开门红”", district="邹城"),
 ],
 companies=[
  comp("山东能源", None, "紧盯山东能源、韩国希杰集团等500强和行业龙头,引进优质项目", opt=True, note="招商目标（500强），未说已落户"),
  comp("韩国希杰集团", None, "紧盯山东能源、韩国希杰集团等500强和行业龙头,引进优质项目", opt=True, note="招商目标"),
 ],
 projects=[
  proj("中日韩生物科技及高端装备制造产业基地", ZC, "确保节后中日韩生物科技及高端装备制造产业基地等3个龙头项目按时开工",
       status="planned", status_text="确保节后…按时开工", note="3个龙头项目之一；节后开工"),
  proj("正方合成生物技术产业聚合平台", ZC, "正方合成生物技术产业聚合平台等4个2022年省重大项目顺利实施",
       status=None, status_text="顺利实施", note="2022年省重大项目之一；状态文中未明"),
 ],
 aggregate_facts=[
  fact(ZC, "park", "projects_under_negotiation", 69, "count", "在谈项目69个,总投资1030亿元", "2022年1月"),
  fact(ZC, "park", "projects_under_negotiation_investment_cny", 1.03e11, "cny", "在谈项目69个,总投资1030亿元", "2022年1月"),
  fact(ZC, "park", "investment_promotion_trips", 1, "count", "开展外出招商1次,“云”招商3次", "2022年1月", opt=True),
  fact(ZC, "park", "online_investment_promotion_events", 3, "count", "开展外出招商1次,“云”招商3次", "2022年1月", opt=True),
  fact(ZC, "park", "key_projects", 55, "count", "紧盯总投资395.95亿元的55个“百项重点工程”", "2022年"),
  fact(ZC, "park", "key_projects_investment_cny", 3.9595e10, "cny", "紧盯总投资395.95亿元的55个“百项重点工程”", "2022年"),
  fact(ZC, "park", "leading_projects_to_start", 3, "count", "确保节后中日韩生物科技及高端装备制造产业基地等3个龙头项目按时开工", "2022年春节后", kind="target", opt=True),
  fact(ZC, "park", "provincial_major_projects", 4, "count", "正方合成生物技术产业聚合平台等4个2022年省重大项目顺利实施", "2022年", opt=True),
  fact(ZC + "（清单项目）", "park_group", "projects", 71, "count", "梳理确定总投资82.44亿元的71项清单项目", "2022年", note="基础设施等清单项目"),
  fact(ZC + "（清单项目）", "park_group", "planned_investment_cny", 8.244e9, "cny", "梳理确定总投资82.44亿元的71项清单项目", "2022年"),
  fact(ZC, "park", "bank_enterprise_matchmaking_events", 3, "count", "1月份举办政银企对接会3次", "2022年1月", opt=True),
 ])

JF = "同意公司与温州瓯江口产业集聚区管理委员会就金风科技温州深远海海上风电零碳总部基地等项目落地瓯江口相关事宜签订《项目投资协议》"
G["ze07"] = dict(
 article=art("（无标题）金风科技布局温州海上风电产业基地 协议投资共计约188亿元", "上海证券报·中国证券网（记者 骆民），转载于 m.3bf.cc", "2022-04-13", "day",
  "Securities-paper wire item on a listed company's board resolution: a strategic framework agreement with a city government, a project investment agreement with an industrial cluster zone's committee for an offshore-wind headquarters base, and an agreement with a district; total agreed investment",
  "http://m.3bf.cc/finance/finance/20220413/1340352.html",
  "日期取网址 20220413。存页无标题（title 为编者概括），正文一段，完整；其后“推荐内容”已删。188亿元是三份协议约定的“公司及引入其他企业”投资合计，不是总部基地单个项目的金额，故项目不带金额，合计记为公司事实（主语存疑，note 注明）。温州瓯江口产业集聚区在浙江温州（省份文中未写）。洞头区的“深远海海工装备制造及服务产业集群”是合作内容，不在园区，列为可选项目（park null）。",
  "ze07", title_note="no headline stored; title made from the lead"),
 parks=[
  park("温州瓯江口产业集聚区", "温州", "浙江", "产业集聚区", JF, aliases=["瓯江口"]),
 ],
 companies=[
  comp("金风科技", "温州瓯江口产业集聚区", JF, note="上市公司；园区取其项目所在"),
 ],
 institutions=[
  inst("温州市人民政府", "同意公司与温州市人民政府建立战略合作伙伴关系并签订《战略合作框架协议》"),
  inst("温州瓯江口产业集聚区管理委员会", JF, park="温州瓯江口产业集聚区"),
  inst("温州洞头区人民政府", "与温州洞头区人民政府就打造国际领先的深远海海工装备制造及服务产业集群相关事宜签订《项目投资合作协议书》"),
 ],
 projects=[
  proj("金风科技温州深远海海上风电零碳总部基地", "温州瓯江口产业集聚区", JF, companies=["金风科技"], status="签约",
       status_text="董事会同意…签订《项目投资协议》", status_alt="planned", note="“等项目”之一；单项金额未给"),
  proj("深远海海工装备制造及服务产业集群", None, "与温州洞头区人民政府就打造国际领先的深远海海工装备制造及服务产业集群相关事宜签订《项目投资合作协议书》",
       companies=["金风科技"], status="签约", status_text="签订《项目投资合作协议书》", status_alt="planned", opt=True,
       note="与洞头区政府的合作内容（产业集群），非园区项目"),
 ],
 aggregate_facts=[
  fact("金风科技", "company", "agreed_investment_wenzhou_cny", 1.88e10, "cny", "上述协议约定公司及引入其他企业投资共计约188亿元", "2022年4月（协议）",
       kind="target", qual="约", qtext="约", note="三份协议合计，含引入的其他企业；非单一园区或项目的金额"),
 ])

GA = "此次签约项目计划投资10亿元,拟落户青吉工业园,新征用地115亩"
G["ze08"] = dict(
 article=art("（无标题）华能新能源高速装备制造公安产业园项目签约 拟落户青吉工业园", "荆州日报（记者 刘思楫 通讯员 黎晶晶），数字报 news.cnchu.com", "2023-05-15", "day",
  "Prefecture party paper (e-paper), county signing report: a group's 1bn-yuan high-speed equipment industrial-park project signed with a county development zone, to be located in an industrial park; land, capacity, output and tax expected",
  "http://news.cnchu.com/jzrb/html/2023-05/15/content_214164.htm?div=-1",
  "日期取数字报网址 2023-05/15（荆州日报，签约“近日”）。存页无标题（title 为编者概括）。正文存为一行（三段以空格相隔），照录为一段；行首的表格残片“|”“||||”与行尾“ |”已删（make_txt.py LINE_SUFFIX）。签约方为公安经济开发区，项目“拟落户青吉工业园”：青吉工业园依上下文为公安经济开发区的园区（parent 填，note 注明）。项目名中的“华能”不是华能集团。公安县属湖北荆州，文中未写州市，city 为 null，province 湖北依县名。",
  "ze08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("公安经济开发区", None, "湖北", "经济开发区", "金兴九英控股集团有限公司董事长窦文博与公安经济开发区有关负责人现场签约", district="公安县"),
  park("青吉工业园", None, "湖北", "工业园", GA, district="公安县", parent="公安经济开发区", note="隶属依上下文（与公安经济开发区签约、落户青吉工业园）"),
 ],
 companies=[
  comp("金兴九英控股(湖北)集团有限公司", "青吉工业园", "近日,金兴九英控股(湖北)集团有限公司华能新能源高速装备制造公安产业园项目成功签约",
       note="项目业主；园区取项目落户地"),
  comp("金兴九英控股集团有限公司", "青吉工业园", "金兴九英控股集团有限公司董事长窦文博与公安经济开发区有关负责人现场签约", opt=True,
       note="母公司（董事长代表签约）；与上一家或为同一集团的两级"),
 ],
 projects=[
  proj("华能新能源高速装备制造公安产业园项目", "青吉工业园", GA, companies=["金兴九英控股(湖北)集团有限公司"], inv="计划投资10亿元",
       status="签约", status_text="成功签约", aliases=["华能新能源高速装备制造公安产业园"],
       note="evidence 为金额句；项目名见首句“金兴九英控股(湖北)集团有限公司华能新能源高速装备制造公安产业园项目成功签约”"),
 ],
 aggregate_facts=[
  fact("华能新能源高速装备制造公安产业园项目", "project", "land_area_mu", 115, "mu", "新征用地115亩", "签约时（2023年5月）", kind="target"),
  fact("华能新能源高速装备制造公安产业园项目", "project", "annual_capacity_units", 1e6, "units", "项目建成后年产扁线电机100万台", "建成后", kind="target", opt=True),
  fact("华能新能源高速装备制造公安产业园项目", "project", "expected_annual_output_cny", 5e9, "cny", "年产值50亿元", "建成后", kind="target"),
  fact("华能新能源高速装备制造公安产业园项目", "project", "expected_annual_tax_cny", 6.6e7, "cny", "年税收6600万元", "建成后", kind="target"),
 ])

GK = "在湖北省宜昌市白洋工业园田家河片区投资建设特种化学品新材料生产基地"
G["ze09"] = dict(
 article=art("广康生化:拟25亿元投资建设特种化学品新材料生产基地", "顶尖财经网（www.58188.com）", "2023-07-04", "day",
  "Financial portal digest of a listed company's announcement: a new wholly owned subsidiary and a cooperation agreement with a high-tech zone's committee for a 2.5bn-yuan specialty-chemicals base on 360 mu in an industrial park; first-phase project and its investment",
  "http://58188.com/news/2023/7-4/65613.html",
  "日期取页面“加入日期:2023-7-4 21:38:44”（该行、面包屑、电头行“顶尖财经网(www.58188.com)2023-7-4 21:38:44讯:”及文末“编辑: 来源:”已删）。正文一段，完整。宜昌高新技术产业开发区只以其管委会出现；白洋工业园（田家河片区）为项目地点，依上下文属宜昌高新区（parent 填，note 注明；文中未明说）。子公司“湖北省晟康化工有限公司”为暂定名。第一期“年产2.5万吨特种新材料建设项目”单列为项目（phase 一期），其5亿元也作为主项目的一期投资事实（可选）。",
  "ze09"),
 parks=[
  park("宜昌高新技术产业开发区", "宜昌", "湖北", "高新技术产业开发区", "并同意公司与宜昌高新技术产业开发区管理委员会签署《关于建设特种化学品新材料项目的合作协议书》",
       note="只以管委会名出现"),
  park("白洋工业园", "宜昌", "湖北", "工业园", GK, parent="宜昌高新技术产业开发区", note="隶属依上下文（与宜昌高新区管委会签约）"),
  park("田家河片区", "宜昌", "湖北", "片区", GK, parent="白洋工业园", opt=True, note="白洋工业园的片区"),
 ],
 companies=[
  comp("广康生化", "白洋工业园", "广康生化(300804)公告,公司拟设立全资子公司湖北省晟康化工有限公司", note="创业板上市公司（300804）；园区取其项目所在"),
  comp("湖北省晟康化工有限公司", "白洋工业园", "广康生化(300804)公告,公司拟设立全资子公司湖北省晟康化工有限公司", note="拟设立的全资子公司（暂定名）"),
 ],
 institutions=[
  inst("宜昌高新技术产业开发区管理委员会", "并同意公司与宜昌高新技术产业开发区管理委员会签署《关于建设特种化学品新材料项目的合作协议书》", park="宜昌高新技术产业开发区"),
 ],
 projects=[
  proj("特种化学品新材料生产基地", "白洋工业园", "该项目计划未来7-10年预计总投资25亿元", companies=["广康生化", "湖北省晟康化工有限公司"],
       inv="预计总投资25亿元", status="签约", status_text="同意…签署《关于建设特种化学品新材料项目的合作协议书》", status_alt="planned",
       aliases=["特种化学品新材料项目"], note="计划未来7-10年投入"),
  proj("年产2.5万吨特种新材料建设项目", "白洋工业园", "其中第一期项目拟投资5亿元,建设年产2.5万吨特种新材料建设项目,建设期24个月",
       companies=["广康生化", "湖北省晟康化工有限公司"], inv="拟投资5亿元", status="签约", status_text="合作协议（第一期）", status_alt="planned",
       phase="一期", note="特种化学品新材料生产基地的第一期"),
 ],
 aggregate_facts=[
  fact("特种化学品新材料生产基地", "project", "land_area_mu", 360, "mu", "拟购置土地360亩", "协议（2023年7月）", kind="target"),
  fact("特种化学品新材料生产基地", "project", "first_phase_investment_cny", 5e8, "cny", "其中第一期项目拟投资5亿元", "协议（2023年7月）", kind="target", opt=True,
       note="与一期项目的 investment 同一金额"),
  fact("年产2.5万吨特种新材料建设项目", "project", "construction_period_months", 24, "months", "建设期24个月", "协议（2023年7月）", kind="target", opt=True),
 ])

ZP = "目前,京翰林高强铝合金等8个新建项目已经开工,恒信集团50万吨乙醇等7个项目进入施工收尾阶段,山能智慧制造园区等16个项目开始试生产"
ZT = "选商择资,重点攻坚国机集团、山能集团等央企国企和500强企业,引进新质生产力项目"
ZW = "抓实外资外贸,助力太阳宏河纸业等外贸龙头开拓市场,狠抓兖矿能源等欧美外资,壮大大龙网跨境电商群体"
A7 = "2024年1至7月"
NOW = "2024年9月（目前）"
G["ze10"] = dict(
 article=art("开发区高质量发展再提速", "邹城市人民政府网站（zoucheng.gov.cn；信息来源：邹城市经济开发区）", "2024-09-10", "day",
  "County-level city government website, park work report: a Shandong development zone's January–July figures (above-scale firms, fixed-asset investment), key projects started / finishing / in trial production with three named ones, courted and resident firms, signed major projects and their total",
  "http://www.zoucheng.gov.cn/art/2024/9/10/art_70230_2837020.html",
  "日期取页面“发布日期:2024-09-10 信息来源:邹城市经济开发区”（该行与“【打印此页】”“【关闭窗口】”已删）。正文四段，完整；标题中的“开发区”即邹城经济开发区。“完成固定资产投资140多亿元”不是数字+亿元的形式（“多”在中间），故用 _rmb（qualifier 余）。京翰林、恒信集团、山能的项目依上下文在开发区（“紧盯40个邹城市百项重点工程”的开发区项目）；企业“京翰林”只见于项目名，列为可选。国机集团、山能集团为招商攻坚对象（可选、无园区）；兖矿能源、大龙网与园区的关系只由“狠抓…外资”“壮大…跨境电商群体”暗示，列为可选、园区依上下文；太阳宏河纸业为园区外贸龙头（依上下文）。山能智慧制造园区是项目（开始试生产 → 投产），同时作为可选园区。",
  "ze10"),
 parks=[
  park(ZC, None, "山东", "经济开发区", "今年以来,邹城经济开发区全力以赴拼经济、促发展、壮大综合实力", district="邹城"),
  park("山能智慧制造园区", None, "山东", "企业园区（项目）", ZP, district="邹城", parent=ZC, opt=True, note="开始试生产的项目，亦记为项目"),
 ],
 companies=[
  comp("恒信集团", ZC, ZP, note="其50万吨乙醇项目在开发区（依上下文）"),
  comp("京翰林", ZC, ZP, opt=True, note="只见于项目名“京翰林高强铝合金”"),
  comp("太阳宏河纸业", ZC, ZW, note="开发区外贸龙头（依上下文）"),
  comp("兖矿能源", ZC, ZW, opt=True, note="“狠抓兖矿能源等欧美外资”，与园区关系依上下文，存疑"),
  comp("大龙网", ZC, ZW, opt=True, note="“壮大大龙网跨境电商群体”，依上下文在开发区"),
  comp("国机集团", None, ZT, opt=True, note="招商攻坚对象"),
  comp("山能集团", None, ZT, opt=True, note="招商攻坚对象（山能智慧制造园区或为其项目，文中未说）"),
 ],
 projects=[
  proj("京翰林高强铝合金", ZC, ZP, companies=["京翰林"], status="开工", status_text="已经开工",
       note="8个新建项目之一"),
  proj("恒信集团50万吨乙醇", ZC, ZP, companies=["恒信集团"], status="在建", status_text="进入施工收尾阶段",
       note="7个收尾项目之一"),
  proj("山能智慧制造园区", ZC, ZP, status="投产", status_text="开始试生产", status_alt="竣工", note="16个试生产项目之一"),
 ],
 aggregate_facts=[
  fact(ZC, "park", "new_above_scale_industrial_enterprises", 3, "count", "园区新增规上工业企业3家", A7),
  fact(ZC, "park", "above_scale_industrial_enterprises", 174, "count", "总数达到174家", A7, kind="cumulative"),
  fact(ZC, "park", "fixed_asset_investment_rmb", 1.4e10, "cny", "完成固定资产投资140多亿元", A7, qual="余", qtext="多", note="140多亿元"),
  fact(ZC, "park", "provincial_green_manufacturing_units", 4, "count", "4家企业入选省级绿色制造单位榜单", A7, opt=True),
  fact(ZC, "park", "key_projects", 40, "count", "紧盯40个邹城市百项重点工程", "2024年", note="开发区承担的邹城市百项重点工程"),
  fact(ZC, "park", "new_projects_started", 8, "count", ZP, NOW, note="8个新建项目已经开工"),
  fact(ZC, "park", "projects_near_completion", 7, "count", ZP, NOW, note="7个项目进入施工收尾阶段"),
  fact(ZC, "park", "projects_in_trial_production", 16, "count", ZP, NOW, note="16个项目开始试生产"),
  fact(ZC, "park", "major_projects_signed", 10, "count", "目前,园区已签约重大项目10个,总投资137亿元", NOW, kind="cumulative", note="今年以来（累计）"),
  fact(ZC, "park", "signed_major_projects_investment_cny", 1.37e10, "cny", "园区已签约重大项目10个,总投资137亿元", NOW, kind="cumulative"),
 ])
