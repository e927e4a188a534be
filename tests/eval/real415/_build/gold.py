# real415 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); an amount not of the form digits+万元/亿元 (“2000余万元”) stays in
# investment_text with investment_cny null (unparsed=True). Growth rates and shares as ratios. Projects: the park is the one
# the text places the project in, null if none (a county or town is not a park). Status from the text's words (建成投产 → 投产;
# 完成验收 → 竣工; 已完成招投标 / 前期筹备 → planned; 兴办 / 创办 alone → no status). “预计” / “建成后” figures are kind target;
# “截至目前” / “今年以来” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/mxNN.raw.

# ---------------------------------------------------------------- mx01 三穗县 返乡农民工创业示范园 (黔东南信息港 2011)
SS = "三穗县产业园区"
SC = "“引凤还巢,返乡创业”创业产业园区"
A1 = "考察组一行听取了产业园区和部分企业负责人关于园区建设和企业入驻的情况介绍,并深入三穗千慧服饰有限公司、贵州千里山生态食品股份有限公司、三穗海博生态养殖有限公司等企业实地参观考察"
A2 = "经考察,三穗县产业园区总规划18平方公里,下设6个产业园,其中“引凤还巢,返乡创业”创业产业园区规划用地面积1400亩,现已有15家企业入驻建厂,其中11家企业由三穗籍返乡农民工注册举办,共投资8.307亿元,预计可解决7300余人就业问题"
AS1 = "2011年12月"
G["mx01"] = dict(
 article=art("（无标题）黔东南州考察组到三穗县考察返乡农民工创业示范园挂牌条件", "黔东南信息港（qdn.cn），转自黔东南州人民政府网；署名未示", "2011-12-28", "day",
  "Regional news portal relaying a prefecture government item, Guizhou: a prefecture employment bureau's inspection of a county's industrial park and its returnee-entrepreneur sub-park before naming it a demonstration park — firms visited, park area, sub-parks, firms entered, returnee-founded firms, their investment and expected jobs",
  "http://www.qdn.cn/html/2011/qdnzw_1228/52249.shtml",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2011/qdnzw_1228；考察在12月14日。文首“据黔东南州人民政府网”为转载来源，照录。末尾两段版权声明已删（make_txt.py 按首末段截取）。正文三段，完整。园区：三穗县产业园区（黔东南州三穗县，贵州；总规划18平方公里，下设6个产业园）；其中“引凤还巢,返乡创业”创业产业园区（名称照录，含引号；母园区三穗县产业园区；拟挂牌“返乡农民工创业示范园”，该挂牌名不另列园区）。公司：三穗千慧服饰有限公司、贵州千里山生态食品股份有限公司、三穗海博生态养殖有限公司为考察组参观的企业，考察前听取“产业园区…企业入驻的情况介绍”，推定在三穗县产业园区（未说在哪个子园）。事实：15家企业入驻建厂、11家由返乡农民工举办、共投资8.307亿元（“共投资”的主语依句读应为这11家企业，记于创业产业园区）、预计解决7300余人就业（target）。机构：州人力资源和社会保障局、州就业局、三穗县就业局（可选）。",
  "mx01"),
 parks=[
  park(SS, "黔东南", "贵州", "产业园区", A2, district="三穗县", note="总规划18平方公里，下设6个产业园；文中又作“产业园区”"),
  park(SC, "黔东南", "贵州", "创业园区（返乡农民工）", A2, district="三穗县", parent=SS,
       note="名称含引号照录；文中又作“该创业园区”；拟挂牌“返乡农民工创业示范园”（不另列）"),
 ],
 companies=[
  comp("三穗千慧服饰有限公司", SS, A1, note="考察组参观的企业；园区由语境推定"),
  comp("贵州千里山生态食品股份有限公司", SS, A1, note="同上"),
  comp("三穗海博生态养殖有限公司", SS, A1, note="同上"),
 ],
 institutions=[
  inst("州人力资源和社会保障局", "由州人力资源和社会保障局副局长、州就业局局长杨胜美带队"),
  inst("州就业局", "由州人力资源和社会保障局副局长、州就业局局长杨胜美带队"),
  inst("三穗县就业局", "州就业局、三穗县就业局相关负责人组成的考察组"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SS, "park", "planned_area_km2", 18, "km2", "三穗县产业园区总规划18平方公里", AS1),
  fact(SS, "park", "sub_parks", 6, "count", "下设6个产业园", AS1, opt=True),
  fact(SC, "park", "planned_land_mu", 1400, "mu", "“引凤还巢,返乡创业”创业产业园区规划用地面积1400亩", AS1),
  fact(SC, "park", "firms", 15, "count", "现已有15家企业入驻建厂", AS1, kind="cumulative"),
  fact(SC, "park", "returnee_founded_firms", 11, "count", "其中11家企业由三穗籍返乡农民工注册举办", AS1, kind="cumulative"),
  fact(SC, "park", "returnee_firms_investment_cny", 8.307e8, "cny", "其中11家企业由三穗籍返乡农民工注册举办,共投资8.307亿元", AS1, kind="cumulative", chk=True,
       note="“共投资”主语依句读为11家返乡农民工企业"),
  fact(SC, "park", "expected_jobs", 7300, "persons", "预计可解决7300余人就业问题", AS1 + "（预计）", kind="target", qual="余", qtext="余"),
 ])

