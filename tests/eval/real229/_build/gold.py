# real229 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios (a fall is negative).
# Projects: the park is the one the text places the project in, null if none (a city, district or county is not a park).
# Status from the text's words (开工 / 动工 / 奠基 / 启动建设 → 开工; 施工 / 复工 / 封顶 → 在建; 投产 → 投产; 签约 / 签约落户 → 签约;
# 开展前期工作 → planned). “预计” figures are kind target; year-to-date and “累计” figures are cumulative.
# Two published amounts carry a stray space inside the number (tt01 “89 .4亿元”, “70 32亿元”, as on the page): the checker's
# regex would read “4亿元” / “32亿元”, so tt01's project keeps investment_text null (the printed form in investment_text_printed)
# and the 7032亿元 fact uses a metric name without the _cny suffix (value in yuan, unit cny). Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/ttNN.raw as returned.

# ---------------------------------------------------------------- tt01 产业东进 龙岗加速 (龙岗区政府网 2016)
APL = "阿波罗未来产业园"
A0 = "光启未来科技城、中科院育成总部基地、招商银行龙岗金融创新产业基地、中广核研究院实验室二期、泛亚生鲜物流厂、银台低碳环保科技产业园、杰美特移动智能终端配件产品扩产项目、珈伟光伏照明项目、科信通信设备有限公司研发中心建设项目"
A1 = "日前,深圳市20 16年第四季度产业发展类重大项目集中开工,12个项目总投资约160亿元,有9个在龙岗,总投资约151亿元"
A2 = "此次开工的光启未来科技城项目备受瞩目,它位于横岗街道阿波罗未来产业园内,占地5.8万平方米,总投资约89 .4亿元,是深圳市首个未来产业园内军民融合项目"
A3 = "光启未来科技城项目由深圳光启合众科技有限公司的全资子公司深圳智飞登科技有限公司投资建设"
A4 = "5年将推387个重点项目,总投资约70 32亿元"
AS1 = "2016年第四季度（集中开工）"
_gq = proj("光启未来科技城", APL, A2, companies=["深圳智飞登科技有限公司", "深圳光启合众科技有限公司"], qual="约", qual_text="约",
           status="开工", status_text="此次开工", aliases=["光启未来科技城项目"],
           note="总投资印作“约89 .4亿元”（数字中多一空格），即约89.4亿元；investment_text 置空以免校验正则误读为4亿元，原样见 investment_text_printed；深圳市首个未来产业园内军民融合项目")
