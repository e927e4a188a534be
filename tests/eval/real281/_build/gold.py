# real281 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real49): evidence verbatim (all six items simplified script as published); names as written in
# the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a district or county is not a park). Status from
# the text's words (开工建设 → 开工; 签约 / 签订正式合同 / 当会签约 → 签约; 督促加快建设进度 → 在建; 落户实施 / 投资意向 /
# 推介 → no status). Amount ranges (“20亿元以上的项目”) are not investment amounts. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/rtNN.raw as returned.

# ---------------------------------------------------------------- rt01 渭北工业区阎良航空工业组团 (西洽会 2014)
WB = "西安渭北工业区"
YL = "渭北工业区阎良航空工业组团"
A0 = "5月24日,第十八届西洽会暨首届丝博会西安渭北工业区集中签约活动举行"
A1 = "阎良区委书记、航空基地党工委书记王凤萍推介了渭北工业区阎良航空工业组团;区长王育选代表阎良区与西飞公司等项目单位签约"
A2 = "运20大型运输机成功首飞,新舟700、小鹰700、南车轨道交通、航空文化旅游度假区等重大项目相继落户实施"
A3 = "在本次西洽会暨丝博会上,阎良航空组团在签约89个项目的同时,重点推出53个市场前景广阔、经济效益良好的招商项目"
A4 = "王凤萍重点推介了清河、石川河生态治理、通用航空机场综合体建设、航空科技创新创业园、大型机械生产线及配件研发制造等四个项目"
AS1 = "2014年5月（第十八届西洽会暨首届丝博会）"
G["rt01"] = dict(
 article=art("（无标题）第十八届西洽会暨首届丝博会西安渭北工业区集中签约活动：阎良航空组团签约89个项目", "m.news.wmxa.cn（新闻栏；原发媒体与署名存段未示）", "2014-05", "month",
  "Local news site, Shaanxi (西安): a fair-day signing event of a Xi'an industrial zone — its aviation cluster in 阎良 pitched, projects already landed, 89 projects signed and 53 projects put up for investment, four named promoted projects",
  "http://m.news.wmxa.cn/n/201405/108453.html",
  "存段无标题、无日期行（title 为编者概括）。日期：网址 201405，文中“5月24日,第十八届西洽会暨首届丝博会”，即2014年5月24日活动；发布日不详，记 2014-05（month）。正文三段，完整（存段即全文三段，未删任何行）。园区：西安渭北工业区（文中又作“渭北工业区”；西安，陕西）；渭北工业区阎良航空工业组团（又作“阎良航空组团”；阎良区；母园区西安渭北工业区）；“航空基地”（阎良的航空产业基地，文中只在职务“航空基地党工委书记”中出现，列可选园区）。公司：西飞公司（与阎良区签约的项目单位；园区文中未说，park null）。项目：新舟700、小鹰700、南车轨道交通、航空文化旅游度假区——“相继落户实施”，文中只说在阎良（区，非园区），park null，状态不记；重点推介的四个招商项目（清河、石川河生态治理等）属阎良航空组团，未签约，状态不记，列可选。事实：阎良航空组团本次签约89个项目、推出招商项目53个（可选）。阎良区列可选机构。",
  "rt01"),
 parks=[
  park(WB, "西安", "陕西", "工业区", A0, aliases=["渭北工业区"], note="文中又作“渭北工业区”"),
  park(YL, "西安", "陕西", "产业组团（航空）", A1, district="阎良区", parent=WB, aliases=["阎良航空组团"], note="又作“阎良航空组团”"),
  park("航空基地", "西安", "陕西", "航空产业基地", A1, district="阎良区", opt=True, note="只在职务“航空基地党工委书记”中出现"),
 ],
 companies=[
  comp("西飞公司", None, A1, note="与阎良区签约的项目单位；园区未说"),
 ],
 institutions=[
  inst("阎良区", A1, note="区长代表阎良区签约"),
 ],
 projects=[
  proj("新舟700", None, A2, status_text="相继落户实施", note="落户阎良（区），园区未明说"),
  proj("小鹰700", None, A2, status_text="相继落户实施", note="同上"),
  proj("南车轨道交通", None, A2, status_text="相继落户实施", note="同上"),
  proj("航空文化旅游度假区", None, A2, status_text="相继落户实施", note="同上"),
  proj("清河、石川河生态治理", YL, A4, opt=True, note="重点推介的招商项目（未签约）"),
  proj("通用航空机场综合体建设", YL, A4, opt=True, note="重点推介的招商项目（未签约）"),
  proj("航空科技创新创业园", YL, A4, opt=True, note="重点推介的招商项目（未签约）"),
  proj("大型机械生产线及配件研发制造", YL, A4, opt=True, note="重点推介的招商项目（未签约）"),
 ],
 aggregate_facts=[
  fact(YL, "park", "projects_signed", 89, "count", A3, AS1),
  fact(YL, "park", "projects_promoted", 53, "count", A3, AS1, opt=True, note="重点推出的招商项目"),
 ])

