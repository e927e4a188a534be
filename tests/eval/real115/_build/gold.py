# real115 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept as investment_value / *_usd facts. Growth
# rates and shares as ratios (4.7% → 0.047). Projects: the park is the one the text places the project in, null if none (a
# county or district is a region, not a park). Status from the text's words (签约 / 签约落户 / 签约落地 → 签约; 开工 / 破土动工
# → 开工; 正在调试 → 在建; 竣工 / 完成竣工 → 竣工; 投产 → 投产; 落户 / 落地 / 引进 alone → no status). Year figures of a
# review are reported (as_of the year); “今年以来” / “1-10月” figures are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/ygNN.raw as returned.

# ---------------------------------------------------------------- yg01 2022年珠海市斗门区政府工作报告 (gcs66 relay)
DM = "斗门区"
FS = "富山工业园"
A1 = "爱旭光伏电池、越芯半导体、闻泰光电智能制造产业园落地富山工业园"
AS1 = "2021年"
G["yg01"] = dict(
 article=art("政府工作报告", "珠海市斗门区人民政府（区长韩云在区第五届人民代表大会第二次会议上所作报告），载于 gcs66.com（文档站转载）", "2022-02-23", "day",
  "District government work report, Guangdong (opening of the 2021 review): the district's 2021 figures, industrial investment, key-project investment, three named projects landing in an industrial park",
  "https://gcs66.com/document_detail/36119.html",
  "日期取报告题注“2022年2月23日在珠海市斗门区第五届人民代表大会第二次会议上”（转载页自身的发布日期存段未示）。转载页标题“2022年珠海市斗门区政府工作报告—全文”已删，标题用报告本题“政府工作报告”。存段为报告开头至“一是产业发展保持强劲势头”段，该段在“…落地富山工业园,智能制造经济开发区”处中断；“,智能制造经济开发区”残句已删（make_txt.py LINE_SUFFIX），正文截至“…落地富山工业园”（无句号）。“一般公共预算收入35.4亿元,增长0.5%;”后原页断行，已接续（JOIN）。“年度投资宪成率127.1%”中的“宪”为原文错字，照录。园区：富山工业园（珠海市斗门区，广东）；横琴粤澳深度合作区只作服务对象（可选，非斗门区园区）。项目：爱旭光伏电池、越芯半导体、闻泰光电智能制造产业园“落地富山工业园”（落地→无状态，无金额）；企业名只在项目名中（可选）。事实：斗门区2021年全区指标（region，reported）。",
  "yg01", title_note="转载页标题：2022年珠海市斗门区政府工作报告—全文"),
 parks=[
  park(FS, "珠海", "广东", "工业园", A1, district="斗门区"),
  park("横琴粤澳深度合作区", "珠海", "广东", "合作区", "全力支持服务横琴粤澳深度合作区建设", district="横琴", opt=True,
       note="斗门区“支持服务”的对象，非本区园区"),
  park("闻泰光电智能制造产业园", "珠海", "广东", "产业园(项目)", A1, district="斗门区", parent=FS, opt=True, note="项目式产业园，落地富山工业园"),
 ],
 companies=[
  comp("爱旭", FS, A1, opt=True, note="只在项目名“爱旭光伏电池”中"),
  comp("越芯", FS, A1, opt=True, note="只在项目名“越芯半导体”中"),
  comp("闻泰", FS, A1, opt=True, note="只在项目名“闻泰光电智能制造产业园”中"),
 ],
 institutions=[
  inst("斗门区人民政府", "我代表区人民政府,向大会作政府工作报告", note="文中作“区人民政府”；名称由题注推定", opt=True),
 ],
 projects=[
  proj("爱旭光伏电池", FS, A1, status_text="落地", note="落地→无状态；无金额"),
  proj("越芯半导体", FS, A1, status_text="落地", note="落地→无状态；无金额"),
  proj("闻泰光电智能制造产业园", FS, A1, status_text="落地", note="落地→无状态；无金额"),
 ],
 aggregate_facts=[
  fact(DM, "region", "gdp_cny", 4.68e10, "cny", "全区实现地区生产总值468亿元,增长4.1%", AS1, chk=True),
  fact(DM, "region", "gdp_yoy_growth", 0.041, "ratio", "全区实现地区生产总值468亿元,增长4.1%", AS1, kind="ratio", opt=True),
  fact(DM, "region", "industrial_output_above_scale_cny", 8.47e10, "cny", "规模以上工业总产值847亿元,增长2.2%", AS1, chk=True),
  fact(DM, "region", "industrial_output_above_scale_yoy_growth", 0.022, "ratio", "规模以上工业总产值847亿元,增长2.2%", AS1, kind="ratio", opt=True),
  fact(DM, "region", "above_scale_industrial_value_added_cny", 1.935e10, "cny", "规模以上工业增加值193.5亿元,增长4.4%", AS1, opt=True, chk=True),
  fact(DM, "region", "fixed_asset_investment_cny", 3.586e10, "cny", "固定资产投资总额358.6亿元,增长0.4%", AS1, chk=True),
  fact(DM, "region", "general_budget_revenue_cny", 3.54e9, "cny", "一般公共预算收入35.4亿元,增长0.5%", AS1, opt=True, chk=True),
  fact(DM, "region", "retail_sales_cny", 8.02e9, "cny", "社会消费品零售总额80.2亿元,增长4.4%", AS1, opt=True, chk=True),
  fact(DM, "region", "import_export_cny", 3.948e10, "cny", "外贸进出口总额394.8 亿元", AS1, opt=True, chk=True),
  fact(DM, "region", "industrial_investment_cny", 1.348e10, "cny", "全年完成工业投资134.8亿元,同比增长102.8%", AS1, chk=True),
  fact(DM, "region", "industrial_investment_yoy_growth", 1.028, "ratio", "全年完成工业投资134.8亿元,同比增长102.8%", AS1, kind="ratio", opt=True),
  fact(DM, "region", "city_key_projects_investment_completed_cny", 2.368e10, "cny", "137个市重点项目完成投资236.8亿元", AS1, opt=True,
       chk=True, note="137个市重点项目"),
  fact(DM, "region", "province_key_projects_investment_completed_cny", 4.07e9, "cny", "11个省重点项目完成投资40.7亿元", AS1, opt=True,
       chk=True, note="11个省重点项目"),
 ])

