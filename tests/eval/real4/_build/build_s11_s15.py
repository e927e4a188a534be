from lib import Article

# ---------------------------------------------------------------- s11
a = Article("s11", title="新区12个项目集中签约引资34.8亿元", outlet="兰州日报（转载于兰州文明网 lzwenming.gov.cn；责任编辑 张珊）",
            published="2017-11-01", published_precision="day",
            register="municipal newspaper item on a state-level new area's signing ceremony with named projects and amounts",
            source_url="http://www.lzwenming.gov.cn/index.php?m=content&c=index&a=show&catid=68&id=14311")
P = "兰州新区"
a.park(P, "兰州新区2017年第二次招商引资项目集中签约仪式举行", city="兰州", province="甘肃", kind="国家级新区",
       note="标题用泛称“新区”")
a.institution("兰州新区管委会", "新区管委会副主任赵建利代表新区管委会签订12个招商引资项目合同", aliases=["新区管委会"],
              optional=True)
C1, C2 = "中铁二十局集团市政工程有限公司", "辽宁大禹防水科技发展有限公司"
a.company(C1, "包括中铁二十局集团市政工程有限公司迁移至兰州新区项目", park=P)
a.company(C2, "辽宁大禹防水科技发展有限公司兰州新区防水新材料产业基地项目", park=P)
ST = "集中签约"
a.project("中铁二十局集团市政工程有限公司迁移至兰州新区项目", "包括中铁二十局集团市政工程有限公司迁移至兰州新区项目", P,
          companies=[C1], status="签约", status_text=ST)
a.project("兰州新区防水新材料产业基地项目", "兰州新区防水新材料产业基地项目占地约55亩,投资总额16000万元", P, companies=[C2],
          cny=1.6e8, text="投资总额16000万元", status="签约", status_alt="planned",
          status_text="集中签约；项目将于2018年4月30日前开工",
          aliases=["辽宁大禹防水科技发展有限公司兰州新区防水新材料产业基地项目"])
a.project("熙熙小镇项目", "熙熙小镇项目占地约310亩,投资总额74900万元", P, cny=7.49e8, text="投资总额74900万元",
          status="签约", status_alt="planned", status_text="集中签约；特色养生小镇将于2018年11月建成")
a.project("年产2万吨豆浆、乳制品、饮料生产线项目",
          "年产2万吨豆浆、乳制品、饮料生产线和1万头母猪、年出栏20万头生猪养殖场两个项目将于2018年4月1日开工", P,
          status="签约", status_alt="planned", status_text="集中签约；将于2018年4月1日开工",
          aliases=["年产2万吨豆浆、乳制品、饮料生产线"], note="原文“…两个项目”，无正式名")
a.project("1万头母猪、年出栏20万头生猪养殖场项目",
          "1万头母猪、年出栏20万头生猪养殖场两个项目将于2018年4月1日开工", P,
          status="签约", status_alt="planned", status_text="集中签约；将于2018年4月1日开工",
          aliases=["1万头母猪、年出栏20万头生猪养殖场"], note="原文“…两个项目”，无正式名")
G = "兰州新区2017年第二次招商引资集中签约项目"
a.fact(G, "park_group", "projects_signed", 12, "count", "此次集中签约的12个项目总投资34.8亿元", as_of="2017年10月31日")
a.fact(G, "park_group", "planned_investment_cny", 3.48e9, "cny", "此次集中签约的12个项目总投资34.8亿元",
       as_of="2017年10月31日")
a.fact("兰州新区防水新材料产业基地项目", "project", "area_mu", 55, "mu", "兰州新区防水新材料产业基地项目占地约55亩",
       qualifier="约", optional=True)
a.fact("熙熙小镇项目", "project", "area_mu", 310, "mu", "熙熙小镇项目占地约310亩", qualifier="约", optional=True)
a.write()

# ---------------------------------------------------------------- s12
a = Article("s12", title="海南自贸区第五批建设项目集中开工 / 签约项目总投资681亿元",
            outlet="中国改革报 2019-07-29 第01版 头条（记者 周发源）", published="2019-07-29", published_precision="day",
            register="national trade newspaper front-page item on a province-wide batch of project starts and signings held in a science new town",
            source_url="http://www.cfgw.net.cn/epaper/content/201907/29/content_16572.htm")
