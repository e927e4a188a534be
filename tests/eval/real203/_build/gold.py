# Ground truth for real203 (utNN), written by hand; exec'd by build_all.py (helpers park / comp / inst / proj / fund / fact / art).
# Conventions as real52 (see SOURCES.md): evidence verbatim; 超/约/多 → 超/约/余 with qualifier_text; yuan in *_cny, US dollars
# in *_usd; “预计 / 可实现 / 建成后” figures are kind target; year-to-date and “累计” figures cumulative; growth and shares ratio.

# ---------------------------------------------------------------- ut01 九原工业园区 (北方新闻网 2021)
JY = "九原工业园区"
A0 = "6月14日下午,“‘永远跟党走’——草原云·百名记者万里行”大型传播活动报道组走进包头市战略性新兴产业重要承载地——九原工业园区"
A1 = "报道组一行首先来到明拓集团铬业科技有限公司,副总经理张国强对公司的创建发展如数家珍"
A2 = "九原工业园区里,自治区最大的万吨级碳纤维生产线项目一期工程正在加紧建设,这是园区引进的另一个战略性新兴重点项目,由威海光威集团和光威能源新材料公司共同投资建设"
A3 = "年初,九原区印发《九原区招商引资工作方案》,成立19个招商工作组,精准招商签约引入重点项目40个,到位资金53亿元"
A4 = "开复工项目102个,开复工率100%,立项规划国土环评四项基本手续办理率100%,完成投资65.3亿元"
AS1 = "2021年1月至6月中旬"
G["ut01"] = dict(
 article=art("【永远跟党走 草原云•百名记者万里行】九原“项”前进", "北方新闻网 northnews.cn（草原云“百名记者万里行”报道组；存段无署名）", "2021-06", "month",
  "Regional news portal, Inner Mongolia: a reporters' tour of a district industrial park — a chrome-alloy firm with its emission cuts and phases, a carbon-fibre line's first phase under construction by two investors, the district's signing, funds-in-place, projects started and investment completed so far this year",
  "http://www.northnews.cn/p/2004115.html",
  "日期：存段无日期行；采访日为“6月14日下午”，“永远跟党走”系列、“碳达峰、碳中和”与“期中考试”推定为2021年6月（精度记月）。标题照录；导航“首页 > > 正文”已删。存段末段“下一步,九原区将…进一步壮大先”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…完成投资65.3亿元。”，共四段。园区：九原工业园区（包头市九原区，内蒙古；“战略性新兴产业重要承载地”）。公司：明拓集团铬业科技有限公司（文中又作“明拓铬业科技有限公司”；报道组在园区内走访，园区由语境）；内蒙古光威碳纤有限公司（碳纤维项目业主，总经理发言；园区九原工业园区）；威海光威集团、光威能源新材料公司为投资方（可选，园区不记）。项目：万吨级碳纤维生产线项目一期工程（在建，无金额）。明拓“项目已建成两期”未具名，不列项目。九原区数字（签约40个、到位资金53亿元、开复工102个、完成投资65.3亿元）主体为九原区（region），年初至采访时（cumulative）。明拓单位能耗等比国标降低的比例列可选事实。",
  "ut01"),
 parks=[
  park(JY, "包头", "内蒙古", "工业园区", A0, district="九原区", note="“包头市战略性新兴产业重要承载地”；文中又作“园区”"),
 ],
 companies=[
  comp("明拓集团铬业科技有限公司", JY, A1, aliases=["明拓铬业科技有限公司"], note="“中国铬行业的领军企业”；园区由语境（报道组在园区内走访）"),
  comp("内蒙古光威碳纤有限公司", JY, "“只用了6个月,就将开工前的10多个手续全部拿下。”内蒙古光威碳纤有限公司总经理孙绍桓感慨地说", note="碳纤维项目所在企业"),
  comp("威海光威集团", None, A2, opt=True, note="投资方（园区外）"),
  comp("光威能源新材料公司", None, A2, opt=True, note="投资方；名称不全"),
 ],
 institutions=[],
 projects=[
  proj("万吨级碳纤维生产线项目", JY, A2, companies=["威海光威集团", "光威能源新材料公司"], phase="一期", status="在建", status_text="一期工程正在加紧建设",
       aliases=["万吨级碳纤维生产线项目一期工程"], note="“自治区最大的”；无金额"),
 ],
 aggregate_facts=[
  fact("九原区", "region", "projects_signed", 40, "count", A3, AS1, kind="cumulative", note="年初以来精准招商签约引入重点项目"),
  fact("九原区", "region", "funds_in_place_cny", 5.3e9, "cny", "精准招商签约引入重点项目40个,到位资金53亿元", AS1, kind="cumulative", chk=True),
  fact("九原区", "region", "projects_started", 102, "count", A4, AS1, kind="cumulative", note="开复工项目"),
  fact("九原区", "region", "investment_completed_cny", 6.53e9, "cny", "完成投资65.3亿元", AS1, kind="cumulative", chk=True),
  fact("九原区", "region", "projects_start_rate", 1.0, "ratio", A4, AS1, kind="ratio", opt=True),
  fact("明拓集团铬业科技有限公司", "company", "unit_energy_use_below_national_standard", 0.18, "ratio",
       "其单位产品能耗、粉尘排放和二氧化硫排放分别比国标降低18%、94%和87%", "2021年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ut02 鄂尔多斯高新区 (xjche365 copy, 2023)
ED = "鄂尔多斯高新技术产业开发区"
B0 = "鄂尔多斯市分会场开工仪式设在鄂尔多斯高新技术产业开发区(以下简称“鄂尔多斯高新区”),总投资180亿元的晶澳光伏全产业链项目同步奠基"
B1 = "去年,高新区共生产电子显示屏8705万片,乘用车98556台,特种车2755辆"
B2 = "其中,源盛光电去年进出口总额超7亿美元,进出口总额位列鄂尔多斯市第一"
B3 = "登临装备制造山体公园,奇瑞汽车、中兴特种车辆、源盛光电等早年入驻的大企业尽收眼底"
G["ut02"] = dict(
 article=art("（无标题）鄂尔多斯高新区：晶澳光伏全产业链项目奠基，入驻企业外贸产量", "xjche365.com（存段未示原刊与署名）", "2023-04-20", "day",
  "Aggregator copy of a feature, Inner Mongolia: a national high-tech zone hosts the city's groundbreaking — a named 18-billion-yuan solar project started, the zone's resident carmakers and display maker, last year's output of displays and vehicles, one firm's trade value, another's cumulative exports to Mongolia",
  "http://www.xjche365.com/cssh/20230420/217516.html",
  "日期取网址 20230420。存段无标题（title 为编者概括）、无日期行；首行图片说明“经过40多年发展,…鄂尔多斯集团高度机械化梳绒车间。 (资料图片)”与中间“(资料图)”已删，末行残字“10”已删；小标题“扩大产业版图”保留。正文截至“…达到12000多台。”，共五段。园区：鄂尔多斯高新技术产业开发区（简称鄂尔多斯高新区；鄂尔多斯市，党工委书记兼东胜区委书记，district 记东胜区）。项目：晶澳光伏全产业链项目（同步奠基→开工；总投资180亿元）。公司：奇瑞汽车、中兴特种车辆（又作“中兴特汽”）、源盛光电——“早年入驻的大企业”，园区鄂尔多斯高新区；北奔重卡、陕汽、一汽为改装车品牌（可选，园区不记）。事实：高新区“去年”（2022年）产量三项；源盛光电2022年进出口总额超7亿美元（usd，超）；中兴特汽累计出口蒙古国特种汽车12000多台（余，cumulative）。“4月初”的全区集中开工未给本区数字。",
  "ut02"),
 parks=[
  park(ED, "鄂尔多斯", "内蒙古", "高新技术产业开发区", B0, district="东胜区", aliases=["鄂尔多斯高新区"], note="文中又作“高新区”；党工委书记兼东胜区委书记"),
 ],
 companies=[
  comp("奇瑞汽车", ED, B3, note="“早年入驻的大企业”"),
  comp("中兴特种车辆", ED, B3, aliases=["中兴特汽"], note="“早年入驻的大企业”；又作“中兴特汽”"),
  comp("源盛光电", ED, B3, note="“早年入驻的大企业”；进出口总额位列全市第一"),
  comp("北奔重卡", None, "在中兴特汽厂区内,北奔重卡、陕汽、一汽等品牌车在这里改装", opt=True, note="改装车品牌"),
  comp("陕汽", None, "在中兴特汽厂区内,北奔重卡、陕汽、一汽等品牌车在这里改装", opt=True, note="改装车品牌"),
  comp("一汽", None, "在中兴特汽厂区内,北奔重卡、陕汽、一汽等品牌车在这里改装", opt=True, note="改装车品牌"),
 ],
 institutions=[
  inst("鄂尔多斯高新区投资促进局", "鄂尔多斯高新区投资促进局局长李鹏介绍", park=ED, note="园区机构"),
 ],
 projects=[
  proj("晶澳光伏全产业链项目", ED, B0, inv="总投资180亿元", status="开工", status_text="同步奠基", note="2023年4月初全市集中开工，本区为鄂尔多斯市分会场"),
 ],
 aggregate_facts=[
  fact(ED, "park", "output_display_screens", 87050000, "pieces", B1, "2022年", note="电子显示屏8705万片"),
  fact(ED, "park", "output_passenger_cars", 98556, "count", B1, "2022年"),
  fact(ED, "park", "output_special_vehicles", 2755, "count", B1, "2022年"),
  fact("源盛光电", "company", "imports_exports_usd", 7e8, "usd", B2, "2022年", qual="超", qtext="超"),
  fact("中兴特种车辆", "company", "cumulative_vehicle_exports_to_mongolia", 12000, "count", "累计出口蒙古国特种汽车达到12000多台", "截至2023年4月",
       kind="cumulative", qual="余", qtext="多", note="又作“中兴特汽”"),
  fact("中兴特种车辆", "company", "border_ports_served", 11, "count", "不仅特种汽车遍布蒙古国11个口岸", "2023年4月", opt=True),
 ])

# ---------------------------------------------------------------- ut03 察哈尔高新技术开发区 × 中车株洲所 (cpem.org.cn 2022)
CH = "察哈尔高新技术开发区"
CRRC = "中车株洲电力机车研究所有限公司"
C0 = "4月22日,察哈尔高新技术开发区与中车株洲电力机车研究所有限公司签订乌兰察布中车新能源装备产业项目入园协议"
C1 = "项目拟用地100亩,预计总投资5亿元,中固定资产2亿元,厂房设计生产能力为年产500台电机和5GW变流器"
C2 = "项目全部建成达产运营后,可实现年销售收入12亿元,实现税收2000万元,可安置就业人员600人"
PJ = "乌兰察布中车新能源装备产业项目"
AS3 = "建成达产后（预计）"
G["ut03"] = dict(
 article=art("（无标题）察哈尔高新技术开发区与中车株洲所签订乌兰察布中车新能源装备产业项目入园协议", "cpem.org.cn（存段未示原刊与署名）", "2022-04", "month",
  "Industry-association website relaying a city item, Inner Mongolia: a high-tech zone signs a park-entry agreement with a rail-equipment institute — the project's content, land, investment, capacity, expected sales, tax and jobs, planned start and completion, officials' remarks",
  "http://www.cpem.org.cn/list100/41980.html",
  "日期：存段无日期行；签约日“4月22日”，文中“项目工程预计2022年5月开工建设”定年为2022（精度记月）。存段无标题（title 为编者概括）。末段“谷小辉表示,…我们绝不辜负乌兰察布市政”在句中中断，整段删去；正文截至“…为企业赋能。”，共四段。园区：察哈尔高新技术开发区（乌兰察布市，内蒙古；区县文中未说，district 不填）。公司：中车株洲电力机车研究所有限公司（又作“中车株洲所”）——签约方、项目业主；园区记察哈尔高新技术开发区（“项目入园”，note 注明总部在外）。项目：乌兰察布中车新能源装备产业项目——签订入园协议→签约；“预计总投资5亿元”（预计不是限定词，qualifier 空）；计划2022年5月开工、12月竣工投产（note）。项目事实：用地100亩、固定资产2亿元（“中固定资产”照录）、建成后年销售收入12亿元、税收2000万元、就业600人（target）。",
  "ut03"),
 parks=[
  park(CH, "乌兰察布", "内蒙古", "高新技术开发区", C0, note="党工委书记、管委会主任王兵"),
 ],
 companies=[
  comp(CRRC, CH, C0, aliases=["中车株洲所"], note="签约方、项目业主（项目入园；总部不在园区）"),
 ],
 institutions=[],
 projects=[
  proj(PJ, CH, C1, companies=[CRRC],
       inv="预计总投资5亿元", status="签约", status_text="签订…入园协议",
       note="2022年4月22日签约（见首句）；预计2022年5月开工、2022年12月竣工投产"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "planned_investment_cny", 5e8, "cny", "预计总投资5亿元", "2022年4月（签约时）", kind="target", chk=True, opt=True, note="与项目投资额同"),
  fact(PJ, "project", "fixed_asset_investment_cny", 2e8, "cny", "中固定资产2亿元", "2022年4月（签约时）", kind="target", chk=True, opt=True),
  fact(PJ, "project", "land_mu", 100, "mu", C1, "2022年4月（签约时）", kind="target", opt=True),
  fact(PJ, "project", "expected_annual_sales_cny", 1.2e9, "cny", "可实现年销售收入12亿元", AS3, kind="target", chk=True),
  fact(PJ, "project", "expected_annual_tax_cny", 2e7, "cny", "实现税收2000万元", AS3, kind="target", chk=True, opt=True),
  fact(PJ, "project", "expected_jobs", 600, "count", C2, AS3, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ut04 呼和浩特航天经济开发区 推介会 (10100.com 2025)
HT = "呼和浩特航天经济开发区"
D0 = "本次活动共有24个重点产业项目成功签约落户航天经济开发区,总投资1000多亿元"
D1 = "航天经济开发区位于呼和浩特市赛罕区黄合少镇,规划总面积62平方公里,按照“一区五园”布局产业,一体建设航天装备产业园、商业航天产业园、战略性新兴产业园、等五个产业园"
AS4 = "2025年1月22日（推介会暨签约仪式）"
G["ut04"] = dict(
 article=art("（无标题）呼和浩特航天经济开发区投资环境推介会暨重点项目签约仪式：24个项目签约，总投资1000多亿元", "10100.com（企业资讯平台；稿件以内蒙古耀煜新能源科技有限公司参会为落脚，存段无署名）", "2025-01", "month",
  "Company-news platform, Inner Mongolia: a firm's report of a newly set-up zone's investment promotion and signing — 24 projects signed with their total, the fields, the district secretary's address, the zone's location, area and five sub-parks, the firm's attendance",
  "https://www.10100.com/article/116411287",
  "日期：存段无日期行；活动日“1月22日”；“60年前,新中国的航天事业走进呼和浩特”（航天六院1965年迁呼）与“设立航天经济开发区”推定为2025年（精度记月）。存段无标题（title 为编者概括）；两行图片说明（“…签约仪式现场”“…李晓燕致辞”）已删；末行“内蒙古耀煜新能源科技有限公”为残行，已删。正文截至“…参加本次呼和浩特航天经济开发区投资环境推介会暨重点项目签约仪式。”，共四段。园区：呼和浩特航天经济开发区（又作“航天经济开发区”；呼和浩特市赛罕区黄合少镇，内蒙古）；五园中点名三园：航天装备产业园、商业航天产业园、战略性新兴产业园（母园区为航天经开区，可选）。24个签约项目未点名，不列项目。公司：内蒙古耀煜新能源科技有限公司——受邀参会企业，未说签约或入园，可选，园区不记。航天六院列可选机构。事实：签约24个、总投资1000多亿元（余）、近90家企业（可选）、规划面积62平方公里（可选）。",
  "ut04"),
 parks=[
  park(HT, "呼和浩特", "内蒙古", "经济开发区", "1月22日,呼和浩特航天经济开发区投资环境推介会暨重点项目签约仪式隆重举行", district="赛罕区",
       aliases=["航天经济开发区"], note="位于赛罕区黄合少镇；“一区五园”"),
  park("航天装备产业园", "呼和浩特", "内蒙古", "产业园", D1, district="赛罕区", parent=HT, opt=True),
  park("商业航天产业园", "呼和浩特", "内蒙古", "产业园", D1, district="赛罕区", parent=HT, opt=True),
  park("战略性新兴产业园", "呼和浩特", "内蒙古", "产业园", D1, district="赛罕区", parent=HT, opt=True),
 ],
 companies=[
  comp("内蒙古耀煜新能源科技有限公司", None, "内蒙古耀煜新能源科技有限公司作为本次受邀企业之一,参加本次呼和浩特航天经济开发区投资环境推介会暨重点项目签约仪式",
       opt=True, note="受邀参会；未说签约或入园"),
 ],
 institutions=[
  inst("航天六院", "铸就了航天六院中国航天固体动力事业的“摇篮”", kind="enterprise", note="中国航天固体动力事业"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HT, "park", "projects_signed", 24, "count", D0, AS4),
  fact(HT, "park", "signed_investment", 1e11, "cny", "总投资1000多亿元", AS4, qual="余", qtext="多",
       note="“1000多亿元”不是数字+亿元，metric 不带 _cny 后缀（check_gold 只解析数字+亿元）；值记1000亿元，限定词余"),
  fact(HT, "park", "firms_attending", 90, "count", "近90家企业代表相聚美丽青城", AS4, qual="约", qtext="近", opt=True),
  fact(HT, "park", "planned_area_km2", 62, "km2", "规划总面积62平方公里", "2025年", opt=True),
 ])

# ---------------------------------------------------------------- ut05 长治高新区 (《中国高新区》 site 2022)
CZ = "长治高新区"
E0 = "山西长治高新区全方位推动高质量发展"
E1 = "以龙芯国产化CPU生态为核心,引入了联想开天、神州数码、卓怡恒通、量子芯云、中关村创客小镇等12个上下游项目集中签约落地"
E2 = "其中,投资10亿多元的龙芯信创产业园区基本建成,卓怡恒通国产计算机建设项目当年开工、当年投产,产出了长治首台完全国产化电脑,实现订单670台,产值1200余万元"
E3 = "在新能源产业发展上,投资20亿元的氢能产业基地项目开工建设"
E4 = "投资20多亿元的深圳创普斯年产28万吨磷酸铁锂正极材料项目正式签约"
E5 = "投资1.5亿元的北京峰智科技新能源汽车智能控制系统及其部件研发制造项目开工建设"
E6 = "投资4000万元的武汉格罗夫中极氢能专用车项目建成投产"
G["ut05"] = dict(
 article=art("山西长治高新区全方位推动高质量发展", "《中国高新区》杂志网站 zggxqzz.cn（“作者:网站采编”）", "2022-01-18", "day",
  "Trade magazine's website, Shanxi: a national high-tech zone's highlights — an award, twelve IT-innovation projects signed with nine started, a built park-in-park and a computer plant in production, hydrogen, battery-material and vehicle-control projects started, signed and in production with amounts",
  "http://zggxqzz.cn/zonghexinwen/2022/0118/2831.html",
  "日期取网址 2022/0118。标题照录；刊物栏目链接六行、“作者:网站采编关键词:”与“摘要:…”（正文首段的重复）已删；两行图片说明“▲中极氢能产业生态基地”“▲龙芯信创产业园”已删；小标题“亮点工作”保留。存段末在“…建成投产,18吨氢能垃圾专”中断，残句“,18吨氢能垃圾专”已删（make_txt.py LINE_SUFFIX），正文止于“…武汉格罗夫中极氢能专用车项目建成投产”（句未完，无句号）。园区：长治高新区（只在标题“山西长治高新区”中；正文无主语，全部项目由标题归本区；长治市，山西）。龙芯信创产业园区既是项目（投资10亿多元、基本建成）又是园中园，园区可选。项目（园区均记长治高新区）：龙芯信创产业园区（“10亿多元”不是数字+亿元，investment_cny 空，同 real25 q04；基本建成→在建，status_alt 竣工）；卓怡恒通国产计算机建设项目（当年开工、当年投产→投产）；氢能产业基地项目（20亿元，开工）；深圳创普斯年产28万吨磷酸铁锂正极材料项目（“20多亿元”同上不解析；签约）；北京峰智科技新能源汽车智能控制系统及其部件研发制造项目（1.5亿元，开工）；武汉格罗夫中极氢能专用车项目（4000万元，投产）。公司：联想开天、神州数码、卓怡恒通、量子芯云（签约落地的信创项目方，园区长治高新区）；中关村创客小镇（平台，可选）；深圳创普斯、北京峰智科技、武汉格罗夫（只在项目名中，可选）。事实：2021年2月28日集中签约12个、已落地开工9个；卓怡恒通订单670台、产值1200余万元。",
  "ut05"),
 parks=[
  park(CZ, "长治", "山西", "高新技术产业开发区", E0, aliases=["山西长治高新区"], note="只在标题中；正文主语省略"),
  park("龙芯信创产业园区", "长治", "山西", "产业园", E2, parent=CZ, opt=True, note="又是项目（投资10亿多元，基本建成）"),
 ],
 companies=[
  comp("联想开天", CZ, E1, note="信创项目签约落地"),
  comp("神州数码", CZ, E1, note="信创项目签约落地"),
  comp("卓怡恒通", CZ, E1, note="国产计算机建设项目当年开工当年投产"),
  comp("量子芯云", CZ, E1, note="信创项目签约落地"),
  comp("中关村创客小镇", CZ, E1, opt=True, note="平台类项目"),
  comp("深圳创普斯", CZ, E4, opt=True, note="只在项目名中"),
  comp("北京峰智科技", CZ, E5, opt=True, note="只在项目名中"),
  comp("武汉格罗夫", CZ, E6, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("国家发改委", "2021年6月,被国家发改委等五部委表彰为“2020年度真抓实干成效明显的产业转型升级示范园区”", note="表彰单位之一"),
 ],
 projects=[
  proj("龙芯信创产业园区", CZ, E2, inv="投资10亿多元", unparsed=True, qual="余", qual_text="多", status="在建", status_text="基本建成", status_alt="竣工",
       note="“10亿多元”不是数字+亿元，investment_cny 空"),
  proj("卓怡恒通国产计算机建设项目", CZ, E2, companies=["卓怡恒通"], status="投产", status_text="当年开工、当年投产", note="2021年"),
  proj("氢能产业基地项目", CZ, E3, inv="投资20亿元", status="开工", status_text="开工建设"),
  proj("深圳创普斯年产28万吨磷酸铁锂正极材料项目", CZ, E4, companies=["深圳创普斯"], inv="投资20多亿元", unparsed=True, qual="余", qual_text="多",
       status="签约", status_text="正式签约", note="“20多亿元”不解析；将打造长治市首条锂电材料生产线"),
  proj("北京峰智科技新能源汽车智能控制系统及其部件研发制造项目", CZ, E5, companies=["北京峰智科技"], inv="投资1.5亿元", status="开工", status_text="开工建设"),
  proj("武汉格罗夫中极氢能专用车项目", CZ, E6, companies=["武汉格罗夫"], inv="投资4000万元", status="投产", status_text="建成投产"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "projects_signed", 12, "count", E1, "2021年2月28日（集中签约）", note="信创上下游项目"),
  fact(CZ, "park", "projects_started", 9, "count", "目前,12个信创项目已落地开工9个", "截至2022年1月", kind="cumulative", note="信创项目中"),
  fact("卓怡恒通", "company", "orders_units", 670, "count", "实现订单670台,产值1200余万元", "2021年", opt=True),
  fact("卓怡恒通", "company", "output", 1.2e7, "cny", "产值1200余万元", "2021年", qual="余", qtext="余", opt=True,
       note="“1200余万元”不是数字+万元，metric 不带 _cny 后缀；值记1200万元，限定词余"),
 ])

# ---------------------------------------------------------------- ut06 太谷经济技术开发区 玛钢 (sydy.org.cn 2025)
TG = "太谷经济技术开发区"
F0 = "玛钢产业是太谷经济技术开发区的特色产业、优势产业,2022年9月,太谷玛钢专业镇入选山西省首批十大省级重点专业镇"
F1 = "一是高端装备铸锻造产业。目前共有企业42家,其中规上工业企业29家,龙头企业主要有山西龙成玛钢有限公司和山西众德天和管业科技有限公司"
F2 = "该产业2024年产值完成41.85亿元,同比增速9.6%,占全区规上工业产值的62.2%"
F3 = "二是新型无机非金属材料产业。目前共有企业23家,其中规上工业企业10家"
AS6 = "2025年（存段未示日期）"
G["ut06"] = dict(
 article=art("（无标题）太谷经开区：高端装备铸锻造与新型无机非金属材料两大主导产业", "sydy.org.cn（存段未示原刊与署名）", "2025", "year",
  "Website report on a county-level economic development zone, Shanxi: its specialty-cast-iron cluster — firm counts, two lead firms, the cluster's 2024 output, growth and share, an upstream and a downstream project landed; a second industry's firm counts",
  "http://sydy.org.cn/show-70771.html",
  "日期：存段无日期行；文中给“2024年产值”，推定2025年（精度记年）。存段无标题（title 为编者概括）。存段末在“…其中规上工业企业10家,龙头企业主要有山西”中断，残句“,龙头企业主要有山西”已删（make_txt.py LINE_SUFFIX），正文止于“…其中规上工业企业10家”（句未完）。园区：太谷经济技术开发区（又作“太谷经开区”；晋中市太谷区，山西）。“太谷玛钢专业镇”是省级专业镇，不列园区。公司：山西龙成玛钢有限公司、山西众德天和管业科技有限公司（龙头企业，园区太谷经开区）。项目：报废汽车拆解项目（上游“主要落地项目”）、山西龙成玛钢有限公司智能全自动化再生砂生产线项目（下游“落地”）——“落地”不定阶段，status 空。事实：两产业的企业数与规上企业数（目前），高端装备铸锻造产业2024年产值41.85亿元、增长9.6%、占“全区”规上工业产值62.2%（“全区”指开发区还是太谷区未明，share 列可选）。主体记园区，产业名写在 metric 与 note 中。",
  "ut06"),
 parks=[
  park(TG, "晋中", "山西", "经济技术开发区", F0, district="太谷区", aliases=["太谷经开区"], note="文中多作“太谷经开区”"),
 ],
 companies=[
  comp("山西龙成玛钢有限公司", TG, F1, note="高端装备铸锻造产业龙头企业"),
  comp("山西众德天和管业科技有限公司", TG, F1, note="高端装备铸锻造产业龙头企业"),
 ],
 institutions=[],
 projects=[
  proj("报废汽车拆解项目", TG, "上游引入玛钢铸造原材料项目。主要落地项目为报废汽车拆解项目", status=None, status_text="主要落地项目",
       note="上游原料项目；“落地”不定阶段"),
  proj("山西龙成玛钢有限公司智能全自动化再生砂生产线项目", TG, "主要落地项目为山西龙成玛钢有限公司智能全自动化再生砂生产线项目",
       companies=["山西龙成玛钢有限公司"], status=None, status_text="下游落地", note="下游固废循环利用项目"),
 ],
 aggregate_facts=[
  fact(TG, "park", "casting_forging_industry_firms", 42, "count", F1, AS6, note="高端装备铸锻造产业企业数"),
  fact(TG, "park", "casting_forging_industry_above_scale_firms", 29, "count", F1, AS6, note="其中规上工业企业"),
  fact(TG, "park", "casting_forging_industry_output_cny", 4.185e9, "cny", F2, "2024年", chk=True, note="高端装备铸锻造产业产值"),
  fact(TG, "park", "casting_forging_industry_output_yoy_growth", 0.096, "ratio", F2, "2024年", kind="ratio"),
  fact(TG, "park", "casting_forging_industry_share_of_above_scale_output", 0.622, "ratio", F2, "2024年", kind="ratio", opt=True,
       note="“全区”所指未明"),
  fact(TG, "park", "inorganic_nonmetal_materials_firms", 23, "count", F3, AS6, note="新型无机非金属材料产业企业数"),
  fact(TG, "park", "inorganic_nonmetal_materials_above_scale_firms", 10, "count", F3, AS6, opt=True),
 ])

# ---------------------------------------------------------------- ut07 长治高新区锂电产业园制造基地 (长治日报 via changzhinews.peaapk 2024)
ZD = "翟店工业园"
H0 = "长治高新区锂电产业园制造基地项目位于长治高新区翟店工业园,规划总占地面积约306.5亩,新建厂房等建筑11万余平方米,建设16条全自动生产线,可实现年产高性能磷酸锰铁锂正极材料10万吨,年销售收入约100亿元"
H1 = "该项目于今年2月开工建设,长治高新区、建设方和施工方高效联动"
H2 = "“项目建设已进入最后冲刺阶段,在抓紧建设进度的同时,我们还将与企业方加强沟通,推动设备、人才等要素聚集,为顺利投产打好基础。”长高智汇翟店工业园建设开发有限公司锂电产业园制造基地项目经理谢振华介绍"
PJ7 = "长治高新区锂电产业园制造基地项目"
AS7 = "2024年9月3日"
G["ut07"] = dict(
 article=art("长治高新区锂电产业园 制造基地项目建设加速推进", "长治日报（编辑：秦天），载于 changzhinews.peaapk.com（页脚“长治新闻网版权所有”）", "2024-09-04", "day",
  "City daily on a city-news host, Shanxi: one battery-material plant in a high-tech zone's industrial park under construction — location, land, floor area, lines, capacity, expected sales, start month, progress and handover, the developer's project manager",
  "http://changzhinews.peaapk.com/changzhi/ztxy/gxq/2024-09-04/96645.html",
  "日期取页面“2024-09-04  来源:长治日报  编辑:秦天”（该行已删）。标题照录（“锂电产业园 制造基地”间空格照录）；页脚版权行与站点列表已删。正文完整，四段。园区：长治高新区（长治市，山西）；翟店工业园（“位于长治高新区翟店工业园”，母园区长治高新区）；“长治高新区锂电产业园”只在项目名中，列可选园区。项目：长治高新区锂电产业园制造基地项目——今年2月开工，厂房等主体已完工、整体进度超80%、预计10月达到交付条件→在建；无投资额。园区记翟店工业园（文中“位于”）。公司：长高智汇翟店工业园建设开发有限公司（项目建设方/园区开发公司，可选，园区长治高新区）。事实（主体为项目）：占地约306.5亩、新建建筑11万余平方米、16条生产线、年产10万吨（设计）、年销售收入约100亿元（target）、进度超80%（ratio）。",
  "ut07"),
 parks=[
  park("长治高新区", "长治", "山西", "高新技术产业开发区", H1, note="文中又作“高新区”"),
  park(ZD, "长治", "山西", "工业园", H0, parent="长治高新区", note="“长治高新区翟店工业园”"),
  park("长治高新区锂电产业园", "长治", "山西", "产业园", H0, parent="长治高新区", opt=True, note="只在项目名与标题中"),
 ],
 companies=[
  comp("长高智汇翟店工业园建设开发有限公司", "长治高新区", H2, opt=True, note="项目建设方 / 园区开发公司；园区由名称与语境推定"),
 ],
 institutions=[],
 projects=[
  proj(PJ7, ZD, H0, companies=[], status="在建", status_text="建设加速推进",
       note="2024年2月开工；主体已全部完工，整体进度超80%，预计10月达到交付条件；无投资额"),
 ],
 aggregate_facts=[
  fact(PJ7, "project", "land_mu", 306.5, "mu", H0, "规划", kind="target", qual="约", qtext="约", opt=True),
  fact(PJ7, "project", "floor_area_m2", 1.1e5, "m2", H0, "规划", kind="target", qual="余", qtext="余", opt=True),
  fact(PJ7, "project", "production_lines", 16, "count", H0, "规划", kind="target", opt=True),
  fact(PJ7, "project", "design_capacity_tonnes", 1e5, "tonnes", H0, "建成后（设计）", kind="target"),
  fact(PJ7, "project", "expected_annual_sales_cny", 1e10, "cny", "年销售收入约100亿元", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(PJ7, "project", "construction_progress", 0.8, "ratio", "项目整体进度超80%", AS7, kind="ratio", qual="超", qtext="超", opt=True),
 ])
