# real127 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount written without 元 (“123亿政府引导基金”,
# “30亿以上”) is not put in a *_cny metric (check_gold reads only 亿元/万元) — its value is set by hand and noted. Growth
# rates and shares as ratios. Projects: the park the text places the project in, null if none (a county is not a park).
# Status from the text's words (集中投产 → 投产; 当年签约、当年投产 → 投产). “可实现 / 预计 / 建成后” figures are kind target;
# “截至目前 / 累计 / 已建成” are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ysNN.raw as
# returned.

# ---------------------------------------------------------------- ys01 石家庄高新区 feature (新浪河北 2022)
SJ = "石家庄高新区"
A0 = "石家庄高新区目前实际管辖面积78平方公里,常住人口超过30万人,由西区科技创业园区和东区产业园区构成"
A1 = "聚集了1800多家知名药企,累计拥有9380项专利,在研新药超过400多个"
A2 = "目前全区生物医药总收入854亿元,营业收入占全省的60%以上"
A3 = "生物医药独角兽企业一家,就是我们区前年从海南引入的轩竹医药"
A4 = "还成立了123亿政府引导基金和4000万风险补偿资金池"
A5 = "截至目前,知识产权质押贷款总金额已经达到4.6亿元"
A6 = "7家科技支行、3家科技保险专营机构"
AS1 = "2022年6月（报道时）"
G["ys01"] = dict(
 article=art("项目建设年 投资河北正当时 | 石家庄高新技术产业开发区:科技新城 创领未来", "新浪河北（hebei.sina.com.cn；原作者未署名，存段以“原标题”起）", "2022-06-21", "day",
  "Regional news portal feature (presenter's voice, “我们区”), Hebei: a national high-tech zone's profile — area, population, sub-zones, biopharma cluster figures, a unicorn firm, science-finance platforms with a government guidance fund and a risk-compensation pool, IP-pledge loans",
  "http://hebei.sina.com.cn/news/2022-06-21/detail-imizmscu7984535.shtml",
  "日期取网址 2022-06-21。存段无页面标题行，首行为“原标题:项目建设年 投资河北正当时 | 石家庄高新技术产业开发区:科技新城 创领未来”（title 取原标题；该行已删，正文不含标题行）。末段“为进一步促进生物医药…石家庄高新区高端谋划了石家庄国际生物医药园和石家”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文四段。园区：石家庄高新区（石家庄高新技术产业开发区，国家级；全称只在已删的原标题中，不作别名）；西区科技创业园区、东区产业园区为其组成部分（可选园区）。公司：轩竹医药（“我们区前年从海南引入”）。基金：“123亿政府引导基金”（原文无“元”字，size_cny 按 123亿元 手填）；“4000万风险补偿资金池”为可选（资金池，非投资基金）。事实：面积、人口、药企数、专利、在研新药、生物医药总收入854亿元、占全省比重、知识产权质押贷款累计4.6亿元。排名（第一、第7）与百强5家等列为可选。",
  "ys01", title_note="原标题（存段首行），页面标题未存"),
 parks=[
  park(SJ, "石家庄", "河北", "高新区", A0, note="国家级高新区；文中又作“高新区”“全区”“我们区”"),
  park("西区科技创业园区", "石家庄", "河北", "园区", A0, parent=SJ, opt=True),
  park("东区产业园区", "石家庄", "河北", "园区", A0, parent=SJ, opt=True),
 ],
 companies=[
  comp("轩竹医药", SJ, A3, note="生物医药独角兽企业，前年从海南引入"),
 ],
 funds=[
  fund("政府引导基金", SJ, A4, size_type="规模", note="原文“123亿政府引导基金”无“元”字；size_cny 手填 123亿元；名称为泛称"),
  fund("风险补偿资金池", SJ, A4, size_type="规模", opt=True, note="“4000万风险补偿资金池”（无“元”字，size_cny 手填 4000万元）；资金池而非投资基金，可选"),
 ],
 aggregate_facts=[
  fact(SJ, "park", "area_km2", 78, "km2", A0, AS1),
  fact(SJ, "park", "population", 300000, "persons", A0, AS1, qual="超", qtext="超过", opt=True),
  fact(SJ, "park", "biopharma_firms", 1800, "count", A1, AS1, qual="余", qtext="多"),
  fact(SJ, "park", "patents", 9380, "count", A1, AS1, kind="cumulative", opt=True),
  fact(SJ, "park", "new_drugs_in_research", 400, "count", A1, AS1, qual="超", qtext="超过", opt=True, note="原文“超过400多个”"),
  fact(SJ, "park", "biopharma_revenue_cny", 8.54e10, "cny", A2, AS1, chk=True),
  fact(SJ, "park", "biopharma_revenue_share_of_province", 0.60, "ratio", A2, AS1, kind="ratio", qual="超", qtext="以上"),
  fact(SJ, "park", "top100_pharma_firms", 5, "count", "聚集了全国医药工业百强5家", AS1, opt=True),
  fact(SJ, "park", "national_biopharma_park_rank", 7, "rank", "在全国生物医药园区50强中排名第7", AS1, opt=True),
  fact(SJ, "park", "tech_bank_branches", 7, "count", A6, AS1, opt=True),
  fact(SJ, "park", "ip_pledge_loans_cny", 4.6e8, "cny", A5, AS1, kind="cumulative", chk=True),
 ])
