# real47 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real45)
# Conventions as real28–real45: evidence verbatim; names as written in the text; 逾/超过/超/以上/突破/破 → 超, 余/多 → 余,
# 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none. Status from the text's words
# (开工 / 动工 → 开工; 投产 → 投产; 在建 / 加快建设 → 在建; 签约 → 签约; 落户 alone → no status). Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/zqNN.raw as returned.

# ---------------------------------------------------------------- zq01 云南自贸试验区昆明片区 27个项目集中开工 (yn.cnipai 2021)
KMP = "中国(云南)自由贸易试验区昆明片区"
KMJ = "昆明经开区"
A0 = "本报讯 记者从中国(云南)自由贸易试验区昆明片区(昆明经开区)(以下简称“云南自贸试验区昆明片区”)获悉,在继3月上旬集中签约一批重大项目后,云南自贸试验区昆明片区又于3月15日组织了今年第一批27个建设项目集中开工"
A1 = "此次集中开工的27个建设项目涉及重点产业发展、基础设施建设及民生保障等多个领域,项目总投资近127亿元"
A2 = "其中,有产业发展类项目13个、基础设施类项目4个、城市功能完善类项目6个、民生保障类项目4个"
A3 = "在产业发展类项目中,云内动力D25/D30国六柴油机缸体缸盖年产10万件智能化生产线产能扩建项目格外引人注目"
A4 = "此次新开工的国六柴油机缸体缸盖产能扩建项目,总投资2.52亿元"
A5 = "2020年,云内动力成为全省首家工业总产值和营业收入双破100亿元的装备制造企业"
A6 = "4个基础设施类项目分别是王家营立交改扩建、出口加工区北向交通改造、茶高山连接绕城高速段道路工程、云南省新能源车桩大数据技术平台改造升级及应用创新"
A7 = "6个城市功能完善类项目分别是云望广场、云台广场、陆和利商业中心、美辰花园、富康城紫阑苑、清水社区美丽乡村建设项目"
A8 = "其中,清水社区美丽乡村建设项目总投资28亿元,建设周期3年,预计4月进入土地一级开发"
PY = "云内动力D25/D30国六柴油机缸体缸盖年产10万件智能化生产线产能扩建项目"
G["zq01"] = dict(
 article=art("云南自贸试验区昆明片区建设发展提速 今年首批27个建设项目集中开工 总投资近127亿元", "yn.cnipai.com（“本报讯”，报名未注明；无署名）", "2021-03-18", "day",
  "Regional news site, Yunnan: a free-trade-zone area / national economic-technological zone starts its first 27 projects of the year — total, breakdown by type, one industrial project of a listed engine maker with its amount, named infrastructure and urban projects, one with its amount",
  "https://yn.cnipai.com/news/detail/43219.html",
  "日期取页面“2021 03/18 13:12”（已删，连同“云南切换”“新闻”）；开工为“3月15日”。标题照录。存段在末段“…在有效解决清水片区历史遗留拆迁安置问”处中断，该断句删去（make_txt.py LINE_SUFFIX），截至“…预计4月进入土地一级开发。”（cut）。real21/real25/real43 的笔记记为“cut”而未用；此处截至上一句。正文六段。园区：中国(云南)自由贸易试验区昆明片区（简称“云南自贸试验区昆明片区”，文中又作“片区”；city 昆明，province 云南）与昆明经开区（文中括注为同一区域，国家级经开区）各列一条；两者为同一管理区域的两块牌子，parent 不填。“出口加工区”只在项目名“出口加工区北向交通改造”中，不列园区。项目：云内动力产能扩建项目“新开工”“总投资2.52亿元”（文中又作“国六柴油机缸体缸盖产能扩建项目”），清水社区美丽乡村建设项目“总投资28亿元”，二者皆为本批集中开工项目→开工；其余八个基础设施/城市功能项目只列名称，无金额，列可选（开工）。公司：云内动力（园区记片区；其产能扩建在“现有厂房内”）。2020年“工业总产值和营业收入双破100亿元”→超，企业事实。",
  "zq01"),
 parks=[
  park(KMP, "昆明", "云南", "自由贸易试验区片区", A0, aliases=["云南自贸试验区昆明片区"], note="文中又作“片区”；与昆明经开区为同一区域（括注）"),
  park(KMJ, "昆明", "云南", "经济技术开发区（国家级）", A0, note="括注于自贸片区名称之后"),
 ],
 companies=[
  comp("云内动力", KMP, A3, note="产能扩建在现有厂房内；园区按文意记片区"),
 ],
 projects=[
  proj(PY, KMP, A4, companies=["云内动力"], inv="总投资2.52亿元", status="开工", status_text="此次新开工的国六柴油机缸体缸盖产能扩建项目",
       aliases=["国六柴油机缸体缸盖产能扩建项目"], note="全名见“在产业发展类项目中,云内动力D25/D30…产能扩建项目格外引人注目”"),
  proj("清水社区美丽乡村建设项目", KMP, A8, inv="总投资28亿元", status="开工", status_text="集中开工的27个建设项目…城市功能完善类项目"),
 ] + [proj(n, KMP, ev, status="开工", status_text="集中开工的27个建设项目", opt=True, note="只列名称")
      for n, ev in [("王家营立交改扩建", A6), ("出口加工区北向交通改造", A6), ("茶高山连接绕城高速段道路工程", A6),
                    ("云南省新能源车桩大数据技术平台改造升级及应用创新", A6), ("云望广场", A7), ("云台广场", A7),
                    ("陆和利商业中心", A7), ("美辰花园", A7), ("富康城紫阑苑", A7)]],
 aggregate_facts=[
  fact(KMP, "park", "projects_started", 27, "count", A0, "2021年3月15日（今年第一批）"),
  fact(KMP, "park", "projects_started_investment_cny", 1.27e10, "cny", A1, "2021年3月15日（今年第一批）", qual="约", qtext="近", chk=True),
  fact(KMP, "park", "industrial_projects_started", 13, "count", A2, "2021年3月15日", opt=True),
  fact(KMP, "park", "infrastructure_projects_started", 4, "count", A2, "2021年3月15日", opt=True),
  fact(KMP, "park", "urban_function_projects_started", 6, "count", A2, "2021年3月15日", opt=True),
  fact(KMP, "park", "livelihood_projects_started", 4, "count", A2, "2021年3月15日", opt=True),
  fact("云内动力", "company", "industrial_output_cny", 1e10, "cny", A5, "2020年", qual="超", qtext="破", opt=True, chk=True),
  fact("云内动力", "company", "operating_revenue_cny", 1e10, "cny", A5, "2020年", qual="超", qtext="破", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zq02 库尔勒经开区中小企业创业园 8项目开工 (baogaosu 2015)
KE = "库尔勒经济技术开发区"
KEC = "库尔勒经济技术开发区中小企业创业园"
B0 = "8月7日,库尔勒经济技术开发区中小企业创业园8个项目集中开工仪式举行"
B1 = "今天10点30分,库尔勒开发区中小企业创业园内,8个项目集体开工"
B9 = "8个项目总投资7.3亿元"
ZQ02P = [
 ("库尔勒龙之源药业有限责任公司药厂改扩建项目", "库尔勒龙之源药业有限责任公司", "总投资3亿元", ["药厂改扩建项目"], None),
 ("新疆泽源新材料工程有限公司年产2万吨无纺土工布、聚酯纺粘土土工新材料建设项目", "新疆泽源新材料工程有限公司", "总投资1.26亿元", [], None),
 ("新疆弘瑞达纤维有限公10万吨棉花秸秆、3万吨精制棉综合加工示范项目", "新疆弘瑞达纤维有限公", "总投资1.23亿元", ["10万吨棉花秸秆、3万吨精制棉综合加工示范项目"], "公司名文中作“新疆弘瑞达纤维有限公”（漏“司”），照录"),
 ("新疆新生代石油技术有限公司天然气回收设备及节能发电机生产线项目", "新疆新生代石油技术有限公司", "总投资6500万元", [], None),
 ("库尔勒长旺塑料制品有限责任公司年产7200万米无纺布环保包装袋项目", "库尔勒长旺塑料制品有限责任公司", "总投资4310万元", [], None),
 ("新疆百和投资有限公司百合商务酒店项目", "新疆百和投资有限公司", "总投资3000万元", ["百合商务酒店项目"], "酒店（现代服务业）项目"),
 ("库尔勒金晟纺织器材有限公司年产10000万只筒纱管项目", "库尔勒金晟纺织器材有限公司", "总投资2500万元", [], None),
 ("巴州阳海环保科技有限公司年产6万吨环保型氨水项目", "巴州阳海环保科技有限公司", "总投资1250万元", [], None),
]
G["zq02"] = dict(
 article=art("库尔勒经济技术开发区中小企业创业园8项目同时开工", "wulumuqi.baogaosu.com（转载；原刊未注明，无署名）", "2015-08-19", "day",
  "Regional repost site, Xinjiang: eight projects start in a national economic-technological zone's SME park — each with its investor firm, product and investment, and the total",
  "https://wulumuqi.baogaosu.com/xinwen/%E9%A1%B9%E7%9B%AE/36725335",
  "日期取页面“19.08.2015 11:33”（转载时间，已删）；开工仪式为“8月7日”（正文“今天10点30分”，原稿应写于当天）。标题照录。存段在末段“…又一次集中展示,对促进开发区产业结构调整”处中断，删去断句“本次集中开工的8个项目,总投资额7.3亿元,…对促进开发区产业结构调整”（make_txt.py LINE_SUFFIX），末段只剩引语首句（引号未闭合，照录）。正文三段。园区：库尔勒经济技术开发区（国家级；文中又作“库尔勒开发区”“开发区”；city 库尔勒，province 新疆）与其中的“中小企业创业园”（名称按首句记作“库尔勒经济技术开发区中小企业创业园”，parent 库尔勒经开区）。项目八个，名称为文中“总投资…的”之后的全串（公司名+项目），皆开工，金额照录。公司八家为各项目投资方（园区记创业园）；“新疆弘瑞达纤维有限公”文中漏“司”，名称照录、别名补全。",
  "zq02"),
 parks=[
  park(KE, "库尔勒", "新疆", "经济技术开发区（国家级）", B0, aliases=["库尔勒开发区"], note="文中又作“库尔勒开发区”“开发区”；属巴音郭楞蒙古自治州"),
  park(KEC, "库尔勒", "新疆", "中小企业创业园", B0, parent=KE, aliases=["库尔勒开发区中小企业创业园"], note="文中又作“库尔勒开发区中小企业创业园”"),
 ],
 companies=[comp(c, KEC, inv + "的" + n, aliases=(["新疆弘瑞达纤维有限公司"] if c.endswith("有限公") else [])) for n, c, inv, al, nt in ZQ02P],
 projects=[proj(n, KEC, inv + "的" + n, companies=[c], inv=inv, status="开工", status_text="8个项目集体开工", aliases=al, note=nt)
           for n, c, inv, al, nt in ZQ02P],
 aggregate_facts=[
  fact(KEC, "park", "projects_started", 8, "count", B0, "2015年8月7日"),
  fact(KEC, "park", "projects_started_investment_cny", 7.3e8, "cny", B9, "2015年8月7日", chk=True),
 ])

# ---------------------------------------------------------------- zq03 14亿元签约项目落户库尔勒经开区 (巴音郭楞日报 via 中国经济网 2019)
C0 = "巴音郭楞蒙古自治州库尔勒经济技术开发区(以下简称开发区)招商引资项目座谈会举行,总投资14亿元的新疆天大澳华农业科技有限公司甜高粱农业综合循环利用项目落户开发区"
C1 = "开发区管委会副主任刘成军与新疆天大澳华农业科技有限公司总经理赵杰签署了项目投资协议"
C2 = "项目计划分三期实施,全部建成后将形成年产20万吨乙醇、10万吨蔗糖、10万吨纸浆、10万吨瓦楞纸、30万吨土壤改良剂、5万吨酒糟饲料生产规模"
C3 = "可实现年产值18亿元,实现利润约7亿元,上缴税收约2亿元"
PJ3 = "新疆天大澳华农业科技有限公司甜高粱农业综合循环利用项目"
G["zq03"] = dict(
 article=art("14亿元签约项目落户库尔勒经济技术开发区", "巴音郭楞日报（来源行），载于中国经济网 yun.ce.cn", "2019-03-05", "day",
  "Prefecture daily relayed by a national economic news site, Xinjiang: one signed project lands in a national economic-technological zone — investor, total investment, product slate in three phases, expected output, profit and tax",
  "http://yun.ce.cn/tj/201903/05/t20190305_31618013.shtml",
  "日期取页面“2019-03-05 16:16 来源:巴音郭楞日报”（已删，连同图片文件名“360截图…jpg”）；座谈会为“3月1日下午”。标题照录。存段末句“开发区全体干部职工要…为新项目落地保驾护航”无句号，按断句处理删去（make_txt.py LINE_SUFFIX），截至“…一项重要工作认真对待。”。正文四段。园区库尔勒经济技术开发区（文中又作“开发区”；city 库尔勒，province 新疆）。项目：新疆天大澳华农业科技有限公司甜高粱农业综合循环利用项目（文中又作“甜高粱农业综合循环利用项目”），“落户开发区”并“签署了项目投资协议”→签约；“总投资14亿元”。年产值、利润、税收为建成后预期（target）。天津大学淄博研究院只作介绍项目者，列可选机构；开发区管委会列可选机构。",
  "zq03"),
 parks=[
  park(KE, "库尔勒", "新疆", "经济技术开发区（国家级）", C0, note="文中又作“开发区”；属巴音郭楞蒙古自治州"),
 ],
 companies=[
  comp("新疆天大澳华农业科技有限公司", KE, C0, note="投资方"),
 ],
 institutions=[
  inst("天津大学淄博研究院", "天津大学淄博研究院副院长杜英领介绍了甜高粱农业综合循环利用项目的情况", kind="research"),
  inst("开发区管委会", C1, park=KE),
 ],
 projects=[
  proj(PJ3, KE, C0, companies=["新疆天大澳华农业科技有限公司"], inv="总投资14亿元", status="签约", status_text="签署了项目投资协议",
       aliases=["甜高粱农业综合循环利用项目"], note="“落户开发区”；第三段再写“总投资14亿元”"),
 ],
 aggregate_facts=[
  fact(PJ3, "project", "expected_annual_output_cny", 1.8e9, "cny", C3, "全部建成后（预期）", kind="target", chk=True),
  fact(PJ3, "project", "expected_profit_cny", 7e8, "cny", "实现利润约7亿元", "全部建成后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(PJ3, "project", "expected_tax_cny", 2e8, "cny", "上缴税收约2亿元", "全部建成后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(PJ3, "project", "planned_capacity_ethanol_t", 2e5, "t", C2, "全部建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zq04 贵港高新区粤桂循环产业园 (paper.com.cn 2024)
GG = "贵港高新技术产业开发区"
YG = "粤桂循环产业园"
D0 = "今年前三季度,贵港市签约招商引资项目272个,总投资额780亿元,其中10亿元以上项目12个"
D1 = "该项目落户贵港高新区粤桂循环产业园,总投资15亿元"
D2 = "项目从签约到投产历时1年8个月,于今年7月30日投入试生产"
D3 = "预计今年产量1.5万吨,产值达1.2亿元"
D4 = "广西中晟纸业有限公司项目建设如火如荼。该项目总投资2.5亿元,年产5万吨生活用纸,今年3月开工建设,预计今年底投产"
D5 = "粤桂循环产业园是贵港市致力打造的中国—东盟生活用纸产业园"
PQ = "广西齐峰新材料有限公司年产20万吨特种纸一期项目"
G["zq04"] = dict(
 article=art("（无标题）贵港高新区粤桂循环产业园项目建设", "paper.com.cn（中华纸业网；存段无标题、无来源行、无署名）", "2024-12-04", "day",
  "Industry portal, Guangxi: a national high-tech zone's recycling industrial park — a special-paper project in trial production with its investment and the year's expected output, a tissue-paper project under construction with its investment, the zone's service approach; the city's signed-project tally",
  "http://paper.com.cn/news/daynews/2024/241204095407562576.htm",
  "日期取网址 2024/241204（2024-12-04）。存段无标题（title 为编者概括）、无来源行，首句为贵港市前三季度招商数字（存段可能不是全文开头）。存段在末段“…高新区通过优化场景招商,积”处中断，删去该断句（make_txt.py LINE_SUFFIX），截至“…助力项目建设跑出“加速度”。”（cut）。正文四段。园区：贵港高新技术产业开发区（文中又作“贵港高新区”“高新区”；city 贵港，province 广西；级别文中未写）；粤桂循环产业园（文中“贵港高新区粤桂循环产业园”，parent 贵港高新区；又称“中国—东盟生活用纸产业园”，列为别名）。项目：齐峰一期项目“落户贵港高新区粤桂循环产业园,总投资15亿元”，“于今年7月30日投入试生产”→投产（status_alt 在建），phase 一期；中晟纸业项目“总投资2.5亿元”“今年3月开工建设,预计今年底投产”、“建设如火如荼”→在建（status_alt 开工），位于齐峰项目“不远处”，园区按文意记粤桂循环产业园。公司：广西齐峰新材料有限公司、广西中晟纸业有限公司（园区皆记粤桂循环产业园；中晟为推断，见上）。贵港市前三季度签约数为 region 事实。预计今年产量、产值为 target。",
  "zq04", title_note="no headline stored; title made by the annotator"),
 parks=[
  park(GG, "贵港", "广西", "高新技术产业开发区", "近年来,贵港高新技术产业开发区不断优化营商环境", aliases=["贵港高新区"], note="文中又作“贵港高新区”“高新区”"),
  park(YG, "贵港", "广西", "产业园（循环经济/生活用纸）", D1, parent=GG, aliases=["中国—东盟生活用纸产业园"], note="“粤桂循环产业园是贵港市致力打造的中国—东盟生活用纸产业园”"),
 ],
 companies=[
  comp("广西齐峰新材料有限公司", YG, "在广西齐峰新材料有限公司年产20万吨特种纸一期项目生产车间", note="项目落户粤桂循环产业园"),
  comp("广西中晟纸业有限公司", YG, D4, note="位于齐峰项目“不远处”，园区为推断"),
 ],
 projects=[
  proj(PQ, YG, D1, companies=["广西齐峰新材料有限公司"], inv="总投资15亿元", phase="一期", status="投产", status_text="于今年7月30日投入试生产",
       status_alt="在建", note="名称见“在广西齐峰新材料有限公司年产20万吨特种纸一期项目生产车间”；“从签约到投产历时1年8个月”"),
  proj("广西中晟纸业有限公司项目", YG, D4, companies=["广西中晟纸业有限公司"], inv="该项目总投资2.5亿元", status="在建", status_text="项目建设如火如荼…今年3月开工建设",
       status_alt="开工"),
 ],
 aggregate_facts=[
  fact("贵港市", "region", "projects_signed", 272, "count", D0, "2024年前三季度", kind="cumulative", opt=True),
  fact("贵港市", "region", "projects_signed_investment_cny", 7.8e10, "cny", D0, "2024年前三季度", kind="cumulative", opt=True, chk=True),
  fact("贵港市", "region", "projects_signed_over_1bn", 12, "count", D0, "2024年前三季度", kind="cumulative", opt=True),
  fact(PQ, "project", "expected_output_2024_t", 15000, "t", D3, "2024年（预计）", kind="target", opt=True),
  fact(PQ, "project", "expected_output_value_2024_cny", 1.2e8, "cny", D3, "2024年（预计）", kind="target", opt=True, chk=True),
  fact("广西中晟纸业有限公司项目", "project", "planned_capacity_t", 50000, "t", D4, "建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zq05 漳州开发区项目建设热潮涌动 (闽南日报 2007, via 平和网)
ZZ = "招商局漳州开发区"
E0 = "今年以来,招商局漳州开发区再掀招商引资热潮,今年共引进项目69个,合同金额40828.05万美元,实际到资额15520.17万美元,分别增长了75.64%%和40.90%%"
E1 = "投资4800万美元的五星级产权式酒店公寓项目,投资4800万美元的活化离子钙项目,投资3990万美元建造3万-5万吨级船舶的福建新港湾造船有限公司、“友联特种船”项目等都纷纷签约进驻漳州开发区"
E2 = "永大集团拟新增300万吨热轧项目,泰华公司拟增加二期项目,嘉年钢铁申报二期项目,友联船厂二期扩建,中集公司拟进一步扩大规模等"
E3 = "日前,年产10000辆半挂车的福建泰华交通设备有限公司已经进入投产阶段"
E4 = "投资总额3000万美元的福建豪氏威马钢铁制品有限公司将于本月投产,年产值可达10亿元人民币"
G["zq05"] = dict(
 article=art("漳州开发区项目建设热潮涌动 今年引进项目69个,实际到资15520万美元", "闽南日报（本报讯，卢燕），经平和网 www.fjph.com.cn 转载", "2007-04-23", "day",
  "City daily (older item), Fujian: a development zone's investment-promotion results — projects introduced, contracted and paid-in foreign capital with growth, signed projects with US-dollar amounts, expansions by resident firms, plants going into production",
  "https://www.fjph.com.cn/ShowInfo.aspx?id=16652",
  "日期取页面“作者:佚名 来源:闽南日报 时间:2007-04-23”（已删，连同“您好!欢迎来到我们的网站!”、栏目路径、“编辑:李润南”行）；正文称“今年”并列出全年各招商会（至“11·18”），原稿年份可能早于转载时间，published 照页面记。标题取正文前两行（主题+副题，以空格相连）。“75.64%%”“40.90%%”照录（原页如此）。存段在末句“开发区目前最大的食品加工项目———总投资1.5亿美元的福建爱迪斯食品有限公司的果汁豆奶项目,…对拉动开发”处中断，删去整句（make_txt.py LINE_SUFFIX），故该项目不在文本与真值中；截至“…年产值可达10亿元人民币。”。正文三段。园区：招商局漳州开发区（文中又作“漳州开发区”“开发区”；city 漳州，province 福建）。签约项目：五星级产权式酒店公寓项目、活化离子钙项目（各“投资4800万美元”，非人民币：investment_cny 空，investment_value 4.8e7、currency usd），“友联特种船”项目（无金额），皆“签约进驻漳州开发区”→签约；福建新港湾造船有限公司“投资3990万美元建造3万-5万吨级船舶”作公司列出（文中无项目名），其金额列为可选公司事实。区内企业增资扩产：永大集团300万吨热轧项目（拟新增→planned）、泰华公司二期项目、嘉年钢铁二期项目、友联船厂二期扩建（皆列可选，planned）。福建泰华交通设备有限公司“已经进入投产阶段”、福建豪氏威马钢铁制品有限公司“将于本月投产”（投资总额3000万美元）作公司列出，园区皆记漳州开发区。招商局集团为开发区开发方，列可选公司（park null）。合同金额、实际到资为 *_usd（cumulative，“今年以来”）；增速为 ratio。",
  "zq05"),
 parks=[
  park(ZZ, "漳州", "福建", "开发区", E0, aliases=["漳州开发区"], note="文中又作“漳州开发区”“开发区”"),
 ],
 companies=[
  comp("福建新港湾造船有限公司", ZZ, E1, note="投资3990万美元建造3万-5万吨级船舶；签约进驻"),
  comp("永大集团", ZZ, E2, note="区内原有企业"),
  comp("泰华公司", ZZ, E2, opt=True, note="区内原有企业；可能即福建泰华交通设备有限公司（文中未明说）"),
  comp("嘉年钢铁", ZZ, E2),
  comp("友联船厂", ZZ, E2),
  comp("中集公司", ZZ, E2),
  comp("福建泰华交通设备有限公司", ZZ, E3),
  comp("福建豪氏威马钢铁制品有限公司", ZZ, E4),
  comp("招商局集团", None, "招商局集团、漳州开发区领导高度重视招商引资工作", opt=True, note="开发区的开发方"),
 ],
 projects=[
  proj("五星级产权式酒店公寓项目", ZZ, E1, inv="投资4800万美元", currency="usd", value=4.8e7, status="签约", status_text="纷纷签约进驻漳州开发区"),
  proj("活化离子钙项目", ZZ, E1, inv="投资4800万美元", currency="usd", value=4.8e7, status="签约", status_text="纷纷签约进驻漳州开发区",
       note="文中第二个“投资4800万美元”"),
  proj("友联特种船项目", ZZ, E1, status="签约", status_text="纷纷签约进驻漳州开发区", aliases=["友联特种船"], note="文中作“友联特种船”项目"),
  proj("300万吨热轧项目", ZZ, E2, companies=["永大集团"], status="planned", status_text="拟新增", opt=True),
  proj("泰华公司二期项目", ZZ, E2, companies=["泰华公司"], status="planned", status_text="拟增加二期项目", opt=True, aliases=["二期项目"]),
  proj("嘉年钢铁二期项目", ZZ, E2, companies=["嘉年钢铁"], status="planned", status_text="申报二期项目", opt=True, aliases=["二期项目"]),
  proj("友联船厂二期扩建", ZZ, E2, companies=["友联船厂"], status="planned", status_text="友联船厂二期扩建", opt=True),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "projects_introduced", 69, "count", E0, "“今年以来”（年份见 note）", kind="cumulative"),
  fact(ZZ, "park", "contracted_investment_usd", 4.082805e8, "usd", E0, "“今年以来”", kind="cumulative"),
  fact(ZZ, "park", "actually_paid_in_usd", 1.552017e8, "usd", E0, "“今年以来”", kind="cumulative"),
  fact(ZZ, "park", "contracted_investment_growth", 0.7564, "ratio", E0, "“今年以来”，同比", kind="ratio", opt=True),
  fact(ZZ, "park", "actually_paid_in_growth", 0.409, "ratio", E0, "“今年以来”，同比", kind="ratio", opt=True),
  fact("福建新港湾造船有限公司", "company", "investment_usd", 3.99e7, "usd", E1, "签约时", opt=True),
  fact("福建豪氏威马钢铁制品有限公司", "company", "total_investment_usd", 3e7, "usd", E4, "2007年", opt=True),
  fact("福建豪氏威马钢铁制品有限公司", "company", "expected_annual_output_cny", 1e9, "cny", E4, "投产后（预期）", kind="target", chk=True),
  fact("福建泰华交通设备有限公司", "company", "annual_capacity_semitrailers", 10000, "count", E3, "投产后", opt=True),
 ])

# ---------------------------------------------------------------- zq06 沪电股份 黄石经开区 PCB项目 (中国网 via 新浪 MSN 2011)
HS = "黄石经济技术开发区"
HJ = "黄金山工业新区"
F0 = "就公司在黄石经济技术开发区黄金山工业新区内投资建设印制电路板(PCB)项目签订了书面协议,该项目总投资33亿元"
F1 = "沪电股份 (002463)11月8日晚间公告,11月8日,公司与黄石经济技术开发区管理委员会在黄石市人民政府鉴证下"
F2 = "拟设立的子公司注册资本不低于3亿元"
F3 = "全部建成达产后,年可实现销售收入约30亿元"
F4 = "达产规模总层面积约300万平方米/年"
PH = "印制电路板(PCB)项目"
G["zq06"] = dict(
 article=art("沪电股份拟投33亿黄山建PCB项目 明复牌", "中国网（中国网11月8日讯），载于新浪 MSN 财经 msn.finance.sina.com.cn", "2011-11-08", "day",
  "National news site relayed by a finance portal: a listed PCB maker's announcement — agreement with a national economic-technological zone's committee to build a PCB project in a named industrial new area, amount, subsidiary capital, phases, capacity and expected sales",
  "http://msn.finance.sina.com.cn/gdxw/20111108/1827412184.html",
  "日期取页面“2011-11-08 18:27 来源: 中国网”（已删，连同“分享更多”“字体:”与页尾评论区）。标题照录——标题作“黄山”，正文皆作“黄石”（标题之误，照录不改）。正文三段，完整。园区：黄石经济技术开发区（文中又作“开发区”；city 黄石，province 湖北）；黄金山工业新区（“黄石经济技术开发区黄金山工业新区内”，parent 黄石经开区）。项目“印制电路板(PCB)项目”（标题作“PCB项目”）：签订书面协议→签约，“该项目总投资33亿元”（第三段再写一次），园区黄金山工业新区。公司沪电股份（002463）：项目投资方，园区按项目记黄金山工业新区（公司本部不在此，文中未写；拟在开发区设立的全资子公司未命名）。黄石经济技术开发区管理委员会（又作“黄石经济技术开发区管委会”）、黄石市人民政府列可选机构。子公司注册资本“不低于3亿元”→超；达产后年销售收入“约30亿元”→约（target）。",
  "zq06"),
 parks=[
  park(HS, "黄石", "湖北", "经济技术开发区", F0, note="文中又作“开发区”"),
  park(HJ, "黄石", "湖北", "工业新区", F0, parent=HS),
 ],
 companies=[
  comp("沪电股份", HJ, F1, note="上市公司（002463）；项目投资方，园区按项目记；拟在开发区设立全资子公司"),
 ],
 institutions=[
  inst("黄石经济技术开发区管理委员会", F1, park=HS),
  inst("黄石市人民政府", F1),
 ],
 projects=[
  proj(PH, HJ, F0, companies=["沪电股份"], inv="该项目总投资33亿元", status="签约", status_text="签订了书面协议", aliases=["PCB项目"],
       note="标题作“拟投33亿…建PCB项目”；分二期，建设期6年"),
 ],
 aggregate_facts=[
  fact(PH, "project", "subsidiary_registered_capital_cny", 3e8, "cny", F2, "2011年11月（协议约定）", qual="超", qtext="不低于", opt=True, chk=True),
  fact(PH, "project", "expected_annual_sales_cny", 3e9, "cny", F3, "全部建成达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(PH, "project", "planned_capacity_m2_per_year", 3e6, "m2", F4, "达产后（预期）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- zq07 成都高新区 集成电路 (digitaltimes.com.cn 2019)
CD = "成都高新区"
H0 = "日前,成都高新区在上海举行集成电路产业招商推介会,向长三角地区的70多家集成电路领军企业宣传成都高新区营商环境、推介成都电子信息产业功能区,并成功签约4个集成电路项目"
H1 = "成都高新区已聚集集成电路企业100余家,包括英特尔、德州仪器、紫光展锐、新华三等知名企业"
H2 = "2018年集成电路产业实现产值890.4亿元,年均增加20.6%"
H3 = "成都集成电路产业规模排名全国第5,拥有亿元以上集成电路设计企业15家,排名全国第4"
H4 = "成都高新区在推介会上与苏州华兴源创科技股份有限公司、华大半导体有限公司、上海登临科技有限公司等4家企业进行了现场签约,宣布4个项目正式落户成都高新区"
H5 = "将投资5亿左右,在成都高新区建设西部总部项目"
PHX = "华兴源创西部地区总部项目"
G["zq07"] = dict(
 article=art("（无标题）成都高新区在上海举行集成电路产业招商推介会 签约4个集成电路项目", "digitaltimes.com.cn（数字时代网；存段无标题、无日期、无来源行）", "2019-09", "month",
  "Tech news site, Sichuan: a national high-tech zone's integrated-circuit cluster — enterprise count with named leaders, 2018 output and growth, chain coverage, the city's rank; four IC projects signed at a promotion event, one with its investment",
  "http://digitaltimes.com.cn/semi-chips/0925642020.html",
  "存段无标题、无日期（title 为编者概括）。日期：同一内容见于 aimsen.cn 汇编页“发布时间:2019-09-24”（“成都塑造新形态 添加新动力”，来源:聘聘；未用作文本），文中称“日前”举行推介会，且给出2018年产值，故记 2019-09（month）。存段在第二个项目段“…涵盖RFID标”处中断：该段及其小标题“● 华大恒芯研发生产基地及运营中心项目”删去（make_txt.py 以“将投资5亿左右”段为末段），故只剩一个项目段。小标题与“●”条目照录为段。园区：成都高新区（city 成都，province 四川；国家级高新区，文中未写级别）；“成都电子信息产业功能区”为成都的产业功能区，列可选园区（parent 不填）。项目：华兴源创西部地区总部项目“将投资5亿左右”——无“元”字，investment_cny 空（unparsed；as real25 q04），qualifier 约（“左右”），另记可选事实 planned_investment 5e8；“现场签约…宣布4个项目正式落户”→签约。公司：英特尔、德州仪器、紫光展锐、新华三（“成都高新区已聚集…包括”，园区成都高新区）；签约企业苏州华兴源创科技股份有限公司（别名华兴源创）、华大半导体有限公司、上海登临科技有限公司（项目落户成都高新区，园区记成都高新区）。事实：集成电路企业“100余家”→余；2018年产值890.4亿元；“年均增加20.6%”（ratio）；亿元以上设计企业15家为成都（region）事实（可选）。",
  "zq07", title_note="no headline stored; title made by the annotator"),
 parks=[
  park(CD, "成都", "四川", "高新技术产业开发区", H0),
  park("成都电子信息产业功能区", "成都", "四川", "产业功能区", H0, opt=True, note="推介对象；与成都高新区的关系文中未写"),
 ],
 companies=[
  comp("英特尔", CD, H1), comp("德州仪器", CD, H1), comp("紫光展锐", CD, H1), comp("新华三", CD, H1),
  comp("苏州华兴源创科技股份有限公司", CD, H4, aliases=["华兴源创"], note="签约企业；西部总部项目落户成都高新区"),
  comp("华大半导体有限公司", CD, H4, note="签约企业；项目落户成都高新区"),
  comp("上海登临科技有限公司", CD, H4, note="签约企业；项目落户成都高新区"),
 ],
 projects=[
  proj(PHX, CD, H5, companies=["苏州华兴源创科技股份有限公司"], inv="将投资5亿左右", unparsed=True, qual="约", qual_text="左右",
       status="签约", status_text="现场签约,宣布4个项目正式落户成都高新区", note="名称见小标题“● 华兴源创西部地区总部项目”；金额无“元”字，investment_cny 空"),
 ],
 aggregate_facts=[
  fact(CD, "park", "ic_enterprises", 100, "count", H1, "2019年9月", qual="余", qtext="余"),
  fact(CD, "park", "ic_output_cny", 8.904e10, "cny", H2, "2018年", chk=True),
  fact(CD, "park", "ic_output_avg_annual_growth", 0.206, "ratio", H2, "2018年（年均）", kind="ratio", opt=True),
  fact(CD, "park", "ic_projects_signed", 4, "count", H0, "2019年9月（推介会）"),
  fact(PHX, "project", "planned_investment", 5e8, "cny", H5, "2019年9月", qual="约", qtext="左右", opt=True, note="“5亿左右”无“元”字"),
  fact("成都", "region", "ic_design_firms_over_100m", 15, "count", H3, "2019年", opt=True),
 ])

# ---------------------------------------------------------------- zq08 袁州医药工业园 (中国虎网 2012)
YZ = "袁州医药工业园"
I0 = "一季度,园区企业上交税收2.48亿元,同比增长134.4%,占全区财政收入“半壁江山”"
I1 = "目前已累计投入资金近10亿元用于园区的道网、供水、供电、通信及绿化、亮化、排污等配套基础设施建设"
G["zq08"] = dict(
 article=art("袁州医药工业园形成特色产业集群效应", "中国虎网（虎网医药网；来源: 未知，无署名）", "2012-04-25", "day",
  "Pharma-industry portal (older item), Jiangxi: a district's biomedical industrial park profile — quarterly tax paid by park firms with growth and share of district revenue, cumulative infrastructure investment, support measures",
  "http://tignet.cn/info/41927.html",
  "日期取页面“中国虎网 2012/4/25 0:00:00 来源: 未知”（已删，连同栏目路径行）。标题照录。存段在末段“目前,袁州医药工业园已建设成为我省省级医药工业园、省级医药产业”处中断，该段删去（make_txt.py 以“为切实抓好”段为末段），截至“…裂变发展步伐。”（cut）。正文三段。园区：袁州医药工业园（city 宜春，district 袁州区，province 江西；文中又作“工业园”“园区”）。文中无企业名、无项目名。事实：一季度园区企业上交税收2.48亿元、同比增长134.4%（2012年一季度）；基础设施累计投入“近10亿元”→约。“占全区财政收入‘半壁江山’”不记数值。",
  "zq08"),
 parks=[
  park(YZ, "宜春", "江西", "医药工业园", "芳菲四月,宜春市袁州医药工业园", district="袁州区", note="文中又作“工业园”“园区”；以生物医药为特色产业"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "tax_paid_by_park_firms_cny", 2.48e8, "cny", I0, "2012年一季度", chk=True),
  fact(YZ, "park", "tax_paid_growth", 1.344, "ratio", I0, "2012年一季度，同比", kind="ratio"),
  fact(YZ, "park", "infrastructure_investment_cumulative_cny", 1e9, "cny", I1, "截至2012年4月", kind="cumulative", qual="约", qtext="近", chk=True),
 ])
