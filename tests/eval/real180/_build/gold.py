# real180 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (vw01–vw06 all simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept as investment_value/currency (vw06).
# Projects: the park the text places the project in, null if none (a district is not a park). Status from the text's words
# (签订《投资协议书》 / 签订合作协议 / 签约 → 签约; 集中开工 / 开工仪式 → 开工; 董事会审议的投资决定 → planned as status_alt).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/vwNN.raw as returned.

# ---------------------------------------------------------------- vw01 中国电研 签订投资协议书 (公告 2024-04-27)
SZ = "苏州国家高新技术产业开发区"
CE = "中国电器科学研究院股份有限公司"
A0 = "中国电器科学研究院股份有限公司(以下简称“公司”)与苏州国家高新技术产业开发区管理委员会(以下简称“苏州高新区管委会”)签订了《投资协议书》(以下简称“协议”)"
A1 = "公司拟投资 13.5 亿元在苏州国家高新技术产业开发区(以下简称“苏州高新区”)建设长三角总部项目,资金来源为自有及自筹资金,计划建设周期为 8 年,分两期建设"
G["vw01"] = dict(
 article=art("中国电研:中国电研关于签订投资协议书的公告", "中国电器科学研究院股份有限公司（上交所科创板 688128）公告，载于 aijingu.com（爱金股）公告页", "2024-04-27", "day",
  "Listed company's exchange announcement (科创板), Jiangsu / Guangdong firm: the company signs an investment agreement with a national high-tech zone's administrative committee for a regional headquarters project, amount, funding, construction period and phases, with the risk language of the notice",
  "https://www.aijingu.com/notices/688128/AN202404261631391382.html",
  "日期取页面“公告日期:2024-04-27”。标题取页面标题行“中国电研:中国电研关于签订投资协议书的公告”；页面导航、“公告日期”行、“PDF查看PDF原文”行已删；公告头（证券代码行、公司名、公告名、董事会声明、重要内容提示）照录为段。存段末段“公司将在项目建设期内合理安排资金投入…可能对公司现金流造成”在句中中断，整段删去（make_txt.py ITEMS 截至上一段）。园区：苏州国家高新技术产业开发区（文中简称“苏州高新区”；苏州，江苏；文中未说所在区，district 记 null）。公司：中国电器科学研究院股份有限公司（简称“中国电研”），园区记苏州国家高新技术产业开发区（项目所在；公司总部位置文中未说）。管委会列可选机构。项目：长三角总部项目——签订《投资协议书》→签约；“拟投资 13.5 亿元”（13.5亿元，无限定词）；计划建设周期8年、分两期（不拆期）。协议尚需双方决策机构审议后生效、项目尚需提交董事会——状态仍记签约。",
  "vw01"),
 parks=[
  park(SZ, "苏州", "江苏", "国家高新技术产业开发区", A1, aliases=["苏州高新区"], note="文中简称“苏州高新区”"),
 ],
 companies=[
  comp(CE, SZ, A0, aliases=["中国电研"], note="在该高新区建设长三角总部项目；总部所在地文中未说"),
 ],
 institutions=[
  inst("苏州国家高新技术产业开发区管理委员会", A0, park=SZ, note="协议相对方；文中简称“苏州高新区管委会”"),
 ],
 projects=[
  proj("长三角总部项目", SZ, A1, companies=[CE], inv="拟投资 13.5 亿元", status="签约", status_text="签订了《投资协议书》",
       note="协议尚需双方决策机构审议后生效；计划建设周期8年，分两期建设"),
 ],
 aggregate_facts=[
  fact("长三角总部项目", "project", "construction_period_years", 8, "years", A1, "2024年4月（协议签订时计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vw02 中国电研 投资建设长三角总部项目 (公告 2024-12-16)
B0 = "投资金额:项目总投资约 12 亿元人民币并分期实施,其中一期投资约 3亿元,二期的具体计划拟根据一期的运营情况、市场及产业需求等情况确定"
B1 = "中国电器科学研究院股份有限公司(以下简称“中国电研”或“公司”)计划在苏州国家高新技术产业开发区(以下简称“苏州高新区”)建设中国电研长三角总部"
B2 = "2024 年 4 月 26 日,公司与苏州高新区管理委员会签订了相关《投资协议书》"
G["vw02"] = dict(
 article=art("（无标题行）中国电器科学研究院股份有限公司关于投资建设长三角总部项目的公告", "中国电器科学研究院股份有限公司（上交所科创板 688128）公告，载于 aijingu.com（爱金股）公告页", "2024-12-16", "day",
  "Listed company's exchange announcement (follow-up), Jiangsu: the board's investment decision on the regional headquarters project in a national high-tech zone — project name, total and first-phase amounts, risk language, and the earlier investment agreement with the zone's committee",
  "https://aijingu.com/notices/688128/AN202412161641314361.html",
  "存段无页面标题行，自公告头“证券代码:688128 证券简称:中国电研 公告编号:2024-035”起（head None；title 取公告名）。日期：文中“2024 年 12 月 16 日,公司召开第二届董事会第十次会议”，公告编号2024-035，记 2024-12-16（发布可能在当晚或次日，精度记 day）。公告为 PDF 文字，句子被断行（“约 3”/“亿元”；“开发区”/“(以下简称…”；“公”/“司与…”；“完”/“成相关…”；“27”/“日披露…”），make_txt.py JOIN 原样拼接、中间不加字。存段末“2024 年 12 月 16 日,公司召开第二届董事会第十次会议,审议通过了《关/于投资建设中国电研长三”在句中中断，删去；正文截至“…(公告编号:2024-017)。”。与 vw01 为同一项目的后续公告：投资额由协议时“13.5 亿元”改为“约 12 亿元”，一期约3亿元。园区：苏州国家高新技术产业开发区（简称苏州高新区）。项目：中国电研长三角总部项目——状态 签约（2024年4月26日签订《投资协议书》），status_alt planned（本公告为董事会投资决定，项目未开工）；“项目总投资约 12 亿元”→约。一期“约 3亿元”记为项目事实（可选），不另立项目。",
  "vw02"),
 parks=[
  park(SZ, "苏州", "江苏", "国家高新技术产业开发区", B1, aliases=["苏州高新区"], note="文中简称“苏州高新区”"),
 ],
 companies=[
  comp(CE, SZ, B1, aliases=["中国电研"], note="在该高新区建设长三角总部"),
 ],
 institutions=[
  inst("苏州高新区管理委员会", B2, park=SZ, note="投资协议相对方"),
 ],
 projects=[
  proj("中国电研长三角总部项目", SZ, B0,
       companies=[CE], inv="项目总投资约 12 亿元", qual="约", qual_text="约", status="签约", status_text="签订了相关《投资协议书》",
       status_alt="planned", aliases=["中国电研长三角总部"], note="本公告为董事会投资决定；分期实施，一期约3亿元"),
 ],
 aggregate_facts=[
  fact("中国电研长三角总部项目", "project", "phase1_investment_cny", 3e8, "cny", "其中一期投资约 3亿元", "2024年12月（计划）", kind="target", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- vw03 兰州经济区 16个重大项目 (兰州日报 2015)
LZ = "兰州经济技术开发区"
C0 = "在7月7日举行的经济区专场项目签约仪式上,经济区及各二级园区与联想集团、韩国大化制药等16家国内外知名企业签订了合作协议,总投资达66亿元"
C1 = "设立机场北高新园区、安宁园区、西固园区、红古园区、皋兰园区等五个二级园区,发展空间拓展到165.32平方公里"
AS3 = "2015年7月7日（经济区专场项目签约仪式）"
G["vw03"] = dict(
 article=art("经济区 16个重大项目总投资 66亿元", "兰州日报（作者佚名），载于中国网财经 finance.china.com.cn 滚动新闻", "2015-07-08", "day",
  "City daily on a national financial portal, Gansu: a national economic and technological development zone's signing with 16 firms (two named) and the total, its restructuring into five secondary parks with the enlarged area, and its investment-promotion work",
  "http://finance.china.com.cn/roll/20150708/3216508.shtml",
  "日期取页面“发布时间:2015-07-08 01:33:11 来源:兰州日报”（签约仪式在7月7日）。标题照录（页面标题行与正文前重复一行，只保留一次）；页面栏目、日期行“2024年04月25日 星期四”（抓取日）、“字号”已删。存段末行“在当日的签约仪式上,经”为下一段残文，已删；正文截至“…为经济区的招商引资奠定良好的基础。”，共三段。同文的 big5.china.com.cn 网关繁体版未用。园区：“经济区”即兰州经济技术开发区（文中引《兰州经济技术开发区空间布局及管理体制调整方案》，全文其余处只称“经济区”；兰州，甘肃）；五个二级园区：机场北高新园区、安宁园区、西固园区、红古园区、皋兰园区（parent 兰州经济技术开发区）。公司：联想集团、韩国大化制药——与“经济区及各二级园区”签订合作协议，具体落在哪个园区未说，园区记兰州经济技术开发区。无具名项目。事实：签约16家（企业数，亦即16个项目，标题作“16个重大项目”）、总投资66亿元；发展空间165.32平方公里；招商小分队赴外招商15次（可选）。",
  "vw03"),
 parks=[
  park(LZ, "兰州", "甘肃", "经济技术开发区", "今年以来,经济区按照市委、市政府关于《兰州经济技术开发区空间布局及管理体制调整方案》,实施“西进北扩”战略",
       aliases=["经济区"], note="文中通称“经济区”"),
  park("机场北高新园区", "兰州", "甘肃", "二级园区", C1, parent=LZ),
  park("安宁园区", "兰州", "甘肃", "二级园区", C1, parent=LZ, note="文中又作“安宁”"),
  park("西固园区", "兰州", "甘肃", "二级园区", C1, parent=LZ),
  park("红古园区", "兰州", "甘肃", "二级园区", C1, parent=LZ),
  park("皋兰园区", "兰州", "甘肃", "二级园区", C1, parent=LZ),
 ],
 companies=[
  comp("联想集团", LZ, C0, note="与经济区及各二级园区签订合作协议；具体园区未说"),
  comp("韩国大化制药", LZ, C0, note="同上"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(LZ, "park", "projects_signed", 16, "count", C0, AS3, note="16家企业签订合作协议（标题：16个重大项目）"),
  fact(LZ, "park", "signed_investment_cny", 6.6e9, "cny", C0, AS3, chk=True),
  fact(LZ, "park", "area_km2", 165.32, "km2", C1, "2015年7月（含五个二级园区）"),
  fact(LZ, "park", "investment_promotion_trips", 15, "count", "先后派出招商小分队赴外招商15次", "2015年（年初至7月）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vw04 山东招远招商推介会在沪举行 (中国工业报 2017)
ZY = "招远经济技术开发区"
D0 = "6月21日,山东招远市人民政府、招远 (国家级)经济技术开发区在上海举行了招商推介会,与56家企业进行了洽谈,达成投资意向320亿元,签订正式合作协议5家,项目总投资57亿元"
AS4 = "2017年6月21日（上海招商推介会）"
G["vw04"] = dict(
 article=art("山东招远招商推介会在沪举行", "中国工业报（王思），电子版 dzb.cinn.cn", "2017-06-29", "day",
  "National industry newspaper (e-paper), Shandong: a county-level city and its national economic and technological development zone hold an investment fair in Shanghai — firms met, intended investment, formal agreements and their total, then a profile of the city's industries",
  "http://dzb.cinn.cn/shtml/zggyb/20170629/87180.shtml",
  "日期取网址 zggyb/20170629（中国工业报2017年6月29日版；推介会在6月21日）。标题照录；正文在存段中为一行（段间以空格相连），保留为一段；行末表格竖线“|”为单独一行，已删。署名“(王 思)”在文末，保留。园区：“招远 (国家级)经济技术开发区”（名称中空格、括注照录；name 记“招远经济技术开发区”，原写法列 alias；招远市，山东；city 记招远（县级市，所属地级市文中未说））。推介会由招远市人民政府与开发区共同举办，洽谈56家、投资意向320亿元、正式协议5家、项目总投资57亿元均为市与开发区合办活动的数字，subject 记开发区（note 注明）。“招金”“玲珑”“双塔”“金宝”为品牌，不列公司。山东招远市人民政府列可选机构。",
  "vw04"),
 parks=[
  park(ZY, "招远", "山东", "国家级经济技术开发区", D0, aliases=["招远 (国家级)经济技术开发区"], note="文中写作“招远 (国家级)经济技术开发区”"),
 ],
 companies=[],
 institutions=[
  inst("山东招远市人民政府", D0, note="推介会合办方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZY, "park", "firms_negotiated", 56, "count", D0, AS4, note="市政府与开发区合办推介会"),
  fact(ZY, "park", "intended_investment_cny", 3.2e10, "cny", "达成投资意向320亿元", AS4, chk=True, note="同上"),
  fact(ZY, "park", "agreements_signed", 5, "count", "签订正式合作协议5家,项目总投资57亿元", AS4, note="正式合作协议5家（企业）"),
  fact(ZY, "park", "signed_investment_cny", 5.7e9, "cny", "项目总投资57亿元", AS4, chk=True, note="5家正式协议项目的总投资"),
 ])

# ---------------------------------------------------------------- vw05 上海杭州湾开发区 第四季度集中开工 (中国经济导报 2020)
HW = "上海杭州湾开发区"
E0 = "10月28日,上海杭州湾开发区隆重举行2020年第四季度项目集中开工暨鼎信集团园中园瑞思拓扩建厂房项目、兰钧新能源项目开工仪式"
E1 = "据了解,此次集中开工的鼎信智造园扩建厂房项目、上海兰钧新能源项目、凯惠量子生物园等8个重大项目,计划总投资16亿元,总占地面积350亩"
AS5 = "2020年10月28日（第四季度集中开工）"
G["vw05"] = dict(
 article=art("奉贤多项目集中开工,计划总投资16亿元 ——2020年上海杭州湾开发区第四季度项目集中开工", "中国经济导报-中国发展网（记者 鲍筱兰），dfmg.chinadevelopment.com.cn", "2020-10-28", "day",
  "National economic newspaper's web edition, Shanghai: a municipal-level development zone's fourth-quarter groundbreaking — named projects started (an expansion in a park-within-the-park, a new-energy project, a bio park), count, planned total investment and land",
  "http://dfmg.chinadevelopment.com.cn/mgkb/2020/10/1689902.shtml",
  "日期取页面“2020-10-28 20:55 中国经济导报-中国发展网”。标题与副题两行合为标题（空格相连）。“摘要:…”行（与导语重复）、导航、图片编号行（B08P5928 等）与图片说明行（郭芳、顾佾、蒋祎青、王海军、钟开富讲话等）已删。末段“发展是硬道理,项目是硬支撑。该批项目全部建成达产后预期可实现年产值35亿元…提供持续有力的项目支”在句中中断，整段删去（35亿元年产值因此不在文中）；正文截至“…提供强劲动力。”，共两段。园区：上海杭州湾开发区（奉贤区，上海；文中又作“开发区”）；“鼎信集团园中园”/“鼎信智造园”为园中园，列可选园区“鼎信智造园”（parent 上海杭州湾开发区）。项目：“鼎信集团园中园瑞思拓扩建厂房项目”与第二段“鼎信智造园扩建厂房项目”推定为同一项目（alias，note 注明）；“兰钧新能源项目”又作“上海兰钧新能源项目”；“凯惠量子生物园”——均开工、无单项金额。8个项目计划总投资16亿元、占地350亩为合计事实。公司：鼎信集团（项目业主，园区杭州湾开发区）；兰钧新能源只在项目名中，列可选公司。",
  "vw05"),
 parks=[
  park(HW, "上海", "上海", "开发区", E0, district="奉贤区", note="标题作“奉贤”；文中又作“开发区”"),
  park("鼎信智造园", "上海", "上海", "园中园", E1, district="奉贤区", parent=HW, opt=True, note="又作“鼎信集团园中园”；只在项目名中"),
 ],
 companies=[
  comp("鼎信集团", HW, E0, note="鼎信集团园中园瑞思拓扩建厂房项目业主"),
  comp("上海兰钧新能源", HW, E1, opt=True, note="只在项目名“上海兰钧新能源项目”中"),
 ],
 institutions=[],
 projects=[
  proj("鼎信集团园中园瑞思拓扩建厂房项目", HW, E0, companies=["鼎信集团"], status="开工", status_text="集中开工暨…开工仪式",
       aliases=["鼎信智造园扩建厂房项目"], note="第二段“鼎信智造园扩建厂房项目”推定为同一项目"),
  proj("兰钧新能源项目", HW, E0, status="开工", status_text="集中开工暨…开工仪式", aliases=["上海兰钧新能源项目"]),
  proj("凯惠量子生物园", HW, E1, status="开工", status_text="此次集中开工"),
 ],
 aggregate_facts=[
  fact(HW, "park", "projects_started", 8, "count", E1, AS5),
  fact(HW, "park", "projects_started_investment_cny", 1.6e9, "cny", E1, AS5, chk=True, note="计划总投资"),
  fact(HW, "park", "projects_started_land_mu", 350, "mu", E1, AS5, opt=True),
 ])

# ---------------------------------------------------------------- vw06 繁昌区第三季度 签约、开工 (芜湖日报 2022)
FC = "繁昌区"
F0 = "繁昌区举办第三季度招商引资项目集中签约、开工活动,集中签约项目12个,总投资超70亿元,集中开工项目11个,总投资近120亿元"
F1 = "奇瑞集团埃科泰克新能源汽车专用DHT项目,全部建成达产可实现产值40亿元,年纳税1亿元"
F2 = "兴瑞3D打印高端装备制造项目,面向高端制造、航天军工、医疗教育、文化创意等业务方向"
F3 = "康地动物食品添加剂研发生产项目由美国康地谷物公司投资建设,总投资8000万美元,项目建成后可实现年销售收入5亿元"
F4 = "安徽机电职业技术学院、安徽商贸职业技术学院繁昌项目,总投资35亿元,规划用地面积1049亩"
F5 = "吴江纺织科技产业园项目,总投资30亿元,新建绿色、环保纺织产业链及纺织自动化智能制造中心、大数据中心,项目全部建成达产后,可实现年销售30亿元"
AS6 = "2022年第三季度（集中签约、开工；见报2022年9月5日）"
G["vw06"] = dict(
 article=art("繁昌区第三季度招商引资项目集中签约、开工", "芜湖日报（全媒体记者 储翔宇），电子版 epaper.wuhunews.cn 第RB05版", "2022-09-05", "day",
  "City daily (e-paper), Anhui: a district's third-quarter signing and groundbreaking — counts and totals, three named signed projects (a carmaker's transmission project, a 3D-printing project, a US firm's feed-additive plant in dollars) and named started projects (two colleges' campus, a textile industrial-park project); no development zone is named",
  "http://epaper.wuhunews.cn/whrb/pc/content/202209/05/c267767.html",
  "日期取版面“2022年09月05日 第RB05版”（活动“日前”举行）。标题照录；引题/副题行“全力推进扩投资稳增长”“董萍张光胜…等出席”与报头、版次行已删。存段在末段“神悦新能源汽车零部件项目,总投资15亿元,新建新能源汽”处中断，该残句已删（make_txt.py LINE_SUFFIX；神悦项目因此不在文中），正文截至“…可实现年销售30亿元。”，共四段。本条为区级新闻，文中未出现任何开发区名（繁昌经开区等均未提），项目 park 记 null；“吴江纺织科技产业园项目”是以产业园为名的开工项目，另列可选园区“吴江纺织科技产业园”。签约项目：奇瑞集团埃科泰克新能源汽车专用DHT项目（达产产值40亿元、年纳税1亿元，target）、兴瑞3D打印高端装备制造项目、康地动物食品添加剂研发生产项目（美国康地谷物公司，总投资8000万美元→investment_value/currency，investment_cny null；年销售收入5亿元 target）。开工项目：安徽机电职业技术学院、安徽商贸职业技术学院繁昌项目（35亿元，1049亩，2024年8月一期竣工）；吴江纺织科技产业园项目（30亿元，达产年销售30亿元）。区合计：签约12个“超70亿元”（超），开工11个“近120亿元”（约，qualifier_text 近），subject 繁昌区（region）。两所学院列可选机构（university）。",
  "vw06"),
 parks=[
  park("吴江纺织科技产业园", "芜湖", "安徽", "产业园（项目）", F5, district="繁昌区", opt=True, note="只作为开工项目名“吴江纺织科技产业园项目”出现"),
 ],
 companies=[
  comp("奇瑞集团", None, F1, opt=True, note="只在项目名中；繁昌区，无园区"),
  comp("美国康地谷物公司", None, F3, note="康地动物食品添加剂研发生产项目投资方；繁昌区，无园区"),
 ],
 institutions=[
  inst("安徽机电职业技术学院", F4, kind="university", note="文中又作“安徽机电技术职业学院”（出席者职务）"),
  inst("安徽商贸职业技术学院", F4, kind="university"),
 ],
 projects=[
  proj("奇瑞集团埃科泰克新能源汽车专用DHT项目", None, F1, companies=["奇瑞集团"], status="签约", status_text="集中签约"),
  proj("兴瑞3D打印高端装备制造项目", None, F2, status="签约", status_text="集中签约"),
  proj("康地动物食品添加剂研发生产项目", None, F3, companies=["美国康地谷物公司"], inv="总投资8000万美元", currency="usd", value=8e7,
       status="签约", status_text="集中签约"),
  proj("安徽机电职业技术学院、安徽商贸职业技术学院繁昌项目", None, F4, inv="总投资35亿元", status="开工", status_text="集中开工",
       note="计划2024年8月一期竣工投入使用"),
  proj("吴江纺织科技产业园项目", None, F5, inv="总投资30亿元", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(FC, "region", "projects_signed", 12, "count", F0, AS6),
  fact(FC, "region", "signed_investment_cny", 7e9, "cny", "集中签约项目12个,总投资超70亿元", AS6, qual="超", qtext="超", chk=True),
  fact(FC, "region", "projects_started", 11, "count", F0, AS6),
  fact(FC, "region", "projects_started_investment_cny", 1.2e10, "cny", "集中开工项目11个,总投资近120亿元", AS6, qual="约", qtext="近", chk=True),
  fact("奇瑞集团埃科泰克新能源汽车专用DHT项目", "project", "expected_annual_output_cny", 4e9, "cny", "全部建成达产可实现产值40亿元", "达产后（预计）", kind="target", chk=True),
  fact("奇瑞集团埃科泰克新能源汽车专用DHT项目", "project", "expected_annual_tax_cny", 1e8, "cny", "年纳税1亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact("康地动物食品添加剂研发生产项目", "project", "expected_annual_sales_cny", 5e8, "cny", "项目建成后可实现年销售收入5亿元", "建成后（预计）", kind="target", chk=True),
  fact("安徽机电职业技术学院、安徽商贸职业技术学院繁昌项目", "project", "site_area_mu", 1049, "mu", F4, AS6, opt=True),
  fact("吴江纺织科技产业园项目", "project", "expected_annual_sales_cny", 3e9, "cny", "项目全部建成达产后,可实现年销售30亿元", "达产后（预计）", kind="target", chk=True),
 ])
