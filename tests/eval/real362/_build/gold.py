# real362 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52 (and real28–real49): evidence verbatim (ow02 traditional script as
# published, the other eight simplified as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余,
# 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence;
# chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as ratios. Projects: the park the text places the
# project in, null if none (a county is not a park). Status from the text's words (开工建设 → 开工; 投产运行 / 开业 → 投产;
# 正在抓紧建设 → 在建). Counts “截止到…共 / 累计 / 已有…落户” are cumulative; “全年预计” figures are target with “（预计）” in
# as_of. Sources are `search` (corpus pages) excerpts typed into _raw/pages/owNN.raw as returned. Angle: park profile pages
# and introductions — area, founding, leading firms, output, tax, firm counts, flagship projects.

# ---------------------------------------------------------------- ow01 安徽利辛工业园推介 (前瞻网 2012)
LX = "利辛工业园"
A0 = "利辛工业园2006年被安徽省政府批准为省级开发区"
A1 = "截止到2011年底,共入驻企业110家,其中投产企业70家;建成区面积达到9.5平方公里"
A2 = "一批建设速度快、成长性好、规模大、对我县经济具有牵动性的大项目纷纷落地园区,比如良夫工贸、华腾制衣、九州电器、江淮扬天、京威服饰、雅韵皖酒业等企业"
A3 = "此外,华鲁酒业、吉利牧业、丽人木业、杉杉集团等一批具有知名度的企业已落户园区,正在抓紧建设,年内将建成投产"
A4 = "今年以来,园区规模以上企业工业总产值达19.99亿元,工业增加值达5.4亿元,税收2777.27万元,分别占总比重的88%、88%和80%"
AS1 = "2012年1月至9月下旬"
G["ow01"] = dict(
 article=art("安徽利辛工业园推介", "前瞻网（qianzhan.com，区域经济 › 产业集群频道；责任编辑 QZ016）", "2012-09-26", "day",
  "Industry-research portal's cluster channel, Anhui: a county industrial park's promotional profile — provincial status, firms entered and in production, built-up area, 2011 output / value added / tax / exports with growth, this year's above-scale figures, named firms landed and under construction",
  "https://qianzhan.com/cluster/detail/182/120926-c60bc7c0.html",
  "日期取页面“2012-09-26 13:48:57 责任编辑:QZ016 来源:前瞻网”。标题照录；面包屑、日期责编行与标题下重复的园区名“利辛工业园”已删。存段第二段（“今后,工业园区将…确保到“十二五”末,…实现工业总产值220亿元,”）为一句，在句中中断，整段删去（make_txt.py ITEMS 只取第一段），正文一段。园区：利辛工业园（亳州市利辛县，安徽；省级开发区）。公司：良夫工贸、华腾制衣、九州电器、江淮扬天、京威服饰、雅韵皖酒业（“大项目纷纷落地园区…等企业”）；华鲁酒业、吉利牧业、丽人木业、杉杉集团（“已落户园区,正在抓紧建设,年内将建成投产”），均在园区。文中未给项目名称；后四家“正在抓紧建设”另记为可选项目（以企业名作项目名，status 在建）。事实：2011年底入驻企业110家、投产70家（cumulative）；建成区9.5平方公里；2011年工业总产值22.68亿元等四项及增速；“今年以来”规上企业产值、增加值、税收（cumulative，至2012年9月下旬）及占比。",
  "ow01"),
 parks=[
  park(LX, "亳州", "安徽", "工业园", A0, district="利辛县", note="省级开发区；文中又作“工业园”“园区”"),
 ],
 companies=[
  comp("良夫工贸", LX, A2, note="落地园区的大项目企业"),
  comp("华腾制衣", LX, A2),
  comp("九州电器", LX, A2),
  comp("江淮扬天", LX, A2),
  comp("京威服饰", LX, A2),
  comp("雅韵皖酒业", LX, A2),
  comp("华鲁酒业", LX, A3, note="已落户，正在建设，年内将建成投产"),
  comp("吉利牧业", LX, A3, note="同上"),
  comp("丽人木业", LX, A3, note="同上"),
  comp("杉杉集团", LX, A3, note="同上"),
 ],
 projects=[
  proj("华鲁酒业", LX, A3, companies=["华鲁酒业"], status="在建", status_text="正在抓紧建设", opt=True, note="文中只有企业名；年内将建成投产"),
  proj("吉利牧业", LX, A3, companies=["吉利牧业"], status="在建", status_text="正在抓紧建设", opt=True, note="同上"),
  proj("丽人木业", LX, A3, companies=["丽人木业"], status="在建", status_text="正在抓紧建设", opt=True, note="同上"),
  proj("杉杉集团", LX, A3, companies=["杉杉集团"], status="在建", status_text="正在抓紧建设", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(LX, "park", "firms", 110, "count", A1, "2011年底", kind="cumulative"),
  fact(LX, "park", "firms_in_production", 70, "count", A1, "2011年底", kind="cumulative"),
  fact(LX, "park", "built_up_area_km2", 9.5, "km2", A1, "2011年底"),
  fact(LX, "park", "industrial_output_cny", 2.268e9, "cny", "2011年,园区实现工业总产值22.68亿元,同比增长161.27%", "2011年", chk=True),
  fact(LX, "park", "industrial_output_yoy_growth", 1.6127, "ratio", "2011年,园区实现工业总产值22.68亿元,同比增长161.27%", "2011年", kind="ratio"),
  fact(LX, "park", "industrial_value_added_cny", 6.09e8, "cny", "实现工业增加值6.09亿元,同比增长143.67%", "2011年", chk=True),
  fact(LX, "park", "industrial_value_added_yoy_growth", 1.4367, "ratio", "实现工业增加值6.09亿元,同比增长143.67%", "2011年", kind="ratio", opt=True),
  fact(LX, "park", "tax_paid_cny", 3.43918e7, "cny", "上缴税金3439.18万元,同比增长130.94%", "2011年", chk=True),
  fact(LX, "park", "tax_paid_yoy_growth", 1.3094, "ratio", "上缴税金3439.18万元,同比增长130.94%", "2011年", kind="ratio", opt=True),
  fact(LX, "park", "exports_usd", 1.27911e7, "usd", "出口贸易额1279.11万美元,同比增长143.62%", "2011年"),
  fact(LX, "park", "exports_yoy_growth", 1.4362, "ratio", "出口贸易额1279.11万美元,同比增长143.62%", "2011年", kind="ratio", opt=True),
  fact(LX, "park", "above_scale_industrial_output_cny", 1.999e9, "cny", "园区规模以上企业工业总产值达19.99亿元", AS1, kind="cumulative", chk=True),
  fact(LX, "park", "above_scale_industrial_value_added_cny", 5.4e8, "cny", "工业增加值达5.4亿元", AS1, kind="cumulative", chk=True, opt=True),
  fact(LX, "park", "above_scale_tax_cny", 2.77727e7, "cny", "税收2777.27万元,分别占总比重的88%、88%和80%", AS1, kind="cumulative", chk=True, opt=True),
  fact(LX, "park", "above_scale_output_share", 0.88, "ratio", A4, AS1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ow02 楊林工業園區 (香港文匯報 2013, traditional)
YL = "楊林工業園區"
B0 = "楊林工業園區去年完成規模以上工業增加值21億元,規模以上主營業務收入88億元,固定資產投資46億元,完成利稅總額3億元,園區工業經濟佔嵩明縣的85%以上"
B1 = "僅去年,園區完成基礎設施投資6.03億元,收儲土地4074.23畝,新建標準廠房20.8萬平方米"
B2 = "楊林工業園、大理創新工業園和紅河工業園正申報國家級開發區,玉溪高新技術產業開發區已升級為國家級開發區"
B3 = "並篩選161個項目,安排專項資金3.4億元,重點對園區標準化廠房、基礎設施及軟環境建設項目進行扶持,拉動園區項目投資180.76億元"
B4 = "目前雲南規劃建設的工業園區達125個,17個園區升格為省級園區"
ASB = "2012年"
G["ow02"] = dict(
 article=art("（無標題）雲南園區經濟 — 楊林工業園區", "香港文匯報（paper.wenweipo.com，記者丁樹勇，昆明報道）", "2013-01-26", "day",
  "Hong Kong daily's special page on Yunnan's industrial parks (traditional script as published): a provincial-level park's 2012 value added, revenue, investment, profit-tax and its share of the county, infrastructure investment, land and factory space; provincial support funds and park counts; parks applying for national status",
  "http://paper.wenweipo.com/2013/01/26/zt1301260003.htm",
  "日期取網址 2013/01/26（專題版 zt）。存段無標題（title 為編者概括）、無日期行；“放大圖片”與圖片說明“■雲南園區建設如火如荼。圖為楊林工業園區一批項目開工。”已刪。記者署名“■香港文匯報記者 丁樹勇 昆明報道”黏在首段末，同行保留（行內不改）。存段第三節（小標題“聚集產業釋放基地效應”及其段落“楊林工業園區以提檔升級為契機,…以雲南建工鋼結構項目、雲南冶金昆明重工項目為核心”）在句中中斷，整節刪去（make_txt.py ITEMS 截至上一段），因此長安汽車、瀋機集團等企業不在正文中。正文四段（含小標題“扶持政策釋放倍增效應”）。園區：楊林工業園區（文中又作“楊林工業園”；昆明市嵩明縣，雲南）、大理創新工業園、紅河工業園、玉溪高新技術產業開發區（均只在申報 / 升級國家級一句中）。事實：“去年”＝2012年（刊於2013年1月）；楊林規上工業增加值21億元、主營業務收入88億元、固定資產投資46億元、利稅3億元、佔嵩明縣85%以上（超）、基礎設施投資6.03億元等；雲南省的專項資金3.4億元（政府扶持資金，非基金，記為地區事實）、161個項目、拉動投資180.76億元、125個工業園區、17個升格省級（地區，可選）。",
  "ow02"),
 parks=[
  park(YL, "昆明", "云南", "工业园区", B0, district="嵩明县", aliases=["楊林工業園"], note="正申報國家級開發區"),
  park("大理創新工業園", "大理", "云南", "工业园区", B2, note="正申報國家級開發區；只此一句"),
  park("紅河工業園", "红河", "云南", "工业园区", B2, note="同上"),
  park("玉溪高新技術產業開發區", "玉溪", "云南", "高新区", B2, note="已升級為國家級開發區；只此一句"),
 ],
 companies=[],
 aggregate_facts=[
  fact(YL, "park", "above_scale_industrial_value_added_cny", 2.1e9, "cny", "楊林工業園區去年完成規模以上工業增加值21億元", ASB, chk=True),
  fact(YL, "park", "above_scale_main_business_revenue_cny", 8.8e9, "cny", "規模以上主營業務收入88億元", ASB, chk=True),
  fact(YL, "park", "fixed_asset_investment_cny", 4.6e9, "cny", "固定資產投資46億元,完成利稅總額3億元", ASB, chk=True),
  fact(YL, "park", "profit_and_tax_cny", 3e8, "cny", "完成利稅總額3億元", ASB, chk=True),
  fact(YL, "park", "share_of_county_industry", 0.85, "ratio", B0, ASB, kind="ratio", qual="超", qtext="以上", note="園區工業經濟佔嵩明縣的比重"),
  fact(YL, "park", "infrastructure_investment_cny", 6.03e8, "cny", "園區完成基礎設施投資6.03億元", ASB, chk=True),
  fact(YL, "park", "land_reserved_mu", 4074.23, "mu", B1, ASB, opt=True),
  fact(YL, "park", "standard_factory_built_m2", 2.08e5, "m2", B1, ASB, opt=True),
  fact("雲南", "region", "special_fund_allocated_cny", 3.4e8, "cny", "安排專項資金3.4億元", "2012年前後", opt=True, chk=True, note="省政府扶持資金，非投資基金"),
  fact("雲南", "region", "supported_projects", 161, "count", B3, "2012年前後", opt=True),
  fact("雲南", "region", "park_project_investment_leveraged_cny", 1.8076e10, "cny", "拉動園區項目投資180.76億元", "2012年前後", opt=True, chk=True),
  fact("雲南", "region", "industrial_parks", 125, "count", B4, "2013年1月", opt=True),
  fact("雲南", "region", "parks_upgraded_provincial", 17, "count", B4, "2013年1月", opt=True),
 ])

# ---------------------------------------------------------------- ow03 大连经济技术开发区 (新华网辽宁频道 profile page)
DL = "大连经济技术开发区"
C0 = "大连开发区累计基础设施投入59亿元,兴办外商投资企业1057家,合同外资额43.8亿美元。实际利用外资额20亿美元"
C1 = "国际上知名的大企业、大财团,如日本的东芝、佳能、三洋,法国的连尔、韩国的大宇,美国的辉瑞公司等已进区落户"
C2 = "1996年全区完成工业总产值192亿元,实现利税12亿元,出口创汇12.5亿美元"
ASC = "1996年前后（页面未注日期）"
G["ow03"] = dict(
 article=art("大连经济技术开发区", "新华网辽宁频道（ln.news.cn，商务 › 商务资讯栏的开发区介绍页；无署名）", "undated (figures to 1996; page likely written 1997)", "unknown",
  "Provincial news portal's business channel, Liaoning: a national economic and technological development zone's profile page — founding, developed area, location, cumulative infrastructure investment, foreign-invested firms and capital, named multinationals in the zone, industries, 1996 output / profit-tax / exports",
  "http://ln.news.cn/shangwu/swzx/swzx_dljjkfq.htm",
  "页面无日期；所列最新数据为1996年全年（published 记“undated”）。标题照录；末尾表格竖线“|”已删。正文四段，完整。原文“和尚岛没码头”“法国的连尔”“投资额超过2000万美元的进35家”照录（疑为错字）。园区：大连经济技术开发区（文中又作“大连开发区”“开发区”“全区”；大连市，辽宁；1984年国务院批准）。公司：东芝、佳能、三洋、连尔、大宇、辉瑞公司（“已进区落户”，园区大连经济技术开发区）。事实：已开发面积24平方公里；累计基础设施投入59亿元、外商投资企业1057家、合同外资43.8亿美元、实际利用外资20亿美元（累计，cumulative）；25个国家和地区、2000万美元以上35家、一亿美元以上4家（可选）；内资生产性企业245家；1996年工业总产值192亿元、利税12亿元、出口创汇12.5亿美元。",
  "ow03"),
 parks=[
  park(DL, "大连", "辽宁", "经济技术开发区", "大连经济技术开发区已融工业开发、保税储蓄、商贸旅游、金融信息、文化娱乐于一体", district=None,
       aliases=["大连开发区"], note="1984年经国务院批准成立；文中又作“大连开发区”“开发区”“全区”"),
 ],
 companies=[
  comp("东芝", DL, C1, note="日本；已进区落户"),
  comp("佳能", DL, C1, note="日本"),
  comp("三洋", DL, C1, note="日本"),
  comp("连尔", DL, C1, note="法国；名称照录"),
  comp("大宇", DL, C1, note="韩国"),
  comp("辉瑞公司", DL, C1, note="美国"),
 ],
 aggregate_facts=[
  fact(DL, "park", "developed_area_km2", 24, "km2", "已开发面积24平方公里", ASC),
  fact(DL, "park", "infrastructure_investment_cny", 5.9e9, "cny", "大连开发区累计基础设施投入59亿元", ASC, kind="cumulative", chk=True),
  fact(DL, "park", "foreign_invested_firms", 1057, "count", C0, ASC, kind="cumulative"),
  fact(DL, "park", "contracted_foreign_capital_usd", 4.38e9, "usd", "合同外资额43.8亿美元", ASC, kind="cumulative"),
  fact(DL, "park", "actual_fdi_usd", 2e9, "usd", "实际利用外资额20亿美元", ASC, kind="cumulative"),
  fact(DL, "park", "investor_countries_regions", 25, "count", "目前已有25个国家和地区前来投资", ASC, opt=True),
  fact(DL, "park", "firms_investment_over_20m_usd", 35, "count", "投资额超过2000万美元的进35家,超一亿美元的有4家", ASC, opt=True),
  fact(DL, "park", "firms_investment_over_100m_usd", 4, "count", "投资额超过2000万美元的进35家,超一亿美元的有4家", ASC, opt=True),
  fact(DL, "park", "domestic_production_firms_approved", 245, "count", "此外,开发区还批准内资生产性企业245家", ASC, kind="cumulative"),
  fact(DL, "park", "industrial_output_cny", 1.92e10, "cny", C2, "1996年", chk=True),
  fact(DL, "park", "profit_and_tax_cny", 1.2e9, "cny", "实现利税12亿元,出口创汇12.5亿美元", "1996年", chk=True),
  fact(DL, "park", "exports_usd", 1.25e9, "usd", "出口创汇12.5亿美元", "1996年"),
 ])

# ---------------------------------------------------------------- ow04 山西交城经济开发区 (xuannaer park profile page)
JC = "山西交城经济开发区"
D0 = "园区原规划面积为24.7平方公里,涉及两镇十四村,人口11000人"
D1 = "2006年9月被国家发改委批准为省级经济开发区,并更名为山西交城经济开发区,通过审核设立,审核面积为13平方公里"
D2 = "目前区内已有入驻企业110余户,其中规模以上企业35户"
G["ow04"] = dict(
 article=art("山西交城经济开发区", "选哪儿网（sx.xuannaer.com.cn，园区库 › 园区简介页；原作者未注）", "undated", "unknown",
  "Investment-site park database, Shanxi: a provincial economic development zone's introduction page — former name, location, county climate and water resources, original and approved area, provincial approval in 2006, firms and above-scale firms, leading industries",
  "https://sx.xuannaer.com.cn/yuanqu/detail/1027/intro",
  "页面无日期（published 记“undated”；文中最新时点为2006年9月获批，“目前”未注年份）。标题照录；页面“投资咨询热线”、电话及菜单已删。正文一段（存段为一行，两段之间只有两个空格，保持一行一段，行内不改）。园区：山西交城经济开发区（吕梁市交城县，山西；前身“吕梁夏家营生态工业园区”记为 alias）。无公司、项目。事实：原规划面积24.7平方公里（可选）、审核面积13平方公里、入驻企业110余户（余）、规模以上企业35户；交城县的气候、水资源与森林数据是县情，不记。",
  "ow04"),
 parks=[
  park(JC, "吕梁", "山西", "经济开发区", D1, district="交城县", aliases=["吕梁夏家营生态工业园区"], note="前身吕梁夏家营生态工业园区；2006年9月省级"),
 ],
 companies=[],
 aggregate_facts=[
  fact(JC, "park", "planned_area_km2", 24.7, "km2", D0, "设立时（原规划）", opt=True),
  fact(JC, "park", "approved_area_km2", 13, "km2", D1, "2006年9月"),
  fact(JC, "park", "population", 11000, "persons", D0, "原规划范围", opt=True),
  fact(JC, "park", "firms", 110, "count", D2, "目前（页面未注年份）", qual="余", qtext="余"),
  fact(JC, "park", "above_scale_firms", 35, "count", D2, "目前（页面未注年份）"),
 ])

# ---------------------------------------------------------------- ow05 山东鱼台经济开发区 (010b intro page)
YT = "山东鱼台经济开发区"
E0 = "山东鱼台经济开发区创建于2002年6月,下辖新城区、张黄工业园、湖西工业园,“一区两园”总规划面积62平方公里"
E1 = "2009年1-9月份,开发区固定资产投资28.34亿元,业务总收入72.51亿元,完成税收2.56亿元,目前入园企业65个,园区从业人员11022人"
E2 = "截止2010年10月,落实合同项目38个,新入区建设项目26个,总投资额达30多亿元,合同利用外资达7.46亿元,到位资金2.74亿元,其中过亿元项目4个,完成固定资产投资6.32亿元"
E3 = "总投资10亿元的淮海国际商贸城已完成投资4.5亿元,其中的装饰建材城、家俱城已隆重开业,汽车城即将投入运营"
E4 = "中经建材、宏建商品混凝土、科能自动化设备、大洋矿用设备有限公司二期扩能隔爆型阀门电动装置及控制系统、顺发米业等项目投产运行"
E5 = "华润天然气入户工程点火启用,路灯亮化工程接火运行,CNG汽车加气站项目投入使用"
ASE = "2010年1月至10月"
G["ow05"] = dict(
 article=art("（无标题）山东鱼台经济开发区简介", "鱼台经济开发区招商页（ytjjkfq.010b.com/intro，招商平台园区介绍页；原作者未注）", "undated (figures to October 2010)", "unknown",
  "Park introduction page on an investment-promotion platform, Shandong: a county economic development zone's profile — founding, sub-parks, planned area, industries, 2009 Jan–Sep investment / revenue / tax, firms and workforce, projects to October 2010 with a flagship commercial project and five projects in production",
  "https://ytjjkfq.010b.com/intro",
  "页面无日期，最新时点“截止2010年10月”（published 记“undated”）。存段无标题（title 为编者概括）。存段在末段“…CNG汽车加气站项目投入使用。投资”处中断，残词“投资”已删（make_txt.py LINE_SUFFIX），正文截至“…投入使用。”，共四段。园区：山东鱼台经济开发区（济宁市鱼台县，山东；2002年6月创建）；下辖张黄工业园、湖西工业园（parent 为开发区）；“新城区”是片区，“民营经济创业园”与四个专业工业园为泛称，不列。项目：淮海国际商贸城（总投资10亿元；已完成投资4.5亿元，装饰建材城、家俱城已开业，汽车城即将运营 → status 在建，status_alt 投产）；中经建材、宏建商品混凝土、科能自动化设备、大洋矿用设备有限公司二期扩能隔爆型阀门电动装置及控制系统、顺发米业（“等项目投产运行”→投产；前四个与顺发米业以企业名作项目名）；装饰建材城、家俱城（开业→投产）、汽车城、华润天然气入户工程、CNG汽车加气站项目为可选。公司：大洋矿用设备有限公司（园区内）；其余企业名只作项目名，列为可选公司。事实：2009年1—9月固定资产投资、业务总收入、税收（cumulative）；入园企业65个、从业人员11022人；截至2010年10月合同项目38个、新入区项目26个、总投资30多亿元（余）、合同利用外资7.46亿元、到位资金2.74亿元、过亿元项目4个、固定资产投资6.32亿元（cumulative）。",
  "ow05"),
 parks=[
  park(YT, "济宁", "山东", "经济开发区", E0, district="鱼台县", note="“一区两园”；文中又作“开发区”“园区”"),
  park("张黄工业园", "济宁", "山东", "工业园", E0, district="鱼台县", parent=YT),
  park("湖西工业园", "济宁", "山东", "工业园", E0, district="鱼台县", parent=YT),
 ],
 companies=[
  comp("大洋矿用设备有限公司", YT, E4, note="二期扩能项目投产运行"),
  comp("中经建材", YT, E4, opt=True, note="以企业名作项目名"),
  comp("宏建商品混凝土", YT, E4, opt=True, note="同上"),
  comp("科能自动化设备", YT, E4, opt=True, note="同上"),
  comp("顺发米业", YT, E4, opt=True, note="同上"),
  comp("华润天然气", YT, E5, opt=True, note="只在工程名中"),
 ],
 projects=[
  proj("淮海国际商贸城", YT, E3, inv="总投资10亿元", status="在建", status_text="已完成投资4.5亿元", status_alt="投产",
       note="已完成投资4.5亿元；装饰建材城、家俱城已开业，汽车城即将投入运营"),
  proj("装饰建材城", YT, E3, status="投产", status_text="已隆重开业", opt=True, note="淮海国际商贸城之一部分"),
  proj("家俱城", YT, E3, status="投产", status_text="已隆重开业", opt=True, note="同上"),
  proj("汽车城", YT, E3, status=None, status_text="即将投入运营", opt=True, note="同上"),
  proj("中经建材", YT, E4, companies=["中经建材"], status="投产", status_text="投产运行"),
  proj("宏建商品混凝土", YT, E4, companies=["宏建商品混凝土"], status="投产", status_text="投产运行"),
  proj("科能自动化设备", YT, E4, companies=["科能自动化设备"], status="投产", status_text="投产运行"),
  proj("大洋矿用设备有限公司二期扩能隔爆型阀门电动装置及控制系统", YT, E4, companies=["大洋矿用设备有限公司"], phase="二期",
       status="投产", status_text="投产运行"),
  proj("顺发米业", YT, E4, companies=["顺发米业"], status="投产", status_text="投产运行"),
  proj("华润天然气入户工程", YT, E5, status="投产", status_text="点火启用", opt=True),
  proj("CNG汽车加气站项目", YT, E5, status="投产", status_text="投入使用", opt=True),
 ],
 aggregate_facts=[
  fact(YT, "park", "planned_area_km2", 62, "km2", E0, "页面所述（一区两园）"),
  fact(YT, "park", "fixed_asset_investment_cny", 2.834e9, "cny", "开发区固定资产投资28.34亿元", "2009年1月至9月", kind="cumulative", chk=True),
  fact(YT, "park", "business_revenue_cny", 7.251e9, "cny", "业务总收入72.51亿元", "2009年1月至9月", kind="cumulative", chk=True),
  fact(YT, "park", "tax_revenue_cny", 2.56e8, "cny", "完成税收2.56亿元", "2009年1月至9月", kind="cumulative", chk=True),
  fact(YT, "park", "firms", 65, "count", E1, "2009年9月"),
  fact(YT, "park", "employees", 11022, "persons", E1, "2009年9月", opt=True),
  fact(YT, "park", "projects_contracted", 38, "count", E2, ASE, kind="cumulative"),
  fact(YT, "park", "projects_entered", 26, "count", E2, ASE, kind="cumulative"),
  fact(YT, "park", "projects_total_investment", 3e9, "cny", "总投资额达30多亿元", ASE, kind="cumulative", qual="余", qtext="多",
       note="“30多亿元”：不是数字+亿元，metric 不带 _cny 后缀（check_gold 不能解析）；值按30亿元、qualifier 余"),
  fact(YT, "park", "contracted_foreign_capital_cny", 7.46e8, "cny", "合同利用外资达7.46亿元", ASE, kind="cumulative", chk=True),
  fact(YT, "park", "funds_in_place_cny", 2.74e8, "cny", "到位资金2.74亿元", ASE, kind="cumulative", chk=True, opt=True),
  fact(YT, "park", "projects_over_100m_cny", 4, "count", E2, ASE, kind="cumulative", opt=True),
  fact(YT, "park", "fixed_asset_investment_cny", 6.32e8, "cny", "完成固定资产投资6.32亿元", ASE, kind="cumulative", chk=True),
  fact("淮海国际商贸城", "project", "investment_completed_cny", 4.5e8, "cny", "已完成投资4.5亿元", "2010年10月", kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ow06 泰山工业园区 (齐鲁网 via zgcxtc, 6月18日)
TS = "泰山工业园区"
F0 = "泰山工业园区目前入驻企业140余家,累计引进项目128个"
F1 = "累计引进项目128个,其中,国内500强项目4个,过10亿元项目12个,外资项目8个"
F2 = "园区现有入驻企业140余家,规模以上工业企业43家"
F3 = ("以鲁商国际社区为例,在园区的积极配合协调下,今年4月开工建设,一期规划用地约265亩,投资9.88亿元,建筑面积18.27万平方米,"
      "建设集购物休闲、餐饮娱乐、旅游观光于一体的体验式商业步行街及高档住宅,目前正处于快速推进中。该项目位于碧霞国际社区范围内,"
      "规划总用地2100亩,建筑面积约160万平方米,总投资180亿元")
ASF = "6月中旬（年份未注）"
G["ow06"] = dict(
 article=art("（无标题）泰山工业园区入驻企业140余家 累计引进项目128个", "齐鲁网（泰山区台 孙建华），载于 zgcxtc.cn（编辑:姑苏城 责任编辑:杨嘉）", "June 18 (year not given in the excerpt)", "unknown",
  "Provincial broadcaster's news site relayed by an aggregator, Shandong: a district industrial park's profile — firms, cumulative projects by type, industry clusters, above-scale firms, and a flagship mixed-use project started this April with its phase-1 and total investment",
  "http://www.zgcxtc.cn/news/114051.html",
  "存段无标题（title 为编者概括）；日期只有“齐鲁网6月18日讯”，年份未见（published 记 unknown）。文末“编辑:姑苏城 责任编辑:杨嘉”已删。正文四段，完整。园区：泰山工业园区（泰安市泰山区，山东）。“碧霞国际社区”为片区名，不列园区。项目：鲁商国际社区（“今年4月开工建设”→开工；“一期…投资9.88亿元”与“该项目…总投资180亿元”：主金额取总投资180亿元，一期9.88亿元记 alt_investment；园区泰山工业园区）。事实：入驻企业140余家（余）、累计引进项目128个（cumulative）、国内500强项目4个、过10亿元项目12个、外资项目8个、规模以上工业企业43家；鲁商国际社区一期用地约265亩等（可选）。",
  "ow06"),
 parks=[
  park(TS, "泰安", "山东", "工业园区", F0, district="泰山区", note="文中又作“园区”"),
 ],
 companies=[],
 projects=[
  proj("鲁商国际社区", TS, F3, inv="总投资180亿元", status="开工", status_text="今年4月开工建设",
       alt_investment={"investment_text": "投资9.88亿元", "investment_cny": 9.88e8, "phase": "一期"},
       note="一期规划用地约265亩、投资9.88亿元；全项目规划总用地2100亩、总投资180亿元；位于碧霞国际社区范围内"),
 ],
 aggregate_facts=[
  fact(TS, "park", "firms", 140, "count", F0, ASF, qual="余", qtext="余"),
  fact(TS, "park", "projects_introduced", 128, "count", F0, ASF, kind="cumulative"),
  fact(TS, "park", "projects_top500_domestic", 4, "count", F1, ASF, kind="cumulative", opt=True),
  fact(TS, "park", "projects_over_1bn_cny", 12, "count", F1, ASF, kind="cumulative"),
  fact(TS, "park", "foreign_projects", 8, "count", F1, ASF, kind="cumulative", opt=True),
  fact(TS, "park", "above_scale_firms", 43, "count", F2, ASF),
  fact("鲁商国际社区", "project", "phase1_site_area_mu", 265, "mu", "一期规划用地约265亩,投资9.88亿元", ASF, qual="约", qtext="约", opt=True),
  fact("鲁商国际社区", "project", "site_area_mu", 2100, "mu", "规划总用地2100亩", ASF, opt=True),
 ])

# ---------------------------------------------------------------- ow07 甘肃永昌工业园区 (025b park profile page)
YC = "甘肃永昌工业园区"
H0 = "2006年3月被省政府正式命名为甘肃永昌工业园区,成为全省35个国家级、省级园区之一"
H1 = "规划面积5.57平方公里,目前已建成面积2.96平方公里"
H2 = "园区累计投资约35亿元,落户中小企业173家,其中规模以上企业21家,高新技术企业3家"
H3 = "相继引进永顺泰麦芽、莫高阳光、元生农牧、天寿面业、正安蔬菜、溪源肉联、正和元药业、健源食品、恒源农机、润昌源农机、启明光电等一批知名企业落户"
ASH = "2015年年底"
G["ow07"] = dict(
 article=art("甘肃永昌工业园区", "025b.com 园区库（gs.025b.com，园区简介页；原作者未注）", "undated (figures to end of 2015)", "unknown",
  "Investment-site park database, Gansu: a county industrial park's introduction page — founding in 1992 and later designations, planned and built area, cumulative investment, firms, above-scale and high-tech firms, eleven named firms landed, 2015 output / sales / value added / investment with growth",
  "https://gs.025b.com/yuanqu/detail/3030/intro",
  "页面无日期；最新时点“截止到2015年年底”（published 记“undated”）。标题照录；正文三段，完整。园区：甘肃永昌工业园区（金昌市永昌县，甘肃；1992年6月始建，2006年3月省政府命名）；文中另两个称号“永昌县中小企业创业园”“金昌市创业园区”为同一园区的命名，记为 aliases；“永昌县东部工业园区管理委员会”记可选机构。公司：永顺泰麦芽等十一家（“一批知名企业落户”，园区甘肃永昌工业园区）。无项目名称。事实：规划面积5.57、已建成2.96平方公里；累计投资约35亿元（约，cumulative）；落户中小企业173家（cumulative）、规上21家、高新技术企业3家；2015年生产总值62884万元、销售收入273469万元、工业增加值49772万元、固定资产投资37307万元及增速。",
  "ow07"),
 parks=[
  park(YC, "金昌", "甘肃", "工业园区", H0, district="永昌县", aliases=["永昌县中小企业创业园", "金昌市创业园区"],
       note="1992年6月始建；2006年3月命名；2011年、2013年另获两个创业园称号"),
 ],
 institutions=[
  inst("永昌县东部工业园区管理委员会", "1995年10月,成立永昌县东部工业园区管理委员会", note="园区管委会前身"),
 ],
 companies=[
  comp("永顺泰麦芽", YC, H3),
  comp("莫高阳光", YC, H3),
  comp("元生农牧", YC, H3),
  comp("天寿面业", YC, H3),
  comp("正安蔬菜", YC, H3),
  comp("溪源肉联", YC, H3),
  comp("正和元药业", YC, H3),
  comp("健源食品", YC, H3),
  comp("恒源农机", YC, H3),
  comp("润昌源农机", YC, H3),
  comp("启明光电", YC, H3),
 ],
 aggregate_facts=[
  fact(YC, "park", "planned_area_km2", 5.57, "km2", H1, "页面所述"),
  fact(YC, "park", "built_area_km2", 2.96, "km2", H1, "页面所述（目前）"),
  fact(YC, "park", "investment_total_cny", 3.5e9, "cny", "园区累计投资约35亿元", "截至页面写作时", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(YC, "park", "firms", 173, "count", H2, "截至页面写作时", kind="cumulative"),
  fact(YC, "park", "above_scale_firms", 21, "count", H2, "截至页面写作时"),
  fact(YC, "park", "high_tech_firms", 3, "count", H2, "截至页面写作时", opt=True),
  fact(YC, "park", "gdp_cny", 6.2884e8, "cny", "园区实现生产总值62884万元,同比增长8.4%", "2015年", chk=True),
  fact(YC, "park", "gdp_yoy_growth", 0.084, "ratio", "园区实现生产总值62884万元,同比增长8.4%", "2015年", kind="ratio", opt=True),
  fact(YC, "park", "sales_revenue_cny", 2.73469e9, "cny", "实现销售收入273469万元,同比增长8.0%", "2015年", chk=True),
  fact(YC, "park", "sales_revenue_yoy_growth", 0.08, "ratio", "实现销售收入273469万元,同比增长8.0%", "2015年", kind="ratio", opt=True),
  fact(YC, "park", "industrial_value_added_cny", 4.9772e8, "cny", "完成工业增加值49772万元,同比增长8.9%", "2015年", chk=True),
  fact(YC, "park", "fixed_asset_investment_cny", 3.7307e8, "cny", "完成固定资产投资总额37307万元,同比增长62.0%", "2015年", chk=True),
  fact(YC, "park", "fixed_asset_investment_yoy_growth", 0.62, "ratio", "完成固定资产投资总额37307万元,同比增长62.0%", "2015年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ow08 本溪湖经济开发区正式晋升为省级园区 (溪湖区政府网站)
BX = "本溪湖经济开发区"
I0 = "本溪湖经济开发区前身为本溪湖资源综合利用产业园区,2011年11月21日,经本溪市人民政府批复同意(本政〔2011〕281号)设立"
I1 = "现入驻园区企业达335家,规模以上企业19家,全年预计实现企业主营业务收入24亿元,比去年同期增长25%"
ASI = "页面写作时（年份未注；2011年11月设立之后）"
G["ow08"] = dict(
 article=art("本溪湖经济开发区正式晋升为省级园区", "本溪市溪湖区人民政府网站（www.xihu.gov.cn，投资溪湖 › 溪湖发展栏；无署名）", "undated (after November 2011)", "unknown",
  "District government website, Liaoning: a district park promoted to provincial level — former name and municipal approval in 2011, three industry clusters, firms and above-scale firms, expected annual revenue and growth",
  "http://www.xihu.gov.cn/tzxh/xhfz/content_351721",
  "页面日期未见；文中最早时点为2011年11月21日设立，晋升在“全省高新区和经济开发区建设工作会议”上（年份未注）。标题照录；页面“用户登录 / 还没有账号? / 立即注册”已删。正文两段，完整。园区：本溪湖经济开发区（本溪市溪湖区，辽宁；前身“本溪湖资源综合利用产业园区”记为 alias）。溪湖区是区，不是园区。无公司、项目。事实：入驻企业335家、规模以上企业19家（页面写作时）；“全年预计”主营业务收入24亿元、增长25%（target，as_of 注“预计”）。",
  "ow08"),
 parks=[
  park(BX, "本溪", "辽宁", "经济开发区", I0, district="溪湖区", aliases=["本溪湖资源综合利用产业园区"], note="晋升省级园区"),
 ],
 companies=[],
 aggregate_facts=[
  fact(BX, "park", "firms", 335, "count", I1, ASI),
  fact(BX, "park", "above_scale_firms", 19, "count", I1, ASI),
  fact(BX, "park", "main_business_revenue_cny", 2.4e9, "cny", "全年预计实现企业主营业务收入24亿元,比去年同期增长25%", "当年全年（预计）", kind="target", chk=True),
  fact(BX, "park", "main_business_revenue_yoy_growth", 0.25, "ratio", "全年预计实现企业主营业务收入24亿元,比去年同期增长25%", "当年全年（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ow09 蕲春 parks (云上黄冈)
QC = "蕲春经济开发区"
LS = "李时珍医药工业园区"
J0 = "近年来,蕲春以节能灯、陶瓷、医药等园区建设为平台、以产业集群建设为重点,共新增规模以上企业138家,其中产值过亿元的19家,税收过3千万元企业3家"
J1 = "蕲春县集中力量建设了李时珍国际健康文化旅游区、李时珍医药工业园区、蕲春经济开发区和陶瓷产业园、节能灯工业园、九棵松工业园,启动建设华龙国际港口物流园、台湾农业循环经济创业园"
J2 = "李时珍医药工业园南园建成面积达5平方公里,已有33家企业落户,总投资达到了66.5亿元"
J3 = "蕲春经济开发区规划面积已达到20平方公里,在建面积21平方公里,已有86个项目落户建设,总投资327.7亿元,就业人数达到了11万人"
ASJ = "报道时（年份未注）"
G["ow09"] = dict(
 article=art("（无标题）蕲春以园区建设为平台推动产业集群", "云上黄冈（huanggang.cjyun.org，蕲春台 陈友林 朱卫红；编辑 陈兰）", "undated", "unknown",
  "City news app / portal relaying a county TV report, Hubei: a county's parks — new above-scale firms, the county's parks and zones named, a medicine park's south section (area, firms, investment) and the county development zone (area, projects, investment, jobs)",
  "http://huanggang.cjyun.org/p/80698.html",
  "存段无标题（title 为编者概括）、无日期（published 记“undated”）。文末“编辑 陈 兰 / 编审 赵 勤 孙国海 / 请输入验证码”已删。正文两段，完整。原文“规划面积已达到20平方公里,在建面积21平方公里”照录。园区：李时珍医药工业园区（其“南园”记为可选子园区）、蕲春经济开发区、九棵松工业园、华龙国际港口物流园（启动建设）；陶瓷产业园、节能灯工业园、台湾农业循环经济创业园、李时珍国际健康文化旅游区可选（泛称或非工业园区）。蕲春县是县，不是园区。无公司；“李时珍国际健康已完成6个子项目”无项目名。事实：全县新增规上企业138家（地区）；南园建成面积5平方公里、已落户企业33家、总投资66.5亿元（cumulative）；蕲春经济开发区规划面积20平方公里、86个项目落户、总投资327.7亿元（cumulative）、就业11万人。",
  "ow09"),
 parks=[
  park(LS, "黄冈", "湖北", "工业园区", J1, district="蕲春县"),
  park("李时珍医药工业园南园", "黄冈", "湖北", "工业园区", J2, district="蕲春县", parent=LS, opt=True, note="李时珍医药工业园区的南园"),
  park(QC, "黄冈", "湖北", "经济开发区", J3, district="蕲春县"),
  park("九棵松工业园", "黄冈", "湖北", "工业园", J1, district="蕲春县"),
  park("华龙国际港口物流园", "黄冈", "湖北", "物流园", J1, district="蕲春县", note="启动建设"),
  park("陶瓷产业园", "黄冈", "湖北", "产业园", J1, district="蕲春县", opt=True, note="无地名前缀"),
  park("节能灯工业园", "黄冈", "湖北", "工业园", J1, district="蕲春县", opt=True, note="无地名前缀"),
  park("台湾农业循环经济创业园", "黄冈", "湖北", "农业园", J1, district="蕲春县", opt=True, note="启动建设"),
  park("李时珍国际健康文化旅游区", "黄冈", "湖北", "旅游区", J1, district="蕲春县", opt=True, note="旅游区，“一区九园”"),
 ],
 companies=[],
 aggregate_facts=[
  fact("蕲春", "region", "new_above_scale_firms", 138, "count", J0, "近年来（累计）", kind="cumulative"),
  fact("蕲春", "region", "new_firms_output_over_100m", 19, "count", J0, "近年来（累计）", kind="cumulative", opt=True),
  fact("蕲春", "region", "new_firms_tax_over_30m", 3, "count", J0, "近年来（累计）", kind="cumulative", opt=True),
  fact("李时珍医药工业园南园", "park", "built_area_km2", 5, "km2", J2, ASJ),
  fact("李时珍医药工业园南园", "park", "firms", 33, "count", J2, ASJ, kind="cumulative"),
  fact("李时珍医药工业园南园", "park", "investment_total_cny", 6.65e9, "cny", "总投资达到了66.5亿元", ASJ, kind="cumulative", chk=True),
  fact(QC, "park", "planned_area_km2", 20, "km2", J3, ASJ),
  fact(QC, "park", "area_under_construction_km2", 21, "km2", J3, ASJ, opt=True),
  fact(QC, "park", "projects_landed", 86, "count", J3, ASJ, kind="cumulative"),
  fact(QC, "park", "investment_total_cny", 3.277e10, "cny", "总投资327.7亿元,就业人数达到了11万人", ASJ, kind="cumulative", chk=True),
  fact(QC, "park", "jobs", 110000, "persons", "就业人数达到了11万人", ASJ),
  fact("李时珍国际健康文化旅游区", "park", "subprojects_completed", 6, "count", "李时珍国际健康已完成6个子项目", ASJ, kind="cumulative", opt=True),
 ])
