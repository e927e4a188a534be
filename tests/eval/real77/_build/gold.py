# real77 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none. Status from the text's words (开工 → 开工; 投产 / 投料开车成功 /
# 试运行 → 投产; 紧张抢工 / 在建 → 在建; 落地 alone → no status). Expected figures (“预计”, “建成后可”, “达产后将”, “全部投产
# 可”) are kind target; counts since a start date (“两年来”, “累计”) are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/yuNN.raw as returned (_raw/type_raw.py).

# ---------------------------------------------------------------- yu01 东方临港产业园 (新华社 2023, via ca-sme.org)
DF = "东方临港产业园"
A0 = "总投资50亿元的东方明阳新能源高端装备产业基地里,计划今年7月投产的海上风电叶片厂正紧张抢工"
A1 = "海洋石油富岛有限公司生产线上,400多名工人在赶春耕备耕化肥订单"
A2 = "年产20万吨的中国海油首套丙烯腈装置投料开车成功,预计年产值约28亿元"
A3 = "记者近日在海南自贸港重点园区——东方临港产业园看到,园区内生产建设一线一派生机勃勃的景象"
AS1 = "2023年2月"
G["yu01"] = dict(
 article=art("走进企业看信心丨“工期紧、订单多、生产忙”——海南自贸港重点园区生产建设一线见闻", "新华社（记者 王军锋 黎多江；新华社音视频部制作），载于 ca-sme.org（中国中小企业协会网“财经观点”栏）", "2023-02-23", "day",
  "National news agency's video story (its text), relayed by a national association site, Hainan: one free-trade-port park seen on the spot — a 5-billion-yuan equipment base under construction with a blade plant due in July, a fertiliser firm's line, a state oil group's first acrylonitrile unit started with its expected output",
  "https://ca-sme.org/content/Content/index/id/38026",
  "日期取页面“发布日期:2023-02-23 来源:新华社”。标题照录（“走进企业看信心丨”为新华社栏目名，属标题）。站点菜单、栏目名与日期来源行已删；正文两段，另有署名“记者:王军锋 黎多江”“新华社音视频部制作”两行，保留。完整（新华社视频稿的文字说明，较短）。园区：东方临港产业园（海南东方市；“海南自贸港重点园区”）。首段三处均在该园区（第二段“记者近日在…东方临港产业园看到”）。项目：东方明阳新能源高端装备产业基地（总投资50亿元；其海上风电叶片厂计划2023年7月投产、正紧张抢工→在建）；海上风电叶片厂列可选项目；中国海油首套丙烯腈装置（年产20万吨；投料开车成功→投产；预计年产值约28亿元为 target）。公司：海洋石油富岛有限公司（在园）；中国海油（装置业主，可选）。“明阳”只在基地名中，不另列公司。",
  "yu01"),
 parks=[
  park(DF, "东方", "海南", "产业园（临港）", A3, note="“海南自贸港重点园区”；文中又作“园区”"),
 ],
 companies=[
  comp("海洋石油富岛有限公司", DF, A1),
  comp("中国海油", DF, A2, opt=True, note="只在“中国海油首套丙烯腈装置”中"),
 ],
 projects=[
  proj("东方明阳新能源高端装备产业基地", DF, A0, inv="总投资50亿元", status="在建", status_text="正紧张抢工",
       note="其海上风电叶片厂计划2023年7月投产"),
  proj("海上风电叶片厂", DF, A0, status="在建", status_text="计划今年7月投产…正紧张抢工", opt=True,
       note="东方明阳新能源高端装备产业基地的一部分"),
  proj("中国海油首套丙烯腈装置", DF, A2, companies=["中国海油"], status="投产", status_text="投料开车成功",
       note="年产20万吨"),
 ],
 aggregate_facts=[
  fact("中国海油首套丙烯腈装置", "project", "expected_annual_output_cny", 2.8e9, "cny", A2, AS1 + "（预计）", kind="target",
       qual="约", qtext="约", chk=True),
  fact("中国海油首套丙烯腈装置", "project", "annual_capacity_t", 200000, "t", A2, AS1, opt=True),
 ])

