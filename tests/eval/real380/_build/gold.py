# real380 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county / district / city is not a park). Status from
# the text's words (开工 / 集中开工 → 开工; 装修 / 加紧建设 / 稳步推进 → 在建; 投产 → 投产; 签约 → 签约; 投入使用 → 竣工 with
# status_alt 投产; list membership alone → no status). Targets (“力争到…”, “规划建设”, “预计”) are kind target; “截至目前” /
# “今年以来” / “累计” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/noNN.raw.

# ---------------------------------------------------------------- no01 寒亭区项目提效推动发展提质 (sd.news.163 2022)
GD = "潍坊光电显示材料产业园"
SZ = "深圳(潍坊)科技工业园"
NZ = "农综区核心区"
A0 = "12月12日,渤海路与泊南路交叉口东南侧,潍坊光电显示材料产业园内,OLED载板玻璃项目一期厂房内部装修正加紧进行"
A1 = "在山东环渤海算力中心项目现场,项目一期8栋楼的二次结构已完成作业正进行内部装修"
A2 = "目前,园区已与浪潮政务云、阿里云边缘数据中心等41家企业签约"
A3 = "全区136个重点项目完成投资242亿元,固定资产投资同比增长16.2%,实际使用外资完成率达128%"
A4 = "寒亭区依托农综区核心区、中央商务区、深圳(潍坊)科技工业园等重大片区,推动大开发、大投入"
A5 = "在农综区核心区,国际博览园等重点项目建设稳步推进,海水稻一二三产业融合发展示范区项目面积达到5.8万亩,国际种业研发集聚区二期等项目投入使用"
AS1 = "2022年1月至12月中旬"
G["no01"] = dict(
 article=art("寒亭区项目提效推动发展提质", "网易新闻山东频道（sd.news.163.com；原发媒体与署名存段未示）", "2022-12-14", "day",
  "Portal's provincial channel, Shandong: a Weifang district's key projects at year end — an OLED glass project in a photoelectric-materials park being fitted out, a computing-centre project with firms signed, the district's project investment, and its 'major areas' (agricultural pilot zone core area, a science-and-technology industrial park) with projects under way and in use",
  "https://sd.news.163.com/22/1214/10/HOHQOHIU0437984O.html",
  "日期取网址 22/1214（2022-12-14）；文中“12月12日”为采访日。存段有标题、无日期与来源行。图片说明“潍坊大数据与5G新材料产业项目。(资料图)”已删（make_txt.py 内删）。存段末句“中央商务区全面起势,…占地320亩、总投资72亿元的起步区”在句中中断，整句删去（LINE_SUFFIX）；正文截至“…等项目投入使用。”，共四段。园区：潍坊光电显示材料产业园（寒亭区，潍坊）；深圳(潍坊)科技工业园（寒亭区的“重大片区”之一）；农综区核心区（潍坊国家农业开放发展综合试验区核心区，文中只作“农综区核心区”，列可选园区）。“中央商务区”为城市片区，不列园区。“高端装备产业园及研究院”为 OLED 项目后期配套设想，不列。项目：OLED载板玻璃项目一期（光电显示材料产业园内，厂房内部装修→在建；本月底争取点火）；山东环渤海算力中心项目（一期内部装修→在建；文中“园区”指该项目本身，未置于任何园区，park null）；国际博览园（农综区核心区，建设稳步推进→在建）；国际种业研发集聚区二期（投入使用→竣工，status_alt 投产）；海水稻一二三产业融合发展示范区项目（只给面积，无状态，可选）。浪潮政务云、阿里云边缘数据中心为与算力中心签约的企业（可选，park null）。事实：寒亭区（region）136个重点项目完成投资242亿元（今年以来，cumulative）、固定资产投资增长16.2%、实际使用外资完成率128%（可选）；算力中心签约企业41家（可选）。",
  "no01"),
 parks=[
  park(GD, "潍坊", "山东", "产业园", A0, district="寒亭区"),
  park(SZ, "潍坊", "山东", "科技工业园", A4, district="寒亭区", note="寒亭区“重大片区”之一"),
  park(NZ, "潍坊", "山东", "综合试验区", A4, district="寒亭区", opt=True, note="农综区（潍坊国家农业开放发展综合试验区）核心区；文中只作“农综区核心区”"),
 ],
 companies=[
  comp("浪潮政务云", None, A2, opt=True, note="与山东环渤海算力中心签约的企业"),
  comp("阿里云边缘数据中心", None, A2, opt=True, note="同上"),
 ],
 projects=[
  proj("OLED载板玻璃项目", GD, A0, phase="一期", status="在建", status_text="一期厂房内部装修正加紧进行",
       note="一期建4条生产线，本月底争取第一、二条点火；全部达产年产432万片"),
  proj("山东环渤海算力中心项目", None, A1, phase="一期", status="在建", status_text="正进行内部装修", note="园区未明说（文中“园区”指该项目本身）"),
  proj("国际博览园", NZ, A5, status="在建", status_text="建设稳步推进"),
  proj("国际种业研发集聚区二期", NZ, A5, phase="二期", status="竣工", status_alt="投产", status_text="投入使用"),
  proj("海水稻一二三产业融合发展示范区项目", NZ, A5, opt=True, note="只给面积5.8万亩"),
 ],
 aggregate_facts=[
  fact("寒亭区", "region", "key_projects", 136, "count", A3, AS1, kind="cumulative"),
  fact("寒亭区", "region", "key_projects_investment_completed_cny", 2.42e10, "cny", A3, AS1, kind="cumulative", chk=True),
  fact("寒亭区", "region", "fixed_asset_investment_yoy_growth", 0.162, "ratio", A3, AS1, kind="ratio"),
  fact("寒亭区", "region", "fdi_target_completion_rate", 1.28, "ratio", A3, AS1, kind="ratio", opt=True),
  fact("山东环渤海算力中心项目", "project", "firms_signed", 41, "count", A2, "2022年12月", kind="cumulative", opt=True),
  fact("海水稻一二三产业融合发展示范区项目", "project", "area_mu", 5.8e4, "mu", A5, "2022年12月", opt=True),
 ])

