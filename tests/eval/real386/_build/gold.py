# real386 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects:
# the park is the one the text places the project in (a 集中开工 held by a zone places its projects in that zone). Status from
# the text's words (集中开工 / 开工 → 开工). “本年度计划投资” and next-year plans are kind target; “初步预计” half-year figures are
# kind target with “（初步预计）” in as_of (as real52 kinded “预计”); “今年以来” counts are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/nuNN.raw as returned.

# ---------------------------------------------------------------- nu01 经开区 79个重大项目集中开工 (郑州晚报 2016)
JK = "郑州经济技术开发区"
A0 = "3月26日上午,郑州经济技术开发区隆重举行2016年一季度重大项目集中开工暨郑州国际陆港进口汽车口岸开工仪式"
A1 = "这次开工项目共79个,累计投资221亿元"
A2 = "其中郑州宇通客车股份有限公司国家电动客车电控与安全工程技术研究中心等汽车及装备提升工程6个,总投资32.5亿元"
A3 = "河南中耀实业有限公司信息国际广场项目等创业创新载体建设工程4个,总投资12.5亿元"
A4 = "河南中原创新物流有限公司一川创新物流园项目等现代物流枢纽工程9个,总投资26.7亿元"
A5 = "郑州国际陆港汽车口岸项目等开放平台跨越工程2个,总投资51.6亿元"
A6 = "绿地集团海域澜庭项目等商品住宅开发工程3个,总投资58.6亿元"
AS1 = "2016-03-26"
G["nu01"] = dict(
 article=art("经开区重点项目集中开工备受瞩目", "郑州晚报（经开时报版 C03，记者 王赛华 李佳露，通讯员 付文龙），载于 zzwb.zynews.cn", "2016-04-01", "day",
  "City evening paper's zone page, Henan: a national economic and technological development zone's first-quarter groundbreaking of 79 projects — total investment, named lead projects and firms by category with category totals",
  "https://zzwb.zynews.cn/html/2016-04/01/content_728011.htm",
  "日期取网址 2016-04/01（报纸版面日期）；开工仪式在3月26日。标题照录（版面引题“宇通客车、郑州国际陆港汽车口岸、一川创新物流园、滨河国际新城等”与副题“79个重大项目,累计投资221亿元”在存段中重复出现，与版面导航、图片说明“郑州国际陆港汽车口岸鸟瞰效果图”“出口加工区大楼”一并删去）；署名行“记者 王赛华 李佳露”“通讯员 付文龙 文/图”删去。存段在下一小标题“突出重点,着力打造”处中断，该残行删去，正文截至“…可谓“全面撒网,多点开花!””，含两行小标题，共五段。园区：郑州经济技术开发区（文中又作“经开区”；郑州，河南）。项目：79个项目同日集中开工（开工）；有名称的五个：国家电动客车电控与安全工程技术研究中心（郑州宇通客车股份有限公司）、信息国际广场项目（河南中耀实业有限公司）、一川创新物流园项目（河南中原创新物流有限公司）、郑州国际陆港汽车口岸项目（首段作“郑州国际陆港进口汽车口岸”）、海域澜庭项目（绿地集团，住宅，可选）；各项金额只有类别合计（“…等…工程6个,总投资32.5亿元”），不作单项投资额，类别合计列为可选事实。标题中的“滨河国际新城”只在删去的引题中，不列。",
  "nu01"),
 parks=[
  park(JK, "郑州", "河南", "经济技术开发区", A0, aliases=["经开区"], note="文中又作“经开区”"),
 ],
 companies=[
  comp("郑州宇通客车股份有限公司", JK, A2),
  comp("河南中耀实业有限公司", JK, A3),
  comp("河南中原创新物流有限公司", JK, A4),
  comp("绿地集团", JK, A6, opt=True, note="住宅项目开发商"),
 ],
 projects=[
  proj("国家电动客车电控与安全工程技术研究中心", JK, A2, companies=["郑州宇通客车股份有限公司"], status="开工", status_text="集中开工",
       note="汽车及装备提升工程6个合计32.5亿元，单项金额未说"),
  proj("信息国际广场项目", JK, A3, companies=["河南中耀实业有限公司"], status="开工", status_text="集中开工", note="类别合计12.5亿元"),
  proj("一川创新物流园项目", JK, A4, companies=["河南中原创新物流有限公司"], status="开工", status_text="集中开工", note="类别合计26.7亿元"),
  proj("郑州国际陆港汽车口岸项目", JK, A5, aliases=["郑州国际陆港进口汽车口岸"], status="开工", status_text="开工仪式",
       note="开放平台跨越工程2个合计51.6亿元；首段作“郑州国际陆港进口汽车口岸开工仪式”"),
  proj("海域澜庭项目", JK, A6, companies=["绿地集团"], status="开工", status_text="集中开工", opt=True, note="商品住宅"),
 ],
 aggregate_facts=[
  fact(JK, "park", "projects_started", 79, "count", A1, AS1),
  fact(JK, "park", "projects_started_investment_cny", 2.21e10, "cny", A1, AS1, chk=True, note="“累计投资”指本批79个项目合计"),
  fact(JK, "park", "projects_started_auto_equipment_investment_cny", 3.25e9, "cny", "汽车及装备提升工程6个,总投资32.5亿元", AS1, opt=True, chk=True),
  fact(JK, "park", "projects_started_logistics_investment_cny", 2.67e9, "cny", "现代物流枢纽工程9个,总投资26.7亿元", AS1, opt=True, chk=True),
  fact(JK, "park", "projects_started_infrastructure", 32, "count", "基础设施配套工程32个,总投资6.9亿元", AS1, opt=True),
 ])

