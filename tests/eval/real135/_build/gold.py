# real135 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (wb04 traditional script as published by hk01; the rest simplified as
# published; nothing converted); names as written in the text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); amounts written with a thousands comma (wb04 “3,318.1億元”) go in *_rmb facts with unit cny (as real54 zx02),
# because check_gold.py's amount reader would take “318.1億元” from them. Growth rates and shares as ratios. Projects: the
# park is the one the text places the project in, null if none (a district such as 光明区 or 顺德 is a region, not a park).
# Status from the text's words (开工 / 动工 / 新开工 → 开工; 投产 → 投产; 落成 → 竣工; 签约 / 现场签约 → 签约; 启动 / 落户
# alone → no status). Plans and “预计” figures are kind target; year-to-date and five-year totals are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/wbNN.raw as returned.

# ---------------------------------------------------------------- wb01 光明区 2022年第一季度新开工项目 (南方都市报APP 转载 光明融媒)
GM = "光明区"
AS1 = "2022年第一季度"
A1 = "产业发展项目4个,总投资24.7亿元,年度计划投资6.9亿元,包括电子雾化器产业园、科兴科创园等"
A2 = "社会民生项目4个,总投资9.8亿元,年度计划投资4.3亿元,包括红花山体育中心改扩建工程、光明区薯田蒲学校(暂定名)建设工程项目等"
A3 = "房地产项目4个,总投资118.2亿元,年度计划投资24.4亿元,包括达叁片区城市更新项目、深业光明新湖A641-0030地块项目等"
A4 = "是贝特瑞的\n\n高端锂离子电池负极材料产业化项目\n\n总投资50亿元"
A5 = "该项目拟落户光明区公明街道,总建筑面积约22.4万平方米,主要建设内容为年产4万吨高端锂离子电池负极材料生产线"
G["wb01"] = dict(
 article=art("总投资近177亿元!光明区第一季度新开工项目集中启动!", "南方都市报APP（光明大件事栏，转载；来源:光明融媒），m.mp.oeeee.com", "2022-02-18", "day",
  "District media item relayed by a newspaper app, Guangdong (深圳 光明区, the district of 光明科学城): a quarter's newly started projects by category with named industrial-park projects, and one signed industrial project with investment and expected output",
  "https://m.mp.oeeee.com/a/BAAFRD000020220218653102.html",
  "日期取页面“转载2022-02-18 16:18”。标题照录。页面为公众号式排版：一句话拆成多行（“2月17日,深圳市举行”/“2022年第一季度新开工项目”/…），照原样每行一段，不并行；图片文件名行、“01”编号、“项目效果图”图注已删；“南方都市报APP • 光明大件事”“转载…”“来源:光明融媒”已删。存段在第二个介绍项目（达叁片区城市更新项目）处中断：“还有其他项目 / 值得关注 / ↓↓↓ / 02 / 达叁片区城市更新项目 / 项目效果图 / 项目位于光明区”整段不收，正文止于贝特瑞项目介绍。光明区是行政区，不作园区；光明区的数字（新开工24个、签约1个、总投资176.9亿元、年度计划投资39.8亿元）记为 region 事实。产业发展项目“电子雾化器产业园”“科兴科创园”为新开工项目（开工），园区名另列为可选园区。贝特瑞“高端锂离子电池负极材料产业化项目”为现场签约项目（签约），总投资50亿元，“拟落户光明区公明街道”，园区为空。项目名、公司名与金额分在三行（排版），证据跨行（含两个段落分隔）。民生、房地产项目四个列为可选项目。",
  "wb01"),
 parks=[
  park("电子雾化器产业园", "深圳", "广东", "产业园", A1, district="光明区", opt=True, note="作为新开工产业发展项目出现；是否已成园区不明"),
  park("科兴科创园", "深圳", "广东", "产业园", A1, district="光明区", opt=True, note="同上"),
 ],
 companies=[
  comp("贝特瑞", None, A4, note="现场签约项目的投资方；项目拟落户光明区公明街道，未写园区"),
 ],
 projects=[
  proj("高端锂离子电池负极材料产业化项目", None, A4, companies=["贝特瑞"], inv="总投资50亿元", status="签约", status_text="现场签约项目",
       note="拟落户光明区公明街道；证据跨三行（页面排版）"),
  proj("电子雾化器产业园", None, A1, status="开工", status_text="新开工项目（产业发展项目）", note="光明区第一季度新开工项目；单项投资未写"),
  proj("科兴科创园", None, A1, status="开工", status_text="新开工项目（产业发展项目）", note="同上"),
  proj("红花山体育中心改扩建工程", None, A2, status="开工", status_text="新开工项目（社会民生项目）", opt=True),
  proj("光明区薯田蒲学校(暂定名)建设工程项目", None, A2, status="开工", status_text="新开工项目（社会民生项目）", opt=True),
  proj("达叁片区城市更新项目", None, A3, status="开工", status_text="新开工项目（房地产项目）", opt=True),
  proj("深业光明新湖A641-0030地块项目", None, A3, status="开工", status_text="新开工项目（房地产项目）", opt=True),
 ],
 aggregate_facts=[
  fact(GM, "region", "projects_started", 24, "count", "新开工项目24个", AS1),
  fact(GM, "region", "projects_signed", 1, "count", "现场签约项目1个", AS1),
  fact(GM, "region", "started_signed_projects_investment_cny", 176.9e8, "cny", "总投资176.9亿元", AS1, chk=True, note="新开工24个与签约1个合计；标题作“近177亿元”"),
  fact(GM, "region", "planned_annual_investment_cny", 39.8e8, "cny", "年度计划投资39.8亿元", "2022年", kind="target", chk=True),
  fact(GM, "region", "industrial_projects_started", 4, "count", A1, AS1, opt=True),
  fact(GM, "region", "industrial_projects_started_investment_cny", 24.7e8, "cny", A1, AS1, opt=True, chk=True),
  fact("高端锂离子电池负极材料产业化项目", "project", "expected_annual_output_cny", 70e8, "cny", "项目达产后预计年产值不低于70亿元", "达产后（预计）",
       kind="target", qual="超", qtext="不低于", chk=True),
  fact("高端锂离子电池负极材料产业化项目", "project", "annual_capacity_t", 40000, "t", A5, "建成后（设计产能）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wb02 广州开发区93个重大项目集中签约动工 (光明日报客户端 2022)
GZ = "广州开发区"
AS2 = "2022年10月28日"
B0 = "93个重大项目集中签约动工,总投资1478亿元"
B1 = "动工项目36个,总投资446亿元,预计总产值518亿元"
B2 = "签约项目57个,总投资1032亿元,预计总产值2107亿元"
B3 = "广州开发区投资集团高清光学显示芯片项目动工,总投资15亿元,计划年产值25亿元"
B4 = "其中产业项目69个,包括动工项目19个、签约项目50个"
G["wb02"] = dict(
 article=art("改革闯将再出发 广州开发区93个重大项目集中签约动工", "光明日报客户端，载于光明网地方频道（difang.gmw.cn，广东）", "2022-10-29", "day",
  "National daily's app on its portal's regional channel, Guangdong: a national economic-technological development zone's joint signing and groundbreaking — counts, investment and expected output of started and signed projects, the zone's area and output, one named started project",
  "https://difang.gmw.cn/gd/2022-10/29/content_36123530.htm",
  "日期取页面“来源:光明日报客户端2022-10-29 20:56”；活动在10月28日。标题照录；分享提示、“正在阅读:”、面包屑与来源行已删。存段在第六段“将打造全球首个”处中断：残句“,将打造全球首个”已删（make_txt.py LINE_SUFFIX），为保留所述项目，该段留到“计划年产值25亿元”（句未完）。园区：广州开发区（国家级经开区；文中又作“开发区”“该区”）。项目：广州开发区投资集团高清光学显示芯片项目（动工→开工；总投资15亿元；计划年产值25亿元，target）。“横滘河”为地名，不列。“从2万元启动资金”不作事实。",
  "wb02"),
 parks=[
  park(GZ, "广州", "广东", "经济技术开发区", "10月28日,广州开发区举行重大项目集中签约动工活动", note="广州开发区与黄埔区合署；文中未写黄埔区"),
 ],
 companies=[
  comp("广州开发区投资集团", GZ, B3, note="项目投资方（区属国企）"),
 ],
 projects=[
  proj("高清光学显示芯片项目", GZ, B3, companies=["广州开发区投资集团"], inv="总投资15亿元", status="开工", status_text="动工",
       aliases=["广州开发区投资集团高清光学显示芯片项目"]),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_signed_or_started", 93, "count", B0, AS2),
  fact(GZ, "park", "signed_started_projects_investment_cny", 1478e8, "cny", "总投资1478亿元", AS2, chk=True),
  fact(GZ, "park", "projects_started", 36, "count", B1, AS2),
  fact(GZ, "park", "projects_started_investment_cny", 446e8, "cny", B1, AS2, chk=True),
  fact(GZ, "park", "projects_started_expected_output_cny", 518e8, "cny", "预计总产值518亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact(GZ, "park", "projects_signed", 57, "count", B2, AS2),
  fact(GZ, "park", "signed_investment_cny", 1032e8, "cny", B2, AS2, chk=True),
  fact(GZ, "park", "projects_signed_expected_output_cny", 2107e8, "cny", "预计总产值2107亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact(GZ, "park", "industrial_projects", 69, "count", B4, AS2, opt=True, note="签约动工项目中的产业项目"),
  fact(GZ, "park", "industrial_projects_started", 19, "count", B4, AS2, opt=True),
  fact(GZ, "park", "industrial_projects_signed", 50, "count", B4, AS2, opt=True),
  fact(GZ, "park", "area_km2", 484, "km2", "从最初的9.6平方公里到如今辖区面积484平方公里", "2022年"),
  fact(GZ, "park", "initial_area_km2", 9.6, "km2", "从最初的9.6平方公里到如今辖区面积484平方公里", "建区之初（1984年）", opt=True),
  fact(GZ, "park", "industrial_output_above_scale_cny", 8700e8, "cny", "规上工业总产值超8700亿元", "2022年（“如今”）", qual="超", qtext="超", chk=True),
  fact("高清光学显示芯片项目", "project", "expected_annual_output_cny", 25e8, "cny", "计划年产值25亿元", "达产后（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- wb03 翠亨新区 2025 开年 (南方日报 / 南方+)
CH = "翠亨新区"
XW = "西湾国家重大仪器科学园"
C0 = "总投资100亿元的新能源产业项目——明阳现代能源高端装备科技园动工,达产后预计年产值超过500亿元"
C1 = "今年,翠亨新区提出力争落地项目总投资不低于300亿元,并首次提出建设“中山未来产业先导区”"
C2 = "位于翠亨新区西湾国家重大仪器科学园的神舞科技办公室和实验室仍灯火通明"
G["wb03"] = dict(
 article=art("（无标题）翠亨新区在“新”字上做文章：明阳现代能源高端装备科技园动工，西湾国家重大仪器科学园企业赶进度", "南方日报（南方+，static.nfnews.com；存段无署名）", "2025-02-13", "day",
  "Provincial daily's app, Guangdong (中山): a feature on a city's new district at the start of the year — a 100亿元 park-like industrial project started, the district's investment target and a planned future-industry zone, a brain-computer-interface firm in a science park",
  "https://static.nfnews.com/content/202502/13/c10990473.html",
  "日期取网址 202502/13（文中“2月6日”“2月7日”为2025年，由年份与“今年…首次提出”推断）。存段无标题、无日期行、无署名（title 为编者概括）。图注“翠亨新区马鞍岛。”“西湾国家重大仪器科学园。”已删。存段在“成为国内乃至全球在脑机接口的”处中断：该句（“然而,…脑机接口的”）整句删去（make_txt.py LINE_SUFFIX），正文止于“…科幻小说或影视作品中。”。园区：翠亨新区（中山市，广东）；西湾国家重大仪器科学园（在翠亨新区）。项目：明阳现代能源高端装备科技园（动工→开工，总投资100亿元；园区为翠亨新区，由全文语境推断；达产后预计年产值超过500亿元，target）；该“科技园”同时可作园区，列为可选园区。“中山未来产业先导区”为首次提出建设，列为可选园区。公司：广东神舞科技有限公司（又作“神舞科技”“广东神舞科技”），在西湾国家重大仪器科学园。",
  "wb03"),
 parks=[
  park(CH, "中山", "广东", "新区", "新年开局,翠亨新区在“新”字上做文章"),
  park(XW, "中山", "广东", "科学园", C2, parent=CH),
  park("明阳现代能源高端装备科技园", "中山", "广东", "产业园", C0, parent=CH, opt=True, note="作为动工项目出现"),
  park("中山未来产业先导区", "中山", "广东", "产业先导区", C1, parent=CH, opt=True, note="首次提出建设（规划）"),
 ],
 companies=[
  comp("广东神舞科技有限公司", XW, "广东神舞科技有限公司是一家从事脑机接口产品研发生产的企业", aliases=["神舞科技", "广东神舞科技"]),
 ],
 institutions=[
  inst("清华大学生物医学工程学院", "清华大学生物医学工程学院博士郑辉", kind="university", note="创始人的学历，仅提及"),
 ],
 projects=[
  proj("明阳现代能源高端装备科技园", CH, C0, inv="总投资100亿元", status="开工", status_text="动工", note="新能源产业项目；2月6日动工"),
 ],
 aggregate_facts=[
  fact(CH, "park", "projects_landed_investment_cny", 300e8, "cny", C1, "2025年（目标）", kind="target", qual="超", qtext="不低于", chk=True,
       note="力争落地项目总投资不低于300亿元"),
  fact("明阳现代能源高端装备科技园", "project", "expected_annual_output_cny", 500e8, "cny", "达产后预计年产值超过500亿元", "达产后（预计）",
       kind="target", qual="超", qtext="超过", chk=True),
  fact("广东神舞科技有限公司", "company", "new_products_planned", 7, "count", "预计将有7款新品陆续推出", "2025年（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wb04 前海揚帆再啟航 (香港01 2026, traditional as published)
QH = "前海合作區"
AS4 = "2025年"
D1 = "前海地區生產總值（GDP）從1,755.7億元（人民幣，下同）增長至3,318.1億元"
D2 = "現代服務業產值亦從964.1億元增至2,182.0億元"
D3 = "在地進出口額則從3,780.5億元攀升至7,574.3億元"
D4 = "五年來，前海累計完成固定資產投資突破7,000億元，累計實際使用外資1,575.2億元，2025年實際使用外資293.2億元，佔廣東省比重26%"
G["wb04"] = dict(
 article=art("（無標題）前海揚帆再啟航 「十四五」成果豐碩 「十五五」新章聚焦港深融合", "香港01（hk01.com，社會新聞；存段無署名）", "2026-02-13", "day",
  "Hong Kong news site (traditional script as published), Guangdong (深圳 前海): a five-year review of a Shenzhen–Hong Kong cooperation zone — area enlarged, GDP, modern-services output, trade, fixed-asset investment and FDI (five-year and 2025 figures), institutional-innovation cases, leasing assets, Fortune-500-invested firms",
  "https://www.hk01.com/%E7%A4%BE%E6%9C%83%E6%96%B0%E8%81%9E/60322248/%E5%89%8D%E6%B5%B7%E6%8F%9A%E5%B8%86%E5%86%8D%E5%95%9F%E8%88%AA-%E5%8D%81%E5%9B%9B%E4%BA%94-%E6%88%90%E6%9E%9C%E8%B1%90%E7%A2%A9-%E5%8D%81%E4%BA%94%E4%BA%94-%E6%96%B0%E7%AB%A0%E8%81%9A%E7%84%A6%E6%B8%AF%E6%B7%B1%E8%9E%8D%E5%90%88",
  "日期取检索工具在首行前加的“date 2026-02-13”标记（已删，make_txt.py LINE_PREFIX）。存段无标题行（title 为网址中的标题词“前海揚帆再啟航-十四五-成果豐碩-十五五-新章聚焦港深融合”，标点为编者所加）。繁体为香港01原刊字形，未经转换。存段在“細胞與基因、資料等未來產”处中断：该句（“首家大型eVTOL…未來產”）整句删去（LINE_SUFFIX），正文止于“…已相繼落戶。”。园区：前海合作區（深圳，广东；文中多作“前海”）；前海綜合保稅區（在前海内）；“蛇口自貿區”（“其蛇口自貿區制度創新指數”，指前海蛇口自贸片区）列为可选。带千分位逗号的金额（1,755.7億元 等）记为 *_rmb 事实（unit cny），因 check_gold.py 的金额读法会取逗号后的数字；293.2億元、200億元、63.3億元无逗号，记为 *_cny。2021 与 2025 两端的数字：2025 为主，2021 可选。",
  "wb04"),
 parks=[
  park(QH, "深圳", "广东", "合作区", "前海合作區從14.92平方公里擴展至120.56平方公里", aliases=["前海"], note="前海深港现代服务业合作区"),
  park("前海綜合保稅區", "深圳", "广东", "综合保税区", "前海綜合保稅區在2024年度全國綜保區發展績效評估中排名第三", parent=QH),
  park("蛇口自貿區", "深圳", "广东", "自贸试验区片区", "其蛇口自貿區制度創新指數連續四年全國居首", opt=True, note="前海蛇口自贸片区；与前海合作区部分重叠"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(QH, "park", "area_km2", 120.56, "km2", "前海合作區從14.92平方公里擴展至120.56平方公里", "2021–2025年（“十四五”期间扩区后）"),
  fact(QH, "park", "previous_area_km2", 14.92, "km2", "前海合作區從14.92平方公里擴展至120.56平方公里", "扩区前", opt=True),
  fact(QH, "park", "gdp_rmb", 3318.1e8, "cny", D1, AS4, note="写作“3,318.1億元”"),
  fact(QH, "park", "gdp_2021_rmb", 1755.7e8, "cny", D1, "2021年", opt=True, note="写作“1,755.7億元”"),
  fact(QH, "park", "modern_services_output_rmb", 2182.0e8, "cny", D2, AS4, note="现代服务业产值；写作“2,182.0億元”"),
  fact(QH, "park", "modern_services_output_2021_cny", 964.1e8, "cny", D2, "2021年", opt=True, chk=True),
  fact(QH, "park", "import_export_rmb", 7574.3e8, "cny", D3, AS4, note="在地进出口额；写作“7,574.3億元”"),
  fact(QH, "park", "import_export_2021_rmb", 3780.5e8, "cny", D3, "2021年", opt=True),
  fact(QH, "park", "fixed_asset_investment_rmb", 7000e8, "cny", "前海累計完成固定資產投資突破7,000億元", "2021–2025年累计", kind="cumulative", qual="超", qtext="突破"),
  fact(QH, "park", "actual_fdi_rmb", 1575.2e8, "cny", "累計實際使用外資1,575.2億元", "2021–2025年累计", kind="cumulative"),
  fact(QH, "park", "actual_fdi_cny", 293.2e8, "cny", "2025年實際使用外資293.2億元", AS4, chk=True),
  fact(QH, "park", "actual_fdi_share_of_province", 0.26, "ratio", "2025年實際使用外資293.2億元，佔廣東省比重26%", AS4, kind="ratio"),
  fact(QH, "park", "institutional_innovation_cases", 105, "count", "前海向全國輸出推廣制度創新的成功案例達105項", "2021–2025年", kind="cumulative", opt=True),
  fact(QH, "park", "featured_industry_clusters", 18, "count", "18個特色產業集聚區繼續展現活力", "2026年初", opt=True),
  fact(QH, "park", "ship_leasing_assets_cny", 200e8, "cny", "船舶租賃資產突破200億元", "2026年初", qual="超", qtext="突破", opt=True, chk=True),
  fact(QH, "park", "aircraft_leasing_value_cny", 63.3e8, "cny", "飛機租賃貨值達63.3億元", "2026年初", opt=True, chk=True),
  fact(QH, "park", "fortune500_invested_firms", 183, "count", "目前區內已匯聚183家世界500強投資企業", "2026年初（“目前”）"),
  fact(QH, "park", "global_service_provider_hqs", 42, "count", "42家全球服務商區域或職能總部", "2026年初（“目前”）", opt=True),
 ])

# ---------------------------------------------------------------- wb05 珠海经开区 (南方日报 via 粤港澳大湾区门户网 2025)
ZH = "珠海经济技术开发区"
E0 = "由珠海经济技术开发区(下称“珠海经开区”)主办的“2025中国(珠海)高端化学品产业发展大会暨电子新材料企业洽谈会”正式召开"
E1 = "珠海经开区以全市4%的土地,实现规上工业总产值1532.11亿元(约占全市的1/4)"
E2 = "全国首个“LNG冷能综合利用+绿色智算中心”项目在珠海经开区启动"
G["wb05"] = dict(
 article=art("（无标题）珠海经开区以全市4%的土地实现规上工业总产值1532.11亿元", "南方日报，载于粤港澳大湾区门户网（cnbayarea.org.cn，珠海分站）", "2025-03-06", "day",
  "Provincial daily on the Greater Bay Area portal, Guangdong (珠海): a feature on a national economic-technological development zone at an industry conference — the zone's above-scale industrial output and share, its mandate (综保区, national chemical park), new 'little giant' firms, a first-of-its-kind LNG-cold-energy computing-centre project launched",
  "https://cnbayarea.org.cn/city/zhuhai/dtxw/content/post_1283454.html",
  "日期取页面“2025年03月06日 来源:南方日报”（已删）；图片说明“珠海经开区以全市4%的土地,实现约1/4的规上工业总产值。关铭荣 摄”已删。存段无标题行（title 为编者概括）。存段在“打造全”处中断：该句（“仅去年一年…打造全”）删去（make_txt.py LINE_SUFFIX），正文止于“…比比皆是。”。园区：珠海经济技术开发区（简称珠海经开区；珠海市，广东；与金湾区合署，文中未写）。“综合保税区”“国家级化工园区”为泛指，不列。项目：“LNG冷能综合利用+绿色智算中心”项目在经开区“启动”（启动→不定状态，status 空，status_alt 开工）。事实：“自去年3月独立运作以来”的规上工业总产值1532.11亿元（as_of 2024年），占全市约1/4（ratio 0.25，约），土地占全市4%；去年新增国家级“小巨人”企业2家。",
  "wb05"),
 parks=[
  park(ZH, "珠海", "广东", "经济技术开发区", E0, aliases=["珠海经开区"]),
 ],
 companies=[],
 projects=[
  proj("LNG冷能综合利用+绿色智算中心", ZH, E2, status=None, status_text="启动", status_alt="开工", note="全国首个；“启动”不定为开工"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "industrial_output_above_scale_cny", 1532.11e8, "cny", E1, "2024年（自去年3月独立运作以来）", chk=True),
  fact(ZH, "park", "industrial_output_share_of_city", 0.25, "ratio", E1, "2024年", kind="ratio", qual="约", qtext="约"),
  fact(ZH, "park", "land_share_of_city", 0.04, "ratio", "珠海经开区以全市4%的土地", "2024年", kind="ratio", opt=True),
  fact(ZH, "park", "little_giant_firms_added", 2, "count", "去年新增2家国家级“小巨人”企业", "2024年"),
 ])

# ---------------------------------------------------------------- wb06 东莞松山湖 招商引资 (南方日报 via 粤港澳大湾区门户网 2023)
SS = "松山湖"
ZHC = "松山湖科学智汇城"
F0 = "一批优质产业项目、产业平台、生态伙伴和金融机构项目签约进驻松山湖科学智汇城,推动生物医药产业生态强链拓圈"
F1 = "集聚以菲鹏和东阳光为链主,红珊瑚、三生制药、现代牙科、博迈医疗、普门科技等一批生物医药和医疗器械生产研发企业"
G["wb06"] = dict(
 article=art("东莞松山湖:打造一流营商环境,构建招商引资“强磁场”", "南方日报，载于粤港澳大湾区门户网（cnbayarea.org.cn，东莞分站）", "2023-12-20", "day",
  "Provincial daily on the Greater Bay Area portal, Guangdong (东莞): a feature on a national high-tech zone's investment promotion — an investors' visit, projects signed into a science-city industrial complex, the year's investment attracted, the biomedicine cluster with named lead firms",
  "https://www.cnbayarea.org.cn/city/dongguan/zxdt/content/post_1146279.html",
  "日期取页面“2023年12月20日 来源:南方日报”（已删）；面包屑与“[ ]”已删；活动在12月12日。标题照录。小标题三行（“招商引资突破200亿元”“蓄力三大新兴产业”“培育新质生产力”）各为一段。存段在“生产研发企业,产”处中断：残字“,产”已删（make_txt.py LINE_SUFFIX），末句未完（止于“…生产研发企业”）。园区：松山湖（东莞松山湖高新技术产业开发区；文中只作“松山湖”“东莞松山湖”）；松山湖科学城（可选，范围大于高新区）；松山湖科学智汇城（产业空间，项目签约进驻；所在由“松山湖科学城”语境推断）。公司：菲鹏、东阳光（链主）与红珊瑚、三生制药、现代牙科、博迈医疗、普门科技（园区均为松山湖）；华为终端（“华为终端总部”，可选）。签约进驻的项目未具名，不立项目。事实：今年以来招商引资突破200亿元（小标题；cumulative）；生物医药企业600多家。",
  "wb06"),
 parks=[
  park(SS, "东莞", "广东", "高新区", "今年以来,松山湖把招商作为重中之重", aliases=["东莞松山湖"], note="东莞松山湖高新技术产业开发区（全称文中未出现）"),
  park("松山湖科学城", "东莞", "广东", "科学城", "城市考察及企业家交流活动在松山湖科学城举行", opt=True),
  park(ZHC, "东莞", "广东", "产业园", F0, parent=SS, note="产业空间载体；项目签约进驻"),
 ],
 companies=[
  comp("菲鹏", SS, F1, note="生物医药链主"),
  comp("东阳光", SS, F1, note="生物医药链主"),
  comp("红珊瑚", SS, F1),
  comp("三生制药", SS, F1),
  comp("现代牙科", SS, F1),
  comp("博迈医疗", SS, F1),
  comp("普门科技", SS, F1),
  comp("华为终端", SS, "探访华为终端总部,感受世界名企浓厚创新氛围", opt=True, note="考察点"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SS, "park", "investment_attracted_cny", 200e8, "cny", "招商引资突破200亿元", "2023年（今年以来，至12月）", kind="cumulative", qual="超", qtext="突破", chk=True),
  fact(SS, "park", "biomedical_firms", 600, "count", "已聚集生物医药企业达600多家", "2023年12月", qual="余", qtext="多"),
 ])

# ---------------------------------------------------------------- wb07 顺德 2024 开年项目 (珠江商报 via 顺德图书馆网站)
HC = "海创大族机器人智造城"
H0 = "总投资11亿元的佛山市信展通电子有限公司总部落成"
H1 = "广东欢联电子科技有限公司顺德生产研发基地投产"
H2 = "奥比中光3D视觉感知产业智能制造基地建设项目动工"
H3 = "其将生产研发基地落户在海创大族机器人智造城"
G["wb07"] = dict(
 article=art("重磅项目扎堆落地开足马力迎“开门红”", "珠江商报，载于顺德图书馆网站（sdlib.com.cn，顺德信息·经济金融）", "2024-01-05", "day",
  "District daily relayed by the district library's site, Guangdong (佛山 顺德): new-year round-up of firms' projects — a headquarters completed (investment), a production base in a robot-manufacturing park in production, a 3D-vision manufacturing base started; why Shenzhen / Guangzhou firms choose the district",
  "https://sdlib.com.cn/home/article/detail/id/118323.html",
  "日期取页面“加入时间:2024-01-05 10:03 … 信息来源: 珠江商报”（已删）；面包屑已删；空白行不计。标题照录。存段末行“‘做生意就要到营商环境好的地方,所以我们来到了顺德。’广东欢联”句未完，整行不收，正文止于“…举措带来的成效。”。顺德为区（region），不作园区。园区：海创大族机器人智造城（欢联电子生产研发基地所在）。项目：佛山市信展通电子有限公司总部（落成→竣工，总投资11亿元，园区空）；广东欢联电子科技有限公司顺德生产研发基地（投产；园区海创大族机器人智造城，由后段推断）；奥比中光3D视觉感知产业智能制造基地建设项目（动工→开工；园区空）。“奥比科技大厦”在深圳南山落成，不在顺德，列为可选项目。",
  "wb07"),
 parks=[
  park(HC, "佛山", "广东", "产业园", H3, district="顺德区"),
 ],
 companies=[
  comp("佛山市信展通电子有限公司", None, H0, aliases=["信展通"], note="来自深圳"),
  comp("广东欢联电子科技有限公司", HC, H1, aliases=["欢联电子"], note="总部在广州番禺；顺德生产研发基地在海创大族机器人智造城"),
  comp("奥比中光", None, H2, note="来自深圳"),
 ],
 projects=[
  proj("佛山市信展通电子有限公司总部", None, H0, companies=["佛山市信展通电子有限公司"], inv="总投资11亿元", status="竣工", status_text="落成"),
  proj("广东欢联电子科技有限公司顺德生产研发基地", HC, H1, companies=["广东欢联电子科技有限公司"], status="投产", status_text="投产",
       note="园区由后段“其将生产研发基地落户在海创大族机器人智造城”得出"),
  proj("奥比中光3D视觉感知产业智能制造基地建设项目", None, H2, companies=["奥比中光"], status="开工", status_text="动工"),
  proj("奥比科技大厦", None, "奥比中光自建研发办公大楼“奥比科技大厦”已在深圳南山顺利落成", companies=["奥比中光"], status="竣工", status_text="落成",
       opt=True, note="在深圳南山，非顺德"),
 ],
 aggregate_facts=[],
 )
