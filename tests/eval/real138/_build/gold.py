# real138 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value + investment_currency. Growth
# rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a city or county is
# not a park). Status from the text's words (开工 / 集中开工 / 开工建设 → 开工; 建成投产 / 投产 / 量产出货 / 试生产 → 投产;
# 签约 / 签约落户 / 参加集中签约 → 签约; 正在…装修 / 主体完工 → 在建; 落户 / 落地 alone → no status). Year-to-date or
# multi-year counts are cumulative; plans and targets are kind target. Cities are subject_type region. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/weNN.raw as returned.

# ---------------------------------------------------------------- we01 青岛西海岸:一座新城崛起 (人民日报海外版 2019)
XHA = "青岛西海岸新区"
A0 = "2019年6月,青岛西海岸新区获国务院批复成立五周年"
A1 = "2018年,西海岸新区经济总量增至3517亿元,稳居国家级新区前三强"
A2 = "海洋生产总值从590亿元升至1182亿元,连续五年实现两位数增长"
A3 = "港口货物和集装箱吞吐量达5.4亿吨和1931.5万标箱,分别位居全球第7位、第8位"
A4 = "短短五年间,青岛西海岸新区累计有54项国家和省市级改革试点不断深化,51项区级重点改革接力突破"
A5 = "市场主体总量突破26万户"
G["we01"] = dict(
 article=art("青岛西海岸:一座新城崛起", "人民日报海外版（2019年07月18日 第10版；宋晓华），paper.people.com.cn", "2019-07-18", "day",
  "National paper's overseas edition, feature page (opening only), Shandong: a state-level new area five years after approval — 2018 economic output, marine GDP then and now, port throughput, reform pilots, market entities",
  "http://paper.people.com.cn/rmrbhwb/html/2019-07/18/content_1936836.htm",
  "日期取版面“人民日报海外版 2019年07月18日 星期四”“第 10 版”。标题照录；报头、署名“宋晓华”、版次行和题图说明（“山东青岛西海岸新区蓝湾海岸线 / 韩加君摄(人民视觉)”）已删。存段末段（灵山湾影视基地，“…构建起山东最大影视”）在句中中断且全段无句号，整段删去，正文截至“…让新城发生了天翻地覆的变化。”；小标题“创新“实验田””保留为段。园区：青岛西海岸新区（文中又作“西海岸新区”“新区”；国家级新区，黄岛区，山东青岛），kind 新区。无公司、无项目（灵山湾及230余家影视企业只在被删段中）。事实：2018年经济总量3517亿元（gdp_cny）；海洋生产总值由590亿元（获批时，可选）升至1182亿元（2018年，证据只取“升至1182亿元”以使首个金额即其值）；港口货物吞吐量5.4亿吨、集装箱1931.5万标箱（可选）；五年间改革试点54项、区级重点改革51项（cumulative，可选）；市场主体突破26万户（超，cumulative）。“国家级新区前三强”不计名次事实。",
  "we01"),
 parks=[
  park(XHA, "青岛", "山东", "新区", A0, district="黄岛区", aliases=["西海岸新区"], note="国家级新区；文中又作“新区”"),
 ],
 aggregate_facts=[
  fact(XHA, "park", "gdp_cny", 3517e8, "cny", A1, "2018年", chk=True, note="经济总量"),
  fact(XHA, "park", "marine_gdp_cny", 1182e8, "cny", "升至1182亿元", "2018年", chk=True, note="海洋生产总值，由590亿元升至"),
  fact(XHA, "park", "marine_gdp_cny", 590e8, "cny", A2, "2014年（获批时）", chk=True, opt=True, note="海洋生产总值的起点值"),
  fact(XHA, "park", "port_cargo_throughput_t", 5.4e8, "t", A3, "2018年", opt=True, note="港口货物吞吐量"),
  fact(XHA, "park", "port_container_throughput_teu", 19315000, "teu", A3, "2018年", opt=True, note="集装箱吞吐量1931.5万标箱"),
  fact(XHA, "park", "reform_pilots", 54, "count", A4, "2014—2019年", kind="cumulative", opt=True, note="国家和省市级改革试点"),
  fact(XHA, "park", "district_reforms", 51, "count", A4, "2014—2019年", kind="cumulative", opt=True, note="区级重点改革"),
  fact(XHA, "park", "market_entities", 260000, "count", A5, "2019年年中", kind="cumulative", qual="超", qtext="突破"),
 ])

