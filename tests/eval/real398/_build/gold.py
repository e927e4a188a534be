# real398 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py).
# Conventions as real52: evidence verbatim (mg01 traditional script as published, the rest simplified as published); names as
# written; 逾/超过/超 → 超, 余/多 → 余, 约 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it); an amount the checker cannot read as digits+亿元/万元 (“2亿多元”) goes into a
# fact whose metric does not end in _cny (unit cny). Projects: the park the text places the project in, null if none. Status
# from the text's words (签订正式投资协议 / 签约 / 签约落户 → 签约; 启动建设 / 正式动工 / 进场施工 → 开工; 建设冲刺 / 稳步推进 →
# 在建; 竣工落成 / 建成开园 → 竣工). Forecasts (“预计”, “力争”, “计划”) are kind target. Sources: `search` (corpus pages)
# excerpts saved in _raw/pages/mgNN.raw as returned.

# ---------------------------------------------------------------- mg01 英皇影視文化村 (文匯網 2011, traditional)
YH = "英皇影視文化村"
A0 = "投資逾60億元的英皇影視文化村項目邁出實質步伐,19日傍晚,香港英皇集團與杭州市餘杭區政府在杭州簽訂正式投資協議"
A1 = "英皇影視文化村位於杭州西溪國家濕地公園西側的西溪科技島,總建築面積超過60萬平方米,總投資額逾60億元人民幣,計劃用5-6年全部建成"
G["mg01"] = dict(
 article=art("（無標題）英皇影視文化村項目在杭州簽訂正式投資協議", "文匯網（news.wenweipo.com，【文匯網訊】據新華網杭州9月20日報道）", "2011-09-20", "day",
  "Hong Kong paper's news site relaying Xinhua, traditional script: a Hong Kong entertainment group signs a formal investment agreement with a Hangzhou district for a film-and-TV culture village — investment, floor area, build period, components, earlier letter of intent",
  "http://news.wenweipo.com/2011/09/20/IN1109200056.htm",
  "存段無標題、無日期行（title 為編者概括）；日期取網址 2011/09/20 與文中“據新華網杭州9月20日報道”。繁體照錄，未轉換。末行表格符“ |”已刪（make_txt.py LINE_SUFFIX）。正文五段，完整。項目：英皇影視文化村項目（“投資逾60億元”→超；簽訂正式投資協議→簽約；計劃用5-6年全部建成）；園區：文中只把項目放在“西溪科技島”（杭州西溪國家濕地公園西側），列可選園區並作項目 park。公司：香港英皇集團（文中又作“英皇集團”）；機構：杭州市餘杭區政府。英皇影視學院、影視製作中心等為項目組成部分，不另列。",
  "mg01"),
 parks=[
  park("西溪科技島", "杭州", "浙江", "科技島（地名）", A1, district="餘杭區", opt=True, note="文中只作項目所在地；是否為園區未說"),
 ],
 companies=[
  comp("香港英皇集團", None, A0, aliases=["英皇集團"], note="項目投資方；文中又作“英皇集團”"),
 ],
 institutions=[
  inst("杭州市餘杭區政府", A0, note="簽約方；文中又作“杭州市餘杭區”"),
 ],
 projects=[
  proj("英皇影視文化村項目", "西溪科技島", A0, companies=["香港英皇集團"], inv="投資逾60億元", qual="超", qual_text="逾",
       status="签约", status_text="簽訂正式投資協議", aliases=["英皇影視文化村"],
       note="計劃用5-6年全部建成；8月2日曾簽項目投資意向書"),
 ],
 aggregate_facts=[
  fact(YH, "project", "floor_area_m2", 6e5, "m2", A1, "2011年9月（規劃）", kind="target", qual="超", qtext="超過", opt=True),
  fact(YH, "project", "total_investment_cny", 6e9, "cny", "總投資額逾60億元人民幣,計劃用5-6年全部建成", "2011年9月（簽約）", qual="超", qtext="逾", opt=True, chk=True,
       note="與項目投資額相同"),
 ])

