# real25 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there)
# Conventions as real24: evidence verbatim; investment_cny from investment_text; 近→约, 逾/超过/以上→超, 余/多→余
# (qualifier_text keeps the source word). Amounts written “N多万元”/“N亿余元”/“N余亿元” are not parsed by
# check_gold.py, so such facts use a metric without the _cny suffix and the value is given by hand (real20–22 convention),
# and such projects keep investment_text with investment_cny null (value in note).

G["q01"] = dict(
 article=art("蓟州区13个新项目落户 总投资超16亿元", "天津市商务委员会（页面“来源”）, 天津投资服务网站 selecttj.com “市级开发区”栏", "2017-11-28", "day",
  "municipal commerce-commission site item on a district science-and-technology park's collective signing: thirteen projects and their total, two named firms (one NEEQ-listed), the park's origin in an economic development zone and two other parks, area, infrastructure spending, cumulative signed projects, investment, completed firms and targets",
  "http://www.selecttj.com/kfq/sjkfq/2017/1128/4932.html",
  "栏目路径“首页 > 开发区 > 市级开发区 >”与“来源: 天津市商务委员会 / 发布时间: 2017-11-28 16:53 / 阅读:”各行已删（日期取此）。“日前”即2017年11月下旬。京磁材料、奥博科技为企业简称；“航天特种机械制造”“商用厨房设备”是项目名（未给企业名）。园区由蓟州经济开发区、天津专用汽车产业园、上仓工业园整合而成，三者记为园区，parent_park 指向京津州河科技产业园（“在……基础上成立”）。185为“签约落地项目”数（文中量词作“家”）",
  "q01"),
 parks=[
  park("京津州河科技产业园", "天津", "天津", "科技产业园（工业示范园区）", "日前,蓟州区京津州河科技产业园举行项目集中签约仪式", district="蓟州区", note="在蓟州经济开发区及天津专用汽车产业园、上仓工业园基础上成立；文中又作“园区”“该园区”"),
  park("蓟州经济开发区", "天津", "天津", "经济开发区", "京津州河科技产业园是在蓟州经济开发区及天津专用汽车产业园、上仓工业园基础上成立的工业示范园区", district="蓟州区", parent="京津州河科技产业园", note="京津州河科技产业园的组成基础"),
  park("天津专用汽车产业园", "天津", "天津", "产业园", "在蓟州经济开发区及天津专用汽车产业园、上仓工业园基础上成立", district="蓟州区", parent="京津州河科技产业园", note="京津州河科技产业园的组成基础"),
  park("上仓工业园", "天津", "天津", "工业园", "天津专用汽车产业园、上仓工业园基础上成立的工业示范园区", district="蓟州区", parent="京津州河科技产业园", note="京津州河科技产业园的组成基础"),
 ],
 companies=[
  comp("京磁材料", "京津州河科技产业园", "其中京磁材料不仅是新三板上市企业,还是该行业龙头企业", note="新三板上市企业；简称"),
  comp("奥博科技", "京津州河科技产业园", "京磁材料、奥博科技、航天特种机械制造、商用厨房设备等13个科技型项目集中签约落户蓟州区", note="以企业简称作项目名"),
 ],
 projects=[
  proj("京磁材料项目", "京津州河科技产业园", "京磁材料、奥博科技、航天特种机械制造、商用厨房设备等13个科技型项目集中签约落户蓟州区", companies=["京磁材料"], aliases=["京磁材料"], status="签约", status_text="集中签约落户", note="文中项目即作“京磁材料”"),
  proj("奥博科技项目", "京津州河科技产业园", "京磁材料、奥博科技、航天特种机械制造、商用厨房设备等13个科技型项目集中签约落户蓟州区", companies=["奥博科技"], aliases=["奥博科技"], status="签约", status_text="集中签约落户", note="文中项目即作“奥博科技”"),
  proj("航天特种机械制造", "京津州河科技产业园", "航天特种机械制造、商用厨房设备等13个科技型项目集中签约落户蓟州区", status="签约", status_text="集中签约落户", note="未给投资方"),
  proj("商用厨房设备", "京津州河科技产业园", "商用厨房设备等13个科技型项目集中签约落户蓟州区", status="签约", status_text="集中签约落户", note="未给投资方"),
 ],
 aggregate_facts=[
  fact("京津州河科技产业园", "park", "projects_signed", 13, "count", "13个科技型项目集中落户", "2017年11月"),
  fact("京津州河科技产业园", "park", "planned_investment_cny", None, "cny", "13个落户项目总投资额已超16亿元", "2017年11月", qual="超", qtext="超"),
  fact("京津州河科技产业园", "park", "planned_area_km2", 62, "km2", "总规划面积62平方公里", "2017年11月"),
  fact("京津州河科技产业园", "park", "developed_area_km2", 16.4, "km2", "已开发面积约16.4平方公里", "2017年11月", kind="cumulative", qual="约", qtext="约"),
  fact("京津州河科技产业园", "park", "infrastructure_investment", 5500000000.0, "cny", "累计投入基础设施及配套设施建设资金55亿余元", "2017年11月", kind="cumulative", qual="余", qtext="余", note="“55亿余元”：validator 不解析，metric 不加 _cny"),
  fact("京津州河科技产业园", "park", "projects_signed", 185, "count", "共签约落地项目185家", "2017年11月", kind="cumulative", note="签约落地项目，量词作“家”"),
  fact("京津州河科技产业园", "park", "planned_investment_cny", None, "cny", "总投资约380亿元", "2017年11月", kind="cumulative", qual="约", qtext="约"),
  fact("京津州河科技产业园", "park", "enterprises_completed", 122, "count", "落地建成企业122家", "2017年11月", kind="cumulative"),
  fact("京津州河科技产业园", "park", "expected_revenue_cny", None, "cny", "年可实现销售收入400亿元", "全部达产后", kind="target"),
  fact("京津州河科技产业园", "park", "expected_tax_cny", None, "cny", "税收15亿元", "全部达产后", kind="target"),
  fact("京津州河科技产业园", "park", "expected_employment", 30000, "persons", "安排就业3万人", "全部达产后", kind="target"),
 ])

