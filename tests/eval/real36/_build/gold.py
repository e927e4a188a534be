# real36 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real35: evidence verbatim (in the text's own script, never converted); names as written in the text;
# 逾/超過/超/以上/突破 → 超, 余/多/餘 → 余, 約/约/近 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); amounts in Chinese numerals (zf01 “三十三億元”)
# cannot be read by check_gold.py: investment_cny set, investment_text None, and a note.
# Funds: size_cny from the size text; a fund's first-phase size and sub-fund totals are facts with subject_type fund.
# Agricultural / logistics / cultural parks are parks like any other; a park's sub-areas (核心区, 园中园) are optional parks
# with parent_park, or “park（group）” park_group subjects for their figures. Growth rates as ratios.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zfNN.raw as returned.

XM1 = "廈門市軟件園二期工程九月六日全面開工"
XM3 = "在今天的開工典禮上和廈門思明區官員交換協議文本的迦博數碼科技產業(廈門)有限公司董事長、臺商王維緒在接受記者采訪時表示"
G["zf01"] = dict(
 article=art("（無標題）廈門市軟件園二期工程全面開工 總投資三十三億元", "中國新聞社（中新社；記者 陳悅），載於 11hunli.com 轉貼頁", "2005-09-06", "day",
  "China News Service wire in traditional script: a city's software park starts its second phase — total investment, land and floor area, completion target — and a Taiwan-invested animation/software firm that will invest in it",
  "http://www.11hunli.com//news/2005/2005-09-07/8/622347.shtml",
  "日期取電頭“中新社廈門九月六日電”（網址 2005-09-07 為轉貼日）；年份依網址與正文“二00六年春節”“明年九月”（即2006年）。存頁未存標題（title 為編者概括）。正文三段，完整，止於“(完)”。總投資“三十三億元人民幣”為中文數字，check_gold.py 讀不出，故 investment_text 為 null、investment_cny 3.3e9（note）。“二00六年”原文如此（阿拉伯數字0）。廈門軟件園二期位於思明區；省份（福建）文中未寫，依城市填。",
  "zf01", title_note="no headline stored; title made from the lead"),
 parks=[
  park("廈門軟件園", "廈門", "福建", "軟件園（國家級引智基地）", "據介紹,廈門軟件園是中國八十六個國家級引智基地中唯一的軟件引智基地",
       aliases=["廈門市軟件園"], note="“廈門市軟件園”見首句（二期工程）"),
  park("軟件園二期", "廈門", "福建", "軟件園（二期）", "迦博將在軟件園二期中投資建設軟件學院以及進行動漫和幼教軟件的制作",
       district="思明區", parent="廈門軟件園", opt=True, note="廈門軟件園的二期園區（在思明區虎仔山南側）；同時是開工的工程項目"),
 ],
 companies=[
  comp("迦博數碼科技產業(廈門)有限公司", "廈門軟件園", XM3, aliases=["迦博"],
       note="臺資企業；將在軟件園二期投資建設軟件學院並製作動漫和幼教軟件（“準備入駐”）"),
 ],
 projects=[
  proj("廈門市軟件園二期工程", "廈門軟件園", XM1, aliases=["軟件園二期工程"], status="开工", status_text="全面開工",
       note="總投資“三十三億元人民幣”（中文數字）：investment_cny 3.3e9，investment_text 為 null；“將達到”", investment_cny=3.3e9),
  proj("軟件學院", "廈門軟件園", "迦博將在軟件園二期中投資建設軟件學院以及進行動漫和幼教軟件的制作", companies=["迦博數碼科技產業(廈門)有限公司"],
       status="planned", status_text="將…投資建設", opt=True, note="迦博在軟件園二期的投資計劃，無金額"),
 ],
 aggregate_facts=[
  fact("廈門市軟件園二期工程", "project", "planned_area_km2", 1, "km2", "規劃占地面積一平方公里", "2005年（規劃）", kind="target"),
  fact("廈門市軟件園二期工程", "project", "planned_floor_area_m2", 1.47e6, "m2", "形成建筑面積一百四十七萬平方米", "2005年（規劃）", kind="target"),
  fact("國家級引智基地", "region", "national_talent_bases", 86, "count", "據介紹,廈門軟件園是中國八十六個國家級引智基地中唯一的軟件引智基地", "2005年",
       kind="cumulative", opt=True, note="全國國家級引智基地數（廈門軟件園是其中唯一的軟件引智基地）"),
 ])

