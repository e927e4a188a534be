# real366 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county or city is not a park). Status from the text's
# words (奠基 / 动工 / 开工 → 开工; 投产 / 建成投产 → 投产; 签约 / 签约入驻 → 签约; 加快推进 → 在建; 落户 / 入驻 / 引进 alone →
# no status). “力争 / 将 / 目标” figures are kind target; “截至目前 / 累计 / …以来 / 至今” counts are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/naNN.raw as returned.

# ---------------------------------------------------------------- na01 中德集团 新津项目奠基 (polymer.cn 2012)
XJ = "天府新区新津分区"
XC = "新材料产业功能区"
A0 = "3月6日,中德集团四川公司新津项目奠基仪式在天府新区新津分区举行,该项目总投资5亿元,将建设西南地区最大的塑钢型材和新型塑料管材生产基地"
A1 = "从厦门银鹭、长客新筑等16个重大项目集中动工,美国JMEagle西部基地项目签约入驻,到中德西南生产基地落户,新津紧抓天府新区新津分区建设热潮"
A2 = "新津县工业园区管委会主任程太良告诉记者,截至目前,新材料产业功能区共引进项目51个,协议资金达370亿元"
AS1 = "2012年3月"
G["na01"] = dict(
 article=art("（无标题）中德集团四川公司新津项目在天府新区新津分区奠基，总投资5亿元", "中国聚合物网 polymer.cn（行业资讯转载；原发媒体与署名存段未示）", "2012-03-07", "day",
  "Industry news portal relaying a local report, Sichuan (成都 新津): a firm's 5亿元 plastics-profile plant breaks ground in a national new area's 新津 sub-zone — the firm's figures, other projects started and signed there, the county materials zone's project count and contracted investment",
  "http://polymer.cn/polymernews/2012-3-7/_20123793438408.htm",
  "日期取网址 2012-3-7（文中“3月6日”奠基）。存段无标题、无日期行（title 为编者概括）。存段末句“程太良表示,园区将充分用好天府新区新津分区的后发优势,在经济指标方面,实现“双千亿、双倍增”目”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…密集投产。””，共四段。园区：天府新区新津分区（成都市新津县；国家级新区的分区，kind 记“新区分区”）；新材料产业功能区（新津县工业园区管委会主任介绍，推定在新津分区内，parent 记天府新区新津分区）；“新津县工业园区”只出现在管委会名称中，列可选园区。项目：中德集团四川公司新津项目（又称“中德西南生产基地”）——奠基→开工，总投资5亿元；厦门银鹭、长客新筑（“16个重大项目集中动工”之二，以企业名作项目名）→开工；美国JMEagle西部基地项目→签约（“签约入驻”）。这三项的园区文中只说“新津紧抓天府新区新津分区建设热潮”，推定为天府新区新津分区。公司：中德集团四川公司 / 山西中德集团公司（同一集团，前者为项目主体）；厦门银鹭、长客新筑、美国JMEagle 可选。事实：项目完工后年销售收入15亿元（target）；山西中德集团公司总资产6亿元、年产值近16亿元（公司）；新材料产业功能区累计引进项目51个、协议资金370亿元（cumulative）。",
  "na01"),
 parks=[
  park(XJ, "成都", "四川", "新区分区", A0, district="新津县", note="四川天府新区的新津分区；文中又作“园区”"),
  park(XC, "成都", "四川", "产业功能区", A2, district="新津县", parent=XJ, note="新津县工业园区管委会主任介绍；母园区由语境推定"),
  park("新津县工业园区", "成都", "四川", "工业园区", A2, district="新津县", opt=True, note="只在管委会名称中出现"),
 ],
 companies=[
  comp("中德集团四川公司", XJ, A0, aliases=["中德集团"], note="项目主体"),
  comp("山西中德集团公司", None, "山西中德集团公司创建于2001年11月,到目前为止,公司总资产已达6亿元,年产值近16亿元", note="母公司（山西）；园区外"),
  comp("厦门银鹭", XJ, A1, opt=True, note="集中动工项目（以企业名作项目名）；园区推定"),
  comp("长客新筑", XJ, A1, opt=True, note="集中动工项目（以企业名作项目名）；园区推定"),
  comp("美国JMEagle", XJ, A1, opt=True, note="只在项目名中；签约入驻"),
 ],
 projects=[
  proj("中德集团四川公司新津项目", XJ, A0, companies=["中德集团四川公司"], inv="总投资5亿元", status="开工", status_text="奠基",
       aliases=["中德西南生产基地"], note="塑钢型材和新型塑料管材生产基地"),
  proj("厦门银鹭", XJ, A1, companies=["厦门银鹭"], status="开工", status_text="集中动工", note="16个重大项目之一；园区推定"),
  proj("长客新筑", XJ, A1, companies=["长客新筑"], status="开工", status_text="集中动工", note="16个重大项目之一；园区推定"),
  proj("美国JMEagle西部基地项目", XJ, A1, companies=["美国JMEagle"], status="签约", status_text="签约入驻", note="园区推定"),
 ],
 aggregate_facts=[
  fact("中德集团四川公司新津项目", "project", "expected_annual_sales_cny", 1.5e9, "cny", "项目全部完工后,生产线将达100余条,年生产塑钢型材、管材总量14万吨,可实现销售收入15亿元", "完工后（预期）", kind="target", chk=True),
  fact("山西中德集团公司", "company", "total_assets_cny", 6e8, "cny", "公司总资产已达6亿元", AS1, chk=True),
  fact("山西中德集团公司", "company", "annual_output_cny", 1.6e9, "cny", "年产值近16亿元", AS1, qual="约", qtext="近", chk=True),
  fact(XJ, "park", "projects_started", 16, "count", A1, "2012年3月前（集中动工）", opt=True, note="重大项目；园区推定"),
  fact(XC, "park", "projects_landed", 51, "count", A2, "2012年3月（截至目前）", kind="cumulative"),
  fact(XC, "park", "signed_investment_cny", 3.7e10, "cny", "新材料产业功能区共引进项目51个,协议资金达370亿元", "2012年3月（截至目前）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- na02 绵阳高新区成功升级为五百亿产业园 (前瞻网 2012)
MY = "绵阳高新区"
B0 = "在产业经济迅猛发展下,绵阳高新区成为四川省第三个500亿元产业园区"
B1 = "围绕三大主导产业,成功引进了台湾斐成、利庆、永驰等一大批配套项目,积极促成台达、广达、智邦等企业与长虹、九洲合作"
B2 = "在项目建设上,中国重汽、新晨动力、电子九所、华力精工等大批项目建成投产,富临新能源汽车、九洲工业园、艾默生配套工业园、浙江中小工业园等19个项目加快推进"
B3 = "高新区新区建设去年开工基础设施项目16个,建设道路18.2公里"
AS2 = "2011年"
G["na02"] = dict(
 article=art("绵阳高新区成功升级为五百亿产业园", "前瞻网（qianzhan.com 产业集群频道；责任编辑 QZ021；“前瞻产业研究院资料显示”）", "2012-01-29", "day",
  "Industry-research portal's cluster channel, Sichuan (绵阳): a high-tech zone becomes the province's third 50-billion-yuan park — its 2011 leading industries, supplier firms attracted, named projects in production and under way, new-area infrastructure, 2012 goals",
  "https://qianzhan.com/cluster/detail/178/20120129-f335f6a2b05c3b33.html",
  "日期取页面“2012-01-29 10:52:20 责任编辑:QZ021 来源:前瞻网”。标题照录；“免费注册 | 登录 | 2025年1月10日”（抓取日）、日期来源行、“前瞻网摘要:”标签、插入的“企查猫”与评论区已删。正文两段（摘要句一段，正文一段），完整。园区：绵阳高新区（文中又作“高新区”“该区”；绵阳，四川；级别文中未说）。项目：中国重汽、新晨动力、电子九所、华力精工（“建成投产”→投产，以企业名作项目名）；富临新能源汽车、九洲工业园、艾默生配套工业园、浙江中小工业园（“19个项目加快推进”→在建）。“九洲工业园”等三个“工业园”此处是在建项目，另列为可选园区（母园区绵阳高新区）。公司：台湾斐成、利庆、永驰（引进的配套项目，在园）；台达、广达、智邦、长虹、九洲（合作方，园区未说，可选）。事实：“500亿元产业园区”为园区等级（可选）；新区开工基础设施项目16个、建设道路18.2公里；19个项目在建（可选）。“五年工业产值过千亿”无“元”字，不记。",
  "na02"),
 parks=[
  park(MY, "绵阳", "四川", "高新区", B0, note="文中又作“高新区”“该区”"),
  park("九洲工业园", "绵阳", "四川", "工业园", B2, parent=MY, opt=True, note="此处为在建项目"),
  park("艾默生配套工业园", "绵阳", "四川", "工业园", B2, parent=MY, opt=True, note="此处为在建项目"),
  park("浙江中小工业园", "绵阳", "四川", "工业园", B2, parent=MY, opt=True, note="此处为在建项目"),
 ],
 companies=[
  comp("台湾斐成", MY, B1, note="引进的配套项目"),
  comp("利庆", MY, B1, note="引进的配套项目"),
  comp("永驰", MY, B1, note="引进的配套项目"),
  comp("台达", None, B1, opt=True, note="与长虹、九洲合作"),
  comp("广达", None, B1, opt=True, note="与长虹、九洲合作"),
  comp("智邦", None, B1, opt=True, note="与长虹、九洲合作"),
  comp("长虹", None, B1, opt=True, note="合作方；园区未说"),
  comp("九洲", None, B1, opt=True, note="合作方；园区未说"),
  comp("中国重汽", MY, B2, opt=True, note="以企业名作项目名"),
  comp("新晨动力", MY, B2, opt=True, note="以企业名作项目名"),
  comp("华力精工", MY, B2, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("电子九所", B2, kind="research_institute", park=MY, note="以机构名作项目名（建成投产）"),
 ],
 projects=[
  proj("中国重汽", MY, B2, companies=["中国重汽"], status="投产", status_text="建成投产"),
  proj("新晨动力", MY, B2, companies=["新晨动力"], status="投产", status_text="建成投产"),
  proj("电子九所", MY, B2, status="投产", status_text="建成投产"),
  proj("华力精工", MY, B2, companies=["华力精工"], status="投产", status_text="建成投产"),
  proj("富临新能源汽车", MY, B2, status="在建", status_text="加快推进"),
  proj("九洲工业园", MY, B2, status="在建", status_text="加快推进"),
  proj("艾默生配套工业园", MY, B2, status="在建", status_text="加快推进"),
  proj("浙江中小工业园", MY, B2, status="在建", status_text="加快推进"),
 ],
 aggregate_facts=[
  fact(MY, "park", "output_tier_cny", 5e10, "cny", B0, "2011年末", opt=True, chk=True, note="“500亿元产业园区”等级，非当年实绩"),
  fact(MY, "park", "projects_in_progress", 19, "count", B2, AS2, opt=True),
  fact(MY, "park", "infrastructure_projects_started", 16, "count", B3, AS2),
  fact(MY, "park", "roads_built_km", 18.2, "km", B3, AS2, opt=True),
 ])

# ---------------------------------------------------------------- na03 甘眉工业园区在成都正式签约 (中国起重机械网 2012)
GM = "甘眉工业园区"
C0 = "昨日,省内区域合作又一重要成果甘(孜)眉(山)工业园区在成都正式签约"
C1 = "在眉山铝硅产业园区基础上共建甘眉工业园区,首先启动建设10平方公里"
C2 = "规模以上企业从现在的21户发展到100户以上,工业销售收入从现在的106亿元发展到400亿元以上,建成区从现在的6平方公里发展到30平方公里"
AS3 = "2012年5月"
AT3 = "2017年前后（5年内目标）"
G["na03"] = dict(
 article=art("甘(孜)眉(山)工业园区在成都正式签约", "中国起重机械网 m.chinacrane.net（“园区新闻”栏转载；原发媒体与署名未注明）", "2012-05-21", "day",
  "Industry trade site's park-news column relaying a report, Sichuan (眉山): a prefecture and a city sign to co-build an enclave industrial park on the base of an aluminium-silicon park — first phase area, management model, industries, current and five-year target figures",
  "http://m.chinacrane.net/news/201205/21/52350.html",
  "日期取页面“2012-05-21 来源:中国起重机械网”；文中“昨日”签约即2012-05-20。标题照录；栏目名、日期来源行与“文中内容、图片均来源于网络…”已删。正文三段，完整。园区：甘眉工业园区（标题与首句作“甘(孜)眉(山)工业园区”，列 alias；甘孜藏族自治州与眉山市共建的“飞地”工业园区，位于眉山，四川）；眉山铝硅产业园区（共建的基础，可选；与甘眉工业园区的关系记 note，不作母园区）。甘孜州、眉山市为地区，不列机构。无公司、无具体项目。事实：首期启动建设10平方公里（target，可选）；“现在”规模以上企业21户、工业销售收入106亿元、建成区6平方公里（reported，as_of 2012年5月，指眉山铝硅产业园区基础上的现状）；5年内目标100户以上、400亿元以上、30平方公里（target，超）；“打造成省级开发区”不计数。",
  "na03"),
 parks=[
  park(GM, "眉山", "四川", "飞地工业园区", C1, aliases=["甘(孜)眉(山)工业园区"], note="甘孜州与眉山市合作共建；力争5年内成省级开发区"),
  park("眉山铝硅产业园区", "眉山", "四川", "产业园区", C1, opt=True, note="甘眉工业园区在其基础上共建"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(GM, "park", "initial_construction_area_km2", 10, "km2", C1, "首期（计划）", kind="target", opt=True),
  fact(GM, "park", "above_scale_firms", 21, "count", C2, AS3),
  fact(GM, "park", "above_scale_firms", 100, "count", C2, AT3, kind="target", qual="超", qtext="以上"),
  fact(GM, "park", "industrial_sales_cny", 1.06e10, "cny", "工业销售收入从现在的106亿元", AS3, chk=True),
  fact(GM, "park", "industrial_sales_cny", 4e10, "cny", "400亿元以上,建成区从现在的6平方公里", AT3, kind="target", qual="超", qtext="以上", chk=True),
  fact(GM, "park", "built_area_km2", 6, "km2", C2, AS3),
  fact(GM, "park", "built_area_km2", 30, "km2", C2, AT3, kind="target"),
 ])

# ---------------------------------------------------------------- na04 2013年看乐山国家级高新区 (四川日报 via yybnet 2013)
LS = "乐山国家级高新技术产业开发区"
D0 = "2013年1月8日,乐山国家级高新技术产业开发区举行挂牌仪式,成为继成都、绵阳、自贡之后全省第四个国家级高新技术产业开发区"
D1 = "从2012年8月获批到2013年1月挂牌,短短4个多月时间内,乐山高新区新签约项目15个,协议投资额88.58亿元,与去年同期比较签约数目增加7个,协议投资总额同比增长109.18%"
D2 = "2013年一季度,高新区已开工投资55亿元的科创巨星生物产业园,将开工5个工业项目和2个商业项目"
D3 = "近10年有117个项目落户,投资总额达170多亿元"
AS4 = "2012年8月至2013年1月"
G["na04"] = dict(
 article=art("战略门户 活力之港——2013年看乐山国家级高新技术产业开发区", "四川日报，载于 yybnet.net（地方网·乐山新闻）", "2013-01-23", "day",
  "Provincial daily's feature on a local portal, Sichuan (乐山): a high-tech zone just raised to national level — its revenue goal, projects signed in four months with growth, a 55亿元 bio-industry park started, projects landed over ten years, leading industries' output",
  "https://www.yybnet.net/leshan/news/201301/5369383.html",
  "日期取页面“来源:四川日报 2013-01-23 16:57”。标题照录；栏目导航、面包屑与来源行已删。存段在“这个不起眼的小楼走进一个年轻人”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…租用的乡镇办公楼。”，含小标题一行，共八段（长篇只存开头）。园区：乐山国家级高新技术产业开发区（文中又作“乐山高新区”“高新区”；乐山，四川；2012年8月获批升级，2013年1月8日挂牌）。项目：科创巨星生物产业园——“已开工投资55亿元”→开工，金额55亿元（无企业名）。事实：4个多月新签约项目15个、协议投资额88.58亿元（2012年8月至2013年1月），签约数增加7个（可选）、协议投资总额同比增长109.18%（ratio）；近10年落户项目117个、投资总额“170多亿元”（cumulative，余；“170多亿元”不是数字+亿元，metric 不带 _cny 后缀，以免校验解析）；2011年三大主导产业产值445.3亿元；“十二五”末园区总收入1000亿元（target）；2013年将开工5个工业项目和2个商业项目、企业数与注册资本增长15%以上（target，可选）。“科技进步对经济增长的贡献率达45.2%”为乐山市指标，不记。",
  "na04"),
 parks=[
  park(LS, "乐山", "四川", "国家级高新技术产业开发区", D0, aliases=["乐山高新区"], note="文中又作“乐山高新区”“高新区”；定位“临港科技生态新城”"),
 ],
 companies=[],
 projects=[
  proj("科创巨星生物产业园", LS, D2, inv="投资55亿元", status="开工", status_text="已开工", note="2013年一季度开工"),
 ],
 aggregate_facts=[
  fact(LS, "park", "total_revenue_cny", 1e11, "cny", "在“十二五”末实现园区总收入1000亿元", "“十二五”末（2015年）", kind="target", chk=True),
  fact(LS, "park", "projects_signed", 15, "count", D1, AS4),
  fact(LS, "park", "signed_investment_cny", 8.858e9, "cny", "协议投资额88.58亿元", AS4, chk=True),
  fact(LS, "park", "projects_signed_yoy_increase", 7, "count", D1, AS4, opt=True),
  fact(LS, "park", "signed_investment_yoy_growth", 1.0918, "ratio", D1, AS4, kind="ratio"),
  fact(LS, "park", "industrial_projects_to_start", 5, "count", D2, "2013年（计划）", kind="target", opt=True),
  fact(LS, "park", "commercial_projects_to_start", 2, "count", D2, "2013年（计划）", kind="target", opt=True),
  fact(LS, "park", "firms_growth", 0.15, "ratio", "2013年力争入驻高新区企业增长率达到15%以上", "2013年（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact(LS, "park", "projects_landed", 117, "count", D3, "2003年至2012年（近10年）", kind="cumulative"),
  fact(LS, "park", "landed_projects_investment", 1.7e10, "cny", D3, "2003年至2012年（近10年）", kind="cumulative", qual="余", qtext="多",
       note="“170多亿元”：不是数字+亿元，metric 不带 _cny 后缀"),
  fact(LS, "park", "leading_industries_output_cny", 4.453e10, "cny", "2011年三大主导产业实现产值445.3亿元", "2011年", chk=True),
 ])

# ---------------------------------------------------------------- na05 广汉 西部川商产业园 (gdjxdbxg.com relay 2013)
CSY = "西部川商产业园"
E0 = "2013年11月底,广汉天成不锈钢深加工项目投产暨川商产业园重大项目集中开工仪式在广汉市小汉镇举行"
E1 = "此次集中开工仪式共17个项目,总投资34.765亿元,其中,工业项目13个,总投资27.55亿元;服务业项目1个,总投资5亿元;园区基础设施建设项目3个,总投资2.215亿元"
E2 = "随着广能高效清洁能项目、麒征剪切配送项目、中力不锈钢城建设项目等的入驻,将完善和壮大园区不锈钢产业链"
E3 = "此次产业园的龙头商家,天成不锈钢公司总投资24.47亿元,新建年产40万吨不锈钢圆棒深加工项目,将新增产值75亿元"
E4 = "记者还了解到,年产16万吨高性能不锈钢产品规模化项目,已被列入四川省2013年战略性新兴产业项目"
E5 = "西部川商产业园是四川省工商联、德阳广汉两级人民政府及金广集团共同打造的以不锈钢为主题的特色园区"
E6 = "项目总投资100亿元,可实现销售收入500亿元"
AS5 = "2013年11月底（集中开工）"
G["na05"] = dict(
 article=art("不锈钢产业众多项目在西部大开发", "gdjxdbxg.com（不锈钢企业网站“集团新闻”栏转载；原发媒体与署名未注明，文中称“记者”）", "2013-11", "month",
  "Company website relaying a local news item, Sichuan (德阳 广汉): a stainless-steel themed park — a firm's deep-processing project in production and 17 projects started with totals by type, firms entering, the lead firm's 24.47亿元 project, the park's developers, total investment and sales goal",
  "http://www.gdjxdbxg.com/news/show.asp?catalogid=0003p&newsid=376",
  "页面无日期；文中“2013年11月底…集中开工仪式”，发布日不详，记 2013-11（month，可能稍后）。标题照录（转载站标题）；首行表格竖线“|”已删；末段句末转载站加的“公司网址:www.gdjxdbxg.com。 |”已删（make_txt.py LINE_SUFFIX）。正文四段，完整。园区：西部川商产业园（文中又作“川商产业园”“产业园”“园区”；德阳市广汉市小汉镇，四川；四川省工商联、德阳广汉两级政府与金广集团共建）。项目：广汉天成不锈钢深加工项目——投产；天成不锈钢公司年产40万吨不锈钢圆棒深加工项目——总投资24.47亿元，“新建”，状态不记（与投产的深加工项目可能为同一项目或其后续，文中未说，分列并注明）；年产16万吨高性能不锈钢产品规模化项目——列入省战略性新兴产业项目，无状态（业主推定为天成）；广能高效清洁能项目、麒征剪切配送项目、中力不锈钢城建设项目——“入驻”，无状态；“西部川商产业园”园区开发项目总投资100亿元（无状态，同 real52 zv05 的园区开发项目）。公司：天成不锈钢公司（龙头商家，在园）；金广集团（共建方，可选）。机构：四川省工商联（可选）。事实：集中开工17个项目、总投资34.765亿元；其中工业项目13个27.55亿元、服务业1个5亿元、基础设施3个2.215亿元（可选）；40万吨项目新增产值75亿元（target）；园区项目可实现销售收入500亿元（target）。",
  "na05"),
 parks=[
  park(CSY, "德阳", "四川", "特色园区（不锈钢）", E5, district="广汉市", aliases=["川商产业园"], note="广汉市小汉镇；文中又作“产业园”“园区”"),
 ],
 companies=[
  comp("天成不锈钢公司", CSY, E3, note="产业园龙头商家；标题句作“广汉天成”"),
  comp("金广集团", CSY, E5, opt=True, note="园区共建方"),
 ],
 institutions=[
  inst("四川省工商联", E5, kind="association", park=CSY, note="园区共建方"),
 ],
 projects=[
  proj("广汉天成不锈钢深加工项目", CSY, E0, companies=["天成不锈钢公司"], status="投产", status_text="投产"),
  proj("年产40万吨不锈钢圆棒深加工项目", CSY, E3, companies=["天成不锈钢公司"], inv="总投资24.47亿元", status_text="新建",
       note="与“广汉天成不锈钢深加工项目”关系文中未说（可能同一项目）"),
  proj("年产16万吨高性能不锈钢产品规模化项目", CSY, E4, companies=["天成不锈钢公司"], note="列入四川省2013年战略性新兴产业项目；业主由语境推定"),
  proj("广能高效清洁能项目", CSY, E2, status_text="入驻"),
  proj("麒征剪切配送项目", CSY, E2, status_text="入驻"),
  proj("中力不锈钢城建设项目", CSY, E2, status_text="入驻"),
  proj("西部川商产业园", CSY, "并在园内规划建设物流基地、研发中心、工程中心、检测中心、博士后站。项目总投资100亿元", companies=["金广集团"],
       inv="项目总投资100亿元", note="园区开发项目"),
 ],
 aggregate_facts=[
  fact(CSY, "park", "projects_started", 17, "count", E1, AS5),
  fact(CSY, "park", "projects_started_investment_cny", 3.4765e9, "cny", "此次集中开工仪式共17个项目,总投资34.765亿元", AS5, chk=True),
  fact(CSY, "park", "industrial_projects_started", 13, "count", "其中,工业项目13个,总投资27.55亿元", AS5, opt=True),
  fact(CSY, "park", "industrial_projects_started_investment_cny", 2.755e9, "cny", "工业项目13个,总投资27.55亿元", AS5, opt=True, chk=True),
  fact(CSY, "park", "infrastructure_projects_started", 3, "count", "园区基础设施建设项目3个,总投资2.215亿元", AS5, opt=True),
  fact("年产40万吨不锈钢圆棒深加工项目", "project", "expected_added_output_cny", 7.5e9, "cny", "将新增产值75亿元", "建成后（预期）", kind="target", chk=True),
  fact(CSY, "park", "expected_sales_cny", 5e10, "cny", "可实现销售收入500亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- na06 彭州 先进材料产业生态圈 签约开工 (四川省经信厅 2020)
XCL = "成都新材料产业功能区"
F0 = "“成都市先进材料产业生态圈和彭州市重大项目签约开工暨生态圈党建联盟成立仪式”在成都新材料产业功能区科之杰新材料项目现场成功举行"
F1 = "中共彭州市委组织部、成都新材料产业功能区、天府新区新能源新材料产业功能区、青白江先进材料产业功能区承办的"
F2 = "活动集中签约成都市先进材料产业生态圈和彭州市重大项目共21个,计划投资606.89亿元"
F3 = "其中,现场签约项目15个,计划投资416.94亿元。现场集中开工项目8个"
EV = "成都市先进材料产业生态圈和彭州市"
AS6 = "2020年9月17日（签约开工仪式）"
G["na06"] = dict(
 article=art("成都市先进材料产业生态圈和彭州市重大项目签约开工暨生态圈党建联盟成立仪式成功举行", "四川省经济和信息化厅网站 jxt.sc.gov.cn（图片新闻栏；信息来源:化工产业处）", "2020-09-18", "day",
  "Provincial department website, Sichuan (成都 彭州): a signing-and-groundbreaking ceremony held at a project site in a materials industrial zone — organising zones, 21 projects signed with planned investment, 15 signed on site, 8 started",
  "https://jxt.sc.gov.cn/scjxt/tpxw/2020/9/18/0f653d52505243f6a849b8ee8ac6bd73.shtml",
  "日期取页面“发布日期:2020-09-18”；仪式为9月17日上午。标题照录；“信息来源:化工产业处”“浏览量:”“字体:”已删。存段在末句“同时,成都市先进材料生态圈联盟和成都市先进材料生态圈党建联盟正式”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…现场集中开工项目8个。”，共五段。园区：成都新材料产业功能区（仪式地点，承办方；彭州市，成都，四川）；天府新区新能源新材料产业功能区、青白江先进材料产业功能区（承办方，可选）。项目：科之杰新材料项目（仪式现场，位于成都新材料产业功能区；文中未说其状态，status 不记）。签约与开工数为“成都市先进材料产业生态圈和彭州市”合计，不归某一园区（subject_type region）：签约21个、计划投资606.89亿元；现场签约15个、416.94亿元（可选）；现场集中开工8个。人员、主办单位不列（中国石油和化学工业联合会列可选机构）。",
  "na06"),
 parks=[
  park(XCL, "成都", "四川", "产业功能区", F0, district="彭州市", note="仪式地点；承办方之一"),
  park("天府新区新能源新材料产业功能区", "成都", "四川", "产业功能区", F1, opt=True, note="承办方之一"),
  park("青白江先进材料产业功能区", "成都", "四川", "产业功能区", F1, district="青白江区", opt=True, note="承办方之一"),
 ],
 companies=[],
 institutions=[
  inst("中国石油和化学工业联合会", "中国石油和化学工业联合会副会长孙伟善", kind="association"),
 ],
 projects=[
  proj("科之杰新材料项目", XCL, F0, note="签约开工仪式现场；状态文中未说"),
 ],
 aggregate_facts=[
  fact(EV, "region", "projects_signed", 21, "count", F2, AS6),
  fact(EV, "region", "signed_investment_cny", 6.0689e10, "cny", "重大项目共21个,计划投资606.89亿元", AS6, chk=True),
  fact(EV, "region", "projects_signed_onsite", 15, "count", F3, AS6, opt=True),
  fact(EV, "region", "signed_onsite_investment_cny", 4.1694e10, "cny", "现场签约项目15个,计划投资416.94亿元", AS6, opt=True, chk=True),
  fact(EV, "region", "projects_started", 8, "count", "现场集中开工项目8个", AS6),
 ])

# ---------------------------------------------------------------- na07 绵阳工业园区 (绵阳新闻网 myrb.net 2023)
MG = "绵阳工业园区"
H0 = "2023年3月8日正式揭牌,规划面积73平方公里,已形成“一园四区”发展格局"
H1 = "联动中关村信息谷、中科(绵阳)创新园等15个平台,组建创新平台联盟,集聚科创企业490家,力争今年新增200家,达到690家"
H2 = "联东U谷、中南高科两大平台围绕惠科光电等龙头企业延链补链强链"
H3 = "目前,园区已入驻惠科光电、富临精工、龙华薄膜、垚磊科技、核保锐翔、科大讯飞、硅基智能等企业"
H4 = "2022年以来,园区新建标准厂房101万平方米,总面积达到241万平方米;新增企业275家,达到913家"
H5 = "引进创明新能源、欣盛半导体等5个百亿级产业项目,其中4个开工建设,年内部分投产"
AS7 = "2023年4月"
G["na07"] = dict(
 article=art('绵阳工业园区:全面建设"开放创新智慧低碳"千亿级现代化园区', "绵阳新闻网 myrb.net（绵阳日报社；绵报融媒记者 尹秦）", "2023-04-25", "day",
  "City paper's news site, Sichuan (绵阳): profile of a newly inaugurated industrial park — planned area and four sub-areas, innovation platforms and tech firms, resident firms, standard factories and firm counts since 2022, hundred-billion-yuan-level projects, output goal",
  "http://www.myrb.net/html/2023/news/4/349710.html",
  "日期取页面“发稿时间:2023-04-25 09:46 来源: 绵阳新闻网”。标题照录（页面用半角引号）；导航、发稿时间行、“摘要:…”（与正文首句重复）、编号“01”–“04”、图片文件名“1.jpg”–“3.jpg”已删；存段末行“(绵报融媒记者 尹秦 图”为残缺署名，已删（署名记于 outlet）。正文含“四川绵阳工业园区”及四个小标题，共十段。园区：绵阳工业园区（文中又作“四川绵阳工业园区”“园区”；绵阳，四川；2023年3月8日揭牌；北区、东区、西区、南区不单列）。公司（在园）：惠科光电、富临精工、龙华薄膜、垚磊科技、核保锐翔、科大讯飞、硅基智能；联东U谷、中南高科（产业平台运营方）。机构（可选）：中关村信息谷、中科(绵阳)创新园（平台）。项目：创明新能源、欣盛半导体（“5个百亿级产业项目”之二，以企业名作项目名；“其中4个开工建设”未说是哪几个，状态不记；“百亿级”为档次，不作投资额）。事实：规划面积73平方公里；科创企业490家、今年目标690家（target）；2022年以来新建标准厂房101万平方米（cumulative）、总面积241万平方米；2022年以来新增企业275家（cumulative）、企业总数913家；百亿级产业项目5个、其中开工4个（cumulative）；今年工业产值目标突破500亿元（target，超）。",
  "na07"),
 parks=[
  park(MG, "绵阳", "四川", "工业园区", H0, aliases=["四川绵阳工业园区"], note="2023年3月8日揭牌；“一园四区”"),
 ],
 companies=[
  comp("惠科光电", MG, H3, note="龙头企业"),
  comp("富临精工", MG, H3),
  comp("龙华薄膜", MG, H3),
  comp("垚磊科技", MG, H3),
  comp("核保锐翔", MG, H3),
  comp("科大讯飞", MG, H3),
  comp("硅基智能", MG, H3),
  comp("联东U谷", MG, H2, opt=True, note="产业平台"),
  comp("中南高科", MG, H2, opt=True, note="产业平台"),
  comp("创明新能源", MG, H5, opt=True, note="以企业名作项目名"),
  comp("欣盛半导体", MG, H5, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("中关村信息谷", H1, kind="platform", park=MG),
  inst("中科(绵阳)创新园", H1, kind="platform", park=MG),
 ],
 projects=[
  proj("创明新能源", MG, H5, companies=["创明新能源"], status_text="引进", note="百亿级产业项目；5个中4个开工，未说是哪几个"),
  proj("欣盛半导体", MG, H5, companies=["欣盛半导体"], status_text="引进", note="百亿级产业项目；5个中4个开工，未说是哪几个"),
 ],
 aggregate_facts=[
  fact(MG, "park", "planned_area_km2", 73, "km2", H0, AS7),
  fact(MG, "park", "tech_firms", 490, "count", H1, AS7),
  fact(MG, "park", "tech_firms", 690, "count", H1, "2023年（目标）", kind="target"),
  fact(MG, "park", "standard_factory_built_m2", 1.01e6, "m2", H4, "2022年至2023年4月", kind="cumulative"),
  fact(MG, "park", "standard_factory_total_m2", 2.41e6, "m2", H4, AS7, opt=True),
  fact(MG, "park", "firms_added", 275, "count", H4, "2022年至2023年4月", kind="cumulative"),
  fact(MG, "park", "firms", 913, "count", H4, AS7),
  fact(MG, "park", "projects_landed", 5, "count", H5, "2022年至2023年4月", kind="cumulative", note="百亿级产业项目"),
  fact(MG, "park", "projects_started", 4, "count", H5, "2022年至2023年4月", kind="cumulative", note="百亿级产业项目中开工建设的"),
  fact(MG, "park", "industrial_output_cny", 5e10, "cny", "今年力争园区工业产值连跨两个百亿台阶,突破500亿元", "2023年（目标）", kind="target", qual="超", qtext="突破", chk=True),
 ])

# ---------------------------------------------------------------- na08 遂宁经开区 挺进国家级经开区百强 (四川在线 via relay 2023)
SN = "遂宁经开区"
K0 = "近日,记者从遂宁经开区获悉,据商务部发布的2022年国家级经济技术开发区综合发展水平考核评价结果,遂宁经开区位列第98位"
K1 = "从园区最北端四川威纳尔特种电子材料有限公司满负荷运转的生产线,到园区最南端四川喜之郎食品有限公司门前络绎不绝的货运车"
K2 = "先后引进培育规模以上工业企业188家"
K3 = "截至目前,新培育的9家企业已被认定为国家级高新技术企业,有效国家高企数达到50家,技术合同交易登记金额突破2.8亿元大关"
K4 = "2022年至今,遂宁经开区已签约引进亿元以上重大产业项目22个、总投资66.32亿元"
AS8 = "2023年3月（截至目前）"
G["na08"] = dict(
 article=art("（无标题）遂宁经开区挺进国家级经开区百强", "四川在线（遂宁观察 邹霞，四川在线记者 行晓艺），载于 shibao.smartjx.com（转载站）", "2023-03-27", "day",
  "Provincial news portal's city report relayed by an aggregator, Sichuan (遂宁): a national economic and technological development zone enters the national top 100 — two named firms, above-scale firms cultivated, high-tech firms and technology-contract value, a firm's phase-2 factory, major projects signed since 2022 with total investment",
  "http://shibao.smartjx.com/shehui/2023/0327/253017622.html",
  "日期取网址 2023/0327。存段无标题（title 为编者概括）；“(资料图)”、署名行“遂宁观察 邹霞 四川在线记者 行晓艺”（记于 outlet）与图片说明“四川威纳尔特种电子材料有限公司车间内,工人正在赶制订单。行晓艺 摄”已删。存段末段（“以“挺进百强”为新起点,…成渝重要”）为一整句，在句中中断，整段删去；正文截至“…总投资66.32亿元。”，共六段。园区：遂宁经开区（国家级经济技术开发区；遂宁，四川）。公司（在园）：四川威纳尔特种电子材料有限公司（文中又作“威纳尔公司”；二期标准化厂房已落实、预计8月投入使用——列可选项目，状态不记）、四川喜之郎食品有限公司。事实：2022年国家级经开区考核第98位；先后引进培育规模以上工业企业188家（cumulative）；新认定国家高企9家（可选）、有效国家高企50家；技术合同交易登记金额超2.8亿元（超）；2022年至今签约亿元以上重大产业项目22个、总投资66.32亿元（cumulative）。",
  "na08"),
 parks=[
  park(SN, "遂宁", "四川", "国家级经济技术开发区", K0, note="文中又作“园区”"),
 ],
 companies=[
  comp("四川威纳尔特种电子材料有限公司", SN, K1, aliases=["威纳尔公司"], note="园区最北端；创始人曾光伟"),
  comp("四川喜之郎食品有限公司", SN, K1, note="园区最南端"),
 ],
 projects=[
  proj("二期标准化厂房", SN, "目前二期标准化厂房已落实,预计8月投入使用", companies=["四川威纳尔特种电子材料有限公司"], phase="二期", opt=True,
       note="威纳尔公司扩能；预计2023年8月投入使用"),
 ],
 aggregate_facts=[
  fact(SN, "park", "national_etdz_ranking", 98, "rank", K0, "2022年（考核）"),
  fact(SN, "park", "above_scale_firms", 188, "count", K2, AS8, kind="cumulative", note="先后引进培育"),
  fact(SN, "park", "high_tech_firms_new", 9, "count", K3, AS8, opt=True),
  fact(SN, "park", "high_tech_firms", 50, "count", K3, AS8),
  fact(SN, "park", "tech_contract_value_cny", 2.8e8, "cny", "技术合同交易登记金额突破2.8亿元大关", AS8, kind="cumulative", qual="超", qtext="突破", chk=True),
  fact(SN, "park", "projects_signed", 22, "count", K4, "2022年至2023年3月", kind="cumulative", note="亿元以上重大产业项目"),
  fact(SN, "park", "signed_investment_cny", 6.632e9, "cny", "重大产业项目22个、总投资66.32亿元", "2022年至2023年3月", kind="cumulative", chk=True),
 ])
