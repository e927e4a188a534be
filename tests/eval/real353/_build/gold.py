# real353 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and
# shares as ratios (22.8% → 0.228; “增长了11倍” → 11.0). Projects: the park is the one the text places the project in. Status
# from the text's words (建设工地 / 建设己接近尾声 → 在建; 建成投用 / 完工投用 → 竣工). “力争” / “安排” year figures are kind target
# with “（目标）” in as_of; year-to-date counts (“今年以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/onNN.raw as returned. Angle: park leaders interviewed or speaking (专访 / 访谈 / Q&A / leader's remarks).

# ---------------------------------------------------------------- on01 访崇阳县经济开发区主任张正韶 (咸宁日报 2015)
CY = "崇阳县经济开发区"
TC = "崇阳县天城工业园"
A0 = "3月6日,雨过天晴,崇阳县天城工业园呈现出一派火热的景象"
A1 = "中健公司明亮的车间内,身着清一色工作服的员工正在聚精会神赶制订单"
A2 = "铭达塑胶正月初六复工,搬运工人正向大货车装运出厂成品,新投产的故乡云正对新入职的员工进行培训"
A3 = "在稳健公司四期项目建设工地上,吊车正挥动着巨臂运送钢构构件"
A4 = "2014年,园区地区生产总值增长22.8%,达到28.8亿元"
A5 = "新增规模企业11家,达到65家"
AS1 = "2014年"
G["on01"] = dict(
 article=art("实现百亿目标呈交满意答卷 ——访崇阳县经济开发区主任张正韶", "咸宁日报（通讯员 姜伟明 特约记者 徐功频），szb.xnnews.com.cn 数字报", "2015-03-11", "day",
  "City daily's interview with a county economic development zone's director, Hubei: site scene in its industrial park (named firms, a phase-4 project under construction), the zone's 2014 figures with growth rates, the 2015 plan",
  "http://szb.xnnews.com.cn/xnrb/html/2015-03/11/content_94759.htm",
  "日期取存段首行“2015年3月11日 星期”及网址 2015-03/11。标题两行（主题与副题“——访崇阳县经济开发区主任张正韶”）以空格连成一行；日期行与署名行“通讯员 姜伟明 特约记者徐功频”已删。存段在末段“…实现大发展。主要”处中断，残字“主要”已删（make_txt.py LINE_SUFFIX），正文截至“…实现大发展。”，共四段。园区：崇阳县经济开发区（咸宁市崇阳县，湖北；文中又作“开发区”“园区”）；崇阳县天城工业园（首段现场所在；“一区五园”之一，母园区由语境推定为崇阳县经济开发区）。公司：中健公司、铭达塑胶、故乡云（“新投产的”）、稳健公司，均在天城工业园现场。项目：稳健公司四期项目（“建设工地上”→在建，无金额）。事实：2014年园区各项指标（reported），增速为 ratio；“实现百亿目标”（标题）未给指标名，不计。",
  "on01"),
 parks=[
  park(CY, "咸宁", "湖北", "经济开发区", "崇阳县经济开发区主任张正韶告诉记者", district="崇阳县", note="文中又作“开发区”“园区”；调整规划建设“一区五园”"),
  park(TC, "咸宁", "湖北", "工业园", A0, district="崇阳县", parent=CY, note="母园区由语境推定（访谈对象为开发区主任，现场描写在此园）"),
 ],
 companies=[
  comp("中健公司", TC, A1),
  comp("铭达塑胶", TC, A2),
  comp("故乡云", TC, A2, note="“新投产的故乡云”；名称不全"),
  comp("稳健公司", TC, A3, note="四期项目在建"),
 ],
 projects=[
  proj("稳健公司四期项目", TC, A3, companies=["稳健公司"], phase="四期", status="在建", status_text="项目建设工地上"),
 ],
 aggregate_facts=[
  fact(CY, "park", "gdp_cny", 2.88e9, "cny", "园区地区生产总值增长22.8%,达到28.8亿元", AS1, chk=True),
  fact(CY, "park", "gdp_yoy_growth", 0.228, "ratio", A4, AS1, kind="ratio"),
  fact(CY, "park", "industrial_output_cny", 8.35e9, "cny", "工业总产值增长21%,达到83.5亿元", AS1, chk=True),
  fact(CY, "park", "industrial_output_yoy_growth", 0.21, "ratio", "工业总产值增长21%,达到83.5亿元", AS1, kind="ratio"),
  fact(CY, "park", "above_scale_industrial_output_cny", 8.18e9, "cny", "规模以上工业总产值增长22.6%,达到81.8亿元", AS1, chk=True),
  fact(CY, "park", "above_scale_industrial_output_yoy_growth", 0.226, "ratio", "规模以上工业总产值增长22.6%,达到81.8亿元", AS1, kind="ratio", opt=True),
  fact(CY, "park", "main_business_revenue_cny", 7.2e9, "cny", "主营业务收入增长24%,达到72亿元", AS1, chk=True),
  fact(CY, "park", "main_business_revenue_yoy_growth", 0.24, "ratio", "主营业务收入增长24%,达到72亿元", AS1, kind="ratio", opt=True),
  fact(CY, "park", "high_tech_output_cny", 1.16e9, "cny", "高新企业产值增长31.4%,达到11.6亿元", AS1, chk=True),
  fact(CY, "park", "high_tech_output_yoy_growth", 0.314, "ratio", "高新企业产值增长31.4%,达到11.6亿元", AS1, kind="ratio", opt=True),
  fact(CY, "park", "fixed_asset_investment_cny", 3.67e9, "cny", "固定资产投资增长39.4%,达到36.7亿元", AS1, chk=True),
  fact(CY, "park", "fixed_asset_investment_yoy_growth", 0.394, "ratio", "固定资产投资增长39.4%,达到36.7亿元", AS1, kind="ratio", opt=True),
  fact(CY, "park", "above_scale_firms_new", 11, "count", A5, AS1),
  fact(CY, "park", "above_scale_firms", 65, "count", A5, "2014年末"),
  fact(CY, "park", "tax_revenue_cny", 1.17e8, "cny", "实现税金增长15%,达到1.17亿元", AS1, chk=True),
  fact(CY, "park", "tax_revenue_yoy_growth", 0.15, "ratio", "实现税金增长15%,达到1.17亿元", AS1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- on02 临沂临港经济开发区 孙德士访谈 (临沂市政府网站 2014)
LG = "临沂临港经济开发区"
B0 = "大家都知道,临沂临港经济开发区虽然是我市成立时间最短的经济开发区"
B1 = "全区财政收入四年时间增长了11倍,人均财政收入进入全市先进行列"
B2 = "农民人均纯收入连年增长,年均增幅18.4%"
B3 = "地区生产总值年平均增长保持在13%以上,固定资产投资年平均增长30%以上,城镇化率四年提高了近30%"
AS2 = "2010年10月至2014年（设立四年来）"
G["on02"] = dict(
 article=art("临沂临港经济开发区党工委副书记、管委会主任孙德士访谈:适应经济新常态 增创发展新优势 加快打造全市新的经济增长极",
  "临沂市人民政府网站（linyi.gov.cn，“互动 >> 政务访谈”栏）", "2014-12-30", "day",
  "City government portal's interview (Q&A) with a provincial-level zone's director, Shandong: the zone's founding and four-year growth — fiscal revenue, farmers' income, GDP and investment growth, urbanisation",
  "http://linyi.gov.cn/info/1236/71181.htm",
  "日期取页面“2014-12-30”。标题取页面首行；导航“当前位置是: …正文”、分三行重复的标题与日期行已删。问答体：“市政府网站:”为提问，“孙德士:”为回答。存段第二问的回答在“…把“5+1”产业作为主战场,大力培”处中断（该答整段即一句），该问与残答一并删去（make_txt.py ITEMS 截至第一答），正文截至“…获得了全市第二名的成绩。”，共两段。园区：临沂临港经济开发区（文中又作“临港经济开发区”；2010年10月经山东省人民政府批复设立；临沂市，山东）。无公司、无项目。事实：“设立四年来”的增长（财政收入增长11倍→11.0；农民人均纯收入年均增幅18.4%；GDP 年均增长13%以上、固投年均增长30%以上→超；城镇化率提高近30%，单位未明说（应为百分点），可选）。“全市第二名”（满意度调查）不计。",
  "on02"),
 parks=[
  park(LG, "临沂", "山东", "经济开发区", B0, aliases=["临港经济开发区"], note="省级；2010年10月经山东省人民政府批复设立；文中又作“全区”“我们区”"),
 ],
 companies=[],
 institutions=[
  inst("山东省人民政府", "临港经济开发区是2010年10月经山东省人民政府批复设立的", note="批复设立开发区"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LG, "park", "fiscal_revenue_growth", 11.0, "ratio", B1, AS2, kind="ratio", note="“四年时间增长了11倍”"),
  fact(LG, "park", "farmer_income_avg_annual_growth", 0.184, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(LG, "park", "gdp_avg_annual_growth", 0.13, "ratio", B3, AS2, kind="ratio", qual="超", qtext="以上"),
  fact(LG, "park", "fixed_asset_investment_avg_annual_growth", 0.30, "ratio", B3, AS2, kind="ratio", qual="超", qtext="以上"),
  fact(LG, "park", "urbanization_rate_increase", 0.30, "ratio", "城镇化率四年提高了近30%", AS2, kind="ratio", qual="约", qtext="近", opt=True,
       note="单位未明说（应为百分点）"),
 ])

# ---------------------------------------------------------------- on03 枣庄高新区 王广部 问答 (407wan.com relay 2019)
ZZ = "枣庄高新区"
C0 = "1月31日,记者来到枣庄高新区,就加快新旧动能转换、实现创新转型高质量发展,采访了枣庄高新区党工委书记、管委会常务副主任王广部"
C1 = "把2019年作为项目建设推进年,年内安排29个区级重点项目"
G["on03"] = dict(
 article=art("（无标题）枣庄高新区党工委书记、管委会常务副主任王广部答记者问（2019年）", "407wan.com（转载；原发媒体与署名未注明）", "2019-05-30", "day",
  "Relay of a local interview (Q&A) with a national high-tech zone's party secretary, Shandong: the zone's 2019 work plan — a numbered work scheme, key district projects planned for the year, industry, project and innovation drives",
  "http://407wan.com/yeyousfdaquan/20190530/55495.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 20190530（转载页）；采访日为文中“1月31日”，所述为《枣庄高新区2019年工作要点》，即2019年1月31日采访，原发日更早，未知。存段两“问”相连后只有一“答”，照录。存段末在“…核心动力源。焕”处中断，残字“焕”已删（make_txt.py LINE_SUFFIX），正文截至“…发展的核心动力源。”，共五段。园区：枣庄高新区（枣庄市，山东；文中又作“高新区”“全区”；建区30多年）。无公司、无项目名。事实：2019年安排29个区级重点项目（target，as_of 2019年（计划））。“10项惠民实事”“1656”“六大要素”不计。",
  "on03"),
 parks=[
  park(ZZ, "枣庄", "山东", "高新区", C0, note="文中又作“高新区”“全区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(ZZ, "park", "key_projects_planned", 29, "count", C1, "2019年（计划）", kind="target", note="区级重点项目，年内安排"),
 ])

# ---------------------------------------------------------------- on04 珠海高新区 王小彬 在线访谈 (zhuhai-hitech.gov.cn 2022)
ZH = "高新区"
D0 = "文字实录| 高新区党工委副书记、区管委会主任王小彬:聚焦“四个联动”主动作为举全区之力支持配合服务合作区建设"
G["on04"] = dict(
 article=art("文字实录| 高新区党工委副书记、区管委会主任王小彬:聚焦“四个联动”主动作为举全区之力支持配合服务合作区建设",
  "珠海高新区官网（zhuhai-hitech.gov.cn，“公众互动 > 在线访谈”栏）", "2022-01", "month",
  "A high-tech zone's online interview (Q&A transcript) with its director, Guangdong: his view of the city government's work report — general remarks, no project, firm or park figure",
  "http://www.zhuhai-hitech.gov.cn/wlwz/zxft/content/post_3064503.html",
  "存段无日期行。日期由内容推定：答语说“刚刚过去的一年”有建党100周年、十三届航展、深合区挂牌成立运作、市第九次党代会，听的是“黄市长”所作、总结“过去五年”的市政府工作报告，应为2022年1月珠海市人代会期间（month，推定，未核实）。标题照录（含栏目字“文字实录| ”）；导航行已删。存段第二段答语“作为全市创新发展的主战场,高新区将…努力成为驱动全市经济增长的创新主引”在句中中断（该段即一句），整段删去（make_txt.py ITEMS 截至第一答），正文截至“…目标任务催人奋进。”，共两段。园区：“高新区”（即珠海高新区，文中只作“高新区”，不补全称；珠海市，广东）；“深合区”（横琴粤澳深度合作区，标题作“合作区”）列可选园区。无公司、无项目、无数字事实：此条用于检验抽取器在访谈空话中不虚构。",
  "on04"),
 parks=[
  park(ZH, "珠海", "广东", "高新区", D0, note="即珠海高新技术产业开发区；文中只作“高新区”"),
  park("深合区", "珠海", "广东", "合作区", "深合区挂牌成立运作", aliases=["合作区"], opt=True, note="横琴粤澳深度合作区（文中简称）；标题作“合作区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[],
 )

# ---------------------------------------------------------------- on05 无棣新海工业园 企业家座谈会 (binzhou.subaoxw 2022)
XH = "无棣新海工业园"
E0 = "1月28日,无棣新海工业园党工委召开企业家新春座谈会"
E1 = "2021年,新海工业园全年实现工业总产值32.7亿元、主营业收入33.6亿元、税收1.1亿元,较2020年分别增长63.5%、63.1%和71.8%"
E2 = "投资2.5亿元新海污水处理厂提标扩容项目建设己接近尾声"
E3 = "力争全年实现工业生产总产值40亿元,同比增长40%"
E4 = "税收1.8亿元,同比增长60%"
AS5 = "2021年"
AT5 = "2022年（目标）"
G["on05"] = dict(
 article=art("（无标题）无棣新海工业园党工委召开企业家新春座谈会", "binzhou.subaoxw.com（滨州频道；原发媒体与署名未注明）", "2022-01-29", "day",
  "Local news site, Shandong: a county industrial park's new-year meeting with its firms — the park's party secretary gives 2021 output, revenue, tax and growth, projects' total investment, a sewage-plant upgrade nearing completion, and 2022 targets",
  "http://binzhou.subaoxw.com/zj/2022/0129/36258.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2022/0129（座谈会为1月28日）。存段末在“宋树春勉励并希望企业家们要永葆创业创新创造”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…税收1.8亿元,同比增长60%。”，共三段。体裁：园区党工委书记在座谈会上讲话（非问答访谈），数字均出自其讲话。园区：无棣新海工业园（滨州市无棣县，山东；文中又作“新海工业园”“园区”）。项目：新海污水处理厂提标扩容项目（投资2.5亿元，“建设己接近尾声”→在建；“己”为原文）；园区危化品专用停车场（建成投用并通过省级验收→竣工，可选）、雨水外排明渠工程（己完工投用→竣工，可选）。事实：2021年工业总产值、主营业收入、税收及增速（reported / ratio）；新建续建项目总投资37.2亿元；2022年目标工业总产值40亿元、增长40%，税收1.8亿元、增长60%（target）。32位企业家为与会人数，不计企业数。",
  "on05"),
 parks=[
  park(XH, "滨州", "山东", "工业园", E0, district="无棣县", aliases=["新海工业园"], note="文中又作“园区”"),
 ],
 companies=[],
 projects=[
  proj("新海污水处理厂提标扩容项目", XH, E2, inv="投资2.5亿元", status="在建", status_text="建设己接近尾声"),
  proj("园区危化品专用停车场", XH, "园区危化品专用停车场建成投用并通过省级验收", status="竣工", status_text="建成投用", opt=True),
  proj("雨水外排明渠工程", XH, "雨水外排明渠工程己完工投用", status="竣工", status_text="己完工投用", opt=True),
 ],
 aggregate_facts=[
  fact(XH, "park", "industrial_output_cny", 3.27e9, "cny", E1, AS5, chk=True),
  fact(XH, "park", "main_business_revenue_cny", 3.36e9, "cny", "主营业收入33.6亿元", AS5, chk=True),
  fact(XH, "park", "tax_revenue_cny", 1.1e8, "cny", "税收1.1亿元,较2020年分别增长63.5%、63.1%和71.8%", AS5, chk=True),
  fact(XH, "park", "industrial_output_yoy_growth", 0.635, "ratio", E1, AS5, kind="ratio"),
  fact(XH, "park", "main_business_revenue_yoy_growth", 0.631, "ratio", E1, AS5, kind="ratio", opt=True),
  fact(XH, "park", "tax_revenue_yoy_growth", 0.718, "ratio", E1, AS5, kind="ratio"),
  fact(XH, "park", "projects_total_investment_cny", 3.72e9, "cny", "新建续建项目总投资37.2亿元,创历史新高", AS5, chk=True, note="新建续建项目"),
  fact(XH, "park", "industrial_output_cny", 4e9, "cny", E3, AT5, kind="target", chk=True),
  fact(XH, "park", "industrial_output_yoy_growth", 0.40, "ratio", E3, AT5, kind="target"),
  fact(XH, "park", "tax_revenue_cny", 1.8e8, "cny", E4, AT5, kind="target", chk=True),
  fact(XH, "park", "tax_revenue_yoy_growth", 0.60, "ratio", E4, AT5, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- on06 城东工业园区 (taixing.cn 2012)
CD = "城东工业园区"
F0 = "城东工业园区坚持以产业集聚为导向,加大项目招引和建设力度"
F1 = "6月11日,城东工业园区金鹏电器有限公司车间内,工人们正在装配高压配电柜产品"
F2 = "这家企业是园区新投产见效的企业,主要生产智能配电柜,属于节能环保产业,目前已形成开票销售2000万元以上"
F3 = "有10个项目正在加快建设,其中今年新开工项目达到7个"
AS6 = "2012年6月"
G["on06"] = dict(
 article=art("城东工业园区:重大项目再推进 产业集聚再提升", "taixing.cn（泰兴；原发媒体与署名未注明）", "2012-06-12", "day",
  "Local portal, Jiangsu: a county-level city's industrial park at mid-year — a newly producing firm with its invoiced sales, firms newly invoicing, tax-invoice growth, projects under construction and started, the deputy director's remarks",
  "http://www.taixing.cn/content-9-9547-1.html",
  "日期取页面“2012-06-12”。标题照录；日期行、“浏览次数:”“大中小”已删。页面把全文放在一行（段间以空格相隔），照录为一段；行尾表格竖线“ |”已删（make_txt.py LINE_SUFFIX）。完整。体裁：园区负责人与管委会副主任顾大元接受记者采访的话语。园区：城东工业园区（站点为泰兴，文中未写城市，city 记泰州、district 记泰兴市，由站点推定；江苏）。公司：金鹏电器有限公司（园区新投产见效企业；开票销售2000万元以上，company fact，超）。事实：9家企业新增国税开票销售（可选）；1到4月国税开票增长48.6%（ratio）；10个项目正在加快建设、今年新开工7个（cumulative）；在谈重大项目9个（可选）。",
  "on06"),
 parks=[
  park(CD, "泰州", "江苏", "工业园区", F0, district="泰兴市", note="城市由站点 taixing.cn 推定；文中又作“园区”"),
 ],
 companies=[
  comp("金鹏电器有限公司", CD, F1, note="园区新投产见效的企业，生产智能配电柜"),
 ],
 projects=[],
 aggregate_facts=[
  fact("金鹏电器有限公司", "company", "invoiced_sales_cny", 2e7, "cny", F2, AS6, kind="cumulative", qual="超", qtext="以上", chk=True),
  fact(CD, "park", "firms_with_new_tax_invoicing", 9, "count", "目前已有9家企业新增国税开票销售", AS6, opt=True),
  fact(CD, "park", "national_tax_invoicing_yoy_growth", 0.486, "ratio", "1到4月份,园区国税开票同比增长了48.6%", "2012年1–4月", kind="ratio"),
  fact(CD, "park", "projects_under_construction", 10, "count", F3, AS6),
  fact(CD, "park", "projects_started", 7, "count", F3, "2012年1月至6月", kind="cumulative"),
  fact(CD, "park", "projects_under_negotiation", 9, "count", "同时抓好在谈的9个重大项目迅速落户", AS6, opt=True),
 ])
