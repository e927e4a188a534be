# real416 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged).
# Angle: 台商投资区 / 台湾农民创业园 / 海峡两岸 cooperation parks and Taiwan-funded firms in mainland parks.
# Conventions as real52: evidence verbatim (all nine items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (chk=True asserts the first amount of the evidence); US dollars in *_usd facts or as a project's
# investment_value with investment_currency "usd" (investment_cny null). Counts to date (“截至目前”, “累计”, “现已”) are
# cumulative; aims (“力争”, “预计”, “可达”) are target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/myNN.raw as returned.

# ---------------------------------------------------------------- my01 仙游 / 清流台湾农民创业园 (taiwan.cn 2009)
XY = "仙游台湾农民创业园"
QL = "清流台湾农民创业园"
A0 = "记者从福州有关部门了解到,二00六年开始创建的福建莆田仙游台湾农民创业园,三年来努力吸引台商入园投资兴业,现已进驻约二十家左右的台资农业企业,开发种植台湾甜柿二点五万亩,成为目前大陆最大台湾甜柿基地"
A1 = "仙游台湾农民创业园与福建清流台湾农民创业园一道入列大陆新设的四个国家级台湾农民创业园"
A2 = "力争年内引进台资企业十家以上"
G["my01"] = dict(
 article=art("（无标题）福建仙游、清流台湾农民创业园升格国家级", "中国台湾网 taiwan.cn（存段无署名、无来源行）", "2009-05-25", "day",
  "National Taiwan-affairs portal, Fujian: two county farm parks for Taiwanese farmers newly made national-level — one park's Taiwan-funded firms and persimmon acreage, the other park's service building, target for new firms and planned industrial belts",
  "http://taiwan.cn/zt/jmkj/jjhxjjq/PPHX/TNCYY/200905/t20090525_906680.htm",
  "日期取网址 200905/t20090525（存段无标题、无日期行；title 为编者概括）。存段末尾表格竖线“ |”已删（make_txt.py LINE_SUFFIX），正文五段，完整。园区：仙游台湾农民创业园（文中又作“福建莆田仙游台湾农民创业园”；莆田市仙游县，福建）、清流台湾农民创业园（又作“福建清流台湾农民创业园”；三明市清流县，福建；城市由常识补，文中只说清流县）。无具名企业或项目；“台湾农民创业园台商会馆”为清流县兴建的配套设施，不列项目。事实：仙游“现已进驻约二十家左右的台资农业企业”（约，cumulative）、台湾甜柿二点五万亩；清流“力争年内引进台资企业十家以上”（target，超）。数字为汉字写法（二十、二点五万、十家），值按文意换算。",
  "my01"),
 parks=[
  park(XY, "莆田", "福建", "台湾农民创业园", A0, district="仙游县", aliases=["福建莆田仙游台湾农民创业园"], note="国家级（新设四个之一）"),
  park(QL, "三明", "福建", "台湾农民创业园", A1, district="清流县", aliases=["福建清流台湾农民创业园"], note="国家级（新设四个之一）；城市文中未写"),
 ],
 companies=[],
 institutions=[
  inst("福建省台办", "福建省台办主任邓本元表示", note="主任邓本元"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XY, "park", "taiwan_firms", 20, "count", A0, "2009年5月", kind="cumulative", qual="约", qtext="约…左右", note="“约二十家左右的台资农业企业”"),
  fact(XY, "park", "taiwan_persimmon_area_mu", 2.5e4, "mu", A0, "2009年5月", kind="cumulative", opt=True, note="“二点五万亩”"),
  fact(QL, "park", "taiwan_firms_new", 10, "count", A2, "2009年（目标）", kind="target", qual="超", qtext="以上", note="清流县力争年内引进台资企业十家以上"),
 ])