G["ys01"]["funds"][0]["size_cny"] = 1.23e10
G["ys01"]["funds"][1]["size_cny"] = 4e7

# ---------------------------------------------------------------- ys02 石家庄高新区 TV report (冀时客户端 via 张家口新闻网 2022)
G["ys02"] = dict(
 article=art("撸起袖子加油干 自己填写成绩单 | 石家庄高新区:打造千亿级生物医药产业集群 以优质项目推动高质量发展",
  "河北广播电视台冀时客户端，载于 zjknews.com（张家口新闻网）", "2022-10-09", "day",
  "Provincial TV app report relayed by a city news site, Hebei: a high-tech zone's project-admission review with sound bites (investor, expert) — ten biopharma projects approved, a firm's expected sales, a targeted list of 270 firms, fund-backed investment promotion",
  "http://www.zjknews.com/news/jishixinwen/202210/380333.html",
  "日期取页面“2022-10-09 11:26:03 来源:河北广播电视台冀时客户端”。标题照录；导航行、位置行与时间来源行已删。末尾“石家庄高新区投资服务局局长 彭华伟:”及其引语“这样政府…通过基金”在句中中断，两行删去（ITEMS 截至上一段）。电视稿体：说话人标签（“评审现场:”“…董事长 孙兰波:”等）各成一段，照录。园区：石家庄高新区；石家庄市国际生物医药园（在建，母园区石家庄高新区，依语境）。公司：河北四友叔碳新材料有限公司（董事长称“会来这里建一个营销中心”，园区记为石家庄高新区，依语境）。无具名项目（“投资估计预计一个亿”的项目未点名，金额为汉字，不计）。事实：第五次入区评审会10个生物医药类项目通过评审；270家企业清单（可选）；四友叔碳预计年销售额“30亿以上”（无“元”字，记为可选，不用 *_cny 指标）。基金：“生物医药投资基金”（为意向企业募集，无规模，可选）。",
  "ys02"),
 parks=[
  park(SJ, "石家庄", "河北", "高新区", "在石家庄高新区管委会,今年第五次项目入区评审会正在进行", note="文中又作“高新区”"),
  park("石家庄市国际生物医药园", "石家庄", "河北", "产业园", "高标准建设石家庄市国际生物医药园,打造千亿级生物医药产业集群", parent=SJ,
       note="母园区由语境推定"),
 ],
 companies=[
  comp("河北四友叔碳新材料有限公司", SJ, "河北四友叔碳新材料有限公司董事长 孙兰波:", note="“我们也会来这里建一个营销中心”；园区由语境推定"),
 ],
 institutions=[
  inst("石家庄高新区管委会", "在石家庄高新区管委会,今年第五次项目入区评审会正在进行", park=SJ),
 ],
 funds=[
  fund("生物医药投资基金", SJ, "同时与基金企业深入合作,为意向企业募集生物医药投资基金", opt=True, note="无规模；泛称"),
 ],
 aggregate_facts=[
  fact(SJ, "park", "projects_approved", 10, "count", "最终10个生物医药类项目全部通过评审", "2022年（第五次项目入区评审会）", note="生物医药类项目通过入区评审"),
  fact(SJ, "park", "target_firm_list", 270, "count", "梳理出京津冀、长三角、珠三角等区域的270家生物医药企业清单", "2022年", opt=True),
  fact("河北四友叔碳新材料有限公司", "company", "expected_annual_sales", 3e9, "cny", "预计年销售额能达到30亿以上吧", "（预计）", kind="target",
       qual="超", qtext="以上", opt=True, note="原文“30亿以上”无“元”字"),
 ])

