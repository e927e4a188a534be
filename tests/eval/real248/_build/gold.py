# real248 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all four items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district is not a park). Status from the text's words; a project
# the text only says will be completed this year gets status planned with status_alt 投产. “预计” year figures and “计划”
# (planned) figures are kind target with “（预计）” / “（计划）” in as_of; “年初以来” counts are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/smNN.raw as returned.

# ---------------------------------------------------------------- sm01 哈尔滨新区江北一体发展区60个亿元以上重点产业项目 (黑龙江日报 2019)
HX = "哈尔滨新区"
JB = "哈尔滨新区江北一体发展区"
A0 = "2019年,哈尔滨新区计划推进亿元以上重点产业项目60个,计划总投资432.4亿元,年度计划投资91.6亿元"
A1 = "从投资效益看,60个重点产业项目中,有工大激光通信等17个项目年内竣工投产,预计新增产值20亿元"
AS = "2019年（计划）"
G["sm01"] = dict(
 article=art("哈尔滨新区江北一体发展区60个亿元以上重点产业项目强力推进", "黑龙江日报（陈贺 李爱民），载于东北网 heilongjiang.dbw.cn", "2019-05-28", "day",
  "Provincial daily on a provincial news portal, Heilongjiang: a state-level new area's 2019 plan of 60 key industrial projects above 100 million yuan — total and annual planned investment, new and continued projects, projects to be completed this year (one named), shares of large and strategic-emerging projects, the zone's project-service and supervision mechanisms",
  "https://heilongjiang.dbw.cn/system/2019/05/28/058207309.shtml",
  "日期取页面“2019-05-28 09:30:57 来源:黑龙江日报  作者:陈贺 李爱民”。标题照录；导航、来源行、“关注东北网 / 微博 / Qzone / 极光新闻”已删。存段末行“如此体量的项目”为下一段残文，已删；正文截至“…对项目进展及相关情况进行通报。”，共五段。园区：哈尔滨新区（国家级新区，哈尔滨，黑龙江；文中又作“新区”“该区”）；标题中的“哈尔滨新区江北一体发展区”列为可选子区（parent 哈尔滨新区）。项目：工大激光通信——“年内竣工投产”为计划（status planned，status_alt 投产），无金额；其名亦为企业简称，另列可选公司。事实：60个项目、计划总投资432.4亿元（2019年计划推进的项目，记 reported 的项目清单规模）、年度计划投资91.6亿元（target）；新建24个/43.14亿元、续建36个/48.5亿元、年内竣工17个（target）、省百大项目4个、10亿元项目12个（占20%）、战略性新兴产业项目28个（占47%）；17个项目“预计新增产值20亿元”（target）。“总投资10亿元的项目12个”原文如此（未写“以上”），照录。",
  "sm01"),
 parks=[
  park(HX, "哈尔滨", "黑龙江", "国家级新区", A0, aliases=[], note="文中又作“新区”“该区”"),
  park(JB, "哈尔滨", "黑龙江", "新区片区", "哈尔滨新区江北一体发展区60个亿元以上重点产业项目强力推进", parent=HX, opt=True,
       note="只见于标题；正文只说“哈尔滨新区”"),
 ],
 companies=[
  comp("工大激光通信", HX, A1, opt=True, note="以企业简称作项目名"),
 ],
 projects=[
  proj("工大激光通信", HX, A1, companies=["工大激光通信"], status="planned", status_text="年内竣工投产", status_alt="投产",
       note="17个年内竣工投产项目之一（计划）；无金额"),
 ],
 aggregate_facts=[
  fact(HX, "park", "major_projects_listed", 60, "count", A0, "2019年", note="计划推进的亿元以上重点产业项目"),
  fact(HX, "park", "major_projects_total_investment_cny", 4.324e10, "cny", "计划总投资432.4亿元", "2019年", chk=True),
  fact(HX, "park", "planned_annual_investment_cny", 9.16e9, "cny", "年度计划投资91.6亿元", AS, kind="target", chk=True),
  fact(HX, "park", "new_projects_planned", 24, "count", "新建项目24个,年度计划投资43.14亿元", AS, kind="target", opt=True),
  fact(HX, "park", "new_projects_planned_annual_investment_cny", 4.314e9, "cny", "年度计划投资43.14亿元;续建项目36个", AS, kind="target", opt=True, chk=True),
  fact(HX, "park", "continued_projects", 36, "count", "续建项目36个,年度计划投资48.5亿元", AS, kind="target", opt=True),
  fact(HX, "park", "continued_projects_annual_investment_cny", 4.85e9, "cny", "年度计划投资48.5亿元;计划年内竣工项目17个", AS, kind="target", opt=True, chk=True),
  fact(HX, "park", "projects_to_complete", 17, "count", "计划年内竣工项目17个", AS, kind="target"),
  fact(HX, "park", "provincial_top100_projects", 4, "count", "列入全省百大项目4个", "2019年", opt=True),
  fact(HX, "park", "projects_over_1bn", 12, "count", "总投资10亿元的项目12个,占总项目数的20%", "2019年", opt=True, note="原文无“以上”"),
  fact(HX, "park", "projects_over_1bn_share", 0.20, "ratio", "总投资10亿元的项目12个,占总项目数的20%", "2019年", kind="ratio", opt=True),
  fact(HX, "park", "strategic_emerging_projects", 28, "count", "战略性新兴产业项目28个,占项目总数47%", "2019年", opt=True),
  fact(HX, "park", "strategic_emerging_projects_share", 0.47, "ratio", "战略性新兴产业项目28个,占项目总数47%", "2019年", kind="ratio", opt=True),
  fact(HX, "park", "expected_new_output_cny", 2e9, "cny", "预计新增产值20亿元", "2019年（预计）", kind="target", chk=True,
       note="17个年内竣工投产项目的预计新增产值"),
 ])

