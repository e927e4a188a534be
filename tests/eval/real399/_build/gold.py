# real399 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: 低空经济 / 通用航空产业园 / 无人机产业园 — parks, projects signed or started, firms. Conventions as real52 (itself as
# real28–real49): evidence verbatim (all nine items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept as *_usd facts or, for projects,
# investment_value + investment_currency with investment_cny null. Projects: the park is the one the text places the
# project in, null if none (a county or town is not a park). Status from the text's words (奠基 / 开工建设 → 开工;
# 签约 / 签订合作协议 / 签署合作框架协议 → 签约; 正在建设 → 在建; 备案 / 申报 / 拟开工 / 将投资建设 / 将建成 → planned).
# Year-to-date figures (“今年1-10月”, “累计”) are cumulative; “预计” figures are target. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/mhNN.raw as returned.

# ---------------------------------------------------------------- mh01 砀山县通用航空产业园 奠基 (新华丝路 2017)
DS = "砀山县通用航空产业园"
A0 = "这一项目的开工建设标志着砀山县通用航空产业园进入全面快速建设阶段"
A1 = "5月22日上午,随着安徽省砀山县委书记王广敏的一声宣布,砀山通用机场产业园项目进入了实质性建设阶段"
A2 = "据了解,通用机场项目是安徽省第一家按照2B等级规划的县内通用机场,项目总占地8066亩,总投资额约为102亿元"
A3 = "产业园基础设置建设项目由河北建设集团有限公司和砀山县共同建设、国岳航空通用飞机制造项目由加拿大环球通航科技有限公司投资建设"
A4 = "项目建成后,航空产业园将成为中部地区最大的飞行训练基地、全国通用航空产业集聚示范区"
G["mh01"] = dict(
 article=art("安徽砀山县通用航空产业园举行奠基仪式", "安徽省砀山县委宣传部（戴红），载于新华丝路 silkroad.news.cn（责任编辑 王凡）", "2017-05-23", "day",
  "National news agency's Belt-and-Road portal relaying a county propaganda office item, Anhui: groundbreaking of a county general-aviation industrial park — the airport-park project's area and total investment, the park infrastructure project and an aircraft-making project with their builders / investors, the park's planned sections",
  "http://silkroad.news.cn/2017/0523/33535.shtml",
  "日期取页面“来源:安徽省砀山县委宣传部 责任编辑:王凡 2017-05-23 11:45:05”；奠基在5月22日。标题照录；站名、来源行、图片说明“523砀山丝路图”与页尾“相关推荐”已删；署名“(戴红)”在正文末，保留。正文三段，完整。园区：砀山县通用航空产业园（宿州市砀山县，安徽；文中又作“航空产业园”，项目名中作“砀山通用机场产业园”）。项目：砀山通用机场产业园项目（奠基、“开工建设”→开工；“通用机场项目…总占地8066亩,总投资额约为102亿元”记为该项目投资，qualifier 约；别名“通用机场项目”）；产业园基础设置建设项目（“设置”照录原文；河北建设集团有限公司与砀山县共同建设）与国岳航空通用飞机制造项目（加拿大环球通航科技有限公司投资建设）为其组成部分，文中未给单独状态与金额。公司：加拿大环球通航科技有限公司（在园区投资建设飞机制造项目）；河北建设集团有限公司（基础设施共建方，园区记 null，与 real52 zv05 开发方同例）；“国岳航空”只在项目名中（可选）。",
  "mh01"),
 parks=[
  park(DS, "宿州", "安徽", "通用航空产业园", A0, district="砀山县", aliases=["航空产业园", "砀山通用机场产业园"],
       note="标题作“安徽砀山县通用航空产业园”；项目名中作“砀山通用机场产业园”"),
 ],
 companies=[
  comp("加拿大环球通航科技有限公司", DS, A3, note="投资建设国岳航空通用飞机制造项目"),
  comp("河北建设集团有限公司", None, A3, note="与砀山县共同建设产业园基础设施项目"),
  comp("国岳航空", DS, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("砀山通用机场产业园项目", DS, A2, inv="总投资额约为102亿元", qual="约", qual_text="约为", status="开工", status_text="奠基仪式；开工建设",
       aliases=["通用机场项目"], note="2017年5月22日奠基；总占地8066亩；分两期建设，7大板块"),
  proj("产业园基础设置建设项目", DS, A3, companies=["河北建设集团有限公司"], note="“设置”照录；与砀山县共同建设；无单独状态与金额"),
  proj("国岳航空通用飞机制造项目", DS, A3, companies=["加拿大环球通航科技有限公司"], note="无单独状态与金额"),
 ],
 aggregate_facts=[
  fact("砀山通用机场产业园项目", "project", "site_area_mu", 8066, "mu", A2, "2017年5月", opt=True),
  fact(DS, "park", "planned_sections", 7, "count", "包含运营区、生产制造区、物流区、会展博览区、航空小镇、商住及生活服务区、梨园文化区等7大板块", "2017年5月（规划）", opt=True),
 ])

# ---------------------------------------------------------------- mh02 丹阳 航空航天产业园 (AOPA网 2012)
DY = "航空航天产业园"
B0 = "丹阳市将与中国联航通用集团共建“航空航天产业园”"
B1 = "11月28日,丹阳市政府与中国联航通用集团签订了共建“航空航天产业园”战略合作框架协议"
B2 = "目前丹阳正在进行航空航天产业园10平方公里的规划"
B3 = "将在丹阳投资建设“飞机拆解产业基地”和“通用航空FBO营运基地”项目"
G["mh02"] = dict(
 article=art("丹阳市与联航通用共建“航空航天产业园”", "丹阳市科技局，载于 AOPA网（2017.aopa.org.cn，责任编辑 任芷含）", "2012-12-03", "day",
  "Aviation-association website relaying a city science bureau item, Jiangsu: a county-level city signs a framework agreement with a general-aviation group to co-build an aerospace industrial park — the park's planned area and two projects the group will invest in",
  "http://2017.aopa.org.cn/a/8426.html",
  "日期取页面“2012-12-03 11:05 来源:丹阳市科技局”；签约在11月28日。标题照录；站名、日期来源行、“分享到”、责任编辑与评论行已删。正文两段，完整。园区：航空航天产业园（文中带引号“航空航天产业园”；丹阳市，镇江市代管，江苏；正在做10平方公里规划）。公司：中国联航通用集团（共建方、投资方；文中未说其项目在园区内，只说“在丹阳投资建设”，园区记 null）；“中航集团”只在介绍内容中出现（可选）。项目：飞机拆解产业基地、通用航空FBO营运基地（“将在丹阳投资建设”→planned；园区文中未说，记 null；无金额）。共建园区本身的战略合作框架协议无项目名，不另列项目。事实：园区规划面积10平方公里（规划中）。机构：丹阳市政府（签约方，可选）。",
  "mh02"),
 parks=[
  park(DY, "镇江", "江苏", "航空航天产业园", B0, district="丹阳市", note="文中带引号；正在规划，面积10平方公里"),
 ],
 companies=[
  comp("中国联航通用集团", None, B1, note="共建航空航天产业园；将在丹阳投资建设两个项目；园区未明说"),
  comp("中航集团", None, "中国联航通用集团总裁闫兴朋介绍了中航集团、园区共建、投资项目等相关情况", opt=True, note="只在介绍内容中出现"),
 ],
 institutions=[
  inst("丹阳市政府", B1, note="签约方"),
 ],
 projects=[
  proj("飞机拆解产业基地", None, B3, companies=["中国联航通用集团"], status="planned", status_text="将在丹阳投资建设",
       note="废旧飞机拆解，航空材料、零部件配送交易；园区文中未说"),
  proj("通用航空FBO营运基地", None, B3, companies=["中国联航通用集团"], status="planned", status_text="将在丹阳投资建设",
       note="通用飞机展示销售、商务经营服务、培训；园区文中未说"),
 ],
 aggregate_facts=[
  fact(DY, "park", "planned_area_km2", 10, "km2", B2, "2012年11月（规划中）"),
 ])

# ---------------------------------------------------------------- mh03 前进园区 航空零部件产业园 (钱江晚报 2013)
QJ = "前进工业园区"
HK = "航空零部件产业园"
C0 = "近日,北京航空航天大学通用航空产业研究中心主任高远洋一行实地考察江东市本级区块(前进工业园区)航空零部件产业园"
C1 = "目前园区已与长安福特合作建设三平方公里的汽车零部件产业园,与上海交大合作建设一平方公里的创新产业园,并引进了西子航空飞机零部件项目"
C2 = "最后,双方围绕“引进企业,培育产业”的原则,就共建航空零部件产业园一事达成了合作意向"
AS3 = "2013年11月"
G["mh03"] = dict(
 article=art("前进园区将打造航空零部件产业园", "钱江晚报（本报记者 朱燕），“今日下沙·开发区”q0002版", "2013-11-15", "day",
  "Provincial evening paper's development-zone page, Zhejiang: a university general-aviation research centre visits an industrial park that plans an aviation-parts sub-park — the park's auto-parts and innovation sub-parks with partners and areas, an aviation-parts project already brought in, a cooperation intention",
  "http://qjwb.thehour.cn/html/2013-11/15/content_2414016.htm?div=-1",
  "日期取电子报页尾“2013-11-15 … 2013年11月15日 星期五”。标题照录；报名、版名与页尾索引行已删；署名“本报记者 朱燕”在末段行尾，与前文间的空格照录。正文四段，完整。园区：前进工业园区（文中多作“前进园区”；“江东市本级区块(前进工业园区)”照录；杭州，浙江；由“开发区管委会”管理，开发区名文中未写，母园区不填）；航空零部件产业园（规划中，在前进工业园区内，parent 记前进工业园区）；汽车零部件产业园（与长安福特合建，三平方公里）与创新产业园（与上海交大合建，一平方公里）为园区内专业园，可选。项目：西子航空飞机零部件项目（“引进了”，无状态类别、无金额）。公司：长安福特（合建汽车零部件产业园，可选）、西子航空（只在项目名中，可选）。机构：北京航空航天大学通用航空产业研究中心（研究机构，合作方）、上海交大（高校，可选）、开发区管委会（可选）。“达成了合作意向”不是签约，不作项目状态。",
  "mh03"),
 parks=[
  park(QJ, "杭州", "浙江", "工业园区", C0, aliases=["前进园区"], note="文中多作“前进园区”；由开发区管委会管理（开发区名未写）"),
  park(HK, "杭州", "浙江", "产业园（航空零部件）", C0, parent=QJ, note="规划中；双方达成共建合作意向"),
  park("汽车零部件产业园", "杭州", "浙江", "产业园（汽车零部件）", C1, parent=QJ, opt=True, note="与长安福特合建，三平方公里"),
  park("创新产业园", "杭州", "浙江", "产业园", C1, parent=QJ, opt=True, note="与上海交大合建，一平方公里"),
 ],
 companies=[
  comp("长安福特", QJ, C1, opt=True, note="与园区合建汽车零部件产业园"),
  comp("西子航空", QJ, C1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("北京航空航天大学通用航空产业研究中心", C0, kind="research", note="考察并与园区达成共建航空零部件产业园的合作意向"),
  inst("上海交大", C1, kind="university", note="与园区合建创新产业园"),
  inst("开发区管委会", "开发区管委会副主任、前进园区指挥部总指挥詹国平参与了交流洽谈", note="开发区名文中未写"),
 ],
 projects=[
  proj("西子航空飞机零部件项目", QJ, C1, companies=["西子航空"], status_text="引进了", note="无状态类别、无金额"),
 ],
 aggregate_facts=[
  fact("汽车零部件产业园", "park", "area_km2", 3, "km2", C1, AS3, opt=True, note="“三平方公里”（汉字数字）"),
  fact("创新产业园", "park", "area_km2", 1, "km2", C1, AS3, opt=True, note="“一平方公里”（汉字数字）"),
 ])

# ---------------------------------------------------------------- mh04 西华县航空无人机产业园 签约 (周口日报 2016)
XH = "西华县航空无人机产业园"
D0 = "珠海星宇、珠海银通、珠海世飞联、深圳常锋、广东飞翔达与中国无人机第一县——西华县人民政府举行签约仪式,正式落户西华县航空无人机产业园"
D1 = "在加快周口西华通用机场和全国第一家县级临空经济实验区建设的同时"
D2 = "林鸿嘉表示,目前,西华正在积极努力,将航空无人机产业园拓展升级为河南省无人机农业灾害救援中心、河南省周口临空经济试验区无人机研发生产基地、河南西华无人机产业园5S营销中心"
G["mh04"] = dict(
 article=art("（无标题）五家无人机企业在天空之翼·2016国际无人机博览会签约落户西华县航空无人机产业园", "周口日报（本报讯，记者 张猛），zhld.com 周口日报电子版", "2016-11-11", "day",
  "City daily, Henan: at a drone expo five drone firms sign with a county government and settle in the county's aviation drone park — the county's general airport under construction, the park's planned upgrades",
  "http://www.zhld.com/zkrb/html/2016-11/11/content_6647632.htm",
  "日期取网址 zkrb/html/2016-11/11；签约在11月5日下午。存段无标题行（title 为编者概括）。存段末段“天空之翼·2016国际无人机博览会组委会负责人丁维表示,此次签约将有利于无人机生产企业的地域合作与交流,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…河南西华无人机产业园5S营销中心。”，共五段。园区：西华县航空无人机产业园（周口市西华县，河南；文中又作“航空无人机产业园”）；“西华县航空无人机产业服务园”只出现在负责人头衔中，列可选园区（与产业园的关系未说）。“县经开区”只在人物头衔中，不列。公司：珠海星宇、珠海银通、珠海世飞联、深圳常锋、广东飞翔达五家（签约、正式落户该产业园；文中只有简称，照录）。未写项目名与金额，不另立项目。项目：周口西华通用机场（“正在建设中的通用机场”→在建；园区 null）。机构：西华县人民政府（签约方）。“河南省无人机农业灾害救援中心”等三项为园区拓展升级设想，不列。",
  "mh04"),
 parks=[
  park(XH, "周口", "河南", "无人机产业园", D0, district="西华县", aliases=["航空无人机产业园"], note="文中又作“航空无人机产业园”“无人机产业园”"),
  park("西华县航空无人机产业服务园", "周口", "河南", "产业服务园", "在当天签约仪式上,西华县航空无人机产业服务园负责人刘立波表示", district="西华县", opt=True,
       note="只在负责人头衔中；与产业园的关系未说"),
 ],
 companies=[
  comp("珠海星宇", XH, D0, note="签约，正式落户"),
  comp("珠海银通", XH, D0, note="签约，正式落户"),
  comp("珠海世飞联", XH, D0, note="签约，正式落户"),
  comp("深圳常锋", XH, D0, note="签约，正式落户"),
  comp("广东飞翔达", XH, D0, note="签约，正式落户"),
 ],
 institutions=[
  inst("西华县人民政府", D0, note="签约方"),
 ],
 projects=[
  proj("周口西华通用机场", None, D1, status="在建", status_text="加快…建设；正在建设中的通用机场", note="县内通用机场；园区未说"),
 ],
 aggregate_facts=[
  fact(XH, "park", "firms_signed", 5, "count", D0, "2016年11月5日（签约）", opt=True, note="五家企业逐一点名，文中无数字"),
 ])

# ---------------------------------------------------------------- mh05 低空投资项目超40亿申报备案 (蓝鲸财经 2024)
HS = "厚山现代产业园"
JDZ = "景德镇高新区"
E0 = "7月24日,蓝鲸财经发现,仅7月23日一天,广东、江西、湖北等多省区的投资项目在线审批监管平台上,有多个低空经济产业园、基地项目等进行申报或备案,投资金额超过40亿元"
E1 = "具体来看,广东省投资项目在线审批监管平台显示,东莞厚街厚山现代产业园的空天经济产业制造示范基地项目,于7月23日备案申报并复核通过,项目当前已通过并完成"
E2 = "该空天经济产业制造示范基地项目总投资约12.22亿元,专为航空航天、低空经济产业上下游企业提供发展空间"
E3 = "江西景德镇高新区低空经济产业实训基地项目目前已备案,预计今年11月开工,2026年11月竣工,项目总投资21.94亿元"
E4 = "项目总投资8亿元,建成后,预计年产低空数字产业智造通信产品3000套"
E5 = "武汉信息港低空数字产业园也在7月23日申报,项目规划总用地面积41114.26平方米"
G["mh05"] = dict(
 article=art("低空投资项目超40亿申报备案", "蓝鲸财经（“蓝鲸财经发现”），载于 33x1.com（“农用农具”栏转载；署名未示）", "2024-07-24", "day",
  "Financial news site's round-up relayed on an aggregator: low-altitude-economy parks and bases filed on provincial investment-approval platforms in one day — a Guangdong park's aerospace manufacturing base, a Jiangxi high-tech zone's training base and a Wuhan low-altitude digital industrial park, each with total investment and schedule",
  "https://33x1.com/brand/qcjx/nynj/572381.html",
  "页面无日期行；日期取文中“7月24日,蓝鲸财经发现”，年份据“自去年12月‘低空经济’被确立为国家战略性新兴产业,并于今年全国两会首次写入政府工作报告”推定为2024年（推定）。标题照录；栏目路径、页首导语（与首段重复的摘要行）与两处重复标题的图片替代文字“低空投资项目超40亿申报备案”已删；存段末行“从”为下一段残文，已删；正文截至“…竞争日趋激烈。”，共七段。园区：厚山现代产业园（文中作“东莞厚街厚山现代产业园”，东莞市厚街镇，广东）；景德镇高新区（江西）。项目：空天经济产业制造示范基地项目（厚山现代产业园；总投资约12.22亿元；备案申报并复核通过→planned；东莞市工业和信息化局负责建设）；景德镇高新区低空经济产业实训基地项目（已备案，预计2024年11月开工→planned；21.94亿元）；武汉信息港低空数字产业园（申报，拟于10月开工→planned；8亿元；文中作项目，“武汉信息港”是否为园区未说，park null）。事实：多省区一天申报备案投资额超40亿元（region，可选）；空天基地预计年产值不低于25亿元、年创税不低于1.2亿元（target；“不低于”→超）；武汉项目用地41114.26平方米（可选）。",
  "mh05"),
 parks=[
  park(HS, "东莞", "广东", "产业园", E1, district="厚街镇", aliases=["东莞厚街厚山现代产业园"], note="文中作“东莞厚街厚山现代产业园”"),
  park(JDZ, "景德镇", "江西", "高新区", E3, note="文中作“江西景德镇高新区”"),
 ],
 companies=[],
 institutions=[
  inst("东莞市工业和信息化局", "该项目由东莞市工业和信息化局负责建设", note="空天经济产业制造示范基地项目的建设单位"),
 ],
 projects=[
  proj("空天经济产业制造示范基地项目", HS, E2, inv="总投资约12.22亿元", qual="约", qual_text="约", status="planned", status_text="备案申报并复核通过",
       note="2024年7月23日备案；东莞市工业和信息化局负责建设"),
  proj("景德镇高新区低空经济产业实训基地项目", JDZ, E3, inv="项目总投资21.94亿元", status="planned", status_text="已备案,预计今年11月开工",
       aliases=["低空经济产业实训基地项目"], note="预计2024年11月开工、2026年11月竣工；二期含国际交流中心、低空飞行体验馆"),
  proj("武汉信息港低空数字产业园", None, E4, inv="项目总投资8亿元", status="planned", status_text="申报；拟于今年10月开工",
       note="2024年7月23日申报；园区未说"),
 ],
 aggregate_facts=[
  fact("广东、江西、湖北等多省区", "region", "filed_investment_cny", 4e9, "cny", "有多个低空经济产业园、基地项目等进行申报或备案,投资金额超过40亿元", "2024年7月23日（一天）",
       qual="超", qtext="超过", opt=True, chk=True),
  fact("空天经济产业制造示范基地项目", "project", "expected_annual_output_cny", 2.5e9, "cny", "预计年产值不低于25亿元,年创税不低于1.2亿元", "投产后（预期）",
       kind="target", qual="超", qtext="不低于", chk=True),
  fact("空天经济产业制造示范基地项目", "project", "expected_annual_tax_cny", 1.2e8, "cny", "年创税不低于1.2亿元", "投产后（预期）",
       kind="target", qual="超", qtext="不低于", opt=True, chk=True),
  fact("武汉信息港低空数字产业园", "project", "site_area_m2", 41114.26, "m2", E5, "2024年7月（申报）", opt=True),
 ])

# ---------------------------------------------------------------- mh06 重庆巴南 集中签约 (集号吧 copy 2025)
SWC = "重庆国际生物城"
F0 = "昨日,重庆市巴南区举办2025年第  一次招商项目集中签约活动,成功签约34个项目,总投资达192亿元"
F1 = "本次签约活动中,中天寰宇低空产业飞行总部基地项目正式落户重庆国际生物城,计划投资10亿元,分期建设"
AS6 = "2025年2月（集中签约）"
G["mh06"] = dict(
 article=art("重庆巴南低空经济乘势启航", "载于 jihaoba.com（集号吧“谈飞行”栏；页注“本文系网络编辑发表”，原发媒体与署名未示）", "2025-02-14", "day",
  "Aggregator copy of a news item, Chongqing: a district's first signing event of the year — 34 projects and their total, one named low-altitude-economy headquarters project settled in a bio-city park with its planned investment, the municipality's low-altitude policy target",
  "https://m.jihaoba.com/news/show/30240",
  "日期取页面“2025-02-14”（文中“昨日”为签约日）。同一文字另见于一繁体转换站（C114讯,2月13日,兰茜），未用。标题照录；站点菜单、日期行、图片替代文字“低空经济”、阅读数“(421)”与版权声明、广告行已删。正文五段，完整。“第  一次”与“中   心”中的空格为页面所有，照录。园区：重庆国际生物城（重庆市巴南区）。项目：中天寰宇低空产业飞行总部基地项目（签约活动中“正式落户”→签约；计划投资10亿元；一期拟用地约90亩）。公司：中天寰宇只在项目名中（可选）。事实：巴南区本次签约34个项目、总投资192亿元；20亿级项目3个、10亿级项目8个（可选）；重庆市到2027年新建通航起降点1500个以上（target，可选）。机构：巴南区招商投资局（可选）。巴南区为区（region），不是园区。",
  "mh06"),
 parks=[
  park(SWC, "重庆", "重庆", "产业园（生物城）", F1, district="巴南区"),
 ],
 companies=[
  comp("中天寰宇", SWC, F1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("巴南区招商投资局", "巴南区招商投资局相关负责人表示,本次签约项目紧扣“1246”现代制造业集群体系"),
 ],
 projects=[
  proj("中天寰宇低空产业飞行总部基地项目", SWC, F1, companies=["中天寰宇"], inv="计划投资10亿元", status="签约", status_text="集中签约活动中正式落户",
       note="分期建设；一期拟用地约90亩，建设低空智能制造基地和低空运营保障中心"),
 ],
 aggregate_facts=[
  fact("巴南区", "region", "projects_signed", 34, "count", F0, AS6),
  fact("巴南区", "region", "signed_investment_cny", 1.92e10, "cny", "成功签约34个项目,总投资达192亿元", AS6, chk=True),
  fact("巴南区", "region", "signed_projects_over_2bn", 3, "count", "签约项目中,有20亿级项目3个、10亿级项目8个", AS6, opt=True),
  fact("巴南区", "region", "signed_projects_over_1bn", 8, "count", "签约项目中,有20亿级项目3个、10亿级项目8个", AS6, opt=True),
  fact("中天寰宇低空产业飞行总部基地项目", "project", "phase1_site_area_mu", 90, "mu", "项目一期拟用地约90亩", AS6, qual="约", qtext="约", opt=True),
  fact("重庆市", "region", "planned_vertiports", 1500, "count", "明确提出到2027年新建通航起降点1500个以上", "2027年（目标）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- mh07 武汉开发区通用航空及卫星产业园 (车都微资讯 via aviation.cn 2018)
WH = "武汉开发区"
TH = "武汉开发区通用航空及卫星产业园"
AS7 = "2018年1–10月"
G["mh07"] = dict(
 article=art("胡亚波专题研究通航产业发展 加快打造中部通航枢纽", "车都微资讯（作者栏“中国通航”），载于 aviation.cn（蓝天飞行翻译公司网站“航空新闻”栏）", "2018-11-23", "day",
  "Translation firm's aviation-news page relaying a development zone's WeChat news, Hubei: a zone party secretary's meeting on the general-aviation industry — the zone's general-aviation and satellite industrial park's January–October output, investment, FDI, new firms and signed contracts against targets",
  "http://www.aviation.cn/2018/1123/42150.html",
  "日期取页面“时间:2018-11-23 14:13 来源:车都微资讯 作者:中国通航”；会议在11月20日。标题照录；站名、路径、日期来源行、图片说明“武汉开发区通用航空及卫星产业园”与页尾链接行已删。正文三段，完整。园区：武汉开发区通用航空及卫星产业园（文中又作“通航产业园”；武汉，湖北；parent 武汉开发区）；武汉开发区（武汉经济技术开发区；文中又作“开发区”“全区”）。汉南通航机场为已有机场，不作项目。事实（均为通航产业园2018年1–10月）：规上工业产值14.83亿元（cumulative）、超年度目标9.08%（ratio）、预计全年15.5亿元（target）、招商引资实际到位资金116.7亿元、实际利用外资19407万美元、新增规上企业3家、高新技术产业产值1.39亿元、招商引资协议签约额276亿元、城建类投资5000万元（可选）。",
  "mh07"),
 parks=[
  park(TH, "武汉", "湖北", "产业园（通用航空及卫星）", "今年1-10月,武汉开发区通用航空及卫星产业园规上工业产值累计完成14.83亿元", parent=WH,
       aliases=["通航产业园"], note="文中又作“通航产业园”"),
  park(WH, "武汉", "湖北", "经济技术开发区", "11月20日,市委常委、武汉开发区工委书记胡亚波专题研究全区通航产业发展时强调", note="文中又作“开发区”“全区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(TH, "park", "above_scale_industrial_output_cny", 1.483e9, "cny", "武汉开发区通用航空及卫星产业园规上工业产值累计完成14.83亿元", AS7, kind="cumulative", chk=True),
  fact(TH, "park", "industrial_output_over_annual_target", 0.0908, "ratio", "规上工业产值累计完成14.83亿元,超年度目标9.08%", AS7, kind="ratio", opt=True),
  fact(TH, "park", "above_scale_industrial_output_cny", 1.55e9, "cny", "预计全年完成15.5亿元", "2018年全年（预计）", kind="target", chk=True),
  fact(TH, "park", "investment_arrived_cny", 1.167e10, "cny", "招商引资实际到位资金116.7亿元", AS7, kind="cumulative", chk=True),
  fact(TH, "park", "actual_fdi_usd", 1.9407e8, "usd", "实际利用外资累计完成19407万美元", AS7, kind="cumulative"),
  fact(TH, "park", "new_above_scale_firms", 3, "count", "新增工业规上企业3家", AS7, kind="cumulative"),
  fact(TH, "park", "high_tech_output_cny", 1.39e8, "cny", "高新技术产业产值累计完成1.39亿元", AS7, kind="cumulative", chk=True),
  fact(TH, "park", "signed_investment_cny", 2.76e10, "cny", "招商引资协议签约额完成276亿元", AS7, kind="cumulative", chk=True),
  fact(TH, "park", "urban_construction_investment_cny", 5e7, "cny", "城建类投资累计完成5000万元", AS7, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- mh08 莱西 运12飞机改装基地 (青岛日报 via 大众网 2019)
DB = "店埠镇通用航空产业园"
H0 = "莱西市政府日前与哈尔滨通用飞机工业有限公司、青岛空中快线通用航空有限公司、山东太古飞机工程有限公司签订合作协议"
H1 = "根据协议,莱西市与哈尔滨通用飞机工业有限公司、山东太古飞机工程有限公司三方合作建设运12飞机改装基地"
H2 = "青岛空中快线通用航空有限公司将通过批量采购、批量改装、批量销售、批量培训的方式,在莱西市设立运12模拟机研发基地"
H3 = "该公司首批采购30架运12飞机,按照用户需求,在店埠镇通用航空产业园内进行改装"
H4 = "下一步,莱西市店埠镇将建成青岛市首个通航机场——莱西市杏花机场"
G["mh08"] = dict(
 article=art("莱西将建飞机改装基地 还将建成青岛首个通用机场", "青岛日报，载于大众网 tour.dzwww.com（初审编辑 陈新，责任编辑 刘国郁）", "2019-03-21", "day",
  "City daily on a provincial portal, Shandong: a county-level city signs with three aviation firms — a Y-12 aircraft modification base, a simulator R&D base, 30 aircraft to be modified in a town's general-aviation park, the town's planned general airport",
  "http://tour.dzwww.com/lvnews/201903/t20190321_18525892.htm",
  "日期取页面“2019-03-21 12:37:00 来源: 青岛日报”（文中“日前”签约）。标题照录；日期来源行、编辑行与“相关新闻/推荐阅读”已删。正文三段，完整。园区：店埠镇通用航空产业园（青岛市莱西市店埠镇，山东）。“国家级通航产业示范区”为打造目标，不列园区。公司：青岛空中快线通用航空有限公司（在该产业园内改装所购飞机，园区记店埠镇通用航空产业园）；哈尔滨通用飞机工业有限公司、山东太古飞机工程有限公司（合作建设改装基地；所在园区文中未说，记 null）。项目：运12飞机改装基地（三方“合作建设”，合作协议已签→签约；改装“在店埠镇通用航空产业园内进行”，园区由语境推定，note 注明）；运12模拟机研发基地（“在莱西市设立”→签约，园区 null）；莱西市杏花机场（“将建成”→planned，在店埠镇，园区 null）。事实：空中快线首批采购30架运12（可选）。",
  "mh08"),
 parks=[
  park(DB, "青岛", "山东", "通用航空产业园", H3, district="莱西市", note="在店埠镇"),
 ],
 companies=[
  comp("青岛空中快线通用航空有限公司", DB, H3, note="首批采购30架运12飞机，在产业园内改装；设立运12模拟机研发基地"),
  comp("哈尔滨通用飞机工业有限公司", None, H1, note="合作建设运12飞机改装基地"),
  comp("山东太古飞机工程有限公司", None, H1, note="合作建设运12飞机改装基地"),
 ],
 institutions=[
  inst("莱西市政府", H0, note="签约方"),
 ],
 projects=[
  proj("运12飞机改装基地", DB, H1, companies=["哈尔滨通用飞机工业有限公司", "山东太古飞机工程有限公司"], status="签约", status_text="签订合作协议；合作建设",
       note="园区由语境推定（改装在店埠镇通用航空产业园内进行）"),
  proj("运12模拟机研发基地", None, H2, companies=["青岛空中快线通用航空有限公司"], status="签约", status_text="签订合作协议；在莱西市设立",
       note="园区文中未说"),
  proj("莱西市杏花机场", None, H4, status="planned", status_text="将建成", aliases=["杏花机场"], note="青岛市首个通航机场；在店埠镇"),
 ],
 aggregate_facts=[
  fact("青岛空中快线通用航空有限公司", "company", "aircraft_purchased", 30, "count", H3, "2019年3月（协议）", opt=True, note="首批采购30架运12飞机"),
 ])

# ---------------------------------------------------------------- mh09 中国国际通航集团 澄迈 三大产业基地 (海南日报 via 新浪 2011)
ZT = "中国国际通用航空产业集团有限公司"
I0 = "11月18日晚上,中国国际通用航空产业集团有限公司与澄迈县正式签署合作框架协议,中国国际通用航空产业集团有限公司将在澄迈县投资约10亿美元建设三大产业基地,包括国际通用航空制造产业基地、国际通用航空服务产业基地和游艇制造服务产业基地"
I1 = "据了解,项目分二期3年实施,总投资10亿美元,计划一期形成年产100架份轻型多用途直升机的生产能力"
AS9 = "2011年11月18日（签约）"
G["mh09"] = dict(
 article=art("中国国际通航集团将在海南建三大产业基地", "海南日报（记者 李冰 通讯员 李唐旭），载于新浪网 sky.news.sina.com.cn", "2011-11-21", "day",
  "Provincial daily on a national portal, Hainan: a general-aviation group signs a framework agreement with a county to build three industrial bases — total investment in US dollars, phases and planned helicopter capacity",
  "http://sky.news.sina.com.cn/2011-11-21/10047667.html",
  "日期取页面“2011年11月21日 10:04 海南日报”；签约在11月18日晚。标题照录；导航、日期来源行、编辑行与页尾已删；署名在末段行尾，保留。正文四段，完整。文中无园区名；三大产业基地（国际通用航空制造产业基地、国际通用航空服务产业基地、游艇制造服务产业基地）作项目，“正式签署合作框架协议”→签约，园区 null（澄迈县为县）；三基地合计“约10亿美元”（又作“总投资10亿美元”），不分摊，记为公司的计划投资（usd 事实）。公司：中国国际通用航空产业集团有限公司（标题作“中国国际通航集团”）。事实：一期年产100架份轻型多用途直升机（可选）。",
  "mh09"),
 parks=[],
 companies=[
  comp(ZT, None, I0, aliases=["中国国际通航集团"], note="标题作“中国国际通航集团”"),
 ],
 projects=[
  proj("国际通用航空制造产业基地", None, I0, companies=[ZT], status="签约", status_text="正式签署合作框架协议", note="三大产业基地之一；合计约10亿美元，不分摊"),
  proj("国际通用航空服务产业基地", None, I0, companies=[ZT], status="签约", status_text="正式签署合作框架协议", note="同上"),
  proj("游艇制造服务产业基地", None, I0, companies=[ZT], status="签约", status_text="正式签署合作框架协议", note="同上"),
 ],
 aggregate_facts=[
  fact(ZT, "company", "planned_investment_usd", 1e9, "usd", "中国国际通用航空产业集团有限公司将在澄迈县投资约10亿美元建设三大产业基地", AS9,
       qual="约", qtext="约", note="三大产业基地合计；下文又作“总投资10亿美元”"),
  fact(ZT, "company", "planned_helicopter_capacity_phase1", 100, "count", I1, "一期（计划）", kind="target", opt=True, note="年产100架份轻型多用途直升机"),
 ])
