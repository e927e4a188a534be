# real350 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county or district is not a park). Status from the
# text's words (集中开工 → 开工; 投产运营 → 投产; 已经建成 → 竣工; 基本建成 → 在建; 签订…项目 / 签订投资合同 → 签约; 落户 alone
# → no status). Year-to-date figures (“今年以来”, “至今年9月底”, “10年间…累计”) are cumulative. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/okNN.raw as returned.

# ---------------------------------------------------------------- ok01 伊川县产业集聚区 (洛阳日报 2011-12-08)
YC = "伊川县产业集聚区"
A0 = "【概况】伊川县产业集聚区,规划面积8.719平方公里"
A1 = "目前,建成区面积271.9公顷,区内共有企业52家,其中规模以上企业14家,安排就业达1.77万余人"
A2 = "2010年区内实现营业收入173亿元,固定资产投资43.38亿元,实现税收4.6亿元"
A3 = "至今年9月底,完成固定资产投资61.86亿元,实现营业收入137.48亿元"
A4 = "杭州鼎盛集团投资兴建的洛阳龙鼎铝箔生产项目,占地1500亩,总投资42亿元,设计年产60万吨铝箔"
A5 = "其中西园位于伊川县城北部,规划面积2.472平方公里;东园位于伊川县城东部水寨镇、白沙镇境内,规划面积6.247平方公里"
A6 = "着力构建铝精深加工园中园、硅及光伏产业园、机械制造园中园"
AS1 = "2011年12月（目前）"
G["ok01"] = dict(
 article=art("伊川县产业集聚区: 做大做强铝精深加工产业", "洛阳日报（数字报 lyrb.lyd.com.cn，002版 综合；存段无署名）", "2011-12-08", "day",
  "City daily's profile box, Henan: a county industrial cluster zone in 洛阳 — planned area and its two sub-parks, built area, firms and above-scale firms, jobs, 2010 revenue / investment / tax, year-to-September investment and revenue, leading industries, one named aluminium-foil project with its investor and investment",
  "http://lyrb.lyd.com.cn/html/2011-12/08/content_799349.htm",
  "日期取页面“2011 年 12 月 8 日”及网址 2011-12/08。标题两行（“伊川县产业集聚区:”/“做大做强铝精深加工产业”），make_txt.py 以一个空格连成一行；版面目录、导航与日期行已删。存段在末段“建设周期5年,全部达产后,”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…设计年产60万吨铝箔。”，共五段。园区：伊川县产业集聚区（洛阳市伊川县，河南；2009年6月挂牌）；西园、东园为其“一区两园”（可选，母园区伊川县产业集聚区）；铝精深加工园中园、硅及光伏产业园、机械制造园中园为规划中的园中园（可选）。项目：洛阳龙鼎铝箔生产项目（“杭州鼎盛集团投资兴建”，在东园，总投资42亿元）；阶段词只有“投资兴建”，不定状态。公司：杭州鼎盛集团为投资方（园区外企业，park 记 null）。事实：52家企业、14家规上企业、1.77万余人就业、建成区271.9公顷为“目前”数；2010年营业收入、固定资产投资、税收为全年数；“至今年9月底”的投资与收入为年内累计（cumulative）。",
  "ok01"),
 parks=[
  park(YC, "洛阳", "河南", "产业集聚区", A0, district="伊川县", note="文中又作“集聚区”“区内”；2009年6月正式挂牌成立"),
  park("西园", "洛阳", "河南", "产业集聚区分园", A5, district="伊川县", parent=YC, opt=True, note="“一区两园”之一，以商贸、物流为主"),
  park("东园", "洛阳", "河南", "产业集聚区分园", A5, district="伊川县", parent=YC, opt=True, note="“一区两园”之一，以铝精深加工为主导"),
  park("铝精深加工园中园", "洛阳", "河南", "园中园", A6, district="伊川县", parent=YC, opt=True),
  park("硅及光伏产业园", "洛阳", "河南", "园中园", A6, district="伊川县", parent=YC, opt=True),
  park("机械制造园中园", "洛阳", "河南", "园中园", A6, district="伊川县", parent=YC, opt=True),
 ],
 companies=[
  comp("杭州鼎盛集团", None, A4, note="洛阳龙鼎铝箔生产项目的投资方（杭州企业）；项目在东园"),
 ],
 projects=[
  proj("洛阳龙鼎铝箔生产项目", YC, A4, companies=["杭州鼎盛集团"], inv="总投资42亿元",
       note="在东园；“投资兴建”，阶段未明说；占地1500亩，设计年产60万吨铝箔"),
 ],
 aggregate_facts=[
  fact(YC, "park", "planned_area_km2", 8.719, "km2", A0, AS1),
  fact("西园", "park", "planned_area_km2", 2.472, "km2", A5, AS1, opt=True),
  fact("东园", "park", "planned_area_km2", 6.247, "km2", A5, AS1, opt=True),
  fact(YC, "park", "built_area_ha", 271.9, "ha", A1, AS1, opt=True),
  fact(YC, "park", "enterprises", 52, "count", A1, AS1),
  fact(YC, "park", "enterprises_above_scale", 14, "count", A1, AS1),
  fact(YC, "park", "jobs", 17700, "persons", A1, AS1, qual="余", qtext="余"),
  fact(YC, "park", "revenue_cny", 1.73e10, "cny", "2010年区内实现营业收入173亿元", "2010年", chk=True),
  fact(YC, "park", "fixed_asset_investment_cny", 4.338e9, "cny", "固定资产投资43.38亿元,实现税收4.6亿元", "2010年", chk=True),
  fact(YC, "park", "tax_revenue_cny", 4.6e8, "cny", "实现税收4.6亿元", "2010年", chk=True),
  fact(YC, "park", "fixed_asset_investment_cny", 6.186e9, "cny", A3, "2011年1月至9月底", kind="cumulative", chk=True),
  fact(YC, "park", "revenue_cny", 1.3748e10, "cny", "实现营业收入137.48亿元", "2011年1月至9月底", kind="cumulative", chk=True),
  fact("东园", "park", "large_aluminium_processors", 5, "count", "在东园,目前具有国际、国内先进水平的大型铝深加工企业5家", AS1, opt=True),
  fact("洛阳龙鼎铝箔生产项目", "project", "land_area_mu", 1500, "mu", A4, AS1, opt=True),
 ])