# ---------------------------------------------------------------- we02 莱西国际招商产业园 / 北汽制造 (青岛台 2020)
LX = "莱西国际招商产业园"
LXJ = "莱西新能源汽车产业集聚区"
JQY = "济青烟国际招商产业园"
BQ = "北京汽车制造厂(青岛)有限公司"
B0 = "今天上午,山东省济青烟(莱西)国际招商产业园暨北京汽车制造厂(青岛)有限公司整车制造总部基地集中开工仪式在莱西国际招商产业园举行"
B1 = "莱西国际招商产业园位于莱西市姜山镇,规划面积42.6平方公里"
B2 = "其中莱西新能源汽车产业集聚区是青岛重点打造的3大集聚区之一,规划面积15平方公里"
B3 = "当前,集聚区正加快引进发展新能源汽车及零部件配套产业,已签约落户富路汽车生产基地、一汽解放新能源商用车、中安芯界石墨烯快充锂电池研发生产基地、今朝时代超级储能总部基地和汽车后市场新能源汽车产业园等5个重点项目"
B4 = "据了解,北京汽车制造厂(青岛)有限公司整车制造总部基地项目总投资110亿元,项目一期投资77亿元"
B5 = "启动仪式上,北京汽车制造厂(青岛)有限公司与柳州五菱柳机动力有限公司、韩国云汇蓝星动力科技有限公司签约共建70万台产能的高端大型发动机公司"
B6 = "12个新能源汽车产业零部件配套项目集中签约"
B7 = "今年,山东省委、省政府提出建设济青烟国际招商产业园,莱西国际招商产业园是其中的重要组成部分,主要布局新能源汽车产业"
ASB = "2020-07-06（开工仪式）"
G["we02"] = dict(
 article=art("（无标题）山东省济青烟(莱西)国际招商产业园暨北京汽车制造厂(青岛)有限公司整车制造总部基地集中开工", "青岛广播电视台 qtv.com.cn（栏目页 lanmu.qtv.com.cn；存段无署名）", "2020-07-06", "day",
  "City broadcaster's website, Shandong: groundbreaking in a provincial 'international investment-attraction park' — the park's area and its new-energy-vehicle cluster, five projects signed earlier, a 110-亿元 vehicle-maker headquarters base started (phase one 77亿元), an engine joint venture and 12 parts projects signed",
  "http://lanmu.qtv.com.cn/system/2020/07/06/015622667.shtml",
  "日期取网址 2020/07/06（文称“今天上午”）。存段无标题、无日期行（title 为编者概括）。正文五段，完整（末段为出席领导名单）。园区：莱西国际招商产业园（文中又作“山东省济青烟(莱西)国际招商产业园”；莱西市姜山镇，青岛），是省定“济青烟国际招商产业园”的组成部分（后者列为可选园区，跨济南、青岛、烟台）；莱西新能源汽车产业集聚区（产业园内，parent 莱西国际招商产业园；文中又作“集聚区”）。项目：北京汽车制造厂(青岛)有限公司整车制造总部基地项目（集中开工→开工，总投资110亿元，一期77亿元另记事实）；集聚区已签约落户的5个重点项目（富路汽车生产基地、一汽解放新能源商用车、中安芯界石墨烯快充锂电池研发生产基地、今朝时代超级储能总部基地、汽车后市场新能源汽车产业园→签约，园区为集聚区）；三方“签约共建”的高端大型发动机公司（签约；选址未说，park 为 null，可选）；12个零部件配套项目集中签约（只作计数）。公司：北京汽车制造厂(青岛)有限公司（园区内）；北京汽车制造厂有限公司（母公司，资质迁至莱西，可选）；柳州五菱柳机动力有限公司、韩国云汇蓝星动力科技有限公司（合资方，园区 null，可选）；青岛城投集团（致辞，可选）。",
  "we02"),
 parks=[
  park(LX, "青岛", "山东", "产业园", B1, district="莱西市", parent=JQY, aliases=["山东省济青烟(莱西)国际招商产业园"], note="省定济青烟国际招商产业园的组成部分"),
  park(LXJ, "青岛", "山东", "产业集聚区", B2, district="莱西市", parent=LX, note="文中又作“集聚区”"),
  park(JQY, None, "山东", "产业园", B7, opt=True, note="省级布局，跨济南、青岛、烟台；莱西国际招商产业园为其组成部分"),
 ],
 companies=[
  comp(BQ, LX, B4),
  comp("北京汽车制造厂有限公司", LX, "5月,北京汽车制造厂有限公司10万辆传统商用车资质及产能,以及5万辆新能源乘用车资质及产能已全部迁至莱西市", opt=True, note="母公司，资质与产能迁至莱西市"),
  comp("柳州五菱柳机动力有限公司", None, B5, opt=True, note="发动机合资方"),
  comp("韩国云汇蓝星动力科技有限公司", None, B5, opt=True, note="发动机合资方"),
  comp("青岛城投集团", None, "青岛城投集团董事长邢路正分别致辞", opt=True, note="致辞，角色未说"),
 ],
 projects=[
  proj("北京汽车制造厂(青岛)有限公司整车制造总部基地项目", LX, B4, companies=[BQ], inv="总投资110亿元", status="开工", status_text="集中开工仪式",
       aliases=["北京汽车制造厂(青岛)有限公司整车制造总部基地"], note="开工见首句；一期投资77亿元"),
  proj("富路汽车生产基地", LXJ, B3, status="签约", status_text="已签约落户"),
  proj("一汽解放新能源商用车", LXJ, B3, status="签约", status_text="已签约落户"),
  proj("中安芯界石墨烯快充锂电池研发生产基地", LXJ, B3, status="签约", status_text="已签约落户"),
  proj("今朝时代超级储能总部基地", LXJ, B3, status="签约", status_text="已签约落户"),
  proj("汽车后市场新能源汽车产业园", LXJ, B3, status="签约", status_text="已签约落户", note="项目名为产业园，此处作集聚区内项目"),
  proj("高端大型发动机公司", None, B5, companies=[BQ, "柳州五菱柳机动力有限公司", "韩国云汇蓝星动力科技有限公司"], status="签约", status_text="签约共建", opt=True,
       note="70万台产能；选址未说"),
 ],
 aggregate_facts=[
  fact(LX, "park", "planned_area_km2", 42.6, "km2", B1, ASB),
  fact(LXJ, "park", "planned_area_km2", 15, "km2", B2, ASB),
  fact(LXJ, "park", "projects_signed", 5, "count", B3, "截至2020-07-06", kind="cumulative", note="已签约落户的重点项目"),
  fact("北京汽车制造厂(青岛)有限公司整车制造总部基地项目", "project", "phase1_investment_cny", 77e8, "cny", "项目一期投资77亿元", ASB, chk=True),
  fact(LX, "park", "projects_signed", 12, "count", B6, ASB, note="新能源汽车零部件配套项目，开工仪式上集中签约（地点按语境归产业园）"),
  fact("高端大型发动机公司", "project", "expected_annual_capacity_units", 700000, "units", B5, ASB, kind="target", opt=True, note="70万台产能"),
 ])

