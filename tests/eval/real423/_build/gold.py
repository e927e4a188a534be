# real423 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (lf02 and lf07 are traditional script as published, the rest simplified;
# nothing converted); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/接近 → 约 (qualifier_text
# keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount
# written “160余亿元” does not parse as digits+亿元, so that fact is named without the _cny suffix (unit cny, value given).
# Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none. Status from
# the text's words (开工 / 集中开工 / 奠基…开工 / 開工 → 开工; 签约 / 成功签约 → 签约; 正在抓緊廠房的建設 → 在建; 落户 alone → no
# status). Expected / future figures (预计, 力争, 将) are kind target; “目前已…” / “今年以来” counts are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/lfNN.raw as returned.

# ---------------------------------------------------------------- lf01 沈阳手机产业园 14 projects started (北方网 2011)
SY = "沈阳手机产业园"
A0 = "据悉,位于沈北新区的沈阳手机产业园规划面积5平方公里,主要围绕现代通讯产业,打造手机整机与零部件生产、手机软件开发与产品设计、手机芯片制造于一体的千亿元产业集群,目前已引进手机整机、零部件生产和检测企业28家"
A1 = "此次开工建设项目包括杰尔望、中宇手机、旗丰电子等10个生产项目和科技研发区、生产加工区、生活服务区、高管住宅区等4个配套项目,总投资达206亿元"
A2 = "省长陈政高在辽宁友谊宾馆会见了香港杰尔望国际有限公司董事长张红学等前来参加沈阳手机产业园项目开工仪式并已落户手机产业园的企业代表"
A3 = "沈阳手机产业园将紧盯国内外手机知名品牌和关键部件配套企业,力争用3年时间,引进手机及配套企业300家以上,实现年产手机1亿部,产值1000亿元"
AS1 = "2011年8月4日（开工仪式）"
G["lf01"] = dict(
 article=art("（无标题）沈阳手机产业园14个项目开工建设 总投资206亿元", "北方网 news.enorth.com.cn（转载“本报讯记者张莉莉报道”，原报名存段未示）", "2011-08-05", "day",
  "Regional portal relaying a provincial paper's item, Liaoning: the governor meets firms at the groundbreaking of a mobile-phone park — 14 projects started (10 production, 4 supporting) with their total, the park's area and firms so far, three-year targets",
  "http://news.enorth.com.cn/system/2011/08/05/007071970.shtml",
  "日期取网址 2011/08/05（文中“8月4日”为会见与开工仪式日）。存段无标题（title 为编者概括），开头“![]() |”等表格残符已删；“本报讯记者张莉莉报道”与正文首句连写，照录。正文四段，完整。园区：沈阳手机产业园（沈阳市沈北新区，辽宁；文中又作“手机产业园”；规划面积5平方公里）。沈北新区为行政区，不列园区。项目：“杰尔望、中宇手机、旗丰电子等10个生产项目”以企业简称作项目名，开工；“科技研发区、生产加工区、生活服务区、高管住宅区等4个配套项目”列为可选项目，开工；206亿元为14个项目合计，不分摊（事实）。公司：香港杰尔望国际有限公司（已落户手机产业园）；中宇手机、旗丰电子只作项目名，列可选公司。事实：开工14个、合计206亿元、已引进企业28家（cumulative）、规划面积5平方公里；3年目标（企业300家以上、年产手机1亿部、产值1000亿元）为 target。",
  "lf01"),
 parks=[
  park(SY, "沈阳", "辽宁", "产业园", A0, district="沈北新区", aliases=["手机产业园"], note="文中又作“手机产业园”"),
 ],
 companies=[
  comp("香港杰尔望国际有限公司", SY, A2, aliases=["杰尔望"], note="已落户手机产业园；董事长张红学"),
  comp("中宇手机", SY, A1, opt=True, note="只作项目名（生产项目）"),
  comp("旗丰电子", SY, A1, opt=True, note="只作项目名（生产项目）"),
 ],
 projects=[
  proj("杰尔望", SY, A1, companies=["香港杰尔望国际有限公司"], status="开工", status_text="开工建设", note="生产项目；以企业简称作项目名"),
  proj("中宇手机", SY, A1, companies=["中宇手机"], status="开工", status_text="开工建设", note="生产项目；以企业简称作项目名"),
  proj("旗丰电子", SY, A1, companies=["旗丰电子"], status="开工", status_text="开工建设", note="生产项目；以企业简称作项目名"),
  proj("科技研发区", SY, A1, status="开工", status_text="开工建设", opt=True, note="配套项目"),
  proj("生产加工区", SY, A1, status="开工", status_text="开工建设", opt=True, note="配套项目"),
  proj("生活服务区", SY, A1, status="开工", status_text="开工建设", opt=True, note="配套项目"),
  proj("高管住宅区", SY, A1, status="开工", status_text="开工建设", opt=True, note="配套项目"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_started", 14, "count", "陈政高对沈阳手机产业园14个项目开工建设表示祝贺", AS1),
  fact(SY, "park", "projects_started_investment_cny", 2.06e10, "cny", A1, AS1, chk=True, note="10个生产项目与4个配套项目合计"),
  fact(SY, "park", "area_km2", 5, "km2", A0, "2011年8月（规划）", opt=True),
  fact(SY, "park", "firms", 28, "count", A0, "2011年8月", kind="cumulative", note="已引进手机整机、零部件生产和检测企业"),
  fact(SY, "park", "firms_target", 300, "count", A3, "3年内（目标）", kind="target", qual="超", qtext="以上"),
  fact(SY, "park", "annual_phone_output_target_units", 1e8, "units", A3, "3年内（目标）", kind="target", opt=True),
  fact(SY, "park", "output_target_cny", 1e11, "cny", "实现年产手机1亿部,产值1000亿元", "3年内（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lf02 高安工業園區 LED (LEDinside 2012, traditional)
GA = "高安工業園區"
B0 = "總投資22億元人民幣(下同)的奧其斯科技有限公司今年落戶高安工業園區後,目前正在抓緊廠房的建設"
B1 = "高安工業園透露,近年來該市全力打造光電產業集群,目前共引進LED光電企業23家,已有6家建成投產"
B2 = "今年1至6月,全市光電產業完成主營業務收入4.09億元,同比增長39.7%"
B3 = "2010年,新唐光電追加投資5億元擴建生產基地,今年銷售收入可達到8億元,利稅2億餘元"
B4 = "其一,以天孚光電為龍頭,在石腦工業園光電項目區打造光電通信傳感應用項目區"
B5 = "其二,以高安工業園楊家湖光電項目區為載體,引入相關的LED光電新技術、新材料研發應用、晶片研發製造等上、中游產品生產基地"
G["lf02"] = dict(
 article=art("（無標題）高安工業園區 奧其斯科技落戶 LED光電產業集群", "LEDinside（ledinside.com.tw，集邦科技 LED 網台灣站，“LEDinside綜合報導”）", "2012-08-14", "day",
  "Trade news site (Taiwan, traditional script as published) summarising mainland reports, Jiangxi: a county-level city's industrial park — a LED firm's 2.2-billion-yuan plant under construction, the city's LED firms and half-year revenue, a firm's expansion, three platforms (sub-areas) and a revenue target",
  "https://ledinside.com.tw/news/20120814-22491.html",
  "日期取网址 20120814。存段无标题（title 为编者概括，照原文繁体）、开头两行表格残符“|”已删。正文四段，完整。繁体为原站发布形式（台湾站），未转换。园区：高安工業園區（高安市，宜春，江西；文中又作“高安工業園”）；石腦工業園（光電項目區）与高安工業園楊家湖光電項目區列为可选（后者为高安工業園内片区）。公司：奧其斯科技有限公司（落戶高安工業園區）；新唐光電（在高安，园区未说，park null）；天孚光電（石腦工業園光電項目區龙头，可选）。项目：奧其斯（以企业名作项目名；總投資22億元；“正在抓緊廠房的建設”→在建）；新唐光電2010年追加投資5億元擴建生產基地（可选，无园区、无状态）。事实：全市（高安市，region）已引进LED光電企業23家、6家建成投產（cumulative）；1至6月主營業務收入4.09億元、增長39.7%；3至5年目标300億元（target）；奧其斯预计年產值13億元、稅收5000萬元（target）；新唐光電今年銷售收入8億元（target）。",
  "lf02"),
 parks=[
  park(GA, "宜春", "江西", "工业园区", B0, district="高安市", aliases=["高安工業園"], note="文中又作“高安工業園”"),
  park("石腦工業園", "宜春", "江西", "工业园", B4, district="高安市", opt=True, note="只作“石腦工業園光電項目區”"),
  park("楊家湖光電項目區", "宜春", "江西", "项目区", B5, district="高安市", parent=GA, opt=True, note="“高安工業園楊家湖光電項目區”"),
 ],
 companies=[
  comp("奧其斯科技有限公司", GA, B0),
  comp("新唐光電", None, B3, note="在高安，园区未说"),
  comp("天孚光電", "石腦工業園", B4, opt=True, note="石腦工業園光電項目區龙头"),
 ],
 projects=[
  proj("奧其斯科技有限公司", GA, B0, companies=["奧其斯科技有限公司"], inv="總投資22億元", status="在建", status_text="正在抓緊廠房的建設",
       phase=None, note="以企业名作项目名；分三期建设6條LED封裝生產線；今年落戶"),
  proj("新唐光電擴建生產基地", None, B3, companies=["新唐光電"], inv="追加投資5億元", opt=True, note="2010年追加投资；项目名为编者概括"),
 ],
 aggregate_facts=[
  fact("高安市", "region", "led_firms", 23, "count", B1, "2012年8月", kind="cumulative", note="“該市…目前共引進LED光電企業23家”"),
  fact("高安市", "region", "led_firms_in_production", 6, "count", B1, "2012年8月", kind="cumulative"),
  fact("高安市", "region", "optoelectronics_revenue_cny", 4.09e8, "cny", B2, "2012年1–6月", chk=True),
  fact("高安市", "region", "optoelectronics_revenue_yoy_growth", 0.397, "ratio", B2, "2012年1–6月", kind="ratio"),
  fact("高安市", "region", "optoelectronics_revenue_target_cny", 3e10, "cny", "力爭通過3至5年努力,實現光電產業主營業務收入300億元", "3至5年內（目标）", kind="target", chk=True),
  fact("奧其斯科技有限公司", "company", "expected_annual_output_cny", 1.3e9, "cny", "預計年產值可達13億元,上繳稅收5000萬元", "建成后（预计）", kind="target", chk=True),
  fact("奧其斯科技有限公司", "company", "expected_annual_tax_cny", 5e7, "cny", "上繳稅收5000萬元", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("新唐光電", "company", "expected_sales_cny", 8e8, "cny", "今年銷售收入可達到8億元,利稅2億餘元", "2012年（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lf03 郑州航空港 酷派 14 suppliers (映象网 2014)
ZZ = "郑州航空港经济综合实验区"
C0 = "5月16日,从郑州航空港经济综合实验区传来喜讯,当天下午,酷派集团14家核心供应商集中签约落户"
C1 = "“截至目前,实验区智能手机产业园已吸引酷派、中兴、天语等16家整机生产企业及一批配套企业相继签约落户,智能手机产业呈现出强劲的集群发展态势。”"
C2 = "今年2月,酷派集团已与实验区签约——在此建设生产制造基地和出口加工基地"
C3 = "展唐通讯、辉烨通讯、海派通讯、联懋塑胶、旺鑫精密、比克电池、迈科光电、雅视科技、信太通讯、立德通讯、博一科技、璇瑰塑胶、欧菲光、锦丰包装14家核心供应商集中签约落户实验区"
C4 = "据悉,2014年郑州航空港经济综合实验区智能手机产量预计可达1.5亿部,其中非苹果手机产量将超过3000万部"
SUP = ["展唐通讯", "辉烨通讯", "海派通讯", "联懋塑胶", "旺鑫精密", "比克电池", "迈科光电", "雅视科技", "信太通讯", "立德通讯", "博一科技", "璇瑰塑胶", "欧菲光", "锦丰包装"]
G["lf03"] = dict(
 article=art("（无标题）酷派集团14家核心供应商集中签约落户郑州航空港经济综合实验区", "映象网 hnr.cn（河南广播电视台网站，手机客户端河南新闻栏；记者 杨凌 栾姗）", "2014-05-17", "day",
  "Provincial broadcaster's news site, Henan: a phone maker's 14 core suppliers sign into an airport economy zone; the zone's smartphone park with 16 handset makers, the maker's earlier signing for a production base, the zone's smartphone output targets",
  "http://hnr.cn/hnr/mclient/news_henan/201405/t20140517_1166809.html",
  "日期取网址 201405/t20140517（签约在5月16日）。存段无标题（title 为编者概括）。正文四段，完整，署名“(记者 杨凌 栾姗)”在末。园区：郑州航空港经济综合实验区（郑州，河南；文中又作“实验区”）；其内“智能手机产业园”（“实验区智能手机产业园”，parent 为实验区）。公司：酷派集团（2月已与实验区签约建设生产制造基地和出口加工基地）；14家核心供应商（集中签约落户实验区，园区记实验区）；中兴、天语（已签约落户智能手机产业园的整机企业，可选）。项目：酷派集团生产制造基地和出口加工基地（签约，2014年2月；无金额）；14家供应商无项目名，不另立项目。事实：供应商签约14家；智能手机产业园已吸引整机企业16家（cumulative）；2014年智能手机产量预计1.5亿部、非苹果超3000万部、2018年5亿部（target）。",
  "lf03"),
 parks=[
  park(ZZ, "郑州", "河南", "综合实验区", C0, aliases=["实验区"], note="文中又作“实验区”；“郑州航空港”"),
  park("智能手机产业园", "郑州", "河南", "产业园", C1, parent=ZZ, note="“实验区智能手机产业园”"),
 ],
 companies=[comp("酷派集团", ZZ, C2, aliases=["酷派"], note="2014年2月与实验区签约")]
  + [comp(n, ZZ, C3, note="酷派集团核心供应商，集中签约落户实验区") for n in SUP]
  + [comp("中兴", "智能手机产业园", C1, opt=True, note="已签约落户的整机企业"),
     comp("天语", "智能手机产业园", C1, opt=True, note="已签约落户的整机企业")],
 projects=[
  proj("酷派集团生产制造基地和出口加工基地", ZZ, C2, companies=["酷派集团"], status="签约", status_text="签约", note="2014年2月签约；无金额"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "firms_signed", 14, "count", C0, "2014年5月16日", note="酷派集团核心供应商集中签约落户"),
  fact("智能手机产业园", "park", "handset_makers_signed", 16, "count", C1, "2014年5月", kind="cumulative"),
  fact(ZZ, "park", "smartphone_output_units", 1.5e8, "units", C4, "2014年（预计）", kind="target"),
  fact(ZZ, "park", "non_apple_smartphone_output_units", 3e7, "units", C4, "2014年（预计）", kind="target", qual="超", qtext="超过", opt=True),
  fact(ZZ, "park", "smartphone_output_units", 5e8, "units", "2018年全部达产后预计智能手机产量将达到5亿部", "2018年（预计）", kind="target"),
 ])

# ---------------------------------------------------------------- lf04 南昌高新区 移动智能终端 (江西台 via baogaosu 2017)
NC = "南昌高新区"
D0 = "昨天(19),国内智能手机排名前十的深圳小辣椒云智能生态产业园落户南昌高新区,这是今年以来落户高新区的第六家手机整机品牌企业"
D1 = "随着华勤、振华、与德等智能手机整机生产企业的陆续进入,以及投资30亿元的业际光电智能移动终端摄像头模组产业化项目年内投产,一个智能终端产业集群正在孕育之中"
D2 = "目前,南昌高新区光电通信企业数量达到70多家"
D3 = "预计未来三年,南昌高新区将实现年产移动智能终端产品约两亿,占全国手机出货量接近40%"
G["lf04"] = dict(
 article=art("南昌市高新区打造移动智能终端产业基地", "江西台（江西广播电视台）记者张吉昌、南昌台记者魏超，载于 nanchang.baogaosu.com（原出处站名未注）", "2017-05-20", "day",
  "Radio news transcript relayed by a city news aggregator, Jiangxi: a high-tech zone's smartphone cluster — a phone brand's ecological park lands, the sixth handset brand this year, optoelectronic firms, a 3-billion-yuan camera-module project due to start production, the zone's three-year output target",
  "http://nanchang.baogaosu.com/xinwen/%E5%8D%97%E6%98%8C%E5%B8%82%E9%AB%98%E6%96%B0%E5%8C%BA%E6%89%93%E9%80%A0%E7%A7%BB%E5%8A%A8%E6%99%BA%E8%83%BD%E7%BB%88%E7%AB%AF/57507571/",
  "日期取页面“20.05.2017 17:11”（文中“昨天(19)”即5月19日落户）。标题照录；日期行已删。广播稿体，“(出录音)”与受访人引语照录（引语未闭合，原文如此）。正文六段，完整。园区：南昌高新区（南昌，江西；标题作“南昌市高新区”，文中又作“高新区”）。项目：深圳小辣椒云智能生态产业园（落户，无状态、无金额）；业际光电智能移动终端摄像头模组产业化项目（投资30亿元，“年内投产”为预期，status 空）。公司：深圳小辣椒科技有限责任公司；华勤、振华、与德（智能手机整机生产企业，陆续进入南昌高新区）；业际光电只在项目名中（可选）。事实：今年以来落户的第六家手机整机品牌企业（cumulative 6）；光电通信企业70多家（余）；未来三年年产约两亿、占全国出货量接近40%（target）；小辣椒最终规模两千万台、年产值50亿元（company target）。",
  "lf04"),
 parks=[
  park(NC, "南昌", "江西", "高新区", D0, aliases=["南昌市高新区"], note="标题作“南昌市高新区”；文中又作“高新区”"),
 ],
 companies=[
  comp("深圳小辣椒科技有限责任公司", NC, "深圳小辣椒科技有限责任公司副总经理龙桂红", aliases=["小辣椒"], note="深圳小辣椒云智能生态产业园落户南昌高新区"),
  comp("华勤", NC, D1, note="智能手机整机生产企业，陆续进入"),
  comp("振华", NC, D1, note="同上"),
  comp("与德", NC, D1, note="同上"),
  comp("业际光电", NC, D1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("深圳小辣椒云智能生态产业园", NC, D0, companies=["深圳小辣椒科技有限责任公司"], status=None, status_text="落户", note="2017年5月19日落户；无金额"),
  proj("业际光电智能移动终端摄像头模组产业化项目", NC, D1, companies=["业际光电"], inv="投资30亿元", status=None, status_text="年内投产",
       note="预计2017年内投产；园区由语境（南昌高新区）推定"),
 ],
 aggregate_facts=[
  fact(NC, "park", "handset_brand_firms_landed", 6, "count", D0, "2017年1月至5月19日", kind="cumulative", note="“今年以来落户高新区的第六家手机整机品牌企业”"),
  fact(NC, "park", "optoelectronic_firms", 70, "count", D2, "2017年5月", kind="cumulative", qual="余", qtext="多"),
  fact(NC, "park", "annual_smart_terminal_output_units", 2e8, "units", D3, "未来三年（预计）", kind="target", qual="约", qtext="约"),
  fact(NC, "park", "national_phone_shipment_share", 0.40, "ratio", D3, "未来三年（预计）", kind="target", qual="约", qtext="接近", opt=True),
  fact("深圳小辣椒科技有限责任公司", "company", "annual_output_target_cny", 5e9, "cny", "我们最终的生产规模是希望做到两千万台,年产值50亿元", "最终规模（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lf05 成都高新区 28个电子信息产业项目集中开工 (dashizg 2018)
CD = "成都高新区"
E0 = "总投资达160余亿元的28个电子信息产业项目30日下午在成都高新区集中开工"
E1 = "参加集中开工仪式的出光电子材料(中国)有限公司将聚焦新型显示器材,投资2.15亿元建设出光电子材料(中国)制造基地"
E2 = "作为京东方的主要配套供应商,拓米国际有限公司将在成都建立拓米研究院,成立量子点、3D玻璃贴合等5个课题组,未来项目研发成果转化投资预期在38亿元以上"
E3 = "此次集中开工的安徽杰狮隆科技将总投资50亿元,引进完整的8英寸晶圆代工生产线,后续还将建设12英寸晶圆生产线"
E4 = "成都电子信息产业链日益完善,已吸引了英特尔、戴尔、华为、富士康、联想、德州仪器等数10家相关领域的世界500强前来投资"
AS5 = "2018年7月30日（集中开工）"
G["lf05"] = dict(
 article=art("成都28个电子信息产业项目集中开工 总投资160余亿元", "dashizg.com（转载；原出处未注明）", "2018-07-31", "day",
  "Aggregator relaying a wire-style item, Sichuan: 28 electronics projects start in a high-tech zone — a display-materials plant, a panel maker's supplier's research institute, an 8-inch wafer line, with sums; the city's multinational investors and provincial figures",
  "https://dashizg.com/jijin/2018073169977.html",
  "日期取网址 20180731（文中“30日下午”即2018年7月30日开工）。标题照录；末尾“郑重声明…”转载声明已删。正文五段，完整。园区：成都高新区（成都，四川）。项目（集中开工→开工）：出光电子材料(中国)制造基地（投资2.15亿元）；8英寸晶圆代工生产线（安徽杰狮隆科技，总投资50亿元）；拓米研究院（拓米国际有限公司；“研发成果转化投资预期在38亿元以上”为未来转化投资，不作本项目投资额；是否属28个开工项目文中未明说，列可选）。公司：出光电子材料(中国)有限公司、拓米国际有限公司、安徽杰狮隆科技（园区记成都高新区）；京东方（拓米为其配套供应商，可选，园区 null）；英特尔等世界500强为“来成都投资”者，可选，园区 null。事实：28个项目集中开工、总投资160余亿元（“160余亿元”不能按数字+亿元解析，metric 不带 _cny 后缀，value 1.6e10，qualifier 余）；四川微型计算机产量占全国21.7%（可选）；四川电子信息产业预计2019年突破万亿规模（target，可选）。",
  "lf05"),
 parks=[
  park(CD, "成都", "四川", "高新区", E0),
 ],
 companies=[
  comp("出光电子材料(中国)有限公司", CD, E1),
  comp("拓米国际有限公司", CD, E2, note="京东方的主要配套供应商"),
  comp("安徽杰狮隆科技", CD, E3),
  comp("京东方", None, E2, opt=True, note="只作为拓米的客户提及"),
 ] + [comp(n, None, E4, opt=True, note="来成都投资的世界500强；园区未说") for n in ["英特尔", "戴尔", "华为", "富士康", "联想", "德州仪器"]],
 institutions=[
  inst("四川省经济和信息化委", "四川省经济和信息化委相关负责人透露,预计2019年,四川省电子信息产业将突破万亿规模"),
 ],
 projects=[
  proj("出光电子材料(中国)制造基地", CD, E1, companies=["出光电子材料(中国)有限公司"], inv="投资2.15亿元", status="开工", status_text="集中开工"),
  proj("8英寸晶圆代工生产线", CD, E3, companies=["安徽杰狮隆科技"], inv="总投资50亿元", status="开工", status_text="集中开工", note="后续还将建设12英寸晶圆生产线"),
  proj("拓米研究院", CD, E2, companies=["拓米国际有限公司"], status="开工", status_text="集中开工", opt=True,
       note="“将在成都建立”；38亿元以上为未来研发成果转化投资预期，不作投资额；是否属开工项目文中未明说"),
 ],
 aggregate_facts=[
  fact(CD, "park", "projects_started", 28, "count", E0, AS5),
  fact(CD, "park", "projects_started_investment", 1.6e10, "cny", E0, AS5, qual="余", qtext="余", note="“160余亿元”；metric 不带 _cny 因金额写法不能按数字+亿元解析"),
  fact("四川", "region", "pc_output_national_share", 0.217, "ratio", "微型计算机产量占全国比重连续两年保持21.7%", "2016年、2017年", kind="ratio", opt=True),
  fact("四川", "region", "electronic_info_industry_scale", 1e12, "cny", "预计2019年,四川省电子信息产业将突破万亿规模", "2019年（预计）", kind="target", qual="超", qtext="突破", opt=True),
 ])

# ---------------------------------------------------------------- lf06 经济开发区 韩国高端液晶显示模组项目 (射阳, investchn 2021)
SJ = "经济开发区"
F0 = "日前,经济开发区成功签约韩国20亿元高端液晶显示模组项目,这是今年该区连续引进的第6个10亿元以上项目"
F1 = "韩国高端液晶显示模组项目计划投资20亿元,其中设备投资8亿元,项目投资完成后将形成从显示面板到整机一体化的产业化能力"
F2 = "比亚迪集团、创维集团、立讯精密、大族激光等行业头部企业纷纷落户"
F3 = "今年1-9月份累计新签约亿元以上项目22个,计划投资额同比增长30%"
G["lf06"] = dict(
 article=art("经济开发区成功签约20亿元韩国高端液晶显示模组项目", "射阳县经济技术开发区（来源），载于 investchn.com（中国投资指南网园区频道；发布开发区:江苏射阳经济开发区）", "2021-09-22", "day",
  "Zone's own news item on an investment-promotion portal, Jiangsu: a 2-billion-yuan Korean LCD-module project signed, its capacity and expected sales, the zone's leading industries, big firms landed, signings in Jan–Sep",
  "https://investchn.com/home/news/detail/id/207929.html",
  "日期与来源取页面“发布时间:2021-09-22 来源:射阳县经济技术开发区 发布开发区:江苏射阳经济开发区”（该行已删）。标题照录。正文三段，完整。园区：正文与标题只作“经济开发区”（“该区”“园区”），名称照录；页面元数据称“江苏射阳经济开发区”（盐城市射阳县，江苏），不在正文中。项目：韩国高端液晶显示模组项目（成功签约→签约；计划投资20亿元，其中设备投资8亿元）。公司：比亚迪集团、创维集团、立讯精密、大族激光（“纷纷落户”，园区记经济开发区）。投资方只作“韩国”，无企业名。事实：今年第6个10亿元以上项目（cumulative，可选）；1-9月累计新签约亿元以上项目22个、计划投资额增长30%；项目2024年销售预计20亿元以上（target，可选）。",
  "lf06"),
 parks=[
  park(SJ, "盐城", "江苏", "经济开发区", F0, district="射阳县", note="正文只作“经济开发区”；页面元数据作“江苏射阳经济开发区”"),
 ],
 companies=[comp(n, SJ, F2, note="纷纷落户") for n in ["比亚迪集团", "创维集团", "立讯精密", "大族激光"]],
 projects=[
  proj("韩国高端液晶显示模组项目", SJ, F1, inv="计划投资20亿元", status="签约", status_text="成功签约", note="其中设备投资8亿元；投资方只作“韩国”"),
 ],
 aggregate_facts=[
  fact(SJ, "park", "projects_over_1bn_signed", 6, "count", F0, "2021年1月至9月", kind="cumulative", opt=True, note="今年连续引进的第6个10亿元以上项目"),
  fact(SJ, "park", "projects_signed", 22, "count", F3, "2021年1–9月", kind="cumulative", note="亿元以上项目"),
  fact(SJ, "park", "signed_investment_yoy_growth", 0.30, "ratio", F3, "2021年1–9月", kind="ratio"),
  fact("韩国高端液晶显示模组项目", "project", "expected_sales_cny", 2e9, "cny", "2024年销售预计可达20亿元以上", "2024年（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lf07 隆昌 艾斯譜光電 (香港商報網 2024, traditional)
AP = "艾斯譜光電先進顯示產品生產基地暨隆昌光電科技產業園項目"
H0 = "2月29日,艾斯譜光電先進顯示產品生產基地暨隆昌光電科技產業園項目在四川省內江隆昌市開工"
H1 = "艾斯譜光電先進顯示產品生產基地暨隆昌光電科技產業園項目佔地約70畝,分三期建設,將新建多條LED、Mini LED、Micro LED生產線,全部建成後預計實現年產值70億元,解決就業800人"
H2 = "其中,電子信息產業2023年實現產值80億元"
G["lf07"] = dict(
 article=art("全面融入成渝世界級萬億電子信息產業發展集群 四川內江電子信息產業「上新」", "香港商報網（hkcd.com，香港商报官网 四川频道）", "2024-02-29", "day",
  "Hong Kong paper's website (traditional script as published), Sichuan: an LED / Mini LED / Micro LED display base and optoelectronics park project starts in a county-level city — the city's electronics output, the project's area, phases, expected output and jobs, the investor's chairman",
  "http://hkcd.com/content_p/2024-02/29/content_167511.html",
  "日期取页面“2024-02-29 来源:香港商報網”。标题照录；面包屑“香港商报官网 > 四川 > 中华大地”、日期与来源行、图片说明“图片二.JPG”“图片三.JPG”已删。存段末段“「下一步,我們將…切實做好…電子信息產業類”在句中中断，整段删去，正文截至“…發揮示範效應和推動作用。”，共四段。繁体为原站发布形式，未转换。项目：艾斯譜光電先進顯示產品生產基地暨隆昌光電科技產業園項目（開工→开工；分三期；本文无投资额）；园区：“隆昌光電科技產業園”只作项目名的一部分，列为可选园区；项目 park 记 null（只说在隆昌市）。公司：廣東艾斯譜光電科技有限公司（董事长馮先可）。事实：內江市電子信息產業2023年產值80億元；项目全部建成后预计年產值70億元、就業800人（target）；佔地約70畝（可选）。",
  "lf07"),
 parks=[
  park("隆昌光電科技產業園", "內江", "四川", "产业园", H0, district="隆昌市", opt=True, note="只作项目名的一部分"),
 ],
 companies=[
  comp("廣東艾斯譜光電科技有限公司", None, "內江優質的營商環境和高效的工作效率為廣東艾斯譜光電科技有限公司董事長馮先可留下深刻印象", aliases=["艾斯譜光電"], note="项目投资方；园区未说"),
 ],
 projects=[
  proj(AP, None, H0, companies=["廣東艾斯譜光電科技有限公司"], status="开工", status_text="開工", note="2024年2月29日开工；分三期；本文无投资额；在隆昌市"),
 ],
 aggregate_facts=[
  fact("內江市", "region", "electronic_info_output_cny", 8e9, "cny", H2, "2023年", chk=True),
  fact(AP, "project", "expected_annual_output_cny", 7e9, "cny", "全部建成後預計實現年產值70億元", "全部建成后（预计）", kind="target", chk=True),
  fact(AP, "project", "expected_jobs", 800, "count", H1, "全部建成后（预计）", kind="target", opt=True),
  fact(AP, "project", "land_mu", 70, "mu", H1, "2024年2月", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- lf08 南京经开区 冠佳光电 + 光电显示基金 (casmita 2024)
NJ = "南京经开区"
K0 = "9月23日,2024南京新型显示产业高质量发展推进会暨南京冠佳光电新型显示器件项目奠基仪式在南京经开区龙潭片区举行"
K1 = "除投资总额8亿元的冠佳项目开工外,总投资56.9亿元的7个新型显示项目也在会上签约"
K2 = "南京经开区负责人表示,园区将设立总额10亿元的光电显示基金,推动产业进一步扩大规模、优化布局、提升创新能力,努力走在全国光电显示产业园区前列"
K3 = "多年来,南京经开区将新型显示产业作为主导产业进行培育,集聚了LG显示、夏普、京东方、杉金光电等一批行业头部企业,2023年实现工业产值约1100亿元,规模占全市显示产业90%以上"
K4 = "经开区正在组建总规模30亿元的产业母基金,其中10亿元将用于出资设立光电显示子基金"
K5 = "力争经过3年时间,使新型显示产业总产值达到1500亿元,走在全国新型显示产业园区前列"
GJ = "冠佳光电新型显示器件项目"
G["lf08"] = dict(
 article=art("（无标题）南京冠佳光电新型显示器件项目奠基 7个新型显示项目签约 南京经开区设光电显示基金", "casmita.com（转载；原出处未注明，文中有“记者了解到”）", "2024-09-24", "day",
  "Content-site relay of a news item, Jiangsu: a national-level zone's display-industry meeting — a display-device project breaks ground with its sum, seven projects signed, the zone's display firms and output, a three-year target, a parent fund and a display sub-fund",
  "http://casmita.com/news/202409/24/16697.html",
  "日期取网址 202409/24（文中“9月23日”为奠基日）。存段无标题（title 为编者概括）。存段在末段“光电显示产业基金的设立,对于推动…产业化、实现”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…光电显示子基金。”，共四段。同文繁体转写本（ynpmqx.com）未用。园区：南京经开区（南京经济技术开发区，南京，江苏；文中只作“南京经开区”“经开区”“园区”）；龙潭片区列为可选（parent 南京经开区）。项目：冠佳光电新型显示器件项目（奠基、“开工”→开工；投资总额8亿元；文中又作“冠佳项目”）；7个签约项目未点名（合计56.9亿元为事实）。公司：南京冠佳新材料股份有限公司；LG显示、夏普、京东方、杉金光电（集聚于南京经开区）。客户苹果、华为等不列。机构：南京经开区投资促进局（可选）。基金：光电显示基金（总额10亿元，“将设立”；与末段“光电显示子基金”同为10亿元，推定同一基金，子基金名列 alias）；产业母基金（总规模30亿元，“正在组建”）。事实：7个项目签约、56.9亿元；2023年工业产值约1100亿元、占全市显示产业90%以上；3年目标1500亿元（target）；冠佳项目预计年营收10亿元（target）。",
  "lf08"),
 parks=[
  park(NJ, "南京", "江苏", "经济技术开发区", K0, aliases=["经开区"], note="文中又作“经开区”“园区”"),
  park("龙潭片区", "南京", "江苏", "片区", K0, parent=NJ, opt=True, note="“南京经开区龙潭片区”"),
 ],
 companies=[
  comp("南京冠佳新材料股份有限公司", NJ, "南京冠佳新材料股份有限公司成立于2002年,主要生产光电显示功能器件及云电脑、显示器、电视机等产品", aliases=["冠佳"]),
 ] + [comp(n, NJ, K3, note="集聚于南京经开区的行业头部企业") for n in ["LG显示", "夏普", "京东方", "杉金光电"]],
 institutions=[
  inst("南京经开区投资促进局", "南京经开区投资促进局负责人卢咏歌说"),
 ],
 projects=[
  proj(GJ, NJ, K1, companies=["南京冠佳新材料股份有限公司"], inv="投资总额8亿元", status="开工", status_text="开工", aliases=["冠佳项目"],
       note="2024年9月23日奠基；位于龙潭片区；建设用地55亩"),
 ],
 funds=[
  fund("光电显示基金", NJ, K2, size="10亿元", size_type="target", aliases=["光电显示子基金"], note="“将设立”；末段“其中10亿元将用于出资设立光电显示子基金”推定为同一基金"),
  fund("产业母基金", NJ, K4, size="30亿元", size_type="target", note="“正在组建”，总规模30亿元"),
 ],
 aggregate_facts=[
  fact(NJ, "park", "projects_signed", 7, "count", K1, "2024年9月23日"),
  fact(NJ, "park", "signed_investment_cny", 5.69e9, "cny", "总投资56.9亿元的7个新型显示项目也在会上签约", "2024年9月23日", chk=True),
  fact(NJ, "park", "display_industry_output_cny", 1.1e11, "cny", "2023年实现工业产值约1100亿元,规模占全市显示产业90%以上", "2023年", qual="约", qtext="约", chk=True),
  fact(NJ, "park", "city_display_industry_share", 0.90, "ratio", K3, "2023年", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(NJ, "park", "display_industry_output_target_cny", 1.5e11, "cny", "使新型显示产业总产值达到1500亿元", "3年内（目标）", kind="target", chk=True),
  fact(GJ, "project", "expected_annual_revenue_cny", 1e9, "cny", "项目建成后,预计可实现年营收10亿元,带动就业600余人", "建成后（预计）", kind="target", chk=True),
 ])
