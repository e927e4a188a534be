# real53 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word); “达”“高达” are no qualifier.
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount written without
# 元 (“200亿”) stays in investment_text with investment_cny null (unparsed=True), and a fact built on it gets a metric name
# without the _cny suffix. Growth rates and shares as ratios. Projects: the park is the one the text places the project in,
# null if none (a city, county or district is not a park). Status from the text's words (开工建设 → 开工; 正在加紧建设 → 在建;
# 竣工投产 / 投产 → 投产; 试生产 → 投产 with status_alt 在建; 签约 / 签约落户 → 签约; 决定投资建设 → planned; 落户 alone → no
# status). Year-to-date and “since 2017” counts are cumulative; “预计” figures are target. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/zwNN.raw as returned.

# ---------------------------------------------------------------- zw01 泉州台商投资区 (中国新闻网 2013)
QZ = "泉州台商投资区"
A0 = "国家级台商投资区——福建泉州台商投资区再次以大手笔引人注目:包括东西主干道二期、玖龙50万吨文化纸、台湾宽维电机及生物科技等在内的百余项重大招商、建设项目签约暨开竣工仪式,25日在泉州台商投资区举行"
A1 = "此次集中举行的开竣工项目共102个,总投资248.7亿元人民币;集中签约招商项目共15个,总投资261亿元"
A2 = "作为国家级的台商投资区,此次签约落户泉州台商投资区、总投资11.8亿元的5个台资项目备受关注,包括台湾宽维电机及生物科技、台湾李时珍中侨药业制药、钜闽机械制造项目、良机项目、台湾蒙帝菲诺游艇制造机配套项目等"
A3 = "在签约仪式上,投资意向高达200亿的世茂蓝色海湾项目也成为一大亮点"
AS1 = "2013-03-25"
G["zw01"] = dict(
 article=art("泉州台商投资区百余项目落户开工 投资额超500亿", "中国新闻网（中新网泉州电，林永传 郭斌）", "2013-03-25", "day",
  "National wire's regional story, Fujian: a Taiwanese-investment zone's joint signing and groundbreaking/completion ceremony — counts and totals of projects started or completed and signed, five named Taiwanese projects signed with their joint total, named infrastructure and industrial projects, a developer's project of intent",
  "http://www.chinanews.com/tw/2013/03-25/4673236.shtml",
  "日期取页面“2013年03月25日 14:02 来源:中国新闻网”。标题照录；频道导航两行与日期来源行已删。存段在末段“该项目由世茂集团投资,项目拟以海丝文化为纽带,项目涉及…游艇码头及配套酒店”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…也成为一大亮点。”，共六段。园区：泉州台商投资区（国家级台商投资区；泉州，福建；首句作“福建泉州台商投资区”，列为别名；“台商投资区”单用不作别名）。项目：五个台资项目“签约落户泉州台商投资区”→签约，只有合计“总投资11.8亿元”，不分摊到单个项目（合计另记事实）；“李时珍医药项目”为台湾李时珍中侨药业制药的别称。东西主干道二期、玖龙50万吨文化纸只出现在“百余项重大招商、建设项目签约暨开竣工仪式”的列举中，签约还是开工/竣工文中未分，status 留空。世茂蓝色海湾项目：“在签约仪式上…投资意向高达200亿”——金额无“元”字且为意向，investment_cny 留空（unparsed），status 留空（文中未说已签约），园区由活动地点推断为泉州台商投资区（注明）。宽维电机、李时珍中侨药业同时可视为企业，列为可选公司。事实：开竣工项目102个、总投资248.7亿元；签约项目15个、总投资261亿元；5个台资项目、11.8亿元；标题“投资额超500亿”（无“元”字，可选）；“百余项”（可选）。",
  "zw01"),
 parks=[
  park(QZ, "泉州", "福建", "台商投资区（国家级）", A0, aliases=["福建泉州台商投资区"], note="首句作“福建泉州台商投资区”；文中又作“台商投资区”"),
 ],
 companies=[
  comp("台湾宽维电机及生物科技", QZ, A2, opt=True, note="台资签约项目，亦可视为企业（生产研发无刷马达等）"),
  comp("台湾李时珍中侨药业制药", QZ, A2, opt=True, note="台资签约项目，亦可视为企业"),
  comp("玖龙", QZ, A0, opt=True, note="只在项目名“玖龙50万吨文化纸”中"),
 ],
 institutions=[
  inst("台商投资区管委会", "台商投资区管委会负责人表示", park=QZ),
 ],
 projects=[
  proj("东西主干道二期", QZ, A0, phase="二期", note="列于“签约暨开竣工仪式”的项目中；签约还是开竣工未分，status 留空；基础设施"),
  proj("玖龙50万吨文化纸", QZ, A0, note="列于“签约暨开竣工仪式”的项目中；status 留空"),
  proj("台湾宽维电机及生物科技", QZ, A2, companies=["台湾宽维电机及生物科技"], status="签约", status_text="签约落户泉州台商投资区",
       note="5个台资项目合计总投资11.8亿元，单项金额未给"),
  proj("台湾李时珍中侨药业制药", QZ, A2, companies=["台湾李时珍中侨药业制药"], status="签约", status_text="签约落户泉州台商投资区",
       aliases=["李时珍医药项目"], note="下文称“李时珍医药项目”；合计金额见上"),
  proj("钜闽机械制造项目", QZ, A2, status="签约", status_text="签约落户泉州台商投资区"),
  proj("良机项目", QZ, A2, status="签约", status_text="签约落户泉州台商投资区"),
  proj("台湾蒙帝菲诺游艇制造机配套项目", QZ, A2, status="签约", status_text="签约落户泉州台商投资区"),
  proj("世茂蓝色海湾项目", QZ, A3, inv="投资意向高达200亿", unparsed=True,
       note="“投资意向高达200亿”：无“元”字、意向额，investment_cny 留空；“在签约仪式上…成为一大亮点”，未明说已签约，status 留空；园区由活动地点推断"),
 ],
 aggregate_facts=[
  fact(QZ, "park", "projects_started_or_completed", 102, "count", A1, AS1, note="集中开竣工项目"),
  fact(QZ, "park", "started_completed_projects_investment_cny", 2.487e10, "cny", "总投资248.7亿元人民币", AS1, chk=True),
  fact(QZ, "park", "projects_signed", 15, "count", A1, AS1, note="集中签约招商项目"),
  fact(QZ, "park", "signed_investment_cny", 2.61e10, "cny", "总投资261亿元", AS1, chk=True),
  fact(QZ, "park", "taiwan_projects_signed", 5, "count", A2, AS1),
  fact(QZ, "park", "taiwan_projects_signed_investment_cny", 1.18e9, "cny", "总投资11.8亿元的5个台资项目备受关注", AS1, chk=True),
  fact(QZ, "park", "total_investment", 5e10, "cny", "泉州台商投资区百余项目落户开工 投资额超500亿", AS1, qual="超", qtext="超", opt=True,
       note="标题；无“元”字（248.7亿元+261亿元）"),
  fact(QZ, "park", "projects_total", 100, "count", A0, AS1, qual="余", qtext="余", opt=True, note="“百余项重大招商、建设项目”"),
 ])

