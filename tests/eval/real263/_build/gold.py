# real263 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text
# (a canonical name where the page inserts link spaces, rb08); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); 意向投资额 / 协议投资额 are agreed (not invested) sums, kept as *_cny facts with the word in the metric.
# Projects: the park the text places the project in, null if none (a district or county is a region, not a park). Status
# from the text's words (签约 / 签约落地 / 参与签约 → 签约; 开工 / 全面开工 / 开工奠基 → 开工; 竣工投产 → 投产; 机电设备安装
# 阶段 → 在建; 落户 / 接踵而至 alone → no status). Counts since a start date (“累计”, “挂牌以来”, “截至目前”, “今年以来”)
# are cumulative; shares are ratios. Sources are `search` (corpus pages) excerpts typed into _raw/pages/rbNN.raw as returned.

# ---------------------------------------------------------------- rb01 天津滨海新区搭建五大载体平台 (新华社 2019-07-29)
BH = "天津滨海新区"
ZGC = "滨海—中关村科技园"
NG = "南港工业区"
B0 = "累计引进来自北京的项目2344个,协议投资额5458亿元"
B1 = "京津两地共建滨海—中关村科技园,北京中关村派出精干团队驻扎在园区负责招商"
B2 = "滨海新区专门划出9万平方米载体,由中关村团队自主负责招商管理"
B3 = "挂牌一年多来,园区新增注册企业1147家,注册资本金约116.8亿元"
B4 = "中关村智造大街、人工智能实验室等优质项目接踵而至"
B5 = "来此落户的中沙新材料园、中石化长城润滑油基地、中电建集团新能源公司风力发电项目等北京大项目投资累计数百亿元"
B6 = "未来科技城强化与北京首创集团的对接合作,重点推进京津合作示范区各项规划工作,加快基础设施开发建设"
B7 = "中欧先进制造产业园、北方航空物流基地等载体平台也在加快建设中"
AS1 = "截至2019年7月"
G["rb01"] = dict(
 article=art("天津滨海新区搭建五大载体平台融入京津冀协同", "新华社（记者毛振华），载于 m.news.shi-fen.com", "2019-07-29", "day",
  "Wire story relayed by a news aggregator, Tianjin: a national new area's five platforms for taking in Beijing projects — cumulative Beijing projects and agreed investment, the co-built 滨海—中关村科技园's new firms and capital, projects landed in 南港工业区, other platforms under construction",
  "https://m.news.shi-fen.com/china/201907/50-415100.html",
  "日期：电头“新华社天津7月29日电”，页面“日期:07-29”，年份取网址路径 201907。标题照录；页面的“日期:07-29”、标签行“京津冀协同滨海新区”与重复标题的“原标题:…”行已删。存段末段（“为方便京津冀三地交流,交通体系对接步伐也在提速…海铁联运服务持续向京冀”）断在句中，整段删去；正文止于“…也在加快建设中。”，共六段。园区：天津滨海新区（国家级新区，兼行政区，列为可选园区）；五大载体平台中文中点名的滨海—中关村科技园、南港工业区、未来科技城、京津合作示范区、中欧先进制造产业园、北方航空物流基地（后者可选）。“园区新增注册企业1147家”的“园区”指滨海—中关村科技园（“挂牌一年多来”，cumulative）。项目：中关村智造大街、人工智能实验室（“接踵而至”，无状态；后者名称泛，可选）在滨海—中关村科技园；中沙新材料园、中石化长城润滑油基地、中电建集团新能源公司风力发电项目“来此落户”南港工业区（无状态；“投资累计数百亿元”为合计，不作单项金额）。“累计引进…2344个,协议投资额5458亿元”为滨海新区累计数。",
  "rb01"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", "天津滨海新区通过搭建五大载体平台", aliases=["滨海新区"], opt=True, note="国家级新区，兼行政区"),
  park(ZGC, "天津", "天津", "科技园", B1, district="滨海新区", parent=BH, note="京津共建"),
  park(NG, "天津", "天津", "工业区", "南港工业区已正式纳入我国《石化产业布局规划方案》", district="滨海新区", parent=BH),
  park("未来科技城", "天津", "天津", "科技城", B6, district="滨海新区", parent=BH),
  park("京津合作示范区", "天津", "天津", "合作示范区", B6, note="与北京首创集团对接推进；所在区文中未说"),
  park("中欧先进制造产业园", "天津", "天津", "产业园", B7, district="滨海新区", parent=BH),
  park("北方航空物流基地", "天津", "天津", "物流基地", B7, district="滨海新区", parent=BH, opt=True, note="“载体平台”，是否算园区可议"),
 ],
 companies=[
  comp("北京首创集团", None, B6, opt=True, note="未来科技城的对接合作方"),
  comp("中石化", NG, B5, opt=True, note="只在项目名中"),
  comp("中电建集团新能源公司", NG, B5, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("天津市政府", "记者从日前天津市政府举办的新闻发布会上获悉", note="发布会举办方"),
 ],
 projects=[
  proj("中关村智造大街", ZGC, B4, note="“优质项目接踵而至”，无状态"),
  proj("人工智能实验室", ZGC, B4, opt=True, note="名称泛指"),
  proj("中沙新材料园", NG, B5, note="“来此落户”的北京大项目；无单项金额"),
  proj("中石化长城润滑油基地", NG, B5, companies=["中石化"], note="同上"),
  proj("中电建集团新能源公司风力发电项目", NG, B5, companies=["中电建集团新能源公司"], note="同上"),
 ],
 aggregate_facts=[
  fact(BH, "park", "beijing_projects_introduced", 2344, "count", B0, AS1, kind="cumulative"),
  fact(BH, "park", "beijing_projects_agreed_investment_cny", 5.458e11, "cny", "协议投资额5458亿元", AS1, kind="cumulative", chk=True),
  fact(ZGC, "park", "new_registered_enterprises", 1147, "count", B3, "挂牌一年多来（至2019年7月）", kind="cumulative"),
  fact(ZGC, "park", "new_registered_capital_cny", 1.168e10, "cny", "注册资本金约116.8亿元", "挂牌一年多来（至2019年7月）", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(ZGC, "park", "carrier_floor_area_sqm", 90000, "sqm", B2, AS1, opt=True, note="滨海新区专门划出、由中关村团队招商的载体"),
 ],
)

# ---------------------------------------------------------------- rb02 滨海—中关村科技园 注册企业1241家 (新华社 2019-09-14)
TZ = "天津滨海-中关村科技园"
C0 = "截至目前,园区注册企业数量已达1241家,注册资金123.44亿元"
C1 = "天津滨海-中关村科技园坐落在天津滨海新区,由京津两市合作建设,2016年11月挂牌成立"
C2 = "致导创新(天津)科技有限公司总经理王子峰深有感触"
C3 = "相继设立或引入天津(滨海)人才离岸创新创业基地、中国(滨海新区)知识产权保护中心、中关村担保等"
AS2 = "截至2019年9月"
G["rb02"] = dict(
 article=art("注册企业1241家 京津合作在天津滨海—中关村科技园结硕果", "新华社（记者毛振华），载于 yanjintv.com（转载，页尾声明“本网站转载企业宣传资讯”）", "2019-09-14", "day",
  "Wire story relayed by a local TV site, Tianjin: the Beijing–Tianjin co-built 滨海—中关村科技园 — registered firms and capital, a drone firm that moved from 中关村, service platforms",
  "http://yanjintv.com/news/cj/137235.html",
  "电头“新华社天津9月14日电”；年份存段未给，按“2016年11月挂牌成立”与企业“入驻园区两年多来”推为2019年（同年7月新华社另稿称该园区新增注册企业1147家，见 rb01，相合）。标题取存段第二行；第一行“京津合作在天津滨海”为栏目式短题，已删；页尾“郑重声明:…”已删。正文六段，完整。园区：天津滨海-中关村科技园（标题作“天津滨海—中关村科技园”，列为别名），位于天津滨海新区（可选母园区）。企业：致导创新(天津)科技有限公司（文中又作“致导科技”；从北京中关村搬来）。注册企业数、注册资金为截至目前累计数。平台机构三项可选。",
  "rb02"),
 parks=[
  park(TZ, "天津", "天津", "科技园", C1, district="滨海新区", parent="天津滨海新区", aliases=["天津滨海—中关村科技园"], note="京津两市合作建设，2016年11月挂牌"),
  park("天津滨海新区", "天津", "天津", "国家级新区", C1, aliases=["滨海新区"], opt=True, note="所在新区，兼行政区"),
 ],
 companies=[
  comp("致导创新(天津)科技有限公司", TZ, C2, aliases=["致导科技"], note="第一批从北京中关村搬来的企业；无人机"),
  comp("科技园运营服务有限公司", TZ, "科技园运营服务有限公司总经理郑毅说", opt=True, note="园区运营方，名称不全"),
  comp("中关村担保", TZ, C3, opt=True, note="引入的服务机构"),
 ],
 institutions=[
  inst("天津(滨海)人才离岸创新创业基地", C3, kind="platform", park=TZ),
  inst("中国(滨海新区)知识产权保护中心", C3, kind="platform", park=TZ),
 ],
 projects=[],
 aggregate_facts=[
  fact(TZ, "park", "registered_enterprises", 1241, "count", C0, AS2, kind="cumulative"),
  fact(TZ, "park", "registered_capital_cny", 1.2344e10, "cny", "注册资金123.44亿元", AS2, kind="cumulative", chk=True),
  fact("致导创新(天津)科技有限公司", "company", "patents", 11, "count", "入驻园区两年多来已获得专利11项", AS2, kind="cumulative", opt=True),
 ],
)

# ---------------------------------------------------------------- rb03 曹妃甸 京冀协同发展示范区 (hsrb.com.cn 2021-10)
CFD = "京冀曹妃甸协同发展示范区"
D0 = "今年1至9月,曹妃甸区共引进京津科技成果转化项目11个,完成全年任务的110%"
D1 = "新签约亿元以上京津系列项目26个,综合排名全市第一"
D2 = "曹妃甸区累计实施亿元以上京津268个项目,总投资2917.2亿元"
D3 = "其中北京项目234个,总投资2838.14亿元"
D4 = "天津项目34个,总投资78.96亿元"
AS3a = "2021年1–9月"
AS3 = "2014年至2021年（10月）"
G["rb03"] = dict(
 article=art("（无标题）曹妃甸区依托京冀协同发展示范区承接京津项目：今年1至9月新签约亿元以上京津项目26个，2014年以来累计实施京津项目268个、总投资2917.2亿元",
  "hsrb.com.cn（原刊媒体与作者存段未署）", "2021-10-19", "day",
  "Local news site, Hebei: 曹妃甸区 and the Beijing–Hebei co-built demonstration zone — Jan–Sep Beijing/Tianjin projects signed and technology-transfer projects, cumulative Beijing and Tianjin projects implemented since 2014 with investment",
  "https://www.hsrb.com.cn/detail/163463963244514.html",
  "存段无标题、无日期行；日期由网址编号 163463963244514 的前13位作毫秒时间戳推得 2021-10-19（与文中“金秋时节”“今年1至9月”相合），属推断；原刊媒体未署。存段第三段（“曹妃甸是河北省为推进…为全力承接非首都功能疏解和产业转移提供了重要”）断在句中，整段删去；正文两段。园区：京冀曹妃甸协同发展示范区（文中又作“京冀协同发展示范区”“曹妃甸示范区”）。数字主体是“曹妃甸区”（区，事实 subject_type region）：1–9月引进京津科技成果转化项目11个（完成全年任务110%）、新签约亿元以上京津项目26个；2014年以来累计实施亿元以上京津项目268个、总投资2917.2亿元，其中北京234个/2838.14亿元，天津34个/78.96亿元（cumulative）。“各产业园区”泛称，不列。无具名项目或企业。",
  "rb03"),
 parks=[
  park(CFD, "唐山", "河北", "协同发展示范区", "京冀曹妃甸协同发展示范区高效运转", district="曹妃甸区",
       aliases=["京冀协同发展示范区", "曹妃甸示范区"], note="京唐两地共建"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("曹妃甸区", "region", "tech_transfer_projects_introduced", 11, "count", D0, AS3a, kind="cumulative", note="京津科技成果转化项目"),
  fact("曹妃甸区", "region", "annual_task_completion", 1.10, "ratio", D0, AS3a, kind="ratio", opt=True),
  fact("曹妃甸区", "region", "projects_signed", 26, "count", D1, AS3a, kind="cumulative", note="亿元以上京津系列项目"),
  fact("曹妃甸区", "region", "beijing_tianjin_projects_implemented", 268, "count", D2, AS3, kind="cumulative", note="亿元以上京津项目"),
  fact("曹妃甸区", "region", "beijing_tianjin_projects_investment_cny", 2.9172e11, "cny", "总投资2917.2亿元", AS3, kind="cumulative", chk=True),
  fact("曹妃甸区", "region", "beijing_projects_implemented", 234, "count", D3, AS3, kind="cumulative"),
  fact("曹妃甸区", "region", "beijing_projects_investment_cny", 2.83814e11, "cny", "总投资2838.14亿元", AS3, kind="cumulative", chk=True),
  fact("曹妃甸区", "region", "tianjin_projects_implemented", 34, "count", D4, AS3, kind="cumulative"),
  fact("曹妃甸区", "region", "tianjin_projects_investment_cny", 7.896e9, "cny", "总投资78.96亿元", AS3, kind="cumulative", chk=True),
 ],
)

# ---------------------------------------------------------------- rb04 河北曹妃甸累计实施京津项目超290个 (中新网河北 2022-06-13)
ZB = "曹妃甸装备制造园区"
E0 = "位于河北曹妃甸装备制造园区的北京巴威高端装备制造项目建设现场一派繁忙景象"
E1 = "北京巴威高端装备制造项目是曹妃甸承接北京产业转移和非首都功能疏解的示范项目之一,该项目投资约9.6亿元"
E2 = "目前该项目已经进入机电设备安装阶段,预计今年7月份竣工,10月份投产"
E3 = "一台直径6.6米的再制造盾构机DL509X1从中铁十六局曹妃甸重工机械公司厂区启程发运"
E4 = "“公司从北京搬迁到曹妃甸,不仅解决了在北京因场地不足带来的发展制约,而且随着京冀曹妃甸协同发展示范区高效有序建设"
G["rb04"] = dict(
 article=art("河北曹妃甸累计实施京津项目超290个", "中新网河北（王梦录、白云水），heb.chinanews.com.cn", "2022-06-13", "day",
  "Provincial channel of a national news agency, Hebei: 曹妃甸's Beijing/Tianjin projects — a Beijing firm's equipment plant in the equipment-manufacturing park (investment, installation stage, expected completion and production), a shield-machine maker relocated from Beijing",
  "https://www.heb.chinanews.com.cn/jjjjj/20220613424308.shtml",
  "日期取页面“时间:2022年06月13日 … 来源:中新网河北”。标题照录；“热线电话”行、时间来源行已删。页面在段间插入图片说明（各印两遍：“在中铁十六局…工人正在打磨盾构机。 季春天 摄”“再制造盾构机产品装车待出厂发运至广州 。 作者 季春天”等），作为图片说明删去；存段末尾的第三组图片说明（第二行断在“重工机”）在正文之后，删去。正文四段，止于“…武彬华表示。”。标题“累计实施京津项目超290个”只见于标题，正文存段未复述（列为事实，主体“曹妃甸”，region）。园区：曹妃甸装备制造园区；京冀曹妃甸协同发展示范区。项目：北京巴威高端装备制造项目——投资约9.6亿元，已进入机电设备安装阶段→在建，预计7月竣工、10月投产。企业：中铁十六局曹妃甸重工机械公司（从北京搬迁到曹妃甸；园区文中未点名，park 记 null）。",
  "rb04"),
 parks=[
  park(ZB, "唐山", "河北", "产业园区", E0, district="曹妃甸区"),
  park(CFD, "唐山", "河北", "协同发展示范区", E4, district="曹妃甸区", note="只在企业引语中"),
 ],
 companies=[
  comp("北京巴威", ZB, E0, opt=True, note="只在项目名中"),
  comp("中铁十六局曹妃甸重工机械公司", None, E3,
       note="从北京搬迁到曹妃甸；园区文中未点名（全称“…有限公司”只见于已删的图片说明）"),
 ],
 institutions=[],
 projects=[
  proj("北京巴威高端装备制造项目", ZB, E1, companies=["北京巴威"], inv="投资约9.6亿元", qual="约", qual_text="约",
       status="在建", status_text="已经进入机电设备安装阶段", planned_completion="2022-07", planned_production="2022-10",
       note="预计今年7月份竣工,10月份投产（见 “" + E2 + "”）"),
 ],
 aggregate_facts=[
  fact("曹妃甸", "region", "beijing_tianjin_projects_implemented", 290, "count", "河北曹妃甸累计实施京津项目超290个", "截至2022年6月",
       kind="cumulative", qual="超", qtext="超", note="只见于标题"),
 ],
)

# ---------------------------------------------------------------- rb05 北辰区融入京津冀协同发展 (北辰区政府网 2022-10)
F0 = "今年以来走访对接目标企业110家次,引进北京企业79家,落地重点项目14个,协议投资额92亿元"
F1 = "坤鼎智能制造产业园、中船重工707所产业基地等重大项目签约落地"
F2 = "华科泰一期、华电氢能等项目竣工投产"
F3 = "京东智能制造、SMC二期、精雕数控、中材节能区域总部等全面开工"
F4 = "推动北辰医院与北京大学医学部合作共建国家级创伤医学天津分中心和三个重点学科"
AS5 = "2022年1月至10月初"
G["rb05"] = dict(
 article=art("北辰区多措并举全方位融入京津冀协同发展大格局", "天津市北辰区人民政府网站（www.tjbc.gov.cn，政府信息公开栏；作者未署）", "2022-10-08", "day",
  "District government portal, Tianjin: a district's Beijing-related work — Beijing firms introduced, key projects landed and agreed investment; named projects signed, put into production and started; transport and public-service cooperation",
  "https://www.tjbc.gov.cn/zwgk/zfxxgk/xxgk_wbj/zjyq_xxgk_zfb/xxgk_fdzdgk_zfb/xxgk_qtfdgkxx_zfb/202210/t20221008_6003204.html",
  "存段无日期行；日期取网址 t20221008（与文中“预计2022年10月通车运营”相合）。标题照录；正文三段，完整。文中不点名任何园区：项目均记北辰区（区，park null）。项目：坤鼎智能制造产业园、中船重工707所产业基地——签约落地→签约；华科泰一期、华电氢能——竣工投产→投产；京东智能制造、SMC二期、精雕数控、中材节能区域总部——全面开工→开工。无单项金额。“今年以来…引进北京企业79家,落地重点项目14个,协议投资额92亿元”为区年内累计数（cumulative）。交通、学校、医院合作不作项目；北京大学医学部、北京协和医院列为可选机构。坤鼎智能制造产业园本身是园区型项目，可选列为园区。",
  "rb05"),
 parks=[
  park("坤鼎智能制造产业园", "天津", "天津", "产业园", F1, district="北辰区", opt=True, note="签约落地的园区型项目"),
 ],
 companies=[
  comp("中船重工707所", None, F1, kind="institute", opt=True, note="只在项目名中"),
  comp("华电氢能", None, F2, opt=True, note="项目名即企业名"),
  comp("京东", None, F3, opt=True, note="只在项目名中"),
  comp("SMC", None, F3, opt=True, note="只在项目名中"),
  comp("精雕数控", None, F3, opt=True, note="项目名即企业名"),
  comp("中材节能", None, F3, opt=True, note="区域总部项目"),
 ],
 institutions=[
  inst("北京大学医学部", F4, kind="university"),
  inst("北京协和医院", "启动北辰中医院与北京协和医院“大病再诊断”平台建设", kind="hospital"),
 ],
 projects=[
  proj("坤鼎智能制造产业园", None, F1, status="签约", status_text="签约落地", note="北辰区"),
  proj("中船重工707所产业基地", None, F1, companies=["中船重工707所"], status="签约", status_text="签约落地", note="北辰区"),
  proj("华科泰一期", None, F2, status="投产", status_text="竣工投产", phase="一期", note="北辰区"),
  proj("华电氢能", None, F2, companies=["华电氢能"], status="投产", status_text="竣工投产", note="北辰区；以企业名作项目名"),
  proj("京东智能制造", None, F3, companies=["京东"], status="开工", status_text="全面开工", note="北辰区"),
  proj("SMC二期", None, F3, companies=["SMC"], status="开工", status_text="全面开工", phase="二期", note="北辰区"),
  proj("精雕数控", None, F3, companies=["精雕数控"], status="开工", status_text="全面开工", note="北辰区；以企业名作项目名"),
  proj("中材节能区域总部", None, F3, companies=["中材节能"], status="开工", status_text="全面开工", note="北辰区"),
 ],
 aggregate_facts=[
  fact("北辰区", "region", "target_firms_visited", 110, "count", F0, AS5, kind="cumulative", opt=True, note="家次"),
  fact("北辰区", "region", "beijing_enterprises_introduced", 79, "count", F0, AS5, kind="cumulative"),
  fact("北辰区", "region", "key_projects_landed", 14, "count", F0, AS5, kind="cumulative"),
  fact("北辰区", "region", "agreed_investment_cny", 9.2e9, "cny", "协议投资额92亿元", AS5, kind="cumulative", chk=True),
 ],
)

# ---------------------------------------------------------------- rb06 通州·北三县 新签80个项目 (北京青年报 2024-09-26)
TB = "北京通州与河北廊坊北三县一体化高质量发展示范区"
H0 = "9月26日,北京通州与河北廊坊北三县一体化高质量发展示范区项目推介会在大厂回族自治县举办"
H1 = "此次推介会签约合作项目共80个,意向投资额331.02亿元"
H2 = "其中,按落地区域分类,通州区18个,三河市22个,大厂县20个,香河县20个"
H3 = "2019年以来已连续举办六届项目推介会,累计签约项目290余个,意向投资额超1800亿元"
H4 = "作为此次参与签约的智能制造与装备领域企业之一,廊坊中集空港设备有限公司此次计划在大厂投资二期建设,用于机场地面服务装备的生产项目"
H5 = "其中,智能制造与装备31个,绿色能源与节能环保7个,现代服务16个,医药健康13个,文化旅游6个,公共服务7个"
AS6 = "2024年9月26日推介会"
AS6c = "2019年至2024年9月（六届推介会）"
G["rb06"] = dict(
 article=art("北京通州与廊坊北三县新签合作项目80个 意向投资额达331亿元", "北京青年报客户端（北青报记者；作者名存段未署），app.bjtitle.com", "2024-09-26", "day",
  "Beijing daily's news app: the Beijing–Hebei integration demonstration zone of 通州 and the three northern counties of 廊坊 — projects signed at the sixth promotion meeting with intended investment, split by county and sector, cumulative signings since 2019, one named firm's phase-two project",
  "https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6583912&typeid=68",
  "日期取页面“北京青年报客户端 2024-09-26 17:02”。标题照录；首行“北京青年报”与日期行已删。存段末段（“值得一提的是,北青报记者还注意到,不”）断在句中，整段删去；正文三段。园区：北京通州与河北廊坊北三县一体化高质量发展示范区（文中又作“通北示范区”；跨北京通州区与河北三河市、大厂县、香河县）。数字：本次签约80个、意向投资额331.02亿元（意向，非实投）；按落地区域、行业分列（可选）；2019年以来六届累计签约290余个、意向投资额超1800亿元（cumulative）。项目：廊坊中集空港设备有限公司在大厂的二期机场地面服务装备生产项目——“参与签约”→签约，无金额；园区记示范区（大厂县属北三县，由文推断）。企业：廊坊中集空港设备有限公司（8年前落户大厂）。北京市发改委可选机构。",
  "rb06"),
 parks=[
  park(TB, "北京、廊坊", "北京/河北", "一体化高质量发展示范区", H0, aliases=["通北示范区"],
       note="跨北京通州区与廊坊北三县（三河市、大厂县、香河县）"),
 ],
 companies=[
  comp("廊坊中集空港设备有限公司", TB, H4, note="8年前落户大厂；园区由“大厂”属北三县推断"),
 ],
 institutions=[
  inst("北京市发改委", "北京市发改委相关负责人介绍"),
 ],
 projects=[
  proj("廊坊中集空港设备有限公司二期机场地面服务装备生产项目", TB, H4, companies=["廊坊中集空港设备有限公司"],
       aliases=["机场地面服务装备的生产项目"], status="签约", status_text="参与签约", phase="二期",
       note="大厂县；建设面积增加4万多平方米；名称为拼合，文中作“二期建设,用于机场地面服务装备的生产项目”"),
 ],
 aggregate_facts=[
  fact(TB, "park", "projects_signed", 80, "count", H1, AS6, kind="reported"),
  fact(TB, "park", "intended_investment_cny", 3.3102e10, "cny", "意向投资额331.02亿元", AS6, kind="reported", chk=True, note="意向投资额"),
  fact(TB, "park", "projects_signed_tongzhou", 18, "count", H2, AS6, opt=True),
  fact(TB, "park", "projects_signed_sanhe", 22, "count", H2, AS6, opt=True),
  fact(TB, "park", "projects_signed_dachang", 20, "count", H2, AS6, opt=True),
  fact(TB, "park", "projects_signed_xianghe", 20, "count", H2, AS6, opt=True),
  fact(TB, "park", "projects_signed_smart_manufacturing", 31, "count", H5, AS6, opt=True, note="智能制造与装备"),
  fact(TB, "park", "projects_signed_cumulative", 290, "count", H3, AS6c, kind="cumulative", qual="余", qtext="余"),
  fact(TB, "park", "intended_investment_cumulative_cny", 1.8e11, "cny", "意向投资额超1800亿元", AS6c, kind="cumulative", qual="超", qtext="超", chk=True),
  fact("廊坊中集空港设备有限公司", "company", "added_floor_area_sqm", 40000, "sqm", "建设面积增加4万多平方米", AS6, kind="target", qual="余", qtext="多", opt=True),
 ],
)

# ---------------------------------------------------------------- rb07 京津冀·沧州生物医药产业园 更名 (沧州临港经开区 2024-04)
CZ = "京津冀·沧州生物医药产业园"
LG = "沧州临港经济技术开发区"
K0 = "北京·沧州渤海新区生物医药产业园已吸引国内外60家知名医药企业的78个项目入驻,总投资200亿元"
K1 = "其中,北京企业36家,总投资116亿元"
K2 = "天津企业9家,总投资21.9亿元"
K3 = "已投产原料药产品近100个"
AS7 = "截至2024年4月"
G["rb07"] = dict(
 article=art("（无标题）京津冀三地签订共建京津冀·沧州生物医药产业园合作框架协议，北京·沧州渤海新区生物医药产业园更名",
  "沧州临港经济技术开发区（页尾“来源:沧州临港经济技术开发区”），载于 mffb.com.cn", "2024-04", "month",
  "Park administration's item relayed by a trade site, Hebei: the Beijing–Hebei co-built biomedical park in 沧州 renamed as a three-party park — firms and projects entered, investment by Beijing and Tianjin firms, API products in production",
  "https://mffb.com.cn/news/show-156840.html",
  "存段无标题、无日期行；签约在“4月28日”，年份由“2015年…签订合作框架协议…经过近10年开发建设”推为2024年（精度记月）。页尾“来源:沧州临港经济技术开发区”作出处，已删。正文三段，完整。园区：京津冀·沧州生物医药产业园（原名北京·沧州渤海新区生物医药产业园，列为别名），位于沧州临港经济技术开发区（母园区）。数字（截至签约时，cumulative）：60家企业、78个项目、总投资200亿元；北京企业36家/116亿元；天津企业9家/21.9亿元；已投产原料药产品近100个（约）。无具名项目或企业。",
  "rb07"),
 parks=[
  park(CZ, "沧州", "河北", "生物医药产业园", "三地决定将“北京·沧州渤海新区生物医药产业园”更名为“京津冀·沧州生物医药产业园”",
       parent=LG, aliases=["北京·沧州渤海新区生物医药产业园"], note="2015年京冀共建；2024年更名为京津冀三地共建"),
  park(LG, "沧州", "河北", "经济技术开发区", "京津冀三地工信部门在沧州临港经济技术开发区签订共建京津冀·沧州生物医药产业园合作框架协议"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(CZ, "park", "enterprises", 60, "count", K0, AS7, kind="cumulative"),
  fact(CZ, "park", "projects_count", 78, "count", K0, AS7, kind="cumulative"),
  fact(CZ, "park", "total_investment_cny", 2e10, "cny", "总投资200亿元", AS7, kind="cumulative", chk=True),
  fact(CZ, "park", "beijing_enterprises", 36, "count", K1, AS7, kind="cumulative"),
  fact(CZ, "park", "beijing_enterprises_investment_cny", 1.16e10, "cny", "总投资116亿元", AS7, kind="cumulative", chk=True),
  fact(CZ, "park", "tianjin_enterprises", 9, "count", K2, AS7, kind="cumulative"),
  fact(CZ, "park", "tianjin_enterprises_investment_cny", 2.19e9, "cny", "总投资21.9亿元", AS7, kind="cumulative", chk=True),
  fact(CZ, "park", "api_products_in_production", 100, "count", K3, AS7, kind="cumulative", qual="约", qtext="近"),
 ],
)

# ---------------------------------------------------------------- rb08 北京时代电池基地项目开工 (集微网 via 砍柴网 2024-06)
YZ = "北京经济技术开发区"
L0 = "北京市重点项目——北京时代电池基地项目在北京 经济 技术开发区(北京亦庄)举行开工奠基仪式,该项目计划2026年投产"
L1 = "该项目由北京时代动力电池有限公司(以下简称“北京时代”) 投资 建设"
L2 = "北京时代是由宁德时代新能源 科技 股份有限公司(简称“宁德时代”)、北汽海蓝芯能源科技(北京)有限公司(简称“北汽海蓝芯”)、北京京能科技有限公司(简称“京能科技”)以及小米 汽车 科技有限公司(简称“小米汽车”)组建的合资电池企业,并于今年5月在北京亦庄注册成立"
L3 = "2023年汽车产业实现产值超2000亿元,产值规模占全区超40%,占全市汽车产业的56%"
L4 = "可为北汽新能源、小米汽车等多家整车企业提供动力电池支持"
AS8 = "2023年"
G["rb08"] = dict(
 article=art("宁德时代、小米汽车等4大股东,北京时代电池基地项目开工", "集微网（据“北京亦庄”），砍柴网 kejilie.com 转载", "2024-06-19", "day",
  "Industry news site's item relayed by a tech aggregator, Beijing: a joint-venture battery plant starts construction in 北京经济技术开发区 (北京亦庄), its four shareholders, planned production year, the zone's 2023 automotive output and shares",
  "http://kejilie.com/ikanchai/article/Ej22qm.html",
  "砍柴网转载页无日期；同一集微网稿另见 m.blogeet.com（页面日期2024-06-19，但该页正文删去了“汽车”等词，不用其文字），日期取之；开工仪式在“6月18日”（2024年：文中“今年5月…注册成立”“2023年汽车产业”）。标题照录；“砍柴网 • 扫码分享”、广告行、文中重复标题的图片标题与“(来源:北京亦庄)”图片署名、文末“【来源:集微网】”与分享按钮已删。正文三段，完整。页面在若干词前后插入空格（“北京 经济 技术开发区”“) 投资 建设”“新能源 科技 股份”“小米 汽车 科技”，系转载站关键词链接残留），照录不改；园区与企业名称按规范写法，证据照录。园区：北京经济技术开发区（北京亦庄）。项目：北京时代电池基地项目——开工奠基→开工，计划2026年投产，无金额。企业：北京时代动力电池有限公司（今年5月在北京亦庄注册成立）；股东宁德时代、北汽海蓝芯、京能科技、小米汽车（可选，园区 null）。事实：北京亦庄2023年汽车产业产值超2000亿元，占全区超40%，占全市汽车产业56%。",
  "rb08"),
 parks=[
  park(YZ, "北京", "北京", "经济技术开发区", L0, district="大兴区", aliases=["北京亦庄"], note="文中“北京 经济 技术开发区”中有转载站插入的空格"),
 ],
 companies=[
  comp("北京时代动力电池有限公司", YZ, L1, aliases=["北京时代"], note="合资电池企业，今年5月在北京亦庄注册成立"),
  comp("宁德时代新能源科技股份有限公司", None, L2, aliases=["宁德时代"], opt=True, note="股东；文中名称含插入空格"),
  comp("北汽海蓝芯能源科技(北京)有限公司", None, L2, aliases=["北汽海蓝芯"], opt=True, note="股东"),
  comp("北京京能科技有限公司", None, L2, aliases=["京能科技"], opt=True, note="股东"),
  comp("小米汽车科技有限公司", None, L2, aliases=["小米汽车"], opt=True, note="股东；文中名称含插入空格"),
  comp("北汽新能源", None, L4, opt=True, note="配套对象"),
 ],
 institutions=[],
 projects=[
  proj("北京时代电池基地项目", YZ, L0, companies=["北京时代动力电池有限公司"], status="开工", status_text="举行开工奠基仪式",
       planned_production="2026", note="北京市重点项目；计划2026年投产；无金额"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "auto_industry_output_cny", 2e11, "cny", L3, AS8, kind="reported", qual="超", qtext="超", chk=True),
  fact(YZ, "park", "auto_industry_share_of_zone_output", 0.40, "ratio", L3, AS8, kind="ratio", qual="超", qtext="超", opt=True),
  fact(YZ, "park", "auto_industry_share_of_city_auto", 0.56, "ratio", L3, AS8, kind="ratio", opt=True),
 ],
)