# ---------------------------------------------------------------- ok02 鹤淇产业集聚区 12个重点项目集中开工 (鹤壁 2011-03-24)
HQ = "鹤淇产业集聚区"
B0 = "3月23日上午,鹤淇产业集聚区12个重点项目集中开工仪式隆重举行。项目总投资达24.6亿元"
B1 = "其中1个纺织服装项目为江苏常高新集团(黑牡丹公司)高档纺织面料项目,总投资6亿元"
B2 = "1个光伏项目为河南安普TCO光伏玻璃项目,总投资1.2亿元"
B3 = "6个汽车零部件项目主要有重庆中拓8万套汽车后桥传动装置项目,总投资1.8亿元"
B4 = "杭州九天10万套汽车驱动桥减速机项目总投资8000万元"
B5 = "鹤壁华实10万套汽车轮毂项目总投资5000万元"
B6 = "河南业晟汽车零部件交易中心项目总投资5000万元"
B7 = "2个新型社区项目分别为:古烟朝阳新型社区项目总投资4.7亿元"
B8 = "高村淇园新型社区项目总投资6亿元"
B9 = "1个物流项目为鹤壁陆港联检大楼项目,总投资3000万元"
AS2 = "2011年3月23日（集中开工）"
ST = dict(status="开工", status_text="集中开工")
G["ok02"] = dict(
 article=art("（无标题）鹤淇产业集聚区12个重点项目集中开工 总投资24.6亿元", "鹤壁网数字报 qbwb.hebiw.com（文首“晨报讯”，记者 李可；报名与版次存段未示）", "2011-03-24", "day",
  "City newspaper's e-edition, Henan (鹤壁): an industrial cluster zone's joint groundbreaking of 12 projects — total investment, sectors, nine named projects (textile, photovoltaic glass, four auto-parts, two new rural communities, a logistics inspection building) each with its investment",
  "http://qbwb.hebiw.com/html/2011-03/24/content_21818.htm",
  "日期取网址 2011-03/24（文中“3月23日上午”开工）。存段无标题、无日期行（title 为编者概括）。正文六段，完整。园区：鹤淇产业集聚区（鹤壁市，河南；所在县区文中未说）。项目：12个集中开工，文中点名9个，均记 park 鹤淇产业集聚区、status 开工（集中开工）：江苏常高新集团(黑牡丹公司)高档纺织面料项目 6亿元、河南安普TCO光伏玻璃项目 1.2亿元、重庆中拓8万套汽车后桥传动装置项目 1.8亿元、杭州九天10万套汽车驱动桥减速机项目 8000万元、鹤壁华实10万套汽车轮毂项目 5000万元、河南业晟汽车零部件交易中心项目 5000万元、古烟朝阳新型社区项目 4.7亿元、高村淇园新型社区项目 6亿元、鹤壁陆港联检大楼项目 3000万元。“6个汽车零部件项目主要有”只点名4个。公司：江苏常高新集团（黑牡丹公司为括注，记 alias）；其余企业名只在项目名中（可选）。",
  "ok02"),
 parks=[
  park(HQ, "鹤壁", "河南", "产业集聚区", B0, note="文中又作“集聚区”（集聚区道路建设）"),
 ],
 companies=[
  comp("江苏常高新集团", HQ, B1, aliases=["黑牡丹公司"], note="括注“黑牡丹公司”；高档纺织面料项目业主"),
  comp("河南安普", HQ, B2, opt=True, note="只在项目名中"),
  comp("重庆中拓", HQ, B3, opt=True, note="只在项目名中"),
  comp("杭州九天", HQ, B4, opt=True, note="只在项目名中"),
  comp("鹤壁华实", HQ, B5, opt=True, note="只在项目名中"),
  comp("河南业晟", HQ, B6, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("江苏常高新集团(黑牡丹公司)高档纺织面料项目", HQ, B1, companies=["江苏常高新集团"], inv="总投资6亿元", **ST,
       note="年产3000万米高档纺织面料生产线、面料研发中心及污水处理厂等"),
  proj("河南安普TCO光伏玻璃项目", HQ, B2, companies=["河南安普"], inv="总投资1.2亿元", **ST),
  proj("重庆中拓8万套汽车后桥传动装置项目", HQ, B3, companies=["重庆中拓"], inv="总投资1.8亿元", **ST),
  proj("杭州九天10万套汽车驱动桥减速机项目", HQ, B4, companies=["杭州九天"], inv="总投资8000万元", **ST),
  proj("鹤壁华实10万套汽车轮毂项目", HQ, B5, companies=["鹤壁华实"], inv="总投资5000万元", **ST),
  proj("河南业晟汽车零部件交易中心项目", HQ, B6, companies=["河南业晟"], inv="总投资5000万元", **ST),
  proj("古烟朝阳新型社区项目", HQ, B7, inv="总投资4.7亿元", **ST, note="新型社区；分三期建设"),
  proj("高村淇园新型社区项目", HQ, B8, inv="总投资6亿元", **ST, note="新型社区"),
  proj("鹤壁陆港联检大楼项目", HQ, B9, inv="总投资3000万元", **ST, note="物流项目"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "projects_started", 12, "count", B0, AS2),
  fact(HQ, "park", "projects_started_investment_cny", 2.46e9, "cny", "项目总投资达24.6亿元", AS2, chk=True),
  fact(HQ, "park", "auto_parts_projects_started", 6, "count", B3, AS2, opt=True),
  fact("古烟朝阳新型社区项目", "project", "land_area_mu", 390, "mu", "古烟朝阳新型社区项目总投资4.7亿元,规划建设用地面积390亩", AS2, opt=True),
  fact("高村淇园新型社区项目", "project", "land_area_mu", 360, "mu", "高村淇园新型社区项目总投资6亿元,规划建设用地面积360亩", AS2, opt=True),
 ])

# ---------------------------------------------------------------- ok03 固始县产业集聚区 明阳 (信阳日报 via liyunde 2013)
GS = "固始县产业集聚区"
C0 = "1月10日上午,中国明阳集团与固始县政府签订了总投资30亿元的明阳生物质能源基地投资项目"
C1 = "其中,投资22亿元的明阳生物质能源生产基地落户该县产业集聚区"
C2 = "明阳生物质能源生产基地是该县产业集聚区成立以来引进的最大规模项目"
G["ok03"] = dict(
 article=art("固始县产业集聚区招商引资取得开门红", "信阳日报（王灏；“信阳网讯”），载于 news.liyunde.com（世界朋友网，转载）", "2013-02-08", "day",
  "County news item from a city daily, relayed by an aggregator, Henan (信阳): a county industrial cluster zone's first signing of the year — a group's biomass-energy base signed with the county government, the production base's investment and its placement in the zone",
  "https://news.liyunde.com/a/20130208/34760.htm",
  "日期取转载页网址 20130208（转载日）；文中签约在“1月10日上午”（2013年，文中“2013年该县产业集聚区招商引资工作的良好开端”），原发日不详。标题照录；“来源:信阳日报 作者:王灏”、免责声明与“[责任编辑:]”已删。正文三段，完整。园区：固始县产业集聚区（信阳市固始县，河南；文中又作“该县产业集聚区”“集聚区”）。项目：明阳生物质能源基地投资项目（中国明阳集团与固始县政府签订，总投资30亿元，签约；含研发基地与生产基地，整体未说落在园区，park 记 null）；明阳生物质能源生产基地（投资22亿元，“落户该县产业集聚区”，是整体签约项目的一部分：status 记 null、status_alt 签约）。公司：中国明阳集团（又作“明阳集团”），其生产基地落户园区，park 记固始县产业集聚区。机构：固始县政府（可选）。",
  "ok03"),
 parks=[
  park(GS, "信阳", "河南", "产业集聚区", "来到固始县产业集聚区考察项目用地与基础设施建设情况", district="固始县", note="文中又作“该县产业集聚区”“集聚区”"),
 ],
 companies=[
  comp("中国明阳集团", GS, C0, aliases=["明阳集团"], note="生物质能源生产基地落户园区"),
 ],
 institutions=[
  inst("固始县政府", C0, note="签约方"),
 ],
 projects=[
  proj("明阳生物质能源基地投资项目", None, C0, companies=["中国明阳集团"], inv="总投资30亿元", status="签约", status_text="签订",
       note="含生物质能源研发基地和生产基地；整体所在园区未说（生产基地在固始县产业集聚区）"),
  proj("明阳生物质能源生产基地", GS, C1, companies=["中国明阳集团"], inv="投资22亿元", status=None, status_text="落户", status_alt="签约",
       note="整体签约项目的一部分；“该县产业集聚区成立以来引进的最大规模项目”"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ok04 平顶山10个产业集聚区 (前瞻网 2012-08-01)
PDS = "平顶山市10个产业集聚区"
JX = "郏县产业集聚区"
D0 = "今年上半年,全市10个产业集聚区建设快速推进"
D1 = "完成投资202.4亿元,同比增长56.6%,增速高于全市投资增速26.3个百分点;实现主营业务收入309.9亿元,新增从业人员3.6万人,完成税收15.86亿元"
D2 = "今年上半年,10个产业集聚区新开工亿元以上项目57个,同比增加16个"
D3 = "建成投产亿元以上项目11个"
D4 = "郏县产业集聚区加大矿山设备制造和医疗器械产业项目推进力度,平煤机投资11.9亿元的年产8000架高端液压支架项目基本建成"
D5 = "投资3亿元的平联机械公司中小型液压支架及千斤顶、投资3.3亿元的圣光医疗器械产业孵化园一期项目已经建成"
D6 = "上半年矿山设备制造和医疗器械产业实现主营业务收入15.5亿元,同比增长165.4%"
D7 = "今年上半年,全市产业集聚区共引进省外资金项目46个,合同金额167.1亿元,实际到位省外资金113.7亿元"
AS4 = "2012年上半年"
G["ok04"] = dict(
 article=art("河南平顶山10个产业集聚区实现收入310亿元", "前瞻网（qianzhan.com 产业园区栏；责任编辑 QZ080，“来源:前瞻网”）", "2012-08-01", "day",
  "Industry-research portal's news item, Henan (平顶山): a city's ten industrial cluster zones in the first half — investment and growth, revenue, new jobs, tax, projects started and put into production, three named projects in one county zone with investments and stages, out-of-province capital projects",
  "https://qianzhan.com/cluster/detail/178/20120801-9ef526f905870921.html",
  "日期取页面“2012-08-01 10:28:17”。标题照录；日期/责任编辑/来源行已删。存段在末段“鲁山县成立10个招商选资小分队,开展针对性招商选资,”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…实际到位省外资金113.7亿元。”，共三段。园区：宝丰县产业集聚区、郏县产业集聚区（平顶山，河南）；“全市10个产业集聚区”的合计数记在 subject“平顶山市10个产业集聚区”（subject_type region）。项目均在郏县产业集聚区：平煤机 年产8000架高端液压支架项目 11.9亿元“基本建成”→在建（status_alt 竣工）；平联机械公司 中小型液压支架及千斤顶 3亿元、圣光医疗器械产业孵化园一期项目 3.3亿元“已经建成”→竣工。事实：上半年数为年内累计（cumulative），增速为 ratio；标题“实现收入310亿元”为正文309.9亿元的约数，不另计。“亿元以上项目达到57个”与“新开工亿元以上项目57个”为同一数。",
  "ok04"),
 parks=[
  park("宝丰县产业集聚区", "平顶山", "河南", "产业集聚区", "这是宝丰县产业集聚区、郏县产业集聚区等地现在情景", district="宝丰县"),
  park(JX, "平顶山", "河南", "产业集聚区", D4, district="郏县"),
 ],
 companies=[
  comp("平煤机", JX, D4, note="年产8000架高端液压支架项目业主"),
  comp("平联机械公司", JX, D5, note="中小型液压支架及千斤顶项目业主"),
 ],
 projects=[
  proj("年产8000架高端液压支架项目", JX, D4, companies=["平煤机"], inv="投资11.9亿元", status="在建", status_text="基本建成", status_alt="竣工"),
  proj("中小型液压支架及千斤顶", JX, D5, companies=["平联机械公司"], inv="投资3亿元", status="竣工", status_text="已经建成",
       aliases=["平联机械公司中小型液压支架及千斤顶"]),
  proj("圣光医疗器械产业孵化园一期项目", JX, D5, inv="投资3.3亿元", phase="一期", status="竣工", status_text="已经建成"),
 ],
 aggregate_facts=[
  fact(PDS, "region", "fixed_asset_investment_cny", 2.024e10, "cny", D1, AS4, kind="cumulative", chk=True),
  fact(PDS, "region", "fixed_asset_investment_yoy_growth", 0.566, "ratio", D1, AS4, kind="ratio"),
  fact(PDS, "region", "revenue_cny", 3.099e10, "cny", "实现主营业务收入309.9亿元", AS4, kind="cumulative", chk=True),
  fact(PDS, "region", "new_jobs", 36000, "persons", "新增从业人员3.6万人", AS4, kind="cumulative"),
  fact(PDS, "region", "tax_revenue_cny", 1.586e9, "cny", "完成税收15.86亿元", AS4, kind="cumulative", chk=True),
  fact(PDS, "region", "projects_started", 57, "count", D2, AS4, kind="cumulative", note="亿元以上项目"),
  fact(PDS, "region", "projects_completed", 11, "count", D3, AS4, kind="cumulative", note="建成投产亿元以上项目"),
  fact(PDS, "region", "out_of_province_capital_projects", 46, "count", D7, AS4, kind="cumulative"),
  fact(PDS, "region", "signed_contract_value_cny", 1.671e10, "cny", "合同金额167.1亿元", AS4, kind="cumulative", chk=True),
  fact(PDS, "region", "actual_out_of_province_capital_cny", 1.137e10, "cny", "实际到位省外资金113.7亿元", AS4, kind="cumulative", chk=True),
  fact(JX, "park", "revenue_cny", 1.55e9, "cny", D6, AS4, kind="cumulative", chk=True, opt=True, note="矿山设备制造和医疗器械产业"),
  fact(JX, "park", "revenue_yoy_growth", 1.654, "ratio", "同比增长165.4%", AS4, kind="ratio", opt=True, note="矿山设备制造和医疗器械产业"),
 ])

# ---------------------------------------------------------------- ok05 南阳考察团在商丘 民权 / 睢县 产业集聚区 (映象网 2014-09-23)
MQ = "民权县产业集聚区"
SX = "睢县产业集聚区"
E0 = "目前,该县产业集聚区已建成制冷整机装备企业30余家、制冷配件生产企业50余家,冰箱冷柜、冷藏保温车年产能分别达1200万台、1.5万辆"
E1 = "南阳市党政考察团一行来到民权县产业集聚区,实地参观了万宝集团民权电器工业园、澳柯玛电器工业园、香雪海集团家电科技有限公司、阿诗丹顿电气工业园、松川专用汽车有限公司等"
E2 = "近几年,睢县产业集聚区着力培育制鞋、电子信息两大特色主导产业,抢抓产业转移机遇,先后落地安踏、华莹、豪烽国际等制鞋及鞋材企业31家和富士康科技集团(睢县)产业园等十多家电子信息产业项目"
E3 = "南阳市党政考察团一行实地到富士康睢县产业园、安踏集团嘉鸿鞋业、腾飞制鞋产业园、华莹鞋业、豪烽国际鞋业等企业参观考察"
AS5 = "2014年9月"
G["ok05"] = dict(
 article=art("南阳市党政考察团莅商参观考察我市产业集群发展", "映象网（商丘站；记者 曾岩 尚海东）", "2014-09-23", "day",
  "Provincial portal's city channel, Henan (商丘): a visiting city delegation tours two county industrial cluster zones — refrigeration firms and capacity in one, shoe-making firms and electronics projects in the other, named firms and firm-run industrial parks visited",
  "http://www.hnr.cn/news/yc/sq/201409/t20140923_1636891.html",
  "日期取页面“2014-09-23 10:11 来源:映象网”。标题照录；日期来源行、“责编:王丽丽”与评论框已删。正文四段，完整。园区：民权县产业集聚区（商丘市民权县，河南；文中先作“该县产业集聚区”）、睢县产业集聚区（商丘市睢县）。企业自建的“…工业园”（万宝集团民权电器工业园、澳柯玛电器工业园、阿诗丹顿电气工业园）与腾飞制鞋产业园记为可选园区（母园区按文意推定）。公司：香雪海集团家电科技有限公司、松川专用汽车有限公司在民权县产业集聚区；安踏（安踏集团嘉鸿鞋业）、华莹（华莹鞋业）、豪烽国际（豪烽国际鞋业）落地睢县产业集聚区；万宝集团、澳柯玛、阿诗丹顿只在园名中（可选）。项目：富士康科技集团(睢县)产业园（“落地”，无阶段词，status null；又作“富士康睢县产业园”）。事实：制冷整机企业30余家、配件企业50余家、年产能；制鞋及鞋材企业31家、电子信息项目“十多家”（可选）。",
  "ok05"),
 parks=[
  park(MQ, "商丘", "河南", "产业集聚区", E1, district="民权县", note="文中先作“该县产业集聚区”"),
  park(SX, "商丘", "河南", "产业集聚区", E2, district="睢县"),
  park("万宝集团民权电器工业园", "商丘", "河南", "企业工业园", E1, district="民权县", parent=MQ, opt=True, note="母园区按文意推定"),
  park("澳柯玛电器工业园", "商丘", "河南", "企业工业园", E1, district="民权县", parent=MQ, opt=True, note="母园区按文意推定"),
  park("阿诗丹顿电气工业园", "商丘", "河南", "企业工业园", E1, district="民权县", parent=MQ, opt=True, note="母园区按文意推定"),
  park("腾飞制鞋产业园", "商丘", "河南", "产业园（制鞋）", E3, district="睢县", parent=SX, opt=True, note="母园区按文意推定"),
 ],
 companies=[
  comp("香雪海集团家电科技有限公司", MQ, E1),
  comp("松川专用汽车有限公司", MQ, E1),
  comp("万宝集团", MQ, E1, opt=True, note="只在园名中"),
  comp("澳柯玛", MQ, E1, opt=True, note="只在园名中"),
  comp("阿诗丹顿", MQ, E1, opt=True, note="只在园名中"),
  comp("安踏", SX, E2, aliases=["安踏集团嘉鸿鞋业"], note="又作“安踏集团嘉鸿鞋业”"),
  comp("华莹", SX, E2, aliases=["华莹鞋业"], note="又作“华莹鞋业”"),
  comp("豪烽国际", SX, E2, aliases=["豪烽国际鞋业"], note="又作“豪烽国际鞋业”"),
  comp("富士康科技集团", SX, E2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("富士康科技集团(睢县)产业园", SX, E2, companies=["富士康科技集团"], aliases=["富士康睢县产业园"], note="“先后落地”，无阶段词"),
 ],
 aggregate_facts=[
  fact(MQ, "park", "refrigeration_oem_enterprises", 30, "count", E0, AS5, qual="余", qtext="余"),
  fact(MQ, "park", "refrigeration_parts_enterprises", 50, "count", E0, AS5, qual="余", qtext="余"),
  fact(MQ, "park", "fridge_freezer_capacity_units", 1.2e7, "units/year", E0, AS5, opt=True),
  fact(MQ, "park", "refrigerated_truck_capacity_units", 15000, "units/year", E0, AS5, opt=True),
  fact(SX, "park", "shoe_enterprises", 31, "count", E2, AS5, kind="cumulative", note="制鞋及鞋材企业（近几年先后落地）"),
  fact(SX, "park", "electronics_projects", 10, "count", E2, AS5, kind="cumulative", qual="余", qtext="十多", opt=True),
 ])

# ---------------------------------------------------------------- ok06 长垣产业集聚区 起重 (chinacrane 2015)
CY = "长垣产业集聚区"
F0 = "4月14日,记者来到长垣产业集聚区,感受这火热的发展场面"
F1 = "长垣起重—作为河南最成功的“产业名片”,2014年全部企业年营业收入为450亿元,从业人员8.13万人;实现税收收入5.88亿元"
F2 = "设立了2000万元的重组担保基金、1000万元的转型升级专项基金、5000万元代建周转资金"
AS6 = "2014年"
G["ok06"] = dict(
 article=art("（无标题）长垣产业集聚区起重行业转型升级", "中国起重机械网 m.chinacrane.net（原发媒体与署名存段未示）", "2015-04-27", "day",
  "Industry trade site's report, Henan (新乡 长垣): a reporter visits a county industrial cluster zone — a crane maker's growth, the county crane industry's 2014 revenue, jobs, tax, capacity and firm count, county-set guarantee and upgrading funds, leading groups' upgrading plans",
  "http://m.chinacrane.net/news/201504/27/90299.html",
  "日期取网址 201504/27（文中“4月14日”采访）。存段无标题、无日期行（title 为编者概括）。存段末行“近三年,”为下一段残文，已删；正文截至“…外形更加美观。”，共十段。园区：长垣产业集聚区（新乡市长垣县，河南；文中又作“集聚区”）。公司：河南东起集团（记者在长垣产业集聚区走访，park 记长垣产业集聚区）；卫华集团、河南矿山集团（长垣起重企业，园区未说，park null）。基金：长垣县委、县政府设立的2000万元重组担保基金、1000万元转型升级专项基金（park null，县设）；5000万元代建周转资金为资金池而非基金（可选）。事实：“长垣起重”2014年全部企业营业收入、从业人员、税收、产能、入驻生产性企业数为全县起重行业数（subject“长垣起重”，subject_type region），不是园区数。",
  "ok06"),
 parks=[
  park(CY, "新乡", "河南", "产业集聚区", F0, district="长垣县", note="文中又作“集聚区”（集聚区常务副主任）"),
 ],
 companies=[
  comp("河南东起集团", CY, "在河南东起集团了解到,在整个行业低迷的局面下,该公司却连年保持2位数的增长", note="记者在长垣产业集聚区走访"),
  comp("卫华集团", None, "卫华集团专门制定了涵盖产品、技术、品牌、产业链等六大方面的升级计划", note="长垣起重企业；园区未说"),
  comp("河南矿山集团", None, "河南矿山集团在消化、吸收国内外起重机先进的设计理念和制造技术的基础上", note="长垣起重企业；园区未说"),
 ],
 institutions=[
  inst("长垣县委、县政府", "长垣县委、县政府高度重视起重机械产业的“转型升级”", note="设立基金"),
 ],
 funds=[
  fund("重组担保基金", None, "2000万元的重组担保基金", size="2000万元", note="长垣县委、县政府设立"),
  fund("转型升级专项基金", None, "1000万元的转型升级专项基金", size="1000万元", note="长垣县委、县政府设立"),
  fund("代建周转资金", None, "5000万元代建周转资金", size="5000万元", opt=True, note="周转资金，非基金"),
 ],
 projects=[],
 aggregate_facts=[
  fact("长垣起重", "region", "revenue_cny", 4.5e10, "cny", F1, AS6, chk=True, note="长垣县起重行业全部企业"),
  fact("长垣起重", "region", "jobs", 81300, "persons", "从业人员8.13万人", AS6, opt=True),
  fact("长垣起重", "region", "tax_revenue_cny", 5.88e8, "cny", "实现税收收入5.88亿元", AS6, chk=True),
  fact("长垣起重", "region", "crane_capacity_units", 300000, "units/year", "整个行业已具有年产起重机械30万台、起重配件165万台(套)生产能力", AS6, opt=True),
  fact("长垣起重", "region", "market_share_small_medium_cranes", 0.65, "ratio", "中小吨位起重机占全国市场份额65%以上", AS6, kind="ratio", qual="超", qtext="以上", opt=True),
  fact("长垣起重", "region", "enterprises", 346, "count", "入驻生产性企业346家", AS6, note="生产性企业"),
  fact("长垣起重", "region", "supporting_shops", 900, "count", "配套产业经营性商户、门店900多家", AS6, qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- ok07 驻马店市产业集聚区 2018年重点项目集中签约 (驻马店网 2018-05-18)
ZM = "驻马店市产业集聚区"
H0 = "本报讯5月16日,市产业集聚区举行2018年重点项目集中签约仪式,首批17个项目正式签订投资合同,计划总投资128亿元"
H1 = "其中,30亿元以上项目1个,20亿至30亿元项目1个,10亿至20亿元项目2个,1亿至10亿元项目13个"
H2 = "2009年,园区规模以上企业达23家,主营业务收入86.5亿元"
H3 = "10年间,园区建成亿元以上工业项目81个,累计完成投资670多亿元"
AS7 = "2018年5月16日（集中签约）"
G["ok07"] = dict(
 article=art("市产业集聚区举行2018年重点项目集中签约仪式", "天中晚报（“□晚报记者 闫宏伟 通讯员 刘俊凯”），载于驻马店网 zmdnews.cn", "2018-05-18", "day",
  "City evening paper on the city news site, Henan (驻马店): a city industrial cluster zone's tenth-anniversary signing of 17 projects — total planned investment and size bands, the zone's founding, above-scale firms and revenue in 2009, projects built and investment over ten years",
  "http://www.zmdnews.cn/2018/0518/475322.shtml",
  "日期取页面“2018-05-18 10:40 来源:驻马店网”。标题照录（引题“招大引强十年发展路 砥砺奋进前景更辉煌”、副题“十年磨一剑 硕果压满枝”、网站栏目、订阅广告、摘要、署名行、图片说明“2018年重点项目签约现场。”及图注“中多铝业”“天方药业”“金桥社区”“驻马店公路港”均已删）。存段在“2017年,园区规模以上企业达到83家,业务收”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…累计完成投资670多亿元。”，含小标题“工业经济迅猛发展”，共六段。园区：驻马店市产业集聚区（文中多作“市产业集聚区”，又作“园区”“该区”“全区”；2008年5月16日揭牌）。签约的17个项目均未点名，无项目条目。事实：签约17个、计划总投资128亿元（签约日数，reported）；金额分档个数（可选）；2009年规上企业23家与主营业务收入86.5亿元；10年间建成亿元以上工业项目81个、累计投资670多亿元（cumulative）。",
  "ok07"),
 parks=[
  park(ZM, "驻马店", "河南", "产业集聚区", "驻马店市产业集聚区揭牌诞生,开启了驻马店工业发展的历史新篇章", aliases=["市产业集聚区"],
       note="文中多作“市产业集聚区”，又作“园区”“该区”；2008年5月16日揭牌，2018年成立10周年"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(ZM, "park", "projects_signed", 17, "count", H0, AS7),
  fact(ZM, "park", "projects_signed_investment_cny", 1.28e10, "cny", "计划总投资128亿元", AS7, chk=True),
  fact(ZM, "park", "projects_signed_over_3bn", 1, "count", H1, AS7, opt=True),
  fact(ZM, "park", "projects_signed_1bn_to_10bn", 13, "count", H1, AS7, opt=True, note="1亿至10亿元项目"),
  fact(ZM, "park", "enterprises_above_scale", 23, "count", H2, "2009年"),
  fact(ZM, "park", "revenue_cny", 8.65e9, "cny", "主营业务收入86.5亿元", "2009年", chk=True),
  fact(ZM, "park", "projects_completed", 81, "count", H3, "2008年至2018年（10年间）", kind="cumulative", note="亿元以上工业项目"),
  fact(ZM, "park", "investment_completed", 6.7e10, "cny", "累计完成投资670多亿元", "2008年至2018年（10年间）", kind="cumulative", qual="余", qtext="多",
       note="“670多亿元”（多 在数与单位之间），metric 不带 _cny 后缀，以免 check_gold 取不到金额"),
  fact(ZM, "park", "firms_attending", 80, "count", "该区全体领导班子成员及80多家企业的负责人应邀出席项目签约仪式", AS7, qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- ok08 周口 川汇区 观摩 (3news 2021-02-23)
SZ = "周口数字产业园"
K0 = "总投资47亿元的河南筑工、筑友智造产业园投产运营,获住建部绿色装配式建筑产业基地称号"
K1 = "四是富士康项目落户川汇区,将在跨越发展上书写新历史。总投资15亿元,用工3万人"
K2 = "率先建成了周口数字产业园,华为、浪潮、京东、乐同等31家企业入驻园区,就业人数700个,年产值4亿元"
AS8 = "2021年2月"
G["ok08"] = dict(
 article=art("（无标题）周口市重点项目观摩组到川汇区观摩", "3news.cn（河南频道“要闻资讯”栏；原发媒体与署名存段未示）", "2021-02-23", "day",
  "News aggregator's Henan channel, Henan (周口): a city inspection tour of a district's key projects — a prefabricated-building industrial park in production with investment and output, a relocating electronics maker with investment and hiring, a digital industrial park with its firms, jobs and output",
  "https://3news.cn/henan/yhzx/2021/0223/513995.html",
  "日期取网址 2021/0223（文中“2月22日下午”观摩）。存段无标题、无日期行（title 为编者概括）。存段在末段“新经济”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…服务平台30余个。”，共七段。园区：周口数字产业园（周口市川汇区，河南；“率先建成”）。川汇区为区，不是园区。项目：河南筑工、筑友智造产业园（总投资47亿元，投产运营→投产；所在园区未说，park null；名称照录）；富士康项目（落户川汇区，总投资15亿元，“4月份可以生产”，无阶段词→status null，park null）。公司：华为、浪潮、京东、乐同入驻周口数字产业园；富士康（项目业主，园区未说）；河南筑工、筑友智造只在项目名中（可选）。事实：周口数字产业园31家企业、就业700、年产值4亿元；筑工/筑友产业园年产值102亿元（subject 项目）；“野生动物世界”“沙颍生态谷”不是产业园区，不列。",
  "ok08"),
 parks=[
  park(SZ, "周口", "河南", "产业园（数字经济）", K2, district="川汇区", note="文中又作“园区”"),
 ],
 companies=[
  comp("华为", SZ, K2),
  comp("浪潮", SZ, K2),
  comp("京东", SZ, K2),
  comp("乐同", SZ, K2),
  comp("富士康", None, K1, note="富士康项目落户川汇区；园区未说"),
  comp("河南筑工", None, K0, opt=True, note="只在项目名中"),
  comp("筑友智造", None, K0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("河南筑工、筑友智造产业园", None, K0, companies=["河南筑工", "筑友智造"], inv="总投资47亿元", status="投产", status_text="投产运营",
       note="川汇区绿色装配式建筑项目；所在园区未说"),
  proj("富士康项目", None, K1, companies=["富士康"], inv="总投资15亿元", note="落户川汇区；“4月份可以生产”，新厂房10月底前投用"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "enterprises", 31, "count", K2, AS8),
  fact(SZ, "park", "jobs", 700, "persons", K2, AS8),
  fact(SZ, "park", "output_value_cny", 4e8, "cny", "年产值4亿元", AS8, chk=True),
  fact(SZ, "park", "local_firms_upgraded", 22, "count", "协同22家本土企业完成智能化改造", AS8, opt=True),
  fact("河南筑工、筑友智造产业园", "project", "output_value_cny", 1.02e10, "cny", "年产值突破百亿,达102亿元", "2020年", chk=True),
  fact("河南筑工、筑友智造产业园", "project", "partner_enterprises", 20, "count", "孵化带动了20多家产业结点企业延链而聚", "2020年", qual="余", qtext="多", opt=True),
  fact("富士康项目", "project", "jobs", 30000, "persons", "用工3万人", AS8, kind="target", opt=True),
 ])
