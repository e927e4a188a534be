# real428 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged).
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept as investment_value/currency (lk01).
# Amounts written “2亿多元” (not digits+亿元) go into a fact whose metric has no _cny suffix, unit cny, qualifier 余.
# Projects: the park is the one the text places the project in, null if none (a county or city district is not a park).
# Status from the text's words (开工建设 / 奠基 → 开工; 签约 → 签约; 计划建设 / 预计…开工 → planned); words that fit no status
# (揭牌, 将投入使用, 将启动试生产, 正在建设或已部分投产) keep status null with status_text. “到2011年” / “预计” / “计划”
# figures are kind target; year-to-date figures are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/lkNN.raw as returned.

# ---------------------------------------------------------------- lk01 辉南县 (商务部网站 via msn.finance.sina 2011)
HN = "辉南经济开发区"
TH = "通化医药城"
A1 = "1到10月份,全县固定资产投资项目达249项,完成投资1001836万元,同比增长38.9%"
A2 = "11月3号,总投资3.09亿元的吉林辉瑞国原动物保健品公司在辉南揭牌"
A3 = "吉林辉瑞国原动物保健品公司是辉瑞公司在中国的第一家合资企业,也是通化医药城的第一个跨国制药集团投资项目"
A4 = "10月25号,浦项通钢(吉林)钢材加工中心项目在辉南奠基"
A5 = "这一项目是韩国浦项制铁集团与通化钢铁集团的合资项目,总投资3000万美元,项目分两期进行建设,一期项目总投资1650万美元"
A6 = "辉南经济开发区累计完成基础设施投资2亿多元,顺利通过省级开发区的评审验收"
A7 = "将重点围绕浦项通钢(吉林)钢材加工中心建设项目,把辉南经济开发区打造成东北钢铁产品深加工产业基地"
A8 = "除了韩国浦项和美国辉瑞两个世界500强企业,吉煤集团现代农牧业、长春海外制药、广州森仕服装、城南新区等一批大企业、大项目相继落户辉南"
ASA = "2011年1–10月"
G["lk01"] = dict(
 article=art("辉南县重点项目建设如火如荼,前10个月完成固定资产投资超过100亿元", "商务部网站（“来源: 商务部网站”），载于 msn.finance.sina.com.cn（新浪财经 MSN 频道）", "2011-11-30", "day",
  "Ministry website item relayed by a portal's finance channel, Jilin: a county's project drive — county investment to October, a US-invested animal-health firm opened (amount), a Korean-invested steel processing centre's groundbreaking (USD amount) that anchors the county's provincial development zone, the zone's infrastructure spending, firms landed",
  "http://msn.finance.sina.com.cn/gdxw/20111130/1344497718.html",
  "日期取页面“2011-11-30 13:44 来源: 商务部网站”。标题照录；“分享更多”“字体:”与日期来源行已删。存段在末段“作为承接大项目的重要载体,辉南”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…总投资779094万元。”，共四段。园区：辉南经济开发区（通化市辉南县，吉林；文中称通过省级开发区评审验收，kind 记经济开发区）；通化医药城只在“通化医药城的第一个跨国制药集团投资项目”中，列为可选园区。项目：吉林辉瑞国原动物保健品公司（总投资3.09亿元，“揭牌”不属任何状态，status null；项目名即企业名；园区按文意记通化医药城）；浦项通钢(吉林)钢材加工中心项目（奠基→开工；总投资3000万美元，非人民币，investment_cny 为空，investment_value/currency 记美元；园区由“围绕…建设项目,把辉南经济开发区打造成…”推定为辉南经济开发区）。吉煤集团现代农牧业等“落户辉南”只到县，不列园区，企业列可选。事实：全县1–10月固定资产投资项目249项、完成投资1001836万元、增长38.9%，亿元以上项目35项、完成投资304900万元（cumulative）；前9个月3000万元以上项目150项、总投资779094万元；五年累计开工项目1000多个（可选）；开发区累计基础设施投资2亿多元（“2亿多元”非数字+亿元，metric 不带 _cny）。标题“超过100亿元”与正文1001836万元相应，不另列。",
  "lk01"),
 parks=[
  park(HN, "通化", "吉林", "经济开发区", A6, district="辉南县", note="省级开发区（通过评审验收）；文中又作“开发区”"),
  park(TH, "通化", "吉林", "医药城", A3, opt=True, note="只在“通化医药城的第一个跨国制药集团投资项目”中"),
 ],
 companies=[
  comp("吉林辉瑞国原动物保健品公司", TH, A3, aliases=["辉瑞国原动物保健品有限公司"], note="在辉南揭牌；通化医药城的项目"),
  comp("美国辉瑞公司", None, "美国辉瑞公司是全球最大的制药企业", aliases=["辉瑞公司", "美国辉瑞"], opt=True, note="合资方"),
  comp("韩国浦项制铁集团", None, A5, aliases=["韩国浦项"], opt=True, note="合资方"),
  comp("通化钢铁集团", None, A5, opt=True, note="合资方"),
  comp("长春海外制药", None, A8, opt=True, note="落户辉南（县），园区未说"),
  comp("广州森仕服装", None, A8, opt=True, note="落户辉南（县），园区未说"),
  comp("吉煤集团", None, A8, opt=True, note="只在“吉煤集团现代农牧业”中"),
 ],
 projects=[
  proj("吉林辉瑞国原动物保健品公司", TH, A2, companies=["吉林辉瑞国原动物保健品公司"], inv="总投资3.09亿元", status=None, status_text="揭牌",
       note="2011年11月3日揭牌；项目名即企业名；园区按“通化医药城的第一个跨国制药集团投资项目”"),
  proj("浦项通钢(吉林)钢材加工中心项目", HN, A4 + "。这一项目是韩国浦项制铁集团与通化钢铁集团的合资项目,总投资3000万美元",
       companies=["韩国浦项制铁集团", "通化钢铁集团"], inv="总投资3000万美元", currency="usd", value=3e7, status="开工", status_text="奠基",
       note="2011年10月25日奠基；总投资3000万美元（非人民币，investment_cny 空；一期1650万美元）；园区由“围绕…建设项目,把辉南经济开发区打造成…”推定"),
  proj("吉煤集团现代农牧业", None, A8, companies=["吉煤集团"], opt=True, note="“相继落户辉南”，只到县"),
 ],
 aggregate_facts=[
  fact("辉南县", "region", "fixed_asset_investment_projects", 249, "count", A1, ASA, kind="cumulative"),
  fact("辉南县", "region", "fixed_asset_investment_cny", 1.001836e10, "cny", "完成投资1001836万元,同比增长38.9%", ASA, kind="cumulative", chk=True),
  fact("辉南县", "region", "fixed_asset_investment_yoy_growth", 0.389, "ratio", "完成投资1001836万元,同比增长38.9%", ASA, kind="ratio"),
  fact("辉南县", "region", "projects_over_100m", 35, "count", "亿元以上项目35项,完成投资304900万元", ASA, kind="cumulative"),
  fact("辉南县", "region", "projects_over_100m_investment_cny", 3.049e9, "cny", "亿元以上项目35项,完成投资304900万元", ASA, kind="cumulative", chk=True),
  fact("辉南县", "region", "projects_over_30m", 150, "count", "仅今年前9个月,辉南县完成3000万元以上项目150项,总投资779094万元", "2011年1–9月", kind="cumulative"),
  fact("辉南县", "region", "projects_over_30m_investment_cny", 7.79094e9, "cny", "总投资779094万元", "2011年1–9月", kind="cumulative", chk=True),
  fact("辉南县", "region", "projects_started", 1000, "count", "5年累计开工项目1000多个", "2007–2011年（5年累计）", kind="cumulative", qual="余", qtext="多", opt=True),
  fact(HN, "park", "infrastructure_investment", 2e8, "cny", A6, "2011年（累计）", kind="cumulative", qual="余", qtext="多",
       note="“2亿多元”；metric 不带 _cny（金额非数字+亿元）"),
  fact(HN, "park", "planned_development_areas", 4, "count", "开发区内规划了医药包装产业、商贸物流产业、钢铁产品深加工产业、综合产业4个发展区", "2011年", opt=True),
 ])

