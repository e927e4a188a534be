# real452 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/超/以上/突破 → 超, 余/多 → 余, 约/左右 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it). Projects: the park the text places the project in, null if only a county,
# district or city is named. Status from the text's words (集中开工 / 正式动工 / 正式开工 → 开工; 签约 → 签约; 已投产达效 → 投产).
# Expected figures (预计 / 达产后 / 建成后) are kind target. Sources are `search` (corpus pages) excerpts in _raw/pages/kiNN.raw.

# ---------------------------------------------------------------- ki01 五峰 9个重大项目集中开工 (三峡日报 2023)
WF = "五峰民族工业园"
A0 = "1月31日,五峰2023年一季度重大项目集中开工活动在五峰民族工业园举行,以国药中联五峰中药全产业链项目为代表的9个重大项目正式拉开建设序幕,总投资达57.7亿元"
A1 = "据悉,此次集中开工项目涵盖先进制造业项目5个,分别为国药中联五峰中药全产业链项目、中节能风电项目、杰成魔芋宠物用品加工项目、红旗中益中压电缆技术改造项目、天池机械茶叶机械智能装备中心建设项目,总投资48.9亿元"
A2 = "涵盖现代服务业项目1个,为长乐坪天问研学康养地产开发项目,总投资3.5亿元"
A3 = "涵盖现代农业项目1个,为傅家堰乡倍猪融合产业园项目,总投资1.1亿元"
A4 = "涵盖基础设施建设项目2个,分别为渔洋关美丽乡村示范片项目、长乐坪古茶道乡村振兴项目,总投资4.2亿元"
A5 = "其中,五峰中药全产业链项目二期项目总投资14亿元,预计实现产值16亿元"
A6 = "2019年,国药中联在五峰民族工业园建设中药材全产业链一期项目,经过三年多的发展,该项目已投产达效,运营良好,2021年产值突破5000万元,2022年产值超过8000万元"
AS1 = "2023年1月31日（集中开工）"
G["ki01"] = dict(
 article=art("总投资57.7亿元 9个重大项目集中开工", "三峡日报（页面“来源:三峡日报 编辑:肖雯瑶 审核:肖雨琴”），载于 cn3x.com.cn", "2023-02-02", "day",
  "City daily on a local portal, Hubei (宜昌 五峰): a county's first-quarter groundbreaking held in its ethnic industrial park — nine named projects by sector with sums, a pharma group's phase-2 project with investment and expected output, its phase 1 in the park in production with output figures",
  "http://www.cn3x.com.cn/content/show?catid=324894&newsid=895821",
  "日期取页面“2023-02-02 18:52 来源:三峡日报”。标题照录；日期来源行与图片说明“开工活动现场。三峡日报通讯员 李莫 摄”已删。存段末段“国药中联董事兼总经理蒋焘对…为五峰实现乡村振兴、中医药产业高质量发展贡献央企”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…2022年产值超过8000万元。”，共四段。园区：五峰民族工业园（宜昌市五峰土家族自治县，湖北）。开工活动在园区举行，但九个项目中风电、乡村振兴等显然不在园区；只有国药中联一期明说在园区，二期（14亿元）园区推定为五峰民族工业园（note 注明），其余项目 park null。项目名照录；渔洋关、长乐坪两个基础设施项目列可选。事实：五峰（县，region）集中开工9个、总投资57.7亿元；分类个数与金额（先进制造业5个48.9亿元为必选，其余可选）；二期预计产值16亿元（target）；一期2021年产值突破5000万元、2022年超过8000万元（subject 国药中联，超）。",
  "ki01"),
 parks=[
  park(WF, "宜昌", "湖北", "工业园", A0, district="五峰土家族自治县", note="民族工业园；开工活动主会场"),
 ],
 companies=[
  comp("国药中联", WF, A6, note="中药材全产业链一期在园区，已投产；二期本次开工"),
 ],
 projects=[
  proj("国药中联五峰中药全产业链项目", WF, A5, companies=["国药中联"], inv="总投资14亿元", phase="二期", status="开工", status_text="集中开工",
       aliases=["五峰中药全产业链项目二期项目"], note="本次开工为二期；园区由一期所在地推定"),
  proj("中药材全产业链一期项目", WF, A6, companies=["国药中联"], phase="一期", status="投产", status_text="已投产达效", note="2019年在五峰民族工业园建设"),
  proj("中节能风电项目", None, A1, status="开工", status_text="集中开工"),
  proj("杰成魔芋宠物用品加工项目", None, A1, status="开工", status_text="集中开工"),
  proj("红旗中益中压电缆技术改造项目", None, A1, status="开工", status_text="集中开工"),
  proj("天池机械茶叶机械智能装备中心建设项目", None, A1, status="开工", status_text="集中开工"),
  proj("长乐坪天问研学康养地产开发项目", None, A2, inv="总投资3.5亿元", status="开工", status_text="集中开工"),
  proj("傅家堰乡倍猪融合产业园项目", None, A3, inv="总投资1.1亿元", status="开工", status_text="集中开工"),
  proj("渔洋关美丽乡村示范片项目", None, A4, status="开工", status_text="集中开工", opt=True, note="基础设施；两项合计4.2亿元"),
  proj("长乐坪古茶道乡村振兴项目", None, A4, status="开工", status_text="集中开工", opt=True, note="基础设施；两项合计4.2亿元"),
 ],
 aggregate_facts=[
  fact("五峰", "region", "projects_started", 9, "count", A0, AS1, note="五峰土家族自治县"),
  fact("五峰", "region", "projects_started_investment_cny", 5.77e9, "cny", "总投资达57.7亿元", AS1, chk=True),
  fact("五峰", "region", "manufacturing_projects_started", 5, "count", A1, AS1, opt=True),
  fact("五峰", "region", "manufacturing_projects_started_investment_cny", 4.89e9, "cny", "总投资48.9亿元;涵盖现代服务业项目1个", AS1, chk=True),
  fact("五峰", "region", "infrastructure_projects_started_investment_cny", 4.2e8, "cny", "总投资4.2亿元", AS1, opt=True, chk=True),
  fact("国药中联五峰中药全产业链项目", "project", "expected_output_cny", 1.6e9, "cny", "预计实现产值16亿元", "二期达产后（预计）", kind="target", chk=True),
  fact("国药中联", "company", "output_cny", 5e7, "cny", "2021年产值突破5000万元", "2021年", qual="超", qtext="突破", chk=True, note="一期项目产值"),
  fact("国药中联", "company", "output_cny", 8e7, "cny", "2022年产值超过8000万元", "2022年", qual="超", qtext="超过", chk=True, note="一期项目产值"),
 ])