# ---------------------------------------------------------------- my02 国家级台湾农民创业园增至29个 (零零农业信息网 2011)
NAT = "国家级台湾农民创业园（全国）"
B0 = "在福建福州福清、福建泉州惠安、河南焦作修武、广西钦州钦南增设4个国家级台湾农民创业园"
B1 = "截至目前,国家级台湾农民创业园总数增至29个,遍及大陆14个省区市"
B2 = "截至今年一季度,此前设立的漳州漳浦、漳平永福、莆田仙游、三明清流4个国家级台湾农民创业园累计已有388家台资农业企业,12家台湾农民个体户入园创业,合同利用台资4.8亿美元"
AS2 = "2011年一季度末"
G["my02"] = dict(
 article=art("国家级台湾农民创业园增至29个", "零零农业信息网 farm.00-net.com（“来源:互联网”；稿出新华网，记者来建强，存段未署）", "2011-06-13", "day",
  "Agricultural news site relaying a wire item, national (Xiamen forum): four new national-level farm parks for Taiwanese farmers announced, national and provincial counts, four Fujian parks' Taiwan-funded firms and contracted Taiwan capital",
  "http://farm.00-net.com/news/10/2011-06-13/125223.html",
  "日期取网址 2011-06-13（文中“12日”即2011年6月12日第三届海峡论坛大会）。标题照录；导航“首页 > 农业新闻 > 就业务工”与页脚已删。正文四段，完整。园区：文中只以地名列出园区（“福建福州福清、福建泉州惠安、河南焦作修武、广西钦州钦南增设4个国家级台湾农民创业园”；“漳州漳浦、漳平永福、莆田仙游、三明清流4个国家级台湾农民创业园”），不写全称；八个园区以“地名+台湾农民创业园”记为可选园区（名称非原文，check_gold 会 WARN），城市取文中地名。事实：全国29个、14个省区市（cumulative）；本次增设4个；沿海4省17个、福建6个（可选）；福建4园累计388家台资农业企业、12家台湾农民个体户、合同利用台资4.8亿美元（subject 记“漳浦、漳平永福、仙游、清流4园”，region）；各省个数不列。",
  "my02"),
 parks=[
  park("福清台湾农民创业园", "福州", "福建", "台湾农民创业园", B0, district="福清市", opt=True, note="文中作“福建福州福清”；本次增设"),
  park("惠安台湾农民创业园", "泉州", "福建", "台湾农民创业园", B0, district="惠安县", opt=True, note="文中作“福建泉州惠安”；本次增设"),
  park("修武台湾农民创业园", "焦作", "河南", "台湾农民创业园", B0, district="修武县", opt=True, note="文中作“河南焦作修武”；本次增设"),
  park("钦南台湾农民创业园", "钦州", "广西", "台湾农民创业园", B0, district="钦南区", opt=True, note="文中作“广西钦州钦南”；本次增设"),
  park("漳浦台湾农民创业园", "漳州", "福建", "台湾农民创业园", B2, district="漳浦县", opt=True, note="文中作“漳州漳浦”"),
  park("漳平永福台湾农民创业园", "龙岩", "福建", "台湾农民创业园", B2, district="漳平市", opt=True, note="文中作“漳平永福”；城市文中未写"),
  park("仙游台湾农民创业园", "莆田", "福建", "台湾农民创业园", B2, district="仙游县", opt=True, note="文中作“莆田仙游”"),
  park("清流台湾农民创业园", "三明", "福建", "台湾农民创业园", B2, district="清流县", opt=True, note="文中作“三明清流”"),
 ],
 companies=[],
 institutions=[
  inst("中共中央台办、国务院台办", "中共中央台办、国务院台办主任王毅12日在此间举行的第三届海峡论坛大会上宣布", note="主任王毅"),
 ],
 projects=[],
 aggregate_facts=[
  fact(NAT, "region", "national_parks_count", 29, "count", B1, "2011年6月12日", kind="cumulative"),
  fact(NAT, "region", "provinces_covered", 14, "count", B1, "2011年6月12日", kind="cumulative", opt=True),
  fact(NAT, "region", "new_parks_approved", 4, "count", B0, "2011年6月12日"),
  fact("福建、江苏、浙江、广东", "region", "national_parks_count", 17, "count", "福建、江苏、浙江、广东这沿海4省拥有国家级台湾农民创业园达17个,约占全国总数六成", "2011年6月", kind="cumulative", opt=True),
  fact("福建", "region", "national_parks_count", 6, "count", "福建现以拥有6个国家级台湾农民创业园位居大陆之首", "2011年6月", kind="cumulative", opt=True),
  fact("漳浦、漳平永福、仙游、清流4园", "region", "taiwan_firms", 388, "count", B2, AS2, kind="cumulative", note="台资农业企业"),
  fact("漳浦、漳平永福、仙游、清流4园", "region", "taiwan_farmer_households", 12, "count", B2, AS2, kind="cumulative", opt=True),
  fact("漳浦、漳平永福、仙游、清流4园", "region", "contracted_taiwan_capital_usd", 4.8e8, "usd", "合同利用台资4.8亿美元", AS2, kind="cumulative"),
 ])