# ---------------------------------------------------------------- we03 胶州市31个项目集中开工 (观海新闻 2024)
CG = "春光康谷"
C0 = "青岛日报社/观海新闻2月26日讯 今天上午,胶州市31个项目集中开工,其中,高端装备类项目8个,占25.8%;新能源新材料类项目6个,占19.4%"
C1 = "胶州市项目开工仪式现场位于总投资32.5亿元的春光康谷年产15万只干细胞制备项目内"
C2 = "产业园全部建成后,将引进国家级实验室、国家级检测中心、国家级试验中心,具备生物制药、医疗器械、医美保健、智能制造等功能,目前已经有15家企业签约入驻"
C3 = "此次开工的春光康谷项目是医药产业的链主项目,依托该产业园,我们将逐步建立医疗健康、医疗美容产业生态"
C4 = "胶州市今年将对206个省市县三级重点项目,建立问题清单、任务清单、责任清单"
C5 = "确保一季度开工82个项目、二季度164个实施类项目全部开工"
ASC = "2024-02-26（集中开工）"
G["we03"] = dict(
 article=art("胶州市31个项目集中开工,涉及高端装备、新能源新材料、生物医药等产业", "青岛日报社/观海新闻（m.guanhai.com.cn，原创；存段无署名）", "2024-02-26", "day",
  "City newspaper group's news app page, Shandong: a county-level city's joint groundbreaking — 31 projects by sector, the ceremony site in a 32.5-亿元 stem-cell project that anchors an industrial park with 15 firms signed, the year's key-project plan",
  "https://m.guanhai.com.cn/p/304143.html",
  "日期取页面“原创 2024-02-26 18:36 青岛日报社/观海新闻”。标题照录；App 提示与日期行已删。存段末句“同时,突出上合示范区公共产品属性,…确保新引进上合元素”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…二季度164个实施类项目全部开工。”，上合示范区、上合国际城、卡奥斯新城只在被删句中，不计。园区：春光康谷（胶州市李哥庄镇；文中称“该产业园”“产业园”，kind 产业园），其核心为春光康谷年产15万只干细胞制备项目（总投资32.5亿元，开工仪式现场→开工；文中又作“春光康谷项目”）。“临空客厅·上合美谷”是镇的定位，不列园区。事实：胶州市31个项目集中开工（region）、高端装备8个、新能源新材料6个及占比（可选）；春光康谷已有15家企业签约入驻（cumulative）；胶州市今年206个三级重点项目、一季度开工82个、二季度164个实施类项目（target）。",
  "we03"),
 parks=[
  park(CG, "青岛", "山东", "产业园", C3, district="胶州市", note="李哥庄镇；文中称“该产业园”“产业园”，以春光康谷项目为链主"),
 ],
 projects=[
  proj("春光康谷年产15万只干细胞制备项目", CG, C1, inv="总投资32.5亿元", status="开工", status_text="开工仪式现场", aliases=["春光康谷项目"],
       note="胶州市集中开工仪式现场；医药产业链主项目"),
 ],
 aggregate_facts=[
  fact("胶州市", "region", "projects_started", 31, "count", C0, ASC),
  fact("胶州市", "region", "high_end_equipment_projects_started", 8, "count", C0, ASC, opt=True),
  fact("胶州市", "region", "high_end_equipment_projects_share", 0.258, "ratio", C0, ASC, kind="ratio", opt=True),
  fact("胶州市", "region", "new_energy_materials_projects_started", 6, "count", C0, ASC, opt=True),
  fact("胶州市", "region", "new_energy_materials_projects_share", 0.194, "ratio", C0, ASC, kind="ratio", opt=True),
  fact(CG, "park", "firms_signed", 15, "count", C2, "截至2024-02-26", kind="cumulative", note="签约入驻企业"),
  fact("胶州市", "region", "key_projects", 206, "count", C4, "2024年（计划）", kind="target", note="省市县三级重点项目"),
  fact("胶州市", "region", "projects_to_start", 82, "count", C5, "2024年一季度（计划）", kind="target", opt=True),
  fact("胶州市", "region", "projects_to_start", 164, "count", C5, "2024年二季度（计划）", kind="target", opt=True, note="实施类项目全部开工"),
 ])

