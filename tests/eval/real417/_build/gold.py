# real417 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written; 超过/超 → 超,
# 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first amount of the evidence;
# chk=True asserts it). Projects: the park the text places them in, null if none (a county, 团 or 镇 is not a park). Status
# only from the text's words (签字/落户 → 签约; 已建成 → 竣工; 投产/已投产 → 投产; 建设现场 / 正在进行厂房装修 → 在建; 拟兴建 →
# planned). “预计” / 计划 figures are kind target; year-to-date or “以来” counts are cumulative. Sources: `search` (pages) excerpts
# typed into _raw/pages/mzNN.raw as returned.

# ---------------------------------------------------------------- mz01 平安县招商引资 (青海新闻网 via zhongtushe 2009)
PA = "平安县"
XS = "小峡石家营小型工业集中区"
A1 = "青洽会期间签约项目11个,签约资金总额达6亿元"
AS1 = "2008年（截至年底）"
G["mz01"] = dict(
 article=art("平安县招商引资工作力度大 完成引进区外资金8.83亿", "青海新闻网（“青海新闻网讯”；作者 王学超 阴汉武），载于 zhongtushe.com", "2009-04-30", "day",
  "Provincial news portal via a relay site, Qinghai: a county's investment-attraction results for 2008 — outside funds introduced, projects signed at a fair, six named industrial projects with totals, amounts spent and stages, a small industrial concentration zone's site works, county industrial output",
  "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/qinghai/2009/0428/26006.html",
  "日期取页面“2009-04-30”（网址作 2009/0428）；文中“去年”即2008年。标题行末表格竖线“ |”与日期行、空表格行已删；正文末站方关键词行“本篇新闻热门关键词:板带场地项目洽谈引资”已删（make_txt.py LINE_SUFFIX），署名“(作者:王学超 阴汉武 )”保留。正文两段，完整。平安县（海东地区，青海）为县，不是园区（事实 subject_type region）。园区：小峡石家营小型工业集中区（只说场地平整与基础工程已完成）。项目：平安高精铝板带项目（总投资26亿元，年内完成投资6.8亿元，阶段未明说，status 空）；元石山镍矿项目（总投资3.2亿元，已进入设备安装调试阶段→在建）；青海富森氧化锌项目（总投资1800万元，已建成→竣工）；平安余禾科技肥料项目（投资1000万元，正式投产→投产）；平安奋发空心砖厂（投资140万元，已投产，可选）；青海应录铝业铁合金和产线（只有已完成投资2200万元，无总投资，可选）。各项目园区文中均未说明，记 null。",
  "mz01"),
 parks=[
  park(XS, "海东", "青海", "工业集中区", "小峡石家营小型工业集中区场地平整,水、电、路等基础工程已完成", district="平安县", note="只说基础工程已完成"),
 ],
 companies=[
  comp("青海应录铝业", None, "青海应录铝业铁合金和产线已完成投资2200万元", opt=True),
 ],
 projects=[
  proj("平安高精铝板带项目", None, "总投资26亿元的平安高精铝板带项目年内完成投资6.8亿元", inv="总投资26亿元", note="2008年内完成投资6.8亿元；阶段未明说"),
  proj("元石山镍矿项目", None, "总投资3.2亿元的元石山镍矿项目年内完成投资2000万元,已进入设备安装调试阶段", inv="总投资3.2亿元", status="在建", status_text="已进入设备安装调试阶段", note="二期工程已通过专家论证，待一期投产后立项"),
  proj("青海富森氧化锌项目", None, "总投资1800万元的青海富森氧化锌项目已建成", inv="总投资1800万元", status="竣工", status_text="已建成"),
  proj("平安余禾科技肥料项目", None, "投资1000万元的平安余禾科技肥料项目正式投产", inv="投资1000万元", status="投产", status_text="正式投产"),
  proj("平安奋发空心砖厂", None, "投资140万元的平安奋发空心砖厂已投产", inv="投资140万元", status="投产", status_text="已投产", opt=True),
  proj("青海应录铝业铁合金和产线", None, "青海应录铝业铁合金和产线已完成投资2200万元", companies=["青海应录铝业"], opt=True, note="只有已完成投资，无总投资"),
 ],
 aggregate_facts=[
  fact(PA, "region", "outside_funds_introduced_cny", 8.83e8, "cny", "截至去年底,完成引进区外资金8.83亿元", AS1, kind="cumulative", chk=True),
  fact(PA, "region", "projects_signed", 11, "count", A1, "2008年（青洽会期间）"),
  fact(PA, "region", "signed_investment_cny", 6e8, "cny", "签约资金总额达6亿元", "2008年（青洽会期间）", chk=True),
  fact(PA, "region", "industrial_output_cny", 2.23e9, "cny", "全县完成工业总产值22.3亿元,同比增长29%", AS1, chk=True),
  fact(PA, "region", "industrial_output_yoy_growth", 0.29, "ratio", "全县完成工业总产值22.3亿元,同比增长29%", AS1, kind="ratio"),
  fact(PA, "region", "industrial_value_added_cny", 6.05e8, "cny", "实现工业增加值6.05亿元", AS1, chk=True, opt=True),
  fact(PA, "region", "industrial_fixed_asset_investment_cny", 7.394e8, "cny", "完成工业性固定资产投资7.394亿元", AS1, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- mz02 西藏代表团 西洽会 (zhongtushe 2009)
B0 = "西藏代表团将携122个特色产业项目赴会招商"
G["mz02"] = dict(
 article=art("西藏代表团122个特色项目赴西洽会招商", "zhongtushe.com（“西藏”栏转载；署名“董昌俊”，原发媒体未注明）", "2009-04-30", "day",
  "Regional news item via a relay site, Tibet: the region's delegation to a western trade fair with 122 projects and their total, a planned convention centre in Lhasa with area and investment, a waste-to-power project seeking investment",
  "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/xicang/2009/0427/8004.html",
  "日期取页面“2009-04-30”（网址作 2009/0427；文中“30日”“西洽会将于4月4日…开幕”，写作日应在3月底）。标题行末“ |”、日期行、空表格行与署名行“:董昌俊”已删。存段末段“另外,此次西洽会,还计划通过拉萨市当雄县的藏北草原风力发电项目、达孜县的太阳能光伏应用开发”中断，整段删去；正文截至“…产生深远影响。”，含小标题两行。文中无具名园区（“物流园区开发”只是产业类别）。项目：拉萨市会展中心（拟兴建→planned，总投资5亿元）；垃圾发电项目（引资2至3亿元为区间，不作投资额，可选）。“投资总额达100多亿元”为推介项目合计（余），金额非“数字+亿元”格式，metric 不以 _cny 结尾。",
  "mz02"),
 parks=[],
 companies=[],
 institutions=[
  inst("自治区招商引资局", "30日,记者从自治区招商引资局了解到", note="西藏自治区招商引资局"),
 ],
 projects=[
  proj("拉萨市会展中心", None, "拟兴建的拉萨市会展中心,占地面积50亩,建筑面积10万平方米,总投资5亿元", inv="总投资5亿元", status="planned", status_text="拟兴建", note="拉萨市东城区"),
  proj("垃圾发电项目", None, "西洽会上,拉萨市还准备引资2至3亿元,用于垃圾发电项目", status="planned", status_text="准备引资", opt=True, note="引资2至3亿元为区间，不作投资额"),
 ],
 aggregate_facts=[
  fact("西藏代表团", "region", "promoted_projects", 122, "count", B0, "2009年（第十三届西洽会）"),
  fact("西藏代表团", "region", "promoted_projects_investment", 1e10, "cny", "投资总额达100多亿元", "2009年（第十三届西洽会）", qual="余", qtext="多", note="122个推介项目合计"),
 ])

# ---------------------------------------------------------------- mz03 六十三团 金属硅 (ferro-alloys.cn 2011)
C0 = "随着该团团长黄新江与成都晶得荣投资集团董事长张志明签字完毕,标志着这个投资8亿元人民币、年产8万吨金属硅的工业项目在该团落户"
C1 = "该项目占地面积为250亩,首期投资2.8亿元,计划总投资8亿元"
P3 = "年产8万吨金属硅项目"
G["mz03"] = dict(
 article=art("六十三团招商引资8亿元建设年产8万吨金属硅项目", "ferro-alloys.cn（铁合金网；来源栏空，原发媒体未注明）", "2011-07-25", "day",
  "Trade-portal news item, Xinjiang Production and Construction Corps: a regiment signs a silicon-metal project with an investor group — total and first-phase investment, land, capacity, expected output and tax, planned completion of phase one",
  "http://ferro-alloys.cn/News/Details/18864",
  "日期取页面“2011年07月25日 10:37”；签字仪式在7月19日。标题照录（页面重复一次，只取一次）；日期、来源、关键字、[导读]、责任编辑与评论区已删。正文三段，完整。兵团农四师六十三团为团场，不是园区；项目园区 null。项目名取标题“年产8万吨金属硅项目”（文中又作“年产8万吨金属硅生产项目”）；签字仪式、落户→签约；计划总投资8亿元，首期投资2.8亿元，预计2012年4月一期完工投产（note）。公司：成都晶得荣投资集团（投资方，园区 null）。年产值10亿元、税收5000万元为项目建成后预期（target）。",
  "mz03"),
 parks=[],
 companies=[
  comp("成都晶得荣投资集团", None, C0, note="投资方"),
 ],
 institutions=[
  inst("六十三团", "7月19日,新疆生产建设兵团农四师六十三团在机关三楼会议室举行了六十三团招商引资建设年产8万吨金属硅生产项目签字仪式", note="兵团农四师团场"),
 ],
 projects=[
  proj(P3, None, C1, companies=["成都晶得荣投资集团"], inv="计划总投资8亿元", status="签约", status_text="签字仪式", aliases=["年产8万吨金属硅生产项目"],
       note="首期投资2.8亿元；分三年三期；预计2012年4月一期完工投产"),
 ],
 aggregate_facts=[
  fact(P3, "project", "first_phase_investment_cny", 2.8e8, "cny", "首期投资2.8亿元", "2011年7月（签约）", chk=True, opt=True),
  fact(P3, "project", "expected_annual_output_cny", 1e9, "cny", "年产值10亿元,税收5000万元", "建成后（预计）", kind="target", chk=True),
  fact(P3, "project", "expected_annual_tax_cny", 5e7, "cny", "税收5000万元", "建成后（预计）", kind="target", chk=True, opt=True),
  fact(P3, "project", "land_area_mu", 250, "mu", C1, "2011年7月", opt=True),
 ])

# ---------------------------------------------------------------- mz04 东莞产业援疆 图木舒克 (中新网 via ynzzqh)
TM = "第三师图木舒克市"
CH = "兵团草湖广东纺织服装产业园"
D0 = "2017年以来,该队先后协助新疆生产建设兵团第三师图木舒克市(以下简称“师市”)引进90多个产业项目,计划总投资约173.08亿元"
D1 = "引进的项目中,总投资近40亿元的兵团草湖广东纺织服装产业园100万锭纺织项目,是援疆各省市中投资额最大的产业援疆项目,将于年内全部建成投产"
D2 = "固定资产投资超过10亿元的粤通电子产业园,目前正在进行厂房装修"
D3 = "2019年1至8月,改制后的前昆集团工程中标额19.06亿元,同比增长102%;完成工程产值14.34亿元,同比增长54.2%"
ASD = "2017年至2019年10月（发稿时）"
G["mz04"] = dict(
 article=art("广东东莞产业援疆:近百项目助师市健全产业体系", "中国新闻网（“东莞10月29日电”，李映民 李获），转载于 ynzzqh.cn（云南大理网）", "2021-01-13", "day",
  "Wire-service item relayed on an unrelated local site, Xinjiang Production and Construction Corps: a partner city's aid team's investment results for a Corps division-city since 2017 — projects and total, jobs, a textile park's spinning project, an electronics park being fitted out, a nonwoven project, a state firm's restructuring with bid and output figures",
  "http://www.ynzzqh.cn/a/zonghexinwen/2021/0113/237302.html",
  "日期取转载页“日期:2021-01-13 03:33”；原稿电头“东莞10月29日电”，文中有“2019年1至8月”且“将于年内全部建成投产”，原稿应为2019年10月29日（推定，as_of 依此）。转载页在正文前有机器生成的摘要行（“该队先后协助…兵团草湖广东”）与“标签/日期”行，已删；页尾“火币网”“最近更新”已删；正文五段，至“(完)”完整。园区：兵团草湖广东纺织服装产业园（第三师图木舒克市，新疆）。“粤通电子产业园”以项目计（正在厂房装修→在建；“固定资产投资超过10亿元”→超），也列为可选园区。项目：100万锭纺织项目（总投资近40亿元→约；将于年内全部建成投产，状态未定，status 空）；德祐纺织无纺布项目（总投资6亿元；预计年底前试运营，status 空）；第三师林业产业基地（只有已完成投资近3.5亿元，可选）。公司：广州市建筑集团、前昆集团（师市国有企业）。事实：引进项目90多个（余）、计划总投资约173.08亿元、就业岗位约1.31万个（师市，cumulative）；前昆集团2019年1–8月中标额与产值及增速。",
  "mz04"),
 parks=[
  park(CH, "图木舒克", "新疆", "产业园", D1, district="第三师", note="兵团第三师图木舒克市；广东援建"),
  park("粤通电子产业园", "图木舒克", "新疆", "产业园", D2, district="第三师", opt=True, note="亦作项目计"),
 ],
 companies=[
  comp("广州市建筑集团", None, "东莞援疆工作队还促成广州市建筑集团以参股合作方式,参与师市国有企业前昆集团改制", note="参股前昆集团"),
  comp("前昆集团", None, D3, note="师市国有企业"),
  comp("德祐纺织", None, "总投资6亿元的德祐纺织无纺布项目预计可在年底前投入试运营", opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("广东东莞援疆工作队", "记者29日从广东东莞援疆工作队获悉", note="文中又作“东莞援疆工作队”“该队”"),
 ],
 projects=[
  proj("兵团草湖广东纺织服装产业园100万锭纺织项目", CH, D1, inv="总投资近40亿元", qual="约", qual_text="近", note="将于年内全部建成投产；就业岗位5000多个"),
  proj("粤通电子产业园", None, D2, inv="固定资产投资超过10亿元", qual="超", qual_text="超过", status="在建", status_text="正在进行厂房装修", note="园区未说明"),
  proj("德祐纺织无纺布项目", None, "总投资6亿元的德祐纺织无纺布项目预计可在年底前投入试运营", companies=["德祐纺织"], inv="总投资6亿元", note="预计年底前试运营"),
  proj("第三师林业产业基地", None, "已完成投资近3.5亿元的第三师林业产业基地,重点打造原生态田园综合体", opt=True, note="只有已完成投资近3.5亿元"),
 ],
 aggregate_facts=[
  fact(TM, "region", "projects_introduced", 90, "count", D0, ASD, kind="cumulative", qual="余", qtext="多"),
  fact(TM, "region", "projects_introduced_investment_cny", 1.7308e10, "cny", "计划总投资约173.08亿元", ASD, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(TM, "region", "jobs_created", 13100, "count", "也为兵团三师增加就业岗位约1.31万个", ASD, kind="cumulative", qual="约", qtext="约", opt=True),
  fact("前昆集团", "company", "contracts_won_cny", 1.906e9, "cny", "改制后的前昆集团工程中标额19.06亿元,同比增长102%", "2019年1–8月", chk=True),
  fact("前昆集团", "company", "contracts_won_yoy_growth", 1.02, "ratio", "改制后的前昆集团工程中标额19.06亿元,同比增长102%", "2019年1–8月", kind="ratio"),
  fact("前昆集团", "company", "output_cny", 1.434e9, "cny", "完成工程产值14.34亿元,同比增长54.2%", "2019年1–8月", chk=True),
  fact("前昆集团", "company", "output_yoy_growth", 0.542, "ratio", "完成工程产值14.34亿元,同比增长54.2%", "2019年1–8月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- mz05 西藏2022年重点项目 (观点新媒体 via pzjy315)
XZ = "西藏"
AS5 = "2022年4月1日（第一批集中开复工）"
G["mz05"] = dict(
 article=art("西藏2022年重点建设项目计划投资1404亿 第一批45个已开复工", "观点新媒体（“观点新媒体了解到”），转载于 pzjy315.com（品质家园）", "2022-04", "month",
  "Business-media item on a relay site, Tibet: the region's first batch of 2022 key projects started or resumed with totals, the year's key-project plan by category, central-government investment secured",
  "http://pzjy315.com/m/view.php?aid=7816",
  "页面无日期行；开复工仪式在2022年4月1日（标题与正文），发表日只知为2022年4月（推定）。站名“品质家园”已删。正文三段，完整。无具名园区、公司或项目；只有全区事实（subject 西藏，region）：第一批45个项目147亿元（开工23个64亿元、复工22个83亿元）、一季度开工子项目996个、全年计划完成投资480亿元（target）、重点项目181个大类计划投资1404亿元（target）及两类分项、落实中央政府投资407亿元（cumulative）及其为上年同期3.8倍。",
  "mz05"),
 parks=[], companies=[], projects=[],
 aggregate_facts=[
  fact(XZ, "region", "projects_started_or_resumed", 45, "count", "西藏2022年第一批总投资147亿元的45个重点项目集中开复工", AS5),
  fact(XZ, "region", "projects_started_or_resumed_investment_cny", 1.47e10, "cny", "西藏2022年第一批总投资147亿元的45个重点项目集中开复工", AS5, chk=True),
  fact(XZ, "region", "projects_started", 23, "count", "此次集中开工项目23个、总投资64亿元", AS5),
  fact(XZ, "region", "projects_started_investment_cny", 6.4e9, "cny", "此次集中开工项目23个、总投资64亿元", AS5, chk=True),
  fact(XZ, "region", "projects_resumed", 22, "count", "复工项目22个、总投资83亿元", AS5, opt=True),
  fact(XZ, "region", "projects_resumed_investment_cny", 8.3e9, "cny", "复工项目22个、总投资83亿元", AS5, chk=True, opt=True),
  fact(XZ, "region", "sub_projects_started", 996, "count", "七市地一季度共开工子项目996个", "2022年一季度", opt=True),
  fact(XZ, "region", "planned_annual_investment_cny", 4.8e10, "cny", "今年计划完成投资480亿元", "2022年（计划）", kind="target", chk=True),
  fact(XZ, "region", "key_projects", 181, "count", "西藏今年重点项目共181个大类,计划投资1404亿元", "2022年（计划）", kind="target"),
  fact(XZ, "region", "key_projects_planned_investment_cny", 1.404e11, "cny", "西藏今年重点项目共181个大类,计划投资1404亿元", "2022年（计划）", kind="target", chk=True),
  fact(XZ, "region", "infrastructure_projects_planned_investment_cny", 4.61e10, "cny", "重大基础设施类61个,计划投资461亿元", "2022年（计划）", kind="target", chk=True, opt=True),
  fact(XZ, "region", "industrial_projects_planned_investment_cny", 7.65e10, "cny", "产业发展类75个,计划投资765亿元", "2022年（计划）", kind="target", chk=True, opt=True),
  fact(XZ, "region", "central_government_investment_cny", 4.07e10, "cny", "西藏累计落实中央政府投资407亿元,是去年同期落实中央政府投资的3.8倍", "2022年（截至4月初）", kind="cumulative", chk=True),
  fact(XZ, "region", "central_government_investment_vs_prior_year", 3.8, "ratio", "西藏累计落实中央政府投资407亿元,是去年同期落实中央政府投资的3.8倍", "2022年（截至4月初）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- mz06 西藏 产业链 朗热酒村 (mrwz 2025)
LR = "朗热酒村项目"
E0 = "这个规划面积167亩的产业融合项目自2023年8月开工建设以来进展顺利,预计5月中旬完成主体建设,6月正式投入运营"
E1 = "全区共谋划推出储备项目314个,估算总投资1044.6亿元"
AS6 = "2025年（储备项目）"
G["mz06"] = dict(
 article=art("西藏持续延伸产业链助推经济高质量发展", "m.mrwz.net（“实时讯息”栏转载；原发媒体未注明）", "2025-05-06", "day",
  "Regional news item on an aggregator site, Tibet: a Jiangsu-aided liquor-village project in Lhasa nearing completion with its area, capacity, output and jobs; the regional investment bureau's planned promotion events and its reserve of 314 projects with estimated investment by sector",
  "https://m.mrwz.net/news/b5Jy3xxWVe.html",
  "日期取页面“发布时间:2025-05-06 10:58:00”。站点菜单（含“小说推荐”等栏目名）、位置行与浏览数行已删；存段末段“近年来,我区立足资源禀赋和生态优势,持续推进工业”中断，整段删去；正文三段。文中“我区”即西藏自治区（原稿应出自区内媒体，转载页未注明）。无具名园区：朗热酒村项目在拉萨市达孜区邦堆乡，园区 null；2023年8月开工、正推进主体工程收尾→在建；无投资额；建成后年产成品酒5000吨、产值超10亿元（target，超）、就业500余个。储备项目314个、估算总投资1044.6亿元（target）及分类数（绿色工业、清洁能源列出，其余略）。",
  "mz06"),
 parks=[], companies=[],
 institutions=[
  inst("自治区投资促进局", "记者从自治区投资促进局了解到", note="西藏自治区投资促进局"),
  inst("自治区工信厅", "自治区工信厅相关负责人表示,该项目填补了我区规模化酿酒产业空白"),
 ],
 projects=[
  proj(LR, None, E0, status="在建", status_text="自2023年8月开工建设以来进展顺利", note="拉萨市达孜区邦堆乡；江苏援藏重点工程；预计2025年6月投入运营"),
 ],
 aggregate_facts=[
  fact(LR, "project", "expected_annual_output_cny", 1e9, "cny", "将形成年产成品酒5000吨、产值超10亿元的生产能力", "建成后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(LR, "project", "planned_area_mu", 167, "mu", E0, "2025年5月", opt=True),
  fact(LR, "project", "jobs_expected", 500, "count", "提供就业岗位500余个", "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("西藏", "region", "reserve_projects", 314, "count", E1, AS6, kind="target"),
  fact("西藏", "region", "reserve_projects_estimated_investment_cny", 1.0446e11, "cny", "估算总投资1044.6亿元", AS6, kind="target", chk=True),
  fact("西藏", "region", "green_industry_reserve_projects_investment_cny", 3.99e9, "cny", "绿色工业项目49个,估算投资39.9亿元", AS6, kind="target", chk=True, opt=True),
  fact("西藏", "region", "clean_energy_reserve_projects_investment_cny", 6.219e10, "cny", "清洁能源项目36个,估算投资621.9亿元", AS6, kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- mz07 第三师图木舒克市 前三季度 (第三师融媒体中心 2025)
F0 = "今年前三季度,师市新建续建项目达138个,计划总投资217亿元,形成招商引资实物量50.88亿元"
KR = "新疆康润饮料有限公司"
F1 = "在五十一团唐驿镇十连,新疆康润饮料有限公司饮料项目建设现场一派火热"
ASF = "2025年前三季度"
G["mz07"] = dict(
 article=art("第三师图木舒克市前三季度形成招商引资实物量50.88亿元 项目建设“热”起来 经济发展“活”起来", "第三师融媒体中心（哈尼克孜·哪斯尔 赵成伟 魏博仁），载于 xjbtnss.gov.cn", "2025-11-11", "day",
  "Corps division media centre on a government site, Xinjiang Production and Construction Corps: a division-city's projects and investment attracted in the first three quarters, a drinks firm's project in a regiment town with investment, area, lines, expected output, tax and jobs",
  "https://xjbtnss.gov.cn/zsyz/hj/202511/t20251111_63319.html",
  "日期取页面“发布时间:2025-11-11 11:48:00 来源:第三师融媒体中心”。标题取页面标题行（主题与副题合一行）；栏目路径、发布信息行及正文前重复的主题、副题两行已删。存段共五段，末句完整（原页或有后文）。无具名园区（五十一团唐驿镇十连为团镇，不是园区）。项目：新疆康润饮料有限公司饮料项目（总投资8560万元；建设现场、正在推进设备安装调试→在建）。公司：新疆康润饮料有限公司（园区 null）。事实：师市前三季度新建续建项目138个、计划总投资217亿元、招商引资实物量50.88亿元（cumulative）；企业投产后第一年预计年产值2230万元、税收180万元（target）。",
  "mz07"),
 parks=[],
 companies=[
  comp(KR, None, F1, note="五十一团唐驿镇十连"),
 ],
 projects=[
  proj("新疆康润饮料有限公司饮料项目", None, "作为该团镇重点招商引资成果,项目总投资8560万元,占地4万余平方米,将建设4条现代化生产线", companies=[KR], inv="项目总投资8560万元",
       status="在建", status_text="建设现场一派火热；目前正在推进设备安装调试", note="五十一团唐驿镇十连"),
 ],
 aggregate_facts=[
  fact(TM, "region", "projects_new_and_continuing", 138, "count", F0, ASF, kind="cumulative"),
  fact(TM, "region", "projects_planned_investment_cny", 2.17e10, "cny", F0, ASF, chk=True),
  fact(TM, "region", "investment_attracted_cny", 5.088e9, "cny", "形成招商引资实物量50.88亿元", ASF, kind="cumulative", chk=True),
  fact(KR, "company", "expected_annual_output_cny", 2.23e7, "cny", "投产后第一年预计实现年产值2230万元,贡献税收180万元", "投产后第一年（预计）", kind="target", chk=True),
  fact(KR, "company", "expected_annual_tax_cny", 1.8e6, "cny", "贡献税收180万元", "投产后第一年（预计）", kind="target", chk=True, opt=True),
 ])
