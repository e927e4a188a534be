# real440 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a town, county-level city or village is
# a region, not a park). Status from the text's words (开工 / 启动建设 / 集中开工 → 开工; 投产 / 正式投产 → 投产; 签约 / 签约落地
# → 签约; 竣工 → 竣工; “计划投资” with no start → planned). “预计” output figures are kind target; “今年以来” / year totals of a
# past year are reported. Sources are `search` (corpus pages) excerpts typed into _raw/pages/lwNN.raw as returned.
# City: the prefecture city (苏州 / 无锡); the county-level city (昆山市, 张家港市, 江阴市, 宜兴市, 常熟市) goes into district.

# ---------------------------------------------------------------- lw01 昆山陆家 11个重大产业项目 (我苏网 2023)
LJ = "陆家镇"
A0 = "3月29日,2023年昆山陆家镇重大产业项目集中开工,项目总投资超48.6亿元,达产年产值103亿元"
A1 = "本次开工项目之一的智数信飞科创园,总投资3.6亿元,项目建成达产后预计年产值10亿元"
AS1 = "2023年3月29日（集中开工）"
G["lw01"] = dict(
 article=art("11个重大产业项目落户昆山陆家 总投资超48亿元", "我苏网（江苏广电 news.jstv.com；存段无署名）", "2023-03-29", "day",
  "Provincial broadcaster's news site, Jiangsu: a town's groundbreaking of 11 major industrial projects — total investment and expected output, one named science-park project with its investment and expected output, its operator's chairman quoted, the town's national ranking",
  "http://news.jstv.com/a/20230329/1680099444571.shtml",
  "日期取页面“2023年03月29日 17:59:27 | 来源:我苏网”。标题照录；日期来源行与“字号变大| 字号变小”已删。存段末段在“全力打造专业特色创新产业园区;”处中断，该未完句（“当前,昆山陆家紧盯…”起，列华成智能机器人产业园、中韩医美生物科技(昆山)产业园等）整句删去（make_txt.py LINE_SUFFIX），正文截至“…作出了卓越贡献。”，共四段。地点：昆山市陆家镇（苏州，江苏；镇为区域，不是园区）。项目：智数信飞科创园——“本次开工项目之一”→开工，总投资3.6亿元，达产后预计年产值10亿元；园区文中未点名，park 记 null（只在陆家镇）。智数信飞科创园本身是科创载体（文中称“园区”），另列为可选园区。标题“11个”“总投资超48亿元”与正文“总投资超48.6亿元”不同，事实取正文数额。中国侨联列可选机构。",
  "lw01"),
 parks=[
  park("智数信飞科创园", "苏州", "江苏", "科创园", A1, district="昆山市", opt=True,
       note="开工项目本身，文中称“园区”；位于陆家镇（由语境推定）"),
 ],
 companies=[
  comp("苏州智数信飞科创园有限公司", None, "苏州智数信飞科创园有限公司董事长顾文彬说", note="智数信飞科创园的业主／运营方；园区未点名"),
 ],
 institutions=[
  inst("中国侨联", "园区主要依托中国侨联的平台优势", kind="organization", note="科创园依托的平台"),
 ],
 projects=[
  proj("智数信飞科创园", None, A1, companies=["苏州智数信飞科创园有限公司"], inv="总投资3.6亿元", status="开工", status_text="本次开工项目之一",
       note="陆家镇2023年3月29日集中开工项目之一；建成达产后预计年产值10亿元"),
 ],
 aggregate_facts=[
  fact(LJ, "region", "projects_started", 11, "count", "11个重大产业项目落户昆山陆家 总投资超48亿元", AS1, note="标题；正文只说“重大产业项目集中开工”"),
  fact(LJ, "region", "projects_started_investment_cny", 4.86e9, "cny", "项目总投资超48.6亿元,达产年产值103亿元", AS1, qual="超", qtext="超", chk=True,
       note="标题作“总投资超48亿元”"),
  fact(LJ, "region", "expected_annual_output_cny", 1.03e10, "cny", "达产年产值103亿元", AS1 + "（达产后）", kind="target", chk=True),
  fact("智数信飞科创园", "project", "expected_annual_output_cny", 1e9, "cny", "项目建成达产后预计年产值10亿元", "达产后（预计）", kind="target", chk=True, opt=True),
  fact(LJ, "region", "national_top_towns_rank", 60, "rank", "陆家位列全国千强镇第60名", "2023年", opt=True),
 ])

