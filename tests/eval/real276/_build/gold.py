# real276 ground truth, read by build_all.py (helpers defined there; copied from real52).
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written; 以上/突破/超过 → 超,
# 多/余 → 余, 约 → 约. Yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates as ratios.
# Projects: park the text places them in, null if only a county/city is named. Status from the text's words (开工 → 开工;
# 建成投产 → 投产; 设备安装调试 → 在建; 环评、立项 → planned; 确保…投产/完成建设 (year targets for projects under way) → 在建
# with status_alt planned). Year plans and “力争” figures are kind target; “目前 / 截至目前” counts and sums are cumulative.

# ---------------------------------------------------------------- ro01 南阳卧龙区7个项目集中开工 (大河网 via bgwkn 2016)
GD = "光电产业集聚区"
A0 = "10月24日,南阳市卧龙区举行项目集中开工仪式,7个项目集中开工,总投资19.6亿元"
A1 = "当天开工的这7个项目,分别是南阳机器人、无人机高端信息产业园项目,高能量高功率锂离子电池项目,年产3000吨兽用药物制剂项目,高功率动力型锂离子电池及电池组项目,年产1000万部手机南阳智能终端电子产业园项目,年产60台(套)大、中型筑路机械设备生产线项目年产5000吨轻钢结构项目"
A2 = "其中南阳机器人、无人机高端信息产业园项目,由香港兄弟电子控股集团投资建设,总投资10亿元,一期投资4亿元,利用光电产业集聚区标准化厂房建设机器人、无人机、平板电脑、手机、VR虚拟现实等智能终端电子产业园"
AS1 = "2016年10月24日"
G["ro01"] = dict(
 article=art("南阳卧龙区7个项目集中开工总投资近20亿元", "大河网（“大河网讯”），载于 bgwkn.com“招商动态”栏（记者署名存段未示）", "2016-10-31", "day",
  "Investment-promotion site relaying a provincial news portal, Henan: a district's groundbreaking of seven projects — total investment, expected output and tax, the seven projects named, one of them (a robot / drone park by a Hong Kong group, with total and phase-1 investment) placed in the district's optoelectronics industrial cluster zone",
  "http://bgwkn.com/nanyangdongtai/214246.html",
  "日期取页面“| 招商动态 |2016-10-31”（开工日为10月24日）。标题照录；栏目日期行已删。存段末段“近年来,卧龙区…我区连续多年被市委、市政府授予”在句中中断，整段删去，正文截至“…提供就业岗位1500个以上。”，共三段。园区：光电产业集聚区（南阳市卧龙区，河南；文中只作此名）。项目：七个项目均“集中开工”（开工）；只有“南阳机器人、无人机高端信息产业园项目”写明投资（总投资10亿元，一期4亿元）并写明位于光电产业集聚区（利用其标准化厂房），其余六个园区未说（park null）。原文“年产60台(套)大、中型筑路机械设备生产线项目年产5000吨轻钢结构项目”两项之间无标点，照录，分为两个项目。公司：香港兄弟电子控股集团（投资方；项目在光电产业集聚区）。事实：卧龙区7个项目、19.6亿元；建成后年产值75亿元、税收2.3亿元（预期，target）；机器人项目一期建成后三年内年产值40亿元（可选）。",
  "ro01"),
 parks=[
  park(GD, "南阳", "河南", "产业集聚区", A2, district="卧龙区", note="文中只作“光电产业集聚区”；位于卧龙区由语境推定"),
 ],
 companies=[
  comp("香港兄弟电子控股集团", GD, A2, note="南阳机器人、无人机高端信息产业园项目投资方；项目利用光电产业集聚区标准化厂房"),
 ],
 projects=[
  proj("南阳机器人、无人机高端信息产业园项目", GD, A2, companies=["香港兄弟电子控股集团"], inv="总投资10亿元", status="开工", status_text="集中开工",
       note="一期投资4亿元；一期建成后三年内年产值40亿元、税收1.2亿元"),
  proj("高能量高功率锂离子电池项目", None, A1, status="开工", status_text="集中开工"),
  proj("年产3000吨兽用药物制剂项目", None, A1, status="开工", status_text="集中开工"),
  proj("高功率动力型锂离子电池及电池组项目", None, A1, status="开工", status_text="集中开工"),
  proj("年产1000万部手机南阳智能终端电子产业园项目", None, A1, status="开工", status_text="集中开工"),
  proj("年产60台(套)大、中型筑路机械设备生产线项目", None, A1, status="开工", status_text="集中开工"),
  proj("年产5000吨轻钢结构项目", None, A1, status="开工", status_text="集中开工", note="原文与上一项之间无标点"),
 ],
 aggregate_facts=[
  fact("卧龙区", "region", "projects_started", 7, "count", A0, AS1),
  fact("卧龙区", "region", "projects_started_investment_cny", 1.96e9, "cny", "7个项目集中开工,总投资19.6亿元", AS1, chk=True),
  fact("卧龙区", "region", "expected_annual_output_cny", 7.5e9, "cny", "这些项目建成后,可实现年产值75亿元,税收2.3亿元", "建成后（预期）", kind="target", chk=True),
  fact("卧龙区", "region", "expected_annual_tax_cny", 2.3e8, "cny", "税收2.3亿元,提供就业岗位5000个以上", "建成后（预期）", kind="target", chk=True, opt=True),
  fact("南阳机器人、无人机高端信息产业园项目", "project", "phase1_investment_cny", 4e8, "cny", "一期投资4亿元", AS1, opt=True, chk=True),
  fact("南阳机器人、无人机高端信息产业园项目", "project", "expected_annual_output_cny", 4e9, "cny", "三年内可实现年产值40亿元,税收1.2亿元", "一期建成后三年内（预期）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ro02 【南阳园区】西峡县产业集聚区 (bgwkn 2016)
XX = "西峡县产业集聚区"
B0 = "西峡县产业集聚区位于县城东部,是2009年4月省政府首批命名的产业集聚区之一"
B1 = "省核准规划面积24.17平方公里"
B2 = "2015年主营业务收入466亿元,增速4.7%"
B3 = "税收收入完成8.5亿元,增速5%"
B4 = "工业增加值完成110亿元,增速13%"
B5 = "固定资产投资完成145亿元,增速14.2%"
B6 = "计划新上项目20个以上,其中固定资产投资超亿元项目15个以上,新投产项目1 0个以上"
B7 = "主营业务收入完成524亿元,同比增长12%"
B8 = "固定资产投资完成156亿元,同比增长12%"
B9 = "税收收入完成9亿元,同比增长5.8%"
B10 = "新吸纳从业人员2000人,总从业人员达50000人"
Y15, Y17 = "2015年", "2017年（计划）"
G["ro02"] = dict(
 article=art("【南阳园区】西峡县产业集聚区", "bgwkn.com“招商动态”栏（园区简介；原发单位与署名存段未示）", "2016-12-22", "day",
  "Investment-promotion site's zone profile, Henan: a county industrial cluster zone — location and approved area, 2015 revenue, tax, value added and fixed-asset investment with growth, titles earned, and the 2017 plan (projects, revenue, investment, tax, employment targets)",
  "http://bgwkn.com/nanyangdongtai/268460.html",
  "日期取页面“| 招商动态 |2016-12-22”。标题照录（含栏目标记“【南阳园区】”）；栏目日期行已删。存段末段“2、主导产业集群培育计划。…新投产项目8个以”在句中中断，整段删去，正文截至“…争创全省先进产业集聚区。”，共五段（含小标题“2017年发展规划”一行）。原文“1 0个以上”数字中有空格，照录（值记 10）。园区：西峡县产业集聚区（南阳市西峡县，河南；“被确定为河南省宛西高新技术产业开发区(2012年底)”——宛西高新区作为别名，见 note）。事实：2015年主营业务收入、税收、工业增加值、固定资产投资及增速（reported）；规划面积；2017年计划（target；“以上”→超）。荣誉称号不列。",
  "ro02"),
 parks=[
  park(XX, "南阳", "河南", "产业集聚区", B0, district="西峡县", aliases=["河南省宛西高新技术产业开发区"],
       note="2012年底被确定为河南省宛西高新技术产业开发区（别名；也可视为同一园区的另一牌子）"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(XX, "park", "planned_area_km2", 24.17, "km2", B1, "2016年"),
  fact(XX, "park", "main_business_revenue_cny", 4.66e10, "cny", B2, Y15, chk=True),
  fact(XX, "park", "main_business_revenue_growth", 0.047, "ratio", B2, Y15, kind="ratio"),
  fact(XX, "park", "tax_revenue_cny", 8.5e8, "cny", B3, Y15, chk=True),
  fact(XX, "park", "tax_revenue_growth", 0.05, "ratio", B3, Y15, kind="ratio", opt=True),
  fact(XX, "park", "industrial_value_added_cny", 1.1e10, "cny", B4, Y15, chk=True),
  fact(XX, "park", "industrial_value_added_growth", 0.13, "ratio", B4, Y15, kind="ratio", opt=True),
  fact(XX, "park", "fixed_asset_investment_cny", 1.45e10, "cny", B5, Y15, chk=True),
  fact(XX, "park", "fixed_asset_investment_growth", 0.142, "ratio", B5, Y15, kind="ratio", opt=True),
  fact(XX, "park", "new_projects", 20, "count", B6, Y17, kind="target", qual="超", qtext="以上"),
  fact(XX, "park", "new_projects_over_100m", 15, "count", B6, Y17, kind="target", qual="超", qtext="以上", opt=True),
  fact(XX, "park", "projects_into_production", 10, "count", B6, Y17, kind="target", qual="超", qtext="以上", opt=True, note="原文“1 0个以上”"),
  fact(XX, "park", "main_business_revenue_cny", 5.24e10, "cny", B7, Y17, kind="target", chk=True),
  fact(XX, "park", "main_business_revenue_growth", 0.12, "ratio", B7, Y17, kind="target", opt=True),
  fact(XX, "park", "fixed_asset_investment_cny", 1.56e10, "cny", B8, Y17, kind="target", chk=True),
  fact(XX, "park", "tax_revenue_cny", 9e8, "cny", B9, Y17, kind="target", chk=True),
  fact(XX, "park", "new_employees", 2000, "persons", B10, Y17, kind="target", opt=True),
  fact(XX, "park", "employees", 50000, "persons", B10, Y17, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ro03 罗山一季度重点项目集中开工 (信阳在线 2019)
LS = "罗山县产业集聚区"
C0 = "随着罗山县委书记许远福的一声令下,罗山县产业集聚区新项目工地上,披红带彩的20多台推土机、挖掘机等重型机械立即启动作业,该县2019年一季度重点项目集中开工活动暨辉贸实业电子科技创业园项目正式开工"
C1 = "2019年,计划实施重点建设项目188个,总投资533亿元,比2018年增加282.4亿元,同比增长112.3%"
C2 = "我们今天集中开工辉贸实业、信中电子、君宏配件、初鑫电子、浙盛环保等48个重点项目,投资总额达113.4亿元,年度投资计划63.8亿元"
AS3 = "2019年2月12日"
G["ro03"] = dict(
 article=art("罗山一季度重点项目集中开工", "信阳在线（www.0376.name，“县区资讯”栏，发布者 admin；原发媒体与署名存段未示）", "2019-02-14", "day",
  "City portal's county news, Henan: a county's first-quarter groundbreaking held at its industrial cluster zone — the flagship electronics park project, the county's 2019 key-project plan with growth, 48 projects started with total and annual investment, firms named",
  "http://www.0376.name/article-787-1.html",
  "日期取页面“2019-2-14 14:54”（开工日为2月12日）。标题照录；站名、搜索框、栏目路径、发布者行与“摘要:…”行已删。存段末段“我们公司于20”在句中中断，整段删去，正文截至“…该县发改委主任周明海向记者介绍说。”，共三段。园区：罗山县产业集聚区（信阳市罗山县，河南）。项目：辉贸实业电子科技创业园项目（在集聚区工地正式开工，开工；无金额）。公司：辉贸实业（项目业主，在集聚区）；信中电子、君宏配件、初鑫电子、浙盛环保（48个项目中点名的企业，园区未说，可选）。事实：罗山县2019年计划重点项目188个、总投资533亿元、年度计划投资162.6亿元（target）；集中开工48个、投资113.4亿元（reported）、年度计划63.8亿元（target）。",
  "ro03"),
 parks=[
  park(LS, "信阳", "河南", "产业集聚区", C0, district="罗山县"),
 ],
 companies=[
  comp("辉贸实业", LS, C0, note="辉贸实业电子科技创业园项目业主"),
  comp("信中电子", None, C2, opt=True), comp("君宏配件", None, C2, opt=True),
  comp("初鑫电子", None, C2, opt=True), comp("浙盛环保", None, C2, opt=True),
 ],
 projects=[
  proj("辉贸实业电子科技创业园项目", LS, C0, companies=["辉贸实业"], status="开工", status_text="正式开工"),
 ],
 aggregate_facts=[
  fact("罗山县", "region", "key_projects_planned", 188, "count", C1, "2019年（计划）", kind="target"),
  fact("罗山县", "region", "key_projects_total_investment_cny", 5.33e10, "cny", "总投资533亿元,比2018年增加282.4亿元", "2019年（计划）", kind="target", chk=True),
  fact("罗山县", "region", "key_projects_total_investment_growth", 1.123, "ratio", C1, "2019年（计划）", kind="ratio", opt=True),
  fact("罗山县", "region", "planned_annual_investment_cny", 1.626e10, "cny", "年度计划投资162.6亿元,比2018年增加55.5亿元", "2019年（计划）", kind="target", chk=True),
  fact("罗山县", "region", "projects_started", 48, "count", C2, AS3),
  fact("罗山县", "region", "projects_started_investment_cny", 1.134e10, "cny", "投资总额达113.4亿元,年度投资计划63.8亿元", AS3, chk=True),
  fact("罗山县", "region", "projects_started_planned_annual_investment_cny", 6.38e9, "cny", "年度投资计划63.8亿元", "2019年（计划）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ro04 郑州航空港经济综合实验区 2017年度工作会议 (henan.sina 2017)
HK = "郑州航空港经济综合实验区"
D0 = "2月23日,郑州航空港经济综合实验区举行2017年度工作会议,敲定全年工作大盘"
D1 = "该区确定的主要经济指标是:地区生产总值增长确保13%,力争15%"
D2 = "力争全年入驻手机企业超200家,投产企业约60家,全区非苹果手机产量达2亿部、产值300亿元"
D3 = "在零组件方面,加快推进四季春摄像模组、陶瓷盖板、自动化后端模组等项目签约落地,确保日永光电、华宇彩晶等项目投产,力争零组件产值突破100亿元"
D4 = "今年,该区产业发展将完成“415”目标,即企业主营业务收入超过4000亿元,总投资1000亿元,新签约项目50个"
D5 = "全年共安排重点项目334个,其中年内竣工投产(用)项目89个、续建项目82个、新开工项目101个"
D6 = "将确保国际贸易服务中心、坤鼎产业园一期、台湾科技园一期、中原陆运国际中转枢纽一期等89个重点项目完成建设"
D7 = "确保蓝宝石产业园一期、朝虹电子科技园一期、企业总部经济园一期等项目投产见效"
Y = "2017年（目标）"
def hk(name, ev, st, stxt, phase=None, opt=False, alt="planned", note=None):
    r = proj(name, HK, ev, status=st, status_text=stxt, phase=phase, opt=opt, note=note)
    if alt: r["status_alt"] = alt
    return r
G["ro04"] = dict(
 article=art("（无标题）郑州航空港经济综合实验区举行2017年度工作会议", "henan.sina.com.cn（新浪河南 city/csgz 频道；“本报讯(记者 杨凌)”，原发报纸未注明）", "2017-02-24", "day",
  "Regional portal relaying a newspaper item, Henan: a national airport economy zone's 2017 work meeting — GDP growth target, smartphone industry targets (firms, output), component projects to be signed or put into production, the zone's revenue / investment / signing targets, key projects by stage and named projects to be completed or put into production",
  "http://henan.sina.com.cn/city/csgz/2017-02-24/city-ifyavvsh6192071.shtml",
  "存段无标题行（title 为编者概括），正文自“本报讯(记者 杨凌)”起，四段，完整；日期取 URL（2017-02-24；会议为2月23日）。原发报纸未注明。园区：郑州航空港经济综合实验区（文中又作“郑州航空港”“该区”“全区”；郑州，河南；位于新郑市境内，非郑州主城区）。项目均为该区2017年工作目标中的在建或待签项目：日永光电、华宇彩晶（“确保…投产”，在建，status_alt planned）；四季春摄像模组、陶瓷盖板、自动化后端模组（“加快推进…签约落地”，planned，可选）；国际贸易服务中心、坤鼎产业园一期、台湾科技园一期、中原陆运国际中转枢纽一期（“确保…完成建设”，在建）；蓝宝石产业园一期、朝虹电子科技园一期、企业总部经济园一期（“确保…投产见效”，在建）。冷链物流产业园区核心区（规划建设）列为可选项目。公司：日永光电、华宇彩晶以企业名作项目名，另列可选公司。事实：全部为2017年目标（target），含“超/约/突破”限定。",
  "ro04"),
 parks=[
  park(HK, "郑州", "河南", "航空港经济综合实验区（国家级）", D0, aliases=["郑州航空港"], note="文中又作“郑州航空港”“该区”“全区”"),
 ],
 companies=[
  comp("日永光电", HK, D3, opt=True, note="以企业名称作项目名"),
  comp("华宇彩晶", HK, D3, opt=True, note="以企业名称作项目名"),
 ],
 projects=[
  hk("日永光电", D3, "在建", "确保…项目投产", note="2017年内投产目标"),
  hk("华宇彩晶", D3, "在建", "确保…项目投产", note="2017年内投产目标"),
  hk("四季春摄像模组", D3, "planned", "加快推进…签约落地", opt=True, alt=None),
  hk("陶瓷盖板", D3, "planned", "加快推进…签约落地", opt=True, alt=None),
  hk("自动化后端模组", D3, "planned", "加快推进…签约落地", opt=True, alt=None),
  hk("国际贸易服务中心", D6, "在建", "确保…完成建设"),
  hk("坤鼎产业园一期", D6, "在建", "确保…完成建设", phase="一期"),
  hk("台湾科技园一期", D6, "在建", "确保…完成建设", phase="一期"),
  hk("中原陆运国际中转枢纽一期", D6, "在建", "确保…完成建设", phase="一期"),
  hk("蓝宝石产业园一期", D7, "在建", "确保…投产见效", phase="一期"),
  hk("朝虹电子科技园一期", D7, "在建", "确保…投产见效", phase="一期"),
  hk("企业总部经济园一期", D7, "在建", "确保…投产见效", phase="一期"),
  hk("冷链物流产业园区核心区", "郑州航空港将加快推进冷链物流产业园区核心区规划建设", "planned", "加快推进…规划建设", opt=True, alt=None),
 ],
 aggregate_facts=[
  fact(HK, "park", "gdp_growth", 0.13, "ratio", D1, Y, kind="target", note="确保13%，力争15%"),
  fact(HK, "park", "mobile_phone_firms", 200, "count", D2, Y, kind="target", qual="超", qtext="超"),
  fact(HK, "park", "mobile_phone_firms_in_production", 60, "count", D2, Y, kind="target", qual="约", qtext="约"),
  fact(HK, "park", "non_apple_phone_output_units", 2e8, "units", D2, Y, kind="target"),
  fact(HK, "park", "non_apple_phone_output_value_cny", 3e10, "cny", "全区非苹果手机产量达2亿部、产值300亿元", Y, kind="target", chk=True),
  fact(HK, "park", "component_output_value_cny", 1e10, "cny", "力争零组件产值突破100亿元", Y, kind="target", qual="超", qtext="突破", chk=True),
  fact(HK, "park", "main_business_revenue_cny", 4e11, "cny", "即企业主营业务收入超过4000亿元,总投资1000亿元", Y, kind="target", qual="超", qtext="超过", chk=True),
  fact(HK, "park", "total_investment_cny", 1e11, "cny", "总投资1000亿元,新签约项目50个", Y, kind="target", chk=True),
  fact(HK, "park", "new_signed_projects", 50, "count", D4, Y, kind="target"),
  fact(HK, "park", "key_projects", 334, "count", D5, Y, kind="target"),
  fact(HK, "park", "projects_completed_or_in_production", 89, "count", D5, Y, kind="target"),
  fact(HK, "park", "projects_continuing", 82, "count", D5, Y, kind="target", opt=True),
  fact(HK, "park", "projects_new_started", 101, "count", D5, Y, kind="target"),
 ])

# ---------------------------------------------------------------- ro05 南阳西峡产业集聚区:新能源产业 (relay 2015)
E0 = "投资15亿元的新能源汽车整车生产研发项目建成投产"
E1 = "投资5.8亿元的环碧环保设备生产线项目正在进行设备安装调试"
E2 = "投资10.6亿元的高性能纳米线钒系锂离子动力电池项目正在进行环评、立项"
E3 = "走进西峡县产业集聚区,处处可见如火如荼的建设场景,一个个高端新能源产业项目纷纷落户"
G["ro05"] = dict(
 article=art("南阳西峡产业集聚区:新能源产业为发展添动力", "zhengzhou.baogaosu.com（“新闻”栏转载；原发媒体与署名存段未示）", "2015-10-29", "day",
  "News aggregator relaying a feature, Henan: a county industrial cluster zone's new-energy projects at three stages (in production, equipment being installed, environmental assessment and approval) with investments, and the county's green screening of projects",
  "https://zhengzhou.baogaosu.com/xinwen/%E8%A5%BF%E5%B3%A1%E4%BA%A7%E4%B8%9A%E9%9B%86%E8%81%9A%E5%8C%BA%E6%96%B0%E8%83%BD%E6%BA%90%E4%BA%A7%E4%B8%9A%E4%B8%BA%E5%8F%91%E5%B1%95/39498244",
  "日期取页面“29.10.2015  10:54”。标题照录。存段正文为一行，段落之间以7个空格隔开；make_txt.py 在这些空格处分段（SPLIT），段内不改一字。第三段“重视科技创新…其中32项已投入产业开发应用。今年以来,北”在句中中断，整段删去，正文截至“…确保了生态与经济的协调发展。”，共两段。园区：西峡县产业集聚区（南阳市西峡县，河南）。项目（均在集聚区）：新能源汽车整车生产研发项目（15亿元，建成投产→投产）；环碧环保设备生产线项目（5.8亿元，设备安装调试→在建）；高性能纳米线钒系锂离子动力电池项目（10.6亿元，环评、立项→planned）。“环碧环保”只在项目名中，列可选公司。县里取缔污染企业等数字不属园区，列可选。",
  "ro05"),
 parks=[
  park("西峡县产业集聚区", "南阳", "河南", "产业集聚区", E3, district="西峡县"),
 ],
 companies=[
  comp("环碧环保", "西峡县产业集聚区", E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("新能源汽车整车生产研发项目", "西峡县产业集聚区", E0, inv="投资15亿元", status="投产", status_text="建成投产"),
  proj("环碧环保设备生产线项目", "西峡县产业集聚区", E1, companies=["环碧环保"], inv="投资5.8亿元", status="在建", status_text="正在进行设备安装调试"),
  proj("高性能纳米线钒系锂离子动力电池项目", "西峡县产业集聚区", E2, inv="投资10.6亿元", status="planned", status_text="正在进行环评、立项"),
 ],
 aggregate_facts=[
  fact("西峡县", "region", "polluting_firms_closed", 16, "count", "相继取缔了16家重点污染企业", "截至2015年10月", kind="cumulative", opt=True),
  fact("西峡县", "region", "projects_rejected", 40, "count", "先后否决高耗能、高污染项目达40多个", "截至2015年10月", kind="cumulative", qual="余", qtext="多", opt=True),
  fact("西峡县", "region", "firms_closed_or_relocated", 232, "count", "关停迁移水泥、造纸、化工、畜禽养殖等涉水行业企业232家", "截至2015年10月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ro06 新郑加大引资和项目建设力度 (郑州日报 2016)
F0 = "目前,该市引资到位资金完成63.6亿元,占目标任务150亿元的42.4%"
F1 = "引进域外境内资金39.9亿元,占郑州市下达目标任务107.5亿元的37.1%"
F2 = "目前,新开工项目7个,投资金额55.6亿元,主要有郑州一建建筑产业现代化园区、佳龙食品、龙湖锦艺购物中心等"
F3 = "目前,辖区共新签约项目19个,签约总额417.4亿元"
F4 = "新达成合作意向项目21个,意向金额247.6亿元"
F5 = "比如在孟庄镇,华南城二期商住园区项目1200亩土地征收工作即将完成"
F6 = "农民创业园二期正在加快建设5.5万平方米的标准化厂房"
F7 = "机场后勤保障基地、泽晨置业、君利雅居悦、雅熙园、大港置业共210万平方米项目建设工作也在高效推进"
AS6 = "2016年6月"
G["ro06"] = dict(
 article=art("新郑加大引资和项目建设力度", "郑州日报（记者 高凯），zzrb.zynews.cn 数字报第07版:市县新闻", "2016-06-17", "day",
  "City daily's county-level page, Henan: a county-level city near Zhengzhou's airport zone — investment attracted against targets, projects newly started (three named) with their total, projects signed and intended with sums, a mall-park's land acquisition and a farmers' enterprise park's phase 2 building standard factories",
  "https://zzrb.zynews.cn/html/2016-06/17/content_746201.htm",
  "日期取 URL 与数字报版面（2016-06-17，第07版）。主标题照录；副题“新开工项目呈增长趋势”、版面目录、导航行与“3上一篇  下一篇4”已删。正文三段，完整。地点：新郑市（郑州，河南，郑州主城区外）。园区：农民创业园（二期在建标准化厂房；位于孟庄镇由语境推定）。项目：郑州一建建筑产业现代化园区、佳龙食品、龙湖锦艺购物中心（“新开工项目…主要有”→开工；无单项金额；园区未说）；华南城二期商住园区项目（1200亩土地征收即将完成，无状态）；农民创业园二期（在建，5.5万平方米标准化厂房）；机场后勤保障基地等五项在建（可选）。事实归新郑市（region）：引资到位63.6亿元（截至目前，cumulative）、目标150亿元（target）、完成率42.4%；域外境内资金39.9亿元、目标107.5亿元；新开工7个、55.6亿元；新签约19个、417.4亿元；意向21个、247.6亿元。",
  "ro06"),
 parks=[
  park("农民创业园", "郑州", "河南", "创业园（标准化厂房园区）", F6, district="新郑市", note="文中只作“农民创业园二期”；位于孟庄镇由语境推定"),
 ],
 companies=[
  comp("佳龙食品", None, F2, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("郑州一建建筑产业现代化园区", None, F2, status="开工", status_text="新开工项目"),
  proj("佳龙食品", None, F2, status="开工", status_text="新开工项目"),
  proj("龙湖锦艺购物中心", None, F2, status="开工", status_text="新开工项目"),
  proj("华南城二期商住园区项目", None, F5, status=None, status_text="土地征收工作即将完成", phase="二期", opt=True),
  proj("农民创业园二期", "农民创业园", F6, status="在建", status_text="正在加快建设", phase="二期"),
  proj("机场后勤保障基地", None, F7, status="在建", status_text="建设工作也在高效推进", opt=True),
 ],
 aggregate_facts=[
  fact("新郑市", "region", "investment_funds_in_place_cny", 6.36e9, "cny", F0, "截至2016年6月", kind="cumulative", chk=True),
  fact("新郑市", "region", "investment_funds_in_place_target_cny", 1.5e10, "cny", "占目标任务150亿元的42.4%", "2016年（目标）", kind="target", chk=True),
  fact("新郑市", "region", "investment_funds_in_place_completion", 0.424, "ratio", F0, "截至2016年6月", kind="ratio", opt=True),
  fact("新郑市", "region", "domestic_outside_funds_cny", 3.99e9, "cny", F1, "截至2016年6月", kind="cumulative", chk=True),
  fact("新郑市", "region", "domestic_outside_funds_target_cny", 1.075e10, "cny", "占郑州市下达目标任务107.5亿元的37.1%", "2016年（目标）", kind="target", chk=True, opt=True),
  fact("新郑市", "region", "projects_started", 7, "count", F2, "截至2016年6月", kind="cumulative"),
  fact("新郑市", "region", "projects_started_investment_cny", 5.56e9, "cny", "新开工项目7个,投资金额55.6亿元", "截至2016年6月", kind="cumulative", chk=True),
  fact("新郑市", "region", "projects_signed", 19, "count", F3, "截至2016年6月", kind="cumulative"),
  fact("新郑市", "region", "projects_signed_investment_cny", 4.174e10, "cny", "签约总额417.4亿元", "截至2016年6月", kind="cumulative", chk=True),
  fact("新郑市", "region", "projects_intended", 21, "count", F4, "截至2016年6月", kind="cumulative", opt=True),
  fact("新郑市", "region", "projects_intended_investment_cny", 2.476e10, "cny", "意向金额247.6亿元", "截至2016年6月", kind="cumulative", chk=True, opt=True),
 ])
