# real367 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the
# text (where the text writes only a bare or county-relative form, the name adds the place and the written form is an alias);
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Growth rates as ratios (70% → 0.70). Projects: the park the text places
# the project in, null if none (a county is not a park). Status from the text's words (集中开工 → 开工; 集中签约 → 签约; 即将签约
# → planned). Year / quarter plans (年度计划投资, 预计) are kind target; year-to-date figures (今年以来, 1-4月份, 全年累计) are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/nbNN.raw as returned.

# ---------------------------------------------------------------- nb01 平利县 一季度重点项目集中开工现场会 (平利县政府网 2022)
PL = "平利县工业集中区"
A0 = "1月13日,平利县2022年一季度重点项目集中开工现场会在县工业集中区举行"
A1 = "据悉,此次集中开工项目共17个,总投资21.2亿元,年度投资8.7亿元"
ASA = "2022年1月13日（一季度集中开工）"
G["nb01"] = dict(
 article=art("平利召开2022年一季度重点项目集中开工现场会", "平利县人民政府网 pingli.gov.cn（本站原创，作者 吴波 吴嘉辉）", "2022-01-13", "day",
  "County government site, Shaanxi: a county's first-quarter groundbreaking meeting held in its industrial concentration zone — the zone's committee and development company speak, 17 projects started with total and annual investment",
  "https://www.pingli.gov.cn/Content-2353750.html",
  "日期取页面“发布时间:2022-01-13 17:00”。标题照录；“信息来源…字体:”行与“| 责任编辑:杨娟”已删。正文四段，完整。园区：县工业集中区（平利县，安康市，陕西；文中只作“县工业集中区”，name 记“平利县工业集中区”，文中写法列 alias）。公司：县工业集中区开发建设有限公司（园区平台公司，表态发言）。机构：县工业集中区管委会、县自然资源局（可选）。项目：17个开工项目未点名，不列项目。事实：17个项目、总投资21.2亿元、年度投资8.7亿元为全县一季度集中开工数（subject 平利县，region；年度投资为计划，target）。",
  "nb01"),
 parks=[
  park(PL, "安康", "陕西", "工业集中区", A0, district="平利县", aliases=["县工业集中区"], note="文中只作“县工业集中区”；现场会在此举行"),
 ],
 companies=[
  comp("县工业集中区开发建设有限公司", PL, "县工业集中区开发建设有限公司、县自然资源局、城关镇作表态发言", kind="enterprise", note="园区开发平台公司；表态发言"),
 ],
 institutions=[
  inst("县工业集中区管委会", "县工业集中区管委会介绍重点项目情况", park=PL),
  inst("县自然资源局", "县工业集中区开发建设有限公司、县自然资源局、城关镇作表态发言"),
 ],
 projects=[],
 aggregate_facts=[
  fact("平利县", "region", "projects_started", 17, "count", A1, ASA),
  fact("平利县", "region", "projects_started_investment_cny", 2.12e9, "cny", "总投资21.2亿元,年度投资8.7亿元", ASA, chk=True),
  fact("平利县", "region", "planned_annual_investment_cny", 8.7e8, "cny", "年度投资8.7亿元", "2022年（计划）", kind="target", chk=True,
       note="此次开工项目的年度投资"),
 ])

