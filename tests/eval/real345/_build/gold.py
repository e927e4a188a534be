# real345 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52 (real28–real52): evidence verbatim (all seven items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts.
# Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county or
# city is not a park). Status from the text's words (破土动工 / 集中开工 → 开工; 加快建设 / 强力推进…建设 → 在建; 将…启动 → planned).
# Year-to-date and “since approval” counts are cumulative. Port throughput figures get subject_type “port” (a port is not a
# park). Sources are `search` (corpus pages) excerpts typed into _raw/pages/ofNN.raw as returned.

# ---------------------------------------------------------------- of01 周口港区智慧仓储物流园项目破土动工 (周口日报 2022)
ZK = "周口港区"
A0 = "总投资3.6亿元的周口港区智慧仓储物流园项目破土动工"
A1 = "周口中心港智慧仓储物流园项目包括仓储区和堆场区两部分,总占地约230亩,总建筑面积48650平方米,计划投资3.6亿元"
A2 = "该项目业主单位,周口临港新城公司负责人郑瑞刚表示"
A3 = "项目建设单位中城建安集团有限公司相关负责人表示,将以周口港区智慧仓储物流园项目为契机"
AS1 = "2022年10月19日（开工）"
G["of01"] = dict(
 article=art("（无标题）周口港区智慧仓储物流园项目破土动工", "周口日报（记者 宋风），数字报 zhld.com", "2022-10-31", "day",
  "City daily's e-paper, Henan: groundbreaking of a warehousing and yard logistics park project behind an inland river port's central wharf — investment, site and floor area, owner and builder",
  "http://www.zhld.com/szb/pc/col/202210/31/content_183639.html",
  "日期取网址 202210/31（数字报版面日）；文中开工日为10月19日。存段无标题、无日期行（title 为编者概括），正文四段，完整（末句“…助力周口中心港腾飞。”）。园区：周口港区（周口市，河南；文中又作“港区”，设党委与领导班子，按园区记）。“周口中心港”为港口（码头），不列园区。项目：周口港区智慧仓储物流园项目（文中又作“周口中心港智慧仓储物流园项目”，列 alias），总投资3.6亿元（“计划投资3.6亿元”同额），破土动工→开工。公司：周口临港新城公司（业主单位，在港区）；中城建安集团有限公司（建设单位，施工方，park null，可选）。事实：占地约230亩、建筑面积48650平方米（项目，可选）。港区领导个人不列。",
  "of01"),
 parks=[
  park(ZK, "周口", "河南", "港区（临港开发区）", A0, note="文中又作“港区”；周口中心港所在"),
 ],
 companies=[
  comp("周口临港新城公司", ZK, A2, note="项目业主单位；名称不全（文中如此）"),
  comp("中城建安集团有限公司", None, A3, opt=True, note="项目建设（施工）单位"),
 ],
 projects=[
  proj("周口港区智慧仓储物流园项目", ZK, A0, companies=["周口临港新城公司", "中城建安集团有限公司"], inv="总投资3.6亿元",
       status="开工", status_text="破土动工", aliases=["周口中心港智慧仓储物流园项目"], note="2022年10月19日开工；业主周口临港新城公司"),
 ],
 aggregate_facts=[
  fact("周口港区智慧仓储物流园项目", "project", "site_area_mu", 230, "mu", A1, AS1, qual="约", qtext="约", opt=True),
  fact("周口港区智慧仓储物流园项目", "project", "floor_area_m2", 48650, "m2", A1, AS1, opt=True),
 ])