# ---------------------------------------------------------------- mx02 贵州 16个重点扶贫产业园区 (中国日报网 2013)
GZ16 = "贵州省16个重点扶贫产业园区"
B0 = "记者日前从贵州省扶贫办获悉,截至10月底,贵州省16个重点扶贫产业园区中的80%已初步建成,完成投资44.98亿元,建成规模种植基地35.36万亩,规模养畜、禽、水产逾400万头(只、尾),实现总产值41.28亿元、销售收入26.4亿元,带动27.28万名农民就业增收"
B1 = "今年贵州省大力扶持113个高效农业示范园区中,扶贫产业园区36个,贵州省扶贫办将其中的关岭蔬菜产业园区等16个园区作为带动农民脱贫致富的龙头,给予重点扶持"
B3 = "目前,16个园区共引进企业159个,引资到位24.33亿元;组建农民专业合作社195个"
B4 = "施秉牛大场中药材园区引资2.61亿元,加快了以太子参为主的中药材产业发展"
AS2 = "2013年10月底"
G["mx02"] = dict(
 article=art("（无标题）贵州16个重点扶贫产业园区80%已初步建成", "中国日报网（global.chinadaily.com.cn 地方频道·贵州）；署名“(朱 邪)”", "2013-12-30", "day",
  "National paper's website, regional channel, Guizhou: a provincial poverty-alleviation office's progress report on 16 key poverty-alleviation (agricultural) industrial parks — share built, investment completed, planting bases, output and sales, farmers employed, funding per park, firms and capital attracted, one park's capital attracted",
  "https://global.chinadaily.com.cn/dfpd/gz/2013-12/30/content_17205394.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2013-12/30。正文五段，完整，署名“(朱 邪)”在末，保留。“胡红霞说”未交代其身份（存段如此）。园区：关岭蔬菜产业园区（16个重点园区之一，文中点名）、施秉牛大场中药材园区（引资2.61亿元）——两者所在市州为编者据地名补（关岭→安顺，施秉→黔东南）；“印江食用菌、赫章核桃等园区”未写全名，不列。16个重点园区合称作事实主语（subject_type park_group）。“每个重点园区都获得1000万元以上的资金支持”为每园资金额（超），不是有名称的基金。机构：贵州省扶贫办；省农科院、国开行、信用社为可选。上海等8个对口帮扶城市的项目合作协议无名称、无金额，不列项目。",
  "mx02"),
 parks=[
  park("关岭蔬菜产业园区", "安顺", "贵州", "扶贫产业园区（农业）", B1, district="关岭", note="16个重点扶贫产业园区之一；市名为编者补"),
  park("施秉牛大场中药材园区", "黔东南", "贵州", "扶贫产业园区（农业）", B4, district="施秉", note="市州名为编者补"),
 ],
 companies=[],
 institutions=[
  inst("贵州省扶贫办", B0, opt=False),
  inst("省农科院", "各重点园区获得省农科院相关研究所的专家服务团一对一帮扶", kind="research"),
  inst("国开行", "并与国开行、信用社等金融机构“银园”对接获得金融支持", kind="bank"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GZ16, "park_group", "share_initially_built", 0.8, "ratio", B0, AS2, kind="ratio"),
  fact(GZ16, "park_group", "investment_completed_cny", 4.498e9, "cny", "完成投资44.98亿元", AS2, kind="cumulative", chk=True),
  fact(GZ16, "park_group", "planting_base_mu", 353600, "mu", "建成规模种植基地35.36万亩", AS2, kind="cumulative"),
  fact(GZ16, "park_group", "livestock_head", 4e6, "head", "规模养畜、禽、水产逾400万头(只、尾)", AS2, qual="超", qtext="逾", opt=True),
  fact(GZ16, "park_group", "output_cny", 4.128e9, "cny", "实现总产值41.28亿元、销售收入26.4亿元", AS2, kind="cumulative", chk=True),
  fact(GZ16, "park_group", "sales_cny", 2.64e9, "cny", "销售收入26.4亿元", AS2, kind="cumulative", chk=True),
  fact(GZ16, "park_group", "farmers_employed", 272800, "persons", "带动27.28万名农民就业增收", AS2),
  fact("贵州省", "region", "efficient_agri_demo_parks_supported", 113, "count", B1, "2013年", opt=True),
  fact("贵州省", "region", "poverty_alleviation_parks", 36, "count", B1, "2013年"),
  fact(GZ16, "park_group", "funding_per_park_cny", 1e7, "cny", "每个重点园区都获得1000万元以上的资金支持", "2013年", qual="超", qtext="以上", chk=True),
  fact(GZ16, "park_group", "firms_introduced", 159, "count", B3, AS2, kind="cumulative"),
  fact(GZ16, "park_group", "capital_in_place_cny", 2.433e9, "cny", "16个园区共引进企业159个,引资到位24.33亿元", AS2, kind="cumulative", chk=True),
  fact(GZ16, "park_group", "cooperatives_formed", 195, "count", B3, AS2, kind="cumulative", opt=True),
  fact("施秉牛大场中药材园区", "park", "capital_attracted_cny", 2.61e8, "cny", B4, AS2, kind="cumulative", chk=True),
  fact("贵州省", "region", "partner_cities", 8, "count", "上海等8个对口帮扶城市与相关园区达成了绿壳蛋鸡、高钙苹果、优质蔬菜、核桃加工等项目合作协议", AS2, opt=True),
 ])

