# real348 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (and real28–real49): evidence verbatim (all eight items simplified script as published;
# oi02's stray spaces inside words, e.g. “签约金额 达489.7亿元”, are the page's and are kept); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Projects: the park the text places the project in, null if none (a
# county is not a park). Status from the text's words (开工 / 开工建设 → 开工; 正在紧张有序建设中 → 在建; 试生产 → 投产;
# 签订 / 签约 → 签约; 招引 alone → no status). Targets (“预计到2025年”, “建成后将可实现”) are kind target; year-to-date and
# “截至目前” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/oiNN.raw as returned.

# ---------------------------------------------------------------- oi01 阿克苏浙江产业园 (浙江在线 浙江援疆网 2013)
AK = "阿克苏浙江产业园"
AKE = "阿克苏经济技术开发区"
A0 = "日前,在新疆阿克苏浙江产业园西园即阿克苏经济技术开发区内,多家企业集中开工,涉及新型建材、装备制造、太阳能光伏发电、塑料编织等7大项目,总投资达9.91亿元"
A1 = "阿克苏浙江产业园由南园、西园和浙江台州产业园三个区块组成,总体开发面积20平方公里"
A2 = "浙江台州产业园设在阿拉尔市,重点发展轻工装备制造、天然气化工以及光伏产业"
A3 = "建设阿克苏浙江产业园是浙江省推动产业援疆的一大决策部署,由浙江省、阿克苏地区、兵团第一师共同实施"
G["oi01"] = dict(
 article=art("阿克苏浙江产业园多区联动 打造经济新增长极", "浙江在线·浙江援疆网（zjnews.zjol.com.cn，“各市动态”栏；存段无署名）", "2013-04-22", "day",
  "Provincial news portal's aid-to-Xinjiang channel, Zhejiang / Xinjiang: a paired-aid industrial park built by Zhejiang in Aksu — seven projects started in its west block (the Aksu ETDZ) with their total investment, the park's three blocks and development area, aims",
  "http://zjnews.zjol.com.cn/system/2013/04/22/019295724.shtml",
  "日期取页面“2013年04月22日 10:23:33”。标题照录；存段页首有“404 Not Found”“ZJOL/96.26.3”字样及浙江援疆网菜单、“您当前的位置…”导航，均已删。存段末段在“由浙江省投资3亿元援建的阿克苏浙江产”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…建设场面随处可见。”，共四段。园区：阿克苏浙江产业园（浙江省、阿克苏地区、兵团第一师共同实施的援疆产业园；阿克苏，新疆）；阿克苏经济技术开发区（即该园“西园”，parent 记阿克苏浙江产业园——园区关系为“一园多区”，开发区本身是独立园区，亦可反过来理解，注明）；浙江台州产业园（设在阿拉尔市，园区三区块之一，parent 阿克苏浙江产业园）；阿克苏纺织工业城（南园所在地，可选）。“南园”“西园”为区块名，不单列。7个集中开工项目未点名，不列项目；“7大项目…总投资达9.91亿元”记为阿克苏经济技术开发区（西园）的开工事实。残句中的“由浙江省投资3亿元援建的…”已删，不计。浙江援疆指挥部、阿克苏地区招商局列可选机构。",
  "oi01"),
 parks=[
  park(AK, "阿克苏", "新疆", "产业园（援疆共建）", A3, note="浙江省、阿克苏地区、兵团第一师共同实施；一园多区（南园、西园、浙江台州产业园）"),
  park(AKE, "阿克苏", "新疆", "经济技术开发区", A0, parent=AK, note="即阿克苏浙江产业园“西园”；parent 关系按文意（西园设在开发区内）"),
  park("浙江台州产业园", "阿拉尔", "新疆", "产业园（援疆共建）", A2, parent=AK, note="阿克苏浙江产业园三区块之一，设在阿拉尔市（兵团第一师）"),
  park("阿克苏纺织工业城", "阿克苏", "新疆", "纺织工业城", "其中南园设在阿克苏纺织工业城", parent=None, opt=True, note="南园所在地"),
 ],
 companies=[],
 institutions=[
  inst("浙江援疆指挥部", "浙江援疆指挥部产业发展与资金管理组组长、阿克苏地区招商局副局长黄勇说"),
  inst("阿克苏地区招商局", "浙江援疆指挥部产业发展与资金管理组组长、阿克苏地区招商局副局长黄勇说"),
 ],
 projects=[],
 aggregate_facts=[
  fact(AKE, "park", "projects_started", 7, "count", A0, "2013年4月（集中开工）", note="西园（阿克苏经济技术开发区）内多家企业集中开工的7大项目"),
  fact(AKE, "park", "projects_started_investment_cny", 9.91e8, "cny", A0, "2013年4月（集中开工）", chk=True),
  fact(AK, "park", "development_area_km2", 20, "km2", A1, "2013年4月（规划）"),
 ])