# ---------------------------------------------------------------- nu02 郑州航空港区去年生产手机2.58亿部 (2017)
HK = "郑州航空港经济综合实验区"
B0 = "2月23日,记者从郑州航空港经济综合实验区2017年工作会议上获悉,2016年该区手机总产量2.58亿部,增长27.5%"
B1 = "全年地区生产总值完成622.5亿元,增长13%"
B2 = "全区全年完成进出口总额2784.5亿元"
B3 = "新郑综保区三期封关运行,2016年完成进出口总值3161.2亿元,跃居全国第一"
B4 = "2016年,全区企业主营业务收入完成3300亿元,增长8%"
B5 = "该区305个重点项目完成投资550亿元,超额完成年度投资计划"
AS2 = "2016年"
G["nu02"] = dict(
 article=art("郑州航空港区去年生产手机2.58亿部", "hn.brandnet.com.cn（中国品牌网河南站“国内”栏）转载“本报讯(记者 杨凌)”，原发报纸未注明", "2017-02-24", "day",
  "Regional brand-news site relaying a newspaper item, Henan: an airport economy zone's 2016 figures from its annual work meeting — phone output, GDP, airport traffic, foreign trade, the bonded zone's trade, enterprise revenue, key-project investment",
  "http://hn.brandnet.com.cn/guonei/2017/0224/555.html",
  "日期取页面“来源:2017-02-24 14:02:03”与网址 2017/0224（原发报纸与日期未注明；会议在2月23日）。标题照录（存段中标题出现两次，第二次删去）。存段在末段“…建设加快推进;兴瑞大宗商品”处中断：自“菜鸟骨干网一期建成投用”起的未完句删去（make_txt.py LINE_SUFFIX），正文截至“…超额完成年度投资计划。”，共五段。园区：郑州航空港经济综合实验区（文中又作“郑州航空港区”“航空港实验区”“郑州航空港”；郑州，河南）；新郑综保区（综合保税区，三期封关运行；位于实验区内系推定，parent 记实验区）。郑州机场为机场，不作园区，其航线与吞吐量不记。无具名公司（苹果只作手机品牌）。事实均为2016年全年（reported）：手机产量2.58亿部、增长27.5%；其中苹果1.26亿部、其他1.32亿部（可选）；GDP 622.5亿元、增长13%；进出口总额2784.5亿元；新郑综保区进出口3161.2亿元；企业主营业务收入3300亿元、增长8%；305个重点项目完成投资550亿元。",
  "nu02"),
 parks=[
  park(HK, "郑州", "河南", "航空港经济综合实验区", B0, aliases=["郑州航空港区", "航空港实验区", "郑州航空港"],
       note="文中又作“郑州航空港区”“航空港实验区”“郑州航空港”"),
  park("新郑综保区", "郑州", "河南", "综合保税区", B3, parent=HK, note="新郑综合保税区；位于实验区内系推定"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(HK, "park", "phones_produced", 2.58e8, "units", B0, AS2),
  fact(HK, "park", "phones_produced_yoy_growth", 0.275, "ratio", B0, AS2, kind="ratio"),
  fact(HK, "park", "apple_phones_produced", 1.26e8, "units", "其中,苹果手机1.26亿部,下降9.7%", AS2, opt=True),
  fact(HK, "park", "other_phones_produced", 1.32e8, "units", "其他手机1.32亿部,增长1.1倍", AS2, opt=True),
  fact(HK, "park", "gdp_cny", 6.225e10, "cny", B1, AS2, chk=True),
  fact(HK, "park", "gdp_yoy_growth", 0.13, "ratio", B1, AS2, kind="ratio"),
  fact(HK, "park", "imports_exports_cny", 2.7845e11, "cny", B2, AS2, chk=True),
  fact("新郑综保区", "park", "imports_exports_cny", 3.1612e11, "cny", B3, AS2, chk=True),
  fact(HK, "park", "enterprise_revenue_cny", 3.3e11, "cny", B4, AS2, chk=True, note="企业主营业务收入"),
  fact(HK, "park", "enterprise_revenue_yoy_growth", 0.08, "ratio", B4, AS2, kind="ratio"),
  fact(HK, "park", "key_projects", 305, "count", B5, AS2),
  fact(HK, "park", "key_projects_investment_completed_cny", 5.5e10, "cny", B5, AS2, chk=True),
 ])

# ---------------------------------------------------------------- nu03 郑州高新区12个重点项目集中开工 (郑州晚报 via 中原网 2017)
GX = "郑州高新区"
C0 = "本报讯 郑州高新区近日举行第四批12个重点项目集中开工仪式,总投资38.8亿元,本年度计划投资10.6亿元"
C1 = "其中产业项目11个,总投资23.4亿元,年度计划投资7.6亿元;安置房项目1个,总投资15.4亿元,年度计划投资3亿元"
C2 = "三次项目集中开工活动共计开工项目66个,总投资470.4亿元,年度计划投资230.9亿元"
AS3 = "2017年10月"
G["nu03"] = dict(
 article=art("郑州高新区12个重点项目集中开工 总投资38.8亿元", "郑州晚报（记者 孙庆辉，通讯员 赵翔宇），载于 finance.zynews.cn（中原网·财经频道“北辛要闻”）", "2017-10-18", "day",
  "City portal's finance channel relaying an evening-paper item, Henan: a national high-tech zone's fourth batch of key projects started — count, total and planned investment, industrial vs. resettlement split, the year's cumulative starts",
  "http://finance.zynews.cn/news/beixinyaowen/2017-10-18/60388.html",
  "日期取页面“2017-10-18 09:51:57来源:郑州晚报”。标题照录；“字号”、上一篇/下一篇链接删去；站点水印“Zxf中原财经_中原网·财经频道”粘在每段末，删去（make_txt.py WATERMARK，五处）。正文完整，署名行作末段，共五段。园区：郑州高新区（文中又作“高新区”；郑州，河南）；“郑洛新国家自主创新示范区郑州片区核心区”——高新区为其核心区，示范区列可选园区。无具名项目与公司（只有类别：科创中心、大数据创新中心、轨道交通、智能制造、安置房）。事实：本批12个项目、总投资38.8亿元（开工）；本年度计划投资10.6亿元（target，可选）；产业项目11个23.4亿元、安置房1个15.4亿元（可选）；今年三次集中开工共66个、470.4亿元（cumulative），年度计划230.9亿元（target，可选）。",
  "nu03"),
 parks=[
  park(GX, "郑州", "河南", "高新技术产业开发区", C0, aliases=[], note="文中又作“高新区”"),
  park("郑洛新国家自主创新示范区", None, "河南", "国家自主创新示范区", "以项目带动郑洛新国家自主创新示范区郑州片区核心区建设", opt=True,
       note="高新区为其郑州片区核心区；跨郑州、洛阳、新乡"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(GX, "park", "projects_started", 12, "count", C0, AS3),
  fact(GX, "park", "projects_started_investment_cny", 3.88e9, "cny", C0, AS3, chk=True),
  fact(GX, "park", "projects_started_planned_annual_investment_cny", 1.06e9, "cny", "本年度计划投资10.6亿元", "2017年（计划）", kind="target", opt=True, chk=True),
  fact(GX, "park", "industrial_projects_started", 11, "count", C1, AS3, opt=True),
  fact(GX, "park", "industrial_projects_started_investment_cny", 2.34e9, "cny", "其中产业项目11个,总投资23.4亿元", AS3, opt=True, chk=True),
  fact(GX, "park", "resettlement_housing_investment_cny", 1.54e9, "cny", "安置房项目1个,总投资15.4亿元", AS3, opt=True, chk=True),
  fact(GX, "park", "projects_started", 66, "count", C2, "2017年1月至10月", kind="cumulative", note="今年三次集中开工合计"),
  fact(GX, "park", "projects_started_investment_cny", 4.704e10, "cny", "三次项目集中开工活动共计开工项目66个,总投资470.4亿元", "2017年1月至10月", kind="cumulative", chk=True),
  fact(GX, "park", "projects_started_planned_annual_investment_cny", 2.309e10, "cny", "年度计划投资230.9亿元", "2017年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nu04 平顶山考察团 in 郑州航空港实验区 (郑州晚报 2017)
HG = "郑州航空港实验区"
ZD = "智能终端(手机)产业园"
LK = "郑州临空生物医药园"
D0 = "本报讯 12月19日,平顶山市党政考察团来到郑州航空港实验区,对智能终端(手机)产业园、郑州临空生物医药园等进行考察"
D1 = "工作人员说,这种手机由河南首弘电子科技有限公司生产,产地就在航空港实验区,目前已上市销售"
D2 = "随后,考察团来到产业园内的河南省硕威科技有限公司手机生产线,对生产流程等参观了解"
G["nu04"] = dict(
 article=art("（无标题）平顶山市党政考察团考察郑州航空港实验区智能终端(手机)产业园、郑州临空生物医药园", "郑州晚报（郑报融媒记者 王军方/文 白韬/图），载于 zzwb.zynews.cn", "2017-12-22", "day",
  "City evening paper, Henan: another city's delegation tours an airport economy zone — its smartphone industrial park with two named phone makers, its bio-medicine park and the bonded zone",
  "https://zzwb.zynews.cn/html/2017-12/22/content_916257.htm",
  "日期取网址 2017-12/22（报纸版面日期）；考察在12月19日。存段无标题（title 为编者概括）。正文完整，署名行作末段，共七段。园区：郑州航空港实验区（文中又作“航空港实验区”；郑州，河南）；智能终端(手机)产业园（文中又作“产业园”“该产业园”）、郑州临空生物医药园（文中又作“生物医药产业园”）——均在实验区内；郑州综合保税区（只作考察点“海关行政审批大厅”，可选）。公司：河南首弘电子科技有限公司（投影手机，“产地就在航空港实验区”；在智能终端产业园展示，园区记实验区）；河南省硕威科技有限公司（“产业园内的”→智能终端(手机)产业园）。无项目、金额与数字事实。",
  "nu04"),
 parks=[
  park(HG, "郑州", "河南", "航空港经济综合实验区", D0, aliases=["航空港实验区"], note="即郑州航空港经济综合实验区"),
  park(ZD, "郑州", "河南", "产业园（智能终端）", D0, parent=HG, note="文中又作“产业园”"),
  park(LK, "郑州", "河南", "产业园（生物医药）", D0, parent=HG, aliases=[], note="文中又作“生物医药产业园”"),
  park("郑州综合保税区", "郑州", "河南", "综合保税区", "最后,考察团来到郑州综合保税区海关行政审批大厅,了解检验检疫情况", parent=HG, opt=True,
       note="只作考察点；位于实验区内系推定"),
 ],
 companies=[
  comp("河南首弘电子科技有限公司", HG, D1, note="投影手机生产商；“产地就在航空港实验区”，在智能终端(手机)产业园展示"),
  comp("河南省硕威科技有限公司", ZD, D2, note="“产业园内的”手机生产线"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- nu05 郑东新区35个重点项目集中开工 (映象网 2018)
ZDX = "郑东新区"
E0 = "2月1日上午,郑东新区举行2018年第一批重点项目集中开工仪式,总投资约351亿元的35个项目集中开工,2018计划完成投资121亿元"
E1 = "本次开工的项目位于龙湖金融岛、龙子湖智慧岛、高铁站西广场、白沙园区等四个区域"
E2 = "其中省市重点项目8个,分别是郑东新区龙湖金融岛外环打捆项目(12个)、新田印象商业中心项目、郑东新区市民体育公园及地下空间人防工程、郑州清华大学附属中学郑东学校项目、郑东新区外籍子女学校建设项目、康庄路小学、凤阳中学、永昌路小学"
E3 = "郑东新区区本级项目10个,分别是中州大厦项目、郑东商业中心(A区)项目、河南赛思口腔医院、豫兴大道跨贾鲁河桥、卫民路跨贾鲁河桥、平安大道跨贾鲁河桥、康庄路跨贾鲁河桥、工贸路跨贾鲁河桥、瑞佳路跨贾鲁河桥、唐庄路跨贾鲁河桥"
E4 = "另外,还有其他社会类项目6个,分别为中建七号院、正弘龙湖九号、康桥玖玺天樾、融创美盛芳园、融创美盛宏园、郑东华府(二期)"
E5 = "其中,备受社会关注的龙湖金融岛外环打捆项目位于北三环与中州大道交汇处东北角的龙湖岛,总投资144亿元,2018年计划投资50亿元"
AS5 = "2018-02-01"
def _p5(name, ev, opt=False, note=None, **kw):
    return proj(name, ZDX, ev, status="开工", status_text="集中开工", opt=opt, note=note, **kw)
G["nu05"] = dict(
 article=art("郑东新区今年首批35个重点项目集中开工 总投资351亿元", "映象网（河南广播电视台，记者 阮海峰 文/图），hnr.cn", "2018-02-01", "day",
  "Provincial broadcaster's news site, Henan: a new district's first 2018 batch of 35 key projects started — total and planned investment, the four areas they lie in, named provincial/municipal, district-level and other projects, the financial island's outer-ring bundle with its investment",
  "http://hnr.cn/broadcast/fm1056/xwzx/201802/t20180202_3065158.html",
  "日期取页面“2018年02月01日 14:49 来源:映象网”。标题照录；导航、日期来源行与图片说明“集中开工仪式现场”（四处）删去。存段在末段“…是郑东新区持续聚焦两个国际化,实现建设国家区域性现代金融中心目标的”处中断，该残句删去（make_txt.py LINE_SUFFIX），正文截至“…高档公寓及超五星酒店等。”，共三段。园区：郑东新区（郑州，河南；国家级新区以外的市属开发区域，kind 记“新区”）；区内“龙湖金融岛、龙子湖智慧岛、高铁站西广场、白沙园区”四个区域——白沙园区列园区，龙湖金融岛、龙子湖智慧岛列可选园区（parent 郑东新区），高铁站西广场不列。项目：35个同日集中开工（开工），park 一律记郑东新区（文中未逐项说明所在区域；龙湖金融岛外环打捆项目“位于…龙湖岛”，仍记郑东新区，note 注明）。具名项目：省市重点8个、区本级10个、其他社会类6个；商业、医疗、文体与学校项目列为必选，七座跨贾鲁河桥与三所中小学、六个住宅项目列为可选。只有龙湖金融岛外环打捆项目有金额：总投资144亿元（2018年计划50亿元）。事实：35个、约351亿元（约）；2018计划完成投资121亿元（target，可选）；省市重点8个、区本级10个、其他社会类6个（可选）。",
  "nu05"),
 parks=[
  park(ZDX, "郑州", "河南", "新区", E0, note="郑州郑东新区"),
  park("白沙园区", "郑州", "河南", "园区", E1, parent=ZDX),
  park("龙湖金融岛", "郑州", "河南", "金融集聚区", E1, parent=ZDX, opt=True, note="文中又作“龙湖岛”"),
  park("龙子湖智慧岛", "郑州", "河南", "产业集聚区（智慧岛）", E1, parent=ZDX, opt=True),
 ],
 companies=[
  comp("中建", ZDX, E4, opt=True, note="只在住宅项目名“中建七号院”中"),
 ],
 projects=[
  _p5("郑东新区龙湖金融岛外环打捆项目", E5, aliases=["龙湖金融岛外环打捆项目"], inv="总投资144亿元",
      note="含12个子项目、12栋建筑；位于龙湖岛（龙湖金融岛）；2018年计划投资50亿元"),
  _p5("新田印象商业中心项目", E2),
  _p5("郑东新区市民体育公园及地下空间人防工程", E2),
  _p5("郑州清华大学附属中学郑东学校项目", E2),
  _p5("郑东新区外籍子女学校建设项目", E2),
  _p5("康庄路小学", E2, opt=True),
  _p5("凤阳中学", E2, opt=True),
  _p5("永昌路小学", E2, opt=True),
  _p5("中州大厦项目", E3),
  _p5("郑东商业中心(A区)项目", E3),
  _p5("河南赛思口腔医院", E3),
 ] + [_p5(b, E3, opt=True, note="桥梁") for b in ("豫兴大道跨贾鲁河桥", "卫民路跨贾鲁河桥", "平安大道跨贾鲁河桥", "康庄路跨贾鲁河桥",
                                              "工贸路跨贾鲁河桥", "瑞佳路跨贾鲁河桥", "唐庄路跨贾鲁河桥")]
   + [_p5(h, E4, opt=True, note="住宅") for h in ("中建七号院", "正弘龙湖九号", "康桥玖玺天樾", "融创美盛芳园", "融创美盛宏园", "郑东华府(二期)")],
 aggregate_facts=[
  fact(ZDX, "park", "projects_started", 35, "count", E0, AS5),
  fact(ZDX, "park", "projects_started_investment_cny", 3.51e10, "cny", E0, AS5, qual="约", qtext="约", chk=True),
  fact(ZDX, "park", "projects_started_planned_annual_investment_cny", 1.21e10, "cny", "2018计划完成投资121亿元", "2018年（计划）", kind="target", opt=True, chk=True),
  fact(ZDX, "park", "provincial_municipal_key_projects_started", 8, "count", E2, AS5, opt=True),
  fact(ZDX, "park", "district_level_projects_started", 10, "count", E3, AS5, opt=True),
  fact(ZDX, "park", "other_social_projects_started", 6, "count", E4, AS5, opt=True),
 ])

# ---------------------------------------------------------------- nu06 郑州开发区 上半年 (te-ch relay 2020)
KF = "郑州开发区"
F0 = "初步预计,上半年,地区生产总值完成490亿元,略高于去年"
F1 = "规上工业增加值完成252.7亿元,同比增长1.4%"
F2 = "固定资产投资完成193.3亿元,同比增长13.7%"
F3 = "财政总收入完成154.4亿元,同比增长5.3%"
F4 = "全年谋划实施项目515个,总投资2788亿元,年度固定资产入库目标482亿元"
F5 = "其中,计划新开工项目314个,竣工项目223个,续建项目184个"
AS6 = "2020年上半年（初步预计）"
AY6 = "2020年全年（计划）"
G["nu06"] = dict(
 article=art("郑州开发区主要经济指标全部实现由负转正 经济运行稳中向好", "te-ch.tech（园区资讯转载；署“2020-07-13 郑州开发区”，原发者为郑州经开区方面，署名未示）", "2020-07-13", "day",
  "Park-news site relaying a zone's own item, Henan: an economic and technological development zone's first half of 2020 after the epidemic — preliminary GDP, industrial value added, fixed investment, retail, fiscal revenue, and the year's project plan by stage",
  "http://te-ch.tech/news/show-61073.html",
  "日期取页面“2020-07-13 郑州开发区”。标题照录；站点标语、标签行、浏览数“39”与“核心提示:…”摘要行（正文首句的截短重复）删去。存段止于“…续建项目184个。”（段末完句；原文当有下文），共六段，含小标题“数字看成绩”“项目建设夯实高质量发展基础”两行。园区：标题作“郑州开发区”，正文作“经开区”，即郑州经济技术开发区（郑州，河南）；名称照录标题形式，“经开区”为别名。事实：上半年数字前有“初步预计”，按 real52 对“预计”的处理记 target，as_of 注“（初步预计）”；GDP 490亿元；规上工业增加值252.7亿元、增长1.4%；固定资产投资193.3亿元、增长13.7%；社会消费品零售额230.3亿元（可选）；财政总收入154.4亿元、增长5.3%；公共财政预算收入53.6亿元（可选）。全年计划：谋划实施项目515个、总投资2788亿元、入库目标482亿元（可选），计划新开工314个、竣工223个、续建184个（target）。“河南省产业集聚区高质量发展考核评价”中名列前茅，不计。无具名项目与公司。",
  "nu06"),
 parks=[
  park(KF, "郑州", "河南", "经济技术开发区", "经开区上半年在全区上下共抗疫情的同时", aliases=["经开区"], note="标题作“郑州开发区”，即郑州经济技术开发区；正文作“经开区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(KF, "park", "gdp_cny", 4.9e10, "cny", F0, AS6, kind="target", chk=True),
  fact(KF, "park", "industrial_value_added_cny", 2.527e10, "cny", F1, AS6, kind="target", chk=True, note="规上工业增加值"),
  fact(KF, "park", "industrial_value_added_yoy_growth", 0.014, "ratio", F1, AS6, kind="ratio"),
  fact(KF, "park", "fixed_asset_investment_cny", 1.933e10, "cny", F2, AS6, kind="target", chk=True),
  fact(KF, "park", "fixed_asset_investment_yoy_growth", 0.137, "ratio", F2, AS6, kind="ratio"),
  fact(KF, "park", "retail_sales_cny", 2.303e10, "cny", "社会消费品零售额完成230.3亿元,同比增长3%", AS6, kind="target", opt=True, chk=True),
  fact(KF, "park", "fiscal_revenue_cny", 1.544e10, "cny", F3, AS6, kind="target", chk=True, note="财政总收入"),
  fact(KF, "park", "fiscal_revenue_yoy_growth", 0.053, "ratio", F3, AS6, kind="ratio"),
  fact(KF, "park", "public_budget_revenue_cny", 5.36e9, "cny", "公共财政预算收入完成53.6亿元,同比增长3%", AS6, kind="target", opt=True, chk=True),
  fact(KF, "park", "projects_planned", 515, "count", F4, AY6, kind="target"),
  fact(KF, "park", "projects_planned_investment_cny", 2.788e11, "cny", "全年谋划实施项目515个,总投资2788亿元", AY6, kind="target", chk=True),
  fact(KF, "park", "fixed_asset_entry_target_cny", 4.82e10, "cny", "年度固定资产入库目标482亿元", AY6, kind="target", opt=True, chk=True),
  fact(KF, "park", "projects_to_start", 314, "count", F5, AY6, kind="target"),
  fact(KF, "park", "projects_to_complete", 223, "count", F5, AY6, kind="target"),
  fact(KF, "park", "projects_continuing", 184, "count", F5, AY6, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nu07 经开区 4个项目 76亿元 (郑州晚报 via 河南热线 2022)
JK7 = "经开区"
H0 = "经开区本次集中开工项目4个,总投资76亿元,年度计划投资23.7亿元"
H1 = "包括:投资35亿元的中欧班列集结中心示范工程(二期)项目;投资22.5亿元的上汽集团智能网联汽车开发与产业化项目;投资15亿元的生物医药大健康产业园(一期)项目;投资3.5亿元的橙信仓储公司仓储分拨及配送项目"
H2 = "12月1日上午,经开区举行全市重大项目集中开工活动的分会场设在郑州橙信仓储服务有限公司仓储分拨及配送项目"
H3 = "经开区2023年初步谋划重大项目420个,总投资2700亿元,年度计划投资568亿元"
AS7 = "2022-12-01"
AY7 = "2023年（初步谋划）"
G["nu07"] = dict(
 article=art("总投资76亿元 经开区举行2022年度郑州市重大项目集中开工仪式", "郑州晚报（郑州客户端），载于 zhengzhou.henanrexian.cn（河南热线）；署名存段未示", "2022-12-01", "day",
  "Regional aggregator relaying a city evening paper's app item, Henan: a development zone's branch venue of the city's groundbreaking — four named projects with amounts, the zone's major-project plan for the next year",
  "http://zhengzhou.henanrexian.cn/zhengzhou/2022/1201/162034.html",
  "日期取页面“2022-12-01 18:48:56 来源: 郑州晚报 郑州客户端官方网站”。标题行前有聚合站加的“全球今热点:”，删去（make_txt.py HEAD_PREFIX）；导航、“关注河南热线”“(相关资料图)”删去。存段末段“下一步,经开区将坚定不移…为进”在句中中断（全段一句），整段删去，正文截至“…仓储分拨及配送项目。”，共两段。园区：经开区（全文只作“经开区”，郑州市重大项目分会场，即郑州经济技术开发区；郑州，河南）。项目（同日集中开工→开工，园区经开区）：中欧班列集结中心示范工程(二期)项目 35亿元；上汽集团智能网联汽车开发与产业化项目 22.5亿元；生物医药大健康产业园(一期)项目 15亿元；橙信仓储公司仓储分拨及配送项目 3.5亿元（首段作“郑州橙信仓储服务有限公司仓储分拨及配送项目”）。公司：郑州橙信仓储服务有限公司（在园）；上汽集团（只在项目名中，可选）。事实：本次4个、76亿元；年度计划23.7亿元（target，可选）；2023年初步谋划重大项目420个、2700亿元（target），年度计划568亿元与省市重点项目140个、1287亿元（可选）。",
  "nu07", title_note="页面标题前缀“全球今热点:”为聚合站所加，已删"),
 parks=[
  park(JK7, "郑州", "河南", "经济技术开发区", H0, note="即郑州经济技术开发区；全文只作“经开区”"),
 ],
 companies=[
  comp("郑州橙信仓储服务有限公司", JK7, H2, aliases=["橙信仓储公司"]),
  comp("上汽集团", JK7, H1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中欧班列集结中心示范工程(二期)项目", JK7, H1, inv="投资35亿元", phase="二期", status="开工", status_text="集中开工"),
  proj("上汽集团智能网联汽车开发与产业化项目", JK7, H1, companies=["上汽集团"], inv="投资22.5亿元", status="开工", status_text="集中开工"),
  proj("生物医药大健康产业园(一期)项目", JK7, H1, inv="投资15亿元", phase="一期", status="开工", status_text="集中开工",
       note="园区开发项目，不另列园区"),
  proj("橙信仓储公司仓储分拨及配送项目", JK7, H1, companies=["郑州橙信仓储服务有限公司"], inv="投资3.5亿元", status="开工", status_text="集中开工",
       aliases=["郑州橙信仓储服务有限公司仓储分拨及配送项目"], note="分会场所在项目"),
 ],
 aggregate_facts=[
  fact(JK7, "park", "projects_started", 4, "count", H0, AS7),
  fact(JK7, "park", "projects_started_investment_cny", 7.6e9, "cny", "经开区本次集中开工项目4个,总投资76亿元", AS7, chk=True),
  fact(JK7, "park", "projects_started_planned_annual_investment_cny", 2.37e9, "cny", "年度计划投资23.7亿元", "2023年（计划）", kind="target", opt=True, chk=True),
  fact(JK7, "park", "major_projects_planned", 420, "count", H3, AY7, kind="target"),
  fact(JK7, "park", "major_projects_planned_investment_cny", 2.7e11, "cny", "经开区2023年初步谋划重大项目420个,总投资2700亿元", AY7, kind="target", chk=True),
  fact(JK7, "park", "major_projects_planned_annual_investment_cny", 5.68e10, "cny", "年度计划投资568亿元", AY7, kind="target", opt=True, chk=True),
  fact(JK7, "park", "key_projects_planned", 140, "count", "其中:省、市重点项目140个,总投资1287亿元", AY7, kind="target", opt=True),
 ])