# ---------------------------------------------------------------- mx03 乐安返乡创业助推工业经济发展 (2014)
HF = "厚发工业区"
C0 = "今年初,长年在浙江义乌创业的乐安县谷岗乡下堡村妇女卢仁桂夫妇毅然回乡,投资1亿元在该县厚发工业区创办了一家塑料制品企业"
C2 = "不断完善前坪工业区和公溪工业区配套设施,着力加快万亩厚发工业区建设,打造“一园三区”的工业格局"
C3 = "山砀镇在外创业能人黄帅民前些年回乡投资1.2亿元,创办了江西民康实业有限公司,现在公司产销两旺,去年实现主营业务收入3.3亿元,上交税金860多万元"
C4 = "去年,他又投资2.6亿元在厚发工业区兴办唯康电缆项目"
C5 = "今年,他还动员了一名广东的合作伙伴前来乐安投资2.1亿元创办家具生产项目"
G["mx03"] = dict(
 article=art("乐安返乡创业助推工业经济发展", "nanchang.baogaosu.com（转载；页注“本文来源: 妇联”，原发媒体与署名未注明）", "2014-11-17", "day",
  "Aggregator relaying a local item (source given as 妇联), Jiangxi: returnee entrepreneurs in a county's industrial park — a couple's plastics plant in one zone, returnee-founded entities this year, the share of returnee firms among park firms, the park's three zones, one returnee's company with revenue and tax and his cable project, a furniture project",
  "https://nanchang.baogaosu.com/xinwen/%E4%B9%90%E5%AE%89%E8%BF%94%E4%B9%A1%E5%88%9B%E4%B8%9A%E5%8A%A9%E6%8E%A8%E5%B7%A5%E4%B8%9A%E7%BB%8F%E6%B5%8E%E5%8F%91%E5%B1%95/26408819",
  "日期取页面“17.11.2014 19:42”；“本文来源: 妇联”行已删。标题照录。存段末句“谈起这些年在家乡的发展,黄帅民深有感触地说:“家乡这几年…我的公司才能发展得这么快”在引语中中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…创办家具生产项目。”，共四段。园区：厚发工业区（文中又作“万亩厚发工业区”）、前坪工业区、公溪工业区（抚州市乐安县，江西；“一园三区”，园名未写出，不另列母园区；“该县工业园区”泛称不列）。项目：卢仁桂夫妇在厚发工业区投资1亿元的塑料制品企业（未写项目名，可选项目）；唯康电缆项目（厚发工业区，投资2.6亿元，“兴办”不定状态）；家具生产项目（“前来乐安投资2.1亿元创办”，园区未说，park null；合作伙伴未具名）。公司：江西民康实业有限公司（黄帅民回乡投资1.2亿元创办，所在园区未说，park null；其投资额记为可选事实）。事实：今年以来100多名返乡人员创办经济实体；工业园区70家入园企业中50%以上为返乡人员创办和领办；民康去年主营业务收入3.3亿元、税金860多万元；在外务工创业6万多人（可选）。",
  "mx03"),
 parks=[
  park(HF, "抚州", "江西", "工业区", C0, district="乐安县", aliases=["万亩厚发工业区"], note="“一园三区”之一"),
  park("前坪工业区", "抚州", "江西", "工业区", C2, district="乐安县", note="“一园三区”之一"),
  park("公溪工业区", "抚州", "江西", "工业区", C2, district="乐安县", note="“一园三区”之一"),
 ],
 companies=[
  comp("江西民康实业有限公司", None, C3, note="返乡能人黄帅民创办；园区未说"),
 ],
 projects=[
  proj("塑料制品企业", HF, C0, inv="投资1亿元", opt=True, note="卢仁桂夫妇回乡创办；文中无项目名"),
  proj("唯康电缆项目", HF, C4, inv="投资2.6亿元", note="黄帅民投资；“兴办”（2013年），状态不定"),
  proj("家具生产项目", None, C5, inv="投资2.1亿元", note="黄帅民动员的广东合作伙伴投资；“前来乐安”，园区未说"),
 ],
 aggregate_facts=[
  fact("乐安县", "region", "returnee_entities_founded", 100, "count", "仅今年以来,就先后有100多名返乡人员回乡创办各类经济实体", "2014年1月至11月", kind="cumulative", qual="余", qtext="多"),
  fact("乐安县工业园区", "park", "firms", 70, "count", "该县工业园区70家入园企业中有50%以上是返乡人员创办和领办的", "2014年11月"),
  fact("乐安县工业园区", "park", "returnee_firm_share", 0.5, "ratio", "该县工业园区70家入园企业中有50%以上是返乡人员创办和领办的", "2014年11月", kind="ratio", qual="超", qtext="以上"),
  fact("乐安县", "region", "migrant_workers", 60000, "persons", "乐安有6万多人长期在外务工创业", "2014年", qual="余", qtext="多", opt=True),
  fact("谷岗籍返乡能人", "region", "returnee_firms_founded", 4, "count", "又相继有4名谷岗籍在义乌创业能人回乡创办了4家企业", "2014年", opt=True),
  fact("江西民康实业有限公司", "company", "founding_investment_cny", 1.2e8, "cny", "黄帅民前些年回乡投资1.2亿元", "前些年", opt=True, chk=True),
  fact("江西民康实业有限公司", "company", "revenue_cny", 3.3e8, "cny", "去年实现主营业务收入3.3亿元", "2013年", chk=True),
  fact("江西民康实业有限公司", "company", "taxes_paid", 8.6e6, "cny", "上交税金860多万元", "2013年", qual="余", qtext="多",
       note="“860多万元”不是“数字+万元”形式，metric 不带 _cny 后缀（check_gold 只核对可解析的金额）"),
 ])