# ---------------------------------------------------------------- oi02 广州(梅州)产业转移工业园 / 帮扶基金 (xna8 2014)
GM = "广州(梅州)产业转移工业园"
B0 = "今年1至5月,落实了共建广州(梅州)产业转移工业园、广州(梅州)帮扶基金等一批重点工作项目,引进54个招商项目,签约金额 达489.7亿元"
B1 = "截至目前,该园区已引进了香雪制药、省 供销合作社、广汽等广州企业的11个投资项目,总投资达21.5亿元"
B2 = "穗梅两市共同设立资金规模为20亿元的广州(梅州)帮扶基金,属全省首创"
B3 = "目 前,梅州广梅投资企业(有限合伙)已成立,先期10亿元已到账"
B4 = "目前,已有七个县(市、区)和广州相关区签订了产业园共建协议"
_f2 = fund("广州(梅州)帮扶基金", None, B2, size="资金规模为20亿元", note="穗梅两市共同设立；先期10亿元已到账（paid_in_cny）；投向含中心城区扩容提质、广梅产业转移工业园、主导产业引进项目的优惠帮扶")
_f2["paid_in_cny"] = 1e9
G["oi02"] = dict(
 article=art("（无标题）广州对口帮扶梅州：1至5月引进54个招商项目 签约金额489.7亿元 共建广州(梅州)产业转移工业园、设立广州(梅州)帮扶基金", "news.xna8.com（梅州本地新闻站“梅州”栏；署名“记者张柯”，原发媒体存段未示）", "2014-06", "month",
  "Local news site, Guangdong: Guangzhou's paired assistance to Meizhou in Jan–May — investment projects and contract value, the co-built Guangzhou (Meizhou) industrial-transfer park with its Guangzhou firms and their investment, county co-built parks, a 2-billion-yuan assistance fund with its first paid-in tranche",
  "http://news.xna8.com/mz/201406/14451.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 201406（文中“今年1至5月”相合），记 2014-06（month）。存段末段“我市借助广州的规划设计专业优势…推进江南新城市 政基础工程和公共服”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…为我市振兴发展解决资金难题。”，共四段。页面在若干词中夹有空格（“推 动”“签约金额 达”“省 供销合作社”“帮扶机 构”“产业转移 园”“目 前”“引进项目 的”），照录。园区：广州(梅州)产业转移工业园（广州开发区主导共建；梅州，广东；文中又作“广梅产业转移工业园”，列 alias）；广州开发区为共建主导方，列可选园区。公司：香雪制药、广汽（园区已引进的广州企业）；“省 供销合作社”按原文（含空格）列可选；梅州广梅投资企业(有限合伙)为基金载体，列可选公司。基金：广州(梅州)帮扶基金，资金规模20亿元，先期10亿元到账（paid_in_cny 1e9），不属某一园区（park null）。事实：梅州1至5月引进54个招商项目、签约金额489.7亿元（region，cumulative）；园区已引进11个投资项目、总投资21.5亿元（cumulative）；七个县（市、区）签订产业园共建协议（可选）。",
  "oi02"),
 parks=[
  park(GM, "梅州", "广东", "产业转移工业园（共建）", "由广州开发区主导共建的广州(梅州)产业转移工业园,借助广州雄厚实力,通过优势互补,实现产业对接和产业集聚",
       aliases=["广梅产业转移工业园"], note="广州开发区主导共建；文中又作“该园区”“广梅产业转移工业园”"),
  park("广州开发区", "广州", "广东", "经济技术开发区", "由广州开发区主导共建的广州(梅州)产业转移工业园", opt=True, note="共建主导方，非本文主体"),
 ],
 companies=[
  comp("香雪制药", GM, B1, note="园区已引进的广州企业"),
  comp("广汽", GM, B1, note="园区已引进的广州企业"),
  comp("省 供销合作社", GM, B1, opt=True, note="原文词中夹空格（省供销合作社）"),
  comp("梅州广梅投资企业(有限合伙)", None, B3, opt=True, note="广州(梅州)帮扶基金的载体"),
 ],
 funds=[_f2],
 institutions=[
  inst("广州对口帮扶梅州指挥部", "市帮扶办与广州对口帮扶梅州指挥部密切配合、积极协调"),
  inst("市帮扶办", "市帮扶办与广州对口帮扶梅州指挥部密切配合、积极协调", note="梅州市帮扶办（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact("梅州", "region", "projects_signed", 54, "count", B0, "2014年1–5月", kind="cumulative", note="穗梅对口帮扶引进的招商项目"),
  fact("梅州", "region", "signed_investment_cny", 4.897e10, "cny", "引进54个招商项目,签约金额 达489.7亿元", "2014年1–5月", kind="cumulative", chk=True),
  fact(GM, "park", "projects_landed", 11, "count", B1, "2014年5月末", kind="cumulative", note="广州企业的投资项目"),
  fact(GM, "park", "landed_investment_cny", 2.15e9, "cny", "广汽等广州企业的11个投资项目,总投资达21.5亿元", "2014年5月末", kind="cumulative", chk=True),
  fact("梅州", "region", "counties_with_park_coconstruction_agreements", 7, "count", B4, "2014年5月末", opt=True),
 ])

# ---------------------------------------------------------------- oi03 广州花都(清新)汽配产业园 (zxyzs 2015)
HQ = "广州花都(清新)汽配产业园"
C0 = "两区政府于去年8月签署合作共建广州花都(清新)汽配产业园框架协议"
C1 = "该产业园位于清新太平镇,首期规划面积1329亩,目前已完成征地1200多亩并可以交付使用,计划引进汽车零部件企业30家,园区建成后将可实现年产总值50亿元,创造税收3亿元"
C2 = "目前,已引进项目28个,计划投资61.3亿元,其中亿元以上投资项目9个,计划总投资52.6亿元;在建项目13个,计划总投资9.7亿元,累计已投入6.8亿元;2015年新开工项目3个,续建项目10个,总投资8.8亿元"
AS3 = "2015年（座谈会时）"
G["oi03"] = dict(
 article=art("共建产业互补服务互联社会相融新格局", "zxyzs.com（中国选址招商网类站点“广东·招商”栏；原发媒体与署名未注明）", "2015", "year",
  "Investment-promotion site relaying a local news item, Guangdong: a district pair (花都 helping 清新) — their co-built auto-parts park's first-phase area, land acquired, planned firms, expected output and tax, road investment; the pair's projects introduced, under construction and started; livelihood aid",
  "http://zxyzs.com/guangdong/invest/2015/192298.html",
  "存段无日期行；网址 /2015/，文中“2015年新开工项目3个”“去年8月签署…框架协议”，记 2015（year）。标题照录（站点导航“首 页 区县招商…”已删）。存段末为小标题“深化两地帮扶领域和层次”与残句“清远市委要求,包括清新在内的”，两行均删（make_txt.py ITEMS 截至上一段），正文截至“…深化两地的旅游开发与合作。”，含小标题“产业与民生帮扶比翼双飞”一行，共六段。园区：广州花都(清新)汽配产业园（清远市清新区太平镇，广东；花都、清新两区政府2014年8月签署共建框架协议）。园区事实：首期规划面积1329亩；已完成征地1200多亩（余）；计划引进汽车零部件企业30家、建成后年产总值50亿元、税收3亿元（target）；投资6000万元启动道路等基础设施（reported）。“已引进项目28个…”一句是两地联合招商为清新引进的项目（文中未说落在园区），subject 记“清新”（region）。花都区、清新区为区，不是园区。无具名公司与项目。",
  "oi03"),
 parks=[
  park(HQ, "清远", "广东", "产业园（汽配，共建）", C0, district="清新区", note="花都区与清新区合作共建；位于清新太平镇；文中又作“该产业园”“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(HQ, "park", "phase1_planned_area_mu", 1329, "mu", C1, AS3),
  fact(HQ, "park", "land_acquired_mu", 1200, "mu", C1, AS3, qual="余", qtext="多"),
  fact(HQ, "park", "planned_firms", 30, "count", C1, "建成后（计划）", kind="target", note="计划引进汽车零部件企业"),
  fact(HQ, "park", "expected_annual_output_cny", 5e9, "cny", "园区建成后将可实现年产总值50亿元,创造税收3亿元", "建成后（预期）", kind="target", chk=True),
  fact(HQ, "park", "expected_annual_tax_cny", 3e8, "cny", "创造税收3亿元", "建成后（预期）", kind="target", chk=True),
  fact(HQ, "park", "infrastructure_investment_cny", 6e7, "cny", "并投资了6000万元启动“一横三纵”四条道路以及相关基础设施建设", AS3, chk=True),
  fact("清新", "region", "projects_landed", 28, "count", C2, AS3, kind="cumulative", note="两地联合招商引进；园区未说"),
  fact("清新", "region", "landed_investment_cny", 6.13e9, "cny", "已引进项目28个,计划投资61.3亿元", AS3, kind="cumulative", chk=True),
  fact("清新", "region", "projects_over_100m", 9, "count", "其中亿元以上投资项目9个,计划总投资52.6亿元", AS3, kind="cumulative", opt=True),
  fact("清新", "region", "projects_under_construction", 13, "count", "在建项目13个,计划总投资9.7亿元,累计已投入6.8亿元", AS3),
  fact("清新", "region", "projects_under_construction_investment_cny", 9.7e8, "cny", "计划总投资9.7亿元,累计已投入6.8亿元", AS3, chk=True, opt=True),
  fact("清新", "region", "projects_started", 3, "count", "2015年新开工项目3个,续建项目10个,总投资8.8亿元", "2015年", opt=True),
 ])

# ---------------------------------------------------------------- oi04 深汕特别合作区 2016年第四次投资环境推介 (ytbac 2016)
SS = "深汕特别合作区"
YT = "广东省机场管理集团翼通商务航空服务有限公司"
D0 = "12月21日下午,深汕特别合作区2016年第四次投资环境推介活动在深圳举行。共与24家企业签订了投资协议"
D1 = "翼通商务航空服务有限公司拟将投资建设深汕特别合作区直升机起降点和小型商务飞机跑道"
D2 = "翼通公司运营总监赖锡荣先生参加了此次签约仪式并代表翼通公司签署了投资协议"
D3 = "截至目前,深汕特别合作区签约项目累计达244个,意向投资金额4650.89亿元"
G["oi04"] = dict(
 article=art("（无标题）深汕特别合作区2016年第四次投资环境推介活动在深圳举行 与24家企业签订投资协议", "ytbac.com（企业网站“新闻”页转载；原发媒体与署名未注明）", "2016-12", "month",
  "Company website relaying a news item, Guangdong: a Shenzhen–Shanwei co-built special cooperation zone's investment-promotion event — 24 firms signed, an aviation firm's planned helipad and airstrip, a health group among the signers, the zone's cumulative signed projects and intended investment",
  "http://www.ytbac.com/Info-newsDetail-id-148.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“12月21日下午,深汕特别合作区2016年第四次投资环境推介活动”，活动日2016年12月21日，发布日不详，记 2016-12（month）。存段末段在“致力于打造“深圳总”处中断，该句（自“深汕特别合作区有关部门负责人表示”起）已删（make_txt.py LINE_SUFFIX），正文截至“…意向投资金额4650.89亿元。”，共五段。第二段两处“深圳特别合作区”原文如此（应为深汕），照录并列为 alias。园区：深汕特别合作区（深圳、汕尾共建；汕尾，广东）；“滨海生命健康城”为合作区板块，列可选园区（parent 深汕特别合作区）。公司：广东省机场管理集团翼通商务航空服务有限公司（又作“翼通商务航空服务有限公司”“翼通公司”），签署投资协议；恒大健康产业集团有限公司（签约企业之一）。项目：翼通拟投资建设的“深汕特别合作区直升机起降点和小型商务飞机跑道”——已签署投资协议（签约），无金额。事实：本次与24家企业签订投资协议；截至目前签约项目累计244个、意向投资金额4650.89亿元（cumulative）。市领导、管委会领导不列；深圳对口帮扶汕尾指挥部列可选机构。",
  "oi04"),
 parks=[
  park(SS, "汕尾", "广东", "特别合作区（深圳、汕尾共建）", D0, aliases=["深圳特别合作区"], note="文中又作“合作区”；第二段两处误作“深圳特别合作区”（原文如此）"),
  park("滨海生命健康城", "汕尾", "广东", "板块", "此外,在滨海生命健康城、新能源及大数据和综合配套等其他七个板块也有多项重大签约", parent=SS, opt=True, note="合作区八大产业板块之一"),
 ],
 companies=[
  comp(YT, SS, "广东省机场管理集团翼通商务航空服务有限公司作为此次唯一一家航空业公司正式加入了深汕特别合作区航空航天板块发展计划",
       aliases=["翼通商务航空服务有限公司", "翼通公司"], note="签署投资协议"),
  comp("恒大健康产业集团有限公司", SS, "其中包括了恒大健康产业集团有限公司等多家知名企业", note="在其他板块重大签约的企业之一"),
 ],
 institutions=[
  inst("深圳对口帮扶汕尾指挥部", "副市长、深圳对口帮扶汕尾指挥部总指挥、深汕特别合作区管委会主任何学文作合作区发展规划和投资环境介绍"),
 ],
 projects=[
  proj("深汕特别合作区直升机起降点和小型商务飞机跑道", SS, D1, companies=[YT], status="签约", status_text="签署了投资协议",
       note="翼通“拟将投资建设”，已签署投资协议（见 D2）；无金额"),
 ],
 aggregate_facts=[
  fact(SS, "park", "firms_signed", 24, "count", D0, "2016年12月21日（推介活动）", note="签订投资协议的企业"),
  fact(SS, "park", "projects_signed", 244, "count", D3, "2016年12月", kind="cumulative"),
  fact(SS, "park", "signed_investment_cny", 4.65089e11, "cny", D3, "2016年12月", kind="cumulative", chk=True, note="意向投资金额"),
 ])

# ---------------------------------------------------------------- oi05 芦天宝飞地园区 升格建议 (川报 via cnipai 2018)
LT = "芦天宝飞地产业园区"
E0 = "雅安市依托雅安经济开发区建设以芦山、宝兴、天全三个重灾县命名的“芦天宝飞地产业园区”位于名山区,几家共同投资,发展成果按出资比例分享"
E1 = "2014年7月,震后雅安首个签约重大招商引资产业项目——王老吉大健康产业(雅安)生产基地项目在飞地园区试生产"
E2 = "同年,中国恒天集团投资30亿元、年产10万辆大型SUV(越野车)的雅安汽车生产基地项目正式开工建设"
E3 = "总投资12亿元的四川建安300万套车桥扩能项目正式开工建设"
G["oi05"] = dict(
 article=art("将芦天宝飞地园区升格为国家级经开区", "四川日报（川报集团特派记者 张守帅），载于 sc.cnipai.com（工业园网 cnrepark 四川站，用户上传）", "2018-03-15", "day",
  "Provincial daily's NPC-session item on an industrial-park portal, Sichuan: a city mayor proposes upgrading a post-earthquake enclave park (named after three stricken counties, built on the city's development zone) — its sharing model, a project in trial production and two started in 2014 with investment",
  "https://sc.cnipai.com/news/detail/190189.html",
  "日期取页面“2018 03/15 10:53”。标题照录；站名“四川切换”“新闻”、日期行、文末免责声明与举报行已删；署名行“□川报集团特派记者 张守帅”保留为首段。正文完整，共六段。园区：芦天宝飞地产业园区（文中引号内写法；又作“芦天宝飞地园区”“芦天宝飞地产业园”“飞地园区”；雅安市名山区，四川；依托雅安经济开发区建设，parent 记雅安经济开发区）。项目：王老吉大健康产业(雅安)生产基地项目（2014年7月在飞地园区试生产→投产，status_text 试生产；无金额）；雅安汽车生产基地项目（中国恒天集团投资30亿元，2014年正式开工建设→开工）；四川建安300万套车桥扩能项目（总投资12亿元，开工）。后两项“同年”即2014年，园区文中未逐项重复，按上下文（飞地园区的项目列举）记芦天宝飞地产业园区。公司：中国恒天集团（投资方，在园）；王老吉大健康产业、四川建安只在项目名中，列可选。芦山、宝兴、天全为县，不是园区。无数值事实（“五年整体跨越、七年同步小康”为目标口号，不计）。",
  "oi05"),
 parks=[
  park(LT, "雅安", "四川", "飞地产业园区", E0, district="名山区", parent="雅安经济开发区",
       aliases=["芦天宝飞地园区", "芦天宝飞地产业园"], note="芦山、宝兴、天全三县灾后重建飞地园区；文中又作“飞地园区”"),
  park("雅安经济开发区", "雅安", "四川", "经济开发区", E0, opt=True, note="芦天宝飞地产业园区依托其建设"),
 ],
 companies=[
  comp("中国恒天集团", LT, E2, note="雅安汽车生产基地项目投资方"),
  comp("王老吉大健康产业", LT, E1, opt=True, note="只在项目名中"),
  comp("四川建安", LT, E3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("王老吉大健康产业(雅安)生产基地项目", LT, E1, companies=["王老吉大健康产业"], status="投产", status_text="试生产",
       note="2014年7月试生产；震后雅安首个签约重大招商引资产业项目"),
  proj("雅安汽车生产基地项目", LT, E2, companies=["中国恒天集团"], inv="投资30亿元", status="开工", status_text="正式开工建设",
       note="2014年开工；年产10万辆大型SUV"),
  proj("四川建安300万套车桥扩能项目", LT, E3, companies=["四川建安"], inv="总投资12亿元", status="开工", status_text="正式开工建设",
       note="2014年开工"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- oi06 遂宁船山 “飞地园区” (中国网 2020)
FD = "飞地园区"
LH = "利和科技覆铜板生产基地(一期)项目"
F0 = "今年“飞地园区”已完成场平200亩、主干道路1公里路基工程、改扩建及迁改水电气等管网10公里、新征地500亩等,招引了利和科技、同泰半导体、睿杰鑫PCB、精密刀具4个项目,总投资41.5亿元"
F1 = "园区总体规划面积3000亩,分三期实施"
F2 = "预计到2025年,落地项目30个以上,实现产值200亿元;到2030年项目完全建成投产,落地项目50个以上,实现产值500亿元"
F3 = "在“飞地园区”项目施工现场,首个落地项目——利和科技覆铜板生产基地(一期)项目正在紧张有序建设中"
G["oi06"] = dict(
 article=art("遂宁船山:“飞地园区”项目建设有序推进", "中国网（sc.china.com.cn 四川频道；编辑 周姿彤）", "2020-12-14", "day",
  "National portal's provincial channel, Sichuan: a three-party east–west co-built enclave park in a district (Zhejiang cities' industry, a Tibetan-area county's policy, the host district's platform) — the year's site work and four projects attracted with total investment, planned area and 2025/2030 targets, the first project under construction",
  "http://sc.china.com.cn/2020/difang/1332/1214/391060.html",
  "日期取页面“时间:2020-12-14 14:18:39”；标题照录；来源编辑行已删。存段在末段“项目全部建成后,可实现年产覆铜板1200万张,年产值22.”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…2021年1月份将完成一期建成并试运行。”，共五段。园区：文中只作“飞地园区”（遂宁市船山区，四川；浙江东阳、永康，阿坝州理县，船山区三方东西扶贫协作共建；全称文中未出，不补）。项目：利和科技覆铜板生产基地(一期)项目（首个落地项目，“正在紧张有序建设中”→在建；分两期，2021年1月一期建成试运行）；今年招引的另三个项目以企业/产品名称呼（同泰半导体、睿杰鑫PCB、精密刀具），状态只写“招引”，不设状态；4个项目合计41.5亿元为园区事实，不分摊。公司：利和科技、同泰半导体、睿杰鑫PCB（在园）；“精密刀具”非企业名，只作项目（可选）。事实：场平200亩、新征地500亩（2020年，可选）；招引项目4个、总投资41.5亿元（2020年，cumulative）；总体规划面积3000亩；2025年落地项目30个以上、产值200亿元，2030年落地项目50个以上、产值500亿元（target，超）。",
  "oi06"),
 parks=[
  park(FD, "遂宁", "四川", "飞地园区（东西部协作共建）", F0, district="船山区", note="文中只作“飞地园区”；浙江东阳、永康，阿坝州理县，船山区三方共建；文中又作“园区”"),
 ],
 companies=[
  comp("利和科技", FD, F0, note="首个落地项目的企业"),
  comp("同泰半导体", FD, F0, note="今年招引的项目（以企业名称呼）"),
  comp("睿杰鑫PCB", FD, F0, note="今年招引的项目（以企业名称呼）"),
 ],
 institutions=[],
 projects=[
  proj(LH, FD, F3, companies=["利和科技"], phase="一期", status="在建", status_text="正在紧张有序建设中",
       note="首个落地项目；项目分两期建设，2021年1月份一期建成并试运行"),
  proj("同泰半导体", FD, F0, companies=["同泰半导体"], note="今年招引；以企业名作项目名；无单项金额"),
  proj("睿杰鑫PCB", FD, F0, companies=["睿杰鑫PCB"], note="今年招引；以企业名作项目名；无单项金额"),
  proj("精密刀具", FD, F0, opt=True, note="今年招引；以产品名作项目名；无单项金额"),
 ],
 aggregate_facts=[
  fact(FD, "park", "projects_attracted", 4, "count", F0, "2020年（截至12月）", kind="cumulative"),
  fact(FD, "park", "attracted_investment_cny", 4.15e9, "cny", "招引了利和科技、同泰半导体、睿杰鑫PCB、精密刀具4个项目,总投资41.5亿元", "2020年（截至12月）", kind="cumulative", chk=True),
  fact(FD, "park", "land_leveled_mu", 200, "mu", F0, "2020年（截至12月）", kind="cumulative", opt=True),
  fact(FD, "park", "land_acquired_mu", 500, "mu", F0, "2020年（截至12月）", kind="cumulative", opt=True),
  fact(FD, "park", "planned_area_mu", 3000, "mu", F1, "2020年12月（规划）"),
  fact(FD, "park", "projects_landed", 30, "count", F2, "2025年（目标）", kind="target", qual="超", qtext="以上"),
  fact(FD, "park", "output_cny", 2e10, "cny", "预计到2025年,落地项目30个以上,实现产值200亿元", "2025年（目标）", kind="target", chk=True),
  fact(FD, "park", "projects_landed", 50, "count", "到2030年项目完全建成投产,落地项目50个以上,实现产值500亿元", "2030年（目标）", kind="target", qual="超", qtext="以上"),
  fact(FD, "park", "output_cny", 5e10, "cny", "到2030年项目完全建成投产,落地项目50个以上,实现产值500亿元", "2030年（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- oi07 鄞州—衢江产业飞地 (经济日报 2023)
YQ = "鄞州—衢江产业飞地"
G0 = "记者近日来到位于浙江省宁波市鄞州经济开发区的鄞州—衢江产业飞地,这里的企业正满负荷生产"
G1 = "据了解,鄞衢产业飞地已有包括华朔科技在内的10家鄞州企业入驻,截至去年底产值超5亿元,成为浙江省首个投产的山海协作产业飞地"
G2 = "2021年12月开建的鄞衢产业飞地,总规划占地1501亩,目标是在5年内打造以高端装备制造和新材料为主导的产业集群"
G3 = "和华朔科技同处鄞衢产业飞地的宁波任翔机电有限公司,是飞地内首家投产的企业"
G["oi07"] = dict(
 article=art("产业飞地架起共富桥", "经济日报（本报记者 郁进东），载于中国经济网 www.ce.cn", "2023-04-25", "day",
  "National economic daily, Zhejiang: a mountain–sea cooperation enclave of an inland district inside a coastal district's development zone — firms entered, last year's output, planned area, two named firms with plant and expected output",
  "http://www.ce.cn/cysc/newmain/yc/jsxw/202304/25/t20230425_38517191.shtml",
  "日期取页面“2023年04月25日 07:18 来源:经济日报 本报记者 郁进东”。标题照录；“手机看中经…”与日期来源行已删。存段末段在“其中,坐落于宁波南部商务”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…飞地建设也加快推进。”，共五段。园区：鄞州—衢江产业飞地（又作“鄞衢产业飞地”“飞地”；衢州衢江区在宁波鄞州区的山海协作产业飞地，位于鄞州经济开发区，parent 记鄞州经济开发区；宁波，浙江）；鄞州经济开发区另列。公司：华朔科技有限公司（又作“华朔科技”，去年5月入驻）、宁波任翔机电有限公司（飞地内首家投产企业）均在飞地。事实：入驻鄞州企业10家；截至2022年底产值超5亿元（超）；总规划占地1501亩；任翔机电预计年产值1亿元（target）；华朔新厂房4万平方米、已有一半投产（可选）。“科创飞地、消薄飞地”未具名，不列。",
  "oi07"),
 parks=[
  park(YQ, "宁波", "浙江", "产业飞地（山海协作）", G0, district="鄞州区", parent="鄞州经济开发区", aliases=["鄞衢产业飞地"],
       note="衢江区在鄞州区的山海协作产业飞地；2021年12月开建"),
  park("鄞州经济开发区", "宁波", "浙江", "经济开发区", G0, district="鄞州区", note="产业飞地所在园区"),
 ],
 companies=[
  comp("华朔科技有限公司", YQ, "去年5月份入驻的华朔科技有限公司负责人王洪彪介绍", aliases=["华朔科技"], note="2022年5月入驻"),
  comp("宁波任翔机电有限公司", YQ, G3, note="飞地内首家投产的企业"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(YQ, "park", "firms", 10, "count", G1, "2023年4月", note="入驻的鄞州企业"),
  fact(YQ, "park", "output_cny", 5e8, "cny", "截至去年底产值超5亿元", "2022年", qual="超", qtext="超", chk=True),
  fact(YQ, "park", "planned_area_mu", 1501, "mu", G2, "2023年4月（规划）"),
  fact("宁波任翔机电有限公司", "company", "expected_annual_output_cny", 1e8, "cny", "进入批量生产后,日产能达4000件,预计年产值1亿元", "批量生产后（预期）", kind="target", chk=True),
  fact("华朔科技有限公司", "company", "plant_floor_area_m2", 4e4, "m2", "“总面积4万平方米的新厂房目前已有一半投入生产", "2023年4月", opt=True),
 ])

# ---------------------------------------------------------------- oi08 江阴—靖江工业园区 20周年 (新华报业 2023)
JJ = "江阴—靖江工业园区"
H0 = "当天,江阴-靖江工业园区管委会分别与江苏长强钢铁、无锡欧洛普科技、苏州远方电梯、江苏云瑶文化签订了4个重大产业项目"
H1 = "园区管委会分别与苏州科合科技、上海交大技术转移中心、燕山大学签订了澄靖科创园、科创战略合作、科技成果转化中心等3个科技项目"
H2 = "园区企业中建钢构与哈尔滨工业大学签订了大跨空间结构性能技术产学研合作项目"
H3 = "园区办事处五星村与江苏新扬子造船、万丰村与江苏长强钢铁、迎江村与中建钢构、四圩村与大明重工分别签订了村企结对共建协议"
G["oi08"] = dict(
 article=art("（无标题）江苏江阴—靖江工业园区高质量跨江融合发展大会在靖江举行 签约4个重大产业项目、3个科技项目", "新华报业网 xhby.net（存段无署名）", "2023-12", "month",
  "Provincial press group's portal, Jiangsu: the 20th-anniversary conference of a cross-river park co-built by two county-level cities — a new cooperation agreement, four major industrial projects signed with named firms, three science projects, a park firm's university project, village–firm pairings",
  "https://www.xhby.net/content/s658e8884e4b0057884fc263b.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“12月下旬…在靖江举行”“在2023年各项工作冲刺收官的关键时刻”，记 2023-12（month；网址对象号的时间戳相当于2023-12-29，未作依据）。存段末段在“江阴市委市政府”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…再展新姿。”，共五段。园区：江阴—靖江工业园区（文中又作“江苏江阴—靖江工业园区”“江阴-靖江工业园区”“园区”；江阴、靖江两市跨江联动共建，位于靖江，泰州，江苏）；靖江经济技术开发区只在官员职务中，列可选园区。项目：四个重大产业项目未具名，不另立项目（四家签约企业列为公司，park 记园区）；科技项目“澄靖科创园”（与苏州科合科技签订→签约）；“科创战略合作”“科技成果转化中心”（与上海交大技术转移中心、燕山大学签订，可选）；中建钢构与哈尔滨工业大学的“大跨空间结构性能技术产学研合作项目”（签约，可选）。公司：江苏长强钢铁、无锡欧洛普科技、苏州远方电梯、江苏云瑶文化（与园区签约）；中建钢构（“园区企业”）；苏州科合科技（可选）；江苏新扬子造船、大明重工（村企结对，可选，园区按语境）。高校与技术转移中心列可选机构。六圩新安置区等民生项目不列。事实：签订重大产业项目4个、科技项目3个（可选）。",
  "oi08"),
 parks=[
  park(JJ, "泰州", "江苏", "工业园区（跨江共建）", "江苏江阴—靖江工业园区高质量跨江融合发展大会在靖江举行", district="靖江市",
       aliases=["江苏江阴—靖江工业园区", "江阴-靖江工业园区"], note="江阴、靖江两市联动共建，20周年；文中又作“园区”"),
  park("靖江经济技术开发区", "泰州", "江苏", "经济技术开发区", "靖江市委书记、靖江经济技术开发区党工委书记张长平分别致辞", district="靖江市", opt=True, note="只在职务中"),
 ],
 companies=[
  comp("江苏长强钢铁", JJ, H0, note="与园区管委会签订重大产业项目"),
  comp("无锡欧洛普科技", JJ, H0, note="同上"),
  comp("苏州远方电梯", JJ, H0, note="同上"),
  comp("江苏云瑶文化", JJ, H0, note="同上"),
  comp("中建钢构", JJ, H2, note="园区企业"),
  comp("苏州科合科技", JJ, H1, opt=True, note="澄靖科创园签约方"),
  comp("江苏新扬子造船", JJ, H3, opt=True, note="村企结对；园区按语境"),
  comp("大明重工", JJ, H3, opt=True, note="村企结对；园区按语境"),
 ],
 institutions=[
  inst("上海交大技术转移中心", H1, kind="university"),
  inst("燕山大学", H1, kind="university"),
  inst("哈尔滨工业大学", H2, kind="university"),
 ],
 projects=[
  proj("澄靖科创园", JJ, H1, companies=["苏州科合科技"], status="签约", status_text="签订", note="科技项目"),
  proj("科创战略合作", JJ, H1, status="签约", status_text="签订", opt=True, note="与上海交大技术转移中心；合作协议"),
  proj("科技成果转化中心", JJ, H1, status="签约", status_text="签订", opt=True, note="与燕山大学"),
  proj("大跨空间结构性能技术产学研合作项目", JJ, H2, companies=["中建钢构"], status="签约", status_text="签订", opt=True, note="园区企业与高校的产学研合作"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "projects_signed", 4, "count", H0, "2023年12月（大会当天）", note="重大产业项目"),
  fact(JJ, "park", "tech_projects_signed", 3, "count", H1, "2023年12月（大会当天）", opt=True),
 ])
