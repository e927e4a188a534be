# real185 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (23.5% → 0.235). Projects: the park the text places the project in, null if none (a county, city or new area is not
# a park). Status from the text's words (开工 / 开工奠基 / 集中开工 / 破土动工 → 开工; 正在紧张施工 / 正加紧建设 → 在建;
# 签约 / 引进签约 → 签约; 引入 / 落户 alone → no status). Year targets (“要突破”, “要…增长”, “完成…” in a target list) and
# “预计” figures are kind target with “（目标）” / “（预计）” in as_of; reported growth rates are kind ratio; counts “截至目前”
# are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ubNN.raw as returned.

# ---------------------------------------------------------------- ub01 昆明经开区 2019 targets, 2018 results (昆明日报)
KM = "昆明经开区"
AOS = "奥斯迪(昆明)电子商务交易产业园"
A0 = "昨日,昆明经开区2019年经济工作暨党建党风廉政建设工作会议通报了今年的发展目标"
A1 = "主营业务收入要突破2000亿元"
A2 = "2018年,昆明经开区引入奥斯迪智慧物流园等20个产业项目,总投资规模超过300亿元"
A3 = "还引入了云南超越能源集团油气销售公司、云南城投康源投资公司等23户注册资本亿元以上企业"
A4 = "奥斯迪(昆明)电子商务交易产业园不仅是经开区内发展较好的企业,也是该园区重要的二级招商平台"
T19 = "2019年（目标）"
G["ub01"] = dict(
 article=art("今年昆明经开区主营收入要破2000亿 招商引资“窗口”开到香港", "昆明日报，载于云南省地方金融监督管理局网站 dfjrjgj.yn.gov.cn（“作者”栏空）", "2019-03-05", "day",
  "City daily relayed on a provincial government site, Yunnan: a national economic development zone's annual work meeting — 2019 targets (revenue, growth, budget revenue, domestic and foreign capital), 2018 results (projects and firms introduced, capital), a park-in-zone platform",
  "http://dfjrjgj.yn.gov.cn/html/2019/jr_zx_df_0305/11374.html",
  "日期取页面“发布日期:2019-03-05 14:12:53 … 来源:昆明日报”；会议在“昨日”（约2019-03-04）。标题照录；“【字体:”、发布日期行、“原标题:…”（与标题相同）已删；存段末行“昆明昆经商务服务有限公司”为下一段残文，在保留范围外，未收。正文五段。园区：昆明经开区（国家级经济技术开发区；文中简称“经开区”，不作别名）；奥斯迪(昆明)电子商务交易产业园（文中称“经开区内发展较好的企业”“该园区重要的二级招商平台”，列为园区，parent 昆明经开区；同名另列为可选公司）。项目：奥斯迪智慧物流园（2018年“引入”，无状态；20个项目合计“超过300亿元”不作单个项目金额）。公司：云南超越能源集团油气销售公司、云南城投康源投资公司（2018年引入经开区的注册资本亿元以上企业）。事实：2019年目标（主营业务收入突破2000亿元 → 超；规上工业增加值增长13%、规上固定资产投资增长18%、一般公共预算收入40.02亿元及增长5.5%、实际到位内资141亿元、实际利用外资1.1亿美元）均为 target；2018年引入20个产业项目、总投资超过300亿元、23户亿元以上企业、引进市外内资138亿元、实际利用外资1亿美元为 reported。储备的5+4+2+5个项目（文中未合计）与“连续7年排名第一”不计。",
  "ub01"),
 parks=[
  park(KM, "昆明", "云南", "经济技术开发区", A0, note="文中又作“经开区”"),
  park(AOS, "昆明", "云南", "产业园", A4, parent=KM, note="经开区内的企业化运营产业园、二级招商平台"),
 ],
 companies=[
  comp("云南超越能源集团油气销售公司", KM, A3, note="2018年引入的注册资本亿元以上企业"),
  comp("云南城投康源投资公司", KM, A3, note="同上"),
  comp(AOS, KM, A4, opt=True, note="文中称“企业”；已列为园区"),
 ],
 institutions=[
  inst("昆明经开区管委会", "昆明经开区管委会主任李河流介绍", park=KM),
 ],
 projects=[
  proj("奥斯迪智慧物流园", KM, A2, note="2018年引入的20个产业项目之一；“超过300亿元”为20个项目合计，不作本项目金额"),
 ],
 aggregate_facts=[
  fact(KM, "park", "main_business_revenue_cny", 2e11, "cny", A1, T19, kind="target", qual="超", qtext="突破"),
  fact(KM, "park", "industrial_value_added_growth", 0.13, "ratio", "规模以上工业增加值增长13%", T19, kind="target"),
  fact(KM, "park", "fixed_asset_investment_growth", 0.18, "ratio", "规模以上固定资产投资增长18%", T19, kind="target", note="规模以上固定资产投资"),
  fact(KM, "park", "general_budget_revenue_cny", 4.002e9, "cny", "一般公共预算收入完成40.02亿元、增长5.5%", T19, kind="target"),
  fact(KM, "park", "general_budget_revenue_growth", 0.055, "ratio", "一般公共预算收入完成40.02亿元、增长5.5%", T19, kind="target", opt=True),
  fact(KM, "park", "domestic_capital_in_place_cny", 1.41e10, "cny", "实际到位内资141亿元", T19, kind="target"),
  fact(KM, "park", "actual_fdi_usd", 1.1e8, "usd", "实际利用外资1.1亿美元", T19, kind="target"),
  fact(KM, "park", "projects_introduced", 20, "count", A2, "2018年", note="产业项目"),
  fact(KM, "park", "projects_introduced_investment_cny", 3e10, "cny", "总投资规模超过300亿元", "2018年", qual="超", qtext="超过"),
  fact(KM, "park", "firms_introduced", 23, "count", A3, "2018年", note="注册资本亿元以上企业"),
  fact(KM, "park", "domestic_capital_in_place_cny", 1.38e10, "cny", "全年引进市外内资138亿元", "2018年", note="市外内资"),
  fact(KM, "park", "actual_fdi_usd", 1e8, "usd", "全年引进市外内资138亿元,实际利用外资1亿美元", "2018年"),
 ])

