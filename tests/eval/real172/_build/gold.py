# real172 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published/stored, ASCII commas and
# colons as the stored copies have them); names as written in the text; 逾/超过/超/以上/突破/不低于/不少于 → 超,
# 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of
# the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in, null if none (a town, subdistrict or county is not a park). Status from the text's words (开工 / 已开工建设 →
# 开工; 施工 / 加快推进建设 → 在建; 投产 → 投产; 签约 / 签署投资协议 → 签约; 落户 / 即将落地 alone → no status).
# Expected sales / taxes “预计…不低于” are kind target. Sources: `search` excerpts (corpus pages) typed into
# _raw/pages/voNN.raw as returned.

# ---------------------------------------------------------------- vo01 瞭望 on 临港新片区 (via wtb6.com mirror, 2020)
LG = "上海自贸区临港新片区"
A0 = "“当年开工、当年竣工、当年投产”的“特斯拉速度”,是上海自贸区临港新片区(下称临港新片区)以及上海营商环境的金字招牌之一。"
A1 = "今年10月下旬,首批7000辆“临港制造”特斯拉Model 3从上海启程出口欧洲。这距离特斯拉在上海临港的超级工厂开工不到两年。"
A2 = "2019年,在上海市与特斯拉团队的合作下,上海特斯拉超级工厂实现“当年开工、当年建成、当年投产、当年交付”的目标"
A3 = "随着全球知名企业纷纷入驻、洋山特殊综合保税区正式挂牌,临港新片区呈现出日新月异、热火朝天的发展景象"
A4 = "◇落户临港新片区的世界顶尖科学家社区,致力于将顶尖科学资源与医院、学校等配套建设融合,打造符合创新规律的空间载体"
G["vo01"] = dict(
 article=art("（无标题）瞭望：临港新片区——特斯拉速度、前沿产业（开篇）", "《瞭望》新闻周刊（据版式与网址 c_1126721041 推定为新华网所载瞭望稿），存于 wtb6.com 的镜像页；署名存段未示", "2020-11-10", "day",
  "Weekly news magazine feature (via a mirror of the Xinhua page), Shanghai: the Lingang new area of the Shanghai FTZ one year on — Tesla's Shanghai gigafactory built and producing in one year, first export batch, a special comprehensive bonded zone, a scientists' community, frontier industries",
  "http://wtb6.com/politics/2020-11/10/c_1126721041.htm",
  "日期取网址 politics/2020-11/10；“今年10月下旬”与之相合。存段无标题（title 为编者概括）、开头为图片说明“特斯拉上海超级工厂内部(1月7日摄) 丁汀摄”（已删），随后两条“◇”导语（保留）。存段末段为引语，在“它不仅再次向全球展”处中断，整段未收（make_txt.py ITEMS），正文截至“…见证了“上海速度”和“特斯拉速度”。”。刊名据“◇”导语版式推定为《瞭望》，页面本身未写刊名——记为推定。镜像页非转换稿（简体，未改字）。园区：上海自贸区临港新片区（又作“临港新片区”）；洋山特殊综合保税区（正式挂牌；母园区由语境推定为临港新片区）。公司：特斯拉（在上海临港的超级工厂）。项目：上海特斯拉超级工厂（又作“特斯拉在上海临港的超级工厂”），2019年“当年开工、当年建成、当年投产、当年交付”→投产；世界顶尖科学家社区“落户临港新片区”（可选，无状态）。事实：首批7000辆 Model 3 出口欧洲（2020年10月下旬）。揭牌日期2019年8月20日不作数值事实。",
  "vo01"),
 parks=[
  park(LG, "上海", "上海", "自由贸易试验区新片区", A0, aliases=["临港新片区"], note="文中多作“临港新片区”；2019年8月20日揭牌"),
  park("洋山特殊综合保税区", "上海", "上海", "特殊综合保税区", A3, parent=LG, note="正式挂牌；母园区由语境推定"),
 ],
 companies=[
  comp("特斯拉", LG, A1, note="在上海临港的超级工厂；又作“特斯拉团队”"),
 ],
 projects=[
  proj("上海特斯拉超级工厂", LG, A2, companies=["特斯拉"], status="投产", status_text="当年开工、当年建成、当年投产、当年交付",
       note="2019年开工并投产；2020年10月下旬首批出口；又作“特斯拉在上海临港的超级工厂”"),
  proj("世界顶尖科学家社区", LG, A4, opt=True, note="“落户临港新片区”，无状态"),
 ],
 aggregate_facts=[
  fact("上海特斯拉超级工厂", "project", "vehicles_exported_first_batch", 7000, "vehicles", A1, "2020年10月下旬", note="首批“临港制造”Model 3 出口欧洲"),
 ])

