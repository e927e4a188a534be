# real130 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (37% → 0.37; “增长35倍” → 35.0, the multiple as written). Projects: the park is the one the text places the project
# in. Status from the text's words (开工 / 开建 / 启动 / 集中开工 → 开工; 正在加快建设 / 抓紧建设 / 稳步推进 / 新建 → 在建;
# 已完工投用 → 竣工 (schools, hospital, housing: not 投产)). “计划/预计” figures are kind
# target; year-to-date and “累计 / 两年来 / 2020年以来” counts are cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/yvNN.raw as returned.

# ---------------------------------------------------------------- yv01 洋浦保税港区 (中新社 interview, 中新网海南 2021)
YP = "洋浦保税港区"
YE = "洋浦经济开发区"
A0 = "洋浦保税港区是海南率先落实自贸港政策的区域,为全岛封关进行政策压力测试"
A1 = "对园区闲置土地和厂房加快处置,同时新建13万平方米的标准厂房,为后续项目落地创造条件"
A2 = "如利用加工增值30%以上免关税政策,吸引大批健康食品、高新技术、保税维修、旅游消费品制造等企业落户,目前有20个项目开工建设"
A3 = "新设企业数量、经营总收入、固定资产投资、外贸额分别同比增长35倍、20倍、30倍和4.6倍"
G["yv01"] = dict(
 article=art("建设自贸港“样板间” 海南洋浦全力烧开保税港区“这壶水”", "中新社（记者杨旭、王子谦），载于中新网海南 hi.chinanews.com", "2021-02-25", "day",
  "News-agency interview relayed by its provincial site, Hainan: the party secretary of a national economic development zone on its bonded port area — role as policy test zone, standard factories built, projects started, 2020 growth multiples of new firms, revenue, investment and foreign trade",
  "https://www.hi.chinanews.com/hnnew/2021-02-25/568131.html",
  "日期取页面“2021年02月25日 10:54 来源:中新网海南”（中新社电头为2月21日）。标题照录；日期来源行删。正文首段为中新网的转载说明（“菲律宾《菲律宾华报》…采用中新社海南分社稿件,题目:…”），如页面所载保留。存段末行“‘跟以前比增”在引语中中断，整行删去，正文截至“…30倍和4.6倍。”，共七段。园区：洋浦保税港区（儋州，海南；在洋浦经济开发区内，母园区按常识与文意）；洋浦经济开发区（文中作“海南洋浦经济开发区”“洋浦”）。无公司、无具名项目；“保税港区整体风貌提升工程”（启动）列为可选项目。事实：新建标准厂房13万平方米；“目前有20个项目开工建设”（截至2021年2月，cumulative；主语“洋浦”，语境为保税港区）；2020年四项指标“同比增长35倍、20倍、30倍和4.6倍”按字面倍数记为 ratio 35.0/20.0/30.0/4.6（“增长N倍”可能被理解为 N+1 倍，见 note）。“加工增值30%以上”为政策门槛，不计。",
  "yv01"),
 parks=[
  park(YP, "儋州", "海南", "保税港区", A0, parent=YE, note="文中又作“保税港区”；在洋浦经济开发区内"),
  park(YE, "儋州", "海南", "经济开发区", "海南洋浦经济开发区工委书记周军平近日接受中新社“中国焦点面对面”专访时如是说",
       aliases=["海南洋浦经济开发区", "洋浦"], note="国家级开发区；文中多作“洋浦”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("保税港区整体风貌提升工程", YP, "包括完善海关监管设施,启动保税港区整体风貌提升工程", status="开工", status_text="启动",
       opt=True, note="“启动”，无金额"),
  proj("标准厂房", YP, A1, status="在建", status_text="新建", opt=True, note="13万平方米；未具名"),
 ],
 aggregate_facts=[
  fact(YP, "park", "standard_factory_floor_area_m2", 130000, "m2", A1, "2021年2月（新建）"),
  fact(YP, "park", "projects_started", 20, "count", A2, "截至2021年2月", kind="cumulative", note="主语“洋浦”，语境为保税港区招商"),
  fact(YP, "park", "new_firms_yoy_growth", 35.0, "ratio", A3, "2020年", kind="ratio", note="“同比增长35倍”按字面记35.0"),
  fact(YP, "park", "revenue_yoy_growth", 20.0, "ratio", A3, "2020年", kind="ratio", note="经营总收入；“增长20倍”"),
  fact(YP, "park", "fixed_asset_investment_yoy_growth", 30.0, "ratio", A3, "2020年", kind="ratio", note="“增长30倍”"),
  fact(YP, "park", "foreign_trade_yoy_growth", 4.6, "ratio", A3, "2020年", kind="ratio", note="外贸额；“增长4.6倍”"),
 ])