G["q02"] = dict(
 article=art("中国(湖南)轻工产业园入园项目开工", "湖南省科学技术厅门户网站（市州动态栏；原始出处未标）", "2010-11-08", "day",
  "provincial science-department site item on a sector-led industrial park in a county: its first entering project breaking ground, the first phase's six firms to start, the park's model (provincial light-industry office with the county government), target firms, output and jobs, phase-one area, completed infrastructure",
  "http://kjt.hunan.gov.cn/kjt/xxgk/gzdt/szdt/201011/t20101108_2254258.html",
  "栏目路径、“湖南省科学技术厅门户网站 发布时间: 2010-11-08 00:00 【字体:”（日期取此）、文末“扫一扫在手机打开当前页”、图片标记、重复的标题与数字“9923755”已删。正文首句以“115,”开头，当为日期（11月5日）在原页面丢字，照录不改。“百信重型钢构”加引号，为入园项目名（也可视作企业简称，记 optional 企业）；“奠基”记 开工。湘阴县属岳阳市（地名据常识）。“4月落户湘阴”即2010年4月",
  "q02"),
 parks=[park("中国(湖南)轻工产业园", "岳阳", "湖南", "行业产业园（省轻工行办与县政府合作开发）", "中国(湖南)轻工产业园首批入园项目之一的“百信重型钢构”在湘阴县奠基", district="湘阴县", note="全国轻工业调整和振兴的第一个创新示范性产业园；文中又作“该园区”“园区”")],
 companies=[comp("百信重型钢构", "中国(湖南)轻工产业园", "首批入园项目之一的“百信重型钢构”在湘阴县奠基", opt=True, note="引号内为入园项目名，可能即企业简称")],
 institutions=[
  inst("省轻工行办", "由省轻工行办与湘阴县人民政府合作开发", note="湖南省轻工行业办公室；园区合作开发方"),
  inst("湘阴县人民政府", "由省轻工行办与湘阴县人民政府合作开发", note="园区合作开发方"),
 ],
 projects=[
  proj("百信重型钢构", "中国(湖南)轻工产业园", "中国(湖南)轻工产业园首批入园项目之一的“百信重型钢构”在湘阴县奠基", companies=["百信重型钢构"], status="开工", status_text="奠基", note="首批入园项目之一"),
 ],
 aggregate_facts=[
  fact("中国(湖南)轻工产业园一期", "park", "enterprises_to_start", 6, "count", "至11月底,该园区一期6个轻工企业将全部动工建设", "2010年11月底", kind="target"),
  fact("中国(湖南)轻工产业园", "park", "enterprises_capacity", 300, "count", "园区建成后可吸纳入园企业约300家", "建成后", kind="target", qual="约", qtext="约"),
  fact("中国(湖南)轻工产业园", "park", "expected_output_value_cny", None, "cny", "年产值预计可达1000亿元人民币", "建成后", kind="target"),
  fact("中国(湖南)轻工产业园", "park", "expected_employment", 300000, "persons", "解决就业约30万人", "建成后", kind="target", qual="约", qtext="约"),
  fact("中国(湖南)轻工产业园一期", "park", "planned_area_mu", 8000, "mu", "第一期工程开发建设8000亩", "2010年11月", note="计划用3年时间完成"),
 ])

