# real448 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/以上/突破/过 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence); US dollars in *_usd facts and proj(currency="usd"). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county-level city is a region, not a park). Status
# from the text's words (开工 / 开工建设 → 开工; 签约 / 签约落地 → 签约; 即将开工 / 计划…开工建设 → planned; 落地 alone, 谈判,
# 新上, 全力实施 → no status). Year-to-date and half-year totals (“今年上半年”, “上半年实现”) are cumulative; expected
# figures (“预计”, “可”, “将”, “确保年内”) are target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/keNN.raw as returned.

# ---------------------------------------------------------------- ke01 山东莱阳开发区 (中国起重机械网 2013)
LY = "莱阳开发区"
JS = "江苏工业园"
A0 = "从山东省莱阳市开发区了解到,投资21亿元的阳煤集团新材料工业园、18亿的山汽中重卡等11个过亿项目即将开工建设"
A1 = "远东钢绳、巨鲸生物等8个过亿项目线索目前正在抓紧跟踪谈判"
A2 = "19个大项目、总投资近百亿的“好声音”,有力唱响了莱阳开发区新年工作开门红"
A3 = "确保年内全区开工建设过亿元项目20个以上"
A4 = "全力实施山汽中重卡、舒驰挂大靠强、英福莱大型农机、神宇机械二期等重点项目"
A5 = "加快推进总投资过20亿元的瑞都纺织机械、广煜机械、欣亚机械、瑞桓机械等签约和在建项目,积极跟踪骏华机械、同一机械、富胜散热器等在谈项目,推动江苏工业园尽快形成规模"
A6 = "加强对鲁亿通智能电气项目和上市工作的帮扶推进,力争成为莱阳首家国内上市企业"
G["ke01"] = dict(
 article=art("山东莱阳开发区远东钢绳等8个过亿项目正在谈判", "中国起重机械网（m.chinacrane.net“行业资讯”栏，“文中内容、图片均来源于网络”；原发媒体与署名未注明）", "2013-03-02", "day",
  "Trade-portal relay of a county-level zone's new-year project outlook, Shandong (烟台 莱阳): projects about to start with amounts, projects under negotiation, the year's start target, named key projects and the zone's 江苏工业园 signed / under-construction projects",
  "http://m.chinacrane.net/news/201303/02/63224.html",
  "日期取页面“2013-03-02 来源:中国起重机械网”。标题照录；栏目字“行业资讯”、日期来源行与免责声明“文中内容、图片均来源于网络…”已删。存段完整（两段）。园区：莱阳开发区（文中作“山东省莱阳市开发区”“莱阳开发区”“全区”；烟台市莱阳市，山东；正式名称与级别文中未写，不补）；江苏工业园（“推动江苏工业园尽快形成规模”，母园区推定为莱阳开发区）。项目：阳煤集团新材料工业园（投资21亿元）、山汽中重卡（“18亿”无“元”，investment_text 照录，investment_cny 留空）——“即将开工建设”→planned；远东钢绳、巨鲸生物为“过亿项目线索…跟踪谈判”（可选，无状态）；舒驰挂大靠强、英福莱大型农机、神宇机械二期为“全力实施”的重点项目（无状态；山汽中重卡在此句再次出现）；瑞都纺织机械等四项为“总投资过20亿元的…签约和在建项目”（合计，不分摊；状态混合，不给状态；园区按句意归江苏工业园）；骏华机械等三项“在谈”（可选）；鲁亿通智能电气项目（帮扶推进、上市，可选）。事实：11个过亿项目即将开工（target）、8个在谈、19个大项目（“近百亿”无“元”，不作金额）、年内开工过亿元项目20个以上（target，超）。",
  "ke01"),
 parks=[
  park(LY, "烟台", "山东", "开发区", A2, district="莱阳市", note="文中又作“山东省莱阳市开发区”“全区”；全称与级别未写"),
  park(JS, "烟台", "山东", "工业园", A5, district="莱阳市", parent=LY, note="母园区由语境推定"),
 ],
 companies=[
  comp("阳煤集团", LY, A0, opt=True, note="只在项目名中"),
  comp("远东钢绳", LY, A1, opt=True, note="在谈项目，以企业名作项目名"),
  comp("巨鲸生物", LY, A1, opt=True, note="在谈项目"),
  comp("鲁亿通", LY, A6, opt=True, note="只在项目名中；帮扶上市"),
 ],
 projects=[
  proj("阳煤集团新材料工业园", LY, A0, companies=["阳煤集团"], inv="投资21亿元", status="planned", status_text="即将开工建设"),
  proj("山汽中重卡", LY, A0, inv="18亿", unparsed=True, status="planned", status_text="即将开工建设",
       note="“18亿”无“元”，金额未解析；又见“全力实施山汽中重卡…等重点项目”"),
  proj("远东钢绳", LY, A1, status=None, status_text="跟踪谈判", opt=True, note="过亿项目线索，在谈"),
  proj("巨鲸生物", LY, A1, status=None, status_text="跟踪谈判", opt=True, note="过亿项目线索，在谈"),
  proj("舒驰挂大靠强", LY, A4, status=None, status_text="全力实施", opt=True, note="舒驰与大企业合作的项目；名称为口号式"),
  proj("英福莱大型农机", LY, A4, status=None, status_text="全力实施"),
  proj("神宇机械二期", LY, A4, phase="二期", status=None, status_text="全力实施"),
  proj("瑞都纺织机械", JS, A5, status=None, status_text="签约和在建项目", note="四项合计“总投资过20亿元”，不分摊；园区由句意推定"),
  proj("广煜机械", JS, A5, status=None, status_text="签约和在建项目", note="同上"),
  proj("欣亚机械", JS, A5, status=None, status_text="签约和在建项目", note="同上"),
  proj("瑞桓机械", JS, A5, status=None, status_text="签约和在建项目", note="同上"),
  proj("骏华机械", JS, A5, status=None, status_text="在谈项目", opt=True),
  proj("同一机械", JS, A5, status=None, status_text="在谈项目", opt=True),
  proj("富胜散热器", JS, A5, status=None, status_text="在谈项目", opt=True),
  proj("鲁亿通智能电气项目", LY, A6, companies=["鲁亿通"], status=None, status_text="帮扶推进", opt=True),
 ],
 aggregate_facts=[
  fact(LY, "park", "projects_to_start", 11, "count", A0, "2013年3月（即将开工）", kind="target", note="过亿项目"),
  fact(LY, "park", "projects_under_negotiation", 8, "count", A1, "2013年3月", note="过亿项目线索"),
  fact(LY, "park", "major_projects", 19, "count", A2, "2013年3月", opt=True, note="11个即将开工 + 8个在谈；“近百亿”无“元”，不作金额"),
  fact(LY, "park", "projects_started", 20, "count", A3, "2013年全年（目标）", kind="target", qual="超", qtext="以上", note="过亿元项目"),
  fact(JS, "park", "signed_and_under_construction_investment_cny", 2e9, "cny", "加快推进总投资过20亿元的瑞都纺织机械、广煜机械、欣亚机械、瑞桓机械等签约和在建项目",
       "2013年3月", qual="超", qtext="过", opt=True, note="四项以上合计"),
 ])

