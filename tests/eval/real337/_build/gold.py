# real337 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city is not a park); where the link is inferred from
# context it is noted. Status from the text's words (开工 / 开工建设 / 集中开工 → 开工; 投产 / 投产运行 → 投产; 竣工 → 竣工;
# 签约 → 签约; 正在建设 / 加快推进 → 在建). “预计 / 可实现 / 投产后” firm or project figures are kind target; year-to-date
# and “截至” figures are cumulative. City- or county-level figures have subject_type region. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/pxNN.raw as returned.

# ---------------------------------------------------------------- px01 泸县经开区 (泸州日报 2019)
LX = "泸县经开区"
ZN = "智能制造产业园"
A1 = "园区规划面积50平方公里,建成区面积8平方公里,已入驻企业555家"
A2 = "目前,园区规划建设的智能制造产业园已入驻极速智能、智雅墨族、秉一科技等项目7个"
A3 = "去年引进的全县首个规模以上智能制造项目——极速智能已全面竣工,预计可实现年产值20亿元,实现税收1.2亿元"
A4 = "秉一科技变焦马达(VCM)项目产品技术世界领先,项目投产后,预计可实现年产值20亿元,年利税1亿元,解决800余人的就业问题"
A0 = "依托城西工业园、城北工业园、临港产业园、空港产业园“两城两港”"
G["px01"] = dict(
 article=art("泸县经开区 以高质量发展促产业转型升级", "泸州日报（龙琳，本报记者蔺艳霜），载于 yybnet.net（今日泸县）", "2019-04-12", "day",
  "City daily relayed by a local news portal, Sichuan (泸州): a county economic development zone's profile — sub-parks, area, firms, 2018 revenue, tax and investment figures, named smart-manufacturing projects completed or expected",
  "http://www.yybnet.net/luzhou/luxian/201904/8951241.html",
  "日期取页面“来源:泸州日报 2019-04-12 09:52”。标题照录；导航、来源行、署名行已删。存段末段“泸县经开区还积极推进绿色食品品牌创建,让“泸县造””中断，整段删去；正文三段。园区：泸县经开区（泸州市泸县；文中称已“成功创建为省级经济开发区”）；“两城两港”四个子园区与智能制造产业园作子园区（母园区泸县经开区）。“去年”指2018年。公司：极速智能、智雅墨族、秉一科技入驻智能制造产业园。项目：极速智能（“已全面竣工”→竣工）；秉一科技变焦马达(VCM)项目（未说阶段，无状态）。企业预计产值、税收为 target。",
  "px01"),
 parks=[
  park(LX, "泸州", "四川", "经济开发区", "近年来,泸县经开区紧紧围绕“全力打造千亿产业园、创建省级经济开发区”的发展目标", district="泸县", note="文中又作“园区”；已创建为省级经济开发区"),
  park(ZN, "泸州", "四川", "产业园", A2, district="泸县", parent=LX),
  park("城西工业园", "泸州", "四川", "工业园", A0, district="泸县", parent=LX, opt=True),
  park("城北工业园", "泸州", "四川", "工业园", A0, district="泸县", parent=LX, opt=True),
  park("临港产业园", "泸州", "四川", "产业园", A0, district="泸县", parent=LX, opt=True),
  park("空港产业园", "泸州", "四川", "产业园", A0, district="泸县", parent=LX, opt=True),
 ],
 companies=[
  comp("极速智能", ZN, A2),
  comp("智雅墨族", ZN, A2),
  comp("秉一科技", ZN, A2),
 ],
 projects=[
  proj("极速智能", ZN, A3, companies=["极速智能"], status="竣工", status_text="已全面竣工", note="全县首个规模以上智能制造项目；项目名即企业名"),
  proj("秉一科技变焦马达(VCM)项目", ZN, A4, companies=["秉一科技"], note="未说阶段（“项目投产后,预计…”）"),
  proj("智雅墨族", ZN, A2, companies=["智雅墨族"], opt=True, note="只列为入驻项目"),
 ],
 aggregate_facts=[
  fact(LX, "park", "firms", 555, "count", A1, "2019年4月"),
  fact(LX, "park", "planned_area_km2", 50, "km2", A1, "2019年4月", opt=True),
  fact(LX, "park", "built_area_km2", 8, "km2", A1, "2019年4月", opt=True),
  fact(LX, "park", "main_business_revenue_cny", 3.68e10, "cny", "园区实现主营业务收入368亿元,同比增长16.6%", "2018年", chk=True),
  fact(LX, "park", "main_business_revenue_yoy_growth", 0.166, "ratio", "园区实现主营业务收入368亿元,同比增长16.6%", "2018年", kind="ratio"),
  fact(LX, "park", "tax_revenue_cny", 5.46e8, "cny", "实现入库税金5.46亿元,同比增长18.5%", "2018年", chk=True),
  fact(LX, "park", "tax_revenue_yoy_growth", 0.185, "ratio", "实现入库税金5.46亿元,同比增长18.5%", "2018年", kind="ratio", opt=True),
  fact(LX, "park", "fixed_asset_investment_cny", 4.029e9, "cny", "实现固定资产投资40.29亿元", "2018年", chk=True),
  fact(LX, "park", "industrial_output_growth", 0.122, "ratio", "规模以上工业总产值增速为12.2%", "2018年", kind="ratio", opt=True),
  fact(LX, "park", "jobs", 20000, "count", "解决了2万余人的就业问题", "2018年", qual="余", qtext="余", opt=True),
  fact(ZN, "park", "projects_entered", 7, "count", A2, "2019年4月", opt=True),
  fact("极速智能", "company", "expected_annual_output_cny", 2e9, "cny", "预计可实现年产值20亿元,实现税收1.2亿元", "达产后（预计）", kind="target", chk=True),
  fact("秉一科技", "company", "expected_annual_output_cny", 2e9, "cny", "预计可实现年产值20亿元,年利税1亿元", "投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- px02 天宜锂业 / 四川江安经济开发区 (2022)
JA = "四川江安经济开发区"
TY = "宜宾市天宜锂业科创有限公司"
B1 = "项目2019年8月开始建设,总投资20亿元,分两期建设年产5万吨电池级氢氧化锂,于2021年12月投产"
B2 = "截至今年6月,已有122家“四上”企业、70家规上工业企业入驻,工业产值为140.6亿元,营收达138.4亿元"
G["px02"] = dict(
 article=art("宜宾大力实施制造业“双百工程”", "未注明原刊（文首“据四川省政府网站消息”），载于 cn.dailyeconomic.com（四川频道）", "2022-09-13", "day",
  "Relay of a provincial government website item, Sichuan (宜宾): a lithium-materials firm named a 百亿 enterprise — its revenue, its 20亿元 project started 2019 and in production 2021, and its zone's firm counts, output and revenue",
  "https://cn.dailyeconomic.com/sc/2022/09/13/2324.html",
  "日期取网址 2022/09/13。标题照录；正文四段，完整。园区：四川江安经济开发区（宜宾市江安县；“今年2月正式获批设立”）。公司：宜宾市天宜锂业科创有限公司（文中又作“天宜锂业”），所在地即江安经开区；四川时代新能源科技有限公司只作比较，园区未说（可选，park null）。项目：年产5万吨电池级氢氧化锂（总投资20亿元，2019年8月开建，2021年12月投产→投产；项目名按文中产能描述）；2025年拟建10万吨生产线（planned，可选）。事实：天宜锂业1—8月营收102.92亿元（cumulative）；园区截至6月的“四上”、规上企业数，工业产值、营收（cumulative）。",
  "px02"),
 parks=[
  park(JA, "宜宾", "四川", "经济开发区", "该企业所在地——四川江安经济开发区于今年2月正式获批设立", district="江安县"),
 ],
 companies=[
  comp(TY, JA, "“宜宾市百亿企业”授牌仪式日前在宜宾市天宜锂业科创有限公司举行", aliases=["天宜锂业"], note="“该企业所在地——四川江安经济开发区”"),
  comp("四川时代新能源科技有限公司", None, "成为继四川时代新能源科技有限公司后,宜宾市今年新增的第二家百亿企业", opt=True, note="只作比较；园区未说"),
 ],
 projects=[
  proj("年产5万吨电池级氢氧化锂", JA, B1, companies=[TY], inv="总投资20亿元", status="投产", status_text="于2021年12月投产",
       note="天宜锂业项目，分两期建设；2019年8月开始建设；项目名按文中描述"),
  proj("10万吨电池级氢氧化锂生产线", JA, "2025年拟建成10万吨电池级氢氧化锂生产线和全球单体体量第一、技术领先的电池级氢氧化锂生产基地",
       companies=[TY], status="planned", status_text="拟建成", opt=True, note="2025年目标"),
 ],
 aggregate_facts=[
  fact("天宜锂业", "company", "revenue_cny", 1.0292e10, "cny", "今年1—8月,天宜锂业累计实现营收102.92亿元", "2022年1—8月", kind="cumulative", chk=True),
  fact(JA, "park", "above_scale_service_and_industrial_firms", 122, "count", B2, "2022年6月", kind="cumulative", note="“四上”企业"),
  fact(JA, "park", "above_scale_industrial_firms", 70, "count", B2, "2022年6月", kind="cumulative"),
  fact(JA, "park", "industrial_output_cny", 1.406e10, "cny", "工业产值为140.6亿元,营收达138.4亿元", "2022年1—6月", kind="cumulative", chk=True),
  fact(JA, "park", "revenue_cny", 1.384e10, "cny", "营收达138.4亿元", "2022年1—6月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- px03 南充高新技术产业园区科创中心 (南充日报 2021)
NG = "南充高新技术产业园区"
C1 = "日前,“走进‘十四五’开局看南充”媒体集中采访组在南充高新技术产业园区科创中心内看到,项目一期已完成1至8号楼建设,二期正在场平"
C0 = "实地感受了中法农业科技园、南充高新区科创中心等项目建设快速推进的南充速度"
G["px03"] = dict(
 article=art("“走进‘十四五\\’开局看南充”媒体集中采访组聚焦南充经济社会发展按下项目“快进键” 跑出发展“加速度”", "南充日报（徐嗣千），载于 yybnet.net（今日南充）", "2021-01-21", "day",
  "City daily relayed by a local news portal, Sichuan (南充): a press tour of project sites — a high-tech park's innovation centre under construction, a firm in the park with expected output",
  "https://www.yybnet.net/nanchong/news/202101/11186700.html",
  "日期取页面“来源:南充日报 2021-01-21 03:38”。标题照录（页面标题中“十四五\\’”带一个反斜杠，照录）。导航与来源行已删；首行开头的署名“(南充日报社全媒体记者徐嗣千)”删去（make_txt.py LINE_PREFIX）。存段末段（中法农业科技园，断于“核心子”）整段删去；正文四段。园区：南充高新技术产业园区（文中又作“南充高新区”；南充市；区县未说）；临江新区为新区，可选。项目：南充高新技术产业园区科创中心（一期已完成1至8号楼、二期场平、配套用房加快推进→在建）；中法农业科技园（“项目建设快速推进”→在建；园区未说）。公司：广东云股传媒股份有限公司（“园区企业”）；其项目投产后预计年产值1.5亿元（target）。",
  "px03"),
 parks=[
  park(NG, "南充", "四川", "高新区", C1, aliases=["南充高新区"], note="文中又作“南充高新区”“园区”"),
  park("临江新区", "南充", "四川", "新区", "科创中心抢抓临江新区发展机遇", opt=True, note="省级新区；与高新区关系文中未说"),
 ],
 companies=[
  comp("广东云股传媒股份有限公司", NG, "在园区企业广东云股传媒股份有限公司的展示大厅内"),
 ],
 projects=[
  proj("南充高新技术产业园区科创中心", NG, C1, aliases=["南充高新区科创中心", "科创中心"], status="在建", status_text="一期已完成1至8号楼建设,二期正在场平", note="配套用房加快推进"),
  proj("中法农业科技园", None, C0, status="在建", status_text="项目建设快速推进", note="园区未说（存段中其详述段已删）"),
 ],
 aggregate_facts=[
  fact("广东云股传媒股份有限公司", "company", "expected_annual_output_cny", 1.5e8, "cny", "项目全面投产后将实现年产值1.5亿元,年缴税收不低于700万元", "投产后（预计）", kind="target", chk=True),
  fact("广东云股传媒股份有限公司", "company", "expected_annual_tax_cny", 7e6, "cny", "年缴税收不低于700万元", "投产后（预计）", kind="target", qual="超", qtext="不低于", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- px04 达州 李渡工业园区 58个工业项目集中开工 (达州市府 2019)
LD = "李渡工业园区"
D0 = "10月12日上午,达州市工业重点项目暨达州市李渡工业园区集中开工仪式在渠县举行,中顺洁柔(达州)纸业30万吨竹浆纸一体化项目等58个工业项目集中开工建设"
D1 = "本次共集中开工工业项目58个,计划投资总额315.33亿元;六大产业集群新竣工产业项目28个,完成投资58.19亿元,可实现产值44.95亿元、利税2.62亿元、增加就业岗位5315个"
DZ = "达州市"
G["px04"] = dict(
 article=art("达州市58个工业项目集中开工建设", "达州市府（来源），载于四川省人民政府网站 www.sc.gov.cn", "2019-10-14", "day",
  "Provincial government website relaying a city government item, Sichuan (达州): a city-wide industrial groundbreaking held at a county industrial park — a named pulp-and-paper project, counts and sums of projects started and completed",
  "http://www.sc.gov.cn/10462/10464/10465/10595/2019/10/14/38376ab82f554c22b9fa0e973fe6d84e.shtml",
  "日期取页面“2019年10月14日 11时33分 来源: 达州市府”（页首“2020-07-14”为页面其他栏目日期，已删）。标题照录；首行前的列表符“•”删去（LINE_PREFIX）。存段末段出席名单断于“政法委书记、副”，整段删去；正文三段。园区：李渡工业园区（文中作“达州市李渡工业园区”；达州市渠县）。项目：中顺洁柔(达州)纸业30万吨竹浆纸一体化项目（集中开工建设→开工）；开工仪式在李渡工业园区举行，项目归该园区系由语境推断（注明）。58个开工、28个竣工的计数与金额为全市（达州市，region）。",
  "px04"),
 parks=[
  park(LD, "达州", "四川", "工业园区", D0, district="渠县", aliases=["达州市李渡工业园区"]),
 ],
 companies=[
  comp("中顺洁柔(达州)纸业", LD, D0, opt=True, note="只在项目名中；园区由语境推断"),
 ],
 projects=[
  proj("中顺洁柔(达州)纸业30万吨竹浆纸一体化项目", LD, D0, companies=["中顺洁柔(达州)纸业"], status="开工", status_text="集中开工建设",
       note="开工仪式在李渡工业园区举行；项目归该园区系推断"),
 ],
 aggregate_facts=[
  fact(DZ, "region", "projects_started", 58, "count", D1, "2019年10月12日（集中开工）"),
  fact(DZ, "region", "projects_started_investment_cny", 3.1533e10, "cny", D1, "2019年10月12日（集中开工）", chk=True, note="计划投资总额"),
  fact(DZ, "region", "projects_completed", 28, "count", "六大产业集群新竣工产业项目28个,完成投资58.19亿元", "2019年（截至10月）", kind="cumulative"),
  fact(DZ, "region", "projects_completed_investment_cny", 5.819e9, "cny", "完成投资58.19亿元,可实现产值44.95亿元", "2019年（截至10月）", kind="cumulative", chk=True),
  fact(DZ, "region", "projects_completed_expected_output_cny", 4.495e9, "cny", "可实现产值44.95亿元、利税2.62亿元、增加就业岗位5315个", "竣工项目达产后（预计）", kind="target", chk=True, opt=True),
  fact(DZ, "region", "projects_completed_expected_jobs", 5315, "count", "增加就业岗位5315个", "竣工项目达产后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- px05 达州高新区签约项目8个 (2020)
DG = "达州高新区"
E1 = "达州高新区共签约项目8个,投资总额达148.6亿元,主要涉及新材料、电子信息、智能制造、新能源等产业"
E2 = "其中,贵州唯特高新能源科技有限公司新能源电池正极材料生产基地项目计划投资100亿元"
G["px05"] = dict(
 article=art("达州高新区签约项目8个 揽金148.6亿元", "未注明原刊，载于 zkxblog.com（ZKX's LAB，转载）", "2020-11-18", "day",
  "Relay blog copy of a local item, Sichuan (达州): a high-tech zone's eight projects signed at a provincial investment fair, one named 100亿元 project, the city's signing totals, the zone's half-year growth",
  "https://zkxblog.com/lab/read-3468805.html",
  "日期取页面“2020-11-18”（签约为11月17日）。标题照录；站名、日期栏目行与页尾“随机阅读”等已删；正文三段，完整。园区：达州高新区（达州市）。项目：贵州唯特高新能源科技有限公司新能源电池正极材料生产基地项目（“其中”承“达州高新区共签约项目8个”→园区达州高新区，签约；计划投资100亿元）。出席企业中国铁建集团等三家只为与会者（可选，park null）。事实：园区签约8个、148.6亿元；全市签约123个、1094.48亿元与推出160个、近2000亿元（region）。上半年GDP增速高出全国、全省的百分点列为可选。",
  "px05"),
 parks=[
  park(DG, "达州", "四川", "高新区", E1),
 ],
 companies=[
  comp("贵州唯特高新能源科技有限公司", DG, E2),
  comp("中国铁建集团", None, "中国铁建集团、四川省能投集团、正威国际集团等知名企业客商代表共计300多人出席", opt=True, note="与会者"),
  comp("四川省能投集团", None, "中国铁建集团、四川省能投集团、正威国际集团等知名企业客商代表共计300多人出席", opt=True, note="与会者"),
  comp("正威国际集团", None, "中国铁建集团、四川省能投集团、正威国际集团等知名企业客商代表共计300多人出席", opt=True, note="与会者"),
 ],
 projects=[
  proj("贵州唯特高新能源科技有限公司新能源电池正极材料生产基地项目", DG, E2, companies=["贵州唯特高新能源科技有限公司"], inv="计划投资100亿元",
       status="签约", status_text="签约", note="达州高新区8个签约项目之一（2020年11月17日）"),
 ],
 aggregate_facts=[
  fact(DG, "park", "projects_signed", 8, "count", E1, "2020年11月17日（签约仪式）"),
  fact(DG, "park", "signed_investment_cny", 1.486e10, "cny", E1, "2020年11月17日（签约仪式）", chk=True),
  fact("达州市", "region", "projects_signed", 123, "count", "活动期间,达州市共签约投资合作项目123个,投资总额1094.48亿元", "2020年11月（推介活动期间）"),
  fact("达州市", "region", "signed_investment_cny", 1.09448e11, "cny", "投资总额1094.48亿元", "2020年11月（推介活动期间）", chk=True),
  fact("达州市", "region", "projects_promoted", 160, "count", "推出“6+3”重点产业合作项目160个,投资总额近2000亿元", "2020年11月", opt=True),
  fact("达州市", "region", "projects_promoted_investment_cny", 2e11, "cny", "投资总额近2000亿元", "2020年11月", qual="约", qtext="近", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- px06 岳池县在渝引资89.5亿元 (四川经济日报 2020)
YC = "岳池生物医药产业园区"
RA = "四川仁安药业有限责任公司"
F1 = "在当天的签约项目中,仁安药业最为“特殊”。仁安药业自2013年落户岳池县以来,已是第三轮追加投资,布局生产苯溴马隆等22个原料药产品生产线"
G["px06"] = dict(
 article=art("岳池县在渝引资89.5亿元", "四川经济日报（王林 高仁洪 陈海彬 记者 余萍），载于 m.yybnet.net（今日岳池）", "2020-10-16", "day",
  "Provincial economic daily relayed by a local news portal, Sichuan (广安 岳池县): a county's signings at a Chongqing investment fair — a pharmaceutical firm's third-round investment with expected output, the county's biomedicine park, its power-transmission industry figures",
  "https://m.yybnet.net/guangan/yuechi/202010/10931478.html",
  "日期取页面“四川经济日报 2020-10-16 06:28”（签约为10月15日）。标题照录；来源日期行已删。存段末段（县委书记讲话，断于“热烈欢迎广”）整段删去；正文四段。园区：岳池生物医药产业园区（广安市岳池县）。公司：四川仁安药业有限责任公司（又作“仁安药业”）；总经理谈园区配套为企业降本，企业在该园区系由语境推断（注明）。项目：仁安药业第三轮追加投资（签约；无单项金额，项目名即企业名）；累计投资超过10亿元、投产后年产值15.5亿元为企业事实。县级：签约4个、89.5亿元；输变电企业数与2019年产值、税收（region，可选）。",
  "px06"),
 parks=[
  park(YC, "广安", "四川", "产业园区", "岳池生物医药产业园区拥有良好的基础配套", district="岳池县"),
 ],
 companies=[
  comp(RA, YC, "四川仁安药业有限责任公司总经理何勇说,岳池生物医药产业形成了较为完整的产业链条", aliases=["仁安药业"], note="园区由语境推断（总经理谈园区配套为企业降本）"),
 ],
 projects=[
  proj("仁安药业", YC, F1, companies=[RA], status="签约", status_text="签约", note="第三轮追加投资；无单项金额；项目名即企业名；园区由语境推断"),
 ],
 aggregate_facts=[
  fact("岳池县", "region", "projects_signed", 4, "count", "现场成功签约项目4个,协议资金89.5亿元", "2020年10月15日（签约仪式）"),
  fact("岳池县", "region", "signed_investment_cny", 8.95e9, "cny", "现场成功签约项目4个,协议资金89.5亿元", "2020年10月15日（签约仪式）", chk=True),
  fact(RA, "company", "expected_annual_output_cny", 1.55e9, "cny", "项目全部建成投产后,可实现年产值15.5亿元", "全部投产后（预计）", kind="target", chk=True),
  fact(RA, "company", "cumulative_investment_cny", 1e9, "cny", "仁安药业在岳池累计投资超过10亿元", "2020年10月", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact("岳池县", "region", "transmission_construction_firms", 22, "count", "岳池现有输变电施工企业22家、制造企业3家", "2020年10月", opt=True),
  fact("岳池县", "region", "transmission_industry_output_cny", 9.1e9, "cny", "2019年实现产值91亿元,完成税收4.3亿元", "2019年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- px07 南充经开区 (南充晚报 2020)
NJ = "南充经济开发区"
H1 = "据相关负责人介绍, 都京港嘉陵江大桥延伸线工程于今年2月21日正式开工"
G["px07"] = dict(
 article=art("大抓项目抓大项目 始终坚持高质量发展南充经开区打造百年化工绿色家园", "南充晚报，载于 m.yybnet.net（今日南充）", "2020-06-30", "day",
  "Evening paper relayed by a local news portal, Sichuan (南充): an economic development zone's project drive — a bridge-extension project started in February and under construction",
  "https://m.yybnet.net/nanchong/news/202006/10614958.html",
  "日期取页面“南充晚报 2020-06-30 06:05”。标题照录（“发展南充经开区”之间无空格，照录）；来源日期行已删。存段末段（项目长度、总投资约1.25亿元等，断于“下中坝片区、 都”）整段删去，故正文无项目金额；正文四段，含小标题一行。原文逗号后常带空格，照录。园区：南充经济开发区（又作“经开区”，标题作“南充经开区”；南充市）。项目：都京港嘉陵江大桥延伸线工程（2月21日正式开工→开工；“正在进行引桥和匝道施工”→在建，作 status_alt；预计2020年底建成投用）；归南充经济开发区系由语境推断（文章写该区抓项目）。",
  "px07"),
 parks=[
  park(NJ, "南充", "四川", "经济开发区", "今年以来,南充经济开发区(下简称“经开区”) 在全力以赴打赢新冠肺炎疫情防控阻击战的基础上", aliases=["南充经开区", "经开区"]),
 ],
 companies=[],
 projects=[
  proj("都京港嘉陵江大桥延伸线工程", NJ, H1, status="开工", status_text="正式开工", status_alt="在建", note="“三高两桥”子项目；预计2020年底建成投用；园区由语境推断"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- px08 广安 4个“百亿”工业项目 (2023)
GA = "广安经济技术开发区"
J1 = "这4个工业项目分别是投资117亿元的玖源新材料项目、投资118亿元的利尔绿色植保系列项目、投资167亿元的和邦生物双甘膦项目、投资120亿元的诚信新材料钛系列产品项目"
JY = "广安前峰玖源电子材料有限公司"
J2 = "该公司去年10月开始设备安装,今年5月份已完成生产调试,实现二甲基甲酰胺、吡咯烷酮一次性试车成功,即将正式投产"
G["px08"] = dict(
 article=art("（无标题）广安4个“百亿”工业项目与重庆紧密关联", "未注明原刊（图片署“记者 崔力 摄\\视觉重庆”），载于 m.baowang.cwan.com", "2023-06-04", "day",
  "Chongqing-side media item on a relay portal, Sichuan (广安): four 百亿 industrial projects with their sums, as told by the national zone's official; a chemical firm about to enter production and its supply to a Chongqing zone",
  "http://m.baowang.cwan.com/zixun/redian/2023/0604/30323.html",
  "日期取网址 2023/0604（采访为6月2日）。存段无标题（title 为编者概括）；首行图片说明“5月31日,广安利尔化学股份有限公司二期项目建设现场(…)”与“(资料图)”已删；存段末为小标题“落户广安,很大程度上就是因为这里毗邻重庆”与单字“毗”，一并删去；正文六段，含小标题一行。园区：广安经济技术开发区（负责人介绍；广安市）；长寿经开区、长寿化工园（重庆长寿区）为客户所在地（可选）。项目：玖源新材料项目117亿元、利尔绿色植保系列项目118亿元、和邦生物双甘膦项目167亿元、诚信新材料钛系列产品项目120亿元——文中只说“广安4个‘百亿’工业项目”，未说所在园区，park null；无单项阶段（“随着这些项目陆续建成投产”）。公司：广安前峰玖源电子材料有限公司（5月完成生产调试、试车成功、即将投产；园区未说，park null）；玖源化工(集团)有限公司为其母公司（可选）。",
  "px08"),
 parks=[
  park(GA, "广安", "四川", "经济技术开发区", "6月2日,四川省广安市广安经济技术开发区有关负责人告诉参加广安“中省(渝)主流媒体集中采访”活动的记者"),
  park("长寿经开区", "重庆", "重庆", "经济开发区", "约有30%供我市长寿经开区,占长寿经开区一甲胺原料供应量的80%", district="长寿区", opt=True, note="客户所在地（重庆）"),
  park("长寿化工园", "重庆", "重庆", "化工园区", "“我们与长寿化工园联系非常紧密,交流互动非常频繁。”", district="长寿区", opt=True, note="只在引语与小标题中"),
 ],
 companies=[
  comp(JY, None, "在广安前峰玖源电子材料有限公司,室外,巨大的银色精馏塔巍峨矗立", note="园区未说"),
  comp("玖源化工(集团)有限公司", None, "广安前峰玖源电子材料有限公司是玖源化工(集团)有限公司下属企业之一", opt=True, note="母公司"),
 ],
 projects=[
  proj("玖源新材料项目", None, J1, inv="117亿元", note="“广安4个‘百亿’工业项目”之一；园区未说；无阶段"),
  proj("利尔绿色植保系列项目", None, J1, inv="118亿元", note="同上"),
  proj("和邦生物双甘膦项目", None, J1, inv="167亿元", note="同上"),
  proj("诚信新材料钛系列产品项目", None, J1, inv="120亿元", note="同上"),
 ],
 aggregate_facts=[
  fact("广安市", "region", "projects_over_10bn", 4, "count", "该市以4个投资超百亿元的项目为引领", "2023年", opt=True),
  fact(JY, "company", "share_of_output_to_changshou", 0.30, "ratio", "约有30%供我市长寿经开区", "2023年6月", kind="ratio", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- px09 宜宾高新区 英发德耀 (经济日报 via 宜宾零距离 2022)
YB = "宜宾高新区"
YF = "英发德耀科技有限公司"
K1 = "位于宜宾高新区的英发德耀科技有限公司车间内,工人正紧张有序生产"
K2 = "前不久,这家生产高效晶硅太阳能电池片的企业一期工程投产运行,二期工程启动建设"
K3 = "“项目总投资110亿元,年产20GW电池片,明年全年订单已排满,投产后每天将有四五千万元产值。”"
K4 = "中材锂膜西南基地10亿平方米电池隔膜、四川铭丰电子10万吨铜箔、天原集团10万吨磷酸铁锂正极材料等重大产业项目接连开工"
K5 = "前9个月,全市385个重点项目完成投资770多亿元,102个项目开工建设"
G["px09"] = dict(
 article=art("优质项目推进稳 数字经济势头旺 四川宜宾抓实产业促升级", "经济日报（钟华林；2022-12-21 头版，原题《四川宜宾抓实产业促升级》），全文转载于宜宾零距离论坛 bbs.ybvv.com（“宜宾发布”帖）", "2022-12-22", "day",
  "National economic daily reposted on a city forum by the city's official account, Sichuan (宜宾): the city's project drive — three named industrial projects started, a solar-cell firm in a high-tech zone with phase 1 in production and phase 2 begun",
  "http://bbs.ybvv.com/thread-1723771-1-22.html",
  "日期取帖“发表于 2022-12-22 10:49”（编者按：经济日报12月21日头版刊发）。标题取帖题，删去论坛标签“[宜宾发布] ”（make_txt.py HEAD_PREFIX）；论坛菜单、编者按、“经济日报版面”、署名行与图片说明“宜宾市大数据产业园 曾朗摄”已删；存段至“仅用时5个月。”止，正文三段，完整。园区：宜宾高新区（宜宾市）。公司：英发德耀科技有限公司（“位于宜宾高新区”）。项目：英发德耀项目（总投资110亿元，年产20GW电池片；一期“投产运行”→投产，二期“启动建设”→开工，分列；项目名即企业名）；中材锂膜西南基地10亿平方米电池隔膜、四川铭丰电子10万吨铜箔、天原集团10万吨磷酸铁锂正极材料（“接连开工”→开工；园区未说，park null）。全市前9个月385个重点项目“完成投资770多亿元”（不是“数字+亿元”，不入 *_cny 指标）、102个开工（region，cumulative）。",
  "px09"),
 parks=[
  park(YB, "宜宾", "四川", "高新区", K1),
 ],
 companies=[
  comp(YF, YB, K1),
  comp("中材锂膜", None, K4, opt=True, note="只在项目名中"),
  comp("四川铭丰电子", None, K4, opt=True, note="只在项目名中"),
  comp("天原集团", None, K4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(YF, YB, K3, companies=[YF], inv="项目总投资110亿元", status="投产", status_text="一期工程投产运行", phase="一期",
       note="项目名即企业名；年产20GW电池片；二期另列"),
  proj(YF + "二期工程", YB, K2, companies=[YF], status="开工", status_text="二期工程启动建设", phase="二期", opt=True),
  proj("中材锂膜西南基地10亿平方米电池隔膜", None, K4, companies=["中材锂膜"], status="开工", status_text="接连开工", note="园区未说"),
  proj("四川铭丰电子10万吨铜箔", None, K4, companies=["四川铭丰电子"], status="开工", status_text="接连开工", note="园区未说"),
  proj("天原集团10万吨磷酸铁锂正极材料", None, K4, companies=["天原集团"], status="开工", status_text="接连开工", note="园区未说"),
 ],
 aggregate_facts=[
  fact("宜宾市", "region", "key_projects", 385, "count", K5, "2022年1—9月", kind="cumulative", opt=True),
  fact("宜宾市", "region", "key_projects_investment_completed", 7.7e10, "cny", K5, "2022年1—9月", kind="cumulative", qual="余", qtext="多",
       note="“770多亿元”（非数字+亿元，指标名不用 _cny）"),
  fact("宜宾市", "region", "projects_started", 102, "count", K5, "2022年1—9月", kind="cumulative"),
 ])
