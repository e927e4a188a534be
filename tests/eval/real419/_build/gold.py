# real419 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (lb07 traditional script as published, the rest simplified); names as written in
# the text; 逾/超过/超/以上/不少于/上万 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Year-to-date / "截至" / "累计" counts are cumulative; "将"/"力争"/"有望" figures are target. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/lbNN.raw as returned.

# ---------------------------------------------------------------- lb01 前海 港企直通车 (和讯网 via cncmrn 2014)
QH = "前海深港现代服务业合作区"
A1 = "目前前海已注册的港资企业达到236家,投资额超过900亿元(人民币,下同),包括金融、现代物流、信息和科技产业"
A2 = "今年以来新设港资企业就有59家,同比增长58%,平均不到两天就有一家港资企业进驻"
A0 = "今年第二届深圳前海深港现代服务业合作区咨询委员会昨日在深圳举行"
G["lb01"] = dict(
 article=art("深圳前海推港企直通车拟吸上万企业 优先推人才公寓", "中国市场调查网 cncmrn.com（来源：和讯网；据香港文汇报报道）", "2014-04-01", "day",
  "Market-research portal relaying a financial site's rewrite of a Hong Kong paper, Shenzhen: the Qianhai co-operation zone's advisory meeting — a one-stop service window for Hong Kong firms, the count and investment of registered Hong Kong firms, new Hong Kong firms this year and their growth, a target of ten thousand Hong Kong firms by 2020",
  "http://cncmrn.com/cms/2014/0401/1438680.html",
  "日期取页面“时间:04/01/2014 16:39:08 来源:和讯网”；文中“昨日”即2014年3月31日。标题照录；频道菜单、“当前位置”与时间来源行已删。存段末句“在前海e站通服务中心设立…专门为拟注册港资企业服”中断，该残句已删，正文截至“…前海将推行港企直通车服务。”。园区：前海深港现代服务业合作区（文中作“深圳前海深港现代服务业合作区”，又作“前海”“前港合作区”[原文如此]；深圳，广东）。公司：港交所、中投国际(香港)、新华集团只作咨询委员所属机构出现，列可选，park null。机构：前海管理局（可选）。事实：已注册港资企业236家、投资额超过900亿元（“目前”，约2014年3月底，cumulative）；今年以来新设港资企业59家、同比增长58%；“至2020年前海将吸引上万港企”为目标（target，可选）。“港企占比…不到一成”不计。",
  "lb01"),
 parks=[
  park(QH, "深圳", "广东", "现代服务业合作区", A0, aliases=["前海"], note="文中作“深圳前海深港现代服务业合作区”；又作“前海”、“前港合作区”"),
 ],
 companies=[
  comp("港交所", None, "其中包括港交所行政总裁李小加、中投国际(香港)董事长刘遵义和新华集团主席蔡冠深等港方十位委员", opt=True, note="只作咨询委员所属机构"),
  comp("中投国际(香港)", None, "其中包括港交所行政总裁李小加、中投国际(香港)董事长刘遵义和新华集团主席蔡冠深等港方十位委员", opt=True, note="同上"),
  comp("新华集团", None, "其中包括港交所行政总裁李小加、中投国际(香港)董事长刘遵义和新华集团主席蔡冠深等港方十位委员", opt=True, note="同上"),
 ],
 institutions=[
  inst("前海管理局", "前海管理局局长张备在会上透露", park=QH, note="前海深港现代服务业合作区管理局（文中简称）"),
 ],
 aggregate_facts=[
  fact(QH, "park", "hk_firms_registered", 236, "count", A1, "2014年3月底（“目前”）", kind="cumulative"),
  fact(QH, "park", "hk_firms_investment_cny", 9e10, "cny", "投资额超过900亿元(人民币,下同)", "2014年3月底（“目前”）", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(QH, "park", "hk_firms_new", 59, "count", A2, "2014年1月至3月底（今年以来）", kind="cumulative"),
  fact(QH, "park", "hk_firms_new_yoy_growth", 0.58, "ratio", A2, "2014年1月至3月底（今年以来）", kind="ratio"),
  fact(QH, "park", "hk_firms_target", 10000, "count", "至2020年前海将吸引上万港企", "2020年（目标）", kind="target", qual="超", qtext="上万", opt=True),
 ])

# ---------------------------------------------------------------- lb02 横琴粤澳合作产业园 新一轮招商 (新华社 via cinic 2019)
YA = "横琴粤澳合作产业园"
HQ = "横琴新区"
B0 = "就产业园余下的2.57平方公里土地采用新的项目评审落地机制,接受投资项目申请"
B1 = "澳门贸易投资促进局与横琴新区管理委员会于2018年12月31日起启动新一轮招商工作"
G["lb02"] = dict(
 article=art("横琴粤澳合作产业园将启动新一轮招商", "新华社（记者 郭鑫），载于中国产业经济信息网 cinic.org.cn", "2019-01-02", "day",
  "Industry-news portal relaying a national agency item, Zhuhai: a Guangdong–Macao co-operation park inside Hengqin opens a new round of investment promotion — the remaining land and a new project-review mechanism, the joint review committee",
  "https://cinic.org.cn/xy/zs/466587.html",
  "日期取页面“时间:2019-01-02”；文中“28日”为2018年12月28日发布会。标题照录；来源时间行、“转自:新华社”、版权声明与页尾栏目已删。正文四段，完整。园区：横琴粤澳合作产业园（文中又作“粤澳合作产业园”“产业园”；珠海横琴，广东）；横琴新区只在“横琴新区管理委员会/管委会”中出现，列可选园区（产业园的母园区由常识推定，注明）。机构：澳门贸易投资促进局（又作“澳门贸促局”）、横琴新区管理委员会（又作“横琴新区管委会”）；横琴发展澳门项目评审委员会（可选）。无具名项目、公司。事实：产业园余下土地2.57平方公里（reported）；评审委员会15人（可选）。",
  "lb02"),
 parks=[
  park(YA, "珠海", "广东", "产业园", "进一步利用横琴粤澳合作产业园作为载体和平台,培育新优势,发挥新作用", parent=HQ, aliases=["粤澳合作产业园"],
       note="又作“产业园”；母园区横琴新区由常识推定"),
  park(HQ, "珠海", "广东", "新区", B1, opt=True, note="只在“横琴新区管理委员会”“横琴新区管委会”中出现"),
 ],
 companies=[],
 institutions=[
  inst("澳门贸易投资促进局", B1, kind="government", opt=False, note="又作“澳门贸促局”"),
  inst("横琴新区管理委员会", B1, kind="government", park=HQ, opt=False, note="又作“横琴新区管委会”"),
  inst("横琴发展澳门项目评审委员会", "共15人组成横琴发展澳门项目评审委员会", kind="government", park=YA),
 ],
 aggregate_facts=[
  fact(YA, "park", "remaining_land_km2", 2.57, "km2", B0, "2018年12月31日"),
  fact("横琴发展澳门项目评审委员会", "institution", "committee_members", 15, "count", "共15人组成横琴发展澳门项目评审委员会", "2018年12月", opt=True),
 ])

# ---------------------------------------------------------------- lb03 穗港智造特别合作区 (南方网 via gocea 2019)
GZK = "广州开发区"
GZG = "广州高新区"
SG = "穗港智造特别合作区"
XQ = "广州开发区西区"
C0 = "4月14日,广州高新区、广州开发区、黄埔区与香港新华集团签署全面战略合作框架协议,总投资将不少于100亿元"
C1 = "此外,双方还将在广州开发区西区共同建设穗港智造特别合作区"
C2 = "此外,穗港创新合作集聚中心也于当天揭牌"
C3 = "该中心由香港新华集团在广州高新区、广州开发区、黄埔区设立"
G["lb03"] = dict(
 article=art("穗港智造特别合作区落户广州高新区", "南方网（李鹏程），载于 gocea.net（“粤港澳侨”栏转载）", "2019-04-15", "day",
  "Overseas-Chinese association site relaying a provincial news portal, Guangzhou: a national high-tech zone / development zone and its district sign a strategic framework agreement with a Hong Kong group (investment at least 10 billion yuan) and will build a Guangzhou–Hong Kong smart-manufacturing co-operation zone in the development zone's west area; a co-operation innovation centre unveiled",
  "http://www.gocea.net/index.php?ac=article&at=read&did=1924",
  "日期取页面“2019-04-15 来源:南方网 李鹏程”；文中“4月14日”为签约日。标题照录；栏目、时间来源浏览次数等页面信息已删。存段末段“根据全面战略合作框架协议,香港新华集团还将在广州开发区西区设立新华集团华南区总部、企业大湾区总部办公区”在句中中断，整段删去，正文截至“…构建产业化链条。”，共五段。园区：广州高新区、广州开发区（同一管理主体，文中并列；广州市黄埔区，广东）；穗港智造特别合作区（将在广州开发区西区建设，parent 广州开发区西区）；广州开发区西区列为园区（parent 广州开发区）。黄埔区为行政区，不是园区。公司：香港新华集团（签约方；在广州高新区、广州开发区、黄埔区设立穗港创新合作集聚中心，park 记广州开发区）。项目：全面战略合作框架协议（签约，“总投资将不少于100亿元”→超）；穗港智造特别合作区建设（“还将…共同建设”→planned，无单项金额）；穗港创新合作集聚中心（揭牌，无对应状态，可选）。事实：广州开发区西区“工业企业年生产总值超千亿元”（超，1e11）。",
  "lb03"),
 parks=[
  park(GZG, "广州", "广东", "高新区", C0, district="黄埔区", note="与广州开发区、黄埔区并列签约"),
  park(GZK, "广州", "广东", "经济技术开发区", C0, district="黄埔区"),
  park(XQ, "广州", "广东", "开发区片区", "广州开发区西区内集聚了智能制造、精细化工、食品饮料等重要产业集群,工业企业年生产总值超千亿元", district="黄埔区", parent=GZK,
       note="广州开发区的西区"),
  park(SG, "广州", "广东", "合作区", C1, district="黄埔区", parent=XQ, note="将在广州开发区西区共同建设；目标“穗港再工业化合作示范区”"),
 ],
 companies=[
  comp("香港新华集团", GZK, C0, note="签约方；在广州高新区、广州开发区、黄埔区设立穗港创新合作集聚中心（park 记广州开发区）"),
 ],
 institutions=[],
 projects=[
  proj("全面战略合作框架协议", GZK, C0, companies=["香港新华集团"], inv="总投资将不少于100亿元", qual="超", qual_text="不少于", status="签约", status_text="签署",
       note="广州高新区、广州开发区、黄埔区与香港新华集团签署；金额为协议总投资"),
  proj(SG, XQ, C1, companies=["香港新华集团"], status="planned", status_text="还将…共同建设", note="合作区建设；无单项金额"),
  proj("穗港创新合作集聚中心", GZK, C2, companies=["香港新华集团"], status=None, status_text="揭牌", opt=True, note=C3),
 ],
 aggregate_facts=[
  fact(XQ, "park", "industrial_output_cny", 1e11, "cny", "工业企业年生产总值超千亿元", "2019年（年值）", qual="超", qtext="超"),
  fact("香港新华集团", "company", "business_segments", 8, "count", "业务板块包括海产食品、金融财务、高新科技等8大领域", "2019年", opt=True),
 ])

# ---------------------------------------------------------------- lb04 粤港澳大湾区(广东)创新创业孵化基地 (新华社 via xfafinance 2021)
FH = "粤港澳大湾区(广东)创新创业孵化基地"
D0 = "建筑面积达6.65万平方米,总投资超7亿元"
D1 = "经评审,首批51个项目落户园区"
D2 = "目前已入驻近40家,包括6个港澳团队和9个港澳初创企业"
D3 = "目前,第二批入驻项目招募筹备工作已经启动,共收到69个申报项目,港澳青年创新创业项目招募目标比例有望提升至70%以上"
AS4 = "2021年3月29日（开园）"
G["lb04"] = dict(
 article=art("（无标题）粤港澳大湾区(广东)创新创业孵化基地开园", "新华社（记者 吕诚成、洪泽华），载于 sc.xfafinance.com", "2021-03-29", "day",
  "National news agency item on a finance portal, Guangzhou: a province–district incubation base for Hong Kong and Macao youth opens — floor area and investment, first-batch projects landed and entered (Hong Kong/Macao teams and start-ups), a Hong Kong firm, the second batch and its target share, the operator",
  "http://sc.xfafinance.com/html/Economies/Regional/2021/388917.shtml",
  "日期取电头“新华社广州3月29日电”（2021年见网址）。存段无标题行（title 为编者概括），正文自电头起。存段末段“随着大湾区建设加速推进,…天河区也不断营造适合港澳青年创新创业”在句中中断，整段删去；正文截至“…形成合力。”，共六段。原文引号为直引号\"，照录。园区：粤港澳大湾区(广东)创新创业孵化基地（文中又作“孵化基地”“园区”；广州市天河区，广东；kind 孵化基地）。机构：广东省人力资源和社会保障厅、广州市天河区人民政府（合作共建）。公司：广州力华投资有限公司（运营单位之一）；威酷模玩(香港)有限公司（其负责人谈园区试制区，入驻由语境推定，可选）。无具名项目；“总投资超7亿元”为园区（孵化基地）投资，记作事实。事实：建筑面积6.65万平方米、总投资超7亿元、首批51个项目落户、已入驻近40家（约）、其中6个港澳团队和9个港澳初创企业、第二批69个申报项目、港澳项目招募目标比例70%以上（target，超）、带动12家孵化器（可选）。",
  "lb04"),
 parks=[
  park(FH, "广州", "广东", "孵化基地", "新华社广州3月29日电(记者吕诚成、洪泽华)粤港澳大湾区(广东)创新创业孵化基地29日正式开园", district="天河区",
       note="又作“孵化基地”“园区”；2021年3月29日开园"),
 ],
 companies=[
  comp("广州力华投资有限公司", FH, "园区的运营单位之一、广州力华投资有限公司董事长陈粤认为", note="园区运营单位之一"),
  comp("威酷模玩(香港)有限公司", FH, "\"我们制作可动人偶需要大量使用3D打印设备,产品试验试制区很有吸引力,\"威酷模玩(香港)有限公司董事长兼总经理刘秋月说", opt=True,
       note="港资企业；入驻由语境推定"),
 ],
 institutions=[
  inst("广东省人力资源和社会保障厅", "园区由广东省人力资源和社会保障厅和广州市天河区人民政府合作共建", kind="government", park=FH, opt=False, note="共建方"),
  inst("广州市天河区人民政府", "园区由广东省人力资源和社会保障厅和广州市天河区人民政府合作共建", kind="government", park=FH, opt=False, note="共建方"),
 ],
 aggregate_facts=[
  fact(FH, "park", "total_investment_cny", 7e8, "cny", D0, AS4, qual="超", qtext="超", chk=False),
  fact(FH, "park", "floor_area_m2", 66500, "m2", D0, AS4, opt=True),
  fact(FH, "park", "projects_landed", 51, "count", D1, AS4, note="首批"),
  fact(FH, "park", "firms_entered", 40, "count", D2, AS4, kind="cumulative", qual="约", qtext="近"),
  fact(FH, "park", "hk_macao_teams_entered", 6, "count", D2, AS4, kind="cumulative"),
  fact(FH, "park", "hk_macao_startups_entered", 9, "count", D2, AS4, kind="cumulative"),
  fact(FH, "park", "project_applications", 69, "count", D3, AS4, opt=True, note="第二批申报项目"),
  fact(FH, "park", "hk_macao_project_share_target", 0.70, "ratio", D3, "第二批（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact(FH, "park", "incubators_linked", 12, "count", "带动大湾区内12家创新创业孵化器形成合力", AS4, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- lb05 东莞滨海湾新区 (新华网 via 南方网 2021)
BH = "东莞滨海湾新区"
E0 = "20日,位于珠江口东岸、粤港澳大湾区几何中心的东莞滨海湾新区举行新一批重大项目集中开工仪式,一大批基础设施建设、生态环境及产业项目集体动工,总投资超百亿元"
E1 = "截至目前,基地已签订进驻协议的港澳企业共18家,产业方向涵盖商贸、新媒体、生物科技、教育、企业咨询、文化传媒等"
G["lb05"] = dict(
 article=art("东莞滨海湾新区搭建粤港澳大湾区合作新平台", "新华网（马晓澄 陆浩），载于南方网 economy.southcn.com", "2021-08-22", "day",
  "National news site on a provincial portal, Dongguan: a new area for co-operation with Hong Kong and Macao — a batch of major projects started (over 10 billion yuan), its area, a Hong Kong businessman's company running a youth base with 18 Hong Kong/Macao firms signed, a first-batch firm",
  "https://economy.southcn.com/node_a007eb35ec/aed7d583d0.shtml",
  "日期取页面“2021-08-22 09:49 来源:新华网 马晓澄 陆浩”；文中“20日”为2021年8月20日开工仪式。标题照录；南方网报系与城市导航行、时间来源行已删。存段末句“公司创始人王本玮表示,选择落户滨海湾新区,…更”中断，该残句已删，正文截至“…第一批入驻青年之家的港澳企业。”，共七段。园区：东莞滨海湾新区（又作“滨海湾新区”“新区”；东莞，广东；2017年揭牌，约84平方公里）；“青年之家”（基地，由东莞青年之家企业管理有限公司开办）列可选园区，parent 东莞滨海湾新区。公司：东莞青年之家企业管理有限公司（香港商人黄宏波开办，在滨海湾新区）、东莞福杯科技商贸有限公司（第一批入驻青年之家的港澳企业）。集中开工项目未点名，只记事实（超百亿元，1e10）。事实：新区面积约84平方公里；青年之家一期建筑面积1500平方米（可选）；基地已签订进驻协议的港澳企业18家（截至目前，cumulative）。",
  "lb05"),
 parks=[
  park(BH, "东莞", "广东", "新区", E0, aliases=["滨海湾新区"], note="又作“新区”；2017年正式揭牌"),
  park("青年之家", "东莞", "广东", "创业基地", "东莞福杯科技商贸有限公司是第一批入驻青年之家的港澳企业", parent=BH, opt=True,
       note="由东莞青年之家企业管理有限公司开办的港澳青年创业基地；文中又作“基地”"),
 ],
 companies=[
  comp("东莞青年之家企业管理有限公司", BH, "2020年年底,在东莞创业多年的香港商人黄宏波将业务拓展到了滨海湾新区——在当地政府支持下,他开办了东莞青年之家企业管理有限公司", note="香港商人开办"),
  comp("东莞福杯科技商贸有限公司", BH, "东莞福杯科技商贸有限公司是第一批入驻青年之家的港澳企业", note="港澳企业；入驻青年之家（在滨海湾新区）"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(BH, "park", "projects_started_investment_cny", 1e10, "cny", E0, "2021年8月20日（集中开工）", qual="超", qtext="超"),
  fact(BH, "park", "area_km2", 84, "km2", "自2017年正式揭牌以来,这一片约84平方公里的土地正由曾经的农田和滩涂,变为广东对接港澳合作的新平台", "2021年", qual="约", qtext="约"),
  fact("青年之家", "park", "hk_macao_firms_signed", 18, "count", E1, "2021年8月（截至目前）", kind="cumulative"),
  fact("青年之家", "park", "floor_area_m2", 1500, "m2", "青年之家一期建筑面积共1500平方米", "2021年", opt=True, note="一期"),
 ])

# ---------------------------------------------------------------- lb06 广州 港澳青年创新创业基地 (新快报 2022)
GZ = "广州"
F0 = "截至2021年9月,广州已经建立了45个港澳青年创新创业基地,全市各基地吸引港澳348个创业项目、600余个团队、3000多名青年落户;产生专利1401件,获得创投资金10.13亿元"
F1 = "设立了不低于10亿元专项融资担保额度和总规模为10亿元的港澳青年创新创业基金"
ASF = "2021年9月（截至）"
G["lb06"] = dict(
 article=art("港澳“创客”筑梦羊城 获全方位多元化支持", "新快报（李应华 李小萌），电子版 ep.ycwb.com A15版", "2022-10-13", "day",
  "City daily's print edition, Guangzhou: Hong Kong and Macao youth start-up bases across the city — number of bases, projects, teams, youth, patents and venture funding; city special funds, a guarantee quota, a 1-billion-yuan start-up fund, loans and guarantee funds",
  "https://ep.ycwb.com/epaper/xkb/html/2022-10/13/content_1515_530585.htm",
  "日期取页面“新快报 2022年10月13日 版次:A15”。标题照录；“即时新闻”、来源行与三条图片说明（“广州已经建立了45个…图为位于黄埔区、广州开发区的粤港澳大湾区青年创新创业基地。”等）已删。末尾重复的导语段（“2019年以来连续三年,…掀开人生新篇章。”，版面提要重复）、其后的引语段及中断的署名“——香港”在段界处删去；正文截至“…掀开人生新篇章。”，共四段。无具名园区（“港澳青年创新创业基地”为泛称，事实 subject 记广州，region）。基金：港澳青年创新创业基金（总规模10亿元）。机构：广州市社会科学院、社会科学文献出版社（蓝皮书发布方，可选）。事实：截至2021年9月45个基地、348个创业项目、600余个团队、3000多名青年、专利1401件、创投资金10.13亿元（cumulative）；广州市财政每年1亿元专门资金（2019–2021）；不低于10亿元融资担保额度、6000万元低息贷款、5000万元专项担保资金（可选）。",
  "lb06"),
 parks=[],
 companies=[],
 institutions=[
  inst("广州市社会科学院", "今年8月,广州市社会科学院与社会科学文献出版社联合发布了《广州蓝皮书:广州社会发展报告(2022)》", kind="research"),
  inst("社会科学文献出版社", "今年8月,广州市社会科学院与社会科学文献出版社联合发布了《广州蓝皮书:广州社会发展报告(2022)》", kind="publisher"),
 ],
 projects=[],
 funds=[
  fund("港澳青年创新创业基金", None, F1, size="总规模为10亿元", size_type="总规模", note="广州设立；支持港澳青年创新创业"),
 ],
 aggregate_facts=[
  fact(GZ, "region", "hk_macao_youth_bases", 45, "count", F0, ASF, kind="cumulative"),
  fact(GZ, "region", "hk_macao_startup_projects", 348, "count", F0, ASF, kind="cumulative"),
  fact(GZ, "region", "hk_macao_teams", 600, "count", F0, ASF, kind="cumulative", qual="余", qtext="余"),
  fact(GZ, "region", "hk_macao_youth_settled", 3000, "count", F0, ASF, kind="cumulative", qual="余", qtext="多"),
  fact(GZ, "region", "patents", 1401, "count", F0, ASF, kind="cumulative", opt=True),
  fact(GZ, "region", "venture_funding_cny", 1.013e9, "cny", "获得创投资金10.13亿元", ASF, kind="cumulative", chk=True),
  fact(GZ, "region", "annual_special_funding_cny", 1e8, "cny", "广州市财政每年安排专门资金1亿元,用来支持港澳青年来穗发展", "2019年至2021年（每年）", chk=True),
  fact(GZ, "region", "financing_guarantee_quota_cny", 1e9, "cny", F1, "2022年10月（报道时）", qual="超", qtext="不低于", opt=True, chk=True),
  fact(GZ, "region", "low_interest_loans_cny", 6e7, "cny", "协助港澳青创项目获得内地银行授予6000万元低息政策性贷款扶持和5000万元专项担保资金", "2022年10月（报道时）", kind="cumulative", opt=True, chk=True),
  fact(GZ, "region", "special_guarantee_funds_cny", 5e7, "cny", "5000万元专项担保资金", "2022年10月（报道时）", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lb07 前海 14周年 (香港商報 2024, traditional)
QH7 = "前海深港現代服務業合作區"
H0 = "今年上半年,前海實現地區生產總值1213.8億元,增長7.1%"
AS7 = "2024年上半年"
G["lb07"] = dict(
 article=art("（無標題）前海成立14周年、擴區3周年", "香港商報（tp.hkcd.com）", "2024-09-02", "day",
  "Hong Kong daily's site (traditional script as published), Shenzhen: the Qianhai co-operation zone at 14 years and three years after its expansion — average growth since the plan, first-half GDP, fixed-asset investment and trade with growth, institutional innovations",
  "http://tp.hkcd.com/hkcdweb/content/2024/09/02/content_8655117.html",
  "日期取網址 2024/09/02。存段無標題行（title 為編者概括），正文自首段起。存段末句“持續推進制度型開放,實施自貿試驗區提”中斷，該殘句已刪，正文截至“…一系列亮眼的制度創新成果在前海湧現。”，含小標題一行，共七段。繁體照錄，未轉換。園區：前海深港現代服務業合作區（又作“前海”“前海合作區”；深圳，廣東）。機構：中山大學、香港中文大學(深圳)、前海國際事務研究院（可選）。無具名公司、項目。事實：2024年上半年 GDP 1213.8億元、增長7.1%；固定資產投資647.4億元、增長12.7%；進出口總額3254億元、增長55.8%；《前海方案》三年來 GDP 年均增長10%以上、固定資產投資年均增長15%以上、進出口年均增長14.3%（可選）；累計創新成果835項、全國複製推廣94項（cumulative）。",
  "lb07"),
 parks=[
  park(QH7, "深圳", "广东", "现代服务业合作区", "8月26日和9月6日,是前海深港現代服務業合作區(下稱「前海」)相繼迎來成立14周年和《全面深化前海深港現代服務業合作區改革開放方案》發布、前海擴區3周年",
       aliases=["前海", "前海合作區"], note="成立14周年、擴區3周年"),
 ],
 companies=[],
 institutions=[
  inst("中山大學", "中山大學發布的中國自由貿易試驗區制度創新指數,前海連續三年第一", kind="university"),
  inst("香港中文大學(深圳)", "香港中文大學(深圳)教授、前海國際事務研究院院長鄭永年在接受採訪時說", kind="university"),
  inst("前海國際事務研究院", "香港中文大學(深圳)教授、前海國際事務研究院院長鄭永年在接受採訪時說", kind="research", park=QH7),
 ],
 projects=[],
 aggregate_facts=[
  fact(QH7, "park", "gdp_cny", 1.2138e11, "cny", H0, AS7, chk=True),
  fact(QH7, "park", "gdp_yoy_growth", 0.071, "ratio", H0, AS7, kind="ratio"),
  fact(QH7, "park", "fixed_asset_investment_cny", 6.474e10, "cny", "完成固定資產投資647.4億元,增長12.7%", AS7, chk=True),
  fact(QH7, "park", "fixed_asset_investment_yoy_growth", 0.127, "ratio", "完成固定資產投資647.4億元,增長12.7%", AS7, kind="ratio"),
  fact(QH7, "park", "imports_exports_cny", 3.254e11, "cny", "實現進出口總額3254億元,增長55.8%", AS7, chk=True),
  fact(QH7, "park", "imports_exports_yoy_growth", 0.558, "ratio", "實現進出口總額3254億元,增長55.8%", AS7, kind="ratio"),
  fact(QH7, "park", "gdp_avg_annual_growth", 0.10, "ratio", "前海合作區GDP年均增長10%以上", "2021年9月至2024年（三年來）", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(QH7, "park", "fixed_asset_investment_avg_annual_growth", 0.15, "ratio", "固定資產投資年均增長15%以上", "2021年9月至2024年（三年來）", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(QH7, "park", "imports_exports_avg_annual_growth", 0.143, "ratio", "進出口年均增長14.3%", "2021年9月至2024年（三年來）", kind="ratio", opt=True),
  fact(QH7, "park", "institutional_innovations", 835, "count", "現已累計推出創新成果835項,全國複製推廣累計達94項", "2024年9月", kind="cumulative"),
  fact(QH7, "park", "innovations_replicated_nationwide", 94, "count", "現已累計推出創新成果835項,全國複製推廣累計達94項", "2024年9月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lb08 粤澳合作中医药科技产业园 (中新网 2024)
ZY = "粤澳合作中医药科技产业园"
HZ = "横琴粤澳深度合作区"
K0 = "截至2024年10月底,合作区医药制造业增加值总量达到7851.09万元,在粤澳合作中医药科技产业园内注册企业数量达239家(含澳资企业86家)"
AS8 = "2024年10月底（截至）"
G["lb08"] = dict(
 article=art("（无标题）澳门中华总商会广东办事处发布推动中医药等澳门品牌工业高质量发展研究报告", "中新网广东（记者 邓媛雯），gd.chinanews.com.cn", "2024-12-19", "day",
  "National news site's provincial channel, Zhuhai Hengqin: a Macao chamber's Guangdong office and a Hengqin institute publish a study on Macao-brand industries — pharmaceutical value added in the co-operation zone, firms registered in the Guangdong–Macao TCM park including Macao-funded ones",
  "http://www.gd.chinanews.com.cn/2024/2024-12-19/439348.shtml",
  "日期取网址 2024-12-19 与电头“12月19日电”。存段无标题行（title 为编者概括），正文自电头起，至“(完)”，共六段，完整。园区：横琴粤澳深度合作区（文中又作“合作区”；珠海，广东）；粤澳合作中医药科技产业园（parent 横琴粤澳深度合作区，由常识推定）。机构：澳门中华总商会广东办事处（又作“广东办”）、横琴创新发展研究院；澳门中华总商会（可选）。无具名公司、项目。事实：合作区医药制造业增加值总量7851.09万元；产业园注册企业239家、其中澳资企业86家（截至2024年10月底，cumulative）；走访近70间药企、机构及政府部门（可选）。",
  "lb08"),
 parks=[
  park(HZ, "珠海", "广东", "深度合作区", "为深入了解合作区中医药等澳门品牌工业及生物医药大健康产业发展现状,广东办与横琴创新发展研究院联合开展《横琴粤澳深度合作区产业发展系列研究之推动中医药等澳门品牌工业高质量发展研究》,并形成报告",
       aliases=["合作区"], note="名称只在报告题目中；文中作“合作区”"),
  park(ZY, "珠海", "广东", "产业园", K0, parent=HZ, note="母园区由常识推定"),
 ],
 companies=[],
 institutions=[
  inst("澳门中华总商会广东办事处", "正逢澳门回归25周年,澳门中华总商会广东办事处日前举办了两周年工作总结暨推动中医药等澳门品牌工业高质量发展研究报告发布会", kind="association", opt=False, note="又作“广东办”"),
  inst("横琴创新发展研究院", "广东办与横琴创新发展研究院先后走访了近70间药企、机构及政府部门", kind="research", park=HZ, opt=False),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "pharma_manufacturing_value_added_cny", 7.85109e7, "cny", "合作区医药制造业增加值总量达到7851.09万元", AS8, kind="cumulative", chk=True, note="规模以上医药制造业增加值总量"),
  fact(ZY, "park", "firms_registered", 239, "count", K0, AS8, kind="cumulative"),
  fact(ZY, "park", "macao_firms_registered", 86, "count", K0, AS8, kind="cumulative", note="含澳资企业86家"),
  fact("澳门中华总商会广东办事处", "institution", "organisations_visited", 70, "count", "广东办与横琴创新发展研究院先后走访了近70间药企、机构及政府部门", "2024年", qual="约", qtext="近", opt=True),
 ])
