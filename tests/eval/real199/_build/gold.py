# real199 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Amounts written “N亿” without “元” (up01) are not put in
# investment_text / *_cny facts (check_gold.py reads only …元): the project keeps investment_cny with investment_text null and
# a note; the fact gets a metric without the _cny suffix and unit cny. Growth rates and shares as ratios. Projects: the
# park is the one the text places the project in, null if none (a county or city is not a park). Status from the text's
# words (集中开工 / 开工 → 开工; 签约 → 签约; 已建成 → 竣工; 现已全部投产 → 投产; 引进 alone → no status). “预计 / 计划 /
# 力争” figures are kind target; “截至…” / “累计” counts are cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/upNN.raw as returned.

# ---------------------------------------------------------------- up01 十堰经开区 2月集中开工 (经开区网站 2022)
SY = "十堰经开区"
A0 = "经开区在十堰联增汽车电子工业园项目设立分会场"
A1 = "截至目前,经开区2月份签约项目8个,总投资25.6亿"
A2 = "开工项目6个,总投资12.7亿元;投产项目4个,总投资6.2亿元,均为产业类项目"
A3 = "集中开工项目有跨境电商数字产业园项目、十堰屹立汽车有限公司汽车零部件生产项目、隆泰源国六版带传感器的尿素罐项目、西部矿业技改项目、倍佳冷却系统生产线技改项目、十堰联增汽车电子工业园项目"
A4 = "十堰联增汽车电子工业园项目作为经开区重点项目,占地49亩,投资2.6亿"
A5 = "项目达产后,年产能30万台套,产值3亿元以上,税收2000万元以上,新增就业人员300余人"
AS1 = "2022年2月（截至2月8日前后）"
G["up01"] = dict(
 article=art("（无标题）十堰经开区2月份重大项目集中开工", "十堰经开区（十堰高新区）网站 sygxq.gov.cn，专题“项目建设”栏（存段无标题、无署名）", "2022-02-09", "day",
  "District government website, Hubei (十堰): the economic development zone's sub-venue of the city's February 2022 groundbreaking — month's signed / started / in-production counts and totals, six named projects started, one key project with land, investment and expected output",
  "http://www.sygxq.gov.cn/ztzl/yhyshj/xdkb/202202/t20220209_3455566.shtml",
  "日期取网址 202202/t20220209；文中活动为“2月8日上午”。存段无标题（title 为编者概括）、无日期行。正文五段，完整。园区：文中只作“经开区”（区党工委、管委会）；由“十堰联增汽车电子工业园”“十堰屹立汽车”、全市集中开工与发布网站可知为十堰经开区（十堰经济技术开发区，十堰市，湖北），name 记“十堰经开区”，alias 为原文“经开区”。网站域名 sygxq（十堰高新区）与经开区的关系文中未说，不作园区。项目：集中开工的六个项目（开工，园区十堰经开区）；十堰联增汽车电子工业园项目“投资2.6亿”原文无“元”，investment_cny 记 2.6e8、investment_text 空（check_gold 只认“亿元”）。“十堰联增汽车电子工业园”是项目名，不另列园区。事实：2月份签约8个/总投资25.6亿（无“元”，metric 不带 _cny）、其中产业项目7个/23.6亿、5亿元以上3个/20亿；开工6个/12.7亿元；投产4个/6.2亿元（截至目前→cumulative）。联增项目达产后产值“3亿元以上”、税收“2000万元以上”（target，超）。东风商用车公司为配套对象（可选，园区 null）。",
  "up01"),
 parks=[
  park(SY, "十堰", "湖北", "经济技术开发区", A0, aliases=["经开区"], note="原文只作“经开区”；全称由语境与发布网站推定"),
 ],
 companies=[
  comp("十堰屹立汽车有限公司", SY, A3, note="项目业主，项目名中"),
  comp("隆泰源", SY, A3, opt=True, note="只在项目名中"),
  comp("西部矿业", SY, A3, opt=True, note="只在项目名中"),
  comp("倍佳", SY, A3, opt=True, note="只在项目名中"),
  comp("东风商用车公司", None, "配套东风商用车公司新能源汽车", opt=True, note="联增项目的配套对象，不在园区"),
 ],
 projects=[
  proj("跨境电商数字产业园项目", SY, A3, status="开工", status_text="集中开工"),
  proj("十堰屹立汽车有限公司汽车零部件生产项目", SY, A3, companies=["十堰屹立汽车有限公司"], status="开工", status_text="集中开工"),
  proj("隆泰源国六版带传感器的尿素罐项目", SY, A3, status="开工", status_text="集中开工"),
  proj("西部矿业技改项目", SY, A3, status="开工", status_text="集中开工"),
  proj("倍佳冷却系统生产线技改项目", SY, A3, status="开工", status_text="集中开工"),
  proj("十堰联增汽车电子工业园项目", SY, A4, status="开工", status_text="集中开工", investment_cny=2.6e8,
       note="原文“投资2.6亿”无“元”：investment_cny 记 2.6e8，investment_text 空；分会场所在；占地49亩"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_signed", 8, "count", A1, AS1, kind="cumulative"),
  fact(SY, "park", "signed_investment", 2.56e9, "cny", A1, AS1, kind="cumulative", note="原文“总投资25.6亿”无“元”"),
  fact(SY, "park", "industrial_projects_signed", 7, "count", "其中:产业项目7个,总投资23.6亿", AS1, kind="cumulative", opt=True),
  fact(SY, "park", "industrial_signed_investment", 2.36e9, "cny", "其中:产业项目7个,总投资23.6亿", AS1, kind="cumulative", opt=True, note="无“元”"),
  fact(SY, "park", "projects_signed_over_500m", 3, "count", "5亿元以上项目3个,总投资20亿", AS1, kind="cumulative", opt=True),
  fact(SY, "park", "projects_started", 6, "count", A2, AS1, kind="cumulative"),
  fact(SY, "park", "projects_started_investment_cny", 1.27e9, "cny", "开工项目6个,总投资12.7亿元", AS1, kind="cumulative", chk=True),
  fact(SY, "park", "projects_in_production", 4, "count", A2, AS1, kind="cumulative"),
  fact(SY, "park", "projects_in_production_investment_cny", 6.2e8, "cny", "投产项目4个,总投资6.2亿元", AS1, kind="cumulative", chk=True),
  fact("十堰联增汽车电子工业园项目", "project", "site_area_mu", 49, "mu", A4, "2022年2月", opt=True),
  fact("十堰联增汽车电子工业园项目", "project", "expected_annual_output_cny", 3e8, "cny", "产值3亿元以上", "达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("十堰联增汽车电子工业园项目", "project", "expected_annual_tax_cny", 2e7, "cny", "税收2000万元以上", "达产后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("十堰联增汽车电子工业园项目", "project", "jobs", 300, "count", A5, "达产后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- up02 宜昌高新区 岁末项目 (宜昌市招商局 via zcbk 2022)
YC = "宜昌高新区"
B0 = "岁末年终,加速上马和竣工投产成为宜昌高新区热词。"
B1 = "常态化派驻30支驻点招商分队,主攻4大片区、11座重点城市"
B2 = "力争未来五年全区规上工业企业、限上商贸企业、规上服务业分别突破100家"
B3 = "宁德时代邦普一体化新能源产业园邦普时代项目开工"
G["up02"] = dict(
 article=art("宜昌高新区加快建成宜荆荆都市圈重要产业承载区", "宜昌市招商局（栏目“宜昌市招商局 -通知公告”），载于 zcbk.cn", "2022-12-22", "day",
  "Aggregator relaying a city investment-promotion bureau, Hubei (宜昌): a national high-tech zone's year-end review — chain and resident investment-promotion teams, project-service mechanism, five-year targets, a named project started (the section is cut)",
  "https://www.zcbk.cn/index.php?m=home&c=View&a=index&aid=6245798",
  "日期取页面“发布时间:2022-12-22”。标题照录；“登录 注册 退出”、栏目/日期行及站方摘要行（正文开头的截断重复）已删。存段在小标题后的“9月27日,”处中断，该残段删去；两行小标题“宁德时代邦普一体化新能源产业园邦普时代项目开工”“构建电池全生命周期闭路循环”照录为段。园区：宜昌高新区（宜昌市，湖北）。项目：邦普时代项目（小标题“…邦普时代项目开工”→开工；正文缺，园区由全文语境推定为宜昌高新区；所属“宁德时代邦普一体化新能源产业园”记为别名之外的 note，不另列园区）。公司：宁德时代、邦普只在名中（可选）。事实：30支驻点招商分队（可选）；未来五年规上工业企业等“分别突破100家”为目标（target，可选）；“1至2个千亿产业集群”为目标，不计。宜昌高新区管委会（主任郭康新）列可选机构。",
  "up02"),
 parks=[
  park(YC, "宜昌", "湖北", "高新区", B0, note="文中又作“该区”“全区”"),
 ],
 companies=[
  comp("宁德时代", YC, B3, opt=True, note="只在小标题的项目名中"),
 ],
 institutions=[
  inst("宜昌高新区管委会", "宜昌高新区管委会主任郭康新表示", park=YC),
 ],
 projects=[
  proj("邦普时代项目", YC, B3, status="开工", status_text="开工", aliases=["宁德时代邦普一体化新能源产业园邦普时代项目"],
       note="只见小标题，正文被截断（原文下段始于“9月27日,”）；属宁德时代邦普一体化新能源产业园；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(YC, "park", "resident_investment_teams", 30, "count", B1, "2022年", opt=True),
  fact(YC, "park", "target_industrial_firms_above_scale", 100, "count", B2, "未来五年（目标）", kind="target", qual="超", qtext="突破", opt=True),
 ])

# ---------------------------------------------------------------- up03 荆门高新区·掇刀区 新春签约 (荆楚网 2024)
JM = "荆门高新区"
C0 = "活动中成功签约了“栖西里”文旅商业综合体、废旧动力电池废料回收利用、环烷基特种泊高压加氢装置等重点项目16个,计划总投资168亿元"
AS3 = "2024年2月5日（新春团拜会签约）"
G["up03"] = dict(
 article=art("（无标题）荆门高新区·掇刀区新春团拜会签约16个重点项目", "荆楚网（湖北日报网）（通讯员 张晓龙）", "2024-02-06", "day",
  "Provincial news portal, Hubei (荆门): a national high-tech zone merged with its district holds a New-Year reception with investment promotion — 16 key projects signed with their planned total, three named",
  "http://news.cnhubei.com/content/2024-02/06/content_17387033.html",
  "日期取网址 2024-02/06；活动为2月5日。存段无标题（title 为编者概括）。正文四段，完整。园区：荆门高新区（文中作“荆门高新区·掇刀区”——高新区与掇刀区合署；又单作“荆门高新区”，见“荆门高新区党工委书记”），name 记“荆门高新区”，alias“荆门高新区·掇刀区”；荆门市，湖北。项目：“栖西里”文旅商业综合体、废旧动力电池废料回收利用、环烷基特种泊高压加氢装置（签约，无单项金额，园区荆门高新区）。事实：签约重点项目16个、计划总投资168亿元（签约金额）。“180多名企业家代表”不计。招商局列可选机构。",
  "up03"),
 parks=[
  park(JM, "荆门", "湖北", "高新区", "荆门高新区·掇刀区招商局坚持将迎回归与引投资一起抓", district="掇刀区", aliases=["荆门高新区·掇刀区"],
       note="高新区与掇刀区合署，文中多作“荆门高新区·掇刀区”，又作“该区”“全区”"),
 ],
 companies=[],
 institutions=[
  inst("荆门高新区·掇刀区招商局", "荆门高新区·掇刀区招商局坚持将迎回归与引投资一起抓", park=JM),
 ],
 projects=[
  proj("“栖西里”文旅商业综合体", JM, C0, status="签约", status_text="成功签约"),
  proj("废旧动力电池废料回收利用", JM, C0, status="签约", status_text="成功签约"),
  proj("环烷基特种泊高压加氢装置", JM, C0, status="签约", status_text="成功签约"),
 ],
 aggregate_facts=[
  fact(JM, "park", "projects_signed", 16, "count", C0, AS3),
  fact(JM, "park", "signed_investment_cny", 1.68e10, "cny", "重点项目16个,计划总投资168亿元", AS3, chk=True),
 ])

# ---------------------------------------------------------------- up04 襄阳自贸片区5年 (论坛转帖 2022)
XY = "湖北自贸区襄阳片区"
D0 = "4月1日,湖北自贸区襄阳片区挂牌成立5周年。截至今年3月31日,片区共计引进项目200余个,总投资额超过1100亿元。"
D1 = "湖北绿动中钒新能源有限公司基地项目计划投资90多亿元"
D2 = "中关村信息谷项目由北京中关村信息谷公司与襄阳高新国投公司合作建设,项目总投资10亿元"
D3 = "已建成项目中,东风康明斯发动机有限公司国六发动机项目,目前实际研发及设备投资超20亿元,主要生产国六柴油发动机,现已全部投产"
D4 = "骆驼新能源电池公司轻混锂离子动力电池项目总投资近5亿元"
D5 = "据介绍,襄阳自贸片区占地21.99平方公里,目前市场主体1.2万家,现已初步形成汽车及零部件、装备制造、电子信息等10个特色产业集群。"
AS4 = "截至2022年3月31日"
G["up04"] = dict(
 article=art("襄阳自贸片区5年引资逾千亿", "十堰论坛 bbs.10yan.com 用户转帖（原刊未注明）", "2022-04-06", "day",
  "Local web forum repost of a news item, Hubei (襄阳): a pilot free-trade-zone area's fifth anniversary — projects and investment introduced, two new projects with amounts, two completed projects in production, area and market entities",
  "https://bbs.10yan.com/thread-4416303-1-1.html",
  "日期取帖子“发表于 2022-4-6 10:26”；原刊未注明。标题照录；论坛界面文字（查看/回复数、签到、楼层、回复/登录等）已删。正文四段，完整。园区：湖北自贸区襄阳片区（中国(湖北)自由贸易试验区襄阳片区；文中又作“襄阳自贸片区”“片区”；襄阳市，湖北），kind 自贸片区。项目：湖北绿动中钒新能源有限公司基地项目（“计划投资90多亿元”，“多”非数字+亿元，investment_cny 空、qualifier 余；“去年以来新引进”→无状态）；中关村信息谷项目（总投资10亿元；北京中关村信息谷公司与襄阳高新国投公司合建；无状态）；东风康明斯发动机有限公司国六发动机项目（“已建成…现已全部投产”→投产，“实际研发及设备投资超20亿元”作投资额，超）；骆驼新能源电池公司轻混锂离子动力电池项目（“已建成项目中”→竣工，总投资近5亿元→约）。事实：引进项目200余个、总投资额超过1100亿元（累计至2022-03-31）；占地21.99平方公里；市场主体1.2万家；特色产业集群10个（可选）；绿动项目达产后“年产值40多亿元”（“多”非数字+亿元，不计）；骆驼项目带动就业约500人（可选）。",
  "up04"),
 parks=[
  park(XY, "襄阳", "湖北", "自贸片区", D0, aliases=["襄阳自贸片区"], note="文中又作“片区”"),
 ],
 companies=[
  comp("湖北绿动中钒新能源有限公司", XY, D1, note="新引进项目业主"),
  comp("北京中关村信息谷公司", XY, D2, opt=True, note="合作建设方（外来投资者）"),
  comp("襄阳高新国投公司", XY, D2, opt=True, note="合作建设方（国有平台）"),
  comp("东风康明斯发动机有限公司", XY, D3),
  comp("骆驼新能源电池公司", XY, D4),
 ],
 projects=[
  proj("湖北绿动中钒新能源有限公司基地项目", XY, D1, companies=["湖北绿动中钒新能源有限公司"], inv="计划投资90多亿元", unparsed=True,
       qual="余", qual_text="多", note="“90多亿元”非数字+亿元，investment_cny 空；去年以来新引进，无状态"),
  proj("中关村信息谷项目", XY, D2, companies=["北京中关村信息谷公司", "襄阳高新国投公司"], inv="项目总投资10亿元", note="无状态"),
  proj("东风康明斯发动机有限公司国六发动机项目", XY, D3, companies=["东风康明斯发动机有限公司"], inv="实际研发及设备投资超20亿元",
       qual="超", qual_text="超", status="投产", status_text="现已全部投产", note="已建成项目；金额为实际研发及设备投资"),
  proj("骆驼新能源电池公司轻混锂离子动力电池项目", XY, D4, companies=["骆驼新能源电池公司"], inv="总投资近5亿元", qual="约", qual_text="近",
       status="竣工", status_text="已建成", note="已建成项目"),
 ],
 aggregate_facts=[
  fact(XY, "park", "projects_landed", 200, "count", D0, AS4, kind="cumulative", qual="余", qtext="余"),
  fact(XY, "park", "introduced_investment_cny", 1.1e11, "cny", "总投资额超过1100亿元", AS4, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(XY, "park", "area_km2", 21.99, "km2", D5, "2022年4月"),
  fact(XY, "park", "market_entities", 12000, "count", D5, "2022年4月"),
  fact(XY, "park", "industry_clusters", 10, "count", D5, "2022年4月", opt=True),
  fact("骆驼新能源电池公司轻混锂离子动力电池项目", "project", "jobs", 500, "count", "带动就业约500人", "2022年4月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- up05 荆州经开区项目建设扫描 (荆州日报 2025)
JZ = "荆州经开区"
E0 = "——荆州经开区项目建设扫描"
E1 = "走进荆州双林汽车部件有限公司的新厂房,全新智造基地正奏响产业升级交响曲"
E2 = "“今年1月1日,新厂房投用。”双林汽车部件有限公司总经理刘裕生表示,公司自2004年落户经开区以来"
G["up05"] = dict(
 article=art("“踏春”提速“项”春而行", "荆州日报（记者 王大玲 李理 王章青 通讯员 胡林龙），电子版 A001 版", "2025-03-18", "day",
  "City daily's front-page feature (e-paper), Hubei (荆州): a scan of the economic development zone's key projects in spring — one supplier firm's new plant in use (the stored excerpt stops early)",
  "http://news.cnchu.com/jzrb/pc/html/2025-03/18/nw.D421000jzrb_20250318_4-A001.htm",
  "日期取版面“2025年03月18日 第A001版”。主标题照录，副题“——荆州经开区项目建设扫描”、署名行、小标题“新项目新领域 塑造新动能新优势”各作一段；报名、日期、版次与版权声明已删，图片说明“湖北先导项目一角。”已删（不在正文）。存段在刘裕生引语“新厂房内再增加3条智能家电零部件生产线,现在共拥有27条汽车空调零部件”处中断，该残句删去，正文截至“…2022年成为美的洗衣机荆州基地供应商。”。园区：荆州经开区（荆州经济技术开发区，荆州市，湖北；文中又作“经开区”）。公司：荆州双林汽车部件有限公司（新厂房2025年1月1日投用，2004年落户经开区）；美的洗衣机荆州基地只作客户名（可选，园区未说）。无具名项目（新厂房未命名，不造项目）。",
  "up05"),
 parks=[
  park(JZ, "荆州", "湖北", "经济技术开发区", E0, aliases=["经开区"], note="副题；文中又作“经开区”"),
 ],
 companies=[
  comp("荆州双林汽车部件有限公司", JZ, E1, aliases=["双林汽车部件有限公司"], note="2004年落户经开区；新厂房2025年1月1日投用"),
  comp("美的洗衣机荆州基地", None, "2022年成为美的洗衣机荆州基地供应商", opt=True, note="双林的客户；园区文中未说"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- up06 随州高新区18个项目集中开工 (中华建设网 2022)
SZ = "随州高新区"
F0 = "湖北随州市在随州高新区,国民技术锂动力电池负极材料产业园、项目现场设分会场"
F1 = "全省集中开工活动后,随州举行三季度重大项目集中开工活动,45个重大项目集中开工、计划总投资364.5亿元"
F2 = "今年上半年,随州市在建项目560个,比去年同期增加69个、其中新开工项目287个、比去年同期增加99个"
F3 = "国民技术锂动力电池负极材料产业园,中粮家佳康广水肉食品全产业链项目。随州电厂铁路专用线等重大项目"
F4 = "随州高新区集中开工的18个重点项目总投资179.87亿元、今年计划完成投资62亿元"
FP = "其中,投资30亿元的年产10万吨锂动力电池负极材料产业园项目"
FJ = "投资21.5亿元的吉瑞达新能源汽车电路板研发制造项目"
FX = "投资10亿元的鑫星精细化工产业园项目"
FS = "投资10亿元的思特奇大数据产业园项目"
FB = "投资6亿元的犇星石墨烯硅碳负极材料项目"
AS6 = "2022年8月12日（集中开工）"
G["up06"] = dict(
 article=art("厉害了!湖北随州重大项目建设超震撼!", "中华建设网（zhjsw.cn，通讯员 钟克波 郭海洲）", "2022-08", "month",
  "Construction-trade portal relaying a zone's item, Hubei (随州): the province's Q3 2022 groundbreaking sub-venue in a high-tech zone — the city's 45 projects, the zone's 18 projects with total and annual plan, five named zone projects with amounts, two named city projects",
  "https://zhjsw.cn/club/show.php?itemid=52260",
  "开工活动为2022年8月12日；存段无发布日期（同文随州高新区网站2022-08-15发布），published 只记到月。主标题照录（转载站所拟），副题“——随州高新区18个重大项目集中开工,助力全市经济高速发展”作首段；“大家一起来看看随州高新区部分项目”照录为段。存段在末句“…发展潜力大,对优化我区乃至全市产业结构、带”处中断；残文“对优化我区乃至全市产业结构、带”删去，正文止于“发展潜力大,”（保留列出的五个项目及金额）。园区：随州高新区（随州市，湖北）；府南园区（“高新区府南园区”，可选，母园区随州高新区）。项目：随州高新区集中开工的五个具名项目（开工，金额照录）；“国民技术锂动力电池负极材料产业园”为分会场所在，即“年产10万吨锂动力电池负极材料产业园项目”（推定为同一项目，作别名）；中粮家佳康广水肉食品全产业链项目（广水市，园区 null）、随州电厂铁路专用线（园区 null，可选）——开工。事实：随州市45个项目/364.5亿元（region）；随州市在建560个、新开工287个（region，可选）；随州高新区18个项目/179.87亿元、今年计划完成投资62亿元（target）。",
  "up06"),
 parks=[
  park(SZ, "随州", "湖北", "高新区", F0, note="文中又作“高新区”“我区”"),
  park("府南园区", "随州", "湖北", "园区", "随州分会场活动在高新区府南园区举办", parent=SZ, opt=True, note="高新区内园区"),
 ],
 companies=[
  comp("国民技术", SZ, F0, opt=True, note="只在项目名中"),
  comp("中粮家佳康", None, F3, opt=True, note="只在项目名中；广水"),
 ],
 projects=[
  proj("年产10万吨锂动力电池负极材料产业园项目", SZ, FP, inv="投资30亿元", status="开工", status_text="集中开工",
       aliases=["国民技术锂动力电池负极材料产业园"], note="分会场所在；别名由语境推定"),
  proj("吉瑞达新能源汽车电路板研发制造项目", SZ, FJ, inv="投资21.5亿元", status="开工", status_text="集中开工"),
  proj("鑫星精细化工产业园项目", SZ, FX, inv="投资10亿元", status="开工", status_text="集中开工"),
  proj("思特奇大数据产业园项目", SZ, FS, inv="投资10亿元", status="开工", status_text="集中开工"),
  proj("犇星石墨烯硅碳负极材料项目", SZ, FB, inv="投资6亿元", status="开工", status_text="集中开工"),
  proj("中粮家佳康广水肉食品全产业链项目", None, F3, status="开工", status_text="集中开工", note="广水市，不在高新区"),
  proj("随州电厂铁路专用线", None, F3, status="开工", status_text="集中开工", opt=True, note="基础设施"),
 ],
 aggregate_facts=[
  fact("随州市", "region", "projects_started", 45, "count", F1, AS6),
  fact("随州市", "region", "projects_started_investment_cny", 3.645e10, "cny", F1, AS6, chk=True),
  fact("随州市", "region", "projects_under_construction", 560, "count", F2, "2022年上半年", kind="cumulative", opt=True),
  fact("随州市", "region", "projects_started", 287, "count", F2, "2022年上半年", kind="cumulative", opt=True),
  fact(SZ, "park", "projects_started", 18, "count", F4, AS6),
  fact(SZ, "park", "projects_started_investment_cny", 1.7987e10, "cny", F4, AS6, chk=True),
  fact(SZ, "park", "planned_annual_investment_cny", 6.2e9, "cny", "今年计划完成投资62亿元", "2022年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- up07 十堰经开区20个项目签约 (湖北日报 2024)
G0 = "2024年1月15日,十堰经开区举行2024年招商引资工作大会,思诺威应急救援装备产业园等20个项目签约,协议投资总额138.5亿元。"
G1 = "其中,滑板底盘新能源物流车、全球轮毂电机产销中心、分布式光伏电站基地等3个项目投资达30亿元。"
G2 = "思诺威科技(北京)有限公司副总经理万锋介绍,计划在十堰经开区投资2.5亿元,分三期打造智能化应急除雪装备生产基地"
AS7 = "2024年1月15日（招商引资工作大会签约）"
G["up07"] = dict(
 article=art("（无标题）十堰经开区招商引资工作大会20个项目签约", "湖北日报（刘爱理），电子版 epaper.hubeidaily.net", "2024-01-18", "day",
  "Provincial party daily (e-paper), Hubei (十堰): a national economic development zone's investment conference — 20 projects signed with their contract total, three named projects with a joint amount, one named firm's project with investment, phases and expected output",
  "https://epaper.hubeidaily.net/pc/content/202401/18/content_260370.html",
  "日期取网址 202401/18；签约在2024年1月15日。存段无标题（title 为编者概括）。正文四段加署名“(刘爱理)”，完整。园区：十堰经开区（十堰经济技术开发区，十堰市，湖北）。项目：思诺威应急救援装备产业园（签约；思诺威科技(北京)有限公司“计划在十堰经开区投资2.5亿元，分三期打造智能化应急除雪装备生产基地”——视为同一项目，投资额2.5亿元；一期“5000万元—8000万元”为区间不计；预计2025年投产）；滑板底盘新能源物流车、全球轮毂电机产销中心、分布式光伏电站基地（签约；“等3个项目投资达30亿元”为合计，作事实）。事实：签约20个、协议投资总额138.5亿元；三项目合计30亿元（可选）；思诺威达产后年产值6亿元以上（target）、一期年产值3亿元以上（target，可选）。",
  "up07"),
 parks=[
  park(SY, "十堰", "湖北", "经济技术开发区", G0),
 ],
 companies=[
  comp("思诺威科技(北京)有限公司", SY, G2, note="在十堰经开区投资建设应急除雪装备生产基地"),
 ],
 projects=[
  proj("思诺威应急救援装备产业园", SY, G2, companies=["思诺威科技(北京)有限公司"], inv="投资2.5亿元", status="签约", status_text="签约",
       aliases=["智能化应急除雪装备生产基地"], note="标题项目名与经理所说“智能化应急除雪装备生产基地”推定为同一项目；分三期，预计2025年投产"),
  proj("滑板底盘新能源物流车", SY, G1, status="签约", status_text="签约", note="三项目合计30亿元，无单项金额"),
  proj("全球轮毂电机产销中心", SY, G1, status="签约", status_text="签约", note="同上"),
  proj("分布式光伏电站基地", SY, G1, status="签约", status_text="签约", note="同上"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_signed", 20, "count", G0, AS7),
  fact(SY, "park", "signed_investment_cny", 1.385e10, "cny", "协议投资总额138.5亿元", AS7, chk=True),
  fact(SY, "park", "signed_investment_cny", 3e9, "cny", "等3个项目投资达30亿元", AS7, opt=True, chk=True, note="三个具名项目合计"),
  fact("思诺威科技(北京)有限公司", "company", "expected_annual_output_cny", 6e8, "cny", "估计年产值达6亿元以上", "全部达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("思诺威科技(北京)有限公司", "company", "expected_phase1_output_cny", 3e8, "cny", "年产值3亿元以上", "一期，预计2025年投产", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])