a.park("海口美安科技新城", "威特低碳制造业产业园项目现场(海口美安科技新城内)举行", city="海口", province="海南", kind="科技新城")
a.park("海南自由贸易试验区", "海南自由贸易试验区建设项目(第五批)集中开工签约活动", aliases=["海南自贸区"], province="海南",
       kind="自由贸易试验区", optional=True, note="全省范围的自贸试验区，非单个园区")
a.park("威特低碳制造业产业园", "在威特低碳制造业产业园项目现场(海口美安科技新城内)举行", city="海口", province="海南",
       kind="产业园(项目)", parent="海口美安科技新城", optional=True, note="以“产业园项目”出现，既可作园区也可作项目")
a.project("威特低碳制造业产业园项目", "集中开工签约活动日前在威特低碳制造业产业园项目现场(海口美安科技新城内)举行",
          "海口美安科技新城", status="开工", status_text="集中开工签约活动…在…项目现场举行", optional=True,
          note="文中未明说该项目本批开工")
a.project("昌江多用途模块式小型堆科技示范工程", "总投资65.4亿元的昌江多用途模块式小型堆科技示范工程开工建设", None,
          cny=6.54e9, text="总投资65.4亿元", status="开工", status_text="开工建设")
a.project("中国海南国际高铁技术研究中心", "中国海南国际高铁技术研究中心、大悦环球中心等一批央企投资的产业项目本次启动建设",
          None, status="开工", status_text="本次启动建设")
a.project("大悦环球中心", "中国海南国际高铁技术研究中心、大悦环球中心等一批央企投资的产业项目本次启动建设", None,
          status="开工", status_text="本次启动建设")
a.project("昌江核电二期", "为昌江核电二期加快前期、年内开工拉开了序幕", None, status="planned", status_alt="开工",
          status_text="加快前期、年内开工", optional=True)
G = "海南自贸区第五批集中开工项目"
AS = "2019年7月"
a.fact(G, "park_group", "projects_started", 96, "count", "本次全省集中开工项目共96个,总投资372亿元", as_of=AS)
a.fact(G, "park_group", "planned_investment_cny", 3.72e10, "cny", "总投资372亿元", as_of=AS)
a.fact(G, "park_group", "projects_over_5bn", 1, "count", "总投资50亿元及以上项目1个,总投资65.4亿元", as_of=AS,
       optional=True, note="即昌江小型堆项目")
a.fact(G, "park_group", "projects_1bn_to_5bn", 10, "count", "总投资在10亿元~50亿元之间的项目10个", as_of=AS, optional=True)
a.fact(G, "park_group", "planned_investment_1bn_to_5bn_cny", 1.52e10, "cny", "总投资共152亿元", as_of=AS, optional=True)
a.fact(G, "park_group", "projects_100m_to_1bn", 45, "count", "总投资在1亿元~10亿元之间的项目45个", as_of=AS, optional=True)
a.fact(G, "park_group", "planned_investment_100m_to_1bn_cny", 1.31e10, "cny", "总投资共131亿元", as_of=AS, optional=True)
a.fact(G, "park_group", "industrial_projects", 35, "count", "产业发展项目35个,总投资173亿元", as_of=AS, optional=True)
a.fact(G, "park_group", "industrial_projects_investment_cny", 1.73e10, "cny", "总投资173亿元", as_of=AS, optional=True)
a.fact(G, "park_group", "infrastructure_projects", 32, "count", "“五网”基础设施提质升级项目32个,总投资107亿元", as_of=AS,
       optional=True)
a.fact(G, "park_group", "infrastructure_investment_cny", 1.07e10, "cny", "总投资107亿元", as_of=AS, optional=True)
a.fact(G, "park_group", "public_service_projects", 29, "count", "民生公共服务项目29个,总投资92亿元", as_of=AS,
       optional=True)
a.fact(G, "park_group", "public_service_investment_cny", 9.2e9, "cny", "总投资92亿元", as_of=AS, optional=True)
G2 = "海南自贸区第五批集中签约项目"
a.fact(G2, "park_group", "projects_signed", 39, "count", "本次全省集中签约项目39个,总投资309亿元", as_of=AS)
a.fact(G2, "park_group", "planned_investment_cny", 3.09e10, "cny", "总投资309亿元", as_of=AS)
a.fact("海南自贸区第五批集中开工和签约项目", "park_group", "planned_investment_cny", 6.81e10, "cny", "签约项目总投资681亿元",
       as_of=AS, optional=True, note="标题数字=372+309")