# ---------------------------------------------------------------- we04 烟台开发区GDP首破2000亿 (胶东在线 2022)
YT = "烟台开发区"
D0 = "胶东在线1月28日讯(记者 贾楚航 通讯员 王聪 孙培磊 冯保凯)地区生产总值首次突破2000亿大关,增长13.3%"
D1 = "外商投资项目累计达到2022个"
D2 = "有效高新技术企业突破380家"
D3 = "全年新增规上企业50家、极点先峰企业59家,其中,艾睿光电入选国家级制造业单项冠军"
D4 = "13家企业入选工信部首批重点扶持“专精特新”小巨人"
D5 = "美瑞新材和泰和新材被列入省级制造业创新中心培育名单"
D6 = "力凯数控等5家企业入选省级“一企一技术”研发中心,九目化学等4家企业入选省级技术创新示范企业"
D7 = "2012年,全年地区生产总值迈入千亿大关,2021年,首次迈上2000亿台阶"
ASD = "2021年"
G["we04"] = dict(
 article=art("重磅!答好“十四五”开局之问 烟台开发区GDP首破2000亿", "胶东在线（记者 贾楚航，通讯员 王聪、孙培磊、冯保凯），www.jiaodong.net", "2022-01-28", "day",
  "City news portal's year-end review (opening only), Shandong: a national economic-technological development zone's 2021 — GDP past 2000亿 and its growth, cumulative foreign-invested projects, high-tech firms, new above-scale firms, named firms given national and provincial labels",
  "http://www.jiaodong.net/news/system/2022/01/28/014267168.shtml",
  "日期取页面“来源:胶东在线 2022-01-28 16:40:01”。标题照录；来源行、“A+A- |举报纠错”“02”已删。存段末句“高起点谋划高特纤维应用制造、先进特铜合金等新一代”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…实体化运行链长制工作办公室。”；小标题“产业升级,经济站稳2000亿”保留为段。园区：烟台开发区（即烟台经济技术开发区，国家级，烟台；文中只作“烟台开发区”，按文字取名）；“自贸烟台”（中国(山东)自贸试验区烟台片区）只作制度创新的主语，列为可选园区。公司（均按语境在开发区）：艾睿光电（国家级制造业单项冠军）、美瑞新材、泰和新材（省级制造业创新中心培育名单）、力凯数控、九目化学。无项目、无金额项目。事实：GDP“首次突破2000亿”（原文无“元”，metric 记 gdp、unit cny，值2000亿，超）、增长13.3%；外商投资项目累计2022个（cumulative）；有效高新技术企业突破380家（超）；2021年新增规上企业50家、极点先峰企业59家（可选）；13家企业入选“专精特新”小巨人；“自贸烟台平均每5天推出1项制度创新成果”不计。",
  "we04"),
 parks=[
  park(YT, "烟台", "山东", "经济技术开发区", "2021年,烟台开发区面对异常复杂的严峻形势", note="即烟台经济技术开发区（国家级）；文中只作“烟台开发区”"),
  park("自贸烟台", "烟台", "山东", "自由贸易试验区片区", "自贸烟台平均每5天推出1项制度创新成果", opt=True, note="中国(山东)自由贸易试验区烟台片区的简称"),
 ],
 companies=[
  comp("艾睿光电", YT, D3, note="国家级制造业单项冠军"),
  comp("美瑞新材", YT, D5),
  comp("泰和新材", YT, D5),
  comp("力凯数控", YT, D6),
  comp("九目化学", YT, D6),
 ],
 aggregate_facts=[
  fact(YT, "park", "gdp", 2e11, "cny", D0, ASD, qual="超", qtext="突破", note="“首次突破2000亿大关”，原文无“元”"),
  fact(YT, "park", "gdp_yoy_growth", 0.133, "ratio", D0, ASD, kind="ratio"),
  fact(YT, "park", "foreign_invested_projects", 2022, "count", D1, "截至2021年末", kind="cumulative"),
  fact(YT, "park", "high_tech_firms", 380, "count", D2, "2021年末", qual="超", qtext="突破", note="有效高新技术企业"),
  fact(YT, "park", "new_above_scale_firms", 50, "count", D3, ASD),
  fact(YT, "park", "new_pole_pioneer_firms", 59, "count", D3, ASD, opt=True, note="极点先峰企业"),
  fact(YT, "park", "little_giant_firms_added", 13, "count", D4, ASD, note="工信部首批重点扶持“专精特新”小巨人"),
 ])

