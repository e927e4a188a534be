# real201 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); a yuan figure without 万/亿 (“22787元”) is kept in a metric
# without the _cny suffix, unit "cny". US dollars in *_usd facts. Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in. Status from the text's words (已建成投产 → 投产; 已建设完毕 → 竣工; 主体封顶 /
# 主体施工 → 在建). Year-to-date or “截至目前” counts are cumulative; “预计 / 将达到” figures are target. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/urNN.raw as returned.

# ---------------------------------------------------------------- ur01 亳州市食品产业园 (亳州新报 2017)
BZ = "亳州食品产业园"
A0 = "亳州食品产业园建设取得阶段性成效,已入驻项目46个,占地约2204亩,总投资金额为26.9亿元"
A1 = "截至目前,已入驻项目46个,占地约2204亩,总投资金额为26.9亿元;其中正在开工建设的项目27个,占地1462亩,投资20.5亿元"
A2 = "园区位于亳州古井大道以东,105国道以西,张河以南,规划面积2平方公里,占地面积3000亩"
A3 = "截至目前,已入驻食品加工企业56家,今年新入驻企业19家"
AS1 = "2017年10月（截至目前）"
G["ur01"] = dict(
 article=art("亳州市食品产业园引来众多“金凤”来栖 已入驻项目46个,总投资金额为26.9亿元", "亳州新报（张俊宝 记者 蒋海涛），载于 m.yybnet.net（颍州晚报网 亳州频道）", "2017-10-24", "day",
  "City daily via a regional news portal, Anhui: a municipal food-industry park (an agricultural-products processing park) — projects entered, their land and investment, projects under construction, planned area; the counties' food parks' firm counts",
  "https://m.yybnet.net/bozhou/news/201710/6663743.html",
  "日期取页面“亳州新报 2017-10-24 09:08”。标题照录；站名口号“看家乡事,品故乡情”、日期行、“新闻推荐”（另一篇装配式建筑新闻）与页脚已删。正文四段加署名行，完整。园区：亳州食品产业园（标题作“亳州市食品产业园”——列 alias；亳州，安徽；文中称“农产品加工园区”）。无点名企业或项目。事实：已入驻项目46个、占地约2204亩、总投资26.9亿元（截至目前，cumulative）；正在开工建设项目27个、1462亩、投资20.5亿元；规划面积2平方公里、占地3000亩。“三县一区…食品产业园”未点名，其“已入驻食品加工企业56家,今年新入驻企业19家”主语不明确（三县一区或全市），列可选，subject 记“亳州市三县一区食品产业园”。",
  "ur01"),
 parks=[
  park(BZ, "亳州", "安徽", "食品产业园（农产品加工园区）", A0, aliases=["亳州市食品产业园"], note="标题作“亳州市食品产业园”；文中称“农产品加工园区”“园区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(BZ, "park", "projects_entered", 46, "count", A0, AS1, kind="cumulative"),
  fact(BZ, "park", "land_used_by_entered_projects_mu", 2204, "mu", A0, AS1, kind="cumulative", qual="约", qtext="约"),
  fact(BZ, "park", "investment_of_entered_projects_cny", 2.69e9, "cny", A0, AS1, kind="cumulative", chk=True),
  fact(BZ, "park", "projects_under_construction", 27, "count", A1, AS1),
  fact(BZ, "park", "land_of_projects_under_construction_mu", 1462, "mu", A1, AS1, opt=True),
  fact(BZ, "park", "investment_of_projects_under_construction_cny", 2.05e9, "cny", "其中正在开工建设的项目27个,占地1462亩,投资20.5亿元", AS1, chk=True),
  fact(BZ, "park", "planned_area_km2", 2, "km2", A2, "规划"),
  fact(BZ, "park", "site_area_mu", 3000, "mu", A2, "规划", opt=True),
  fact("亳州市三县一区食品产业园", "region", "food_processing_firms_entered", 56, "count", A3, AS1, kind="cumulative", opt=True, note="主语不明确"),
  fact("亳州市三县一区食品产业园", "region", "food_processing_firms_entered_this_year", 19, "count", A3, "2017年1月至10月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ur02 兴宁市丝苗米省级现代农业产业园 (兴宁市政府网 2022)
XN = "兴宁市丝苗米省级现代农业产业园"
B0 = "近日,兴宁市丝苗米省级现代农业产业园建设项目13个大项,31个子项目已经全部完成省级财政资金和自筹资金的使用"
B1 = "园区水稻种植总面积达20.76万亩,年产量9.55万吨,水稻平均单产达到465公斤"
B2 = "2020年,产业园内农民人均可支配收入达22787元,高于全市农民人均可支配收入16%以上"
B3 = "产业园内有县级以上农业龙头企业45家,农民专业合作社219家,家庭农场68家"
B4 = "其中,梅州市绿粮农业科技发展有限公司为产业园牵头实施主体,广东辰丰谷物有限公司、兴宁市益民粮油加工有限公司、广东米粒农业发展有限公司为参与实施主体"
G["ur02"] = dict(
 article=art("兴宁市丝苗米省级现代农业产业园建设项目基本完成建设", "兴宁市人民政府网（兴宁市农业农村局栏目；转自兴宁市融媒体中心）", "2022-10-16", "day",
  "County-level city government site (agriculture bureau's news), Guangdong: a provincial modern agricultural park's construction projects completed and accepted — planting area, output, farmers' income, numbers of leading firms / cooperatives / family farms, the lead and participating firms",
  "https://www.xingning.gov.cn/zfjg/xnsnyncj/xwzx/nydt/content/post_2399090.html",
  "日期取页面“发布时间:2022-10-16 09:12:08”。标题照录；关闭符“×”、浏览次数/信息来源行、三处“图片”占位行与“站群导航”页脚已删。正文四段，完整。园区：兴宁市丝苗米省级现代农业产业园（梅州市兴宁市，广东；跨大坪镇等5个镇）。公司：牵头实施主体梅州市绿粮农业科技发展有限公司、参与实施主体三家，均在产业园。项目只有总数“13个大项,31个子项目”，无点名项目。事实：建设项目13个大项、31个子项目（已基本完成）；水稻种植面积20.76万亩、年产9.55万吨、单产465公斤；2020年农民人均可支配收入22787元（无万/亿，metric 不带 _cny）、高出全市16%以上（超）；县级以上龙头企业45家、合作社219家、家庭农场68家。全省平均亩产384公斤不计。",
  "ur02"),
 parks=[
  park(XN, "梅州", "广东", "省级现代农业产业园", B0, district="兴宁市", note="文中又作“产业园”“园区”"),
 ],
 companies=[
  comp("梅州市绿粮农业科技发展有限公司", XN, B4, note="产业园牵头实施主体"),
  comp("广东辰丰谷物有限公司", XN, B4, note="参与实施主体"),
  comp("兴宁市益民粮油加工有限公司", XN, B4, note="参与实施主体"),
  comp("广东米粒农业发展有限公司", XN, B4, note="参与实施主体"),
 ],
 institutions=[
  inst("兴宁市农业农村局", "市农业农村局制定了《兴宁市丝苗米省级现代农业产业园建设规划(2019-2020年)》", note="文中作“市农业农村局”，名称不全；不计"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XN, "park", "construction_projects", 13, "count", B0, "2022年10月", note="建设项目13个大项，已基本完成"),
  fact(XN, "park", "construction_subprojects", 31, "count", B0, "2022年10月", opt=True),
  fact(XN, "park", "rice_planting_area_mu", 207600, "mu", B1, "2022年"),
  fact(XN, "park", "rice_annual_output_t", 95500, "t", B1, "2022年"),
  fact(XN, "park", "rice_yield_kg_per_mu", 465, "kg/mu", B1, "2022年", opt=True),
  fact(XN, "park", "farmer_per_capita_disposable_income", 22787, "cny", B2, "2020年"),
  fact(XN, "park", "farmer_income_premium_over_city", 0.16, "ratio", B2, "2020年", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(XN, "park", "leading_agri_firms", 45, "count", B3, "2022年"),
  fact(XN, "park", "farmer_cooperatives", 219, "count", B3, "2022年"),
  fact(XN, "park", "family_farms", 68, "count", B3, "2022年"),
 ])

# ---------------------------------------------------------------- ur03 江苏 4 家国家现代农业产业园通过认定 (parkchn 2022)
TX, XY, WJ, BY = "泰兴市产业园", "盱眙县产业园", "苏州市吴江区产业园", "宝应县产业园"
C0 = "泰兴市、盱眙县、苏州市吴江区、宝应县4家申请认定的现代农业产业园全部通过"
C1 = "泰兴市产业园以生猪、银杏为主导产业,去年产业园总产值101.33亿元,主导产业产值占比达90%,园区农民人均可支配收入高于全市农民人均可支配平均收入33%"
C2 = "盱眙县产业园依托虾稻主导产业,去年产业园总产值78.29亿元,建设明祖陵等8家数字农业示范基地"
C3 = "苏州市吴江区产业园以水稻和油菜为主导产业,去年产业园总产值96.18亿元,主导产业总产值63.99亿元"
C4 = "宝应县产业园以荷藕为主导产业,去年产业园总产值59.76亿元"
C5 = "至此累计创建国家现代农业产业园12个,达到创建期的10家产业园全部通过国家认定"
Y21 = "2021年"
G["ur03"] = dict(
 article=art("泰兴市、盱眙县、苏州市吴江区、宝应县新添现代农业产业园", "园区产业网（parkchn.com）“产业快讯”栏；原出处未注明", "2022-02-20", "day",
  "Industrial-park portal's news flash, Jiangsu: four county-level modern agricultural parks recognised as national parks — each park's leading industries and last year's total output, one park's leading-industry share and farmers' income premium, the province's count of national parks",
  "https://parkchn.com/news/chanyekuaixun/6244.html",
  "日期取页面“产业快讯 1916条 2022-02-20 09:53”。标题照录；栏目日期行、页面自动生成的截断摘要（与正文首段开头相同，止于“至此累计创建国家现代农业”）、“热门楼盘 更多>”已删。正文三段，完整。“去年”= 2021年。园区：四家国家现代农业产业园，文中名称只作“泰兴市产业园”“盱眙县产业园”“苏州市吴江区产业园”“宝应县产业园”（照录；kind 国家现代农业产业园；江苏泰州、淮安、苏州、扬州）。“洋宇模式”“明祖陵”数字农业示范基地不列公司/园区。事实：四园2021年总产值；泰兴主导产业产值占比90%、农民人均可支配收入高出全市33%；吴江主导产业总产值63.99亿元；全省（文中未写“江苏”，由语境推断）累计创建国家现代农业产业园12个、创建期10家全部通过认定（可选）；第四批全国43个（可选）。",
  "ur03"),
 parks=[
  park(TX, "泰州", "江苏", "国家现代农业产业园", C1, district="泰兴市", note="文中名称只作“泰兴市产业园”"),
  park(XY, "淮安", "江苏", "国家现代农业产业园", C2, district="盱眙县", note="文中名称只作“盱眙县产业园”"),
  park(WJ, "苏州", "江苏", "国家现代农业产业园", C3, district="吴江区"),
  park(BY, "扬州", "江苏", "国家现代农业产业园", C4, district="宝应县"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(TX, "park", "total_output_cny", 1.0133e10, "cny", C1, Y21, chk=True),
  fact(TX, "park", "leading_industry_output_share", 0.9, "ratio", C1, Y21, kind="ratio"),
  fact(TX, "park", "farmer_income_premium_over_city", 0.33, "ratio", C1, Y21, kind="ratio"),
  fact(XY, "park", "total_output_cny", 7.829e9, "cny", C2, Y21, chk=True),
  fact(XY, "park", "digital_agriculture_demo_bases", 8, "count", C2, Y21, opt=True),
  fact(WJ, "park", "total_output_cny", 9.618e9, "cny", C3, Y21, chk=True),
  fact(WJ, "park", "leading_industry_output_cny", 6.399e9, "cny", "主导产业总产值63.99亿元", Y21, chk=True),
  fact(BY, "park", "total_output_cny", 5.976e9, "cny", C4, Y21, chk=True),
  fact("江苏省", "region", "national_modern_agri_parks_created", 12, "count", C5, "2022年2月", kind="cumulative", opt=True, note="文中未写“江苏”，由语境推断"),
  fact("江苏省", "region", "national_modern_agri_parks_recognised", 10, "count", C5, "2022年2月", kind="cumulative", opt=True),
  fact("全国", "region", "national_modern_agri_parks_recognised_batch4", 43, "count", "农业农村部、财政部近日公布了第四批通过认定的43个国家现代农业产业园名单", "2022年2月", opt=True),
 ])

# ---------------------------------------------------------------- ur04 周口国家农高区 (jintiao.net 2022; 科技日报 记者署名)
ZK = "周口国家农业高新技术产业示范区"
D0 = "近日,国务院批复同意将河南省周口国家农业科技园区建设为周口国家农业高新技术产业示范区(以下简称周口国家农高区)"
D1 = "集聚各类企业106家,其中高新技术企业20家,2021年实现产值279.3亿元,其中农业高新技术产业总产值107.8亿元,占总产值的38.6%"
G["ur04"] = dict(
 article=art("（无标题）周口国家农业科技园区获批建设周口国家农业高新技术产业示范区", "jintiao.net（转载；存段署名“记者乔地实习记者孙越”，原刊未注明）", "2022-05-10", "day",
  "Aggregator relaying a national science daily's report, Henan: an agricultural science park upgraded to a national agricultural high-tech demonstration zone — its leading industry, firms and high-tech firms, 2021 output and high-tech share",
  "http://jintiao.net/xiazai/2022/0510/30249.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2022/0510。正文三段加署名行，完整；“相关新闻 热搜榜”及日期列表、“财经 更多>”已删。园区：周口国家农业高新技术产业示范区（文中简称“周口国家农高区”——alias；前身“周口国家农业科技园区”，2015年科技部批准——亦列 alias，同 real52 zv07 旧名作 alias 的做法；周口，河南）。无点名企业。事实：企业106家、高新技术企业20家；2021年产值279.3亿元、农业高新技术产业总产值107.8亿元、占38.6%。",
  "ur04"),
 parks=[
  park(ZK, "周口", "河南", "国家农业高新技术产业示范区", D0, aliases=["周口国家农高区", "周口国家农业科技园区"],
       note="前身为2015年科技部批准建设的周口国家农业科技园区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(ZK, "park", "firms", 106, "count", D1, "2022年5月"),
  fact(ZK, "park", "high_tech_firms", 20, "count", D1, "2022年5月"),
  fact(ZK, "park", "output_cny", 2.793e10, "cny", "2021年实现产值279.3亿元", "2021年", chk=True),
  fact(ZK, "park", "agri_high_tech_output_cny", 1.078e10, "cny", "其中农业高新技术产业总产值107.8亿元,占总产值的38.6%", "2021年", chk=True),
  fact(ZK, "park", "agri_high_tech_output_share", 0.386, "ratio", "其中农业高新技术产业总产值107.8亿元,占总产值的38.6%", "2021年", kind="ratio"),
 ])

# ---------------------------------------------------------------- ur05 成都国家农业科技园区通过验收 (温江区新经济和科技局 via 前瞻产业园区 2023)
CD = "成都国家农业科技园区"
E0 = "成都国家农业科技园区正式通过农村司验收评审及结果公示"
E1 = "园区获批国家重点实验室2个、省市级研发平台46个、市级以上创新载体10个,获得省级以上科技进步奖80项"
E2 = "新引进中国农科院都市农业所杨其长、南京大学模式动物研究所高翔等高层次人才28人,累计达到205人"
E3 = "农高创新中心已入驻四川种业集团等企业30余家"
E4 = "成都都市现代农业产业技术研究院已孵化农业科技企业19家,转化科技成果42项,年销售收入突破1亿元"
E5 = "大力培育花木产业新业态,花木年销售额达24亿元"
E6 = "与47个“一带一路”国家及地区建立贸易关系,常态化出口品种27个,实现花木累计出口2520万美元"
E7 = "建成成都花木(农产品)进出口园区全球性花木贸易一站式进出口服务平台"
AS5 = "2023年5月（创建三年）"
G["ur05"] = dict(
 article=art("成都国家农业科技园圆满通过创建验收", "前瞻产业研究院“园区”频道（y.qianzhan.com）；来源:温江区新经济和科技局", "2023-06-02", "day",
  "District science bureau's report relayed by a park-data portal, Sichuan: a national agricultural science park passes acceptance after three years — labs, platforms and awards, talents, firms in its innovation centre, an institute's incubated firms and sales, flower sales and exports",
  "https://y.qianzhan.com/yuanqu/detail/610/230602-5d46bea7.html",
  "日期取页面“发布时间:2023-06-02 11:00:31”。标题照录；来源/发布时间/阅读量行、“分享:”“1”已删。存段在第五段小标题“(四)园区综合效益”处中断，该残行不收（ITEMS 止于“(三)…”段）；正文四段（长文只存前半）。园区：成都国家农业科技园区（标题作“成都国家农业科技园”——alias；成都市温江区，四川）；“成都花木(农产品)进出口园区”为园内平台所在园区，列可选园区。公司：四川种业集团（入驻农高创新中心，在园）。机构：中国农科院都市农业所、南京大学模式动物研究所、成都都市现代农业产业技术研究院（可选）。事实：国家重点实验室2个、省市级研发平台46个、创新载体10个、省级以上科技进步奖80项；新引进高层次人才28人、累计205人；农高创新中心入驻企业30余家（余）；研究院孵化企业19家、转化成果42项、年销售收入突破1亿元（超；研究院为主语，可选）；花木年销售额24亿元；47个国家及地区、出口品种27个、花木累计出口2520万美元（cumulative）。新品种55种、新技术20余项列可选。",
  "ur05"),
 parks=[
  park(CD, "成都", "四川", "国家农业科技园区", E0, district="温江区", aliases=["成都国家农业科技园"], note="标题作“成都国家农业科技园”；文中又作“园区”"),
  park("成都花木(农产品)进出口园区", "成都", "四川", "进出口园区", E7, district="温江区", parent=CD, opt=True, note="只作平台所在地出现"),
 ],
 companies=[
  comp("四川种业集团", CD, E3, note="入驻农高创新中心"),
 ],
 institutions=[
  inst("中国农科院都市农业所", E2, kind="research", note="引进人才的原单位"),
  inst("南京大学模式动物研究所", E2, kind="research"),
  inst("成都都市现代农业产业技术研究院", E4, kind="research", park=CD),
 ],
 projects=[],
 aggregate_facts=[
  fact(CD, "park", "state_key_labs", 2, "count", E1, AS5, kind="cumulative"),
  fact(CD, "park", "rd_platforms_provincial_municipal", 46, "count", E1, AS5, kind="cumulative"),
  fact(CD, "park", "innovation_carriers", 10, "count", E1, AS5, kind="cumulative"),
  fact(CD, "park", "sci_tech_awards", 80, "count", E1, AS5, kind="cumulative"),
  fact(CD, "park", "high_level_talents_new", 28, "count", E2, AS5),
  fact(CD, "park", "high_level_talents", 205, "count", E2, AS5, kind="cumulative"),
  fact(CD, "park", "firms_in_innovation_centre", 30, "count", E3, AS5, qual="余", qtext="余", note="农高创新中心入驻企业"),
  fact("成都都市现代农业产业技术研究院", "institution", "firms_incubated", 19, "count", E4, AS5, kind="cumulative", opt=True),
  fact("成都都市现代农业产业技术研究院", "institution", "tech_achievements_transferred", 42, "count", E4, AS5, kind="cumulative", opt=True),
  fact("成都都市现代农业产业技术研究院", "institution", "annual_sales_cny", 1e8, "cny", "年销售收入突破1亿元", AS5, qual="超", qtext="突破", opt=True, chk=True),
  fact(CD, "park", "new_varieties", 55, "count", "培育丰农88玉米等新品种55种", AS5, kind="cumulative", opt=True),
  fact(CD, "park", "flower_annual_sales_cny", 2.4e9, "cny", E5, "近年（2022/2023年）", chk=True),
  fact(CD, "park", "trade_partner_countries", 47, "count", E6, AS5),
  fact(CD, "park", "export_varieties", 27, "count", E6, AS5, opt=True),
  fact(CD, "park", "flower_exports_usd", 2.52e7, "usd", E6, AS5, kind="cumulative"),
 ])

# ---------------------------------------------------------------- ur06 屏山食品科技园牌坊工程竣工 (屏山资讯 via hsfnq 2016)
PS = "屏山食品科技园"
F0 = "屏山食品科技园项目属2015年省投资促进重点项目,按“园中园”模式规划,总用地面积180亩,总投资5.6亿元"
F1 = "目前石盘食品科技园已建成投产米奇食品、即将建成优格食品和帕克食品包装"
G["ur06"] = dict(
 article=art("展科技园区形象 树食品金字招牌——我县食品科技园牌坊工程竣工验收", "屏山资讯（据屏山县工业园区管理委员会消息），载于 hsfnq.com “宜宾动态·招商动态”", "2016-12-28", "day",
  "County news column on a local portal, Sichuan: a food science park (a park within the county industrial park) — its gate works completed, the park project's area and investment, firms in production and about to be completed",
  "http://hsfnq.com/yibindongtai/270631.html",
  "日期取页面“| 招商动态 |2016-12-28”。标题行照录，含栏目标记“【屏山资讯】”（title 字段略去该标记）；栏目日期行已删。正文三段，完整。园区：屏山食品科技园（宜宾市屏山县，四川；按“园中园”模式规划，母园为“我县工业园区”，名称未写出，parent 记 null）；“石盘食品科技园”指同一园区（在石盘）——列 alias。“川大食品研究园”为技术支撑方（四川大学），列可选机构。公司：米奇食品（已建成投产）、优格食品、帕克食品包装（即将建成），均在园。项目：屏山食品科技园项目（2015年省投资促进重点项目，180亩，总投资5.6亿元；状态未明说）；食品科技园牌坊工程项目（竣工验收，可选）。",
  "ur06", title_note="标题行前有栏目标记“【屏山资讯】”"),
 parks=[
  park(PS, "宜宾", "四川", "食品科技园（园中园）", F0, district="屏山县", aliases=["石盘食品科技园"], note="文中又作“食品科技园”“我县食品科技园”；“石盘食品科技园”指同一园区"),
 ],
 companies=[
  comp("米奇食品", PS, F1, note="已建成投产"),
  comp("优格食品", PS, F1, note="即将建成"),
  comp("帕克食品包装", PS, F1, note="即将建成"),
 ],
 institutions=[
  inst("川大食品研究园", "食品科技园紧紧依托全县丰富的农产品资源优势和川大食品研究园技术支撑优势走创新驱动、特色发展之路", kind="research", note="技术支撑方"),
 ],
 projects=[
  proj("屏山食品科技园项目", PS, F0, inv="总投资5.6亿元", note="2015年省投资促进重点项目；总用地面积180亩；状态未明说"),
  proj("食品科技园牌坊工程项目", PS, "2016年12月22日,我县食品科技园牌坊工程项目通过竣工验收", status="竣工", status_text="通过竣工验收", opt=True, note="9月中旬动工，12月初完工"),
 ],
 aggregate_facts=[
  fact(PS, "park", "site_area_mu", 180, "mu", F0, "规划"),
 ])

# ---------------------------------------------------------------- ur07 重庆绿色食品产业园 (中国食品安全网 2020)
LP = "重庆绿色食品产业园"
LPI = "重庆梁平工业园区"
G0 = "10月11日,笔者来到位于重庆梁平工业园区的重庆绿色食品产业园看到,渝美滋休闲食品研发生产项目已建设完毕即将投产、梁平谢鸭子食品有限公司一期的1号楼和检验楼已主体封顶"
G1 = "据了解,梁平谢鸭子食品有限公司是重庆绿色食品产业园建设项目之一,项目总投资2000多万元"
G2 = "待其全部投产后,公司产值将达到5000万元以上"
G["ur07"] = dict(
 article=art("重庆梁平绿色食品产业园渝美滋项目将投产 已有企业入驻", "中国食品安全网（cfsn.cn，重庆频道；何建军，编辑 周林）", "2020-10-14", "day",
  "Food-safety trade paper's website, Chongqing: a green-food park inside a county industrial park — one project finished and about to start production, a local food firm's new plant under construction with its investment and expected output",
  "https://www2.cfsn.cn/front/web/site.shengnewshow?lmid=0&newsid=47559&sjid=22",
  "日期取页面“2020-10-14 09:27:00 来源:中国食品安全网 编辑:周林”。标题照录；频道菜单、日期来源行、编者“摘要”、图片文件名与图片说明（“重庆绿色食品产业园”“重庆绿色食品产业园梁平谢鸭子食品公司新厂区”）已删。存段在第六段（引语“重庆绿色食品产业园分为A、B两区…入驻企业有奇爽食品、”）处中断，该段整段不收；正文四段。园区：重庆绿色食品产业园（标题作“重庆梁平绿色食品产业园”——alias；位于重庆梁平工业园区——列为母园，也作园区）。公司：梁平谢鸭子食品有限公司（又作“谢鸭子食品有限公司”“谢鸭子”），在园。项目：渝美滋休闲食品研发生产项目（已建设完毕即将投产→竣工）；谢鸭子新厂（“梁平谢鸭子食品有限公司是…建设项目之一”，一期主体已封顶→在建；总投资“2000多万元”——非“数字+万元”，investment_cny 记 null，同 real25 q04，qualifier 余）。事实：谢鸭子全部投产后产值5000万元以上（target，超）；建筑面积10000平方米（可选）。",
  "ur07"),
 parks=[
  park(LP, "重庆", "重庆", "食品产业园", G0, district="梁平区", parent=LPI, aliases=["重庆梁平绿色食品产业园"], note="标题作“重庆梁平绿色食品产业园”；文中又作“产业园”"),
  park(LPI, "重庆", "重庆", "工业园区", G0, district="梁平区", note="重庆绿色食品产业园所在"),
 ],
 companies=[
  comp("梁平谢鸭子食品有限公司", LP, G1, aliases=["谢鸭子食品有限公司", "谢鸭子"], note="本土食品企业，入驻重庆绿色食品产业园"),
 ],
 projects=[
  proj("渝美滋休闲食品研发生产项目", LP, G0, status="竣工", status_text="已建设完毕即将投产", note="即将投产"),
  proj("梁平谢鸭子食品有限公司", LP, G1, companies=["梁平谢鸭子食品有限公司"], inv="2000多万元", unparsed=True, qual="余", qual_text="多",
       status="在建", status_text="一期的1号楼和检验楼已主体封顶",
       note="新厂区项目，以企业名作项目名；将建1、2、3号厂房和1栋实验大楼，分2期实施"),
 ],
 aggregate_facts=[
  fact("梁平谢鸭子食品有限公司", "company", "expected_output_cny", 5e7, "cny", G2, "全部投产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("梁平谢鸭子食品有限公司", "company", "floor_area_m2", 10000, "m2", "总建设面积达10000平方米", "规划", opt=True),
 ])

# ---------------------------------------------------------------- ur08 中原农谷核心区(平原示范区) 访谈 (农业农村部发展规划司 2025)
PY = "平原示范区"
ZY = "中原农谷"
H0 = "——访中原农谷核心区(平原示范区)党工委书记陈剑虹"
H1 = "一个顶层设计锚定方向,一支30亿元投资基金强化支撑"
H2 = "园区专项划拨2000亩建设用地、1000亩农业设施用地,吸引先正达、中农发等龙头企业建设育种基地,用417亿元政金企合作贷款激活市场活力"
H3 = "康相涛院士工作室、郑州果树研究所、河南省智慧农业研究院等单位先后入驻中原农谷科技孵化中心,累计引入企业19家、科研平台67家、各类服务平台7家"
AS8 = "2025年"
G["ur08"] = dict(
 article=art("“平原水乡”驶出种业“航母” ——访中原农谷核心区(平原示范区)党工委书记陈剑虹", "农业农村部发展规划司网站（jhs.moa.gov.cn，“县委书记谈园区(第二期)”，转发专题报道）", "2025-12-08", "day",
  "Ministry department's website reposting an interview series, Henan: the party secretary of a seed-industry zone around a national modern agricultural park — an investment fund, land set aside, leading firms' breeding bases, policy loans, institutes and firms in the incubation centre",
  "https://jhs.moa.gov.cn/xdnyjs/202512/t20251208_6479558.htm",
  "存段无日期行；日期取网址 202512/t20251208（同系列第一期页面标“日期:2025-08-16”，系原稿日期，本期未见，故取网址日期）。栏目行“县委书记谈园区(第二期)”已删；标题与副题两行以一个空格连成标题。存段在第四段“表型鉴定舱内光照、温湿度可以实现自动调”处中断，该残句已删（make_txt.py LINE_SUFFIX）；正文三段半（长文只存开头）。园区：平原示范区（文中作“中原农谷核心区(平原示范区)”——“中原农谷核心区”列 alias；新乡，河南；文中说“郑州市与新乡市交界处”）；中原农谷（覆盖郑州、新乡的农业科技创新区，kind 记“农业科技创新区”，可选）；“农业农村部、财政部批准建设的现代农业产业园项目”未给名称，不另列。公司：先正达、中农发（建设育种基地，园区=文中“园区”，即平原示范区内产业园）。机构：康相涛院士工作室、郑州果树研究所、河南省智慧农业研究院（入驻中原农谷科技孵化中心，可选）；“国家生物育种产业创新中心”只在被删的残句中，不列。基金：“一支30亿元投资基金”无名称，列可选，规模30亿元。事实：划拨建设用地2000亩、农业设施用地1000亩；政金企合作贷款417亿元；孵化中心累计引入企业19家、科研平台67家、服务平台7家（cumulative）。",
  "ur08"),
 parks=[
  park(PY, "新乡", "河南", "示范区（中原农谷核心区；国家现代农业产业园项目所在）", H0, aliases=["中原农谷核心区"], note="文中作“中原农谷核心区(平原示范区)”；又作“园区”“产业园”"),
  park(ZY, "新乡", "河南", "农业科技创新区", "在河南省郑州市与新乡市交界处的平原示范区,“中原农谷”正以“一粒种子”的力量撬动百亿产值", opt=True, note="平原示范区为其核心区"),
 ],
 companies=[
  comp("先正达", PY, H2, note="建设育种基地"),
  comp("中农发", PY, H2, note="建设育种基地；名称不全"),
 ],
 institutions=[
  inst("康相涛院士工作室", H3, kind="research", park=PY),
  inst("郑州果树研究所", H3, kind="research", park=PY),
  inst("河南省智慧农业研究院", H3, kind="research", park=PY),
 ],
 funds=[
  fund("30亿元投资基金", PY, H1, size="30亿元", opt=True, note="文中无基金名称，只作“一支30亿元投资基金”"),
 ],
 projects=[],
 aggregate_facts=[
  fact(PY, "park", "construction_land_allocated_mu", 2000, "mu", H2, AS8),
  fact(PY, "park", "agri_facility_land_allocated_mu", 1000, "mu", H2, AS8, opt=True),
  fact(PY, "park", "policy_bank_enterprise_loans_cny", 4.17e10, "cny", H2, AS8, kind="cumulative", chk=True),
  fact("中原农谷科技孵化中心", "institution", "firms_introduced", 19, "count", H3, AS8, kind="cumulative"),
  fact("中原农谷科技孵化中心", "institution", "research_platforms", 67, "count", H3, AS8, kind="cumulative"),
  fact("中原农谷科技孵化中心", "institution", "service_platforms", 7, "count", H3, AS8, kind="cumulative", opt=True),
 ])
