# real356 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in, null if none (a county / district / town is
# not a park). Status from the text's words (开工 / 开工建设 / 集中开工 → 开工; 建设现场 with works under way → 在建; 招引 /
# 落户 alone → no status). “预计”/“可实现” figures are kind target; year-to-date counts and values (“今年以来”, “截至目前”,
# “累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/oqNN.raw as returned.

# ---------------------------------------------------------------- oq01 柘汪临港产业区六年破“百亿” (本报讯 via aiganyu forum 2011)
ZW = "柘汪临港产业区"
A0 = "寒冬腊月,赣榆县柘汪临港产业区内一派繁忙,新海石化产销两旺"
A1 = "新海石化实现产值101亿元,成为赣榆首个百亿企业"
A2 = "柘汪临港产业区实现产值160亿元,成为连云港市县级第一个百亿产业、百亿园区"
A3 = "目前,产业区内落户企业45家,规模以上企业30家,销售收入达到101.9亿元"
G["oq01"] = dict(
 article=art("柘汪临港产业区六年破“百亿”", "“本报讯”（记者 袁春梅 通讯员 刘玉洪 孟凡星 秦泗健；报名存段未示，应为连云港本地日报），转载于论坛 aiganyu.com（爱赣榆）", "2011-01-14", "day",
  "Local daily's news item reposted on a county forum, Jiangsu (连云港 赣榆): a coastal industrial zone's first year above 10 billion yuan of output — its leading refinery's daily and annual output, the county's petrochemical output, the zone's output, firm counts and sales",
  "http://aiganyu.com./thread-81546-1-1.html",
  "日期取论坛帖“发表于 2011-1-14 12:00:01”（原报刊发日不详，应同日或稍早）；网址照搜索结果所示（域名后有一点）。标题照录；论坛菜单、“查看/回复”“[复制链接]”与发帖行已删。存段在第三段“石化下游的枫林实业、鹏程化工、华大塑料、”处中断，该未完句（“围绕新海石化,形成了…”）已删（make_txt.py LINE_SUFFIX），正文截至“…临港重化工业体系。”，共三段。园区：柘汪临港产业区（赣榆县，连云港，江苏；文中又作“产业区”）。赣榆县为县，不是园区。公司：新海石化（在产业区内）。无具名项目。事实：新海石化日产值3500万元（目前，可选）、2010年产值101亿元；赣榆县石油化工产业产值120亿元（region，可选）；产业区2010年产值160亿元；“目前”落户企业45家、规模以上企业30家、销售收入101.9亿元（as_of 2011年1月）。“刚刚过去的一年”= 2010年。",
  "oq01"),
 parks=[
  park(ZW, "连云港", "江苏", "临港产业区", A0, district="赣榆县", note="文中又作“产业区”；县级园区"),
 ],
 companies=[
  comp("新海石化", ZW, A0, note="产业区龙头企业；总经理姜顺"),
 ],
 aggregate_facts=[
  fact("新海石化", "company", "daily_output_cny", 3.5e7, "cny", "实现产值3500万元", "2011年1月（目前，每天）", opt=True, chk=True, note="每天产值"),
  fact("新海石化", "company", "output_cny", 1.01e10, "cny", A1, "2010年", chk=True),
  fact("赣榆县", "region", "petrochemical_output_cny", 1.2e10, "cny", "石油化工产业实现产值120亿元", "2010年", opt=True, chk=True, note="县石油化工产业"),
  fact(ZW, "park", "output_cny", 1.6e10, "cny", A2, "2010年", chk=True),
  fact(ZW, "park", "firms", 45, "count", A3, "2011年1月"),
  fact(ZW, "park", "above_scale_firms", 30, "count", A3, "2011年1月"),
  fact(ZW, "park", "revenue_cny", 1.019e10, "cny", "销售收入达到101.9亿元", "2011年1月（目前）", chk=True, note="产业区销售收入；期间未明说"),
 ])