# ---------------------------------------------------------------- my03 锡山台湾农民创业园 (商务部网站 via msn.finance.sina 2012)
XS = "锡山台湾农民创业园"
C0 = "作为江苏省首个国家级台湾农民创业园,该园自2008年设立至今已吸引7家台资企业进驻"
C1 = "截至目前,锡山台创园内企业总数已达32家,项目总投资3.6亿元"
C2 = "园区规划总面积33.5平方公里,目前下设无锡现代农业博览园、无锡高科技农业示范园、无锡太湖水稻示范园三个园区;2011年新启动建设无锡生物农业产业园"
AS3 = "2012年2月"
G["my03"] = dict(
 article=art("7家台资企业进驻无锡锡山台湾农民创业园", "商务部网站，载于 MSN 财经（msn.finance.sina.com.cn）", "2012-02-29", "day",
  "Ministry website item on a portal's finance channel, Jiangsu: a national-level farm park for Taiwanese farmers — Taiwan-funded firms entered, all firms and total project investment, per-mu returns and jobs, approval, planned area and its sub-parks",
  "http://msn.finance.sina.com.cn/gdxw/20120229/0948729792.html",
  "日期取页面“2012-02-29 09:48 来源: 商务部网站”。标题照录；“分享更多 / 字体”、日期来源行与评论区已删。正文三段，完整。园区：锡山台湾农民创业园（标题作“无锡锡山台湾农民创业园”，文中又作“锡山台创园”“台创园”；无锡市锡山区，江苏；国家级）；下设三个园区与2011年新启动建设的无锡生物农业产业园记为子园区（可选，parent 锡山台湾农民创业园）。无具名企业。事实：7家台资企业（cumulative，2008年以来）、企业总数32家、项目总投资3.6亿元、带动就业1200余人、规划面积33.5平方公里；亩均效益不列。",
  "my03"),
 parks=[
  park(XS, "无锡", "江苏", "台湾农民创业园", "锡山台湾农民创业园于2008年2月经农业部、国务院台办正式批准设立,是江苏首个国家级台湾农民创业园",
       district="锡山区", aliases=["无锡锡山台湾农民创业园", "锡山台创园"], note="国家级；文中又作“台创园”"),
  park("无锡现代农业博览园", "无锡", "江苏", "农业园", C2, district="锡山区", parent=XS, opt=True),
  park("无锡高科技农业示范园", "无锡", "江苏", "农业园", C2, district="锡山区", parent=XS, opt=True),
  park("无锡太湖水稻示范园", "无锡", "江苏", "农业园", C2, district="锡山区", parent=XS, opt=True),
  park("无锡生物农业产业园", "无锡", "江苏", "产业园", C2, district="锡山区", parent=XS, opt=True, note="2011年新启动建设"),
 ],
 companies=[],
 institutions=[
  inst("农业部", "锡山台湾农民创业园于2008年2月经农业部、国务院台办正式批准设立", note="批准机关"),
  inst("国务院台办", "锡山台湾农民创业园于2008年2月经农业部、国务院台办正式批准设立", note="批准机关"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XS, "park", "taiwan_firms", 7, "count", C0, AS3, kind="cumulative"),
  fact(XS, "park", "firms_total", 32, "count", C1, AS3, kind="cumulative"),
  fact(XS, "park", "project_total_investment_cny", 3.6e8, "cny", C1, AS3, kind="cumulative", chk=True),
  fact(XS, "park", "jobs_created", 1200, "count", "不仅收益丰厚还带动周边农民1200余人就业", AS3, qual="余", qtext="余", opt=True),
  fact(XS, "park", "planned_area_km2", 33.5, "km2", C2, AS3),
 ])