JM = "目前,该园区已建成投入运营和正在建设的园区总规划用地面积20.7平方公里,规划总建筑面积841.8万平方米,预计年产值894亿元"
G["zf02"] = dict(
 article=art("集美闽台文化产业园入选国家级文化产业示范园区", "福建日报（本报讯 吴会明），存于 folksfolks.com（money.fjnet.cn 东南网财经频道页面的镜像）", "2012-10-09", "day",
  "Provincial party paper item (via the province news portal's finance channel): a district's Fujian–Taiwan cultural industry park is named a national cultural-industry demonstration (pilot) park; its planned land, floor area and expected output; six lead sectors",
  "https://folksfolks.com/money/2012-10/09/content_9536692.htm",
  "日期取页面“money.fjnet.cn 2012-10-09 09:06 来源:福建日报”（该行、“我来说两句”、作者行“吴会明”与文末“相关新闻”已删）。正文两段，完整。文中只写“集美区”，未写厦门；集美区属厦门市（无歧义），city 依此填，province 福建依此。“示范(试验)园区”照录。“闽台文化产业区”是集美区年初提出的构想（或即该园区的扩展），列为可选。20.7平方公里等为“已建成投入运营和正在建设的园区”合计，记为园区事实。",
  "zf02"),
 parks=[
  park("集美闽台文化产业园", "厦门", "福建", "文化产业园（国家级文化产业示范(试验)园区）", "集美区闽台文化产业园入选国家级文化产业示范(试验)园区",
       district="集美区", aliases=["集美区闽台文化产业园"], note="标题作“集美闽台文化产业园”，正文作“集美区闽台文化产业园”"),
  park("闽台文化产业区", "厦门", "福建", "文化产业区（构想）", "今年初,集美区提出打造闽台文化产业区的构想", district="集美区", opt=True,
       note="集美区提出的构想；与闽台文化产业园的关系文中未说明"),
 ],
 institutions=[
  inst("集美区文化旅游部门", "笔者从集美区文化旅游部门了解到"),
 ],
 aggregate_facts=[
  fact("集美闽台文化产业园", "park", "planned_land_area_km2", 20.7, "km2", JM, "2012年10月（目前）"),
  fact("集美闽台文化产业园", "park", "planned_floor_area_m2", 8.418e6, "m2", "规划总建筑面积841.8万平方米", "2012年10月（目前）"),
  fact("集美闽台文化产业园", "park", "expected_output_value_cny", 8.94e10, "cny", "预计年产值894亿元", "预计（年）", kind="target"),
  fact("集美区（闽台文化产业区）", "region", "lead_cultural_sectors", 6, "count", "重点发展文化创意、影视动漫、数字内容与新媒体、印刷出版、艺术品、演艺娱乐等六大文化产业", "2012年",
       opt=True, note="构想中的六大文化产业"),
 ])

DZ1 = "作为京津冀协同发展战略确定的“三区一基地”项目之一,总投资70亿元的北京铁路局定州大型综合物流园区项目已经开始正式实施"
DZ2 = "北京铁路局定州大型综合物流园区项目选址于定州火车站货运中心附近,规划占地2463.4亩,设有能源、汽车、集装箱及其他民生物资4大板块"
G["zf03"] = dict(
 article=art("（无标题）北京铁路局定州大型综合物流园区项目正式实施 总投资70亿元", "经济日报（记者 宋美倩、通讯员 阴若天），数字报 paper.ce.cn", "2016-08-03", "day",
  "National economic daily (e-paper), short regional item: a railway bureau's 7bn-yuan comprehensive logistics park in a county-level city begins implementation — throughput, site, land and four sectors",
  "http://paper.ce.cn/jjrb/html/2016-08/03/content_307851.htm",
  "日期取数字报网址 2016-08/03。存页未存标题（title 为编者概括）。正文两段，完整，无页脚。物流园区与建设项目同名（“…物流园区项目”）：园区记为 park，项目记为 project（状态“已经开始正式实施”记开工，status_alt 在建）。北京铁路局（铁路运输企业）为项目方，记为 company。定州为河北省直管的县级市，city 为 null，district 定州，province 河北（依地名，文中未写省）。“国家二级大型商贸物流园区”是定位，不是名称。",
  "zf03", title_note="no headline stored; title made from the lead"),
 parks=[
  park("北京铁路局定州大型综合物流园区", None, "河北", "物流园区（综合物流园区）", DZ1, district="定州",
       note="项目名中的园区；建成后为国家二级大型商贸物流园区"),
 ],
 companies=[
  comp("北京铁路局", "北京铁路局定州大型综合物流园区", DZ1, kind="enterprise", note="铁路运输企业；物流园区项目方（名称前缀）"),
 ],
 institutions=[
  inst("定州市发改局", "据定州市发改局局长王永军介绍"),
 ],
 projects=[
  proj("北京铁路局定州大型综合物流园区项目", "北京铁路局定州大型综合物流园区", DZ1, companies=["北京铁路局"], inv="总投资70亿元",
       status="开工", status_text="已经开始正式实施", status_alt="在建"),
 ],
 aggregate_facts=[
  fact("北京铁路局定州大型综合物流园区项目", "project", "annual_throughput_t", 1e8, "t", "项目建成后,年物资吞吐量可达1亿吨以上", "建成后", kind="target",
       qual="超", qtext="以上"),
  fact("北京铁路局定州大型综合物流园区项目", "project", "planned_land_area_mu", 2463.4, "mu", "规划占地2463.4亩", "2016年8月（规划）", kind="target"),
  fact("北京铁路局定州大型综合物流园区项目", "project", "business_sectors", 4, "count", DZ2, "2016年8月（规划）", opt=True, note="能源、汽车、集装箱及其他民生物资4大板块"),
  fact("北京铁路局定州大型综合物流园区项目", "project", "years_to_full_production", 5, "years", "项目预计5年内达产", "预计", kind="target", opt=True),
 ])

