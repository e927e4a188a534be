# real257 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); an amount written without 元 (“535.5亿”) goes into a fact whose metric
# does not end in _cny (unit cny). Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in, null if none (a county or county-level city is a region, not a park). Status from the text's words (集中开工 →
# 开工; 当年签约当年投产 → 投产 with status_alt 签约; 签约即开工建设 → 开工; 已基本建成…投入使用 → 竣工; 成功落户 alone → no
# status). Year-to-date figures (“今年以来”, “1-2月”, “截至目前”) are cumulative; expected figures (“预计”, “将达到”) are target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/svNN.raw as returned.

# ---------------------------------------------------------------- sv01 西渡高新区又签约了 (掌上衡阳 via kczg 2023)
XD = "西渡高新区"
A0 = "近年来,西渡高新区抢抓衡阳打造承接产业转移示范区机遇"
A1 = "规划布局“船山时间谷”钟表产业园、双创中心小机电产业园2大特色产业园"
A2 = "西渡高新区创新创业服务平台总投资近10亿元,规划占地260亩,总建筑面积25.29万平方米,总投资8亿元"
A3 = "新建的30栋多层标准厂房、2栋员工宿舍楼项目一期工程已基本建成,达到企业入驻条件正式投入使用"
A4 = "这3家企业正式签约落户,共租赁高新区创新创业服务平台厂房约3.5万平方米、总投资1.7亿元,预计今年5月正式投产,投产后年产值可达1.8亿元,实现税收700万元"
AS1 = "2023年3月"
G["sv01"] = dict(
 article=art("西渡高新区又签约了,总投资1.7亿元!", "掌上衡阳客户端（“来源 | 掌上衡阳客户端”），载于 kczg.org.cn（中国科协站点转载）；无记者署名", "2023-03-02", "day",
  "City news app relayed by a science-association site, Hunan: a county high-tech zone's incubation platform (investment, area, standard factories built in phase 1) and three firms signed into it with their total investment, leased floor area, expected production month, output and tax",
  "https://www.kczg.org.cn/rules/detail?id=6231353",
  "日期取页面“发布时间: 2023-03-02”。标题照录；“发布时间”行、“来源 | 掌上衡阳客户端”行与页脚版权行已删。正文三段，完整。园区：西渡高新区（衡阳市衡阳县，湖南；文中又作“高新区”“园区”）；“船山时间谷”钟表产业园、双创中心小机电产业园为其规划布局的两个特色产业园（可选，母园区西渡高新区）。项目：西渡高新区创新创业服务平台——文中先写“总投资近10亿元”，同句后又写“总投资8亿元”，两数并存：investment_text 取前者（约），后者记 alt_investment；2021年8月启动建设，30栋标准厂房与2栋宿舍楼“一期工程已基本建成…正式投入使用”→ 竣工（一期），整体仍在建设（status_alt 在建）。“这3家企业”未点名（存段之前未列名），不另立项目：签约3家、总投资1.7亿元、租赁厂房约3.5万平方米记为园区事实；“预计今年5月正式投产,投产后年产值可达1.8亿元,实现税收700万元”为 target。",
  "sv01"),
 parks=[
  park(XD, "衡阳", "湖南", "高新区", A0, district="衡阳县", note="文中又作“高新区”“园区”"),
  park("“船山时间谷”钟表产业园", "衡阳", "湖南", "特色产业园", A1, district="衡阳县", parent=XD, opt=True, note="规划布局的特色产业园"),
  park("双创中心小机电产业园", "衡阳", "湖南", "特色产业园", A1, district="衡阳县", parent=XD, opt=True, note="规划布局的特色产业园"),
 ],
 projects=[
  proj("西渡高新区创新创业服务平台", XD, A2, inv="总投资近10亿元", qual="约", qual_text="近", phase="一期", status="竣工",
       status_text="一期工程已基本建成,达到企业入驻条件正式投入使用", status_alt="在建",
       alt_investment={"investment_text": "总投资8亿元", "investment_cny": 8e8},
       note="同句两个总投资（近10亿元 / 8亿元）；2021年8月启动建设；一期30栋标准厂房、2栋宿舍楼已基本建成并投入使用"),
 ],
 aggregate_facts=[
  fact(XD, "park", "firms_signed", 3, "count", A4, AS1, note="3家企业正式签约落户（未点名）"),
  fact(XD, "park", "signed_investment_cny", 1.7e8, "cny", "总投资1.7亿元,预计今年5月正式投产", AS1, chk=True, note="3家签约企业合计"),
  fact(XD, "park", "leased_factory_area_m2", 35000, "m2", A4, AS1, qual="约", qtext="约", opt=True),
  fact(XD, "park", "expected_annual_output_cny", 1.8e8, "cny", "投产后年产值可达1.8亿元,实现税收700万元", "投产后（预期）", kind="target", chk=True, note="3家签约企业"),
  fact(XD, "park", "expected_annual_tax_cny", 7e6, "cny", "实现税收700万元", "投产后（预期）", kind="target", chk=True, opt=True),
  fact("西渡高新区创新创业服务平台", "project", "site_area_mu", 260, "mu", A2, AS1, opt=True),
  fact("西渡高新区创新创业服务平台", "project", "floor_area_m2", 252900, "m2", A2, AS1, opt=True),
  fact("西渡高新区创新创业服务平台", "project", "standard_factory_buildings_built", 30, "count",
       "在一年多的时间里完成了30栋近20万平方米的多层标准厂房建设", "2021年8月至2023年3月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- sv02 安徽天长:15个重点项目集中开工 (新华丝路 2022)
TC = "天长市"
GX = "滁州高新区"
B0 = "5月9日,安徽省滁州天长市二季度15个招商引资重点项目集中开工,投资总额逾100亿元"
B1 = "此次集中开工的重点项目包括天盛·智谷、钰铂新能源汽车铝材,康弘石油特种专用管材等重点项目15个,总投资达101.1亿元"
B2 = "项目分布于滁州高新区、杨村镇、石梁镇、张铺镇和永丰镇"
B3 = "一季度,新签约亿元以上项目21个,新开工、新投产亿元以上项目分别达16个、8个,亿元以上项目到位资金44.5亿元"
B4 = "投资100亿元的龙源昆宇储能电池项目及投资100亿元的复星捷威动力电池项目成功落户"
G["sv02"] = dict(
 article=art("安徽天长:15个重点项目集中开工 总投资逾100亿元", "新华丝路（imsilkroad.com；署名李炳旺，责任编辑黄秀环）", "2022-05-10", "day",
  "National Belt-and-Road news portal, Anhui: a county-level city's second-quarter groundbreaking of 15 projects (three named) spread over a high-tech zone and four towns, its first-quarter signing / start / production counts and funds in place, two 10-billion-yuan projects landed",
  "https://www.imsilkroad.com/news/p/483140.html",
  "日期取页面“来源:新华丝路 责任编辑:黄秀环 2022-05-10 16:42:32”（开工日为5月9日）。标题照录；站名行、来源行与“相关推荐”以下已删。正文四段，完整，末有署名“(李炳旺)”。地域：天长市（滁州代管县级市，安徽）为 region，不是园区。园区：滁州高新区（滁州高新技术产业开发区，位于天长市；文中只作“滁州高新区”）。项目：天盛·智谷、钰铂新能源汽车铝材、康弘石油特种专用管材（集中开工→开工；无单项金额；15个项目分布于滁州高新区与四个镇，单个项目所在园区文中未分，park 记 null）；龙源昆宇储能电池项目、复星捷威动力电池项目各“投资100亿元”“成功落户”（只写落户，status null；所在园区未写）。事实归天长市（region）：15个项目总投资101.1亿元（另“逾100亿元”）、其中10亿元以上4个；一季度新签约21个、新开工16个、新投产8个（均为亿元以上项目）、到位资金44.5亿元。",
  "sv02"),
 parks=[
  park(GX, "滁州", "安徽", "高新区", B2, district="天长市", note="滁州高新技术产业开发区；文中只出现一次"),
 ],
 projects=[
  proj("天盛·智谷", None, B1, status="开工", status_text="集中开工", note="15个项目分布于滁州高新区和四镇，所在园区未分"),
  proj("钰铂新能源汽车铝材", None, B1, status="开工", status_text="集中开工", note="同上"),
  proj("康弘石油特种专用管材", None, B1, status="开工", status_text="集中开工", note="同上"),
  proj("龙源昆宇储能电池项目", None, B4, inv="投资100亿元", status=None, status_text="成功落户", note="只写“成功落户”；所在园区未写"),
  proj("复星捷威动力电池项目", None, B4, inv="投资100亿元", status=None, status_text="成功落户", note="同上"),
 ],
 aggregate_facts=[
  fact(TC, "region", "projects_started", 15, "count", B1, "2022年5月9日（二季度集中开工）"),
  fact(TC, "region", "projects_started_investment_cny", 1.011e10, "cny", "总投资达101.1亿元,其中10亿元以上项目4个", "2022年5月9日（二季度集中开工）", chk=True),
  fact(TC, "region", "projects_started_investment_cny", 1e10, "cny", B0, "2022年5月9日（二季度集中开工）", qual="超", qtext="逾", opt=True, note="“投资总额逾100亿元”，同一批项目的约数"),
  fact(TC, "region", "projects_started_over_1e9", 4, "count", "总投资达101.1亿元,其中10亿元以上项目4个", "2022年5月9日（二季度集中开工）", opt=True),
  fact(TC, "region", "projects_signed", 21, "count", B3, "2022年一季度", kind="cumulative", opt=True, note="亿元以上项目"),
  fact(TC, "region", "projects_started", 16, "count", B3, "2022年一季度", kind="cumulative", opt=True, note="亿元以上项目"),
  fact(TC, "region", "projects_in_production", 8, "count", B3, "2022年一季度", kind="cumulative", opt=True, note="亿元以上项目"),
  fact(TC, "region", "funds_in_place_cny", 4.45e9, "cny", "亿元以上项目到位资金44.5亿元", "2022年一季度", kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- sv03 雨花智能制造·工程机械配套产业园 (红网 2023)
XT = "湘潭经济技术开发区"
YH = "雨花智能制造·工程机械配套产业园项目"
C0 = "湘潭经济技术开发区党工委副书记、管委会主任黄韧,管委会副主任胡卫一行赴中建五局总承包公司九华工业地产项目——雨花智能制造·工程机械配套产业园项目开展调研"
C1 = "该项目由雨花经开发展集团打造、中建五局承建,是贯彻湖南省“三高四新”战略定位和使命任务的重要举措,项目总投资约10亿元"
C2 = "项目总投资约10亿元,用地面积23万平方米(合350.78亩),总建筑面积约28.9万平方米"
C3 = "目前,项目一期已完成全部基础工程和80%的道路及配套管网施工,6栋多层厂房已完成主体封顶,累计完成产值8000余万元"
G["sv03"] = dict(
 article=art("（无标题）湘潭经开区调研雨花智能制造·工程机械配套产业园项目 总投资约10亿元 一期6栋厂房封顶", "红网（红网时刻新闻，湘潭站；记者 李璐 通讯员 费敏）", "2023-04-14", "day",
  "Provincial news portal's city station, Hunan: a zone's managers inspect a 'flying-enclave' industrial-estate project built by a developer from another city's zone — total investment, site and floor area, target industries, phase-1 progress (groundwork done, six factory buildings topped out, construction output)",
  "https://xt.rednet.cn/m/content/646748/58/12564220.html",
  "日期取电头“红网时刻新闻4月14日讯”（调研日4月13日），年份由网址编号推定为2023年（12564220 与同站2023-04-18稿 12572076 相邻；存段无年份行）。存段无标题行（title 为编者概括）；开头图片说明“调研现场。”与文末“来源/作者/编辑/本站原创”行已删。正文三段，完整。园区：湘潭经济技术开发区（湘潭，湖南；文中只见于官员职务“湘潭经济技术开发区党工委副书记、管委会主任”，项目所在地九华属该区，由语境推定）。项目：雨花智能制造·工程机械配套产业园项目（又称“九华工业地产项目”），雨花经开发展集团（长沙雨花经开发展集团）打造、中建五局承建，总投资约10亿元；一期基础工程完成、6栋厂房主体封顶→在建。两地“飞地”合作：长沙一方的园区（雨花经开区）文中未写出，不列园区。公司：雨花经开发展集团（开发方，来自长沙，park 记 null）、中建五局（承建方，可选）。事实：用地350.78亩、总建筑面积约28.9万平方米、累计完成产值8000余万元（工程产值，可选；“余”使其不能按“万元”解析，metric 不以 _cny 结尾）。",
  "sv03"),
 parks=[
  park(XT, "湘潭", "湖南", "经济技术开发区", C0, note="只见于官员职务；项目所在九华片区属该区（推定）"),
 ],
 companies=[
  comp("雨花经开发展集团", None, C1, aliases=["长沙雨花经开发展集团"], kind="developer", note="项目开发方（长沙）；“飞地”合作一方"),
  comp("中建五局", None, C1, kind="contractor", aliases=["中建五局总承包公司"], opt=True, note="承建方"),
 ],
 projects=[
  proj(YH, XT, C1, companies=["雨花经开发展集团", "中建五局"], inv="项目总投资约10亿元", qual="约", qual_text="约",
       status="在建", status_text="一期已完成全部基础工程…6栋多层厂房已完成主体封顶", aliases=["九华工业地产项目", "雨花智能制造·工程机械配套产业园"],
       note="工业地产（产业园）项目；湘潭经开区与长沙雨花方“飞地”合作；园区归属由语境推定"),
 ],
 aggregate_facts=[
  fact(YH, "project", "site_area_mu", 350.78, "mu", C2, "2023年4月", opt=True),
  fact(YH, "project", "floor_area_m2", 289000, "m2", C2, "2023年4月", qual="约", qtext="约", opt=True),
  fact(YH, "project", "phase1_buildings_topped_out", 6, "count", C3, "2023年4月", kind="cumulative"),
  fact(YH, "project", "completed_construction_output", 8e7, "cny", C3, "2023年4月", kind="cumulative", qual="余", qtext="余", opt=True,
       note="“累计完成产值8000余万元”（工程产值）"),
 ])

# ---------------------------------------------------------------- sv04 新邵经开区 全力建设“五好”园区 (新华卫视网 2024)
XS = "新邵经开区"
QT = "雀塘循环经济产业园"
D0 = "近日,在湖南新邵经开区各个园区,到处涌动着建设生产的热潮"
D1 = "雀塘循环经济产业园获批湖南省中小企业服务中心颁发的“园创工程中小企业创新创业服务站”"
D2 = "2023年,包装产业项目10个,正式签约项目35个,总投资27.719亿元。其中投资5亿元以上的项目2个,已落地项目14个,到位资金5.44亿元"
D3 = "义乌聚通年产600万件无缝运动服饰制造项目和义乌欧秀年产500万件无缝运动服饰制造项目实现当年签约当年投产"
D4 = "以维客诺为链主的7个电子信息产业链项目实现签约即开工建设"
D5 = "截至2023年底,该园区入驻企业501家,规模以上工业企业91家,新增11家,园区技工贸总收入达238.84亿元,同比增长16.22%;完成规模工业增加值38.75亿元,同比增长12.7%"
AS4 = "2023年"
G["sv04"] = dict(
 article=art("全力建设“五好”园区 ,主特产业集群发展", "新华卫视网（xgxhtv.cn，“来源:本网讯”，责任编辑张成云；署名肖斌辉 陈苗苗）", "2024-10-12", "day",
  "News website's domestic channel, Hunan: a county economic development zone's 2023 record — a sub-park's titles, signed projects with total investment and funds in place, two named garment projects signed and in production in the same year, electronics projects started, year-end firm counts, revenue and value added with growth",
  "http://xgxhtv.cn/news/guonei/2024-10-12/609295.html",
  "日期取页面“2024-10-12 11:02:38 来源:本网讯”。标题照录（逗号前空格原文如此）；栏目路径、“投稿”、日期来源行、文末“文章来源…版权声明…”已删。正文四段，完整，末有署名“(肖斌辉 陈苗苗)”。园区：新邵经开区（邵阳市新邵县，湖南；“一区三园”）；雀塘循环经济产业园（母园区新邵经开区，由“一区三园”推定）。第三段的2023年招商数字（签约35个、总投资27.719亿元、5亿元以上2个、已落地14个、到位资金5.44亿元、包装产业项目10个）段首无主语（上段为“该县”），按全文主题归新邵经开区（见 SOURCES 不确定点）。项目：义乌聚通年产600万件无缝运动服饰制造项目、义乌欧秀年产500万件无缝运动服饰制造项目（当年签约当年投产→投产，status_alt 签约；无金额）；“以维客诺为链主的7个电子信息产业链项目”未点名，不另立项目，维客诺列可选公司。事实：截至2023年底入驻企业501家、规上企业91家（新增11家）、技工贸总收入238.84亿元（增16.22%）、规模工业增加值38.75亿元（增12.7%）。铜铝资源循环综合利用产业集群等称号不计。",
  "sv04"),
 parks=[
  park(XS, "邵阳", "湖南", "经济开发区", D0, district="新邵县", note="“一区三园”；文中又作“该园区”“园区”"),
  park(QT, "邵阳", "湖南", "循环经济产业园", D1, district="新邵县", parent=XS, note="母园区由“一区三园”推定"),
 ],
 companies=[
  comp("义乌聚通", XS, D3, opt=True, note="只在项目名中"),
  comp("义乌欧秀", XS, D3, opt=True, note="只在项目名中"),
  comp("维客诺", XS, D4, opt=True, note="电子信息产业链链主"),
 ],
 institutions=[
  inst("湖南省中小企业服务中心", D1, opt=True),
 ],
 projects=[
  proj("义乌聚通年产600万件无缝运动服饰制造项目", XS, D3, companies=["义乌聚通"], status="投产", status_alt="签约",
       status_text="实现当年签约当年投产", note="2023年签约并投产；园区由语境推定"),
  proj("义乌欧秀年产500万件无缝运动服饰制造项目", XS, D3, companies=["义乌欧秀"], status="投产", status_alt="签约",
       status_text="实现当年签约当年投产", note="同上"),
 ],
 aggregate_facts=[
  fact(XS, "park", "projects_signed", 35, "count", D2, AS4, note="正式签约项目；段首无主语，归园区"),
  fact(XS, "park", "signed_investment_cny", 2.7719e9, "cny", "正式签约项目35个,总投资27.719亿元", AS4, chk=True),
  fact(XS, "park", "projects_signed_over_5e8", 2, "count", D2, AS4, opt=True),
  fact(XS, "park", "projects_landed", 14, "count", D2, AS4),
  fact(XS, "park", "funds_in_place_cny", 5.44e8, "cny", "到位资金5.44亿元", AS4, chk=True),
  fact(XS, "park", "packaging_projects", 10, "count", D2, AS4, opt=True, note="包装产业项目10个"),
  fact(XS, "park", "electronics_projects_started", 7, "count", D4, AS4, opt=True),
  fact(XS, "park", "firms", 501, "count", D5, "2023年末"),
  fact(XS, "park", "above_scale_firms", 91, "count", D5, "2023年末"),
  fact(XS, "park", "new_above_scale_firms", 11, "count", D5, AS4, opt=True),
  fact(XS, "park", "total_revenue_cny", 2.3884e10, "cny", "园区技工贸总收入达238.84亿元,同比增长16.22%", AS4, chk=True, note="技工贸总收入"),
  fact(XS, "park", "total_revenue_yoy_growth", 0.1622, "ratio", "园区技工贸总收入达238.84亿元,同比增长16.22%", AS4, kind="ratio"),
  fact(XS, "park", "above_scale_industrial_value_added_cny", 3.875e9, "cny", "完成规模工业增加值38.75亿元,同比增长12.7%", AS4, chk=True),
  fact(XS, "park", "above_scale_industrial_value_added_yoy_growth", 0.127, "ratio", "完成规模工业增加值38.75亿元,同比增长12.7%", AS4, kind="ratio"),
 ])

# ---------------------------------------------------------------- sv05 雨花经开区 督查激励 (icswb 2023)
YJ = "雨花经开区"
E0 = "12月28日,湖南省工业和信息化局提出了全省工业和信息化领域2022年度真抓实干督查激励拟推荐名单,经综合评比,雨花经开区在促进工业高质量发展工作中,成功入选推荐名单"
E1 = "2022年1-11月,园区规模工业增加值同比增长25.9%"
E2 = "其中,主导产业龙头企业长沙比亚迪汽车完成总产值524.6亿元,同比增长69.5%"
E3 = "三季度高新技术产业完成总产值535.5亿,同比增长60.7%;实现高新技术增加值104亿,同比增长52.8%"
AS5 = "2022年1-11月"
AS5b = "2022年前三季度"
G["sv05"] = dict(
 article=art("雨花经开区入选2022年工业和信息化领域真抓实干督查激励建议名单", "so.icswb.com（作者陈静，编辑林旸；原发媒体未注明）", "2023-01-03", "day",
  "Local news site, Hunan: a provincial zone recommended for a provincial incentive — its rankings and titles, value-added growth, its leading carmaker's output and growth, high-tech output and value added with growth",
  "https://so.icswb.com/h/104029/20230103/796250.html",
  "日期取网址 20230103（文中“12月28日”为推荐名单提出日）。标题照录；“相链区块链”、文末作者编辑行、“关键词”行已删。正文四段，完整。园区：雨花经开区（长沙市雨花区，湖南；省级园区；文中又作“园区”）。公司：长沙比亚迪汽车（主导产业龙头企业，在园）。无项目。事实：2022年1-11月园区规模工业增加值增长25.9%；比亚迪总产值524.6亿元（增69.5%；段首“2022年1-11月”，as_of 同）；“三季度”（截至三季度）高新技术产业总产值535.5亿（增60.7%）、高新技术增加值104亿（增52.8%）——原文“亿”后无“元”，metric 不以 _cny 结尾。“今年有望成为全省首个产值过600亿的汽车企业”不计。排名、称号（连续9年全市省级园区第一等）不计。",
  "sv05"),
 parks=[
  park(YJ, "长沙", "湖南", "经济开发区", E0, district="雨花区", note="省级园区；文中又作“园区”"),
 ],
 companies=[
  comp("长沙比亚迪汽车", YJ, E2, note="主导产业龙头企业"),
 ],
 institutions=[
  inst("湖南省工业和信息化局", E0, opt=True),
 ],
 aggregate_facts=[
  fact(YJ, "park", "above_scale_industrial_value_added_yoy_growth", 0.259, "ratio", E1, AS5, kind="ratio"),
  fact("长沙比亚迪汽车", "company", "output_cny", 5.246e10, "cny", "长沙比亚迪汽车完成总产值524.6亿元,同比增长69.5%", AS5, kind="cumulative", chk=True),
  fact("长沙比亚迪汽车", "company", "output_yoy_growth", 0.695, "ratio", E2, AS5, kind="ratio"),
  fact(YJ, "park", "high_tech_output", 5.355e10, "cny", E3, AS5b, kind="cumulative", note="原文“535.5亿”（无“元”）"),
  fact(YJ, "park", "high_tech_output_yoy_growth", 0.607, "ratio", E3, AS5b, kind="ratio"),
  fact(YJ, "park", "high_tech_value_added", 1.04e10, "cny", E3, AS5b, kind="cumulative", opt=True, note="原文“104亿”（无“元”）"),
  fact(YJ, "park", "high_tech_value_added_yoy_growth", 0.528, "ratio", E3, AS5b, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- sv06 徽州区城北工业园区 firms (中国网 2022)
CB = "城北工业园区"
F0 = "走进徽州区城北工业园区的安徽东远新材料有限公司厂房内,工人正在紧锣密鼓地赶制订单"
F1 = "据了解,安徽东远新材料有限公司目前订单已经排到了5月, 1-2月实现产值2663.4万元,同比增长31.11%"
F2 = "位于园区的黄山无极雪食品有限公司的包装车间同样是一派生产繁忙景象"
F3 = "今年1-2月实现产值852.6万元,同比增长21.09%"
AS6 = "2022年1-2月"
G["sv06"] = dict(
 article=art("（无标题）黄山市徽州区城北工业园区企业满负荷生产 冲刺一季度“开门红”", "中国网（ydah.china.com.cn 安徽频道；存段无署名）", "2022-03-22", "day",
  "National news portal's provincial channel, Anhui: a district industrial park's firms working at full load — two named firms with their January–February output and growth, order backlog and production lines; the district's service to park firms",
  "http://ydah.china.com.cn/2022-03/22/content_41912357.html",
  "日期取网址 2022-03/22。存段无标题、无日期行（title 为编者概括）。正文五段，完整，原样保留（第三段“5月, 1-2月”逗号后空格原文如此）。园区：城北工业园区（文中作“徽州区城北工业园区”；黄山市徽州区，安徽）；首段“徽州区园区”泛指，不另列。公司：安徽东远新材料有限公司（在城北工业园区）、黄山无极雪食品有限公司（“位于园区的”，同一园区）。事实：两家1-2月产值与增速（cumulative / ratio）；东远4条生产线满负荷、月产6000-7000立方米不计；徽州区走访园区重点企业20家不计。无项目。",
  "sv06"),
 parks=[
  park(CB, "黄山", "安徽", "工业园区", F0, district="徽州区", aliases=["徽州区城北工业园区"], note="文中又作“园区”"),
 ],
 companies=[
  comp("安徽东远新材料有限公司", CB, F0, note="生产免干燥PET挤出发泡系列产品"),
  comp("黄山无极雪食品有限公司", CB, F2, note="天然矿泉水及高端饮用水"),
 ],
 aggregate_facts=[
  fact("安徽东远新材料有限公司", "company", "output_cny", 2.6634e7, "cny", "1-2月实现产值2663.4万元,同比增长31.11%", AS6, kind="cumulative", chk=True),
  fact("安徽东远新材料有限公司", "company", "output_yoy_growth", 0.3111, "ratio", F1, AS6, kind="ratio"),
  fact("黄山无极雪食品有限公司", "company", "output_cny", 8.526e6, "cny", F3, AS6, kind="cumulative", chk=True),
  fact("黄山无极雪食品有限公司", "company", "output_yoy_growth", 0.2109, "ratio", F3, AS6, kind="ratio"),
 ])

# ---------------------------------------------------------------- sv07 枞阳经开区:规上企业冲刺“开门红” (铜陵日报 via 51emo 2023)
ZY = "枞阳经开区"
H0 = "连日来,枞阳经开区规模以上工业企业不断加大复工达产力度"
H1 = "2月7日一大早,在枞阳经开区安徽泰阳织造科技公司的生产车间里,208台喷水织机全部启动"
H2 = "今年这家企业实际下机遮光布将达到1400万米左右,比去年提高30%"
H3 = "借助枞阳县培育新能源汽车产业的东风,铜陵铭尊精密科技公司也呈现产销两旺的局面"
H4 = "截至目前,园区内68家规上企业已全面复工达产"
G["sv07"] = dict(
 article=art("枞阳经开区:规上企业冲刺“开门红”", "铜陵日报（“来源:铜陵新闻网—铜陵日报”），载于 51emo.com（资讯转载站）；存段无记者署名", "2023-02-11", "day",
  "Content site relaying a city daily, Anhui: a county economic development zone's above-scale firms back at full production after the Spring Festival — two named firms with looms, workers, expected output growth and orders; the count of above-scale firms resumed",
  "http://51emo.com/xingye/2023/0211/128297.html",
  "日期取页面“2023-02-11 10:17:22来源:铜陵新闻网—铜陵日报”（原发日期未见，以转载页为准）。标题照录；栏目路径、日期来源行、“(资料图)”与文末标签、推荐栏已删。正文五段，完整。园区：枞阳经开区（铜陵市枞阳县，安徽；文中又作“园区”）。公司：安徽泰阳织造科技公司（又作“泰阳织造”，在枞阳经开区）；铜陵铭尊精密科技公司（文中只写“借助枞阳县…东风”，园区归属由全文主题推定）。事实：园区68家规上企业已全面复工达产（截至2023年2月）；泰阳今年遮光布预计1400万米左右、比去年提高30%（target）；泰阳208台喷水织机、160位工人（可选）；铭尊“一批价值400万元的冷凝器”为订单，不计。无项目。",
  "sv07"),
 parks=[
  park(ZY, "铜陵", "安徽", "经济开发区", H0, district="枞阳县", note="文中又作“园区”"),
 ],
 companies=[
  comp("安徽泰阳织造科技公司", ZY, H1, aliases=["泰阳织造"], note="生产高档窗帘布"),
  comp("铜陵铭尊精密科技公司", ZY, H3, note="汽车空调冷凝器；园区归属由全文主题推定"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "above_scale_firms_resumed", 68, "count", H4, "2023年2月", note="全面复工达产的规上企业"),
  fact("安徽泰阳织造科技公司", "company", "expected_annual_output_m", 1.4e7, "m", H2, "2023年全年（预计）", kind="target", qual="约", qtext="左右", opt=True, note="遮光布（米）"),
  fact("安徽泰阳织造科技公司", "company", "expected_output_yoy_growth", 0.30, "ratio", H2, "2023年全年（预计）", kind="target", opt=True),
  fact("安徽泰阳织造科技公司", "company", "water_jet_looms", 208, "count", H1, "2023年2月", opt=True),
  fact("安徽泰阳织造科技公司", "company", "workers", 160, "count", "全厂160位工人全部在岗", "2023年2月", opt=True),
 ])
