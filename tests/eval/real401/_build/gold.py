# real401 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in *_cny facts (first
# amount of the evidence; chk=True asserts it). Counts of firms “截至目前” / “累计” are kind cumulative; a year's new firms
# (新认定 / 获批 / 上榜 in one list) are reported. Firms get the park the text places them in; a firm named only as a list
# member of a park's count gets that park. Shares are ratios. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/mjNN.raw as returned.

# ---------------------------------------------------------------- mj01 中关村 listed companies (科学网 2013)
ZGC = "中关村"
A0 = "报告显示,目前中关村累计拥有上市公司224家,是我国上市公司最集聚的区域"
A1 = "报告显示,新崛起的高科技上市企业如碧水源、康得新、高德软件等,近年来市值保持稳步增长"
A2 = "在企业数量分布上,中关村上市企业中高端装备制造产业企业数量最多,达49家;中关村传统优势产业如移动互联网、IT服务业企业共计69家"
A3 = "目前,中关村上市企业总市值在1.3万亿元左右"
A4 = "中关村上市公司协会会长、科兴控股生物技术有限公司董事长尹卫东表示"
AS1 = "2013年8月（报告发布时）"
G["mj01"] = dict(
 article=art("高科技上市企业彰显中关村创新力", "科学网（sciencenet.cn；记者 郑金武）", "2013-09-03", "day",
  "Science news portal, Beijing: a report on the listed companies of a national high-tech zone — total listed firms, a count by industry, total market value, three named fast-growing listed firms",
  "http://news.sciencenet.cn/htmlnews/2013/9/282064.shtm",
  "日期取页面“发布时间:2013-9-3 16:15:41”；报告8月28日发布。标题照录；作者来源行与“选择字号:”已删。存段末句“尹卫东希望中关村能”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…共同促进战略性新兴产业投资。”，共五段。园区：中关村（文中只作“中关村”，北京；不补全称“中关村国家自主创新示范区/科技园区”）。公司：碧水源、康得新、高德软件（“新崛起的高科技上市企业”，中关村上市公司）；科兴控股生物技术有限公司（其董事长任中关村上市公司协会会长；文中未说其位于中关村，园区记 null，可选）。机构：中关村上市公司协会（可选）。事实：中关村累计上市公司224家（cumulative）；高端装备制造上市企业49家；移动互联网、IT服务业共69家（可选）；上市企业总市值约1.3万亿元（“左右”→约）。“一半左右”等比重不计。",
  "mj01"),
 parks=[
  park(ZGC, "北京", "北京", "国家高新区", A0, note="文中只作“中关村”"),
 ],
 companies=[
  comp("碧水源", ZGC, A1, note="中关村高科技上市企业"),
  comp("康得新", ZGC, A1, note="同上"),
  comp("高德软件", ZGC, A1, note="同上"),
  comp("科兴控股生物技术有限公司", None, A4, opt=True, note="董事长尹卫东任中关村上市公司协会会长；位置文中未说"),
 ],
 institutions=[
  inst("中关村上市公司协会", A4, kind="association", note="会长尹卫东"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZGC, "park", "listed_companies", 224, "count", A0, AS1, kind="cumulative"),
  fact(ZGC, "park", "listed_companies_high_end_equipment", 49, "count", A2, AS1, note="高端装备制造产业上市企业"),
  fact(ZGC, "park", "listed_companies_mobile_internet_it_services", 69, "count", A2, AS1, opt=True, note="移动互联网、IT服务业合计"),
  fact(ZGC, "park", "listed_companies_market_cap_cny", 1.3e12, "cny", A3, AS1, qual="约", qtext="左右"),
 ])

