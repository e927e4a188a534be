# real444 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim; names as written in the text; 逾/超过/超/以上/突破/不少于 → 超, 余/多 → 余, 约 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it). Growth rates and shares as ratios. Projects: the park the text places the project in, null where only a county / city
# is named. Status from the text's words (开工 / 动工 / 开工建设 → 开工; 投产 / 部分投产 / 建成投产 → 投产; 签订框架合作协议 → 签约;
# 正在施工 / 扎实推进 → 在建). Half-year / year-to-date figures (“1-6月份累计”, “上半年”) are cumulative; “预计 / 达产后 / 投产后”
# figures are target. ka05 is in traditional script as served (big5 gateway), evidence kept so.

# ---------------------------------------------------------------- ka01 钦州市工业园区 (gxcounty 2008)
PB = "浦北县工业集中区"; XC = "县城工业区"; HD = "河东工业园区"
K1a = "浦北县工业集中区被确认为自治区A类产业园区"
K1b = "该县已相继启动了县城工业区、泉水工业区和寨圩工业区的开发建设"
K1c = "县城工业区的新科药品包装有限公司已经正式投产"
K1d = "裕兴包装有限公司正加紧生产准备工作"
K1e = "新落户的浦北泰邦生物单血浆有限公司项目工程扎实推进"
K1f = "钦州市河东工业园区是2005年启动的市郊工业园区,2007年9月被确认为自治区重点产业园区—A类产业园区"
K1g = "由小工业园、黎合江工业园和皇马工业园三个工业园组成"
G["ka01"] = dict(
 article=art("（无标题）钦州市工业园区项目建设：浦北县工业集中区与河东工业园区", "广西县域经济网 gxcounty.com（存段无标题、无署名、原发媒体未示）",
  "2008-11-27", "day",
  "Regional economy portal, Guangxi: a city's industrial parks after the 2008 China–ASEAN Expo — a county industrial cluster zone rated class A with three sub-zones, firms in production / preparing / a project under way, and a suburban park made of three sub-parks",
  "http://gxcounty.com/news/jjyw/20081127/40264.html",
  "日期取网址 20081127（存段无标题、无日期行；title 为编者概括）。存段末句“河东工业园区的发展与城市的发展衔接,工业化与城镇化良性互动”无句号而中断，已删（make_txt.py LINE_SUFFIX），正文截至“…三个工业园组成。”，共四段。2008 年早于本组 2012–2024 的角度年份，但在收集范围 2008–2025 内。园区：浦北县工业集中区（钦州市浦北县）及其县城工业区、泉水工业区、寨圩工业区（parent 浦北县工业集中区；县城工业区有企业，非可选，另两个可选）；河东工业园区（文中首作“钦州市河东工业园区”，别名记之）及其小工业园、黎合江工业园、皇马工业园（可选子园区）。钦州保税港区只作背景，可选。公司：新科药品包装有限公司（县城工业区，已投产；无项目名，不另列项目）；裕兴包装有限公司、浦北泰邦生物单血浆有限公司（同句紧接县城工业区，园区按上下文推定为县城工业区）。项目：浦北泰邦生物单血浆有限公司项目（“项目工程扎实推进”→在建）。无数值事实。",
  "ka01"),
 parks=[
  park(PB, "钦州", "广西", "工业集中区", K1a, district="浦北县", note="自治区A类产业园区"),
  park(XC, "钦州", "广西", "工业区", K1b, district="浦北县", parent=PB, note="浦北县工业集中区的片区；有企业"),
  park("泉水工业区", "钦州", "广西", "工业区", K1b, district="浦北县", parent=PB, opt=True),
  park("寨圩工业区", "钦州", "广西", "工业区", K1b, district="浦北县", parent=PB, opt=True),
  park(HD, "钦州", "广西", "工业园区", K1f, aliases=["钦州市河东工业园区"], note="一区多园；自治区重点产业园区—A类产业园区"),
  park("小工业园", "钦州", "广西", "工业园", K1g, parent=HD, opt=True),
  park("黎合江工业园", "钦州", "广西", "工业园", K1g, parent=HD, opt=True),
  park("皇马工业园", "钦州", "广西", "工业园", K1g, parent=HD, opt=True),
  park("钦州保税港区", "钦州", "广西", "保税港区", "加上国家批准实施《广西北部湾经济区发展规划》和设立钦州保税港区", opt=True, note="背景提及"),
 ],
 companies=[
  comp("新科药品包装有限公司", XC, K1c, note="已经正式投产"),
  comp("裕兴包装有限公司", XC, K1d, note="正加紧生产准备；园区按上下文推定"),
  comp("浦北泰邦生物单血浆有限公司", XC, K1e, note="新落户；园区按上下文推定"),
 ],
 institutions=[
  inst("国家商务部", "国家商务部正式认定钦州为全国第二批加工贸易梯度转移重点承接地之一", opt=True),
 ],
 projects=[
  proj("浦北泰邦生物单血浆有限公司项目", XC, K1e, companies=["浦北泰邦生物单血浆有限公司"], status="在建", status_text="项目工程扎实推进",
       note="园区按上下文推定（县城工业区）；无金额"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ka02 北海市工业园区 上半年 (北海日报 2013)
BH = "北海市工业园区"; H13 = "2013年1–6月"
K2a = "1-6月份累计完成规模以上工业总产值85.65亿元,比去年同期增长47.32%"
K2b = "电子信息产业总产值71.6亿元,比去年同期增长64.72%"
K2c = "财税收入3.48亿元,比去年同期增长47.15%"
K2d = "此外,总投资37.5亿元的液晶核心组件产业项目已达成意向,于6月25日在香港签订框架合作协议"
K2e = "推动朗科、三诺、惠科三大项目建设,目前朗科项目已经试产、三诺项目已于7月1日部分投产,惠科项目已经正式动工"
G["ka02"] = dict(
 article=art("（无标题）北海市工业园区上半年规上工业总产值85.65亿元 朗科试产 三诺部分投产 惠科动工", "北海日报（来莅），载于 广西县域经济网 gxcounty.com",
  "2013-07-23", "day",
  "City daily via a regional economy portal, Guangxi: an electronics-oriented industrial park's first half — output, electronics output, fiscal revenue and their growth, fixed investment, projects attracted and funds in place, a 37.5亿元 framework deal, three named projects at trial production / partial production / started, infrastructure progress",
  "http://gxcounty.com/jingji/yqsc/20130723/82260.html",
  "日期取页面“2013年07月23日 来源:北海日报 作者:来 莅”（该行与“收藏 打印…”“扫二维码…编辑:spring 分享 首页”已删）。存段无标题（title 为编者概括）。正文四段，完整。园区：北海市工业园区（文中又作“园区”；北海市，广西）。项目：液晶核心组件产业项目（总投资37.5亿元，已达成意向并签订框架合作协议→签约）；朗科项目（已经试产→投产，status_alt 在建）；三诺项目（7月1日部分投产→投产）；惠科项目（正式动工→开工）；中电基础设施配套工程四期（路基完成70%→在建，可选）。朗科、三诺、惠科只以简称出现，列可选公司。事实：1–6月规上工业总产值85.65亿元及增速、电子信息产业总产值71.6亿元及增速、财税收入3.48亿元及增速、固定资产投资46亿元（均 cumulative）；上半年引进项目11个、到位资金约35亿元。“2013年…招商引资工作的主要方向”不计。",
  "ka02"),
 parks=[
  park(BH, "北海", "广西", "工业园区", "记者日前从北海市工业园区获悉", note="文中又作“园区”；电子信息产业为主"),
 ],
 companies=[
  comp("朗科", BH, K2e, opt=True, note="只以简称作项目名"),
  comp("三诺", BH, K2e, opt=True, note="只以简称作项目名"),
  comp("惠科", BH, K2e, opt=True, note="只以简称作项目名"),
 ],
 institutions=[],
 projects=[
  proj("液晶核心组件产业项目", BH, K2d, inv="总投资37.5亿元", status="签约", status_text="达成意向,于6月25日在香港签订框架合作协议",
       note="框架合作协议；园区按招商段落推定"),
  proj("朗科项目", BH, K2e, companies=["朗科"], status="投产", status_text="已经试产", status_alt="在建", note="试产（试生产）记投产，status_alt 在建"),
  proj("三诺项目", BH, K2e, companies=["三诺"], status="投产", status_text="已于7月1日部分投产", note="部分投产"),
  proj("惠科项目", BH, K2e, companies=["惠科"], status="开工", status_text="已经正式动工"),
  proj("中电基础设施配套工程四期", BH, "中电基础设施配套工程四期已完成路基施工的70%", phase="四期", status="在建",
       status_text="已完成路基施工的70%", opt=True, note="园区基础设施"),
 ],
 aggregate_facts=[
  fact(BH, "park", "industrial_output_above_scale_cny", 8.565e9, "cny", K2a, H13, kind="cumulative", chk=True),
  fact(BH, "park", "industrial_output_above_scale_yoy_growth", 0.4732, "ratio", K2a, H13, kind="ratio"),
  fact(BH, "park", "electronics_output_cny", 7.16e9, "cny", K2b, H13, kind="cumulative", chk=True),
  fact(BH, "park", "electronics_output_yoy_growth", 0.6472, "ratio", K2b, H13, kind="ratio"),
  fact(BH, "park", "fiscal_revenue_cny", 3.48e8, "cny", K2c, H13, kind="cumulative", chk=True, note="财税收入"),
  fact(BH, "park", "fiscal_revenue_yoy_growth", 0.4715, "ratio", K2c, H13, kind="ratio", opt=True),
  fact(BH, "park", "fixed_asset_investment_cny", 4.6e9, "cny", "累计完成固定资产投资46亿元", H13, kind="cumulative", chk=True),
  fact(BH, "park", "projects_attracted", 11, "count", "上半年共引进项目11个", H13, kind="cumulative"),
  fact(BH, "park", "funds_in_place_cny", 3.5e9, "cny", "完成到位资金约35亿元", H13, kind="cumulative", qual="约", qtext="约", chk=True),
 ],
)

# ---------------------------------------------------------------- ka03 防城港边海经济带 (bianguan 2015)
FC = "防城港"
K3a = "企沙工业区、大西南临港工业区、东湾物流加工区、沙潭江科技工业区、中越跨境经济合作区、企沙东岛能源化工基地等6大产业园区的从无到有就是最有力的证明"
K3b = "工业园区内投产企业达108家,新增规上工业企业6家,新增1家产值超200亿元企业和14家产值超10亿元企业,目前产值超亿元的达105家"
K3c = "中海油LNG和海森特海工装备制造等项目的开工,加快临港工业的发展步伐"
A3 = "2014年"
G["ka03"] = dict(
 article=art("防城港边海经济带蓝图绘就", "中国边关在线 www.bianguan.net（文中称“我市”，原发媒体未示，疑为防城港本地报）",
  "2015-01-30", "day",
  "Border-news portal relaying a local item, Guangxi: a coastal-and-border city's “边海经济带” plan after its economic work conference — six industrial parks named, firms in production in the parks, new above-scale firms and output bands, two projects started",
  "http://www.bianguan.net/news/view-13613.html",
  "日期取页面“www.bianguan.net 2015-1-30 15:25:44 新闻专栏客服:小黄16108382”（该行已删）。标题照录。存段末段“与此同时,澳加粮油加工和金”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…加快临港工业的发展步伐。”，共八段。“渔氵万半岛”中的“氵万”照录（页面以两字拼写一个字）。园区：企沙工业区、大西南临港工业区、东湾物流加工区、沙潭江科技工业区、中越跨境经济合作区、企沙东岛能源化工基地（“6大产业园区”，均在防城港市）。项目：中海油LNG、海森特海工装备制造（开工；文中未说园区→park null）。事实：防城港市“2014年以来”工业园区内投产企业108家（主语为全市工业园区，记 region 防城港市；108 是存量还是新增不明，记 cumulative）、新增规上工业企业6家、新增产值超200亿元企业1家、超10亿元企业14家、产值超亿元企业105家（目前）；6大产业园区（可选）。",
  "ka03"),
 parks=[
  park("企沙工业区", "防城港", "广西", "工业区", K3a),
  park("大西南临港工业区", "防城港", "广西", "工业区", K3a),
  park("东湾物流加工区", "防城港", "广西", "物流加工区", K3a),
  park("沙潭江科技工业区", "防城港", "广西", "工业区", K3a),
  park("中越跨境经济合作区", "防城港", "广西", "跨境经济合作区", K3a),
  park("企沙东岛能源化工基地", "防城港", "广西", "能源化工基地", K3a),
 ],
 companies=[
  comp("中海油", None, K3c, opt=True, note="只在项目名中"),
  comp("海森特", None, K3c, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中海油LNG", None, K3c, companies=["中海油"], status="开工", status_text="的开工", note="园区未说"),
  proj("海森特海工装备制造", None, K3c, companies=["海森特"], status="开工", status_text="的开工", note="园区未说"),
 ],
 aggregate_facts=[
  fact("防城港市", "region", "firms_in_production_in_parks", 108, "count", K3b, "2014年以来", kind="cumulative",
       note="全市工业园区内投产企业；存量或新增不明"),
  fact("防城港市", "region", "new_above_scale_firms", 6, "count", "新增规上工业企业6家", A3, kind="cumulative"),
  fact("防城港市", "region", "new_firms_output_over_20bn", 1, "count", "新增1家产值超200亿元企业", A3, kind="cumulative", opt=True),
  fact("防城港市", "region", "new_firms_output_over_1bn", 14, "count", "14家产值超10亿元企业", A3, kind="cumulative", opt=True),
  fact("防城港市", "region", "firms_output_over_100m", 105, "count", "目前产值超亿元的达105家", "2015年初（目前）", opt=True),
  fact("防城港市", "region", "industrial_parks", 6, "count", K3a, "2015年初", opt=True),
 ],
)

# ---------------------------------------------------------------- ka04 “钦州平台” (经济日报 2016)
QZK = "钦州港国家经济技术开发区"; ZM = "中马钦州产业园"
K4a = "钦州港国家经济技术开发区、钦州保税港区、中马钦州产业园等国家级开放平台屹立两旁,中石油千万吨级炼油项目、金桂林浆纸一体化项目、中粮油加工项目等巨型产业旗舰在周围布局"
K4b = "10年来,钦州市先后获得了包括中国—马来西亚钦州产业园区、钦州保税港区、国家级钦州经济技术开发区、整车进口口岸、台湾农民创业园等一系列国家级政策平台支持"
G["ka04"] = dict(
 article=art("“钦州平台”筑起区域性国际合作新高地", "经济日报（童政、周骁骏），paper.ce.cn 电子版第02版要闻", "2016-04-11", "day",
  "National economic daily's e-paper, Guangxi: a feature on a port city's national-level platforms — an economic and technological development zone, a bonded port zone, the China–Malaysia industrial park, flagship projects, the city's doubling of indicators in the 12th five-year period",
  "http://paper.ce.cn/jjrb/html/2016-04/11/content_298118.htm",
  "日期取版面行“2016年4月11日”。标题照录；版面导航行与署名行“本报记者 童 政 周骁骏”已删。存段在第六段“不远处的海上…岸边集装箱起重机在”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…龙门起重机横亘其上。”，共六段。园区：钦州港国家经济技术开发区（“国家级钦州经济技术开发区”推定为同一区，列为别名——不确定）；钦州保税港区；中马钦州产业园（又作“中国—马来西亚钦州产业园区”）；台湾农民创业园（可选）。项目：中石油千万吨级炼油项目、金桂林浆纸一体化项目、中粮油加工项目——只说“在周围布局”，无状态、无金额、园区不明，列可选（park null）。“十二五”指标翻番无具体数，不列事实。",
  "ka04"),
 parks=[
  park(QZK, "钦州", "广西", "国家级经济技术开发区", K4a, aliases=["国家级钦州经济技术开发区"], note="别名推定（同一开发区）"),
  park("钦州保税港区", "钦州", "广西", "保税港区", K4a),
  park(ZM, "钦州", "广西", "国际合作产业园区", K4a, aliases=["中国—马来西亚钦州产业园区"]),
  park("台湾农民创业园", "钦州", "广西", "农民创业园", K4b, opt=True),
 ],
 companies=[
  comp("中石油", None, K4a, opt=True, note="只在项目名中"),
  comp("金桂", None, K4a, opt=True, note="只在项目名中"),
  comp("中粮", None, K4a, opt=True, note="只在项目名中（“中粮油加工项目”）"),
 ],
 institutions=[],
 projects=[
  proj("中石油千万吨级炼油项目", None, K4a, companies=["中石油"], opt=True, note="“在周围布局”；园区、状态不明"),
  proj("金桂林浆纸一体化项目", None, K4a, opt=True, note="同上"),
  proj("中粮油加工项目", None, K4a, opt=True, note="同上"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ka05 南寧高新區 開竣工 (big5 gateway of gx.cri.cn 2019)
NNG = "南寧高新區"; ZGC = "南寧·中關村科技園"; ZB = "南寧綜合保稅區"; A5 = "2019年7月"
K5a = "南寧高新區在南寧·中關村科技園項目舉行集中開竣工儀式,園區重大項目聯東U谷-南寧高新國際企業港項目等一批項目開竣工"
K5b = "佔地面積140畝的聯東U谷-南寧高新國際企業港項目計劃總投資6.8億元"
K5c = "世紀聯合、華大驕陽等6家企業正式簽約入駐"
K5d = "計劃總投資14.2億元,達産後預計年工業産值不少於58億元、年稅收1.2億元"
K5e = "東洋環球電子工業內窺鏡項目總投資1億元"
K5f = "誠益石墨烯靜電式揚聲器項目投資5000萬元"
K5g = "同天,在南寧綜合保稅區,兩個租用標準廠房的加工貿易項目開工建設"
LD = "聯東U谷-南寧高新國際企業港項目"
G["ka05"] = dict(
 article=art("（無標題）南寧高新區南寧·中關村科技園集中開竣工 6家企業簽約入駐", "“本報”（記者鄧盛龍；報名存段未示），載於 國際在線廣西頻道 gx.cri.cn，經 big5.cri.cn 繁體網關",
  "2019-07-26", "day",
  "Newspaper item on a national broadcaster's regional channel, served through its big5 gateway (traditional script), Guangxi: a high-tech zone's science-park groundbreaking / completion ceremony — a named 6.8億元 project with expected output and tax, roads, six firms signing in (14.2億元, expected output and tax), two processing-trade projects started in the comprehensive bonded zone with amounts and year-end output / export",
  "https://big5.cri.cn/gate/big5/gx.cri.cn/2019-07-26/8f58b5d4-146c-d838-8a87-f8a0e91534af.html",
  "日期取網址 2019-07-26（文中“7月25日”為活動日）。存段無標題、無日期行（title 為編者概括）。正文六段，完整。繁體為 big5 網關對簡體原頁的轉換呈現，照錄未改。園區：南寧高新區；南寧·中關村科技園（parent 南寧高新區）；南寧·中關村創新示範基地（可選）；南寧綜合保稅區（文中未說隸屬，parent null）。項目：聯東U谷-南寧高新國際企業港項目（計劃總投資6.8億元；“一批項目開竣工”，開工或竣工未分→status 開工、status_alt 竣工）；東洋環球電子工業內窺鏡項目（總投資1億元，開工）；誠益石墨烯靜電式揚聲器項目（投資5000萬元，開工）。公司：世紀聯合、華大驕陽（簽約入駐南寧·中關村科技園）。事實：簽約企業6家、計劃總投資14.2億元、達産後年工業産值不少於58億元（超，target）、年稅收1.2億元（target，可選）；聯東U谷項目投産後年産值9億元（target）、稅收5000萬元以上（可選）；兩個保稅區項目年底年工業産值9億元、加工貿易出口額1.5億美元（target）；道路7條（可選）。",
  "ka05"),
 parks=[
  park(NNG, "南宁", "广西", "高新区", K5a),
  park(ZGC, "南宁", "广西", "科技园", K5a, parent=NNG, note="南寧·中關村“一基地、一園區”之園區"),
  park("南寧·中關村創新示範基地", "南宁", "广西", "创新示范基地", "在南寧·中關村創新示範基地揭牌3週年之際", parent=NNG, opt=True),
  park(ZB, "南宁", "广西", "综合保税区", K5g),
 ],
 companies=[
  comp("世紀聯合", ZGC, K5c, note="簽約入駐"),
  comp("華大驕陽", ZGC, K5c, note="簽約入駐"),
 ],
 institutions=[],
 projects=[
  proj(LD, ZGC, K5b, inv="計劃總投資6.8億元", status="开工", status_alt="竣工", status_text="開竣工",
       note="“一批項目開竣工”未分開工、竣工；投産後預計年産值9億元，推定為開工"),
  proj("東洋環球電子工業內窺鏡項目", ZB, K5e, inv="總投資1億元", status="开工", status_text="開工建設"),
  proj("誠益石墨烯靜電式揚聲器項目", ZB, K5f, inv="投資5000萬元", status="开工", status_text="開工建設"),
 ],
 aggregate_facts=[
  fact(ZGC, "park", "firms_signed", 6, "count", K5c, A5),
  fact(ZGC, "park", "signed_investment_cny", 1.42e9, "cny", K5d, A5, chk=True, note="6家企業簽約項目計劃總投資"),
  fact(ZGC, "park", "expected_annual_output_cny", 5.8e9, "cny", "達産後預計年工業産值不少於58億元", "達産後（預計）", kind="target",
       qual="超", qtext="不少於", chk=True, note="簽約項目達産後"),
  fact(ZGC, "park", "expected_annual_tax_cny", 1.2e8, "cny", "年稅收1.2億元", "達産後（預計）", kind="target", chk=True, opt=True),
  fact(LD, "project", "expected_annual_output_cny", 9e8, "cny", "預計年産值可達9億元", "投産後（預計）", kind="target", chk=True),
  fact(LD, "project", "expected_annual_tax_cny", 5e7, "cny", "實現稅收5000萬元以上", "投産後（預計）", kind="target", qual="超", qtext="以上",
       chk=True, opt=True),
  fact(ZB, "park", "expected_annual_output_cny", 9e8, "cny", "兩個項目年工業産值將達9億元", "2019年底（預計）", kind="target", chk=True,
       note="兩個新開工加工貿易項目合計"),
  fact(ZB, "park", "expected_processing_trade_exports_usd", 1.5e8, "usd", "加工貿易出口額1.5億美元", "2019年底（預計）", kind="target", opt=True),
  fact(ZGC, "park", "roads_started_or_completed", 7, "count", "安一路等7條道路開竣工,其中竣工道路3條,新開工道路4條", A5, opt=True),
 ],
)

# ---------------------------------------------------------------- ka06 南宁东部新城产业园区 (nanling.021cf, 2022 inferred)
DB = "南宁东部新城产业园区"; LJ = "六景工业园区"
K6a = "聚焦聚力提速江南2号路、7号路、9号路等多条路网建设,服务比亚迪45GWH动力电池项目、合众汽车项目"
K6b = "建设内容包括道路、桥涵、排水、照明、绿化、交通等工程,总投资约10.12亿元。项目目前正在开展路基施工"
K6c = "在南宁东部新城六景工业园区内,年产70万吨再生铝加工生产项目也在火热施工中"
K6d = "据悉,该项目总投资7亿元,于6月中旬开工建设,计划于今年12月全面竣工"
G["ka06"] = dict(
 article=art("南宁东部新城产业园区项目掀起建设热潮", "记者尹海明、通讯员周婷 陈泊霖；载于 nanling.021cf.cn（聚合站，原发媒体未示）",
  "2022", "year",
  "Aggregator copy of a local report, Guangxi: a new-town industrial zone's supporting works — a 10.12亿元 road under construction serving a battery project, other roads tendered or planned, and a 7亿元 recycled-aluminium project under construction in a sub-park",
  "http://nanling.021cf.cn/index.php/post/2189.html",
  "存段无日期行；年份由文中推定为2022（江南2号路“力争于2023年2月18日前具备通车条件”，再生铝项目“于6月中旬开工建设,计划于今年12月全面竣工”，该项目即2022年6月开工的年产70万吨再生铝项目），precision 记 year——不确定。标题照录（存段重复一次，删去重复行）；首段开头的署名括号“(记者尹海明 通讯员周婷 陈泊霖)”与正文同行，照录。存段末句“项目全面投产后,每年可利用再生铝资源生产铝棒”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…计划于今年12月全面竣工。”，共四段。园区：南宁东部新城产业园区（又作“东部新城产业园区”）；六景工业园区（“南宁东部新城六景工业园区”，parent 南宁东部新城产业园区）。项目：江南2号路（总投资约10.12亿元，正在开展路基施工→在建）；年产70万吨再生铝加工生产项目（总投资7亿元，6月中旬开工、计划12月竣工，正在施工→在建，status_alt 开工）；比亚迪45GWH动力电池项目、合众汽车项目（只作服务对象，无状态，可选）。其余道路（江南7号路等）不逐一列。公司：南宁城投集团、纵横公司（建设方，可选）。",
  "ka06"),
 parks=[
  park(DB, "南宁", "广西", "产业园区", "近日,记者走访南宁东部新城产业园区", aliases=["东部新城产业园区"], note="南宁东部新城的产业园区"),
  park(LJ, "南宁", "广西", "工业园区", K6c, parent=DB, note="文中作“南宁东部新城六景工业园区”"),
 ],
 companies=[
  comp("南宁城投集团", None, "南宁城投集团所属纵横公司大力参与东部新城产业园区建设", kind="state-owned group", opt=True, note="建设方"),
  comp("纵横公司", None, "南宁城投集团所属纵横公司大力参与东部新城产业园区建设", opt=True, note="建设方；南宁城投集团所属"),
  comp("比亚迪", DB, K6a, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("江南2号路", DB, K6b, inv="总投资约10.12亿元", qual="约", qual_text="约", status="在建", status_text="正在开展路基施工",
       note="产业园基础设施；服务比亚迪45GWH动力电池项目"),
  proj("年产70万吨再生铝加工生产项目", LJ, K6d, inv="总投资7亿元", status="在建", status_alt="开工", status_text="火热施工中；于6月中旬开工建设",
       note="计划12月全面竣工"),
  proj("比亚迪45GWH动力电池项目", DB, K6a, companies=["比亚迪"], opt=True, note="只作道路服务对象"),
  proj("合众汽车项目", DB, K6a, opt=True, note="只作道路服务对象"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ka07 灵山 项目建设 (wxredian 2025)
LS = "灵山县"; BN = "广西灵山百纳新材料科技有限公司"
K7a = "在北部湾300万吨水性染色彩砂和砂壁状建筑新材料建设项目一期工程开工仪式上"
K7b = ("在北部湾300万吨水性染色彩砂和砂壁状建筑新材料建设项目一期工程开工仪式上,广西灵山百纳新材料科技有限公司总经理陈峰频频称赞:"
       "“近年来,灵山营商环境不断优化,其他地区半年时间才取得的矿山首采区林地指标,在灵山政府各部门的主动作为、积极推动下,公司一个月时间就获得了,"
       "确保项目顺利开工。”据了解,该项目为自治区统筹推进的重大项目,总投资20亿元")
K7c = "累计建成13万平方米标准厂房,重点推进27个重大工业项目,总投资112.78亿元"
K7d = "年内推动科尖生物、百艺盛帽业、百纳新材料等7个项目开工建设,奥升服饰等4个项目建成投产"
A7 = "2024年"
G["ka07"] = dict(
 article=art("干劲满格,灵山跑出项目建设“加速度”!", "wxredian.com（微信公众号文章镜像，“政务”栏；原公众号与原发媒体未示）", "2025-01-06", "day",
  "WeChat-article mirror of a local government/news item, Guangxi: a county of 钦州 in 2024 — new above-scale firms and value-added growth, a 20亿元 building-materials project's first phase started, standard factories, 27 key industrial projects and their total, projects started and in production",
  "https://wxredian.com/art?id=e51962a3e7b20ee3c6951abe88472dba",
  "日期取页面“2025-01-06 16:58”（“政务”“广西”等栏目行已删）。标题照录。正文在存段中是一行（段落连排），保留为一段；末句“天山电子液晶显示器及模组产业化基地、和邦盛世家居、坤泰化工5个”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…奥升服饰等4个项目建成投产。”。发布于2025年，所述为2024年数据。灵山县属钦州市；文中未点名园区，项目 park 一律 null，parks 为空。项目：北部湾300万吨水性染色彩砂和砂壁状建筑新材料建设项目（百纳新材料；一期工程开工；总投资20亿元为整个项目、分三期）；科尖生物、百艺盛帽业（年内开工，项目名即企业名）；奥升服饰（建成投产）。“百纳新材料”在开工名单中即上述项目，不重复列。事实（主语灵山县）：2024年新增规上工业企业13家；1—11月规上工业增加值增长10%；累计建成标准厂房13万平方米（可选）；重点推进重大工业项目27个、总投资112.78亿元；年内开工7个、建成投产4个；百纳项目全部投产后年综合营收30亿元（target）。",
  "ka07"),
 parks=[],
 companies=[
  comp(BN, None, K7b, note="灵山县；园区未说"),
  comp("科尖生物", None, K7d, opt=True, note="只作项目名"),
  comp("百艺盛帽业", None, K7d, opt=True, note="只作项目名"),
  comp("奥升服饰", None, K7d, opt=True, note="只作项目名"),
 ],
 institutions=[
  inst("灵山县工业和信息化局", "近日,记者从灵山县工业和信息化局获悉", opt=True),
 ],
 projects=[
  proj("北部湾300万吨水性染色彩砂和砂壁状建筑新材料建设项目", None, K7b, companies=[BN], inv="总投资20亿元", phase="一期工程",
       status="开工", status_text="一期工程开工", note="总投资为整个项目（分三期建设）；文中未点名园区"),
  proj("科尖生物", None, K7d, companies=["科尖生物"], status="开工", status_text="推动…开工建设"),
  proj("百艺盛帽业", None, K7d, companies=["百艺盛帽业"], status="开工", status_text="推动…开工建设"),
  proj("奥升服饰", None, K7d, companies=["奥升服饰"], status="投产", status_text="建成投产"),
 ],
 aggregate_facts=[
  fact(LS, "region", "new_above_scale_firms", 13, "count", "2024年该县新增规模以上工业企业13家", A7),
  fact(LS, "region", "industrial_value_added_above_scale_yoy_growth", 0.10, "ratio", "1—11月规模以上工业增加值增长10%", "2024年1–11月", kind="ratio"),
  fact(LS, "region", "standard_factory_area_sqm", 130000, "sqm", "累计建成13万平方米标准厂房", "2024年末", kind="cumulative", opt=True),
  fact(LS, "region", "key_industrial_projects", 27, "count", K7c, A7),
  fact(LS, "region", "key_industrial_projects_investment_cny", 1.1278e10, "cny", "总投资112.78亿元", A7, chk=True),
  fact(LS, "region", "projects_started", 7, "count", K7d, A7, kind="cumulative"),
  fact(LS, "region", "projects_in_production", 4, "count", K7d, A7, kind="cumulative"),
  fact("北部湾300万吨水性染色彩砂和砂壁状建筑新材料建设项目", "project", "expected_annual_revenue_cny", 3e9, "cny",
       "全部投产后可实现年综合营收30亿元", "全部投产后（预计）", kind="target", chk=True),
 ],
)
