# real238 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county / city is not a park). Status from the text's words
# (开工 / 集中开工 / 正式开工 → 开工; 竣工投产 / 投产 / 试生产 / 投入运营 → 投产; 签约 / 签约落户 → 签约; 落户 alone → no
# status). “预计” / “达产后” figures are kind target; year-to-date and “累计” counts are cumulative. A firm that builds its own
# plant or project in a park gets that park (sc02, sc03, sc09: the text places the firm's investment there); a parent group
# or a mere co-investor gets null. “多亿元” amounts cannot be read as digits+亿元: such facts carry no _cny suffix (sc08).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/scNN.raw as returned.

# ---------------------------------------------------------------- sc01 嘉兴经开区 集成电路 (半导体联盟 2020)
JX = "浙江嘉兴经济技术开发区"
CYY = "嘉兴产城半导体产业园"
NB = "宁波产城生态建设集团有限公司"
A0 = "活动期间共签约33个项目,涉及总投资405亿元"
A1 = "该集成电路先进封测项目计划总投资约108亿元人民币"
A2 = "嘉兴产城半导体产业园项目签约落户浙江嘉兴经济技术开发区。项目计划总投资106亿元"
A3 = "项目投资方宁波产城生态建设集团有限公司同步还与嘉兴市政府合作成立了100亿元规模的产业基金"
AS1 = "2020年9月8日（签约仪式）"
G["sc01"] = dict(
 article=art("（无标题）嘉兴经开区签约集成电路先进封测项目；2020年以来嘉兴多个集成电路项目签约、开工", "半导体联盟（semiw.com，“半导体联盟消息”，引嘉兴日报；署名未示）", "2020-10", "month",
  "Semiconductor-industry portal, Zhejiang: a development zone's signing ceremony (33 projects, total) with an IC advanced-packaging project's investment, registered capital and expected revenue and tax; a semiconductor park project signed into the zone with its phase-1 amount and a 10-billion industry fund; a GaN device project started",
  "http://semiw.com/jidi/2020104727.html",
  "存段无标题、无日期行（title 为编者概括）。日期：URL 2020104727 推定 2020年10月（文中签约仪式为2020年9月8日，“仅2020年以来”），记 2020-10（month）。存段在末段“该项目总投资25亿元,将引进…设计月产能为3000片氮化镓射频晶圆、月”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…博方嘉芯氮化镓射频及功率器件项目正式开工。”；小标题“部分签约及开工项目”保留为一段。园区：浙江嘉兴经济技术开发区（alias 嘉兴经济技术开发区）；嘉兴国际商务区（与经开区共同举办签约仪式，可选）；嘉兴产城半导体产业园（签约落户经开区的园区项目，parent 经开区）。项目：集成电路先进封测项目（签约，约108亿元；园区由“经开区、国际商务区…签约仪式”推定为经开区）；嘉兴产城半导体产业园项目（签约落户，106亿元）及其一期半导体材料项目（30亿元，可选）；博方嘉芯氮化镓射频及功率器件项目（正式开工；园区未说；金额在被删句中）。基金：宁波产城与嘉兴市政府合作的100亿元产业基金（无专名，可选）。事实：33个项目、405亿元归经开区（与国际商务区合办）；封测项目达产后年营收110亿元、年纳税5亿元（target）。注册资本“不低于”未作 qualifier。",
  "sc01"),
 parks=[
  park(JX, "嘉兴", "浙江", "经济技术开发区", "浙江嘉兴经济技术开发区、嘉兴国际商务区举行第六届“携手共进、合作共赢”国际经贸洽谈会暨重大项目签约仪式",
       aliases=["嘉兴经济技术开发区"], note="文中两处均作“浙江嘉兴经济技术开发区”"),
  park("嘉兴国际商务区", "嘉兴", "浙江", "商务区", "浙江嘉兴经济技术开发区、嘉兴国际商务区举行第六届“携手共进、合作共赢”国际经贸洽谈会暨重大项目签约仪式",
       opt=True, note="与经开区共同举办签约仪式"),
  park(CYY, "嘉兴", "浙江", "产业园（半导体）", A2, parent=JX, note="园区开发项目，签约落户经开区；文中又作“产业园项目”"),
 ],
 companies=[
  comp(NB, None, A3, aliases=["宁波产城集团"], note="封测项目牵头方；产城半导体产业园项目投资方；总部在宁波，park null"),
  comp("博方嘉芯", None, "4月10,博方嘉芯氮化镓射频及功率器件项目正式开工", opt=True, note="只在项目名中；园区未说"),
 ],
 institutions=[
  inst("嘉兴市政府", A3, note="与宁波产城合作成立产业基金"),
 ],
 projects=[
  proj("集成电路先进封测项目", JX, A1, companies=[NB], inv="约108亿元", qual="约", qual_text="约", status="签约", status_text="签约",
       note="“活动期间共签约33个项目…其中包括一个集成电路先进封测项目”；分两期建设；园区推定为经开区（签约仪式主办方之一）"),
  proj("嘉兴产城半导体产业园项目", JX, A2, companies=[NB], inv="总投资106亿元", status="签约", status_text="签约落户",
       note="2020年3月31日签约落户"),
  proj("一期半导体材料项目", JX, "其中一期半导体材料项目总投资30亿元", companies=[NB], inv="总投资30亿元", phase="一期", status="签约", status_text="签约落户",
       opt=True, note="嘉兴产城半导体产业园项目的一期"),
  proj("博方嘉芯氮化镓射频及功率器件项目", None, "4月10,博方嘉芯氮化镓射频及功率器件项目正式开工", companies=["博方嘉芯"], status="开工", status_text="正式开工",
       note="园区未说；金额（25亿元）在存段中断的句子里，已删"),
 ],
 funds=[
  fund("产业基金", None, A3, size="100亿元", size_type="规模", opt=True, note="宁波产城与嘉兴市政府合作成立，无专名；为产城半导体产业园引进企业"),
 ],
 aggregate_facts=[
  fact(JX, "park", "projects_signed", 33, "count", A0, AS1, note="与嘉兴国际商务区合办的签约仪式"),
  fact(JX, "park", "signed_investment_cny", 4.05e10, "cny", "涉及总投资405亿元", AS1, chk=True),
  fact(JX, "park", "projects_over_10bn_count", 2, "count", "包括超百亿项目2个、世界500强项目3个", AS1, opt=True),
  fact(JX, "park", "fortune500_projects", 3, "count", "世界500强项目3个", AS1, opt=True),
  fact("集成电路先进封测项目", "project", "registered_capital_cny", 1.5e9, "cny", "注册资本不低于15亿元人民币", AS1, opt=True, chk=True, note="不低于"),
  fact("集成电路先进封测项目", "project", "expected_annual_revenue_cny", 1.1e10, "cny", "达产后年营业收入达110亿元人民币", "达产后（预期）", kind="target", chk=True),
  fact("集成电路先进封测项目", "project", "expected_annual_tax_cny", 5e8, "cny", "年纳税额达5亿元人民币", "达产后（预期）", kind="target", chk=True),
  fact("嘉兴产城半导体产业园项目", "project", "registered_capital_cny", 3.6e9, "cny", "注册资本总额不低于36亿元", "2020年3月31日（签约）", opt=True, chk=True, note="不低于"),
 ])

