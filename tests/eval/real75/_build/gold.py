# real75 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in investment_value +
# investment_currency (ys07) and *_usd facts (ys08). Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none (a county or city is not a park). Status from the text's words (开工 / 集中开工 / 开工建设
# → 开工; 竣工投产 / 投产 → 投产; 签约 / 签约落地 → 签约; 落户 alone → no status; works under way → 在建; “力争…年内开工” or “在手项目
# 加快推进,落地后…” → planned). “预计” / “可实现” figures are kind target; year-to-date counts (“今年以来”, “截至目前”, “至目前”) are
# cumulative; a closed period (“1至6月”, “2019年”, “去年”) is reported. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/ysNN.raw as returned.

# ---------------------------------------------------------------- ys01 徐州工业园区11个重大项目集中开工 (investchn 2017)
XZ = "徐州工业园区"
A0 = "8月26日,徐州工业园区总投资约30亿元的11个重大项目集中开工"
A1 = "此次集中开工的11个重大项目,包括总投资10亿元的中建科技装配式建筑项目、总投资3亿元的超力建材项目、总投资3亿元的港新智能机器人项目、总投资3亿元的阿鲁美特项目、总投资1.2亿元的方维环保科技项目、总投资1.2亿元的科正汽配模具项目、总投资1亿元的纳川管材项目及总投资1亿元的维尔德机械配件等项目"
A2 = "11个重大项目中,工业项目8个,基础设施建设项目3个"
A3 = "特别是以徐州工业园区平台建设为突破口,推进园区扩容提质,建成100万平方米标准化厂房,筑巢引凤,吸引了21个超亿元先进制造业项目入驻"
AS1 = "2017年8月26日（集中开工）"
G["ys01"] = dict(
 article=art("徐州工业园区11个重大项目集中开工", "investchn.com（“开发区新闻 > 徐州”栏；来源:徐州工业园区；署名无）", "2017-08-29", "day",
  "Investment-promotion portal relaying a park's own news, Jiangsu (徐州 贾汪区): a district-level industrial park's groundbreaking of 11 major projects — eight named projects each with its total investment, the split into industrial and infrastructure projects, standard factory space built and projects of over 100 million yuan attracted",
  "https://investchn.com/index.php/home/news/detail/id/4908.html",
  "日期取页面“发布时间:2017-08-29 来源:徐州工业园区”；开工日为8月26日。标题照录；站名口号、导航与发布行已删。存段在第三段末句“希望园区和各部门要进一步增强”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…具有重要意义。”，共三段。园区：徐州工业园区（徐州市贾汪区，江苏；文中又作“园区”；“争创国家级开发区”——级别未明说，kind 记“工业园区”）。项目：八个点名项目（集中开工→开工），金额照录“总投资X亿元”；“维尔德机械配件”照原文作项目名（原文“…维尔德机械配件等项目”）。11个项目合计“约30亿元”为事实。项目名中的企业简称（中建科技等）不另列，只有中建科技列为可选公司（央企子公司的通行简称）。曹志等区领导不列。贾汪区为区，不是园区。",
  "ys01"),
 parks=[
  park(XZ, "徐州", "江苏", "工业园区", A0, district="贾汪区", note="文中又作“园区”；正“争创国家级开发区”"),
 ],
 companies=[
  comp("中建科技", XZ, A1, opt=True, note="只在项目名“中建科技装配式建筑项目”中"),
 ],
 projects=[
  proj("中建科技装配式建筑项目", XZ, A1, companies=["中建科技"], inv="总投资10亿元", status="开工", status_text="集中开工"),
  proj("超力建材项目", XZ, A1, inv="总投资3亿元", status="开工", status_text="集中开工"),
  proj("港新智能机器人项目", XZ, A1, inv="总投资3亿元", status="开工", status_text="集中开工"),
  proj("阿鲁美特项目", XZ, A1, inv="总投资3亿元", status="开工", status_text="集中开工"),
  proj("方维环保科技项目", XZ, A1, inv="总投资1.2亿元", status="开工", status_text="集中开工"),
  proj("科正汽配模具项目", XZ, A1, inv="总投资1.2亿元", status="开工", status_text="集中开工"),
  proj("纳川管材项目", XZ, A1, inv="总投资1亿元", status="开工", status_text="集中开工"),
  proj("维尔德机械配件", XZ, A1, inv="总投资1亿元", status="开工", status_text="集中开工", note="原文“维尔德机械配件等项目”"),
 ],
 aggregate_facts=[
  fact(XZ, "park", "projects_started", 11, "count", A0, AS1),
  fact(XZ, "park", "projects_started_investment_cny", 3e9, "cny", A0, AS1, qual="约", qtext="约", chk=True),
  fact(XZ, "park", "industrial_projects_started", 8, "count", A2, AS1, opt=True),
  fact(XZ, "park", "infrastructure_projects_started", 3, "count", A2, AS1, opt=True),
  fact(XZ, "park", "standard_factory_floor_area_m2", 1e6, "m2", A3, "2017年8月", kind="cumulative"),
  fact(XZ, "park", "projects_landed", 21, "count", A3, "2017年8月", kind="cumulative", note="超亿元先进制造业项目入驻"),
 ])