# ---------------------------------------------------------------- ub02 泸州国家高新区 2019 review (泸州日报 2020)
LZ = "泸州国家高新区"
B0 = "2019年,泸州国家高新区紧扣“产业发展见效年”主题,加快产城融合"
B1 = "核心区实现主营业务收入405.7亿元,同比增长23.5%"
B2 = "工业总产值319.5亿元,增长21.1%"
B3 = "一是以驰腾科技、麦穗科技、思普康、成像通为龙头的智能终端产业集群,集聚企业20多家,2019年形成产能520亿元,主营业务收入增长52.6%"
B4 = "二是以长江机械、泸州容大等为龙头的高端装备制造产业集群,2019年形成产能120亿元,主营业务收入增长达到15.0%"
B5 = "北斗四川分中心、省联社异地灾备中心等项目正加紧建设"
B6 = "豪能股份投资10亿元建设汽车同步器生产基地"
B7 = "智通机器人积极拓展市场,成为全省高成长型中小企业"
B8 = "泸州容大与长安合作,启动了二期机械加工生产线和第二条总装线建设"
B9 = "2019年,园区签约项目22个,其中5亿元以上项目4个,签约金额60亿元,招商引资省外国内到位资金55.2亿元"
Y19 = "2019年"
G["ub02"] = dict(
 article=art("泸州国家高新区既埋头苦干又抬头望路 跨越发展 奋力冲刺全国“百强园区”", "泸州日报（本报记者 蔺艳霜），载于 m.yybnet.net（悠悠网）", "2020-01-08", "day",
  "City daily feature relayed by a regional news site, Sichuan: a national high-tech zone's 2019 review — core-area revenue and output with growth, ranking, two industrial clusters with their leading firms, projects under construction, a firm's 1-billion-yuan base, signings and capital in place",
  "https://m.yybnet.net/luzhou/gulin/202001/10092168.html",
  "日期取页面“泸州日报 2020-01-08 09:02”。标题照录；日期行与“■本报记者 蔺艳霜”已删；小标题“产业集聚”“打造高质量发展先行区”作段落保留。存段至“…到位资金55.2亿元。”（存段到此为止，原文可能更长；未见截断残句）。园区：泸州国家高新区（泸州，四川；国家高新区）。公司（园区核心区智能终端/装备制造集群龙头，均在园区）：驰腾科技、麦穗科技、思普康、成像通、长江机械、泸州容大、豪能股份、智通机器人；长安为泸州容大的合作方（可选，园区 null）。项目：北斗四川分中心、省联社异地灾备中心（正加紧建设 → 在建）；豪能股份汽车同步器生产基地（投资10亿元，“投资…建设”，状态不定，记 null）；泸州容大二期机械加工生产线和第二条总装线（“启动了…建设” → 开工，可选）；华为成都研究院数据迁入不列项目。“投入3亿元产业扶持资金”为扶持资金，非基金，记可选事实。事实：核心区主营业务收入405.7亿元（subject 记园区，note 核心区）及增长23.5%、工业总产值319.5亿元及增长21.1%、综合排名第115名（可选）、两集群产能与增速（可选）、签约22个/5亿元以上4个/签约金额60亿元/省外国内到位资金55.2亿元。",
  "ub02"),
 parks=[
  park(LZ, "泸州", "四川", "国家高新区", B0, note="文中又作“园区”"),
 ],
 companies=[
  comp("驰腾科技", LZ, B3, note="智能终端产业集群龙头（园区核心区）"),
  comp("麦穗科技", LZ, B3, note="同上"),
  comp("思普康", LZ, B3, note="同上"),
  comp("成像通", LZ, B3, note="同上"),
  comp("长江机械", LZ, B4, note="高端装备制造产业集群龙头（园区核心区）"),
  comp("泸州容大", LZ, B4, note="同上；与长安合作启动二期"),
  comp("豪能股份", LZ, B6, note="在园区建设汽车同步器生产基地（位置由语境推断）"),
  comp("智通机器人", LZ, B7, note="园区装备制造企业（由语境推断）"),
  comp("长安", None, B8, opt=True, note="泸州容大的合作方；名称不全"),
 ],
 projects=[
  proj("北斗四川分中心", LZ, B5, status="在建", status_text="正加紧建设"),
  proj("省联社异地灾备中心", LZ, B5, status="在建", status_text="正加紧建设"),
  proj("汽车同步器生产基地", LZ, B6, companies=["豪能股份"], inv="10亿元", note="“投资10亿元建设”：投资额；状态文中未明（建设中或计划建设），记 null"),
  proj("二期机械加工生产线和第二条总装线", LZ, B8, companies=["泸州容大"], status="开工", status_text="启动了…建设", phase="二期", opt=True, note="泸州容大与长安合作"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "main_business_revenue_cny", 4.057e10, "cny", B1, Y19, note="核心区"),
  fact(LZ, "park", "main_business_revenue_growth", 0.235, "ratio", B1, Y19, kind="ratio", note="核心区，同比"),
  fact(LZ, "park", "industrial_output_cny", 3.195e10, "cny", B2, Y19, note="核心区（语境）"),
  fact(LZ, "park", "industrial_output_growth", 0.211, "ratio", B2, Y19, kind="ratio"),
  fact(LZ, "park", "national_hitech_zone_rank", 115, "rank", "在全国国家高新区综合排名中位列第115名", Y19, opt=True),
  fact(LZ, "park", "smart_terminal_cluster_firms", 20, "count", B3, Y19, qual="余", qtext="多", opt=True, note="智能终端产业集群集聚企业20多家"),
  fact(LZ, "park", "smart_terminal_cluster_capacity_cny", 5.2e10, "cny", "2019年形成产能520亿元,主营业务收入增长52.6%", Y19, opt=True),
  fact(LZ, "park", "smart_terminal_cluster_revenue_growth", 0.526, "ratio", "2019年形成产能520亿元,主营业务收入增长52.6%", Y19, kind="ratio", opt=True),
  fact(LZ, "park", "equipment_cluster_capacity_cny", 1.2e10, "cny", "2019年形成产能120亿元,主营业务收入增长达到15.0%", Y19, opt=True),
  fact(LZ, "park", "equipment_cluster_revenue_growth", 0.15, "ratio", "2019年形成产能120亿元,主营业务收入增长达到15.0%", Y19, kind="ratio", opt=True),
  fact(LZ, "park", "industry_support_funding_cny", 3e8, "cny", "投入3亿元产业扶持资金支持智能终端产业发展", Y19, opt=True),
  fact(LZ, "park", "digital_economy_firms_entered", 12, "count", "12家数字经济企业已入驻众创中心", Y19, opt=True),
  fact(LZ, "park", "high_tech_firms_recognized", 5, "count", "5家企业被认定为高新技术企业", Y19, opt=True),
  fact(LZ, "park", "projects_signed", 22, "count", B9, Y19),
  fact(LZ, "park", "projects_signed_over_500m", 4, "count", B9, Y19, opt=True, note="5亿元以上项目"),
  fact(LZ, "park", "signed_investment_cny", 6e9, "cny", "签约金额60亿元", Y19),
  fact(LZ, "park", "capital_in_place_cny", 5.52e9, "cny", "招商引资省外国内到位资金55.2亿元", Y19),
 ])