# ---------------------------------------------------------------- oq02 大丰 24个项目集中开工 (中国路面机械网 2010)
DF = "大丰港经济区"
B0 = "5月26日,落户江苏大丰的24个项目集中开工,总投资27.08亿元"
B1 = "其中,由中国亚泰特钢集团有限公司和上海金昌不锈钢管制造有限公司合资建设的泰昌不锈钢制品项目总投资16亿元,今年计划投资6亿元"
B2 = "截至目前,大丰今年新开工千万元以上项目118个,其中亿元以上项目25个,5000万元以上项目19个,竣工千万元以上项目54个"
AS2 = "2010年5月26日（集中开工）"
G["oq02"] = dict(
 article=art("（无标题）落户江苏大丰的24个项目集中开工 总投资27.08亿元", "中国路面机械网（页末自称），载于 m.8703666.com（转载页；署名无）", "2010-05-31", "day",
  "Machinery-trade news site, Jiangsu (盐城 大丰): a county-level city's groundbreaking of 24 projects — total investment, one named stainless-steel joint venture with its investment, annual plan and expected output, supporting a port economic zone's industry, and the city's year-to-date project counts",
  "https://m.8703666.com/2010/201005/20100531102556.shtml",
  "日期取网址 2010/201005/20100531（文中开工日为5月26日）。存段无标题（title 为编者概括）；页末“中国路面机械网是…”推介段已删。正文三段，完整。园区：大丰港经济区（大丰市，盐城，江苏）。大丰为县级市，不是园区（事实 subject_type region）。项目：泰昌不锈钢制品项目——总投资16亿元，随24个项目集中开工→开工；园区文中未明说，因“将进一步奠定大丰港经济区不锈钢产业发展基础”推定在大丰港经济区（note 注明）；今年计划投资6亿元（target）、全部投产后预计年产值60亿元、利税6亿元（target，可选）。公司：中国亚泰特钢集团有限公司、上海金昌不锈钢管制造有限公司为合资方（园区 null）。事实：24个项目、27.08亿元、亿元以上6个（可选）；截至目前今年新开工千万元以上项目118个、亿元以上25个、竣工54个（cumulative）。",
  "oq02"),
 parks=[
  park(DF, "盐城", "江苏", "港口经济区", "该项目的开工建设,将进一步奠定大丰港经济区不锈钢产业发展基础", district="大丰市"),
 ],
 companies=[
  comp("中国亚泰特钢集团有限公司", None, B1, note="泰昌不锈钢制品项目合资方"),
  comp("上海金昌不锈钢管制造有限公司", None, B1, note="泰昌不锈钢制品项目合资方"),
 ],
 projects=[
  proj("泰昌不锈钢制品项目", DF, B1, companies=["中国亚泰特钢集团有限公司", "上海金昌不锈钢管制造有限公司"], inv="总投资16亿元",
       status="开工", status_text="集中开工", note="园区由语境推定（奠定大丰港经济区不锈钢产业基础）；今年计划投资6亿元"),
 ],
 aggregate_facts=[
  fact("大丰", "region", "projects_started", 24, "count", B0, AS2),
  fact("大丰", "region", "projects_started_investment_cny", 2.708e9, "cny", B0, AS2, chk=True),
  fact("大丰", "region", "projects_started_over_100m", 6, "count", "当天开工的项目中,亿元以上项目达6个", AS2, opt=True),
  fact("泰昌不锈钢制品项目", "project", "planned_annual_investment_cny", 6e8, "cny", "今年计划投资6亿元", "2010年（计划）", kind="target", opt=True, chk=True),
  fact("泰昌不锈钢制品项目", "project", "expected_annual_output_cny", 6e9, "cny", "项目全部投产后,预计可形成年产值60亿元、利税6亿元", "全部投产后（预计）", kind="target", opt=True, chk=True),
  fact("大丰", "region", "projects_started", 118, "count", B2, "2010年1月至5月", kind="cumulative", note="新开工千万元以上项目"),
  fact("大丰", "region", "projects_started_over_100m", 25, "count", B2, "2010年1月至5月", kind="cumulative", opt=True),
  fact("大丰", "region", "projects_completed", 54, "count", B2, "2010年1月至5月", kind="cumulative", note="竣工千万元以上项目"),
 ])