# ---------------------------------------------------------------- rt02 宝鸡 2016丝博会 筹备 (2016)
B0 = "本届丝博会暨西洽会,我市计划实现合同引资1000亿元,各县区要力争有10亿元以上的项目上会签约,高新区、蔡家坡经开区、蟠龙新区要力争有20亿元以上的项目上会签约"
G["rt02"] = dict(
 article=art("2016丝博会暨西洽会我市计划合同引资千亿元", "jiuqiyi.com（“招商动态”栏；原发媒体与署名未注明，“我市”即宝鸡市）", "2016-04-26", "day",
  "Local site relaying a city news item, Shaanxi (宝鸡): the city's preparatory meeting for a trade fair — a city contract-investment target, the high-tech zone, an economic development zone and a new district each told to bring projects of over 2 billion yuan, planned promotion events",
  "http://jiuqiyi.com/fengxiangdongtai/2.html",
  "日期取页面“招商动态 |2016-04-26”（文中“昨天下午”即2016年4月25日开会）。标题照录；栏目日期行与“新闻热线 02345”已删。正文四段，完整。“我市”即宝鸡市（“宝鸡分团”“宝鸡产业优势”）。园区：高新区（宝鸡高新区，文中只作“高新区”）、蔡家坡经开区（岐山县，宝鸡）、蟠龙新区（宝鸡）——各“要力争有20亿元以上的项目上会签约”，20亿元以上为区间，不作投资额，也不设项目。事实：宝鸡市计划合同引资1000亿元（target，region）。推介会（新能源汽车产业发展研讨会等）不作项目。",
  "rt02"),
 parks=[
  park("高新区", "宝鸡", "陕西", "高新区", B0, note="宝鸡高新区；文中只作“高新区”"),
  park("蔡家坡经开区", "宝鸡", "陕西", "经济技术开发区", B0, district="岐山县", note="蔡家坡经济技术开发区"),
  park("蟠龙新区", "宝鸡", "陕西", "新区", B0),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("宝鸡", "region", "contract_investment_target_cny", 1e11, "cny", "本届丝博会暨西洽会,我市计划实现合同引资1000亿元", "2016丝博会暨第20届西洽会（计划）", kind="target", chk=True, note="“我市”即宝鸡市"),
 ])