a.fact("海南省", "other", "new_market_entities", 30000, "count", "全省新增市场主体3万户", as_of="2019年5月19日以来",
       optional=True)
a.fact("海南省", "other", "new_market_entities_yoy_growth", 0.19, "ratio", "同比增长19%", as_of="2019年5月19日以来",
       kind="ratio", optional=True)
a.fact("海南省", "other", "new_enterprises_opened", 9, "count", "全省新开业企业9家", optional=True)
a.write()

# ---------------------------------------------------------------- s13
a = Article("s13", title="上海园区高质量发展基金10月25日揭牌 母基金计划募资规模100亿",
            title_note="转载页标题前缀“世界聚焦:”已去掉", outlet="观点网（转载于 icebox.rexun.cn 热讯经济网；责任编辑 Rex_26）",
            published="2022-10-26 (转载页路径 2022/1026；文中10月25日揭牌)", published_precision="day",
            register="business-press item on a city-level fund for park infrastructure, with a district sub-fund and its first project",
            source_url="http://icebox.rexun.cn/yaowen/2022/1026/102683225.html")
a.park("漕河泾开发区", "有助于进一步提升漕河泾开发区产业能级", city="上海", province="上海", kind="开发区")
a.park("上海临港新片区", "园区基础设施投资将重点布局上海临港新片区", city="上海", province="上海", kind="自贸试验区新片区")
F = "上海园区高质量发展基金"
a.fund(F, "母基金计划募资规模100亿,已于2022年9月21日在中国证券投资基金业协会备案", None, size=1e10,
       size_type="计划募资规模", note="原文“100亿”无“元”；投向全市园区基础设施，不属单个园区")
a.fund("上海产业转型升级投资基金", "上海市经信委管理的上海产业转型升级投资基金将出资", None,
       note="出资方基金，规模未给")
a.fund("徐汇区域子基金", "20亿规模的徐汇区域子基金也将于近期完成设立", None, size=2e9, size_type="规模",
       note="原文“20亿”无“元”；首投项目在漕河泾，但文中未说基金属于该园区")
for c, ev in [("临港集团", "临港集团联合上海建工、华建股份、徐汇资本共同发起设立"),
              ("上海建工", "临港集团联合上海建工、华建股份、徐汇资本共同发起设立"),
              ("华建股份", "临港集团联合上海建工、华建股份、徐汇资本共同发起设立"),
              ("徐汇资本", "华建股份、徐汇资本共同发起设立")]:
    a.company(c, ev, park=None)
a.institution("上海市经信委", "上海市经信委管理的上海产业转型升级投资基金将出资", optional=True)
a.institution("中国证券投资基金业协会", "在中国证券投资基金业协会备案", kind="other", optional=True)
a.project("漕河泾元创未来中心项目", "漕河泾元创未来中心项目纳入首投范围", "漕河泾开发区", aliases=["元创未来中心项目"],
          status=None, status_text="纳入首投范围", note="文中未给建设状态；park 据“提升漕河泾开发区产业能级”")
a.fact(F, "fund", "equity_investment_cap_ratio", 0.10, "ratio", "可将不超过出资总额10%的金额用于产业股权投资",
       kind="ratio", optional=True)
a.write()

# ---------------------------------------------------------------- s14
a = Article("s14", title="全市园区经济保持较快增长", outlet="玉溪日报（转载于 yn.touzi888.net 云南投资网）",
            published="2017-05-04", published_precision="day",
            register="municipal newspaper item on a prefecture's parks' quarterly statistics",
            source_url="http://yn.touzi888.net/news/view.html?id=6938")
a.park("高新区", "一季度全市工业园区和高新区(不含红塔集团)完成工业总产值227.5亿元", city="玉溪", province="云南",
       kind="国家级高新区", optional=True, note="玉溪高新区，文中只用泛称“高新区/国家级高新区”")
a.company("红塔集团", "一季度全市工业园区和高新区(不含红塔集团)", optional=True, note="统计口径中剔除的企业")
Q = "2017年一季度"
G = "玉溪市工业园区和高新区"
a.fact(G, "park_group", "output_value_cny", 2.275e10, "cny", "完成工业总产值227.5亿元,同比增长12.6%", as_of=Q,
       note="不含红塔集团")