# ---------------------------------------------------------------- we05 烟台高新区 2 projects signed (网易山东 2023)
YG = "烟台高新区"
E0 = "活动期间,全市集中签约35个项目,计划总投资568.22亿元,涉及食品、清洁能源、生物医药、航空航天等产业领域,烟台高新区泰联健康食品制造及国际医养健康产业园、江西电子-中南高科航空航天产业基地2个项目成功签约"
E1 = "其中,泰联国际医养健康产业园项目规划面积约196亩,主要建设金枪鱼产品研发及生产、销售、工业旅游为一体的智能化工厂"
E2 = "江西电子-中南高科航空航天产业基地项目规划用地150亩,主要建设产业生产基地、研发中心、品控中心、试验基地及生态办公区等,将导入江西省电子集团超导、光电等优势领域项目及航空航天、电子信息产业项目"
ASE = "2023-08-28（集中签约仪式）"
G["we05"] = dict(
 article=art("（无标题）烟台高新区2个项目在全市重点招商项目集中签约仪式上签约", "网易山东（sd.news.163.com；存段无署名，行文为烟台高新区自述）", "2023-08-30", "day",
  "Regional portal relaying a zone's own news item, Shandong: a high-tech zone at the city's low-carbon industry matchmaking and signing ceremony — the city's 35 projects and their planned total, two named zone projects signed with their land areas",
  "https://sd.news.163.com/23/0830/15/IDD9V67O04379F26.html",
  "日期取网址 23/0830（仪式在8月28日）。存段无标题、无日期行（title 为编者概括）。存段末段“下一步,烟台高新区将以此次活动为契机,…邀请来区考”在句中中断且无句号，整段删去，正文截至“…对接合作意向。”，共四段。园区：烟台高新区（烟台国家高新区；文中又作“高新区”“区”），kind 高新区。项目：泰联健康食品制造及国际医养健康产业园（文中又作“泰联国际医养健康产业园项目”，规划面积约196亩）、江西电子-中南高科航空航天产业基地（规划用地150亩），均“成功签约”→签约，无投资额。公司：江西省电子集团（项目导入方，园区 null，可选）。事实：烟台全市集中签约35个项目、计划总投资568.22亿元（region）；烟台高新区签约2个；两项目用地（可选）。“世界500强、跨国公司、央企”只作参会者泛称。",
  "we05"),
 parks=[
  park(YG, "烟台", "山东", "高新区", E0, note="文中又作“高新区”“区”"),
 ],
 companies=[
  comp("江西省电子集团", None, E2, opt=True, note="向江西电子-中南高科航空航天产业基地导入项目"),
 ],
 projects=[
  proj("泰联健康食品制造及国际医养健康产业园", YG, E0, status="签约", status_text="成功签约", aliases=["泰联国际医养健康产业园项目"],
       note="规划面积约196亩；金枪鱼产品研发生产、工业旅游、医养"),
  proj("江西电子-中南高科航空航天产业基地", YG, E0, status="签约", status_text="成功签约", aliases=["江西电子-中南高科航空航天产业基地项目"],
       companies=["江西省电子集团"], note="规划用地150亩"),
 ],
 aggregate_facts=[
  fact("烟台市", "region", "projects_signed", 35, "count", E0, ASE),
  fact("烟台市", "region", "signed_investment_cny", 568.22e8, "cny", E0, ASE, chk=True, note="计划总投资"),
  fact(YG, "park", "projects_signed", 2, "count", E0, ASE),
  fact("泰联健康食品制造及国际医养健康产业园", "project", "planned_area_mu", 196, "mu", E1, ASE, qual="约", qtext="约", opt=True),
  fact("江西电子-中南高科航空航天产业基地", "project", "site_area_mu", 150, "mu", E2, ASE, opt=True, note="规划用地"),
 ])