# ---------------------------------------------------------------- my04 漳浦台湾农民创业园 (新华网 via taiwan.cn 2014)
ZP = "漳浦台湾农民创业园"
D0 = "大陆首个台湾农民创业园——漳浦台湾农民创业园去年全年产值达35亿元"
D1 = "截至今年5月底,漳浦台湾农民创业园累计引进台资农业企业260多家,共引进台湾农业优良品种210多个,台湾先进种养殖技术50多项,推广种养殖面积43万亩以上"
AS4 = "2014年5月底"
G["my04"] = dict(
 article=art("（无标题）漳浦台湾农民创业园去年全年产值达35亿元", "新华网（记者胡善安），转载于中国台湾网 taiwan.cn", "2014-06-10", "day",
  "Wire item relayed by the national Taiwan-affairs portal, Fujian: the first farm park for Taiwanese farmers — last year's output, Taiwan-funded farm firms to date, varieties and techniques introduced, export earnings, planned and core areas, leading industries",
  "http://taiwan.cn/xwzx/la/201406/t20140610_6290545.htm",
  "日期取网址 201406/t20140610（存段无标题、无日期行；title 为编者概括）。“[ 责任编辑…]”与原稿件信息行已删，原稿件来源新华网。正文四段，完整。园区：漳浦台湾农民创业园（又作“福建漳浦台湾农民创业园”；漳州市漳浦县，福建）。无具名企业或项目。事实：去年（2013年）全年产值35亿元；截至2014年5月底累计引进台资农业企业260多家（余）、良种210多个、技术50多项、推广面积43万亩以上、出口创汇1.5亿美元以上（每年）；规划面积30万亩、核心区3万亩。",
  "my04"),
 parks=[
  park(ZP, "漳州", "福建", "台湾农民创业园", D0, district="漳浦县", aliases=["福建漳浦台湾农民创业园"], note="大陆首个台湾农民创业园；2006年4月批准设立"),
 ],
 companies=[],
 institutions=[
  inst("漳浦县政府办", "记者从福建省漳浦县政府办获悉"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZP, "park", "output_cny", 3.5e9, "cny", D0, "2013年", chk=True),
  fact(ZP, "park", "taiwan_firms", 260, "count", D1, AS4, kind="cumulative", qual="余", qtext="多", note="台资农业企业"),
  fact(ZP, "park", "taiwan_varieties_introduced", 210, "count", D1, AS4, kind="cumulative", qual="余", qtext="多", opt=True),
  fact(ZP, "park", "taiwan_techniques_introduced", 50, "count", D1, AS4, kind="cumulative", qual="余", qtext="多", opt=True),
  fact(ZP, "park", "promoted_planting_area_mu", 4.3e5, "mu", D1, AS4, kind="cumulative", qual="超", qtext="以上", opt=True),
  fact(ZP, "park", "annual_export_earnings_usd", 1.5e8, "usd", "带动各类优质农产品每年出口创汇1.5亿美元以上", AS4, qual="超", qtext="以上", opt=True),
  fact(ZP, "park", "planned_area_mu", 3e5, "mu", "漳浦台湾农民创业园规划面积30万亩", AS4),
  fact(ZP, "park", "core_area_mu", 3e4, "mu", "其中,核心区规划面积3万亩", AS4, opt=True),
 ])