# ---------------------------------------------------------------- mx04 界首 泉阳镇创业就业园 (2017)
QY = "泉阳镇创业就业园"
D0 = "从2015年底,界首市工投公司开始投资1.5亿元在泉阳镇集东民族村建设泉阳镇创业就业园暨精准扶贫就业基地项目"
D1 = "项目总占地面积85亩,总建筑面积8.6万平方米,建有7.5万平方米的现代化标准厂房10栋,配套1.1万平方米的研发中心和办公室各一栋,并设有6栋精准扶贫就业车间"
D2 = "项目完全建成后预计可入驻企业15家,新增投资6亿元,利税3000万元以上,提供就业岗位3000个左右,同时可解决贫困群众300人左右就业"
AS4 = "项目完全建成后（预计）"
G["mx04"] = dict(
 article=art("皖西北最大的乡镇级创业就业园和精准扶贫就业基地落户民族村", "hefei.baogaosu.com（转载；原发媒体与署名未注明）", "2017-05-16", "day",
  "Aggregator relaying a local item, Anhui: a town-level entrepreneurship-and-employment park with poverty-alleviation workshops built by a city investment company — investment, site and floor area, factory buildings, workshops, status, poor households employed, expected firms, investment, profit-tax and jobs",
  "http://hefei.baogaosu.com/xinwen/%E4%B9%A1%E9%95%87%E7%BA%A7%E5%88%9B%E4%B8%9A%E5%B0%B1%E4%B8%9A%E5%9B%AD%E5%92%8C%E7%B2%BE%E5%87%86%E6%89%B6%E8%B4%AB%E5%B0%B1%E4%B8%9A/57366112/",
  "日期取页面“16.05.2017 15:58”，该行与空行已删；标题照录；正文两段，完整。园区：泉阳镇创业就业园（阜阳市界首市泉阳镇集东民族村，安徽；与“精准扶贫就业基地”合为一个项目）。项目：泉阳镇创业就业园暨精准扶贫就业基地项目，界首市工投公司投资1.5亿元，2015年底开建；“整个工期基本结束,已有部分厂房投入使用”→ status 在建（status_alt 竣工）。公司：界首市工投公司（投资建设方，park 记本园）。事实：占地85亩、建筑面积8.6万平方米、标准厂房10栋、精准扶贫就业车间6栋（可选）；已解决16户建档立卡贫困户就业；建成后预计入驻企业15家、新增投资6亿元、利税3000万元以上、就业岗位约3000个、贫困群众约300人（target）。",
  "mx04"),
 parks=[
  park(QY, "阜阳", "安徽", "创业就业园（乡镇级）", D0, district="界首市", note="与精准扶贫就业基地合建；泉阳镇集东民族村"),
 ],
 companies=[
  comp("界首市工投公司", QY, D0, kind="state-owned investor", note="投资建设方"),
 ],
 projects=[
  proj("泉阳镇创业就业园暨精准扶贫就业基地项目", QY, D0, companies=["界首市工投公司"], inv="投资1.5亿元", status="在建", status_alt="竣工",
       status_text="整个工期基本结束,已有部分厂房投入使用", note="2015年底开建"),
 ],
 aggregate_facts=[
  fact("泉阳镇创业就业园暨精准扶贫就业基地项目", "project", "site_area_mu", 85, "mu", D1, "2017年5月"),
  fact("泉阳镇创业就业园暨精准扶贫就业基地项目", "project", "floor_area_m2", 86000, "m2", D1, "2017年5月"),
  fact("泉阳镇创业就业园暨精准扶贫就业基地项目", "project", "standard_factory_buildings", 10, "count", D1, "2017年5月", opt=True),
  fact("泉阳镇创业就业园暨精准扶贫就业基地项目", "project", "poverty_workshop_buildings", 6, "count", D1, "2017年5月", opt=True),
  fact(QY, "park", "poor_households_employed", 16, "households", "解决了包括16户建档立卡贫困户群众的就业问题", "2017年5月", kind="cumulative"),
  fact(QY, "park", "expected_firms", 15, "count", D2, AS4, kind="target"),
  fact(QY, "park", "expected_new_investment_cny", 6e8, "cny", "新增投资6亿元", AS4, kind="target", chk=True),
  fact(QY, "park", "expected_profit_tax_cny", 3e7, "cny", "利税3000万元以上", AS4, kind="target", qual="超", qtext="以上", chk=True),
  fact(QY, "park", "expected_jobs", 3000, "jobs", "提供就业岗位3000个左右", AS4, kind="target", qual="约", qtext="左右"),
  fact(QY, "park", "expected_poor_jobs", 300, "persons", "同时可解决贫困群众300人左右就业", AS4, kind="target", qual="约", qtext="左右"),
 ])