# ---------------------------------------------------------------- ki02 荆州开发区16个重点项目集中开工 (hbneww 2016)
JZ = "荆州开发区"
B0 = "荆州开发区举行集中开工仪式,湖北达鑫电子科技有限公司等16个重点项目集中开工"
B1 = "集中开工的项目,包括达鑫电子科技产业园项目、凯乐科技量子通信产业化项目、雷迪森烷基深蓝醋酸盐系列衍生项目、金科环保循环经济产业园项目、荆州佳海浙商科技园项目二期等16个项目,总投资48.3亿元、占地1080亩,全部达产后可实现年产值86.8亿元"
AS2 = "2016年10月26日（集中开工）"
G["ki02"] = dict(
 article=art("荆州开发区16个重点项目集中开工 总投资48.3亿", "hbneww.com（“湖北新闻网”，荆州新闻栏；页面注“来源:未知”，原发媒体与署名未注明）", "2016-10-27", "day",
  "Regional news site relaying a local item, Hubei (荆州): a development zone's autumn groundbreaking — 16 projects with five named, a lead firm, total investment, land and expected output",
  "http://hbneww.com/hbnews/jz/28325.html",
  "日期取页面“发布时间:2016-10-27 来源:未知”；文中“今天(10月26日)”为开工日。标题照录；站点菜单、面包屑与发布时间行已删。存段末句“希望项目施工单位抓紧秋后施工黄金期,加快建设进度”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…确保实现年初设定的项目建设目标任务。”，共四段。园区：荆州开发区（荆州经济技术开发区；文中只作“荆州开发区”“开发区”，不补全称；荆州，湖北）。项目：五个点名项目均为“集中开工”→开工，园区荆州开发区，无单项金额。达鑫电子科技产业园项目的业主为湖北达鑫电子科技有限公司（首段“湖北达鑫电子科技有限公司等16个重点项目”）。事实：16个项目、48.3亿元、1080亩（可选）、达产后年产值86.8亿元（target）。东莞工贸发展促进会列可选机构。市领导不列。",
  "ki02"),
 parks=[
  park(JZ, "荆州", "湖北", "经济技术开发区", B0, note="文中又作“开发区”"),
 ],
 companies=[
  comp("湖北达鑫电子科技有限公司", JZ, B0, note="达鑫电子科技产业园项目业主"),
 ],
 institutions=[
  inst("东莞工贸发展促进会", "东莞工贸发展促进会代表团代表莫国庆", kind="association", note="代表参加开工仪式"),
 ],
 projects=[
  proj("达鑫电子科技产业园项目", JZ, B1, companies=["湖北达鑫电子科技有限公司"], status="开工", status_text="集中开工"),
  proj("凯乐科技量子通信产业化项目", JZ, B1, status="开工", status_text="集中开工"),
  proj("雷迪森烷基深蓝醋酸盐系列衍生项目", JZ, B1, status="开工", status_text="集中开工"),
  proj("金科环保循环经济产业园项目", JZ, B1, status="开工", status_text="集中开工"),
  proj("荆州佳海浙商科技园项目二期", JZ, B1, phase="二期", status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(JZ, "park", "projects_started", 16, "count", B0, AS2),
  fact(JZ, "park", "projects_started_investment_cny", 4.83e9, "cny", "总投资48.3亿元、占地1080亩", AS2, chk=True),
  fact(JZ, "park", "projects_started_land_mu", 1080, "mu", "总投资48.3亿元、占地1080亩", AS2, opt=True),
  fact(JZ, "park", "projects_started_expected_output_cny", 8.68e9, "cny", "全部达产后可实现年产值86.8亿元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ki03 恩施州七十个重大项目同步开工 (恩施日报 via qhho 2022)
LC = "利川轻工产业园"
C0 = "4月27日,在利川轻工产业园建设项目现场,2022年4月恩施州重大项目集中开工活动举行"
C1 = "当天,全州共70个重大项目集中开工,总投资187.6亿元"
C2 = "利川轻工产业园建设项目正式动工。该项目计划投资10亿元,建筑面积约17万平方米"
AS3 = "2022年4月27日（集中开工）"
G["ki03"] = dict(
 article=art("恩施州七十个重大项目同步开工", "恩施日报（全媒体记者杜瑞芳 通讯员石进；页面“【来源:恩施日报】”），载于 qhho.com", "2022-04-29", "day",
  "Prefecture daily relayed by a company site, Hubei (恩施): a prefecture's April groundbreaking held at a light-industry park under construction — 70 projects with their total, the park project with its investment, floor area, expected output and jobs",
  "https://www.qhho.com/39012.html",
  "日期取页面标题后的“22-04-29”与“时间:2022-4-29 编辑:会议公司”。标题行“恩施州七十个重大项目同步开工22-04-29”重复两次，日期码“22-04-29”已删（make_txt.py HEAD_SUFFIX），重复行删去；“【来源:恩施日报】”、时间编辑行、“推荐文章”与电话行已删。正文完整，共六段。园区：利川轻工产业园（利川市，恩施州，湖北；本身为在建的园区项目“利川轻工产业园建设项目”，“将引进国内大型轻工产业厂家入驻园区”）。项目：利川轻工产业园建设项目，正式动工→开工，计划投资10亿元，park 记利川轻工产业园（园区开发项目，同 real52 zv05 之例）。湖北荣万集团有限公司“作为项目单位代表发言”，未说是哪个项目的业主，列可选公司，park null。事实：恩施州70个项目、187.6亿元；该项目建筑面积约17万平方米（可选）、年产值不低于10亿元（target，“不低于”记超，可选）、就业约5000人（可选）。州领导不列。",
  "ki03"),
 parks=[
  park(LC, "恩施", "湖北", "产业园（轻工）", C0, district="利川市", note="在建；园区开发项目即“利川轻工产业园建设项目”"),
 ],
 companies=[
  comp("湖北荣万集团有限公司", None, "湖北荣万集团有限公司主要负责人作为项目单位代表发言", opt=True, note="项目单位代表；所属项目未说"),
 ],
 projects=[
  proj("利川轻工产业园建设项目", LC, C2, inv="计划投资10亿元", status="开工", status_text="正式动工", note="园区开发项目；州集中开工活动主会场"),
 ],
 aggregate_facts=[
  fact("恩施州", "region", "projects_started", 70, "count", C1, AS3),
  fact("恩施州", "region", "projects_started_investment_cny", 1.876e10, "cny", "总投资187.6亿元", AS3, chk=True),
  fact("利川轻工产业园建设项目", "project", "floor_area_m2", 1.7e5, "m2", "建筑面积约17万平方米", AS3, qual="约", qtext="约", opt=True),
  fact("利川轻工产业园建设项目", "project", "expected_output_cny", 1e9, "cny", "全部达产后,年产值不低于10亿元", "达产后（预期）", kind="target", qual="超", qtext="不低于", opt=True, chk=True),
  fact("利川轻工产业园建设项目", "project", "expected_jobs", 5000, "count", "为当地解决各类就业人员约5000人", "建成投产后（预期）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ki04 丹江口 化工园区 白果树沟片区 (djk.gov.cn 2023)
HG = "丹江口市化工园区"
D0 = "3月30日,我市化工园区扩园工程——白果树沟片区新增地块基础设施建设项目正式开工"
D1 = "据了解,丹江口市化工园区是鄂西北仅有的两个化工园区之一,其中,白果树沟片区以共同生物公司为龙头,已全面形成了生物发酵工艺生产产业体系"
D2 = "此次扩园工程将为化工园区白果树沟片区新增地块600余亩,工程预算投资1.65亿元,预计今年9月完工"
G["ki04"] = dict(
 article=art("投资1.65亿元 白果树沟片区新增地块基础设施建设项目开工", "水都网（丹江口市融媒体中心），载于丹江口市人民政府网 djk.gov.cn（政府信息公开·领导活动）", "2023-03-31", "day",
  "City government portal relaying the city's news site, Hubei (十堰 丹江口): a chemical park's expansion groundbreaking — the infrastructure project with its budget, added land and completion date, the park's lead firm and its market shares, the economic development zone asked to help",
  "http://www.djk.gov.cn/xxgk/fdzdgk/zfld/szf/wml_97198/ldhd_34813/202303/t20230331_4211935.shtml",
  "日期取页面“撰写时间 2023年03月31日 11:17:27 来源 水都网”。标题照录；“政府信息公开”与撰写时间、来源、编辑各行已删。正文完整，共四段。园区：丹江口市化工园区（文中又作“我市化工园区”“化工园区”；十堰市代管丹江口市，湖北）；白果树沟片区为其片区，列可选园区（parent 丹江口市化工园区）；丹江口经济开发区只作为被要求支持的单位出现，化工园区是否属其管辖文中未说，列可选园区。项目：白果树沟片区新增地块基础设施建设项目（又称化工园区扩园工程），正式开工→开工，工程预算投资1.65亿元，预计2023年9月完工。公司：共同生物公司（白果树沟片区龙头）。事实：新增地块600余亩（余）；雄烯二酮产品占全国90%、全球70%市场份额（文中主语为白果树沟片区，subject 记片区，可选）。市领导不列。",
  "ki04"),
 parks=[
  park(HG, "十堰", "湖北", "化工园区", D1, district="丹江口市", aliases=["化工园区"], note="文中又作“我市化工园区”；鄂西北仅有的两个化工园区之一"),
  park("白果树沟片区", "十堰", "湖北", "园区片区", D1, district="丹江口市", parent=HG, opt=True, note="化工园区片区"),
  park("丹江口经济开发区", "十堰", "湖北", "经济开发区", "丹江口经济开发区、市科技经信局、市招商服务中心等相关单位要大力支持、主动服务", district="丹江口市", opt=True,
       note="只作为支持单位出现；与化工园区的关系文中未说"),
 ],
 companies=[
  comp("共同生物公司", HG, D1, note="白果树沟片区龙头"),
 ],
 projects=[
  proj("白果树沟片区新增地块基础设施建设项目", HG, D2, inv="工程预算投资1.65亿元", status="开工", status_text="正式开工",
       aliases=["化工园区扩园工程"], note="预计2023年9月完工；正文首句作“化工园区扩园工程——白果树沟片区新增地块基础设施建设项目正式开工”"),
 ],
 aggregate_facts=[
  fact("白果树沟片区新增地块基础设施建设项目", "project", "added_land_mu", 600, "mu", D2, "2023年3月（计划）", kind="target", qual="余", qtext="余"),
  fact("白果树沟片区", "park", "androstenedione_national_market_share", 0.9, "ratio", "雄烯二酮产品占据全国90%、全球70%市场份额", "2023年3月", kind="ratio", opt=True),
  fact("白果树沟片区", "park", "androstenedione_global_market_share", 0.7, "ratio", "雄烯二酮产品占据全国90%、全球70%市场份额", "2023年3月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ki05 石首 二季度重大项目集中开工 (荆州新闻网 2022)
JP = "金平工业园"
E0 = "据了解,此次新开工项目19家,包含湖北三铁、湖北金世联、旭原金属、荆安汽配二期、湖南大晶、鑫水农商贸、森航木制、金石工程、循环经济产业园、远景防水等,总投资达53.34亿元"
E1 = "其中,湖北三铁金属材料有限公司不锈钢铸锻件项目选址位于金平工业园,项目总投资2亿,占地面积55.7亩"
E2 = "湖北金世联新材料有限公司年产86400吨高分子型材加工项目投资2亿元,投产达产后,可实现年营业收入1亿元,年创税收500万元,解决就业200余人"
AS5 = "2022年4月27日（集中开工）"
SS = "石首市"
def _e(n):
    return proj(n, None, E0, status="开工", status_text="新开工", opt=True, note="简称，列入19个新开工项目")
G["ki05"] = dict(
 article=art("石首市举行2022年二季度重大项目集中开工仪式", "荆州新闻网（xk.jznews.net.cn，石首市·重大工程栏；记者车荣华 熊铭）", "2022-05-12", "day",
  "City news portal's county channel, Hubei (荆州 石首): a county-level city's second-quarter groundbreaking — 19 projects with their total, a stainless-steel project placed in an industrial park with investment, land and expected revenue and tax, a second firm's project with its figures",
  "http://xk.jznews.net.cn/html/shishoushi/zhongdagongcheng/2022-05-12/92.html",
  "日期取页面“来源: 2022-05-12 16:05:49”；开工仪式为4月27日。标题照录；面包屑、来源日期行与“主管…主办:荆州新闻网”已删。署名“(记者车荣华 熊铭)”在正文末，照录。正文完整，共三段。园区：金平工业园（石首市，荆州，湖北）。项目：湖北三铁金属材料有限公司不锈钢铸锻件项目，选址金平工业园，“项目总投资2亿”（原文无“元”字，investment_text 照录，investment_cny 留空——check_gold 只认“亿元/万元”；金额为2亿元，见 note），开工；湖北金世联新材料有限公司年产86400吨高分子型材加工项目，投资2亿元，开工，园区未说（park null）。名单中其余简称项目（旭原金属、荆安汽配二期等）列可选项目，park null；“湖北三铁”“湖北金世联”为上两项的简称，不另列。事实：石首市新开工19个、53.34亿元；两项目的达产后年营业收入、税收（target；三铁“1000万元左右”→约）、占地55.7亩、就业200余人（可选）。市领导不列。",
  "ki05"),
 parks=[
  park(JP, "荆州", "湖北", "工业园", E1, district="石首市"),
 ],
 companies=[
  comp("湖北三铁金属材料有限公司", JP, E1, aliases=["湖北三铁"], note="不锈钢铸锻件项目业主"),
  comp("湖北金世联新材料有限公司", None, E2, aliases=["湖北金世联"], note="园区未说"),
 ],
 projects=[
  proj("湖北三铁金属材料有限公司不锈钢铸锻件项目", JP, E1, companies=["湖北三铁金属材料有限公司"], inv="项目总投资2亿", unparsed=True,
       status="开工", status_text="新开工", aliases=["湖北三铁"], note="金额2亿（原文无“元”字）= 2亿元；开工仪式在其建设现场举行"),
  proj("湖北金世联新材料有限公司年产86400吨高分子型材加工项目", None, E2, companies=["湖北金世联新材料有限公司"], inv="投资2亿元",
       status="开工", status_text="新开工", aliases=["湖北金世联"]),
  _e("旭原金属"), _e("荆安汽配二期"), _e("湖南大晶"), _e("鑫水农商贸"), _e("森航木制"), _e("金石工程"), _e("循环经济产业园"), _e("远景防水"),
 ],
 aggregate_facts=[
  fact(SS, "region", "projects_started", 19, "count", E0, AS5),
  fact(SS, "region", "projects_started_investment_cny", 5.334e9, "cny", "总投资达53.34亿元", AS5, chk=True),
  fact("湖北三铁金属材料有限公司", "company", "project_site_area_mu", 55.7, "mu", E1, AS5, opt=True),
  fact("湖北三铁金属材料有限公司", "company", "expected_revenue_cny", 2.8e8, "cny", "可实现年营业收入2.8亿元", "达产后（预期）", kind="target", chk=True),
  fact("湖北三铁金属材料有限公司", "company", "expected_tax_cny", 1e7, "cny", "年创税收1000万元左右", "达产后（预期）", kind="target", qual="约", qtext="左右", chk=True),
  fact("湖北金世联新材料有限公司", "company", "expected_revenue_cny", 1e8, "cny", "可实现年营业收入1亿元", "达产后（预期）", kind="target", chk=True),
  fact("湖北金世联新材料有限公司", "company", "expected_tax_cny", 5e6, "cny", "年创税收500万元", "达产后（预期）", kind="target", chk=True),
  fact("湖北金世联新材料有限公司", "company", "expected_jobs", 200, "count", "解决就业200余人", "达产后（预期）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ki06 张湾14个招商项目集中签约 (vqauto 2022)
XC = "西城经济开发区"
F0 = "12月8日,2022楚商年会新能源和智能网联汽车产业高峰论坛现场,张湾区政府集中签约14个项目,总投资达205亿元"
F1 = "总投资30亿元的顺丰速运数字智慧物流产业园项目,落户该区汉江路街道"
F2 = "总投资31亿元的颐高集团智能制造产业园项目,选址西城经济开发区阳光大道片区"
AS6 = "2022年12月8日（集中签约）"
G["ki06"] = dict(
 article=art("张湾14个招商项目集中签约", "vqauto.com（汽车资讯站转载；原发媒体与署名未注明）", "2022-12", "month",
  "Auto-industry site relaying a district news item, Hubei (十堰 张湾区): a district's 14 projects signed at a provincial business forum — totals by sector, two named projects with investment, location (one in an economic development zone) and expected output and tax",
  "https://www.vqauto.com/article/45/44470.html",
  "存段无日期行；签约在“12月8日,2022楚商年会…”，发布日记 2022-12（month）。标题照录；图片说明“项目签约仪式现场”、免责声明、本文链接与联系行已删。正文完整，共三段。园区：西城经济开发区（十堰市张湾区，湖北；“阳光大道片区”）。项目：顺丰速运数字智慧物流产业园项目（30亿元，落户汉江路街道，park null）；颐高集团智能制造产业园项目（31亿元，选址西城经济开发区），均为集中签约→签约。东风智能装备、远景动力电池、格罗夫氢能汽车只作为“重大项目聚集”提到，列可选项目，无状态。事实：张湾区签约14个、205亿元；工业类11个162亿元、服务类3个43亿元（可选）；两项目达产后年产值、税收（target，“以上”→超）。张湾区政府列可选机构。",
  "ki06"),
 parks=[
  park(XC, "十堰", "湖北", "经济开发区", F2, district="张湾区", note="阳光大道片区"),
 ],
 companies=[
  comp("颐高集团", XC, F2, opt=True, note="只在项目名中"),
  comp("顺丰速运", None, F1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("张湾区政府", F0, note="集中签约方"),
 ],
 projects=[
  proj("颐高集团智能制造产业园项目", XC, F2, companies=["颐高集团"], inv="总投资31亿元", status="签约", status_text="集中签约"),
  proj("顺丰速运数字智慧物流产业园项目", None, F1, companies=["顺丰速运"], inv="总投资30亿元", status="签约", status_text="集中签约", note="落户汉江路街道"),
  proj("东风智能装备", None, "东风智能装备、远景动力电池、格罗夫氢能汽车等重大项目聚集", opt=True, note="区内已聚集的重大项目；无状态"),
  proj("远景动力电池", None, "东风智能装备、远景动力电池、格罗夫氢能汽车等重大项目聚集", opt=True, note="同上"),
  proj("格罗夫氢能汽车", None, "东风智能装备、远景动力电池、格罗夫氢能汽车等重大项目聚集", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("张湾区", "region", "projects_signed", 14, "count", F0, AS6),
  fact("张湾区", "region", "signed_investment_cny", 2.05e10, "cny", "总投资达205亿元", AS6, chk=True),
  fact("张湾区", "region", "industrial_projects_signed", 11, "count", "工业类项目11个,总投资162亿元", AS6, opt=True),
  fact("张湾区", "region", "industrial_signed_investment_cny", 1.62e10, "cny", "总投资162亿元;服务类项目3个", AS6, opt=True, chk=True),
  fact("张湾区", "region", "service_signed_investment_cny", 4.3e9, "cny", "总投资43亿元。主要涉及", AS6, opt=True, chk=True),
  fact("顺丰速运数字智慧物流产业园项目", "project", "expected_output_cny", 3e9, "cny", "预计年产值30亿元以上、税收2亿元以上", "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("顺丰速运数字智慧物流产业园项目", "project", "expected_tax_cny", 2e8, "cny", "税收2亿元以上;总投资31亿元", "达产后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("颐高集团智能制造产业园项目", "project", "expected_output_cny", 2e9, "cny", "预计年产值20亿元以上、税收5亿元以上", "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("颐高集团智能制造产业园项目", "project", "expected_tax_cny", 5e8, "cny", "税收5亿元以上。这批", "达产后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])
