# real266 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written. Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence). Funds: REITs, industrial funds and a bond/loan are funds only
# where the text names a fund; special bonds and bank loans to a park project are recorded on the project and as facts.

# ---------------------------------------------------------------- re01 沙潭江产业园 专项债券 (广西日报 2019)
STJ = "沙潭江生态科技产业园"
A1 = "其中防城港高新区投资发展有限公司的沙潭江生态科技产业园启动区(一期)工程项目获批发行1.8亿元"
G["re01"] = dict(
 article=art("沙潭江产业园获批发行1.8亿元债券", "广西日报（何顺），载于 m.yybnet.net（防城港频道）", "2019-04-12", "day",
  "Provincial daily via a regional news portal, Guangxi: a park developer's project gets a share of the region's 2019 industrial-park special bonds; use of proceeds",
  "https://m.yybnet.net/fangchenggang/news/201904/8949508.html",
  "日期取页面“广西日报 2019-04-12 07:18”。标题照录；“■港城资讯”栏目名、日期行及页尾“新闻推荐”等已删；署名“(何顺)”保留为末段。正文两段，完整。园区：沙潭江生态科技产业园（标题作“沙潭江产业园”；防城港市，广西）；防城港高新区只在公司名中出现，不列园区。公司：防城港高新区投资发展有限公司（园区开发平台）。项目：沙潭江生态科技产业园启动区(一期)工程项目——获批发行专项债券1.8亿元（债券额，不是项目总投资；investment 不记），用于3栋研发中心建设，状态文中未说。事实：全区发行产业园区专项债券13.3亿元（区域总量）。",
  "re01"),
 parks=[
  park(STJ, "防城港", "广西", "产业园", A1, aliases=["沙潭江产业园"], note="标题作“沙潭江产业园”"),
 ],
 companies=[
  comp("防城港高新区投资发展有限公司", STJ, A1, kind="park_developer", note="项目业主，园区开发平台"),
 ],
 institutions=[
  inst("自治区政府", "自治区政府正式发行2019年度产业园区专项债券", note="广西壮族自治区政府，债券发行人"),
 ],
 projects=[
  proj("沙潭江生态科技产业园启动区(一期)工程项目", STJ, A1, companies=["防城港高新区投资发展有限公司"], phase="一期",
       note="获批发行专项债券1.8亿元（债券额，非总投资，未记入 investment）；用于3栋研发中心建设"),
 ],
 aggregate_facts=[
  fact(STJ, "park", "special_bond_approved_cny", 1.8e8, "cny", A1, "2019年度", note="启动区(一期)工程项目获批专项债券额度", chk=True),
  fact("广西", "region", "park_special_bonds_issued_cny", 13.3e8, "cny", "全区发行13.3亿元", "2019年度", opt=True, chk=True,
       note="自治区2019年度产业园区专项债券发行总额"),
 ])

