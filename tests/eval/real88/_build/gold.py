# real88 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (xf04 is traditional script as published by 香港商报 hkcd.com; the other six
# simplified as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); US dollars in *_usd facts. Growth rates and shares as ratios (12.6% → 0.126). Projects: the park is the one
# the text places the project in (the most specific one named), null if none. Status from the text's words (开工 / 新开工 /
# 集中开工 / 開工 → 开工; 投产 / “投产一批” → 投产; 签约 / 集中签约 / 签约落户 / 正式落户 after a signing → 签约); “实施”
# alone gives no status (status_alt 在建). Expected figures after production (“达产后”, “预计”) are kind target; “力争” too;
# counts and sums of several rounds so far (“前十三期”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/xfNN.raw as returned.

# ---------------------------------------------------------------- xf01 新乡高新区 2022 review (新乡日报 2023-02-24)
XX = "新乡高新区"
A0 = "2月23日下午,在全市2022年经济社会发展成就系列新闻发布会高新区专场上,该区党工委委员、管委会副主任张立鹏如是介绍"
A1 = "张立鹏说,去年,高新区生产总值完成205.87亿元,增长7.2%,增速居全市第2位"
A2 = "规模以上工业增加值增长11.2%,增速居全市第1位"
A3 = "该区坚持把项目带动作为经济工作的主抓手,去年共谋划386个项目,总投资2045亿元,实施了华兰生物总投资30亿元的医药研发及智能化生产基地项目、新飞智家总投资15.2亿元的科技产业园项目、拓新药业总投资5亿元的年产1000吨核苷食品营养强化剂项目、新航集团总投资10亿元的机载产品产能提升项目等一批主导产业项目"
A4 = "“东进”布局已全面启动,占地约18平方公里、总投资176亿元的东部片区开发方案已通过市政府审批"
A5 = "“‘生物医药、高端装备制造+氢能未来产业’的主导产业,占规模以上工业增加值比重提高到87.9%,战略性新兴产业占比提高到43.7%,高技术产业增加值占比提升至48.6%"
AS1 = "2022年"
G["xf01"] = dict(
 article=art("高新区 力争高新技术企业总数突破170家", "新乡日报（全媒体记者 刘军旗），数字报 rb.xxrb.com.cn 第A02版", "2023-02-24", "day",
  "City daily, Henan: a national high-tech zone's 2022 results at the city's press-conference series — GDP and growth, industrial value added, fixed investment, retail sales, budget revenue, industry shares, land consolidated, an eastern-extension plan with area and investment, the year's project pipeline and four named firms' projects with amounts; a target for high-tech firms in the headline",
  "http://rb.xxrb.com.cn/html/2023-02/24/content_135777.htm",
  "日期取网址 2023-02/24（数字报第A02版）；发布会在“2月23日下午”。标题：版面上两行“高新区”（引题）与“力争高新技术企业总数突破170家”，以一个空格连成一行（make_txt.py ITEMS 的二元组）；版次行“第A02版:”已删。存段末段“在优化营商环境方面,高新区坚持“柔性管理,真心服务”“入企审批,处罚审批””在句中中断，整段删去；正文截至“…等一批主导产业项目。”，共五段。园区：文中只作“高新区”“该区”，据新乡日报与“全市…新闻发布会高新区专场”“增速居全市第2位”定为新乡高新区（新乡高新技术产业开发区；名称为编者据语境补全，alias 取文中“高新区”）。项目：华兰生物、新飞智家、拓新药业、新航集团四个项目，2022年“实施了”——阶段未明说，status 空、status_alt 在建；名称照录（“科技产业园项目”等以企业名前缀作 alias）。东部片区开发方案（约18平方公里、176亿元，已获市政府审批）列可选项目（planned）。标题“力争高新技术企业总数突破170家”为目标（target，超）。",
  "xf01"),
 parks=[
  park(XX, "新乡", "河南", "高新区", A0, aliases=["高新区"], note="文中只作“高新区”“该区”；全名由新乡日报与“全市”语境补全（名称不在文中）"),
 ],
 companies=[
  comp("华兰生物", XX, A3, note="在高新区实施医药研发及智能化生产基地项目"),
  comp("新飞智家", XX, A3, note="在高新区实施科技产业园项目"),
  comp("拓新药业", XX, A3, note="在高新区实施核苷食品营养强化剂项目"),
  comp("新航集团", XX, A3, note="在高新区实施机载产品产能提升项目"),
 ],
 projects=[
  proj("医药研发及智能化生产基地项目", XX, A3, companies=["华兰生物"], inv="总投资30亿元", status_alt="在建", status_text="实施了",
       aliases=["华兰生物医药研发及智能化生产基地项目"]),
  proj("科技产业园项目", XX, A3, companies=["新飞智家"], inv="总投资15.2亿元", status_alt="在建", status_text="实施了",
       aliases=["新飞智家科技产业园项目"]),
  proj("年产1000吨核苷食品营养强化剂项目", XX, A3, companies=["拓新药业"], inv="总投资5亿元", status_alt="在建", status_text="实施了"),
  proj("机载产品产能提升项目", XX, A3, companies=["新航集团"], inv="总投资10亿元", status_alt="在建", status_text="实施了",
       aliases=["新航集团机载产品产能提升项目"]),
  proj("东部片区开发方案", XX, A4, inv="总投资176亿元", status="planned", status_text="已通过市政府审批", opt=True,
       note="园区扩区开发方案，占地约18平方公里"),
 ],
 aggregate_facts=[
  fact(XX, "park", "gdp_cny", 2.0587e10, "cny", A1, AS1, chk=True),
  fact(XX, "park", "gdp_yoy_growth", 0.072, "ratio", A1, AS1, kind="ratio"),
  fact(XX, "park", "above_scale_industrial_value_added_yoy_growth", 0.112, "ratio", A2, AS1, kind="ratio"),
  fact(XX, "park", "fixed_asset_investment_yoy_growth", 0.201, "ratio", "固定资产投资增长20.1%", AS1, kind="ratio"),
  fact(XX, "park", "retail_sales_cny", 7.532e9, "cny", "社会消费品零售总额75.32亿元,增长1.8%", AS1, chk=True, opt=True),
  fact(XX, "park", "retail_sales_yoy_growth", 0.018, "ratio", "社会消费品零售总额75.32亿元,增长1.8%", AS1, kind="ratio", opt=True),
  fact(XX, "park", "general_budget_revenue_cny", 1.157e9, "cny", "一般公共预算收入11.57亿元,税收比重87.6%", AS1, chk=True),
  fact(XX, "park", "tax_share_of_budget_revenue", 0.876, "ratio", "一般公共预算收入11.57亿元,税收比重87.6%", AS1, kind="ratio", opt=True),
  fact(XX, "park", "leading_industries_share_of_industrial_value_added", 0.879, "ratio", A5, AS1, kind="ratio", opt=True),
  fact(XX, "park", "strategic_emerging_share", 0.437, "ratio", A5, AS1, kind="ratio", opt=True),
  fact(XX, "park", "high_tech_value_added_share", 0.486, "ratio", A5, AS1, kind="ratio", opt=True),
  fact(XX, "park", "idle_land_consolidated_mu", 2700, "mu", "“北优”布局已整合闲置低效用地2700多亩", AS1, qual="余", qtext="多", opt=True),
  fact("东部片区开发方案", "project", "site_area_km2", 18, "km2", A4, "2022年（方案）", qual="约", qtext="约", opt=True),
  fact(XX, "park", "projects_planned", 386, "count", "去年共谋划386个项目,总投资2045亿元", AS1, note="谋划项目数"),
  fact(XX, "park", "planned_investment_cny", 2.045e11, "cny", "总投资2045亿元,实施了华兰生物", AS1, chk=True, note="谋划的386个项目总投资"),
  fact(XX, "park", "high_tech_firms", 170, "count", "力争高新技术企业总数突破170家", "2023年（目标）", kind="target", qual="超", qtext="突破",
       note="标题中的目标"),
 ])