# ---------------------------------------------------------------- zw02 扶绥 三大园区 (左江日报 2020)
KG = "南宁空港扶绥经济区"
QN = "广西中国―东盟青年产业园"
SX = "广西山圩产业园"
FS3 = "扶绥县三大园区"
B0 = "集中力量做大做强南宁空港扶绥经济区、崇左市广西中国―东盟青年产业园和广西山圩产业园"
B1 = "2017年以来,全县三大园区共签约项目217个、竣工投产97个,规上工业企业从39家增加至117家、超过全市总量1/3"
B2 = "休闲食品产业方面,金冠食品、桂和堂、华林食品等项目相继竣工投产"
B3 = "尤其是今年7月试生产的达利食品项目,该项目总投资达5亿元,建有国际最先进的6条饮料生产线和13条食品加工生产线"
B4 = "仅两年时间,入驻的电子企业从无到有、从少到多,聚弘光电、大展科等9家电子信息企业投产,在建6家,形成新产业的初步集聚"
B5 = "现代物流方面,有宇培、荣桂等上市公司或区内大企业入驻"
B6 = "科教文化方面,广西外国语学院、广西自然资源职业技术学院2019年建成招生,广西水产畜牧职业技术学院加快建设"
ASB = "2017年至2020年10月"
G["zw02"] = dict(
 article=art("扶绥工业经济主战场战绩辉煌", "左江日报（崇左），载于 yybnet.net（地方网·崇左·扶绥）", "2020-10-11", "day",
  "City daily via a regional portal, Guangxi: a county's three industrial parks since 2017 — projects signed and completed, above-scale firms, above-scale output and its share and growth, one park's sectors with named projects in production or trial production, electronics firms in production and under construction, logistics firms and colleges",
  "https://m.yybnet.net/chongzuo/fusui/202010/10917894.html",
  "日期取页面“左江日报 2020-10-11 10:19”。标题照录；“左江日报 2020-10-11 10:19 大字”行已删。存段在末段“总投资1200亿元的恒大文化旅游康养城项目今年4月3日正式签约落户”处中断（句未完），该句已删（make_txt.py LINE_SUFFIX），正文截至“…加快建设。”，共七段。园区：南宁空港扶绥经济区（文中又作“空港经济区”）、广西中国―东盟青年产业园（“崇左市”前缀不入名；破折号照录为“―”）、广西山圩产业园，均在崇左市扶绥县。“青创基地”为空港经济区内平台，可选园区。217/97/39→117/113.62→172.94亿元/86.8%/15%为“全县三大园区”合计（subject 记“扶绥县三大园区”）；“规上工业企业从39家增加至117家”紧接在“全县三大园区共…”之后，按三大园区记（也可能指全县，注明）。“列入自治区层面统筹推进重大项目57个”“双百双新”10个、占62.5%主语为县，可选。空港经济区一段之后的“休闲食品/电子信息/现代物流/科教文化方面”按上下文都属空港经济区（推断）：金冠食品、桂和堂、华林食品“等项目相继竣工投产”→投产；达利食品项目“今年7月试生产”→投产（alt 在建），总投资达5亿元；聚弘光电、大展科等9家电子企业投产（公司）；宇培、荣桂入驻（公司）；三所院校列可选机构。",
  "zw02"),
 parks=[
  park(KG, "崇左", "广西", "经济区（空港）", B0, district="扶绥县", aliases=["空港经济区"], note="文中又作“该县空港经济区”"),
  park(QN, "崇左", "广西", "产业园", B0, district="扶绥县", note="文中作“崇左市广西中国―东盟青年产业园”"),
  park(SX, "崇左", "广西", "产业园", B0, district="扶绥县"),
  park("青创基地", "崇左", "广西", "平台（电子信息）", "电子信息产业方面,以青创基地为平台", district="扶绥县", parent=KG, opt=True,
       note="空港经济区电子信息产业的平台（按上下文推断）"),
 ],
 companies=[
  comp("金冠食品", KG, B2, opt=True, note="以企业名作项目名；园区按上下文推断"),
  comp("桂和堂", KG, B2, opt=True, note="同上"),
  comp("华林食品", KG, B2, opt=True, note="同上"),
  comp("达利食品", KG, B3, opt=True, note="只在项目名中"),
  comp("聚弘光电", KG, B4, note="电子信息企业，已投产；园区按上下文推断"),
  comp("大展科", KG, B4, note="同上"),
  comp("宇培", KG, B5, note="上市公司或区内大企业，入驻；园区按上下文推断"),
  comp("荣桂", KG, B5, note="同上"),
 ],
 institutions=[
  inst("广西外国语学院", B6, kind="university", park=KG),
  inst("广西自然资源职业技术学院", B6, kind="university", park=KG),
  inst("广西水产畜牧职业技术学院", B6, kind="university", park=KG),
 ],
 projects=[
  proj("金冠食品", KG, B2, companies=["金冠食品"], status="投产", status_text="相继竣工投产", note="以企业名作项目名"),
  proj("桂和堂", KG, B2, companies=["桂和堂"], status="投产", status_text="相继竣工投产", note="同上"),
  proj("华林食品", KG, B2, companies=["华林食品"], status="投产", status_text="相继竣工投产", note="同上"),
  proj("达利食品项目", KG, B3, companies=["达利食品"], inv="总投资达5亿元", status="投产", status_alt="在建", status_text="今年7月试生产",
       note="“达”不作限定词"),
 ],
 aggregate_facts=[
  fact(FS3, "park", "projects_signed", 217, "count", B1, ASB, kind="cumulative"),
  fact(FS3, "park", "projects_completed_in_production", 97, "count", B1, ASB, kind="cumulative", note="竣工投产"),
  fact(FS3, "park", "above_scale_firms", 117, "count", B1, "2020年10月", note="由39家增至117家；主语按三大园区（或为全县）"),
  fact(FS3, "park", "above_scale_firms", 39, "count", B1, "2017年（起点）", opt=True),
  fact(FS3, "park", "industrial_output_above_scale_cny", 1.7294e10, "cny", "2019年172.94亿元,占全县工业总产值86.8%", "2019年", chk=True),
  fact(FS3, "park", "industrial_output_above_scale_cny", 1.1362e10, "cny", "三大园区规上工业总产值从113.62亿元", "2017年以前（起点，文中未给年份）", chk=True, opt=True),
  fact(FS3, "park", "share_of_county_industrial_output", 0.868, "ratio", "占全县工业总产值86.8%", "2019年", kind="ratio"),
  fact(FS3, "park", "industrial_output_above_scale_annual_growth", 0.15, "ratio", "年均增长15%", "2017年至2019年", kind="ratio"),
  fact("扶绥县", "region", "major_projects_listed", 57, "count", "列入自治区层面统筹推进重大项目57个", "2020年10月", opt=True),
  fact("扶绥县", "region", "shuangbai_shuangxin_projects", 10, "count", "纳入自治区“双百双新”项目10个、占全市的62.5%", "2020年10月", opt=True),
  fact("扶绥县", "region", "shuangbai_shuangxin_share_of_city", 0.625, "ratio", "纳入自治区“双百双新”项目10个、占全市的62.5%", "2020年10月", kind="ratio", opt=True),
  fact(KG, "park", "electronics_firms_in_production", 9, "count", B4, "2020年10月", note="园区按上下文推断"),
  fact(KG, "park", "electronics_firms_under_construction", 6, "count", B4, "2020年10月"),
 ])

