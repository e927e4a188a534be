# real117 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence); US dollars as investment_value + investment_currency "usd" on projects and
# *_usd facts. Growth rates and shares as ratios. Projects: the park the text places the project in, null if none. Status
# from the text's words (开工 → 开工; 竣工投产 → 投产; 竣工 → 竣工; 正式签约 → 签约). “预期/预计” figures are kind target;
# “累计 / 十五年来 / 近3年 / 截至…” figures are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/yiNN.raw as returned.

# ---------------------------------------------------------------- yi01 扬州化工园区捷报频传 两大项目相继投产 (wangchao 2007)
YZ = "扬州(仪征)化学工业园"
B0 = "今天上午,扬州(仪征)化学工业园是捷报频传。大连化工二期工程和瑞祥化工一期工程相继竣工投产"
B1 = "据了解,大连化工二期工程投资6000万美元,主要产品为丙烯醇,年产规模达5万吨"
B2 = "上午,江苏瑞祥化工有限公司一期工程也在化工园区竣工投产"
B3 = "瑞祥化工有限公司是扬农集团新的产业发展基地,总投资5亿元"
G["yi01"] = dict(
 article=art("扬州化工园区捷报频传 两大项目相继投产", "王朝网络 wangchao.net.cn 转载（“王朝厨房·作者佚名”；原出处未注明，似为扬州本地媒体）", "2007-01-04", "day",
  "Reposted city news item, Jiangsu: two projects completed and put into production in a chemical industrial park on one morning — a Taiwan-invested firm's phase 2 (US-dollar investment, product and capacity) and a state firm's new base phase 1 (yuan investment), with the city party secretary's remarks",
  "http://www.wangchao.net.cn/bbsdetail_758255.html",
  "日期取转载页“王朝厨房·作者佚名  2007-01-04”，是转载日期；正文只说“今天上午”“为烟花三月国际经贸旅游节增添了亮丽的一笔”，事件当在此前某年4月前后（未能核实原刊日期，notes #5）。标题照录；转载站的“宽屏版 字体”行已删。存段末段“另据报道,今天上午,扬州(仪征)化学工”中断，整段不收；正文截至“市领导张阶平、卜宇、钱玉荣参加了竣工典礼。”。园区：扬州(仪征)化学工业园（文中又作“扬州化工园区”“化工园区”；扬州市仪征市，江苏）。项目：大连化工二期工程（投资6000万美元→usd，竣工投产→投产）；瑞祥化工一期工程（竣工投产→投产；“瑞祥化工有限公司…总投资5亿元”记作该项目投资额，见 note）。公司：大连化工江苏有限公司（文中“大连化工”，园区内）；江苏瑞祥化工有限公司（园区内）；大连化工股份公司、扬农集团为母公司，可选、park null。",
  "yi01"),
 parks=[park(YZ, "扬州", "江苏", "化工园区", B0, district="仪征市", aliases=("扬州化工园区",),
             note="文中又作“扬州化工园区”“化工园区”")],
 companies=[
  comp("大连化工江苏有限公司", YZ, "市委书记季建业与大连化工股份公司总经理、大连化工江苏有限公司董事长陈显彰共同摁下了竣工投产的按钮",
       aliases=("大连化工",), note="文中多作“大连化工”；二期工程在园区竣工投产"),
  comp("江苏瑞祥化工有限公司", YZ, B2, aliases=("瑞祥化工有限公司", "瑞祥化工")),
  comp("大连化工股份公司", None, "市委书记季建业与大连化工股份公司总经理、大连化工江苏有限公司董事长陈显彰共同摁下了竣工投产的按钮",
       opt=True, note="大连化工江苏有限公司的母公司（台湾），所在地未写"),
  comp("扬农集团", None, B3, aliases=("扬农", "扬农化工"), opt=True, note="瑞祥化工为其新的产业发展基地；扬农原址不在园区"),
 ],
 institutions=[],
 projects=[
  proj("大连化工二期工程", YZ, B1, companies=("大连化工江苏有限公司",), inv="投资6000万美元", currency="usd", value=60000000.0,
       status="投产", status_text="相继竣工投产", phase="二期", note="年产丙烯醇5万吨"),
  proj("瑞祥化工一期工程", YZ, B3, companies=("江苏瑞祥化工有限公司",), inv="总投资5亿元", status="投产",
       status_text="相继竣工投产", phase="一期", aliases=("江苏瑞祥化工有限公司一期工程",),
       note="“总投资5亿元”句主语为瑞祥化工有限公司（扬农集团新基地），紧接一期竣工投产句，记为该项目投资额；竣工投产见“上午,江苏瑞祥化工有限公司一期工程也在化工园区竣工投产”"),
 ],
 funds=[],
 aggregate_facts=[
  fact("大连化工二期工程", "project", "annual_capacity_tonnes", 50000, "tonnes", B1, "投产时", kind="reported", opt=True,
       note="丙烯醇年产规模5万吨"),
 ],
)

