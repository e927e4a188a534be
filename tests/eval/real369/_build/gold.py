# real369 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in investment_value with
# investment_currency "usd" and in *_usd facts. Amounts written “4亿多元” / “300多亿元” cannot be parsed as digits+亿元, so their
# facts carry a metric without the _cny suffix (unit cny) and are optional. Projects: the park the text places the project in,
# null if none (a county or city is not a park). Status from the text's words (签约 / 签订投资合作协议 → 签约; 动建 → 开工).
# Targets (“预计”, “将”, “到2025年”) are kind target; counts “已有 / 累计 / 截至” are cumulative; growth rates ratio.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ndNN.raw as returned.

# ---------------------------------------------------------------- nd01 中德(沈阳)高端装备制造产业园 (新华社 via scnjtv 2023)
ZD = "中德(沈阳)高端装备制造产业园"
A0 = "“德国铁西日暨中德(沈阳)高端装备制造产业园产业合作交流会”27日在德国巴伐利亚州首府慕尼黑举行"
A1 = "中欧数字联盟数字化改造提升项目、德国开元周游集团文旅合作项目、凯梅瑟与Automation W+R GmbH战略合作项目等11个项目的签约仪式同日举行"
A2 = "目前已有470余家企业入驻,包括80多家德国企业"
A3 = "2022年,园区完成规模以上工业总产值864亿元人民币,固定资产投资195亿元人民币"
A4 = "宝马集团、亮道智能等德中企业以及慕尼黑、沈阳两地政府部门和相关研究机构代表100余人参加"
G["nd01"] = dict(
 article=art("（无标题）德国铁西日暨中德(沈阳)高端装备制造产业园产业合作交流会在慕尼黑举行", "新华社（“文章来源:新华网”），载于 scnjtv.com", "2023-03-28", "day",
  "Wire story relayed by a regional site, Liaoning / Germany: a Sino-German park's investment-promotion day in Munich — eleven projects signed (three named), the park's industries, firms (German firms among them), above-scale output and fixed-asset investment for 2022",
  "http://scnjtv.com/jujiao/2023/0328/63789.html",
  "日期取网址 2023/0328（新华社慕尼黑3月27日电）。存段无标题行（title 为编者概括），开头“(资料图片仅供参考)”与末尾“(文章来源:新华网)”“关键词:”已删；正文五段，完整。园区：中德(沈阳)高端装备制造产业园（沈阳市铁西区，辽宁；文中又作“该园区”“园区”）。项目：三个具名签约项目（签约仪式→签约），园区由语境推定（签约于园区产业合作交流会，文中未明说项目落在园区内）。公司：宝马集团、亮道智能为与会德中企业（园区未说，可选）；开元周游集团、凯梅瑟、Automation W+R GmbH 只在项目名中（可选）。事实：11个项目签约；入驻企业470余家、德国企业80多家（现有数）；2022年规上工业总产值864亿元、固定资产投资195亿元。德中贸易额为国家数据，不计。",
  "nd01"),
 parks=[
  park(ZD, "沈阳", "辽宁", "国际合作产业园（中德）", A0, district="铁西区", note="文中又作“该园区”“园区”；“德国铁西日”示其在铁西区"),
 ],
 companies=[
  comp("宝马集团", None, A4, opt=True, note="与会德中企业；园区未说"),
  comp("亮道智能", None, A4, opt=True, note="与会德中企业；园区未说"),
  comp("德国开元周游集团", None, A1, opt=True, note="只在项目名中"),
  comp("凯梅瑟", None, A1, opt=True, note="只在项目名中"),
  comp("Automation W+R GmbH", None, A1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("德国联邦统计局", "德国联邦统计局最新数据显示", note="只引数据"),
 ],
 projects=[
  proj("中欧数字联盟数字化改造提升项目", ZD, A1, status="签约", status_text="签约仪式同日举行", note="园区由语境推定"),
  proj("德国开元周游集团文旅合作项目", ZD, A1, companies=["德国开元周游集团"], status="签约", status_text="签约仪式同日举行", note="园区由语境推定"),
  proj("凯梅瑟与Automation W+R GmbH战略合作项目", ZD, A1, companies=["凯梅瑟", "Automation W+R GmbH"], status="签约", status_text="签约仪式同日举行", note="园区由语境推定"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "projects_signed", 11, "count", A1, "2023-03-27"),
  fact(ZD, "park", "firms", 470, "count", A2, "2023年3月", qual="余", qtext="余"),
  fact(ZD, "park", "foreign_firms", 80, "count", A2, "2023年3月", qual="余", qtext="多", note="德国企业"),
  fact(ZD, "park", "above_scale_industrial_output_cny", 8.64e10, "cny", A3, "2022年", chk=True),
  fact(ZD, "park", "fixed_asset_investment_cny", 1.95e10, "cny", "固定资产投资195亿元人民币", "2022年", chk=True),
 ])

# ---------------------------------------------------------------- nd02 中韩(资阳)产业园 (新华网四川频道 via baogaosu 2014)
ZH = "中韩(资阳)产业园"
ZY = "资阳经济开发区"
B0 = "将中韩(资阳)产业园打造成为国家级中韩产业园区"
B1 = "“我们与韩国企业在汽车板块现场签约金额达4亿多元。”资阳经济开发区管委会负责人介绍"
B2 = "资阳正携手韩国现代打造四川世界级商用车生产基地,到2020年,预计将实现70万辆产能、1000亿元产值"
B3 = "今年资阳正式启动中韩(资阳)产业园建设,项目核心区规划面积约12.3平方公里,先期将启动6平方公里的“一园两基地”建设,即中韩产业园,以及现代装备产业基地和生物医药产业基地"
B4 = "吸引成都韩国贸易馆、乐天百货、友利银行、CJ集团、韩亚航空、SK中国等25家韩国企业参加"
G["nd02"] = dict(
 article=art("资阳将打造国家级中韩产业园 预计2020年实现1000亿产值", "新华网四川频道（记者 张明海 段玉清），载于 chengdu.baogaosu.com", "2014-10-23", "day",
  "Regional channel of a national news site relayed by an aggregator, Sichuan: a city's promotion of a Sino-Korean park in Chengdu — Korean firms attending, an on-site signing amount in the auto sector, a partnership with Hyundai for a commercial-vehicle base with 2020 capacity and output targets, the park's core area and first-phase bases",
  "http://chengdu.baogaosu.com/xinwen/%25E8%25B5%2584%25E9%2598%25B3%25E5%25B0%2586%25E6%2589%2593%25E9%2580%25A0%25E5%259B%25BD%25E5%25AE%25B6%25E7%25BA%25A7%25E4%25B8%25AD%25E9%259F%25A9%25E4%25BA%25A7%25E4%25B8%259A%25E5%259B%25AD/25464853",
  "日期取页面“23.10.2014 09:21”。标题照录；日期行、“本文来源: 新华网四川频道”与页尾“分享到…”“故 事”已删；署名“(记者 张明海 段玉清)”在正文末，保留。正文两段，完整。园区：中韩(资阳)产业园（资阳，四川；文中又作“中韩产业园”，与泛称同形，不列 alias）；资阳经济开发区（管委会负责人发言；两园关系文中未说）；“一园两基地”中的现代装备产业基地、生物医药产业基地列为可选子园区。公司：韩国现代（携手打造商用车生产基地，园区未说）；与会韩国企业乐天百货等五家可选；成都韩国贸易馆为机构。项目：四川世界级商用车生产基地（可选，无金额、无状态）。事实：现场签约4亿多元（“4亿多元”不能按数字+亿元解析，可选）；2020年目标70万辆产能、1000亿元产值（标题把1000亿产值归于中韩产业园，subject 记产业园，target）；核心区规划约12.3平方公里，先期启动6平方公里。",
  "nd02"),
 parks=[
  park(ZH, "资阳", "四川", "国际合作产业园（中韩）", B0, note="文中又作“中韩产业园”"),
  park(ZY, "资阳", "四川", "经济开发区", B1, note="管委会负责人介绍签约情况"),
  park("现代装备产业基地", "资阳", "四川", "产业基地", B3, parent=ZH, opt=True, note="“一园两基地”之一"),
  park("生物医药产业基地", "资阳", "四川", "产业基地", B3, parent=ZH, opt=True, note="“一园两基地”之一"),
 ],
 companies=[
  comp("韩国现代", None, B2, note="与资阳打造商用车生产基地；园区未说"),
  comp("乐天百货", None, B4, opt=True, note="与会韩国企业"),
  comp("友利银行", None, B4, opt=True, note="与会韩国企业"),
  comp("CJ集团", None, B4, opt=True, note="与会韩国企业"),
  comp("韩亚航空", None, B4, opt=True, note="与会韩国企业"),
  comp("SK中国", None, B4, opt=True, note="与会韩国企业"),
 ],
 institutions=[
  inst("成都韩国贸易馆", B4, kind="association", note="与会机构"),
 ],
 projects=[
  proj("四川世界级商用车生产基地", None, B2, companies=["韩国现代"], opt=True, note="“携手…打造”，无金额、无状态；园区未说"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "signed_investment", 4e8, "cny", B1, "2014-10-22", qual="余", qtext="多", opt=True,
       note="“4亿多元”：与韩国企业在汽车板块现场签约金额；metric 不带 _cny 因金额写法无法解析"),
  fact(ZH, "park", "expected_annual_output_cny", 1e11, "cny", "到2020年,预计将实现70万辆产能、1000亿元产值", "2020年（预计）", kind="target", chk=True,
       note="句中主语为资阳与韩国现代的商用车基地；标题归于中韩产业园"),
  fact(ZH, "park", "vehicle_capacity_units", 7e5, "count", B2, "2020年（预计）", kind="target", opt=True),
  fact(ZH, "park", "planned_core_area_km2", 12.3, "km2", "项目核心区规划面积约12.3平方公里", "2014年", qual="约", qtext="约"),
  fact(ZH, "park", "first_phase_area_km2", 6, "km2", "先期将启动6平方公里的“一园两基地”建设", "2014年", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nd03 衡阳“港洽周” 白沙洲工业园区 (湖南省商务厅 2017)
BS = "衡阳白沙洲工业园区"
ZB = "衡阳综保区"
SZ = "衡阳深圳工业园"
C0 = "衡阳白沙洲工业园区表现抢眼,在本届“港洽周”一共拿下9个工业大单,总投资额高达60亿元,既有富士康等高端制造业项目,又有入驻衡阳综保区外向型经济工业项目"
C1 = "据了解,衡阳白沙洲工业园区拥有首个与沿海共建的衡阳深圳工业园,并建成全省首家综保区介绍、成功引进了富士康"
C2 = "在本届“港洽周”上,富士康再次与园区签约,将在衡阳继续加大投资力度,打造亚马逊中国制造中心和全国精密模具示范园"
C3 = "今年将新增智能音箱及平板电脑生产流水线30条、手机及平板主板线路板生产流水线15条,员工将突破1.5万人"
C4 = "“港洽周”期间,衡阳市共拟签约项目42个,总投资额296.94亿元,总引资额292.44亿元"
C5 = "此次“港洽周”,衡阳共对外发布项目132个,总投资额2175.32亿元,其中新型工业项目18个,投资额566.88亿元,占比26.1%;现代服务业项目53个,投资额1026.47亿元,占比47.2%"
C6 = "据了解,自1984年12月25日第一家港资企业南方拉链有限公司在衡阳设立起"
C7 = "港资企业数量由当初的1家发展到80余家,占全市外资企业总量的一半"
AS3 = "2017年4月（港洽周）"
G["nd03"] = dict(
 article=art("衡阳“港洽周”上共签约项目42个,引资近300亿元 富士康将加大在湘投资,建成三大生产基地", "湖南省商务厅网站 swt.hunan.gov.cn（“市州动态”栏；原发媒体与署名未注明）", "2017-04-24", "day",
  "Provincial commerce department's site relaying a city item, Hunan: a city's Hong Kong investment week in Shenzhen — an industrial park's nine deals and their total, Foxconn signing again with the park for two named undertakings and its line and staff plans, the bonded zone's five projects, the city's signed and published projects, Hong Kong-funded firms in the city",
  "http://swt.hunan.gov.cn/swt/hnswt/szdt/201704/t20170424_4145394.html",
  "日期取网址 201704/t20170424（文中“今天在深圳举行”）。标题照录。存段正文为一行（原文段落以空格相连，照录为一段）；末句“‘港洽周’期间,衡阳代表团还将到华为集团…进行拜访,开展”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…移动硬盘等生产业务。”。原文“签下下9个”“综保区介绍、成功引进”照录。园区：衡阳白沙洲工业园区（衡阳，湖南；文中又作“园区”）；衡阳综保区（白沙洲园区“建成全省首家综保区”，parent 记白沙洲）；衡阳深圳工业园（白沙洲园区“拥有”，parent 记白沙洲）。公司：富士康（已引进、再次与园区签约，在白沙洲）；南方拉链有限公司（衡阳第一家港资企业，园区未说，可选）。项目：亚马逊中国制造中心、全国精密模具示范园（富士康与园区签约，状态签约；无单项金额）。事实：白沙洲9个工业大单、60亿元；衡阳市拟签约42个、296.94亿元、引资292.44亿元；发布项目132个、2175.32亿元等（可选）；港资企业80余家；综保区5个项目；富士康今年新增流水线与员工（target，可选）。",
  "nd03"),
 parks=[
  park(BS, "衡阳", "湖南", "工业园区", C0, aliases=[], note="文中又作“园区”"),
  park(ZB, "衡阳", "湖南", "综合保税区", C0, parent=BS, note="白沙洲园区“建成全省首家综保区”；母园区由语境推定"),
  park(SZ, "衡阳", "湖南", "共建工业园", C1, parent=BS, note="白沙洲园区“拥有首个与沿海共建的衡阳深圳工业园”"),
 ],
 companies=[
  comp("富士康", BS, C2, note="已引进并再次与园区签约"),
  comp("南方拉链有限公司", None, C6, opt=True, note="衡阳第一家港资企业（1984年）；园区未说"),
 ],
 projects=[
  proj("亚马逊中国制造中心", BS, C2, companies=["富士康"], status="签约", status_text="再次与园区签约"),
  proj("全国精密模具示范园", BS, C2, companies=["富士康"], status="签约", status_text="再次与园区签约"),
 ],
 aggregate_facts=[
  fact(BS, "park", "projects_signed", 9, "count", C0, AS3, note="工业大单"),
  fact(BS, "park", "signed_investment_cny", 6e9, "cny", C0, AS3, chk=True),
  fact(ZB, "park", "projects_landed", 5, "count", "此外,入驻衡阳综保区的5个项目主要从事SMT贴片", "2017年4月"),
  fact("衡阳市", "region", "projects_signed", 42, "count", C4, AS3, note="拟签约"),
  fact("衡阳市", "region", "signed_investment_cny", 2.9694e10, "cny", "总投资额296.94亿元,总引资额292.44亿元", AS3, chk=True),
  fact("衡阳市", "region", "signed_external_investment_cny", 2.9244e10, "cny", "总引资额292.44亿元", AS3, chk=True, opt=True),
  fact("衡阳市", "region", "projects_published", 132, "count", C5, AS3, opt=True),
  fact("衡阳市", "region", "projects_published_investment_cny", 2.17532e11, "cny", "总投资额2175.32亿元", AS3, chk=True, opt=True),
  fact("衡阳市", "region", "hk_funded_firms", 80, "count", C7, "2017年4月", qual="余", qtext="余", opt=True),
  fact("富士康", "company", "new_production_lines", 30, "count", C3, "2017年（计划）", kind="target", opt=True, note="智能音箱及平板电脑生产流水线"),
  fact("富士康", "company", "employees", 15000, "count", C3, "2017年（计划）", kind="target", qual="超", qtext="突破", opt=True),
 ])

# ---------------------------------------------------------------- nd04 中法(无锡)产业合作园 (中新网 via bobobk 2023)
ZF = "中法(无锡)产业合作园"
D0 = "7月18日,中法(无锡)产业合作园启动暨重大项目签约仪式在江苏无锡举行。活动现场,6个法资重大项目完成签约,总投资超10亿美元"
D1 = "多年来,达能、佛吉亚、法雷奥、施耐德、罗格朗等法资龙头企业持续加码无锡,共计投资45个项目"
G["nd04"] = dict(
 article=art("中法(无锡)产业合作园揭牌 超10亿美元重大项目签约", "中国新闻网（中新网，记者 孙权），载于 blog.bobobk.com", "2023-07-19", "day",
  "National news agency's web item relayed by a mirror site, Jiangsu: a Sino-French cooperation park launched with six French-funded projects signed (over US$1bn), French firms' earlier investment in the city, officials' remarks",
  "https://blog.bobobk.com/financial/2023/07-19/10045789.html",
  "日期取中新网电头“无锡7月19日电”与网址 2023/07-19。标题照录；图片说明“中法(无锡)产业合作园揭牌启动。 张立伟 摄”已删。存段末段在法国驻沪总领事引语“…发展空间广阔、前景”处中断；该段保留到“…江苏是法国企业在华投资最多的省份之一。”，其后的引语（含一整句与中断的半句）删去（make_txt.py LINE_SUFFIX），正文共五段。园区：中法(无锡)产业合作园（无锡，江苏）。项目：6个法资重大项目未具名，不列项目；金额记为园区签约事实（超10亿美元）。公司：达能、佛吉亚、法雷奥、施耐德、罗格朗为在无锡投资的法资企业（园区未说，可选）。事实：签约6个、总投资超10亿美元；法资企业在无锡共投资45个项目（可选）。",
  "nd04"),
 parks=[
  park(ZF, "无锡", "江苏", "国际合作产业园（中法）", D0, note="文中又作“合作园”"),
 ],
 companies=[
  comp("达能", None, D1, opt=True, note="在无锡投资的法资企业；园区未说"),
  comp("佛吉亚", None, D1, opt=True, note="同上"),
  comp("法雷奥", None, D1, opt=True, note="同上"),
  comp("施耐德", None, D1, opt=True, note="同上"),
  comp("罗格朗", None, D1, opt=True, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZF, "park", "projects_signed", 6, "count", D0, "2023-07-18", note="法资重大项目（先期入园项目）"),
  fact(ZF, "park", "signed_investment_usd", 1e9, "usd", "总投资超10亿美元", "2023-07-18", qual="超", qtext="超"),
  fact("无锡市", "region", "french_invested_projects", 45, "count", D1, "2023年7月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- nd05 闽侯县 橄榄节招商会 (中新网 via 新浪 2011)
HX = "海西高新技术产业园"
E0 = "福建英孚集成电路有限公司、福建英智电路有限公司等外资项目落户,海西高新技术产业园“洼地”效应开始显现"
E1 = "上街根雕生产基地、海西奥特莱斯城市综合体、福建英智电路有限公司、福建戴姆勒研发中心、福建同源原动力有限公司、悍能(福州)机械有限公司以及福建豪峰金属制品有限公司等7个项目正式动建"
E2 = "本届招商会上,该县落实签约项目61项,其中外资项目13项,总投资6.04亿美元,利用外资2.64亿美元;内资项目48项,总投资111.43亿元人民币"
AS5 = "2011-05-16"
G["nd05"] = dict(
 article=art("福州闽侯县举办橄榄节招商会 61个项目签约落户", "中国新闻网（中新网，张羽 陈宗兴），载于 news.sina.com.cn", "2011-05-16", "day",
  "National news agency's web item on a portal, Fujian: a county's investment fair — projects signed (foreign-funded with US-dollar totals, domestic), foreign firms landing in a high-tech park, seven named projects breaking ground, projects started and in production during the fair",
  "http://news.sina.com.cn/o/2011-05-16/174522474195.shtml",
  "日期取页面“2011年05月16日17:45 中国新闻网”。标题照录；“跳转到正文内容”、日期来源行与页尾已删；末尾“(完)”已删（make_txt.py LINE_SUFFIX）。正文四段，完整。园区：海西高新技术产业园（福州市闽侯县，福建）。闽侯县为县，不作园区。公司：福建英孚集成电路有限公司、福建英智电路有限公司（“外资项目落户,海西高新技术产业园…”，园区由语境推定）；福建同源原动力有限公司、悍能(福州)机械有限公司、福建豪峰金属制品有限公司（动建项目，园区未说）。项目：7个动建项目（正式动建→开工），福建英智电路有限公司项目的园区推定为海西高新技术产业园，其余园区未说；福建英孚集成电路有限公司项目“落户”（无状态，可选）。事实：闽侯县签约61项；外资13项、总投资6.04亿美元、利用外资2.64亿美元；内资48项、111.43亿元；千万美元以上11个；海交会期间45个动工、18个投产。",
  "nd05"),
 parks=[
  park(HX, "福州", "福建", "高新技术产业园", E0, district="闽侯县"),
 ],
 companies=[
  comp("福建英孚集成电路有限公司", HX, E0, note="外资项目落户；园区由语境推定"),
  comp("福建英智电路有限公司", HX, E0, note="外资项目落户并动建；园区由语境推定"),
  comp("福建同源原动力有限公司", None, E1, note="动建项目；园区未说"),
  comp("悍能(福州)机械有限公司", None, E1, note="动建项目；园区未说"),
  comp("福建豪峰金属制品有限公司", None, E1, note="动建项目；园区未说"),
 ],
 projects=[
  proj("上街根雕生产基地", None, E1, status="开工", status_text="正式动建"),
  proj("海西奥特莱斯城市综合体", None, E1, status="开工", status_text="正式动建"),
  proj("福建英智电路有限公司", HX, E1, companies=["福建英智电路有限公司"], status="开工", status_text="正式动建", note="项目名即企业名；园区由上段推定"),
  proj("福建戴姆勒研发中心", None, E1, status="开工", status_text="正式动建"),
  proj("福建同源原动力有限公司", None, E1, companies=["福建同源原动力有限公司"], status="开工", status_text="正式动建", note="项目名即企业名"),
  proj("悍能(福州)机械有限公司", None, E1, companies=["悍能(福州)机械有限公司"], status="开工", status_text="正式动建", note="项目名即企业名"),
  proj("福建豪峰金属制品有限公司", None, E1, companies=["福建豪峰金属制品有限公司"], status="开工", status_text="正式动建", note="项目名即企业名"),
  proj("福建英孚集成电路有限公司", HX, E0, companies=["福建英孚集成电路有限公司"], opt=True, note="外资项目落户；无状态"),
 ],
 aggregate_facts=[
  fact("闽侯县", "region", "projects_signed", 61, "count", E2, AS5),
  fact("闽侯县", "region", "foreign_projects_signed", 13, "count", E2, AS5),
  fact("闽侯县", "region", "foreign_projects_investment_usd", 6.04e8, "usd", "其中外资项目13项,总投资6.04亿美元", AS5),
  fact("闽侯县", "region", "fdi_utilized_usd", 2.64e8, "usd", "利用外资2.64亿美元", AS5, opt=True, note="签约项目拟利用外资"),
  fact("闽侯县", "region", "domestic_projects_signed", 48, "count", "内资项目48项,总投资111.43亿元人民币", AS5, opt=True),
  fact("闽侯县", "region", "domestic_projects_investment_cny", 1.1143e10, "cny", "内资项目48项,总投资111.43亿元人民币", AS5, chk=True, opt=True),
  fact("闽侯县", "region", "projects_over_10m_usd", 11, "count", "总投资千万美元以上的项目达11个", AS5, opt=True),
  fact("闽侯县", "region", "projects_started", 7, "count", E1, AS5),
  fact("闽侯县", "region", "projects_started", 45, "count", "闽侯县共有45个项目动工,18个项目建成投产", "2011年海交会期间", kind="cumulative"),
  fact("闽侯县", "region", "projects_in_production", 18, "count", "闽侯县共有45个项目动工,18个项目建成投产", "2011年海交会期间", kind="cumulative"),
 ])

# ---------------------------------------------------------------- nd06 广州开发区 现代汽车氢燃料电池 (001ce 2021)
GZ = "广州开发区"
F0 = "1月15日,广州开发区与现代汽车集团签订投资合作协议,将在园区设立现代汽车氢燃料电池系统(广州)有限公司,建设氢燃料电池系统项目"
F1 = "新工厂将于2月末正式奠基,计划于2022年下半年投入批量化生产,初期规划年产能6500套"
F2 = "目前,广州开发区有外资企业3600多家,世界500强投资项目197个"
F3 = "LG、卡尔蔡司、阿斯利康、松下、玛氏箭牌、3M、默克等知名跨国企业均在近年新设项目或新增产线"
F4 = "2020年前11个月,该区新设外资项目164个,同比上升6.49%;实际利用外资25.47亿美元,同比增长39.43%"
F5 = "预计到2025年,广州开发区全区行业产值可望突破200亿元,2030年行业产值目标将突破1000亿元"
G["nd06"] = dict(
 article=art("2020年国家级经开区稳外资乘势而上 利用外资同比增长", "001ce.com（原发媒体与署名未注明）", "2021-02-23", "day",
  "News site item, national with a Guangdong case: national economic zones' foreign investment in 2019, then a zone's hydrogen fuel-cell project with Hyundai (agreement signed, groundbreaking and production planned), the zone's hydrogen-industry output targets, foreign firms and 2020 foreign-investment figures",
  "http://www.001ce.com/gouwu/2021/0223/100022239.html",
  "日期取网址 2021/0223。标题照录。存段末行“2020年12月,世界知名的气动元件研发与制造商SMC第一”在句中中断，整行删去（make_txt.py ITEMS），正文截至“…广州市的40%。”，共四段。园区：广州开发区（广州，广东；文中又作“园区”“该区”）。“国家级经开区”为泛称，218家经开区的数字不计。公司：现代汽车集团（签约方，园区未说）；现代汽车氢燃料电池系统(广州)有限公司（将在园区设立）；LG 等七家“在近年新设项目或新增产线”，在园，可选。项目：氢燃料电池系统项目（签订投资合作协议→签约；计划2月末奠基、2022年下半年量产；无金额）。事实：外资企业3600多家、世界500强投资项目197个；2020年前11个月新设外资项目164个、实际利用外资25.47亿美元及增速（cumulative / ratio）；氢能行业产值2025年突破200亿元、2030年突破1000亿元（target）；项目初期年产能6500套（可选）。",
  "nd06"),
 parks=[
  park(GZ, "广州", "广东", "国家级经济技术开发区", F0, note="文中又作“园区”“该区”"),
 ],
 companies=[
  comp("现代汽车集团", None, F0, note="签约方；外方母公司，园区未说"),
  comp("现代汽车氢燃料电池系统(广州)有限公司", GZ, F0, note="将在园区设立"),
  comp("LG", GZ, F3, opt=True), comp("卡尔蔡司", GZ, F3, opt=True), comp("阿斯利康", GZ, F3, opt=True),
  comp("松下", GZ, F3, opt=True), comp("玛氏箭牌", GZ, F3, opt=True), comp("3M", GZ, F3, opt=True), comp("默克", GZ, F3, opt=True),
 ],
 institutions=[
  inst("商务部", "在商务部此前举行的2020年国家级经开区考核评价结果专题发布会上"),
 ],
 projects=[
  proj("氢燃料电池系统项目", GZ, F0, companies=["现代汽车集团", "现代汽车氢燃料电池系统(广州)有限公司"], status="签约", status_text="签订投资合作协议",
       note="计划2月末奠基、2022年下半年量产；无金额"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "foreign_firms", 3600, "count", F2, "2021年初", qual="余", qtext="多"),
  fact(GZ, "park", "fortune500_projects", 197, "count", F2, "2021年初", kind="cumulative"),
  fact(GZ, "park", "new_foreign_projects", 164, "count", F4, "2020年1–11月", kind="cumulative"),
  fact(GZ, "park", "new_foreign_projects_yoy_growth", 0.0649, "ratio", "同比上升6.49%", "2020年1–11月", kind="ratio", opt=True),
  fact(GZ, "park", "actual_fdi_usd", 2.547e9, "usd", "实际利用外资25.47亿美元,同比增长39.43%", "2020年1–11月", kind="cumulative"),
  fact(GZ, "park", "actual_fdi_yoy_growth", 0.3943, "ratio", "实际利用外资25.47亿美元,同比增长39.43%", "2020年1–11月", kind="ratio"),
  fact(GZ, "park", "hydrogen_industry_output_cny", 2e10, "cny", "全区行业产值可望突破200亿元", "2025年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(GZ, "park", "hydrogen_industry_output_cny", 1e11, "cny", "2030年行业产值目标将突破1000亿元", "2030年（目标）", kind="target", qual="超", qtext="突破", chk=True, opt=True),
  fact("氢燃料电池系统项目", "project", "annual_capacity_units", 6500, "count", F1, "投产初期（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nd07 上海日本中小企业产业园 (中新社 via kantsuu 2012)
RB = "上海日本中小企业产业园"
JS = "金山工业区"
H0 = "专门为日本中小企业“量身度做”的特色产业园区——上海日本中小企业产业园,受到不少中小型日企的青睐"
H1 = "该园区坐落在上海的市级工业区金山工业区内,集中引进日本企业或日资企业"
H2 = "截至2011年年底,上海累计吸引日本投资企业8800家,日本成为上海外商投资的第二大来源地"
H3 = "2011年上海吸引日本投资企业达到645家,同比增长14%;合同吸收日资20.53亿美元,同比增长58%"
G["nd07"] = dict(
 article=art("灾后不少日本中小企业纷纷将目光投向中国", "中新社（记者 陈婷婷），载于 news.kantsuu.com（贯通日本）", "2012-04-18", "day",
  "News-agency story on a Japan-community portal, Shanghai: after the 2011 earthquake Japanese SMEs look to China — a district's investment briefing, the city's Japanese-invested firms and contract capital, a Japan-SME park inside a municipal industrial zone",
  "http://news.kantsuu.com/201205/20120515085013_214366.shtml",
  "日期取中新社电头“上海4月18日电”；转载页“更新:2012-5-15 8:50:13”。标题照录；面包屑、作者来源行已删。存段末句“同时因为地处上海郊区…特别受到日本中小型企业”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…等各种便利。”，共七段。“量身度做”原文如此，照录。园区：上海日本中小企业产业园（金山区，上海；文中又作“该园区”“这个特色园区”），坐落在金山工业区内（parent）；金山工业区（市级工业区；文中又作“该工业区”）。无具名企业与项目。事实均为上海市数（region）：截至2011年底日本投资企业8800家（cumulative）；2011年新增645家、增14%，合同日资20.53亿美元、增58%；2012年1–3月日本对沪投资1.77亿美元。",
  "nd07"),
 parks=[
  park(RB, "上海", "上海", "特色产业园区（日资）", H0, district="金山区", parent=JS, note="文中又作“该园区”“这个特色园区”"),
  park(JS, "上海", "上海", "市级工业区", H1, district="金山区", note="文中又作“该工业区”"),
 ],
 companies=[],
 institutions=[
  inst("上海市商务委", "上海市商务委提供的数据显示"),
 ],
 projects=[],
 aggregate_facts=[
  fact("上海", "region", "japanese_invested_firms", 8800, "count", H2, "2011年末", kind="cumulative"),
  fact("上海", "region", "new_japanese_invested_firms", 645, "count", H3, "2011年"),
  fact("上海", "region", "new_japanese_invested_firms_yoy_growth", 0.14, "ratio", H3, "2011年", kind="ratio", opt=True),
  fact("上海", "region", "contracted_japanese_investment_usd", 2.053e9, "usd", "合同吸收日资20.53亿美元,同比增长58%", "2011年"),
  fact("上海", "region", "contracted_japanese_investment_yoy_growth", 0.58, "ratio", "合同吸收日资20.53亿美元,同比增长58%", "2011年", kind="ratio", opt=True),
  fact("上海", "region", "japanese_investment_usd", 1.77e8, "usd", "今年1至3月份,日本对上海的投资额达到1.77亿美元", "2012年1–3月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- nd08 襄阳光彩台商产业园 (中国台湾网 2012)
XY = "襄阳光彩台商产业园"
K0 = "9月26日,两家台湾企业与彩诚投资实业公司旗下的襄阳光彩台商产业园签约"
K1 = "台湾春秋光源科技有限公司将投资1.5亿元生产汽车零部件"
K2 = "台湾能源科技股份有限公司将投资2亿美元生产苹果手机电子屏"
K3 = "正在建设的襄阳光彩台商产业园,已有60余家企业签约入驻。该产业园总投资20亿元,规划占地约2000亩"
K4 = "该项目全面建成后,将至少吸引150余家台商中小企业入驻,解决就业2万余人,实现工业产值300多亿元"
AS8 = "2012年9月"
G["nd08"] = dict(
 article=art("两家台资企业落户襄阳光彩台商产业园", "中国台湾网（襄阳市台办通讯员 陈莉 施晓芳）", "2012-09-28", "day",
  "Taiwan-affairs news site, Hubei: two Taiwanese firms sign with a Taiwan-business park (amounts in yuan and US dollars, expected tax and jobs), the park's developer, firms signed so far, total investment, land and full-build targets",
  "http://taiwan.cn/local/dfkx/201209/t20120928_3139794.html",
  "日期取页面“时间:2012-09-28 11:18 来源:中国台湾网”。标题照录；时间来源行与页尾“编辑:李瑞艳”及栏目链接已删；署名在正文末，保留。正文两段，完整。园区：襄阳光彩台商产业园（襄阳，湖北；在建；文中又作“该产业园”“该项目”）。公司：台湾春秋光源科技有限公司、台湾能源科技股份有限公司（与园区签约，在园）；彩诚投资实业公司（园区开发方，“旗下的”，park 记园区，可选）。项目：两家企业的项目文中未具名，按 real52 zv02 以企业名作项目名（签约；1.5亿元；2亿美元，investment_currency usd）。园区本身“总投资20亿元”，文中称“该项目”，列为可选项目，并记园区事实。事实：两个项目税收突破5000万元、新增就业5000人（target，可选）；已有60余家企业签约入驻（cumulative）；规划占地约2000亩（工业厂房1700亩、配套300亩可选）；建成后至少150余家入驻、就业2万余人、工业产值300多亿元（target；“300多亿元”不能按数字+亿元解析，metric 不带 _cny，可选）。",
  "nd08"),
 parks=[
  park(XY, "襄阳", "湖北", "台商产业园", K0, note="在建；文中又作“该产业园”"),
 ],
 companies=[
  comp("台湾春秋光源科技有限公司", XY, K1, note="与园区签约"),
  comp("台湾能源科技股份有限公司", XY, K2, note="与园区签约"),
  comp("彩诚投资实业公司", XY, K0, opt=True, note="园区开发方（“旗下的”）"),
 ],
 projects=[
  proj("台湾春秋光源科技有限公司", XY, K1, companies=["台湾春秋光源科技有限公司"], inv="投资1.5亿元", status="签约", status_text="签约",
       note="项目名即企业名；生产汽车零部件"),
  proj("台湾能源科技股份有限公司", XY, K2, companies=["台湾能源科技股份有限公司"], inv="投资2亿美元", currency="usd", value=2e8,
       status="签约", status_text="签约", note="项目名即企业名；生产苹果手机电子屏；金额为美元"),
  proj("襄阳光彩台商产业园", None, K3, companies=["彩诚投资实业公司"], inv="总投资20亿元", status="在建", status_text="正在建设", opt=True,
       note="园区开发项目（文中称“该项目”）"),
 ],
 aggregate_facts=[
  fact("台湾春秋光源科技有限公司", "company", "expected_tax_cny", 5e7, "cny", "两个项目完成后,税收将突破5000万元,新增就业5000人", "项目完成后（预期）",
       kind="target", qual="超", qtext="突破", chk=True, opt=True, note="两个项目合计；subject 取两家之一"),
  fact(XY, "park", "firms_signed", 60, "count", "已有60余家企业签约入驻", AS8, kind="cumulative", qual="余", qtext="余"),
  fact(XY, "park", "total_investment_cny", 2e9, "cny", "该产业园总投资20亿元,规划占地约2000亩", AS8, chk=True),
  fact(XY, "park", "planned_area_mu", 2000, "mu", "规划占地约2000亩", AS8, qual="约", qtext="约"),
  fact(XY, "park", "industrial_land_mu", 1700, "mu", "其中工业厂房建设用地约1700亩", AS8, qual="约", qtext="约", opt=True),
  fact(XY, "park", "expected_firms", 150, "count", K4, "全面建成后（预期）", kind="target", qual="余", qtext="至少…余", opt=True),
  fact(XY, "park", "expected_jobs", 20000, "count", K4, "全面建成后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact(XY, "park", "expected_industrial_output", 3e10, "cny", K4, "全面建成后（预期）", kind="target", qual="余", qtext="多", opt=True,
       note="“300多亿元”；metric 不带 _cny 因金额写法无法解析"),
 ])