# ---------------------------------------------------------------- we06 威海高新区:精准招商 (威海高新区 via 杨凌示范区网站 2022)
WG = "威海高新区"
F0 = "刚刚过去的一年,威海高新区坚持“产业招商、专业招商、全员服务”工作思路,紧盯世界500强招大引强,一个个重大招商项目完成签约、建成、投产"
F1 = "2021年3月,全省港澳台投资项目集中签约仪式上,威海高新区台湾永塑打印机配套项目参加集中签约"
F2 = "4月,高新区管委、工信部威海电子信息技术综合研究中心、联想图像集团三方共同签约,国产打印机龙头企业联想激光打印机项目正式落户高新区"
F3 = "8月,在青岛举办的第二届跨国公司领导人峰会期间,高新区签约四个大项目,内容涵盖电子元器件、液压机械、水下机器人和海洋高端休闲装备制造"
F4 = "11月,第四届中国国际进口博览会山东省配套活动—“RCEP经贸合作高层对话会”中,高新区韩国恩特斯半导体智能装备项目参加省重点外资项目集中签约"
F5 = "12月,山东与世界500强连线暨深化与日韩合作推进会举行,高新区韩国三照科技增资项目参加省重点项目集中签约"
F6 = "2021年威海高新区重磅项目接连登台,3家世界500强企业更是接踵落地"
F7 = "其中,联想图像投资10亿元,在威海打造民族打印机第一品牌"
F8 = "惠普高端喷墨项目和富士康合作项目,投资3.5亿美元,新增打印机产能1000万台"
F9 = "度小满科技投资30亿元,集聚各类人才3000多人"
F10 = "联想打印机开始试生产;惠普工业园50万平米厂房已主体完工;度小满金融科技正在进行内部装修;香港亿和与日本富士合作的多功能打印机2021年4月量产出货;华菱电子热敏打印头像项目2021年10月投产"
ASF = "2021年"
G["we06"] = dict(
 article=art("威海高新区:精准招商 合力抢抓发展新机遇", "威海高新区（来源；作者 谢菁），载于杨凌示范区网站 yangling.gov.cn “高新区速递”栏", "2022-01-24", "day",
  "A zone's own year-in-review item relayed on another zone's government site, Shandong: a high-tech zone's 2021 investment attraction month by month — projects signed, three Fortune-500 firms' investments (yuan and US dollars), and where each project stands (trial production, structure finished, fitting-out, mass production, in production)",
  "https://yangling.gov.cn/xwzx/gxqsd/1485438367625232386.html",
  "日期取页面“来源:威海高新区 作者:谢菁 发布时间:2022-01-24 10:23”（该行已删）。标题照录。存段末分句“柏新医疗重症监护类及介入”在句中中断，已删（make_txt.py LINE_SUFFIX），正文以“…华菱电子热敏打印头像项目2021年10月投产;”结束（分号照录）。园区：威海高新区（威海火炬高技术产业开发区；文中又作“高新区”），kind 高新区。项目（均在高新区）：台湾永塑打印机配套项目、韩国恩特斯半导体智能装备项目、韩国三照科技增资项目（参加集中签约→签约）；联想激光打印机项目（4月三方签约、落户，“联想图像投资10亿元”，现“开始试生产”→投产，文中又作“联想打印机”）；惠普高端喷墨项目和富士康合作项目（一个合作项目，3.5亿美元，investment_value/currency）；惠普工业园（50万平米厂房已主体完工→在建，status_alt 竣工）；度小满金融科技（度小满科技投资30亿元，正在内部装修→在建）；香港亿和与日本富士合作的多功能打印机（量产出货→投产）；华菱电子热敏打印头像项目（2021年10月投产）。8月峰会签约的四个大项目无名，只记计数（可选）。机构：工信部威海电子信息技术综合研究中心（签约方，可选）。“3家世界500强企业”按语境为联想、惠普、富士康（未逐一点明）。",
  "we06"),
 parks=[
  park(WG, "威海", "山东", "高新区", F0, note="威海火炬高技术产业开发区；文中又作“高新区”"),
 ],
 companies=[
  comp("联想图像集团", WG, F2, aliases=["联想图像"], note="联想激光打印机项目投资方"),
  comp("惠普", WG, F8, note="高端喷墨项目；惠普工业园"),
  comp("富士康", WG, F8, note="与惠普合作项目"),
  comp("度小满科技", WG, F9, aliases=["度小满金融科技"]),
  comp("香港亿和", WG, F10, note="与日本富士合作多功能打印机"),
  comp("日本富士", WG, F10, opt=True, note="合作方"),
  comp("华菱电子", WG, F10, opt=True, note="只在项目名中"),
  comp("台湾永塑", WG, F1, opt=True, note="只在项目名中"),
  comp("韩国恩特斯", WG, F4, opt=True, note="只在项目名中"),
  comp("韩国三照科技", WG, F5, opt=True, note="只在项目名中（增资项目）"),
 ],
 institutions=[
  inst("工信部威海电子信息技术综合研究中心", F2, kind="research", park=WG, note="三方签约之一"),
  inst("高新区管委", F2, park=WG, note="威海高新区管委会"),
 ],
 projects=[
  proj("台湾永塑打印机配套项目", WG, F1, companies=["台湾永塑"], status="签约", status_text="参加集中签约", note="2021年3月"),
  proj("联想激光打印机项目", WG, F7, companies=["联想图像集团"], inv="投资10亿元", status="投产", status_text="开始试生产", aliases=["联想打印机"],
       note="2021年4月三方签约、正式落户；“联想打印机开始试生产”"),
  proj("韩国恩特斯半导体智能装备项目", WG, F4, companies=["韩国恩特斯"], status="签约", status_text="参加省重点外资项目集中签约", note="2021年11月"),
  proj("韩国三照科技增资项目", WG, F5, companies=["韩国三照科技"], status="签约", status_text="参加省重点项目集中签约", note="2021年12月；增资"),
  proj("惠普高端喷墨项目和富士康合作项目", WG, F8, companies=["惠普", "富士康"], inv="投资3.5亿美元", currency="usd", value=3.5e8,
       note="按一个合作项目计；新增打印机产能1000万台"),
  proj("惠普工业园", WG, F10, companies=["惠普"], status="在建", status_text="50万平米厂房已主体完工", status_alt="竣工"),
  proj("度小满金融科技", WG, F9, companies=["度小满科技"], inv="投资30亿元", status="在建", status_text="正在进行内部装修", aliases=["度小满科技"],
       note="状态见末段“度小满金融科技正在进行内部装修”"),
  proj("香港亿和与日本富士合作的多功能打印机", WG, F10, companies=["香港亿和", "日本富士"], status="投产", status_text="2021年4月量产出货"),
  proj("华菱电子热敏打印头像项目", WG, F10, companies=["华菱电子"], status="投产", status_text="2021年10月投产"),
 ],
 aggregate_facts=[
  fact(WG, "park", "fortune500_firms", 3, "count", F6, ASF, note="2021年落地的世界500强企业"),
  fact(WG, "park", "projects_signed", 4, "count", F3, "2021年8月", opt=True, note="第二届跨国公司领导人峰会期间签约的四个大项目"),
  fact("惠普高端喷墨项目和富士康合作项目", "project", "expected_annual_capacity_units", 10000000, "units", F8, ASF, kind="target", opt=True, note="新增打印机产能1000万台"),
  fact("度小满金融科技", "project", "talents", 3000, "count", F9, ASF, qual="余", qtext="多", opt=True, note="集聚各类人才3000多人"),
  fact("惠普工业园", "project", "floor_area_m2", 500000, "m2", F10, "2022年1月", opt=True, note="50万平米厂房"),
 ])