# ---------------------------------------------------------------- lk02 哈尔滨科技创新城 (科技日报 2011, via kaifaqu.com.cn)
HG = "哈尔滨高新技术产业开发区"
KC = "哈尔滨科技创新城"
B1 = "这位哈尔滨高新技术产业开发区副巡视员,一年多来和他的同事们一样忙得不亦乐乎"
B2 = "短短一年多,荒野上就诞生了一个巨大的有机体——哈尔滨科技创新城"
B3 = "新城的起步区域是20多平方公里的科技创新园和科技产业园,已经基本成型"
B4 = "核心起步区内,创新创业广场8月将投入使用,已经有数十家企业签约入驻"
G["lk02"] = dict(
 article=art("新城 新业 新江 新路 ——“十二五”开局之年的哈尔滨", "科技日报（本报记者 李丽云 高博，2011.07.07 一版），载于 kaifaqu.com.cn（中国开发区网，2011-09-28 转载）", "2011-07-07", "day",
  "National science daily's front-page feature relayed by a development-zone portal, Heilongjiang: the opening of a city feature — a high-tech zone official on the new science-and-technology city north of the Songhua, its planned area and 2015 revenue target, its start-up zone and a plaza soon in use with firms signed",
  "http://www.kaifaqu.com.cn/common/detail2.jsp?urltype=news.NewsContentUrl&wbnewsid=54380&wbtreeid=2002",
  "日期取页面“2011.07.07 科技日报 一版”（转载页日期2011-09-28）。标题取主标题与副题“——“十二五”开局之年的哈尔滨”，以空格相连；网站菜单、栏目行、转载日期行、署名行“本报记者 李丽云 高博”和“2011.07.07 科技日报 一版”已删。存段只存长文开头，在“…很快将成为国家级的高新技术创新创业基地和企业孵”处中断；该句（“它的建筑面积达42万平方米,总投资18亿元,…”）整句删去（make_txt.py LINE_SUFFIX），因此创新创业广场的面积与总投资不在正文；正文截至“…已经有数十家企业签约入驻。”，含小标题“科学发展 转变方式”“新城:拓展的空间”两行。园区：哈尔滨高新技术产业开发区（只在姜元平的职务中）；哈尔滨科技创新城（文中又作“科技创新城”“新城”；与高新区的隶属文中未明说，parent 留空）；科技创新园、科技产业园为新城起步区（可选，parent 科技创新城）。项目：创新创业广场（“8月将投入使用”，无对应状态，status null；数十家企业签约入驻，企业未点名）。事实：新城面积将达137平方公里（target）；“预计到2015年”总收入2400亿元（target）；起步区20多平方公里（可选）。",
  "lk02"),
 parks=[
  park(HG, "哈尔滨", "黑龙江", "高新技术产业开发区", B1, note="只在人物职务中出现"),
  park(KC, "哈尔滨", "黑龙江", "新城", B2, aliases=["科技创新城"], note="松花江北岸；文中又作“新城”；与高新区的关系文中未明说"),
  park("科技创新园", "哈尔滨", "黑龙江", "园区", B3, parent=KC, opt=True, note="新城起步区"),
  park("科技产业园", "哈尔滨", "黑龙江", "园区", B3, parent=KC, opt=True, note="新城起步区"),
 ],
 companies=[],
 projects=[
  proj("创新创业广场", KC, B4, status=None, status_text="8月将投入使用", note="位于核心起步区；数十家企业签约入驻；面积与投资所在句已随截断删去"),
 ],
 aggregate_facts=[
  fact(KC, "park", "planned_area_km2", 137, "km2", "新城面积将达到137平方公里", "规划", kind="target"),
  fact(KC, "park", "total_revenue_cny", 2.4e11, "cny", "“我们预计,到2015年,科技创新城总收入将达到2400亿元。”", "2015年（预计）", kind="target", chk=True),
  fact(KC, "park", "startup_area_km2", 20, "km2", B3, "2011年", qual="余", qtext="多", opt=True),
  fact("创新创业广场", "project", "firms_signed", 10, "count", B4, "2011年7月", qual="余", qtext="数十", opt=True, note="“数十家”，数值只作下限"),
 ])

