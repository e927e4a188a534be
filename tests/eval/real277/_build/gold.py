# real277 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all five items simplified script as published); names as written in the text
# (rp01's zone is headed only “经济开发区”: recorded as 齐河经济开发区 with the heading as alias); 超/以上 → 超, 多/余 → 余, 约 → 约.
# Yuan in investment_cny / *_cny facts (first amount of the evidence). Projects: the park the text places them in, null where only a
# county / district is named (a county or district is not a park). Status from the text's words: 签约 → 签约; 开工 / 开工建设 → 开工;
# 竣工投产 → 投产; 落户 alone or no stage word → no status. Planned / expected figures are kind target; year-to-date totals cumulative.

# ---------------------------------------------------------------- rp01 齐河 三大省级发展平台 (德州日报 2017)
QH = "齐河经济开发区"
HH = "黄河国际生态城"
A0 = "省级经济开发区、首届山东省最佳投资园区、山东省投资环境十佳园区,综合实力位居山东省省级开发区第13位"
A1 = "现入驻企业254家,其中规模以上企业202家"
A2 = "规划面积63平方公里,是省级旅游度假区"
A3 = "已落户泉城海洋极地世界、泉城欧乐堡梦幻世界、齐河大地自然博物馆群、齐河温泉度假村、晏泉湖景区、东盟国际生态城、定慧寺以及山东自然博物馆、黄河水街等项目"
AS1 = "2017年10月"
G["rp01"] = dict(
 article=art("隆起三大省级发展平台项目奔着平台跑", "德州日报，载于 m.yybnet.net（德州·齐河栏）", "2017-10-18", "day",
  "City daily's county page via a regional news portal, Shandong: profile of a county's three provincial-level platforms — the economic development zone (rank, infrastructure, firm counts, industries) and a provincial tourist resort with its area and the projects settled there",
  "https://m.yybnet.net/dezhou/qihe/201710/6647337.html",
  "日期取页面“德州日报 2017-10-18 08:55”。标题照录；页眉“看家乡事,品故乡情”与日期行已删。三个小标题（经济开发区 / 黄河国际生态城 / 齐鲁高新技术开发区）各领一段；存段在第三段“重点发展生物”处中断，第三个小标题与其残段整段删去，正文截至“…正迅速崛起。”。小标题保留为段落。园区：小标题“经济开发区”即齐河经济开发区（省级；文中未写“齐河”二字，名称由版面（齐河栏）与“齐河县”推定，alias 记小标题原文）；黄河国际生态城（规划63平方公里，省级旅游度假区，齐河县）。项目：落户生态城的九个文旅项目，无金额、无阶段（“已落户”不给状态）。事实：开发区入驻企业254家、规上202家，省级开发区综合实力第13位；生态城规划面积63平方公里。",
  "rp01"),
 parks=[
  park(QH, "德州", "山东", "省级经济开发区", A0, district="齐河县", aliases=["经济开发区"],
       note="文中仅以小标题“经济开发区”出现；齐河县由标题所在版面与下文“齐河县”推定"),
  park(HH, "德州", "山东", "省级旅游度假区", A2, district="齐河县", note="黄河北岸，与济南隔河相连"),
 ],
 companies=[],
 projects=[
  proj("泉城海洋极地世界", HH, A3, status_text="已落户"),
  proj("泉城欧乐堡梦幻世界", HH, A3, status_text="已落户"),
  proj("齐河大地自然博物馆群", HH, A3, status_text="已落户"),
  proj("齐河温泉度假村", HH, A3, status_text="已落户"),
  proj("晏泉湖景区", HH, A3, status_text="已落户", opt=True),
  proj("东盟国际生态城", HH, A3, status_text="已落户", opt=True),
  proj("定慧寺", HH, A3, status_text="已落户", opt=True, note="寺庙，列为项目存疑"),
  proj("山东自然博物馆", HH, A3, status_text="已落户"),
  proj("黄河水街", HH, A3, status_text="已落户", opt=True),
 ],
 aggregate_facts=[
  fact(QH, "park", "firms", 254, "count", A1, AS1),
  fact(QH, "park", "above_scale_firms", 202, "count", A1, AS1),
  fact(QH, "park", "provincial_zone_rank", 13, "rank", A0, AS1, opt=True, note="山东省省级开发区综合实力排名"),
  fact(HH, "park", "planned_area_km2", 63, "km2", A2, AS1),
 ])

