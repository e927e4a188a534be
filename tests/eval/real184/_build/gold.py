# real184 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept apart (investment_value + currency, *_usd
# facts). Growth rates and shares as ratios. Projects: the park the text places the project in, null if none (a city
# district such as 香洲区 / 斗门区 is a region, not a park). Status from the text's words (签约 / 签约落户 / 上台签约 → 签约;
# 奠基动工 / 开工 / 动工 / 打桩动工 → 开工; 完成投资 with no start word → 在建; 竣工 / 投入运营 → 竣工; 引进 / 落户 alone →
# no status). Period figures (“前三季度”, “第一季度”, “1-11月”) are reported with the period in as_of; “累计” totals are
# cumulative; “预计” figures are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/uaNN.raw.

# ---------------------------------------------------------------- ua01 湛江开发区 (湛江日报 2018-12-25)
ZJ = "湛江经济技术开发区"
B0 = "面对新时代的新发展、新形势、新需求,湛江经济技术开发区主动出击"
B1 = "湛江开发区为宝钢股份在湛江的发展提供最优质服务"
B2 = "湛江钢铁1-11月实现产值354.71亿元、净利润38.86亿元"
B3 = "中科炼化项目1-11月完成投资85亿元,累计完成投资164亿元"
B4 = "成功引进投资100亿美元的德国巴斯夫新型一体化石化基地项目,首开中国重化工行业外商独资先河"
B5 = "湛江钢铁、中科炼化、巴斯夫三大工业巨无霸项目点燃经济高质量发展新引擎"
G["ua01"] = dict(
 article=art("湛江开发区坚持以突出经济技术开发为重心 推动实现“现代工业梦”“大工业”启动经济高质量发展新引擎",
  "湛江日报，载于 kcqsx.com（新岭南·今日湛江）", "2018-12-25", "day",
  "City daily via a regional news site, Guangdong: feature on a national economic-technological development zone — its steel plant's 11-month output and profit, a refinery project's investment to date, a US-dollar foreign project brought in, the zone's founding area",
  "http://m.kcqsx.com/zhanjiang/201812/283162.html",
  "日期取页面“湛江日报 2018-12-25 10:58”。标题照录（正副题在一行）。正文前三段完整；“新思路:”“明确以经济技术开发为发展重心”为小标题，保留为段落。**截断**：存档摘录止于“…并获省”，该句（“2016年,获得…;2017年产业园…并获省”）删去，正文止于“34年来,湛江开发区的对外开放水平不断提高。”。园区：湛江经济技术开发区（又作“湛江开发区”；湛江市，广东）。东海岛只作“大工业的主战场”，不列园区。公司：宝钢股份、湛江钢铁（位于开发区，由语境）；巴斯夫、中科炼化只作项目名，列可选公司。项目：中科炼化项目（1-11月完成投资85亿元、累计164亿元→在建，均非总投资，不作投资额）；德国巴斯夫新型一体化石化基地项目（投资100亿美元，非人民币：investment_cny 空，investment_value/currency 记美元；“成功引进”→无状态）。事实：湛江钢铁1-11月产值、净利润（公司）；中科炼化项目1-11月完成投资与累计完成投资（项目）；开发区始建规划面积9.2平方公里（可选）。",
  "ua01"),
 parks=[
  park(ZJ, "湛江", "广东", "经济技术开发区", B0, aliases=["湛江开发区"], note="国家级；文中多作“湛江开发区”"),
 ],
 companies=[
  comp("宝钢股份", ZJ, B1, note="开发区为其在湛江的发展服务"),
  comp("湛江钢铁", ZJ, B2, note="位于东海岛（开发区主战场）；园区由语境"),
  comp("巴斯夫", ZJ, B5, opt=True, note="项目投资方（德国巴斯夫）"),
  comp("中科炼化", ZJ, B5, opt=True, note="只作项目名"),
 ],
 projects=[
  proj("中科炼化项目", ZJ, B3, status="在建", status_text="1-11月完成投资85亿元,累计完成投资164亿元",
       note="完成投资额非总投资，不作投资额"),
  proj("德国巴斯夫新型一体化石化基地项目", ZJ, B4, inv="100亿美元", currency="usd", value=1e10, status=None,
       status_text="成功引进", aliases=["巴斯夫新型一体化石化基地项目"], companies=["巴斯夫"], note="美元，investment_cny 空"),
 ],
 aggregate_facts=[
  fact("湛江钢铁", "company", "output_cny", 35471000000.0, "cny", "湛江钢铁1-11月实现产值354.71亿元", "2018年1-11月", chk=True),
  fact("湛江钢铁", "company", "net_profit_cny", 3886000000.0, "cny", "净利润38.86亿元", "2018年1-11月", chk=True),
  fact("中科炼化项目", "project", "investment_completed_cny", 8.5e9, "cny", "中科炼化项目1-11月完成投资85亿元", "2018年1-11月", chk=True),
  fact("中科炼化项目", "project", "investment_completed_cumulative_cny", 1.64e10, "cny", "累计完成投资164亿元", "截至2018年11月", kind="cumulative", chk=True),
  fact(ZJ, "park", "planned_area_km2", 9.2, "km2", "始建总规划面积9.2平方公里", "1984年（始建）", opt=True),
 ])

