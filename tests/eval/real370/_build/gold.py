# real370 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all nine items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts
# (chk=True asserts the evidence amount). Projects: the park the text places the project in, null if none (a county is not a
# park). Status from the text's words (签约 / 签约进驻 → 签约; 开建 / 开工 → 开工; 兴建 / 建设工地 → 在建; 谋划 → planned;
# “重点推进” alone → no status). Expected output / sales after completion are kind target. Sources: `search` (corpus pages)
# excerpts typed into _raw/pages/neNN.raw as returned.

# ---------------------------------------------------------------- ne01 大同开发区 医药项目 (touzi888 2015)
DT = "大同开发区"
A1 = "一是重点推进总投资1.5亿元的惠瑞药业年产1亿支冻干粉针生产线"
A2 = "二是总投资1.7亿元的振东泰盛大小容量注射剂、无菌粉针剂、无菌冻干粉针剂生产车间质量升级改造"
A3 = "三是总投资9800万元的威奇达光明制药EPO生物制剂生产线搬迁改造"
A4 = "四是总投资5889万元的普德药业药品公共检验检测平台建设"
A5 = "五是总投资3.3亿元的同达药业扩建制剂生产线项目"
G["ne01"] = dict(
 article=art("大同开发区加快推进医药和特色食品产业发展", "sx.touzi888.net（投资网山西站；发布者“tz34”，原发媒体未注明）", "2015-11-09", "day",
  "Investment portal relaying a zone's own report, Shanxi: a development zone's pharmaceutical push — five named drug-maker projects with their investment and capacities",
  "http://sx.touzi888.net/news/view.html?id=1021",
  "日期取页面“2015年11月09日 00:00:00tz34浏览量:301次”（该行已删）。标题照录。正文为一段（页面原样一行）。存段在第五项末“全年新增片剂30亿片,…中药提取20吨,重”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…原料药生产线2条。”。园区：大同开发区（标题；正文作“我区”；大同市，山西；级别未说）。五个项目均以“一是…五是”列出，动词只有“重点推进”（第一项），不定状态（status null）；项目名照录（第二、三、四项为改造 / 建设内容）；金额 1.5亿元、1.7亿元、9800万元、5889万元、3.3亿元。公司：惠瑞药业、振东泰盛、威奇达光明制药、普德药业、同达药业，园区由“我区”推定为大同开发区。产能、建筑面积等不列事实（项目内容）。",
  "ne01"),
 parks=[
  park(DT, "大同", "山西", "开发区", "大同开发区加快推进医药和特色食品产业发展", note="正文作“我区”"),
 ],
 companies=[
  comp("惠瑞药业", DT, A1, note="园区由“我区”推定"),
  comp("振东泰盛", DT, A2, note="同上"),
  comp("威奇达光明制药", DT, A3, note="同上"),
  comp("普德药业", DT, A4, note="同上"),
  comp("同达药业", DT, A5, note="同上"),
 ],
 projects=[
  proj("惠瑞药业年产1亿支冻干粉针生产线", DT, A1, companies=["惠瑞药业"], inv="总投资1.5亿元", status_text="重点推进", note="“重点推进”不定状态"),
  proj("振东泰盛大小容量注射剂、无菌粉针剂、无菌冻干粉针剂生产车间质量升级改造", DT, A2, companies=["振东泰盛"], inv="总投资1.7亿元"),
  proj("威奇达光明制药EPO生物制剂生产线搬迁改造", DT, A3, companies=["威奇达光明制药"], inv="总投资9800万元"),
  proj("普德药业药品公共检验检测平台建设", DT, A4, companies=["普德药业"], inv="总投资5889万元"),
  proj("同达药业扩建制剂生产线项目", DT, A5, companies=["同达药业"], inv="总投资3.3亿元"),
 ],
 aggregate_facts=[
  fact("振东泰盛大小容量注射剂、无菌粉针剂、无菌冻干粉针剂生产车间质量升级改造", "project", "site_area_mu", 450, "mu", "原料药300吨的生产线,占地450亩", "2015年11月", opt=True),
 ])