# ---------------------------------------------------------------- vo02 南方+ 深读 中山工改 (nfnews 2025)
FJ = "富集云谷数字产业园"
B0 = "中山市东区街道富集云谷数字产业园的施工现场,塔吊长臂挥舞,金属构件在阳光下闪光"
B1 = "这个占地133亩、总投资12亿元的项目,是东区首个“工改工”标杆,承载着中心城区产业升级的希望"
B2 = "不远处,非夕科技定制厂房内,技术团队正调试生产线,为2026年投产做准备"
B3 = "东区通过九亩湾、溢盈、市一建三大工改项目,累计投入超15亿元,未来将释放40万平方米产业空间"
B4 = "2025年上半年,中山部分镇街的工业投资交出一份“逆势答卷”:东区街道以51.6%的增速领跑全市,沙溪镇工业技改投资狂飙269%"
B5 = "“工改”引擎带动工业投资连续三年领跑全市:2023年增长107%,2024年劲增247%,2025年上半年再以51%的增速蝉联榜首"
ASB = "2025年上半年"
G["vo02"] = dict(
 article=art("深读|爆改厂房焕新产业,中山哪些镇街跑得快", "南方+（南方日报客户端，nfnews.com；林雨萱、叶志文、伍杰）", "2025-08-15", "day",
  "Provincial paper's in-depth feature (深读), Guangdong: industrial investment in Zhongshan's towns in H1 2025 — a digital industrial park built on a renovated low-efficiency site (area, investment, occupancy), a robot maker's custom plant preparing production, renovation projects and their spending, towns' investment growth",
  "https://www.nfnews.com/content/WyjqvJl4o0.html",
  "日期取页面“2025-08-15 06:31”。标题照录；作者行已删；两张图的说明（“中山智能家电产业园(大岑片区)改造前后对比…”“东区街道富集云谷项目。 南方+ 叶志文 拍摄”，各重复两次）已删——故“中山智能家电产业园”不在正文。存段末段“腾笼换鸟引来“金凤凰”。全球自适应机器人佼佼者非夕科技”在句中中断，整段未收，正文截至“…再以51%的增速蝉联榜首。”（长篇只存开头）。园区：富集云谷数字产业园（中山市东区街道；文中又作“富集云谷”；由低效厂房“工改工”而来）。项目：富集云谷（“这个占地133亩、总投资12亿元的项目”），一、二期六栋厂房已起、部分精装修→在建；其所在园区即其自身，不另填 park（null）。非夕科技定制厂房（调试生产线，为2026年投产做准备→在建，可选；“不远处”，园区未说）。九亩湾、溢盈、市一建三个工改项目（合计“超15亿元”，不分摊，可选）。公司：非夕科技（园区未说）。事实：东区街道工业投资上半年增长51.6%（又写作51%，可选）、2023年107%、2024年247%；沙溪镇工业技改投资增长269%；工改累计投入超15亿元、未来释放40万平方米；富集云谷占地133亩、40%建成面积已入驻装修。东区街道、沙溪镇为镇街，不是园区。",
  "vo02"),
 parks=[
  park(FJ, "中山", "广东", "数字产业园（工改工）", B0, district="东区街道", aliases=["富集云谷"], note="文中又作“富集云谷”；东区首个“工改工”标杆"),
 ],
 companies=[
  comp("非夕科技", None, B2, note="定制厂房在富集云谷“不远处”，园区未说"),
 ],
 projects=[
  proj("富集云谷数字产业园", None, B1, inv="总投资12亿元", status="在建", status_text="施工现场；一、二期六栋厂房已拔地而起，部分区域进入内部精装修",
       aliases=["富集云谷"], note="园区开发项目本身；无上级园区"),
  proj("非夕科技定制厂房", None, B2, companies=["非夕科技"], status="在建", status_text="调试生产线,为2026年投产做准备", opt=True),
  proj("九亩湾", None, B3, opt=True, note="东区工改项目；三项合计超15亿元"),
  proj("溢盈", None, B3, opt=True, note="东区工改项目"),
  proj("市一建", None, B3, opt=True, note="东区工改项目"),
 ],
 aggregate_facts=[
  fact("东区街道", "subdistrict", "industrial_investment_yoy_growth", 0.516, "ratio", B4, ASB, kind="ratio"),
  fact("沙溪镇", "town", "tech_renovation_investment_yoy_growth", 2.69, "ratio", B4, ASB, kind="ratio"),
  fact("东区街道", "subdistrict", "industrial_investment_yoy_growth", 1.07, "ratio", B5, "2023年", kind="ratio", opt=True),
  fact("东区街道", "subdistrict", "industrial_investment_yoy_growth", 2.47, "ratio", B5, "2024年", kind="ratio", opt=True),
  fact("东区街道", "subdistrict", "industrial_investment_yoy_growth", 0.51, "ratio", B5, ASB, kind="ratio", opt=True, note="同一增速的约数写法（51.6%）"),
  fact("东区街道", "subdistrict", "renovation_investment_cny", 1.5e9, "cny", B3, "截至2025年年中", kind="cumulative", qual="超", qtext="超", chk=True, note="三大工改项目累计投入"),
  fact("东区街道", "subdistrict", "industrial_space_to_release_m2", 400000, "m2", B3, "未来", kind="target", opt=True),
  fact("富集云谷数字产业园", "project", "site_area_mu", 133, "mu", B1, "2025年8月", opt=True),
  fact(FJ, "park", "built_area_occupied_share", 0.40, "ratio", "“目前已有40%的建成面积完成企业入驻装修。”", "2025年8月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vo03 中新社 上海泥城镇 (via blog.bobobk.com, 2023)
LZ = "临港重装备产业区"
C0 = "泥城镇早年属于典型农业大镇,镇域面积为61.5平方公里,目前超一半属于临港重装备产业区"
C1 = "大道的一侧是特斯拉、上汽乘用车、商汤等一批知名“智造”企业的厂房"
C2 = "延锋国际座椅系统有限公司(简称“延锋”)就是跟随特斯拉的脚步入驻泥城镇的“生态圈”伙伴之一,其泥城工厂主要生产汽车座椅、内饰等零部件"
C3 = "过去4年间,特斯拉上海超级工厂在这里拔地而起"
G["vo03"] = dict(
 article=art("(走进中国乡村)上海泥城镇:新能源汽车发展助农业大镇成产业聚落", "中国新闻社（中新社，郑莹莹、谢梦圆），存于 blog.bobobk.com 的转载页", "2023-10-10", "day",
  "News-agency feature (via a blog mirror), Shanghai: a farming town in Pudong turned new-energy-vehicle cluster around Tesla's gigafactory — the town's area and its share in the Lingang heavy-equipment zone, named makers, a seat supplier's plant and output",
  "https://blog.bobobk.com/financial/2023/10-10/10091766.html",
  "日期取电头“中新社上海10月10日电”与网址 2023/10-10（“过去4年间”自2019年起算相合）。标题照录；作者行“作者 郑莹莹 谢梦圆”已删。存段末段引语在“一般要在10公”处中断，整段未收，正文截至“…每天可完成3000多套特斯拉座椅。”。园区：临港重装备产业区（泥城镇镇域“超一半属于”该产业区；上海浦东新区）。公司：特斯拉、上汽乘用车、商汤（两港大道一侧的厂房，在泥城镇；园区未明说，park 记 null）、延锋国际座椅系统有限公司（简称“延锋”，入驻泥城镇，泥城工厂；park null）。项目：特斯拉上海超级工厂（“在这里拔地而起”，无明确状态词，status null）；“创新创业带”正在构建（可选，在建）。事实：泥城镇镇域面积61.5平方公里（镇，不是园区）；延锋每天3000多套座椅（可选）。泥城镇是镇，不列园区。",
  "vo03"),
 parks=[
  park(LZ, "上海", "上海", "产业区（重装备）", C0, district="浦东新区", note="泥城镇镇域超一半属于该产业区"),
 ],
 companies=[
  comp("特斯拉", None, C1, note="在泥城镇；园区未明说"),
  comp("上汽乘用车", None, C1, note="同上"),
  comp("商汤", None, C1, note="同上"),
  comp("延锋国际座椅系统有限公司", None, C2, aliases=["延锋"], note="泥城工厂，为特斯拉、上汽供货"),
 ],
 projects=[
  proj("特斯拉上海超级工厂", None, C3, companies=["特斯拉"], note="“拔地而起”，无状态词；在泥城镇"),
  proj("创新创业带", None, "另一侧塔吊林立,工地热火朝天,瞄准研发特色的“创新创业带”正在此处构建", status="在建", status_text="正在此处构建", opt=True),
 ],
 aggregate_facts=[
  fact("泥城镇", "town", "area_km2", 61.5, "km2", C0, "2023年10月"),
  fact("延锋国际座椅系统有限公司", "company", "seats_per_day", 3000, "sets", "每天可完成3000多套特斯拉座椅", "2023年10月", qual="余", qtext="多", opt=True, note="泥城工厂"),
 ])

# ---------------------------------------------------------------- vo04 乐山高新区 总部经济聚集区 (via m.yybnet.net, 2019)
LS = "乐山高新区"
D0 = "乐山高新区完成营业收入102.3亿元,同比增长52.8%;完成固定资产投资18.4亿元,同比增长15.65%"
D1 = "上半年,乐山高新区招商正式签约项目18个,总投资102.5亿元"
D2 = "已开工建设东西部协作电子信息产业园示范区,加快推进东盟电子信息产业园中园建设,引进正英电子、新加坡PBA、深圳金科基等企业"
D3 = "成功引进唯一以医药为主业的全国500强企业国药控股,建设国药医药中心"
D4 = "以宝德未来科技城为龙头加快数字经济发展,投资6亿元的电科云国家安全数据中心、投资5亿元的薪起程智慧车联网、投资2亿元的中国联通区域数据中心、投资1亿元的驴妈妈智慧旅游云等11个总投资20亿元项目近期将正式落户"
D5 = "北京大账房西南总部、金螳螂川西南总部、协鑫西南总部等10余个项目即将落地"
D6 = "高新区基础设施及配套工程建设PPP项目上半年完成投资8.3亿元,累计完成投资16.16亿元"
D7 = "上半年,“一总部三基地”实现营业收入451亿元,固定资产投资76.32亿元"
AS4 = "2019年上半年"
G["vo04"] = dict(
 article=art("乐山高新区 总部经济聚集区建设加速推进", "“本报讯”（记者张斯炜；报名存段未示），存于 m.yybnet.net", "2019-08", "month",
  "Local newspaper item (via a news aggregator), Sichuan: a high-tech zone's H1 2019 figures — revenue and fixed-asset investment with growth, projects signed, headquarters firms, named industrial parks started, firms brought in, data-centre projects with amounts, a PPP infrastructure project's spending",
  "https://m.yybnet.net/jining/jiaxiang/201908/9534370.html",
  "日期：网址 201908，文中“8月22日,记者从乐山高新区了解到”——2019年8月22日或稍后，记 month。标题照录；首行开头粘连的图片说明“正在建设中的“双子塔””已删（make_txt.py LINE_PREFIX）；存段末段在“高颜值滨江休闲风光走廊和澳”处中断，自““双子塔”累计完成总工程量的45%”起的残句已删（LINE_SUFFIX），正文截至“累计完成投资16.16亿元。”。园区：乐山高新区（乐山，四川；文中又作“高新区”）；东西部协作电子信息产业园示范区（已开工建设）、东盟电子信息产业园（园中园）、宝德未来科技城（可选）——母园区均由语境推定为乐山高新区。公司（园区乐山高新区）：正英电子、新加坡PBA、深圳金科基（引进）、国药控股（引进）；伟力得公司、尚纬（“尚纬造”）可选。项目：东西部协作电子信息产业园示范区（开工）、东盟电子信息产业园（加快推进建设→在建）、国药医药中心（无状态）、四个数据/车联网/旅游云项目（各有投资额，“近期将正式落户”→无状态）、三个西南总部（即将落地，可选）、高新区基础设施及配套工程建设PPP项目（在建；完成投资记为事实，不作总投资）。“一总部三基地”为概念组合，其数字列为可选事实。",
  "vo04"),
 parks=[
  park(LS, "乐山", "四川", "高新区", "8月22日,记者从乐山高新区了解到", note="文中又作“高新区”"),
  park("东西部协作电子信息产业园示范区", "乐山", "四川", "产业园（电子信息）", D2, parent=LS, note="已开工建设；母园区由语境推定"),
  park("东盟电子信息产业园", "乐山", "四川", "园中园（电子信息）", D2, parent=LS, note="“园中园”；母园区由语境推定"),
  park("宝德未来科技城", "乐山", "四川", "科技城", D4, parent=LS, opt=True, note="数字经济龙头载体；性质未明说"),
 ],
 companies=[
  comp("正英电子", LS, D2),
  comp("新加坡PBA", LS, D2),
  comp("深圳金科基", LS, D2),
  comp("国药控股", LS, D3, note="全国500强企业，建设国药医药中心"),
  comp("伟力得公司", LS, "伟力得公司自主研发全球独创液流电池封装技术全球先进、全国领先", opt=True),
 ],
 projects=[
  proj("东西部协作电子信息产业园示范区", LS, D2, status="开工", status_text="已开工建设", note="园区建设项目"),
  proj("东盟电子信息产业园", LS, D2, status="在建", status_text="加快推进…园中园建设", opt=True),
  proj("国药医药中心", LS, D3, companies=["国药控股"]),
  proj("电科云国家安全数据中心", LS, D4, inv="投资6亿元", status_text="近期将正式落户"),
  proj("薪起程智慧车联网", LS, D4, inv="投资5亿元", status_text="近期将正式落户"),
  proj("中国联通区域数据中心", LS, D4, inv="投资2亿元", status_text="近期将正式落户"),
  proj("驴妈妈智慧旅游云", LS, D4, inv="投资1亿元", status_text="近期将正式落户"),
  proj("北京大账房西南总部", LS, D5, status_text="即将落地", opt=True),
  proj("金螳螂川西南总部", LS, D5, status_text="即将落地", opt=True),
  proj("协鑫西南总部", LS, D5, status_text="即将落地", opt=True),
  proj("高新区基础设施及配套工程建设PPP项目", LS, D6, status="在建", status_text="上半年完成投资8.3亿元", note="完成投资记为事实"),
 ],
 aggregate_facts=[
  fact(LS, "park", "revenue_cny", 1.023e10, "cny", D0, AS4, chk=True),
  fact(LS, "park", "revenue_yoy_growth", 0.528, "ratio", D0, AS4, kind="ratio"),
  fact(LS, "park", "fixed_asset_investment_cny", 1.84e9, "cny", "完成固定资产投资18.4亿元,同比增长15.65%", AS4, chk=True),
  fact(LS, "park", "fixed_asset_investment_yoy_growth", 0.1565, "ratio", "完成固定资产投资18.4亿元,同比增长15.65%", AS4, kind="ratio"),
  fact(LS, "park", "projects_signed", 18, "count", D1, AS4),
  fact(LS, "park", "signed_investment_cny", 1.025e10, "cny", "总投资102.5亿元", AS4, chk=True),
  fact(LS, "park", "hq_firms_introduced", 50, "count", "引进各类总部企业50余家", AS4, qual="余", qtext="余"),
  fact(LS, "park", "hq_firms_expected", 100, "count", "全年有望签约、注册100家", "2019年全年（预计）", kind="target", opt=True),
  fact(LS, "park", "projects_to_land", 11, "count", D4, "2019年8月", opt=True, note="近期将正式落户的数字经济项目"),
  fact(LS, "park", "projects_to_land_investment_cny", 2e9, "cny", "11个总投资20亿元项目近期将正式落户", "2019年8月", chk=True, note="11个项目合计"),
  fact("高新区基础设施及配套工程建设PPP项目", "project", "investment_completed_cny", 8.3e8, "cny", D6, AS4, chk=True),
  fact("高新区基础设施及配套工程建设PPP项目", "project", "investment_completed_cny", 1.616e9, "cny", "累计完成投资16.16亿元", "截至2019年6月", kind="cumulative", chk=True),
  fact("“一总部三基地”", "area", "revenue_cny", 4.51e10, "cny", D7, AS4, chk=True, opt=True),
  fact("“一总部三基地”", "area", "fixed_asset_investment_cny", 7.632e9, "cny", "固定资产投资76.32亿元", AS4, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- vo05 先达农化 葫芦岛经济开发区 (农资网 2017)
HL = "葫芦岛经济开发区"
E0 = "同时,与葫芦岛经济开发区管理委员会签署了《投资协议书》,计划总投资约12亿元在葫芦岛经济开发区新建“年产16000吨农药及制剂”项目"
E1 = "山东先达农化股份有限公司发布公告称拟投资人民币10000万元设立全资子公司———辽宁先达农化科技有限公司"
E2 = "根据协议,该项目占地为不少于600亩的工业用地,出让期限50年"
G["vo05"] = dict(
 article=art("（无标题）先达农化拟在葫芦岛经济开发区投资约12亿元建年产16000吨农药及制剂项目", "“本报讯”（署名“天涯”；农资行业网站 farm.00-net.com，来源注“互联网”）", "2017-10-20", "day",
  "Agrochemical trade site's news item on a listed firm's announcement, Liaoning: a new wholly owned subsidiary with its capital, an investment agreement with a development zone's committee for a pesticide project (total investment, land, phases)",
  "http://farm.00-net.com/news/8/2017-10-20/327968.html",
  "日期取网址 2017-10-20。存段无标题（title 为编者概括），正文三段完整，末有署名“(天涯)”；“声明 / 来源:互联网 / 本文地址… / 上一篇… / 下一篇…”已删。园区：葫芦岛经济开发区（葫芦岛，辽宁）。机构：葫芦岛经济开发区管理委员会（签署《投资协议书》）。公司：山东先达农化股份有限公司（上市公司，园区未说——公司本身不在园区，park null）；辽宁先达农化科技有限公司（拟设全资子公司，暂定名；所在地未说，park null，可选）。项目：“年产16000吨农药及制剂”项目，葫芦岛经济开发区，签署投资协议→签约，“计划总投资约12亿元”→约。事实：拟出资10000万元设子公司（target）；项目用地不少于600亩（超/不少于）；总工期48个月、一期18个月、二期30个月（可选）。",
  "vo05"),
 parks=[
  park(HL, "葫芦岛", "辽宁", "经济开发区", E0),
 ],
 institutions=[
  inst("葫芦岛经济开发区管理委员会", E0, park=HL, note="签署《投资协议书》"),
 ],
 companies=[
  comp("山东先达农化股份有限公司", None, E1, note="投资方（上市公司）；本身不在该园区"),
  comp("辽宁先达农化科技有限公司", None, E1, opt=True, note="拟设全资子公司（暂定名）；所在地未说"),
 ],
 projects=[
  proj("年产16000吨农药及制剂项目", HL, E0, companies=["山东先达农化股份有限公司"], inv="计划总投资约12亿元", qual="约", qual_text="约",
       status="签约", status_text="签署了《投资协议书》", aliases=["年产16000吨农药及制剂"], note="文中作““年产16000吨农药及制剂”项目”"),
 ],
 aggregate_facts=[
  fact("辽宁先达农化科技有限公司", "company", "planned_capital_investment_cny", 1e8, "cny", E1, "2017年10月（拟）", kind="target", chk=True, note="拟投资设立全资子公司"),
  fact("年产16000吨农药及制剂项目", "project", "site_area_mu", 600, "mu", E2, "2017年10月（协议）", qual="超", qtext="不少于"),
  fact("年产16000吨农药及制剂项目", "project", "construction_period_months", 48, "months", "项目总工期48个月", "2017年10月（协议）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vo06 株洲经开区? 经投集团签约 2 项目 (via 021cf 2021)
ZZ = "株洲经开区"
CX = "株洲经开区创业创新园"
F0 = "中科湘膜科技总部基地项目拟将公司总部新设在株洲经开区创业创新园"
F1 = "经投集团现场签约项目2个,分别为中科湘膜科技总部基地、兴威新材料项目"
F2 = "该项目投产后,预计五年内累计销售额不低于5亿元,累计缴纳税收不低于2000万元"
F3 = "项目投产后,预计五年内累计销售额不低于10亿元,累计缴纳税收不低于5000万元"
G["vo06"] = dict(
 article=art("经投集团签约引进2个高新产业项目", "存于 zhuzhou.021cf.cn（“本文由网络蜘蛛自动收集于网络”，原发单位与署名未注明）", "2021", "year",
  "Local zone item relayed by a city aggregator, Hunan: a zone's Q3 2021 investment signing — five projects signed, two by the zone's investment group, one headquarters base placed in a named start-up park, expected five-year sales and taxes",
  "http://zhuzhou.021cf.cn/index.php/post/8034.html",
  "页面无日期；文中“2021年三季度招商引资项目集中签约活动”——2021年（第三季度或稍后），记 year。标题照录；末行版权声明已删。正文四段完整（首段开头即“2021年三季度…集中签约活动,副市长…”，原文如此）。“区”未写全名；唯一写出的园区是“株洲经开区创业创新园”（中科湘膜总部基地拟设于此），株洲经开区作为其母园区列出（名称为该园名的一部分）。经投集团、中车株洲电机公司、中国科学院生态环境研究中心均可选。项目：中科湘膜科技总部基地（株洲经开区创业创新园，现场签约→签约）、兴威新材料项目（签约，园区未说→null）。无投资额；“预计五年内累计销售额不低于…/累计缴纳税收不低于…”为项目预期（target，超/不低于）。签约5个项目一数的主体（“区”）未写名，记为可选，主体写作“本次集中签约活动”。",
  "vo06"),
 parks=[
  park(ZZ, "株洲", "湖南", "经开区", F0, note="只在“株洲经开区创业创新园”中出现"),
  park(CX, "株洲", "湖南", "创业创新园", F0, parent=ZZ),
 ],
 companies=[
  comp("经投集团", None, F1, opt=True, note="签约方；所属未写全"),
  comp("中车株洲电机公司", None, "中车株洲电机公司副总经理项永,中国科学院生态环境研究中心院地合作办主任张同亮分别介绍项目情况", opt=True, note="介绍项目；园区未说"),
 ],
 institutions=[
  inst("中国科学院生态环境研究中心", "中国科学院生态环境研究中心院地合作办主任张同亮分别介绍项目情况", kind="research", note="介绍项目"),
 ],
 projects=[
  proj("中科湘膜科技总部基地", CX, F0, status="签约", status_text="现场签约", aliases=["中科湘膜科技总部基地项目"], note="拟将公司总部新设在该园"),
  proj("兴威新材料项目", None, F1, status="签约", status_text="现场签约", note="园区未说"),
 ],
 aggregate_facts=[
  fact("中科湘膜科技总部基地", "project", "expected_sales_5y_cny", 5e8, "cny", F2, "投产后五年（预计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact("中科湘膜科技总部基地", "project", "expected_taxes_5y_cny", 2e7, "cny", "累计缴纳税收不低于2000万元", "投产后五年（预计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact("兴威新材料项目", "project", "expected_sales_5y_cny", 1e9, "cny", F3, "投产后五年（预计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact("兴威新材料项目", "project", "expected_taxes_5y_cny", 5e7, "cny", "累计缴纳税收不低于5000万元", "投产后五年（预计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact("本次集中签约活动", "event", "projects_signed", 5, "count", "本次集中签约活动,共有5个高新产业项目现场签约", "2021年三季度", opt=True, note="举办的“区”未写名"),
 ])
