# real204 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as found); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept as investment_value + investment_currency
# "usd" (investment_cny null) and in *_usd facts. Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none. Status from the text's words (集中开工 / 开工 → 开工; 新厂奠基 → 开工; 竣工投产 → 投产;
# 签下 / 签约 → 签约; 达成投资意向 / 洽谈中 → no status; 将陆续引进 → planned). “预计” half-year figures are kind target
# with “（预计）” in as_of; “前三季度”, “累计”, “截止到…底” figures are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/uuNN.raw as returned.

# ---------------------------------------------------------------- uu01 江宁开发区 6 projects started (江南时报 2010)
JN = "南京江宁开发区"
A0 = "20日上午,在江宁开发区建区18周年之际,总投资超过70亿元的6个重大项目集中开工"
A1 = "这6个重大项目是兵器工业信息化产业基地项目、华通汽车零部件项目、计华汽车零部件项目、海泰汽配项目、微纳米气泡工程技术中心和生产基地项目、泉峰新能源动力机械项目"
A2 = "其中,兵器工业信息化产业基地项目投资就达50亿元,由前不久刚刚在江宁开发区揭牌的中国兵器北方电子信息科技集团建设"
AS1 = "2010年上半年（预计）"
G["uu01"] = dict(
 article=art("兵工、华通、计华汽车零部件项目落后南京", "江南时报，载于专用汽车网 m.chinaspv.com.cn（技术新闻栏；作者:佚名）", "2010-06-21", "day",
  "Trade site (special-purpose vehicles) relaying a provincial city paper, Jiangsu: a national development zone's anniversary groundbreaking of six named projects (one with its investment and builder), and the zone's expected first-half figures",
  "https://m.chinaspv.com.cn/news/2022.html",
  "日期取页面“时间:2010-06-21 来源:江南时报”（开工在“20日上午”，即2010-06-20）。标题照录（“落后”当为“落户”之误，照录不改）。页首“English”、时间来源行与页末“阅读量/分享至/相关阅读/当前位置”等已删；正文三段，完整。园区：南京江宁开发区（文中又作“江宁开发区”；南京市江宁区，江苏；2010年为国家级经开区，文中只作“开发区”）。项目：6个重大项目集中开工（开工），其中兵器工业信息化产业基地项目“投资就达50亿元”，由中国兵器北方电子信息科技集团建设；其余五项无金额。事实：6个项目、总投资超过70亿元（开工日）；“预计10年上半年”开发区各项指标为 target（as_of 注“预计”）；“出口创汇14.5亿元”照录为人民币。",
  "uu01"),
 parks=[
  park(JN, "南京", "江苏", "开发区", "作为南京转型发展的主要增长极和科技创新的强劲引擎,南京江宁开发区还在打造更多的产业提升的“发动机”", district="江宁区",
       aliases=["江宁开发区"], note="即江宁经济技术开发区；文中作“南京江宁开发区”“江宁开发区”"),
 ],
 companies=[
  comp("中国兵器北方电子信息科技集团", JN, A2, note="“前不久刚刚在江宁开发区揭牌”；兵器工业信息化产业基地项目的建设方"),
 ],
 institutions=[],
 projects=[
  proj("兵器工业信息化产业基地项目", JN, A2, companies=["中国兵器北方电子信息科技集团"], inv="投资就达50亿元", status="开工", status_text="集中开工",
       note="6个集中开工项目之一（A0）；标题简称“兵工”"),
  proj("华通汽车零部件项目", JN, A1, status="开工", status_text="集中开工", note="无单项金额"),
  proj("计华汽车零部件项目", JN, A1, status="开工", status_text="集中开工", note="无单项金额"),
  proj("海泰汽配项目", JN, A1, status="开工", status_text="集中开工", note="无单项金额"),
  proj("微纳米气泡工程技术中心和生产基地项目", JN, A1, status="开工", status_text="集中开工", note="无单项金额"),
  proj("泉峰新能源动力机械项目", JN, A1, status="开工", status_text="集中开工", note="无单项金额"),
 ],
 aggregate_facts=[
  fact(JN, "park", "projects_started", 6, "count", A0, "2010-06-20"),
  fact(JN, "park", "projects_started_investment_cny", 7e9, "cny", "总投资超过70亿元的6个重大项目集中开工", "2010-06-20", qual="超", qtext="超过", chk=True),
  fact(JN, "park", "gdp_cny", 1.27e10, "cny", "可完成地区生产总值127亿元", AS1, kind="target", chk=True),
  fact(JN, "park", "local_fiscal_revenue_cny", 3.7e9, "cny", "地方财政收入37亿元", AS1, kind="target", chk=True),
  fact(JN, "park", "above_scale_industrial_output_cny", 3.62e10, "cny", "规模以上工业总产值362亿元", AS1, kind="target", chk=True),
  fact(JN, "park", "export_earnings_cny", 1.45e9, "cny", "出口创汇14.5亿元", AS1, kind="target", chk=True, opt=True, note="原文单位“亿元”"),
  fact(JN, "park", "actual_fdi_usd", 3.3e8, "usd", "完成到账外资3.3亿美元", AS1, kind="target"),
  fact(JN, "park", "projects_started", 88, "count", "实现88个项目全面开工", AS1, kind="target", opt=True),
  fact(JN, "park", "industrial_investment_cny", 9e9, "cny", "完成工业投入90亿元", AS1, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- uu02 宁波象山产业区 first three quarters (001cndc, c. 2009/2010)
XS = "宁波象山产业区"
B0 = "据象山产业区管委会最新统计,今年前三季度,产业区共引进内外资落户项目13个,其中外资项目5个,合同外资1854.5万美元,同比增长62%;内资项目8个,实际内资18722万元"
B1 = "其中总投资60亿元的能源核电设备生产项目,投资方已对项目选址进行考察,投产后可实现年产值180亿元"
B2 = "总投资5.2亿元的风力发电组设备制造项目和总投资2亿元的临港机械制造项目,已达成投资意向"
B3 = "目前,产业区已累计落户企业81家,其中投产35家,在建46家"
B4 = "形成了以日星铸造、杭钢富春为代表的重型机械装备产业,以浙江新乐、中洋船舶为代表的船舶制造产业,以宏鼎电子为代表的新型电子产业,以海硕生物、瑞基科技为代表的生物化工产业,以及申茂服饰等为代表的针织、模具传统产业集群"
B5 = "仅第十二届浙洽会期间,就签下了道顿地毯项目、金色澜湾度假项目、香港新乐船舶钢结构制造项目、香港御达装饰新材料项目等4个外资大项目,总投资达1.1亿美元"
AS2 = "当年前三季度"
G["uu02"] = dict(
 article=art("（无标题）宁波象山产业区前三季度引进落户项目13个 合同外资1854.5万美元", "001cndc.com（站名与原发媒体存段未示）", "unknown (c. 2009–2010; not dated on the page)", "unknown",
  "Aggregator/industry site relaying a local item, Zhejiang: a provincial-level industrial zone's first-three-quarters intake (projects, contracted FDI, domestic capital), three large projects under negotiation with amounts, firms landed / in production / under construction, named firms by cluster, four foreign projects signed at a trade fair",
  "http://001cndc.com/news/show.php?itemid=7622",
  "存段无标题、无日期行（title 为编者概括）。年份未示：文中“今年前三季度”“第十二届浙洽会”，推定约2009–2010年，未核实；published 记 unknown。存段末段在“城东工业园道路框架”处中断，该残句（“1至9月,…道路框架”）已删（make_txt.py LINE_SUFFIX），正文截至“产业区还强势推进项目建设。”，共六段。园区：宁波象山产业区（文中又作“象山产业区”“产业区”；宁波市象山县，浙江）。项目：能源核电设备生产项目（总投资60亿元，洽谈中、投资方已考察选址→无状态）；风力发电组设备制造项目（5.2亿元）、临港机械制造项目（2亿元）已达成投资意向（无状态）；浙洽会期间签下的道顿地毯、金色澜湾度假、香港新乐船舶钢结构制造、香港御达装饰新材料4个外资项目（签约，合计1.1亿美元，不分摊）。公司：各产业集群代表企业8家，园区均为宁波象山产业区。事实：前三季度落户项目13个等（cumulative）；累计落户企业81家、投产35家、在建46家（cumulative）。象山产业区管委会列可选机构。",
  "uu02"),
 parks=[
  park(XS, "宁波", "浙江", "产业区", "宁波象山产业区凭借独特的桥海优势,已成为众多企业家投资兴业的热土", district="象山县",
       aliases=["象山产业区"], note="文中又作“产业区”"),
 ],
 companies=[
  comp("日星铸造", XS, B4, note="重型机械装备产业代表企业"),
  comp("杭钢富春", XS, B4, note="重型机械装备产业代表企业"),
  comp("浙江新乐", XS, B4, note="船舶制造产业代表企业"),
  comp("中洋船舶", XS, B4, note="船舶制造产业代表企业"),
  comp("宏鼎电子", XS, B4, note="新型电子产业代表企业"),
  comp("海硕生物", XS, B4, note="生物化工产业代表企业"),
  comp("瑞基科技", XS, B4, note="生物化工产业代表企业"),
  comp("申茂服饰", XS, B4, note="针织、模具传统产业代表企业"),
 ],
 institutions=[
  inst("象山产业区管委会", B0, note="文中又作“产业区管委会”"),
 ],
 projects=[
  proj("能源核电设备生产项目", XS, B1, inv="总投资60亿元", status=None, status_text="洽谈中（投资方已对项目选址进行考察）", note="正在洽谈的优质大项目"),
  proj("风力发电组设备制造项目", XS, B2, inv="总投资5.2亿元", status=None, status_text="已达成投资意向"),
  proj("临港机械制造项目", XS, B2, inv="总投资2亿元", status=None, status_text="已达成投资意向"),
  proj("道顿地毯项目", XS, B5, status="签约", status_text="签下", note="浙洽会期间签下的外资大项目；4项合计1.1亿美元，无单项金额"),
  proj("金色澜湾度假项目", XS, B5, status="签约", status_text="签下", note="同上"),
  proj("香港新乐船舶钢结构制造项目", XS, B5, status="签约", status_text="签下", note="同上"),
  proj("香港御达装饰新材料项目", XS, B5, status="签约", status_text="签下", note="同上"),
 ],
 aggregate_facts=[
  fact(XS, "park", "projects_landed", 13, "count", B0, AS2, kind="cumulative"),
  fact(XS, "park", "foreign_projects_landed", 5, "count", B0, AS2, kind="cumulative", opt=True),
  fact(XS, "park", "contracted_fdi_usd", 1.8545e7, "usd", "合同外资1854.5万美元", AS2, kind="cumulative"),
  fact(XS, "park", "contracted_fdi_yoy_growth", 0.62, "ratio", "合同外资1854.5万美元,同比增长62%", AS2, kind="ratio"),
  fact(XS, "park", "domestic_projects_landed", 8, "count", "内资项目8个,实际内资18722万元", AS2, kind="cumulative", opt=True),
  fact(XS, "park", "actual_domestic_investment_cny", 1.8722e8, "cny", "实际内资18722万元", AS2, kind="cumulative", chk=True),
  fact(XS, "park", "firms", 81, "count", B3, "当年9月末（累计）", kind="cumulative"),
  fact(XS, "park", "firms_in_production", 35, "count", B3, "当年9月末（累计）", kind="cumulative"),
  fact(XS, "park", "firms_under_construction", 46, "count", B3, "当年9月末（累计）", kind="cumulative"),
  fact(XS, "park", "signed_investment_usd", 1.1e8, "usd", B5, "第十二届浙洽会期间", note="4个外资大项目合计"),
  fact("能源核电设备生产项目", "project", "expected_annual_output_cny", 1.8e10, "cny", "投产后可实现年产值180亿元", "投产后（预计）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- uu03 杭州经济技术开发区 profile (华夏经纬网 2011)
HZ = "杭州经济技术开发区"
C0 = "杭州经济技术开发区(简称杭州开发区)是1993年4月经国务院批准成立的国家级开发区,行政管辖面积104.7平方公里,辖区人口40万"
C1 = "2010年,开发区完成工业总产1328.62亿元,进出口总额79.85亿美元,综合经济实力位居全国国家级开发区十强"
C2 = "截止到2010年底,开发区累计批准外商投资项目608个,项目总投资142.60亿美元"
C3 = "在2010年《财富》杂志公布的世界500强中,共有7个国家和地区的33家跨国公司在开发区投资了65家企业,西门子、LG、松下、东芝、三菱等一大批著名跨国公司在开发区建立了生产基地"
C4 = "2010年,全区高新技术产业实现销售产值870.94亿元,同比增长27.16%,高新技术产业比重高达65.68%"
C5 = "以下沙高教园区14所高校为依托,建立产学研合作中心,建设新加坡杭州科技园、大学科技园、高科技孵化器等载体和平台"
G["uu03"] = dict(
 article=art("（无标题）杭州经济技术开发区概况：2010年工业总产值1328.62亿元、累计外商投资项目608个", "华夏经纬网（gd.huaxia.com；原发单位存段未示）", "2011-07-26", "day",
  "Cross-strait portal's local channel carrying a zone profile, Zhejiang: a national economic and technological development zone's 2010 output and trade, cumulative foreign-invested projects and their total investment, Fortune 500 investors with named multinationals, high-tech sales output with growth and share, sub-parks",
  "https://gd.huaxia.com/c/2011/07/26/693185.shtml",
  "日期取网址 c/2011/07/26。存段无标题、无日期行（title 为编者概括）。存段在第四节“现有14所大学、近20万在校大”处中断，该残句（“区内拥有…在校大”）已删（make_txt.py LINE_SUFFIX），正文截至“…大力实施“环境立区”战略。”；四个小标题（一、…四、）各为一段保留。园区：杭州经济技术开发区（简称杭州开发区；杭州市，浙江）；新加坡杭州科技园（开发区建设的载体，parent 杭州经济技术开发区）；下沙高教园区为高校园区，列可选。公司：西门子、LG、松下、东芝、三菱“在开发区建立了生产基地”，园区均为杭州经济技术开发区。无具体项目。事实：2010年工业总产值（原文“工业总产”）、进出口总额（美元）；截止2010年底累计外商投资项目608个、总投资142.60亿美元（cumulative）；世界500强33家投资65家企业；高新技术产业销售产值870.94亿元、增长27.16%、比重65.68%。日本贸易振兴机构、联合国环境规划署为评价机构（可选）。",
  "uu03"),
 parks=[
  park(HZ, "杭州", "浙江", "经济技术开发区", C0, aliases=["杭州开发区"], note="国家级开发区；文中又作“开发区”“全区”"),
  park("新加坡杭州科技园", "杭州", "浙江", "科技园", C5, parent=HZ, note="开发区建设的载体和平台之一"),
  park("下沙高教园区", "杭州", "浙江", "高教园区", C5, parent=HZ, opt=True, note="高校园区，非产业园区"),
 ],
 companies=[
  comp("西门子", HZ, C3, note="在开发区建立了生产基地"),
  comp("LG", HZ, C3, note="同上"),
  comp("松下", HZ, C3, note="同上"),
  comp("东芝", HZ, C3, note="同上"),
  comp("三菱", HZ, C3, note="同上"),
 ],
 institutions=[
  inst("日本贸易振兴机构", "2004年,开发区被日本贸易振兴机构评为中国75个城市开发区投资环境综合评价最佳开发区", kind="government", note="评价机构"),
  inst("联合国环境规划署", "2007年,被联合国环境规划署评为“跨国公司最佳投资的开发区”", kind="government", note="评价机构"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "admin_area_km2", 104.7, "km2", C0, "2011年", opt=True),
  fact(HZ, "park", "population", 400000, "persons", C0, "2011年", opt=True),
  fact(HZ, "park", "industrial_output_cny", 1.32862e11, "cny", "开发区完成工业总产1328.62亿元", "2010年", chk=True),
  fact(HZ, "park", "imports_exports_usd", 7.985e9, "usd", "进出口总额79.85亿美元", "2010年"),
  fact(HZ, "park", "industrial_output_avg_annual_growth", 0.30, "ratio", "近五年来,工业经济以年均30%以上的速度增长", "2006–2010年", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(HZ, "park", "foreign_projects_approved", 608, "count", C2, "2010年底（累计）", kind="cumulative"),
  fact(HZ, "park", "foreign_projects_total_investment_usd", 1.426e10, "usd", C2, "2010年底（累计）", kind="cumulative"),
  fact(HZ, "park", "fortune500_investors", 33, "count", C3, "2010年"),
  fact(HZ, "park", "fortune500_invested_enterprises", 65, "count", C3, "2010年", opt=True),
  fact(HZ, "park", "high_tech_sales_output_cny", 8.7094e10, "cny", C4, "2010年", chk=True),
  fact(HZ, "park", "high_tech_sales_output_yoy_growth", 0.2716, "ratio", C4, "2010年", kind="ratio"),
  fact(HZ, "park", "high_tech_output_share", 0.6568, "ratio", C4, "2010年", kind="ratio"),
 ])

# ---------------------------------------------------------------- uu04 苏州 spring groundbreaking at 昆山光电产业园 (中新社 2012)
KS = "昆山光电产业园"
D0 = "苏州市30日在昆山光电产业园隆重举行春季重大项目联合开工仪式,总投资达1882.6亿元人民币的336个项目集中开工,其中投资额10亿元人民币以上的内资项目52个,投资额1亿美元以上的外资项目36个"
D1 = "其中两岸三地云计算中心、台湾商品城、昆山统一新厂等一批台资企业集中开工引人注目"
D2 = "台湾商品城开发有限公司董事长孙茵说,天朗集团此番和台湾工业总会共同投资建设台湾商品城项目,将建设成为台湾商品进入大陆的“第一平台”、台资企业产品在长三角的重要集散地"
AS4 = "2012-01-30"
G["uu04"] = dict(
 article=art("苏州昆山总计千亿元项目集中开工 台企成重要角色", "中新社（黄莹），载于中国台湾网 taiwan.cn（新闻中心·两岸）", "2012-01-31", "day",
  "News-agency item on a cross-strait portal, Jiangsu: a city's spring joint groundbreaking held in an opto-electronics park — 336 projects with total investment and size classes, three named Taiwan-funded projects, a county-level city party secretary's remarks, a developer's chairman on one project and its investors",
  "http://taiwan.cn/xwzx/la/201201/t20120131_2260805.htm",
  "日期取页面“2012年01月31日 08:03 来源:中新社”（开工仪式在“30日”，即2012-01-30）。标题照录；导航、标签行、日期来源行与页末链接/版权行已删；正文三段，完整，署名“(黄莹)”在末，保留。园区：昆山光电产业园（苏州市昆山市，江苏）——仪式举办地。项目：两岸三地云计算中心、台湾商品城、昆山统一新厂“集中开工”（开工）；文中未说它们位于昆山光电产业园（336个项目遍及苏州市），park 记 null。台湾商品城项目由天朗集团和台湾工业总会共同投资建设，开发主体台湾商品城开发有限公司（公司，园区 null）。事实：苏州市联合开工336个项目、总投资1882.6亿元、10亿元以上内资项目52个、1亿美元以上外资项目36个（subject 苏州市，region）。",
  "uu04"),
 parks=[
  park(KS, "苏州", "江苏", "产业园", D0, district="昆山市", note="联合开工仪式举办地"),
 ],
 companies=[
  comp("台湾商品城开发有限公司", None, D2, note="台湾商品城项目开发主体；园区未说明"),
  comp("天朗集团", None, D2, note="台湾商品城项目投资方"),
 ],
 institutions=[
  inst("台湾工业总会", D2, kind="association", note="台湾商品城项目共同投资方（工商团体）"),
 ],
 projects=[
  proj("两岸三地云计算中心", None, D1, status="开工", status_text="集中开工", note="台资项目；地点未说明（苏州市联合开工）"),
  proj("台湾商品城", None, D1, companies=["天朗集团", "台湾工业总会", "台湾商品城开发有限公司"], status="开工", status_text="集中开工",
       aliases=["台湾商品城项目"], note="台资项目；天朗集团和台湾工业总会共同投资建设"),
  proj("昆山统一新厂", None, D1, status="开工", status_text="集中开工", note="台资项目；地点未说明"),
 ],
 aggregate_facts=[
  fact("苏州市", "region", "projects_started", 336, "count", D0, AS4, note="苏州市春季重大项目联合开工"),
  fact("苏州市", "region", "projects_started_investment_cny", 1.8826e11, "cny", "总投资达1882.6亿元人民币的336个项目集中开工", AS4, chk=True),
  fact("苏州市", "region", "domestic_projects_over_1bn_cny", 52, "count", D0, AS4, opt=True, note="投资额10亿元人民币以上的内资项目"),
  fact("苏州市", "region", "foreign_projects_over_100m_usd", 36, "count", D0, AS4, opt=True, note="投资额1亿美元以上的外资项目"),
 ])

# ---------------------------------------------------------------- uu05 three multinationals' new plants in 苏州工业园区 (中国日报网 2012)
SIP = "苏州工业园区"
E0 = "5月18日上午,正值苏州工业园区开发建设18周年欢庆之际,落户园区的福斯流体控制、泰科电子、碧迪医疗器械三家跨国公司分别举办新厂奠基仪式"
E1 = "随后,福斯公司决定在园区投资扩建集生产、研发与售后服务为一体的新工厂,计划于2013年底投入使用"
E2 = "再到这次,增资2000万美元,投资建设在园区的第三家工厂"
E3 = "此外,园区还将陆续引进碧迪集团亚太区共享中心(人力资源、财务)、研发中心等项目"
E4 = "2004年,泰科电子(苏州)有限公司落户园区,2007年在园区娄葑镇又设立了泰科电子科技(苏州工业园区)有限公司"
E5 = "现在,又增资1700万美元用于新厂建设"
G["uu05"] = dict(
 article=art("喜逢苏州工业园区开发建设18周年 三家跨国公司园区建新厂", "中国日报网（cnews.chinadaily.com.cn；存段无署名）", "2012-05-21", "day",
  "National English-language daily's Chinese news site, Jiangsu: three multinationals lay foundation stones for new plants in a China–Singapore industrial park on its 18th anniversary — each firm's history in the park, two capital increases in US dollars, a planned shared-service centre",
  "http://cnews.chinadaily.com.cn/2012-05/21/content_15349049.htm",
  "日期取网址 2012-05/21。标题取存段两行“喜逢苏州工业园区开发建设18周年”（引题）与“三家跨国公司园区建新厂”（主题），以空格连接；手机报广告行已删。存段在末段“而且正在考虑把研发中”处中断，该残句（“目前,泰科电子…研发中”）已删（make_txt.py LINE_SUFFIX），正文截至“…又增资1700万美元用于新厂建设。”，共五段。第三段“计划于2013年底投入使用”句末无标点，照录。园区：苏州工业园区（苏州市，江苏；文中又作“园区”）；娄葑镇为园区内镇，不列园区。公司：福斯流体控制（又作福斯公司）、泰科电子、泰科电子(苏州)有限公司、泰科电子科技(苏州工业园区)有限公司、碧迪医疗器械（母集团作碧迪集团）、碧迪快速诊断有限公司（由“从1995年第一批落户园区;到2006年开办了…”推定在园区，可选），园区均为苏州工业园区。项目：三家新厂奠基（开工）：福斯公司新工厂（计划2013年底投入使用，无金额）、碧迪第三家工厂（增资2000万美元）、泰科电子新厂（增资1700万美元）——美元额记 investment_value/currency；项目名为编者依文概括。碧迪集团亚太区共享中心等“将陆续引进”（planned，可选）。",
  "uu05"),
 parks=[
  park(SIP, "苏州", "江苏", "工业园区", E0, note="文中又作“园区”；开发建设18周年"),
 ],
 companies=[
  comp("福斯流体控制", SIP, E0, aliases=["福斯公司"], note="2006年7月在园区设首家中国工厂"),
  comp("泰科电子", SIP, E0),
  comp("泰科电子(苏州)有限公司", SIP, E4, note="2004年落户园区"),
  comp("泰科电子科技(苏州工业园区)有限公司", SIP, E4, note="2007年设于园区娄葑镇"),
  comp("碧迪医疗器械", SIP, E0, aliases=["碧迪集团"], note="碧迪集团1995年第一批落户园区；苏州为其在中国唯一的生产基地"),
  comp("碧迪快速诊断有限公司", SIP, "到2006年开办了碧迪快速诊断有限公司", opt=True, note="园区由语境推定"),
 ],
 institutions=[],
 projects=[
  proj("福斯公司新工厂", SIP, E1, companies=["福斯流体控制"], status="开工", status_text="新厂奠基",
       note="集生产、研发与售后服务为一体；计划于2013年底投入使用；无金额；项目名为概括"),
  proj("碧迪第三家工厂", SIP, E2, companies=["碧迪医疗器械"], inv="增资2000万美元", currency="usd", value=2e7, status="开工", status_text="新厂奠基",
       note="在园区的第三家工厂；项目名为概括"),
  proj("泰科电子新厂", SIP, E5, companies=["泰科电子"], inv="增资1700万美元", currency="usd", value=1.7e7, status="开工", status_text="新厂奠基",
       note="项目名为概括"),
  proj("碧迪集团亚太区共享中心", SIP, E3, companies=["碧迪医疗器械"], status="planned", status_text="将陆续引进", opt=True,
       note="人力资源、财务；其中亚太区人力资源共享中心已落户苏州"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- uu06 建湖开发区 Taiwan investment (jianhunews, date unknown)
JH = "建湖开发区"
F0 = "2月29日至3月6日,台湾顺集科技有限公司董事长洪尤男带领十多位业内精英受邀考察,总投资5000万美元的台湾合新新材料项目、总投资3000万美元的台湾顺集新型LED倒装项目达成投资意向"
F1 = "目前,台湾金永发薄膜太阳能模组项目已竣工投产,满产后可形成年产薄膜太阳能电池50MW(百万瓦)的能力,实现销售25亿元、利税1.6亿元"
G["uu06"] = dict(
 article=art("（无标题）建湖开发区对台招商：两个台资项目达成投资意向 金永发薄膜太阳能模组项目竣工投产", "建湖新闻网 jianhunews.com（存段无署名、无原发媒体）", "unknown (a leap year: text names 2月29日; not dated on the page)", "unknown",
  "County news portal, Jiangsu: a county development zone's Taiwan-targeted investment drive — two Taiwanese projects with US-dollar amounts at letter-of-intent stage, a visit by another Taiwanese firm, a thin-film solar module project in production with capacity, expected sales and profit-tax",
  "http://jianhunews.com/article/lists-content.html?key=5d3fe12faac4f710300081eb&parentkey=5bf273392dd4280f048b45aa",
  "存段无标题、无日期行（title 为编者概括）；“分享至:”已删；正文三段，完整。日期未示：文中有“2月29日至3月6日”，故为闰年（2008、2012 或 2016 年），“5月14日至15日”后发稿；网址 key 为2019-07-30建立的记录（站点迁移），不作发稿日。园区：建湖开发区（盐城市建湖县，江苏）。项目：台湾合新新材料项目（5000万美元）、台湾顺集新型LED倒装项目（3000万美元）“达成投资意向”（无状态；园区推定为建湖开发区）；台湾金永发薄膜太阳能模组项目“已竣工投产”（投产）。公司：台湾顺集科技有限公司（考察方、项目方，园区未落定→null）；台湾金像电子股份有限公司（考察，可选，null）；台湾金永发（只在项目名中，可选，建湖开发区）。事实：金永发项目满产后产能50MW、销售25亿元、利税1.6亿元（target，subject project）。",
  "uu06"),
 parks=[
  park(JH, "盐城", "江苏", "开发区", "今年以来,建湖开发区紧密围绕打造电子信息、新能源产业百亿增长极,积极组织招商活动", district="建湖县"),
 ],
 companies=[
  comp("台湾顺集科技有限公司", None, F0, note="董事长带队考察；台湾顺集新型LED倒装项目方（意向阶段）"),
  comp("台湾金像电子股份有限公司", None, "5月14日至15日,台湾金像电子股份有限公司总经理杨长青一行前来考察", opt=True, note="前来考察"),
  comp("台湾金永发", JH, F1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("台湾合新新材料项目", JH, F0, inv="总投资5000万美元", currency="usd", value=5e7, status=None, status_text="达成投资意向", note="园区由语境推定"),
  proj("台湾顺集新型LED倒装项目", JH, F0, companies=["台湾顺集科技有限公司"], inv="总投资3000万美元", currency="usd", value=3e7, status=None,
       status_text="达成投资意向", note="园区由语境推定"),
  proj("台湾金永发薄膜太阳能模组项目", JH, F1, companies=["台湾金永发"], status="投产", status_text="已竣工投产"),
 ],
 aggregate_facts=[
  fact("台湾金永发薄膜太阳能模组项目", "project", "expected_annual_sales_cny", 2.5e9, "cny", "实现销售25亿元、利税1.6亿元", "满产后（预计）", kind="target", chk=True),
  fact("台湾金永发薄膜太阳能模组项目", "project", "expected_annual_profit_tax_cny", 1.6e8, "cny", "利税1.6亿元", "满产后（预计）", kind="target", chk=True),
  fact("台湾金永发薄膜太阳能模组项目", "project", "capacity_mw", 50, "MW", F1, "满产后（预计）", kind="target", opt=True, note="年产薄膜太阳能电池50MW"),
 ])