G["q03"] = dict(
 article=art("总投资525亿元 兰州新区55个重大项目集中开工", "人民网-甘肃频道（记者 高翔；责编 焦隆、王彤）", "2021-08-05", "day",
  "national portal's provincial channel on a national new area's branch venue of a provincial mass groundbreaking: fifty-five projects and total, industrial projects and total, half-year growth, named projects under way, an urban-mining and surface-treatment park with total and first-phase investment",
  "http://gs.people.com.cn/n2/2021/0805/c183348-34854663.html",
  "页首日期来源行“2021年08月05日17:25 | 来源:人民网-甘肃频道”（日期取此）、“小字号”、图片说明“甘肃省2021年下半年重大项目集中开工仪式兰州新区分会场。人民网 高翔摄 |”、文末“(责编:焦隆、王彤)”“分享让更多人看到”与“推荐阅读”两条已删。兰州新区为国家级新区，按园区（区域平台）记。城市矿产与表面处理产业园既是园区又是项目（“投资150亿元启动建设”，一期42亿元），分会场设在其项目现场；“启动建设”记 开工，status_alt 在建。中川国际机场三期为交通项目，记 optional",
  "q03"),
 parks=[
  park("兰州新区", "兰州", "甘肃", "国家级新区", "当日,兰州新区在城市矿产与表面处理产业园项目现场设分会场", note="国家级新区（文中“国家级新区”字样未出现）；按区域园区平台记"),
  park("兰州新区城市矿产与表面处理产业园", "兰州", "甘肃", "专业产业园", "特别是投资150亿元启动建设兰州新区城市矿产与表面处理产业园", parent="兰州新区", aliases=["城市矿产与表面处理产业园"], note="同时为建设项目（见 projects）"),
 ],
 companies=[comp("甘肃德福新材料", "兰州新区", "推动中川国际机场三期、甘肃德福新材料二期等一批重大项目快速建设", note="只以“甘肃德福新材料二期”项目名出现")],
 projects=[
  proj("兰州新区城市矿产与表面处理产业园", "兰州新区", "特别是投资150亿元启动建设兰州新区城市矿产与表面处理产业园", inv="150亿元", status="开工", status_text="启动建设", aliases=["城市矿产与表面处理产业园"], note="集中开工分会场设在该项目现场"),
  proj("兰州新区城市矿产与表面处理产业园一期", "兰州新区", "一期总投资达42亿元", inv="42亿元", phase="一期", status="开工", status_text="启动建设", opt=True, note="同一园区项目的一期"),
  proj("甘肃德福新材料二期", "兰州新区", "推动中川国际机场三期、甘肃德福新材料二期等一批重大项目快速建设", companies=["甘肃德福新材料"], phase="二期", status="在建", status_text="快速建设"),
  proj("中川国际机场三期", "兰州新区", "推动中川国际机场三期、甘肃德福新材料二期等一批重大项目快速建设", phase="三期", status="在建", status_text="快速建设", opt=True, note="机场工程，非产业项目"),
 ],
 aggregate_facts=[
  fact("兰州新区", "park", "projects_started", 55, "count", "兰州新区此次集中开工的项目共55个", "2021年8月5日"),
  fact("兰州新区", "park", "planned_investment_cny", None, "cny", "总投资525亿元", "2021年8月5日", note="55个集中开工项目的总投资"),
  fact("兰州新区", "park", "industrial_projects", 30, "count", "其中产业项目为30个", "2021年8月5日"),
  fact("兰州新区", "park", "industrial_projects_investment_cny", None, "cny", "总投资260亿元", "2021年8月5日", note="30个产业项目的总投资"),
  fact("兰州新区", "park", "gdp_yoy_growth", 20.1, "percent", "GDP在去年同期15.2%增速基础上增长20.1%", "2021年上半年", kind="ratio"),
  fact("兰州新区", "park", "fixed_asset_investment_yoy_growth", 18.9, "percent", "固定资产投资在去年同期7.4%增速基础上增长18.9%", "2021年上半年", kind="ratio"),
 ])

