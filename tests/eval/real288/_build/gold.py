# real288 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (qa04 traditional as published, the rest simplified);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Projects:
# the park is the one the text places the project in, null if none (a county is not a park). Status from the text's words
# (奠基开工 / 举行奠基仪式 → 开工; 正在…建设 → 在建; 已确定选址,正在办理开工前的用地手续 → planned; 签约 → 签约; 建成投产 → 投产).
# A park-development project gets no status where the text gives none. “预计/可达” figures are kind target. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/qaNN.raw as returned.

# ---------------------------------------------------------------- qa01 日照国际海洋城:海洋产业集聚成长 (日照日报 2013)
HY = "日照国际海洋城"
HYP = "日照国际海洋城海洋产业园"
A0 = "总投资5.2亿元的海大博远海洋生物项目正在快马加鞭地建设,一期项目预计年底开始试投产,项目全部建成后,年产值可达20亿元"
A1 = "总投资2.3亿元的中泰海华海洋生态环境监测设备产业化项目厂房奠基开工"
A1b = "年产海洋生态环境监测仪器设备1万台套,年销售收入可达2亿元"
A2 = "投资2.6亿元的山东丰隆鱼骨素项目,投资2.7亿元的众生生物壳寡糖、壳聚糖及海洋健康产品项目,投资2.2亿元的拓普海藻深加工项目已确定选址,正在办理开工前的用地手续"
A3 = "集中发展培育海洋服务、海洋工程装备、海洋生物、海水利用、海洋生态环保和临海高端制造六大主导产业"
G["qa01"] = dict(
 article=art("日照国际海洋城:海洋产业集聚成长", "日照日报（本报通讯员 郑丽红），载于 www.yybnet.net（日照新闻栏）", "2013-05-31", "day",
  "City daily via a regional news portal, Shandong: a coastal new-city zone's marine industrial park — one project under construction with its amount and expected output, one started, three more sited and awaiting land, the zone's six leading industries",
  "https://www.yybnet.net/rizhao/news/201305/3275785.html",
  "日期取页面“来源:日照日报 2013-05-31 21:08”。标题照录；页头导航与来源行已删；署名“本报通讯员 郑丽红”保留为首段。存段末段“根据规划,日照国际海洋城海洋产业园一期规划面积50公顷,设置了…海洋生物制品产”在句中中断（整段为一句），整段删去（make_txt.py ITEMS 截至上一段），正文截至“…现代海洋产业集聚区。”。园区：日照国际海洋城（日照市，山东；文中又作“国际海洋城”；省政府批复其发展规划）；日照国际海洋城海洋产业园（文中又作“海洋产业园”，母园区日照国际海洋城）。项目五个，均在海洋产业园：海大博远海洋生物项目（总投资5.2亿元，正在建设→在建；一期预计年底试投产；建成后年产值可达20亿元，target）；中泰海华海洋生态环境监测设备产业化项目（总投资2.3亿元，厂房奠基开工→开工；年销售收入可达2亿元，target）；山东丰隆鱼骨素项目、众生生物壳寡糖、壳聚糖及海洋健康产品项目、拓普海藻深加工项目（各投资2.6/2.7/2.2亿元，已确定选址、正在办理开工前用地手续→planned）。公司只在项目名中出现（可选）；国家海洋技术中心为技术来源（可选机构）。“……”一行原文如此，保留为一段。",
  "qa01"),
 parks=[
  park(HY, "日照", "山东", "海洋经济新城", "国际海洋城以发展海洋产业带动城市化进程", aliases=["国际海洋城"],
       note="文中又作“国际海洋城”；省政府批复《日照国际海洋城发展规划》"),
  park(HYP, "日照", "山东", "产业园（海洋）", "在日照国际海洋城海洋产业园,建设场景更是一片火热", parent=HY, aliases=["海洋产业园"],
       note="文中又作“海洋产业园”"),
 ],
 companies=[
  comp("海大博远", HYP, A0, opt=True, note="只在项目名中"),
  comp("中泰海华", HYP, A1, opt=True, note="只在项目名中"),
  comp("山东丰隆", HYP, A2, opt=True, note="只在项目名中（山东丰隆鱼骨素项目）"),
  comp("众生生物", HYP, A2, opt=True, note="只在项目名中"),
  comp("拓普", HYP, A2, opt=True, note="只在项目名中（拓普海藻深加工项目）"),
 ],
 institutions=[
  inst("国家海洋技术中心", "该项目利用国家海洋技术中心自主研发成果", kind="research", note="中泰海华项目的技术来源"),
 ],
 projects=[
  proj("海大博远海洋生物项目", HYP, A0, companies=["海大博远"], inv="总投资5.2亿元", status="在建", status_text="正在快马加鞭地建设",
       note="一期预计年底开始试投产"),
  proj("中泰海华海洋生态环境监测设备产业化项目", HYP, A1, companies=["中泰海华"], inv="总投资2.3亿元", status="开工", status_text="厂房奠基开工"),
  proj("山东丰隆鱼骨素项目", HYP, A2, companies=["山东丰隆"], inv="投资2.6亿元", status="planned", status_text="已确定选址,正在办理开工前的用地手续"),
  proj("众生生物壳寡糖、壳聚糖及海洋健康产品项目", HYP, A2, companies=["众生生物"], inv="投资2.7亿元", status="planned", status_text="已确定选址,正在办理开工前的用地手续"),
  proj("拓普海藻深加工项目", HYP, A2, companies=["拓普"], inv="投资2.2亿元", status="planned", status_text="已确定选址,正在办理开工前的用地手续"),
 ],
 aggregate_facts=[
  fact("海大博远海洋生物项目", "project", "expected_annual_output_cny", 2e9, "cny", "项目全部建成后,年产值可达20亿元", "全部建成后（预期）", kind="target", chk=True),
  fact("中泰海华海洋生态环境监测设备产业化项目", "project", "expected_annual_sales_cny", 2e8, "cny", A1b, "建成后（预期）", kind="target", chk=True),
  fact("中泰海华海洋生态环境监测设备产业化项目", "project", "annual_capacity_units", 10000, "台套", A1b, "建成后（预期）", kind="target", opt=True),
  fact(HY, "park", "leading_industries", 6, "count", A3, "2013年5月", opt=True),
 ])