# ---------------------------------------------------------------- mj02 张江 “星荟萃” firms (浦东时报 via investchn 2021)
ZJ = "张江"
B0 = "以张江高科打造的895创业营为例,自2015年创办以来,已经成功举办了九季,申报企业1500多家,挑选入营项目共计278个,期间涌现了一批诸如伟测半导体、酷芯微电子、英韧科技、芯翼信息等蓬勃发展的“星荟萃”企业"
B1 = "4月28日,上海证券交易所发行上市服务中心和张江高科在上交所新大楼共同举办了“科创沙龙:服务硬科技企业,促进高质量发展——张江科创城硬科技企业暨张江高科895星荟萃之征战科创板”"
B2 = "参加本次活动的17家‘星荟萃’企业,经过多年的发展,在创业赛道上取得了较好的成绩,并计划2-3年内申报科创板"
B3 = "截至4月27日,科创板已累计受理企业申报554家,已累计成功上市企业265家"
B4 = "合计首发募集资金约3400亿元,总市值超过3万亿元"
G["mj02"] = dict(
 article=art("张江多家“星荟萃”企业计划3年内申报上市", "浦东时报，载于 investchn.com（“发布开发区:上海张江高新技术产业开发区”）", "2021-04-30", "day",
  "District paper relayed by an investment-promotion portal, Shanghai: a high-tech zone developer's start-up camp and its start-ups preparing to list on the STAR market — camp figures, four named firms, the exchange's cumulative figures",
  "https://investchn.com/home/news/detail/id/175656.html",
  "日期取页面“发布时间:2021-04-30 来源:浦东时报”；活动4月28日。标题照录；发布时间/来源行已删。正文四段，完整。园区：文中作“张江”“张江科创城”（上海浦东新区）；页面栏目注“上海张江高新技术产业开发区”，正文未出现，不作别名。公司：张江高科（园区开发主体，打造895创业营；kind developer）；伟测半导体、酷芯微电子、英韧科技、芯翼信息（895创业营涌现的“星荟萃”企业，园区记张江，由语境推定）。机构：上海证券交易所发行上市服务中心（可选）。事实：895创业营申报企业1500多家（余）、入营项目278个、举办九季（不计）；参加活动的17家“星荟萃”企业计划2-3年内申报科创板（target 性质，kind target）；科创板全市场累计受理554家、上市265家、募资约3400亿元、总市值超3万亿元——全市场数字，subject 科创板（other），可选。行业占比不计。",
  "mj02"),
 parks=[
  park(ZJ, "上海", "上海", "高新区", B1, district="浦东新区", aliases=["张江科创城"], note="文中又作“张江科创城”；栏目名“上海张江高新技术产业开发区”不在正文"),
 ],
 companies=[
  comp("张江高科", ZJ, B0, kind="developer", note="打造895创业营；副董事长、总经理何大军"),
  comp("伟测半导体", ZJ, B0, note="895创业营“星荟萃”企业；园区由语境推定"),
  comp("酷芯微电子", ZJ, B0, note="同上"),
  comp("英韧科技", ZJ, B0, note="同上"),
  comp("芯翼信息", ZJ, B0, note="同上"),
 ],
 institutions=[
  inst("上海证券交易所发行上市服务中心", B1, kind="exchange", note="与张江高科共同举办科创沙龙"),
 ],
 projects=[],
 aggregate_facts=[
  fact("895创业营", "other", "applicant_firms", 1500, "count", B0, "2021年4月（2015年以来）", kind="cumulative", qual="余", qtext="多", note="张江高科打造"),
  fact("895创业营", "other", "admitted_projects", 278, "count", B0, "2021年4月（2015年以来）", kind="cumulative"),
  fact(ZJ, "park", "firms_planning_star_market_listing", 17, "count", B2, "2021年4月（计划2-3年内申报科创板）", kind="target", note="参加活动的“星荟萃”企业"),
  fact("科创板", "other", "listing_applications_accepted", 554, "count", B3, "2021-04-27", kind="cumulative", opt=True, note="全市场"),
  fact("科创板", "other", "listed_companies", 265, "count", B3, "2021-04-27", kind="cumulative", opt=True, note="全市场"),
  fact("科创板", "other", "ipo_proceeds_cny", 3.4e11, "cny", B4, "2021-04-27", kind="cumulative", qual="约", qtext="约", opt=True, chk=True, note="全市场"),
  fact("科创板", "other", "market_cap_cny", 3e12, "cny", "总市值超过3万亿元", "2021-04-27", qual="超", qtext="超过", opt=True, note="全市场"),
 ])