# ---------------------------------------------------------------- yv02 崖州湾科技城 南繁 (海南日报 via 中国证券网 2021)
YZ = "三亚崖州湾科技城"
B0 = "在2月27日举办的重点项目集中签约活动上,10个重点项目入驻三亚崖州湾科技城(以下简称科技城),占三亚全市签约项目数的70%,为南繁发展汇聚强劲动力"
B1 = "两年来,科技城新增注册企业2290家,完成254个项目签约落户,其中南繁相关项目65个"
B2 = "不仅包括先正达、德国科沃施、荷兰科因公司等“全球行业巨头”,还覆盖了8家中国前十强的种业重点龙头企业"
B3 = "中科院种子创新研究院、中国农业科学院、中国热科院等“国字号”大院大所和国家级顶尖科创机构纷纷抢滩进驻"
B4 = "近日,在隆平生物的遗传转化实验室内,科研人员正专注于开展玉米等作物抗虫新基因等生物育种关键“芯片”技术研究,“国家生物育种重大专项——抗虫玉米CM8101产业化项目”等正稳步推进"
AS2 = "2019年–2021年2月（两年来）"
G["yv02"] = dict(
 article=art("三亚强化精准招商 推动崖州湾科技城布局南繁全产业链", "海南日报（黄媛艳），载于中国证券网 news.cnstock.com", "2021-03-01", "day",
  "Provincial party daily relayed by a financial news site, Hainan: a science-and-technology city's seed-industry (南繁) investment drive — ten projects signed at a city signing, firms registered and projects signed in two years, named global seed firms and institutes, one firm's project under way",
  "https://news.cnstock.com/news,yw-202103-4664297.htm",
  "日期取页面“2021-03-01 10:48:26 来源:海南日报 作者:黄媛艳”（该行删）。标题为转载页标题；小标题“南繁热度提升产业亮度”“集聚全球优质企业”作段落保留。存段末行小标题“引优企促产业提质——全球前”中断，整行删去，正文截至“…着力打造“南繁硅谷”。”。园区：三亚崖州湾科技城（文中简称“科技城”；三亚，海南）。公司：先正达、德国科沃施、荷兰科因公司（南繁相关签约落户项目中的“全球行业巨头”）、隆平生物（实验室在科技城）均归科技城。机构：中科院种子创新研究院、中国农业科学院、中国热科院（抢滩进驻，可选）；科技城管理局（可选）。项目：抗虫玉米CM8101产业化项目（隆平生物；“正稳步推进”→在建）。事实：2月27日签约活动10个项目入驻、占全市70%；两年来新增注册企业2290家、签约落户254个项目、其中南繁相关65个（cumulative）；8家前十强种业企业（可选）。",
  "yv02"),
 parks=[
  park(YZ, "三亚", "海南", "科技城", B0, aliases=["科技城"], note="海南自贸港重点园区；文中简称“科技城”"),
 ],
 companies=[
  comp("先正达", YZ, B2, note="南繁相关签约落户项目中的“全球行业巨头”"),
  comp("德国科沃施", YZ, B2, note="同上"),
  comp("荷兰科因公司", YZ, B2, note="同上"),
  comp("隆平生物", YZ, B4, note="遗传转化实验室在科技城"),
 ],
 institutions=[
  inst("中科院种子创新研究院", B3, kind="research", park=YZ),
  inst("中国农业科学院", B3, kind="research", park=YZ),
  inst("中国热科院", B3, kind="research", park=YZ),
  inst("科技城管理局", "科技城管理局副局长蒋志敏透露,以种业为核心", park=YZ),
 ],
 projects=[
  proj("抗虫玉米CM8101产业化项目", YZ, B4, companies=["隆平生物"], status="在建", status_text="正稳步推进",
       aliases=["国家生物育种重大专项——抗虫玉米CM8101产业化项目"], note="国家生物育种重大专项；无金额"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "projects_signed", 10, "count", B0, "2021年2月27日（重点项目集中签约）", note="“10个重点项目入驻”"),
  fact(YZ, "park", "share_of_city_signed_projects", 0.70, "ratio", B0, "2021年2月27日（重点项目集中签约）", kind="ratio", opt=True),
  fact(YZ, "park", "new_registered_firms", 2290, "count", B1, AS2, kind="cumulative"),
  fact(YZ, "park", "projects_signed", 254, "count", B1, AS2, kind="cumulative", note="签约落户"),
  fact(YZ, "park", "seed_industry_projects_signed", 65, "count", B1, AS2, kind="cumulative", note="南繁相关项目"),
  fact(YZ, "park", "top10_seed_firms", 8, "count", B2, AS2, kind="cumulative", opt=True, note="中国前十强种业重点龙头企业"),
 ])

