# real262 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (ra03 traditional script as published by 香港商報網, the others simplified); names
# as written; 约/近 → 约, 余/多 → 余, 以上/超 → 超 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it). Projects: the park the text places the project in, null where only a county /
# city / district is named (a county is a region). Status from the text's words (投产仪式 / 实现了投产 → 投产; 开工仪式 / 集中开工 /
# 现场开工 → 开工; 签约 / 簽訂 / 落戶 with a signed contract → 签约; 竣工 → 竣工). “计划”/“预计” figures are kind target.

# ---------------------------------------------------------------- ra01 信阳 第四期“三个一批” 明港产业集聚区 (信阳晚报 2022)
MG = "明港产业集聚区"
XY = "信阳市"
A1 = "由信钢公司投资兴建的180万吨合金带钢项目总投资15亿元,年生产热轧钢卷180万吨,为明港产业集聚区钢铁产业链核心环节"
A2 = "正壹新材料有限公司60万吨新材料项目总投资10亿元,为明港产业集聚区钢铁产业链下游项目"
A3 = "参加信钢公司180万吨合金带钢生产线项目投产仪式和正壹新材料有限公司60万吨钢铁新材料项目开工仪式"
A4 = "我市新增纳入省调度第四期“三个一批”项目总量88个,总投资307.6亿元"
A5 = "我市新增纳入省调度第四期“签约一批”项目35个,总投资148.9亿元"
A6 = "新增纳入省调度第四期“开工一批”项目15个,总投资53.1亿元"
A7 = "新增纳入省调度第四期“投产一批”项目38个,总投资105.6亿元"
AS1 = "2022年4月6日（第四期“三个一批”）"
G["ra01"] = dict(
 article=art("（无标题）信阳市第四期“三个一批”项目88个总投资307.6亿元 信钢合金带钢项目投产、正壹新材料项目开工", "信阳晚报（wanbao.xyxww.com.cn，记者 胡瑜珊）", "2022-04-07", "day",
  "City evening paper, Henan: the city's fourth round of “三个一批” (sign / start / put into production) — city totals by stage, and two named steel projects in an industrial cluster zone, one put into production and one started, with amounts",
  "https://wanbao.xyxww.com.cn/html/2022-04/07/content_108020.htm",
  "日期取网址 2022-04/07（活动在4月6日）。存段无标题（title 为编者概括），以“本报讯(记者 胡瑜珊)”起；末尾“温馨提示 / 本页面内容不允许直接阅读,请通”为页面提示，已删。正文四段，完整（第二段为出席人员名单，照录）。园区：明港产业集聚区（信阳市平桥区明港镇，河南；2022年开发区改革后并入信阳高新区明港园区，文中只作“明港产业集聚区”）。项目：信钢公司180万吨合金带钢生产线项目（投产仪式→投产；总投资15亿元），正壹新材料有限公司60万吨钢铁新材料项目（开工仪式→开工；总投资10亿元；预计2023年9月建成投产）；两项目名在文中各有两种写法，另一写法作 aliases。全市“三个一批”数字归信阳市（region）。",
  "ra01"),
 parks=[
  park(MG, "信阳", "河南", "产业集聚区", A1, district="平桥区", note="位于平桥区明港镇（“前往平桥区明港镇”）"),
 ],
 companies=[
  comp("信钢公司", MG, A1, note="投资兴建合金带钢项目"),
  comp("正壹新材料有限公司", MG, A2),
 ],
 projects=[
  proj("信钢公司180万吨合金带钢生产线项目", MG, A1, companies=["信钢公司"], inv="总投资15亿元", status="投产", status_text="投产仪式",
       aliases=["180万吨合金带钢项目"], evidence_status=A3, note="年生产热轧钢卷180万吨；可带动下游新增产值100亿元"),
  proj("正壹新材料有限公司60万吨钢铁新材料项目", MG, A2, companies=["正壹新材料有限公司"], inv="总投资10亿元", status="开工", status_text="开工仪式",
       aliases=["正壹新材料有限公司60万吨新材料项目"], evidence_status=A3, note="预计于2023年9月建成投产；年产值40亿元（预计）"),
 ],
 aggregate_facts=[
  fact(XY, "region", "projects_total", 88, "count", A4, AS1),
  fact(XY, "region", "projects_total_investment_cny", 3.076e10, "cny", A4, AS1, chk=True),
  fact(XY, "region", "projects_signed", 35, "count", A5, AS1),
  fact(XY, "region", "signed_investment_cny", 1.489e10, "cny", A5, AS1, chk=True),
  fact(XY, "region", "projects_started", 15, "count", A6, AS1),
  fact(XY, "region", "projects_started_investment_cny", 5.31e9, "cny", A6, AS1, chk=True),
  fact(XY, "region", "projects_in_production", 38, "count", A7, AS1),
  fact(XY, "region", "projects_in_production_investment_cny", 1.056e10, "cny", A7, AS1, chk=True),
  fact(XY, "region", "signed_advanced_manufacturing_share_count", 0.9428, "ratio", "先进制造业项目个数和金额占比分别达94.28%、97.28%", AS1, kind="ratio", opt=True),
  fact(XY, "region", "signed_advanced_manufacturing_share_investment", 0.9728, "ratio", "先进制造业项目个数和金额占比分别达94.28%、97.28%", AS1, kind="ratio", opt=True),
  fact("信钢公司180万吨合金带钢生产线项目", "project", "induced_downstream_output_cny", 1e10, "cny", "可带动下游产业新增产值100亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact("正壹新材料有限公司60万吨钢铁新材料项目", "project", "expected_annual_output_cny", 4e9, "cny", "年产值40亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ra02 鲁山县 第六期“三个一批” (河南热线 / 凤凰网 2022)
LS = "鲁山县先进制造业开发区"
LX = "鲁山县"
B1 = "集中开工了河南锦润程电气有限公司智能电气装备自动化生产等9个项目,总投资23.5亿元,年度计划投资8.8亿元"
B2 = "“河南锦润程电气有限公司智能电气装备自动化生产项目位于县先进制造业开发区北区"
B3 = "当天,鲁山县还签约项目7个,总投资271.1亿元;10个项目实现了投产"
B4 = "该县2022年确定实施重点项目120个,总投资937亿元,年度计划投资182亿元"
AS2 = "2022年9月28日（第六期“三个一批”）"
G["ra02"] = dict(
 article=art("焦点讯息:鲁山县集中开工9个项目年底前完成投资8.8亿元", "河南热线（pingdingshan.hnonline.com.cn），来源注“凤凰网”；供稿：鲁山县委宣传部（王永安 师文要）", "2022-09-29", "day",
  "Provincial portal's city channel relaying a county item, Henan: a county's sixth “三个一批” round — projects started with total and annual plan, one named firm's project in the county's advanced-manufacturing development zone, projects signed and put into production, the county's key-project plan and progress",
  "http://pingdingshan.hnonline.com.cn/pingdingshan/2022/0929/133648.html",
  "日期取页面“2022-09-29 19:04:04 来源: 凤凰网”（活动在9月28日）。标题照录，“焦点讯息:”为该站标题前缀，保留。导航、日期来源行、“关注河南热线”“(资料图)”、供稿行“(供稿:鲁山县委宣传部 王永安 师文要)”与“责任编辑:hN_2909”已删。正文三段，完整。鲁山县属平顶山市（河南）。园区：鲁山县先进制造业开发区（文中又作“县先进制造业开发区”，有北区；开发区改革后的县级开发区）。项目：河南锦润程电气有限公司智能电气装备自动化生产项目（集中开工→开工；位于开发区北区；无单项金额；建成后年营业额3000万元，target）。9个开工项目合计23.5亿元、签约7个271.1亿元、投产10个、全年重点项目及截至8月底完成投资均归鲁山县（region）。",
  "ra02"),
 parks=[
  park(LS, "平顶山", "河南", "先进制造业开发区", B2, district="鲁山县", aliases=["县先进制造业开发区"], note="有北区；管委会主任吕金岭"),
 ],
 companies=[
  comp("河南锦润程电气有限公司", LS, B2, note="项目位于开发区北区"),
 ],
 institutions=[
  inst("鲁山县先进制造业开发区管委会", "鲁山县先进制造业开发区管委会主任吕金岭介绍", kind="park_admin", park=LS),
  inst("下汤镇政府", "是下汤镇政府成功招引的重点项目"),
 ],
 projects=[
  proj("河南锦润程电气有限公司智能电气装备自动化生产项目", LS, B2, companies=["河南锦润程电气有限公司"], status="开工", status_text="集中开工",
       note="9个集中开工项目之一（合计23.5亿元，不分摊）；建成投用后年营业额可达3000万元"),
 ],
 aggregate_facts=[
  fact(LX, "region", "projects_started", 9, "count", B1, AS2),
  fact(LX, "region", "projects_started_investment_cny", 2.35e9, "cny", B1, AS2, chk=True),
  fact(LX, "region", "projects_started_planned_annual_investment_cny", 8.8e8, "cny", "年度计划投资8.8亿元", "2022年（计划）", kind="target", chk=True),
  fact(LX, "region", "projects_signed", 7, "count", B3, AS2),
  fact(LX, "region", "signed_investment_cny", 2.711e10, "cny", B3, AS2, chk=True),
  fact(LX, "region", "projects_in_production", 10, "count", B3, AS2),
  fact(LX, "region", "key_projects", 120, "count", B4, "2022年"),
  fact(LX, "region", "key_projects_total_investment_cny", 9.37e10, "cny", B4, "2022年", chk=True),
  fact(LX, "region", "key_projects_planned_annual_investment_cny", 1.82e10, "cny", "年度计划投资182亿元", "2022年（计划）", kind="target", chk=True),
  fact(LX, "region", "key_projects_completed_investment_cny", 1.462e10, "cny", "截至今年8月底,已完成投资146.2亿元,占年度计划的80.3%", "2022年1–8月", kind="cumulative", chk=True),
  fact(LX, "region", "key_projects_plan_completion_ratio", 0.803, "ratio", "截至今年8月底,已完成投资146.2亿元,占年度计划的80.3%", "2022年1–8月", kind="ratio", opt=True),
  fact("河南锦润程电气有限公司", "company", "expected_annual_revenue_cny", 3e7, "cny", "建成投用后年营业额可达3000万元", "建成后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ra03 雲夢 康峰 氯甲苯 (香港商報網 2023, traditional as published)
YM = "雲夢縣鹽化工產業園"
C1 = "據悉,與福建省康峰新材料有限公司簽訂的年產10萬噸氯甲苯及衍生物項目將在雲夢縣鹽化工產業園落戶。項目總投資50億元"
C2 = "總投資50億元的康峰10萬噸氯甲苯及衍生物項目成功落戶雲夢縣"
G["ra03"] = dict(
 article=art("總投資50億元 孝感雲夢迎來招商引資「開門紅」", "香港商報網（hkcd.com 湖北·經濟縱橫；記者 張詩語 通訊員 李林 王明）", "2023-01-16", "day",
  "Hong Kong paper's mainland-province channel (traditional script as published), Hubei: a county signs a 5 billion yuan chemical project with a Fujian firm, to be located in the county's salt-chemical industrial park; phase amounts and floor areas",
  "http://hkcd.com/content_p/2023-01/16/content_147197.html",
  "日期取页面“2023-01-16 来源:香港商報網”。繁体为原刊（香港商报网站湖北频道），未转换。标题照录；导航、日期来源行与“[责任编辑:林梓琦 ]”已删；记者署名在末段句末，保留。正文五段，完整。园区：雲夢縣鹽化工產業園（孝感市云梦县，湖北）；引语中的“雲夢化工產業園”视作同一园区的简称（aliases，推定）。项目：康峰10萬噸氯甲苯及衍生物項目（又作“年產10萬噸氯甲苯及衍生物項目”），县政府与福建省康峰新材料有限公司簽訂→签约；總投資50億元；一期固定資產投資約12億元、流動資金約3億元、二期三期綜合投資約35億元作可选事实。福建亮晶晶新材料有限公司、溫州龍灣化工有限公司为考察对象（可选，园区 null）。",
  "ra03"),
 parks=[
  park(YM, "孝感", "湖北", "化工园区", C1, district="云梦县", aliases=["雲夢化工產業園"], note="“雲夢化工產業園”（引语）推定为同一园区"),
 ],
 companies=[
  comp("福建省康峰新材料有限公司", YM, C1, aliases=["福建康峰新材料有限公司"], note="项目投资方；文中又作“福建康峰新材料有限公司”"),
  comp("福建亮晶晶新材料有限公司", None, "分別考察了福建康峰新材料有限公司、福建亮晶晶新材料有限公司及溫州龍灣化工有限公司等企業", opt=True, note="招商考察对象"),
  comp("溫州龍灣化工有限公司", None, "分別考察了福建康峰新材料有限公司、福建亮晶晶新材料有限公司及溫州龍灣化工有限公司等企業", opt=True, note="招商考察对象"),
 ],
 institutions=[
  inst("孝感市雲夢縣招商服務中心", "記者從孝感市雲夢縣招商服務中心獲悉"),
  inst("雲夢縣人民政府", "雲夢縣人民政府與福建省康峰新材料有限公司簽訂50億元的康峰10萬噸氯甲苯及衍生物項目"),
 ],
 projects=[
  proj("康峰10萬噸氯甲苯及衍生物項目", YM, C1, companies=["福建省康峰新材料有限公司"], inv="項目總投資50億元", status="签约", status_text="簽訂 / 成功落戶",
       aliases=["年產10萬噸氯甲苯及衍生物項目", "10萬噸氯甲苯及衍生物項目"], note="2023年1月签约；分三期，一期固投約12億元"),
 ],
 aggregate_facts=[
  fact("康峰10萬噸氯甲苯及衍生物項目", "project", "phase1_fixed_asset_investment_cny", 1.2e9, "cny", "其中一期固定資產投資約12億元", "2023年1月（签约）", kind="target", qual="约", qtext="約", opt=True, chk=True),
  fact("康峰10萬噸氯甲苯及衍生物項目", "project", "phase2_3_investment_cny", 3.5e9, "cny", "二期、三期綜合投資約35億元", "2023年1月（签约）", kind="target", qual="约", qtext="約", opt=True, chk=True),
  fact("康峰10萬噸氯甲苯及衍生物項目", "project", "site_area_mu", 600, "mu", "項目總佔地約600畝", "2023年1月（签约）", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- ra04 枣阳 集中签约、开工及竣工 33个 (中新网湖北 2023)
ZY = "枣阳市"
D1 = "其中新签约项目江苏环迅信息科技有限公司税控大数据云计算及税控设备制造、湖北飞龙摩擦密封材料股份有限公司高铁闸片生产、西安大业硅碳棒有限公司环保设备制造等11个,计划总投资58.4亿元"
D2 = "新开工项目大力枣阳钒液流电池风储一体化、双登集团股份有限公司10Gwh储能锂离子电池生产等14个,计划总投资224.3亿元"
D3 = "竣工项目华能公司300兆地面光伏蓄能电站、枣阳市医疗物流暨医疗器械生产销售等8个,总投资37.65亿元"
D0 = "此次活动集中签约、开工及竣工的项目共有33个,计划总投资320.35亿元"
DP = "活动2月8日在湖北立晋钢铁集团有限公司汽车新材产业园项目现场举行"
AS4 = "2023年2月8日（集中签约、开工及竣工）"
G["ra04"] = dict(
 article=art("一季度“开门红” 枣阳集中签约、开工及竣工项目33个", "中新网湖北（hb.chinanews.com.cn；郭振兴）", "2023-02-09", "day",
  "National news agency's provincial channel, Hubei: a county-level city's joint signing / groundbreaking / completion event held at a steel group's auto-materials industrial-park project — totals by stage and seven named projects by firm",
  "http://www.hb.chinanews.com.cn/news/2023/0209/387468.html",
  "日期取页面“2023年02月09日 11:13 来源:中新网湖北”（活动在2月8日）。标题照录；导航、重复的日期来源行、“分享到:”与“【编辑:丁喆】”已删；“(完)”在正文末，保留。正文三段，完整。枣阳市属襄阳市（湖北）。园区：文中无开发区名；“湖北立晋钢铁集团有限公司汽车新材产业园项目”是活动现场的项目，其产业园列为可选园区（企业园区）、项目列为可选项目（无阶段词）。点名项目：签约3个、开工2个、竣工2个，均无单项金额，园区 null（只知在枣阳）。项目名照录（多无“项目”二字）。分阶段合计归枣阳市（region）。“投产”只在总结句中，竣工项目不改记投产。",
  "ra04"),
 parks=[
  park("汽车新材产业园", "襄阳", "湖北", "产业园（企业园区）", DP, district="枣阳市", opt=True, note="只在“湖北立晋钢铁集团有限公司汽车新材产业园项目”中"),
 ],
 companies=[
  comp("湖北立晋钢铁集团有限公司", None, DP, opt=True, note="活动现场项目的业主"),
  comp("江苏环迅信息科技有限公司", None, D1, note="签约项目"),
  comp("湖北飞龙摩擦密封材料股份有限公司", None, D1, note="签约项目"),
  comp("西安大业硅碳棒有限公司", None, D1, note="签约项目"),
  comp("双登集团股份有限公司", None, D2, note="开工项目"),
  comp("华能公司", None, D3, opt=True, note="竣工项目；名称不全"),
 ],
 projects=[
  proj("湖北立晋钢铁集团有限公司汽车新材产业园项目", None, DP, companies=["湖北立晋钢铁集团有限公司"], opt=True, note="活动现场；文中未说阶段"),
  proj("江苏环迅信息科技有限公司税控大数据云计算及税控设备制造", None, D1, companies=["江苏环迅信息科技有限公司"], status="签约", status_text="新签约"),
  proj("湖北飞龙摩擦密封材料股份有限公司高铁闸片生产", None, D1, companies=["湖北飞龙摩擦密封材料股份有限公司"], status="签约", status_text="新签约"),
  proj("西安大业硅碳棒有限公司环保设备制造", None, D1, companies=["西安大业硅碳棒有限公司"], status="签约", status_text="新签约"),
  proj("大力枣阳钒液流电池风储一体化", None, D2, status="开工", status_text="新开工"),
  proj("双登集团股份有限公司10Gwh储能锂离子电池生产", None, D2, companies=["双登集团股份有限公司"], status="开工", status_text="新开工"),
  proj("华能公司300兆地面光伏蓄能电站", None, D3, companies=["华能公司"], status="竣工", status_text="竣工"),
  proj("枣阳市医疗物流暨医疗器械生产销售", None, D3, status="竣工", status_text="竣工"),
 ],
 aggregate_facts=[
  fact(ZY, "region", "projects_total", 33, "count", D0, AS4),
  fact(ZY, "region", "projects_total_investment_cny", 3.2035e10, "cny", D0, AS4, chk=True),
  fact(ZY, "region", "projects_signed", 11, "count", D1, AS4),
  fact(ZY, "region", "signed_investment_cny", 5.84e9, "cny", "等11个,计划总投资58.4亿元", AS4, chk=True),
  fact(ZY, "region", "projects_started", 14, "count", D2, AS4),
  fact(ZY, "region", "projects_started_investment_cny", 2.243e10, "cny", "等14个,计划总投资224.3亿元", AS4, chk=True),
  fact(ZY, "region", "projects_completed", 8, "count", D3, AS4),
  fact(ZY, "region", "projects_completed_investment_cny", 3.765e9, "cny", "等8个,总投资37.65亿元", AS4, chk=True),
 ])

# ---------------------------------------------------------------- ra05 郧阳区 三季度 湖北惠聚新材料产业园 (郧阳 长江云 2024)
HJ = "湖北惠聚新材料产业园"
YY = "郧阳区"
E1 = "我区现场开工的湖北惠聚新材料产业园项目位于杨溪铺镇,项目占地105亩,由广东五全投资有限公司和湖北聚瑞源产业园区运营管理有限公司共同投资"
E2 = "三季度,我区计划签约项目22个,总投资62亿元;计划开工项目50个,总投资93.66亿元;计划投产项目47个,总投资57.32亿元"
AS5 = "2024年三季度（计划）"
G["ra05"] = dict(
 article=art("2024年三季度全市重大项目集中开工活动举行 我区在分会场开展活动", "郧阳区融媒体（yunyang.cjyun.org 长江云郧阳频道；作者 张刚 潘凌）", "2024-09-20", "day",
  "District media on the provincial cloud platform, Hubei (十堰): the city's Q3 groundbreaking — the district's planned signed / started / in-production projects with totals, and a new-materials industrial park project started on site with its investors and expected output",
  "http://yunyang.cjyun.org/p/30395.html",
  "存段无日期行；日期取正文“9月20日,2024年三季度全市重大项目集中开工活动举行”（活动当日；published 按活动日记，可能晚一两天）。标题照录；末行“(作者:张刚 潘凌)”已删。正文三段，完整。郧阳区属十堰市（湖北）。园区：文中无开发区名；“湖北惠聚新材料产业园”（杨溪铺镇，占地105亩，在建）列为可选园区。项目：湖北惠聚新材料产业园项目（现场开工→开工；无投资额；建成后预计年产值10亿元、税收8000万元，target）；投资方广东五全投资有限公司、湖北聚瑞源产业园区运营管理有限公司。三季度“计划”签约/开工/投产项目数与总投资为郧阳区的计划数（kind target）。",
  "ra05"),
 parks=[
  park(HJ, "十堰", "湖北", "产业园", E1, district="郧阳区", opt=True, note="在建产业园项目，位于杨溪铺镇"),
 ],
 companies=[
  comp("广东五全投资有限公司", None, E1, note="项目投资方；项目园区 null，故不归园区"),
  comp("湖北聚瑞源产业园区运营管理有限公司", None, E1, note="项目投资方（园区运营）"),
 ],
 projects=[
  proj("湖北惠聚新材料产业园项目", None, E1, companies=["广东五全投资有限公司", "湖北聚瑞源产业园区运营管理有限公司"], status="开工", status_text="现场开工",
       note="位于郧阳区杨溪铺镇（不在已命名的开发区内）；占地105亩；无投资额"),
 ],
 aggregate_facts=[
  fact(YY, "region", "projects_signed", 22, "count", E2, AS5, kind="target"),
  fact(YY, "region", "signed_investment_cny", 6.2e9, "cny", "我区计划签约项目22个,总投资62亿元", AS5, kind="target", chk=True),
  fact(YY, "region", "projects_started", 50, "count", E2, AS5, kind="target"),
  fact(YY, "region", "projects_started_investment_cny", 9.366e9, "cny", "计划开工项目50个,总投资93.66亿元", AS5, kind="target", chk=True),
  fact(YY, "region", "projects_in_production", 47, "count", E2, AS5, kind="target"),
  fact(YY, "region", "projects_in_production_investment_cny", 5.732e9, "cny", "计划投产项目47个,总投资57.32亿元", AS5, kind="target", chk=True),
  fact("湖北惠聚新材料产业园项目", "project", "expected_annual_output_cny", 1e9, "cny", "项目全部建成投产后,预计可实现年产值10亿元,税收8000万元", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("湖北惠聚新材料产业园项目", "project", "site_area_mu", 105, "mu", E1, "2024年9月", opt=True),
 ])

# ---------------------------------------------------------------- ra06 武穴 中化学新祥云新材料产业园 开工 (武穴房信网 2023)
XYP = "中化学新祥云新材料产业园"
F1 = "今天现场开工的项目是中化学新祥云新材料产业园项目。项目总投资约255亿元,占地面积约4350亩,分两期建设"
F2 = "项目一期工程投资约120亿元,着力于建设磷化工板块项目,预计2024年底建成"
F3 = "二期工程投资约135亿元,计划2025年开工,预计2028年建成投产"
G["ra06"] = dict(
 article=art("黄冈市二季度重大项目集中开工活动在武穴举行", "武穴房信网（wxfxw.com 武穴资讯栏，“小编:婷婷”；原出处未注）", "2023-05-20", "day",
  "Local property site relaying a county-city news item, Hubei (黄冈): the city's Q2 groundbreaking held on the site of a chemical-materials industrial park in 武穴 — the park project started, its total, two phases with amounts and timetable, expected sales",
  "http://wxfxw.com/cms/wxzx/8674.html",
  "日期取页面“2023年05月20日 15:36”（活动在5月18日）。标题照录；站名、导航、日期小编点击行与“扫描到手机…”等已删。存段末段“刘洁在讲话中说,…1至4月,全市新开工重点项”在句中中断，整段删去，正文截至“…具有良好的经济效益和社会效益。”，共三段。首段“…吹响奋战二季度“冲锋号””句末无句号，原文如此。武穴市属黄冈市（湖北）。园区：中化学新祥云新材料产业园（在建，列为园区，可选；武穴市）。项目：中化学新祥云新材料产业园项目（现场开工→开工；总投资约255亿元）；一期（约120亿元，磷化工板块，预计2024年底建成）与二期（约135亿元，计划2025年开工→planned）列为可选分期项目。中化学中国五环工程有限公司（介绍开工项目）与湖北祥云(集团)化工股份有限公司（董事长出席）列为可选公司；两家与项目的关系文中未明说。",
  "ra06"),
 parks=[
  park(XYP, "黄冈", "湖北", "产业园", F1, district="武穴市", opt=True, note="在建园区项目；文中只作项目"),
 ],
 companies=[
  comp("中化学中国五环工程有限公司", None, "中化学中国五环工程有限公司董事长俞新介绍开工项目情况", opt=True, note="介绍开工项目；关系未明说"),
  comp("湖北祥云(集团)化工股份有限公司", None, "湖北祥云(集团)化工股份有限公司董事长胡华文", opt=True, note="董事长出席；关系未明说"),
 ],
 projects=[
  proj("中化学新祥云新材料产业园项目", None, F1, inv="项目总投资约255亿元", qual="约", qual_text="约", status="开工", status_text="现场开工",
       note="武穴市；分两期；磷化工、氟化工、煤化工三大板块；园区 null（产业园本身即项目）"),
  proj("中化学新祥云新材料产业园项目一期工程", None, F2, inv="项目一期工程投资约120亿元", qual="约", qual_text="约", phase="一期", status="开工", status_text="现场开工（整体）",
       opt=True, note="磷化工板块；预计2024年底建成"),
  proj("中化学新祥云新材料产业园项目二期工程", None, F3, inv="二期工程投资约135亿元", qual="约", qual_text="约", phase="二期", status="planned", status_text="计划2025年开工",
       opt=True, note="预计2028年建成投产"),
 ],
 aggregate_facts=[
  fact("中化学新祥云新材料产业园项目", "project", "site_area_mu", 4350, "mu", F1, "2023年5月", qual="约", qtext="约", opt=True),
  fact("中化学新祥云新材料产业园项目", "project", "expected_annual_sales_cny", 3e10, "cny", "项目全部建成后,预计实现总销售收入近300亿元", "全部建成后（预计）", kind="target", qual="约", qtext="近", opt=True, chk=True),
 ])