# ---------------------------------------------------------------- mx05 陕西勉县设立社区工厂 (2018)
E0 = "陕西省汉中市勉县现有建档立卡贫困人口15285户40798人"
E1 = "勉县与政力制衣(厦门)有限公司签订合作协议,成为苏陕扶贫协作和经济合作启动以来首个在勉县落地的项目,目前已经正式建成投产"
E2 = "该项目总投资2000余万元,建成自动化生产流水线15条,主要从事服装制造、销售产业"
E3 = "预计实现年应税销售1.2亿元、税收200万元,吸纳群众就业500余人"
PZ = "政力制衣(厦门)有限公司项目"
G["mx05"] = dict(
 article=art("陕西勉县设立社区工厂助贫困户增收脱贫", "fb.qgsnfzzx.org.cn（政讯通·全国三农发展促进中心站；来源、作者栏为空）", "2018-04-02", "day",
  "Rural-affairs site, Shaanxi: a county's poverty-alleviation workshops run by co-operatives and agribusinesses, and the first east–west cooperation garment project landed in the county — investment, lines, status, expected sales, tax and jobs",
  "http://fb.qgsnfzzx.org.cn/show-22784.html",
  "日期取页面“时间:2018-04-02”（来源、作者栏为空）；该行、“图片来源互联网”与站点页脚已删；标题照录；正文两段，完整。园区：文中未写园区，不列。公司：政力制衣(厦门)有限公司（与勉县签订合作协议，park null）。项目：该公司在勉县落地的服装制造项目，文中无项目名（name 为编者据公司名拟，“该项目”）；“正式建成投产”→投产；“总投资2000余万元”不是“数字+万元”形式，investment_cny 留空（unparsed），qualifier 余。事实：贫困人口15285户40798人；缺资金等致贫占56.4%（可选）；216家合作社、龙头企业建扶贫车间；项目预计年应税销售1.2亿元、税收200万元、吸纳就业500余人（target）。“苏陕扶贫协作”原文如此。",
  "mx05"),
 parks=[],
 companies=[
  comp("政力制衣(厦门)有限公司", None, E1, note="苏陕扶贫协作首个在勉县落地的项目；园区未说"),
 ],
 institutions=[],
 projects=[
  proj(PZ, None, E2, companies=["政力制衣(厦门)有限公司"], inv="总投资2000余万元", qual="余", qual_text="余", unparsed=True,
       status="投产", status_text="目前已经正式建成投产", note="文中无项目名（“该项目”）；name 由编者据公司名拟；2000余万元 investment_cny 留空"),
 ],
 aggregate_facts=[
  fact("勉县", "region", "registered_poor_households", 15285, "households", E0, "2018年4月"),
  fact("勉县", "region", "registered_poor_people", 40798, "persons", E0, "2018年4月"),
  fact("勉县", "region", "poverty_share_lacking_means", 0.564, "ratio", "其中因缺资金、缺技术、自身发展能力不足致贫的占56.4%", "2018年4月", kind="ratio", opt=True),
  fact("勉县", "region", "coops_and_firms_with_poverty_workshops", 216, "count", "勉县引导和支持全县216家合作社、农业龙头企业,通过创办分厂或加工车间的方式扩大规模", "2018年4月"),
  fact(PZ, "project", "production_lines", 15, "count", E2, "2018年4月", opt=True),
  fact(PZ, "project", "expected_annual_taxable_sales_cny", 1.2e8, "cny", E3, "投产后每年（预计）", kind="target", chk=True),
  fact(PZ, "project", "expected_annual_tax_cny", 2e6, "cny", "税收200万元", "投产后每年（预计）", kind="target", chk=True),
  fact(PZ, "project", "expected_jobs", 500, "persons", "吸纳群众就业500余人", "投产后（预计）", kind="target", qual="余", qtext="余"),
 ])

