# real449 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim; names as written; 约 → 约, 超过/以上/突破 → 超, 多/余 → 余. Yuan in investment_cny /
# *_cny facts. Growth rates and shares as ratios. Projects: the park the text places them in. Status from the text's words.

# ---------------------------------------------------------------- kf01 南康 深赣港产城特别合作区一期 (2022)
SG = "深赣港产城特别合作区"
LG = "赣州国际陆港"
K0 = "区委书记何善锦出席仪式并宣布深赣港产城特别合作区一期项目开工"
K1 = "主要包括综合保税区、进出口商品展示中心、国际木材集散中心二期、国贸中心、跨境电商集拼中心等14个项目,总投资约65亿元,分三年建成"
K2 = "赣州国际陆港党工委副书记、管委会主任罗永锋"
AS1 = "2022年5月20日（集中开工）"
G["kf01"] = dict(
 article=art("南康14个项目集中开工了,将分三年建成", "shandongqingdian.com（济南庆典公司“庆典资讯·行业资讯”栏转载；页末“消息来自:南康”，原发媒体与署名未注明）", "2022-05-23", "day",
  "Event-company site relaying a district item, Jiangxi: groundbreaking of phase 1 of a Shenzhen–Ganzhou port-and-city cooperation zone at 赣州国际陆港 — 14 projects (five named), their total and build period, the officials and builders present",
  "http://www.shandongqingdian.com/news/ind_news/27771.html",
  "日期取页面“发布日期:2022-05-23”（开工仪式为5月20日）。标题照录；栏目导航、日期行、图片占位“图片”、图说“▲开工仪式现场 郭先明摄”“▲何善锦出席仪式并宣布项目开工 郭先明摄”与末行“消息来自:南康”已删。首句在页面上断成五行（“5月20日上午 / 深赣港产城特别合作区一期项目 / 集中开工仪式 / 在赣州国际木材集散中心 / 二期项目施工现场举行”），无字连接，句末无标点，照录。正文四段，完整。园区：深赣港产城特别合作区（赣州市南康区；一期项目即本次14个项目）；赣州国际陆港（有党工委、管委会；仪式在其木材集散中心二期工地）。项目：深赣港产城特别合作区一期项目（开工；“14个项目,总投资约65亿元”→约，分三年建成）；其中点名的综合保税区、进出口商品展示中心、国际木材集散中心二期、国贸中心、跨境电商集拼中心（开工，无单项金额）。公司：到场的中铁第四勘察设计院、中铁二十五局集团公司、中铁十一局集团公司、江西深赣港产城发展有限公司、浙江大东吴集团建设有限公司均为可选（角色未明说，推断为设计、施工与开发方）。",
  "kf01"),
 parks=[
  park(SG, "赣州", "江西", "产城特别合作区", K0, district="南康区", note="一期项目即本次集中开工的14个项目"),
  park(LG, "赣州", "江西", "国际陆港", K2, district="南康区", note="设党工委、管委会；仪式在其国际木材集散中心二期工地；位于南康区（由标题“南康”推断）", opt=False),
 ],
 companies=[
  comp("江西深赣港产城发展有限公司", SG, "江西深赣港产城发展有限公司总经理苏建华", opt=True, note="名称显示为合作区开发公司（推断）"),
  comp("中铁第四勘察设计院", None, "中铁第四勘察设计院副院长陈树堂", opt=True, note="到场单位，角色未明说"),
  comp("中铁二十五局集团公司", None, "中铁二十五局集团公司副总经理李志锋", opt=True, note="到场单位"),
  comp("中铁十一局集团公司", None, "中铁十一局集团公司二级咨询臧丹", opt=True, note="到场单位"),
  comp("浙江大东吴集团建设有限公司", None, "浙江大东吴集团建设有限公司总裁蒙二虎", opt=True, note="到场单位"),
 ],
 projects=[
  proj("深赣港产城特别合作区一期项目", SG, K1, inv="总投资约65亿元", qual="约", qual_text="约", status="开工", status_text="集中开工",
       note="名称见“宣布深赣港产城特别合作区一期项目开工”；金额为14个项目合计，分三年建成"),
  proj("综合保税区", SG, K1, status="开工", status_text="集中开工", note="一期14个项目之一；无单项金额"),
  proj("进出口商品展示中心", SG, K1, status="开工", status_text="集中开工", note="同上"),
  proj("国际木材集散中心二期", SG, K1, phase="二期", status="开工", status_text="集中开工", note="同上；即“赣州国际木材集散中心二期”"),
  proj("国贸中心", SG, K1, status="开工", status_text="集中开工", note="同上"),
  proj("跨境电商集拼中心", SG, K1, status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(SG, "park", "projects_started", 14, "count", K1, AS1),
  fact(SG, "park", "projects_started_investment_cny", 6.5e9, "cny", "总投资约65亿元,分三年建成", AS1, qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- kf02 新余 2024 signing figures (中新网 2025)
XY = "新余市"
L0 = "2024年,该市新签约项目271个,同比增加16个,签约金额高达750亿元,同比增长4.5%,其中192个项目已开工,开工率达到70.9%,实际利用内资695亿元"
L1 = "近三年以来,该市新增237户入规工业企业,其中177户为招商引资项目,占比高达74.7%"
AS2 = "2024年"
AS3 = "2022年至2024年（近三年）"
G["kf02"] = dict(
 article=art("（无标题）新余市2024年新签约项目271个、签约金额750亿元", "中国新闻网（中新网，王剑），载于 futures.yxiu.cn（转载站）", "2025-02-28", "day",
  "National news agency's wire item on an aggregator, Jiangxi: a city's 2024 investment-attraction figures — projects signed, signed amount and growth, projects started and start rate, domestic capital used, new above-scale firms from attracted projects, the lithium and steel chains",
  "https://futures.yxiu.cn/gqs/LC/484874.html",
  "存段无标题、无日期行；日期取电头“中新网新余2月28日电”，年份由正文“2024年”的全年数推定为2025年（title 为编者概括）。页首转载站“AI导读:”及其摘要段已删。存段末句在“在龙头企”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…布局锂矿资源。”，共六段。文中无园区全名（“高新区”只在舒永忠职务中），parks 为空。主体为新余市（region）：2024年新签约项目271个（同比增加16个）、签约金额750亿元（增4.5%）、已开工192个（开工率70.9%）、实际利用内资695亿元；近三年新增入规工业企业237户，其中招商引资项目177户、占74.7%（cumulative）。公司：赣锋锂业（锂电龙头）、新钢集团（钢铁链），中国宝武为可选；均无园区（park null）。“6313”行动计划不列基金或项目。",
  "kf02"),
 parks=[],
 companies=[
  comp("赣锋锂业", None, "在锂电新能源产业链方面,新余市以赣锋锂业为龙头", note="锂电产业链龙头；文中无园区"),
  comp("新钢集团", None, "将围绕新钢集团打造“绿色精品钢铁与先进金属新材料双一流示范企业”的战略目标", note="钢铁产业链；文中无园区"),
  comp("中国宝武", None, "持续放大中国宝武与新钢集团重组效应", opt=True, note="与新钢集团重组"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XY, "region", "projects_signed", 271, "count", L0, AS2),
  fact(XY, "region", "projects_signed_yoy_increase", 16, "count", L0, AS2, opt=True, note="同比增加16个"),
  fact(XY, "region", "signed_investment_cny", 7.5e10, "cny", "签约金额高达750亿元,同比增长4.5%", AS2, chk=True),
  fact(XY, "region", "signed_investment_yoy_growth", 0.045, "ratio", "签约金额高达750亿元,同比增长4.5%", AS2, kind="ratio"),
  fact(XY, "region", "signed_projects_started", 192, "count", L0, AS2, note="2024年签约项目中已开工"),
  fact(XY, "region", "signed_projects_start_rate", 0.709, "ratio", "其中192个项目已开工,开工率达到70.9%", AS2, kind="ratio"),
  fact(XY, "region", "actual_domestic_investment_cny", 6.95e10, "cny", "实际利用内资695亿元", AS2, chk=True),
  fact(XY, "region", "new_above_scale_firms", 237, "count", L1, AS3, kind="cumulative"),
  fact(XY, "region", "new_above_scale_firms_from_investment", 177, "count", L1, AS3, kind="cumulative", opt=True),
  fact(XY, "region", "new_above_scale_firms_investment_share", 0.747, "ratio", L1, AS3, kind="ratio", opt=True),
 ])
