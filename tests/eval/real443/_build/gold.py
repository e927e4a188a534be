# real443 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art copied from real52). Conventions as
# real52: evidence verbatim (all six items simplified script as published); names as written; 逾/超过/以上/突破 → 超,
# 余/多 → 余, 约 → 约. Yuan in investment_cny / *_cny facts (first amount of the evidence). Projects: the park the text
# places the project in, null if none. Status from the text's words (开工 → 开工; 正在建设 → 在建; 签约 → 签约; 计划 → planned).
# Sources are `search` (corpus pages) excerpts stored in _raw/pages/lzNN.raw.

# ---------------------------------------------------------------- lz01 鄱阳 生态工业园 (生意社 2008)
PY = "生态工业园"
A1 = "该县建成8平方公里的生态工业园,并建起污水处理项目,使园区废物处置率和生活垃圾无害化处理率达到100%"
A2 = "该县引进了投资20亿元、年产1000台风机、年销售收入100亿元的风机制造项目,以及利用丰富的秸秆资源进行生物智能发电项目,打造绿色能源基地"
A3 = "正在建设的30万锭纺纱项目,3年后将形成80万锭的规模,使鄱阳成为一个新崛起的纺纱基地"
A4 = "该县还充分利用粮食、水产、畜禽资源,引进浙江远洋渔业有限公司、太粮米业有限公司等20家企业,生产绿色食品,填补了该县水产品出口的空白"
G["lz01"] = dict(
 article=art("鄱阳划定“制鞋不制革 制衣不漂染”红线", "生意社（“生意社9月22日讯”），载于中国纺织网 info1.texnet.com.cn", "2008-09-22", "day",
  "Trade-news wire on a textile portal, Jiangxi: a county's eco-economy drive — its 8 km2 eco-industrial park and pollution red line, a 2-billion wind-turbine project, a straw power project, a spinning project under construction, food firms brought in, tourism",
  "http://info1.texnet.com.cn/content/2008-09-22/205619.html",
  "日期取网址 content/2008-09-22 与导语“9月22日讯”。标题照录。存段第三段在“…让游客体验到鄱阳湖的独特”处中断，该残句已删（make_txt.py LINE_SUFFIX），第三段只余其首句“着力发展特色旅游,打造民俗文化品牌。”。园区：鄱阳县（上饶市，江西）的“生态工业园”（文中只作此名，另作“园区”）。项目：风机制造项目（投资20亿元，县引进；文中未明说在园区内，park 记 null）；生物智能发电项目（无金额，可选）；30万锭纺纱项目（正在建设→在建，园区未说）；鄱阳湖湿地保护项目（国家投资2000万元，已启动；非园区项目，可选）。公司：浙江远洋渔业有限公司、太粮米业有限公司（县引进的20家绿色食品企业之二；园区未明说，park null）。事实：生态工业园面积8平方公里；风机项目预期年销售收入100亿元（target）；引进绿色食品企业20家；1–8月生态旅游游客与收入（可选）。",
  "lz01"),
 parks=[
  park(PY, "上饶", "江西", "生态工业园（县级）", A1, district="鄱阳县", note="鄱阳县的生态工业园；文中只作“生态工业园”，又作“园区”"),
 ],
 companies=[
  comp("浙江远洋渔业有限公司", None, A4, note="县引进的绿色食品企业；园区未明说"),
  comp("太粮米业有限公司", None, A4, note="同上"),
 ],
 institutions=[
  inst("联合国教科文组织", "目前,该县向联合国教科文组织申报的珠湖地区“民俗与生态体验地”已通过华东地区评审", kind="international"),
 ],
 projects=[
  proj("风机制造项目", None, A2, inv="投资20亿元", note="年产1000台风机，年销售收入100亿元；县引进，园区未明说"),
  proj("生物智能发电项目", None, A2, opt=True, note="利用秸秆资源；无金额"),
  proj("30万锭纺纱项目", None, A3, status="在建", status_text="正在建设", note="3年后将形成80万锭规模"),
  proj("鄱阳湖湿地保护项目", None, "国家投资2000万元用于恢复鄱阳湖湿地保护项目已启动", inv="投资2000万元", opt=True, note="国家投资；已启动；非园区项目"),
 ],
 aggregate_facts=[
  fact(PY, "park", "area_km2", 8, "km2", A1, "2008年9月"),
  fact(PY, "park", "waste_disposal_rate", 1.0, "ratio", A1, "2008年9月", kind="ratio", opt=True),
  fact("风机制造项目", "project", "expected_annual_sales_cny", 1e10, "cny", "年销售收入100亿元的风机制造项目", "达产后（预期）", kind="target", chk=True),
  fact("鄱阳县", "region", "green_food_firms_introduced", 20, "count", A4, "2008年9月", kind="cumulative"),
  fact("鄱阳县", "region", "eco_tourism_visitors", 470000, "persons", "1月至8月,全县生态旅游共接待游客47万人次", "2008年1–8月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lz02 郴州高新技术产业园区 (中国日报网 2012)
CZ = "郴州高新技术产业园区"
B1 = "由上海中昆投资有限公司出资30亿元,在郴州高新技术产业园区建设80万平方米的上海企业总部以及科技服务平台"
B2 = "据钟一平透露,中昆公司还计划在郴州高新技术产业园区投资50亿元,建造一个占地8000多亩的矿山公园"
B3 = "目前,郴州高新技术产业园共有170家企业入驻,主要覆盖有色金属深加工、新材料、新能源、现代服务业等4个领域"
B0 = "当日,现场签约11个项目,其中与我省园区签约4个,签约额37.6亿元"
G["lz02"] = dict(
 article=art("（无标题）湖南在京举行重点园区推介暨投资洽谈会 上海企业总部基地落户郴州高新技术产业园区", "中国日报网湖南频道（chinadaily.com.cn dfpd/hun；存段无署名）", "2012-05-23", "day",
  "National paper's provincial web channel, Hunan: a province's park promotion fair in Beijing — signings, the largest one a 3-billion headquarters base in a city high-tech park (phases, expected tax), the investor's planned 5-billion mine park, the park's firm count",
  "http://covid-19.chinadaily.com.cn/dfpd/hun/2012-05/23/content_15369689.htm",
  "日期取网址 2012-05/23（文中“5月22日”为洽谈会日）。存段无标题、无日期行（title 为编者概括）。存段末行“‘绿色’、‘科技’牌受青睐”为下一节小标题、其下无文，已删；正文截至“…总产值占郴州经济总量的34%。”，含两行小标题，共九段。网址主机为 covid-19.chinadaily.com.cn（中国日报网子域名），照录。园区：郴州高新技术产业园区（文中又作“郴州高新技术产业园”“湖南郴州高新技术产业园区”，小标题作“郴州产业园”；郴州，湖南）。公司：上海中昆投资有限公司（又作“上海中昆投资公司”“中昆公司”）。项目：上海企业总部（小标题“上海企业总部基地”）——现场签约，出资30亿元，分3期6年，建成后预计年纳税7000万元以上；矿山公园——“计划…投资50亿元”（planned）。签约11个、与园区签约4个、签约额37.6亿元（签约额所指不甚明确，记湖南，可选）。“郴州目前共有9个园区”及34%记郴州（region，可选）。",
  "lz02"),
 parks=[
  park(CZ, "郴州", "湖南", "高新技术产业园区", B1, aliases=["郴州高新技术产业园", "湖南郴州高新技术产业园区", "郴州产业园"], note="小标题作“郴州产业园”"),
 ],
 companies=[
  comp("上海中昆投资有限公司", CZ, B1, aliases=["上海中昆投资公司", "中昆公司"], note="董事长钟一平"),
 ],
 projects=[
  proj("上海企业总部", CZ, B1, companies=["上海中昆投资有限公司"], inv="出资30亿元", status="签约", status_text="现场签约",
       aliases=["上海企业总部基地"], note="含科技服务平台，80万平方米；分3期共6年推进；本次签约中投资额最大"),
  proj("矿山公园", CZ, B2, companies=["上海中昆投资有限公司"], inv="投资50亿元", status="planned", status_text="还计划", note="占地8000多亩"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "firms", 170, "count", B3, "2012年5月"),
  fact("上海企业总部", "project", "expected_annual_tax_cny", 7e7, "cny", "全部建成后,预计年纳税将达7000万元以上", "全部建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("上海企业总部", "project", "floor_area_m2", 8e5, "m2", B1, "规划", opt=True),
  fact("湖南", "region", "projects_signed", 11, "count", B0, "2012年5月22日（北京洽谈会）", opt=True),
  fact("湖南", "region", "projects_signed_with_parks", 4, "count", B0, "2012年5月22日（北京洽谈会）", opt=True),
  fact("湖南", "region", "signed_investment_cny", 3.76e9, "cny", "其中与我省园区签约4个,签约额37.6亿元", "2012年5月22日（北京洽谈会）", opt=True, chk=True, note="文中紧随“与我省园区签约4个”，所指不甚明确"),
  fact("郴州", "region", "parks", 9, "count", "郴州目前共有9个园区,总产值占郴州经济总量的34%", "2012年5月", opt=True),
  fact("郴州", "region", "parks_output_share", 0.34, "ratio", "郴州目前共有9个园区,总产值占郴州经济总量的34%", "2012年5月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lz03 鄱阳湖生态经济区 重大项目 (江西日报 2012)
PH = "鄱阳湖生态经济区"
YT = "鹰潭铜产业基地"
C1 = "上半年,《鄱阳湖生态经济区规划实施方案》中的405个重大项目累计完成投资6273.2亿元,占计划总投资的33.4%"
C2 = "其中,鹰潭铜产业基地规模以上企业达71家,主营业务收入超过千亿元"
ASC = "2012年6月底"
G["lz03"] = dict(
 article=art("（无标题）鄱阳湖生态经济区405个重大项目上半年累计完成投资6273.2亿元", "江西日报（页面“来源:江西日报”），载于 gzjrw.cn；存段无署名", "2012-08-15", "day",
  "Provincial party daily relayed by a local site, Jiangxi: half-year progress of a national-strategy eco-economic zone — cumulative investment of its 405 major projects, city shares, super-large projects, industrial projects, one industrial base's firms and revenue",
  "http://gzjrw.cn/Item/128829.aspx",
  "日期取页面“发布时间:2012年08月15日”（文中“8月14日”为获悉日）。存段无标题（title 为编者概括）；“来源:江西日报”“发布时间…”两行已删。存段末行“截至6月底,规划中基础设施体系的164个”在句中中断，整行删去；正文截至“…五河源头的生态环境逐步改善。”，共三段。“鄱阳湖生态经济区”为国家区域规划范围（region），不作园区；园区只有“鹰潭铜产业基地”（鹰潭，江西；产业基地）。“省发改委”（江西省发展和改革委员会）列可选机构。各项“累计完成投资”记 cumulative，as_of 2012年6月底；比例记 ratio。",
  "lz03"),
 parks=[
  park(YT, "鹰潭", "江西", "产业基地（铜）", C2, note="规模以上企业71家，主营业务收入超过千亿元"),
 ],
 companies=[],
 institutions=[
  inst("省发改委", "记者8月14日从省发改委获悉", note="江西省发展和改革委员会（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YT, "park", "above_scale_firms", 71, "count", C2, ASC),
  fact(YT, "park", "revenue_cny", 1e11, "cny", C2, ASC, qual="超", qtext="超过", note="“千亿元”"),
  fact(PH, "region", "major_projects", 405, "count", C1, ASC),
  fact(PH, "region", "major_projects_investment_completed_cny", 6.2732e11, "cny", "405个重大项目累计完成投资6273.2亿元,占计划总投资的33.4%", ASC, kind="cumulative", chk=True),
  fact(PH, "region", "major_projects_investment_completion_share", 0.334, "ratio", C1, ASC, kind="ratio", opt=True),
  fact("南昌市", "region", "major_projects_investment_completed_cny", 2.376e10, "cny", "南昌市负责实施的15个项目累计完成投资237.6亿元,比去年底净增45.2亿元", ASC, kind="cumulative", opt=True, chk=True),
  fact("九江市", "region", "major_projects_investment_completed_cny", 8.35e9, "cny", "九江市负责实施的7个项目累计完成投资83.5亿元", ASC, kind="cumulative", opt=True, chk=True),
  fact(PH, "region", "projects_over_10bn", 37, "count", "《鄱阳湖生态经济区规划实施方案》中100亿元以上的超大型项目达37个,目前,已累计完成投资2533.3亿元", ASC, opt=True),
  fact(PH, "region", "projects_over_10bn_investment_completed_cny", 2.5333e11, "cny", "已累计完成投资2533.3亿元", ASC, kind="cumulative", opt=True, chk=True),
  fact(PH, "region", "industrial_projects_investment_completed_cny", 2.4847e11, "cny", "上半年,规划中产业体系的94个项目累计完成投资2484.7亿元,同比增长74%", ASC, kind="cumulative", chk=True),
  fact(PH, "region", "industrial_projects_investment_yoy_growth", 0.74, "ratio", "上半年,规划中产业体系的94个项目累计完成投资2484.7亿元,同比增长74%", ASC, kind="ratio", opt=True),
  fact("江西省", "region", "listed_firms_direct_financing_cny", 1.436e10, "cny", "全省上市企业直接融资达143.6亿元,同比增长5.8%", "2012年上半年", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lz04 湘南承接产业转移示范区 投洽会 (红网 2014)
XN = "湘南承接产业转移示范区"
D0 = "今日,第二届湘南承接产业转移投资贸易洽谈会在郴州举行,共发布项目106个,涵盖电子信息先进装备制造、现代服务业、新能源等多个领域,项目总投资848亿元"
D1 = "2011年以来,三市累计承接产业转移项目3100个,占全省的37%,新增税收48.7亿元,新安置就业66.4万人"
D2 = "湘南示范区成立以来,已先后启动了两批重大项目建设,项目总数206个,总投资额1641.8亿元"
D3 = "在本次大会上,湘南三市启动了第三批重大项目共117个,投资总额764.8亿元"
D4 = "其中,郴州市45个,投资总额363亿元;衡阳市36个,投资总额224.6亿元;永州市36个,投资总额177.2亿元"
ASD = "2014年11月"
EV = "第二届湘南承接产业转移投资贸易洽谈会"
G["lz04"] = dict(
 article=art("（无标题）第二届湘南承接产业转移投资贸易洽谈会在郴州举行 发布项目106个 总投资848亿元", "红网（红网郴州站，记者 张珍）", "2014-11-21", "day",
  "Provincial news portal, Hunan: a regional investment fair for an industrial-transfer demonstration zone of three cities — projects released, cumulative projects, tax and jobs since 2011, progress of two batches of major projects, a third batch by city",
  "http://hn.rednet.cn/c/2014/11/21/3528482.htm",
  "日期取网址 2014/11/21 与导语“11月21日讯”。存段无标题（title 为编者概括）；开头三行图片说明已删。存段末句“洽谈会共发布项目106个,并现场对其中30个项目进行推介,涵盖电子信息先进装备制造、现代服”中断，已删（make_txt.py LINE_SUFFIX）；正文截至“…世界500强企业高管湘南行等活动。”，共三段。“投恰会”原文如此。湘南承接产业转移示范区（文中又作“湘南示范区”）为衡阳、郴州、永州三市组成的国家级示范区，列为可选园区（区域性），事实 subject 用其名、subject_type region。洽谈会发布项目记 subject 洽谈会（event）。第一、二批“累计完成投资”为 cumulative（截至2014年10月底）。主办、承办单位列可选机构。",
  "lz04"),
 parks=[
  park(XN, None, "湖南", "承接产业转移示范区（衡阳、郴州、永州三市）", "今年是湘南承接产业转移示范区获批三周年", aliases=["湘南示范区"], opt=True,
       note="区域性示范区，非单一园区"),
 ],
 companies=[],
 institutions=[
  inst("湖南省人民政府", "本次“投恰会”由湖南省人民政府主办"),
  inst("省商务厅", "本次“投恰会”由湖南省人民政府主办,省发改委、省商务厅以及郴州、衡阳、永州三市人民政府共同承办"),
  inst("省发改委", "本次“投恰会”由湖南省人民政府主办,省发改委、省商务厅以及郴州、衡阳、永州三市人民政府共同承办"),
 ],
 projects=[],
 aggregate_facts=[
  fact(EV, "event", "projects_released", 106, "count", D0, "2014年11月21日"),
  fact(EV, "event", "projects_released_investment_cny", 8.48e10, "cny", "共发布项目106个,涵盖电子信息先进装备制造、现代服务业、新能源等多个领域,项目总投资848亿元", "2014年11月21日", chk=True),
  fact(XN, "region", "industrial_transfer_projects", 3100, "count", D1, "2011年至2014年11月", kind="cumulative"),
  fact(XN, "region", "industrial_transfer_projects_share_of_province", 0.37, "ratio", D1, "2011年至2014年11月", kind="ratio", opt=True),
  fact(XN, "region", "new_tax_revenue_cny", 4.87e9, "cny", "新增税收48.7亿元,新安置就业66.4万人", "2011年至2014年11月", kind="cumulative", opt=True, chk=True),
  fact(XN, "region", "new_jobs", 664000, "persons", "新增税收48.7亿元,新安置就业66.4万人", "2011年至2014年11月", kind="cumulative", opt=True),
  fact(XN, "region", "major_projects", 206, "count", D2, ASD, kind="cumulative", note="前两批"),
  fact(XN, "region", "major_projects_investment_cny", 1.6418e11, "cny", "项目总数206个,总投资额1641.8亿元", ASD, kind="cumulative", chk=True, note="前两批总投资"),
  fact(XN, "region", "batch1_investment_completed_cny", 2.921e10, "cny", "第一批启动的92个项目,累计完成投资292.1亿元,占总投资额(692.26亿元)的42.2%", "2014年10月底", kind="cumulative", opt=True, chk=True),
  fact(XN, "region", "batch2_investment_completed_cny", 3.175e10, "cny", "第二批启动的114个项目,累计完成投资317.5亿元,占总投资规模(949.49亿元)的33.4%", "2014年10月底", kind="cumulative", opt=True, chk=True),
  fact(XN, "region", "major_projects_completed", 38, "count", "两批启动项目中已完工的项目38个", "2014年10月底", kind="cumulative", opt=True),
  fact(XN, "region", "batch3_projects", 117, "count", D3, "2014年11月21日"),
  fact(XN, "region", "batch3_investment_cny", 7.648e10, "cny", "湘南三市启动了第三批重大项目共117个,投资总额764.8亿元", "2014年11月21日", chk=True),
  fact("郴州市", "region", "batch3_investment_cny", 3.63e10, "cny", "郴州市45个,投资总额363亿元", "2014年11月21日", opt=True, chk=True),
  fact("衡阳市", "region", "batch3_investment_cny", 2.246e10, "cny", "衡阳市36个,投资总额224.6亿元", "2014年11月21日", opt=True, chk=True),
  fact("永州市", "region", "batch3_investment_cny", 1.772e10, "cny", "永州市36个,投资总额177.2亿元", "2014年11月21日", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lz05 邵阳经开区湘商产业园 (邵阳日报 2017)
SY = "邵阳经开区"
XS = "湘商产业园"
E0 = "本报讯 1月12日,记者从邵阳经开区获悉,该区湘商产业园现已实现签约入园企业97家,吸引5000多名员工就业"
E1 = "已投产的34家企业运营情况良好,2016年实现年销售额5亿元,年纳税额突破2000万"
E2 = "建成的标准厂房企业入驻率已达到80%以上,新安特风机、金鹰锅炉、口味王槟榔、云起堂茶酒等34家企业已入驻投产"
E3 = "现已开工建设101万平方米,建成64.9万平方米,其中园区自建标准厂房建成44.5万平方米,企业自建标准厂房建成20.4万平方米,完成投资19亿元"
ASE = "2017年1月"
G["lz05"] = dict(
 article=art("邵阳经开区湘商产业园“雏形”初现", "邵阳日报（数字报 szb.shaoyangnews.net，第03版“园区”，本报讯；存段无署名）", "2017-01-13", "day",
  "City daily's park page, Hunan: a zone's hometown-merchants industrial park — firms signed and in production, 2016 sales and tax, its four blocks, standard-plant construction and investment, capacity, occupancy and named firms in production",
  "https://szb.shaoyangnews.net/szb/syrb/html/2017-01/13/content_22576.htm",
  "日期取网址 2017-01/13 与页面“2017年1月13日”。标题照录；版面导航、同版其他标题与翻页行已删。存段末段“品牌服饰城缔造“工业地产”模式典范。采取“工业地产”模式的品牌服饰城由”中断，整段删去；正文截至“…等34家企业已入驻投产。”，共三段。园区：邵阳经开区（文中又作“邵阳经济开发区”；邵阳，湖南）；湘商产业园（文中作“邵阳经开区湘商产业园”“邵阳经济开发区湘商产业园”，parent 邵阳经开区，面积2平方公里）；其四板块之一“发制品产业园”列可选园区。公司：新安特风机、金鹰锅炉、口味王槟榔、云起堂茶酒（标准厂房区入驻投产，在湘商产业园）。标准厂房建设记事实（开工101万㎡、建成64.9万㎡、完成投资19亿元，cumulative），不另立项目。“年纳税额突破2000万”无“元”字，记 tax_paid（unit cny，非 _cny 指标）。",
  "lz05"),
 parks=[
  park(SY, "邵阳", "湖南", "经济开发区", E0, aliases=["邵阳经济开发区"], note="文中又作“该区”"),
  park(XS, "邵阳", "湖南", "产业园（湘商）", E0, parent=SY, aliases=["邵阳经开区湘商产业园", "邵阳经济开发区湘商产业园"], note="2平方公里；四板块：标准厂房区、品牌服饰城、发制品产业园、特色工业区"),
  park("发制品产业园", "邵阳", "湖南", "产业园（板块）", "目前,在“标准厂房区、品牌服饰城、发制品产业园、特色工业区”四个板块的引擎作用下,邵阳经济开发区湘商产业园进入“四缸驱动”的快速发展阶段", parent=XS, opt=True, note="湘商产业园四板块之一"),
 ],
 companies=[
  comp("新安特风机", XS, E2),
  comp("金鹰锅炉", XS, E2),
  comp("口味王槟榔", XS, E2),
  comp("云起堂茶酒", XS, E2),
 ],
 projects=[],
 aggregate_facts=[
  fact(XS, "park", "firms_signed", 97, "count", E0, ASE, kind="cumulative"),
  fact(XS, "park", "employees", 5000, "persons", E0, ASE, qual="余", qtext="多", opt=True),
  fact(XS, "park", "firms_in_production", 34, "count", E1, ASE),
  fact(XS, "park", "annual_sales_cny", 5e8, "cny", "2016年实现年销售额5亿元,年纳税额突破2000万", "2016年", chk=True),
  fact(XS, "park", "tax_paid", 2e7, "cny", E1, "2016年", qual="超", qtext="突破", opt=True, note="原文“2000万”无“元”"),
  fact(XS, "park", "area_km2", 2, "km2", "在2平方公里的湘商产业园内,轻纺、机械制造、食品加工、电子信息等产业群日渐发展壮大", ASE),
  fact(XS, "park", "standard_plant_started_m2", 1.01e6, "m2", E3, ASE, kind="cumulative", opt=True),
  fact(XS, "park", "standard_plant_completed_m2", 6.49e5, "m2", E3, ASE, kind="cumulative", opt=True),
  fact(XS, "park", "standard_plant_investment_completed_cny", 1.9e9, "cny", "企业自建标准厂房建成20.4万平方米,完成投资19亿元", ASE, kind="cumulative", chk=True),
  fact(XS, "park", "expected_annual_output_cny", 6e9, "cny", "全面建成后,可容纳100余家企业入园、3万人就业,年产值达60亿元", "全面建成后（预期）", kind="target", opt=True, chk=True),
  fact(XS, "park", "standard_plant_occupancy_rate", 0.80, "ratio", E2, ASE, kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- lz06 株洲市122个项目集中开工 (ciipa 2021)
ZJ = "株洲经开区"
F0 = "6月21日,株洲市举行2021年“产业项目建设年”第二次集中开工活动,122个项目集中开工,总投资776亿元,年度计划投资145亿元"
F1 = "集中开工活动设荷塘区长株潭先进硬质材料产业园项目开工现场1个主会场,株洲经开区中核云峰湖健康谷、渌口区渌水湖畔生态运动小镇、芦淞区织里童装基地、炎陵县中国·炎陵神农百草药王谷项目开工现场4个分会场"
F2 = "该项目占地面积约1850亩,总投资约100亿元,预计2026年10月全面建成"
F3 = "1至5月,重点项目完成投资496.5亿元,占年度投资计划的48.3%,同比上升13.8%"
ASF = "2021年6月21日（集中开工）"
G["lz06"] = dict(
 article=art("株洲市122个项目集中开工 总投资776亿元", "ciipa.net（产城创投“地方专题”栏转载；原发媒体与署名未注明）", "2021-06-22", "day",
  "Park-consultancy site relaying a city news item, Hunan: a city's second mass groundbreaking of the year — projects, total and annual investment, industrial projects, the main-venue hard-materials park project with area, investment and completion date, four sub-venue projects, year-to-date key-project investment",
  "http://ciipa.net/article.php?id=3665",
  "日期取页面“发布时间:2021-06-22”（活动为6月21日）。标题照录；站点菜单、联系方式、面包屑与“点击数”已删；引题“株洲市举行2021年“产业项目建设年”第二次集中开工活动”、主题“122个项目集中开工 总投资776亿元”、副题“曹慧泉宣布项目开工 阳卫国讲话”三行与标题重复，已删。存段在“项目拟打造成为国内重要的硬质合金产品流通集散中心和世界领先、中”处中断，该残句已删（make_txt.py LINE_SUFFIX）；正文截至“…预计2026年10月全面建成。”，含小标题一行，共七段。园区：株洲经开区（株洲，湖南）。项目：长株潭先进硬质材料产业园项目（荷塘区，主会场；开工；总投资约100亿元；园区 null——它本身是产业园项目，不在文中所称开发区内）；中核云峰湖健康谷（株洲经开区）；渌水湖畔生态运动小镇（渌口区）、织里童装基地（芦淞区）、中国·炎陵神农百草药王谷（炎陵县）——均开工，无金额，园区 null。市领导不列。",
  "lz06"),
 parks=[
  park(ZJ, "株洲", "湖南", "经济开发区", F1, note="中核云峰湖健康谷项目所在"),
 ],
 companies=[],
 projects=[
  proj("长株潭先进硬质材料产业园项目", None, F2, inv="总投资约100亿元", qual="约", qual_text="约", status="开工", status_text="项目开工",
       aliases=["长株潭先进硬质材料产业园"], status_evidence="曹慧泉宣布长株潭先进硬质材料产业园项目开工。",
       note="荷塘区；主会场；文中“该项目”指它；占地约1850亩，预计2026年10月全面建成"),
  proj("中核云峰湖健康谷", ZJ, F1, status="开工", status_text="项目开工现场", note="分会场"),
  proj("渌水湖畔生态运动小镇", None, F1, status="开工", status_text="项目开工现场", note="渌口区；分会场"),
  proj("织里童装基地", None, F1, status="开工", status_text="项目开工现场", note="芦淞区；分会场"),
  proj("中国·炎陵神农百草药王谷", None, F1, status="开工", status_text="项目开工现场", note="炎陵县；分会场"),
 ],
 aggregate_facts=[
  fact("株洲市", "region", "projects_started", 122, "count", F0, ASF),
  fact("株洲市", "region", "projects_started_investment_cny", 7.76e10, "cny", "122个项目集中开工,总投资776亿元,年度计划投资145亿元", ASF, chk=True),
  fact("株洲市", "region", "planned_annual_investment_cny", 1.45e10, "cny", "年度计划投资145亿元", "2021年（计划）", kind="target", chk=True),
  fact("株洲市", "region", "industrial_projects_started", 83, "count", "本次集中开工的项目中共有产业项目83个,总投资684亿元,年度计划投资113亿元", ASF, opt=True),
  fact("株洲市", "region", "industrial_projects_started_investment_cny", 6.84e10, "cny", "总投资684亿元,年度计划投资113亿元", ASF, opt=True, chk=True),
  fact("株洲市", "region", "key_projects_investment_completed_cny", 4.965e10, "cny", F3, "2021年1–5月", kind="cumulative", chk=True),
  fact("株洲市", "region", "key_projects_plan_completion_share", 0.483, "ratio", F3, "2021年1–5月", kind="ratio", opt=True),
  fact("长株潭先进硬质材料产业园项目", "project", "site_area_mu", 1850, "mu", F2, "规划", qual="约", qtext="约", opt=True),
 ])