# ---------------------------------------------------------------- mx06 泰宁 龙湖工业园 扶贫集资厂房 (2019)
LH = "龙湖工业园"
TN = "泰宁经济开发区"
F0 = "龙湖工业园作为“泰宁经济开发区”一区三园的重要组成部分,以其良好的地理位置、丰富的毛竹资源及优质的营商环境吸引来一批竹制品生产企业入驻园区"
F1 = "截至目前,已有14家竹制品企业入驻园区,其中2019年入驻企业11家"
F2 = "该项目以脱贫攻坚为中心,借力扶贫政策,通过改革试验项目、春风工程项目、龙海市对口帮扶及村集体入股等渠道整合资金,分三期进行扶贫集资厂房项目建设"
F3 = "据悉,该扶贫集资集资厂房建设项目总投资640万元,总体建筑面积约5400平方米,完成建设标准厂房5栋并配套完善路、水、电等基础设施"
F4 = "目前,一期项目已顺利完成验收工作,二期已完成项目招投标近期将入驻施工,三期正着手土地招拍挂、设计、预算等前期筹备工作"
PJ = "扶贫集资厂房项目"
G["mx06"] = dict(
 article=art("（无标题）泰宁龙湖工业园扶贫集资厂房项目", "zgtnzx.com（泰宁县新闻网站；署名“(朱口镇 邱璐 肖星华)”）", "2019-12-24", "day",
  "County news site, Fujian: a township's industrial park inside a county development zone — bamboo-product firms entered, a three-phase poverty-alleviation factory-building project funded from several channels, its investment, floor area, buildings, phases' status and leases",
  "http://www.zgtnzx.com/2019-12/24/content_942353.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2019-12/24。存段把全文存为一行，各段以“。 ”相隔：在此处分为五段（make_txt.py SPLIT，句号保留、空格删去）；行末表格竖线“ |”已删。正文完整，署名“(朱口镇 邱璐 肖星华)”在末，保留。“该镇”指朱口镇（据署名推定）。园区：龙湖工业园（“泰宁经济开发区”一区三园之一；三明市泰宁县朱口镇，福建）；泰宁经济开发区（母园区）。项目：扶贫集资厂房项目（文中作“扶贫集资厂房项目建设”，又作“扶贫集资集资厂房建设项目”——原文“集资”重复，照录为 alias），总投资640万元，分三期：一期完成验收（竣工）、二期已完成招投标（planned）、三期前期筹备（planned）——分期列为可选项目，总项目不定状态；园区：文中把项目置于园区语境中（“盘活园区土地资源…以园区企业项目建设为总抓手”），记龙湖工业园。事实：入驻竹制品企业14家（其中2019年11家）；建筑面积约5400平方米；标准厂房5栋（可选）；一期2栋厂房已出租（可选）。机构：龙海市（对口帮扶资金来源）可选；朱口镇只见于署名，不列。",
  "mx06"),
 parks=[
  park(LH, "三明", "福建", "工业园", F0, district="泰宁县", parent=TN, note="泰宁经济开发区“一区三园”之一；朱口镇"),
  park(TN, "三明", "福建", "经济开发区", F0, district="泰宁县", note="文中带引号“泰宁经济开发区”；一区三园"),
 ],
 companies=[],
 institutions=[
  inst("龙海市", F2, note="对口帮扶资金来源"),
 ],
 projects=[
  proj(PJ, LH, F3, inv="总投资640万元", aliases=["扶贫集资集资厂房建设项目"], note="分三期：一期竣工验收、二期已招投标、三期前期筹备；总项目不定状态"),
  proj(PJ + "一期", LH, F4, phase="一期", status="竣工", status_text="一期项目已顺利完成验收工作", opt=True),
  proj(PJ + "二期", LH, F4, phase="二期", status="planned", status_text="二期已完成项目招投标近期将入驻施工", opt=True),
  proj(PJ + "三期", LH, F4, phase="三期", status="planned", status_text="三期正着手土地招拍挂、设计、预算等前期筹备工作", opt=True),
 ],
 aggregate_facts=[
  fact(LH, "park", "bamboo_firms", 14, "count", F1, "2019年12月", kind="cumulative"),
  fact(LH, "park", "firms_entered_in_year", 11, "count", F1, "2019年"),
  fact(PJ, "project", "floor_area_m2", 5400, "m2", F3, "2019年12月", qual="约", qtext="约"),
  fact(PJ, "project", "standard_factory_buildings", 5, "count", F3, "2019年12月", opt=True),
  fact(PJ, "project", "buildings_leased_phase1", 2, "count", "一期的2栋厂房已完成厂房租赁", "2019年12月", opt=True),
 ])

