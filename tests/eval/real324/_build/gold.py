# real324 ground truth, read by build_all.py (real52's, unchanged; helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real52: evidence verbatim (all six simplified script as published); names as written; 约 → 约, 超过/超 → 超.
# Yuan in investment_cny / *_cny facts (chk=True asserts). Status from the text's words (集中开工/开工 → 开工; 签约 → 签约;
# 投产 → 投产). A county/city is a region, not a park. “预计年产值” figures are kind target. Sources: `search` (pages) excerpts
# typed into _raw/pages/pkNN.raw as returned.

# ---------------------------------------------------------------- pk01 山西综改示范区 20 projects (2023)
ZG = "山西综改示范区"
P1 = "此次签约的中国建材集团高性能纤维新材料产业项目总投资100亿元"
P2 = "开工的万吨级钠离子电池正(负)极材料项目总投资约11亿元"
P3 = "投产的山西(太重)智能高端装备产业园项目总投资60亿元"
AS1 = "2023年2月22日（集中签约、开工、投产）"
G["pk01"] = dict(
 article=art("（无标题）山西综改示范区20个重点项目集中签约、开工、投产", "报纸“本报讯(记者杨彧)”，载于 m.shangol.cn（原报名存段未示）", "2023-03-05", "day",
  "Newspaper item relayed by a portal, Shanxi: the provincial transformation demonstration zone's 20 projects signed / started / in production on one day, leaders' visits, one named project per stage with its investment",
  "http://m.shangol.cn/xinwen/2023/0305/36036.html",
  "日期取网址 2023/0305；文中“2月22日”为活动日。存段无标题（title 为编者概括），“(资料图片)”已删。存段全文为一行（段落间以空格相连），保持一段。存段末句“今年综改示范区将聚焦…狠抓营商环境3.0”在句中中断，整句删去（LINE_SUFFIX），正文截至“…多项技术为行业和国内首创。”。园区：山西综改示范区（山西转型综合改革示范区；太原，山西；文中又作“综改示范区”“该区”）。北京经济技术开发区、北京联东集团金桥科技园、山西智创城、清控创新基地为考察地点，列可选。项目：三项各有阶段与金额。中国电科集团、中国建材集团为走访对象。",
  "pk01"),
 parks=[
  park(ZG, "太原", "山西", "转型综合改革示范区", "2月22日,山西综改示范区20个重点项目集中签约、开工、投产", aliases=["综改示范区"], note="即山西转型综合改革示范区"),
  park("北京经济技术开发区", "北京", "北京", "国家级经济技术开发区", "前往北京经济技术开发区、北京联东集团金桥科技园进行考察调研", opt=True, note="考察地点"),
  park("北京联东集团金桥科技园", "北京", "北京", "科技园", "前往北京经济技术开发区、北京联东集团金桥科技园进行考察调研", opt=True, note="考察地点"),
  park("山西智创城", "太原", "山西", "双创基地", "深入山西智创城、清控创新基地调研“双创”工作", opt=True, note="调研地点；位置未说"),
 ],
 companies=[
  comp("中国建材集团", ZG, P1, opt=True, note="签约项目业主（由项目名推断）"),
  comp("中国电科集团", None, "走访中国电科集团、中国建材集团,深化交流合作", opt=True, note="走访对象"),
 ],
 projects=[
  proj("中国建材集团高性能纤维新材料产业项目", ZG, P1, companies=["中国建材集团"], inv="总投资100亿元", status="签约", status_text="签约"),
  proj("万吨级钠离子电池正(负)极材料项目", ZG, P2, inv="总投资约11亿元", qual="约", qual_text="约", status="开工", status_text="开工"),
  proj("山西(太重)智能高端装备产业园项目", ZG, P3, inv="总投资60亿元", status="投产", status_text="投产"),
 ],
 aggregate_facts=[
  fact(ZG, "park", "projects_signed_started_in_production", 20, "count", "山西综改示范区20个重点项目集中签约、开工、投产", AS1, note="三类合计"),
 ])

