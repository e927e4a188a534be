# real195 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence); US dollars as *_usd facts with unit usd; “3亿” without 元 is kept in
# investment_text with investment_cny null (unparsed, as real25 q04). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none. Status from the text's words (开工 / 动工 → 开工; 施工 / 在推进 → 在建;
# 将…开工建设 → planned; 签约 → 签约). “预计 / 力争 / 将 / 计划” figures are kind target; cumulative totals since a park began are
# cumulative. Bare generic park words (高新区, 经济开发区, 保税区 alone) are listed only as optional parks. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ulNN.raw as returned.

# ---------------------------------------------------------------- ul01 丹东临港产业园区 2008 (中国江西新闻网 via lq52.com)
DD = "辽宁丹东临港产业园区"
B0 = "2008年7月1日,全国网络媒体记者采访团来到丹东,参观考察辽宁丹东临港产业园区"
B1 = "累计实现地区生产总值18亿元、工业总产值54.3亿元、全口径财政收入3.7亿元、出口总值1.54亿美元、固定资产投资91亿元"
B2 = "园区已有包括世界500强韩国SK集团投资在内的117个入驻项目,投资总额84亿元人民币,其中,开工项目103个,总投资53亿元"
BS = "2008年7月（园区起步两年多累计）"
G["ul01"] = dict(
 article=art("（无标题）全国网络媒体记者采访团参观考察辽宁丹东临港产业园区", "中国江西新闻网（记者 余益），载于 lq52.com", "2008-07-01", "day",
  "Out-of-province news site's report from a national online-media press tour, relayed by an aggregator, Liaoning: a coastal industrial park two years on — cumulative GDP, output, revenue, exports, investment, projects settled and started, one named foreign group; location and transport advantages",
  "http://www.lq52.com/viewnews-49541.html",
  "日期取电头“中国江西新闻网7月1日丹东讯”与正文“2008年7月1日”。存段无标题：首行为图片说明“辽宁丹东临港产业园区发展迅猛工业总产值54.3亿元。(江西网记者 余益 摄)”，作页面附属删去（title 为编者概括）。存段在“腹地优势”段中断（“…将成为园区”），该小标题与残段不收（make_txt.py ITEMS），正文至“交通优势”段末。园区：辽宁丹东临港产业园区（丹东，辽宁）；“园区”均指它。公司：韩国SK集团（在园区投资的入驻项目之一）。丹东港“坐落在园区内”，港口，不列。事实：两年多累计的地区生产总值、工业总产值、财政收入、出口、固定资产投资（cumulative）；入驻项目117个、投资总额84亿元、开工项目103个、总投资53亿元（截至采访日，cumulative）。",
  "ul01"),
 parks=[park(DD, "丹东", "辽宁", "产业园区", B0)],
 companies=[comp("SK集团", DD, B2, aliases=["韩国SK集团"], note="文中作“韩国SK集团”，在园区投资的入驻项目")],
 aggregate_facts=[
  fact(DD, "park", "gdp_cny", None, "cny", "累计实现地区生产总值18亿元", BS, kind="cumulative", chk=True),
  fact(DD, "park", "industrial_output_cny", None, "cny", "工业总产值54.3亿元", BS, kind="cumulative", chk=True),
  fact(DD, "park", "fiscal_revenue_cny", None, "cny", "全口径财政收入3.7亿元", BS, kind="cumulative", chk=True),
  fact(DD, "park", "exports_usd", 154000000.0, "usd", "出口总值1.54亿美元", BS, kind="cumulative"),
  fact(DD, "park", "fixed_asset_investment_cny", None, "cny", "固定资产投资91亿元", BS, kind="cumulative", chk=True),
  fact(DD, "park", "projects_settled", 117, "count", B2, "2008年7月（截至目前）", kind="cumulative"),
  fact(DD, "park", "projects_settled_investment_cny", None, "cny", "投资总额84亿元人民币", "2008年7月（截至目前）", kind="cumulative", chk=True),
  fact(DD, "park", "projects_started", 103, "count", "其中,开工项目103个,总投资53亿元", "2008年7月（截至目前）", kind="cumulative"),
  fact(DD, "park", "projects_started_investment_cny", None, "cny", "总投资53亿元", "2008年7月（截至目前）", kind="cumulative", chk=True),
 ],
)