# ---------------------------------------------------------------- zw03 广州番禺(五华)产业转移工业园 (梅州网 via baogaosu 2015)
WH = "广州番禺(五华)产业转移工业园"
WHK = "五华经济开发区"
C0 = "同意将广州番禺(五华)产业转移工业园纳入省级产业转移园管理,享受省产业转移相关扶持政策"
C1 = "至此,我市已有4个省级产业转移工业园,其他3个为广州(梅州)产业转移工业园、东莞石碣(兴宁)产业转移工业园和东莞塘厦(平远)产业转移工业园"
C2 = "据了解,广州番禺(五华)产业转移工业园依托五华经济开发区规划建设"
C3 = "目前,入园企业有广东辉胜达电器股份有限公司、广东康奇力药业有限公司等70多家,其中投产企业43家;2014年工业总产值达51亿元"
AS3 = "2015年3月"
G["zw03"] = dict(
 article=art("广州番禺(五华)产业转移工业园纳入省级产业园管理", "梅州网（www.meizhou.cn，梅州网讯），载于 guangzhou.baogaosu.com（“本文来源: Meizhou.Cn”）", "2015-03-03", "day",
  "City news site via a relay site, Guangdong: a county's industrial-transfer park admitted to provincial management — the city's other provincial transfer parks, the development zone it is built on (founding, area), firms entered and in production with two named firms, the previous year's output",
  "http://guangzhou.baogaosu.com/xinwen/%25E5%25B9%25BF%25E5%25B7%259E%25E7%2595%25AA%25E7%25A6%25BA%25E4%25BA%2594%25E5%258D%258E%25E4%25BA%25A7%25E4%25B8%259A%25E8%25BD%25AC%25E7%25A7%25BB%25E5%25B7%25A5%25E4%25B8%259A%25E5%259B%25AD%25E7%25BA%25B3%25E5%2585%25A5/30118002",
  "日期取页面“03.03.2015 11:16”（转载站时间；原发梅州网，日期未另注）。标题照录；时间行、“本文来源: Meizhou.Cn”“来源: www.meizhou.cn”两行与图片说明“广州番禺(五华)产业转移园一角。(张炳锋 摄)”已删。存段在末段“根据《决定》,省财政将安排专项资金…对投资额或年产值达到一定标准的,给予相应招商奖”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…所取得的显著成效。”，共三段。园区：广州番禺(五华)产业转移工业园（梅州市五华县，广东；省级产业转移工业园）；五华经济开发区（该园依托其规划建设；1995年设立，2007年省级审核公告，总体规划面积491.32公顷）——两者地域重合，文中未说隶属，parent 不填；梅州另三个省级产业转移工业园照列（园区名已出现，无更多信息）。公司：广东辉胜达电器股份有限公司、广东康奇力药业有限公司（“入园企业”）。事实：入园企业70多家（余）、投产43家、2014年工业总产值51亿元——“该园区”按标题与“入园企业”记在产业转移工业园名下；规划面积491.32公顷记在五华经济开发区名下（句主语“该开发区”）；梅州市省级产业转移工业园4个（可选）。",
  "zw03"),
 parks=[
  park(WH, "梅州", "广东", "产业转移工业园（省级）", C0, district="五华县", note="依托五华经济开发区规划建设"),
  park(WHK, "梅州", "广东", "经济开发区（省级）", C2, district="五华县", note="1995年12月设立；区位调整后位于五华县水寨镇及横陂镇"),
  park("广州(梅州)产业转移工业园", "梅州", "广东", "产业转移工业园（省级）", C1),
  park("东莞石碣(兴宁)产业转移工业园", "梅州", "广东", "产业转移工业园（省级）", C1, district="兴宁市"),
  park("东莞塘厦(平远)产业转移工业园", "梅州", "广东", "产业转移工业园（省级）", C1, district="平远县"),
 ],
 companies=[
  comp("广东辉胜达电器股份有限公司", WH, C3, note="入园企业"),
  comp("广东康奇力药业有限公司", WH, C3, note="入园企业"),
 ],
 institutions=[
  inst("省经信委", "省经信委发文"),
  inst("市经信局", "市经信局相关负责人表示"),
 ],
 projects=[],
 aggregate_facts=[
  fact(WH, "park", "firms", 70, "count", C3, AS3, qual="余", qtext="多", note="入园企业70多家"),
  fact(WH, "park", "firms_in_production", 43, "count", C3, AS3),
  fact(WH, "park", "industrial_output_cny", 5.1e9, "cny", "2014年工业总产值达51亿元", "2014年", chk=True, note="“该园区”，按产业转移工业园记（与五华经济开发区地域重合）"),
  fact(WHK, "park", "planned_area_ha", 491.32, "ha", "总体规划面积491.32公顷", "2013年区位调整后"),
  fact("梅州市", "region", "provincial_transfer_parks", 4, "count", "至此,我市已有4个省级产业转移工业园", AS3, opt=True),
 ])

