# real146 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and
# shares as ratios. Projects: the park the text places the project in, null if none (a district or city is not a park).
# Status from the text's words (开工 / 集中开工 → 开工; 签约 / 签署…协议 → 签约; 落户 alone → no status; “预计…投产” for a
# future plant → planned). “将…” / “预计” figures are kind target; “目前” / “已” counts since a start date are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/wmNN.raw as returned.

# ---------------------------------------------------------------- wm01 宜宾临港 (四川经济日报 via 宜宾新闻网 2017)
LG = "宜宾临港开发区"
A1 = "临港已先后与朵唯、天珑、中兴等59家企业正式签约,总投资将超200亿元,全面达产后年产值将超过1100亿元"
G["wm01"] = dict(
 article=art("宜宾临港:全力向经济增长核心极迈进", "四川经济日报，载于宜宾新闻网 m.yybnet.net", "2017-10-27", "day",
  "Provincial economic daily relayed by the city news site, Sichuan: feature on a national-level development zone — smart-terminal firms signed / in production with totals, one named project started, universities",
  "https://m.yybnet.net/yibin/news/201710/6671384.html",
  "日期取页面“四川经济日报 2017-10-27 08:07”。标题照录；“看家乡事,品故乡情”、来源日期行已删。存段在“以港航经济为例,宜宾港从零起步,集装”处断开，该残句已删，正文止于“…新材料产业和港航经济。”；小标题两行（“产业聚集”“建设现代高端新兴产业策源地”）保留为段。页面在‘双轮驱动’等引号后有反斜杠（“\\’”），照录不改。园区：宜宾临港开发区（文中又作“临港开发区”“临港”，标题“宜宾临港”；全称宜宾临港经济技术开发区不见于文中）。项目：酷比智慧信息港项目——9月2日开工，总投资超过10亿元。企业：朵唯、天珑、中兴等59家智能终端企业正式签约（临港）；深圳市手机行业协会为签约合作方（机构，可选）。59家、超200亿元、超1100亿元为自去年7月以来的签约累计及达产预期；12家已投产（目前）。“第34家落户”与“59家正式签约”口径不同，34列为可选。",
  "wm01"),
 parks=[
  park(LG, "宜宾", "四川", "经济技术开发区", "发展新动能,不断在宜宾临港开发区聚集。", aliases=["临港开发区", "宜宾临港"],
       note="全称宜宾临港经济技术开发区（文中未见）；文中又单作“临港”"),
 ],
 companies=[
  comp("朵唯", LG, A1, note="智能终端企业，正式签约"),
  comp("天珑", LG, A1, note="智能终端企业，正式签约"),
  comp("中兴", LG, A1, note="智能终端企业，正式签约"),
  comp("酷比", LG, "9月2日,总投资超过10亿元酷比智慧信息港项目在临港开发区开工建设,成为短短一年时间内,第34家落户临港开发区的智能终端企业。",
       opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("深圳市手机行业协会", "自去年7月与深圳市手机行业协会签订战略合作协议以来", kind="association", note="与临港签订战略合作协议"),
 ],
 projects=[
  proj("酷比智慧信息港项目", LG, "9月2日,总投资超过10亿元酷比智慧信息港项目在临港开发区开工建设", companies=["酷比"],
       inv="10亿元", qual="超", qual_text="超过", status="开工", status_text="开工建设", note="2017年9月2日开工"),
 ],
 aggregate_facts=[
  fact(LG, "park", "firms_signed", 59, "count", A1, "2017年10月（自2016年7月起累计）", kind="cumulative", note="智能终端企业"),
  fact(LG, "park", "signed_investment_cny", 2e10, "cny", "总投资将超200亿元", "2017年10月（自2016年7月起累计）", kind="cumulative",
       qual="超", qtext="超", chk=True, note="59家签约智能终端企业总投资"),
  fact(LG, "park", "expected_annual_output_cny", 1.1e11, "cny", "全面达产后年产值将超过1100亿元", "全面达产后", kind="target",
       qual="超", qtext="超过", chk=True),
  fact(LG, "park", "firms_in_production", 12, "count", "目前,已有12家智能终端企业正式投产", "2017年10月", kind="cumulative"),
  fact(LG, "park", "firms_landed", 34, "count", "第34家落户临港开发区的智能终端企业", "2017年9月（一年内）", kind="cumulative", opt=True),
  fact(LG, "park", "universities_strategic_agreements", 10, "count", "与10所高校签订战略合作协议", "2017年10月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- wm02 成都高新区 13 firms (新华网 via 搜狐 2008)
CD = "成都高新区"
B0 = "当日,金山数娱、金证科技、博彦科技等13家企业与成都高新区管委会签署了项目合作协议和意向书,总投资金额超过120亿元人民币。"
B1 = "某网络游戏研发中心、新加坡ASM半导体研发中心、新光硅业多晶硅技术中心和郁金香LED研发中心等一批重大产业化项目已经先后落户成都高新区"
G["wm02"] = dict(
 article=art("13家企业拟在成都投资120亿元", "新华网（记者肖林），载于搜狐新闻 news.sohu.com", "2008-06-13", "day",
  "National news agency item relayed by a portal, Sichuan: after the Wenchuan earthquake 13 firms sign agreements and letters of intent with a high-tech zone — total investment, land and floor area; earlier projects landed and firms adding capital",
  "https://news.sohu.com/20080613/n257483060.shtml",
  "日期取电头“新华网成都6月13日电”及网址20080613。标题照录；搜狐导航、“(责任编辑:张庆龙)”及页脚已删。正文三段，完整。园区：成都高新区（管委会为签约方）。天府新城为成都高新区一次签约活动所服务的新城区域，列为可选园区（kind 新城）。签约13个项目只有企业名（金山数娱、金证科技、博彦科技等），不另立项目；签的是“项目合作协议和意向书”。已落户的新加坡ASM半导体研发中心、新光硅业多晶硅技术中心、郁金香LED研发中心：只说“落户”，不给状态；“某网络游戏研发中心”无名，不列。京东方、富通、嘉里为增资企业（可选）。",
  "wm02"),
 parks=[
  park(CD, "成都", "四川", "高新区", B0),
  park("天府新城", "成都", "四川", "新城", "作为天府新城于今年4月正式启动以来成都高新区一次规模最大的签约活动", opt=True,
       note="新城区域，2008年4月启动；与成都高新区关系文中未明说"),
 ],
 companies=[
  comp("金山数娱", CD, B0, note="签署项目合作协议/意向书"),
  comp("金证科技", CD, B0, note="同上"),
  comp("博彦科技", CD, B0, note="同上"),
  comp("新光硅业", CD, B1, opt=True, note="只在项目名中"),
  comp("京东方", CD, "京东方、富通、嘉里等一批项目相继增资", opt=True, note="项目增资"),
  comp("富通", CD, "京东方、富通、嘉里等一批项目相继增资", opt=True, note="项目增资"),
  comp("嘉里", CD, "京东方、富通、嘉里等一批项目相继增资", opt=True, note="项目增资"),
 ],
 projects=[
  proj("新加坡ASM半导体研发中心", CD, B1, note="已落户，无状态词"),
  proj("新光硅业多晶硅技术中心", CD, B1, companies=["新光硅业"], note="已落户，无状态词"),
  proj("郁金香LED研发中心", CD, B1, note="已落户，无状态词"),
 ],
 aggregate_facts=[
  fact(CD, "park", "projects_signed", 13, "count", B0, "2008-06-13", note="13家企业签署项目合作协议和意向书"),
  fact(CD, "park", "signed_investment_cny", 1.2e10, "cny", B0, "2008-06-13", qual="超", qtext="超过", chk=True),
  fact(CD, "park", "site_area_mu", 1457, "mu", "各个项目总占地面积为1457亩", "2008-06-13", note="13个签约项目合计"),
  fact(CD, "park", "floor_area_sqm", 2e6, "sqm", "总建筑面积近200万平方米", "2008-06-13", qual="约", qtext="近", opt=True, note="13个签约项目合计"),
 ])

# ---------------------------------------------------------------- wm03 新川创新科技园 (中国日报四川记者站 2014)
XC = "新川创新科技园"
C0 = "腾讯、宝德、微芯生物、欧珀(OPPO)、晨华5家公司分别与成都高新区、新川创新科技园签署投资合作协议,投资总额达67亿元。"
C1 = "腾讯公司将追加投资超过10亿元人民币,在成都高新区建设腾讯西南总部,运营腾讯全业务链业务"
C2 = "深圳宝德集团将投资不低于15亿元,在成都建设其西南研发总部及云计算基地"
C3 = "深圳微芯生物公司将投资10亿元,在成都建设其药品研发生产基地及总部"
C4 = "广东欧珀(OPPO)公司将投资不低于12亿元,在成都建设其全国第二运营中心"
C5 = "广西晨华集团将投资20亿元,在成都建设其钢铁大宗电子交易中心及西南总部项目"
G["wm03"] = dict(
 article=art("首批重大产业化项目落户新川科技园 投资总额达67亿元", "中国日报四川记者站，载于中国日报网 chinadaily.com.cn", "2014-02-27", "day",
  "National daily's provincial bureau, Sichuan: first batch of five industrial projects signed into a Sino-Singapore science park inside a high-tech zone — investors, amounts (several as minimums), total",
  "http://covid-19.chinadaily.com.cn/dfpd/sc/bwzg/2014-02/27/content_17311113.htm",
  "日期取页面“2014-02-27 17:26:26 来源:中国日报四川记者站”。页面主机名为 covid-19.chinadaily.com.cn（中国日报网自身域名下的地方频道路径 dfpd/sc）。标题照录（页面重复一次，图片说明“新川创新科技园首批重大产业化项目投资合作协议签约”已删）。存段末句在“奋力打造”处断开：自“成都高新区相关负责人表示,2014年是…”起的未完句已删，正文止于引语“…起到了推动作用。”。园区：新川创新科技园（标题作“新川科技园”，别名），位于成都高新区（parent；四川省与新加坡合作）。5个项目均为签署投资合作协议→签约；项目名按文中建设内容拟（如“腾讯西南总部”“西南研发总部及云计算基地”），园区记新川创新科技园（标题“落户新川科技园”；文中地点只说“在成都高新区建设”“在成都建设”，note 注明）。“不低于”“超过”→超。腾讯成都客服及网络游戏开发中心为已投资建设的既有项目（可选，无状态）。",
  "wm03"),
 parks=[
  park(XC, "成都", "四川", "科技园", C0, parent=CD, aliases=["新川科技园"], note="四川省与新加坡政府合作；在成都高新区内"),
  park(CD, "成都", "四川", "高新区", "2月27日,记者从成都高新区获悉"),
 ],
 companies=[
  comp("腾讯公司", XC, C1, aliases=["腾讯"]),
  comp("深圳宝德集团", XC, C2, aliases=["宝德"]),
  comp("深圳微芯生物公司", XC, C3, aliases=["微芯生物"]),
  comp("广东欧珀(OPPO)公司", XC, C4, aliases=["欧珀(OPPO)"]),
  comp("广西晨华集团", XC, C5, aliases=["晨华"]),
 ],
 projects=[
  proj("腾讯西南总部", XC, C1, companies=["腾讯公司"], inv="10亿元", qual="超", qual_text="超过", status="签约", status_text="签署投资合作协议",
       note="追加投资；文中“在成都高新区建设”"),
  proj("西南研发总部及云计算基地", XC, C2, companies=["深圳宝德集团"], inv="15亿元", qual="超", qual_text="不低于", status="签约", status_text="签署投资合作协议"),
  proj("药品研发生产基地及总部", XC, C3, companies=["深圳微芯生物公司"], inv="10亿元", status="签约", status_text="签署投资合作协议"),
  proj("全国第二运营中心", XC, C4, companies=["广东欧珀(OPPO)公司"], inv="12亿元", qual="超", qual_text="不低于", status="签约", status_text="签署投资合作协议"),
  proj("钢铁大宗电子交易中心及西南总部项目", XC, C5, companies=["广西晨华集团"], inv="20亿元", status="签约", status_text="签署投资合作协议"),
  proj("腾讯成都客服及网络游戏开发中心", CD, "在成都高新区已投资建设腾讯成都客服及网络游戏开发中心的基础上", companies=["腾讯公司"], opt=True,
       note="既有项目，“已投资建设”，不定状态"),
 ],
 aggregate_facts=[
  fact(XC, "park", "projects_signed", 5, "count", "首批签约落户的5个重大产业化项目", "2014-02-27"),
  fact(XC, "park", "signed_investment_cny", 6.7e9, "cny", "签署投资合作协议,投资总额达67亿元", "2014-02-27", chk=True),
 ])

# ---------------------------------------------------------------- wm04 德阳 94 projects (四川日报? via baogaosu 2014)
CDG = "成德工业园"
GH = "广汉高新区"
D0 = "3月7日,德阳市第一季度94个项目集中开工,总投资239亿元"
D1 = "本次集中开工项目中,落户中江县成德工业园的“恒合·工业云”制造建设项目就是一例。该项目总投资35亿元"
D2 = "本次开工的广汉高新区中国西部科技金融创新产业园项目,将建设80万平方米的厂房及金融中心、交易中心、展示中心,20万平方米的总部经济区及配套设施,总投资16亿元"
AS4 = "2014-03-07"
G["wm04"] = dict(
 article=art("德阳市第一季度94个项目集中开工", "记者王域西（原报未注明，似为四川日报），载于 chengdu.baogaosu.com", "2014-03-08", "day",
  "Provincial paper's item relayed by a regional news aggregator, Sichuan: a city's first-quarter groundbreaking of 94 projects with totals by kind, the year's investment targets and key-project plan, two named projects in an industrial park and a high-tech zone",
  "http://chengdu.baogaosu.com/xinwen/%E4%B8%AA%E9%A1%B9%E7%9B%AE/18292333/",
  "日期取页面“08.03.2014  07:44”（日.月.年），文中“3月7日”开工。标题照录；“原标题: 德阳94个项目集中开工”已删（记在 title_note）。署名“记者王域西”粘在末段末尾，保留。原报未在存段中注明。园区：成德工业园（中江县，德阳）、广汉高新区（广汉市，德阳）。项目：“恒合·工业云”制造建设项目——成德工业园，开工（集中开工），35亿元；中国西部科技金融创新产业园项目——广汉高新区，开工，16亿元，2014年年度投资3亿元（可选事实）。中国西部科技金融创新产业园本身是园区开发项目，另列为可选园区（parent 广汉高新区）。市级数字（94个/239亿元，产业项目64个/200亿元等，固投807.4亿元、目标880亿元，142个市重点项目）subject 德阳市（region）。“技术设施项目”照录（应为“基础设施”之误）。",
  "wm04", title_note="原标题: 德阳94个项目集中开工"),
 parks=[
  park(CDG, "德阳", "四川", "工业园", D1, district="中江县"),
  park(GH, "德阳", "四川", "高新区", D2, district="广汉市"),
  park("中国西部科技金融创新产业园", "德阳", "四川", "产业园", D2, district="广汉市", parent=GH, opt=True, note="园区开发项目本身"),
 ],
 companies=[],
 projects=[
  proj("“恒合·工业云”制造建设项目", CDG, D1, inv="35亿元", status="开工", status_text="集中开工", note="中江县成德工业园"),
  proj("中国西部科技金融创新产业园项目", GH, D2, inv="16亿元", status="开工", status_text="开工", note="2014年年度投资3亿元"),
 ],
 aggregate_facts=[
  fact("德阳市", "region", "projects_started", 94, "count", D0, AS4),
  fact("德阳市", "region", "projects_started_investment_cny", 2.39e10, "cny", D0, AS4, chk=True),
  fact("德阳市", "region", "industrial_projects_started", 64, "count", "其中,产业项目64个,总投资200亿元", AS4, opt=True),
  fact("德阳市", "region", "industrial_projects_started_investment_cny", 2e10, "cny", "其中,产业项目64个,总投资200亿元", AS4, opt=True, chk=True),
  fact("德阳市", "region", "fixed_asset_investment_cny", 8.074e10, "cny", "德阳市去年累计完成全社会固定资产投资807.4亿元", "2013年", opt=True, chk=True),
  fact("德阳市", "region", "fixed_asset_investment_target_cny", 8.8e10, "cny", "今年确定全社会固定资产投资目标任务880亿元", "2014年（目标）", kind="target", opt=True, chk=True),
  fact("德阳市", "region", "key_projects", 142, "count", "将安排142个市重点项目,总投资 1511.7亿元,年度投资计划256.2亿元", "2014年（计划）", kind="target", opt=True),
  fact("中国西部科技金融创新产业园项目", "project", "planned_annual_investment_cny", 3e8, "cny", "2014年年度投资3亿元", "2014年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- wm05 西永综合保税区 (重庆晨报 via 新浪 2010)
XB = "西永综合保税区"
G["wm05"] = dict(
 article=art("西永综合保税区", "重庆晨报（记者 曹嘉智），载于新浪财经 finance.sina.com.cn", "2010-02-09", "day",
  "City morning paper relayed by a portal, Chongqing: the mayor announces the imminent approval of a comprehensive bonded zone — planned area, first-quarter works, surrounding supplier zones and a local-supply target, a parts base to start production",
  "http://finance.sina.com.cn/roll/20100209/04167390869.shtml",
  "日期取页面“2010年02月09日 04:16  重庆晨报”；文中“昨天”即2010年2月8日。页面标题仅“西永综合保税区”，照录。新浪导航、“转发此文至微博”及声明已删。正文六段，完整。园区：西永综合保税区（重庆；即将获批，面积将达7平方公里；文中“西永”作地名）。“核心配套生产区”“周边区县生产配套区”无名，不列园区；面积与本地配套率列可选事实。笔记本电脑零部件生产基地（江北，产值100亿元，预计上半年投产）无名，列可选项目，status planned，园区 null。A、B两区专用连接道路为保税区配套工程（可选项目，planned）。惠普只以“惠普系”出现，列可选公司。",
  "wm05"),
 parks=[
  park(XB, "重庆", "重庆", "综合保税区", "“预计春节前后,西永综合保税区就要成功获批。”", note="待批；面积将达7平方公里"),
 ],
 companies=[
  comp("惠普", XB, "“惠普系”庞大的笔记本电脑生产王国,将是西永综合保税区的内核所在。", opt=True, note="只以“惠普系”出现"),
 ],
 projects=[
  proj("A、B两区专用连接道路", XB, "此外还将开建一条总长6.3公里的A、B两区专用连接道路", status="planned", status_text="将开建", opt=True, note="总长6.3公里"),
  proj("笔记本电脑零部件生产基地", None, "预计一个产值100亿元的笔记本电脑零部件生产基地上半年就会在江北投产", status="planned", status_text="预计…上半年就会在江北投产",
       opt=True, note="无名；江北区；100亿元为产值，不作投资额"),
 ],
 aggregate_facts=[
  fact(XB, "park", "planned_area_km2", 7, "km2", "面积将达到7平方公里", "2010年2月（规划）", kind="target"),
  fact(XB, "park", "supporting_zone_area_km2", 10, "km2", "西永周边将形成10平方公里的核心配套生产区和10平方公里的周边区县生产配套区", "规划", kind="target", opt=True,
       note="核心配套生产区；周边区县生产配套区亦10平方公里"),
  fact(XB, "park", "local_supply_ratio_target", 0.7, "ratio", "力争5年内本地配套率达到70%", "5年内（目标）", kind="target", opt=True),
  fact(XB, "park", "new_roads_planned", 6, "count", "将新建6条城市道路", "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wm06 惠普 / 富士康 in 西永 (cio360 2009)
XY = "重庆西永微电子产业园"
E0 = "8月4日,“惠普(重庆)笔记本电脑出口制造基地”、“富士康(重庆)产业基地”两个重大IT项目在重庆正式签约,落户重庆西永微电子产业园。"
E1 = "据悉,这两 个项目在2012年建成投产后,将形成年产2000万台外销笔记本电脑的生产能力、产值超过2000亿元的庞大产业链集群。"
P2 = "惠普(重庆)笔记本电脑出口制造基地、富士康(重庆)产业基地"
G["wm06"] = dict(
 article=art("惠普富士康基地落户重庆:2千亿产业群现雏形", "cio360.net（页面“作者:”“来源:”皆空，原出处未注明）", "2009-08-06", "day",
  "IT trade site relaying an unnamed report, Chongqing: two laptop-manufacturing projects signed into a microelectronics park — expected capacity and output, the city's projections and its bonded port",
  "https://www.cio360.net/show-610-41615-1.html",
  "日期取页面“2009-08-06 18:03:00”；签约在8月4日。标题照录；面包屑、摘要段（正文首段的重复）与“(本文不涉密)”已删。正文四段，完整。原文“这两 个项目”“进入 5000亿级”中的空格照录。园区：重庆西永微电子产业园。项目：惠普(重庆)笔记本电脑出口制造基地、富士康(重庆)产业基地——正式签约，落户西永；无投资额。年产2000万台、产值超过2000亿元为两项目2012年建成投产后的预期（target，subject 两项目合记）。重庆两路寸滩保税港区只作为服务平台提及，列可选园区。400亿美元进出口、4000亿元销售收入为全市预测（region，可选）。",
  "wm06"),
 parks=[
  park(XY, "重庆", "重庆", "产业园", E0),
  park("重庆两路寸滩保税港区", "重庆", "重庆", "保税港区", "再加上重庆两路寸滩保税港区以及出口加工贸易区这一高效的服务平台", opt=True, note="只作平台提及"),
 ],
 companies=[
  comp("惠普", XY, E0, opt=True, note="只在项目名中"),
  comp("富士康", XY, E0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("惠普(重庆)笔记本电脑出口制造基地", XY, E0, companies=["惠普"], status="签约", status_text="正式签约", note="2012年建成投产（预期）"),
  proj("富士康(重庆)产业基地", XY, E0, companies=["富士康"], status="签约", status_text="正式签约", note="2012年建成投产（预期）"),
 ],
 aggregate_facts=[
  fact(P2, "project", "expected_annual_capacity_units", 2e7, "units", E1, "2012年建成投产后", kind="target", note="外销笔记本电脑，两项目合计"),
  fact(P2, "project", "expected_annual_output_cny", 2e11, "cny", "产值超过2000亿元的庞大产业链集群", "2012年建成投产后", kind="target",
       qual="超", qtext="超过", chk=True, note="两项目带动的产业链集群"),
  fact("重庆市", "region", "expected_import_export_usd", 4e10, "usd", "“整机+配套”产业集群将形成400亿美元的进出口总量", "预测", kind="target", opt=True),
  fact("重庆市", "region", "electronics_revenue_target_cny", 4e11, "cny", "到2012年销售收入达到4000亿元", "2012年（规划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- wm07 绵阳高新区 H1 2017 (绵阳日报 via 宜宾新闻网's 绵阳 channel 2017)
GX = "高新区"
F0 = "1-6月实现地区生产总值146.7亿元,增长9.8%"
F3 = "会上还对辖区2016年度技术改造、壮大规模、加速发展的四川长虹电器股份有限公司、四川九洲线缆有限责任公司、四川汽车工业集团绵阳汽车制造有限公司等118家企业兑现扶持奖励资金1018.1万元。"
H1 = "2017年1-6月"
G["wm07"] = dict(
 article=art("始终保持专注发展定力 大力实施创新驱动战略高新区上半年经济强势突破创新高", "绵阳日报（郭文丹），载于 m.yybnet.net 绵阳频道", "2017-07-28", "day",
  "City daily relayed by a regional news site, Sichuan: a high-tech zone's half-year economic report at its economic work meeting — GDP, industrial output, investment, services and retail growth; awards to named firms",
  "https://m.yybnet.net/mianyang/news/201707/6363509.html",
  "日期取页面“绵阳日报 2017-07-28 08:01”；经济工作会议7月27日。标题照录（引题与主题连排，无分隔，照录）；图片说明“高新交通(王经纬摄)”与署名“□郭文丹”已删；原文“……”一行保留。存段末段“7月24日,四川最大单体工业项目之一、总投资高达465亿元的京东方第六代AMO?LED(柔性)”未完，整段删去，故京东方项目不在文中。园区：文中只作“高新区”，即绵阳高新区（绵阳日报，城市由出处定）。企业：四川长虹电器股份有限公司、四川九洲线缆有限责任公司、四川汽车工业集团绵阳汽车制造有限公司为辖区企业（获2016年度扶持奖励）。事实：2017年1-6月各项指标（reported / ratio）；社会消费品零售总额为1-6月累计（cumulative）；扶持奖励资金1018.1万元、118家为2016年度奖励兑现。“服务业增加值增速11.7%,高于目标1.6%个百分点”照录。",
  "wm07"),
 parks=[
  park(GX, "绵阳", "四川", "高新区", "7月27日,高新区召开经济工作会议,与辖区91家企业代表共话发展。", note="绵阳高新技术产业开发区；文中只作“高新区”"),
 ],
 companies=[
  comp("四川长虹电器股份有限公司", GX, F3, note="辖区企业，获扶持奖励"),
  comp("四川九洲线缆有限责任公司", GX, F3, note="辖区企业，获扶持奖励"),
  comp("四川汽车工业集团绵阳汽车制造有限公司", GX, F3, note="辖区企业，获扶持奖励"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GX, "park", "gdp_cny", 1.467e10, "cny", F0, H1, chk=True),
  fact(GX, "park", "gdp_yoy_growth", 0.098, "ratio", F0, H1, kind="ratio"),
  fact(GX, "park", "industrial_output_cny", 5.3246e10, "cny", "完成工业总产值532.46亿元,增长11.12%", H1, chk=True),
  fact(GX, "park", "industrial_output_yoy_growth", 0.1112, "ratio", "完成工业总产值532.46亿元,增长11.12%", H1, kind="ratio"),
  fact(GX, "park", "fixed_asset_investment_cny", 6.162e9, "cny", "全社会固定资产投资完成61.62亿元,增长17.8%", H1, chk=True),
  fact(GX, "park", "fixed_asset_investment_yoy_growth", 0.178, "ratio", "全社会固定资产投资完成61.62亿元,增长17.8%", H1, kind="ratio"),
  fact(GX, "park", "services_value_added_yoy_growth", 0.117, "ratio", "服务业增加值增速11.7%", H1, kind="ratio"),
  fact(GX, "park", "retail_sales_cny", 7.09e9, "cny", "社会消费品零售总额1-6月累计完成70.9亿元,增长14.8%", H1, kind="cumulative", chk=True),
  fact(GX, "park", "retail_sales_yoy_growth", 0.148, "ratio", "社会消费品零售总额1-6月累计完成70.9亿元,增长14.8%", H1, kind="ratio"),
  fact(GX, "park", "subsidies_paid_cny", 1.0181e7, "cny", "118家企业兑现扶持奖励资金1018.1万元", "2017-07-27（2016年度奖励）", chk=True),
  fact(GX, "park", "firms_rewarded", 118, "count", "118家企业兑现扶持奖励资金1018.1万元", "2017-07-27（2016年度奖励）", opt=True),
 ])
