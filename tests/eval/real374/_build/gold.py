# real374 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a county / district is not a park).
# Status from the text's words (开工建设 → 开工; 建成投产 / 落地投产 → 投产; 签约 / 签署入驻合作协议 → 签约; 正在加速建设 /
# 接近尾声 → 在建; 已报审批 → planned). Plans (“计划完成投资”) are kind target; totals since a zone was founded and
# year-to-date figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/niNN.raw as returned.

# ---------------------------------------------------------------- ni01 曹妃甸千亿打造循环经济产业园 (晨报 via cfd163 2009)
CFD = "曹妃甸新区"
A0 = "今年曹妃甸新区计划完成投资1000亿元人民币,是前6年的总和,平均每天投入近3亿元"
A1 = "首钢京唐钢铁厂一期一步工程全线试生产"
A2 = "中石化千万吨级炼化一体项目已报国家发改委审批"
A3 = "中石油渤海湾生产支持基地和华电集团临港重工装备制造基地等一批重大产业项目陆续开工建设"
A4 = "截至今年8月份,曹妃甸新区续建项目67个,总投资1001亿元,完成投资309亿元"
A5 = "新区新开项目225个,总投资2039.8亿元,完成投资229.1亿元"
A6 = "新区前期项目65个,总投资2450.5亿元"
AS1 = "2009年（截至8月）"
G["ni01"] = dict(
 article=art("曹妃甸千亿打造循环经济产业园", "晨报（记者 李若愚；“晨报讯”，报名全称未示），转载于 cfd163.com（曹妃甸163，“来源:转载”）", "2009-10-20", "day",
  "Local portal relaying a morning paper, Hebei: a coastal new area's 2009 investment plan — named heavy-industry projects on trial run, under approval and started, counts and totals of continuing, new and preliminary projects to August, its designation as a circular-economy pilot park",
  "http://www.cfd163.com/html/2009/10/201034183200.htm",
  "日期取页面“发布:2009/10/20 10:34:18”。标题照录；位置栏与发布行已删。存段末段在“涉及行政”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…曹妃甸则是这台发动机的强劲引擎。”，共五段。园区：曹妃甸新区（唐山市，河北；文中又作“新区”“曹妃甸”；2005年被列为国家首批发展循环经济试点产业园区）。项目：首钢京唐钢铁厂一期一步工程（全线试生产→投产，note）；中石化千万吨级炼化一体项目（已报国家发改委审批→planned）；中石油渤海湾生产支持基地、华电集团临港重工装备制造基地（陆续开工建设→开工）。企业只在项目名中，列可选。事实：2009年计划完成投资1000亿元（target）；截至8月续建项目67个/1001亿元/完成309亿元，新开项目225个/2039.8亿元/完成229.1亿元，前期项目65个/2450.5亿元（截至8月；完成投资为 cumulative）。",
  "ni01"),
 parks=[
  park(CFD, "唐山", "河北", "新区", A0, note="文中又作“新区”“曹妃甸”；国家首批发展循环经济试点产业园区"),
 ],
 companies=[
  comp("首钢京唐钢铁厂", CFD, A1, opt=True, note="只在项目名中"),
  comp("中石化", CFD, A2, opt=True, note="只在项目名中"),
  comp("中石油", CFD, A3, opt=True, note="只在项目名中"),
  comp("华电集团", CFD, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("首钢京唐钢铁厂一期一步工程", CFD, A1, companies=["首钢京唐钢铁厂"], phase="一期一步", status="投产", status_text="全线试生产",
       note="试生产；status 记投产"),
  proj("中石化千万吨级炼化一体项目", CFD, A2, companies=["中石化"], status="planned", status_text="已报国家发改委审批"),
  proj("中石油渤海湾生产支持基地", CFD, A3, companies=["中石油"], status="开工", status_text="陆续开工建设"),
  proj("华电集团临港重工装备制造基地", CFD, A3, companies=["华电集团"], status="开工", status_text="陆续开工建设"),
 ],
 aggregate_facts=[
  fact(CFD, "park", "planned_annual_investment_cny", 1e11, "cny", A0, "2009年（计划）", kind="target", chk=True),
  fact(CFD, "park", "continuing_projects", 67, "count", A4, AS1),
  fact(CFD, "park", "continuing_projects_investment_cny", 1.001e11, "cny", "总投资1001亿元,完成投资309亿元", AS1, chk=True),
  fact(CFD, "park", "continuing_projects_invested_cny", 3.09e10, "cny", "完成投资309亿元", AS1, kind="cumulative", chk=True),
  fact(CFD, "park", "new_projects", 225, "count", A5, AS1),
  fact(CFD, "park", "new_projects_investment_cny", 2.0398e11, "cny", "总投资2039.8亿元,完成投资229.1亿元", AS1, chk=True),
  fact(CFD, "park", "new_projects_invested_cny", 2.291e10, "cny", "完成投资229.1亿元", AS1, kind="cumulative", chk=True),
  fact(CFD, "park", "preliminary_projects", 65, "count", A6, AS1, opt=True),
  fact(CFD, "park", "preliminary_projects_investment_cny", 2.4505e11, "cny", "总投资2450.5亿元", AS1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ni02 石药集团50亿元项目落户石家庄高新区 (商务部 via ciedata 2010)
SJZ = "石家庄高新区"
YY = "河北省(石家庄)高端医药产业园"
B0 = "7月18日,石家庄高新区管委会与石药集团正式签署入驻合作协议"
B1 = "石药集团计划投资50亿元在高新区建设新型药物制剂产业化、河北医药财富中心等项目"
B2 = "其中,新型药物制剂产业化项目年综合生产能力达300亿片粒袋支,项目计划2010年动工,2013年建成投产"
B3 = "河北医药财富中心项目,主要目标是为医药生产企业、医药分销商、医药终端用户,搭建河北省最大规模的医药信息、物流和营销基地,项目计划2010年动工,2013年全部建成运营"
G["ni02"] = dict(
 article=art("石药集团50亿元项目落户石家庄高新区", "中华人民共和国商务部（cccme.mofcom.gov.cn，发布人 小杨），转载于 ciedata.com（进出口服务网）", "2010-07-28", "day",
  "Trade-data portal relaying a Ministry of Commerce site item, Hebei: a pharmaceutical group signs an entry agreement with a national high-tech zone — planned investment, two named projects with start and completion years, expected sales and profit-tax, the zone's pharmaceutical park",
  "http://www.ciedata.com/News/201007/ce51a7cc-b8c0-4053-ad6a-bd89f44a3c6c.html",
  "日期取页面“时间:2010/7/28 10:33:03”（签约在7月18日）。标题照录；位置栏、来源行、发布单位、发布人、分享及广告行已删。正文三段，完整。园区：石家庄高新区（文中又作“高新区”“该区”）；河北省(石家庄)高端医药产业园（成功落户于高新区，parent 石家庄高新区）。公司：石药集团（在园）。项目：新型药物制剂产业化项目、河北医药财富中心项目（签署入驻合作协议→签约；计划2010年动工→status_alt planned）；50亿元为两项合计（“等项目”），不分摊，记为石药集团计划投资（事实）。预期销售收入200亿元、利税15亿元为 target。",
  "ni02"),
 parks=[
  park(SJZ, "石家庄", "河北", "高新区", B0, note="文中又作“高新区”“该区”"),
  park(YY, "石家庄", "河北", "产业园（医药）", "特别是扩区托管的实现和河北省(石家庄)高端医药产业园的成功落户", parent=SJZ, note="园中园；由语境推定在高新区内"),
 ],
 companies=[
  comp("石药集团", SJZ, B0, note="特大型制药企业；签署入驻合作协议"),
 ],
 institutions=[
  inst("石家庄高新区管委会", B0, note="签约方"),
 ],
 projects=[
  proj("新型药物制剂产业化项目", SJZ, B2, companies=["石药集团"], status="签约", status_text="正式签署入驻合作协议", status_alt="planned",
       note="计划2010年动工，2013年建成投产；50亿元为与河北医药财富中心等项目合计"),
  proj("河北医药财富中心项目", SJZ, B3, companies=["石药集团"], status="签约", status_text="正式签署入驻合作协议", status_alt="planned",
       aliases=["河北省医药财富中心"], note="计划2010年动工，2013年全部建成运营"),
 ],
 aggregate_facts=[
  fact("石药集团", "company", "planned_investment_cny", 5e9, "cny", B1, "2010年7月（签约）", chk=True, note="在高新区的项目合计"),
  fact("石药集团", "company", "expected_annual_sales_cny", 2e10, "cny", "所有项目建成后,将实现销售收入200亿元、利税15亿元", "建成后（预期）", kind="target", chk=True),
  fact("石药集团", "company", "expected_annual_profit_tax_cny", 1.5e9, "cny", "利税15亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ni03 燕郊高新区 20周年 (科技日报 via seed-china 2012)
YJ = "燕郊高新区"
C0 = "建区20年,燕郊高新区实际利用外资10.54亿美元,实际引进内资601.8亿元"
C1 = "区内拥有各类高新技术和先进制造业企业182家,经济贡献率达到58%"
AS3 = "1992年至2012年（建区20年）"
G["ni03"] = dict(
 article=art("农业小镇变新兴产业“发展高地”", "科技日报，转载于 seed-china.com（天鸿种子网“县域经济”栏）；署名存段未示", "2012-10-24", "day",
  "Relay of a national science daily, Hebei: a national high-tech zone in a town marks 20 years — upgrade history, cumulative foreign and domestic investment, fiscal revenue, sales, exports, GDP and fixed-asset investment, counts of firms, institutions and listed projects",
  "http://seed-china.com/Info.aspx?Id=38837&ModelId=1",
  "日期取页面“来源:科技日报 2012年10月24日”。标题照录；位置栏与来源行已删。正文四段，完整。园区：燕郊高新区（廊坊市三河市燕郊镇，河北；首段作“燕郊开发区”，记 alias；2010年升级为国家高新技术产业开发区）。无具名企业与项目。事实：建区20年累计数（实际利用外资10.54亿美元、实际引进内资601.8亿元、财政收入192.32亿元、工业销售收入1684.44亿元、出口创汇12.78亿美元、国内生产总值1256.5亿元、固定资产投资904.12亿元）记 cumulative；高新技术和先进制造业企业182家、经济贡献率58%、中直单位38家等为2012年10月时点数。",
  "ni03"),
 parks=[
  park(YJ, "廊坊", "河北", "国家高新技术产业开发区", "1992年秋,燕郊高新区奠基", district="三河市", aliases=["燕郊开发区"],
       note="首段作“燕郊开发区”；2010年升级为国家级高新区；设在镇域"),
 ],
 companies=[],
 aggregate_facts=[
  fact(YJ, "park", "actual_fdi_usd", 1.054e9, "usd", C0, AS3, kind="cumulative"),
  fact(YJ, "park", "domestic_investment_cny", 6.018e10, "cny", "实际引进内资601.8亿元", AS3, kind="cumulative", chk=True),
  fact(YJ, "park", "fiscal_revenue_cny", 1.9232e10, "cny", "累计完成财政收入192.32亿元", AS3, kind="cumulative", chk=True),
  fact(YJ, "park", "industrial_sales_revenue_cny", 1.68444e11, "cny", "实现工业销售收入1684.44亿元", AS3, kind="cumulative", chk=True),
  fact(YJ, "park", "exports_usd", 1.278e9, "usd", "出口创汇12.78亿美元", AS3, kind="cumulative"),
  fact(YJ, "park", "gdp_cny", 1.2565e11, "cny", "完成国内生产总值1256.5亿元", AS3, kind="cumulative", chk=True),
  fact(YJ, "park", "fixed_asset_investment_cny", 9.0412e10, "cny", "累计完成固定资产投资904.12亿元", AS3, kind="cumulative", chk=True),
  fact(YJ, "park", "high_tech_and_advanced_manufacturing_firms", 182, "count", C1, "2012年10月"),
  fact(YJ, "park", "economic_contribution_share", 0.58, "ratio", C1, "2012年10月", kind="ratio", opt=True),
  fact(YJ, "park", "central_units", 38, "count", "区内拥有中直单位38家、科研机构20余家、大专院校8所", "2012年10月", opt=True),
  fact(YJ, "park", "research_institutes", 20, "count", "科研机构20余家", "2012年10月", qual="余", qtext="余", opt=True),
  fact(YJ, "park", "colleges", 8, "count", "大专院校8所", "2012年10月", opt=True),
  fact(YJ, "park", "projects_in_science_plans", 100, "count", "有100余个项目被列入各级各类科技计划,其中国家级项目20项,省级项目60项", "2012年10月", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ni04 邢台 县县都有省级开发区 (长城网 2013)
D0 = "日前,随着南宫经济开发区、柏乡经济开发区、新河经济开发区和广宗经济开发区成为省级开发区"
D1 = "邢台市省级开发区(园区)数量达到了17家,跃居全省第一,加上此前获批的6个省级工业聚集区"
D2 = "形成了以邢台市开发区、宁晋县为主体的新能源产业基地"
D3 = "以沙河金百家工业园区为主体的新型建材产业基地"
D4 = "以隆尧东方食品城为主体的方便食品和饮品产业基地"
G["ni04"] = dict(
 article=art("邢台实现县县都有省级开发区 加快园区建设步伐", "长城网（news.hebei.com.cn）；原发媒体与署名存段未示", "2013-06-02", "day",
  "Provincial news portal, Hebei: a prefecture's count of provincial development zones after four county zones are upgraded, the parks' share of land, value added and revenue, and the industrial bases built on named zones",
  "http://news.hebei.com.cn/system/2013/06/02/012804760.shtml",
  "日期取网址 2013/06/02（存段无日期行）。标题照录。存段全文为一行（段落以空格相连），按一段保留；末句“发挥邢台市开发区国”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…加快培育战略性新兴产业。”。园区：新升级为省级开发区的南宫经济开发区、柏乡经济开发区、新河经济开发区、广宗经济开发区；邢台市开发区（新能源产业基地主体）；沙河金百家工业园区；隆尧东方食品城（食品产业基地主体，是否园区不明，可选）。宁晋县、邢台县等县为地区，不列园区。无具名企业与项目。事实：邢台市省级开发区(园区)17家、省级工业聚集区6个（region）；“千分之三的土地…四成以上的工业增加值”为比例，列可选。",
  "ni04"),
 parks=[
  park("南宫经济开发区", "邢台", "河北", "省级经济开发区", D0, district="南宫市", note="新升级为省级开发区"),
  park("柏乡经济开发区", "邢台", "河北", "省级经济开发区", D0, district="柏乡县", note="新升级为省级开发区"),
  park("新河经济开发区", "邢台", "河北", "省级经济开发区", D0, district="新河县", note="新升级为省级开发区"),
  park("广宗经济开发区", "邢台", "河北", "省级经济开发区", D0, district="广宗县", note="新升级为省级开发区"),
  park("邢台市开发区", "邢台", "河北", "开发区", D2, note="新能源产业基地主体之一；即邢台经济开发区（文中未写全称）"),
  park("沙河金百家工业园区", "邢台", "河北", "工业园区", D3, district="沙河市"),
  park("隆尧东方食品城", "邢台", "河北", "食品城", D4, district="隆尧县", opt=True, note="产业基地主体；是否园区不明"),
 ],
 companies=[],
 aggregate_facts=[
  fact("邢台市", "region", "provincial_development_zones", 17, "count", D1, "2013年6月"),
  fact("邢台市", "region", "provincial_industrial_clusters", 6, "count", D1, "2013年6月", opt=True),
  fact("邢台市", "region", "parks_land_share", 0.003, "ratio", "规模以上园区以占全市千分之三的土地,产生出全市四成以上的工业增加值、三成以上的财政收入和固定资产投资", "2013年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ni05 黄骅 羊二庄临港产业聚集区 (长城网 2013)
YEZ = "羊二庄临港产业聚集区"
E0 = "3月12日,记者在位于黄骅市羊二庄临港产业聚集区的河北鑫海化工年产500万吨劣质油项目厂区看到"
E1 = "河北鑫海化工投资22亿元完成一期工程,具备了40万立方米的储油能力,很快就正式投产"
E2 = "黄骅市去年在羊二庄规划了36平方公里的临港产业聚集区"
E3 = "并迅速完成了投资2.4亿元、总长8.34公里的南疏港路西延工程等基础设施和配套设施建设"
E4 = "同时确定了现代物流区(包括煤炭物流园和矿产物流园)、石油化工区、装备制造区三大功能区"
AS5 = "2012年"
G["ni05"] = dict(
 article=art("发挥港口独特功能 黄骅倾力打造“实力之城”", "长城网（heb.hebei.com.cn）；原发媒体与署名存段未示", "2013-04-02", "day",
  "Provincial news portal, Hebei: a coastal county-level city's port-side industrial cluster zone — a refinery project's first phase completed with its investment, the zone's planned area and functional areas, a road project completed, last year's fiscal revenue, fixed-asset investment and output with growth",
  "http://heb.hebei.com.cn/system/2013/04/02/012673962.shtml",
  "日期取网址 2013/04/02（存段无日期行；文中采访日3月12日）。标题照录。存段全文为一行（段落以空格相连），按一段保留；末句“围绕建设产值超千亿园区的目标…加大招商”在句中中断，整句已删（make_txt.py LINE_SUFFIX），正文截至“…同比增长47.2%。”。园区：羊二庄临港产业聚集区（沧州黄骅市羊二庄回族镇，河北；文中又作“临港产业聚集区”；去年规划36平方公里）；功能区中的煤炭物流园、矿产物流园列可选（parent 聚集区）。黄骅新城核心区不是园区。项目：河北鑫海化工年产500万吨劣质油项目——一期工程投资22亿元已完成（竣工），“很快就正式投产”；南疏港路西延工程——投资2.4亿元，已完成（竣工）；北汽项目只作增长极提及（可选，园区未说）。事实：“羊二庄各项经济指标”去年财政收入2.22亿元、固定资产投入41.5亿元、产值48.2亿元及增速——主语为羊二庄（镇与聚集区重合，记 region 羊二庄，note），as_of 2012年。",
  "ni05"),
 parks=[
  park(YEZ, "沧州", "河北", "产业聚集区", E0, district="黄骅市", aliases=["临港产业聚集区"], note="羊二庄回族镇；规划36平方公里；“千亿园区”目标"),
  park("煤炭物流园", "沧州", "河北", "物流园", E4, district="黄骅市", parent=YEZ, opt=True, note="现代物流区内"),
  park("矿产物流园", "沧州", "河北", "物流园", E4, district="黄骅市", parent=YEZ, opt=True, note="现代物流区内"),
 ],
 companies=[
  comp("河北鑫海化工", YEZ, E0, note="年产500万吨劣质油项目业主"),
 ],
 projects=[
  proj("河北鑫海化工年产500万吨劣质油项目", YEZ, E1, companies=["河北鑫海化工"], inv="投资22亿元", phase="一期", status="竣工", status_text="完成一期工程",
       note="22亿元为一期工程投资；“很快就正式投产”；项目名见 E0"),
  proj("南疏港路西延工程", YEZ, E3, inv="投资2.4亿元", status="竣工", status_text="迅速完成了", note="基础设施；总长8.34公里"),
  proj("北汽项目", None, "他们突出抓好羊二庄临港产业聚集区、黄骅新城核心区、北汽项目及汽车产业发展“三大增长极”", opt=True, note="只作增长极提及；园区未说"),
 ],
 aggregate_facts=[
  fact(YEZ, "park", "planned_area_km2", 36, "km2", E2, "2012年规划"),
  fact("羊二庄", "region", "fiscal_revenue_cny", 2.22e8, "cny", "去年财政收入完成2.22亿元,同比增长75%", AS5, chk=True, note="“羊二庄各项经济指标”；镇与聚集区重合"),
  fact("羊二庄", "region", "fiscal_revenue_yoy_growth", 0.75, "ratio", "去年财政收入完成2.22亿元,同比增长75%", AS5, kind="ratio", opt=True),
  fact("羊二庄", "region", "fixed_asset_investment_cny", 4.15e9, "cny", "完成固定资产投入41.5亿元,同比增长106.1%", AS5, chk=True),
  fact("羊二庄", "region", "fixed_asset_investment_yoy_growth", 1.061, "ratio", "完成固定资产投入41.5亿元,同比增长106.1%", AS5, kind="ratio", opt=True),
  fact("羊二庄", "region", "output_cny", 4.82e9, "cny", "实现产值48.2亿元,同比增长47.2%", AS5, chk=True),
  fact("羊二庄", "region", "output_yoy_growth", 0.472, "ratio", "实现产值48.2亿元,同比增长47.2%", AS5, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ni06 北京·沧州渤海新区生物医药产业园 10家药企开工 (经济日报 2015)
BIO = "北京·沧州渤海新区生物医药产业园"
LG = "临港经济技术开发区"
BH = "沧州渤海新区"
F0 = "由北京市与河北省共建的“北京·沧州渤海新区生物医药产业园”11日开门迎接来自北京的首批10家药企集中开工建设,并将于年底前竣工投产"
F1 = "此次集中开工建设的企业分别为四环医药、康辰药业、协和药业、朗依制药、万生药业、佳虹雨医药、达美制药、恩泽嘉事制药、北陆制药、普瑞东方制药10家,总投资约28亿元"
F2 = "“北京·沧州渤海新区生物医药产业园”位于河北沧州渤海新区临港经济技术开发区,规划面积14平方公里的园区"
F3 = "决定将22家北京生物医药企业转移落户至沧州渤海新区"
AS6 = "2015年4月11日（集中开工）"
FIRMS6 = ["四环医药", "康辰药业", "协和药业", "朗依制药", "万生药业", "佳虹雨医药", "达美制药", "恩泽嘉事制药", "北陆制药", "普瑞东方制药"]
G["ni06"] = dict(
 article=art("北京10家医药企业入驻沧州 总投资约28亿元", "经济日报（记者 雷汉发；中国经济网），转载于贵阳新闻网 guiyang.baogaosu.com", "2015-04-12", "day",
  "National economic daily relayed by a city portal, Hebei: ten Beijing drug makers start building in a Beijing–Hebei bio-pharma park inside a port-side national zone — firms named, total investment, park location and area, the provincial agreement to move 22 firms",
  "https://guiyang.baogaosu.com/xinwen/%E5%AE%B6%E5%8C%BB%E8%8D%AF%E4%BC%81%E4%B8%9A%E5%85%A5%E9%A9%BB%E6%B2%A7%E5%B7%9E/31671335",
  "日期取页面“12.04.2015 09:14”与电头“经济日报石家庄4月12日讯”。标题照录（与“原标题”同）；时间、来源、原标题行、文末“(来源:中国经济网—《经济日报》)”及其后的他条新闻已删。正文四段，完整。园区：北京·沧州渤海新区生物医药产业园（京冀共建；parent 临港经济技术开发区）；临港经济技术开发区（文中作“河北沧州渤海新区临港经济技术开发区”，parent 沧州渤海新区）；沧州渤海新区（文中又作“渤海新区”）。公司：十家北京药企，均在生物医药产业园（集中开工建设，无项目名，不另列项目）。事实：首批开工企业10家、总投资约28亿元（约）；园区规划面积14平方公里；决定转移落户的北京生物医药企业22家（可选）。机构：北京市经济和信息化委员会、河北省工业和信息化厅（签署合作框架协议，可选）。",
  "ni06"),
 parks=[
  park(BIO, "沧州", "河北", "产业园（生物医药）", F0, parent=LG, note="京冀共建、共管、共享"),
  park(LG, "沧州", "河北", "经济技术开发区", F2, parent=BH, note="文中作“沧州渤海新区临港经济技术开发区”"),
  park(BH, "沧州", "河北", "新区", F2, aliases=["渤海新区"], note="文中又作“渤海新区”"),
 ],
 companies=[comp(n, BIO, F1, note="北京药企；首批集中开工建设") for n in FIRMS6],
 institutions=[
  inst("北京市经济和信息化委员会", "北京市经济和信息化委员会与河北省工业和信息化厅签署合作框架协议", note="2015年1月19日签署合作框架协议"),
  inst("河北省工业和信息化厅", "北京市经济和信息化委员会与河北省工业和信息化厅签署合作框架协议", note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BIO, "park", "firms_started", 10, "count", F1, AS6, note="首批集中开工建设的北京药企"),
  fact(BIO, "park", "projects_started_investment_cny", 2.8e9, "cny", "总投资约28亿元", AS6, qual="约", qtext="约", chk=True),
  fact(BIO, "park", "planned_area_km2", 14, "km2", F2, "2015年4月"),
  fact(BH, "park", "firms_to_relocate", 22, "count", F3, "2015年1月19日（协议）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ni07 曹妃甸 北京(曹妃甸)现代产业发展试验区 (燕赵都市报 via fang 2015)
SYQ = "北京(曹妃甸)现代产业发展试验区"
H0 = "北京市与河北省25日共同发布《北京(曹妃甸)现代产业发展试验区产业发展规划》,旨在15年内将曹妃甸打造成首都战略功能区和协同发展示范区"
H1 = "自2012年曹妃甸区正式设立至今,已有首钢京唐钢铁公司、华润电厂、华电重型装备制造等65个重大项目建成投产,完成产业投资1500亿元"
H2 = "海清源反渗透膜、石墨硒、红河锌联等一批战略性新兴产业项目正在加速建设"
H3 = "今年已有27家北京企业落户曹妃甸,总投资700亿元"
H4 = "目前在谈项目107个,签约28个,总投资454亿元"
AS7 = "2012年至2015年9月"
AS7b = "2015年（截至9月）"
G["ni07"] = dict(
 article=art("京冀联手15年内将曹妃甸打造成首都战略功能区", "燕赵都市报（“据新华社电”），载于房天下 lf.news.fang.com", "2015-09-27", "day",
  "Provincial metro daily relaying a national agency item on a property portal, Hebei: Beijing and Hebei publish the plan of a Beijing-run industrial pilot zone in a coastal district — major projects in production since the district was set up, emerging-industry projects under construction, Beijing firms landed and projects signed this year",
  "https://lf.news.fang.com/2015-09-27/17510379.htm",
  "日期取页面“燕赵都市报 2015-09-27 09:34”（文中“25日”发布规划）。标题照录；位置栏、出处行、“[摘要]”（与首段同文）与免责声明已删；小标题“京冀共同发布《…》”保留为一段。正文五段，完整。园区：北京(曹妃甸)现代产业发展试验区；“曹妃甸协同发展示范区”只在协议名中，列可选。曹妃甸区为区（region），不是园区。项目：首钢京唐钢铁公司、华润电厂、华电重型装备制造（“等65个重大项目建成投产”→投产）；海清源反渗透膜、石墨硒、红河锌联（正在加速建设→在建）；文中只说在曹妃甸区，园区 null。公司：首钢京唐钢铁公司列公司（park null）。事实（曹妃甸区，region）：65个项目建成投产、产业投资1500亿元（2012年以来累计）；今年27家北京企业落户、总投资700亿元；在谈107个、签约28个、454亿元。北京科技大学等三校为可选机构。",
  "ni07"),
 parks=[
  park(SYQ, "唐山", "河北", "产业发展试验区", H0, district="曹妃甸区", note="京冀共建；规划15年内建成首都战略功能区和协同发展示范区"),
  park("曹妃甸协同发展示范区", "唐山", "河北", "示范区", "签署《共同打造曹妃甸协同发展示范区框架协议》", district="曹妃甸区", opt=True, note="只在协议名中"),
 ],
 companies=[
  comp("首钢京唐钢铁公司", None, H1, note="在曹妃甸区；项目已建成投产"),
 ],
 institutions=[
  inst("北京科技大学", "目前曹妃甸正推进与北京科技大学、首钢工学院、北京翔宇飞行学校的合作", kind="university"),
  inst("首钢工学院", "目前曹妃甸正推进与北京科技大学、首钢工学院、北京翔宇飞行学校的合作", kind="university"),
  inst("北京翔宇飞行学校", "目前曹妃甸正推进与北京科技大学、首钢工学院、北京翔宇飞行学校的合作", kind="school"),
 ],
 projects=[
  proj("首钢京唐钢铁公司", None, H1, companies=["首钢京唐钢铁公司"], status="投产", status_text="建成投产", note="以企业名作项目名；曹妃甸区"),
  proj("华润电厂", None, H1, status="投产", status_text="建成投产", note="曹妃甸区"),
  proj("华电重型装备制造", None, H1, status="投产", status_text="建成投产", note="曹妃甸区"),
  proj("海清源反渗透膜", None, H2, status="在建", status_text="正在加速建设", note="战略性新兴产业项目；曹妃甸区"),
  proj("石墨硒", None, H2, status="在建", status_text="正在加速建设", note="同上"),
  proj("红河锌联", None, H2, status="在建", status_text="正在加速建设", note="同上"),
 ],
 aggregate_facts=[
  fact("曹妃甸区", "region", "projects_in_production", 65, "count", H1, AS7, kind="cumulative", note="重大项目"),
  fact("曹妃甸区", "region", "industrial_investment_cny", 1.5e11, "cny", "完成产业投资1500亿元", AS7, kind="cumulative", chk=True),
  fact("曹妃甸区", "region", "beijing_firms_landed", 27, "count", H3, AS7b, kind="cumulative"),
  fact("曹妃甸区", "region", "beijing_firms_investment_cny", 7e10, "cny", "总投资700亿元", AS7b, kind="cumulative", chk=True),
  fact("曹妃甸区", "region", "projects_under_negotiation", 107, "count", H4, "2015年9月", opt=True),
  fact("曹妃甸区", "region", "projects_signed", 28, "count", H4, "2015年9月"),
  fact("曹妃甸区", "region", "signed_investment_cny", 4.54e10, "cny", "签约28个,总投资454亿元", "2015年9月", chk=True),
 ])

# ---------------------------------------------------------------- ni08 清河 特色产业集群 (邢台日报 2019)
QH = "清河县"
K0 = "汽配科创园、羊绒科创园、高新技术科创园……前不久,清河县总投资99.91亿元的34个项目集中签约,这其中,县域特色产业科创园的投资额均在10亿元以上"
K1 = "近日,昆山同行成羊绒服装科创园项目建设已接近尾声,32橦主体厂房全部完工"
K2 = "这个投资10.6亿元的项目投产后,可实现年销售收入20亿元"
K3 = "昭友高档羊绒面料、宏业公司羊绒精纺、宇腾公司意大利工艺纺纱等一大批投资强度大、拉动力强的项目纷纷落地投产"
K4 = "全县新签约亿元以上项目40余个,总投资近200亿元,在建亿元以上项目32个,占项目总量的86.8%"
AS8 = "2019年（截至7月）"
G["ni08"] = dict(
 article=art("清河:特色产业集群助推高质量发展", "邢台日报，载于河北新闻网邢台频道 xt.hebnews.cn；署名存段未示", "2019-07-04", "day",
  "City daily on a provincial portal's city channel, Hebei: a county's feature-industry clusters — 34 projects signed including three feature-industry science-innovation parks, a cashmere park project nearly built with investment and expected sales, firms' projects in production, the county's signed and under-construction project counts",
  "http://xt.hebnews.cn/2019-07/04/content_7429378.htm",
  "日期取页面“2019-07-04 15:50:35 来源:邢台日报”。标题照录；栏目路径、日期来源行与“进入移动版…”已删。存段末段在“全面提升我”处中断，该句（领途汽车有限公司投资19.9亿元…）已删（make_txt.py LINE_SUFFIX），正文截至“…占项目总量的86.8%。”，共四段。园区：汽配科创园、羊绒科创园、高新技术科创园（县域特色产业科创园，签约建设中的园区，清河县，邢台，河北；同时列为签约项目，投资“均在10亿元以上”为区间，不作投资额）。清河县是县，不是园区。项目：昆山同行成羊绒服装科创园项目（接近尾声→在建，投资10.6亿元，投产后年销售收入20亿元 target），园区 null（本身即园区开发项目）；昭友高档羊绒面料、宏业公司羊绒精纺、宇腾公司意大利工艺纺纱（落地投产→投产，园区 null）。公司：昆山同行成、宏业公司、宇腾公司可选。事实（清河县，region）：34个项目签约、99.91亿元；新签约亿元以上项目40余个、近200亿元；在建亿元以上项目32个、占86.8%。“32橦”原文如此（橦），照录。",
  "ni08"),
 parks=[
  park("汽配科创园", "邢台", "河北", "科创园（县域特色产业）", K0, district="清河县", note="签约项目；投资10亿元以上"),
  park("羊绒科创园", "邢台", "河北", "科创园（县域特色产业）", K0, district="清河县", note="签约项目；投资10亿元以上"),
  park("高新技术科创园", "邢台", "河北", "科创园（县域特色产业）", K0, district="清河县", note="签约项目；投资10亿元以上"),
 ],
 companies=[
  comp("昆山同行成", None, K1, opt=True, note="只在项目名中"),
  comp("宏业公司", None, K3, opt=True, note="只在项目名中"),
  comp("宇腾公司", None, K3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("县招商局", "县招商局局长苏亚平介绍说", note="清河县招商局"),
 ],
 projects=[
  proj("汽配科创园", None, K0, status="签约", status_text="集中签约", note="县域特色产业科创园；“投资额均在10亿元以上”为区间，不作投资额"),
  proj("羊绒科创园", None, K0, status="签约", status_text="集中签约", note="同上"),
  proj("高新技术科创园", None, K0, status="签约", status_text="集中签约", note="同上"),
  proj("昆山同行成羊绒服装科创园项目", None, K1 + "," + "配套设施的完善正在抓紧完善。" + K2, companies=["昆山同行成"], inv="投资10.6亿元",
       status="在建", status_text="建设已接近尾声", note="主体厂房全部完工；投产后年销售收入20亿元"),
  proj("昭友高档羊绒面料", None, K3, status="投产", status_text="落地投产"),
  proj("宏业公司羊绒精纺", None, K3, companies=["宏业公司"], status="投产", status_text="落地投产"),
  proj("宇腾公司意大利工艺纺纱", None, K3, companies=["宇腾公司"], status="投产", status_text="落地投产"),
 ],
 aggregate_facts=[
  fact(QH, "region", "projects_signed", 34, "count", K0, "2019年6月（集中签约）"),
  fact(QH, "region", "signed_investment_cny", 9.991e9, "cny", "总投资99.91亿元的34个项目集中签约", "2019年6月（集中签约）", chk=True),
  fact("昆山同行成羊绒服装科创园项目", "project", "expected_annual_sales_cny", 2e9, "cny", "可实现年销售收入20亿元", "投产后（预期）", kind="target", chk=True),
  fact(QH, "region", "projects_signed_over_100m", 40, "count", K4, AS8, kind="cumulative", qual="余", qtext="余"),
  fact(QH, "region", "signed_investment_cny", 2e10, "cny", "总投资近200亿元,在建亿元以上项目32个", AS8, kind="cumulative", qual="约", qtext="近", chk=True),
  fact(QH, "region", "projects_under_construction_over_100m", 32, "count", K4, AS8),
  fact(QH, "region", "projects_under_construction_share", 0.868, "ratio", K4, AS8, kind="ratio", opt=True),
 ])
