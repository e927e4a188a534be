# real173 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a district is a region, not a park). Status from the
# text's words (开工 / 同步开工 → 开工; 集中投产 → 投产; 签约落户 → 签约; 建设中 → 在建; 完成交付 → 竣工). Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/vpNN.raw as returned.

# ---------------------------------------------------------------- vp01 两江新区 2023年一季度招商 (爱好者日报网 relay)
LJ = "两江新区"
A0 = "4月28日,2023年一季度全市招商投资赛马榜出炉,两江新区上榜8次,全市第一"
A1 = "其中,豪雅光掩膜版项目、利龙中宝汽车电子研发生产项目、中电投城建新产业综合平台项目等一批优质项目签约落户两江新区"
A2 = "据了解,2023年一季度,两江新区签约项目涵盖智能网联新能源汽车、高端装备、生命健康等众多领域,合同投资额526.18亿元,开工率68.3%,到位资金110亿元,投资转化率31.4%"
AQ = "2023年一季度"
G["vp01"] = dict(
 article=art("（无标题）两江新区2023年一季度招商投资赛马榜上榜8次 签约项目合同投资额526.18亿元", "爱好者日报网（news.baiduer.com.cn；原发媒体与署名未注明）", "2023-04-30", "day",
  "Aggregator news site relaying a Chongqing item: a national new area's first-quarter investment-promotion results — ranking in the city's league table, contract value, start rate, funds in place, conversion rate, three named projects signed, the area's promotion priorities",
  "http://news.baiduer.com.cn/news/2023/0430/150713.html",
  "日期取网址 2023/0430；文中“4月28日…2023年一季度全市招商投资赛马榜出炉”。存段无标题（title 为编者概括），开头“【资料图】”与页脚“标签:/关于我们…/Copyright…”已删；正文五段，完整（末段“有关负责人表示其中,”原文如此，照录）。园区：两江新区（重庆；国家级新区，文中未说级别，kind 记“新区”）。项目：豪雅光掩膜版项目、利龙中宝汽车电子研发生产项目、中电投城建新产业综合平台项目，“签约落户两江新区”→签约，无金额。公司：两江新区招商集团（园区招商平台，可选）。事实：一季度签约项目合同投资额526.18亿元、开工率68.3%、到位资金110亿元、投资转化率31.4%；赛马榜上榜8次（可选）。",
  "vp01"),
 parks=[
  park(LJ, "重庆", "重庆", "新区", A0, note="文中未写“国家级”"),
 ],
 companies=[
  comp("两江新区招商集团", LJ, "两江新区招商集团有关负责人表示,二季度,两江新区将继续坚持真抓实干", opt=True, note="园区招商平台公司"),
 ],
 projects=[
  proj("豪雅光掩膜版项目", LJ, A1, status="签约", status_text="签约落户"),
  proj("利龙中宝汽车电子研发生产项目", LJ, A1, status="签约", status_text="签约落户"),
  proj("中电投城建新产业综合平台项目", LJ, A1, status="签约", status_text="签约落户"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "signed_contract_value_cny", 5.2618e10, "cny", A2, AQ, chk=True, note="一季度签约项目合同投资额"),
  fact(LJ, "park", "signed_projects_start_rate", 0.683, "ratio", "开工率68.3%", AQ, kind="ratio"),
  fact(LJ, "park", "funds_in_place_cny", 1.1e10, "cny", "到位资金110亿元", AQ, chk=True),
  fact(LJ, "park", "investment_conversion_rate", 0.314, "ratio", "投资转化率31.4%", AQ, kind="ratio"),
  fact(LJ, "park", "league_table_listings", 8, "count", A0, AQ, opt=True, note="全市招商投资赛马榜上榜次数"),
 ])

