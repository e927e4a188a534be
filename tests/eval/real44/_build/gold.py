# real44 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real43)
# Conventions as real28–real43: evidence verbatim (zn03 is traditional script as published by a Taiwan site, the rest
# simplified); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); New Taiwan dollars in *_twd facts (zn03, as
# real42 zl09). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if
# none. Status from the text's words (集中开工 / 开工 / 动工 → 开工; 已投产 → 投产; 顺利推进 / 建设完成80% / 主体厂房…完成 → 在建;
# 正在进行竣工验收 → 竣工 (status_alt 在建); 签约 → 签约). Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/znNN.raw as returned.

# ---------------------------------------------------------------- zn01 乌鲁木齐经开区(头屯河区) 28个项目集中开工 (新疆日报 2020)
WJ = "乌鲁木齐经济技术开发区"
A0 = "3月23日,乌鲁木齐经济技术开发区(头屯河区)28个市级重点建设项目集中开工"
A1 = "此次开工的乌鲁木齐国际纺织品服装商贸中心项目计划投资22亿元"
A2 = "当天,乌鲁木齐国际陆港区国际粮油交易中心项目也拉开了开工序幕。作为陆港区仓储交易中心首个开工的重点项目,计划总投资2.9亿元"
A3 = "乌鲁木齐国际陆港区集结中心金阳路(苏州路—北站公路)道路工程项目、乌鲁木齐铁路口岸快件中心项目也于当天开工"
A4 = "同日,在乌鲁木齐经开区(头屯河区)两河片区,基础设施建设项目、高端制造科技产业园建设项目、建投新兴产业园项目、榆树沟文旅及马家庄子商业街建设项目同时动工"
A5 = "高端制造科技产业园建设项目计划总投资400亿元"
A6 = "确定重点项目337项,总投资1156亿元,年度计划投资217亿元"
G["zn01"] = dict(
 article=art("乌鲁木齐经济技术开发区(头屯河区):28个重点建设项目集中开工", "新疆日报（新疆日报讯，记者傅翔龙 通讯员杜冬玲），载于 news.ts.cn（天山网）", "2020-03-24", "day",
  "Provincial daily, Xinjiang: a national economic-technological zone's groundbreaking of 28 key projects — named projects with planned investment (trade centre, grain exchange, 400-billion high-end manufacturing park), the zone's project plan for the year",
  "http://news.ts.cn/system/2020/03/24/036171184.shtml",
  "日期取页面“2020年03月24日 10:41 来源:新疆日报”（已删）与网址。标题照录。存段在末段“截至23日,经开区(头屯河区)开复工项目达150个,总投资783亿元”处中断（无句号，其后不明），故截至上一句“年度计划投资217亿元。”为止（make_txt.py LINE_SUFFIX 删去断句）。正文六段。园区文中作“乌鲁木齐经济技术开发区(头屯河区)”“乌鲁木齐经开区(头屯河区)”（区政合一；头屯河区记为 district）；“乌鲁木齐国际陆港区”是其中的陆港区，列为可选园区；“两河片区”不列。项目 park 皆为乌鲁木齐经济技术开发区（粮油交易中心在陆港区内，仍记经开区）。“集中开工”“开工”“动工”→开工。“基础设施建设项目”是泛称，不列。“确定重点项目337项,总投资1156亿元,年度计划投资217亿元”是年度计划（target）。",
  "zn01"),
 parks=[
  park(WJ, "乌鲁木齐", "新疆", "经济技术开发区（国家级）", A0, district="头屯河区", aliases=["乌鲁木齐经开区"], note="文中又作“乌鲁木齐经开区(头屯河区)”"),
  park("乌鲁木齐国际陆港区", "乌鲁木齐", "新疆", "陆港区", A2, parent=WJ, opt=True, note="文中又作“陆港区”"),
 ],
 projects=[
  proj("乌鲁木齐国际纺织品服装商贸中心项目", WJ, A1, inv="计划投资22亿元", status="开工", status_text="此次开工",
       note="“两港一中心”之“中心”；四大类共16个重点项目"),
  proj("乌鲁木齐国际陆港区国际粮油交易中心项目", WJ, A2, inv="计划总投资2.9亿元", status="开工", status_text="拉开了开工序幕"),
  proj("乌鲁木齐国际陆港区集结中心金阳路(苏州路—北站公路)道路工程项目", WJ, A3, status="开工", status_text="也于当天开工"),
  proj("乌鲁木齐铁路口岸快件中心项目", WJ, A3, status="开工", status_text="也于当天开工"),
  proj("高端制造科技产业园建设项目", WJ, A5, inv="计划总投资400亿元", status="开工", status_text="同时动工"),
  proj("建投新兴产业园项目", WJ, A4, status="开工", status_text="同时动工"),
  proj("榆树沟文旅及马家庄子商业街建设项目", WJ, A4, status="开工", status_text="同时动工"),
 ],
 aggregate_facts=[
  fact(WJ, "park", "projects_started", 28, "count", A0, "2020年3月23日"),
  fact(WJ, "park", "key_projects_planned", 337, "count", A6, "2020年（年度计划）", kind="target"),
  fact(WJ, "park", "key_projects_total_investment_cny", 1.156e11, "cny", "总投资1156亿元,年度计划投资217亿元", "2020年（年度计划）", kind="target", chk=True),
  fact(WJ, "park", "annual_planned_investment_cny", 2.17e10, "cny", "年度计划投资217亿元", "2020年（年度计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- zn02 玉溪高新区 上半年 (玉溪日报 2023)
YX = "玉溪高新区"
B1 = "1 至 6 月,完成规上工业产值 462.74 亿元,同比增长 5.1%"
B2 = "规上工业增加值326.99 亿元,同比增长 6.3%"
B3 = "累计完成非烟规上工业产值 104.34 亿元,同比增长 2.5%"
B4 = "非烟规上工业增加值 29.68 亿元,同比增长 8.9%"
B5 = "上半年,园区累计完成固定资产投资 15.52 亿元"
B6 = "云南红塔塑胶有限公司年产 7 万吨 BOPP薄膜改扩建项目一期、硅素原料及天然包装饮用水项目、云南烨阳新能源材料有限责任公司年产15 万吨纳米磷酸铁锂正极材料项目一期、云南夜草生物科技有限公司年产 1.2 万吨夜草特色食品项目已投产"
B7 = "红塔集团玉溪卷烟厂就地技改项目,玉溪沃森生物技术有限公司四价流脑多糖结合疫苗等项目顺利推进"
B8 = "现代山水冷链物流及生活储备中心项目正在进行竣工验收"
B9 = "龙泉片区智慧园区新基础设施建设、加多宝凉茶(玉溪)项目、云南移动玉溪双活数据中心项目等顺利开工"
H = "2023年1-6月"
G["zn02"] = dict(
 article=art("玉溪高新区上半年经济运行稳中有进 完成规上工业产值 462.74 亿元,同比增长 5.1%", "玉溪日报（本报讯，记者李文雯 通讯员谭敏），第003版高新区新闻；载于 dawenge.com 文档站", "2023-07-28", "day",
  "City daily, Yunnan: a national high-tech zone's half-year review — industrial output and value added with growth rates (also excluding tobacco), fixed-asset investment, named projects in production, progressing, under acceptance and started",
  "https://dawenge.com/document/detail.html?id=621675",
  "日期与版次取存段首行“玉溪日报/2023 年/7 月/28 日/第 003 版高新区新闻”（已删，连同“正文复制”“【会员享300…】”与署名行“记者 李文雯 通讯员 谭敏”）。主题与副题照录，以空格连成标题行。存段在“云南坤天新能源有限公司 20 万吨锂电池负极材料生产项目二期正在办理”处中断，故截至上一句“…等顺利开工。”为止（make_txt.py LINE_SUFFIX）；页面把“年产”与“15 万吨”断在两行，接回（JOIN，无增删）。数字与单位间的空格照录。园区 city 玉溪、province 云南。产值、增加值为1—6月累计（cumulative），增速为 ratio；“非烟”数字记在“玉溪高新区（非烟）”。项目 park 皆为玉溪高新区：“已投产”→投产（两个“一期”记 phase）；“顺利推进”→在建；“正在进行竣工验收”→竣工（status_alt 在建）；“顺利开工”→开工；“龙泉片区智慧园区新基础设施建设”为园区基础设施，列可选。公司：文中点名的企业列为公司（园区玉溪高新区）；红塔集团、加多宝、云南移动只在项目名中，列可选。",
  "zn02"),
 parks=[
  park(YX, "玉溪", "云南", "高新技术产业开发区（国家级）", "玉溪高新区认真贯彻落实省委", aliases=[]),
 ],
 companies=[
  comp("云南红塔塑胶有限公司", YX, B6),
  comp("云南烨阳新能源材料有限责任公司", YX, B6),
  comp("云南夜草生物科技有限公司", YX, B6),
  comp("玉溪沃森生物技术有限公司", YX, B7),
  comp("红塔集团", YX, B7, opt=True, note="只在项目名“红塔集团玉溪卷烟厂就地技改项目”中"),
  comp("加多宝", YX, B9, opt=True, note="只在项目名中"),
  comp("云南移动", YX, B9, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("云南红塔塑胶有限公司年产 7 万吨 BOPP薄膜改扩建项目", YX, B6, companies=["云南红塔塑胶有限公司"], status="投产", status_text="一期…已投产", phase="一期"),
  proj("硅素原料及天然包装饮用水项目", YX, B6, status="投产", status_text="已投产"),
  proj("云南烨阳新能源材料有限责任公司年产15 万吨纳米磷酸铁锂正极材料项目", YX, B6, companies=["云南烨阳新能源材料有限责任公司"], status="投产", status_text="一期…已投产", phase="一期"),
  proj("云南夜草生物科技有限公司年产 1.2 万吨夜草特色食品项目", YX, B6, companies=["云南夜草生物科技有限公司"], status="投产", status_text="已投产"),
  proj("红塔集团玉溪卷烟厂就地技改项目", YX, B7, status="在建", status_text="顺利推进"),
  proj("玉溪沃森生物技术有限公司四价流脑多糖结合疫苗项目", YX, B7, companies=["玉溪沃森生物技术有限公司"], status="在建", status_text="等项目顺利推进",
       aliases=["玉溪沃森生物技术有限公司四价流脑多糖结合疫苗"], note="文中作“玉溪沃森生物技术有限公司四价流脑多糖结合疫苗等项目”"),
  proj("现代山水冷链物流及生活储备中心项目", YX, B8, status="竣工", status_text="正在进行竣工验收", status_alt="在建"),
  proj("龙泉片区智慧园区新基础设施建设", YX, B9, status="开工", status_text="顺利开工", opt=True, note="园区基础设施"),
  proj("加多宝凉茶(玉溪)项目", YX, B9, status="开工", status_text="顺利开工"),
  proj("云南移动玉溪双活数据中心项目", YX, B9, status="开工", status_text="顺利开工"),
 ],
 aggregate_facts=[
  fact(YX, "park", "industrial_output_above_scale_cny", 4.6274e10, "cny", B1, H, kind="cumulative", chk=True),
  fact(YX, "park", "industrial_output_above_scale_yoy_growth", 0.051, "ratio", B1, H, kind="ratio"),
  fact(YX, "park", "industrial_value_added_above_scale_cny", 3.2699e10, "cny", B2, H, kind="cumulative", chk=True),
  fact(YX, "park", "industrial_value_added_above_scale_yoy_growth", 0.063, "ratio", B2, H, kind="ratio"),
  fact(YX + "（非烟）", "park", "industrial_output_above_scale_cny", 1.0434e10, "cny", B3, H, kind="cumulative", chk=True),
  fact(YX + "（非烟）", "park", "industrial_output_above_scale_yoy_growth", 0.025, "ratio", B3, H, kind="ratio"),
  fact(YX + "（非烟）", "park", "industrial_value_added_above_scale_cny", 2.968e9, "cny", B4, H, kind="cumulative", chk=True),
  fact(YX + "（非烟）", "park", "industrial_value_added_above_scale_yoy_growth", 0.089, "ratio", B4, H, kind="ratio"),
  fact(YX, "park", "fixed_asset_investment_cny", 1.552e9, "cny", B5, H, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- zn03 中科園區 上半年 (udn 2025, traditional)
ZK = "中科園區"
C0 = "中科園區上半年營業額5,335.64億元,較2024年同期成長8.14%,為歷年同期次高"
C1 = "2025年上半年貿易總額達6,267.44億元,為歷年最高,較2024年同期增加815.08億元,成長14.95%"
C2 = "另就業人數達59,275人創歷年新高,較2024年同期增加5,328人,成長9.87%"
C3 = "上半年引進高科技廠商6家"
C4 = "投資總金額15.05億元,再加計增資案23.6億元,合計投增資總額達38.65億元"
C5 = "截至2025年上半年,已引進243家國內外高科技廠商(包含44家外商),計畫投資額逾2.43兆元"
C6 = "引進亮點廠商包括睿德系統有司、峰群國際科技公司中科分公司、旭德綠色複合材料科技公司、大氣電漿公司、先進材公司中科分公司"
C7 = "持續推動臺中園區擴建2期計畫,今年6月已完成所有土地取得作業,交予半導體廠規劃建廠,公共工程亦同步動工"
C8 = "未來將帶進4,500個就業機會,創造年產值4,857億元"
HZ = "2025年上半年"
def _ind(sub, v, ev):
    return fact(ZK + "（" + sub + "）", "park_group", "revenue_yoy_growth", v, "ratio", ev, HZ, kind="ratio")
G["zn03"] = dict(
 article=art("（無標題）中科園區上半年營業額5,335.64億元 成長8.14%", "聯合新聞網 udn.com（作者未見於存段）", "2025-09-24", "day",
  "Taiwan news site, traditional script: a science park's half-year figures — revenue, trade, employment with growth, growth by industry, firms introduced and investment, cumulative firms and planned investment, named highlight firms, an expansion project's jobs and output",
  "https://udn.com/news/story/7240/9025938",
  "日期取存段前的搜索標記“date 2025-09-24”（make_txt.py LINE_PREFIX 刪去）。存段無標題（title 為編者概括），無記者署名。存段在“另在永續綠色園區方面,”處中斷，故截至上一段“創造年產值4,857億元。”為止（該殘句已刪）。繁體原文，未轉換；千位逗號照錄。園區文中作“中科園區”“中科”，即中部科學園區，city 臺中、province 台灣（判斷）；“臺中園區”為其園區之一，列可選子園區。金額為新台幣（文中未寫幣別；台灣報道，判斷），記 _twd，不記 _cny。產業別成長率記為“中科園區（積體電路）”等 park_group 事實。“計畫投資額逾2.43兆元”→超。五家亮點廠商列為公司（園區中科園區），名稱照錄（“睿德系統有司”疑脫“限公”，照錄）。“臺中園區擴建2期計畫”列為項目：土地取得完成、公共工程同步動工→开工（status_alt 在建）；就業機會與年產值為預期（target）。",
  "zn03", title_note="no headline stored; title made from the lead"),
 parks=[
  park(ZK, "臺中", "台灣", "科學園區", C0, aliases=["中科"], note="中部科學園區；文中又作“中科”"),
  park("臺中園區", "臺中", "台灣", "科學園區（園區之一）", C7, parent=ZK, opt=True),
 ],
 companies=[
  comp("睿德系統有司", ZK, C6, note="照錄（疑為“睿德系統有限公司”）"),
  comp("峰群國際科技公司中科分公司", ZK, C6),
  comp("旭德綠色複合材料科技公司", ZK, C6),
  comp("大氣電漿公司", ZK, C6),
  comp("先進材公司中科分公司", ZK, C6),
 ],
 projects=[
  proj("臺中園區擴建2期計畫", ZK, C7, status="开工", status_text="公共工程亦同步動工", status_alt="在建", phase="2期",
       note="土地取得完成，交予半導體廠規劃建廠"),
 ],
 aggregate_facts=[
  fact(ZK, "park", "revenue_twd", 5.33564e11, "twd", C0, HZ, kind="cumulative"),
  fact(ZK, "park", "revenue_yoy_growth", 0.0814, "ratio", C0, HZ, kind="ratio"),
  fact(ZK, "park", "trade_total_twd", 6.26744e11, "twd", C1, HZ, kind="cumulative"),
  fact(ZK, "park", "trade_total_increase_twd", 8.1508e10, "twd", C1, HZ, kind="cumulative", opt=True),
  fact(ZK, "park", "trade_total_yoy_growth", 0.1495, "ratio", C1, HZ, kind="ratio"),
  fact(ZK, "park", "employees", 59275, "count", C2, HZ),
  fact(ZK, "park", "employees_increase", 5328, "count", C2, HZ, opt=True),
  fact(ZK, "park", "employees_yoy_growth", 0.0987, "ratio", C2, HZ, kind="ratio"),
  _ind("積體電路", 0.0853, "積體電路受惠於AI應用及高頻寬記憶體需求強勁,營業額成長8.53%"),
  _ind("光電產業", 0.0074, "致營業額僅微幅成長0.74%"),
  _ind("精密機械產業", 0.0361, "精密機械產業因半導體擴廠帶動設備需求,營業額成長3.61%"),
  _ind("電腦及周邊產業", 0.3983, "電腦及周邊產業受惠指紋模組與高階材料需求強勁,營業額大幅成長39.83%"),
  _ind("生技產業", 0.4605, "生技產業因新藥行銷策略優化與全球市占率提升,營業額大幅揚升46.05%"),
  fact(ZK, "park", "firms_introduced", 6, "count", C3, HZ, kind="cumulative"),
  fact(ZK, "park", "new_investment_twd", 1.505e9, "twd", C4, HZ, kind="cumulative"),
  fact(ZK, "park", "capital_increase_twd", 2.36e9, "twd", "再加計增資案23.6億元", HZ, kind="cumulative"),
  fact(ZK, "park", "total_investment_and_increase_twd", 3.865e9, "twd", "合計投增資總額達38.65億元", HZ, kind="cumulative"),
  fact(ZK, "park", "firms_cumulative", 243, "count", C5, "截至2025年上半年", kind="cumulative"),
  fact(ZK, "park", "foreign_firms_cumulative", 44, "count", C5, "截至2025年上半年", kind="cumulative", opt=True),
  fact(ZK, "park", "planned_investment_cumulative_twd", 2.43e12, "twd", "計畫投資額逾2.43兆元", "截至2025年上半年", kind="cumulative", qual="超", qtext="逾"),
  fact("臺中園區擴建2期計畫", "project", "expected_jobs", 4500, "count", C8, "建成後（預期）", kind="target"),
  fact("臺中園區擴建2期計畫", "project", "expected_annual_output_twd", 4.857e11, "twd", C8, "建成後（預期）", kind="target"),
 ])

# ---------------------------------------------------------------- zn04 兰州新区 乳品加工厂开工 (兰州新区报 2021)
LZ = "兰州新区"
D0 = "9月15日,甘肃甘味乳业有限公司日处理1200吨乳品加工厂建设项目开工仪式在兰州新区举行"
D1 = "项目总投资10亿元,分两期建设,一期项目投资6亿元,建设1200吨常温、低温液态奶加工厂一座;二期项目投资4亿元,建设600吨奶粉生产线"
D2 = "项目建成后,可实现年产值25.6亿元,利税5000万元,提供就业岗位400多个"
D3 = "甘肃德福、博睿重装、新希望等一批大项目、好项目如雨后春笋般落地开工、投产见效"
PJ4 = "甘肃甘味乳业有限公司日处理1200吨乳品加工厂建设项目"
G["zn04"] = dict(
 article=art("日处理1200吨乳品加工厂建设项目在新区开工", "兰州新区报（记者 魏晓倩），载于兰州新区门户网站 lzxq.gov.cn", "2021-09-17", "day",
  "Zone's own newspaper, Gansu: one dairy project's groundbreaking in a state-level new area — investor, total and per-phase investment, contents, expected output, taxes and jobs, other big projects named",
  "http://www.lzxq.gov.cn/system/2021/09/17/030409505.shtml",
  "日期取页面“2021/09/17/ 10:23 来源:兰州新区报 记者 魏晓倩”（已删）与网址；开工仪式“9月15日”。主题照录，副题“李东新出席开工仪式”未入标题行（已删），网站导航与页脚已删。正文三段，完整。兰州新区为国家级新区，city 兰州、province 甘肃。项目一个：status 开工；“项目总投资10亿元”；一期6亿、二期4亿记为可选事实。甘肃甘味乳业有限公司列为公司（园区兰州新区）；甘肃前进牧业有限公司文中只说是“省内乳制品行业的龙头企业”（应为甘味乳业的母公司，文中未明说），列可选。末段“甘肃德福、博睿重装、新希望等一批大项目…落地开工、投产见效”：三者为在新区落地的企业简称，列为公司（园区兰州新区）。年产值、利税、就业为建成后预期（target）。",
  "zn04"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", D0, aliases=[], note="文中又作“新区”"),
 ],
 companies=[
  comp("甘肃甘味乳业有限公司", LZ, D0),
  comp("甘肃前进牧业有限公司", LZ, "甘肃前进牧业有限公司是省内乳制品行业的龙头企业", opt=True, note="与项目的关系文中未明说"),
  comp("甘肃德福", LZ, D3),
  comp("博睿重装", LZ, D3),
  comp("新希望", LZ, D3),
 ],
 institutions=[
  inst("丝绸之路文化发展基金会", "丝绸之路文化发展基金会常务副主席", kind="association"),
 ],
 projects=[
  proj(PJ4, LZ, D1, companies=["甘肃甘味乳业有限公司"], inv="项目总投资10亿元", status="开工", status_text="开工仪式在兰州新区举行",
       note="名称与园区见首句“9月15日,甘肃甘味乳业有限公司日处理1200吨乳品加工厂建设项目开工仪式在兰州新区举行”"),
 ],
 aggregate_facts=[
  fact(PJ4, "project", "phase1_investment_cny", 6e8, "cny", "一期项目投资6亿元", "2021年9月", opt=True, chk=True),
  fact(PJ4, "project", "phase2_investment_cny", 4e8, "cny", "二期项目投资4亿元", "2021年9月", opt=True, chk=True),
  fact(PJ4, "project", "expected_annual_output_cny", 2.56e9, "cny", "可实现年产值25.6亿元", "建成后（预期）", kind="target", chk=True),
  fact(PJ4, "project", "expected_profit_tax_cny", 5e7, "cny", "利税5000万元", "建成后（预期）", kind="target", chk=True),
  fact(PJ4, "project", "expected_jobs", 400, "count", D2, "建成后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- zn05 张掖经开区 日用玻璃低碳产业园项目 (每日甘肃网/张掖日报 2024)
ZY = "张掖经济技术开发区"
E0 = "位于张掖经济技术开发区循环经济示范园的张掖日用玻璃低碳产业园项目建设进入冲刺阶段"
E1 = "至目前,工程建设完成80%,预计今年11月底完工。“项目总投资10亿元,分三期建设,一期投资建设电熔炉及3条生产线,年产1万吨玻璃溶液,可解决200人就业。”甘肃富地金虹玻璃制品有限公司总经理张超说"
E2 = "张掖日用玻璃低碳产业园项目占地1500亩,概算投资10亿元,由江苏、徐州马坡日用玻璃产业园投资联合体建设"
PJ5 = "张掖日用玻璃低碳产业园项目"
G["zn05"] = dict(
 article=art("甘州10亿元低碳项目火热建设", "每日甘肃网（据张掖日报报道；冯强 王凯 刘旭明），gansu.gansudaily.com.cn", "2024-09-23", "day",
  "Provincial portal relaying a city daily, Gansu: one project under construction in a national economic-technological zone's circular-economy park — progress, total investment, phases, capacity, jobs, investor firm, site area",
  "https://gansu.gansudaily.com.cn/system/2024/09/23/031067189.shtml",
  "日期取网址 2024/09/23 与电头“每日甘肃网9月23日讯”。标题照录。正文五段，完整，末段句末署名“(冯 强 王 凯 刘旭明)”保留；其后“版权声明”各行已删。园区：张掖经济技术开发区（city 张掖，province 甘肃），其“循环经济示范园”列为可选子园区。“张掖日用玻璃低碳产业园”文中称“项目”，按 real43 惯例列为项目（不列园区），园区张掖经济技术开发区；“工程建设完成80%,预计今年11月底完工”→在建；“项目总投资10亿元”（亦作“概算投资10亿元”）。甘肃富地金虹玻璃制品有限公司列为公司（园区张掖经开区）；施工方天津建均建设工程有限公司、投资方“江苏、徐州马坡日用玻璃产业园投资联合体”列可选。“甘州区”为行政区，不列园区。",
  "zn05"),
 parks=[
  park(ZY, "张掖", "甘肃", "经济技术开发区", E0),
  park("张掖经济技术开发区循环经济示范园", "张掖", "甘肃", "园区（经开区内）", E0, parent=ZY, opt=True, note="文中作“张掖经济技术开发区循环经济示范园”"),
 ],
 companies=[
  comp("甘肃富地金虹玻璃制品有限公司", ZY, E1),
  comp("天津建均建设工程有限公司", ZY, "天津建均建设工程有限公司项目经理沈继平介绍", opt=True, note="施工方"),
 ],
 projects=[
  proj(PJ5, ZY, E1, companies=["甘肃富地金虹玻璃制品有限公司"], inv="项目总投资10亿元", status="在建", status_text="工程建设完成80%,预计今年11月底完工",
       note="分三期；亦作“概算投资10亿元”"),
 ],
 aggregate_facts=[
  fact(PJ5, "project", "construction_progress", 0.8, "ratio", E1, "2024年9月", kind="ratio", opt=True),
  fact(PJ5, "project", "site_area_mu", 1500, "mu", E2, "2024年9月", opt=True),
  fact(PJ5, "project", "expected_jobs_phase1", 200, "count", E1, "一期建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zn06 光谷中金基金 (证券时报·e公司 2024)
DH = "武汉东湖高新区"
F0 = "7月24日,武汉东湖高新区召开新闻发布会,发布光谷中金基金暨武汉新城科创母基金申报指南"
F1 = "光谷中金基金由中金资本担任管理人,多个市场主体共同发起设立,总规模达100亿元"
F2 = "是湖北省、武汉市、东湖高新区三级政府共同支持,围绕武汉新城产业发展设立的大型综合性基金"
G["zn06"] = dict(
 article=art("总规模百亿元 光谷中金基金暨武汉新城科创母基金启动受理", "证券时报·e公司（证券时报记者采访；编辑：东方财富网），载于 fund.eastmoney.com", "2024-07-24", "day",
  "Securities daily's news service: a high-tech zone's 10-billion fund of funds opens applications — manager, size, three levels of government support, 2+5+N structure, measures for angel and industry funds",
  "http://fund.eastmoney.com/a/202407243139125441.html",
  "日期取页面“2024年07月24日 19:19 来源: 证券时报·e公司”（已删，连同“编辑:东方财富网”和分享栏）。标题照录。存段在“此外,由于光谷中金基金是由省区市三级政府支持的大”处中断，故截至上一段“…导入特色产业及金融创新服务能力。”为止（该残段已删）。正文五段。园区文中作“武汉东湖高新区”“东湖高新区”，city 武汉、province 湖北。基金“光谷中金基金暨武汉新城科创母基金”：name 光谷中金基金，别名武汉新城科创母基金；总规模“达100亿元”（size 1e10，无限定词，size_type 总规模）；由东湖高新区发布、受省市区三级支持，park 记武汉东湖高新区；管理人中金资本列为公司（park null）。“武汉新城”是规划中的新城区，列可选园区。金融局副局长黄爱兰的机构列为可选机构。",
  "zn06"),
 parks=[
  park(DH, "武汉", "湖北", "高新技术产业开发区（国家级）", F0, aliases=["东湖高新区"], note="文中又作“东湖高新区”"),
  park("武汉新城", "武汉", "湖北", "新城（规划区域）", F0, opt=True, note="基金围绕其产业发展设立"),
 ],
 companies=[
  comp("中金资本", None, F1, note="基金管理人"),
 ],
 institutions=[
  inst("武汉东湖高新区金融局", "武汉东湖高新区金融局副局长黄爱兰接受证券时报记者采访时表示"),
 ],
 funds=[
  fund("光谷中金基金", DH, F1, size="100亿元", size_type="总规模", aliases=["武汉新城科创母基金"],
       note="管理人中金资本；湖北省、武汉市、东湖高新区三级政府共同支持；母基金（2+5+N 多层次基金群）"),
 ],
 aggregate_facts=[
  fact("光谷中金基金", "fund", "fund_size_cny", 1e10, "cny", "总规模达100亿元", "2024年7月", chk=True),
 ])

# ---------------------------------------------------------------- zn07 兰洽会 武威市签约 (大公网 2016)
WW = "武威市"
HS = "民勤红沙岗工业园区"
G1 = "本届兰洽会,武威市共签约项目共135项,签约金额达805.8亿元"
G2 = "其中10亿元以上项目17项,总投资427亿元,占投资总额的53%"
G3 = "包括山东中信融资担保公司投资130亿元的城镇基础设施和社会事业"
G4 = "南京广顺网络通信设备公司投资20亿元的网络通信设备产业园"
G5 = "四川陇商实业公司投资26亿元的河西印玺文化旅游产业园"
G6 = "武威市还有4个项目参加了全省重大项目集中签约,总投资93亿元"
G7 = "市政府与西安天诚集团签约投资35亿元的家具产业园及科技孵化园项目"
G8 = "民勤县政府与四川志利建筑工程公司签约投资28亿元的民勤红沙岗工业园区基础设施建设项目"
G9 = "凉州区政府与台湾钰玺光电科技公司签约投资15亿元的LED产业园项目"
G10 = "天祝县政府与山西宝鑫源矿业公司签约投资15亿元的锂离子电池电解质材料生产项目"
G["zn07"] = dict(
 article=art("兰洽会武威市签约135项吸金800多亿", "大公网（大公网7月8日讯，记者 杨韶红 刘俊海 实习记者 赵文文 徐小厅），news.takungpao.cn 内地频道", "2016-07-08", "day",
  "Hong Kong paper's mainland channel (simplified), Gansu: a city's signing ceremony at a trade fair — project count and signed amount, projects over 1 billion, named investors with per-project amounts, four projects in the province's ceremony with the signing county governments",
  "http://news.takungpao.cn/mainland/topnews/2016-07/3343167.html",
  "日期取电头“大公网7月8日讯”与网址 2016-07（第二十二届兰洽会，2016年）。标题照录。正文两段；两处图片说明“武威市代表签约现场。”“兰洽会武威市签约现场。”已删；第三段（“据介绍,这些项目的成功签约和开工建设…”）在“为武威”处中断，整段删去（cut）。简体，照录。文中唯一的园区名“民勤红沙岗工业园区”只出现在项目名里，列为可选园区，该基础设施项目的 park 记为它；其他项目文中未写园区（park null）。项目 status 签约。“四川志利建筑工程公司投资28亿元”在第一段无项目名，与第二段民勤红沙岗项目同一投资方同一金额，视为同一项目，不另列。“城镇基础设施和社会事业”名称含糊，列可选。投资方企业列为公司（park null）；四川志利建筑工程公司列可选（只作工程方与投资方，不宜断定园区）。",
  "zn07"),
 parks=[
  park(HS, "武威", "甘肃", "工业园区", G8, district="民勤县", opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("山东中信融资担保公司", None, G3),
  comp("四川志利建筑工程公司", None, G8, opt=True),
  comp("南京广顺网络通信设备公司", None, G4),
  comp("四川陇商实业公司", None, G5),
  comp("西安天诚集团", None, G7),
  comp("台湾钰玺光电科技公司", None, G9),
  comp("山西宝鑫源矿业公司", None, G10),
 ],
 institutions=[
  inst("民勤县政府", G8), inst("凉州区政府", G9), inst("天祝县政府", G10),
 ],
 projects=[
  proj("城镇基础设施和社会事业", None, G3, companies=["山东中信融资担保公司"], inv="投资130亿元", status="签约", status_text="签约", opt=True, note="名称含糊"),
  proj("网络通信设备产业园", None, G4, companies=["南京广顺网络通信设备公司"], inv="投资20亿元", status="签约", status_text="签约"),
  proj("河西印玺文化旅游产业园", None, G5, companies=["四川陇商实业公司"], inv="投资26亿元", status="签约", status_text="签约"),
  proj("家具产业园及科技孵化园项目", None, G7, companies=["西安天诚集团"], inv="签约投资35亿元", status="签约", status_text="签约"),
  proj("民勤红沙岗工业园区基础设施建设项目", HS, G8, companies=["四川志利建筑工程公司"], inv="签约投资28亿元", status="签约", status_text="签约"),
  proj("LED产业园项目", None, G9, companies=["台湾钰玺光电科技公司"], inv="签约投资15亿元", status="签约", status_text="签约"),
  proj("锂离子电池电解质材料生产项目", None, G10, companies=["山西宝鑫源矿业公司"], inv="签约投资15亿元", status="签约", status_text="签约"),
 ],
 aggregate_facts=[
  fact(WW, "region", "projects_signed", 135, "count", G1, "2016年7月（第二十二届兰洽会）"),
  fact(WW, "region", "signed_investment_cny", 8.058e10, "cny", "签约金额达805.8亿元", "2016年7月（第二十二届兰洽会）", chk=True),
  fact(WW + "（10亿元以上项目）", "region", "projects_signed", 17, "count", G2, "2016年7月（第二十二届兰洽会）"),
  fact(WW + "（10亿元以上项目）", "region", "total_investment_cny", 4.27e10, "cny", "总投资427亿元,占投资总额的53%", "2016年7月（第二十二届兰洽会）", chk=True),
  fact(WW + "（10亿元以上项目）", "region", "share_of_signed_investment", 0.53, "ratio", G2, "2016年7月（第二十二届兰洽会）", kind="ratio", opt=True),
  fact(WW + "（全省重大项目集中签约）", "region", "projects_signed", 4, "count", G6, "2016年7月"),
  fact(WW + "（全省重大项目集中签约）", "region", "total_investment_cny", 9.3e9, "cny", "总投资93亿元", "2016年7月", chk=True),
 ])

# ---------------------------------------------------------------- zn08 兰州新区 兰州广通新能源汽车 (兰州晚报 2018)
H0 = "兰州新区成为我国西部地区开放开发的新高地"
H1 = "在由兰州宇通客车有限公司增资重组而来的兰州广通新能源汽车有限公司项目建设现场,记者注意到,主体厂房钢结构搭建已全部完成"
H2 = "预计2018年6月投产"
H3 = "年销售收入将达到717949万元"
PJ8 = "兰州广通新能源汽车有限公司项目"
G["zn08"] = dict(
 article=art("创造好环境打好攻坚战 兰州新区为项目建设注入新活力", "兰州晚报（记者 王星明），经中国甘肃网转载（编辑：狄东阳），gansu.gscn.com.cn", "2018-01-20", "day",
  "City evening paper via provincial portal, Gansu: a state-level new area's signed industries and one new-energy bus project under construction — progress, expected start of production, capacities, expected sales",
  "http://gansu.gscn.com.cn/system/2018/01/20/011893304.shtml",
  "日期取页面“18-01-20 11:33 来源:中国甘肃网-兰州晚报”（已删）与网址；“原标题”行与导航已删。标题照录。存段在“据了解,兰州广通作为银隆新能源公司在西北地区布局的产业”处中断，整段删去，截至上一段“…投放到东欧。”（cut）；文内小标题“兰州广通新能源汽车预计今年6月投产”保留为一段。园区兰州新区（国家级新区，city 兰州，province 甘肃）。项目一个：兰州广通新能源汽车有限公司项目，“主体厂房钢结构搭建已全部完成”“预计2018年6月投产”→在建，无投资额。兰州广通新能源汽车有限公司列为公司（园区兰州新区）；兰州宇通客车有限公司只作其前身，列可选（park null）。“年销售收入将达到717949万元”为投产后预期（target，项目事实）；产能数字可选。“兰州”作为城市不列园区。",
  "zn08"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", H0, note="文中又作“新区”"),
 ],
 companies=[
  comp("兰州广通新能源汽车有限公司", LZ, H1, aliases=["兰州广通"]),
  comp("兰州宇通客车有限公司", None, H1, opt=True, note="兰州广通的前身（增资重组）"),
 ],
 projects=[
  proj(PJ8, LZ, H1, companies=["兰州广通新能源汽车有限公司"], status="在建", status_text="主体厂房钢结构搭建已全部完成…预计2018年6月投产",
       aliases=["兰州广通新能源汽车"], note="无投资额"),
 ],
 aggregate_facts=[
  fact(PJ8, "project", "expected_annual_sales_cny", 7.17949e9, "cny", H3, "投产后（预期）", kind="target", chk=True),
  fact(PJ8, "project", "annual_capacity_electric_buses", 6000, "count", "可年产纯电动客车6000辆", "投产后（预期）", kind="target", opt=True),
 ])
