# real432 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged).
# Angle: 安徽 皖北 (阜阳, 亳州, 宿州, 淮北, 蚌埠) development zones — projects, firms, figures. Conventions as real52's gold.py:
# evidence verbatim (all seven items simplified script as published); names as written; 逾/超过/超/突破 → 超, 余/多 → 余,
# 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it). Amount ranges (“总投资在5亿元以上”) are not investment amounts. Projects: the park the text places the project
# in, null where only a city / county / district is named (a district or county is a region, not a park). Status from the
# text's words (集中开工 / 开工 → 开工; 正在加紧建设 / 复工建设 / 加快建设 → 在建; 落户 alone → no status). Year-to-date and
# “截至目前 / 目前” counts are cumulative; growth rates and shares are ratios. Sources: `search` (corpus pages) excerpts typed
# into _raw/pages/loNN.raw as returned.

# ---------------------------------------------------------------- lo01 埇桥区 长三角绿色农产品精深加工产业园 (新华丝路 2023)
YQ = "埇桥区国家现代农业产业园"
JD = "长三角绿色农产品生产加工供应(宿州)基地"
A1 = "近日,埇桥区国家现代农业产业园长三角绿色农产品精深加工产业园正式复工建设"
A2 = "长三角绿色农产品精深加工产业园,是埇桥区国家现代农业产业园长三角绿色农产品生产加工供应(宿州)基地的重点项目,总投资6.27亿元"
A3 = "目前,基地已开工建设12个项目,实现落地资金50多亿元"
G["lo01"] = dict(
 article=art("安徽宿州埇桥区:新春复工服务忙 聚焦项目谋发展", "新华丝路（imsilkroad.com，责任编辑:马祥平；署名陆明）", "2023-02-06", "day",
  "National information portal, Anhui (宿州): a district's agricultural industrial park resumes building a processing park project after the New Year — project amount and stage, the supply base's projects started and funds landed",
  "https://www.imsilkroad.com/news/p/502415.html",
  "日期取页面“来源:新华丝路 责任编辑:马祥平 2023-02-06 13:22:34”。标题照录；站名行、来源行与“相关推荐”及其后两条推荐摘要已删。正文四段，完整，署名“(陆明)”在末段末，保留。园区：埇桥区国家现代农业产业园（宿州市埇桥区，安徽；农业产业园）。长三角绿色农产品生产加工供应(宿州)基地为“基地”，列可选园区（文中称“基地已开工建设12个项目”），与产业园关系按原文“埇桥区国家现代农业产业园长三角绿色农产品生产加工供应(宿州)基地”推定为其中的基地。项目：长三角绿色农产品精深加工产业园（总投资6.27亿元；去年六月开工、近日复工建设、主体结构基本完成 → 在建）；它本身也是“预制菜…承载园区”，另列可选园区。事实：基地已开工12个项目（cumulative）、落地资金“50多亿元”（余；“50多亿元”无法由 check_gold 的金额正则解析，metric 不用 _cny 后缀）。",
  "lo01"),
 parks=[
  park(YQ, "宿州", "安徽", "农业产业园", A1, district="埇桥区", note="国家现代农业产业园"),
  park(JD, "宿州", "安徽", "基地", A2, district="埇桥区", parent=YQ, opt=True, note="“基地”；与产业园的从属关系按原文语序推定"),
  park("长三角绿色农产品精深加工产业园", "宿州", "安徽", "产业园", A2, district="埇桥区", parent=YQ, opt=True,
       note="在建的产业园项目（预制菜承载园区），同时列为项目"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("长三角绿色农产品精深加工产业园", YQ, A2, inv="总投资6.27亿元", status="在建", status_text="正式复工建设",
       note="2022年6月开工，2023年初复工，主体结构基本完成；基地的重点项目"),
 ],
 aggregate_facts=[
  fact(JD, "park", "projects_started", 12, "count", A3, "2023年2月", kind="cumulative", note="基地开工建设以来"),
  fact(JD, "park", "funds_landed", 5e9, "cny", A3, "2023年2月", kind="cumulative", qual="余", qtext="多",
       note="“50多亿元”；metric 不带 _cny（check_gold 的金额正则读不出“50多亿元”）"),
 ])

# ---------------------------------------------------------------- lo02 萧县13个重点项目集中开工 (安徽日报 via 改革网 2024)
XX = "萧县经济开发区"
B1 = "10月22日,萧县重点项目开工动员现场会在该县经济开发区举行,13个重点项目集中开工,总投资达216.88亿元"
B2 = "其中,上海榕融新材料技术有限公司“氧化铝连续纤维生产项目”计划投资50亿元"
B3 = "今年1月至7月,全县工业生产稳定增长,规上工业增加值增长8.2%,制造业增加值增长10.4%"
AS2 = "2024年10月22日（集中开工）"
G["lo02"] = dict(
 article=art("总投资216.88亿元 萧县13个重点项目集中开工", "安徽日报（署名何雪峰），载于改革网 www.cfgw.net.cn“江淮风采”栏", "2024-10-25", "day",
  "Provincial daily relayed by a reform-news portal, Anhui (宿州): a county's groundbreaking meeting held in its economic development zone — 13 projects started with totals by type, one named project by a Shanghai firm with its amount, the county's industrial growth rates",
  "http://www.cfgw.net.cn/xb/content/2024-10/25/content_25113572.html",
  "日期取页面“来源:安徽日报作者:时间:2024-10-25”（开工在10月22日）。标题照录；栏目、位置、来源行与“友情链接 / 欢迎关注改革网”已删。正文四段，完整，署名“(何雪峰)”在末段末。园区：文中只作“该县经济开发区”，park 名记萧县经济开发区（宿州市萧县，安徽），名称不在原文（check_gold 会给 WARN）。13个项目只说开工动员会在开发区举行，未说项目都在开发区：项目 park 记 null。项目：上海榕融新材料技术有限公司“氧化铝连续纤维生产项目”，计划投资50亿元，集中开工之一 → 开工。事实：萧县（region）13个项目、216.88亿元；制造类11个/191.88亿元，农业类2个/25亿元（可选）；1—7月规上工业增加值增长8.2%、制造业增加值增长10.4%（ratio）。",
  "lo02"),
 parks=[
  park(XX, "宿州", "安徽", "经济开发区", B1, district="萧县", note="原文“该县经济开发区”；开工动员会会场"),
 ],
 companies=[
  comp("上海榕融新材料技术有限公司", None, B2, note="投资方；项目位置未说"),
 ],
 institutions=[],
 projects=[
  proj("氧化铝连续纤维生产项目", None, B2, companies=["上海榕融新材料技术有限公司"], inv="计划投资50亿元", status="开工",
       status_text="集中开工", note="13个集中开工项目之一；园区未说"),
 ],
 aggregate_facts=[
  fact("萧县", "region", "projects_started", 13, "count", B1, AS2),
  fact("萧县", "region", "projects_started_investment_cny", 2.1688e10, "cny", "13个重点项目集中开工,总投资达216.88亿元", AS2, chk=True),
  fact("萧县", "region", "manufacturing_projects_started", 11, "count", "本次集中开工的项目包含制造类项目11个、总投资191.88亿元", AS2, opt=True),
  fact("萧县", "region", "manufacturing_projects_investment_cny", 1.9188e10, "cny", "总投资191.88亿元,农业类项目2个、总投资25亿元", AS2, opt=True, chk=True),
  fact("萧县", "region", "agricultural_projects_started", 2, "count", "农业类项目2个、总投资25亿元", AS2, opt=True),
  fact("萧县", "region", "agricultural_projects_investment_cny", 2.5e9, "cny", "总投资25亿元", AS2, opt=True, chk=True),
  fact("萧县", "region", "industrial_value_added_growth", 0.082, "ratio", B3, "2024年1–7月", kind="ratio"),
  fact("萧县", "region", "manufacturing_value_added_growth", 0.104, "ratio", B3, "2024年1–7月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lo03 淮北市 2024年第二批开工动员项目 (头等网 2024)
HB = "淮北市"
C1 = "淮北市2024年第一批开工动员项目10个,总投资59.5亿元"
C2 = "已开工10个,开工率100%;已纳统4个,纳统率40%"
C3 = "淮北轨道交通及工程机械研发、相山区零碳智慧快递电商集散中心等项目正在加紧建设"
C4 = "淮北市2024年第二批开工动员项目11个,总投资83.8亿元"
C5 = "理士年处理5万吨废旧锂电池综合利用项目,总投资13.3亿元"
C6 = "泰宏祥年产10万吨苯甲醇系列产品项目,总投资11.1亿元"
C7 = "色耐特年产500万只轮毂项目,总投资10亿元"
AS3 = "2024年4月1日（第二批开工动员）"
G["lo03"] = dict(
 article=art("2024年全省第二批重大项目开工动员会举行 覃卫国视频汇报淮北市有关情况", "头等网 toudeng.cc（原发媒体未注明；编辑:王蓓蓓）", "2024-05-02", "day",
  "Web news site relaying a city item, Anhui (淮北): the city's report to the province's second groundbreaking batch of 2024 — first batch's start and statistics rates, two projects under construction, second batch's totals by type and three representative projects with amounts",
  "http://toudeng.cc/archives/51447",
  "日期取页首“2024年05月02日 星期四”（页面日期；会议在4月1日）。标题取正文前的主题与副题（主题在页中出现两次）；页首“股票代码 600016”、日期行、“摘要…”段（与正文首段同文）、“编辑:王蓓蓓”与版权声明已删。正文四段，完整。无园区：文中只有市、区（相山区）名。项目：淮北轨道交通及工程机械研发、相山区零碳智慧快递电商集散中心（第一批，正在加紧建设 → 在建；无金额）；第二批代表性项目理士年处理5万吨废旧锂电池综合利用项目（13.3亿元）、泰宏祥年产10万吨苯甲醇系列产品项目（11.1亿元）、色耐特年产500万只轮毂项目（10亿元）——“开工代表性项目” → 开工；园区 null。理士、泰宏祥、色耐特只在项目名中，列可选公司（园区 null）。事实：淮北市第一批10个/59.5亿元、已开工10个、开工率100%、纳统4个/40%；第二批11个/83.8亿元，其中10亿元以上4个/48.6亿元，产业项目8个/62.8亿元，亩均投资466.2万元，基础设施2个/18亿元，民生1个/3亿元（分项可选）。",
  "lo03"),
 parks=[],
 companies=[
  comp("理士", None, C5, opt=True, note="只在项目名中"),
  comp("泰宏祥", None, C6, opt=True, note="只在项目名中"),
  comp("色耐特", None, C7, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("淮北轨道交通及工程机械研发", None, C3, status="在建", status_text="正在加紧建设", note="第一批开工动员项目"),
  proj("相山区零碳智慧快递电商集散中心", None, C3, status="在建", status_text="正在加紧建设", note="第一批开工动员项目；相山区为区"),
  proj("理士年处理5万吨废旧锂电池综合利用项目", None, C5, companies=["理士"], inv="总投资13.3亿元", status="开工", status_text="开工代表性项目", note="第二批"),
  proj("泰宏祥年产10万吨苯甲醇系列产品项目", None, C6, companies=["泰宏祥"], inv="总投资11.1亿元", status="开工", status_text="开工代表性项目", note="第二批"),
  proj("色耐特年产500万只轮毂项目", None, C7, companies=["色耐特"], inv="总投资10亿元", status="开工", status_text="开工代表性项目", note="第二批"),
 ],
 aggregate_facts=[
  fact(HB, "region", "projects_mobilized", 10, "count", C1, "2024年第一批"),
  fact(HB, "region", "projects_mobilized_investment_cny", 5.95e9, "cny", "总投资59.5亿元", "2024年第一批", chk=True),
  fact(HB, "region", "projects_started", 10, "count", C2, "2024年第一批（截至4月1日）", kind="cumulative"),
  fact(HB, "region", "project_start_rate", 1.0, "ratio", C2, "2024年第一批（截至4月1日）", kind="ratio"),
  fact(HB, "region", "projects_in_statistics", 4, "count", C2, "2024年第一批（截至4月1日）", kind="cumulative", opt=True),
  fact(HB, "region", "projects_in_statistics_rate", 0.40, "ratio", C2, "2024年第一批（截至4月1日）", kind="ratio", opt=True),
  fact(HB, "region", "projects_started", 11, "count", C4, AS3),
  fact(HB, "region", "projects_started_investment_cny", 8.38e9, "cny", "总投资83.8亿元", AS3, chk=True),
  fact(HB, "region", "projects_over_1bn", 4, "count", "其中,10亿元以上项目4个,总投资48.6亿元", AS3, opt=True),
  fact(HB, "region", "projects_over_1bn_investment_cny", 4.86e9, "cny", "总投资48.6亿元", AS3, opt=True, chk=True),
  fact(HB, "region", "industrial_projects_started", 8, "count", "产业项目8个,总投资62.8亿元,亩均投资466.2万元", AS3, opt=True),
  fact(HB, "region", "industrial_projects_investment_cny", 6.28e9, "cny", "总投资62.8亿元,亩均投资466.2万元", AS3, opt=True, chk=True),
  fact(HB, "region", "investment_per_mu_cny", 4.662e6, "cny", "亩均投资466.2万元", AS3, opt=True, chk=True),
  fact(HB, "region", "infrastructure_projects_investment_cny", 1.8e9, "cny", "基础设施项目2个,总投资18亿元", AS3, opt=True, chk=True),
  fact(HB, "region", "livelihood_projects_investment_cny", 3e8, "cny", "民生项目1个,总投资3亿元", AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lo04 谯城区32个重大项目集中开工 (谯城发布 via investchn 2021)
QC = "谯城经开区"
D1 = "本次集中开工的项目共有32个,总投资76.26亿元,年计划完成投资33亿元"
D2 = "既有鹭燕现代中药生产项目、云永医药科技项目、万事通亳州风电场项目等总投资在5亿元以上的产业龙头项目,也有佳恩特电子、现代中医药科技孵化园等高新技术项目"
D3 = "谯城经开区实现经营(销售)收入367亿元,增长5.2%,获省级开发区综合考核第23位"
D4 = "全年签约项目76个、总投资162.4亿元,其中亿元以上工业项目46个"
AS4 = "2021年3月24日（集中开工）"
G["lo04"] = dict(
 article=art("谯城区32个重大项目集中开工", "谯城发布，载于中国投资促进网 investchn.com（“发布开发区:亳州高新技术产业开发区”）", "2021-03-26", "day",
  "Investment-promotion portal relaying a district's official account, Anhui (亳州): a district's groundbreaking of 32 major projects with named projects, the district's 2020 figures including its economic development zone's revenue and rank, and early-2021 signings",
  "https://investchn.com/home/news/detail/id/167168.html",
  "日期取页面“发布时间:2021-03-26  来源:谯城发布”（开工在3月24日）。标题照录；站名、位置行与发布时间行（含“发布开发区:亳州高新技术产业开发区”，只在页面栏目中，不作园区）已删。存段末句在“全区109个”处中断，该残句已删（LINE_SUFFIX），正文截至“…已落地5个。”，共四段。园区：谯城经开区（亳州市谯城区，安徽；省级开发区），只出现在2020年收入与考核排名一句中。项目：鹭燕现代中药生产项目、云永医药科技项目、万事通亳州风电场项目（“总投资在5亿元以上”为区间，不作投资额）、佳恩特电子、现代中医药科技孵化园——均为32个集中开工项目所举之例 → 开工；文中未说在哪个园区，park null。鹭燕集团只在开工现场名“鹭燕集团(亳州)项目”中，列可选公司。事实：谯城区（region）32个/76.26亿元/年计划33亿元（target）、工业项目19个、亿元以上工业项目10个；2020年 GDP 等为 reported；谯城经开区经营(销售)收入367亿元、增长5.2%、综合考核第23位；2021年1—2月意向项目102个、已签订21个、总投资“136亿”（原文无“元”，metric 不带 _cny）、已落地5个。",
  "lo04"),
 parks=[
  park(QC, "亳州", "安徽", "经济开发区", D3, district="谯城区", note="省级开发区（“获省级开发区综合考核第23位”）"),
 ],
 companies=[
  comp("鹭燕集团", None, "3月24日上午,谯城区重大项目集中开工仪式在鹭燕集团(亳州)项目现场举行", opt=True, note="只在开工现场名中"),
 ],
 institutions=[],
 projects=[
  proj("鹭燕现代中药生产项目", None, D2, companies=["鹭燕集团"], status="开工", status_text="集中开工", note="总投资在5亿元以上（区间，不作投资额）；开工仪式在此项目现场"),
  proj("云永医药科技项目", None, D2, status="开工", status_text="集中开工", note="总投资在5亿元以上（区间）"),
  proj("万事通亳州风电场项目", None, D2, status="开工", status_text="集中开工", note="总投资在5亿元以上（区间）"),
  proj("佳恩特电子", None, D2, status="开工", status_text="集中开工", note="高新技术项目；以企业简称作项目名"),
  proj("现代中医药科技孵化园", None, D2, status="开工", status_text="集中开工", note="高新技术项目"),
 ],
 aggregate_facts=[
  fact("谯城区", "region", "projects_started", 32, "count", D1, AS4),
  fact("谯城区", "region", "projects_started_investment_cny", 7.626e9, "cny", "总投资76.26亿元,年计划完成投资33亿元", AS4, chk=True),
  fact("谯城区", "region", "planned_annual_investment_cny", 3.3e9, "cny", "年计划完成投资33亿元", "2021年（计划）", kind="target", chk=True),
  fact("谯城区", "region", "industrial_projects_started", 19, "count", "其中工业项目19个,亿元以上工业项目10个", AS4, opt=True),
  fact("谯城区", "region", "gdp_cny", 4.752e10, "cny", "实现地区生产总值475.2亿元,增长4.8%", "2020年", opt=True, chk=True),
  fact("谯城区", "region", "gdp_growth", 0.048, "ratio", "实现地区生产总值475.2亿元,增长4.8%", "2020年", kind="ratio", opt=True),
  fact("谯城区", "region", "fiscal_revenue_cny", 4.35e9, "cny", "财政收入43.5亿元", "2020年", opt=True, chk=True),
  fact("谯城区", "region", "projects_signed", 76, "count", D4, "2020年"),
  fact("谯城区", "region", "signed_investment_cny", 1.624e10, "cny", "总投资162.4亿元,其中亿元以上工业项目46个", "2020年", chk=True),
  fact("谯城区", "region", "projects_started", 90, "count", "新开工项目90个", "2020年"),
  fact("谯城区", "region", "industrial_land_sold_mu", 2451, "mu", "成交工业用地43宗、2451亩", "2020年", opt=True),
  fact("谯城区", "region", "high_tech_firms_new", 17, "count", "新认定高新技术企业17家,高新技术企业实现产值97.5亿元", "2020年", opt=True),
  fact("谯城区", "region", "high_tech_output_cny", 9.75e9, "cny", "高新技术企业实现产值97.5亿元", "2020年", opt=True, chk=True),
  fact(QC, "park", "operating_revenue_cny", 3.67e10, "cny", D3, "2020年", chk=True),
  fact(QC, "park", "operating_revenue_growth", 0.052, "ratio", D3, "2020年", kind="ratio"),
  fact(QC, "park", "provincial_zone_rank", 23, "rank", D3, "2020年", opt=True),
  fact("谯城区", "region", "projects_signed", 21, "count", "已签订项目21个(含即将在3月27日合肥招商推介会上签约16个),总投资136亿,已落地5个", "2021年1–2月", kind="cumulative"),
  fact("谯城区", "region", "signed_investment", 1.36e10, "cny", "已签订项目21个(含即将在3月27日合肥招商推介会上签约16个),总投资136亿,已落地5个", "2021年1–2月", kind="cumulative", opt=True, note="原文“136亿”无“元”，metric 不带 _cny"),
  fact("谯城区", "region", "projects_landed", 5, "count", "总投资136亿,已落地5个", "2021年1–2月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lo05 扬鞭赛马激活力 (蚌埠新闻网 via investchn 2023)
BB = "蚌埠市"
E1 = "一年来,肠道微生态与肠菌移植产业基地、年产120万㎡全固态电致变色电子薄膜和高端镀膜设备制造、盛世年产4500万㎡高透特种封装材料、中科华联高性能湿法锂电池隔膜等项目陆续开工"
E2 = "宝馨新能源高端智能制造、壹石通碳中和产业园、远景绿色能源装备制造产业基地等项目纷纷落户"
E3 = "中国·蚌埠空天产业园、中国(蚌埠)传感谷等加快建设"
E4 = "今年上半年,全市新签约亿元以上项目282个、同比增长31.8%,总投资1155.6亿元、同比增长21.8%"
AS5 = "2023年上半年"
G["lo05"] = dict(
 article=art("扬鞭赛马激活力 招大引强促振兴", "蚌埠新闻网，载于中国投资促进网 investchn.com（“发布开发区:安徽蚌埠经济开发区”）", "2023-08-11", "day",
  "Investment-promotion portal relaying a city news site, Anhui (蚌埠): the city's investment 'horse race' — named projects started, firms' projects landed, two parks under construction, half-year signing figures",
  "https://investchn.com/index.php/home/news/detail/id/408864.html",
  "日期取页面“发布时间:2023-08-11 来源:蚌埠新闻网”。标题照录；发布时间行（含“发布开发区:安徽蚌埠经济开发区”，只在页面栏目中，不作园区）已删。正文四段，完整（存段止于此）。“我市”即蚌埠（来源与园区名推定）。项目：四个“陆续开工”的项目（开工；无金额；园区未说）；三个“纷纷落户”的项目（落户，不记状态）。园区：中国·蚌埠空天产业园、中国(蚌埠)传感谷（“加快建设”），列为园区，另列可选在建项目。公司只在项目名中（盛世、中科华联、宝馨新能源、壹石通、远景），列可选公司。事实：蚌埠市上半年新签约亿元以上项目282个、同比增长31.8%，总投资1155.6亿元、同比增长21.8%。",
  "lo05"),
 parks=[
  park("中国·蚌埠空天产业园", "蚌埠", "安徽", "产业园", E3, note="加快建设"),
  park("中国(蚌埠)传感谷", "蚌埠", "安徽", "产业园", E3, note="加快建设；“传感谷”"),
 ],
 companies=[
  comp("盛世", None, E1, opt=True, note="只在项目名中"),
  comp("中科华联", None, E1, opt=True, note="只在项目名中"),
  comp("宝馨新能源", None, E2, opt=True, note="只在项目名中"),
  comp("壹石通", None, E2, opt=True, note="只在项目名中"),
  comp("远景", None, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("肠道微生态与肠菌移植产业基地", None, E1, status="开工", status_text="陆续开工"),
  proj("年产120万㎡全固态电致变色电子薄膜和高端镀膜设备制造", None, E1, status="开工", status_text="陆续开工"),
  proj("盛世年产4500万㎡高透特种封装材料", None, E1, companies=["盛世"], status="开工", status_text="陆续开工"),
  proj("中科华联高性能湿法锂电池隔膜", None, E1, companies=["中科华联"], status="开工", status_text="陆续开工"),
  proj("宝馨新能源高端智能制造", None, E2, companies=["宝馨新能源"], status_text="纷纷落户", note="落户，不记状态"),
  proj("壹石通碳中和产业园", None, E2, companies=["壹石通"], status_text="纷纷落户", note="落户，不记状态"),
  proj("远景绿色能源装备制造产业基地", None, E2, companies=["远景"], status_text="纷纷落户", note="落户，不记状态"),
  proj("中国·蚌埠空天产业园", None, E3, status="在建", status_text="加快建设", opt=True, note="园区建设，亦列为园区"),
  proj("中国(蚌埠)传感谷", None, E3, status="在建", status_text="加快建设", opt=True, note="园区建设，亦列为园区"),
 ],
 aggregate_facts=[
  fact(BB, "region", "projects_signed", 282, "count", E4, AS5, kind="cumulative", note="亿元以上项目；原文“全市”"),
  fact(BB, "region", "projects_signed_yoy_growth", 0.318, "ratio", E4, AS5, kind="ratio"),
  fact(BB, "region", "signed_investment_cny", 1.1556e11, "cny", "总投资1155.6亿元、同比增长21.8%", AS5, kind="cumulative", chk=True),
  fact(BB, "region", "signed_investment_yoy_growth", 0.218, "ratio", "总投资1155.6亿元、同比增长21.8%", AS5, kind="ratio"),
 ])

# ---------------------------------------------------------------- lo06 阜阳“新”经济发展提速 (阜阳市报业电子版 2021)
FY = "阜阳经济技术开发区"
BK = "北矿磁材(阜阳)有限公司"
F1 = "在位于阜阳经济技术开发区的北矿磁材(阜阳)有限公司的车间内,自动化生产线正高速运转,各类高性能永磁材料从这里下线"
F2 = "“去年产值已突破3亿元,今年以来生产订单充足。”"
G["lo06"] = dict(
 article=art("阜阳“新”经济发展提速", "阜阳市报业电子版 test.fynews.net（第04版:置顶新闻；报名与署名存段未示）", "2021-07-09", "day",
  "City newspaper e-edition feature, Anhui (阜阳): the city's 'new economy' — a magnetic-materials firm in the national economic development zone with its output and suppliers landed (only the opening section stored)",
  "http://test.fynews.net/epaper/read.do?m=i&iid=1817&eid=18581&sid=65184&idate=2_2021-07-09",
  "日期取网址 idate=2_2021-07-09。标题取主题“阜阳“新”经济发展提速”，引题“中部崛起新亮点:”与版面行“第04版:置顶新闻”已删（记于此）。存段在“不仅是磁性新材料,在阜阳,铝基新材料、煤基新材料、”处中断，该残段整段删去（make_txt.py ITEMS 截至上一段），正文截至“…形成磁性材料产业集群。”，含小标题“‘新产业’:科技赋能活力现”一行，共五段。园区：阜阳经济技术开发区（阜阳，安徽；级别文中未说）。公司：北矿磁材(阜阳)有限公司，位于该开发区（文中又作“北矿磁材”）。机构：国家磁性材料工程技术研究中心(安徽中心)（可选，研发平台）。事实：北矿磁材“去年产值已突破3亿元”（2020年，超）；“三年来，产业链上下游4家企业落户阜阳”（可选，subject 北矿磁材的产业链，记为阜阳市 region）。",
  "lo06"),
 parks=[
  park(FY, "阜阳", "安徽", "经济技术开发区", F1),
 ],
 companies=[
  comp(BK, FY, F1, aliases=["北矿磁材"]),
 ],
 institutions=[
  inst("国家磁性材料工程技术研究中心(安徽中心)", "依托国家磁性材料工程技术研究中心(安徽中心)、安徽省企业技术中心、安徽省博士后科研工作站等平台", kind="research", park=FY,
       note="北矿磁材依托的平台；园区由语境推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BK, "company", "output_cny", 3e8, "cny", F2, "2020年", qual="超", qtext="突破", chk=True),
  fact("阜阳市", "region", "supply_chain_firms_landed", 4, "count", "三年来,产业链上下游4家企业落户阜阳", "2018–2021年", kind="cumulative", opt=True,
       note="北矿磁材产业链上下游企业"),
 ])

# ---------------------------------------------------------------- lo07 安徽颍泉经济开发区发展纪实 (中国基层网 2022)
YQK = "安徽颍泉经济开发区"
H1 = "2014年1月12日经省政府批准安徽阜阳工业园区以“一区两园”方式扩区,即颍泉经济开发区主区(阜阳工业园区)、阜阳循环经济园区及行流拓展区,并正式更名为“颍泉经济开发区”"
H2 = "经开区总规划面积24.95平方公里,已建成面积6.91平方公里,现入驻项目151个,共有规模以上工业企业75家,总投资达166.14亿元"
H3 = "2014年11月28日,阜阳青年电子商务产业园项目正式落户阜阳工业园区,园区项目总投资5.6亿元,占地面积97亩"
AS7 = "2022年2月"
G["lo07"] = dict(
 article=art("勠力同心齐奋进 砥砺前行再扬帆 安徽颍泉经济开发区发展纪实", "中国基层网（chinajiceng.com.cn；记者姚席席 万程程 综合报道）", "2022-02-15", "day",
  "National grassroots news site feature, Anhui (阜阳): a district's provincial economic development zone — its history and renaming, sub-areas, area, projects, firms and total investment, an e-commerce park project (only the opening stored)",
  "http://chinajiceng.com.cn/tt/2022-02-15/208317.html",
  "日期取页面“2022-02-15 17:24:03    来源:中国基层网”。标题取主题与副题（“勠力同心齐奋进 砥砺前行再扬帆”“安徽颍泉经济开发区发展纪实”）；站名两行、日期来源行与两条图片说明（“王清宪省长参观颍泉区开发区所属企业智磁科技”“阜阳同福鸿路绿色智能集成建材产业园生产车间”）已删。存段在“仓储物流加”处中断，自“开园以来,”起的残句已删（LINE_SUFFIX），正文截至“…占地面积97亩。”，含小标题一行，共三段。原文“南端.”的英文句点、两处“人驻”（已删部分）照录。园区：安徽颍泉经济开发区（阜阳市颍泉区，安徽；省级；文中又作“颍泉经济开发区”“经开区”；前身安徽阜阳工业园区，列为别名）。扩区后“一区两园”：主区(阜阳工业园区)、阜阳循环经济园区、行流拓展区（可选子园区）。阜阳青年电子商务产业园：2014年落户阜阳工业园区的项目（总投资5.6亿元；落户不记状态），亦列可选园区。事实：总规划面积24.95平方公里、已建成6.91平方公里、入驻项目151个、规上工业企业75家、总投资166.14亿元（cumulative，2022年2月）。",
  "lo07"),
 parks=[
  park(YQK, "阜阳", "安徽", "经济开发区", "安徽颍泉经济开发区前身为安徽阜阳工业园区,始建于2003年5月,2006年2月经安徽省人民政府批准为省级工业园区",
       district="颍泉区", aliases=["颍泉经济开发区", "安徽阜阳工业园区"], note="省级；2014年更名；前身安徽阜阳工业园区"),
  park("阜阳工业园区", "阜阳", "安徽", "工业园区", H1, district="颍泉区", parent=YQK, opt=True, note="扩区后的主区"),
  park("阜阳循环经济园区", "阜阳", "安徽", "园区", H1, district="颍泉区", parent=YQK, opt=True, note="一区两园之一"),
  park("行流拓展区", "阜阳", "安徽", "拓展区", H1, district="颍泉区", parent=YQK, opt=True, note="一区两园之一"),
  park("阜阳青年电子商务产业园", "阜阳", "安徽", "电商产业园", H3, district="颍泉区", parent="阜阳工业园区", opt=True, note="落户阜阳工业园区的园区项目"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("阜阳青年电子商务产业园项目", "阜阳工业园区", H3, inv="园区项目总投资5.6亿元", status_text="正式落户",
       note="2014年11月28日落户；落户不记状态；阜阳工业园区为颍泉经济开发区主区"),
 ],
 aggregate_facts=[
  fact(YQK, "park", "planned_area_km2", 24.95, "km2", H2, AS7),
  fact(YQK, "park", "built_area_km2", 6.91, "km2", H2, AS7, opt=True),
  fact(YQK, "park", "projects_entered", 151, "count", H2, AS7, kind="cumulative"),
  fact(YQK, "park", "above_scale_industrial_firms", 75, "count", H2, AS7),
  fact(YQK, "park", "total_investment_cny", 1.6614e10, "cny", "总投资达166.14亿元", AS7, kind="cumulative", chk=True),
 ])