LB1 = "25日上午,蘭白科技創新改革試驗區與張江國家自主創新示范區科技合作對接暨合作協議簽約儀式在蘭州舉行"
LB2 = "會上,涉及蘭白科技創新改革試驗區技術創新驅動基金設立3支子基金的簽約,總規模達26億元"
LBA = "其中,甘肅省科投公司分別與上海久有基金發起設立6億元“蘭白科技創新改革試驗區張江創新創業投資基金”"
LBB = "與蘭州科技發展投資公司、金城資本管理公司發起設立16億元“蘭州科技產業發展投資基金”簽約"
LBC = "與蘭州科技發展投資公司、甘肅華龍金城投資管理公司發起設立4億元“蘭州科技創新創業風險投資基金”"
LBD = "同時,上海敬源知識產權服務公司與蘭州科技大市場管理公司建設“張江蘭州知識產權服務平台”簽約"
LBE = "此外,上海國茂數字技術公司與甘肅廣電網絡傳媒有限公司戰略合作簽約"
G["zf04"] = dict(
 article=art("（無標題）蘭白試驗區與張江示范區合作簽約 技術創新驅動基金設立3支子基金總規模26億元", "香港商報（記者 寇剛），tp.hkcd.com", "2016-09-26", "day",
  "Hong Kong daily (traditional script) on a mainland science-and-technology reform pilot zone's cooperation signing with a national innovation demonstration zone: three sub-funds of the zone's innovation fund with their sizes and sponsors; an IP service platform; other signings",
  "http://tp.hkcd.com/content_p/2016-09/26/content_37777.html",
  "日期取網址 2016-09/26（簽約在“25日上午”）。存頁未存標題（title 為編者概括）。正文三段，完整，無頁腳。三支子基金屬“蘭白科技創新改革試驗區技術創新驅動基金”，26億元是三支子基金的合計（6+16+4），不是母基金規模，故母基金 size 為 null、合計記為基金事實。子基金的園區依此記為蘭白試驗區（蘭州科技產業發展投資基金等名稱中無試驗區字樣，note）。出資方與簽約企業文中未說落戶何園區，park 為 null。蘭白試驗區跨蘭州、白銀兩市，city 為 null；張江示范區在上海。",
  "zf04", title_note="no headline stored; title made from the lead"),
 parks=[
  park("蘭白科技創新改革試驗區", None, "甘肅", "科技創新改革試驗區", LB1, aliases=["蘭白試驗區"], note="蘭州、白銀兩市共建（文中只作“蘭白”），city 為 null"),
  park("張江國家自主創新示范區", "上海", "上海", "國家自主創新示范區", LB1, aliases=["張江示范區"]),
 ],
 companies=[
  comp("甘肅省科投公司", None, LBA, note="三支子基金的共同發起人"),
  comp("上海久有基金", None, LBA, note="基金管理機構（發起人）"),
  comp("蘭州科技發展投資公司", None, LBB),
  comp("金城資本管理公司", None, LBB),
  comp("甘肅華龍金城投資管理公司", None, LBC),
  comp("上海敬源知識產權服務公司", None, LBD, note="服務平台把上海的知識產權服務機構引入蘭白試驗區；公司本身的落戶地文中未說"),
  comp("蘭州科技大市場管理公司", None, LBD),
  comp("上海國茂數字技術公司", None, LBE, note="在簽約儀式上與甘肅廣電戰略合作簽約，與園區無直接關係"),
  comp("甘肅廣電網絡傳媒有限公司", None, LBE),
 ],
 projects=[
  proj("張江蘭州知識產權服務平台", "蘭白科技創新改革試驗區", LBD, companies=["上海敬源知識產權服務公司", "蘭州科技大市場管理公司"],
       status="签约", status_text="簽約", opt=True, note="服務平台（非投資項目），引入蘭白試驗區；無金額"),
 ],
 funds=[
  fund("蘭白科技創新改革試驗區技術創新驅動基金", "蘭白科技創新改革試驗區", LB2, note="母基金；規模文中未給（26億元是其三支子基金的合計）"),
  fund("蘭白科技創新改革試驗區張江創新創業投資基金", "蘭白科技創新改革試驗區", LBA, size="6億元", size_type="設立規模",
       note="子基金之一；甘肅省科投公司與上海久有基金發起"),
  fund("蘭州科技產業發展投資基金", "蘭白科技創新改革試驗區", LBB, size="16億元", size_type="設立規模",
       note="技術創新驅動基金的子基金（園區依上下文）；甘肅省科投公司與蘭州科技發展投資公司、金城資本管理公司發起"),
  fund("蘭州科技創新創業風險投資基金", "蘭白科技創新改革試驗區", LBC, size="4億元", size_type="設立規模",
       note="技術創新驅動基金的子基金（園區依上下文）"),
 ],
 aggregate_facts=[
  fact("蘭白科技創新改革試驗區技術創新驅動基金", "fund", "sub_funds_signed", 3, "count", LB2, "2016年9月25日"),
  fact("蘭白科技創新改革試驗區技術創新驅動基金", "fund", "sub_funds_total_size_cny", 2.6e9, "cny", "總規模達26億元", "2016年9月25日",
       note="三支子基金合計（6+16+4億元）"),
  fact("蘭白科技創新改革試驗區（張江合作對接）", "park_group", "cooperation_items_landed", 5, "count", "另外還有兩項合作意向共計5項目對接落地", "2016年9月25日",
       opt=True, note="三支子基金加兩項合作意向"),
  fact("蘭白科技創新改革試驗區（張江合作對接）", "park_group", "cooperation_intents", 2, "count", "另外還有兩項合作意向共計5項目對接落地", "2016年9月25日", opt=True),
 ])

