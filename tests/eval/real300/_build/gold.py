# real300 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52 unchanged)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written; 超过/超/不低于 → 超,
# 近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first amount of the evidence). Projects carry
# the park the text places them in. Status from the text's words (签订…项目 → 签约; 正在抓紧动工 → 开工). “预计” figures are
# kind target; “今年以来”/“目前” counts are cumulative. Sources: `search` (corpus pages) excerpts typed into _raw/pages/qmNN.raw.

# ---------------------------------------------------------------- qm01 珠海富山工业园 PCB 项目 (2017)
FS = "富山工业园"
A1 = "11月4日,富山与某知名PCB企业签订了总投资12亿元的项目,合力建设世界一流的环保型线路板工厂"
A2 = "深交所上市公司惠州中京电子科技股份有限公司发布公告,称将在珠海富山工业园建设总投资不低于17亿元的“5G通信电子电路(HDI&FPCB)项目”"
A3 = "全球首家智能化PCB工厂——方正PCB高端智能化产业基地正在抓紧动工"
A4 = "自10月以来,富山引进了总投资超33亿元的嘉立创、深联电子、三德冠电子和富盛电子项目"
G["qm01"] = dict(
 article=art("珠海富山工业园:引进多个PCB大项目 打造千亿级电子信息产业专区", "iconnect007china.com（PCB 行业网站，署“Sky News”；原出处未注）", "2017-12-01", "day",
  "Trade-news site relaying a local item, Guangdong: an industrial park's PCB projects — one signed with its sum, a listed firm's announced project, a plant under construction, four projects brought in since October, reclamation work",
  "http://pcb.iconnect007china.com/index.php/news/854/News+-+PCB/%E5%B8%82%E5%9C%BA/十二月-01-2017/%E7%8F%A0%E6%B5%B7%E5%AF%8C%E5%B1%B1%E5%B7%A5%E4%B8%9A%E5%9B%AD%EF%BC%9A%E5%BC%95%E8%BF%9B%E5%A4%9A%E4%B8%AAPCB%E5%A4%A7%E9%A1%B9%E7%9B%AE+%E6%89%93%E9%80%A0%E5%8D%83%E4%BA%BF%E7%BA%A7%E7%94%B5%E5%AD%90%E4%BF%A1%E6%81%AF%E4%BA%A7%E4%B8%9A%E4%B8%93%E5%8C%BA",
  "日期取页面“十二月 01, 2017 | Sky News”。标题照录（页面标题重复一次，已删）；登录提示行已删。存段末段“园区是珠海发展实体经济的重要载体。此前,由于产城融合度不”中断，整段删去，正文截至“…该项目经理王浩介绍道。”。小标题两行保留为段落。园区：富山工业园（珠海富山工业园；珠海市斗门区，广东；文中又作“富山”）。项目：与某知名PCB企业签订的环保型线路板工厂（企业未具名，签约，12亿元）；中京电子5G通信电子电路(HDI&FPCB)项目（公告拟建，“不低于17亿元”→超，状态不标）；方正PCB高端智能化产业基地（正在抓紧动工→开工；达产年产值25亿元为预期）；嘉立创、深联电子、三德冠电子、富盛电子四个项目（10月以来引进，合计超33亿元，无单项金额，状态不标）。船舶与海洋制造基地吹填工程为园区基础工程，不列项目。",
  "qm01"),
 parks=[
  park(FS, "珠海", "广东", "工业园", "富山工业园是珠海发展实体经济的重大平台,承载珠海壮大实体经济的希望。", district="斗门区", aliases=["珠海富山工业园"], note="文中又作“富山”"),
 ],
 companies=[
  comp("惠州中京电子科技股份有限公司", FS, A2, note="深交所上市公司，公告在园区建设项目"),
  comp("方正", FS, A3, opt=True, note="只在项目名“方正PCB高端智能化产业基地”中"),
  comp("嘉立创", FS, A4, opt=True, note="以企业名作项目名"),
  comp("深联电子", FS, A4, opt=True, note="同上"),
  comp("三德冠电子", FS, A4, opt=True, note="同上"),
  comp("富盛电子", FS, A4, opt=True, note="同上"),
 ],
 projects=[
  proj("环保型线路板工厂", FS, A1, inv="总投资12亿元", status="签约", status_text="签订了总投资12亿元的项目", opt=True, note="与“某知名PCB企业”签订，企业与项目均未具名"),
  proj("5G通信电子电路(HDI&FPCB)项目", FS, A2, companies=["惠州中京电子科技股份有限公司"], inv="总投资不低于17亿元", value=1.7e9, qual="超", qual_text="不低于",
       note="公告拟建；状态不标"),
  proj("方正PCB高端智能化产业基地", FS, A3, status="开工", status_text="正在抓紧动工", note="预计达产后每年产值为25亿元"),
  proj("嘉立创", FS, A4, opt=True, note="10月以来引进，四项合计超33亿元，无单项金额"),
  proj("深联电子", FS, A4, opt=True, note="同上"),
  proj("三德冠电子", FS, A4, opt=True, note="同上"),
  proj("富盛电子", FS, A4, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(FS, "park", "signed_investment_cny", 3.3e9, "cny", A4, "2017年10月至12月初", kind="cumulative", qual="超", qtext="超", chk=True, note="嘉立创等四个项目合计"),
  fact("方正PCB高端智能化产业基地", "project", "expected_annual_output_cny", 2.5e9, "cny", "预计达产后每年产值为25亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qm02 富山工业园 5G 电子信息 (珠海特区报 2019)
B1 = "当前富山已经落户方正、中京、景旺、深联、双赢等30余家5G电子信息企业"
B2 = "2018年公司产值2.2亿元。今年以来,景旺发展势头良好,5月份单月产值已达4000万元,预计今年年产值将超5亿元。"
G["qm02"] = dict(
 article=art("（无标题）珠海富山工业园 打造5G时代的千亿级产业带", "珠海特区报（zhuhaidaily.hizh.cn；存段无署名）", "2019-08-26", "day",
  "City daily feature, Guangdong: an industrial park's 5G electronics cluster — firms settled, one firm's output and investment figures",
  "http://zhuhaidaily.hizh.cn/html/2019-08/26/content_254615_1477065.htm",
  "日期取网址 html/2019-08/26。存段无标题、无日期行（title 为编者概括）。存段末行“作为一家成立近20年并成功在中”中断，删去，正文截至“…我们今年投资将达到4个亿。”。”，小标题“打造5G时代的千亿级产业带”保留为段落。园区：富山工业园（珠海市斗门区）。公司：方正、中京、景旺、深联、双赢（园区已落户企业）；珠海景旺（文中又作“景旺”“珠海富山景旺电子”）。事实：园区落户30余家5G电子信息企业；景旺2018年产值2.2亿元、5月单月产值4000万元、预计今年产值超5亿元（target）；“4个亿”非“亿元”写法，作可选事实 planned_investment_2019，value 手填；“1.2个亿”“2.8个亿”不计。",
  "qm02"),
 parks=[
  park(FS, "珠海", "广东", "工业园", "以港珠澳大桥为轴线,往珠海西部延伸数十公里,珠江三角洲西南端,地处珠海、江门交汇处,富山工业园坐落于此", district="斗门区", note="文中又作“富山”“园区”"),
 ],
 companies=[
  comp("珠海景旺", FS, "珠海景旺从事研发、生产、销售线路更细、频率更高的柔性印刷电路板(FPC)", aliases=["景旺", "珠海富山景旺电子"]),
  comp("方正", FS, B1, opt=True, note="已落户的5G电子信息企业"),
  comp("中京", FS, B1, opt=True, note="同上"),
  comp("深联", FS, B1, opt=True, note="同上"),
  comp("双赢", FS, B1, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(FS, "park", "firms_5g_electronics", 30, "count", B1, "2019年8月", qual="余", qtext="余", note="30余家"),
  fact("珠海景旺", "company", "annual_output_cny", 2.2e8, "cny", "2018年公司产值2.2亿元", "2018年", chk=True),
  fact("珠海景旺", "company", "monthly_output_cny", 4e7, "cny", "5月份单月产值已达4000万元", "2019年5月", opt=True, chk=True),
  fact("珠海景旺", "company", "expected_annual_output_cny", 5e8, "cny", "预计今年年产值将超5亿元", "2019年全年（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact("珠海景旺", "company", "planned_investment_2019", 4e8, "cny", "“在富山工厂,我们今年投资将达到4个亿。”", "2019年全年（预计）", kind="target", opt=True, note="“4个亿”非“亿元”写法；手填"),
 ])

# ---------------------------------------------------------------- qm03 横琴与澳门合作日趋紧密 (经济日报 2015)
HQ = "横琴新区"
YA = "横琴粤澳合作产业园"
C1 = "5年间,横琴新区GDP从2.85亿元到57亿元,是2009年的20倍,年均增长82.73%"
C2 = "固定资产投资从19.08亿元到近250亿元,是2009年的13倍,年均增长66.86%"
C3 = "公共财政预算收入从3593万元到26.7亿元,是2009年的74倍多,年均增长136.67%"
C4 = "目前,已注册登记澳门企业230家,计划投资总额1949亿元,已签约的项目用地932公顷,占横琴建设用地的53%"
C5 = "明确了横琴粤澳合作产业园5平方公里用地,目前已有17个项目进园,用地172.5万平方米,总投资超过539亿元"
C6 = "并配套20亿元澳门青年创业扶持基金和100亿元粤澳合作产业园项目产业引导基金"
AS3 = "2014年（横琴新区成立5年间，至2015年4月）"
G["qm03"] = dict(
 article=art("横琴与澳门合作日趋紧密", "经济日报（本报记者 李茹萍），paper.ce.cn 第10版 区域", "2015-04-24", "day",
  "National economic daily, regional page: a national new area five years on — GDP, fixed investment and revenue growth, Macao firms registered, a cooperation park's projects and total, two funds",
  "http://paper.ce.cn/jjrb/html/2015-04/24/content_238598.htm",
  "日期取版面行“2015年4月24日”。标题照录；版面导航、署名行“本报记者 李茹萍”、图片说明两行已删。存段末行“成立横琴新区”中断，删去，正文截至“…等领域的创业企业。”，共七段。园区：横琴新区（国家级新区，珠海，广东；中国(广东)自由贸易试验区横琴新区片区 2015-04-23 揭牌，列为可选别名不作园区）；横琴粤澳合作产业园（5平方公里，在横琴新区内，parent）。基金：澳门青年创业扶持基金（20亿元）、粤澳合作产业园项目产业引导基金（100亿元）。事实：GDP 57亿元、固定资产投资近250亿元、公共财政预算收入26.7亿元（终值，证据取“到…亿元”片段；as_of 记为 2014 年，文中只说“5年间”，为推定）；澳门企业230家、计划投资总额1949亿元；合作产业园17个项目、总投资超过539亿元。",
  "qm03"),
 parks=[
  park(HQ, "珠海", "广东", "新区", "5年前,横琴新区揭牌成立,横琴成为粤港澳“紧密”合作的示范区", note="国家级新区；文中又作“横琴”"),
  park(YA, "珠海", "广东", "产业园", C5, parent=HQ, aliases=["粤澳合作产业园"], note="合作产业园，5平方公里"),
 ],
 institutions=[
  inst("横琴新区发展咨询委员会", "成立横琴新区发展咨询委员会", kind="government", park=HQ),
  inst("澳门大学", "澳门大学新校区已建成移交", kind="university", park=HQ),
  inst("澳门青年横琴创业谷", "启动澳门青年横琴创业谷", kind="incubator", park=HQ, note="创业谷"),
 ],
 funds=[
  fund("澳门青年创业扶持基金", HQ, C6, size="20亿元", size_type="planned"),
  fund("粤澳合作产业园项目产业引导基金", YA, "100亿元粤澳合作产业园项目产业引导基金", size="100亿元", size_type="planned"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "gdp_cny", 5.7e9, "cny", "到57亿元,是2009年的20倍", AS3, chk=True, note="起点2009年2.85亿元"),
  fact(HQ, "park", "fixed_asset_investment_cny", 2.5e10, "cny", "到近250亿元,是2009年的13倍", AS3, qual="约", qtext="近", note="起点19.08亿元"),
  fact(HQ, "park", "public_budget_revenue_cny", 2.67e9, "cny", "到26.7亿元,是2009年的74倍多", AS3, opt=True, note="起点3593万元"),
  fact(HQ, "park", "gdp_annual_growth", 0.8273, "ratio", C1, "2009–2014年均", kind="ratio", opt=True),
  fact(HQ, "park", "macao_firms_registered", 230, "count", C4, "2015年4月", kind="cumulative"),
  fact(HQ, "park", "macao_firms_planned_investment_cny", 1.949e11, "cny", "计划投资总额1949亿元", "2015年4月", kind="cumulative", chk=True),
  fact(YA, "park", "projects_entered", 17, "count", C5, "2015年4月", kind="cumulative"),
  fact(YA, "park", "projects_total_investment_cny", 5.39e10, "cny", "总投资超过539亿元", "2015年4月", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(YA, "park", "area_km2", 5, "km2", C5, "2015年4月", opt=True),
 ])

# ---------------------------------------------------------------- qm04 中山民众产业新城 (南方都市报 2018)
MZ = "中山民众产业新城"
D1 = "由民众镇政府和华夏幸福共同运营的中山市产业平台(民众园)·中山民众产业新城(以下简称:中山民众产业新城)吸引众多与会者的关注"
G["qm04"] = dict(
 article=art("中山民众产业新城 打造百亿级产业集群", "南方都市报，载于 zs.focus.cn（搜狐焦点中山）", "2018-09-28", "day",
  "Metropolitan daily via a property portal, Guangdong: a town's industrial platform jointly run with a developer — its target industries and the town's half-year figures",
  "https://zs.focus.cn/zixun/957d71a83b8c7aff.html",
  "日期取页面“南方都市报 2018-09-28 09:33:00”。标题照录；分享提示行已删；导语行（与首段开头逐字相同的一句）已删。存段末段“其中,市产业平台(民众园)建设有新进展…一”中断，整段删去；小标题“民众园已签订4个重大投资项目”保留，但所说的4个项目在存段内未点名。园区：中山民众产业新城（= 中山市产业平台(民众园)，别名“民众园”；中山市民众镇，广东；由民众镇政府和华夏幸福共同运营）。公司：华夏幸福（运营方）。事实：小标题“已签订4个重大投资项目”（民众园，计数）；民众镇上半年生产总值40.4亿元等为镇的数字（subject 民众镇，region），可选。",
  "qm04"),
 parks=[
  park(MZ, "中山", "广东", "产业新城", D1, district="民众镇", aliases=["民众园", "中山市产业平台(民众园)"], note="中山市九大重点产业平台之一"),
 ],
 companies=[
  comp("华夏幸福", MZ, D1, note="与民众镇政府共同运营"),
 ],
 institutions=[
  inst("中山市商务局", "9月7日,由中山市政府主办、中山市商务局承办的“湾区时代·筑梦中山”2018中山招商推介会在广州香格里拉大酒店举行。作为", kind="government"),
 ],
 aggregate_facts=[
  fact(MZ, "park", "major_projects_signed", 4, "count", "民众园已签订4个重大投资项目", "2018年9月", kind="cumulative"),
  fact("民众镇", "region", "gdp_cny", 4.04e9, "cny", "上半年,全镇实现生产总值40.4亿元,比增8.8%", "2018年上半年", opt=True, chk=True),
  fact("民众镇", "region", "industrial_value_added_cny", 1.717e9, "cny", "1-7月,实现规上工业企业增加值17.17亿元,比增21.2%", "2018年1–7月", kind="cumulative", opt=True, chk=True),
  fact("民众镇", "region", "fixed_asset_investment_cny", 1.887e9, "cny", "固定资产投资18.87亿元,比增2.1%", "2018年1–7月", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qm05 横琴:云垂海立 时代新篇 (珠海特区报 2019)
E1 = "自2009年启动开发,十年间,横琴地区生产总值从2.85亿元增长到2018年的244.1亿元,实有商事主体突破6万家,已注册港澳企业数量超过2800家"
G["qm05"] = dict(
 article=art("横琴:云垂海立 时代新篇", "珠海特区报（zhuhaidaily.hizh.cn，07版；存段无署名）", "2019-07-07", "day",
  "City daily feature, Guangdong: a national new area ten years on — GDP, business entities, Hong Kong and Macao firms, new measures with one project landed",
  "http://zhuhaidaily.hizh.cn/html/2019-07/07/content_209578_1230797.htm",
  "日期取网址 html/2019-07/07。标题照录；版面行与八行图片说明（横琴金融岛、中拉经贸合作园、粤澳合作中医药科技产业园等）已删。长篇特稿只存开头，末行“临海听风,气象万千,这”中断，删去，正文截至“…全力推进粤港澳深度合作示范。”。园区：横琴新区（文中多作“横琴”）。项目：横琴先进智能计算中心项目（“推动…落地”，无金额，状态不标）。事实：地区生产总值2018年244.1亿元（证据取“增长到2018年的244.1亿元”）；实有商事主体突破6万家（超）；已注册港澳企业超过2800家（超）。澳门大学为合作方（可选机构）。",
  "qm05"),
 parks=[
  park(HQ, "珠海", "广东", "新区", "“建设横琴新区的初心就是为澳门产业多元发展创造条件。”", note="文中多作“横琴”"),
 ],
 institutions=[
  inst("澳门大学", "携手澳门大学共建产学研示范基地", kind="university", park=HQ),
 ],
 projects=[
  proj("横琴先进智能计算中心项目", HQ, "推动横琴先进智能计算中心项目落地", note="“落地”，状态不标"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "gdp_cny", 2.441e10, "cny", "增长到2018年的244.1亿元", "2018年", chk=True, note="起点2009年2.85亿元"),
  fact(HQ, "park", "business_entities", 60000, "count", "实有商事主体突破6万家", "2019年7月", kind="cumulative", qual="超", qtext="突破"),
  fact(HQ, "park", "hk_macao_firms_registered", 2800, "count", "已注册港澳企业数量超过2800家", "2019年7月", kind="cumulative", qual="超", qtext="超过"),
 ])

# ---------------------------------------------------------------- qm06 蓬江区第一季度招商 (2018)
F1 = "3月30日,江门市蓬江区举行2018年第一季度重点招商项目集中签约活暨教育装备创客活动中心启动仪式,总投资超36亿元的10个重点项目将在蓬江落地生根"
G["qm06"] = dict(
 article=art("蓬江区第一季度招商:10个项目总投资36亿元", "zxyzs.com（招商选址网站；原出处未注，图片署“郑琦 摄”）", "2018-03-30", "day",
  "Investment-site relay, Guangdong: a district's quarterly signing of ten projects with their total, an education-equipment industrial city's activity launched",
  "http://zxyzs.com/guangdong/dt/2018/86385.html",
  "日期为活动日3月30日（正文写“2018年第一季度”；网址只有年份2018，发布日不详，取活动日，precision day 存疑）。标题照录；站点菜单行、三条图片说明（其一重复）已删；每段行首的“????”（转载页对段首缩进的乱码）已删（make_txt.py EVERY_PREFIX）。存段末段“据悉,2018南方教育装备创新产业城创客体验社会实践”中断，整段删去。园区：南方教育装备创新产业城（蓬江区，江门，广东；只作活动名称中出现，可选）。签约的10个项目未点名，不列项目；“总投资超36亿元”作蓬江区事实（subject_type region）。“签约活”照原文（疑脱“动”字）。",
  "qm06"),
 parks=[
  park("南方教育装备创新产业城", "江门", "广东", "产业城", "与此同时,2018南方教育装备创新产业城创客体验社会实践活动亦正式拉开序幕", district="蓬江区", opt=True,
       note="只在活动名称中出现"),
 ],
 institutions=[
  inst("教育装备创客活动中心", F1, kind="platform", note="启动仪式"),
 ],
 aggregate_facts=[
  fact("蓬江区", "region", "projects_signed", 10, "count", F1, "2018年第一季度（3月30日集中签约）"),
  fact("蓬江区", "region", "signed_investment_cny", 3.6e9, "cny", "总投资超36亿元的10个重点项目将在蓬江落地生根", "2018年第一季度（3月30日集中签约）", qual="超", qtext="超", chk=True),
 ])