# ---------------------------------------------------------------- yu02 江苏产业园区的调查 / 无锡高新区 (经济日报 2023, via fayiyi)
WX = "无锡高新区"
B0 = "江苏有18家国家高新区,数量居全国第一位,国家级创新型产业集群总数达19家"
B1 = "从31年前被批准成为国家级高新区,到14年前启动建设全国首个且唯一的国家传感网创新示范区,再到3年前物联网集群入选国家先进制造业集群,无锡高新区的成长刻度标注着中国物联网的发展高度"
G["yu02"] = dict(
 article=art("园区升级担当新角色——来自江苏产业园区的调查", "经济日报（存段未示署名），载于 m.fayiyi.com（“全球微头条”栏转载）", "2023-06-30", "day",
  "National economic daily's survey feature, Jiangsu (only its opening stored): the province's parks in general, its count of national high-tech zones and innovative clusters, and the first zone visited — 无锡高新区 with its IoT history",
  "http://m.fayiyi.com/finance/20230630/145368.html",
  "日期取页面“2023-06-30 09:29:18 来源: 经济日报”。标题行前的“全球微头条丨”为转载站栏目名，已删（make_txt.py HEAD_PREFIX）；“(资料图片)”行已删。存段在“‘万物皆可互联’,2009年国家提出建设‘感知中国’中心。同”处中断，残字“同”已删（LINE_SUFFIX），正文截至“…‘感知中国’中心。”，含小标题“聚起新兴产业集群”，共八段。全文是多园区调查（镇江、无锡、南通、苏州），存段只到第一个园区无锡高新区的开头，未点名企业与项目。园区：无锡高新区（江苏无锡；“31年前被批准成为国家级高新区”）；国家传感网创新示范区（无锡高新区14年前启动建设，可选，parent 无锡高新区）。事实：江苏国家高新区18家（region 江苏）；国家级创新型产业集群19家（可选）。“31年前/14年前/3年前”为时间，不计事实。",
  "yu02"),
 parks=[
  park(WX, "无锡", "江苏", "国家级高新区", B1, note="文中又作“高新区”"),
  park("国家传感网创新示范区", "无锡", "江苏", "创新示范区", B1, parent=WX, opt=True,
       note="由无锡高新区启动建设；是否算园区存疑"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("江苏", "region", "national_high_tech_zones", 18, "count", B0, "2023年6月"),
  fact("江苏", "region", "national_innovative_industrial_clusters", 19, "count", B0, "2023年6月", opt=True),
 ])

# ---------------------------------------------------------------- yu03 访五家高新区 (人民日报 2025, via slrbs.com)
SY = "沈阳高新区"
CD = "成都高新区"
C0 = "图为成都高新区云克药业核药生产基地正在试运行。"
C1 = "图为中航沈飞民用飞机有限责任公司厂区一隅。"
G["yu03"] = dict(
 article=art("访五家高新区 谈新质生产力(经济新方位·对话·2025加油干)", "人民日报（人民网-人民日报），载于 slrbs.com（首页 » 新闻频道 » 国内新闻）", "2025-02-06", "day",
  "National party daily's dialogue feature with five national high-tech zones (only the photo captions and the editor's note stored): firms pictured in 沈阳, 无锡 and 成都 high-tech zones, a nuclear-medicine base on trial run",
  "http://www.slrbs.com/news/guonei/2025-02-06/1558687.html",
  "日期取页面“2025-02-06 08:02:00 来源:人民网-人民日报”。标题照录（括号内为人民日报栏目名）。页面把每条图片说明和署名各重复一遍（中间隔一行“\">”），第二遍与“\">”行已删（make_txt.py DEDUP / ITEMS）；正文为五条图片说明及其署名、编者按两段与“——编  者”。存段随后只到第一个园区的栏题“天津滨海高新区——”、副题、署名和一个在“新”处中断的提问，整节删去（故天津滨海高新区不在正文中）。这是一篇五园区对话，不是单一园区稿。园区：无锡高新区、成都高新区（图片说明中）；沈阳高新区（只在图片署名“沈阳高新区管委会供图”中，列为园区）。公司：中航沈飞民用飞机有限责任公司（园区由“沈阳高新区管委会供图”推定为沈阳高新区，note 注明）；云克药业（成都高新区）；电科蓝天、湘钢（园区文中未说，park null）。项目：云克药业核药生产基地（成都高新区；正在试运行→投产）。无金额、无数字事实（“5家园区”是采访对象数，不计）。",
  "yu03"),
 parks=[
  park("无锡高新区", "无锡", "江苏", "国家级高新区", "图为无锡高新区内一家企业的技术人员在监控生产作业。"),
  park(CD, "成都", "四川", "国家级高新区", C0),
  park(SY, "沈阳", "辽宁", "国家级高新区", "沈阳高新区管委会供图", note="只在图片署名“沈阳高新区管委会供图”中；五家高新区之一"),
 ],
 companies=[
  comp("中航沈飞民用飞机有限责任公司", SY, C1, note="园区由图片署名“沈阳高新区管委会供图”推定"),
  comp("云克药业", CD, C0),
  comp("电科蓝天", None, "图为电科蓝天科研人员正在研制专门为我国南极科考站配套设计的新能源微电网系统。", note="园区文中未说"),
  comp("湘钢", None, "图为湘钢5米宽厚板厂轧制生产线正在生产。", note="园区文中未说"),
 ],
 institutions=[
  inst("沈阳高新区管委会", "沈阳高新区管委会供图", park=SY),
 ],
 projects=[
  proj("云克药业核药生产基地", CD, C0, companies=["云克药业"], status="投产", status_text="正在试运行"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- yu04 南浔·广安东西部扶贫协作产业园 (四川日报 2021, via 南方网)
NG = "南浔·广安东西部扶贫协作产业园"
D0 = "南浔·广安东西部扶贫协作产业园由浙江省湖州市南浔区城投集团、交投集团、新城集团三家国有企业以“分别取地、整体开发”方式建设"
D1 = "项目从签约到开工历时仅100天,规划面积630亩,计划总投资18亿元,已建成厂房19.7万平方米,在建15.5万平方米,建成后可实现年产值25亿元,带动1000余人就业"
D2 = "此外,园区内招引的龙头企业南洋电机正在抓紧装修,世友木业已投产"
AS4 = "2021年5月"
G["yu04"] = dict(
 article=art("南浔“牵手”广安 100天产业园开工", "四川日报（全媒体记者 文莎），载于南方网 economy.southcn.com", "2021-05-15", "day",
  "Provincial party daily relayed on another province's news portal, Sichuan: an east–west poverty-relief cooperation park built by three Zhejiang state firms — area, planned investment, floor space built and under construction, expected output and jobs, three firms entered (one in production)",
  "https://economy.southcn.com/node_2f59a0c803/b41ee4a3f3.shtml",
  "日期取页面“2021-05-15 10:32 来源:四川日报 文莎”（文中“5月13日下午”为采访日）。标题照录；南方网导航、城市栏、“编辑:何雅柔”及页脚已删；署名“四川日报全媒体记者 文莎”在正文末，保留。完整，共五段。园区：南浔·广安东西部扶贫协作产业园（四川广安；由浙江湖州南浔区三家国企建设；文中又作“产业园”“园区”）。项目：园区开发本身（“项目从签约到开工历时仅100天…计划总投资18亿元，已建成厂房19.7万平方米，在建15.5万平方米”）记为项目，名同园区，status 在建，park 即该园区。建设方“南浔区城投集团”（文中“浙江省湖州市南浔区城投集团”）、“交投集团”“新城集团”（名称不全）列可选公司，park null（园区外投资方）。入园企业：广安沃克斯迅达电梯公司（首批入驻）、南洋电机（正在装修）、世友木业（已投产），均在园。事实：规划面积630亩；已建成厂房19.7万平方米；在建15.5万平方米（可选）；建成后年产值25亿元、带动1000余人就业（target）。",
  "yu04"),
 parks=[
  park(NG, "广安", "四川", "产业园（东西部扶贫协作）", D0, note="文中又作“产业园”“园区”；由浙江湖州南浔区国企建设"),
 ],
 companies=[
  comp("广安沃克斯迅达电梯公司", NG, "广安沃克斯迅达电梯公司是首批入驻产业园的企业", note="首批入驻"),
  comp("南洋电机", NG, D2, note="园区招引的龙头企业，正在装修"),
  comp("世友木业", NG, D2, note="已投产"),
  comp("南浔区城投集团", None, D0, opt=True, note="文中作“浙江省湖州市南浔区城投集团”；园区建设方"),
  comp("交投集团", None, D0, opt=True, note="园区建设方；名称不全（南浔区）"),
  comp("新城集团", None, D0, opt=True, note="园区建设方；名称不全（南浔区）"),
 ],
 projects=[
  proj(NG, NG, D1, companies=["南浔区城投集团", "交投集团", "新城集团"], inv="计划总投资18亿元", status="在建",
       status_text="已建成厂房19.7万平方米,在建15.5万平方米", note="园区开发项目，名同园区；从签约到开工100天"),
 ],
 aggregate_facts=[
  fact(NG, "park", "planned_area_mu", 630, "mu", D1, AS4),
  fact(NG, "park", "plant_floor_area_m2", 1.97e5, "m2", "已建成厂房19.7万平方米,在建15.5万平方米", AS4, note="已建成"),
  fact(NG, "park", "plant_floor_area_under_construction_m2", 1.55e5, "m2", "已建成厂房19.7万平方米,在建15.5万平方米", AS4, opt=True),
  fact(NG, "park", "expected_annual_output_cny", 2.5e9, "cny", "建成后可实现年产值25亿元,带动1000余人就业", "建成后（预期）", kind="target", chk=True),
  fact(NG, "park", "expected_jobs", 1000, "count", "建成后可实现年产值25亿元,带动1000余人就业", "建成后（预期）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- yu05 长沙经开区 国家级经开区第17位 (红网 2021)
CS = "长沙经开区"
E0 = "长沙经开区继续稳居全国218家国家级经开区第17位,为湖南省唯一进入前30强的国家级经开区"
E1 = "园区全年规模工业总产值达到2530亿元,其中工程机械产业产值创历史新高,达1615亿元,增长22.8%"
G["yu05"] = dict(
 article=art("全年规模工业总产值突破2500亿元,长沙经开区稳居国家级园区第17位", "红网时刻（记者 陆继华 通讯员 黄姿），红网长沙站 cs.rednet.cn", "2021-01-27", "day",
  "Provincial news portal, Hunan: a national economic and technological development zone's place in the Ministry of Commerce's 2020 ranking, its 2020 above-scale industrial output and its construction-machinery output and growth",
  "https://cs.rednet.cn/m/content/2021/01/27/8957687.html",
  "日期取页面“2021-01-27 18:37:30”。标题照录（页面标题行出现两次）；“立即下载”、日期行、图片文件名与图片说明“长沙经开区管委会全景图。”已删。存段末段“据介绍,综合发展水平前30名名单,由高到低依次为:苏州工业园区、…南通经”在名单中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…良好发展态势。”，共三段。园区：长沙经开区（湖南长沙；国家级经开区）。事实：综合发展水平考核评价全国第17位（218家中；2020年考核评价，2021年1月27日发布）；2020年规模工业总产值2530亿元；工程机械产业产值1615亿元、增长22.8%。218家为全国国家级经开区数（region 全国，可选）。商务部、商务部外资司列可选机构。",
  "yu05"),
 parks=[
  park(CS, "长沙", "湖南", "国家级经济技术开发区", E0, note="文中又作“园区”"),
 ],
 companies=[],
 institutions=[
  inst("商务部", "1月27日,商务部发布2020年国家级经开区综合发展水平考核评价结果"),
  inst("商务部外资司", "商务部外资司司长宗长青指出"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CS, "park", "national_rank", 17, "rank", E0, "2020年国家级经开区综合发展水平考核评价（2021年1月27日发布）"),
  fact("全国", "region", "national_etdz_count", 218, "count", E0, "2020年考核评价", opt=True),
  fact(CS, "park", "industrial_output_above_scale_cny", 2.53e11, "cny", E1, "2020年", chk=True),
  fact(CS, "park", "construction_machinery_output_cny", 1.615e11, "cny", "其中工程机械产业产值创历史新高,达1615亿元,增长22.8%", "2020年", chk=True),
  fact(CS, "park", "construction_machinery_output_yoy_growth", 0.228, "ratio", E1, "2020年", kind="ratio"),
 ])

# ---------------------------------------------------------------- yu06 扬州经开区 第四季度重点项目集中投产 (investchn 2023)
YZ = "扬州经开区"
ZN = "中南高科高端装备智造产业园"
F0 = "11月28日,扬州经开区在中南高科项目现场举行第四季度重点项目集中投产仪式,本次集中投产的项目共有45个,总投资达150亿元"
F1 = "作为本次集中投产的代表项目,中南高科高端装备智造产业园项目一期占地98亩,总投资4亿元,总规划建筑面积8.4万平方米,由22栋多层标准厂房组成"
F2 = "目前产业园已累计招引企业近20家,其中高新技术、外资、科技创新综合优质企业占比超过50%,同时有超过5家优质储备项目在谈"
F3 = "园区全部建成并全面达产后,入驻企业预计可实现年开票销售6亿元、年纳税总额3000万元"
AS6 = "2023年11月28日（集中投产）"
G["yu06"] = dict(
 article=art("扬州经开区举行第四季度重点项目集中投产仪式", "扬州经济技术开发区（来源），载于中国投资促进网 investchn.com（开发区新闻 > 扬州）", "2023-11-29", "day",
  "Investment-promotion portal relaying a national zone's own release, Jiangsu: a quarter's 45 projects put into production with their total, the representative standard-factory park project (phase 1 area, investment, floor space), firms attracted so far and the park's expected sales and tax",
  "https://investchn.com/home/news/detail/id/442699.html",
  "日期取页面“发布时间:2023-11-29 来源:扬州经济技术开发区”（仪式在11月28日）。标题照录；站名口号、位置栏与发布行已删。存段末段（“‘参加此次集中投产仪式的45个项目…’扬州经开区党工委委员、副主任张明介绍,这些项目…为全区”）在句中中断，整段删去（make_txt.py ITEMS），正文截至“…中南高科高端装备智造产业园负责人介绍。”，共三段。园区：扬州经开区（江苏扬州；文中只作“扬州经开区”）；中南高科高端装备智造产业园（标准厂房园区，在扬州经开区，parent 扬州经开区；文中又作“产业园”“园区”）。项目：中南高科高端装备智造产业园项目一期（总投资4亿元；本次集中投产的代表项目→投产；文中又作“中南高科项目”）。公司：中南高科（开发方，只在项目名中，可选）。事实：集中投产45个、总投资150亿元（扬州经开区）；一期占地98亩、建筑面积8.4万平方米（项目，可选）；产业园累计招引企业近20家（约，cumulative）；优质企业占比超过50%（可选）；储备项目超过5家（可选）；全部建成达产后入驻企业年开票销售6亿元、年纳税3000万元（target）。",
  "yu06"),
 parks=[
  park(YZ, "扬州", "江苏", "经济技术开发区", F0, note="文中只作“扬州经开区”"),
  park(ZN, "扬州", "江苏", "产业园（标准厂房）", "中南高科高端装备智造产业园负责人介绍", parent=YZ,
       note="文中又作“产业园”“园区”；位于扬州经开区（仪式在“中南高科项目现场”）"),
 ],
 companies=[
  comp("中南高科", YZ, F0, opt=True, note="只在“中南高科项目”“中南高科高端装备智造产业园”中"),
 ],
 projects=[
  proj("中南高科高端装备智造产业园项目", YZ, F1, companies=["中南高科"], inv="总投资4亿元", phase="一期", status="投产",
       status_text="本次集中投产的代表项目", aliases=["中南高科项目"]),
 ],
 aggregate_facts=[
  fact(YZ, "park", "projects_put_into_production", 45, "count", F0, AS6),
  fact(YZ, "park", "projects_put_into_production_investment_cny", 1.5e10, "cny", "本次集中投产的项目共有45个,总投资达150亿元", AS6, chk=True),
  fact("中南高科高端装备智造产业园项目", "project", "phase1_site_area_mu", 98, "mu", F1, "2023年11月", opt=True),
  fact("中南高科高端装备智造产业园项目", "project", "planned_floor_area_m2", 8.4e4, "m2", F1, "2023年11月", opt=True),
  fact(ZN, "park", "firms", 20, "count", F2, "2023年11月", kind="cumulative", qual="约", qtext="近", note="累计招引企业"),
  fact(ZN, "park", "quality_firms_share", 0.5, "ratio", F2, "2023年11月", kind="ratio", qual="超", qtext="超过", opt=True),
  fact(ZN, "park", "projects_in_negotiation", 5, "count", F2, "2023年11月", qual="超", qtext="超过", opt=True),
  fact(ZN, "park", "expected_annual_sales_cny", 6e8, "cny", F3, "全部建成达产后（预期）", kind="target", chk=True),
  fact(ZN, "park", "expected_annual_tax_cny", 3e7, "cny", "年纳税总额3000万元", "全部建成达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yu07 海口国家高新区 发布会 (新海南客户端/南海网 2022, via 17u1u)
HK = "海口国家高新区"
H0 = "两年来,高新区签约落地晖致、艾昆纬、乐泰、华熙生物、万孚等企业52家,项目建成达产后将新增年产值77亿元、税收9.7亿元"
H1 = "全生物降解新材料产业现已初见成效,落地企业20家,包括裕同、大胜达等行业龙头企业"
H2 = "打造百亿级新能源汽车产业集群,其中包括吉利新能源商用车、平野新能源特种车、和合新能源组装车以及世界新能源汽车体验中心项目等具有自贸港显现度的项目相继落地"
H3 = "康迪电动汽车开发的新品种,在美国市场产品供不应求"
H4 = "从“一城四园”拓展为“一区七园”,从主攻高新技术产业延展到涵盖“旅游业、现代服务业、高新技术产业”自贸港三大主导产业,7个子园区在三个领域相得益彰"
AS7 = "2022年6月"
AC7 = "2020年6月至2022年6月（两年来）"
G["yu07"] = dict(
 article=art("（无标题）海口国家高新区专场发布会：两年来签约落地企业52家", "新海南客户端、南海网、南国都市报（记者 李文韬），载于 m.17u1u.com（转载；存段无标题）", "2022-06-30", "day",
  "Provincial news app / portal relayed by an aggregator, Hainan: a national high-tech zone's press conference two years into the free-trade port — sub-parks, clusters, firms signed and landed with expected output and tax, biodegradable-materials and new-energy-vehicle firms and projects",
  "https://m.17u1u.com/xiuxian/kgzq/1217598.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中只有“6月30日”；年份由文意推定为2022年（“奋进自贸港 建功新时代”系列专题新闻发布会第三十六场；“两年来”指2020年6月《海南自由贸易港建设总体方案》发布以来），published 记 2022-06-30（推定）。“发布会现场。记者 刘洋 摄”图片说明已删。“1 1 1>3”“1个千亿 4个百亿”原文如此（加号未显示），照录。存段末段为一长句，各分句以分号隔开，末分句“高新区打造百亿级装备制造和百亿级现代食品加工产业集群,支持椰树扩大生产,佛”在词中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…在美国市场产品供不应求;”（保留分号；只删未完分句），共四段。园区：海口国家高新区（海南海口；文中又作“高新区”；“一区七园”，子园区未点名）；“海口药谷”为“国家级生物医药产业平台”，列可选园区（parent 海口国家高新区）。公司：晖致、艾昆纬、乐泰、华熙生物、万孚（两年来签约落地）；裕同、大胜达（全生物降解新材料落地企业）；康迪电动汽车（新能源汽车集群中），均在园。项目：吉利新能源商用车、平野新能源特种车、和合新能源组装车、世界新能源汽车体验中心项目（“相继落地”→无状态）；吉利、平野、和合只在项目名中，列可选公司。事实：子园区7个；签约落地企业52家（两年来，cumulative）；达产后新增年产值77亿元、税收9.7亿元（target）；生物医药园区百强第29位（可选）；全生物降解新材料落地企业20家（cumulative）。",
  "yu07"),
 parks=[
  park(HK, "海口", "海南", "国家高新区", "6月30日,记者从“奋进自贸港 建功新时代”系列专题新闻发布会(第三十六场)——“风劲帆满图新志 踔厉奋发正当时”海口国家高新区专场获悉",
       note="文中又作“高新区”；“一区七园”"),
  park("海口药谷", "海口", "海南", "生物医药产业平台", "高新区加快培育“海口药谷”国家级生物医药产业平台、打造千亿级生物医药产业集群", parent=HK, opt=True,
       note="文中称“国家级生物医药产业平台”"),
 ],
 companies=[
  comp("晖致", HK, H0, note="两年来签约落地"),
  comp("艾昆纬", HK, H0, note="同上"),
  comp("乐泰", HK, H0, note="同上"),
  comp("华熙生物", HK, H0, note="同上"),
  comp("万孚", HK, H0, note="同上"),
  comp("裕同", HK, H1, note="全生物降解新材料落地企业"),
  comp("大胜达", HK, H1, note="同上"),
  comp("康迪电动汽车", HK, H3, note="新能源汽车产业集群中；园区由语境推定"),
  comp("吉利", HK, H2, opt=True, note="只在项目名“吉利新能源商用车”中"),
  comp("平野", HK, H2, opt=True, note="只在项目名中"),
  comp("和合", HK, H2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("吉利新能源商用车", HK, H2, companies=["吉利"], status_text="相继落地"),
  proj("平野新能源特种车", HK, H2, companies=["平野"], status_text="相继落地"),
  proj("和合新能源组装车", HK, H2, companies=["和合"], status_text="相继落地"),
  proj("世界新能源汽车体验中心项目", HK, H2, status_text="相继落地"),
 ],
 aggregate_facts=[
  fact(HK, "park", "sub_parks", 7, "count", H4, AS7),
  fact(HK, "park", "firms_signed", 52, "count", H0, AC7, kind="cumulative", note="签约落地企业"),
  fact(HK, "park", "expected_new_annual_output_cny", 7.7e9, "cny", "项目建成达产后将新增年产值77亿元、税收9.7亿元", "建成达产后（预期）", kind="target", chk=True),
  fact(HK, "park", "expected_new_annual_tax_cny", 9.7e8, "cny", "税收9.7亿元", "建成达产后（预期）", kind="target", chk=True),
  fact(HK, "park", "biomedicine_park_rank", 29, "rank", "高新区在全国生物医药园区百强榜排名上升至第29位", AS7, opt=True),
  fact(HK, "park", "biodegradable_materials_firms", 20, "count", H1, AS7, kind="cumulative"),
 ])

# ---------------------------------------------------------------- yu08 颍泉经济开发区 中原智能化制造产业园 (阜阳 e-paper 2022)
YQ = "颍泉经济开发区"
ZY = "中原智能化制造产业园"
K0 = "该产业园位于颍泉经济开发区,拥有国内先进的钢结构加工生产线"
K1 = "目前,投产的项目一期设有7条生产线,全部投产可年产钢构件约15万吨,实现年产值约10亿元"
K2 = "四期项目全部投产后,可年产钢构件约60万吨,实现年产值约50亿元"
G["yu08"] = dict(
 article=art("产业大项目演绎加速度", "阜阳市报业电子版 test.fynews.net（第A1版:要闻；“本报记者 穆可亮 通讯员 余波 摄”；报名存段未示）", "2022-02-23", "day",
  "City daily's front-page photo story, Anhui: a steel-structure manufacturing park in a district development zone — built and in production within a year, phase 1 lines, capacity and expected output, and the four-phase target",
  "http://test.fynews.net/epaper/read.do?m=i&iid=2176&eid=22112&sid=76203&idate=1_2022-02-23",
  "日期取网址 idate=1_2022-02-23（文中“雨水时节”相合）。标题照录；“第A1版:要闻”已删；署名“本报记者 穆可亮 通讯员 余波 摄”在正文末，保留。完整，共三段（图片新闻）。园区：颍泉经济开发区（安徽阜阳颍泉区；文中只此一处）；中原智能化制造产业园（“该产业园位于颍泉经济开发区”，parent 颍泉经济开发区；文中又称“该项目”）。项目：中原智能化制造产业园（一期已投产，分四期；park 颍泉经济开发区；无金额）。事实（subject 项目）：一期7条生产线（可选）；一期全部投产年产钢构件约15万吨、年产值约10亿元；四期全部投产后约60万吨、约50亿元（均 target）。",
  "yu08"),
 parks=[
  park(YQ, "阜阳", "安徽", "经济开发区", K0, district="颍泉区"),
  park(ZY, "阜阳", "安徽", "产业园（智能制造）", K0, district="颍泉区", parent=YQ, note="文中又称“该项目”"),
 ],
 companies=[],
 projects=[
  proj(ZY, YQ, "该项目创下了当年拿地、当年建设、当年完工、当年投产的“颍泉速度”", phase="一期", status="投产",
       status_text="当年投产；投产的项目一期", note="分四期；一期已投产"),
 ],
 aggregate_facts=[
  fact(ZY, "project", "phase1_production_lines", 7, "count", K1, "2022年2月", opt=True),
  fact(ZY, "project", "expected_annual_capacity_t", 1.5e5, "t", K1, "一期全部投产后（预期）", kind="target", qual="约", qtext="约"),
  fact(ZY, "project", "expected_annual_output_cny", 1e9, "cny", K1, "一期全部投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(ZY, "project", "expected_annual_capacity_t", 6e5, "t", K2, "四期全部投产后（预期）", kind="target", qual="约", qtext="约"),
  fact(ZY, "project", "expected_annual_output_cny", 5e9, "cny", K2, "四期全部投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
 ])
