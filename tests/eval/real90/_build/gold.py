# real90 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published; several keep ASCII
# punctuation as their copies had it); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if
# none (a county, 旗 or city is not a park). Status from the text's words (开工 / 集中开工 → 开工; 已投产 / 建成投产 → 投产;
# 签约 → 签约; 正加紧建设 / 快速推进 / 正在安装调试 → 在建; 确定入驻 / 选址落户 / 启动 alone → no status; waiting for an
# approval → planned). “预计” and “将实现” figures are kind target; year-to-date (“今年以来”, “截至目前”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/xhNN.raw as returned.

# ---------------------------------------------------------------- xh01 大寨经济开发区 (山西青年报 via 氯碱网 2012)
DZ = "大寨经济开发区"
JD = "界都化工园"
A0 = "日前,从山西省商务厅传来消息,山西将设立大寨经济开发区,将步入融现代工业、生态农业以及休闲观光为一体的综合园区发展之路"
A1 = "按照规划,大寨经济开发区将在原大寨工贸园的基础上,扩园建区,设一区三园,规划用地总面积 26.67平方公里"
A2 = "即包括经济开发区,以大寨镇为主题的大寨现代农业观光园,以界都乡、李家庄乡、三都乡为轴线的新型工业园,以及赵壁乡农副产品加工园"
A3 = "其中,界都化工园则已确定入驻的项目有金属镁及镁基合金项目、榆化电石项目及省发改委已经备案核准投资20亿元的50万吨硝酸系列产品迁建项目等大型项目,且阳煤60万吨电石项目已投产"
G["xh01"] = dict(
 article=art("山西将设大寨经济开发区 确定入驻电石等化工项目", "山西青年报，载于 ccaon.com（氯碱网“新闻快报”，编辑:氯碱网）", "2012-06-25", "day",
  "Trade portal relaying a provincial youth paper, Shanxi: a county zone about to be set up — its predecessor park, one zone and three parks with planned area, projects fixed to enter its chemical park (one with approved investment) and one already in production",
  "http://www.ccaon.com/content.asp?aim_id_field_true=ecrp_id&id=56354&inner_table=new_notprod_mrjd",
  "日期取页面“更新日期:2012-6-25  来源:山西青年报  编辑:氯碱网”。标题照录；行业导航、位置栏、更新日期行与页尾“新闻头条”已删。正文三段，完整。园区：大寨经济开发区（将设立；文中又作“山西大寨经济开发区”；晋中市昔阳县，山西）；原大寨工贸园为其前身（可选）；“一区三园”中的大寨现代农业观光园、赵壁乡农副产品加工园与界都化工园以大寨经济开发区为母园区（“新型工业园”为泛称，可选；界都化工园当在界都乡一带的新型工业园内，文中未明说，母园区记大寨经济开发区）。项目（均在界都化工园）：金属镁及镁基合金项目、榆化电石项目、50万吨硝酸系列产品迁建项目（“已确定入驻”，无状态；硝酸项目“省发改委已经备案核准投资20亿元”，投资额20亿元）；阳煤60万吨电石项目（“已投产”→投产；同句承“其中,界都化工园”，归界都化工园）。事实：规划用地总面积26.67平方公里（规划中的开发区，kind target）。",
  "xh01"),
 parks=[
  park(DZ, "晋中", "山西", "经济开发区", A0, district="昔阳县", aliases=["山西大寨经济开发区"], note="将设立（各部门已原则上同意）；文中又作“山西大寨经济开发区”"),
  park("大寨工贸园", "晋中", "山西", "工贸园", A1, district="昔阳县", opt=True, note="开发区的前身（“在原大寨工贸园的基础上,扩园建区”）"),
  park("大寨现代农业观光园", "晋中", "山西", "农业观光园", A2, district="昔阳县", parent=DZ, note="“一区三园”之一"),
  park("新型工业园", "晋中", "山西", "工业园", A2, district="昔阳县", parent=DZ, opt=True, note="泛称；以界都乡、李家庄乡、三都乡为轴线"),
  park("赵壁乡农副产品加工园", "晋中", "山西", "农副产品加工园", A2, district="昔阳县", parent=DZ, note="“一区三园”之一"),
  park(JD, "晋中", "山西", "化工园", A3, district="昔阳县", parent=DZ, note="母园区按“其中”承上推定"),
 ],
 companies=[
  comp("阳煤", JD, A3, opt=True, note="只在项目名中"),
  comp("榆化", JD, A3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("山西省商务厅", A0, note="发布设区消息"),
  inst("省发改委", A3, note="硝酸项目备案核准"),
 ],
 projects=[
  proj("金属镁及镁基合金项目", JD, A3, note="已确定入驻；无状态"),
  proj("榆化电石项目", JD, A3, companies=["榆化"], note="已确定入驻；无状态"),
  proj("50万吨硝酸系列产品迁建项目", JD, A3, inv="投资20亿元", note="省发改委已备案核准；已确定入驻；无状态"),
  proj("阳煤60万吨电石项目", JD, A3, companies=["阳煤"], status="投产", status_text="已投产"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "planned_area_km2", 26.67, "km2", A1, "2012年6月（规划）", kind="target", note="规划用地总面积；开发区尚待设立"),
 ])

# ---------------------------------------------------------------- xh02 孝义市 中博会签约 (人民网山西频道 2021)
XY = "孝义市"
MH = "千万吨级煤化工产业园"
LJ = "铝基新材料科技数据产业园"
B0 = "签约6个项目,签约总金额93.7亿元,涉及工业制造业、能源与城市基建、第三产业及其他产业等"
B1 = "推介会上,孝义市与山西信发化工有限公司签约节能环保生产线项目"
B2 = "与内蒙古霍林河露天煤业股份有限公司山西分公司签约200兆瓦风力发电项目"
B3 = "与杭州泽耀环保科技有限公司签约20000吨染料及染料中间体项目"
B4 = "与内蒙古霍林河露天煤业股份有限公司山西分公司签约500兆瓦光伏发电项目"
B5 = "与天德亨新能源科技发展(山西)有限公司签约甲醇制醇烃系列项目"
B6 = "与广州亚美信息科技有限公司签约城市智慧交通建设项目"
B7 = "已建成的千万吨级煤化工产业园,抢占氢能产业发展先机,启动了鹏湾氢港年产20万吨焦炉煤气制氢项目"
B8 = "积极构建“煤电铝材”一体化产业园,引进中国铝业公司、山西华阳新材料公司与泰兴铝镁公司共建铝基新材料科技数据产业园"
B9 = "加快建设特色农业深加工产业园,目前已形成核桃加工、畜禽加工、小杂粮、设施蔬菜四个特色产业链,以汾酒集团2万吨原酒酿造基地、孝义羊羔酒为依托,白酒产业迅速壮大"
B10 = "孝义市以经济开发区为经济高质量发展主战场、主引擎,坚持转型为纲、项目为王,集聚该市90%以上新兴产业,成为引领经济转型的主阵地"
AS2 = "2021年5月16日（第十二届中博会孝义招商引资推介会）"
G["xh02"] = dict(
 article=art("招商引资成效显著!十二届中博会孝义市吸金93亿元", "人民网-山西频道（电头“人民网太原5月16日电”）", "2021-05-16", "day",
  "National paper's provincial web channel, Shanxi: a county-level city's six projects signed at a trade fair with their firms and total amount, and the city's development zone with its coal-chemical, aluminium-materials, agri-processing and education parks",
  "http://sx.people.com.cn/n2/2021/0516/c189150-34727910.html",
  "日期取页面“2021年05月16日14:20  来源:人民网-山西频道”。标题照录（标题“93亿元”为正文“93.7亿元”的约数）；日期来源行已删。存段末句“大力发展科教产业园,先后引进太原理工大学现代科技学”在句中中断，该分句已删（make_txt.py LINE_SUFFIX），正文截至“…白酒产业迅速壮大;”（以分号收尾），共四段。签约六项目均为孝义市与企业签约（签约→签约），文中未说落在哪个园区，park 为空；“200兆瓦风力发电项目”“500兆瓦光伏发电项目”同为内蒙古霍林河露天煤业股份有限公司山西分公司。园区：孝义市的开发区文中只作“经济开发区”（记为“孝义经济开发区”，可选）；千万吨级煤化工产业园（已建成）、“煤电铝材”一体化产业园（积极构建）、铝基新材料科技数据产业园（中国铝业公司、山西华阳新材料公司、泰兴铝镁公司共建）、特色农业深加工产业园（加快建设，可选）；各园与经济开发区的隶属文中未明说，parent 留空。项目：鹏湾氢港年产20万吨焦炉煤气制氢项目（千万吨级煤化工产业园“启动了”该项目，阶段不明，无状态）。事实：签约6个项目、签约总金额93.7亿元（主体孝义市）；经济开发区集聚该市90%以上新兴产业（可选）。",
  "xh02"),
 parks=[
  park("孝义经济开发区", "吕梁", "山西", "经济开发区", B10, district="孝义市", opt=True, note="文中只作“经济开发区”"),
  park(MH, "吕梁", "山西", "产业园（煤化工）", B7, district="孝义市", note="已建成"),
  park("“煤电铝材”一体化产业园", "吕梁", "山西", "产业园", B8, district="孝义市", opt=True, note="积极构建中"),
  park(LJ, "吕梁", "山西", "产业园（铝基新材料）", B8, district="孝义市", note="中国铝业公司、山西华阳新材料公司与泰兴铝镁公司共建"),
  park("特色农业深加工产业园", "吕梁", "山西", "产业园（农业深加工）", B9, district="孝义市", opt=True, note="加快建设中；名称近泛称"),
 ],
 companies=[
  comp("山西信发化工有限公司", None, B1, note="与孝义市签约"),
  comp("内蒙古霍林河露天煤业股份有限公司山西分公司", None, B2, note="与孝义市签约两个项目"),
  comp("杭州泽耀环保科技有限公司", None, B3, note="与孝义市签约"),
  comp("天德亨新能源科技发展(山西)有限公司", None, B5, note="与孝义市签约"),
  comp("广州亚美信息科技有限公司", None, B6, note="与孝义市签约"),
  comp("中国铝业公司", LJ, B8, note="共建铝基新材料科技数据产业园"),
  comp("山西华阳新材料公司", LJ, B8, note="共建"),
  comp("泰兴铝镁公司", LJ, B8, note="共建"),
  comp("汾酒集团", None, B9, opt=True, note="2万吨原酒酿造基地；园区未明说"),
 ],
 projects=[
  proj("节能环保生产线项目", None, B1, companies=["山西信发化工有限公司"], status="签约", status_text="签约"),
  proj("200兆瓦风力发电项目", None, B2, companies=["内蒙古霍林河露天煤业股份有限公司山西分公司"], status="签约", status_text="签约"),
  proj("20000吨染料及染料中间体项目", None, B3, companies=["杭州泽耀环保科技有限公司"], status="签约", status_text="签约"),
  proj("500兆瓦光伏发电项目", None, B4, companies=["内蒙古霍林河露天煤业股份有限公司山西分公司"], status="签约", status_text="签约"),
  proj("甲醇制醇烃系列项目", None, B5, companies=["天德亨新能源科技发展(山西)有限公司"], status="签约", status_text="签约"),
  proj("城市智慧交通建设项目", None, B6, companies=["广州亚美信息科技有限公司"], status="签约", status_text="签约"),
  proj("鹏湾氢港年产20万吨焦炉煤气制氢项目", MH, B7, note="“启动了”，阶段不明，无状态"),
  proj("汾酒集团2万吨原酒酿造基地", None, B9, companies=["汾酒集团"], opt=True, note="白酒产业依托；无状态"),
 ],
 aggregate_facts=[
  fact(XY, "region", "projects_signed", 6, "count", B0, AS2),
  fact(XY, "region", "signed_investment_cny", 9.37e9, "cny", B0, AS2, chk=True, note="标题作“93亿元”"),
  fact("孝义经济开发区", "park", "share_of_new_industries", 0.9, "ratio", B10, "2021年5月", kind="ratio", qual="超", qtext="以上", opt=True,
       note="集聚该市90%以上新兴产业"),
 ])

# ---------------------------------------------------------------- xh03 清徐经济开发区 (山西日报 via taiyuanrx 2022)
QX = "清徐经济开发区"
C0 = "近日,“2022年中国省级开发区高质量发展百强榜单”发布,清徐经济开发区上榜,位列第99位,为山西省唯一"
C1 = "据了解,清徐经济开发区是省政府2018年批准成立的省级开发区,规划面积29.99平方公里"
C2 = "目前,清徐经济开发区共有各类企业372家,其中四上企业预计达86家,年均增长20%以上"
AS3 = "2022年12月"
G["xh03"] = dict(
 article=art("（无标题）清徐经济开发区上榜2022年中国省级开发区高质量发展百强榜单", "山西日报（记者李兵），载于 m.taiyuanrx.com", "2022-12-28", "day",
  "Provincial daily relayed by a city content site, Shanxi: a county's provincial development zone ranked among the top 100 provincial zones — its approval year, planned area, functional districts, coal-chemical chains, firm counts",
  "http://m.taiyuanrx.com/news/20221228/128829.html",
  "日期取电头“记者12月28日从太原市清徐县政府部门获悉”与网址 20221228。存段无标题（title 为编者概括），首行“(相关资料图)”已删。存段末句“特别是清徐精细化工循环产业园内,梗阳、亚鑫、美锦三家民营企业全力组织建设生产,今年工业总产值预计同比”在句中中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…年均增长20%以上。”，共四段；因此梗阳、亚鑫、美锦三家企业与“清徐精细化工循环产业园”不在文本中。园区：清徐经济开发区（太原市清徐县，山西；省级开发区，2018年省政府批准）。“装备上游配套产业区”等六个产业区与“国际化精细化工循环产业园区”为规划功能区，不另列园区。事实：百强榜第99位；规划面积29.99平方公里；各类企业372家；四上企业“预计达86家”（target）；年均增长20%以上（可选）。",
  "xh03"),
 parks=[
  park(QX, "太原", "山西", "省级开发区", C0, district="清徐县", note="省政府2018年批准成立的省级开发区"),
 ],
 institutions=[
  inst("省政府", C1, note="2018年批准成立"),
 ],
 aggregate_facts=[
  fact(QX, "park", "national_rank", 99, "rank", C0, "2022年中国省级开发区高质量发展百强榜单"),
  fact(QX, "park", "planned_area_km2", 29.99, "km2", C1, AS3),
  fact(QX, "park", "firms", 372, "count", C2, AS3, note="各类企业"),
  fact(QX, "park", "above_scale_firms", 86, "count", C2, "2022年（预计）", kind="target", note="四上企业，预计数"),
  fact(QX, "park", "above_scale_firms_yoy_growth", 0.20, "ratio", C2, "年均", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- xh04 大同 招商引资 (光明日报 2024)
ZY = "左云经济技术开发区"
D0 = "位于山西省大同市左云县的鹊盛活性炭有限公司生产车间内机器轰隆作响"
D1 = "“冬季行动”共有8个项目,总投资12.81亿元,现已全部开工"
D2 = "当前,左云县重点实施产业项目13个,总投资32.32亿元,另有储备项目12个,计划投资23亿元"
D3 = "2023年,大同市共签约招商引资项目368个,签约金额1326.67亿元,其中战略性新兴产业类项目84个,占比22.2%"
D4 = "截至目前,全市共签约招商引资项目45个,签约金额214.43亿元"
G["xh04"] = dict(
 article=art("山西大同: 招商引资促发展", "光明日报（本报记者 李建斌 杨珏 本报通讯员 马静波），2024年03月24日 03版", "2024-03-24", "day",
  "National daily's regional report, Shanxi: a county development zone's winter-campaign projects all started, a firm in the county, the county's key industrial and reserve projects, the city's signed projects and amounts for 2023 and the first quarter",
  "https://epaper.gmw.cn/gmrb/html/2024-03/24/nw.D110000gmrb_20240324_6-03.htm",
  "日期与版次取页面“《光明日报》( 2024年03月24日 03版)”。标题两行“山西大同:”“招商引资促发展”以空格连为一行；报网导航与作者行已删。存段末段“与此同时,大同市牢牢抓住在谈重点项目和重点产业链”在句中中断，整段删去，正文截至“…签约金额214.43亿元。”，共四段。园区：左云经济技术开发区（大同市左云县，山西；管委会主任所说“全区”即开发区）。公司：鹊盛活性炭有限公司（文中只说位于左云县，未说在开发区内，park 为空）。事实：开发区“冬季行动”8个项目、总投资12.81亿元、全部开工；左云县重点实施产业项目13个、总投资32.32亿元，储备项目12个、计划投资23亿元（可选）；大同市2023年签约368个、1326.67亿元，战略性新兴产业类84个、占比22.2%（可选）；2024年以来截至目前签约45个、214.43亿元（cumulative）。",
  "xh04"),
 parks=[
  park(ZY, "大同", "山西", "经济技术开发区", "左云经济技术开发区党工委书记、管委会主任于海滨介绍", district="左云县", note="文中又作“全区”"),
 ],
 companies=[
  comp("鹊盛活性炭有限公司", None, D0, note="位于左云县；文中未说在开发区内"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "projects_started", 8, "count", D1, "2024年3月（“冬季行动”）", note="“冬季行动”项目，现已全部开工"),
  fact(ZY, "park", "projects_started_investment_cny", 1.281e9, "cny", D1, "2024年3月（“冬季行动”）", chk=True),
  fact("左云县", "region", "key_industrial_projects", 13, "count", D2, "2024年3月", note="重点实施产业项目"),
  fact("左云县", "region", "key_industrial_projects_investment_cny", 3.232e9, "cny", "总投资32.32亿元,另有储备项目12个", "2024年3月", chk=True),
  fact("左云县", "region", "reserve_projects", 12, "count", "另有储备项目12个,计划投资23亿元", "2024年3月", opt=True),
  fact("左云县", "region", "reserve_projects_planned_investment_cny", 2.3e9, "cny", "计划投资23亿元", "2024年3月", kind="target", opt=True, chk=True),
  fact("大同市", "region", "projects_signed", 368, "count", D3, "2023年"),
  fact("大同市", "region", "signed_investment_cny", 1.32667e11, "cny", "签约金额1326.67亿元,其中战略性新兴产业类项目84个,占比22.2%", "2023年", chk=True),
  fact("大同市", "region", "strategic_emerging_projects_signed", 84, "count", D3, "2023年", opt=True),
  fact("大同市", "region", "strategic_emerging_share_of_signed_projects", 0.222, "ratio", D3, "2023年", kind="ratio", opt=True),
  fact("大同市", "region", "projects_signed", 45, "count", D4, "2024年1月至3月（截至目前）", kind="cumulative"),
  fact("大同市", "region", "signed_investment_cny", 2.1443e10, "cny", "签约金额214.43亿元", "2024年1月至3月（截至目前）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xh05 晋城 开发区第四次“三个一批” (太行日报 on jccq.gov.cn 2024)
JC = "晋城市"
E0 = "本次“三个一批”活动,我市共实施项目43个"
E1 = "“签约一批”项目13个,总投资21.72亿元,预计年产值20.91亿元"
E2 = "“开工一批”项目16个,总投资17.87亿元,预计年产值16.51亿元"
E3 = "“投产一批”项目14个,总投资18.16亿元,其中产业类项目8个,预计年产值14.69亿元"
E4 = "分布式光伏及“源网荷储”一体化、细胞再生技术与中医药现代化转化平台、康硕电气集团总部基地配套高端装备关键零部件智能制造生产线、日产2000套智能微型断路器、煤矸石固废初加工、高性能玻璃微球新材料、金澳大王田园综合体二期、云栖·东岸民宿等8个代表项目在我市分会场进行集中签约"
E5 = "副市长、市政府秘书长杨晓雷出席并宣布陵川七彩太行冰雪旅游度假区云上高级雪道项目开工"
AS5 = "2024年11月26日（开发区2024年第四次“三个一批”活动）"
G["xh05"] = dict(
 article=art("我市与全省同步举行开发区2024年第四次“三个一批”活动 王震出席", "太行日报，载于晋城市城区人民政府网站 jccq.gov.cn（编辑:姚霞飞）", "2024-11-27", "day",
  "City daily on a district government site, Shanxi: a city's development-zone “sign / start / put into production” event — counts, investment and expected output of each batch, eight representative signed projects, one project started",
  "http://jccq.gov.cn/cqzx/sjdt_5/szfyw_2/202411/t20241127_2067273.shtml",
  "日期取页面“发布时间:2024-11-27    信息来源:太行日报”。标题与副题“王震出席”以空格连为一行；政府网页头、位置栏与发布时间行已删。存段末段“…我市举行了“开工一批”“”在句中中断，整段删去，正文截至“…在我市分会场进行集中签约。”，共四段。“我市”即晋城市（市名只见于被删的位置栏“晋城要闻”；事实主体记“晋城市”）。文中无具体园区名：活动为“开发区”活动，各项目所在开发区未说，park 一律为空。项目：八个代表签约项目名称照录（不加“项目”）→签约；陵川七彩太行冰雪旅游度假区云上高级雪道项目（宣布开工→开工）。康硕电气集团只在项目名中（可选公司）。事实：全市本次项目43个；签约13个/21.72亿元、开工16个/17.87亿元、投产14个/18.16亿元（其中产业类8个）；三批“预计年产值”为 target（可选）。",
  "xh05"),
 companies=[
  comp("康硕电气集团", None, E4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("分布式光伏及“源网荷储”一体化", None, E4, status="签约", status_text="集中签约", note="代表签约项目"),
  proj("细胞再生技术与中医药现代化转化平台", None, E4, status="签约", status_text="集中签约"),
  proj("康硕电气集团总部基地配套高端装备关键零部件智能制造生产线", None, E4, companies=["康硕电气集团"], status="签约", status_text="集中签约"),
  proj("日产2000套智能微型断路器", None, E4, status="签约", status_text="集中签约"),
  proj("煤矸石固废初加工", None, E4, status="签约", status_text="集中签约"),
  proj("高性能玻璃微球新材料", None, E4, status="签约", status_text="集中签约"),
  proj("金澳大王田园综合体二期", None, E4, phase="二期", status="签约", status_text="集中签约"),
  proj("云栖·东岸民宿", None, E4, status="签约", status_text="集中签约"),
  proj("陵川七彩太行冰雪旅游度假区云上高级雪道项目", None, E5, status="开工", status_text="宣布…项目开工"),
 ],
 aggregate_facts=[
  fact(JC, "region", "projects_launched", 43, "count", E0, AS5, note="本次活动实施项目合计"),
  fact(JC, "region", "projects_signed", 13, "count", E1, AS5),
  fact(JC, "region", "signed_investment_cny", 2.172e9, "cny", E1, AS5, chk=True),
  fact(JC, "region", "expected_annual_output_cny", 2.091e9, "cny", "预计年产值20.91亿元", "签约项目建成后（预期）", kind="target", opt=True, chk=True, note="签约一批"),
  fact(JC, "region", "projects_started", 16, "count", E2, AS5),
  fact(JC, "region", "projects_started_investment_cny", 1.787e9, "cny", E2, AS5, chk=True),
  fact(JC, "region", "expected_annual_output_cny", 1.651e9, "cny", "预计年产值16.51亿元", "开工项目建成后（预期）", kind="target", opt=True, chk=True, note="开工一批"),
  fact(JC, "region", "projects_in_production", 14, "count", E3, AS5),
  fact(JC, "region", "projects_in_production_investment_cny", 1.816e9, "cny", E3, AS5, chk=True),
  fact(JC, "region", "industrial_projects_in_production", 8, "count", E3, AS5, opt=True),
  fact(JC, "region", "expected_annual_output_cny", 1.469e9, "cny", "预计年产值14.69亿元", "投产项目达产后（预期）", kind="target", opt=True, chk=True, note="投产一批"),
 ])

# ---------------------------------------------------------------- xh06 库伦旗两个工业园区 (通辽日报 on 内蒙古新闻网 2011)
SJ = "三家子工业城"
KS = "库伦沈阳工业园区"
F0 = "占地15平方公里的三家子工业城初具雏形"
F1 = "目前已有东蒙水泥、利丰化工、阿琪玛食品有限公司3户企业建成投产,投资1.2亿元的铁路枕木项目和投资1.8亿元的木糖醇项目正加紧建设"
F2 = "园区建成后基础设施建设总投资将达到7.9亿元,可容纳70户企业,2015年园区将实现销售收入超100亿元、工业增加值40亿元、税金5亿元,同时可安排1.1万人就业"
F3 = "占地15平方公里的库伦沈阳工业园区建设稳步推进"
F4 = "总投资6.5亿元食品添加剂项目和总投资5亿元甜菊糖项目已选址落户该园区"
AS6t = "2015年（目标）"
G["xh06"] = dict(
 article=art("通辽市库伦旗两个百亿级工业园区在崛起", "通辽日报，载于内蒙古新闻网（inews.nmgnews.com.cn，通辽新闻栏）", "2011-08-24", "day",
  "Regional news portal relaying a city daily, Inner Mongolia: a banner's two industrial parks under construction — area, firms in production, projects under construction and sited with their investment, infrastructure plan and 2015 targets",
  "http://inews.nmgnews.com.cn/system/2011/08/24/010643000.shtml",
  "日期取页面“内蒙古新闻网  11-08-24 17:59 … 来源: 通辽日报”与网址 2011/08/24。标题照录；栏目导航、位置栏、“转播到腾讯微博”与来源行已删。存段末句“按照打造高新技术型…清洁能源和高新技术等非”在句中中断，整句删去（make_txt.py LINE_SUFFIX），正文截至“…已选址落户该园区。”，共三段。园区：三家子工业城（文中又作“该园区”“这个工业园区”“工业城”）与库伦沈阳工业园区（均在通辽市库伦旗，内蒙古；旗为区划）。公司：东蒙水泥、利丰化工、阿琪玛食品有限公司（3户企业建成投产，在三家子工业城）。项目：铁路枕木项目（投资1.2亿元）、木糖醇项目（投资1.8亿元）“正加紧建设”→在建，在三家子工业城；食品添加剂项目（总投资6.5亿元）、甜菊糖项目（总投资5亿元）“已选址落户”库伦沈阳工业园区（无状态）。事实：两园各占地15平方公里；三家子工业城建成投产企业3户；建成后基础设施总投资7.9亿元、可容纳70户企业、2015年销售收入超100亿元、工业增加值40亿元、税金5亿元、就业1.1万人（均为 target）。",
  "xh06"),
 parks=[
  park(SJ, "通辽", "内蒙古", "工业园区（工业城）", F0, district="库伦旗", note="文中又作“该园区”“工业城”"),
  park(KS, "通辽", "内蒙古", "工业园区", F3, district="库伦旗"),
 ],
 companies=[
  comp("东蒙水泥", SJ, F1, note="建成投产"),
  comp("利丰化工", SJ, F1, note="建成投产"),
  comp("阿琪玛食品有限公司", SJ, F1, note="建成投产"),
 ],
 projects=[
  proj("铁路枕木项目", SJ, F1, inv="投资1.2亿元", status="在建", status_text="正加紧建设"),
  proj("木糖醇项目", SJ, F1, inv="投资1.8亿元", status="在建", status_text="正加紧建设"),
  proj("食品添加剂项目", KS, F4, inv="总投资6.5亿元", note="已选址落户；无状态"),
  proj("甜菊糖项目", KS, F4, inv="总投资5亿元", note="已选址落户；无状态"),
 ],
 aggregate_facts=[
  fact(SJ, "park", "area_km2", 15, "km2", F0, "2011年8月", note="占地"),
  fact(KS, "park", "area_km2", 15, "km2", F3, "2011年8月", note="占地"),
  fact(SJ, "park", "firms_in_production", 3, "count", F1, "2011年8月"),
  fact(SJ, "park", "infrastructure_investment_cny", 7.9e8, "cny", F2, "园区建成后（预期）", kind="target", chk=True),
  fact(SJ, "park", "firm_capacity", 70, "count", F2, "园区建成后（预期）", kind="target", opt=True, note="可容纳70户企业"),
  fact(SJ, "park", "sales_revenue_cny", 1e10, "cny", "2015年园区将实现销售收入超100亿元、工业增加值40亿元、税金5亿元", AS6t, kind="target", qual="超", qtext="超", chk=True),
  fact(SJ, "park", "industrial_value_added_cny", 4e9, "cny", "工业增加值40亿元、税金5亿元", AS6t, kind="target", chk=True),
  fact(SJ, "park", "tax_revenue_cny", 5e8, "cny", "税金5亿元", AS6t, kind="target", chk=True),
  fact(SJ, "park", "expected_jobs", 11000, "count", F2, AS6t, kind="target", opt=True, note="1.1万人"),
 ])

# ---------------------------------------------------------------- xh07 东苏旗 芒来循环经济园区 集中开工 (cncmrn 2011)
ML = "芒来循环经济园区"
H0 = "5月25日,东苏旗12个重点项目在芒来循环经济园区集中开工,项目涵盖矿产资源开发、新型能源利用、基础设施建设、交通物流、农牧业产业化等领域,总投资近40亿元"
H1 = "此次集中开工的中铁资源芒来煤矿快速装车系统、大唐鼎旺硝基复合肥生产线、褐煤干燥等12个重点项目中,煤炭资源转化、循环经济占到60%以上"
AS7 = "2011年5月25日（集中开工）"
G["xh07"] = dict(
 article=art("（无标题）东苏旗12个重点项目在芒来循环经济园区集中开工", "cncmrn.com（“化工”频道；原发媒体与署名未注明）", "2011-05-31", "day",
  "Industry-report site relaying a local item, Inner Mongolia: a banner's 12 key projects started together in its circular-economy park — total investment, three named projects, the banner's project plan",
  "http://www.cncmrn.com/channels/chem/20110531/698398.html",
  "日期取网址 20110531（开工在5月25日）。存段无标题（title 为编者概括）；页尾六行研究报告广告已删。正文三段，完整；第二段引号为 ASCII 直引号 \"…\"，照录。园区：芒来循环经济园区（东苏旗即苏尼特左旗，锡林郭勒盟，内蒙古；district 照文作“东苏旗”）。项目（均在芒来循环经济园区，集中开工→开工）：中铁资源芒来煤矿快速装车系统、大唐鼎旺硝基复合肥生产线、褐煤干燥（名称近泛称，可选）。中铁资源、大唐鼎旺只在项目名中（可选公司）。事实：园区集中开工12个重点项目、总投资近40亿元（约）；煤炭资源转化、循环经济占60%以上（可选）；全旗计划实施56个重点项目（target，可选）。",
  "xh07"),
 parks=[
  park(ML, "锡林郭勒盟", "内蒙古", "循环经济园区", H0, district="东苏旗", note="东苏旗即苏尼特左旗"),
 ],
 companies=[
  comp("中铁资源", ML, H1, opt=True, note="只在项目名中"),
  comp("大唐鼎旺", ML, H1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中铁资源芒来煤矿快速装车系统", ML, H1, companies=["中铁资源"], status="开工", status_text="集中开工"),
  proj("大唐鼎旺硝基复合肥生产线", ML, H1, companies=["大唐鼎旺"], status="开工", status_text="集中开工"),
  proj("褐煤干燥", ML, H1, status="开工", status_text="集中开工", opt=True, note="名称近泛称"),
 ],
 aggregate_facts=[
  fact(ML, "park", "projects_started", 12, "count", H0, AS7),
  fact(ML, "park", "projects_started_investment_cny", 4e9, "cny", "总投资近40亿元", AS7, qual="约", qtext="近", chk=True),
  fact(ML, "park", "coal_conversion_circular_share_of_started_projects", 0.6, "ratio", H1, AS7, kind="ratio", qual="超", qtext="以上", opt=True),
  fact("东苏旗", "region", "key_projects_planned", 56, "count", "全旗计划实施56个重点项目", "2011年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xh08 呼和浩特 72个工业重点项目 (baogaosu relay 2021)
ZH = "中环产业园"
YL = "伊利现代智慧健康谷"
K0 = "今年以来,和浩特市工业重点项目“应开尽开”,已开复工72项"
K1 = "现场会上,伊利奶酪全球样板基地、吉宏智能环保包装产业园、合众创亚智能环保包装产品3个关联产业项目,以及伊利现代智慧健康谷敕勒川医院、呼和浩特市新城区第一实验小学敕勒川分校、呼和浩特市第四中学敕勒川分校、呼和浩特市第二中学敕勒川分校4个社会事业项目集中开工"
K2 = "从重大项目推进情况看,中环产业园中环五期、中晶二期等项目已投产,新增单晶硅产能28GW"
K3 = "伊利奶粉和液奶项目快速推进,液奶项目办公楼施工完成73%"
K4 = "金山热电厂二期项目3号锅炉安装完成51%"
K5 = "久泰100万吨乙二醇项目正在安装调试设备,甲醛工段预计10月底前投产"
K6 = "旭阳中燃300万吨焦化综合利用项目节能审查等待自治区发改委正式批复"
G["xh08"] = dict(
 article=art("呼和浩特市72个工业重点项目为高质量发展再添新动能", "huhehaote.baogaosu.com（转载；记者 刘洋 通讯员 张立富，原发媒体未注明）", "2021-09-19", "day",
  "City aggregator relaying a local report, Inner Mongolia: a capital city's industrial key projects started or resumed, a groundbreaking for a dairy group's health valley with its related industrial and social projects, progress of major projects (in production, under construction, awaiting approval)",
  "http://huhehaote.baogaosu.com/xinwen/%E5%91%BC%E5%92%8C%E6%B5%A9%E7%89%B9%E5%B8%82/97697083/",
  "日期取页面“19.09.2021  08:30”。标题照录；日期行与页尾两条无关新闻摘要已删。正文三段，完整（署名“(记者 刘洋 通讯员 张立富)”在末段尾）。首段“和浩特市”脱“呼”字，原文如此，照录。园区：中环产业园（呼和浩特）；伊利现代智慧健康谷（产城融合片区，可选园区）。项目：伊利奶酪全球样板基地、吉宏智能环保包装产业园、合众创亚智能环保包装产品（3个关联产业项目，集中开工→开工，归伊利现代智慧健康谷）；四个敕勒川社会事业项目（开工，可选）；中环五期、中晶二期（“中环产业园中环五期、中晶二期等项目已投产”→投产，归中环产业园）；伊利奶粉和液奶项目（快速推进→在建）、金山热电厂二期项目（锅炉安装中→在建）、久泰100万吨乙二醇项目（正在安装调试设备→在建）——园区文中未说；旭阳中燃300万吨焦化综合利用项目（节能审查等待批复→planned）。伊利、中环、中晶、久泰、旭阳中燃只在项目名中（可选公司）。事实：呼和浩特市工业重点项目今年以来已开复工72项（cumulative）；1-8月工业固定资产投资增长31.0%；中环产业园新增单晶硅产能28GW（可选）。",
  "xh08"),
 parks=[
  park(ZH, "呼和浩特", "内蒙古", "产业园", K2),
  park(YL, "呼和浩特", "内蒙古", "产城融合片区", "9月12日,伊利现代智慧健康谷产城融合重点项目开工现场会在呼和浩特召开", opt=True, note="伊利集团主导的产城融合片区"),
 ],
 companies=[
  comp("伊利", YL, K1, opt=True, note="只在项目名中"),
  comp("吉宏", YL, K1, opt=True, note="只在项目名中"),
  comp("合众创亚", YL, K1, opt=True, note="只在项目名中"),
  comp("中环", ZH, K2, opt=True, note="只在项目名中"),
  comp("中晶", ZH, K2, opt=True, note="只在项目名中"),
  comp("久泰", None, K5, opt=True, note="只在项目名中"),
  comp("旭阳中燃", None, K6, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("伊利奶酪全球样板基地", YL, K1, companies=["伊利"], status="开工", status_text="集中开工", note="关联产业项目"),
  proj("吉宏智能环保包装产业园", YL, K1, status="开工", status_text="集中开工", note="关联产业项目"),
  proj("合众创亚智能环保包装产品", YL, K1, status="开工", status_text="集中开工", note="关联产业项目"),
  proj("伊利现代智慧健康谷敕勒川医院", YL, K1, status="开工", status_text="集中开工", opt=True, note="社会事业项目"),
  proj("呼和浩特市新城区第一实验小学敕勒川分校", YL, K1, status="开工", status_text="集中开工", opt=True, note="社会事业项目"),
  proj("呼和浩特市第四中学敕勒川分校", YL, K1, status="开工", status_text="集中开工", opt=True, note="社会事业项目"),
  proj("呼和浩特市第二中学敕勒川分校", YL, K1, status="开工", status_text="集中开工", opt=True, note="社会事业项目"),
  proj("中环五期", ZH, K2, companies=["中环"], phase="五期", status="投产", status_text="已投产"),
  proj("中晶二期", ZH, K2, companies=["中晶"], phase="二期", status="投产", status_text="已投产"),
  proj("伊利奶粉和液奶项目", None, K3, companies=["伊利"], status="在建", status_text="快速推进", note="液奶项目、奶粉项目分述施工进度"),
  proj("金山热电厂二期项目", None, K4, phase="二期", status="在建", status_text="锅炉、厂房钢结构安装中"),
  proj("久泰100万吨乙二醇项目", None, K5, companies=["久泰"], status="在建", status_text="正在安装调试设备", note="甲醛工段预计10月底前投产"),
  proj("旭阳中燃300万吨焦化综合利用项目", None, K6, companies=["旭阳中燃"], status="planned", status_text="节能审查等待自治区发改委正式批复"),
 ],
 aggregate_facts=[
  fact("呼和浩特市", "region", "industrial_key_projects_started_or_resumed", 72, "count", K0, "2021年1月至9月中旬", kind="cumulative", note="已开复工"),
  fact("呼和浩特市", "region", "industrial_fixed_asset_investment_yoy_growth", 0.31, "ratio", "1-8月份,呼和浩特市工业固定资产投资增长31.0%,位列全区第二", "2021年1–8月", kind="ratio"),
  fact(ZH, "park", "new_monocrystalline_silicon_capacity_gw", 28, "GW", K2, "2021年9月", opt=True),
 ])

# ---------------------------------------------------------------- xh09 呼和浩特综合保税区 / 内蒙古口岸 (奔腾融媒 via nmgsb 2025)
HB = "呼和浩特综合保税区"
L0 = "呼和浩特综合保税区现有生产型、贸易型等企业合计240余家"
L1 = "上半年园区完成规上工业总产值20.25亿元,同比增长599%"
L2 = "今年,内蒙古自治区口岸85个重点项目已全部开工,目前已完成建设并投入使用的项目43个,其余项目正在有序推进"
G["xh09"] = dict(
 article=art("（无标题）内蒙古口岸85个重点项目全部开工 呼和浩特综合保税区上半年规上工业总产值增长599%", "奔腾融媒（“据奔腾融媒”），载于 szb.nmgsb.com.cn（编辑:超级管理员）", "2025-09-09", "day",
  "Regional paper's e-edition relaying a provincial media group, Inner Mongolia: opening-up report — port key projects started and completed, a bonded zone with a gold-products firm, the zone's firm count and half-year output growth, a port's inspection system",
  "http://szb.nmgsb.com.cn/content/2025-09/09/027595.html",
  "日期取网址 2025-09/09（文中“8月28日”）。存段无标题（title 为编者概括）；末行“编辑:超级管理员”已删，“(据奔腾融媒)”为正文末行，保留。正文九段，完整。园区：呼和浩特综合保税区（呼和浩特，内蒙古；综合保税区）。珠恩嘎达布其口岸为口岸，不列园区。公司：内蒙古阿斯特黄金制品有限公司（“今年初入园”，在综保区）。事实：综保区企业合计240余家（余）；上半年规上工业总产值20.25亿元（2025年上半年，reported），同比增长599%（ratio 5.99）；自治区口岸85个重点项目已全部开工、已建成投入使用43个（主体内蒙古自治区，可选）。",
  "xh09"),
 parks=[
  park(HB, "呼和浩特", "内蒙古", "综合保税区", "8月28日,在呼和浩特综合保税区,一家黄金制品企业的工人们正在加紧赶制一笔来自香港的订单", note="文中又作“园区”"),
 ],
 companies=[
  comp("内蒙古阿斯特黄金制品有限公司", HB, "内蒙古阿斯特黄金制品有限公司生产车间负责人包敏强介绍, 呼和浩特综合保税区不仅给他们提供了现成的厂房", note="今年初入园"),
 ],
 aggregate_facts=[
  fact(HB, "park", "firms", 240, "count", L0, "2025年8月", qual="余", qtext="余"),
  fact(HB, "park", "industrial_output_above_scale_cny", 2.025e9, "cny", L1, "2025年上半年", chk=True),
  fact(HB, "park", "industrial_output_above_scale_yoy_growth", 5.99, "ratio", L1, "2025年上半年", kind="ratio"),
  fact("内蒙古自治区", "region", "port_key_projects_started", 85, "count", L2, "2025年（截至9月）", opt=True, note="口岸重点项目已全部开工"),
  fact("内蒙古自治区", "region", "port_key_projects_completed", 43, "count", L2, "2025年（截至9月）", opt=True, note="已完成建设并投入使用"),
 ])