# ---------------------------------------------------------------- no02 枣庄高新区 锂电 (鲁南传媒网 2023)
ZZ = "枣庄高新区"
B0 = "截至目前,该区锂电产业高新技术企业10家,入库科技型中小企业15家,拥有锂电方面专利715件,其中发明专利135件,12项锂电产品技术处于国际领先水平"
B1 = "总投资超1000亿元的90余个省市区重点项目全部开工"
B2 = "投资200亿元的欣旺达30GWh动力电池项目,一期四条产线已有一条实现投产,另外三条也已进入了设备安装和调试阶段"
B3 = "其中,今年全区共实施锂电重点项目8个,吉利欣旺达BEV173Ah首批电芯产品于5月5日实现成功下线"
B4 = "近日,山东省锂电产业创新创业共同体理事会成立暨首届理事会第一次会议在山东吉利欣旺达动力电池有限公司召开"
AS2 = "2023年8月"
G["no02"] = dict(
 article=art("（无标题）枣庄高新区锂电产业 重点项目全部开工", "鲁南传媒网（lncm.cn；“鲁南传媒网讯”，存段无署名）", "2023-08-28", "day",
  "Regional news site, Shandong: a national high-tech zone's lithium-battery cluster — innovation counts, its key projects all started with their total, a 200亿元 battery project partly in production, a battery maker's first cells",
  "http://lncm.cn/news/2023/08/51638.html",
  "日期取页面“2023年08月28日 09:36:10 来源:鲁南传媒网”。存段无标题（title 为编者概括）；电话、邮箱、日期来源行已删。存段末句“围绕锂电产业发展和零碳新城建设,目前已完成20万吨负极材料…枣庄高新区零碳新城清洁能源”在句中中断，整句删去（LINE_SUFFIX）；正文截至“…上下游重点供应商。”，共四段。园区：枣庄高新区（枣庄，山东；级别文中未说）。“零碳新城”“北方锂电之都”不是园区。公司：山东吉利欣旺达动力电池有限公司（理事会会议在此召开；园区由语境推定为枣庄高新区），欣旺达（只在项目名中，可选）。项目：欣旺达30GWh动力电池项目——投资200亿元；一期四条产线一条投产、三条设备安装调试→在建（status_alt 投产）。事实：截至目前锂电高新技术企业10家、入库科技型中小企业15家、锂电专利715件（cumulative）、其中发明专利135件与12项领先技术（可选）；90余个省市区重点项目总投资超1000亿元全部开工；今年实施锂电重点项目8个。",
  "no02"),
 parks=[
  park(ZZ, "枣庄", "山东", "高新区", "今年以来,枣庄高新区积极融入山东绿色低碳高质量发展先行区和中国“北方锂电之都”建设实践", note="文中又作“该区”“全区”"),
 ],
 companies=[
  comp("山东吉利欣旺达动力电池有限公司", ZZ, B4, note="园区由语境推定"),
  comp("欣旺达", ZZ, B2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("欣旺达30GWh动力电池项目", ZZ, B2, companies=["欣旺达"], inv="投资200亿元", status="在建", status_alt="投产",
       status_text="一期四条产线已有一条实现投产,另外三条也已进入了设备安装和调试阶段", phase="一期", note="一期部分投产"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "high_tech_firms", 10, "count", B0, AS2, kind="cumulative", note="锂电产业高新技术企业"),
  fact(ZZ, "park", "tech_smes_registered", 15, "count", B0, AS2, kind="cumulative", note="入库科技型中小企业"),
  fact(ZZ, "park", "patents", 715, "count", B0, AS2, kind="cumulative", note="锂电方面专利"),
  fact(ZZ, "park", "invention_patents", 135, "count", B0, AS2, kind="cumulative", opt=True),
  fact(ZZ, "park", "world_leading_technologies", 12, "count", B0, AS2, kind="cumulative", opt=True),
  fact(ZZ, "park", "key_projects_started", 90, "count", B1, "2023年", qual="余", qtext="余", note="90余个省市区重点项目全部开工"),
  fact(ZZ, "park", "key_projects_investment_cny", 1e11, "cny", B1, "2023年", qual="超", qtext="超", chk=True),
  fact(ZZ, "park", "lithium_key_projects", 8, "count", B3, "2023年"),
 ])

# ---------------------------------------------------------------- no03 东营经济技术开发区 16个项目云上签约 (jinbaonet 2022)
DY = "东营经济技术开发区"
SW = "生物医药产业园"
C0 = "5月21日,在东营经济技术开发区招商引资项目线上签约仪式上,总投资80.3亿元的16个产业项目实现集中“云上”签约"
C1 = "开发区规划在该区东八路西侧、北二路以南建设规范化生物医药产业园"
C2 = "东八路东侧、大渡河路以北有占地面积约1600亩的开放性园区可承载天津中科年产40吨黄体酮项目、锐基复配药生产基地项目、健洋生物精氨酸及精氨酸代谢产物产业化利用项目等一大批生物医药项目落地"
C3 = "该区引进建设了国家级稀土催化研究院、中国商飞民机试飞基地等一批高层次产业平台项目"
AS3 = "2022年5月21日（云上签约）"
G["no03"] = dict(
 article=art("（无标题）东营经济技术开发区16个产业项目云上签约 总投资80.3亿元", "m.jinbaonet.com 转载（原发媒体与署名存段未示）", "2022-05-27", "day",
  "Relay site reposting a local item, Shandong: a national economic-technological zone's online signing of 16 projects with their total, a planned biomedicine park and named biomedicine projects it can host, the zone's industries and platforms",
  "http://m.jinbaonet.com/bbs/bbs/2022/0527/200070982.html",
  "日期取网址 2022/0527（签约在5月21日）。存段无标题、无日期行（title 为编者概括）；原发媒体未示。存段末段“东营经济技术开发区积极打造…被评为“中国企业营商环境”在引号内中断，整段删去（ITEMS 截至上一段）；正文三段。园区：东营经济技术开发区（东营，山东）；规划中的“规范化生物医药产业园”列可选园区（母园区东营经济技术开发区）；“占地面积约1600亩的开放性园区”无名，不列。项目：天津中科年产40吨黄体酮项目、锐基复配药生产基地项目、健洋生物精氨酸及精氨酸代谢产物产业化利用项目——文中只说开放性园区“可承载…落地”，是否属16个签约项目未说，不给状态；16个签约项目未点名。国家级稀土催化研究院、中国商飞民机试飞基地为已引进建设的产业平台（可选机构）。事实：签约16个、总投资80.3亿元；开放性园区约1600亩（可选）。",
  "no03"),
 parks=[
  park(DY, "东营", "山东", "经济技术开发区", C0, note="文中又作“开发区”“该区”"),
  park(SW, "东营", "山东", "产业园", C1, parent=DY, opt=True, note="规划建设；无专名"),
 ],
 companies=[
  comp("天津中科", DY, C2, opt=True, note="只在项目名中"),
  comp("锐基", DY, C2, opt=True, note="只在项目名中"),
  comp("健洋生物", DY, C2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("国家级稀土催化研究院", C3, kind="research", park=DY, note="引进建设的产业平台"),
  inst("中国商飞民机试飞基地", C3, kind="enterprise_platform", park=DY, note="引进建设的产业平台"),
 ],
 projects=[
  proj("天津中科年产40吨黄体酮项目", DY, C2, companies=["天津中科"], note="开放性园区“可承载”；是否签约未说，无状态"),
  proj("锐基复配药生产基地项目", DY, C2, companies=["锐基"], note="同上"),
  proj("健洋生物精氨酸及精氨酸代谢产物产业化利用项目", DY, C2, companies=["健洋生物"], note="同上"),
 ],
 aggregate_facts=[
  fact(DY, "park", "projects_signed", 16, "count", C0, AS3),
  fact(DY, "park", "signed_investment_cny", 8.03e9, "cny", C0, AS3, chk=True),
  fact(DY, "park", "open_park_area_mu", 1600, "mu", C2, "2022年5月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- no04 鲁西新区七个项目入选省重大项目 (荷泽日报 2024)
LX = "鲁西新区"
D0 = "据了解,鲁西新区此次入选省重大项目名单的7个项目分别是:海希储能科技(山东)有限公司5GWh储能电芯模组pack生产制造基地项目、山东中杰特种装备股份有限公司年产5000台深冷容器及大型能源动力装备项目、山东大匠智能装备有限公司光伏储能电力器具/器材制造项目、菏泽创新风险投资有限公司高新区创新药及传统中药外用制剂智慧升级项目、山东康沃控股有限公司清洁能源甲醇分布式电站新能源商用车甲醇增程器及发电机组数字化智能高柔性全制程工厂建设项目、山东菏建教育发展有限公司菏建职业教育学校项目、菏泽城建教育发展有限公司菏泽城建产教融合实训基地项目"
D1 = "此次入选2024年省重大项目名单的7个项目分布于高端装备、生物医药、新能源等领域,总投资达66亿元"
AS4 = "2024年（省重大项目名单）"
P4 = [("海希储能科技(山东)有限公司", "海希储能科技(山东)有限公司5GWh储能电芯模组pack生产制造基地项目"),
      ("山东中杰特种装备股份有限公司", "山东中杰特种装备股份有限公司年产5000台深冷容器及大型能源动力装备项目"),
      ("山东大匠智能装备有限公司", "山东大匠智能装备有限公司光伏储能电力器具/器材制造项目"),
      ("菏泽创新风险投资有限公司", "菏泽创新风险投资有限公司高新区创新药及传统中药外用制剂智慧升级项目"),
      ("山东康沃控股有限公司", "山东康沃控股有限公司清洁能源甲醇分布式电站新能源商用车甲醇增程器及发电机组数字化智能高柔性全制程工厂建设项目"),
      ("山东菏建教育发展有限公司", "山东菏建教育发展有限公司菏建职业教育学校项目"),
      ("菏泽城建教育发展有限公司", "菏泽城建教育发展有限公司菏泽城建产教融合实训基地项目")]
G["no04"] = dict(
 article=art("鲁西新区七个项目入选二O二四年省重大项目名单", "荷泽日报（记者 周东伦），载于中国菏泽网 hezeshi.com", "2024-01-19", "day",
  "City daily on its news site, Shandong: a city's new area (鲁西新区) has seven named projects by seven named firms on the province's 2024 major-project list, with their combined investment",
  "http://hezeshi.com/xianquxinwen/2024-01/19/content_4501.html",
  "日期取页面“发表时间:2024-01-19”。标题照录（“二O二四”如原文）；导航、作者来源行与页脚已删。正文三段，完整。园区：鲁西新区（菏泽鲁西新区，统筹菏泽高新区、菏泽经济开发区等的功能区；文中只作“鲁西新区”，kind 记“新区”）；“高新区”只出现在项目名“…高新区创新药及传统中药外用制剂智慧升级项目”中，列可选园区（菏泽高新区，母园区推定鲁西新区）。项目：7个入选省重大项目名单——名单只说明入选，不给状态；单项金额未给，合计“总投资达66亿元”为事实。公司：7家业主企业，园区记鲁西新区（项目所在）。",
  "no04"),
 parks=[
  park(LX, "菏泽", "山东", "新区", "近日,省政府发布《关于下达2024年省重大项目名单的通知》,鲁西新区共有7个项目入选", note="菏泽鲁西新区；文中只作“鲁西新区”"),
  park("高新区", "菏泽", "山东", "高新区", D0, parent=LX, opt=True, note="只在项目名中；即菏泽高新区，母园区由语境推定"),
 ],
 companies=[comp(c, LX, D0, note="省重大项目业主") for c, _ in P4],
 projects=[proj(p, LX, D0, companies=[c], note="入选2024年省重大项目名单；无状态、无单项金额") for c, p in P4],
 aggregate_facts=[
  fact(LX, "park", "provincial_major_projects", 7, "count", D1, AS4),
  fact(LX, "park", "provincial_major_projects_investment_cny", 6.6e9, "cny", D1, AS4, chk=True),
 ])

# ---------------------------------------------------------------- no05 菏泽205个重点项目集中开工 (86hh 2021)
KF = "市开发区"
JJ = "劲嘉新材料产业园项目"
E0 = "菏泽分会场设在市开发区劲嘉新材料产业园项目现场"
E1 = "该项目总投资10亿元,项目用地全部是通过“腾笼换鸟”盘活的闲置土地,亩均投资达1400万元"
E2 = "活动当天,菏泽市开工省市重点项目205个,总投资1300亿元;参加省集中开工活动的项目有55个、总投资425.8亿元,包括香港富禾青园智慧冷链、辉耀智佳科技等4个外资项目,鼎泰新能源、康爱制药等8个技改项目"
E3 = "项目将于明年初建成投产,全部达产后年产3万吨激光防伪包装膜、1.2万吨复合纸,广泛用于国内知名烟酒产品包装,占据全国20%的高端市场份额,年可实现销售收入20亿元、税收1.6亿元"
E4 = "去年以来,菏泽市统筹疫情防控和经济社会发展“双胜双赢”,持续发力加快项目建设步伐,共签约过亿元项目450个、总投资2660亿元"
AS5 = "2021年2月26日（集中开工）"
G["no05"] = dict(
 article=art("大手笔!菏泽205个重点项目集中开工", "86hh.com 转载（会展频道·产业公司栏；原发媒体与署名存段未示）", "2021-03-03", "day",
  "Relay site reposting a city item, Shandong: a city's spring groundbreaking of 205 key projects — named foreign and renovation projects, the city sub-venue at a new-materials project in the city development zone with its investment and expected output, signings since last year",
  "http://86hh.com/finance/cygs/2021-03-03/448385.html",
  "日期取网址 2021-03-03（开工在2月26日）。标题照录（又有“原标题”行，同文，已删）；导航已删。存段末句“今年前两个月,签约过亿元项”中断，已删（LINE_SUFFIX）；正文截至“…继续位居全省前列。”，共五段。园区：“市开发区”（菏泽经济开发区，文中只作“市开发区”）。项目：劲嘉新材料产业园项目——在市开发区，总投资10亿元；集中开工活动分会场设在项目现场（状态“开工”由语境推定），将于明年初建成投产。香港富禾青园智慧冷链、辉耀智佳科技（外资项目）、鼎泰新能源、康爱制药（技改项目）——参加省集中开工活动→开工；所在园区未说（park null）。事实：菏泽市（region）开工205个、1300亿元；参加省集中开工55个、425.8亿元（可选）；年可新增营业收入3200亿元、税收200亿元（target，可选）；去年以来签约过亿元项目450个、2660亿元（cumulative）；劲嘉项目亩均投资1400万元、年销售收入20亿元、税收1.6亿元（target，可选）。",
  "no05"),
 parks=[
  park(KF, "菏泽", "山东", "经济开发区", E0, note="即菏泽经济开发区；文中只作“市开发区”"),
 ],
 companies=[],
 projects=[
  proj(JJ, KF, E1, inv="总投资10亿元", status="开工", status_text="集中开工（分会场设在项目现场）",
       aliases=["劲嘉新材料产业园"], note="园区见“菏泽分会场设在市开发区劲嘉新材料产业园项目现场”；计划明年初（2022年初）建成投产；开工状态由语境推定"),
  proj("香港富禾青园智慧冷链", None, E2, status="开工", status_text="参加省集中开工活动", note="外资项目；园区未说"),
  proj("辉耀智佳科技", None, E2, status="开工", status_text="参加省集中开工活动", note="外资项目；园区未说"),
  proj("鼎泰新能源", None, E2, status="开工", status_text="参加省集中开工活动", note="技改项目；园区未说"),
  proj("康爱制药", None, E2, status="开工", status_text="参加省集中开工活动", note="技改项目；园区未说"),
 ],
 aggregate_facts=[
  fact("菏泽市", "region", "projects_started", 205, "count", E2, AS5),
  fact("菏泽市", "region", "projects_started_investment_cny", 1.3e11, "cny", "菏泽市开工省市重点项目205个,总投资1300亿元", AS5, chk=True),
  fact("菏泽市", "region", "provincial_event_projects_started", 55, "count", E2, AS5, opt=True),
  fact("菏泽市", "region", "provincial_event_projects_investment_cny", 4.258e10, "cny", "总投资425.8亿元", AS5, opt=True, chk=True),
  fact("菏泽市", "region", "expected_new_revenue_cny", 3.2e11, "cny", "年可新增营业收入3200亿元、税收200亿元", "投产后（预计）", kind="target", opt=True, chk=True),
  fact("菏泽市", "region", "projects_signed", 450, "count", E4, "2020年至2021年2月", kind="cumulative", note="过亿元项目"),
  fact("菏泽市", "region", "signed_investment_cny", 2.66e11, "cny", "共签约过亿元项目450个、总投资2660亿元", "2020年至2021年2月", kind="cumulative", chk=True),
  fact(JJ, "project", "investment_per_mu_cny", 1.4e7, "cny", "亩均投资达1400万元", "2021年", opt=True, chk=True),
  fact(JJ, "project", "expected_annual_sales_cny", 2e9, "cny", "年可实现销售收入20亿元、税收1.6亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact(JJ, "project", "expected_annual_tax_cny", 1.6e8, "cny", "税收1.6亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- no06 潍坊滨海区:潮头踏浪风满帆 (人民日报海外版 via iqilu 2020)
BH = "潍坊滨海经济技术开发区"
F0 = "潍坊滨海经济技术开发区是国务院批准成立的国家级经济技术开发区,地处山东半岛中部、潍坊市北部、渤海莱州湾南岸,陆域面积678平方公里,海域面积510平方公里,海岸线长69公里,辖2个街道,总人口23万"
F1 = "潍坊滨海区力争到2023年实现GDP达500亿元、工业总产值1000亿元、一般公共预算收入100亿元"
AT6 = "2023年（目标）"
G["no06"] = dict(
 article=art("人民日报海外版聚焦潍坊滨海区:潮头踏浪风满帆", "人民日报海外版，载于齐鲁网潍坊频道 weifang.iqilu.com", "2020-05-22", "day",
  "National paper's overseas edition relayed by a provincial portal, Shandong: a national economic-technological zone's profile on its tenth anniversary as a national zone — area, population, titles, and its 2023 targets for GDP, industrial output and budget revenue",
  "http://weifang.iqilu.com/wfyaowen/2020/0522/4549557.shtml",
  "日期取页面“2020-05-22 09:31:05”。标题照录；“全部”、来源、作者、时间行已删。存段在第一个小标题“转身向海 打开走向世界之门”后只剩“202”，小标题与残文均删（ITEMS 截至上一段）；正文四段（含转载导语）。园区：潍坊滨海经济技术开发区（潍坊，山东；国家级经济技术开发区），文中又作“潍坊滨海区”“滨海区”“潍坊滨海”（别名）。无项目、无公司。事实：陆域面积678平方公里（可选）、海域510平方公里（可选）、人口23万（可选）；力争到2023年 GDP 500亿元、工业总产值1000亿元、一般公共预算收入100亿元（target）。升级国家级10周年、建区25周年不计。",
  "no06"),
 parks=[
  park(BH, "潍坊", "山东", "国家级经济技术开发区", F0, aliases=["潍坊滨海区", "滨海区"], note="文中又作“潍坊滨海”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(BH, "park", "gdp_cny", 5e10, "cny", F1, AT6, kind="target", chk=True),
  fact(BH, "park", "industrial_output_cny", 1e11, "cny", "工业总产值1000亿元", AT6, kind="target", chk=True),
  fact(BH, "park", "general_budget_revenue_cny", 1e10, "cny", "一般公共预算收入100亿元", AT6, kind="target", chk=True),
  fact(BH, "park", "land_area_km2", 678, "km2", F0, "2020年", opt=True),
  fact(BH, "park", "sea_area_km2", 510, "km2", F0, "2020年", opt=True),
  fact(BH, "park", "population", 2.3e5, "persons", F0, "2020年", opt=True),
 ])

# ---------------------------------------------------------------- no07 2020年潍坊高新区统计公报 (cadz 2021)
WG = "潍坊高新区"
G0 = "初步核算,全区地区生产总值(GDP)543.62亿元,按可比价计算同比增长7.3%,增幅高于全市平均3.7个百分点,增速居全市第一位"
G1 = "第二产业实现增加值359.84亿元,增长8.6%"
G2 = "第三产业实现增加值183.59亿元,增长4.6%"
AS7 = "2020年"
G["no07"] = dict(
 article=art("2020年潍坊高新区国民经济和社会发展统计公报", "潍坊高新区（来源），载于中国开发区协会网站 cadz.org.cn（资讯中心·统计数据）", "2021-06-17", "day",
  "Zone statistical bulletin relayed by the development-zone association's site, Shandong: a national high-tech zone's 2020 GDP and growth, value added by sector, per-capita GDP (only the opening sections stored)",
  "https://www.cadz.org.cn/index.php/News/info/id/33491.html",
  "日期取页面“发布时间:2021年06月17日 15:46”（来源:潍坊高新区）。标题照录；站点菜单、来源行已删。存段在“二、工业”下第一句“全区工业增加值300.41亿元,增长9.6%;规模以上”处中断，该小节（小标题与残句）删去（ITEMS 截至“一、综合”一节）；正文三段（导语、小标题“一、综合”、综合一段）。园区：潍坊高新区（潍坊，山东）。事实（2020年，reported）：GDP 543.62亿元、增长7.3%；二产增加值359.84亿元、增长8.6%，三产183.59亿元、增长4.6%，一产0.19亿元（可选）；人均GDP 2万美元（可选）；“高于全市平均…个百分点”不计。",
  "no07"),
 parks=[
  park(WG, "潍坊", "山东", "高新区", "潍坊高新区在市委、市政府的坚强领导下", note="文中又作“全区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(WG, "park", "gdp_cny", 5.4362e10, "cny", G0, AS7, chk=True),
  fact(WG, "park", "gdp_yoy_growth", 0.073, "ratio", G0, AS7, kind="ratio"),
  fact(WG, "park", "secondary_value_added_cny", 3.5984e10, "cny", G1, AS7, chk=True),
  fact(WG, "park", "secondary_value_added_growth", 0.086, "ratio", G1, AS7, kind="ratio", opt=True),
  fact(WG, "park", "tertiary_value_added_cny", 1.8359e10, "cny", G2, AS7, chk=True),
  fact(WG, "park", "tertiary_value_added_growth", 0.046, "ratio", G2, AS7, kind="ratio", opt=True),
  fact(WG, "park", "primary_value_added_cny", 1.9e7, "cny", "第一产业实现增加值0.19亿元", AS7, opt=True, chk=True),
  fact(WG, "park", "gdp_per_capita_usd", 2e4, "usd", "按常住人口计算,人均GDP达到2万美元", AS7, opt=True),
 ])

# ---------------------------------------------------------------- no08 三菱商事 考察枣庄高新区 (滨海高新网 via kantsuu 2017)
ZG = "枣庄高新区"
H0 = "8月29日,日本三菱商事(青岛)有限公司总经理藤井伸明一行到枣庄高新区洽谈投资合作"
H1 = "考察团一行先后深入到国家锂电池产品质量监督检验中心和山东精工电子科技有限公司"
H2 = "在十三五发展中规划建设8000亩新能源产业园"
H3 = "先后引进40余家锂电企业"
G["no08"] = dict(
 article=art("（无标题）三菱商事(青岛)有限公司到枣庄高新区考察锂电产业", "滨海高新网（“滨海高新网讯”），载于 you.kantsuu.com（贯通日本；原题存段未示）", "2017-09-09", "day",
  "Relay site reposting a zone news item, Shandong: a Japanese trading firm's visit to a high-tech zone's lithium-battery industry — a testing centre and a battery maker visited, the zone's planned new-energy park and count of battery firms",
  "http://you.kantsuu.com/201709/20170909083834_639922.shtml",
  "日期取网址 201709/20170909（考察在8月29日）。存段无标题、无日期行（title 为编者概括）；正文三段，完整。园区：枣庄高新区（枣庄，山东）；“十三五”期间规划建设的8000亩新能源产业园（无专名，可选，母园区枣庄高新区）。公司：山东精工电子科技有限公司（考察对象，园区枣庄高新区，由语境推定）；三菱商事(青岛)有限公司为来访投资方（园区 null，可选）。机构：国家锂电池产品质量监督检验中心（可选，园区由语境推定）；省商务厅、市招商局不列。无投资项目。事实：先后引进40余家锂电企业（cumulative，余）；新能源产业园规划8000亩（target，可选）；锂电产业起步于2004年不计。",
  "no08"),
 parks=[
  park(ZG, "枣庄", "山东", "高新区", H0, note="文中又作“高新区”“我区”"),
  park("新能源产业园", "枣庄", "山东", "产业园", H2, parent=ZG, opt=True, note="规划建设，无专名"),
 ],
 companies=[
  comp("山东精工电子科技有限公司", ZG, H1, note="考察对象；园区由语境推定"),
  comp("三菱商事(青岛)有限公司", None, H0, opt=True, note="来访洽谈投资的企业"),
 ],
 institutions=[
  inst("国家锂电池产品质量监督检验中心", H1, kind="testing_center", park=ZG, note="园区由语境推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZG, "park", "lithium_firms_attracted", 40, "count", H3, "2017年8月", kind="cumulative", qual="余", qtext="余"),
  fact("新能源产业园", "park", "planned_area_mu", 8000, "mu", H2, "“十三五”期间（规划）", kind="target", opt=True),
 ])
