# real225 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (tp06 in traditional script as published, the rest simplified); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects:
# the park is the one the text places the project in, null if none (a city or county is not a park). Status from the text's
# words (开工建设 → 开工; 建成通车 / 全线贯通 / 完成…改造 → 竣工; 投产 → 投产; 签约落地 → 签约; 主体封闭 / 完成主体建设 → 在建;
# 落位 / 引进 / 落户 alone → no status). “预计” / “到2015年” figures are kind target; year-to-date and multi-year totals
# (“前三个季度”, “近三年”, “累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/tpNN.raw as returned.

# ---------------------------------------------------------------- tp01 长春兴隆综合保税区 筹建 (sisi.shmtu 2010)
XL = "长春兴隆综合保税区"
A0 = "10月12日,中国海关总署、商务部、国家发改委、国家税务总局、国家外汇局等5部委相关同志来长,正式调研长春兴隆综合保税区筹建情况"
A1 = "保税区选址在经开区北区兴隆山镇境内,距离长春龙嘉国际机场仅10公里,规划面积4.89平方公里,今年年底有望获得国家批准"
G["tp01"] = dict(
 article=art("（无标题）五部委调研长春兴隆综合保税区筹建情况", "sisi.shmtu.edu.cn（上海海事大学站点转载；原发媒体与署名未注明——“来长”“记者了解到”表明原稿出自长春本地媒体）", "2010-10-13", "day",
  "University site relaying a 长春 local news item, Jilin: five national ministries inspect the preparation of a comprehensive bonded zone — its site in the economic development zone's north area, distance to the airport, planned area, expected approval, and why it matters for 长吉图",
  "https://sisi.shmtu.edu.cn/2010/1013/c8851a118399/page.htm",
  "日期取网址 /2010/1013/（文中“10月12日”为调研日）。存段无标题、无日期行（title 为编者概括）。存段在末行“…区位优越。长”处中断，残字“长”已删（make_txt.py LINE_SUFFIX），正文截至“…基础优势在于区位优越。”。版面标签“关键词”“战略意义”“基础优势”与小标题照录为段。园区：长春兴隆综合保税区（筹建中，文中又作“兴隆综合保税区”“保税区”“综合保税区”；长春，吉林）；“经开区北区”——经开区即长春经济技术开发区，文中只作“经开区”，列可选园区，综保区的母园区由选址推定。长吉图开发开放先导区为国家战略区域，不列园区。五部委列可选机构。事实：规划面积4.89平方公里；距机场10公里（可选）。无项目、无企业。",
  "tp01"),
 parks=[
  park(XL, "长春", "吉林", "综合保税区（筹建）", A0, parent="经开区", aliases=["兴隆综合保税区"],
       note="2010年10月尚在筹建，“今年年底有望获得国家批准”；选址经开区北区兴隆山镇"),
  park("经开区", "长春", "吉林", "经济技术开发区", A1, opt=True, note="即长春经济技术开发区（文中只作“经开区北区”）"),
 ],
 companies=[],
 institutions=[
  inst("中国海关总署", A0), inst("商务部", A0), inst("国家发改委", A0), inst("国家税务总局", A0), inst("国家外汇局", A0),
 ],
 projects=[],
 aggregate_facts=[
  fact(XL, "park", "planned_area_km2", 4.89, "km2", A1, "2010年10月"),
  fact(XL, "park", "distance_to_airport_km", 10, "km", A1, "2010年10月", opt=True),
 ])

