# real123 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/迈过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in. Status from the text's words (签约 → 签约; 集中开工 → 开工; 集中竣工 → 竣工;
# 建成投运 / 上网运行 → 投产). “预计” / “将达” figures are kind target with “（预计）” in as_of; “累计” / “先后” / “截至目前”
# figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yoNN.raw as returned.

# ---------------------------------------------------------------- yo01 宝鸡高新区 2025 mid-year feature (宝鸡高新区网站)
BJ = "宝鸡高新区"
A0 = "行走在宝鸡高新区,处处能感受到高质量发展的强劲脉搏"
A1 = "日前,记者从陕西大力神航空新材料科技股份有限公司获悉,今年该公司陆续引进一批高精尖设备,各地订单随之纷至沓来,锻件产量持续攀升,今年6月成功突破4000吨,创下公司单月产量的历史新高"
A2 = "数据显示,前6个月,全区规上工业总产值同比增长1.3%;规上工业增加值同比增长6.8%"
A3 = "宝鸡鑫诺特材股份有限公司投资1.4亿元引进了全国首条三辊连轧生产线"
G["yo01"] = dict(
 article=art("（宝鸡高新区：工业经济稳中有进、招商引资 — 存段无标题）", "宝鸡高新区管委会网站 bjgx.baoji.gov.cn（“记者了解到”；原刊媒体与署名存段未示）", "2025-07-31", "day",
  "Zone's own website relaying a reporter's mid-year feature, Shaanxi: a national high-tech zone's first-half industrial growth rates, two named firms' technical upgrades (one with an investment amount), start of an investment-attraction section",
  "http://bjgx.baoji.gov.cn/col8966/col8968/202507/t20250731_1173950.html",
  "日期取网址 t20250731（存段无日期行、无标题）。正文自首段起；小标题“工业经济稳中有进”保留为一段。存段末句“作为中国钛工业的摇篮,…先后引进了宝钛集团投资50亿元的科技”中断，整句删去（make_txt.py LINE_SUFFIX），正文止于“…也取得了丰硕成果。”。园区：宝鸡高新区（宝鸡国家高新技术产业开发区；宝鸡市，陕西；文中只作“宝鸡高新区”“高新区”“全区”）。公司：陕西大力神航空新材料科技股份有限公司、宝鸡鑫诺特材股份有限公司（均为区内技改企业，园区宝鸡高新区，由语境推定）。项目：鑫诺特材“投资1.4亿元引进了全国首条三辊连轧生产线”列为可选项目（无项目名，名称取“三辊连轧生产线”；已引进，文未言投产，status null）。事实：前6个月规上工业总产值、增加值增速（ratio）；大力神6月锻件产量4000吨（可选，company）。",
  "yo01"),
 parks=[park(BJ, "宝鸡", "陕西", "高新区", A0, note="文中又作“高新区”“全区”")],
 companies=[
  comp("陕西大力神航空新材料科技股份有限公司", BJ, A1, note="区内企业（技术改造），园区由语境推定"),
  comp("宝鸡鑫诺特材股份有限公司", BJ, A3, note="区内企业（技术改造），园区由语境推定"),
 ],
 institutions=[],
 projects=[
  proj("三辊连轧生产线", BJ, A3, companies=["宝鸡鑫诺特材股份有限公司"], inv="投资1.4亿元", opt=True,
       note="无项目名；企业投资引进生产线（技改），文未言状态"),
 ],
 funds=[],
 aggregate_facts=[
  fact(BJ, "park", "industrial_output_above_scale_yoy_growth", 0.013, "ratio", A2, "2025年1-6月", kind="ratio"),
  fact(BJ, "park", "above_scale_industrial_value_added_yoy_growth", 0.068, "ratio", A2, "2025年1-6月", kind="ratio"),
  fact("陕西大力神航空新材料科技股份有限公司", "company", "monthly_forging_output_t", 4000, "t",
       "今年6月成功突破4000吨,创下公司单月产量的历史新高", "2025年6月", qual="超", qtext="突破", opt=True),
 ])