# ---------------------------------------------------------------- ne02 修正药业集团医药科技产业园 (xuannaer 2017)
YG = "医药高新区"
XZ = "修正药业集团医药科技产业园"
B0 = "修正药业在医药高新区投资30亿元建设修正药业集团医药科技产业园项目"
G["ne02"] = dict(
 article=art("（无标题）修正药业集团医药科技产业园项目", "jl.xuannaer.com.cn（“来源:招商网络”；原发媒体与署名未注明）", "2017-05-16", "day",
  "Regional site relaying an investment-promotion profile, Jilin: a drug-maker's science park project in a pharmaceutical high-tech zone — investment, area, buildings, expected sales and profit-tax",
  "http://jl.xuannaer.com.cn/2017-05-16/549487.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2017-05-16。“来源:招商网络”“展开”两行已删；正文四段，完整。园区：“医药高新区”（文中只作此名；“推动通化市医药产业集群建设”——推定为通化医药高新区，吉林；名称照录，不补全称）；修正药业集团医药科技产业园本身是园区型项目（“园区内还建有…”“该园区建成投产后”），列可选园区，母园区医药高新区。项目：修正药业集团医药科技产业园项目——投资30亿元，无状态词（status null）。公司：修正药业（园区医药高新区）。事实：项目占地420亩、规划建筑面积30万平方米（可选）；建成后年新增销售收入50亿元、利税6亿元（target，subject 项目）。",
  "ne02"),
 parks=[
  park(YG, "通化", "吉林", "医药高新区", B0, note="文中只作“医药高新区”；城市由“通化市医药产业集群”推定"),
  park(XZ, "通化", "吉林", "企业园区（医药科技产业园）", B0, parent=YG, opt=True, note="园区型项目；文中又作“园区”“该园区”"),
 ],
 companies=[
  comp("修正药业", YG, B0, note="项目名中作“修正药业集团”"),
 ],
 projects=[
  proj("修正药业集团医药科技产业园项目", YG, B0, companies=["修正药业"], inv="投资30亿元"),
 ],
 aggregate_facts=[
  fact("修正药业集团医药科技产业园项目", "project", "site_area_mu", 420, "mu", "修正药业集团医药科技产业园项目占地面积420亩,规划建筑面积30万平方米", "2017年5月", opt=True),
  fact("修正药业集团医药科技产业园项目", "project", "floor_area_m2", 3e5, "m2", "规划建筑面积30万平方米", "2017年5月（规划）", kind="target", opt=True),
  fact("修正药业集团医药科技产业园项目", "project", "expected_annual_sales_cny", 5e9, "cny", "项目整体建成后,年可新增销售收入50亿元,利税6亿元", "建成后（预期）", kind="target", chk=True),
  fact("修正药业集团医药科技产业园项目", "project", "expected_annual_profit_tax_cny", 6e8, "cny", "利税6亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ne03 浏阳经开区 健康生态科技产业园 (长沙晚报 via 华夏经纬网 2018)
LY = "浏阳经开区"
JK = "长沙(国际)健康生态科技产业园"
C0 = "其启建意味着中铁昊天控股有限公司投资百亿元的长沙(国际)健康生态科技产业园项目正式落地开工"
C1 = "长沙(国际)健康生态科技产业园样板区日前正式开建"
C2 = "项目投产后五年内产值将突破500亿元,税收将达到40亿元以上"
G["ne03"] = dict(
 article=art("浏阳经开区百亿元建健康生态科技产业园 为生物医药产业链强筋骨", "长沙晚报（记者 周辉霞 通讯员 章文正），载于华夏经纬网 gd.huaxia.com（长沙市人民政府台湾事务办事处“园区介绍”栏）", "2018-02-07", "day",
  "City evening paper relayed by a Taiwan-affairs portal, Hunan: a national zone's health-products park project breaks ground — the investor and its 10-billion investment, the pilot area, firms to be brought in, expected output and tax",
  "https://gd.huaxia.com/c/2018/02/07/687366.shtml",
  "日期取页面“发布时间:2018-02-07 11:16:29”。标题照录；栏目行、发布时间行与页脚（办事处名、邮箱、版权）已删。正文两段，完整。园区：浏阳经开区（浏阳经济技术开发区，长沙市浏阳市，湖南；文中称“中西部地区第一个国家级生物产业基地”）；长沙(国际)健康生态科技产业园为园区型项目，列可选园区，母园区浏阳经开区（“浏阳经开区…引进该项目”）。项目：长沙(国际)健康生态科技产业园项目——中铁昊天控股有限公司“投资百亿元”（investment_cny 1e10；文字“百亿元”，check_gold 亦读作 100亿元），“正式落地开工”→开工；其样板区“正式开建”（约90亩）列可选项目，开工。事实：一期引进20家以上企业（target，余/以上→超，可选）；投产后五年内产值突破500亿元、税收40亿元以上（target，超）。",
  "ne03"),
 parks=[
  park(LY, "长沙", "湖南", "经济技术开发区", "浏阳经开区是中西部地区第一个国家级生物产业基地", district="浏阳市", note="国家级生物产业基地"),
  park(JK, "长沙", "湖南", "产业园（健康生态科技）", C0, district="浏阳市", parent=LY, opt=True, note="园区型项目；母园区由“浏阳经开区…引进该项目”推定"),
 ],
 companies=[
  comp("中铁昊天控股有限公司", LY, C0, note="项目投资方；园区由语境推定"),
 ],
 projects=[
  proj("长沙(国际)健康生态科技产业园项目", LY, C0, companies=["中铁昊天控股有限公司"], inv="投资百亿元", value=1e10,
       status="开工", status_text="正式落地开工", note="“百亿元”＝100亿元"),
  proj("长沙(国际)健康生态科技产业园样板区", LY, C1, companies=["中铁昊天控股有限公司"], status="开工", status_text="正式开建", opt=True,
       note="约90亩，保健食品研发中试及GMP生产基地"),
 ],
 aggregate_facts=[
  fact("长沙(国际)健康生态科技产业园样板区", "project", "site_area_mu", 90, "mu", "该样板区约有90亩", "2018年2月", qual="约", qtext="约", opt=True),
  fact("长沙(国际)健康生态科技产业园项目", "project", "firms_to_attract", 20, "count", "该项目一期将引进20家以上国际国内知名品牌的医药生物、保健品、健康食品企业落户", "一期（计划）", kind="target", qual="超", qtext="以上", opt=True),
  fact("长沙(国际)健康生态科技产业园项目", "project", "expected_annual_output_cny", 5e10, "cny", C2, "投产后五年内（预期）", kind="target", qual="超", qtext="突破", chk=True),
  fact("长沙(国际)健康生态科技产业园项目", "project", "expected_annual_tax_cny", 4e9, "cny", "税收将达到40亿元以上", "投产后五年内（预期）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- ne04 光谷生物城 前沿生物技术产业园 (长江商报 2020)
GG = "光谷生物城"
GJ = "国际生命健康园"
QY = "前沿生物技术产业园"
D0 = "共有32个产业项目签署投资协议,总投资额277亿元,其中包括人福医药集团、中源协和、东阳光药、开立医疗、嘉必优、中源协和等多家上市企业项目"
D1 = "中源协和、波睿达、纽福斯、滨会生物、凯瑞康宁等5家企业作为首批入驻企业与光谷生物城签署了入驻前沿生物技术产业园协议"
D2 = "光谷生物城对外发布,在国际生命健康园规划建设前沿生物技术产业园"
AS4 = "2020年9月24日（集中签约）"
G["ne04"] = dict(
 article=art("第十三届中国生物产业大会武汉开幕 32个项目签署投资协议总投资277亿元", "长江商报（记者 陈妮希 通讯员 田瑶林），载于 cj.chenjian1982.cn（长江商报栏目页）", "2020-09-24", "day",
  "Business paper, Hubei: a national bio-industry conference in Wuhan — 32 health-industry projects signed with their total, listed firms among them, a science city announcing a frontier-biotech park inside its health park and five first tenants",
  "http://cj.chenjian1982.cn/2020/09/609617.html",
  "日期取页面“2020-09-24 11:23:08 来源:长江商报”。标题照录；面包屑、日期行、“责编:ZB”及页脚栏目已删。正文三段，完整。园区：光谷生物城（武汉，湖北；东湖高新区内，文中未说）；国际生命健康园（光谷生物城内，推定）；前沿生物技术产业园（“在国际生命健康园规划建设”，母园区国际生命健康园）。公司：中源协和、波睿达、纽福斯、滨会生物、凯瑞康宁——与光谷生物城签署入驻前沿生物技术产业园协议（园区前沿生物技术产业园）；人福医药集团、东阳光药、开立医疗、嘉必优——“上市企业项目”在省市集中签约中，园区未说（可选，park null）。中源协和在原文中重复出现，照录。项目：32个项目未逐一点名，不列；签约总数与总额记 subject “湖北省市大健康产业项目集中签约活动”（region）。",
  "ne04"),
 parks=[
  park(GG, "武汉", "湖北", "生物产业园区（科学城）", D2, note="文中又作“光谷生物城”一名"),
  park(GJ, "武汉", "湖北", "产业园（生命健康）", D2, parent=GG, note="母园区由语境推定"),
  park(QY, "武汉", "湖北", "产业园（前沿生物技术）", D2, parent=GJ, note="规划建设中；首批入驻企业5家"),
 ],
 companies=[
  comp("中源协和", QY, D1, note="首批入驻企业；又为省市集中签约中的上市企业项目"),
  comp("波睿达", QY, D1, note="首批入驻企业"),
  comp("纽福斯", QY, D1, note="首批入驻企业"),
  comp("滨会生物", QY, D1, note="首批入驻企业"),
  comp("凯瑞康宁", QY, D1, note="首批入驻企业"),
  comp("人福医药集团", None, D0, opt=True, note="集中签约的上市企业项目；园区未说"),
  comp("东阳光药", None, D0, opt=True, note="同上"),
  comp("开立医疗", None, D0, opt=True, note="同上"),
  comp("嘉必优", None, D0, opt=True, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact("湖北省市大健康产业项目集中签约活动", "region", "projects_signed", 32, "count", D0, AS4, note="省市合计，非园区"),
  fact("湖北省市大健康产业项目集中签约活动", "region", "signed_investment_cny", 2.77e10, "cny", "共有32个产业项目签署投资协议,总投资额277亿元", AS4, chk=True, note="省市合计，非园区"),
  fact(QY, "park", "firms_signed", 5, "count", D1, AS4, note="首批入驻企业签约"),
 ])

# ---------------------------------------------------------------- ne05 贵阳白云医疗器械产业园 (贵州省医疗器械行业协会 2021)
BY = "贵阳白云医疗器械产业园"
MJ = "麦架工业园区"
E0 = "贵阳白云医疗器械产业园建设项目位于白云区麦架工业园区"
E1 = "总投资约 9.2 亿"
E2 = "目前园区已有上海熠品、深圳宝润等5家医疗器械生产和检测平台企业签约入驻"
AS5 = "2021年7–8月"
G["ne05"] = dict(
 article=art("贵州首个医疗器械产业园在白云区兴建", "贵州省医疗器械行业协会网站 gpmda.cn（“新闻来源:贵州省医疗器械行业协会”；署名未注明）", "2021-08-25", "day",
  "Provincial trade-association site, Guizhou: the province's first medical-device park under construction inside an industrial park — site and floor area, investment, provincial key-project status, five device firms signed in, delivery dates",
  "http://gpmda.cn/NewsView.Asp?ID=2080&SortID=11",
  "日期取页面“发布时间:2021.08.25”（该行与重复的标题行已删）。标题照录。正文四段，完整。园区：贵阳白云医疗器械产业园（文中又作“贵阳市白云区医疗器械产业园”“园区”；贵阳市白云区，贵州），位于白云区麦架工业园区（母园区）。项目：贵阳白云医疗器械产业园建设项目——“总投资约 9.2 亿”（原文无“元”字，investment_text 照录，investment_cny 记 null，unparsed；约→约），建设工地施工中→在建；园区生产厂房2021年7月底、办公研发区2022年3月交付（计划）。公司：上海熠品、深圳宝润（签约入驻该园）。事实：已签约入驻企业5家；总用地140亩、总建筑面积约18.9万平方米（可选）。",
  "ne05"),
 parks=[
  park(BY, "贵阳", "贵州", "产业园（医疗器械）", E0, district="白云区", parent=MJ, aliases=["白云区医疗器械产业园"], note="贵州省第一个医疗器械产业园区"),
  park(MJ, "贵阳", "贵州", "工业园区", E0, district="白云区"),
 ],
 companies=[
  comp("上海熠品", BY, E2),
  comp("深圳宝润", BY, E2),
 ],
 projects=[
  proj("贵阳白云医疗器械产业园建设项目", MJ, "计容建筑面积约 15.6 万平方米,总投资约 9.2 亿", inv=E1, qual="约", qual_text="约", unparsed=True,
       status="在建", status_text="建设工地", note="原文“9.2 亿”无“元”字，金额不入 investment_cny；2020年贵州省重点建设项目"),
 ],
 aggregate_facts=[
  fact(BY, "park", "firms_signed", 5, "count", E2, AS5),
  fact(BY, "park", "site_area_mu", 140, "mu", "总用地面积 140 亩", AS5, opt=True),
  fact(BY, "park", "floor_area_m2", 1.89e5, "m2", "总建筑面积约 18.9 万平方米", AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ne06 成都天府国际生物城 四季度签约 (中国食品报 2022)
TF = "成都天府国际生物城"
F0 = "近日举行2022年第四季度“建圈强链”项目集中签约仪式,签约10个项目,总投资近90亿元"
F1 = "打造了总规模超80亿元的“1+2+X”产业基金生态群"
AS6 = "2022年第四季度（集中签约）"
G["ne06"] = dict(
 article=art("（无标题）成都天府国际生物城2022年第四季度“建圈强链”项目集中签约", "中国食品报（“本报讯”；署名存段未示），载于 cfoodw.com", "2022-10-13", "day",
  "National trade paper, Sichuan: a biotech city's fourth-quarter signing — 10 projects and their total, the split by type, functional platforms brought in, a fund family with its total size",
  "http://cfoodw.com/n/36716.html",
  "存段无标题（title 为编者概括）；日期取页面“2022-10-13 17:07 浏览量:11717 来源:中国食品报”（该行已删）。存段末段“下一步,…以3个100万平方米加快成型成势,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…保税进口服务能力的口岸。”，共五段。园区：成都天府国际生物城（成都，四川；文中又作“生物城”）。项目：10个签约项目未点名，不列。基金：“1+2+X”产业基金生态群，总规模超80亿元（size 8e9，超；是一组基金的合计规模）。事实：签约10个项目、总投资近90亿元（近→约）；5个重大产业化项目、5个重大创新研发项目（可选）；先后引进109个功能性平台（cumulative）；8个创新金融产品（可选）。",
  "ne06"),
 parks=[
  park(TF, "成都", "四川", "生物产业园区（生物城）", F0, aliases=["生物城"], note="文中又作“生物城”"),
 ],
 companies=[],
 funds=[
  fund("“1+2+X”产业基金生态群", TF, F1, size="总规模超80亿元", size_type="总规模", qual="超", note="一组产业基金的合计规模"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TF, "park", "projects_signed", 10, "count", F0, AS6),
  fact(TF, "park", "signed_investment_cny", 9e9, "cny", "签约10个项目,总投资近90亿元", AS6, qual="约", qtext="近", chk=True),
  fact(TF, "park", "industrialization_projects_signed", 5, "count", "包括5个重大产业化项目、5个重大创新研发项目", AS6, opt=True),
  fact(TF, "park", "rd_projects_signed", 5, "count", "包括5个重大产业化项目、5个重大创新研发项目", AS6, opt=True),
  fact(TF, "park", "functional_platforms", 109, "count", "先后引进109个功能性平台", "截至2022年10月", kind="cumulative"),
  fact(TF, "park", "innovative_financial_products", 8, "count", "并通过“Bio品种贷”等8个创新金融产品", "截至2022年10月", opt=True),
 ])

# ---------------------------------------------------------------- ne07 莱芜高新区 飞龙现代医药产业园 (新浪财经 relay 2023)
LW = "莱芜高新区"
LZ = "鲁中国际生物谷"
H0 = "莱芜高新区在北京举行飞龙现代医药产业园项目签约仪式,在莱芜区的鲁中国际生物谷投资30亿元建设生物医药项目"
H1 = "莱芜区重点打造的鲁中国际生物谷作为济南生物医药与大健康产业“双谷”的重要一极,目前已集聚高端药企44家,宏济堂中药产业园等一批大项目陆续进驻"
AS7 = "2023年4–5月"
G["ne07"] = dict(
 article=art("30亿元项目落户莱芜区", "新浪财经 finance.sina.com.cn 转载（“本报济南讯”，□记者 赵国陆 报道；原报名存段未示）", "2023-05-11", "day",
  "Provincial paper relayed by a finance portal, Shandong: a high-tech zone signs a 3-billion modern-medicine park project placed in a bio valley — investor, area, lines, expected sales and jobs, the valley's count of drug-makers",
  "https://finance.sina.com.cn/jjxw/2023-05-11/doc-imytkkuy9947131.shtml",
  "日期取网址 2023-05-11（签约在4月28日）。标题照录；署名行“□记者 赵国陆 报道”与新浪页面栏目已删。正文三段，完整。园区：莱芜高新区（济南市莱芜区，山东；签约方）；鲁中国际生物谷（“莱芜区重点打造的”，项目所在地）；两者隶属关系文中未说，不设 parent。项目：飞龙现代医药产业园项目——沈阳飞龙医药控股集团有限公司，“投资30亿元”（又“总投资30亿元”），签约；park 记鲁中国际生物谷（“在莱芜区的鲁中国际生物谷投资30亿元建设”）。宏济堂中药产业园——“陆续进驻”的大项目，可选项目，无金额无状态。事实：项目占地211亩（可选）；达产后销售收入215亿元（target）；新增就业1800人（target，可选）；鲁中国际生物谷集聚高端药企44家。",
  "ne07"),
 parks=[
  park(LW, "济南", "山东", "高新区", H0, district="莱芜区", note="签约方"),
  park(LZ, "济南", "山东", "生物医药园区（生物谷）", H0, district="莱芜区", note="项目所在地；与莱芜高新区关系文中未说"),
 ],
 companies=[
  comp("沈阳飞龙医药控股集团有限公司", LZ, "莱芜高新区与沈阳飞龙医药控股集团有限公司共同签订了《飞龙现代医药产业园项目合同书》", aliases=["飞龙集团"], note="项目投资方"),
 ],
 projects=[
  proj("飞龙现代医药产业园项目", LZ, H0, companies=["沈阳飞龙医药控股集团有限公司"], inv="投资30亿元", status="签约", status_text="签约仪式",
       aliases=["飞龙现代医药产业园"], note="莱芜高新区签约；建于鲁中国际生物谷"),
  proj("宏济堂中药产业园", LZ, H1, opt=True, note="“陆续进驻”的大项目；无金额"),
 ],
 aggregate_facts=[
  fact("飞龙现代医药产业园项目", "project", "site_area_mu", 211, "mu", "项目规划占地211亩", AS7, opt=True),
  fact("飞龙现代医药产业园项目", "project", "expected_annual_sales_cny", 2.15e10, "cny", "园区全部建成达产后,预计实现销售收入215亿元,新增就业1800人", "达产后（预期）", kind="target", chk=True),
  fact("飞龙现代医药产业园项目", "project", "expected_jobs", 1800, "count", "新增就业1800人", "达产后（预期）", kind="target", opt=True),
  fact(LZ, "park", "pharma_firms", 44, "count", H1, AS7),
 ])

# ---------------------------------------------------------------- ne08 中山生命科学园 开园 (人民日报客户端 2023)
ZS = "中山生命科学园"
K0 = "粤港澳大湾区已建成的、单体总投资最大的国际一流生物医药产业平台——中山生命科学园正式开园"
K1 = "该园区集生物医药研发、成果转化、人才培养、企业孵育为一体,总投资68亿元,占地268亩,建筑总面积71万平方米"
K2 = "开园仪式上,金准生物、再极医药、仕韫生物、暨安特博、诺生医疗等5个重点项目签约进驻"
AS8 = "2023年9月26日（开园）"
G["ne08"] = dict(
 article=art("中山生命科学园正式开园,粤港澳大湾区又添国际一流生物医药产业平台", "人民日报客户端广东频道（陈妍），peopleapp.com", "2023-09-28", "day",
  "National paper's app, provincial channel, Guangdong: a life-science park opens — its total investment, area and floor space, five named projects signed in at the opening, target industries, the builder",
  "https://www.peopleapp.com/column/30035404881-500000457122",
  "日期取页面“人民日报客户端广东频道陈妍2023-09-28 23:47”（该行已删；开园在9月26日）。标题照录；第二段开头的图片文件名“ca54ac05b21e948afc047763ba5be17.jpg”已删（make_txt.py INNER_PREFIX）；“责任编辑:程远州”“打开客户端发表评论”已删。正文三段，完整。园区：中山生命科学园（中山市，广东）。项目：中山生命科学园（园区建设本身，总投资68亿元，“已建成…正式开园”→竣工）；金准生物、再极医药、仕韫生物、暨安特博、诺生医疗——“5个重点项目签约进驻”，以企业名列为公司（园区中山生命科学园）并列可选项目（签约）。中建四局为承建方（可选，park null）。事实：占地268亩、建筑总面积71万平方米、签约进驻项目5个、建设历时1290天（可选）。",
  "ne08"),
 parks=[
  park(ZS, "中山", "广东", "生命科学园", K0, note="文中又作“该园区”"),
 ],
 companies=[
  comp("金准生物", ZS, K2, note="签约进驻"),
  comp("再极医药", ZS, K2, note="签约进驻"),
  comp("仕韫生物", ZS, K2, note="签约进驻"),
  comp("暨安特博", ZS, K2, note="签约进驻"),
  comp("诺生医疗", ZS, K2, note="签约进驻"),
  comp("中建四局", None, "中山生命科学园由中建四局承建", kind="contractor", opt=True, note="承建方"),
 ],
 projects=[
  proj("中山生命科学园", ZS, K1, inv="总投资68亿元", status="竣工", status_text="已建成…正式开园", note="园区建设项目"),
  proj("金准生物", ZS, K2, companies=["金准生物"], status="签约", status_text="签约进驻", opt=True, note="以企业名称作项目"),
  proj("再极医药", ZS, K2, companies=["再极医药"], status="签约", status_text="签约进驻", opt=True, note="同上"),
  proj("仕韫生物", ZS, K2, companies=["仕韫生物"], status="签约", status_text="签约进驻", opt=True, note="同上"),
  proj("暨安特博", ZS, K2, companies=["暨安特博"], status="签约", status_text="签约进驻", opt=True, note="同上"),
  proj("诺生医疗", ZS, K2, companies=["诺生医疗"], status="签约", status_text="签约进驻", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(ZS, "park", "site_area_mu", 268, "mu", K1, AS8),
  fact(ZS, "park", "floor_area_m2", 7.1e5, "m2", K1, AS8),
  fact(ZS, "park", "projects_signed", 5, "count", K2, AS8),
  fact(ZS, "park", "construction_days", 1290, "days", "自场地平整到交付开园历时1290天", AS8, opt=True),
 ])

# ---------------------------------------------------------------- ne09 涡阳县化工产业园 医药项目 (新华财经 2024)
WY = "涡阳县化工产业园"
M0 = "近期,安徽涡阳县人民政府成功签约正大经纬生物科技有限公司“生物酶法制备原料药及医药中间体项目"
M1 = "该项目一期工程总投资约3亿元,是涡阳县化工产业园的第一个入园项目"
M2 = "与安徽国方产业发展有限公司合作,谋划共建总投资30亿元的化工园区绿色医药产业园项目"
M3 = "新宇药业股份、南京九天、南京安美等一批重点项目正在加快洽谈"
G["ne09"] = dict(
 article=art("安徽涡阳县努力推动生物医药产业高质量发展", "新华财经（刘清；编辑 穆皓），cnfin.com", "2024-10-16", "day",
  "National financial news service, Anhui: a county's pharmaceutical-intermediate push — a biotech firm's project signed as the first in the county chemical park with its phase-1 investment, a planned green pharma park inside the chemical park with a partner and its investment, firms in talks",
  "https://www.cnfin.com/cmjj-lb/detail/20241016/4120560_1.html",
  "日期取页面“新华财经|2024年10月16日”（该行、“阅读量:”、图片文件名行、“编辑:穆皓”与声明行已删）。标题照录。正文五段，完整；第二段开引号“生物酶法制备…项目”无闭引号，原文如此。园区：涡阳县化工产业园（亳州市涡阳县，安徽；文中又作“涡阳县化工园区”“化工园区”，省级化工园区）。规划中的“高标准生物医药产业园”无专名，不列。项目：生物酶法制备原料药及医药中间体项目——正大经纬生物科技有限公司，签约，一期总投资约3亿元（phase 一期，约），“即将开工建设”（文中又作“年产500吨生物酶催化、原料药及中间体项目”，列 alias）；化工园区绿色医药产业园项目——与安徽国方产业发展有限公司“谋划共建”，总投资30亿元，planned，park 涡阳县化工产业园。公司：正大经纬（园区内）；安徽国方（合作方，可选，park null）；新宇药业股份、南京九天、南京安美（洽谈中，可选，park null）。涡阳县人民政府列可选机构。",
  "ne09"),
 parks=[
  park(WY, "亳州", "安徽", "化工园区（省级）", M1, district="涡阳县", aliases=["涡阳县化工园区"], note="文中又作“化工园区”"),
 ],
 companies=[
  comp("正大经纬生物科技有限公司", WY, M0, note="首个入园项目业主"),
  comp("安徽国方产业发展有限公司", None, M2, opt=True, note="合作方"),
  comp("新宇药业股份", None, M3, opt=True, note="洽谈中"),
  comp("南京九天", None, M3, opt=True, note="洽谈中"),
  comp("南京安美", None, M3, opt=True, note="洽谈中"),
 ],
 institutions=[
  inst("涡阳县人民政府", M0, note="签约方"),
 ],
 projects=[
  proj("生物酶法制备原料药及医药中间体项目", WY, M1, companies=["正大经纬生物科技有限公司"], inv="总投资约3亿元", qual="约", qual_text="约",
       phase="一期", status="签约", status_text="成功签约", aliases=["年产500吨生物酶催化、原料药及中间体项目"], note="一期工程投资；即将开工建设"),
  proj("化工园区绿色医药产业园项目", WY, M2, companies=["安徽国方产业发展有限公司"], inv="总投资30亿元", status="planned", status_text="谋划共建"),
 ],
 aggregate_facts=[],
)