# ---------------------------------------------------------------- xf02 新乡高新区 2021 commerce (新乡日报 2022-02-10)
B0 = "本报讯 2021年,高新区通过大力开展招商引资、促进商贸流通、强化疫情防控等措施,实现商务运行高质量发展"
B1 = "高新区参加3期“三个一批”签约项目活动,共签约项目32个,总投资103.77亿元"
B2 = "主要包括总投资20亿元的华兰生物工程股份有限公司智能化生物制品研发及产业化、总投资5亿元的上海市裕灏电子科技发展有限公司半导体芯片生产设备配套控温及冷却系统、总投资4亿元的河南功能高分子膜材料创新中心有限公司成果转化项目、总投资3亿元的深圳市海滨药业有限公司呼入制剂原料药等项目"
B3 = "河南新飞制冷器具有限公司在商务部举办的第三届“双品网购节”活动中销售额突破3000万元、“双十一”销售额突破1亿元、全年电商销售收入突破14亿元"
B4 = "新乡良润全谷物食品有限公司“双十一”销售额突破1770万元,全年电商销售收入突破2亿元,连续8年天猫面粉类目销量排名第一"
B5 = "河南省邦尼贸易有限公司“双十一”销售额突破550万元,位居天猫鞋垫类目店铺、单品排名第一,全年电商销售收入突破4000万元"
AS2 = "2021年"
G["xf02"] = dict(
 article=art("高新区:立足新起点 踔厉踏征程", "新乡日报（本报讯，无署名），数字报 rb.xxrb.com.cn 第A04版", "2022-02-10", "day",
  "City daily, Henan: a national high-tech zone's 2021 commerce results — out-of-province funds, foreign investment, retail sales, outward investment, projects signed in three “三个一批” rounds with four named firms' projects and amounts, and three local firms' e-commerce sales",
  "http://rb.xxrb.com.cn/html/2022-02/10/content_110216.htm",
  "日期取网址 2022-02/10（数字报第A04版）。标题照录；版次行已删。存段在末段“…;泰投科创产业园获批“2021年河南省电子商务”处中断，该分句连同其前的分号删去（make_txt.py LINE_SUFFIX），正文截至“…全年电商销售收入突破4000万元”（句末无标点），共四段。园区：文中只作“高新区”“全区”，据新乡日报及“增速排名全市第二位”“全省16个国家级开发区”定为新乡高新区（名称为编者补全）；与 xf01 同报同区，不同年份、不同主题。项目：四个签约项目（“参加3期‘三个一批’签约项目活动”→签约），名称为文中“企业名+项目名”整串，短名作 alias。公司：四个签约企业（项目落在高新区，park 记新乡高新区）；新飞制冷、良润全谷物、邦尼贸易三家为高新区商务运行中列举的企业（park 由语境推定）。事实：实际利用省外资金、实际吸收外资（10679万美元）、到位外资资本金、社零、对外直接投资、签约32个/103.77亿元；三家企业全年电商销售收入（“突破”→超）。",
  "xf02"),
 parks=[
  park(XX, "新乡", "河南", "高新区", B0, aliases=["高新区"], note="文中只作“高新区”“全区”；全名由语境补全（名称不在文中）；国家级开发区（“全省16个国家级开发区”）"),
 ],
 companies=[
  comp("华兰生物工程股份有限公司", XX, B2, note="签约项目（三个一批）"),
  comp("上海市裕灏电子科技发展有限公司", XX, B2, note="签约项目（三个一批）；项目落在高新区"),
  comp("河南功能高分子膜材料创新中心有限公司", XX, B2, note="签约项目（三个一批）"),
  comp("深圳市海滨药业有限公司", XX, B2, note="签约项目（三个一批）；项目落在高新区"),
  comp("河南新飞制冷器具有限公司", XX, B3, note="高新区商务运行中列举的企业；园区由语境推定"),
  comp("新乡良润全谷物食品有限公司", XX, B4, note="同上"),
  comp("河南省邦尼贸易有限公司", XX, B5, note="同上"),
 ],
 projects=[
  proj("华兰生物工程股份有限公司智能化生物制品研发及产业化", XX, B2, companies=["华兰生物工程股份有限公司"], inv="总投资20亿元",
       status="签约", status_text="签约项目", aliases=["智能化生物制品研发及产业化"]),
  proj("上海市裕灏电子科技发展有限公司半导体芯片生产设备配套控温及冷却系统", XX, B2, companies=["上海市裕灏电子科技发展有限公司"], inv="总投资5亿元",
       status="签约", status_text="签约项目", aliases=["半导体芯片生产设备配套控温及冷却系统"]),
  proj("河南功能高分子膜材料创新中心有限公司成果转化项目", XX, B2, companies=["河南功能高分子膜材料创新中心有限公司"], inv="总投资4亿元",
       status="签约", status_text="签约项目", aliases=["成果转化项目"]),
  proj("深圳市海滨药业有限公司呼入制剂原料药", XX, B2, companies=["深圳市海滨药业有限公司"], inv="总投资3亿元",
       status="签约", status_text="签约项目", aliases=["呼入制剂原料药"]),
 ],
 aggregate_facts=[
  fact(XX, "park", "out_of_province_funds_used_cny", 4.724e9, "cny", "全区实际利用省外资金47.24亿元,完成全年目标的100.49%,同比增长3.51%", AS2, chk=True),
  fact(XX, "park", "out_of_province_funds_used_yoy_growth", 0.0351, "ratio", "全区实际利用省外资金47.24亿元,完成全年目标的100.49%,同比增长3.51%", AS2, kind="ratio", opt=True),
  fact(XX, "park", "new_foreign_invested_firms", 1, "count", "新设外商投资企业1家", AS2, opt=True),
  fact(XX, "park", "actual_fdi_usd", 1.0679e8, "usd", "实际吸收外资10679万美元,完成全年目标的109.5%,同比增长13.3%", AS2),
  fact(XX, "park", "actual_fdi_yoy_growth", 0.133, "ratio", "实际吸收外资10679万美元,完成全年目标的109.5%,同比增长13.3%", AS2, kind="ratio", opt=True),
  fact(XX, "park", "fdi_capital_paid_in_usd", 1.066e7, "usd", "到位外资资本金(商务部口径)1066万美元,同比增长773.8%", AS2, opt=True),
  fact(XX, "park", "retail_sales_cny", 7.389e9, "cny", "完成社会消费品零售总额73.89亿元,同比增长9.2%", AS2, chk=True),
  fact(XX, "park", "retail_sales_yoy_growth", 0.092, "ratio", "完成社会消费品零售总额73.89亿元,同比增长9.2%", AS2, kind="ratio", opt=True),
  fact(XX, "park", "outward_direct_investment_usd", 1.3285e6, "usd", "完成对外直接投资132.85万美元,同比增长140.27%", AS2, opt=True),
  fact(XX, "park", "projects_signed", 32, "count", B1, AS2),
  fact(XX, "park", "signed_investment_cny", 1.0377e10, "cny", B1, AS2, chk=True),
  fact("河南新飞制冷器具有限公司", "company", "ecommerce_sales_cny", 1.4e9, "cny", "全年电商销售收入突破14亿元", AS2, qual="超", qtext="突破", chk=True),
  fact("河南新飞制冷器具有限公司", "company", "double11_sales_cny", 1e8, "cny", "“双十一”销售额突破1亿元", "2021年“双十一”", qual="超", qtext="突破", chk=True, opt=True),
  fact("河南新飞制冷器具有限公司", "company", "event_sales_cny", 3e7, "cny", "销售额突破3000万元", "2021年第三届“双品网购节”", qual="超", qtext="突破", chk=True, opt=True),
  fact("新乡良润全谷物食品有限公司", "company", "ecommerce_sales_cny", 2e8, "cny", "全年电商销售收入突破2亿元", AS2, qual="超", qtext="突破", chk=True),
  fact("新乡良润全谷物食品有限公司", "company", "double11_sales_cny", 1.77e7, "cny", "新乡良润全谷物食品有限公司“双十一”销售额突破1770万元", "2021年“双十一”", qual="超", qtext="突破", chk=True, opt=True),
  fact("河南省邦尼贸易有限公司", "company", "ecommerce_sales_cny", 4e7, "cny", "全年电商销售收入突破4000万元", AS2, qual="超", qtext="突破", chk=True),
  fact("河南省邦尼贸易有限公司", "company", "double11_sales_cny", 5.5e6, "cny", "河南省邦尼贸易有限公司“双十一”销售额突破550万元", "2021年“双十一”", qual="超", qtext="突破", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- xf03 伊滨科技城 第十四期“三个一批” (伊滨融媒 on 顶端新闻 2024-10-09)
YB = "伊滨科技城"
ZJ = "洛阳市智能家居产业园"
C0 = "我区第十四期“三个一批”活动集中签约、开工项目12个,总投资70.1亿元"
C1 = "其中,签约项目8个,总投资31.1亿元,年度计划投资10.1亿元,“中州时代配套产业项目服务中心”项目在洛阳市主会场进行签约"
C2 = "新开工项目4个,总投资39亿元,年度计划投资15亿元,包括:总投资27亿元的大谷智能制造产业基地项目、总投资1.5亿元的智慧矿山装备制造项目、总投资4亿元的精密轴承滚珠及配套生产项目,以及总投资6.5亿元的洛阳市智能家居产业园二期(科飞亚)建设项目"
C3 = "“投产一批”仪式随后在洛阳智能家居产业园一期项目现场举行,与会人员集中参观了产业园项目建设情况"
C4 = "据悉,我区前十三期“三个一批”活动共实施项目92个,总投资789.81亿元"
AS3 = "2024年10月8日（第十四期“三个一批”）"
G["xf03"] = dict(
 article=art("伊滨:集中签约、开工项目12个,总投资70.1亿元", "伊滨融媒，载于顶端新闻 m.dingxinwen.cn", "2024-10-09", "day",
  "District media centre on a provincial news app, Henan: a Luoyang zone's fourteenth “三个一批” round — projects signed and started with totals and annual plans, four named projects started with amounts, a named project signed, a furniture-park phase 2 started by a named firm and its phase 1 hosting the in-production ceremony, and the cumulative total of thirteen earlier rounds",
  "https://m.dingxinwen.cn/detail/135CD1E648B94C79B96397619A970F?categoryId=-2",
  "日期取页面“2024-10-09 08:50:39”；活动在“10月8日”。标题照录；“打开APP”、来源“伊滨融媒”与时间行已删。存段末句“其中,“签约一批”项目39个,总投资326.8亿元,目前已全部实现开工建设,新能源钠离子电池研发生产等项目已建成投产”在句中中断（无句号），已删（make_txt.py LINE_SUFFIX），正文截至“…总投资789.81亿元。”，共八段。园区：伊滨科技城（文中“伊滨科技城管委会”；“我区”即伊滨区——洛阳伊滨经开区所在，文中未出现“经开区”字样；kind 记科技城）；洛阳市智能家居产业园（又作“洛阳智能家居产业园”；一期、二期；母园区由语境推定为伊滨科技城）。项目：“我区”新开工四个（开工，park 伊滨科技城；智能家居产业园二期为园区建设项目，业主洛阳科飞亚家具有限公司，phase 二期）；“中州时代配套产业项目服务中心”在市主会场签约（无金额）；“投产一批”仪式设在智能家居产业园一期项目现场——一期列可选项目（投产）。事实 subject 记伊滨科技城（文中“我区”）。",
  "xf03"),
 parks=[
  park(YB, "洛阳", "河南", "科技城", "区党工委委员、伊滨科技城管委会常务副主任张宛澍主持开工仪式", district="伊滨区",
       note="文中“伊滨科技城管委会”；“我区”（伊滨区）；洛阳伊滨经开区所在，文中未出现“经开区”"),
  park(ZJ, "洛阳", "河南", "产业园（家居）", C2, district="伊滨区", parent=YB, aliases=["洛阳智能家居产业园"],
       note="一期、二期；母园区由语境推定"),
 ],
 companies=[
  comp("洛阳科飞亚家具有限公司", ZJ, "洛阳科飞亚家具有限公司董事长胡云亮介绍项目情况", aliases=["科飞亚"],
       note="洛阳市智能家居产业园二期(科飞亚)建设项目业主"),
 ],
 projects=[
  proj("大谷智能制造产业基地项目", YB, C2, inv="总投资27亿元", status="开工", status_text="新开工"),
  proj("智慧矿山装备制造项目", YB, C2, inv="总投资1.5亿元", status="开工", status_text="新开工"),
  proj("精密轴承滚珠及配套生产项目", YB, C2, inv="总投资4亿元", status="开工", status_text="新开工"),
  proj("洛阳市智能家居产业园二期(科飞亚)建设项目", YB, C2, companies=["洛阳科飞亚家具有限公司"], inv="总投资6.5亿元", phase="二期",
       status="开工", status_text="新开工", note="园区（洛阳市智能家居产业园）二期建设；开工仪式在此举行"),
  proj("中州时代配套产业项目服务中心", YB, C1, status="签约", status_text="在洛阳市主会场进行签约", note="无金额"),
  proj("洛阳智能家居产业园一期项目", YB, C3, phase="一期", status="投产", status_text="“投产一批”仪式", opt=True,
       note="投产由“投产一批”仪式地点推知"),
 ],
 aggregate_facts=[
  fact(YB, "park", "projects_signed_and_started", 12, "count", C0, AS3, note="文中“我区”"),
  fact(YB, "park", "projects_signed_and_started_investment_cny", 7.01e9, "cny", C0, AS3, chk=True),
  fact(YB, "park", "projects_signed", 8, "count", C1, AS3),
  fact(YB, "park", "signed_investment_cny", 3.11e9, "cny", "签约项目8个,总投资31.1亿元,年度计划投资10.1亿元", AS3, chk=True),
  fact(YB, "park", "signed_projects_annual_planned_investment_cny", 1.01e9, "cny", "年度计划投资10.1亿元,“中州时代", "2024年（计划）", kind="target", chk=True, opt=True),
  fact(YB, "park", "projects_started", 4, "count", C2, AS3),
  fact(YB, "park", "projects_started_investment_cny", 3.9e9, "cny", "新开工项目4个,总投资39亿元,年度计划投资15亿元", AS3, chk=True),
  fact(YB, "park", "started_projects_annual_planned_investment_cny", 1.5e9, "cny", "年度计划投资15亿元,包括", "2024年（计划）", kind="target", chk=True, opt=True),
  fact(YB, "park", "projects_count", 92, "count", C4, "2024年10月前（前十三期“三个一批”）", kind="cumulative", note="前十三期共实施项目"),
  fact(YB, "park", "projects_investment_cny", 7.8981e10, "cny", "总投资789.81亿元", "2024年10月前（前十三期“三个一批”）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xf04 蕪湖經開區 一季度集中開工 (香港商報 2025-03-13, traditional)
WH = "蕪湖經開區"
D0 = "3月13日,安徽省蕪湖經開區舉行2025年一季度集中開工暨美芝精密科技產業園開工活動"
D1 = "據了解,蕪湖經開區本次集中開工的項目共有52個、總投資213.8億元(人民幣,下同),其中50億元以上項目1個、10億元以上項目6個,涉及首位產業、智能家電、新材料、高端裝備等領域"
D2 = "其中,投資50億元的美芝精密科技產業園項目全部投產後預計新增空調壓縮機產能超3000萬台、總產能將近1億台,新增營收80億元,總營收達200億元"
D3 = "2024年實現地區生產總值900.66億元、增長12.6%"
AS4 = "2025年3月13日（一季度集中開工）"
G["xf04"] = dict(
 article=art("（無標題）蕪湖經開區2025年一季度集中開工 52個項目總投資213.8億元", "香港商報（hkcd.com；記者 柏永 通訊員 吳軒）", "2025-03-13", "day",
  "Hong Kong newspaper's mainland channel (traditional script as published), Anhui: a national economic and technological development zone's first-quarter groundbreaking — project count and total investment, size bands, expected added output and tax, a named 5-billion-yuan compressor park with expected revenue, the zone's 2024 GDP and above-scale industrial output with growth, and its national ranking",
  "https://hkcd.com./hkcdweb/content_p/2025/03/13/content_184335.html",
  "日期取网址 2025/03/13；活动在“3月13日”。存段无标题、无日期行（title 为编者概括）。繁体，为香港商报原刊字形，未作转换（非转换站副本）。正文五段，完整（末有记者署名）。园区：蕪湖經開區（芜湖经济技术开发区；国家级——“在商務部公佈的全國229家國家級經濟技術開發區綜合排名中居第18位”）。项目：美芝精密科技產業園項目，投資50億元，當日開工（标题句“集中開工暨美芝精密科技產業園開工活動”）；“美芝”只在项目名中，不另列公司。事实：52个项目、213.8億元（开工）；50億元以上1个、10億元以上6个（可选）；全部達產後新增產值超400億元、稅收超15億元（target）；美芝项目新增營收80億元（target）；2024年 GDP 900.66億元、增長12.6%，規上工業產值3346.8億元、增長22.8%；全国排名第18位（可选）。",
  "xf04"),
 parks=[
  park(WH, "芜湖", "安徽", "国家级经济技术开发区", D0, note="繁体原文；芜湖经济技术开发区"),
 ],
 companies=[],
 projects=[
  proj("美芝精密科技產業園項目", WH, D2, inv="投資50億元", status="开工", status_text="開工活動",
       note="开工见首句“集中開工暨美芝精密科技產業園開工活動”"),
 ],
 aggregate_facts=[
  fact(WH, "park", "projects_started", 52, "count", D1, AS4),
  fact(WH, "park", "projects_started_investment_cny", 2.138e10, "cny", "總投資213.8億元(人民幣,下同)", AS4, chk=True),
  fact(WH, "park", "projects_started_over_5bn", 1, "count", "其中50億元以上項目1個、10億元以上項目6個", AS4, opt=True),
  fact(WH, "park", "projects_started_over_1bn", 6, "count", "其中50億元以上項目1個、10億元以上項目6個", AS4, opt=True),
  fact(WH, "park", "expected_added_output_cny", 4e10, "cny", "上述項目全部達產後可新增產值(銷售額)超400億元,稅收超15億元", "全部達產後（預期）", kind="target", qual="超", qtext="超", chk=True,
       note="52个开工项目合计"),
  fact(WH, "park", "expected_added_tax_cny", 1.5e9, "cny", "稅收超15億元", "全部達產後（預期）", kind="target", qual="超", qtext="超", chk=True, opt=True),
  fact("美芝精密科技產業園項目", "project", "expected_added_revenue_cny", 8e9, "cny", "新增營收80億元,總營收達200億元", "全部投產後（預期）", kind="target", chk=True),
  fact("美芝精密科技產業園項目", "project", "expected_total_revenue_cny", 2e10, "cny", "總營收達200億元", "全部投產後（預期）", kind="target", chk=True, opt=True,
       note="企业总营收"),
  fact(WH, "park", "gdp_cny", 9.0066e10, "cny", D3, "2024年", chk=True),
  fact(WH, "park", "gdp_yoy_growth", 0.126, "ratio", D3, "2024年", kind="ratio"),
  fact(WH, "park", "industrial_output_above_scale_cny", 3.3468e11, "cny", "達3346.8億元、增長22.8%", "2024年", chk=True),
  fact(WH, "park", "industrial_output_above_scale_yoy_growth", 0.228, "ratio", "達3346.8億元、增長22.8%", "2024年", kind="ratio"),
  fact(WH, "park", "national_rank", 18, "rank", "在商務部公佈的全國229家國家級經濟技術開發區綜合排名中居第18位", "2024年度（商務部綜合排名）", opt=True),
 ])

# ---------------------------------------------------------------- xf05 合肥经开区 99 projects signed (新浪安徽 2019-06-20)
HF = "合肥经开区"
ZB = "合肥经开区智能装备科技园"
E0 = "6月18日,协议投资额约835亿元的99个重点项目在合肥经开区智能装备科技园集中签约"
E1 = "除先进制造业企业外,新零售、电商平台以及总部等现代服务业项目也十分亮眼,国内生鲜新零售企业呆萝卜、国内社交电商的龙头企业云集科技、中铁轨道交通研究总院、同济堂安徽总部等项目,以及全球领先的口服胰岛素制造基地等生物医药项目济济一堂,将进一步优化合肥产业结构和开放水平"
AS5 = "2019年6月18日（集中签约）"
G["xf05"] = dict(
 article=art("（无标题）合肥经开区99个重点项目集中签约 协议投资额约835亿元", "新浪安徽 ah.sina.com.cn（记者 范克龙；原发媒体未注明）", "2019-06-20", "day",
  "Regional portal channel, Anhui: a national zone's mass signing of 99 projects — agreed investment, strategic-emerging and foreign-funded shares with amounts, projects grafted onto existing firms' land, and five named service and biomedical projects",
  "http://ah.sina.com.cn/news/2019-06-20/detail-ihytcerk8055372.shtml?from=ah_cnxh",
  "日期取网址 2019-06-20；签约在“6月18日”。存段无标题、无日期行（title 为编者概括）。末行“(责任编辑 王健)”已删；记者署名“(记者 范克龙)”在正文末，保留。正文三段，完整。园区：合肥经开区（文中级别未说）；合肥经开区智能装备科技园（签约地点，列可选，parent 合肥经开区）。项目：呆萝卜、云集科技、中铁轨道交通研究总院、同济堂安徽总部、口服胰岛素制造基地——均为此次集中签约项目（签约，无单项金额），名称照录（前两者以企业名作项目名）。公司：呆萝卜、云集科技（签约入区，park 合肥经开区）；同济堂只在项目名中（可选）；中铁轨道交通研究总院为研究机构（institution，可选）。事实：99个/约835亿元（协议投资额）；战略性新兴产业项目78个/636亿元、外资项目18个/17亿美元、存量嫁接项目20个/150亿元（可选）。",
  "xf05"),
 parks=[
  park(HF, "合肥", "安徽", "经济技术开发区", E0, note="文中级别未说"),
  park(ZB, "合肥", "安徽", "科技园（智能装备）", E0, parent=HF, opt=True, note="签约地点"),
 ],
 companies=[
  comp("呆萝卜", HF, E1, note="国内生鲜新零售企业；签约项目"),
  comp("云集科技", HF, E1, note="国内社交电商龙头企业；签约项目"),
  comp("同济堂", HF, E1, opt=True, note="只在项目名“同济堂安徽总部”中"),
 ],
 institutions=[
  inst("中铁轨道交通研究总院", E1, kind="research", park=HF, note="签约项目"),
 ],
 projects=[
  proj("呆萝卜", HF, E1, companies=["呆萝卜"], status="签约", status_text="集中签约", note="以企业名作项目名；无单项金额"),
  proj("云集科技", HF, E1, companies=["云集科技"], status="签约", status_text="集中签约", note="以企业名作项目名；无单项金额"),
  proj("中铁轨道交通研究总院", HF, E1, status="签约", status_text="集中签约", note="无单项金额"),
  proj("同济堂安徽总部", HF, E1, companies=["同济堂"], status="签约", status_text="集中签约", note="无单项金额"),
  proj("口服胰岛素制造基地", HF, E1, status="签约", status_text="集中签约", note="全球领先的口服胰岛素制造基地；无单项金额"),
 ],
 aggregate_facts=[
  fact(HF, "park", "projects_signed", 99, "count", E0, AS5),
  fact(HF, "park", "signed_investment_cny", 8.35e10, "cny", E0, AS5, qual="约", qtext="约", chk=True, note="协议投资额"),
  fact(HF, "park", "strategic_emerging_projects_signed", 78, "count", "涵盖集成电路、新能源汽车、高端装备制造、生物医药、现代服务业等项目78个,总投资636亿元", AS5, opt=True),
  fact(HF, "park", "strategic_emerging_signed_investment_cny", 6.36e10, "cny", "总投资636亿元", AS5, chk=True, opt=True),
  fact(HF, "park", "foreign_projects_signed", 18, "count", "签约外资项目18个,总投资17亿美元", AS5, opt=True),
  fact(HF, "park", "foreign_signed_investment_usd", 1.7e9, "usd", "签约外资项目18个,总投资17亿美元", AS5, opt=True),
  fact(HF, "park", "stock_land_projects_signed", 20, "count", "利用存量企业和低效用地嫁接项目20个,总投资150亿元", AS5, opt=True),
  fact(HF, "park", "stock_land_signed_investment_cny", 1.5e10, "cny", "利用存量企业和低效用地嫁接项目20个,总投资150亿元", AS5, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- xf06 中南高科马鞍山创智科技园 落户马鞍山经开区 (人民网安徽 2022-05-11)
MA = "马鞍山经开区"
QP = "马鞍山青浦工业园"
F0 = "5月10日上午,伴随着签约仪式在江苏省南京市顺利举行,总投资50亿元的中南高科马鞍山创智科技园项目正式落户马鞍山经开区,将为推动制造业三年倍增、打造千亿级现代化产业新城增添强劲新“引擎”"
F1 = "中南高科马鞍山创智科技园项目位于马鞍山青浦工业园内,总规划400亩,其中一期投资20亿元,占地约115亩,拟建设高标准新型产业加速功能用房及相关配套设施等(包括单层厂房、多层厂房、定制厂房、研发中试楼、生产企业总部、配套设施等)"
F2 = "江苏中南科技产业园运营管理有限公司投资总监徐志成表示,中南高科将坚持“招商先行”的理念"
AS6 = "2022年5月10日（签约）"
G["xf06"] = dict(
 article=art("总投资50亿元科技园项目落户马鞍山", "人民网-安徽频道（ah.people.com.cn；存段无署名）", "2022-05-11", "day",
  "National portal's provincial channel, Anhui: a 5-billion-yuan science-park project signed into a city's development zone, inside a co-built industrial park — total and phase-1 investment, planned and phase-1 land, the operator and its plan, and the city's investment-promotion push",
  "http://ah.people.com.cn/n2/2022/0511/c358342-35262613.html",
  "日期取页面“2022年05月11日08:34 | 来源:人民网-安徽频道”；签约在“5月10日上午”（南京）。标题照录；“人民网”、栏目导航、时间来源行、“小字号”已删。存段末句“疫情期间,该市不断创新招商方式,利用电话、电子邮件、视频会议等线上方式洽”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…全力以赴招大引强。”，共四段。园区：马鞍山经开区（文中级别未说）；马鞍山青浦工业园（项目“位于马鞍山青浦工业园内”且“落户马鞍山经开区”→ parent 马鞍山经开区，推定）。项目：中南高科马鞍山创智科技园项目，总投资50亿元，签约（“伴随着签约仪式…正式落户”），park 取最具体的马鞍山青浦工业园；一期投资20亿元记为事实。公司：江苏中南科技产业园运营管理有限公司（文中又称“中南高科”；项目运营方，公司本身在园外，park null）。事实：项目规划400亩、一期约115亩、一期投资20亿元。“今年以来,马鞍山市…”为全市招商，无数字事实。",
  "xf06"),
 parks=[
  park(MA, "马鞍山", "安徽", "经济技术开发区", F0, note="级别未说"),
  park(QP, "马鞍山", "安徽", "工业园（合作共建）", F1, parent=MA, note="母园区由语境推定（项目落户马鞍山经开区、位于青浦工业园内）"),
 ],
 companies=[
  comp("江苏中南科技产业园运营管理有限公司", None, F2, aliases=["中南高科"], note="项目运营方；园外企业"),
 ],
 projects=[
  proj("中南高科马鞍山创智科技园项目", QP, F0, companies=["江苏中南科技产业园运营管理有限公司"], inv="总投资50亿元", status="签约",
       status_text="正式落户", note="位于马鞍山青浦工业园内（马鞍山经开区）；一期投资20亿元"),
 ],
 aggregate_facts=[
  fact("中南高科马鞍山创智科技园项目", "project", "planned_area_mu", 400, "mu", F1, AS6),
  fact("中南高科马鞍山创智科技园项目", "project", "phase1_investment_cny", 2e9, "cny", "其中一期投资20亿元,占地约115亩", AS6, chk=True),
  fact("中南高科马鞍山创智科技园项目", "project", "phase1_site_area_mu", 115, "mu", "其中一期投资20亿元,占地约115亩", AS6, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xf07 合肥高新区 自贸区首批项目签约 (合肥日报 via cqtresearch 2020-10-23)
HG = "合肥高新区"
ZM = "中国(安徽)自贸试验区合肥片区"
H0 = "签约落户合肥高新区项目80个,总投资308.8亿元,主要集中在智能制造、生命健康、新一代信息技术等战略性新兴产业领域,均为自贸区重点发展的产业方向,具有发展质量高、示范效应强、行业前景优等特点"
H1 = "10月17日上午,加快推进战略性新兴产业发展全市贯彻“六稳”重大项目集中开工推进会暨中国(安徽)自贸试验区合肥片区高新区块首批项目签约仪式举行"
H2 = "北京佰才邦CEO孙立新、深圳朗科智能董事长陈静等企业家代表介绍了企业发展和与合肥市合作情况"
AS7 = "2020年10月17日（签约仪式）"
G["xf07"] = dict(
 article=art("自贸区首批项目签约 与这座城市互融共进、互利共赢", "合肥日报，载于 cqtresearch.com（转载；存段无署名）", "2020-10-23", "day",
  "City daily relayed by a research-firm site, Anhui: a city groundbreaking combined with the first signing in the free-trade zone's high-tech block — city leaders' remarks, two named firms' representatives, the city's projects started with total investment, and the high-tech zone's projects signed with total investment",
  "http://cqtresearch.com/news/yaowen/2020/1023/73338.html",
  "日期取页面“2020-10-23 16:13:05 来源:合肥日报”；仪式在“10月17日上午”。标题照录；时间来源行、“打印 放大 缩小”“责任编辑:ERM523”已删。正文五段，完整。园区：合肥高新区；中国(安徽)自贸试验区合肥片区（文中又作“安徽自贸区合肥片区”“自贸区”；其“高新区块”即合肥高新区内的片块——自贸片区列可选园区）。公司：北京佰才邦、深圳朗科智能——“签约企业家代表”，在“高新区块首批项目签约仪式”上发言，park 推定合肥高新区（note）。无具名项目。事实：签约落户合肥高新区项目80个、总投资308.8亿元；本次（全市）集中开工重大项目30个、总投资149亿元，subject 合肥市（region）。",
  "xf07"),
 parks=[
  park(HG, "合肥", "安徽", "高新区", H0, note="文中又作“高新区块”（自贸试验区合肥片区内）"),
  park(ZM, "合肥", "安徽", "自贸试验区片区", H1, aliases=["安徽自贸区合肥片区"], opt=True, note="高新区块在合肥高新区"),
 ],
 companies=[
  comp("北京佰才邦", HG, H2, note="签约企业家代表（CEO孙立新）；园区由“高新区块首批项目签约仪式”推定"),
  comp("深圳朗科智能", HG, H2, note="签约企业家代表（董事长陈静）；园区推定同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HG, "park", "projects_signed", 80, "count", H0, AS7),
  fact(HG, "park", "signed_investment_cny", 3.088e10, "cny", H0, AS7, chk=True),
  fact("合肥市", "region", "projects_started", 30, "count", "据悉,本次集中开工重大项目30个,总投资149亿元", AS7, note="全市贯彻“六稳”重大项目集中开工"),
  fact("合肥市", "region", "projects_started_investment_cny", 1.49e10, "cny", "本次集中开工重大项目30个,总投资149亿元", AS7, chk=True),
 ])