# ---------------------------------------------------------------- sc02 徐州经开区 集成电路 (电子发烧友 2019)
XZ = "徐州经济技术开发区"
WY = "上海万业企业股份"
B1 = "中科院微电子所和上海万业企业股份共同在徐州经济技术开发区投资的集成电路装备集团项目签约"
B2 = "万业企业与微电子所拟共同牵头发起设立集成电路装备集团有限公司,项目总投资15亿元"
B3 = "此次洽谈会签约的其他集成电路项目还包括:西安天和通讯在徐州经开区投资的第三代半导体产业基地项目、江苏天晶在丰县投资的半导体多线切割机和蓝宝石研发生产项目、北京科益虹源在徐州经开区投资的集成电路光刻光源制造及服务基地项目、北京中科镭特在徐州经开区投资的半导体激光加工设备制造中心项目、南通优睿半导体在邳州市投资的半导体封测产线项目"
B0 = "全市共有75个重点招商项目签订正式投资合同、总投资额1769.62亿元人民币"
AS2 = "2019年10月16日（投洽会）"
G["sc02"] = dict(
 article=art("（无标题）2019徐州投洽会多个集成电路项目签约，中科院微电子所与万业企业集成电路装备集团项目落户徐州经开区", "电子发烧友（elecfans.com；引大公报；署名未示）", "2019-10", "month",
  "Electronics-industry portal, Jiangsu: a city investment fair's signing total, an IC equipment group project jointly invested in an economic development zone with its amount and funding split, and five more named semiconductor projects, three in the zone and two in a county and a county-level city",
  "https://www.elecfans.com/d/1093969.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“10月16日…2019中国徐州第二十二届投资洽谈会”“今年6月”，记 2019-10（month）。正文六段，末句“…为主的集成电路产业。”完整；其后站点栏目（“集成电路 +关注 … 发布评论请先 登录”与一条相关文章标题）已删。园区：徐州经济技术开发区（文中又作“徐州经开区”）。丰县、邳州市为县/县级市，不是园区（其项目 park null）。项目：集成电路装备集团项目（文中又作“中科院微电子所集成电路装备集团项目”；签约；总投资15亿元，其中微电子所与万业企业共同出资8亿元、芯鑫租赁意向融资5亿元）；另五个签约项目。公司：在经开区投资建设的企业记经开区（西安天和通讯、北京科益虹源、北京中科镭特、上海万业企业股份）；江苏天晶、南通优睿半导体 park null；芯鑫租赁为融资方 park null（可选）；中科院微电子所列机构（研究所）。事实：徐州全市75个项目、1769.62亿元（region）。",
  "sc02"),
 parks=[
  park(XZ, "徐州", "江苏", "经济技术开发区", B1, aliases=["徐州经开区"], note="文中又作“徐州经开区”"),
 ],
 companies=[
  comp(WY, XZ, B1, aliases=["万业企业"], note="与中科院微电子所共同在经开区投资集成电路装备集团项目；文中又作“万业企业”"),
  comp("芯鑫租赁", None, "芯鑫租赁拟为装备集团提供意向性融资额度5亿元", opt=True, note="融资方"),
  comp("集成电路装备集团有限公司", XZ, B2, opt=True, note="拟设立的项目公司"),
  comp("西安天和通讯", XZ, B3, note="在徐州经开区投资第三代半导体产业基地项目"),
  comp("江苏天晶", None, B3, note="在丰县投资；丰县不是园区"),
  comp("北京科益虹源", XZ, B3, note="在徐州经开区投资"),
  comp("北京中科镭特", XZ, B3, note="在徐州经开区投资"),
  comp("南通优睿半导体", None, B3, note="在邳州市投资；邳州市不是园区"),
 ],
 institutions=[
  inst("中科院微电子所", B1, kind="research", note="与万业企业共同牵头；文中又作“微电子所”"),
 ],
 projects=[
  proj("集成电路装备集团项目", XZ, B2, companies=[WY], inv="项目总投资15亿元", status="签约", status_text="签约",
       aliases=["中科院微电子所集成电路装备集团项目"], note="微电子所与万业企业共同出资8亿元，芯鑫租赁意向融资5亿元"),
  proj("第三代半导体产业基地项目", XZ, B3, companies=["西安天和通讯"], status="签约", status_text="签约"),
  proj("半导体多线切割机和蓝宝石研发生产项目", None, B3, companies=["江苏天晶"], status="签约", status_text="签约", note="丰县"),
  proj("集成电路光刻光源制造及服务基地项目", XZ, B3, companies=["北京科益虹源"], status="签约", status_text="签约"),
  proj("半导体激光加工设备制造中心项目", XZ, B3, companies=["北京中科镭特"], status="签约", status_text="签约"),
  proj("半导体封测产线项目", None, B3, companies=["南通优睿半导体"], status="签约", status_text="签约", note="邳州市"),
 ],
 aggregate_facts=[
  fact("徐州", "region", "projects_signed", 75, "count", B0, AS2, note="全市重点招商项目签订正式投资合同"),
  fact("徐州", "region", "signed_investment_cny", 1.76962e11, "cny", "总投资额1769.62亿元人民币", AS2, chk=True),
  fact("集成电路装备集团项目", "project", "equity_contribution_cny", 8e8, "cny", "其中微电子所与万业企业共同出资8亿元", "2019年6月（备忘录）", opt=True, chk=True),
  fact("集成电路装备集团项目", "project", "intended_financing_cny", 5e8, "cny", "芯鑫租赁拟为装备集团提供意向性融资额度5亿元", "2019年6月（备忘录）", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sc03 中化连云港循环经济产业园 碳三 (ashea 2022)
ZH = "中化连云港循环经济产业园"
C0 = "化工央企中化国际(600500.SH)碳三项目首批装置试生产启动仪式22日在中化连云港循环经济产业园举行"
C1 = "一期总投资139.13亿元,项目预计于2022年底实现全面投产"
C2 = "本次首批试生产的装置包括年产15万吨环氧氯丙烷项目、年产18万吨环氧树脂项目、年产35万吨双氧水项目、年产12万吨离子膜烧碱项目以及公辅配套项目"
C3 = "2017年,中化国际与连云港政府签署了战略合作框架协议,在连云港徐圩新区正式设立“中化连云港循环经济产业园”"
G["sc03"] = dict(
 article=art("（无标题）中化国际碳三项目首批装置在中化连云港循环经济产业园试生产", "ashea.com.cn（转载；原发媒体与署名未注明）", "2022-02-23", "day",
  "Relay of a chemical-industry company news item, Jiangsu: a listed state chemical firm's propane-chain (碳三) project — first units in trial production in its circular-economy park, phase-1 investment, full production date, the units started, the park set up in a new area in 2017",
  "https://ashea.com.cn/caijing/2022/0223/566905.html",
  "存段无标题、无日期行（title 为编者概括）。日期：URL 2022/0223 → 2022-02-23（文中“22日”举行试生产启动仪式）。存段在末句“历经多年建设,中化连云港”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…承接中国中化和中化国际重大战略项目的落地。”，共五段。园区：中化连云港循环经济产业园（文中又作“中化连云港产业园”），2017年设立于连云港徐圩新区（parent）。公司：中化国际（600500.SH，项目在园，park 记产业园）；中国中化（母集团，可选，park null）。项目：中化国际碳三项目（一期总投资139.13亿元；首批装置试生产、“一期项目已分步骤进入投产期”→ 投产，status_alt 在建：预计2022年底全面投产）；首批试生产的四套装置列为可选子项目（投产）。机构：连云港政府（可选）。",
  "sc03"),
 parks=[
  park(ZH, "连云港", "江苏", "产业园（化工，企业园区）", C0, parent="连云港徐圩新区", aliases=["中化连云港产业园"], note="文中又作“中化连云港产业园”；2017年在徐圩新区设立"),
  park("连云港徐圩新区", "连云港", "江苏", "新区", C3, aliases=["徐圩新区"], note="只出现一次"),
 ],
 companies=[
  comp("中化国际", ZH, C0, note="600500.SH；碳三项目业主"),
  comp("中国中化", None, "中化国际是中国中化旗下材料科学版块的旗舰企业", opt=True, note="母集团"),
 ],
 institutions=[
  inst("连云港政府", C3, note="与中化国际签署战略合作框架协议"),
 ],
 projects=[
  proj("中化国际碳三项目", ZH, C1, companies=["中化国际"], inv="一期总投资139.13亿元", phase="一期", status="投产", status_alt="在建",
       status_text="首批装置试生产…碳三一期项目已分步骤进入投产期", aliases=["碳三项目", "碳三一期项目"],
       note="2022年2月22日首批装置试生产；预计2022年底全面投产；公司首个百亿级自建项目"),
  proj("年产15万吨环氧氯丙烷项目", ZH, C2, companies=["中化国际"], status="投产", status_text="首批试生产", opt=True, note="碳三项目首批试生产装置"),
  proj("年产18万吨环氧树脂项目", ZH, C2, companies=["中化国际"], status="投产", status_text="首批试生产", opt=True, note="同上"),
  proj("年产35万吨双氧水项目", ZH, C2, companies=["中化国际"], status="投产", status_text="首批试生产", opt=True, note="同上"),
  proj("年产12万吨离子膜烧碱项目", ZH, C2, companies=["中化国际"], status="投产", status_text="首批试生产", opt=True, note="同上"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- sc04 上杭 紫金锂元 (闽西日报 2023)
SH = "上杭工业园区"
BS = "白砂新材料产业园"
ZJ = "上杭紫金锂元年产5万吨磷酸铁锂正极材料生产项目"
D0 = "上杭紫金锂元年产5万吨磷酸铁锂正极材料生产项目是2022年省重点项目,落户上杭工业园区白砂新材料产业园,占地136.8亩,总投资11.42亿元"
D1 = "目前,该项目一期2万吨生产线已竣工投产,3万吨生产线计划于2023年底前建成投产"
AS4 = "2023年5月"
G["sc04"] = dict(
 article=art(ZJ, "闽西日报（mxrb.cn 数字报；署名未示）", "2023-05-18", "day",
  "City daily's e-paper, Fujian: a provincial key project — lithium iron phosphate cathode plant in a county industrial park's new-materials sub-park: site, investment, two phases, phase 1 in production and phase 2 due, expected output and profit-tax; the county's lithium-battery backbone firms",
  "http://www.mxrb.cn/dzb/mxrb/2023-05/18/content_120190.html",
  "日期取 URL 2023-05/18。标题照录（页面标题与正文标题重复，删去一行）。正文三段，完整。园区：上杭工业园区（龙岩市上杭县，福建）；白砂新材料产业园（“上杭工业园区白砂新材料产业园”，parent 上杭工业园区）。项目：上杭紫金锂元年产5万吨磷酸铁锂正极材料生产项目（文中又作“紫金锂元年产5万吨磷酸铁锂正极材料生产项目”；总投资11.42亿元；分二期，一期2万吨已竣工投产 → 投产，二期3万吨计划2023年底前建成 → status_alt 在建）。公司：紫金锂元只在项目名中（可选）；金山锂科、龙德新能源、常青新能源为上杭县骨干企业，园区未说（可选，park null）。事实：达产后产值35亿元、利税1.5亿元（target）；占地136.8亩（可选）。",
  "sc04"),
 parks=[
  park(SH, "龙岩", "福建", "工业园区", D0, district="上杭县"),
  park(BS, "龙岩", "福建", "产业园（新材料）", D0, district="上杭县", parent=SH, note="文中作“上杭工业园区白砂新材料产业园”"),
 ],
 companies=[
  comp("紫金锂元", BS, D0, opt=True, note="只在项目名中"),
  comp("金山锂科", None, "上杭县依托金山锂科、龙德新能源和常青新能源等骨干企业", opt=True, note="上杭县骨干企业；园区未说"),
  comp("龙德新能源", None, "上杭县依托金山锂科、龙德新能源和常青新能源等骨干企业", opt=True, note="同上"),
  comp("常青新能源", None, "上杭县依托金山锂科、龙德新能源和常青新能源等骨干企业", opt=True, note="同上"),
 ],
 projects=[
  proj(ZJ, BS, D0, companies=["紫金锂元"], inv="总投资11.42亿元", status="投产", status_alt="在建", status_text="一期2万吨生产线已竣工投产",
       aliases=["紫金锂元年产5万吨磷酸铁锂正极材料生产项目"], note="2022年省重点项目；分二期，一期2万吨已投产，二期3万吨计划2023年底前建成投产"),
 ],
 aggregate_facts=[
  fact(ZJ, "project", "site_area_mu", 136.8, "mu", "占地136.8亩", AS4, opt=True),
  fact(ZJ, "project", "expected_annual_output_cny", 3.5e9, "cny", "项目全部建成达产后可实现产值35亿元", "全部建成达产后（预期）", kind="target", chk=True),
  fact(ZJ, "project", "expected_annual_profit_tax_cny", 1.5e8, "cny", "实现利税1.5亿元", "全部建成达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sc05 荆门高新区 长城汽车零部件产业园 (湖北日报 2021)
JM = "荆门高新区"
CC = "长城汽车零部件产业园"
E0 = "精诚工科热冲压项目,曼德公司汽车车灯、空调、线束项目,诺博汽车内外饰、座椅、橡胶件项目……9月12日,走进荆门高新区·掇刀区内的长城汽车零部件产业园一区,13栋厂房已入驻9个零部件项目"
E1 = "长城汽车荆门整车工厂是荆门市去年10月引进的重大项目,总投资60亿元"
E2 = "目前,已签约入驻长城汽车零部件产业园二区的有广汽五菱车架焊接总成等4个项目"
E3 = "另有落户租赁荆门高新区厂房项目9个,包括东风李尔汽车座椅有限公司汽车座椅总成项目;江西豪斯特汽车零部件有限公司车身件焊接分总成项目;数码模冲压技术(武汉)有限公司焊接分总成项目等,总租赁面积达3.3万平方米"
E4 = "截至9月上旬,长城汽车零部件产业园配套企业已签约项目24个"
E5 = "零部件产业园一区466亩实现满园,二区180亩供地手续已完成,正在进行场平,三区300多亩用地正在完善挂牌手续相关资料"
AS5 = "2021年9月12日"
G["sc05"] = dict(
 article=art("长城汽车“引窝蛋”效应强 24个配套项目扎堆落户荆门", "湖北日报（记者李剑军、通讯员李德银），载于荆楚网 news.cnhubei.com", "2021-09-15", "day",
  "Provincial daily on its portal, Hubei: a carmaker's vehicle plant (investment, capacity, trial production) and its supplier park in a high-tech zone — named supplier projects moved into zone 1, signed into zone 2, leased zone factories, signed-project count, land of the park's three zones",
  "http://news.cnhubei.com/content/2021-09/15/content_14099476.html",
  "日期取“发布时间:2021年09月15日07:57 来源: 湖北日报”。标题照录；频道路径、发布时间行、“【责任编辑:王会】”及版权页脚已删。正文四段，完整。园区：荆门高新区（文中作“荆门高新区·掇刀区”，荆门，湖北）；长城汽车零部件产业园（位于荆门高新区·掇刀区内，parent 荆门高新区；分一区、二区、三区，不另列）。项目：一区已入驻的精诚工科热冲压项目、曼德公司…项目、诺博汽车…项目（已入驻、正改造厂房调试设备 → 在建）；二区签约入驻的广汽五菱车架焊接总成（签约）；租赁荆门高新区厂房的三个项目（“落户”→ 无状态）；长城汽车荆门整车工厂（总投资60亿元，7月下旬开始试生产 → 投产；文中未说在哪个园区 → park null）。公司：长城汽车（park null）；猎豹汽车有限公司（被兼并重组，可选）；广汽五菱（只在项目名中，可选）。天津、上海两家未具名企业不列。事实：零部件产业园签约项目24个（cumulative）；一区入驻9个项目；二区4个；荆门高新区租赁厂房项目9个、3.3万平方米；整车工厂年产能18万辆等（可选）。",
  "sc05"),
 parks=[
  park(JM, "荆门", "湖北", "高新技术产业开发区", E0, district="掇刀区", note="文中作“荆门高新区·掇刀区”（区政合一）"),
  park(CC, "荆门", "湖北", "产业园（汽车零部件）", E0, district="掇刀区", parent=JM, note="分一区（466亩）、二区（180亩）、三区（300多亩）；文中又作“零部件产业园”"),
 ],
 companies=[
  comp("长城汽车", None, E1, note="荆门整车工厂；园区未说"),
  comp("猎豹汽车有限公司", None, "由长城汽车兼并重组尘封三年的猎豹汽车有限公司荆门整车制造工厂", opt=True, note="被兼并重组"),
  comp("精诚工科", CC, E0, note="热冲压项目入驻一区"),
  comp("曼德公司", CC, E0, note="车灯、空调、线束项目入驻一区"),
  comp("诺博汽车", CC, E0, note="内外饰、座椅、橡胶件项目入驻一区"),
  comp("广汽五菱", CC, E2, opt=True, note="只在项目名中；签约入驻二区"),
  comp("东风李尔汽车座椅有限公司", JM, E3, note="租赁荆门高新区厂房"),
  comp("江西豪斯特汽车零部件有限公司", JM, E3, note="租赁荆门高新区厂房"),
  comp("数码模冲压技术(武汉)有限公司", JM, E3, note="租赁荆门高新区厂房"),
 ],
 projects=[
  proj("精诚工科热冲压项目", CC, E0, companies=["精诚工科"], status="在建", status_text="已入驻…业主都在加紧改造厂房、调试设备", note="一区"),
  proj("曼德公司汽车车灯、空调、线束项目", CC, E0, companies=["曼德公司"], status="在建", status_text="已入驻…业主都在加紧改造厂房、调试设备", note="一区"),
  proj("诺博汽车内外饰、座椅、橡胶件项目", CC, E0, companies=["诺博汽车"], status="在建", status_text="已入驻…业主都在加紧改造厂房、调试设备", note="一区"),
  proj("长城汽车荆门整车工厂", None, E1, companies=["长城汽车"], inv="总投资60亿元", status="投产", status_text="于7月下旬开始试生产",
       note="兼并重组猎豹汽车荆门整车制造工厂；SUV、皮卡设计年产能18万辆，预计年底批量交付；园区未说"),
  proj("广汽五菱车架焊接总成", CC, E2, companies=["广汽五菱"], status="签约", status_text="已签约入驻", note="二区"),
  proj("东风李尔汽车座椅有限公司汽车座椅总成项目", JM, E3, companies=["东风李尔汽车座椅有限公司"], note="落户租赁荆门高新区厂房；无状态词"),
  proj("江西豪斯特汽车零部件有限公司车身件焊接分总成项目", JM, E3, companies=["江西豪斯特汽车零部件有限公司"], note="同上"),
  proj("数码模冲压技术(武汉)有限公司焊接分总成项目", JM, E3, companies=["数码模冲压技术(武汉)有限公司"], note="同上"),
 ],
 aggregate_facts=[
  fact(CC, "park", "projects_signed", 24, "count", E4, "2021年9月上旬", kind="cumulative"),
  fact(CC, "park", "zone1_projects_entered", 9, "count", "13栋厂房已入驻9个零部件项目", AS5, note="一区"),
  fact(CC, "park", "zone1_factory_buildings", 13, "count", "13栋厂房已入驻9个零部件项目", AS5, opt=True),
  fact(CC, "park", "zone2_projects_signed", 4, "count", E2, AS5, opt=True),
  fact(JM, "park", "leased_factory_projects", 9, "count", "另有落户租赁荆门高新区厂房项目9个", AS5),
  fact(JM, "park", "leased_factory_area_m2", 33000, "m2", "总租赁面积达3.3万平方米", AS5, opt=True),
  fact(CC, "park", "zone1_area_mu", 466, "mu", E5, AS5, opt=True),
  fact(CC, "park", "zone2_area_mu", 180, "mu", E5, AS5, opt=True),
  fact(CC, "park", "zone3_area_mu", 300, "mu", E5, AS5, qual="余", qtext="多", opt=True),
  fact("长城汽车荆门整车工厂", "project", "designed_annual_capacity_vehicles", 180000, "vehicles", "SUV、皮卡车型设计年产能18万辆", AS5, opt=True),
  fact("长城汽车荆门整车工厂", "project", "floor_area_m2", 360000, "m2", "总建筑面积36万平方米", AS5, opt=True),
 ])

# ---------------------------------------------------------------- sc06 株洲高新区 高科新能源汽车零部件产业园 (株洲日报 2024)
ZZ = "株洲高新区"
GK = "高科新能源汽车零部件产业园"
F0 = "10月12日,高科新能源汽车零部件产业园暨北汽模塑项目开工"
F1 = "产业园位于株洲高新区新马南片区,一期为“专属定制”园区;二期为“微定制”园区,规划6个微定制庭院组团"
F2 = "北汽模塑项目一期工程占地面积40亩,建筑面积14349平方米,项目总投资7000万元;二期工程预留用地面积30亩"
AS6 = "2024年10月12日"
G["sc06"] = dict(
 article=art("高科新能源汽车零部件产业园暨北汽模塑项目开工", "株洲日报（全媒体记者潘东晓），载于 bk.zzlib.net 数字报", "2024-10", "month",
  "City daily's e-paper, Hunan: groundbreaking of a state platform company's custom-built auto-parts park in a high-tech zone (two phases) together with its first tenant's plant — phase-1 site, floor area, investment, phase-2 reserve, paint-line capacity",
  "http://bk.zzlib.net:88/paper/daily/202410/431351.html",
  "日期：URL 202410，文中“10月12日…开工”，见报日不详（当在2024年10月12日之后数日），记 2024-10（month）。标题照录；“上一篇/下一篇”已删；首段行首列表符“•”已删（make_txt.py LINE_PREFIX）。正文三段，完整。园区：株洲高新区（湖南株洲）；高科新能源汽车零部件产业园（位于株洲高新区新马南片区，parent 株洲高新区；一期“专属定制”、二期“微定制”）。公司：北汽模塑（首个入园项目，在园）；株洲高科产业转型升级投资运营公司（园区建设方，文中未放入园区 → park null）。项目：北汽模塑项目（开工；总投资7000万元——句中位于一期工程之后，记为项目总投资，phase 不记）；高科新能源汽车零部件产业园（园区建设项目，开工，park 株洲高新区）。事实：一期占地40亩、建筑面积14349平方米、二期预留30亩、年产30万套（均可选）；二期规划6个庭院组团（可选）。",
  "sc06"),
 parks=[
  park(ZZ, "株洲", "湖南", "高新技术产业开发区", F1),
  park(GK, "株洲", "湖南", "产业园（新能源汽车零部件）", F0, parent=ZZ, note="位于株洲高新区新马南片区；文中又作“产业园”"),
 ],
 companies=[
  comp("北汽模塑", GK, "北汽模塑项目由北汽模塑投资建设,为高科新能源汽车零部件产业园的首个入园项目", note="首个入园项目"),
  comp("株洲高科产业转型升级投资运营公司", None, "高科新能源汽车零部件产业园是株洲高科产业转型升级投资运营公司围绕新能源汽车关键零部件上下游打造的首家“合院式全定制园区”",
       note="园区建设运营方"),
 ],
 projects=[
  proj("北汽模塑项目", GK, F2, companies=["北汽模塑"], inv="项目总投资7000万元", status="开工", status_text="开工",
       note="一期占地40亩；二期预留30亩；年产30万套喷涂线，可扩至50万套"),
  proj(GK, ZZ, F0, companies=["株洲高科产业转型升级投资运营公司"], status="开工", status_text="开工", note="园区建设项目（与北汽模塑项目同日开工）"),
 ],
 aggregate_facts=[
  fact("北汽模塑项目", "project", "phase1_site_area_mu", 40, "mu", F2, AS6, opt=True),
  fact("北汽模塑项目", "project", "phase1_floor_area_m2", 14349, "m2", F2, AS6, opt=True),
  fact("北汽模塑项目", "project", "phase2_reserved_land_mu", 30, "mu", "二期工程预留用地面积30亩", AS6, opt=True),
  fact("北汽模塑项目", "project", "annual_capacity_sets", 300000, "sets", "将形成一条年产30万套产能的大型全自动喷涂生产线", "建成后（预期）", kind="target", opt=True),
  fact(GK, "park", "phase2_courtyard_clusters", 6, "count", F1, AS6, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- sc07 兰州高新区 生物医药 (甘肃日报 2022)
LZ = "兰州高新区"
DL = "兰州高新区定连园区"
GY = "国药集团中国生物(西北)健康科技产业园项目"
G0 = "当日,兰州高新区6个生物医药项目集中开工建设"
G1 = "兰州高新区集中开工的生物医药项目是国药集团中国生物(西北)健康科技产业园血液制品生产基地项目、国药集团中国生物(西北)健康科技产业园医美产业化基地项目、兰州高新区定连园区集中供热项目、甘肃省生物制品批签发中心(药物安全评价中心)项目、“陇粤大湾区·中医药创新发展示范区”孵化育成中心项目(兰州国家生物产业基地基础设施建设三期)、兰州国家生物产业基地创新园三期——1#地块6个生物医药项目"
G2 = "其中,国药集团中国生物(西北)健康科技产业园项目占地约712亩,总投资约55亿元"
G3 = "2022年,兰州高新区全年共谋划固定资产投资项目166个,总投资1700亿元,年度计划投资258亿元"
G4 = "预计一季度末,131个续建项目全部复工,35个新建项目开工建设8个,固定资产投资增速为10%(不含跨境项目)"
AS7 = "2022年2月19日"
G["sc07"] = dict(
 article=art("国药集团区6个生物医药 科技产业园开工建设", "甘肃日报（“来源:甘肃日报”；署名未示），载于 tech.yndtjj.com", "2022-02-24", "day",
  "Provincial daily relayed by a news site, Gansu: six biopharma projects started in a high-tech zone at a quarterly groundbreaking — a state pharma group's health park (site, investment, parts), heating, a batch-release centre, an incubator and a bio-industry base phase; city quarter figures and the zone's year plan and quarter-end expectations",
  "http://tech.yndtjj.com/tech/20220224/243134.html",
  "日期取转载页“时间:2022-02-24 08:41:03 来源:甘肃日报”（开工为2月19日）。标题照录（转载站标题，字句残缺如此）；“> 科技 >”栏目行、时间来源行与“标签:…”行已删。正文四段，完整。园区：兰州高新区（甘肃兰州）；兰州高新区定连园区（会场所在，parent 兰州高新区）；兰州国家生物产业基地（只在项目名中，parent 推定为兰州高新区，可选）。项目：六个生物医药项目均“集中开工”→ 开工，园区记兰州高新区（定连园区集中供热项目记定连园区）；国药集团中国生物(西北)健康科技产业园项目（占地约712亩，总投资约55亿元，分血液制品、医美、P3三部分）另列一条。公司：国药集团中国生物只在项目名中（可选）。机构：甘肃省生物制品批签发中心（可选）。事实：兰州高新区当日开工6个项目；2022年谋划项目166个、总投资1700亿元、年度计划投资258亿元（target）；一季度末预计续建复工131个、新建开工8个、固投增速10%（target）；兰州全市一季度项目总投资1156亿元、97个亿元以上项目开工（region，可选）。",
  "sc07"),
 parks=[
  park(LZ, "兰州", "甘肃", "高新技术产业开发区", G0),
  park(DL, "兰州", "甘肃", "园区（高新区分园）", "2022年一季度全市重大项目集中开工动员大会在兰州高新区定连园区顺利举行", parent=LZ, aliases=["定连园区"], note="会场所在"),
  park("兰州国家生物产业基地", "兰州", "甘肃", "产业基地（生物）", G1, parent=LZ, opt=True, note="只在项目名中；母园区由语境推定"),
 ],
 companies=[
  comp("国药集团中国生物", LZ, G2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("甘肃省生物制品批签发中心", G1, note="又名药物安全评价中心；项目名中"),
 ],
 projects=[
  proj(GY, LZ, G2, companies=["国药集团中国生物"], inv="总投资约55亿元", qual="约", qual_text="约", status="开工", status_text="集中开工建设",
       note="分血液制品生产基地、医美产业化基地、P3级实验室和P3车间三部分；前两部分当日开工"),
  proj("国药集团中国生物(西北)健康科技产业园血液制品生产基地项目", LZ, G1, companies=["国药集团中国生物"], status="开工", status_text="集中开工"),
  proj("国药集团中国生物(西北)健康科技产业园医美产业化基地项目", LZ, G1, companies=["国药集团中国生物"], status="开工", status_text="集中开工"),
  proj("兰州高新区定连园区集中供热项目", DL, G1, status="开工", status_text="集中开工"),
  proj("甘肃省生物制品批签发中心(药物安全评价中心)项目", LZ, G1, status="开工", status_text="集中开工"),
  proj("“陇粤大湾区·中医药创新发展示范区”孵化育成中心项目", LZ, G1, status="开工", status_text="集中开工",
       aliases=["兰州国家生物产业基地基础设施建设三期"], note="括注“兰州国家生物产业基地基础设施建设三期”"),
  proj("兰州国家生物产业基地创新园三期——1#地块", LZ, G1, phase="三期", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "projects_started", 6, "count", G0, AS7),
  fact(LZ, "park", "projects_over_100m_started", 6, "count", "其中,兰州高新区6个亿元以上项目开工建设", "2022年一季度", opt=True),
  fact(LZ, "park", "planned_fixed_asset_projects", 166, "count", G3, "2022年（计划）", kind="target"),
  fact(LZ, "park", "planned_projects_total_investment_cny", 1.7e11, "cny", "总投资1700亿元,年度计划投资258亿元", "2022年（计划）", kind="target", chk=True),
  fact(LZ, "park", "planned_annual_investment_cny", 2.58e10, "cny", "年度计划投资258亿元", "2022年（计划）", kind="target", chk=True),
  fact(LZ, "park", "continuing_projects_resumed", 131, "count", G4, "2022年一季度末（预计）", kind="target", opt=True),
  fact(LZ, "park", "new_projects_started", 8, "count", G4, "2022年一季度末（预计）", kind="target", opt=True, note="35个新建项目中开工8个"),
  fact(LZ, "park", "fixed_asset_investment_growth", 0.10, "ratio", "固定资产投资增速为10%(不含跨境项目)", "2022年一季度末（预计）", kind="target", opt=True),
  fact("兰州", "region", "projects_total_investment_cny", 1.156e11, "cny", "一季度全市项目总投资1156亿元", "2022年一季度", opt=True, chk=True),
  fact("兰州", "region", "projects_over_100m_started", 97, "count", "97个亿元以上项目开工建设", "2022年一季度", opt=True),
  fact(GY, "project", "site_area_mu", 712, "mu", G2, AS7, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- sc08 重庆生物医药产业园 (cqlilan 2018)
CQ = "重庆生物医药产业园"
H0 = "在重庆生物医药产业园主会场,北大医疗、四川新绿色、川安医药产业基地等10个重点生物医药项目集中开工"
H1 = "巴南区重庆生物医药产业园规划面积近30平方公里"
H2 = "目前,园区已累计引进项目近30个,投资总额360多亿元,达产产值420多亿元"
H3 = "今年上半年,重庆生物医药产业园完成工业固投占巴南全区的34.4%,同比增长40%;新增规上企业4家,11家规上企业实现工业产值同比增长44.64%;实现规下主营业务收入同比增长47.7%"
H4 = "“预计到2019年,以参天科瑞、博唯生物、惠森驰恒、南松医药为代表的医药重点项目将陆续投产投用"
AS8 = "2018年8月"
HY = "2018年上半年"
G["sc08"] = dict(
 article=art("（无标题）巴南区2018年招商引资重点项目集中开工，重庆生物医药产业园10个生物医药项目开工", "cqlilan.com（企业网站转载；原发媒体与署名未注明）", "2018-08", "month",
  "Company site relaying a local news item, Chongqing: ten biopharma projects started in a district's biomedical park — the park's area, functional zones, cumulative projects, investment and output at capacity, half-year investment share and growth figures, and named projects due in 2019",
  "http://cqlilan.com/news_show.asp?id=232",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“8月3日,重庆市巴南区举行2018年招商引资重点项目集中开工活动”“今年上半年”，记 2018-08（month）。存段末段“据悉,此次集中开工的北大医疗、四川新绿色、川安医药产业基地等10个”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…相关负责人介绍。”，共六段。园区：重庆生物医药产业园（重庆市巴南区）。项目：北大医疗、四川新绿色、川安医药产业基地（以企业名作项目名，集中开工 → 开工；10个中的3个）；参天科瑞、博唯生物、惠森驰恒、南松医药为“预计到2019年…陆续投产投用”的重点项目（可选，无状态）。公司：以上企业名（在园；北大医疗等只作项目名 → 可选）。事实：开工10个；规划面积近30平方公里（约）；累计引进项目近30个（约）；投资总额360多亿元、达产产值420多亿元（“多亿元”不能按 digits+亿元 读，指标名不带 _cny，qualifier 余）；上半年工业固投占全区34.4%、增长40%、新增规上企业4家、规上产值增长44.64%、规下营收增长47.7%。",
  "sc08"),
 parks=[
  park(CQ, "重庆", "重庆", "产业园（生物医药）", H1, district="巴南区", note="文中又作“园区”"),
 ],
 companies=[
  comp("北大医疗", CQ, H0, opt=True, note="以企业名作项目名"),
  comp("四川新绿色", CQ, H0, opt=True, note="以企业名作项目名"),
  comp("川安医药", CQ, H0, opt=True, note="只在“川安医药产业基地”中"),
  comp("参天科瑞", CQ, H4, note="医药重点项目，预计2019年投产"),
  comp("博唯生物", CQ, H4, note="同上"),
  comp("惠森驰恒", CQ, H4, note="同上"),
  comp("南松医药", CQ, H4, note="同上"),
 ],
 projects=[
  proj("北大医疗", CQ, H0, companies=["北大医疗"], status="开工", status_text="集中开工", note="以企业名作项目名"),
  proj("四川新绿色", CQ, H0, companies=["四川新绿色"], status="开工", status_text="集中开工", note="以企业名作项目名"),
  proj("川安医药产业基地", CQ, H0, companies=["川安医药"], status="开工", status_text="集中开工"),
  proj("参天科瑞", CQ, H4, companies=["参天科瑞"], opt=True, note="重点项目，预计到2019年陆续投产投用；无状态词"),
  proj("博唯生物", CQ, H4, companies=["博唯生物"], opt=True, note="同上"),
  proj("惠森驰恒", CQ, H4, companies=["惠森驰恒"], opt=True, note="同上"),
  proj("南松医药", CQ, H4, companies=["南松医药"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(CQ, "park", "projects_started", 10, "count", H0, "2018年8月3日"),
  fact(CQ, "park", "planned_area_km2", 30, "km2", H1, AS8, qual="约", qtext="近"),
  fact(CQ, "park", "projects_introduced", 30, "count", H2, AS8, kind="cumulative", qual="约", qtext="近"),
  fact(CQ, "park", "investment_total", 3.6e10, "cny", H2, AS8, kind="cumulative", qual="余", qtext="多", note="360多亿元；“多”使 check_gold 无法读数，指标名不带 _cny"),
  fact(CQ, "park", "output_at_full_capacity", 4.2e10, "cny", "达产产值420多亿元", AS8, kind="target", qual="余", qtext="多", note="420多亿元；同上"),
  fact(CQ, "park", "industrial_fai_share_of_district", 0.344, "ratio", H3, HY, kind="ratio"),
  fact(CQ, "park", "industrial_fai_yoy_growth", 0.40, "ratio", H3, HY, kind="ratio"),
  fact(CQ, "park", "new_above_scale_firms", 4, "count", "新增规上企业4家", HY),
  fact(CQ, "park", "above_scale_output_yoy_growth", 0.4464, "ratio", "11家规上企业实现工业产值同比增长44.64%", HY, kind="ratio"),
  fact(CQ, "park", "above_scale_firms", 11, "count", "11家规上企业实现工业产值同比增长44.64%", HY, opt=True),
  fact(CQ, "park", "below_scale_revenue_yoy_growth", 0.477, "ratio", "实现规下主营业务收入同比增长47.7%", HY, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- sc09 和林格尔新区 申通 (人民网 2022)
HL = "和林格尔新区"
ST = "申通快递(内蒙古和林格尔新区)智慧电商物流园项目"
I0 = "9月21日上午,申通快递(内蒙古和林格尔新区)智慧电商物流园项目在和林格尔新区开工建设"
I1 = "据了解,申通快递(内蒙古和林格尔新区)智慧电商物流园项目总用地面积129亩,总投资约3亿元,建筑面积5.64万平方米"
I2 = "目前,落地内蒙古和林格尔新区的京东“亚洲一号”智能物流园已正式投入运营,韵达内蒙古快递电商总部基地项目计划与今年“双十一”投入运营"
AS9 = "2022年9月21日"
G["sc09"] = dict(
 article=art("申通快递(内蒙古和林格尔新区)智慧电商物流园开工建设", "人民网-内蒙古频道（寇雅楠）", "2022-09-21", "day",
  "National paper's regional channel, Inner Mongolia: groundbreaking of an express-delivery firm's e-commerce logistics park in a new area — land, investment, floor area, buildings, expected daily parcels; a rival's logistics park already operating and another's HQ base due to open",
  "http://nm.people.com.cn/n2/2022/0921/c196689-40133936.html",
  "日期取“2022年09月21日21:17 | 来源:人民网-内蒙古频道”。标题照录；频道路径、日期来源行、“小字号”、两条图片说明、“(责编:刘泽、白建平)”与页脚已删。正文四段，完整。园区：和林格尔新区（文中又作“内蒙古和林格尔新区”“新区”；呼和浩特，内蒙古）。项目：申通快递(内蒙古和林格尔新区)智慧电商物流园项目（开工；总投资约3亿元）；京东“亚洲一号”智能物流园（已正式投入运营 → 投产）；韵达内蒙古快递电商总部基地项目（计划“双十一”投入运营；无状态词 → null）。公司：申通快递（文中又作“申通集团”；项目在新区 → park 和林格尔新区）；京东、韵达只在项目名中（可选）。事实：申通项目用地129亩、建筑面积5.64万平方米、预计日均处理快递超100万件（target）。",
  "sc09"),
 parks=[
  park(HL, "呼和浩特", "内蒙古", "新区", I0, aliases=["内蒙古和林格尔新区"], note="文中又作“新区”"),
 ],
 companies=[
  comp("申通快递", HL, I0, aliases=["申通集团"], note="文中又作“申通集团”"),
  comp("京东", HL, I2, opt=True, note="只在项目名中"),
  comp("韵达", HL, I2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(ST, HL, I1, companies=["申通快递"], inv="总投资约3亿元", qual="约", qual_text="约", status="开工", status_text="开工建设",
       aliases=["申通快递(内蒙古和林格尔新区)智慧电商物流园"], note="建设2栋高标准仓库、1栋综合楼及配套用房"),
  proj("京东“亚洲一号”智能物流园", HL, I2, companies=["京东"], status="投产", status_text="已正式投入运营"),
  proj("韵达内蒙古快递电商总部基地项目", HL, I2, companies=["韵达"], note="计划于当年“双十一”投入运营；无状态词"),
 ],
 aggregate_facts=[
  fact(ST, "project", "site_area_mu", 129, "mu", I1, AS9, opt=True),
  fact(ST, "project", "floor_area_m2", 56400, "m2", I1, AS9, opt=True),
  fact(ST, "project", "expected_daily_parcels", 1000000, "parcels", "预计日均处理快递量超100万件", "建成运营后（预期）", kind="target", qual="超", qtext="超"),
 ])
