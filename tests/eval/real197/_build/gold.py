# real197 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny
# facts (first amount of the evidence); US dollars in *_usd facts. Growth rates and shares as ratios (增长3.7倍 → 3.7).
# Projects: the park is the one the text places the project in, null if none (a district or 滨海新区 is not a park). Status
# from the text's words (开工 / 启动建设 → 开工; 施工中 / 装修调试 → 在建; 已投入使用 → 竣工; 落地 alone → no status).
# Year-to-date or since-founding totals are cumulative; “年度投资” plans are target.

# ---------------------------------------------------------------- un01 科技日报 2022-11-28 润生二期 (北京经开区)
BDA = "北京市经济技术开发区"
A1 = "28日,位于北京市亦庄经济开发区的润生二期城市更新产业升级项目,全面进入地上主体结构施工阶段,建设全面加快"
A2 = "是北京市经济技术开发区扩区后批复的第一个民营企业项目"
A3 = "润生二期城市更新产业升级项目总建筑面积6.5万平方米"
G["un01"] = dict(
 article=art("北京经开区扩区后首个民企项目建设加快", "科技日报（记者 矫阳），载于 stdaily.com（中国科技网）", "2022-11-28", "day",
  "National science daily's website, Beijing: one private-firm project in the Beijing economic-technological development zone under construction — its stage, floor area, future tenants, the contractor",
  "http://www.stdaily.com/index/kejixinwen/202211/def1d33ef20f45fb91107434dd24c40b.shtml",
  "日期取页面“2022-11-28 12:34:42 来源: 科技日报 作者: 矫阳”（文中“28日”同日）。标题照录；时间来源行、“科技日报记者 矫阳”署名行与“责任编辑: 李梦一”已删。正文三段，完整。园区：同一园区文中四种写法——标题“北京经开区”、“北京市亦庄经济开发区”、“北京市经济技术开发区”、“北京经济开发区管委会”；name 取“北京市经济技术开发区”，其余为别名。“亦庄新城”“高端智能制造聚集区”不列园区。项目：润生二期城市更新产业升级项目——全面进入地上主体结构施工阶段→在建；北京市重点项目；无金额。中建一局东南公司为施工方（可选公司，园区 null）。",
  "un01"),
 parks=[
  park(BDA, "北京", "北京", "经济技术开发区", A2, aliases=["北京经开区", "北京市亦庄经济开发区", "北京经济开发区"],
       note="标题“北京经开区”；文中又作“北京市亦庄经济开发区”“北京经济开发区管委会”"),
 ],
 companies=[
  comp("中建一局东南公司", None, "据中建一局东南公司项目执行经理佀闯介绍", opt=True, note="施工方，非园区企业"),
 ],
 institutions=[
  inst("北京经济开发区管委会", "就备受北京经济开发区管委会和地方政府的重视", park=BDA),
 ],
 projects=[
  proj("润生二期城市更新产业升级项目", BDA, A1, status="在建", status_text="全面进入地上主体结构施工阶段", phase="二期",
       note="北京市重点项目；经开区扩区后批复的第一个民营企业项目；无金额"),
 ],
 aggregate_facts=[
  fact("润生二期城市更新产业升级项目", "project", "floor_area_m2", 65000, "m2", A3, "2022年11月（规划）", opt=True),
 ])

