# real255 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (st04 is traditional script as published on hkcd.com; the other six are
# simplified as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); US dollars / pounds as investment_value + investment_currency. Growth rates and shares as ratios. Projects:
# the park is the one the text places the project in, null if none (a district or city is not a park). Status from the
# text's words (开工建设 / 已开工建设 → 开工; 加快建设 / 复工建设 / 主体工程封顶 / 正在装修 → 在建; 竣工投产 / 投入运营 /
# 实现试生产 / 完成试生产 → 投产; 签约 / 正式签约 / 成功签约 / 簽約 → 签约; 申报 → planned). “预计” figures are kind target
# with “（预计）” in as_of; year-to-date counts (“截至目前”, “累计”, “年初以来”) are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/stNN.raw as returned.

# ---------------------------------------------------------------- st01 盘锦辽东湾新区 2018 成绩单 (辽宁日报 2019-02-28)
LDW = "辽东湾新区"
A0 = "2018年,盘锦辽东湾新区聚焦项目建设、扩大开放、改革创新等重点工作重实干、强执行、抓落实"
A1 = "宝来轻烃综合利用项目、长春化工1.8万吨/年锂电池铜箔项目加快建设"
A2 = "忠旺铝业80万吨铝挤压型材及加工项目A区、B区厂房建设已完成,A3-A5车间已投入使用"
A3 = "中储粮东北综合产业基地项目已于2018年12月26日实现试生产"
A4 = "汇福粮油油脂及饲料蛋白加工项目一期已完成试生产"
A5 = "海洋金融小镇及菁英社区项目正式签约"
A6 = "新区20户规模以上工业企业全年实现工业总产值646亿元,同比增长39%"
A7 = "签约引进项目50个以上,协议投资额100亿元以上"
AS1 = "2018年"
G["st01"] = dict(
 article=art("（无标题）盘锦辽东湾新区2018年成绩单：主要指标、重点项目进展与招商", "辽宁日报（电子版 epaper.lnd.com.cn，“本报讯”；存段无标题、无署名）", "2019-02-28", "day",
  "Provincial party daily's e-paper, Liaoning: a coastal new area's 2018 year-end report — GDP, industrial value added, budget revenue and exports with growth, five named industrial projects under construction or in trial production, above-scale firms' output, projects signed and agreed investment, port throughput, a service project signed",
  "http://epaper.lnd.com.cn/lnrbepaper/pc/con/201902/28/content_19877.html",
  "日期取网址 201902/28（辽宁日报电子版版面日期）。存段无标题（title 为编者概括）、无署名。存段在末段“依托含章湖、金帛滩景区等旅游资源,成”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…高端服务业态日趋丰富;”（以分号结尾，原文如此），共六段。园区：辽东湾新区（文中又作“盘锦辽东湾新区”“新区”；盘锦市，辽宁；国家级经济技术开发区——级别文中未说，kind 记“新区（经济开发区）”）。项目：宝来轻烃综合利用项目、长春化工1.8万吨/年锂电池铜箔项目（加快建设→在建）；忠旺铝业80万吨铝挤压型材及加工项目（A、B区厂房建成、A3-A5车间已投入使用→在建，部分投用）；中储粮东北综合产业基地项目（2018年12月26日实现试生产→投产）；汇福粮油油脂及饲料蛋白加工项目一期（已完成试生产→投产）；海洋金融小镇及菁英社区项目（正式签约；服务业项目，列可选）。中央堡花海民宿区、美食商业街“基本建成”为服务业设施，不列项目。公司：长春化工、忠旺铝业、中储粮、汇福粮油只在项目名中，列可选。事实：2018年新区 GDP 130.3亿元（+20%）、规上工业增加值121.4亿元（+24.2%）、公共财政预算收入29.4亿元（+50%）、外贸出口7亿元（+32%）；20户规上企业工业总产值646亿元（+39%）；签约项目50个以上、协议投资额100亿元以上（超）；港口吞吐量3700万吨、集装箱40万标箱（可选）。",
  "st01"),
 parks=[
  park(LDW, "盘锦", "辽宁", "新区（经济开发区）", A0, aliases=["盘锦辽东湾新区"], note="文中又作“盘锦辽东湾新区”“新区”"),
 ],
 companies=[
  comp("长春化工", LDW, A1, opt=True, note="只在项目名中"),
  comp("忠旺铝业", LDW, A2, opt=True, note="只在项目名中"),
  comp("中储粮", LDW, A3, opt=True, note="只在项目名中"),
  comp("汇福粮油", LDW, A4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("宝来轻烃综合利用项目", LDW, A1, status="在建", status_text="加快建设"),
  proj("长春化工1.8万吨/年锂电池铜箔项目", LDW, A1, companies=["长春化工"], status="在建", status_text="加快建设"),
  proj("忠旺铝业80万吨铝挤压型材及加工项目", LDW, A2, companies=["忠旺铝业"], status="在建", status_text="A区、B区厂房建设已完成,A3-A5车间已投入使用",
       note="部分车间已投用"),
  proj("中储粮东北综合产业基地项目", LDW, A3, companies=["中储粮"], status="投产", status_text="实现试生产", note="2018年12月26日试生产"),
  proj("汇福粮油油脂及饲料蛋白加工项目一期", LDW, A4, companies=["汇福粮油"], phase="一期", status="投产", status_text="已完成试生产"),
  proj("海洋金融小镇及菁英社区项目", LDW, A5, status="签约", status_text="正式签约", opt=True, note="服务业项目"),
 ],
 aggregate_facts=[
  fact(LDW, "park", "gdp_cny", 1.303e10, "cny", "2018年地区生产总值实现130.3亿元,同比增长20%", AS1, chk=True),
  fact(LDW, "park", "gdp_yoy_growth", 0.20, "ratio", "2018年地区生产总值实现130.3亿元,同比增长20%", AS1, kind="ratio"),
  fact(LDW, "park", "above_scale_industrial_value_added_cny", 1.214e10, "cny", "规模以上工业增加值实现121.4亿元,同比增长24.2%", AS1, chk=True),
  fact(LDW, "park", "above_scale_industrial_value_added_yoy_growth", 0.242, "ratio", "规模以上工业增加值实现121.4亿元,同比增长24.2%", AS1, kind="ratio"),
  fact(LDW, "park", "public_budget_revenue_cny", 2.94e9, "cny", "公共财政预算收入实现29.4亿元,同比增长50%", AS1, chk=True),
  fact(LDW, "park", "public_budget_revenue_yoy_growth", 0.50, "ratio", "公共财政预算收入实现29.4亿元,同比增长50%", AS1, kind="ratio"),
  fact(LDW, "park", "exports_cny", 7e8, "cny", "外贸出口总额实现7亿元,同比增长32%", AS1, chk=True),
  fact(LDW, "park", "exports_yoy_growth", 0.32, "ratio", "外贸出口总额实现7亿元,同比增长32%", AS1, kind="ratio"),
  fact(LDW, "park", "above_scale_firms", 20, "count", A6, AS1),
  fact(LDW, "park", "above_scale_industrial_output_cny", 6.46e10, "cny", "实现工业总产值646亿元,同比增长39%", AS1, chk=True),
  fact(LDW, "park", "above_scale_industrial_output_yoy_growth", 0.39, "ratio", "实现工业总产值646亿元,同比增长39%", AS1, kind="ratio"),
  fact(LDW, "park", "projects_signed", 50, "count", A7, AS1, qual="超", qtext="以上"),
  fact(LDW, "park", "signed_investment_cny", 1e10, "cny", "协议投资额100亿元以上", AS1, qual="超", qtext="以上", chk=True),
  fact(LDW, "park", "port_throughput_t", 3.7e7, "t", "港口累计吞吐量完成3700万吨,同比增长9%", AS1, opt=True, note="盘锦港"),
  fact(LDW, "park", "container_throughput_teu", 4e5, "teu", "集装箱40万标箱,同比增长5%", AS1, opt=True, note="盘锦港"),
 ])

# ---------------------------------------------------------------- st02 辽东湾新区成为盘锦经济“压舱石” (2020-07, zone portal)
B0 = "今年年初以来,盘锦市辽东湾新区聚焦扩大产业集聚规模、提升对外开放质量等重点领域"
B1 = "上半年,辽东湾新区预计完成地区生产总值73亿元,同比增长15%"
B2 = "签约引进项目13个、新开工项目14个、竣工项目9个"
B3 = "总投资120亿美元的宝来巴赛尔、总投资4300万英镑的英国威格斯聚醚醚酮新材料生产项目成功签约"
AS2 = "2020年上半年（预计）"
AS2b = "2020年1–7月中旬"
G["st02"] = dict(
 article=art("辽东湾新区成为盘锦经济“压舱石”", "盘锦辽滨沿海经济技术开发区（辽东湾新区）官方网站 ldwxq.panjin.gov.cn“动态要闻”栏转载报纸稿（“本报记者 刘立杉”；报名存段未示），经 web.shengxi.vip 代理页面取得", "2020-07-16", "day",
  "Zone's official portal relaying a newspaper report, Liaoning: a coastal new area's first-half 2020 figures (expected GDP, industrial value added, budget revenue with growth; projects signed, started, completed), the zone head's remarks, two large petrochemical projects signed with investment in US dollars and pounds",
  "http://web.shengxi.vip/u/?a=ldwxq.panjin.gov.cn%2F2020_07%2F16_14%2Fcontent-279369.html",
  "原页：ldwxq.panjin.gov.cn/2020_07/16_14/content-279369.html（经 web.shengxi.vip 代理页面返回，文字为原页文字，无注入内容）。日期取原页网址 2020_07/16；文中“7月14日”为采访日。标题照录；站名、“加入收藏 联系我们”“当前位置…”、图片说明（“辽宁宝来轻烃综合利用项目一期工程施工忙。陈卫国 摄…申雅文 摄”）、署名行“本报记者 刘立杉”与栏目字“核心提示”已删（署名记于 outlet）。存段在末段“作为盘锦市世界级石化及精细”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…为新区项目建设年增添了重要支撑。”，含小标题两行，共七段。园区：辽东湾新区（文中又作“盘锦市辽东湾新区”“新区”；网站名“盘锦辽滨沿海经济技术开发区”只在已删的页眉中）。项目：宝来巴赛尔（总投资120亿美元，签约；investment_value 1.2e10 USD）；英国威格斯聚醚醚酮新材料生产项目（总投资4300万英镑，签约；4.3e7 GBP）。公司：宝来巴赛尔（项目名即合资企业名，可选）、英国威格斯（可选）。事实：上半年“预计完成”GDP 73亿元（+15%）、规上工业增加值57.7亿元（+25%）、一般公共预算收入26.1亿元（+40.3%）——kind target、as_of “2020年上半年（预计）”；签约引进项目13个、新开工14个、竣工9个——同句，记 cumulative（“预计”是否覆盖这三个计数不明，见 SOURCES 不确定点）。人物杨凯不列。",
  "st02"),
 parks=[
  park(LDW, "盘锦", "辽宁", "新区（经济开发区）", B0, aliases=["盘锦市辽东湾新区"], note="文中又作“盘锦市辽东湾新区”“新区”；官网名盘锦辽滨沿海经济技术开发区（页眉，已删）"),
 ],
 companies=[
  comp("宝来巴赛尔", LDW, B3, opt=True, note="项目名即企业名"),
  comp("英国威格斯", LDW, B3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("宝来巴赛尔", LDW, B3, companies=["宝来巴赛尔"], inv="总投资120亿美元", currency="usd", value=1.2e10, status="签约", status_text="成功签约",
       note="重大石化项目；“重强抓”重大攻坚项目"),
  proj("英国威格斯聚醚醚酮新材料生产项目", LDW, B3, companies=["英国威格斯"], inv="总投资4300万英镑", currency="gbp", value=4.3e7, status="签约", status_text="成功签约"),
 ],
 aggregate_facts=[
  fact(LDW, "park", "gdp_cny", 7.3e9, "cny", B1, AS2, kind="target", chk=True),
  fact(LDW, "park", "gdp_yoy_growth", 0.15, "ratio", B1, AS2, kind="target"),
  fact(LDW, "park", "above_scale_industrial_value_added_cny", 5.77e9, "cny", "规模以上工业增加值57.7亿元,同比增长25%", AS2, kind="target", chk=True),
  fact(LDW, "park", "above_scale_industrial_value_added_yoy_growth", 0.25, "ratio", "规模以上工业增加值57.7亿元,同比增长25%", AS2, kind="target"),
  fact(LDW, "park", "public_budget_revenue_cny", 2.61e9, "cny", "一般公共预算收入26.1亿元,同比增长40.3%", AS2, kind="target", chk=True),
  fact(LDW, "park", "public_budget_revenue_yoy_growth", 0.403, "ratio", "一般公共预算收入26.1亿元,同比增长40.3%", AS2, kind="target"),
  fact(LDW, "park", "projects_signed", 13, "count", B2, "2020年上半年", kind="cumulative"),
  fact(LDW, "park", "projects_started", 14, "count", B2, "2020年上半年", kind="cumulative"),
  fact(LDW, "park", "projects_completed", 9, "count", B2, "2020年上半年", kind="cumulative"),
 ])

# ---------------------------------------------------------------- st03 鞍山经济开发区 2022 开门红 (新华网 2022-03-01)
AS_ = "鞍山经济开发区"
C0 = "在鞍山经济开发区的建设大道上,大型运输车辆满载着货品往来穿梭"
C1 = "德科斯米尔(鞍山)线束系统有限公司的车间里,工人们有条不紊地进行操作"
C2 = "鞍山宝得钢铁公司厂区内,烧红的钢铁快速轧制成型"
C3 = "该区已实现区内89户规上企业复工复产、40个5000万元以上项目开复工"
C4 = "其中中钢集团打造的化工新材料产业基地项目,生产厂房及综合楼、生活水系统等配套公用工程设施已开工建设"
C5 = "外资企业德科斯米尔(鞍山)线束系统有限公司又投资1.36亿元,扩建的宝马汽车3系线束项目的新厂房正在紧锣密鼓地装修中"
C6 = "推动电商采购平台、雨润农产品物流、工业气体生产等项目不断推进"
AS3 = "2022年3月1日（截至目前）"
G["st03"] = dict(
 article=art("（无标题）鞍山经济开发区89户规上企业复工复产、40个5000万元以上项目开复工", "新华网（辽宁频道 ln.news.cn；记者李宇佳）", "2022-03-01", "day",
  "National news agency's provincial channel, Liaoning: an economic development zone after the Spring Festival — firms back at work and projects started or resumed, a state-owned group's chemical-materials base started, a foreign-invested wire-harness maker's expansion with its investment, projects under negotiation",
  "http://ln.news.cn/2022-03/01/c_1128426448.htm",
  "日期取网址 2022-03/01 与电头“新华网沈阳3月1日电”。存段无标题（title 为编者概括）。存段在末段“鞍山经开区有关负责人表示,今年是鞍山经开区奋力突围、破局前行的关键之年,全”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…等项目不断推进。”，共六段。园区：鞍山经济开发区（文中又作“鞍山经开区”“经开区”“该区”；鞍山市，辽宁）。公司：德科斯米尔(鞍山)线束系统有限公司（外资，在园）、鞍山宝得钢铁公司（在园）；中钢集团（项目业主，列可选，园区记鞍山经济开发区）。项目：中钢集团化工新材料产业基地项目（配套工程“已开工建设”→开工）；德科斯米尔扩建的宝马汽车3系线束项目（投资1.36亿元，新厂房装修中→在建）；电商采购平台、雨润农产品物流、工业气体生产（招商推进中，无状态，可选）。事实：截至3月1日，89户规上企业复工复产、40个5000万元以上项目开复工（cumulative）。",
  "st03"),
 parks=[
  park(AS_, "鞍山", "辽宁", "经济开发区", C0, aliases=["鞍山经开区"], note="文中又作“鞍山经开区”“经开区”“该区”"),
 ],
 companies=[
  comp("德科斯米尔(鞍山)线束系统有限公司", AS_, C1, note="外资企业；扩建宝马汽车3系线束项目"),
  comp("鞍山宝得钢铁公司", AS_, C2),
  comp("中钢集团", AS_, C4, opt=True, note="化工新材料产业基地项目业主"),
 ],
 projects=[
  proj("化工新材料产业基地项目", AS_, C4, companies=["中钢集团"], status="开工", status_text="已开工建设", note="生产厂房及配套公用工程已开工"),
  proj("宝马汽车3系线束项目", AS_, C5, companies=["德科斯米尔(鞍山)线束系统有限公司"], inv="投资1.36亿元", status="在建",
       status_text="新厂房正在紧锣密鼓地装修中", note="扩建项目（“又投资”）"),
  proj("电商采购平台", AS_, C6, opt=True, note="招商推进中"),
  proj("雨润农产品物流", AS_, C6, opt=True, note="招商推进中"),
  proj("工业气体生产", AS_, C6, opt=True, note="招商推进中"),
 ],
 aggregate_facts=[
  fact(AS_, "park", "above_scale_firms_resumed", 89, "count", C3, AS3, kind="cumulative"),
  fact(AS_, "park", "projects_started_resumed", 40, "count", C3, AS3, kind="cumulative", note="5000万元以上项目开复工"),
 ])

# ---------------------------------------------------------------- st04 瀋陽渾南區 2022 首批集中簽約 (香港商報 2022-02-10, traditional)
JK = "瀋陽經濟技術開發區"
BF = "北方藥谷國際生物醫藥科技產業園"
D0 = "2月10日,2022年瀋陽市首批項目集中簽約暨開工活動在瀋陽經濟技術開發區北方藥谷國際生物醫藥科技產業園舉行"
D1 = "本次集中簽約項目共計432個,投資總額3795億元"
D2 = "瀋陽渾南區簽約項目66個,簽約總額766億元"
AS4 = "2022年2月10日（集中簽約）"
G["st04"] = dict(
 article=art("（无标题）2022年瀋陽市首批項目集中簽約 渾南區簽約項目66個、簽約總額766億元", "香港商報網（hkcd.com，繁體；存段无署名）", "2022-02-10", "day",
  "Hong Kong daily's website (traditional script), Liaoning: a city's first batch of signings of the year held in a development zone's bio-pharma park — the city's total, one district's 66 projects and amount, its four largest named projects and a science-and-finance fund with sums, innovation projects' count and share",
  "http://hkcd.com/content_p/2022-02/10/content_129852.html",
  "繁體原刊（香港商報網），未经转换。日期取网址 2022-02/10 与文中“2月10日”。存段无标题（title 为编者概括）。存段末行小标题残文“服務型經濟項目加速集”已删（make_txt.py ITEMS 截至上一段），正文截至“…提供了更多的項目儲備。”，含小标题两行，共六段。园区：瀋陽經濟技術開發區与其中的北方藥谷國際生物醫藥科技產業園只是签约活动地点（parent 推定），列可选园区。渾南區为市辖区（region），其签约项目所在园区文中未说——项目 park 记 null。项目（签约）：中一東北國際醫療城（170億元）、渾南智慧零碳示範區（100億元）、瀋陽新綠廊渾南低碳谷中央商務區（50億元）、中航發燃氣輪機產業基地（30億元）。基金：瀋陽科技金融產業投資基金（“總投資20億元”，列为签约项目之一；size_type 记 total）。事实：全市首批签约432个、3795億元（region 瀋陽市，可选）；渾南區66个、766億元；100億元以上项目2个等分档（可选）；创新型经济项目33个、占50%、391億元（可选）。",
  "st04"),
 parks=[
  park(JK, "沈阳", "辽宁", "经济技术开发区", D0, opt=True, note="签约活动地点"),
  park(BF, "沈阳", "辽宁", "产业园（生物医药）", D0, parent=JK, opt=True, note="签约活动地点；母园区由文中“瀋陽經濟技術開發區北方藥谷…”推定"),
 ],
 companies=[],
 projects=[
  proj("中一東北國際醫療城", None, "包括總投資170億元的中一東北國際醫療城", inv="總投資170億元", status="签约", status_text="簽約",
       aliases=["中一東北國際醫療城項目"], note="渾南區簽約項目"),
  proj("渾南智慧零碳示範區", None, "總投資100億元的渾南智慧零碳示範區", inv="總投資100億元", status="签约", status_text="簽約",
       aliases=["渾南智慧零碳示範區項目"], note="渾南區簽約項目"),
  proj("瀋陽新綠廊渾南低碳谷中央商務區", None, "總投資50億元的瀋陽新綠廊渾南低碳谷中央商務區", inv="總投資50億元", status="签约", status_text="簽約",
       aliases=["瀋陽新綠廊渾南低碳谷中央商務區項目"], note="渾南區簽約項目"),
  proj("中航發燃氣輪機產業基地", None, "總投資30億元的中航發燃氣輪機產業基地", inv="總投資30億元", status="签约", status_text="簽約",
       aliases=["中航發燃氣輪機產業基地項目"], note="渾南區簽約項目"),
 ],
 funds=[
  fund("瀋陽科技金融產業投資基金", None, "總投資20億元的瀋陽科技金融產業投資基金", size="20億元", size_type="total",
       note="列为渾南區簽約的重点項目之一（“總投資20億元”）"),
 ],
 aggregate_facts=[
  fact("瀋陽市", "region", "projects_signed", 432, "count", D1, AS4, opt=True, note="全市首批"),
  fact("瀋陽市", "region", "signed_investment_cny", 3.795e11, "cny", "投資總額3795億元", AS4, opt=True, chk=True),
  fact("渾南區", "region", "projects_signed", 66, "count", D2, AS4),
  fact("渾南區", "region", "signed_investment_cny", 7.66e10, "cny", "簽約總額766億元", AS4, chk=True),
  fact("渾南區", "region", "projects_signed_over_10bn", 2, "count", "投資100億元以上項目2個", AS4, opt=True),
  fact("渾南區", "region", "innovation_projects_signed", 33, "count", "渾南區此次簽約創新型經濟項目33個,佔比50%,簽約總額391億元", AS4, opt=True),
  fact("渾南區", "region", "innovation_projects_share", 0.5, "ratio", "渾南區此次簽約創新型經濟項目33個,佔比50%,簽約總額391億元", AS4, kind="ratio", opt=True),
  fact("渾南區", "region", "innovation_signed_investment_cny", 3.91e10, "cny", "簽約總額391億元", AS4, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- st05 锦州 2018 一季度招商 (前瞻网 园区频道 2018-05)
BIO = "生物医药产业园"
E0 = "以投资12亿元的复星奥鸿为龙头的生物医药产业园一期项目竣工投产"
E1 = "一季度实现省外资金到位额33.32亿元,落地项目19个,签约项目24个,在谈重点项目84个"
AS5 = "2018年一季度"
G["st05"] = dict(
 article=art("（无标题）锦州市一季度招商引资：省外资金到位33.32亿元 重点项目建设稳步推进", "前瞻网（f.qianzhan.com 园区频道；原发媒体与署名未注明）", "2018-05-11", "day",
  "Industry-research portal's parks channel, Liaoning: a coastal city's first-quarter investment attraction — funds from outside the province, projects landed and signed, named projects with sums at several stages (advancing, in production, in operation, topped out, applied for), framework agreements with two developers, promotion trips",
  "https://f.qianzhan.com/yuanqu/detail/180511-06bd7de9.html",
  "日期取网址 detail/180511（2018-05-11；页面日期行存段未示）。存段无标题（title 为编者概括）；“图文无关”与页脚“Copyright © 1998-2024 深圳前瞻资讯股份有限公司…”已删。正文完整，五段。市级招商稿（不是单一园区稿）：唯一点名的园区为“生物医药产业园”（锦州，名称即如此）。项目：天工半导体项目（30亿元；“重点项目建设稳步推进”→在建，推定）；复星奥鸿（12亿元，龙头，所在生物医药产业园一期项目竣工投产→投产；项目名即企业名）与“生物医药产业园一期项目”（可选，无金额）；华地城温泉一期项目（5.6亿元，投入运营→投产）；华为(辽宁大区)锦州云计算中心（5亿元，主体工程封顶→在建）；龙海鑫港项目（进展顺利→在建，无金额，可选）；乙烷裂解制乙烯项目（276亿元，已申报→planned）；华泰新能源汽车整车项目（49.6亿元，已申报→planned）。园区均未说的项目 park null。公司：复星奥鸿（在生物医药产业园）；碧桂园集团、恒大地产集团（与市签框架协议，可选，park null）。事实 subject 锦州市（region）：省外资金到位额33.32亿元、落地19个、签约24个、在谈84个（一季度，cumulative）；福建招商推介46个、签约6个，意向金额30亿元（可选）。",
  "st05"),
 parks=[
  park(BIO, "锦州", "辽宁", "产业园（生物医药）", E0, note="文中只作“生物医药产业园”"),
 ],
 companies=[
  comp("复星奥鸿", BIO, E0, note="生物医药产业园龙头企业"),
  comp("碧桂园集团", None, "锦州市先后与世界500强企业碧桂园集团、恒大地产集团举行合作框架协议签约仪式", opt=True, note="与市签合作框架协议"),
  comp("恒大地产集团", None, "锦州市先后与世界500强企业碧桂园集团、恒大地产集团举行合作框架协议签约仪式", opt=True, note="与市签合作框架协议"),
 ],
 projects=[
  proj("天工半导体项目", None, "总投资30亿元的天工半导体项目,引进日本大口径、大尺寸硅片切磨技术", inv="总投资30亿元", status="在建",
       status_text="重点项目建设稳步推进", note="状态由段首“重点项目建设稳步推进”推定"),
  proj("复星奥鸿", BIO, E0, companies=["复星奥鸿"], inv="投资12亿元", status="投产", status_text="竣工投产",
       note="龙头项目；所在生物医药产业园一期项目竣工投产"),
  proj("生物医药产业园一期项目", BIO, E0, phase="一期", status="投产", status_text="竣工投产", opt=True, note="园区一期，以复星奥鸿为龙头"),
  proj("华地城温泉一期项目", None, "总投资5.6亿元的华地城温泉一期项目投入运营", inv="总投资5.6亿元", phase="一期", status="投产", status_text="投入运营"),
  proj("华为(辽宁大区)锦州云计算中心", None, "投资5亿元的华为(辽宁大区)锦州云计算中心主体工程封顶", inv="投资5亿元", status="在建", status_text="主体工程封顶"),
  proj("龙海鑫港项目", None, "利用凌海湿地投资建设的龙海鑫港项目进展顺利", status="在建", status_text="进展顺利", opt=True),
  proj("乙烷裂解制乙烯项目", None, "总投资276亿元的乙烷裂解制乙烯项目已向国家发改委申报“项目示范点”", inv="总投资276亿元", status="planned",
       status_text="已向国家发改委申报"),
  proj("华泰新能源汽车整车项目", None, "投资49.6亿元的华泰新能源汽车整车项目已由市发改委向上申报", inv="投资49.6亿元", status="planned",
       status_text="已由市发改委向上申报"),
 ],
 aggregate_facts=[
  fact("锦州市", "region", "out_of_province_funds_in_place_cny", 3.332e9, "cny", E1, AS5, kind="cumulative", chk=True),
  fact("锦州市", "region", "projects_landed", 19, "count", E1, AS5, kind="cumulative"),
  fact("锦州市", "region", "projects_signed", 24, "count", E1, AS5, kind="cumulative"),
  fact("锦州市", "region", "projects_under_negotiation", 84, "count", E1, AS5, opt=True),
  fact("锦州市", "region", "projects_signed", 6, "count", "推介项目46个,6个项目签约", "2018年3月（福建招商）", opt=True),
  fact("锦州市", "region", "intended_investment_cny", 3e9, "cny", "签订意向金额30亿元", AS5, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- st06 金普新区2018重大项目建设启幕 (金普新闻 via dlpark.cn 2018-03)
JP = "金普新区"
F0 = "随着春天的脚步,金普新区2018年重大项目建设拉开帷幕"
F1 = "一季度,总投资1000万元以上新开工项目12项,总投资22.6亿元,年度计划投资11.1亿元,其中元晋汽车等5个项目2月底前已开工建设"
F2 = "总投资5000万元以上复工项目51项,总投资771亿元,年度计划投资314亿元,其中博格华纳双离合自动变速器二期、大连港北岸汽车物流中心配套码头等19个项目2月底前已复工建设"
F3 = "全年,全区推进的总投资5000万元以上的重大项目达142项,总投资近1500亿元,为1495亿元"
F4 = "韩国翰昂系统株式会社总投资10亿元的新能源汽车空调压缩机项目,去年12月14日签约新区,今年,这个项目将开工建设"
F5 = "前两个月,全区预计完成固定资产投资33.7亿元,增幅135.6%"
AS6 = "2018年"
G["st06"] = dict(
 article=art("***是一年春好处,金普新区2018重大项目建设启幕", "金普新闻（金普新区新闻中心微信公众号，“原创”），转载于 dlpark.cn；页面以“*”遮去部分字", "2018-03-12", "day",
  "Zone news centre's WeChat article relayed on a Dalian park site, Liaoning: a state-level new area opens its 2018 major-project season — first-quarter new and resumed projects with totals and annual plans, named projects started and resumed, the year's 142 major projects split into new and continuing, a Korean supplier's signed compressor project with investment and expected capacity and tax",
  "http://dlpark.cn/index.php?p=products_show&id=162&lanmu=18&menu_id=5",
  "日期：页面“原创: 金普新区新闻中心 金普新闻 3月12日”，年份取标题与正文“2018”，记 2018-03-12。标题照录，连同页面的“***”：转载页把若干字换成星号（标题与首句“***是一年春好处”应为“最是一年春好处”，小标题“高端制造业项目“盘踞”******主力”同），原样保留，不补字；证据均不含星号段。栏目字“policies and regulations”、来源行与图片说明（“图为2017年12月14日韩国翰昂系统株式会社与金普新区签订投资协议。(摄影记者:李春一)”）已删。存段在末段“这些高端制造业项目中,总投资55亿美元”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…重大项目建设大军******主力。”，含小标题一行，共六段。园区：金普新区（大连金普新区；大连，辽宁；国家级新区，文中只作“金普新区”“新区”“全区”）。项目：元晋汽车（2月底前已开工建设→开工；项目名即企业名）；博格华纳双离合自动变速器二期、大连港北岸汽车物流中心配套码头（2月底前已复工建设→在建）；翰昂系统新能源汽车空调压缩机项目（总投资10亿元，2017-12-14签约，今年将开工→签约，status_alt planned）。公司：韩国翰昂系统株式会社（投资方）、翰昂汽车零部件(大连)有限公司（升级载体，在园）；元晋汽车、博格华纳（只在项目名中，可选）。事实：一季度新开工项目12项、总投资22.6亿元、年度计划投资11.1亿元（一季度计划盘子，target）；其中5个项目2月底前已开工（cumulative）；复工项目51项、771亿元、年度计划314亿元（target）；其中19个已复工（cumulative）；前两月固定资产投资预计33.7亿元、增幅135.6%（target，预计）；全年重大项目142项、1495亿元，其中计划新开工56项314亿元、续建86项1181亿元（target）；翰昂项目达产后年产60万台、年纳税1亿元（target，可选）。",
  "st06"),
 parks=[
  park(JP, "大连", "辽宁", "国家级新区", F0, note="文中又作“新区”“全区”"),
 ],
 companies=[
  comp("韩国翰昂系统株式会社", JP, F4, note="全球汽车热管理领域供应商；新能源汽车空调压缩机项目投资方"),
  comp("翰昂汽车零部件(大连)有限公司", JP, "选择将翰昂汽车零部件(大连)有限公司升级", note="升级为新能源汽车空调压缩机生产基地"),
  comp("元晋汽车", JP, F1, opt=True, note="项目名即企业名"),
  comp("博格华纳", JP, F2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("元晋汽车", JP, F1, companies=["元晋汽车"], status="开工", status_text="2月底前已开工建设", note="一季度新开工项目之一"),
  proj("博格华纳双离合自动变速器二期", JP, F2, companies=["博格华纳"], phase="二期", status="在建", status_text="2月底前已复工建设"),
  proj("大连港北岸汽车物流中心配套码头", JP, F2, status="在建", status_text="2月底前已复工建设"),
  proj("新能源汽车空调压缩机项目", JP, F4, companies=["韩国翰昂系统株式会社", "翰昂汽车零部件(大连)有限公司"], inv="总投资10亿元",
       status="签约", status_text="去年12月14日签约新区", status_alt="planned", note="2017年12月14日签约；2018年将开工建设"),
 ],
 aggregate_facts=[
  fact(JP, "park", "projects_planned_start", 12, "count", F1, "2018年一季度（计划）", kind="target", note="总投资1000万元以上新开工项目"),
  fact(JP, "park", "projects_planned_start_investment_cny", 2.26e9, "cny", "总投资22.6亿元,年度计划投资11.1亿元", "2018年一季度（计划）", kind="target", chk=True),
  fact(JP, "park", "planned_annual_investment_cny", 1.11e9, "cny", "年度计划投资11.1亿元", "2018年（计划）", kind="target", opt=True, chk=True, note="一季度新开工项目的年度计划投资"),
  fact(JP, "park", "projects_started", 5, "count", "其中元晋汽车等5个项目2月底前已开工建设", "2018年2月底", kind="cumulative"),
  fact(JP, "park", "projects_resumed_planned", 51, "count", F2, "2018年一季度（计划）", kind="target", note="总投资5000万元以上复工项目"),
  fact(JP, "park", "projects_resumed_planned_investment_cny", 7.71e10, "cny", "总投资771亿元,年度计划投资314亿元", "2018年一季度（计划）", kind="target", chk=True),
  fact(JP, "park", "projects_resumed", 19, "count", "等19个项目2月底前已复工建设", "2018年2月底", kind="cumulative"),
  fact(JP, "park", "fixed_asset_investment_cny", 3.37e9, "cny", "全区预计完成固定资产投资33.7亿元,增幅135.6%", "2018年1–2月（预计）", kind="target", chk=True),
  fact(JP, "park", "fixed_asset_investment_yoy_growth", 1.356, "ratio", F5, "2018年1–2月（预计）", kind="target"),
  fact(JP, "park", "major_projects", 142, "count", F3, "2018年（计划）", kind="target", note="总投资5000万元以上"),
  fact(JP, "park", "major_projects_total_investment_cny", 1.495e11, "cny", "为1495亿元", "2018年（计划）", kind="target", chk=True, note="“近1500亿元,为1495亿元”"),
  fact(JP, "park", "projects_planned_start", 56, "count", "计划新开工的项目为56项,总投资314亿元", "2018年（计划）", kind="target"),
  fact(JP, "park", "projects_planned_start_investment_cny", 3.14e10, "cny", "总投资314亿元;续建的项目为86项", "2018年（计划）", kind="target", chk=True),
  fact(JP, "park", "projects_continuing", 86, "count", "续建的项目为86项,总投资1181亿元", "2018年（计划）", kind="target"),
  fact(JP, "park", "projects_continuing_investment_cny", 1.181e11, "cny", "总投资1181亿元", "2018年（计划）", kind="target", chk=True),
  fact("新能源汽车空调压缩机项目", "project", "expected_capacity_units", 6e5, "units", "预计达产后年生产能力60万台,年纳税可达1亿元", "达产后（预期）", kind="target", opt=True),
  fact("新能源汽车空调压缩机项目", "project", "expected_annual_tax_cny", 1e8, "cny", "年纳税可达1亿元", "达产后（预期）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- st07 沈阳市辽中区2020春季重点项目集中开工 (brant-cn 2020-04-16)
BS = "辽宁百岁国际家居建材工业园"
H0 = "辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建,项目初步规划400亩,总投资10亿元人民币"
H1 = "集中开工的辽宁百岁国际家居建材工业园、辽宁荣信沐樾府、和世泰钛材加工中心等20个重点项目,总投资28.77亿元"
H2 = "截至4月15日,已落实市重点项目60个,累计开复工项目45个,总投资79.22亿元,年度计划完成投资20.52亿元"
AS7 = "2020年4月15日"
G["st07"] = dict(
 article=art("沈阳市辽中区2020春季重点项目集中开工", "brant-cn.com（转载；原发媒体与署名未注明）", "2020-04-16", "day",
  "Website relaying a district news item, Liaoning: a district's spring groundbreaking of 20 key projects with their total, a home-furnishing and building-materials industrial park started with its investor, area and investment, the district's assigned, implemented and started projects with investment and annual plan, firms back at work",
  "https://brant-cn.com/13700.html",
  "日期取页面日期行“2020-04-16”（该行已删）；文中“4月15日”为开工仪式日。标题照录。存段在末句“这些项目的开工建设不仅展示了辽中区项目建设的强劲势头,也充分体现了”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…装备制造项目集群式发展的特点。”，共四段。辽中区为沈阳市辖区（region）。园区：辽宁百岁国际家居建材工业园（本身是开工项目，规划400亩，含生产加工区等功能区；沈阳市辽中区，辽宁）。项目：辽宁百岁国际家居建材工业园项目（总投资10亿元，2020年4月15日开工；园区开发项目，所在园区文中未说——park null）；和世泰钛材加工中心（开工，无金额）；辽宁荣信沐樾府（开工，住宅类，可选）。公司：一百岁集团（文中又作“浙江一百岁集团”；浙江百强科技企业；投资方，park null）。事实 subject 辽中区（region）：市下达开复工亿元以上重点项目80个（target）；截至4月15日已落实60个（可选）、累计开复工45个、总投资79.22亿元、年度计划完成投资20.52亿元（target）；本次集中开工20个、28.77亿元；复工复产企业516家、规上78家、复工率93%（可选）。领导人名不列。",
  "st07"),
 parks=[
  park(BS, "沈阳", "辽宁", "工业园（家居建材）", H0, district="辽中区", note="开发中的园区；又作“辽宁百岁国际家居建材工业园项目”"),
 ],
 companies=[
  comp("一百岁集团", None, H0, aliases=["浙江一百岁集团"], note="浙江百强科技企业；辽宁百岁国际家居建材工业园投资方"),
 ],
 institutions=[
  inst("辽中区人民政府", "辽中区人民政府副区长魏鹏介绍了一季度集中开工重点项目情况"),
 ],
 projects=[
  proj("辽宁百岁国际家居建材工业园项目", None, H0, companies=["一百岁集团"], inv="总投资10亿元", status="开工", status_text="开工建设",
       note="2020年4月15日开工；园区开发项目，初步规划400亩"),
  proj("和世泰钛材加工中心", None, H1, status="开工", status_text="集中开工"),
  proj("辽宁荣信沐樾府", None, H1, status="开工", status_text="集中开工", opt=True, note="住宅类项目"),
 ],
 aggregate_facts=[
  fact("辽宁百岁国际家居建材工业园项目", "project", "site_area_mu", 400, "mu", H0, "2020年4月（初步规划）", kind="target", opt=True),
  fact("辽中区", "region", "key_projects_assigned", 80, "count", "2020年沈阳市政府下达辽中区开复工亿元以上重点项目80个", "2020年（计划）", kind="target", opt=True),
  fact("辽中区", "region", "key_projects_implemented", 60, "count", H2, AS7, kind="cumulative", opt=True),
  fact("辽中区", "region", "projects_started_resumed", 45, "count", H2, AS7, kind="cumulative"),
  fact("辽中区", "region", "projects_started_resumed_investment_cny", 7.922e9, "cny", "总投资79.22亿元,年度计划完成投资20.52亿元", AS7, kind="cumulative", chk=True),
  fact("辽中区", "region", "planned_annual_investment_cny", 2.052e9, "cny", "年度计划完成投资20.52亿元", "2020年（计划）", kind="target", chk=True),
  fact("辽中区", "region", "projects_started", 20, "count", H1, AS7),
  fact("辽中区", "region", "projects_started_investment_cny", 2.877e9, "cny", "等20个重点项目,总投资28.77亿元", AS7, chk=True),
  fact("辽中区", "region", "firms_resumed", 516, "count", "全区共有516家企业复工复产,其中规上工业企业78家,复工复产率达93%", AS7, kind="cumulative", opt=True),
  fact("辽中区", "region", "firms_resumed_rate", 0.93, "ratio", "复工复产率达93%", AS7, kind="ratio", opt=True),
 ])