G["q04"] = dict(
 article=art(None, "广西日报（作者 徐顺东 莫彩花；编辑 凝望）, 转载页 广西县域经济网 gxcounty.com", "2015-10-05", "day",
  "provincial paper (county-economy portal copy) on a cross-provincial cooperation park co-built by a city and a county: its controlling river-diversion works starting with cost, location, area, first-phase investment, planned sub-zones, output and tax targets, land acquired and compensation paid, the city's other cross-border parks",
  "http://gxcounty.com/news/jjyw/20151005/112822.html",
  "页面未存标题，正文直接开始。页首“2015年10月05日 来源:广西日报 作者:徐顺东 莫彩花”（日期取此）与“0 收藏 打印 增大字体 减小字体”、文末“扫二维码,手机阅读本文”“编辑:凝望”“分享”“首页”已删。“9月下旬”即2015年9月。“5600多万元”“6800多万元”含“多”，validator 不解析：项目 investment_cny 留空（约5600万元），征地款记 metric 不加 _cny。隆林各族自治县属百色市（文中“百色市和隆林共建园区”）",
  "q04", title_note="页面未存标题；内容为：桂黔(隆林)经济合作园区新州河布东河段改道工程开工建设"),
 parks=[
  park("桂黔(隆林)经济合作园区", "百色", "广西", "跨省经济合作园区（市县共建）", "9月下旬,桂黔(隆林)经济合作园区新州河布东河段改道工程开工建设", district="隆林各族自治县", note="百色市和隆林共建园区，位于平班镇母姑村；文中又作“园区”"),
  park("中国百色-越南高平边境经济合作区", "百色", "广西", "跨境经济合作区", "在建的跨境合作园区有中国百色-越南高平边境经济合作区、百色文山跨省区经济合作园区等", opt=True, note="在建；只被列举"),
  park("百色文山跨省区经济合作园区", "百色", "广西", "跨省区经济合作园区", "中国百色-越南高平边境经济合作区、百色文山跨省区经济合作园区等", opt=True, note="在建；只被列举；另一方为云南文山"),
 ],
 projects=[
  proj("新州河布东河段改道工程", "桂黔(隆林)经济合作园区", "桂黔(隆林)经济合作园区新州河布东河段改道工程开工建设。该工程是园区控制性工程,总投资5600多万元", inv="5600多万元", qual="余", status="开工", status_text="开工建设", aliases=["新州河布东河段改水工程"], note="园区控制性工程；“5600多万元”约5.6e7元，validator 不解析，investment_cny 留空；后文作“新州河布东河段改水工程”"),
 ],
 aggregate_facts=[
  fact("桂黔(隆林)经济合作园区", "park", "planned_area_km2", 21.3, "km2", "规划占地21.3平方公里", "2015年10月"),
  fact("桂黔(隆林)经济合作园区", "park", "planned_investment_cny", None, "cny", "第一期总投资5亿元", "2015年10月", note="园区第一期"),
  fact("桂黔(隆林)经济合作园区", "park", "target_output_value_cny", None, "cny", "年产值150亿元", "未来", kind="target"),
  fact("桂黔(隆林)经济合作园区", "park", "target_tax_cny", None, "cny", "税收5亿元以上", "未来", kind="target", qual="超", qtext="以上"),
  fact("桂黔(隆林)经济合作园区", "park", "land_acquired_mu", 2943, "mu", "目前完成2943亩土地的征地工作", "2015年10月", kind="cumulative"),
  fact("桂黔(隆林)经济合作园区", "park", "land_compensation_paid", 68000000.0, "cny", "兑现征地款6800多万元", "2015年10月", kind="cumulative", qual="余", qtext="多", note="“6800多万元”：validator 不解析，metric 不加 _cny"),
  fact("新州河布东河段改水工程", "project", "land_acquired_mu", 166.8, "mu", "完成新州河布东河段改水工程建设用地166.8亩的征地工作", "2015年10月", kind="cumulative", opt=True),
 ])