a.fact(G, "park_group", "output_value_yoy_growth", 0.126, "ratio", "完成工业总产值227.5亿元,同比增长12.6%", as_of=Q,
       kind="ratio")
a.fact(G, "park_group", "value_added_cny", 6.2e9, "cny", "完成规模以上工业增加值62亿元,同比增长23%", as_of=Q)
a.fact(G, "park_group", "value_added_yoy_growth", 0.23, "ratio", "完成规模以上工业增加值62亿元,同比增长23%", as_of=Q,
       kind="ratio", optional=True)
a.fact(G, "park_group", "fixed_asset_investment_cny", 3.95e9, "cny", "完成固定资产投资39.5亿元,同比增长15%", as_of=Q)
a.fact(G, "park_group", "fixed_asset_investment_yoy_growth", 0.15, "ratio", "完成固定资产投资39.5亿元,同比增长15%",
       as_of=Q, kind="ratio", optional=True)
G2 = "玉溪市工业园区"
a.fact(G2, "park_group", "funds_in_place_cny", 6.72e9, "cny", "全市工业园区招商引资到位资金67.2亿元,同比增长33.5%", as_of=Q)
a.fact(G2, "park_group", "funds_in_place_yoy_growth", 0.335, "ratio", "招商引资到位资金67.2亿元,同比增长33.5%", as_of=Q,
       kind="ratio", optional=True)
a.fact(G2, "park_group", "new_enterprises", 27, "count", "新增入园企业27户", as_of=Q)
a.fact(G2, "park_group", "enterprises", 3636, "count", "全市工业园区入园企业达3636户", as_of="截至2017年一季度末")
a.fact(G2, "park_group", "enterprises_in_production", 1970, "count", "建成投产企业1970户", as_of="截至2017年一季度末")
a.fact(G2, "park_group", "land_acquired_mu", 522.3, "mu", "完成土地收储522.3亩", as_of=Q, optional=True)
a.fact(G2, "park_group", "land_developed_mu", 1154.3, "mu", "完成土地开发1154.3亩", as_of=Q, optional=True)
a.fact(G2, "park_group", "factory_floor_area_m2", 72000, "m2", "建成标准化厂房7.2万平方米", as_of=Q, optional=True)
a.fact(G2, "park_group", "infrastructure_investment_cny", 1.32e9, "cny", "完成基础建设投资13.2亿元", as_of=Q)
a.fact(G2, "park_group", "projects_over_10m", 11, "count", "实施千万元投资建设项目11个,竣工1个", as_of=Q, optional=True)
a.fact(G2, "park_group", "projects_over_10m_completed", 1, "count", "实施千万元投资建设项目11个,竣工1个", as_of=Q,
       optional=True)
a.fact(G2, "park_group", "projects_over_5m", 15, "count", "实施500万元投资建设项目15个,竣工10个", as_of=Q, optional=True)
a.fact(G2, "park_group", "projects_over_5m_completed", 10, "count", "实施500万元投资建设项目15个,竣工10个", as_of=Q,
       optional=True)
a.fact(G2, "park_group", "industrial_investment_cny", 2.63e9, "cny", "完成工业投资26.3亿元", as_of=Q)
G3 = "玉溪高新区和六个省级工业园区"
a.fact(G3, "park_group", "output_value_cny", 1.843e10, "cny", "高新区和六个省级工业园区完成工业产值184.3亿元", as_of=Q)
a.fact(G3, "park_group", "output_share", 0.81, "ratio", "占园区工业总产值比重达81%", as_of=Q, kind="ratio", optional=True)
a.fact(G3, "park_group", "value_added_cny", 5.39e9, "cny", "完成规模以上工业增加值53.9亿元", as_of=Q)
a.fact(G3, "park_group", "value_added_share", 0.87, "ratio", "占园区规模以上工业增加值比重达87%", as_of=Q, kind="ratio",
       optional=True)
a.fact(G3, "park_group", "funds_in_place_cny", 5.74e9, "cny", "招商引资到位资金达57.4亿元", as_of=Q)
a.fact(G3, "park_group", "funds_in_place_share", 0.854, "ratio", "占园区招商引资到位资金比重达85.4%", as_of=Q,
       kind="ratio", optional=True)
a.fact(G3, "park_group", "fixed_asset_investment_cny", 3.49e9, "cny", "完成固定资产投资34.9亿元,占园区固定资产投资比重达88%",
       as_of=Q)