# ---------------------------------------------------------------- mj03 柳州高新区 / 南宁高新区 in the 2022 百强 (广西日报 via guilinlife)
LZ = "柳州高新技术产业开发区"
NN = "南宁高新技术产业开发区"
C0 = "柳州高新技术产业开发区成立于1992年9月,2010年经国务院批准成为国家级高新技术产业开发区"
C1 = "耐世特、凌云等3家企业获得国家专精特新企业认证,华力等14家企业进入自治区“专精特新”中小企业库"
C2 = "2020年,创建国家级智能工厂1家,自治区级智能工厂和数字化车间18家,柳州市级智能工厂和数字化车间13家"
C3 = "上汽通用五菱率先使用国内首个公开测试道路的5G基站群开展产品测试"
C4 = "共有53家国家级高新区、47家国家级经开区上榜(苏州工业园区纳入经开区统计)"
G["mj03"] = dict(
 article=art("2022全国百强!广西这2个园区上榜!", "广西日报，载于桂林生活网 news.guilinlife.com", "2022-08-12", "day",
  "Provincial daily relayed by a city portal, Guangxi: two regional high-tech zones in a national park ranking — the ranking's counts, one zone's founding and upgrade, its smart factories and its 专精特新 firms named",
  "http://news.guilinlife.com/article/4qdo2b263b2b105be510.html",
  "日期取页面“来源: 广西日报 2022-08-12 09:31:38”。标题照录；来源行已删；指向榜单图片的“具体榜单如下”“↓↓↓”两行删去（图片不在存段）。存段在南宁段“南宁高新技术产业开发区于1988”处中断，南宁小标题与残句整段删去（make_txt.py ITEMS），正文截至柳州段“…顺利落地。”。“其中,广西有 / 柳州… / 南宁… / 2个园区上榜”在页面分行，照行分段，未合并。园区：柳州高新技术产业开发区（柳州，广西；1992年成立，2010年升国家级）；南宁高新技术产业开发区（南宁）；苏州工业园区（只在括注中，可选）。公司：耐世特、凌云（获国家专精特新企业认证）、华力（入自治区专精特新库），均在柳州高新区段内，园区记柳州高新区；上汽通用五菱（在柳州示范区道路测试，可选）。机构：赛迪顾问园区经济研究中心、中国电子信息产业发展研究院（可选）。事实：柳州高新区国家专精特新认证企业3家、自治区专精特新库14家；2020年国家级智能工厂1家、自治区级18家、市级13家（后二者可选）；榜单53家高新区、47家经开区，广西2席（可选）。",
  "mj03"),
 parks=[
  park(LZ, "柳州", "广西", "国家高新区", C0),
  park(NN, "南宁", "广西", "国家高新区", "南宁高新技术产业开发区", note="只在上榜名单中；其介绍段存段中断未收"),
  park("苏州工业园区", "苏州", "江苏", "工业园区", C4, opt=True, note="只在榜单统计括注中"),
 ],
 companies=[
  comp("耐世特", LZ, C1, note="获国家专精特新企业认证"),
  comp("凌云", LZ, C1, note="获国家专精特新企业认证"),
  comp("华力", LZ, C1, note="进入自治区“专精特新”中小企业库"),
  comp("上汽通用五菱", LZ, C3, opt=True, note="在柳州高新区推动的智能网联汽车示范区测试道路开展测试；园区由语境推定"),
 ],
 institutions=[
  inst("赛迪顾问园区经济研究中心", "工业和信息化部中国电子信息产业发展研究院直属的赛迪顾问园区经济研究中心研究并发布了《2022年园区高质量发展百强研究报告》", kind="research"),
  inst("中国电子信息产业发展研究院", "工业和信息化部中国电子信息产业发展研究院直属的赛迪顾问园区经济研究中心", kind="research"),
 ],
 projects=[
  proj("智能网联汽车示范区", LZ, "以政府牵头企业参与模式推动广西首个智能网联汽车示范区,建成全球首条集成5G、V2X、无人驾驶、远程驾控四项前沿技术的公开测试道路",
       opt=True, note="广西首个；其公开测试道路已“建成”；示范区本身无状态"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "national_specialized_firms", 3, "count", C1, "2022年8月（报道时）", kind="cumulative", note="获得国家专精特新企业认证"),
  fact(LZ, "park", "regional_specialized_sme_pool_firms", 14, "count", C1, "2022年8月（报道时）", kind="cumulative", note="进入自治区“专精特新”中小企业库"),
  fact(LZ, "park", "national_smart_factories", 1, "count", C2, "2020年"),
  fact(LZ, "park", "regional_smart_factories_and_digital_workshops", 18, "count", C2, "2020年", opt=True),
  fact(LZ, "park", "city_smart_factories_and_digital_workshops", 13, "count", C2, "2020年", opt=True),
  fact("园区高质量发展百强(2022)", "other", "national_high_tech_zones_listed", 53, "count", C4, "2022年8月", opt=True),
  fact("园区高质量发展百强(2022)", "other", "national_etdz_listed", 47, "count", C4, "2022年8月", opt=True),
  fact("广西", "region", "parks_in_top100", 2, "count", "广西入榜园区数为2席", "2022年8月", opt=True),
 ])

