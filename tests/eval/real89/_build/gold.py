# real89 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a district is not a park). Status from
# the text's words (开工 / 动工 / 集中开工 / 奠基 → 开工; 建成并投入使用 → 竣工 (status_alt 投产); 签约 → 签约; 将重点引进 →
# planned). “预计” figures are kind target with “（预计）” in as_of; year-to-date and since-founding counts and values
# (“截至目前”, “累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xgNN.raw as returned.

# ---------------------------------------------------------------- xg01 张江科学城 53个项目 (中新网 2019-12-24)
ZJ = "张江科学城"
A0 = "上海张江科学城53个项目24日集中开工、入驻和签约,投资金额达768亿元(人民币,下同)"
A1 = "截至目前,首轮“五个一批”73个重点项目,累计完工51个"
A2 = "新一轮“五个一批”82个重点项目中,ABB机器人超级工厂、逸思医疗科创园等43个项目已开工建设"
A3 = "其中阿里巴巴上海研发中心、微软人工智能和物联网实验室等12个项目已建成并投入使用"
A4 = "力争到2020年底,除硬X射线自由电子激光装置项目外,其他所有项目全面完工"
AS1 = "2019年12月"
G["xg01"] = dict(
 article=art("投资768亿元 上海张江科学城集中推动53个项目", "中新网（郑莹莹 郁玫 李姝徴），载于 wakesea.com（“财经”栏）", "2019-12-24", "day",
  "National news agency's web item relayed by an aggregator, Shanghai: a science city's 53 projects started, moved in and signed with their total investment, the two rounds of key projects (counts planned, completed, started, in use) with named projects started and in use",
  "http://wakesea.com/html/caijing/20191224/31008.html",
  "日期取页面“来自 财经 2019-12-24 17:43 的文章”与电头“中新网上海12月24日电”。标题照录；页首广告段（“感知中国经济的真实温度…【我要投票】”）与两行图片说明（“‘科学之门’项目启动,郑莹莹 摄”“‘科学之门’效果图 张江供图”）已删。存段末段“此次53个项目,包括:16个重点项目集中开工、20个重”在句中中断，整段删去，正文截至“…其他项目力争2020年内全部开工。”，共四段。园区：张江科学城（上海，文中又作“张江”；所在区文中未说）；“张江综合性国家科学中心”为国家科学中心，不列园区。项目（均在张江科学城）：ABB机器人超级工厂、逸思医疗科创园（已开工建设→开工）；阿里巴巴上海研发中心、微软人工智能和物联网实验室（已建成并投入使用→竣工，status_alt 投产）；硬X射线自由电子激光装置项目（首轮项目中唯一不在2020年底前完工之列，推定在建，可选）。53个项目合计768亿元记为事实，未逐项列名。公司 ABB、阿里巴巴、微软只在项目名中（可选）。",
  "xg01"),
 parks=[
  park(ZJ, "上海", "上海", "科学城", A0, aliases=["张江"], note="文中又作“张江”；所在区文中未说"),
 ],
 companies=[
  comp("ABB", ZJ, A2, opt=True, note="只在项目名中"),
  comp("阿里巴巴", ZJ, A3, opt=True, note="只在项目名中"),
  comp("微软", ZJ, A3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("上海市政府", "2017年7月29日,上海市政府正式批复同意《张江科学城建设规划》", note="批复规划"),
 ],
 projects=[
  proj("ABB机器人超级工厂", ZJ, A2, companies=["ABB"], status="开工", status_text="已开工建设", note="新一轮“五个一批”项目"),
  proj("逸思医疗科创园", ZJ, A2, status="开工", status_text="已开工建设", note="新一轮“五个一批”项目"),
  proj("阿里巴巴上海研发中心", ZJ, A3, companies=["阿里巴巴"], status="竣工", status_alt="投产", status_text="已建成并投入使用"),
  proj("微软人工智能和物联网实验室", ZJ, A3, companies=["微软"], status="竣工", status_alt="投产", status_text="已建成并投入使用"),
  proj("硬X射线自由电子激光装置项目", ZJ, A4, status="在建", opt=True, note="首轮项目，不在2020年底完工之列；在建为推定"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "projects_launched", 53, "count", A0, "2019年12月24日（集中开工、入驻和签约）", note="开工、入驻和签约合计"),
  fact(ZJ, "park", "projects_launched_investment_cny", 7.68e10, "cny", A0, "2019年12月24日（集中开工、入驻和签约）", chk=True),
  fact(ZJ, "park", "key_projects_round1", 73, "count", A1, AS1, opt=True, note="首轮“五个一批”重点项目数"),
  fact(ZJ, "park", "key_projects_completed", 51, "count", A1, AS1, kind="cumulative", note="首轮累计完工"),
  fact(ZJ, "park", "key_projects_round2", 82, "count", A2, AS1, opt=True, note="新一轮“五个一批”重点项目数"),
  fact(ZJ, "park", "key_projects_started", 43, "count", A2, AS1, kind="cumulative", note="新一轮已开工"),
  fact(ZJ, "park", "key_projects_in_use", 12, "count", A3, AS1, kind="cumulative", note="新一轮已建成并投入使用"),
 ])

# ---------------------------------------------------------------- xg02 临港新片区 11个重大项目集中开工 (人民日报 2022-06-08)
LG = "临港新片区"
YS = "洋山特殊综合保税区"
B0 = "中国(上海)自由贸易试验区临港新片区(南汇新城)2022年第二季度重大项目6日集中开工,总投资额约118.7亿元"
B1 = "据介绍,6日集中开工的重大项目有11个,包括中国电信临港算力平台项目、白特荣新能源汽车零部件成型项目、华领糖尿病创新药物生产基地、金桥临港集成电路装备产业园、上海临港医学检测实验室、洋山海洋离岸科创中心、滴水湖金融湾二期首发项目等"
B2 = "其中,中国电信临港算力平台项目总投资350亿元,一期项目占地约119亩,建筑面积约17.5万平方米"
B3 = "洋山特殊综合保税区及物流园区已复工实体园区运营企业217家,占仓储物流企业总量的97.3%"
B4 = "4月,临港新片区实现进出口额同比增长37.4%,1至4月累计进出口额达到571亿元,同比增长36%以上"
AS2 = "2022年6月6日（集中开工）"
G["xg02"] = dict(
 article=art("总投资额约118.7亿元 上海临港11个重大项目集中开工(高效统筹疫情防控和经济社会发展)", "人民日报（记者谢卫群），2022年06月08日第02版，paper.people.com.cn", "2022-06-08", "day",
  "National party daily, Shanghai: a free-trade-zone new area's second-quarter groundbreaking — eleven major projects (seven named) with the total, one project's investment and site, firms back at work, a bonded zone's firms, trade growth and value",
  "http://paper.people.com.cn/rmrb/html/2022-06/08/nw.D110000renmrb_20220608_1-02.htm",
  "日期取版面“人民日报 2022年06月08日 星期三 … 第 02 版”；电头“本报上海6月7日电”，开工在6月6日。标题：引题“总投资额约118.7亿元”与主题“上海临港11个重大项目集中开工(高效统筹疫情防控和经济社会发展)”两行，以空格合为一行。版面导航行已删。存段在末句“该项目将承载全球数据枢纽平台、…天翼云核心节点、”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…研发动力中心等。”，共五段。园区：临港新片区（全称“中国(上海)自由贸易试验区临港新片区”，列 alias；标题作“上海临港”）；洋山特殊综合保税区（文中与“物流园区”并提，位于新片区，parent 由语境推定）；“南汇新城”为新城（与新片区并提），列可选；“金桥临港集成电路装备产业园”是开工项目，另列可选园区。项目：七个点名项目均“集中开工”→开工，园区临港新片区；只有中国电信临港算力平台项目有金额（总投资350亿元）。中国电信、白特荣、华领只在项目名中（可选公司）。事实：11个项目、约118.7亿元；规上工业企业315家全部复工；洋山特殊综合保税区及物流园区217家复工、97.3%；重点建设项目复工率63.9%；4月进出口增长37.4%；1至4月进出口571亿元（cumulative）、增长36%以上（超）。",
  "xg02"),
 parks=[
  park(LG, "上海", "上海", "自贸试验区新片区", B0, aliases=["中国(上海)自由贸易试验区临港新片区"], note="标题作“上海临港”；所在区文中未说"),
  park(YS, "上海", "上海", "特殊综合保税区", B3, parent=LG, note="与“物流园区”并提；母园区由语境推定"),
  park("南汇新城", "上海", "上海", "新城", B0, opt=True, note="与临港新片区并提的新城"),
  park("金桥临港集成电路装备产业园", "上海", "上海", "产业园（集成电路装备）", B1, parent=LG, opt=True, note="文中为集中开工项目之一"),
 ],
 companies=[
  comp("中国电信", LG, B2, opt=True, note="只在项目名中"),
  comp("白特荣", LG, B1, opt=True, note="只在项目名中"),
  comp("华领", LG, B1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中国电信临港算力平台项目", LG, B2, companies=["中国电信"], inv="总投资350亿元", status="开工", status_text="集中开工"),
  proj("白特荣新能源汽车零部件成型项目", LG, B1, status="开工", status_text="集中开工"),
  proj("华领糖尿病创新药物生产基地", LG, B1, status="开工", status_text="集中开工"),
  proj("金桥临港集成电路装备产业园", LG, B1, status="开工", status_text="集中开工", note="产业园开发项目"),
  proj("上海临港医学检测实验室", LG, B1, status="开工", status_text="集中开工"),
  proj("洋山海洋离岸科创中心", LG, B1, status="开工", status_text="集中开工"),
  proj("滴水湖金融湾二期首发项目", LG, B1, phase="二期", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_started", 11, "count", "6日集中开工的重大项目有11个", AS2),
  fact(LG, "park", "projects_started_investment_cny", 1.187e10, "cny", B0, AS2, qual="约", qtext="约", chk=True),
  fact(LG, "park", "above_scale_industrial_firms_resumed", 315, "count", "目前,临港新片区规上工业企业315家全部实现复工复产", "2022年6月", note="规上工业企业全部复工"),
  fact(YS, "park", "operating_firms_resumed", 217, "count", B3, "2022年6月", note="洋山特殊综合保税区及物流园区合计"),
  fact(YS, "park", "operating_firms_resumed_share", 0.973, "ratio", B3, "2022年6月", kind="ratio", opt=True),
  fact(LG, "park", "key_projects_resumption_rate", 0.639, "ratio", "重点建设项目复工率达63.9%", "2022年6月", kind="ratio", opt=True),
  fact(LG, "park", "import_export_yoy_growth", 0.374, "ratio", B4, "2022年4月", kind="ratio"),
  fact(LG, "park", "import_export_cny", 5.71e10, "cny", "1至4月累计进出口额达到571亿元", "2022年1–4月", kind="cumulative", chk=True),
  fact(LG, "park", "import_export_yoy_growth", 0.36, "ratio", "1至4月累计进出口额达到571亿元,同比增长36%以上", "2022年1–4月", kind="ratio", qual="超", qtext="以上"),
  fact("中国电信临港算力平台项目", "project", "phase1_site_area_mu", 119, "mu", B2, "2022年6月", qual="约", qtext="约", opt=True),
  fact("中国电信临港算力平台项目", "project", "floor_area_m2", 175000, "m2", B2, "2022年6月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xg03 闵行开发区 (ylqx.eeju relay 2023-05-15)
MH = "闵行开发区"
KSB = "上海凯士比泵有限公司"
C0 = "张志雄解释,到去年底,闵行开发区累计实现销售收入1.16万亿元,实缴税收916.6亿元"
C1 = "如今,这里已有27家财富500强和行业龙头外资企业,10余家跨国集团企业集群,67家实体企业,2.6万员工"
C2 = "上海凯士比泵有限公司是一家中德合资公司,1994年成立之时便选址闵行开发区"
C3 = "石化能源高效泵制造基地是上海凯士比泵有限公司成立以来最大的综合性投资项目"
C4 = "园区吸引外商投资总额超40亿美元"
AS3 = "2023年5月"
G["xg03"] = dict(
 article=art("（无标题）闵行开发区：投入1个开发区，产出90个开发区", "ylqx.eeju.com（“前沿洞察”栏转载；原发媒体与署名未注明）", "2023-05-15", "day",
  "Relay site's copy of a reporter's feature, Shanghai: a national development zone's cumulative sales and tax, counts of foreign and operating firms and staff, a Sino-German pump maker's largest project with its groundbreaking, foreign investment attracted",
  "http://ylqx.eeju.com/qianyandongcha/2023/0515/12247.html",
  "日期取网址 2023/0515（页内无日期行；文中“今年4月底”奠基、“到去年底”= 2022年末，与2023年相合）。存段无标题（title 为编者概括）；“(相关资料图)”一行已删。存段末句“在康码(上海)生物科技有限公司,记者看到了一个15毫升小瓶子装着无细胞合成人”在句中中断，整段删去，正文截至“…园区吸引外商投资总额超40亿美元。”，共七段。园区：闵行开发区（上海闵行；文中又作“开发区”“园区”；级别文中未说，kind 记“开发区”）。公司：上海地产闵虹(集团)公司（又作“上海地产闵虹公司”，负责开发区开发建设，园区记闵行开发区）；上海凯士比泵有限公司（中德合资，1994年选址闵行开发区）；凯士比集团（只在职务中，可选）。项目：石化能源高效泵制造基地（上海凯士比泵有限公司，今年4月底奠基→开工；无金额）。事实：累计销售收入1.16万亿元、实缴税收916.6亿元（截至2022年末，cumulative）；27家财富500强和行业龙头外资企业、10余家跨国集团企业集群（可选）、67家实体企业、2.6万员工；吸引外商投资总额超40亿美元（cumulative，超）。“产出90倍”为比喻性倍数，不计。",
  "xg03"),
 parks=[
  park(MH, "上海", "上海", "开发区", C0, note="文中又作“开发区”“园区”；所在区文中未说"),
 ],
 companies=[
  comp("上海地产闵虹(集团)公司", MH, "“投入1个闵行开发区,产出90个闵行开发区。”上海地产闵虹(集团)公司副总经理张志雄自豪地用这句话向记者介绍开发区",
       aliases=["上海地产闵虹公司"], note="开发区的开发建设、产业招引公司"),
  comp(KSB, MH, C2, note="中德合资；1994年选址闵行开发区"),
  comp("凯士比集团", None, "上海凯士比泵有限公司、凯士比集团北亚区总裁贺钧说", opt=True, note="只在职务中"),
 ],
 projects=[
  proj("石化能源高效泵制造基地", MH, C3, companies=[KSB], status="开工", status_text="今年4月底,项目奠基仪式顺利举行",
       note="公司成立以来最大的综合性投资项目；奠基→开工；无金额"),
 ],
 aggregate_facts=[
  fact(MH, "park", "cumulative_sales_revenue_cny", 1.16e12, "cny", "闵行开发区累计实现销售收入1.16万亿元", "截至2022年末", kind="cumulative"),
  fact(MH, "park", "cumulative_tax_paid_cny", 9.166e10, "cny", "实缴税收916.6亿元", "截至2022年末", kind="cumulative", chk=True),
  fact(MH, "park", "fortune500_and_leading_foreign_firms", 27, "count", C1, AS3),
  fact(MH, "park", "multinational_group_clusters", 10, "count", C1, AS3, qual="余", qtext="余", opt=True),
  fact(MH, "park", "operating_firms", 67, "count", C1, AS3, note="实体企业"),
  fact(MH, "park", "employees", 26000, "persons", C1, AS3),
  fact(MH, "park", "foreign_investment_total_usd", 4e9, "usd", C4, AS3, kind="cumulative", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- xg04 中新广州知识城 (南方都市报 2015-10-30)
ZS = "中新广州知识城"
GK = "广州开发区"
D0 = "经过5年的开发建设知识城已完成初期城镇设计和生态辅底,累计完成投资394亿元"
D1 = "未来3年确定了6大类的70个重点建设项目,总投资额约248亿元"
D2 = "接下来将重点引进中兴能源华南云计算基地、中国华录集团大数据产业园项目、西门子医疗华南总部、广州高兰德新材料有限公司等17个重点项目"
D3 = "目前,知识城已累计注册企业127家,注册资本203.69亿元"
D4 = "其中,地铁知识城支线和21号线已全线动工,预计2017年建成运行"
AS4 = "2015年10月"
G["xg04"] = dict(
 article=art("中新广州知识城3年内投248亿元建70个重点项目", "南方都市报，载于 gzrcwork.com（广州人才集团网站）", "2015-10-30", "day",
  "Metropolitan daily relayed on a job portal, Guangdong: a Sino-Singapore knowledge city five years on — cumulative investment and its fiscal share, registered firms and capital, a three-year plan of 70 key projects with total investment, named projects to be brought in, metro lines started",
  "http://www.gzrcwork.com/Index/detail/6269",
  "日期取页面“来源:南方都市报  2015-10-30 10:40:26”；论坛29日开幕。标题照录；“设为首页 加入收藏”、来源行与网站页脚已删。正文两段，完整（第二段重复“累计完成投资394亿元”与三年计划一句，原文如此）。园区：中新广州知识城（文中又作“知识城”）；广州开发区（论坛举办地）。项目（知识城）：中兴能源华南云计算基地、中国华录集团大数据产业园项目、西门子医疗华南总部、广州高兰德新材料有限公司——“接下来将重点引进…等17个重点项目”→planned（第四个以企业名作项目名；企业另列可选公司）。地铁知识城支线与21号线“已全线动工”（开工，可选；线路跨区，园区记知识城为推定）；九龙湖水利工程（“全力推进…建设”，在建，可选）。事实：累计完成投资394亿元（cumulative），其中区财政投资122亿元；累计注册企业127家、注册资本203.69亿元；三年计划70个重点项目、总投资约248亿元（target）；拟引进17个重点项目（可选）。",
  "xg04"),
 parks=[
  park(ZS, "广州", "广东", "中新合作区（知识城）", "目前中新广州知识城围绕打造未来城市样板区的目标已编制了《知识城三年建设计划(2015-2017年)》", aliases=["知识城"], note="文中又作“知识城”"),
  park(GK, "广州", "广东", "经济技术开发区", "为期两天的第三届中新知识论坛29日在广州开发区开幕", note="论坛举办地"),
 ],
 companies=[
  comp("广州高兰德新材料有限公司", ZS, D2, opt=True, note="拟引进的重点项目之一（以企业名作项目名）"),
  comp("中兴能源", ZS, D2, opt=True, note="只在项目名中"),
  comp("中国华录集团", ZS, D2, opt=True, note="只在项目名中"),
  comp("西门子医疗", ZS, D2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中兴能源华南云计算基地", ZS, D2, companies=["中兴能源"], status="planned", status_text="接下来将重点引进"),
  proj("中国华录集团大数据产业园项目", ZS, D2, companies=["中国华录集团"], status="planned", status_text="接下来将重点引进"),
  proj("西门子医疗华南总部", ZS, D2, companies=["西门子医疗"], status="planned", status_text="接下来将重点引进"),
  proj("广州高兰德新材料有限公司", ZS, D2, companies=["广州高兰德新材料有限公司"], status="planned", status_text="接下来将重点引进", note="以企业名作项目名"),
  proj("地铁知识城支线", ZS, D4, status="开工", status_text="已全线动工", opt=True, note="轨道交通；园区为推定"),
  proj("21号线", ZS, D4, status="开工", status_text="已全线动工", opt=True, note="轨道交通；跨区"),
  proj("九龙湖水利工程", ZS, "生态工程方面,今年将全力推进九龙湖水利工程建设,争取于2016年完成水域土方施工", status="在建", status_text="全力推进…建设", opt=True),
 ],
 aggregate_facts=[
  fact(ZS, "park", "cumulative_investment_cny", 3.94e10, "cny", D0, AS4, kind="cumulative", chk=True),
  fact(ZS, "park", "cumulative_fiscal_investment_cny", 1.22e10, "cny", "其中区财政投资122亿元", AS4, kind="cumulative", chk=True),
  fact(ZS, "park", "registered_firms", 127, "count", D3, AS4, kind="cumulative"),
  fact(ZS, "park", "registered_capital_cny", 2.0369e10, "cny", "注册资本203.69亿元", AS4, kind="cumulative", chk=True),
  fact(ZS, "park", "key_projects_planned", 70, "count", D1, "2015–2017年（三年计划）", kind="target"),
  fact(ZS, "park", "key_projects_planned_investment_cny", 2.48e10, "cny", D1, "2015–2017年（三年计划）", kind="target", qual="约", qtext="约", chk=True),
  fact(ZS, "park", "key_projects_to_introduce", 17, "count", D2, AS4, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xg05 广州南沙 签约动工 (中新社 via 100njz 2020-07-08)
NS = "南沙区"
YG = "粤港深度合作园南沙枢纽片区"
E0 = "签约和动工一批重点项目,总投资约342.5亿元(人民币,下同),项目达产后产值及营收可超708亿元"
E1 = "当天,南沙集中动工项目总投资42.5亿元,有粤港深度合作园南沙枢纽片区(起步区)、南砂晶圆碳化硅单晶材料与晶片生产项目、时代湾区总部大厦等项目"
E2 = "集中签约项目包括南沙奥园科技园、中加生物科技产业园暨科诺克生物医药亚洲总部基地、南沙明珠创新产业中心、南航飞机投放平台等10个项目,总投资298亿元"
E3 = "该区上半年共集中动工和签约100个重点项目,总投资额近2200亿元,其中,该区重点项目完成投资479.9亿元,完成年度计划的56.4%"
E4 = "南沙区政府相关负责人表示,当日动工的项目中,粤港深度合作园南沙枢纽片区(起步区)项目备受关注"
AS5 = "2020年7月8日（集中签约及动工）"
G["xg05"] = dict(
 article=art("广州南沙新签约动工项目342亿 上半年总投资近2200亿", "中新社，载于 100njz.com（百年建筑网“项目投资”栏）", "2020-07-08", "day",
  "National news agency item relayed by a construction-industry site, Guangdong: a district's mid-year signing and groundbreaking — named projects started and signed with group totals, expected output, the half-year count and investment, key-project investment completed against plan, a Hong Kong cooperation park's start area",
  "https://www.100njz.com/20/0709/10/FF74F90D8369FD6A.html",
  "日期取电头“中新社广州7月8日电”与文中“2020年重点项目集中签约活动”（网址 20/0709 为转载日）。标题照录（转载站标题）；面包屑、“分享到:/评论/摘要:”及摘要句（与首段重复、以“项目...”截断）已删。存段末句“据了解,该合作园重点在资讯科技、…等八大产业领”在句中中断，整段删去，正文截至“…科技创新平台和人文交流平台。”，共四段。南沙区为行政区（region），文中未写任何开发区/自贸片区名称，故项目园区记 null。园区：粤港深度合作园南沙枢纽片区（其起步区为当天动工项目，文中称“合作园”）；南沙奥园科技园、中加生物科技产业园为签约的园区开发项目，另列可选园区。项目：动工（集中动工→开工）：粤港深度合作园南沙枢纽片区(起步区)项目、南砂晶圆碳化硅单晶材料与晶片生产项目、时代湾区总部大厦；签约（集中签约→签约）：南沙奥园科技园、中加生物科技产业园暨科诺克生物医药亚洲总部基地、南沙明珠创新产业中心、南航飞机投放平台；均无单项金额（“总投资42.5亿元”“总投资298亿元”为组合计，记为事实）。事实主体南沙区（region）：签约动工合计约342.5亿元；达产后产值及营收超708亿元（target）；动工项目42.5亿元；签约10个、298亿元；上半年100个、近2200亿元（约）；重点项目完成投资479.9亿元、年度计划的56.4%。",
  "xg05"),
 parks=[
  park(YG, "广州", "广东", "合作园（片区）", E4, district="南沙区", note="粤港深度合作园的南沙枢纽片区；其起步区为当天动工项目；文中又作“合作园”"),
  park("南沙奥园科技园", "广州", "广东", "科技园", E2, district="南沙区", opt=True, note="签约的园区开发项目"),
  park("中加生物科技产业园", "广州", "广东", "产业园（生物科技）", E2, district="南沙区", opt=True, note="签约的园区开发项目"),
 ],
 companies=[
  comp("南砂晶圆", None, E1, opt=True, note="只在项目名中"),
  comp("科诺克", None, E2, opt=True, note="只在项目名中"),
  comp("南航", None, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("南沙区政府", E4),
 ],
 projects=[
  proj("粤港深度合作园南沙枢纽片区(起步区)项目", None, E4, aliases=["粤港深度合作园南沙枢纽片区(起步区)"], status="开工", status_text="集中动工",
       note="园区开发项目本身；所在只说南沙区"),
  proj("南砂晶圆碳化硅单晶材料与晶片生产项目", None, E1, companies=["南砂晶圆"], status="开工", status_text="集中动工"),
  proj("时代湾区总部大厦", None, E1, status="开工", status_text="集中动工"),
  proj("南沙奥园科技园", None, E2, status="签约", status_text="集中签约", note="园区开发项目"),
  proj("中加生物科技产业园暨科诺克生物医药亚洲总部基地", None, E2, companies=["科诺克"], status="签约", status_text="集中签约"),
  proj("南沙明珠创新产业中心", None, E2, status="签约", status_text="集中签约"),
  proj("南航飞机投放平台", None, E2, companies=["南航"], status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(NS, "region", "projects_signed_started_investment_cny", 3.425e10, "cny", E0, AS5, qual="约", qtext="约", chk=True),
  fact(NS, "region", "expected_output_revenue_cny", 7.08e10, "cny", "项目达产后产值及营收可超708亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(NS, "region", "projects_started_investment_cny", 4.25e9, "cny", "当天,南沙集中动工项目总投资42.5亿元", AS5, chk=True),
  fact(NS, "region", "projects_signed", 10, "count", E2, AS5),
  fact(NS, "region", "projects_signed_investment_cny", 2.98e10, "cny", "等10个项目,总投资298亿元", AS5, chk=True),
  fact(NS, "region", "projects_signed_started", 100, "count", E3, "2020年上半年", kind="cumulative"),
  fact(NS, "region", "projects_signed_started_investment_cny", 2.2e11, "cny", "总投资额近2200亿元", "2020年上半年", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(NS, "region", "key_projects_investment_completed_cny", 4.799e10, "cny", "该区重点项目完成投资479.9亿元", "2020年上半年", kind="cumulative", chk=True),
  fact(NS, "region", "key_projects_annual_plan_completion", 0.564, "ratio", "该区重点项目完成投资479.9亿元,完成年度计划的56.4%", "2020年上半年", kind="ratio"),
 ])

# ---------------------------------------------------------------- xg06 广州开发区 × 宝能集团 (国际在线 2020-04-19)
GKQ = "广州开发区"
BN = "深圳市宝能投资集团有限公司"
F0 = "宝能集团将在建设新能源汽车制造基地、汽车动力电池、粤港澳大湾区总部等项目基础上,重磅布局“四中心一基金”系列项目,即宝能国际新贸易创新中心、宝能国际医疗中心、宝能国际智能制造创新中心、宝能国际科技创新中心,并搭建国内首支生物安全发展基金"
F1 = "4月18日,广州开发区与深圳市宝能投资集团有限公司(以下简称“宝能集团”)举行重大产业合作项目签约活动"
F2 = "今年一季度,全区新注册内外资企业数量均增长60%以上,全区3800多家“四上”企业已全面复工复产"
G["xg06"] = dict(
 article=art("广州开发区提升现代化经济体系新动能 宝能重磅布局“四中心一基金”", "国际在线（中央广电总台国际在线广东频道，记者 朱子荣 通讯员 曾妮、黄嘉庆），gd.cri.cn", "2020-04-19", "day",
  "State broadcaster's web channel, Guangdong: a national development zone signs a conglomerate's four centres and a biosafety fund on top of its vehicle, battery and headquarters projects; the zone's first-quarter firm registrations and enterprises back at work",
  "https://gd.cri.cn/20200418/63fd7470-e59e-3d89-4f34-fc0e5931b393.html",
  "日期取页面“2020-04-19 11:23:22 来源:中央广电总台国际在线”（网址 20200418 为签约日）。标题照录；栏目行、导航、图片文件名行与图片说明“广州开发区与宝能集团重大产业合作项目签约活动现场。摄影 贾自豪”已删。存段末段“‘这批项目准备了两三年的时间,…’宝能集团相关负责人…表示,宝能集团积极响应国家号召,始终对”在句中中断，整段删去，正文截至“…现代金融项目落户。”，共两段。园区：广州开发区（文中又作“该区”“全区”）。公司：深圳市宝能投资集团有限公司（简称“宝能集团”；深圳企业，文中未说其本身位于园区，park null——项目另记园区）。项目：宝能国际新贸易创新中心、宝能国际医疗中心、宝能国际智能制造创新中心、宝能国际科技创新中心（“四中心”，签约活动→签约，园区广州开发区，无金额）；此前的新能源汽车制造基地、汽车动力电池、粤港澳大湾区总部（“在建设…等项目基础上”→在建，名称泛称，可选）。基金：生物安全发展基金（“搭建国内首支”，规模未说，园区广州开发区）。事实（“全区”记广州开发区）：一季度新注册内外资企业数量均增长60%以上（超）；3800多家“四上”企业全面复工复产（余）。“2.28”“3.29”“3.31”三次千亿级活动无具体数，不计。",
  "xg06"),
 parks=[
  park(GKQ, "广州", "广东", "经济技术开发区", F1, note="文中又作“该区”“全区”"),
 ],
 companies=[
  comp(BN, None, F1, aliases=["宝能集团"], note="深圳企业；项目落户广州开发区，企业本身园区未说"),
 ],
 projects=[
  proj("宝能国际新贸易创新中心", GKQ, F0, companies=[BN], status="签约", status_text="举行重大产业合作项目签约活动", note="“四中心”之一"),
  proj("宝能国际医疗中心", GKQ, F0, companies=[BN], status="签约", status_text="举行重大产业合作项目签约活动", note="“四中心”之一"),
  proj("宝能国际智能制造创新中心", GKQ, F0, companies=[BN], status="签约", status_text="举行重大产业合作项目签约活动", note="“四中心”之一"),
  proj("宝能国际科技创新中心", GKQ, F0, companies=[BN], status="签约", status_text="举行重大产业合作项目签约活动", note="“四中心”之一"),
  proj("新能源汽车制造基地", GKQ, F0, companies=[BN], status="在建", status_text="在建设…等项目基础上", opt=True, note="名称泛称"),
  proj("汽车动力电池", GKQ, F0, companies=[BN], status="在建", status_text="在建设…等项目基础上", opt=True, note="名称泛称"),
  proj("粤港澳大湾区总部", GKQ, F0, companies=[BN], status="在建", status_text="在建设…等项目基础上", opt=True, note="名称泛称"),
 ],
 funds=[
  fund("生物安全发展基金", GKQ, F0, note="宝能集团搭建的“国内首支”生物安全发展基金；规模未说"),
 ],
 aggregate_facts=[
  fact(GKQ, "park", "new_registered_firms_yoy_growth", 0.6, "ratio", F2, "2020年一季度", kind="ratio", qual="超", qtext="以上", note="内外资企业数量均增长60%以上"),
  fact(GKQ, "park", "above_quota_firms_resumed", 3800, "count", F2, "2020年4月", qual="余", qtext="多", note="“四上”企业全面复工复产"),
 ])

# ---------------------------------------------------------------- xg07 前海 座谈会 (读特 dutenews 2017-06)
QH = "前海深港现代服务业合作区"
QS = "前海蛇口自贸片区"
MG = "前海深港青年梦工场"
H0 = "6月16日,由前海深港现代服务业合作区管理局(下称“前海管理局”)主办、前海国际联络服务有限公司承办的前海深港现代服务业合作区开发开放座谈会在香港柏宁酒店举行"
H1 = "据了解,截至今年5月底,在前海蛇口自贸片区注册的港资企业达4564家,注册资本3898.82亿元"
H2 = "今年1至5月,片区港企纳税43.87亿元、占比27.9%,预计完成固定资产投资47.18亿元、占比35.1%,实际利用港资19亿美元、占比97.8%"
H3 = "今年一季度,在前海注册的港资企业实现增加值86.37亿元、占比22.4%"
H4 = "在出让用地方面,目前,前海合作区已出让经营性用地28宗,总用地面积69.1公顷,总建筑面积495.2万平方米"
H5 = "其中,港企取得土地面积33.5公顷,占比48.4%,建筑面积约248.2万平方米,占比50.1%"
H6 = "仅2016年,前海就面向港企公开出让4宗土地,土地面积、建筑面积分别为5.86万平方米和38.9万平方米,占所有出让土地的65.6%和67.4%"
H7 = "作为国内首个深港合作国际化青年创新创业社区,前海深港青年梦工场今年第一季度引入15支香港创业团队"
H8 = "截止2017年4月30日,梦工场共孵化香港创业团队87支、澳门项目1支"
AS7 = "截至2017年5月底"
G["xg07"] = dict(
 article=art("（无标题）前海深港现代服务业合作区开发开放座谈会在香港举行", "读特（dutenews.com，深圳特区报社客户端）；存段无标题、署名", "2017-06（16日或稍后；年份推定）", "month",
  "City newspaper group's news app, Guangdong (Shenzhen): a cooperation zone's briefing in Hong Kong — Hong Kong-funded firms registered in the free-trade sub-zone with capital, tax, investment and value added, land sold to Hong Kong firms, a youth incubator's teams",
  "https://www.dutenews.com/p/55554.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“6月16日”座谈会，年份据“截止2017年4月30日”“仅2016年”“截至今年5月底”推定为2017年，发布日记 2017-06（month，推定）。存段末句“在进驻前海的187项目中,有80多个项目团队获得…单个企业获得最高投资额度为7亿元人民币,港澳背景团队获单一投资额”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…澳门项目1支。”，共六段。园区：前海深港现代服务业合作区（文中又作“前海合作区”“前海”）；前海蛇口自贸片区（又作“片区”）；前海深港青年梦工场（“青年创新创业社区”，孵化载体，又作“梦工场”，可选，parent 前海合作区）。机构：前海深港现代服务业合作区管理局（“前海管理局”）、前海蛇口自贸片区管委会（可选）。公司：前海国际联络服务有限公司（承办座谈会；园区文中未说，null）。事实：前海蛇口自贸片区——截至今年5月底港资企业4564家、注册资本3898.82亿元（cumulative）；1至5月港企纳税43.87亿元（占比27.9%）、预计完成固定资产投资47.18亿元（target，（预计））、实际利用港资19亿美元；“在前海注册的港资企业”一季度增加值86.37亿元（主体记前海合作区）；前海合作区出让经营性用地28宗、69.1公顷、495.2万平方米，港企33.5公顷（48.4%）；2016年面向港企出让4宗；梦工场一季度引入15支、累计孵化香港团队87支。田夫等人名不列。",
  "xg07"),
 parks=[
  park(QH, "深圳", "广东", "合作区", H0, aliases=["前海合作区", "前海"], note="文中又作“前海合作区”“前海”"),
  park(QS, "深圳", "广东", "自贸片区", H1, note="中国(广东)自由贸易试验区深圳前海蛇口片区；文中又作“片区”"),
  park(MG, "深圳", "广东", "青年创新创业社区（孵化载体）", H7, parent=QH, aliases=["梦工场"], opt=True, note="深港合作国际化青年创新创业社区"),
 ],
 companies=[
  comp("前海国际联络服务有限公司", None, H0, note="座谈会承办方；园区文中未说"),
 ],
 institutions=[
  inst("前海深港现代服务业合作区管理局", H0, park=QH, opt=False, note="又作“前海管理局”"),
  inst("前海蛇口自贸片区管委会", "深圳市委常委、前海蛇口自贸片区管委会主任田夫", park=QS),
 ],
 aggregate_facts=[
  fact(QS, "park", "hk_funded_firms_registered", 4564, "count", H1, AS7, kind="cumulative"),
  fact(QS, "park", "hk_funded_firms_registered_capital_cny", 3.89882e11, "cny", "注册资本3898.82亿元", AS7, kind="cumulative", chk=True),
  fact(QS, "park", "hk_funded_firms_tax_paid_cny", 4.387e9, "cny", "片区港企纳税43.87亿元、占比27.9%", "2017年1–5月", kind="cumulative", chk=True),
  fact(QS, "park", "hk_funded_firms_tax_share", 0.279, "ratio", "片区港企纳税43.87亿元、占比27.9%", "2017年1–5月", kind="ratio", opt=True),
  fact(QS, "park", "hk_funded_firms_fixed_asset_investment_cny", 4.718e9, "cny", "预计完成固定资产投资47.18亿元、占比35.1%", "2017年1–5月（预计）", kind="target", chk=True),
  fact(QS, "park", "actual_hk_investment_usd", 1.9e9, "usd", "实际利用港资19亿美元、占比97.8%", "2017年1–5月", kind="cumulative"),
  fact(QS, "park", "actual_hk_investment_share", 0.978, "ratio", "实际利用港资19亿美元、占比97.8%", "2017年1–5月", kind="ratio", opt=True),
  fact(QH, "park", "hk_funded_firms_value_added_cny", 8.637e9, "cny", H3, "2017年一季度", chk=True, note="“在前海注册的港资企业”；主体记前海合作区（亦可理解为片区）"),
  fact(QH, "park", "hk_funded_firms_value_added_share", 0.224, "ratio", H3, "2017年一季度", kind="ratio", opt=True),
  fact(QH, "park", "business_land_parcels_sold", 28, "count", H4, "2017年6月", kind="cumulative"),
  fact(QH, "park", "business_land_sold_ha", 69.1, "ha", H4, "2017年6月", kind="cumulative"),
  fact(QH, "park", "business_land_floor_area_m2", 4.952e6, "m2", H4, "2017年6月", kind="cumulative", opt=True),
  fact(QH, "park", "hk_firms_land_ha", 33.5, "ha", H5, "2017年6月", kind="cumulative"),
  fact(QH, "park", "hk_firms_land_share", 0.484, "ratio", H5, "2017年6月", kind="ratio", opt=True),
  fact(QH, "park", "hk_firms_floor_area_m2", 2.482e6, "m2", H5, "2017年6月", kind="cumulative", qual="约", qtext="约", opt=True),
  fact(QH, "park", "land_parcels_sold_to_hk_firms", 4, "count", H6, "2016年", opt=True),
  fact(MG, "park", "hk_startup_teams_introduced", 15, "count", H7, "2017年一季度", opt=True),
  fact(MG, "park", "hk_startup_teams_incubated", 87, "count", H8, "截至2017年4月30日", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- xg08 松山湖 载体空间专题招商大会 (经济日报 via lygmedia 2023-02-21)
SS = "东莞松山湖高新技术产业开发区"
K0 = "会上,中集蓝水科技、威能检测等50家企业签约落户松山湖,项目涵盖数字经济、机器人、自动驾驶、金融等产业领域"
K1 = "刘炜表示,松山湖已密集布局一批大科学装置,已建成全球第四台、中国首台脉冲式散裂中子源以及材料实验室,先进阿秒激光设施纳入国家“十四五”规划,南方先进光源等重大科技基础设施正加快布局,一批龙头企业和近30家新型研发机构在此集聚,拥有香港城市大学、大湾区大学等高水平研究型大学"
K2 = "推出超60万平方米、20元每平方米以下的高品质、低成本空间"
AS8 = "2023年2月20日（招商大会）"
G["xg08"] = dict(
 article=art("东莞松山湖举办招商大会 释放高品质产业载体空间红利", "经济日报新闻客户端，载于 news.lygmedia.com（连云港传媒网转载）", "2023-02-21", "day",
  "National economic daily's app item relayed by a city media site, Guangdong (Dongguan): a national high-tech zone's investment-promotion meeting — space offered, 50 firms signed (two named), big science facilities built and planned, R&D institutions and universities",
  "http://news.lygmedia.com/xinwen/20230221/21141690.html",
  "日期取页面“2023-02-21 11:29:33 来源:经济日报新闻客户端”；大会在2月20日。标题照录，转载站缀于标题后的“-全球最资讯”已删（make_txt.py HEAD_SUFFIX）；“(资料图)”已删。存段末句“同时,松山湖现有可拓展招商科研载体约361万平方米,…布局了东莞市软件产业”在句中中断，该句已删（LINE_SUFFIX），正文截至“…重点领域企业。”，共五段。园区：东莞松山湖高新技术产业开发区（文中又作“松山湖”；“国家高新区”）。机构：东莞松山湖高新技术产业开发区管委会（主办，可选）；香港城市大学、大湾区大学（可选）。公司：中集蓝水科技、威能检测（签约落户松山湖→园区松山湖）；项目名未写，不另列项目。设施：脉冲式散裂中子源（已建成→竣工，可选项目）；先进阿秒激光设施（纳入“十四五”规划→planned，可选）；南方先进光源（“正加快布局”→planned，可选）。事实：50家企业签约落户；推出超60万平方米产业空间（超）；近30家新型研发机构（约，可选）。",
  "xg08"),
 parks=[
  park(SS, "东莞", "广东", "国家高新区", "2月20日,由东莞松山湖高新技术产业开发区管委会主办的松山湖载体空间专题招商大会在东莞松山湖举办", aliases=["松山湖"], note="文中又作“松山湖”；“国家高新区”"),
 ],
 companies=[
  comp("中集蓝水科技", SS, K0, note="签约落户松山湖"),
  comp("威能检测", SS, K0, note="签约落户松山湖"),
 ],
 institutions=[
  inst("东莞松山湖高新技术产业开发区管委会", "由东莞松山湖高新技术产业开发区管委会主办的松山湖载体空间专题招商大会", park=SS, note="主办方"),
  inst("香港城市大学", K1, kind="university", park=SS),
  inst("大湾区大学", K1, kind="university", park=SS),
 ],
 projects=[
  proj("脉冲式散裂中子源", SS, K1, status="竣工", status_text="已建成", opt=True, note="大科学装置"),
  proj("先进阿秒激光设施", SS, K1, status="planned", status_text="纳入国家“十四五”规划", opt=True, note="大科学装置"),
  proj("南方先进光源", SS, K1, status="planned", status_text="正加快布局", opt=True, note="重大科技基础设施"),
 ],
 aggregate_facts=[
  fact(SS, "park", "firms_signed", 50, "count", K0, AS8),
  fact(SS, "park", "industrial_space_offered_m2", 600000, "m2", K2, AS8, qual="超", qtext="超"),
  fact(SS, "park", "new_type_rd_institutions", 30, "count", K1, "2023年2月", qual="约", qtext="近", opt=True),
 ])
