# real411 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; real52's, unchanged).
# Conventions as real52: evidence verbatim (mt01–mt06 simplified, mt07–mt08 traditional as published by 香港商报; never
# converted); names as written; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text places
# the project in, null if none (a district or county is not a park). Status from the text's words (签约 / 签约落户 / 签约落地 →
# 签约; 开工 → 开工; a site under construction → 在建). Expected figures (“预计”, “力争”, “锚定…目标”) are kind target.

# ---------------------------------------------------------------- mt01 天津机器人 (中国日报网 2015)
A1 = "据了解,目前天津市已拥有百余家机器人相关企业,整体产业规模达25亿元,已初步形成武清区、开发区和临港工业区三个具有明显技术优势的科技园区"
A2 = "其中,临港工业区已聚集10余家机器人企业"
A3 = "去年天津市面向全国征集机器人重大科技专项项目,总立项数将达到40项以上,入选项目将获得最高200万元的补助"
AS1 = "2015年4月"
G["mt01"] = dict(
 article=art("天津机器人拥有百余家企业产业规模达25亿元", "中国日报网（cnews.chinadaily.com.cn；存段无署名）", "2015-04-07", "day",
  "National paper's Chinese news site, Tianjin: a city's robot industry — firm count and industry scale, three park areas, one port industrial zone's robot firms, a research-project call with subsidies, officials' and an expert's views",
  "http://cnews.chinadaily.com.cn/2015-04/07/content_20015707.htm",
  "日期取网址 2015-04/07。标题照录；手机报订阅广告行已删。存段末段为王显明引语，在“”王显明”后中断（“说”缺），整段删去；正文截至“…国际一流的机器人产业基地。”，共六段。园区：临港工业区（天津，文中只作此名；滨海新区内）。“开发区”只作泛称出现在“武清区、开发区和临港工业区三个…科技园区”中，列为可选园区（未写全称）；武清区为区，不列。滨海新区为国家级新区（region），不列园区。无具名企业、无具名项目。机构：天津工业自动化仪表研究所、滨海新区工信委（可选）。事实：天津市“百余家”机器人相关企业（余，100）、产业规模25亿元；临港工业区“10余家”机器人企业；重大科技专项“40项以上”（target，可选）。",
  "mt01"),
 parks=[
  park("临港工业区", "天津", "天津", "工业区", A2, district="滨海新区", note="文中又列为天津三个机器人科技园区之一；滨海新区由语境推定"),
  park("开发区", "天津", "天津", "开发区", A1, opt=True, note="泛称，未写全称（天津经济技术开发区？不补全）"),
 ],
 companies=[],
 institutions=[
  inst("天津工业自动化仪表研究所", "天津工业自动化仪表研究所副所长王显明日前向记者介绍", kind="research"),
  inst("滨海新区工信委", "滨海新区工信委相关负责人表示"),
 ],
 projects=[],
 aggregate_facts=[
  fact("天津市", "region", "robot_firms", 100, "count", A1, AS1, qual="余", qtext="余", note="“百余家机器人相关企业”"),
  fact("天津市", "region", "robot_industry_scale_cny", 2.5e9, "cny", "整体产业规模达25亿元", AS1, chk=True),
  fact("临港工业区", "park", "robot_firms", 10, "count", A2, AS1, qual="余", qtext="余"),
  fact("天津市", "region", "major_research_projects", 40, "count", A3, "2014–2015年（征集中）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- mt02 国机(珠海)机器人科技园 (珠海发布 via 中工招商网 2016)
GJ = "国机机器人科技园"
ZH = "珠海高新区"
B1 = "“国机机器人科技园规划总用地面积为1000亩,项目建设总投资约40亿元,分三期开发"
B2 = "项目建成并正式达产后,预计可实现产值或营业收入超过500亿元,税收40亿元以上"
B3 = "据了解,国机(珠海)机器人科技园有限公司由广东信邦集团和中国汽车工业工程有限公司领衔出资设立,在珠海高新区投资建设国机机器人科技园项目"
B4 = "近日,在国机机器人科技园项目现场,记者看到,一大片黄土地上高高低低地竖立着许多桩柱,钩机在现场来回推土作业,工地一派热火朝天的景象"
G["mt02"] = dict(
 article=art("国机(珠海)机器人科技园打造全国智慧产业园", "珠海发布，载于中工招商网 zhaoshang800.com（存段无署名）", "2016-05-24", "day",
  "City government news account relayed by an industrial-property portal, Guangdong: a robot science park under construction in a high-tech zone — land, investment, phases, expected output and tax, the developer and its investors, an anchor firm's regional HQ, provincial designations",
  "http://www.zhaoshang800.com/news/n-24424.html",
  "日期取页面“发布时间:2016-05-24 来源:珠海发布”。标题照录；站头、客服热线、面包屑与发布时间行已删。存段末段“近年来…以工业机器人为代表的智能制造成为”中断，整段删去，其前的小标题“打造珠海高端智能装备产业基地”随之删去；正文截至“…重点建设名单。”，共三段。“国 家 级”中的空格照录。园区：珠海高新区（珠海，广东）；国机机器人科技园（标题作“国机(珠海)机器人科技园”，建于珠海高新区，parent 珠海高新区）。项目：国机机器人科技园项目——总投资约40亿元（约），分三期；现场推土、桩柱，记为在建。公司：国机(珠海)机器人科技园有限公司（项目业主，珠海高新区）；广东信邦集团、中国汽车工业工程有限公司为出资方（园区 null）；ABB集团（华南总部基地将以科技园为载体，可选）。事实：科技园规划用地1000亩；达产后产值或营业收入超过500亿元、税收40亿元以上（target）。",
  "mt02"),
 parks=[
  park(ZH, "珠海", "广东", "高新区", B3),
  park(GJ, "珠海", "广东", "科技园", B1, parent=ZH, aliases=["国机(珠海)机器人科技园"], note="在建；标题作“国机(珠海)机器人科技园”"),
 ],
 companies=[
  comp("国机(珠海)机器人科技园有限公司", ZH, B3, note="科技园开发运营公司"),
  comp("广东信邦集团", None, B3, note="出资方"),
  comp("中国汽车工业工程有限公司", None, B3, note="出资方"),
  comp("ABB集团", GJ, "同时也将作为世界500强ABB集团在华南地区惟一总部基地的重要载体", opt=True, note="华南总部基地以科技园为载体（将来时）"),
 ],
 institutions=[],
 projects=[
  proj("国机机器人科技园项目", ZH, B1, companies=["国机(珠海)机器人科技园有限公司"], inv="总投资约40亿元", qual="约", qual_text="约",
       status="在建", status_text="工地一派热火朝天的景象", aliases=["国机机器人科技园"], note="分三期开发；现场施工（记者所见）"),
 ],
 aggregate_facts=[
  fact(GJ, "park", "planned_area_mu", 1000, "mu", B1, "2016年5月（规划）"),
  fact(GJ, "park", "expected_output_cny", 5e10, "cny", "预计可实现产值或营业收入超过500亿元,税收40亿元以上", "建成达产后（预计）", kind="target", qual="超", qtext="超过", chk=True),
  fact(GJ, "park", "expected_tax_cny", 4e9, "cny", "税收40亿元以上", "建成达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- mt03 松山湖 22 projects (weldinfo 2018)
SSH = "松山湖"
C1 = "会上,22个大型机器人与智能装备产业项目落户松山湖,协议总投资近140亿元,投产后预计产值达170亿元"
C2 = "20日举行的产业促进大会上,包括顺丰集团、深圳道元实业有限公司、东莞见达信息技术有限公司、亿嘉和南方总部、清园(东莞)教育科技有限公司等22个大型项目现场落地,协议总投资额超过140亿元,投产后预计产值达170亿元"
C3 = "其中,顺丰集团计划在松山湖投资建设顺丰东莞科技创新基地,打造先进机器人研发中心、无人化产业中心、人才中心,搭建智慧物流研发平台和创新平台"
C4 = "全自动贴标机的龙头企业——深圳市道元实业有限公司计划投资建设总部基地"
C5 = "自动化检测设备龙头企业——深圳市思榕科技有限公司计划投资建设总部基地"
C6 = "亿嘉和科技股份有限公司投资建设南方总部项目,与松山湖国际机器人研究院开展深度合作"
AS3 = "2018年12月20日（产业促进大会）"
G["mt03"] = dict(
 article=art("（无标题）松山湖机器人与智能装备产业促进大会 22个项目落户 协议总投资近140亿元", "weldinfo.cn（焊接行业资讯站转载；原发媒体与署名未注明）", "2018-12-21", "day",
  "Trade-news site relaying a park event, Guangdong: a high-tech park's robot and smart-equipment promotion conference — 22 projects landed with agreed investment and expected output, subsidy cheques, named firms and their planned bases",
  "http://weldinfo.cn/wz/craft/20181221092033.html",
  "日期取网址 20181221（大会为2018年12月20日）。存段无标题、无日期行（title 为编者概括）；全文为一行，段落以空格相连，照录为一段；末行“|”已删。“科技部第三批******创新型产业集群试点”中的星号照录（站点屏蔽字）。园区：松山湖（东莞，广东；文中只作“松山湖”，不补“高新区”）；光大We谷产业园为会场，在松山湖（可选，parent 松山湖）。22个项目“协议总投资近140亿元”（约），后文又作“超过140亿元”，qualifier 取首句“近”→约（alt 记“超”）。项目：顺丰东莞科技创新基地、亿嘉和南方总部（项目）——签约落地→签约；道元实业、思榕科技“计划投资建设总部基地”无专名，列为可选项目。公司：顺丰集团、深圳道元实业有限公司（后文作“深圳市道元实业有限公司”，列为别名）、东莞见达信息技术有限公司、亿嘉和科技股份有限公司（别名“亿嘉和”）、清园(东莞)教育科技有限公司、深圳市思榕科技有限公司，均落户松山湖。机构：松山湖管委会、中国机器人产业联盟、松山湖国际机器人研究院（可选）。事实：项目数22、协议投资、预计产值170亿元（target）、补贴支票363万元（可选）。",
  "mt03"),
 parks=[
  park(SSH, "东莞", "广东", "园区", C1, note="文中只作“松山湖”；又作“园区”"),
  park("光大We谷产业园", "东莞", "广东", "产业园", "松山湖机器人与智能装备产业促进大会在松山湖光大We谷产业园召开", parent=SSH, opt=True, note="会场"),
 ],
 companies=[
  comp("顺丰集团", SSH, C3),
  comp("深圳道元实业有限公司", SSH, C2, aliases=["深圳市道元实业有限公司"]),
  comp("东莞见达信息技术有限公司", SSH, C2),
  comp("亿嘉和科技股份有限公司", SSH, C6, aliases=["亿嘉和"]),
  comp("清园(东莞)教育科技有限公司", SSH, C2),
  comp("深圳市思榕科技有限公司", SSH, C5),
 ],
 institutions=[
  inst("松山湖管委会", "2014年5月,松山湖管委会将机器人与智能装备产业列为重点支持产业之一"),
  inst("中国机器人产业联盟", "由松山湖管委会主办、中国机器人产业联盟等多个单位参与支持的松山湖机器人与智能装备产业促进大会", kind="association"),
  inst("松山湖国际机器人研究院", C6, kind="research"),
 ],
 projects=[
  proj("顺丰东莞科技创新基地", SSH, C3, companies=["顺丰集团"], status="签约", status_text="签约落地", note="22个签约落地项目之一"),
  proj("亿嘉和南方总部", SSH, C2, companies=["亿嘉和科技股份有限公司"], status="签约", status_text="现场落地", aliases=["南方总部项目"]),
  proj("深圳市道元实业有限公司总部基地", SSH, C4, companies=["深圳市道元实业有限公司"], status="签约", status_text="签约落地", opt=True, note="无专名（“计划投资建设总部基地”）"),
  proj("深圳市思榕科技有限公司总部基地", SSH, C5, companies=["深圳市思榕科技有限公司"], status="签约", status_text="签约落地", opt=True, note="无专名"),
 ],
 aggregate_facts=[
  fact(SSH, "park", "projects_signed", 22, "count", C1, AS3),
  fact(SSH, "park", "signed_investment_cny", 1.4e10, "cny", "协议总投资近140亿元,投产后预计产值达170亿元", AS3, qual="约", qtext="近", chk=True, note="后文作“超过140亿元”"),
  fact(SSH, "park", "expected_output_cny", 1.7e10, "cny", "投产后预计产值达170亿元", "投产后（预计）", kind="target", chk=True),
  fact(SSH, "park", "subsidy_paid_cny", 3.63e6, "cny", "现场还颁发了松山湖机器人产业首批政策补贴奖励支票,总金额达363万元", AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- mt04 肥东机器人小镇 9 projects (新安晚报 2018)
FD = "肥东机器人小镇"
D1 = "本次集中签约和开工9个重点项目,包括宁波普天家用机器人、深圳帝元中科自动化生产连线肥东工厂等5个基地类大项目,以及江苏华航威泰智能制造项目等4个创新类项目"
D0 = "11月22日,2018年肥东县重大项目集中签约暨机器人小镇产业项目开工仪式成功举行"
AS4 = "2018年11月22日（集中签约开工）"
G["mt04"] = dict(
 article=art("九大项目集中签约及开工 华夏幸福为肥东导入机器人产业集群", "新安晚报，载于安徽网 m.yybnet.net（存段无署名）", "2018-11-23", "day",
  "Provincial evening paper on its portal, Anhui: a county's joint signing and groundbreaking for a robot town — nine projects by type with three named, the county's profile, the county head's remarks",
  "https://m.yybnet.net/hefei/feidong/201811/8379215.html",
  "日期取页面“新安晚报 2018-11-23 10:36”（仪式为11月22日）。标题照录；日期行与“大字”已删。存段末为小标题“打造机器人全产业链高地”及中断的段落“我国《机器人产业发展规划》提出…积极培育”，二者删去；正文截至“…快达效。”，含小标题“9个项目集中签约、开工”，共五段。园区：肥东机器人小镇（合肥市肥东县，安徽；kind 特色小镇）。“合肥滨湖科学城(国家级合肥滨湖新区)”只作政策背景，不列。项目：宁波普天家用机器人、深圳帝元中科自动化生产连线肥东工厂、江苏华航威泰智能制造项目——“集中签约和开工”，逐项未分签约或开工：status 记签约，status_alt 开工；园区为肥东机器人小镇（“肥东机器人小镇9家签约、开工企业”）。公司：华夏幸福产业发展集团（可选；标题称其为肥东导入产业，开发关系本段未明说）。无金额。",
  "mt04"),
 parks=[
  park(FD, "合肥", "安徽", "特色小镇", "以及肥东机器人小镇9家签约、开工企业等21家企业代表共同参加开工仪式", district="肥东县", note="文中又作“机器人小镇”"),
 ],
 companies=[
  comp("华夏幸福产业发展集团", None, "华夏幸福产业发展集团及合肥区域事业部相关负责人", opt=True, note="标题作“华夏幸福”"),
 ],
 institutions=[],
 projects=[
  proj("宁波普天家用机器人", FD, D1, status="签约", status_alt="开工", status_text="集中签约和开工", note="基地类大项目；签约或开工未分"),
  proj("深圳帝元中科自动化生产连线肥东工厂", FD, D1, status="签约", status_alt="开工", status_text="集中签约和开工", note="基地类大项目"),
  proj("江苏华航威泰智能制造项目", FD, D1, status="签约", status_alt="开工", status_text="集中签约和开工", note="创新类项目"),
 ],
 aggregate_facts=[
  fact(FD, "park", "projects_signed_or_started", 9, "count", D1, AS4),
  fact(FD, "park", "base_type_projects", 5, "count", D1, AS4, opt=True),
  fact(FD, "park", "innovation_type_projects", 4, "count", D1, AS4, opt=True),
 ])

# ---------------------------------------------------------------- mt05 中国声谷 (大皖新闻 2022)
SG = "中国声谷"
HF = "合肥高新区"
E1 = "2021年底,中国声谷已经实现“入驻企业1423家,营业收入1378.6亿元”,并上升到国家战略"
E2 = "在部省合作机制下,2017-2022年间,依托中国声谷专项政策,共统筹超34亿元资金支持基地企业发展,支持超过2600个项目建设"
E3 = "“中国声谷”将聚焦打造世界级智能语音产业集群,锚定5000亿元的发展目标"
G["mt05"] = dict(
 article=art("（无标题）中国声谷产业发展高峰论坛在合肥高新区举办", "大皖新闻（记者 项磊），载于腾讯云开发者社区 cloud.tencent.com.cn 资讯转载", "2022-09-20", "day",
  "Provincial news app relayed by a portal, Anhui: a national AI industrial base's ten-year forum in a high-tech zone — five-year revenue target, the zone's platform work, firms and revenue at end-2021, policy money and projects supported 2017–2022",
  "https://cloud.tencent.com.cn/developer/news/925917",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“9月20日”，年份由“2017-2022年间”与“十年追‘声’路”（2012年启动）推定为2022年（同一检索中另一站转载的中新网同题消息标2022-09-20），published 记2022-09-20（precision day，推定）。署名“大皖新闻记者 项磊”、“编辑 张大为”与站点广告两行已删；正文四段完整，截至“…向世界级产业地标迈进。”。园区：合肥高新区（合肥，安徽）；中国声谷（国家级产业基地，kind 产业基地；文中合肥高新区“构筑‘中国声谷、量子中心’园区品牌”，又称“一核多园”向全省拓展，parent 不填）。公司：安徽方正北斗（可选）。机构：部省共同推进安徽智能语音产业发展领导小组办公室（可选）。事实：中国声谷2021年底入驻企业1423家、营业收入1378.6亿元；2017–2022年统筹超34亿元资金、支持超过2600个项目（cumulative）；“十四五”锚定5000亿元（target）。“超34亿元资金”为专项政策资金，不是具名基金，不列 funds。",
  "mt05"),
 parks=[
  park(SG, "合肥", "安徽", "产业基地", "作为全国首个定位于人工智能领域的国家级产业基地,中国声谷从2012年启动建设", note="国家级产业基地；“一核多园”"),
  park(HF, "合肥", "安徽", "高新区", "9月20日,中国声谷产业发展高峰论坛在合肥高新区举办"),
 ],
 companies=[
  comp("安徽方正北斗", None, "同时,中国声谷携手安徽方正北斗打造的“iFound”安徽本地国产自主品牌也在现场发布", opt=True),
 ],
 institutions=[
  inst("部省共同推进安徽智能语音产业发展领导小组办公室", "该论坛由部省共同推进安徽智能语音产业发展领导小组办公室主办"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SG, "park", "resident_firms", 1423, "count", E1, "2021年底"),
  fact(SG, "park", "revenue_cny", 1.3786e11, "cny", "营业收入1378.6亿元", "2021年", chk=True),
  fact(SG, "park", "policy_funds_cny", 3.4e9, "cny", "共统筹超34亿元资金支持基地企业发展", "2017–2022年", kind="cumulative", qual="超", qtext="超", chk=True),
  fact(SG, "park", "projects_supported", 2600, "count", E2, "2017–2022年", kind="cumulative", qual="超", qtext="超过"),
  fact(SG, "park", "revenue_target_cny", 5e11, "cny", "锚定5000亿元的发展目标", "“十四五”期间（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mt06 吴中 15 projects (中国江苏网 via 商洛在线 2022)
WZ = "吴中区"
F1 = "2022苏州吴中机器人与智能制造产业创新集群项目云签约活动日举行,通过线上线下联动,总投资83.8亿元的15个机器人与智能制造产业创新集群项目签约落户,吴中区机器人与智能制造产业创新集群联盟同日揭牌"
F2 = "机器人与智能制造产业是苏州市吴中区重点打造的“3+3+3”现代产业集群之一,目前已集聚规上企业超300家,覆盖关键零部件、本体制造、系统集成、终端产品的完整产业链,2021年产业规模达800亿元"
G["mt06"] = dict(
 article=art("吴中打造机器人与智能制造产业“第一区” 总投资83.8亿元项目签约落户", "中国江苏网（盛峥 吴轩），载于商洛在线 news.shangol.cn", "2022-03-09", "day",
  "Provincial portal item relayed by another city's site, Jiangsu: a district's cloud signing of 15 robot and smart-manufacturing projects with total investment, an industry alliance launched, the industry's above-scale firms and 2021 scale, the district party secretary's goal",
  "http://news.shangol.cn/2022/gn_0309/10625.html",
  "日期取页面“2022-03-09 16:08:23 来源:中国江苏网”。标题照录；站名、时间、来源三行及“标签”“推荐More”已删。正文两段完整，署名“(盛峥 吴轩)”在段末，保留。无园区：吴中区为区（region），全文未名园区。15个项目未点名（不列项目）。机构：吴中区机器人与智能制造产业创新集群联盟（可选）。事实归吴中区（region）：签约15个项目、总投资83.8亿元；机器人与智能制造产业规上企业超300家、2021年产业规模800亿元。",
  "mt06"),
 parks=[],
 companies=[],
 institutions=[
  inst("吴中区机器人与智能制造产业创新集群联盟", F1, kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact(WZ, "region", "projects_signed", 15, "count", F1, "2022年3月（云签约）"),
  fact(WZ, "region", "signed_investment_cny", 8.38e9, "cny", F1, "2022年3月（云签约）", chk=True),
  fact(WZ, "region", "robot_industry_above_scale_firms", 300, "count", F2, "2022年3月", qual="超", qtext="超"),
  fact(WZ, "region", "robot_industry_scale_cny", 8e10, "cny", "2021年产业规模达800亿元", "2021年", chk=True),
 ])

# ---------------------------------------------------------------- mt07 成都錦江 白鷺灣科技生態園 (香港商報 2023, traditional)
JJ = "錦江軟件園"
BL = "白鷺灣科技生態園"
H0 = "2月20日,白鷺灣科技生態園全球首發暨成都錦江國家人工智能創新應用先導區重大項目簽約活動在成都市錦江區舉行"
H1 = "活動現場,共簽約項目20個,簽約金額達130億元"
H2 = "據悉,該項目總投資約200億元,規劃面積3650畝,其中科技創新區佔地面積約480畝,規劃建設約120萬平方米高品質產業空間"
H3 = "當天,全球首發的白鷺灣科技生態園是錦江軟件園的示範園區,同時也是蓉深合作科技生態創新示範園區、成都市首批未來公園社區示範點位之一"
H4 = "預計到2025年,錦江軟件園總產值將超過2000億元"
AS7 = "2023年2月20日（簽約活動）"
G["mt07"] = dict(
 article=art("（無標題）白鷺灣科技生態園全球首發暨成都錦江國家人工智能創新應用先導區重大項目簽約", "香港商報（tp.hkcd.com；繁体，照原样；存段无署名）", "2023-02-20", "day",
  "Hong Kong daily's mainland page (traditional script as published), Sichuan: a district AI pilot zone's launch of a science eco-park with a signing of 20 projects — the software park's spatial layout and 2025 output target, the eco-park's investment, area and firms signed",
  "http://tp.hkcd.com/hkcdweb/content_p/2023/02/20/content_148482.html",
  "日期取网址 2023/02/20（活动“2月20日”）。存段无标题、无日期行（title 为编者概括，繁体）。存段末句“其中包括中國聯通智能網聯研究院、川投大健康總部、凝思軟件西南總部、元時代西南總部、竹”中断，已删（make_txt.py LINE_SUFFIX）；正文截至“…簽約金額達130億元。”，含小标题“白鷺灣科技生態園全球首發”，共六段。繁体照录，未转换。园区：錦江軟件園（成都市錦江區，四川）；白鷺灣科技生態園（“錦江軟件園的示範園區”，parent 錦江軟件園）；成都錦江國家人工智能創新應用先導區（可选；先导区名）；天府軟件園只作比较（可选）。项目：白鷺灣科技生態園（“該項目總投資約200億元”，约）——“全球首發”，无状态。签约20个项目130亿元：首段为活动（錦江區），末段称“園區簽約重點項目20個”，subject 记白鷺灣科技生態園（可另读为先导区）。事实：40餘家企業簽訂入駐協議（余）；錦江軟件園2025年总产值超过2000亿元（target）；规划面积3650亩（可选）。",
  "mt07"),
 parks=[
  park(JJ, "成都", "四川", "软件园", "據了解,錦江軟件園是國家人工智能創新應用先導區的優勢品牌,以「一道九園」約30平方公里區域為空間承載", district="錦江區"),
  park(BL, "成都", "四川", "科技园", H3, district="錦江區", parent=JJ),
  park("成都錦江國家人工智能創新應用先導區", "成都", "四川", "先导区", H0, district="錦江區", opt=True, note="国家人工智能创新应用先导区（区域名）"),
  park("天府軟件園", "成都", "四川", "软件园", "並逐步實現與「天府軟件園」並駕齊驅", opt=True, note="只作比较"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj(BL, JJ, H2, inv="總投資約200億元", qual="约", qual_text="約", status=None, status_text="全球首發",
       note="园区开发项目（“該項目”）；规划面积3650畝"),
 ],
 aggregate_facts=[
  fact(BL, "park", "projects_signed", 20, "count", "活動現場,園區簽約重點項目20個,簽約金額達130億元", AS7, note="首段作活动现场共签约20个"),
  fact(BL, "park", "signed_investment_cny", 1.3e10, "cny", "簽約金額達130億元", AS7, chk=True),
  fact(BL, "park", "firms_signed_entry", 40, "count", "目前已有40餘家企業簽訂入駐協議", "2023年2月", qual="余", qtext="餘"),
  fact(BL, "park", "planned_area_mu", 3650, "mu", H2, "2023年2月（规划）", opt=True),
  fact(JJ, "park", "output_target_cny", 2e11, "cny", H4, "2025年（预计）", kind="target", qual="超", qtext="超過", chk=True),
  fact(JJ, "park", "area_km2", 30, "km2", "以「一道九園」約30平方公里區域為空間承載", "2023年", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- mt08 蕪湖 機器人高峰論壇 16 projects (香港商報 2024, traditional)
WH = "蕪湖"
K1 = "開幕式上,蕪湖機器人產業重大項目集中簽約,智特科技高端裝備、珅斯傳感器、訊康核心零部件等16個項目簽約落戶,總投資103.2億元"
AS8 = "2024年5月30日（集中簽約）"
G["mt08"] = dict(
 article=art("（無標題）2024中國國際機器人高峰論壇在蕪湖開幕 16個項目簽約落戶", "香港商報（tp.hkcd.com；繁体，照原样；存段无署名）", "2024-05-30", "day",
  "Hong Kong daily's mainland page (traditional script as published), Anhui: a city's robot summit — organisers, attendance, a signing of 16 robot projects (three named) with total investment, a platform launch, the city's decade of robot-industry growth",
  "http://tp.hkcd.com/hkcdweb/content_p/2024/05/30/content_171663.html",
  "日期取正文“2024年5月30日”与网址。存段无标题（title 为编者概括，繁体）。图片说明“5月30日,2024國際汽車新材料大會在蕪湖開幕”已删；存段末“目前,”为下一段开头，已删；正文截至“…從弱到強的跨越發展。”，含小标题“機器人全產業鏈集聚發展”，共七段。繁体照录，未转换。无园区：蕪湖为市，鳩江區为区，全文未名园区。项目：智特科技高端裝備、珅斯傳感器、訊康核心零部件——簽約落戶→签约，园区 null；「科大訊飛機器人超腦平台2.0」項目“啟動”，无对应状态（可选）。公司：上海尚工機器人技術有限公司、蕪湖濱江智能科技有限公司（联合承办，可选，园区 null）。机构（均可选）：中國機電一體化技術應用協會、安徽省工業和信息化廳、蕪湖市人民政府、鳩江區人民政府、蕪湖市工業和信息化局、長三角哈特機器人產業技術研究院。事实归蕪湖（region）：16个项目、总投资103.2亿元。",
  "mt08"),
 parks=[],
 companies=[
  comp("上海尚工機器人技術有限公司", None, "中國機器人網、上海尚工機器人技術有限公司、蕪湖濱江智能科技有限公司、中國機電一體化技術應用協會智能機器人分會、長三角哈特機器人產業技術研究院聯合承辦", opt=True, note="联合承办"),
  comp("蕪湖濱江智能科技有限公司", None, "中國機器人網、上海尚工機器人技術有限公司、蕪湖濱江智能科技有限公司、中國機電一體化技術應用協會智能機器人分會、長三角哈特機器人產業技術研究院聯合承辦", opt=True, note="联合承办"),
 ],
 institutions=[
  inst("中國機電一體化技術應用協會", "前者由中國機電一體化技術應用協會、安徽省工業和信息化廳、蕪湖市人民政府共同主辦", kind="association"),
  inst("安徽省工業和信息化廳", "前者由中國機電一體化技術應用協會、安徽省工業和信息化廳、蕪湖市人民政府共同主辦"),
  inst("蕪湖市人民政府", "前者由中國機電一體化技術應用協會、安徽省工業和信息化廳、蕪湖市人民政府共同主辦"),
  inst("鳩江區人民政府", "鳩江區人民政府、蕪湖市工業和信息化局、中國機器人網"),
  inst("長三角哈特機器人產業技術研究院", "長三角哈特機器人產業技術研究院聯合承辦", kind="research"),
 ],
 projects=[
  proj("智特科技高端裝備", None, K1, status="签约", status_text="簽約落戶", note="16个签约项目之一；蕪湖"),
  proj("珅斯傳感器", None, K1, status="签约", status_text="簽約落戶"),
  proj("訊康核心零部件", None, K1, status="签约", status_text="簽約落戶"),
  proj("科大訊飛機器人超腦平台2.0", None, "「科大訊飛機器人超腦平台2.0」項目啟動", status=None, status_text="啟動", opt=True),
 ],
 aggregate_facts=[
  fact(WH, "region", "projects_signed", 16, "count", K1, AS8),
  fact(WH, "region", "signed_investment_cny", 1.032e10, "cny", "總投資103.2億元", AS8, chk=True),
  fact(WH, "region", "summit_attendees", 600, "count", "本次活動嘉賓共有600餘人", AS8, qual="余", qtext="餘", opt=True),
 ])