G["q05"] = dict(
 article=art("广西国家级高新区数量位居西部省份前列", "广西日报, 转载页 房天下 nn.news.fang.com", "2015-04-03", "day",
  "provincial paper (property portal copy) on a province's high-tech zones after a government press conference: four national and three provincial zones named, the newest one's approval, the six zones' output and share, two thousand-billion parks, firms, industrial clusters by zone, four-year foreign and domestic capital, named large firms, patent shares, two IP pilot parks",
  "https://nn.news.fang.com/2015-04-03/15468105.htm",
  "栏目路径“房天下 >资讯中心 >市场 > 正文”、“广西日报  2015-04-03 10:43”（日期取此）、与首段相同的“[摘要]”段、文末“免责声明:凡注明“来源:”已删。“去年”即2014年。文中国家高新区以城市名并列（“南宁、桂林、柳州、北海4个国家高新区”），园区名按“城市+国家高新区/高新区”记（只有“南宁国家高新区”“来宾高新区”原样出现，其余名称不逐字出现，check_gold 的 WARN 即此）。“6个高新区”指来宾获批前的六区。中国电子科技集团等“落户高新区”，未指明哪一区，park 记 null",
  "q05"),
 parks=[
  park("南宁国家高新区", "南宁", "广西", "国家高新技术产业开发区", "目前共有南宁、桂林、柳州、北海4个国家高新区", note="千亿元园区；生物工程及制药集群；国家知识产权试点园区"),
  park("柳州国家高新区", "柳州", "广西", "国家高新技术产业开发区", "目前共有南宁、桂林、柳州、北海4个国家高新区", note="文中作“柳州、南宁国家高新区”；千亿元园区；高端装备制造及汽车集群；国家知识产权试点园区"),
  park("桂林国家高新区", "桂林", "广西", "国家高新技术产业开发区", "目前共有南宁、桂林、柳州、北海4个国家高新区", note="电子信息及光通信集群"),
  park("北海国家高新区", "北海", "广西", "国家高新技术产业开发区", "目前共有南宁、桂林、柳州、北海4个国家高新区", note="电子信息集群"),
  park("梧州高新区", "梧州", "广西", "自治区高新区", "梧州、钦州、来宾3个自治区高新区"),
  park("钦州高新区", "钦州", "广西", "自治区高新区", "梧州、钦州、来宾3个自治区高新区"),
  park("来宾高新区", "来宾", "广西", "自治区高新区", "来宾高新区2015年3月获批", note="2015年3月获批"),
 ],
 companies=[
  comp("中国电子科技集团", None, "中国电子科技集团、中国电子信息产业集团、日本丰达电机有限公司等一批国内外知名高科技大企业落户高新区", note="“落户高新区”，未指明哪一区"),
  comp("中国电子信息产业集团", None, "中国电子信息产业集团、日本丰达电机有限公司等一批国内外知名高科技大企业落户高新区", note="同上"),
  comp("日本丰达电机有限公司", None, "日本丰达电机有限公司等一批国内外知名高科技大企业落户高新区", note="同上"),
 ],
 institutions=[
  inst("国家知识产权局", "国家知识产权局已确定南宁、柳州国家高新区为国家知识产权试点园区"),
  inst("自治区政府", "记者4月2日从自治区政府新闻发布会上获悉这一消息", note="新闻发布会主办方"),
 ],
 aggregate_facts=[
  fact("广西国家高新区", "park_group", "parks_count", 4, "count", "目前共有南宁、桂林、柳州、北海4个国家高新区", "2015年4月"),
  fact("广西自治区高新区", "park_group", "parks_count", 3, "count", "梧州、钦州、来宾3个自治区高新区", "2015年4月"),
  fact("广西6个高新区", "park_group", "industrial_output_value_cny", None, "cny", "工业总产值达到3934.66亿元", "2014年"),
  fact("广西6个高新区", "park_group", "share_of_region_industrial_output", 18, "percent", "约占全区总量的18%", "2014年", kind="ratio", qual="约", qtext="约"),
  fact("广西千亿元园区", "park_group", "parks_count", 2, "count", "柳州、南宁国家高新区成为全区仅有的两个千亿元园区", "2014年", opt=True),
  fact("广西6个高新区", "park_group", "enterprises", 14019, "count", "6个高新区现有企业数1.4019万家", "2015年4月", kind="cumulative"),
  fact("广西高新区", "park_group", "foreign_investment_actual_usd", 1046000000.0, "usd", "2011-2014年,广西高新区外商实际投资额10.46亿美元", "2011-2014年", kind="cumulative"),
  fact("广西高新区", "park_group", "domestic_capital_actual_cny", None, "cny", "实际到位内资额1124.61亿元", "2011-2014年", kind="cumulative"),
  fact("广西6个高新区", "park_group", "share_of_region_patent_applications", 35.42, "percent", "6个高新区申请专利量和授权量分别占全区总量的35.42%和39.44%", "2014年", kind="ratio"),
  fact("广西6个高新区", "park_group", "share_of_region_patent_grants", 39.44, "percent", "6个高新区申请专利量和授权量分别占全区总量的35.42%和39.44%", "2014年", kind="ratio"),
 ])