# ---------------------------------------------------------------- re02 平阴经济开发区 产业投资基金 (济南市人民政府 2023)
PY = "平阴经济开发区"
B0 = "近期,平阴经济开发区与济南金控集团合作设立了产业投资基金,该基金总规模为1亿元"
B1 = "其中,星闪世图数字孪生项目是基金团队“以投带引”拟落户的项目"
B2 = "晶众光电高端激光器项目是开发区新招商项目,该项目正是基于基金的配资而选择落户平阴"
G["re02"] = dict(
 article=art("平阴经济开发区创新投融资机制", "济南市人民政府（来源标注），载于 selectshandong.com（山东省商务厅“投资山东”网站）", "2023-01-03", "day",
  "Provincial investment-promotion site relaying a city government item, Shandong: a county development zone sets up an industrial investment fund with a city financial holding group; projects in the pipeline",
  "https://selectshandong.com/news/zsdt/20644.html",
  "日期取页面“来源: 济南市人民政府2023-01-03 09:54:23”。标题照录；来源行、页尾版权与联系方式已删。正文四段，完整。园区：平阴经济开发区（济南市平阴县，山东）。基金：平阴经济开发区与济南金控集团合作设立的产业投资基金（无专名），总规模1亿元，管理人济南财金投资管理有限公司。项目：星闪世图数字孪生项目（“拟落户”→planned，可选状态）；晶众光电高端激光器项目（开发区新招商项目，“选择落户平阴”，无状态）。“3个项目进入投资操作阶段”“考察了平阴县10余家企业”为基金工作进展（可选事实）。",
  "re02"),
 parks=[
  park(PY, "济南", "山东", "经济开发区", B0, district="平阴县"),
 ],
 companies=[
  comp("济南金控集团", None, B0, kind="state_investor", note="合作设立基金的市级金控平台（园区外）"),
  comp("济南财金投资管理有限公司", None, "由济南财金投资管理有限公司作为基金管理人", kind="fund_manager", note="基金管理人"),
  comp("晶众光电", PY, B2, opt=True, note="只在项目名中"),
  comp("星闪世图", PY, B1, opt=True, note="只在项目名中；拟落户"),
 ],
 funds=[
  fund("平阴经济开发区产业投资基金", PY, B0, size="1亿元", size_type="总规模",
       note="无专名，名称为编者概括：平阴经济开发区与济南金控集团合作设立；管理人济南财金投资管理有限公司"),
 ],
 projects=[
  proj("星闪世图数字孪生项目", PY, B1, companies=["星闪世图"], status="planned", status_text="拟落户", note="基金“以投带引”拟落户项目"),
  proj("晶众光电高端激光器项目", PY, B2, companies=["晶众光电"], status=None, status_text="选择落户平阴", note="开发区新招商项目，基于基金配资落户"),
 ],
 aggregate_facts=[
  fact("平阴经济开发区产业投资基金", "fund", "projects_in_investment_process", 3, "count", "已有3个项目进入投资操作阶段", "2023年初", opt=True),
  fact("平阴经济开发区产业投资基金", "fund", "firms_visited", 10, "count", "基金管理团队已经考察了平阴县10余家企业", "2023年初", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- re03 中金联东科创REIT (中国证券报 2024)
LD = "中金联东科创REIT"
C1 = "公告显示,中金联东科创REIT发售总份额为5亿份,募集规模为人民币16.17亿元"
C2 = "首发入池资产为位于北京市大兴区、顺义区和房山区合计3处新型标准工业厂房产业园区,合计建筑面积19.84万平方米"
ZGC = "中关村国家自主创新示范区"
G["re03"] = dict(
 article=art("中金联东科创REIT在上交所上市", "中国证券报·中证网（记者 葛瑶）", "2024-11-05", "day",
  "National securities daily's website: the first private-sector industrial-park REIT lists in Shanghai — fund size, underlying park assets and their tenants",
  "https://www1.cs.com.cn/tzjj/jjdt/202411/t20241105_6451760.html",
  "日期取网址 202411/t20241105 与正文“11月5日”。标题照录；“中证网 / 返回首页”、署名行“葛瑶 中国证券报·中证网”及页尾“中证网声明”（存段在声明中断）已删。正文两段，完整。基金：中金联东科创REIT，募集规模16.17亿元。园区：3处新型标准工业厂房产业园区（大兴、顺义、房山，无专名，不列名称）；所在的中关村国家自主创新示范区列为园区（北京）。公司：联东（只在基金名中，文中未出现“联东U谷”等全称，不列）。事实：入园企业中有资质标签者74家占62%、国家高新技术企业60家占50%（截至2024年3月31日）；建筑面积19.84万平方米。",
  "re03"),
 parks=[
  park(ZGC, "北京", "北京", "国家自主创新示范区", "基础设施资产均位于北京中关村国家自主创新示范区", opt=True,
       note="REIT 的3处产业园区所在地；3处园区本身无专名"),
 ],
 institutions=[
  inst("上海证券交易所", "中金联东科创REIT在上海证券交易所上市", kind="exchange"),
 ],
 funds=[
  fund(LD, ZGC, C1, size="16.17亿元", size_type="募集规模", note="国内首单民营产业园REIT；首发入池资产为3处新型标准工业厂房产业园区"),
 ],
 aggregate_facts=[
  fact(LD, "fund", "floor_area_sqm", 198400, "sqm", C2, "首发（2024年11月）", note="3处产业园区合计建筑面积19.84万平方米"),
  fact(LD, "fund", "qualified_tenant_firms", 74, "count", "雏鹰企业等标签或资质的合计共74家,占比达62%", "2024-03-31", note="入园企业中有高新等资质标签者"),
  fact(LD, "fund", "qualified_tenant_share", 0.62, "ratio", "雏鹰企业等标签或资质的合计共74家,占比达62%", "2024-03-31", kind="ratio", opt=True),
  fact(LD, "fund", "high_tech_firms", 60, "count", "其中国家高新技术企业数量达60家,占比50%", "2024-03-31"),
  fact(LD, "fund", "high_tech_firm_share", 0.50, "ratio", "其中国家高新技术企业数量达60家,占比50%", "2024-03-31", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- re04 中金重庆两江REIT (2024, via eastmoney)
LJ = "中金重庆两江REIT"
D0 = "12月11日,中金重庆两江产业园封闭式基础设施证券投资基金(基金代码508010,简称“中金重庆两江REIT”)在上交所上市"
D1 = "重庆两江新区产业发展集团有限公司(简称“两江产业集团”)为原始权益人及运营管理统筹机构"
D2 = "截至2024年6月末,两江产业集团拥有约764万平方米优质产业园区资产,其中已投入运营的成熟资产约483万平方米"
LJXQ = "重庆两江新区"
G["re04"] = dict(
 article=art("中金重庆两江REIT于上交所上市", "东方财富网 fund.eastmoney.com（原出处存段未示）", "2024-12-11", "day",
  "Financial portal: an industrial-park REIT of a western state-owned park developer lists in Shanghai — fund, sponsor, the developer's park assets",
  "http://fund.eastmoney.com/a/202412113265760232.html",
  "日期取网址 202412113265760232 与正文“12月11日”。标题为“热门:”下一行，照录；“热门:”已删。存段末段（“该基金入池资产共4处…周边区域聚集较多”）中断，整段删去（入池资产所在的两江数字经济产业园因此不在正文中）。正文三段。基金：中金重庆两江产业园封闭式基础设施证券投资基金（简称中金重庆两江REIT，代码508010），文中无募集金额。公司：重庆两江新区产业发展集团有限公司（两江产业集团，原始权益人及运营管理统筹机构）、中金基金（基金管理人）、中金公司（计划管理人）。园区：重庆两江新区（国家级新区，列为园区，可选）。事实：两江产业集团约764万平方米产业园区资产、成熟资产约483万平方米（截至2024年6月末）；全市场已上市REITs 54只等为市场数（可选）。",
  "re04"),
 parks=[
  park(LJXQ, "重庆", "重庆", "国家级新区", D1, opt=True, note="文中只在“推动重庆两江新区辖内产业发展”和公司名中出现"),
 ],
 companies=[
  comp("重庆两江新区产业发展集团有限公司", LJXQ, D1, kind="park_developer", aliases=["两江产业集团"], note="原始权益人及运营管理统筹机构"),
  comp("中金基金", None, "中金重庆两江REIT基金管理人为中金基金", kind="fund_manager"),
  comp("中金公司", None, "项目计划管理人及财务顾问为中金公司", kind="financial", opt=True),
 ],
 institutions=[
  inst("上交所", D0, kind="exchange"),
 ],
 funds=[
  fund("中金重庆两江产业园封闭式基础设施证券投资基金", LJXQ, D0, aliases=["中金重庆两江REIT"], note="西部首单产业园REIT；文中无募集规模"),
 ],
 aggregate_facts=[
  fact("重庆两江新区产业发展集团有限公司", "company", "park_assets_sqm", 7640000, "sqm", D2, "2024年6月末", qual="约", qtext="约"),
  fact("重庆两江新区产业发展集团有限公司", "company", "operating_park_assets_sqm", 4830000, "sqm", D2, "2024年6月末", qual="约", qtext="约", opt=True),
  fact("上交所", "market", "park_reits_listed", 10, "count", "此次上市的中金重庆两江REIT是上交所第10只产业园REITs", "2024-12-11", opt=True),
 ])

# ---------------------------------------------------------------- re05 蒙苏经济开发区 专项债券 (鄂尔多斯市财政局 2024)
MS = "蒙苏经济开发区"
MSP = "蒙苏经济开发区零碳产业园"
PN = "蒙苏经济开发区零碳产业园新能源高效能电池园区基础设施建设项目"
E1 = "其中,支持伊金霍洛旗蒙苏经济开发区“蒙苏经济开发区零碳产业园新能源高效能电池园区基础设施建设项目”10亿元,已全部下达"
E2 = "该项目2022年投入建设,总投资68.64亿元"
E3 = "已累计下达产业园区基础设施建设专项债券资金31.29亿元"
G["re05"] = dict(
 article=art("【地方政府专项债券助推我市区域经济高质量发展】优秀案例系列(一)政策助力地方产业园区重点项目建设", "鄂尔多斯市财政局网站（czj.ordos.gov.cn）", "2024-11-20", "day",
  "City finance bureau website, Inner Mongolia: special bonds for industrial-park infrastructure — a zero-carbon park's battery-park infrastructure project with its bond share, total investment, scale and completion date",
  "https://czj.ordos.gov.cn/czdt/202411/t20241120_3721123.html",
  "日期取页面“发布日期:2024-11-20 17:31:00”。标题照录；日期、字体、分享行已删。存段第三段（“…项目的建设符合…吸收下岗职工与闲置人口再就业,增”）中断，整段删去。正文两段。园区：蒙苏经济开发区（伊金霍洛旗，鄂尔多斯，内蒙古）及其零碳产业园（子园区）。项目：蒙苏经济开发区零碳产业园新能源高效能电池园区基础设施建设项目，总投资68.64亿元，2022年投入建设、预计2025年完成建设→在建；获专项债券10亿元（已全部下达，事实记）。事实：全市累计下达产业园区基础设施建设专项债券资金31.29亿元（cumulative，市级）；项目用地约1174.34亩、标准化厂房314600平方米（可选）。",
  "re05"),
 parks=[
  park(MS, "鄂尔多斯", "内蒙古", "经济开发区", E1, district="伊金霍洛旗"),
  park(MSP, "鄂尔多斯", "内蒙古", "产业园", E1, district="伊金霍洛旗", parent=MS, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("鄂尔多斯市", E3, kind="government", note="“我市”，发布单位市财政局"),
 ],
 projects=[
  proj(PN, MSP, PN + "主要为招商引资入驻企业提供标准化厂房,该项目2022年投入建设,总投资68.64亿元", inv="总投资68.64亿元",
       status="在建", status_text="2022年投入建设…预计2025年完成建设", note="获专项债券10亿元（已全部下达）；预计2025年完成建设"),
 ],
 aggregate_facts=[
  fact(PN, "project", "special_bond_allocated_cny", 10e8, "cny", "基础设施建设项目”10亿元,已全部下达", "2024年11月", kind="cumulative", chk=True),
  fact("鄂尔多斯市", "region", "park_special_bonds_allocated_cny", 31.29e8, "cny", E3, "截至2024年11月", kind="cumulative", chk=True),
  fact(PN, "project", "land_area_mu", 1174.34, "mu", "总用地面积约1174.34亩", "2024年11月", qual="约", qtext="约", opt=True),
  fact(PN, "project", "standard_factory_area_sqm", 314600, "sqm", "主要建设标准化厂房314600 平方米", "2024年11月", opt=True),
 ])

# ---------------------------------------------------------------- re06 紫城工业园 农发行贷款 (河源 2024)
ZC = "紫城工业园"
F1 = "2月2日,农发行河源市龙川县支行向河源市紫金县城市开发投资有限公司投放城乡一体化固定资产贷款750万元,用于购置紫城工业园首期公共服务区行政办公大楼项目"
G["re06"] = dict(
 article=art("金融助力工业园区建设", "xyshjj.cn（河源地方新闻网站；记者 付曦地，通讯员 张证皓、刘嫄）", "2024-02-05", "day",
  "Local news site, Guangdong: a policy bank lends to a county's urban development company for an industrial park's public-service building; the project's scale and purpose",
  "https://www.xyshjj.cn/content/202402/05/c23463250.html",
  "日期取网址 202402/05（事件“2月2日”）。标题照录。存段三段，完整，无删改；署名括注在末段末尾，保留。园区：紫城工业园（河源市紫金县，广东；文中又作“紫金县工业园”，指全县工业园全域，不作别名）。公司：河源市紫金县城市开发投资有限公司（园区平台，借款人）。机构：农发行河源市龙川县支行（贷款方）。项目：紫城工业园首期公共服务区行政办公大楼项目——贷款750万元（贷款额，非总投资），收购园区内楼房一栋并改造，状态未说。事实：占地2684.19平方米、建筑面积10987.39平方米（可选）。",
  "re06"),
 parks=[
  park(ZC, "河源", "广东", "工业园", F1, district="紫金县"),
 ],
 companies=[
  comp("河源市紫金县城市开发投资有限公司", ZC, F1, kind="park_developer", aliases=["紫金县城市开发投资有限公司"], note="借款人，县城投"),
 ],
 institutions=[
  inst("农发行河源市龙川县支行", F1, kind="bank", note="贷款方"),
 ],
 projects=[
  proj("紫城工业园首期公共服务区行政办公大楼项目", ZC, F1, companies=["河源市紫金县城市开发投资有限公司"],
       note="贷款750万元（贷款额，非总投资，未记入 investment）；拟收购园区内楼房一栋并装修改造"),
 ],
 aggregate_facts=[
  fact("紫城工业园首期公共服务区行政办公大楼项目", "project", "loan_disbursed_cny", 7.5e6, "cny", "投放城乡一体化固定资产贷款750万元", "2024-02-02", chk=True),
  fact("紫城工业园首期公共服务区行政办公大楼项目", "project", "floor_area_sqm", 10987.39, "sqm", "总建筑面积为10987.39平方米", "2024-02", opt=True),
 ])
