# real340 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all six items simplified script as published, through relay sites;
# the relay gongwensou.com keeps the print edition's line-end blanks inside sentences, e.g. “8平方公 里”, and evidence keeps
# them too); names as written; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money in
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as
# ratios. Projects: the park the text places the project in, null if none (a county or city is not a park). Status from the
# text's words (破土动工 → 开工; 建成投产 → 投产; 落地建设 → 在建). Five-year totals (“过去五年”, “累计”) are cumulative.
# Region-level figures of the report (GDP, budget revenue …) are facts with subject_type region, optional unless they are
# about industry or projects. Sources are `search` (corpus pages) excerpts typed into _raw/pages/oaNN.raw as returned.

# ---------------------------------------------------------------- oa01 黄梅县 2017 政府工作报告 (过去五年回顾)
HM = "黄梅县"
DS = "大胜关山工业园"
XC = "小池临港产业园"
A0 = "大胜关山工业园、小池临港产业园建成区分别达到10.8平方公里、8平方公 里,集聚成长型企业121家、47家"
A1 = "经济开发区被评为全国农产品加工创业基地、全国纺 织产业转移试点园区"
A2 = "孔垄纺织、杉木陶瓷、独山页岩等工业集中区逐渐迈向集约化"
A3 = "规模以上工业企业由115家增加到173家,规模工业年产值突 破200亿元"
AS1 = "2016年末（过去五年）"
G["oa01"] = dict(
 article=art("(湖北省)2017年黄梅县人民政府工作报告(全文)", "黄梅县人民政府（县长 屈凯军）政府工作报告，载于公文搜 gongwensou.com（“政府报告”栏，2021-07-23 转载）", "2016-12-16", "day",
  "County government work report, Hubei, relayed by a document site: the five-year review's paragraph on overall strength and industry — two named industrial parks with built-up area and firms gathered, the county's economic development zone's national labels, three industrial concentration zones",
  "https://gongwensou.com/zhengfubaogao/28775.html",
  "日期取报告题注“2016年12月16日在黄梅县第十六届人民代表大会第一次会议上”；页面标题作“2017年…工作报告”，转载时间2021-07-23 10:38:42。存段把整篇报告放在一行，原段落分隔与印刷版行末都显示为空格（如“是2011年的2 .7倍”“8平方公 里”），照录不改。截取：从原段首“综合实力大幅提升。”起（此前的题注、开场白、“一、过去五年工作回顾”及引言段删去，make_txt.py HEAD_CUT）；存段末句“康宏粮油、宏晟纺”在句中中断，删去（LINE_SUFFIX），正文截至“…逐渐迈向集约化。”，一段。园区：大胜关山工业园、小池临港产业园（黄冈市黄梅县，湖北）；“经济开发区”（即黄梅县经济开发区，文中只作“经济开发区”，列园区但名称泛称，可选）；孔垄纺织、杉木陶瓷、独山页岩三个“工业集中区”（文中合写，名称由编者补全为“…工业集中区”，可选）。无公司、无项目。事实：两园建成区面积与“成长型企业”数（截至2016年）；全县规上工业企业数由115家增至173家、规模工业年产值突破200亿元（region）。",
  "oa01"),
 parks=[
  park(DS, "黄冈", "湖北", "工业园", A0, district="黄梅县"),
  park(XC, "黄冈", "湖北", "产业园（临港）", A0, district="黄梅县"),
  park("经济开发区", "黄冈", "湖北", "经济开发区", A1, district="黄梅县", opt=True, note="即黄梅县经济开发区；文中只作“经济开发区”"),
  park("孔垄纺织工业集中区", "黄冈", "湖北", "工业集中区", A2, district="黄梅县", opt=True, note="文中合写“孔垄纺织、杉木陶瓷、独山页岩等工业集中区”"),
  park("杉木陶瓷工业集中区", "黄冈", "湖北", "工业集中区", A2, district="黄梅县", opt=True, note="同上"),
  park("独山页岩工业集中区", "黄冈", "湖北", "工业集中区", A2, district="黄梅县", opt=True, note="同上"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(DS, "park", "built_area_km2", 10.8, "km2", A0, AS1),
  fact(XC, "park", "built_area_km2", 8, "km2", A0, AS1),
  fact(DS, "park", "firms", 121, "count", A0, AS1, note="“集聚成长型企业”"),
  fact(XC, "park", "firms", 47, "count", A0, AS1, note="“集聚成长型企业”"),
  fact(HM, "region", "above_scale_industrial_firms", 173, "count", A3, AS1, opt=True, note="2011年为115家"),
  fact(HM, "region", "industrial_output_cny", 2e10, "cny", "规模工业年产值突 破200亿元", "2016年", qual="超", qtext="突破", opt=True),
  fact(HM, "region", "gdp_cny", 1.89e10, "cny", "实现地区生产总值189亿元", "2016年", opt=True),
 ])

# ---------------------------------------------------------------- oa02 潮州市 2021 政府工作报告 (“十三五”回顾)
CZ = "潮州市"
YY = "一园六区"
B0 = "新加坡丰益国际等世界500强企业入驻,“一园六区”引进项目470个,计划投资额近900亿元,华瀛LNG等多个百亿级项目落地建设"
AS2 = "2016—2020年（“十三五”五年）"
G["oa02"] = dict(
 article=art("政 府 工 作 报 告", "潮州市人民政府（市长 何晓军）政府工作报告，载于 mp.123yiche.com（转载站，原发处未注明）", "2021-02-02", "day",
  "City government work report, Guangdong, relayed by an aggregator: the five-year review's paragraph on the economy — city totals, industrial clusters, the city's “一园六区” park system with projects introduced and planned investment, a world-500 firm settled, a ten-billion-class project landed and under construction",
  "http://mp.123yiche.com/j5b198044k1.html",
  "日期取题注“——2021年2月2日在潮州市第十五届人民代表大会第七次会议上”。标题行为页面首行“政 府 工 作 报 告”（字间空格照录）。截取：只留“过去五年,经济总量完成历史性跨越。”一段（题注、开场白、“‘十三五’时期的工作回顾”小标题与引言段删去，ITEMS 只取该段）；该段在存段中完整（末句“…年均增长6.7%。”），其后无文字。园区：“一园六区”（潮州市的园区体系，文中只作“一园六区”，列为园区，级别与全称未说）；“四大发展平台”未点名，不列。公司：新加坡丰益国际（“等世界500强企业入驻”，入驻何处未明说，park null）。项目：华瀛LNG（“等多个百亿级项目落地建设”→在建；金额只有“百亿级”区间，不作投资额；园区未说，null）。事实：“一园六区”五年引进项目470个、计划投资额近900亿元（cumulative，约）；全市2020年生产总值、规上工业增加值等为 region（可选）。",
  "oa02"),
 parks=[
  park(YY, "潮州", "广东", "产业园区体系（一园六区）", B0, note="文中作“一园六区”；全称与级别未说"),
 ],
 companies=[
  comp("新加坡丰益国际", None, B0, note="世界500强企业，入驻潮州；园区未明说"),
 ],
 projects=[
  proj("华瀛LNG", None, B0, status="在建", status_text="落地建设", note="“多个百亿级项目”之一（区间，不作投资额）；园区未说"),
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_introduced", 470, "count", B0, AS2, kind="cumulative"),
  fact(YY, "park", "projects_planned_investment_cny", 9e10, "cny", "计划投资额近900亿元", AS2, kind="cumulative", qual="约", qtext="近", chk=True),
  fact(CZ, "region", "gdp_cny", 1.097e11, "cny", "2020年全市实现生产总值1097亿元", "2020年", opt=True),
  fact(CZ, "region", "above_scale_industrial_value_added_cny", 2.697e10, "cny", "规模以上工业增加值269.7亿元", "2020年", opt=True),
  fact(CZ, "region", "general_budget_revenue_cny", 4.86e9, "cny", "一般公共预算收入48.6亿元", "2020年", opt=True),
  fact(CZ, "region", "tax_and_fee_revenue_cny", 1.448e10, "cny", "税费收入144.8亿元", "2020年", opt=True),
 ])

# ---------------------------------------------------------------- oa03 历城区 2020 政府工作报告 (2019年回顾)
LC = "历城区"
JG = "济钢“四新”产业园"
C0 = "济钢“四新”产业园加快建设,济钢防务空天信息项目破土动工"
C1 = "192个重点项目完成投资827亿元,完成年计划的103%"
AS3 = "2019年"
G["oa03"] = dict(
 article=art("(山东省)2020年济南市历城区人民政府工作报告(全文)", "济南市历城区人民政府（代区长 曹殿军）政府工作报告，载于公文搜 gongwensou.com（“政府报告”栏，2021-07-27 转载）", "2020-01-14", "day",
  "District government work report, Shandong, relayed by a document site: the 2019 review's opening and its paragraph on industrial upgrading — district totals, key projects' investment, an industrial park under construction and a named project started",
  "https://gongwensou.com/zhengfubaogao/35021.html",
  "日期取题注“——2020年1月14日在济南市历城区第十八届人民代表大会第四次会议上”。存段把句子按印刷版行宽折成多行，并以站点码“4kA”标段落分隔：make_txt.py 把所留各行原样连接（中间不加字），再在“4kA”处分段、删去该码。原文中的 HTML 实体残留“&rdquo;”（“市委“1+474&rdquo;工作体系”）照录。截取：“一、2019年工作回顾”下的引言段与“(一)加速产业转型升级…”段（题注、开场白删去；引言段保留，因园区段单独不足300字）；存段末句“智荟瓴智造科技城、博科国际生命科学创新中”在句中中断，删去（LINE_SUFFIX），正文截至“…济钢防务空天信息项目破土动工。”，共两段。园区：济钢“四新”产业园（济南市历城区，山东；加快建设）。项目：济钢防务空天信息项目（破土动工→开工；文中与“四新”产业园同句相邻，但未明说位于园内，park 记 null，note 注明）。公司：济钢（只在园区名、项目名中，可选）。事实：192个重点项目完成投资827亿元、完成年计划103%（region）；一般公共预算收入、税收收入等（region，可选）；预计增速（“初步预计”“预计”）为 target。",
  "oa03"),
 parks=[
  park(JG, "济南", "山东", "产业园", C0, district="历城区", note="加快建设"),
 ],
 companies=[
  comp("济钢", None, C0, opt=True, note="只在园区名、项目名中"),
 ],
 projects=[
  proj("济钢防务空天信息项目", None, C0, status="开工", status_text="破土动工", note="与济钢“四新”产业园同句相邻，未明说在园内"),
 ],
 aggregate_facts=[
  fact(LC, "region", "key_projects", 192, "count", C1, AS3),
  fact(LC, "region", "key_projects_investment_cny", 8.27e10, "cny", C1, AS3, chk=True),
  fact(LC, "region", "key_projects_plan_completion", 1.03, "ratio", C1, AS3, kind="ratio", opt=True),
  fact(LC, "region", "general_budget_revenue_cny", 1.083e10, "cny", "完成一般公共预算收入108.3亿元,增长5.4%", AS3, opt=True),
  fact(LC, "region", "tax_revenue_cny", 9.74e9, "cny", "其中税收收入97.4亿元,占比达到89.9%", AS3, opt=True),
  fact(LC, "region", "retail_sales_cny", 5.4e10, "cny", "预计实现社会消费品零售总额540亿元、增长9%", "2019年（预计）", kind="target", opt=True),
  fact(LC, "region", "fixed_asset_investment_growth", 0.20, "ratio", "固定资产投资增长20%", "2019年（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- oa04 江陵县 2021 政府工作报告 (十三五回顾)
JL = "江陵经济开发区"
D0 = "江陵经济开发区面积达到19.66平方公里,形成绿色能源化工产业园、沿江产业 园、城东产业园一区三园的发展格局"
AS4 = "2020年末（“十三五”期末）"
G["oa04"] = dict(
 article=art("(湖北省)2020年江陵县人民政府工作报告(全文)", "江陵县人民政府（县长 李静芹）政府工作报告，载于公文搜 gongwensou.com（“政府报告”栏，2021-07-27 转载）", "2021-01-06", "day",
  "County government work report, Hubei, relayed by a document site: the five-year review's opening and its paragraph on strategic position — the county's economic development zone enlarged, its area and its three sub-parks, the parks' planning EIA done",
  "https://gongwensou.com/zhengfubaogao/34562.html",
  "日期取题注“2021年1月6日在江陵县第六届人民代表大会第六次会议上”；页面标题作“2020年江陵县人民政府工作报告”。存段整篇在一行，以站点码“C6m”标段落分隔（make_txt.py 在该处分段、删去该码）；印刷版行末留下的空格（如“在县人大、县政协 的监督支持下”“沿江产业 园”）照录。截取：“一、十三五简要回顾”下的引言段与“五年来,战略地位明显提高。”段（题注、开场白删去；引言段保留，因园区段单独不足300字）；存段末句“煤制气、煤化工和物流 产业被纳入省级战略实施,…华电江陵 电”在句中中断，连同其引语“产业层次大幅提升。”一并删去（LINE_SUFFIX），正文截至“…跨越发展的黄金期。”，共两段。园区：江陵经济开发区（荆州市江陵县，湖北；扩区调区后面积19.66平方公里）；绿色能源化工产业园、沿江产业园、城东产业园（“一区三园”，母园区江陵经济开发区）。无公司、无项目。事实：开发区面积（2020年末）；“一区三园”园区数（可选）。",
  "oa04"),
 parks=[
  park(JL, "荆州", "湖北", "经济开发区", D0, district="江陵县", note="率先在全省完成扩区调区；“一区三园”"),
  park("绿色能源化工产业园", "荆州", "湖北", "产业园", D0, district="江陵县", parent=JL),
  park("沿江产业园", "荆州", "湖北", "产业园", D0, district="江陵县", parent=JL, note="文中因行末空格作“沿江产业 园”", opt=True),
  park("城东产业园", "荆州", "湖北", "产业园", D0, district="江陵县", parent=JL),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(JL, "park", "area_km2", 19.66, "km2", "江陵经济开发区面积达到19.66平方公里", AS4),
  fact(JL, "park", "sub_parks", 3, "count", D0, AS4, opt=True, note="一区三园"),
 ])

# ---------------------------------------------------------------- oa05 紫金县 2020 政府工作报告 (2019年回顾)
ZJ = "紫金县"
ZC = "紫城工业园"
E0 = "累计 投入超10亿元,完成紫城工业园首期2.7平方公里基础设施建设,引进落户项目31个、建 成投产项目10个"
AS5 = "2019年末"
G["oa05"] = dict(
 article=art("(广东省)2020年紫金县人民政府工作报告(全文)", "紫金县人民政府（代县长 邓红卫）政府工作报告，载于公文搜 gongwensou.com（“政府报告”栏，2021-07-27 转载）", "2020-06-18", "day",
  "County government work report, Guangdong, relayed by a document site: the 2019 review's opening, the county's economic totals and its paragraph on park building — an industrial park's phase-1 infrastructure, cumulative input, projects landed and in production",
  "https://gongwensou.com/zhengfubaogao/34159.html",
  "日期取题注“2020年6月18日在紫金县第十六届人民代表大会第五次会议上”。存段整篇在一行，以站点码“IAh”标段落分隔（make_txt.py 在该处分段、删去该码）；印刷版行末留下的空格（如“同 比增长5%”“建 成投产”）照录。截取：“一、2019年工作回顾”下的三段——引言段、经济发展段与园区建设段（题注、开场白删去；前两段保留，因园区段单独不足300字）；存段末句“引进金盛兰优特钢、佛塑新能源、大统营电子产业集群、大阳电”在句中中断，删去（LINE_SUFFIX），正文截至“…建 成投产项目10个。”，共三段。园区：紫城工业园（河源市紫金县，广东；首期2.7平方公里基础设施完成）。无公司、无项目点名（被删的残句中的企业不计）。事实：累计投入超10亿元（cumulative，超）；首期面积2.7平方公里；引进落户项目31个、建成投产项目10个（cumulative）；全县生产总值等（region，可选）。",
  "oa05"),
 parks=[
  park(ZC, "河源", "广东", "工业园", E0, district="紫金县"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(ZC, "park", "infrastructure_investment_cny", 1e9, "cny", E0, AS5, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(ZC, "park", "phase1_area_km2", 2.7, "km2", E0, AS5, note="首期基础设施建设完成"),
  fact(ZC, "park", "projects_landed", 31, "count", E0, AS5, kind="cumulative"),
  fact(ZC, "park", "projects_in_production", 10, "count", E0, AS5, kind="cumulative"),
  fact(ZJ, "region", "gdp_cny", 1.066e10, "cny", "全年完成地区生产总值106.6亿元", "2019年", opt=True),
  fact(ZJ, "region", "industrial_value_added_cny", 1.18e9, "cny", "工业增加值11.8亿元,比增7.5%", "2019年", opt=True),
  fact(ZJ, "region", "fixed_asset_investment_cny", 6.24e9, "cny", "固定资产投资62.4亿元,比增19.6%", "2019年", opt=True),
 ])

# ---------------------------------------------------------------- oa06 长沙县 2023 政府工作报告 (2022年回顾)
CSX = "长沙县"
CK = "长沙经开区"
HH = "黄花综保区"
F0 = "长沙县、长沙经开区、黄花综保区获评全省打造内陆地区改革开放高地先进单位"
F1 = "长沙经开区成为首批国家级知识产权强国建设示范园区"
G["oa06"] = dict(
 article=art("政府工作报告", "长沙县人民政府（县长 陈永高）政府工作报告，载于 nextlevelartsconsulting.com（转载站，原发处未注明）", "2023-02-02", "day",
  "County government work report, Hunan, relayed by an aggregator: the 2022 review's opening and its “综合实力更强” / “发展后劲更足” paragraphs — a national-level zone and a comprehensive bonded zone honoured, the zone named a national IP demonstration park",
  "https://nextlevelartsconsulting.com/bhuazhong/5439.html",
  "日期取题注“——2023年2月2日在长沙县第十八届人民代表大会第三次会议上”。截取：“一、2022年工作回顾”下的引言段、“——综合实力更强”段与“——发展后劲更足”段（题注、开场白删去；前两段保留，因园区段单独不足300字）；存段末字“果园镇”为下一句残文，删去（LINE_SUFFIX），正文截至“…系“三湘第一镇”。”，共三段。园区：长沙经开区（长沙经济技术开发区，位于长沙县，湖南；文中只作“长沙经开区”）、黄花综保区（长沙黄花综合保税区；文中只作“黄花综保区”）。长沙县为县，不是园区；国际会展中心、黄花镇不是园区。无公司、无项目、无园区数字。事实：全县增速（region，可选）。",
  "oa06"),
 parks=[
  park(CK, "长沙", "湖南", "经济技术开发区", F1, district="长沙县", note="首批国家级知识产权强国建设示范园区"),
  park(HH, "长沙", "湖南", "综合保税区", F0, district="长沙县"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(CSX, "region", "gdp_growth", 0.045, "ratio", "全年地区生产总值同比(下同)增长4.5%", "2022年", kind="ratio", opt=True),
  fact(CSX, "region", "above_scale_industrial_value_added_growth", 0.069, "ratio", "规模以上工业增加值增长6.9%", "2022年", kind="ratio", opt=True),
  fact(CSX, "region", "fixed_asset_investment_growth", 0.091, "ratio", "固定资产投资增长9.1%", "2022年", kind="ratio", opt=True),
 ])