# ---------------------------------------------------------------- ua02 广州开发区 23 projects (央广网 2019-02-21)
GZ = "广州开发区"
C0 = "记者20日从广州市黄埔区、广州开发区获悉,该区当天有23个重大项目集中签约落户"
C1 = "其中,天安骏业粤港澳大湾区总部及创新园项目是本次签约的重磅项目"
C2 = "天安骏业集团董事长胡爱民表示"
AS2 = "2019-02-20（集中签约）"
AS2b = "2019年2月（目前）"
G["ua02"] = dict(
 article=art("超千亿元投资项目落户广州市黄埔区、广州开发区 聚焦粤港澳大湾区建设", "央广网（记者郑澍）", "2019-02-21", "day",
  "National broadcaster's news site, Guangdong: a zone's joint signing of 23 major projects (total, expected revenue, kinds), one named headquarters-and-park project and its investor, the zone's stock of tech firms and high-tech output",
  "http://news.cnr.cn/native/city/20190221/t20190221_524517617.shtml",
  "日期取页面“2019-02-21 10:39:00来源:央广网”。标题照录；频道名“央广网”、时间来源行已删。**截断**：末句“近期,该区还将引进千亿级芯片项目、百亿美元级价值创新园项目,以及动力电池龙头企业、国”未完，删去，正文止于“…占广州市的比例达78%。”。园区：广州开发区（文中与“广州市黄埔区”并称，区域合一；district 黄埔区）。项目：天安骏业粤港澳大湾区总部及创新园项目（签约；无单项金额）。公司：天安骏业集团（园区广州开发区：总部设在广州黄埔）。事实以广州开发区为主体（文中“广州市黄埔区、广州开发区”并称，注明）：签约23个、总投资超过1000亿元、预计营收超3700亿元（target）、三类项目个数（可选）；科技企业超2万家、高新技术企业2110家、高新技术产品产值超4000亿元及占全市78%。",
  "ua02"),
 parks=[
  park(GZ, "广州", "广东", "经济技术开发区", C0, district="黄埔区", note="与广州市黄埔区并称（区域合一）"),
 ],
 companies=[
  comp("天安骏业集团", GZ, C2, aliases=["天安骏业"], note="计划在广州黄埔设立大湾区总部"),
 ],
 projects=[
  proj("天安骏业粤港澳大湾区总部及创新园项目", GZ, C1, companies=["天安骏业集团"], status="签约", status_text="本次签约的重磅项目"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_signed", 23, "count", C0, AS2, note="与黄埔区并称"),
  fact(GZ, "park", "signed_investment_cny", 1e11, "cny", "总投资超过1000亿元", AS2, qual="超", qtext="超过", chk=True),
  fact(GZ, "park", "expected_revenue_cny", 3.7e11, "cny", "预计营业收入超3700亿元", AS2 + "（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(GZ, "park", "hq_projects_signed", 14, "count", "包括各类总部项目14个、先进制造业项目5个、创新平台项目4个", AS2, opt=True),
  fact(GZ, "park", "manufacturing_projects_signed", 5, "count", "包括各类总部项目14个、先进制造业项目5个、创新平台项目4个", AS2, opt=True),
  fact(GZ, "park", "innovation_platform_projects_signed", 4, "count", "包括各类总部项目14个、先进制造业项目5个、创新平台项目4个", AS2, opt=True),
  fact(GZ, "park", "tech_firms", 20000, "count", "目前拥有科技企业超2万家", AS2b, qual="超", qtext="超"),
  fact(GZ, "park", "high_tech_firms", 2110, "count", "高新技术企业2110家", AS2b),
  fact(GZ, "park", "high_tech_product_output_cny", 4e11, "cny", "高新技术产品产值超4000亿元", AS2b, qual="超", qtext="超", chk=True),
  fact(GZ, "park", "high_tech_output_share_of_city", 0.78, "ratio", "高新技术产品产值占广州市的比例达78%", AS2b, kind="ratio"),
 ])

# ---------------------------------------------------------------- ua03 江门 一季度工业投资 (南方日报 2019-05-10)
JM = "江门高新区"
D0 = "在江门高新区(江海区)国机鑫辉新材料研发制造基地项目施工现场,打桩机的轰鸣声不绝于耳,厂房正在紧锣密鼓建设中。这个总投资超过10亿元的重大项目于今年一季度开工"
D1 = "蓬江产业集聚地、江海产业集聚地、鹤山产业集聚地均成功获得省批准"
D2 = "今年一季度,全市五大万亩园区一共新增“三通一平”土地1150亩,新引进亿元以上项目15个,新落地项目14个,完成全社会固定资产投资35.05亿元"
W5 = "江门市五大万亩园区"
Q1 = "2019年第一季度"
G["ua03"] = dict(
 article=art("一季度江门工业投资增速跻身珠三角前三", "南方日报（记者董有逸，通讯员周颖森），载于 kcqsx.com（新岭南·今日江门）", "2019-05-10", "day",
  "Provincial daily via a regional news site, Guangdong: a city's Q1 industrial investment — one named project started in the high-tech zone (超过10亿元), the city's five ten-thousand-mu parks' land, projects and investment, three provincially approved industrial cluster sites",
  "http://www.kcqsx.com/jiangmen/201905/497490.html",
  "日期取页面“来源:南方日报 2019-05-10 06:32”。标题照录；频道导航、来源行、栏目词“延伸”、文后“新闻推荐”及下一条已删；署名行“南方日报记者董有逸通讯员周颖森”保留为末段。正文四段，完整。园区：江门高新区（文中作“江门高新区(江海区)”；江门，广东）；蓬江产业集聚地、江海产业集聚地、鹤山产业集聚地（获省批准的产业集聚地）。“五大万亩园区”为泛称，不列园区；其数字以“江门市五大万亩园区”为主体（可选与否见下）。项目：国机鑫辉新材料研发制造基地项目（总投资超过10亿元→10亿元、超；一季度开工→开工，厂房在建作 status_alt）。公司：国机鑫辉只在项目名中（可选）。事实：全市重点项目1—3月累计完成投资177.6亿元（江门市，cumulative）；五大万亩园区新增三通一平土地、新引进亿元以上项目、新落地项目、固定资产投资；三个园区享受省产业园政策面积（可选）。",
  "ua03"),
 parks=[
  park(JM, "江门", "广东", "高新区", D0, district="江海区", note="文中作“江门高新区(江海区)”"),
  park("蓬江产业集聚地", "江门", "广东", "产业集聚地", D1, district="蓬江区"),
  park("江海产业集聚地", "江门", "广东", "产业集聚地", D1, district="江海区"),
  park("鹤山产业集聚地", "江门", "广东", "产业集聚地", D1, district="鹤山市"),
 ],
 companies=[
  comp("国机鑫辉", JM, D0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("国机鑫辉新材料研发制造基地项目", JM, D0, inv="超过10亿元", qual="超", qual_text="超过", status="开工",
       status_text="于今年一季度开工", status_alt="在建", companies=["国机鑫辉"], note="从签约到动工23天；厂房在建"),
 ],
 aggregate_facts=[
  fact("江门", "region", "key_projects_investment_completed_cny", 1.776e10, "cny", "1—3月,该市重点项目累计完成投资177.6亿元", "2019年1—3月", kind="cumulative", chk=True),
  fact(W5, "park", "serviced_land_added_mu", 1150, "mu", D2, Q1, opt=True, note="五大万亩园区合计"),
  fact(W5, "park", "projects_introduced", 15, "count", D2, Q1, note="亿元以上项目；五大万亩园区合计"),
  fact(W5, "park", "projects_landed", 14, "count", D2, Q1, opt=True, note="五大万亩园区合计"),
  fact(W5, "park", "fixed_asset_investment_cny", 3.505e9, "cny", "完成全社会固定资产投资35.05亿元", Q1, chk=True, note="五大万亩园区合计"),
  fact("蓬江产业集聚地、江海产业集聚地、鹤山产业集聚地", "park", "provincial_policy_area_ha", 3251.7, "ha",
       "上述三个园区享受省产业园政策的面积由1825.35公顷扩大到3251.7公顷", "2019年3月起", opt=True, note="三园合计；原为1825.35公顷"),
 ])

# ---------------------------------------------------------------- ua04 茂名 三原色 (深圳特区报 2021-06-19, page 2)
MM = "茂名滨海新区"
E0 = "在茂名滨海新区东端的一个施工现场上,打桩机、工程运输车有序运行,开足马力开始打桩工作。这是东华能源(茂名)烷烃资源综合利用项目的工地"
E1 = "在东华能源(茂名)有限公司副总经理余华杰看来,这也是东华能源将该项目建在茂名的原因之一"
E2 = "项目计划总投资1000亿元,分三期实施"
E3 = "一期项目总投资约人民币400亿元,建设内容包括多套丙烷脱氢装置及聚丙烯装置等,计划在2025年12月前建成"
E4 = "2020年,烷烃资源综合利用项目正式打桩动工"
PJ4 = "东华能源(茂名)烷烃资源综合利用项目"
G["ua04"] = dict(
 article=art("茂名红色荔枝、绿色化工、蓝色海滨与世界串联 “三原色”闪耀粤西", "深圳特区报（sznews.com，第2页）", "2021-06-19", "day",
  "Shenzhen daily's feature on another Guangdong city (second web page of the article): a listed chemical firm's 1000亿元 project in a coastal new zone, started 2020, its first phase (约400亿元) and expected output",
  "http://www.sznews.com/news/content/2021-06-19/content_24310036_2.htm",
  "日期取页面“2021-06-19 08:33 来源: 深圳特区报”。存档为文章第2页（URL 末“_2”），只含“绿色化工”“蓝色海滨”两节；标题照录；重复的标题行、“人工智能朗读:”、图片说明“茂名浪漫海岸国际旅游度假区。”已删；小标题“绿色化工 东华能源剑指世界级“烯烃产业生态链””保留为首段。**截断**：“蓝色海滨”一节小标题及其首段在摘录中断于“站在茂名港博贺新港”，整节删去；正文止于“…并成为这一生态链中的核心企业。”。园区：茂名滨海新区（项目工地在其东端）。公司：东华能源(茂名)有限公司（园区茂名滨海新区）；母公司东华能源（可选，同园区）；茂名石化、霍尼韦尔（可选，无园区）。项目：东华能源(茂名)烷烃资源综合利用项目（计划总投资1000亿元，2020年打桩动工→开工；工地在打桩作 status_alt 在建）；其一期（约人民币400亿元，计划2025年12月前建成；可选，无状态）。事实：一期投产后产值预计3000亿元（target）；茂名石化炼油能力、规划聚丙烯产能（可选）。",
  "ua04"),
 parks=[
  park(MM, "茂名", "广东", "新区", E0, note="项目工地位于其东端"),
 ],
 companies=[
  comp("东华能源(茂名)有限公司", MM, E1, note="项目公司；园区由项目工地位置"),
  comp("东华能源", MM, E1, opt=True, note="母公司；“东华能源将该项目建在茂名”"),
  comp("茂名石化", None, "目前茂名石化炼油能力超2000万吨/年", opt=True, note="文中未置于园区"),
  comp("霍尼韦尔", None, "联合广东及茂名政府和霍尼韦尔、各大院校、金融机构", opt=True, note="合作方"),
 ],
 projects=[
  proj(PJ4, MM, E2, inv="1000亿元", status="开工", status_text="2020年,烷烃资源综合利用项目正式打桩动工", status_alt="在建",
       aliases=["烷烃资源综合利用项目"], companies=["东华能源(茂名)有限公司"], note="分三期实施；开工见“2020年…正式打桩动工”"),
  proj(PJ4 + "一期", MM, E3, inv="约人民币400亿元", qual="约", qual_text="约", phase="一期", opt=True,
       aliases=["一期项目"], companies=["东华能源(茂名)有限公司"], note="计划2025年12月前建成"),
 ],
 aggregate_facts=[
  fact(PJ4, "project", "expected_annual_output_cny", 3e11, "cny", "一期项目投产之后,产值预计达到3000亿元", "一期投产后（预计）", kind="target", chk=True),
  fact(PJ4, "project", "planned_polypropylene_capacity_t", 1e7, "t", "规划1000万吨聚丙烯和多元共聚", "规划", kind="target", opt=True),
  fact("茂名石化", "company", "refining_capacity_t_per_year", 2e7, "t", "目前茂名石化炼油能力超2000万吨/年", "2021年（目前）", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- ua05 小鹏汽车肇庆生产基地动工 (南方日报 2017-12, relay)
ZQ = "肇庆高新区"
F0 = "12月11日,投资100亿元的小鹏汽车智能网联科技产业园(肇庆基地)在肇庆高新区奠基动工"
F1 = "小鹏汽车智能网联科技产业园(肇庆基地)总面积3000亩,一期用地900亩,投资40亿元;二期投资60亿元"
F2 = "去年,肇庆高新区成立了“新能源动力产业小镇”"
F3 = "今年中电汽车集团首辆新能源纯电动物流专用车EM—12在肇庆整车下线,遨优动力富锂锰基软包装动力电池产品正式上线"
PJ5 = "小鹏汽车智能网联科技产业园(肇庆基地)"
G["ua05"] = dict(
 article=art("小鹏汽车肇庆生产基地动工", "南方日报（记者马喜生，通讯员方斌），转载于 shadafang.com（傻大方资讯）", "2017-12", "month",
  "Provincial daily relayed by an aggregator, Guangdong: groundbreaking of an EV maker's 100亿元 production base in a high-tech zone — phases with amounts and area, planned capacity, the zone's new-energy town and two other EV firms",
  "http://shadafang.com/c/tj1212DT922017.html",
  "页面无日期；奠基在“12月11日”，年份据文中“今年5月份…宣布整车生产项目落户肇庆”“今年12月3日，小鹏汽车1.0极客版…挂牌上路”与 URL 尾“2017”推定为2017年（published_precision month）。标题照录；转载站按语“《…》是由傻大方资讯为您编辑整理的…”与“正文开始:”已删。正文六段，完整（转载站原文）。园区：肇庆高新区；“新能源动力产业小镇”（肇庆高新区成立，可选子园区）。项目：小鹏汽车智能网联科技产业园(肇庆基地)（投资100亿元，奠基动工→开工；又称“小鹏汽车肇庆生产基地”）；一期（投资40亿元）、二期（投资60亿元）列为可选分期项目。公司：小鹏汽车（肇庆高新区）；中电汽车集团、遨优动力（“在肇庆”，置于高新区系由上下文推断，可选）。事实：项目总面积3000亩、一期用地900亩（可选）、一期建成后年产能20万辆（target）。",
  "ua05"),
 parks=[
  park(ZQ, "肇庆", "广东", "高新区", F0),
  park("新能源动力产业小镇", "肇庆", "广东", "产业小镇", F2, parent=ZQ, opt=True, note="肇庆高新区所设"),
 ],
 companies=[
  comp("小鹏汽车", ZQ, F0),
  comp("中电汽车集团", ZQ, F3, opt=True, note="“在肇庆整车下线”；园区由上下文推断"),
  comp("遨优动力", ZQ, F3, opt=True, note="园区由上下文推断"),
 ],
 projects=[
  proj(PJ5, ZQ, F0, inv="100亿元", status="开工", status_text="奠基动工", aliases=["小鹏汽车肇庆生产基地"], companies=["小鹏汽车"],
       note="肇庆市首个开工建设的单项投资达百亿元的工业企业项目"),
  proj(PJ5 + "一期", ZQ, "一期用地900亩,投资40亿元", inv="投资40亿元", phase="一期", opt=True, companies=["小鹏汽车"]),
  proj(PJ5 + "二期", ZQ, "二期投资60亿元", inv="二期投资60亿元", phase="二期", opt=True, companies=["小鹏汽车"]),
 ],
 aggregate_facts=[
  fact(PJ5, "project", "site_area_mu", 3000, "mu", F1, "2017年12月（规划）"),
  fact(PJ5, "project", "phase1_site_area_mu", 900, "mu", "一期用地900亩", "2017年12月（规划）", opt=True),
  fact(PJ5, "project", "planned_annual_capacity_vehicles", 200000, "vehicles", "预计一期项目建成后,将实现年产能20万辆", "一期建成后（预计）", kind="target"),
 ])

# ---------------------------------------------------------------- ua06 前海蛇口自贸片区 前三季度 (news.lc123.net 2016-12-01)
QH = "前海蛇口自贸片区"
H0 = "在连续三年经济总量倍增基础上,前海蛇口自贸片区今年再次快速跃升"
H1 = "前海蛇口片区前三季度注册企业实现增加值1057.08亿元,同比增长36.4%"
H2 = "实现税收241.31亿元,同比增长57.6%"
H3 = "完成固定资产投资321.53亿元,同比增长58.6%"
H4 = "合同和实际利用外资分别为432.47亿美元和32.53亿美元,同比增长173.53%和66.79%"
H5 = "截至今年10月,片区入驻企业超过11万家,世界500强投资设立企业171家,内地上市公司投资企业483家,纳税过千万的企业达到276家"
Q3 = "2016年前三季度"
O10 = "截至2016年10月"
G["ua06"] = dict(
 article=art("（前海蛇口自贸片区前三季度注册企业增加值突破1000亿元）", "news.lc123.net（原出处未注明）", "2016-12-01", "day",
  "Portal news, Shenzhen: a free-trade-zone area's first-three-quarter figures — registered firms' value added, tax, fixed investment, contracted and actual foreign investment with growth; firm counts; institutional innovations; comparisons",
  "http://news.lc123.net/rd/2016-12-01/76848.html",
  "存档摘录无标题行与日期行；日期取自 URL（2016-12-01）；title 为概括（括号）。首行“导语:…前三季度成绩靓丽。”为站方导语，删去；正文自“前三季度注册企业增加值突破1000亿元,同比增长逾36%。…”起，六段，完整。园区：前海蛇口自贸片区（又作“前海蛇口片区”）；前海深港合作区（只在咨委会名与“深港合作区升级版”中，可选）；前海片区（可选，片区之一）；上海自贸区（比较对象，可选）。事实全以前海蛇口自贸片区为主体：前三季度注册企业增加值、税收、固定资产投资（及增速）、合同/实际利用外资（美元，*_usd）及增速；截至10月入驻企业超过11万家、500强投资企业171家、上市公司投资企业483家、纳税过千万企业276家；年底开业企业4.5万家左右（target，约）；创新成果181项（可选）；合同外资占全国自贸片区41.4%（可选）。“增加值突破1000亿元,同比增长逾36%”与1057.08亿元、36.4%为同一数，不另列。",
  "ua06"),
 parks=[
  park(QH, "深圳", "广东", "自贸片区", H0, aliases=["前海蛇口片区"], note="广东自贸试验区深圳前海蛇口片区"),
  park("前海深港合作区", "深圳", "广东", "合作区", "前海蛇口自贸片区及前海深港合作区咨询委员会2016年度会议透露了上述信息", opt=True, note="只在咨委会名中"),
  park("前海片区", "深圳", "广东", "自贸片区", "推动前海片区呈现新建设面貌", parent=QH, opt=True),
  park("上海自贸区", "上海", "上海", "自贸区", "是上海自贸区的1.9倍", opt=True, note="比较对象"),
 ],
 aggregate_facts=[
  fact(QH, "park", "value_added_cny", 1.05708e11, "cny", H1, Q3, chk=True, note="注册企业增加值"),
  fact(QH, "park", "value_added_yoy_growth", 0.364, "ratio", H1, Q3, kind="ratio"),
  fact(QH, "park", "tax_revenue_cny", 2.4131e10, "cny", H2, Q3, chk=True),
  fact(QH, "park", "tax_revenue_yoy_growth", 0.576, "ratio", H2, Q3, kind="ratio"),
  fact(QH, "park", "fixed_asset_investment_cny", 3.2153e10, "cny", H3, Q3, chk=True),
  fact(QH, "park", "fixed_asset_investment_yoy_growth", 0.586, "ratio", H3, Q3, kind="ratio", opt=True),
  fact(QH, "park", "contracted_fdi_usd", 4.3247e10, "usd", H4, Q3),
  fact(QH, "park", "actual_fdi_usd", 3.253e9, "usd", H4, Q3),
  fact(QH, "park", "contracted_fdi_yoy_growth", 1.7353, "ratio", H4, Q3, kind="ratio", opt=True),
  fact(QH, "park", "actual_fdi_yoy_growth", 0.6679, "ratio", H4, Q3, kind="ratio", opt=True),
  fact(QH, "park", "firms", 110000, "count", "片区入驻企业超过11万家", O10, kind="cumulative", qual="超", qtext="超过"),
  fact(QH, "park", "fortune500_invested_firms", 171, "count", "世界500强投资设立企业171家", O10, kind="cumulative"),
  fact(QH, "park", "listed_company_invested_firms", 483, "count", "内地上市公司投资企业483家", O10, kind="cumulative", opt=True),
  fact(QH, "park", "firms_tax_over_10m", 276, "count", "纳税过千万的企业达到276家", O10, kind="cumulative", opt=True),
  fact(QH, "park", "operating_firms", 45000, "count", "今年年底片区开业企业将达到4.5万家左右", "2016年底（预计）", kind="target", qual="约", qtext="左右"),
  fact(QH, "park", "institutional_innovations", 181, "count", "近两年推出创新成果181项", "近两年（2015—2016）", kind="cumulative", opt=True),
  fact(QH, "park", "contracted_fdi_share_of_national_ftz", 0.414, "ratio", "占全国自贸片区的41.4%", Q3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ua07 肇庆高新区 2021 Q1 (读创/深圳商报 2021-05-05)
I0 = "记者5月4日从肇庆高新区管委会获悉"
I1 = "肇庆高新区成功引进世界500强企业、全球动力电池市场份额第一的宁德时代,在肇庆高新区投资建设瑞庆时代项目,并快速实现动工"
I2 = "其中,星辉数控华南基地项目、金抡特种空调设备生产项目等5个项目上台签约"
I3 = "肇庆高新区新动工项目是威腾汽车零部件及电子部件塑料模具制造项目"
I4 = "新竣工项目肇庆高新区创新创业科学园正式投入运营"
I5 = "今年第一季度,肇庆高新区实现GDP同比增长32%、规模以上工业增加值增长46.3%,引进项目计划投资额127.63亿元,新增开工项目37个,新增竣工项目21个"
I6 = "项目总数达到33个,投资总额超28亿元"
Q21 = "2021年第一季度"
A21 = "2021年4月（集中签约、动工、竣工仪式）"
G["ua07"] = dict(
 article=art("（肇庆高新区一季度GDP增长32% 4月33个项目集中签约、动工、竣工）", "读创 / 深圳商报（驻肇庆记者段煜第，通讯员吴君、沈文利），duchuang.sznews.com", "2021-05-05", "day",
  "Shenzhen business daily's app, Guangdong: a high-tech zone's Q1 growth, investment and project counts; a battery giant's project started; an April ceremony — two named projects signed, one started, one incubator park completed",
  "http://duchuang.sznews.com/content/2021-05/05/content_24187942.html",
  "存档摘录无标题行与日期行；日期取自 URL（2021-05-05）；title 为概括（括号）。页首另一条新闻的标题“5月4日至7日,深圳市粤剧团在东莞上演4台精品大戏。”与图片序号“1”为页面杂项，删去；署名行“读创/深圳商报驻肇庆记者 段煜第 通讯员 吴君 沈文利”保留为首段。正文四段，完整。园区：肇庆高新区。项目：瑞庆时代项目（宁德时代投资，快速实现动工→开工）；星辉数控华南基地项目、金抡特种空调设备生产项目（上台签约→签约）；威腾汽车零部件及电子部件塑料模具制造项目（新动工→开工）；肇庆高新区创新创业科学园（新竣工、正式投入运营→竣工；国家级科技企业孵化器的新空间）。公司：宁德时代（肇庆高新区）；瑞庆时代、星辉数控、金抡、威腾只在项目名中（可选）。事实：一季度 GDP、规上工业增加值增速，引进项目计划投资额，新增开工37个、竣工21个；4月仪式项目33个、投资总额超28亿元；上台签约5个、计划投资超亿元企业2家（可选）。",
  "ua07"),
 parks=[
  park(ZQ, "肇庆", "广东", "高新区", I0),
 ],
 companies=[
  comp("宁德时代", ZQ, I1, note="在肇庆高新区投资建设瑞庆时代项目"),
  comp("瑞庆时代", ZQ, I1, opt=True, note="只在项目名中"),
  comp("星辉数控", ZQ, I2, opt=True, note="只在项目名中"),
  comp("金抡", ZQ, I2, opt=True, note="只在项目名中；品牌“铭迪”"),
  comp("威腾", ZQ, I3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("瑞庆时代项目", ZQ, I1, companies=["宁德时代"], status="开工", status_text="并快速实现动工"),
  proj("星辉数控华南基地项目", ZQ, I2, status="签约", status_text="上台签约"),
  proj("金抡特种空调设备生产项目", ZQ, I2, status="签约", status_text="上台签约"),
  proj("威腾汽车零部件及电子部件塑料模具制造项目", ZQ, I3, status="开工", status_text="新动工项目"),
  proj("肇庆高新区创新创业科学园", ZQ, I4, status="竣工", status_text="新竣工项目…正式投入运营", note="国家级科技企业孵化器的新空间"),
 ],
 aggregate_facts=[
  fact(ZQ, "park", "gdp_yoy_growth", 0.32, "ratio", "肇庆高新区实现GDP同比增长32%", Q21, kind="ratio"),
  fact(ZQ, "park", "industrial_value_added_growth", 0.463, "ratio", "规模以上工业增加值增长46.3%", Q21, kind="ratio"),
  fact(ZQ, "park", "introduced_projects_planned_investment_cny", 1.2763e10, "cny", "引进项目计划投资额127.63亿元", Q21, chk=True),
  fact(ZQ, "park", "projects_started", 37, "count", "新增开工项目37个", Q21),
  fact(ZQ, "park", "projects_completed", 21, "count", "新增竣工项目21个", Q21),
  fact(ZQ, "park", "ceremony_projects", 33, "count", I6, A21, note="签约、动工、竣工合计"),
  fact(ZQ, "park", "ceremony_investment_cny", 2.8e9, "cny", I6, A21, qual="超", qtext="超", chk=True),
  fact(ZQ, "park", "projects_signed_onsite", 5, "count", I2, A21, opt=True),
  fact(ZQ, "park", "signed_firms_over_100m", 2, "count", "新签约的项目中,有2家企业计划投资超亿元", A21, opt=True),
 ])

# ---------------------------------------------------------------- ua08 珠海 32 projects signed (南方网 2020-05-28, via ygacjh)
J0 = "南方网讯 5月26日下午,珠海市重点产业项目集中签约仪式上,共32个项目现场集中签约,总投资额567亿元"
J1 = "其中,华侨城集团凤凰谷生态旅游项目投资额最大,达150亿元"
J2 = "横琴新区迎来“横琴格力总部”、广药集团等"
J3 = "投资50亿元的通信芯片项目将落户斗门区"
J4 = "珠海高新区包括生物医药及微电子项目"
J5 = "高栏港区集中引进3个新材料项目"
AS8 = "2020-05-26（集中签约）"
G["ua08"] = dict(
 article=art("珠海32个重点产业项目集中签约 投资超560亿", "南方网（记者梁涵、沈梦怡），转载于 ygacjh.org.cn", "2020-05-28", "day",
  "Provincial portal relayed by an association site, Guangdong: a city's joint signing — 32 projects and total, largest project with amount, sector totals, where projects go (a new area, a high-tech zone, a port zone, districts)",
  "http://ygacjh.org.cn/Item/1895.aspx",
  "日期取页面“发布时间:2020年05月28日 文章来源:南方网”（签约在5月26日）。标题照录；导航、发布时间行与“【收藏本文】 【打印文章】”已删。正文三段，完整。园区：横琴新区、珠海高新区、高栏港区（珠海，广东）。香洲区、斗门区、金湾区为行政区（region），不是园区。项目：华侨城集团凤凰谷生态旅游项目（150亿元，签约，落户香洲区→园区空）；横琴格力总部（横琴新区，签约）；通信芯片项目（投资50亿元，签约，斗门区→园区空；名称泛，可选）。公司：华侨城集团（园区空）；广药集团（横琴新区）；格力只在项目名中（可选）。事实：珠海市签约32个、总投资额567亿元、超50亿元项目3个与超10亿元项目17个（可选）、分行业数（可选）；高栏港区引进3个新材料项目。标题“投资超560亿”与正文567亿元为同一数，不另列。",
  "ua08"),
 parks=[
  park("横琴新区", "珠海", "广东", "新区", J2),
  park("珠海高新区", "珠海", "广东", "高新区", J4),
  park("高栏港区", "珠海", "广东", "港区", J5, note="珠海高栏港经济区"),
 ],
 companies=[
  comp("华侨城集团", None, J1, note="项目落户香洲区（行政区）"),
  comp("广药集团", "横琴新区", J2),
  comp("格力", "横琴新区", J2, opt=True, note="只在项目名“横琴格力总部”中"),
 ],
 projects=[
  proj("华侨城集团凤凰谷生态旅游项目", None, J1, inv="150亿元", companies=["华侨城集团"], status="签约", status_text="现场集中签约",
       note="落户香洲区（行政区）"),
  proj("横琴格力总部", "横琴新区", J2, companies=["格力"], status="签约", status_text="现场集中签约"),
  proj("通信芯片项目", None, J3, inv="50亿元", status="签约", status_text="现场集中签约", opt=True, note="名称泛；落户斗门区（行政区）"),
 ],
 aggregate_facts=[
  fact("珠海", "region", "projects_signed", 32, "count", J0, AS8),
  fact("珠海", "region", "signed_investment_cny", 5.67e10, "cny", "总投资额567亿元", AS8, chk=True),
  fact("珠海", "region", "projects_over_5bn", 3, "count", "投资额超50亿元的项目3个,超10亿元的项目17个", AS8, opt=True),
  fact("珠海", "region", "projects_over_1bn", 17, "count", "投资额超50亿元的项目3个,超10亿元的项目17个", AS8, opt=True),
  fact("珠海", "region", "electronics_projects_signed_investment_cny", 1.265e10, "cny", "投资额126.5亿元", AS8, opt=True, chk=True, note="电子信息产业项目7个"),
  fact("高栏港区", "park", "projects_signed", 3, "count", J5, AS8, note="新材料项目"),
 ])