# ---------------------------------------------------------------- ys02 徐州经济技术开发区 城建开工、产业项目竣工投产 (中国江苏网 2018)
XK = "徐州经济技术开发区"
B0 = "上月30日,徐州经济技术开发区2018年度城建重点工程集中开工,一批重大产业项目竣工投产"
B1 = "此次集中开工的开发区2018年度城建重点工程主要有高新路北延工程、彭祖大道东延工程、徐贾快速通道南延工程、综合管廊工程等项目"
B2 = "此次集中竣工投产的重大产业项主要有科瑞特智能仪表调节阀项目、中煤汉泰绿色建材项目、诚意住宅工业装配式建筑产业化生产线一期项目等"
B3 = "其中,科瑞特智能仪表调节阀项目总投资3.8亿元,达产后预计实现6万台各类智能仪表调节阀整机和备件的生产经营规模"
B4 = "通车后,将快速打通连接工程机械产业园区的外部通道、连接高铁商务区和新城区"
G["ys02"] = dict(
 article=art("（无标题）徐州经济技术开发区2018年度城建重点工程集中开工 一批重大产业项目竣工投产", "中国江苏网（jsnews.jschina.com.cn 徐州频道；“中国江苏网1月5日讯”，存段无署名）", "2018-01-05", "day",
  "Provincial news portal's city channel, Jiangsu (徐州): a national economic-technological development zone's year-end event — four named urban works started for the new year, three named industrial projects completed and in production, one with its total investment and capacity",
  "http://jsnews.jschina.com.cn/xz/a/201801/t20180105_1322054.shtml",
  "日期取导语“中国江苏网1月5日讯”及网址 201801/t20180105；活动日“上月30日”即2017年12月30日。存段无标题行（title 为编者概括），从导语起，共三段，末句完整（存段止于“…电力等领域。”，原文是否另有下文不详）。园区：徐州经济技术开发区（文中又作“开发区”；徐州，江苏；国家级与否文中未说，kind 记“经济技术开发区”）；“工程机械产业园区”只在路网描述中出现，列可选园区，母园区由语境推定为徐州经开区。项目：三个竣工投产的重大产业项目（投产；科瑞特项目总投资3.8亿元）；四个城建重点工程（开工）为基础设施工程，列可选项目。“诚意住宅工业装配式建筑产业化生产线一期项目”phase 一期。原文“重大产业项”（缺“目”字）照录。项目名中的企业简称（科瑞特、中煤汉泰、诚意住宅）列为可选公司。高新路北延工程长度等不计。",
  "ys02"),
 parks=[
  park(XK, "徐州", "江苏", "经济技术开发区", B0, note="文中又作“开发区”"),
  park("工程机械产业园区", "徐州", "江苏", "产业园区（工程机械）", B4, parent=XK, opt=True, note="只在路网描述中；母园区由语境推定"),
 ],
 companies=[
  comp("科瑞特", XK, B2, opt=True, note="只在项目名中"),
  comp("中煤汉泰", XK, B2, opt=True, note="只在项目名中"),
  comp("诚意住宅", XK, B2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("科瑞特智能仪表调节阀项目", XK, B3, companies=["科瑞特"], inv="总投资3.8亿元", status="投产", status_text="集中竣工投产",
       note="状态见“此次集中竣工投产的重大产业项主要有科瑞特智能仪表调节阀项目…”"),
  proj("中煤汉泰绿色建材项目", XK, B2, companies=["中煤汉泰"], status="投产", status_text="集中竣工投产"),
  proj("诚意住宅工业装配式建筑产业化生产线一期项目", XK, B2, companies=["诚意住宅"], phase="一期", status="投产", status_text="集中竣工投产"),
  proj("高新路北延工程", XK, B1, status="开工", status_text="集中开工", opt=True, note="城建重点工程（道路）"),
  proj("彭祖大道东延工程", XK, B1, status="开工", status_text="集中开工", opt=True, note="城建重点工程（道路）"),
  proj("徐贾快速通道南延工程", XK, B1, status="开工", status_text="集中开工", opt=True, note="城建重点工程（道路）"),
  proj("综合管廊工程", XK, B1, status="开工", status_text="集中开工", opt=True, note="城建重点工程"),
 ],
 aggregate_facts=[
  fact("科瑞特智能仪表调节阀项目", "project", "expected_annual_capacity_units", 60000, "units", B3, "达产后（预期）", kind="target", opt=True,
       note="6万台各类智能仪表调节阀整机和备件"),
 ])

# ---------------------------------------------------------------- ys03 淮安经济技术开发区产业转型升级步伐快 (淮安日报 2018)
HA = "淮安经济技术开发区"
C0 = "至目前,该区共签约亿元以上项目63个、总投资额428亿元,实施技改项目27个、完成投入6.87亿元"
C1 = "通过客商口口相传,金祥食品、新饕客等一批项目顺利落户"
C2 = "中以产业基地、铂创消防芯片等一批在手项目加快推进,落地后将产生较大影响和集聚效应"
C3 = "其中,超10亿元项目8个,总投资200亿元直升机组装项目顺利签约,29个列入全市重大项目,开工建设28个,完成投资76.51亿元"
C4 = "凡是企业提出的问题,立即会办,鹏鼎科技缺工700人,该区在一周内为其解决了问题"
C5 = "威博液压、威灵电机、天宇机械等一批辖区企业通过扩大再投资,“老树开出了新花”,企业效益大幅增长"
C6 = "设立总规模10亿元海峡两岸产业发展基金,以及三支产业投资子基金,推动国有平台入股实体企业,截至目前,已完成股权投资等近5亿元"
AS3 = "2018年（截至12月）"
G["ys03"] = dict(
 article=art("淮安经济技术开发区产业转型升级步伐快", "淮安日报（“本报讯”），载于中国江苏网 jsnews.jschina.com.cn 淮安频道", "2018-12-25", "day",
  "City daily on a provincial portal, Jiangsu (淮安): a national zone's year-end review — projects signed with total investment, technical renovation, named projects landed, pending and signed (a 20-billion helicopter assembly project), major projects started and investment completed, named resident firms, an industrial fund with its size",
  "http://jsnews.jschina.com.cn/ha/a/201812/t20181225_2131594.shtml",
  "日期取页面“2018-12-25 09:40:00 来源:淮安日报”。标题照录；图片文件名、“1”“听新闻”与日期来源行已删。存段末段“产业质态明显提升。聚焦“千亿产业、百亿企业”培植,出台《”在书名号内中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…已完成股权投资等近5亿元。”，共三段。园区：淮安经济技术开发区（文中又作“该区”“全区”；淮安，江苏）。项目：金祥食品、新饕客（“顺利落户”→无状态；项目名即企业名，企业列可选）；中以产业基地、铂创消防芯片（“在手项目加快推进,落地后…”→planned）；直升机组装项目（“顺利签约”→签约，总投资200亿元）。公司：鹏鼎科技（该区为其解决缺工，在区）、威博液压、威灵电机、天宇机械（“辖区企业”）。基金：海峡两岸产业发展基金，总规模10亿元（size_type 总规模）；三支子基金未命名，不列。事实：签约亿元以上项目63个、428亿元，技改27个、6.87亿元，超10亿元项目8个，列入全市重大项目29个、开工28个、完成投资76.51亿元（均为“至目前”，cumulative）；“已完成股权投资等近5亿元”主体为该区国有平台/基金，记于园区，可选。文中“至目前”两次重复同一数字，证据取第一处。",
  "ys03"),
 parks=[
  park(HA, "淮安", "江苏", "经济技术开发区", "本报讯 今年以来,淮安经济技术开发区坚持以招商和服务招商加快产业集聚", note="文中又作“该区”“全区”"),
 ],
 companies=[
  comp("鹏鼎科技", HA, C4, note="该区为其一周内解决缺工"),
  comp("威博液压", HA, C5, note="辖区企业，扩大再投资"),
  comp("威灵电机", HA, C5, note="辖区企业，扩大再投资"),
  comp("天宇机械", HA, C5, note="辖区企业，扩大再投资"),
  comp("金祥食品", HA, C1, opt=True, note="以企业名作项目名，落户"),
  comp("新饕客", HA, C1, opt=True, note="以企业名作项目名，落户"),
 ],
 projects=[
  proj("金祥食品", HA, C1, companies=["金祥食品"], status=None, status_text="顺利落户", note="落户，无状态"),
  proj("新饕客", HA, C1, companies=["新饕客"], status=None, status_text="顺利落户", note="落户，无状态"),
  proj("中以产业基地", HA, C2, status="planned", status_text="在手项目加快推进,落地后", note="尚未落地"),
  proj("铂创消防芯片", HA, C2, status="planned", status_text="在手项目加快推进,落地后", note="尚未落地"),
  proj("直升机组装项目", HA, C3, inv="总投资200亿元", status="签约", status_text="顺利签约"),
 ],
 funds=[
  fund("海峡两岸产业发展基金", HA, C6, size="10亿元", size_type="总规模", note="该区设立；另有三支产业投资子基金（未命名）"),
 ],
 aggregate_facts=[
  fact(HA, "park", "projects_signed", 63, "count", C0, AS3, kind="cumulative", note="亿元以上项目"),
  fact(HA, "park", "signed_investment_cny", 4.28e10, "cny", "该区共签约亿元以上项目63个、总投资额428亿元", AS3, kind="cumulative", chk=True),
  fact(HA, "park", "tech_renovation_projects", 27, "count", C0, AS3, kind="cumulative"),
  fact(HA, "park", "tech_renovation_investment_cny", 6.87e8, "cny", "实施技改项目27个、完成投入6.87亿元", AS3, kind="cumulative", chk=True),
  fact(HA, "park", "projects_signed_over_1bn", 8, "count", C3, AS3, kind="cumulative", opt=True, note="超10亿元项目"),
  fact(HA, "park", "major_projects_listed", 29, "count", C3, AS3, kind="cumulative", note="列入全市重大项目"),
  fact(HA, "park", "projects_started", 28, "count", C3, AS3, kind="cumulative", note="列入全市重大项目中开工建设的"),
  fact(HA, "park", "investment_completed_cny", 7.651e9, "cny", "开工建设28个,完成投资76.51亿元", AS3, kind="cumulative", chk=True),
  fact(HA, "park", "equity_investment_completed_cny", 5e8, "cny", "已完成股权投资等近5亿元", AS3, kind="cumulative", qual="约", qtext="近", opt=True, chk=True,
       note="国有平台/基金的股权投资；主体记园区"),
 ])

# ---------------------------------------------------------------- ys04 上合物流园(连云开发区) (jszhanzhi 2021)
SH = "上合物流园(连云开发区)"
D0 = "近日,江苏省商务厅公布2020年度全省经济开发区高质量发展综合考核评价结果,上合物流园(连云开发区)在全省省级园区高质量发展考核中再进3位"
D1 = "在双菱风电叶片二期项目施工现场,笔者看到该项目土建工程、厂房钢结构主体安装、外立面施工、地坪铺设等已经完成,现场工人正在进行行车安装、厂区绿化等工作"
D2 = "“我们预计8月中旬全面完成厂房建设。”连云港双菱风电设备科技有限公司总经理朱一林介绍"
D3 = "1至6月,随着工业经济运行质量的持续提升,上合物流园实现物流量2206万吨,同比增长65%;现代物流主营收入32.5亿元,同比增长373%"
D4 = "截至目前,园区“四个一批”项目60余个,计划总投资500亿元以上"
D5 = "全力推动以碳纤维、硅材料以及稀土新材料等项目为主的新材料产业园建设,力争总投资30亿元的中铝稀土项目年内开工"
AS4 = "2021年1–6月"
G["ys04"] = dict(
 article=art("喜讯!上合物流园(连云开发区)全省排名再进三位", "jszhanzhi.com（“综合信息”栏；原发媒体与署名未注明，文中作“笔者”）", "2021-08-06", "day",
  "Local information site, Jiangsu (连云港 连云区): a provincial-level zone's mid-year report after a provincial ranking — a named wind-blade project's phase 2 near completion, the zone's half-year logistics volume and revenue with growth, its project pipeline and a planned rare-earth project",
  "http://jszhanzhi.com/a/zonghexinwen/2021/0806/610626.html",
  "日期取页面“时间:2021-08-06”及网址 2021/0806。标题照录；导航已删。存段末句“丰益二聚酸等项目、华乐技改、建华三期等多个项目先后投产或年底前陆续投产;依托自贸试验区…类金融、油品贸易、跨境电”在句中中断，该句整句删去（make_txt.py LINE_SUFFIX；分号前半句虽完整，但全句未完，按惯例截至上一句号），正文截至“…又一强大引擎。”，共四段。园区：名称照录“上合物流园(连云开发区)”（文中两名并称、作同一园区；又作“上合物流园”“园区”；连云港，江苏，district 连云区由“连云开发区”之名推定；“全省省级园区…考核”→省级）；“新材料产业园”为园区正在推进建设的园中园，列可选园区。公司：连云港双菱风电设备科技有限公司（园区企业）。项目：双菱风电叶片二期项目（在建：土建、钢结构等已完成，正在行车安装，预计8月中旬完成厂房建设）；中铝稀土项目（总投资30亿元，“力争…年内开工”→planned）。事实：1至6月物流量2206万吨（增长65%）、现代物流主营收入32.5亿元（增长373%，即3.73）；“四个一批”项目60余个、计划总投资500亿元以上（cumulative）。考核名次（再进3位、三年进位18位）不计。被删末句中的丰益二聚酸、华乐技改、建华三期不在正文，不列。",
  "ys04"),
 parks=[
  park(SH, "连云港", "江苏", "经济开发区（省级）", D0, district="连云区", aliases=["上合物流园", "连云开发区"],
       note="上合物流园与连云开发区合称；文中又作“园区”"),
  park("新材料产业园", "连云港", "江苏", "产业园（新材料）", D5, district="连云区", parent=SH, opt=True, note="园区正推动建设的园中园"),
 ],
 companies=[
  comp("连云港双菱风电设备科技有限公司", SH, D2, aliases=["双菱风电"], note="双菱风电叶片二期项目业主"),
 ],
 projects=[
  proj("双菱风电叶片二期项目", SH, D1, companies=["连云港双菱风电设备科技有限公司"], phase="二期", status="在建",
       status_text="现场工人正在进行行车安装、厂区绿化等工作", note="预计2021年8月中旬全面完成厂房建设"),
  proj("中铝稀土项目", SH, D5, inv="总投资30亿元", status="planned", status_text="力争…年内开工", note="新材料产业园项目；力争2021年内开工"),
 ],
 aggregate_facts=[
  fact("上合物流园", "park", "logistics_volume_t", 2.206e7, "t", D3, AS4),
  fact("上合物流园", "park", "logistics_volume_yoy_growth", 0.65, "ratio", D3, AS4, kind="ratio"),
  fact("上合物流园", "park", "logistics_revenue_cny", 3.25e9, "cny", "现代物流主营收入32.5亿元,同比增长373%", AS4, chk=True, note="现代物流主营收入"),
  fact("上合物流园", "park", "logistics_revenue_yoy_growth", 3.73, "ratio", "现代物流主营收入32.5亿元,同比增长373%", AS4, kind="ratio"),
  fact(SH, "park", "pipeline_projects", 60, "count", D4, "2021年（截至8月初）", kind="cumulative", qual="余", qtext="余", note="“四个一批”项目"),
  fact(SH, "park", "pipeline_projects_investment_cny", 5e10, "cny", "计划总投资500亿元以上", "2021年（截至8月初）", kind="cumulative", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- ys05 盐城经开区9个项目接受观摩 (亚洲日报中文网 2022)
YC = "盐城经开区"
E0 = "12月28日,盐城市高质量发展项目观摩推进会在盐城经开区举行,这是一次年终项目建设“大考”"
E1 = "这些项目中,既有SKI动力电池、天合16GW电池、百佳24GW封装胶膜、元隆冰箱、摩登新能源汽车零部件等投资体量大、技术含量高、市场前景好的主导产业强链补链重大项目"
E2 = "也有润阳光伏研究院、智能制造创新中心及上电科江苏分院等提升产业发展能级的科创项目"
E3 = "还有新嘉源人才公寓、中韩文化客厅等支撑产城融合发展的功能配套项目"
E4 = "今年以来,盐城经开区坚持以中韩(盐城)产业园建设为主抓手"
E5 = "成功获批中日韩(江苏)产业合作示范园区、中国(江苏)自贸试验区联动创新区"
E6 = "高质量举办第三届中韩贸易投资博览会,形成一批经贸合作成果,签约项目16个、总投资397.4亿元"
AS5 = "2021年（第三届中韩贸易投资博览会）"
NO5 = "观摩项目；状态文中未说"
G["ys05"] = dict(
 article=art("盐城经开区9个项目接受全市高质量发展观摩“检阅”", "亚洲日报中文网（cn.asiatoday.co.kr，“国际热点”栏“新闻发布”；存段无原发媒体与署名）", "2022-01-03", "day",
  "Korean paper's Chinese-language site carrying a press release, Jiangsu (盐城): a national zone's year-end inspection tour — nine named projects (battery, solar, packaging film, appliance and auto-parts plants, R&D centres, housing), the China-Korea park as the zone's main vehicle, designations won, an expo's signed projects",
  "http://cn.asiatoday.co.kr/view.php?key=20220103000928152",
  "日期取页面“新闻发布 [2022-01-03 09:29]”；观摩会“12月28日”即2021年12月28日。标题照录；副题行“勇当沿海地区高质量发展排头兵”保留为首段；栏目、导航、“翻译: tengfei@asiatoday.co.kr”“放大 缩小 打印 weibo”已删。存段末句“外资到账提前一个季度完成全年目标任务、占全市1/3,外贸进出口同比增长44.6%、占”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…“中国会展品牌展览会”。”，共五段。园区：盐城经开区（盐城经济技术开发区；文中只作“盐城经开区”，不补全称；盐城，江苏）；中韩(盐城)产业园（该区“主抓手”，与经开区关系文中未明说，parent 不填）；中日韩(江苏)产业合作示范园区、中国(江苏)自贸试验区联动创新区为获批称号，列可选园区。项目：观摩的9个项目全部点名（“智能制造创新中心及上电科江苏分院”按文中顿号分隔作一个项目，恰合9个），均在盐城经开区；文中未说各项目阶段，status null。项目名中的企业简称（SKI、天合、百佳、元隆、摩登、润阳）列为可选公司。事实：第三届中韩贸易投资博览会签约项目16个、总投资397.4亿元（记于盐城经开区，该区举办）；观摩项目9个（可选）。",
  "ys05"),
 parks=[
  park(YC, "盐城", "江苏", "经济技术开发区", E0, note="文中只作“盐城经开区”"),
  park("中韩(盐城)产业园", "盐城", "江苏", "国际合作产业园", E4, note="该区建设的“主抓手”；与经开区的隶属文中未说"),
  park("中日韩(江苏)产业合作示范园区", None, "江苏", "国际合作示范园区（称号）", E5, opt=True, note="盐城经开区获批的称号"),
  park("中国(江苏)自贸试验区联动创新区", None, "江苏", "自贸试验区联动创新区（称号）", E5, opt=True, note="盐城经开区获批的称号"),
 ],
 companies=[
  comp("SKI", YC, E1, opt=True, note="只在项目名“SKI动力电池”中"),
  comp("天合", YC, E1, opt=True, note="只在项目名中"),
  comp("百佳", YC, E1, opt=True, note="只在项目名中"),
  comp("元隆", YC, E1, opt=True, note="只在项目名中"),
  comp("摩登", YC, E1, opt=True, note="只在项目名中"),
  comp("润阳", YC, E2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("SKI动力电池", YC, E1, companies=["SKI"], note=NO5),
  proj("天合16GW电池", YC, E1, companies=["天合"], note=NO5),
  proj("百佳24GW封装胶膜", YC, E1, companies=["百佳"], note=NO5),
  proj("元隆冰箱", YC, E1, companies=["元隆"], note=NO5),
  proj("摩登新能源汽车零部件", YC, E1, companies=["摩登"], note=NO5),
  proj("润阳光伏研究院", YC, E2, companies=["润阳"], note=NO5 + "；科创项目"),
  proj("智能制造创新中心及上电科江苏分院", YC, E2, note=NO5 + "；科创项目"),
  proj("新嘉源人才公寓", YC, E3, note=NO5 + "；功能配套项目"),
  proj("中韩文化客厅", YC, E3, note=NO5 + "；功能配套项目"),
 ],
 aggregate_facts=[
  fact(YC, "park", "projects_inspected", 9, "count", "此次观摩,与会人员先后察看了9个项目", "2021年12月28日（观摩）", opt=True),
  fact(YC, "park", "projects_signed", 16, "count", E6, AS5, note="中韩贸易投资博览会签约"),
  fact(YC, "park", "signed_investment_cny", 3.974e10, "cny", "签约项目16个、总投资397.4亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- ys06 宿迁 1—5月重大项目建设成果 (ourjiangsu 2017)
XG = "贤官镇工业区"
F0 = "宿迁市2017年排定了300个市级重大项目,年度计划投资961.4亿元,共有17个项目列入省重大项目建设计划,年度计划投资156亿元"
F1 = "1—5月,宿迁列省重大项目完成投资50.3亿元,占年度计划的32.2%,17个项目均达到或超过序时进度"
F2 = "300个市级重大项目完成投资396亿元,占年度计划的41.2%"
F3 = "300个市级重大项目中,今年新开工项目207个,已开工175个,开工率为84.5%;续建项目93个,已复工91个,复工率为97.8%"
F4 = "红柳纺织项目由国内最大的家纺产品生产商——江阴红柳床单投资建设,计划总投资12亿元、建设厂房17万平方米,主要生产高档家纺面料及产品"
F5 = "目前,已建成一期5万平方米厂房,正在安装设备,预计今年8月投产"
F6 = "江苏蓝羊羊装饰材料有限公司位于贤官镇工业区内,计划总投资1.6亿元,一期项目工程已竣工投产"
F7 = "去年,实现开票销售1.3亿元,税收200万元,用工160人"
F8 = "江苏艾美琳食品有限公司计划投资5亿元,总建筑面积6.5万平方米,将新上全自动冰淇淋生产线7条"
F9 = "项目全面投产后,可年产3万吨冰淇淋,实现销售收入4亿元,纳税1000万元"
SQ = "宿迁市"
AS6 = "2017年1—5月"
G["ys06"] = dict(
 article=art("（无标题）宿迁市重大项目1—5月建设进度与县区项目", "ourjiangsu.com（存段无标题、来源与署名）", "2017-06-09", "day",
  "Provincial news site, Jiangsu (宿迁): a city's five-month review of its major projects — plan and completion figures, start and restart rates, then named county projects: a textile plant nearly finished, a board maker in a township industrial zone with its phase 1 in production and last year's sales and tax, an ice-cream plant in trial production with expected sales and tax",
  "http://ourjiangsu.com/a/20170609/1496988888293.shtml",
  "日期取网址 a/20170609（存段无日期行）。存段无标题行（title 为编者概括），从导语起。末段“江苏斯茵织造有限公司是…拥有最新型整浆并设备多套及国际先进的喷水织”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…纳税1000万元。”；小标题“沭阳县”“泗阳县”保留为段，共十二段。本篇以市级项目为主，园区只有“贤官镇工业区”（沭阳县，宿迁，江苏）。公司：江苏蓝羊羊装饰材料有限公司（位于贤官镇工业区内）；江阴红柳床单（红柳纺织项目投资方，园区未说）；江苏艾美琳食品有限公司（泗阳县，园区未说）。项目：红柳纺织项目（计划总投资12亿元；一期厂房建成、正在安装设备、预计今年8月投产→在建，园区 null，沭阳县）；蓝羊羊、艾美琳的投资文中未给项目名（“一期项目工程”“项目”），按 zv06 惯例不另造项目名，以企业名记为可选项目（蓝羊羊：计划总投资1.6亿元，一期竣工投产→投产，phase 一期，园区贤官镇工业区；艾美琳：计划投资5亿元，4条生产线3月底试生产→在建，status_alt 投产）。事实：宿迁市（region）市级重大项目300个、年度计划投资961.4亿元（target）、列省项目17个、156亿元（target）、1—5月完成投资50.3亿元与396亿元、占年度计划比、开工与复工数及比率；企业：蓝羊羊“去年”开票销售1.3亿元、税收200万元、用工160人（2016年，reported）；红柳全部建成后年产值10亿元以上（target，超）；艾美琳全面投产后销售收入4亿元、纳税1000万元（target）。",
  "ys06"),
 parks=[
  park(XG, "宿迁", "江苏", "乡镇工业区", F6, district="沭阳县", note="只此一处；沭阳县贤官镇"),
 ],
 companies=[
  comp("江苏蓝羊羊装饰材料有限公司", XG, F6),
  comp("江阴红柳床单", None, F4, note="红柳纺织项目投资方；“国内最大的家纺产品生产商”"),
  comp("江苏艾美琳食品有限公司", None, F8, note="泗阳县；园区未说"),
 ],
 projects=[
  proj("红柳纺织项目", None, F4, companies=["江阴红柳床单"], inv="计划总投资12亿元", status="在建", status_text="已建成一期5万平方米厂房,正在安装设备,预计今年8月投产",
       note="沭阳县；预计2017年8月投产"),
  proj("江苏蓝羊羊装饰材料有限公司", XG, F6, companies=["江苏蓝羊羊装饰材料有限公司"], inv="计划总投资1.6亿元", phase="一期", status="投产",
       status_text="一期项目工程已竣工投产", opt=True, note="文中无项目名（“一期项目工程”），以企业名记"),
  proj("江苏艾美琳食品有限公司", None, F8, companies=["江苏艾美琳食品有限公司"], inv="计划投资5亿元", status="在建", status_alt="投产",
       status_text="4条生产线已于今年3月底试生产", opt=True, note="文中无项目名，以企业名记；泗阳县；7条生产线中4条试生产"),
 ],
 aggregate_facts=[
  fact(SQ, "region", "major_projects_listed", 300, "count", F0, "2017年"),
  fact(SQ, "region", "planned_annual_investment_cny", 9.614e10, "cny", "宿迁市2017年排定了300个市级重大项目,年度计划投资961.4亿元", "2017年（计划）", kind="target", chk=True),
  fact(SQ, "region", "provincial_major_projects", 17, "count", F0, "2017年", opt=True),
  fact(SQ, "region", "provincial_projects_planned_annual_investment_cny", 1.56e10, "cny", "共有17个项目列入省重大项目建设计划,年度计划投资156亿元", "2017年（计划）", kind="target", opt=True, chk=True),
  fact(SQ, "region", "provincial_projects_investment_completed_cny", 5.03e9, "cny", F1, AS6, opt=True, chk=True),
  fact(SQ, "region", "provincial_projects_plan_completion_share", 0.322, "ratio", F1, AS6, kind="ratio", opt=True),
  fact(SQ, "region", "investment_completed_cny", 3.96e10, "cny", F2, AS6, chk=True, note="300个市级重大项目"),
  fact(SQ, "region", "plan_completion_share", 0.412, "ratio", F2, AS6, kind="ratio", opt=True),
  fact(SQ, "region", "new_projects_planned", 207, "count", F3, "2017年", opt=True),
  fact(SQ, "region", "projects_started", 175, "count", F3, "2017年（截至5月底）", kind="cumulative"),
  fact(SQ, "region", "start_rate", 0.845, "ratio", F3, "2017年（截至5月底）", kind="ratio", opt=True),
  fact(SQ, "region", "continuing_projects", 93, "count", F3, "2017年", opt=True),
  fact(SQ, "region", "projects_resumed", 91, "count", F3, "2017年（截至5月底）", kind="cumulative", opt=True),
  fact("红柳纺织项目", "project", "expected_annual_output_cny", 1e9, "cny", "全部建成后,可实现年产值10亿元以上,用工1000人", "全部建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("红柳纺织项目", "project", "expected_jobs", 1000, "count", "全部建成后,可实现年产值10亿元以上,用工1000人", "全部建成后（预期）", kind="target", opt=True),
  fact("江苏蓝羊羊装饰材料有限公司", "company", "invoiced_sales_cny", 1.3e8, "cny", F7, "2016年（去年）", chk=True),
  fact("江苏蓝羊羊装饰材料有限公司", "company", "tax_paid_cny", 2e6, "cny", "税收200万元", "2016年（去年）", chk=True),
  fact("江苏蓝羊羊装饰材料有限公司", "company", "employees", 160, "count", F7, "2016年（去年）", opt=True),
  fact("江苏艾美琳食品有限公司", "company", "expected_annual_sales_cny", 4e8, "cny", "实现销售收入4亿元,纳税1000万元", "全面投产后（预期）", kind="target", chk=True),
  fact("江苏艾美琳食品有限公司", "company", "expected_annual_tax_cny", 1e7, "cny", "纳税1000万元", "全面投产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ys07 中新苏滁高新区 (市场星报 2020)
SC = "中新苏滁高新产业开发区"
H0 = "据中新苏滁高新产业开发区党工委书记、管委会主任杨广兰介绍,中新苏滁高新区是2011年长三角地区主要领导座谈会的重要成果之一"
H1 = "2019年财政收入增长27.5%、固定资产投资增长20.9%、规上工业增加值增长48.6%、外贸进出口增长122.5%"
H2 = "“达亮电子LED一条龙新厂投资项目由台湾隆达电子股份有限公司投资建设,总投资3亿美元,2017年4月17日签约落户中新苏滁高新区,2017年7月全面开工建设,2018年6月投产,2019年实现产值13亿元。”"
AS7 = "2019年"
G["ys07"] = dict(
 article=art("项目为王 滁州迸发长三角合作新活力", "市场星报，载于 yybnet.net（今日滁州栏）", "2020-06-12", "day",
  "Provincial evening paper on a regional news portal, Anhui (滁州): a press tour of a national-level development zone co-built with Suzhou — the zone's 2019 growth rates, a Taiwanese-invested LED plant with its dates from signing to production and its 2019 output",
  "https://yybnet.net/chuzhou/news/202006/10560001.html",
  "日期取页面“来源:市场星报 2020-06-12 00:41”；采访活动为6月10日。标题照录；地方频道菜单、导航与来源行已删。存段末段“中新苏滁高新区始终聚焦…累计签约引进项目200多个,协议引进资金超720”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至达亮电子负责人引语，小标题“立足一体化,迸发长三角合作新活力”保留，共五段。园区：中新苏滁高新产业开发区（文中又作“中新苏滁高新区”“园区”；滁州，安徽；江苏安徽两省、苏州滁州两市合作共建；文中未写区县）；苏州工业园区只作为“走出去”战略的主体出现，列可选园区。公司：达亮电子（在区，项目业主）；台湾隆达电子股份有限公司（投资方，台湾，park null）。项目：达亮电子LED一条龙新厂投资项目——总投资3亿美元（investment_value 3e8，currency USD，investment_cny null），2017年4月17日签约落户、7月开工、2018年6月投产→投产；2019年实现产值13亿元。事实：园区2019年财政收入、固定资产投资、规上工业增加值、外贸进出口增速（ratio）。“连续4年位居安徽省开发区综合考核前20强”不计；滁州市总量名次不计。省委宣传部列可选机构。",
  "ys07"),
 parks=[
  park(SC, "滁州", "安徽", "高新技术产业开发区（合作共建）", H0, aliases=["中新苏滁高新区"], note="文中又作“中新苏滁高新区”“园区”；苏滁两市合作共建"),
  park("苏州工业园区", "苏州", "江苏", "工业园区", "也成为苏州工业园区实施“走出去”战略的最成功案例", opt=True, note="只作为合作方出现"),
 ],
 companies=[
  comp("达亮电子", SC, H2, note="LED一条龙新厂项目业主"),
  comp("台湾隆达电子股份有限公司", None, H2, note="投资方（台湾）"),
 ],
 institutions=[
  inst("安徽省委宣传部", "6月10日,由安徽省委宣传部举办的“走进安徽国家级开发区”系列新闻发布暨集中采访活动走进滁州市"),
 ],
 projects=[
  proj("达亮电子LED一条龙新厂投资项目", SC, H2, companies=["达亮电子", "台湾隆达电子股份有限公司"], inv="总投资3亿美元", currency="usd", value=3e8,
       status="投产", status_text="2018年6月投产", note="2017年4月17日签约落户，2017年7月全面开工建设，2018年6月投产"),
 ],
 aggregate_facts=[
  fact(SC, "park", "fiscal_revenue_yoy_growth", 0.275, "ratio", H1, AS7, kind="ratio"),
  fact(SC, "park", "fixed_asset_investment_yoy_growth", 0.209, "ratio", H1, AS7, kind="ratio"),
  fact(SC, "park", "above_scale_industrial_value_added_yoy_growth", 0.486, "ratio", H1, AS7, kind="ratio"),
  fact(SC, "park", "import_export_yoy_growth", 1.225, "ratio", H1, AS7, kind="ratio"),
  fact("达亮电子", "company", "output_cny", 1.3e9, "cny", "2019年实现产值13亿元", AS7, chk=True, note="达亮电子LED一条龙新厂项目"),
 ])

# ---------------------------------------------------------------- ys08 合肥经开区招商引资持续向好 (中国企业报 2021)
HF = "合肥经开区"
K0 = "新桥智能电动汽车产业园区、大众安徽新能源汽车生产基地(一期)及研发中心项目、沛顿存储先进封测、荏原精密、天港免疫药物……今年以来,合肥经开区一批规模大、带动性强的大项目成功签约落地、开工建设、正式投产"
K1 = "1-6月份,新签约重点项目75个,总投资611.3亿元、同比增长106%,完成年度计划105.4%,全市第一"
K2 = "实际利用外资43675万美元,同比增幅19.7%,全市第一"
K3 = "4月29日,新桥智能电动汽车产业园区开工仪式在新桥科创示范区举行,标志着世界级智能电动汽车产业集群在该区正式开工建设"
AS8 = "2021年1–6月"
NO8 = "文中只说这批项目“签约落地、开工建设、正式投产”，未分别说明阶段"
G["ys08"] = dict(
 article=art("积蓄新动能 合肥经开区招商引资持续向好", "中国企业报看安徽（张亚威 李长龙），载于 ceccenkah.com（“个人专栏 > 张晓梅”栏）", "2021-08-25", "day",
  "Business paper's Anhui channel relayed by a column site, Anhui (合肥): a national zone's half-year investment-promotion review — five named projects landed, started or in production, the zone's half-year signed projects and investment with growth, foreign capital used, one named park project started in April",
  "http://ceccenkah.com/a/zhangxiaomei/20210825/41608.html",
  "日期取页面“时间:2021-08-25 20:46 来源:中国企业报看安徽 作者:张亚威 李长龙”。标题照录；导航与时间来源行已删；页面把导语段作为摘要在正文前重复一次，摘要一份已删，正文一份保留（make_txt.py ITEMS 以第二次出现起）。存段末行“上”为下一段残字，已删；正文截至“…达成了一系列意向合作项目。”，共三段。园区：合肥经开区（合肥经济技术开发区；文中只作“合肥经开区”“经开区”“该区”；合肥，安徽）；新桥科创示范区为新桥项目开工仪式所在，“在该区正式开工建设”——列可选园区，母园区由语境推定为合肥经开区。项目：新桥智能电动汽车产业园区（2021年4月29日开工→开工）；大众安徽新能源汽车生产基地(一期)及研发中心项目、沛顿存储先进封测、荏原精密、天港免疫药物——文中只概说这批项目“签约落地、开工建设、正式投产”，各自阶段未说，status null。项目名中的企业（大众安徽、沛顿存储、荏原精密、天港免疫药物）列为可选公司。事实：1-6月新签约重点项目75个、总投资611.3亿元、同比增长106%、完成年度计划105.4%（可选）；实际利用外资43675万美元、增幅19.7%。第十三届中国汽车蓝皮书峰会、对接企业家近300人次不计。",
  "ys08"),
 parks=[
  park(HF, "合肥", "安徽", "经济技术开发区", K0, note="文中又作“经开区”“该区”"),
  park("新桥科创示范区", "合肥", "安徽", "科创示范区", K3, parent=HF, opt=True, note="新桥项目开工所在；母园区由“在该区正式开工建设”推定"),
 ],
 companies=[
  comp("大众安徽", HF, K0, opt=True, note="只在项目名中"),
  comp("沛顿存储", HF, K0, opt=True, note="以企业名作项目名"),
  comp("荏原精密", HF, K0, opt=True, note="以企业名作项目名"),
  comp("天港免疫药物", HF, K0, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("新桥智能电动汽车产业园区", HF, K3, status="开工", status_text="开工仪式…正式开工建设", note="2021年4月29日开工，仪式在新桥科创示范区"),
  proj("大众安徽新能源汽车生产基地(一期)及研发中心项目", HF, K0, companies=["大众安徽"], phase="一期", note=NO8),
  proj("沛顿存储先进封测", HF, K0, companies=["沛顿存储"], note=NO8),
  proj("荏原精密", HF, K0, companies=["荏原精密"], note=NO8),
  proj("天港免疫药物", HF, K0, companies=["天港免疫药物"], note=NO8),
 ],
 aggregate_facts=[
  fact(HF, "park", "projects_signed", 75, "count", K1, AS8, note="新签约重点项目"),
  fact(HF, "park", "signed_investment_cny", 6.113e10, "cny", "新签约重点项目75个,总投资611.3亿元、同比增长106%", AS8, chk=True),
  fact(HF, "park", "signed_investment_yoy_growth", 1.06, "ratio", K1, AS8, kind="ratio"),
  fact(HF, "park", "signing_plan_completion_share", 1.054, "ratio", K1, AS8, kind="ratio", opt=True),
  fact(HF, "park", "actual_fdi_usd", 4.3675e8, "usd", K2, AS8),
  fact(HF, "park", "actual_fdi_yoy_growth", 0.197, "ratio", K2, AS8, kind="ratio"),
 ])

# ---------------------------------------------------------------- ys09 合肥新站高新区 1至9月 (大公网 2024)
XZG = "合肥新站高新区"
L0 = "2024年1至9月,合肥新站高新区规上工业增加值同比增长24.6%,连续8个月保持20%以上增速;全区GDP同比增长7.2%"
L1 = "1至9月,合肥新站区新增规上工业企业18家,拉动规上工业产值增速3个百分点"
L2 = "线下,针对35个区级重点调度项目每周开展专题调度、现场办公,保障项目快速推进"
L3 = "其中,作为全球最先进的高世代AMOLED产线,合肥国显科技第8.6代AMOLED生产线项目在新站如期开工建设"
L4 = "7月在苏州举办新站之夜主题招商,吸引苏州50余家企业参会,接洽项目20余个,其中钢之星、奇梦者等一批项目签约落地"
AS9 = "2024年1–9月"
G["ys09"] = dict(
 article=art("（无标题）合肥新站高新区1至9月规上工业增加值增长24.6% 国显8.6代AMOLED项目开工", "大公网（takungpao.com 专题栏；存段无标题与署名）", "2024-11-14", "day",
  "Hong Kong paper's mainland web channel (simplified), Anhui (合肥): a high-tech zone's nine-month report — industrial value-added and GDP growth, new above-scale firms, key projects scheduled, a named display-panel line started, two named projects signed at a Suzhou promotion event",
  "https://www.takungpao.com/special/239159/2024/1114/1030942.html",
  "日期取网址 2024/1114（存段无日期行）。存段无标题行（title 为编者概括），从导语起；两条图片说明（“合肥新站区少荃湖科创中心。新站高新区管委会供图”“今年7月合肥新站区赴…主题招商活动。新站高新区管委会供图”）已删（ITEMS inner drops）。末句“1至9月,全区新签约项目95个,其中百亿元(人民币,下同)以上项目1个,10亿元以上项目4个,1至10亿元腰部项”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…取得良好招商成效。”，共四段。园区：合肥新站高新区（文中又作“新站高新区”“合肥新站区”“新站区”“新站”“全区”；合肥，安徽）。项目：合肥国显科技第8.6代AMOLED生产线项目（如期开工建设→开工，在新站）；钢之星、奇梦者（在苏州主题招商中“签约落地”→签约，落户新站区；以名称作项目名）。公司：合肥国显科技（只在项目名中，可选）；钢之星、奇梦者（项目名即企业名，可选）。事实：1至9月规上工业增加值增长24.6%、GDP增长7.2%（ratio）；新增规上工业企业18家（cumulative）；区级重点调度项目35个（可选）；主题招商接洽项目20余个（可选）。被删末句中的95个签约项目不在正文，不计。",
  "ys09"),
 parks=[
  park(XZG, "合肥", "安徽", "高新区", L0, aliases=["新站高新区", "合肥新站区", "新站区"], note="文中又作“新站”“全区”"),
 ],
 companies=[
  comp("合肥国显科技", XZG, L3, opt=True, note="只在项目名中"),
  comp("钢之星", XZG, L4, opt=True, note="以名称作项目名；签约落地"),
  comp("奇梦者", XZG, L4, opt=True, note="以名称作项目名；签约落地"),
 ],
 projects=[
  proj("合肥国显科技第8.6代AMOLED生产线项目", XZG, L3, companies=["合肥国显科技"], status="开工", status_text="如期开工建设"),
  proj("钢之星", XZG, L4, companies=["钢之星"], status="签约", status_text="签约落地", note="苏州“新站之夜”主题招商（2024年7月）"),
  proj("奇梦者", XZG, L4, companies=["奇梦者"], status="签约", status_text="签约落地", note="同上"),
 ],
 aggregate_facts=[
  fact(XZG, "park", "above_scale_industrial_value_added_yoy_growth", 0.246, "ratio", L0, AS9, kind="ratio"),
  fact(XZG, "park", "gdp_yoy_growth", 0.072, "ratio", L0, AS9, kind="ratio"),
  fact(XZG, "park", "new_above_scale_industrial_firms", 18, "count", L1, AS9, kind="cumulative"),
  fact(XZG, "park", "key_projects_scheduled", 35, "count", L2, AS9, opt=True, note="区级重点调度项目"),
  fact(XZG, "park", "projects_in_talks", 20, "count", L4, "2024年7月（苏州主题招商）", qual="余", qtext="余", opt=True, note="接洽项目"),
 ])