# ---------------------------------------------------------------- nb02 虹桥工业园区 4个重大项目集中开工 (泰兴, 论坛帖 2016)
HQ = "虹桥工业园区"
B0 = "2月27日上午,虹桥工业园区4个重大项目集中开工"
B1 = "这次开工的4个项目总投资6.5亿元,分别是百澄特种钢管公司投资2亿元的特种钢管项目、华冶科技投资2亿元的高温合金母合金项目、朱光波机械公司投资1.5亿元的光栅板、远程探照灯项目,圣美机械总投资1亿元的工程机械驾驶舱项目"
ASB = "2016年2月27日（集中开工）"
G["nb02"] = dict(
 article=art("（无标题）虹桥工业园区4个重大项目集中开工", "0523shw.com 论坛帖（发帖人 悟真；原发媒体与记者未注明）", "2016-02-29", "day",
  "Local forum post relaying a city news item, Jiangsu: a town industrial park's spring groundbreaking — four named projects with their firms and amounts, one firm's production schedule",
  "https://www.0523shw.com/thread-197061-1-1.html",
  "存段无标题（title 为编者概括）。日期：帖子“本帖最后由 悟真 于 2016-2-29 08:50 编辑”（原帖发帖时间存段未示），开工在“2月27日上午”；记 2016-02-29。该编辑行与表格竖线“|”已删。正文为一个原始行（一段），完整。园区：虹桥工业园区（泰兴市虹桥镇，泰州，江苏；“副市长、虹桥工业园区党工委书记、虹桥镇党委书记钱军”示其为县级市泰兴的园区）。项目四个，均开工（集中开工）、在园：特种钢管项目（百澄特种钢管公司，2亿元）、高温合金母合金项目（华冶科技，2亿元）、光栅板、远程探照灯项目（朱光波机械公司，1.5亿元）、工程机械驾驶舱项目（圣美机械，总投资1亿元）；项目名照录。公司：江苏百澄特种钢管制造有限公司（文中又作“百澄特种钢管公司”）、华冶科技、朱光波机械公司、圣美机械，均在园。百澄“4个月…再花两个月…正式投产”不计事实。",
  "nb02"),
 parks=[
  park(HQ, "泰州", "江苏", "工业园区", B0, district="泰兴市", note="虹桥镇；文中又作“园区”"),
 ],
 companies=[
  comp("江苏百澄特种钢管制造有限公司", HQ, "江苏百澄特种钢管制造有限公司董事长蔡军介绍", aliases=["百澄特种钢管公司"], note="文中又作“百澄特种钢管公司”"),
  comp("华冶科技", HQ, B1),
  comp("朱光波机械公司", HQ, B1),
  comp("圣美机械", HQ, B1),
 ],
 projects=[
  proj("特种钢管项目", HQ, B1, companies=["江苏百澄特种钢管制造有限公司"], inv="投资2亿元", status="开工", status_text="集中开工"),
  proj("高温合金母合金项目", HQ, B1, companies=["华冶科技"], inv="投资2亿元", status="开工", status_text="集中开工"),
  proj("光栅板、远程探照灯项目", HQ, B1, companies=["朱光波机械公司"], inv="投资1.5亿元", status="开工", status_text="集中开工"),
  proj("工程机械驾驶舱项目", HQ, B1, companies=["圣美机械"], inv="总投资1亿元", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "projects_started", 4, "count", B0, ASB),
  fact(HQ, "park", "projects_started_investment_cny", 6.5e8, "cny", "这次开工的4个项目总投资6.5亿元", ASB, chk=True),
 ])

# ---------------------------------------------------------------- nb03 衢州 二季度重点项目集中开工 (浙江新闻 2017)
QZ = "衢州绿色产业集聚区"
C0 = "上午8时30分,全市二季度重点项目集中开工活动,在衢州绿色产业集聚区高新片区纳晶科技量子点胶水项目现场举行,全市共组织215个项目参加此次集中开工,总投资288亿元"
C1 = "二季度全市共组织参加集中开工项目215个,总投资288亿元,年度计划投资114亿元"
C2 = "项目数量、总投资、年度计划投资分别比去年二季度增加114个、169亿元和60亿元"
ASC = "2017年二季度（5月24日集中开工）"
def cty(name, n, ev):  # county rows of the by-area list: the count only, optional (a county is a region, not a park)
    return fact(name, "region", "projects_started", n, "count", ev, ASC, opt=True, note="分区域：县（市、区）")