JY2 = "以沈高镇为核心的江苏姜堰现代农业产业园,经过多年发展,基础设施迅速提档升级"
G["zf05"] = dict(
 article=art("姜堰现代农业产业园入选省级示范园", "江苏姜堰微信公众号（区政府新媒体），转载于 jujiaotaizhou.com（聚焦泰州）“发展改革”栏（编辑 袁常娇）", "2018-12-06", "day",
  "District government's official account (reposted by a city news site): a district's modern agricultural industrial park is put on the province's 2018 list of demonstration parks; its 2017 output, acreage, production, processing output, and its 23 planned projects and investment for 2018–2021",
  "http://jujiaotaizhou.com/a/fazhangaige/5255.html",
  "日期取页面“时间:2018-12-06 13:03 来源:江苏姜堰微信公众号”（该行、面包屑与文末“编辑:袁常娇”已删）。正文四段，完整。同一园区有三种写法：标题“姜堰现代农业产业园”、首段“姜堰省级现代农业产业示范园”、次段“江苏姜堰现代农业产业园”，名称取最全者。“水产品产量600万吨”“果蔬5000万吨”数量级可疑（全国水产品年产量约6500万吨），照录原文，note 注明。省农业农村厅指江苏省（依上下文）。",
  "zf05"),
 parks=[
  park("江苏姜堰现代农业产业园", "泰州", "江苏", "现代农业产业园（省级现代农业产业示范园）", JY2, district="姜堰",
       aliases=["姜堰现代农业产业园", "姜堰省级现代农业产业示范园"], note="以沈高镇为核心；2018年度省级现代农业产业示范园"),
 ],
 institutions=[
  inst("省农业农村厅", "省农业农村厅近日公布2018年度省级现代农业产业示范园建设名单", note="江苏省农业农村厅"),
 ],
 aggregate_facts=[
  fact("江苏姜堰现代农业产业园", "park", "agri_output_value_cny", 9.5e8, "cny", "2017年,园区实现农林牧渔业总产值9.5亿元", "2017年"),
  fact("江苏姜堰现代农业产业园", "park", "agri_output_value_growth", 0.095, "ratio", "比上年增长9.5%", "2017年", kind="ratio"),
  fact("江苏姜堰现代农业产业园", "park", "grain_sown_area_mu", 190000, "mu", "全年粮食播种面积19万亩", "2017年"),
  fact("江苏姜堰现代农业产业园", "park", "aquatic_output_t", 6e6, "t", "水产品产量600万吨", "2017年", note="数量级可疑，照录"),
  fact("江苏姜堰现代农业产业园", "park", "aquatic_output_growth", 0.008, "ratio", "水产品产量600万吨,增长0.8%", "2017年", kind="ratio"),
  fact("江苏姜堰现代农业产业园", "park", "fruit_vegetable_output_t", 5e7, "t", "果蔬5000万吨", "2017年", note="数量级可疑，照录"),
  fact("江苏姜堰现代农业产业园", "park", "processing_output_value_cny", 1.9e9, "cny", "实现加工产值19亿元", "2017年"),
  fact("江苏姜堰现代农业产业园", "park", "planned_projects", 23, "count", "六大工程计23个项目", "2018—2021年（3年任务期）", kind="target"),
  fact("江苏姜堰现代农业产业园", "park", "planned_investment_cny", 1.035e8, "cny", "预计总投资10350万元", "2018—2021年（3年任务期）", kind="target"),
  fact("江苏姜堰现代农业产业园", "park", "planned_major_programs", 6, "count", "六大工程计23个项目", "2018—2021年（3年任务期）", kind="target", opt=True),
  fact("泰州", "region", "provincial_agri_demo_parks", 2, "count", "成为泰州市第二家入选的省级农业产业示范园", "2018年", kind="cumulative", opt=True,
       note="姜堰为泰州第二家"),
 ])

