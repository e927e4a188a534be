# real108 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text (the fullest form the text gives; shorter forms as aliases); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/接近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); US dollars in *_usd facts. Growth rates and shares as ratios. Projects: the park is the one the text places
# the project in, null if none (a county or city is not a park). Status from the text's words (集中开工 / 开工仪式 / 开工奠基
# → 开工; 建设工地 / 紧锣密鼓地建设中 / 进入最后调试阶段 → 在建; 竣工投产 / 落地投产 / 投入运营 → 投产; 签约仪式 → 签约;
# 落户 / 落地 alone → no status). 预计 / 可达 / 达产后 / 力争 figures are kind target; year-to-date or since-start counts
# (“今年以来”, “累计”, “已招引”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/xzNN.raw as returned.

# ---------------------------------------------------------------- xz01 航空港实验区 18个重大项目集中开工 (hnr.cn 2014)
HK = "郑州航空港经济综合实验区"
A0 = "昨日,郑州航空港实验区18个重大项目集中开工仪式在中外运中部区域物流网络枢纽项目现场举行"
A1 = "这18个项目总投资达172亿元"
A2 = "其中,产业类项目4个,总投资93.3亿元"
AS1 = "2014-10-10（集中开工）"
def _a(ev, name, inv, phase=None, opt=False, note=None):
    return proj(name, HK, ev, inv=inv, status="开工", status_text="集中开工", phase=phase, opt=opt, note=note)
G["xz01"] = dict(
 article=art("（无标题）郑州航空港实验区18个重大项目集中开工 总投资172亿元", "映象网 hnr.cn（河南广播电视台网站，房产频道“要闻”栏；原发媒体与署名存段未示）", "2014-10-11", "day",
  "Provincial broadcaster's news site, Henan: a national airport-economy zone's joint groundbreaking — 18 projects with the total, four groups with counts and totals, eight named industrial and social projects each with its amount, four roads and a resettlement project",
  "http://hnr.cn/house/yw/201410/t20141011_1657484.html",
  "日期取网址 201410/t20141011；文中“昨日”即2014年10月10日开工仪式。存段无标题行（title 为编者概括），开头“[摘要]”行与正文首段同文，已删。存段在末句“开工项目中投资额最多的郑州航空港蓝宝石器件产业园建筑面积近70万平方米,主要建设…新一代LED照明灯具、”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…总建筑面积106万平方米。”，共两段。园区：郑州航空港经济综合实验区（文中先作“郑州航空港实验区”，官员职衔中作全称；又作“实验区”“航空港实验区”；郑州，河南）。项目：18个项目“集中开工”→开工，园区均记航空港实验区（开工仪式在区内举行，“航空港实验区南部片区的安置区”亦在区内）。八个点名项目各有“投资X亿元”；四条道路（志洋路、机场南路、梅河东路、前进路）只有合计13亿元，列可选项目、无金额；“安置区建设项目”为6个城市建设项目的统称，合计35.2亿元，列可选、无金额。中外运、河南邦仁等只出现在项目名中，不另列公司。省人社厅列可选机构。事实：18个项目172亿元；分类个数与合计（产业类4个93.3亿元为必选，其余可选）。",
  "xz01"),
 parks=[
  park(HK, "郑州", "河南", "航空港经济综合实验区", "市委副书记、郑州航空港经济综合实验区党工委书记胡荃", aliases=["郑州航空港实验区", "航空港实验区"],
       note="文中先作“郑州航空港实验区”；又作“实验区”"),
 ],
 institutions=[
  inst("省人社厅", "投资8亿元的省人社厅综合保障服务中心", note="只在项目名中"),
 ],
 projects=[
  _a("投资70亿元的郑州航空港蓝宝石器件产业园", "郑州航空港蓝宝石器件产业园", "投资70亿元", note="产业类；开工项目中投资额最多"),
  _a("投资10亿元的中外运中部区域物流网络枢纽一期项目", "中外运中部区域物流网络枢纽一期项目", "投资10亿元", phase="一期", note="产业类；开工仪式现场"),
  _a("投资6.8亿元的河南邦仁医药物流园项目", "河南邦仁医药物流园项目", "投资6.8亿元", note="产业类"),
  _a("投资6.5亿元的智能终端(手机)产业园二期", "智能终端(手机)产业园二期", "投资6.5亿元", phase="二期", note="产业类"),
  _a("投资16亿元的河南省公共卫生医疗中心", "河南省公共卫生医疗中心", "投资16亿元", note="社会事业类"),
  _a("投资8亿元的省人社厅综合保障服务中心", "省人社厅综合保障服务中心", "投资8亿元", note="社会事业类"),
  _a("投资4.9亿元的郑州市第一人民医院港区医院", "郑州市第一人民医院港区医院", "投资4.9亿元", note="社会事业类"),
  _a("投资1.2亿元的河南育人国际学校", "河南育人国际学校", "投资1.2亿元", note="社会事业类"),
  _a("分别是志洋路、机场南路、梅河东路、前进路四条道路", "志洋路", None, opt=True, note="基础设施类；四条道路合计13亿元"),
  _a("分别是志洋路、机场南路、梅河东路、前进路四条道路", "机场南路", None, opt=True, note="同上"),
  _a("分别是志洋路、机场南路、梅河东路、前进路四条道路", "梅河东路", None, opt=True, note="同上"),
  _a("分别是志洋路、机场南路、梅河东路、前进路四条道路", "前进路", None, opt=True, note="同上"),
  _a("城市建设项目6个,总投资35.2亿元,分别是位于航空港实验区南部片区的安置区建设项目", "安置区建设项目", None, opt=True,
     note="6个城市建设项目的统称；合计35.2亿元不作单项金额"),
 ],
 aggregate_facts=[
  fact(HK, "park", "projects_started", 18, "count", A0, AS1),
  fact(HK, "park", "projects_started_investment_cny", 1.72e10, "cny", A1, AS1, chk=True),
  fact(HK, "park", "industrial_projects_started", 4, "count", A2, AS1),
  fact(HK, "park", "industrial_projects_started_investment_cny", 9.33e9, "cny", A2, AS1, chk=True),
  fact(HK, "park", "social_projects_started", 4, "count", "社会事业类项目4个,总投资30亿元", AS1, opt=True),
  fact(HK, "park", "social_projects_started_investment_cny", 3e9, "cny", "社会事业类项目4个,总投资30亿元", AS1, opt=True, chk=True),
  fact(HK, "park", "infrastructure_projects_started", 4, "count", "基础设施类项目4个,总投资13亿元", AS1, opt=True),
  fact(HK, "park", "infrastructure_projects_started_investment_cny", 1.3e9, "cny", "基础设施类项目4个,总投资13亿元", AS1, opt=True, chk=True),
  fact(HK, "park", "urban_projects_started", 6, "count", "城市建设项目6个,总投资35.2亿元", AS1, opt=True),
  fact(HK, "park", "urban_projects_started_investment_cny", 3.52e9, "cny", "城市建设项目6个,总投资35.2亿元", AS1, opt=True, chk=True),
  fact(HK, "park", "road_length_km", 21.6, "km", "建设总里程21.6公里", AS1, opt=True),
  fact("安置区建设项目", "project", "floor_area_m2", 1.06e6, "m2", "总建筑面积106万平方米", AS1, opt=True),
 ])