# ---------------------------------------------------------------- ul02 锦州龙栖湾新区 光伏项目开工 2011 (cnpec.net)
LQ = "锦州龙栖湾新区"
XN = "新能源和可再生能源产业园"
OK = "锦州奥克阳光新能源有限公司"
C0 = "5月23日,在锦州龙栖湾新区新能源和可再生能源产业园内,又一光伏项目——锦州奥克阳光新能源有限公司年产500MW太阳能电池用多晶硅片项目开工"
C1 = "锦州奥克阳光新能源项目,是龙栖湾新区百日会战活动的重点项目。该项目建筑面积3.5万平方米,项目总投资6.75亿元人民币,分两期建设"
C2 = "光伏产业园已注册的8户企业,拟建项目总投资70亿元,可新增产值173亿元,税金8.1亿元,利润34亿元"
G["ul02"] = dict(
 article=art("（无标题）锦州奥克阳光新能源有限公司年产500MW太阳能电池用多晶硅片项目在龙栖湾新区开工", "cnpec.net（中国电力工程网类行业站；原出处未注明）", "2011-05", "month",
  "Power-industry trade site, Liaoning: a new-area PV park — one firm's wafer project started with its investment and phase-1 progress, firms registered, the new area's planned PV investment, the registered firms' planned investment, output, tax and profit",
  "http://cnpec.net/news/show-27190.html",
  "存段无标题、无日期行（title 为编者概括）；年份取正文“2011年,龙栖湾新区光伏类项目年内计划完成投资13.6亿元”，开工日为5月23日，published 记 2011-05（月）。正文三段，完整。园区：锦州龙栖湾新区（锦州，辽宁；又作“龙栖湾新区”“新区”）；新能源和可再生能源产业园（在龙栖湾新区内）。文中“龙栖湾新区光伏园”“光伏产业园”指已有8户光伏企业注册的园区，读作同一园区，列为别名。项目：奥克阳光年产500MW太阳能电池用多晶硅片项目，总投资6.75亿元，开工（一期5月初动工，分两期建设）。事实：光伏园注册企业8户；新区2011年光伏类项目计划投资13.6亿元（target）；8户企业拟建项目总投资70亿元及可新增产值、税金、利润（target）。",
  "ul02"),
 parks=[
  park(LQ, "锦州", "辽宁", "新区", C0, aliases=["龙栖湾新区"]),
  park(XN, "锦州", "辽宁", "产业园", C0, parent=LQ, aliases=["龙栖湾新区光伏园", "光伏产业园"],
       note="文中又称“龙栖湾新区光伏园”“光伏产业园”（读作同一园区）"),
 ],
 companies=[comp(OK, XN, C0)],
 projects=[
  proj("年产500MW太阳能电池用多晶硅片项目", XN, C1, companies=[OK], inv="6.75亿元", status="开工", status_text="开工",
       aliases=["锦州奥克阳光新能源项目", "锦州奥克阳光新能源有限公司年产500MW太阳能电池用多晶硅片项目"],
       note="分两期建设，一期工程5月初正式动工；开工见首句"),
 ],
 aggregate_facts=[
  fact(XN, "park", "firms_registered", 8, "count", "到目前,龙栖湾新区光伏园内已有8户企业注册", "2011-05-23", kind="cumulative"),
  fact(LQ, "park", "planned_investment_cny", None, "cny", "2011年,龙栖湾新区光伏类项目年内计划完成投资13.6亿元", "2011年（计划）", kind="target", chk=True,
       note="光伏类项目年内计划完成投资"),
  fact(XN, "park", "planned_projects_investment_cny", None, "cny", "拟建项目总投资70亿元", "2011年5月（拟建）", kind="target", chk=True,
       note="已注册8户企业的拟建项目总投资"),
  fact(XN, "park", "expected_new_output_cny", None, "cny", "可新增产值173亿元", "建成后（预计）", kind="target", chk=True),
  fact(XN, "park", "expected_tax_cny", None, "cny", "税金8.1亿元", "建成后（预计）", kind="target", chk=True, opt=True),
  fact(XN, "park", "expected_profit_cny", None, "cny", "利润34亿元", "建成后（预计）", kind="target", chk=True, opt=True),
 ],
)