# ---------------------------------------------------------------- un02 天津经开区 京津冀协同 (teda.gov.cn 2023-02-27)
TEDA = "天津经开区"
B0 = "自2014年2月至今,天津经开区共落地京津冀协同项目超过2102个,累计吸引投资超6514亿元,注册资本金超3101亿元"
B1 = "中国石化、中铁股份、华电集团、中化集团、国家管网集团等央企纷纷落子天津经开区,投资项目超70个"
BS = "2014年2月至2023年2月（累计）"
G["un02"] = dict(
 article=art("吸引投资超6514亿元 天津经开区全力推动京津冀协同发展走深走实", "天津经开区—泰达（管委会网站 teda.gov.cn，新闻发布会专题）", "2023-02-27", "day",
  "A zone administration's own website, Tianjin: press-conference release on the Beijing–Tianjin–Hebei projects the zone has landed since 2014 — counts, investment and registered capital by origin, central SOEs investing",
  "https://teda.gov.cn/contents/584/37979.html",
  "日期取页面“发布日期:2023-02-27 09:01 来源:天津经开区—泰达”。标题照录；“无障碍浏览”“退出长者模式”、专题名、面包屑、日期行与“分享到:”已删。存段止于“在央企龙头项”（句中断开），已截至上一句“…科技服务等板块。”；正文含两行小标题，共六段。园区：天津经开区（天津经济技术开发区，滨海新区；文中只作“天津经开区”）。事实：2014年2月至今的累计数（cumulative），总数与北京、河北分项；分项及占比列可选。公司：五家央企“纷纷落子天津经开区”，园区记天津经开区。",
  "un02"),
 parks=[
  park(TEDA, "天津", "天津", "经济技术开发区", B0, district="滨海新区", note="天津经济技术开发区（泰达）；文中只作简称"),
 ],
 companies=[
  comp("中国石化", TEDA, B1, note="央企，“落子天津经开区”"),
  comp("中铁股份", TEDA, B1, note="同上"),
  comp("华电集团", TEDA, B1, note="同上"),
  comp("中化集团", TEDA, B1, note="同上"),
  comp("国家管网集团", TEDA, B1, note="同上"),
 ],
 aggregate_facts=[
  fact(TEDA, "park", "jjj_projects_landed", 2102, "count", "天津经开区共落地京津冀协同项目超过2102个", BS, kind="cumulative", qual="超", qtext="超过"),
  fact(TEDA, "park", "attracted_investment_cny", 6.514e11, "cny", "累计吸引投资超6514亿元,注册资本金超3101亿元", BS, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(TEDA, "park", "registered_capital_cny", 3.101e11, "cny", "注册资本金超3101亿元", BS, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(TEDA, "park", "projects_from_beijing", 1792, "count", "北京市项目1792个,累计吸引投资6324亿元,注册资本金2946亿元", BS, kind="cumulative", opt=True),
  fact(TEDA, "park", "investment_from_beijing_cny", 6.324e11, "cny", "累计吸引投资6324亿元,注册资本金2946亿元", BS, kind="cumulative", opt=True, chk=True),
  fact(TEDA, "park", "registered_capital_from_beijing_cny", 2.946e11, "cny", "注册资本金2946亿元", BS, kind="cumulative", opt=True, chk=True),
  fact(TEDA, "park", "projects_from_hebei", 310, "count", "河北省项目310个,累计吸引投资190亿元,注册资本金155亿元", BS, kind="cumulative", opt=True),
  fact(TEDA, "park", "investment_from_hebei_cny", 1.9e10, "cny", "累计吸引投资190亿元,注册资本金155亿元", BS, kind="cumulative", opt=True, chk=True),
  fact(TEDA, "park", "registered_capital_from_hebei_cny", 1.55e10, "cny", "注册资本金155亿元", BS, kind="cumulative", opt=True, chk=True),
  fact(TEDA, "park", "share_projects_over_1bn", 0.8, "ratio", "投资10亿元以上大项目占比超八成", BS, kind="ratio", qual="超", qtext="超", opt=True),
  fact(TEDA, "park", "jjj_key_projects", 1000, "count", "京津冀协同重点项目超1000个", BS, kind="cumulative", qual="超", qtext="超", opt=True),
  fact(TEDA, "park", "central_soe_projects", 70, "count", B1, BS, kind="cumulative", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- un03 经济日报·中国经济网 2018 天津开发区 (via twsp.net)
TJ = "天津开发区"
C0 = "34年间,天津开发区已引进79个国家和地区的外资项目近5800个,累计投资总额超过1350亿美元"
C1 = "今年1月份至5月份,天津开发区高技术产业投资占到工业总投资的33.7%,增长3.7倍;工业技改项目投资增长67.0%"
C2 = "而如今,投资187亿元的大众汽车自动变速器(天津)有限公司已经实现了天津制造,全球应用"
CS = "2018年1—5月"
G["un03"] = dict(
 article=art("开发开放助力跨国企业集聚天津", "经济日报·中国经济网（记者 武自然 商瑞），载于 twsp.net（转载站）", "2018", "year",
  "National economic daily relayed by an aggregator, Tianjin: a feature on the Tianjin economic-technological development zone's foreign investment — projects and investment since 1984, high-tech and renovation investment shares and growth, a carmaker's wholly-owned gearbox plant",
  "http://www.twsp.net/v/47190.html",
  "转载页无日期；“34年间”（天津开发区1984年设立）与“今年1月份至5月份”定为2018年（6月或稍后），precision year。标题照录（页面重复一次）；记者署名行与孤立的“|”已删；两行小标题“树立开放意识”“创造一流投资环境”保留为段。存段止于引语“‘到2020年,我们将生产最先进的APP310电动机,并且引入CEA”（中断），已截至“…全球应用。”。园区：天津开发区（天津经济技术开发区；文中只作“天津开发区”）。公司：大众汽车自动变速器(天津)有限公司（投资187亿元，已投产，园区天津开发区）；大众汽车公司（母公司，可选）。项目：该独资变速器厂以公司名列为可选项目（投资187亿元，投产）。事实：外资项目“近5800个”（约）、累计投资总额“超过1350亿美元”（美元，unit usd）；2018年1—5月高技术产业投资占工业总投资33.7%、增长3.7倍，技改投资增长67.0%。",
  "un03"),
 parks=[
  park(TJ, "天津", "天津", "经济技术开发区", C0, district="滨海新区", note="天津经济技术开发区；文中只作“天津开发区”"),
 ],
 companies=[
  comp("大众汽车自动变速器(天津)有限公司", TJ, C2),
  comp("大众汽车公司", None, "早在2012年,大众汽车公司提出希望在中国设立独资的变速器厂", opt=True, note="母公司"),
 ],
 institutions=[
  inst("天津开发区投资促进局", "天津开发区投资促进局局长梅志红深有体会", park=TJ),
 ],
 projects=[
  proj("大众汽车自动变速器(天津)有限公司", TJ, C2, companies=["大众汽车自动变速器(天津)有限公司"], inv="187亿元",
       status="投产", status_text="已经实现了天津制造", opt=True, note="2012年提出的独资变速器厂，以公司名出现"),
 ],
 aggregate_facts=[
  fact(TJ, "park", "foreign_invested_projects", 5800, "count", C0, "1984—2018年（累计）", kind="cumulative", qual="约", qtext="近"),
  fact(TJ, "park", "foreign_total_investment_usd", 1.35e11, "usd", "累计投资总额超过1350亿美元", "1984—2018年（累计）", kind="cumulative", qual="超", qtext="超过"),
  fact(TJ, "park", "high_tech_share_of_industrial_investment", 0.337, "ratio", C1, CS, kind="ratio"),
  fact(TJ, "park", "high_tech_investment_growth", 3.7, "ratio", "高技术产业投资占到工业总投资的33.7%,增长3.7倍", CS, kind="ratio"),
  fact(TJ, "park", "tech_renovation_investment_growth", 0.67, "ratio", "工业技改项目投资增长67.0%", CS, kind="ratio"),
 ])

# ---------------------------------------------------------------- un04 千龙网 2023-07-24 大兴生物医药产业基地
DX = "中关村科技园区大兴生物医药产业基地"
D0 = "据生物医药产业基地公司相关负责人介绍,中关村科技园区大兴生物医药产业基地经过20多年发展,产值超过千亿元"
D1 = "科兴中维、民海生物、沃森生物、德国费森尤斯卡比、中华老字号北京同仁堂等一批国内外龙头企业相继入驻"
D2 = "在大兴生物医药产业基地,入驻企业华科精准(北京)医疗科技有限公司(以下简称“华科精准”)市场部赵宇明如此介绍道"
G["un04"] = dict(
 article=art("（存段无标题）千龙网记者随北京投资促进宣传媒体行走进大兴区：医健产业基地已迈入千亿级园区", "千龙网（thinktank.qianlong.com）", "2023-07-24", "day",
  "Beijing municipal news portal: a press tour of 大兴区 — the district's three industry clusters, the Zhongguancun Daxing biomedicine base's output and anchor firms, one resident firm's surgical robot",
  "https://thinktank.qianlong.com/2023/0724/8076915.shtml",
  "存段无标题行，直接从正文起（title 为编者概括，不是原题）；日期取网址 2023/0724（文中“19日”为采访日，2023年7月19日）。小标题“医健产业基地已迈入千亿级园区”保留为段。存段末句“不仅如此,公司还拥有多款…应用于多家”中断，已截至“…向基层医疗机构下沉。”，共五段。园区：中关村科技园区大兴生物医药产业基地（北京大兴区；文中又作“大兴生物医药产业基地”，小标题作“医健产业基地”）。公司：五家“相继入驻”的龙头企业与入驻企业华科精准，园区均为该基地；“生物医药产业基地公司”为运营方（可选）。“三个千亿级产业集群”为大兴区规划，不列事实。",
  "un04", title_note="存段无标题"),
 parks=[
  park(DX, "北京", "北京", "产业基地", D0, district="大兴区", aliases=["大兴生物医药产业基地"], note="小标题作“医健产业基地”"),
 ],
 companies=[
  comp("科兴中维", DX, D1),
  comp("民海生物", DX, D1),
  comp("沃森生物", DX, D1),
  comp("费森尤斯卡比", DX, D1, note="文作“德国费森尤斯卡比”"),
  comp("北京同仁堂", DX, D1, note="文作“中华老字号北京同仁堂”"),
  comp("华科精准(北京)医疗科技有限公司", DX, D2, aliases=["华科精准"]),
  comp("生物医药产业基地公司", DX, D0, opt=True, note="基地运营公司（泛称）"),
 ],
 institutions=[
  inst("北京市投促中心", "千龙网记者跟随北京市投促中心组织的“北京投资促进宣传媒体行”系列活动走进大兴区"),
  inst("北京市大兴区投促中心", "北京市大兴区投促中心党组书记、主任何丽在活动中表示"),
 ],
 aggregate_facts=[
  fact(DX, "park", "output_value_cny", 1e11, "cny", D0, "2023年（建园20多年后）", qual="超", qtext="超过"),
 ])

# ---------------------------------------------------------------- un05 京津中关村科技城建设一派繁忙 (whly.tj.gov.cn 2024-03)
ZGC = "京津中关村科技城"
E0 = "德力西、三一重能等21个重点招商项目落地位于宝坻区的京津中关村科技城"
E1 = "目前,科技城内8个新项目,11个复工项目将陆续开工建设"
E2 = "去年新增市场主体500家,实体企业100家,总产值和税收分别同比增长24.8%和129.2%"
G["un05"] = dict(
 article=art("京津中关村科技城建设一派繁忙", "天津市文化和旅游局网站 whly.tj.gov.cn（专题“两会连线”）", "2024-03-05", "day",
  "Municipal government website's special-topic page, Tianjin: a science-city park in 宝坻区 — 21 key projects landed (two named), new and resuming projects, the park's previous-year growth in entities, firms, output and tax",
  "https://whly.tj.gov.cn/ZTZL719/yhyshj/202403/t20240305_6552278.html",
  "日期取网址 202403/t20240305（页面存段无日期行）。栏目字“两会连线”与“分享到:”已删；标题照录。正文四段，完整。园区：京津中关村科技城（天津宝坻区；文中又作“科技城”）。“德力西、三一重能等21个重点招商项目落地”：两家以企业名出现，列为公司（园区京津中关村科技城），并以企业名列可选项目（落地→无状态）。事实：21个项目落地（2024年初）；8个新项目、11个复工项目将开工（可选）；“去年”（2023年）新增市场主体500家、实体企业100家，总产值、税收同比增长24.8%、129.2%。",
  "un05"),
 parks=[
  park(ZGC, "天津", "天津", "科技城", E0, district="宝坻区", note="文中又作“科技城”"),
 ],
 companies=[
  comp("德力西", ZGC, E0, note="以企业名作项目名"),
  comp("三一重能", ZGC, E0, note="以企业名作项目名"),
 ],
 institutions=[
  inst("京津中关村科技城党工委", "京津中关村科技城党工委副书记杜庆说", park=ZGC),
 ],
 projects=[
  proj("德力西", ZGC, E0, companies=["德力西"], opt=True, note="重点招商项目落地（以企业名出现）"),
  proj("三一重能", ZGC, E0, companies=["三一重能"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(ZGC, "park", "projects_landed", 21, "count", E0, "2024年初"),
  fact(ZGC, "park", "new_projects_to_start", 8, "count", E1, "2024年（计划）", kind="target", opt=True),
  fact(ZGC, "park", "resumed_projects_to_start", 11, "count", E1, "2024年（计划）", kind="target", opt=True),
  fact(ZGC, "park", "new_market_entities", 500, "count", E2, "2023年"),
  fact(ZGC, "park", "new_operating_enterprises", 100, "count", E2, "2023年"),
  fact(ZGC, "park", "output_value_yoy_growth", 0.248, "ratio", E2, "2023年", kind="ratio"),
  fact(ZGC, "park", "tax_revenue_yoy_growth", 1.292, "ratio", E2, "2023年", kind="ratio"),
 ])

# ---------------------------------------------------------------- un06 天津在线 2019-04-26 宝坻 京津中关村科技城
BD = "宝坻经济开发区"
F0 = "京津中关村科技城位于宝坻经济开发区,毗邻京哈高速公路"
F1 = "项目一期地块,协同发展中心的主体建筑已经矗立起来,市政道路正在铺设"
F2 = "天津宝坻综合检验检测服务平台暨国家节能环保计量仪器仪表质量监督检验中心(天津)项目施工现场,工人们正马不停蹄地进行内部装修和设备调试"
F3 = "“京津中关村科技城秉承‘中等城市’的建设标准,打造一个产城融合的示范区,建成后相当于一个中等城市。”天津京津中关村科技城发展有限公司副总经理张超一边指着沙盘,一边向记者描绘科技城"
G["un06"] = dict(
 article=art("宝坻区争当京津冀协同发展先行区:一座科技新城破土而出", "天津在线（news.72177.com，栏目“壮丽70年 奋斗新时代”）", "2019-04-26", "day",
  "Tianjin city news portal, feature: reporter's visit to a Zhongguancun-branded science city inside a county-level development zone — buildings under construction, a testing-centre project fitting out, the exhibition centre in use, the developer company",
  "http://news.72177.com/2019/0426/4467296.shtml",
  "日期取网址 2019/0426（文中“飞花四月”）。站名“天津在线”、面包屑、栏目字“壮丽70年 奋斗新时代”已删；标题照录。导语、两段引子、“(一)”与三段正文保留（“(一)”为原文序号行）；存段末段“…‘2017年3月,这一片还是荒地。组织人员开荒破土,进行基础设施建设招投标,是公司上半年主要干的”在引语中中断，整段删去，正文截至“…向记者描绘科技城。”。园区：京津中关村科技城（母园区宝坻经济开发区，文中明说“位于宝坻经济开发区”）；宝坻经济开发区。项目：协同发展中心（主体建筑已矗立→在建）；天津宝坻综合检验检测服务平台暨国家节能环保计量仪器仪表质量监督检验中心(天津)项目（内部装修和设备调试→在建）；展示中心（已经投入使用→竣工，可选）。公司：天津京津中关村科技城发展有限公司（开发运营方）。",
  "un06"),
 parks=[
  park(ZGC, "天津", "天津", "科技城", F0, district="宝坻区", parent=BD, note="文中又作“科技城”；自称中关村“新地址”"),
  park(BD, "天津", "天津", "经济开发区", F0, district="宝坻区"),
 ],
 companies=[
  comp("天津京津中关村科技城发展有限公司", ZGC, F3, note="科技城开发运营公司"),
 ],
 projects=[
  proj("协同发展中心", ZGC, F1, status="在建", status_text="主体建筑已经矗立起来", phase="一期", note="项目一期地块"),
  proj("天津宝坻综合检验检测服务平台暨国家节能环保计量仪器仪表质量监督检验中心(天津)项目", ZGC, F2, status="在建",
       status_text="进行内部装修和设备调试"),
  proj("展示中心", ZGC, "面积3000平方米的展示中心已经投入使用", status="竣工", status_text="已经投入使用", opt=True,
       note="科技城展示中心"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- un07 滨海新区承接北京项目 2021 Q1 (xunjk.com)
BH = "滨海新区"
ZB = "滨海—中关村科技园"
H0 = "“截至3月底,已承接引进北京项目301个(服务业200万以上、工业2000万以上),超额完成既定目标20%以上,协议投资额超过641亿元。”"
H1 = "截至3月底,承接引进央企二三级公司和项目28个,投资额达171亿元"
H2 = "滨海—中关村科技园新设企业209个、注册资金72.8亿元"
H3 = "截至3月底,新开工北京项目11个,投资额96.2亿元"
H4 = "启动建设金山云(天津)逸仙园云计算数据中心园区项目、天津中电创新园项目、京津冀协同发展新动能引育创新台项目、中铁六院集团总部基地建设工程项目、中海油服实验室建设改造项目、新型锂离子电池材料研发工程中心改造项目、电建基地、国家级风电叶片检测研发基地一期、卫星互联网系统整星生产线等开工建设"
H5 = "国家网络安全产业园、中国电子(天津生态城)智慧科技产业园等一批项目"
HS = "截至2021年3月底"
G["un07"] = dict(
 article=art("天津滨海新区已承接引进北京项目301个 协议投资额超641亿元", "xunjk.com（资讯聚合站，栏目“项目”）", "2021-04-28", "day",
  "News aggregator, Tianjin: a new area's first-quarter press conference on Beijing projects taken over — counts and agreed investment, central-SOE subsidiaries, a Zhongguancun-branded park's new firms and capital, nine named Beijing projects started",
  "http://www.xunjk.com/xiangmu/2021/0428/145984.html",
  "日期取网址 2021/0428（新闻发布会为4月27日，年份由网址得出）。面包屑已删；标题照录。存段末句“深化与南”中断，已截至“…新增13家企业重点实验室。”，共四段。滨海新区为国家级新区，不作园区（事实 subject_type region）。园区：滨海—中关村科技园（新设企业与注册资金）；“天津生态城”只在项目名括注中出现，列可选园区。项目：九个“启动建设…开工建设”的项目→开工，园区 null（文中只说在新区）；“国家网络安全产业园、中国电子(天津生态城)智慧科技产业园等一批项目”句子缺谓语，无状态，列可选。先进操作系统创新中心(天津)有限公司获批（可选公司，园区 null）。",
  "un07"),
 parks=[
  park(ZB, "天津", "天津", "科技园", H2, district="滨海新区"),
  park("天津生态城", "天津", "天津", "生态城", H5, district="滨海新区", opt=True, note="只在项目名括注中；即中新天津生态城"),
 ],
 companies=[
  comp("先进操作系统创新中心(天津)有限公司", None, "先进操作系统创新中心(天津)有限公司获批", opt=True),
 ],
 projects=[
  proj("金山云(天津)逸仙园云计算数据中心园区项目", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("天津中电创新园项目", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("京津冀协同发展新动能引育创新台项目", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("中铁六院集团总部基地建设工程项目", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("中海油服实验室建设改造项目", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("新型锂离子电池材料研发工程中心改造项目", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("电建基地", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("国家级风电叶片检测研发基地一期", None, H4, status="开工", status_text="启动建设…开工建设", phase="一期"),
  proj("卫星互联网系统整星生产线", None, H4, status="开工", status_text="启动建设…开工建设"),
  proj("国家网络安全产业园", None, H5, opt=True, note="句子缺谓语，状态不明"),
  proj("中国电子(天津生态城)智慧科技产业园", "天津生态城", H5, opt=True, note="句子缺谓语，状态不明；括注天津生态城"),
 ],
 aggregate_facts=[
  fact(BH, "region", "projects_from_beijing", 301, "count", H0, HS, kind="cumulative"),
  fact(BH, "region", "signed_investment_cny", 6.41e10, "cny", "协议投资额超过641亿元", HS, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(BH, "region", "central_soe_units_introduced", 28, "count", H1, HS, kind="cumulative"),
  fact(BH, "region", "central_soe_investment_cny", 1.71e10, "cny", "投资额达171亿元", HS, kind="cumulative", chk=True),
  fact(ZB, "park", "new_enterprises", 209, "count", H2, "2021年第一季度", kind="cumulative"),
  fact(ZB, "park", "new_registered_capital_cny", 7.28e9, "cny", "注册资金72.8亿元", "2021年第一季度", kind="cumulative", chk=True),
  fact(BH, "region", "projects_started", 11, "count", H3, HS, kind="cumulative"),
  fact(BH, "region", "projects_started_investment_cny", 9.62e9, "cny", "投资额96.2亿元", HS, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- un08 京津产业新城暨武清区重点项目集中开复工 (2025-02-06)
JJ = "京津产业新城"
K0 = "金融商务街区项目位于京津产业新城科创先导区,由天津优创投投资有限公司与武清京津产业新城有限公司合作建设,项目总占地面积47.4亩、总建筑面积约7万平方米,其中一期总投资约2.4亿元,预计2026年底建成投入使用"
K1 = "相隔不远的诺瑞华精准医疗科技产业园项目也迎来开工"
G["un08"] = dict(
 article=art("（存段无标题）“金蛇起舞·雍抱未来”——京津产业新城暨武清区重点项目集中开复工活动举行", "武清区官方新媒体稿（网易号），载于 zhenguoke.com 镜像", "2025-02-06", "day",
  "WeChat-style district release mirrored by an aggregator, Tianjin: a district's Spring-Festival groundbreaking at an industrial new town — one project with site, floor area, phase-1 investment and completion date, a precision-medicine park started, the district's key-project totals",
  "https://zhenguoke.com/read/-dy-article-JNQFPD9O0514W7VO.html",
  "存段无标题行（页面标题未存），从“春光作序,实干为先”起；title 取文中活动名行。日期取文中“2025年2月6日 乙巳蛇年正月初九”。原文为公众号短行排版，每行一段，照录不并行。存段末行“京清汽车产业园京津冀智能网联新能源汽车科技生态港项目、武清开发区艾默生”中断，整行删去，正文截至“年度投资已突破288亿元!”。园区：京津产业新城（武清区）；科创先导区（京津产业新城内片区，可选）。项目：金融商务街区项目——主会场开工（开工），一期总投资约2.4亿元（金额只属一期，note 注明），2026年底建成；诺瑞华精准医疗科技产业园项目——“迎来开工”（开工），文中只说与前者“相隔不远”，园区 null。公司：天津优创投投资有限公司、武清京津产业新城有限公司（合作建设方，园区京津产业新城）。事实：武清区2025年重点建设项目245个、总投资突破2000亿元、年度投资突破288亿元（region；年度投资为计划，target）。",
  "un08", title_note="存段无标题"),
 parks=[
  park(JJ, "天津", "天津", "产业新城", K0, district="武清区"),
  park("科创先导区", "天津", "天津", "片区", K0, district="武清区", parent=JJ, opt=True, note="京津产业新城内片区"),
 ],
 companies=[
  comp("天津优创投投资有限公司", JJ, K0, note="金融商务街区项目合作建设方"),
  comp("武清京津产业新城有限公司", JJ, K0, note="同上"),
 ],
 projects=[
  proj("金融商务街区项目", JJ, K0, companies=["天津优创投投资有限公司", "武清京津产业新城有限公司"], inv="2.4亿元", qual="约",
       qual_text="约", status="开工", status_text="集中开复工活动主会场", note="金额为一期总投资；预计2026年底建成投入使用"),
  proj("诺瑞华精准医疗科技产业园项目", None, K1, status="开工", status_text="迎来开工", note="与金融商务街区项目“相隔不远”，园区未明说"),
 ],
 aggregate_facts=[
  fact("武清区", "region", "key_projects", 245, "count", "全区共有重点建设项目245", "2025年"),
  fact("武清区", "region", "key_projects_total_investment_cny", 2e11, "cny", "总投资已突破2000亿元!", "2025年", qual="超", qtext="突破", chk=True),
  fact("武清区", "region", "planned_annual_investment_cny", 2.88e10, "cny", "年度投资已突破288亿元!", "2025年（计划）", kind="target", qual="超", qtext="突破", chk=True),
 ])