# ---------------------------------------------------------------- ub03 成都经开区 signing (2019-12)
CD = "成都经开区"
C0 = "12月23日,成都经开区(龙泉驿区)举行外商投资企业座谈会暨重大项目集中签约仪式,现场共引进签约雷丁新能源汽车基地等4个先进制造业项目,总投资额达110亿元"
C1 = "签约项目分别为雷丁新能源汽车基地、中粮包装西南总部、和平石油西南总部和捷翼汽车线束及内饰功能件成都生产基地"
C2 = "其中,雷丁新能源汽车基地项目投资额100亿元"
C3 = "据介绍,雷丁电动汽车隶属比德文控股集团,将在成都经开区打造电动汽车整车及零部件关键零部件的研发、制造、销售、售后服务体系"
C4 = "据介绍,截至目前,成都经开区外商直接投资企业113家,世界500强企业67家,13家企业入选全省百强外资企业榜单"
C5 = "2019年预计利用外资实际到位10.7亿美元,外贸进出口210亿元"
NOW = "2019年12月（截至目前）"
P19 = "2019年全年（预计）"
G["ub03"] = dict(
 article=art("成都“东进”再添4个先进制造业项目", "news.gqsoso.com（聚合转载；原出处未注明）", "2019-12", "month",
  "Aggregator relay of a city news item, Sichuan: a national economic development zone's signing of four advanced-manufacturing projects (total and the largest amount), the investor's plans, the zone's foreign-invested firms and expected foreign capital and trade",
  "http://news.gqsoso.com/news/201912/2414513.html",
  "日期：网址 201912；签约在“12月23日”，页面未给发布日，precision 记 month。标题照录；“关键词: 成都 先进制造业”已删。正文三段，完整。园区：成都经开区（成都，四川；文中括注“(龙泉驿区)”，龙泉驿区记 district）。项目（集中签约 → 签约，均在成都经开区）：雷丁新能源汽车基地（投资额100亿元）、中粮包装西南总部、和平石油西南总部、捷翼汽车线束及内饰功能件成都生产基地；4个项目总投资110亿元（事实）。公司：雷丁电动汽车（将在成都经开区打造…体系 → 园区）；比德文控股集团（母公司，可选，园区 null）；中粮包装、和平石油、捷翼只在项目名中（可选）。事实：外商直接投资企业113家、世界500强企业67家（截至目前 → cumulative）、13家入选全省百强外资（可选）；2019年预计利用外资实际到位10.7亿美元、外贸进出口210亿元（“预计” → target）。",
  "ub03"),
 parks=[
  park(CD, "成都", "四川", "经济技术开发区", C0, district="龙泉驿区"),
 ],
 companies=[
  comp("雷丁电动汽车", CD, C3, note="雷丁新能源汽车基地的投资方"),
  comp("比德文控股集团", None, C3, opt=True, note="雷丁电动汽车的母公司"),
  comp("中粮包装", CD, C1, opt=True, note="只在项目名中"),
  comp("和平石油", CD, C1, opt=True, note="只在项目名中"),
  comp("捷翼", CD, C1, opt=True, note="只在项目名中；名称不全"),
 ],
 projects=[
  proj("雷丁新能源汽车基地", CD, C2, companies=["雷丁电动汽车"], inv="100亿元", status="签约", status_text="引进签约"),
  proj("中粮包装西南总部", CD, C1, status="签约", status_text="签约项目"),
  proj("和平石油西南总部", CD, C1, status="签约", status_text="签约项目"),
  proj("捷翼汽车线束及内饰功能件成都生产基地", CD, C1, status="签约", status_text="签约项目"),
 ],
 aggregate_facts=[
  fact(CD, "park", "projects_signed", 4, "count", C0, "2019-12-23"),
  fact(CD, "park", "signed_investment_cny", 1.1e10, "cny", "总投资额达110亿元", "2019-12-23"),
  fact(CD, "park", "foreign_invested_firms", 113, "count", C4, NOW, kind="cumulative", note="外商直接投资企业"),
  fact(CD, "park", "fortune500_firms", 67, "count", C4, NOW, kind="cumulative", note="世界500强企业"),
  fact(CD, "park", "top100_foreign_firms_in_province", 13, "count", C4, NOW, kind="cumulative", opt=True),
  fact(CD, "park", "actual_fdi_usd", 1.07e9, "usd", C5, P19, kind="target", note="利用外资实际到位，预计"),
  fact(CD, "park", "foreign_trade_cny", 2.1e10, "cny", "外贸进出口210亿元", P19, kind="target", note="预计（同句“2019年预计”）"),
 ])

