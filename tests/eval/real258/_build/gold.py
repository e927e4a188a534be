# real258 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all four items simplified script as published); names as written in the text;
# 余/多 → 余, 约 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the
# evidence; chk=True asserts it). Growth rates as ratios. Projects: the park is the one the text places the project in, null
# if none (a county is not a park). Status from the text's words. Expected figures (“建成后…年可实现”) are kind target; a
# completed half-year or year figure is reported with the period in as_of; year-to-date figures (“今年以来”) are cumulative.
# Sources are `search` (corpus pages) excerpts saved in _raw/pages/swNN.raw as returned.

# ---------------------------------------------------------------- sw01 鲁北高新区 (齐鲁壹点 via selectshandong 2023)
LB = "鲁北高新区"
A0 = "鲁北高新区党工委委员、管委会副主任赵吉义同志介绍鲁北高新区经济发展方面相关情况,并同鲁北万润智慧能源科技(山东)有限公司副总经理张占儒同志回答记者提问"
A1 = "是无棣县工业重要聚集地和经济增长极,是国家生态工业示范园区、山东省首批循环经济试点园区"
A2 = "拥有鲁北企业集团、鑫岳化工集团、三岳化工集团、大唐鲁北发电、鲁渝博创公司、鲁北万润公司6大企业集团、88家独立法人单位、从业人员1.3万余人、累计固定资产投资500亿元、年产值500亿元的综合性产业园区"
A3 = "2018年被省政府批复为首批省级化工园区"
G["sw01"] = dict(
 article=art("（无标题）“大干2023 · 无棣奋勇争先”主题系列新闻发布会鲁北高新区专场", "齐鲁壹点，载于 m.selectshandong.com（“选择山东”，山东省人民政府主办）", "2023-07-03", "day",
  "Provincial investment portal relaying a Shandong news app: a county-level high-tech zone and first-batch provincial chemical park (无棣县, 滨州) — its six enterprise groups, firm and employee counts, cumulative investment, output, and tax by year 2017–2022 plus Jan–May 2023",
  "https://m.selectshandong.com/website/article/index/id/23811/cid/900.html",
  "日期取存段“来源:齐鲁壹点2023-07-03 14:18”。存段无标题（title 为编者概括）；版权行与来源行已删。存段末段“产业布局合理。…形成了较为完善的…“五化”融合的”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文三段，截至“…凝聚了磅礴力量。”。园区：鲁北高新区（滨州市无棣县，山东；文中又作“园区”；2018年获批首批省级化工园区，kind 记“高新区”）。公司：鲁北万润智慧能源科技(山东)有限公司（文中又作“鲁北万润公司”）及园区“6大企业集团”中的另五家，均在园区。无项目。事实：88家独立法人单位、从业人员1.3万余人、累计固定资产投资500亿元、年产值500亿元（as_of 2023年7月）；税收2017年6.6亿元、2019年12.76亿元、2020年12.86亿元；2021年工业总产值503亿元、税收23.45亿元；2022年工业总产值506亿元、税收26.88亿元；2023年1—5月税收14.07亿元（cumulative）。",
  "sw01"),
 parks=[
  park(LB, "滨州", "山东", "高新区", A0, district="无棣县", note="文中又作“园区”；无棣县工业聚集地；2018年获批首批省级化工园区"),
 ],
 companies=[
  comp("鲁北万润智慧能源科技(山东)有限公司", LB, A0, aliases=["鲁北万润公司"], note="园区6大企业集团之一（“鲁北万润公司”）"),
  comp("鲁北企业集团", LB, A2),
  comp("鑫岳化工集团", LB, A2),
  comp("三岳化工集团", LB, A2),
  comp("大唐鲁北发电", LB, A2),
  comp("鲁渝博创公司", LB, A2),
 ],
 institutions=[
  inst("省政府", A3, note="山东省人民政府（批复首批省级化工园区）"),
 ],
 aggregate_facts=[
  fact(LB, "park", "enterprise_groups", 6, "count", A2, "2023年7月", opt=True),
  fact(LB, "park", "firms", 88, "count", "88家独立法人单位", "2023年7月", note="独立法人单位"),
  fact(LB, "park", "employees", 13000, "persons", "从业人员1.3万余人", "2023年7月", qual="余", qtext="余"),
  fact(LB, "park", "fixed_asset_investment_cny", 5e10, "cny", "累计固定资产投资500亿元", "2023年7月（累计）", kind="cumulative", chk=True),
  fact(LB, "park", "output_cny", 5e10, "cny", "年产值500亿元", "2023年7月（年产值）", chk=True),
  fact(LB, "park", "tax_revenue_cny", 6.6e8, "cny", "2017年园区税收仅为6.6亿元", "2017年", chk=True),
  fact(LB, "park", "tax_revenue_cny", 1.276e9, "cny", "2019年税收比2017年近乎翻番,达到了12.76亿元", "2019年", chk=True),
  fact(LB, "park", "tax_revenue_cny", 1.286e9, "cny", "税收达到了12.86亿元", "2020年", chk=True),
  fact(LB, "park", "industrial_output_cny", 5.03e10, "cny", "2021年,鲁北高新区实现工业总产值503亿元", "2021年", chk=True),
  fact(LB, "park", "tax_revenue_cny", 2.345e9, "cny", "税收23.45亿元", "2021年", chk=True),
  fact(LB, "park", "industrial_output_cny", 5.06e10, "cny", "实现工业总产值506亿元", "2022年", chk=True),
  fact(LB, "park", "tax_revenue_cny", 2.688e9, "cny", "税收26.88亿元", "2022年", chk=True),
  fact(LB, "park", "tax_revenue_cny", 1.407e9, "cny", "1-5月份园区实现税收14.07亿元", "2023年1–5月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- sw02 郓城 圆通菏泽智创园 (菏泽日报 2023)
YT = "圆通菏泽智创园"
B0 = "6月5日,位于郓城县随官屯镇的圆通菏泽智创园工地机声隆隆,一派繁忙景象"
B1 = "圆通菏泽智创园是圆通速递在鲁西南地区布局的首个“跨境电商+特色产业园”新模式园区"
B2 = "先后与北京新元恒德实业有限公司、上海市药坦药物研究开发有限公司等企业座谈"
B3 = "在山东菏城生物医药科技有限公司建设工地,上海药坦药物研究开发有限公司工程部经理钱立鹏说"
B4 = "对已完成技改的华灵纺织、一鸣纺织等骨干企业积极支持其与市场对接"
G["sw02"] = dict(
 article=art("郓城:优化“软环境” “新老”项目齐“加速”", "菏泽日报（通讯员 赵考壮 记者 孙涛），epaper.hezeribao.com（新闻●广告版）", "2023-06-08", "day",
  "City daily's e-paper, Shandong: a county's projects — a courier firm's cross-border e-commerce industrial park under construction with its expected revenue and jobs, a pharmaceutical firm's plant being built, investor talks, textile firms' upgrading",
  "http://epaper.hezeribao.com/shtm1/hzrb/20230608/70410.shtml",
  "日期取网址 20230608（文中“6月5日”为采访日）。标题照录；版面行“新闻●广告 / 下一版> / -- 菏泽日报 -- 版次:[新闻●广告]”、署名行“通讯员 赵考壮 记者 孙涛”与“上一篇 / 下一篇”已删。正文四段，完整。园区：圆通菏泽智创园（郓城县随官屯镇，菏泽，山东；“跨境电商+特色产业园”新模式园区，在建）。项目：圆通菏泽智创园本身（工地机声隆隆 → 在建；无投资额；park 记园区本身，见 note）。公司：圆通速递（园区开发者）；山东菏城生物医药科技有限公司（建设工地，未名项目，不另立项目；郓城县，园区未说 → park null）；上海市药坦药物研究开发有限公司（文中又作“上海药坦药物研究开发有限公司”，投资方/座谈企业，park null）；北京新元恒德实业有限公司（座谈企业，可选）；华灵纺织、一鸣纺织（县内技改骨干企业，可选）。事实：智创园“项目建成后…年可实现营业收入10亿元”（target）、快递物流业务量1亿多件、就业岗位1300个（target，可选）。",
  "sw02"),
 parks=[
  park(YT, "菏泽", "山东", "产业园", B0, district="郓城县", note="随官屯镇；圆通速递的“跨境电商+特色产业园”新模式园区，在建"),
 ],
 companies=[
  comp("圆通速递", YT, B1, note="园区布局方（开发者）"),
  comp("山东菏城生物医药科技有限公司", None, B3, note="郓城县内建设工地；园区未说"),
  comp("上海市药坦药物研究开发有限公司", None, B2, aliases=["上海药坦药物研究开发有限公司"], note="座谈企业；其工程部经理在菏城生物医药工地发言（投资方，推断）"),
  comp("北京新元恒德实业有限公司", None, B2, opt=True, note="招商座谈企业"),
  comp("华灵纺织", None, B4, opt=True, note="县内已完成技改的纺织骨干企业"),
  comp("一鸣纺织", None, B4, opt=True, note="同上"),
 ],
 projects=[
  proj("圆通菏泽智创园", YT, B0, companies=["圆通速递"], status="在建", status_text="工地机声隆隆",
       note="园区开发项目本身（park 记园区本身）；无投资额；“项目建成后”年营业收入10亿元"),
 ],
 aggregate_facts=[
  fact(YT, "park", "expected_annual_revenue_cny", 1e9, "cny", "项目建成后,业务范围将辐射菏泽、济宁、枣庄、商丘等地,年可实现营业收入10亿元", "建成后（预计）", kind="target", chk=True),
  fact(YT, "park", "expected_jobs", 1300, "persons", "可提供1300个就业岗位", "建成后（预计）", kind="target", opt=True),
  fact(YT, "park", "expected_annual_parcels", 1e8, "pieces", "年快递物流业务量达1亿多件", "建成后（预计）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- sw03 衡水高新区 三季度7个项目集中开工 (investchn 2021)
HS = "衡水高新区"
C0 = "日前,衡水高新区举行三季度项目集中开工活动"
C1 = "本次集中开工项目工共7个,总投资16.99亿元"
G["sw03"] = dict(
 article=art("衡水高新区三季度7个项目集中开工", "衡水高新技术产业开发区管委会（来源），载于 investchn.com", "2021-08-31", "day",
  "Development-zone portal relaying a zone committee's release, Hebei: a provincial high-tech zone's third-quarter groundbreaking of 7 projects with their total investment (no project named)",
  "https://investchn.com/home/news/detail/id/282372.html",
  "日期取存段“发布时间:2021-08-31 来源:衡水高新技术产业开发区管委会 发布开发区:衡水高新技术产业开发区”，该行已删。标题照录；正文三段，完整。“工共7个”为原文（当作“共7个”），照录。园区：衡水高新区（衡水市，河北；全称“衡水高新技术产业开发区”只在已删的来源行，不作别名）。项目：7个均未点名，不立项目。事实：集中开工7个、总投资16.99亿元（as_of 2021年8月）。市人大常委会等出席者不列。",
  "sw03"),
 parks=[
  park(HS, "衡水", "河北", "高新区", C0, note="文中又作“高新区”；全称只在来源行"),
 ],
 aggregate_facts=[
  fact(HS, "park", "projects_started", 7, "count", C1, "2021年8月（三季度集中开工）"),
  fact(HS, "park", "projects_started_investment_cny", 1.699e9, "cny", C1, "2021年8月（三季度集中开工）", chk=True),
 ])

# ---------------------------------------------------------------- sw04 邢台省级开发区 上半年 (jingjiyuanqu 2023)
XT = "邢台市省级经开区"
D0 = "2023年上半年,全市省级经开区实现营业收入3577亿元,同比增长35%;税收收入92.8亿元,同比增长20.6%;固定资产投资增长32%"
AS4 = "2023年上半年"
G["sw04"] = dict(
 article=art("（原标题）上半年邢台省级开发区 实现营业收入3577亿元", "m.jingjiyuanqu.cn（经济园区网；原出处存段未示）", "2023-09-17", "day",
  "Park-investment portal relaying a city press conference, Hebei: the combined half-year figures of a prefecture's 17 provincial development zones (mostly county zones) — revenue, tax and investment growth, their number and featured industries",
  "https://m.jingjiyuanqu.cn/yuanquzhaoshang/2851.html",
  "日期取存段“浏览量:22 发布时间:2023-09-17”。存段无页面标题行，只有“原标题:上半年邢台省级开发区 实现营业收入3577亿元”（两行均已删，原标题记入 title）。正文三段，完整。无单个园区点名；事实主体为“全市省级经开区”（邢台市17家省级经济开发区合计；subject 写作“邢台市省级经开区”，subject_type park_group）。事实：2023年上半年营业收入3577亿元、增长35%；税收92.8亿元、增长20.6%；固定资产投资增长32%；省级经济开发区17家（as_of 2023年9月）。“21条相关支持政策”不计。",
  "sw04"),
 aggregate_facts=[
  fact(XT, "park_group", "revenue_cny", 3.577e11, "cny", D0, AS4, chk=True, note="全市省级经开区合计"),
  fact(XT, "park_group", "revenue_yoy_growth", 0.35, "ratio", D0, AS4, kind="ratio"),
  fact(XT, "park_group", "tax_revenue_cny", 9.28e9, "cny", "税收收入92.8亿元,同比增长20.6%", AS4, chk=True),
  fact(XT, "park_group", "tax_revenue_yoy_growth", 0.206, "ratio", "税收收入92.8亿元,同比增长20.6%", AS4, kind="ratio"),
  fact(XT, "park_group", "fixed_asset_investment_yoy_growth", 0.32, "ratio", "固定资产投资增长32%", AS4, kind="ratio"),
  fact(XT, "park_group", "provincial_zones", 17, "count", "目前,邢台市共有17家省级经济开发区", "2023年9月"),
 ])
