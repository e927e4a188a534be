# real435 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52's build_all.py).
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 约/大概/左右 → 约, 余/多 → 余, 超/逾 → 超 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first amount
# of the evidence; chk=True asserts it). Projects: the park the text places the project in, null if none (a county or city is
# not a park). Status from the text's words (集中开工 → 开工; 正加速建设 / 加紧推进主体施工 / 进入尾声 → 在建; “一季度开工达成
# 共识” → planned; 签约 only where the text says the project was signed). “计划” year figures are kind target.
# Sources: `search` (corpus pages) excerpts typed into _raw/pages/lrNN.raw as returned; read and annotated by hand.

# ---------------------------------------------------------------- lr01 聊城 拉满进度条 项目加速跑 (聊城日报 2024)
KF = "开发区"
A1 = "6月10日,在位于开发区的陈李济大健康产业基地项目建设现场,工人们正在有序施工"
A2 = "据了解,陈李济大健康产业基地项目由山东凝善堂药业有限公司投资建设,目前,一期工程已建设完成,二期工程正加速建设"
A3 = "在开发区昌润极锐超硬材料年产4亿克拉金刚石和20万片复合片项目建设现场,随着工程进度的不断刷新,项目建设也已进入尾声"
G["lr01"] = dict(
 article=art("聊城 拉满进度条 项目加速跑", "聊城日报（记者 董金鑫 通讯员 张广玉），载于聊城新闻网 lcxw.cn", "2024-06-14", "day",
  "City daily on its news portal, Shandong: a project-progress round-up — two named projects in the city's development zone (one with phase 1 built and phase 2 under way, one nearing trial production), the city's planned count of key projects",
  "https://lcxw.cn/yaowen/shehui/20240614/68345.html",
  "日期取页面“来源:聊城日报  2024-06-14 08:58:50”。标题照录；导航、来源行、“A+A-”及编辑/校对/审核行已删。正文七段，完整。园区：文中只作“开发区”（聊城市；全称未写，不补；kind 记“开发区”）。项目：陈李济大健康产业基地项目（山东凝善堂药业有限公司投资建设；一期已建成、二期正加速建设→在建；二期主体完成70%，计划11月设备进场、12月投产）；昌润极锐超硬材料年产4亿克拉金刚石和20万片复合片项目（进入尾声、设备安装调试→在建；预计6月中旬单台六面顶压机试投产，11月正式投产）。均无投资额。全市“计划实施省市县重点项目1212个”为市级计划数（region，target）。",
  "lr01"),
 parks=[
  park(KF, "聊城", "山东", "开发区", A1, note="文中只作“开发区”，全称未写"),
 ],
 companies=[
  comp("山东凝善堂药业有限公司", KF, A2, note="陈李济大健康产业基地项目投资方"),
  comp("昌润极锐", KF, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("陈李济大健康产业基地项目", KF, A2, companies=["山东凝善堂药业有限公司"], status="在建", status_text="二期工程正加速建设",
       note="一期已建设完成；二期主体完成70%，计划11月设备进场、12月投产运行"),
  proj("昌润极锐超硬材料年产4亿克拉金刚石和20万片复合片项目", KF, A3, companies=["昌润极锐"], status="在建", status_text="项目建设也已进入尾声",
       note="预计6月中旬单台六面顶压机试投产，11月正式投产；省新旧动能转换优选项目"),
 ],
 aggregate_facts=[
  fact("陈李济大健康产业基地项目", "project", "phase2_main_structure_completion", 0.70, "ratio", "二期主体建设已经完成70%", "2024年6月", kind="ratio", opt=True),
  fact("聊城市", "region", "key_projects_planned", 1212, "count", "今年,我市计划实施省市县重点项目1212个", "2024年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- lr02 聊城嘉明经济开发区 (经济日报 2023, advertorial)
JM = "山东省聊城嘉明经济开发区"
B0 = "2021年,山东省聊城嘉明经济开发区铁西片区的征迁工作正式启动,此次征拆任务共涉及铁西片区12个村、37家企业、1所职业中专,以及农场、林场2个片区共计1.5万余亩"
G["lr02"] = dict(
 article=art("山东省聊城嘉明经济开发区 拓宽产业发展新空间", "经济日报（paper.ce.cn 电子版；页末标“·广告”，数据来源注“山东省聊城嘉明经济开发区管委会”）", "2023-11-14", "day",
  "National economic daily, a sponsored park profile (advertorial), Shandong: a provincial development zone's land clearance for a new area (villages, firms, area) and its planned industrial clusters, a logistics park and a logistics project under construction",
  "http://paper.ce.cn/pc/content/202311/14/content_284218.html",
  "日期取网址 202311/14。标题两行（园区名与“拓宽产业发展新空间”）以空格连写。末行“(数据来源:山东省聊城嘉明经济开发区管委会)”与“·广告”已删（记在此处）。正文五段，完整。版面标“广告”：属园区付费宣传稿，不是记者报道。园区：山东省聊城嘉明经济开发区（文中又作“嘉明开发区”；聊城市，山东）。“内陆港综合物流园”（打造）与“江北高端食品深加工产业基地”（规划建设）为计划中的园区，列可选子园区；“江北战略性新能源新材料产业基地”为目标表述，不列。铁西片区为开发区内片区，不列为园区。项目：巴龙国际物流中心项目（“在建”），无投资额。事实：2021年启动的铁西片区征拆涉及12个村、37家企业、1.5万余亩（余）。",
  "lr02"),
 parks=[
  park(JM, "聊城", "山东", "经济开发区", B0, aliases=["嘉明开发区"], note="省级（文中未说级别）"),
  park("内陆港综合物流园", "聊城", "山东", "物流园", "打造内陆港综合物流园", parent=JM, opt=True, note="计划打造；母园区由语境推定"),
  park("江北高端食品深加工产业基地", "聊城", "山东", "产业基地", "规划建设江北高端食品深加工产业基地", parent=JM, opt=True, note="规划建设"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("巴龙国际物流中心项目", JM, "充分发挥在建的巴龙国际物流中心项目的服务带动作用,把铁西片区打造成数字化智慧物流新高地", status="在建", status_text="在建",
       note="位于铁西片区（语境）"),
 ],
 aggregate_facts=[
  fact(JM, "park", "relocation_villages", 12, "count", B0, "2021年起（铁西片区征拆）"),
  fact(JM, "park", "relocation_firms", 37, "count", B0, "2021年起（铁西片区征拆）"),
  fact(JM, "park", "relocation_area_mu", 15000, "mu", B0, "2021年起（铁西片区征拆）", qual="余", qtext="余"),
 ])

# ---------------------------------------------------------------- lr03 德州天衢新区揭牌 (齐鲁网·闪电新闻 2022)
TQ = "德州天衢新区"
C1 = "在日前举行的集中签约仪式上,共签约19个项目,总投资 174.7 亿元,近一半引自京津冀"
C2 = "其中深圳明智超精密科技有限公司是专精特新“小巨人”企业,总部在深圳,去年来到德州天衢新区投资建厂,今天,企业将第二个项目也落在了天衢新区"
G["lr03"] = dict(
 article=art("（无标题）德州天衢新区正式揭牌 集中签约19个项目", "齐鲁网·闪电新闻（dezhou.iqilu.com，德州民生栏；存段无署名）", "2022-12-10", "day",
  "Provincial broadcaster's news portal, Shandong: a new provincial-level area (新区) is inaugurated — a signing of 19 projects with total investment, a firm landing its second project, quotes from firms",
  "https://dezhou.iqilu.com/dzminsheng/2022/1210/5299669.shtml",
  "日期取网址 2022/1210 与电头“12月10日讯”。存段无标题（title 为编者概括）。末段“‘这次我们签约的还涉及到高端装备制造…实现新起点,新发展,新速度。’德州天衢新区”在说话人处中断，整段删去；正文截至“…孟祥峰告诉记者。”，共四段。园区：德州天衢新区（文中又作“天衢新区”“新区”；四大省级新区之一，德州市，山东；kind 记“省级新区”）。公司：深圳明智超精密科技有限公司（去年来新区投资建厂，第二个项目落户新区）；宁德时代新能源科技股份有限公司只出现其负责人发言，园区未说（可选，park null）。项目：明智超精密第二个项目，文中无项目名，董事长称“投资额大概三个亿左右”（非“亿元”写法，investment_cny 留空；约），列为可选项目，名称为编者概括。事实：集中签约19个项目、总投资174.7亿元（原文数字与“亿元”间有空格）。",
  "lr03"),
 parks=[
  park(TQ, "德州", "山东", "省级新区", "日前,四大省级新区之一德州天衢新区正式揭牌", aliases=["天衢新区"], note="2021年11月批复、2022年12月揭牌"),
 ],
 companies=[
  comp("深圳明智超精密科技有限公司", TQ, C2, note="专精特新“小巨人”；第二个项目落户"),
  comp("宁德时代新能源科技股份有限公司", None, "宁德时代新能源科技股份有限公司党委第一书记孟祥峰告诉记者", opt=True, note="只有负责人发言；园区未说"),
 ],
 projects=[
  proj("深圳明智超精密科技有限公司第二个项目", TQ, "“投资额大概三个亿左右,我们这个产品主要是做抗原产品,还有一个癌症早筛。", companies=["深圳明智超精密科技有限公司"],
       inv="投资额大概三个亿左右", qual="约", qual_text="大概…左右", unparsed=True, opt=True,
       note="文中无项目名（名称为编者概括）；“落在了天衢新区”，是否属19个签约项目未明说；抗原产品、癌症早筛"),
 ],
 aggregate_facts=[
  fact(TQ, "park", "projects_signed", 19, "count", C1, "2022年12月（集中签约）"),
  fact(TQ, "park", "signed_investment_cny", 1.747e10, "cny", C1, "2022年12月（集中签约）", chk=True),
 ])

# ---------------------------------------------------------------- lr04 滨州高新区 项目建设 (大众报业·齐鲁壹点 2023)
BZ = "滨州高新区"
D1 = "在高新区生物医药产业化示范园区项目建设现场,机器轰鸣、焊花闪烁,各个工种密切配合,加紧推进主体施工,争节点、保进度,用辛勤的汗水保障项目工程顺利推进"
G["lr04"] = dict(
 article=art("滨州高新区:项目建设“火力全开”,高质量发展“加力提速”", "大众报业·齐鲁壹点（通讯员 周小燕 刘仕玉 王明涛），载于 td.fyun.cc", "2023-12-12", "day",
  "Provincial press group's app via an aggregator, Shandong: a high-tech zone's project-building feature — the zone's posture, one named park-development project under construction with land and floor area",
  "https://td.fyun.cc/detail/63887e26f7f6750b83e55fda81818ae6bf0e8602.html",
  "日期取页面“发布时间:2023-12-12 07:24:00 来源:大众报业·齐鲁壹点”。标题照录；订阅菜单、类别/发布时间行、通讯员署名行已删；正文中重复的标题行（图片处）与图片说明“滨州高新区生物医药产业化示范园区项目建设现场”已删。存段在末段“…医疗器械及相关领域的创新创业及”处中断：该句（自“项目预计2024年2月竣工,”起）已删（make_txt.py LINE_SUFFIX），故“预计2024年2月竣工”不在正文中；正文截至“…供气管网等基础设施。”，共五段。园区：滨州高新区（滨州市，山东；文中又作“高新区”）。项目：高新区生物医药产业化示范园区项目（加紧推进主体施工→在建；占地208.67亩、建筑面积15.8万平方米；无投资额）；该示范园区另列为可选子园区。",
  "lr04"),
 parks=[
  park(BZ, "滨州", "山东", "高新区", "穿行于滨州高新区一个个重点项目建设现场,一幅幅忙碌的施工图景不断上演", note="文中又作“高新区”"),
  park("生物医药产业化示范园区", "滨州", "山东", "产业园区", D1, parent=BZ, opt=True, note="在建的园区开发项目；文中作“高新区生物医药产业化示范园区”"),
 ],
 companies=[],
 projects=[
  proj("高新区生物医药产业化示范园区项目", BZ, D1, status="在建", status_text="加紧推进主体施工",
       note="占地208.67亩，建筑面积15.8万平方米；标准厂房10座及科研楼"),
 ],
 aggregate_facts=[
  fact("高新区生物医药产业化示范园区项目", "project", "land_area_mu", 208.67, "mu", "据了解,该项目占地208.67亩,建筑面积15.8万平方米", "2023年12月", opt=True),
  fact("高新区生物医药产业化示范园区项目", "project", "floor_area_m2", 1.58e5, "m2", "建筑面积15.8万平方米", "2023年12月", opt=True),
 ])

# ---------------------------------------------------------------- lr05 北海经济开发区考察组到上海 (滨州日报 2024)
BH = "北海经济开发区"
E1 = "在上海电气环保集团,考察组参观了该公司展厅,与上海电气环保集团总裁顾赞等人就上海电气研砼(木垒)建筑科技有限公司滨州旗舰工厂及总部基地项目进行了充分沟通和对接推进"
E2 = "双方就投资建设年产200套世界最高新能源风电塔筒项目达成一致意见,并进一步明确了项目选址和落地建设相关事宜"
E3 = "双方就推动远景北方叶片制造基地项目一季度开工达成共识,下一步共同在北海打造风电装备制造全产业链园区"
E4 = "在上海市滨州商会,考察组实地考察了上海市滨州商会会长王迅创办的锐嘉科投资控股有限公司旗下的梦智地·青浦新城数字创新港产业园区"
G["lr05"] = dict(
 article=art("北海经济开发区考察组到上海市招商考察 为决战决胜2024奠定坚实产业基础", "滨州日报（滨州网；通讯员 房云陶），paper.bzrb.net 电子版第06版", "2024-02-02", "day",
  "City daily's e-paper, Shandong: a development zone's investment-promotion trip to Shanghai — two wind-power projects pushed forward with named firms (one to start in Q1), a visit to a Shanghai industrial park run by a chamber-of-commerce member",
  "http://paper.bzrb.net/bzrb/20240202/html/content_20240202006001.htm",
  "日期取网址 20240202（页面“发布日期:”后为空）；考察在1月23日至25日。标题两行以空格连写。版面导航已删。正文四段，存段末段以句号结束，其后是否还有内容不明。园区：北海经济开发区（滨州市，山东；文中又作“北海”）。梦智地·青浦新城数字创新港产业园区在上海（锐嘉科投资控股有限公司旗下），列可选园区。项目：上海电气研砼(木垒)建筑科技有限公司滨州旗舰工厂及总部基地项目（对接推进，选址与落地事宜已明确，文中未写地点；无状态）；年产200套世界最高新能源风电塔筒项目（“投资建设…达成一致意见”；无状态；是否与前者同一项目文中未说，可选）；远景北方叶片制造基地项目（“一季度开工达成共识”→planned）。三项目的园区由语境推定为北海经济开发区（考察组为北海招商；“在北海打造风电装备制造全产业链园区”），note 注明。“风电装备制造全产业链园区”“零碳园区”为设想，不列。",
  "lr05"),
 parks=[
  park(BH, "滨州", "山东", "经济开发区", "1月23日至25日,北海经济开发区考察组到上海市招商考察,并到上海市滨州商会走访慰问"),
  park("梦智地·青浦新城数字创新港产业园区", "上海", "上海", "产业园区", E4, district="青浦区", opt=True, note="锐嘉科投资控股有限公司旗下；不在滨州"),
 ],
 companies=[
  comp("上海电气环保集团", None, E1, opt=True, note="上海；对接方"),
  comp("上海电气研砼(木垒)建筑科技有限公司", None, E1, opt=True, note="只在项目名中"),
  comp("远景能源科技(上海)有限公司", None, "在远景能源科技(上海)有限公司,考察组与远景能源产业与资源事业部总经理司俊华等,就加快推进北方叶片制造基地项目和风电产业链上下游招商进行了沟通交流", note="上海；对接方"),
  comp("锐嘉科投资控股有限公司", None, E4, opt=True, note="上海市滨州商会会长创办"),
 ],
 institutions=[
  inst("上海市滨州商会", "1月23日至25日,北海经济开发区考察组到上海市招商考察,并到上海市滨州商会走访慰问", kind="association"),
 ],
 projects=[
  proj("上海电气研砼(木垒)建筑科技有限公司滨州旗舰工厂及总部基地项目", BH, E1, companies=["上海电气研砼(木垒)建筑科技有限公司"],
       note="对接推进；园区由语境推定（文中未写选址）"),
  proj("年产200套世界最高新能源风电塔筒项目", BH, E2, companies=["上海电气环保集团"], opt=True,
       note="双方就投资建设达成一致意见，选址已明确但文中未写；园区由语境推定"),
  proj("远景北方叶片制造基地项目", BH, E3, companies=["远景能源科技(上海)有限公司"], status="planned", status_text="一季度开工达成共识",
       note="计划2024年一季度开工；园区由语境推定（“在北海打造”）"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- lr06 东营港经济开发区 赴广东双招双引 (网易山东 2020)
DG = "东营港经济开发区"
F1 = "10月26日-28日,东营港经济开发区党工委书记、管委会主任杨同贤带队赴广东开展“双招双引”活动,先后到明阳智慧能源集团股份公司,中山瑞科新能源有限公司、中国铁建港航局集团有限公司、中国燃气控股有限公司进行考察洽谈,推进合作项目进展,取得可喜成效"
F2 = "栾晶介绍,明阳智慧能源集团股份公司成立于2006年,是全球顶级的风机制造商和清洁能源整体解决方案提供商"
G["lr06"] = dict(
 article=art("（无标题）东营港经济开发区赴广东开展“双招双引”活动", "网易山东（sd.news.163.com；存段无署名，原发媒体未注明）", "2020-11-03", "day",
  "Regional portal channel, Shandong: a port development zone's investment-promotion trip to Guangdong — four firms visited, a wind-turbine maker's profile and its interest in cooperation (offshore wind, hydrogen, equipment park)",
  "https://sd.news.163.com/20/1103/15/FQH5RGBP043798HD.html",
  "日期取网址 20/1103；活动在10月26日至28日。存段无标题（title 为编者概括）。末段“在中山瑞科新能源有限公司,…并就光伏项目下一步发展进行了深”在句中中断，整段删去；正文截至“…促进共同发展。”，共两段。园区：东营港经济开发区（东营市，山东；文中又作“港区”）。公司：明阳智慧能源集团股份公司（文中又作“明阳集团”“明阳公司”“明阳”）、中山瑞科新能源有限公司、中国铁建港航局集团有限公司、中国燃气控股有限公司均在广东等地，非园区企业（park null）；睿港招商服务有限公司为陪同单位（可选）。无具体项目名称、无投资额；“风电设备制造产业园”是明阳希望的合作方向，不列园区。事实：明阳“建成并投运遍布全国的200多个风力发电场项目”（公司事实，余，可选）。",
  "lr06"),
 parks=[
  park(DG, "东营", "山东", "经济开发区", F1, note="文中又作“港区”"),
 ],
 companies=[
  comp("明阳智慧能源集团股份公司", None, F1, aliases=["明阳集团", "明阳公司"], note="广东中山；考察洽谈对象"),
  comp("中山瑞科新能源有限公司", None, F1, note="考察洽谈对象"),
  comp("中国铁建港航局集团有限公司", None, F1, note="考察洽谈对象"),
  comp("中国燃气控股有限公司", None, F1, note="考察洽谈对象"),
  comp("睿港招商服务有限公司", None, "管委会副主任许宏图,睿港招商服务有限公司、经济发展局负责同志陪同参加活动", opt=True, note="陪同单位"),
 ],
 projects=[],
 aggregate_facts=[
  fact("明阳智慧能源集团股份公司", "company", "wind_farms_built", 200, "count", "建成并投运遍布全国的200多个风力发电场项目", "2020年10月", qual="余", qtext="多", opt=True),
  fact("明阳智慧能源集团股份公司", "company", "founded_year", 2006, "year", F2, "2020年10月", opt=True),
 ])

# ---------------------------------------------------------------- lr07 东营港经济开发区 化工园区30强第六 (选择山东 2023)
G1 = "中国石油和化学工业联合会正式发布了2023高质量发展化工园区30强榜单,东营港经济开发区化工园区位居全国第六,较去年上升一个位次,获历史最好成绩"
G2 = "自2013年榜单发布以来,东营港经济开发区连续十年参加中国石油和化学工业联合会举办的化工园区评比,连续七年进入全国化工园区前十强,始终位列全国化工园区第一方阵"
G["lr07"] = dict(
 article=art("全国第六!东营港经济开发区连续10年入选中国化工园区30强", "选择山东（m.selectshandong.com，城市要览·东营·城市资讯；原发来源存段未注明）", "2023-10-31", "day",
  "Provincial investment-promotion portal, Shandong: a port development zone's chemical park ranked sixth in a national ranking — ranks in single indicators, years in the top ten, the issuing association",
  "https://m.selectshandong.com/enwebsite/article/index/id/26732/cid/918.html",
  "日期取页面“2023-10-31 10:10”。标题照录；“Mobile browsing”与栏目路径已删。末段“下一步,东营港经济开发区将聚焦…着力打造“园”在引号中中断，整段删去（其中“亿吨大港、三千亿工业产值”为“十四五”目标，因删去不计）；正文截至“…具有权威性。”，共三段。园区：东营港经济开发区（东营市，山东）；其“化工园区”（东营港经济开发区化工园区）列可选子园区。机构：中国石油和化学工业联合会（榜单发布方），其化工园区工作委员会（可选）。事实：2023高质量发展化工园区30强第六（较去年上升一位）；单位面积产值单项第二、投资强度前五（可选）；连续七年前十（可选）。标题“连续10年入选”与正文“连续十年参加…评比”措辞不同，照录。",
  "lr07"),
 parks=[
  park("东营港经济开发区", "东营", "山东", "经济开发区", G1),
  park("东营港经济开发区化工园区", "东营", "山东", "化工园区", G1, parent="东营港经济开发区", opt=True, note="文中以此名参加排名"),
 ],
 companies=[],
 institutions=[
  inst("中国石油和化学工业联合会", G1, kind="association", opt=False, note="榜单发布方"),
  inst("中国石油和化学工业联合会化工园区工作委员会", "据悉,中国石油和化学工业联合会化工园区工作委员会作为国内唯一一家全面分析、指导化工园区发展的专业性行业机构", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact("东营港经济开发区", "park", "chemical_park_national_rank", 6, "rank", G1, "2023年（2023高质量发展化工园区30强）"),
  fact("东营港经济开发区", "park", "output_per_area_rank", 2, "rank", "其中在单项指标排名中,园区单位面积产值位列全国第二;投资强度跻身全国前五", "2023年", opt=True),
  fact("东营港经济开发区", "park", "consecutive_years_top10", 7, "years", G2, "2023年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lr08 德州招商引资项目5月份集中开工暨签约 (齐鲁晚报 2021)
H1 = "上午10时,集中开工仪式在禹城市鲁粮功能食品馅料项目开工现场举行,总投资约122亿元的27个项目集中开工"
H2 = "11时,集中签约仪式在山东鲜之源生物科技有限公司年产3500吨果蔬保鲜剂项目现场举行,总投资约43亿元的10个项目集中签约"
H3 = "据悉,今年以来,禹城市已招引项目27个,总投资83.72亿元,到位资金6.2亿元,居德州市前列"
AS8 = "2021年5月26日（集中开工/签约）"
G["lr08"] = dict(
 article=art("德州招商引资项目 5月份集中开工暨签约仪式举行", "齐鲁晚报（记者 徐良），载于 m.yybnet.net（齐鲁壹点·德州·禹城）", "2021-05-28", "day",
  "Provincial evening paper via its regional site, Shandong: a city's monthly groundbreaking and signing ceremony held in a county-level city — counts and totals of projects started and signed, the two host project sites, the host city's year-to-date attraction figures",
  "http://m.yybnet.net/dezhou/yucheng/202105/11452728.html",
  "日期取页面“齐鲁晚报 2021-05-28 05:12”；仪式在5月26日。标题照录；“大字”与日期行、页末“新闻推荐”等已删。正文四段，完整。无园区：项目所在为禹城市（县级市，非园区），项目 park 为 null。项目：禹城市鲁粮功能食品馅料项目（开工现场、为其开工奠基→开工）；山东鲜之源生物科技有限公司年产3500吨果蔬保鲜剂项目（签约仪式在其现场举行，项目本身状态文中未说→无状态）。事实：德州全市本次27个项目集中开工、总投资约122亿元；10个项目集中签约、总投资约43亿元（另一处写42.95亿元，列可选）；禹城市今年以来招引项目27个、总投资83.72亿元、到位资金6.2亿元（cumulative）。",
  "lr08"),
 parks=[],
 companies=[
  comp("山东鲜之源生物科技有限公司", None, H2, note="禹城；园区未说"),
 ],
 projects=[
  proj("禹城市鲁粮功能食品馅料项目", None, H1, status="开工", status_text="开工奠基", note="禹城市；集中开工主会场"),
  proj("山东鲜之源生物科技有限公司年产3500吨果蔬保鲜剂项目", None, H2, companies=["山东鲜之源生物科技有限公司"], note="签约仪式会场；项目状态文中未说"),
 ],
 aggregate_facts=[
  fact("德州市", "region", "projects_started", 27, "count", H1, AS8),
  fact("德州市", "region", "projects_started_investment_cny", 1.22e10, "cny", "总投资约122亿元的27个项目集中开工", AS8, qual="约", qtext="约", chk=True),
  fact("德州市", "region", "projects_signed", 10, "count", H2, AS8),
  fact("德州市", "region", "signed_investment_cny", 4.3e9, "cny", "总投资约43亿元的10个项目集中签约", AS8, qual="约", qtext="约", chk=True),
  fact("德州市", "region", "signed_investment_cny", 4.295e9, "cny", "集中签约的10个项目总投资42.95亿元,均为高新技术项目", AS8, opt=True, chk=True, note="同一批签约项目的精确数"),
  fact("禹城市", "region", "projects_attracted", 27, "count", H3, "2021年1月至5月26日", kind="cumulative"),
  fact("禹城市", "region", "attracted_investment_cny", 8.372e9, "cny", "总投资83.72亿元,到位资金6.2亿元", "2021年1月至5月26日", kind="cumulative", chk=True),
  fact("禹城市", "region", "funds_in_place_cny", 6.2e8, "cny", "到位资金6.2亿元,居德州市前列", "2021年1月至5月26日", kind="cumulative", chk=True),
 ])