a.fact(G3, "park_group", "fixed_asset_investment_share", 0.88, "ratio", "占园区固定资产投资比重达88%", as_of=Q,
       kind="ratio", optional=True)
a.fact("玉溪省级工业园区", "park_group", "parks_count", 6, "count", "高新区和六个省级工业园区完成工业产值184.3亿元",
       optional=True)
a.write()

# ---------------------------------------------------------------- s15
a = Article("s15", title="娲石集团6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目开工仪式成功举行！",
            outlet="娲石集团网站（企业新闻，发稿时间 2021/6/9）", published="2021-06-09", published_precision="day",
            register="company website press release on its own project's groundbreaking at a county's quarterly ceremony",
            source_repo="eidors/checkResourcesFiles", source_commit="b42b45f8e06608ef38aa583763378ffa54c3997e",
            source_path="checkFolder/ws/detail/detail-469.tpl")
a.park("新港园区", "其中新港园区5个", city="黄石", district="阳新县", province="湖北", kind="园区")
a.park("娲石集团光谷产业园", "发挥娲石集团光谷产业园的优势", kind="企业产业园", optional=True,
       note="企业自建园区，地点文中未给")
W = "娲石集团"
a.company(W, "娲石集团党委书记、董事长魏华山作为企业代表发言", aliases=["娲石"], park=None,
          note="项目在阳新县富池镇，文中未置于园区")
PN = "娲石集团6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目"
a.project(PN, "娲石集团6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目总投资40亿元", None,
          companies=[W], cny=4e9, text="项目总投资40亿元", status="开工",
          status_text="开工仪式在阳新县富池镇举行；市长宣布项目开工",
          aliases=["娲石6200t/d新型绿色智能化熟料生产线和年产2000万吨绿色环保建材生产线项目"])
G = "阳新县2021年二季度集中开工项目"
a.fact(G, "park_group", "projects_started", 23, "count", "此次集中开工项目有23个,计划总投资66.1亿元".replace(",", "，"),
       as_of="2021年5月27日")
a.fact(G, "park_group", "planned_investment_cny", 6.61e9, "cny", "计划总投资66.1亿元", as_of="2021年5月27日")
a.fact("新港园区", "park", "provincial_key_projects", 5, "count", "列入省级重点项目11个，其中新港园区5个", as_of="2021年")
a.fact("阳新县", "other", "provincial_key_projects", 11, "count", "2021年，列入省级重点项目11个", as_of="2021年",
       optional=True)
a.fact("阳新县", "other", "key_projects_share_of_city", 0.458, "ratio", "项目个数占全市的45.8%", as_of="2021年",
       kind="ratio", optional=True)
a.fact("阳新县", "other", "key_projects_investment_share_of_city", 0.55, "ratio", "计划投资占全市的55%", as_of="2021年",
       kind="ratio", optional=True)
a.fact("阳新县省市重点项目", "other", "completed_investment_cny", 4.77e9, "cny", "22个省市重点项目完成投资47.7亿元",
       as_of="2021年1-5月", optional=True)
a.fact("阳新县省市重点项目", "other", "projects_count", 22, "count", "22个省市重点项目完成投资47.7亿元",
       as_of="2021年1-5月", optional=True)
a.fact("阳新县新开工项目", "other", "projects_started", 61, "count", "新开工项目61个、完成投资11.2亿元", as_of="2021年1-5月",
       optional=True)
a.fact("阳新县新开工项目", "other", "completed_investment_cny", 1.12e9, "cny", "完成投资11.2亿元", as_of="2021年1-5月",
       optional=True)
a.fact("阳新片区新老项目", "other", "expected_annual_tax", 6e8, "cny", "年上交税收6-8亿元", kind="target", optional=True,
       note="区间6-8亿元，下限；指标名不带_cny 以免检查器读到“8亿元”")
a.fact("阳新片区新老项目", "other", "expected_annual_tax", 8e8, "cny", "年上交税收6-8亿元", kind="target", optional=True,
       note="区间上限")
a.fact(PN, "project", "jobs", 1000, "count", "安置就业超过1000人", kind="target", qualifier="超", qualifier_text="超过",
       optional=True)
a.fact(PN, "project", "jobs_induced", 10000, "count", "带动上万人就业", kind="target", qualifier="超", qualifier_text="上",
       optional=True)
a.write()