XG2 = "安徽小岗国家农业科技园区分为核心区、示范区、辐射区"
XGC = "核心区在小岗现代农业示范园的基础上重新规划建设,规划面积达4.2万亩"
XG4 = "农产品加工产业园、现代园艺产业园、循环农业产业园、智慧农业示范园"
XGP = "小岗村田园综合体高标准农田项目总投资2935万元,治理面积6930亩"
XGF = "其中盼盼食品项目已经投产,可实现年精深加工马铃薯、玉米、小麦、大米等各类农副产品20万吨,提供2000多个就业岗位"
G["zf06"] = dict(
 article=art("村级也有国家农业科技园", "农业科技报（汪永安 罗宝），数字报 eb.nkb.com.cn 02版", "2019-01-23", "day",
  "Agricultural-science weekly (e-paper), short item: a village-level park approved as a national agricultural science and technology park; its core/demonstration/radiation areas, planned core area and layout of sub-parks; a farmland project started and a food company's project in production",
  "http://eb.nkb.com.cn/nykjb/20190123/html/content_20190123002007.htm",
  "日期取数字报网址 20190123（02版）。正文三段，完整，文末“(汪永安罗宝)”照录（同行）；其前的栏目导航、“当前版:02版”“文章字数:411”等与文后报社信息已删。“四园”名称为泛称（农产品加工产业园等），列为可选园区，parent 为小岗国家农业科技园区；小岗现代农业示范园是核心区的基础（可选）。盼盼食品项目“其中”承上句，依上下文记在园区内。",
  "zf06"),
 parks=[
  park("小岗国家农业科技园区", "滁州", "安徽", "国家农业科技园区", "安徽省滁州市凤阳县小岗国家农业科技园区获批建设", district="凤阳县",
       aliases=["安徽小岗国家农业科技园区"], note="第八批国家农业科技园区；全国唯一落地在村级的国家农业科技园区"),
  park("小岗现代农业示范园", "滁州", "安徽", "现代农业示范园", XGC, district="凤阳县", parent="小岗国家农业科技园区", opt=True,
       note="核心区在其基础上重新规划建设"),
  park("小岗田园综合体", "滁州", "安徽", "田园综合体", "小岗田园综合体", district="凤阳县", parent="小岗国家农业科技园区", opt=True,
       note="布局“一体”；文中另作“小岗村田园综合体”"),
  park("农产品加工产业园", "滁州", "安徽", "产业园（园中园）", XG4, district="凤阳县", parent="小岗国家农业科技园区", opt=True, note="“四园”之一，泛称"),
  park("现代园艺产业园", "滁州", "安徽", "产业园（园中园）", XG4, district="凤阳县", parent="小岗国家农业科技园区", opt=True, note="“四园”之一"),
  park("循环农业产业园", "滁州", "安徽", "产业园（园中园）", XG4, district="凤阳县", parent="小岗国家农业科技园区", opt=True, note="“四园”之一"),
  park("智慧农业示范园", "滁州", "安徽", "示范园（园中园）", XG4, district="凤阳县", parent="小岗国家农业科技园区", opt=True, note="“四园”之一"),
 ],
 companies=[
  comp("盼盼食品", "小岗国家农业科技园区", XGF, note="其项目已投产（园区依上下文）"),
 ],
 institutions=[
  inst("科技部", "近日科技部公布第八批国家农业科技园区名单"),
 ],
 projects=[
  proj("小岗村田园综合体高标准农田项目", "小岗国家农业科技园区", XGP, inv="总投资2935万元", status="开工", status_text="开工",
       note="开工见首段“作为小岗国家农业科技园区重要组成部分,小岗村田园综合体高标准农田项目开工”"),
  proj("盼盼食品项目", "小岗国家农业科技园区", XGF, companies=["盼盼食品"], status="投产", status_text="已经投产"),
 ],
 aggregate_facts=[
  fact("小岗国家农业科技园区（核心区）", "park_group", "planned_area_mu", 42000, "mu", XGC, "2019年1月（规划）"),
  fact("小岗村田园综合体高标准农田项目", "project", "treated_area_mu", 6930, "mu", "治理面积6930亩", "2019年1月"),
  fact("盼盼食品项目", "project", "annual_processing_capacity_t", 2e5, "t", XGF, "投产后", kind="target", note="年精深加工各类农副产品20万吨"),
  fact("盼盼食品项目", "project", "jobs", 2000, "persons", "提供2000多个就业岗位", "投产后", qual="余", qtext="多"),
 ])

