# real215 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/不少于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county or town is not a park); a
# park-development project is placed in the park it builds (tf07). Status from the text's words (签约 → 签约; 宣布动工 / 启动建设
# → 开工; 投产 → 投产; 封顶 → 在建; 前期立项 → planned; 落户 alone → no status). Projects named only by a firm (tf05, tf08) are
# listed as projects under the firm's name (as real52 zv01 海湾电气), the firms as companies. Year-to-date and “累计” counts
# and values are `cumulative`; “预计” figures `target`. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/tfNN.raw as returned.

# ---------------------------------------------------------------- tf01 广佛肇(怀集)经济合作区 (西江日报 2022)
HJ = "广佛肇(怀集)经济合作区"
A0 = "截至2022年8月,广佛肇(怀集)经济合作区累计入园工业企业163家,其中投产企业102家,在建企业50家,筹建企业11家"
A1 = "食品加工项目34个、金属加工项目46个,医药制造项目10个,“一主两辅”( 以食品加工为主,金属加工和生物医药为辅)产业项目占比55.2%"
AS1 = "截至2022年8月"
G["tf01"] = dict(
 article=art("（无标题）广佛肇(怀集)经济合作区累计入园工业企业163家", "西江日报（记者 刘浩辉，通讯员 苏泳生 李淳），西江日报数字报 appszb.xjrb.com", "2022-10-08", "day",
  "City daily's digital edition, Guangdong (肇庆): a county's cooperation zone built with 广州 and 佛山 — firms entered, in production, under construction and being prepared, projects by industry, the share of the three leading industries, how the county follows projects",
  "http://appszb.xjrb.com/html5/2022-10/08/content_30801_6825179.htm",
  "日期取网址 2022-10/08。存段无标题（title 为编者概括）。存段开头四行图片说明（“广佛肇(怀集)经济合作区工业产业园。西江日报记者 梁小明 摄”“怀集住润电装工人在生产线上加紧生产。…”等）已删；署名行“西江日报记者 刘浩辉 通讯员 苏泳生 李淳”在第二段后，照页面保留为一段；小标题“抓好项目加快产业发展”保留。存段末行“不久前,怀集县在广佛肇(怀集)经济合作区B区举行广东恒基新家居装饰制品项目和莱檬(肇庆)大健康产业园建设”在句中中断（2000字节处），整行删去，正文截至“…动能不断加强。”，共六段。园区：广佛肇(怀集)经济合作区（肇庆市怀集县，广东；广州、佛山、肇庆共建）。正文无具名企业或项目（住润电装只在已删的图片说明中）。事实：截至2022年8月累计入园工业企业163家（cumulative）、投产102家、在建50家、筹建11家；食品加工34个、金属加工46个、医药制造10个项目（可选）；“一主两辅”产业项目占比55.2%。",
  "tf01"),
 parks=[
  park(HJ, "肇庆", "广东", "经济合作区", A0, district="怀集县", note="文中又作“园区”；广州、佛山、肇庆共建的合作区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(HJ, "park", "firms", 163, "count", A0, AS1, kind="cumulative", note="累计入园工业企业"),
  fact(HJ, "park", "firms_in_production", 102, "count", "其中投产企业102家,在建企业50家,筹建企业11家", AS1),
  fact(HJ, "park", "firms_under_construction", 50, "count", "在建企业50家,筹建企业11家", AS1),
  fact(HJ, "park", "firms_in_preparation", 11, "count", "筹建企业11家", AS1),
  fact(HJ, "park", "food_processing_projects", 34, "count", A1, AS1, opt=True),
  fact(HJ, "park", "metal_processing_projects", 46, "count", A1, AS1, opt=True),
  fact(HJ, "park", "pharma_projects", 10, "count", A1, AS1, opt=True),
  fact(HJ, "park", "leading_industries_project_share", 0.552, "ratio", A1, AS1, kind="ratio", note="“一主两辅”产业项目占比"),
 ])

# ---------------------------------------------------------------- tf02 高州 蒲康电子轻工产业园 (南方+ 2025)
PK = "蒲康电子轻工产业园"
FM = "佛茂合作园"
B0 = "位于茂名高州市蒲康电子轻工产业园(下称“蒲康园”)生产薄膜电容的企业"
B1 = "蒲康园位于高州城区西郊,是佛茂合作园“核心区”之一"
B2 = "一期厂房已进驻8家企业,进驻率100%;二期厂房今年年中将陆续投用"
B3 = "在蒲康园内,广晟控股集团下属两家上市公司高州生产基地分布在一幢标准厂房的上下楼"
B4 = "楼上的国星光电通过电梯就能将零部件送到楼下佛山照明的终端产品生产线上"
G["tf02"] = dict(
 article=art("（无标题）南方+新春走县镇村产业一线：茂名高州蒲康电子轻工产业园“产业转移4项目投产当年上规”", "南方+（南方+记者；static.nfnews.com；存段无署名全称）", "2025-01-30", "day",
  "Provincial paper's app, Guangdong (茂名): a New-Year field report on a county-level park in the 佛山–茂名 co-built transfer park — phase-1 standard plants fully let to eight firms, two listed firms' plants upstairs and downstairs, the park's place in the co-built park",
  "https://static.nfnews.com/content/202501/30/c10691238.html",
  "日期取网址 202501/30。存段无标题（title 为编者概括，含小标题“产业转移4项目投产当年上规”）。地点行“地点:茂名高州”与小标题保留为段落；图片说明“佛茂合作园高州蒲康电子轻工产业园标准厂房一期已100%入驻,园区道路挂上红灯笼庆贺新春。南方+记者 刘栋铭 摄”已删。存段在“去年,佛山照明高州基地已投产4条生产”处中断（2000字节处），该残句已删（make_txt.py LINE_SUFFIX），正文截至“…终端产品生产线上。”，共十段（清远、汕头两地部分未存）。园区：蒲康电子轻工产业园（文中简称“蒲康园”；茂名市高州市，广东），母园区佛茂合作园（佛山茂名携手共建合作园；文中作“佛茂合作园”）。公司：国星光电、佛山照明（在蒲康园内的高州生产基地；广晟控股集团下属上市公司）；广晟控股集团（母公司，可选，park null）。机构：佛茂指挥部（可选）。事实：一期厂房进驻8家企业、进驻率100%；小标题“产业转移4项目投产当年上规”未说明主体，推定为蒲康园，列可选。",
  "tf02"),
 parks=[
  park(PK, "茂名", "广东", "产业园（电子轻工）", B0, district="高州市", parent=FM, aliases=["蒲康园"], note="文中简称“蒲康园”；佛茂合作园“核心区”之一"),
  park(FM, "茂名", "广东", "产业转移合作园", B1, note="佛山、茂名共建；文中只作“佛茂合作园”"),
 ],
 companies=[
  comp("国星光电", PK, B4, note="广晟控股集团下属上市公司，高州生产基地在蒲康园标准厂房楼上"),
  comp("佛山照明", PK, B4, note="广晟控股集团下属上市公司，高州生产基地在蒲康园标准厂房楼下"),
  comp("广晟控股集团", None, B3, opt=True, note="两家上市公司的母公司"),
 ],
 institutions=[
  inst("佛茂指挥部", "杨乐亮是佛茂指挥部规划建设组成员", note="佛山对口帮扶协作茂名指挥部（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(PK, "park", "firms", 8, "count", B2, "2025年1月", note="一期厂房已进驻企业"),
  fact(PK, "park", "occupancy_rate", 1.0, "ratio", B2, "2025年1月", kind="ratio", note="一期厂房进驻率"),
  fact(PK, "park", "transfer_projects_in_production", 4, "count", "产业转移4项目投产当年上规", "2024年", opt=True,
       note="小标题；主体推定为蒲康园"),
 ])

# ---------------------------------------------------------------- tf03 建滔(开平)新一代信息技术产业园项目 签约 (江门日报 2025)
JT = "建滔(开平)新一代信息技术产业园项目"
C0 = "2月14日下午,总投资50亿元的建滔(开平)新一代信息技术产业园项目成功签约"
C1 = "此次签约的建滔(开平)新一代信息技术产业园项目由建滔集团投资建设,计划总投资50亿元,占地300亩"
C2 = "集聚了建滔集团、海信电子、世运电路、创维显示等龙头企业"
C3 = "旗下拥有建滔化工、建滔积层板、建滔铜箔以及依利安达4家上市公司"
G["tf03"] = dict(
 article=art("（无标题）总投资50亿元的建滔(开平)新一代信息技术产业园项目签约", "江门日报（记者 唐达，通讯员 莫小青），江门日报数字报 dzb.jmrb.com", "2025-02-15", "day",
  "City daily, Guangdong (江门): a Hong Kong group signs a 5-billion-yuan circuit-board park project in a county-level city — investment, land, products, expected output; the city's industrial figures and the group's profile",
  "http://dzb.jmrb.com:8090/jmrb/html/2025-02/15/content_725586.htm",
  "日期取网址 2025-02/15（文中“2月14日下午”签约）。存段无标题（title 为编者概括）。正文五段照录，存段止于“…提供有力支撑。”——恰在2000字节处，原文之后或有下文，未见。园区：文中无承载园区；“建滔(开平)新一代信息技术产业园”是企业项目名，列为可选园区，项目 park 记 null（开平市，江门，广东）。项目：签约，“总投资50亿元”（首段；末段作“计划总投资50亿元”，同额），占地300亩，达产后预计年产值34亿元（target）。公司：建滔集团（投资方，park null）；建滔积层板集团及四家上市公司（建滔化工、建滔积层板、建滔铜箔、依利安达）可选；海信电子、世运电路、创维显示为江门新一代信息技术产业链龙头（可选，park null）。事实：江门市新一代信息技术产业链2024年总产值超540亿元（region）；规上工业增加值年均增速7.6%、工业投资连续超1000亿元可选。市领导不列。",
  "tf03"),
 parks=[
  park("建滔(开平)新一代信息技术产业园", "江门", "广东", "产业园（企业项目）", C0, district="开平市", opt=True,
       note="企业投资建设的项目名；文中无承载园区"),
 ],
 companies=[
  comp("建滔集团", None, C1, note="项目投资方；总部在香港"),
  comp("建滔积层板集团", None, "建滔积层板集团主席张国华出席签约仪式", opt=True),
  comp("建滔化工", None, C3, opt=True, note="建滔集团旗下上市公司"),
  comp("建滔积层板", None, C3, opt=True, note="建滔集团旗下上市公司"),
  comp("建滔铜箔", None, C3, opt=True, note="建滔集团旗下上市公司"),
  comp("依利安达", None, C3, opt=True, note="建滔集团旗下上市公司"),
  comp("海信电子", None, C2, opt=True, note="江门新一代信息技术产业链龙头企业"),
  comp("世运电路", None, C2, opt=True, note="同上"),
  comp("创维显示", None, C2, opt=True, note="同上"),
 ],
 projects=[
  proj(JT, None, C0, companies=["建滔集团"], inv="总投资50亿元", status="签约", status_text="成功签约",
       note="开平市；末段作“计划总投资50亿元”；占地300亩；文中无承载园区"),
 ],
 aggregate_facts=[
  fact(JT, "project", "expected_annual_output_cny", 3.4e9, "cny", "项目建成达产后,预计年产值达34亿元", "达产后（预计）", kind="target", chk=True),
  fact(JT, "project", "site_area_mu", 300, "mu", C1, "2025年2月", opt=True),
  fact("江门", "region", "industry_chain_output_cny", 5.4e10, "cny", "新一代信息技术产业链2024年总产值超540亿元", "2024年", qual="超", qtext="超", chk=True,
       note="江门新一代信息技术产业链"),
  fact("江门", "region", "above_scale_value_added_avg_growth", 0.076, "ratio", "2021年—2024年规上工业增加值年均增速7.6%", "2021–2024年", kind="ratio", opt=True),
  fact("江门", "region", "industrial_investment_cny", 1e11, "cny", "工业投资近两年连续超1000亿元", "近两年（每年）", qual="超", qtext="超", opt=True, chk=True,
       note="“工业投资近两年连续超1000亿元”"),
 ])

# ---------------------------------------------------------------- tf04 惠州博罗产业园区 (惠州日报 2025)
BL = "惠州博罗产业园区"
D0 = "截至2025年11月,惠州博罗产业园区共有规上企业248家,高新技术企业96家,实现总产值424.88亿元"
D1 = "广东培尔科技有限公司及其关联公司新厂房投用、广东联华环保科技有限公司乔迁、诚业智能家居项目封顶……今年以来,惠州博罗产业园区项目建设延续良好势头"
D2 = "今年前11月163宗项目开工134宗项目投产"
D3 = "从2020年建园至今年11月,共引进项目637宗,投资总额约950.62亿元"
AS4 = "2025年1–11月"
G["tf04"] = dict(
 article=art("惠州博罗产业园区全力锻造产业核心竞争力 今年前11月163宗项目开工134宗项目投产", "惠州日报（记者署名存段未示；图 惠州日报记者 黄昌荣），惠州日报数字报 e.hznews.com", "2025-12-18", "day",
  "City daily, Guangdong (惠州): a county's main industrial platform at the end of 2025 — projects started and in production this year, firms moved in and a project topped out, above-scale and high-tech firms and output, projects introduced since 2020 with their total investment",
  "http://e.hznews.com/hzrb/pc/content/202512/18/content_1118104.html",
  "日期取页面“2025年12月18日惠州日报”。标题（主题+副题）照录，以空格相连。“字号:T|T”与两行图片说明“惠州博罗产业园区日新月异。惠州日报记者黄昌荣 摄”已删。存段在末段“…投资总额约950.62亿元。项目引进”处中断（2000字节处），残词“项目引进”已删（make_txt.py LINE_SUFFIX），正文截至“…投资总额约950.62亿元。”，含小标题两行，共八段。园区：惠州博罗产业园区（惠州市博罗县，广东；全市三个主平台之一；2020年建园）。公司：广东培尔科技有限公司（新厂房投用）、广东联华环保科技有限公司（乔迁）均在园区。项目：诚业智能家居项目（封顶→在建）。事实：今年前11月163宗项目开工、134宗项目投产（副题；cumulative）；截至2025年11月规上企业248家、高新技术企业96家、总产值424.88亿元（1–11月累计，cumulative）；2020年建园至2025年11月引进项目637宗、投资总额约950.62亿元（cumulative）。“2024年主平台建设考核在全市三个主平台中排名第一”不计。",
  "tf04"),
 parks=[
  park(BL, "惠州", "广东", "产业园区（县级主平台）", D0, district="博罗县", note="文中又作“园区”；2020年建园"),
 ],
 companies=[
  comp("广东培尔科技有限公司", BL, D1, note="及其关联公司新厂房投用"),
  comp("广东联华环保科技有限公司", BL, D1, note="乔迁（入园）"),
 ],
 projects=[
  proj("诚业智能家居项目", BL, D1, status="在建", status_text="封顶"),
 ],
 aggregate_facts=[
  fact(BL, "park", "projects_started", 163, "count", D2, AS4, kind="cumulative"),
  fact(BL, "park", "projects_in_production", 134, "count", D2, AS4, kind="cumulative"),
  fact(BL, "park", "above_scale_firms", 248, "count", D0, "2025年11月"),
  fact(BL, "park", "high_tech_firms", 96, "count", D0, "2025年11月"),
  fact(BL, "park", "output_cny", 4.2488e10, "cny", "实现总产值424.88亿元", AS4, kind="cumulative", chk=True),
  fact(BL, "park", "projects_introduced", 637, "count", D3, "2020年至2025年11月", kind="cumulative"),
  fact(BL, "park", "introduced_investment_cny", 9.5062e10, "cny", "投资总额约950.62亿元", "2020年至2025年11月", kind="cumulative", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- tf05 顺德杏坛镇 村级工业园改造 (人民日报海外版 2021)
E0 = "今年以来,美的机电、德冠新材料、悍高五金、阅生活家居科技等项目相继落户广东省佛山顺德区杏坛镇“村级工业园改造”地块"
G["tf05"] = dict(
 article=art("顺德杏坛镇积极推动产城融合", "人民日报海外版（赖群英），2021年05月07日 第03版 要闻·财经，paper.people.com.cn", "2021-05-07", "day",
  "National paper's overseas edition, short report, Guangdong (佛山 顺德): a town's village-industrial-park renovation — four named projects landed on renovated plots, the town's renovation model and new industry layout",
  "http://paper.people.com.cn/rmrbhwb/html/2021-05/07/content_3047078.htm",
  "日期与版面取页面“人民日报海外版 2021年05月07日 星期五”“( 2021年05月07日 第 03 版)”。标题照录；版面行、“返回目录 放大缩小全文复制 上一篇 下一篇”与报头行已删；段首全角缩进已去。正文五段，完整。园区：文中只有“村级工业园改造”地块，无具名园区（杏坛镇为镇，顺德新港为港口），parks 为空。项目：美的机电、德冠新材料、悍高五金、阅生活家居科技四个项目“相继落户”（落户→无状态；以企业名作项目名，同 real52 zv01 海湾电气；park null）。公司：美的机电（文中又作“美的机电事业群”）列必选，其余三家以企业名出现在项目名中，列可选。无数字事实。",
  "tf05"),
 parks=[],
 companies=[
  comp("美的机电", None, "在美的机电事业群总裁伏拥军看来,村改为包括美的机电在内的众多企业立足顺德、加大在顺德的投资创造了有利条件",
       note="文中又作“美的机电事业群”；项目落户杏坛镇村改地块"),
  comp("德冠新材料", None, E0, opt=True, note="以企业名作项目名"),
  comp("悍高五金", None, E0, opt=True, note="以企业名作项目名"),
  comp("阅生活家居科技", None, E0, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("美的机电", None, E0, companies=["美的机电"], status_text="相继落户", note="落户杏坛镇“村级工业园改造”地块；以企业名作项目名"),
  proj("德冠新材料", None, E0, companies=["德冠新材料"], status_text="相继落户", note="同上"),
  proj("悍高五金", None, E0, companies=["悍高五金"], status_text="相继落户", note="同上"),
  proj("阅生活家居科技", None, E0, companies=["阅生活家居科技"], status_text="相继落户", note="同上"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- tf06 陈村镇 绀村工业园 升级改造 (羊城晚报 2021)
GX = "绀现南工业园"
GC = "绀村工业园"
F0 = "近日,位于三龙湾顺德片区陈村镇的绀现(南二期)绀村工业园(地块一、地块二)升级改造项目通过现场竞价方式公开招选合作方"
F1 = "经过现场竞价,地块一、地块二分别由广东顺晋新材料产业园有限公司、佛山市汇盈达机械科技有限公司竞得"
F2 = "随着绀现南工业园的二龙工业园、绀村工业园(地块一、地块二)三个项目先后顺利成交,陈村镇将加快项目内500亩破旧厂房的拆除工作"
F3 = "位于陈村镇西部连片500亩且以“工改工”一二级联动为改造方向的村改项目迈入高质量发展快车道"
G["tf06"] = dict(
 article=art("陈村镇将加快项目内500亩破旧厂房的拆除工作", "羊城晚报（记者 欧阳志强，通讯员 陈宣），羊城晚报电子版 ep.ycwb.com（ywdf 版）", "2021-09-03", "day",
  "Provincial evening paper, short local report, Guangdong (佛山 顺德): a town's village-industrial-park renovation — two plots won at auction by two named firms, three renovation projects in one village park closed, 500 mu of old plants to be cleared, the target zone",
  "http://ep.ycwb.com/epaper/ywdf/html/2021-09/03/content_543_424284.htm",
  "日期取网址 2021-09/03。存段首两行表格竖线“|”已删；标题行“陈村镇将加快项目内500亩破旧厂房的拆除工作 |”的表格竖线已删（make_txt.py HEAD_SUFFIX）——该行是否为报纸标题（或图片说明）存段不能确定，按标题处理。正文在页面中为一段（句间有空格），照录为一段，完整。园区：绀现南工业园（陈村镇西部村级工业园，文中又作“绀现(南二期)”）；其中的绀村工业园、二龙工业园（parent 绀现南工业园）；三龙湾潭洲国际创新示范区、三龙湾顺德片区为规划片区，列可选；“顺晋新材料产业园”只在公司名中，列可选。公司：广东顺晋新材料产业园有限公司、佛山市汇盈达机械科技有限公司（竞得绀村工业园地块一、地块二，park 绀村工业园）。项目：绀现(南二期)绀村工业园(地块一、地块二)升级改造项目（公开招选合作方、竞价成交；无“签约/开工”字样，status 不记），park 绀现南工业园；二龙工业园改造项目只作为“三个项目”之一提到，列可选。事实：村改项目连片500亩（项目事实）。",
  "tf06"),
 parks=[
  park(GX, "佛山", "广东", "村级工业园", F2, district="顺德区", note="陈村镇；文中又作“绀现(南二期)”"),
  park(GC, "佛山", "广东", "村级工业园", F0, district="顺德区", parent=GX, note="陈村镇；分地块一、地块二升级改造"),
  park("二龙工业园", "佛山", "广东", "村级工业园", F2, district="顺德区", parent=GX, note="陈村镇；改造项目已成交"),
  park("三龙湾潭洲国际创新示范区", "佛山", "广东", "创新示范区", "打造三龙湾潭洲国际创新示范区标杆项目", district="顺德区", opt=True, note="规划目标片区"),
  park("三龙湾顺德片区", "佛山", "广东", "片区", F0, district="顺德区", opt=True, note="三龙湾的顺德片区"),
  park("顺晋新材料产业园", "佛山", "广东", "产业园", F1, district="顺德区", opt=True, note="只在公司名“广东顺晋新材料产业园有限公司”中"),
 ],
 companies=[
  comp("广东顺晋新材料产业园有限公司", GC, F1, note="竞得地块一"),
  comp("佛山市汇盈达机械科技有限公司", GC, F1, note="竞得地块二"),
 ],
 projects=[
  proj("绀现(南二期)绀村工业园(地块一、地块二)升级改造项目", GX, F0, companies=["广东顺晋新材料产业园有限公司", "佛山市汇盈达机械科技有限公司"],
       status_text="通过现场竞价方式公开招选合作方", note="“工改工”一二级联动村改项目；两地块由两家公司竞得"),
  proj("二龙工业园改造项目", GX, F2, status_text="顺利成交", opt=True, note="文中只作“二龙工业园”，为三个成交项目之一"),
 ],
 aggregate_facts=[
  fact("绀现(南二期)绀村工业园(地块一、地块二)升级改造项目", "project", "site_area_mu", 500, "mu", F3, "2021年9月", note="连片500亩村改项目"),
 ])

# ---------------------------------------------------------------- tf07 顺德龙江新智产业园 动工 (顺德身边事 via 新浪财经 2024)
LJ = "龙江新智产业园"
H0 = "5月30日,顺德龙江新智产业园项目宣布动工,作为龙江镇首个全国资成分的村级工业园改造产业项目"
H1 = "龙江新智产业园由区、镇国企广东顺控城投置业有限公司、广东顺德韵江城市建设投资有限公司合作联投共建"
H2 = "项目占地面积约48.49亩,规划建筑面积约11万平方米,总投资不少于5亿元,预计2026年落成"
G["tf07"] = dict(
 article=art("推动新兴与传统产业“两翼齐飞” 龙江新智产业园正式动工", "顺德身边事（自媒体），载于新浪财经 cj.sina.com.cn", "2024-05-30", "day",
  "Local news account relayed on a national finance portal, Guangdong (佛山 顺德): a town's first all-state-owned village-industrial-park renovation project breaks ground — co-investors, site and floor area, investment, completion year, target industries; a second town project started",
  "https://cj.sina.com.cn/articles/view/5041919455/12c8595df02701n5n6?finpagefr=p_104",
  "日期取页面“2024年05月30日 15:33 顺德身边事”。标题照录（页面重复的一行标题与日期来源行已删）；两行图片说明“顺德龙江新智产业园宣布动工”“顺德龙江新智产业园效果图”已删。存段在末段“同时,龙江镇创新模式成立餐饮服”处中断（2000字节处），该残句已删（make_txt.py LINE_SUFFIX），正文截至“…已于今年三月顺利启动建设。”，共六段。园区：龙江新智产业园（文中又作“顺德龙江新智产业园”；佛山市顺德区龙江镇，广东；村级工业园改造产业项目）。项目：顺德龙江新智产业园项目——宣布动工→开工；“总投资不少于5亿元”→超（不少于）；占地约48.49亩、建筑面积约11万平方米、预计2026年落成；park 记其所建园区（园区开发项目）。龙江沙富综合能源站（龙江镇与顺控合作，“已于今年三月顺利启动建设”→开工，park null）。公司：广东顺控城投置业有限公司（文中又作“顺控城投”“顺控”）、广东顺德韵江城市建设投资有限公司（联投共建方，park null，同 real52 zv05 开发方）；佛山市顺德区宏江工业园区开发有限公司（其副总经理介绍园区，角色未说明，park null）；“宏江工业园区”只在该公司名中，列可选园区。",
  "tf07"),
 parks=[
  park(LJ, "佛山", "广东", "产业园（村级工业园改造）", H1, district="顺德区", aliases=["顺德龙江新智产业园"], note="龙江镇；文中又作“园区”"),
  park("宏江工业园区", "佛山", "广东", "工业园区", "佛山市顺德区宏江工业园区开发有限公司副总经理尹楠介绍", district="顺德区", opt=True,
       note="只在公司名“佛山市顺德区宏江工业园区开发有限公司”中"),
 ],
 companies=[
  comp("广东顺控城投置业有限公司", None, H1, aliases=["顺控城投"], note="区、镇国企联投共建方之一；文中又作“顺控城投”“顺控”"),
  comp("广东顺德韵江城市建设投资有限公司", None, H1, note="联投共建方之一"),
  comp("佛山市顺德区宏江工业园区开发有限公司", None, "佛山市顺德区宏江工业园区开发有限公司副总经理尹楠介绍", note="角色未说明"),
 ],
 projects=[
  proj("顺德龙江新智产业园项目", LJ, H2, companies=["广东顺控城投置业有限公司", "广东顺德韵江城市建设投资有限公司"],
       inv="总投资不少于5亿元", qual="超", qual_text="不少于", status="开工", status_text="宣布动工", aliases=["龙江新智产业园"],
       note="园区开发项目；2024年5月30日动工，预计2026年落成"),
  proj("龙江沙富综合能源站", None, "龙江镇与顺控合作的龙江沙富综合能源站已于今年三月顺利启动建设", companies=["广东顺控城投置业有限公司"],
       status="开工", status_text="启动建设", note="龙江镇与顺控合作；2024年3月启动建设"),
 ],
 aggregate_facts=[
  fact("顺德龙江新智产业园项目", "project", "site_area_mu", 48.49, "mu", H2, "2024年5月", qual="约", qtext="约"),
  fact("顺德龙江新智产业园项目", "project", "floor_area_m2", 1.1e5, "m2", H2, "2024年5月（规划）", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- tf08 汕尾城区 北片高端产业集聚区 (汕尾日报 2025)
BP = "北片高端产业集聚区"
K0 = "北片高端产业集聚区紧紧依托高新区,以新一代电子信息产业为主导,融合新能源汽车零部件、算力产业,构建起“2+2”产业发展格局"
K1 = "2023年以来,晶创电子、西迪特科技等19个产业项目相继投产,新增10家规模以上工业企业"
ASK = "2023年至2025年5月"
G["tf08"] = dict(
 article=art("聚焦产业发展 强区富民兴村 ——城区加速推进“百千万工程”奋力实现“三年初见成效”", "汕尾日报（第02版，“奋进百千万 汕尾在行动”栏；署名存段未示），epaper.shanweinews.net", "2025-05-12", "day",
  "City daily, Guangdong (汕尾 城区): a district's three-year review of the county–town–village programme — four industrial zones of the district, two named firms' projects among 19 in production in the high-end zone beside the high-tech zone, new above-scale firms",
  "http://epaper.shanweinews.net/u/epaper/wap/4A5CF201A6099B20ECFFA2A5C0E090E6/content",
  "日期取页面“( 2025-05-12 15:47:58)”。标题取正文前两行（主题“聚焦产业发展 强区富民兴村”与副题“——城区加速推进…”，以空格相连）；页面顶部的“为了更好的体验,请使用竖屏浏览”“02”与带栏目名的标题行“【奋进百千万 汕尾在行动】…”已删；两行图片说明“捷胜海兴农现代海洋种业产业园。”“海洋牧场项目。”已删。存段在“国内首个零碳现代化海洋牧场——华润零碳现代化海洋牧场已进入实质”处中断（2000字节处），该残句已删（make_txt.py LINE_SUFFIX），正文截至“…长沙湾海洋牧场经济带。”，含小标题两行，共八段。“城区”为汕尾市城区（区名）。园区：北片高端产业集聚区（依托“高新区”——即汕尾高新区，文中只作“高新区”，列可选园区，通名不计分）；东片商贸物流集聚区、西片海洋经济产业区为城区特色产业片区（可选）。项目：晶创电子、西迪特科技（“19个产业项目相继投产”之二；以企业名作项目名，同 real52 zv01），投产，park 北片高端产业集聚区；两家企业列可选公司。事实：2023年以来19个产业项目投产、新增10家规上工业企业（cumulative，主体北片高端产业集聚区）；城区4个特色产业片区（可选）。信利城市广场等商圈不列。",
  "tf08"),
 parks=[
  park(BP, "汕尾", "广东", "产业集聚区", K0, district="城区", note="汕尾市城区四个特色产业片区之一；依托高新区"),
  park("高新区", "汕尾", "广东", "高新区", K0, district="城区", opt=True, note="即汕尾高新区；文中只作“高新区”（通名）"),
  park("东片商贸物流集聚区", "汕尾", "广东", "商贸物流集聚区", "东片商贸物流集聚区发展迅猛", district="城区", opt=True),
  park("西片海洋经济产业区", "汕尾", "广东", "海洋经济产业区", "西片海洋经济产业区聚焦海洋资源开发,全力打造长沙湾海洋牧场经济带", district="城区", opt=True),
 ],
 companies=[
  comp("晶创电子", BP, K1, opt=True, note="以企业名作项目名"),
  comp("西迪特科技", BP, K1, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("晶创电子", BP, K1, companies=["晶创电子"], status="投产", status_text="相继投产", note="19个产业项目之一；以企业名作项目名"),
  proj("西迪特科技", BP, K1, companies=["西迪特科技"], status="投产", status_text="相继投产", note="同上"),
 ],
 aggregate_facts=[
  fact(BP, "park", "projects_in_production", 19, "count", K1, ASK, kind="cumulative", note="2023年以来相继投产的产业项目"),
  fact(BP, "park", "new_above_scale_firms", 10, "count", K1, ASK, kind="cumulative"),
  fact("汕尾市城区", "region", "industrial_zones", 4, "count", "在产业布局上,城区精心规划,划分出4个特色产业片区", "2025年5月", opt=True),
 ])

# ---------------------------------------------------------------- tf09 郁南县南江口镇 建材产业 (云浮日报 2025)
NJ = "南江口镇"
M0 = "作为镇内传统工业龙头,广东鸿业建材科技有限公司率先启动转型升级,二期项目40亩建设用地已完成调规出让"
M1 = "郁南鸿运水泥、广东畅利陶瓷、贞英木业等规上企业也同步推进生产流程智能化改造"
M2 = "数据显示,2025年上半年,全镇6家规上工业企业,累计实现规模以上工业总产值7.47亿元,同比增长3.19%"
AS9 = "2025年1–6月"
G["tf09"] = dict(
 article=art("新质生产力驱动产业“蝶变”", "云浮日报（第18版“质领未来 聚力前行”；署名存段未示），经 360elib 电子报阅读机", "2025-09-28", "day",
  "City daily's special page, Guangdong (云浮 郁南): a town's building-materials industry — its unnamed materials industrial area, a shipbuilding project at the approval stage, the leading firm's phase-2 land, three more above-scale firms, the town's above-scale output and growth in H1 2025",
  "http://www.360elib.com:2027/detail.aspx?NewsCode=NC1015&NewsId=73702376&OrgId=001",
  "日期取页面“日期:09-28”与“版面:第18版”；年份由阅读机日期“2025-10-10”与文中“2025年上半年”推定为2025年。标题照录；阅读机抬头、日期版面行与七行图片说明（“南江口镇圩镇全貌”…“碧桂园(郁南)新型材料产业基地”…“江滨公园”）已删；段首全角缩进已去。存段在末句“…其中绿色建材相关企业贡献超六成产值,传统工业在新质生产力赋”处中断（2000字节处），只删未完的末分句“,传统工业在新质生产力赋”（make_txt.py LINE_SUFFIX），以保留该句前半的数字，正文止于“…贡献超六成产值”（无句号），含小标题两行，共五段。地点：云浮市郁南县南江口镇（文中未写县名，由镇名与“碧桂园(郁南)”图片说明推定郁南县）。园区：文中只有“建材的产业园区”，无具名园区，parks 为空；公司 park 记 null。公司：广东鸿业建材科技有限公司（镇内传统工业龙头）；郁南鸿运水泥、广东畅利陶瓷、贞英木业（规上企业）。项目：高性能船舶制造项目（已完成前期立项→planned，park null）；鸿业建材二期项目（40亩用地已调规出让；名称不全，可选）。事实：2025年上半年全镇6家规上工业企业、规上工业总产值7.47亿元（cumulative）、同比增长3.19%；绿色建材企业贡献超六成产值（可选）；镇域面积200.6平方公里（可选）。",
  "tf09"),
 parks=[],
 companies=[
  comp("广东鸿业建材科技有限公司", None, M0, note="镇内传统工业龙头；南江口镇"),
  comp("郁南鸿运水泥", None, M1, note="规上企业"),
  comp("广东畅利陶瓷", None, M1, note="规上企业"),
  comp("贞英木业", None, M1, note="规上企业"),
 ],
 projects=[
  proj("高性能船舶制造项目", None, "另外,高性能船舶制造项目已完成工程项目前期立项工作", status="planned", status_text="已完成工程项目前期立项工作"),
  proj("广东鸿业建材科技有限公司二期项目", None, M0, companies=["广东鸿业建材科技有限公司"], phase="二期", opt=True,
       note="文中只作“二期项目”；40亩建设用地已完成调规出让"),
 ],
 aggregate_facts=[
  fact(NJ, "region", "above_scale_firms", 6, "count", M2, AS9),
  fact(NJ, "region", "above_scale_output_cny", 7.47e8, "cny", "累计实现规模以上工业总产值7.47亿元,同比增长3.19%", AS9, kind="cumulative", chk=True),
  fact(NJ, "region", "above_scale_output_yoy_growth", 0.0319, "ratio", M2, AS9, kind="ratio"),
  fact(NJ, "region", "green_building_materials_output_share", 0.6, "ratio", "其中绿色建材相关企业贡献超六成产值", AS9, kind="ratio", qual="超", qtext="超", opt=True),
  fact(NJ, "region", "area_km2", 200.6, "km2", "辖区总面积200.6平方公里", "2025年", opt=True),
 ])
