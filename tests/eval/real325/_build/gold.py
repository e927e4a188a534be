# real325 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; real52's
# build_all.py copied unchanged). Conventions as real52 (and real28–real49): evidence verbatim (all six items simplified
# script as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text
# keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an
# amount without 元 (“总投资100亿”) is kept in investment_text with investment_cny null (unparsed=True, as real25 q04).
# Projects: the park the text places the project in, null if none. Status from the text's words (集中签约 / 签约 → 签约;
# 开工仪式 → 开工; under construction → 在建; 落户 alone → no status). Year-to-date / “累计” figures are cumulative;
# expectations after production are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/plNN.raw.

# ---------------------------------------------------------------- pl01 南昌县(小蓝经开区) 三请三回 签约 (江西晨报 2021)
XL = "小蓝经开区"
P1_0 = "活动现场通过线上线下的方式共集中签约项目30个,签约金额635亿元,其中“152”项目达12个"
P1_1 = "据了解,本次集中签约的30个项目,其中包括投资122亿元的南昌钱学森硬科技产业园、投资120亿元的保利科创中心、投资56亿元的新光台第三代半导体显示芯片、投资50亿元的昌南数智科创中心以及阿里天猫超市江西运营结算中心等一批产业链条长、科技含量高、带动能力强的项目"
P1_2 = "2020年南昌县(小蓝经开区)完成签约引进项目85个,签约立项额940.31亿元"
AS1 = "2021年2月7日（集中签约）"
G["pl01"] = dict(
 article=art("南昌县(小蓝经开区)“三请三回”引资引智活动现场签约额达635亿元", "江西晨报（标题后注“(江西晨报)”），载于南昌广播电视台 h5.nctvcloud.com；存段无署名", "2021-02-09", "day",
  "County-and-zone signing ceremony reported by a provincial morning paper on a city broadcaster's site, Jiangxi: 30 projects signed at a ‘三请三回’ investment event with four named projects and their sums, the county-zone's 2020 signing totals",
  "https://h5.nctvcloud.com/folder257/folder275/2021-02-09/HsPtMB6f4SPpEGXT.html",
  "日期取网址 2021-02-09（签约仪式为2月7日）。标题行末“(江西晨报)”为出处，已删（make_txt.py HEAD_SUFFIX）。存段末段“大力推行“云招商”…2020年,南昌县(小”在句中中断，整段删去；正文截至“…签约立项额940.31亿元。”，共四段。首段“2021南昌县(小蓝经开区)双创”嘉年华”引号不成对，原样保留。园区：小蓝经开区（文中一律作“南昌县(小蓝经开区)”，县区合一；南昌市，江西；级别文中未说）。项目：南昌钱学森硬科技产业园（122亿元）、保利科创中心（120亿元）、新光台第三代半导体显示芯片（56亿元）、昌南数智科创中心（50亿元）、阿里天猫超市江西运营结算中心（无金额），均为本次集中签约（签约）；园区记为小蓝经开区（文中主体为“南昌县(小蓝经开区)”，可能在县域其他地块，见 note）。事实：本次签约30个、635亿元、“152”项目12个；2020年签约引进项目85个、签约立项额940.31亿元（全年，cumulative）。",
  "pl01"),
 parks=[
  park(XL, "南昌", "江西", "经济技术开发区", "2月7日,2021南昌县(小蓝经开区)双创”嘉年华暨“三请三回”招商推介项目签约仪式在该县会展中心举行", district="南昌县",
       note="文中一律作“南昌县(小蓝经开区)”，县与开发区合署；级别未说"),
 ],
 companies=[
  comp("保利", None, P1_1, opt=True, note="只在项目名“保利科创中心”中"),
  comp("阿里天猫超市", None, P1_1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("南昌钱学森硬科技产业园", XL, P1_1, inv="投资122亿元", status="签约", status_text="集中签约", note="签约主体为南昌县(小蓝经开区)；园区按文中县区合称记"),
  proj("保利科创中心", XL, P1_1, inv="投资120亿元", status="签约", status_text="集中签约", note="同上"),
  proj("新光台第三代半导体显示芯片", XL, P1_1, inv="投资56亿元", status="签约", status_text="集中签约", note="同上"),
  proj("昌南数智科创中心", XL, P1_1, inv="投资50亿元", status="签约", status_text="集中签约", note="同上"),
  proj("阿里天猫超市江西运营结算中心", XL, P1_1, status="签约", status_text="集中签约", note="无金额；同上"),
 ],
 aggregate_facts=[
  fact(XL, "park", "projects_signed", 30, "count", P1_0, AS1, note="主体为“南昌县(小蓝经开区)”"),
  fact(XL, "park", "signed_investment_cny", 6.35e10, "cny", "签约金额635亿元", AS1, chk=True),
  fact(XL, "park", "projects_signed_152", 12, "count", "其中“152”项目达12个", AS1, opt=True, note="“152”项目（招大引强工程）"),
  fact(XL, "park", "projects_signed", 85, "count", P1_2, "2020年全年", kind="cumulative"),
  fact(XL, "park", "signed_investment_cny", 9.4031e10, "cny", "签约立项额940.31亿元", "2020年全年", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- pl02 南昌飞行大会 21个项目签约 (人民周刊网 2020)
GX = "南昌高新区"
P2_0 = "在10月31日的南昌飞行大会开幕式上,21个重大重点项目进行了集中签约,累计投资总额达450亿元"
P2_1 = "其中包括均投资100亿元的中信海直-华夏九州通航总部项目,总投资100亿的北京天兵科技火箭智能总装制造基地和商业运载火箭研究院项目,投资50亿元华彬航空南方总部基地项目等"
P2_2 = "北京天兵科技火箭智能总装制造基地和商业运载火箭研究院项目是在南昌高新区投资建设天兵火箭智能总装制造基地和商业运载火箭研究院"
P2_3 = "除此之外,投资30亿元的CR929中后机身复材研发项目也落户南昌高新区"
AS2 = "2020年10月31日（南昌飞行大会集中签约）"
G["pl02"] = dict(
 article=art("（无标题）南昌飞行大会21个重大重点项目集中签约 累计投资总额450亿元", "人民周刊网（peopleweekly.cn，城市栏；存段无标题、无署名）", "2020-11-02", "day",
  "National weekly's city channel, Jiangxi: 21 projects signed at the Nanchang flight convention, with four named aviation / space projects and their sums, two of them placed in Nanchang's national high-tech zone",
  "https://peopleweekly.cn/html/2020/chengshi_1102/45908.html",
  "日期取网址 2020/chengshi_1102（签约在“10月31日”，即2020年10月31日）。存段无标题、无日期行（title 为编者概括），三段，完整。园区：南昌高新区（南昌市，江西）。项目：中信海直-华夏九州通航总部项目（“均投资100亿元”）、北京天兵科技火箭智能总装制造基地和商业运载火箭研究院项目（“总投资100亿”无“元”，investment_cny 留空）、华彬航空南方总部基地项目（50亿元）——均为集中签约（签约）；天兵项目文中明说在南昌高新区；中信海直、华彬两项文中未说园区（null）。CR929中后机身复材研发项目（30亿元）“也落户南昌高新区”，是否属21个签约项目未明说：status 空，status_alt 签约。事实：21个项目、450亿元为南昌飞行大会全场合计（主体南昌市，可选）。公司：中国商用飞机有限责任公司、洪都公司为合作方（可选，无园区）。",
  "pl02"),
 parks=[
  park(GX, "南昌", "江西", "高新区", P2_2, note="文中只作“南昌高新区”"),
 ],
 companies=[
  comp("北京天兵科技", GX, P2_1, opt=True, note="只在项目名中；项目在南昌高新区"),
  comp("中信海直", None, P2_1, opt=True, note="只在项目名中"),
  comp("华彬航空", None, P2_1, opt=True, note="只在项目名中"),
  comp("洪都公司", None, "华彬航空南方总部基地项目是与洪都公司通过军民融合", opt=True, note="合作方"),
  comp("中国商用飞机有限责任公司", None, "为承接中国商用飞机有限责任公司CR929宽体客机中后机身研制项目提供专业技术服务", opt=True, note="项目服务对象"),
 ],
 projects=[
  proj("中信海直-华夏九州通航总部项目", None, P2_1, inv="均投资100亿元", status="签约", status_text="集中签约", note="园区文中未说"),
  proj("北京天兵科技火箭智能总装制造基地和商业运载火箭研究院项目", GX, P2_1, companies=["北京天兵科技"], inv="总投资100亿", unparsed=True,
       status="签约", status_text="集中签约", note="“总投资100亿”无“元”，investment_cny 留空（100亿元）；在南昌高新区投资建设"),
  proj("华彬航空南方总部基地项目", None, P2_1, inv="投资50亿元", status="签约", status_text="集中签约", note="园区文中未说；与洪都公司合作"),
  proj("CR929中后机身复材研发项目", GX, P2_3, inv="投资30亿元", status=None, status_alt="签约", status_text="落户",
       note="“也落户南昌高新区”；是否属本次签约未明说"),
 ],
 aggregate_facts=[
  fact("南昌", "region", "projects_signed", 21, "count", P2_0, AS2, opt=True, note="南昌飞行大会全场合计，非单一园区"),
  fact("南昌", "region", "signed_investment_cny", 4.5e10, "cny", "累计投资总额达450亿元", AS2, opt=True, chk=True, note="同上"),
 ])

# ---------------------------------------------------------------- pl03 南昌经开区新能源汽车产业 (江西日报 via 新华网 2023)
JK = "南昌经开区"
P3_0 = "2007年,凯马百路佳对江西客车厂进行资产重组落户南昌经开区,成为第一家入驻的大型现代化汽车制造企业"
P3_1 = "近两年,欣旺达动力电池、华创锂电铜箔、科达利动力电池精密结构件等项目纷纷落户"
P3_2 = "目前,该区已落户新能源汽车及动力电池产业链相关企业70余家"
AS3 = "2023年2月"
G["pl03"] = dict(
 article=art("南昌经开区新能源汽车产业强势崛起", "江西日报（原标题“蓄能积势 聚力前行”），载于新华网江西频道 jx.news.cn；存段无署名", "2023-02-05", "day",
  "Provincial daily on Xinhua's provincial channel, Jiangxi: a national economic-technological zone's new-energy-vehicle cluster — firms that settled in the zone since 2007, three battery-chain projects landed, firm count and provincial share, a carmaker's plant",
  "http://jx.news.cn/2023-02/05/c_1129338112.htm",
  "日期取页面“2023-02-05 09:21:56 来源: 江西日报”。标题照录（新华网标题；页内“原标题:蓄能积势 聚力前行”与重复的副题行已删，原题记于 title_note）；“关注新华网”“图集”已删。存段末段“舞动“龙头”带动“龙身”…将有效解决江铃新”在句中中断，整段删去（含欣旺达项目“约200亿元”与“已于去年建成投产”，不入标注）；正文截至“…我们对未来充满信心。””，共五段。园区：南昌经开区（南昌市，江西；文中又作“该区”）。公司：凯马百路佳（2007年落户）、江铃新能源汽车公司（2015年落户；又作“江铃新能源”“江铃集团新能源汽车有限公司”）在园区；江西客车厂（被重组，可选）。项目：欣旺达动力电池、华创锂电铜箔、科达利动力电池精密结构件三项“纷纷落户”（落户，无状态、无金额）。事实：产业链相关企业70余家（余）；新能源汽车产销量占全省约80%（ratio 0.8，约）。",
  "pl03", title_note="原标题：蓄能积势 聚力前行"),
 parks=[
  park(JK, "南昌", "江西", "经济技术开发区", P3_0, note="文中又作“该区”；级别未说"),
 ],
 companies=[
  comp("凯马百路佳", JK, P3_0, note="2007年重组江西客车厂落户"),
  comp("江铃集团新能源汽车有限公司", JK, "2015年,江铃新能源汽车公司落户", aliases=["江铃新能源汽车公司", "江铃新能源"], note="全称见“江铃集团新能源汽车有限公司生产车间内”"),
  comp("江西客车厂", JK, P3_0, opt=True, note="被凯马百路佳资产重组"),
  comp("欣旺达", JK, P3_1, opt=True, note="只在项目名“欣旺达动力电池”中"),
  comp("华创锂电铜箔", JK, P3_1, opt=True, note="项目名即企业名"),
  comp("科达利", JK, P3_1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("欣旺达动力电池", JK, P3_1, status=None, status_text="纷纷落户", note="落户，无状态、无金额"),
  proj("华创锂电铜箔", JK, P3_1, status=None, status_text="纷纷落户", note="同上"),
  proj("科达利动力电池精密结构件", JK, P3_1, status=None, status_text="纷纷落户", note="同上"),
 ],
 aggregate_facts=[
  fact(JK, "park", "nev_chain_firms", 70, "count", P3_2, AS3, kind="cumulative", qual="余", qtext="余", note="新能源汽车及动力电池产业链相关企业"),
  fact(JK, "park", "nev_output_sales_share_of_province", 0.8, "ratio", "新能源汽车产销量占全省比重约为80%", AS3, kind="ratio", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- pl04 共青城市(赣江新区共青组团) 中洲世纪 开工 (掌中九江 2022)
GQ = "赣江新区共青组团"
GQG = "九江共青城高新区"
P4_0 = "10月31日,共青城市(赣江新区共青组团)重大工业项目暨中洲世纪集团(共青城)智能制造产业园项目开工仪式举行"
P4_1 = "该项目位于高新园区,占地约77.8亩,总投资约10.3亿元"
AS4 = "2022年10月31日（开工）"
G["pl04"] = dict(
 article=art("今日开工!总投资10亿+", "掌中九江（jjcbw.com，九江日报社客户端），稿源“共青城发布”", "2022-11-01", "day",
  "City news app relaying a county-level city's official account, Jiangxi: groundbreaking of one named smart-manufacturing project in the high-tech park of a Ganjiang New Area cluster, with area, investment, floor area, construction period and expected revenue and tax",
  "https://www.jjcbw.com/news/news/id/269026.html",
  "日期取页面“2022-11-01 15:30:50”（开工仪式为10月31日）。标题照录；“浏览量”、图片占位“图片”、图注“卢治轩下达开工令”、“(来源:共青城发布)”、编辑责编审核行与页脚已删。正文四段，完整。园区：赣江新区共青组团（共青城市，九江，江西；文中作“共青城市(赣江新区共青组团)”）；九江共青城高新区（文末“九江共青城高新区领导”），项目所在“高新园区”记为其别名（由语境推定）。项目：中洲世纪集团(共青城)智能制造产业园项目，开工（开工仪式），总投资约10.3亿元（约），园区九江共青城高新区。公司：中洲世纪集团（只在项目名中，可选）。事实：项目占地约77.8亩、新建厂房及配套72000平方米、建设周期12个月；达产后年主营业务收入约6亿元、年税收约1800万元（target）。",
  "pl04"),
 parks=[
  park(GQ, "九江", "江西", "国家级新区组团", P4_0, district="共青城市", parent="赣江新区", note="文中作“共青城市(赣江新区共青组团)”"),
  park(GQG, "九江", "江西", "高新区", "在家的市四套班子领导、赣江新区共青组团班子成员、九江共青城高新区领导参加活动", district="共青城市", aliases=["高新园区"],
       note="项目“位于高新园区”，按语境记为九江共青城高新区的别名"),
 ],
 companies=[
  comp("中洲世纪集团", GQG, P4_0, opt=True, note="只在项目名“中洲世纪集团(共青城)智能制造产业园项目”中"),
 ],
 projects=[
  proj("中洲世纪集团(共青城)智能制造产业园项目", GQG, P4_1, companies=["中洲世纪集团"], inv="总投资约10.3亿元", qual="约", qual_text="约",
       status="开工", status_text="开工仪式举行", aliases=["智能制造产业园项目"], note="2022年10月31日开工；建设周期12个月"),
 ],
 aggregate_facts=[
  fact("中洲世纪集团(共青城)智能制造产业园项目", "project", "site_area_mu", 77.8, "mu", P4_1, AS4, qual="约", qtext="约", opt=True),
  fact("中洲世纪集团(共青城)智能制造产业园项目", "project", "planned_floor_area_m2", 72000, "m2", "项目计划新建厂房及配套设施72000平方米,建设周期12个月", AS4, kind="target", opt=True),
  fact("中洲世纪集团(共青城)智能制造产业园项目", "project", "expected_annual_revenue_cny", 6e8, "cny", "达产后,可实现年主营业务收入约6亿元,年税收约1800万元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("中洲世纪集团(共青城)智能制造产业园项目", "project", "expected_annual_tax_cny", 1.8e7, "cny", "年税收约1800万元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- pl05 赣江新区中医药科创城 9个项目签约 (中新网 2023)
ZY = "赣江新区中医药科创城"
P5_0 = "9个项目现场集中签约并落户赣江新区中医药科创城,总金额79.5亿元"
P5_1 = "现场集中签约的9个项目中,包括总投资20亿元的中宝药业创新及高端仿制药制剂产业化基地项目、总投资20亿元的美东汇成家用医疗器械研产销基地项目、总投资20亿元的蔬果园生态家清产业园及网红直播创意园项目等"
AS5 = "2023年11月30日（集中签约）"
G["pl05"] = dict(
 article=art("2023上海合作组织传统医学论坛传统医药产业推介会举行 现场签约79.5亿元", "中新网（记者 吴鹏泉），载于镜像站 111.203.215.41（页面“发布时间:2024-11-30 … 来源: sp20241130”为镜像站时间）", "2023-11-30", "day",
  "National news agency's website (mirrored copy), Jiangxi: nine projects signed into the traditional-Chinese-medicine science city of Ganjiang New Area at an SCO forum, with three named 2-billion-yuan projects, the city's innovation platforms",
  "http://111.203.215.41/index.php?etCJR=yTN.html",
  "日期取电头“中新网 南昌11月30日电”与会名“2023上海合作组织传统医学论坛”，即2023-11-30；镜像站页面的“发布时间:2024-11-30 08:24:03 来源: sp20241130”为镜像时间，已删。标题照录。图片说明“11月30日下午,…吴鹏泉 摄”已删。存段末段“江西是中国中医药资源大省…完整产业”在句中中断，整段删去；正文截至“…“核爆点”。”，共五段。电头保留在首段行首（行内不改）。园区：赣江新区中医药科创城（文中又作“中医药科创城”；南昌，江西；母园区赣江新区，国家级新区）。项目：三个总投资20亿元项目，集中签约（签约），园区为中医药科创城。事实：9个项目签约、总金额79.5亿元；引进创新平台24个（累计）。",
  "pl05"),
 parks=[
  park(ZY, "南昌", "江西", "科创城", P5_0, parent="赣江新区", aliases=["中医药科创城"], note="文中又作“中医药科创城”；中国唯一以“中医药”命名的科创城"),
  park("赣江新区", "南昌", "江西", "国家级新区", "中医药科创城是国家级新区赣江新区中的“特区”", note="国家级新区"),
 ],
 companies=[
  comp("中宝药业", ZY, P5_1, opt=True, note="只在项目名中"),
  comp("美东汇成", ZY, P5_1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("赣江新区党工委", "赣江新区党工委副书记、管委会主任,中医药科创城党委书记肖玉文在作中医药产业招商推介时说", opt=True),
 ],
 projects=[
  proj("中宝药业创新及高端仿制药制剂产业化基地项目", ZY, P5_1, companies=["中宝药业"], inv="总投资20亿元", status="签约", status_text="现场集中签约"),
  proj("美东汇成家用医疗器械研产销基地项目", ZY, P5_1, companies=["美东汇成"], inv="总投资20亿元", status="签约", status_text="现场集中签约"),
  proj("蔬果园生态家清产业园及网红直播创意园项目", ZY, P5_1, inv="总投资20亿元", status="签约", status_text="现场集中签约"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "projects_signed", 9, "count", P5_0, AS5),
  fact(ZY, "park", "signed_investment_cny", 7.95e9, "cny", P5_0, AS5, chk=True),
  fact(ZY, "park", "innovation_platforms", 24, "count", "近年来,中医药科创城引进了24个创新平台", "2023年11月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- pl06 小蓝汽车零部件产业园 (洪观新闻 via 南昌发布 2023)
XLP = "小蓝汽车零部件产业园"
P6_0 = "作为小蓝经开区的首位产业,汽车及汽车零部件产业聚集了以江铃汽车为龙头的7家整车生产企业和300余家汽车零部件企业,设置了80万辆汽车年产能布局"
P6_1 = "为此,小蓝经开区顺应发展趋势,于去年8月启动建设小蓝汽车零部件产业园"
P6_2 = "目前已吸引 安道拓、重庆展鸿、温州宏强等企业入驻"
P6_3 = "目前,1号和2号厂房主体结构已完工,秦川电器等企业将于9月中旬入驻,其余13栋厂房正有序施工,整个项目计划年底前全部建成并投入使用"
AS6 = "2023年8月"
G["pl06"] = dict(
 article=art("小蓝汽车零部件产业园,将于年底投入使用", "洪观新闻（全媒体记者 邹佳伶），经“南昌发布”微信公众号，载于 cn.xunjk.com", "2023-08-19", "day",
  "City news outlet via the city government's WeChat account, relayed by a portal, Jiangxi: a park-in-park for auto parts under construction in a national economic-technological zone — start date, firms entered and to enter, buildings finished and under way, the zone's auto cluster",
  "http://cn.xunjk.com/zhoubian/2023/0819/666863.html",
  "日期取网址 2023/0819（采访为“8月17日”，“去年8月启动建设”即2022年8月）。标题照录；“点击蓝字关注我们”“(资料图片)”、来源编辑行、“南昌发布”“微信公众号”“关键词:”已删。页面按公众号排版把句子断成多行（首段7处、第三段6处），make_txt.py JOIN 原样拼接、中间不加字；“记者走进 小蓝…”“目前已吸引 安道拓、”中的空格原样保留。正文四段，完整。园区：小蓝经开区（南昌，江西）；小蓝汽车零部件产业园（园中园，母园区小蓝经开区）。项目：小蓝汽车零部件产业园项目（在建：2022年8月启动建设，1、2号厂房主体完工、其余13栋施工中，计划年底建成投用；无金额）。公司：安道拓、重庆展鸿、温州宏强（已入驻产业园）；秦川电器（9月中旬将入驻，可选）；江铃汽车（小蓝经开区龙头，可选）。事实：小蓝经开区整车企业7家、零部件企业300余家、80万辆年产能布局。",
  "pl06"),
 parks=[
  park(XL, "南昌", "江西", "经济技术开发区", P6_0, district="南昌县", note="级别文中未说"),
  park(XLP, "南昌", "江西", "产业园（汽车零部件）", P6_1, district="南昌县", parent=XL, note="又作“小蓝汽车零部件产业园项目”"),
 ],
 companies=[
  comp("安道拓", XLP, P6_2),
  comp("重庆展鸿", XLP, P6_2),
  comp("温州宏强", XLP, P6_2),
  comp("秦川电器", XLP, P6_3, opt=True, note="将于9月中旬入驻"),
  comp("江铃汽车", XL, P6_0, opt=True, note="园区汽车产业龙头"),
 ],
 projects=[
  proj("小蓝汽车零部件产业园项目", XL, "据了解,小蓝汽车零部件产业园项目主要建设国际高端汽车零部件产业基地", status="在建", status_text="正有序施工",
       note="2022年8月启动建设；1号和2号厂房主体结构已完工，其余13栋施工中；计划2023年底建成投用；无金额"),
 ],
 aggregate_facts=[
  fact(XL, "park", "vehicle_makers", 7, "count", P6_0, AS6),
  fact(XL, "park", "auto_parts_firms", 300, "count", P6_0, AS6, qual="余", qtext="余"),
  fact(XL, "park", "vehicle_capacity_units", 800000, "vehicles", P6_0, AS6, opt=True, note="“80万辆汽车年产能布局”"),
  fact(XLP, "park", "buildings_under_construction", 13, "count", P6_3, AS6, opt=True),
 ])