# ---------------------------------------------------------------- ul03 鞍山新兴产业改写“一钢独大”版图 2015 (shenyang.baogaosu)
AJ = "鞍山激光产业园"
LJ = "辽宁激光科技产业园"
HM = "鞍山海目星科技有限公司"
D0 = "寒冷的冬季,记者走进鞍山激光产业园,顿觉勃勃生机。由鞍山海目星科技有限公司自主研发生产的光纤激光打标机设备,正被装上集装箱车驶出产业园西大门"
D1 = "其中以高新区为承接区,建设全国首个以激光为特色的产业园区——辽宁激光科技产业园"
D2 = "以经济开发区为承接区,建设中国最大的高端阀门产业基地"
G["ul03"] = dict(
 article=art("鞍山新兴产业改写“一钢独大”版图", "shenyang.baogaosu.com（报告速；原出处未注明）", "2015-11-19", "day",
  "Aggregator relaying a provincial-press feature, Liaoning: a steel city's emerging industries — a laser park and one of its firms, city-level shares and growth of emerging and high-tech industries, sector plans, parks assigned to sectors",
  "http://shenyang.baogaosu.com/xinwen/%E9%9E%8D%E5%B1%B1%E6%96%B0%E5%85%B4%E4%BA%A7%E4%B8%9A%E6%94%B9%E5%86%99%E4%B8%80%E9%92%A2%E7%8B%AC%E5%A4%A7%E7%89%88%E5%9B%BE/40361304/",
  "日期取页面“19.11.2015  15:00”。标题照录，副题“前三季度,全市激光等战略性新兴产业增加值占比近10%”接在标题后（空格分隔）；页面重复的标题行删去。存段在末段“…镁化工、工程塑料(”处中断；末句由分号分隔的三个分句组成，最后一个分句（“依托经济开发区、海城析木新城、腾鳌经济开发区、台安工业园区和汤岗子新城产业园,打造…(”）未完，只删该分句（make_txt.py LINE_SUFFIX），正文以“高端阀门产业基地;”结束。园区：鞍山激光产业园（海目星所在，“产业园西大门”）；辽宁激光科技产业园（以高新区为承接区建设）——两者可能是同一园区，文中未说，分列；“高新区”“经济开发区”为光杆通名（鞍山高新区、鞍山经济开发区），列为可选；“高端阀门产业基地”可选。公司：鞍山海目星科技有限公司（总经理林国栋）。事实为全市口径：新兴产业增加值占比近10%、高新技术产业增加值增长20%以上（前三季度）。",
  "ul03"),
 parks=[
  park(AJ, "鞍山", "辽宁", "产业园", D0, note="可能与辽宁激光科技产业园为同一园区（文中未说）"),
  park(LJ, "鞍山", "辽宁", "产业园", D1, parent="高新区", note="以高新区为承接区建设"),
  park("高新区", "鞍山", "辽宁", "高新区", D1, opt=True, note="光杆通名，指鞍山高新区"),
  park("经济开发区", "鞍山", "辽宁", "经济开发区", D2, opt=True, note="光杆通名，指鞍山经济开发区"),
  park("高端阀门产业基地", "鞍山", "辽宁", "产业基地", D2, parent="经济开发区", opt=True, note="规划建设中"),
 ],
 companies=[comp(HM, AJ, D0)],
 aggregate_facts=[
  fact("鞍山市", "city", "emerging_industry_value_added_share", 0.1, "ratio", "前三季度,新兴产业增加值占比近10%", "2015年前三季度",
       kind="ratio", qual="约", qtext="近"),
  fact("鞍山市", "city", "high_tech_value_added_growth", 0.2, "ratio", "高新技术产业增加值同比增长20%以上", "2015年前三季度",
       kind="ratio", qual="超", qtext="以上"),
 ],
)