# ---------------------------------------------------------------- yi02 苏州工业园区开发建设15年 (中新网 2009)
SZ = "苏州工业园区"
C0 = "十五年来,苏州工业园区共引进外资项目三千六百零七个,实际利用外资达到一百六十二亿美元"
C1 = "投资总额一亿美元以上项目就有一百多个,共有七十九家世界五百强在园区投资了一百二十五个企业"
C2 = "十五年来,苏州工业园区主要经济指标年均增幅达到三成,累计上交各类税收一千多亿元,创造就业岗位五十万个"
AS2 = "1994年至2009年5月（开发建设十五年累计）"
G["yi02"] = dict(
 article=art("苏州工业园区开发建设15年 利用外资超160亿美元", "中国新闻网（中新网苏州电，记者 周建琳）", "2009-05-26", "day",
  "National news agency's website, Jiangsu: a Sino-Singapore industrial park's 15th anniversary — cumulative foreign projects, actual FDI, large projects, Fortune 500 investors, taxes and jobs, and its shift in investment promotion",
  "http://chinanews.com.cn/cj/cj-cyzh/news/2009/05-26/1708749.shtml",
  "日期取页面“2009年05月26日 16:46 来源:中国新闻网”。标题照录（页面标题行后缀“——中新网”、栏目行、编辑行与页尾杂项已删）；正文四段，完整，以“(完)”结束。园区：苏州工业园区（苏州，江苏；中新两国政府合作项目）。无具名企业、项目。数字为中文数字：三千六百零七个=3607，一百六十二亿美元=1.62e10，一百多个→余100，七十九家=79，一百二十五个=125，一千多亿元→余1e11（指标名不以 _cny 结尾，因 check_gold 不解析中文数字金额），五十万个=500000。标题“利用外资超160亿美元”与正文162亿美元一致，事实取正文。",
  "yi02"),
 parks=[park(SZ, "苏州", "江苏", "工业园区", C0, note="中国与新加坡两国政府间合作项目；文中又作“园区”")],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(SZ, "park", "foreign_projects_introduced", 3607, "count", C0, AS2, kind="cumulative"),
  fact(SZ, "park", "actual_fdi_usd", 16200000000.0, "usd", C0, AS2, kind="cumulative", note="一百六十二亿美元；标题作“超160亿美元”"),
  fact(SZ, "park", "foreign_projects_over_100m_usd", 100, "count", C1, AS2, kind="cumulative", qual="余", qtext="多",
       note="投资总额一亿美元以上项目一百多个"),
  fact(SZ, "park", "fortune500_investors", 79, "count", C1, AS2, kind="cumulative"),
  fact(SZ, "park", "fortune500_invested_enterprises", 125, "count", C1, AS2, kind="cumulative", opt=True),
  fact(SZ, "park", "taxes_paid_cumulative", 100000000000.0, "cny", C2, AS2, kind="cumulative", qual="余", qtext="多",
       opt=True, note="一千多亿元（中文数字）"),
  fact(SZ, "park", "jobs_created", 500000, "count", C2, AS2, kind="cumulative"),
  fact(SZ, "park", "main_indicators_avg_annual_growth", 0.3, "ratio", C2, AS2, kind="ratio", opt=True, note="“年均增幅达到三成”"),
 ],
)