_gq["investment_cny"] = 8.94e9
_gq["investment_text_printed"] = "总投资约89 .4亿元"
G["tt01"] = dict(
 article=art("产业东进 龙岗加速", "深圳市龙岗区政府网站（sqsz.lg.gov.cn “龙岗经济动态”栏；“东进看龙岗”系列专题14；图片署“龙岗通记者 刘有志”，文字作者未示）", "2016-11-24", "day",
  "District government site's economy column, Shenzhen: a city-wide quarterly groundbreaking of major industrial projects, nine of them in the district — a named science-city project in a future-industry park with area, investment and investor, the district's five-year 387-project plan",
  "http://www.sqsz.lg.gov.cn/LGDL/lgq/lgjj_webmap/lgjj_lgqjjdt/2016/11/24/9649fe843861404488b268c48252498e.html",
  "日期取网址 2016/11/24。标题照录；图片文件名与图说“dclt022403_b.jpg 龙岗“东进大会战”正在进行…龙岗通记者 刘有志 摄”、栏目行“‘东进看龙岗’系列专题14”与分节字母“A”已删。存段在末段“光启拥有核心自主知识产权…累计申请专利”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…博士归国创立。”，含小标题一行。页面数字中有空格（“20 16年”“70 32亿元”“89 .4亿元”），照录。园区：阿波罗未来产业园（横岗街道，龙岗区，深圳）。项目：首段列出的九个项目即“有9个在龙岗”的九个集中开工项目（由上下文推定，status 开工）；只有光启未来科技城写明园区（阿波罗未来产业园）、金额（约89.4亿元）与投资主体（深圳智飞登科技有限公司，深圳光启合众科技有限公司全资子公司）；其余八个园区 null。“银台低碳环保科技产业园”为项目名，不另列园区。事实：深圳市2016年四季度集中开工12个、约160亿元；龙岗9个、约151亿元；龙岗“东进大会战”5年387个重点项目、约7032亿元（目标，kind target）。",
  "tt01"),
 parks=[
  park(APL, "深圳", "广东", "产业园（未来产业）", A2, district="龙岗区", note="位于横岗街道；文中“未来产业园”"),
 ],
 companies=[
  comp("深圳智飞登科技有限公司", APL, A3, note="光启未来科技城项目投资建设方"),
  comp("深圳光启合众科技有限公司", None, A3, aliases=["光启"], opt=True, note="智飞登的母公司；文中又作“光启”（全球化创新集团）"),
  comp("科信通信设备有限公司", None, A0, opt=True, note="只在项目名中"),
  comp("招商银行", None, A0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中科院", A0, kind="research", note="只在项目名“中科院育成总部基地”中"),
  inst("中广核研究院", A0, kind="research", note="只在项目名中"),
 ],
 projects=[
  _gq,
  proj("中科院育成总部基地", None, A0, status="开工", status_text="集中开工", note="龙岗9个集中开工项目之一（推定）"),
  proj("招商银行龙岗金融创新产业基地", None, A0, status="开工", status_text="集中开工", note="同上"),
  proj("中广核研究院实验室二期", None, A0, phase="二期", status="开工", status_text="集中开工", note="同上"),
  proj("泛亚生鲜物流厂", None, A0, status="开工", status_text="集中开工", note="同上"),
  proj("银台低碳环保科技产业园", None, A0, status="开工", status_text="集中开工", note="同上；园区开发类项目"),
  proj("杰美特移动智能终端配件产品扩产项目", None, A0, status="开工", status_text="集中开工", note="同上"),
  proj("珈伟光伏照明项目", None, A0, status="开工", status_text="集中开工", note="同上"),
  proj("科信通信设备有限公司研发中心建设项目", None, A0, companies=["科信通信设备有限公司"], status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact("深圳市", "region", "projects_started", 12, "count", A1, AS1, note="产业发展类重大项目"),
  fact("深圳市", "region", "projects_started_investment_cny", 1.6e10, "cny", "12个项目总投资约160亿元", AS1, qual="约", qtext="约", chk=True),
  fact("龙岗区", "region", "projects_started", 9, "count", A1, AS1),
  fact("龙岗区", "region", "projects_started_investment_cny", 1.51e10, "cny", "有9个在龙岗,总投资约151亿元", AS1, qual="约", qtext="约", chk=True),
  fact("龙岗区", "region", "planned_key_projects", 387, "count", A4, "2016年起5年（计划）", kind="target", note="“东进大会战”"),
  fact("龙岗区", "region", "planned_key_projects_total_investment", 7.032e11, "cny", A4, "2016年起5年（计划）", kind="target", qual="约", qtext="约",
       note="印作“约70 32亿元”（数字中多一空格），即约7032亿元；metric 不带 _cny 后缀以免校验正则误读为32亿元"),
  fact("光启未来科技城", "project", "site_area_m2", 5.8e4, "m2", A2, "2016年11月", opt=True),
 ])

# ---------------------------------------------------------------- tt02 东莞85个重大项目集中签约动工 (baogaosu relay 2017)
B0 = "3月9日上午,东莞市重大项目建设推进会暨项目集中签约、动工活动举行, 85个重大项目集中签约动工,涉及资金超过3000亿"
B1 = "其中,产业发展和城市建设 项目59个、总 投资 823亿元 ;产业 基金 和类 金融 项目22个、总规模411亿元 银行 授信 项目4个、总额度2400亿元"
B2 = "去年以来截至今年2月,我市已经签约的重大产业项目就有94个,总投资达到1065亿元"
B3 = "2016年已动工和2017年计划动工的重大项目90个,总投资达1265亿元"
B4 = "活动主会场设在凤岗“都市丽人”项目施工现场,该项目是我市落实倍增计划的代表之一"
B5 = "与倍增计划试点企业相关有13个,总投资145亿元"
B6 = "2016年全市重大项目建设完成投资439.4亿元,超出年度计划18.7%,同比增长10.5%"
B7 = "引进超亿元内资项目113宗、超千万美元外资项目22宗"
DG = "东莞市"
ASB = "2017年3月9日（集中签约动工）"
G["tt02"] = dict(
 article=art("突围大会战!东莞85个重大项目集中签约动工!", "guangzhou.baogaosu.com（报告搜，新闻聚合转载；原发媒体与署名未注明，文中自称“我市”，当为东莞本地媒体）", "2017-03-09", "day",
  "News aggregator relaying a Dongguan item: a city-wide signing and groundbreaking of 85 major projects — project, industrial-fund and bank-credit tranches with totals, a sub-venue in a high-tech park, the main-venue project, the year's and last year's major-project figures",
  "http://guangzhou.baogaosu.com/xinwen/%E4%B8%AA%E9%87%8D%E5%A4%A7%E9%A1%B9%E7%9B%AE/55513012/",
  "日期取页面“09.03.2017 13:36”（日.月.年；文中“3月9日上午”相符）。标题照录。页面把关键词链接拆成带空格的字（“有 85个 ”“总 投资 823亿元 ”“产业 基金 和类 金融 项目”），照录。存段末段“今年,东莞将乘势而上,…推动23个重大产业项目建成”在句中中断，整段删去，正文截至“…超千万美元外资项目22宗。”，含两行小标题。园区：只有“松山湖”作为分会场出现（东莞松山湖高新区，文中未写全称），列可选园区。项目：凤岗“都市丽人”项目——主会场设在其施工现场（在建），倍增计划代表项目，园区未说。基金：产业基金和类金融项目22个、总规模411亿元为汇总数，未具名，记事实不记基金条目。事实均为东莞市（region）：85个项目（涉及资金超过3000亿——无“元”字，metric 不带 _cny）；产业发展和城市建设项目59个、823亿元；基金类22个、411亿元；银行授信4个、2400亿元；去年以来至今年2月签约94个、1065亿元（cumulative）；2016年已动工与2017年计划动工90个、1265亿元；与倍增计划试点企业相关13个、145亿元；2016年重大项目完成投资439.4亿元、超计划18.7%、增长10.5%；2016年引进超亿元内资项目113宗、超千万美元外资项目22宗。",
  "tt02"),
 parks=[
  park("松山湖", "东莞", "广东", "高新区", "我市还同步在市环保局、松山湖、洪梅、厚街、茶山、黄江、寮步、横沥、麻涌等设置9个分会场", opt=True,
       note="只作分会场出现；即东莞松山湖高新区"),
 ],
 companies=[],
 projects=[
  proj("都市丽人项目", None, B4, status="在建", status_text="施工现场", aliases=["都市丽人"], note="凤岗镇；倍增计划代表项目；主会场所在"),
 ],
 aggregate_facts=[
  fact(DG, "region", "projects_signed_or_started", 85, "count", B0, ASB),
  fact(DG, "region", "signed_started_capital_involved", 3e11, "cny", B0, ASB, qual="超", qtext="超过", opt=True, note="原文“超过3000亿”无“元”字"),
  fact(DG, "region", "industrial_and_urban_projects", 59, "count", B1, ASB, opt=True),
  fact(DG, "region", "industrial_and_urban_projects_investment_cny", 8.23e10, "cny", "总 投资 823亿元", ASB, chk=True),
  fact(DG, "region", "fund_projects", 22, "count", B1, ASB, note="产业基金和类金融项目"),
  fact(DG, "region", "fund_projects_total_size_cny", 4.11e10, "cny", "项目22个、总规模411亿元", ASB, chk=True, note="产业基金和类金融项目总规模"),
  fact(DG, "region", "bank_credit_projects", 4, "count", B1, ASB, opt=True),
  fact(DG, "region", "bank_credit_total_cny", 2.4e11, "cny", "总额度2400亿元", ASB, opt=True, chk=True),
  fact(DG, "region", "major_industrial_projects_signed", 94, "count", B2, "2016年至2017年2月", kind="cumulative"),
  fact(DG, "region", "major_industrial_projects_signed_investment_cny", 1.065e11, "cny", "总投资达到1065亿元", "2016年至2017年2月", kind="cumulative", chk=True),
  fact(DG, "region", "major_projects_started_or_planned", 90, "count", B3, "2016年已动工及2017年计划动工", opt=True),
  fact(DG, "region", "major_projects_started_or_planned_investment_cny", 1.265e11, "cny", "总投资达1265亿元", "2016年已动工及2017年计划动工", opt=True, chk=True),
  fact(DG, "region", "doubling_plan_related_projects", 13, "count", B5, ASB, opt=True),
  fact(DG, "region", "doubling_plan_related_projects_investment_cny", 1.45e10, "cny", B5, ASB, opt=True, chk=True),
  fact(DG, "region", "major_projects_completed_investment_cny", 4.394e10, "cny", B6, "2016年", chk=True),
  fact(DG, "region", "major_projects_investment_over_plan", 0.187, "ratio", B6, "2016年", kind="ratio", opt=True),
  fact(DG, "region", "major_projects_investment_yoy_growth", 0.105, "ratio", B6, "2016年", kind="ratio"),
  fact(DG, "region", "domestic_investment_actual_yoy_growth", 0.20, "ratio", "全市实际内资增长20%", "2016年", kind="ratio", opt=True),
  fact(DG, "region", "contracted_fdi_yoy_growth", 0.087, "ratio", "合同外资增长8.7%", "2016年", kind="ratio", opt=True),
  fact(DG, "region", "domestic_projects_over_100m_introduced", 113, "count", B7, "2016年"),
  fact(DG, "region", "foreign_projects_over_10m_usd_introduced", 22, "count", B7, "2016年", opt=True),
 ])

# ---------------------------------------------------------------- tt03 增城 2017 figures and projects (广州市政府网 2018)
ZCK = "增城开发区"
C0 = "去年增城实现地区生产总值1046.83亿元,同比增长8.5%"
C1 = "投资610亿元的富士康第10.5代显示器全生态产业园签约落户,总投资超过45亿元的珠江国际智能科技产业园奠基,拥揽7大轨道交通的广州东部交通枢纽项目“正负零”主体建筑封顶"
C2 = "在增城开发区,中汽技术研究中心华南总部(下简称“中汽研”)正在加快施工"
C3 = "去年,增城新引进重点项目90个,投资总额962亿元,预计年产值1610亿元;在谈项目85个,投资总额472亿元,预计年产值994亿元"
C4 = "增城开发区共引进中汽研华南总部等重大项目13个"
C5 = "全国侨梦苑建设工作交流会在增城召开,新入驻侨梦苑项目6个"
ZC = "增城区"
G["tt03"] = dict(
 article=art("（无标题）增城去年地区生产总值1046.83亿元 一批重大项目落户或动工", "广州市人民政府网站（gz.gov.cn，招商引资栏；原发媒体与署名存段未示）", "2018", "year",
  "City government portal's investment column, Guangzhou: a district's previous-year results — output, investment, a 610-billion-yuan display park signed, a smart-tech park's foundation laid, a national auto-research centre's south-China HQ under construction in the development zone, projects introduced and under negotiation",
  "https://www.gz.gov.cn/zfjgzy/gzsswj18/ggfw/zsyz/gqfz/zcq/content/post_2973057.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中“日前,广州发布去年各区经济数据”，所述“去年”事件（富士康第10.5代显示器全生态产业园签约落户）在2017年，故“去年”=2017年，发布当在2018年（published 记 2018，precision year）。存段末句“提爱思新工厂、日立二期等一批工业项目建成投产,…低碳总部园等一批重点项目加快建设,广州中”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“先进制造业发展壮大,现代服务业态势良好。”，含小标题一行。园区：增城开发区（即增城经济技术开发区，国家级；文中只作“增城开发区”）；侨梦苑（全国侨梦苑，可选）。项目：富士康第10.5代显示器全生态产业园（签约落户，投资610亿元；文中又作“…产业园区项目”；园区文中未说，null）；珠江国际智能科技产业园（奠基→开工，总投资超过45亿元，园区未说）；广州东部交通枢纽项目（主体建筑封顶→在建，交通项目，可选）；中汽研华南总部（在增城开发区，正在加快施工→在建）。事实：增城区（region）2017年地区生产总值、规上工业总产值、固定资产投资及增速；新引进重点项目90个、962亿元、预计年产值1610亿元（target）；在谈项目85个、472亿元（可选）；增城开发区引进重大项目13个；侨梦苑新入驻6个（可选）。",
  "tt03"),
 parks=[
  park(ZCK, "广州", "广东", "经济技术开发区", C2, district="增城区", note="即增城经济技术开发区；文中只作“增城开发区”"),
  park("侨梦苑", "广州", "广东", "侨商创业平台", C5, district="增城区", opt=True, note="全国侨梦苑（增城）"),
 ],
 companies=[
  comp("富士康", None, C1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中汽技术研究中心", C2, kind="research", park=ZCK, note="文中简称“中汽研”；在增城开发区建华南总部"),
 ],
 projects=[
  proj("富士康第10.5代显示器全生态产业园", None, C1, companies=["富士康"], inv="投资610亿元", status="签约", status_text="签约落户",
       aliases=["富士康第10.5代显示器全生态产业园区项目"], note="改革开放以来广州单笔投资额最大的先进制造业项目；园区文中未说"),
  proj("珠江国际智能科技产业园", None, C1, inv="总投资超过45亿元", qual="超", qual_text="超过", status="开工", status_text="奠基", note="园区文中未说"),
  proj("广州东部交通枢纽项目", None, C1, status="在建", status_text="“正负零”主体建筑封顶", opt=True, note="交通枢纽"),
  proj("中汽研华南总部", ZCK, C2, status="在建", status_text="正在加快施工", aliases=["中汽技术研究中心华南总部"],
       note="以汽车及新能源汽车检验检测为核心的区域性总部"),
 ],
 aggregate_facts=[
  fact(ZC, "region", "gdp_cny", 1.04683e11, "cny", C0, "2017年", chk=True),
  fact(ZC, "region", "gdp_yoy_growth", 0.085, "ratio", C0, "2017年", kind="ratio"),
  fact(ZC, "region", "above_scale_industrial_output_cny", 1.53e11, "cny", "规模以上工业总产值1530亿元,增长8.5%", "2017年", chk=True),
  fact(ZC, "region", "above_scale_industrial_output_yoy_growth", 0.085, "ratio", "规模以上工业总产值1530亿元,增长8.5%", "2017年", kind="ratio", opt=True),
  fact(ZC, "region", "fixed_asset_investment_cny", 5.26e10, "cny", "固定资产投资526亿元,增长33%", "2017年", chk=True),
  fact(ZC, "region", "fixed_asset_investment_yoy_growth", 0.33, "ratio", "固定资产投资526亿元,增长33%", "2017年", kind="ratio"),
  fact(ZC, "region", "key_projects_introduced", 90, "count", C3, "2017年"),
  fact(ZC, "region", "key_projects_introduced_investment_cny", 9.62e10, "cny", "投资总额962亿元,预计年产值1610亿元", "2017年", chk=True),
  fact(ZC, "region", "key_projects_expected_annual_output_cny", 1.61e11, "cny", "预计年产值1610亿元", "投产后（预计）", kind="target", chk=True),
  fact(ZC, "region", "projects_under_negotiation", 85, "count", C3, "2017年末", opt=True),
  fact(ZC, "region", "projects_under_negotiation_investment_cny", 4.72e10, "cny", "投资总额472亿元,预计年产值994亿元", "2017年末", opt=True, chk=True),
  fact(ZCK, "park", "major_projects_introduced", 13, "count", C4, "2017年"),
  fact("侨梦苑", "park", "projects_entered", 6, "count", C5, "2017年", opt=True),
 ])

# ---------------------------------------------------------------- tt04 惠州 “新基建”领衔近万亿元项目投资 (南方日报 via kcqsx 2020)
ZK = "仲恺高新区"
DYW = "大亚湾区"
D0 = "在惠州仲恺高新区,总投资26亿元的惠州德赛电池物联网电源高端智造项目正紧锣密鼓开展前期工作"
D1 = "在惠州大亚湾区,斥资近20亿元的惠州市重点项目——光弘科技(惠州)三期智能生产建设项目已经全面复工"
D2 = "今年惠州安排重点建设项目252项,总投资4828亿元,并安排开展前期工作的重点前期预备项目150项,估算总投资4593亿元"
D3 = "惠州有70多个项目入列省重点项目,总投资超过3600亿元,并有100个项目入列省重点建设前期预备项目"
D4 = "惠州仲恺梧村人工智能科技产业园,估算总投资80亿元"
HZ = "惠州市"
ASD = "2020年（计划）"
G["tt04"] = dict(
 article=art("惠州 “新基建”领衔近万亿元项目投资", "南方日报（记者 周欢），载于新岭南 kcqsx.com", "2020-03-23", "day",
  "Provincial daily via a regional news portal, Huizhou: the city's 2020 key-project plan — project counts and totals, a battery maker's IoT power project in the high-tech zone at pre-construction, a listed electronics firm's third phase resumed in the Daya Bay zone, provincial key projects, an AI park planned",
  "http://www.kcqsx.com/huizhou/202003/900135.html",
  "日期取页面“来源:南方日报 2020-03-23 06:28”。标题照录（“惠州”后有一空格，照录）；站点栏目与来源行已删。存段末行“而在惠州市发改局公布的”为下一段残文，已删；正文截至“…估算总投资80亿元……”，共四段。园区：仲恺高新区（文中“惠州仲恺高新区”）；大亚湾区（惠州大亚湾经济技术开发区，文中只作“惠州大亚湾区”，作园区记）；惠州仲恺梧村人工智能科技产业园（规划中的园区，可选园区，母园区由名称推定为仲恺高新区）。项目：惠州德赛电池物联网电源高端智造项目（仲恺高新区，总投资26亿元，正开展前期工作→planned；企业希望今年5月全面开工、明年底投产）；光弘科技(惠州)三期智能生产建设项目（大亚湾区，斥资近20亿元→约，已全面复工→在建）；莞惠城际北延线项目（35亿元，计划今年开工，交通项目，可选）；惠州仲恺梧村人工智能科技产业园（估算总投资80亿元，省重点前期预备项目之列，状态未说）。公司：光弘科技（上市公司，在大亚湾区）；广东德赛集团（可选，项目业主方，园区未说）；华为、OPPO、小米为客户（不列）。事实：惠州市（region）2020年重点建设项目252项、4828亿元；前期预备项目150项、估算4593亿元；合计402个、估算9421亿元；省重点项目70多个、超过3600亿元；省前期预备项目100个。",
  "tt04"),
 parks=[
  park(ZK, "惠州", "广东", "高新区", D0, aliases=["惠州仲恺高新区"], note="文中作“惠州仲恺高新区”"),
  park(DYW, "惠州", "广东", "经济技术开发区", D1, aliases=["惠州大亚湾区"], note="即惠州大亚湾经济技术开发区；文中作“惠州大亚湾区”"),
  park("惠州仲恺梧村人工智能科技产业园", "惠州", "广东", "产业园（人工智能）", D4, parent=ZK, opt=True, note="规划中；母园区由名称推定"),
 ],
 companies=[
  comp("光弘科技", DYW, "这家5G概念股上市公司,依托与华为、OPPO、小米等知名厂商的合作", note="光弘科技(惠州)三期项目业主；董事长唐建兴"),
  comp("广东德赛集团", None, "广东德赛集团董事长、总裁姜捷说", opt=True, note="德赛电池物联网电源项目业主方；园区未说"),
 ],
 projects=[
  proj("惠州德赛电池物联网电源高端智造项目", ZK, D0, companies=["广东德赛集团"], inv="总投资26亿元", status="planned", status_text="正紧锣密鼓开展前期工作",
       note="企业计划2020年5月全面开工、2021年底投产"),
  proj("光弘科技(惠州)三期智能生产建设项目", DYW, D1, companies=["光弘科技"], inv="斥资近20亿元", qual="约", qual_text="近", phase="三期",
       status="在建", status_text="已经全面复工", note="惠州市重点项目"),
  proj("莞惠城际北延线项目", None, "莞惠城际北延线项目总投资35亿元,计划今年开工建设", inv="总投资35亿元", status="planned", status_text="计划今年开工建设",
       opt=True, note="城际轨道"),
  proj("惠州仲恺梧村人工智能科技产业园", ZK, D4, inv="估算总投资80亿元", note="估算投资；园区开发类；母园区由名称推定"),
 ],
 aggregate_facts=[
  fact(HZ, "region", "key_construction_projects", 252, "count", D2, ASD),
  fact(HZ, "region", "key_construction_projects_investment_cny", 4.828e11, "cny", "今年惠州安排重点建设项目252项,总投资4828亿元", ASD, chk=True),
  fact(HZ, "region", "key_preparatory_projects", 150, "count", D2, ASD),
  fact(HZ, "region", "key_preparatory_projects_investment_cny", 4.593e11, "cny", "估算总投资4593亿元", ASD, chk=True),
  fact(HZ, "region", "key_projects_total", 402, "count", "402个项目、估算总投资9421亿元", ASD, opt=True),
  fact(HZ, "region", "key_projects_total_investment_cny", 9.421e11, "cny", "402个项目、估算总投资9421亿元", ASD, opt=True, chk=True),
  fact(HZ, "region", "provincial_key_projects", 70, "count", D3, ASD, qual="余", qtext="多"),
  fact(HZ, "region", "provincial_key_projects_investment_cny", 3.6e11, "cny", "总投资超过3600亿元", ASD, qual="超", qtext="超过", chk=True),
  fact(HZ, "region", "provincial_preparatory_projects", 100, "count", D3, ASD, opt=True),
 ])

# ---------------------------------------------------------------- tt05 珠海高新区 72个项目签约动工 (珠海高新区官网转述南方日报 2020)
ZH = "珠海高新区"
E0 = "3月5日下午,珠海高新区举办2020年重点项目签约动工仪式,共有72个项目签约和动工"
E1 = "项目总投资额达310亿元,预计达产产值410亿元"
E2 = "珠海中科先进技术研究院院长陈一立预计,项目建成后可引进培育企业100家以上,实现年总产值超10亿元"
ASE = "2020年3月5日（签约动工）"
G["tt05"] = dict(
 article=art("72个项目吹响复工复产“集结号”", "珠海高新区管委会网站（zhuhai-hitech.gov.cn “投资动态”栏，转述南方日报3月9日《珠海高新区:72个项目吹响复工复产“集结号”》）", "2020-03", "month",
  "High-tech zone's own site relaying a provincial daily, Zhuhai: a national high-tech zone's signing-and-groundbreaking of 72 projects during the epidemic restart — total investment, expected output at full production, a research institute's science-park project with its expected firms and output",
  "http://www.zhuhai-hitech.gov.cn/zcyz/zszx/content/post_2508420.html",
  "存段无日期行；首段称“3月9日,南方日报刊发了…一文”，签约动工仪式在3月5日，发布当在2020年3月9日或稍后（month）。标题照录；栏目路径、图片文件名“活动1.jpg”“活动2.1.png”已删。存段末行“落户仅4个”为下一段残文，已删；正文截至“…为2020年全区经济发展提供有力支撑。”，含小标题两行（“300亿元投资”为小标题中的约数，不另记）。园区：珠海高新区（“珠海(国家)高新技术产业开发区”）。项目：珠海中科先进技术研究院的“科技园项目”（围绕生物医药、医疗器械，定位专业型孵化器；项目未具名，名称为编者所拟，可选）。机构：珠海中科先进技术研究院（在园）。事实：72个项目签约和动工、总投资额310亿元、预计达产产值410亿元（target）；科技园预计引进培育企业100家以上、年总产值超10亿元（target，可选）。",
  "tt05"),
 parks=[
  park(ZH, "珠海", "广东", "国家高新区", "未来,在珠海(国家)高新技术产业开发区(下称“珠海高新区”)内", aliases=["珠海(国家)高新技术产业开发区"], note="文中又作“高新区”"),
 ],
 companies=[],
 institutions=[
  inst("珠海中科先进技术研究院", E2, kind="research", park=ZH, note="科技园项目方"),
 ],
 projects=[
  proj("珠海中科先进技术研究院科技园项目", ZH, "围绕生物医药、医疗器械等领域的科技园项目将聚集更多优质项目和创新资源", opt=True,
       aliases=["科技园项目"], note="文中只称“科技园项目”，名称为编者所拟；状态未明说（72个签约动工项目之一，推定）"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "projects_signed_or_started", 72, "count", E0, ASE),
  fact(ZH, "park", "projects_signed_or_started_investment_cny", 3.1e10, "cny", E1, ASE, chk=True),
  fact(ZH, "park", "projects_expected_output_at_full_production_cny", 4.1e10, "cny", "预计达产产值410亿元", "达产后（预计）", kind="target", chk=True),
  fact("珠海中科先进技术研究院科技园项目", "project", "expected_firms_incubated", 100, "count", E2, "建成后（预计）", kind="target", qual="超", qtext="以上", opt=True),
  fact("珠海中科先进技术研究院科技园项目", "project", "expected_annual_output_cny", 1e9, "cny", "实现年总产值超10亿元", "建成后（预计）", kind="target", qual="超", qtext="超", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- tt06 黄埔区 / 广州开发区 2020年上半年 (大洋网 via baogaosu 2020)
GK = "广州开发区"
HP = "黄埔区"
F0 = "上半年,黄埔区、广州开发区发力招商引资,新引进优质招商项目65个,引进重大科技产业化项目13个"
F1 = "2020年上半年黄埔区生产总值为1595.29亿元,同比下降2.9%"
F2 = "二季度黄埔区实现地区生产总值(GDP)同比增长4.6%"
F3 = "二季度规上工业增加值增长9.1%,比一季度提高26.8%;二季度固定资产投资增长20.9%,回升22.6个百分点"
F4 = "规上科学研究和技术服务业以及规上互联网、软件和信息技术服务业二季度营业收入增速分别为27.9%和18.6%"
F5 = "上半年规上高技术制造业完成增加值212亿元,增长7.3%"
H1 = "2020年上半年"
Q2 = "2020年第二季度"
G["tt06"] = dict(
 article=art("黄埔区二季度增速扭负为正,引进13个重大科技项目", "大洋网（“大洋网讯”），载于 guangzhou.baogaosu.com（报告搜，新闻聚合）", "2020-08-08", "day",
  "City news portal via an aggregator, Guangzhou: a district sharing its administration with a national development zone reports its first half of 2020 — projects attracted, half-year GDP and its fall, second-quarter growth rates of GDP, industry, investment, services and sales, high-tech manufacturing value added",
  "http://guangzhou.baogaosu.com/xinwen/%E9%BB%84%E5%9F%94%E5%8C%BA%E4%BA%8C%E5%AD%A3%E5%BA%A6%E5%A2%9E%E9%80%9F%E6%89%AD%E8%B4%9F%E4%B8%BA%E6%AD%A3%E5%BC%95%E8%BF%9B/86257115/",
  "日期取页面“08.08.2020 12:42”（日.月.年）。标题照录；小标题两行保留；单独一行“广州科学城”为图片说明，已删。存段末句“其中应用电视设备…计算机整机制造增加值分别增长84.0%、18.4%和11.”在数字中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…增加值212亿元,增长7.3%。”。园区：广州开发区（与黄埔区合署，文中并称“黄埔区、广州开发区”）。招商两项（65个、13个）主语为“黄埔区、广州开发区”，subject 记广州开发区（park），note 注明；GDP 等经济指标写明“黄埔区”，subject 记黄埔区（region）。增速为比率（下降记负值）；“比一季度提高…”等百分点变化列可选。小标题“医药制造业增长58.0%”记可选事实（期间未明说，推定上半年）。",
  "tt06"),
 parks=[
  park(GK, "广州", "广东", "经济技术开发区", F0, district="黄埔区", note="与黄埔区合署，文中并称“黄埔区、广州开发区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(GK, "park", "projects_introduced", 65, "count", F0, H1, kind="cumulative", note="优质招商项目；主语为“黄埔区、广州开发区”"),
  fact(GK, "park", "major_sci_tech_projects_introduced", 13, "count", F0, H1, kind="cumulative", note="重大科技产业化项目；主语同上"),
  fact(HP, "region", "gdp_cny", 1.59529e11, "cny", F1, H1, chk=True),
  fact(HP, "region", "gdp_yoy_growth", -0.029, "ratio", F1, H1, kind="ratio"),
  fact(HP, "region", "gdp_yoy_growth", 0.046, "ratio", F2, Q2, kind="ratio"),
  fact(HP, "region", "above_scale_industrial_value_added_yoy_growth", 0.091, "ratio", F3, Q2, kind="ratio"),
  fact(HP, "region", "fixed_asset_investment_yoy_growth", 0.209, "ratio", F3, Q2, kind="ratio"),
  fact(HP, "region", "sci_tech_services_revenue_yoy_growth", 0.279, "ratio", F4, Q2, kind="ratio", opt=True),
  fact(HP, "region", "internet_software_revenue_yoy_growth", 0.186, "ratio", F4, Q2, kind="ratio", opt=True),
  fact(HP, "region", "commodity_sales_yoy_growth", 0.179, "ratio", "商品销售总额二季度增长17.9%", Q2, kind="ratio", opt=True),
  fact(HP, "region", "high_tech_manufacturing_value_added_cny", 2.12e10, "cny", F5, H1, chk=True),
  fact(HP, "region", "high_tech_manufacturing_value_added_yoy_growth", 0.073, "ratio", F5, H1, kind="ratio"),
  fact(HP, "region", "pharma_manufacturing_yoy_growth", 0.58, "ratio", "医药制造业增长58.0%", H1, kind="ratio", opt=True, note="小标题；期间推定"),
 ])

# ---------------------------------------------------------------- tt07 高明46个重大项目集中开工投产 (高明发布 via fs0757 2020)
ZNG = "中南高科高明智汇城"
G0 = "高明区今年共有46个项目参加下半年重大项目集中开工投产活动,总投资348.39亿元其中,集中开工项目32个,总投资225亿元,年度计划投资45.25亿元"
G1 = "一期总投资12亿元的一汽解放南方新能源基地项目,在本次全市重大项目集中开工投产活动正式动工,预计到2025年产值将超100亿"
G2 = "还有一期总投资为50亿元的万洋众创项目,通过“拿地即动工”改革已顺利启动建设"
G3 = "集中投产项目14个,总投资123亿元,年度计划投资35.85亿元"
G4 = "总投资10.5亿元的安恒电力科技智造园项目,已累计投入6.03亿元,预计12月生产线正式进驻"
G5 = "总投资10亿元的中南高科高明智汇城项目,累计投入4.5亿元,大部分厂房已封顶,23个进驻项目已签约"
G6 = "2020年,高明区共安排上半年集中开工项目22个,已完成投资31.51亿元,完成年度计划90.76%"
GM = "高明区"
ASG = "2020年10月20日（下半年集中开工投产）"
G["tt07"] = dict(
 article=art("总投资348亿元!高明46个重大项目集中开工投产", "高明发布（佛山市高明区官方发布），载于佛山城市网 fs0757.com（作者栏“admin”）", "2020-10-20", "day",
  "District government's release via a Foshan city portal: a district's second-half groundbreaking and production-start event — counts and totals of projects started and in production, a truck maker's new-energy base started, an industrial-park developer's first phase started, two industrial-park projects in the production batch with money spent and tenants signed, first-half results",
  "https://fs0757.com/home/article/view/id/14234.html",
  "日期取页面“时间:2020-10-20 来源:高明发布”。标题照录；“城市站点”“详细内容”、时间来源行与“概述:…”（正文首段的摘要）已删；图片说明四行与“▼”已删。存段末句“安排集中投产项目9个,目前已实现100%投产,累计完成投资53.88亿元,完成总投”在句中中断，该分句已删（make_txt.py LINE_SUFFIX），正文截至“…完成年度计划90.76%;”。首段“总投资348.39亿元其中”原文缺标点，照录。园区：文中无开发区名称；中南高科高明智汇城为产业园区开发项目（23个进驻项目已签约），列可选园区。项目：一汽解放南方新能源基地项目（一期12亿元，正式动工→开工，预计2025年产值超100亿——无“元”字）；万洋众创项目（一期50亿元，已顺利启动建设→开工）；安恒电力科技智造园项目（10.5亿元，列在“集中投产项目14个”之下，实为累计投入6.03亿元、预计12月生产线进驻——status 投产，status_alt 在建）；中南高科高明智汇城项目（10亿元，同列投产批次，累计投入4.5亿元、大部分厂房已封顶——status 投产，status_alt 在建）。项目园区均 null（文中未写园区）。事实：高明区（region）46个项目、348.39亿元；集中开工32个、225亿元、年度计划45.25亿元；集中投产14个、123亿元、年度计划35.85亿元；上半年集中开工22个、已完成投资31.51亿元、完成年度计划90.76%（cumulative）；上半年集中投产9个一句在被删的残句中，不记。",
  "tt07"),
 parks=[
  park(ZNG, "佛山", "广东", "产业园区（开发项目）", G5, district="高明区", opt=True, note="23个进驻项目已签约"),
 ],
 companies=[
  comp("一汽解放", None, G1, opt=True, note="只在项目名中"),
  comp("中南高科", None, G5, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("一汽解放南方新能源基地项目", None, G1, companies=["一汽解放"], inv="一期总投资12亿元", phase="一期", status="开工", status_text="正式动工",
       note="下半年集中开工投产活动主会场；预计到2025年产值将超100亿"),
  proj("万洋众创项目", None, G2, inv="一期总投资为50亿元", phase="一期", status="开工", status_text="已顺利启动建设",
       note="“拿地即动工”；已删的图片说明作“万洋众创城(佛山高明)项目”（不在正文，不作 alias）"),
  proj("安恒电力科技智造园项目", None, G4, inv="总投资10.5亿元", status="投产", status_text="集中投产项目（所列）", status_alt="在建",
       note="已累计投入6.03亿元，预计12月生产线正式进驻"),
  proj("中南高科高明智汇城项目", None, G5, companies=["中南高科"], inv="总投资10亿元", status="投产", status_text="集中投产项目（所列）", status_alt="在建",
       note="累计投入4.5亿元，大部分厂房已封顶，23个进驻项目已签约"),
 ],
 aggregate_facts=[
  fact(GM, "region", "projects_started_or_in_production", 46, "count", G0, ASG),
  fact(GM, "region", "projects_started_or_in_production_investment_cny", 3.4839e10, "cny", "总投资348.39亿元", ASG, chk=True),
  fact(GM, "region", "projects_started", 32, "count", G0, ASG),
  fact(GM, "region", "projects_started_investment_cny", 2.25e10, "cny", "集中开工项目32个,总投资225亿元,年度计划投资45.25亿元", ASG, chk=True),
  fact(GM, "region", "projects_started_planned_annual_investment_cny", 4.525e9, "cny", "年度计划投资45.25亿元", "2020年（计划）", kind="target", opt=True, chk=True),
  fact(GM, "region", "projects_in_production", 14, "count", G3, ASG),
  fact(GM, "region", "projects_in_production_investment_cny", 1.23e10, "cny", G3, ASG, chk=True),
  fact(GM, "region", "projects_in_production_planned_annual_investment_cny", 3.585e9, "cny", "年度计划投资35.85亿元", "2020年（计划）", kind="target", opt=True, chk=True),
  fact("一汽解放南方新能源基地项目", "project", "expected_output", 1e10, "cny", G1, "2025年（预计）", kind="target", qual="超", qtext="超", opt=True,
       note="原文“产值将超100亿”无“元”字"),
  fact("安恒电力科技智造园项目", "project", "invested_cny", 6.03e8, "cny", "已累计投入6.03亿元", "2020年10月", kind="cumulative", chk=True),
  fact("中南高科高明智汇城项目", "project", "invested_cny", 4.5e8, "cny", "累计投入4.5亿元", "2020年10月", kind="cumulative", chk=True),
  fact(ZNG, "park", "tenant_projects_signed", 23, "count", G5, "2020年10月", opt=True),
  fact(GM, "region", "projects_started_h1", 22, "count", G6, "2020年上半年"),
  fact(GM, "region", "projects_started_h1_completed_investment_cny", 3.151e9, "cny", "已完成投资31.51亿元", "2020年1月至10月", kind="cumulative", chk=True),
  fact(GM, "region", "projects_started_h1_plan_completion", 0.9076, "ratio", G6, "2020年1月至10月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- tt08 翠亨新区 签约与动工 (南方日报 via kcqsx 2020)
CH = "翠亨新区"
H0 = "12月2日上午,在中山翠亨新区马鞍岛发生了几件事:康方湾区科技园奠基、中山市重点项目集中动工、翠亨新区重大项目招商签约大会,在湾区未来科技城项目所在地举办"
H1 = "当天的签约项目,包括北塔超高层综合体、中电建路桥集团南方总部、榄菊大湾区博物馆、瑞辉科技园、中山讯美科技广场和天弓视频压缩数字产业园项目;动工项目,包括总投资额超25亿元的康方湾区科技园,和西湾国家重大仪器科学园"
H2 = "半天时间内,签约项目超20个,动工项目总投资逾200亿元"
H3 = "今年第四季度,中山新开工重点项目近30个,总投资额约275亿元"
ASH = "2020年12月2日（签约、动工）"
G["tt08"] = dict(
 article=art("中山市重点项目集中动工仪式暨翠亨新区重大项目招商签约大会举行 在未来科技城叩响未来之门", "南方日报（记者 罗丽娟），载于新岭南 m.kcqsx.com", "2020-12-04", "day",
  "Provincial daily via a regional news portal, Zhongshan: a new area's signing conference held with the city's key-project groundbreaking — named signed projects with amounts, two named projects started, counts and totals for the day and the quarter",
  "http://m.kcqsx.com/zhongshan/202012/1152211.html",
  "日期取页面“南方日报 2020-12-04 06:34”。标题照录；三条图片说明（“北塔超高综合体项目效果图。翠亨新区供图”等）已删；署名行“●南方日报记者罗丽娟”在正文中，保留。存段末行“中山讯美科技广场,项目总投资约16亿元,拟打造成为连接深中、毗”在句中中断，整段删去（讯美科技广场仍见于签约名单，金额不在正文内），正文截至“瑞辉科技园,…标杆研发制造基地;”，含小标题一行。园区：翠亨新区（文中“中山翠亨新区”；马鞍岛）。签约项目六个（翠亨新区重大项目招商签约大会→签约，园区翠亨新区）：北塔超高层综合体（150亿元）、中电建路桥集团南方总部项目（约15亿元）、榄菊大湾区博物馆项目（约8亿元）、瑞辉科技园（约6亿元）、中山讯美科技广场与天弓视频压缩数字产业园项目（金额不在正文）。动工项目：康方湾区科技园（奠基，总投资额超25亿元，在翠亨新区马鞍岛）；西湾国家重大仪器科学园（动工；园区由语境“当天动工的项目,翠亨新区占了大头”推定为翠亨新区，note 注明）。湾区未来科技城：活动所在地的项目，状态未说（可选）。事实：签约项目超20个（翠亨新区）；动工项目总投资逾200亿元（中山市集中动工，subject 中山市）；中山四季度新开工重点项目近30个、约275亿元（中山市）；中电建路桥集团南方总部5年内累计产值170亿元（target，可选）。",
  "tt08"),
 parks=[
  park(CH, "中山", "广东", "新区", H0, aliases=["中山翠亨新区"], note="文中作“中山翠亨新区”“翠亨新区”；马鞍岛"),
 ],
 companies=[
  comp("中电建路桥集团", CH, H1, opt=True, note="只在项目名中（南方总部签约落户翠亨新区）"),
  comp("榄菊", CH, H1, opt=True, note="只在项目名中"),
  comp("康方", CH, H0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("北塔超高层综合体", CH, "北塔超高层综合体,总投资150亿元,主体建筑北塔设计高度460米,是翠亨新区目前最高的大型商业超高层综合体项目", inv="总投资150亿元",
       status="签约", status_text="签约项目", note="已删的图片说明作“北塔超高综合体”"),
  proj("中电建路桥集团南方总部项目", CH, "中电建路桥集团南方总部项目,总投资约15亿元,预计5年内累计产值将达到170亿元", companies=["中电建路桥集团"], inv="总投资约15亿元",
       qual="约", qual_text="约", status="签约", status_text="签约项目", aliases=["中电建路桥集团南方总部"]),
  proj("榄菊大湾区博物馆项目", CH, "榄菊大湾区博物馆项目,总投资约8亿元,将按照国家一级博物馆的标准建设", companies=["榄菊"], inv="总投资约8亿元",
       qual="约", qual_text="约", status="签约", status_text="签约项目", aliases=["榄菊大湾区博物馆"]),
  proj("瑞辉科技园", CH, "瑞辉科技园,项目总投资约6亿元,将打造中国智能化穿戴设备的标杆研发制造基地", inv="项目总投资约6亿元",
       qual="约", qual_text="约", status="签约", status_text="签约项目"),
  proj("中山讯美科技广场", CH, H1, status="签约", status_text="签约项目", note="金额在被删的残段中"),
  proj("天弓视频压缩数字产业园项目", CH, H1, status="签约", status_text="签约项目"),
  proj("康方湾区科技园", CH, H1, companies=["康方"], inv="总投资额超25亿元", qual="超", qual_text="超", status="开工", status_text="奠基；动工项目"),
  proj("西湾国家重大仪器科学园", CH, H1, status="开工", status_text="动工项目", note="园区由语境推定为翠亨新区"),
  proj("湾区未来科技城", CH, H0, opt=True, aliases=["湾区未来科技城项目"], note="活动举办地所在项目；状态未说"),
 ],
 aggregate_facts=[
  fact(CH, "park", "projects_signed", 20, "count", H2, ASH, qual="超", qtext="超", note="翠亨新区重大项目招商签约大会"),
  fact("中山市", "region", "projects_started_investment_cny", 2e10, "cny", "动工项目总投资逾200亿元", ASH, qual="超", qtext="逾", chk=True,
       note="中山市重点项目集中动工（在翠亨新区举行，翠亨新区占大头）"),
  fact("中山市", "region", "key_projects_started", 30, "count", H3, "2020年第四季度", qual="约", qtext="近"),
  fact("中山市", "region", "key_projects_started_investment_cny", 2.75e10, "cny", "总投资额约275亿元", "2020年第四季度", qual="约", qtext="约", chk=True),
  fact("中电建路桥集团南方总部项目", "project", "expected_cumulative_output_cny", 1.7e10, "cny", "预计5年内累计产值将达到170亿元", "5年内（预计）", kind="target", opt=True, chk=True),
 ])