# ---------------------------------------------------------------- tp02 长春经开区 长东北兴隆新城 (jlfiw 2012)
CJ = "长春经开区"
B0 = "今年,长春经开区将突出产业功能与城市功能的结合,依托兴隆综合保税区,高标准改造兴隆山老镇区,将长东北兴隆新城建设成引领长吉一体化的第一座新城"
B1 = "其中,生物产业园区和装备、新兴产业园区加快提升基础设施配套能力;专用车园区搞好绿化、美化及生产力促进中心的设施配套"
B2 = "投资24亿元,规划建设100万平方米回迁房,提供房源15000套"
B3 = "确保金色家园二期、兴隆丽景城C区30万平方米回迁楼在年底前具备回迁条件"
B4 = "启动长吉连接带上标志性广场保税物流广场的建设"
AS2 = "2012年（计划）"
G["tp02"] = dict(
 article=art("（无标题）长春经开区2012年建设长东北兴隆新城", "jlfiw.net.cn（“长吉图开发开放先导区”专题“重要新闻”栏；站名、原发媒体与署名存段未示）", "2012-02-16", "day",
  "Provincial thematic portal (长吉图 pilot zone channel), Jilin: a national economic development zone's plan for the year — a new town around a bonded zone, sub-parks' infrastructure, bonded-zone facilities to be finished before customs acceptance, resettlement housing with investment and size, eco-industrial park work",
  "http://jlfiw.net.cn/ztzl/cjtkfkfxdq/zyxw/201202/t20120216_3656.html",
  "日期取网址 t20120216。存段无标题、无日期行（title 为编者概括）；正文五段，存段看来完整。园区：长春经开区（长春经济技术开发区；长春，吉林）；兴隆综合保税区（依托其建设新城；归属长春经开区由语境推定）；生物产业园区、专用车园区（“五区三园”中的园区，母园区长春经开区，可选）；“装备、新兴产业园区”所指不明（装备产业园区与新兴产业园区？），不列。长东北兴隆新城为新城（城市片区），不作园区。项目：回迁房（“投资24亿元,规划建设100万平方米回迁房”，状态不单列）及其中的金色家园二期、兴隆丽景城C区、保税物流广场（“启动…建设”，planned）——均为城市建设项目，列可选。事实：回迁房投资、面积、套数、年底具备回迁条件的30万平方米（可选）。“五区三园”“六横六纵”不计。",
  "tp02"),
 parks=[
  park(CJ, "长春", "吉林", "经济技术开发区", B0, note="长春经济技术开发区；建设长东北兴隆新城"),
  park("兴隆综合保税区", "长春", "吉林", "综合保税区", B0, parent=CJ, note="“依托兴隆综合保税区”；一期围网内设施“确保正式获批一年内”封关验收；母园区由语境推定"),
  park("生物产业园区", "长春", "吉林", "产业园区（生物）", B1, parent=CJ, opt=True, note="“五区三园”之一（推定）"),
  park("专用车园区", "长春", "吉林", "产业园区（专用车）", B1, parent=CJ, opt=True, note="又有“专用车扩区”"),
 ],
 companies=[],
 projects=[
  proj("回迁房", CJ, B2, inv="投资24亿元", aliases=["回迁楼"], opt=True, note="城市建设（回迁安置）项目；规划100万平方米、房源15000套"),
  proj("金色家园二期", CJ, B3, phase="二期", opt=True, note="回迁楼；年底前具备回迁条件"),
  proj("兴隆丽景城C区", CJ, B3, opt=True, note="回迁楼；年底前具备回迁条件"),
  proj("保税物流广场", CJ, B4, status="planned", status_text="启动…的建设", opt=True, note="长吉连接带上标志性广场；2012年启动建设"),
 ],
 aggregate_facts=[
  fact("回迁房", "project", "investment_cny", 2.4e9, "cny", B2, AS2, kind="target", opt=True, chk=True),
  fact("回迁房", "project", "floor_area_m2", 1e6, "m2", B2, AS2, kind="target", opt=True),
  fact("回迁房", "project", "housing_units", 15000, "count", B2, AS2, kind="target", opt=True),
  fact("金色家园二期、兴隆丽景城C区", "project", "floor_area_m2", 3e5, "m2", B3, "2012年末（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tp03 珲春近三年累计招商引资297亿元 (工业园网 jl.cnipai 2013)
HC = "珲春"
TM = "中国图们江区域(珲春)国际合作示范区"
C0 = "近三年,珲春累计招商引资297亿元,完成固定资产投资374亿元"
C1 = "实施亿元以上项目126个,千万元以上项目222个"
C2 = "长春至珲春高速、珲春至东宁公路建成通车,吉林至珲春高速铁路开工建设、珲春至东宁铁路开展前期工作,对内交通网已经形成"
C3 = "圈河至罗津公路全线贯通,完成圈河口岸跨境桥维修和罗津港1号码头改造利用,内贸货物跨境运输累计超过10万吨,对朝通道日益通畅"
C4 = "珲卡铁路试运行,束草航线复航,开通对俄跨境邮路,完成扎鲁比诺港一期改造"
C5 = "吉林省政府、海关总署、国家质量监督检验检疫总局先后出台《关于支持中国图们江区域(珲春)国际合作示范区发展的若干意见》,给予示范区建设政策支持"
AS3 = "2010年至2013年6月（近三年）"
G["tp03"] = dict(
 article=art("珲春近三年累计招商引资297亿元 投资374亿元", "工业园网 jl.cnipai.com（吉林站“新闻”栏；原发媒体与署名未注明）", "2013-06-13", "day",
  "Industrial-park portal's regional news, Jilin: a border city's three-year record under the 长吉图 strategy — investment attracted, fixed-asset investment, projects by size, roads, railways and ports opened or started, port crossings, and provincial and national policy for the international cooperation zone",
  "https://jl.cnipai.com/news/detail/22573.html",
  "日期取页面“2013 06/13 17:57”。标题照录；“吉林切换”“新闻”与日期行已删。存段在末段第二句“公安部出入境管理局授予省公安厅出入境管理局驻珲春国际合作示范区”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…给予示范区建设政策支持。”；小标题两行照录为段。园区：中国图们江区域(珲春)国际合作示范区（文中只在文件名中出现全称，后作“示范区”；珲春市，延边州，吉林）。本文以珲春市为主体（region）：近三年招商引资297亿元、固定资产投资374亿元、亿元以上项目126个、千万元以上项目222个（cumulative）；2012年口岸出入境人员突破60万人次（超）；常住人口28万、内贸货物跨境运输超过10万吨（可选）。交通项目（长春至珲春高速、珲春至东宁公路、吉林至珲春高速铁路、珲春至东宁铁路、圈河至罗津公路、罗津港1号码头、扎鲁比诺港一期改造、珲卡铁路）不在园区，列可选项目，park null。省政府与国家部门列可选机构。",
  "tp03"),
 parks=[
  park(TM, "延边", "吉林", "国际合作示范区", C5, district="珲春市", note="文中又作“示范区”；只在政策文件名中出现全称"),
 ],
 companies=[],
 institutions=[
  inst("吉林省政府", C5), inst("海关总署", C5), inst("国家质量监督检验检疫总局", C5),
 ],
 projects=[
  proj("长春至珲春高速", None, C2, status="竣工", status_text="建成通车", opt=True, note="交通项目"),
  proj("珲春至东宁公路", None, C2, status="竣工", status_text="建成通车", opt=True, note="交通项目"),
  proj("吉林至珲春高速铁路", None, C2, status="开工", status_text="开工建设", opt=True, note="交通项目"),
  proj("珲春至东宁铁路", None, C2, status="planned", status_text="开展前期工作", opt=True, note="交通项目"),
  proj("圈河至罗津公路", None, C3, status="竣工", status_text="全线贯通", opt=True, note="对朝通道"),
  proj("罗津港1号码头改造利用", None, C3, status="竣工", status_text="完成", opt=True, note="朝鲜罗津港"),
  proj("扎鲁比诺港一期改造", None, C4, phase="一期", status="竣工", status_text="完成", opt=True, note="俄罗斯扎鲁比诺港"),
  proj("珲卡铁路", None, C4, status="投产", status_text="试运行", opt=True, note="交通项目；试运行"),
 ],
 aggregate_facts=[
  fact(HC, "region", "investment_attracted_cny", 2.97e10, "cny", C0, AS3, kind="cumulative", chk=True),
  fact(HC, "region", "fixed_asset_investment_cny", 3.74e10, "cny", "完成固定资产投资374亿元", AS3, kind="cumulative", chk=True),
  fact(HC, "region", "projects_100m_plus", 126, "count", C1, AS3, kind="cumulative", note="亿元以上项目"),
  fact(HC, "region", "projects_10m_plus", 222, "count", C1, AS3, kind="cumulative", note="千万元以上项目"),
  fact(HC, "region", "port_crossings", 6e5, "persons", "2012年各口岸出入境人员首次突破60万人次", "2012年", qual="超", qtext="突破"),
  fact(HC, "region", "resident_population", 2.8e5, "persons", "珲春的常住人口仅仅有28万", "2012年", opt=True),
  fact(HC, "region", "cross_border_domestic_cargo_t", 1e5, "t", C3, "截至2013年6月", kind="cumulative", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- tp04 通化 5大产业集群 (中国日报网 吉林 2013)
TH = "通化市"
D0 = "通化有近百户医药生产企业,特别是以东昌医药工业产业园区和长白山药谷为依托的国家级医药工业产业示范基地形成规模"
D1 = "近两年来,美国辉瑞制药及四环、步长、神威、威高等国内百强医药企业先后落户通化"
D2 = "辉南浦项制铁、鑫源气体、耐博耐火、三友炉料等一批超亿元工业项目,已经成为支撑围钢经济的骨干企业,打造精品钢基地"
D3 = "由首钢重组后的通钢,已具年产700万吨钢的生产能力"
D4 = "全市通过GMP认证的90余户制药企业,具备生产保健品的条件,有专业从事保健食品生产并获得生产许可证的企业10户"
D5 = "此外,梅河口市果仁加工产业基地是亚洲最大的果仁集散地,年加工能力12万吨,产品出口40多个国家和地区"
D6 = "目前,全市山葡萄生产面积已发展到8万亩,产量6-8万吨。有61户葡萄酒生产企业通过QS认证,年生产能力近30万吨"
AS4 = "2013年6月"
G["tp04"] = dict(
 article=art("（无标题）通化市培育医药、冶金、保健品、食品和旅游5大产业集群", "中国日报网 地方频道·吉林（global.chinadaily.com.cn/dfpd/jl/bwzg；存段无标题、无署名）", "2013-06-19", "day",
  "National paper's provincial web channel, Jilin: a prefecture city's five industrial clusters — pharma parks and firms landed, steel firms and capacity, health-product and food firms, wine and nut-processing bases, 2015 output targets",
  "https://global.chinadaily.com.cn/dfpd/jl/bwzg/2013-06/19/content_16637739.htm",
  "日期取网址 2013-06/19。存段无标题、无日期行（title 为编者概括）。存段末句“预计到2015年,规模以上食品工业企业达到230户,实现产值350亿元”无句末标点、其后是否还有文字不明，该句已删（make_txt.py LINE_SUFFIX），正文截至“…产业链延伸的发展态势。”，共五段（“旅游”集群的段落不在存段中）。园区：东昌医药工业产业园区、长白山药谷（国家级医药工业产业示范基地所依托；通化，吉林）；梅河口市果仁加工产业基地（产业基地，可选园区）。公司：美国辉瑞制药（落户通化，园区未说）；四环、步长、神威、威高（简称，可选）；通钢（首钢重组后）；辉南浦项制铁、鑫源气体、耐博耐火、三友炉料（“超亿元工业项目”“骨干企业”，园区未说，park null；以企业名作项目名的项目列可选，金额只有“超亿元”区间，不作投资额）。事实：医药生产企业近百户；2015年医药、冶金总产值目标（target）；通钢年产能700万吨钢；GMP企业90余户、保健食品企业10户；葡萄、果仁等数字（可选）。",
  "tp04"),
 parks=[
  park("东昌医药工业产业园区", "通化", "吉林", "医药工业产业园区", D0, district="东昌区", note="国家级医药工业产业示范基地依托之一"),
  park("长白山药谷", "通化", "吉林", "医药产业园区", D0, note="国家级医药工业产业示范基地依托之一"),
  park("梅河口市果仁加工产业基地", "通化", "吉林", "产业基地（果仁加工）", D5, district="梅河口市", opt=True, note="亚洲最大的果仁集散地"),
 ],
 companies=[
  comp("美国辉瑞制药", None, D1, note="国内外医药企业“先后落户通化”；园区未说"),
  comp("四环", None, D1, opt=True, note="简称；国内百强医药企业，落户通化"),
  comp("步长", None, D1, opt=True, note="同上"),
  comp("神威", None, D1, opt=True, note="同上"),
  comp("威高", None, D1, opt=True, note="同上"),
  comp("通钢", None, D3, note="首钢重组后"),
  comp("首钢", None, D3, opt=True, note="重组通钢"),
  comp("辉南浦项制铁", None, D2, note="超亿元工业项目／骨干企业"),
  comp("鑫源气体", None, D2, note="同上"),
  comp("耐博耐火", None, D2, note="同上"),
  comp("三友炉料", None, D2, note="同上"),
 ],
 projects=[
  proj("辉南浦项制铁", None, D2, companies=["辉南浦项制铁"], opt=True, note="“超亿元工业项目”（区间，不作投资额）；以企业名作项目名"),
  proj("鑫源气体", None, D2, companies=["鑫源气体"], opt=True, note="同上"),
  proj("耐博耐火", None, D2, companies=["耐博耐火"], opt=True, note="同上"),
  proj("三友炉料", None, D2, companies=["三友炉料"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(TH, "region", "industrial_clusters", 5, "count", "通化市大力培育特色经济,形成医药、冶金、保健品、食品和旅游5大产业集群", AS4, opt=True),
  fact(TH, "region", "pharma_firms", 100, "count", D0, AS4, qual="约", qtext="近"),
  fact(TH, "region", "pharma_output_target_cny", 8e10, "cny", "预计到2015年,该市医药产业实现总产值800亿元", "2015年（预计）", kind="target", chk=True),
  fact(TH, "region", "metallurgy_output_target_cny", 6e10, "cny", "预计到2015年,冶金产业实现总产值600亿元", "2015年（预计）", kind="target", chk=True),
  fact("通钢", "company", "steel_capacity_t", 7e6, "t/yr", D3, AS4),
  fact(TH, "region", "gmp_certified_pharma_firms", 90, "count", D4, AS4, qual="余", qtext="余"),
  fact(TH, "region", "licensed_health_food_firms", 10, "count", D4, AS4),
  fact(TH, "region", "health_product_categories", 6, "count", "全市有获批号的保健品种6大类、161个产品", AS4, opt=True),
  fact(TH, "region", "health_products_approved", 161, "count", "全市有获批号的保健品种6大类、161个产品", AS4, opt=True),
  fact(TH, "region", "wild_grape_area_mu", 8e4, "mu", D6, AS4, opt=True),
  fact(TH, "region", "wild_grape_output_t_low", 6e4, "t", D6, AS4, opt=True, note="产量6-8万吨（区间下限）"),
  fact(TH, "region", "wild_grape_output_t_high", 8e4, "t", D6, AS4, opt=True, note="区间上限"),
  fact(TH, "region", "qs_certified_wineries", 61, "count", D6, AS4),
  fact(TH, "region", "wine_capacity_t", 3e5, "t/yr", D6, AS4, qual="约", qtext="近", opt=True),
  fact("梅河口市果仁加工产业基地", "park", "processing_capacity_t", 1.2e5, "t/yr", D5, AS4, opt=True),
  fact("梅河口市果仁加工产业基地", "park", "export_countries", 40, "count", D5, AS4, qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- tp05 中新食品区项目坚实推进 (ekaid 2014)
ZX = "中新食品区"
E0 = "年初以来,中新食品区深入推进中新合作,加快大项目落户,加大服务力度,加速完善园区基础设施,新城起步区食品加工园、国际物流园和商务区“两园一区”建设进展顺利"
E1 = "中新开发管理公司高级管理人员全部到任,并在新加坡设立了分公司,推进乳业产业链项目、温室项目等一批重点招商项目"
E2 = "食品质量安全保障体系和“绿色通道建设”与新加坡国家发展部、农粮兽医局达成共识"
E3 = "1450平方公里产业发展规划编制工作已启动,农业部规划设计研究院工作团队已进入食品区开展工作"
E4 = "中新合作的生猪产业化项目、国际物流园项目进展顺利,正大集团入股生猪项目投资协议即将签订,国际物流园一期6栋商铺、2栋仓库已完成主体建设"
E5 = "目前,深圳海王集团总投资20亿元的健康产业基地项目一期口服液车间、固体制剂车间、蛋白粉车间以及配套附属工程已实现主体封闭"
E6 = "广东恒大集团人参系列产品深加工项目已完成公司注册"
E7 = "参山湖沙棘饮品项目已经签约落地"
E8 = "四川米老头公司休闲膨化食品项目已于8月份投产"
E9 = "沃达食品公司紫苏系列产品已全部出口韩国"
G["tp05"] = dict(
 article=art("中新食品区项目坚实推进", "m.ekaid.com（“展会资讯”栏转载；原发媒体、署名与发布日存段未示）", "2014", "year",
  "Exhibition-news site relaying a local item, Jilin: the China–Singapore food zone in 吉林市 in 2014 — sub-parks, the Singapore-side development company and its target projects, a pig and a logistics project in joint development, named firms' projects signed, under construction, registered and in production",
  "http://m.ekaid.com/news/421.html",
  "发布日存段未示：文中“2014年是…开局之年”“已于8月份投产”，写于2014年8月以后，记 2014（year），为推定。标题照录；“首页 > 展会资讯”已删。存段在末句“上海光明集团工厂化食用菌、福建天福集团茶食品系列产品加工项目、南昌汪氏”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…已全部出口韩国。”，共四段。园区：中新食品区（即中新（中国—新加坡）吉林食品区，吉林市，吉林；文中只作“中新食品区”“食品区”）；“新城起步区食品加工园、国际物流园和商务区”——食品加工园、国际物流园列可选子园区（商务区不列）。公司：中新开发管理公司（开发管理公司）、深圳海王集团、广东恒大集团、四川米老头公司、沃达食品公司、正大集团（入股生猪项目）均在食品区；淡马锡只在会名“吉林——淡马锡联席委员会”中（可选）。项目：健康产业基地项目（深圳海王集团，总投资20亿元，一期主体封闭→在建）；人参系列产品深加工项目（广东恒大集团，已完成公司注册，无状态）；参山湖沙棘饮品项目（签约落地→签约）；休闲膨化食品项目（四川米老头公司，8月投产→投产）；生猪产业化项目（进展顺利，正大集团入股协议即将签订，无状态）；国际物流园项目（一期6栋商铺、2栋仓库完成主体→在建）；乳业产业链项目、温室项目（招商推进中，可选）。新加坡国家发展部、农粮兽医局、农业部规划设计研究院列可选机构。事实：1450平方公里产业发展规划（可选）；物流园一期商铺、仓库栋数（可选）。",
  "tp05"),
 parks=[
  park(ZX, "吉林", "吉林", "国际合作食品区", E0, note="中新（中国—新加坡）吉林食品区；文中又作“食品区”；打造“国际合作示范园区”"),
  park("食品加工园", "吉林", "吉林", "产业园（食品加工）", E0, parent=ZX, opt=True, note="“新城起步区食品加工园”；“两园一区”之一"),
  park("国际物流园", "吉林", "吉林", "物流园", E0, parent=ZX, opt=True, note="“两园一区”之一；又作项目"),
 ],
 companies=[
  comp("中新开发管理公司", ZX, E1, note="食品区开发管理公司；在新加坡设分公司"),
  comp("深圳海王集团", ZX, E5, note="健康产业基地项目"),
  comp("广东恒大集团", ZX, E6, note="人参系列产品深加工项目"),
  comp("四川米老头公司", ZX, E8, note="休闲膨化食品项目"),
  comp("沃达食品公司", ZX, E9, note="紫苏系列产品全部出口韩国"),
  comp("正大集团", ZX, E4, note="入股生猪项目投资协议即将签订"),
  comp("淡马锡", None, "2014年,“吉林——淡马锡联席委员会”第二次会议顺利召开", opt=True, note="只在会名中"),
 ],
 institutions=[
  inst("新加坡国家发展部", E2), inst("农粮兽医局", E2, note="新加坡农粮兽医局"),
  inst("农业部规划设计研究院", E3, kind="research"),
 ],
 projects=[
  proj("健康产业基地项目", ZX, E5, companies=["深圳海王集团"], inv="总投资20亿元", status="在建", status_text="一期…已实现主体封闭",
       note="深圳海王集团；一期口服液、固体制剂、蛋白粉车间主体封闭"),
  proj("人参系列产品深加工项目", ZX, E6, companies=["广东恒大集团"], note="已完成公司注册（无状态）"),
  proj("参山湖沙棘饮品项目", ZX, E7, status="签约", status_text="签约落地"),
  proj("休闲膨化食品项目", ZX, E8, companies=["四川米老头公司"], status="投产", status_text="已于8月份投产", note="2014年8月投产"),
  proj("生猪产业化项目", ZX, E4, companies=["正大集团"], aliases=["生猪项目"], note="中新合作；进展顺利；正大集团入股协议即将签订（无状态）"),
  proj("国际物流园项目", ZX, E4, status="在建", status_text="一期…已完成主体建设", note="中新合作；一期6栋商铺、2栋仓库主体完成"),
  proj("乳业产业链项目", ZX, E1, opt=True, note="中新开发管理公司推进的重点招商项目"),
  proj("温室项目", ZX, E1, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(ZX, "park", "industrial_planning_area_km2", 1450, "km2", E3, "2014年", opt=True, note="产业发展规划范围"),
  fact("国际物流园项目", "project", "shops_built", 6, "count", E4, "2014年", opt=True),
  fact("国际物流园项目", "project", "warehouses_built", 2, "count", E4, "2014年", opt=True),
 ])

# ---------------------------------------------------------------- tp06 琿春國際合作示範區 (香港商報 2015, traditional as published)
HT = "中國圖們江區域(琿春)國際合作示範區"
F0 = "2012年4月13日,國務院批覆設立中國圖們江區域(琿春)國際合作示範區"
F1 = "同年5月,琿春國際合作示範區全面啟動建設,這個規劃面積90平方公里的特殊區域,在眾多國內外政商人士的注視下,帶著先行先試的使命正式起航"
G["tp06"] = dict(
 article=art("東北亞「金三角」深圳式崛起 ——琿春國際合作示範區引領區域經濟深度融合", "香港商報（記者冀文嫺），hkcd.com", "2015-05-15", "day",
  "Hong Kong newspaper's feature on a mainland zone (traditional script as published), Jilin: the international cooperation zone at the China–Russia–North Korea border two years on — its approval and launch dates, planned area, the party secretary's framing, the province's 深圳 model",
  "http://hkcd.com/content_p/2015-05/15/content_15658.html",
  "日期取网址 content_p/2015-05/15。繁体照录（香港商報原文；“鸡鳴聞三疆”的“鸡”原文如此）。标题为主题行加破折号副题行，以一个空格连接；记者署名行保留为首段。存段在末段“對於琿春國際合作示範區的發展,…第三增長極,以琿春”处中断，该段（一句）整段删去（make_txt.py ITEMS 截至上一段），正文截至“…也是琿春的重大機遇。”，含小标题一行（长篇特写只存开头）。园区：中國圖們江區域(琿春)國際合作示範區（文中又作“琿春國際合作示範區”“示範區”；琿春市，延边州，吉林）：2012年4月13日国务院批复设立，同年5月启动建设，规划面积90平方公里。人物（高玉龍）不列；國務院列可选机构。无项目、无企业。",
  "tp06"),
 parks=[
  park(HT, "延边", "吉林", "国际合作示范区", F0, district="珲春市", aliases=["琿春國際合作示範區"],
       note="2012年4月13日国务院批复设立，同年5月全面启动建设；文中又作“示範區”"),
 ],
 companies=[],
 institutions=[inst("國務院", F0)],
 projects=[],
 aggregate_facts=[
  fact(HT, "park", "planned_area_km2", 90, "km2", F1, "2015年5月"),
 ])

# ---------------------------------------------------------------- tp07 长春高新区招商实现量质双优 (长春市人民政府 via baogaosu 2015)
GX = "长春高新区"
CJS = "长吉产业创新发展示范区"
H0 = "今年前三个季度,该开发区新引进项目50个,其中购地建厂项目28个,总投资超10亿元大项目5个"
H1 = "项目数量同比增长180%,总投资173.4亿元,总占地面积212.6万平方米,预计可实现产值279.3亿元、税收24.8亿元"
H2 = "在质量上,这28个项目平均投资强度达到8156元/平方米,单位面积产出比达到13160元/平方米"
H3 = "其中总投资30亿元的长光卫星航天信息产业园项目对提升北区电子信息产业水平、填补产业链空白将发挥巨大作用"
H4 = "总投资15亿元的平安汽车供应链金融产业园项目计划明年6月试运营"
H5 = "总投资35亿元的奥特莱斯项目将极大带动区域人流、物流、资金流和信息流"
H6 = "总投资18亿元的东北亚长春国际机械城项目不仅将成为长德新区新的标志性项目"
AS7 = "2015年1–9月"
G["tp07"] = dict(
 article=art("长春高新区招商实现量质双优", "长春市人民政府（“本文来源”；记者张源珊，原发媒体未注明），载于 changchun.baogaosu.com", "2015-10-27", "day",
  "City government item (reporter's story) relayed by a city news aggregator, Jilin: a national high-tech zone's investment attraction in the first three quarters — projects introduced, land-purchase projects with total investment, land, expected output and tax, investment intensity, four named large projects with their amounts",
  "https://changchun.baogaosu.com/xinwen/%E9%95%BF%E6%98%A5%E9%AB%98%E6%96%B0%E5%8C%BA%E6%8B%9B%E5%95%86%E5%AE%9E%E7%8E%B0%E9%87%8F%E8%B4%A8%E5%8F%8C%E4%BC%98/39400174",
  "日期取页面“27.10.2015 13:05”（文中“25日”为获悉日）。标题照录；日期行、“本文来源: 长春市人民政府”两处及页尾链接已删；署名“(记者张源珊)”在正文末，保留。正文五段，完整。园区：长春高新区（长春，吉林）；长吉产业创新发展示范区（文中又作“长吉示范区”；长春高新区为“建设主体”）；长东北核心区、长德新区为开发区的两个片区（可选，母园区长春高新区）。项目（新引进、落位，无状态）：长光卫星航天信息产业园项目（30亿元）、平安汽车供应链金融产业园项目（15亿元，计划2016年6月试运营）、奥特莱斯项目（35亿元）——长东北核心区；东北亚长春国际机械城项目（18亿元）——长德新区；park 均记长春高新区。事实（前三季度，cumulative）：新引进项目50个、购地建厂项目28个、超10亿元项目5个、购地建厂项目总投资173.4亿元、总占地212.6万平方米；项目数量同比增长180%（ratio）；预计产值279.3亿元、税收24.8亿元（target）；投资强度、单位面积产出（可选）。",
  "tp07"),
 parks=[
  park(GX, "长春", "吉林", "国家高新技术产业开发区", "25日,记者从长春高新区获悉", note="文中又作“该开发区”"),
  park(CJS, "长春", "吉林", "产业创新发展示范区", "这些重大项目的落位,将极大增强长吉产业创新发展示范区的发展后劲",
       aliases=["长吉示范区"], note="长春高新区为其“建设主体”"),
  park("长东北核心区", "长春", "吉林", "片区", "围绕长东北核心区,该开发区重点引进高端装备制造业", parent=GX, opt=True),
  park("长德新区", "长春", "吉林", "片区", "围绕长德新区,该开发区重点引进先进装备制造业", parent=GX, opt=True),
 ],
 companies=[],
 projects=[
  proj("长光卫星航天信息产业园项目", GX, H3, inv="总投资30亿元", note="长东北核心区；新引进（无状态）"),
  proj("平安汽车供应链金融产业园项目", GX, H4, inv="总投资15亿元", note="长东北核心区；计划2016年6月试运营（无状态）"),
  proj("奥特莱斯项目", GX, H5, inv="总投资35亿元", note="长东北核心区；新引进（无状态）"),
  proj("东北亚长春国际机械城项目", GX, H6, inv="总投资18亿元", note="长德新区；新引进（无状态）"),
 ],
 aggregate_facts=[
  fact(GX, "park", "projects_introduced", 50, "count", H0, AS7, kind="cumulative"),
  fact(GX, "park", "land_purchase_projects", 28, "count", H0, AS7, kind="cumulative"),
  fact(GX, "park", "projects_1bn_plus", 5, "count", H0, AS7, kind="cumulative", note="总投资超10亿元大项目"),
  fact(GX, "park", "land_purchase_projects_yoy_growth", 1.8, "ratio", H1, AS7, kind="ratio"),
  fact(GX, "park", "land_purchase_projects_investment_cny", 1.734e10, "cny", "总投资173.4亿元,总占地面积212.6万平方米", AS7, kind="cumulative", chk=True),
  fact(GX, "park", "land_purchase_projects_site_area_m2", 2.126e6, "m2", H1, AS7, kind="cumulative", opt=True),
  fact(GX, "park", "expected_output_cny", 2.793e10, "cny", "预计可实现产值279.3亿元、税收24.8亿元", "建成后（预计）", kind="target", chk=True),
  fact(GX, "park", "expected_tax_cny", 2.48e9, "cny", "税收24.8亿元", "建成后（预计）", kind="target", chk=True),
  fact(GX, "park", "investment_intensity_yuan_per_m2", 8156, "cny/m2", H2, AS7, opt=True),
  fact(GX, "park", "output_per_area_yuan_per_m2", 13160, "cny/m2", H2, AS7, opt=True),
 ])