# ---------------------------------------------------------------- yi03 江阴—靖江工业园财政日进百万 (扬子晚报 2008)
JJ = "江阴—靖江工业园区"
D0 = "1—5月,江阴—靖江工业园区完成财政收入1.5亿元,同比增长48%,实现了财政日进百万元"
D1 = "近3年,该园区累计引进外资工业项目30多个,总投资超过25亿美元"
D2 = "预期到“十一五”期末财政收入可达到10亿元"
G["yi03"] = dict(
 article=art("江阴—靖江工业园财政日进百万", "扬子晚报（顾介铸），载于新浪新闻 news.sina.com.cn", "2008-06-24", "day",
  "Evening-paper brief on a national portal, Jiangsu: a cross-river jointly developed industrial park's January–May fiscal revenue and growth, foreign industrial projects over three years, and its revenue goal for the end of the 11th Five-Year Plan",
  "http://news.sina.com.cn/c/2008-06-24/090514065128s.shtml",
  "日期取页面“2008年06月24日09:05 扬子晚报”。标题照录；新浪页面杂项已删；署名“(顾介铸)”单独成段，保留。正文两段，完整。园区：江阴—靖江工业园区（标题作“江阴—靖江工业园”；位于靖江，泰州市，江苏；江阴与靖江联动开发，成立于2003年6月）。事实：1—5月财政收入1.5亿元（同比增长48%）；近3年累计引进外资工业项目30多个（余），总投资超过25亿美元（超）；“十一五”期末（2010年）财政收入预期10亿元（target）。",
  "yi03"),
 parks=[park(JJ, "泰州", "江苏", "工业园区", D0, district="靖江市", aliases=("江阴—靖江工业园",),
             note="靖江与江阴联动开发；成立于2003年6月；城市（泰州）、县市（靖江）由语境推定")],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(JJ, "park", "fiscal_revenue_cny", 150000000.0, "cny", D0, "2008年1—5月", kind="cumulative", chk=True),
  fact(JJ, "park", "fiscal_revenue_yoy_growth", 0.48, "ratio", D0, "2008年1—5月", kind="ratio"),
  fact(JJ, "park", "foreign_projects_introduced", 30, "count", D1, "2005—2008年（近3年累计）", kind="cumulative", qual="余", qtext="多",
       note="外资工业项目30多个"),
  fact(JJ, "park", "foreign_projects_investment_usd", 2500000000.0, "usd", D1, "2005—2008年（近3年累计）", kind="cumulative",
       qual="超", qtext="超过"),
  fact(JJ, "park", "fiscal_revenue_cny", 1000000000.0, "cny", D2, "“十一五”期末（2010年，预期）", kind="target", chk=True),
  fact(JJ, "park", "established", "2003-06", "date", "成立于2003年6月的江阴—靖江工业园区", "2003年6月", kind="reported", opt=True),
 ],
)

# ---------------------------------------------------------------- yi04 两省级工业园区亮相 萧山 (浙江日报 2006)
E0 = "由国家发改委正式审核通过的杭州江东省级工业园区和杭州萧山临江省级工业园区,今天正式在萧山授牌"
E1 = "至此,包括国家级萧山经济技术开发区、浙江南阳经济开发区在内,目前萧山区沿钱塘江区域内拥有4个省级以上大型工业园区"
E2 = "整个沿江区域总面积超过500平方公里"
G["yi04"] = dict(
 article=art("两省级工业园区亮相 萧山沿江开发战略渐入佳境", "浙江日报（记者 陈纪蔚 金波，区报道组 吕张），载于浙江在线 zjnews.zjol.com.cn", "2006-05-09", "day",
  "Provincial daily on its portal, Zhejiang: two provincial-level industrial parks receive their plaques after national approval, bringing a district's riverside belt to four parks of provincial level or above; the district's riverside development strategy and industry layout",
  "http://zjnews.zjol.com.cn/system/2006/05/09/006607853.shtml",
  "日期取页面“2006年05月09日 07:06:19 浙江在线新闻网站”（电头“浙江日报萧山5月8日电”，授牌在5月8日）。标题照录；浙江在线的导航、热线、位置行已删。存段在第三段“临江工业园区有西班牙在中国落户的首个工”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…已经在萧山沿江区域精心布局。”，共三段。园区：杭州江东省级工业园区、杭州萧山临江省级工业园区（授牌，国家发改委审核通过）；萧山经济技术开发区（国家级）、浙江南阳经济开发区（均在萧山区，杭州，浙江）。无具名企业、项目。事实：萧山区沿钱塘江区域省级以上大型工业园区4个；沿江区域总面积超过500平方公里（超）。国家发改委为可选机构。",
  "yi04"),
 parks=[
  park("杭州江东省级工业园区", "杭州", "浙江", "工业园区", E0, district="萧山区", note="省级；国家发改委审核通过，2006年5月8日授牌"),
  park("杭州萧山临江省级工业园区", "杭州", "浙江", "工业园区", E0, district="萧山区", note="省级；同日授牌（后文残句中作“临江工业园区”，已删）"),
  park("萧山经济技术开发区", "杭州", "浙江", "国家级经济技术开发区", E1, district="萧山区", note="“国家级萧山经济技术开发区”"),
  park("浙江南阳经济开发区", "杭州", "浙江", "经济开发区", E1, district="萧山区"),
 ],
 companies=[],
 institutions=[inst("国家发改委", E0, note="审核通过两个省级工业园区")],
 projects=[], funds=[],
 aggregate_facts=[
  fact("萧山区", "region", "parks_count", 4, "count", E1, "2006年5月", kind="reported",
       note="萧山区沿钱塘江区域内省级以上大型工业园区"),
  fact("萧山区", "region", "area_km2", 500, "km2", E2, "2006年", kind="reported", qual="超", qtext="超过", opt=True,
       note="萧山沿江区域总面积"),
 ],
)