TA1 = "我市新泰经济开发区数字经济园区入围省级示范型园区,肥城市老城锂电新材料绿色环保产业园区、泰山数谷产业园入围省级成长型园区,宁阳化工园区入围省级入库型园区"
TA0 = "全省评出 10 个示范型园区、22 个成长型园区、26 个入库型园区"
G["zf07"] = dict(
 article=art("泰安4家园区入选2023年度山东省数字经济园区", "泰安日报（泰安日报社·最泰安；记者 毕凤玲），载于 ZAKER泰安 app.myzaker.com", "2023-10-12", "day",
  "City party paper (via a news app): four parks of the city selected in the province's 2023 digital-economy park list by tier; the province's counts per tier; the city's earlier seven",
  "https://app.myzaker.com/news/article.php?pk=6527f5f31bc8e0784e00002a",
  "日期取页面“ZAKER泰安 2023-10-12”（该行、页面模板路径两行、文末记者/编辑/审核行与评论部件已删）。正文三段，完整。“我市”即泰安市。四家园区的区县依名称填（新泰、肥城市、宁阳）；泰山数谷产业园所在区县文中未写。新泰经济开发区数字经济园区在新泰经济开发区内（依名称），后者列为可选园区。10/22/26 是全省三类园区的家数（名单主语），不是泰安的数字。数字前后的空格照录（“公示 2023 年度”“10 个”）。",
  "zf07"),
 parks=[
  park("新泰经济开发区数字经济园区", "泰安", "山东", "数字经济园区（省级示范型）", TA1, district="新泰", parent="新泰经济开发区"),
  park("新泰经济开发区", "泰安", "山东", "经济开发区", TA1, district="新泰", opt=True, note="只作为数字经济园区名称的一部分出现"),
  park("肥城市老城锂电新材料绿色环保产业园区", "泰安", "山东", "产业园区（省级成长型数字经济园区）", TA1, district="肥城市"),
  park("泰山数谷产业园", "泰安", "山东", "产业园（省级成长型数字经济园区）", TA1),
  park("宁阳化工园区", "泰安", "山东", "化工园区（省级入库型数字经济园区）", TA1, district="宁阳"),
  park("宁阳中京数字产业园", "泰安", "山东", "数字产业园（省级数字经济园区）", "宁阳中京数字产业园等 7 家园区先后入选省级数字经济园区", district="宁阳",
       note="此前入选的7家之一"),
 ],
 institutions=[
  inst("山东省工业和信息化厅", "近日,山东省工业和信息化厅公示 2023 年度省级数字经济园区(试点)评选结果"),
  inst("市工信局", "下一步,市工信局将持续推动数字经济园区发展", note="泰安市工信局"),
 ],
 aggregate_facts=[
  fact("山东省数字经济园区（2023年度示范型）", "park_group", "parks_selected", 10, "count", TA0, "2023年度"),
  fact("山东省数字经济园区（2023年度成长型）", "park_group", "parks_selected", 22, "count", TA0, "2023年度"),
  fact("山东省数字经济园区（2023年度入库型）", "park_group", "parks_selected", 26, "count", TA0, "2023年度"),
  fact("泰安", "region", "provincial_digital_parks_selected", 4, "count", "此次 4 家园区的入选", "2023年度"),
  fact("泰安", "region", "provincial_digital_parks_before", 7, "count", "宁阳中京数字产业园等 7 家园区先后入选省级数字经济园区", "2023年10月以前",
       kind="cumulative", note="此前累计7家"),
 ])