# ---------------------------------------------------------------- mx07 咸丰县 返乡创业园 (中国新闻网 2020)
XF = "返乡创业园"
H0 = "湖北省咸丰县凤群食品加工公司负责人卢凤群说,“得益于东西部扶贫协作,我成功入驻返乡创业园,雇的员工都是本地人。眼下我们产品不仅卖到了浙江,还有杭州余杭的电商企业前来投资,预计今年销售可以达到1000万元。”"
G["mx07"] = dict(
 article=art("东西部扶贫协作新模式:返乡创业园助力就近就业", "中国新闻网，载于 84农业网（84ny.com；作者栏“佚名”）", "2020-04-29", "day",
  "Farm-news site relaying a national news agency item, Hubei: a county's returnee entrepreneurship park set up with east–west poverty-alleviation cooperation — a returnee's food firm in the park with expected sales, the county's out-migrant labour and idle resettlement workshops",
  "http://84ny.com/news/guonei/552498.html",
  "日期取页面“时间:2020-04-29 作者:佚名 来源:中国新闻网”；站点菜单、面包屑与该行已删；两处图片说明“咸丰县返乡创业园内的企业。余咸宣 供图”已删。标题照录。存段末段“我们在工作中发现…回乡创业愿望高涨。”郑颖说,同时咸丰当”在句中中断，整段删去，正文截至“…成为了工作组心头的一个结。”，共三段。园区：正文只作“返乡创业园”（标题同；图片说明作“咸丰县返乡创业园”，已删）；恩施州咸丰县，湖北。公司：凤群食品加工公司（文中作“湖北省咸丰县凤群食品加工公司”，入驻返乡创业园）。事实：凤群预计今年销售1000万元（target）；咸丰县外出务工人口10余万人；易地扶贫安置约5万平方米产业配套用房（可选）。机构：杭州余杭东西部扶贫协作咸丰工作组（可选）。",
  "mx07"),
 parks=[
  park(XF, "恩施", "湖北", "返乡创业园", H0, district="咸丰县", note="图片说明（已删）作“咸丰县返乡创业园”"),
 ],
 companies=[
  comp("凤群食品加工公司", XF, H0, aliases=["湖北省咸丰县凤群食品加工公司"], note="负责人卢凤群；入驻返乡创业园"),
 ],
 institutions=[
  inst("杭州余杭东西部扶贫协作咸丰工作组", "得益于杭州余杭东西部扶贫协作咸丰工作组的创新探索"),
 ],
 projects=[],
 aggregate_facts=[
  fact("凤群食品加工公司", "company", "expected_sales_cny", 1e7, "cny", "预计今年销售可以达到1000万元", "2020年全年（预计）", kind="target", chk=True),
  fact("咸丰县", "region", "outbound_migrant_workers", 100000, "persons", "该县外出务工人口达10余万人", "2020年", qual="余", qtext="余"),
  fact("咸丰县", "region", "resettlement_industrial_floor_area_m2", 50000, "m2", "咸丰县易地扶贫安置约5万平方米的产业配套用房", "2020年", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- mx08 平舆县 返乡创业 (中国商报 2021)
K1 = "据了解,目前,平舆县已经建成省级返乡创业示范园区2个、省级农民工返乡创业示范项目2个、省级返乡创业助力脱贫攻坚优秀项目6个"
K2 = "全县返乡创业人员已达2.8万人,创办各类企业2.6万余家,带动就业近12万人,其中贫困人口1.2万人"
AS8 = "2021年6月"
G["mx08"] = dict(
 article=art("河南平舆县激发返乡创业活力 助推县域经济高质量发展", "中国商报（记者 刘建），载于 zgswcn.com", "2021-06-08", "day",
  "National trade paper's regional report, Henan: a county's returnee-entrepreneurship record — provincial demonstration parks and projects, returnees, firms founded, jobs, poor people employed, pilot-county titles, organisational measures",
  "http://www.zgswcn.com/article/202106/202106081814561242.html",
  "日期取页面“2021-06-08 18:14:56中国商报”（页面注“字数2,010”，存段只到开头）；该行、栏目“简讯>”、图片文件名与图片说明“图为平舆县街景”已删；标题照录。存段末段“强化金融支持。加大创业担保贷款支持,县财政设立1000万元的创业基金,同时将…最高额度分别提”在句中中断，整段删去（1000万元创业基金因此不在正文中），正文截至“…引导外出务工人员踊跃返乡带头创业。”，含小标题一行，共四段。园区：只说“省级返乡创业示范园区2个”，未具名，不列。事实：示范园区2个、示范项目2个、优秀项目6个；返乡创业人员2.8万人、创办企业2.6万余家、带动就业近12万人（约）、其中贫困人口1.2万人。机构：返乡创业工作领导小组（可选）。",
  "mx08"),
 parks=[],
 companies=[],
 institutions=[
  inst("返乡创业工作领导小组", "该县成立返乡创业工作领导小组"),
 ],
 projects=[],
 aggregate_facts=[
  fact("平舆县", "region", "provincial_demo_parks", 2, "count", K1, AS8, kind="cumulative"),
  fact("平舆县", "region", "provincial_demo_projects", 2, "count", K1, AS8, kind="cumulative", opt=True),
  fact("平舆县", "region", "provincial_excellent_poverty_projects", 6, "count", K1, AS8, kind="cumulative"),
  fact("平舆县", "region", "returnee_entrepreneurs", 28000, "persons", K2, AS8, kind="cumulative"),
  fact("平舆县", "region", "firms_founded_by_returnees", 26000, "count", K2, AS8, kind="cumulative", qual="余", qtext="余"),
  fact("平舆县", "region", "jobs_created", 120000, "persons", K2, AS8, kind="cumulative", qual="约", qtext="近"),
  fact("平舆县", "region", "poor_people_employed", 12000, "persons", K2, AS8, kind="cumulative"),
 ])
