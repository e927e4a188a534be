# real46 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real45)
# Conventions as real28–real45: evidence verbatim (zp03 is traditional script as published by a Macau paper, the rest
# simplified); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the
# park is the one the text places the project in, null if none. Status from the text's words (开工 / 开工奠基 / 培土奠基 → 开工;
# 投产 / 竣工投产 / 点火运行 / 下线 → 投产; 建成试运行 / 厂房落成 → 竣工; 施工 / 封顶 → 在建; 签订…合同 → 签约).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zpNN.raw as returned.

# ---------------------------------------------------------------- zp01 交城经济开发区 三个一批 (news.qq.com 2024)
JC = "交城经济开发区"
A0 = "8月19日,山西省开发区2024年第三次“三个一批”活动以现场会形式举行。吕梁在交城经济开发区设分会场"
A1 = "本次“三个一批”活动,吕梁市各开发区“签约一批”项目11个,“开工一批”项目17个,“投产一批”项目15个"
A2 = "交城县开发区“签约一批”项目2个,总投资7.1亿元,预计年产值5.5亿元;“开工一批”项目2个,总投资4.18亿元,预计年产值12亿元;“投产一批”项目2个,总投资4.71亿元,预计年产值7亿元"
A3 = "为交城经济开发区华庆新材料科技有限公司年产6000吨高纯石英管深加工项目培土奠基。该项目占地64亩,总投资1.3亿元"
A4 = "交城义望铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目总投资2.5亿元,今年8月建成试运行"
A5 = "随后,孙大军、丁大为一行深入交城义望铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目和交城经开区低碳生态园进行了观摩"
P1 = "华庆新材料科技有限公司年产6000吨高纯石英管深加工项目"
P2 = "交城义望铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目"
AS1 = "2024年8月"
G["zp01"] = dict(
 article=art("山西交城举行2024年第三次“三个一批”活动项目集中开工仪式", "腾讯新闻 news.qq.com（rain 频道；存段无来源行、无署名，图片署名田谷仓、申淼）", "2024-08-21", "day",
  "County-level news item via a national news app, Shanxi: a provincial development-zone campaign's branch venue in a county economic development zone — counts of signed / started / in-production projects with totals and expected output, one project started with its amount, another just completed",
  "https://news.qq.com/rain/a/20240821A03QSM00",
  "日期取网址 20240821（活动在“8月19日”；存段无日期行）。标题照录。两处“图片”标记及两条图片说明（田谷仓 摄、申淼 摄）已删。存段在末段“交城经济开发区低碳生态园位于开发区核心区域,占地30”处中断，该残句删去，正文截至“…瓷砖等板材。”（cut）。园区：交城经济开发区（文中又作“交城县开发区”“交城经开区”；省级，city 吕梁，district 交城县）；“交城经开区低碳生态园”为园中园，列可选园区。项目1：华庆新材料科技有限公司年产6000吨高纯石英管深加工项目，位于交城经开区（公司名前冠“交城经济开发区”），培土奠基→开工，总投资1.3亿元。项目2：交城义望铁合金…密度板材项目，总投资2.5亿元，“今年8月建成试运行”→竣工（status_alt 投产）；文中未明说其位于园区（观摩路线在开发区内，判断记交城经济开发区）。吕梁市各开发区的三类项目数为可选事实（subject 吕梁市各开发区）；交城县开发区三类项目的个数、总投资、预计年产值为园区事实（kind target 用于预期产值）。",
  "zp01"),
 parks=[
  park(JC, "吕梁", "山西", "经济开发区（省级）", A0, district="交城县", aliases=("交城县开发区", "交城经开区"), note="文中又作“交城县开发区”“交城经开区”"),
  park("交城经开区低碳生态园", "吕梁", "山西", "园中园（低碳生态园）", A5, district="交城县", parent=JC, opt=True),
 ],
 companies=[
  comp("华庆新材料科技有限公司", JC, A3, note="名称前冠“交城经济开发区”"),
  comp("交城义望铁合金有限责任公司", JC, A4, note="位置文中未明说（观摩路线在开发区内，判断）"),
 ],
 projects=[
  proj(P1, JC, A3, companies=["华庆新材料科技有限公司"], inv="总投资1.3亿元", status="开工", status_text="培土奠基",
       aliases=("年产6000吨高纯石英管深加工项目",)),
  proj(P2, JC, A4, companies=["交城义望铁合金有限责任公司"], inv="总投资2.5亿元", status="竣工", status_text="今年8月建成试运行",
       status_alt="投产", aliases=("热态渣再利用年产10万吨无机纤维密度板材项目",), note="位置判断（见 note）"),
 ],
 aggregate_facts=[
  fact("吕梁市各开发区", "region", "projects_signed", 11, "count", A1, AS1, opt=True),
  fact("吕梁市各开发区", "region", "projects_started", 17, "count", A1, AS1, opt=True),
  fact("吕梁市各开发区", "region", "projects_in_production", 15, "count", A1, AS1, opt=True),
  fact(JC, "park", "projects_signed", 2, "count", "交城县开发区“签约一批”项目2个", AS1),
  fact(JC, "park", "signed_projects_investment_cny", 7.1e8, "cny", "总投资7.1亿元,预计年产值5.5亿元", AS1, chk=True),
  fact(JC, "park", "signed_projects_expected_annual_output_cny", 5.5e8, "cny", "预计年产值5.5亿元", "达产后（预期）", kind="target", opt=True, chk=True),
  fact(JC, "park", "projects_started", 2, "count", "“开工一批”项目2个,总投资4.18亿元", AS1),
  fact(JC, "park", "started_projects_investment_cny", 4.18e8, "cny", "总投资4.18亿元,预计年产值12亿元", AS1, chk=True),
  fact(JC, "park", "started_projects_expected_annual_output_cny", 1.2e9, "cny", "预计年产值12亿元", "达产后（预期）", kind="target", opt=True, chk=True),
  fact(JC, "park", "projects_in_production", 2, "count", "“投产一批”项目2个,总投资4.71亿元", AS1),
  fact(JC, "park", "production_projects_investment_cny", 4.71e8, "cny", "总投资4.71亿元,预计年产值7亿元", AS1, chk=True),
  fact(JC, "park", "production_projects_expected_annual_output_cny", 7e8, "cny", "预计年产值7亿元", "达产后（预期）", kind="target", opt=True, chk=True),
  fact(P1, "project", "site_area_mu", 64, "mu", "该项目占地64亩", AS1, opt=True),
  fact(P1, "project", "expected_annual_output_cny", 6e8, "cny", "年产值可达6亿元", "建成后（预期）", kind="target", chk=True),
  fact(P1, "project", "expected_annual_profit_cny", 1e8, "cny", "年盈利约1亿元", "建成后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(P1, "project", "expected_annual_tax_cny", 2e7, "cny", "纳税约2000万元", "建成后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(P1, "project", "expected_jobs", 150, "count", "带动就业150人", "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zp02 大庆工业园区 (黑龙江日报 2007, via sohu)
DQ = "大庆工业园"
HD = "哈大齐工业走廊大庆项目区"
XC = "西城工业园区"
MY = "民营科技园工业区"
CL = "春雷工业园区"
B0 = "本报讯大庆市2006年投入工业专项资金6068万元,进行工业园区基础设施建设,优化投资环境,吸引越来越多企业入驻大庆工业园"
B1 = "截至去年11月末,20个工业园区新开发面积17.6平方公里,投入建设资金36.4亿元,新建续建工业项目138个,基础设施项目89个,入园企业总数达到997家"
B2 = "截至2006年11月底,哈大齐工业走廊大庆工业区已完成固定资产投资28.7亿元"
B3 = "备受关注的西城工业园区已全面启动,目前启动区内初步确定了入驻项目26个,其中已有8个项目签订了入驻协议"
B4 = "民营科技园工业区14家工业企业已有12家开工建设,已完成总投资15700万元"
B5 = "春雷工业园区已与大连银象集团等5家企业联合出资成立的黑龙江软件园股份公司签订了投资26亿元人民币的合同,在春雷工业园区共同开发建设软件园项目"
B6 = "一期工程拟投资8亿元人民币"
AS2 = "截至2006年11月末"
G["zp02"] = dict(
 article=art("大庆工业园区建设全面提速 入驻企业近千家", "黑龙江日报（本报讯；无署名），经搜狐新闻转载，news.sohu.com", "2007-02-01", "day",
  "Provincial party daily via a national portal, Heilongjiang: a city's industrial parks in 2006 — special funds, new area, construction money, projects and firms in the parks; one park's fixed-asset investment; a park's projects landed and signed; a park's firms started; a software-park contract with its amount and phase 1",
  "https://news.sohu.com/20070201/n247976334.shtml",
  "日期取网址 20070201（存段无日期行；文中“截至去年11月末”即2006年11月末）。标题照录。搜狐页头与栏目路径“新闻中心 > 综合 > 黑龙江日报”已删。存段在末段“…3万吨/年果葡糖浆等淀粉及下游产品开发”处中断，该残句（肇州杏山工业园一句）删去，末段只留首句（cut）。园区：大庆工业园（文中对大庆20个工业园区的总称，列可选）；哈大齐工业走廊大庆项目区（又作“哈大齐工业走廊大庆工业区”）；西城工业园区；民营科技园工业区；春雷工业园区；皆 city 大庆。项目：软件园项目，春雷工业园区与黑龙江软件园股份公司签订“投资26亿元人民币的合同”→签约，26亿元；一期8亿元为可选事实。公司：黑龙江软件园股份公司（park 春雷工业园区），大连银象集团（出资方，park null）。20个工业园区的合计数字记在“大庆工业园”名下（subject_type park，集合）。",
  "zp02"),
 parks=[
  park(DQ, "大庆", "黑龙江", "工业园区（市内20个工业园区的总称）", B0, opt=True, note="集合称谓"),
  park(HD, "大庆", "黑龙江", "工业走廊项目区", "同时,哈大齐工业走廊大庆项目区建设一直走在全省前列", aliases=("哈大齐工业走廊大庆工业区",),
       note="文中又作“哈大齐工业走廊大庆工业区”"),
  park(XC, "大庆", "黑龙江", "工业园区", B3),
  park(MY, "大庆", "黑龙江", "工业区（民营科技园）", B4),
  park(CL, "大庆", "黑龙江", "工业园区", B5),
 ],
 companies=[
  comp("黑龙江软件园股份公司", CL, B5, note="大连银象集团等5家企业联合出资成立；与园区签约共建软件园"),
  comp("大连银象集团", None, B5, note="出资方之一"),
 ],
 projects=[
  proj("软件园项目", CL, B5, companies=["黑龙江软件园股份公司"], inv="投资26亿元人民币", status="签约", status_text="签订了投资26亿元人民币的合同"),
 ],
 aggregate_facts=[
  fact("大庆市", "region", "industrial_special_funds_cny", 6.068e7, "cny", B0, "2006年", opt=True, chk=True),
  fact(DQ, "park", "new_developed_area_km2", 17.6, "km2", B1, AS2, kind="cumulative", opt=True),
  fact(DQ, "park", "construction_funds_cny", 3.64e9, "cny", "投入建设资金36.4亿元", AS2, kind="cumulative", chk=True),
  fact(DQ, "park", "industrial_projects_new_and_continued", 138, "count", "新建续建工业项目138个", AS2, opt=True),
  fact(DQ, "park", "infrastructure_projects", 89, "count", "基础设施项目89个", AS2, opt=True),
  fact(DQ, "park", "firms", 997, "count", "入园企业总数达到997家", AS2, kind="cumulative"),
  fact(HD, "park", "fixed_asset_investment_cny", 2.87e9, "cny", "哈大齐工业走廊大庆工业区已完成固定资产投资28.7亿元", "截至2006年11月底", kind="cumulative", chk=True),
  fact(XC, "park", "projects_landed", 26, "count", B3, "2007年初", opt=True),
  fact(XC, "park", "projects_signed", 8, "count", B3, "2007年初", opt=True),
  fact(MY, "park", "firms", 14, "count", B4, "2007年初", opt=True),
  fact(MY, "park", "firms_started_construction", 12, "count", B4, "2007年初", opt=True),
  fact(MY, "park", "investment_completed_cny", 1.57e8, "cny", "已完成总投资15700万元", "2007年初", kind="cumulative", chk=True),
  fact("软件园项目", "project", "phase1_investment_cny", 8e8, "cny", B6, "2007年初", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zp03 澳門日報 2022 兩團體考察莞高新科技產業 (traditional)
SG = "深莞融合發展示範區"
C0 = "其中一站前往匯迅 · 灣區創科高新科技產業項目參觀,該項目重點引進智能裝備、新一代信息技術以及新能源新材料產業,為東莞市深莞融合發展示範區的高新科技產業代表項目之一"
G["zp03"] = dict(
 article=art("兩團體考察莞高新科技產業", "澳門日報（第A07版 澳聞；本報消息，無署名），澳門日報電子版 xiangyu-macau.oss-cn-hongkong.aliyuncs.com", "2022-12-10", "day",
  "Macau daily, local-news page (traditional script as published): two Macau associations visit a high-tech industry project in a Dongguan development zone — the project, its target industries and the zone; no amounts",
  "http://xiangyu-macau.oss-cn-hongkong.aliyuncs.com/app/szb/pc/content/202212/10/content_232130.html",
  "日期取版面行“2022年12月10日 第A07版:澳聞”（已删，連同廣告“中銀全幣種信用卡”“澳門虛擬圖書館”、副題“一行參觀東莞創科機構”、重複標題與頁尾元數據行）。繁體照錄，未轉換。考察在“前日”（2022-12-08）。園區：深莞融合發展示範區（東莞市；文中作“東莞市深莞融合發展示範區”）。項目：匯迅 · 灣區創科高新科技產業項目（名稱照錄，含“ · ”），位於該示範區，無金額、無狀態。“匯迅”為品牌，不另列公司。兩個社團列可選機構。無數字事實。",
  "zp03"),
 parks=[
  park(SG, "東莞", "廣東", "發展示範區", C0, note="文中作“東莞市深莞融合發展示範區”"),
 ],
 companies=[],
 institutions=[
  inst("澳門東莞青年會", "澳門東莞青年會及澳粵經濟發展協會一行二十人前日赴東莞", kind="association"),
  inst("澳粵經濟發展協會", "澳門東莞青年會及澳粵經濟發展協會一行二十人前日赴東莞", kind="association"),
 ],
 projects=[
  proj("匯迅 · 灣區創科高新科技產業項目", SG, C0, aliases=("灣區創科高新科技產業項目",), note="重點引進智能裝備、新一代信息技術、新能源新材料產業"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- zp04 蒙苏经济开发区 (北疆新闻 2023)
MS = "蒙苏经济开发区"
LT = "远景鄂尔多斯零碳产业园"
D0 = "北疆新闻鄂尔多斯9月22日消息(记者李文华)“各族青年记者看内蒙古高质量发展”采访团走进位于伊金霍洛旗的蒙苏经济开发区"
D1 = "蒙苏经济开发区是自治区级一类园区,规划控制面积150平方公里,规划建设面积125平方公里"
D2 = "一是以清洁能源、新材料为主导的零碳产业园,二是以煤电、煤化工为主导产业的圣圆产业园,三是以物流及相关延伸产业为主导的伊金霍洛物流园"
D3 = "目前开发区已入驻企业有150家,亿元以上项目有74个,总投资1887亿元,累计实现工业总产值达到1910亿元,累计实现税收325亿元"
D4 = "北方地区产能最大的远景动力电池工厂正式投产,全国单体最大的隆基单晶切片厂房成功封顶,全区首套国鸿氢燃料电池电堆正式下线,中成榆光伏全产业链一期项目点火运行,华景磷酸铁锂正极材料、上汽红岩新能源重卡、捷氢燃料电池厂房顺利落成"
AS4 = "截至2023年9月"
G["zp04"] = dict(
 article=art("（无标题）蒙苏经济开发区 零碳产业园 采访团走进", "北疆新闻（内蒙古日报社客户端；记者李文华），imline.cn", "2023-09-22", "day",
  "Regional party-media app, Inner Mongolia: a press tour of a banner's autonomous-region-level development zone — its three sub-parks, area, firms, projects over 100 million, total investment, cumulative output and tax, and named firms' plants by status",
  "http://imline.cn/news/yaowen/2023/0923MOH023.html",
  "存段无标题，以导语开头；标题按导语拟（title_note）。日期取电头“鄂尔多斯9月22日消息”（网址 2023/0923）。三条图片说明（李文华摄）已删；存段末的图片说明“华景新材生产电池的原料库…”与中断残句“目前,零碳产业园已经有46”删去，正文截至“…厂房顺利落成。”（cut）。园区：蒙苏经济开发区（自治区级一类园区，city 鄂尔多斯，district 伊金霍洛旗），按“一区三园”管理：零碳产业园（文中又作“远景鄂尔多斯零碳产业园”，此处以该名为准、别名“零碳产业园”）、圣圆产业园、伊金霍洛物流园，皆 parent 蒙苏经济开发区。公司以文中简称列出（远景动力/远景智能、隆基、国鸿、中成榆、华景、上汽红岩、捷氢），park 记蒙苏经济开发区（文中未说在哪个分园）。项目：远景动力电池工厂（投产）、隆基单晶切片厂房（封顶→在建）、中成榆光伏全产业链一期项目（点火运行→投产）、华景磷酸铁锂正极材料/上汽红岩新能源重卡/捷氢燃料电池厂房（落成→竣工）；国鸿电堆下线、远景换电站列可选。园区数字为累计事实。",
  "zp04", title_note="no headline stored; title made from the lead"),
 parks=[
  park(MS, "鄂尔多斯", "内蒙古", "经济开发区（自治区级一类园区）", D0, district="伊金霍洛旗"),
  park(LT, "鄂尔多斯", "内蒙古", "零碳产业园（分园）", "远景鄂尔多斯零碳产业园工作人员韩文清介绍", district="伊金霍洛旗", parent=MS,
       aliases=("零碳产业园",), note="一区三园之一：以清洁能源、新材料为主导"),
  park("圣圆产业园", "鄂尔多斯", "内蒙古", "产业园（分园）", D2, district="伊金霍洛旗", parent=MS),
  park("伊金霍洛物流园", "鄂尔多斯", "内蒙古", "物流园（分园）", D2, district="伊金霍洛旗", parent=MS),
 ],
 companies=[
  comp("远景动力", MS, D4, aliases=("远景智能", "远景"), note="文中“远景动力电池工厂”“远景智能重卡换电站”"),
  comp("隆基", MS, D4),
  comp("国鸿", MS, D4, opt=True),
  comp("中成榆", MS, D4),
  comp("华景", MS, D4),
  comp("上汽红岩", MS, D4),
  comp("捷氢", MS, D4),
 ],
 projects=[
  proj("远景动力电池工厂", MS, D4, companies=["远景动力"], status="投产", status_text="正式投产"),
  proj("隆基单晶切片厂房", MS, D4, companies=["隆基"], status="在建", status_text="成功封顶"),
  proj("中成榆光伏全产业链一期项目", MS, D4, companies=["中成榆"], status="投产", status_text="点火运行", phase="一期"),
  proj("华景磷酸铁锂正极材料", MS, D4, companies=["华景"], status="竣工", status_text="厂房顺利落成", opt=True, note="厂房落成（与下两项同一谓语）"),
  proj("上汽红岩新能源重卡", MS, D4, companies=["上汽红岩"], status="竣工", status_text="厂房顺利落成", opt=True),
  proj("捷氢燃料电池厂房", MS, D4, companies=["捷氢"], status="竣工", status_text="顺利落成"),
  proj("国鸿氢燃料电池电堆", MS, D4, companies=["国鸿"], status="投产", status_text="正式下线", opt=True, note="产品下线"),
  proj("远景智能重卡换电站", LT, "在远景智能重卡换电站记者看到", companies=["远景动力"], opt=True, note="已在运营的换电站"),
 ],
 aggregate_facts=[
  fact(MS, "park", "planned_control_area_km2", 150, "km2", D1, AS4, opt=True),
  fact(MS, "park", "planned_construction_area_km2", 125, "km2", D1, AS4, opt=True),
  fact(MS, "park", "firms", 150, "count", "目前开发区已入驻企业有150家", AS4, kind="cumulative"),
  fact(MS, "park", "projects_over_100m", 74, "count", "亿元以上项目有74个", AS4, kind="cumulative"),
  fact(MS, "park", "projects_total_investment_cny", 1.887e11, "cny", "总投资1887亿元", AS4, kind="cumulative", chk=True),
  fact(MS, "park", "cumulative_industrial_output_cny", 1.91e11, "cny", "累计实现工业总产值达到1910亿元", AS4, kind="cumulative", chk=True),
  fact(MS, "park", "cumulative_tax_cny", 3.25e10, "cny", "累计实现税收325亿元", AS4, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- zp05 原平经济技术开发区 彤晟化工 (富美财经 2023)
YP = "原平经济技术开发区"
CSJ = "“长三角”精细化工科技产业园项目"
E0 = "太忻经济一体化发展原平区年产50万吨生物基复合材料及其下游延伸产品项目暨“长三角”精细化工科技产业园项目在原平经济技术开发区开工奠基"
E1 = "山西彤晟化工有限公司“长三角”精细化工科技产业园,计划投资39亿元,占地约1350亩"
E2 = "分两期建设,一期建设用地300亩,计划投资10亿元,建成投产后产值可达10亿元/年,交缴税金1.2亿元/年"
AS5 = "2023年6月"
G["zp05"] = dict(
 article=art("“长三角”精细化工科技产业园落地山西原平经开区", "富美财经 gzfsmf.com（转载；文末署名罗洪泉，原发处不详）", "2023-06-02", "day",
  "Finance site repost, Shanxi: a company's fine-chemicals industrial park project breaks ground in a county-level city's economic and technological development zone — company, planned investment, land, phases, expected output and tax, officials' remarks",
  "http://gzfsmf.com/119846.html",
  "日期取页面“2023-06-02 富美财经 浏览量:”（已删，连同页尾“为你推荐”）；开工奠基日文中未写。标题照录。转载页，原发媒体不详（署名罗洪泉）。末段引号未闭合，照录。园区：原平经济技术开发区（文中又作“原平经开区”；city 忻州，district 原平市，province 山西）。项目：“长三角”精细化工科技产业园项目，山西彤晟化工有限公司，计划投资39亿元，开工奠基→开工，位于原平经开区；“长三角”精细化工科技产业园本身也可视作园中园，列可选园区。“太忻经济一体化发展原平区年产50万吨生物基复合材料及其下游延伸产品项目”与之以“暨”相连，似为同一开工项目的另一名称，列可选项目（无金额）。一期10亿元、产值、税金等为事实。",
  "zp05"),
 parks=[
  park(YP, "忻州", "山西", "经济技术开发区", E0, district="原平市", aliases=("原平经开区",), note="标题作“山西原平经开区”"),
  park("“长三角”精细化工科技产业园", "忻州", "山西", "园中园（企业建设的产业园）", E1, district="原平市", parent=YP, opt=True,
       note="由山西彤晟化工有限公司建设；主记为项目"),
 ],
 companies=[
  comp("山西彤晟化工有限公司", YP, E1),
 ],
 projects=[
  proj(CSJ, YP, E1, companies=["山西彤晟化工有限公司"], inv="计划投资39亿元", status="开工", status_text="开工奠基",
       aliases=("“长三角”精细化工科技产业园",), note="名称与开工见首段；金额见第二段"),
  proj("太忻经济一体化发展原平区年产50万吨生物基复合材料及其下游延伸产品项目", YP, E0, status="开工", status_text="开工奠基", opt=True,
       note="以“暨”与上一项目并提，可能为同一项目"),
 ],
 aggregate_facts=[
  fact(CSJ, "project", "site_area_mu", 1350, "mu", E1, AS5, qual="约", qtext="约", opt=True),
  fact(CSJ, "project", "phase1_site_area_mu", 300, "mu", "一期建设用地300亩", AS5, opt=True),
  fact(CSJ, "project", "phase1_investment_cny", 1e9, "cny", "计划投资10亿元,建成投产后产值可达10亿元/年", AS5, chk=True),
  fact(CSJ, "project", "phase1_expected_annual_output_cny", 1e9, "cny", "建成投产后产值可达10亿元/年", "一期投产后（预期）", kind="target", chk=True),
  fact(CSJ, "project", "phase1_expected_annual_tax_cny", 1.2e8, "cny", "交缴税金1.2亿元/年", "一期投产后（预期）", kind="target", opt=True, chk=True),
  fact(CSJ, "project", "expected_annual_output_cny", 8e9, "cny", "产业园3—5年内预计实现年产值约80亿元", "3—5年内（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(CSJ, "project", "expected_annual_profit_tax_cny", 5e8, "cny", "实现利税5亿元/年以上", "3—5年内（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact(CSJ, "project", "expected_jobs", 2000, "count", "为原平地区带动就业岗位2000个以上", "3—5年内（预期）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- zp06 晋中国家农高区 (中新网 2024, via 125.65.46.38)
NG = "晋中国家农高区"
GN = "晋中国家农高区功能食品加工园"
HY = "晋中国家农高区海玉食品产业园"
F1 = "该产业园位于晋中国家农高区功能食品加工园,是山西省开发区2023年第三次“三个一批”活动中的“投产一批”项目,该项目总投资2.3亿元,占地308亩,总建筑面积15万平方米"
F2 = "山西农谷黑五类生物科技有限公司是晋中国家农高区引进的一家重点企业。该企业位于太谷区水秀镇张家庄村,总投资3亿元,占地120亩,于2023年7月26日竣工投产"
F3 = "这是其总部在晋中国家农高区打造的“南方食养”北方生产基地,投产达标后可提供就业岗位150人、年产值达5.0亿元"
NF = "“南方食养”北方生产基地"
AS6 = "2024年4月"
G["zp06"] = dict(
 article=art("聚企成“链”、聚链成“群” 山西晋中加速构建特色产业发展新格局", "中国新闻网（中新网晋中4月25日电，作者高雨晴、杨杰英），转载于 125.65.46.38（页面来源行作“广州日报”，2024-06-07）", "2024-04-25", "day",
  "National news agency wire via a mirror page, Shanxi: a press tour in a national agricultural high-tech zone — a food industrial park in production with investment and land, a firm's base completed and in production with investment, land, jobs and expected output",
  "http://125.65.46.38/down/bhvGZyqa/Default.aspx",
  "日期取电头“中新网晋中4月25日电”（页面“来源: 广州日报 2024-06-07 21:13:44”为转载页信息；电头行、题行与“作者 高雨晴 杨杰英”行已删，正文自“25日,…”起）。标题照录。存段在末段“…聚焦功能农业(食品)研发和高新”处中断，该残句（整段一句）删去，正文截至“…全国一流农高区建设。”吴健说。（cut）。园区：晋中国家农高区（国家农业高新技术产业示范区，city 晋中，province 山西）；其功能食品加工园为园中园（parent 晋中国家农高区）。项目1：晋中国家农高区海玉食品产业园，位于功能食品加工园，“投产一批”项目、车间运转→投产，总投资2.3亿元；该产业园亦可视作园区，列可选园区。项目2：山西农谷黑五类生物科技有限公司在农高区的“南方食养”北方生产基地，总投资3亿元，“2023年7月26日竣工投产”→投产（status_alt 竣工）；企业位于太谷区水秀镇张家庄村，文中说是农高区引进企业，park 记晋中国家农高区。",
  "zp06"),
 parks=[
  park(NG, "晋中", "山西", "国家农业高新技术产业示范区", "记者走进晋中国家农高区海玉食品产业园生产车间看到"),
  park(GN, "晋中", "山西", "园中园（功能食品加工园）", F1, parent=NG),
  park(HY, "晋中", "山西", "产业园（食品）", F1, parent=GN, opt=True, note="主记为项目"),
 ],
 companies=[
  comp("山西农谷黑五类生物科技有限公司", NG, F2, note="农高区引进的重点企业；位于太谷区水秀镇张家庄村"),
 ],
 projects=[
  proj(HY, GN, F1, inv="总投资2.3亿元", status="投产", status_text="“投产一批”项目", aliases=("海玉食品产业园",),
       note="山西省开发区2023年第三次“三个一批”活动的投产项目"),
  proj(NF, NG, F2, companies=["山西农谷黑五类生物科技有限公司"], inv="总投资3亿元", status="投产",
       status_text="于2023年7月26日竣工投产", status_alt="竣工", note="以企业整体计：总投资3亿元、占地120亩；名称见下一段“这是其总部在晋中国家农高区打造的“南方食养”北方生产基地”"),
 ],
 aggregate_facts=[
  fact(HY, "project", "site_area_mu", 308, "mu", F1, AS6, opt=True),
  fact(HY, "project", "floor_area_m2", 1.5e5, "m2", F1, AS6, opt=True),
  fact(HY, "project", "local_jobs", 100, "count", "产业园还带动100余名周边村民就业", AS6, qual="余", qtext="余", opt=True),
  fact(NF, "project", "site_area_mu", 120, "mu", F2, AS6, opt=True),
  fact(NF, "project", "expected_jobs", 150, "count", F3, "投产达标后（预期）", kind="target", opt=True),
  fact(NF, "project", "expected_annual_output_cny", 5e8, "cny", "年产值达5.0亿元", "投产达标后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- zp07 伊旗 绿色制造 (鄂尔多斯日报 2025, via nxw.org.cn)
RL = "内蒙古镕锂电池材料有限公司高端石墨材料项目"
H1 = "走进内蒙古镕锂电池材料有限公司高端石墨材料项目施工现场"
H2 = "正在建设的一期项目占地面积500亩,建筑面积19.5万平方米,首期达产后,预计年产值30亿元,利润6亿元,上缴税收3亿元,新增就业岗位500个"
H3 = "近年来,蒙苏经济开发区零碳产业园通过可再生能源利用、智能化管理、绿色产业链构建等举措,探索出一条高质量发展的绿色路径"
AS7 = "2025年9月"
G["zp07"] = dict(
 article=art("伊旗:绿色制造产业成为新的经济增长点", "鄂尔多斯日报（作者鄂轩，编辑塔拉），转载于 nxw.org.cn", "2025-09-01", "day",
  "City daily via a repost site, Inner Mongolia: a banner's green manufacturing — a battery-anode graphite project under construction with phase-1 land, floor area and expected output, profit, tax, jobs; a solar-thermal maker's upgrade; the zone's zero-carbon park",
  "https://nxw.org.cn/webnews/a/f/b/d/content_186943.shtml",
  "日期取页面“发布时间:2025年09月01日 09:49:10”（已删，连同作者/来源/编辑行与“|”）。标题照录。存段在末段“园区的远景科技、隆基绿能、华友钴业等10”处中断，该残句删去，正文截至“…绿色路径。”（cut）。园区：蒙苏经济开发区及其零碳产业园（文中“蒙苏经济开发区零碳产业园”；city 鄂尔多斯，district 伊金霍洛旗）。项目：内蒙古镕锂电池材料有限公司高端石墨材料项目，施工现场、设备安装→在建，一期；无总投资；文中未说其位于哪个园区，park null。公司：内蒙古镕锂电池材料有限公司、内蒙古百川光热科技有限公司（位置文中未说，park null）。“1400多万元”新型设备为可选事实（“多”非数字+万元，value 1.4e7 记 qualifier 余，metric 不以 _cny 结尾）。",
  "zp07"),
 parks=[
  park("蒙苏经济开发区", "鄂尔多斯", "内蒙古", "经济开发区", H3, district="伊金霍洛旗"),
  park("零碳产业园", "鄂尔多斯", "内蒙古", "零碳产业园（分园）", H3, district="伊金霍洛旗", parent="蒙苏经济开发区",
       note="文中作“蒙苏经济开发区零碳产业园”"),
 ],
 companies=[
  comp("内蒙古镕锂电池材料有限公司", None, H1, note="位置文中未说（伊金霍洛旗）"),
  comp("内蒙古百川光热科技有限公司", None, "内蒙古百川光热科技有限公司是内蒙古自治区唯一一家落地并量产的光热发电制造企业", note="位置文中未说"),
 ],
 projects=[
  proj(RL, None, H1, companies=["内蒙古镕锂电池材料有限公司"], status="在建", status_text="施工现场…石墨化一厂房正在进行设备安装", phase="一期",
       note="力争9月底建成投产；全市首个电池负极材料一体化项目"),
 ],
 aggregate_facts=[
  fact(RL, "project", "phase1_site_area_mu", 500, "mu", H2, AS7, opt=True),
  fact(RL, "project", "phase1_floor_area_m2", 1.95e5, "m2", H2, AS7, opt=True),
  fact(RL, "project", "expected_annual_output_cny", 3e9, "cny", "预计年产值30亿元,利润6亿元,上缴税收3亿元", "首期达产后（预期）", kind="target", chk=True),
  fact(RL, "project", "expected_annual_profit_cny", 6e8, "cny", "利润6亿元,上缴税收3亿元", "首期达产后（预期）", kind="target", opt=True, chk=True),
  fact(RL, "project", "expected_annual_tax_cny", 3e8, "cny", "上缴税收3亿元", "首期达产后（预期）", kind="target", opt=True, chk=True),
  fact(RL, "project", "expected_jobs", 500, "count", "新增就业岗位500个", "首期达产后（预期）", kind="target", opt=True),
  fact("内蒙古百川光热科技有限公司", "company", "new_equipment_investment", 1.4e7, "cny", "我们新增了1400多万元的新型设备", AS7, qual="余", qtext="多", opt=True),
 ])