# ---------------------------------------------------------------- pk02 太原 88 projects (2020)
TY = "太原市"
Q1 = "我市88个转型项目集中签约开工投产,总投资730.1亿元,预计年产值1171.5亿元"
AS2 = "2020年10月10日（开发区2020年第二期“三个一批”）"
G["pk02"] = dict(
 article=art("太原市88个转型项目集中签约开工投产", "太原市报道（原标题“88个转型项目集中签约开工投产”，摄影梁琛），载于 mingchenghao.cn（原发媒体存段未示）", "2021-05-17", "day",
  "City news item relayed by an aggregator site, Shanxi: a city's 88 projects signed / started / in production in the province's development-zone “three batches” event, totals and per-stage counts, investment and expected output, one named project started",
  "https://mingchenghao.cn/detail-16-396-c.html",
  "日期取页面“更新时间:2021-05-17”（转载日）；活动日为2020年10月10日（文中）。标题照录（转载站标题；“原标题:…”行已删，记于 title_note）。引题“我市与全省同步举行…”“罗清宇李晓波出席”与图片说明保留为段落。存段末段“集中签约一批…清徐经”在句中中断，整段删去，正文截至“…预计年产值53.8亿元。”。地区：太原市（region，文中作“我市”）。园区：山西综改示范区只出现在领导职务中（可选）。项目：太原国投信息产业创新园（“开工一批”项目，培土奠基→开工；园区未说）。事实：88个项目、730.1亿元、预计年产值1171.5亿元；签约42个/564亿元/931亿元；开工24个/134.7亿元/186.7亿元；投产22个/31.4亿元/53.8亿元（预计年产值为 target）。",
  "pk02", title_note="原标题：88个转型项目集中签约开工投产"),
 parks=[
  park("山西综改示范区", "太原", "山西", "转型综合改革示范区", "省政府副秘书长、山西综改示范区党工委书记张金旺", opt=True, note="只在职务中"),
 ],
 companies=[],
 projects=[
  proj("太原国投信息产业创新园", None, "图为罗清宇、李晓波等领导为“开工一批”项目太原国投信息产业创新园培土奠基", status="开工", status_text="“开工一批”项目…培土奠基", note="园区未说"),
 ],
 aggregate_facts=[
  fact(TY, "region", "projects_signed_started_in_production", 88, "count", Q1, AS2, note="文中作“我市”"),
  fact(TY, "region", "projects_total_investment_cny", 7.301e10, "cny", Q1, AS2, chk=True),
  fact(TY, "region", "expected_annual_output_cny", 1.1715e11, "cny", "预计年产值1171.5亿元", AS2, kind="target", chk=True),
  fact(TY, "region", "projects_signed", 42, "count", "我市签约项目42个,总投资564亿元,预计年产值931亿元", AS2),
  fact(TY, "region", "signed_investment_cny", 5.64e10, "cny", "总投资564亿元,预计年产值931亿元", AS2, chk=True),
  fact(TY, "region", "signed_expected_annual_output_cny", 9.31e10, "cny", "预计年产值931亿元", AS2, kind="target", opt=True, chk=True),
  fact(TY, "region", "projects_started", 24, "count", "开工项目24个,总投资134.7亿元,预计年产值186.7亿元", AS2),
  fact(TY, "region", "projects_started_investment_cny", 1.347e10, "cny", "总投资134.7亿元,预计年产值186.7亿元", AS2, chk=True),
  fact(TY, "region", "started_expected_annual_output_cny", 1.867e10, "cny", "预计年产值186.7亿元", AS2, kind="target", opt=True, chk=True),
  fact(TY, "region", "projects_in_production", 22, "count", "投产项目22个,总投资31.4亿元,预计年产值53.8亿元", AS2),
  fact(TY, "region", "projects_in_production_investment_cny", 3.14e9, "cny", "总投资31.4亿元,预计年产值53.8亿元", AS2, chk=True),
  fact(TY, "region", "in_production_expected_annual_output_cny", 5.38e9, "cny", "预计年产值53.8亿元", AS2, kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pk03 全省开发区2023年第四次“三个一批” (gc77 2023)
AS3 = "2023年12月1日（开发区2023年第四次“三个一批”）"
def c3(subj, metric, v, unit, ev, **kw):
    return fact(subj, "region", metric, v, unit, ev, AS3, **kw)
G["pk03"] = dict(
 article=art("（无标题）全省开发区2023年第四次“三个一批”活动", "gc77.cn（钢材网站转载；原发媒体存段未示）", "2023-12", "month",
  "Industry website relaying a provincial round-up, Shanxi: the development zones' fourth “three batches” event of 2023 — province counts and city-by-city counts, investment and expected output of signed / started / in-production projects",
  "https://www.gc77.cn/gangcai/322613.html",
  "存段无标题、无日期行；活动日为2023年12月1日（文中），发布日不详，记 2023-12（month）。存段末行“晋中市举行开发”在句中中断，已删；正文截至吕梁段，共八段。“晋城市三个一批”活动”“朔州市三个一批”活动”缺左引号，原文如此，照录。园区：山西综改示范区（同步举行地之一）；各市开发区未点名。事实：全省签约233、开工225、投产225；各市项目数与金额（subject 为市，region）。无具名项目。",
  "pk03"),
 parks=[
  park("山西综改示范区", "太原", "山西", "转型综合改革示范区", "12月1日,全省开发区2023年第四次“三个一批”活动在各市和山西综改示范区同步举行", note="同步举行地之一"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  c3("山西省", "projects_signed", 233, "count", "全省共签约233个项目、开工225个项目、投产225个项目", note="全省开发区"),
  c3("山西省", "projects_started", 225, "count", "全省共签约233个项目、开工225个项目、投产225个项目", note="全省开发区"),
  c3("山西省", "projects_in_production", 225, "count", "全省共签约233个项目、开工225个项目、投产225个项目", note="全省开发区"),
  c3("大同市", "projects_total", 58, "count", "大同市“三个一批”活动共推进项目58个,总投资92.04亿元,预计年产值78.93亿元"),
  c3("大同市", "projects_total_investment_cny", 9.204e9, "cny", "总投资92.04亿元,预计年产值78.93亿元", chk=True),
  c3("大同市", "expected_annual_output_cny", 7.893e9, "cny", "预计年产值78.93亿元", kind="target", chk=True),
  c3("大同市", "projects_signed", 20, "count", "“签约一批”项目20个,“开工一批”项目19个,“投产一批”项目19个"),
  c3("大同市", "projects_started", 19, "count", "“开工一批”项目19个,“投产一批”项目19个"),
  c3("大同市", "projects_in_production", 19, "count", "“投产一批”项目19个,涉及新能源"),
  c3("阳泉市", "projects_signed", 15, "count", "集中签约项目15个,总投资59.91亿元"),
  c3("阳泉市", "signed_investment_cny", 5.991e9, "cny", "集中签约项目15个,总投资59.91亿元", chk=True),
  c3("阳泉市", "projects_started", 55, "count", "集中开工项目55个,总投资100.4亿元"),
  c3("阳泉市", "projects_started_investment_cny", 1.004e10, "cny", "集中开工项目55个,总投资100.4亿元", chk=True),
  c3("长治市", "projects_signed", 23, "count", "新签约项目23个、新开工项目26个、新投产项目20个"),
  c3("长治市", "projects_started", 26, "count", "新签约项目23个、新开工项目26个、新投产项目20个"),
  c3("长治市", "projects_in_production", 20, "count", "新签约项目23个、新开工项目26个、新投产项目20个"),
  c3("晋城市", "projects_total", 48, "count", "晋城市三个一批”活动共推进项目48个,总投资152.89亿元"),
  c3("晋城市", "projects_total_investment_cny", 1.5289e10, "cny", "共推进项目48个,总投资152.89亿元", chk=True),
  c3("晋城市", "signed_investment_cny", 5.711e9, "cny", "签约项目19个,总投资57.11亿元", chk=True),
  c3("晋城市", "projects_started_investment_cny", 4.355e9, "cny", "开工项目17个,总投资43.55亿元", chk=True),
  c3("晋城市", "projects_in_production_investment_cny", 5.223e9, "cny", "投产项目12个,总投资52.23亿元", chk=True),
  c3("朔州市", "projects_total", 48, "count", "朔州市三个一批”活动共推进项目48个,总投资90.36亿元"),
  c3("朔州市", "projects_total_investment_cny", 9.036e9, "cny", "朔州市三个一批”活动共推进项目48个,总投资90.36亿元", chk=True),
  c3("朔州市", "signed_investment_cny", 2.988e9, "cny", "签约投资额29.88亿元", chk=True),
  c3("忻州市", "projects_signed", 10, "count", "共有10个项目进行了现场签约"),
  c3("吕梁市", "signed_investment_cny", 2.36e9, "cny", "“签约一批”项目19个,总投资23.6亿元", chk=True),
  c3("吕梁市", "projects_started_investment_cny", 2.03e9, "cny", "“开工一批”项目16个,总投资20.3亿元", chk=True),
  c3("吕梁市", "projects_in_production_investment_cny", 5.53e9, "cny", "“投产一批”项目19个,总投资55.3亿元", chk=True),
 ])

# ---------------------------------------------------------------- pk04 山西农谷 “三个一批” (山西日报 via 人民网 2020)
NG = "晋中国家级农业高新技术产业示范区"
R1 = "山西农谷深圳企业总部基地、晋中国家首批骨干冷链物流基地、10万吨肉牛全产业链等14个晋深合作项目集中开工"
G["pk04"] = dict(
 article=art("山西省举行晋深农业合作暨山西农谷建设项目“三个一批”活动", "山西日报（记者李全宏），载于人民网山西频道 sx.people.com.cn", "2020-08-23", "day",
  "Provincial daily on a national portal's provincial channel, Shanxi: an agricultural high-tech zone hosts a Shanxi–Shenzhen cooperation event — certificates, signed cooperation, 14 named / counted projects started",
  "http://sx.people.com.cn/n2/2020/0823/c189130-34244653.html",
  "日期取页面“2020年08月23日06:46 来源:山西日报”；活动日8月22日。标题照录；日期来源行与“(责编:…)”已删；署名“(记者李全宏)”在正文末，保留。全文完整，两段。园区：晋中国家级农业高新技术产业示范区（晋中，山西；即“山西农谷”，文中以引号称“山西农谷”——列 alias）。项目：山西农谷深圳企业总部基地、晋中国家首批骨干冷链物流基地、10万吨肉牛全产业链（集中开工→开工；无金额）；首段“晋中国家骨干冷链物流基地开工仪式”为同一项目（alias）。公司：水塔醋业（农产品加工企业，园区未说，可选）。",
  "pk04"),
 parks=[
  park(NG, "晋中", "山西", "国家农业高新技术产业示范区", "晋中国家骨干冷链物流基地开工仪式在晋中国家级农业高新技术产业示范区举行", district="太谷", aliases=["山西农谷"], note="文中又作“山西农谷”；所在县区文中未说（太谷为常识，不作证据）"),
 ],
 companies=[
  comp("水塔醋业", None, "我省水塔醋业等15家农产品加工企业的28个产品通过了供深食品评价", opt=True, note="园区未说"),
 ],
 institutions=[
  inst("省农业农村厅", "省农业农村厅与深圳市市场监督管理局、“圳品”供销双方等多家单位围绕产业联动", note="签约方"),
  inst("深圳市市场监督管理局", "省农业农村厅与深圳市市场监督管理局、“圳品”供销双方等多家单位围绕产业联动", note="签约方"),
 ],
 projects=[
  proj("山西农谷深圳企业总部基地", NG, R1, status="开工", status_text="集中开工"),
  proj("晋中国家首批骨干冷链物流基地", NG, R1, aliases=["晋中国家骨干冷链物流基地"], status="开工", status_text="集中开工", note="首段“晋中国家骨干冷链物流基地开工仪式在…示范区举行”"),
  proj("10万吨肉牛全产业链", NG, R1, status="开工", status_text="集中开工", opt=True, note="园区由语境推定"),
 ],
 aggregate_facts=[
  fact(NG, "park", "projects_started", 14, "count", R1, "2020年8月22日", note="晋深合作项目；地点由语境推定在示范区"),
  fact("水塔醋业等15家农产品加工企业", "region", "products_certified", 28, "count", "我省水塔醋业等15家农产品加工企业的28个产品通过了供深食品评价", "2020年8月22日", opt=True),
 ])

# ---------------------------------------------------------------- pk05 晋中 7月份集中开工 (晋中市发改委 2019)
JZ = "晋中市"
S1 = "此次集中开工的49个项目以祁县红星白酒产业园、复盛公医药产业园,天禧物流仓储园等项目为代表"
AS5 = "2019年7月30日（集中开工）"
G["pk05"] = dict(
 article=art("晋中市举行全市深化转型项目建设年7月份集中开工仪式", "晋中市发展和改革委员会网站 fgw.sxjz.gov.cn（“项目管理”栏；来源未注明）", "2019-07-31", "day",
  "City development-and-reform commission website, Shanxi: a city's monthly joint groundbreaking held at a county liquor industrial park project — 49 projects, named park-type projects, total investment",
  "http://fgw.sxjz.gov.cn/xmgl/content_292122",
  "日期取页面“发布时间:2019-07-31”；活动日7月30日。标题照录；引题“项目建设正当时”、重复标题行、导航、来源行与图片文件名已删。全文完整，四段。“开工仪式在祁县召开, 市委副书记”逗号后有空格，原文如此。地区：晋中市（region）；祁县为县。项目：祁县红星白酒产业园项目（开工；在祁县，park null）、复盛公医药产业园、天禧物流仓储园（集中开工，开工；园区未说）。这三项为“产业园”类项目，不另列园区。事实：49个项目、总投资152亿元。",
  "pk05"),
 parks=[],
 companies=[],
 projects=[
  proj("祁县红星白酒产业园项目", None, "全市深化转型项目建设年7月份集中开工暨祁县红星白酒产业园项目开工仪式在祁县召开", aliases=["祁县红星白酒产业园"], status="开工", status_text="集中开工暨…项目开工仪式", note="在祁县"),
  proj("复盛公医药产业园", None, S1, status="开工", status_text="集中开工"),
  proj("天禧物流仓储园", None, S1, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(JZ, "region", "projects_started", 49, "count", "此次集中开工的49个项目", AS5),
  fact(JZ, "region", "projects_started_investment_cny", 1.52e10, "cny", "总投资达到了152亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- pk06 永济 2020年第三批重大项目集中开工 (2020)
YJ = "永济经济技术开发区"
AS6 = "2020年4月15日（集中开工）"
def p6(name, inv, comps=(), park=None, **kw):
    ev = "总投资" + inv.split("总投资")[1] + "的" + name
    return proj(name, park, ev, companies=comps, inv=inv, status="开工", status_text="集中开工", **kw)
G["pk06"] = dict(
 article=art("（无标题）运城市永济举行2020年第三批重大项目集中开工仪式", "thch813.com（门户转载；原发媒体与署名存段未示）", "2020-04", "month",
  "Portal relaying a county-level city item, Shanxi: a batch of nine projects started with each project's investment, industrial and infrastructure groups, one project in the economic-technological development zone",
  "https://thch813.com/article-10707-1.html",
  "存段无标题、无日期行（title 为编者概括）；活动日2020年4月15日（文中），发布日不详，记 2020-04（month）。存段全文为一行（句间以空格相连），保持一段；页尾“|”已删。全文完整。“ 强调,要进一步强化…”句首缺主语，原文如此，照录。地区：永济市（运城，region）。园区：永济经济技术开发区（只在项目名中）。项目：9个，各有金额（0.xx亿元照写）；集中开工→开工；只有“九通一平”道路工程在永济经济技术开发区，其余园区未说（null）。公司：牧原集团永济分公司、永济市瑞富亨机械设备公司、德济药业公司、彩佳印染公司（项目业主，园区未说，可选）。",
  "pk06"),
 parks=[
  park(YJ, "运城", "山西", "经济技术开发区", "总投资0.53亿元的永济经济技术开发区“九通一平”道路建设工程", district="永济市", note="只在项目名中"),
 ],
 companies=[
  comp("牧原集团永济分公司", None, "总投资5.5亿元的牧原集团永济分公司生猪养殖及饲料厂建设项目", opt=True),
  comp("永济市瑞富亨机械设备公司", None, "总投资0.6亿元的永济市瑞富亨机械设备公司机电配件生产线项目", opt=True),
  comp("德济药业公司", None, "总投资0.18亿元的德济药业公司野生连翘抚育示范基地及中药饮片加工车间项目", opt=True),
  comp("彩佳印染公司", None, "总投资0.85亿元的彩佳印染公司数码印染及功能性产品技术改造项目", opt=True),
 ],
 projects=[
  p6("牧原集团永济分公司生猪养殖及饲料厂建设项目", "总投资5.5亿元", comps=["牧原集团永济分公司"]),
  p6("永济市瑞富亨机械设备公司机电配件生产线项目", "总投资0.6亿元", comps=["永济市瑞富亨机械设备公司"]),
  p6("蒲州镇高标准设施葡萄项目", "总投资0.32亿元"),
  p6("香椿大棚设施农业项目", "总投资0.8亿元"),
  p6("德济药业公司野生连翘抚育示范基地及中药饮片加工车间项目", "总投资0.18亿元", comps=["德济药业公司"]),
  p6("彩佳印染公司数码印染及功能性产品技术改造项目", "总投资0.85亿元", comps=["彩佳印染公司"]),
  p6("大西高铁引道绿化、亮化建设项目", "总投资0.3亿元"),
  p6("永济经济技术开发区“九通一平”道路建设工程", "总投资0.53亿元", park=YJ, note="园区基础设施项目"),
  p6("高标准农田建设项目", "总投资0.7亿元"),
 ],
 aggregate_facts=[
  fact("永济市", "region", "projects_started", 9, "count", "总投资9.78亿元的9个项目吹响施工号角", AS6),
  fact("永济市", "region", "projects_started_investment_cny", 9.78e8, "cny", "总投资9.78亿元的9个项目吹响施工号角", AS6, chk=True),
  fact("永济市", "region", "industrial_projects_investment_cny", 8.25e8, "cny", "其中,产业类6项,总投资规模8.25亿元", AS6, opt=True, chk=True),
  fact("永济市", "region", "infrastructure_projects_investment_cny", 1.53e8, "cny", "基础设施类3项,总投资规模1.53亿元", AS6, opt=True, chk=True),
 ])