# ---------------------------------------------------------------- yv03 海口江东新区 2022 review (投资海口 hiipb 2023)
JD = "海口江东新区"
ZB = "总部经济区"
LK = "临空经济区"
C0 = "2022年,海口江东新区营收突破3000亿元、增长37%,税收收入57亿元,增长28%"
C1 = "2022年固投完成数在全省重点园区、全市均排名第一,其中社会投资占比从2020年的30%提升至2022年的56%"
C2 = "2020年以来,累计238个项目投入建设,总投资1556亿元,累计完工86个项目"
C3 = "江东寰岛高级学校、南渡江东岸小学、金域仕家安居房、省中医院江东新院区等16个教育、医疗、安居项目已完工投用"
C4 = "2020年以来,累计招引重点企业231家,其中世界500强企业38家"
C5 = "总部经济区签约落地重点企业67家,区域内共70宗地块已出让48宗"
C6 = "临空经济区聚焦航空运输、仓储物流、航空维修等细分产业,签约落地顺丰、菜鸟等重点企业47家"
AS3 = "2020年–2023年初（2020年以来）"
G["yv03"] = dict(
 article=art("海口江东新区:打造“现代服务业示范区”", "海口江东新区、海南自由贸易港微信公众号，载于投资海口 hiipb.com（海口市投资促进局网站）", "2023-03-05", "day",
  "City investment-promotion portal relaying a park's official account, Hainan: a new area's 2022 results — revenue, tax, investment share, projects built and completed since 2020, named public projects completed, firms attracted, headquarters and airport-economy zones' signed firms",
  "http://hiipb.com/news/show-25121.html",
  "日期取页面“发布日期:2023/3/5 10:25:46”。标题照录；站头菜单、发布日期行与两处“图片”占位删去。存段在末句“跨境电商产业美兰机”处中断，该残句删去（make_txt.py LINE_SUFFIX），正文以“…重点企业47家;”结束（分号照录），共十段，小标题两段保留。园区：海口江东新区（文中又作“江东新区”；海口，海南）；总部经济区、临空经济区为新区内片区（可选，母园区江东新区）；生态CBD 只作建设内容，不列。公司：顺丰、菜鸟（签约落地临空经济区）。项目：江东寰岛高级学校、南渡江东岸小学、金域仕家安居房、省中医院江东新院区（“已完工投用”→竣工；公共服务项目，可选）。事实：2022年营收突破3000亿元（超）、增长37%，税收57亿元、增长28%，社会投资占比56%；2020年以来238个项目投入建设、总投资1556亿元、完工86个（cumulative）；重点企业231家、世界500强38家；总部经济区67家、临空经济区47家；21项“首单”、路网29项、62.3km 可选。",
  "yv03"),
 parks=[
  park(JD, "海口", "海南", "新区", C0, aliases=["江东新区"], note="海南自贸港重点园区"),
  park(ZB, "海口", "海南", "片区（新区内）", C5, parent=JD, opt=True),
  park(LK, "海口", "海南", "片区（新区内）", C6, parent=JD, opt=True),
 ],
 companies=[
  comp("顺丰", LK, C6, note="签约落地临空经济区"),
  comp("菜鸟", LK, C6, note="签约落地临空经济区"),
 ],
 institutions=[],
 projects=[
  proj("江东寰岛高级学校", JD, C3, status="竣工", status_text="已完工投用", opt=True, note="教育项目；已完工投用"),
  proj("南渡江东岸小学", JD, C3, status="竣工", status_text="已完工投用", opt=True),
  proj("金域仕家安居房", JD, C3, status="竣工", status_text="已完工投用", opt=True),
  proj("省中医院江东新院区", JD, C3, status="竣工", status_text="已完工投用", opt=True),
 ],
 aggregate_facts=[
  fact(JD, "park", "revenue_cny", 3e11, "cny", C0, "2022年", qual="超", qtext="突破", chk=True),
  fact(JD, "park", "revenue_yoy_growth", 0.37, "ratio", C0, "2022年", kind="ratio"),
  fact(JD, "park", "tax_revenue_cny", 5.7e9, "cny", "税收收入57亿元,增长28%", "2022年", chk=True),
  fact(JD, "park", "tax_revenue_yoy_growth", 0.28, "ratio", "税收收入57亿元,增长28%", "2022年", kind="ratio"),
  fact(JD, "park", "social_investment_share", 0.56, "ratio", C1, "2022年", kind="ratio", opt=True),
  fact(JD, "park", "projects_started", 238, "count", C2, AS3, kind="cumulative", note="“投入建设”"),
  fact(JD, "park", "projects_total_investment_cny", 1.556e11, "cny", C2, AS3, kind="cumulative", chk=True),
  fact(JD, "park", "projects_completed", 86, "count", C2, AS3, kind="cumulative"),
  fact(JD, "park", "key_firms_attracted", 231, "count", C4, AS3, kind="cumulative"),
  fact(JD, "park", "fortune500_firms", 38, "count", C4, AS3, kind="cumulative"),
  fact(ZB, "park", "key_firms_signed", 67, "count", C5, "截至2023年初", kind="cumulative"),
  fact(ZB, "park", "land_parcels_sold", 48, "count", C5, "截至2023年初", kind="cumulative", opt=True, note="共70宗"),
  fact(LK, "park", "key_firms_signed", 47, "count", C6, "截至2023年初", kind="cumulative"),
  fact(JD, "park", "ftp_first_cases", 21, "count", "目前,江东新区成功实现21项自贸港“首单”业务突破", "截至2023年初", kind="cumulative", opt=True),
  fact(JD, "park", "road_projects_opened", 29, "count", "累计29个路网项目顺利通车,实现完工道路总里程62.3km", AS3, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yv04 广东海南先进制造业合作产业园 (海南日报 2024)
GH = "广东海南先进制造业合作产业园"
HK = "海口国家高新区"
D0 = "广东海南先进制造业合作产业园目前已落地康佳集团等27个项目,完成投资1.2亿元"
D1 = "今年计划新引入企业30家,累计落地企业40家,达产后新增年产值15亿元"
D2 = "据了解,广东海南先进制造业合作产业园由广州高新区管委会和海口国家高新区管委会合作共建,规划面积16.81平方公里"
D3 = "该合作产业园于今年1月13日开工建设,已落地康佳集团等27个项目,总投资56.9亿元"
D4 = "并谋划建设保障房项目、文体中心、标准厂房等公共配套,估算总投资约100亿元"
D5 = "3月19日,海口市政府与广州市政府联合在广州举办合作产业园投资推介会,现场签约41家企业,总投资约43亿元,其中22个签约高新区项目现已落地16个"
D6 = "6月13日,在东莞举办合作产业园专场推介活动,现场签约琼粤产业投资基金及栗栗生医疗等6家企业,总投资约11.2亿元"
D7 = "今年以来,海口市先后21次赴粤招商引资,对接广东企业90余家,签约项目28个,储备重点目标项目66个"
AS4 = "截至2024年7月初"
G["yv04"] = dict(
 article=art("广东海南先进制造业合作产业园合作有序推进 今年计划新引入企业30家", "海南日报（海南日报全媒体记者郭萃），news.hndaily.cn 电子版 003版", "2024-07-04", "day",
  "Provincial party daily e-paper, Hainan: a cross-province co-built manufacturing park inside a national high-tech zone — projects landed and investment, year's target, planned area and supporting facilities, two investment-promotion events with firms and a fund signed",
  "http://news.hndaily.cn/html/2024-07/04/content_58466_17583395.htm",
  "日期取电子版页头“2024年07月04日 星期四”（“本报海口7月3日讯”）。标题两行（主题+副题）以空格连成一行；报系菜单、版面导航删去。存段末行“作为落地企业之一,广东大智汇控股集团”中断，整行删去，正文截至“…总投资约11.2亿元。”，共三段。园区：广东海南先进制造业合作产业园（文中又作“合作产业园”；在海口国家高新区，由广州高新区管委会与海口国家高新区管委会合作共建；海口，海南）；海口国家高新区；广州高新区（合作方，可选；广东）。公司：康佳集团（已落地）、栗栗生医疗（东莞推介会签约）归合作产业园。基金：琼粤产业投资基金（东莞推介会签约，规模未写）。无具名项目（“康佳集团等27个项目”未具项目名）。事实：已落地27个项目、完成投资1.2亿元、总投资56.9亿元（cumulative）；今年计划新引入企业30家、累计落地40家、达产后新增年产值15亿元（target）；规划面积16.81平方公里；公共配套估算约100亿元（可选）；3月19日推介会签约41家约43亿元、其中22个高新区项目已落地16个；6月13日签约6家约11.2亿元；海口市赴粤招商签约项目28个（可选）。",
  "yv04", title_note="主题“广东海南先进制造业合作产业园合作有序推进”，副题“今年计划新引入企业30家”"),
 parks=[
  park(GH, "海口", "海南", "合作产业园（粤琼共建）", D0, parent=HK, aliases=["合作产业园"], note="广州高新区管委会与海口国家高新区管委会合作共建；2024年1月13日开工建设"),
  park(HK, "海口", "海南", "国家高新区", "海南日报记者7月3日从海口国家高新区获悉", note="文中“签约高新区项目”之“高新区”指此"),
  park("广州高新区", "广州", "广东", "国家高新区", D2, opt=True, note="合作共建方，只以“广州高新区管委会”出现"),
 ],
 companies=[
  comp("康佳集团", GH, D0, note="已落地"),
  comp("栗栗生医疗", GH, D6, note="6月13日东莞推介活动现场签约"),
 ],
 institutions=[
  inst("广州高新区管委会", D2, park="广州高新区"),
  inst("海口国家高新区管委会", D2, park=HK),
  inst("海口市政府", D5),
  inst("广州市政府", D5),
 ],
 projects=[],
 funds=[
  fund("琼粤产业投资基金", GH, D6, note="东莞专场推介活动现场签约；规模、管理人未写"),
 ],
 aggregate_facts=[
  fact(GH, "park", "projects_landed", 27, "count", D0, AS4, kind="cumulative"),
  fact(GH, "park", "investment_completed_cny", 1.2e8, "cny", D0, AS4, kind="cumulative", chk=True),
  fact(GH, "park", "projects_total_investment_cny", 5.69e9, "cny", "已落地康佳集团等27个项目,总投资56.9亿元", AS4, kind="cumulative", chk=True),
  fact(GH, "park", "firms_to_introduce", 30, "count", D1, "2024年（计划）", kind="target"),
  fact(GH, "park", "firms", 40, "count", D1, "2024年末（计划）", kind="target", opt=True, note="累计落地企业"),
  fact(GH, "park", "expected_annual_output_cny", 1.5e9, "cny", "达产后新增年产值15亿元", "达产后（预计）", kind="target", chk=True),
  fact(GH, "park", "planned_area_km2", 16.81, "km2", D2, "2024年7月"),
  fact(GH, "park", "supporting_facilities_estimated_investment_cny", 1e10, "cny", D4, "2024年7月（估算）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(GH, "park", "firms_signed", 41, "count", D5, "2024年3月19日（广州推介会）"),
  fact(GH, "park", "signed_investment_cny", 4.3e9, "cny", "现场签约41家企业,总投资约43亿元", "2024年3月19日（广州推介会）", qual="约", qtext="约", chk=True),
  fact(HK, "park", "signed_projects_landed", 16, "count", "其中22个签约高新区项目现已落地16个", AS4, kind="cumulative", opt=True, note="22个签约高新区项目中"),
  fact(GH, "park", "firms_signed", 6, "count", D6, "2024年6月13日（东莞推介活动）"),
  fact(GH, "park", "signed_investment_cny", 1.12e9, "cny", "现场签约琼粤产业投资基金及栗栗生医疗等6家企业,总投资约11.2亿元", "2024年6月13日（东莞推介活动）", qual="约", qtext="约", chk=True),
  fact(GH, "park", "projects_signed", 28, "count", D7, "2024年1月–7月初", kind="cumulative", opt=True, note="海口市赴粤招商签约项目（为合作产业园）"),
 ])

# ---------------------------------------------------------------- yv05 文昌国际航天城 (中新社 via 新浪海南 2023)
WC = "文昌国际航天城"
WCO = "海南国际商业航天发射有限公司"
E0 = "“我们每天24小时施工,确保2024年二季度按期首飞。”在位于海南文昌的海南商业航天发射场建设工地,海南国际商业航天发射有限公司党委副书记郭强26日向记者介绍说,1号发射工位勤务塔5月已封顶,正在进行回转平台挂座安装,2号发射工位和3号发射工位正在加快建设"
E1 = "2022年7月开建的海南商业航天发射场,是中国目前唯一的商业航天发射场,其加快建设准备首飞,也是文昌国际航天城“起飞”的写照"
E2 = "也可以看到周围抓紧建设的卫星总装测试厂房、遥感卫星综合数据应用平台,已实现功能性通车的“三横五纵”路网就在眼前"
E3 = "文昌国际航天城管理局常务副局长董承华说,文昌国际航天城已完成约37亿元(人民币,下同)的基础设施建设投资"
G["yv05"] = dict(
 article=art("探访文昌国际航天城:未来或每年发射四五十次", "中新社（图片署名中新社记者蒋启明；文字记者存段未示），载于新浪海南 hainan.sina.cn", "2023-06-28", "day",
  "News-agency site visit relayed by a portal's provincial channel, Hainan: a space-industry park — the commercial launch site under construction with its operator, facilities being built in the start-up area, infrastructure investment completed",
  "https://hainan.sina.cn/news/hnyw/2023-06-28/detail-imyyvafv2899765.d.html?pos=404",
  "日期取网址 2023-06-28（文中“26日”为采访日）。存段无日期行、无电头。标题照录。图片说明一段（“6月26日,航拍海南文昌国际航天城产业服务中心。…中新社记者 蒋启明 摄”）删去（make_txt.py inner_drop）。存段末行“董承华说,目前”中断，整行删去，正文截至“…不到10分钟车程。”，共四段。园区：文昌国际航天城（文昌，海南；海南自贸港重点园区）；“起步区”只作位置，不列。公司：海南国际商业航天发射有限公司（发射场建设运营方，在航天城）。项目：海南商业航天发射场（2022年7月开建、正在加快建设→在建；计划2024年二季度首飞；无金额）；卫星总装测试厂房、遥感卫星综合数据应用平台（“抓紧建设”→在建）；人才房、商业办公等城市综合体项目（已开工建设，可选）。1号/2号/3号发射工位为发射场组成部分，不另列。海南文昌航天发射场为既有国家发射场，不列项目。事实：基础设施建设投资约37亿元（cumulative）。",
  "yv05"),
 parks=[
  park(WC, "文昌", "海南", "航天城（重点园区）", E1, note="2020年6月挂牌"),
 ],
 companies=[
  comp(WCO, WC, E0, note="海南商业航天发射场建设运营方"),
 ],
 institutions=[
  inst("文昌国际航天城管理局", E3, park=WC),
 ],
 projects=[
  proj("海南商业航天发射场", WC, E1, companies=[WCO], status="在建", status_text="2022年7月开建；加快建设准备首飞",
       status_alt="开工", note="中国目前唯一的商业航天发射场；确保2024年二季度按期首飞；1号工位勤务塔5月已封顶"),
  proj("卫星总装测试厂房", WC, E2, status="在建", status_text="抓紧建设"),
  proj("遥感卫星综合数据应用平台", WC, E2, status="在建", status_text="抓紧建设"),
  proj("城市综合体项目", WC, "人才房、商业办公等城市综合体项目已开工建设", status="开工", status_text="已开工建设", opt=True,
       note="人才房、商业办公等"),
 ],
 aggregate_facts=[
  fact(WC, "park", "infrastructure_investment_completed_cny", 3.7e9, "cny", E3, "截至2023年6月", kind="cumulative", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- yv06 福州保税港区 自贸区挂牌 (中新社 via 中国经济网 2015)
FZ = "福州保税港区"
FP = "福建自贸试验区福州片区"
F0 = "福州保税港区有9.86平方公里的区域纳入福建自贸试验区福州片区,是福州片区海关特殊监管区域核心区"
F1 = "据悉,受自贸区虹吸效应,福州保税港区在昨日即有36家企业注册,注册资本达5.95亿元人民币"
F2 = "其中,外资企业有3家,注册资本1333.76万美元"
F3 = "为便利企业注册而成立的福州保税港区商务秘书服务有限公司,一个多月来已为116家新设立企业提供了服务,实现工商登记“一址多企”"
AS6 = "2015年4月21日（自贸试验区挂牌当日）"
G["yv06"] = dict(
 article=art("（无标题）福州保税港区迎自贸区新机遇 挂牌当日36家企业注册", "中新社（“向中新社记者表示”；记者名存段未示），载于中国经济网地方频道 district.ce.cn", "2015-04-22", "day",
  "News-agency report relayed by a national economic portal's regional channel, Fujian: a bonded port area on the day after the free-trade zone opened — area included in the zone, functions, firms registered on opening day with capital, a one-stop service hall, a registration-service company",
  "http://district.ce.cn/newarea/roll/201504/22/t20150422_5181337.shtml",
  "日期取网址 201504/22（文中“22日”表示、“21日挂牌”、“昨日”=4月21日）。存段无标题（title 为编者概括）、无日期行；首行为配图说明（“3月26日,…王东明 摄”），删去。存段末行“2010年获批设立的福州保税港区,由福州保税物流园区 、铁路物”中断，整行删去，正文截至“…海峡两岸大宗商品展示交易中心。”，共七段。园区：福州保税港区（福州，福建；位于福清江阴半岛，文中未写）；福建自贸试验区福州片区（可选；保税港区9.86平方公里纳入其中）。公司：福州保税港区商务秘书服务有限公司。机构：福州保税港区管理委员会（可选）。无项目。事实：挂牌当日36家企业注册、注册资本5.95亿元；外资企业3家、注册资本1333.76万美元（美元，*_usd）；纳入自贸区面积9.86平方公里；商务秘书公司服务116家新设企业（可选）。综合服务大厅面积与窗口数不计。",
  "yv06"),
 parks=[
  park(FZ, "福州", "福建", "保税港区", F0, note="2010年获批；海关特殊监管区域"),
  park(FP, "福州", "福建", "自由贸易试验区片区", F0, opt=True, note="中国(福建)自由贸易试验区福州片区；2015年4月21日挂牌"),
 ],
 companies=[
  comp("福州保税港区商务秘书服务有限公司", FZ, F3),
 ],
 institutions=[
  inst("福州保税港区管理委员会", "福州保税港区管理委员会副主任肖文静22日向中新社记者表示", park=FZ),
 ],
 projects=[],
 aggregate_facts=[
  fact(FZ, "park", "area_in_ftz_km2", 9.86, "km2", F0, "2015年4月", opt=True),
  fact(FZ, "park", "firms_registered", 36, "count", F1, AS6),
  fact(FZ, "park", "registered_capital_cny", 5.95e8, "cny", F1, AS6, chk=True),
  fact(FZ, "park", "foreign_firms_registered", 3, "count", F2, AS6, opt=True),
  fact(FZ, "park", "foreign_registered_capital_usd", 1.33376e7, "usd", F2, AS6, opt=True),
  fact("福州保税港区商务秘书服务有限公司", "company", "new_firms_served", 116, "count", F3, "2015年3月–4月（一个多月来）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yv07 湛江综合保税区 调研 (湛江市商务局 2021)
ZJ = "湛江综合保税区"
H0 = "目前,综保区产业发展规划已经编制完成,第一批拟入区项目21个"
G["yv07"] = dict(
 article=art("（无标题）湛江市委书记调研综合保税区建设 第一批拟入区项目21个", "湛江市商务局，载于湛江跨境电商公共服务平台 zjcbec.singlewindow.gd.cn", "2021-05-28", "day",
  "City commerce bureau notice on a provincial single-window site, Guangdong: the party secretary inspects a comprehensive bonded zone under preparation — acceptance target, development plan done, first batch of projects to enter",
  "https://zjcbec.singlewindow.gd.cn/news_content.thtml?id=419",
  "日期取页面“时间:2021-05-28 11:28:09 来源:湛江市商务局”（该行删；调研在5月24日）。存段无标题（title 为编者概括）。正文三段，完整。园区：湛江综合保税区（文中又作“综保区”“综合保税区”；湛江，广东；2020年12月获批，文中未写）。机构：湛江综合保税区筹备建设委员会、湛江海关、市商务局（可选）。无公司、无具名项目。事实：第一批拟入区项目21个（reported，as_of 2021年5月）。“获批后一年内首期通过封关验收”为目标任务，不作数值事实。",
  "yv07"),
 parks=[
  park(ZJ, "湛江", "广东", "综合保税区", "全力推动湛江综合保税区规划建设和招商引资等各项工作,取得良好成效", aliases=["综保区"], note="文中又作“综合保税区”"),
 ],
 companies=[],
 institutions=[
  inst("湛江综合保税区筹备建设委员会", "今年以来,湛江综合保税区筹备建设委员会在市委、市政府的坚强领导下", park=ZJ),
  inst("湛江海关", "积极会同湛江海关等部门紧紧瞄定“获批后一年内首期通过封关验收”的目标任务"),
  inst("市商务局", "市政协副主席、市商务局局长杨文光同志介绍", note="湛江市商务局"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZJ, "park", "projects_planned", 21, "count", H0, "2021年5月", note="第一批拟入区项目"),
 ])

# ---------------------------------------------------------------- yv08 海口 重点园区 集中开工 (海口日报 via 投资海口 2024)
GX = "海口国家高新区"
K0 = "8月30日,海口江东新区开工项目5个,总投资17亿元,将有效助推园区产业集聚,提升优质人才、企业吸引力"
K1 = "其中,美华航空(海南)智慧产业园项目总投资2.6亿元,建成后将助力提升海口航空物流产业发展水平"
K2 = "集中开工项目中,美恩康信药品研发技术服务平台项目和斯达制药新建口服制剂药品生产车间(含配套设施)项目选择落地海口国家高新区"
K3 = "今年上半年,海口国家高新区签约实质合同项目56个,新增签约实质合同金额约109.1亿元,完成固定资产投资57.7亿元"
G["yv08"] = dict(
 article=art("（无标题）海口四大重点园区项目促发展 江东新区开工项目5个总投资17亿元", "海口日报（图片署名海口日报记者苏弼坤、康登淋；文字记者存段未示），载于投资海口 en.hiipb.com", "2024-08/09（8月30日开工仪式之后；存段无日期行）", "month",
  "City daily relayed by the city investment-promotion portal, Hainan: the city's key parks after a batch groundbreaking — a new area's five projects started with one named airport-logistics project and its amount, two pharma projects started in the high-tech zone, the zone's half-year signing and investment figures",
  "http://en.hiipb.com/news/show-27159.html",
  "存段无标题、无日期行（title 为编者概括）；“海口市2024年第三批重大项目集中开工仪式”在8月30日，发表在其后（2024年8月底或9月，精确日期未知）。两段图片说明（“江东新区海南出版产业大厦项目现场,…苏弼坤 摄”“俯瞰东湖高新海口生物城项目,…康登淋 摄”）删去（make_txt.py inner_drop），因此海南出版产业大厦、东湖高新海口生物城不在正文。存段末句“下半年”中断，该残字删去（LINE_SUFFIX），正文截至“…完成固定资产投资57.7亿元。”，共七段，小标题“重大项目快速推进”保留。园区：海口江东新区（又作“江东新区”）、海口国家高新区；“海口四大重点园区”未列名。项目：美华航空(海南)智慧产业园项目（江东新区，总投资2.6亿元，8月30日集中开工→开工；首段作“美华航空(海南)智慧产业园建设项目”，列为别名）；美恩康信药品研发技术服务平台项目、斯达制药新建口服制剂药品生产车间(含配套设施)项目（海口国家高新区，集中开工→开工）。公司：斯达制药（只在项目名中，可选）。事实：江东新区当日开工5个、总投资17亿元；高新区上半年签约实质合同项目56个、金额约109.1亿元、固投57.7亿元（cumulative）。",
  "yv08"),
 parks=[
  park(JD, "海口", "海南", "新区", K0, aliases=["江东新区"], note="海南自贸港重点园区"),
  park(GX, "海口", "海南", "国家高新区", K2),
 ],
 companies=[
  comp("斯达制药", GX, K2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("美华航空(海南)智慧产业园项目", JD, K1, inv="总投资2.6亿元", status="开工", status_text="集中开工",
       aliases=["美华航空(海南)智慧产业园建设项目"], note="2024年8月30日海口市第三批重大项目集中开工；航空物流"),
  proj("美恩康信药品研发技术服务平台项目", GX, K2, status="开工", status_text="集中开工项目中…选择落地", note="2024年8月30日集中开工"),
  proj("斯达制药新建口服制剂药品生产车间(含配套设施)项目", GX, K2, companies=["斯达制药"], status="开工",
       status_text="集中开工项目中…选择落地", note="2024年8月30日集中开工"),
 ],
 aggregate_facts=[
  fact(JD, "park", "projects_started", 5, "count", K0, "2024年8月30日（集中开工）"),
  fact(JD, "park", "projects_started_investment_cny", 1.7e9, "cny", K0, "2024年8月30日（集中开工）", chk=True),
  fact(GX, "park", "projects_signed", 56, "count", K3, "2024年上半年", kind="cumulative", note="签约实质合同项目"),
  fact(GX, "park", "signed_investment_cny", 1.091e10, "cny", "新增签约实质合同金额约109.1亿元", "2024年上半年", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(GX, "park", "fixed_asset_investment_cny", 5.77e9, "cny", "完成固定资产投资57.7亿元", "2024年上半年", kind="cumulative", chk=True),
 ])
