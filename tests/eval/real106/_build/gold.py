# real106 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (xx06 traditional script as published, the rest simplified); names as
# written in the text at first mention; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右/约合 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in
# *_usd facts. Growth rates and shares as ratios (增长1.1倍 → 1.1). Projects: the park is the one the text places the project
# in, null if none (a town or district is not a park). Status from the text's words (开工 / 集中开工 / 动工 → 开工; 建成投产 →
# 投产; 建成并竣工验收 → 竣工; 签约落地 / 签约 → 签约; 谈成待建 → 签约 with status_alt planned; 已获批准、将开工 → planned;
# 落地 alone → no status). “预计” figures and a year's plan announced early in the year are kind target; year-to-date counts
# (“今年以来”, “截至目前”, “累计”) are cumulative; a period's reported figure (“1至2月…完成”, “上半年…完成”) is reported.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/xxNN.raw as returned.

# ---------------------------------------------------------------- xx01 东丽区今年新开工项目33个 (北方网 2022)
HM = "华明高新区"
A0 = "2月10日,东丽区重大项目集中开工仪式在华明高新区英诺美迪国际医疗器械产业园项目现场举行"
A1 = "据悉,东丽区今年新开工项目共计33个,计划总投资378亿元"
A2 = "其中,天津市战略性新兴产业领军企业、天津市首批瞪羚企业爱思达航天,将在华明高新区建设航天科技天津总部基地,投资3.2亿元"
G["xx01"] = dict(
 article=art("总投资378亿元 东丽区今年新开工项目33个", "天津北方网（“天津北方网讯”），载于 cnbzol.com（资讯频道·社会栏）", "2022-02-12", "day",
  "Regional news portal relayed by an aggregator, Tianjin: a district's groundbreaking ceremony held at a park project site — the district's new-start plan for the year and Q1, one named firm building a headquarters base in the high-tech zone with its investment",
  "http://cnbzol.com/news/society/2022/0212/404863.html",
  "日期取页面“来源: 天津北方网 时间: 2022-02-12 09:03:16”。标题照录；面包屑、来源时间行与“标签:”已删。正文两段，完整（存段到“标签:”为止）。园区：华明高新区（天津市东丽区；文中未写全称“天津华明高新技术产业区”，不补）。项目：英诺美迪国际医疗器械产业园项目——开工仪式在其现场举行，推定为集中开工项目之一（开工，note 注明推定）；航天科技天津总部基地——爱思达航天将在华明高新区建设，投资3.2亿元，列在“东丽区集中开工的项目…其中”之下→开工。东丽区为区，不是园区；“今年新开工项目共计33个,计划总投资378亿元”“一季度新开工项目12个,计划总投资97亿元”为2月10日发布的全年/一季度计划数（target，as_of 注“计划”）。",
  "xx01"),
 parks=[
  park(HM, "天津", "天津", "高新区", A0, district="东丽区", note="文中只作“华明高新区”"),
 ],
 companies=[
  comp("爱思达航天", HM, A2, note="天津市战略性新兴产业领军企业、首批瞪羚企业；将在华明高新区建设航天科技天津总部基地"),
 ],
 projects=[
  proj("英诺美迪国际医疗器械产业园项目", HM, A0, status="开工", status_text="集中开工仪式在…项目现场举行",
       note="开工仪式现场；推定为集中开工项目之一；无金额"),
  proj("航天科技天津总部基地", HM, A2, companies=["爱思达航天"], inv="投资3.2亿元", status="开工", status_text="集中开工的项目…其中",
       note="列在“东丽区集中开工的项目”之下"),
 ],
 aggregate_facts=[
  fact("东丽区", "region", "projects_started", 33, "count", A1, "2022年（计划）", kind="target", note="今年新开工项目，2月发布的全年计划"),
  fact("东丽区", "region", "projects_started_investment_cny", 3.78e10, "cny", "计划总投资378亿元", "2022年（计划）", kind="target", chk=True),
  fact("东丽区", "region", "projects_started", 12, "count", "其中一季度新开工项目12个,计划总投资97亿元", "2022年一季度（计划）", kind="target", opt=True),
  fact("东丽区", "region", "projects_started_investment_cny", 9.7e9, "cny", "计划总投资97亿元", "2022年一季度（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xx02 经开区经济运行实现“开门红” (今晚报 2023)
TJK = "天津经开区"
B0 = "记者昨日获悉,天津经开区强化企业服务和行业促进,今年1至2月主要经济指标实现快速增长"
B1 = "从项目建设看,滨海-中关村数字经济产业园、华融总部基地、天诚新材料甘氨酸等16个重点项目相继开工,总投资达78亿元"
AS2 = "2023年1–2月"
G["xx02"] = dict(
 article=art("经开区经济运行实现“开门红”", "今晚报（“来源: 今晚报”；存段无署名），载于新华网天津频道 tj.news.cn（滨海频道）", "2023-03-23", "day",
  "Evening paper on a national news agency's city channel, Tianjin: a national economic zone's January–February figures — sales, retail, investment, budget revenue, domestic and foreign capital with growth rates, value-added growth of leading industries, three named projects among 16 started with their total",
  "http://tj.news.cn/bhpd/2023-03/23/c_1129457531.htm",
  "日期取页面“2023-03-23 14:52:22 来源: 今晚报”（文中“记者昨日获悉”）。标题照录；频道路径、日期来源行、“字体:”“分享到:”已删。存段末段“从招商引资看,1至2月,签约落地项目”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…区域建设如火如荼。”，共五段。园区：天津经开区（天津经济技术开发区，滨海新区；文中只作“天津经开区”“经开区”，不补全称；裸称“经开区”不列别名）。“于响”片区为区内片区，不列园区。项目：滨海-中关村数字经济产业园、华融总部基地、天诚新材料甘氨酸——“16个重点项目相继开工”→开工，园区天津经开区；“总投资达78亿元”为16个项目合计（事实，不分摊）。滨海-中关村数字经济产业园另列为可选园区（产业园，母园区天津经开区）。天诚新材料只在项目名中（可选公司）。事实均为1至2月累计完成数（reported，as_of 2023年1–2月）；“营利性服务业收入预计95亿元左右”为预计数（target，约）；增长1.1倍→1.1、5.9倍→5.9。",
  "xx02"),
 parks=[
  park(TJK, "天津", "天津", "经济技术开发区", B0, district="滨海新区", note="文中又作“经开区”；即天津经济技术开发区（全称文中未写）"),
  park("滨海-中关村数字经济产业园", "天津", "天津", "产业园", B1, district="滨海新区", parent=TJK, opt=True, note="作为开工项目出现"),
 ],
 companies=[
  comp("天诚新材料", TJK, B1, opt=True, note="只在项目名“天诚新材料甘氨酸”中"),
 ],
 projects=[
  proj("滨海-中关村数字经济产业园", TJK, B1, status="开工", status_text="相继开工", note="16个重点项目合计总投资78亿元，无单项金额"),
  proj("华融总部基地", TJK, B1, status="开工", status_text="相继开工", note="同上"),
  proj("天诚新材料甘氨酸", TJK, B1, companies=["天诚新材料"], status="开工", status_text="相继开工", note="同上；项目名照录（无“项目”二字）"),
 ],
 aggregate_facts=[
  fact(TJK, "park", "commodity_sales_above_limit_cny", 5.98e10, "cny", "限上商品销售额完成598亿元,增长18.2%", AS2, chk=True),
  fact(TJK, "park", "commodity_sales_above_limit_yoy_growth", 0.182, "ratio", "限上商品销售额完成598亿元,增长18.2%", AS2, kind="ratio", opt=True),
  fact(TJK, "park", "retail_sales_above_limit_cny", 1.32e9, "cny", "限上社零额完成13.2亿元,增长16.9%", AS2, opt=True, chk=True),
  fact(TJK, "park", "retail_sales_above_limit_yoy_growth", 0.169, "ratio", "限上社零额完成13.2亿元,增长16.9%", AS2, kind="ratio", opt=True),
  fact(TJK, "park", "catering_revenue_above_limit_cny", 2.3e8, "cny", "限上住餐营业额2.3亿元,增长28.2%", AS2, opt=True, chk=True),
  fact(TJK, "park", "for_profit_services_revenue_cny", 9.5e9, "cny", "营利性服务业收入预计95亿元左右,增长15%以上", AS2 + "（预计）", kind="target", qual="约", qtext="左右", opt=True, chk=True),
  fact(TJK, "park", "housing_sales_area_m2", 6.6e4, "m2", "商品房销售面积完成6.6万平方米,增长1.1倍", AS2, opt=True),
  fact(TJK, "park", "fixed_asset_investment_cny", 4.25e9, "cny", "固定资产投资完成42.5亿元,增长0.2%", AS2, chk=True),
  fact(TJK, "park", "fixed_asset_investment_yoy_growth", 0.002, "ratio", "固定资产投资完成42.5亿元,增长0.2%", AS2, kind="ratio"),
  fact(TJK, "park", "general_budget_revenue_cny", 2.61e9, "cny", "一般预算收入完成26.1亿元,增长9%", AS2, chk=True),
  fact(TJK, "park", "general_budget_revenue_yoy_growth", 0.09, "ratio", "一般预算收入完成26.1亿元,增长9%", AS2, kind="ratio"),
  fact(TJK, "park", "domestic_capital_utilized_cny", 1.0571e10, "cny", "实际利用内资完成105.71亿元,增长29.9%", AS2, chk=True),
  fact(TJK, "park", "domestic_capital_utilized_yoy_growth", 0.299, "ratio", "实际利用内资完成105.71亿元,增长29.9%", AS2, kind="ratio", opt=True),
  fact(TJK, "park", "actual_fdi_usd", 4.9e8, "usd", "实际利用外资4.9亿美元,增长95.8%", AS2),
  fact(TJK, "park", "actual_fdi_yoy_growth", 0.958, "ratio", "实际利用外资4.9亿美元,增长95.8%", AS2, kind="ratio"),
  fact(TJK, "park", "biomedicine_value_added_yoy_growth", 0.525, "ratio", "生物医药、化工新材料等主导行业工业增加值分别增长52.5%、14.0%", AS2, kind="ratio", opt=True),
  fact(TJK, "park", "chemical_new_materials_value_added_yoy_growth", 0.14, "ratio", "生物医药、化工新材料等主导行业工业增加值分别增长52.5%、14.0%", AS2, kind="ratio", opt=True),
  fact(TJK, "park", "strategic_emerging_value_added_yoy_growth", 0.045, "ratio", "战略新兴产业增加值增长4.5%", AS2, kind="ratio"),
  fact(TJK, "park", "high_tech_manufacturing_value_added_yoy_growth", 0.141, "ratio", "高技术制造业增加值增长14.1%", AS2, kind="ratio"),
  fact(TJK, "park", "projects_started", 16, "count", B1, AS2),
  fact(TJK, "park", "projects_started_investment_cny", 7.8e9, "cny", "总投资达78亿元", AS2, chk=True),
  fact(TJK, "park", "manufacturing_investment_yoy_growth", 0.017, "ratio", "制造业、服务业、基础设施投资额分别增长1.7%、1.1倍、5.9倍", AS2, kind="ratio", opt=True),
  fact(TJK, "park", "infrastructure_investment_yoy_growth", 5.9, "ratio", "制造业、服务业、基础设施投资额分别增长1.7%、1.1倍、5.9倍", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xx03 天津滨海高新区上半年GDP增长6.7% (北方网 2023)
BH = "天津滨海高新区"
C0 = "日前,天津滨海高新区在渤龙湖科技园召开2023年中期工作推动会"
C1 = "今年上半年,高新区经济发展量质并进,GDP增长6.7%,规上工业总产值增长7.4%,规上服务业营收增长19.4%(1-5月),社零额增长16.1%,实际利用内资增长13.2%,五条主导产业链同比增长16.3%"
C2 = "今年上半年,高新区产业发展高端支撑,完成招商项目1204个,总投资额1645亿元,总投资150亿元的中电科蓝天产业园等一批重大项目相继签约落地"
C3 = "塘沽一中、环晟高效叠瓦太阳能电池组件、欧微优科创园等一大批重点项目开工、建设、竣工"
AS3 = "2023年上半年"
G["xx03"] = dict(
 article=art("天津滨海高新区上半年GDP增长6.7%", "北方网（“天津北方网讯”；存段无署名），载于 zhiliang.gangao.com（“市场”栏）", "2023-07-29", "day",
  "Regional news portal relayed by an aggregator, Tianjin: a national high-tech zone's mid-year meeting — half-year growth rates, counts of tech firms, labs, funds, projects attracted with total investment, one named 150亿元 project signed, named projects started / under way / completed",
  "http://zhiliang.gangao.com/sc/2023/0729/13381.html",
  "日期取页面“发布时间:2023-07-29 22:23:23 来源:北方网”。标题照录；面包屑、日期来源行与“【资料图】”已删。存段末句“持续提升治理效能,加快华苑社区卫生服务中心建设,提升渤”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…进一步释放国企活力。”，共五段。园区：天津滨海高新区（文中又作“高新区”；天津，主要区块在滨海新区与华苑，district 记滨海新区并注明）；渤龙湖科技园（会议地点，高新区园区之一，可选，母园区天津滨海高新区）。项目：中电科蓝天产业园（总投资150亿元，“相继签约落地”→签约）；360科创园项目（“推动…落地”，落地不作状态）；塘沽一中、环晟高效叠瓦太阳能电池组件、欧微优科创园（“开工、建设、竣工”合述，单项状态不明，status null；塘沽一中为学校，可选）。公司：海泰控股集团（区属国企，可选）。海河实验室三家列可选机构。基金：“基金总数达到12支,总规模超过280亿元”未点名，记为事实（fund_count、funds_total_size_cny 超）。事实：上半年增速（ratio；规上服务业营收为1-5月）；科技企业个数（入库国科小等）为截至上半年的存量/累计数，记 cumulative；招商项目1204个、1645亿元为上半年完成数（reported）。",
  "xx03"),
 parks=[
  park(BH, "天津", "天津", "高新区", C0, district="滨海新区", note="文中又作“高新区”；国家级，区块含华苑、渤龙湖等（district 取滨海新区）"),
  park("渤龙湖科技园", "天津", "天津", "科技园", C0, district="滨海新区", parent=BH, opt=True, note="会议地点"),
 ],
 companies=[
  comp("海泰控股集团", BH, "推进海泰控股集团、国资公司优化整合,进一步释放国企活力", opt=True, note="区属国企"),
 ],
 institutions=[
  inst("信创海河实验室", "信创海河实验室开展“信创适配中台”项目", kind="research", park=BH),
  inst("细胞生态海河实验室", "细胞生态海河实验室首批18支科研团队入驻", kind="research", park=BH),
  inst("脑机交互与人机共融海河实验室", "脑机交互与人机共融海河实验室揭牌", kind="research", park=BH),
 ],
 projects=[
  proj("中电科蓝天产业园", BH, C2, inv="总投资150亿元", status="签约", status_text="相继签约落地"),
  proj("360科创园项目", BH, "推动360科创园项目落地,构建GPT新兴产业链", note="“推动…落地”，不作状态"),
  proj("环晟高效叠瓦太阳能电池组件", BH, C3, note="“开工、建设、竣工”合述，单项状态不明"),
  proj("欧微优科创园", BH, C3, note="同上"),
  proj("塘沽一中", BH, C3, opt=True, note="学校建设项目；同上"),
 ],
 aggregate_facts=[
  fact(BH, "park", "gdp_yoy_growth", 0.067, "ratio", C1, AS3, kind="ratio"),
  fact(BH, "park", "industrial_output_above_scale_yoy_growth", 0.074, "ratio", C1, AS3, kind="ratio"),
  fact(BH, "park", "services_revenue_above_scale_yoy_growth", 0.194, "ratio", "规上服务业营收增长19.4%(1-5月)", "2023年1–5月", kind="ratio", opt=True),
  fact(BH, "park", "retail_sales_yoy_growth", 0.161, "ratio", "社零额增长16.1%", AS3, kind="ratio", opt=True),
  fact(BH, "park", "domestic_capital_utilized_yoy_growth", 0.132, "ratio", "实际利用内资增长13.2%", AS3, kind="ratio", opt=True),
  fact(BH, "park", "leading_chains_yoy_growth", 0.163, "ratio", "五条主导产业链同比增长16.3%", AS3, kind="ratio", opt=True),
  fact(BH, "park", "tech_smes_registered", 1435, "count", "入库国科小1435家,雏鹰企业338家,瞪羚企业40家,科技领军(培育)企业47家", AS3, kind="cumulative", opt=True),
  fact(BH, "park", "eaglet_firms", 338, "count", "雏鹰企业338家", AS3, kind="cumulative", opt=True),
  fact(BH, "park", "gazelle_firms", 40, "count", "瞪羚企业40家", AS3, kind="cumulative", opt=True),
  fact(BH, "park", "listed_firms", 15, "count", "科技型上市企业达15家,全市占比三分之一", AS3, kind="cumulative", note="科技型上市企业"),
  fact(BH, "park", "fund_count", 12, "count", "基金总数达到12支,总规模超过280亿元", AS3, kind="cumulative"),
  fact(BH, "park", "funds_total_size_cny", 2.8e10, "cny", "总规模超过280亿元", AS3, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(BH, "park", "credit_granted_cny", 4e8, "cny", "“科创积分贷”支持100余家企业获纯信用授信超4亿元", AS3, kind="cumulative", qual="超", qtext="超", opt=True, chk=True),
  fact(BH, "park", "projects_introduced", 1204, "count", C2, AS3, note="完成招商项目"),
  fact(BH, "park", "projects_introduced_investment_cny", 1.645e11, "cny", "总投资额1645亿元", AS3, chk=True),
 ])

# ---------------------------------------------------------------- xx04 京津中关村科技城 (中国青年报 2023)
ZGC = "京津中关村科技城"
D0 = "宝坻区委副书记、区长郭康伟表示,正在举全区之力建强京津中关村科技城"
D1 = "今年新签约落地来自北京的项目13个,计划总投资81.7亿元,其中8个项目已开工建设,5个项目正在办理前期手续,预计三季度开工建设"
D2 = "截至目前,科技城共引入注册主体1201家,实体签约项目118家,其中购地企业39家,载体招商企业79家"
D3 = "围绕北京奔驰、小米等10家整车厂,目前已签约落地的汽车配套企业包括德国波森、前景汽车等项目"
D4 = "围绕中环、晶澳等半导体龙头企业,已签约落地创昱达、乾景电子等多个产业链配套企业项目"
D5 = "300亿元管理规模的国寿铁工(天津)股权投资基金和25亿元管理规模的天津市乡村振兴基金已落户科技城"
D5b = "25亿元管理规模的天津市乡村振兴基金已落户科技城"
D6 = "北京大兴中关村医疗器械园投资运营的中关村高端医疗产业园项目建成并竣工验收,并引入20余家生物医药与医疗器械相关企业"
AS4 = "2023年8月"
G["xx04"] = dict(
 article=art("天津宝坻:把京津中关村科技城打造成创新发展的高地", "中国青年报（中青报·中青网记者 胡春艳 实习生 粟悦），载于 wybstv.com.cn（“观点”栏）", "2023-08-19", "day",
  "National youth daily relayed by a portal, Tianjin: a district's science city at a city press conference — Beijing projects signed, started and in preparation, registered entities and signed firms, named supplier firms signed, two named funds with their management size, a medical park completed",
  "http://www.wybstv.com.cn/gd/2023/0819/477282.html",
  "日期取页面“2023-08-19 01:59:43 出处:中国青年报”（发布会为8月17日）。标题照录；面包屑、日期出处行与“(资料图片仅供参考)”已删。存段末段“…依托政务服务中心,助力波森尾气项目和中”在句中中断，残句已删（make_txt.py LINE_SUFFIX），正文截至“…产业服务软环境已搭建完成。”，共七段。园区：京津中关村科技城（天津市宝坻区；文中又作“科技城”）；中关村高端医疗产业园（项目名，建成并竣工验收，可选园区，母园区京津中关村科技城）；北京大兴中关村医疗器械园（北京，运营方，可选园区）。基金：国寿铁工(天津)股权投资基金（300亿元管理规模）、天津市乡村振兴基金（25亿元管理规模），“已落户科技城”→ park 京津中关村科技城，size_type 管理规模。公司：德国波森、前景汽车、创昱达、乾景电子（“已签约落地”的配套企业，在科技城）；北京奔驰、小米、中环、晶澳为产业链所围绕的整车厂 / 龙头（不在科技城，park null，可选）。项目：中关村高端医疗产业园项目（竣工）；四家配套企业“等项目”另列为可选签约项目（项目名即企业名）。事实：宝坻区今年签约北京项目13个、81.7亿元、8个已开工、5个办理前期（cumulative，subject 宝坻区 region）；科技城注册主体1201家、实体签约项目118家、购地39、载体79（cumulative）；医疗产业园引入企业20余家（余）。",
  "xx04"),
 parks=[
  park(ZGC, "天津", "天津", "科技城", D0, district="宝坻区", note="文中又作“科技城”"),
  park("中关村高端医疗产业园", "天津", "天津", "产业园（医疗）", D6, district="宝坻区", parent=ZGC, opt=True, note="作为项目出现；建成并竣工验收"),
  park("北京大兴中关村医疗器械园", "北京", "北京", "产业园（医疗器械）", D6, district="大兴区", opt=True, note="中关村高端医疗产业园的投资运营方"),
 ],
 companies=[
  comp("德国波森", ZGC, D3, note="汽车配套企业，已签约落地"),
  comp("前景汽车", ZGC, D3, note="同上"),
  comp("创昱达", ZGC, D4, note="半导体配套企业，已签约落地"),
  comp("乾景电子", ZGC, D4, note="同上"),
  comp("北京奔驰", None, D3, opt=True, note="整车厂，产业链所围绕；不在科技城"),
  comp("小米", None, D3, opt=True, note="同上"),
  comp("中环", None, D4, opt=True, note="半导体龙头，产业链所围绕"),
  comp("晶澳", None, D4, opt=True, note="同上"),
 ],
 institutions=[
  inst("京津中关村科技城管委会", "京津中关村科技城管委会党工委副书记杜庆表示", park=ZGC),
 ],
 projects=[
  proj("中关村高端医疗产业园项目", ZGC, D6, status="竣工", status_text="建成并竣工验收", note="北京大兴中关村医疗器械园投资运营"),
  proj("德国波森", ZGC, D3, companies=["德国波森"], status="签约", status_text="已签约落地", opt=True, note="“等项目”，以企业名作项目名"),
  proj("前景汽车", ZGC, D3, companies=["前景汽车"], status="签约", status_text="已签约落地", opt=True, note="同上"),
  proj("创昱达", ZGC, D4, companies=["创昱达"], status="签约", status_text="已签约落地", opt=True, note="同上"),
  proj("乾景电子", ZGC, D4, companies=["乾景电子"], status="签约", status_text="已签约落地", opt=True, note="同上"),
 ],
 funds=[
  fund("国寿铁工(天津)股权投资基金", ZGC, D5, size="300亿元", size_type="管理规模", note="已落户科技城"),
  fund("天津市乡村振兴基金", ZGC, D5b, size="25亿元", size_type="管理规模", note="已落户科技城"),
 ],
 aggregate_facts=[
  fact("宝坻区", "region", "projects_signed", 13, "count", D1, "2023年（截至8月）", kind="cumulative", note="来自北京的项目"),
  fact("宝坻区", "region", "signed_investment_cny", 8.17e9, "cny", "计划总投资81.7亿元", "2023年（截至8月）", kind="cumulative", chk=True),
  fact("宝坻区", "region", "projects_started", 8, "count", "其中8个项目已开工建设", "2023年（截至8月）", kind="cumulative"),
  fact("宝坻区", "region", "projects_in_preparation", 5, "count", "5个项目正在办理前期手续,预计三季度开工建设", "2023年（截至8月）", kind="cumulative", opt=True),
  fact(ZGC, "park", "registered_entities", 1201, "count", D2, AS4, kind="cumulative"),
  fact(ZGC, "park", "projects_signed", 118, "count", D2, AS4, kind="cumulative", note="实体签约项目"),
  fact(ZGC, "park", "land_purchasing_firms", 39, "count", D2, AS4, kind="cumulative", opt=True),
  fact(ZGC, "park", "carrier_tenant_firms", 79, "count", D2, AS4, kind="cumulative", opt=True),
  fact("中关村高端医疗产业园", "park", "firms", 20, "count", D6, AS4, kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- xx05 中德天津大邱庄生态城 东方诚 (津云 2021)
DQZ = "中德天津大邱庄生态城"
DFC = "东方诚(天津)金属结构有限公司"
E0 = "从静海区获悉,东方诚(天津)金属结构有限公司装配式建筑及幕墙产业基地项目在静海区中德天津大邱庄生态城开工"
E1 = "据了解,该项目建筑面积5.58万平方米,总投资2.5亿元"
E2 = "预计年产值12亿元,年税收2500万元"
E3 = "截至目前,中德天津大邱庄生态城完成与区内产业基金(梧桐树资本)的对接,并创建了项目库,目前双方共接洽“深圳汉德网络科技项目”“北京超维科技巡检机器人项目”“深圳坎德拉智能机器人”等21个项目"
G["xx05"] = dict(
 article=art("静海区装配式建筑领域添新军 打造“产学研”一体平台", "津云新闻（编辑刘颖），载于天津在线 news.72177.com（资讯中心·城建栏）", "2021-01-26", "day",
  "City news portal relaying a municipal news app, Tianjin: one firm's prefabricated-building and curtain-wall base started in a district's ecological city park — floor area, investment, capacity, expected output and tax; the park's fund docking, projects in talks and new market entities",
  "http://news.72177.com/2021/0126/4547594.shtml",
  "日期取网址 2021/0126（存段无日期行）。标题照录；站名、“分享按钮”、面包屑、图片说明“图片由中德生态城管理局提供”与版权声明已删。正文四段，完整，末有“(津云新闻编辑刘颖)”。园区：中德天津大邱庄生态城（静海区大邱庄镇，天津；图片说明中的“中德生态城”已随说明删去，不列别名）。项目：东方诚(天津)金属结构有限公司装配式建筑及幕墙产业基地项目——开工（首段），总投资2.5亿元（第二段；evidence 取金额句，状态见 status_text）。公司：东方诚(天津)金属结构有限公司（在园）。基金：“区内产业基金(梧桐树资本)”——基金未具名，以管理机构名称列为可选基金，park 记中德天津大邱庄生态城（“区内”所指推定）。接洽的21个项目中三个点名者为在谈项目，不列项目。事实：项目建筑面积、预计年产值12亿元、年税收2500万元（target）；年产能不列；园区2020年第四季度新增市场主体30家、注册资金1.8亿元（reported）。大邱庄镇、静海区为行政区，不列园区。",
  "xx05"),
 parks=[
  park(DQZ, "天津", "天津", "生态城（产业园区）", E0, district="静海区", note="大邱庄镇；文中又作“生态城”"),
 ],
 companies=[
  comp(DFC, DQZ, E0),
 ],
 institutions=[],
 projects=[
  proj("东方诚(天津)金属结构有限公司装配式建筑及幕墙产业基地项目", DQZ, E1, companies=[DFC], inv="总投资2.5亿元", status="开工", status_text="开工",
       aliases=["装配式建筑及幕墙产业基地项目"], note="首段“在静海区中德天津大邱庄生态城开工”；“全区2021年新开工的产业项目”"),
 ],
 funds=[
  fund("梧桐树资本", DQZ, E3, opt=True, note="“区内产业基金(梧桐树资本)”：基金未具名，括注为管理机构；与生态城对接、共建项目库"),
 ],
 aggregate_facts=[
  fact("东方诚(天津)金属结构有限公司装配式建筑及幕墙产业基地项目", "project", "floor_area_m2", 55800, "m2", E1, "2021年1月", opt=True),
  fact("东方诚(天津)金属结构有限公司装配式建筑及幕墙产业基地项目", "project", "expected_annual_output_cny", 1.2e9, "cny", E2, "投产后（预期）", kind="target", chk=True),
  fact("东方诚(天津)金属结构有限公司装配式建筑及幕墙产业基地项目", "project", "expected_annual_tax_cny", 2.5e7, "cny", "年税收2500万元", "投产后（预期）", kind="target", chk=True),
  fact(DQZ, "park", "projects_in_talks", 21, "count", E3, "2021年1月", kind="cumulative", opt=True),
  fact(DQZ, "park", "new_market_entities", 30, "count", "2020年第四季度,共新增30家市场主体,注册资金总额1.8亿元", "2020年第四季度"),
  fact(DQZ, "park", "registered_capital_cny", 1.8e8, "cny", "注册资金总额1.8亿元", "2020年第四季度", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xx06 天津31個示範工業園區 (香港文匯報 2013, traditional)
SF = "天津市31個示範工業園區"
F0 = "截至2012年底,天津市31個示範工業園區累計簽約項目2046個,計劃總投資6080億元人民幣(下同)"
F1 = "在簽約的2046個項目中,計劃投資額在億元以上的有680項,5億元以上的有220項,50億元以上的有18項"
F2 = "目前竣工項目1251個,在建項目443個,合計佔全部簽約項目的82%,累計完成固定資產投入1709億元"
AS6 = "截至2012年底"
G["xx06"] = dict(
 article=art("（無標題）天津31個示範工業園區累計簽約項目2046個 計劃總投資6080億元", "香港文匯報（記者 李欣 天津報道），paper.wenweipo.com", "2013-01-23", "day",
  "Hong Kong daily's mainland brief (traditional script as published), Tianjin: the city's 31 demonstration industrial parks at the end of 2012 — cumulative projects signed and planned investment, signed projects by size band, completed and under construction, fixed-asset investment",
  "http://paper.wenweipo.com/2013/01/23/FM1301230007.htm",
  "日期取網址 2013/01/23（存段無標題、無日期行；title 為編者概括）。繁體如原刊，未轉換。正文兩段，完整（存段只此兩段）。園區：“天津市31個示範工業園區”為園區群，未點名任何園區，parks 列表為空；事實 subject 記“天津市31個示範工業園區”（park_group）。事實：截至2012年底累計簽約項目2046個、計劃總投資6080億元（cumulative）；億元以上680項、5億元以上220項、50億元以上18項（可選）；竣工1251個、在建443個（cumulative）、合計佔82%（ratio，可選）；累計完成固定資產投入1709億元（cumulative）。",
  "xx06"),
 parks=[],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SF, "park_group", "projects_signed", 2046, "count", F0, AS6, kind="cumulative"),
  fact(SF, "park_group", "signed_investment_cny", 6.08e11, "cny", "計劃總投資6080億元人民幣(下同)", AS6, kind="cumulative", chk=True),
  fact(SF, "park_group", "projects_signed_over_100m", 680, "count", F1, AS6, kind="cumulative", opt=True),
  fact(SF, "park_group", "projects_signed_over_500m", 220, "count", F1, AS6, kind="cumulative", opt=True),
  fact(SF, "park_group", "projects_signed_over_5bn", 18, "count", F1, AS6, kind="cumulative", opt=True),
  fact(SF, "park_group", "projects_completed", 1251, "count", F2, AS6, kind="cumulative"),
  fact(SF, "park_group", "projects_under_construction", 443, "count", F2, AS6, kind="cumulative"),
  fact(SF, "park_group", "completed_or_under_construction_share", 0.82, "ratio", F2, AS6, kind="ratio", opt=True),
  fact(SF, "park_group", "fixed_asset_investment_cny", 1.709e11, "cny", "累計完成固定資產投入1709億元", AS6, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xx07 泰达 17年 (北方网 2001)
TD = "天津开发区"
H0 = "天津开发区1984年12月6日经国务院批准建设,规划面积33平方公里,现已开发25平方公里,已出售、出让约20平方公里"
H1 = "开发区还根据发展需要设立了化学工业区、逸仙园科学工业园和微电子工业区3个小区,去年经国务院批准设立的天津出口加工区,也于今年6月28日通过海关总署等八部门验收,已具备企业入驻条件"
H2 = "从1984年至今,天津开发区已累计外商投资企业总投资167.28亿美元,其中合同外资144.92亿美元"
H3 = "美国、香港、韩国、日本、台湾等世界65个国家和地区在此投资了3395家企业"
H4 = "形成了以摩托罗拉、三星集团为代表的电子通讯业,以SEW、拉法基为代表的机械加工业,以霍尼韦尔、史克必成、诺维信为代表的精细化工和生物制药业,以可口可乐、雀巢、顶益等为代表的食品饮料业四大支柱产业"
H5 = "据统计,2000年全国信息制造业销售总额为5564亿元,开发区为500亿元,约占全国的10%"
AS7 = "2001年12月"
G["xx07"] = dict(
 article=art("（无标题）泰达建区17年：天津开发区主要经济指标居全国开发区第一", "北方网（news.enorth.com.cn；存段无标题、无署名）", "2001-12-06", "day",
  "Regional news portal's anniversary piece, Tianjin: a national economic and technological development zone 17 years on — area planned, developed and sold, three sub-zones and an export processing zone, cumulative foreign investment, investor countries and firms, Fortune 500 investors, pillar industries with named firms, its share of national IT-manufacturing sales",
  "http://news.enorth.com.cn/system/2001/12/06/000209983.shtml",
  "日期取网址 2001/12/06（文中“从1984年12月6日泰达初创到17年后的今天”即建区17周年）。存段无标题；首行为表格竖线与图片说明“题词纪念”，已删（make_txt.py LINE_PREFIX）。存段在“\"九五\"期间,开发区GDP平均增长26.1%,工业总产值平均增长25.9%,”处中断，该残句已删（LINE_SUFFIX），正文截至“…深圳和北京。”，共三段。园区：天津开发区（文中又作“泰达”“开发区”；国家级，天津；“泰达”列别名）；区外小区化学工业区、逸仙园科学工业园、微电子工业区（母园区天津开发区，可选）；天津出口加工区（可选；与开发区关系文中只作并列叙述，parent 记天津开发区，推定）；埃及苏伊士经济特区（埃及，开发区与埃及政府共同创立，可选）。公司：摩托罗拉、三星集团、SEW、拉法基、霍尼韦尔、史克必成、诺维信、可口可乐、雀巢、顶益为四大支柱产业的代表企业（在开发区，只是举例，均可选）。无项目。事实：规划面积33、已开发25、已出售出让约20平方公里；累计外商投资企业总投资167.28亿美元、合同外资144.92亿美元（cumulative，美元）；65个国家和地区投资3395家企业；30家《财富》500强投资50多个项目；1000万美元以上234家等（可选）；2000年信息产品制造业销售500亿元（reported，as_of 2000年）、约占全国10%；首段“3000多家外商投资企业和近万家内资企业”（可选）。",
  "xx07"),
 parks=[
  park(TD, "天津", "天津", "国家级经济技术开发区", H0, aliases=["泰达"], note="文中又作“泰达”“开发区”；经国务院批准建设"),
  park("化学工业区", "天津", "天津", "工业区", H1, parent=TD, opt=True, note="开发区设立的小区之一"),
  park("逸仙园科学工业园", "天津", "天津", "科学工业园", H1, parent=TD, opt=True, note="同上"),
  park("微电子工业区", "天津", "天津", "工业区", H1, parent=TD, opt=True, note="同上"),
  park("天津出口加工区", "天津", "天津", "出口加工区", H1, parent=TD, opt=True, note="2000年经国务院批准设立，2001年6月28日通过验收；与开发区的隶属关系为推定"),
  park("埃及苏伊士经济特区", None, "埃及", "经济特区", "此外,开发区还走向世界,与埃及政府共同创立埃及苏伊士经济特区", opt=True, note="境外合作区"),
 ],
 companies=[
  comp(n, TD, H4, opt=True, note="支柱产业代表企业（举例）") for n in
  ["摩托罗拉", "三星集团", "SEW", "拉法基", "霍尼韦尔", "史克必成", "诺维信", "可口可乐", "雀巢", "顶益"]
 ],
 projects=[],
 aggregate_facts=[
  fact(TD, "park", "planned_area_km2", 33, "km2", H0, AS7),
  fact(TD, "park", "developed_area_km2", 25, "km2", H0, AS7),
  fact(TD, "park", "land_sold_km2", 20, "km2", H0, AS7, qual="约", qtext="约", opt=True),
  fact(TD, "park", "foreign_invested_firms_total_investment_usd", 1.6728e10, "usd", H2, "1984年至2001年12月", kind="cumulative"),
  fact(TD, "park", "contracted_fdi_usd", 1.4492e10, "usd", "其中合同外资144.92亿美元", "1984年至2001年12月", kind="cumulative"),
  fact(TD, "park", "investor_countries", 65, "count", H3, AS7, kind="cumulative", opt=True),
  fact(TD, "park", "foreign_invested_firms", 3395, "count", H3, AS7, kind="cumulative"),
  fact(TD, "park", "fortune500_investors", 30, "count", "《财富》500强跨国公司中有30家在开发区投资了50多个项目", AS7, kind="cumulative", opt=True),
  fact(TD, "park", "projects_over_10m_usd", 234, "count", "超过1000万美元的项目有234家,上亿美元的有11家,10亿美元的有2家", AS7, kind="cumulative", opt=True),
  fact(TD, "park", "it_manufacturing_sales_cny", 5e10, "cny", "开发区为500亿元,约占全国的10%", "2000年", chk=True),
  fact(TD, "park", "it_manufacturing_sales_national_share", 0.10, "ratio", H5, "2000年", kind="ratio", qual="约", qtext="约", opt=True),
  fact(TD, "park", "foreign_invested_firms", 3000, "count", "如今这里已成为中国最大的移动电话机生产基地,3000多家外商投资企业和近万家内资企业的汇聚之地", AS7, kind="cumulative", qual="余", qtext="多", opt=True, note="首段概数；与3395家并存"),
 ])

# ---------------------------------------------------------------- xx08 北辰 西堤头镇 (mouldsnet 2009)
CD = "辰东模具产业园"
K0 = "西堤头镇围绕“巩固大农业、打造大工业、发展大三产”工作思路,营造环境促发展,集中精力抓招商,投资10亿元的辰东模具园、投资30亿元的陆路港北辰物流基地等一批大项目好项目成为经济发展培育新引擎"
K1 = "截至目前,共引进投资1000万元以上新项目16个,其中工业项目10个、服务业项目6个"
K2 = "目前,亮锋物流、聚津再生物资回收等7个项目已建成投产,年产12兆太阳能电池组件等3个项目正在建设,辰东模具产业园等6个项目谈成待建,总投资规模达到42.6亿元"
K3 = "投资30亿元的天津陆路港北辰物流基地项目,已获市发改委批准,下半年铁路专用线、陆交中心项目将开工建设"
K4 = "投资10亿元的辰东模具产业园项目,正在进行土地前期整理,已经确定投资1.5亿元的钢构制造项目预计8月份动工建设"
AS8 = "2009年（截至7–8月）"
G["xx08"] = dict(
 article=art("（无标题）西堤头镇引进新项目16个 辰东模具产业园、陆路港北辰物流基地推进", "mouldsnet.cn（模具网“市场动态”栏转载；原发媒体与署名存段未示）", "2009-08", "month",
  "Trade portal relaying a local news item, Tianjin: a town's industrial zone in mid-2009 — new projects by type and stage (in production, under construction, agreed awaiting construction) with total investment, a mould park and a logistics base with their investment and next steps, a steel-structure project in the park to start",
  "https://mouldsnet.cn/news/shichangdongtai/200908/show_318204.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 200908（文中“预计8月份动工建设”“下半年…将开工建设”，记 2009-08，month）。正文两段，完整性不明（存段只此两段）。西堤头镇（天津市北辰区，区名由“陆路港北辰物流基地”与背景知识推定）为镇，不是园区；“工业区”未具名。园区：辰东模具产业园（首段作“辰东模具园”，列别名；园区开发项目，park 自身不另挂母园区）；天津陆路港北辰物流基地（首段作“陆路港北辰物流基地”；物流基地，列可选园区）。项目：辰东模具产业园项目（投资10亿元；“谈成待建”→签约，status_alt planned；正在土地前期整理；park null）；天津陆路港北辰物流基地项目（投资30亿元；已获市发改委批准，下半年铁路专用线、陆交中心将开工→planned；park null）；钢构制造项目（投资1.5亿元；预计8月份动工→planned；“已经确定”于辰东模具产业园项目之下，park 记辰东模具产业园，推定）；亮锋物流、聚津再生物资回收（已建成投产→投产）；年产12兆太阳能电池组件（正在建设→在建）；铁路专用线、陆交中心（物流基地子项，可选）。事实（subject 西堤头镇，region）：引进1000万元以上新项目16个（工业10、服务业6）、投产7、在建3、谈成待建6、总投资规模42.6亿元（截至目前，cumulative）。",
  "xx08"),
 parks=[
  park(CD, "天津", "天津", "产业园（模具）", K4, district="北辰区", aliases=["辰东模具园"], note="首段作“辰东模具园”；西堤头镇；区名为推定"),
  park("天津陆路港北辰物流基地", "天津", "天津", "物流基地", K3, district="北辰区", aliases=["陆路港北辰物流基地"], opt=True, note="首段作“陆路港北辰物流基地”"),
 ],
 companies=[],
 projects=[
  proj("辰东模具产业园项目", None, K4, inv="投资10亿元", status="签约", status_alt="planned", status_text="谈成待建",
       aliases=["辰东模具园", "辰东模具产业园"], note="“辰东模具产业园等6个项目谈成待建”；正在进行土地前期整理；园区开发项目，park null"),
  proj("天津陆路港北辰物流基地项目", None, K3, inv="投资30亿元", status="planned", status_text="已获市发改委批准,下半年…将开工建设",
       aliases=["陆路港北辰物流基地"], note="首段“投资30亿元的陆路港北辰物流基地”"),
  proj("钢构制造项目", CD, K4, inv="投资1.5亿元", status="planned", status_text="预计8月份动工建设", note="确定落于辰东模具产业园项目（推定）"),
  proj("亮锋物流", None, K2, status="投产", status_text="已建成投产", note="以企业名作项目名"),
  proj("聚津再生物资回收", None, K2, status="投产", status_text="已建成投产", note="同上"),
  proj("年产12兆太阳能电池组件", None, K2, status="在建", status_text="正在建设", note="项目名照录"),
  proj("铁路专用线", None, K3, status="planned", status_text="下半年…将开工建设", opt=True, note="物流基地子项"),
  proj("陆交中心项目", None, K3, status="planned", status_text="下半年…将开工建设", opt=True, note="物流基地子项"),
 ],
 aggregate_facts=[
  fact("西堤头镇", "region", "projects_introduced", 16, "count", K1, AS8, kind="cumulative", note="投资1000万元以上新项目"),
  fact("西堤头镇", "region", "industrial_projects_introduced", 10, "count", K1, AS8, kind="cumulative", opt=True),
  fact("西堤头镇", "region", "service_projects_introduced", 6, "count", K1, AS8, kind="cumulative", opt=True),
  fact("西堤头镇", "region", "projects_in_production", 7, "count", K2, AS8, kind="cumulative"),
  fact("西堤头镇", "region", "projects_under_construction", 3, "count", K2, AS8),
  fact("西堤头镇", "region", "projects_agreed_pending", 6, "count", K2, AS8, opt=True, note="谈成待建"),
  fact("西堤头镇", "region", "projects_total_investment_cny", 4.26e9, "cny", "总投资规模达到42.6亿元", AS8, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xx09 滨海新区拿下765亿元 (js.zgparks relay 2024)
TEDA = "天津经济技术开发区"
QS = "青松(天津)制药有限公司"
L0 = "青松(天津)制药有限公司(以下简称“青松制药”)坐落于天津经济技术开发区,本次签约的碳青霉烯类高端制剂药品智能化工厂建设项目主要进行医药工业设备更新及技术创新"
L1 = "项目建成后,预估每条产线年产量千万袋,产值达18亿元"
L2 = "此次签约的重点项目中包含内资项目95个,投资总额约1007亿元;外资项目8个,投资总额约12亿美元"
L3 = "另据了解,滨海新区本次共签约43个项目,其中有3个外资项目,投资总额约合765亿元人民币"
AS9 = "2024年6月19日（世界智能产业博览会签约）"
G["xx09"] = dict(
 article=art("“大单”!滨海新区拿下765亿元", "js.zgparks.net（园区资讯栏转载；原发媒体与署名存段未示）", "2024-06", "month",
  "Park portal relaying a local news item, Tianjin: the city's signing at the 2024 World Intelligence Expo — domestic and foreign projects and totals, manufacturing and service shares, the coastal new area's 43 projects and total, one named pharma firm's signed factory project in the national economic zone with expected output",
  "http://js.zgparks.net/yqzx/298.html?id=42",
  "存段无日期行；签约仪式为2024年6月19日，发布日不详，记 2024-06（month）。标题照录。正文四段；末句“…研发与生产能力的基地”无句号，存段可能在此之后中断，原样保留。园区：天津经济技术开发区（青松制药所在）。滨海新区、天津为行政区（region）。公司：青松(天津)制药有限公司（别名“青松制药”，在天津经济技术开发区）。项目：碳青霉烯类高端制剂药品智能化工厂建设项目（本次签约→签约；无金额；建成后产值18亿元为预期，target）。事实：全市内资项目95个约1007亿元、外资8个约12亿美元、制造业46个约545亿元、服务业57个约547亿元（subject 天津，region，reported for the signing）；滨海新区43个项目约合765亿元（约）、外资3个（可选）。天津市投资促进局列可选机构。",
  "xx09"),
 parks=[
  park(TEDA, "天津", "天津", "经济技术开发区", L0, district="滨海新区"),
 ],
 companies=[
  comp(QS, TEDA, L0, aliases=["青松制药"]),
 ],
 institutions=[
  inst("天津市投资促进局", "天津市人民政府副秘书长,天津市投资促进局局长、党组书记杨柳表示"),
 ],
 projects=[
  proj("碳青霉烯类高端制剂药品智能化工厂建设项目", TEDA, L0, companies=[QS], status="签约", status_text="本次签约",
       note="医药工业设备更新及技术创新；建成后产值达18亿元（预期）"),
 ],
 aggregate_facts=[
  fact("天津", "region", "projects_signed", 95, "count", L2, AS9, note="内资项目"),
  fact("天津", "region", "signed_investment_cny", 1.007e11, "cny", "投资总额约1007亿元;外资项目8个", AS9, qual="约", qtext="约", chk=True, note="内资项目"),
  fact("天津", "region", "foreign_projects_signed", 8, "count", "外资项目8个,投资总额约12亿美元", AS9),
  fact("天津", "region", "foreign_signed_investment_usd", 1.2e9, "usd", "外资项目8个,投资总额约12亿美元", AS9, qual="约", qtext="约"),
  fact("天津", "region", "manufacturing_projects_signed", 46, "count", "签约重点项目中包含制造业项目46个,投资总额约545亿元", AS9, opt=True),
  fact("天津", "region", "manufacturing_signed_investment_cny", 5.45e10, "cny", "投资总额约545亿元,涉及包括新能源科技", AS9, qual="约", qtext="约", opt=True, chk=True),
  fact("天津", "region", "service_projects_signed", 57, "count", "服务业项目57个,投资总额约547亿元", AS9, opt=True),
  fact("天津", "region", "service_signed_investment_cny", 5.47e10, "cny", "投资总额约547亿元,涉及金融", AS9, qual="约", qtext="约", opt=True, chk=True),
  fact("滨海新区", "region", "projects_signed", 43, "count", L3, AS9),
  fact("滨海新区", "region", "signed_investment_cny", 7.65e10, "cny", "投资总额约合765亿元人民币", AS9, qual="约", qtext="约合", chk=True),
  fact("滨海新区", "region", "foreign_projects_signed", 3, "count", L3, AS9, opt=True),
  fact("碳青霉烯类高端制剂药品智能化工厂建设项目", "project", "expected_annual_output_cny", 1.8e9, "cny", L1, "建成后（预期）", kind="target", chk=True),
 ])