# ---------------------------------------------------------------- mj04 滨海新区 STAR-market listings (滨城时报 via fensifuwu 2022)
BH = "滨海新区"
ST = "中新天津生态城"
D0 = "日前,中新天津生态城企业天津美腾科技股份有限公司正式登陆上海证券交易所科创板,成为我市在党的二十大胜利召开后迎来的首家科创板上市公司"
D1 = "加上此前在科创板上市的唯捷创芯(天津)电子技术股份有限公司、海光信息技术股份有限公司,2022年,滨海新区已有3家企业在科创板上市"
D2 = "目前全市共有科创板企业8家,其中滨海新区6家,总量全市占比超七成"
D3 = "截至目前,新区共有各类上市公司53家,总市值超过1万亿元"
ASD = "2022年（党的二十大后，报道时）"
G["mj04"] = dict(
 article=art("（无标题）中新天津生态城美腾科技登陆科创板 滨海新区2022年已有3家企业科创板上市", "滨城时报（“来源:滨城时报”），载于 fensifuwu.com（转载站）", "2022", "year",
  "District paper relayed by a content site, Tianjin: a firm in an eco-city inside a national new area lists on the STAR market — the area's STAR listings this year, its share of the city's STAR firms, its listed companies and their market value",
  "https://fensifuwu.com/economics/2557819.html",
  "存段无标题、无日期行（title 为编者概括）。日期只能由正文定到2022年：“2022年,滨海新区已有3家企业在科创板上市”，美腾科技为“党的二十大胜利召开后”（2022年10月后）首家科创板上市公司；precision 记 year。“来源:滨城时报”与评论行已删。正文四段，完整。园区：滨海新区（天津；国家级新区，文中又作“新区”“滨城”）；中新天津生态城（parent 滨海新区，由常识与语境推定，文中未明说隶属）。公司：天津美腾科技股份有限公司（“中新天津生态城企业”）；唯捷创芯(天津)电子技术股份有限公司、海光信息技术股份有限公司（计入“滨海新区已有3家”，园区记滨海新区）。机构：上海证券交易所（可选）、区金融局（可选）。事实：滨海新区2022年科创板上市3家；滨海新区科创板企业6家（全市8家，占比超七成）；新区各类上市公司53家、总市值超过1万亿元（截至目前，cumulative）。",
  "mj04"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", D1, aliases=["滨城"], note="文中又作“新区”；“滨城企业”之“滨城”为其别称"),
  park(ST, "天津", "天津", "生态城", D0, district="滨海新区", parent=BH, note="母园区由语境推定"),
 ],
 companies=[
  comp("天津美腾科技股份有限公司", ST, D0, note="“中新天津生态城企业”；登陆科创板"),
  comp("唯捷创芯(天津)电子技术股份有限公司", BH, D1, note="此前在科创板上市；计入滨海新区3家"),
  comp("海光信息技术股份有限公司", BH, D1, note="同上"),
 ],
 institutions=[
  inst("上海证券交易所", D0, kind="exchange"),
  inst("区金融局", "区金融局相关负责人表示", note="滨海新区金融局（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BH, "park", "star_market_listings", 3, "count", D1, "2022年", kind="cumulative", note="2022年内科创板上市企业"),
  fact(BH, "park", "star_market_companies", 6, "count", D2, ASD, kind="cumulative"),
  fact(BH, "park", "star_market_companies_city_share", 0.7, "ratio", D2, ASD, kind="ratio", qual="超", qtext="超", opt=True, note="超七成"),
  fact("天津", "region", "star_market_companies", 8, "count", D2, ASD, kind="cumulative", opt=True, note="全市"),
  fact(BH, "park", "listed_companies", 53, "count", D3, ASD, kind="cumulative", note="各类上市公司"),
  fact(BH, "park", "listed_companies_market_cap_cny", 1e12, "cny", "总市值超过1万亿元", ASD, kind="cumulative", qual="超", qtext="超过"),
 ])

# ---------------------------------------------------------------- mj05 高新园(邹区镇) 专精特新 firms (钟楼区政府门户 2023)
ZQ = "高新园(邹区镇)"
E0 = "近日,2023年江苏省专精特新中小企业公示名单发布,常州侨裕旅游用品有限公司、常州华威电子有限公司、常州美杰医疗用品有限公司、常州福伦特无铅焊料有限公司4家企业获评"
E1 = "截至目前,高新园(邹区镇)共有国家级专精特新小巨人企业2家,省级专精特新中小企业14家,市级专精特新中小企业6家,总数突破20家"
AS5 = "2023年12月"
G["mj05"] = dict(
 article=art("（无标题）高新园(邹区镇)4家企业获评2023年江苏省专精特新中小企业", "常州市钟楼区人民政府门户网站 zhonglou.gov.cn（新闻中心 > 部门动态；署名 李天玮）", "2023-12-29", "day",
  "District government portal's department news, Jiangsu: four named firms of a district high-tech park (with its town) join the province's 专精特新 list; the park's national, provincial and city 专精特新 counts",
  "https://www.zhonglou.gov.cn/html/czzl/2023/DIELPIMP_1229/346428.html",
  "日期取网址 /2023/…_1229/（存段无日期行）。存段无标题（title 为编者概括）；面包屑“您当前的位置:…”已删。正文两段，完整，署名“(李天玮)”在末，保留。园区：高新园(邹区镇)（常州市钟楼区，江苏；名称照录，园镇合一的写法，不补全称）。公司：四家获评企业，文中未明说位于高新园，但全文讲该园（镇）的专精特新培育，园区记高新园(邹区镇)（推定）。事实：国家级小巨人2家、省级14家、市级6家、总数突破20家（超；截至目前，cumulative）；本次获评4家（reported）。",
  "mj05"),
 parks=[
  park(ZQ, "常州", "江苏", "高新园", E1, district="钟楼区", note="文中写作“高新园(邹区镇)”，园镇合一"),
 ],
 companies=[
  comp("常州侨裕旅游用品有限公司", ZQ, E0, note="获评2023年江苏省专精特新中小企业；园区由语境推定"),
  comp("常州华威电子有限公司", ZQ, E0, note="同上"),
  comp("常州美杰医疗用品有限公司", ZQ, E0, note="同上"),
  comp("常州福伦特无铅焊料有限公司", ZQ, E0, note="同上"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(ZQ, "park", "provincial_specialized_sme_firms_new", 4, "count", E0, "2023年（江苏省公示名单）"),
  fact(ZQ, "park", "little_giant_firms", 2, "count", E1, AS5, kind="cumulative", note="国家级专精特新小巨人"),
  fact(ZQ, "park", "provincial_specialized_sme_firms", 14, "count", E1, AS5, kind="cumulative"),
  fact(ZQ, "park", "municipal_specialized_sme_firms", 6, "count", E1, AS5, kind="cumulative"),
  fact(ZQ, "park", "specialized_sme_firms_total", 20, "count", E1, AS5, kind="cumulative", qual="超", qtext="突破"),
 ])

# ---------------------------------------------------------------- mj06 泰山经济开发区 专精特新 firms (泰安 paper e-paper 2024)
TS = "泰山经济开发区"
F0 = "泰山经济开发区辖区内的山东泰霖环保科技有限公司、山东泰山电工电器有限公司、山东泰开送变电有限公司等7家企业获批山东省省级“专精特新”中小企业"
F1 = "截至目前,辖区内获批国家专精特新“小巨人”企业7家、山东省制造业单项冠军企业3家、山东省制造业单项冠军产品1家、山东省科技“小巨人”企业7家、山东省瞪羚企业10家、山东省“专精特新”中小企业31家、山东省创新型中小企业30家"
AS6 = "2024年6月"
G["mj06"] = dict(
 article=art("（无标题）泰山经济开发区7家企业获批山东省省级“专精特新”中小企业", "地方日报数字报（“本报6月19日讯”，通讯员 黄绍鹏；报名存段未示，站点 222.132.157.151:9988）", "2024-06-20", "day",
  "Local daily's e-paper, Shandong: seven firms of an economic development zone (three named) approved as provincial 专精特新 SMEs; the zone's counts of little giants, single champions, gazelles and other tiers",
  "http://222.132.157.151:9988/html/2024-06/20/content_3808462.htm",
  "日期取网址 html/2024-06/20（电头“本报6月19日讯”）。存段无标题、无版面行（title 为编者概括）；报名未示（按站点地址与内容当为泰安当地报纸，不作断定）。正文三段，完整。园区：泰山经济开发区（泰安，山东；区县文中未说）。公司：山东泰霖环保科技有限公司、山东泰山电工电器有限公司、山东泰开送变电有限公司（“辖区内”，园区记泰山经济开发区）。机构：山东省工业和信息化厅（可选）。事实：2024年获批省级专精特新7家（reported）；截至目前：国家专精特新“小巨人”7家、省制造业单项冠军企业3家、单项冠军产品1家（可选）、省科技“小巨人”7家（可选）、省瞪羚企业10家、省专精特新31家、省创新型中小企业30家（cumulative）。",
  "mj06"),
 parks=[
  park(TS, "泰安", "山东", "经济开发区", F0, note="文中又作“辖区”"),
 ],
 companies=[
  comp("山东泰霖环保科技有限公司", TS, F0, note="获批2024年度山东省省级专精特新中小企业"),
  comp("山东泰山电工电器有限公司", TS, F0, note="同上"),
  comp("山东泰开送变电有限公司", TS, F0, note="同上"),
 ],
 institutions=[
  inst("山东省工业和信息化厅", "山东省工业和信息化厅公布了2024年度“专精特新”中小企业入选名单"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TS, "park", "provincial_specialized_sme_firms_new", 7, "count", F0, "2024年度"),
  fact(TS, "park", "little_giant_firms", 7, "count", F1, AS6, kind="cumulative", note="国家专精特新“小巨人”"),
  fact(TS, "park", "provincial_single_champion_firms", 3, "count", F1, AS6, kind="cumulative", note="山东省制造业单项冠军企业"),
  fact(TS, "park", "provincial_single_champion_products", 1, "count", F1, AS6, kind="cumulative", opt=True),
  fact(TS, "park", "provincial_tech_little_giant_firms", 7, "count", F1, AS6, kind="cumulative", opt=True, note="山东省科技“小巨人”"),
  fact(TS, "park", "gazelle_firms", 10, "count", F1, AS6, kind="cumulative", note="山东省瞪羚企业"),
  fact(TS, "park", "provincial_specialized_sme_firms", 31, "count", F1, AS6, kind="cumulative"),
  fact(TS, "park", "provincial_innovative_sme_firms", 30, "count", F1, AS6, kind="cumulative"),
 ])

# ---------------------------------------------------------------- mj07 怀化高新区 in a 专精特新 ranking (红网怀化站 2024)
HH = "怀化高新区"
G0 = "近日,从湖南省人民政府网获悉:怀化高新区上榜全国“专精特新”百强高新区排行榜,湖南省共8家园区上榜,数量居全国第四"
G1 = "1年以来,园区新认定高新技术企业26家,其中首次认定12家,新报批省级以上专精特新“小巨人”企业7家"
G["mj07"] = dict(
 article=art("怀化高新区荣登全国“专精特新”百强高新区排行榜", "红网时刻（红网怀化站；通讯员 陈雨萌），hh.rednet.cn", "2024-04-07", "day",
  "Provincial news portal's city channel, Hunan: a city high-tech zone enters a national ranking of zones by 专精特新 firms — the province's count in the ranking, the zone's newly recognised high-tech firms and little giants in 2023",
  "https://hh.rednet.cn/m/content/646848/99/13707500.html",
  "日期取页面“2024-04-07 13:28:23”。标题照录（页面重复一次）；“立即下载”、日期行、来源/作者/编辑行与页尾导航已删。正文三段，完整。园区：怀化高新区（怀化，湖南；级别文中未明说，榜单对象为国家高新区）。无具名企业。事实：2023年新认定高新技术企业26家，其中首次认定12家（可选），新报批省级以上专精特新“小巨人”企业7家（reported，as_of 2023年）；湖南省8家园区上榜（region，可选）；“178个国家高新区”为榜单范围，不计。",
  "mj07"),
 parks=[
  park(HH, "怀化", "湖南", "高新区", G0, note="文中又作“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(HH, "park", "high_tech_firms_new", 26, "count", G1, "2023年", note="新认定高新技术企业"),
  fact(HH, "park", "high_tech_firms_first_recognised", 12, "count", G1, "2023年", opt=True, note="其中首次认定"),
  fact(HH, "park", "little_giant_firms_new", 7, "count", G1, "2023年", note="新报批省级以上专精特新“小巨人”企业"),
  fact("湖南", "region", "parks_in_specialized_top100", 8, "count", G0, "2024年4月", opt=True),
 ])

# ---------------------------------------------------------------- mj08 郑州经开区 innovative SMEs (郑州晚报 2025)
ZZ = "郑州经开区"
H0 = "近日,河南省工业和信息化厅公布2025年河南省创新型中小企业名单,郑州经开区17家企业上榜"
H1 = "截至目前,全区共有省级创新型中小企业278家"
H2 = "截至目前,经开区共有单项冠军8家,全市排名第一;国家级专精特新“小巨人”企业19家,全市排名第二;省级专精特新中小企业103家、创新型中小企业278家,位居全市前列"
HL = "本批入选的企业有:"
H_FIRMS = ["河南丰联信息科技有限公司", "维康腾达生物科技有限公司", "河南合立盛检测技术有限公司", "河南宏天实业有限公司", "河南水泵厂集团有限公司",
           "宝稻(河南)生物科技研究院有限公司", "河南新开元供应链管理有限公司", "河南晟驰数智科技有限公司", "河南安衡科技实业有限公司",
           "中恩(河南)医药有限公司", "河南贝罗薇电子商务有限公司", "河南彩虹盒子大剧院有限公司", "河南小巴实业有限公司", "河南雅祺印刷有限公司",
           "河南金叶甄选科技有限公司", "河南璟星精密机械有限公司", "郑州海立电器有限公司"]
H_LIST = HL + "、".join(H_FIRMS)
AS8 = "2025年5月"
G["mj08"] = dict(
 article=art("（无标题）郑州经开区17家企业上榜2025年河南省创新型中小企业名单", "郑州晚报（zzwb.zynews.cn 数字报；“本报讯”，无署名）", "2025-05-23", "day",
  "City evening paper's e-paper, Henan: seventeen named firms of a national economic development zone enter the province's innovative-SME list; the zone's counts of single champions, little giants, provincial 专精特新 and innovative SMEs",
  "https://zzwb.zynews.cn/html/2025-05/23/content_1499504.htm",
  "日期取网址 html/2025-05/23。存段无标题、无版面行（title 为编者概括）。存段末段“下一步,经开区将进一步完善优质中小企业培育库,用足”中断，整段删去（make_txt.py ITEMS），正文截至“…位居全市前列。”，共五段。园区：郑州经开区（郑州，河南；文中又作“经开区”“全区”）。公司：17家上榜企业，园区记郑州经开区。机构：河南省工业和信息化厅（可选）。事实：本批上榜17家（reported）；截至目前：省级创新型中小企业278家、单项冠军8家、国家级专精特新“小巨人”19家、省级专精特新中小企业103家（cumulative）。全市排名不计。",
  "mj08"),
 parks=[
  park(ZZ, "郑州", "河南", "经济技术开发区", H0, note="文中又作“经开区”“全区”"),
 ],
 companies=[comp(n, ZZ, H_LIST, note="上榜2025年河南省创新型中小企业名单") for n in H_FIRMS],
 institutions=[
  inst("河南省工业和信息化厅", H0),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZZ, "park", "provincial_innovative_sme_firms_new", 17, "count", H0, "2025年（河南省名单）"),
  fact(ZZ, "park", "provincial_innovative_sme_firms", 278, "count", H1, AS8, kind="cumulative"),
  fact(ZZ, "park", "single_champion_firms", 8, "count", H2, AS8, kind="cumulative", note="单项冠军"),
  fact(ZZ, "park", "little_giant_firms", 19, "count", H2, AS8, kind="cumulative", note="国家级专精特新“小巨人”"),
  fact(ZZ, "park", "provincial_specialized_sme_firms", 103, "count", H2, AS8, kind="cumulative"),
 ])