# ---------------------------------------------------------------- mg02 海西创意谷 (中国台湾网 / 中新社 2011)
HX = "海西创意谷"
B0 = "“海西创意谷”位于长乐市湖南镇大鹤生态林区(场),濒海(东海)临港(福州长乐国际机场),交通便捷,区位优势明显。规划面积18239亩"
B1 = "今年10月末,由福建与新加坡、台湾联手打造的长乐航悦国际性动漫产业园项目,签约落户“海西创意谷”"
B2 = "该项目规划用地1000亩,总投资10亿元人民币"
B3 = "此前,由中国著名网络游戏开发运营商网龙公司规划建设的“海西动漫创意之都”,已在“海西创意谷”启动建设"
B4 = "在原有500多亩“网龙动漫培训基地”基础上形成的海西动漫创意之都项目,规划用地3700亩"
G["mg02"] = dict(
 article=art("（无标题）福建长乐“海西创意谷” 航悦国际性动漫产业园签约落户", "中国台湾网（taiwan.cn 交流·经贸栏；中新社记者采写，文中“向中新社记者透露”）", "2011-12-02", "day",
  "National Taiwan-affairs portal carrying a China News Service report, Fujian: a county-level city's creative-industry valley — planned area, an animation park project signed with its investment and area, a game company's animation-city project started, its planned area",
  "http://taiwan.cn/jl/jm/201112/t20111202_2197292.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 201112/t20111202（文中“1日…透露”即2011年12月1日）。末段在“外形酷似宇”处中断：该句（“据介绍,海西动漫创意之都现有3个项目全面启动建设,…完成投资1.6亿元;二期…总投资约6亿元,外形酷似宇”）整句删去（make_txt.py LINE_SUFFIX），正文截至“…重点园区(基地)之一。”，共六段；删去之句中的1.6亿元、约6亿元因此不在文本中。原文“依托“海西创意谷“建设”引号不配对，照录。园区：海西创意谷（长乐市湖南镇，福州，福建；规划面积18239亩）；海西动漫创意之都（“福建六个创意产业重点园区(基地)之一”，在海西创意谷内）列园区，parent 海西创意谷。项目：长乐航悦国际性动漫产业园项目（签约落户，总投资10亿元，规划用地1000亩）；海西动漫创意之都项目（网龙公司规划建设，已启动建设→开工，规划用地3700亩）。公司：网龙公司。",
  "mg02"),
 parks=[
  park(HX, "福州", "福建", "创意产业园区", B0, district="长乐市", note="长乐市湖南镇大鹤生态林区；动漫创意产业集群"),
  park("海西动漫创意之都", "福州", "福建", "创意产业重点园区（动漫）", "“海西动漫创意之都”最近已被列为福建六个创意产业重点园区(基地)之一",
       district="长乐市", parent=HX, note="网龙公司规划建设，在海西创意谷内"),
 ],
 companies=[
  comp("网龙公司", HX, B3, note="网络游戏开发运营商；CEO刘路远"),
 ],
 projects=[
  proj("长乐航悦国际性动漫产业园项目", HX, B1 + "。" + B2, inv="总投资10亿元", status="签约", status_text="签约落户",
       aliases=["长乐航悦国际性动漫产业园"], note="2011年10月末签约；福建与新加坡、台湾联手打造；规划用地1000亩"),
  proj("海西动漫创意之都项目", HX, B3, companies=["网龙公司"], status="开工", status_text="启动建设", aliases=["海西动漫创意之都"],
       note="规划用地3700亩；在原网龙动漫培训基地基础上形成"),
 ],
 aggregate_facts=[
  fact(HX, "park", "planned_area_mu", 18239, "mu", B0, "2011年12月"),
  fact("长乐航悦国际性动漫产业园项目", "project", "site_area_mu", 1000, "mu", B2, "2011年10月（签约）", opt=True),
  fact("海西动漫创意之都项目", "project", "site_area_mu", 3700, "mu", B4, "2011年12月（规划）", opt=True),
 ])