# ---------------------------------------------------------------- yo02 咸阳高新区 2025 一季度集中签约 (cnipai)
XY = "咸阳高新区"
B0 = "3月27日上午,咸阳高新区2025年一季度招商引资项目集中签约活动举行"
B1 = "西安瑞硕企业管理有限公司、驭腾能源环保科技股份有限公司、西安睿诺航空装备有限公司等24户企业负责人和代表参加集中签约"
B2 = "活动中,现场签约项目32个、总投资80.6亿元,亿元以上项目16个"
B3 = "中国石油集团工程材料研究院有限公司党委书记、执行董事刘亚旭,陕西氢能产业发展有限公司党委书记、董事长黄晔出席并见证签约"
B4 = "与西安交通大学、西安电子科技大学等高校院所签订科创类项目4个"
B5 = "电子显示、高端装备制造、生物医药、新材料等核心支柱产业领域项目占比达70%"
B6 = "引进算力服务、低空经济、中药大数据智能平台应用等数字经济项目4个"
AS2 = "2025年3月27日（一季度集中签约）"
G["yo02"] = dict(
 article=art("（咸阳高新区2025年一季度招商引资项目集中签约活动举行 — 存段无标题）", "shanxi.cnipai.com（中国知识产权资讯网陕西频道；原刊媒体与署名存段未示）", "2025-03-27", "day",
  "Portal relaying a zone's quarterly signing ceremony, Shaanxi: 32 projects signed with total investment, three named signing firms of 24, share of core-industry projects, science-and-technology projects with universities, digital-economy projects",
  "https://shanxi.cnipai.com/news/detail/310850.html",
  "存段无标题与日期行；日期取文中“3月27日上午,咸阳高新区2025年一季度…集中签约活动举行”（发布日或稍后，precision day 按活动日记）。正文三段，完整（存段至段末句号）。园区：咸阳高新区（咸阳市，陕西）。公司：西安瑞硕企业管理有限公司、驭腾能源环保科技股份有限公司、西安睿诺航空装备有限公司（参加集中签约的24户企业中点名三家；签约项目落地咸阳高新区，园区按签约活动推定，note）；中国石油集团工程材料研究院有限公司、陕西氢能产业发展有限公司（出席见证签约，可选，park null）。机构：西安交通大学、西安电子科技大学（签订科创类项目，可选）。签约项目未点名，不列项目。“中国西部AI创新港、图灵智算中心”为数字新基建，不列园区；“秦创原科技成果转化先行区”为建设目标，不列园区。事实：现场签约32个、总投资80.6亿元、亿元以上16个；核心产业项目占比70%；科创类4个、数字经济4个（可选）。",
  "yo02"),
 parks=[park(XY, "咸阳", "陕西", "高新区", B0)],
 companies=[
  comp("西安瑞硕企业管理有限公司", XY, B1, note="签约企业；园区按签约活动推定"),
  comp("驭腾能源环保科技股份有限公司", XY, B1, note="签约企业；园区按签约活动推定"),
  comp("西安睿诺航空装备有限公司", XY, B1, note="签约企业；园区按签约活动推定"),
  comp("中国石油集团工程材料研究院有限公司", None, B3, opt=True, note="出席见证签约"),
  comp("陕西氢能产业发展有限公司", None, B3, opt=True, note="出席见证签约"),
 ],
 institutions=[
  inst("西安交通大学", B4, kind="university", note="签订科创类项目"),
  inst("西安电子科技大学", B4, kind="university", note="签订科创类项目"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(XY, "park", "projects_signed", 32, "count", B2, AS2),
  fact(XY, "park", "signed_investment_cny", 8060000000.0, "cny", B2, AS2, chk=True),
  fact(XY, "park", "projects_signed_over_100m", 16, "count", B2, AS2, note="亿元以上项目"),
  fact(XY, "park", "core_industry_projects_share", 0.70, "ratio", B5, AS2, kind="ratio", opt=True),
  fact(XY, "park", "tech_projects_signed", 4, "count", B4, AS2, opt=True, note="与高校院所签订科创类项目"),
  fact(XY, "park", "digital_economy_projects_signed", 4, "count", B6, AS2, opt=True),
 ])

# ---------------------------------------------------------------- yo03 西咸新区 2024 三季度集中签约开工暨上半年竣工 (csjrw)
XX = "西咸新区"
C0 = "6月28日,西咸新区举行2024年三季度重点项目集中签约开工暨上半年竣工活动,共涉及项目98个,总投资856.34亿元"
C1 = "集中签约万利航空、华电新能源等44个招商引资项目、总投资411.74亿元"
C2 = "集中开工日立能源、中昊电气研发生产基地、长江协同空天科技港等建设项目,总投资261亿元"
C3 = "集中竣工氢科未来氢能压缩机、汇川储能、豪迈数控机床等项目,完成投资183.6亿元"
C4 = "全面投产后预计年产值约83亿元、带动就业4万人"
C5 = "活动现场,西安奇迈细胞生物科技有限公司、深圳元脉云算科技有限公司、海胜股权投资基金管理有限公司、西安巨子启原品牌运营管理有限公司、陕西鑫鹏嘉祥科工贸有限公司、中电信量子信息科技集团有限公司分别与各西咸新区新城、能源金贸区成功签约"
C6 = "竣工项目代表、陕西氢科未来能源科技有限公司总经理王咏斌说"
AS3 = "2024年6月28日（集中签约开工暨上半年竣工活动）"
SG = "集中签约"; KG = "集中开工"; JG = "集中竣工"
G["yo03"] = dict(
 article=art("（西咸新区举行2024年三季度重点项目集中签约开工暨上半年竣工活动 — 存段无标题）", "csjrw.cn（原刊媒体与署名存段未示）", "2024-07-02", "day",
  "News site relaying a national new area's combined signing / groundbreaking / completion event, Shaanxi: 98 projects, named projects signed, started and completed with group totals, six named signing firms, a completed project's firm",
  "http://csjrw.cn/2024/0702/472603.html",
  "存段无标题与日期行；日期取网址 2024/0702（活动日6月28日）。末段“据了解,西咸新区今年以来…加快推进重大项”在句中中断，整段删去（make_txt.py ITEMS），正文止于王咏斌引语，共五段。园区：西咸新区（国家级新区，西安市代管，陕西；kind 国家级新区）；“能源金贸区”（西咸新区能源金贸区）列为可选子园区；“各西咸新区新城”泛指，不列。项目（园区均为西咸新区）：签约 万利航空、华电新能源（以企业名作项目名）；开工 日立能源、中昊电气研发生产基地、长江协同空天科技港；竣工 氢科未来氢能压缩机、汇川储能、豪迈数控机床；单项均无金额（组合计数作事实）。公司：现场签约六家（园区西咸新区；签约对象为各新城、能源金贸区，未分指），陕西氢科未来能源科技有限公司（竣工项目代表，园区西咸新区）；海胜股权投资基金管理有限公司为基金管理公司，列公司，不列基金。事实：98个/856.34亿元；签约44个/411.74亿元；开工总投资261亿元；竣工完成投资183.6亿元；投产后预计年产值约83亿元、就业4万人（target）。",
  "yo03"),
 parks=[
  park(XX, "西安", "陕西", "国家级新区", C0),
  park("能源金贸区", "西安", "陕西", "新区园区", C5, parent=XX, opt=True, note="西咸新区能源金贸区；签约对象之一"),
 ],
 companies=[
  comp("西安奇迈细胞生物科技有限公司", XX, C5, note="现场签约"),
  comp("深圳元脉云算科技有限公司", XX, C5, note="现场签约"),
  comp("海胜股权投资基金管理有限公司", XX, C5, note="现场签约；基金管理公司"),
  comp("西安巨子启原品牌运营管理有限公司", XX, C5, note="现场签约"),
  comp("陕西鑫鹏嘉祥科工贸有限公司", XX, C5, note="现场签约"),
  comp("中电信量子信息科技集团有限公司", XX, C5, note="现场签约"),
  comp("陕西氢科未来能源科技有限公司", XX, C6, note="竣工项目代表（氢科未来氢能压缩机）"),
 ],
 institutions=[],
 projects=[
  proj("万利航空", XX, C1, status="签约", status_text=SG, note="以企业名作项目名；44个签约项目之一"),
  proj("华电新能源", XX, C1, status="签约", status_text=SG, note="以企业名作项目名；44个签约项目之一"),
  proj("日立能源", XX, C2, status="开工", status_text=KG, note="以企业名作项目名"),
  proj("中昊电气研发生产基地", XX, C2, status="开工", status_text=KG),
  proj("长江协同空天科技港", XX, C2, status="开工", status_text=KG),
  proj("氢科未来氢能压缩机", XX, C3, companies=["陕西氢科未来能源科技有限公司"], status="竣工", status_text=JG),
  proj("汇川储能", XX, C3, status="竣工", status_text=JG),
  proj("豪迈数控机床", XX, C3, status="竣工", status_text=JG),
 ],
 funds=[],
 aggregate_facts=[
  fact(XX, "park", "key_projects", 98, "count", C0, AS3, note="签约、开工、竣工合计"),
  fact(XX, "park", "key_projects_total_investment_cny", 85634000000.0, "cny", C0, AS3, chk=True),
  fact(XX, "park", "projects_signed", 44, "count", C1, AS3),
  fact(XX, "park", "signed_investment_cny", 41174000000.0, "cny", C1, AS3, chk=True),
  fact(XX, "park", "projects_started_investment_cny", 26100000000.0, "cny", C2, AS3, chk=True),
  fact(XX, "park", "projects_completed_investment_cny", 18360000000.0, "cny", C3, AS3, chk=True, note="完成投资"),
  fact(XX, "park", "expected_annual_output_cny", 8300000000.0, "cny", C4, "竣工项目全面投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(XX, "park", "expected_jobs", 40000, "count", C4, "竣工项目全面投产后（预计）", kind="target"),
 ])

# ---------------------------------------------------------------- yo04 兰州新区 兰洽会签约 2016 (baogaosu)
LZ = "兰州新区"
D0 = "7月7日,第二十二届兰洽会兰州新区专场推介会暨重点项目签约仪式在兰州举行,共签约项目32项,总投资241.65亿元"
D1 = "先后引进产业项目281个,总投资3883亿元,入驻“三个500强”企业38家"
D2 = "除此次签约外,兰州新区将另有4个项目在省市签约活动中签约,本届兰洽会的总引资额将达317.15亿元"
AS4 = "2016年7月7日（第二十二届兰洽会兰州新区专场）"
G["yo04"] = dict(
 article=art("兰州新区举行兰洽会重点项目签约仪式 虞海燕出席", "lanzhou.baogaosu.com（报告速 兰州；署名“记者刘健”，原刊媒体未示）", "2016-07-10", "day",
  "Local news aggregator relaying a signing-ceremony report, Gansu: a national new area's trade-fair signing (32 projects, total investment), its cumulative projects and investment since founding, Fortune-500-type firms, expected fair total",
  "http://lanzhou.baogaosu.com/xinwen/%E5%85%B0%E5%B7%9E%E6%96%B0%E5%8C%BA%E4%B8%BE%E8%A1%8C%E5%85%B0%E6%B4%BD%E4%BC%9A%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E7%AD%BE%E7%BA%A6/48489747/",
  "日期取页面“10.07.2016 19:46”（日.月.年；签约仪式7月7日）。标题照录；日期行已删。正文五段，完整，末署“(记者刘健)”。园区：兰州新区（国家级新区，兰州，甘肃；文中又作“新区”）。签约项目未点名，无公司、项目。事实：本次签约32项、241.65亿元；开发建设以来累计引进产业项目281个、总投资3883亿元、入驻“三个500强”企业38家（cumulative）；另有4个项目将在省市活动中签约（可选）；本届兰洽会总引资额“将达”317.15亿元（target）。",
  "yo04"),
 parks=[park(LZ, "兰州", "甘肃", "国家级新区", D0, note="文中又作“新区”")],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(LZ, "park", "projects_signed", 32, "count", D0, AS4),
  fact(LZ, "park", "signed_investment_cny", 24165000000.0, "cny", D0, AS4, chk=True),
  fact(LZ, "park", "projects_introduced", 281, "count", D1, "开发建设以来（截至2016年7月）", kind="cumulative"),
  fact(LZ, "park", "projects_introduced_investment_cny", 388300000000.0, "cny", "总投资3883亿元,入驻“三个500强”企业38家", "开发建设以来（截至2016年7月）", kind="cumulative", chk=True),
  fact(LZ, "park", "top500_firms", 38, "count", D1, "开发建设以来（截至2016年7月）", kind="cumulative", note="“三个500强”企业"),
  fact(LZ, "park", "projects_to_be_signed", 4, "count", D2, "第二十二届兰洽会（预计）", kind="target", opt=True, note="将在省市签约活动中签约"),
  fact(LZ, "park", "signed_investment_cny", 31715000000.0, "cny", "本届兰洽会的总引资额将达317.15亿元", "第二十二届兰洽会（预计）", kind="target", chk=True, note="总引资额将达"),
 ])

# ---------------------------------------------------------------- yo05 兰州新区 2018 (甘肃台 via baogaosu, 2019)
E0 = "2018年,兰州新区迈入高质量发展快车道,实现地区生产总值205亿元,增长16%,增速在国家级新区中位居前列"
E1 = "累计引进产业项目618个、总投资超过3000亿元"
E2 = "实现货物吞吐量24.35万吨,同比增长219%"
E3 = "推动综保区—航空口岸—铁路口岸“区港联动”一体化融合发展"
G["yo05"] = dict(
 article=art("兰州新区2018年实现地区生产总值205亿元", "甘肃台（“甘肃台报道”；记者贾明华、刘凯），载于 lanzhou.baogaosu.com", "2019-03-30", "day",
  "Provincial TV station's report on a press conference, relayed by a local aggregator, Gansu: a national new area's 2018 GDP and growth, cumulative industrial projects and investment, opening-up measures and cargo throughput",
  "http://lanzhou.baogaosu.com/xinwen/%E5%85%B0%E5%B7%9E%E6%96%B0%E5%8C%BA/73866130",
  "日期取页面“30.03.2019 14:11”（发布会3月27日）。标题照录；日期行、“更多新闻资讯请点击…”及编辑、责编、主编行已删；“甘肃台报道。”与“记者:贾明华 刘凯”保留在文末。正文五段，完整。园区：兰州新区（国家级新区，兰州，甘肃）；“综保区”（兰州新区综合保税区，文中只作“综保区”）列为可选子园区。中川国际航空港为口岸，不列园区。无点名公司、项目。事实：2018年地区生产总值205亿元、增长16%；累计引进产业项目618个、总投资超过3000亿元（cumulative，超）；货物吞吐量24.35万吨、增长219%（可选）。",
  "yo05"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", E0),
  park("综保区", "兰州", "甘肃", "综合保税区", E3, parent=LZ, opt=True, note="兰州新区综合保税区（文中简称）"),
 ],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(LZ, "park", "gdp_cny", 20500000000.0, "cny", E0, "2018年", chk=True),
  fact(LZ, "park", "gdp_yoy_growth", 0.16, "ratio", E0, "2018年", kind="ratio"),
  fact(LZ, "park", "projects_introduced", 618, "count", E1, "截至2018年末（累计）", kind="cumulative"),
  fact(LZ, "park", "projects_introduced_investment_cny", 300000000000.0, "cny", "总投资超过3000亿元", "截至2018年末（累计）", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(LZ, "park", "cargo_throughput_t", 243500, "t", E2, "2018年", opt=True, note="依托中亚货运班列和铁路口岸的大宗贸易"),
  fact(LZ, "park", "cargo_throughput_yoy_growth", 2.19, "ratio", E2, "2018年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yo06 兰州新区 2021 (甘肃日报, 2022-01-13)
F0 = "2021年兰州新区预计地区生产总值迈过300亿元大关、同比增长超20%"
F1 = "重离子应用技术及装备制造产业基地等80个项目建成投运"
F2 = "宝武、海亮等世界500强企业入驻园区,长飞光纤等3家企业入围“国家级绿色工厂”"
F3 = "国网云数据中心等14个项目上网运行,腾讯等100多家国内知名互联网企业入驻托管"
F4 = "高标准规划建设20平方公里城市矿产与表面处理产业园区,引进项目23个"
F5 = "成立甘肃新港航空产业公司"
CK = "城市矿产与表面处理产业园区"
AS6 = "2021年"
G["yo06"] = dict(
 article=art("兰州新区去年地区生产总值超300亿元 增速连续5年领跑国家级新区", "甘肃日报（记者薛砚），载于每日甘肃网 gansu.gansudaily.com.cn", "2022-01-13", "day",
  "Provincial daily on its portal, Gansu: a national new area's 2021 year review from its work conference — estimated GDP and growth, projects put into operation by industry, firms entering, a sub-park planned with projects introduced",
  "http://gansu.gansudaily.com.cn/system/2022/01/13/030481768.shtml",
  "日期取页面“2022/01/13/ 03:25 来源:每日甘肃网-甘肃日报 记者 薛砚”。标题：页面标题行作“【稳中求进开新局】兰州新区去年地区生产总值超300亿元 增速连续5年领跑国家级新区”，正文前又分两行重复主副题；此处取两行主副题以空格相连，栏目标记“【稳中求进开新局】”不计。导航、日期来源行已删。存段末句“现代农业成为全省标杆,现代农业示”中断，删去（make_txt.py LINE_SUFFIX），正文止于“…大力发展航空产业和临空经济。”，共三段。园区：兰州新区（国家级新区，兰州，甘肃）；城市矿产与表面处理产业园区（20平方公里，规划建设，母园区兰州新区）。项目：重离子应用技术及装备制造产业基地（建成投运→投产）、国网云数据中心（上网运行→投产）；无金额。公司：宝武、海亮（入驻园区）、长飞光纤（入围国家级绿色工厂）——园区兰州新区；腾讯（入驻托管，可选）；甘肃新港航空产业公司（成立，可选）。事实：GDP“预计…迈过300亿元”（target，超）、增长“超20%”（target）；80个项目建成投运；14个数据项目上网运行、100多家互联网企业入驻托管（可选）；城市矿产园规划面积20平方公里、引进项目23个。",
  "yo06"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", F0),
  park(CK, "兰州", "甘肃", "产业园区", F4, parent=LZ, note="高标准规划建设，20平方公里"),
 ],
 companies=[
  comp("宝武", LZ, F2, note="世界500强企业入驻园区"),
  comp("海亮", LZ, F2, note="世界500强企业入驻园区"),
  comp("长飞光纤", LZ, F2, note="入围国家级绿色工厂"),
  comp("腾讯", LZ, F3, opt=True, note="入驻托管（数据中心托管）"),
  comp("甘肃新港航空产业公司", LZ, F5, opt=True, note="依托中川国际机场三期扩建成立"),
 ],
 institutions=[],
 projects=[
  proj("重离子应用技术及装备制造产业基地", LZ, F1, status="投产", status_text="建成投运", note="80个建成投运项目之一"),
  proj("国网云数据中心", LZ, F3, status="投产", status_text="上网运行", note="14个上网运行项目之一"),
 ],
 funds=[],
 aggregate_facts=[
  fact(LZ, "park", "gdp_cny", 30000000000.0, "cny", F0, "2021年（预计）", kind="target", qual="超", qtext="迈过", chk=True),
  fact(LZ, "park", "gdp_yoy_growth", 0.20, "ratio", F0, "2021年（预计）", kind="target", qual="超", qtext="超"),
  fact(LZ, "park", "projects_in_production", 80, "count", F1, AS6, note="先进装备制造产业，建成投运"),
  fact(LZ, "park", "data_projects_in_operation", 14, "count", F3, AS6, opt=True, note="上网运行"),
  fact(LZ, "park", "internet_firms_hosted", 100, "count", F3, AS6, qual="余", qtext="多", opt=True),
  fact(LZ, "park", "green_factory_firms", 3, "count", F2, AS6, opt=True, note="入围国家级绿色工厂"),
  fact(CK, "park", "planned_area_km2", 20, "km2", F4, AS6),
  fact(CK, "park", "projects_introduced", 23, "count", F4, AS6),
 ])

# ---------------------------------------------------------------- yo07 银川经开区 2019 重大项目集中开工现场推进会 (宁夏新闻网 via shzx)
YC = "银川经济技术开发区"
H0 = "3月18日,2019年银川市在银川经济技术开发区召开重大项目集中开工现场推进会"
H1 = "2019年银川经开区已储备第一批项目31个,总投资220.2亿元,年度计划投资95.3亿元"
H2 = "其中:续建项目15个,总投资108.7亿元,年度计划投资41.8亿元"
H3 = "新建项目16个,总投资111.5亿元,年度计划投资53.4亿元"
H4 = "2019年一季度预计开工项目24个,总投资211.9亿元,年度计划投资86.4亿元"
H5 = "据银川经济技术开发区管委会副主任唐翱介绍"
AS7 = "2019年（第一批储备项目）"
AS7Q = "2019年一季度（预计）"
G["yo07"] = dict(
 article=art("银川经开区举办全市重大项目集中开工现场推进会", "宁夏新闻网（记者石卿），载于 shzx.org", "2019-03-20", "day",
  "Regional news site relayed by an aggregator, Ningxia: a city's groundbreaking rally held in a national economic development zone, the zone's 2019 first batch of reserved projects (counts, total and annual planned investment, split continuing / new), first-quarter starts expected, the zone's target",
  "https://www.shzx.org/a/34-4380-0.html",
  "日期取页面“时间:2019-03-20 15:33:43 来源:宁夏新闻网”（推进会3月18日）。标题照录（标题行前的列表符“• ”不计，make_txt.py HEAD_PREFIX）；面包屑、时间来源行、图片文件名行已删。存段末句“此次重大项目的集中开工建设,将为全市项目的加速推”中断，删去（LINE_SUFFIX），正文止于“2019年,是银川市的“项目提质增效年”。”，共四段。园区：银川经济技术开发区（文中又作“银川经开区”；银川，宁夏）。机构：银川经济技术开发区管委会（可选）。未点名项目与公司。事实：储备第一批项目31个、总投资220.2亿元、年度计划投资95.3亿元（计划数 → 年度计划投资 target）；续建15个 / 新建16个及其金额（可选）；一季度预计开工24个、总投资211.9亿元、年度计划投资86.4亿元（target）。“到2021年打造千亿级升级版经开区”为目标表述，无数值事实。",
  "yo07"),
 parks=[park(YC, "银川", "宁夏", "经济技术开发区", H0, aliases=["银川经开区"], note="文中又作“银川经开区”")],
 companies=[],
 institutions=[inst("银川经济技术开发区管委会", H5)],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(YC, "park", "projects_planned", 31, "count", H1, AS7, note="储备第一批项目"),
  fact(YC, "park", "projects_total_investment_cny", 22020000000.0, "cny", "总投资220.2亿元,年度计划投资95.3亿元", AS7, chk=True, note="储备第一批项目总投资"),
  fact(YC, "park", "planned_annual_investment_cny", 9530000000.0, "cny", "年度计划投资95.3亿元", AS7, kind="target", chk=True),
  fact(YC, "park", "continuing_projects", 15, "count", H2, AS7, opt=True),
  fact(YC, "park", "new_projects", 16, "count", H3, AS7, opt=True),
  fact(YC, "park", "projects_planned_to_start", 24, "count", H4, AS7Q, kind="target"),
  fact(YC, "park", "projects_started_investment_cny", 21190000000.0, "cny", "总投资211.9亿元,年度计划投资86.4亿元", AS7Q, kind="target", chk=True, note="一季度预计开工项目总投资"),
  fact(YC, "park", "planned_annual_investment_cny", 8640000000.0, "cny", "年度计划投资86.4亿元", AS7Q, kind="target", chk=True, opt=True, note="一季度预计开工项目的年度计划投资"),
 ])

# ---------------------------------------------------------------- yo08 银川丝路经济园 2019 (银川新闻网 photo caption via baogaosu)
SL = "银川丝路经济园"
K0 = "今年,银川丝路经济园深入实施创新驱动战略,抓进度、抓转型、抓服务,全力推动重点项目建设"
K1 = "银川丝路经济园对接企业、商协会160家,签约25家,入园注册104家(累计131家)"
K2 = "实现产值9.8亿元(累计20.07亿元)"
K3 = "完成税收138万元(累计1688万元)"
K4 = "实现就业600余人"
K5 = "园区市政道路、园林景观、领航大厦等基础设施工程全面推进,完成固定资产投资4.06亿元(累计9.33亿元)"
AS8 = "2019年（截至8月）"
AS8C = "截至2019年8月（累计）"
G["yo08"] = dict(
 article=art("银川丝路经济园全力推动项目建设", "银川新闻网（图文，记者苏勇 摄），载于 yinchuan.baogaosu.com", "2019-08-26", "day",
  "Photo caption with a news paragraph, city news site relayed by an aggregator, Ningxia: a new economic park's infrastructure progress and year-to-date and cumulative figures — firms signed and registered, output, tax, jobs, fixed-asset investment",
  "http://yinchuan.baogaosu.com/xinwen/%E9%93%B6%E5%B7%9D%E4%B8%9D%E8%B7%AF%E7%BB%8F%E6%B5%8E%E5%9B%AD%E5%85%A8%E5%8A%9B%E6%8E%A8%E5%8A%A8%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE/77186128/",
  "日期取页面“26.08.2019 01:40”（航拍8月22日）。标题照录；日期行、空行及页尾两条相关新闻链接（“对外开放发展银川风头正劲…”“上半年宁夏完成公路水路…”）已删；“记者 苏勇 摄”保留在文末。正文三段，完整。园区：银川丝路经济园（银川，宁夏）。项目：领航大厦（基础设施工程“全面推进”→在建，可选）；市政道路、园林景观工程无专名，不列。事实（今年截至目前 vs 累计）：签约25家、入园注册104家（累计131家）、产值9.8亿元（累计20.07亿元）、税收138万元（累计1688万元）、就业600余人、固定资产投资4.06亿元（累计9.33亿元）；对接企业商协会160家（可选）；道路园林部分“已完成固定资产投资2.51亿元”（可选）。“今年”的数归 as_of 2019年（截至8月），kind reported（年内数），累计数 kind cumulative。",
  "yo08"),
 parks=[park(SL, "银川", "宁夏", "经济园", K0)],
 companies=[], institutions=[],
 projects=[
  proj("领航大厦", SL, K5, status="在建", status_text="基础设施工程全面推进", opt=True, note="园区基础设施工程"),
 ],
 funds=[],
 aggregate_facts=[
  fact(SL, "park", "firms_contacted", 160, "count", K1, AS8, opt=True, note="对接企业、商协会"),
  fact(SL, "park", "firms_signed", 25, "count", K1, AS8),
  fact(SL, "park", "new_firms", 104, "count", K1, AS8, note="入园注册"),
  fact(SL, "park", "firms", 131, "count", K1, AS8C, kind="cumulative", note="入园注册累计"),
  fact(SL, "park", "output_cny", 980000000.0, "cny", K2, AS8, chk=True),
  fact(SL, "park", "output_cny", 2007000000.0, "cny", "累计20.07亿元", AS8C, kind="cumulative", chk=True),
  fact(SL, "park", "tax_revenue_cny", 1380000.0, "cny", K3, AS8, chk=True),
  fact(SL, "park", "tax_revenue_cny", 16880000.0, "cny", "累计1688万元", AS8C, kind="cumulative", chk=True),
  fact(SL, "park", "employees", 600, "count", K4, AS8, qual="余", qtext="余", note="实现就业"),
  fact(SL, "park", "fixed_asset_investment_cny", 406000000.0, "cny", "完成固定资产投资4.06亿元(累计9.33亿元)", AS8, chk=True),
  fact(SL, "park", "fixed_asset_investment_cny", 933000000.0, "cny", "累计9.33亿元", AS8C, kind="cumulative", chk=True),
  fact(SL, "park", "fixed_asset_investment_cny", 251000000.0, "cny", "目前已完成固定资产投资2.51亿元", AS8, opt=True, chk=True, note="市政道路与园林景观工程部分"),
 ])