# ---------------------------------------------------------------- oq03 宿迁6个共建园区 (宿迁网 via jszsyz 2015)
SS = "苏宿工业园区"
SY = "张家港经济技术开发区宿豫工业园"
SH = "常熟高新区泗洪工业园"
SYA = "吴江经济技术开发区泗阳工业园"
SHY = "昆山沭阳工业园区"
SC = "吴中经济技术开发区宿城工业园"
C0 = "我市进入前10行列的5个共建园区为苏宿工业园区、张家港经济技术开发区宿豫工业园、常熟高新区泗洪工业园、吴江经济技术开发区泗阳工业园、昆山沭阳工业园区"
C1 = "吴中经济技术开发区宿城工业园位列第十三名"
C2 = "共引进项目91个,注册资金39.28亿元,招引了如金鸵乳业、紫然科技、天成锋精机、宇邦实业等亿元以上工业项目"
GRP = "宿迁6个共建园区"
AS3 = "2014年"
G["oq03"] = dict(
 article=art("宿迁6个共建园区占据全省“第一方阵”", "宿迁网（记者 王国康 通讯员 高家郎），载于江苏招商引资网 jszsyz.com", "2015-10-09", "day",
  "Investment-promotion portal relaying a city news site, Jiangsu (宿迁): the province's yearly ranking of north–south co-built parks — the six co-built parks of the city named with their ranks and rewards, their combined 2014 figures (area developed, construction money, projects and registered capital, four named 100-million-yuan projects, revenue, sales, tax, foreign capital)",
  "http://www.jszsyz.com/zs/detail-10572.html",
  "日期取页面“来源:宿迁 发布时间:2015-10-9”。标题照录；站名菜单、来源行与页末留言表单已删。正文三段，完整。园区：六个南北共建园区，名称照录——苏宿工业园区、张家港经济技术开发区宿豫工业园、常熟高新区泗洪工业园、吴江经济技术开发区泗阳工业园、昆山沭阳工业园区、吴中经济技术开发区宿城工业园（宿迁市，江苏；kind 南北共建园区；区县据名称）。名称中的苏州方园区（张家港经济技术开发区、常熟高新区、吴江经济技术开发区、吴中经济技术开发区）只在共建园区名中出现，列为可选园区（苏州，共建合作方，不是母园区）。公司：金鸵乳业、紫然科技、天成锋精机、宇邦实业——“招引了…等亿元以上工业项目”，在六园之一但未说哪一园，园区 null（note 注明）；同名项目无状态，列为可选项目。事实：六园合计（subject “宿迁6个共建园区”，region，note 六园合计）2014年开发面积13平方公里（累计，cumulative）、建设资金21.25亿元、引进项目91个、注册资金39.28亿元、业务总收入642.33亿元、规上工业销售收入567.03亿元、税收25.86亿元、实际利用外资2.6603亿美元；全省43个共建园区、奖励金额、名次列可选。",
  "oq03"),
 parks=[
  park(SS, "宿迁", "江苏", "南北共建园区", C0, note="苏州宿迁共建；考核第一（“六连冠”）"),
  park(SY, "宿迁", "江苏", "南北共建园区", C0, district="宿豫区", note="考核第四"),
  park(SH, "宿迁", "江苏", "南北共建园区", C0, district="泗洪县", note="考核第六"),
  park(SYA, "宿迁", "江苏", "南北共建园区", C0, district="泗阳县", note="考核第八"),
  park(SHY, "宿迁", "江苏", "南北共建园区", C0, district="沭阳县", note="考核第九"),
  park(SC, "宿迁", "江苏", "南北共建园区", C1, district="宿城区", note="考核第十三"),
  park("张家港经济技术开发区", "苏州", "江苏", "经济技术开发区", C0, opt=True, note="只在共建园区名中；苏州方合作园区"),
  park("常熟高新区", "苏州", "江苏", "高新区", C0, opt=True, note="只在共建园区名中；苏州方合作园区"),
  park("吴江经济技术开发区", "苏州", "江苏", "经济技术开发区", C0, opt=True, note="只在共建园区名中；苏州方合作园区"),
  park("吴中经济技术开发区", "苏州", "江苏", "经济技术开发区", C1, opt=True, note="只在共建园区名中；苏州方合作园区"),
 ],
 companies=[
  comp("金鸵乳业", None, C2, note="六个共建园区招引的亿元以上工业项目之一；哪一园未说"),
  comp("紫然科技", None, C2, note="同上"),
  comp("天成锋精机", None, C2, note="同上"),
  comp("宇邦实业", None, C2, note="同上"),
 ],
 institutions=[
  inst("省苏北发展协调小组", "从省苏北发展协调小组传来喜讯", note="江苏省苏北发展协调小组（考核方）"),
 ],
 projects=[
  proj("金鸵乳业", None, C2, companies=["金鸵乳业"], opt=True, note="以企业名作项目名；亿元以上工业项目（区间，不作投资额）；2014年招引"),
  proj("紫然科技", None, C2, companies=["紫然科技"], opt=True, note="同上"),
  proj("天成锋精机", None, C2, companies=["天成锋精机"], opt=True, note="同上"),
  proj("宇邦实业", None, C2, companies=["宇邦实业"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(GRP, "region", "developed_area_km2", 13, "km2", "6个共建园区累计开发面积13平方公里", AS3, kind="cumulative", note="六园合计"),
  fact(GRP, "region", "construction_investment_cny", 2.125e9, "cny", "投入建设资金21.25亿元", AS3, chk=True, note="六园合计"),
  fact(GRP, "region", "projects_introduced", 91, "count", C2, AS3, note="六园合计"),
  fact(GRP, "region", "registered_capital_cny", 3.928e9, "cny", "注册资金39.28亿元", AS3, chk=True, note="六园合计"),
  fact(GRP, "region", "business_revenue_cny", 6.4233e10, "cny", "业务总收入642.33亿元", AS3, chk=True, note="六园合计"),
  fact(GRP, "region", "industrial_sales_above_scale_cny", 5.6703e10, "cny", "规模以上工业销售收入567.03亿元", AS3, chk=True, note="六园合计"),
  fact(GRP, "region", "tax_revenue_cny", 2.586e9, "cny", "税收收入25.86亿元", AS3, chk=True, note="六园合计"),
  fact(GRP, "region", "actual_fdi_usd", 2.6603e8, "usd", "实际利用外资2.6603亿美元", AS3, note="六园合计"),
  fact("江苏省", "region", "co_built_parks", 43, "count", "在全省43个南北共建园区年度考核排名中", AS3, opt=True),
  fact(GRP, "region", "parks_in_top10", 5, "count", "其中5个园区进入前10行列", AS3, opt=True),
 ])

# ---------------------------------------------------------------- oq04 徐州经开区 弘元 项目开工 (jiangsunews 2022)
XZ = "徐州经济技术开发区"
D0 = "今天(8月16日)上午,总投资约150亿元的弘元新材料新能源产业一体化项目在徐州经济技术开发区开工建设"
D1 = "其中一二期总投资约100亿元,年产25GW单晶硅金刚线切片及14GW高效电池片"
D2 = "一二期项目全部达产后,预计可实现年营收约190亿元;产业园项目全部达产后,预计可实现年营收约400亿元,新增就业6000人"
D3 = "目前该区集聚了协鑫集团、天通集团、创维集团、金阳硅业、上机数控等企业"
G["oq04"] = dict(
 article=art("完善徐州光伏产业生态 徐州经开区百亿级光伏产业项目开工建设", "江苏新闻网 jiangsunews.cn（“地方 > 徐州”栏；来源与责任编辑空白）", "2022-08-17", "day",
  "Regional news site, Jiangsu (徐州): groundbreaking of a 15-billion-yuan photovoltaic project in a national economic and technological development zone — investor, phases, capacity, expected revenue and jobs, schedule to trial production, the zone's photovoltaic firms and its national and provincial rank",
  "http://jiangsunews.cn/difang/xuzhou/2022-08-17/10166.html",
  "日期取页面“2022-08-17 12:13:59”（文中“今天(8月16日)”为开工日）。标题照录；位置栏、“投稿”与日期行已删。存段末句在“该区坚持“工业”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…全省119家经开区第5位。”，共八段。园区：徐州经济技术开发区（文中又作“徐州经开区”“经开区”“该区”；国家级经开区，徐州，江苏）；金龙湖街道为街道，不是园区。项目：弘元新材料新能源产业一体化项目——开工（开工建设），首句“总投资约150亿元”→约（第二段又作“总投资150亿元”，不带约，记 alt）；一二期总投资约100亿元（可选项目）；计划11月20日试生产。公司：无锡上机数控股份有限公司（投资方；文中又作“上机数控”，列于该区集聚企业中→园区记徐州经开区）；协鑫集团、天通集团、创维集团、金阳硅业（该区集聚企业）。事实：一二期达产后预计年营收约190亿元、产业园全部达产后约400亿元（target），新增就业6000人（可选）；全国第23位、全省第5位（可选）。",
  "oq04"),
 parks=[
  park(XZ, "徐州", "江苏", "经济技术开发区", D0, aliases=["徐州经开区"], note="国家级经开区，成立于1992年；文中又作“经开区”“该区”"),
 ],
 companies=[
  comp("无锡上机数控股份有限公司", XZ, "由无锡上机数控股份有限公司投资建设,总投资150亿元", aliases=["上机数控"], note="项目投资方；亦列于该区集聚企业"),
  comp("协鑫集团", XZ, D3),
  comp("天通集团", XZ, D3),
  comp("创维集团", XZ, D3),
  comp("金阳硅业", XZ, D3),
 ],
 projects=[
  proj("弘元新材料新能源产业一体化项目", XZ, D0, companies=["无锡上机数控股份有限公司"], inv="总投资约150亿元", qual="约", qual_text="约",
       status="开工", status_text="开工建设", aliases=["弘元项目"],
       alt_investment={"investment_text": "总投资150亿元", "investment_cny": 1.5e10, "qualifier": None},
       note="落地金龙湖街道；计划10月底前厂房竣工、11月20日试生产"),
  proj("弘元新材料新能源产业一体化项目一二期", XZ, D1, companies=["无锡上机数控股份有限公司"], inv="总投资约100亿元", qual="约", qual_text="约",
       phase="一二期", opt=True, note="总项目的一二期"),
 ],
 aggregate_facts=[
  fact("弘元新材料新能源产业一体化项目", "project", "expected_annual_revenue_cny", 1.9e10, "cny", "预计可实现年营收约190亿元", "一二期达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("弘元新材料新能源产业一体化项目", "project", "expected_annual_revenue_cny", 4e10, "cny", "预计可实现年营收约400亿元", "产业园全部达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("弘元新材料新能源产业一体化项目", "project", "new_jobs", 6000, "count", D2, "全部达产后（预计）", kind="target", opt=True),
  fact(XZ, "park", "national_rank", 23, "rank", "徐州经开区综合实力跃居全国230家国家级经开区第23位、全省119家经开区第5位", "2022年", opt=True),
  fact(XZ, "park", "provincial_rank", 5, "rank", "徐州经开区综合实力跃居全国230家国家级经开区第23位、全省119家经开区第5位", "2022年", opt=True),
 ])

# ---------------------------------------------------------------- oq05 昆淮智创园 (淮安区台办 on tb.huaian.gov.cn 2022)
HK = "淮昆台资合作产业园"
KH = "昆淮智创园"
E0 = "昆淮智创园一期项目投资1.2亿元,占地100亩,建设9栋标准化厂房和1栋展厅"
E1 = "项目于今年4月初开工建设,计划工期一年"
E2 = "昆淮智创园位于淮昆台资合作产业园智能装备产业园片区,是昆山国创投资集团有限公司投资建设的“园中园”项目,整个项目计划总投资10亿元以上"
E3 = "项目建成后主要新上智能装备制造、电子元器件等项目,可实现年开票销售10亿元以上,税收3400万元以上"
G["oq05"] = dict(
 article=art("昆淮智创园,跑出项目建设加速度!", "淮安区台办（署名），载于淮安市人民政府台湾事务办公室网站 tb.huaian.gov.cn（“园区建设”栏）", "2022-05-07", "day",
  "City government's Taiwan-affairs office site, Jiangsu (淮安 淮安区): a park-in-park built by a Kunshan investor inside a Huai'an–Kunshan Taiwan-investment cooperation park — phase 1 investment, area and start, construction progress, the whole project's planned investment, area and expected sales and tax",
  "http://tb.huaian.gov.cn/yqjs/content/16513344/1652238353724BzNf5LlY.html",
  "日期取页面“时间:2022-05-07”。标题照录；位置栏与时间行已删。正文四段，完整（末署“(淮安区台办)”）。园区：淮昆台资合作产业园（淮安区，淮安，江苏；淮安与昆山合作园区）；其“智能装备产业园片区”中的智能装备产业园列为可选园区（母园区淮昆台资合作产业园）；昆淮智创园为“园中园”（parent 淮昆台资合作产业园；又是项目名）。项目：昆淮智创园一期项目——投资1.2亿元，“今年4月初开工建设”→开工，现场桩基完成、厂房基础约70%；整个昆淮智创园项目“计划总投资10亿元以上”→超，无状态。项目园区记淮昆台资合作产业园（园中园所在园区）。公司：昆山国创投资集团有限公司（投资建设方，昆山企业；园区 null）。事实：整个项目建成后可实现年开票销售10亿元以上、税收3400万元以上（target，subject 昆淮智创园），占地面积列可选。",
  "oq05"),
 parks=[
  park(HK, "淮安", "江苏", "合作产业园", E2, district="淮安区", note="淮安与昆山合作的台资产业园"),
  park("智能装备产业园", "淮安", "江苏", "产业园", E2, district="淮安区", parent=HK, opt=True, note="只在“淮昆台资合作产业园智能装备产业园片区”中"),
  park(KH, "淮安", "江苏", "园中园", E2, district="淮安区", parent=HK, note="“园中园”项目；又作项目名"),
 ],
 companies=[
  comp("昆山国创投资集团有限公司", None, E2, note="昆淮智创园投资建设方（昆山）"),
 ],
 institutions=[
  inst("淮安区台办", "(淮安区台办)", note="署名单位"),
 ],
 projects=[
  proj("昆淮智创园一期项目", HK, E0, companies=["昆山国创投资集团有限公司"], inv="投资1.2亿元", phase="一期", status="开工", status_text="于今年4月初开工建设",
       evidence_status=E1, note="2022年4月初开工，计划工期一年；桩基完成，厂房基础约70%"),
  proj(KH, HK, E2, companies=["昆山国创投资集团有限公司"], inv="计划总投资10亿元以上", qual="超", qual_text="以上", note="整个园中园项目；占地227亩，新建厂房16万平方米以上"),
 ],
 aggregate_facts=[
  fact(KH, "park", "expected_annual_sales_cny", 1e9, "cny", "可实现年开票销售10亿元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(KH, "park", "expected_annual_tax_cny", 3.4e7, "cny", "税收3400万元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(KH, "park", "area_mu", 227, "mu", "占地面积227亩", "2022年5月（规划）", opt=True),
 ])

# ---------------------------------------------------------------- oq06 赣榆 2017年下半年重点项目集中开工 (连云港日报 on 连网 2017)
HY = "赣榆海洋经济开发区"
F0 = "25日上午,赣榆2017年下半年重点项目集中开工暨海洋科技城项目启动仪式举行,主会场设立在海洋经济开发区(青口镇)"
F1 = "此次全区集中开工活动的重点项目共有23个,计划总投资77.04亿元,完成投资27.86亿元,可吸纳就业人员超万人"
F2 = "此次集中开工的23个项目,包括金山镇3个,柘汪临港产业区、赣榆经济开发区、赣榆海洋经济开发区、班庄镇、沙河镇、赣马镇、墩尚镇各2个,其他6个镇各1个"
AS6 = "2017年11月25日（集中开工）"
G["oq06"] = dict(
 article=art("（无标题）赣榆2017年下半年重点项目集中开工暨海洋科技城项目启动", "连云港日报（全媒体记者 李慧 通讯员 朱代桂 宋芹），载于连网 lyg01.net", "2017-11-27", "day",
  "City daily on the city news portal, Jiangsu (连云港 赣榆区): a district's second-half groundbreaking of 23 projects with a marine science city launched — total and completed investment, jobs, how the projects spread over three parks and the towns",
  "http://lyg01.net/news/sd/2017/1127/95998.shtml",
  "日期取网址 2017/1127（文中“25日上午”为开工日，即2017年11月25日）。存段无标题（title 为编者概括）。存段在末段“柘汪棘荡农民创业园项目和丽鑫高效”处中断，所在句（“班庄温泉小镇项目是此次总投资唯一超10亿元以上的项目;柘汪棘荡…”）整句删去（make_txt.py LINE_SUFFIX），正文截至“…其他6个镇各1个。”，共三段；“【连网】”为原文电头，保留。园区：赣榆海洋经济开发区（文中先作“海洋经济开发区(青口镇)”）、柘汪临港产业区、赣榆经济开发区（赣榆区，连云港，江苏）。赣榆区、各镇为行政区，不是园区（事实 subject_type region）。项目：海洋科技城项目——“启动仪式”，状态不归入开工（status null，status_text 启动）；园区文中未明说，主会场设在海洋经济开发区，推定在该区（note 注明）。事实：23个项目、计划总投资77.04亿元、完成投资27.86亿元、就业超万人（可选）；三个园区各2个开工项目。",
  "oq06"),
 parks=[
  park(HY, "连云港", "江苏", "经济开发区", F2, district="赣榆区", aliases=["海洋经济开发区"], note="首段作“海洋经济开发区(青口镇)”"),
  park("柘汪临港产业区", "连云港", "江苏", "临港产业区", F2, district="赣榆区"),
  park("赣榆经济开发区", "连云港", "江苏", "经济开发区", F2, district="赣榆区"),
 ],
 companies=[],
 projects=[
  proj("海洋科技城项目", HY, F0, status=None, status_text="启动", aliases=["海洋科技城"], note="启动仪式；园区由主会场位置推定"),
 ],
 aggregate_facts=[
  fact("赣榆区", "region", "projects_started", 23, "count", F1, AS6),
  fact("赣榆区", "region", "projects_started_investment_cny", 7.704e9, "cny", "计划总投资77.04亿元,完成投资27.86亿元", AS6, chk=True),
  fact("赣榆区", "region", "projects_started_completed_investment_cny", 2.786e9, "cny", "完成投资27.86亿元", AS6, opt=True, chk=True),
  fact("赣榆区", "region", "projects_started_jobs", 10000, "count", "可吸纳就业人员超万人", AS6, kind="target", qual="超", qtext="超", opt=True),
  fact("柘汪临港产业区", "park", "projects_started", 2, "count", F2, AS6),
  fact("赣榆经济开发区", "park", "projects_started", 2, "count", F2, AS6),
  fact(HY, "park", "projects_started", 2, "count", F2, AS6),
 ])

# ---------------------------------------------------------------- oq07 徐州 上半年200个产业项目 (plan.xunjk 2023)
XK = "徐州经开区"
H0 = "走进位于徐州经开区的金弗新能源电池生产设备智能制造项目建设现场,工程车辆来回穿梭"
H1 = "该项目是省级重大产业项目,总投资100亿元,其中一期投资50亿元,总建筑面积32.99万平方米"
H2 = "今年上半年,徐州市200个年度实施项目完成投资616亿元,完成年度预期投资的47.4%、快于去年同期"
AS7 = "2023年上半年"
G["oq07"] = dict(
 article=art("上半年徐州200个产业项目完成投资616亿元", "plan.xunjk.com（“新三板”栏转载；原发媒体与署名未注明）", "2023-08-02", "day",
  "Finance aggregator relaying a city news item, Jiangsu (徐州): the city's half-year progress on 200 projects, with a 10-billion-yuan battery-equipment project under construction in the economic and technological development zone (phase 1, floor area, progress, capacity) and a cold-chain logistics park in a district",
  "http://plan.xunjk.com/plan/2023/0802/549374.html",
  "日期取网址 2023/0802。标题照录；“首页 新三板 > 正文”与“(资料图片)”已删。正文五段；存段以“今年以来,徐州市重大产业项目推进效率不断提升、总体向好态势持续巩固。”整句结束，其后是否另有段落不详。园区：徐州经开区（徐州经济技术开发区，徐州，江苏；文中只作“徐州经开区”）。泉山区为区，不是园区。项目：金弗新能源电池生产设备智能制造项目——在徐州经开区，建设现场、主厂房土方与承台地梁完成、钢构吊装约6000吨→在建；总投资100亿元（一期50亿元，可选项目）；达产后年产动力电池15GWh。雨润淮海食品谷智慧冷链物流园项目——在泉山区（园区 null），经过半年建设、首期预计8月底前后运营→在建，无金额。事实：徐州市200个年度实施项目上半年完成投资616亿元（cumulative）、完成年度预期投资47.4%（ratio，可选）。",
  "oq07"),
 parks=[
  park(XK, "徐州", "江苏", "经济技术开发区", H0),
 ],
 companies=[],
 projects=[
  proj("金弗新能源电池生产设备智能制造项目", XK, H1, inv="总投资100亿元", status="在建", status_text="建设现场",
       evidence_status=H0, note="省级重大产业项目；达产后年产动力电池15GWh"),
  proj("金弗新能源电池生产设备智能制造项目一期", XK, H1, inv="一期投资50亿元", phase="一期", status="在建", status_text="建设现场", opt=True),
  proj("雨润淮海食品谷智慧冷链物流园项目", None, "位于泉山区的雨润淮海食品谷智慧冷链物流园项目,既是市重大产业项目,也是民生工程",
       status="在建", status_text="经过半年时间的建设", aliases=["雨润淮海食品谷项目"], note="泉山区（区，不是园区）；首期车板物流中心预计8月底前后运营"),
 ],
 aggregate_facts=[
  fact("徐州市", "region", "projects_completed_investment_cny", 6.16e10, "cny", "徐州市200个年度实施项目完成投资616亿元", AS7, kind="cumulative", chk=True),
  fact("徐州市", "region", "annual_projects", 200, "count", H2, "2023年", opt=True),
  fact("徐州市", "region", "annual_investment_completion_share", 0.474, "ratio", H2, AS7, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- oq08 第二届中韩贸易投资博览会 盐城 (澎湃新闻 2020)
ZH = "中韩(盐城)产业园"
YC = "盐城经济技术开发区"
K0 = "此外,作为中韩(盐城)产业园产城融合核心区的盐城经济技术开发区,目前正在深化对韩全产业链、全市域、全方位合作"
K1 = "除了SKI动力电池、华人运通新能源汽车等重大产业项目,盐城经济技术开发区还在推进韩风国际文化名城建设"
G["oq08"] = dict(
 article=art("跨越黄海再“牵手”,中韩贸易投资博览会在江苏盐城开幕", "澎湃新闻 thepaper.cn（存段无署名）", "2020-10-30", "day",
  "National online outlet, Jiangsu (盐城): opening of a China–Korea trade and investment fair in a city that hosts a China–Korea industrial park — exhibitors, the park's core zone (the national economic and technological development zone), two major projects there, a Korean partner park",
  "https://thepaper.cn/newsDetail_forward_9786037",
  "存段无日期行。日期按文意推定：第二届中韩贸易投资博览会“10月30日…开幕”，“今年新冠肺炎疫情发生以来”“和去年举办的首届博览会相比”→2020年10月30日（precision day，推定，未见页面日期）。标题照录；“- +1”与图注“30日,第二届…开幕。 中新网 图”已删。存段在末段“加快做大湿地保护圈,彰”处中断，该未完句（“戴源说,…彰”）已删（make_txt.py LINE_SUFFIX），正文截至“拓展人文交流,也将是盐城对韩合作的重点。”，共十段。园区：中韩(盐城)产业园（国家批复的中韩合作园区，盐城，江苏）；盐城经济技术开发区（其产城融合核心区；母子关系不设，note 注明）；韩国新万金韩中产业园（韩国，可选）。项目：SKI动力电池、华人运通新能源汽车——“盐城经济技术开发区…重大产业项目”，园区记盐城经济技术开发区，无状态、无金额。公司：东风悦达起亚（三个工厂在盐城，园区未说→null）；SKI、华人运通只在项目名中（可选）。机构：中国国际商会（主办方，可选）。事实：300多家参展企业、500多家采购商为博览会数字，不是园区数字，列可选（subject 博览会）。",
  "oq08"),
 parks=[
  park(ZH, "盐城", "江苏", "国际合作产业园", K0, note="中韩产业园；盐城经开区为其产城融合核心区"),
  park(YC, "盐城", "江苏", "经济技术开发区", K0, note="中韩(盐城)产业园产城融合核心区；parent 不设"),
  park("韩国新万金韩中产业园", None, None, "国际合作产业园", "盐城将加强与韩国新万金韩中产业园的交流对接", opt=True, note="在韩国"),
 ],
 companies=[
  comp("东风悦达起亚", None, "东风悦达起亚三个工厂均布局在盐城", note="工厂在盐城，园区未说"),
  comp("SKI", YC, K1, opt=True, note="只在项目名中"),
  comp("华人运通", YC, K1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中国国际商会", "由中国国际商会主办的第二届中韩贸易投资博览会在江苏盐城开幕", kind="association", note="博览会主办方"),
 ],
 projects=[
  proj("SKI动力电池", YC, K1, companies=["SKI"], note="盐城经开区重大产业项目；无状态、无金额"),
  proj("华人运通新能源汽车", YC, K1, companies=["华人运通"], note="同上"),
 ],
 aggregate_facts=[
  fact("第二届中韩贸易投资博览会", "event", "exhibitors", 300, "count", "300多家参展企业、500多家境内外采购商齐聚盐城", "2020年10月30日", qual="余", qtext="多", opt=True),
 ])