# ---------------------------------------------------------------- we07 日照经开区 十四五 review (ingsd.com 2025)
RZ = "日照经济技术开发区"
H0 = "将时间轴延伸得远一些,回望“十四五”,在日照经济技术开发区这片创新发展的沃土上,汗水与收获并存,喜悦与艰辛同在"
H1 = "成绩,项目为证:五年来,日照经开区共备案、核准项目1253个,总投资1712亿元,其中过5000万元项目396个"
H2 = "五年间,日照经开区新培育国家专精特新“小巨人”企业3家、省级专精特新企业74家、省级瞪羚企业14家、省级创新型中小企业176家"
H3 = "11月25日,走进三一重能(日照)风电设备制造基地,从重达50吨的轮毂穿装到毫米级精度的螺栓对位紧固,机械臂群组协同作业"
H4 = "1—10月,该公司累计完成产值17.2亿元"
H5 = "两年间,该区招引落地三一重能、中船金马、泛在新能源等项目4个,重点在谈项目5个"
H6 = "亚太森博50万吨文化纸及立体仓、15万吨生活纸及分切线等项目建成投产"
H7 = "60万吨浆线扩产改造、35万吨生活纸二期、液体包装纸莱赛尔纤维提产技改等项目陆续开工建设"
ASH = "2021—2025年（“十四五”，截至2025年11月）"
G["we07"] = dict(
 article=art("（无标题）日照经开区“十四五”回望：五年备案核准项目1253个、总投资1712亿元", "ingsd.com（存段署“全媒体记者 朱元理 牟艳霞 胡颖”；原刊未注明）", "2025-12-10", "day",
  "Local news site's year-end feature (opening only), Shandong: a national economic-technological development zone looks back on the 14th Five-Year Plan — projects filed and their total, specialised and gazelle firms, a wind-equipment base with year-to-date output, new-energy projects landed, pulp-and-paper projects in production and started",
  "http://www.ingsd.com/news/jiceng/2025-12-10/87628.html",
  "日期取网址 2025-12-10（文中“11月25日”“时值岁末”）。存段无标题、无日期行（title 为编者概括）；首行署名“全媒体记者 朱元理 牟艳霞 胡颖”已删（记入 outlet）。存段末句“总投资202亿元的世纪阳光纸业浆纸基地项目签约落地,配套污水”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…等项目陆续开工建设。”；小标题“火力全开:加速崛起千亿级临港大工业”“看传统产业——”保留为段。园区：日照经济技术开发区（文中又作“日照经开区”“该区”），kind 经济技术开发区。公司：三一重能（三一重能(日照)风电设备制造基地的经营者，“该公司”1—10月产值17.2亿元）、中船金马、泛在新能源（招引落地项目的企业名）、亚太森博。项目：三一重能(日照)风电设备制造基地（机械臂协同作业、已有产值→投产，推断自语境）；中船金马、泛在新能源（“招引落地”→无状态）；亚太森博50万吨文化纸及立体仓、15万吨生活纸及分切线（建成投产→投产）；60万吨浆线扩产改造、35万吨生活纸二期、液体包装纸莱赛尔纤维提产技改（陆续开工建设→开工；企业未点明，按上下文多为亚太森博，不填 companies）。被删残句中的世纪阳光纸业项目不计。事实：五年备案核准项目1253个、总投资1712亿元、其中过5000万元项目396个（cumulative）；新培育“小巨人”3家、省级专精特新74家、瞪羚14家、创新型中小企业176家（cumulative）；三一重能1—10月产值17.2亿元（company）；两年间新能源装备项目落地4个、在谈5个。",
  "we07"),
 parks=[
  park(RZ, "日照", "山东", "经济技术开发区", H0, aliases=["日照经开区"], note="文中又作“日照经开区”“该区”"),
 ],
 companies=[
  comp("三一重能", RZ, H5, note="三一重能(日照)风电设备制造基地；“该公司”1—10月产值17.2亿元"),
  comp("中船金马", RZ, H5, opt=True, note="招引落地的新能源装备项目"),
  comp("泛在新能源", RZ, H5, opt=True, note="招引落地的新能源装备项目"),
  comp("亚太森博", RZ, H6),
 ],
 projects=[
  proj("三一重能(日照)风电设备制造基地", RZ, H3, companies=["三一重能"], status="投产", status_text="机械臂群组协同作业", aliases=["三一重能"],
       note="已在生产（1—10月产值17.2亿元），状态由语境推断；又在“招引落地三一重能…等项目4个”中"),
  proj("中船金马", RZ, H5, companies=["中船金马"], status=None, status_text="招引落地", opt=True, note="以企业名作项目名；落地 alone → 无状态"),
  proj("泛在新能源", RZ, H5, companies=["泛在新能源"], status=None, status_text="招引落地", opt=True, note="以企业名作项目名；落地 alone → 无状态"),
  proj("亚太森博50万吨文化纸及立体仓", RZ, H6, companies=["亚太森博"], status="投产", status_text="建成投产"),
  proj("15万吨生活纸及分切线", RZ, H6, companies=["亚太森博"], status="投产", status_text="建成投产", note="与上项同列于“亚太森博”之后"),
  proj("60万吨浆线扩产改造", RZ, H7, status="开工", status_text="陆续开工建设"),
  proj("35万吨生活纸二期", RZ, H7, phase="二期", status="开工", status_text="陆续开工建设"),
  proj("液体包装纸莱赛尔纤维提产技改", RZ, H7, status="开工", status_text="陆续开工建设"),
 ],
 aggregate_facts=[
  fact(RZ, "park", "projects_filed_or_approved", 1253, "count", H1, ASH, kind="cumulative", note="备案、核准项目"),
  fact(RZ, "park", "projects_total_investment_cny", 1712e8, "cny", H1, ASH, kind="cumulative", chk=True),
  fact(RZ, "park", "projects_over_50m", 396, "count", H1, ASH, kind="cumulative", note="过5000万元项目"),
  fact(RZ, "park", "little_giant_firms_added", 3, "count", H2, ASH, kind="cumulative", note="国家专精特新“小巨人”"),
  fact(RZ, "park", "provincial_specialized_sme_added", 74, "count", H2, ASH, kind="cumulative"),
  fact(RZ, "park", "gazelle_firms", 14, "count", H2, ASH, kind="cumulative", note="新培育省级瞪羚企业"),
  fact(RZ, "park", "innovative_sme_added", 176, "count", H2, ASH, kind="cumulative", opt=True, note="省级创新型中小企业"),
  fact("三一重能", "company", "output_cny", 17.2e8, "cny", H4, "2025年1—10月", kind="cumulative", chk=True),
  fact(RZ, "park", "projects_landed", 4, "count", H5, "2024—2025年（两年间）", kind="cumulative", note="新能源装备项目"),
  fact(RZ, "park", "projects_in_talks", 5, "count", H5, "2025年末", note="新能源装备重点在谈项目"),
 ])