G["q06"] = dict(
 article=art("内蒙古达拉特经济开发区8个重大项目计划年内建成", "内蒙古达拉特经济开发区（武志忠）, 转载页 te-ch.tech", "2019-10-16", "day",
  "park-committee item (tech portal copy) on a banner's economic development zone: the year's key projects, total, new and continued, start rate, eight named projects with their firms in trial runs to be finished within the year, projects in negotiation and their total",
  "http://te-ch.tech/news/show-53886.html",
  "页首网站口号与标签行、“2019-10-16 内蒙古达拉特经济开发区 武志忠”（日期与署名取此）、阅读数“46”、“核心提示:”（与首段开头重复）、文末“免责声明:…”已删。八个项目以企业简称起首、未写“项目”二字，企业记简称；“进入试车阶段,计划年内建成”记 在建。“190多亿元”含“多”，记 metric 不加 _cny。达拉特旗属鄂尔多斯市（地名据常识）",
  "q06"),
 parks=[park("内蒙古达拉特经济开发区", "鄂尔多斯", "内蒙古", "经济开发区", "今年以来,内蒙古达拉特经济开发区坚定不移将重大项目建设牢牢抓在手上", district="达拉特旗", aliases=["开发区"], note="文中又作“开发区”“园区”")],
 companies=[
  comp("荣信化工", "内蒙古达拉特经济开发区", "荣信化工年产40万吨煤制乙二醇及30万吨聚甲氧基二甲醚"),
  comp("新奥", "内蒙古达拉特经济开发区", "新奥1000吨石墨烯粉体材料"),
  comp("盛德源", "内蒙古达拉特经济开发区", "盛德源25万吨二甲醚"),
  comp("共同低碳", "内蒙古达拉特经济开发区", "共同低碳碳回收及可燃驰放气循环再利用", note="简称；“共同”或为企业字号的一部分"),
  comp("新威远", "内蒙古达拉特经济开发区", "新威远200吨阿维菌素"),
  comp("万电电气", "内蒙古达拉特经济开发区", "万电电气2200台环保型高低压配电柜"),
  comp("泰盛和", "内蒙古达拉特经济开发区", "泰盛和8000万平方米基布"),
  comp("金沙布地", "内蒙古达拉特经济开发区", "金沙布地1950吨高品质光电通讯新材料"),
 ],
 projects=[
  proj("荣信化工年产40万吨煤制乙二醇及30万吨聚甲氧基二甲醚项目", "内蒙古达拉特经济开发区", "荣信化工年产40万吨煤制乙二醇及30万吨聚甲氧基二甲醚", companies=["荣信化工"], aliases=["年产40万吨煤制乙二醇及30万吨聚甲氧基二甲醚"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("新奥1000吨石墨烯粉体材料项目", "内蒙古达拉特经济开发区", "新奥1000吨石墨烯粉体材料", companies=["新奥"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("盛德源25万吨二甲醚项目", "内蒙古达拉特经济开发区", "盛德源25万吨二甲醚", companies=["盛德源"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("共同低碳碳回收及可燃驰放气循环再利用项目", "内蒙古达拉特经济开发区", "共同低碳碳回收及可燃驰放气循环再利用", companies=["共同低碳"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("新威远200吨阿维菌素项目", "内蒙古达拉特经济开发区", "新威远200吨阿维菌素", companies=["新威远"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("万电电气2200台环保型高低压配电柜项目", "内蒙古达拉特经济开发区", "万电电气2200台环保型高低压配电柜", companies=["万电电气"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("泰盛和8000万平方米基布项目", "内蒙古达拉特经济开发区", "泰盛和8000万平方米基布", companies=["泰盛和"], status="在建", status_text="进入试车阶段,计划年内建成"),
  proj("金沙布地1950吨高品质光电通讯新材料项目", "内蒙古达拉特经济开发区", "金沙布地1950吨高品质光电通讯新材料8个重大项目均进入试车阶段,计划年内建成", companies=["金沙布地"], status="在建", status_text="进入试车阶段,计划年内建成"),
 ],
 aggregate_facts=[
  fact("内蒙古达拉特经济开发区", "park", "key_projects", 15, "count", "开发区实施重点项目15项", "2019年"),
  fact("内蒙古达拉特经济开发区", "park", "planned_investment_cny", None, "cny", "总投资165.17亿元", "2019年", note="15项重点项目的总投资"),
  fact("内蒙古达拉特经济开发区", "park", "continued_projects", 5, "count", "续建项目5项", "2019年"),
  fact("内蒙古达拉特经济开发区", "park", "new_projects", 10, "count", "新建项目10项", "2019年"),
  fact("内蒙古达拉特经济开发区", "park", "project_start_rate", 100, "percent", "开复工率100%", "2019年10月", kind="ratio"),
  fact("内蒙古达拉特经济开发区", "park", "projects_to_complete", 8, "count", "8个重大项目计划年内建成", "2019年底", kind="target"),
  fact("内蒙古达拉特经济开发区", "park", "projects_under_negotiation", 18, "count", "目前在谈、对接重大项目18个", "2019年10月"),
  fact("内蒙古达拉特经济开发区", "park", "negotiating_projects_investment", 19000000000.0, "cny", "总投资额达190多亿元", "2019年10月", qual="余", qtext="多", note="“190多亿元”：validator 不解析，metric 不加 _cny"),
 ])

G["q07"] = dict(
 article=art("辽宁昌图换热设备产业基地已引进项目160个", "original not named, repost 中国建设信息网 ccbuild.com", "2010-10", "month",
  "trade-site repost on a county's provincial industrial base built on an older industrial park, at the opening of its first expo: the provincial decision, two years' infrastructure spending, built-up area, cumulative projects and contract investment by size, producing firms, output and jobs",
  "http://www.ccbuild.com/article-134162-1.html",
  "页面无日期行；日期据正文“2010年10月28日”博览会开幕（且统计“截至9月末”）取2010年10月，精度到月。页首“摘要: …”（正文开头截断重复）与文末“|”“已有 0 人参与”“会员评论”已删。原文为一整段，句间有空格（“出席开幕式。 此次博览会”），照录。辽宁换热设备产业基地依托老四平工业园区打造，后者记为其 parent。昌图县属铁岭市（地名据常识）",
  "q07"),
 parks=[
  park("辽宁换热设备产业基地", "铁岭", "辽宁", "省级产业基地", "2010年10月28日,首届中国换热设备博览会在昌图县辽宁换热设备产业基地开幕", district="昌图县", note="2008年10月省委、省政府决定依托老四平工业园区打造；文中又作“产业基地”“基地”"),
  park("老四平工业园区", "铁岭", "辽宁", "工业园区", "省委、省政府作出了依托老四平工业园区打造辽宁换热设备产业基地的决定", district="昌图县", note="辽宁换热设备产业基地所依托的园区", opt=True),
 ],
 institutions=[
  inst("省委、省政府", "2008年10月,省委、省政府作出了依托老四平工业园区打造辽宁换热设备产业基地的决定", note="辽宁省委、省政府"),
  inst("昌图县委、县政府", "昌图县委、县政府以“举全县之力加快产业基地发展”的超常规举措"),
 ],
 aggregate_facts=[
  fact("首届中国换热设备博览会", "event", "exhibitors", 100, "count", "此次博览会共吸引了国内外100多家换热设备产业及上下游相关产业企业前来参展", "2010年10月28日", qual="余", qtext="多", opt=True),
  fact("辽宁换热设备产业基地", "park", "infrastructure_investment_cny", None, "cny", "两年时间里累计投入基础建设资金8.8亿元", "2010年10月", kind="cumulative"),
  fact("辽宁换热设备产业基地", "park", "built_area_km2", 10.4, "km2", "目前建成区10.4平方公里基本“七通一平”", "2010年10月", kind="cumulative"),
  fact("辽宁换热设备产业基地", "park", "projects_introduced", 160, "count", "辽宁换热设备产业基地累计引进项目160个", "2010年10月", kind="cumulative"),
  fact("辽宁换热设备产业基地", "park", "contract_investment_cny", None, "cny", "协议引资额达132亿元", "2010年10月", kind="cumulative"),
  fact("辽宁换热设备产业基地", "park", "projects_over_100m_yuan", 15, "count", "其中超亿元项目15个", "2010年10月", kind="cumulative"),
  fact("辽宁换热设备产业基地", "park", "projects_over_50m_yuan", 145, "count", "5000万元以上项目145个", "2010年10月", kind="cumulative", opt=True, note="与超亿元项目数合计超过160，口径不清"),
  fact("辽宁换热设备产业基地", "park", "enterprises_in_production", 63, "count", "截至9月末,产业基地投产企业达63家", "2010年9月末", kind="cumulative"),
  fact("辽宁换热设备产业基地", "park", "industrial_output_value_cny", None, "cny", "实现工业总产值34.5亿元", "2010年1-9月"),
  fact("辽宁换热设备产业基地", "park", "employment", 5480, "persons", "带动就业5480人", "2010年9月末"),
 ])

G["q08"] = dict(
 article=art(None, "承德新闻网 cd.hebei.com.cn（长城网承德频道；原始出处未标）", "2018-07-12", "day",
  "city news-site item on a district's annual signing event: seventeen projects and total, named cultural-creative parks, tourism, cold-storage-board and wholesale-market projects, the district's pledge, a Beijing firm's sports-equipment project quote",
  "http://cd.hebei.com.cn/system/2018/07/12/018944381.shtml",
  "页面未存标题，正文直接开始，页面短于截断长度、以整句结束。日期取 URL 路径（2018/07/12），签约在“7月10日”。双滦区属河北承德市（文中“承德”“双滦”）。文中无经济开发区一类园区；“浙商文化创意产业园”“执惠旅游文化创意园”“中冀影视传媒文创园”是签约项目（将建的产业园），既记 projects，又作 optional 园区。“100余亿元”validator 不解析，记 metric 不加 _cny。签约项目均未置于园区，park 记 null",
  "q08", title_note="页面未存标题；内容为：承德市双滦区2018年重点项目签约活动集中签约17个项目"),
 parks=[
  park("浙商文化创意产业园", "承德", "河北", "文化创意产业园（签约项目）", "其中,浙商文化创意产业园、执惠旅游文化创意园、中冀影视传媒文创园等项目", district="双滦区", opt=True, note="签约项目，尚未建成"),
  park("执惠旅游文化创意园", "承德", "河北", "文化创意园（签约项目）", "浙商文化创意产业园、执惠旅游文化创意园、中冀影视传媒文创园等项目", district="双滦区", opt=True, note="签约项目，尚未建成"),
  park("中冀影视传媒文创园", "承德", "河北", "文创园（签约项目）", "执惠旅游文化创意园、中冀影视传媒文创园等项目,将以文化创意产业为主导", district="双滦区", opt=True, note="签约项目，尚未建成"),
 ],
 companies=[
  comp("北京恩益环境科技有限公司", None, "北京恩益环境科技有限公司总经理肖建明说", note="超小型足球场系统装备项目的投资方（在承德建设）"),
  comp("承德九齐", None, "承德九齐年产20万平方米冷库保温板", opt=True, note="只作项目名的一部分出现"),
 ],
 projects=[
  proj("浙商文化创意产业园", None, "其中,浙商文化创意产业园、执惠旅游文化创意园、中冀影视传媒文创园等项目", status="签约", status_text="集中签约"),
  proj("执惠旅游文化创意园", None, "浙商文化创意产业园、执惠旅游文化创意园、中冀影视传媒文创园等项目", status="签约", status_text="集中签约"),
  proj("中冀影视传媒文创园", None, "执惠旅游文化创意园、中冀影视传媒文创园等项目,将以文化创意产业为主导", status="签约", status_text="集中签约"),
  proj("皇家苑囿项目", None, "皇家苑囿项目、御道文旅小镇项目将分别培育乡村旅游新业态", status="签约", status_text="集中签约"),
  proj("御道文旅小镇项目", None, "御道文旅小镇项目将分别培育乡村旅游新业态、打造文化休闲旅游综合体", status="签约", status_text="集中签约"),
  proj("承德九齐年产20万平方米冷库保温板项目", None, "承德九齐年产20万平方米冷库保温板、义乌中国小商品城等项目", companies=["承德九齐"], aliases=["承德九齐年产20万平方米冷库保温板"], status="签约", status_text="集中签约"),
  proj("义乌中国小商品城项目", None, "义乌中国小商品城等项目,将在新型工业、商贸物流等方面助推双滦区转型升级", aliases=["义乌中国小商品城"], status="签约", status_text="集中签约", note="商贸物流项目"),
  proj("超小型足球场系统装备项目", None, "“选择在承德建设超小型足球场系统装备项目,就是因为这里交通便利、生态优势明显", companies=["北京恩益环境科技有限公司"], status="签约", status_text="选择在承德建设", opt=True, note="未明言在17个签约项目内，但语境为签约活动上的企业发言"),
 ],
 aggregate_facts=[
  fact("双滦区", "region", "projects_signed", 17, "count", "集中签约17个项目", "2018年7月10日"),
  fact("双滦区", "region", "planned_investment", 10000000000.0, "cny", "计划总投资100余亿元", "2018年7月10日", qual="余", qtext="余", note="“100余亿元”：validator 不解析，metric 不加 _cny"),
 ])

G["q09"] = dict(
 article=art(None, "中国台湾网（福建省台办通讯员 谨熙）taiwan.cn", "2013-07-18", "day",
  "national Taiwan-affairs portal's short item on a Taiwan-invested science-and-technology park breaking ground in a county-level city's industrial zone: investor, total, land, output range, planned sub-zones",
  "http://taiwan.cn/local/dfkx/201307/t20130718_4467893.html",
  "页面未存标题，正文为一段，以通讯员署名结束，页面远短于截断长度。日期取 URL 路径（t20130718；文中“7月18日福安消息”）。台湾科技产业园既是园区又是项目（“该项目”），位于溪尾镇下邳工业区。年产值为区间“200亿—300亿元”，只记上限（可解析部分），optional。福安市属宁德市（地名据常识）",
  "q09", title_note="页面未存标题；内容为：台湾科技产业园在福安市溪尾镇下邳工业区动工建设"),
 parks=[
  park("台湾科技产业园", "宁德", "福建", "台资产业园", "日前,台湾科技产业园在福安市溪尾镇下邳工业区动工建设", district="福安市", parent="下邳工业区", note="同时为建设项目；拟设综合区、电子机械产业区、游艇及救生艇产业区、生物食品产业区、码头物流区和综合服务区"),
  park("下邳工业区", "宁德", "福建", "工业区", "台湾科技产业园在福安市溪尾镇下邳工业区动工建设", district="福安市", note="位于溪尾镇"),
 ],
 companies=[comp("台湾中侨实业集团有限公司", "台湾科技产业园", "该项目由台湾中侨实业集团有限公司建设")],
 projects=[
  proj("台湾科技产业园", "下邳工业区", "该项目由台湾中侨实业集团有限公司建设,总投资80亿元人民币", companies=["台湾中侨实业集团有限公司"], inv="80亿元", status="开工", status_text="动工建设"),
 ],
 aggregate_facts=[
  fact("台湾科技产业园", "project", "land_area_mu", 3800, "mu", "用地面积3800亩", "2013年7月"),
  fact("台湾科技产业园", "project", "expected_output_value_max_cny", None, "cny", "年产值可达200亿—300亿元人民币", "建成后", kind="target", opt=True, note="区间200亿—300亿元，记上限"),
 ])