# ---------------------------------------------------------------- yg02 辽源经济开发区2018年度工作总结大会 (2019)
LY = "辽源经济开发区"
B0 = "2月15日上午,辽源经济开发区召开2018年度工作总结大会"
AS2 = "2018年"
G["yg02"] = dict(
 article=art("（无标题）辽源经济开发区召开2018年度工作总结大会", "辽源经济开发区网站（政务会议栏；存段无署名，责任编辑宋思南），载于 haxmjt.com", "2019-02-18", "day",
  "Zone website news item, Jilin: an economic development zone's year-end meeting — the zone's 2018 GDP, industrial output, fixed-asset investment and trade with growth rates; the next year's aim",
  "https://haxmjt.com/kfq/gwh/zfhy/201902/t20190218_361451",
  "日期取网址 201902/t20190218（会议在2月15日）；页面路径 kfq/gwh/zfhy（开发区/管委会/政务会议）为辽源开发区网站结构，所在域名 haxmjt.com 与机构名不符，照录。存段无标题（title 为编者概括），“(责任编辑:宋思南) [纠错]”已删，正文四段完整。园区：辽源经济开发区（辽源市，吉林；文中又作“开发区”“全区”）。无企业、项目。事实：开发区2018年全年指标（reported）；进出口为美元（*_usd）。“努力向国家级开发区迈进”为目标，不计。",
  "yg02"),
 parks=[
  park(LY, "辽源", "吉林", "经济开发区", B0, note="文中又作“开发区”“全区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(LY, "park", "gdp_cny", 1.134e10, "cny", "全年地区生产总值完成113.4亿元,增长5.5%", AS2, chk=True),
  fact(LY, "park", "gdp_yoy_growth", 0.055, "ratio", "全年地区生产总值完成113.4亿元,增长5.5%", AS2, kind="ratio"),
  fact(LY, "park", "industrial_output_above_scale_cny", 1.6757e10, "cny", "规模以上工业总产值完成167.57亿元,增长5.6%", AS2, chk=True),
  fact(LY, "park", "industrial_output_above_scale_yoy_growth", 0.056, "ratio", "规模以上工业总产值完成167.57亿元,增长5.6%", AS2, kind="ratio"),
  fact(LY, "park", "fixed_asset_investment_cny", 1.097e9, "cny", "全社会固定资产投资完成10.97亿元,增长6%", AS2, chk=True),
  fact(LY, "park", "fixed_asset_investment_yoy_growth", 0.06, "ratio", "全社会固定资产投资完成10.97亿元,增长6%", AS2, kind="ratio", opt=True),
  fact(LY, "park", "import_export_usd", 1.3e8, "usd", "进出口总额完成1.3亿美元,增长32%", AS2),
  fact(LY, "park", "import_export_yoy_growth", 0.32, "ratio", "进出口总额完成1.3亿美元,增长32%", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yg03 新乡高新区 2020 (新乡日报 2021)
XX = "新乡高新区"
C0 = "新乡市2020年经济社会发展成就系列新闻发布会高新区专场举行,高新区通报了2020年经济社会发展情况及2021年重点工作安排"
C1 = "新飞制冷家电产业园、康佳空调生产基地等166个项目实现签约落地,总投资约111.45亿元"
C2 = "全年新开工项目97个,总投资264.39亿元,其中亿元以上项目42个,总投资245.07亿元"
AS3 = "2020年"
G["yg03"] = dict(
 article=art("新乡市2020年经济社会发展成就系列新闻发布会高新区专场 综合实力再次实现晋位升级", "新乡日报（记者刘萌萌），载于 news.xxrb.com.cn（新乡网）", "2021-03-08", "day",
  "City daily, Henan: a high-tech zone's 2020 review at a city press conference — GDP, growth rates, budget revenue, national rank, projects signed and started with totals, land, standard factories, innovation vouchers, a firm's loans",
  "https://news.xxrb.com.cn/html/2021/xianqu_0308/268224.html",
  "日期取页面“2021-03-08 10:38:37 来源: 新乡日报”（发布会在3月4日）。标题照录；日期来源行已删，署名“记者 刘萌萌”保留为首段。存段末句“高新投公司全年实现各类融资授信29.494亿元,累计到位资金13.98亿元,参与股权投资项目40个,总投资”在数字前中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…低息贷款2000万元。”。园区：新乡高新区（文中只作“高新区”；标题“新乡市…高新区专场”；国家级高新区，新乡市，河南；name 取“新乡高新区”，别名“高新区”）；郑洛新国家自主创新示范区（可选）；过滤产业园（区内标准厂房园，可选园区，亦列可选项目“竣工验收”）。项目：新飞制冷家电产业园、康佳空调生产基地（“实现签约落地”→签约；166个项目合计约111.45亿元为事实，不分摊）。公司：胜达过滤（区内科技型中小企业，获贷款）；高新投公司只在删去的末句中，不列；新飞、康佳只在项目名中（可选）。资金：初期规模1000万元的科技金融资金池（可选资金）。事实：2020年全年指标（reported）；“河南省优秀产业集聚区”荣誉不计。",
  "yg03"),
 parks=[
  park(XX, "新乡", "河南", "国家级高新区", C0, aliases=["高新区"], note="文中只作“高新区”；“在全国169家国家级高新区中…居第66位”"),
  park("郑洛新国家自主创新示范区", None, "河南", "国家自主创新示范区", "高新区以郑洛新国家自主创新示范区建设为核心", opt=True),
  park("过滤产业园", "新乡", "河南", "产业园", "目前,过滤产业园22栋厂房已全部竣工验收", parent=XX, opt=True, note="区内标准厂房园区"),
 ],
 companies=[
  comp("胜达过滤", XX, "为胜达过滤等7家科技型中小企业获得合作银行低息贷款2000万元"),
  comp("新飞", XX, C1, opt=True, note="只在项目名中"),
  comp("康佳", XX, C1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("新飞制冷家电产业园", XX, C1, status="签约", status_text="实现签约落地", note="166个项目之一；无单项金额"),
  proj("康佳空调生产基地", XX, C1, status="签约", status_text="实现签约落地", note="166个项目之一；无单项金额"),
  proj("过滤产业园", XX, "目前,过滤产业园22栋厂房已全部竣工验收", status="竣工", status_text="22栋厂房已全部竣工验收", opt=True,
       note="标准厂房园区，亦列为可选园区"),
 ],
 funds=[
  fund("科技金融资金池", XX, "组建了初期规模1000万元的科技金融资金池", size="1000万元", size_type="初期规模", opt=True),
 ],
 aggregate_facts=[
  fact(XX, "park", "gdp_cny", 1.8454e10, "cny", "全年实现地区生产总值184.54亿元,同比增长4.7%", AS3, chk=True),
  fact(XX, "park", "gdp_yoy_growth", 0.047, "ratio", "全年实现地区生产总值184.54亿元,同比增长4.7%", AS3, kind="ratio"),
  fact(XX, "park", "above_scale_industrial_value_added_yoy_growth", 0.09, "ratio", "规模以上工业增加值同比增长9%", AS3, kind="ratio"),
  fact(XX, "park", "fixed_asset_investment_yoy_growth", 0.186, "ratio", "固定资产投资同比增长18.6%", AS3, kind="ratio"),
  fact(XX, "park", "industrial_investment_yoy_growth", 0.143, "ratio", "其中工业投资同比增长14.3%", AS3, kind="ratio", opt=True),
  fact(XX, "park", "retail_sales_cny", 6.775e9, "cny", "实现社会消费品零售总额67.75亿元", AS3, opt=True, chk=True),
  fact(XX, "park", "general_budget_revenue_cny", 1.05e9, "cny", "一般公共预算收入10.5亿元,同比增长4%", AS3, chk=True),
  fact(XX, "park", "general_budget_revenue_yoy_growth", 0.04, "ratio", "一般公共预算收入10.5亿元,同比增长4%", AS3, kind="ratio", opt=True),
  fact(XX, "park", "national_rank", 66, "rank", "较2019年上升10个位次,居第66位", AS3, note="全国169家国家级高新区中"),
  fact(XX, "park", "projects_signed", 166, "count", C1, AS3),
  fact(XX, "park", "signed_investment_cny", 1.1145e10, "cny", C1, AS3, qual="约", qtext="约", chk=True),
  fact(XX, "park", "projects_started", 97, "count", C2, AS3),
  fact(XX, "park", "projects_started_investment_cny", 2.6439e10, "cny", C2, AS3, chk=True),
  fact(XX, "park", "projects_started_over_100m", 42, "count", "其中亿元以上项目42个,总投资245.07亿元", AS3, opt=True),
  fact(XX, "park", "projects_started_over_100m_investment_cny", 2.4507e10, "cny", "其中亿元以上项目42个,总投资245.07亿元", AS3, opt=True, chk=True),
  fact(XX, "park", "land_acquired_mu", 1492.18, "mu", "全年共完成土地收储1492.18亩", AS3, opt=True),
  fact(XX, "park", "land_supplied_mu", 1012, "mu", "供应各类项目用地1012亩", AS3, opt=True),
  fact(XX, "park", "land_sale_revenue_cny", 1.54e9, "cny", "土地成交价款15.4亿元", AS3, opt=True, chk=True),
  fact(XX, "park", "standard_factory_added_m2", 85900, "m2", "新增标准厂房8.59万平方米", AS3, opt=True),
  fact(XX, "park", "innovation_vouchers_cny", 5.8e6, "cny", "已向34个国家科技型中小企业发放科技创新券580万元", AS3, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yg04 常州高新区 园区总体发展情况 (2020, yearbook chapter)
CZ = "常州高新区"
D0 = "2020年,常州高新区坚持稳中求进工作总基调"
D1 = "新泉汽车内饰件等70个项目完成竣工,天合太阳能组件等21个项目实现当年开工、当年竣工"
AS4 = "2020年"
G["yg04"] = dict(
 article=art("园区总体发展情况", "常州高新区年度资料（书中章节，书名与编者存段未示），载于 daowen.com（书籍阅读站）", "2021", "year",
  "Yearbook-style chapter on a national high-tech zone, Jiangsu: the zone's 2020 review — GDP, budget revenue, rank, five named major projects introduced with investments (yuan and US dollars), projects completed, industry share, a provincial demonstration park and a firm's platform",
  "https://www.daowen.com/book/content/226588732/7041103.html",
  "书中章节，出版日期存段未示；内容回顾2020年，published 记为2021（推定，precision year）。标题为章节名“园区总体发展情况”。存段末句“新增国家级工业设计中心1家、省级工程研究中心6个,数量位”中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…“优等生”。”。园区：常州高新区（常州市新北区，江苏；district 由常识补，文中未写）；高性能纤维及复合材料产业园（入选省级示范园区，母园区推定常州高新区，可选）；智能传感小镇（可选）。项目：合全创新药项目（10亿美元）、比亚迪汽车项目（100亿元）、瑞声光学模组项目（6亿美元）、华润化学总部项目（5.7亿美元）、北汽福田项目（30亿元）——“相继引进”→无状态；美元金额记 investment_value/currency，investment_cny 为空。新泉汽车内饰件（完成竣工→竣工）、天合太阳能组件（当年开工、当年竣工→竣工，status_alt 开工）。“2019年累计引进优质项目121个…”原文作“2019年”（或为2020年之误），照录 as_of。公司：中简科技（获批省军民融合创新平台）；天合光能、华为、比亚迪等只在项目或平台名中（可选）。",
  "yg04"),
 parks=[
  park(CZ, "常州", "江苏", "高新区", D0, district="新北区", note="district 由常识补"),
  park("高性能纤维及复合材料产业园", "常州", "江苏", "产业园", "高性能纤维及复合材料产业园入选省级示范园区", district="新北区", parent=CZ, opt=True),
  park("智能传感小镇", "常州", "江苏", "特色小镇", "智能传感小镇成为省级中期考评“优等生”", district="新北区", parent=CZ, opt=True),
 ],
 companies=[
  comp("中简科技", CZ, "中简科技获批省军民融合创新平台"),
  comp("天合光能", CZ, "“天合光能能源互联网展示中心”、苏南首家“华为云工业互联网创新中心”投入运行", opt=True, note="只在展示中心名中"),
  comp("比亚迪", CZ, "总投资100亿元的比亚迪汽车项目", opt=True, note="只在项目名中"),
  comp("瑞声", CZ, "总投资6亿美元的瑞声光学模组项目", opt=True, note="只在项目名中"),
  comp("华润化学", CZ, "总投资5.7亿美元的华润化学总部项目", opt=True, note="只在项目名中"),
  comp("北汽福田", CZ, "总投资30亿元的北汽福田项目", opt=True, note="只在项目名中"),
  comp("新泉", CZ, D1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("合全创新药项目", CZ, "相继引进总投资10亿美元的合全创新药项目", inv="总投资10亿美元", currency="usd", value=1e9, status_text="相继引进"),
  proj("比亚迪汽车项目", CZ, "总投资100亿元的比亚迪汽车项目", companies=["比亚迪"], inv="总投资100亿元", status_text="相继引进"),
  proj("瑞声光学模组项目", CZ, "总投资6亿美元的瑞声光学模组项目", inv="总投资6亿美元", currency="usd", value=6e8, status_text="相继引进"),
  proj("华润化学总部项目", CZ, "总投资5.7亿美元的华润化学总部项目", inv="总投资5.7亿美元", currency="usd", value=5.7e8, status_text="相继引进"),
  proj("北汽福田项目", CZ, "总投资30亿元的北汽福田项目", companies=["北汽福田"], inv="总投资30亿元", status_text="相继引进"),
  proj("新泉汽车内饰件", CZ, D1, status="竣工", status_text="完成竣工", note="70个竣工项目之一"),
  proj("天合太阳能组件", CZ, D1, status="竣工", status_alt="开工", status_text="实现当年开工、当年竣工", note="21个当年开工当年竣工项目之一"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "gdp_cny", 1.631e11, "cny", "2020年全年实现地区生产总值1631亿元、同比增长4.4%", AS4, chk=True),
  fact(CZ, "park", "gdp_yoy_growth", 0.044, "ratio", "2020年全年实现地区生产总值1631亿元、同比增长4.4%", AS4, kind="ratio"),
  fact(CZ, "park", "general_budget_revenue_cny", 1.328e10, "cny", "完成一般公共预算收入132.8亿元、同比增长5.1%", AS4, chk=True),
  fact(CZ, "park", "general_budget_revenue_yoy_growth", 0.051, "ratio", "完成一般公共预算收入132.8亿元、同比增长5.1%", AS4, kind="ratio", opt=True),
  fact(CZ, "park", "above_scale_industrial_value_added_yoy_growth", 0.03, "ratio", "规上工业增加值同比增长3%", AS4, kind="ratio", opt=True),
  fact(CZ, "park", "national_rank", 13, "rank", "稳居全国综合实力百强区第13位", AS4, opt=True, note="全国综合实力百强区"),
  fact(CZ, "park", "projects_introduced", 121, "count", "2019年累计引进优质项目121个", "2019年（原文如此）", kind="cumulative"),
  fact(CZ, "park", "manufacturing_projects_introduced", 70, "count", "其中投资超1亿元或1000万美元制造业项目70个", "2019年（原文如此）", kind="cumulative", opt=True),
  fact(CZ, "park", "key_projects_count", 182, "count", "着力推进182个区以上重点项目建设", AS4, opt=True),
  fact(CZ, "park", "projects_completed", 70, "count", D1, AS4),
  fact(CZ, "park", "projects_started_and_completed_same_year", 21, "count", D1, AS4, opt=True),
  fact(CZ, "park", "leading_industries_output_share", 0.431, "ratio", "“两特三新”产业占规上工业总产值比重达43.1%", AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yg05 斗门智能制造产业园 12个项目集中签约 (南方网 2020)
DZ = "斗门智能制造产业园"
NK = "珠海国家农业科技园区"
E1 = "活动现场,12家先进制造企业集中签约,总投资超110亿元"
E2 = "6个产业项目及2个园区配套工程破土动工,总投资27.1亿元"
E3 = "铭薪智慧终端显示总部基地项目、海鹏辉精密智能制造总部基地项目等12个产业项目签约落户斗门智能制造产业园"
E4 = "斗门智能制造产业园位于珠海国家农业科技园区(斗门生态农业园)白蕉核心片区,规划面积20.9平方公里"
AS5 = "2020-06-24"
G["yg05"] = dict(
 article=art("珠海斗门:12个项目集中签约,总投资超110亿元", "南方网（珠海新闻；存段无署名），pc.nfapp.southcn.com", "2020-06", "month",
  "Provincial news portal, Guangdong: signing and groundbreaking ceremony in a district's intelligent-manufacturing park — 12 projects signed (two named) with total and expected output, 6 projects and 2 park works started, the park's location, area and PPP developer, the city's signed investment this year",
  "http://pc.nfapp.southcn.com/2556/3700536.html",
  "页面日期存段未示：仪式在“6月24日”，年份据“今年是斗门智能制造产业园建设元年,面对突如其来的疫情冲击”推定为2020年（published 记2020-06，precision month）。标题照录；面包屑“南方网 > 珠海新闻 > 正文”与两行图片说明“斗门智能制造产业园效果图。受访者供图”已删；小标题“签约项目投资总额超110亿元”保留为段落。存段末段“此次斗门智能制造产业园引入的12家先进制造企业大多聚焦智”中断，整段删去，正文截至“…赢得主动。”。园区：斗门智能制造产业园（珠海市斗门区白蕉，广东）；珠海国家农业科技园区（别名斗门生态农业园，母园区）。公司：华夏幸福基业股份有限公司（与斗门区政府以PPP方式共同开发运营园区）。项目：铭薪智慧终端显示总部基地项目、海鹏辉精密智能制造总部基地项目（签约落户→签约，无单项金额）；6个动工项目未点名。事实：签约12个、超110亿元、达产年产值近130亿元（约）；动工6个产业项目及2个配套工程共27.1亿元；规划面积；珠海市今年以来新签约产业项目投资额超1000亿元（region，cumulative，可选）。",
  "yg05"),
 parks=[
  park(DZ, "珠海", "广东", "产业园", E4, district="斗门区", parent=NK, note="位于珠海国家农业科技园区白蕉核心片区；PPP产业新城项目"),
  park(NK, "珠海", "广东", "国家农业科技园区", E4, district="斗门区", aliases=["斗门生态农业园"]),
 ],
 companies=[
  comp("华夏幸福基业股份有限公司", DZ, "该园区是斗门区人民政府与华夏幸福基业股份有限公司以PPP合作方式,共同开发运营的产业新城项目",
       kind="developer", note="园区PPP开发运营方"),
  comp("铭薪", DZ, E3, opt=True, note="只在项目名中"),
  comp("海鹏辉", DZ, E3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("斗门区人民政府", "该园区是斗门区人民政府与华夏幸福基业股份有限公司以PPP合作方式,共同开发运营的产业新城项目"),
 ],
 projects=[
  proj("铭薪智慧终端显示总部基地项目", DZ, E3, status="签约", status_text="签约落户", note="12个签约项目之一；无单项金额"),
  proj("海鹏辉精密智能制造总部基地项目", DZ, E3, status="签约", status_text="签约落户", note="12个签约项目之一；无单项金额"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "projects_signed", 12, "count", E1, AS5),
  fact(DZ, "park", "signed_investment_cny", 1.1e10, "cny", E1, AS5, qual="超", qtext="超", chk=True),
  fact(DZ, "park", "expected_annual_output_cny", 1.3e10, "cny", "达产年产值近130亿元", AS5, kind="target", qual="约", qtext="近", chk=True,
       note="12个签约项目达产后"),
  fact(DZ, "park", "projects_started", 6, "count", E2, AS5, note="另有2个园区配套工程"),
  fact(DZ, "park", "projects_started_investment_cny", 2.71e9, "cny", E2, AS5, chk=True, note="6个产业项目及2个配套工程合计"),
  fact(DZ, "park", "planned_area_km2", 20.9, "km2", E4, AS5),
  fact("珠海市", "region", "signed_investment_cny", 1e11, "cny", "今年以来珠海市新签约的产业项目投资额已经超过1000亿元", "2020年1月至6月24日",
       kind="cumulative", qual="超", qtext="超过", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yg06 大冶湖高新区 汽车产业 (黄石日报 2025)
DY = "大冶湖高新区"
F1 = "总投资15亿元的蜂巢发动机项目生产线正在调试,预计12月份正式投产"
F2 = "2021年,长城汽车整车项目的落户,为大冶湖高新区按下汽车产业发展“快进键”"
F3 = "2023年末,诺博汽车内外饰件项目仅用两个月就完成一期建设并投产"
F4 = "“正因靠近长城汽车零配件产业园,产业链协同效率极高。”立中车轮(湖北)有限公司总经理余秋林介绍"
G["yg06"] = dict(
 article=art("大冶湖高新区打造新能源与智能网联汽车产业新高地", "黄石日报，载于 hsdcw.com（黄石大城网；存段无署名）", "2025-11-17", "day",
  "City daily feature, Hubei: a national high-tech zone's auto industry — a signing event's total, the anchor carmaker's base and output, an engine project in commissioning, a wheel maker's output growth, a supplier's project in production",
  "http://hsdcw.com/sjxw/202511/t20251117_1280479.html",
  "日期取页面“日期:[2025-11-17 08:52]”，来源黄石日报。标题照录；来源日期行已删；小标题“‘链主’强力牵引”保留为段落。存段末段“如今,以长城汽车为龙头…三位一体的产业生”中断，整段删去，正文截至“…强有力的配套支撑。”。园区：大冶湖高新区（黄石市大冶市，湖北）；长城汽车零配件产业园（可选，母园区推定大冶湖高新区）。项目：蜂巢发动机项目（总投资15亿元，生产线正在调试→在建，预计12月投产）；长城汽车整车项目（2021年落户→无状态）；诺博汽车内外饰件项目（一期建成并投产→投产）。公司：长城汽车（大冶基地）、立中车轮(湖北)有限公司、诺博汽车（只在项目名中，可选）、蜂巢（可选）。推介会“现场签约重点项目19个,总投资额达64.8亿元”为大冶市活动（subject event）。事实：长城汽车大冶基地1-10月车身总成4.4万套、产值突破百亿元（cumulative）；立中车轮产值6.2亿元（自2022年落户以来增至，as_of 2025年）；诺博年产能10万台套（可选）。",
  "yg06"),
 parks=[
  park(DY, "黄石", "湖北", "高新区", "大冶湖高新区汽车产业捷报频传", district="大冶市"),
  park("长城汽车零配件产业园", "黄石", "湖北", "产业园", F4, district="大冶市", parent=DY, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("长城汽车", DY, "长城汽车大冶基地生产的魏牌全新高山车身总成,在10月份单月交付量突破1万套", note="大冶基地；产业链“链主”"),
  comp("立中车轮(湖北)有限公司", DY, F4, note="自2022年落户；湖北省最大的铝合金车轮制造企业"),
  comp("诺博汽车", DY, F3, opt=True, note="只在项目名中"),
  comp("蜂巢", DY, F1, opt=True, note="只在项目名“蜂巢发动机项目”中"),
 ],
 institutions=[],
 projects=[
  proj("蜂巢发动机项目", DY, F1, inv="总投资15亿元", status="在建", status_text="生产线正在调试,预计12月份正式投产"),
  proj("长城汽车整车项目", DY, F2, companies=["长城汽车"], status_text="落户", note="2021年落户→无状态"),
  proj("诺博汽车内外饰件项目", DY, F3, companies=["诺博汽车"], phase="一期", status="投产", status_text="完成一期建设并投产", note="2023年末"),
 ],
 aggregate_facts=[
  fact("大冶市智能网联新能源汽车产业投资推介会", "event", "projects_signed", 19, "count",
       "在日前举办的大冶市智能网联新能源汽车产业投资推介会上,现场签约重点项目19个,总投资额达64.8亿元", "2025年11月"),
  fact("大冶市智能网联新能源汽车产业投资推介会", "event", "signed_investment_cny", 6.48e9, "cny",
       "在日前举办的大冶市智能网联新能源汽车产业投资推介会上,现场签约重点项目19个,总投资额达64.8亿元", "2025年11月", chk=True),
  fact("长城汽车", "company", "body_assemblies_units", 44000, "sets", "今年1-10月,长城汽车大冶基地已出厂车身总成4.4万套,产值突破百亿元",
       "2025年1–10月", kind="cumulative", opt=True, note="大冶基地"),
  fact("长城汽车", "company", "output_cny", 1e10, "cny", "今年1-10月,长城汽车大冶基地已出厂车身总成4.4万套,产值突破百亿元",
       "2025年1–10月", kind="cumulative", qual="超", qtext="突破", note="大冶基地；“百亿元”"),
  fact("立中车轮(湖北)有限公司", "company", "output_cny", 6.2e8, "cny", "6.2亿元的跨越,迅速崛起为湖北省最大的铝合金车轮制造企业", "2025年",
       chk=True, note="自2022年落户以来从1亿元增至6.2亿元"),
  fact("诺博汽车内外饰件项目", "project", "annual_capacity_sets", 100000, "sets", "形成10万台套的年产能", "2023年末起", opt=True),
 ])

# ---------------------------------------------------------------- yg07 大冶 高新区12月份“拼抢实”工作推进会 (云上大冶, year not shown)
DG = "大冶湖高新区"
H1 = "加快推进长城汽车、融通高科、东贝智造等一批优质项目投产达效"
H2 = "达到415.35亿元,同比增长29.34%,完成全年目标任务的92.3%"
AS7 = "当年1月至12月上旬（年份存段未示）"
G["yg07"] = dict(
 article=art("（无标题）大冶高新区召开12月份“拼抢实”工作推进会", "云上大冶（大冶市融媒体客户端；记者张蕾），m-dayeyun.cjyun.org", "12月11日前后，年份存段未示（长城汽车整车项目2021年落户，推定2021或2022年）", "unknown",
  "County-level media item, Hubei: a high-tech zone's December progress meeting — the year's industrial output passing 400亿元 with growth and target completion, three named projects to be brought into production",
  "http://m-dayeyun.cjyun.org/p/128757.html",
  "存段无标题、无日期行（title 为编者概括）；会议“12月11日”，年份未示：文中“疫情防控”“加快推进长城汽车…投产达效”，而长城汽车整车项目2021年落户大冶湖高新区（见 yg06 同区报道），推定2021年或2022年，published_precision 记 unknown。“责编丨陈 雪 / 编审丨周春明 / 监审丨吴海燕 / 云上大冶投稿邮箱”已删，正文四段完整。园区：文中只作“高新区”，即大冶湖高新区（黄石大冶湖国家高新区，大冶市，湖北；name 取全称，别名“高新区”）。项目：长城汽车、融通高科、东贝智造“等一批优质项目”“加快推进…投产达效”（以企业名作项目名；尚未投产，文中未说在建，状态空）；企业另列为可选公司。高新投公司（可选）。事实：当年工业总产值415.35亿元（首次突破400亿元）、增长29.34%、完成全年目标92.3%（cumulative，as_of 年份不详）。",
  "yg07"),
 parks=[
  park(DG, "黄石", "湖北", "高新区", "12月11日,高新区召开12月份“拼抢实”工作推进会", district="大冶市", aliases=["高新区"],
       note="文中只作“高新区”；大冶市的国家级高新区"),
 ],
 companies=[
  comp("长城汽车", DG, H1, opt=True, note="以企业名作项目名"),
  comp("融通高科", DG, H1, opt=True, note="以企业名作项目名"),
  comp("东贝智造", DG, H1, opt=True, note="以企业名作项目名"),
  comp("高新投公司", DG, "高新区今年以来在疫情防控、街道实体化、高新投公司运行", kind="state_investment_company", opt=True),
 ],
 institutions=[],
 projects=[
  proj("长城汽车", DG, H1, companies=["长城汽车"], status_text="加快推进…投产达效", note="以企业名作项目名；尚未投产"),
  proj("融通高科", DG, H1, companies=["融通高科"], status_text="加快推进…投产达效", note="以企业名作项目名；尚未投产"),
  proj("东贝智造", DG, H1, companies=["东贝智造"], status_text="加快推进…投产达效", note="以企业名作项目名；尚未投产"),
 ],
 aggregate_facts=[
  fact(DG, "park", "industrial_output_cny", 4.1535e10, "cny", H2, AS7, kind="cumulative", chk=True, note="首次突破400亿元"),
  fact(DG, "park", "industrial_output_yoy_growth", 0.2934, "ratio", H2, AS7, kind="ratio"),
  fact(DG, "park", "annual_target_completion", 0.923, "ratio", "完成全年目标任务的92.3%", AS7, kind="ratio", opt=True),
 ])