# ---------------------------------------------------------------- sm02 “洼地效应”绽放异样精彩 (吉林日报 via 中国青年网 2017)
LY = "辽源经济开发区"
G["sm02"] = dict(
 article=art('"洼地效应"绽放异样精彩', "吉林日报（本报记者 隋二龙 赵蓓蓓），载于中国青年网 news.youth.cn", "2017-09-01", "day",
  "Provincial daily relayed by a national youth news portal, Jilin: a feature on a provincial-level economic development zone — its industrial bases, founding, listed firms along one road, four leading industries, provincial ranking; the excerpt stops where the mid-year figures begin",
  "http://news.youth.cn/jsxw/201709/t20170901_10631287.htm",
  "日期取页面“发稿时间:2017-09-01 08:47:33 来源: 吉林日报 中国青年网”。标题照录（页面用直引号）；导航、发稿时间行、图片说明“辽源经济开发区双龙广场。王帝 摄”及署名行“本报记者 隋二龙 赵蓓蓓”已删（署名记入 outlet）。文中“……”为原文省略号，保留为一段。存段在“截至6月末…地区生产总值完成53”处中断，残句已删（make_txt.py LINE_SUFFIX），正文截至“…继续保持全市领先水平。”。园区：辽源经济开发区（省级经济开发区，2001年12月经吉林省政府批准建立；辽源，吉林）。“辽源新能源产业基地”“辽源高精铝加工产业基地”“辽源医药健康产业基地”是开发区的称号（“这里是…”），不另列园区。无具名企业、无项目、无金额。事实：3.7公里财富大路上10户上市企业；省级开发区综合排名“连续位列前五名”（可选）。",
  "sm02"),
 parks=[
  park(LY, "辽源", "吉林", "经济开发区", "这就是2001年12月经吉林省政府批准建立的省级经济开发区", note="省级；文中又称“辽源经开”（“辽源经开人”）"),
 ],
 aggregate_facts=[
  fact(LY, "park", "listed_companies", 10, "count", "这就是那个在3.7公里的财富大路上,神奇孕育着10户不同类型上市企业的辽源经济开发区", "2017年9月"),
  fact(LY, "park", "provincial_dev_zone_rank", 5, "rank", "在吉林省省级开发区综合排名中,连续位列前五名", "2017年", opt=True, note="“前五名”，上限"),
 ])