# ---------------------------------------------------------------- ys03 襄汾经济技术开发区 五大项目投产 (西西新闻 / 山西新闻网 2024)
XF = "襄汾经济技术开发区"
C1 = "此次集中投产的五大项目是:山西运达风电设备有限公司智能风机装备制造襄汾基地项目、临汾双旭科技有限公司户外空地协同机器人项目、临汾市紫辰星新能源有限公司储能设备制造项目、山西芯科联智控技术有限公司年产100万套芯片驱动LED模组项目、西美创新(山西)食品有限公司固体饮料加工项目,总投资66.2亿元"
C2 = "总投资66.2亿元,可实现年产值123亿元,年纳税5.9亿元,直接安排就业1140余人"
C3 = "已建成标准化厂房22.75万平方米,储备标准地1000亩"
AS3 = "2024年8月（集中投产）"
def xp(name, co, aliases=()):
    return proj(name, XF, C1, companies=[co], status="投产", status_text="集中投产", aliases=aliases,
                note="五大项目之一；无单项金额（合计66.2亿元为事实）")
G["ys03"] = dict(
 article=art("总投资达66.2亿元,山西襄汾工业转型重点项目集中投产", "山西新闻网（“来源:山西新闻网”），载于 xixinews.com（西西新闻）", "2024-08-17", "day",
  "News site relaying the provincial news portal, Shanxi: a county's five industrial projects put into production together in its economic-technological development zone — named projects and firms, combined investment, expected output, tax and jobs, county's transformation and zone's standard factories",
  "https://xixinews.com/guona/2024/0817/47731.html",
  "日期取页面“西西新闻 @2024-08-17”（文中作“近日”）。标题照录；“西西新闻 @…”“字号”与文末“来源:山西新闻网”“编辑:程浩”已删。正文四段，完整。园区：襄汾经济技术开发区（临汾市襄汾县，山西）。项目：五大项目均“集中投产”（投产），园区为襄汾经济技术开发区（投产仪式在该区举行，项目位置由语境推定）；无单项金额。运达风电项目、芯科联LED模组项目在后文以简称出现，列为别名。公司：五家项目企业，园区同上。事实：五项目总投资66.2亿元（reported）；“可实现”年产值123亿元、年纳税5.9亿元（target）；就业1140余人；标准化厂房22.75万平方米、储备标准地1000亩（“已建成”，cumulative；主语为襄汾县“聚焦打造开发区建设”，记在园区名下并注明）；新质生产力项目占比35%（县，可选）。关停的星原、宏源等钢铁焦化企业不列。",
  "ys03"),
 parks=[
  park(XF, "临汾", "山西", "经济技术开发区", "近日,襄汾县工业转型五大重点项目集中投产仪式在襄汾经济技术开发区举行", district="襄汾县"),
 ],
 companies=[
  comp("山西运达风电设备有限公司", XF, C1, aliases=["运达风电"]),
  comp("临汾双旭科技有限公司", XF, C1),
  comp("临汾市紫辰星新能源有限公司", XF, C1),
  comp("山西芯科联智控技术有限公司", XF, C1, aliases=["芯科联"]),
  comp("西美创新(山西)食品有限公司", XF, C1),
 ],
 projects=[
  xp("智能风机装备制造襄汾基地项目", "山西运达风电设备有限公司", aliases=["运达风电项目"]),
  xp("户外空地协同机器人项目", "临汾双旭科技有限公司"),
  xp("储能设备制造项目", "临汾市紫辰星新能源有限公司"),
  xp("年产100万套芯片驱动LED模组项目", "山西芯科联智控技术有限公司", aliases=["芯科联LED模组项目"]),
  xp("固体饮料加工项目", "西美创新(山西)食品有限公司"),
 ],
 aggregate_facts=[
  fact(XF, "park", "projects_in_production", 5, "count", C1, AS3),
  fact(XF, "park", "projects_in_production_investment_cny", 6.62e9, "cny", "总投资66.2亿元,可实现年产值123亿元", AS3, chk=True),
  fact(XF, "park", "expected_annual_output_cny", 1.23e10, "cny", "可实现年产值123亿元", AS3 + "（达产后，预计）", kind="target", chk=True),
  fact(XF, "park", "expected_annual_tax_cny", 5.9e8, "cny", "年纳税5.9亿元", AS3 + "（达产后，预计）", kind="target", chk=True, opt=True),
  fact(XF, "park", "jobs", 1140, "persons", C2, AS3, qual="余", qtext="余", opt=True),
  fact(XF, "park", "standard_factory_area_m2", 227500, "m2", C3, "2024年8月", kind="cumulative", opt=True, note="主语为襄汾县（开发区建设）"),
  fact("襄汾县", "region", "new_quality_projects_share", 0.35, "ratio", "新质生产力项目数量占工业项目的比重由2023年10月的10%上升为35%", "2024年8月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ys04 山西转型综改示范区 five years (科学导报 kxdb.com 2022)
ZG = "山西转型综改示范区"
D0 = "山西转型综改示范区(以下简称“综改区”)是省委、省政府落实习近平总书记和党中央赋予山西建设“国家资源型经济转型综合配套改革试验区”这一重大历史使命"
D1 = "拥有22个国家级产业基地(园区)、产业集群及试点,46项改革创新经验在全省复制推广"
D2 = "达胜丰智能终端制造产业园占地319亩,2021年当年签约、当年投产"
G["ys04"] = dict(
 article=art("（无标题）山西转型综改示范区成立五年：经济总量翻一番，22个国家级产业基地", "kxdb.com（科学导报网站，据站名推定；存段无署名）", "2022", "year",
  "Feature on a provincial comprehensive-reform demonstration zone's first five years, Shanxi: status and mission, doubling of output, national-level bases and reform experiences, a smart-terminal industrial park signed and in production in one year",
  "http://www.kxdb.com/kxdb/show.php?itemid=5892",
  "存段无标题、无日期行（title 为编者概括）。年份由文中推定：综改区“自2017年2月成立以来”“五年来”，并称“特别是今年以来…省委书记林武”（林武2021年10月任山西省委书记），故为2022年；精确日期不详。正文完整存到第一个小标题后的段落（“做为山西中部城市群发展的“南引擎”…探索有效途径。”），原文后续未存。小标题“围绕国家战略 / 谋划重大项目”分两行，各成一段，照录；图片说明“达胜丰智能终端制造产业园…”成一段。园区：山西转型综改示范区（别名“综改区”“山西综改示范区”；太原、晋中之间，省级；city 记太原，注明）；达胜丰智能终端制造产业园（园中园，母园区由语境推定）。项目：达胜丰智能终端制造产业园 2021年签约并投产（可选，以园区名作项目）。事实：22个国家级产业基地(园区)、产业集群及试点；46项改革经验（可选）；达胜丰占地319亩（可选）。“经济总量实现翻一番”无数值，不计。",
  "ys04"),
 parks=[
  park(ZG, "太原", "山西", "综改示范区", D0, aliases=["综改区", "山西综改示范区"], note="跨太原、晋中；2017年2月成立"),
  park("达胜丰智能终端制造产业园", "太原", "山西", "产业园", D2, parent=ZG, note="图片说明；母园区由语境推定"),
 ],
 projects=[
  proj("达胜丰智能终端制造产业园", ZG, D2, status="投产", status_text="当年签约、当年投产", opt=True, note="2021年签约并投产；以园区名作项目"),
 ],
 aggregate_facts=[
  fact(ZG, "park", "national_bases_and_pilots", 22, "count", D1, "2022年（成立五年）"),
  fact(ZG, "park", "reform_experiences_replicated", 46, "count", D1, "2022年（成立五年）", kind="cumulative", opt=True),
  fact("达胜丰智能终端制造产业园", "park", "area_mu", 319, "mu", D2, "2022年", opt=True),
 ])

# ---------------------------------------------------------------- ys05 张北县 一季度集中开工、签约 (澎湃号 2023)
ZB = "经济开发区"
E0 = "3月26日,我县在经济开发区爱特云翔数据中心地块,隆重举行2023年第一季度重点产业项目集中开工、集中签约活动"
E1 = "12个项目集中签约,投资总额217.15亿元,项目建成后年产值可达98.8亿元"
E2 = "21个项目集中开工,总投资125.42亿元,年计划投资37.66亿元"
AS5 = "2023年3月26日（一季度集中开工、签约）"
G["ys05"] = dict(
 article=art("张北县举行2023年第一季度重点产业项目集中开工、集中签约活动", "张北县（县级政务号，载于澎湃新闻 m.thepaper.cn；文中自称“我县”）", "2023-03-26", "day",
  "County government account on a national news app, Hebei: a county's first-quarter groundbreaking and signing ceremony held in its economic development zone — counts and totals of signed and started projects, expected output, two firms speaking for signed and started projects",
  "https://m.thepaper.cn/newsDetail_forward_22457979",
  "日期取页面“2023-03-26 17:30”；“河北”地区行已删。标题照录。末行“当天上午,我县还在艾郎风电产业园隆重举行了张北”在句中中断，删去（ITEMS 截至上一段），正文截至“活动现场,还举行了项目签约仪式。”。园区：文中只作“经济开发区”（张北县的经济开发区，即张北经济开发区；name 照录“经济开发区”，注明全称未出现）。项目：爱特云翔数据中心（活动所在“地块”，在经济开发区；文中未说其开工或签约，status 留空）。公司：山东爱特云翔信息技术有限公司（代表签约项目致辞；与数据中心同名，园区依语境记经济开发区）；张北恒丰新能源有限公司（代表开工项目，园区不明，null）。事实：全县签约12个、217.15亿元、建成后年产值98.8亿元（target）；开工21个、125.42亿元、年计划投资37.66亿元（target，可选），主语张北县（region）。",
  "ys05"),
 parks=[
  park(ZB, "张家口", "河北", "经济开发区", E0, district="张北县", note="张北县的经济开发区（张北经济开发区），文中只作“经济开发区”"),
 ],
 companies=[
  comp("山东爱特云翔信息技术有限公司", ZB, "山东爱特云翔信息技术有限公司负责人和张北恒丰新能源有限公司负责人分别代表签约项目和开工项目致辞",
       note="代表签约项目；园区依“经济开发区爱特云翔数据中心地块”推定"),
  comp("张北恒丰新能源有限公司", None, "山东爱特云翔信息技术有限公司负责人和张北恒丰新能源有限公司负责人分别代表签约项目和开工项目致辞",
       note="代表开工项目；位置不明"),
 ],
 projects=[
  proj("爱特云翔数据中心", ZB, E0, companies=["山东爱特云翔信息技术有限公司"], note="活动所在地块；文中未说明阶段；企业关联由名称推定"),
 ],
 aggregate_facts=[
  fact("张北县", "region", "projects_signed", 12, "count", E1, AS5),
  fact("张北县", "region", "signed_investment_cny", 2.1715e10, "cny", E1, AS5, chk=True),
  fact("张北县", "region", "signed_projects_expected_annual_output_cny", 9.88e9, "cny", "项目建成后年产值可达98.8亿元", AS5 + "（建成后，预计）", kind="target", chk=True),
  fact("张北县", "region", "projects_started", 21, "count", E2, AS5),
  fact("张北县", "region", "projects_started_investment_cny", 1.2542e10, "cny", E2, AS5, chk=True),
  fact("张北县", "region", "projects_started_annual_planned_investment_cny", 3.766e9, "cny", "年计划投资37.66亿元", "2023年（年度计划）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ys06 运城 一季度项目拉练 (运城日报 2022)
YC = "运城经济技术开发区"
FL = "风陵渡开发区"
L = {
 "yh": "盐湖区:运城市经纬燃气有限公司智慧调度平台项目",
 "yq": "垣曲县:山西翌佳环保科技有限公司废弃铜渣综合利用项目",
 "pl": "平陆县:山西晋纲新型耐火材料股份有限公司年产10万吨精密研磨材料建设项目",
 "hj": "河津市:山西阳光焦化集团股份有限公司年产140万吨焦炉干熄焦改造项目",
 "rc": "芮城县:风陵渡开发区德瑞宝化工科技有限公司年产800吨新型医药中间体项目",
 "wx": "闻喜县:山西龙鼎沅重工装备有限公司清洁智能煤焦装备制造项目",
 "yj": "永济市:新康机械公司高铁零部件生产线建设项目",
 "xx": "夏县:山西恒达建设工程有限公司年产80万吨可再生环保型沥青混凝土建设项目",
 "ly": "临猗县:山西运城三科农商城一期项目",
 "xj": "新绛县:天地和金属制品有限公司年产62万吨精品镀锌板带钢管项目",
 "js": "稷山县:山西梅山湖科技有限公司新建年产30kta锂电池石墨负极材料项目",
 "kf": "运城经济技术开发区:山西天亦美新材料有限公司生物可降解材料生产项目",
 "wr": "万荣县:山西虎邦新型建材公司年产3万吨干混砂浆生产线建设项目",
 "jx": "绛县:山西博翔汇良新材料有限公司年产3万吨碳基新材料(特种石墨)建设项目",
}
F1 = "5月6日,全市2022年一季度项目拉练检查活动举行,“集中检阅”了13个县(市、区)和运城经济技术开发区的42个项目"
# (key, project name, company, park)
P6 = [
 ("yh", "运城市经纬燃气有限公司智慧调度平台项目", "运城市经纬燃气有限公司", None),
 ("yq", "山西翌佳环保科技有限公司废弃铜渣综合利用项目", "山西翌佳环保科技有限公司", None),
 ("pl", "山西晋纲新型耐火材料股份有限公司年产10万吨精密研磨材料建设项目", "山西晋纲新型耐火材料股份有限公司", None),
 ("hj", "山西阳光焦化集团股份有限公司年产140万吨焦炉干熄焦改造项目", "山西阳光焦化集团股份有限公司", None),
 ("rc", "德瑞宝化工科技有限公司年产800吨新型医药中间体项目", "德瑞宝化工科技有限公司", FL),
 ("wx", "山西龙鼎沅重工装备有限公司清洁智能煤焦装备制造项目", "山西龙鼎沅重工装备有限公司", None),
 ("yj", "新康机械公司高铁零部件生产线建设项目", "新康机械公司", None),
 ("xx", "山西恒达建设工程有限公司年产80万吨可再生环保型沥青混凝土建设项目", "山西恒达建设工程有限公司", None),
 ("ly", "山西运城三科农商城一期项目", None, None),
 ("xj", "天地和金属制品有限公司年产62万吨精品镀锌板带钢管项目", "天地和金属制品有限公司", None),
 ("js", "山西梅山湖科技有限公司新建年产30kta锂电池石墨负极材料项目", "山西梅山湖科技有限公司", None),
 ("kf", "山西天亦美新材料有限公司生物可降解材料生产项目", "山西天亦美新材料有限公司", YC),
 ("wr", "山西虎邦新型建材公司年产3万吨干混砂浆生产线建设项目", "山西虎邦新型建材公司", None),
 ("jx", "山西博翔汇良新材料有限公司年产3万吨碳基新材料(特种石墨)建设项目", "山西博翔汇良新材料有限公司", None),
]
G["ys06"] = dict(
 article=art("（无标题）运城市2022年一季度项目拉练检查：13个县(市、区)和运城经济技术开发区的42个项目", "运城日报（sxycrb.com；存段无署名）", "2022-05-08", "day",
  "City daily, Shanxi: a city's quarterly project inspection tour (拉练) — a list of one project per county and per zone (14 named projects with their firms, two in development zones), the count of projects inspected",
  "http://www.sxycrb.com/2022-05/08/content_251723.html",
  "日期取网址 2022-05/08（活动在5月6日）。存段无标题、无日期行（title 为编者概括），以项目名单起（每行“县:项目”，各成一段，照录）。存段在“在观摩过程中…”段的第二句（列举虎邦、阳光焦化、东方资源、中华裴氏家风家教馆等）中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…给观摩人员留下了深刻印象。”。园区：运城经济技术开发区（运城市，山西）；风陵渡开发区（芮城县；只在项目行中，全称风陵渡经济开发区未出现）。项目：名单14项，项目名照录（去掉“县:”前缀；芮城一行去掉前置园区名）；园区只给两项（风陵渡开发区、运城经济技术开发区），其余为县区项目，park 为 null；名单未说明阶段，status 留空；无金额。公司：各项目企业只在项目名中，均列为可选（园区同其项目）。事实：全市一季度拉练检阅13个县(市、区)和运城经开区的42个项目（主语运城市）。",
  "ys06"),
 parks=[
  park(YC, "运城", "山西", "经济技术开发区", F1),
  park(FL, "运城", "山西", "开发区", L["rc"], district="芮城县", note="只在项目行中；全称风陵渡经济开发区未出现"),
 ],
 companies=[comp(c, pk, L[k], opt=True, note="只在项目名中") for k, n, c, pk in P6 if c],
 projects=[proj(n, pk, L[k], companies=[c] if c else [], note="一季度拉练名单项目；阶段未说明" + ("；县区项目，未点园区" if pk is None else "")) for k, n, c, pk in P6],
 aggregate_facts=[
  fact("运城市", "region", "projects_inspected", 42, "count", F1, "2022年5月6日（一季度项目拉练）"),
  fact("运城市", "region", "counties_inspected", 13, "count", F1, "2022年5月6日（一季度项目拉练）", opt=True, note="13个县(市、区)，另有运城经济技术开发区"),
 ])