# ---------------------------------------------------------------- ul04 大连高新区:强力打造低碳绿色现代科技新城区 2012 (antpedia)
DL = "大连高新区"
E0 = "龙年伊始,崛起于黄海北岸的大连高新区,正在热火朝天建设“辽宁省软件和服务外包云示范区”"
E1 = "软件和服务外包企业总数达到960家,从业人员突破10万人;实现销售收入760亿元,出口创汇25亿美元,增速均超过50%"
E2 = "规模超千人、收入超10亿的骨干企业达到13家,IBM、东软两家企业员工超过了6000人"
E3 = "东软、华信、海辉出口收入连续7年蝉联全国前三名"
ES = "2011年"
G["ul04"] = dict(
 article=art("大连高新区:强力打造低碳绿色现代科技新城区", "antpedia.com（分析测试百科网；原出处未注明）", "2012-03-08", "day",
  "Industry portal relaying a feature, Liaoning: a national high-tech zone's software and outsourcing cluster — 2011 firm count, staff, revenue and exports, large firms, the 2012 revenue target, area, honours",
  "https://wiki.antpedia.com/%E5%A4%A7%E8%BF%9E%E9%AB%98%E6%96%B0%E5%8C%BA%EF%BC%9A%E5%BC%BA%E5%8A%9B%E6%89%93%E9%80%A0%E4%BD%8E%E7%A2%B3%E7%BB%BF%E8%89%B2%E7%8E%B0%E4%BB%A3%E7%A7%91%E6%8A%80%E6%96%B0%E5%9F%8E%E5%8C%BA-202301-news",
  "日期取页面“发布时间:2012-03-08 08:40”；标题取同行“原文链接: ”之后（该前缀删去，make_txt.py HEAD_PREFIX）。长篇通讯，存段只到“…所有荣誉。2011年11月,”，残片“2011年11月,”删去（LINE_SUFFIX）。园区：大连高新区（大连，辽宁；153平方公里）；“辽宁省软件和服务外包云示范区”为在建称号，列为可选；“十大园区”不列。公司：IBM、东软（员工超6000人的骨干企业，在园区）；华信、海辉（出口收入全国前三，语境在园区，可选）。事实：1月9日年度工作会议公布的2011年数：软件和服务外包企业960家、从业人员突破10万人（超）、销售收入760亿元、出口创汇25亿美元、增速均超50%；骨干企业13家；2012年力争收入突破1100亿元（target，超）。",
  "ul04"),
 parks=[
  park(DL, "大连", "辽宁", "高新区", E0),
  park("辽宁省软件和服务外包云示范区", "大连", "辽宁", "示范区", E0, parent=DL, opt=True, note="正在建设的称号"),
 ],
 companies=[
  comp("IBM", DL, E2),
  comp("东软", DL, E2),
  comp("华信", DL, E3, opt=True, note="出口收入全国前三；在园区由语境推断"),
  comp("海辉", DL, E3, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(DL, "park", "software_firms", 960, "count", E1, ES, note="软件和服务外包企业总数"),
  fact(DL, "park", "employees", 100000, "persons", "从业人员突破10万人", ES, qual="超", qtext="突破"),
  fact(DL, "park", "software_revenue_cny", None, "cny", "实现销售收入760亿元,出口创汇25亿美元", ES, chk=True, note="软件和服务外包销售收入"),
  fact(DL, "park", "exports_usd", 2500000000.0, "usd", "出口创汇25亿美元", ES),
  fact(DL, "park", "revenue_growth", 0.5, "ratio", E1, ES, kind="ratio", qual="超", qtext="超过", opt=True, note="收入和出口增速均超过50%"),
  fact(DL, "park", "large_firms", 13, "count", E2, ES, opt=True, note="规模超千人、收入超10亿的骨干企业"),
  fact(DL, "park", "software_revenue_cny", None, "cny", "力争今年收入突破1100亿元", "2012年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact(DL, "park", "area_km2", 153, "km2", "在大连市西南角这个153平方公里的地块上", "2012年", opt=True),
 ],
)

# ---------------------------------------------------------------- ul05 辽宁专用车生产基地(长春)投资座谈会召开 2009 (chinaspv)
ZY = "辽宁专用车生产基地"
ZH = "中航产业园"
F0 = "因此,在省委、省政府的支持下,我们从去年开始建设辽宁专用车生产基地"
F1 = "现在,50多家企业开工建设,年底前10家企业投入生产,近80家企业签订了协议,总投资额超过了400亿元"
F2 = "特别是中航集团落户辽宁专用车生产基地,把中航集团在全国各地的资源整合到铁岭,建设占地5平方公里的中航产业园"
F3 = "张竞强还就机械工程专用车生产项目、北方军民产业融合创业园项目、有轨叉车等项目进行了推进"
FS = "2009年11月（截至座谈会）"
G["ul05"] = dict(
 article=art("辽宁专用车生产基地(长春)投资座谈会召开", "东北新闻网，载于 m.chinaspv.com.cn（专用车行业站）", "2009-12-03", "day",
  "Trade site relaying a regional news portal, Liaoning: a city's special-vehicle production base pitched to investors in another province — firms building, producing and signed, signed investment, a state group's park inside the base, projects promoted",
  "https://m.chinaspv.com.cn/news/7.html",
  "日期取页面“时间:2009-12-03 来源:东北新闻网”（座谈会11月27日）。页首“English”删去。存段在末段“…吉林省工程机械行业商”处中断，该段为一句，整段不收（make_txt.py ITEMS）；铁岭经济开发区只在此段出现，故不在文中。园区：辽宁专用车生产基地（铁岭，辽宁；“我市”即铁岭，2008年开建）；中航产业园（基地内，中航集团建设，占地5平方公里）。公司：中航集团（落户基地）。项目：中航产业园（建设中，以园区论，另列为可选项目，status 不标）；机械工程专用车生产项目、北方军民产业融合创业园项目、有轨叉车（市长“进行了推进”，文中未说落在哪个园区，park 记 null；有轨叉车为产品名，可选）。事实：50多家企业开工建设（余）、年底前10家投产（target）、近80家签协议（约）、总投资额超400亿元（超）。",
  "ul05"),
 parks=[
  park(ZY, "铁岭", "辽宁", "产业基地", F0),
  park(ZH, "铁岭", "辽宁", "产业园", F2, parent=ZY),
 ],
 companies=[comp("中航集团", ZY, F2)],
 projects=[
  proj(ZH, ZY, F2, companies=["中航集团"], opt=True, note="以园区论；建设占地5平方公里"),
  proj("机械工程专用车生产项目", None, F3, note="市长推进的项目；园区未说"),
  proj("北方军民产业融合创业园项目", None, F3, note="同上"),
  proj("有轨叉车", None, F3, opt=True, note="产品名作项目名"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "firms_under_construction", 50, "count", F1, FS, kind="cumulative", qual="余", qtext="多"),
  fact(ZY, "park", "firms_in_production", 10, "count", "年底前10家企业投入生产", "2009年底（预计）", kind="target"),
  fact(ZY, "park", "firms_signed", 80, "count", "近80家企业签订了协议", FS, kind="cumulative", qual="约", qtext="近"),
  fact(ZY, "park", "signed_investment_cny", None, "cny", "总投资额超过了400亿元", FS, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(ZY, "park", "functional_zones", 6, "count", "在内的6大功能区", "规划", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- ul06 大连保税物流区多点开花 产业集群发展 2012 (大连新闻网 via imosi)
BW = "大连保税物流区"
QC = "大连汽车物流城"
PT = "东风日产配套产业园"
H0 = "今年以来,大连保税物流区以大产业项目为支撑,以大连汽车物流城建设为载体"
H1 = "总投资50亿元的保税区东风日产整车项目建设在有条不紊的推进中"
H2 = "今年6月,保税区曙光汽车将实现批量生产,奇瑞汽车也将开始试生产"
H3 = "在4平方公里的东风日产配套产业园,预计将有70多家企业进驻"
H4 = "截止目前,保税区已开工项目达到43个,其中总投资10亿元的远东工具项目六栋厂房已开始地上施工"
H5 = "此外,总投资近40亿元的一方国际生态卫星城项目,总投资超过3亿的中化辽宁项目、爱康国信新型建材园项目等,都将在一季度开工建设"
G["ul06"] = dict(
 article=art("大连保税物流区多点开花 产业集群发展", "大连新闻网，载于 news.imosi.com（谋思网，物流服务栏）", "2012-02-11", "day",
  "Logistics portal relaying a city news site, Liaoning: a bonded logistics zone early in the year — a carmaker's 50亿元 vehicle project, two carmakers nearing production, a supplier park, projects started and under construction, three projects to start with amounts",
  "http://news.imosi.com/news/20120211/39614.shtml",
  "日期取页面“2012-02-11 09:53来源:大连新闻网”。栏目路径、日期来源行、“(责任编辑:王健)”与谋思网转载声明、页脚删去。正文四段，完整。园区：大连保税物流区（大连，辽宁）；文中“保税区”为其简称（实指大连保税区），光杆，列为可选；大连汽车物流城（“以大连汽车物流城建设为载体”）；东风日产配套产业园（4平方公里）。项目：东风日产整车项目（50亿元；场平工程中，一季度末后进入开工阶段——status 记在建，alt planned）；远东工具项目（10亿元，厂房地上施工→在建）；一方国际生态卫星城项目（近40亿元→约，将开工→planned）；中化辽宁项目、爱康国信新型建材园项目（“总投资超过3亿的”修饰二者，“3亿”无“元”，investment_cny 留空，qualifier 超；将开工→planned）。公司：东风日产、曙光汽车、奇瑞汽车（在保税区）；远东工具、中化辽宁、爱康国信只在项目名中，可选。事实：保税区已开工项目43个（截止目前）；配套产业园预计进驻70多家企业（target，余）。",
  "ul06"),
 parks=[
  park(BW, "大连", "辽宁", "保税物流区", H0),
  park("保税区", "大连", "辽宁", "保税区", H1, opt=True, note="文中简称，实指大连保税区；与大连保税物流区混用"),
  park(QC, "大连", "辽宁", "产业园区", H0, parent=BW),
  park(PT, "大连", "辽宁", "产业园", H3, parent=BW),
 ],
 companies=[
  comp("东风日产", BW, H1),
  comp("曙光汽车", BW, H2),
  comp("奇瑞汽车", BW, H2),
  comp("远东工具", BW, H4, opt=True, note="只在项目名中"),
  comp("中化辽宁", BW, H5, opt=True, note="只在项目名中"),
  comp("爱康国信", BW, H5, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("东风日产整车项目", BW, H1, companies=["东风日产"], inv="50亿元", status="在建", status_text="建设在有条不紊的推进中",
       status_alt="planned", note="场平工程预计一季度末结束，届时进入进场勘察和项目开工阶段；2014年力争达产"),
  proj("远东工具项目", BW, H4, inv="10亿元", status="在建", status_text="六栋厂房已开始地上施工"),
  proj("一方国际生态卫星城项目", BW, H5, inv="近40亿元", qual="约", qual_text="近", status="planned", status_text="都将在一季度开工建设"),
  proj("中化辽宁项目", BW, H5, inv="超过3亿", unparsed=True, qual="超", qual_text="超过", status="planned", status_text="都将在一季度开工建设",
       note="“3亿”无“元”，investment_cny 留空"),
  proj("爱康国信新型建材园项目", BW, H5, inv="超过3亿", unparsed=True, qual="超", qual_text="超过", status="planned", status_text="都将在一季度开工建设",
       note="“总投资超过3亿的”修饰中化辽宁项目与本项目"),
 ],
 aggregate_facts=[
  fact(BW, "park", "projects_started", 43, "count", H4, "2012年2月（截止目前）", kind="cumulative", note="文中主语为“保税区”"),
  fact(PT, "park", "firms_expected", 70, "count", H3, "（预计）", kind="target", qual="余", qtext="多"),
  fact(PT, "park", "area_km2", 4, "km2", H3, "2012年", opt=True),
 ],
)

# ---------------------------------------------------------------- ul07 大连汽车物流城项目扎堆开工 2012 (商务部网站 via msn.finance.sina)
DB = "大连保税区"
YF = "大连延锋江森汽车零部件有限公司"
K0 = "5月15日,大连延锋江森汽车零部件有限公司开工仪式暨汽车产业区项目集体开工典礼在大连保税区汽车物流城隆重举行,开工9个项目总投资约20亿元,预计全部达产后年产值将达到40亿元"
K1 = "大连汽车物流城作为保税区重点开发建设的产业园区,已经成为大连市汽车整车及零部件产业的主要承接地,目前已有近百家相关零部件企业入驻"
K2 = "到“十二五”期末,大连汽车物流城年产值将超过2000亿元"
G["ul07"] = dict(
 article=art("大连汽车物流城项目扎堆开工", "商务部网站（大连特办），载于 msn.finance.sina.com.cn", "2012-05-17", "day",
  "Ministry website item relayed by a finance portal, Liaoning: a bonded zone's auto city — a parts maker's groundbreaking with nine projects started (amount, expected output), parts firms settled, the five-year output target",
  "http://msn.finance.sina.com.cn/gdxw/20120517/1000906611.html",
  "日期取页面“2012-05-17 10:00 来源: 商务部网站”。页首“分享更多 字体:”、网址日期行与评论区删去；署名“(大连特办)”在正文末，保留。正文三段，完整（首段末无句号，照录）。园区：大连保税区；大连汽车物流城（“保税区重点开发建设的产业园区”，在大连保税区）；汽车产业区（物流城内，9个项目所在，可选）。公司：大连延锋江森汽车零部件有限公司（开工，在汽车物流城）。项目：延锋江森开工（以企业名作项目名）；9个项目只给合计（约20亿元）不列单项。事实：开工项目9个、总投资约20亿元、达产后年产值40亿元（target）；近百家零部件企业入驻（约，cumulative）；“十二五”期末年产值超2000亿元（target）。",
  "ul07"),
 parks=[
  park(DB, "大连", "辽宁", "保税区", K0),
  park(QC, "大连", "辽宁", "产业园区", K1, parent=DB, note="文中又作“保税区汽车物流城”"),
  park("汽车产业区", "大连", "辽宁", "产业区", K0, parent=QC, opt=True, note="9个项目所在"),
 ],
 companies=[comp(YF, QC, K0)],
 projects=[
  proj(YF, QC, K0, companies=[YF], status="开工", status_text="开工仪式", note="以企业名作项目名；同日9个项目集体开工，合计约20亿元"),
 ],
 aggregate_facts=[
  fact(QC, "park", "projects_started", 9, "count", K0, "2012-05-15", note="汽车产业区项目集体开工"),
  fact(QC, "park", "projects_started_investment_cny", None, "cny", "开工9个项目总投资约20亿元", "2012-05-15", qual="约", qtext="约", chk=True),
  fact(QC, "park", "expected_output_cny", None, "cny", "预计全部达产后年产值将达到40亿元", "达产后（预计）", kind="target", chk=True, note="9个开工项目"),
  fact(QC, "park", "firms_settled", 100, "count", K1, "2012年5月（目前）", kind="cumulative", qual="约", qtext="近", note="近百家相关零部件企业"),
  fact(QC, "park", "output_cny", None, "cny", "大连汽车物流城年产值将超过2000亿元", "“十二五”期末（目标）", kind="target", qual="超", qtext="超过", chk=True),
 ],
)