# ---------------------------------------------------------------- sm03 直击东北经济:大庆高新集群 (搜狐网 via chinadaily 2017)
DQ = "大庆高新区"
C0 = "作为引领龙头和聚集平台,引建了沃尔沃、忠旺、福瑞邦、15万吨丙烯、神雾等一批产业龙头项目"
C1 = "目前,企业总数发展到4650家,其中规模以上工业企业94家、国家级高新技术企业94家,收入超亿元企业52家、超10亿元企业12家,境内外上市及新三板挂牌企业19家"
C2 = "2016年预计全区实现生产总值685亿元、工业增加值567亿元、财政收入26亿元"
ASC = "2016年全年（预计）"
NOW = "2016年末–2017年1月（“目前”）"
G["sm03"] = dict(
 article=art("直击东北经济:大庆高新集群 拓转型突围之路", "搜狐网（页面“来源:搜狐网”），载于中国日报网 china.chinadaily.com.cn", "2017-01-13", "day",
  "National news portal relaying a commercial portal's feature, Heilongjiang: a national high-tech zone — area and population, leading projects brought in, firm counts by class, R&D share, estimated 2016 GDP / industrial value added / fiscal revenue, national and regional ranking, then the petrochemical section (the excerpt stops inside it)",
  "http://china.chinadaily.com.cn/2017-01/13/content_27945637.htm",
  "日期取页面“2017-01-13 11:10:42”。标题照录；页面在正文中两次重复标题（图片说明），已删（make_txt.py inner_drop）；小标题“国家级高新区集群龙头项目”“石油化工打造百万吨级乙烯基地”保留为段落。存段在“…工程包括9套生产装置、辅助和”处中断，该句已删（LINE_SUFFIX），正文截至“…累计生产乙烯超过1300万吨。”。园区：大庆高新区（国家级高新区，大庆，黑龙江；文中又作“全区”）。项目：“引建了沃尔沃、忠旺、福瑞邦、15万吨丙烯、神雾等一批产业龙头项目”——五个项目以企业名或产品名称呼，无金额、无阶段（status null）；沃尔沃、忠旺、福瑞邦、神雾另列可选公司。大庆石化（乙烯装置）列为可选公司，园区由语境推定。事实：总面积、常住人口（可选）；企业总数4650家等分档个数（“目前”）；研发投入占销售收入3.68%；科技进步贡献率超过53%（可选）；2016年预计生产总值685亿元、工业增加值567亿元、财政收入26亿元（target）；国家级高新区综合评价排名第33位、第29位，东北15个中第3位（可选）。",
  "sm03"),
 parks=[
  park(DQ, "大庆", "黑龙江", "国家级高新区", "大庆高新区为国家级高新区,总面积251.26平方公里,辖区常住人口19万人", note="文中又作“全区”"),
 ],
 companies=[
  comp("沃尔沃", DQ, C0, opt=True, note="以企业名称作项目名"),
  comp("忠旺", DQ, C0, opt=True, note="以企业名称作项目名"),
  comp("福瑞邦", DQ, C0, opt=True, note="以企业名称作项目名"),
  comp("神雾", DQ, C0, opt=True, note="以企业名称作项目名"),
  comp("大庆石化", DQ, "大庆石化乙烯装置年产乙烯120万吨,现已累计生产乙烯超过1300万吨", opt=True, note="园区由语境推定"),
 ],
 projects=[
  proj("沃尔沃", DQ, C0, companies=["沃尔沃"], note="产业龙头项目；无金额、无阶段"),
  proj("忠旺", DQ, C0, companies=["忠旺"], note="产业龙头项目；无金额、无阶段"),
  proj("福瑞邦", DQ, C0, companies=["福瑞邦"], note="产业龙头项目；无金额、无阶段"),
  proj("15万吨丙烯", DQ, C0, note="产业龙头项目；无金额、无阶段"),
  proj("神雾", DQ, C0, companies=["神雾"], note="产业龙头项目；无金额、无阶段"),
 ],
 aggregate_facts=[
  fact(DQ, "park", "area_km2", 251.26, "km2", "总面积251.26平方公里", NOW, opt=True),
  fact(DQ, "park", "population", 190000, "persons", "辖区常住人口19万人", NOW, opt=True),
  fact(DQ, "park", "firms", 4650, "count", C1, NOW),
  fact(DQ, "park", "above_scale_industrial_firms", 94, "count", "其中规模以上工业企业94家", NOW),
  fact(DQ, "park", "high_tech_firms", 94, "count", "国家级高新技术企业94家", NOW),
  fact(DQ, "park", "firms_revenue_over_100m", 52, "count", "收入超亿元企业52家", NOW, opt=True),
  fact(DQ, "park", "firms_revenue_over_1bn", 12, "count", "超10亿元企业12家", NOW, opt=True),
  fact(DQ, "park", "listed_companies", 19, "count", "境内外上市及新三板挂牌企业19家", NOW, note="含新三板挂牌"),
  fact(DQ, "park", "rd_spending_share_of_revenue", 0.0368, "ratio", "企业研发总投入占销售收入的比例达到3.68%", NOW, kind="ratio"),
  fact(DQ, "park", "tech_progress_contribution", 0.53, "ratio", "科技进步对经济增长贡献率超过53%", NOW, kind="ratio", qual="超", qtext="超过", opt=True),
  fact(DQ, "park", "gdp_cny", 6.85e10, "cny", C2, ASC, kind="target", chk=True),
  fact(DQ, "park", "industrial_value_added_cny", 5.67e10, "cny", "工业增加值567亿元", ASC, kind="target", chk=True),
  fact(DQ, "park", "fiscal_revenue_cny", 2.6e9, "cny", "财政收入26亿元", ASC, kind="target", chk=True),
  fact(DQ, "park", "national_ranking_overall", 33, "rank", "在115个国家级高新区综合评价中,大庆高新区综合实力、产业升级和结构优化能力分别排名第33位和29位", "2016年", opt=True),
  fact(DQ, "park", "northeast_ranking", 3, "rank", "在东北地区15个国家高新区中位列第3位", "2016年", opt=True),
 ])

