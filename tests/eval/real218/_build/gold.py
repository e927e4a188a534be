# real218 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/过/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in investment_value / *_usd. Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in, null if none (a county, city or 县级市 is
# not a park). Status from the text's words (新开工 / 集中开工 → 开工; 投产 / 产线正全速运转 / 全面达产 / 正在加速生产 → 投产;
# 签约 / 集中签约 / 现场签约 → 签约; 引进 / 落户 / 加速推进 alone → no status). Amount ranges (“一批过50亿元的项目”) are not
# investment amounts. “预计” / “建成后” / “将实现” figures are kind target; period counts (上半年, 今年) are reported with the
# period in as_of. Sources are `search` (corpus pages) excerpts typed into _raw/pages/tiNN.raw as returned.

# ---------------------------------------------------------------- ti01 潍坊高新区上半年成绩单 (人民网 2022-08-03)
WF = "潍坊高新区"
A0 = "2022年时间过半,山东潍坊高新区上半年成绩单亮点纷呈"
A1 = "新开工航空航天产业园二期、浪潮华光 LED、贞明半导体集成电路等重点项目46个"
A2 = "健大电子、裕同科技、山东银轮等20个项目上半年投产,成为新的经济增长点"
A3 = "天瑞重工获省技术发明一等奖、全省唯一、潍柴、歌尔分别获得省科技进步一等奖"
ASA = "2022年上半年"
G["ti01"] = dict(
 article=art("山东潍坊高新区上半年成绩单亮点纷呈", "人民网（作者 王琰），载于 zgyq.china.com.cn（中国网园区频道）", "2022-08-03", "day",
  "National paper's web site relayed by a park channel, Shandong (潍坊): a national high-tech zone's first-half report — projects started, under construction and in production with named examples, key-project investment, high-tech share, award-winning firms, patent awards, policy financing and urban works",
  "http://www.zgyq.china.com.cn/2022-08/03/content_42057051.html",
  "日期取页面“时间:2022-08-03来源 : 人民网作者 : 王琰”（网址同）。标题照录；时间来源行已删。存段末段“成立基层党建、小区治理、发展集体经济三个专班,调整”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…满意度持续提升。”，含三个小标题，共九段。园区：潍坊高新区（文中作“山东潍坊高新区”，又作“高新区”“全区”；潍坊市，山东；级别文中未说，kind 记“高新区”）。项目：新开工的航空航天产业园二期、浪潮华光 LED、贞明半导体集成电路（开工）；上半年投产的健大电子、裕同科技、山东银轮（以企业名作项目名，投产）；均无单项金额。“高新技术产值占比达到9.8%,高于全市30个百分点”照录（数值疑为排印有误，与“高于全市30个百分点”不合；事实列为可选并注明）。天瑞重工、潍柴、歌尔为获奖企业，语境为高新区企业（园区由语境推定）。国家内燃机产业计量测试中心“落户”高新区，列可选机构。“全省首家虚拟空港”“快肴网”不计。",
  "ti01"),
 parks=[
  park(WF, "潍坊", "山东", "高新区", A0, aliases=["山东潍坊高新区"], note="文中作“山东潍坊高新区”，又作“高新区”"),
 ],
 companies=[
  comp("天瑞重工", WF, A3, note="获省技术发明一等奖；园区由语境推定"),
  comp("潍柴", WF, A3, note="获省科技进步一等奖；园区由语境推定"),
  comp("歌尔", WF, A3, note="获省科技进步一等奖；园区由语境推定"),
  comp("健大电子", WF, A2, opt=True, note="以企业名作投产项目名"),
  comp("裕同科技", WF, A2, opt=True, note="以企业名作投产项目名"),
  comp("山东银轮", WF, A2, opt=True, note="以企业名作投产项目名"),
  comp("浪潮华光", WF, A1, opt=True, note="只在项目名中"),
  comp("贞明半导体", WF, A1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("国家内燃机产业计量测试中心", "落户全国唯一的国家内燃机产业计量测试中心", kind="research", park=WF, note="落户高新区"),
 ],
 projects=[
  proj("航空航天产业园二期", WF, A1, phase="二期", status="开工", status_text="新开工", note="2022年上半年新开工；无单项金额"),
  proj("浪潮华光 LED", WF, A1, status="开工", status_text="新开工", note="同上"),
  proj("贞明半导体集成电路", WF, A1, status="开工", status_text="新开工", note="同上"),
  proj("健大电子", WF, A2, companies=["健大电子"], status="投产", status_text="上半年投产", note="以企业名作项目名"),
  proj("裕同科技", WF, A2, companies=["裕同科技"], status="投产", status_text="上半年投产", note="以企业名作项目名"),
  proj("山东银轮", WF, A2, companies=["山东银轮"], status="投产", status_text="上半年投产", note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(WF, "park", "projects_started", 46, "count", A1, ASA, note="新开工重点项目"),
  fact(WF, "park", "projects_under_construction", 173, "count", "在建项目达到173个、总投资1290亿元", "2022年6月末"),
  fact(WF, "park", "projects_under_construction_investment_cny", 1.29e11, "cny", "在建项目达到173个、总投资1290亿元", "2022年6月末", chk=True),
  fact(WF, "park", "key_projects_investment_completed_cny", 1.01e10, "cny", "31个省市重点项目完成投资101亿元", ASA, chk=True),
  fact(WF, "park", "key_projects_count", 31, "count", "31个省市重点项目完成投资101亿元", ASA, opt=True, note="省市重点项目个数"),
  fact(WF, "park", "projects_in_production", 20, "count", A2, ASA),
  fact(WF, "park", "high_tech_output_share", 0.098, "ratio", "高新技术产值占比达到9.8%", ASA, kind="ratio", opt=True,
       note="照录 9.8%；与“高于全市30个百分点”不合，疑为排印有误"),
  fact(WF, "park", "provincial_patent_awards", 6, "count", "山东潍坊高新区新获省专利奖6项、全市最多", "2022年5月", opt=True),
  fact(WF, "park", "policy_financing_cny", 8.8e9, "cny", "获批政策性融资88亿元", ASA, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ti02 海王项目落户枣庄 (经济导报 2022-03)
ZZ = "枣庄高新区"
B0 = "据悉,海王优品项目总投资50亿元,其中一期投资15亿元,在枣庄高新区搭建海王优品全国总部基地和数字化健康平台"
B1 = "海王健康小镇项目总投资150亿元,规划用地面积约3000亩"
B2 = "近日,海王健康产业生产基地及健康小镇项目签约仪式在枣庄举行。据悉,两大项目落户枣庄,预计总投资200亿元"
G["ti02"] = dict(
 article=art("（无标题）海王健康产业生产基地及健康小镇项目签约落户枣庄 预计总投资200亿元", "经济导报（大众报业；李志超 刘雅丽），载于 sdenews.com（山东财经网）", "2022-03", "month",
  "Provincial business paper, Shandong (枣庄): a listed pharma group signs two projects — a headquarters-and-production project whose first phase sits in the city's high-tech zone, and a health town — with total, project and phase amounts",
  "http://www.sdenews.com/html/2022/3/329116.shtml",
  "日期只知到月：网址 2022/3（文中作“近日”）。存段无标题、无日期行（title 为编者概括），以“导报讯”起首，全文存为一行（段落以空格相连，照录为一段），末尾署名“(李志超 刘雅丽)”，完整；页面表格竖线“|”已删。园区：枣庄高新区（枣庄市，山东）。项目：海王优品项目（总投资50亿元；一期15亿元在枣庄高新区建全国总部基地和数字化健康平台，二期35亿元建生产基地）——签约；与签约仪式名中的“海王健康产业生产基地”按金额（50+150=200亿元）推定为同一项目，列为别名，园区记枣庄高新区（一期地点），note 注明；海王健康小镇项目（总投资150亿元，约3000亩）——签约，园区 null（文中只说落户枣庄）。公司：深圳海王集团股份有限公司（又作“海王集团”；投资方，深圳，园区 null）；海王优品（总部落户枣庄高新区，可选）。“两大项目…预计总投资200亿元”记为海王集团签约投资额。",
  "ti02"),
 parks=[
  park(ZZ, "枣庄", "山东", "高新区", B0),
 ],
 companies=[
  comp("深圳海王集团股份有限公司", None, "深圳海王集团股份有限公司董事长张思民在签约仪式上表示", aliases=["海王集团"], note="投资方，总部在深圳"),
  comp("海王优品", ZZ, B0, opt=True, note="全国总部基地设在枣庄高新区"),
 ],
 projects=[
  proj("海王优品项目", ZZ, B0, companies=["深圳海王集团股份有限公司"], inv="海王优品项目总投资50亿元", status="签约", status_text="签约仪式",
       aliases=["海王健康产业生产基地"], note="一期15亿元在枣庄高新区（总部基地和数字化健康平台），二期35亿元（生产基地）；与“海王健康产业生产基地”同一项目系按金额推定"),
  proj("海王健康小镇项目", None, B1, companies=["深圳海王集团股份有限公司"], inv="总投资150亿元", status="签约", status_text="签约仪式",
       aliases=["健康小镇项目"], note="规划用地约3000亩；文中只说落户枣庄"),
 ],
 aggregate_facts=[
  fact("深圳海王集团股份有限公司", "company", "signed_investment_cny", 2e10, "cny", B2, "2022年3月（签约）", chk=True, note="两大项目预计总投资"),
  fact("海王优品项目", "project", "phase1_investment_cny", 1.5e9, "cny", "其中一期投资15亿元", "2022年3月（签约）", opt=True, chk=True),
  fact("海王优品项目", "project", "phase2_investment_cny", 3.5e9, "cny", "项目二期投资35亿元", "2022年3月（签约）", opt=True, chk=True),
  fact("海王健康小镇项目", "project", "site_area_mu", 3000, "mu", B1, "2022年3月（规划）", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ti03 临沂高新区18个重大项目集中开工 (中国高新网 2023-02-15)
LY = "临沂高新区"
C0 = "据了解,全区共有18个项目纳入本次高质量发展重大项目现场推进会,总投资109.6亿元,年度计划投资32亿元"
AS3 = "2023年2月14日（集中开工）"
G["ti03"] = dict(
 article=art("临沂高新区18个重大项目集中开工,总投资109.6亿元!", "临沂高新区（作者 刘士顺 张婷婷 邵翔宇 孙晓彤 陈鹏飞 陈相田），载于中国高新网 chinahightech.com 园区动态", "2023-02-15", "day",
  "National high-tech-zone portal relaying a zone's own release, Shandong (临沂): a zone's groundbreaking meeting — number of projects, total and annual planned investment, expected output, profit-tax and jobs",
  "http://www.chinahightech.com/html/yuanqu/yqdt/2023/0215/5661469.html",
  "日期取页面“2023-02-15 13:52:59 来源:临沂高新区”；文中“2月14日”为推进会日。标题照录；栏目路径、时间来源行已删；存段末“(图片”为图片说明残文，已删。正文三段，至“…社会效益。”完整。园区：临沂高新区（临沂市，山东；文中又作“全区”“高新”）。无点名项目或企业。18个项目、总投资109.6亿元（集中开工）、年度计划投资32亿元（target）；“全部投产竣工后”年产值过100亿元、利税15亿元以上、带动就业5000余人（target）。",
  "ti03"),
 parks=[
  park(LY, "临沂", "山东", "高新区", "2月14日,临沂高新区召开高质量发展重大项目建设现场推进会", note="文中又作“全区”"),
 ],
 aggregate_facts=[
  fact(LY, "park", "projects_started", 18, "count", C0, AS3),
  fact(LY, "park", "projects_started_investment_cny", 1.096e10, "cny", "总投资109.6亿元,年度计划投资32亿元", AS3, chk=True),
  fact(LY, "park", "planned_annual_investment_cny", 3.2e9, "cny", "年度计划投资32亿元", "2023年（计划）", kind="target", chk=True),
  fact(LY, "park", "expected_annual_output_cny", 1e10, "cny", "将实现年产值过100亿元、利税15亿元以上", "18个项目全部投产后（预计）", kind="target", qual="超", qtext="过", chk=True),
  fact(LY, "park", "expected_annual_profit_tax_cny", 1.5e9, "cny", "利税15亿元以上", "18个项目全部投产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(LY, "park", "expected_jobs", 5000, "count", "带动就业5000余人", "18个项目全部投产后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ti04 聊城今年引进重大招商引资项目127个 (聊城日报 2023-12)
LC = "聊城经济开发区"
D0 = "今年,我市引进的127个重大招商引资项目中,投资50亿元及以上项目6个,10亿—50亿元项目32个,中国500强投资项目4个,世界500强投资项目5个"
D1 = "成功将建龙集团的全资子公司哈尔滨轴承集团有限公司生产基地项目吸引到聊城落户"
D2 = "聊城经济开发区充分利用现有厂房资源,引进了四川猛犸半导体科技有限公司,该项目生产的全透明太阳能发电玻璃项目,具有广泛的应用场景"
D3 = "另外,还引进了冠州国际陆港项目、中化集团投资的己内酰胺·尼龙6项目和100万吨有机硅项目等一批过50亿元的项目"
D4 = "儒商大会开幕式有2个项目现场签约,包括投资50亿元的太阳能发电玻璃项目,华新控股香港公司投资9500万美元、合同外资2650万美元的高效农业产业园项目"
AS4 = "2023年（截至12月26日）"
G["ti04"] = dict(
 article=art("我市今年引进重大招商引资项目127个", "聊城日报（吕赵一诺），载于 lcrb.lcxw.cn（聊城日报数字报）", "2023-12", "month",
  "City daily, Shandong (聊城): the year's investment-attraction results — counts of major projects by size and investor rank, a bearing maker's base in a county-level city, a solar-glass firm and three large projects brought into the city's economic development zone, the Confucian-merchants conference's signings with amounts in yuan and US dollars",
  "http://lcrb.lcxw.cn/paper/pc/content/content_43603.html",
  "日期只知到月：文中“12月26日召开的2023聊城市招大引强工作成效发布会”，见报当在2023年12月26日之后（数字报页面日期存段未示）。标题照录。存段末段“借助青岛峰会平台,…推介会,现”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…高效农业产业园项目。”，共四段。园区：聊城经济开发区（聊城市，山东）。项目：哈尔滨轴承集团有限公司生产基地项目（临清市，县级市不是园区，park null；总投资50亿元；“吸引到聊城落户”→无状态）；全透明太阳能发电玻璃项目（四川猛犸半导体科技有限公司，聊城经济开发区“引进”；与儒商大会开幕式“现场签约”的“投资50亿元的太阳能发电玻璃项目”推定为同一项目，别名、金额50亿元、状态签约取后句，note 注明）；冠州国际陆港项目、己内酰胺·尼龙6项目（中化集团投资）、100万吨有机硅项目（聊城经济开发区“引进”，无状态；“一批过50亿元的项目”为区间，不作投资额；“中化集团投资的”是否兼及有机硅项目不明，只记在尼龙6项目）；高效农业产业园项目（华新控股香港公司投资9500万美元，美元记 investment_value；现场签约→签约；园区 null）。127个项目及分档个数为聊城市（region）全年数（cumulative）；儒商大会期间产业合作项目29个、总投资305.91亿元为市数。市投资促进局列可选机构。",
  "ti04"),
 parks=[
  park(LC, "聊城", "山东", "经济开发区", D2),
 ],
 companies=[
  comp("四川猛犸半导体科技有限公司", LC, D2, note="被引进聊城经济开发区"),
  comp("哈尔滨轴承集团有限公司", None, D1, aliases=["哈轴集团"], note="生产基地项目落户临清市（县级市，不是园区）"),
  comp("建龙集团", None, "建龙集团是世界500强企业,哈轴集团是中国轴承行业的领军企业之一", opt=True, note="哈轴集团的母公司"),
  comp("中化集团", None, D3, opt=True, note="己内酰胺·尼龙6项目的投资方"),
  comp("华新控股香港公司", None, D4, opt=True, note="高效农业产业园项目投资方"),
 ],
 institutions=[
  inst("市投资促进局", "市投资促进局党组成员、副局长董立强介绍", note="聊城市投资促进局（文中简称）"),
 ],
 projects=[
  proj("哈尔滨轴承集团有限公司生产基地项目", None, "哈轴集团是中国轴承行业的领军企业之一,该项目总投资50亿元", companies=["哈尔滨轴承集团有限公司"],
       inv="该项目总投资50亿元", note="落户临清市（县级市）；“吸引到聊城落户”→无状态"),
  proj("全透明太阳能发电玻璃项目", LC, D4, companies=["四川猛犸半导体科技有限公司"], inv="投资50亿元", status="签约", status_text="现场签约",
       aliases=["太阳能发电玻璃项目"], note="聊城经济开发区引进的猛犸半导体项目；与儒商大会开幕式现场签约的“投资50亿元的太阳能发电玻璃项目”推定为同一项目"),
  proj("冠州国际陆港项目", LC, D3, note="“引进”，无状态；“一批过50亿元的项目”为区间，不作投资额"),
  proj("己内酰胺·尼龙6项目", LC, D3, companies=["中化集团"], note="中化集团投资；“引进”，无状态；过50亿元区间不作投资额"),
  proj("100万吨有机硅项目", LC, D3, note="“引进”，无状态；过50亿元区间不作投资额"),
  proj("高效农业产业园项目", None, D4, companies=["华新控股香港公司"], inv="投资9500万美元", currency="usd", value=9.5e7,
       status="签约", status_text="现场签约", note="合同外资2650万美元；园区未说"),
 ],
 aggregate_facts=[
  fact("聊城", "region", "major_investment_projects_introduced", 127, "count", D0, AS4, kind="cumulative", note="重大招商引资项目"),
  fact("聊城", "region", "projects_over_5bn", 6, "count", "投资50亿元及以上项目6个", AS4, kind="cumulative", opt=True),
  fact("聊城", "region", "projects_1bn_to_5bn", 32, "count", "10亿—50亿元项目32个", AS4, kind="cumulative", opt=True),
  fact("聊城", "region", "china_top500_investor_projects", 4, "count", "中国500强投资项目4个", AS4, kind="cumulative", opt=True),
  fact("聊城", "region", "world_top500_investor_projects", 5, "count", "世界500强投资项目5个", AS4, kind="cumulative", opt=True),
  fact("聊城", "region", "industrial_cooperation_projects_signed", 29, "count", "招才引智项目5个,产业合作项目29个", "2023年儒商大会期间"),
  fact("聊城", "region", "signed_investment_cny", 3.0591e10, "cny", "节能环保等多个领域,总投资305.91亿元", "2023年儒商大会期间", chk=True),
  fact("高效农业产业园项目", "project", "contracted_fdi_usd", 2.65e7, "usd", "合同外资2650万美元的高效农业产业园项目", "2023年儒商大会开幕式（签约）", opt=True),
 ])

# ---------------------------------------------------------------- ti05 项目筑基蓄能未来 (淄博晚报 2025-12-30)
ZB = "淄博高新区"
JD = "新型环保粉末新材料生产基地"
E0 = "12月18日,在淄博高新区新型环保粉末新材料生产基地内,齐益新材料和齐盈新材料两个项目产线正全速运转"
E1 = "12月5日,中国化学工程天辰齐翔新材料有限公司反向路演,宣布年产20万吨己二腈装置迈入全面达产阶段"
G["ti05"] = dict(
 article=art("项目筑基蓄能未来", "淄博晚报 第A03版（全媒体记者 赵培珊），经 360elib.com 电子报阅读机", "2025-12-30", "day",
  "City evening paper's year-end feature, Shandong (淄博): firms' units handed over or at full production, and two powder-coating materials projects running in the high-tech zone's new materials base, won by the zone's investment team, with their combined amount",
  "http://www.360elib.com:2027/detail.aspx?NewsCode=NC917&NewsId=74385862&OrgId=001",
  "日期取阅读机页面“当前报纸名称:淄博晚报 … 日期:12-30 … 版面:第A03版”；年份页面未示，由阅读机当日日期“2026-01-23”及文意（年终回望）推定为2025年，precision 记 day 但年份属推定。标题照录；阅读机页头、日期版面行与图片说明“鑫泰石化集团项目现场”已删；署名“□全媒体记者 赵培珊”保留。长篇特稿只存开头：存段末“为者常成,行者常至。为推”为下一段残文，整段删去，正文截至“…环保融塑材料的产业集群。””，含小标题“招引韧劲”，共八段。园区：淄博高新区（淄博市，山东）；其内“新型环保粉末新材料生产基地”列可选园区（母园区淄博高新区）。项目：齐益新材料项目、齐盈新材料（以企业名作项目名；“产线正全速运转”→投产；园区淄博高新区）；“两个总投资超20亿元的项目”是合计还是各自超20亿元不明，不作单项投资额，记为可选合计事实。天辰齐翔年产20万吨己二腈装置（全面达产→投产；园区文中未说，null；可选）。鑫泰石化集团“两个项目中交”未点名项目，不列项目。",
  "ti05"),
 parks=[
  park(ZB, "淄博", "山东", "高新区", E0),
  park(JD, "淄博", "山东", "生产基地", E0, parent=ZB, opt=True, note="淄博高新区内的生产基地"),
 ],
 companies=[
  comp("齐益新材料", ZB, E0, note="项目在淄博高新区新型环保粉末新材料生产基地"),
  comp("齐盈新材料", ZB, E0, note="同上"),
  comp("中国化学工程天辰齐翔新材料有限公司", None, E1, note="园区文中未说"),
  comp("鑫泰石化集团", None, "9月28日,鑫泰石化集团两个项目中交", note="园区文中未说"),
 ],
 projects=[
  proj("齐益新材料项目", ZB, E0, companies=["齐益新材料"], status="投产", status_text="产线正全速运转",
       note="“两个总投资超20亿元的项目”之一，单项金额不明"),
  proj("齐盈新材料", ZB, E0, companies=["齐盈新材料"], status="投产", status_text="产线正全速运转",
       note="以企业名作项目名；单项金额不明"),
  proj("年产20万吨己二腈装置", None, E1, companies=["中国化学工程天辰齐翔新材料有限公司"], status="投产", status_text="迈入全面达产阶段",
       opt=True, note="装置；园区文中未说"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "projects_investment_cny", 2e9, "cny", "两个总投资超20亿元的项目", "2025年12月", qual="超", qtext="超", opt=True, chk=True,
       note="齐益、齐盈两个项目；合计还是各自超20亿元不明"),
 ])

# ---------------------------------------------------------------- ti06 德州天衢新区五个重点项目集中签约 (大众网·海报新闻 2023-02)
TQ = "德州天衢新区"
F0 = "此次集中签约的项目包括:日之容食品绿色环保制品项目、泽华高端化工装备项目、合润激光产业园项目、通得科技华北区域研发中心和运营总部项目、军用航空与电子复合材料项目"
AS6 = "2023年2月24日（集中签约）"
G["ti06"] = dict(
 article=art("争·春|总投资34.4亿元!德州天衢新区五个重点项目集中签约", "大众网·海报新闻（记者 高志玟 通讯员 陈宝滨），hb.dzwww.com", "2023-02", "month",
  "Provincial paper group's news site, Shandong (德州): a provincial new area's signing of five named projects with their total, count over 1 billion and added output",
  "https://hb.dzwww.com/p/pbl2PkPL33.html",
  "日期只知到月：文中“2月24日,德州天衢新区举办2023年重点项目签约仪式”，见报当在当日或稍后（页面日期存段未示）。标题照录（栏目名“争·春|”是标题的一部分）；分隔符“··”已删；栏目“编者按”与记者行是文章的一部分，保留。存段末段“下一步,天衢新区将以此次签约仪”在句中中断，整段删去，正文截至“…为项目建设“保驾护航”。”，共五段。园区：德州天衢新区（德州市，山东；省级新区，文中又作“天衢新区”“新区”；kind 记“新区”）。项目：日之容食品绿色环保制品项目、泽华高端化工装备项目、合润激光产业园项目、通得科技华北区域研发中心和运营总部项目、军用航空与电子复合材料项目——签约，无单项金额；总投资34.4亿元、2个超10亿元、建成后新增产值35.8亿元（target）为五项目合计，记在新区。企业只在项目名中，不另列。",
  "ti06"),
 parks=[
  park(TQ, "德州", "山东", "新区", "2月24日,德州天衢新区举办2023年重点项目签约仪式", aliases=["天衢新区"], note="省级新区；文中又作“新区”"),
 ],
 projects=[
  proj("日之容食品绿色环保制品项目", TQ, F0, status="签约", status_text="集中签约"),
  proj("泽华高端化工装备项目", TQ, F0, status="签约", status_text="集中签约"),
  proj("合润激光产业园项目", TQ, F0, status="签约", status_text="集中签约"),
  proj("通得科技华北区域研发中心和运营总部项目", TQ, F0, status="签约", status_text="集中签约"),
  proj("军用航空与电子复合材料项目", TQ, F0, status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(TQ, "park", "projects_signed", 5, "count", "德州天衢新区五个重点项目集中签约", AS6, note="标题中“五个”"),
  fact(TQ, "park", "signed_investment_cny", 3.44e9, "cny", "这些项目投资体量大,总投资达到34.4亿元", AS6, chk=True),
  fact(TQ, "park", "projects_over_1bn", 2, "count", "2个项目投资超10亿元", AS6, opt=True),
  fact(TQ, "park", "expected_added_output_cny", 3.58e9, "cny", "项目建成后新增产值35.8亿元", "五个项目建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ti07 济宁高新区重点项目141个 (中国高新技术产业导报 2024-07-29)
JN = "济宁高新区"
H1 = "其中,小松全球智能制造产业基地、长城重工新能源工程机械产业项目、山东华付AI产业基地等一批重点项目正加速推进"
H2 = "蔡庄立交、海川路北延、东片区综合管网改造提升等一批重大基础设施项目的加快推进"
G["ti07"] = dict(
 article=art("（无标题）济宁高新区今年确定重点项目141个 其中工业项目95个", "中国高新技术产业导报（“本报讯”，无署名），paper.chinahightech.com 数字报", "2024-07-29", "day",
  "National high-tech trade paper, Shandong (济宁): a national high-tech zone's key-project list for the year — totals by kind, three named industrial projects under way, named infrastructure works",
  "http://paper.chinahightech.com/pc/content/202407/29/content_134748.html",
  "日期取数字报网址 202407/29。存段无标题、无日期行（title 为编者概括），以“本报讯”起首。存段末“下一步,济宁高新”为下一段残文，已删；正文截至“…提供有力保障。”，共四段。园区：济宁高新区（济宁市，山东；文中又作“该高新区”）。项目：小松全球智能制造产业基地、长城重工新能源工程机械产业项目、山东华付AI产业基地（“正加速推进”，文中无阶段词，status 不记；无金额）；蔡庄立交、海川路北延、东片区综合管网改造提升（基础设施，“加快推进”，可选）。事实：省市区重点项目141个、工业项目95个、基础设施项目23个、社会民生项目32个（2024年）；“占项目总数的六成以上”“占比约六成”不计。企业只在项目名中，不另列。",
  "ti07"),
 parks=[
  park(JN, "济宁", "山东", "高新区", "本报讯 今年以来,济宁高新区展现出强劲的发展势头", note="文中又作“该高新区”"),
 ],
 projects=[
  proj("小松全球智能制造产业基地", JN, H1, note="“正加速推进”，无阶段词"),
  proj("长城重工新能源工程机械产业项目", JN, H1, note="同上"),
  proj("山东华付AI产业基地", JN, H1, note="同上"),
  proj("蔡庄立交", JN, H2, opt=True, note="基础设施项目"),
  proj("海川路北延", JN, H2, opt=True, note="基础设施项目"),
  proj("东片区综合管网改造提升", JN, H2, opt=True, note="基础设施项目"),
 ],
 aggregate_facts=[
  fact(JN, "park", "major_projects_listed", 141, "count", "共确定山东省、济宁市、济宁高新区重点项目141个", "2024年"),
  fact(JN, "park", "industrial_major_projects_listed", 95, "count", "共有95个工业项目入围省市区重点项目名单", "2024年"),
  fact(JN, "park", "infrastructure_projects_listed", 23, "count", "共确定了23个基础设施项目和32个社会民生项目", "2024年", opt=True),
  fact(JN, "park", "social_projects_listed", 32, "count", "共确定了23个基础设施项目和32个社会民生项目", "2024年", opt=True),
 ])

# ---------------------------------------------------------------- ti08 菏泽鲁西新区 一季度生产建设 (鲁西新区 via 中国开发区协会 2023-02-22)
LX = "菏泽鲁西新区"
LW = "了未元大健康产业园"
K0 = "连日来,山东省菏泽鲁西新区各重点企业、重点项目现场,活力涌动"
K1 = "在了未元大健康产业园内,MAH柔性共享平台项目的头孢粉针分装车间正在加速生产"
K2 = "在源林川服饰有限公司的生产车间里,企业员工也是干劲满满,各生产线开足马力,一片繁忙景象"
G["ti08"] = dict(
 article=art("山东菏泽鲁西新区:生产建设“铆足劲”,奏响高质量发展“春之曲”", "山东菏泽鲁西新区（管委会稿），载于中国开发区协会网站 cadz.org.cn“省级开发区动态”", "2023-02-22", "day",
  "National development-zone association's site relaying a zone's own release, Shandong (菏泽): a new area's first-quarter production — a pharma park's shared-platform project in production with workshops and firms, a garment maker's capacity",
  "http://www.cadz.org.cn/index.php/News/info/id/55056.html",
  "日期取页面“来源:山东菏泽鲁西新区 发布时间:2023年02月22日 10:02”。标题照录；站点菜单、栏目路径、来源时间行已删。存段末“‘春节过后,员工就”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…年产能在700万套左右。”，共三段。园区：菏泽鲁西新区（菏泽市，山东；标题作“山东菏泽鲁西新区”，正文作“山东省菏泽鲁西新区”；kind 记“新区”）；了未元大健康产业园（在新区内，母园区由语境推定）。项目：了未元MAH柔性共享平台项目（又作“MAH柔性共享平台项目”；头孢粉针分装车间“正在加速生产”→投产；园区了未元大健康产业园）。公司：源林川服饰有限公司（又作“源林川服饰”；园区菏泽鲁西新区，由语境推定）。事实：平台28个车间、25家企业入驻（subject 项目）；源林川年产能约700万套（可选）。“可满足70%的药品落地需求”“三年内平台可落地100个产值过亿元的药品”不计。",
  "ti08"),
 parks=[
  park(LX, "菏泽", "山东", "新区", K0, aliases=["山东菏泽鲁西新区"], note="标题作“山东菏泽鲁西新区”"),
  park(LW, "菏泽", "山东", "产业园", K1, parent=LX, note="母园区由语境推定"),
 ],
 companies=[
  comp("源林川服饰有限公司", LX, K2, aliases=["源林川服饰"], note="园区由语境推定"),
 ],
 projects=[
  proj("了未元MAH柔性共享平台项目", LW, "据了解,了未元MAH柔性共享平台项目是围绕全市生物医药产业“一港四园”布局,创新打造的全产业链智能化共享平台",
       aliases=["MAH柔性共享平台项目"], status="投产", status_text="正在加速生产", note="头孢粉针分装车间正在加速生产；无金额"),
 ],
 aggregate_facts=[
  fact("了未元MAH柔性共享平台项目", "project", "workshops", 28, "count", "该共享平台建有28个车间、近百条生产线", "2023年2月", opt=True),
  fact("了未元MAH柔性共享平台项目", "project", "firms_entered", 25, "count", "目前,已有25家企业入驻平台", "2023年2月"),
  fact("源林川服饰有限公司", "company", "annual_capacity_sets", 7e6, "sets", "年产能在700万套左右", "2023年2月", qual="约", qtext="左右", opt=True),
 ])