# ---------------------------------------------------------------- lw02 张家港保税区 15个项目集中签约 (苏州日报 2024)
BS = "张家港保税区"
B0 = "张家港保税区举行“集聚新动能、增创新优势”项目集中签约仪式,共涉及15个项目,总投资60.5亿元,涵盖新材料、新装备、新经济等多个领域"
B1 = "由杜邦投资兴建的特种润滑剂项目是该公司继去年投产的汽车胶粘剂一体化生产基地后的又一项重要投资"
B2 = "引进光束汽车、盛虹储能、大族激光等一大批旗舰型项目"
AS2 = "2024年9月11日（集中签约）"
G["lw02"] = dict(
 article=art("张家港保税区为高质量发展做强项目支撑", "苏州日报（苏报讯，驻张家港记者 杨溢 见习记者 张东慧），载于苏州都市网 m.szdushi.com.cn（页面署“苏州新闻网”）", "2024-09-12", "day",
  "City daily relayed by a city portal, Jiangsu: a bonded zone's collective signing of 15 projects with their total, a multinational's named project and its earlier plant, the city's flagship projects, the zone's industry targets",
  "https://m.szdushi.com.cn/bianmin/baitai/190332.shtml",
  "日期取页面“苏州新闻网 2024-09-12 13:21”；文中“昨天”即2024年9月11日签约仪式。标题照录；面包屑、日期行及页尾“网友热搜”“最新发布”已删。正文四段，完整。园区：张家港保税区（苏州市张家港市，江苏）。公司：杜邦（文中又作“杜邦公司”，“杜邦中国”只在职务中）在保税区投资；光束汽车、盛虹储能、大族激光为张家港全市引进的旗舰型项目，园区未说，列可选、park null。项目：杜邦特种润滑剂项目——文中未明说是否在15个签约项目之中，但在签约报道中、“此次,杜邦再次将项目引入张家港”→签约（推定），园区记张家港保税区；汽车胶粘剂一体化生产基地——“去年投产”→投产（2023年），园区未明说，可选、park 记张家港保税区（推定自“又一项”投资与报道语境），注明。事实：15个项目、总投资60.5亿元。“2000亿级化工园区”“500亿级装备产业集群”为目标口号（无“元”），不计。",
  "lw02"),
 parks=[
  park(BS, "苏州", "江苏", "保税区", B0, district="张家港市", note="文中又作“该市龙头板块”"),
 ],
 companies=[
  comp("杜邦", BS, B1, aliases=["杜邦公司"], note="特种润滑剂项目投资方；杜邦中国总经理陈志东"),
  comp("光束汽车", None, B2, opt=True, note="张家港引进的旗舰型项目；园区未说"),
  comp("盛虹储能", None, B2, opt=True, note="同上"),
  comp("大族激光", None, B2, opt=True, note="同上"),
 ],
 projects=[
  proj("特种润滑剂项目", BS, B1, companies=["杜邦"], status="签约", status_text="此次,杜邦再次将项目引入张家港",
       note="在集中签约报道中；是否属15个签约项目之一文中未明说（推定）"),
  proj("汽车胶粘剂一体化生产基地", BS, B1, companies=["杜邦"], status="投产", status_text="去年投产", opt=True,
       note="2023年投产；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(BS, "park", "projects_signed", 15, "count", B0, AS2),
  fact(BS, "park", "signed_investment_cny", 6.05e9, "cny", "共涉及15个项目,总投资60.5亿元", AS2, chk=True),
 ])

# ---------------------------------------------------------------- lw03 江阴80个重点重大项目 (兰格钢铁 2010)
JY = "江阴经济开发区"
LG = "江阴临港新城"
C0 = "80个重点重大项目集中竣工投运、开工启动,总投资达227亿元"
C1 = "其中开工项目32个,投资131亿元,竣工项目48个,投资96亿元"
C2 = "江阴经济开发区此次竣工开工项目达到6个,项目总投资达32亿元"
C3 = "由海澜集团投资建设的地标性建筑扬子江盈智城・海澜创新大厦,高250米,建筑面积达22万平方米,建成后将成为城市地标性建筑,有望吸引一大批科技创新型项目,为开发区提供载体平台"
C4 = "江阴临港新城开工竣工项目达42个,投资总额达131.07亿元,其中汉邦石化PTA项目总投资超37亿元,本月正式投产,将带动聚酯产业在新材料产业园的链式发展"
AS3 = "2010年12月10日（集中开工竣工）"
G["lw03"] = dict(
 article=art("江苏江阴80个重点重大项目集中开工启动竣工投运", "兰格钢铁网 lgmi.com（原发媒体与署名未注明）", "2010-12-15", "day",
  "Steel-trade portal relaying a local news item, Jiangsu: a county-level city's quarterly groundbreaking and completion ceremony — 80 projects with totals split into started and completed, an economic development zone's and a port new town's shares, a landmark building by a local group, a PTA project in production",
  "http://page.lgmi.com/html/201012/15/1014.htm",
  "日期取页面“发表日期:2010-12-15 14:20:20 兰格钢铁”；仪式在12月10日（“12月10日集中竣工开工的80个项目”）。标题照录；网址与日期来源行已删。存段末句“两年来,江阴已为近700个项目…为“十一五”圆满收官,“十二五”扬帆起航奠定了”未完，整句删去（make_txt.py LINE_SUFFIX），正文截至“…浓厚氛围。”，共四段。园区：江阴经济开发区、江阴临港新城（无锡市江阴市，江苏；临港新城 kind 记“新城”）；“新材料产业园”只在“聚酯产业在新材料产业园的链式发展”中，可选，母园区由语境推定为江阴临港新城。江阴市为区域。项目：汉邦石化PTA项目（临港新城，总投资超37亿元→超，本月正式投产→投产）；扬子江盈智城・海澜创新大厦（海澜集团投资建设，“为开发区提供载体平台”，属江阴经济开发区6个竣工开工项目之一为推定；开工还是竣工未说，status null）；锡澄运河航道整治工程（启动→开工，全市性航道工程，不在园区，可选）。事实：全市80个项目227亿元、开工32个131亿元、竣工48个96亿元；开发区6个32亿元；临港新城42个131.07亿元。海澜创新大厦高度与面积不计。",
  "lw03"),
 parks=[
  park(JY, "无锡", "江苏", "经济开发区", C2, district="江阴市", note="文中又作“开发区”；“江阴发展战略性新兴产业的主阵地”"),
  park(LG, "无锡", "江苏", "新城", C4, district="江阴市", note="“江阴发展四个千亿级新兴产业的主战场”"),
  park("新材料产业园", "无锡", "江苏", "产业园", C4, district="江阴市", parent=LG, opt=True,
       note="只在“聚酯产业在新材料产业园的链式发展”中；母园区由语境推定"),
 ],
 companies=[
  comp("海澜集团", JY, C3, note="海澜创新大厦投资方；园区由语境推定"),
  comp("汉邦石化", LG, C4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("汉邦石化PTA项目", LG, C4, companies=["汉邦石化"], inv="总投资超37亿元", qual="超", qual_text="超", status="投产", status_text="本月正式投产",
       note="2010年12月正式投产"),
  proj("扬子江盈智城・海澜创新大厦", JY, C3, companies=["海澜集团"], aliases=["海澜创新大厦"],
       note="属开发区此次6个竣工开工项目之一（推定）；开工或竣工未说，status null"),
  proj("锡澄运河航道整治工程", None, "当天,全省最大水上航道工程之一的锡澄运河航道整治工程启动", status="开工", status_text="启动", opt=True,
       note="全市性航道工程，不在园区"),
 ],
 aggregate_facts=[
  fact("江阴市", "region", "projects_started_or_completed", 80, "count", C0, AS3),
  fact("江阴市", "region", "projects_started_or_completed_investment_cny", 2.27e10, "cny", "总投资达227亿元", AS3, chk=True),
  fact("江阴市", "region", "projects_started", 32, "count", C1, AS3),
  fact("江阴市", "region", "projects_started_investment_cny", 1.31e10, "cny", "其中开工项目32个,投资131亿元", AS3, chk=True),
  fact("江阴市", "region", "projects_completed", 48, "count", C1, AS3),
  fact("江阴市", "region", "projects_completed_investment_cny", 9.6e9, "cny", "竣工项目48个,投资96亿元", AS3, chk=True),
  fact(JY, "park", "projects_started_or_completed", 6, "count", C2, AS3),
  fact(JY, "park", "projects_started_or_completed_investment_cny", 3.2e9, "cny", C2, AS3, chk=True),
  fact(LG, "park", "projects_started_or_completed", 42, "count", C4, AS3),
  fact(LG, "park", "projects_started_or_completed_investment_cny", 1.3107e10, "cny", "江阴临港新城开工竣工项目达42个,投资总额达131.07亿元", AS3, chk=True),
 ])

# ---------------------------------------------------------------- lw04 周市镇 第15届樱花季招商活动 (昆山市人民政府 2024)
ZS = "周市镇"
D0 = "活动现场公布了“樱”你精彩协作之星、产业焕新日资企业和第五届周市之友,北青科创产业园和宏大科技园两个特色园区获授牌,13项新兴产业项目签约,总投资超70亿元的15个2024年重大产业项目联合开工开业仪式举行"
D1 = "此次签约的13个新兴产业项目涵盖新能源、新制造、新一代信息技术等新兴领域,总投资超40亿元,预计产出达70亿元"
D2 = "15个开工开业的重大产业项目涉及新一代信息技术、智能制造、食品、绿色低碳等领域,总投资达70亿元,投产后预计实现年产值超109亿元"
D3 = "周市镇邀请了利星行机械集团、昆山陆新新材料科技有限公司、苏州氢辀新能源科技有限公司等企业代表,共同发布周市镇绿色低碳倡议书"
D4 = "目前,全镇集聚日企70余家,总产值超60亿元"
AS4 = "2024年3月23日（樱花季招商活动）"
G["lw04"] = dict(
 article=art("昆山举行第15届樱花季招商活动", "昆山市人民政府（页面“来源: 昆山市人民政府”），载于 haiptao.com（苏州市人民政府网站“区县快讯”栏目的镜像）", "2024-03-25", "day",
  "Government website item (city news relayed in the prefecture's county column), Jiangsu: a town's annual Japan-oriented investment fair — two themed parks licensed, 13 projects signed and 15 started or opened with totals and expected output, firms at a low-carbon initiative, the town's Japanese firms and their output",
  "http://haiptao.com/szsrmzf/qxkx/202403/00fb3b3e7f274a5d842e14bfbfd5b42d.shtml",
  "日期取页面“时间: 2024-03-25 10:40 来源: 昆山市人民政府”；活动在3月23日。页面在 haiptao.com 域名下，路径为苏州市人民政府网站（szsrmzf/qxkx）格式，按镜像页记。标题照录；面包屑与时间来源行已删。存段末句只存“2024年,昆山”，删去（make_txt.py LINE_SUFFIX），正文截至“…重要力量。”，共四段。地点：昆山市周市镇（苏州，江苏；镇为区域）。园区：北青科创产业园、宏大科技园（“两个特色园区获授牌”；位于周市镇，由语境推定）。公司：利星行机械集团、昆山陆新新材料科技有限公司、苏州氢辀新能源科技有限公司（企业代表，园区未说，park null）；川崎、星光（日企代表，可选）。无具体项目名称。事实：签约13个、总投资超40亿元、预计产出70亿元（target）；开工开业15个——首段作“总投资超70亿元”，次段作“总投资达70亿元”，取首段（超）并注明；投产后预计年产值超109亿元（target）；日企70余家、总产值超60亿元。日本国驻上海总领事馆列可选机构。",
  "lw04"),
 parks=[
  park("北青科创产业园", "苏州", "江苏", "科创产业园", D0, district="昆山市", note="特色园区获授牌；位于周市镇（由语境推定）"),
  park("宏大科技园", "苏州", "江苏", "科技园", D0, district="昆山市", note="同上"),
 ],
 companies=[
  comp("利星行机械集团", None, D3, note="企业代表；园区未说"),
  comp("昆山陆新新材料科技有限公司", None, D3, note="同上"),
  comp("苏州氢辀新能源科技有限公司", None, D3, note="同上"),
  comp("川崎", None, "15年来,以川崎、星光为代表的广大企业持续加码增资", opt=True, note="日企代表；名称不全"),
  comp("星光", None, "15年来,以川崎、星光为代表的广大企业持续加码增资", opt=True, note="同上"),
 ],
 institutions=[
  inst("日本国驻上海总领事馆", "日本国驻上海总领事馆副总领事森祐一郎", kind="government", note="出席活动"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZS, "region", "projects_signed", 13, "count", D1, AS4),
  fact(ZS, "region", "signed_investment_cny", 4e9, "cny", "总投资超40亿元,预计产出达70亿元", AS4, qual="超", qtext="超", chk=True),
  fact(ZS, "region", "signed_projects_expected_output_cny", 7e9, "cny", "预计产出达70亿元", "签约项目达产后（预计）", kind="target", chk=True),
  fact(ZS, "region", "projects_started", 15, "count", D2, AS4, note="开工开业项目"),
  fact(ZS, "region", "projects_started_investment_cny", 7e9, "cny", "总投资超70亿元的15个2024年重大产业项目联合开工开业仪式举行", AS4, qual="超", qtext="超", chk=True,
       note="次段作“总投资达70亿元”"),
  fact(ZS, "region", "started_projects_expected_output_cny", 1.09e10, "cny", "投产后预计实现年产值超109亿元", "投产后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(ZS, "region", "japanese_firms", 70, "count", D4, "2024年3月", qual="余", qtext="余"),
  fact(ZS, "region", "japanese_firms_output_cny", 6e9, "cny", "总产值超60亿元", "2024年3月", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- lw05 宜兴官林 15个项目签约 (中国网•东海资讯 2023)
GL = "官林镇"
E0 = "10月16日,宜兴市官林镇产业合作创新发展大会隆重开幕,总投资近200亿元的15个项目正式集中签约落户"
AS5 = "2023年10月16日（集中签约）"
G["lw05"] = dict(
 article=art("总投资近200亿 15个项目签约落户——宜兴官林产业合作创新发展大会开幕", "中国网•东海资讯（jiangsu.china.com.cn；存段无署名）", "2023-10-17", "day",
  "National portal's provincial channel, Jiangsu: a town's industrial cooperation conference with 15 projects signed, their total and fields, attending officials and a state-owned group",
  "http://jiangsu.china.com.cn/html/finance/finances/11149021_1.html",
  "日期取页面“2023-10-17 07:12:06| 来源:中国网•东海资讯”；大会在10月16日。标题照录；日期来源行、“链接已复制”、页首截断的摘要行（“…旨在凝”）和四次重复的标题（图片说明）已删（make_txt.py inner_drop）。正文三段，完整。地点：宜兴市官林镇（无锡，江苏；镇为区域；文中无园区名称）。事实：15个项目、总投资近200亿元（近→约）。宜兴市交通能源集团有限公司只作与会单位，列可选公司。无具体项目名称。",
  "lw05"),
 parks=[],
 companies=[
  comp("宜兴市交通能源集团有限公司", None, "宜兴市交通能源集团有限公司董事长董国强", opt=True, note="与会单位"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GL, "region", "projects_signed", 15, "count", E0, AS5),
  fact(GL, "region", "signed_investment_cny", 2e10, "cny", "总投资近200亿元的15个项目正式集中签约落户", AS5, qual="约", qtext="近", chk=True),
 ])

# ---------------------------------------------------------------- lw06 古里镇 (常熟市人民政府 2023, 2022年情况)
GU = "古里镇"
F1 = "2022年,六淳智能、优亚供应链等12个项目签约落地,总投资18.4亿元"
F2 = "晟丰电子、泓冠光电等24个计划内外项目先后启动建设,总投资38.8亿元"
F3 = "久杰汽车、聚鑫堂生物等15个项目如期竣工"
F4 = "费森尤斯腹膜透析液扩产、强硕科技等19个项目顺利投产,预计新增年产值20亿元"
AS6 = "2022年"
G["lw06"] = dict(
 article=art("古里镇", "常熟市人民政府（changshu.gov.cn，“走进常熟”镇情页；无署名）", "2023-08-31", "day",
  "County-level city government website, Jiangsu: a town profile with the previous year's figures — GDP, revenue, investment, industrial output, trade, foreign capital; projects signed, started, completed and in production named by firm, high-tech firms, digital upgrading",
  "http://www.changshu.gov.cn/zgcs/c100285/202308/9325536dd9ed42118fdff8485107ce76.shtml",
  "日期取页面“时间: 2023-08-31 16:19 来源: 常熟市人民政府”；所述为2022年情况。标题即镇名“古里镇”，照录；时间来源行与“【字体:”已删。段首“古里概况”“经济发展”为页面小标题，与正文同在一行，按原样保留；“拥有波司登等上市挂牌企业4家2022年,”两句间无标点，照录。存段末句“完成零星低效工业整优签约313.5亩…开元智造产业园一期顺利建成并投用、康博邻里中心启动建设,新增各类”未完，整句删去（make_txt.py LINE_SUFFIX），正文截至“存量资源破旧赋新。”，共两段；因此开元智造产业园不在文本中。地点：常熟市古里镇（苏州，江苏；镇为区域，文中无园区）。项目：以企业名称代项目（如 real52 zv01 海湾电气）：六淳智能、优亚供应链（签约落地→签约）；晟丰电子、泓冠光电（启动建设→开工）；久杰汽车、聚鑫堂生物（如期竣工→竣工）；费森尤斯腹膜透析液扩产、强硕科技（顺利投产→投产）；park 均 null。佳顺智能“完成从深圳总部迁入”列公司。公司：波司登（上市挂牌企业）等。事实：2022年镇级指标；签约12个18.4亿元、开工24个38.8亿元、竣工15个、投产19个、预计新增年产值20亿元（target）、净增高企17家等。",
  "lw06"),
 parks=[],
 companies=[
  comp("波司登", None, "拥有波司登等上市挂牌企业4家", note="上市挂牌企业；获评全国首批数字领航企业"),
  comp("佳顺智能", None, "佳顺智能完成从深圳总部迁入", note="总部从深圳迁入"),
  comp("六淳智能", None, F1, opt=True, note="以企业名代项目"),
  comp("优亚供应链", None, F1, opt=True, note="同上"),
  comp("晟丰电子", None, F2, opt=True, note="同上"),
  comp("泓冠光电", None, F2, opt=True, note="同上"),
  comp("久杰汽车", None, F3, opt=True, note="同上"),
  comp("聚鑫堂生物", None, F3, opt=True, note="同上"),
  comp("费森尤斯", None, F4, opt=True, note="只在项目名中"),
  comp("强硕科技", None, F4, opt=True, note="以企业名代项目"),
 ],
 projects=[
  proj("六淳智能", None, F1, status="签约", status_text="签约落地", note="以企业名代项目；古里镇"),
  proj("优亚供应链", None, F1, status="签约", status_text="签约落地", note="同上"),
  proj("晟丰电子", None, F2, status="开工", status_text="先后启动建设", note="同上"),
  proj("泓冠光电", None, F2, status="开工", status_text="先后启动建设", note="同上"),
  proj("久杰汽车", None, F3, status="竣工", status_text="如期竣工", note="同上"),
  proj("聚鑫堂生物", None, F3, status="竣工", status_text="如期竣工", note="同上"),
  proj("费森尤斯腹膜透析液扩产", None, F4, companies=["费森尤斯"], status="投产", status_text="顺利投产", note="古里镇"),
  proj("强硕科技", None, F4, status="投产", status_text="顺利投产", note="以企业名代项目；古里镇"),
 ],
 aggregate_facts=[
  fact(GU, "region", "gdp_cny", 1.222e10, "cny", "实现地区生产总值122.2亿元,同比增长2%", AS6, chk=True),
  fact(GU, "region", "gdp_yoy_growth", 0.02, "ratio", "实现地区生产总值122.2亿元,同比增长2%", AS6, kind="ratio", opt=True),
  fact(GU, "region", "general_budget_revenue_cny", 1.23e9, "cny", "还原留抵退税后实现一般公共预算收入12.3亿元,同口径增长9.4%", AS6, chk=True),
  fact(GU, "region", "general_budget_revenue_yoy_growth", 0.094, "ratio", "还原留抵退税后实现一般公共预算收入12.3亿元,同口径增长9.4%", AS6, kind="ratio", opt=True),
  fact(GU, "region", "fixed_asset_investment_cny", 3.22e9, "cny", "完成全社会固定资产投资32.2亿元,其中工业投资18.4亿元", AS6, chk=True),
  fact(GU, "region", "industrial_investment_cny", 1.84e9, "cny", "其中工业投资18.4亿元", AS6, chk=True),
  fact(GU, "region", "industrial_output_above_scale_cny", 2.337e10, "cny", "实现规上工业总产值233.7亿元,同口径增长6.9%", AS6, chk=True),
  fact(GU, "region", "industrial_output_above_scale_yoy_growth", 0.069, "ratio", "实现规上工业总产值233.7亿元,同口径增长6.9%", AS6, kind="ratio", opt=True),
  fact(GU, "region", "industrial_invoiced_sales_cny", 3.359e10, "cny", "工业开票销售收入335.9亿元,服务业开票销售收入135.1亿元", AS6, chk=True, opt=True),
  fact(GU, "region", "services_invoiced_sales_cny", 1.351e10, "cny", "服务业开票销售收入135.1亿元", AS6, chk=True, opt=True),
  fact(GU, "region", "imports_exports_usd", 8.6e8, "usd", "进出口总额8.6亿美元,同口径增长12.9%", AS6, opt=True),
  fact(GU, "region", "actual_fdi_usd", 1.601e7, "usd", "完成到账外资1601万美元", AS6, opt=True),
  fact(GU, "region", "listed_firms", 4, "count", "拥有波司登等上市挂牌企业4家", "2023年", opt=True),
  fact(GU, "region", "projects_signed", 12, "count", F1, AS6),
  fact(GU, "region", "signed_investment_cny", 1.84e9, "cny", "等12个项目签约落地,总投资18.4亿元", AS6, chk=True),
  fact(GU, "region", "projects_started", 24, "count", F2, AS6),
  fact(GU, "region", "projects_started_investment_cny", 3.88e9, "cny", "等24个计划内外项目先后启动建设,总投资38.8亿元", AS6, chk=True),
  fact(GU, "region", "key_projects_start_rate", 1.71, "ratio", "重点项目年度综合开工率达171%", AS6, kind="ratio", opt=True),
  fact(GU, "region", "projects_completed", 15, "count", F3, AS6),
  fact(GU, "region", "projects_in_production", 19, "count", F4, AS6),
  fact(GU, "region", "new_projects_expected_output_cny", 2e9, "cny", "预计新增年产值20亿元", "2022年投产项目（预计）", kind="target", chk=True),
  fact(GU, "region", "high_tech_firms_net_added", 17, "count", "全年净增高新技术企业17家,创历史新高", AS6),
  fact(GU, "region", "digital_upgrade_projects", 52, "count", "完成“智改数转”项目52个,新增上云企业28家", AS6, opt=True),
 ])

# ---------------------------------------------------------------- lw07 东方港城张家港加速崛起 (新华社 2019)
ZJG = "张家港市"
H1 = "沙钢计划投资105亿元,实施水、气、声、渣“四大环保工程”"
H2 = "企业负责人介绍说,企业成立短短3年间,已申请专利约20项,实现产值近亿元"
G["lw07"] = dict(
 article=art("东方港城张家港加速崛起", "新华社（记者 刘巍巍），载于新华网 m.xinhuanet.com", "2019-04-18", "day",
  "National news agency feature, Jiangsu: a county-level city's rise — a steel village in a town, the city's 2018 GDP and revenue, a hydrogen-equipment firm's patents and output, the city's steel group and its environmental investment plan",
  "http://m.xinhuanet.com/2019-04-18/c_1124384717.htm",
  "日期取页面“2019-04-18 16:37:22 来源: 新华网”。标题照录；频道字、日期来源行与“关注新华网 微博 Qzone 评论 图集”已删；电头“新华社南京4月18日电 题:…”与署名“新华社记者刘巍巍”作为正文前两段保留。存段末句“沙钢集团董事局主席沈文荣说,“在新起点上,沙钢集团要把”未完，整句删去（make_txt.py LINE_SUFFIX），正文截至“…“四大环保工程”。”，共八段。地点：张家港市（苏州，江苏）、南丰镇永联村（区域；文中无园区名称）。公司：沙钢集团（又作“沙钢”）、富瑞氢能（“张家港富瑞氢能”）。项目：沙钢“四大环保工程”——“计划投资105亿元”→planned，园区 null。事实：张家港2018年地区生产总值2720亿元、公共财政预算收入233.4亿元；永联村村民人均年收入45000元（元，无万/亿单位）；富瑞氢能专利约20项、产值近亿元（无数字金额，不作 *_cny 事实，可选）。",
  "lw07"),
 parks=[],
 companies=[
  comp("沙钢集团", None, "张家港土生土长的沙钢集团,从一个作坊式的小轧钢厂,蝶变为国家创新型企业、世界500强企业、全国最大的民营钢铁企业", aliases=["沙钢"]),
  comp("富瑞氢能", None, "走进张家港富瑞氢能生产车间,只见一片忙碌场景", note="文中作“张家港富瑞氢能”"),
 ],
 projects=[
  proj("四大环保工程", None, H1, companies=["沙钢集团"], inv="计划投资105亿元", status="planned", status_text="计划投资",
       aliases=["水、气、声、渣“四大环保工程”"], note="沙钢集团的环保工程（水、气、声、渣）"),
 ],
 aggregate_facts=[
  fact(ZJG, "region", "gdp_cny", 2.72e11, "cny", "2018年,张家港实现地区生产总值2720亿元,公共财政预算收入233.4亿元", "2018年", chk=True),
  fact(ZJG, "region", "general_budget_revenue_cny", 2.334e10, "cny", "公共财政预算收入233.4亿元", "2018年", chk=True),
  fact("永联村", "region", "per_capita_income_yuan", 45000, "cny", "村民人均年收入达45000元", "2019年", opt=True),
  fact("富瑞氢能", "company", "patents_applied", 20, "count", H2, "2019年4月（成立3年间）", qual="约", qtext="约", kind="cumulative", opt=True),
  fact("富瑞氢能", "company", "output_value", 1e8, "cny", H2, "2019年4月（成立3年间）", qual="约", qtext="近", kind="cumulative", opt=True,
       note="“近亿元”无数字，不作 *_cny 事实"),
 ])
