# real142 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates, shares and rates as ratios. Projects: the park
# is the one the text places the project in, null if none. Status from the text's words (开工 / 开工建设 → 开工; 正在建设 /
# 稳步推进 / 冬季施工 / 有序推进 → 在建; 建成投产 / 投产达效 → 投产; 签订…合作协议 → 签约; 已落地 + 立项备案 / 前期手续 /
# 规划方案 → planned; 落地 alone → no status). “计划 / 预计” figures are kind target; year-to-date figures (“截至目前”,
# “今年以来”, “全年累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/wiNN.raw as returned.

# ---------------------------------------------------------------- wi01 苏银产业园今年13个项目建成投产 (人民网宁夏 2024)
SY = "苏银产业园"
A0 = "12月25日,苏银产业园莱卡氨纶纤维项目车间一条工艺生产线及附属设施建设正如火如荼地进行,该项目总投资8.1亿元,目前已完成投资1.62亿元"
A1 = "其中,宏基新材料、银栖数字化集聚区、电信大数据中心等13个项目已建成投产"
A2 = "宝丰储能电池、宏基特种石墨、莱卡氨纶纤维、华晟单晶硅材料、志福光伏组件5个自治区级重点项目稳步推进,完成年度计划投资的62%"
A3 = "莱卡氨纶纤维、华晟单晶硅材料、创投算力产业园、蒸汽余热利用4个项目正在开展冬季施工"
A4 = "全力推进宝丰100吉瓦时电池及储能集装系统示范项目、银川盛融年产3万吨氨纶续建项目、江苏宏基特种石墨新材料等一批重点项目建设"
A5 = "今年以来,推动电信智算中心、银栖数科等13个项目投产达效"
A6 = "2024年列入银川市两批次基本建设项目共36个,年度计划投资51.7亿元"
A7 = "截至目前,开工项目34个,年度开工率达94%,全年累计完成投资27.5亿元"
AS1 = "2024年（截至12月25日）"
G["wi01"] = dict(
 article=art("苏银产业园今年13个项目建成投产", "人民网宁夏频道（nx.people.com.cn；存段无署名、无来源行）", "2024-12-26", "day",
  "Provincial channel of a national news portal, Ningxia: a park's year-end project review — one named project under construction with investment and progress, the park's listed projects, start rate and investment completed, named projects in production, under way and in winter construction",
  "http://nx.people.com.cn/n2/2024/1226/c192482-41088182.html",
  "日期取网址 2024/1226；文中“12月25日”为采访日。标题照录。存段末段“苏银产业园还通过“走出去、请进来”,围绕新能源、装备制造、医疗健康、算力等主导产业,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…等项目顺利开工建设。”，共三段。园区：苏银产业园（银川市，宁夏；江苏—银川合作园区；文中未写区县与级别，district 留空）。项目：莱卡氨纶纤维项目（总投资8.1亿元，设备安装工程7月开工，正在建设、冬季施工 → 在建；已完成投资1.62亿元为事实）；宏基新材料、银栖数字化集聚区、电信大数据中心（“等13个项目已建成投产”→投产）；宝丰储能电池、宏基特种石墨、华晟单晶硅材料、志福光伏组件（自治区级重点项目“稳步推进”→在建）；创投算力产业园、蒸汽余热利用（“正在开展冬季施工”→在建；后者名称泛，可选）；银川盛融年产3万吨氨纶续建项目（“全力推进…续建”→在建）。第三段“宝丰100吉瓦时电池及储能集装系统示范项目”“江苏宏基特种石墨新材料”按语境视为第二段宝丰储能电池、宏基特种石墨的全称（aliases）；“电信智算中心”“银栖数科”同为“13个项目投产达效”之列，视为电信大数据中心、银栖数字化集聚区的别称（aliases，推定）。企业名只以简称出现在项目名中（宏基、宝丰、华晟、志福、莱卡、盛融），不另列公司。事实：列入银川市两批次基本建设项目36个、年度计划投资51.7亿元（target）；截至目前开工34个、开工率94%、全年累计完成投资27.5亿元、13个项目建成投产（cumulative）。",
  "wi01"),
 parks=[
  park(SY, "银川", "宁夏", "产业园", A0, note="文中又作“园区”；江苏—银川合作共建园区（文中未说）"),
 ],
 companies=[],
 projects=[
  proj("莱卡氨纶纤维项目", SY, A0, inv="总投资8.1亿元", status="在建", status_text="建设正如火如荼地进行", aliases=["莱卡氨纶纤维"],
       note="设备安装工程2024年7月25日开工；整体设备计划2025年6月中旬调试完毕、投料试车；自治区级重点项目；正在冬季施工"),
  proj("宏基新材料", SY, A1, status="投产", status_text="已建成投产"),
  proj("银栖数字化集聚区", SY, A1, status="投产", status_text="已建成投产", aliases=["银栖数科"], note="第三段“银栖数科…投产达效”推定为同一项目"),
  proj("电信大数据中心", SY, A1, status="投产", status_text="已建成投产", aliases=["电信智算中心"], note="第三段“电信智算中心…投产达效”推定为同一项目"),
  proj("宝丰储能电池", SY, A2, status="在建", status_text="稳步推进", aliases=["宝丰100吉瓦时电池及储能集装系统示范项目"],
       note="自治区级重点项目；第三段全称推定"),
  proj("宏基特种石墨", SY, A2, status="在建", status_text="稳步推进", aliases=["江苏宏基特种石墨新材料"], note="自治区级重点项目；第三段全称推定"),
  proj("华晟单晶硅材料", SY, A2, status="在建", status_text="稳步推进", note="自治区级重点项目；正在冬季施工"),
  proj("志福光伏组件", SY, A2, status="在建", status_text="稳步推进", note="自治区级重点项目"),
  proj("创投算力产业园", SY, A3, status="在建", status_text="正在开展冬季施工", note="第三段又说“顺利开工建设”"),
  proj("蒸汽余热利用", SY, A3, status="在建", status_text="正在开展冬季施工", opt=True, note="名称泛"),
  proj("银川盛融年产3万吨氨纶续建项目", SY, A4, status="在建", status_text="全力推进…续建"),
 ],
 aggregate_facts=[
  fact(SY, "park", "key_projects", 36, "count", A6, "2024年", note="列入银川市两批次基本建设项目"),
  fact(SY, "park", "planned_annual_investment_cny", 5.17e9, "cny", "年度计划投资51.7亿元", "2024年（计划）", kind="target", chk=True),
  fact(SY, "park", "projects_started", 34, "count", A7, AS1, kind="cumulative"),
  fact(SY, "park", "projects_start_rate", 0.94, "ratio", A7, AS1, kind="ratio", opt=True),
  fact(SY, "park", "investment_completed_cny", 2.75e9, "cny", "全年累计完成投资27.5亿元", AS1, kind="cumulative", chk=True),
  fact(SY, "park", "projects_in_production", 13, "count", A1, AS1, kind="cumulative", note="已建成投产"),
  fact(SY, "park", "regional_key_projects", 5, "count", A2, "2024年", opt=True, note="自治区级重点项目"),
  fact(SY, "park", "regional_key_projects_investment_completion_rate", 0.62, "ratio", A2, AS1, kind="ratio", opt=True),
  fact("莱卡氨纶纤维项目", "project", "investment_completed_cny", 1.62e8, "cny", "目前已完成投资1.62亿元", "2024年12月25日", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- wi02 崛起的绿色“云谷” (内蒙古日报 via 国际在线 2022)
HL = "和林格尔新区"
B0 = "2016年,自治区党委、政府决定建设内蒙古和林格尔新区;2017年2月,内蒙古和林格尔新区正式挂牌成立"
B1 = "和林格尔新区位于呼包银榆经济带、呼包鄂榆城市群的核心区,地处内蒙古最具活力的城市经济圈,规划控制面积496平方公里"
B2 = "其中核心区341平方公里,云谷片区和空港片区为直管区,是新区优先建设发展的重点区域"
B3 = "“中国银行总行金融科技中心项目分三期建设,其中一期总投资18.8亿元,总建筑面积约13.33万平方米。项目一期于2021年9月正式开工,2022年7月底全部封顶"
B4 = "除中国银行总行金融科技中心、中国农业银行总行数据中心、中国建设银行和林格尔新区数据中心及内蒙古农信社信息科技中心落地新区"
B5 = "中数兴盛北方数据湖、国家气象局西部算力中心、并行科技内蒙古新型算力基地、中石化人工智能基础设施等同类项目也在有序推进"
G["wi02"] = dict(
 article=art("崛起的绿色“云谷”", "内蒙古日报，载于国际在线 news.cri.cn（内蒙古频道；编辑 杨亚东，责编 胡晓萌）", "2022-08-10", "day",
  "Provincial party daily relayed by a national broadcaster's regional channel, Inner Mongolia: feature on a provincial-level new area built around data centres — founding, planned area and zones, one bank's data-centre project with phase-1 investment and progress, other data-centre projects landed or under way",
  "https://news.cri.cn/n/20220810/e908ad95-1570-32da-253c-2a1ae6f1b602.html",
  "日期取页面“2022-08-10 11:32:22来源:内蒙古日报”。标题照录；频道菜单与日期来源行已删。存段末段“和林格尔新区被称为“中国云谷”,这里建成运营、正在建设和洽谈推进的数据中心项目有16个,已建成全国最”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…等同类项目也在有序推进。”，共五段。园区：和林格尔新区（文中又作“内蒙古和林格尔新区”；呼和浩特，内蒙古；自治区级新区，文中未说级别，kind 记“新区”）；云谷片区、空港片区为新区直管区（可选园区，母园区和林格尔新区）。项目：中国银行总行金融科技中心项目（分三期；一期总投资18.8亿元，2021年9月开工、2022年7月底封顶 → 在建；investment 记一期金额，phase 一期）；中国农业银行总行数据中心、中国建设银行和林格尔新区数据中心、内蒙古农信社信息科技中心（“落地新区”→ 无 status）；中数兴盛北方数据湖、国家气象局西部算力中心、并行科技内蒙古新型算力基地、中石化人工智能基础设施（“有序推进”→ 在建）。公司：中国银行股份有限公司内蒙古分行（项目业主方分行，可选）；其余银行、企业只在项目名中。事实：规划控制面积496平方公里、核心区341平方公里；一期建筑面积（可选）。",
  "wi02"),
 parks=[
  park(HL, "呼和浩特", "内蒙古", "新区", B1, aliases=["内蒙古和林格尔新区"], note="文中又作“新区”；2017年2月挂牌；自治区级新区（文中未说级别）"),
  park("云谷片区", "呼和浩特", "内蒙古", "片区", B2, parent=HL, opt=True, note="新区直管区"),
  park("空港片区", "呼和浩特", "内蒙古", "片区", B2, parent=HL, opt=True, note="新区直管区"),
 ],
 companies=[
  comp("中国银行股份有限公司内蒙古分行", HL, "中国银行股份有限公司内蒙古分行园区建设办公室主任杨楠在一期施工现场介绍道", opt=True,
       note="中国银行总行金融科技中心项目的建设方分行"),
 ],
 projects=[
  proj("中国银行总行金融科技中心项目", HL, B3, inv="一期总投资18.8亿元", phase="一期", status="在建", status_text="项目一期于2021年9月正式开工,2022年7月底全部封顶",
       aliases=["中国银行总行金融科技中心"], note="分三期建设；金额为一期总投资；后续推进二次结构、机电安装等施工"),
  proj("中国农业银行总行数据中心", HL, B4, status=None, status_text="落地新区"),
  proj("中国建设银行和林格尔新区数据中心", HL, B4, status=None, status_text="落地新区"),
  proj("内蒙古农信社信息科技中心", HL, B4, status=None, status_text="落地新区"),
  proj("中数兴盛北方数据湖", HL, B5, status="在建", status_text="有序推进"),
  proj("国家气象局西部算力中心", HL, B5, status="在建", status_text="有序推进"),
  proj("并行科技内蒙古新型算力基地", HL, B5, status="在建", status_text="有序推进"),
  proj("中石化人工智能基础设施", HL, B5, status="在建", status_text="有序推进", opt=True, note="名称泛"),
 ],
 aggregate_facts=[
  fact(HL, "park", "planned_area_km2", 496, "km2", B1, "2022年"),
  fact(HL, "park", "core_area_km2", 341, "km2", "其中核心区341平方公里", "2022年", opt=True),
  fact("中国银行总行金融科技中心项目", "project", "phase1_investment_cny", 1.88e9, "cny", "其中一期总投资18.8亿元", "2022年", chk=True, opt=True,
       note="同项目 investment"),
  fact("中国银行总行金融科技中心项目", "project", "floor_area_m2", 1.333e5, "m2", "总建筑面积约13.33万平方米", "一期", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- wi03 中卫工业园区管委会 答复 (nxzw.gov.cn 2022)
ZW = "宁夏中卫工业园区"
YJ = "西部云基地"
C0 = "2022年6月,市人民政府与宁夏西部云基地发展有限公司签订联合开发“西部云基地数字生态示范园”合作协议,计划建设西部云基地数字生态示范区项目,规划占地面积1500亩"
C1 = "目前,该项目空间规划方案已编制完成,正在征求大数据局等部门意见建议,待最终的空间规划方案形成后,园区管委会督促建设单位办理前期手续后开工建设"
C2 = "为推动该项目建设,园区管委会为该项目配套的三条道路已建成投用"
G["wi03"] = dict(
 article=art("对市政协五届一次会议第57号建议的答复", "宁夏中卫工业园区管委会（卫工管发〔2022〕96号），载于中卫市人民政府网站 nxzw.gov.cn 政府信息公开栏", "2023-01-16", "day",
  "Government reply letter from an industrial-park management committee, Ningxia: answer to a CPPCC member's proposal — a digital-ecology demonstration zone in the park's cloud-computing base, signed with the base's development company, planned area and location, planning status, supporting roads built",
  "https://www.nxzw.gov.cn/zwgk/bmxxgkml/nxzwgyyqgwh/fdzdgknr_50415/jyta_50431/202301/t20230116_3918254.html",
  "发布日期取网址 202301/t20230116；文件落款日期2022年9月15日（as_of 用落款日）。标题照录；文号与称谓在页面同一行（“卫工管发〔2022〕96号赵磊代表:”），照录为一段。“(此件公开发布)”“附件下载:”“扫一扫…”已删；落款两行保留。完整。园区：宁夏中卫工业园区（落款单位名中；中卫市，宁夏；文中作“园区管委会”）；西部云基地（中卫工业园区的园中园，文中未明说隶属，母园区由发文单位推定）。项目：西部云基地数字生态示范区项目（合作协议中称“西部云基地数字生态示范园”，作 alias；2022年6月市政府与宁夏西部云基地发展有限公司签订合作协议；空间规划方案已编制、待办前期手续后开工 → planned，status_alt 签约；无金额）。公司：宁夏西部云基地发展有限公司（合作开发方，园区记西部云基地）。机构：市人民政府（中卫市人民政府）、大数据局、宁夏中卫工业园区管委会（均可选）。事实：项目规划占地1500亩；配套道路三条已建成投用（可选）。",
  "wi03", title_note="页面标题即文件标题；文号 卫工管发〔2022〕96号"),
 parks=[
  park(ZW, "中卫", "宁夏", "工业园区", "宁夏中卫工业园区管委会", note="只在落款“宁夏中卫工业园区管委会”中；文中作“园区管委会”"),
  park(YJ, "中卫", "宁夏", "园中园", "位于西部云基地凤云路以南、经三路以东、经十五路以西、中云路以北", parent=ZW,
       note="数据中心集聚区；母园区由发文单位推定"),
 ],
 companies=[
  comp("宁夏西部云基地发展有限公司", YJ, C0, note="与市人民政府签订联合开发合作协议"),
 ],
 institutions=[
  inst("市人民政府", C0, note="中卫市人民政府（文中简称）"),
  inst("大数据局", C1, note="中卫市大数据局（文中简称）"),
  inst("宁夏中卫工业园区管委会", "宁夏中卫工业园区管委会", park=ZW, note="发文单位；文中又作“园区管委会”"),
 ],
 projects=[
  proj("西部云基地数字生态示范区项目", YJ, C0, companies=["宁夏西部云基地发展有限公司"], status="planned", status_alt="签约",
       status_text="空间规划方案已编制完成…办理前期手续后开工建设", aliases=["西部云基地数字生态示范园"],
       note="2022年6月签订联合开发合作协议；建设住宅公寓、餐饮娱乐、智慧示范、商务办公、停车场等；无金额"),
 ],
 aggregate_facts=[
  fact("西部云基地数字生态示范区项目", "project", "site_area_mu", 1500, "mu", C0, "2022年9月15日（规划）", kind="target"),
  fact(ZW, "park", "supporting_roads_completed", 3, "count", C2, "2022年9月15日", opt=True, note="为该项目配套的道路"),
 ])

# ---------------------------------------------------------------- wi04 鄂尔多斯零碳产业园进入2.0时代 (鄂尔多斯日报 2024)
LT = "鄂尔多斯零碳产业园"
MS = "蒙苏经济开发区"
D0 = "在2024鄂尔多斯零碳产业大会上,鄂尔多斯零碳产业园升级版(2.0)正式发布,旨在实现从零碳制造到零碳创造的全面升级"
D1 = "记者来到园区现场看到,工业污水处理厂及水资源再生利用项目正在火热建设中"
D2 = "中铁上海局蒙苏经济开发区水资源再生厂项目技术负责人胡志磊说"
D3 = "2022年,鄂尔多斯市人民政府携手远景科技集团打造的鄂尔多斯零碳产业园一期项目建成投产,成为全球首个真正落地的“零碳”产业园"
D4 = "“项目全部建成后可收集入园企业排放的工业废水,收集量每日达10万吨,污水回收处理率达95%,实现水资源循环利用。”"
G["wi04"] = dict(
 article=art("鄂尔多斯零碳产业园进入2.0时代 ——2024鄂尔多斯零碳产业大会侧记", "鄂尔多斯日报，载于鄂尔多斯市人民政府网站 ordos.gov.cn", "2024-07-29", "day",
  "City daily on the city government's site, Inner Mongolia: sidelights of an industry conference — a zero-carbon park's upgraded version announced, a water-recycling project under construction in the park with its capacity, the park's first phase built and in production",
  "https://ordos.gov.cn/zzms/slh_bmdt/202407/t20240729_3640274.html?slh=true",
  "日期取页面“2024-07-29 11:11:00”。标题照录（主副题同一行，照录）；日期行与“《鄂尔多斯日报》”已删。存段末句“如今,在“双碳”背景下,…该园区将围绕零碳智造、零碳物流”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…成为全球首个真正落地的“零碳”产业园。”，共六段。园区：鄂尔多斯零碳产业园（伊金霍洛旗，鄂尔多斯，内蒙古；蒙苏经济开发区内的零碳产业园，母园区由管委会副主任发言与“蒙苏经济开发区水资源再生厂项目”推定）；蒙苏经济开发区（伊金霍洛旗；文中未写旗名，district 按常识填）。项目：工业污水处理厂及水资源再生利用项目（正在建设，6万吨工艺线已试运营 → 在建，status_alt 投产；与“中铁上海局蒙苏经济开发区水资源再生厂项目”视为同一项目，后者作 alias）；鄂尔多斯零碳产业园一期项目（2022年建成投产 → 投产；鄂尔多斯市人民政府携手远景科技集团打造）。“鄂尔多斯零碳产业园升级版(2.0)”为发布的园区升级方案，列可选 planned 项目。公司：远景科技集团（园区一期共建方）；中铁上海局（水资源再生厂项目施工方，可选）。机构：蒙苏经济开发区管委会、鄂尔多斯市人民政府（可选）。事实：水资源再生项目日收集量10万吨、处理率95%（预期，可选）。无金额。",
  "wi04"),
 parks=[
  park(LT, "鄂尔多斯", "内蒙古", "产业园", D0, district="伊金霍洛旗", parent=MS, aliases=["零碳产业园"],
       note="文中又作“园区”；母园区蒙苏经济开发区由语境推定；旗名文中未写"),
  park(MS, "鄂尔多斯", "内蒙古", "经济开发区", "蒙苏经济开发区管委会副主任徐建刚说", district="伊金霍洛旗", note="旗名文中未写"),
 ],
 companies=[
  comp("远景科技集团", LT, D3, note="与鄂尔多斯市人民政府共同打造零碳产业园一期"),
  comp("中铁上海局", MS, D2, opt=True, note="水资源再生厂项目施工方"),
 ],
 institutions=[
  inst("蒙苏经济开发区管委会", "蒙苏经济开发区管委会副主任徐建刚说", park=MS),
  inst("鄂尔多斯市人民政府", D3),
 ],
 projects=[
  proj("工业污水处理厂及水资源再生利用项目", LT, D1, status="在建", status_alt="投产", status_text="正在火热建设中",
       aliases=["蒙苏经济开发区水资源再生厂项目"], companies=["中铁上海局"],
       note="6万吨工艺线已进入试运营，4万吨工艺线近期投用；约一个多月后验收交付运营"),
  proj("鄂尔多斯零碳产业园一期项目", LT, D3, companies=["远景科技集团"], phase="一期", status="投产", status_text="2022年…建成投产"),
  proj("鄂尔多斯零碳产业园升级版(2.0)", LT, D0, status="planned", status_text="正式发布", opt=True, aliases=["鄂尔多斯零碳产业园2.0"],
       note="园区升级方案，不是单一工程"),
 ],
 aggregate_facts=[
  fact("工业污水处理厂及水资源再生利用项目", "project", "daily_wastewater_capacity_t", 1e5, "t/day", D4, "全部建成后（预期）", kind="target", opt=True),
  fact("工业污水处理厂及水资源再生利用项目", "project", "wastewater_recovery_rate", 0.95, "ratio", D4, "全部建成后（预期）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wi05 兰州新区化工园区 一季度引进项目20个 (农药快讯 via agroinfo 2021)
HG = "兰州新区化工园区"
LZ = "兰州新区"
E0 = "一季度,化工园区引进项目20个,总投资达50亿元,产业项目完成投资2.64亿元,产值5.24亿元"
E1 = "截至目前,招商人员走访企业100家,已引进苏研集团、兰州合创等项目20个,总投资达50亿元"
E2 = "已落地包括甘肃禾安农盛30 000 t/a农药原药及中间体项目、甘肃纳泽40 000 t/a农药原药及中间体项目、甘肃鑫隆泰农药医药中间体生产项目、兰州合创高新材料有限公司光刻胶专用化学品环保光引发剂及医药中间体项目4个项目,总投资约32亿元,落地项目已完成立项备案,正在进行项目设计及前期手续办理"
E3 = "兰州何尉环保科技有限公司废盐资源综合利用16万t/a高品质氯生产项目是名副其实的绿色项目"
E4 = "该项目2020年10月底开工建设,目前投资达2亿元,预计项目一期将于2021年10月建成投产"
PL = "已完成立项备案,正在进行项目设计及前期手续办理"
AS5 = "2021年一季度"
G["wi05"] = dict(
 article=art("一季度引进项目20个,总投资达50亿元——兰州新区化工园区掀起项目建设新热潮", "农药快讯（2021年第9期），载于 agroinfo.com.cn（原始来源未注明）", "2021-07-05", "day",
  "Pesticide-trade newsletter relaying a local item, Gansu: a chemical park in a national new area — first-quarter projects introduced and their investment, investment completed and output, four named projects landed, one project under construction",
  "http://agroinfo.com.cn/news_detail_14431.html",
  "日期取页面“更新时间:2021-07-05”（文中说一季度、“截至目前”，原稿约写于2021年二季度）。标题照录；“农药快讯:2021年第9期”“文章:27篇”与更新时间行已删；段间空白行略去。存段末句““项目建成投产后,将达到先进绿色化工标准,可以为新区绿色”在引语中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…预计项目一期将于2021年10月建成投产。”，共五段。“30 000 t/a”“40 000 t/a”中的空格照录。园区：兰州新区化工园区（兰州新区内，兰州，甘肃；文中又作“化工园区”“园区”）；兰州新区（国家级新区，文中只作上级“新区”，可选）。项目：已落地4个——甘肃禾安农盛30 000 t/a农药原药及中间体项目、甘肃纳泽40 000 t/a农药原药及中间体项目、甘肃鑫隆泰农药医药中间体生产项目、兰州合创高新材料有限公司光刻胶专用化学品环保光引发剂及医药中间体项目（已完成立项备案、正在设计与办前期手续 → planned；合计“约32亿元”为事实，不分摊）；兰州何尉环保科技有限公司废盐资源综合利用16万t/a高品质氯生产项目（2020年10月底开工，“目前投资达2亿元”为已完成投资，不作总投资；一期预计2021年10月投产 → 在建）。公司：兰州合创高新材料有限公司、兰州何尉环保科技有限公司（园区内）；苏研集团（引进项目，可选）；禾安农盛、纳泽、鑫隆泰只在项目名中（可选）；新区石投集团（兰州新区石化产业投资集团，园区基础设施方，可选）。机构：新区化工办（可选）。事实：一季度引进项目20个、总投资50亿元、产业项目完成投资2.64亿元、产值5.24亿元；已落地4个项目约32亿元；目标企业40余家、走访企业100家（可选）。",
  "wi05"),
 parks=[
  park(HG, "兰州", "甘肃", "化工园区", "2021年以来,兰州新区化工园区保持“开年即冲刺、起步就快跑”的奋斗姿态", parent=LZ,
       note="文中又作“园区”"),
  park(LZ, "兰州", "甘肃", "新区", "积极邀请企业来新区考察、参观", opt=True, note="只在“兰州新区化工园区”中与简称“新区”；国家级新区（文中未说）"),
 ],
 companies=[
  comp("兰州合创高新材料有限公司", HG, E2, aliases=["兰州合创"]),
  comp("兰州何尉环保科技有限公司", HG, E3),
  comp("苏研集团", HG, E1, opt=True, note="引进项目的投资方"),
  comp("甘肃禾安农盛", HG, E2, opt=True, note="只在项目名中"),
  comp("甘肃纳泽", HG, E2, opt=True, note="只在项目名中"),
  comp("甘肃鑫隆泰", HG, E2, opt=True, note="只在项目名中"),
  comp("新区石投集团", HG, "为此,新区化工办联合新区石投集团积极推进化工园区基础设施项目和产业项目建设", opt=True,
       note="兰州新区石化产业投资集团（文中简称）；园区基础设施方"),
 ],
 institutions=[
  inst("新区化工办", "据新区化工办主任张亚飞介绍", park=HG, note="兰州新区化工园区管理办公室（文中简称）"),
 ],
 projects=[
  proj("甘肃禾安农盛30 000 t/a农药原药及中间体项目", HG, E2, companies=["甘肃禾安农盛"], status="planned", status_text=PL, note="已落地；4个项目合计约32亿元"),
  proj("甘肃纳泽40 000 t/a农药原药及中间体项目", HG, E2, companies=["甘肃纳泽"], status="planned", status_text=PL, note="同上"),
  proj("甘肃鑫隆泰农药医药中间体生产项目", HG, E2, companies=["甘肃鑫隆泰"], status="planned", status_text=PL, note="同上"),
  proj("兰州合创高新材料有限公司光刻胶专用化学品环保光引发剂及医药中间体项目", HG, E2, companies=["兰州合创高新材料有限公司"],
       status="planned", status_text=PL, note="同上"),
  proj("兰州何尉环保科技有限公司废盐资源综合利用16万t/a高品质氯生产项目", HG, E3, companies=["兰州何尉环保科技有限公司"],
       status="在建", status_text="2020年10月底开工建设", note="已投资2亿元（非总投资）；一期预计2021年10月建成投产"),
 ],
 aggregate_facts=[
  fact(HG, "park", "projects_introduced", 20, "count", E0, AS5),
  fact(HG, "park", "projects_introduced_investment_cny", 5e9, "cny", E0, AS5, chk=True),
  fact(HG, "park", "investment_completed_cny", 2.64e8, "cny", "产业项目完成投资2.64亿元", AS5, chk=True, note="产业项目"),
  fact(HG, "park", "output_cny", 5.24e8, "cny", "产值5.24亿元", AS5, chk=True),
  fact(HG, "park", "projects_landed", 4, "count", E2, "2021年（截至二季度）", kind="cumulative"),
  fact(HG, "park", "projects_landed_investment_cny", 3.2e9, "cny", "4个项目,总投资约32亿元", "2021年（截至二季度）", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(HG, "park", "target_firms", 40, "count", "筛选出招商目标企业40余家", AS5, qual="余", qtext="余", opt=True),
  fact(HG, "park", "firms_visited", 100, "count", E1, "2021年（截至二季度）", kind="cumulative", opt=True),
  fact("兰州何尉环保科技有限公司废盐资源综合利用16万t/a高品质氯生产项目", "project", "investment_completed_cny", 2e8, "cny", E4,
       "2021年（截至二季度）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- wi06 兰州新区城市矿产与表面处理产业园 项目开工 (兰州日报 via ZAKER 2021)
CK = "兰州新区城市矿产与表面处理产业园"
F0 = "兰州新区城市矿产与表面处理产业园标准化厂房(一期)项目占地面积 189.37 亩,建筑面积约 9 万平方米,规划建设 8 栋电镀、2 栋热镀锌标准化厂房,1 栋动能中心、2 栋化学品库等项目,总投资约 4.2 亿元"
F1 = "智能环保型表面精处理(热镀锌)项目占地面积 100 亩,由运城瑞恒铁合金制造有限公司投资建设,预计投资 3.6 亿元"
F2 = "项目建成投产后,年产值约 30 亿元,利润总额约 3 亿元,可解决约 300 人就业"
F3 = "项目规划占地 20.94 平方公里、拟投资 840 亿元"
F4 = "9 月 30 日上午,兰州新区城市矿产与表面处理产业园标准化厂房暨智能环保型表面精处理项目开工建设"
RH = "智能环保型表面精处理(热镀锌)项目"
G["wi06"] = dict(
 article=art("（无标题）兰州新区城市矿产与表面处理产业园标准化厂房暨智能环保型表面精处理项目开工建设", "兰州日报（兰州日报社全媒体记者 张建平），载于 ZAKER（app.myzaker.com）", "2021-09-30", "day",
  "City daily relayed by a news app, Gansu: groundbreaking in a recycling and surface-treatment park of a national new area — the park's standard-plant phase 1 and a firm's hot-dip galvanizing project with investments and expected output, the park's planned area and investment",
  "https://app.myzaker.com/news/article.php?pk=615597231bc8e0e77000026d",
  "存段无标题行（title 为编者据首句概括）。日期：文中“9 月 30 日上午”开工，ZAKER 文章号 615597231… 的时间戳为2021-09-30；年份据此与文中“十四五”开局之年（2021）定。正文四段，完整；末尾署名行“兰州日报社全媒体记者 张建平 文 / 图”及编辑、评论提示已删。ZAKER 排版在数字与单位两侧加空格、引号写作 \" 十四五 \"，照录。园区：兰州新区城市矿产与表面处理产业园（兰州新区内，兰州，甘肃；规划占地20.94平方公里、拟投资840亿元）；兰州新区（可选母园区）。项目：兰州新区城市矿产与表面处理产业园标准化厂房(一期)项目（总投资约4.2亿元 → 约，开工）；智能环保型表面精处理(热镀锌)项目（运城瑞恒铁合金制造有限公司投资，预计投资3.6亿元，开工；“该项目作为产业园首个引进开工项目”）。产业园整体（“产业园项目”，拟投资840亿元）列可选项目，无 status。事实：热镀锌项目年产量30万吨、年产值约30亿元、利润约3亿元、就业约300人（target）；占地、建筑面积（可选）；产业园规划面积与拟投资。",
  "wi06"),
 parks=[
  park(CK, "兰州", "甘肃", "产业园", F4, parent="兰州新区", note="规划占地20.94平方公里；文中又作“产业园”"),
  park("兰州新区", "兰州", "甘肃", "新区", "兰州新区城市矿产与表面处理产业园是兰州新区党工委、管委会在", opt=True, note="国家级新区（文中未说）"),
 ],
 companies=[
  comp("运城瑞恒铁合金制造有限公司", CK, F1, note="热镀锌项目投资方"),
 ],
 institutions=[
  inst("兰州新区党工委、管委会", "兰州新区城市矿产与表面处理产业园是兰州新区党工委、管委会在", park="兰州新区", note="规划建设产业园的主体"),
 ],
 projects=[
  proj("兰州新区城市矿产与表面处理产业园标准化厂房(一期)项目", CK, F0, inv="总投资约 4.2 亿元", qual="约", qual_text="约", phase="一期",
       status="开工", status_text="开工建设", aliases=["兰州新区城市矿产与表面处理产业园标准化厂房"],
       note="首句“标准化厂房暨智能环保型表面精处理项目开工建设”"),
  proj(RH, CK, F1, companies=["运城瑞恒铁合金制造有限公司"], inv="预计投资 3.6 亿元", status="开工", status_text="开工建设",
       aliases=["智能环保型表面精处理项目"], note="产业园首个引进开工项目；建5条生产线"),
  proj("兰州新区城市矿产与表面处理产业园项目", CK, "标志着兰州新区城市矿产与表面处理产业园项目取得了实质性进展", opt=True,
       note="产业园整体开发；拟投资840亿元见 F3（金额不在此 evidence 中，作为园区事实记）"),
 ],
 aggregate_facts=[
  fact(CK, "park", "planned_area_km2", 20.94, "km2", F3, "2021年（规划）", kind="target"),
  fact(CK, "park", "planned_investment_cny", 8.4e10, "cny", "拟投资 840 亿元", "2021年（规划）", kind="target", chk=True),
  fact("兰州新区城市矿产与表面处理产业园标准化厂房(一期)项目", "project", "site_area_mu", 189.37, "mu", F0, "2021年", opt=True),
  fact("兰州新区城市矿产与表面处理产业园标准化厂房(一期)项目", "project", "floor_area_m2", 9e4, "m2", "建筑面积约 9 万平方米", "2021年", qual="约", qtext="约", opt=True),
  fact(RH, "project", "site_area_mu", 100, "mu", F1, "2021年", opt=True),
  fact(RH, "project", "expected_annual_capacity_t", 3e5, "t", "年产量可达 30 万吨", "建成后（预期）", kind="target", opt=True),
  fact(RH, "project", "expected_annual_output_cny", 3e9, "cny", F2, "建成投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(RH, "project", "expected_annual_profit_cny", 3e8, "cny", "利润总额约 3 亿元", "建成投产后（预期）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(RH, "project", "expected_jobs", 300, "count", F2, "建成投产后（预期）", kind="target", qual="约", qtext="约"),
 ])