# ---------------------------------------------------------------- xz02 商丘市先进装备制造产业园 首个签约项目 (商丘日报 2017)
SQ = "商丘市先进装备制造产业园"
SF = "商丘市城乡一体化示范区"
B0 = "8月17日,市城乡一体化示范区管委会与神火集团举行铝箔项目签约仪式,标志着我市先进装备制造产业园迈入发展新阶段"
B1 = "神火集团铝箔项目总投资36亿元"
B2 = "项目全部建成后,年新增产值30亿元,可实现利税3亿元,出口创汇3亿美元以上,提供就业岗位1000多个"
ASB = "项目全部建成后（预期）"
G["xz02"] = dict(
 article=art("商丘市先进装备制造产业园迎来首个签约项目", "商丘日报（“来源:商丘网—商丘日报”），载于映象网商丘站 sq.hnr.cn；责编李静，记者署名存段未示", "2017-08-18", "day",
  "City daily on a provincial site's city channel, Henan: a city's new equipment-manufacturing park signs its first project — an aluminium-foil project by a state group with its investment, expected output, profit-tax, export earnings and jobs",
  "http://sq.hnr.cn/jrrd/20170818/323105/",
  "日期取页面“2017-08-18  来源:商丘网—商丘日报”；签约在8月17日。标题照录；栏目行“今日热点 > 正文”、日期来源行，以及文末翻页、关键词、责编、相关阅读、版权等页面杂项已删。正文四段，完整。园区：商丘市先进装备制造产业园（标题全称；文中作“我市先进装备制造产业园”）；签约方“市城乡一体化示范区管委会”，示范区全称“商丘市城乡一体化示范区”为编者补全（文中作“市城乡一体化示范区”“示范区”），产业园的母园区由语境推定为示范区。项目：神火集团铝箔项目（文中先作“铝箔项目”），总投资36亿元，“签约仪式”→签约，园区记先进装备制造产业园（“首个签约项目”）。公司：神火集团为投资方，文中未说其位于园区，park 记 null。事实：项目建成后年新增产值30亿元、利税3亿元、出口创汇3亿美元以上、就业岗位1000多个（均为预期，target）。市领导不列。",
  "xz02"),
 parks=[
  park(SQ, "商丘", "河南", "产业园（先进装备制造）", "商丘市先进装备制造产业园迎来首个签约项目", parent=SF, aliases=["先进装备制造产业园"],
       note="标题全称；文中作“我市先进装备制造产业园”；母园区由语境推定"),
  park(SF, "商丘", "河南", "城乡一体化示范区", B0, aliases=["市城乡一体化示范区", "示范区"],
       note="全称为编者补全；文中作“市城乡一体化示范区”“示范区”"),
 ],
 companies=[
  comp("神火集团", None, B0, note="投资方；文中未说其位于园区"),
 ],
 institutions=[
  inst("市城乡一体化示范区管委会", B0, note="签约方"),
 ],
 projects=[
  proj("神火集团铝箔项目", SQ, B1, companies=["神火集团"], inv="总投资36亿元", status="签约", status_text="签约仪式", aliases=["铝箔项目"],
       note="产业园首个签约项目；产品为高端双零铝箔及医药包装用高端单零铝箔"),
 ],
 aggregate_facts=[
  fact("神火集团铝箔项目", "project", "expected_annual_output_cny", 3e9, "cny", "年新增产值30亿元,可实现利税3亿元", ASB, kind="target", chk=True, note="年新增产值"),
  fact("神火集团铝箔项目", "project", "expected_annual_profit_tax_cny", 3e8, "cny", "可实现利税3亿元", ASB, kind="target", chk=True),
  fact("神火集团铝箔项目", "project", "expected_annual_exports_usd", 3e8, "usd", "出口创汇3亿美元以上", ASB, kind="target", qual="超", qtext="以上", opt=True),
  fact("神火集团铝箔项目", "project", "expected_jobs", 1000, "count", "提供就业岗位1000多个", ASB, kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xz03 商城县推进重点项目建设纪略 (信阳日报 2024)
SC = "商城县先进制造业开发区"
HB = "环保装备产业园"
C0 = "12月12日,寒意渐浓,位于商城县先进制造业开发区的地沐环保设备加工生产项目现场却是一派热火朝天的施工景象"
C1 = "其中地沐环保项目就是今年新引进的省重点项目,总投资10亿元,一期2.9万平方米的钢结构厂房已建成,预计年底可投产运营"
C2 = "环保装备产业园2021年开工建设,目前已建成厂房9.3万平方米,道路、管网、绿化等基础设施全部完善,已招引新浩润一体化污水处理设备加工、商禹水工机械设备加工、明阳风电预制塔筒等32家企业落地"
C3 = "银辉体育是省级重点项目之一,也是商城县龙头企业,总投资10.8亿元,建筑面积3万平方米,规划建设厂房6栋,达产后年产50万件体育器材,年营业收入达2亿元"
C4 = "银辉体育的落地投产,也招引来誉威运动器材、予之龙运动器材、神鹰渔具等17家户外运动企业落户,年产值10余亿元"
AS3 = "2024年12月"
G["xz03"] = dict(
 article=art("跑出“加速度” 冲刺“全年红” ——商城县推进重点项目建设纪略", "信阳日报（李新春），数字报 ribao.xyxww.com.cn 第02版“综合要闻”", "2024-12-13", "day",
  "City daily's report, Henan: a county's key projects at year-end — a project in the county's advanced-manufacturing development zone nearly finished with its investment and expected output, the environmental-equipment park with floor space and firms attracted, a sporting-goods maker in production with its investment and expected revenue, an outdoor-sports cluster",
  "https://ribao.xyxww.com.cn/html/2024-12/13/content_150220.htm",
  "日期取网址 2024-12/13（数字报第02版）；文中“12月12日”为采访日。标题两行（主题“跑出“加速度” 冲刺“全年红””与副题“——商城县推进重点项目建设纪略”）以一个空格连成一行（make_txt.py ITEMS 的二元组）；版次行、“信阳日报客户端 / 一端在手 信息全有”与署名行“□李新春”已删。存段末段“商城县电子信息产业园是第二期全省“三个一批”签约项目,计划总”在句中中断，整段删去；正文截至“…形成门类齐全、产业链完备的产业集群。”，共六段。园区：商城县先进制造业开发区（信阳市商城县，河南）；环保装备产业园（“商城县…打造环保装备产业园,其中地沐环保项目”，地沐项目又“位于商城县先进制造业开发区”，母园区由此推定为开发区）。项目：地沐环保设备加工生产项目（又作“地沐环保项目”），总投资10亿元；“施工景象”“进入最后调试阶段”“预计年底可投产运营”→在建，园区记开发区（文中明说“位于”）。银辉体育（项目名即企业简称；“省级重点项目”），总投资10.8亿元，“今年上半年竣工投产”→投产；文中未说位于开发区或哪个园区，park 记 null。环保装备产业园内“新浩润一体化污水处理设备加工”等三项为“落地”企业项目（无状态），列可选项目。公司：银辉体育用品有限公司（park null）；开源环保公司（链主，位置未说，可选）；誉威运动器材等三家户外运动企业（落户商城县，园区未说，可选）。事实：地沐项目预期新增产值6000万元（target）；环保装备产业园已建成厂房9.3万平方米、已招引32家企业（cumulative）；银辉体育建筑面积、达产后年产能与年营业收入2亿元（target）；17家户外运动企业年产值10余亿元（subject 商城县，可选）。",
  "xz03"),
 parks=[
  park(SC, "信阳", "河南", "先进制造业开发区", C0, district="商城县"),
  park(HB, "信阳", "河南", "产业园（环保装备）", C2, district="商城县", parent=SC, note="母园区由语境推定（地沐环保项目既在产业园内又“位于”开发区）"),
 ],
 companies=[
  comp("银辉体育用品有限公司", None, "银辉体育用品有限公司(以下简称“银辉体育”)负责人张永华介绍", aliases=["银辉体育"],
       note="商城县龙头企业；文中未说位于哪个园区"),
  comp("开源环保公司", None, "商城县以河南省水处理龙头企业开源环保公司为链主,打造环保装备产业园", opt=True, note="环保装备产业园链主；位置未说"),
  comp("地沐环保", SC, C0, opt=True, note="只在项目名中"),
  comp("誉威运动器材", None, C4, opt=True, note="户外运动企业，落户商城县"),
  comp("予之龙运动器材", None, C4, opt=True, note="同上"),
  comp("神鹰渔具", None, C4, opt=True, note="同上"),
 ],
 projects=[
  proj("地沐环保设备加工生产项目", SC, C1, companies=["地沐环保"], inv="总投资10亿元", status="在建",
       status_text="施工景象；进入最后调试阶段；预计年底可投产运营", aliases=["地沐环保项目"],
       note="首段“位于商城县先进制造业开发区的地沐环保设备加工生产项目现场…施工景象…进入最后调试阶段”；亦在环保装备产业园；今年新引进的省重点项目；金额与状态证据见第二段"),
  proj("银辉体育", None, C3, companies=["银辉体育用品有限公司"], inv="总投资10.8亿元", status="投产", status_text="今年上半年竣工投产",
       note="项目名即企业简称；省级重点项目；园区未说"),
  proj("新浩润一体化污水处理设备加工", HB, C2, opt=True, note="“落地”企业项目，无状态"),
  proj("商禹水工机械设备加工", HB, C2, opt=True, note="同上"),
  proj("明阳风电预制塔筒", HB, C2, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("地沐环保设备加工生产项目", "project", "expected_new_output_cny", 6e7, "cny", "达产后可年产300套卷扬机、100套液压站等设备,新增产值6000万元", "达产后（预期）", kind="target", chk=True),
  fact("地沐环保设备加工生产项目", "project", "phase1_floor_area_m2", 2.9e4, "m2", C1, AS3, opt=True),
  fact(HB, "park", "factory_floor_area_built_m2", 9.3e4, "m2", C2, AS3, kind="cumulative", opt=True),
  fact(HB, "park", "firms", 32, "count", C2, AS3, kind="cumulative", note="已招引落地企业"),
  fact("银辉体育", "project", "floor_area_m2", 3e4, "m2", C3, AS3, opt=True),
  fact("银辉体育", "project", "expected_annual_revenue_cny", 2e8, "cny", "达产后年产50万件体育器材,年营业收入达2亿元", "达产后（预期）", kind="target", chk=True),
  fact("商城县", "region", "outdoor_sports_firms", 17, "count", C4, AS3, opt=True),
  fact("商城县", "region", "outdoor_sports_output", 1e9, "cny", "年产值10余亿元", AS3, qual="余", qtext="余", opt=True, note="“10余亿元”：metric 不带 _cny（同前例 5000多万元）"),
 ])

# ---------------------------------------------------------------- xz04 南阳市卧龙区 项目建设 (国际在线 2024)
WL = "卧龙区先进制造业开发区"
D0 = "6月4日,在位于南阳市卧龙区先进制造业开发区的南阳金誉科技有限公司年产5万吨食品包装材料项目建设工地上"
D1 = "南阳金誉科技有限公司的这一项目总投资高达13.8亿元"
D2 = "投产后将实现传统包装向新型可降解技术转型,年销售收入可达10亿元、税收可达3000万元,新增就业岗位150个"
D3 = "同样位于卧龙区先进制造业开发区的南阳产投食品产业园项目也在紧锣密鼓地建设中"
D4 = "南阳产投食品产业园是河南省重点建设项目,总投资50亿元,主要服务于预制菜和中央厨房企业"
D5 = "食品产业园正式开园后,年产值可达20亿元,可提供就业岗位1500个至2000个"
G["xz04"] = dict(
 article=art("南阳市卧龙区:项目建设为经济发展“充电”赋能", "中央广电总台国际在线（hn.cri.cn 河南频道；编辑张雨晴，责编石丽敏）", "2024-06-06", "day",
  "National broadcaster's provincial channel, Henan: a district's project drive — two projects in its advanced-manufacturing development zone under construction, a packaging-materials plant with investment, phase-1 completion date, expected sales, tax and jobs, and a food industrial park with investment, expected output and jobs",
  "https://hn.cri.cn/20240606/9eee87f2-7f6c-db3f-7b81-d32efafa879c.html",
  "日期取页面“2024-06-06 17:53:16来源: 中央广电总台国际在线”；文中“6月4日”为采访日。标题照录；频道菜单与日期来源行已删。存段在末句“同时,该区坚持问题导向,…道路及市政配套设施、土地补偿”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…确保项目建设无障碍进行。”，共六段。园区：卧龙区先进制造业开发区（首见作“南阳市卧龙区先进制造业开发区”，列 alias；南阳市卧龙区，河南）。项目：南阳金誉科技有限公司年产5万吨食品包装材料项目（建设工地、“1号车间主体完成”、“项目一期预计今年6月底完工”→在建），总投资“高达13.8亿元”（无限定词）；南阳产投食品产业园项目（“紧锣密鼓地建设中”→在建），总投资50亿元，文中又作“南阳产投食品产业园”“食品产业园”；该产业园另列可选园区（母园区为开发区）。公司：南阳金誉科技有限公司（在开发区）。事实：金誉项目投产后年销售收入10亿元、税收3000万元、就业150个（target）；食品产业园开园后年产值20亿元、就业1500至2000个（target；就业区间取下限、可选）。卧龙区为区，不是园区。",
  "xz04"),
 parks=[
  park(WL, "南阳", "河南", "先进制造业开发区", D3, district="卧龙区", aliases=["南阳市卧龙区先进制造业开发区"], note="首见作“南阳市卧龙区先进制造业开发区”"),
  park("南阳产投食品产业园", "南阳", "河南", "产业园（食品）", D4, district="卧龙区", parent=WL, aliases=["食品产业园"], opt=True,
       note="又是项目（南阳产投食品产业园项目）；在建"),
 ],
 companies=[
  comp("南阳金誉科技有限公司", WL, D0),
 ],
 projects=[
  proj("年产5万吨食品包装材料项目", WL, D1, companies=["南阳金誉科技有限公司"], inv="总投资高达13.8亿元", status="在建", status_text="建设工地；1号车间主体完成",
       aliases=["南阳金誉科技有限公司年产5万吨食品包装材料项目"], note="首段“位于南阳市卧龙区先进制造业开发区的…项目建设工地上”；一期预计2024年6月底完工"),
  proj("南阳产投食品产业园项目", WL, D4, inv="总投资50亿元", status="在建", status_text="紧锣密鼓地建设中", aliases=["南阳产投食品产业园"],
       note="河南省重点建设项目；服务预制菜和中央厨房企业"),
 ],
 aggregate_facts=[
  fact("年产5万吨食品包装材料项目", "project", "expected_annual_sales_cny", 1e9, "cny", "年销售收入可达10亿元、税收可达3000万元", "投产后（预期）", kind="target", chk=True),
  fact("年产5万吨食品包装材料项目", "project", "expected_annual_tax_cny", 3e7, "cny", "税收可达3000万元", "投产后（预期）", kind="target", chk=True),
  fact("年产5万吨食品包装材料项目", "project", "expected_jobs", 150, "count", D2, "投产后（预期）", kind="target", opt=True),
  fact("南阳产投食品产业园项目", "project", "expected_annual_output_cny", 2e9, "cny", D5, "开园后（预期）", kind="target", chk=True),
  fact("南阳产投食品产业园项目", "project", "expected_jobs", 1500, "count", D5, "开园后（预期）", kind="target", opt=True, note="区间1500至2000个，取下限"),
 ])

# ---------------------------------------------------------------- xz05 郑州高新区 2024年上半年 (中原网 via 新浪财经)
ZG = "郑州高新区"
E0 = "2024年上半年,实现GDP307.3亿元,同比增长3.1%;规上工业增加值完成80.5亿元,同比增长12.7%"
E1 = "主导产业新签约项目签约额402.43亿元,累计获批“链主”企业34家,占全市的25.56%"
E2 = "上半年新增第二批郑州市“链主”企业15家,占全市的21.7%"
E3 = "上半年新增郑州市科技型企业193家,入库高企后备企业618家"
H1 = "2024年上半年"
G["xz05"] = dict(
 article=art("今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷", "中原网（郑州报业集团网站），载于新浪财经 finance.sina.com.cn；记者署名存段未示", "2024-08-27", "day",
  "City news portal relayed by a national portal's finance channel, Henan: a national high-tech zone's first half of 2024 — GDP and industrial value added with growth, signed investment of its leading industries, chain-leader and other firm counts with city shares, a computing-network project in operation, new tech firms",
  "https://finance.sina.com.cn/jjxw/2024-08-27/doc-inckzwyp4171181.shtml",
  "日期取页面“2024年08月27日 08:39 中原网”；文中“日前召开的2024年高质量发展推进会”。标题照录（页面标题行重复一次，已删）。存段在第三段“创新平台加速集聚,新增省级工程研究中心5家;挂牌成立超硬材料产业技术研究院、河南省培育”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…入库高企后备企业618家。”，共三段。园区：郑州高新区（标题作“高新区”；郑州，河南）。首句GDP、规上工业增加值等未写主语，按下文归郑州高新区。事实（2024年上半年，reported）：GDP 307.3亿元、增长3.1%；规上工业增加值80.5亿元、增长12.7%；主导产业新签约项目签约额402.43亿元（所在段落讲上半年，as_of 记上半年，note 注明推定）；累计获批“链主”企业34家（cumulative）及全市占比；上半年新增链主企业15家、头雁企业7家、单项冠军15家（可选）；新增科技型企业193家、高企后备618家。项目：郑高新全域算力网一期项目“正式投入运营”→投产；郑州高新区华为开发者创新中心“落户”（无状态，可选项目）。“四星级开发区”评级不计数值。国家数据局列可选机构。",
  "xz05"),
 parks=[
  park(ZG, "郑州", "河南", "高新区", "记者从郑州高新区日前召开的2024年高质量发展推进会上了解到", aliases=["高新区"], note="标题作“高新区”"),
 ],
 institutions=[
  inst("国家数据局", "被国家数据局纳入“全国一体化算力网”典型案例"),
 ],
 projects=[
  proj("郑高新全域算力网一期项目", ZG, "郑高新全域算力网一期项目正式投入运营", phase="一期", status="投产", status_text="正式投入运营"),
  proj("郑州高新区华为开发者创新中心", ZG, "郑州高新区华为开发者创新中心落户", opt=True, note="“落户”，无状态"),
 ],
 aggregate_facts=[
  fact(ZG, "park", "gdp_cny", 3.073e10, "cny", E0, H1, chk=True),
  fact(ZG, "park", "gdp_yoy_growth", 0.031, "ratio", E0, H1, kind="ratio"),
  fact(ZG, "park", "above_scale_industrial_value_added_cny", 8.05e9, "cny", "规上工业增加值完成80.5亿元,同比增长12.7%", H1, chk=True),
  fact(ZG, "park", "above_scale_industrial_value_added_yoy_growth", 0.127, "ratio", "规上工业增加值完成80.5亿元,同比增长12.7%", H1, kind="ratio"),
  fact(ZG, "park", "signed_investment_cny", 4.0243e10, "cny", E1, H1, chk=True, note="主导产业新签约项目签约额；期间由段落语境推定为上半年"),
  fact(ZG, "park", "chain_leader_firms", 34, "count", E1, "2024年6月末（累计）", kind="cumulative"),
  fact(ZG, "park", "chain_leader_firms_city_share", 0.2556, "ratio", E1, "2024年6月末（累计）", kind="ratio", opt=True),
  fact(ZG, "park", "new_chain_leader_firms", 15, "count", E2, H1, opt=True),
  fact(ZG, "park", "new_chain_leader_firms_city_share", 0.217, "ratio", E2, H1, kind="ratio", opt=True),
  fact(ZG, "park", "lead_goose_firms", 7, "count", "获批河南省头雁企业7家,重点培育头雁企业6家", H1, opt=True),
  fact(ZG, "park", "single_champion_firms", 15, "count", "辖区15家企业上榜河南省制造业单项冠军", H1, opt=True),
  fact(ZG, "park", "new_tech_firms", 193, "count", E3, H1),
  fact(ZG, "park", "high_tech_reserve_firms", 618, "count", E3, H1, opt=True),
 ])

# ---------------------------------------------------------------- xz06 新乡 第十三期“三个一批” (河南日报 via 新乡经开区网站 2024)
XX = "新乡经开区"
F0 = "据统计,新乡市本次纳入省“签约一批”台账项目共39个,总投资208.7亿元;“开工一批”项目共37个,总投资148.1亿元"
F1 = "随后,新乡市委书记李卫东带队赴“开工一批”主会场经开区,参加新乡白鹭投资集团有限公司新材料产业基地开工仪式,开工仪式由新乡经开区党工委书记王景书主持"
F2 = "公司产能同比增长31%,产值同比增长6.7%,新摘土地700余亩,谋划实施总投资68亿元的5个项目"
AS6 = "2024-07-11（全省第十三期“三个一批”）"
G["xz06"] = dict(
 article=art("聚焦全省第十三期“三个一批”项目建设丨新乡:“链”就良好生态,39个项目签约,37个项目开工", "河南日报（“来源:河南日报”；存段无署名），载于新乡经济技术开发区网站 jkq.xinxiang.gov.cn “政务要闻”栏", "2024-07-12", "day",
  "Provincial daily relayed on a zone's government site, Henan: a city's round of the province's sign / start / produce campaign — the city's signed and started project counts and totals, the main groundbreaking in the economic-technological development zone for a named group's new-materials base, the group's growth figures and planned projects",
  "http://jkq.xinxiang.gov.cn/2024/0712/15746.html",
  "日期取页面“时间:2024-07-12 来源:河南日报”；活动在7月11日。标题照录；面包屑“首页 / 要闻动态 / 政务要闻”与时间来源行已删。存段末段“新乡白鹭投资集团新材料产业基地包含两个项目,一是年”在句中中断，整段删去；正文截至“…谋划实施总投资68亿元的5个项目。”，共五段。园区：新乡经开区（文中先作“主会场经开区”，继作“新乡经开区党工委”；新乡，河南）。项目：新乡白鹭投资集团新材料产业基地（首见作“新乡白鹭投资集团有限公司新材料产业基地”，列 alias），“开工仪式”“今天开工奠基”→开工，园区新乡经开区；存段无金额（两个子项目在被删的残段）。公司：新乡白鹭投资集团有限公司（文中又作“新乡白鹭投资集团”；与经开区“风雨同舟”，园区记新乡经开区）。事实：新乡市本次签约39个/208.7亿元、开工37个/148.1亿元（subject 新乡市，region）；白鹭集团产能增长31%、产值增长6.7%（期间未写，“自2022年以来”语境，as_of 记发稿时，可选）、新摘土地700余亩（可选）、谋划5个项目总投资68亿元（planned，reported）。市领导不列。",
  "xz06"),
 parks=[
  park(XX, "新乡", "河南", "经济技术开发区", F1, aliases=["经开区"], note="文中先作“主会场经开区”"),
 ],
 companies=[
  comp("新乡白鹭投资集团有限公司", XX, F1, aliases=["新乡白鹭投资集团"], note="新材料产业基地业主；与经开区合作"),
 ],
 projects=[
  proj("新乡白鹭投资集团新材料产业基地", XX, F1, companies=["新乡白鹭投资集团有限公司"], status="开工", status_text="开工仪式；今天开工奠基",
       aliases=["新乡白鹭投资集团有限公司新材料产业基地"], note="“开工一批”主会场项目；存段无金额"),
 ],
 aggregate_facts=[
  fact("新乡市", "region", "projects_signed", 39, "count", F0, AS6),
  fact("新乡市", "region", "signed_investment_cny", 2.087e10, "cny", F0, AS6, chk=True),
  fact("新乡市", "region", "projects_started", 37, "count", "“开工一批”项目共37个,总投资148.1亿元", AS6),
  fact("新乡市", "region", "projects_started_investment_cny", 1.481e10, "cny", "“开工一批”项目共37个,总投资148.1亿元", AS6, chk=True),
  fact("新乡白鹭投资集团有限公司", "company", "capacity_yoy_growth", 0.31, "ratio", F2, "发稿时（期间未写）", kind="ratio", opt=True),
  fact("新乡白鹭投资集团有限公司", "company", "output_yoy_growth", 0.067, "ratio", F2, "发稿时（期间未写）", kind="ratio", opt=True),
  fact("新乡白鹭投资集团有限公司", "company", "land_acquired_mu", 700, "mu", F2, "2022年以来", kind="cumulative", qual="余", qtext="余", opt=True),
  fact("新乡白鹭投资集团有限公司", "company", "projects_planned", 5, "count", "谋划实施总投资68亿元的5个项目", "2024年7月"),
  fact("新乡白鹭投资集团有限公司", "company", "planned_investment_cny", 6.8e9, "cny", "谋划实施总投资68亿元的5个项目", "2024年7月", chk=True),
 ])

# ---------------------------------------------------------------- xz07 郑州航空港实验区 2017年成绩 (郑州日报 via mlzgw 2018)
HK7 = "郑州航空港经济综合实验区"
ZB = "郑州新郑综合保税区"
H0 = "据初步统计,2017年,该区完成地区生产总值700.1亿元,增长14%,增速排名全市第一,总量排名全市开发区第一,对全市经济增长贡献率达到13.4%"
H2 = "规模以上工业增加值完成295.3亿元,增长15.1%"
H3 = "固定资产投资完成680.5亿元,增长8.3%"
H4 = "一般公共预算收入完成36.3亿元,增长16%"
H5 = "郑州新郑综合保税区完成进出口总值3374.5亿元,蝉联全国综保区第一,全省、全市占比分别达到64.5%、84%"
Y17 = "2017年"
G["xz07"] = dict(
 article=art("（无标题）郑州航空港经济综合实验区工作会议：2017年地区生产总值700.1亿元", "郑州日报（“来源:郑州日报”；存段无署名），载于 xinwen.mlzgw.cn", "2018-03-08", "day",
  "City daily relayed on a news site, Henan: a national airport-economy zone's work meeting — its 2017 GDP, industrial value added, fixed investment and budget revenue with growth, the bonded zone's imports and exports with shares, phone output, five-year goals and 2018 plans (cargo area, airline bases, airport traffic targets)",
  "http://xinwen.mlzgw.cn/news/yushi/2018/0308/4423.html",
  "日期取页面“2018-03-08 09:09:15 来源:郑州日报”；文中“昨日”即2018年3月7日工作会议。存段无标题行（title 为编者概括），日期来源行已删。存段在末句“加快推进中卢创新”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…配合申报内陆型自贸港。”，共五段。园区：郑州航空港经济综合实验区（文中又作“该区”“全区”“航空港实验区”；郑州，河南）；郑州新郑综合保税区（文中未明说位于实验区，母园区按实验区的“全区”语境推定，可选 parent）；河南自贸区（只作将来纳入的目标，可选园区）。事实（2017年，reported；“据初步统计”）：地区生产总值700.1亿元、增长14%，对全市经济增长贡献率13.4%（可选）；规上工业增加值295.3亿元、增长15.1%；固定资产投资680.5亿元、增长8.3%；一般公共预算收入36.3亿元、增长16%；综保区进出口总值3374.5亿元（subject 综保区）、全国综保区第一（national_rank 1，可选）、占全省64.5%、全市84%（可选）；手机总产量2.99亿部。目标（target，可选）：2022年企业主营业务收入万亿规模；2018年机场客运量超2700万人次、货运量超55万吨（subject 郑州机场）。项目：机场北货运区（“将支持…建设”，状态未明，可选）。航空公司与快递企业（亚洲航空郑州基地、西部航空郑州分公司、DHL）为培育引进对象，园区未说，可选公司、park null。",
  "xz07"),
 parks=[
  park(HK7, "郑州", "河南", "航空港经济综合实验区", "2013年3月7日,郑州航空港经济综合实验区建设正式上升为国家战略", aliases=["航空港实验区"],
       note="文中又作“该区”“全区”"),
  park(ZB, "郑州", "河南", "综合保税区", H5, parent=HK7, note="母园区由语境推定"),
  park("河南自贸区", None, "河南", "自由贸易试验区", "此外,力争尽快将航空港实验区纳入河南自贸区实施范围", opt=True, note="只作将来纳入的目标"),
 ],
 companies=[
  comp("亚洲航空郑州基地", None, "加快推进亚洲航空郑州基地、西部航空郑州分公司、卢森堡合资货航等基地航空公司的培育引进", opt=True, note="培育引进对象"),
  comp("西部航空郑州分公司", None, "加快推进亚洲航空郑州基地、西部航空郑州分公司、卢森堡合资货航等基地航空公司的培育引进", opt=True, note="同上"),
  comp("DHL(敦豪)", None, "加快推进DHL(敦豪)在郑州设立亚太第四大国际快件转运中心", opt=True, aliases=["DHL", "敦豪"], note="拟设转运中心"),
 ],
 projects=[
  proj("机场北货运区", HK7, "今年,该区将支持机场北货运区等项目建设", opt=True, note="“将支持…建设”，状态未明"),
 ],
 aggregate_facts=[
  fact(HK7, "park", "gdp_cny", 7.001e10, "cny", H0, Y17, chk=True),
  fact(HK7, "park", "gdp_yoy_growth", 0.14, "ratio", H0, Y17, kind="ratio"),
  fact(HK7, "park", "contribution_to_city_gdp_growth", 0.134, "ratio", H0, Y17, kind="ratio", opt=True),
  fact(HK7, "park", "above_scale_industrial_value_added_cny", 2.953e10, "cny", H2, Y17, chk=True),
  fact(HK7, "park", "above_scale_industrial_value_added_yoy_growth", 0.151, "ratio", H2, Y17, kind="ratio"),
  fact(HK7, "park", "fixed_asset_investment_cny", 6.805e10, "cny", H3, Y17, chk=True),
  fact(HK7, "park", "fixed_asset_investment_yoy_growth", 0.083, "ratio", H3, Y17, kind="ratio"),
  fact(HK7, "park", "general_budget_revenue_cny", 3.63e9, "cny", H4, Y17, chk=True),
  fact(HK7, "park", "general_budget_revenue_yoy_growth", 0.16, "ratio", H4, Y17, kind="ratio"),
  fact(ZB, "park", "import_export_cny", 3.3745e11, "cny", H5, Y17, chk=True),
  fact(ZB, "park", "national_rank", 1, "rank", H5, Y17, opt=True, note="蝉联全国综保区第一"),
  fact(ZB, "park", "import_export_province_share", 0.645, "ratio", H5, Y17, kind="ratio", opt=True),
  fact(ZB, "park", "import_export_city_share", 0.84, "ratio", H5, Y17, kind="ratio", opt=True),
  fact(HK7, "park", "mobile_phones_output", 2.99e8, "units", "全区手机总产量达2.99亿部,超越重庆,居全国第二", Y17),
  fact(HK7, "park", "enterprise_main_business_revenue", 1e12, "cny", "力争2022年企业主营业务收入达到万亿规模", "2022年（目标）", kind="target", opt=True),
  fact("郑州机场", "other", "passengers", 2.7e7, "persons", "力争2018年机场客运量超过2700万人次,货运量超过55万吨", "2018年（目标）", kind="target", qual="超", qtext="超过", opt=True),
  fact("郑州机场", "other", "cargo_t", 5.5e5, "t", "货运量超过55万吨", "2018年（目标）", kind="target", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- xz08 郑州经开区 国家级经开区考核 (河南日报 via 国际在线 2023)
ZJ = "郑州经济技术开发区"
K0 = "商务部于近日公布2022年国家级经济技术开发区综合发展水平考核评价结果,郑州经开区居全国经开区第23位,排名首次超过武汉经开区、长沙经开区,在中部地区国家级经开区排名由第5位跃居第3位;在9个国家中心城市27家国家级经开区排名由第10位跃居第8位"
K1 = "2022年,郑州经开区地区生产总值接近1300亿元"
R22 = "2022年度（国家级经开区综合发展水平考核，2023年1月公布）"
G["xz08"] = dict(
 article=art("郑州经开区稳居国家级经开区“第一方阵” 首次跃居中部三强", "河南日报（“来源:河南日报”；存段无署名），载于国际在线河南频道 hn.cri.cn", "2023-01-20", "day",
  "Provincial daily on a national broadcaster's provincial channel, Henan: a national economic-technological development zone's place in the Ministry of Commerce's 2022 evaluation — national, central-region and peer-group ranks, the 2022 GDP",
  "https://hn.cri.cn/2023-01-20/7ea7a340-235f-20c9-44f0-528e52c9dd42.html",
  "日期取页面“来源:河南日报  |  2023-01-20 09:28:02”；文中“1月19日”为获悉日。标题照录；来源日期行已删。存段末段“创新是第一动力。郑州经开区坚持…形成了以新能源汽车及零部件、高端装备制造、生物”在句中中断，整段删去；正文截至“…主引擎的功能和作用。”，共五段。园区：郑州经济技术开发区（正文首见全称；标题与下文作“郑州经开区”；郑州，河南）；武汉经开区、长沙经开区只作比较对象，列可选园区。事实：全国经开区第23位（national_rank，2022年度考核）；中部地区排名第3位、9个国家中心城市27家经开区中第8位（可选）；2022年地区生产总值“接近1300亿元”（约）。商务部列可选机构。",
  "xz08"),
 parks=[
  park(ZJ, "郑州", "河南", "国家级经济技术开发区", "稳居国家级经开区30强,跃居中部地区国家级经开区前三位,郑州经济技术开发区在全国国家级经开区“大考”中交出新答卷",
       aliases=["郑州经开区"], note="标题与下文作“郑州经开区”"),
  park("武汉经开区", "武汉", "湖北", "国家级经济技术开发区", K0, opt=True, note="比较对象"),
  park("长沙经开区", "长沙", "湖南", "国家级经济技术开发区", K0, opt=True, note="比较对象"),
 ],
 institutions=[
  inst("商务部", K0, note="考核评价发布方"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "national_rank", 23, "rank", K0, R22),
  fact(ZJ, "park", "central_region_rank", 3, "rank", K0, R22, opt=True),
  fact(ZJ, "park", "national_central_cities_rank", 8, "rank", K0, R22, opt=True),
  fact(ZJ, "park", "gdp_cny", 1.3e11, "cny", K1, "2022年", qual="约", qtext="接近", chk=True),
 ])

# ---------------------------------------------------------------- xz09 郑州航空港实验区2017年第二批重点项目集中开工 (航空圈 2017)
HK9 = "郑州航空港实验区"
L0 = "此次集中开工共9个项目,总投资89亿元,总占地面积1315亩,总建筑面积188万平方米"
L1 = "项目分别是裕鸿创新创业综合体二期、河南省智能终端检测公共服务平台、唯品会跨境保税仓储配送中心、菜鸟中国智能骨干网二期、新西兰冷链仓储物流、恒丰电子产业园(北区)等"
AS9 = "2017-03-18（集中开工）"
def _l(name, phase=None, note=None):
    return proj(name, HK9, L1, status="开工", status_text="集中开工", phase=phase, note=note)
G["xz09"] = dict(
 article=art("郑州航空港实验区2017年第二批重点项目集中开工", "航空圈（air66.cn，“航空圈讯”；存段无署名）", "2017-03-18", "day",
  "Aviation-industry news site, Henan: a national airport-economy zone's second batch of key projects of 2017 breaks ground — nine projects with their total investment, site and floor area, six named projects",
  "http://www.air66.cn/mh/7199.html",
  "日期取页面“2017-03-18”；仪式在3月18日上午。标题照录；面包屑“首页 > 资讯 > 民航 > …”与日期行已删。页面把导语印了两次（先无“航空圈讯”，后有），取带“航空圈讯”的一段作正文首段，另一段删去（make_txt.py ITEMS 从“航空圈讯”一段起）。存段在末句“管委会全体干部职工要以本次集中开工为契机,”处中断，该残句已删（LINE_SUFFIX），正文截至“…力争早日竣工投产。”，共四段。园区：郑州航空港实验区（文中只作此名与“航空港实验区”“实验区”，不补全称）。项目：六个点名项目（裕鸿创新创业综合体二期、河南省智能终端检测公共服务平台、唯品会跨境保税仓储配送中心、菜鸟中国智能骨干网二期、新西兰冷链仓储物流、恒丰电子产业园(北区)），“集中开工”→开工，园区航空港实验区，无单项金额。唯品会、菜鸟只在项目名中，不另列公司。事实：9个项目、总投资89亿元、总占地1315亩、总建筑面积188万平方米（后二者可选）。",
  "xz09"),
 parks=[
  park(HK9, "郑州", "河南", "航空港经济综合实验区", "3月18日上午,郑州航空港实验区举行2017年第二批重点项目集中开工仪式", aliases=["航空港实验区"],
       note="即郑州航空港经济综合实验区（全称不在文中）；又作“实验区”"),
 ],
 projects=[
  _l("裕鸿创新创业综合体二期", phase="二期"),
  _l("河南省智能终端检测公共服务平台"),
  _l("唯品会跨境保税仓储配送中心"),
  _l("菜鸟中国智能骨干网二期", phase="二期"),
  _l("新西兰冷链仓储物流"),
  _l("恒丰电子产业园(北区)"),
 ],
 aggregate_facts=[
  fact(HK9, "park", "projects_started", 9, "count", L0, AS9),
  fact(HK9, "park", "projects_started_investment_cny", 8.9e9, "cny", L0, AS9, chk=True),
  fact(HK9, "park", "projects_started_site_area_mu", 1315, "mu", L0, AS9, opt=True),
  fact(HK9, "park", "projects_started_floor_area_m2", 1.88e6, "m2", L0, AS9, opt=True),
 ])