_cc = []
for nm, n, ev in [("柯城区", 31, "◆柯城区组织项目31个,总投资18亿元"), ("衢江区", 29, "◆衢江区组织项目29个,总投资71亿元"),
                  ("龙游县", 29, "◆龙游县组织项目29个,总投资33亿元"), ("江山市", 32, "◆江山市组织项目32个,总投资52亿元"),
                  ("常山县", 37, "◆常山县组织项目37个,总投资30亿元"), ("开化县", 17, "◆开化县组织项目17个,总投资31亿元")]:
    _cc.append(cty(nm, n, ev))
G["nb03"] = dict(
 article=art("（无标题）衢州市二季度重点项目集中开工暨“大干项目”工作推进会", "浙江新闻（浙江在线 zjnews.zjol.com.cn，衢州新闻栏；存段无署名）", "2017-05-24", "day",
  "Provincial news portal's city channel, Zhejiang: a city's second-quarter groundbreaking and project work meeting held at a project in a green-industry cluster zone — 215 projects with total and annual investment, counts and totals by zone and county, by sector",
  "https://zjnews.zjol.com.cn/zjnews/qznews/201705/t20170524_4036566.shtml",
  "日期取网址 201705/t20170524（“今天上午”即当日）。存段无标题、无日期行（title 为编者概括）。存段在“按预计开工时间看”清单第二项“◆5月”处中断，该残行整行删去（make_txt.py ITEMS 截至“◆4月份…”行），正文每个原始行一段（清单项各成一段）。园区：衢州绿色产业集聚区（文中又作“集聚区”）；高新片区（“衢州绿色产业集聚区高新片区”，集聚区内片区，可选，parent 衢州绿色产业集聚区）；西区（衢州西区，有管委会、单列组织项目，可选）。项目：纳晶科技量子点胶水项目——开工活动在其现场举行，status 开工（由语境推定），园区 衢州绿色产业集聚区（高新片区）。公司：纳晶科技（只在项目名中，可选）。事实：全市（衢州，region）215个项目、总投资288亿元、年度计划投资114亿元（target）、比去年二季度增加数（可选）；集聚区30个/41亿元、西区4个/12亿元（园区）；各县（市、区）的项目数、市本级、制造业、4月份预计开工数列可选（各县金额与其余领域未列）。",
  "nb03"),
 parks=[
  park(QZ, "衢州", "浙江", "产业集聚区", C0, note="文中又作“集聚区”"),
  park("高新片区", "衢州", "浙江", "片区", C0, parent=QZ, opt=True, note="衢州绿色产业集聚区高新片区"),
  park("西区", "衢州", "浙江", "功能区", "各县(市、区)、衢州绿色产业集聚区、西区管委会依次报告本次集中开工项目安排情况", opt=True,
       note="衢州西区，有管委会"),
 ],
 companies=[
  comp("纳晶科技", QZ, C0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("市发改委", "市发改委通报一季度省、市集中开工重点项目进展及二季度集中开工项目安排情况", note="衢州市发展和改革委员会"),
 ],
 projects=[
  proj("纳晶科技量子点胶水项目", QZ, C0, companies=["纳晶科技"], status="开工", status_text="集中开工活动…在…项目现场举行",
       note="开工状态由语境推定；位于高新片区"),
 ],
 aggregate_facts=[
  fact("衢州", "region", "projects_started", 215, "count", C1, ASC),
  fact("衢州", "region", "projects_started_investment_cny", 2.88e10, "cny", C1, ASC, chk=True),
  fact("衢州", "region", "planned_annual_investment_cny", 1.14e10, "cny", "年度计划投资114亿元", "2017年（计划）", kind="target", chk=True),
  fact("衢州", "region", "projects_started_yoy_increase", 114, "count", C2, ASC, opt=True),
  fact("衢州", "region", "projects_started_investment_yoy_increase_cny", 1.69e10, "cny", "总投资、年度计划投资分别比去年二季度增加114个、169亿元和60亿元", ASC, opt=True, chk=True),
  fact(QZ, "park", "projects_started", 30, "count", "◆集聚区组织项目30个,总投资41亿元", ASC),
  fact(QZ, "park", "projects_started_investment_cny", 4.1e9, "cny", "◆集聚区组织项目30个,总投资41亿元", ASC, chk=True),
  fact("西区", "park", "projects_started", 4, "count", "◆西区组织项目4个,总投资12亿元", ASC, opt=True),
  fact("西区", "park", "projects_started_investment_cny", 1.2e9, "cny", "◆西区组织项目4个,总投资12亿元", ASC, opt=True, chk=True),
  fact("衢州市本级", "region", "projects_started", 6, "count", "◆市本级组织项目6个,总投资1.1亿元", ASC, opt=True),
  fact("衢州", "region", "manufacturing_projects_started", 67, "count", "◆制造业项目67个,总投资60亿元,占全部总投资20.9%", ASC, opt=True),
  fact("衢州", "region", "manufacturing_projects_investment_cny", 6e9, "cny", "◆制造业项目67个,总投资60亿元,占全部总投资20.9%", ASC, opt=True, chk=True),
  fact("衢州", "region", "projects_expected_start_april", 72, "count", "◆4月份预计开工项目72个,总投资46亿元", ASC, opt=True),
 ] + _cc)

# ---------------------------------------------------------------- nb04 沙洋县 三季度集中开工暨集中签约 (云上沙洋 2024)
D0 = "9月20日,沙洋县三季度重大项目集中开工暨集中签约活动在法麦克斯三期项目现场举行"
D1 = "沙洋县2024年三季度集中开工项目31个,总投资116.3亿元"
D2 = "其中,主会场法麦克斯三期项目总投资5.2亿元,新建5条微生物肥料生产线,预计明年下半年建成投产"
D3 = "华中服装制造产业园项目、乡村振兴全域旅游项目、汉上云谷数字经济产业园和算力中心项目、新能源电动车整车组装项目等12个项目集中签约,总投资83.9亿元"
D4 = "建成达产后可实现年产值15亿元,税收5000多万元,可带动就业500余人"
ASD = "2024年9月20日（三季度集中开工、签约）"
G["nb04"] = dict(
 article=art("沙洋县三季度重大项目集中开工暨集中签约活动举行", "云上沙洋，载于沙洋县人民政府网 shayang.gov.cn", "2024-09-20", "day",
  "County government site relaying the county media app, Hubei: a county's third-quarter groundbreaking and signing — the main-venue project with amount, capacity and expected output, 31 projects started, 12 signed with four named (two of them parks to be built)",
  "https://www.shayang.gov.cn/art/2024/9/20/art_15461_1113009.html",
  "日期取页面“发布日期:2024-09-20 09:38信息来源:云上沙洋”。标题照录；日期来源行与“打印 关闭”已删。正文四段，完整。园区：文中没有既有园区；两个签约项目本身是要建的园区——华中服装制造产业园、汉上云谷数字经济产业园——列为可选园区（城市荆门，湖北）。项目：法麦克斯三期项目（主会场，总投资5.2亿元，开工；预计2025年下半年建成投产；园区未说→null）；华中服装制造产业园项目、乡村振兴全域旅游项目、汉上云谷数字经济产业园和算力中心项目、新能源电动车整车组装项目（集中签约→签约，无单项金额）。公司：法麦克斯（只在项目名中，可选）。事实：沙洋县（region）三季度开工31个/116.3亿元、签约12个/83.9亿元；法麦克斯三期达产后年产值15亿元、税收“5000多万元”（不是“数字+万元”，不计）、就业500余人（可选）。",
  "nb04"),
 parks=[
  park("华中服装制造产业园", "荆门", "湖北", "产业园（签约项目）", D3, district="沙洋县", opt=True, note="签约项目“华中服装制造产业园项目”"),
  park("汉上云谷数字经济产业园", "荆门", "湖北", "产业园（签约项目）", D3, district="沙洋县", opt=True, note="签约项目“汉上云谷数字经济产业园和算力中心项目”"),
 ],
 companies=[
  comp("法麦克斯", None, D0, opt=True, note="只在项目名中；微生物肥料"),
 ],
 projects=[
  proj("法麦克斯三期项目", None, D2, companies=["法麦克斯"], inv="总投资5.2亿元", phase="三期", status="开工", status_text="集中开工（主会场）",
       note="预计2025年下半年建成投产；园区文中未说"),
  proj("华中服装制造产业园项目", None, D3, status="签约", status_text="集中签约"),
  proj("乡村振兴全域旅游项目", None, D3, status="签约", status_text="集中签约"),
  proj("汉上云谷数字经济产业园和算力中心项目", None, D3, status="签约", status_text="集中签约"),
  proj("新能源电动车整车组装项目", None, D3, status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact("沙洋县", "region", "projects_started", 31, "count", D1, ASD),
  fact("沙洋县", "region", "projects_started_investment_cny", 1.163e10, "cny", D1, ASD, chk=True),
  fact("沙洋县", "region", "projects_signed", 12, "count", D3, ASD),
  fact("沙洋县", "region", "signed_investment_cny", 8.39e9, "cny", "12个项目集中签约,总投资83.9亿元", ASD, chk=True),
  fact("法麦克斯三期项目", "project", "expected_annual_output_cny", 1.5e9, "cny", D4, "达产后（预期）", kind="target", chk=True),
  fact("法麦克斯三期项目", "project", "expected_jobs", 500, "count", "可带动就业500余人", "达产后（预期）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- nb05 安康 四季度重点项目集中开工和投产投用现场会 (安康新闻网 2021)
GY = "归雁经济产业园"
HK = "恒口示范区"
E0 = "12月1日,2021年全市四季度重点项目集中开工和投产投用现场会在恒口示范区(试验区)归雁经济产业园主会场召开"
E1 = "本次集中开工项目90个、总投资82.3亿元、年度投资20.4亿元,其中产业项目53个、总投资43.3亿元、年度投资11.2亿元"
E2 = "集中投产投用项目118个,总投资107亿元,其中产业项目86个,总投资66.31亿元"
E3 = "全部达产达效后,年可实现产值(营业收入)127亿元、税收2亿元、带动就业近1.3万人"
E4 = "累计集中开工和县区自行开工重点项目1031个,总投资1220亿元,年度投资470亿元"
E5 = "累计投产投用项目487个,总投资331亿元,实现产值157亿元"
ASE = "2021年12月1日（四季度集中开工、投产投用）"
ASY = "2021年全年（截至12月1日）"
AK = "安康"
G["nb05"] = dict(
 article=art("（无标题）2021年安康市四季度重点项目集中开工和投产投用现场会在恒口示范区归雁经济产业园召开", "安康新闻网 akxw.cn（记者 艾蓓 吴单）", "2021-12", "month",
  "City news site, Shaanxi: a city's fourth-quarter groundbreaking and commissioning meeting held in an industrial park of a demonstration zone — projects started and put into operation with totals, industrial shares, expected output and tax, the year's cumulative figures",
  "http://akxw.cn/news/ankang/aknews/405665.html",
  "存段无标题、无日期行（title 为编者概括）；会议“12月1日”召开，发布日不详，记 2021-12（month）。正文三段，完整（“本网讯”起）。园区：归雁经济产业园（主会场；位于恒口示范区(试验区)，安康，陕西）；恒口示范区（文中作“恒口示范区(试验区)”，市辖功能区，列可选园区，为归雁经济产业园的 parent）。项目未点名。事实均为全市（安康，region）：本次开工90个/82.3亿元/年度投资20.4亿元（target）、产业项目53个/43.3亿元（可选）；投产投用118个/107亿元、产业项目86个/66.31亿元（可选）；达产后产值127亿元、税收2亿元（target）、就业近1.3万人（可选）；全年累计开工1031个/1220亿元/年度470亿元、累计投产投用487个/331亿元、产值157亿元（cumulative）、现场会4次（可选）。",
  "nb05"),
 parks=[
  park(GY, "安康", "陕西", "产业园", E0, district="恒口示范区", parent=HK, note="现场会主会场"),
  park(HK, "安康", "陕西", "示范区（试验区）", E0, opt=True, note="文中作“恒口示范区(试验区)”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(AK, "region", "projects_started", 90, "count", E1, ASE),
  fact(AK, "region", "projects_started_investment_cny", 8.23e9, "cny", E1, ASE, chk=True),
  fact(AK, "region", "planned_annual_investment_cny", 2.04e9, "cny", "年度投资20.4亿元,其中产业项目53个", "2021年（计划）", kind="target", chk=True),
  fact(AK, "region", "industrial_projects_started", 53, "count", E1, ASE, opt=True),
  fact(AK, "region", "industrial_projects_started_investment_cny", 4.33e9, "cny", "其中产业项目53个、总投资43.3亿元、年度投资11.2亿元", ASE, opt=True, chk=True),
  fact(AK, "region", "projects_in_production", 118, "count", E2, ASE),
  fact(AK, "region", "projects_in_production_investment_cny", 1.07e10, "cny", E2, ASE, chk=True),
  fact(AK, "region", "industrial_projects_in_production", 86, "count", E2, ASE, opt=True),
  fact(AK, "region", "industrial_projects_in_production_investment_cny", 6.631e9, "cny", "其中产业项目86个,总投资66.31亿元", ASE, opt=True, chk=True),
  fact(AK, "region", "expected_annual_output_cny", 1.27e10, "cny", E3, "达产达效后（预期）", kind="target", chk=True),
  fact(AK, "region", "expected_annual_tax_cny", 2e8, "cny", "税收2亿元、带动就业近1.3万人", "达产达效后（预期）", kind="target", opt=True, chk=True),
  fact(AK, "region", "projects_started", 1031, "count", E4, ASY, kind="cumulative"),
  fact(AK, "region", "projects_started_investment_cny", 1.22e11, "cny", "总投资1220亿元,年度投资470亿元", ASY, kind="cumulative", chk=True),
  fact(AK, "region", "projects_in_production", 487, "count", E5, ASY, kind="cumulative"),
  fact(AK, "region", "projects_in_production_investment_cny", 3.31e10, "cny", E5, ASY, kind="cumulative", chk=True),
  fact(AK, "region", "output_of_projects_in_production_cny", 1.57e10, "cny", "实现产值157亿元", ASY, kind="cumulative", chk=True),
  fact(AK, "region", "groundbreaking_meetings", 4, "count", "我市全年共举办重点项目集中开工和投产投用现场会4次", ASY, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- nb06 宿州 高新区经济运行 (拂晓报 via 颍淮网 2019)
SZ = "宿州高新区"
F0 = "1-4月份,高新区按照时序进度完成目标任务,完成财政收入3.25亿元,增长70%"
F1 = "1-4月份,“3111”工程产值达64.4亿元,增长25%"
F2 = "园区新开工项目17个,新竣工项目13个,亿元以上报省项目8个"
F3 = "中欧产业园、众创空间产业园等一批厂房加快建设,下半年陆续交付"
F4 = "通过组建6支招商小分队,签约项目35个,协议引资77.94亿元"
F5 = "迎辉电子、金意米手机、爱笛斯、金凯博等智能制造项目18个、占比51%,协议引资约71.2亿元"
F6 = "近期即将签约必思恩科技、戴盛电子、艾尔新能源、云视光学等6个项目,拟定协议投资6.2亿元"
F7 = "重点在谈中新桥电子、优奕视界、海光电子、金茂电子等智能制造项目28个"
F8 = "汴北新区5G试验区、数字小镇加速建设,网易联合创新中心等云计算项目有序推进,高科等十余个智能制造项目即将大面积投产,美为食品试机"
ASF = "2019年1–4月"
G["nb06"] = dict(
 article=art("高新区经济运行呈现良好势头", "拂晓报（本报记者 刘金明），载于颍淮网 yybnet.net（今日宿州）", "2019-06-19", "day",
  "City daily via a regional portal, Anhui: a high-tech zone's January–April figures — fiscal revenue, output and investment with growth, projects started and completed, sub-parks building factories, projects signed with named firms, projects about to sign and in talks",
  "http://www.yybnet.net/suzhou/news/201906/9214659.html",
  "日期取页面“来源:拂晓报 2019-06-19 11:30”。标题照录；频道导航、来源行、“新闻推荐”及其后的推荐文章已删。正文四段，完整（末有“(本报记者 刘金明)”）。园区：高新区（宿州高新技术产业开发区，宿州，安徽；文中只作“高新区”“园区”，name 记“宿州高新区”，不在文中）；中欧产业园、众创空间产业园（区内厂房载体，可选，parent 宿州高新区）；汴北新区（可选）。项目：迎辉电子、金意米手机、爱笛斯、金凯博——“智能制造项目”，签约（以企业名为项目名，同 real52 zv01 海湾电气）；必思恩科技、戴盛电子、艾尔新能源、云视光学——即将签约（planned，可选）；网易联合创新中心（云计算项目，有序推进，无状态词，可选）；在谈四家列可选公司。“3111”工程为宿州的产业工程名，产值照录。事实：1–4月财政收入3.25亿元（+70%）、“3111”工程产值64.4亿元（+25%）、战略性新兴产业产值6.2亿元（+34%）、高新技术增加值2.3亿元（+35%）、盈利性服务业营业收入5.66亿元（+18%）、固定资产投资12.67亿元（+18%）及分项增速（可选）；新开工17个、新竣工13个、亿元以上报省项目8个（可选）；签约35个、协议引资77.94亿元；智能制造18个、约71.2亿元（可选）；即将签约6个、6.2亿元（target，可选）；在谈28个（可选）。均为“今年以来”1–4月，kind cumulative；增速 ratio。",
  "nb06"),
 parks=[
  park(SZ, "宿州", "安徽", "高新区", F0, district="埇桥区", note="文中只作“高新区”“园区”"),
  park("中欧产业园", "宿州", "安徽", "产业园（厂房载体）", F3, parent=SZ, opt=True),
  park("众创空间产业园", "宿州", "安徽", "产业园（厂房载体）", F3, parent=SZ, opt=True),
  park("汴北新区", "宿州", "安徽", "新区", F8, opt=True, note="5G试验区所在"),
 ],
 companies=[
  comp("迎辉电子", SZ, F5, opt=True, note="以企业名作签约项目名"),
  comp("金意米手机", SZ, F5, opt=True, note="同上"),
  comp("爱笛斯", SZ, F5, opt=True, note="同上"),
  comp("金凯博", SZ, F5, opt=True, note="同上"),
  comp("美为食品", SZ, F8, note="试机"),
  comp("高科", SZ, F8, opt=True, note="“高科等十余个智能制造项目即将大面积投产”"),
  comp("必思恩科技", None, F6, opt=True, note="即将签约"),
  comp("戴盛电子", None, F6, opt=True, note="即将签约"),
  comp("艾尔新能源", None, F6, opt=True, note="即将签约"),
  comp("云视光学", None, F6, opt=True, note="即将签约"),
  comp("中新桥电子", None, F7, opt=True, note="在谈"),
  comp("优奕视界", None, F7, opt=True, note="在谈"),
  comp("海光电子", None, F7, opt=True, note="在谈"),
  comp("金茂电子", None, F7, opt=True, note="在谈"),
 ],
 projects=[
  proj("迎辉电子", SZ, F5, companies=["迎辉电子"], status="签约", status_text="签约项目", note="智能制造项目；以企业名为项目名；无单项金额"),
  proj("金意米手机", SZ, F5, companies=["金意米手机"], status="签约", status_text="签约项目", note="同上"),
  proj("爱笛斯", SZ, F5, companies=["爱笛斯"], status="签约", status_text="签约项目", note="同上"),
  proj("金凯博", SZ, F5, companies=["金凯博"], status="签约", status_text="签约项目", note="同上"),
  proj("网易联合创新中心", SZ, F8, opt=True, note="云计算项目，有序推进；无状态词"),
  proj("必思恩科技", SZ, F6, status="planned", status_text="近期即将签约", opt=True),
  proj("戴盛电子", SZ, F6, status="planned", status_text="近期即将签约", opt=True),
  proj("艾尔新能源", SZ, F6, status="planned", status_text="近期即将签约", opt=True),
  proj("云视光学", SZ, F6, status="planned", status_text="近期即将签约", opt=True),
 ],
 aggregate_facts=[
  fact(SZ, "park", "fiscal_revenue_cny", 3.25e8, "cny", F0, ASF, kind="cumulative", chk=True),
  fact(SZ, "park", "fiscal_revenue_yoy_growth", 0.70, "ratio", F0, ASF, kind="ratio"),
  fact(SZ, "park", "program_3111_output_cny", 6.44e9, "cny", F1, ASF, kind="cumulative", chk=True, note="“3111”工程产值"),
  fact(SZ, "park", "program_3111_output_yoy_growth", 0.25, "ratio", F1, ASF, kind="ratio", opt=True),
  fact(SZ, "park", "strategic_emerging_output_cny", 6.2e8, "cny", "战略性新兴产业产值6.2亿元,增长34%", ASF, kind="cumulative", chk=True),
  fact(SZ, "park", "strategic_emerging_output_yoy_growth", 0.34, "ratio", "战略性新兴产业产值6.2亿元,增长34%", ASF, kind="ratio", opt=True),
  fact(SZ, "park", "high_tech_value_added_cny", 2.3e8, "cny", "高新技术增加值2.3亿元,增长35%", ASF, kind="cumulative", chk=True),
  fact(SZ, "park", "high_tech_value_added_yoy_growth", 0.35, "ratio", "高新技术增加值2.3亿元,增长35%", ASF, kind="ratio", opt=True),
  fact(SZ, "park", "service_revenue_cny", 5.66e8, "cny", "盈利性服务业营业收入5.66亿元,增长18%", ASF, kind="cumulative", chk=True),
  fact(SZ, "park", "fixed_asset_investment_cny", 1.267e9, "cny", "固定资产投资12.67亿元,增长18%", ASF, kind="cumulative", chk=True),
  fact(SZ, "park", "fixed_asset_investment_yoy_growth", 0.18, "ratio", "固定资产投资12.67亿元,增长18%", ASF, kind="ratio", opt=True),
  fact(SZ, "park", "industrial_investment_yoy_growth", 0.21, "ratio", "其中工业投资增长21%", ASF, kind="ratio", opt=True),
  fact(SZ, "park", "projects_started", 17, "count", F2, ASF, kind="cumulative"),
  fact(SZ, "park", "projects_completed", 13, "count", F2, ASF, kind="cumulative"),
  fact(SZ, "park", "provincial_projects_over_100m", 8, "count", F2, ASF, kind="cumulative", opt=True),
  fact(SZ, "park", "projects_signed", 35, "count", F4, ASF, kind="cumulative"),
  fact(SZ, "park", "signed_investment_cny", 7.794e9, "cny", "签约项目35个,协议引资77.94亿元", ASF, kind="cumulative", chk=True),
  fact(SZ, "park", "smart_manufacturing_projects_signed", 18, "count", F5, ASF, kind="cumulative", opt=True),
  fact(SZ, "park", "smart_manufacturing_signed_investment_cny", 7.12e9, "cny", "协议引资约71.2亿元", ASF, kind="cumulative", qual="约", qtext="约", opt=True, chk=True),
  fact(SZ, "park", "projects_to_sign", 6, "count", F6, "2019年6月（即将签约）", kind="target", opt=True),
  fact(SZ, "park", "projects_to_sign_investment_cny", 6.2e8, "cny", "拟定协议投资6.2亿元", "2019年6月（即将签约）", kind="target", opt=True, chk=True),
  fact(SZ, "park", "projects_in_talks", 28, "count", F7, "2019年6月", opt=True),
 ])
