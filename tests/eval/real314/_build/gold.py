# real314 ground truth, read by build_all.py (real52's, copied unchanged; helpers park/comp/inst/proj/fund/fact/art/amt).
# Conventions as real52 (real28–real49): evidence verbatim (all six items simplified script as published); names as written;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约. Yuan in investment_cny / *_cny facts; other currencies (欧元, 美元) kept verbatim in
# investment_text with investment_value + investment_currency (investment_cny null). Projects: the park the text places the
# project in, null if none (a district / county / town is not a park). Status from the text's words (开工建设 / 破土动工 /
# 全面开工建设 → 开工; 主体厂房已开始建设 / 续建 提前复工 → 在建; 蓄势待发 / 已获批准 → planned). “预计” figures kind target with
# “（预计）” in as_of; “截至” / “累计” figures cumulative. Sources: `search` (corpus pages) excerpts typed into _raw/pages/paNN.raw.

# ---------------------------------------------------------------- pa01 龙栖湾新区崛起“中国海洋城” (56885.net 2010)
LQ = "锦州龙栖湾新区"
A0 = "今年3月,经省政府批准,娘娘宫临港产业区正式更名为锦州龙栖湾新区,定位为以“光伏产业为主导”的工业园区和集行政办公、商住开发、商业金融、休闲度假等功能于一身的海洋宜居城市"
G["pa01"] = dict(
 article=art("龙栖湾新区崛起“中国海洋城”", "m.56885.net（物流网站转载，页面注“来源:网络”；原发媒体与署名未注明）", "2010-05-24", "day",
  "Logistics site relaying a provincial feature, Liaoning: a coastal new zone of Jinzhou — its rise as a construction site, its positioning as a PV-led industrial park and seaside city, its history (included as a key coastal support zone in 2008, management committee 2009, renamed in March 2010)",
  "http://m.56885.net/news/2010524/211668.html",
  "日期取页面“2010-5-24 23:56:00 来源:网络 编辑:56885”（该行与“摘要:... ...”已删）。标题照录。存段末段“龙栖湾新区位于渤海湾北岸,北依松岭”在句中中断，整段删去；正文截至“…营造了优异氛围和宽松环境。”，含小标题“天时地利人和 龙栖湾风生水起”，共六段。园区：锦州龙栖湾新区（锦州，辽宁；文中又作“龙栖湾新区”“新区”，原名锦州娘娘宫临港产业区，2010年3月更名，故原名列为别名）。机构：锦州市娘娘宫临港产业区管理委员会（2009年8月成立；可选）。存段无项目、无企业、无金额；“光伏产业为主导”只是定位。",
  "pa01"),
 parks=[
  park(LQ, "锦州", "辽宁", "新区（临港产业区）", A0, aliases=["龙栖湾新区", "锦州娘娘宫临港产业区", "娘娘宫临港产业区"],
       note="原名锦州娘娘宫临港产业区，2010年3月经省政府批准更名；2008年6月纳入辽宁沿海经济带重点支持区域"),
 ],
 companies=[],
 institutions=[
  inst("锦州市娘娘宫临港产业区管理委员会", "2009年8月,锦州市娘娘宫临港产业区管理委员会正式成立", note="2009年8月成立"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- pa02 庄河三大产业园区 (zhhbw 2012)
XH = "大连循环产业经济区"
B0 = "位于庄河市的大连循环产业经济区规划面积为27平方公里,定位为发展再生资源回收利用及深加工产业"
B1 = "截至目前,该经济区累计开发面积5.5平方公里,累计建成面积为3平方公里"
B2 = "东达集团已基本完成了静脉园区2平方公里的“七通”及公共设施建设"
B3 = "循环经济产业园、临港工业产业园、化纤及新材料产业园这三大产业园区将作为拉动庄河经济发展新的火车头"
B4 = "庄河市要高起点做好黑岛20平方公里化纤及新材料、庄河港西部30平方公里临港海洋装备及造船园区的规划"
AS2 = "2012年8月"
G["pa02"] = dict(
 article=art("（无标题）庄河三大产业园区：大连循环产业经济区 海关监管场所主体工程已完成", "zhhbw.com（站名与原发媒体、署名存段未示）", "2012-08", "month",
  "Local news site, Liaoning (Dalian, Zhuanghe): a county-level city's three industrial parks — the circular-economy zone's area, developed and built area, a group's eco-industrial sub-park, customs facilities, year-end target; planning of the fibre / new-materials park and the port-side marine-equipment park",
  "http://www.zhhbw.com/shehuiminsheng/201208/082117041.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 201208（月）。文中“今年下半年”与之相符。存段末段“临港产业园区1.7平方公里起步区年内要全面完成基础设施建设,组织实施好中交水”在句中中断，整段删去；正文截至“…组织好填海造地及配套设施建设。”，含两个小标题，共七段。园区：大连循环产业经济区（庄河市，大连，辽宁；导语中的“循环经济产业园”按小标题与段落对应推定为同一园区，列为别名）；临港工业产业园、化纤及新材料产业园（文中又作“化纤及新材料产业园区”）为导语所列另两园；静脉园区由东达集团建设，推定在循环产业经济区内（可选）；“庄河港西部30平方公里临港海洋装备及造船园区”只在规划中（可选）。企业：东达集团。面积：规划27平方公里、累计开发5.5、累计建成3平方公里（cumulative）；黑岛20平方公里、庄河港西部30平方公里为规划面积（可选）。“过千亿产值”无“元”，不作金额事实。",
  "pa02"),
 parks=[
  park(XH, "大连", "辽宁", "经济区（循环经济）", B0, district="庄河市", aliases=["循环经济产业园"],
       note="导语“循环经济产业园”与此区对应（推定）；文中又作“该经济区”“该园区”"),
  park("临港工业产业园", "大连", "辽宁", "产业园（临港工业）", B3, district="庄河市", note="导语三大产业园区之一"),
  park("化纤及新材料产业园", "大连", "辽宁", "产业园（化纤及新材料）", B3, district="庄河市", aliases=["化纤及新材料产业园区"],
       note="规划位于黑岛，20平方公里"),
  park("静脉园区", "大连", "辽宁", "园区（静脉产业）", B2, district="庄河市", parent=XH, opt=True, note="东达集团建设；母园区由语境推定"),
  park("临港海洋装备及造船园区", "大连", "辽宁", "园区（海洋装备及造船）", B4, district="庄河市", opt=True, note="规划中；或即临港工业产业园"),
 ],
 companies=[
  comp("东达集团", XH, B2, note="建设静脉园区"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XH, "park", "planned_area_km2", 27, "km2", B0, AS2),
  fact(XH, "park", "developed_area_km2", 5.5, "km2", B1, "2012年8月（累计）", kind="cumulative"),
  fact(XH, "park", "built_area_km2", 3, "km2", B1, "2012年8月（累计）", kind="cumulative"),
  fact("静脉园区", "park", "area_km2", 2, "km2", B2, AS2, opt=True),
  fact(XH, "park", "phase1_infrastructure_area_km2", 4, "km2", "预计今年年底前,该园区要完成一期4平方公里内部配套设施建设", "2012年末（预计）", kind="target", opt=True),
  fact("化纤及新材料产业园", "park", "planned_area_km2", 20, "km2", B4, AS2, opt=True, note="黑岛20平方公里"),
  fact("临港海洋装备及造船园区", "park", "planned_area_km2", 30, "km2", B4, AS2, opt=True),
 ],
)

# ---------------------------------------------------------------- pa03 沈阳铁西区 (cm.hczyw 2010)
TX = "铁西区"
C0 = "全区预计规模以上工业总产值实现1655亿元,同比增长20.2%"
C1 = "今年以来,该区3000万元以上开、复工项目达233个,总投资906亿元"
C2 = "其中投资10亿欧元的德国宝马汽车二期扩建项目于6月2日开工建设,目前进展顺利"
C3 = "投资15亿美元的法国米其林轮胎环保搬迁改造项目已获国家正式批准"
C4 = "投资48亿元的日本鹿岛集团项目落户铁西,已全面开工建设"
C5 = "日本精工丝杠导轨项目主体厂房已开始建设"
C6 = "博林特电梯、三一综采、中床物流、康师傅饮品等一批续建项目提前复工"
C7 = "东药搬迁、橡四搬迁、数控机床和现代建筑产业等一批新开工项目蓄势待发"
C8 = "做大做强沈阳机床、沈鼓、北方重工、特变电工等一批重点企业"
AS3 = "2010年1–9月（10月2日发布）"
G["pa03"] = dict(
 article=art("（无标题）沈阳铁西区前三季度经济数据与重大项目", "慧聪工程机械网 cm.hczyw.com（原发媒体与署名存段未示）", "2010-10-08", "day",
  "Industry portal relaying a district release, Liaoning (Shenyang): an industrial district's expected output, value added and investment, its equipment-manufacturing cluster zone, key firms, and named foreign and domestic projects started, approved, under construction, resumed or about to start",
  "https://cm.hczyw.com/2010/1008/73021.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2010/1008，文中“10月2日铁西区政府对外发布”。存段末段“与此同时,重大技术装备研制有了新进展…已在国内特高压交流试验示范”在句中中断，整段删去；正文两段。地域：铁西区为沈阳市辖区（region，不作园区）；“铁西装备制造业聚集区”为文中所称建设对象，列为园区（沈阳，铁西区）。项目均只落在“铁西”，园区记 null：德国宝马汽车二期扩建项目（10亿欧元，非人民币：investment_value 1e9 EUR；6月2日开工建设→开工）；法国米其林轮胎环保搬迁改造项目（15亿美元；已获国家正式批准→planned）；日本鹿岛集团项目（48亿元；已全面开工建设→开工）；日本精工丝杠导轨项目（主体厂房已开始建设→在建）；博林特电梯、三一综采、中床物流、康师傅饮品（续建项目提前复工→在建，可选）；东药搬迁、橡四搬迁（新开工项目蓄势待发→planned，可选）。重点企业沈阳机床、沈鼓、北方重工、特变电工在铁西区（园区未说，可选）。事实：规上工业总产值、装备制造业产值、规上工业增加值为“预计”数（target）；固定资产投资同句“预计”统领，亦记 target；开复工项目233个、总投资906亿元为今年以来（cumulative）。",
  "pa03"),
 parks=[
  park("铁西装备制造业聚集区", "沈阳", "辽宁", "产业聚集区（装备制造）", "以加快推进铁西装备制造业聚集区建设", district="铁西区",
       note="文中只出现一次，作为建设对象"),
 ],
 companies=[
  comp("沈阳机床", None, C8, opt=True, note="铁西区重点企业；园区未说"),
  comp("沈鼓", None, C8, opt=True, note="同上"),
  comp("北方重工", None, C8, opt=True, note="同上"),
  comp("特变电工", None, C8, opt=True, note="同上"),
  comp("日本鹿岛集团", None, C4, opt=True, note="项目业主；落户铁西"),
 ],
 projects=[
  proj("德国宝马汽车二期扩建项目", None, C2, inv="投资10亿欧元", currency="eur", value=1e9, phase="二期", status="开工", status_text="开工建设",
       note="6月2日开工；铁西区（园区未说）"),
  proj("法国米其林轮胎环保搬迁改造项目", None, C3, inv="投资15亿美元", currency="usd", value=1.5e9, status="planned", status_text="已获国家正式批准"),
  proj("日本鹿岛集团项目", None, C4, companies=["日本鹿岛集团"], inv="投资48亿元", status="开工", status_text="已全面开工建设", note="落户铁西"),
  proj("日本精工丝杠导轨项目", None, C5, status="在建", status_text="主体厂房已开始建设"),
  proj("博林特电梯", None, C6, status="在建", status_text="续建项目提前复工", opt=True),
  proj("三一综采", None, C6, status="在建", status_text="续建项目提前复工", opt=True),
  proj("中床物流", None, C6, status="在建", status_text="续建项目提前复工", opt=True),
  proj("康师傅饮品", None, C6, status="在建", status_text="续建项目提前复工", opt=True),
  proj("东药搬迁", None, C7, status="planned", status_text="新开工项目蓄势待发", opt=True),
  proj("橡四搬迁", None, C7, status="planned", status_text="新开工项目蓄势待发", opt=True),
 ],
 aggregate_facts=[
  fact(TX, "region", "above_scale_industrial_output_cny", 1.655e11, "cny", C0, "2010年全年（预计）", kind="target", chk=True),
  fact(TX, "region", "above_scale_industrial_output_yoy_growth", 0.202, "ratio", C0, "2010年全年（预计）", kind="ratio"),
  fact(TX, "region", "equipment_manufacturing_output_cny", 1.0881e11, "cny", "其中,装备制造业产值实现1088.1亿元,同比增长20.3%", "2010年全年（预计）", kind="target", chk=True, opt=True),
  fact(TX, "region", "above_scale_industrial_value_added_cny", 4.32e10, "cny", "规模以上工业增加值实现432亿元,同比增长15%", "2010年全年（预计）", kind="target", chk=True, opt=True),
  fact(TX, "region", "fixed_asset_investment_cny", 4.636e10, "cny", "固定资产投资463.6亿元,同比增长38.9%", "2010年全年（预计）", kind="target", chk=True),
  fact(TX, "region", "fixed_asset_investment_yoy_growth", 0.389, "ratio", "固定资产投资463.6亿元,同比增长38.9%", "2010年全年（预计）", kind="ratio", opt=True),
  fact(TX, "region", "projects_started_or_resumed", 233, "count", C1, AS3, kind="cumulative", note="3000万元以上开、复工项目"),
  fact(TX, "region", "projects_started_or_resumed_investment_cny", 9.06e10, "cny", "开、复工项目达233个,总投资906亿元", AS3, kind="cumulative", chk=True),
 ],
)

# ---------------------------------------------------------------- pa04 营口首一船舶修造项目动工 (cncmrn 2010)
SY = "营口首一船舶修造项目"
D0 = "总投资28.7亿元的营口首一船舶修造项目,于8月3日在盖州市沙岗镇田崴村破土动工"
D1 = "营口首一船舶修造项目集造船、修船和海上救助于一体,由营口首一船舶修造有限公司开发建设"
D2 = "一期工程计划投资8.7 亿元,主要建设2座2万吨级半坞式造船台、2座舾装码头及配套生产车间"
D3 = "二期工程计划投资20亿元,建设1座2万吨级半坞式造船台,1座7万吨级修船坞、6座修船码头及舾装码头"
D4 = "工程全部达产后,年修造船能力可达50万吨,年创产值35亿元,年利税4.8亿元"
G["pa04"] = dict(
 article=art("营口首一船舶修造项目动工", "中国市场调查网 cncmrn.com（“产业>机械”频道；原发媒体与署名未注明）", "2010-08-11", "day",
  "Market-research portal, Liaoning (Yingkou, Gaizhou coast): groundbreaking of a shipbuilding and repair project — developer, total investment, two phases with their sums and contents, phase-1 completion plan, expected capacity, output and profit-tax; a vice-mayor's remarks",
  "http://cncmrn.com/channels/nmn/20100811/279509.html",
  "日期取页面“时间:2010年8月11日”（该行与频道菜单、“当前位置”已删）；动工日为8月3日。标题照录，正文三段，完整。地点：盖州市沙岗镇田崴村（营口，辽宁）；文中未提任何园区，项目 park 记 null。项目：营口首一船舶修造项目（总投资28.7亿元，破土动工→开工），业主营口首一船舶修造有限公司；一期工程（计划投资8.7 亿元，预计明年6月竣工投产）、二期工程（计划投资20亿元）作为分期，列可选项目。“一期工程计划投资8.7 亿元”数字与“亿元”间有空格，照录。事实：全部达产后年修造船能力50万吨、年产值35亿元、年利税4.8亿元（target）。",
  "pa04"),
 parks=[],
 companies=[
  comp("营口首一船舶修造有限公司", None, D1, note="项目开发建设方；所在地盖州市沙岗镇，无园区"),
 ],
 institutions=[],
 projects=[
  proj(SY, None, D0, companies=["营口首一船舶修造有限公司"], inv="总投资28.7亿元", status="开工", status_text="破土动工",
       note="2010年8月3日动工；盖州市沙岗镇田崴村，无园区"),
  proj("营口首一船舶修造项目一期工程", None, D2, companies=["营口首一船舶修造有限公司"], inv="一期工程计划投资8.7 亿元", phase="一期",
       status="开工", status_text="破土动工", opt=True, note="预计明年（2011年）6月竣工投产；开工随整体项目推定"),
  proj("营口首一船舶修造项目二期工程", None, D3, companies=["营口首一船舶修造有限公司"], inv="二期工程计划投资20亿元", phase="二期",
       status="planned", opt=True),
 ],
 aggregate_facts=[
  fact(SY, "project", "expected_annual_output_cny", 3.5e9, "cny", "年创产值35亿元,年利税4.8亿元", "全部达产后（预计）", kind="target", chk=True),
  fact(SY, "project", "expected_annual_profit_tax_cny", 4.8e8, "cny", "年利税4.8亿元", "全部达产后（预计）", kind="target", chk=True),
  fact(SY, "project", "shipbuilding_capacity_t", 5e5, "t", D4, "全部达产后（预计）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- pa05 辽宁沿海29个重点区域 + 新华社 (chinacrane 2009)
ZONES = [  # (number, name as written, city, kind, optional, note)
 (1, "大连长兴岛临港工业区", "大连", "临港工业区", False, None),
 (2, "辽宁(营口)沿海产业基地", "营口", "产业基地", False, None),
 (3, "盘锦船舶工业基地", "盘锦", "产业基地（船舶）", False, None),
 (4, "锦州西海工业区", "锦州", "工业区", False, None),
 (5, "葫芦岛北港工业区", "葫芦岛", "工业区", False, None),
 (6, "丹东产业园区", "丹东", "产业园区", False, None),
 (7, "大连花园口工业园区", "大连", "工业园区", False, None),
 (8, "大连经济技术开发区核心产业区", "大连", "经济技术开发区（核心产业区）", False, "原文作“8.大连经济技术开发区”/“核心产业区”两行"),
 (9, "大连保税区主功能区", "大连", "保税区（主功能区）", False, None),
 (10, "营口经济技术开发区", "营口", "经济技术开发区", False, None),
 (11, "大连旅顺南路软件产业带", "大连", "软件产业带", False, None),
 (12, "大连海湾工业区", "大连", "工业区", False, None),
 (13, "大连旅顺经济开发区", "大连", "经济开发区", False, None),
 (14, "大连湾临海装备制造业聚集区及配套区", "大连", "装备制造业聚集区", False, None),
 (15, "大连金渤海岸现代服务业发展区", "大连", "现代服务业发展区", False, None),
 (16, "大连松木岛化工区", "大连", "化工区", False, None),
 (17, "辽宁船舶工业园", None, "工业园（船舶）", True, "所在城市文中未说"),
 (18, "营口仙人岛能源化工区", "营口", "能源化工区", False, None),
 (19, "营口大石桥有色金属工业园", "营口", "工业园（有色金属）", False, None),
 (20, "盘锦石油装备制造基地", "盘锦", "装备制造基地", False, None),
 (21, "锦州港", "锦州", "港口", True, "港口，列入重点区域名单；不一定是园区"),
 (22, "葫芦岛绥中滨海经济区", "葫芦岛", "滨海经济区", False, None),
 (23, "锦州娘娘宫临港产业区", "锦州", "临港产业区", False, None),
 (24, "锦州凌海大有临海经济产业区", "锦州", "临海经济产业区", False, None),
 (25, "兴城临海产业区", "葫芦岛", "临海产业区", False, "兴城为葫芦岛代管县级市"),
 (26, "大连庄河临港经济区", "大连", "临港经济区", False, None),
 (27, "大连金州登沙河新区", "大连", "新区", False, None),
 (28, "大连皮杨中心产业区", "大连", "产业区", False, None),
 (29, "大连长山群岛海洋生态经济区", "大连", "海洋生态经济区", True, "生态经济区，非工业园区"),
]
E0 = "来自辽宁省对外开放工作领导小组办公室的统计数据显示,截至今年一季度,辽宁沿海经济带累计签约项目756个,投资总额达4375.9亿元,其中合同外资额达133.8亿美元"
G["pa05"] = dict(
 article=art("（无标题）最新发布辽宁沿海29个重点发展和支持区域 / 新华社：辽宁沿海经济带发展规划获原则通过", "中国起重机械网 m.chinacrane.net（转载新华社，记者王军 王飞；版面附“最新发布辽宁沿海29个重点发展和支持区域”名单）", "2009-07-02", "day",
  "Industry portal relaying a Xinhua item with a sidebar, Liaoning: the 29 coastal key development and support zones (14 in Dalian) as newly published, the State Council's approval in principle of the coastal-belt plan, the belt's cumulative signed projects, investment and contracted foreign capital",
  "http://m.chinacrane.net/news/200907/02/19078.html",
  "日期取网址 200907/02；新华社电头“沈阳7月1日电”。存段无标题（title 为编者概括）。首行图片说明“这是韩国STX(大连)造船有限公司船坞上正在生产的一艘轮船”已删；名单被页面断成多行（断在名称中间，如“2.辽宁(营口)沿海产业”/“基地”），make_txt.py JOIN 原样拼接、中间不加字，成一段；名单标题与“(其中大连14个)”各一段；电头行保留。存段末段“在大连长兴岛临港工业区5平方公里的临海土地上,韩国STX(大连)造船有限公司…6月中旬,记者在现场采访时看”在句中中断，整段删去（故STX不入正文）。园区：名单29个区域照录（名称如“8.大连经济技术开发区核心产业区”连读），城市按名称前缀；辽宁船舶工业园城市未说（可选）；锦州港（港口）与长山群岛海洋生态经济区（生态区）可选。事实：辽宁沿海经济带（region）截至2009年一季度累计签约项目756个、投资总额4375.9亿元、合同外资额133.8亿美元（cumulative）；29个区域、其中大连14个（可选）。",
  "pa05"),
 parks=[park(nm, city, "辽宁", kind, "%d.%s" % (n, nm), opt=o, note=nt) for (n, nm, city, kind, o, nt) in ZONES],
 companies=[],
 institutions=[
  inst("辽宁省对外开放工作领导小组办公室", E0, note="统计数据来源"),
  inst("辽宁大学经济学院", "辽宁大学经济学院院长林木西教授说", kind="university"),
  inst("国务院常务会议", "《辽宁沿海经济带发展规划》7月1日获国务院常务会议讨论原则通过"),
 ],
 projects=[],
 aggregate_facts=[
  fact("辽宁沿海经济带", "region", "projects_signed", 756, "count", E0, "2009年一季度末（累计）", kind="cumulative"),
  fact("辽宁沿海经济带", "region", "signed_investment_cny", 4.3759e11, "cny", "辽宁沿海经济带累计签约项目756个,投资总额达4375.9亿元", "2009年一季度末（累计）", kind="cumulative", chk=True),
  fact("辽宁沿海经济带", "region", "contracted_fdi_usd", 1.338e10, "usd", "其中合同外资额达133.8亿美元", "2009年一季度末（累计）", kind="cumulative"),
  fact("辽宁沿海经济带", "region", "key_zones", 29, "count", "■最新发布辽宁沿海29个重点发展和支持区域", "2009年7月", opt=True),
  fact("大连", "region", "key_zones", 14, "count", "(其中大连14个)", "2009年7月", opt=True),
 ],
)

# ---------------------------------------------------------------- pa06 辽宁沿海经济带将建成中国黄金经济带 (56885.net 2008)
F1 = "辽宁“五点一线”沿海经济带,是指大连长兴岛临港工业区、辽宁(营口)沿海产业基地(含盘锦船舶工业基地)、辽西锦州湾沿海经济区(含锦州西海工业区和葫芦岛北港工业区)、辽宁丹东产业园区和大连花园口工业园区"
JZW = "辽西锦州湾沿海经济区"
G["pa06"] = dict(
 article=art("辽宁沿海经济带将建成中国黄金经济带", "m.56885.net（物流天下，页面注“来源:物流天下”；原为中新社稿，存段未注明）", "2008-07-25", "day",
  "Logistics portal relaying a news-agency report, Liaoning: a CPPCC forum on the Liaoning coastal economic belt — the belt's 'five points and one line' zones named, provincial leaders' remarks on progress and goals (no figures kept)",
  "http://m.56885.net/news/2008725/81772.html",
  "日期取页面“2008-7-25 15:03:00 来源:物流天下 编辑:56885”（该行与“摘要:... ...”已删）；论坛于7月20日在大连举行。标题照录。存段末段“据悉,截至5月底,辽宁沿海经济带内重点发展区域累计签约项目600多”在句中中断，整段删去；正文四段。同一报道的繁体转码副本（latitude-buildinganddevelopment）未用。园区：“五点一线”所列大连长兴岛临港工业区、辽宁(营口)沿海产业基地、盘锦船舶工业基地（“含”于营口基地，parent）、辽西锦州湾沿海经济区、锦州西海工业区与葫芦岛北港工业区（“含”于锦州湾沿海经济区，parent）、辽宁丹东产业园区、大连花园口工业园区；大窑湾保税港区（大连；规划中的航运中心核心，列为园区）。无项目、无企业、无数字事实（“两年多来”无数值）。机构（可选）：全国政协经济委员会、九三学社中央委员会、辽宁省政协。",
  "pa06"),
 parks=[
  park("大连长兴岛临港工业区", "大连", "辽宁", "临港工业区", F1),
  park("辽宁(营口)沿海产业基地", "营口", "辽宁", "产业基地", F1),
  park("盘锦船舶工业基地", "盘锦", "辽宁", "产业基地（船舶）", F1, parent="辽宁(营口)沿海产业基地", note="“含”于营口沿海产业基地"),
  park(JZW, "锦州", "辽宁", "沿海经济区", F1, note="含锦州西海工业区和葫芦岛北港工业区；跨锦州、葫芦岛"),
  park("锦州西海工业区", "锦州", "辽宁", "工业区", F1, parent=JZW),
  park("葫芦岛北港工业区", "葫芦岛", "辽宁", "工业区", F1, parent=JZW),
  park("辽宁丹东产业园区", "丹东", "辽宁", "产业园区", F1),
  park("大连花园口工业园区", "大连", "辽宁", "工业园区", F1),
  park("大窑湾保税港区", "大连", "辽宁", "保税港区", "以大窑湾保税港区为核心,建成大连东北亚国际航运中心", opt=True, note="作为航运中心核心提及"),
 ],
 companies=[],
 institutions=[
  inst("全国政协经济委员会", "由全国政协经济委员会、九三学社中央委员会和辽宁省政协联合主办的辽宁沿海经济带政协论坛", note="论坛主办方之一"),
  inst("九三学社中央委员会", "由全国政协经济委员会、九三学社中央委员会和辽宁省政协联合主办的辽宁沿海经济带政协论坛", note="论坛主办方之一"),
  inst("辽宁省政协", "由全国政协经济委员会、九三学社中央委员会和辽宁省政协联合主办的辽宁沿海经济带政协论坛", note="论坛主办方之一"),
 ],
 projects=[],
 aggregate_facts=[],
)