# ---------------------------------------------------------------- lk03 沈阳 代表团 温州招商 (m.56885.net 2011)
C1 = "其中,大东区福建盛辉汽车物流港项目、新民市新蒲新城圣湖温泉小镇和城市CBD项目、沈北新区中宇沈北科技园和易丰展业通讯产业园项目签约"
C2 = "在温州经济起步之初就已闻名国内外的“低压电器三巨头”正泰集团、德力西集团、人民电器集团不约而同将新的发展目标锁定沈阳,计划在铁西区建设正泰沈阳电气产业园、德力西输配电及控制设备制造项目、人民电器高低压电器及电力变电设备制造项目"
C3 = "同时,正泰集团还有意在苏家屯区建设电缆生产基地"
AS3 = "2011年3月28–31日（温州招商）"
G["lk03"] = dict(
 article=art("沈阳市政府代表团赴温州招商满载而归", "m.56885.net（物流网站转载，“来源:网络 编辑:56885”；原发媒体与署名未注明）", "2011-04-01", "day",
  "Logistics site relaying a city item, Liaoning: a city delegation's investment-promotion trip — projects promoted and signed by district (a logistics port, a hot-spring town, a science park and a telecom industrial park), three electrical groups planning plants in named districts",
  "http://m.56885.net/news/201141/267386.html",
  "日期取页面“2011-4-1 10:26:00 来源:网络 编辑:56885”。标题照录；日期来源行与“摘要:... ...”已删。存段在末段“浙江通力重型齿轮股份有限公司和常熟英沪国际标准紧固件有限公”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…建设电缆生产基地。”，共三段。文中没有开发区或产业园区作为项目所在地：项目按区、县（大东区、新民市、沈北新区、铁西区、苏家屯区）落位，park 均为 null（区县不是园区；沈北新区为行政区）。项目：福建盛辉汽车物流港项目、新蒲新城圣湖温泉小镇和城市CBD项目、中宇沈北科技园、易丰展业通讯产业园项目（签约）；正泰沈阳电气产业园、德力西输配电及控制设备制造项目、人民电器高低压电器及电力变电设备制造项目（“计划在铁西区建设”→planned）；正泰电缆生产基地（“有意”，可选）。“中宇沈北科技园”“易丰展业通讯产业园”“正泰沈阳电气产业园”是项目名，不另列园区。事实：洽谈推介48个项目、工业项目28个占58%（subject 沈阳市政府代表团，region）；2003年以来3万家温州企业来沈投资（可选）。",
  "lk03"),
 parks=[],
 companies=[
  comp("正泰集团", None, C2, note="计划在铁西区建设正泰沈阳电气产业园；另有意在苏家屯区建电缆生产基地"),
  comp("德力西集团", None, C2, note="计划在铁西区建设项目"),
  comp("人民电器集团", None, C2, note="计划在铁西区建设项目"),
 ],
 projects=[
  proj("福建盛辉汽车物流港项目", None, C1, status="签约", status_text="签约", note="大东区"),
  proj("新蒲新城圣湖温泉小镇和城市CBD项目", None, C1, status="签约", status_text="签约", note="新民市；可能是两个项目（圣湖温泉小镇、城市CBD），文中合写"),
  proj("中宇沈北科技园", None, C1, status="签约", status_text="签约", note="沈北新区（行政区）"),
  proj("易丰展业通讯产业园项目", None, C1, status="签约", status_text="签约", note="沈北新区（行政区）"),
  proj("正泰沈阳电气产业园", None, C2, companies=["正泰集团"], status="planned", status_text="计划在铁西区建设", note="铁西区"),
  proj("德力西输配电及控制设备制造项目", None, C2, companies=["德力西集团"], status="planned", status_text="计划在铁西区建设", note="铁西区"),
  proj("人民电器高低压电器及电力变电设备制造项目", None, C2, companies=["人民电器集团"], status="planned", status_text="计划在铁西区建设", note="铁西区"),
  proj("电缆生产基地", None, C3, companies=["正泰集团"], status="planned", status_text="有意…建设", opt=True, note="苏家屯区；正泰集团“有意”"),
 ],
 aggregate_facts=[
  fact("沈阳市政府代表团", "region", "projects_promoted", 48, "count", "高效务实地洽谈推介了48个项目", AS3),
  fact("沈阳市政府代表团", "region", "industrial_projects_promoted", 28, "count", "共洽谈推介工业项目28个,占全部项目的58%", AS3),
  fact("沈阳市政府代表团", "region", "industrial_projects_share", 0.58, "ratio", "共洽谈推介工业项目28个,占全部项目的58%", AS3, kind="ratio", opt=True),
  fact("沈阳市", "region", "wenzhou_firms_invested", 30000, "count", "自2003年以来,先后有3万家温州企业来沈投资", "2003–2011年（累计）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lk04 青冈 玉米工业城 (东北网绥化 2009)
D1 = "青冈以创建农产品加工大县、建设玉米工业城为目标,以重大项目为牵动,以工业集聚区为平台"
D2 = "形成以黑龙江龙凤玉米开发有限公司为龙头,金安热电有限公司、嘉丰塑业有限公司等企业相配套,昊天生化公司等企业进行精深加工的玉米产业集群"
D3 = "到2011年,玉米产业集群重点建设项目4个,总投资19.7亿元,年可实现销售收入51亿元"
D4 = "将建成以青冈长林肉类食品有限公司为核心的全省规模较大的肉类食品加工和出口综合性生产企业,年销售收入可达15亿元"
D5 = "这个县还在巩固哈尔滨乳多宝公司青冈分公司、广东东泰乳业公司青冈分公司现有年10万吨鲜奶加工能力基础上"
D6 = "重点抓好黑龙江绿春原牧业有限公司年产150万吨秸秆饲料项目"
ASD = "到2011年（目标）"
G["lk04"] = dict(
 article=art("（无标题）青冈建设玉米工业城 三年建成百亿元销售收入产业集群", "东北网（东北网绥化，suihua.dbw.cn；存段无标题、无署名）", "2009-02-11", "day",
  "Provincial news portal's city channel, Heilongjiang: a county's three-year plan for agro-processing clusters — a planned corn industrial city, named lead and supporting firms, the corn cluster's key projects with total investment and sales target, meat and dairy firms' targets, a feed project",
  "http://suihua.dbw.cn/system/2009/02/11/051753878.shtml",
  "日期取电头“东北网绥化2月11日电”与网址 2009/02/11。存段无标题行（title 为编者概括），正文直接以电头开始。存段在末段“新型能源工业依托丰富的风力资源,积极落实中国水电集团总投资30亿元,装机总容量300”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…年产150万吨秸秆饲料项目。”，共四段。园区：“玉米工业城”为县里要建设的目标（可选园区，kind 工业城）；“工业集聚区”只作泛称，不列。企业：黑龙江龙凤玉米开发有限公司（文中先作“龙凤玉米开发有限公司”，列为别名）为龙头，金安热电、嘉丰塑业、昊天生化配套与精深加工；青冈长林肉类食品有限公司；哈尔滨乳多宝公司青冈分公司、广东东泰乳业公司青冈分公司；黑龙江绿春原牧业有限公司。园区均为 null（文中未把企业放进某园区；龙凤玉米与玉米工业城的关系是“主体地位”，不作落位）。飞鹤、伊利、雀巢只是“积极引进”的对象，列可选。项目：黑龙江绿春原牧业有限公司年产150万吨秸秆饲料项目（“重点抓好”，无状态）。事实：到2011年玉米产业集群重点建设项目4个、总投资19.7亿元、年销售收入51亿元（target）；三年建成百亿元销售收入产业集群（target）；长林年销售收入可达15亿元；全县鲜奶加工能力30万吨、乳品年销售收入突破15亿元；肉牛加工15万头、年销售收入10亿元（可选）。",
  "lk04"),
 parks=[
  park("玉米工业城", "绥化", "黑龙江", "工业城", D1, district="青冈县", opt=True, note="县里“建设玉米工业城”的目标，非现成园区"),
 ],
 companies=[
  comp("黑龙江龙凤玉米开发有限公司", None, D2, aliases=["龙凤玉米开发有限公司"], note="玉米产业集群龙头"),
  comp("金安热电有限公司", None, D2, note="配套企业"),
  comp("嘉丰塑业有限公司", None, D2, note="配套企业"),
  comp("昊天生化公司", None, D2, note="精深加工"),
  comp("青冈长林肉类食品有限公司", None, D4, note="肉类食品加工龙头"),
  comp("哈尔滨乳多宝公司青冈分公司", None, D5),
  comp("广东东泰乳业公司青冈分公司", None, D5),
  comp("黑龙江绿春原牧业有限公司", None, D6),
  comp("飞鹤", None, "积极引进飞鹤、伊利、雀巢等国内外知名的乳品企业", opt=True, note="引进对象"),
  comp("伊利", None, "积极引进飞鹤、伊利、雀巢等国内外知名的乳品企业", opt=True, note="引进对象"),
  comp("雀巢", None, "积极引进飞鹤、伊利、雀巢等国内外知名的乳品企业", opt=True, note="引进对象"),
 ],
 projects=[
  proj("黑龙江绿春原牧业有限公司年产150万吨秸秆饲料项目", None, D6, companies=["黑龙江绿春原牧业有限公司"], status=None, status_text="重点抓好"),
 ],
 aggregate_facts=[
  fact("青冈县", "region", "cluster_target_sales_cny", 1e10, "cny", "从今年起利用3年时间,建成百亿元销售收入产业集群", "2009–2011年（目标）", kind="target", note="百亿元"),
  fact("青冈县", "region", "corn_cluster_key_projects", 4, "count", D3, ASD, kind="target", note="玉米产业集群"),
  fact("青冈县", "region", "corn_cluster_key_projects_investment_cny", 1.97e9, "cny", "总投资19.7亿元,年可实现销售收入51亿元", ASD, kind="target", chk=True, note="玉米产业集群重点建设项目"),
  fact("青冈县", "region", "corn_cluster_annual_sales_cny", 5.1e9, "cny", "年可实现销售收入51亿元", ASD, kind="target", chk=True),
  fact("青冈长林肉类食品有限公司", "company", "annual_sales_cny", 1.5e9, "cny", "年销售收入可达15亿元", ASD, kind="target", chk=True),
  fact("青冈县", "region", "beef_cattle_processing_head", 150000, "head", "企业肉牛加工规模将扩大到15万头,年销售收入达到10亿元", ASD, kind="target", opt=True),
  fact("青冈县", "region", "beef_processing_annual_sales_cny", 1e9, "cny", "年销售收入达到10亿元", ASD, kind="target", chk=True, opt=True),
  fact("青冈县", "region", "milk_processing_capacity_t", 300000, "t", "使全县鲜奶加工能力达到30万吨,年销售收入突破15亿元", ASD, kind="target", opt=True),
  fact("青冈县", "region", "dairy_annual_sales_cny", 1.5e9, "cny", "年销售收入突破15亿元", ASD, kind="target", qual="超", qtext="突破", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- lk05 哈尔滨70大项目 (黑龙江日报 via 东北网 2012)
E1 = "今年,哈市将投入69亿元新建、续建70个装备制造业大项目"
E2 = "其中,包括哈东安发动机公司的先进民用直升机发动机组产业化项目、凯斯纽荷兰机械哈尔滨公司的大马力农用机械生产项目、哈飞SMA工装合作等项目在内,年度投资超亿元项目达27个"
E3 = "按计划,年度投资额最大的哈尔滨龙江特种装备有限公司地能产业基地项目今年投资达6亿元,预计将于4月开工建设"
AS5 = "2012年（计划）"
G["lk05"] = dict(
 article=art("哈尔滨70大项目完善产业链", "黑龙江日报（作者 薛婧），载于东北网 heilongjiang.dbw.cn", "2012-03-16", "day",
  "Provincial daily on a regional news portal, Heilongjiang: a city's equipment-manufacturing project plan for the year — 70 projects and their investment, named projects of named firms, the largest project's annual investment and planned start",
  "https://heilongjiang.dbw.cn/system/2012/03/16/053749963.shtml",
  "日期取页面“2012-03-16 10:07:56 来源:黑龙江日报 作者:薛婧”。标题照录；导航、“搜 索”、日期来源行、“关注东北网 微博 Qzone”和“责任编辑:张隽珊”已删。正文两段，完整。文中没有园区：项目只到城市（哈市），park 均为 null。项目：哈东安发动机公司的先进民用直升机发动机组产业化项目、凯斯纽荷兰机械哈尔滨公司的大马力农用机械生产项目、哈飞SMA工装合作（年度投资超亿元项目，无单项状态）；哈尔滨龙江特种装备有限公司地能产业基地项目（“预计将于4月开工建设”→planned；“今年投资达6亿元”为年度投资，不作总投资，记为事实）。事实：今年投入69亿元新建、续建70个装备制造业大项目（target）；2011年装备制造业占全市工业比重25%左右（约）；年度投资超亿元项目27个。哈市工信委为消息来源（可选机构）。",
  "lk05"),
 parks=[],
 companies=[
  comp("哈东安发动机公司", None, E2),
  comp("凯斯纽荷兰机械哈尔滨公司", None, E2),
  comp("哈飞", None, E2, opt=True, note="只在“哈飞SMA工装合作”中"),
  comp("哈尔滨龙江特种装备有限公司", None, E3),
 ],
 institutions=[
  inst("哈尔滨市工信委", "记者从哈尔滨市工信委获悉", note="消息来源"),
 ],
 projects=[
  proj("先进民用直升机发动机组产业化项目", None, E2, companies=["哈东安发动机公司"], note="年度投资超亿元项目之一"),
  proj("大马力农用机械生产项目", None, E2, companies=["凯斯纽荷兰机械哈尔滨公司"], note="年度投资超亿元项目之一"),
  proj("哈飞SMA工装合作", None, E2, companies=["哈飞"], note="年度投资超亿元项目之一"),
  proj("哈尔滨龙江特种装备有限公司地能产业基地项目", None, E3, companies=["哈尔滨龙江特种装备有限公司"], status="planned", status_text="预计将于4月开工建设",
       note="今年投资6亿元（年度投资，非总投资）"),
 ],
 aggregate_facts=[
  fact("哈尔滨", "region", "equipment_projects_planned", 70, "count", E1, AS5, kind="target", note="新建、续建装备制造业大项目"),
  fact("哈尔滨", "region", "equipment_projects_investment_cny", 6.9e9, "cny", E1, AS5, kind="target", chk=True),
  fact("哈尔滨", "region", "equipment_manufacturing_share_of_industry", 0.25, "ratio", "2011年装备制造业占全市工业比重的25%左右", "2011年", kind="ratio", qual="约", qtext="左右"),
  fact("哈尔滨", "region", "projects_annual_investment_over_100m", 27, "count", E2, AS5, kind="target", opt=True, note="年度投资超亿元项目"),
  fact("哈尔滨龙江特种装备有限公司地能产业基地项目", "project", "annual_investment_cny", 6e8, "cny", "今年投资达6亿元", AS5, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lk06 沈阳近海经济区 汽车产业园 (卡车网 2015)
JH = "沈阳近海经济区"
QC = "汽车产业园"
F1 = "2015年6月24日,总投资22.5亿元的华晨汽车集团金杯车辆公司搬迁改造暨华晨商用车新工厂项目,在位于辽中县的沈阳近海经济区开工建设"
F2 = "本月底,沈阳海达热交换器有限公司的新生产线将启动试生产"
F3 = "下月初,辽宁众联滤清系统有限公司一期工程正式投产,其二期扩产项目目前也已完成厂房建设"
F4 = "为此,辽中县在辽宁沿海经济带开发开放与沈阳经济区两大发展战略叠加互动的节点区域、沈阳近海经济区,规划建设了占地面积约为7.5平方公里的汽车产业园"
F5 = "目前,园区内已经拥有华晨商用车新工厂、沈阳钧翔专用车、沈阳忠旺特种车3个整车项目"
F6 = "沈阳海达热交换器、沈阳远程摩擦密封材料、沈阳裕森车饰、河南盛腾减震器等8个零部件配套项目正在建设或已部分投产"
F7 = "在沈阳市已经形成东部汽车城、西部宝马新城两个汽车产业集聚区基础上"
AS6 = "2015年7月"
G["lk06"] = dict(
 article=art("（无标题）辽中县沈阳近海经济区汽车产业园：华晨商用车新工厂开工", "卡车网（chinatruck.org，专用车栏；存段无标题、无署名，原发媒体未注明）", "2015-07-21", "day",
  "Trade site for trucks, Liaoning: a county's automotive park in a provincial economic zone — a carmaker's new commercial-vehicle plant started (amount), suppliers' lines near production, the park's area and layout, its vehicle and component projects",
  "https://chinatruck.org/news/201507/21_55643.html",
  "日期取网址 201507/21（文中“2015年6月24日”开工，“本月底”“下月初”按7月理解）。存段无标题行（title 为编者概括），正文以“2015年6月24日”开始。存段末行只剩“其”字（下一段开头），已删；正文截至“…近20个项目正在洽谈推进当中。”，共五段。园区：沈阳近海经济区（沈阳市辽中县，辽宁；kind 经济区）；汽车产业园（文中只作“汽车产业园”“园区”，位于沈阳近海经济区，约7.5平方公里，parent 沈阳近海经济区）。东部汽车城、西部宝马新城为沈阳已有的汽车产业集聚区（可选园区）。项目：华晨汽车集团金杯车辆公司搬迁改造暨华晨商用车新工厂项目（总投资22.5亿元，开工；文中先放在沈阳近海经济区，后作“园区内已经拥有华晨商用车新工厂”，park 记沈阳近海经济区，park_alt 汽车产业园）；沈阳钧翔专用车、沈阳忠旺特种车（整车项目，园区内，无状态）；沈阳海达热交换器、沈阳远程摩擦密封材料、沈阳裕森车饰、河南盛腾减震器（零部件配套项目，“正在建设或已部分投产”，无法逐个定状态，status null）；沈阳海达热交换器有限公司新生产线（“本月底…将启动试生产”，可选）；辽宁众联滤清系统有限公司一期工程（“下月初…正式投产”，尚未投产，status null，可选）及二期扩产项目（厂房建设已完成，可选）——众联的园区文中未明说，记 null。事实：汽车产业园约7.5平方公里；整车项目3个、零部件配套项目8个、洽谈项目近20个（约）。",
  "lk06"),
 parks=[
  park(JH, "沈阳", "辽宁", "经济区", F1, district="辽中县"),
  park(QC, "沈阳", "辽宁", "产业园", F4, district="辽中县", parent=JH, note="文中又作“园区”；无专名"),
  park("东部汽车城", "沈阳", "辽宁", "汽车产业集聚区", F7, opt=True, note="背景提及"),
  park("西部宝马新城", "沈阳", "辽宁", "汽车产业集聚区", F7, opt=True, note="背景提及"),
 ],
 companies=[
  comp("华晨汽车集团", JH, F1, opt=True, note="只在项目名中（金杯车辆公司）"),
  comp("沈阳海达热交换器有限公司", QC, F2, aliases=["沈阳海达热交换器"], note="零部件配套项目之一"),
  comp("辽宁众联滤清系统有限公司", None, F3, opt=True, note="园区文中未明说"),
 ],
 projects=[
  proj("华晨汽车集团金杯车辆公司搬迁改造暨华晨商用车新工厂项目", JH, F1, companies=["华晨汽车集团"], inv="总投资22.5亿元", status="开工", status_text="开工建设",
       aliases=["华晨商用车新工厂"], park_alt=QC, note="2015年6月24日开工；文中后作“园区内已经拥有华晨商用车新工厂”"),
  proj("沈阳钧翔专用车", QC, F5, note="整车项目；状态未说"),
  proj("沈阳忠旺特种车", QC, F5, note="整车项目；状态未说"),
  proj("沈阳海达热交换器", QC, F6, companies=["沈阳海达热交换器有限公司"], status=None, status_text="正在建设或已部分投产", note="零部件配套项目"),
  proj("沈阳远程摩擦密封材料", QC, F6, status=None, status_text="正在建设或已部分投产", note="零部件配套项目"),
  proj("沈阳裕森车饰", QC, F6, status=None, status_text="正在建设或已部分投产", note="零部件配套项目"),
  proj("河南盛腾减震器", QC, F6, status=None, status_text="正在建设或已部分投产", note="零部件配套项目"),
  proj("沈阳海达热交换器有限公司新生产线", QC, F2, companies=["沈阳海达热交换器有限公司"], status=None, status_text="本月底…将启动试生产", opt=True),
  proj("辽宁众联滤清系统有限公司一期工程", None, F3, companies=["辽宁众联滤清系统有限公司"], phase="一期", status=None, status_text="下月初…正式投产", opt=True,
       note="尚未投产（下月初）；园区未说"),
  proj("辽宁众联滤清系统有限公司二期扩产项目", None, F3, companies=["辽宁众联滤清系统有限公司"], phase="二期", status=None, status_text="已完成厂房建设", opt=True),
 ],
 aggregate_facts=[
  fact(QC, "park", "planned_area_km2", 7.5, "km2", F4, "规划", qual="约", qtext="约为"),
  fact(QC, "park", "vehicle_projects", 3, "count", F5, AS6),
  fact(QC, "park", "component_projects", 8, "count", F6, AS6),
  fact(QC, "park", "projects_under_negotiation", 20, "count", "以及汽车发动机、汽车电器配套等领域的近20个项目正在洽谈推进当中", AS6, qual="约", qtext="近", opt=True),
 ])