# ---------------------------------------------------------------- of02 海港开发区:提速重点项目建设 (环渤海新闻网 2013)
HG = "海港经济开发区"
B0 = "环渤海新闻网消息 (焦双喜、蔺建勋、杜庆君)海港经济开发区全面提速京唐港区36#-40#煤炭泊位和中储粮油脂唐山基地等重点工程建设"
B1 = "围绕港口功能调整主线,海港经济开发区携手唐山港集团,加快京唐港区港口深水化、专业化、园区化、集装箱化、生态化战略转型升级,强力推进总投资达59亿元的36#-40#煤炭专业泊位功能调整重点项目建设"
B2 = "投资12.8亿元的中储粮油脂唐山基地项目建设红红火火"
B3 = "截至目前,一期油脂油料仓储加工项目已基本建成,二期日产800吨精炼油项目力促尽快开工"
G["of02"] = dict(
 article=art("海港开发区:提速重点项目建设", "环渤海新闻网（焦双喜、蔺建勋、杜庆君），载于 cnss.com.cn（港口动态栏）", "2013-07-29", "day",
  "Regional news site via a shipping portal, Hebei: a port-side development zone speeds up two key projects — coal berths rebuilt in the port area with the port group, a grain-oil base with phase 1 nearly built and phase 2 to start",
  "https://www.cnss.com.cn/html/gkdt/20130729/110069.html",
  "日期取网址 20130729。标题照录；页尾“参与评论 / 分享到微信朋友圈…”已删。正文两段，完整。园区：海港经济开发区（标题作“海港开发区”；唐山市，河北；京唐港所在）。京唐港区为港区（港口作业区），列可选园区（母园区不推定）。公司：唐山港集团（与开发区合作推进泊位项目，可选，park 记开发区）；中储粮只在项目名中（可选）。项目：36#-40#煤炭专业泊位功能调整重点项目（总投资达59亿元，“强力推进…建设”“工程进展顺利”→在建；首段作“京唐港区36#-40#煤炭泊位”，列 alias）；中储粮油脂唐山基地项目（投资12.8亿元，在建；一期“已基本建成”、二期“力促尽快开工”→ 两个子项目列可选：一期在建（基本建成）、二期 planned）。",
  "of02"),
 parks=[
  park(HG, "唐山", "河北", "经济开发区", B0, aliases=["海港开发区"], note="标题作“海港开发区”"),
  park("京唐港区", "唐山", "河北", "港区", B0, opt=True, note="港口作业区；文中与开发区并提"),
 ],
 companies=[
  comp("唐山港集团", HG, B1, opt=True, note="与海港经济开发区携手推进泊位项目；园区由语境推定"),
  comp("中储粮", HG, B2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("36#-40#煤炭专业泊位功能调整重点项目", HG, B1, companies=["唐山港集团"], inv="总投资达59亿元", status="在建", status_text="强力推进…建设",
       aliases=["京唐港区36#-40#煤炭泊位"], note="位于京唐港区；码头、堆场、变电站部分工程已完成"),
  proj("中储粮油脂唐山基地项目", HG, B2, companies=["中储粮"], inv="投资12.8亿元", status="在建", status_text="建设红红火火"),
  proj("一期油脂油料仓储加工项目", HG, B3, phase="一期", status="在建", status_text="已基本建成", opt=True, note="中储粮油脂唐山基地一期"),
  proj("二期日产800吨精炼油项目", HG, B3, phase="二期", status="planned", status_text="力促尽快开工", opt=True, note="中储粮油脂唐山基地二期"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- of03 省交投集团牵手松滋市 (湖北在线 2016)
LG = "临港工业园"
CJ = "长江物流产业园"
C0 = "自2010年起,松滋市抢抓荆州壮腰工程战略机遇,加快建设高标码头及临港工业园"
C1 = "园区建设面积突破17平方公里,累计落户项目22个"
C2 = "据其介绍,2016年省交投集团将投资30亿元,启动车阳河综合码头二期工程4个泊位建设,推进长江物流产业园发展"
C3 = "高标准打造松滋临港新区"
G["of03"] = dict(
 article=art("省交投集团牵手松滋市 打造省内长江南岸最大内陆口岸", "湖北在线，载于 wuhan.baogaosu.com", "2016", "year",
  "Provincial news site relayed by an aggregator, Hubei: a county-level city's river port and port-side industrial park — berths built and under way, park area and projects landed, a provincial transport investor's planned wharf phase 2 and logistics park, a port new area planned",
  "https://wuhan.baogaosu.com/xinwen/%E7%9C%81%E4%BA%A4%E6%8A%95%E9%9B%86%E5%9B%A2%E7%89%B5%E6%89%8B%E6%9D%BE%E6%BB%8B%E5%B8%82%E6%89%93%E9%80%A0%E7%9C%81%E5%86%85/42307750",
  "页面日期作“08.01.2016 11:07”（日.月 或 月.日 不明：2016-01-08 或 2016-08-01），故只记年份；文中“2016年省交投集团将投资30亿元”“十三五”规划与此相符。标题照录；“本文来源: 湖北在线”与日期行（前后各一）已删。正文三段，完整。园区：临港工业园（松滋市，荆州，湖北；文中又作“园区”；名称照录，未补“松滋”）；长江物流产业园（省交投集团推进发展）；松滋临港新区（规划目标，可选）。“物流保税区”等五大分区为规划分区，不列。公司：省交投集团（湖北省交通投资集团，文中简称；投资方，park null）；省交投集团荆州公司（可选）。项目：车阳河综合码头二期工程（4个泊位；“将投资30亿元，启动…建设”→planned；30亿元同时用于推进长江物流产业园，note 注明；park null——码头不在园区名下）。事实：临港工业园建设面积突破17平方公里（超）、累计落户项目22个（cumulative）。",
  "of03"),
 parks=[
  park(LG, "荆州", "湖北", "临港工业园", C0, district="松滋市", note="文中又作“园区”"),
  park(CJ, "荆州", "湖北", "物流园", C2, district="松滋市"),
  park("松滋临港新区", "荆州", "湖北", "临港新区（规划）", C3, district="松滋市", opt=True, note="规划目标"),
 ],
 companies=[
  comp("省交投集团", None, C2, note="湖北省交通投资集团（文中简称）；投资方"),
  comp("省交投集团荆州公司", None, "省交投集团荆州公司副董事长、总经理雷承表示", opt=True),
 ],
 projects=[
  proj("车阳河综合码头二期工程", None, C2, companies=["省交投集团"], inv="投资30亿元", phase="二期", status="planned", status_text="将投资…启动",
       note="4个泊位；30亿元同时用于推进长江物流产业园发展（文中合写）"),
 ],
 aggregate_facts=[
  fact(LG, "park", "built_area_km2", 17, "km2", C1, "2016年初", qual="超", qtext="突破"),
  fact(LG, "park", "projects_landed", 22, "count", C1, "2010年至2016年初", kind="cumulative"),
 ])

# ---------------------------------------------------------------- of04 重庆果园港4个重大项目集中开工 (重庆发布 2021)
LJ = "两江新区"
D0 = "1月4日,重庆果园港国家物流枢纽重点功能项目在两江新区集中开工"
D1 = "此次集中开工的项目包括两江新区鱼嘴铁路货运站南场、中远海运果园综合物流基地项目、果园保税物流中心(B型)二期、多式联运智慧运营中心等4个重大项目,都将于今明两年竣工"
AS4 = "2021年1月4日（集中开工）"
G["of04"] = dict(
 article=art("重庆果园港4个重大项目,集中开工!", "重庆发布（原题同；栏目“重庆两江新区”），载于 m.news.shi-fen.com", "2021-01-05", "day",
  "Municipal government account relayed by an aggregator, Chongqing: four named logistics-hub projects at an inland river port started together in a national new area, to be completed within two years",
  "https://m.news.shi-fen.com/china/202101/50-913251.html",
  "日期取页面“日期:01-05”与网址 202101。标题照录；“日期/栏目/原标题/来源”行与重复标题已删；图片说明（“开工仪式现场邹乐摄”“鱼嘴铁路货运站效果图邹乐摄”“重庆果园保税物流中心(B型)二期项目效果图邹乐摄”，各重复两次）作页面附属内容删去。存段末段“此次开工的系列项目意义重大,…助力重庆”在句中中断（整段只一句），整段删去；正文截至“…全球资源配置功能。”，共四段。园区：两江新区（国家级新区，重庆；项目所在）；果园港为港口（港口型国家物流枢纽），列可选园区；果园保税物流中心(B型)只在项目名中出现（二期为项目），不另列园区。项目：两江新区鱼嘴铁路货运站南场、中远海运果园综合物流基地项目、果园保税物流中心(B型)二期、多式联运智慧运营中心——集中开工→开工，无单项金额，今明两年竣工。公司：中远海运只在项目名中（可选）。两江新区管委会列可选机构。",
  "of04"),
 parks=[
  park(LJ, "重庆", "重庆", "国家级新区", D0, note="项目所在"),
  park("果园港", "重庆", "重庆", "港口（港口型国家物流枢纽）", D0, parent=LJ, opt=True, note="港口；文中作“重庆果园港”“果园港”"),
 ],
 companies=[
  comp("中远海运", LJ, D1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("两江新区管委会", "两江新区管委会相关负责人表示"),
 ],
 projects=[
  proj("两江新区鱼嘴铁路货运站南场", LJ, D1, status="开工", status_text="集中开工", note="今明两年竣工"),
  proj("中远海运果园综合物流基地项目", LJ, D1, companies=["中远海运"], status="开工", status_text="集中开工", note="今明两年竣工"),
  proj("果园保税物流中心(B型)二期", LJ, D1, phase="二期", status="开工", status_text="集中开工", note="今明两年竣工"),
  proj("多式联运智慧运营中心", LJ, D1, status="开工", status_text="集中开工", note="今明两年竣工"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "projects_started", 4, "count", D1, AS4, note="果园港国家物流枢纽重点功能项目"),
 ])

# ---------------------------------------------------------------- of05 梅山保税港区建设实现新飞跃 (东南商报 2010)
MS = "梅山保税港区"
E0 = "梅山新设内资企业538户,注册资本达31.6亿元"
E1 = "个体户667户,注册资金1.1亿元"
E2 = "农民专业合作社3户,出资总额45.6万元"
E3 = "外商投资企业3户,投资总额733万美元,注册资本433万美元"
E4 = "目前,在梅山的存量内资企业累计达614户,注册资本达38.8亿元,其中保税港区获批后成立的分别占83.9%和78.2%"
E5 = "目前,梅山保税港区企业中注册资本亿元以上的已达5家"
E6 = "其中规模最大的企业,宁波梅山岛国际集装箱码头有限公司注册资本达8亿元"
ASM = "2008年2月获批至2010年9月"
AS5 = "2010年9月"
G["of05"] = dict(
 article=art("梅山保税港区建设实现新飞跃", "东南商报（通讯员 李维珍），载于中国宁波网 news.cnnb.com.cn（北仑栏）", "2010-09-21", "day",
  "City evening paper on the city portal, Zhejiang: a bonded port zone's first container berth in trial operation — firms and registered capital set up since approval, stock of firms, the largest firm's capital",
  "http://news.cnnb.com.cn/system/2010/09/21/006685991.shtml",
  "日期取页面“稿源: 东南商报 | 2010-09-21 09:04:57”。标题照录；位置导航、稿源行与“【编辑:徐挺】”已删；通讯员署名在正文末，保留。正文四段，完整。园区：梅山保税港区（宁波市北仑区，浙江；2008年2月获批；文中又作“保税港区”“港区”）；“梅山港区1#泊位”中的梅山港区为港口作业区，不列。文中企业数字以“梅山”为主语（梅山岛即保税港区所在），按 real52 “全区”惯例归梅山保税港区（note 注明）：获批以来新设内资企业538户/注册资本31.6亿元、个体户667户/1.1亿元、合作社3户/45.6万元、外商投资企业3户/投资总额733万美元/注册资本433万美元（cumulative）；存量内资企业614户/38.8亿元及获批后占比83.9%/78.2%；注册资本亿元以上企业5家。公司：宁波梅山岛国际集装箱码头有限公司（注册资本8亿元，在园）。首航班轮“中海向珠”为船名，不列。",
  "of05"),
 parks=[
  park(MS, "宁波", "浙江", "保税港区", "它的首航成功标志着梅山保税港区首期集装箱码头的成功试投入", district="北仑区", note="文中又作“保税港区”“港区”“梅山”"),
 ],
 companies=[
  comp("宁波梅山岛国际集装箱码头有限公司", MS, E6, note="保税港区内注册资本最大的企业"),
 ],
 projects=[],
 aggregate_facts=[
  fact(MS, "park", "new_domestic_firms", 538, "count", E0, ASM, kind="cumulative", note="文中主语“梅山”"),
  fact(MS, "park", "new_domestic_firms_registered_capital_cny", 3.16e9, "cny", E0, ASM, kind="cumulative", chk=True),
  fact(MS, "park", "new_individual_businesses", 667, "count", E1, ASM, kind="cumulative", opt=True),
  fact(MS, "park", "new_individual_businesses_capital_cny", 1.1e8, "cny", E1, ASM, kind="cumulative", opt=True, chk=True),
  fact(MS, "park", "new_farmer_cooperatives", 3, "count", E2, ASM, kind="cumulative", opt=True),
  fact(MS, "park", "new_farmer_cooperatives_capital_cny", 4.56e5, "cny", E2, ASM, kind="cumulative", opt=True, chk=True),
  fact(MS, "park", "new_foreign_invested_firms", 3, "count", E3, ASM, kind="cumulative"),
  fact(MS, "park", "foreign_invested_total_investment_usd", 7.33e6, "usd", "投资总额733万美元", ASM, kind="cumulative"),
  fact(MS, "park", "foreign_invested_registered_capital_usd", 4.33e6, "usd", "注册资本433万美元", ASM, kind="cumulative", opt=True),
  fact(MS, "park", "domestic_firms", 614, "count", E4, AS5, kind="cumulative"),
  fact(MS, "park", "domestic_firms_registered_capital_cny", 3.88e9, "cny", E4, AS5, kind="cumulative", chk=True),
  fact(MS, "park", "domestic_firms_share_after_approval", 0.839, "ratio", E4, AS5, kind="ratio", opt=True),
  fact(MS, "park", "domestic_capital_share_after_approval", 0.782, "ratio", E4, AS5, kind="ratio", opt=True),
  fact(MS, "park", "firms_registered_capital_over_100m", 5, "count", E5, AS5, note="注册资本亿元以上（门槛，非限定词）"),
  fact("宁波梅山岛国际集装箱码头有限公司", "company", "registered_capital_cny", 8e8, "cny", E6, AS5, chk=True),
 ])

# ---------------------------------------------------------------- of06 向海崛起临港特色产业集群 (广西日报 2022)
QZ = "钦州港片区"
F0 = "今年前7个月,钦州港货物吞吐量完成9709.5万吨,同比增长4.1%;集装箱完成288.7万标箱,同比增长21%"
F1 = "钦州铁路集装箱中心站集装箱办理量完成21.5万标箱,位列全国13个集装箱中心站第6位,同比增长20.9%"
F2 = "作为中国(广西)自由贸易试验区面积最大且唯一临海的片区,钦州港片区贯彻落实"
F3 = "8月18日,中粮油脂(钦州)有限公司申报进口的一批大豆在钦州港口岸勒沟作业区6#码头快速完成调运作业"
AS6 = "2022年1–7月"
G["of06"] = dict(
 article=art("向海崛起临港特色产业集群", "广西日报，载于泛珠三角合作信息网 pprd.org.cn（聚焦泛珠栏）", "2022-08-26", "day",
  "Provincial daily on a regional cooperation portal, Guangxi: a long feature on a coastal free-trade-zone area — port throughput and container figures, the rail container centre, the zone's positioning, a grain-oil firm's customs clearance (only the opening of the feature is stored)",
  "http://www.pprd.org.cn/zxzx/fzhzdt/content/post_1017760.html",
  "日期取页面“日期:2022-08-26 来源:广西日报”。标题照录；位置导航、日期行与图片说明“货轮靠泊钦州自动化集装箱码头。赵冠雄/摄”已删。长篇只存开头：存段在“A 通航能力大幅提升”节的第二句“该公司负责人张新祥告诉记者,…粮食类产品口岸转运时间较”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…第21批进口通关粮食。”，含小标题一行，共六段。园区：钦州港片区（中国(广西)自由贸易试验区钦州港片区；钦州，广西；文中只作“钦州港片区”）；中国(广西)自由贸易试验区列可选园区（母区）。钦州港、钦州铁路集装箱中心站、钦州港口岸勒沟作业区为港口/场站，不列园区；港口数字 subject_type 记 port。公司：中粮油脂(钦州)有限公司（在钦州港口岸办理进口，园区推定为钦州港片区）。“4·27”“一港两区”等为口号，不计。",
  "of06"),
 parks=[
  park(QZ, "钦州", "广西", "自由贸易试验区片区", F2, parent="中国(广西)自由贸易试验区", note="“面积最大且唯一临海的片区”"),
  park("中国(广西)自由贸易试验区", None, "广西", "自由贸易试验区", F2, opt=True),
 ],
 companies=[
  comp("中粮油脂(钦州)有限公司", QZ, F3, note="在钦州港口岸勒沟作业区办理进口；园区由语境推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact("钦州港", "port", "cargo_throughput_t", 9.7095e7, "t", F0, AS6, kind="cumulative"),
  fact("钦州港", "port", "cargo_throughput_yoy_growth", 0.041, "ratio", F0, AS6, kind="ratio"),
  fact("钦州港", "port", "container_throughput_teu", 2.887e6, "teu", F0, AS6, kind="cumulative"),
  fact("钦州港", "port", "container_throughput_yoy_growth", 0.21, "ratio", F0, AS6, kind="ratio"),
  fact("钦州铁路集装箱中心站", "port", "container_handling_teu", 2.15e5, "teu", F1, AS6, kind="cumulative", opt=True),
  fact("钦州铁路集装箱中心站", "port", "container_handling_yoy_growth", 0.209, "ratio", F1, AS6, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- of07 今年前7月连云港港口吞吐量同比增3.4% (人民日报海外版 2020)
LY = "连云港片区"
H0 = "今年1-7月,江苏连云港港口吞吐量完成1.47亿吨,同比增长3.4%,增幅居全国海港前列"
H1 = "连云港国际班列完成3.04万标箱,同比增长44%"
H2 = "现在远近洋航线达73条,海河联运航线达11条"
H3 = "“一年来,连云港片区以全市2.7‰的面积,贡献了31%的实际利用外资、17%的外贸进出口、13%的新增市场主体,带动全市签约项目51个、总投资2100亿元。”"
AS7 = "2020年1–7月"
AY = "2019年8月至2020年8月（设立一年来）"
G["of07"] = dict(
 article=art("今年前7月连云港港口吞吐量同比增3.4%", "人民日报海外版（丁茜茜），载于人民网黑龙江频道 hlj.people.com.cn", "2020-09-01", "day",
  "National paper's overseas edition on a provincial channel of its portal, Jiangsu: a free-trade-zone area's first year — port throughput, international trains, shipping routes, the area's shares of the city's foreign investment, trade and new firms, projects signed city-wide",
  "http://hlj.people.com.cn/n2/2020/0901/c338538-34263292.html",
  "日期取页面“2020年09月01日08:18 来源:人民网-人民日报海外版”。标题照录；日期来源行、“原标题:连云港港口吞吐量同比增3.4%”与“(责编:张齐、赵怡)”已删（原题记于 title_note）。正文两段，完整。园区：连云港片区（中国(江苏)自由贸易试验区连云港片区；连云港，江苏）；中国(江苏)自由贸易试验区（可选母区）；连云港经济技术开发区（其管委会主任发言；片区与开发区关系文中未说，不设 parent）。港口数字（吞吐量、班列、航线）subject 记“江苏连云港港口”（port）。片区贡献份额为 ratio（2.7‰ → 0.0027）；“带动全市签约项目51个、总投资2100亿元”主语为片区、范围为全市，subject 记连云港片区（note 注明）。公司：连云港港口控股集团（港口企业，park null）。",
  "of07", title_note="原标题：连云港港口吞吐量同比增3.4%"),
 parks=[
  park(LY, "连云港", "江苏", "自由贸易试验区片区", "中国(江苏)自由贸易试验区设立一年来,连云港片区立足自身特色", parent="中国(江苏)自由贸易试验区"),
  park("中国(江苏)自由贸易试验区", None, "江苏", "自由贸易试验区", "中国(江苏)自由贸易试验区设立一年来", opt=True),
  park("连云港经济技术开发区", "连云港", "江苏", "经济技术开发区", "连云港经济技术开发区管委会主任孙爱华说"),
 ],
 companies=[
  comp("连云港港口控股集团", None, "连云港港口控股集团新闻中心外宣通联部部长杨开林介绍", note="港口企业"),
 ],
 institutions=[
  inst("连云港经济技术开发区管委会", "连云港经济技术开发区管委会主任孙爱华说", park="连云港经济技术开发区"),
 ],
 projects=[],
 aggregate_facts=[
  fact("江苏连云港港口", "port", "cargo_throughput_t", 1.47e8, "t", H0, AS7, kind="cumulative"),
  fact("江苏连云港港口", "port", "cargo_throughput_yoy_growth", 0.034, "ratio", H0, AS7, kind="ratio"),
  fact("连云港国际班列", "port", "rail_containers_teu", 3.04e4, "teu", H1, AS7, kind="cumulative", opt=True),
  fact("连云港国际班列", "port", "rail_containers_yoy_growth", 0.44, "ratio", H1, AS7, kind="ratio", opt=True),
  fact("江苏连云港港口", "port", "ocean_routes", 73, "count", H2, "2020年8月", opt=True),
  fact("江苏连云港港口", "port", "river_sea_routes", 11, "count", H2, "2020年8月", opt=True),
  fact(LY, "park", "area_share_of_city", 0.0027, "ratio", H3, AY, kind="ratio"),
  fact(LY, "park", "actual_fdi_share_of_city", 0.31, "ratio", H3, AY, kind="ratio"),
  fact(LY, "park", "foreign_trade_share_of_city", 0.17, "ratio", H3, AY, kind="ratio"),
  fact(LY, "park", "new_market_entities_share_of_city", 0.13, "ratio", H3, AY, kind="ratio"),
  fact(LY, "park", "projects_signed", 51, "count", H3, AY, kind="cumulative", note="“带动全市签约项目51个”：全市范围"),
  fact(LY, "park", "signed_investment_cny", 2.1e11, "cny", "带动全市签约项目51个、总投资2100亿元", AY, kind="cumulative", chk=True, note="全市范围"),
 ])
