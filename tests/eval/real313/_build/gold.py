# real313 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real49): evidence verbatim (all six items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Incubators, 众创空间 and
# science parks: a science park / incubator with its own site is a park (parent = the zone the text places it in); an operating
# company or a 众创空间 named as an organisation is a company with the park the text places it in (null where the text names
# only a district or city, or nothing). Counts “截至…累计” are cumulative; counts at a date are reported. No project is named
# in any of the six items, so `projects` is empty throughout. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/qzNN.raw as returned.

# ---------------------------------------------------------------- qz01 中国常州留学人员创业园 揭牌 (常州 2014)
CZ = "常州留学人员创业园"
A1 = "截至2013年底,累计引进、孵化、培育研发机构和科技型企业819家,其中留学人员创办企业189家,目前在园留学人员企业156家、注册资本总额6.75亿元"
A2 = "2013年,园区实现营业收入45.5亿元,同比增长50%"
A3 = "新增申请专利1531件,其中发明专利972件,新增授权发明专利191件"
G["qz01"] = dict(
 article=art("（无标题）中国常州留学人员创业园揭牌", "中国常州（zg.changzhou.gov.cn，常州市政府网“中国常州”栏；存段无标题、无署名）", "2014-12-19", "day",
  "City government portal, Jiangsu: a returnee entrepreneurs' park in the city's science-and-education town is named a national-level park — its cumulative firms incubated, returnee firms now in the park with registered capital, the year's revenue and growth, patents; the city's count of returnee parks and returnee firms",
  "https://zg.changzhou.gov.cn/html/czzg/2014/BECCNPQL_1219/22965.html",
  "日期取网址 2014/…_1219（存段无日期行）。存段无标题（title 为编者概括）。正文三段，完整；末行表格线“|”已删。园区：常州留学人员创业园（揭牌名“中国常州留学人员创业园”列 alias；常州，江苏；“位于科教城”——科教城列可选园区，作母园区，文中未说其属哪个开发区/高新区，不补）。事实：截至2013年底累计引进、孵化、培育研发机构和科技型企业819家、留学人员创办企业189家（cumulative）；在园留学人员企业156家、注册资本总额6.75亿元（reported，as_of 2014年12月）；2013年营业收入45.5亿元、增长50%；专利数可选。全市留创园与留学人员数（常州市，region）可选。“2014年度全国留学人员回国创业高级研修班”为会议，不列。",
  "qz01"),
 parks=[
  park(CZ, "常州", "江苏", "留学人员创业园", "位于科教城的常州留学人员创业园经过10余年发展,在载体建设、人才引进、成果转化、企业培育等方面取得了显着成绩",
       parent="科教城", aliases=["中国常州留学人员创业园"], note="国家级留学人员创业园（部省共建），2014年揭牌“中国常州留学人员创业园”"),
  park("科教城", "常州", "江苏", "科教城", "位于科教城的常州留学人员创业园经过10余年发展", opt=True, note="即常州科教城；文中只作“科教城”"),
 ],
 companies=[],
 aggregate_facts=[
  fact(CZ, "park", "firms_incubated_cumulative", 819, "count", A1, "截至2013年底", kind="cumulative", note="研发机构和科技型企业"),
  fact(CZ, "park", "returnee_firms_cumulative", 189, "count", "其中留学人员创办企业189家", "截至2013年底", kind="cumulative"),
  fact(CZ, "park", "returnee_firms", 156, "count", "目前在园留学人员企业156家、注册资本总额6.75亿元", "2014年12月"),
  fact(CZ, "park", "firms_registered_capital_cny", 6.75e8, "cny", "注册资本总额6.75亿元", "2014年12月", chk=True, note="在园留学人员企业注册资本总额"),
  fact(CZ, "park", "revenue_cny", 4.55e9, "cny", A2, "2013年", chk=True),
  fact(CZ, "park", "revenue_yoy_growth", 0.50, "ratio", A2, "2013年", kind="ratio"),
  fact(CZ, "park", "patent_applications", 1531, "count", A3, "2013年", opt=True),
  fact(CZ, "park", "invention_patent_applications", 972, "count", A3, "2013年", opt=True),
  fact(CZ, "park", "invention_patents_granted", 191, "count", A3, "2013年", opt=True),
  fact("常州市", "region", "returnee_parks", 10, "count", "截至目前,我市共拥有部省共建留创园1家、省级留创园7家、市级留创园2家", "2014年12月", opt=True, note="1+7+2，文中未给合计"),
  fact("常州市", "region", "returnee_firms", 500, "count", "留学人员创业企业总数超500家", "2014年12月", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- qz02 众创空间与国家高新区 (rednet 园区频道 2015)
B1 = "据记者了解,自2009年以来,在中关村、深圳、武汉等国家自主创新示范区,杭州、西安、成都等国家高新区,涌现出了创新工场、车库咖啡、创客空间、天使汇、亚杰商会、联想之星、创业家等近百家新型孵化器"
G["qz02"] = dict(
 article=art("（无标题）众创空间与国家高新区：创业政策为众创空间添柴加火", "“本报记者 李争粉 报道”，载于红网 moment.rednet.cn 园区栏（yuanqu）；原发报纸存段未注明", "2015-09-08", "day",
  "Feature relayed on a provincial portal's parks channel: the 2015 national push for maker spaces (众创空间) and the role of national high-tech zones — policy milestones, the torch centre's view, named new-type incubators that emerged in demonstration zones and high-tech zones",
  "http://moment.rednet.cn/rednetcms/news/yuanqu/20150908/230430.html",
  "日期取网址 20150908（存段无日期行）。存段无标题（title 为编者概括，小标题照录）。首行署名“本报记者 李争粉 报道”已删（来源行）。存段末段“3月,成都高新区发布了《“创业天府”高新区引领工程方案》,将加强孵化载体建设,形”在句中中断，整段删去；正文截至“…进一步点燃创新创业的热情。”，含小标题一行，共八段。园区：文中点名“中关村、深圳、武汉等国家自主创新示范区”“杭州、西安、成都等国家高新区”，只有城市名或简称，列为可选园区（中关村 kind 国家自主创新示范区；杭州、西安、成都记作“杭州”等城市名式简称不列，以免猜名）。新型孵化器：创新工场、车库咖啡、天使汇、联想之星列公司（kind incubator，park null——文中未说各在哪个园区）；创客空间（泛称）、亚杰商会（商会）、创业家列可选。“近百家新型孵化器”为示范区与高新区合计（约100，cumulative，可选）。张志宏（科技部火炬中心主任）不列人名；科技部火炬中心、国务院列可选机构。",
  "qz02"),
 parks=[
  park("中关村", "北京", "北京", "国家自主创新示范区", B1, opt=True, note="只作“中关村”"),
 ],
 companies=[
  comp("创新工场", None, B1, kind="incubator", note="新型孵化器；所在园区文中未说"),
  comp("车库咖啡", None, B1, kind="incubator", note="同上"),
  comp("天使汇", None, B1, kind="incubator", note="同上"),
  comp("联想之星", None, B1, kind="incubator", note="同上"),
  comp("亚杰商会", None, B1, kind="incubator", opt=True, note="商会；被列为新型孵化器"),
  comp("创业家", None, B1, kind="incubator", opt=True, note="同上"),
  comp("创客空间", None, B1, kind="incubator", opt=True, note="泛称，亦见于“创客空间、创业咖啡、创新工场等新型孵化模式”"),
 ],
 institutions=[
  inst("科技部火炬中心", "“实际上,众创空间就是在国家高新区诞生的。”科技部火炬中心主任张志宏表示"),
  inst("国务院", "6月,国务院印发《关于大力推进大众创业万众创新若干政策措施的意见》,加速推进众创空间发展"),
 ],
 aggregate_facts=[
  fact("国家自主创新示范区和国家高新区", "region", "new_type_incubators", 100, "count", B1, "2009年至2015年9月", kind="cumulative", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- qz03 光谷新增2家国家级科技企业孵化器 (高楼迷论坛转帖 2016)
DH = "东湖高新区"
HS = "华中师大科技园"
SW = "武汉光谷生物医药科技企业孵化器"
C0 = "近日,国家科技部公布2015年度国家级科技企业孵化器名单,光谷两家孵化器位列其中,它们分别是武汉华中师大科技园发展有限公司、武汉光谷生物医药孵化器管理有限公司"
C1 = "此前,东湖高新区国家级科技企业孵化器有11家,另有14家创新型孵化器纳入国家级科技企业孵化器的管理服务体系"
C2 = "截至2015年12月,孵化器累计入驻孵化企业77家,已毕业企业16家"
C3 = "截至2015年12月,园区在孵企业数已达69家,累计毕业企业21家"
C4 = "近3年来,培育了10家高新技术企业、4家东湖高新区“瞪羚企业”"
G["qz03"] = dict(
 article=art("光谷新增2家国家级科技企业孵化器", "高楼迷论坛 gaoloumi.cc（网友转帖，原发媒体与署名未注明）", "2016-04-06", "day",
  "Forum repost of a local news item, Hubei: two incubators in Wuhan's national high-tech zone (Optics Valley) named national-level — the zone's count of national incubators, the first incubator in China, each new incubator's sector, firms incubated and graduated, high-tech and gazelle firms cultivated",
  "http://gaoloumi.cc/forum.php?mod=viewthread&page=4&tid=2683397",
  "论坛帖（第4页楼层），日期取“发表于 2016-4-6 12:51:14”；原发媒体未注明，只能记论坛（SOURCES.md 注明：本集唯一一条转帖）。楼层标记“|”“显示全部楼层”与发表时间行已删；帖首行为标题，照录。正文四段，完整。园区：东湖高新区（文中又作“光谷”——alias；武汉，湖北）；华中师大科技园（“专业技术型科技企业孵化器”，kind 大学科技园/孵化器；“光谷两家孵化器”之一→parent 东湖高新区）；武汉光谷生物医药科技企业孵化器（“武汉国家生物产业基地打造的首个…专业孵化器”→parent 武汉国家生物产业基地，后者列可选园区，母园区东湖高新区由“光谷”语境推定）。公司：武汉华中师大科技园发展有限公司、武汉光谷生物医药孵化器管理有限公司（孵化器运营主体，获国家级认定）；武汉东湖新技术创业中心（1987年成立，我国第一家科技企业孵化器；园区按名称推定东湖高新区，可选）。事实：光谷国家级孵化器13家（迄今）、此前11家、另14家纳入管理体系（可选）；生物医药孵化器累计入驻77家、毕业16家；华中师大科技园在孵69家、累计毕业21家、近3年培育高企10家、瞪羚4家（可选）。人才计划人数不计。",
  "qz03"),
 parks=[
  park(DH, "武汉", "湖北", "国家高新区", C1, aliases=["光谷"], note="文中又作“光谷”"),
  park(HS, "武汉", "湖北", "大学科技园（科技企业孵化器）", "华中师大科技园是以数字内容、数字教育、数字出版、创意设计、书画艺术为产业特色的专业技术型科技企业孵化器",
       parent=DH, note="运营主体武汉华中师大科技园发展有限公司；母园区由“光谷两家孵化器”推定"),
  park(SW, "武汉", "湖北", "科技企业孵化器（生物医药）", "武汉光谷生物医药科技企业孵化器,是武汉国家生物产业基地打造的首个专注于生物医药及健康产业的专业孵化器",
       parent="武汉国家生物产业基地", note="运营主体武汉光谷生物医药孵化器管理有限公司"),
  park("武汉国家生物产业基地", "武汉", "湖北", "生物产业基地", "武汉光谷生物医药科技企业孵化器,是武汉国家生物产业基地打造的首个专注于生物医药及健康产业的专业孵化器",
       parent=DH, opt=True, note="即光谷生物城；文中只作此名；母园区由语境推定"),
 ],
 companies=[
  comp("武汉华中师大科技园发展有限公司", HS, C0, kind="incubator", note="2015年度国家级科技企业孵化器"),
  comp("武汉光谷生物医药孵化器管理有限公司", SW, C0, kind="incubator", note="2015年度国家级科技企业孵化器"),
  comp("武汉东湖新技术创业中心", DH, "1987年,武汉东湖新技术创业中心成立,这是我国第一家科技企业孵化器", kind="incubator", opt=True, note="园区按名称推定"),
 ],
 institutions=[
  inst("国家科技部", C0, note="公布2015年度国家级科技企业孵化器名单"),
 ],
 aggregate_facts=[
  fact(DH, "park", "national_incubators", 13, "count", "迄今,光谷国家级科技企业孵化器达13家", "2016年4月"),
  fact(DH, "park", "national_incubators", 11, "count", C1, "2015年度名单公布前", opt=True),
  fact(DH, "park", "incubators_in_national_system", 14, "count", C1, "2015年度名单公布前", opt=True),
  fact(SW, "park", "firms_incubated_cumulative", 77, "count", C2, "截至2015年12月", kind="cumulative"),
  fact(SW, "park", "firms_graduated_cumulative", 16, "count", C2, "截至2015年12月", kind="cumulative"),
  fact(HS, "park", "firms_in_incubation", 69, "count", C3, "2015年12月"),
  fact(HS, "park", "firms_graduated_cumulative", 21, "count", C3, "截至2015年12月", kind="cumulative"),
  fact(HS, "park", "high_tech_firms_cultivated", 10, "count", C4, "2013年至2015年（近3年）", kind="cumulative", opt=True),
  fact(HS, "park", "gazelle_firms_cultivated", 4, "count", C4, "2013年至2015年（近3年）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- qz04 郑州13家众创空间入选“国家队” (2017)
GX = "高新区"
D1 = "郑州市13个众创空间中,高新区有5个,金水区有3个"
D2 = "郑州市上榜名单为台科创酷空间(航空港实验区)、聚方众创空间(金水区)、中原智谷(荥阳)、杨金高科众创空间(金水区)、3U双创众创空间(郑东新区)、郑州大学大学科技园众创空间(高新区)、北软TITA众创空间(高新区)、融易众创空间(高新区)、Yes!众创空间(金水区)、爱创海汇众创空间(郑东新区)、第四象限众创空间(经开区)、科斗创客空间(高新区)、郑州大学产业技术研究院众创空间(高新区)"
D3 = "河南省共有24个众创空间上榜,排在首位的是郑州航空港实验区的台科创酷空间(郑州台科创业孵化器有限公司)"
AS4 = "2017年度（国家备案）"
G["qz04"] = dict(
 article=art("郑州13家众创空间入选“国家队”", "zhengzhoucity.gov.cn（“fx”栏；原发媒体与署名存段未注明，文中有“记者”）", "2017-12-28", "day",
  "City site, Henan: the 2017 national list of registered maker spaces — the province's and the city's counts, the high-tech zone's share, and the thirteen named Zhengzhou maker spaces with their zones or districts",
  "http://zhengzhoucity.gov.cn/fx/20171228/2660.html",
  "日期取网址 20171228（存段无日期行）。标题照录；标题后单独一行“众创空间”（图片说明/标签）已删（inner_drop）。正文四段，完整。园区：文中“高新区”即郑州高新技术产业开发区，名称照录为“高新区”（郑州，河南），不补全称；郑州航空港实验区（文中又作“航空港实验区”）；郑东新区、经开区列可选园区；金水区、荥阳为行政区/县级市，不列园区；郑州大学大学科技园只出现在“郑州大学大学科技园众创空间(高新区)”中，列可选园区（parent 高新区）。公司（kind maker_space）：13个众创空间按括注归属——高新区5个（郑州大学大学科技园众创空间、北软TITA众创空间、融易众创空间、科斗创客空间、郑州大学产业技术研究院众创空间），台科创酷空间在郑州航空港实验区（运营主体郑州台科创业孵化器有限公司，另列），3U双创、爱创海汇在郑东新区，第四象限在经开区；金水区3个与中原智谷(荥阳) park null。事实：全国639家（可选）、河南24个、郑州13个、高新区5个、金水区3个（可选）。",
  "qz04"),
 parks=[
  park(GX, "郑州", "河南", "高新区", D1, note="即郑州高新技术产业开发区；文中只作“高新区”"),
  park("郑州航空港实验区", "郑州", "河南", "实验区", D3, aliases=["航空港实验区"]),
  park("郑东新区", "郑州", "河南", "新区", D2, opt=True),
  park("经开区", "郑州", "河南", "经济技术开发区", D2, opt=True, note="即郑州经开区；文中只作“经开区”"),
  park("郑州大学大学科技园", "郑州", "河南", "大学科技园", D2, parent=GX, opt=True, note="只在众创空间名称中"),
 ],
 companies=[
  comp("郑州大学大学科技园众创空间", GX, D2, kind="maker_space"),
  comp("北软TITA众创空间", GX, D2, kind="maker_space"),
  comp("融易众创空间", GX, D2, kind="maker_space"),
  comp("科斗创客空间", GX, D2, kind="maker_space"),
  comp("郑州大学产业技术研究院众创空间", GX, D2, kind="maker_space"),
  comp("台科创酷空间", "郑州航空港实验区", D3, kind="maker_space", note="全省排名首位"),
  comp("郑州台科创业孵化器有限公司", "郑州航空港实验区", D3, kind="incubator", opt=True, note="台科创酷空间运营主体"),
  comp("3U双创众创空间", "郑东新区", D2, kind="maker_space"),
  comp("爱创海汇众创空间", "郑东新区", D2, kind="maker_space"),
  comp("第四象限众创空间", "经开区", D2, kind="maker_space"),
  comp("聚方众创空间", None, D2, kind="maker_space", note="金水区"),
  comp("杨金高科众创空间", None, D2, kind="maker_space", note="金水区"),
  comp("Yes!众创空间", None, D2, kind="maker_space", note="金水区"),
  comp("中原智谷", None, D2, kind="maker_space", note="荥阳"),
 ],
 institutions=[
  inst("科学技术部", "近日,科学技术部公布了2017年度国家备案众创空间,我省上榜众创空间为24个,其中郑州市达到了13个"),
 ],
 aggregate_facts=[
  fact("全国", "region", "national_maker_spaces_registered", 639, "count", "科技部确定639家众创空间为国家备案众创空间", AS4, opt=True),
  fact("河南省", "region", "national_maker_spaces_registered", 24, "count", "我省上榜众创空间为24个", AS4),
  fact("郑州市", "region", "national_maker_spaces_registered", 13, "count", "我省上榜众创空间为24个,其中郑州市达到了13个", AS4),
  fact(GX, "park", "national_maker_spaces_registered", 5, "count", D1, AS4),
  fact("金水区", "region", "national_maker_spaces_registered", 3, "count", D1, AS4, opt=True),
 ])

# ---------------------------------------------------------------- qz05 厦门新增1家国家级科技企业孵化器 (fjzimaoqu 2018)
LS = "海峡两岸龙山文化创意产业园"
LC = "厦门市龙山文化创意产业有限公司"
E1 = "园区共投资约5亿元,改造厂房21幢,面积近19万平方米,完成改造面积占园区总面积的40%,入驻企业590多家,园区累计产值约百亿元,就业人数4000多名"
E2 = "截至目前,除龙山文创公司外,厦门市国家级科技企业孵化器分别还有厦门高新技术创业中心有限公司、厦门软件产业投资发展有限公司、厦门海峡科技创业促进有限公司和厦门海沧生物科技发展有限公司"
E3 = "厦门市龙山文化创意产业有限公司入选国家级科技企业孵化器,厦门市3W空间、海峡两岸智能机器人孵化空间等19家众创空间入选国家备案众创空间"
AS5 = "2018年1月"
G["qz05"] = dict(
 article=art("厦门新增1家国家级科技企业孵化器 目前共19家", "fjzimaoqu.cn（福建自贸区网“新闻中心”栏；原发媒体与署名存段未注明）", "2018-01-09", "day",
  "Regional news site, Fujian: Xiamen's 2017 additions to the national incubator and maker-space lists — the new national incubator's operator and its cultural-creative park (investment, buildings, area, firms, cumulative output, jobs), the city's five national incubators by name, its national maker spaces",
  "http://fjzimaoqu.cn/xwzx/201801/09/1378087.shtml",
  "日期取网址 201801/09（存段无日期行）。存段首行“福建出台21条政策 奖励真抓实干成效明显地区”为另一条新闻标题（页面导航），已删；标题照录（“目前共19家”原文如此）。小标题两行照录为段。存段末段“2017年新增备案的19家国家级众创空间总面积5.46万平方米…开展创新创业活”在句中中断，整段删去；正文截至“…备案的国家级众创空间共33家。”，共七段。园区：海峡两岸龙山文化创意产业园（厦门，福建；由龙山文创公司运营，kind 文化创意产业园；文中未说属哪个开发区/高新区）。公司：厦门市龙山文化创意产业有限公司（alias 龙山文创公司；2017年度国家级孵化器；在其运营的园区）；另四家国家级孵化器运营主体（厦门高新技术创业中心有限公司等）park null（文中未说所在园区）；厦门市3W空间、海峡两岸智能机器人孵化空间（众创空间）park null。事实：园区投资约5亿元（cumulative）、改造厂房21幢、面积近19万平方米、改造面积占40%、入驻企业590多家、累计产值约百亿元、就业4000多名；厦门市国家级孵化器5家、国家备案众创空间33家（新增19家）；科技部此次认定125家（可选）。",
  "qz05"),
 parks=[
  park(LS, "厦门", "福建", "文化创意产业园", "公司所运营的海峡两岸龙山文化创意产业园位于厦门岛几何中心,经过多年改造,已形成老旧厂房改造转型的“龙山模式”",
       note="由厦门市龙山文化创意产业有限公司运营；国家级科技企业孵化器（2017年度）"),
 ],
 companies=[
  comp(LC, LS, E3, kind="incubator", aliases=["龙山文创公司"], note="2017年度国家级科技企业孵化器；成立于2013年1月；福建省首个以文创设计为主的科技企业孵化器"),
  comp("厦门高新技术创业中心有限公司", None, E2, kind="incubator", note="国家级科技企业孵化器；所在园区文中未说"),
  comp("厦门软件产业投资发展有限公司", None, E2, kind="incubator", note="同上"),
  comp("厦门海峡科技创业促进有限公司", None, E2, kind="incubator", note="同上"),
  comp("厦门海沧生物科技发展有限公司", None, E2, kind="incubator", note="同上"),
  comp("厦门市3W空间", None, E3, kind="maker_space", note="2017年国家备案众创空间"),
  comp("海峡两岸智能机器人孵化空间", None, E3, kind="maker_space", note="同上"),
 ],
 institutions=[
  inst("科技部", "近日,科技部公布了2017年度国家级科技企业孵化器的名单及2017年国家备案众创空间名单"),
 ],
 aggregate_facts=[
  fact(LS, "park", "investment_cny", 5e8, "cny", "园区共投资约5亿元", AS5, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(LS, "park", "buildings_renovated", 21, "count", E1, AS5, opt=True),
  fact(LS, "park", "floor_area_m2", 1.9e5, "m2", E1, AS5, qual="约", qtext="近", opt=True),
  fact(LS, "park", "renovated_area_share", 0.40, "ratio", E1, AS5, kind="ratio", opt=True),
  fact(LS, "park", "firms", 590, "count", E1, AS5, qual="余", qtext="多"),
  fact(LS, "park", "output_cny", 1e10, "cny", "园区累计产值约百亿元", AS5, kind="cumulative", qual="约", qtext="约"),
  fact(LS, "park", "employees", 4000, "count", E1, AS5, qual="余", qtext="多"),
  fact("全国", "region", "national_incubators_recognized", 125, "count", "据悉,科技部此次认定国家级科技企业孵化器125家", "2017年度", opt=True),
  fact("厦门市", "region", "national_incubators", 5, "count", "至此,厦门市国家级科技企业孵化器达到5家", AS5),
  fact("厦门市", "region", "national_maker_spaces_registered", 19, "count", E3, "2017年（新增）"),
  fact("厦门市", "region", "national_maker_spaces_registered", 33, "count", "截至目前,厦门市备案的国家级众创空间共33家", AS5, kind="cumulative"),
 ])

# ---------------------------------------------------------------- qz06 长三角大学科技园联盟在沪成立 (今日闵行 / 中国新闻网 2021)
SJ = "上海交通大学国家大学科技园"
F1 = "上海交通大学科技园、华东师范大学科技园、华中科技大学科技园、中山大学科技园……全国近70家国家大学科技园相关负责人齐聚此次研讨会"
F2 = "中国大学科技园新时期高质量发展研讨会由科技部、教育部指导,中国大学科技园联盟、闵行区人民政府联合主办,上海国家大学科技园联盟、上海交通大学国家大学科技园共同承办"
G["qz06"] = dict(
 article=art("长三角大学科技园联盟在沪成立!推动大学科技园高质量发展", "上海人才网 sh-italent.cn（报送来源:今日闵行,中国新闻网）", "2021-07-29", "day",
  "City talent portal relaying a district outlet and China News Service, Shanghai: a science-and-innovation building opens in Minhang and hosts a national conference on university science parks — organisers, named university science parks, officials' remarks on their role",
  "http://www.sh-italent.cn/Article/202107/202107300005.shtml",
  "日期取页面“发布时间:2021-07-29”（该行与“报送来源”已删，来源记入 outlet）。标题照录；小标题“长三角大学科技园联盟——助力大学科技园高质量发展”照录为段。存段末段“大学科技园的发展离不开当地政”在句中中断，整段删去；正文截至“…恰逢其时。”，共七段。园区：上海交通大学国家大学科技园（承办方；alias “上海交通大学科技园”——同园两种写法，推定；上海）；华东师范大学科技园、华中科技大学科技园、中山大学科技园（与会国家大学科技园，城市文中未说，记 null）；大零号湾科创大厦（“闵行南部科创新地标”，启用；可选，kind 科创载体，上海闵行区）。本文无企业、无项目、无园区数据；“全国近70家国家大学科技园相关负责人”为与会人数，不作园区事实。机构：科技部、教育部、中国大学科技园联盟、闵行区人民政府、上海国家大学科技园联盟、上海市科学技术委员会、长三角大学科技园联盟（标题）均列可选机构；人名不列。",
  "qz06"),
 parks=[
  park(SJ, "上海", "上海", "国家大学科技园", F2, aliases=["上海交通大学科技园"], note="与会名单作“上海交通大学科技园”，推定同一园区"),
  park("华东师范大学科技园", None, None, "国家大学科技园", F1, note="与会；城市文中未说"),
  park("华中科技大学科技园", None, None, "国家大学科技园", F1, note="与会；城市文中未说"),
  park("中山大学科技园", None, None, "国家大学科技园", F1, note="与会；城市文中未说"),
  park("大零号湾科创大厦", "上海", "上海", "科创载体（楼宇）", "7月29日,位于剑川路940号的大零号湾科创大厦正式启用", district="闵行区", opt=True, note="闵行南部科创新地标；2021年7月29日启用"),
 ],
 companies=[],
 institutions=[
  inst("中国大学科技园联盟", F2, kind="association"),
  inst("上海国家大学科技园联盟", F2, kind="association"),
  inst("长三角大学科技园联盟", "长三角大学科技园联盟——助力大学科技园高质量发展", kind="association", note="标题：在沪成立"),
  inst("闵行区人民政府", F2),
  inst("上海市科学技术委员会", "“大学科技园是世界各国和各地区推动高新技术发展、科技科学孵化、产学研合作的重要方式,也是我国科技创新的重要组成部分。”上海市科学技术委员会副主任陆敏表示"),
 ],
 aggregate_facts=[],
 )
