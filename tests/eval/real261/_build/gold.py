# real261 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city is not a park). Status from the text's words (开工仪式 / 集中
# 开工 → 开工; 投产投用 / 建成投产 → 投产; 加快建设 → 在建; 将投资…新建 → planned; 新引进 alone → no status). “计划” / “预计”
# figures are kind target; year-to-date counts (“今年以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/szNN.raw as returned.

# ---------------------------------------------------------------- sz01 渭南高新区11个项目集中开工 (关中在线 2023)
WN = "渭南高新区"
A0 = "当天,渭南高新区11个项目集中开工,总投资27.4亿元,年度计划投资11.2亿元"
A1 = "其中,中粮粮谷年产90万吨小麦深加工及仓储物流项目由中粮集团投资建设。该项目是中粮集团西部大型现代食品产业聚集区的重要组成部分,占地190亩,总投资21亿元"
A2 = "一期小麦加工产线项目预计2025年3月建成,达产后可实现年产值24亿元以上、利税2亿元,带动就业400余人"
A3 = "开工仪式结束后,与会领导还分别深入渭南市人民医院(市妇幼保健院)建设项目、瑞联原料药生产项目、温德姆中创豪生国际酒店建设项目进行观摩"
AS1 = "2023年2月23日（集中开工）"
ZL = "中粮粮谷年产90万吨小麦深加工及仓储物流项目"
G["sz01"] = dict(
 article=art("渭南高新区11个项目集中开工 总投资27.4亿元", "关中在线（guanzhongzx.com，“资讯”栏；原发媒体与署名未注明）", "2023-02-24", "day",
  "Regional news site, Shaanxi: a high-tech zone's share of a city's monthly groundbreaking — count, total and annual plan of the zone's projects started, industrial projects, one named food-processing project by a central SOE with its investment, site area, first-phase completion date and expected output, the zone's key-project count, three projects visited",
  "http://www.guanzhongzx.com/a/szdj//2023/0224/6445.html",
  "日期取网址 /2023/0224/（文中“2月23日”为开工日，页面存段无日期行）。标题照录；面包屑“当前位置: 主页 > 资讯 >”与文末“扫描关注关中在线微信…”已删。正文四段，完整。园区：渭南高新区（渭南高新技术产业开发区，渭南，陕西；文中又作“高新区”）。项目：中粮粮谷年产90万吨小麦深加工及仓储物流项目——开工仪式在高新区举行，总投资21亿元，中粮集团投资建设；一期产线预计2025年3月建成，达产后年产值24亿元以上、利税2亿元（target）。与会领导观摩的渭南市人民医院(市妇幼保健院)建设项目、瑞联原料药生产项目、温德姆中创豪生国际酒店建设项目：是否在高新区、处于何阶段文中未说（列为可选项目，park 按语境推定为渭南高新区，status null）。公司：中粮集团（投资方，park null）；“中粮粮谷”只在项目名中（可选）。事实：11个项目开工、总投资27.4亿元、年度计划投资11.2亿元（target）；其中产业项目7个、24.8亿元；全年抓好160个重点项目（可选）。",
  "sz01"),
 parks=[
  park(WN, "渭南", "陕西", "高新区", A0, aliases=["高新区"], note="渭南高新技术产业开发区；文中又作“高新区”"),
 ],
 companies=[
  comp("中粮集团", None, A1, note="项目投资建设方（央企集团，不在园区注册）"),
  comp("中粮粮谷", WN, A1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj(ZL, WN, A1, companies=["中粮集团"], inv="总投资21亿元", status="开工", status_text="开工仪式",
       note="2023年2月23日开工仪式；一期小麦加工产线预计2025年3月建成"),
  proj("渭南市人民医院(市妇幼保健院)建设项目", WN, A3, opt=True, note="观摩项目；位置与阶段文中未说"),
  proj("瑞联原料药生产项目", WN, A3, opt=True, note="观摩项目；位置与阶段文中未说"),
  proj("温德姆中创豪生国际酒店建设项目", WN, A3, opt=True, note="观摩项目；位置与阶段文中未说"),
 ],
 aggregate_facts=[
  fact(WN, "park", "projects_started", 11, "count", A0, AS1),
  fact(WN, "park", "projects_started_investment_cny", 2.74e9, "cny", "渭南高新区11个项目集中开工,总投资27.4亿元", AS1, chk=True),
  fact(WN, "park", "projects_started_annual_planned_investment_cny", 1.12e9, "cny", "年度计划投资11.2亿元", "2023年（计划）", kind="target", chk=True),
  fact(WN, "park", "industrial_projects_started", 7, "count", "当天集中开工的11个项目中,产业项目7个,总投资24.8亿元", AS1),
  fact(WN, "park", "industrial_projects_started_investment_cny", 2.48e9, "cny", "产业项目7个,总投资24.8亿元", AS1, chk=True),
  fact(WN, "park", "key_projects", 160, "count", "全力抓好160个重点项目建设", "2023年", kind="target", opt=True),
  fact(ZL, "project", "expected_annual_output_cny", 2.4e9, "cny", A2, "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(ZL, "project", "expected_annual_profit_tax_cny", 2e8, "cny", "利税2亿元", "达产后（预期）", kind="target", opt=True, chk=True),
  fact(ZL, "project", "expected_jobs", 400, "count", "带动就业400余人", "达产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact(ZL, "project", "site_area_mu", 190, "mu", A1, "2023年2月", opt=True),
 ])

# ---------------------------------------------------------------- sz02 安康高新区 8个项目集中开工 4个项目投产投用 (安康新闻网 2021)
AK = "安康高新区"
B1 = "安康高新区中线导管研发及产业化项目、禾瑞光光学玻璃滤光片研发生产项目、面部识别模组研发生产项目、电子线束智能生产线改造项目、年产200万台高端车载冰箱项目、农产品批发交易中心项目、医药仓储物流中心建设项目、长兴中等职业技术学校8个重点项目集中开工"
B2 = "电子磁性元件生产加工项目、精密机械部件加工项目、华融盈科生物环保设备研发项目、花园沟大桥及周家沟大桥拓宽改造工程4个重点项目集中投产投用"
B3 = "安康高新区本次集中开工项目8个,总投资19.5亿元,年度投资6.9亿元,其中产业项目5个,总投资5.9亿元,年度投资3.6亿元"
B4 = "集中投产投用项目4个,总投资3.1亿元,其中产业项目3个,总投资2.2亿元,预计年可实现产值3.3亿元、利税1亿元,带动就业290人"
AS2 = "2021年7月26日（集中开工、投产投用）"
G["sz02"] = dict(
 article=art("推动项目建设提质加速 高质量完成全年任务", "安康新闻网（akxw.cn，“本站原创”；本节通讯员 王潇）", "2021-07-28", "day",
  "City news portal's round-up, Shaanxi (only the high-tech zone's section kept): a zone's branch venue at a city's quarterly groundbreaking and commissioning — eight named projects started, four named projects put into production or use, counts, totals and annual investment, expected output, profit-tax and jobs",
  "http://www.akxw.cn/news/ankang/aknews/397920.html",
  "日期取页面“2021-07-28 来源:本站原创”。标题照录（全文为多区县合集稿，存段只有第一节“高新区:8个项目集中开工 4个项目投产投用”完整，该小标题保留为首段；下一节“汉滨区:7个项目集中开工 10”在此中断，整节删去）。页面联系电话、投稿邮箱、栏目路径与日期行已删；网站水印“kLs安康新闻网”粘在各行末，已剪去（make_txt.py WATERMARK）；图片说明“高新区电子磁性元件生产加工项目投产。 王潇 摄”已删。正文四段。园区：安康高新区（安康高新技术产业开发区，安康，陕西；小标题作“高新区”）。项目：8个集中开工（开工）、4个集中投产投用（投产；其中花园沟大桥及周家沟大桥拓宽改造工程为基础设施，status_alt 竣工），均无单项金额。“华融盈科”只在项目名中（可选公司）。事实：开工8个、总投资19.5亿元、年度投资6.9亿元（计划，target）、其中产业项目5个5.9亿元；投产投用4个3.1亿元、其中产业项目3个2.2亿元；预计年产值3.3亿元、利税1亿元、就业290人（target）。",
  "sz02"),
 parks=[
  park(AK, "安康", "陕西", "高新区", "安康高新区设立分会场,以同步视频连线方式参加会议", aliases=["高新区"], note="安康高新技术产业开发区；小标题作“高新区”"),
 ],
 companies=[
  comp("华融盈科", AK, B2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中线导管研发及产业化项目", AK, B1, status="开工", status_text="集中开工"),
  proj("禾瑞光光学玻璃滤光片研发生产项目", AK, B1, status="开工", status_text="集中开工"),
  proj("面部识别模组研发生产项目", AK, B1, status="开工", status_text="集中开工"),
  proj("电子线束智能生产线改造项目", AK, B1, status="开工", status_text="集中开工"),
  proj("年产200万台高端车载冰箱项目", AK, B1, status="开工", status_text="集中开工"),
  proj("农产品批发交易中心项目", AK, B1, status="开工", status_text="集中开工"),
  proj("医药仓储物流中心建设项目", AK, B1, status="开工", status_text="集中开工"),
  proj("长兴中等职业技术学校", AK, B1, status="开工", status_text="集中开工", note="学校建设项目"),
  proj("电子磁性元件生产加工项目", AK, B2, status="投产", status_text="集中投产投用"),
  proj("精密机械部件加工项目", AK, B2, status="投产", status_text="集中投产投用"),
  proj("华融盈科生物环保设备研发项目", AK, B2, companies=["华融盈科"], status="投产", status_text="集中投产投用"),
  proj("花园沟大桥及周家沟大桥拓宽改造工程", AK, B2, status="投产", status_text="集中投产投用", status_alt="竣工",
       note="基础设施工程，投用"),
 ],
 aggregate_facts=[
  fact(AK, "park", "projects_started", 8, "count", B3, AS2),
  fact(AK, "park", "projects_started_investment_cny", 1.95e9, "cny", "安康高新区本次集中开工项目8个,总投资19.5亿元", AS2, chk=True),
  fact(AK, "park", "projects_started_annual_planned_investment_cny", 6.9e8, "cny", "年度投资6.9亿元", "2021年（计划）", kind="target", chk=True),
  fact(AK, "park", "industrial_projects_started", 5, "count", B3, AS2, opt=True),
  fact(AK, "park", "industrial_projects_started_investment_cny", 5.9e8, "cny", "其中产业项目5个,总投资5.9亿元", AS2, opt=True, chk=True),
  fact(AK, "park", "projects_in_production", 4, "count", B4, AS2),
  fact(AK, "park", "projects_in_production_investment_cny", 3.1e8, "cny", B4, AS2, chk=True),
  fact(AK, "park", "industrial_projects_in_production", 3, "count", B4, AS2, opt=True),
  fact(AK, "park", "industrial_projects_in_production_investment_cny", 2.2e8, "cny", "其中产业项目3个,总投资2.2亿元", AS2, opt=True, chk=True),
  fact(AK, "park", "expected_annual_output_cny", 3.3e8, "cny", "预计年可实现产值3.3亿元、利税1亿元", "投产项目（预期，年）", kind="target", chk=True, note="投产投用项目"),
  fact(AK, "park", "expected_annual_profit_tax_cny", 1e8, "cny", "利税1亿元", "投产项目（预期，年）", kind="target", opt=True, chk=True),
  fact(AK, "park", "expected_jobs", 290, "count", "带动就业290人", "投产项目（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- sz03 咸阳高新区13个项目集中开工 (国际在线 2022)
XY = "咸阳高新区"
C1 = "2022年,咸阳高新区安排重点项目95个,总投资1299.5亿元,年度计划投资610.8亿元"
C2 = "本次集中开工项目13个,总投资38.4亿元,年度计划投资22.6亿元,分别是星火大道市政工程建设项目、永昌路道路项目、科研工坊项目等"
AS3 = "2022年1月24日（集中开工）"
G["sz03"] = dict(
 article=art("咸阳高新区13个项目集中开工 总投资38.4亿元", "国际在线（中央广电总台国际在线陕西频道 sn.cri.cn；供稿 咸阳高新区管委会；编辑 王菲）", "2022-01-24", "day",
  "National broadcaster's provincial web channel relaying a zone's release, Shaanxi: a high-tech zone's monthly groundbreaking — the year's key-project plan, 13 projects started with total and annual investment, three named projects, the venue project's scale",
  "https://sn.cri.cn/2022-01-24/bb02dcd8-ac3b-759d-5946-e112b2dbdc68.html",
  "日期取页面“2022-01-24 17:57:29”。标题照录；来源行、“编辑:王菲”与页尾栏目词已删；“(供稿 咸阳高新区管委会)”在末段句末，保留。正文四段，完整。园区：咸阳高新区（咸阳高新技术产业开发区，咸阳，陕西；文中又作“高新区”）。项目：星火大道市政工程建设项目（开工活动会场，又作“星火大道市政工程项目”；全长4.8公里）、永昌路道路项目、科研工坊项目——集中开工，无单项金额。事实：2022年安排重点项目95个、总投资1299.5亿元、年度计划投资610.8亿元（target）；本次开工13个、总投资38.4亿元、年度计划投资22.6亿元（target）。管委会领导不列；咸阳高新区管委会为供稿方（可选机构）。",
  "sz03"),
 parks=[
  park(XY, "咸阳", "陕西", "高新区", C1, aliases=["高新区"], note="咸阳高新技术产业开发区；文中又作“高新区”"),
 ],
 companies=[],
 institutions=[
  inst("咸阳高新区管委会", "(供稿 咸阳高新区管委会)", park=XY, note="供稿方"),
 ],
 projects=[
  proj("星火大道市政工程建设项目", XY, C2, status="开工", status_text="集中开工", aliases=["星火大道市政工程项目"],
       note="开工活动会场；西起西侯路，东至高科六路，全长4.8公里"),
  proj("永昌路道路项目", XY, C2, status="开工", status_text="集中开工"),
  proj("科研工坊项目", XY, C2, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(XY, "park", "key_projects", 95, "count", C1, "2022年（计划）", kind="target"),
  fact(XY, "park", "key_projects_total_investment_cny", 1.2995e11, "cny", "安排重点项目95个,总投资1299.5亿元", "2022年（计划）", kind="target", chk=True),
  fact(XY, "park", "planned_annual_investment_cny", 6.108e10, "cny", "年度计划投资610.8亿元", "2022年（计划）", kind="target", chk=True),
  fact(XY, "park", "projects_started", 13, "count", C2, AS3),
  fact(XY, "park", "projects_started_investment_cny", 3.84e9, "cny", "本次集中开工项目13个,总投资38.4亿元", AS3, chk=True),
  fact(XY, "park", "projects_started_annual_planned_investment_cny", 2.26e9, "cny", "年度计划投资22.6亿元,分别是", "2022年（计划）", kind="target", chk=True),
  fact("星火大道市政工程建设项目", "project", "length_km", 4.8, "km", "双向六车道,全长4.8公里", "2022年1月", opt=True),
 ])

# ---------------------------------------------------------------- sz04 张掖 234个项目集中开工 (经济日报客户端 on 中国甘肃网 2021)
ZY = "张掖智能制造产业园"
D0 = "3月16日,甘肃省重大项目集中开工复工动员大会张掖分会场在张掖智能制造产业园举行。当天张掖市集中开工各类项目234项,总投资812.3亿元,年度计划投资258.6亿元"
D1 = "主要有中云科技集团(深圳)有限公司投资30亿元的智能制造产业项目、兰州能投集团投资21.2亿元的晋昌源120万吨捣固炼焦项目、张掖城投公司投资7.3亿元的张掖大数据产业园等重点项目"
D2 = "其中中云科技智能制造产业项目分两期建设,一期已投资10亿元,建成SMT贴片生产线和产品组装线;二期计划投资20亿元,生产注塑、平板电脑等电子产品及配件"
D3 = "据了解,2021年张掖市计划实施固定资产投资项目536项,总投资2598.6亿元,年度计划投资401.3亿元"
AS4 = "2021年3月16日（集中开工）"
ZYS = "张掖市"
G["sz04"] = dict(
 article=art("甘肃张掖投资812.3亿元的234个项目集中开工", "经济日报新闻客户端（李琛奇，通讯员 黄鹰），载于中国甘肃网 gansu.gscn.com.cn", "2021-03-17", "day",
  "Provincial news portal relaying a national economic daily's app, Gansu: a city's branch venue of the province's groundbreaking, held in an intelligent-manufacturing park — counts and totals of projects started, three named firms' projects with investment, one project's phases and expected output, the city's year plan",
  "http://gansu.gscn.com.cn/system/2021/03/17/012558546.shtml",
  "日期取网址 2021/03/17（开工日为3月16日）。标题照录；“原标题:…”行（与标题同）、署名行“(经济日报新闻客户端 李琛奇 通讯员 黄鹰)”与“相关新闻”列表已删。正文五段，完整。园区：张掖智能制造产业园（张掖分会场所在地；张掖，甘肃）。“张掖大数据产业园”在文中是张掖城投公司投资7.3亿元的项目（列为项目；亦列为可选园区）。项目：中云科技集团(深圳)有限公司的智能制造产业项目（30亿元；文中又作“中云科技智能制造产业项目”；一期已投资10亿元建成产线，二期计划投资20亿元——分期列为可选项目）、兰州能投集团的晋昌源120万吨捣固炼焦项目（21.2亿元）、张掖城投公司的张掖大数据产业园（7.3亿元）：均为此次开工项目（开工）；所在园区文中未说（park null；中云项目在智能制造产业园举行分会场，只是推测，未采用）。事实主体张掖市（region）：开工234项、总投资812.3亿元、年度计划投资258.6亿元；产业化项目116项、年度计划139亿元、占54%（可选）；2021年计划项目536项、2598.6亿元、年度计划401.3亿元（target，可选）；中云项目预计年产值25亿元（target）。",
  "sz04"),
 parks=[
  park(ZY, "张掖", "甘肃", "产业园（智能制造）", D0, note="集中开工张掖分会场所在地"),
  park("张掖大数据产业园", "张掖", "甘肃", "产业园（大数据）", D1, opt=True, note="文中作张掖城投公司投资7.3亿元的项目"),
 ],
 companies=[
  comp("中云科技集团(深圳)有限公司", None, D1, aliases=["中云科技"], note="智能制造产业项目投资方；园区文中未说"),
  comp("兰州能投集团", None, D1, note="晋昌源炼焦项目投资方"),
  comp("张掖城投公司", None, D1, note="张掖大数据产业园投资方"),
  comp("晋昌源", None, D1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中云科技智能制造产业项目", None, D1, companies=["中云科技集团(深圳)有限公司"], inv="投资30亿元", status="开工", status_text="集中开工",
       aliases=["智能制造产业项目"], note="分两期：一期已投资10亿元建成产线，二期计划投资20亿元；园区文中未说"),
  proj("中云科技智能制造产业项目一期", None, D2, companies=["中云科技集团(深圳)有限公司"], inv="一期已投资10亿元", phase="一期",
       status="竣工", status_text="建成", opt=True, note="已投资10亿元，建成SMT贴片生产线和产品组装线"),
  proj("中云科技智能制造产业项目二期", None, D2, companies=["中云科技集团(深圳)有限公司"], inv="二期计划投资20亿元", phase="二期",
       status="planned", status_text="计划投资", opt=True),
  proj("晋昌源120万吨捣固炼焦项目", None, D1, companies=["兰州能投集团"], inv="投资21.2亿元", status="开工", status_text="集中开工"),
  proj("张掖大数据产业园", None, D1, companies=["张掖城投公司"], inv="投资7.3亿元", status="开工", status_text="集中开工",
       note="园区开发项目"),
 ],
 aggregate_facts=[
  fact(ZYS, "region", "projects_started", 234, "count", D0, AS4),
  fact(ZYS, "region", "projects_started_investment_cny", 8.123e10, "cny", "当天张掖市集中开工各类项目234项,总投资812.3亿元", AS4, chk=True),
  fact(ZYS, "region", "projects_started_annual_planned_investment_cny", 2.586e10, "cny", "年度计划投资258.6亿元,涵盖了", "2021年（计划）", kind="target", chk=True),
  fact(ZYS, "region", "industrial_projects_started", 116, "count", "此次开工项目中产业化项目共116项,年度计划投资139亿元", AS4, opt=True),
  fact(ZYS, "region", "industrial_projects_annual_planned_investment_cny", 1.39e10, "cny", "年度计划投资139亿元,占开复工项目年度计划投资的54%", "2021年（计划）", kind="target", opt=True, chk=True),
  fact(ZYS, "region", "industrial_share_of_annual_planned_investment", 0.54, "ratio", "占开复工项目年度计划投资的54%", "2021年（计划）", kind="ratio", opt=True),
  fact(ZYS, "region", "fixed_asset_projects_planned", 536, "count", D3, "2021年（计划）", kind="target", opt=True),
  fact(ZYS, "region", "fixed_asset_projects_total_investment_cny", 2.5986e11, "cny", "总投资2598.6亿元,年度计划投资401.3亿元", "2021年（计划）", kind="target", opt=True, chk=True),
  fact("中云科技智能制造产业项目", "project", "expected_annual_output_cny", 2.5e9, "cny", "项目全面建成后,预计年产值可达25亿元", "全面建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sz05 兰州新区一季度经济发展成色十足 (新华财经 via haopp 2023)
LZ = "兰州新区"
E0 = "据统计,一季度,兰州新区新引进项目48个、总投资151亿元,签约额同比增长23%"
E1 = "今年以来,新引进东方希望硅产业链配套项目、宏牛资源综合利用项目等优质产业项目82个、总投资256亿元,分别增长21%、28%"
E2 = "兰新半导体、德福高档铜箔三期等项目加快建设,格瑞芬负极材料一期、宏彬新材料一期等建成投产"
E3 = "凝练包装招商项目41个、估算总投资500亿元以上,拓展渠道挖掘搜集重点线索项目75个、估算总投资超1000亿元"
AS5 = "2023年一季度"
AS5b = "2023年（截至5月初）"
G["sz05"] = dict(
 article=art("兰州新区一季度经济发展成色十足", "新华财经（“新华企业资讯”），载于 haopp.top（聚合站转载）", "2023-05-05", "day",
  "National financial news service's corporate-news item relayed by an aggregator, Gansu: a national new area's first quarter — projects introduced with totals and growth, named projects introduced, being built and in production, investment and trade growth",
  "http://wwww.haopp.top/html/finance/20230505/5089857408272020933.shtml",
  "日期取页面“新华财经2023-05-05”（该行已删）与文首“【新华企业资讯5月5日】”。转载聚合站（haopp.top，网址前缀 wwww 照录），简体原样。标题照录。存段末段“扩大外贸…首次打通“塔吉克斯坦至甘肃”国际物流通道,首单金精粉”在句中中断，整段删去；正文三段。引号为半角 \"，照录。园区：兰州新区（国家级新区，兰州，甘肃）。项目（均在兰州新区）：东方希望硅产业链配套项目、宏牛资源综合利用项目——“新引进”（不定状态）；兰新半导体、德福高档铜箔三期——“加快建设”（在建）；格瑞芬负极材料一期、宏彬新材料一期——“建成投产”（投产）；均无单项金额。企业名只在项目名中（可选公司）。事实：一季度新引进项目48个、总投资151亿元、签约额增长23%；工业用电量增长59.8%、进出口增长97.5%、占全省18%（可选）；包装招商项目41个 500亿元以上、线索项目75个 超1000亿元（可选）；今年以来新引进产业项目82个、256亿元、分别增长21%和28%（cumulative）；工业固定资产投资增长77%，民间投资增长68.5%（可选）。48/151 与 82/256 两组口径不同，照录。",
  "sz05"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", E0, note="国家级新区"),
 ],
 companies=[
  comp("东方希望", LZ, E1, opt=True, note="只在项目名中"),
  comp("宏牛", LZ, E1, opt=True, note="只在项目名中（宏牛资源）"),
  comp("兰新半导体", LZ, E2, opt=True, note="项目名即企业简称"),
  comp("德福", LZ, E2, opt=True, note="只在项目名中"),
  comp("格瑞芬", LZ, E2, opt=True, note="只在项目名中"),
  comp("宏彬新材料", LZ, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("东方希望硅产业链配套项目", LZ, E1, status=None, status_text="新引进", note="今年以来新引进"),
  proj("宏牛资源综合利用项目", LZ, E1, status=None, status_text="新引进", note="今年以来新引进"),
  proj("兰新半导体", LZ, E2, status="在建", status_text="加快建设", note="项目以企业简称作名"),
  proj("德福高档铜箔三期", LZ, E2, phase="三期", status="在建", status_text="加快建设"),
  proj("格瑞芬负极材料一期", LZ, E2, phase="一期", status="投产", status_text="建成投产"),
  proj("宏彬新材料一期", LZ, E2, phase="一期", status="投产", status_text="建成投产"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "projects_introduced", 48, "count", E0, AS5),
  fact(LZ, "park", "projects_introduced_investment_cny", 1.51e10, "cny", "兰州新区新引进项目48个、总投资151亿元", AS5, chk=True),
  fact(LZ, "park", "signed_investment_yoy_growth", 0.23, "ratio", E0, AS5, kind="ratio"),
  fact(LZ, "park", "industrial_power_consumption_yoy_growth", 0.598, "ratio", "工业用电量增长59.8%", AS5, kind="ratio", opt=True),
  fact(LZ, "park", "foreign_trade_yoy_growth", 0.975, "ratio", "进出口贸易额同比增长97.5%,占甘肃省总量的18%", AS5, kind="ratio", opt=True),
  fact(LZ, "park", "foreign_trade_share_of_province", 0.18, "ratio", "进出口贸易额同比增长97.5%,占甘肃省总量的18%", AS5, kind="ratio", opt=True),
  fact(LZ, "park", "packaged_investment_projects", 41, "count", E3, AS5b, opt=True),
  fact(LZ, "park", "packaged_investment_projects_investment_cny", 5e10, "cny", "估算总投资500亿元以上", AS5b, kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact(LZ, "park", "lead_projects", 75, "count", E3, AS5b, opt=True),
  fact(LZ, "park", "lead_projects_investment_cny", 1e11, "cny", "估算总投资超1000亿元", AS5b, kind="target", qual="超", qtext="超", opt=True, chk=True),
  fact(LZ, "park", "industrial_projects_introduced", 82, "count", E1, AS5b, kind="cumulative"),
  fact(LZ, "park", "industrial_projects_introduced_investment_cny", 2.56e10, "cny", "优质产业项目82个、总投资256亿元,分别增长21%、28%", AS5b, kind="cumulative", chk=True),
  fact(LZ, "park", "industrial_projects_introduced_yoy_growth", 0.21, "ratio", E1, AS5b, kind="ratio", opt=True),
  fact(LZ, "park", "industrial_projects_introduced_investment_yoy_growth", 0.28, "ratio", E1, AS5b, kind="ratio", opt=True),
  fact(LZ, "park", "industrial_fixed_asset_investment_yoy_growth", 0.77, "ratio", "完成工业固定资产投资增长77%", AS5b, kind="ratio"),
  fact(LZ, "park", "private_investment_yoy_growth", 0.685, "ratio", "民间投资增长68.5%", AS5b, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- sz06 中卫:以重大项目建设激发高质量发展动力 (宁夏日报 on 中卫市政府网 2022)
ZN = "中宁工业园区"
NC = "宁夏宁创新材料科技有限公司"
F0 = "“公司将投资28亿元,新建30万吨再生铝项目和5万吨高精度铝板带项目,进一步延伸产业链"
F1 = "4月6日,在中宁工业园区,宁夏宁创新材料科技有限公司总经理助理魏仲华介绍"
F2 = "全年共谋划项目510个,计划总投资1692亿元,年度计划投资485.3亿元"
ALT = {"investment_text": "公司将投资28亿元", "investment_cny": 2.8e9, "note": "两项目合计（宁创公司），不分摊"}
G["sz06"] = dict(
 article=art("中卫:以重大项目建设激发高质量发展动力", "宁夏日报，载于中卫市人民政府网 www.nxzw.gov.cn（“黄河流域生态保护和高质量发展先行区建设”栏）", "2022-04-13", "day",
  "Regional party daily on a city government portal, Ningxia: a city's year project plan and a firm in a county industrial park — the city's planned projects and investment, the firm's two new aluminium projects with their combined investment, its capacity, jobs and energy figures",
  "https://www.nxzw.gov.cn/zwgk/zfxxgkml/ghjh/hhlystbhhgzlfzxxqjs/202204/t20220413_3451528.html",
  "日期取页面“2022-04-13 来源:宁夏日报”。标题照录；栏目路径、日期来源行、“字号 打印”、二维码分享字样已删。存段至“…着重培育发展一批重大新兴产业项目。”为止（其后未存；该句完整，未删任何半段），含小标题“集聚新能量 发展壮大新兴产业”一行，共五段。园区：中宁工业园区（中卫市中宁县，宁夏）。公司：宁夏宁创新材料科技有限公司（文中又作“宁创公司”“该公司”；在中宁工业园区）。项目：30万吨再生铝项目、5万吨高精度铝板带项目——“公司将投资28亿元,新建”（planned；28亿元为两项合计，investment_cny 不填，记 alt_investment）；再生铝项目为中卫市今年实施的11个重大传统产业改造提升项目之一。事实：中卫市（region）全年谋划项目510个、计划总投资1692亿元、年度计划投资485.3亿元（target）；宁创电解铝产能20万吨、带动就业2000多人（可选）。能耗指标不计。",
  "sz06"),
 parks=[
  park(ZN, "中卫", "宁夏", "工业园区", F1, district="中宁县"),
 ],
 companies=[
  comp(NC, ZN, F1, aliases=["宁创公司"], note="中卫市唯一一家铝业源头企业"),
 ],
 institutions=[],
 projects=[
  proj("30万吨再生铝项目", ZN, F0, companies=[NC], status="planned", status_text="将投资…新建", alt_investment=ALT,
       note="与5万吨高精度铝板带项目合计投资28亿元；中卫市今年11个重大传统产业改造提升项目之一"),
  proj("5万吨高精度铝板带项目", ZN, F0, companies=[NC], status="planned", status_text="将投资…新建", alt_investment=ALT,
       note="与30万吨再生铝项目合计投资28亿元"),
 ],
 aggregate_facts=[
  fact("中卫市", "region", "projects_planned", 510, "count", F2, "2022年（计划）", kind="target"),
  fact("中卫市", "region", "projects_planned_total_investment_cny", 1.692e11, "cny", "计划总投资1692亿元,年度计划投资485.3亿元", "2022年（计划）", kind="target", chk=True),
  fact("中卫市", "region", "planned_annual_investment_cny", 4.853e10, "cny", "年度计划投资485.3亿元", "2022年（计划）", kind="target", chk=True),
  fact(NC, "company", "planned_investment_cny", 2.8e9, "cny", F0, "2022年4月（计划）", kind="target", chk=True, note="两项目合计"),
  fact(NC, "company", "electrolytic_aluminium_capacity_t", 200000, "t", "电解铝产能20万吨,带动就业2000多人", "2022年4月", opt=True),
  fact(NC, "company", "jobs", 2000, "count", "电解铝产能20万吨,带动就业2000多人", "2022年4月", qual="余", qtext="多", opt=True),
  fact("中卫市", "region", "traditional_industry_upgrade_projects", 11, "count", "是中卫市今年围绕节能减排、降耗增效、技术升级实施的11个重大传统产业改造提升项目之一", "2022年", opt=True),
 ])