# ---------------------------------------------------------------- rt03 渭南经开区 “两园一城” (陕西农村报 2018)
WN = "渭南经济技术开发区"
C0 = "渭南经济技术开发区(简称渭南经开区)是陕西省省级开发区,地处渭南中心城市渭河北岸"
C1 = "持续加快以食品产业园、商贸物流园和中国酵素城为主的“两园一城”建设"
C2 = "辖区规上企业工业总产值、固定资产投资、地方财政收入,年均分别递增16.4%、33%和227%"
ASC = "近年来（年均）"
G["rt03"] = dict(
 article=art("万紫千红春满园 ——渭南经开区建设“两园一城”侧记", "陕西农村报（本报记者 王军锋 刘晓林 文/图），电子版 sxncb.joyhua.cn", "2018-04-23", "day",
  "Provincial rural paper's feature, Shaanxi (渭南): a provincial economic development zone building two parks and an enzyme 'city' — three captioned projects, the zone's average annual growth of output, investment and fiscal revenue, its titles",
  "http://sxncb.joyhua.cn/sxncb/20180423/html/page_04_content_000.htm",
  "日期取网址 20180423（报纸出版日）；页面标“当前版:05版”而网址为 page_04，照录不究。标题为正题“万紫千红春满园”与副题“——渭南经开区建设“两园一城”侧记”，以空格连成一行。“当前版:05版”已删；三条图片说明与署名行“本报记者 王军锋 刘晓林 文/图”保留为段落。长篇侧记只存开头：存段在小标题“食品产业园 挺起追赶超越的发展脊梁”后一段的“…亚洲最大的浓缩果汁生产基”处中断，该残句（“全市粮食播种面积800万亩…”起）已删（make_txt.py LINE_SUFFIX），正文截至“…素有陕西“粮仓、棉库、果乡”之称。”。园区：渭南经济技术开发区（又作“渭南经开区”；省级开发区；渭南，陕西）；其“两园一城”：食品产业园（文中又作“国家级食品产业园”为目标）、商贸物流园、中国酵素城（母园区均为渭南经开区）。项目（图片说明，园区由文意推定为渭南经开区，状态不记）：申华汽车博展园、中垦“华山牧”30万吨优质乳加工基地、中国酵素城产业孵化示范区。公司：中垦“华山牧”（可选）。事实：规上工业总产值、固定资产投资、地方财政收入年均递增16.4%、33%、227%（ratio）。“关中——天水经济区”“晋陕豫黄河金三角承接产业转移示范区”为区域规划，不列园区。",
  "rt03"),
 parks=[
  park(WN, "渭南", "陕西", "省级经济技术开发区", C0, aliases=["渭南经开区"], note="文中又作“渭南经开区”“经开区”"),
  park("食品产业园", "渭南", "陕西", "产业园（食品）", C1, parent=WN, note="“两园一城”之一；目标为“百亿产值的国家级食品产业园”"),
  park("商贸物流园", "渭南", "陕西", "物流园", C1, parent=WN, note="“两园一城”之一"),
  park("中国酵素城", "渭南", "陕西", "产业城（酵素）", C1, parent=WN, note="“两园一城”之一"),
 ],
 companies=[
  comp("中垦“华山牧”", WN, "西北地区首家通过优质乳验收的企业:中垦“华山牧”30万吨优质乳加工基地", opt=True, note="图片说明；园区推定"),
 ],
 institutions=[],
 projects=[
  proj("申华汽车博展园", WN, "黄河金三角地区规模最大的汽车城项目:申华汽车博展园", note="图片说明；园区由文意推定"),
  proj("中垦“华山牧”30万吨优质乳加工基地", WN, "西北地区首家通过优质乳验收的企业:中垦“华山牧”30万吨优质乳加工基地", companies=["中垦“华山牧”"], note="图片说明；园区由文意推定"),
  proj("中国酵素城产业孵化示范区", "中国酵素城", "集研发、展示、企业孵化为一体的中国酵素城产业孵化示范区", note="图片说明"),
 ],
 aggregate_facts=[
  fact(WN, "park", "above_scale_output_avg_annual_growth", 0.164, "ratio", C2, ASC, kind="ratio"),
  fact(WN, "park", "fixed_asset_investment_avg_annual_growth", 0.33, "ratio", C2, ASC, kind="ratio"),
  fact(WN, "park", "local_fiscal_revenue_avg_annual_growth", 2.27, "ratio", C2, ASC, kind="ratio"),
 ])