# ---------------------------------------------------------------- qa02 滨州 副省长调研 (滨州日报 via 凤凰网山东 2013)
BZ = "滨州经济开发区"
BH = "北海新材料循环经济产业园"
B0 = "在滨州经济开发区秦皇河综合治理项目现场,邓向阳边走边看"
B1 = "在盟威集团戴卡轮毂项目、北海新材料循环经济产业园,邓向阳认真听取项目情况介绍"
B2 = "邓向阳还调研了明珠剧院、黄河三角洲文化产业园项目"
G["qa02"] = dict(
 article=art("加快“黄蓝”两区开发建设 推动滨州北部崛起", "滨州日报（滨州传媒网），载于 sd.ifeng.com（凤凰网山东 滨州频道）", "2013-11-21", "day",
  "Provincial channel of a national portal relaying a city daily, Shandong: a vice-governor's inspection tour — a river-improvement project in an economic development zone, a group's wheel project, a circular-economy new-materials park, a cultural industrial park project and the port",
  "http://sd.ifeng.com/binzhou/xinwenzaobanche/detail_2013_11/21/1492751_0.shtml",
  "日期取网址 detail_2013_11/21（调研日为11月19日至20日）。标题照录（转载页标题）；页内“原标题:加快“黄蓝”两区开发 建设现代化滨州”一行与其前的摘要行（“原标题:… 在滨州经济开发区秦皇”，站点摘要，句中截断）、“注册”“来源:滨州传媒网”已删，原题记于 title_note。存段在末句“他希望,滨州港要抢抓机遇,加快区域性综合港”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…邓向阳还到滨州港进行调研。”，共两段。同文另有新晨报2013-11-25转载（无网址），未用。园区：滨州经济开发区（滨州，山东）；北海新材料循环经济产业园（文中未说所在开发区，parent 不填）；黄河三角洲文化产业园（只作“黄河三角洲文化产业园项目”，列可选园区）。项目：秦皇河综合治理项目（在滨州经济开发区；无状态、无金额）；盟威集团戴卡轮毂项目（园区未说，park null）；黄河三角洲文化产业园项目（可选，park null）。公司：盟威集团（园区未说）。滨州港、明珠剧院不列园区。无金额、无数字事实。",
  "qa02", title_note="原题：加快“黄蓝”两区开发 建设现代化滨州"),
 parks=[
  park(BZ, "滨州", "山东", "经济开发区", B0),
  park(BH, "滨州", "山东", "产业园（新材料、循环经济）", B1, note="所在开发区文中未说"),
  park("黄河三角洲文化产业园", "滨州", "山东", "产业园（文化）", B2, opt=True, note="只作“黄河三角洲文化产业园项目”"),
 ],
 companies=[
  comp("盟威集团", None, "盟威集团充分利用科技创新,通过智能化生产增强了竞争力", note="戴卡轮毂项目；园区未说"),
 ],
 projects=[
  proj("秦皇河综合治理项目", BZ, B0, note="综合治理工程；无金额、无状态"),
  proj("盟威集团戴卡轮毂项目", None, B1, companies=["盟威集团"], note="园区未说"),
  proj("黄河三角洲文化产业园项目", None, B2, opt=True, note="园区开发项目；无金额、无状态"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- qa03 莒县2012年招商 (中国产业经济信息网 2013)
JX = "莒县"
C0 = "这个紧张有序的场面,呈现在2012年刚刚建成投产的投资1.2亿元的莒州金属材料公司内"
C1 = "仅2012年,莒县就有57个过亿元大项目陆续落地、建设、投产"
C2 = "去年,莒县落实招商引资项目285个,到位资金78.6亿元"
C3 = "泰尔氧化钛球团、中节能科技太阳能开发利用等一批项目顺利签约"
C4 = "客商来莒考察活跃,西部控股、浙江顾家实业等多次到莒县,就沭东新区开发、中小企业创业服务中心、镁合金加工等项目考察洽谈"
G["qa03"] = dict(
 article=art("山东省莒县2012年落实招商引资项目共285个", "www.cinic.org.cn（中国产业经济信息网，“要闻·招商”栏；原发媒体与署名存段未示）", "2013-03-12", "day",
  "National industry-news portal, Shandong: a county's 2012 investment-attraction review — a metals firm's plant in production with its investment, projects landed, funds in place, investors negotiating over a new district, two projects signed",
  "http://www.cinic.org.cn/xy/zs/164149.html",
  "日期取页面“时间:2013-03-12”。标题照录。存段末句“晨曦集团总投资39亿元的系列石化项目,浩宇集团投资11.4亿元的能源工程和投资5”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…骨干企业“群龙共舞”现象初显。”，共五段。县级综述：园区只有“沭东新区”（只在“就沭东新区开发…等项目考察洽谈”中出现；日照市莒县，山东；列为园区，kind 新区）。项目：莒州金属材料公司（“2012年刚刚建成投产的投资1.2亿元的莒州金属材料公司”：以企业作项目，投产，park null）；泰尔氧化钛球团、中节能科技太阳能开发利用（签约，park null）。沭东新区开发、中小企业创业服务中心、镁合金加工为洽谈中项目，不列。公司：莒州金属材料公司；西部控股、浙江顾家实业（考察洽谈的客商，可选）；重汽集团等配套客户（可选）。事实：莒县（region）2012年落实招商引资项目285个、到位资金78.6亿元、过亿元大项目57个。",
  "qa03"),
 parks=[
  park("沭东新区", "日照", "山东", "新区", C4, district="莒县", note="只在“沭东新区开发”洽谈项目中出现"),
 ],
 companies=[
  comp("莒州金属材料公司", None, C0, note="2012年建成投产，投资1.2亿元"),
  comp("西部控股", None, C4, opt=True, note="考察洽谈的客商"),
  comp("浙江顾家实业", None, C4, opt=True, note="考察洽谈的客商"),
  comp("重汽集团", None, "为国内重汽集团、山东重工、临工、五征集团等大型企业进行产品配套", opt=True, note="配套客户"),
  comp("山东重工", None, "为国内重汽集团、山东重工、临工、五征集团等大型企业进行产品配套", opt=True, note="配套客户"),
  comp("五征集团", None, "为国内重汽集团、山东重工、临工、五征集团等大型企业进行产品配套", opt=True, note="配套客户"),
 ],
 institutions=[
  inst("莒县合作与招商局", "莒县合作与招商局局长说"),
 ],
 projects=[
  proj("莒州金属材料公司", None, C0, companies=["莒州金属材料公司"], inv="投资1.2亿元", status="投产", status_text="刚刚建成投产",
       note="以企业名作项目；县内，园区未说"),
  proj("泰尔氧化钛球团", None, C3, status="签约", status_text="顺利签约"),
  proj("中节能科技太阳能开发利用", None, C3, status="签约", status_text="顺利签约"),
 ],
 aggregate_facts=[
  fact(JX, "region", "projects_attracted", 285, "count", C2, "2012年"),
  fact(JX, "region", "funds_in_place_cny", 7.86e9, "cny", "到位资金78.6亿元", "2012年", chk=True),
  fact(JX, "region", "projects_over_100m_landed", 57, "count", C1, "2012年", note="过亿元大项目陆续落地、建设、投产"),
 ])

# ---------------------------------------------------------------- qa04 黃三角高效生態經濟穩增 (香港商報 2011, traditional)
BZT = "濱州經濟開發區"
GX = "高新技術開發區"
ZP = "鄒平經濟開發區"
D0 = "在濱州經濟開發區、高新技術開發區和鄒平經濟開發區,采訪團集中采訪了當地高效生態經濟輻射帶動企業"
D1 = "正在創建「中國風電城」的長星風電科技工業園"
D2 = "共涉及6個市的19個縣市區,總面積2.65萬平方公里"
G["qa04"] = dict(
 article=art("港媒聯合采訪團赴魯考察 黃三角高效生態經濟穩增", "香港商報（記者胡榮國），載于 www.lvdu.net（山东绿都生物科技网站“媒体报道”栏转载）", "2011-05-17", "day",
  "Hong Kong newspaper (traditional script as published) relayed by a firm's website: a Hong Kong press tour of the Yellow River Delta eco-economic zone — the zone's land and area, three development zones in 滨州 visited and the firms interviewed there",
  "https://www.lvdu.net/index.php?m=content&c=index&a=show&catid=18&id=1037",
  "繁体，照原刊（香港商报），未转换。日期取页面“更新时间:2011-05-17”（转载日；原刊日不详，应为同日或稍前）——比本集年代范围（2012–2016）早一年，SOURCES.md 已注明。标题取文内两行标题“港媒聯合采訪團赴魯考察”“黃三角高效生態經濟穩增”，以空格相连；转载站标题行“香港商报:黃三角高效生態經濟穩增”、导航与“更新时间”行已删。存段在“…亞光家紡有限公司等。西王”处中断，残字“西王”已删（LINE_SUFFIX），正文截至“…亞光家紡有限公司等。”，共四段（含小标题“西王玉米油在本港供不應求”）。园区：濱州經濟開發區、高新技術開發區（即滨州高新技术开发区，文中只作“高新技術開發區”）、鄒平經濟開發區（滨州市邹平县），均在滨州，山东；長星風電科技工業園（企业园区，可选）；黃河三角洲高效生態經濟區为国家战略经济区，不列园区（其面积等记为可选事实，subject_type region）。公司：山東芳綠農業科技有限公司、山東綠都生物科技有限公司、西王集團有限公司、山東濱奧飛機制造有限公司、亞光家紡有限公司——采访团在三个开发区采访，文中未分别指明各企业所在园区，park 记 null。",
  "qa04"),
 parks=[
  park(BZT, "滨州", "山东", "经济开发区", D0),
  park(GX, "滨州", "山东", "高新技术开发区", D0, note="即滨州高新技术开发区；文中只作“高新技術開發區”"),
  park(ZP, "滨州", "山东", "经济开发区", D0, district="邹平县"),
  park("長星風電科技工業園", "滨州", "山东", "工业园（企业）", D1, opt=True, note="企业园区；正在創建「中國風電城」"),
 ],
 companies=[
  comp("山東芳綠農業科技有限公司", None, "綠色循環經濟示範企業山東芳綠農業科技有限公司", note="在三个开发区之一，未指明"),
  comp("山東綠都生物科技有限公司", None, "國家大型獸藥GMP認證企業山東綠都生物科技有限公司", note="同上"),
  comp("西王集團有限公司", None, "「中國糖都(澱粉糖)」西王集團有限公司(香港上市公司)", note="同上；香港上市公司"),
  comp("山東濱奧飛機制造有限公司", None, "中國第一個中外合資民用輕型飛機制造廠山東濱奧飛機制造有限公司", note="同上"),
  comp("亞光家紡有限公司", None, "處於國際先進紡織水平的亞光家紡有限公司", note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact("黃河三角洲高效生態經濟區", "region", "area_km2", 26500, "km2", D2, "2011年", opt=True),
  fact("黃河三角洲高效生態經濟區", "region", "counties", 19, "count", D2, "2011年", opt=True),
  fact("黃河三角洲高效生態經濟區", "region", "unused_land_mu", 8e6, "mu", "擁有未利用地800萬畝", "2011年", opt=True),
 ])

# ---------------------------------------------------------------- qa05 威海临港区 对外开放 (scecea relay, 2017)
LG = "临港区"
KJ = "中韩跨境电子商务产业园"
E0 = "今年9月,威海市首个德国独资项目马夸特开关(威海)有限公司在临港区举行奠基仪式"
E1 = "开泰体育用品项目,由美国500强企业佳顿集团旗下的K2体育公司独资建设"
E2 = "总投资3.6亿元的中韩跨境电子商务产业园,是临港区依托威海国际物流园重点打造的公共型跨境电商综合园区"
E3 = "目前临港区已经聚集起外资企业120多家,还有20多个外资项目正在跟踪洽谈"
G["qa05"] = dict(
 article=art("（无标题）威海临港区：马夸特开关奠基，外资企业120多家", "scecea.org.cn 转载（记者 于慧年 通讯员 王鹏飞；原发媒体未注明）", "2017", "year",
  "Association website relaying a city news item, Shandong: a port-side economic zone's opening-up — a German wholly-owned firm's groundbreaking, a US-owned sports-goods project's capital increase, a cross-border e-commerce park with its investment, counts of foreign firms and projects under negotiation",
  "http://www.scecea.org.cn/show-110-172295-1.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中“今年9月…马夸特开关(威海)有限公司在临港区举行奠基仪式”；马夸特集团与 evertiq（2017-10-30）称威海新厂奠基在2017年9月，故发布于2017年9月至12月，记 2017（year）——晚于本集年代范围（2012–2016），SOURCES.md 已注明。署名“◆记者 于慧年 通讯员 王鹏飞”保留为首段。存段末句“‘跟德国人打交道,是以德国人”在引语中中断，该句已删（LINE_SUFFIX），正文截至“…特点所吸引。”””。园区：临港区（即威海临港经济技术开发区，文中只作“临港区”；威海，山东）；中韩跨境电子商务产业园（总投资3.6亿元，依托威海国际物流园，在临港区）；威海国际物流园（可选）。项目：马夸特开关(威海)有限公司（德国独资项目，举行奠基仪式→开工；以企业名作项目）；开泰体育用品项目（美资独资，今年预计增资3900万美元——增资额记为公司事实，项目无状态）；中韩跨境电子商务产业园（园区开发项目，总投资3.6亿元，无状态）。公司：马夸特开关(威海)有限公司、开泰（在临港区）；佳顿集团、K2体育公司（投资方，可选）。事实：临港区外资企业120多家（余）、跟踪洽谈外资项目20多个（余，可选）；开泰预计增资3900万美元（target）。“中韩自贸区地方经济合作示范区”“国家服务贸易创新发展试点”为政策名，不列园区。",
  "qa05"),
 parks=[
  park(LG, "威海", "山东", "经济技术开发区", E0, note="即威海临港经济技术开发区；文中只作“临港区”"),
  park(KJ, "威海", "山东", "产业园（跨境电商）", E2, parent=LG),
  park("威海国际物流园", "威海", "山东", "物流园", E2, parent=LG, opt=True),
 ],
 companies=[
  comp("马夸特开关(威海)有限公司", LG, E0, note="德国独资；2017年9月奠基"),
  comp("开泰", LG, "今年,开泰预计再增资3900万美元", note="开泰体育用品项目；K2体育公司独资"),
  comp("佳顿集团", None, E1, opt=True, note="美国500强企业；K2体育公司的母公司"),
  comp("K2体育公司", None, E1, opt=True, note="开泰体育用品项目的独资投资方"),
 ],
 projects=[
  proj("马夸特开关(威海)有限公司", LG, E0, companies=["马夸特开关(威海)有限公司"], status="开工", status_text="举行奠基仪式",
       note="德国独资项目，以企业名作项目"),
  proj("开泰体育用品项目", LG, E1, companies=["开泰", "K2体育公司"], note="今年预计再增资3900万美元（增资，不作项目投资额）"),
  proj(KJ, LG, E2, inv="总投资3.6亿元", note="园区开发项目；无状态"),
 ],
 aggregate_facts=[
  fact(LG, "park", "foreign_invested_firms", 120, "count", E3, "2017年", qual="余", qtext="多"),
  fact(LG, "park", "foreign_projects_under_negotiation", 20, "count", E3, "2017年", qual="余", qtext="多", opt=True),
  fact("开泰", "company", "capital_increase_usd", 3.9e7, "usd", "今年,开泰预计再增资3900万美元", "2017年（预计）", kind="target"),
 ])
