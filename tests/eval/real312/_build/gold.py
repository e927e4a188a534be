# real312 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real52): evidence verbatim (all five items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny
# facts (first amount of the evidence; chk=True asserts it). Growth rates as ratios. Projects: the park the text places the
# project in, null if none (a city or county is not a park). Status from the text's words (集中开工 / 开工建设 → 开工; 投入运行 →
# 投产); a list of planned key projects (省重点建设项目) gets status null. Plans (“规划到2015年”) are kind target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/qyNN.raw as returned.

# ---------------------------------------------------------------- qy01 潍坊高新区 未来愿景 (上海证券报 2012)
WF = "潍坊高新区"
A1 = "规划到2015年,新兴高端产业产值达到3000亿元以上"
A2 = "财政总收入超过110亿元,地方财政收入突破50亿元"
G["qy01"] = dict(
 article=art("潍坊国家高新技术产业开发区未来愿景:", "上海证券报（paper.cnstock.com 电子版；存段无署名）", "2012-09-25", "day",
  "National financial daily's special page, Shandong: a national high-tech zone's vision at its 20th anniversary — goals, planned 2015 output of emerging industries, three planned hundred-billion clusters, planned fiscal revenue",
  "https://paper.cnstock.com/html/2012-09/25/content_243408.htm",
  "日期取页面“2012-09-25 来源:上海证券报”。标题在存段分两行（“潍坊国家高新技术产业”/“开发区未来愿景:”），make_txt.py 以一个空格拼接；重复的“开发区未来愿景:”一行已删。正文两段，完整（疑为专版中的一篇，后文不详）。园区：潍坊高新区（潍坊国家高新技术产业开发区，标题用全称；潍坊市，山东）。无具体项目、公司。事实：2015年规划目标（target）：新兴高端产业产值3000亿元以上、3个千亿级产业集群、财政总收入超过110亿元、地方财政收入突破50亿元。“国家高新区建设20年”不作事实。",
  "qy01"),
 parks=[
  park(WF, "潍坊", "山东", "国家级高新技术产业开发区", "以国家高新区建设20年为起点,潍坊高新区正昂首迈入更高质量更高水平发展的新征程",
       aliases=["潍坊国家高新技术产业"], note="标题全称“潍坊国家高新技术产业开发区”被拆成两行，别名只取文本中连续出现的部分"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(WF, "park", "emerging_industry_output_cny", 3e11, "cny", A1, "2015年（规划）", kind="target", qual="超", qtext="以上", chk=True),
  fact(WF, "park", "hundred_billion_clusters", 3, "count", "形成现代装备制造、新能源汽车、光电3个千亿级产业集群", "2015年（规划）", kind="target", opt=True),
  fact(WF, "park", "fiscal_revenue_cny", 1.1e10, "cny", A2, "2015年（规划）", kind="target", qual="超", qtext="超过", chk=True),
  fact(WF, "park", "local_fiscal_revenue_cny", 5e9, "cny", "地方财政收入突破50亿元", "2015年（规划）", kind="target", qual="超", qtext="突破", chk=True),
 ])

# ---------------------------------------------------------------- qy02 济宁2016年第二批重大项目集中开工 (济宁新闻网 2016)
KS = "山东卡松科技产业园"
B0 = "市委常委、副市长于永生在主会场山东卡松科技产业园项目奠基现场出席集中开工仪式"
B1 = "此次集中开工的104个重大项目,总投资336.8亿元,项目全部建成投产后,年可实现销售收入410亿元、利税59亿元"
AS2 = "2016年6月22日（集中开工）"
G["qy02"] = dict(
 article=art("济宁2016年第二批重大项目集中开工 总投资336.8亿", "济宁新闻网（济宁台 吴钟亮 任城台 黄晓冬），载于 m.yzctcx.com", "2016-07-06", "day",
  "City news site relayed by an aggregator, Shandong: a city's second batch of major projects started on one day — main venue at a science-and-technology park project, the count, total investment and expected sales and profit-tax of the 104 projects",
  "http://m.yzctcx.com/xw/16155.html",
  "日期取页面“2016-07-06 07:15:13 来源:济宁新闻网”（开工日为6月22日）。标题照录；日期来源行与图片说明（“图为市领导…■记者 刘项清 摄”）已删。存段末段“据了解,本次全市共有104个…按产业分:工业项”在句中中断，整段删去（ITEMS 截至上一段），正文三段。园区：无开发区名称；“山东卡松科技产业园”是主会场的项目名（园区型项目），列为可选园区并作项目。项目：山东卡松科技产业园项目（奠基/集中开工→开工；无金额）。事实：全市（济宁，region）104个项目、总投资336.8亿元、建成后年销售收入410亿元、利税59亿元（target）。",
  "qy02"),
 parks=[
  park(KS, "济宁", "山东", "产业园（科技）", B0, opt=True, note="只作主会场项目名“山东卡松科技产业园项目”；所在县区与上级园区文中未说"),
 ],
 companies=[],
 projects=[
  proj("山东卡松科技产业园项目", None, B0, status="开工", status_text="奠基现场出席集中开工仪式", aliases=["山东卡松科技产业园"],
       note="全市第二批重大项目集中开工主会场；无金额；所在园区文中未说"),
 ],
 aggregate_facts=[
  fact("济宁", "region", "projects_started", 104, "count", B1, AS2),
  fact("济宁", "region", "projects_started_investment_cny", 3.368e10, "cny", B1, AS2, chk=True),
  fact("济宁", "region", "expected_annual_sales_cny", 4.1e10, "cny", "年可实现销售收入410亿元、利税59亿元", "建成投产后（预期）", kind="target", chk=True),
  fact("济宁", "region", "expected_annual_profit_tax_cny", 5.9e9, "cny", "利税59亿元", "建成投产后（预期）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qy03 临沂经济技术开发区 百强 (半岛都市报? via bandao 2014)
LY = "临沂经济技术开发区"
C1 = "今年前10月,完成业务总收入1120亿元,增长32%"
G["qy03"] = dict(
 article=art("（无标题）临沂经济技术开发区入围2013年国家级产业园区持续发展竞争力百强", "半岛网 news.bandao.cn（“本报12月8日讯”，记者 徐升 通讯员 郇恒吉；报名存段未示）", "2014-12-09", "day",
  "Regional news portal (newspaper item), Shandong: a national economic and technological development zone enters a national ranking of parks — its ten industrial-park platform and its business revenue for the first ten months",
  "http://news.bandao.cn/news_html/201412/20141209/news_20141209_2481538.shtml",
  "日期取网址 20141209（文中“本报12月8日讯”）。存段无标题（title 为编者概括）。页面把首句断成两行（“…在482家国家级园区中,”/“临沂经济技术开发区榜上有名…”），make_txt.py JOIN 原样拼接。正文三段，完整。园区：临沂经济技术开发区（临沂市，山东）；“十大产业园区”未点名。事实：2014年1—10月业务总收入1120亿元（cumulative）、增长32%（ratio）；“482家国家级园区”为全国数，不计；排名不计。机构：上海同济大学发展研究院（可选）。",
  "qy03"),
 parks=[
  park(LY, "临沂", "山东", "国家级经济技术开发区", "临沂经济技术开发区榜上有名,成为入围中成立时间最短的国家级园区之一"),
 ],
 companies=[],
 institutions=[
  inst("上海同济大学发展研究院", "日前,上海同济大学发展研究院发布《2014中国产业园区持续发展蓝皮书》", kind="research", note="发布蓝皮书与排名"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LY, "park", "business_revenue_cny", 1.12e11, "cny", C1, "2014年1–10月", kind="cumulative", chk=True),
  fact(LY, "park", "business_revenue_yoy_growth", 0.32, "ratio", C1, "2014年1–10月", kind="ratio"),
  fact(LY, "park", "industrial_park_platforms", 10, "count", "临沂经济技术开发区依托十大产业园区平台", "2014年", opt=True),
 ])

# ---------------------------------------------------------------- qy04 济阳 观摩 (xjyszb 2017)
JB = "济北智造小镇"
D1 = "济南中通吉物流有限公司由中通快递股份有限公司投资建设,为中通快递山东总部"
D2 = "项目总投资6亿元,主要建设山东(济南)运行中心办公楼、电商创业中心各一栋"
D3 = "目前,分拣中心和仓储配送车间已于2016年10月份投入运行,电商创业中心及办公楼于2017年9月中旬投入使用"
D4 = "济北智造小镇项目由山东连城置业有限公司投资建设,总投资50亿元"
AS4 = "2017年11月"
G["qy04"] = dict(
 article=art("全市重点项目建设督查评议活动来我县观摩", "xjyszb.cn（县报“本报讯”；报名、署名存段未示，语境为济南市济阳县）", "2017-11", "month",
  "County newspaper item, Shandong (济南): a city inspection tour of a county's key projects — a logistics firm's provincial hub with investment, stages and revenue, an industrial-town park project with investment, phase 1 and expected output",
  "http://xjyszb.cn/News/2555.aspx",
  "**年份在 brief 的 2010–2016 之外（2017）**：为凑足件数而收入，见 SOURCES.md。日期：文中“11月1日,2017年全市重点项目建设督查评议活动来我县观摩”，发布日不详，记 2017-11（month）。标题照录。存段末段“山东统超物流项目于2017年3月3日签约落户济北开发区…可实”在句中中断，整段删去，故“济北开发区”不在正文中；正文五段。县名文中未出现（“我县”；济北智造小镇、济北开发区在济阳），city 记济南。项目：济南中通吉物流（总投资6亿元；分拣中心等2016年10月投入运行→投产，办公楼2017年9月投入使用）；济北智造小镇项目（总投资50亿元，一期计划投资10亿元，部分厂房主体已完成→在建）。公司：济南中通吉物流有限公司、中通快递股份有限公司（投资方）、山东连城置业有限公司、山东统超物流、山东熊猫乳业（只在观摩名单中，可选）。园区：济北智造小镇（“园区定位于…”；园区型项目）。事实：中通吉物流2016年营业收入4亿元、税收1200万元；智造小镇一期建成后入驻企业150余家、年生产总值约30亿元、税收约2亿元（target）。",
  "qy04"),
 parks=[
  park(JB, "济南", "山东", "产业园（智造小镇）", D4, district="济阳县", opt=True, note="园区型项目（“园区定位于打造…现代化城市工业综合体”）；县名由语境推定"),
 ],
 companies=[
  comp("济南中通吉物流有限公司", None, D1, aliases=["济南中通吉物流"], note="中通快递山东总部；所在园区文中未说"),
  comp("中通快递股份有限公司", None, D1, opt=True, note="投资方"),
  comp("山东连城置业有限公司", JB, D4, note="济北智造小镇投资建设方"),
  comp("山东统超物流", None, "与会人员先后察看了济南中通吉物流、济北智造小镇、山东统超物流、山东熊猫乳业等项目", opt=True, note="只在观摩名单中"),
  comp("山东熊猫乳业", None, "与会人员先后察看了济南中通吉物流、济北智造小镇、山东统超物流、山东熊猫乳业等项目", opt=True, note="只在观摩名单中"),
 ],
 projects=[
  proj("济南中通吉物流", None, D2, companies=["济南中通吉物流有限公司", "中通快递股份有限公司"], inv="项目总投资6亿元",
       status="投产", status_text="投入运行", status_evidence=D3, note="分拣中心和仓储配送车间2016年10月投入运行；办公楼2017年9月投入使用"),
  proj("济北智造小镇项目", JB, D4, companies=["山东连城置业有限公司"], inv="总投资50亿元", status="在建",
       status_text="部分厂房主体已完成,进入装饰、装修阶段", aliases=["济北智造小镇"],
       alt_investment={"investment_text": "项目一期计划投资10亿元", "investment_cny": 1e9, "note": "一期"}),
  proj("山东统超物流", None, "与会人员先后察看了济南中通吉物流、济北智造小镇、山东统超物流、山东熊猫乳业等项目", opt=True, note="观摩项目；详情段已删"),
  proj("山东熊猫乳业", None, "与会人员先后察看了济南中通吉物流、济北智造小镇、山东统超物流、山东熊猫乳业等项目", opt=True, note="观摩项目"),
 ],
 aggregate_facts=[
  fact("济南中通吉物流有限公司", "company", "revenue_cny", 4e8, "cny", "2016年实现营业收入4亿元,上缴税收1200万元", "2016年", chk=True),
  fact("济南中通吉物流有限公司", "company", "tax_paid_cny", 1.2e7, "cny", "上缴税收1200万元", "2016年", chk=True),
  fact(JB, "park", "expected_firms", 150, "count", "项目一期建成后可入驻企业150余家", "一期建成后（预期）", kind="target", qual="余", qtext="余"),
  fact(JB, "park", "expected_annual_output_cny", 3e9, "cny", "实现年生产总值约30亿元,上缴税收约2亿元", "一期建成后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(JB, "park", "expected_annual_tax_cny", 2e8, "cny", "上缴税收约2亿元", "一期建成后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qy05 济宁5项目列入省重点建设项目 (济宁新闻网 2017)
JN = "济宁高新区"
E0 = "日前,我市5个项目列入2017年省重点建设项目,总投资达53.9亿元,今年计划投资28.4亿元"
E1 = "济宁高新区华为大数据产业园建设项目总投资9.8亿元"
AS5 = "2017年（省重点建设项目）"
G["qy05"] = dict(
 article=art("济宁5项目列入省重点建设项目 今年计划投资28.4亿元", "济宁新闻网，载于 m.yzctcx.com（存段无署名）", "2017-04-22", "day",
  "City news site relayed by an aggregator, Shandong: five city projects listed as provincial key projects — each with its total investment, one in the high-tech zone; the year's planned investment",
  "http://m.yzctcx.com/xw/87421.html",
  "**年份在 brief 的 2010–2016 之外（2017）**：为凑足件数而收入，见 SOURCES.md。日期取页面“2017-04-22 10:30:33 来源:济宁新闻网”。标题照录；日期来源行与重复标题行已删。正文两段，完整。园区：济宁高新区（济宁市，山东）。项目（列入2017年省重点建设项目，status null）：济宁矿业集团梁济运河港航建设项目（13.6亿元）、济宁高新区华为大数据产业园建设项目（9.8亿元，园区济宁高新区）、山东鲁抗医药股份有限公司生物医药循环经济产业园高端原料药生产项目（8.96亿元）、山东汇川汽车部件有限公司节能与新能源汽车EPS及关键零部件轻量化项目（7.9亿元）、济宁海达行知学校建设项目（13.6亿元）；后四者园区未说（null）。“华为大数据产业园”“生物医药循环经济产业园”只在项目名中，列为可选园区。事实：全市5个项目总投资53.9亿元、今年计划投资28.4亿元。",
  "qy05"),
 parks=[
  park(JN, "济宁", "山东", "高新区", E1),
  park("华为大数据产业园", "济宁", "山东", "产业园（大数据）", E1, parent=JN, opt=True, note="只在项目名中"),
  park("生物医药循环经济产业园", "济宁", "山东", "产业园（生物医药）", "山东鲁抗医药股份有限公司生物医药循环经济产业园高端原料药生产项目总投资8.96亿元", opt=True, note="只在项目名中；企业自建园区"),
 ],
 companies=[
  comp("山东鲁抗医药股份有限公司", None, "山东鲁抗医药股份有限公司生物医药循环经济产业园高端原料药生产项目总投资8.96亿元", note="园区文中未说"),
  comp("山东汇川汽车部件有限公司", None, "山东汇川汽车部件有限公司节能与新能源汽车EPS及关键零部件轻量化项目总投资7.9亿元", note="园区文中未说"),
  comp("济宁矿业集团", None, "济宁矿业集团梁济运河港航建设项目总投资13.6亿元", opt=True, note="只在项目名中"),
  comp("华为", JN, E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("济宁矿业集团梁济运河港航建设项目", None, "济宁矿业集团梁济运河港航建设项目总投资13.6亿元", companies=["济宁矿业集团"], inv="总投资13.6亿元"),
  proj("济宁高新区华为大数据产业园建设项目", JN, E1, inv="总投资9.8亿元"),
  proj("山东鲁抗医药股份有限公司生物医药循环经济产业园高端原料药生产项目", None, "山东鲁抗医药股份有限公司生物医药循环经济产业园高端原料药生产项目总投资8.96亿元",
       companies=["山东鲁抗医药股份有限公司"], inv="总投资8.96亿元"),
  proj("山东汇川汽车部件有限公司节能与新能源汽车EPS及关键零部件轻量化项目", None, "山东汇川汽车部件有限公司节能与新能源汽车EPS及关键零部件轻量化项目总投资7.9亿元",
       companies=["山东汇川汽车部件有限公司"], inv="总投资7.9亿元"),
  proj("济宁海达行知学校建设项目", None, "济宁海达行知学校建设项目总投资13.6亿元", inv="总投资13.6亿元", opt=True, note="学校，非产业项目"),
 ],
 aggregate_facts=[
  fact("济宁", "region", "provincial_key_projects", 5, "count", E0, AS5),
  fact("济宁", "region", "provincial_key_projects_investment_cny", 5.39e9, "cny", "总投资达53.9亿元,今年计划投资28.4亿元", AS5, chk=True),
  fact("济宁", "region", "planned_annual_investment_cny", 2.84e9, "cny", "今年计划投资28.4亿元", "2017年（计划）", kind="target", chk=True),
 ])
