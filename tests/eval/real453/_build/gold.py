# real453 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/超/以上/突破 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts.
# Projects: the park the text places the project in, null where only a county is named. Status from the text's words.
# “到2025年” goals and “建成后/投产后” expectations are kind target; “截至目前” park figures are reported.

# ---------------------------------------------------------------- kj01 浙川屏山·平湖时尚产业园开工奠基 (2019)
ZC = "浙川纺织产业扶贫协作示范园"
PH = "浙川屏山·平湖时尚产业园"
K1a = "本报讯(知行)11月9日,浙川屏山·平湖时尚产业园开工奠基仪式在屏山县浙川纺织产业扶贫协作示范园举行"
K1b = "此次开工的浙川屏山·平湖时尚产业园,规划面积300余亩,总投资10亿元,产业定位为时尚服装服饰、旅行箱包、纱线生产等纺织产业"
K1c = "项目建成投产后,将实现年产值20亿元、税收8000万元,为屏山新增1万个以上的就业岗位"
K1d = "奠基仪式结束后,与会领导、嘉宾共同前往园区服务中心展厅、天之华纺织科技有限公司、成贵铁路屏山站考察参观"
G["kj01"] = dict(
 article=art("浙川屏山·平湖时尚产业园开工奠基", "“本报讯(知行)”，载于 yybnet.net 宜宾·屏山频道（报名存段未示，应为宜宾当地日报）", "2019-11", "month",
  "Local paper on a regional news portal, Sichuan (宜宾 屏山): groundbreaking of a fashion-industry park built with a Zhejiang partner city inside a county's east–west poverty-alleviation textile park — area, total investment, expected output, tax and jobs",
  "https://m.yybnet.net/yibin/pingshan/201911/9859632.html",
  "存段无日期行；日期取网址 201911 与文中“11月9日”（奠基日，发布日应为其后一两日），记 2019-11（month）。标题照录；文末“新闻推荐”及其后两行站点推荐已删。正文六段，完整。园区：浙川纺织产业扶贫协作示范园（屏山县，宜宾，四川；文中又作“屏山浙川纺织产业扶贫协作示范园”“园区”）；浙川屏山·平湖时尚产业园为其“重要组成部分”，列为园中园（parent 浙川纺织产业扶贫协作示范园），同时作为开工项目（“浙川屏山·平湖时尚产业园项目开工”，总投资10亿元，status 开工）。事实：时尚产业园规划面积300余亩（余）、建成投产后年产值20亿元与税收8000万元（target）、新增就业1万个以上（超，可选）。天之华纺织科技有限公司为园区内考察点（可选公司）。平湖市政府捐赠的50万元帮扶资金不是基金，不列。市领导不列。",
  "kj01"),
 parks=[
  park(ZC, "宜宾", "四川", "产业园（纺织，东西部扶贫协作）", K1a, district="屏山县", note="文中又作“屏山浙川纺织产业扶贫协作示范园”“园区”"),
  park(PH, "宜宾", "四川", "产业园（时尚服装）", K1b, district="屏山县", parent=ZC, note="“作为浙川纺织产业扶贫协作示范园的重要组成部分”；又是开工项目"),
 ],
 companies=[
  comp("天之华纺织科技有限公司", ZC, K1d, opt=True, note="考察点；位于园区由语境推定"),
 ],
 institutions=[
  inst("平湖市政府", "奠基仪式上,平湖市政府向屏山县政府捐赠50万元东西部扶贫协作帮扶资金", note="共建方；捐赠帮扶资金"),
  inst("屏山县政府", "奠基仪式上,平湖市政府向屏山县政府捐赠50万元东西部扶贫协作帮扶资金"),
 ],
 projects=[
  proj(PH, ZC, K1b, inv="总投资10亿元", status="开工", status_text="开工奠基", aliases=["浙川屏山·平湖时尚产业园项目"],
       note="2019年11月9日开工奠基；平湖与屏山共建"),
 ],
 aggregate_facts=[
  fact(PH, "park", "planned_area_mu", 300, "mu", K1b, "2019年11月", qual="余", qtext="余", opt=True),
  fact(PH, "park", "expected_annual_output_cny", 2e9, "cny", K1c, "建成投产后（预期）", kind="target", chk=True),
  fact(PH, "park", "expected_annual_tax_cny", 8e7, "cny", "税收8000万元", "建成投产后（预期）", kind="target", chk=True),
  fact(PH, "park", "expected_jobs", 10000, "count", K1c, "建成投产后（预期）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- kj02 屏山百亿纺织产业园 (2020)
K2a = "屏山县与浙江省嘉兴市海盐县按照“产城一体”的要求,合作共建规划建设面积7平方公里的浙川纺织产业扶贫协作示范园"
K2b = "目前,园区30公里道路管网、4500亩土地场平、6万平米综合服务体、2个污水处理厂、8个在建企业等正加速推进"
G["kj02"] = dict(
 article=art("东西部扶贫精准对接屏山百亿纺织产业园乘势崛起", "yibin.021cf.cn（转载；原发媒体与署名未注明）", "2020-07-30", "day",
  "Local relay site, Sichuan (宜宾 屏山): a poverty-county's textile park co-built with a Zhejiang county — planned area, infrastructure under way, firms under construction, the per-mu tax threshold for new projects",
  "http://yibin.021cf.cn/index.php/post/1002.html",
  "日期取页面“发布日期:2020-07-30 09:48”（该行与重复标题连在一行，已删）。标题照录。存段末段“走进浙川纺织产业扶贫协作示范园内的宜宾天之华纺织科技有限公司,…智能化涡”在句中中断，整段删去；正文截至“…筑巢引凤的密集发展时期。”，共五段。园区：浙川纺织产业扶贫协作示范园（屏山县，宜宾，四川；屏山县与海盐县合作共建，规划建设面积7平方公里；标题“屏山百亿纺织产业园”为描述语，不作别名）。无点名项目、无点名企业（天之华在删去的残句中）。事实：规划面积7平方公里；道路管网30公里、土地场平4500亩、综合服务体6万平米、污水处理厂2个（可选）；在建企业8个；亩均税收低于12万元的项目不引（门槛，可选）。“西南蕞大”原文如此，照录。",
  "kj02"),
 parks=[
  park(ZC, "宜宾", "四川", "产业园（纺织，东西部扶贫协作）", K2a, district="屏山县", note="屏山县与浙江海盐县合作共建；文中又作“园区”"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(ZC, "park", "planned_area_km2", 7, "km2", K2a, "2020年7月"),
  fact(ZC, "park", "firms_under_construction", 8, "count", K2b, "2020年7月"),
  fact(ZC, "park", "road_pipe_network_km", 30, "km", K2b, "2020年7月", opt=True, note="正加速推进"),
  fact(ZC, "park", "land_leveled_mu", 4500, "mu", K2b, "2020年7月", opt=True, note="正加速推进"),
  fact(ZC, "park", "sewage_plants", 2, "count", K2b, "2020年7月", opt=True, note="正加速推进"),
  fact(ZC, "park", "min_tax_per_mu_threshold_cny", 1.2e5, "cny", "坚持亩均税收低于12万元的项目不引", "2017年以来", opt=True, chk=True, note="招商门槛"),
 ])

# ---------------------------------------------------------------- kj03 泸州市项目建设再传捷报 (泸州日报 2020)
LZG = "泸州国家高新区"
K3a = "截至5月6日,泸州市独立管理的15个在建省重点项目已全部复工,复岗率100%;143个在建市重点项目已全部复工,复岗率100%;310个区县(园区)在建重点项目已全部复工,复岗率99.4%"
K3b = "4月3日,泸州市与中国长城科技集团股份有限公司签署项目投资协议,在泸州国家高新区建设中国长城(泸州)创新制造基地,打造中国长城(泸州)信创产业示范园"
K3c = "目前,项目正加快设备安装调试,预计本月底投产"
K3d = "在叙永县,其纳米银扶贫产业园项目已进入收尾阶段,今年将投用"
ASL = "截至2020年5月6日"
G["kj03"] = dict(
 article=art("泸州市项目建设再传捷报 143个在建市重点项目全部复工,复岗率100%", "泸州日报（记者 罗森波），载于 yybnet.net 泸州·叙永频道", "2020-05-25", "day",
  "City daily on a regional news portal, Sichuan (泸州): key projects resumed after the epidemic — counts and re-staffing rates, a computer maker's base in the national high-tech zone signed and near production, a county's nano-silver park near completion",
  "https://m.yybnet.net/luzhou/xuyong/202005/10499553.html",
  "日期取页面“泸州日报 2020-05-25 08:52”。标题照录；日期行、图片说明“二环路(纳溪段)项目倒流河大桥正在加紧建设。本报记者 牟科 摄”、“(下转第二版)”及其后的站点推荐已删（头版部分，续版未存）。正文三段。园区：泸州国家高新区（泸州，四川）；“中国长城(泸州)信创产业示范园”为在高新区打造的园中园（可选）；“纳米银扶贫产业园”只作项目名（叙永县，无园区，park null；另列可选园区）。项目：中国长城(泸州)创新制造基地——4月3日签署投资协议，目前设备安装调试、预计本月底投产（status 在建，status_alt 签约）；纳米银扶贫产业园项目——进入收尾阶段、今年将投用（在建）。事实：泸州市在建省重点项目15个、市重点项目143个、区县(园区)重点项目310个全部复工（截至5月6日），复岗率100%/99.4%（可选）。市发展改革委列可选机构。",
  "kj03"),
 parks=[
  park(LZG, "泸州", "四川", "国家高新区", K3b, note="中国长城(泸州)创新制造基地所在"),
  park("中国长城(泸州)信创产业示范园", "泸州", "四川", "产业园（信创）", K3b, parent=LZG, opt=True, note="在泸州国家高新区“打造”；由企业项目形成"),
  park("纳米银扶贫产业园", "泸州", "四川", "产业园", K3d, district="叙永县", opt=True, note="只在项目名“纳米银扶贫产业园项目”中"),
 ],
 companies=[
  comp("中国长城科技集团股份有限公司", LZG, K3b, note="在泸州国家高新区建设中国长城(泸州)创新制造基地"),
 ],
 institutions=[
  inst("市发展改革委", "5月22日,记者从市发展改革委获悉", note="泸州市发展和改革委员会（文中简称）"),
 ],
 projects=[
  proj("中国长城(泸州)创新制造基地", LZG, K3b, companies=["中国长城科技集团股份有限公司"], status="在建",
       status_text="正加快设备安装调试,预计本月底投产", status_alt="签约",
       note="2020年4月3日签署项目投资协议；5月设备安装调试，预计5月底投产"),
  proj("纳米银扶贫产业园项目", None, K3d, status="在建", status_text="已进入收尾阶段,今年将投用", note="叙永县；园区未说"),
 ],
 aggregate_facts=[
  fact("泸州市", "region", "provincial_key_projects_resumed", 15, "count", K3a, ASL, note="在建省重点项目全部复工"),
  fact("泸州市", "region", "city_key_projects_resumed", 143, "count", K3a, ASL, note="在建市重点项目全部复工"),
  fact("泸州市", "region", "district_park_key_projects_resumed", 310, "count", K3a, ASL, note="区县(园区)在建重点项目"),
  fact("泸州市", "region", "district_park_key_projects_restaffing_rate", 0.994, "ratio", K3a, ASL, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- kj04 夹江经开区争创国家级经济技术开发区 (四川经济日报 2020)
JJ = "夹江经济开发区"
K4a = "近日,记者走进夹江经济开发区新材料产业园区,只见峨嵋半导体高纯材料有限公司搬迁改造升级扩能建设项目正在加快施工"
K4b = "据介绍,该项目总投资8378.9万元,占地50亩,建筑面积11126平方米。今年3月开工建设,计划于2021年建成投产,形成高纯金属材料年生产能力39吨"
K4c = "截至目前,该区规划面积已达21.25平方公里,规上企业33家,产值近250亿元"
K4d = "“到2025年,夹江经济开发区建成区面积突破15平方公里,产值突破500亿元。”"
K4e = "此次新修建完工长1.14千米、宽18.5米的四号线C段,实现了经开区四号线的全线贯通"
G["kj04"] = dict(
 article=art("夹江经开区争创国家级经济技术开发区", "四川经济日报（李宇杰 记者 蒋培路），载于 yybnet.net 乐山·夹江频道", "2020-08-17", "day",
  "Provincial economic daily on a regional news portal, Sichuan (乐山 夹江): a county's provincial-level development zone — a semiconductor-materials firm's relocation project under construction with its investment and production plan, a road completed, the zone's area, above-scale firms and output, its 2025 goals",
  "https://www.yybnet.net/leshan/jiajiang/202008/10767216.html",
  "日期取页面“来源:四川经济日报 2020-08-17 06:58”。标题照录；频道菜单、路径行、来源行与文末“新闻推荐 稳就业提升基层就业服务”已删。正文五段，完整。园区：夹江经济开发区（文中又作“夹江经开区”“四川夹江经开区”“经开区”；夹江县，乐山，四川；省级经开区）；新材料产业园区为其园中园（可选）。项目：峨嵋半导体高纯材料有限公司搬迁改造升级扩能建设项目，总投资8378.9万元，今年3月开工、正在加快施工（在建；status_alt 开工），计划2021年建成投产；经开区四号线C段新修建完工（竣工，可选）。事实：规划面积21.25平方公里、规上企业33家、产值近250亿元（约）；到2025年建成区面积突破15平方公里、产值突破500亿元（target，超）。",
  "kj04"),
 parks=[
  park(JJ, "乐山", "四川", "经济开发区（省级）", K4a, district="夹江县", aliases=["夹江经开区", "四川夹江经开区"], note="文中又作“经开区”“该区”；力争升级为国家级经开区"),
  park("新材料产业园区", "乐山", "四川", "产业园区（新材料）", K4a, district="夹江县", parent=JJ, opt=True, note="“夹江经济开发区新材料产业园区”"),
 ],
 companies=[
  comp("峨嵋半导体高纯材料有限公司", JJ, K4a, note="在新材料产业园区建设搬迁改造升级扩能项目"),
 ],
 institutions=[
  inst("四川夹江经开区管委会", "据四川夹江经开区管委会副主任薛科宇介绍"),
 ],
 projects=[
  proj("峨嵋半导体高纯材料有限公司搬迁改造升级扩能建设项目", JJ, K4b, companies=["峨嵋半导体高纯材料有限公司"], inv="总投资8378.9万元",
       status="在建", status_text="正在加快施工", status_alt="开工", note="2020年3月开工建设，计划2021年建成投产；名称与金额分在两段，evidence 取金额句"),
  proj("经开区四号线C段", JJ, K4e, status="竣工", status_text="新修建完工", opt=True, note="园区道路"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "planned_area_km2", 21.25, "km2", K4c, "2020年8月"),
  fact(JJ, "park", "above_scale_firms", 33, "count", K4c, "2020年8月"),
  fact(JJ, "park", "output_cny", 2.5e10, "cny", "产值近250亿元", "2020年8月", qual="约", qtext="近", chk=True, note="口径未说（年产值）"),
  fact(JJ, "park", "built_area_km2", 15, "km2", K4d, "2025年（目标）", kind="target", qual="超", qtext="突破"),
  fact(JJ, "park", "output_cny", 5e10, "cny", "产值突破500亿元", "2025年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact("峨嵋半导体高纯材料有限公司搬迁改造升级扩能建设项目", "project", "site_area_mu", 50, "mu", K4b, "2020年8月", opt=True),
  fact("峨嵋半导体高纯材料有限公司搬迁改造升级扩能建设项目", "project", "annual_capacity_t", 39, "t", K4b, "建成投产后（预期）", kind="target", opt=True, note="高纯金属材料"),
 ])

# ---------------------------------------------------------------- kj05 四川内江东兴经济开发区 (川观新闻 2021)
DX = "四川内江东兴经济开发区"
K5a = "四川内江东兴经济开发区是东兴区工业发展的重要载体,位于内江市主城区东南的椑木镇,距主城区约15公里,规划控制面积为12.94平方公里,其前身为2010年4月成立的内江市西南循环经济产业园区"
K5b = "4月21日下午,四川内江东兴经济开发区内,内江市天捷能源科技有限公司总经理李皓辉看着公司门口宽阔笔直的园区道路感慨道"
K5c = "园区污水管网项目和园区污水处理厂项目也已经竣工投用"
K5d = "园区污水处理厂项目设计处理能力2500方/天,2020年8月通水调试,2020年底投入使用"
G["kj05"] = dict(
 article=art("拿到省级招牌两年多后 四川内江东兴经济开发区有何变化?", "川观新闻（四川在线；记者 郑志浩 张啸 唐广），neijiang.scol.com.cn", "2021-04-22", "day",
  "Provincial news app's city channel, Sichuan (内江 东兴区): a district's development zone two years after provincial status — former name, planned area, roads built, sewage network and plant completed, a firm in the zone",
  "https://neijiang.scol.com.cn/dxq/202104/58128633.html",
  "日期取页面“2021-04-22 15:13:02来源:川观新闻”。标题照录；日期来源编辑行已删。存段末段“另一方面,园区名称的变化也折射出…新材料等扩”在句中中断，整段删去；正文截至“…2020年底投入使用。”，共六段。园区：四川内江东兴经济开发区（内江市东兴区椑木镇，四川；2019年1月获批省级经济开发区；前身“内江市西南循环经济产业园区”列为别名）。公司：内江市天捷能源科技有限公司（在园）。项目：园区污水管网项目（2018年底竣工验收）、园区污水处理厂项目（2020年底投入使用）——“竣工投用”→竣工，基础设施，列为可选；工业路A段、园区路只写建成道路，不列项目。事实：规划控制面积12.94平方公里；距主城区约15公里（可选）；污水处理厂设计能力2500方/天（可选）；污水管网全长约10公里（可选）。",
  "kj05"),
 parks=[
  park(DX, "内江", "四川", "经济开发区（省级）", K5a, district="东兴区", aliases=["内江市西南循环经济产业园区"],
       note="前身为2010年4月成立的内江市西南循环经济产业园区；2019年6月更名；文中又作“园区”"),
 ],
 companies=[
  comp("内江市天捷能源科技有限公司", DX, K5b),
 ],
 institutions=[
  inst("四川内江东兴经济开发区管委会", "四川内江东兴经济开发区管委会副主任蒋明介绍"),
 ],
 projects=[
  proj("园区污水管网项目", DX, "其中,园区污水管网项目全长约10公里,采用重力流方式进行设计,2018年底竣工验收", status="竣工",
       status_text="竣工验收", opt=True, note="园区基础设施"),
  proj("园区污水处理厂项目", DX, K5d, status="竣工", status_text="竣工投用", opt=True, note="园区基础设施；2020年底投入使用"),
 ],
 aggregate_facts=[
  fact(DX, "park", "planned_area_km2", 12.94, "km2", K5a, "2021年4月", note="规划控制面积"),
  fact(DX, "park", "distance_to_city_km", 15, "km", K5a, "2021年4月", qual="约", qtext="约", opt=True),
  fact("园区污水处理厂项目", "project", "design_capacity_m3_per_day", 2500, "m3/day", K5d, "2020年底", opt=True),
  fact("园区污水管网项目", "project", "length_km", 10, "km", "园区污水管网项目全长约10公里", "2018年底", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- kj06 自贡富顺 新年第一单 (中新网四川 2022)
K6a = "1月25日,在自贡市富顺县举行的2022年工商界暨农民工代表迎春座谈会上,该县签下了新年第一单,现场签约5个项目,总投资20.3亿元"
K6b = "总投资10亿元的富顺建筑新材料产业园签约项目,规划用地350亩"
K6c = "总投资2亿元的废旧磷酸铁锂电池绿色循环利用项目,规划用地40亩"
K6d = "建成后年产新工艺磷酸铁锂正极材料23000吨"
G["kj06"] = dict(
 article=art("自贡富顺:新年第一单 签约项目5个总投资20.3亿元", "中新网四川（刘刚 曹露 曾凡川），sc.chinanews.com.cn", "2022-01-26", "day",
  "National news agency's provincial site, Sichuan (自贡 富顺县): a county's first signing of the year — five projects and their total, a building-materials industrial park project and a battery-recycling project with amounts and land",
  "http://www.sc.chinanews.com.cn/bwbd/2022-01-26/161886.html",
  "日期取页面“2022年01月26日 10:20 来源:中新网四川”。标题照录；站名、路径、日期行与两行图片说明“签约现场(富顺融媒 供图)”已删。存段末段“‘5个签约项目均与富顺县确定的产业发展目标息息相关。目前,富顺初步形成了…三大产业集”在引语中中断，整段删去；正文三段。园区：文中无既有园区；“富顺建筑新材料产业园”是签约项目（规划用地350亩），另列为可选园区（富顺县，自贡，四川）。项目：富顺建筑新材料产业园（签约，总投资10亿元，park null——只有县）；废旧磷酸铁锂电池绿色循环利用项目（签约，总投资2亿元，park null）。事实：富顺县现场签约5个项目、总投资20.3亿元；两项目规划用地与产能（可选）；人才奖励、就业扶持资金为政策金额，不列基金。",
  "kj06"),
 parks=[
  park("富顺建筑新材料产业园", "自贡", "四川", "产业园（建筑新材料，拟建）", K6b, district="富顺县", opt=True, note="签约项目本身；尚未建成"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("富顺建筑新材料产业园", None, K6b, inv="总投资10亿元", status="签约", status_text="签约项目", aliases=["富顺建筑新材料产业园签约项目"],
       note="富顺县；建设压裂砂厂、抗裂砂厂等"),
  proj("废旧磷酸铁锂电池绿色循环利用项目", None, K6c, inv="总投资2亿元", status="签约", status_text="现场签约", note="富顺县；分两期建设"),
 ],
 aggregate_facts=[
  fact("富顺县", "region", "projects_signed", 5, "count", K6a, "2022年1月25日"),
  fact("富顺县", "region", "signed_investment_cny", 2.03e9, "cny", "现场签约5个项目,总投资20.3亿元", "2022年1月25日", chk=True),
  fact("富顺建筑新材料产业园", "project", "planned_land_mu", 350, "mu", K6b, "2022年1月", opt=True),
  fact("废旧磷酸铁锂电池绿色循环利用项目", "project", "planned_land_mu", 40, "mu", K6c, "2022年1月", opt=True),
  fact("废旧磷酸铁锂电池绿色循环利用项目", "project", "annual_capacity_t", 23000, "t", K6d, "建成后（预期）", kind="target", opt=True, note="磷酸铁锂正极材料"),
 ])
