# real450 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52).
# Conventions as real52: evidence verbatim (all four items simplified script as published); names as written in the text;
# 超过/超/以上/突破 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as ratios. Projects: the park
# the text places the project in, null where the text names only a county, district or city. Status from the text's words
# (新签约 → 签约; 竣工 → 竣工; 正式试生产 → 投产, noted). “预计” year figures are kind target with “（预计）” in as_of; year-to-date
# and 累计 / “…以来” figures are cumulative.

# ---------------------------------------------------------------- kg01 宣城经济技术开发区 22年 (xuancheng.021cf, 2018)
XC = "宣城经济技术开发区"
XS = "宣城市承接产业转移集中示范区"
E0 = "宣城经济技术开发区成立于1996年3月,设立之初规划面积6.26平方公里"
E1 = "2010年,根据皖江城市带总体规划,在开发区设立15平方公里宣城市承接产业转移集中示范区"
E2 = "目前,宣城经济技术开发区规划总面积约60平方公里,其中,高速以内建成区17平方公里"
E3 = "累计签约亿元以上项目278个、5亿元以上项目43个、10亿元以上项目23个"
E4 = "先后引进泰宇锂电、兴锂新能源、天时新能源、益佳通锂电池、华威铜箔、赛德丽新能源等一批新能源新材料项目,已投产16个"
E5 = "苏州博得立新能源、深圳贝特瑞新材等近10个新能源新材料项目在谈"
AS1 = "2018年全年（预计）"
G["kg01"] = dict(
 article=art("“辉煌40年” 宣城经济技术开发区转型发展走过了22年光辉历程",
  "xuancheng.021cf.cn（地方资讯站“宣城”分站，网络蜘蛛自动收集的转载；原发媒体与署名存段未示）", "2018", "year",
  "Spider-collected relay of a local feature, Anhui: a national economic and technological development zone's 22 years — founding area, the 皖江 transfer zone set inside it, planned and built area, 2018 estimates of value added / output / investment / revenue / trade, projects signed since 2013, named new-energy and new-material firms introduced (16 in production) and two in talks",
  "http://xuancheng.021cf.cn/index.php/post/670.html",
  "存段无日期。年份推定为2018：标题“辉煌40年”（改革开放40年专栏）与“走过了22年”（1996年成立+22），正文有“预计2018年”；published 记 2018（year，推定）。标题照录（含栏目字“辉煌40年”）。存段第三段末句“围绕产业链条大力引进上下游企业,2013年以来,新落户…高端装备制造项目26个”未完（无句号），该句删去（make_txt.py cut），正文截至“…被列为市级战略性新兴产业集聚发展基地。”，共三段。园区：宣城经济技术开发区（宣城市，安徽；2014年升级为国家级）；“宣城市承接产业转移集中示范区”设于开发区内（可选园区，parent 宣城经济技术开发区）。公司：泰宇锂电等六家为“引进”的新能源新材料项目（园区内；各自状态文中未说，“已投产16个”为合计），列为公司；同名项目列为可选项目（无状态）。苏州博得立新能源、深圳贝特瑞新材为“在谈”，可选公司，park null。事实：“预计2018年”各项为 target；“2013年以来”签约数为 cumulative；“是2012年的X倍”不计。",
  "kg01"),
 parks=[
  park(XC, "宣城", "安徽", "国家级经济技术开发区", E0, note="2014年10月27日经国务院批准升级为国家级开发区；文中又作“开发区”"),
  park(XS, "宣城", "安徽", "承接产业转移集中示范区", E1, parent=XC, opt=True, note="15平方公里，设于开发区内"),
 ],
 companies=[
  comp("泰宇锂电", XC, E4, note="引进的新能源新材料项目"),
  comp("兴锂新能源", XC, E4, note="同上"),
  comp("天时新能源", XC, E4, note="同上"),
  comp("益佳通锂电池", XC, E4, note="同上"),
  comp("华威铜箔", XC, E4, note="同上"),
  comp("赛德丽新能源", XC, E4, note="同上"),
  comp("苏州博得立新能源", None, E5, opt=True, note="在谈项目"),
  comp("深圳贝特瑞新材", None, E5, opt=True, note="在谈项目"),
 ],
 projects=[
  proj("泰宇锂电", XC, E4, companies=["泰宇锂电"], opt=True, note="以企业名作项目名；已投产16个为合计，单项状态未说"),
  proj("兴锂新能源", XC, E4, companies=["兴锂新能源"], opt=True, note="同上"),
  proj("天时新能源", XC, E4, companies=["天时新能源"], opt=True, note="同上"),
  proj("益佳通锂电池", XC, E4, companies=["益佳通锂电池"], opt=True, note="同上"),
  proj("华威铜箔", XC, E4, companies=["华威铜箔"], opt=True, note="同上"),
  proj("赛德丽新能源", XC, E4, companies=["赛德丽新能源"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(XC, "park", "initial_planned_area_km2", 6.26, "km2", E0, "1996年3月（设立时）", opt=True),
  fact(XS, "park", "area_km2", 15, "km2", E1, "2010年", opt=True),
  fact(XC, "park", "planned_area_km2", 60, "km2", E2, "2018年", qual="约", qtext="约"),
  fact(XC, "park", "built_up_area_km2", 17, "km2", E2, "2018年", note="高速以内建成区"),
  fact(XC, "park", "above_scale_industrial_value_added_cny", 1.56e9, "cny", "预计2018年,实现规上工业增加值15.6亿元,是2012年的2.1倍", AS1, kind="target", chk=True),
  fact(XC, "park", "strategic_emerging_industry_output_cny", 4.8e9, "cny", "战略性新兴产业产值48亿元,是2012年的4.9倍", AS1, kind="target", chk=True),
  fact(XC, "park", "fixed_asset_investment_cny", 3.9e9, "cny", "固定资产投资39亿元,是2012年的1.7倍", AS1, kind="target", chk=True),
  fact(XC, "park", "industrial_fixed_asset_investment_cny", 2.8e9, "cny", "其中工业固定资产投资28亿元,是2012年的1.8倍", AS1, kind="target", opt=True, chk=True),
  fact(XC, "park", "fiscal_revenue_cny", 1.14e9, "cny", "财政收入11.4亿元,是2012年的1.8倍", AS1, kind="target", chk=True),
  fact(XC, "park", "imports_exports_usd", 1.37e8, "usd", "进出口1.37亿美元,是2012年的1.9倍", AS1, kind="target", opt=True),
  fact(XC, "park", "out_of_province_funds_in_place_cny", 7.05e9, "cny", "到位省外资金70.5亿元,是2012年的2倍", AS1, kind="target", opt=True, chk=True),
  fact(XC, "park", "actual_fdi_usd", 1.6e8, "usd", "利用外资1.6亿美元,是2012年的3.2倍", AS1, kind="target", opt=True),
  fact(XC, "park", "projects_signed", 278, "count", E3, "2013年至2018年", kind="cumulative", note="亿元以上项目"),
  fact(XC, "park", "projects_signed_over_500m", 43, "count", E3, "2013年至2018年", kind="cumulative", opt=True),
  fact(XC, "park", "projects_signed_over_1bn", 23, "count", E3, "2013年至2018年", kind="cumulative", opt=True),
  fact(XC, "park", "projects_in_production", 16, "count", E4, "2018年", kind="cumulative", note="新能源新材料项目已投产"),
  fact(XC, "park", "projects_in_talks", 10, "count", E5, "2018年", qual="约", qtext="近", opt=True, note="新能源新材料项目在谈"),
 ])

# ---------------------------------------------------------------- kg02 马鞍山 1–4月 招商 (马鞍山日报 via yybnet, 2018-05)
MA = "马鞍山市"
JK = "市经开区"
ZP = "郑蒲港新区"
F0 = "今年前4个月,马鞍山市利用省外亿元以上项目到位资金341.1亿元,总量全省排名第二;同比增长42%"
F1 = "1—4月份,全市招商引资亿元以上新签约工业项目119个"
F2 = "1—4月份,全市招商引资亿元以上竣工工业项目43个"
F3 = "全市利用外商直接投资8.04亿美元,总量全省排名第三,同比增长7.6%;全市新设外商投资企业11家"
S1 = "含山县总投资12.5亿元的威龙轨道交通电力器材项目"
S2 = "当涂县总投资22.6亿元的正华纸业年产50万吨循环再生纸项目"
S3 = "雨山区总投资10亿元的美好智能装配式建筑产业基地项目"
S4 = "市经开区总投资10亿元顶皓锂电池薄膜项目"
C5 = "4月竣工工业项目:含山县鼎立塑料制品、当涂县盛美轨道交通精密铝材、雨山区埃芮科工业装备、市经开区心动天下年产5000台船用高速发动机、郑蒲港新区北冰洋饮料食品等项目等"
AS2 = "2018年1—4月"
G["kg02"] = dict(
 article=art("（无标题）马鞍山市前4个月利用省外资金341.1亿元 新签约亿元以上工业项目119个、竣工43个",
  "马鞍山日报（记者邬刚），载于 yybnet.net（“含山”栏）", "2018-05", "month",
  "City daily via a regional news portal, Anhui: the city's January–April investment-attraction figures — out-of-province funds in place, signed and completed industrial projects with four named signings (amounts) and five named completions placed in counties, districts, the city's economic development zone and 郑蒲港新区, FDI",
  "https://yybnet.net/maanshan/hanshan/201805/7465631.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 201805，文中“今年前4个月”“4月新签约”，记 2018-05（month）。“新闻推荐”及其后站点文字已删；正文四段，完整。园区：“市经开区”（即马鞍山经济技术开发区；文中只作“市经开区”，不补全称）；郑蒲港新区（马鞍山，安徽；新区，作园区列）。项目：4月新签约四项（签约，金额“总投资X亿元”）：威龙（含山县）、正华纸业（当涂县）、美好（雨山区）三项 park null，顶皓锂电池薄膜项目在市经开区；4月竣工五项（竣工，无金额）：鼎立（含山县）、盛美（当涂县）、埃芮科（雨山区）park null，心动天下在市经开区，北冰洋在郑蒲港新区。项目名按文中写法（竣工项目无“项目”二字者照录）。只出现在项目名中的企业列可选公司。事实：市级 1—4月累计（cumulative）；增长率 ratio；“完成年度目标任务的X%”“超序时进度”列可选或不计。市招商局列可选机构。",
  "kg02"),
 parks=[
  park(JK, "马鞍山", "安徽", "经济技术开发区", S4, note="即马鞍山经济技术开发区；文中只作“市经开区”"),
  park(ZP, "马鞍山", "安徽", "新区", C5, note="马鞍山郑蒲港新区"),
 ],
 companies=[
  comp("威龙", None, S1, opt=True, note="只在项目名中"),
  comp("正华纸业", None, S2, opt=True, note="只在项目名中；当涂县"),
  comp("美好", None, S3, opt=True, note="只在项目名中"),
  comp("顶皓", JK, S4, opt=True, note="只在项目名中"),
  comp("心动天下", JK, C5, opt=True, note="只在项目名中"),
  comp("北冰洋", ZP, C5, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("市招商局", "记者昨日从市招商局获悉", note="马鞍山市招商局（文中简称）"),
 ],
 projects=[
  proj("威龙轨道交通电力器材项目", None, S1, inv="总投资12.5亿元", status="签约", status_text="新签约", note="含山县；4月新签约"),
  proj("正华纸业年产50万吨循环再生纸项目", None, S2, inv="总投资22.6亿元", status="签约", status_text="新签约", note="当涂县；4月新签约"),
  proj("美好智能装配式建筑产业基地项目", None, S3, inv="总投资10亿元", status="签约", status_text="新签约", note="雨山区；4月新签约"),
  proj("顶皓锂电池薄膜项目", JK, S4, inv="总投资10亿元", status="签约", status_text="新签约", note="市经开区；4月新签约"),
  proj("鼎立塑料制品", None, C5, status="竣工", status_text="竣工", note="含山县；4月竣工"),
  proj("盛美轨道交通精密铝材", None, C5, status="竣工", status_text="竣工", note="当涂县；4月竣工"),
  proj("埃芮科工业装备", None, C5, status="竣工", status_text="竣工", note="雨山区；4月竣工"),
  proj("心动天下年产5000台船用高速发动机", JK, C5, status="竣工", status_text="竣工", note="市经开区；4月竣工"),
  proj("北冰洋饮料食品", ZP, C5, status="竣工", status_text="竣工", note="郑蒲港新区；4月竣工"),
 ],
 aggregate_facts=[
  fact(MA, "region", "out_of_province_funds_in_place_cny", 3.411e10, "cny", F0, AS2, kind="cumulative", chk=True, note="省外亿元以上项目到位资金"),
  fact(MA, "region", "out_of_province_funds_yoy_growth", 0.42, "ratio", F0, AS2, kind="ratio"),
  fact(MA, "region", "out_of_province_funds_target_completion_share", 0.379, "ratio", "完成年度目标任务的37.9%,超序时进度4.6个百分点", AS2, kind="ratio", opt=True),
  fact(MA, "region", "projects_signed", 119, "count", F1, AS2, kind="cumulative", note="亿元以上新签约工业项目"),
  fact(MA, "region", "projects_completed", 43, "count", F2, AS2, kind="cumulative", note="亿元以上竣工工业项目"),
  fact(MA, "region", "actual_fdi_usd", 8.04e8, "usd", F3, AS2, kind="cumulative"),
  fact(MA, "region", "fdi_yoy_growth", 0.076, "ratio", F3, AS2, kind="ratio", opt=True),
  fact(MA, "region", "new_foreign_invested_firms", 11, "count", F3, AS2, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- kg03 广德 工业 五年 (guangde.cc, 2021)
GD = "广德经开区"
H0 = "最近数据显示,我市规模工业企业数达到401家,总数位居安徽省第二"
H1 = "作为昆山东威的子公司,位于广德经开区主园区的广德东威科技有限公司将迎来更大的发展契机"
H2 = "从2013年落户广德,这家专业研发生产电镀设备的东威科技,产值以每年30%的增速迅速发展壮大"
G["kg03"] = dict(
 article=art("（无标题）广德工业五年：规模工业企业达401家，广德经开区东威科技",
  "guangde.cc（广德本地资讯站；原发媒体与署名存段未示）", "2021-06", "month",
  "Local news site, Anhui: a county-level city's five years of industry since the county party congress — count of above-scale firms, park layout, a PCB-equipment firm in the economic development zone's main park growing 30% a year after its parent's STAR-market listing",
  "https://guangde.cc/news/show-2788.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中“日前,昆山东威科技股份有限公司在上海证券交易所科创板成功上市”（该公司2021年6月上市）、“五年前的2015年”、末段提及“2020年实现总产值”，记 2021-06（month，推定）。存段末段“广德正向激励产业发展…2020年实现总产值达281.5亿元,占全部工”在句中中断，整句（即整段）删去，其前的小标题“过去五年”随之删去（make_txt.py drop），正文截至“…对未来的发展充满信心。”，共四段。原文一处“成功上市, 作为”逗号后有空格，照录。园区：广德经开区（宣城市广德市，安徽；文中“广德经开区主园区”）。公司：广德东威科技有限公司（在园区主园区；文中又作“东威科技”）；昆山东威科技股份有限公司为其母公司（科创板上市，可选，park null）。事实：广德规模工业企业401家（region，reported）；东威科技产值年增30%（company，ratio）；电子电路产业产值“突破百亿”（无“元”字，可选，metric 不带 _cny）。“一主三辅”格局不计；“净增长一百零四家”（汉字数字）可选。市经信局列可选机构。",
  "kg03"),
 parks=[
  park(GD, "宣城", "安徽", "经济开发区", H1, district="广德市", note="文中作“广德经开区主园区”"),
 ],
 companies=[
  comp("广德东威科技有限公司", GD, H1, aliases=["东威科技"], note="位于广德经开区主园区；昆山东威子公司"),
  comp("昆山东威科技股份有限公司", None, "日前,昆山东威科技股份有限公司在上海证券交易所科创板成功上市", aliases=["昆山东威"], opt=True, note="母公司，科创板上市"),
 ],
 institutions=[
  inst("市经信局", "市经信局副局长彭伦亮在采访中说", note="广德市经济和信息化局（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact("广德", "region", "above_scale_industrial_firms", 401, "count", H0, "2021年"),
  fact("广德", "region", "above_scale_industrial_firms_net_increase", 104, "count", "与2015年底相比,我们规工企业数净增长一百零四家", "2015年底至2021年", kind="cumulative", opt=True, note="汉字数字"),
  fact("广德东威科技有限公司", "company", "output_annual_growth", 0.30, "ratio", H2, "2013年以来（每年）", kind="ratio"),
  fact("广德", "region", "electronic_circuit_industry_output", 1e10, "cny", "电子电路产业产值不仅突破百亿", "2021年", qual="超", qtext="突破", opt=True, note="“突破百亿”无“元”字"),
 ])

# ---------------------------------------------------------------- kg04 全市招商引资项目观摩检查组赴天长来安检查 (laian.021cf, undated)
K0 = "先后深入天长市银盾斯金节能铝材、光华现代农业示范园、千秋印象唐城、远东科技园一期、中泰铝业、宝岛冷轧钢、创源文化、扬子饮品等项目检查"
K1 = "光华现代农业示范园项目,总投资1.5亿元,一期占地1500亩"
K2 = "远东科技园项目是集电缆研发制造、生物医药为一体的高科技产业园,全部达产后将形成300亿元的年产销规模"
K3 = "安徽中泰铝业有限公司是来安县一家为轨道交通和汽车装备的配套企业,今年5月正式试生产,项目达产后可纳税3500万元"
G["kg04"] = dict(
 article=art("全市招商引资项目观摩检查组赴天长来安检查",
  "滁州日报（记者喻松；推定），载于 laian.021cf.cn（地方资讯站“来安”分站，网络蜘蛛自动收集的转载）", None, "unknown",
  "Spider-collected relay of a city paper's item, Anhui: the city party secretary's summer inspection of investment projects in 天长 and 来安 — eight named projects, an agricultural demonstration park's investment and area, a firm's technology park with its expected sales, an aluminium firm in trial production with its expected tax",
  "http://laian.021cf.cn/index.php/post/1622.html",
  "**存段无日期，年份不详**（文中只有“7月14日”“今年5月”；记者署名“喻松”、市领导名单与“滁州经开区管委会主任刘茂松”可供日后核对）；published 记 null。原发媒体未注明，“(记者喻松)”与“市委*李明”“全市”语气推定为滁州日报。标题照录。存段末句“李明走进生产车间,…希望企业加大产学研”在句中中断，该句删去（make_txt.py cut），正文截至“…项目达产后可纳税3500万元。”，共四段。“市委*李明”“安徽*大”中的星号为网站原样（疑为屏蔽字），照录。园区：只有“滁州经开区管委会主任”一处，列可选园区；光华现代农业示范园、远东科技园为项目（文中称“项目”），不另列园区。项目：八个观摩项目均在天长市（中泰铝业据下文在来安县），park null；光华现代农业示范园项目总投资1.5亿元（无状态，一期已种植完毕）；远东科技园一期（phase 一期）；中泰铝业“今年5月正式试生产”→投产（注明试生产）。公司：安徽中泰铝业有限公司（来安县，park null）；其余企业只在项目名中，不另列。事实：远东科技园达产后年产销300亿元（target，subject 项目）；中泰铝业达产后纳税3500万元（target）；光华一期占地1500亩（可选）。",
  "kg04"),
 parks=[
  park("滁州经开区", "滁州", "安徽", "经济技术开发区", "滁州经开区管委会主任刘茂松等参加检查", opt=True, note="只在管委会主任职衔中出现"),
 ],
 companies=[
  comp("安徽中泰铝业有限公司", None, K3, aliases=["中泰铝业"], note="来安县；轨道交通和汽车装备配套企业"),
 ],
 projects=[
  proj("银盾斯金节能铝材", None, K0, opt=True, note="天长市；观摩项目"),
  proj("光华现代农业示范园项目", None, K1, inv="总投资1.5亿元", aliases=["光华现代农业示范园"], phase=None, note="天长市；一期占地1500亩，已种植完毕；加快二期建设"),
  proj("千秋印象唐城", None, K0, opt=True, note="天长市；观摩项目"),
  proj("远东科技园一期", None, K0, phase="一期", aliases=["远东科技园项目"], note="天长市；电缆研发制造、生物医药高科技产业园"),
  proj("中泰铝业", None, K3, companies=["安徽中泰铝业有限公司"], status="投产", status_text="正式试生产", note="来安县；“今年5月”试生产（年份不详）；“试生产”记作投产"),
  proj("宝岛冷轧钢", None, K0, opt=True, note="天长市；观摩项目"),
  proj("创源文化", None, K0, opt=True, note="天长市；观摩项目"),
  proj("扬子饮品", None, K0, opt=True, note="天长市；观摩项目"),
 ],
 aggregate_facts=[
  fact("光华现代农业示范园项目", "project", "phase1_site_area_mu", 1500, "mu", K1, "一期", opt=True),
  fact("远东科技园一期", "project", "expected_annual_sales_cny", 3e10, "cny", K2, "全部达产后（预期）", kind="target", chk=True),
  fact("安徽中泰铝业有限公司", "company", "expected_annual_tax_cny", 3.5e7, "cny", "项目达产后可纳税3500万元", "达产后（预期）", kind="target", chk=True),
 ])
