# real274 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py).
# Conventions as real52: evidence verbatim; names as written; 超过/超/逾/突破 → 超, 多/余 → 余, 近/约 → 约 (qualifier_text keeps
# the word). Yuan in investment_cny / *_cny facts; US dollars in *_usd facts and investment_value. Growth rates and shares as
# ratios. “预计” figures are kind target; year-to-date / since-founding totals are cumulative.

# ---------------------------------------------------------------- rm01 海宁 区(街) 半年红 (海宁日报 via investchn 2019)
HN = "海宁经济开发区"
KJ = "海宁科技绿洲"
A1 = "日前,上海兄弟微泛半导体超高纯设备集成项目正式签约落户海宁科技绿洲。该项目总投资1亿元"
A2 = "上半年,区(街)完成规上工业总产值141亿元,同比增长5.6%"
A3 = "截至目前,泛半导体产业基金已完成对17个项目共5.61亿元的投资,带动社会资本股权投资资金超13亿元"
A4 = "上半年,区(街)实现规上工业增加值31.29亿元,同比增长6.0%,其中高新技术产业增加值21.05亿元,占规上工业增加值比重67.26%"
H1 = "2019年上半年"
G["rm01"] = dict(
 article=art("区(街)奋力干出“半年红”", "海宁日报，载于 hedz.investchn.com（中国投资指南·海宁经济开发区频道）", "2019-07-31", "day",
  "City daily relayed by the investment-promotion portal's zone channel, Zhejiang: an economic development zone merged with a subdistrict (区(街)) at mid-year — a 1亿元 project signed into its tech park, half-year output and value added with growth and shares, an industry fund's investments",
  "http://hedz.investchn.com/index.php/news/detail/id/49738.html",
  "日期、来源取页面“发布时间:2019-07-31 来源:海宁日报”。标题照录；正文中重复出现的标题行已删；站点口号、面包屑已删。存段末段“铆足干劲加速奔跑…与法国罗阿集团签署战略合作,设立驻”在句中中断，整段删去，正文截至“…工业经济不断企稳向好。”，共五段。第三段以逗号结尾（“同比增长4.0%,”），原文如此，照录。文中只称“区(街)”（即海宁经济开发区与海昌街道“区街合一”，由所在频道 hedz=海宁经济开发区推定），园区名取频道名，别名“区(街)”；海宁科技绿洲为区内园区（parent 推定）。项目：上海兄弟微泛半导体超高纯设备集成项目，签约落户，总投资1亿元。基金：泛半导体产业基金（规模未给，已投17个项目5.61亿元）。",
  "rm01"),
 parks=[
  park(HN, "嘉兴", "浙江", "经济开发区", A2, district="海宁市", aliases=["区(街)"], note="文中只作“区(街)”；名称由频道推定"),
  park(KJ, "嘉兴", "浙江", "科技园", A1, district="海宁市", parent=HN, note="母园区由语境推定"),
 ],
 companies=[
  comp("上海兄弟微", KJ, A1, opt=True, note="只在项目名中出现；全称未给"),
 ],
 projects=[
  proj("上海兄弟微泛半导体超高纯设备集成项目", KJ, A1, companies=["上海兄弟微"], inv="总投资1亿元", status="签约", status_text="正式签约落户"),
 ],
 funds=[
  fund("泛半导体产业基金", HN, A3, note="规模未给；已投资17个项目共5.61亿元"),
 ],
 aggregate_facts=[
  fact(HN, "park", "industrial_output_above_scale_cny", 1.41e10, "cny", A2, H1, chk=True),
  fact(HN, "park", "industrial_output_above_scale_yoy_growth", 0.056, "ratio", A2, H1, kind="ratio"),
  fact(HN, "park", "digital_economy_output_cny", 1.261e9, "cny", "其中数字经济产值12.61亿元,同比增长4.0%", H1, chk=True),
  fact(HN, "park", "digital_economy_output_yoy_growth", 0.04, "ratio", "其中数字经济产值12.61亿元,同比增长4.0%", H1, kind="ratio", opt=True),
  fact("泛半导体产业基金", "fund", "fund_invested_cny", 5.61e8, "cny", A3, "2019年7月", kind="cumulative", chk=True),
  fact("泛半导体产业基金", "fund", "fund_projects_invested", 17, "count", A3, "2019年7月", kind="cumulative"),
  fact("泛半导体产业基金", "fund", "social_capital_leveraged_cny", 1.3e9, "cny", "带动社会资本股权投资资金超13亿元", "2019年7月", kind="cumulative", qual="超", qtext="超", opt=True, chk=True),
  fact(HN, "park", "industrial_value_added_above_scale_cny", 3.129e9, "cny", A4, H1, chk=True),
  fact(HN, "park", "industrial_value_added_above_scale_yoy_growth", 0.06, "ratio", A4, H1, kind="ratio", opt=True),
  fact(HN, "park", "high_tech_value_added_cny", 2.105e9, "cny", "其中高新技术产业增加值21.05亿元", H1, opt=True, chk=True),
  fact(HN, "park", "high_tech_value_added_share", 0.6726, "ratio", "其中高新技术产业增加值21.05亿元,占规上工业增加值比重67.26%", H1, kind="ratio", opt=True),
  fact(HN, "park", "equipment_manufacturing_value_added_cny", 5.12e8, "cny", "装备制造业增加值5.12亿元", H1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- rm02 上海化工区 2019 (plastics.youjie 2020)
HG = "上海化工区"
B1 = "2019年,园区注册企业利润总额147.82亿元,企业销售利润率13.9%"
B2 = "累计批准项目总投资298.88亿美元,累计完成固定资产投资1455.24亿元"
B3 = "其中包括与英威达签署的投资超过10亿美元的40万吨己二腈项目建设"
G["rm02"] = dict(
 article=art("上海国际化工新材料创新中心正式启动建设", "plastics.youjie.online（塑料资讯站；原发媒体与署名未注明）", "2020-01-06", "day",
  "Trade-news site relaying a Shanghai item: a national chemical industry park's innovation centre launched — R&D centres opened, the park's 2019 profit and margin, cumulative approved investment and fixed-asset investment, a signed 1-billion-dollar project and land reserved for another firm",
  "https://plastics.youjie.online/p/2604.html",
  "日期取页面“发表于: 2020年1月6日”。标题照录；页尾 PHP 警告行与“相关推荐”已删。正文四段，完整。园区：上海化工区（即上海化学工业区，国家级经开区，跨金山、奉贤；文中只作“上海化工区”“园区”“区内”）。公司：三井化学、毕克助剂、太阳化学（研发中心在区内）、英威达、朗盛。项目：英威达40万吨己二腈项目（签署，投资超过10亿美元——美元，investment_cny 为空，记 investment_value）；太阳化学研发中心项目（完成建设→竣工，可选）；朗盛一体化生产基地（预留20公顷土地，planned，可选）；上海国际化工新材料创新中心（启动建设→开工，可选）。事实：2019年利润总额147.82亿元、销售利润率13.9%；累计批准项目总投资298.88亿美元、累计完成固定资产投资1455.24亿元（cumulative）。",
  "rm02"),
 parks=[
  park(HG, "上海", "上海", "化学工业区（国家级经济技术开发区）", "近日,上海化工区牵头打造的上海国际化工新材料创新中心启动建设", district="金山区/奉贤区",
       note="即上海化学工业区；文中又作“园区”“区内”"),
 ],
 companies=[
  comp("三井化学", HG, "区内的三井化学高端水性涂料实验室、毕克助剂研发中心正式投用", note="实验室在区内"),
  comp("毕克助剂", HG, "区内的三井化学高端水性涂料实验室、毕克助剂研发中心正式投用", note="研发中心在区内"),
  comp("太阳化学", HG, "太阳化学研发中心项目也完成了建设"),
  comp("英威达", HG, B3, note="与上海化工区签署"),
  comp("朗盛", HG, "并为朗盛建设一体化生产基地预留了20公顷土地"),
 ],
 projects=[
  proj("40万吨己二腈项目", HG, B3, companies=["英威达"], inv="投资超过10亿美元", qual="超", qual_text="超过", currency="usd", value=1e9,
       status="签约", status_text="签署", note="美元金额"),
  proj("太阳化学研发中心项目", HG, "太阳化学研发中心项目也完成了建设", companies=["太阳化学"], status="竣工", status_text="完成了建设", opt=True),
  proj("朗盛一体化生产基地", HG, "并为朗盛建设一体化生产基地预留了20公顷土地", companies=["朗盛"], status="planned", status_text="预留了20公顷土地", opt=True),
  proj("上海国际化工新材料创新中心", HG, "近日,上海化工区牵头打造的上海国际化工新材料创新中心启动建设", status="开工", status_text="启动建设", opt=True),
 ],
 aggregate_facts=[
  fact(HG, "park", "total_profit_cny", 1.4782e10, "cny", B1, "2019年", chk=True, note="园区注册企业利润总额"),
  fact(HG, "park", "sales_profit_margin", 0.139, "ratio", B1, "2019年", kind="ratio", opt=True),
  fact(HG, "park", "approved_project_investment_usd", 2.9888e10, "usd", B2, "截至2019年末", kind="cumulative"),
  fact(HG, "park", "fixed_asset_investment_cny", 1.45524e11, "cny", "累计完成固定资产投资1455.24亿元", "截至2019年末", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- rm03 嵊州 高新园区(三界镇) (嵊州新闻网 2020)
SZ = "高新园区(三界镇)"
C1 = "位于高新园区(三界镇)的春凯新材料有限公司获评高质量发展奖;中益机械有限公司获评工业企业30强;捷尔世阻燃材料有限公司、华发生态科技有限公司获评成长型企业30优"
G["rm03"] = dict(
 article=art("高新园区(三界镇)努力保持高位发展势头", "嵊州新闻网—今日嵊州（记者 闾高桥），sznews.zjol.com.cn", "2020-03-19", "day",
  "County-level city news site (city daily's web edition), Zhejiang: a high-tech park merged with a town — its firms' awards for 2019, the park named an advanced collective, plans for 2020",
  "http://sznews.zjol.com.cn/sznews/system/2020/03/19/032338640.shtml",
  "日期、作者取页面“来源:嵊州新闻网-今日嵊州 作者:记者 闾高桥 2020年03月19日08:52:45”。标题照录；网站菜单、面包屑与“资料图”已删；副题“助推园区经济实现新跨越”作为一段保留。存段末段“栽好梧桐树…重点规划开发高铁站”在句中中断，整段删去，正文截至“…湾区产业承载区。””，共三段。园区：高新园区(三界镇)（嵊州市，绍兴，浙江；园区与三界镇合署）。公司：春凯新材料有限公司（明言位于园区）、中益机械有限公司、捷尔世阻燃材料有限公司、华发生态科技有限公司（同一句列出，位于园区由语境推定）。无金额、无项目。",
  "rm03"),
 parks=[
  park(SZ, "绍兴", "浙江", "高新园区（与三界镇合署）", C1, district="嵊州市", note="文中作“高新园区(三界镇)”"),
 ],
 companies=[
  comp("春凯新材料有限公司", SZ, C1, note="获评高质量发展奖"),
  comp("中益机械有限公司", SZ, C1, note="获评工业企业30强；园区由语境推定"),
  comp("捷尔世阻燃材料有限公司", SZ, C1, note="获评成长型企业30优；园区由语境推定"),
  comp("华发生态科技有限公司", SZ, C1, note="获评成长型企业30优；园区由语境推定"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- rm04 临港新片区 两周年 42个项目签约 (浦东发布 via bbbfeiibyy 2021)
LG = "临港新片区"
D1 = "42个项目集中签约,涵盖集成电路、高端装备制造、生物医药等前沿产业领域,以及新型国际贸易、跨境金融服务、现代航运服务和商文体旅等现代服务业领域,涉及投资额近280亿元"
D2 = "两年来,新片区完成68个产业项目土地出让,完成产业投资634亿元"
D3 = "2020年工业总产值和生产性服务业营收达到2000亿元,预计2021年将突破3000亿元"
D4 = "其中,集成电路全产业链布局,已集聚闻泰、格科、新微、中微、天岳、恒玄等一百多家企业,涉及总投资超过1500亿元"
D5 = "生物医药领域已集聚君实、透景、臻格、心玮等八十多家企业,涉及总投资500亿元"
D6 = "重点建设东方芯港、生命蓝湾、大飞机园等特色园区"
G["rm04"] = dict(
 article=art("42个项目集中签约,投资额近280亿元!临港新片区发展增添新动能", "浦东发布（上海浦东新区官方发布），载于 bbbfeiibyy.cn（转载站）", "2021-08-18", "day",
  "District government's news account relayed by an aggregator, Shanghai: a free-trade zone area's second-anniversary signing — 42 projects and their total, land sales and industrial investment over two years, 2020 output and 2021 expectation, feature parks and the firms and investment clustered in chips and biomedicine",
  "http://bbbfeiibyy.cn/news/zuixin/2021/08/18/00003877.html",
  "日期取页面“2021-8-18 10:55 浦东发布”。标题照录（其后转载站的截断号“ ...”已删）；登录、搜索、切换城市等已删。首段“817日上午,投资新片区,启航新征程”——…”在转载页上即如此（日期中“8月”缺字、前引号缺失），照录。存段末段“聚焦国内国际两个市场…作为新片区首”在句中中断，整段删去，正文截至“…涉及总投资500亿元。”，共六段。园区：临港新片区（中国(上海)自由贸易试验区临港新片区）；特色园区东方芯港、生命蓝湾、大飞机园（parent 临港新片区）。公司：闻泰、格科、新微、中微、天岳、恒玄（集成电路）与君实、透景、臻格、心玮（生物医药），均为简称，已集聚于新片区（可选）。42个签约项目未逐一列名，不列项目。事实：签约42个、投资额近280亿元（约）；两年完成68个产业项目土地出让、产业投资634亿元（cumulative）；2020年工业总产值和生产性服务业营收2000亿元；预计2021年突破3000亿元（target，超）；集成电路一百多家企业、总投资超过1500亿元；生物医药八十多家企业、总投资500亿元。",
  "rm04"),
 parks=[
  park(LG, "上海", "上海", "自由贸易试验区新片区", "临港新片区成立两周年项目集中签约活动在临港办公中心举行", district="浦东新区", aliases=["新片区"], note="文中又作“新片区”"),
  park("东方芯港", "上海", "上海", "特色产业园区（集成电路）", D6, district="浦东新区", parent=LG),
  park("生命蓝湾", "上海", "上海", "特色产业园区（生物医药）", D6, district="浦东新区", parent=LG),
  park("大飞机园", "上海", "上海", "特色产业园区（航空）", D6, district="浦东新区", parent=LG),
 ],
 companies=[comp(n, LG, D4, opt=True, note="简称；集成电路企业，已集聚于新片区") for n in ("闻泰", "格科", "新微", "中微", "天岳", "恒玄")]
          + [comp(n, LG, D5, opt=True, note="简称；生物医药企业，已集聚于新片区") for n in ("君实", "透景", "臻格", "心玮")],
 institutions=[
  inst("临港新片区管委会", "市委常委、区委书记、临港新片区管委会主任朱芝松出席活动", park=LG),
 ],
 projects=[],
 aggregate_facts=[
  fact(LG, "park", "projects_signed", 42, "count", D1, "2021-08-17"),
  fact(LG, "park", "projects_signed_investment_cny", 2.8e10, "cny", "涉及投资额近280亿元", "2021-08-17", qual="约", qtext="近", chk=True),
  fact(LG, "park", "industrial_project_land_sales", 68, "count", D2, "2019年8月至2021年8月", kind="cumulative"),
  fact(LG, "park", "industrial_investment_cny", 6.34e10, "cny", "完成产业投资634亿元", "2019年8月至2021年8月", kind="cumulative", chk=True),
  fact(LG, "park", "industrial_output_and_producer_services_revenue_cny", 2e11, "cny", D3, "2020年", chk=True),
  fact(LG, "park", "industrial_output_and_producer_services_revenue_cny", 3e11, "cny", "预计2021年将突破3000亿元", "2021年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(LG, "park", "ic_firms", 100, "count", D4, "2021年8月", qual="余", qtext="多", opt=True),
  fact(LG, "park", "ic_investment_cny", 1.5e11, "cny", "涉及总投资超过1500亿元", "2021年8月", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(LG, "park", "biomedicine_firms", 80, "count", D5, "2021年8月", qual="余", qtext="多", opt=True),
  fact(LG, "park", "biomedicine_investment_cny", 5e10, "cny", D5, "2021年8月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- rm05 萧山 一季度重大项目集中开工 (guhantai 2022)
XS = "萧山经济技术开发区"
E1 = "位于萧山经开区桥南板块的杭可科技锂离子电池生产设备智能制造项目总投资13.37亿元"
E0 = "22个政府投资项目和20个产业投资项目总投资超200亿元"
G["rm05"] = dict(
 article=art("萧山区一季度重大项目集中开工 总投资超200亿元", "f.guhantai.com（转载站；原发媒体与署名未注明）", "2022-01-18", "day",
  "Aggregator relaying a district item, Zhejiang: a district's first-quarter groundbreaking — counts and totals, the national economic development zone's share, one named project started with amount and schedule, the firm's capacity figures",
  "http://f.guhantai.com/f/20220118/10084.html",
  "日期取网址 20220118（页内无日期行）。标题照录。首段“日,萧山区…”与第四段“年来,杭可科技…”在转载页上缺字（日期与“近”等字脱落），照录。存段末段“特别值得一提的是…成为全省排头兵、”在句中中断，整段删去，正文截至“…等“萧山智造”。”，共五段。园区：萧山经济技术开发区（文中简称“萧山经开区”）；钱江世纪城为另一平台（可选）；桥南、高教园区、三江创智新城为经开区辖内产业单元（可选，parent 萧山经开区）。项目：杭可科技锂离子电池生产设备智能制造项目（集中开工→开工；总投资13.37亿元；土建6月底竣工）。公司：杭可科技（在萧山经开区）。事实：全区42个项目总投资超200亿元；产业项目总投资逾184亿元（region 萧山区）；萧山经开区产业项目投资占全区五成（ratio 0.5，可选）；杭可科技2021年产能30亿元、预计2022年超66亿元。",
  "rm05"),
 parks=[
  park(XS, "杭州", "浙江", "国家级经济技术开发区", "萧山经济技术开发区(简称萧山经开区)、钱江世纪城等大台挑大梁", district="萧山区", aliases=["萧山经开区"]),
  park("钱江世纪城", "杭州", "浙江", "平台", "萧山经济技术开发区(简称萧山经开区)、钱江世纪城等大台挑大梁", district="萧山区", opt=True),
  park("桥南", "杭州", "浙江", "产业单元", "其辖区内桥南、高教园区、三江创智新城等多个产业单元均有重大项目开工", district="萧山区", parent=XS, opt=True, note="文中又作“桥南板块”"),
  park("三江创智新城", "杭州", "浙江", "产业单元", "其辖区内桥南、高教园区、三江创智新城等多个产业单元均有重大项目开工", district="萧山区", parent=XS, opt=True),
 ],
 companies=[
  comp("杭可科技", XS, E1, note="在萧山的第五个工厂"),
 ],
 projects=[
  proj("杭可科技锂离子电池生产设备智能制造项目", XS, E1, companies=["杭可科技"], inv="总投资13.37亿元", status="开工", status_text="集中开工",
       note="位于桥南板块；土建工程将于今年6月底竣工；达产后约30亿元产值"),
 ],
 aggregate_facts=[
  fact("萧山区", "region", "projects_started", 42, "count", E0, "2022年一季度", note="22个政府投资项目和20个产业投资项目"),
  fact("萧山区", "region", "projects_started_investment_cny", 2e10, "cny", E0, "2022年一季度", qual="超", qtext="超", chk=True),
  fact("萧山区", "region", "industrial_projects_investment_cny", 1.84e10, "cny", "总投资逾184亿元", "2022年一季度", qual="超", qtext="逾", opt=True, chk=True),
  fact(XS, "park", "share_of_district_industrial_project_investment", 0.5, "ratio", "特别是萧山经开区,产业项目投资总额占全区五成", "2022年一季度", kind="ratio", opt=True),
  fact("杭可科技锂离子电池生产设备智能制造项目", "project", "expected_annual_output_cny", 3e9, "cny", "贡献约30亿元产值的能力", "达产后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("杭可科技", "company", "capacity_cny", 3e9, "cny", "从几亿元的产能快速成长到2021年30亿元的产能", "2021年", opt=True),
  fact("杭可科技", "company", "capacity_cny", 6.6e9, "cny", "预计2022年产能将超66亿元", "2022年（预计）", kind="target", qual="超", qtext="超", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- rm06 杭州经开区 2021 (钱塘新区报 via uf.cn 2022)
HZ = "杭州经济技术开发区"
F1 = "2021年,杭州经济技术开发区地区生产总值首次突破1200亿元;规上工业产值历史性突破3000亿元大关"
F2 = "全年新设外商投资企业115家,新增合同外资超11亿美元,全年进出口总额突破1000亿元大关"
G["rm06"] = dict(
 article=art("杭州经开区名列国家级经开区“大考”榜单前十", "钱塘新区报（记者 史俊杰；钱塘微融圈 俞佳君），载于 ww.uf.cn（转载站）", "2022-02-10", "day",
  "District newspaper relayed by an aggregator, Zhejiang: a national economic and technological development zone ranked ninth nationally — its 2021 GDP, industrial output, investment and FDI shares, foreign firms set up, contracted foreign capital, trade",
  "http://ww.uf.cn/xx/2022/0210/1887.html",
  "日期、来源取页面“2022-02-10 16:09:58 钱塘新区报”。标题照录；面包屑与转载站版权提示、“语言”“知识”已删。正文四段，完整（署名在末段尾，照录）。园区：杭州经济技术开发区（标题作“杭州经开区”）。综合保税区未写名，不列。事实：2021年地区生产总值突破1200亿元（超）；规上工业产值突破3000亿元（超）；数字经济核心产业占GDP超10%；高新技术产业投资增长52%；新设外商投资企业115家；新增合同外资超11亿美元；进出口总额突破1000亿元；排名全国第九（不计）。",
  "rm06"),
 parks=[
  park(HZ, "杭州", "浙江", "国家级经济技术开发区", "杭州经济技术开发区排名较上年度提升一位,在全国217家国家级经济技术开发区中位列第九", district="钱塘区", aliases=["杭州经开区"], note="标题作“杭州经开区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "gdp_cny", 1.2e11, "cny", F1, "2021年", qual="超", qtext="突破", chk=True),
  fact(HZ, "park", "industrial_output_above_scale_cny", 3e11, "cny", "规上工业产值历史性突破3000亿元大关", "2021年", qual="超", qtext="突破", chk=True),
  fact(HZ, "park", "digital_economy_core_share_of_gdp", 0.10, "ratio", "数字经济核心产业占GDP比重超10%", "2021年", kind="ratio", qual="超", qtext="超", opt=True),
  fact(HZ, "park", "high_tech_investment_growth", 0.52, "ratio", "高新技术产业投资增长52%", "2021年", kind="ratio", opt=True),
  fact(HZ, "park", "high_tech_fdi_share", 0.40, "ratio", "高技术产业实际利用外资占比超40%", "2021年", kind="ratio", qual="超", qtext="超", opt=True),
  fact(HZ, "park", "new_foreign_invested_firms", 115, "count", F2, "2021年"),
  fact(HZ, "park", "contracted_fdi_usd", 1.1e9, "usd", "新增合同外资超11亿美元", "2021年", qual="超", qtext="超"),
  fact(HZ, "park", "trade_total_cny", 1e11, "cny", "全年进出口总额突破1000亿元大关", "2021年", qual="超", qtext="突破", chk=True),
  fact(HZ, "park", "export_growth_private_firms", 0.35, "ratio", "民营企业表现亮眼,出口增幅35%", "2021年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rm07 松江经开区 2021 (rent.sh.cn relay, 2022)
SJ = "国家级上海松江经济技术开发区"
G1 = "2021年实现全年工业总产值2905.77亿元,比“十三五”初期增长39%,年均增长7.8%"
G2 = "实现增加值419.9亿元,增长45.54%,年均增长9.1%;实现地方财政收入23.27亿元,增长39%"
G["rm07"] = dict(
 article=art("科技创新驱动实体经济不断壮大,国家级上海松江经济技术开发区打造具有国际竞争力的多功能综合性产业园区", "rent.sh.cn（厂房租售站转载；原发媒体与署名未注明）", "2022", "year",
  "Property-listing site relaying a Shanghai feature: a national economic and technological development zone's 2021 output, value added and local fiscal revenue against the start of the 13th five-year plan, its leading industries",
  "http://rent.sh.cn/index.php/post/8463.html",
  "存段无日期行；文中报2021年全年数，推定发布于2022年（year）。标题取页面“原标题”行的带逗号写法（页首另有无逗号的同题一行，已删）；平台勋章说明行已删。存段末段“同时,围绕…此外,新能源、人工智能等产”在句中中断，整段删去（其中所列企业因此不在正文），正文截至“…产业集聚格局越来越凸显。”，共二段。园区：国家级上海松江经济技术开发区（文中又作“经开区”；松江区，上海）。事实：2021年工业总产值2905.77亿元、比“十三五”初期增长39%；增加值419.9亿元、增长45.54%；地方财政收入23.27亿元、增长39%（增长为与“十三五”初期比较，ratio，可选）。",
  "rm07"),
 parks=[
  park(SJ, "上海", "上海", "国家级经济技术开发区", "近年来,国家级上海松江经济技术开发区秉持新发展理念", district="松江区", aliases=["经开区"], note="文中又作“经开区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SJ, "park", "industrial_output_cny", 2.90577e11, "cny", G1, "2021年", chk=True),
  fact(SJ, "park", "industrial_output_growth_vs_2016", 0.39, "ratio", G1, "2021年（比“十三五”初期）", kind="ratio", opt=True),
  fact(SJ, "park", "value_added_cny", 4.199e10, "cny", G2, "2021年", chk=True),
  fact(SJ, "park", "local_fiscal_revenue_cny", 2.327e9, "cny", "实现地方财政收入23.27亿元,增长39%", "2021年", chk=True),
 ])