# ---------------------------------------------------------------- yi05 杭州西湖印刷等11个工业项目同时竣工 (杭州日报 2010)
ZT = "转塘科技园区"
F0 = "西湖区三墩镇和之江国家旅游度假区转塘科技园区于2010年11月25日上午先后举行了11个工业项目的开竣工仪式"
F1 = "该项目位于之江国家旅游度假区内的转塘科技园区,总投资2亿元"
F2 = "此次,之江国家旅游度假区内的转塘科技园区共有6个项目竣工,预计6项目竣工投产后年产值可达17.7亿元"
F3 = "总投资达3.05亿元、位于三墩镇的5个工业项目也正式开工"
G["yi05"] = dict(
 article=art("杭州西湖印刷等11个工业项目同时竣工", "杭州日报（作者佚名），载于 heicmy.com", "2010-11-26", "day",
  "City daily relayed by a trade site, Zhejiang: a district's town and a science park inside a national tourism resort hold start and completion ceremonies for 11 industrial projects — one named completed project with investment and expected output, the park's completed projects and expected output, the town's started projects",
  "https://heicmy.com/data/show.php?itemid=86234",
  "日期取页面“[时间:2010-11-26  作者:佚名  来源:杭州日报]”（仪式在2010年11月25日）。标题照录（标题称“同时竣工”，正文为6个竣工、5个开工）；页尾来源行与“黄品青微站”已删。正文三段，完整。园区：转塘科技园区（位于之江国家旅游度假区内；西湖区，杭州，浙江）；之江国家旅游度假区列为可选园区（转塘科技园区的上级）。三墩镇为镇，不列园区。项目：威顿钢琴产业项目（转塘科技园区，总投资2亿元，“刚刚竣工”→竣工；预计年产值3.5亿元以上→target，超）。“杭州西湖印刷”只在标题中，可选公司（位置未写）。事实：转塘科技园区6个项目竣工、预计年产值17.7亿元（target）；三墩镇5个工业项目开工、总投资3.05亿元。",
  "yi05"),
 parks=[
  park(ZT, "杭州", "浙江", "科技园", F1, district="西湖区", parent="之江国家旅游度假区",
       note="文中作“之江国家旅游度假区转塘科技园区”"),
  park("之江国家旅游度假区", "杭州", "浙江", "国家旅游度假区", F1, district="西湖区", opt=True,
       note="转塘科技园区所在的度假区"),
 ],
 companies=[comp("杭州西湖印刷", None, "杭州西湖印刷等11个工业项目同时竣工", opt=True, note="只在标题中；位置未写")],
 institutions=[],
 projects=[
  proj("威顿钢琴产业项目", ZT, F1, inv="总投资2亿元", status="竣工", status_text="刚刚竣工",
       note="目标五年内建成文化创意产业园及现代产业基地"),
 ],
 funds=[],
 aggregate_facts=[
  fact("威顿钢琴产业项目", "project", "expected_annual_output_cny", 350000000.0, "cny",
       "预计投产后年产值将达3.5亿元以上", "投产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(ZT, "park", "projects_completed", 6, "count", F2, "2010年11月25日", kind="reported"),
  fact(ZT, "park", "expected_annual_output_cny", 1770000000.0, "cny", F2, "6个项目竣工投产后（预计）", kind="target", chk=True,
       note="6个竣工项目投产后的年产值"),
  fact("三墩镇", "region", "projects_started", 5, "count", F3, "2010年11月25日", kind="reported"),
  fact("三墩镇", "region", "projects_started_investment_cny", 305000000.0, "cny", F3, "2010年11月25日", kind="reported", chk=True),
  fact("西湖区三墩镇和之江国家旅游度假区转塘科技园区", "other", "projects_count", 11, "count", F0, "2010年11月25日", kind="reported",
       opt=True, note="开竣工仪式的工业项目合计"),
 ],
)

# ---------------------------------------------------------------- yi06 塑胶工业园项目正式签约 (泰兴网 2011)
TX = "市经济开发区"
H0 = "一期总投资1亿美元、注册资本金3340万美元、用地400亩的联成塑胶工业园项目,经市经济开发区和台湾联成化学科技股份有限公司商定,于4月14日在澳门正式签约"
H1 = "到目前,台湾联成化学科技股份有限公司在市经济开发区累计投入达3亿美元"
G["yi06"] = dict(
 article=art("塑胶工业园项目正式签约 一期总投资1亿美元 用地400亩", "泰兴网 www.taixing.cn（通讯员 施伟）", "2011-04-21", "day",
  "County-level city's news site, Jiangsu: a Taiwan chemical firm and the city's economic development zone sign a plastics industrial park project (phase-1 investment, registered capital, land) in Macau; the firm's cumulative investment in the zone",
  "http://www.taixing.cn/content-9-6877-1.html",
  "日期取页面“2011-04-21”（签约在4月14日）。标题照录；泰兴网导航、位置、日期行已删。正文四段，完整，首段以“(通讯员  施伟)”开头，保留。园区：文中只作“市经济开发区”（即泰兴经济开发区：发布站点为泰兴网，市委书记张兆江为泰兴市委书记；泰州市泰兴市，江苏；化工园区所在开发区）——名称照录为“市经济开发区”。联成塑胶工业园为园中园式项目，列为项目，并作可选园区（上级为市经济开发区）。项目：联成塑胶工业园项目（一期总投资1亿美元→usd，phase 一期，正式签约→签约）。公司：台湾联成化学科技股份有限公司（文中又作“台湾联成化学”；在开发区累计投入3亿美元，park 记市经济开发区）；台湾联华神通集团、来宝集团、并丰集团可选，park null。",
  "yi06"),
 parks=[
  park(TX, "泰州", "江苏", "经济开发区", H0, district="泰兴市",
       note="即泰兴经济开发区（文中未写“泰兴”；由发布站点泰兴网与“市委书记张兆江”推定）；文中只作“市经济开发区”"),
  park("联成塑胶工业园", "泰州", "江苏", "工业园（项目）", H0, district="泰兴市", parent=TX, opt=True,
       note="签约的园中园式项目；另列项目"),
 ],
 companies=[
  comp("台湾联成化学科技股份有限公司", TX, H0, aliases=("台湾联成化学",), note="在市经济开发区累计投入3亿美元"),
  comp("台湾联华神通集团", None, "应台湾联华神通集团董事长苗丰强、台湾联成化学总经理柯衣绍的邀请", opt=True),
  comp("来宝集团", None, "张兆江一行顺道香港考察来宝集团和并丰集团", opt=True, note="香港考察对象"),
  comp("并丰集团", None, "张兆江一行顺道香港考察来宝集团和并丰集团", opt=True, note="香港考察对象"),
 ],
 institutions=[],
 projects=[
  proj("联成塑胶工业园项目", TX, H0, companies=("台湾联成化学科技股份有限公司",), inv="一期总投资1亿美元", currency="usd",
       value=100000000.0, status="签约", status_text="正式签约", phase="一期",
       note="一期投资；注册资本金3340万美元，用地400亩；4月14日在澳门签约"),
 ],
 funds=[],
 aggregate_facts=[
  fact("联成塑胶工业园项目", "project", "registered_capital_usd", 33400000.0, "usd", H0, "2011年4月（签约时）", kind="reported"),
  fact("联成塑胶工业园项目", "project", "site_area_mu", 400, "mu", H0, "2011年4月（签约时）", kind="reported"),
  fact("台湾联成化学科技股份有限公司", "company", "cumulative_investment_usd", 300000000.0, "usd", H1, "截至2011年4月",
       kind="cumulative", note="在市经济开发区累计投入"),
 ],
)

# ---------------------------------------------------------------- yi07 浙江余姚打造千亿级化纤产业园 (中国工业报 2012)
YY = "余姚滨海新城"
K0 = "近日,浙江余姚滨海新城打造千亿级化纤产业园区拉开序幕,浙江华鑫化纤有限公司年产80万吨差别化纤维生产项目在这里开工。该项目总投资25亿元,建成后年产值将超100亿元"
K1 = "目前,该区域已吸引总投资110亿元、49个项目落地"
K2 = "这块100多平方公里的土地将是余姚经济发展的新引擎"
K3 = "今年二期又着手规划了新型合成纤维产业园、新兴产业园等六大园中园"
G["yi07"] = dict(
 article=art("浙江余姚打造千亿级化纤产业园", "中国工业报（本报讯，署名“折 上”），dzb.cinn.cn 数字报", "2012-07-11", "day",
  "National industry paper's e-edition, Zhejiang: a fibre maker's 800,000-tonne project starts in a coastal new town that is building a 100-billion-yuan chemical-fibre park; the area's projects landed and investment, six planned park-in-parks",
  "http://dzb.cinn.cn/shtml/zggyb/20120711/26627.shtml",
  "日期取网址 zggyb/20120711（报纸刊期）。标题照录；“稿件来源:本报讯”行与页尾“|”已删。存段正文为一行（原文段落以空格相连），照录为一段，完整，末尾署名“(折 上)”保留。园区：余姚滨海新城（文中“浙江余姚滨海新城”；后文“滨海产业园”指同一区域，作别名；宁波市余姚市，浙江）；化纤产业园区为在建设中的园区（标题“千亿级化纤产业园”），可选；二期规划的新型合成纤维产业园、新兴产业园为规划中的园中园，可选。项目：浙江华鑫化纤有限公司年产80万吨差别化纤维生产项目（总投资25亿元，开工）；建成后年产值将超100亿元→target，超。事实：该区域已吸引总投资110亿元、49个项目落地（cumulative）；面积100多平方公里（余）。中国纺织工业设计院为可选机构。",
  "yi07"),
 parks=[
  park(YY, "宁波", "浙江", "新城（产业园）", K0, district="余姚市", aliases=("滨海产业园",),
       note="文中“浙江余姚滨海新城”；后文“滨海产业园建设千亿级化纤产业园区”指同一区域"),
  park("化纤产业园区", "宁波", "浙江", "产业园", K0, district="余姚市", parent=YY, opt=True,
       note="“千亿级化纤产业园区”，建设中；标题作“千亿级化纤产业园”"),
  park("新型合成纤维产业园", "宁波", "浙江", "产业园（规划）", K3, district="余姚市", parent=YY, opt=True, note="二期规划的园中园"),
  park("新兴产业园", "宁波", "浙江", "产业园（规划）", K3, district="余姚市", parent=YY, opt=True, note="二期规划的园中园"),
 ],
 companies=[
  comp("浙江华鑫化纤有限公司", YY, K0, note="文中又作“华鑫”化纤；宁波市百强企业"),
 ],
 institutions=[inst("中国纺织工业设计院", "其整体生产装置由中国纺织工业设计院进行工程设计", kind="research", note="工程设计单位")],
 projects=[
  proj("浙江华鑫化纤有限公司年产80万吨差别化纤维生产项目", YY, K0, companies=("浙江华鑫化纤有限公司",), inv="总投资25亿元",
       status="开工", status_text="在这里开工", aliases=("“华鑫”化纤80万吨差别化纤维生产项目",),
       note="迁建20万吨、扩建60万吨，3年内形成80万吨规模"),
 ],
 funds=[],
 aggregate_facts=[
  fact("浙江华鑫化纤有限公司年产80万吨差别化纤维生产项目", "project", "expected_annual_output_cny", 10000000000.0, "cny",
       "建成后年产值将超100亿元", "建成后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(YY, "park", "investment_attracted_cny", 11000000000.0, "cny", K1, "截至2012年7月", kind="cumulative", chk=True),
  fact(YY, "park", "projects_landed", 49, "count", K1, "截至2012年7月", kind="cumulative"),
  fact(YY, "park", "area_km2", 100, "km2", K2, "2012年", kind="reported", qual="余", qtext="多", opt=True),
  fact("浙江华鑫化纤有限公司年产80万吨差别化纤维生产项目", "project", "annual_capacity_tonnes", 800000, "tonnes",
       "这一项目将迁建20万吨、扩建60万吨,将在3年内形成80万吨差别化纤维生产规模", "3年内（规划）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- yi08 江苏淮安成台商投资新高地 (中新社 2008)
HA = "淮安经济开发区"
L0 = "由海基会董事长江丙坤先生题字的“淮安台商会所”、“淮安台商工业园”揭牌仪式八日在此间举行"
L1 = "台玻、明基达方电子、大同电子、康师傅方便面、旺旺食品等“大个头”台资项目相继入驻淮安经济开发区"
L2 = "截至今年上半年,淮安累计新批台商投资企业二百一十五家,投资总额十五点五亿美元,实际到账台资二点七亿美元"
L3 = "富士康集团总裁郭台铭曾在二00七年初项目破土动工时说:“淮安是第一个我没有亲自考察就决定投资不低于十亿美元的地方。”"
G["yi08"] = dict(
 article=art("江苏淮安成台商投资新高地", "中国新闻网（中新社淮安电，唐娟）", "2008-11-08", "day",
  "National news agency's website, Jiangsu: plaques unveiled for a Taiwan business club and a Taiwan industrial park; Taiwan-invested projects that moved into the city's economic development zone; the city's cumulative Taiwan-invested firms, investment and paid-in capital",
  "https://www.chinanews.com.cn/tw/lasq/news/2008/11-08/1442303.shtml",
  "日期取页面“2008年11月08日 22:26 来源:中国新闻网”。标题照录；栏目行、编辑行与评论区已删。正文三段，完整。园区：淮安台商工业园（揭牌；淮安，江苏）；淮安经济开发区（台资项目入驻）。“淮安台商会所”为会所，不列园区。公司：台玻、明基达方电子、大同电子、康师傅方便面、旺旺食品（“台资项目相继入驻淮安经济开发区”→公司，园区淮安经济开发区；未单列项目）；富士康集团（2007年初项目破土动工，投资“不低于十亿美元”为郭台铭引语，园区未写；可选公司，不列项目）。事实：淮安市截至2008年上半年累计新批台商投资企业215家、投资总额15.5亿美元、实际到账台资2.7亿美元（中文数字；cumulative，subject 淮安 region）。海基会、海协会为可选机构。",
  "yi08"),
 parks=[
  park("淮安台商工业园", "淮安", "江苏", "工业园", L0, note="2008年11月8日揭牌；名称在引号中"),
  park(HA, "淮安", "江苏", "经济开发区", L1),
 ],
 companies=[
  comp("台玻", HA, L1, note="台资项目入驻"),
  comp("明基达方电子", HA, L1, note="台资项目入驻"),
  comp("大同电子", HA, L1, note="台资项目入驻"),
  comp("康师傅方便面", HA, L1, note="台资项目入驻"),
  comp("旺旺食品", HA, L1, note="台资项目入驻"),
  comp("富士康集团", None, L3, opt=True, note="2007年初在淮安的项目破土动工；园区未写"),
 ],
 institutions=[
  inst("海基会", L0, kind="association", note="董事长江丙坤题字"),
  inst("海协会", "海协会副会长张铭清表示", kind="association"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact("淮安", "region", "taiwan_invested_firms_approved", 215, "count", L2, "截至2008年上半年", kind="cumulative"),
  fact("淮安", "region", "taiwan_investment_usd", 1550000000.0, "usd", L2, "截至2008年上半年", kind="cumulative",
       note="投资总额十五点五亿美元"),
  fact("淮安", "region", "taiwan_investment_actual_usd", 270000000.0, "usd", L2, "截至2008年上半年", kind="cumulative",
       note="实际到账台资二点七亿美元"),
 ],
)
