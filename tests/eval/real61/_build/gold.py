# real61 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (25.6% → 0.256). Projects: the park is the one the text places the project in, null if none. Status from the text's
# words (集中开工 / 集中动工 / 动工开建 → 开工; 正式竣工 / 建成通车 / 完工 → 竣工; 主体结构完工 while still being fitted out → 在建;
# “预计…开工” → planned). “预计” / “力争” / “计划” figures are kind target; year-to-date values (“1-8月”, “截至目前”, “累计”) are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yeNN.raw as returned.

# ---------------------------------------------------------------- ye01 东湖高新区25个重大项目集中开工 (长江日报 2024)
DH = "东湖高新区"
A0 = "东湖高新区25个重大项目集中开工,总投资约227亿元,居全市第一"
A1 = "记者梳理发现,东湖高新区本次集中开工的项目中包含战略性新兴产业项目15个,总投资185亿元"
A2 = "该项目用地215亩,总投资为25亿元,规划建设年产600吨~750吨植物源重组人血清白蛋白原液的智能化“灯塔”工厂"
A3 = "必盈生物科技研发生产基地项目总投资约4亿元"
A4 = "本次重大项目集中开工活动在武汉禾元生物植物源重组人血清白蛋白产业化基地项目现场举行"
AS1 = "2024年9月20日（集中开工）"
G["ye01"] = dict(
 article=art("东湖高新区25个重大项目集中开工,总投资全市第一", "长江日报（长江日报大武汉客户端；记者李琴 通讯员曾宪雯），载于 news.cjn.cn（长江网）", "2024-09-20", "day",
  "City daily on its portal, Hubei (Wuhan): a national high-tech zone's 25 projects started in a province- and city-wide quarterly groundbreaking — totals by category, the host project (a biotech firm's plant) with area, investment, capacity, completion year and expected output, a second named project with its investment",
  "http://news.cjn.cn/whpd/yw_19947/202409/t4995856.htm",
  "日期取页面“2024-09-20 16:43 来源: 长江日报”。标题照录；logo、电话、栏目路径、日期来源行与“【字体:”已删。图片说明式短行“禾元生物植物源重组人血清白蛋白产业化基地项目。”保留（为下段“该项目”的先行词）。存段末段“长进光子高性能特种光纤生产基地及研发中心项目总投资15亿元,主要建设总部基地及生”为一句未完，整段删去（make_txt.py ITEMS 截至上一段），故长进光子项目不在文本中；正文截至“…具有重要意义。”，共六段。园区：东湖高新区（武汉东湖新技术开发区，湖北；文中只作“东湖高新区”，不补全称）。公司：禾元生物（文中“成立于2006年的禾元生物”，项目名中作“武汉禾元生物”；项目在区内开工，公司园区记东湖高新区）；必盈生物科技只在项目名中（可选）。项目：武汉禾元生物植物源重组人血清白蛋白产业化基地项目——开工活动在其现场举行，“总投资为25亿元”，预计2026年建成投产；文中未明说它是25个之一，按语境（开工活动主场、“本次”）记开工。必盈生物科技研发生产基地项目——“总投资约4亿元”→约，开工（语境同上）。事实：25个项目、约227亿元；分类四组（战新15个185亿元、现代服务业2个19.7亿元、基础设施6个11.8亿元、社会民生2个11.06亿元；个数列可选）。禾元项目用地215亩（可选）、达产年产值“50亿~60亿元”（区间，target，记下限50亿元，可选）。",
  "ye01"),
 parks=[
  park(DH, "武汉", "湖北", "高新区", A0, note="即武汉东湖新技术开发区（中国光谷）；文中只作“东湖高新区”"),
 ],
 companies=[
  comp("禾元生物", DH, "成立于2006年的禾元生物是一家专注从事植物分子医药技术研究与产品开发的高新技术企业", aliases=["武汉禾元生物"],
       note="开工活动主场项目的业主；项目名中作“武汉禾元生物”"),
  comp("必盈生物科技", DH, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("武汉禾元生物植物源重组人血清白蛋白产业化基地项目", DH, A2, companies=["禾元生物"], inv="总投资为25亿元", status="开工",
       status_text="集中开工活动在…项目现场举行", aliases=["禾元生物植物源重组人血清白蛋白产业化基地项目"],
       note="项目名见上段（“本次重大项目集中开工活动在武汉禾元生物…项目现场举行”）；预计2026年建成投产；开工状态由语境推定"),
  proj("必盈生物科技研发生产基地项目", DH, A3, inv="总投资约4亿元", qual="约", qual_text="约", status="开工", status_text="集中开工",
       note="列于本次集中开工项目的介绍中；开工状态由语境推定"),
 ],
 aggregate_facts=[
  fact(DH, "park", "projects_started", 25, "count", A0, AS1),
  fact(DH, "park", "projects_started_investment_cny", 2.27e10, "cny", "总投资约227亿元,居全市第一", AS1, qual="约", qtext="约", chk=True),
  fact(DH, "park", "projects_started_strategic_emerging", 15, "count", A1, AS1, opt=True),
  fact(DH, "park", "projects_started_strategic_emerging_investment_cny", 1.85e10, "cny", "战略性新兴产业项目15个,总投资185亿元", AS1, chk=True),
  fact(DH, "park", "projects_started_modern_services", 2, "count", "现代服务业项目2个,总投资19.7亿元", AS1, opt=True),
  fact(DH, "park", "projects_started_modern_services_investment_cny", 1.97e9, "cny", "总投资19.7亿元", AS1, chk=True),
  fact(DH, "park", "projects_started_infrastructure", 6, "count", "基础设施项目6个,总投资11.8亿元", AS1, opt=True),
  fact(DH, "park", "projects_started_infrastructure_investment_cny", 1.18e9, "cny", "总投资11.8亿元", AS1, chk=True),
  fact(DH, "park", "projects_started_social", 2, "count", "社会民生项目2个,总投资11.06亿元", AS1, opt=True),
  fact(DH, "park", "projects_started_social_investment_cny", 1.106e9, "cny", "总投资11.06亿元", AS1, chk=True),
  fact("武汉禾元生物植物源重组人血清白蛋白产业化基地项目", "project", "site_area_mu", 215, "mu", A2, AS1, opt=True),
  fact("武汉禾元生物植物源重组人血清白蛋白产业化基地项目", "project", "expected_annual_output_cny", 5e9, "cny",
       "达产后,年产值将达50亿~60亿元", "达产后（预期）", kind="target", opt=True, chk=True, note="区间50亿~60亿元，记下限"),
 ])

# ---------------------------------------------------------------- ye02 前海蛇口自贸片区 figures (读特/深圳特区报 2019)
QH = "前海蛇口自贸片区"
B0 = "据统计,2018年,前海蛇口自贸片区注册企业增加值2549.5亿元,增长25.6%"
B1 = "2019年一季度,前海蛇口自贸片区注册企业增加值增速为31.7%,实现税收收入同比增长23.9%;完成全社会固定资产投资增长18%;实际利用外资6.19亿美元,增长107.3%"
Y18 = "2018年"
Q19 = "2019年一季度"
G["ye02"] = dict(
 article=art("打卡广东高质量丨一张白纸从零开始,画出最美最好的图画", "深圳特区报（读特客户端 dutenews.com；读特记者 吴德群/文）", "2019-07-12", "day",
  "City daily's news app, Guangdong (Shenzhen): a press tour of a free-trade-zone area — the area's 2018 registered-firm value added, tax, fixed-asset investment and actual FDI with growth rates, and first-quarter 2019 growth",
  "https://www.dutenews.com/p/189375.html",
  "日期取页面“2019-07-12 11:31”。标题照录；署名行、“摘要”及摘要句（与正文重复）、“编辑 刘彦”、作者行、免责声明与推荐栏已删。正文四段，完整。园区：前海蛇口自贸片区（中国(广东)自由贸易试验区深圳前海蛇口片区；深圳，广东）；“前海”文中作地名/片区简称（“来到前海”“前海实现了翻天覆地的变化”），与前海蛇口自贸片区不同范围，列为可选园区。机构：前海管理局（可选）。事实（前海蛇口自贸片区）：2018年注册企业增加值2549.5亿元、增长25.6%；税收收入445.94亿元、增长30.3%；固定资产投资465.33亿元、增长8%；实际利用外资45.08亿美元、增长1.3%。2019年一季度：增加值增速31.7%，税收增长23.9%，全社会固定资产投资增长18%，实际利用外资6.19亿美元、增长107.3%。均为已报告数（reported / ratio）。",
  "ye02"),
 parks=[
  park(QH, "深圳", "广东", "自贸片区", B0, note="中国(广东)自由贸易试验区深圳前海蛇口片区"),
  park("前海", "深圳", "广东", "合作区（片区简称）", "7月12日,深圳特区报记者随“推动高质量发展调研行”媒体采访团来到前海", opt=True,
       note="文中作地名与片区简称（“前海管理局”“前海作为全市乃至粤港澳大湾区的核心引擎”）；即前海深港现代服务业合作区，未写全称"),
 ],
 institutions=[
  inst("前海管理局", "一边听听前海管理局有关工作人员饱含深情的讲述"),
 ],
 aggregate_facts=[
  fact(QH, "park", "registered_firms_value_added_cny", 2.5495e11, "cny", B0, Y18, chk=True),
  fact(QH, "park", "registered_firms_value_added_yoy_growth", 0.256, "ratio", B0, Y18, kind="ratio"),
  fact(QH, "park", "tax_revenue_cny", 4.4594e10, "cny", "实现税收收入445.94亿元,同比增长30.3%", Y18, chk=True),
  fact(QH, "park", "tax_revenue_yoy_growth", 0.303, "ratio", "实现税收收入445.94亿元,同比增长30.3%", Y18, kind="ratio"),
  fact(QH, "park", "fixed_asset_investment_cny", 4.6533e10, "cny", "固定资产投资465.33亿元,增长8%", Y18, chk=True),
  fact(QH, "park", "fixed_asset_investment_yoy_growth", 0.08, "ratio", "固定资产投资465.33亿元,增长8%", Y18, kind="ratio"),
  fact(QH, "park", "actual_fdi_usd", 4.508e9, "usd", "实际利用外资45.08亿美元,增长1.3%", Y18),
  fact(QH, "park", "actual_fdi_yoy_growth", 0.013, "ratio", "实际利用外资45.08亿美元,增长1.3%", Y18, kind="ratio"),
  fact(QH, "park", "registered_firms_value_added_yoy_growth", 0.317, "ratio", B1, Q19, kind="ratio"),
  fact(QH, "park", "tax_revenue_yoy_growth", 0.239, "ratio", B1, Q19, kind="ratio"),
  fact(QH, "park", "fixed_asset_investment_yoy_growth", 0.18, "ratio", B1, Q19, kind="ratio"),
  fact(QH, "park", "actual_fdi_usd", 6.19e8, "usd", "实际利用外资6.19亿美元,增长107.3%", Q19),
  fact(QH, "park", "actual_fdi_yoy_growth", 1.073, "ratio", "实际利用外资6.19亿美元,增长107.3%", Q19, kind="ratio"),
 ])

# ---------------------------------------------------------------- ye03 临港新片区建设跑出加速度 (浦东时报 via investchn 2021)
LG = "临港新片区"
C0 = "今年以来,上海自贸区临港新片区坚持以“五个重要”战略定位为统领"
C1 = "1-8月,临港新片区全社会固定资产投资完成500亿元,同比增长55%,较2019年同期增长107.9%,两年平均增长44.2%"
C2 = "1-8月,工业总产值完成1586.7亿元,同比增长77.3%,较2019年同期增长133.9%,两年平均增长52.9%"
C3 = "其中,规模以上工业企业完成1464.3亿元,同比增长77.4%,较2019年同期增长176.7%,两年平均增长66.4%"
C4 = "1-8月,新片区第三产业营业总收入延续快速增长势头,同比增长61.3%,较2019年同期增长73.3%,两年平均增长31.7%"
C5 = "其中,规模以上企业营业总收入完成1579.5亿元,占第三产业营业总收入比重为89.9%"
AS3 = "2021年1–8月"
G["ye03"] = dict(
 article=art("临港新片区建设跑出加速度", "浦东时报，载于 investchn.com（中国投资促进网“开发区新闻”，发布开发区：上海临港产业区）", "2021-10-13", "day",
  "District paper relayed by an investment-promotion portal, Shanghai: a free-trade-zone new area's January–August figures — fixed-asset investment by project type, industrial output, four named firms' output and growth, tertiary revenue",
  "https://investchn.com/home/news/detail/id/212028.html",
  "日期取页面“发布时间:2021-10-13  来源:浦东时报”（转载日；浦东时报原刊日期未示，应为当日或稍前）。标题照录；站名标语、位置导航与发布时间行已删。存段末段“重点区域能级在逐步提升,1-8月,洋山特殊综保区完成固定资产投资28.7亿元,同比增长80.8%;完成集装箱吞吐”在句中中断，该段为一句，整段删去（make_txt.py ITEMS 截至上一段），故洋山特殊综保区不在文本中；正文截至“…比重为89.9%。”，含小标题两行，共七段。园区：临港新片区（文中首作“上海自贸区临港新片区”——列 alias，又作“新片区”——泛称不列；中国(上海)自由贸易试验区临港新片区，上海浦东）。公司：特斯拉、三一重机、上海飞机制造、上海中集洋山物流装备——“重点企业”，园区记临港新片区（语境推定）。事实：均为1-8月累计（cumulative）或增速（ratio）；“较2019年同期增长”“两年平均增长”列可选；分项目类型投资额为必列，增速可选。",
  "ye03"),
 parks=[
  park(LG, "上海", "上海", "自贸试验区新片区", C0, district="浦东新区", aliases=["上海自贸区临港新片区"],
       note="中国(上海)自由贸易试验区临港新片区；文中又作“新片区”"),
 ],
 companies=[
  comp("特斯拉", LG, "1-8月,特斯拉完成产值688.6亿元、增长269.8%", note="“重点企业”；园区由语境推定"),
  comp("三一重机", LG, "三一重机完成产值112.9亿元、增长28.2%", note="同上"),
  comp("上海飞机制造", LG, "上海飞机制造完成产值56.3亿元、增长28.2%", note="同上"),
  comp("上海中集洋山物流装备", LG, "上海中集洋山物流装备完成产值31.1亿元、增长604.9%", note="同上"),
 ],
 aggregate_facts=[
  fact(LG, "park", "fixed_asset_investment_cny", 5e10, "cny", C1, AS3, kind="cumulative", chk=True),
  fact(LG, "park", "fixed_asset_investment_yoy_growth", 0.55, "ratio", C1, AS3, kind="ratio"),
  fact(LG, "park", "fixed_asset_investment_growth_vs_2019", 1.079, "ratio", C1, AS3, kind="ratio", opt=True),
  fact(LG, "park", "fixed_asset_investment_two_year_avg_growth", 0.442, "ratio", C1, AS3, kind="ratio", opt=True),
  fact(LG, "park", "industrial_project_investment_cny", 2.592e10, "cny", "产业项目完成投资259.2亿元、增长51.7%", AS3, kind="cumulative", chk=True),
  fact(LG, "park", "industrial_project_investment_yoy_growth", 0.517, "ratio", "产业项目完成投资259.2亿元、增长51.7%", AS3, kind="ratio", opt=True),
  fact(LG, "park", "real_estate_investment_cny", 1.561e10, "cny", "房地产开发项目完成投资156.1亿元、增长109.3%", AS3, kind="cumulative", chk=True),
  fact(LG, "park", "real_estate_investment_yoy_growth", 1.093, "ratio", "房地产开发项目完成投资156.1亿元、增长109.3%", AS3, kind="ratio", opt=True),
  fact(LG, "park", "social_project_investment_cny", 1.19e9, "cny", "社会事业项目完成投资11.9亿元、增长626.5%", AS3, kind="cumulative", chk=True),
  fact(LG, "park", "social_project_investment_yoy_growth", 6.265, "ratio", "社会事业项目完成投资11.9亿元、增长626.5%", AS3, kind="ratio", opt=True),
  fact(LG, "park", "industrial_output_cny", 1.5867e11, "cny", C2, AS3, kind="cumulative", chk=True),
  fact(LG, "park", "industrial_output_yoy_growth", 0.773, "ratio", C2, AS3, kind="ratio"),
  fact(LG, "park", "industrial_output_growth_vs_2019", 1.339, "ratio", C2, AS3, kind="ratio", opt=True),
  fact(LG, "park", "industrial_output_two_year_avg_growth", 0.529, "ratio", C2, AS3, kind="ratio", opt=True),
  fact(LG, "park", "above_scale_industrial_output_cny", 1.4643e11, "cny", C3, AS3, kind="cumulative", chk=True),
  fact(LG, "park", "above_scale_industrial_output_yoy_growth", 0.774, "ratio", C3, AS3, kind="ratio"),
  fact(LG, "park", "above_scale_industrial_output_growth_vs_2019", 1.767, "ratio", C3, AS3, kind="ratio", opt=True),
  fact(LG, "park", "above_scale_industrial_output_two_year_avg_growth", 0.664, "ratio", C3, AS3, kind="ratio", opt=True),
  fact("特斯拉", "company", "output_cny", 6.886e10, "cny", "1-8月,特斯拉完成产值688.6亿元、增长269.8%", AS3, kind="cumulative", chk=True),
  fact("特斯拉", "company", "output_yoy_growth", 2.698, "ratio", "特斯拉完成产值688.6亿元、增长269.8%", AS3, kind="ratio"),
  fact("三一重机", "company", "output_cny", 1.129e10, "cny", "三一重机完成产值112.9亿元、增长28.2%", AS3, kind="cumulative", chk=True),
  fact("三一重机", "company", "output_yoy_growth", 0.282, "ratio", "三一重机完成产值112.9亿元、增长28.2%", AS3, kind="ratio"),
  fact("上海飞机制造", "company", "output_cny", 5.63e9, "cny", "上海飞机制造完成产值56.3亿元、增长28.2%", AS3, kind="cumulative", chk=True),
  fact("上海飞机制造", "company", "output_yoy_growth", 0.282, "ratio", "上海飞机制造完成产值56.3亿元、增长28.2%", AS3, kind="ratio"),
  fact("上海中集洋山物流装备", "company", "output_cny", 3.11e9, "cny", "上海中集洋山物流装备完成产值31.1亿元、增长604.9%", AS3, kind="cumulative", chk=True),
  fact("上海中集洋山物流装备", "company", "output_yoy_growth", 6.049, "ratio", "上海中集洋山物流装备完成产值31.1亿元、增长604.9%", AS3, kind="ratio"),
  fact(LG, "park", "tertiary_revenue_yoy_growth", 0.613, "ratio", C4, AS3, kind="ratio"),
  fact(LG, "park", "tertiary_revenue_growth_vs_2019", 0.733, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(LG, "park", "tertiary_revenue_two_year_avg_growth", 0.317, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(LG, "park", "above_scale_tertiary_revenue_cny", 1.5795e11, "cny", C5, AS3, kind="cumulative", chk=True),
  fact(LG, "park", "above_scale_share_of_tertiary_revenue", 0.899, "ratio", C5, AS3, kind="ratio"),
 ])

# ---------------------------------------------------------------- ye04 天府国际生物城 (成都日报 via 成都新闻网 2018)
SW = "成都天府国际生物城"
D0 = "截至目前,成都天府国际生物城累计签约项目91个,协议总投资超过900亿元"
D1 = "孵化园项目主体结构完工,目前正在进行外立面装修,预计今年6月可交付企业进场装修"
AS4 = "2018年4月（截至目前）"
G["ye04"] = dict(
 article=art("从一张白纸到产业高地强势崛起!双流这座新城正在创造“神话”", "成都日报（头版），经成都新闻网（028news.net，“双流新闻”栏）转载；存段无署名", "2018-04-06", "day",
  "City daily relayed by a city news site, Sichuan (Chengdu, 双流): a biotech industrial city's construction progress — incubator main structure finished, landscape works done, a tunnel and an accelerator project planned, cumulative signed projects and investment, teams and drug varieties brought in",
  "http://www.028news.net/shuangliu/20180406/197429.html",
  "日期取页面“发布时间:2018-04-06 15:42 来源: 成都新闻网”，导语称“今天(6日),成都日报头版推出《天府国际生物城孵化园项目主体结构完工 产业生态圈建设粗见雏形,宏伟蓝图正逐步变为实景》”——原题记于 title_note；标题用转载站标题（页内单独成行多次，去掉栏目前缀“双流新闻:”）。导读行、转载导语、“成都日报版面图”与正文中重复出现的标题行已删。存段末句“奋进中的成都天府国际生物城,将在招项、引才上继”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…促进发展大提升。”，含小标题两行（“产业加速器项目预计上半年开工”“明年6月全面交付”，其下正文不在存段中），共七段。园区：成都天府国际生物城（成都市双流区，四川；文中又作“园区”）。项目：孵化园项目（主体结构完工、外立面装修中→在建；原题作“天府国际生物城孵化园项目”，文中只作“孵化园项目”“园区孵化园”）；产业加速器项目（“预计上半年开工”→planned；“明年6月全面交付”）；园区景观、道路景观工程（完工→竣工，可选）；孵化园到永安湖的下穿隧道（预计年底完工，可选，无状态词）。事实：截至目前累计签约项目91个、协议总投资超过900亿元（超，cumulative）；引进团队与品种数列可选。",
  "ye04", title_note="原题（成都日报头版）：天府国际生物城孵化园项目主体结构完工 产业生态圈建设粗见雏形,宏伟蓝图正逐步变为实景"),
 parks=[
  park(SW, "成都", "四川", "产业新城（生物医药）", D0, district="双流区", note="文中又作“园区”；标题以“双流这座新城”指之"),
 ],
 projects=[
  proj("孵化园项目", SW, D1, status="在建", status_text="主体结构完工,目前正在进行外立面装修",
       note="原题作“天府国际生物城孵化园项目”；预计2018年6月交付企业进场装修"),
  proj("产业加速器项目", SW, "产业加速器项目预计上半年开工", status="planned", status_text="预计上半年开工",
       note="小标题；“明年6月全面交付”"),
  proj("园区景观、道路景观工程", SW, "园区景观、道路景观工程完工", status="竣工", status_text="完工", opt=True),
  proj("孵化园到永安湖的下穿隧道", SW, "从园区孵化园到永安湖的下穿隧道预计年底完工", opt=True, note="预计2018年底完工；名称为编者概括"),
 ],
 aggregate_facts=[
  fact(SW, "park", "projects_signed", 91, "count", D0, AS4, kind="cumulative"),
  fact(SW, "park", "signed_investment_cny", 9e10, "cny", "协议总投资超过900亿元", AS4, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(SW, "park", "nobel_teams", 3, "count", "累计引进诺奖团队3个、两院院士团队3个、海外归国高层次人才团队21个", AS4, kind="cumulative", opt=True),
  fact(SW, "park", "overseas_talent_teams", 21, "count", "海外归国高层次人才团队21个", AS4, kind="cumulative", opt=True),
  fact(SW, "park", "innovative_drug_varieties", 11, "count", "引进创新药品种11个,国内首仿药品种27个,创新平台24个", AS4, kind="cumulative", opt=True),
  fact(SW, "park", "first_generic_drug_varieties", 27, "count", "国内首仿药品种27个", AS4, kind="cumulative", opt=True),
  fact(SW, "park", "innovation_platforms", 24, "count", "创新平台24个", AS4, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ye05 杭州高新区(滨江)20个项目集中开工 (杭州网 2023)
BJ = "杭州高新区(滨江)"
WL = "物联网产业园"
E0 = "10月27日,杭州高新区(滨江)2023年第四季度重大项目集中开工活动在物联网产业园举行"
E1 = "记者获悉,参加此次集中开工活动的项目共20个,计划总投资84.1亿元"
E2 = "其中,宏杉科技项目位于物联网产业园月明路与共联路交叉口西南角地块内,用地面积约10666平方米"
E3 = "除此之外,本次开工的政府投资项目还有新浦河小学、新浦河幼儿园、电竞馆、滨江妇幼保健院迁建等文体卫领域项目,也有长河街道新六村联建等产业配套项目"
AS5 = "2023年10月27日（集中开工）"
G["ye05"] = dict(
 article=art("杭州高新区(滨江)20个项目集中开工", "杭州网（杭州日报报业集团；杭网原创，记者 陈文婧 通讯员 王宇），来源:杭州网杭州通客户端", "2023-10-27", "day",
  "City news portal, Zhejiang (Hangzhou): a high-tech zone's fourth-quarter groundbreaking held in its IoT park — project count and planned investment by type, a storage firm's headquarters project with site area and the firm's expected output, named public projects",
  "https://ori.hangzhou.com.cn/ornews/content/2023-10/27/content_8634528.htm",
  "日期取页面“发布时间:2023-10-27 16:49:32”。标题照录；位置导航、发布时间行、作者编辑行与“杭州网·国家重点新闻网站”已删。正文六段，完整；末段“将充分,牢牢牵住”原文如此，照录。园区：杭州高新区(滨江)（杭州市滨江区，浙江；高新区与滨江区合一，文中又作“高新区(滨江)”“滨江”）；物联网产业园（开工活动所在、宏杉科技项目所在，parent 记杭州高新区(滨江)，由语境推定）。公司：宏杉科技（项目位于物联网产业园；CEO称“将总部放在滨江”；园区记物联网产业园）。项目：宏杉科技项目（开工，无金额）；政府投资项目新浦河小学、新浦河幼儿园、电竞馆、滨江妇幼保健院迁建、长河街道新六村联建（开工；公益/配套项目，园区记杭州高新区(滨江)，列可选）。事实：20个项目、计划总投资84.1亿元；产业项目5个27.4亿元；政府投资项目15个56.7亿元；宏杉科技“今年预计产值在8亿元左右”（company，target，约）；宏杉项目用地约10666平方米（可选）。",
  "ye05"),
 parks=[
  park(BJ, "杭州", "浙江", "高新区", E0, district="滨江区", aliases=["高新区(滨江)"], note="杭州高新区与滨江区合一；文中又作“滨江”"),
  park(WL, "杭州", "浙江", "产业园", E0, district="滨江区", parent=BJ, note="开工活动所在地；母园区由语境推定"),
 ],
 companies=[
  comp("宏杉科技", WL, E2, note="总部大楼项目位于物联网产业园；CEO杨柳"),
 ],
 projects=[
  proj("宏杉科技项目", WL, E2, companies=["宏杉科技"], status="开工", status_text="集中开工", note="总部大楼，预计2年半内建成；无金额"),
  proj("新浦河小学", BJ, E3, status="开工", status_text="本次开工", opt=True, note="政府投资项目"),
  proj("新浦河幼儿园", BJ, E3, status="开工", status_text="本次开工", opt=True, note="政府投资项目"),
  proj("电竞馆", BJ, E3, status="开工", status_text="本次开工", opt=True, note="政府投资项目"),
  proj("滨江妇幼保健院迁建", BJ, E3, status="开工", status_text="本次开工", opt=True, note="政府投资项目"),
  proj("长河街道新六村联建", BJ, E3, status="开工", status_text="本次开工", opt=True, note="产业配套项目"),
 ],
 aggregate_facts=[
  fact(BJ, "park", "projects_started", 20, "count", E1, AS5),
  fact(BJ, "park", "projects_started_investment_cny", 8.41e9, "cny", "计划总投资84.1亿元", AS5, chk=True, note="计划总投资（项目总投资额）"),
  fact(BJ, "park", "industrial_projects_started", 5, "count", "其中,产业项目5个,计划投资27.4亿元", AS5),
  fact(BJ, "park", "industrial_projects_started_investment_cny", 2.74e9, "cny", "计划投资27.4亿元;政府投资项目15个", AS5, chk=True),
  fact(BJ, "park", "government_projects_started", 15, "count", "政府投资项目15个,计划投资56.7亿元", AS5),
  fact(BJ, "park", "government_projects_started_investment_cny", 5.67e9, "cny", "计划投资56.7亿元", AS5, chk=True),
  fact("宏杉科技", "company", "expected_annual_output_cny", 8e8, "cny", "今年预计产值在8亿元左右", "2023年全年（预计）", kind="target",
       qual="约", qtext="左右", chk=True),
  fact("宏杉科技项目", "project", "site_area_m2", 10666, "m2", E2, AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ye06 西安经开区13个“实力项目” (华商报 via glxcb 2022)
XA = "西安经开区"
F0 = "随着西安市委常委、经开区党工委书记康军发布开工令,总投资55亿元的13个“实力项目”重磅上线"
F1 = "包括艾艾精工股份在中西部地区投资最大的项目——工业用轻型工业输送带及智能装备制造项目,以及西部超导产业创新中心及研究院、拓日新一代光伏产品研发与产业化项目等"
F2 = "上述产业项目全部达产后,每年将实现年产值50亿元,实现税收6.8亿元,带动就业近3千人"
F3 = "其中,西部超导扩能改造项目全部投产后,每年可实现产值10亿元以上"
F4 = "西安泰金高强极薄铜箔产业化项目全部投产后,每年可实现产值5亿元以上"
AS6 = "2022年2月14日（集中开工）"
G["ye06"] = dict(
 article=art("西安经开区13个“实力项目”重磅上线 总投资55亿元", "华商报（华商网；记者魏晓飞），载于 glxcb.cn（资讯站转载，“来源:华商网-华商报”）", "2022-02-15", "day",
  "City daily relayed by a news-aggregation site, Shaanxi (Xi'an): a national economic development zone's first-quarter groundbreaking of 13 projects — total and annual planned investment, named industrial projects and firms, expected output and tax, two projects' expected output, three infrastructure projects with amounts",
  "http://glxcb.cn/news/yaowen/2022/0215/38502.html",
  "日期取页面“来源:华商网-华商报 发布时间:2022-02-15 08:51:50”；文中“昨日”即2022年2月14日。标题照录；站点菜单、栏目路径与来源行已删。存段末段“华商报记者获悉,近几年,西安经开区全面深化…理念,坚持”为一句未完，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…330KV电力通道项目。”，共四段。园区：西安经开区（西安经济技术开发区，陕西；文中只作“西安经开区”“经开区”，后者为泛称不列 alias）。项目（均为本批13个集中开工项目，状态开工，园区西安经开区）：工业用轻型工业输送带及智能装备制造项目（艾艾精工股份）、西部超导产业创新中心及研究院、拓日新一代光伏产品研发与产业化项目、西部超导扩能改造项目、西安泰金高强极薄铜箔产业化项目（后两个由“其中”接“上述产业项目”推定为本批）、开元路-建元路通道工程项目（8.36亿元）、纬二路及泾茹路道路管网…EPC项目（2.46亿元）、朱宏路(凤城十路-北三环)330KV电力通道项目（2.84亿元）。公司：艾艾精工股份（在区内投资，园区记西安经开区）；西部超导、拓日、西安泰金只在项目名中（可选）。事实：13个项目、总投资55亿元、年计划投资28亿元（target）、产业项目10个；产业项目达产后年产值50亿元、税收6.8亿元（target）、带动就业近3千人（约，可选）；两项目的预期产值（project，target，超）。",
  "ye06"),
 parks=[
  park(XA, "西安", "陕西", "经济技术开发区", "华商报讯(记者魏晓飞)昨日,西安经开区2022年一季度重点项目集中开工", note="文中又作“经开区”（泛称，不列 alias）"),
 ],
 companies=[
  comp("艾艾精工股份", XA, F1, note="在中西部地区投资最大的项目在本区开工"),
  comp("西部超导", XA, F1, opt=True, note="只在项目名中"),
  comp("拓日", XA, F1, opt=True, note="只在项目名中"),
  comp("西安泰金", XA, F4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("工业用轻型工业输送带及智能装备制造项目", XA, F1, companies=["艾艾精工股份"], status="开工", status_text="集中开工"),
  proj("西部超导产业创新中心及研究院", XA, F1, status="开工", status_text="集中开工"),
  proj("拓日新一代光伏产品研发与产业化项目", XA, F1, status="开工", status_text="集中开工"),
  proj("西部超导扩能改造项目", XA, F3, status="开工", status_text="集中开工", note="“其中”承“上述产业项目”，推定为本批开工项目"),
  proj("西安泰金高强极薄铜箔产业化项目", XA, F4, status="开工", status_text="集中开工", note="同上"),
  proj("开元路-建元路通道工程项目", XA, "开元路-建元路通道工程项目总投资8.36亿元", inv="总投资8.36亿元", status="开工", status_text="集中开工",
       note="基础设施类项目"),
  proj("纬二路及泾茹路道路管网、照明、绿化、交通工程总承包(EPC)项目", XA,
       "还有包括总投资2.46亿元的纬二路及泾茹路道路管网、照明、绿化、交通工程总承包(EPC)项目", inv="总投资2.46亿元", status="开工",
       status_text="集中开工", note="基础设施类项目"),
  proj("朱宏路(凤城十路-北三环)330KV电力通道项目", XA, "总投资2.84亿元的朱宏路(凤城十路-北三环)330KV电力通道项目", inv="总投资2.84亿元",
       status="开工", status_text="集中开工", note="基础设施类项目"),
 ],
 aggregate_facts=[
  fact(XA, "park", "projects_started", 13, "count", F0, AS6),
  fact(XA, "park", "projects_started_investment_cny", 5.5e9, "cny", "总投资55亿元的13个“实力项目”重磅上线", AS6, chk=True),
  fact(XA, "park", "planned_annual_investment_cny", 2.8e9, "cny", "年计划投资28亿元", "2022年（计划）", kind="target", chk=True),
  fact(XA, "park", "industrial_projects_started", 10, "count", "其中产业项目10个,均处于国内领先水平", AS6),
  fact(XA, "park", "expected_annual_output_cny", 5e9, "cny", F2, "达产后（预期）", kind="target", chk=True, note="本批产业项目全部达产后"),
  fact(XA, "park", "expected_annual_tax_cny", 6.8e8, "cny", "实现税收6.8亿元,带动就业近3千人", "达产后（预期）", kind="target", chk=True, note="同上"),
  fact(XA, "park", "expected_jobs", 3000, "count", "带动就业近3千人", "达产后（预期）", kind="target", qual="约", qtext="近", opt=True),
  fact("西部超导扩能改造项目", "project", "expected_annual_output_cny", 1e9, "cny", F3, "投产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("西安泰金高强极薄铜箔产业化项目", "project", "expected_annual_output_cny", 5e8, "cny", F4, "投产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- ye07 知识城项目动工迎来“爆发期” (广州日报 via gz.gov.cn 2019)
ZS = "中新广州知识城"
H0 = "9月27日,黄埔区、广州高新区、广州开发区在中新广州知识城举行环湖总部经济带动工暨穗港澳通用航线启动活动"
H1 = "中新广州知识城九龙湖总部集群项目、国际创新驱动中心等14个重大项目在当天集中动工,总投资额约523亿元"
H2 = "同一天,百济神州广州生物药生产基地一期项目正式竣工"
H3 = "时间回到2017年,预计总投资逾23亿元的百济神州生物药项目在破土动工"
AS7 = "2019年9月27日（集中动工）"
G["ye07"] = dict(
 article=art("知识城项目动工迎来“爆发期”", "广州日报，载于广州市人民政府门户网站 gz.gov.cn（营商环境栏，“来源:广州日报”）", "2019-09-28", "day",
  "City daily relayed by the city government portal, Guangdong (Guangzhou): 14 projects started in a Sino-Singapore knowledge city (total), its headquarters-cluster project, a cross-border helicopter route, a biotech firm's plant phase completed and its earlier investment",
  "http://www.gz.gov.cn/ysgz/jyzc/kfmh/content/post_3102251.html",
  "日期取页面“2019-09-28 来源:广州日报”；活动在9月27日。标题照录；导航、“听全文/分享到”行与两行相同的图片说明已删。副题“总投资额约523亿元 首条穗港澳跨境直升机航线启动”作为正文首段保留。存段末段“该项目建成后,百济神州将在此生产…并有望成为第一款我国自主研发、本土生产的”为一句未完，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…超越全球同类型项目。”，共五段。园区：中新广州知识城（文中又作“知识城”；广州市黄埔区，广东）；广州高新区、广州开发区（与黄埔区同为主办方，区政合一；黄埔区为行政区，不列园区）；“环湖总部经济带”为知识城内片区（可选，parent 知识城）。项目：中新广州知识城九龙湖总部集群项目（又作“九龙湖总部集群项目”）、国际创新驱动中心——14个集中动工项目之一（开工，无单项金额；合计约523亿元为事实）。粤港澳航空产业基地项目（开通航线，无状态词，园区未说，可选）。百济神州广州生物药生产基地一期项目“正式竣工”（竣工）；文中未说其位于知识城（只说“在广州动工建设”），园区记 null。“预计总投资逾23亿元的百济神州生物药项目”2017年破土动工——与一期项目同一工程的全称/总体，金额属总体，另列可选项目（超，逾）。公司：百济神州（园区未说，null）。",
  "ye07"),
 parks=[
  park(ZS, "广州", "广东", "中新合作区（知识城）", H0, district="黄埔区", aliases=["知识城"], note="文中又作“知识城”"),
  park("广州高新区", "广州", "广东", "高新区", H0, district="黄埔区", note="与黄埔区、广州开发区同为主办方"),
  park("广州开发区", "广州", "广东", "经济技术开发区", H0, district="黄埔区", note="同上"),
  park("环湖总部经济带", "广州", "广东", "片区", "未来,环湖总部经济带将以九龙湖中新合作标杆项目为核心,形成对外开放的标志性区域", district="黄埔区",
       parent=ZS, opt=True, note="知识城九龙湖周边片区"),
 ],
 companies=[
  comp("百济神州", None, H2, note="文中未说其生产基地位于哪个园区"),
 ],
 projects=[
  proj("中新广州知识城九龙湖总部集群项目", ZS, H1, aliases=["九龙湖总部集群项目"], status="开工", status_text="集中动工",
       note="14个项目之一；建筑规划高度280米；无单项金额"),
  proj("国际创新驱动中心", ZS, H1, status="开工", status_text="集中动工", note="14个项目之一；无单项金额"),
  proj("粤港澳航空产业基地项目", None, "粤港澳航空产业基地项目将开通广州地区首条穗港澳跨境直升机航线", opt=True, note="无状态词；园区未说"),
  proj("百济神州广州生物药生产基地一期项目", None, H2, companies=["百济神州"], phase="一期", status="竣工", status_text="正式竣工",
       note="园区文中未说"),
  proj("百济神州生物药项目", None, H3, companies=["百济神州"], inv="预计总投资逾23亿元", qual="超", qual_text="逾", status="开工",
       status_text="2017年…破土动工", opt=True, note="与一期项目为同一工程的总体（2017年动工，一期2019年竣工）；金额属总体"),
 ],
 aggregate_facts=[
  fact(ZS, "park", "projects_started", 14, "count", H1, AS7),
  fact(ZS, "park", "projects_started_investment_cny", 5.23e10, "cny", "总投资额约523亿元", AS7, qual="约", qtext="约", chk=True),
  fact("中新广州知识城九龙湖总部集群项目", "project", "planned_height_m", 280, "m", "其建筑规划高度达280米", AS7, kind="target", opt=True),
  fact("百济神州广州生物药生产基地一期项目", "project", "capacity_litres", 8000, "litre", "如今,项目建设仅耗时18个月即实现8000升生产能力", "2019年9月", opt=True),
 ])

# ---------------------------------------------------------------- ye08 知识城 160个重点项目 (广州日报新花城 2024)
ZC = "知识城"
J0 = "作为“三城一岛”战略的核心承载区之一的知识城,今年将推进生物塔等160个重点项目建设,力争完成年度投资1000亿元人民币"
J1 = "据悉,知识城预期完成年度投资比科学城(700亿元)和海丝城(480亿元)分别多了300亿元和520亿元,将成为推动广州开发区、黄埔区新兴经济增长的重要引擎"
J2 = "目前,知识城区域内已汇集了超过1000家前沿科技企业入驻,累计吸引新加坡知名企业78家,总投资超180亿元"
J3 = "粤芯半导体、小鹏汽车、阿里巴巴等165家巨头企业在此安家落户,并引进战略科学家28名,集聚高层次人才超1300名,总量位居全市第一"
J4 = "1月13日,在知识城的何棠下村,广州市首个配售型保障性住房项目正式动工开建"
T24 = "2024年（目标）"
N24 = "2024年5月（目前）"
G["ye08"] = dict(
 article=art("知识城加快高能级战略平台建设,推进160个重点项目建设", "广州日报新花城（广州日报客户端；记者 何瑞琪 通讯员 小埔），huacheng.gz-cmc.com", "2024-05-23", "day",
  "City daily's news app, Guangdong (Guangzhou 黄埔): one of a district's “three cities and one island” — the knowledge city's 2024 key-project count and investment target beside those of the science city and the maritime silk-road city, firms and Singapore investment to date, named firms, housing and transport projects",
  "https://huacheng.gz-cmc.com/pages/2024/05/23/SF12024604288ba6fba76940a0abfd9a.html",
  "日期取页面“2024-05-23 19:40:55 广州日报新花城”。标题照录；“关闭引导”、日期与署名行已删。正文七段，完整。园区：知识城（中新广州知识城，文中只作“知识城”）、科学城（广州科学城）、海丝城（广州海丝城）——黄埔区“三城一岛”之三城，名照文中简称（“一岛”文中未点名）；广州开发区（“推动广州开发区、黄埔区新兴经济增长”）；三城的母园区文中未说，parent 记 null。公司：粤芯半导体、小鹏汽车、阿里巴巴“在此安家落户”→知识城。项目：生物塔（“今年将推进生物塔等160个重点项目建设”——“推进建设”不分在建或待建，状态不记）；广州市首个配售型保障性住房项目（知识城何棠下村，1月13日动工开建→开工；名称为描述语，可选）；从埔高速一期工程（已建成通车→竣工，园区 null，可选）；新白广城际南段工程（静态验收阶段，无状态词，可选）；地铁37号线（方案获批→planned，可选）。事实：知识城2024年160个重点项目、力争年度投资1000亿元；科学城700亿元、海丝城480亿元为“预期完成年度投资”——均 target；差额300亿元、520亿元为派生数（可选）。目前：前沿科技企业超1000家、新加坡知名企业78家、总投资超180亿元、巨头企业165家、战略科学家28名、高层次人才超1300名（reported / cumulative）。",
  "ye08"),
 parks=[
  park(ZC, "广州", "广东", "中新合作区（知识城）", J0, district="黄埔区", note="中新广州知识城；文中只作“知识城”"),
  park("科学城", "广州", "广东", "科学城", J1, district="黄埔区", note="广州科学城；文中只作“科学城”"),
  park("海丝城", "广州", "广东", "产业新城", J1, district="黄埔区", note="广州海丝城；文中只作“海丝城”"),
  park("广州开发区", "广州", "广东", "经济技术开发区", J1, district="黄埔区", note="与黄埔区并称"),
 ],
 companies=[
  comp("粤芯半导体", ZC, J3),
  comp("小鹏汽车", ZC, J3),
  comp("阿里巴巴", ZC, J3),
 ],
 projects=[
  proj("生物塔", ZC, J0, status_text="今年将推进…建设", note="160个重点项目之一；“推进建设”不分在建或待建，状态不记；无金额"),
  proj("广州市首个配售型保障性住房项目", ZC, J4, status="开工", status_text="正式动工开建", opt=True, note="名称为描述语；位于知识城何棠下村"),
  proj("从化至黄埔高速公路(从埔高速)一期工程", None, "从化至黄埔高速公路(从埔高速)一期工程已顺利建成通车", aliases=["从埔高速"], status="竣工",
       status_text="已顺利建成通车", opt=True, phase="一期"),
  proj("新白广城际南段工程", None, "另外,新白广城际南段工程已进入静态验收阶段", opt=True, note="静态验收阶段；无状态词"),
  proj("地铁37号线", None, "而且地铁37号线方案目前已经获批,争取纳入新一轮地铁建设规划", status="planned", status_text="方案目前已经获批", opt=True),
 ],
 aggregate_facts=[
  fact(ZC, "park", "key_projects", 160, "count", J0, T24, kind="target", note="今年将推进的重点项目数"),
  fact(ZC, "park", "annual_investment_target_cny", 1e11, "cny", "力争完成年度投资1000亿元人民币", T24, kind="target", chk=True),
  fact("科学城", "park", "annual_investment_target_cny", 7e10, "cny", "科学城(700亿元)", T24, kind="target", chk=True, note="“预期完成年度投资”"),
  fact("海丝城", "park", "annual_investment_target_cny", 4.8e10, "cny", "海丝城(480亿元)", T24, kind="target", chk=True, note="同上"),
  fact(ZC, "park", "annual_investment_target_excess_over_science_city_cny", 3e10, "cny", "分别多了300亿元和520亿元", T24, kind="target", opt=True, chk=True, note="派生差额"),
  fact(ZC, "park", "annual_investment_target_excess_over_haisi_city_cny", 5.2e10, "cny", "520亿元", T24, kind="target", opt=True, chk=True, note="派生差额"),
  fact(ZC, "park", "tech_firms", 1000, "count", J2, N24, kind="cumulative", qual="超", qtext="超过"),
  fact(ZC, "park", "singapore_firms", 78, "count", "累计吸引新加坡知名企业78家,总投资超180亿元", N24, kind="cumulative"),
  fact(ZC, "park", "singapore_firms_investment_cny", 1.8e10, "cny", "总投资超180亿元", N24, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(ZC, "park", "major_firms", 165, "count", J3, N24, kind="cumulative"),
  fact(ZC, "park", "strategic_scientists", 28, "count", "并引进战略科学家28名", N24, kind="cumulative", opt=True),
  fact(ZC, "park", "high_level_talent", 1300, "count", "集聚高层次人才超1300名", N24, kind="cumulative", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- ye09 合肥 第二批“六稳”重大项目集中开工 in 合肥高新区 (合肥日报 2021)
HF = "合肥高新区"
K0 = "本报讯2月18日下午,全市2021年第二批贯彻“六稳”重大项目暨中科院合肥技术创新工程院二期项目集中开工现场推进会在合肥高新区举行"
K1 = "此次集中开工项目58个,总投资340.8亿元"
K2 = "该院二期项目总投资5.7亿元,主要建设离子产业中心、高新技术产业孵化器等"
AS9 = "2021年2月18日（集中开工）"
G["ye09"] = dict(
 article=art("58个项目,总投资340亿元 全市第二批贯彻“六稳” 重大项目集中开工 虞爱华宣布开工", "合肥日报（记者 孟祥齐 王骏超），载于 m.yybnet.net（合肥新闻栏）", "2021-02-19", "day",
  "City daily relayed by a regional news site, Anhui (Hefei): a city-wide groundbreaking of 58 projects held on site in the high-tech zone — totals by type, and the host project (a Chinese Academy of Sciences innovation institute's phase 2) with its investment",
  "https://m.yybnet.net/hefei/news/202102/11245921.html",
  "日期取页面“合肥日报 2021-02-19 04:33”；活动在2月18日。标题照录（页面标题即三段式标题）。“(记者 孟祥齐 王骏超)”署名行与“新闻推荐/相关推荐”栏已删。正文三段，完整。园区：合肥高新区（合肥，安徽），为推进会举行地。58个项目为“全市”项目，事实 subject 记“合肥市”（region），不归园区。项目：中科院合肥技术创新工程院二期项目（文中又以“该院二期项目”称之；“总投资5.7亿元”）——推进会即该项目的集中开工现场会，在合肥高新区举行，园区记合肥高新区（由语境推定），状态开工。机构：中科院合肥技术创新工程院（又作“中科院合肥创新院”）、中科院合肥物质科学研究院（可选）。市领导不列。",
  "ye09"),
 parks=[
  park(HF, "合肥", "安徽", "高新区", K0, note="推进会举行地"),
 ],
 institutions=[
  inst("中科院合肥技术创新工程院", K0, kind="research", park=HF, note="又作“中科院合肥创新院”；二期项目业主"),
  inst("中科院合肥物质科学研究院", "中科院合肥物质科学研究院院长刘建国、党委书记黄晨光等参加", kind="research"),
 ],
 projects=[
  proj("中科院合肥技术创新工程院二期项目", HF, K2, inv="总投资5.7亿元", phase="二期", status="开工", status_text="集中开工",
       note="项目全名见首段，末段作“该院二期项目”（中科院合肥创新院）；园区由推进会举行地推定"),
 ],
 aggregate_facts=[
  fact("合肥市", "region", "projects_started", 58, "count", K1, AS9, note="全市第二批重大项目"),
  fact("合肥市", "region", "projects_started_investment_cny", 3.408e10, "cny", "总投资340.8亿元", AS9, chk=True),
  fact("合肥市", "region", "industrial_projects_started", 41, "count", "其中产业类项目41个,总投资261.2亿元", AS9),
  fact("合肥市", "region", "industrial_projects_started_investment_cny", 2.612e10, "cny", "总投资261.2亿元", AS9, chk=True),
  fact("合肥市", "region", "government_projects_started", 17, "count", "政府性投资项目17个,总投资79.6亿元", AS9),
  fact("合肥市", "region", "government_projects_started_investment_cny", 7.96e9, "cny", "总投资79.6亿元", AS9, chk=True),
 ])
