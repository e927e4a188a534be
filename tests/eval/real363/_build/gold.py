# real363 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all six items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text places the project in, null if
# none (a county / district is not a park). Status from the text's words (开工 / 奠基 + 宣布开工 → 开工; 建设已基本完毕 → 在建;
# 建成投产 → 投产). Expected output / capacity figures are kind target; “至今已完成”“累计” are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/oxNN.raw as returned.

# ---------------------------------------------------------------- ox01 合盛 石河子开发区 2013 (ferro-alloys.com)
HS = "新疆西部合盛循环经济产业园"
SHZ = "石河子开发区"
A0 = "在石河子开发区新疆西部合盛循环经济产业园隆重举行"
A1 = "由新疆西部合盛硅业有限公司和宁波合生集团主办的“新疆西部合盛循环经济产业园建园三周年暨20万吨有机硅项目开工仪式”"
A2 = "至今已完成固定资产投资约30亿元, 20万吨工业硅项目已建成"
A3 = "2X330Mw自备电厂首台机组已并网发电,3万吨石墨电极丶30万立方米新型墙体材料项目分别建成投产"
G["ox01"] = dict(
 article=art("合盛产业园三周年暨20万吨有机硅项目开工仪式", "ferro-alloys.com（铁合金在线；“来源:”为空，原发不详）", "2013-09-06", "day",
  "Industry news site relaying a company event, Xinjiang: a silicon firm's own circular-economy park in a development zone marks three years and starts its 200,000-tonne organosilicon project — fixed-asset investment to date, projects built and in production, output and staff",
  "http://ferro-alloys.com/News/Details/35069",
  "日期取页面“2013年09月06日 10:59”（活动日2013年8月16日）。标题照录（页面重复一次，第二次删）；“来源:”“关键字:有机硅”“[导读]”等行已删。存段在末段“马培华主席认为…对推动八师石河子市经济跨越发展具有”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…起到了重要的作用。”，共三段。“正直金秋”“丶”原文如此，照录。园区：石河子开发区（新疆；兵团农八师石河子市）；新疆西部合盛循环经济产业园（企业自建园区，位于石河子开发区内，parent 记石河子开发区）。公司：新疆西部合盛硅业有限公司、宁波合生集团（主办方；合生集团即文中“合盛集团”？不确定，分列，后者可选）。项目：20万吨有机硅项目（开工）；20万吨工业硅项目（已建成→竣工）；3万吨石墨电极、30万立方米新型墙体材料项目（分别建成投产→投产）；2X330Mw自备电厂（首台机组并网发电，可选，无状态）。事实：园区（企业）至今完成固定资产投资约30亿元（cumulative，约）；工业总产值30亿元；员工近3000名（约）。",
  "ox01"),
 parks=[
  park(SHZ, "石河子", "新疆", "开发区", A0, note="兵团农八师石河子市"),
  park(HS, "石河子", "新疆", "循环经济产业园（企业园区）", A0, parent=SHZ, note="合盛硅业自建园区；建园三周年"),
 ],
 companies=[
  comp("新疆西部合盛硅业有限公司", HS, A1, note="主办方；园区建设者"),
  comp("宁波合生集团", None, A1, opt=True, note="主办方（母公司，在宁波）"),
 ],
 projects=[
  proj("20万吨有机硅项目", HS, A1, companies=["新疆西部合盛硅业有限公司"], status="开工", status_text="开工仪式"),
  proj("20万吨工业硅项目", HS, A2, companies=["新疆西部合盛硅业有限公司"], status="竣工", status_text="已建成"),
  proj("3万吨石墨电极", HS, A3, companies=["新疆西部合盛硅业有限公司"], status="投产", status_text="分别建成投产"),
  proj("30万立方米新型墙体材料项目", HS, A3, companies=["新疆西部合盛硅业有限公司"], status="投产", status_text="分别建成投产"),
  proj("2X330Mw自备电厂", HS, A3, companies=["新疆西部合盛硅业有限公司"], opt=True, note="首台机组已并网发电；无状态词"),
 ],
 aggregate_facts=[
  fact(HS, "park", "fixed_asset_investment_cny", 3e9, "cny", A2, "2010年至2013年8月", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(HS, "park", "industrial_output_cny", 3e9, "cny", "实现工业总产值30亿元", "2013年8月", chk=True),
  fact(HS, "park", "employees", 3000, "count", "企业共吸纳各族员工近3000名", "2013年8月", kind="cumulative", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- ox02 兴国集团 两江新区水土高新产业园区 2016 (华龙网 via baogaosu)
ST = "水土高新产业园区"
B0 = "记者从两江新区水土高新产业园区了解到,总投资6.5亿元的兴国集团总部基地及新能源汽车新型材料一期项目建设已基本完毕,于今年底正式投产"
G["ox02"] = dict(
 article=art("重庆又一新能源汽车基地年底投产", "华龙网（记者 严薇），载于 chongqing.baogaosu.com", "2016-09-02", "day",
  "City news portal relayed by an aggregator, Chongqing: a parts group's headquarters base and new-energy-vehicle materials phase 1 in a high-tech industrial park nearly complete, to start production at year-end — investment, area, products, expected output",
  "https://chongqing.baogaosu.com/xinwen/%E9%87%8D%E5%BA%86%E5%8F%88%E4%B8%80%E6%96%B0%E8%83%BD%E6%BA%90%E6%B1%BD%E8%BD%A6%E5%9F%BA%E5%9C%B0%E5%B9%B4%E5%BA%95%E6%8A%95%E4%BA%A7/50085311",
  "日期取页面“02.09.2016 15:02”（按该站日.月.年格式读作2016-09-02；如为月.日则为2016-02-09，但“年底投产”与两者皆合，记 day 并注明）。标题照录；“本文来源: 华龙网”与署名“记者 严薇”行已删。正文三段，完整。园区：水土高新产业园区（两江新区内；两江新区为国家级新区，不列母园区，可选列出）。公司：兴国集团、兴国金科（主体）。项目：兴国集团总部基地及新能源汽车新型材料一期项目（总投资6.5亿元；建设已基本完毕、年底投产→在建，status_alt 投产）。事实：一期占地114亩（可选）；预计公司年产值50亿元（target）。",
  "ox02"),
 parks=[
  park(ST, "重庆", "重庆", "高新产业园区", B0, note="两江新区内"),
  park("两江新区", "重庆", "重庆", "国家级新区", B0, opt=True, note="新区，作区域"),
 ],
 companies=[
  comp("兴国集团", ST, B0),
  comp("兴国金科", ST, "该项目以兴国金科为主体打造兴国集团办公大楼", opt=True),
 ],
 projects=[
  proj("兴国集团总部基地及新能源汽车新型材料一期项目", ST, B0, companies=["兴国集团"], inv="总投资6.5亿元", phase="一期",
       status="在建", status_alt="投产", status_text="建设已基本完毕,于今年底正式投产"),
 ],
 aggregate_facts=[
  fact("兴国集团总部基地及新能源汽车新型材料一期项目", "project", "site_area_mu", 114, "mu", "新能源汽车新型材料及零部件轻量化一期工程占地面积达114亩", "2016年9月", opt=True),
  fact("兴国集团", "company", "expected_annual_output_cny", 5e9, "cny", "预计公司年产值将达到50亿元", "两江基地建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ox03 华新 黄石经济技术开发区 2018 (uniwire)
HSK = "黄石经济技术开发区"
C0 = "华新新材料与智能装备制造科技园项目在黄石经济技术开发区举行奠基仪式"
C1 = "该项目总投资22亿元,其中固定资产投资20亿元,规划用地约800亩"
G["ox03"] = dict(
 article=art("华新新材料与智能装备制造科技园项目奠基", "uniwire.cn（“来源:”为空；华新公司新闻的转载）", "2018-08-10", "day",
  "News relay of a company item, Hubei: a cement group's new-materials and intelligent-equipment science park breaks ground in a national economic and technological development zone — investment, land, product lines",
  "http://www.uniwire.cn/html/2018/keji_0810/133252.html",
  "日期取页面“2018-08-10 17:31:47”（奠基日8月5日）。标题照录；“当前位置”“科技”与时间来源行已删。正文五段，完整。园区：黄石经济技术开发区（黄石，湖北）。公司：华新（即华新水泥股份有限公司，文中只作“华新”；总裁李叶青）。项目：华新新材料与智能装备制造科技园项目，总投资22亿元（固定资产投资20亿元作 alt），奠基、宣布开工→开工；属“华新百年复兴基地项目”（可选，作上位项目，园区不明）。",
  "ox03"),
 parks=[
  park(HSK, "黄石", "湖北", "经济技术开发区", C0),
 ],
 companies=[
  comp("华新", HSK, C0, note="华新水泥；文中只作“华新”"),
 ],
 projects=[
  proj("华新新材料与智能装备制造科技园项目", HSK, C1, companies=["华新"], inv="总投资22亿元", status="开工", status_text="奠基仪式…宣布项目开工",
       alt_investment={"investment_text": "固定资产投资20亿元", "investment_cny": 2e9, "note": "其中固定资产投资"}),
  proj("华新百年复兴基地项目", None, "华新新材料与智能装备制造科技园项目是华新百年复兴基地项目建设的重要部分", companies=["华新"], opt=True,
       note="上位项目；园区未说"),
 ],
 aggregate_facts=[
  fact("华新新材料与智能装备制造科技园项目", "project", "site_area_mu", 800, "mu", C1, "2018年8月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ox04 西安桃园冶金 西户高新区 2019 (company site tyyejin.com)
XH = "西户高新区"
D0 = "西安桃园冶金设备工程有限公司--冶金环保电炉及节能环保设备制造基地开工奠基仪式在西安市鄠邑区西户高新区圆满成功举行"
D1 = "该项目建设周期为一年,将于2020年5月全面竣工,总投入近2亿元"
G["ox04"] = dict(
 article=art("（无标题）西安桃园冶金设备工程有限公司冶金环保电炉及节能环保设备制造基地开工奠基", "西安桃园冶金设备工程有限公司官网（tyyejin.com 新闻）", "2019-05", "month",
  "Company's own website, Shaanxi: the firm's new manufacturing base breaks ground in a high-tech zone — site, floor area, schedule, investment, expected output",
  "http://tyyejin.com/newsshow.php?cid=6&id=89",
  "存段无标题、无发布日期行（title 为编者概括）；文中奠基日为2019年5月27日，发布日不详，记 2019-05（month）。存段末行“锣鼓声声震天响…共同祝愿”在句中中断，整行删去，正文截至“…奠基培土。”，共八段。园区：西户高新区（西安市鄠邑区，陕西）。公司：西安桃园冶金设备工程有限公司。项目：冶金环保电炉及节能环保设备制造基地，“总投入近2亿元”→约，开工奠基→开工。事实：年产值7个亿（“7个亿”无“元”，不作 _cny 金额；value 7e8 unit cny, target, 可选）；占地近百亩、建筑面积近50000平方米（可选）。",
  "ox04"),
 parks=[
  park(XH, "西安", "陕西", "高新区", D0, district="鄠邑区"),
 ],
 companies=[
  comp("西安桃园冶金设备工程有限公司", XH, D0, aliases=["桃园冶金"]),
 ],
 institutions=[
  inst("西户高新区管委会", "出席奠基仪式的西户高新区管委会领导", park=XH),
 ],
 projects=[
  proj("冶金环保电炉及节能环保设备制造基地", XH, D1, companies=["西安桃园冶金设备工程有限公司"], inv="总投入近2亿元", qual="约", qual_text="近",
       status="开工", status_text="开工奠基仪式"),
 ],
 aggregate_facts=[
  fact("西安桃园冶金设备工程有限公司", "company", "expected_annual_output", 7e8, "cny", "公司的生产规模可达到年产值7个亿", "项目建成后（预期）", kind="target", opt=True,
       note="“7个亿”无“元”字"),
  fact("冶金环保电炉及节能环保设备制造基地", "project", "site_area_mu", 100, "mu", "该制造基地占地近百亩", "2019年5月", qual="约", qtext="近", opt=True),
  fact("冶金环保电炉及节能环保设备制造基地", "project", "floor_area_m2", 50000, "m2", "总建筑面积近50000平方米", "2019年5月（规划）", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- ox05 兴发精密 乐平工业园区 (广东省国资委 企业动态; undated)
LP = "乐平工业园区"
E0 = "广东兴发铝业有限公司全资控股子公司——广东兴发精密制造有限公司新材料及精密智造项目奠基仪式在广东佛山三水乐平工业园区隆重举行"
E1 = "“兴发精密”项目总投资12亿元,占地面积约240亩"
G["ox05"] = dict(
 article=art("（无标题）广东兴发精密制造有限公司新材料及精密智造项目奠基", "广东省国资委网站“企业动态”栏（gzw.gd.gov.cn；企业供稿）", None, "unknown",
  "Provincial state-assets commission's 'company news' column carrying a firm's item, Guangdong: a subsidiary's new-materials and precision-manufacturing project breaks ground in an industrial park — investment, land, first-phase equipment, expected capacity",
  "http://gzw.gd.gov.cn/qydt/content/post_2172935.html",
  "存段无标题、无日期行（title 为编者概括）；发布日未知（“近日”；两次检索均未找到日期）。正文四段，完整。园区：乐平工业园区（文中“三水乐平工业园区”，佛山市三水区，广东）。公司：广东兴发铝业有限公司（母公司）、广东兴发精密制造有限公司（全资子公司，项目主体，在园）。项目：新材料及精密智造项目（又作“兴发精密”项目），总投资12亿元，奠基→开工。事实：占地约240亩（可选）；预计达产后年产15万吨型材、3万吨配件（实物量，不记）。",
  "ox05"),
 parks=[
  park(LP, "佛山", "广东", "工业园区", E0, district="三水区", note="文中作“三水乐平工业园区”"),
 ],
 companies=[
  comp("广东兴发精密制造有限公司", LP, E0, aliases=["兴发精密"]),
  comp("广东兴发铝业有限公司", None, E0, aliases=["兴发铝业"], note="母公司；园区未说"),
 ],
 projects=[
  proj("新材料及精密智造项目", LP, E1, companies=["广东兴发精密制造有限公司"], inv="总投资12亿元", status="开工", status_text="奠基仪式",
       note="又作“兴发精密”项目；全称“广东兴发精密制造有限公司新材料及精密智造项目”"),
 ],
 aggregate_facts=[
  fact("新材料及精密智造项目", "project", "site_area_mu", 240, "mu", E1, "奠基时", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ox06 广源集团 永丰新材料产业园 (chinacoatings; undated)
YF = "永丰新材料产业园"
F0 = "广源集团永丰新材料产业园年产50万吨非金属新材料项目基地揭牌仪式正式举行"
F1 = "广源集团年产50万吨非金属新材料生产项目是吉安市的重点项目,该项目占地面积182亩,总投资6.6亿元"
G["ox06"] = dict(
 article=art("（无标题）广源集团永丰新材料产业园年产50万吨非金属新材料项目基地揭牌", "中国涂料在线 chinacoatings.com.cn（企业稿转载；原发不详）", None, "unknown",
  "Coatings-trade site carrying a company item, Jiangxi: a mineral-materials group's project base in its new-materials park is inaugurated — investment, land, capacity, profit-tax, construction stage",
  "https://chinacoatings.com.cn/news/show.php?itemid=5886",
  "存段无标题、无日期行（title 为编者概括）；发布日未知（“冬日”“近日”；一次检索未找到日期）。正文四段，完整。园区：永丰新材料产业园（广源集团在永丰县的产业园；吉安市，江西；文中作“广源集团永丰新材料产业园”，亦称“新材料产业园基地”）。公司：广源集团（文中又作“江西广源”标牌）。项目：年产50万吨非金属新材料生产项目（总投资6.6亿元；揭牌，厂房已建成、正在设备安装→在建）。事实：占地182亩（可选）；年创利税可超亿元（target；“超亿元”无数字，value 1e8 qual 超，可选）。",
  "ox06"),
 parks=[
  park(YF, "吉安", "江西", "产业园（新材料）", F0, district="永丰县", note="文中作“广源集团永丰新材料产业园”“新材料产业园基地”"),
 ],
 companies=[
  comp("广源集团", YF, F0, aliases=["江西广源"]),
 ],
 projects=[
  proj("年产50万吨非金属新材料生产项目", YF, F1, companies=["广源集团"], inv="总投资6.6亿元", status="在建",
       status_text="一车间和二车间的厂房已建成,正在进行设备安装", aliases=["年产50万吨非金属新材料项目"]),
 ],
 aggregate_facts=[
  fact("年产50万吨非金属新材料生产项目", "project", "site_area_mu", 182, "mu", F1, "揭牌时", opt=True),
  fact("年产50万吨非金属新材料生产项目", "project", "expected_annual_profit_tax", 1e8, "cny", "年创利税可超亿元", "建成后（预期）", kind="target", qual="超", qtext="超", opt=True),
 ])