LY1 = "观点网讯:2月21日消息,连云港海州区于近日举办了板浦临港物流产业园项目签约仪式"
LY2 = "板浦临港物流产业园由连云港港口控股集团与连云港交通控股集团、海州区政府共同建设运营"
LY3 = "项目位于连云港善后河板浦镇段左岸,占地面积547亩,总投资约8.48亿元"
LYS = "连云港新云台码头有限公司、连云港交控物流集团有限公司、瀛洲集团分别代表三方签署了战略合作协议"
LYW = "其中,连云港内河港新海港区板浦作业区二期码头工程项目总投资约4.45亿元,利用深水岸线500米,建设7个1000吨级内河泊位"
G["zf08"] = dict(
 article=art("连云港板浦临港物流产业园项目正式签约 总投资约8.48亿元", "观点网（观点新媒体；审校 劳蓉蓉）", "2024-02-21", "day",
  "Property/industry news site: a city district signs a port-logistics industrial park built by the port and transport holding groups with the district government — land, total investment, a second-phase river-port wharf project with berths, capacity, throughput and yard areas; the high-tech zone's plan for the park",
  "https://www.guandian.cn/article/20240221/385552.html",
  "日期取页面“2024-02-21 14:37”（该行、“观点网”行、文前摘要（与第二段同文）、文末“审校:劳蓉蓉”与话题部件已删）。正文四段，完整。签约三方由三家企业代表：连云港新云台码头有限公司、连云港交控物流集团有限公司、瀛洲集团（分别对应港口控股、交通控股、海州区一方，文中未逐一对应）。园区由连云港高新区党工委书记表态推进，但园区是否属连云港高新区文中未明说，parent 不填（note）。徐圩新区只作定位参照（可选）。码头工程是园区项目的一部分：其投资4.45亿元计入8.48亿元，状态记签约（status_alt planned）。",
  "zf08"),
 parks=[
  park("板浦临港物流产业园", "连云港", "江苏", "临港物流产业园", LY2, district="海州区", note="位于善后河板浦镇段左岸；海州区政府参与共建"),
  park("连云港高新区", "连云港", "江苏", "高新区", "连云港高新区党工委书记李锋表示,将按照省级园区标准加快临港物流产业园开发",
       note="其党工委书记表态推进板浦园区；隶属关系文中未说"),
  park("徐圩新区", "连云港", "江苏", "新区（石化产业基地）", "徐圩新区石化产业链延伸区", opt=True, note="只作为板浦园区定位的参照出现"),
 ],
 companies=[
  comp("连云港港口控股集团", "板浦临港物流产业园", LY2, note="共建运营方"),
  comp("连云港交通控股集团", "板浦临港物流产业园", LY2, note="共建运营方"),
  comp("连云港新云台码头有限公司", "板浦临港物流产业园", LYS, note="签约方代表"),
  comp("连云港交控物流集团有限公司", "板浦临港物流产业园", LYS, note="签约方代表"),
  comp("瀛洲集团", "板浦临港物流产业园", LYS, note="签约方代表"),
 ],
 institutions=[
  inst("海州区政府", LY2, park="板浦临港物流产业园", note="共建方"),
 ],
 projects=[
  proj("板浦临港物流产业园项目", "板浦临港物流产业园", LY3, companies=["连云港港口控股集团", "连云港交通控股集团"], inv="总投资约8.48亿元", qual="约",
       status="签约", status_text="签约仪式", status_alt="planned", note="签约见“板浦临港物流产业园项目签约仪式”"),
  proj("连云港内河港新海港区板浦作业区二期码头工程项目", "板浦临港物流产业园", LYW, inv="总投资约4.45亿元", qual="约", phase="二期",
       status="签约", status_text="签约仪式", status_alt="planned", note="园区项目的组成部分（“其中”）"),
 ],
 aggregate_facts=[
  fact("板浦临港物流产业园项目", "project", "land_area_mu", 547, "mu", LY3, "签约时（2024年2月）", kind="target"),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "shoreline_m", 500, "m", "利用深水岸线500米", "规划", kind="target", opt=True),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "berths", 7, "count", "建设7个1000吨级内河泊位", "规划", kind="target"),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "design_capacity_t", 1.94e6, "t", "设计通过能力194万吨", "规划", kind="target"),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "annual_throughput_t", 1.8e6, "t", "年吞吐量180万吨", "规划", kind="target"),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "yard_area_m2", 37800, "m2", "后方配套建设堆场3.78万平方米", "规划", kind="target", opt=True),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "port_road_area_m2", 25400, "m2", "港区道路2.54万平方米", "规划", kind="target", opt=True),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "warehouse_area_m2", 8400, "m2", "仓库件0.84万平方米", "规划", kind="target", opt=True),
  fact("连云港内河港新海港区板浦作业区二期码头工程项目", "project", "production_buildings_area_m2", 7300, "m2", "生产及辅助建筑物0.73万平方米", "规划", kind="target", opt=True),
 ])