# ---------------------------------------------------------------- sm04 哈尔滨市双城区 加快大项目建设 (中国食品报 2020)
SC = "双城区"
D0 = "全力推进省市重点项目17个,其中,省百大项目6个,总投资50.7亿元,年度计划投资11.1亿元"
D1 = "市重点产业项目15个(含纳入省百大项目4个),总投资63亿元,年度计划投资22.3亿元"
D2 = "新开工项目8个,复工项目9个,开复工率100%"
ASD = "2020年1月至10月下旬（年初以来）"
G["sm04"] = dict(
 article=art("哈尔滨市双城区:加快大项目建设促进产业结构优化升级", "中国食品报融媒体（记者高伟），载于中国食品网 cnfood.com", "2020-10-28", "day",
  "Trade paper's news site, Heilongjiang: a district press conference on major projects, with the district's economic-development-zone deputy head among the speakers — provincial and city key projects with counts, total and annual planned investment, projects started and resumed, then the district's advantages (the excerpt stops in the second)",
  "http://www.cnfood.com/news/show-344737.html",
  "日期取页面“2020-10-28 中国食品报融媒体”（其后“13030”为点击数，与站名“中国食品网”同删）。标题照录；图片说明“发布会现场”“双城区政府副区长 高见”已删（inner_drop）。存段在“…“三品一标”总数达146”处中断，该句（“年产优质粮食32亿斤,…总数达146”）已删（LINE_SUFFIX），正文截至“…绿色有机玉米原料基地。”。双城区为哈尔滨市辖区，不是园区（事实 subject_type region）。园区：双城区经开区——只见于发言人职务“双城区经开区副主任魏新成”；文中未说哪些项目在经开区，故无项目挂园区。“哈大齐工业走廊”“哈牡绥东对俄贸易加工区”是区域规划称号，不列园区。无具名项目、无具名企业。事实：省市重点项目17个（省百大6个 + 市重点15个，其中4个重叠）；省百大6个总投资50.7亿元、年度计划投资11.1亿元（target）；市重点产业项目15个、总投资63亿元、年度计划投资22.3亿元（target）；新开工8个、复工9个、开复工率100%（年初以来，cumulative）。",
  "sm04"),
 parks=[
  park("双城区经开区", "哈尔滨", "黑龙江", "经济开发区", "双城区经开区副主任魏新成", district="双城区",
       note="只见于发言人职务；全称或为哈尔滨双城经济技术开发区（文中未写）"),
 ],
 institutions=[
  inst("双城区政府新闻办公室", "双城区政府新闻办公室召开“加快大项目建设,促进产业结构优化升级”主题新闻发布会"),
  inst("双城区发改局", "双城区发改局局长刘喜来"),
  inst("双城区投促中心", "双城区投促中心主任魏永权"),
 ],
 aggregate_facts=[
  fact(SC, "region", "key_projects", 17, "count", D0, ASD, kind="cumulative", note="省市重点项目"),
  fact(SC, "region", "provincial_top100_projects", 6, "count", D0, ASD, kind="cumulative"),
  fact(SC, "region", "provincial_top100_projects_total_investment_cny", 5.07e9, "cny", "总投资50.7亿元,年度计划投资11.1亿元", ASD, chk=True),
  fact(SC, "region", "provincial_top100_projects_annual_investment_cny", 1.11e9, "cny", "年度计划投资11.1亿元;市重点产业项目15个", "2020年（计划）", kind="target", chk=True),
  fact(SC, "region", "city_key_projects", 15, "count", D1, ASD, kind="cumulative", note="含纳入省百大项目4个"),
  fact(SC, "region", "city_key_projects_total_investment_cny", 6.3e9, "cny", "总投资63亿元,年度计划投资22.3亿元", ASD, chk=True),
  fact(SC, "region", "city_key_projects_annual_investment_cny", 2.23e9, "cny", "年度计划投资22.3亿元。新开工项目8个", "2020年（计划）", kind="target", chk=True),
  fact(SC, "region", "projects_started", 8, "count", D2, ASD, kind="cumulative"),
  fact(SC, "region", "projects_resumed", 9, "count", D2, ASD, kind="cumulative"),
  fact(SC, "region", "projects_start_rate", 1.0, "ratio", D2, ASD, kind="ratio"),
 ])