# ---------------------------------------------------------------- ub04 省属国企 7 projects started, one in 射洪县经开区 (2018-12-25)
SH = "射洪县经开区"
D0 = "此次四季度集中开工项目7个,计划总投资455.7亿元"
D1 = "铁投集团子公司四川路桥年产5万吨锂电池正极材料项目在主会场“C位出道”"
D2 = "该项目位于射洪县经开区,总投资约30亿元"
D3 = "铁投集团宜宾市长江生态综合治理项目,交投集团南充至成都高速公路项目,能投集团川东北储气调峰基地项目,宜宾智慧灯杆项目,华西集团承建的嘉陵江文化旅游职业学院建设项目,自贡市东部新城二期基础设施建设项目等"
D4 = "截至11月底,共完成投资542亿元"
SOE = "四川省属国有企业"
G["ub04"] = dict(
 article=art("省属国企7个重点项目集中开工 总投资455.7亿元", "chengdu.baogaosu.com（报告速，聚合转载；原出处未注明）", "2018-12-25", "day",
  "Aggregator relay of a provincial news item, Sichuan: provincial state-owned enterprises' fourth-quarter groundbreaking — a lithium-battery cathode project in a county economic development zone (amount, phases, first-phase production date) and six infrastructure projects outside parks, the SOEs' investment to date",
  "http://chengdu.baogaosu.com/xinwen/%E9%A1%B9%E7%9B%AE%E9%9B%86%E4%B8%AD%E5%BC%80%E5%B7%A5%E6%80%BB%E6%8A%95%E8%B5%84/71869592/",
  "日期取页面“25.12.2018 19:40”，正文称“今天”。标题照录；日期行与空行已删。正文六段，完整。园区：射洪县经开区（遂宁市射洪县，四川；城市由“在遂宁举行”与射洪县所属推断）。项目：四川路桥年产5万吨锂电池正极材料项目（射洪县经开区，总投资约30亿元 → 约，集中开工 → 开工；一期1万吨“预计明年10月投产”）；其余六个集中开工项目（宜宾、南充至成都、川东北、自贡等，均非园区，park null，开工）。公司：四川路桥（铁投集团子公司；项目投资方，园区记射洪县经开区，可选：只在项目名中）；铁投集团、交投集团、能投集团、华西集团（省属国企，可选，园区 null）。事实：省属国企四季度集中开工7个、计划总投资455.7亿元；截至11月底完成投资542亿元（省重点430亿元、省国资委重点112亿元）；主体为“四川省属国有企业”（subject_type group），均可选——非园区数字。“年产值可达100亿”无“元”，不计。",
  "ub04"),
 parks=[
  park(SH, "遂宁", "四川", "经济开发区", D2, district="射洪县", note="县级经开区；城市由语境推断"),
 ],
 companies=[
  comp("四川路桥", SH, D1, opt=True, note="铁投集团子公司；只在项目名中"),
  comp("铁投集团", None, D1, opt=True, note="省属国企"),
  comp("交投集团", None, D3, opt=True, note="省属国企"),
  comp("能投集团", None, D3, opt=True, note="省属国企"),
  comp("华西集团", None, D3, opt=True, note="省属国企，承建方"),
 ],
 projects=[
  proj("四川路桥年产5万吨锂电池正极材料项目", SH, D1 + "。" + D2, companies=["四川路桥"], inv="约30亿元", qual="约", qual_text="约", status="开工", status_text="集中开工",
       aliases=["年产5万吨锂电池正极材料项目"], note="分三期，一期预计明年10月投产"),
  proj("铁投集团宜宾市长江生态综合治理项目", None, D3, status="开工", status_text="纳入集中开工"),
  proj("交投集团南充至成都高速公路项目", None, D3, status="开工", status_text="纳入集中开工"),
  proj("能投集团川东北储气调峰基地项目", None, D3, status="开工", status_text="纳入集中开工"),
  proj("宜宾智慧灯杆项目", None, D3, status="开工", status_text="纳入集中开工"),
  proj("嘉陵江文化旅游职业学院建设项目", None, D3, status="开工", status_text="纳入集中开工", note="华西集团承建"),
  proj("自贡市东部新城二期基础设施建设项目", None, D3, phase="二期", status="开工", status_text="纳入集中开工"),
 ],
 aggregate_facts=[
  fact(SOE, "group", "projects_started", 7, "count", D0, "2018年四季度", opt=True),
  fact(SOE, "group", "projects_started_investment_cny", 4.557e10, "cny", "计划总投资455.7亿元", "2018年四季度", opt=True, note="计划总投资"),
  fact(SOE, "group", "investment_completed_cny", 5.42e10, "cny", D4, "2018年1–11月", kind="cumulative", opt=True),
  fact(SOE, "group", "provincial_key_projects_investment_completed_cny", 4.3e10, "cny", "省重点项目完成投资430亿元", "2018年1–11月", kind="cumulative", opt=True),
  fact(SOE, "group", "sasac_key_projects_investment_completed_cny", 1.12e10, "cny", "省国资委重点项目完成投资112亿元", "2018年1–11月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ub05 眉山 parks feature (early 2016)
QL = "天府新区眉山片区青龙工业园区"
SG = "天府新区眉山片区视高工业园区"
SJ = "天府新区仁寿视高经济开发区"
E0 = "这条道路的两头分别是眉山工业最具活力的两大工业园区——天府新区眉山片区青龙工业园区和天府新区眉山片区视高工业园区"
E1 = "岁末年初,记者走进位于天府新区仁寿视高经济开发区的中建钢构有限公司西部制造基地"
E2 = "隆冬时节,彭山青龙至仁寿视高快速通道项目正在紧张施工,预计今年内通车"
E3 = "去年6月26日,该项目在视高破土动工,工程总投资7亿元,道路总长23.5公里"
E4 = "眉山市现有规上企业622户,其中入驻产业园区的企业有348户,占比56%"
E5 = "2015年1-11月,该市工业产值达到1273亿元"
MS = "眉山市"
G["ub05"] = dict(
 article=art("四川眉山市:工业稳增长园区挑大梁", "zxyzs.com（中国招商选址网类投资门户，区县招商频道；原出处未注明）", "2016-01", "month",
  "Investment-promotion portal relaying a newspaper feature, Sichuan: a city's industrial parks carrying industry — firms in parks and park output shares, an expressway linking two parks (amount, start date, status), a steel-structure maker's base in a development zone",
  "http://zxyzs.com/sichuan/dt/2016/96409.html",
  "页面无日期行；网址含 2016，文中“2015年1-11月”数据、“隆冬时节”“岁末年初”“去年6月26日…破土动工”“预计今年内通车”，推断发表于2016年1月前后（precision month，推断）。标题照录；站点菜单行已删。存段在第九段“作为西部地区…中建钢构承担着四川、重庆、陕西、贵州、”处中断；该残段整段不收，正文止于“…遗忘了冬天的寒冷。”，小标题“通道建设 串起最大工业集散带”“招强引优 崛起工业增长新“双极””作段落保留。园区：天府新区眉山片区青龙工业园区、天府新区眉山片区视高工业园区（两大工业园区）；天府新区仁寿视高经济开发区（中建钢构西部制造基地所在；与视高工业园区是否同一园区文中未说，分列）。“天府新区眉山片区”为国家级新区的片区，不列园区。项目：彭山青龙至仁寿视高快速通道项目（工程总投资7亿元；“正在紧张施工” → 在建，去年6月26日破土动工 → status_alt 开工；连接两园区，不在某一园区内 → park null）；中建钢构有限公司西部制造基地（以企业基地为名，无状态无金额，可选项目）。公司：中建钢构有限公司（天府新区仁寿视高经济开发区）。事实：眉山市规上企业622户、园区内348户、占比56%、2015年1-11月工业产值1273亿元、园区工业产值占比66.9%（市级，subject 眉山市 region，可选）；“产业园区工业产值852”无单位，不计。",
  "ub05"),
 parks=[
  park(QL, "眉山", "四川", "工业园区", E0, district="彭山", note="文中又作“青龙”；“彭山青龙”见快速通道名；district 由项目名推断"),
  park(SG, "眉山", "四川", "工业园区", E0, district="仁寿", note="文中又作“视高”；district 由项目名推断"),
  park(SJ, "眉山", "四川", "经济开发区", E1, district="仁寿", note="与视高工业园区的关系文中未说"),
 ],
 companies=[
  comp("中建钢构有限公司", SJ, E1, aliases=["中建钢构"], note="西部制造基地位于天府新区仁寿视高经济开发区"),
 ],
 projects=[
  proj("彭山青龙至仁寿视高快速通道项目", None, E3, inv="7亿元", status="在建", status_text="正在紧张施工", status_alt="开工",
       aliases=["彭山青龙至仁寿视高快速通道"], note="evidence 取金额句（“该项目”指上段的快速通道项目）；去年6月26日在视高破土动工；连接青龙、视高两园区，park null"),
  proj("中建钢构有限公司西部制造基地", SJ, E1, companies=["中建钢构有限公司"], opt=True, note="企业基地，无状态、无金额"),
 ],
 aggregate_facts=[
  fact(MS, "region", "industrial_firms_above_scale", 622, "count", E4, "2015年末（文中“现有”）", opt=True),
  fact(MS, "region", "above_scale_firms_in_parks", 348, "count", E4, "2015年末（文中“现有”）", opt=True),
  fact(MS, "region", "above_scale_firms_in_parks_share", 0.56, "ratio", E4, "2015年末（文中“现有”）", kind="ratio", opt=True),
  fact(MS, "region", "industrial_output_cny", 1.273e11, "cny", E5, "2015年1–11月", kind="cumulative", opt=True),
  fact(MS, "region", "park_industrial_output_share", 0.669, "ratio", "其中,产业园区工业产值852,占比66.9%", "2015年1–11月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ub06 曲靖经开区 biomedicine park (云南日报 via 中国医药报 2019)
QJ = "曲靖经济技术开发区"
BIO = "生物医药产业园"
F0 = "曲靖经济技术开发区通过科学合理规划园区,精准高效服务来加速项目落地,现已累计投资19.5亿元"
F1 = "去年以来,曲靖经开区充分利用丰富的生物资源、天蓝水碧的生态环境及良好的气候条件,规划了占地6000余亩的生物医药产业园"
F2 = "其中,高原特色食品片区规划建设用地3080亩"
F3 = "生物医药片区规划建设用地3176亩"
F4 = "通过多功能药用植物主题公园的建设,为市场提供一个环境优美、主题鲜明、寓教于乐的现代工业旅游样板,建成后年产值可达35亿元,可直接或间接带动5万余人就业"
G["ub06"] = dict(
 article=art("曲靖经开区加快生物医药产业发展", "云南日报（记者 张明磊 通讯员 朱绍平），载于中国医药报网站 m.cnpharm.com", "2019-03-01", "day",
  "Provincial daily relayed by a national trade paper's site, Yunnan: a national economic development zone's biomedicine park — cumulative investment, planned area and its two zones, a theme-park project with expected output and jobs",
  "http://m.cnpharm.com/201903/01/c271848.html",
  "日期取页面“作者:张明磊 朱绍平2019-03-01来源:云南日报”。标题照录；主办单位行、作者日期行与页尾“上一条 下一条 / 相关链接 / 热点推荐 / 订阅 / 栏目:”已删；页面把第一段重复一次作导语，重复的第一行已删（make_txt.py DUP_LEAD）。正文三段，完整；署名“(记者 张明磊 通讯员 朱绍平)”在末段尾，保留。园区：曲靖经济技术开发区（别名 曲靖经开区；曲靖，云南）；生物医药产业园（经开区规划的园中园，名称泛称，可选，parent 曲靖经济技术开发区）。“高原特色食品片区”“生物医药片区”为园内片区，不列园区。项目：多功能药用植物主题公园（可选；无金额、无状态，park 曲靖经济技术开发区）。事实：经开区生物医药“现已累计投资19.5亿元”（cumulative）；产业园占地6000余亩（余）；两片区用地3080亩、3176亩（可选）；“建成后年产值可达35亿元”“带动5万余人就业”所指（主题公园或整个产业园）不明，记为产业园的可选 target。",
  "ub06"),
 parks=[
  park(QJ, "曲靖", "云南", "经济技术开发区", F0, aliases=["曲靖经开区"]),
  park(BIO, "曲靖", "云南", "产业园", F1, parent=QJ, opt=True, note="园中园，名称为泛称"),
 ],
 projects=[
  proj("多功能药用植物主题公园", QJ, F4, opt=True, note="无金额、无状态"),
 ],
 aggregate_facts=[
  fact(QJ, "park", "biomedicine_cumulative_investment_cny", 1.95e9, "cny", F0, "2019年初（现已累计）", kind="cumulative", note="生物医药产业项目累计投资"),
  fact(BIO, "park", "planned_area_mu", 6000, "mu", F1, "2019年初（规划）", qual="余", qtext="余", note="parent 曲靖经济技术开发区"),
  fact(BIO, "park", "food_zone_planned_land_mu", 3080, "mu", F2, "2019年初（规划）", opt=True, note="高原特色食品片区"),
  fact(BIO, "park", "biomedicine_zone_planned_land_mu", 3176, "mu", F3, "2019年初（规划）", opt=True, note="生物医药片区"),
  fact(BIO, "park", "expected_annual_output_cny", 3.5e9, "cny", "建成后年产值可达35亿元", "建成后（预计）", kind="target", opt=True, note="所指不明（主题公园或产业园）"),
  fact(BIO, "park", "jobs_expected", 50000, "count", "可直接或间接带动5万余人就业", "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ub07 云南城投医药产业园 (一期) in 昆明高新区 (qianzhan 2020)
KG = "昆明高新区"
H0 = "5月21日,总投资约5.9亿元的云南城投医药产业园项目(一期)开工奠基仪式在昆明高新区举行"
H1 = "该项目总占地面积94.14亩,由云南城投昕益医药有限公司建设,预计2021年6月建成并投入使用"
H2 = "云南城投健康产业投资有限公司、云南城投昕益医药有限公司方面表示,通过云南城投医药产业园的建设"
H3 = "以昆明高新区、玉溪高新区、文山三七园区、楚雄庄甸园区等为重点"
G["ub07"] = dict(
 article=art("（无标题）云南城投医药产业园项目(一期)在昆明高新区开工奠基 总投资约5.9亿元", "前瞻产业研究院 园区频道（y.qianzhan.com/yuanqu；存段无署名、无出处）", "2020-06-04", "day",
  "Industry-research portal's park channel, Yunnan: a state-owned group's pharmaceutical park (phase 1) breaking ground in a national high-tech zone — amount, area, builder, completion date, the province's biomedicine plan naming focal parks",
  "https://y.qianzhan.com/yuanqu/detail/610/200604-3b4b2fe8.html",
  "日期取网址 200604（2020-06-04）；开工奠基在“5月21日”。存段无标题（title 为编者概括）；图片来源行已删。存段在末段“…‘十三五’期间重点园区生物医药产品产值增速保持在20%以上,对全省”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文止于“…建设一批生物医药大健康产业园。”，共五段。园区：昆明高新区（昆明，云南）；规划重点园区玉溪高新区、文山三七园区、楚雄庄甸园区（只被列举，城市据名称）；云南城投医药产业园（在建的产业园，可选园区，parent 昆明高新区）。项目：云南城投医药产业园项目(一期)（昆明高新区，总投资约5.9亿元 → 约，开工奠基 → 开工，一期，建设方云南城投昕益医药有限公司）。公司：云南城投昕益医药有限公司（建设方，园区记昆明高新区）；云南城投健康产业投资有限公司（可选，园区 null）。事实：项目占地94.14亩（可选，subject 项目）。",
  "ub07"),
 parks=[
  park(KG, "昆明", "云南", "国家高新区", H0),
  park("玉溪高新区", "玉溪", "云南", "国家高新区", H3, note="省生物医药规划的重点园区，仅列举"),
  park("文山三七园区", "文山", "云南", "产业园区", H3, note="同上"),
  park("楚雄庄甸园区", "楚雄", "云南", "产业园区", H3, note="同上"),
  park("云南城投医药产业园", "昆明", "云南", "产业园", H0, parent=KG, opt=True, note="在建的医药健康产业园（项目名）"),
 ],
 companies=[
  comp("云南城投昕益医药有限公司", KG, H1, note="项目建设方"),
  comp("云南城投健康产业投资有限公司", None, H2, opt=True),
 ],
 projects=[
  proj("云南城投医药产业园项目(一期)", KG, H0, companies=["云南城投昕益医药有限公司"], inv="约5.9亿元", qual="约", qual_text="约", phase="一期",
       status="开工", status_text="开工奠基", aliases=["云南城投医药产业园项目", "云南城投医药产业园"], note="预计2021年6月建成并投入使用"),
 ],
 aggregate_facts=[
  fact("云南城投医药产业园项目(一期)", "project", "site_area_mu", 94.14, "mu", H1, "2020-05-21", opt=True),
 ])