# ---------------------------------------------------------------- zw04 海口 新兴产业 (solarbe 2011)
GX = "海口高新区"
SZL = "狮子岭飞地工业园区"
HZB = "海口综合保税区"
YG = "海口药谷工业园"
CYG = "海南国际创意港"
D0 = "在海口高新区狮子岭飞地工业园区的海南英利生产车间内,一期生产线正加紧生产光伏产品,而一期扩建项目也在紧张有序地试运营"
D1 = "不仅如此,在海口综合保税区内,海南汉能一期250兆瓦薄膜太阳能电池生产项目正在加紧建设中"
D2 = "在海口药谷工业园,代表着三星(海南)光通信技术有限公司自主研发预制棒生产技术的光纤新工法第四、第五期日前投产"
D3 = "随着英利集团进驻,去年10月,作为全国另一光伏行业巨头——汉能集团也将其光伏产业研发制造基地放在了海口综合保税区,决定投资建设1000兆瓦薄膜太阳能电池、100兆瓦太阳能示范电站等项目"
D4 = "同时,今年由深圳灵狮文化产业投资有限公司为运营商的海南国际创意港正式开园,吸引了来自国内的50多家顶级文化创意企业加盟"
D5 = "随着海南世纪影城、化学和生物制药基地、医用粒子扫描仪和光学纤维传像元件等项目落户海口"
D6 = "而在今年海口市“十二五”重大投资项目发布会上,智能海口、低空俱乐部、海南国际汽车园、海南世纪影城、化学和生物制药基地、医用粒子扫描仪和光学纤维传像元件等一批高新技术产业项目已纷纷落户海口"
G["zw04"] = dict(
 article=art("（无标题）海口新兴产业集群：狮子岭飞地工业园区海南英利、海口综合保税区海南汉能、海口药谷工业园三星光通信", "索比光伏网（news.solarbe.com；原发媒体与署名存段未示）", "2011-06-20", "day",
  "Trade news site's item on a provincial capital, Hainan: emerging-industry clusters — firms and projects in a high-tech zone's enclave park, a comprehensive bonded zone and a pharma park (running, under construction, in production, planned), a creative park opened with its firm count, projects landed in the city",
  "https://news.solarbe.com/201106/20/269689.html",
  "日期取网址 201106/20（页面日期行存段未示）。存段无标题（title 为编者概括）。存段在末段““5年内,海口将形成汽车、食品饮料与农副产品加工、光伏、医药、文化创意与休闲娱乐五大过”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…已纷纷落户海口。”，共七段。园区：海口高新区；狮子岭飞地工业园区（文中作“海口高新区狮子岭飞地工业园区”→parent 海口高新区）；海口综合保税区；海口药谷工业园（文中未说隶属）；海南国际创意港（“正式开园”，按园区记）。公司：海南英利（狮子岭飞地工业园区车间）；英利集团（“进驻”，园区未明说，可选）；海南汉能、汉能集团（海口综合保税区）；三星(海南)光通信技术有限公司（海口药谷工业园）；深圳灵狮文化产业投资有限公司（创意港运营商，按创意港记，可选）。项目：海南汉能一期250兆瓦薄膜太阳能电池生产项目（正在加紧建设中→在建）；光纤新工法第四、第五期（日前投产→投产，药谷）；1000兆瓦薄膜太阳能电池、100兆瓦太阳能示范电站（汉能“决定投资建设”→planned，综保区；示范电站是否在综保区存疑，可选）；海南英利“一期扩建项目”（试运营；名称不全，可选）；海南世纪影城、化学和生物制药基地、医用粒子扫描仪和光学纤维传像元件、海南国际汽车园（“落户海口”，无园区，无状态）；智能海口、低空俱乐部（同上，可选）。事实：创意港50多家文化创意企业加盟（余）。",
  "zw04"),
 parks=[
  park(GX, "海口", "海南", "高新区", D0),
  park(SZL, "海口", "海南", "工业园区（飞地）", D0, parent=GX, note="文中作“海口高新区狮子岭飞地工业园区”"),
  park(HZB, "海口", "海南", "综合保税区", D1),
  park(YG, "海口", "海南", "工业园（医药）", D2),
  park(CYG, "海口", "海南", "文化创意园区", D4, note="“正式开园”，运营商深圳灵狮文化产业投资有限公司"),
 ],
 companies=[
  comp("海南英利", SZL, D0),
  comp("英利集团", None, D3, opt=True, note="“进驻”，园区未明说"),
  comp("海南汉能", HZB, D1),
  comp("汉能集团", HZB, D3, note="光伏产业研发制造基地放在海口综合保税区"),
  comp("三星(海南)光通信技术有限公司", YG, D2),
  comp("深圳灵狮文化产业投资有限公司", CYG, D4, opt=True, note="海南国际创意港运营商"),
 ],
 projects=[
  proj("海南汉能一期250兆瓦薄膜太阳能电池生产项目", HZB, D1, companies=["海南汉能"], phase="一期", status="在建", status_text="正在加紧建设中"),
  proj("光纤新工法第四、第五期", YG, D2, companies=["三星(海南)光通信技术有限公司"], phase="第四、第五期", status="投产", status_text="日前投产"),
  proj("1000兆瓦薄膜太阳能电池", HZB, D3, companies=["汉能集团"], status="planned", status_text="决定投资建设", note="汉能集团决定投资建设"),
  proj("100兆瓦太阳能示范电站", HZB, D3, companies=["汉能集团"], status="planned", status_text="决定投资建设", opt=True,
       note="同句列举；电站是否在综保区内存疑"),
  proj("海南英利一期扩建项目", SZL, D0, companies=["海南英利"], phase="一期扩建", opt=True, note="文中只作“一期扩建项目”（试运营）"),
  proj("海南世纪影城", None, D6, note="“落户海口”，无园区，无状态"),
  proj("化学和生物制药基地", None, D6, note="同上"),
  proj("医用粒子扫描仪和光学纤维传像元件", None, D6, note="同上"),
  proj("海南国际汽车园", None, D6, note="同上；项目名含“园”"),
  proj("智能海口", None, D6, opt=True, note="同上"),
  proj("低空俱乐部", None, D6, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(CYG, "park", "firms", 50, "count", D4, "2011年6月", qual="余", qtext="多", note="文化创意企业加盟"),
 ])

# ---------------------------------------------------------------- zw05 厦门象屿保税区 / 综合保税区 (中国经济网 via cadz 2022)
XY = "厦门象屿保税区"
XYZ = "厦门象屿综合保税区"
E0 = "根据海关总署2021年度绩效评估结果,厦门象屿保税区、厦门象屿综合保税区在福建省海关特殊监管区域中分列前两位"
E1 = "其中,厦门象屿保税区在全国排名第23位(质量效益全国综合排名第1位),在东部地区排名第16位,评估结果为A类"
E2 = "厦门象屿综合保税区在全国排名第29位(较2020年度排名提升14位),在东部地区排名第21位,评估结果为B类"
E3 = "据了解,厦门象屿保税区于1992年10月15日经国务院批准设立,是中国首批海关特殊监管区,封关验收面积0.6平方公里"
E4 = "已建成厂房仓库24万平方米、堆场9万平方米及办公楼宇6万平方米"
E5 = "2022年1-8月园区一线进出口额653亿元,同比增长47%"
E6 = "厦门象屿综合保税区位于中国(福建)自由贸易试验区厦门片区两岸贸易中心核心区内,前身是厦门象屿保税物流园区"
AS5 = "2021年度绩效评估"
G["zw05"] = dict(
 article=art("厦门象屿保税区质量效益综合排名全国第一", "中国经济网，载于 cadz.org.cn（中国开发区协会“国家级开发区动态”栏）", "2022-10-10", "day",
  "National economic portal's item relayed by the development-zone association, Fujian: a bonded zone and a comprehensive bonded zone in customs performance rankings — national and regional ranks, founding, sealed area, built floor areas, the bonded zone's import-export value and growth this year, the comprehensive bonded zone's origin",
  "https://www.cadz.org.cn/index.php/news/info/id/50912.html",
  "日期取页面“来源:中国经济网 发布时间:2022年10月10日 10:37”。标题照录；站点菜单与栏目、来源时间行已删。存段在末段“园区发挥“国际采购、国际配送、国际贸易、国际中转”四大功能优势,现已形成DELL、金酒、ECCO、日本DAISO”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…整合优化为厦门象屿综合保税区。”，共四段（句中所列企业随之删去，本条无公司）。园区：厦门象屿保税区（1992年设立，首批海关特殊监管区）；厦门象屿综合保税区（前身厦门象屿保税物流园区——列为别名；位于中国(福建)自由贸易试验区厦门片区→parent，该片区列可选园区）。事实：排名——保税区全国第23位、质量效益第1位、东部第16位；综保区全国第29位、提升14位、东部第21位（全国名次记必选，其余可选）；保税区封关验收面积0.6平方公里；厂房仓库24万、堆场9万、办公6万平方米（可选）；2022年1-8月一线进出口额653亿元、同比增长47%（“园区”指保税区，cumulative）；全国137个海关特殊监管区域（可选）。",
  "zw05"),
 parks=[
  park(XY, "厦门", "福建", "保税区（海关特殊监管区域）", E0, note="1992年10月15日国务院批准设立"),
  park(XYZ, "厦门", "福建", "综合保税区", E0, parent="中国(福建)自由贸易试验区厦门片区", aliases=["厦门象屿保税物流园区"],
       note="前身厦门象屿保税物流园区，2020年12月18日整合优化为综合保税区"),
  park("中国(福建)自由贸易试验区厦门片区", "厦门", "福建", "自由贸易试验区片区", E6, opt=True),
 ],
 institutions=[
  inst("海关总署", "近日,海关总署公布2021年全国137个海关特殊监管区域发展绩效评估结果"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XY, "park", "national_rank", 23, "rank", E1, AS5),
  fact(XY, "park", "quality_benefit_national_rank", 1, "rank", E1, AS5, opt=True),
  fact(XY, "park", "east_region_rank", 16, "rank", E1, AS5, opt=True),
  fact(XYZ, "park", "national_rank", 29, "rank", E2, AS5),
  fact(XYZ, "park", "national_rank_improvement", 14, "rank", E2, AS5, opt=True),
  fact(XYZ, "park", "east_region_rank", 21, "rank", E2, AS5, opt=True),
  fact("全国海关特殊监管区域", "other", "zones_evaluated", 137, "count", "近日,海关总署公布2021年全国137个海关特殊监管区域发展绩效评估结果", AS5, opt=True),
  fact(XY, "park", "sealed_area_km2", 0.6, "km2", E3, "2022年"),
  fact(XY, "park", "warehouse_floor_area_m2", 240000, "m2", E4, "2022年", opt=True),
  fact(XY, "park", "yard_area_m2", 90000, "m2", E4, "2022年", opt=True),
  fact(XY, "park", "office_floor_area_m2", 60000, "m2", E4, "2022年", opt=True),
  fact(XY, "park", "first_line_import_export_cny", 6.53e10, "cny", E5, "2022年1–8月", kind="cumulative", chk=True),
  fact(XY, "park", "first_line_import_export_yoy_growth", 0.47, "ratio", E5, "2022年1–8月", kind="ratio"),
 ])

# ---------------------------------------------------------------- zw06 深圳湾生物医药基金 (投资界 2023)
BL = "宝龙生物医药创新发展先导区"
FN = "深圳市弘盛宝龙新兴产业私募股权投资基金"
F0 = "12月17日,龙岗区引导基金与深圳湾科技、国信弘盛、新昌高投合作设立的“深圳市弘盛宝龙新兴产业私募股权投资基金”举行签约仪式,5亿元规模的深圳湾生物医药基金正式落户龙岗区"
F1 = "在此背景下,龙岗区引导基金协同宝龙生物医药创新发展先导区产业运营平台深圳湾科技公司,与国信证券旗下股权投资基金管理平台国信弘盛共同发起设立深圳湾生物医药基金"
F2 = "为龙岗宝龙生物药创新发展先导区提供金融助力"
G["zw06"] = dict(
 article=art("（无标题）5亿元规模的深圳湾生物医药基金落户龙岗区（深圳市弘盛宝龙新兴产业私募股权投资基金签约）", "投资界（news.pedaily.cn，“投资界(ID:pedaily2012)消息”；来源:龙岗金控）", "2023-12", "month",
  "Private-equity news site relaying a district financial holding's release, Guangdong: a biomedical industry fund for a district's biomedical innovation zone — its legal name and short name, size, co-founders (district guidance fund, the zone's operating platform, a broker's fund-management platform, a local investor) and purpose",
  "https://news.pedaily.cn/202312/527189.shtml",
  "日期取网址 202312 与正文“12月17日”（签约日；页面日期行存段未示，记到月）。存段无标题（title 为编者概括）。正文三段完整；段后“来源:龙岗金控”“点击获取更多LP资讯”“本文来源投资界,原文:…”三行已删（来源记于 outlet）。基金：深圳市弘盛宝龙新兴产业私募股权投资基金（即“深圳湾生物医药基金”，列为别名），规模5亿元；发起方龙岗区引导基金、深圳湾科技、国信弘盛、新昌高投。管理人：文中未用“管理人”一词，只称国信弘盛为“国信证券旗下股权投资基金管理平台”并共同发起设立——按管理方记于 note，不作定论。园区：宝龙生物医药创新发展先导区（龙岗区，深圳；文中又作“龙岗宝龙生物药创新发展先导区”，列为别名）。基金“落户龙岗区”（区不是园区），但由先导区产业运营平台共同发起、为先导区“提供金融助力”——基金园区记先导区（判断，注明；另一读法为 null）。公司：深圳湾科技（“先导区产业运营平台”“市属产业园区运营平台”，文中未说位于先导区，park 记 null）、国信弘盛、新昌高投、国信证券（可选）。“龙岗区引导基金”为区级引导基金，列可选基金（无规模）。事实：基金规模5亿元（subject 基金）。",
  "zw06"),
 parks=[
  park(BL, "深圳", "广东", "先导区（生物医药）", F1, district="龙岗区", aliases=["龙岗宝龙生物药创新发展先导区"],
       note="文中又作“龙岗宝龙生物药创新发展先导区”；运营平台深圳湾科技"),
 ],
 companies=[
  comp("深圳湾科技", None, F1, aliases=["深圳湾科技公司"], note="先导区产业运营平台、市属产业园区运营平台；文中未说位于先导区"),
  comp("国信弘盛", None, F1, note="国信证券旗下股权投资基金管理平台；共同发起设立（管理方，文中未用“管理人”）"),
  comp("新昌高投", None, F0, note="合作设立方"),
  comp("国信证券", None, F1, opt=True, note="国信弘盛的母公司"),
 ],
 funds=[
  fund(FN, BL, F0, size="5亿元", size_type="规模", aliases=["深圳湾生物医药基金"],
       note="发起/合作设立：龙岗区引导基金、深圳湾科技、国信弘盛、新昌高投；管理方按文意为国信弘盛（“股权投资基金管理平台”，文中未明说管理人）；落户龙岗区，服务宝龙生物医药创新发展先导区（园区为判断）；龙岗首支区引导基金+市属园区运营平台+券商私募合作的产业投资基金"),
  fund("龙岗区引导基金", None, F0, opt=True, note="区级引导基金，出资设立方；规模未给"),
 ],
 aggregate_facts=[
  fact(FN, "fund", "fund_size_cny", 5e8, "cny", "5亿元规模的深圳湾生物医药基金正式落户龙岗区", "2023-12-17", chk=True),
 ])

# ---------------------------------------------------------------- zw07 中山 火炬高新区 签约 (南方都市报·南都号 2025)
HJ = "火炬高新区"
H0 = "当天,火炬高新区主会场交出亮眼答卷——现场集中签约项目20个,总投资额超100亿元"
H1 = "在现场签约项目中,既涵盖大湾区新型电力系统示范区项目、圣湘海济研发及生产基地建设项目等6个优质产业项目,也包含中国检验检疫科学研究院粤港澳大湾区研究院、小核酸创新药项目等14个公有物业租售项目"
H2 = "以大湾区新型电力系统示范区项目为例,该项目计划投资超50亿元,建成后将推动中山新型电力系统技术研发与产业应用,预计年产值超24亿元"
H3 = "在生物医药与健康领域,圣湘海济研发及生产基地建设项目计划投资10亿元,搭建国内人生长激素“防、诊、治高效一体化”平台,预计建成后年产值超7亿元"
AS7 = "2025-08-28"
G["zw07"] = dict(
 article=art("（无标题）中山市招商引资项目集中签约仪式暨火炬高新区公有资产招商推介会 现场集中签约项目20个,总投资额超100亿元", "南方都市报 南都号平台（m.mp.oeeee.com；发布账号存段未示）", "2025-08-28", "day",
  "Metropolitan paper's account platform, Guangdong: a city's monthly signing ceremony held in a high-tech zone — 20 projects signed with their total, six industrial and fourteen public-property projects, two named industrial projects with planned investment and expected output, two named property projects, the zone's property promotion",
  "https://m.mp.oeeee.com/a/BAAFRD0000202508281118486.html",
  "日期取网址 BAAFRD…20250828 与正文“8月28日”。存段无标题（title 为编者概括）。小标题“签约投资额超百亿”“锚定三大新兴赛道”“优质共有物业“筑巢””“全周期服务企业“扎根””各为一行，照录为段落（两行一组的小标题不合并）。存段末行“推介环节中,火炬高新”为残句，整行不收（ITEMS），正文截至“…独特优势。”。园区：火炬高新区（中山市，广东；名称照录，文中未写全称）。项目：大湾区新型电力系统示范区项目（计划投资超50亿元→超）、圣湘海济研发及生产基地建设项目（计划投资10亿元）、中国检验检疫科学研究院粤港澳大湾区研究院（公有物业租售项目；机构名，项目可选）、小核酸创新药项目（公有物业租售项目）——均“现场签约”→签约，园区火炬高新区（签约会场与项目归属按上下文；公有物业为火炬高新区资产）。事实：签约项目20个、总投资额超100亿元（小标题“超百亿”同值）；产业项目6个、公有物业租售项目14个；两个产业项目的预计年产值超24亿元、超7亿元（target，subject 项目）。",
  "zw07"),
 parks=[
  park(HJ, "中山", "广东", "高新区", "8月28日,中山市招商引资项目集中签约仪式暨火炬高新区公有资产招商推介会在火炬高新区举行", note="文中只作“火炬高新区”"),
 ],
 institutions=[
  inst("中国检验检疫科学研究院粤港澳大湾区研究院", H1, kind="research", park=HJ, note="公有物业租售签约项目"),
 ],
 projects=[
  proj("大湾区新型电力系统示范区项目", HJ, H2, inv="计划投资超50亿元", qual="超", qual_text="超", status="签约", status_text="现场签约"),
  proj("圣湘海济研发及生产基地建设项目", HJ, H3, inv="计划投资10亿元", status="签约", status_text="现场签约"),
  proj("中国检验检疫科学研究院粤港澳大湾区研究院", HJ, H1, status="签约", status_text="现场签约", opt=True, note="公有物业租售项目；机构名"),
  proj("小核酸创新药项目", HJ, H1, status="签约", status_text="现场签约", note="公有物业租售项目"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "projects_signed", 20, "count", H0, AS7),
  fact(HJ, "park", "signed_investment_cny", 1e10, "cny", "总投资额超100亿元", AS7, qual="超", qtext="超", chk=True),
  fact(HJ, "park", "industrial_projects_signed", 6, "count", H1, AS7),
  fact(HJ, "park", "public_property_projects_signed", 14, "count", H1, AS7),
  fact("大湾区新型电力系统示范区项目", "project", "expected_annual_output_cny", 2.4e9, "cny", "预计年产值超24亿元", "建成后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("圣湘海济研发及生产基地建设项目", "project", "expected_annual_output_cny", 7e8, "cny", "预计建成后年产值超7亿元", "建成后（预期）", kind="target", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- zw08 北海铁山港(临海)工业区 (北部湾在线 2017)
TS = "北海市铁山港(临海)工业区"
K0 = "BBRTV8月3日消息(记者甘智锐) 北海市铁山港(临海)工业区刚设立时,还是一片滩涂和荒地"
K1 = "项目于2013年7月在北海铁山港工业区开工建设,年接收能力300万吨/年"
K2 = "同样被吸引落户北海铁山港工业区的还有诚德新材料项目,2015年,它的产值达到330亿元,年均增长43%"
K3 = "10年间,北海市铁山港(临海)工业区吸引了中国石化、芬兰斯道拉恩索等行业巨头入驻"
G["zw08"] = dict(
 article=art("（无标题）北海市铁山港(临海)工业区十年：跻身“千亿园区”", "北部湾在线（bbrtv.com，广西广播电视台；记者甘智锐）", "2017-08-03", "day",
  "Provincial broadcaster's news site, Guangxi: a coastal industrial zone ten years on — an LNG terminal project started in 2013 and its capacity, a materials firm's output and growth, big firms entered, leading industries",
  "http://bbrtv.com/2017/0803/341215.html",
  "日期取网址 2017/0803 与正文“BBRTV8月3日消息”。存段无标题（title 为编者概括）。存段在末段“北海市铁山港(临海)工业区管理委员会常务副主任何小龙:“今年上半年,完成工业总产值426亿”处中断，该句已删（make_txt.py LINE_SUFFIX；426亿随之不收），正文截至“…挑起了临海工业的“大梁”。”，共五段。第三段“相当于 40亿立方米”中的空格原文如此。园区：北海市铁山港(临海)工业区（文中又作“铁山港工业区”“北海铁山港工业区”；北海，广西；“千亿园区”）。项目：广西液化天然气(LNG)项目（“2013年7月在北海铁山港工业区开工建设”→开工；接收站码头已在靠泊运营，alt 投产）；诚德新材料项目（“落户北海铁山港工业区”，2015年产值330亿元——已在生产，但文中无投产字样，status 留空）。公司：中石化北海液化天然气公司（LNG 接收站运营方，园区按项目推断）；北海诚德公司；中国石化、芬兰斯道拉恩索（“入驻”）。事实：诚德2015年产值330亿元、年均增长43%（subject 诚德新材料项目，按文意亦即北海诚德公司）；LNG 年接收能力300万吨、相当于40亿立方米天然气、可供2200万户（可选）。",
  "zw08"),
 parks=[
  park(TS, "北海", "广西", "工业区（临海）", K0, aliases=["铁山港工业区", "北海铁山港工业区"], note="文中又作“铁山港工业区”“北海铁山港工业区”；跻身“千亿园区”"),
 ],
 companies=[
  comp("中石化北海液化天然气公司", TS, "说起这艘船,中石化北海液化天然气公司安全总监——李世科很是自豪", note="LNG 接收站运营方；园区按项目推断"),
  comp("北海诚德公司", TS, "北海诚德公司常务副总经理——黄庆周", note="诚德新材料项目的企业"),
  comp("中国石化", TS, K3, note="入驻"),
  comp("芬兰斯道拉恩索", TS, K3, note="入驻"),
 ],
 projects=[
  proj("广西液化天然气(LNG)项目", TS, K1, companies=["中石化北海液化天然气公司"], status="开工", status_alt="投产", status_text="于2013年7月…开工建设",
       note="国家重点清洁能源工程、西南首个LNG项目；接收站码头已在运营（LNG船靠泊），故 alt 投产"),
  proj("诚德新材料项目", TS, K2, companies=["北海诚德公司"], note="“落户”；2015年已有产值，文中无投产字样，status 留空"),
 ],
 aggregate_facts=[
  fact("诚德新材料项目", "project", "annual_output_cny", 3.3e10, "cny", "2015年,它的产值达到330亿元,年均增长43%", "2015年", chk=True, note="亦即北海诚德公司"),
  fact("诚德新材料项目", "project", "output_annual_growth", 0.43, "ratio", "2015年,它的产值达到330亿元,年均增长43%", "2015年（年均）", kind="ratio"),
  fact("广西液化天然气(LNG)项目", "project", "annual_receiving_capacity_10k_t", 300, "10k_t", K1, "设计能力", opt=True),
  fact("广西液化天然气(LNG)项目", "project", "annual_gas_equivalent_100m_m3", 40, "100m_m3", "相当于 40亿立方米天然气,可供2200万户家庭用气", "设计能力", opt=True),
  fact("广西液化天然气(LNG)项目", "project", "households_supplied_10k", 2200, "10k_households", "可供2200万户家庭用气", "设计能力", opt=True),
 ])