# ---------------------------------------------------------------- rt04 天水经济技术开发区 一季度 (2017)
TS = "天水经济技术开发区"
D0 = "数据显示,一季度,天水经济技术开发区规模以上工业企业工业总产值增长9.7%;工业增加值增长15.3%"
D1 = "一季度已有东森物流园、长城电工物流园和透水砖生产三个项目正式开工建设"
D2 = "对甘肃建投总部经济城、开发区众创大厦、开发区第一小学、中节能循环产业园、GSF伺服电机、中高压气体绝缘开关设备智能制造系统等重点项目实行领导包抓,督促项目单位加快建设进度"
D3 = "对已洽谈明确有投资意向的福美低碳软瓷产业园等几个项目紧盯不放"
Q1 = "2017年一季度"
G["rt04"] = dict(
 article=art("（无标题）天水经济技术开发区一季度经济运行与项目建设", "yybnet.net（天水新闻频道；原发媒体与署名存段未示）", "2017-04", "month",
  "Local news site, Gansu (天水): a national economic and technological development zone's first-quarter figures — output, value added, fixed-asset investment, fiscal revenue, investment attracted — three named projects started, six key projects under construction, one project of investment intent",
  "https://www.yybnet.net/tianshui/news/201704/6123816.html",
  "存段无标题、无日期行（title 为编者概括）；存段以“数据显示,一季度…”开头，前文（若有）未存。日期：网址 201704，文中“一季度”即2017年一季度，记 2017-04（month）。页尾“新闻推荐”及其下另一则新闻摘要与频道标语已删。正文两段。园区：天水经济技术开发区（文中又作“开发区”；天水，甘肃）。项目：东森物流园、长城电工物流园、透水砖生产——“正式开工建设”→开工；甘肃建投总部经济城、开发区众创大厦、开发区第一小学、中节能循环产业园、GSF伺服电机、中高压气体绝缘开关设备智能制造系统——“督促项目单位加快建设进度”→在建（学校为可选）；福美低碳软瓷产业园——“有投资意向”，状态不记。园区均记天水经济技术开发区。公司：长城电工、中节能、甘肃建投只在项目名中（可选）。事实：一季度规上工业总产值增长9.7%、工业增加值增长15.3%（“增速达到11%”含义不明，不计）、固定资产投资6.4亿元（增长10.1%）、大口径财政收入5086万元、一般公共预算收入4063万元（增长16.2%）、招商引资实际到位资金11.2亿元；均为季度累计（cumulative）。",
  "rt04"),
 parks=[
  park(TS, "天水", "甘肃", "经济技术开发区", D0, aliases=["开发区"], note="文中又作“开发区”"),
 ],
 companies=[
  comp("长城电工", TS, D1, opt=True, note="只在项目名中"),
  comp("中节能", TS, D2, opt=True, note="只在项目名中"),
  comp("甘肃建投", TS, D2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("东森物流园", TS, D1, status="开工", status_text="正式开工建设"),
  proj("长城电工物流园", TS, D1, companies=["长城电工"], status="开工", status_text="正式开工建设"),
  proj("透水砖生产", TS, D1, status="开工", status_text="正式开工建设"),
  proj("甘肃建投总部经济城", TS, D2, companies=["甘肃建投"], status="在建", status_text="督促项目单位加快建设进度"),
  proj("开发区众创大厦", TS, D2, status="在建", status_text="督促项目单位加快建设进度"),
  proj("开发区第一小学", TS, D2, status="在建", status_text="督促项目单位加快建设进度", opt=True, note="学校"),
  proj("中节能循环产业园", TS, D2, companies=["中节能"], status="在建", status_text="督促项目单位加快建设进度"),
  proj("GSF伺服电机", TS, D2, status="在建", status_text="督促项目单位加快建设进度"),
  proj("中高压气体绝缘开关设备智能制造系统", TS, D2, status="在建", status_text="督促项目单位加快建设进度"),
  proj("福美低碳软瓷产业园", TS, D3, note="已洽谈明确有投资意向；未签约"),
 ],
 aggregate_facts=[
  fact(TS, "park", "above_scale_output_growth", 0.097, "ratio", D0, Q1, kind="ratio"),
  fact(TS, "park", "industrial_value_added_growth", 0.153, "ratio", D0, Q1, kind="ratio"),
  fact(TS, "park", "fixed_asset_investment_cny", 6.4e8, "cny", "实现固定资产投资6.4亿元,同比增长10.1%", Q1, kind="cumulative", chk=True),
  fact(TS, "park", "fixed_asset_investment_growth", 0.101, "ratio", "实现固定资产投资6.4亿元,同比增长10.1%", Q1, kind="ratio", opt=True),
  fact(TS, "park", "fiscal_revenue_broad_cny", 5.086e7, "cny", "完成大口径财政收入5086万元", Q1, kind="cumulative", chk=True),
  fact(TS, "park", "general_budget_revenue_cny", 4.063e7, "cny", "一般公共预算收入完成4063万元,增长16.2%", Q1, kind="cumulative", chk=True),
  fact(TS, "park", "general_budget_revenue_growth", 0.162, "ratio", "一般公共预算收入完成4063万元,增长16.2%", Q1, kind="ratio", opt=True),
  fact(TS, "park", "investment_attracted_actual_cny", 1.12e9, "cny", "招商引资实际到位资金11.2亿元", Q1, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- rt05 宝鸡发展大会 (中国日报 2018)
E0 = "大会现场,包括华天科技半导体产业园项目、蟠龙新区城市综合体项目、扶风县渭河水生态运动小镇项目、中铁云轨西北制造基地项目等10个项目当会签约,总投资208亿元"
ASE = "2018年4月（宝鸡发展大会）"
G["rt05"] = dict(
 article=art("（无标题）宝鸡发展大会签约项目90个 总投资633亿元", "中国日报陕西记者站，载于 shx.chinadaily.com.cn（中国日报网陕西频道）", "2018-04-04", "day",
  "National paper's provincial channel, Shaanxi (宝鸡): results of a city investment conference — 90 projects signed with their total, 10 signed on the spot with four named (one in a new district), 32 major projects promoted",
  "http://shx.chinadaily.com.cn/2018-04/04/content_35977613.htm",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2018-04/04，文中“4月4日,为期三天的宝鸡发展大会圆满结束”。页尾“推荐”已删。正文三段，完整，末署“(中国日报陕西记者站)”。市级招商大会，园区只有“蟠龙新区”（宝鸡；只在项目名中出现，列可选园区）。项目：华天科技半导体产业园项目、蟠龙新区城市综合体项目、扶风县渭河水生态运动小镇项目、中铁云轨西北制造基地项目——“当会签约”→签约，无单项金额（10个项目合计208亿元记为事实）；蟠龙新区城市综合体项目 park 记蟠龙新区，其余 null（扶风县为县）。公司：华天科技只在项目名中（可选）。事实（subject 宝鸡，region，指宝鸡发展大会）：签约项目90个、总投资633亿元；当会签约10个、总投资208亿元；征集筛选重大项目32个（可选）。",
  "rt05"),
 parks=[
  park("蟠龙新区", "宝鸡", "陕西", "新区", E0, opt=True, note="只在项目名“蟠龙新区城市综合体项目”中"),
 ],
 companies=[
  comp("华天科技", None, E0, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("华天科技半导体产业园项目", None, E0, companies=["华天科技"], status="签约", status_text="当会签约"),
  proj("蟠龙新区城市综合体项目", "蟠龙新区", E0, status="签约", status_text="当会签约"),
  proj("扶风县渭河水生态运动小镇项目", None, E0, status="签约", status_text="当会签约", note="扶风县（县，非园区）"),
  proj("中铁云轨西北制造基地项目", None, E0, status="签约", status_text="当会签约"),
 ],
 aggregate_facts=[
  fact("宝鸡", "region", "projects_signed", 90, "count", "大会最终达成签约项目90个,总投资633亿元", ASE, note="宝鸡发展大会"),
  fact("宝鸡", "region", "projects_signed_investment_cny", 6.33e10, "cny", "大会最终达成签约项目90个,总投资633亿元", ASE, chk=True),
  fact("宝鸡", "region", "projects_signed_on_site", 10, "count", E0, ASE),
  fact("宝鸡", "region", "projects_signed_on_site_investment_cny", 2.08e10, "cny", "等10个项目当会签约,总投资208亿元", ASE, chk=True),
  fact("宝鸡", "region", "major_projects_promoted", 32, "count", "大会筹备期间,我市征集筛选了32个重大项目,在大会期间做了重点推介", ASE, opt=True),
 ])

# ---------------------------------------------------------------- rt06 宝鸡高新区 钛谷新材料循环再利用 (中国报道 2018)
BJ = "宝鸡高新区"
F0 = "宝鸡高新区管委会和青海聚能钛业股份有限公司签订正式合同,标志着投资10亿元的“钛谷新材料循环再利用产业(中心)基地”项目正式落户宝鸡高新区"
F1 = "目前,宝鸡高新区聚集了宝钛集团为首的以钛及钛合金材料为主的科研、生产加工、贸易企业500余家"
F2 = "钛材和钛制品供应量约占全国的60%、占全世界的20%"
G["rt06"] = dict(
 article=art("钛谷新材料循环利用产业项目落户宝鸡高新区 投资10亿助力钛产业转型升级", "中国报道（中国报道网，中国外文局亚太传播中心；通讯员 王磊；责任编辑 闫欣）", "2018-05-14", "day",
  "National magazine's news site, Shaanxi (宝鸡): a high-tech zone signs a 1-billion-yuan titanium recycling base with a listed titanium firm at a trade fair — the zone's titanium firms and market shares, the project's expected capacity",
  "http://sdjd.apcreports.org.cn/sdjd/news/3402.html",
  "日期取页面“发布时间:2018-05-14 09:25:08 来源:中国报道”（签约在5月11日）。标题照录；站名、位置行、发布时间行、“责任编辑:闫欣”及页脚已删。正文三段，完整；首段“中国报道讯(通讯员 王磊5月11日下午”原文缺右括号，照录。园区：宝鸡高新区（“中国钛谷”为美称，不作别名；宝鸡，陕西）。公司：青海聚能钛业股份有限公司（又作“青海聚能”；项目落户宝鸡高新区，park 记宝鸡高新区）；宝钛集团（园区龙头）。项目：“钛谷新材料循环再利用产业(中心)基地”（文中又作“…基地项目”；标题作“钛谷新材料循环利用产业项目”），投资10亿元，签订正式合同→签约。事实：园区钛相关企业500余家（余）；钛材和钛制品供应量约占全国60%、全世界20%（ratio，约，可选）；项目预计年产3万吨（target，可选）。宝鸡高新区管委会列可选机构。",
  "rt06"),
 parks=[
  park(BJ, "宝鸡", "陕西", "高新区", F0, note="美称“中国钛谷”"),
 ],
 companies=[
  comp("青海聚能钛业股份有限公司", BJ, F0, aliases=["青海聚能"], note="项目落户宝鸡高新区"),
  comp("宝钛集团", BJ, F1, note="园区钛企业之首"),
 ],
 institutions=[
  inst("宝鸡高新区管委会", F0, park=BJ, note="签约方"),
 ],
 projects=[
  proj("钛谷新材料循环再利用产业(中心)基地", BJ, F0, companies=["青海聚能钛业股份有限公司"], inv="投资10亿元", status="签约", status_text="签订正式合同",
       aliases=["钛谷新材料循环再利用产业(中心)基地项目", "钛谷新材料循环利用产业项目"], note="正式落户宝鸡高新区"),
 ],
 aggregate_facts=[
  fact(BJ, "park", "titanium_firms", 500, "count", F1, "2018年5月", qual="余", qtext="余"),
  fact(BJ, "park", "titanium_supply_share_national", 0.6, "ratio", F2, "2018年5月", kind="ratio", qual="约", qtext="约", opt=True),
  fact(BJ, "park", "titanium_supply_share_world", 0.2, "ratio", F2, "2018年5月", kind="ratio", qual="约", qtext="约", opt=True),
  fact("钛谷新材料循环再利用产业(中心)基地", "project", "expected_annual_capacity_t", 30000, "t", "预计可年产3万吨钛及钛合金材料", "建成后（预期）", kind="target", opt=True),
 ])