DX1 = "北京大兴国际机场临空经济区近年来加速聚集临空高端产业,累计引进重点产业项目336个,总投资达1537.85亿元"
G["zf09"] = dict(
 article=art("（无标题）北京大兴国际机场临空经济区累计引进重点产业项目336个 总投资1537.85亿元", "人民日报（记者 王东辉；“本报北京10月9日电”），转载于 yxiu.cn（文末“(文章来源:人民日报)”）", "2024-10", "month",
  "National party daily, short news item: an airport economic zone spanning two provinces — cumulative key projects and investment, market entities since 2019, its bonded zone's trade and growth last year, cumulative fixed-asset investment and industrial floor space",
  "https://www.yxiu.cn/finance/ch/809967.html",
  "日期：电头“本报北京10月9日电”；转载页未存年份，年份依正文推得为2024（“由2019年的不足1000家增至目前”、“去年…综保区实现进出口总值99亿元”，与2023年数据相符），故 precision 记 month（刊出或为10月10日）。存页未存标题（title 为编者概括）；页首“AI导读:”及其摘要（转载站生成）与文末“(文章来源:人民日报)”已删。正文两段，完整。临空经济区跨京冀两地，city/province 为 null。“大兴机场综保区”在临空经济区内（parent 依正文“临空经济区内的”）。“同比增长4倍”记为4.0（增长400%）。“不足1000家”的“不足”不在约/超/余之列，该事实为可选、qualifier 为 null（note）。“近500万平方米”→约。",
  "zf09", title_note="no headline stored; title made from the lead"),
 parks=[
  park("北京大兴国际机场临空经济区", None, None, "临空经济区", DX1, note="跨京冀两地（北京大兴、河北廊坊），city/province 为 null"),
  park("大兴机场综保区", None, None, "综合保税区", "去年,临空经济区内的大兴机场综保区实现进出口总值99亿元", parent="北京大兴国际机场临空经济区"),
 ],
 aggregate_facts=[
  fact("北京大兴国际机场临空经济区", "park", "key_projects_introduced", 336, "count", DX1, "2024年10月（累计）", kind="cumulative"),
  fact("北京大兴国际机场临空经济区", "park", "introduced_projects_investment_cny", 1.53785e11, "cny", "总投资达1537.85亿元", "2024年10月（累计）", kind="cumulative"),
  fact("北京大兴国际机场临空经济区", "park", "market_entities", 15000, "count", "经营主体数量由2019年的不足1000家增至目前的1.5万余家", "2024年10月（目前）",
       qual="余", qtext="余"),
  fact("北京大兴国际机场临空经济区", "park", "market_entities_2019", 1000, "count", "经营主体数量由2019年的不足1000家", "2019年", opt=True,
       note="“不足1000家”（少于1000），qualifier 无对应值"),
  fact("大兴机场综保区", "park", "import_export_cny", 9.9e9, "cny", "去年,临空经济区内的大兴机场综保区实现进出口总值99亿元", "2023年（去年）"),
  fact("大兴机场综保区", "park", "import_export_growth", 4.0, "ratio", "同比增长4倍", "2023年（去年）", kind="ratio", note="增长4倍＝+400%"),
  fact("北京大兴国际机场临空经济区", "park", "fixed_asset_investment_cny", 2.3e11, "cny", "临空经济区累计完成固定资产投资2300亿元", "2024年10月（累计）", kind="cumulative"),
  fact("北京大兴国际机场临空经济区", "park", "industrial_floor_area_m2", 5e6, "m2", "建成产业载体面积近500万平方米", "2024年10月（累计）", kind="cumulative",
       qual="约", qtext="近"),
 ])

XA1 = "近日,由粵港澳大灣區科技創新產業投資基金、西安產業投資基金管理有限公司、中灣私募基金管理有限公司共同發起設立的西安中灣科創產業投資基金落地西安經開區"
G["zf10"] = dict(
 article=art("（無標題）西安中灣科創產業投資基金落地西安經開區 目標規模12億元", "城端傳播工作室（梁宵；編輯 陳戍），轉載於 yhgelaimei.com（繁體轉貼頁；原刊媒體頁面未寫明）", "2024", "year",
  "Local media studio item, reposted in traditional script: a science-and-innovation fund sponsored by a Greater Bay Area fund and two fund managers lands in a city's economic-technological development zone — target and first-phase size, investment focus, the province's fund cluster, the city–district working mechanism",
  "http://yhgelaimei.com/shehui/2024/281067.html",
  "日期只有網址 2024（無月日），published_precision 記 year。存頁未存標題（title 為編者概括）。正文五段，完整，末段同行的“(城端傳播工作室 梁宵)”照錄；其後“編輯: 陳戍”與轉載免責聲明（含電話 029-63903870）已刪。原刊媒體未寫明（署名“城端傳播工作室”）；本頁為繁體轉貼（無拼音夾注），文字照錄，不轉換。“陜西”的“陜”為原文字形。粵港澳大灣區科技創新產業投資基金與陜西省政府投資引導基金為文中提到的其他基金（不屬西安經開區），park 為 null。",
  "zf10", title_note="no headline stored; title made from the lead"),
 parks=[
  park("西安經開區", "西安", "陜西", "經濟技術開發區", XA1, note="文中只作“西安經開區”“經開區”"),
 ],
 companies=[
  comp("西安產業投資基金管理有限公司", None, XA1, note="基金共同發起人（基金管理機構）；落戶地文中未說"),
  comp("中灣私募基金管理有限公司", None, XA1, note="基金共同發起人（基金管理機構）"),
 ],
 institutions=[
  inst("市投資合作局", "構建了“市投資合作局統籌指導、經開區具體落實”的高效工作機制", note="西安市投資合作局"),
 ],
 funds=[
  fund("西安中灣科創產業投資基金", "西安經開區", "據了解,該基金目標規模12億元,首期規模即達8億元", size="12億元", size_type="目標規模",
       note="首期規模8億元（見事實）"),
  fund("粵港澳大灣區科技創新產業投資基金", None, XA1, note="共同發起人；規模文中未給"),
  fund("陜西省政府投資引導基金", None, "陜西省政府投資引導基金提出構建“1+5+N”千億級基金集群的目標", opt=True,
       note="省級引導基金，只作背景出現；“千億級”是基金集群的目標"),
 ],
 aggregate_facts=[
  fact("西安中灣科創產業投資基金", "fund", "first_phase_size_cny", 8e8, "cny", "首期規模即達8億元", "2024年（設立時）"),
 ])