# ---------------------------------------------------------------- ke02 中韩汽车零部件产业园 (杜传志 代表建议, cn156 ~2015)
RZ = "日照经济技术开发区"
ZH = "中韩汽车零部件产业园"
B0 = "2011年,在日照经济技术开发区规划设立了中韩汽车零部件产业园"
B1 = "目前占地3平方公里的园区一期已填满,新拓展的5平方公里正在进行基础设施建设,园内规模以上企业36家,投资总额42亿美元(合260亿元人民币)"
B2 = "2013年园区产值226亿元,年均增长73%"
B3 = "去年又有韩国新和精密投资的柳成新和汽车部件、东宝齿轮、韩泰变矩器等10个新项目落地,新增投资额30亿元,全部投产后年可增加产值42亿元"
B4 = "威亚汽车发动机已经具备78万台的生产能力,是全球最大的单体汽车发动机生产企业"
B5 = "投资2.7亿美元的发动机四工厂已于去年3月份开工建设,建成后将新增发动机产能30万台"
B6 = "派沃泰自动变速箱已经具备100万台的生产能力,是全国最大的六速汽车变速箱生产企业,变速箱三工厂项目已开工建设,建成后新增50万台产能,总产值将超过150亿元"
B7 = "设立中韩日照产业园,加强与韩国产业园区方面开展合作"
B8 = "目前日照已经成为全省重要的韩资流入地,现有韩资企业82家"
ASY = "上一年（文中“去年”，约2014年）"
G["ke02"] = dict(
 article=art("（无标题）全国人大代表、日照港集团董事长杜传志：设立中韩日照产业园（中韩汽车零部件产业园发展势良好）", "cn156.com（第一物流网“访谈观点”栏）；全国人大代表、日照港集团董事长杜传志的建议，原发媒体未注明", "2015", "year",
  "Logistics portal relaying a national deputy's proposal, Shandong (日照): a proposed China–Korea park, and the Korean auto-parts park in 日照经济技术开发区 — area, firms, investment, output, new Korean projects landed, engine and gearbox plants with capacity and a US-dollar investment",
  "http://cn156.com/cms/ftgd/46714.html",
  "存段无标题、无日期行（title 为编者概括；首行“全国人大代表、日照港集团董事长 杜传志”为署名式说明，已删，内容记于 title）。日期未示：文中“中韩两国已于近期完成了中韩自贸区谈判”（2014年11月实质性结束、2015年2月草签）与“2013年园区产值”“去年又有…”推定为2015年全国两会期间的代表建议（published_precision year，不确定，可能为2014年末至2015年初）。存段在“这些核心项目都纳入了现代汽”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…总产值将超过150亿元。”，含小标题一行，共六段。园区：日照经济技术开发区（日照，山东）；中韩汽车零部件产业园（2011年在开发区内设立，母园区为日照经济技术开发区）；中韩日照产业园为建议设立的园区（可选）。公司：威亚汽车发动机、派沃泰自动变速箱（园区骨干，以产品名称行文）；韩国新和精密（投资方）、现代汽车集团（可选）。项目：柳成新和汽车部件、东宝齿轮、韩泰变矩器（“落地”→无状态；10个项目合计新增投资30亿元，不分摊）；发动机四工厂（投资2.7亿美元，“已于去年3月份开工建设”→开工；美元金额记 investment_value，investment_cny 空）；变速箱三工厂项目（已开工建设→开工）。事实：园区一期3平方公里、拓展5平方公里、规上企业36家、投资总额42亿美元（合260亿元）、2013年产值226亿元与年均增长73%、去年新落地项目10个及新增投资30亿元、全部投产后增加产值42亿元（target）；日照韩资企业82家（region）；威亚与派沃泰产能（company，可选）。“去年”按推定记 as_of。",
  "ke02"),
 parks=[
  park(RZ, "日照", "山东", "经济技术开发区", B0, note="国家级（文中未写级别）"),
  park(ZH, "日照", "山东", "产业园（汽车零部件）", B0, parent=RZ, note="2011年在日照经济技术开发区规划设立；文中又作“园区”"),
  park("中韩日照产业园", "日照", "山东", "产业园（建议设立）", B7, opt=True, note="代表建议设立，尚未设立；又作“中韩日照产业园区”"),
 ],
 companies=[
  comp("威亚汽车发动机", ZH, B4, note="园区骨干；现代汽车集团在日照的发动机企业"),
  comp("派沃泰自动变速箱", ZH, B6, note="园区骨干；以产品名称行文"),
  comp("韩国新和精密", ZH, B3, opt=True, note="柳成新和汽车部件项目的投资方"),
  comp("现代汽车集团", None, "根据现代汽车集团的发展规划,最终规模将会超过130万台", opt=True, note="文中又作“韩国现代”"),
 ],
 projects=[
  proj("柳成新和汽车部件", ZH, B3, companies=["韩国新和精密"], status=None, status_text="落地", note="10个新项目之一；合计新增投资30亿元，不分摊"),
  proj("东宝齿轮", ZH, B3, status=None, status_text="落地", note="同上"),
  proj("韩泰变矩器", ZH, B3, status=None, status_text="落地", note="同上"),
  proj("发动机四工厂", ZH, B5, companies=["威亚汽车发动机"], inv="投资2.7亿美元", currency="usd", value=2.7e8,
       status="开工", status_text="已于去年3月份开工建设", note="公司由语境推定（承接威亚一句）；新增产能30万台"),
  proj("变速箱三工厂项目", ZH, B6, companies=["派沃泰自动变速箱"], status="开工", status_text="已开工建设", note="新增50万台产能"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "phase1_area_km2", 3, "km2", B1, "约2015年初", note="一期已填满"),
  fact(ZH, "park", "expansion_area_km2", 5, "km2", B1, "约2015年初", opt=True, note="新拓展，基础设施建设中"),
  fact(ZH, "park", "above_scale_firms", 36, "count", B1, "约2015年初"),
  fact(ZH, "park", "total_investment_usd", 4.2e9, "usd", B1, "约2015年初", note="合260亿元人民币"),
  fact(ZH, "park", "total_investment_cny", 2.6e10, "cny", "投资总额42亿美元(合260亿元人民币)", "约2015年初", opt=True, note="折合人民币"),
  fact(ZH, "park", "output_cny", 2.26e10, "cny", B2, "2013年"),
  fact(ZH, "park", "output_avg_annual_growth", 0.73, "ratio", B2, "2013年（年均）", kind="ratio", opt=True),
  fact(ZH, "park", "projects_landed", 10, "count", B3, ASY),
  fact(ZH, "park", "new_investment_cny", 3e9, "cny", "新增投资额30亿元", ASY),
  fact(ZH, "park", "expected_added_output_cny", 4.2e9, "cny", "全部投产后年可增加产值42亿元", "全部投产后（预期）", kind="target"),
  fact("日照", "region", "korean_invested_firms", 82, "count", B8, "约2015年初", opt=True),
  fact("威亚汽车发动机", "company", "capacity_engines", 780000, "units", B4, "约2015年初", opt=True),
  fact("派沃泰自动变速箱", "company", "capacity_gearboxes", 1000000, "units", B6, "约2015年初", opt=True),
  fact("变速箱三工厂项目", "project", "expected_output_cny", 1.5e10, "cny", "总产值将超过150亿元", "建成后（预期）", kind="target", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- ke03 海阳市重点项目 (zxyzs 2018)
C0 = "海阳核电工业区、海阳经济开发区、汽车产业园等地却春潮涌动"
C1 = "目前,由海阳路港物流有限公司投资2.2亿元建设的里店冷链仓储物流中心项目,一期工程已开工,预计10月底将完成主体建设,年底前投产运营"
C2 = "总投资1.2亿元的中核控制海阳产业基地二期项目已完成立项、环评、规划许可等手续和图纸设计,工程招投标正在公示,计划3月下旬开工建设,年底完工"
C3 = "由海阳英伦纺织有限公司投资建设,总投资3亿元的年产20万件高端服装项目"
C4 = "“2月26日,海阳召开2018年烟台市级重点项目开工动员会,对15个项目集中开工进行安排部署。”"
G["ke03"] = dict(
 article=art("海阳市重点项目建设引领跨越发展动力", "zxyzs.com（中国选址招商网类站点“山东·投资”栏转载；原发媒体与署名未注明）", "2018-03", "month",
  "Investment-site relay of a county-level city's spring project report, Shandong (烟台 海阳): three named projects with amounts and stages (one phase started, two planned to start), a city-level groundbreaking plan",
  "http://zxyzs.com/shandong/invest/2018/188316.html",
  "存段无日期行：年份取网址 /2018/ 与文中“2018年烟台市级重点项目开工动员会”（2月26日），月份取“3月的海阳”“计划3月下旬开工”（published_precision month）。标题照录；站点菜单行已删。存段末段在“今年以来,海阳树立“抓项目就是抓发展”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…”海阳相关负责人表示。”，共四段。园区：海阳核电工业区、海阳经济开发区、汽车产业园只在首段点名（烟台市海阳市，山东；汽车产业园可选）；三个项目文中未写所在园区→park null。项目：里店冷链仓储物流中心项目（海阳路港物流有限公司，投资2.2亿元，“一期工程已开工”→开工，phase 一期）；中核控制海阳产业基地二期项目（总投资1.2亿元，计划3月下旬开工→planned）；年产20万件高端服装项目（海阳英伦纺织有限公司，总投资3亿元，计划3月下旬开工、6月投产→planned）。事实：海阳对15个项目集中开工安排部署（region，target，可选）。",
  "ke03"),
 parks=[
  park("海阳核电工业区", "烟台", "山东", "工业区", C0, district="海阳市", opt=True, note="只在首段点名"),
  park("海阳经济开发区", "烟台", "山东", "经济开发区", C0, district="海阳市", note="只在首段点名"),
  park("汽车产业园", "烟台", "山东", "产业园", C0, district="海阳市", opt=True, note="泛称，只在首段点名"),
 ],
 companies=[
  comp("海阳路港物流有限公司", None, C1, note="里店冷链仓储物流中心项目投资方"),
  comp("海阳英伦纺织有限公司", None, C3, note="年产20万件高端服装项目投资方"),
 ],
 projects=[
  proj("里店冷链仓储物流中心项目", None, C1, companies=["海阳路港物流有限公司"], inv="投资2.2亿元", phase="一期",
       status="开工", status_text="一期工程已开工", note="预计10月底主体完成、年底前投产运营"),
  proj("中核控制海阳产业基地二期项目", None, C2, inv="总投资1.2亿元", phase="二期", status="planned", status_text="计划3月下旬开工建设",
       note="手续与设计已完成，招投标公示中"),
  proj("年产20万件高端服装项目", None, "由海阳英伦纺织有限公司投资建设,总投资3亿元的年产20万件高端服装项目,建成后将成为海阳市首家规模化智能化一体成型毛衫加工企业",
       companies=["海阳英伦纺织有限公司"], inv="总投资3亿元", status="planned", status_text="计划3月下旬开工建设", note="计划6月正式投产运营"),
 ],
 aggregate_facts=[
  fact("海阳", "region", "projects_to_start", 15, "count", C4, "2018年（烟台市级重点项目）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ke04 长城汽车日照威奕零部件项目开工 (齐鲁网·闪电新闻 2020)
RZ4 = "日照经济技术开发区"
D0 = "3月18日上午,总投资13亿元的4个长城汽车日照威奕零部件项目正式开工建设"
D1 = "项目达产后年可实现营业收入约40亿元,利税7亿元"
D2 = "本次开工建设的4个长城汽车日照威奕零部件项目,是开发区抢抓省委、省政府打造日照整车及零部件产业基地战略机遇结出的又一硕果"
D3 = "下一步,日照开发区将以整车配套产业园为载体,会同长城汽车规划打造高端专业配套园区"
PJ = "长城汽车日照威奕零部件项目"
G["ke04"] = dict(
 article=art("（无标题）总投资13亿元的4个长城汽车日照威奕零部件项目正式开工建设", "齐鲁网·闪电新闻（记者 刘九省），载于 news.eooboo.com", "2020-03-18", "day",
  "Provincial broadcaster's news app relayed by an aggregator, Shandong (日照): four auto-parts projects of a carmaker started in a national economic and technological development zone — total investment, capacity, expected revenue and profit-tax; the zone's auto industry and planned supplier park",
  "http://news.eooboo.com/20200319/2681891.html",
  "日期取电头“齐鲁网·闪电新闻3月18日讯”，年份取网址 20200319（转载日）。存段无标题行（title 为编者概括）；末行署名“闪电新闻记者 刘九省 日照报道”已删。存段完整（两段）。园区：日照经济技术开发区（文中又作“日照开发区”“开发区”；日照，山东）；“整车配套产业园”为开发区拟依托的载体（可选，母园区日照经济技术开发区）。项目：长城汽车日照威奕零部件项目（4个项目合计总投资13亿元，“正式开工建设”→开工；园区据开发区负责人“本次开工建设的4个…是开发区…硕果”归日照经济技术开发区）；日照威奕整车项目只作同步投产的参照（可选，无状态）。事实：项目规划产能30万套（可选）、达产后年营业收入约40亿元与利税7亿元（target，subject 为项目）。",
  "ke04"),
 parks=[
  park(RZ4, "日照", "山东", "经济技术开发区", "日照经济技术开发区工委副书记、管委常务副主任厉伟告诉记者,汽车及零部件产业,是日照开发区的第一大产业",
       aliases=["日照开发区"], note="文中又作“开发区”"),
  park("整车配套产业园", "日照", "山东", "产业园（汽车整车配套）", D3, parent=RZ4, opt=True, note="开发区拟依托的载体"),
 ],
 companies=[
  comp("长城汽车", RZ4, D0, opt=True, note="项目投资方；只在项目名与“会同长城汽车”中"),
 ],
 institutions=[
  inst("日照经济技术开发区工委", "日照经济技术开发区工委副书记、管委常务副主任厉伟告诉记者", kind="government", park=RZ4, note="管委同"),
 ],
 projects=[
  proj(PJ, RZ4, D0, companies=["长城汽车"], inv="总投资13亿元", status="开工", status_text="正式开工建设",
       note="4个项目合计（底盘、内饰、外饰、座椅）；与日照威奕整车项目同步建成投产"),
  proj("日照威奕整车项目", RZ4, "与日照威奕整车项目同步建成投产", status=None, opt=True, note="只作参照提及"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "capacity_sets", 300000, "units", "规划产能30万套", "达产后（规划）", kind="target", opt=True),
  fact(PJ, "project", "expected_annual_revenue_cny", 4e9, "cny", D1, "达产后（预期）", kind="target", qual="约", qtext="约"),
  fact(PJ, "project", "expected_annual_profit_tax_cny", 7e8, "cny", "利税7亿元", "达产后（预期）", kind="target"),
 ])

# ---------------------------------------------------------------- ke05 威海火炬高新区上半年工业经济 (中国孵化器 via 创头条 2020)
WH = "威海火炬高新区"
E0 = "上半年实现工业营业收入480亿元,工业增加值156.4亿元,占全市46.3%,增长5.3%,增速较一季度提升了4个百分点;工业利润74.3亿元,占全市59.5%"
E1 = "威高今年新上了总投资100亿元的威高生物疫苗、血液透析六期等项目"
E2 = "整个医疗器械产业营业收入、利润总额和利税总额分别占全区的59.8%、80.1%和78.7%"
E3 = "海富光子和新北洋等一批科技型企业坚持技术创新,产品技术升级,客户订单增加,上半年产值分别增长127%和22%"
E4 = "以迪尚为代表的防疫物资产业第一时间转产扩能,成为国家重点防护服生产基地之一"
E5 = "全区目前共有约30家防疫物资生产企业,收入普遍增长20%以上"
H1 = "2020年上半年"
G["ke05"] = dict(
 article=art("威海火炬高新区上半年工业经济保持全市领先", "中国孵化器（创头条 ctoutiao.com 用户号；原发媒体未注明）", "2020-08-07", "day",
  "Start-up news platform relaying a high-tech zone's half-year press briefing, Shandong (威海): industrial revenue, value added, profit and city shares, a lead firm's new projects with total investment, sector shares, two firms' output growth",
  "https://www.ctoutiao.com/2719571.html",
  "日期取页面“中国孵化器 2020-08-07 02:15”（发布会为8月5日）。标题照录；站点菜单（公众号、移动端等）、阅读数“1210”与作者日期行已删。存段在第四段“…上半年实现投产,今”处中断：该段首句“激光打印机产业链式发展,全球产能向威海集聚。”完整保留，其后残句（美国惠普、捷普、香港亿和…新引进4个总投资3.85亿美元的供应链外资项目…台湾盈太、香港威骏…上半年实现投产,今）整句删去（make_txt.py LINE_SUFFIX），正文截至“…全球产能向威海集聚。”，共四段。园区：威海火炬高新区（标题；文中作“高新区”“全区”；威海，山东）。公司：威高（新上项目）、迪尚（防疫物资龙头）、海富光子、新北洋——均在高新区。项目：威高生物疫苗、血液透析六期（“新上了总投资100亿元的…等项目”——“新上”不给状态；100亿元为合计，记为威高的事实，不分摊）。事实：上半年工业营业收入480亿元、工业增加值156.4亿元（占全市46.3%、增长5.3%）、工业利润74.3亿元（占全市59.5%）——上半年累计（cumulative，比重与增速 ratio）；医疗器械产业三项占比（可选）；海富光子、新北洋上半年产值增长127%、22%；约30家防疫物资企业（可选）。",
  "ke05"),
 parks=[
  park(WH, "威海", "山东", "高新区", "威海火炬高新区上半年工业经济保持全市领先", note="标题；文中作“高新区”“全区”"),
 ],
 companies=[
  comp("威高", WH, E1, note="医疗器械龙头"),
  comp("迪尚", WH, E4, note="防疫物资产业代表"),
  comp("海富光子", WH, E3),
  comp("新北洋", WH, E3),
 ],
 projects=[
  proj("威高生物疫苗", WH, E1, companies=["威高"], status=None, status_text="新上", note="与血液透析六期等合计总投资100亿元，不分摊"),
  proj("血液透析六期", WH, E1, companies=["威高"], phase="六期", status=None, status_text="新上", note="同上"),
 ],
 aggregate_facts=[
  fact(WH, "park", "industrial_revenue_cny", 4.8e10, "cny", E0, H1, kind="cumulative"),
  fact(WH, "park", "industrial_value_added_cny", 1.564e10, "cny", "工业增加值156.4亿元,占全市46.3%,增长5.3%", H1, kind="cumulative"),
  fact(WH, "park", "industrial_value_added_share_of_city", 0.463, "ratio", "工业增加值156.4亿元,占全市46.3%,增长5.3%", H1, kind="ratio", opt=True),
  fact(WH, "park", "industrial_value_added_growth", 0.053, "ratio", "工业增加值156.4亿元,占全市46.3%,增长5.3%", H1, kind="ratio"),
  fact(WH, "park", "industrial_profit_cny", 7.43e9, "cny", "工业利润74.3亿元,占全市59.5%", H1, kind="cumulative"),
  fact(WH, "park", "industrial_profit_share_of_city", 0.595, "ratio", "工业利润74.3亿元,占全市59.5%", H1, kind="ratio", opt=True),
  fact("威高", "company", "new_projects_investment_cny", 1e10, "cny", E1, "2020年", note="威高生物疫苗、血液透析六期等合计"),
  fact(WH, "park", "medical_device_revenue_share", 0.598, "ratio", E2, H1, kind="ratio", opt=True, note="医疗器械产业营业收入占全区"),
  fact(WH, "park", "medical_device_profit_share", 0.801, "ratio", E2, H1, kind="ratio", opt=True),
  fact(WH, "park", "medical_device_profit_tax_share", 0.787, "ratio", E2, H1, kind="ratio", opt=True),
  fact("海富光子", "company", "output_yoy_growth", 1.27, "ratio", E3, H1, kind="ratio"),
  fact("新北洋", "company", "output_yoy_growth", 0.22, "ratio", E3, H1, kind="ratio"),
  fact(WH, "park", "epidemic_supply_firms", 30, "count", E5, "2020年8月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ke06 威海高区 16个新签重点产业项目 (Hi威海 via 选择山东 2024)
GQ = "威海高区"
F0 = "记者从高区商务局获悉,今年上半年,高区新签约重点产业项目16个,总投资82.9亿元"
F1 = "今年3月,总投资60亿元的鸿泰鼎新材料项目开工,预计9月底试验线投产"
F2 = "5月27日,亿和打印机智能升级项目签约落地"
F3 = "新增签约项目华禧生物、宏怡电子等16个,签约项目数量同比增长100%"
F4 = "新增开工项目泰视智能、锦飞新材料等9个,总投资98.9亿元"
H24 = "2024年上半年"
G["ke06"] = dict(
 article=art("威海高区:16个新签重点产业项目总投资82.9亿元", "Hi威海客户端，载于 selectshandong.com（“选择山东”，山东省商务厅）", "2024-07-29", "day",
  "Provincial investment portal relaying a city news app, Shandong (威海): a high-tech zone's half-year investment promotion — projects signed and started with totals, named projects signed and started, signing growth, lead industries",
  "https://selectshandong.com/cstj/wh/cszx/573769660809285.html",
  "日期取页面“来源: Hi威海客户端2024-07-29 09:35:36”（该行已删）。标题照录。存段末段（“我们计划在做优做大做强…引进孕育具有高成长性”）在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…由加工制造向创新智造升级。”，共五段。园区：威海高区（标题；文中作“高区”“全区”；即威海火炬高技术产业开发区，全称文中未写，不补；威海，山东）。项目（均在园区）：鸿泰鼎新材料项目（总投资60亿元，今年3月开工→开工，预计9月底试验线投产）；亿和打印机智能升级项目（签约落地→签约）；华禧生物、宏怡电子（新增签约→签约）；泰视智能、锦飞新材料（新增开工→开工）。事实：上半年新签约重点产业项目16个、总投资82.9亿元，签约数量同比增长100%（1.0）；新增开工项目9个、总投资98.9亿元（上半年累计，cumulative）。高区商务局列可选机构。",
  "ke06"),
 parks=[
  park(GQ, "威海", "山东", "高新区", "威海高区:16个新签重点产业项目总投资82.9亿元", aliases=["高区"], note="标题；文中作“高区”；全称威海火炬高技术产业开发区（文中未写）"),
 ],
 companies=[],
 institutions=[
  inst("高区商务局", F0, kind="government", park=GQ),
 ],
 projects=[
  proj("鸿泰鼎新材料项目", GQ, F1, inv="总投资60亿元", status="开工", status_text="开工", note="2024年3月开工；预计9月底试验线投产"),
  proj("亿和打印机智能升级项目", GQ, F2, status="签约", status_text="签约落地"),
  proj("华禧生物", GQ, F3, status="签约", status_text="新增签约"),
  proj("宏怡电子", GQ, F3, status="签约", status_text="新增签约"),
  proj("泰视智能", GQ, F4, status="开工", status_text="新增开工"),
  proj("锦飞新材料", GQ, F4, status="开工", status_text="新增开工"),
 ],
 aggregate_facts=[
  fact(GQ, "park", "projects_signed", 16, "count", F0, H24, kind="cumulative", note="重点产业项目"),
  fact(GQ, "park", "signed_investment_cny", 8.29e9, "cny", F0, H24, kind="cumulative"),
  fact(GQ, "park", "projects_signed_yoy_growth", 1.0, "ratio", F3, H24, kind="ratio"),
  fact(GQ, "park", "projects_started", 9, "count", F4, H24, kind="cumulative"),
  fact(GQ, "park", "started_investment_cny", 9.89e9, "cny", F4, H24, kind="cumulative"),
 ])