# ---------------------------------------------------------------- rp02 泰山区 京鲁签约 (泰安 2017)
B0 = "2017京鲁(泰山)跨区域产业协作项目对接推进会在北京举行,14个重点项目上台签约"
B1 = "云谷We+创客空间项目列入省重点项目名单;同方电子商务产业园规模大、业态新;鲁美汽车空调、鲁普科技、极创机器人等项目科技含量高、市场竞争力强;丽泰创业工厂是国家倡导的“创新创业项目”"
B2 = "今年以来,泰山区先后举办3次集中签约仪式,累计签约项目85个,合同引资额1241.8亿元"
B3 = "建设省内规模最大、业态最全、档次最高的综合性早期教育产业基地——阳光智慧谷教育产业基地项目"
B4 = "新能源智能输变电装备产业园项目对产品进行了全方位升级改造"
AS2 = "2017年1月至11月26日"
NOTE2 = "列于14个签约项目的介绍中，是否均为本次签约由语境推定"
G["rp02"] = dict(
 article=art("（无标题）2017京鲁(泰山)跨区域产业协作项目对接推进会 14个重点项目签约", "泰安本地报纸（“本报泰安讯”，记者姜言明、郑莉；报名存段未示），载于 yybnet.net（泰安栏）", "2017-12", "month",
  "Local paper's Tai'an page via a regional news portal, Shandong: a district's cross-regional signing in Beijing — 14 projects signed, several named (an e-commerce park, a maker space, tech firms), the district's year-to-date signings and contract investment, an education-industry base and a power-equipment industrial park",
  "https://yybnet.net/taian/news/201712/6873278.html",
  "存段无标题（title 为编者概括）。日期：网址 201712，文中事件为11月26日，记 2017-12（month）。署名行“□记者姜言明郑莉 / 通讯员付刚黄丽娟报道”已删；段末“新闻推荐”及其后另一条新闻的开头、站点口号已删。正文五段，完整。地点：泰山区（泰安市，山东；区，不是园区）。园区：文中无开发区名；“同方电子商务产业园”“新能源智能输变电装备产业园”是以产业园为名的项目，记为项目、不列园区。项目：云谷We+创客空间、同方电子商务产业园、鲁美汽车空调、鲁普科技、极创机器人、丽泰创业工厂——列在“14个重点项目上台签约”之后介绍，状态记签约（推定，见 note）；阳光智慧谷教育产业基地项目、新能源智能输变电装备产业园项目无阶段词。事实：14个项目签约（本次）；今年以来累计签约85个、合同引资额1241.8亿元（cumulative）。",
  "rp02"),
 parks=[],
 companies=[
  comp("美吉姆国际早教", None, "引进美吉姆国际早教、瑞思学科英语等教育品牌机构", opt=True, note="教育品牌"),
  comp("瑞思学科英语", None, "引进美吉姆国际早教、瑞思学科英语等教育品牌机构", opt=True, note="教育品牌"),
 ],
 projects=[
  proj("云谷We+创客空间项目", None, B1, status="签约", status_text="上台签约", note=NOTE2 + "；列入省重点项目名单"),
  proj("同方电子商务产业园", None, B1, status="签约", status_text="上台签约", note=NOTE2),
  proj("鲁美汽车空调", None, B1, status="签约", status_text="上台签约", note=NOTE2),
  proj("鲁普科技", None, B1, status="签约", status_text="上台签约", note=NOTE2),
  proj("极创机器人", None, B1, status="签约", status_text="上台签约", note=NOTE2),
  proj("丽泰创业工厂", None, B1, status="签约", status_text="上台签约", note=NOTE2),
  proj("阳光智慧谷教育产业基地项目", None, B3, note="原格林商场改造"),
  proj("新能源智能输变电装备产业园项目", None, B4, opt=True, note="升级改造，无阶段词"),
 ],
 aggregate_facts=[
  fact("泰山区", "region", "projects_signed", 14, "count", B0, "2017-11-26"),
  fact("泰山区", "region", "projects_signed", 85, "count", B2, AS2, kind="cumulative"),
  fact("泰山区", "region", "contract_investment_cny", 1241.8e8, "cny", "合同引资额1241.8亿元", AS2, kind="cumulative", chk=True),
  fact("泰山区", "region", "signing_ceremonies", 3, "count", B2, AS2, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- rp03 荣成经济开发区 概况 (yearbook, 2016)
RC = "荣成经济开发区"
AS3 = "2016年"
G["rp03"] = dict(
 article=art("（无标题）荣成经济开发区【概况】", "山东地方志数据库（shandong-chorography.org）所收年鉴条目；年鉴名称存段未示", "2017", "year",
  "Yearbook entry via a provincial chorography database, Shandong: a provincial economic development zone's 2016 overview — founding, area, population, GDP, fiscal revenue, investment, trade, FDI, industries, firm counts by size",
  "https://shandong-chorography.org/database/ca3/section/3/article/279",
  "年鉴条目，不是新闻稿；存段无条目标题（title 为编者概括）。出版年未示：条目记2016年数据，按年鉴惯例记 2017（year，推定）。存段第二段【招商引资】在“…等专业机构建”处中断，整段删去，正文只留【概况】一段。文中“?镇区合一?”“2014?2016年”的问号为数据库原样（引号、连接号的替换符），照录。园区：荣成经济开发区（山东省首批8家省级开发区之一；威海荣成市，山东；与崖头镇“镇区合一”）。事实均为2016年：面积227平方千米、地区生产总值352.8亿元、一般公共预算收入13.84亿元、固定资产投资290.42亿元、实际利用内资66.3亿元、进出口总额49.68亿元、实际利用外资3574.7万美元（usd）、工业企业963家、规上134家、过百亿1家、过10亿元5家、过亿元15家；人口、学校、医疗等列可选或不列。",
  "rp03"),
 parks=[
  park(RC, "威海", "山东", "省级经济开发区", "荣成经济开发区成立于1992年6月,是山东省首批8家省级开发区之一", district="荣成市",
       note="1998年与崖头镇“镇区合一”，辖4个街道"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(RC, "park", "area_km2", 227, "km2", "2016年辖区总面积227平方千米", AS3),
  fact(RC, "park", "gdp_cny", 352.8e8, "cny", "2016年实现地区生产总值352.8亿元", AS3, chk=True),
  fact(RC, "park", "general_budget_revenue_cny", 13.84e8, "cny", "一般公共预算收入13.84亿元", AS3, chk=True),
  fact(RC, "park", "fixed_asset_investment_cny", 290.42e8, "cny", "固定资产投资290.42亿元", AS3, chk=True),
  fact(RC, "park", "domestic_capital_utilized_cny", 66.3e8, "cny", "实际利用内资66.3亿元", AS3, chk=True),
  fact(RC, "park", "import_export_cny", 49.68e8, "cny", "进出口总额49.68亿元", AS3, chk=True),
  fact(RC, "park", "actual_fdi_usd", 3574.7e4, "usd", "实际利用外资3574.7万美元", AS3),
  fact(RC, "park", "industrial_firms", 963, "count", "有工业企业963家,其中规模以上企业134家", AS3),
  fact(RC, "park", "above_scale_firms", 134, "count", "有工业企业963家,其中规模以上企业134家", AS3),
  fact(RC, "park", "firms_sales_over_10bn", 1, "count", "销售收入过百亿企业1家,过10亿元的企业5家,过亿元的企业15家", AS3, opt=True),
  fact(RC, "park", "firms_sales_over_1bn", 5, "count", "销售收入过百亿企业1家,过10亿元的企业5家,过亿元的企业15家", AS3, opt=True),
  fact(RC, "park", "firms_sales_over_100m", 15, "count", "销售收入过百亿企业1家,过10亿元的企业5家,过亿元的企业15家", AS3, opt=True),
  fact(RC, "park", "population_resident", 22.45e4, "persons", "常住人口22.45万人", AS3, opt=True),
  fact(RC, "park", "fishery_income_cny", 69e8, "cny", "渔业总收入69亿元", AS3, opt=True, chk=True),
  fact(RC, "park", "tourism_income_cny", 1.2e8, "cny", "旅游及相关产业总收入1.2亿元", AS3, opt=True, chk=True),
  fact(RC, "park", "provincial_zone_rank", 3, "rank", "2014?2016年列第三位", "2014–2016年", opt=True),
 ])

# ---------------------------------------------------------------- rp04 德州 乐陵 / 宁津 / 禹城 集中开工 (2018)
D0 = "山东金麒麟股份有限公司投资4.5亿元的年产1500万套刹车片先进制造项目开工建设"
D1 = "其中有凯瑞英医药中间体高端产业链等11个项目签约,合同引资额56.2亿元"
D2 = "民生职业教育园区、汇源婴童食品饮料等29个项目开工,总投资141.5亿元"
D3 = "裕罗电器、新能源城乡公交等20个项目竣工投产,总投资63亿元"
D4 = "共有60个新旧动能转换项目签约、开工、投产,总投资达260.7亿元"
D5 = "在宁津县,共集中开工项目25个,总投资137亿元,年度计划投资87亿元"
D6 = "2018年集中开工项目建成后预计可实现销售收入76亿元,实现利税15.6亿元"
AS4 = "2018-03-16/17"
G["rp04"] = dict(
 article=art("（无标题）乐陵市、宁津县和禹城市新旧动能转换项目集中开工", "cm.hczyw.com（站名与原发媒体存段未示）", "2018-03-19", "day",
  "Local news site, Shandong: three counties of Dezhou hold joint groundbreakings — a listed firm's plant started with its investment, one county's projects signed / started / completed with totals and named examples, another county's projects started by category with planned investment and expected sales",
  "https://cm.hczyw.com/2018/0319/252941.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2018/0319（事件为3月16、17日）。存段末段“其中,既有传统产业…是宁津县传统特色产业在”在句中中断，整段删去，正文截至“…实现利税15.6亿元。”，共四段。地点：乐陵市、宁津县、禹城市（德州，山东）——县市，不是园区；文中无开发区名，“民生职业教育园区”是一个开工项目，不列园区。项目（park 均为 null）：山东金麒麟股份有限公司年产1500万套刹车片先进制造项目（投资4.5亿元，开工建设；所在县文中未明说，金麒麟为乐陵企业，不写入）；凯瑞英医药中间体高端产业链（签约，乐陵）；民生职业教育园区、汇源婴童食品饮料（开工，乐陵）；裕罗电器、新能源城乡公交（竣工投产，乐陵）。事实：乐陵60个项目260.7亿元，签约11个56.2亿元，开工29个141.5亿元，投产20个63亿元；宁津开工25个137亿元、年度计划87亿元，产业项目15个94.8亿元，预计销售收入76亿元、利税15.6亿元（target）。",
  "rp04"),
 parks=[],
 companies=[
  comp("山东金麒麟股份有限公司", None, D0, note="董事长孙忠义；所在县文中未明说"),
 ],
 projects=[
  proj("年产1500万套刹车片先进制造项目", None, D0, companies=["山东金麒麟股份有限公司"], inv="投资4.5亿元", status="开工", status_text="开工建设"),
  proj("凯瑞英医药中间体高端产业链", None, D1, status="签约", status_text="签约", note="乐陵市"),
  proj("民生职业教育园区", None, D2, status="开工", status_text="开工", note="乐陵市；项目名带“园区”，不作园区"),
  proj("汇源婴童食品饮料", None, D2, status="开工", status_text="开工", note="乐陵市"),
  proj("裕罗电器", None, D3, status="投产", status_text="竣工投产", note="乐陵市"),
  proj("新能源城乡公交", None, D3, status="投产", status_text="竣工投产", note="乐陵市"),
 ],
 aggregate_facts=[
  fact("乐陵市", "region", "projects_count", 60, "count", D4, AS4, note="签约、开工、投产合计"),
  fact("乐陵市", "region", "projects_investment_cny", 260.7e8, "cny", "总投资达260.7亿元", AS4, chk=True),
  fact("乐陵市", "region", "projects_signed", 11, "count", D1, AS4),
  fact("乐陵市", "region", "contract_investment_cny", 56.2e8, "cny", "合同引资额56.2亿元", AS4, chk=True),
  fact("乐陵市", "region", "projects_started", 29, "count", D2, AS4),
  fact("乐陵市", "region", "projects_started_investment_cny", 141.5e8, "cny", "总投资141.5亿元", AS4, chk=True),
  fact("乐陵市", "region", "projects_in_production", 20, "count", D3, AS4),
  fact("乐陵市", "region", "projects_in_production_investment_cny", 63e8, "cny", "总投资63亿元", AS4, chk=True),
  fact("宁津县", "region", "projects_started", 25, "count", D5, AS4),
  fact("宁津县", "region", "projects_started_investment_cny", 137e8, "cny", "总投资137亿元,年度计划投资87亿元", AS4, chk=True),
  fact("宁津县", "region", "annual_planned_investment_cny", 87e8, "cny", "年度计划投资87亿元", "2018年", kind="target", chk=True),
  fact("宁津县", "region", "industrial_projects_started", 15, "count", "其中新旧动能转换产业项目为15个,总投资94.8亿元", AS4, opt=True),
  fact("宁津县", "region", "expected_sales_cny", 76e8, "cny", "预计可实现销售收入76亿元", "建成后（预期）", kind="target", chk=True),
  fact("宁津县", "region", "expected_profit_tax_cny", 15.6e8, "cny", "实现利税15.6亿元", "建成后（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- rp05 烟台经济技术开发区 107个重点项目 (date unknown)
YT = "烟台经济技术开发区"
E0 = "该区正加快推进总投资为1142亿元的107个重点项目开复工"
E1 = "总投资70亿元的烟台LNG项目,将建成中国北方集天然气接收、储存、运输、分销以及下游产业聚集为一体的LNG产业链平台"
E2 = "与此同时,该区还将在基础设施方面、教育领域等投入133.76亿元,开展121个基本建设项目"
E3 = "有1个总投资100亿元以上的项目,总投资50亿元以上的项目有3个,总投资10亿元以上的项目有7个"
E4 = "吸引了众多世界500强项目在此投资,包括美国通用、韩国LG、德国汉高等企业"
ASY = "发布当年（年份不详）"
G["rp05"] = dict(
 article=art("（无标题）烟台经济技术开发区加快推进107个重点项目开复工", "xinnengyuan100.com（新能源网转载；署名王聪、冷义，原发媒体存段未示）", None, "unknown",
  "Energy-industry site relaying a wire-style item, Shandong: a national economic and technological development zone's press conference — 107 key projects and their total, an LNG terminal project with its investment, this year's planned new starts by size, infrastructure spending, the zone's industries and foreign investors",
  "https://m.xinnengyuan100.com/article/70569.html",
  "存段无标题、无日期（title 为编者概括；文中只有“22日”）。发布年份不详：页面“上一篇/下一篇”（光伏新规、特斯拉）提示约2018–2019年，但不据以定日期，published 记 null（unknown）。两行“上一篇/下一篇”已删；正文六段，完整，署名“(王聪 冷义)”在文末，保留。园区：烟台经济技术开发区（文中又作“烟台开发区”；1984年首批14个国家级开发区之一；烟台，山东）。项目：烟台LNG项目（总投资70亿元，位于烟台港西港区；文中“将建成”，未写阶段，status 空）。公司：美国通用、韩国LG、德国汉高（在区投资的世界500强，可选）。事实：107个重点项目、总投资1142亿元（reported，推进开复工）；今年计划新开工中100亿元以上1个、50亿元以上3个、10亿元以上7个（target，可选）；基础设施、教育等投入133.76亿元、121个基本建设项目（target）。",
  "rp05"),
 parks=[
  park(YT, "烟台", "山东", "国家级经济技术开发区", "记者22日从烟台经济技术开发区召开的新闻发布会上获悉", aliases=["烟台开发区"],
       note="1984年国务院批准的首批14个国家级开发区之一"),
 ],
 companies=[
  comp("美国通用", YT, E4, opt=True, note="世界500强，在区投资"),
  comp("韩国LG", YT, E4, opt=True, note="世界500强，在区投资"),
  comp("德国汉高", YT, E4, opt=True, note="世界500强，在区投资"),
 ],
 projects=[
  proj("烟台LNG项目", YT, E1, inv="总投资70亿元", status_text="将建成", note="烟台港西港区；阶段未明说"),
 ],
 aggregate_facts=[
  fact(YT, "park", "key_projects", 107, "count", E0, ASY),
  fact(YT, "park", "key_projects_investment_cny", 1142e8, "cny", "总投资为1142亿元的107个重点项目", ASY, chk=True),
  fact(YT, "park", "infrastructure_investment_cny", 133.76e8, "cny", "投入133.76亿元,开展121个基本建设项目", ASY, kind="target", chk=True),
  fact(YT, "park", "infrastructure_projects", 121, "count", E2, ASY, kind="target"),
  fact(YT, "park", "planned_new_projects_over_10bn", 1, "count", E3, ASY, kind="target", opt=True),
  fact(YT, "park", "planned_new_projects_over_5bn", 3, "count", E3, ASY, kind="target", opt=True),
  fact(YT, "park", "planned_new_projects_over_1bn", 7, "count", E3, ASY, kind="target", opt=True),
 ])
