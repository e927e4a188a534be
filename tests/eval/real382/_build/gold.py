# real382 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county or district is not a park). Status from the
# text's words (开工 / 开工建设 / 开建 → 开工; 建成投产 / 落成投产 → 投产; 已竣工验收 → 竣工; 进入设备安装调试 / 紧锣密鼓地建设
# → 在建; 即将开工 → planned; 签订…战略合作框架协议 → 签约; 落地 / 引进 alone → no status). “预计” / “将” year figures are kind
# target with “（预计）” in as_of; “截至目前” / “累计” counts are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/nqNN.raw as returned.

# ---------------------------------------------------------------- nq01 北仑今年投产十六个重大工业项目 (宁波日报 2014)
KF = "宁波开发区"
A0 = "总投资均为20亿元的台塑AA/AE扩建项目、台化公司苯酚/丙酮项目、塑化公司丁基橡胶(IIR)项目,日前已进入设备安装调试阶段,预计于年内投入试生产"
A1 = "包括这3个项目在内,宁波开发区、北仑区今年建成投产的重大工业项目将有16个"
A2 = "吉利春晓整车一期项目已经建成,6月起已进行试生产"
A3 = "总投资25亿元的逸盛PTA节能技改扩产项目、总投资84亿元的海越新材料一期项目、总投资30亿元的亚洲浆纸三期二阶段项目都已在二季度建成投产"
A4 = "台塑PVC(糊树脂)和台塑高吸水性树脂(SAP)改扩建项目都将于年内建成并投入试生产"
A5 = "总投资4.35亿元的浙江精顺传动系统有限公司的年产12万套汽车自动变速箱项目"
A6 = "总投资2.6亿元的继峰汽车零部件搬迁及扩建项目"
A7 = "总投资5.5亿多元的力劲压铸机注塑机生产项目中的一期项目"
A8 = "总投资11.5亿元的高效晶体硅太阳能电池及组件项目目前均已建成投产"
A9 = "“仅这7个单个投资额在20亿元以上的项目达产后,新增的年工业产值就超过600亿元,新增年利税约30亿元。”"
G["nq01"] = dict(
 article=art("北仑今年投产十六个重大工业项目 涉及石化、汽车、新能源等,将促工业经济总量再上新台阶", "宁波日报（记者 李平 通讯员 贺峰），B1版 开发导刊，daily.cnnb.com.cn", "2014-11-11", "day",
  "City daily's development-zone page, Zhejiang (Ningbo): a national zone and its district's 2014 major industrial projects — three petrochemical projects in commissioning, projects built and in production with amounts, projects to start trial production, the year's count of projects put into production",
  "http://daily.cnnb.com.cn/nbrb/html/2014-11/11/content_811978.htm?div=-1",
  "日期取版面“2014年11月11日 星期二”。标题行为主题+副题（以空格连接）。版面导航行已删。存段末段“总投资3.1亿元的中海油LNG冷能空分一期项目已建成,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…目前均已建成投产。”，共五段。园区：宁波开发区（宁波经济技术开发区，文中只作“宁波开发区”，与北仑区合署；北仑区为行政区，不列园区）。项目均归宁波开发区（文中“宁波开发区、北仑区今年建成投产的重大工业项目”，逐项位置未明说，按语境推定）。状态：台塑AA/AE等三项“进入设备安装调试阶段,预计于年内投入试生产”→在建；吉利春晓整车一期“已经建成,6月起已进行试生产”→竣工（status_alt 投产）；逸盛PTA等三项“建成投产”→投产；精顺等四项“均已建成投产”→投产；台塑PVC/SAP两项“将于年内建成并投入试生产”、EVA与台塑热电厂扩建“明年上半年可建成投产”为可选项目，无状态。金额：台塑AA/AE等三项“总投资均为20亿元”各记20亿元；力劲“5.5亿多元”非标准写法，investment_cny 为空（unparsed），qualifier 余。“今年建成投产的重大工业项目将有16个”为年度预计（target）。",
  "nq01"),
 parks=[
  park(KF, "宁波", "浙江", "经济技术开发区", A1, district="北仑区", note="宁波经济技术开发区；文中只作“宁波开发区”，与北仑区并列"),
 ],
 companies=[
  comp("浙江精顺传动系统有限公司", KF, A5, note="园区位置按语境推定"),
  comp("台化公司", KF, A0, opt=True, note="只在项目名中"),
  comp("塑化公司", KF, A0, opt=True, note="只在项目名中"),
  comp("台塑", KF, A4, opt=True, note="只在项目名中"),
  comp("逸盛", KF, A3, opt=True, note="只在项目名中"),
  comp("海越", KF, A3, opt=True, note="只在项目名中"),
  comp("亚洲浆纸", KF, A3, opt=True, note="只在项目名中"),
  comp("继峰", KF, A6, opt=True, note="只在项目名中"),
  comp("力劲", KF, A7, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("北仑区发改局", "北仑区发改局有关负责人说"),
 ],
 projects=[
  proj("台塑AA/AE扩建项目", KF, A0, companies=["台塑"], inv="总投资均为20亿元", status="在建", status_text="已进入设备安装调试阶段,预计于年内投入试生产"),
  proj("台化公司苯酚/丙酮项目", KF, A0, companies=["台化公司"], inv="总投资均为20亿元", status="在建", status_text="已进入设备安装调试阶段,预计于年内投入试生产"),
  proj("塑化公司丁基橡胶(IIR)项目", KF, A0, companies=["塑化公司"], inv="总投资均为20亿元", status="在建", status_text="已进入设备安装调试阶段,预计于年内投入试生产"),
  proj("吉利春晓整车一期项目", KF, A2, phase="一期", status="竣工", status_alt="投产", status_text="已经建成,6月起已进行试生产", note="年产5万辆；达产后年产值约200亿元"),
  proj("逸盛PTA节能技改扩产项目", KF, A3, companies=["逸盛"], inv="总投资25亿元", status="投产", status_text="建成投产"),
  proj("海越新材料一期项目", KF, A3, companies=["海越"], inv="总投资84亿元", phase="一期", status="投产", status_text="建成投产"),
  proj("亚洲浆纸三期二阶段项目", KF, A3, companies=["亚洲浆纸"], inv="总投资30亿元", phase="三期", status="投产", status_text="建成投产"),
  proj("年产12万套汽车自动变速箱项目", KF, A5, companies=["浙江精顺传动系统有限公司"], inv="总投资4.35亿元", status="投产", status_text="均已建成投产"),
  proj("继峰汽车零部件搬迁及扩建项目", KF, A6, companies=["继峰"], inv="总投资2.6亿元", status="投产", status_text="均已建成投产"),
  proj("力劲压铸机注塑机生产项目", KF, A7, companies=["力劲"], inv="总投资5.5亿多元", unparsed=True, qual="余", qual_text="多", phase="一期", status="投产", status_text="均已建成投产",
       note="建成投产的是其中的一期项目；“5.5亿多元”非数字+亿元写法，investment_cny 为空"),
  proj("高效晶体硅太阳能电池及组件项目", KF, A8, inv="总投资11.5亿元", status="投产", status_text="均已建成投产"),
  proj("台塑PVC(糊树脂)改扩建项目", KF, A4, companies=["台塑"], opt=True, note="文中“台塑PVC(糊树脂)和台塑高吸水性树脂(SAP)改扩建项目”，将于年内建成并投入试生产"),
  proj("台塑高吸水性树脂(SAP)改扩建项目", KF, A4, companies=["台塑"], opt=True, note="同上"),
  proj("台塑热电厂扩建项目", KF, "除明年上半年可建成投产的EVA和台塑热电厂扩建项目外", opt=True, note="明年上半年可建成投产"),
 ],
 aggregate_facts=[
  fact(KF, "park", "projects_in_production", 16, "count", A1, "2014年全年（预计）", kind="target", note="重大工业项目；与北仑区合计"),
  fact("吉利春晓整车一期项目", "project", "expected_annual_output_cny", 2e10, "cny", "年产值约200亿元,年税收15亿元左右", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(KF, "park", "expected_new_annual_output_cny", 6e10, "cny", "新增的年工业产值就超过600亿元", "7个项目达产后（预计）", kind="target", qual="超", qtext="超过", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nq02 高新区(新材料科技城)“一区多园”满眼春 (宁波日报 2015)
GX = "宁波高新区"
YY = "浙江“千人计划”余姚产业园"
B0 = "宁波高新区(新材料科技城)创新大平台建设羊年奋蹄喜争春,新材料科技城国际创新中心、宁波智慧园等平台建设正加速推进,总投资逾百亿元"
B1 = "年初以来,新材料科技城国际创新中心开工建设,总投资25亿元,建筑面积达50万平方米"
B2 = "浙江“千人计划”余姚产业园启动区10万平方米的标准化厂房已竣工验收,总投资8000多万元"
B3 = "已成功吸引以中科莱恩机器人、甬菱德盟CMP等为主的“千人计划”专家领衔项目15人,达产后预计产值达12亿元"
B4 = "新材料国际创业社区即将开工建设,集新材料研发成果转移、投融资、中试产业化于一体,总投资50亿元"
B5 = "在奉化智能制造产业园,合计投资达4亿元的两家公司5月将投产"
B6 = "在宁波(宁海)生物园,宁波生物医药研发培训中心近期将交付使用,项目总投资3.2亿元"
B7 = "在慈溪新兴产业园,至少4个项目今年将建成,达产后预计产值达18亿元"
B8 = "据悉,高新区(新材料科技城)“一区多园”7个分园挂牌一年多来大放异彩"
G["nq02"] = dict(
 article=art("高新区(新材料科技城)“一区多园”满眼春", "宁波日报（记者易鹤 通讯员宋铁勇 秦羽），经中国宁波网；存于 tj.jiuquan.cc 转载页", "2015", "year",
  "City daily via the city news portal, relayed by an aggregator page, Zhejiang (Ningbo): a national high-tech zone's platforms and branch parks early in the year — platform projects started, completed or about to start with amounts, branch-park projects and expected output",
  "https://tj.jiuquan.cc/a-15191",
  "转载页无日期；文中“羊年奋蹄喜争春”“年初以来”“5月将投产”定为2015年春（乙未羊年），精度只到年。转载页首行“2”与重复的导语（无引号版）已删，标题照录。存段在末段“协议引资239.8亿元,”处中断，该未完句（“去年,各分园…协议引资239.8亿元,”）整句删去（make_txt.py LINE_SUFFIX），正文截至“…大放异彩。”，共五段。园区：宁波高新区（文中又作“高新区(新材料科技城)”；转载页删去的导语作“宁波国家高新区”）；分园：浙江“千人计划”余姚产业园、奉化智能制造产业园、宁波(宁海)生物园、慈溪新兴产业园（parent 宁波高新区，“一区多园”分园，归属由语境推定）。项目：新材料科技城国际创新中心（开工建设，25亿元）；余姚产业园启动区标准化厂房（已竣工验收，“8000多万元”非标准写法，unparsed，余）；新材料国际创业社区（即将开工→planned，50亿元）；宁波生物医药研发培训中心（近期将交付使用，3.2亿元，无状态词）；宁波智慧园（平台，可选）。奉化两家公司“合计投资达4亿元”未点名，不列项目。中科莱恩机器人、甬菱德盟CMP为专家领衔项目（可选公司，余姚产业园）。",
  "nq02"),
 parks=[
  park(GX, "宁波", "浙江", "高新区", B0, aliases=["新材料科技城"], note="文中作“宁波高新区(新材料科技城)”“高新区(新材料科技城)”（转载页删去的导语作“宁波国家高新区”）"),
  park(YY, "宁波", "浙江", "产业园", B2, district="余姚市", parent=GX, note="分园（按“一区多园”语境推定）"),
  park("奉化智能制造产业园", "宁波", "浙江", "产业园", B5, district="奉化", parent=GX, note="分园"),
  park("宁波(宁海)生物园", "宁波", "浙江", "产业园", B6, district="宁海县", parent=GX, note="分园"),
  park("慈溪新兴产业园", "宁波", "浙江", "产业园", B7, district="慈溪市", parent=GX, note="分园"),
 ],
 companies=[
  comp("中科莱恩机器人", YY, B3, opt=True, note="“千人计划”专家领衔项目"),
  comp("甬菱德盟CMP", YY, B3, opt=True, note="“千人计划”专家领衔项目"),
 ],
 projects=[
  proj("新材料科技城国际创新中心", GX, B1, inv="总投资25亿元", status="开工", status_text="开工建设"),
  proj("浙江“千人计划”余姚产业园启动区标准化厂房", YY, B2, inv="总投资8000多万元", unparsed=True, qual="余", qual_text="多", status="竣工", status_text="已竣工验收",
       note="启动区10万平方米标准化厂房；“8000多万元”非数字+万元写法，investment_cny 为空"),
  proj("新材料国际创业社区", GX, B4, inv="总投资50亿元", status="planned", status_text="即将开工建设"),
  proj("宁波生物医药研发培训中心", "宁波(宁海)生物园", B6, inv="项目总投资3.2亿元", note="近期将交付使用（无状态词）"),
  proj("宁波智慧园", GX, B0, opt=True, note="平台建设“正加速推进”；与国际创新中心合计“总投资逾百亿元”"),
 ],
 aggregate_facts=[
  fact(GX, "park", "platform_investment_cny", 1e10, "cny", "总投资逾百亿元", "2015年初", qual="超", qtext="逾", opt=True, note="国际创新中心、宁波智慧园等平台合计；“百亿元”非数字写法"),
  fact("新材料科技城国际创新中心", "project", "floor_area_m2", 5e5, "m2", B1, "2015年初", opt=True),
  fact(YY, "park", "expert_led_projects", 15, "count", B3, "2015年初", kind="cumulative", opt=True, note="“专家领衔项目15人”"),
  fact(YY, "park", "expected_output_cny", 1.2e9, "cny", "达产后预计产值达12亿元", "达产后（预计）", kind="target", chk=True),
  fact("慈溪新兴产业园", "park", "projects_to_complete", 4, "count", B7, "2015年全年（预计）", kind="target", qual="超", qtext="至少", opt=True),
  fact("慈溪新兴产业园", "park", "expected_output_cny", 1.8e9, "cny", "达产后预计产值达18亿元", "达产后（预计）", kind="target", chk=True),
  fact(GX, "park", "branch_parks", 7, "count", B8, "2015年初"),
 ])

# ---------------------------------------------------------------- nq03 千亿投资再续“梅山速度” (浙江日报 2015)
HK = "宁波国际海洋生态科技城"
MS = "梅山保税港区"
C0 = "正式挂牌三个月,宁波国际海洋生态科技城开发开放热潮涌动"
C1 = "截至目前,梅山共梳理海洋科技城相关重大项目57个,总投资近1000亿元"
C2 = "9月底,宁波国际海洋生态科技城正式挂牌,当天有梅山海洋金融小镇一期等6个重大项目开工"
C3 = "累计引进类金融企业2468家,注册资本3329亿元"
C4 = "11月上旬,梅山保税港区管委会与敏实集团签订汽车电子项目战略合作框架协议,由后者出资10亿元,面向国内外领先的电子企业开展收购与兼并,并将新合作项目统一落户至梅山,打造敏实智能汽车电子产业园"
C5 = "吉利F2赛车场、康达医疗产业园、梅山海洋金融小镇一期项目、集装箱码头6到10号泊位、跨境电商首票货物验放"
G["nq03"] = dict(
 article=art("从国家级保税港区跃上国际海洋生态科技城 千亿投资再续“梅山速度”", "浙江日报（金旭孟 李一 谢晔），00026版 今日宁波，zjrb.zjol.com.cn", "2015-12-22", "day",
  "Provincial daily's city page, Zhejiang (Ningbo, 北仑 / 梅山): a bonded port area's new science city three months after its launch — major projects listed and their total, projects started on launch day, quasi-financial firms and capital, a carmaker-parts group's signed framework agreement",
  "http://zjrb.zjol.com.cn/html/2015-12/22/content_2936124.htm?div=-1",
  "日期取网址 2015-12/22。标题行为引题+主题（以空格连接）；“浙江日报 数字报纸”“00026版:今日宁波”与署名行已删（署名记入 outlet）。存段止于第五段末“…打造敏实智能汽车电子产业园。”，句子完整，其后未存。园区：宁波国际海洋生态科技城（2015年9月底挂牌，位于梅山）；梅山保税港区（文中又作“梅山”“国家级保税港区”）；宁波新材料科技城只作比较，列可选园区。项目：梅山海洋金融小镇一期项目（9月底开工→开工）；敏实智能汽车电子产业园（梅山保税港区管委会与敏实集团签订战略合作框架协议→签约，“出资10亿元”）；吉利F2赛车场、康达医疗产业园、集装箱码头6到10号泊位只在开篇列举，无状态词，可选。事实：海洋科技城相关重大项目57个、总投资近1000亿元（截至目前，cumulative；近→约）；挂牌当天6个重大项目开工；类金融企业2468家、注册资本3329亿元（累计，cumulative，归梅山保税港区）。马卫光为北仑区委书记，不列。",
  "nq03"),
 parks=[
  park(HK, "宁波", "浙江", "科技城", C0, district="北仑区", aliases=["海洋科技城"], note="位于梅山；2015年9月底挂牌"),
  park(MS, "宁波", "浙江", "保税港区", C4, district="北仑区", note="文中又作“梅山”“国家级保税港区”"),
  park("宁波新材料科技城", "宁波", "浙江", "科技城", "与宁波新材料科技城形成双子星", opt=True, note="只作比较"),
 ],
 companies=[
  comp("敏实集团", MS, C4, note="签约方；新合作项目统一落户梅山"),
 ],
 institutions=[
  inst("梅山保税港区管委会", C4, park=MS),
 ],
 projects=[
  proj("梅山海洋金融小镇一期项目", HK, C2, phase="一期", status="开工", status_text="当天有…等6个重大项目开工", note="全省首批37个特色小镇之一"),
  proj("敏实智能汽车电子产业园", MS, C4, companies=["敏实集团"], inv="出资10亿元", status="签约", status_text="签订汽车电子项目战略合作框架协议",
       note="文中又作“汽车电子项目”；出资用于收购兼并，新合作项目落户梅山"),
  proj("吉利F2赛车场", HK, C5, opt=True, note="只在开篇列举"),
  proj("康达医疗产业园", HK, C5, opt=True, note="只在开篇列举"),
  proj("集装箱码头6到10号泊位", HK, C5, opt=True, note="只在开篇列举"),
 ],
 aggregate_facts=[
  fact(HK, "park", "major_projects", 57, "count", C1, "2015年12月（截至目前）", kind="cumulative", note="梅山梳理的海洋科技城相关重大项目"),
  fact(HK, "park", "major_projects_investment_cny", 1e11, "cny", "总投资近1000亿元", "2015年12月（截至目前）", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(HK, "park", "projects_started", 6, "count", C2, "2015年9月底（挂牌当天）"),
  fact(MS, "park", "quasi_financial_firms", 2468, "count", C3, "2015年12月（累计）", kind="cumulative"),
  fact(MS, "park", "quasi_financial_registered_capital_cny", 3.329e11, "cny", "注册资本3329亿元", "2015年12月（累计）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- nq04 慈溪新材料托起工业转型新高地 (浙江日报 2016)
CX = "慈溪高新技术产业开发区"
D0 = "在慈溪中心城区西北侧的慈溪高新技术产业开发区,如今已成为慈溪智能经济发展的主阵地"
D1 = "在12平方公里的慈溪高新区内,落户企业33家,园区已形成了装备制造、新能源、新材料、电子信息为主的产业结构"
D2 = "已投产企业21家,新能源产业园、生命健康产业园、宁波“千人计划”高端装备制造园、上林英才产业园、非晶材料产业园等“园中园”格局正在形成"
D3 = "今年前10个月,园区工业产值近30亿元,同比增加52%"
D4 = "规上企业利润2.57亿元,同比增加162%"
D5 = "在参观兆晶股份公司正在打造的非晶产业园后"
G["nq04"] = dict(
 article=art("慈溪新材料托起工业转型新高地", "浙江日报（余建文 周敏杰 邵滢），00017版 今日宁波，zjrb.zjol.com.cn", "2016-12-29", "day",
  "Provincial daily's city page, Zhejiang (Ningbo, 慈溪): a county-level city's new-materials drive — its high-tech zone's area, firms settled and in production, parks-within-the-park, ten-month output, profit and fiscal revenue",
  "http://zjrb.zjol.com.cn/html/2016-12/29/content_3029352.htm?div=-1",
  "日期取网址 2016-12/29。标题照录；“浙江日报 数字报纸”“00017版:今日宁波”与署名行已删（署名记入 outlet）。存段末段“今年,慈溪市出台《“十三五”开放型经济发展规划》…做精新材料、智能装备等战略”为一句且中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…打造一条“专用公路”。”，共四段。园区：慈溪高新技术产业开发区（文中又作“慈溪高新区”“园区”）；园中园：宁波“千人计划”高端装备制造园、上林英才产业园、非晶材料产业园（又作“非晶产业园”，兆晶股份公司正在打造），新能源产业园、生命健康产业园（名称泛，列可选），parent 均为慈溪高新区。公司：兆晶股份公司（打造非晶产业园；园区归属由语境推定）。事实：面积12平方公里、落户企业33家、已投产企业21家（现状，cumulative）；前10个月工业产值近30亿元（约）、增长52%，规上企业利润2.57亿元、增长162%，财政收入1.3亿元（cumulative，2016年1–10月）。",
  "nq04"),
 parks=[
  park(CX, "宁波", "浙江", "高新区", D0, district="慈溪市", aliases=["慈溪高新区"], note="文中又作“园区”"),
  park("宁波“千人计划”高端装备制造园", "宁波", "浙江", "产业园", D2, district="慈溪市", parent=CX, note="园中园"),
  park("上林英才产业园", "宁波", "浙江", "产业园", D2, district="慈溪市", parent=CX, note="园中园"),
  park("非晶材料产业园", "宁波", "浙江", "产业园", D2, district="慈溪市", parent=CX, aliases=["非晶产业园"], note="园中园；开篇作“兆晶股份公司正在打造的非晶产业园”"),
  park("新能源产业园", "宁波", "浙江", "产业园", D2, district="慈溪市", parent=CX, opt=True, note="园中园；名称泛"),
  park("生命健康产业园", "宁波", "浙江", "产业园", D2, district="慈溪市", parent=CX, opt=True, note="园中园；名称泛"),
 ],
 companies=[
  comp("兆晶股份公司", CX, D5, note="正在打造非晶产业园（园中园）；园区归属由语境推定"),
 ],
 projects=[
  proj("非晶产业园", CX, D5, opt=True, note="兆晶股份公司“正在打造”；园中园之一，作项目可选"),
 ],
 aggregate_facts=[
  fact(CX, "park", "area_km2", 12, "km2", D1, "2016年末", opt=True),
  fact(CX, "park", "firms_settled", 33, "count", D1, "2016年末", kind="cumulative"),
  fact(CX, "park", "firms_in_production", 21, "count", D2, "2016年末", kind="cumulative"),
  fact(CX, "park", "industrial_output_cny", 3e9, "cny", "园区工业产值近30亿元", "2016年1–10月", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(CX, "park", "industrial_output_yoy_growth", 0.52, "ratio", D3, "2016年1–10月", kind="ratio"),
  fact(CX, "park", "above_scale_profit_cny", 2.57e8, "cny", D4, "2016年1–10月", kind="cumulative", chk=True),
  fact(CX, "park", "above_scale_profit_yoy_growth", 1.62, "ratio", D4, "2016年1–10月", kind="ratio"),
  fact(CX, "park", "fiscal_revenue_cny", 1.3e8, "cny", "园区财政收入达1.3亿元", "2016年1–10月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- nq05 杭州湾新区前三季度 (浙江新闻 2017)
HW = "杭州湾新区"
E0 = "几天前,康龙化成宁波新园区项目落成投产,成为新区百亿生命健康产业的“旗舰”"
E1 = "今天,北京精雕高端数控机床及机器人研发生产项目又在这里开工建设,为新区智能制造产业添砖加瓦"
E2 = "除了产业项目,宁波市杭州湾医院、华强二期等城市高端配套和旅游综合项目也在紧锣密鼓地建设中"
E3 = "前三季度,新区实现地区生产总值315.8亿元,同比增长15.4%"
E4 = "完成规上工业增加值191.1亿元,同比增长14.0%"
E5 = "实现财政总收入112.9亿元,同比增长51.8%"
E6 = "汽车产业、新材料产业、智能电器产业等六大先进制造业共实现产值833.0亿元,同比增长26.2%"
E7 = "其中实现汽车产业产值592.3亿元,同比增长24.7%,目前上汽大众累计生产整车24万辆"
AS5 = "2017年1–9月"
G["nq05"] = dict(
 article=art("（无标题）杭州湾新区前三季度三项指标增速领跑全市 康龙化成项目投产、北京精雕项目开工", "浙江新闻（浙江在线 zjnews.zjol.com.cn，宁波新闻栏；存段无署名）", "2017-11-07", "day",
  "Provincial news portal's city channel, Zhejiang (Ningbo): a national-level new area after three quarters — one project in production, one started, two under construction, GDP, industrial value added, fiscal revenue, output of six manufacturing industries and of the car industry",
  "https://zjnews.zjol.com.cn/zjnews/nbnews/201711/t20171107_5548695.shtml",
  "日期取网址 201711/t20171107（文中“今天”即开工日）。存段无标题、无日期行（title 为编者概括）。存段在末段“包括制造业项目、服务业”处中断，该未完句（“截至目前,新区落户各类产业项目39个,总投资374.01亿元,包括制造业项目、服务业”）整句删去（make_txt.py LINE_SUFFIX），正文截至“…引来了更多的“金凤凰”。”，共七段。园区：杭州湾新区（宁波杭州湾新区，文中只作“杭州湾新区”“新区”）；滨海新城为新区内新城板块，列可选园区。项目：康龙化成宁波新园区项目（落成投产→投产）；北京精雕高端数控机床及机器人研发生产项目（开工建设→开工）；宁波市杭州湾医院、华强二期（紧锣密鼓地建设中→在建；医院为城市配套，可选）。公司：上汽大众（累计生产整车24万辆）；康龙化成、北京精雕只在项目名中（可选）。事实：前三季度 GDP、规上工业增加值、财政总收入及增速（2017年1–9月，reported）；六大先进制造业产值与汽车产业产值及增速；上汽大众累计整车24万辆（cumulative）；限上批零销售额、旅游收入与滨海新城投资计划为可选。",
  "nq05"),
 parks=[
  park(HW, "宁波", "浙江", "新区", "深秋时节,航拍器镜头下的杭州湾新区,仍是满眼“生机”", district="慈溪市", note="宁波杭州湾新区；文中又作“新区”"),
  park("滨海新城", "宁波", "浙江", "新城", "新区滨海新城正在高强度的投资推动下快速崛起", parent=HW, opt=True, note="新区内新城板块"),
 ],
 companies=[
  comp("上汽大众", HW, E7, note="累计生产整车24万辆"),
  comp("康龙化成", HW, E0, opt=True, note="只在项目名中"),
  comp("北京精雕", HW, E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("康龙化成宁波新园区项目", HW, E0, companies=["康龙化成"], status="投产", status_text="落成投产"),
  proj("北京精雕高端数控机床及机器人研发生产项目", HW, E1, companies=["北京精雕"], status="开工", status_text="开工建设"),
  proj("华强二期", HW, E2, phase="二期", status="在建", status_text="在紧锣密鼓地建设中", note="旅游综合项目"),
  proj("宁波市杭州湾医院", HW, E2, status="在建", status_text="在紧锣密鼓地建设中", opt=True, note="城市高端配套"),
 ],
 aggregate_facts=[
  fact(HW, "park", "gdp_cny", 3.158e10, "cny", "新区实现地区生产总值315.8亿元", AS5, chk=True),
  fact(HW, "park", "gdp_yoy_growth", 0.154, "ratio", E3, AS5, kind="ratio"),
  fact(HW, "park", "above_scale_industrial_value_added_cny", 1.911e10, "cny", E4, AS5, chk=True),
  fact(HW, "park", "above_scale_industrial_value_added_yoy_growth", 0.14, "ratio", E4, AS5, kind="ratio"),
  fact(HW, "park", "fiscal_revenue_cny", 1.129e10, "cny", E5, AS5, chk=True),
  fact(HW, "park", "fiscal_revenue_yoy_growth", 0.518, "ratio", E5, AS5, kind="ratio"),
  fact(HW, "park", "advanced_manufacturing_output_cny", 8.33e10, "cny", "共实现产值833.0亿元", AS5, chk=True, note="六大先进制造业"),
  fact(HW, "park", "advanced_manufacturing_output_yoy_growth", 0.262, "ratio", E6, AS5, kind="ratio", opt=True),
  fact(HW, "park", "auto_industry_output_cny", 5.923e10, "cny", "其中实现汽车产业产值592.3亿元", AS5, chk=True),
  fact(HW, "park", "auto_industry_output_yoy_growth", 0.247, "ratio", E7, AS5, kind="ratio", opt=True),
  fact("上汽大众", "company", "vehicles_produced", 240000, "vehicles", "目前上汽大众累计生产整车24万辆", "2017年10月（累计）", kind="cumulative"),
  fact(HW, "park", "wholesale_retail_sales_cny", 1.525e10, "cny", "新区实现限上批发零售业销售总额152.5亿元", AS5, opt=True, chk=True),
  fact(HW, "park", "tourism_revenue_cny", 5.317e7, "cny", "实现旅游收入5317万元", "2017年国庆中秋假期", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nq06 象山20个重大项目集中开工 (宁波日报 2019)
F0 = "昨天上午,象山“重大项目突破年”活动集中开工仪式在经济开发区城东工业园举行"
F1 = "据了解,此次集中开工项目共20个,其中产业项目10个,民生和基础设施项目10个"
F2 = "这些项目总投资78亿元,年度计划投资13亿元"
F3 = "“我们计划总投资3.5亿元,采用国际先进的电镀、注塑成型设备,为奔驰、宝马、奥迪等高端客户提供汽车外饰件产品,致力成为全球领先的电镀零部件集成供应商。”在集中开工仪式上,作为项目业主代表发言的宁波华翔电子股份有限公司董事长周晓峰踌躇满志"
F4 = "新引进亿元以上项目41个、10亿元以上项目11个"
G["nq06"] = dict(
 article=art("象山20个重大项目集中开工", "宁波日报（记者 沈孙晖 象山县委报道组 俞莉 陈光曙），载于浙江在线宁波频道 nb.zjol.com.cn", "2019-02-21", "day",
  "City daily on the provincial portal's city channel, Zhejiang (Ningbo, 象山): a county's joint groundbreaking held in its development zone's industrial park — 20 projects and their total, a listed firm's planned investment, last year's county figures and this year's targets",
  "http://nb.zjol.com.cn/zjss/201902/t20190221_9505867.shtml",
  "日期取页面“2019-02-21 12:34:45 来源: 宁波日报”（开工仪式为“昨天”，即2019-02-20）。标题照录；位置栏、时间来源行与空“编辑:”行已删。正文五段，完整。园区：城东工业园（文中作“经济开发区城东工业园”，即象山经济开发区的城东工业园；“经济开发区”单独为泛称，不另列，母园区未写全称，记于 note）。象山为县（区域），不列园区。集中开工的20个项目（78亿元）为全县项目，只在城东工业园举行仪式，未点名项目，不列项目；事实主体记“象山”（region）。宁波华翔电子股份有限公司为项目业主代表（“计划总投资3.5亿元”，项目未点名，不另造项目；项目位置未明说，park 为空）。去年全县 GDP、财政收入与今年签约目标等为县级数字，列可选。",
  "nq06"),
 parks=[
  park("城东工业园", "宁波", "浙江", "工业园", F0, district="象山县", note="文中作“经济开发区城东工业园”（象山经济开发区，全称未写）"),
 ],
 companies=[
  comp("宁波华翔电子股份有限公司", None, F3, note="项目业主代表；项目位置未明说"),
 ],
 projects=[],
 aggregate_facts=[
  fact("象山", "region", "projects_started", 20, "count", F1, "2019-02-20（集中开工）"),
  fact("象山", "region", "projects_started_investment_cny", 7.8e9, "cny", F2, "2019-02-20（集中开工）", chk=True),
  fact("象山", "region", "planned_annual_investment_cny", 1.3e9, "cny", "年度计划投资13亿元", "2019年（计划）", kind="target", opt=True, chk=True),
  fact("宁波华翔电子股份有限公司", "company", "planned_investment_cny", 3.5e8, "cny", "我们计划总投资3.5亿元", "2019-02-20", opt=True, chk=True, note="项目未点名"),
  fact("象山", "region", "projects_introduced_over_100m", 41, "count", F4, "2018年", opt=True),
  fact("象山", "region", "projects_introduced_over_1bn", 11, "count", F4, "2018年", opt=True),
  fact("象山", "region", "gdp_cny", 5.3e10, "cny", "全县完成地区生产总值530亿元", "2018年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nq07 宁波高新区交出亮眼成绩单 (中国高新技术产业导报 2021)
GX7 = "宁波高新区"
H0 = "近日,宁波高新区(新材料科技城)发布今年上半年运行数据:今年1-6月,园区实现规上工业增加值39.5亿元,同比增长35.8%,增速位列宁波市第一"
H1 = "园区80%的规上工业企业实现正增长,更是有近一半的企业增幅超过50%"
H2 = "推进工业互联网产业园、国家级工业互联网平台应用创新推广中心建设"
H3 = "精准推荐53家数字化改革支撑企业"
G["nq07"] = dict(
 article=art("宁波高新区交出亮眼成绩单", "中国高新技术产业导报（存段无作者），载于西藏自治区科学技术厅网站 sti.xizang.gov.cn", "2021-08-16", "day",
  "National science-park trade paper relayed by a provincial government site: a national high-tech zone's first-half 2021 figures — above-scale industrial value added and growth, share of firms growing, per-mu efficiency, digital-economy measures",
  "http://sti.xizang.gov.cn/kjfw/kejiyq/202108/t20210816_254938.html",
  "日期取转载页“2021年08月16日 来源:中国高新技术产业导报”（原报刊日期未示）。标题照录；位置栏与来源行已删。存段末段“下一步,宁波高新区将继续…推动全区数字赋能高质高效,”为一句且中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…实现资源共享、跨越发展。”，共五段。园区：宁波高新区（文中作“宁波高新区(新材料科技城)”，新材料科技城记为别名）；工业互联网产业园（推进建设，园区内载体，可选园区/项目）。事实：1–6月规上工业增加值39.5亿元、增长35.8%（reported）；80%规上企业正增长（ratio，可选）；53家数字化改革支撑企业（可选）。“增幅超宁波市平均水平15.7个百分点”为百分点差，不计。",
  "nq07"),
 parks=[
  park(GX7, "宁波", "浙江", "高新区", H0, aliases=["新材料科技城"], note="文中作“宁波高新区(新材料科技城)”“园区”"),
  park("工业互联网产业园", "宁波", "浙江", "产业园", H2, parent=GX7, opt=True, note="推进建设中；名称泛"),
 ],
 companies=[],
 projects=[
  proj("工业互联网产业园", GX7, H2, opt=True, note="“推进…建设”，无状态词"),
  proj("国家级工业互联网平台应用创新推广中心", GX7, H2, opt=True, note="“推进…建设”，无状态词"),
 ],
 aggregate_facts=[
  fact(GX7, "park", "above_scale_industrial_value_added_cny", 3.95e9, "cny", "园区实现规上工业增加值39.5亿元", "2021年1–6月", chk=True),
  fact(GX7, "park", "above_scale_industrial_value_added_yoy_growth", 0.358, "ratio", H0, "2021年1–6月", kind="ratio"),
  fact(GX7, "park", "share_of_above_scale_firms_growing", 0.8, "ratio", H1, "2021年1–6月", kind="ratio", opt=True),
  fact(GX7, "park", "digital_reform_support_firms", 53, "count", H3, "2021年上半年", opt=True),
 ])

# ---------------------------------------------------------------- nq08 前湾新区招商引资质效显著提升 (前湾新区刊 2024)
QW = "前湾新区"
K0 = "吉利高端新能源车型、万金新型储能设备精密结构件、冠石光掩膜版制造、中电化合物半导体……2023年,前湾新区招大引强成效显著,共引进各类产业项目总投资约410.5亿元"
K1 = "其中,先进制造业项目66个,总投资达389.1亿元,占比达94.8%"
K2 = "2023年,前湾新区平均每个工作日引资超过1.64亿元,累计引进10亿元级项目7个、50亿元级项目1个、100亿元级项目1个、世界500强企业投资项目4个"
K3 = "9个超10亿元以上项目总投资约265.9亿元,分别占新区引进制造业项目总投资66.3%、宁波引进制造业项目总投资13%"
AS8 = "2023年"
G["nq08"] = dict(
 article=art("引进总投资410.5亿元,其中先进制造业占比94.8% 前湾新区招商引资质效显著提升", "前湾新区（宁波前湾新区管委会的新区刊物，xqdk.qianwan.gov.cn；记者 卓松磊）", "2024-01-10", "day",
  "A new area's own weekly (government site), Zhejiang (Ningbo): the area's 2023 investment attraction — four named projects introduced, total investment introduced, advanced-manufacturing projects and share, counts of large projects, the new three-year plan",
  "http://xqdk.qianwan.gov.cn/html/2024-01/10/content_81969_16952278.htm",
  "日期取版面“2024年01月10日 星期三 出版”。标题行为引题+主题（以空格连接）；版面导航行已删。存段在第四段“通过“招大引强”与“延链补链””处中断，该未完句（“为加快建设新能源汽车产业集群核心区,…与“延链补链””）整句删去（make_txt.py LINE_SUFFIX），正文截至“…这离不开对链上项目的招引。”，共四段。园区：前湾新区（宁波前湾新区，《宁波前湾新区招商引资三年行动计划》中作全称，记为别名）。项目：吉利高端新能源车型、万金新型储能设备精密结构件、冠石光掩膜版制造、中电化合物半导体——2023年引进（“落地生根”），无单项金额、无状态词；企业只在项目名中（可选）。事实：2023年引进产业项目总投资约410.5亿元；先进制造业项目66个、389.1亿元、占94.8%；10亿元级项目7个等（reported，年度）；平均每个工作日引资超1.64亿元、9个超10亿元项目约265.9亿元及其占比为可选。",
  "nq08"),
 parks=[
  park(QW, "宁波", "浙江", "新区", K0, district="慈溪市", aliases=["宁波前湾新区"], note="文中又作“新区”"),
 ],
 companies=[
  comp("吉利", QW, K0, opt=True, note="只在项目名中"),
  comp("万金", QW, K0, opt=True, note="只在项目名中"),
  comp("冠石", QW, K0, opt=True, note="只在项目名中"),
  comp("中电", QW, K0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("吉利高端新能源车型", QW, K0, companies=["吉利"], note="2023年引进；无状态词、无金额"),
  proj("万金新型储能设备精密结构件", QW, K0, companies=["万金"], note="同上"),
  proj("冠石光掩膜版制造", QW, K0, companies=["冠石"], note="同上"),
  proj("中电化合物半导体", QW, K0, companies=["中电"], note="同上"),
 ],
 aggregate_facts=[
  fact(QW, "park", "introduced_investment_cny", 4.105e10, "cny", "共引进各类产业项目总投资约410.5亿元", AS8, qual="约", qtext="约", chk=True),
  fact(QW, "park", "advanced_manufacturing_projects_introduced", 66, "count", K1, AS8),
  fact(QW, "park", "advanced_manufacturing_investment_cny", 3.891e10, "cny", "总投资达389.1亿元,占比达94.8%", AS8, chk=True),
  fact(QW, "park", "advanced_manufacturing_investment_share", 0.948, "ratio", K1, AS8, kind="ratio"),
  fact(QW, "park", "projects_introduced_1bn_class", 7, "count", K2, AS8, note="10亿元级项目"),
  fact(QW, "park", "projects_introduced_5bn_class", 1, "count", K2, AS8, opt=True),
  fact(QW, "park", "projects_introduced_10bn_class", 1, "count", K2, AS8, opt=True),
  fact(QW, "park", "fortune500_projects_introduced", 4, "count", K2, AS8),
  fact(QW, "park", "investment_per_working_day_cny", 1.64e8, "cny", "平均每个工作日引资超过1.64亿元", AS8, qual="超", qtext="超过", opt=True, chk=True),
  fact(QW, "park", "projects_over_1bn_investment_cny", 2.659e10, "cny", "总投资约265.9亿元", AS8, qual="约", qtext="约", opt=True, chk=True, note="9个超10亿元以上项目合计"),
  fact(QW, "park", "projects_over_1bn", 9, "count", K3, AS8, opt=True),
 ])