# ---------------------------------------------------------------- vp02 璧山高新区一季度喜迎“开门红” (2022)
BS = "璧山高新区"
B0 = "行走在重庆璧山高新区,目之所及处处塔吊林立、焊花飞溅、机声隆隆,洋溢着强劲的发展气息"
B1 = "一季度,高新区实现规上工业总产值224亿元,同比增长27%"
B2 = "在中南高科·璧山智造基地一期项目建设现场,27栋厂房已完成建设,剩余9栋厂房已完成主体施工,预计今年6月全部建成投产"
B3 = "目前,一期主体工程已经完工,正在进行附属设施装修,二期工程于2021年7月开工,目前已完成主体工程的40%,计划6月底完成主体工程的80%"
BQ = "2022年一季度"
ZN = "中南高科·璧山智造基地一期项目"
G["vp02"] = dict(
 article=art("璧山高新区一季度喜迎“开门红”", "华龙网式电头“4月18日6时讯”，载于 zgrwj.com（原发媒体与署名未注明；图片署“壁山报供图”）", "2022-04-18", "day",
  "Relay of a Chongqing district news item: a high-tech zone's first-quarter figures (above-scale output, strategic emerging and digital-economy output, fixed-asset investment, trade, fiscal revenue, each with growth) and two projects under construction with their progress and expected output",
  "https://zgrwj.com/news/jingji/20220418/13631.html",
  "日期取网址 20220418 与电头“4月18日6时讯”。标题照录；图片说明“蓬勃发展的璧山高新区(资料图)。壁山报供图”已删（make_txt inner_drop）；小标题“开局向好”“项目建设“火力全开””保留为段。存段末句““项目建设是经济高质量发展的根本抓手,也是高新区全年各项工作”中断，整行删去，正文截至“…计划6月底完成主体工程的80%。”。园区：璧山高新区（文中又作“重庆璧山高新区”“高新区”；重庆璧山区）。机构：璧山高新区管委会（可选）。项目：中南高科·璧山智造基地一期项目（27栋建成、9栋主体完工，预计6月全部建成投产→在建）；中小企业家园项目（一期主体完工、二期2021年7月开工→在建）。事实：一季度规上工业总产值224亿元(+27%)、战略性新兴产业产值80亿元(+20%)、数字经济产值100亿元(+25%)、固定资产投资57.9亿元(+12.2%)、进出口约9亿元(约+32%)、地方财政收入8.4亿元（占全年预算27.3%）；中南高科项目年产值不低于150亿元、工业增加值不低于22.5亿元、引入企业600家（预计，target）、占地200亩。",
  "vp02"),
 parks=[
  park(BS, "重庆", "重庆", "高新区", B0, district="璧山区", aliases=["重庆璧山高新区"], note="文中又作“高新区”"),
 ],
 institutions=[
  inst("璧山高新区管委会", "璧山高新区管委会主任饶静表示", park=BS),
 ],
 companies=[
  comp("中南高科", BS, B2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(ZN, BS, B2, companies=["中南高科"], status="在建", status_text="27栋厂房已完成建设,剩余9栋厂房已完成主体施工,预计今年6月全部建成投产", phase="一期",
       aliases=["中南高科·璧山智造基地"]),
  proj("中小企业家园项目", BS, "中小企业家园项目将我区分散的小微企业集中在一起集聚发展、规范发展、绿色发展", status="在建",
       status_text="一期主体工程已经完工…二期工程于2021年7月开工", note="一期主体完工，二期在建"),
 ],
 aggregate_facts=[
  fact(BS, "park", "above_scale_industrial_output_cny", 2.24e10, "cny", B1, BQ, chk=True),
  fact(BS, "park", "above_scale_industrial_output_yoy_growth", 0.27, "ratio", B1, BQ, kind="ratio"),
  fact(BS, "park", "strategic_emerging_output_cny", 8e9, "cny", "实现战略性新兴产业产值80亿元,同比增长20%", BQ, chk=True),
  fact(BS, "park", "strategic_emerging_output_yoy_growth", 0.20, "ratio", "实现战略性新兴产业产值80亿元,同比增长20%", BQ, kind="ratio", opt=True),
  fact(BS, "park", "digital_economy_output_cny", 1e10, "cny", "数字经济产值100亿元,同比增长25%", BQ, chk=True),
  fact(BS, "park", "digital_economy_output_yoy_growth", 0.25, "ratio", "数字经济产值100亿元,同比增长25%", BQ, kind="ratio", opt=True),
  fact(BS, "park", "fixed_asset_investment_cny", 5.79e9, "cny", "实现全社会固定资产投资57.9亿元,同比增长12.2%", BQ, chk=True),
  fact(BS, "park", "fixed_asset_investment_yoy_growth", 0.122, "ratio", "实现全社会固定资产投资57.9亿元,同比增长12.2%", BQ, kind="ratio", opt=True),
  fact(BS, "park", "trade_value_cny", 9e8, "cny", "实现进出口约9亿元,同比增长约32%", BQ, qual="约", qtext="约", chk=True),
  fact(BS, "park", "trade_value_yoy_growth", 0.32, "ratio", "实现进出口约9亿元,同比增长约32%", BQ, kind="ratio", qual="约", qtext="约", opt=True),
  fact(BS, "park", "local_fiscal_revenue_cny", 8.4e8, "cny", "完成地方财政收入8.4亿元,占全年预算收入的27.3%", BQ, chk=True),
  fact(BS, "park", "fiscal_revenue_share_of_annual_budget", 0.273, "ratio", "完成地方财政收入8.4亿元,占全年预算收入的27.3%", BQ, kind="ratio", opt=True),
  fact(ZN, "project", "projected_output_value_cny", 1.5e10, "cny", "项目全部建成投产后年产值不低于150亿元", "全部建成投产后（预计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact(ZN, "project", "projected_industrial_value_added_cny", 2.25e9, "cny", "年工业增加值不低于22.5亿元", "全部建成投产后（预计）", kind="target", qual="超", qtext="不低于", chk=True, opt=True),
  fact(ZN, "project", "enterprises", 600, "count", "预计引入企业600家", "全部建成投产后（预计）", kind="target", opt=True),
  fact(ZN, "project", "land_area_mu", 200, "mu", "该项目占地200亩", "2022年4月", opt=True),
 ])

# ---------------------------------------------------------------- vp03 西部科学城重庆高新区 10个项目集中开工 (徕斯医疗 site repost, 2023)
GX = "西部科学城重庆高新区"
C0 = "本次开工10个重大项目,总投资185亿元,含斯达半导体重庆车规级模块生产基地项目、8英寸MEMS特色芯片IDM产业基地、中国电信科学城数字产业基地等重点产业项目"
C1 = "8英寸MEMS特色芯片IDM产业基地位于曾家镇和金凤片区交界处,项目总投资35亿元"
CQ = "2023年6月20日"
MM = "8英寸MEMS特色芯片IDM产业基地"
G["vp03"] = dict(
 article=art("10个项目集中开工!西部重庆科学城加速推动先进制造业高质量发展", "徕斯医疗（ras-medical.com“徕斯新闻”栏转载；原发媒体与署名未注明）", "2023-10-18", "day",
  "Company website reposting a zone news item, Chongqing: a high-tech zone's groundbreaking of 10 major projects with total investment, three named projects, one chip project's location, investment, area and expected output",
  "https://ras-medical.com/detail/95477.html",
  "日期取页面“2023-10-18”（转载日）；开工活动为“6月20日上午”（年份由“33618”与转载日推定为2023年）。标题照录；“170 徕斯医疗 徕斯新闻”等页面行已删。存段末行“斯达半导体重庆车规级模块生产基地项目总投资4亿元,由斯达在科学城设立控股公司,投资建”中断，整行删去（故斯达项目4亿元不计），正文截至“…项目一期达产后预计年产值超30亿元。”。园区：西部科学城重庆高新区（文中又作“科学城”）。项目：斯达半导体重庆车规级模块生产基地项目、8英寸MEMS特色芯片IDM产业基地（总投资35亿元）、中国电信科学城数字产业基地，均“开工”。公司：斯达半导体、中国电信（只在项目名中，可选）；西永微电园公司、高新开发集团（参加活动的园区平台公司，可选，park null——文中未说其所在）。事实：开工10个、总投资185亿元；MEMS项目一期占地约232亩、月产2万片晶圆、一期达产年产值超30亿元（target）。",
  "vp03"),
 parks=[
  park(GX, "重庆", "重庆", "高新区", "西部科学城重庆高新区认真落实重庆市推动制造业高质量发展大会部署要求", note="文中又作“科学城”"),
 ],
 companies=[
  comp("斯达半导体", GX, C0, opt=True, note="只在项目名中"),
  comp("中国电信", GX, C0, opt=True, note="只在项目名中"),
  comp("西永微电园公司", None, "西永微电园公司、高新开发集团主要负责人,企业代表等参加活动", opt=True, note="参加活动；所在园区文中未说"),
  comp("高新开发集团", None, "西永微电园公司、高新开发集团主要负责人,企业代表等参加活动", opt=True, note="参加活动"),
 ],
 projects=[
  proj("斯达半导体重庆车规级模块生产基地项目", GX, C0, companies=["斯达半导体"], status="开工", status_text="开工", note="金额在被删的残行中，不计"),
  proj(MM, GX, C1, inv="项目总投资35亿元", status="开工", status_text="开工", note="位于曾家镇和金凤片区交界处"),
  proj("中国电信科学城数字产业基地", GX, C0, companies=["中国电信"], status="开工", status_text="开工"),
 ],
 aggregate_facts=[
  fact(GX, "park", "projects_count", 10, "count", C0, CQ, note="集中开工重大项目"),
  fact(GX, "park", "planned_investment_cny", 1.85e10, "cny", C0, CQ, chk=True, note="开工10个项目总投资"),
  fact(MM, "project", "projected_output_value_cny", 3e9, "cny", "项目一期达产后预计年产值超30亿元", "一期达产后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(MM, "project", "land_area_mu", 232, "mu", "一期占地面积约232亩", CQ, qual="约", qtext="约", opt=True),
  fact(MM, "project", "floor_area_sqm", 220000, "sqm", "建筑面积约22万平方米", CQ, qual="约", qtext="约", opt=True),
  fact(MM, "project", "wafer_capacity_per_month", 20000, "wafers", "建设的无尘洁净车间将形成月产2万片晶圆的生产能力", "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vp04 长寿一季度 (news.25948 relay, 2023)
CS = "长寿经开区"
D0 = "上个月,长寿经开区低碳循环经济区基础设施工程二期(磷酸铁区)完成交付,目前正进入产线建设环节"
D1 = "这是四川佰瑞德矿业在我市布局的首个新能源材料项目,将投资125亿元,开工建设32套年产40万吨磷酸铁锂装置,达产后可实现年产值700亿元"
D2 = "今年2月,长寿经开区中润新材料产业园项目二、三期同步开工,将建设全国重要的NMP生产基地"
D3 = "4月24日,记者从长寿区获悉,一季度,该区地区生产总值增长7%,工业投资增长19.4%,民间投资增长44.8%"
D4 = "今年一季度,全区工业引资160.5亿元,在谈百亿级项目3个,在库项目投资额保持2000亿元以上"
DQ = "2023年一季度"
G["vp04"] = dict(
 article=art("（无标题）长寿一季度地区生产总值增长7% 长寿经开区佰瑞德磷酸铁锂项目进入产线建设、中润新材料产业园二三期开工", "news.25948.com（“要闻”栏；原发媒体与署名未注明，行文为重庆市级报纸口吻“我市”）", "2023-04-25", "day",
  "Aggregator relay of a Chongqing city-paper item: a district's first-quarter growth figures and industrial investment attracted, an economic development zone's infrastructure phase delivered for a 125-billion-yuan lithium-iron-phosphate project, a new-materials park project's phases started",
  "http://news.25948.com/yaowen/2023/0425/49221.html",
  "日期取网址 2023/0425；文中“4月24日,记者从长寿区获悉”。存段无标题行（开头“长寿一季度 ▶…”要点框保留为段；title 为编者概括）。正文完整至“…项目负责人王妍雲自豪地说。”。园区：长寿经开区（重庆长寿区）；“低碳循环经济区”为经开区内片区（可选，parent 长寿经开区）。项目：长寿经开区低碳循环经济区基础设施工程二期(磷酸铁区)（完成交付→竣工）；四川佰瑞德矿业新能源材料项目（编者据文拟名，“将投资125亿元，开工建设32套年产40万吨磷酸铁锂装置”，目前“正进入产线建设环节”→在建，status_alt 开工）；中润新材料产业园项目二、三期（同步开工→开工）。公司：四川佰瑞德矿业（文中又作“佰瑞德矿业”“四川佰瑞德”），在长寿经开区。事实：长寿区（region）一季度 GDP+7%、工业投资+19.4%、民间投资+44.8%、工业引资160.5亿元、在谈百亿级项目3个、在库项目投资额2000亿元以上；佰瑞德项目达产年产值700亿元（target）。",
  "vp04"),
 parks=[
  park(CS, "重庆", "重庆", "经开区", D0, district="长寿区"),
  park("低碳循环经济区", "重庆", "重庆", "片区", D0, district="长寿区", parent=CS, opt=True, note="长寿经开区内片区"),
 ],
 companies=[
  comp("四川佰瑞德矿业", CS, D1, aliases=["佰瑞德矿业", "四川佰瑞德"], note="项目在长寿经开区低碳循环经济区（磷酸铁区）"),
 ],
 projects=[
  proj("长寿经开区低碳循环经济区基础设施工程二期(磷酸铁区)", CS, D0, phase="二期", status="竣工", status_text="完成交付",
       aliases=["低碳循环经济区基础设施工程二期"]),
  proj("四川佰瑞德矿业新能源材料项目", CS, D1, companies=["四川佰瑞德矿业"], inv="将投资125亿元", status="在建", status_text="正进入产线建设环节",
       status_alt="开工", aliases=["32套年产40万吨磷酸铁锂装置"], note="项目名为编者据文拟定；文中“首个新能源材料项目”"),
  proj("中润新材料产业园项目", CS, D2, phase="二、三期", status="开工", status_text="同步开工", aliases=["中润新材料产业园"]),
 ],
 aggregate_facts=[
  fact("四川佰瑞德矿业新能源材料项目", "project", "projected_output_value_cny", 7e10, "cny", "达产后可实现年产值700亿元", "达产后（预计）", kind="target", chk=True),
  fact("长寿区", "region", "gdp_yoy_growth", 0.07, "ratio", D3, DQ, kind="ratio"),
  fact("长寿区", "region", "industrial_investment_yoy_growth", 0.194, "ratio", D3, DQ, kind="ratio"),
  fact("长寿区", "region", "private_investment_yoy_growth", 0.448, "ratio", D3, DQ, kind="ratio", opt=True),
  fact("长寿区", "region", "industrial_investment_attracted_cny", 1.605e10, "cny", D4, DQ, chk=True),
  fact("长寿区", "region", "projects_over_10bn_under_negotiation", 3, "count", D4, DQ, opt=True),
  fact("长寿区", "region", "pipeline_projects_investment_cny", 2e11, "cny", "在库项目投资额保持2000亿元以上", DQ, qual="超", qtext="以上", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- vp05 永川综合保税区正式封关运行 (中新社, 2023)
YC = "重庆永川综合保税区"
E0 = "记者16日从重庆市政府新闻办召开的新闻发布会上获悉,重庆永川综合保税区正式封关运行"
E1 = "永川综保区是重庆第6个综保区,规划面积1.11平方公里"
E2 = "目前,永川综保区已储备优质项目50余个,签约入驻项目25个"
EQ = "2023年6月16日"
G["vp05"] = dict(
 article=art("（无标题）重庆永川综合保税区正式封关运行", "中新社（记者 刘相琳），载于 wanpiaopiao.cn", "2023-06-16", "day",
  "News-agency dispatch relayed by a content site, Chongqing: a comprehensive bonded zone begins operation — location, area, approval and acceptance dates, target industries, projects in reserve and signed in, first outbound shipment",
  "https://wanpiaopiao.cn/show/74187.html",
  "电头“中新社重庆6月16日电”；年份由文中“2023年2月28日通过国家正式验收”与“本月内”推定为2023年。存段无标题（title 为编者概括）。末段“重庆海关二级总监谭鸿称,综保区在…等方”在句中中断，该残句已删（make_txt LINE_SUFFIX），正文截至引语“…特殊开放区域。”。园区：重庆永川综合保税区（文中又作“永川综保区”；重庆永川区）。机构：重庆市政府新闻办（可选；“重庆海关”只在删去的残句中，不列）。无公司、无具体项目（“长城炮汽车零部件”为货物）。事实：规划面积1.11平方公里；储备优质项目50余个；签约入驻项目25个；首批出区货物出口额约2000万元（可选）。",
  "vp05"),
 parks=[
  park(YC, "重庆", "重庆", "综合保税区", E0, district="永川区", aliases=["永川综保区"], note="重庆第6个综保区"),
 ],
 institutions=[
  inst("重庆市政府新闻办", E0),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(YC, "park", "planned_area_km2", 1.11, "km2", E1, EQ),
  fact(YC, "park", "projects_reserved", 50, "count", E2, EQ, qual="余", qtext="余"),
  fact(YC, "park", "projects_signed", 25, "count", E2, EQ, kind="cumulative", note="签约入驻项目"),
  fact(YC, "park", "first_shipment_export_value_cny", 2e7, "cny", "出口额约2000万元人民币", EQ, qual="约", qtext="约", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- vp06 西永微电园:书写向新而行的发展答卷 (2025)
XY = "西永微电园"
F0 = "经过近20年的深耕细作,西永微电园已成为全球最重要的智能终端产品生产制造设计基地和全球最大的笔电制造基地,规上工业总产值连续5年突破2000亿元,占全市8%"
F1 = "2月27日,三安光电与意法半导体在重庆合资设立的安意法半导体碳化硅晶圆厂正式通线,预计今年四季度实现批量生产"
G["vp06"] = dict(
 article=art("西永微电园:书写向新而行的发展答卷", "htkaptar.com（转载；原发媒体与署名未注明）", "2025-03-12", "day",
  "Content-site feature about a Chongqing microelectronics park after the city's new-year meeting: the park's role and above-scale output, its three action lines, a joint-venture silicon-carbide wafer fab connected and due for volume production",
  "https://htkaptar.com/new/30f998c0584348a39a34880fed14e100",
  "日期取页面“推荐 03-12”，年份由文中“蛇年首个工作日”（2025-02-05）推定。标题照录；“推荐 03-12 阅读:1 评论:0”与两条图片说明“△西永综合保税区”“△位于西永微电园的重庆人工智能创新中心”已删（故二者不计）；小标题“提质主引擎 筑牢根基”保留为段。正文完整至“…吃下了“定心丸”。”（长文只存开头）。园区：西永微电园（文中又作“西永微电子产业园区”“园区”）。项目：安意法半导体碳化硅晶圆厂（“正式通线，预计今年四季度实现批量生产”→在建，status_alt 竣工；“全国首条8吋碳化硅全链条产线”）；所在园区由上下文“园区集成电路产业…加速集聚”推定为西永微电园。公司：安意法半导体（在园，推定）；三安光电、意法半导体（合资方，可选，park null）。事实：规上工业总产值连续5年突破2000亿元（超；as_of 2020–2024年），占全市8%。",
  "vp06"),
 parks=[
  park(XY, "重庆", "重庆", "微电子产业园区", F0, aliases=["西永微电子产业园区"], note="文中又作“园区”"),
 ],
 companies=[
  comp("安意法半导体", XY, F1, note="三安光电与意法半导体合资；所在园区由上下文推定"),
  comp("三安光电", None, F1, opt=True, note="合资方"),
  comp("意法半导体", None, F1, opt=True, note="合资方"),
 ],
 projects=[
  proj("安意法半导体碳化硅晶圆厂", XY, F1, companies=["安意法半导体"], status="在建", status_text="正式通线,预计今年四季度实现批量生产",
       status_alt="竣工", note="全国首条8吋碳化硅全链条产线；园区由上下文推定"),
 ],
 aggregate_facts=[
  fact(XY, "park", "above_scale_industrial_output_cny", 2e11, "cny", F0, "2020–2024年（连续5年，每年）", qual="超", qtext="突破", chk=True),
  fact(XY, "park", "share_of_city_industrial_output", 0.08, "ratio", F0, "2024年", kind="ratio", opt=True, note="占全市8%"),
 ])

# ---------------------------------------------------------------- vp07 第二批成渝地区双城经济圈产业合作示范园区公告 (2023)
H0 = "同意批准四川自贡市沿滩高新技术产业园区、重庆长寿经济技术开发区等15个园区为第二批成渝地区双城经济圈产业合作示范园区并公告于后"
H1 = "同意将电子信息产业作为荣昌高新技术产业开发区(首批产业合作示范园区)与四川射洪经济开发区合作共建的产业方向"
G["vp07"] = dict(
 article=art("泸州泸县经济开发区获批第二批成渝“双圈”产业合作示范园区", "四川省经济和信息化厅、重庆市经济和信息化委员会公告，载于 xiaomayi.cc（小蚂蚁-大泸文化，投稿）", "2023-03-24", "day",
  "Joint provincial/municipal government notice relayed by a local culture site: 15 parks approved as the second batch of Chengdu–Chongqing industrial-cooperation demonstration parks (two named), a first-batch park's co-building direction with a Sichuan zone, and the tasks set",
  "http://xiaomayi.cc/854.html",
  "日期取公告落款“2023年3月24日”（转载日不详）。标题为转载站标题（关于泸县经济开发区获批），照录；公告标题四行、正文两段、落款三行保留；站点声明“本文来自投稿…”已删。存段只含公告正文，未含附件名单（“公告于后”），故15个园区只有两个具名。“提治站位”原文如此。园区：泸州泸县经济开发区（仅标题）、四川自贡市沿滩高新技术产业园区、重庆长寿经济技术开发区（第二批）、荣昌高新技术产业开发区（首批）、四川射洪经济开发区。机构：四川省经济和信息化厅、重庆市经济和信息化委员会（发文机关）。事实：第二批示范园区15个。",
  "vp07"),
 parks=[
  park("泸州泸县经济开发区", "泸州", "四川", "经济开发区", "泸州泸县经济开发区获批第二批成渝“双圈”产业合作示范园区", district="泸县", note="只在转载站标题中"),
  park("四川自贡市沿滩高新技术产业园区", "自贡", "四川", "高新技术产业园区", H0, district="沿滩区", aliases=["沿滩高新技术产业园区"]),
  park("重庆长寿经济技术开发区", "重庆", "重庆", "经济技术开发区", H0, district="长寿区", aliases=["长寿经济技术开发区"]),
  park("荣昌高新技术产业开发区", "重庆", "重庆", "高新技术产业开发区", H1, district="荣昌区", note="首批产业合作示范园区；省市未写（重庆荣昌，推定）"),
  park("四川射洪经济开发区", None, "四川", "经济开发区", H1, district="射洪", aliases=["射洪经济开发区"], note="所属市未写"),
 ],
 institutions=[
  inst("四川省经济和信息化厅", "四川省经济和信息化厅", opt=False, note="发文机关"),
  inst("重庆市经济和信息化委员会", "重庆市经济和信息化委员会", opt=False, note="发文机关"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("第二批成渝地区双城经济圈产业合作示范园区", "group", "parks_count", 15, "count", H0, "2023年3月24日"),
 ])

# ---------------------------------------------------------------- vp08 璧山片区、中新科技城 11个项目集中投产 (bswxw, 2021?)
BP = "西部(重庆)科学城璧山片区"
ZX = "中新(重庆)科技城"
K0 = "12月23日,在重庆汇聚智能教学创新研发实践基地项目现场,西部(重庆)科学城璧山片区、中新(重庆)科技城重大项目集中投产活动举行"
K1 = "中国长安青山智能传动产业园等11个项目集中投产展示,实际总投资达90.5亿元,达产后预计每年新增产值93.6亿元"
K2 = "其中,中国长安青山智能传动产业园项目实际投资50亿元"
K3 = "重庆汇聚智能教学创新研发实践基地项目实际投资6亿元"
K4 = "此外,值得关注的还有恒昌医药集团华西总部(重庆)、平创6/8英寸SiC/Si功率半导体SBD芯片设计与封测、谊品生鲜蔬菜智慧物流、秀湖全景电影小镇等项目"
KQ = "2021年12月23日（年份推定）"
G["vp08"] = dict(
 article=art("（无标题）西部(重庆)科学城璧山片区、中新(重庆)科技城11个重大项目集中投产 实际总投资90.5亿元", "璧山网（www.bswxw.com“璧山要闻”栏；存段无署名）", "2021-12-23", "day (year inferred)",
  "District news portal, Chongqing: a joint production-start ceremony for 11 projects in a science-city sub-area and a Sino-Singapore tech city — total actual investment, expected new output, six named projects with two amounts, the district's service measures",
  "http://www.bswxw.com/bsyw/content_404869",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“12月23日”；年份未写，由人事推定为2021年（区人大常委会主任陈强、常务副区长兼区人大常委会党组书记张献强——2022年2月璧山区政府网已称张献强为区人大常委会主任；长安青山项目2020年3月签约），published_precision 注明年份推定。末段“近年来,璧山区坚持…推动一大批技术”在句中中断，该句已删（make_txt LINE_SUFFIX），正文截至“…服务项目就是服务发展。”。园区：西部(重庆)科学城璧山片区、中新(重庆)科技城（活动以二者名义举行；项目所在按前者记，park_alt 记后者）。项目（集中投产→投产）：中国长安青山智能传动产业园项目（实际投资50亿元）、重庆汇聚智能教学创新研发实践基地项目（实际投资6亿元）、恒昌医药集团华西总部(重庆)、平创6/8英寸SiC/Si功率半导体SBD芯片设计与封测、谊品生鲜蔬菜智慧物流、秀湖全景电影小镇。公司：中国长安、恒昌医药集团（只在项目名中，可选）。事实：11个项目、实际总投资90.5亿元、达产后每年新增产值93.6亿元（target）。区领导不列。",
  "vp08"),
 parks=[
  park(BP, "重庆", "重庆", "科学城片区", K0, district="璧山区", aliases=["科学城璧山片区"]),
  park(ZX, "重庆", "重庆", "科技城", K0, district="璧山区"),
 ],
 companies=[
  comp("中国长安", BP, K1, opt=True, note="只在项目名中"),
  comp("恒昌医药集团", BP, K4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中国长安青山智能传动产业园项目", BP, K2, companies=["中国长安"], inv="实际投资50亿元", status="投产", status_text="集中投产",
       aliases=["中国长安青山智能传动产业园"], park_alt=ZX),
  proj("重庆汇聚智能教学创新研发实践基地项目", BP, K3, inv="实际投资6亿元", status="投产", status_text="集中投产", park_alt=ZX),
  proj("恒昌医药集团华西总部(重庆)", BP, K4, companies=["恒昌医药集团"], status="投产", status_text="集中投产", park_alt=ZX),
  proj("平创6/8英寸SiC/Si功率半导体SBD芯片设计与封测", BP, K4, status="投产", status_text="集中投产", park_alt=ZX),
  proj("谊品生鲜蔬菜智慧物流", BP, K4, status="投产", status_text="集中投产", park_alt=ZX, opt=True, note="物流项目"),
  proj("秀湖全景电影小镇", BP, K4, status="投产", status_text="集中投产", park_alt=ZX, opt=True, note="文旅项目"),
 ],
 aggregate_facts=[
  fact(BP, "park", "projects_count", 11, "count", K1, KQ, note="集中投产项目；活动以璧山片区与中新(重庆)科技城名义"),
  fact(BP, "park", "actual_investment_cny", 9.05e9, "cny", K1, KQ, chk=True, note="实际总投资"),
  fact(BP, "park", "projected_output_value_cny", 9.36e9, "cny", "达产后预计每年新增产值93.6亿元", "达产后（预计）", kind="target", chk=True),
 ])
