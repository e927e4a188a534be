# real122 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all nine items simplified script as published); names as written in the text;
# 超过/超/以上 → 超, 余/多 → 余, 约 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts, US
# dollars in *_usd facts. Growth rates and shares as ratios. Projects: the park the text places the project in. Status from
# the text's words (开工 / 开工奠基 / 开工建设 / 集中开工 → 开工; 签约入驻 → 签约; “…施工中” / “陆续推进” / 新建 → 在建). “预计” /
# “计划” year figures are kind target with “（预计）”/“（计划）” in as_of; “截止到…” counts are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ynNN.raw as returned.

# ---------------------------------------------------------------- yn01 北京经济技术开发区 扩区 (北京晨报 2002)
BDA = "北京经济技术开发区"
A1 = "北京经济技术开发区内的三资企业,单个平均投资额达1049万美元,是全国平均数的三倍"
A2 = "开发区正在开展一倍以上的“扩区”——以一期15.8平方公里为基础,“扩张”24平方公里"
A3 = "截止到今年7月底,来自全球35个国家和地区的1055家企业已在此入驻,投资总额达到40亿美元"
G["yn01"] = dict(
 article=art("（无标题）北京经济技术开发区“扩区”规划获国务院批准", "北京晨报（“晨报讯”，记者刘书），载于新浪新闻 news.sina.com.cn", "2002-08-16", "day",
  "Morning paper via a national portal, Beijing: the national economic-technological development zone's expansion approved ten years after founding — area before and after, firms and investment so far, output targets",
  "http://news.sina.com.cn/c/2002-08-16/0330674522.html",
  "日期取网址 2002-08-16（文中“昨天”获批、“本月25日”成立十年）。存段无标题（title 为编者概括）；页末图片说明“图为开发区内国际企业文化公园里的标志性建筑。晨报记者安东/摄”与表格竖线“|”已删。正文四段，完整。园区：北京经济技术开发区（文中又作“开发区”；北京，亦庄）。“亦庄卫星城”为规划中的卫星城（城市，不列园区）。无具名企业、无项目（“扩区”为园区扩区，不作项目）。事实：三资企业平均投资额1049万美元（usd）；一期15.8平方公里、扩张24平方公里；截至7月底入驻企业1055家、投资总额40亿美元、世界500强38家、跨国公司80多家（cumulative）；全国第五位；2005年工业总产值1000亿元为目标（target）。卫星城规划面积与人口不计。",
  "yn01"),
 parks=[
  park(BDA, "北京", "北京", "经济技术开发区", A1, note="文中又作“开发区”；国家级经济技术开发区（“北京惟一的国家级经济技术开发区”）"),
 ],
 aggregate_facts=[
  fact(BDA, "park", "foreign_invested_firm_avg_investment_usd", 1.049e7, "usd", A1, "2002年8月", opt=True, note="三资企业单个平均投资额"),
  fact(BDA, "park", "area_km2", 15.8, "km2", A2, "2002年8月（一期）", note="一期面积"),
  fact(BDA, "park", "expansion_area_km2", 24, "km2", A2, "2002年8月（扩区获批）", note="扩区面积（京津塘高速以东约14、凉水河以西约10平方公里）"),
  fact(BDA, "park", "firms", 1055, "count", A3, "2002年7月底", kind="cumulative"),
  fact(BDA, "park", "investment_total_usd", 4.0e9, "usd", A3, "2002年7月底", kind="cumulative", note="入驻企业投资总额40亿美元"),
  fact(BDA, "park", "fortune500_firms", 38, "count", "其中,世界500强企业38家,国际跨国公司80多家", "2002年7月底", kind="cumulative"),
  fact(BDA, "park", "multinational_firms", 80, "count", "其中,世界500强企业38家,国际跨国公司80多家", "2002年7月底", kind="cumulative", qual="余", qtext="多", opt=True),
  fact(BDA, "park", "national_rank", 5, "rank", "整体经济实力居全国第五位", "2002年", kind="reported", opt=True),
  fact(BDA, "park", "industrial_output_cny", 1e11, "cny", "工业总产值到2005年实现1000亿元", "2005年（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yn02 仪电控股 / 徐汇区 漕河泾 (上海国资委 2012)
CHJ = "漕河泾开发区"
CDQ = "漕河泾东区"
YD = "上海仪电控股集团"
B1 = "十二五期间对漕河泾地区投入超过40亿元,新建总量超过50万平方米优质商务物业"
B2 = "建立了怡虹科技园、SVA越界等产业聚集园区,吸引了129家各类高新技术和现代服务业企业入驻"
G["yn02"] = dict(
 article=art("上海仪电控股与徐汇区政府签订战略合作框架协议 共同推进漕河泾开发区高新产业园区发展和升级", "上海国资委（文章来源），载于国务院国资委网站 wap.sasac.gov.cn", "2012-05-11", "day",
  "Government (SASAC) site relaying a city SASAC item, Shanghai: a state-owned group's framework agreement with a district to invest in the east part of a national development zone — planned investment and floor space, sub-parks built so far and the firms in them",
  "http://wap.sasac.gov.cn/n2588025/n2588129/c2778229/content.html",
  "日期取页面“文章来源:上海国资委  发布时间:2012-05-11”。标题照录；来源行与页脚（责任编辑模板、网站管理等）已删。正文一段，完整。园区：漕河泾开发区（标题；上海，徐汇区）；漕河泾东区（文中“漕河泾东区区域打造成…综合性产业园区”，母园区漕河泾开发区）；怡虹科技园、SVA越界（“产业聚集园区”，母园区推定为漕河泾东区）。公司：上海仪电控股集团（又作“仪电控股”；投资方，园区未说明，park 为 null）。机构：徐汇区人民政府（可选）。无具名项目：“十二五期间…投入超过40亿元,新建…50万平方米”为仪电控股的计划投入（事实，kind target），不作项目。“22万多平方米物业”“129家…企业入驻”归漕河泾东区（由语境推定）。",
  "yn02"),
 parks=[
  park(CHJ, "上海", "上海", "开发区", "共同推进漕河泾开发区高新产业园区发展和升级", district="徐汇区", note="标题；正文作“漕河泾地区”“漕河泾区域”"),
  park(CDQ, "上海", "上海", "开发区片区", "将漕河泾东区区域打造成具有一流水准的“活力、绿色、休闲”的综合性产业园区", district="徐汇区", parent=CHJ, note="漕河泾开发区东部片区"),
  park("怡虹科技园", "上海", "上海", "科技园", B2, district="徐汇区", parent=CDQ, note="母园区由语境推定"),
  park("SVA越界", "上海", "上海", "产业园", B2, district="徐汇区", parent=CDQ, opt=True, note="“产业聚集园区”；名称为品牌名"),
 ],
 companies=[
  comp(YD, None, "日前,上海仪电控股集团与徐汇区人民政府举行《战略合作框架协议》签约仪式", aliases=["仪电控股"], note="投资、开发方；所在园区未说明"),
 ],
 institutions=[
  inst("徐汇区人民政府", "日前,上海仪电控股集团与徐汇区人民政府举行《战略合作框架协议》签约仪式", note="标题作“徐汇区政府”"),
 ],
 aggregate_facts=[
  fact(YD, "company", "planned_investment_cny", 4e9, "cny", B1, "“十二五”期间（计划）", kind="target", qual="超", qtext="超过", chk=True, note="对漕河泾地区的投入"),
  fact(YD, "company", "planned_floor_area_m2", 500000, "m2", B1, "“十二五”期间（计划）", kind="target", qual="超", qtext="超过", opt=True, note="新建优质商务物业"),
  fact(CDQ, "park", "floor_area_m2", 220000, "m2", "现已完成了漕河泾东区“退二进三”工作,并形成了22万多平方米物业", "2012年5月", kind="cumulative", qual="余", qtext="多", opt=True),
  fact(CDQ, "park", "firms", 129, "count", B2, "2012年5月", kind="cumulative", note="怡虹科技园、SVA越界等园区入驻企业"),
 ])

# ---------------------------------------------------------------- yn03 青浦工业园区 (新民晚报 2012)
QP = "青浦工业园区"
C1 = "年内,青浦工业园区预计将有27个产业项目开工建设,总投资70亿元,建筑规模达109万平方米"
G["yn03"] = dict(
 article=art("（无标题）青浦工业园区16个重点产业项目开工奠基", "新民晚报（xmwb.xinmin.cn 电子版，2012-06-08 第6版）", "2012-06-08", "day",
  "Evening paper's e-edition, Shanghai: the stored part of a report on a municipal industrial park's groundbreaking — 16 projects started, the year's planned starts, investment and floor space",
  "http://xmwb.xinmin.cn/xmwb/html/2012-06/08/content_6_3.htm",
  "日期取网址 2012-06/08（版面 content_6_3）。存文只此一段，从“此次开工奠基的16个重点产业项目”起，无标题、无日期行（title 为编者概括），可能是版面上的一部分。园区：青浦工业园区（上海，青浦区）。16个项目未点名（事实 projects_started，开工奠基→开工）。“年内…预计将有27个产业项目开工建设,总投资70亿元,建筑规模达109万平方米”为全年预计（target）。",
  "yn03"),
 parks=[
  park(QP, "上海", "上海", "工业园区", "青浦工业园区着力打造先进制造业、生产性服务业融合发展的新型产业园迈出实质性步伐", district="青浦区"),
 ],
 aggregate_facts=[
  fact(QP, "park", "projects_started", 16, "count", "此次开工奠基的16个重点产业项目", "2012年6月（开工奠基）", note="重点产业项目开工奠基"),
  fact(QP, "park", "projects_started", 27, "count", C1, "2012年全年（预计）", kind="target"),
  fact(QP, "park", "projects_started_investment_cny", 7e9, "cny", C1, "2012年全年（预计）", kind="target", chk=True),
  fact(QP, "park", "projects_started_floor_area_m2", 1.09e6, "m2", C1, "2012年全年（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yn04 嘉定工业区 (shanghaizb 2021)
JD = "嘉定工业区"
D1 = "同时,星驰网络、六普医疗等26个重点项目签约入驻,总投资97.6亿元"
D2 = "2020年,嘉定工业区实现二三产营业总收入4063亿元,同比增长6%"
D3 = "实现规模以上工业总产值1262.5亿元,同比增长0.2%"
D4 = "实现商品销售总额3048亿元、社会消费品零售总额1063亿元,同比分别增长13.9%和7.1%"
AS4 = "2020年"
G["yn04"] = dict(
 article=art("26个重点项目签约入驻嘉定工业区,总投资近百亿元", "shanghaizb.com（财经栏；原出处与署名未注明）", "2021-01-19", "day",
  "Shanghai news site, Shanghai: a municipal industrial zone's awards meeting with 26 projects signed to move in (two named firms) and the zone's 2020 revenue, output and sales figures",
  "http://www.shanghaizb.com/financial/2021/01/19/26520.html",
  "日期取页面“发布时间:2021/01/19 财经”。标题照录；页首其他栏目摘要与发布时间行已删。存段在第三段“…沃尔沃积极拥抱汽车“新四化”,建设了”处中断，该句（自“比如联影”起）已删（make_txt.py LINE_SUFFIX），正文截至“…抗风险稳存量的韧劲。”，共三段。园区：嘉定工业区（上海，嘉定区）。公司/项目：星驰网络、六普医疗（“26个重点项目签约入驻”，以企业名作项目名；签约）。26个项目、总投资97.6亿元（标题“近百亿元”）为事实；2020年营业总收入、规上工业总产值、商品销售总额、社零额及增速为园区事实。",
  "yn04"),
 parks=[
  park(JD, "上海", "上海", "工业区", "1月18日,嘉定工业区召开优秀企业和优秀经营者表彰会", district="嘉定区"),
 ],
 companies=[
  comp("星驰网络", JD, D1, note="签约入驻"),
  comp("六普医疗", JD, D1, note="签约入驻"),
 ],
 projects=[
  proj("星驰网络", JD, D1, companies=["星驰网络"], status="签约", status_text="签约入驻", note="以企业名作项目名；无单项金额"),
  proj("六普医疗", JD, D1, companies=["六普医疗"], status="签约", status_text="签约入驻", note="以企业名作项目名；无单项金额"),
 ],
 aggregate_facts=[
  fact(JD, "park", "projects_signed", 26, "count", D1, "2021年1月18日"),
  fact(JD, "park", "signed_investment_cny", 9.76e9, "cny", D1, "2021年1月18日", chk=True),
  fact(JD, "park", "revenue_cny", 4.063e11, "cny", D2, AS4, chk=True, note="二三产营业总收入"),
  fact(JD, "park", "revenue_yoy_growth", 0.06, "ratio", D2, AS4, kind="ratio"),
  fact(JD, "park", "industrial_output_above_scale_cny", 1.2625e11, "cny", D3, AS4, chk=True),
  fact(JD, "park", "industrial_output_above_scale_yoy_growth", 0.002, "ratio", D3, AS4, kind="ratio"),
  fact(JD, "park", "commodity_sales_cny", 3.048e11, "cny", D4, AS4, chk=True, opt=True),
  fact(JD, "park", "retail_sales_cny", 1.063e11, "cny", "社会消费品零售总额1063亿元", AS4, chk=True, opt=True),
  fact(JD, "park", "commodity_sales_yoy_growth", 0.139, "ratio", D4, AS4, kind="ratio", opt=True),
  fact(JD, "park", "retail_sales_yoy_growth", 0.071, "ratio", D4, AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yn05 北京经开区 2023 项目 (北京亦庄官方发布 2023)
JKQ = "北京经开区"
E0 = "北京奔驰汽车技改项目、小米智能制造产业基地项目、康龙化成制剂开发及生产CDMO平台项目……开局系全局、起势定胜势,兔年伊始,北京经开区一批新建项目、续建项目陆续推进"
E1 = "今年北京经开区预计项目总投资超1000亿元"
E2 = "据悉,1000亿元总投资共涉及202个项目,产业投资占50%以上"
E3 = "其中,四大主导产业占比约为45%,新一代信息技术占比32%、新能源汽车和智能网联汽车占比6%、生物技术与大健康占比6%、机器人和智能制造占比1%"
AS5 = "2023年（预计）"
G["yn05"] = dict(
 article=art("预计总投资超千亿!经开区2023年产业项目投资比重超五成", "北京亦庄官方发布（北京经济技术开发区官方账号），载于北京头条客户端 app.bjtitle.com", "2023-02-07", "day",
  "Zone's official account on a city news app, Beijing: the national development zone's 2023 project plan — named projects under way, planned total investment, project count and industry shares, an autonomous-driving demonstration zone",
  "https://app.bjtitle.com/8816/newshow.php?did=89908cc5b1904b8da3ad6cf57fad2dff&newsid=6300105&typeid=68",
  "日期取页面“北京亦庄官方发布 2023-02-07 09:30”。标题照录；署名日期行已删。存段在第四段“…今年经开区还将持续关注基础设施等方面的投资建设”处中断（无句号），该句已删（LINE_SUFFIX），正文截至“…吹响“集结号”。”，共四段。园区：北京经开区（又作“经开区”）。项目：北京奔驰汽车技改项目、小米智能制造产业基地项目、康龙化成制剂开发及生产CDMO平台项目（“新建项目、续建项目陆续推进”→在建）；北京市高级别自动驾驶示范区3.0（“重点投资的项目之一”，今年将扩大、完善→planned）。企业北京奔驰、小米、康龙化成只在项目名中（可选）。“预计项目总投资超1000亿元”“202个项目”“产业投资占50%以上”与各产业占比为2023年预计（target / ratio）。“核心区60平方公里”为示范区范围，不计。",
  "yn05"),
 parks=[
  park(JKQ, "北京", "北京", "经济技术开发区", E0, aliases=["经开区"], note="北京经济技术开发区（北京亦庄）；文中只作“北京经开区”“经开区”"),
 ],
 companies=[
  comp("北京奔驰", JKQ, "此外,北京奔驰即将下线新车型,新的电驱平台也要在北京落地", opt=True, note="又在项目名“北京奔驰汽车技改项目”中"),
  comp("小米", JKQ, E0, opt=True, note="只在项目名中"),
  comp("康龙化成", JKQ, E0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("北京奔驰汽车技改项目", JKQ, E0, companies=["北京奔驰"], status="在建", status_text="陆续推进"),
  proj("小米智能制造产业基地项目", JKQ, E0, companies=["小米"], status="在建", status_text="陆续推进"),
  proj("康龙化成制剂开发及生产CDMO平台项目", JKQ, E0, companies=["康龙化成"], status="在建", status_text="陆续推进"),
  proj("北京市高级别自动驾驶示范区3.0", JKQ, "北京市高级别自动驾驶示范区3.0是北京经开区重点投资的项目之一", status="planned", status_text="今年,示范区将以北京经开区为圆点不断扩大实践半径", opt=True, note="示范区建设（非单一产业项目），可选"),
 ],
 aggregate_facts=[
  fact(JKQ, "park", "planned_investment_cny", 1e11, "cny", E1, AS5, kind="target", qual="超", qtext="超", chk=True, note="全年项目总投资"),
  fact(JKQ, "park", "planned_projects", 202, "count", E2, AS5, kind="target"),
  fact(JKQ, "park", "industrial_investment_share", 0.5, "ratio", E2, AS5, kind="ratio", qual="超", qtext="以上"),
  fact(JKQ, "park", "leading_industries_investment_share", 0.45, "ratio", E3, AS5, kind="ratio", qual="约", qtext="约为", opt=True),
  fact(JKQ, "park", "ict_investment_share", 0.32, "ratio", E3, AS5, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yn06 临港新片区四周年 集中开工 (2023)
LG = "临港新片区"
MHLG = "闵行开发区临港园区"
F1 = "本次集中开工的重点项目共12个,总投资288亿元,涵盖集成电路、人工智能、新材料、智能汽车等前沿产业领域"
F2 = "其中,长电汽车芯片成品制造封测一期项目及半导体先进工艺装备研发与产业化项目坐落于上海地产集团旗下闵行开发区临港园区内"
F3 = "此次集中开工项目包含了2个投资规模百亿级以上的项目,以及法液空、普罗名特等外资企业进驻"
AS6 = "2023年8月15日（集中开工）"
G["yn06"] = dict(
 article=art("总投资288亿元,临港新片区四周年重点产业项目今日集中开工——闵行开发区临港园区2个项目在列", "feiyi.jjjnews.top（“精选热点资讯”聚合转载；原文出自上海地产集团 / 闵行开发区方面，未署名）", "2023-08-16", "day",
  "Aggregator relaying a park developer's item, Shanghai: a free-trade new area's fourth-anniversary groundbreaking — 12 projects and total investment, two named projects in a sub-park, foreign firms moving in",
  "http://www.feiyi.jjjnews.top/kx/2023/0816/12800.html",
  "日期取页面“2023-08-16 05:19:06”（开工为8月15日，标题“今日”指原发日）。标题照录；栏目路径、日期行与“(资料图)”已删。存段在末段“面对疫情冲击、”处中断，该残句已删（LINE_SUFFIX），正文截至“…取得重要进展。”，共五段。园区：临港新片区（中国(上海)自由贸易试验区临港新片区）；闵行开发区临港园区（上海地产集团旗下，位于临港新片区，parent 记临港新片区）；闵行开发区只在园区名中（可选）。项目：长电汽车芯片成品制造封测一期项目（又作“长电科技项目”，主会场）、半导体先进工艺装备研发与产业化项目，均在闵行开发区临港园区，开工，无单项金额。公司：法液空、普罗名特（外资企业进驻临港新片区）；长电科技只在项目名中（可选）；上海地产集团、临港集团为开发集团（可选，园区 null）。事实：12个项目、288亿元；百亿级以上项目2个（可选）。",
  "yn06"),
 parks=[
  park(LG, "上海", "上海", "自由贸易试验区新片区", "8月15日上午,临港新片区举行四周年重点产业项目集中开工仪式", district="浦东新区", note="文中又作“新片区”"),
  park(MHLG, "上海", "上海", "开发区分园", F2, parent=LG, note="上海地产集团旗下；位于临港新片区"),
  park("闵行开发区", "上海", "上海", "经济技术开发区", F2, district="闵行区", opt=True, note="只在“闵行开发区临港园区”中"),
 ],
 companies=[
  comp("法液空", LG, F3, note="外资企业进驻"),
  comp("普罗名特", LG, F3, note="外资企业进驻"),
  comp("长电科技", MHLG, "主会场设在长电科技项目现场", opt=True, note="只在项目名中"),
  comp("上海地产集团", None, F2, opt=True, note="闵行开发区临港园区的母公司"),
  comp("临港集团", None, "临港新片区党工委副书记、临港集团党委书记、董事长袁国华", opt=True, note="只在职务中"),
 ],
 projects=[
  proj("长电汽车芯片成品制造封测一期项目", MHLG, F2, companies=["长电科技"], phase="一期", status="开工", status_text="集中开工", aliases=["长电科技项目"], note="主会场"),
  proj("半导体先进工艺装备研发与产业化项目", MHLG, F2, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_started", 12, "count", F1, AS6),
  fact(LG, "park", "projects_started_investment_cny", 2.88e10, "cny", F1, AS6, chk=True),
  fact(LG, "park", "projects_started_over_10bn", 2, "count", F3, AS6, opt=True, note="投资规模百亿级以上项目"),
 ])

# ---------------------------------------------------------------- yn07 金山区 三个产业类重大工程 (东方网 via investchn 2023)
G1 = "项目位于山阳镇上海湾区科创中心,总用地面积约2.9万平方米,建筑面积为11.9万平方米"
G2 = "项目总投资7.1亿元,一期预计2026年1月完工。截至目前,基坑支护施工中"
G3 = "项目总投资6.9亿元,预计2024年11月完工。截至目前,综合楼基础工程施工中,综合车间主体结构施工中"
G4 = "项目总投资32.7亿元,预计2024年12月完工。截至目前,生产装置聚合、凝聚单元一层框架浇筑完成,变电站、冷冻站等基础施工中"
G0 = "2023年,金山区重大工程共安排64项,其中计划新开工30项、上年度续建34项"
G["yn07"] = dict(
 article=art("金山区这三个产业类重大工程最新建设进度", "东方网（来源），载于中国投资促进网 investchn.com（发布开发区栏：上海朱泾工业园区）", "2023-10-16", "day",
  "Investment-promotion portal relaying a city news site, Shanghai: a district's three industrial major works — location, site and floor area, investment, expected completion and current construction stage",
  "https://investchn.com/index.php/home/news/detail/id/428048.html",
  "日期取页面“发布时间:2023-10-16  来源:东方网”。标题照录；站名、路径、来源行、上一条/下一条与联系方式已删。正文完整（导语一段，三个小标题各带两段）；小标题保留为段落。园区：上海湾区科创中心（山阳镇）、“高新区”（金山区的高新区，文中只作“高新区”，不补全称；可选）、碳谷绿湾产业园。页面“发布开发区:上海朱泾工业园区”为网站栏目，不在正文，不列。项目：东湖国际创新中心一期（7.1亿元；基坑支护施工中→在建；预计2026年1月完工）；高新区艾创项目（6.9亿元；在建；预计2024年11月完工）；弹性体项目（32.7亿元；在建；预计2024年12月完工）。东湖国际创新中心的开工见 real5 t12（另一篇），此处为进度报道。金山区重大工程64项/30项/34项为区级事实（region，可选）。",
  "yn07"),
 parks=[
  park("上海湾区科创中心", "上海", "上海", "科创园区", G1, district="金山区", note="位于山阳镇"),
  park("高新区", "上海", "上海", "高新区", "项目位于高新区,总用地面积7.6万平方米,总建筑面积12万平方米", district="金山区", opt=True, note="文中只作“高新区”（金山区境内的高新区），名称不全"),
  park("碳谷绿湾产业园", "上海", "上海", "产业园", "项目位于碳谷绿湾产业园,总用地面积23.5万平方米,总建筑面积6.3万平方米", district="金山区"),
 ],
 projects=[
  proj("东湖国际创新中心一期", "上海湾区科创中心", G2, inv="7.1亿元", phase="一期", status="在建", status_text="基坑支护施工中", note="一期预计2026年1月完工；用地约2.9万平方米，建筑面积11.9万平方米"),
  proj("高新区艾创项目", "高新区", G3, inv="6.9亿元", status="在建", status_text="综合楼基础工程施工中,综合车间主体结构施工中", aliases=["艾创项目"], note="预计2024年11月完工"),
  proj("弹性体项目", "碳谷绿湾产业园", G4, inv="32.7亿元", status="在建", status_text="基础施工中", note="预计2024年12月完工"),
 ],
 aggregate_facts=[
  fact("金山区", "region", "major_projects", 64, "count", G0, "2023年", opt=True, note="区级重大工程"),
  fact("金山区", "region", "major_projects_new_start_planned", 30, "count", G0, "2023年（计划）", kind="target", opt=True),
  fact("东湖国际创新中心一期", "project", "floor_area_m2", 119000, "m2", G1, "2023年10月", opt=True),
  fact("高新区艾创项目", "project", "site_area_m2", 76000, "m2", "项目位于高新区,总用地面积7.6万平方米,总建筑面积12万平方米", "2023年10月", opt=True),
  fact("弹性体项目", "project", "site_area_m2", 235000, "m2", "项目位于碳谷绿湾产业园,总用地面积23.5万平方米,总建筑面积6.3万平方米", "2023年10月", opt=True),
 ])

# ---------------------------------------------------------------- yn08 北京园博数字经济产业园 创新中心二期 开工 (科技日报 2024)
YB = "北京园博数字经济产业园"
FT = "丰台科技园区"
H1 = "北京园博数字经济产业园位于丰台科技园区西区I内,紧邻西五环"
H2 = "本次开工建设的是创新中心二期项目,位于北京园博数字经济产业园6019地块,占地2.41公顷,规划总建筑面积约12.6万平方米"
G["yn08"] = dict(
 article=art("北京园博数字经济产业园创新中心二期项目开工", "科技日报（记者华凌，通讯员刘伟），stdaily.com", "2024-11-08", "day",
  "National science daily, Beijing: groundbreaking of a second-phase building in a digital-economy park inside a 中关村 sub-park — park location and planned area, project site and floor area, the district's low-altitude-economy aims",
  "https://www.stdaily.com/web/gdxw/2024-11/08/content_255486.html",
  "日期取页面“2024-11-08 18:43:41 来源: 科技日报”。标题照录；日期来源行与署名行“科技日报记者 华凌 通讯员 刘伟”已删（署名记入 outlet）。存段在末段引语后“在开工仪式现场,”处中断，该残句已删（LINE_SUFFIX），正文截至引语“…入驻北京园博数字经济产业园。”，共五段（引语说话人在被删部分）。园区：北京园博数字经济产业园（北京丰台区，位于丰台科技园区西区I内）；丰台科技园区（引语中作“中关村丰台园”，同一园区，列为别名）。长辛店生态城（生态城区）与园博园（公园）不列园区。项目：北京园博数字经济产业园创新中心二期项目（又作“创新中心二期项目”；开工；无金额）。事实：园区规划总面积约134万平方米、数字科技企业群落近70万平方米；项目占地2.41公顷、建筑面积约12.6万平方米（可选）。",
  "yn08"),
 parks=[
  park(YB, "北京", "北京", "产业园", H1, district="丰台区", parent=FT),
  park(FT, "北京", "北京", "科技园区", H1, district="丰台区", aliases=["中关村丰台园"], note="引语作“中关村丰台园”（中关村示范区丰台园）"),
 ],
 projects=[
  proj("北京园博数字经济产业园创新中心二期项目", YB, "11月8日,北京园博数字经济产业园创新中心二期项目举行开工奠基仪式", phase="二期", status="开工", status_text="举行开工奠基仪式", aliases=["创新中心二期项目"]),
 ],
 aggregate_facts=[
  fact(YB, "park", "planned_area_m2", 1.34e6, "m2", "规划总面积约134万平方米", "2024年11月", qual="约", qtext="约"),
  fact(YB, "park", "planned_digital_firm_cluster_floor_area_m2", 700000, "m2", "规划近70万平方米数字科技企业群落", "2024年11月", qual="约", qtext="近", opt=True),
  fact("北京园博数字经济产业园创新中心二期项目", "project", "site_area_ha", 2.41, "ha", H2, "2024年11月", opt=True),
  fact("北京园博数字经济产业园创新中心二期项目", "project", "floor_area_m2", 126000, "m2", H2, "2024年11月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yn09 北京经开区 上半年工业投资 (北京亦庄 / 北京新闻 2024)
BDA9 = "北京经济技术开发区"
I1 = "上半年,北京经济技术开发区再创佳绩,固定资产投资同比实现15.1%的增长"
I2 = "近日,总投资4亿元的汽车关键零部件生产项目在北京经开区开工"
I3 = "北京经开区半年共推动宁德时代北京电池工厂、神州细胞等16个重大产业项目全部开工建设"
I4 = "今年上半年,全球知名的工业与健康领域气体及相关技术服务供应商法国液化空气集团扩大在华业务,在北京经开区新建大宗气体站项目"
I5 = "计划在2024年新开工44个产业项目,总投资达1613亿元"
AS9 = "2024年上半年"
G["yn09"] = dict(
 article=art("《北京新闻》关注!北京经开区上半年工业投资增速全市第一", "北京亦庄（北京经开区官方微信号），转述北京广播电视台《北京新闻》8月5日报道；载于 du.jintiankansha.me（微信文章镜像）", "2024-08", "month",
  "Zone's official WeChat account relaying a city TV news report, Beijing: the national development zone's first-half investment growth, a project started with its investment, 16 major projects started, a foreign firm's new plant, the year's planned project starts",
  "http://du.jintiankansha.me/t/RUNJeDVVeDZsaw==",
  "日期：镜像页只示“1 月前”，文中“8月5日 北京广播电视台《北京新闻》”“计划在2024年新开工…”与文末“党的二十届三中全会”推知为2024年8月（published_precision month）。标题照录；“首页”、账号行、“8月5日 / 北京广播电视台 / 《北京新闻》以3分02秒 / 专题报道”及电视画面字幕两行、“END / 来源 / 编辑 / 热点回顾”已删。正文五段，完整。园区：北京经济技术开发区（又作“北京经开区”“北京亦庄”）。项目：汽车关键零部件生产项目（4亿元，开工）；宁德时代北京电池工厂、神州细胞（16个重大产业项目中点名的两个，全部开工建设→开工；神州细胞以企业名作项目名）；大宗气体站项目（法国液化空气集团新建→在建）。公司：法国液化空气集团（园区北京经开区）；宁德时代、神州细胞（只在项目名中，可选）。事实：上半年固定资产投资增长15.1%；16个重大产业项目开工（cumulative）；2024年计划新开工44个、总投资1613亿元（target）。",
  "yn09"),
 parks=[
  park(BDA9, "北京", "北京", "经济技术开发区", I1, aliases=["北京经开区", "北京亦庄"], note="标题作“北京经开区”"),
 ],
 companies=[
  comp("法国液化空气集团", BDA9, I4, note="扩大在华业务，新建大宗气体站项目"),
  comp("宁德时代", BDA9, I3, opt=True, note="只在项目名中"),
  comp("神州细胞", BDA9, I3, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("汽车关键零部件生产项目", BDA9, I2, inv="4亿元", status="开工", status_text="开工", note="建设面积超3.5万平方米的综合性新总部"),
  proj("宁德时代北京电池工厂", BDA9, I3, companies=["宁德时代"], status="开工", status_text="全部开工建设"),
  proj("神州细胞", BDA9, I3, companies=["神州细胞"], status="开工", status_text="全部开工建设", note="以企业名作项目名"),
  proj("大宗气体站项目", BDA9, I4, companies=["法国液化空气集团"], status="在建", status_text="新建", note="落成后为新型半导体显示器件生产线供气"),
 ],
 aggregate_facts=[
  fact(BDA9, "park", "fixed_asset_investment_yoy_growth", 0.151, "ratio", I1, AS9, kind="ratio"),
  fact(BDA9, "park", "projects_started", 16, "count", I3, AS9, kind="cumulative", note="重大产业项目"),
  fact(BDA9, "park", "projects_started", 44, "count", I5, "2024年（计划）", kind="target", note="计划新开工产业项目"),
  fact(BDA9, "park", "projects_started_investment_cny", 1.613e11, "cny", I5, "2024年（计划）", kind="target", chk=True),
  fact("汽车关键零部件生产项目", "project", "floor_area_m2", 35000, "m2", "项目将建设面积超3.5万平方米的综合性新总部", "2024年", qual="超", qtext="超", opt=True),
 ])