# ---------------------------------------------------------------- mg03 无锡国家数字电影产业园揭牌 (2012)
WX = "无锡国家数字电影产业园"
C0 = "由国家广播电影电视总局和江苏省政府联合共建的无锡国家数字电影产业园,昨天在美丽的太湖之滨揭牌"
C1 = "201011月成立的无锡国家数字电影产业园,是经由国家广电总局批准的唯一一个国家级数字电影产业园区"
G["mg03"] = dict(
 article=art("无锡国家级数字电影产业园揭牌 罗志军会见蔡赴朝 李学勇等出席仪式", "无锡法院网站 zy.wxfy.gov.cn “滚动新闻”栏转载（作者 陆峰 江锡民；原发媒体未注明）", "2012-05-30", "day",
  "Court website relaying a provincial news item, Jiangsu: a national digital-film industrial park, jointly built by the film regulator and the province, is inaugurated — founding, status, business model, leaders' tour",
  "https://zy.wxfy.gov.cn/article/detail/2012/05/id/3858724.shtml",
  "日期取页面“发布时间:2012-05-30 09:55:34”（“昨天”揭牌即2012年5月29日）。标题两行（主题与副题）合为一行照录。站点菜单、“作者…发布时间…”行已删；存段末段“在当前经济形势下,无论是稳增长”在句中中断，整段删去，正文截至“…提供了新的平台和机遇。”，共三段。原文“201011月成立”（缺“年”字）照录。园区：无锡国家数字电影产业园（标题作“无锡国家级数字电影产业园”；无锡，江苏；2010年11月成立，国家广电总局批准的唯一国家级数字电影产业园区）。机构：国家广播电影电视总局（又作“国家广电总局”）、江苏省政府（部省共建）。无金额、无企业名、无项目名（“入园企业重点项目”未点名）。",
  "mg03"),
 parks=[
  park(WX, "无锡", "江苏", "国家级数字电影产业园", C0, aliases=["无锡国家级数字电影产业园"], note="2010年11月成立；部省共建；在太湖之滨"),
 ],
 companies=[],
 institutions=[
  dict(inst("国家广播电影电视总局", C0, note="共建方；文中又作“国家广电总局”"), aliases=["国家广电总局"]),
  inst("江苏省政府", C0, note="共建方"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- mg04 福建土楼(永定)国际影视城 (中国新闻网 2013)
TL = "福建土楼(永定)国际影视城"
D0 = "据了解,福建土楼(永定)国际影视城项目坐落在永定县城区“旅游黄金走廊”,总投资55亿元,总面积约2600亩"
D1 = "福建土楼(永定)国际影视城由江西龙峰建设集团有限公司投资建设"
G["mg04"] = dict(
 article=art("“土楼之乡”福建永定建设国际影视城", "中国新闻网（刘永良 陈丹妮），载于中国经济网地方频道 district.ce.cn", "2013-12-10", "day",
  "National news agency's site relayed by an economic portal, Fujian: a county signs a film-and-TV city project — investment, area, film-base land, build period and phases, shooting zones, the investing construction group",
  "http://district.ce.cn/newarea/roll/201312/10/t20131210_1893159.shtml",
  "日期取页面“2013年12月10日 19:25 来源:中国新闻网”。标题照录；日期来源行、“(责任编辑:秦静)”与“精彩图片”已删。正文四段，完整。项目：福建土楼(永定)国际影视城项目（10日签约，总投资55亿元，总面积约2600亩，其中影视基地用地约2000亩，建设期限5年，分3期）。所在地只作“永定县城区‘旅游黄金走廊’”，不是园区：项目 park 为 null；影视城本身列可选园区（影视基地）。公司：江西龙峰建设集团有限公司（投资建设方，park null）。永定县为县（region）。",
  "mg04"),
 parks=[
  park(TL, "龙岩", "福建", "影视城（影视基地）", D0, district="永定县", opt=True, note="文中作“项目”；建成后为影视拍摄制作基地"),
 ],
 companies=[
  comp("江西龙峰建设集团有限公司", None, D1, note="投资建设方"),
 ],
 projects=[
  proj("福建土楼(永定)国际影视城项目", None, D0, companies=["江西龙峰建设集团有限公司"], inv="总投资55亿元", status="签约",
       status_text="签约", aliases=[TL], note="2013年12月10日在永定县签约；建设期限5年，分3期建成"),
 ],
 aggregate_facts=[
  fact("福建土楼(永定)国际影视城项目", "project", "site_area_mu", 2600, "mu", D0, "2013年12月（签约）", qual="约", qtext="约", opt=True),
  fact("福建土楼(永定)国际影视城项目", "project", "film_base_land_mu", 2000, "mu", "其中,影视基地用地约2000亩", "2013年12月（签约）", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- mg05 龙湾 红连文创园 (浙江日报 2015)
HL = "红连文创园"
GX = "温州高新区"
E0 = "如红连文创园开园3年来,已成功获批“市级文化产业园区”,预计年产值2亿多元,平均每亩可创税费100多万元"
E1 = "红连文创园是集高端文化产业创意、办公、交易及配套服务于一体的多元化新型文化产业园区,占地面积10亩,建筑面积3.3万平方米,2011年9月启动立项,2012年8月建成开园"
E2 = "作为温州高新区引进的第一个文化产业项目,红连文创园由温州浩力登科技有限公司闲置厂房改造而来"
E3 = "通过政府引导、专业招商等方式,吸引了玉峰画院、温州搜房网、智创空间等140多家文创类企业入驻"
G["mg05"] = dict(
 article=art("龙湾:致力“文化+”助推转型升级", "浙江日报（第23版 今日温州，李倩）", "2015-12-18", "day",
  "Provincial daily's city page, Zhejiang: a district's culture-industry drive — a converted-factory creative park in a high-tech zone with expected output, tax per mu, area, opening dates and 140-odd tenant firms; a city intangible-heritage museum with visitors",
  "http://zjrb.zjol.com.cn/html/2015-12/18/content_2935079.htm?div=-1",
  "日期取网址 2015-12/18（浙江日报数字报 00023版:今日温州）。标题照录；“浙江日报 数字报纸”“00023版:今日温州”与署名行“李倩”已删。存段末段“近年来,温州文昌创客小镇、慢绿文化创意街区、红连文创园二期等相继启动”在句中中断，整段删去，正文截至“…140多家文创类企业入驻。”，含两行小标题，共八段。园区：红连文创园（温州市龙湾区，浙江；“市级文化产业园区”；“温州高新区引进的第一个文化产业项目”→parent 温州高新区）；温州高新区。公司：温州浩力登科技有限公司（闲置厂房业主，可选，park null）；入驻的玉峰画院（可选）、温州搜房网、智创空间（park 红连文创园）。“预计年产值2亿多元”“每亩…税费100多万元”为“多”字数，value 记下限、qualifier 余；金额形式非“数字+亿元”，metric 不以 _cny 结尾（unit cny）。红连文创园同时列为温州高新区的可选项目（2012年8月建成开园→竣工）。温州市非遗馆为可选机构。",
  "mg05"),
 parks=[
  park(HL, "温州", "浙江", "文化创意产业园（市级文化产业园区）", E1, district="龙湾区", parent=GX, note="由闲置厂房改造；2012年8月建成开园"),
  park(GX, "温州", "浙江", "高新区", E2, note="文中只作引进红连文创园的园区"),
 ],
 companies=[
  comp("温州浩力登科技有限公司", None, E2, opt=True, note="红连文创园由其闲置厂房改造"),
  comp("玉峰画院", HL, E3, opt=True, note="入驻机构（画院）"),
  comp("温州搜房网", HL, E3),
  comp("智创空间", HL, E3),
 ],
 institutions=[
  inst("温州市非遗馆", "温州市非遗馆位于温州文化用品市场三楼,于2012年12月27日正式开放", kind="museum", note="2012年12月27日开放"),
 ],
 projects=[
  proj(HL, GX, E2, status="竣工", status_text="建成开园", opt=True, note="“温州高新区引进的第一个文化产业项目”；2011年9月立项，2012年8月建成开园"),
 ],
 aggregate_facts=[
  fact(HL, "park", "expected_annual_output", 2e8, "cny", E0, "2015年（预计）", kind="target", qual="余", qtext="多", note="“2亿多元”"),
  fact(HL, "park", "tax_per_mu", 1e6, "cny", "平均每亩可创税费100多万元", "2015年（预计）", kind="target", qual="余", qtext="多", opt=True),
  fact(HL, "park", "site_area_mu", 10, "mu", E1, "2015年"),
  fact(HL, "park", "floor_area_m2", 3.3e4, "m2", E1, "2015年", opt=True),
  fact(HL, "park", "firms", 140, "count", E3, "2015年12月", qual="余", qtext="多", note="文创类企业"),
  fact("温州市非遗馆", "institution", "visitors", 2e5, "person_times", "接待市民、游客20多万人次", "2012年12月至2015年（开馆2年多来）", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- mg06 重庆后街影视文化产业园 (华龙网 2016)
HJ = "重庆后街影视文化产业园"
F0 = "据了解,重庆后街影视文化产业园,位于重庆市渝中区枇杷山后街,由重报集团、重庆商报汇融集团、重庆晋唐文化依托原重庆印制一厂厂区改造而成"
F1 = "主要分三期投资,一期开发占地面积13.09亩,可用面积2.1万方,至2016年9月底预计完成首期投资4700万元"
F2 = "预计打造成熟后,入驻影视文化类企业100余家,年产值保守估计20亿元"
G["mg06"] = dict(
 article=art("渝中区打造影视文化创意园 预计国庆期间开园", "华龙网，载于中工招商网 zhaoshang800.com（产经动态）", "2016-09-19", "day",
  "Regional news portal relayed by an industrial-property site, Chongqing: a converted printing works becomes a film-and-TV culture park — developers, three-phase plan, first-phase land, usable area and investment, leasing progress, opening date, five-year targets",
  "http://www.zhaoshang800.com/news/n-29751.html",
  "日期取页面“发布时间:2016-09-19 来源:华龙网”（文中“今(19)日”）。标题照录；站点菜单、面包屑、发布时间行、两条图片说明（“…建成鸟瞰图。 渝中区委宣传部供图”“…园区规划图。 渝中区委宣传部供图”）与“返回列表”“分享到:”已删。正文三段，完整。园区：重庆后街影视文化产业园（重庆市渝中区枇杷山后街；原重庆印制一厂厂区改造）。公司：重报集团、重庆商报汇融集团、重庆晋唐文化（改造方，park null）。首期投资4700万元未以项目名出现，记为园区事实（“至2016年9月底预计完成”→target）。“入驻…100余家”“年产值…20亿元”为打造成熟后的预期（target）。“林涛”为总经理，不列。",
  "mg06"),
 parks=[
  park(HJ, "重庆", "重庆", "影视文化产业园", F0, district="渝中区", note="原重庆印制一厂厂区改造；预计2016年国庆期间开园"),
 ],
 companies=[
  comp("重报集团", None, F0, note="改造方之一"),
  comp("重庆商报汇融集团", None, F0, note="改造方之一"),
  comp("重庆晋唐文化", None, F0, note="改造方之一"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HJ, "park", "phase1_investment_cny", 4.7e7, "cny", "至2016年9月底预计完成首期投资4700万元", "2016年9月底（预计）", kind="target", chk=True),
  fact(HJ, "park", "phase1_site_area_mu", 13.09, "mu", F1, "2016年9月"),
  fact(HJ, "park", "usable_area_m2", 2.1e4, "m2", F1, "2016年9月", opt=True, note="“2.1万方”"),
  fact(HJ, "park", "leased_area_m2", 1.3e4, "m2", "目前已完成招商1.3万平方米", "2016年9月", kind="cumulative", opt=True),
  fact(HJ, "park", "firms", 100, "count", F2, "5年内（预期）", kind="target", qual="余", qtext="余"),
  fact(HJ, "park", "expected_annual_output_cny", 2e9, "cny", "年产值保守估计20亿元", "5年内（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mg07 青岛东方影都竣工落成 (中国网财经 2018)
DF = "青岛东方影都"
G0 = "历时4年零7个月建设,总投资500亿元的青岛东方影都今日在青岛西海岸新区正式竣工落成"
G1 = "同时,万达还宣布设立50亿元的影视产业发展专项基金,山东省青岛市、西海岸新区和万达、融创各出资50%"
G2 = "在竣工落成典礼上,万达集团董事长王健林介绍,青岛东方影都影视产业园占地166公顷,制作区规划52个高科技摄影棚,一期竣工30个摄影棚,二期在建10个摄影棚"
G["mg07"] = dict(
 article=art("青岛东方影都竣工落成 预计3年内入驻影视企业将超500家", "中国网财经，载于 cni.top（编辑:诚富）", "2018-05-02", "day",
  "Financial news site relayed by an industry portal, Shandong: a 50-billion-yuan film city completed in a national new area — investment, a 5-billion-yuan film fund and its backers, studio counts by phase, subsidies, cinema and mall facilities, target of film firms",
  "http://cni.top/html/2018/cynews_0502/35902.html",
  "日期取页面“发布时间: 2018-05-02 16:36:45”（“今日”竣工）。标题照录；来源行与重复首段的“导读:…”行已删。存段末段在“与美国9家著名电影公司签约11部好莱坞大片”处中断，该句（“2016年10月,东方影都在美国洛杉矶启动全球招商,…”）删去（make_txt.py LINE_SUFFIX），正文截至“…纷纷入驻和拍摄制作。”，共五段。园区：青岛东方影都（又作“东方影都”；青岛西海岸新区，山东）；青岛东方影都影视产业园（占地166公顷，52个摄影棚规划）列可选子园区；青岛西海岸新区（又作“西海岸新区”）为国家级新区，列可选园区。项目：青岛东方影都（总投资500亿元，竣工落成→竣工）。基金：影视产业发展专项基金（50亿元；青岛市、西海岸新区与万达、融创各出资50%；后文又作“影视产业发展专项资金”）；青岛市专项扶持资金无规模，可选。公司：万达集团（又作“万达”）、融创。标题“预计3年内入驻影视企业将超500家”为目标（target，超）。",
  "mg07"),
 parks=[
  park(DF, "青岛", "山东", "影视产业综合项目（影视城）", G0, district="西海岸新区", aliases=["东方影都"], parent="青岛西海岸新区"),
  park("青岛东方影都影视产业园", "青岛", "山东", "影视产业园", G2, district="西海岸新区", parent=DF, opt=True, note="制作区规划52个摄影棚"),
  park("青岛西海岸新区", "青岛", "山东", "国家级新区", G0, aliases=["西海岸新区"], opt=True),
 ],
 companies=[
  comp("万达集团", None, G2, aliases=["万达"], note="东方影都建设方；基金出资方"),
  comp("融创", None, G1, note="基金出资方"),
 ],
 projects=[
  proj("青岛东方影都", "青岛西海岸新区", G0, companies=["万达集团"], inv="总投资500亿元", status="竣工", status_text="竣工落成",
       aliases=["东方影都"], note="历时4年零7个月建设"),
 ],
 funds=[
  fund("影视产业发展专项基金", DF, G1, size="50亿元", size_type="announced", aliases=["影视产业发展专项资金"],
       note="山东省青岛市、西海岸新区和万达、融创各出资50%；对入驻东方影都拍摄的作品补贴制作费用20%-40%"),
  fund("专项扶持资金", None, "此外,青岛市还设立专项扶持资金,对在东方影都注册经营的影视企业,给予最高不超过营业收入10%的补贴", opt=True, note="青岛市设立；无规模"),
 ],
 aggregate_facts=[
  fact("青岛东方影都影视产业园", "park", "site_area_ha", 166, "ha", G2, "2018年5月"),
  fact("青岛东方影都影视产业园", "park", "studios_planned", 52, "count", G2, "2018年5月（规划）", kind="target"),
  fact("青岛东方影都影视产业园", "park", "studios_completed", 30, "count", G2, "2018年5月（一期）"),
  fact("青岛东方影都影视产业园", "park", "studios_under_construction", 10, "count", G2, "2018年5月（二期）", opt=True),
  fact(DF, "park", "film_firms", 500, "count", "预计3年内入驻影视企业将超500家", "2021年前后（预计3年内）", kind="target", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- mg08 成都影视城加速跑 (中新网四川 2025)
CD = "成都影视城"
H0 = "项目建设是冲刺三季度的“主引擎”,5000平方米大型摄影棚、3个小型摄影棚、数字影拍基地摄影棚均处于建设冲刺阶段,目标直指9月底达到剧组进场条件"
H1 = "创制中心摄影棚群落也已正式进场施工"
H2 = "作为园区重要交通动脉的影视大道已正式动工,其规划中的“最美一公里”将在2026年9月惊艳亮相"
H3 = "成都影视城计划建设包括数字虚拟棚、动作捕捉棚在内的12个高科技摄影棚,连同已投入使用的“拍在成都”实景片场"
G["mg08"] = dict(
 article=art("冲刺三季度 成都影视城加速跑", "中新网四川（何曼青；编辑:曹惠君）", "2025-09-02", "day",
  "China News Service provincial channel, Sichuan: a film city's third-quarter push — studios under construction with a target date, a studio cluster and a main road started, planned high-tech studios, roads and utilities",
  "https://www.sc.chinanews.com.cn/cdxw/2025-09-02/233646.html",
  "日期取页面“2025年09月02日 16:07 来源:中新网四川”。标题照录；站名、栏目、日期行与图片说明“建设现场。郫都区融媒体中心供图”已删（郫都区因此不在文本中，园区 district 不填）。存段在第四段末（完整句）结束，其后原文未存；正文含小标题“载体建设提速”，共四段。园区：成都影视城（成都，四川；文中又作“园区”）。项目（均在成都影视城，无金额）：5000平方米大型摄影棚（建设冲刺→在建，目标9月底达到剧组进场条件）、3个小型摄影棚与数字影拍基地摄影棚（同，可选）、创制中心摄影棚群落（正式进场施工→开工）、影视大道（正式动工→开工，“最美一公里”2026年9月亮相）、沙府路西南片区雨污管网新建工程（稳步推进→在建，可选）；“拍在成都”实景片场已投入使用（可选，无状态词对应，status null）。事实：计划建设12个高科技摄影棚（target）。",
  "mg08"),
 parks=[
  park(CD, "成都", "四川", "影视城（影视产业园区）", "连日来,成都影视城全力推动多个重点项目开足马力,为产业发展夯实硬核底座", note="文中又作“园区”"),
 ],
 companies=[],
 projects=[
  proj("5000平方米大型摄影棚", CD, H0, status="在建", status_text="建设冲刺阶段", note="目标2025年9月底达到剧组进场条件；钢结构已矗立"),
  proj("数字影拍基地摄影棚", CD, H0, status="在建", status_text="建设冲刺阶段", opt=True),
  proj("3个小型摄影棚", CD, H0, status="在建", status_text="建设冲刺阶段", opt=True, note="名称为概括"),
  proj("创制中心摄影棚群落", CD, H1, status="开工", status_text="正式进场施工"),
  proj("影视大道", CD, H2, status="开工", status_text="正式动工", note="规划中的“最美一公里”2026年9月亮相"),
  proj("沙府路西南片区雨污管网新建工程", CD, "沙府路西南片区雨污管网新建工程稳步推进", status="在建", status_text="稳步推进", opt=True),
  proj("“拍在成都”实景片场", CD, H3, opt=True, note="已投入使用"),
 ],
 aggregate_facts=[
  fact(CD, "park", "high_tech_studios_planned", 12, "count", H3, "2025年9月（计划）", kind="target"),
 ])
