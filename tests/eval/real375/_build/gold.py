# real375 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超/以上 → 超, 余/多 → 余, 约 → 约. Money: yuan in investment_cny / *_cny facts (chk=True asserts it). Projects: the park the
# text places the project in, null if none (a county is not a park). Status from the text's words (开工 → 开工; 已建成 → 竣工;
# 施工现场 / 建设中 → 在建; 签约 → 签约). Sources are `search` (corpus pages) excerpts typed into _raw/pages/njNN.raw.

# ---------------------------------------------------------------- nj01 哈药集团生物工程产业基地 开工 in 利民经济技术开发区 (2009)
LM = "利民经济技术开发区"
A0 = "哈药集团生物工程产业基地,在利民经济技术开发区正式开工"
A1 = "此次正式开工的工程占地面积15万平方米,总投资1.6亿元"
G["nj01"] = dict(
 article=art("黑龙江省最大生物工程产业项目开工 总投资1.6亿元", "东北网（“东北网3月21日讯”），载于 zhongtushe.com（中华人民共和国图鉴社“地区消息”栏）", "2009-06-17", "day",
  "Relay of a provincial news portal item, Heilongjiang: a pharma group's bio-engineering base breaks ground in a national-level development zone, with site area, total investment and planned lines",
  "http://www.zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/heilongjiang/2009/0617/251700.html",
  "日期取转载页“2009-06-17”；原发为东北网2009年3月21日（文中“昨天”即3月20日开工）。标题照录；站点菜单、推荐栏与水印行“中华人民共和国图鉴社”已删。存段在第二段末句“该基地以…力争使其成为国家重”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…项目建设期为一年。”，共两段。园区：利民经济技术开发区（哈尔滨，黑龙江）。项目：哈药集团生物工程产业基地（开工，总投资1.6亿元，占地15万平方米）。“哈尔滨生物产业国家高技术产业基地”为产业基地称号，列可选园区。",
  "nj01"),
 parks=[
  park(LM, "哈尔滨", "黑龙江", "经济技术开发区", A0, district="呼兰区"),
  park("哈尔滨生物产业国家高技术产业基地", "哈尔滨", "黑龙江", "国家高技术产业基地", "作为哈尔滨生物产业国家高技术产业基地的重要依托", opt=True, note="产业基地称号，非实体园区"),
 ],
 companies=[
  comp("哈药集团", LM, A0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("哈药集团生物工程产业基地", LM, "此次正式开工的工程占地面积15万平方米,总投资1.6亿元", companies=["哈药集团"], inv="总投资1.6亿元",
       status="开工", status_text="正式开工", aliases=["哈药集团生物工程产业基地项目"], note="2009年3月20日开工；建设期一年"),
 ],
 aggregate_facts=[
  fact("哈药集团生物工程产业基地", "project", "site_area_m2", 1.5e5, "m2", A1, "2009年3月", opt=True),
  fact("哈药集团生物工程产业基地", "project", "production_lines_planned", 6, "count", "外用制剂生产线等6条生产线", "2009年3月", opt=True),
 ])

# ---------------------------------------------------------------- nj02 鸡东县 工业 (东北网鸡西 2008)
MH = "省级煤化工园区"
B0 = "今年前三季度,全县规模以上工业实现总产值9.25亿元、增加值4.14亿元、销售收入13亿元、利润1.63亿元,上缴税金8615万元"
B1 = "其中,5000吨粗苯回收、1万吨硅铁生产线已建成,新增产品销售收入6350万元,新增税金达1660万元"
B2 = "在热电产品开发上,黑龙江中盟集团鸡东热电公司投资3000万元,新上了热电三期扩建工程项目"
B3 = "鸡东县先后建设了5000吨粗苯回收、1万吨硅铁、2.4万千瓦锅炉煤气发电、260万吨洗煤等生产线"
AS2 = "2008年前三季度"
G["nj02"] = dict(
 article=art("（无标题）鸡东县2008年工业经济", "鸡西新闻网（作者 韩枢海），载于东北网鸡西频道 jixi.dbw.cn", "2008-11-26", "day",
  "City news site on a provincial portal, Heilongjiang: a county's industry in 2008 — above-scale output, profit and tax, coal-chemical lines built and under construction, a heat-power firm's expansion with investment, an agri firm's base, the county's provincial coal-chemical park being planned",
  "http://jixi.dbw.cn/system/2008/11/26/051620425.shtml",
  "日期取页面“签发时间:2008-11-26”。存段无标题（title 为编者概括）；“签发时间”“来源:鸡西新闻网”“作者:韩枢海”等表格行已删。正文五段，完整。园区：只作“省级煤化工园区”（鸡东县的省级煤化工园区，正在规划建设；名称照录）。鸡东县为县，不是园区。项目：5000吨粗苯回收、1万吨硅铁生产线已建成（竣工）；2.4万千瓦锅炉煤气发电、260万吨洗煤生产线“正在启动或紧张建设中”（在建，可选）；黑龙江中盟集团鸡东热电公司热电三期扩建工程项目（投资3000万元，11月末建成投产——在建）。均未说位于园区，park null。鸡西福顺祥粮油公司投资600多万元建蓖麻种植基地（“600多万元”不作精确额，unparsed）。县规上工业数字为 region 事实。",
  "nj02"),
 parks=[
  park(MH, "鸡西", "黑龙江", "煤化工园区（省级）", "为加快省级煤化工园区建设,鸡东县成立了园区建设领导小组", district="鸡东县", note="文中只作“省级煤化工园区”“园区”"),
 ],
 companies=[
  comp("黑龙江中盟集团鸡东热电公司", None, B2, note="热电三期扩建工程项目业主；园区未说"),
  comp("鸡西福顺祥粮油公司", None, "其中鸡西福顺祥粮油公司投资600多万元,建设万亩蓖麻种植基地", note="蓖麻种植基地；园区未说"),
 ],
 projects=[
  proj("5000吨粗苯回收生产线", None, B1, status="竣工", status_text="已建成", aliases=["5000吨粗苯回收"]),
  proj("1万吨硅铁生产线", None, B1, status="竣工", status_text="已建成", aliases=["1万吨硅铁"]),
  proj("2.4万千瓦锅炉煤气发电生产线", None, B3, status="在建", status_text="正在启动或紧张建设中", aliases=["2.4万千瓦锅炉煤气发电"], opt=True),
  proj("260万吨洗煤生产线", None, B3, status="在建", status_text="正在启动或紧张建设中", aliases=["260万吨洗煤"], opt=True),
  proj("热电三期扩建工程项目", None, B2, companies=["黑龙江中盟集团鸡东热电公司"], inv="投资3000万元", phase="三期",
       status="在建", status_text="新上", note="11月末建成投产（预期）"),
  proj("万亩蓖麻种植基地", None, "其中鸡西福顺祥粮油公司投资600多万元,建设万亩蓖麻种植基地", companies=["鸡西福顺祥粮油公司"],
       inv="投资600多万元", unparsed=True, opt=True, note="农业基地；“600多万元”不作精确额"),
 ],
 aggregate_facts=[
  fact("鸡东县", "region", "above_scale_industrial_output_cny", 9.25e8, "cny", "全县规模以上工业实现总产值9.25亿元", AS2, kind="cumulative", chk=True),
  fact("鸡东县", "region", "above_scale_industrial_value_added_cny", 4.14e8, "cny", "增加值4.14亿元", AS2, kind="cumulative", chk=True),
  fact("鸡东县", "region", "above_scale_sales_revenue_cny", 1.3e9, "cny", "销售收入13亿元", AS2, kind="cumulative", chk=True),
  fact("鸡东县", "region", "above_scale_profit_cny", 1.63e8, "cny", "利润1.63亿元", AS2, kind="cumulative", chk=True),
  fact("鸡东县", "region", "above_scale_tax_cny", 8.615e7, "cny", "上缴税金8615万元", AS2, kind="cumulative", chk=True),
  fact("鸡东县", "region", "new_sales_revenue_cny", 6.35e7, "cny", "新增产品销售收入6350万元,新增税金达1660万元", "2008年", opt=True, chk=True, note="两条已建成生产线"),
  fact("热电三期扩建工程项目", "project", "expected_annual_new_sales_cny", 1.05e7, "cny", "年新增销售收入可达1050万元、税金100万元", "建成投产后（预期）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nj03 黑河 “五大黑河行动区” (东北网 2009)
DB = "东北亚经济贸易开发区"
C0 = "倾力打造东北亚经济贸易开发区、大小兴安岭生态功能保护区、北国风光特色旅游开发区、农业综合开发试验区、高新科技产业集中开发区等“五大黑河行动区”"
C1 = "举办了中国大黑河岛国际经贸洽谈会,现场签约国际经济技术合作项目15项、签约额18.9亿元,对外经贸项目10项、签约额1.5亿美元"
AS3 = "2009年（截至11月）"
G["nj03"] = dict(
 article=art("（无标题）黑河市打造“五大黑河行动区”", "东北网（“东北网黑河11月19日讯”），heilongjiang.dbw.cn", "2009-11-19", "day",
  "Provincial news portal, Heilongjiang: a border city's plan of five development zones under the province's eight-economic-zones strategy — the Northeast-Asia trade development zone, foreign-trade firms, signings at a trade fair",
  "https://heilongjiang.dbw.cn/system/2009/11/19/052223777.shtml",
  "日期取网址 2009/11/19。存段无标题（title 为编者概括）。存段末段“加快推进对俄出口商品基地建设…今年开发面积达20余万平”在句中中断（该段为一句），整段删去（make_txt.py ITEMS），正文截至“…签约额1.5亿美元。”，含小标题一行，共四段。园区：东北亚经济贸易开发区（“五大黑河行动区”之一，为规划功能区，文中又作“东北亚经济贸易区”）；高新科技产业集中开发区、北国风光特色旅游开发区等列可选。事实：外贸企业578家、超亿元超千万美元企业22家（黑河市，region）；洽谈会签约15项18.9亿元、10项1.5亿美元（region）。无具名公司或项目（光宝、神农在被删段中）。",
  "nj03"),
 parks=[
  park(DB, "黑河", "黑龙江", "开发区（规划功能区）", C0, aliases=["东北亚经济贸易区"], note="“五大黑河行动区”之一"),
  park("高新科技产业集中开发区", "黑河", "黑龙江", "开发区（规划功能区）", C0, opt=True),
  park("北国风光特色旅游开发区", "黑河", "黑龙江", "旅游开发区（规划功能区）", C0, opt=True),
  park("农业综合开发试验区", "黑河", "黑龙江", "试验区（规划功能区）", C0, opt=True),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("黑河市", "region", "foreign_trade_firms", 578, "count", "全市具有经营权的外贸企业已发展到578家", AS3, kind="cumulative"),
  fact("黑河市", "region", "foreign_trade_firms_over_100m", 22, "count", "超亿元、超千万美元企业达22家", AS3, kind="cumulative", opt=True),
  fact("中国大黑河岛国际经贸洽谈会", "event", "projects_signed", 15, "count", C1, "2009年"),
  fact("中国大黑河岛国际经贸洽谈会", "event", "signed_investment_cny", 1.89e9, "cny", "现场签约国际经济技术合作项目15项、签约额18.9亿元", "2009年", chk=True),
  fact("中国大黑河岛国际经贸洽谈会", "event", "trade_projects_signed", 10, "count", C1, "2009年", opt=True),
  fact("中国大黑河岛国际经贸洽谈会", "event", "signed_trade_usd", 1.5e8, "usd", "对外经贸项目10项、签约额1.5亿美元", "2009年", opt=True),
 ])

# ---------------------------------------------------------------- nj04 肇东 / 安达 大项目 (东北网 via 黑龙江信息港 2015)
D0 = "全年成功签约泉林纸业、银阳光伏发电等项目76个,开工新建佐源新食品产业园等产业项目28个,续建项目70个,实现规模工业总产值262.8亿元,增加值76.5亿元、利税37.4亿元"
D1 = "肇东东顺纸业有限公司由山东东顺集团股份有限公司总投资5.14亿元建设"
AS4 = "2014年"
G["nj04"] = dict(
 article=art("提升工业化水平 大项目建设助推县域经济快速前进", "东北网（来源 pic.dbw.cn），载于 haerbin.baogaosu.com（“黑龙江信息港新闻频道”）", "2015-08-02", "day",
  "Aggregator copy of a provincial portal item, Heilongjiang: a county-level city's big projects — projects signed and started in 2014 with a named food industrial park, output and tax, a paper-maker's investment, output and tax",
  "https://haerbin.baogaosu.com/xinwen/%E6%B0%B4%E5%B9%B3%E5%A4%A7%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E5%8A%A9%E6%8E%A8%E5%8E%BF%E5%9F%9F%E7%BB%8F%E6%B5%8E/36076116",
  "日期取页面“02.08.2015 11:46”（日.月.年；文中“7月29日”在其前）。标题照录；重复标题行、“来源: pic.dbw.cn”、图片说明“安瑞佳石油化工。迟亦达 摄”与存段末的图片说明残行“东顺纸业造纸”已删；正文截至“…利税3600万元。”，含小标题一行，共四段。原文“目前公司有告诉造纸机2台”（“告诉”当为“高速”）照录。园区：只有“佐源新食品产业园”（2014年开工新建的产业项目，列可选园区，亦列为项目）；肇东市、安达市为县级市，不是园区。项目：佐源新食品产业园（开工）；泉林纸业、银阳光伏发电（签约，项目以企业名称；可选）。公司：肇东东顺纸业有限公司（山东东顺集团股份有限公司投资5.14亿元建设；年产值3.5亿元、利税3600万元）；园区未说，park null。肇东市2014年数字为 region 事实。",
  "nj04"),
 parks=[
  park("佐源新食品产业园", "绥化", "黑龙江", "产业园（食品）", D0, district="肇东市", opt=True, note="文中作为开工新建的产业项目"),
 ],
 companies=[
  comp("肇东东顺纸业有限公司", None, D1, aliases=["东顺纸业"], note="东北三省最大的生活用纸基地"),
  comp("山东东顺集团股份有限公司", None, D1, opt=True, note="投资方"),
  comp("泉林纸业", None, D0, opt=True, note="签约项目"),
  comp("银阳光伏发电", None, D0, opt=True, note="签约项目"),
 ],
 projects=[
  proj("佐源新食品产业园", None, D0, status="开工", status_text="开工新建", note="2014年开工；肇东市"),
  proj("泉林纸业", None, D0, status="签约", status_text="成功签约", opt=True, note="2014年签约；项目以企业名称"),
  proj("银阳光伏发电", None, D0, status="签约", status_text="成功签约", opt=True, note="2014年签约"),
  proj("肇东东顺纸业有限公司", None, D1, companies=["山东东顺集团股份有限公司", "肇东东顺纸业有限公司"], inv="总投资5.14亿元", opt=True,
       status="投产", status_text="正在飞速生产", note="以公司名作项目；已在生产"),
 ],
 aggregate_facts=[
  fact("肇东市", "region", "projects_signed", 76, "count", D0, AS4),
  fact("肇东市", "region", "projects_started", 28, "count", D0, AS4),
  fact("肇东市", "region", "projects_continued", 70, "count", D0, AS4, opt=True),
  fact("肇东市", "region", "above_scale_industrial_output_cny", 2.628e10, "cny", "实现规模工业总产值262.8亿元", AS4, chk=True),
  fact("肇东市", "region", "industrial_value_added_cny", 7.65e9, "cny", "增加值76.5亿元、利税37.4亿元", AS4, chk=True),
  fact("肇东市", "region", "profit_tax_cny", 3.74e9, "cny", "利税37.4亿元", AS4, chk=True),
  fact("肇东东顺纸业有限公司", "company", "annual_output_cny", 3.5e8, "cny", "年产值可达3.5亿元,利税3600万元", "2015年（年产能）", kind="target", chk=True),
  fact("肇东东顺纸业有限公司", "company", "annual_profit_tax_cny", 3.6e7, "cny", "利税3600万元", "2015年（年产能）", kind="target", chk=True),
  fact("肇东东顺纸业有限公司", "company", "employees", 400, "count", "现有员工400人", "2015年7月", opt=True),
 ])

# ---------------------------------------------------------------- nj05 穆棱经济开发区 调研 (穆棱政协网 2017)
ML = "穆棱开发区"
E1 = "赵中三一行先后深入到黑龙江君鹤门业有限公司、穆棱市电站阀门有限公司、黑龙江升华包装有限公司、穆棱市龙穆雅品亚麻纺织有限公司及科技孵化园中科热泵调项目施工现场"
G["nj05"] = dict(
 article=art("牡市政协副主席赵中三到开发区企业进行调研", "穆棱市政协网站（“建言立论·调查视察”栏；来源标“穆棱经济开发区”），www.tzblgj.com", "2017-03-29", "day",
  "County-level city CPPCC site, Heilongjiang: a city official's inspection of a provincial development zone — four named firms, a project under construction in the zone's incubator, the zone's national demonstration-base status",
  "https://www.tzblgj.com/html/info10191340.html",
  "日期取页面“2017-03-29 10:08 穆棱经济开发区”（来源栏为穆棱经济开发区）。标题照录；导航与栏目行已删。存段在末句“牡丹江工信部门将高度重视…在牡丹江全面”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…战略节点和动力引擎。”，共三段。园区：穆棱经济开发区（页面来源栏全称；正文作“穆棱经济开区”（原文如此）、“穆棱开发区”“开发区”“园区”）；科技孵化园（开发区内，可选，parent 推定）。公司：四家在园企业。项目：中科热泵调项目（科技孵化园内施工现场——在建）。“国家新型工业化产业示范基地”为称号。人物不列。",
  "nj05"),
 parks=[
  park(ML, "牡丹江", "黑龙江", "经济开发区", "莅临穆棱经济开区调研工作", district="穆棱市", aliases=["穆棱经济开区"],
       note="正文作“穆棱经济开区”（原文如此）与“穆棱开发区”；全称只在页面来源栏（已删）"),
  park("科技孵化园", "牡丹江", "黑龙江", "孵化园", E1, district="穆棱市", parent=ML, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("黑龙江君鹤门业有限公司", ML, E1),
  comp("穆棱市电站阀门有限公司", ML, E1),
  comp("黑龙江升华包装有限公司", ML, E1),
  comp("穆棱市龙穆雅品亚麻纺织有限公司", ML, E1),
 ],
 institutions=[
  inst("开发区管委会", "开发区管委会副主任孙玉岭陪同调研", park=ML),
 ],
 projects=[
  proj("中科热泵调项目", ML, E1, status="在建", status_text="施工现场", note="位于科技孵化园（开发区内）"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- nj06 黑龙江省开发区数量居东北首位 (2018)
F0 = "黑龙江省有90家开发区纳入《目录》,开发区数量居东北地区第一位"
F1 = "其中国家级开发区16家,包括哈尔滨、哈尔滨利民、宾西、双鸭山、大庆、牡丹江、海林、绥化等8家经济技术开发区"
F2 = "哈尔滨、齐齐哈尔、大庆等3家高新技术产业开发区,哈尔滨、黑龙江绥芬河等2家综合保税区,绥芬河、黑河等2家边境经济合作区,中俄东宁—波尔塔夫卡互市贸易区"
AS6 = "2018年（《中国开发区审核公告目录》2018年版）"
G["nj06"] = dict(
 article=art("黑龙江省开发区数量居东北首位", "haerbin.baogaosu.com（原发媒体未注明）", "2018-03-13", "day",
  "Aggregator news item, Heilongjiang: the 2018 national catalogue of development zones — counts nationally and for the province, the province's sixteen national-level zones listed by short names",
  "http://haerbin.baogaosu.com/xinwen/%E9%BB%91%E9%BE%99%E6%B1%9F%E7%9C%81%E5%BC%80%E5%8F%91%E5%8C%BA%E6%95%B0%E9%87%8F%E5%B1%85%E4%B8%9C%E5%8C%97%E9%A6%96%E4%BD%8D/65495797/",
  "日期取页面“13.03.2018 19:16”（日.月.年）。标题照录；正文两段，完整。园区：文中以简称并列（“哈尔滨、哈尔滨利民、宾西…等8家经济技术开发区”），只有“中俄东宁—波尔塔夫卡互市贸易区”以全称出现（必选）；其余15家的全称为编者据并列结构补全，不在文中逐字出现，全部列为可选。事实：全国2543家、国家级552家、省级1991家（region 中国，可选）；黑龙江90家、国家级16家、省级74家及分类个数。",
  "nj06"),
 parks=[
  park("中俄东宁—波尔塔夫卡互市贸易区", "牡丹江", "黑龙江", "互市贸易区（国家级）", F2, district="东宁市"),
 ] + [park(n, c, "黑龙江", k, ev, opt=True, note="文中只有简称，全称为编者补全") for n, c, k, ev in [
  ("哈尔滨经济技术开发区", "哈尔滨", "经济技术开发区", F1), ("哈尔滨利民经济技术开发区", "哈尔滨", "经济技术开发区", F1),
  ("宾西经济技术开发区", "哈尔滨", "经济技术开发区", F1), ("双鸭山经济技术开发区", "双鸭山", "经济技术开发区", F1),
  ("大庆经济技术开发区", "大庆", "经济技术开发区", F1), ("牡丹江经济技术开发区", "牡丹江", "经济技术开发区", F1),
  ("海林经济技术开发区", "牡丹江", "经济技术开发区", F1), ("绥化经济技术开发区", "绥化", "经济技术开发区", F1),
  ("哈尔滨高新技术产业开发区", "哈尔滨", "高新技术产业开发区", F2), ("齐齐哈尔高新技术产业开发区", "齐齐哈尔", "高新技术产业开发区", F2),
  ("大庆高新技术产业开发区", "大庆", "高新技术产业开发区", F2), ("哈尔滨综合保税区", "哈尔滨", "综合保税区", F2),
  ("黑龙江绥芬河综合保税区", "牡丹江", "综合保税区", F2), ("绥芬河边境经济合作区", "牡丹江", "边境经济合作区", F2),
  ("黑河边境经济合作区", "黑河", "边境经济合作区", F2)]],
 companies=[],
 institutions=[
  inst("国家发展改革委", "国家发展改革委、科技部、国土资源部、住房城乡建设部、商务部、海关总署联合发布了《中国开发区审核公告目录》"),
 ],
 projects=[],
 aggregate_facts=[
  fact("黑龙江省", "region", "development_zones", 90, "count", F0, AS6),
  fact("黑龙江省", "region", "national_development_zones", 16, "count", "其中国家级开发区16家", AS6),
  fact("黑龙江省", "region", "provincial_development_zones", 74, "count", "省级开发区74家,基本覆盖全省县级以上城市", AS6),
  fact("黑龙江省", "region", "national_etdz", 8, "count", F1, AS6, opt=True),
  fact("黑龙江省", "region", "national_high_tech_zones", 3, "count", F2, AS6, opt=True),
  fact("黑龙江省", "region", "comprehensive_bonded_zones", 2, "count", F2, AS6, opt=True),
  fact("中国", "region", "development_zones", 2543, "count", "共包括2543家开发区,其中国家级开发区552家,省级开发区1991家", AS6, opt=True),
  fact("中国", "region", "national_development_zones", 552, "count", "其中国家级开发区552家", AS6, opt=True),
  fact("中国", "region", "provincial_development_zones", 1991, "count", "省级开发区1991家", AS6, opt=True),
 ])