# ---------------------------------------------------------------- my05 海峡两岸(广西玉林)农业合作试验区 (中新社 via taiwan.cn 2014)
YL = "海峡两岸(广西玉林)农业合作试验区"
E0 = "目前海峡两岸(广西玉林)农业合作试验区已建成“台味”基地150个,台商在玉林投资的企业总计58家,总投资额53亿元人民币"
E1 = "两岸休闲食品业龙头企业旺旺集团自2010年进入该试验区以来,已建成6条生产线,年产值达9亿元"
E2 = "今年7月,旺旺年产4万吨香蕉牛奶生产线项目落地试验区,该项目建成后年产值可达8亿元左右"
E3 = "目前,玉林市鑫坚种养有限公司与台湾绿盛科技有限公司合作的桂台观光农业科研中心项目,从台湾引入深海石斑鱼进行淡水养殖已获成功"
E4 = "总投资2.58亿美元、总规用地315亩的园艺文化交易与桂台园艺文化城项目加快推进"
AS5 = "2014年12月"
G["my05"] = dict(
 article=art("（无标题）海峡两岸(广西玉林)农业合作试验区台商投资企业58家 总投资53亿元", "中新社（黄艳梅 杨静），转载于中国台湾网 taiwan.cn", "2014-12-25", "day",
  "Wire item relayed by the national Taiwan-affairs portal, Guangxi: a cross-Strait agricultural cooperation zone — Taiwan-flavour bases, Taiwan-invested firms and investment, a leading food group's lines and output, a new production-line project, a joint research project and a horticulture project with its sum",
  "http://taiwan.cn/xwzx/la/201412/t20141225_8484723.htm",
  "日期取网址 201412/t20141225（文中“24日”为官方介绍日；存段无标题、无日期行；title 为编者概括）。“[ 责任编辑…]”与原稿件信息行已删，原稿件来源中新社。正文六段，完整。园区：海峡两岸(广西玉林)农业合作试验区（玉林市，广西；文中又作“试验区”“该试验区”）。公司：旺旺集团（2010年进入试验区）；玉林市鑫坚种养有限公司与台湾绿盛科技有限公司合作桂台观光农业科研中心项目（园区由语境推定为试验区，可选）。项目：旺旺年产4万吨香蕉牛奶生产线项目（“落地试验区”，无状态；建成后年产值约8亿元为 target 事实）；桂台观光农业科研中心项目（养殖已获成功，无状态）；园艺文化交易与桂台园艺文化城项目（总投资2.58亿美元，investment_value/currency usd；“加快推进”记 status_alt 在建）。事实：台味基地150个、台商投资企业58家、总投资额53亿元、新品种新技术260多项；旺旺6条生产线、年产值9亿元。两份规划文件不列。",
  "my05"),
 parks=[
  park(YL, "玉林", "广西", "海峡两岸农业合作试验区", E0, note="2006年4月获批；大陆九个海峡两岸农业合作试验区之一；文中又作“试验区”"),
 ],
 companies=[
  comp("旺旺集团", YL, E1, note="两岸休闲食品业龙头企业；2010年进入试验区"),
  comp("玉林市鑫坚种养有限公司", YL, E3, opt=True, note="与台湾绿盛科技合作；园区由语境推定"),
  comp("台湾绿盛科技有限公司", YL, E3, opt=True, note="台湾企业；合作方"),
 ],
 projects=[
  proj("旺旺年产4万吨香蕉牛奶生产线项目", YL, E2, companies=["旺旺集团"], status=None, status_text="落地试验区", note="2014年7月落地；建成后年产值可达8亿元左右"),
  proj("桂台观光农业科研中心项目", YL, E3, companies=["玉林市鑫坚种养有限公司", "台湾绿盛科技有限公司"], note="深海石斑鱼淡水养殖已获成功；园区由语境推定"),
  proj("园艺文化交易与桂台园艺文化城项目", YL, E4, inv="2.58亿美元", currency="usd", value=2.58e8, status=None, status_alt="在建", status_text="加快推进", note="总规用地315亩；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(YL, "park", "taiwan_flavour_bases", 150, "count", E0, AS5, kind="cumulative", opt=True),
  fact(YL, "park", "taiwan_firms", 58, "count", E0, AS5, kind="cumulative", note="台商在玉林投资的企业"),
  fact(YL, "park", "taiwan_investment_cny", 5.3e9, "cny", "台商在玉林投资的企业总计58家,总投资额53亿元人民币", AS5, kind="cumulative", chk=True),
  fact(YL, "park", "taiwan_varieties_techniques_introduced", 260, "count", "目前试验区已成功引进台湾新品种、新技术260多项", AS5, kind="cumulative", qual="余", qtext="多", opt=True),
  fact("旺旺集团", "company", "production_lines", 6, "count", E1, AS5, kind="cumulative", opt=True),
  fact("旺旺集团", "company", "annual_output_cny", 9e8, "cny", "已建成6条生产线,年产值达9亿元", AS5, chk=True),
  fact("旺旺年产4万吨香蕉牛奶生产线项目", "project", "expected_annual_output_cny", 8e8, "cny", "该项目建成后年产值可达8亿元左右", "建成后（预计）", kind="target", qual="约", qtext="左右", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- my06 鄂州华容台湾农民创业实验园 (鄂州市台办 2017)
HR = "华容台湾农民创业实验园"
F0 = "近日,湖北省人民政府台湾事务办公室、湖北省农业厅正式批复,同意在鄂州设立省级华容台湾农民创业实验园,鄂州华容台创园迎来发展新契机和新动能"
F1 = "湖北鄂州华容台湾农民创业实验园是以台资企业湖北杏福农业开发有限公司投资为主、华容区政府为辅的政企合一的园区"
G["my06"] = dict(
 article=art("鄂州市省级华容台湾农民创业实验园获批", "鄂州市台办（页面署“版权所有 中共鄂州市委统战部 技术支持 鄂州新闻网”；存于 bandifur.com）", "2017-11-27", "day",
  "City Taiwan-affairs office item, Hubei: a provincial-level experimental farm park for Taiwanese farmers approved — built on a Taiwan-funded firm's farm park, run jointly by the firm and the district, with a management committee and six industries",
  "http://bandifur.com/html/html201711201711271546366806.html",
  "日期取页面“时间:2017/11/27 来源:鄂州市台办”。标题照录；导航、时间来源行与页脚（版权、地址、邮箱、备案号）已删。正文两段，完整；末句以半角句点“.”收尾，照录。页面所在域名 bandifur.com 与页脚所署单位不符，记于 SOURCES.md。园区：华容台湾农民创业实验园（省级；文中作“省级华容台湾农民创业实验园”“湖北鄂州华容台湾农民创业实验园”“鄂州华容台创园”“台创园”；鄂州市华容区，湖北）；“杏福农业园”为园区所依托的企业园区，列为可选园区（与实验园关系文中只说“依托”，不设 parent）。公司：湖北杏福农业开发有限公司（台资企业，园区投资主体）。机构：湖北省人民政府台湾事务办公室、湖北省农业厅（批复）、台湾农民创业园管委会、华容区政府（均可选）。无金额、无数字事实。",
  "my06"),
 parks=[
  park(HR, "鄂州", "湖北", "台湾农民创业园", F0, district="华容区", aliases=["湖北鄂州华容台湾农民创业实验园", "鄂州华容台创园"], note="省级；2017年获批"),
  park("杏福农业园", "鄂州", "湖北", "农业园", "鄂州市依托杏福农业园,积极创建申报省级台湾农民创业实验园", district="华容区", opt=True, note="实验园所依托的企业园区；区县由语境推定"),
 ],
 companies=[
  comp("湖北杏福农业开发有限公司", HR, F1, note="台资企业；园区投资主体"),
 ],
 institutions=[
  inst("湖北省人民政府台湾事务办公室", F0, note="批复机关"),
  inst("湖北省农业厅", F0, note="批复机关"),
  inst("台湾农民创业园管委会", "成立台湾农民创业园管委会,积极搭建对台文化经贸交流合作平台", park=HR, note="文中又作“台创园管委会”"),
  inst("华容区政府", F1, note="园区投资之辅"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- my07 四川海峡两岸产业合作区授牌 (新华社 via 海峡网 2017)
HX = "海峡两岸产业合作区"
H0 = "27日,经国务院台办、国家发展和改革委、商务部共同批准,“海峡两岸产业合作区”正式在四川授牌设立,为台资企业在中西部地区发展搭建新的平台"
H1 = "四川“海峡两岸产业合作区”包括三个园区,即成都产业园、德阳产业园和眉山产业园"
H2 = "截至2017年底,在川台资企业累计1979家,项目投资总额185.17亿美元,投资1000万美元以上企业219家"
H3 = "在27日的授牌仪式上,四川省台办分别与国家发展银行四川分行、中国进出口银行四川分行签订《支持海峡两岸产业合作区建设合作协议》"
G["my07"] = dict(
 article=art("（无标题）“海峡两岸产业合作区”正式在四川授牌设立", "新华社（记者王迪），载于海峡网 hxnews.com", "2017-12-28", "day",
  "Wire item on a Fujian news portal, Sichuan: a cross-Strait industrial cooperation zone licensed in Sichuan — its three parks and fields, bank cooperation agreements signed at the ceremony, the province's cumulative Taiwan-funded firms and investment",
  "http://hxnews.com/news/la/twxw/201712/28/1371270.shtml",
  "日期取网址 201712/28（电头“新华社成都12月27日电”）。存段无标题行（只有导航“您现在的位置:海峡网>新闻中心>海峡两岸>台湾新闻”），title 为编者概括；导航、“分享”、“责任编辑:黄仙妹”与截断的特别声明已删。正文五段，完整。园区：海峡两岸产业合作区（四川；三园分属成都、德阳、眉山，city 记 null）；成都产业园、德阳产业园、眉山产业园为其三个园区（parent 海峡两岸产业合作区）。机构：四川省台办与两家银行分行签订合作协议（银行名照录“国家发展银行四川分行”）；国务院台办等批准机关可选；全国台企联只在引语署名中，可选。无具名企业或项目。事实（subject 四川，region）：截至2017年底在川台资企业累计1979家、项目投资总额185.17亿美元、投资1000万美元以上企业219家。",
  "my07"),
 parks=[
  park(HX, None, "四川", "海峡两岸产业合作区", H0, note="国务院台办、国家发展和改革委、商务部批准；2017年12月27日授牌；含三个园区"),
  park("成都产业园", "成都", "四川", "产业园", H1, parent=HX),
  park("德阳产业园", "德阳", "四川", "产业园", H1, parent=HX),
  park("眉山产业园", "眉山", "四川", "产业园", H1, parent=HX),
 ],
 companies=[],
 institutions=[
  inst("四川省台办", H3, note="与两家银行签订合作协议"),
  inst("国家发展银行四川分行", H3, kind="bank", note="照录（即国家开发银行四川分行）"),
  inst("中国进出口银行四川分行", H3, kind="bank"),
  inst("国务院台办", H0, note="批准机关之一"),
  inst("商务部", H0, note="批准机关之一"),
  inst("全国台企联", "全国台企联会长王屏生说", kind="association", note="会长王屏生"),
 ],
 projects=[],
 aggregate_facts=[
  fact("四川", "region", "taiwan_firms", 1979, "count", H2, "2017年底", kind="cumulative"),
  fact("四川", "region", "taiwan_project_investment_usd", 1.8517e10, "usd", H2, "2017年底", kind="cumulative"),
  fact("四川", "region", "taiwan_firms_over_10m_usd", 219, "count", H2, "2017年底", kind="cumulative", opt=True),
  fact(HX, "park", "sub_parks", 3, "count", H1, "2017年12月", opt=True),
 ])

# ---------------------------------------------------------------- my08 37个台资项目落户江苏淮安 (中新社 via 人民政协网 2021)
I0 = "开幕式上,淮安大运河文化带海峡两岸交流基地与淮安台资集聚示范区产业工人培训学院一道揭牌,现场共签约台资项目37个,总投资394亿元人民币"
AS8 = "2021年12月9日（第十六届台商论坛）"
G["my08"] = dict(
 article=art("37个台资项目落户江苏淮安 总投资394亿元人民币", "中新社（徐珊珊），载于人民政协网 rmzxb.com.cn", "2021-12-10", "day",
  "Wire item on a national political-consultative news site, Jiangsu: a city's Taiwan business forum — 37 Taiwan-funded projects signed with their total, two bases unveiled, officials' and the Taiwan business federation's remarks, the city's strategy for Taiwan investment",
  "http://www.rmzxb.com.cn/c/2021-12-10/3002013.shtml",
  "日期取页面“2021年12月10日 10:38 | 作者:徐珊珊 | 来源:中国新闻网”（电头12月9日）。标题照录；栏目导航、面包屑、日期行与“分享到:”已删。**截断**：存段末段在“…支撑起新一代信息技术产业集群;敏”处中断，该残句（“在淮安重点打造的优势特色产业体系中,富士康、鹏鼎控股、达方电子等企业…;敏”）已删（make_txt.py LINE_SUFFIX），正文截至“…助推长三角一体化发展。”，共五段；因此富士康等企业不在正文中。园区：淮安台资集聚示范区只出现在“淮安台资集聚示范区产业工人培训学院”中，列为可选园区（淮安市，江苏）。“淮安大运河文化带海峡两岸交流基地”为交流基地，不是产业园区，列为可选机构。37个项目未点名。事实：淮安签约台资项目37个、总投资394亿元（subject 淮安，region）。",
  "my08"),
 parks=[
  park("淮安台资集聚示范区", "淮安", "江苏", "台资集聚示范区", I0, opt=True, note="只在“淮安台资集聚示范区产业工人培训学院”中"),
 ],
 companies=[],
 institutions=[
  inst("淮安台资集聚示范区产业工人培训学院", I0, kind="school", note="本次揭牌"),
  inst("淮安大运河文化带海峡两岸交流基地", I0, kind="other", note="本次揭牌；交流基地"),
  inst("国台办经济局", "国台办经济局副局长陈斌华说", note="副局长陈斌华"),
  inst("全国台湾同胞投资企业联谊会", "全国台湾同胞投资企业联谊会会长李政宏表示", kind="association", note="会长李政宏"),
 ],
 projects=[],
 aggregate_facts=[
  fact("淮安", "region", "projects_signed", 37, "count", I0, AS8, note="台资项目"),
  fact("淮安", "region", "signed_investment_cny", 3.94e10, "cny", "现场共签约台资项目37个,总投资394亿元人民币", AS8, chk=True),
 ])

# ---------------------------------------------------------------- my09 温州 两岸产业园 (中新网 via 华夏经纬网 2023)
DJ = "海峡两岸(温州)大健康产业园"
TS = "温州市台商科技产业园"
J0 = "本次合作周期间,累计新签约台资项目7个,涉及高端制造业、食品加工、文旅、教育、养老等领域"
J1 = "至2023年6月,国台办、国家发改委、民政部正式批准设立海峡两岸(温州)大健康产业园,进一步助推两地产业相促、强强联合"
J2 = "活动现场,除了为海峡两岸(温州)大健康产业园揭牌,还举行了温州市台商科技产业园开园仪式"
J3 = "据悉,温州市台商科技产业园由温州台商协会联合12家台企投资建设、总建筑面积14万多平方米、总投资约5亿元,成为浙江省“台资集聚、台商转型、台青创业”的标杆项目"
AS9 = "2023年7月7日"
G["my09"] = dict(
 article=art("（无标题）2023浙江·台湾合作周温州分会场启幕 两大产业园开园", "中新网（张益聪），载于华夏经纬网 huaxia.com", "2023-07-08", "day",
  "Wire item on a cross-Strait news portal, Zhejiang: a Zhejiang–Taiwan cooperation week's city session — Taiwan-funded projects signed, a national-approved cross-Strait health-industry park unveiled, a Taiwan business association's science park opened with its builders, floor area and investment, a young entrepreneurs' camp",
  "https://huaxia.com/c/2023/07/08/1728799.shtml",
  "日期取网址 2023/07/08（电头“中新网温州7月7日电”）。存段无标题行（title 为编者概括）；开头图片说明“活动现场 张益聪 摄”已删。**截断**：存段末段“当前,温州正把对台开放…全力推进”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…增进温台青年企业家的沟通交流。”，共七段。园区：海峡两岸(温州)大健康产业园（国台办、国家发改委、民政部2023年6月批准，7月7日揭牌）；温州市台商科技产业园（开园；由温州台商协会联合12家台企投资建设，文中称“标杆项目”）。项目：温州市台商科技产业园作为项目记一次（总投资约5亿元，约；开园→status 无，status_alt 竣工）。机构：温州台商协会（投资建设方）、国台办 / 国家发改委 / 民政部（批准）、全国台企联青委会（可选）。事实：合作周期间累计新签约台资项目7个（subject 温州，region）；产业园总建筑面积14万多平方米（余）、投资台企12家。",
  "my09"),
 parks=[
  park(DJ, "温州", "浙江", "海峡两岸产业园", J1, note="2023年6月批准设立，7月7日揭牌"),
  park(TS, "温州", "浙江", "台商产业园", J2, note="2023年7月7日开园"),
 ],
 companies=[],
 institutions=[
  inst("温州台商协会", J3, kind="association", park=TS, note="联合12家台企投资建设产业园"),
  inst("国台办", J1, note="批准机关之一"),
  inst("国家发改委", J1, note="批准机关之一"),
  inst("民政部", J1, note="批准机关之一"),
  inst("全国台企联青委会", "活动现场,来自全国台企联青委会、台湾知名工商团体、各地台商协会、企业及在温台商台青、温商代表等海峡两岸的450余名嘉宾相聚一堂", kind="association"),
 ],
 projects=[
  proj(TS, TS, J3, inv="总投资约5亿元", qual="约", qual_text="约", status=None, status_alt="竣工", status_text="开园仪式",
       note="文中称“标杆项目”；温州台商协会联合12家台企投资建设；园区即项目本身"),
 ],
 aggregate_facts=[
  fact("温州", "region", "projects_signed", 7, "count", J0, "2023年7月（浙江·台湾合作周期间）", kind="cumulative", note="新签约台资项目"),
  fact(TS, "park", "total_investment_cny", 5e8, "cny", J3, AS9, qual="约", qtext="约", chk=True),
  fact(TS, "park", "floor_area_m2", 1.4e5, "m2", J3, AS9, qual="余", qtext="多", opt=True),
  fact(TS, "park", "investing_taiwan_firms", 12, "count", J3, AS9, opt=True),
 ])
