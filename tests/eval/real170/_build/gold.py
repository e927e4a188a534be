# real170 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word); “高达” carries no qualifier.
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects:
# the park is the one the text places the project in, null if none (a city or county is not a park). Status from the
# text's words (开工 → 开工; 建成投产 → 投产; 仍在加紧施工 / 续建 → 在建; 签约 → 签约; 推动…开工 / 加快推动 / 积极推进 /
# 紧密对接 in a plan → planned). Targets (计划 / 锚定 / 预计 / 方案) are kind target; “累计” counts are cumulative;
# “今年以来” counts are cumulative. Money facts whose amount is not digits+亿元/万元 (“2000多亿元”, “突破千亿”) use a
# metric ending “_yuan” instead of “_cny” (value in yuan, unit cny), so check_gold.py's amount check does not apply to them. Sources are `search` (corpus pages) excerpts typed into _raw/pages/vmNN.raw as returned.

# ---------------------------------------------------------------- vm01 公主岭经济开发区 (人民网-吉林频道 2025)
GZL = "公主岭经济开发区"
A0 = "在公主岭经济开发区,一栋栋标准化厂房正拔地而起"
A1 = "4月15日,湖南中嶒能源有限公司年产5GWh钛锂高能动力电池项目在公主岭经济开发区轻量化产业园开工并签署补充协议。该项目追加15亿元投资,扩建3GWh产能,总投资高达40.2亿元"
A2 = "依托一汽新能源、奥迪PPE、弗迪动力电池等企业,重点招新能源配套企业"
A3 = "2022年,总投资4.3亿元的来金(长春)汽车零部件有限公司汽车零部件生产基地项目入驻公主岭经开区。今年,该公司两个厂区已全部建成投产"
A4 = "主要为一汽大众,一汽红旗配套侧围、地板、轮罩、尾灯及流水槽等产品"
G["vm01"] = dict(
 article=art("“链式思维”,精准招商撬动产业集群", "人民网-吉林频道（人民网记者 马俊华）", "2025-04-23", "day",
  "National portal's provincial channel, Jilin: a county-level city's economic development zone attracting new-energy suppliers — a battery project started in its lightweighting park with added and total investment, an auto-parts base built and in production",
  "http://jl.people.com.cn/n2/2025/0423/c349771-41206305.html",
  "日期取页面“2025年04月23日18:08 | 来源:人民网-吉林频道”。标题照录；频道导航、署名日期行、“小字号”已删。存段末段“‘在公司落位之初…帮助我们解决手”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文五段。园区：公主岭经济开发区（文中又作“公主岭经开区”“吉林公主岭经济开发区”；公主岭市，长春代管，吉林）；轻量化产业园在其内（可选）。项目：湖南中嶒能源有限公司年产5GWh钛锂高能动力电池项目（4月15日开工→开工；“总投资高达40.2亿元”，追加15亿元另记可选事实）；来金(长春)汽车零部件有限公司汽车零部件生产基地项目（总投资4.3亿元，2022年入驻，“两个厂区已全部建成投产”→投产；一厂区约2.8亿元、二厂区约1.5亿元为可选事实）。公司：湖南中嶒能源、来金(长春)均在园区；一汽新能源、奥迪PPE、弗迪动力电池为园区“依托”的企业（可选，园区由语境推定）；一汽大众、一汽红旗为客户（可选，无园区）。",
  "vm01"),
 parks=[
  park(GZL, "长春", "吉林", "经济开发区", A0, district="公主岭市", aliases=["公主岭经开区", "吉林公主岭经济开发区"], note="文中又作“公主岭经开区”"),
  park("轻量化产业园", "长春", "吉林", "产业园", A1, district="公主岭市", parent=GZL, opt=True, note="只在“公主岭经济开发区轻量化产业园”中"),
 ],
 companies=[
  comp("湖南中嶒能源有限公司", GZL, A1, note="项目在园区轻量化产业园开工"),
  comp("来金(长春)汽车零部件有限公司", GZL, A3, note="2022年入驻公主岭经开区"),
  comp("一汽新能源", GZL, A2, opt=True, note="园区“依托”的企业；位置由语境推定"),
  comp("奥迪PPE", GZL, A2, opt=True, note="同上"),
  comp("弗迪动力电池", GZL, A2, opt=True, note="同上"),
  comp("一汽大众", None, A4, opt=True, note="来金的客户"),
  comp("一汽红旗", None, A4, opt=True, note="来金的客户"),
 ],
 institutions=[],
 projects=[
  proj("湖南中嶒能源有限公司年产5GWh钛锂高能动力电池项目", GZL, A1, companies=["湖南中嶒能源有限公司"], inv="40.2亿元",
       status="开工", status_text="开工并签署补充协议", note="在园区轻量化产业园；“总投资高达40.2亿元”（含追加的15亿元）"),
  proj("来金(长春)汽车零部件有限公司汽车零部件生产基地项目", GZL, A3, companies=["来金(长春)汽车零部件有限公司"], inv="4.3亿元",
       status="投产", status_text="两个厂区已全部建成投产", note="2022年入驻"),
 ],
 aggregate_facts=[
  fact("湖南中嶒能源有限公司年产5GWh钛锂高能动力电池项目", "project", "additional_investment_cny", 1.5e9, "cny",
       "该项目追加15亿元投资,扩建3GWh产能", "2025年4月", opt=True),
  fact("来金(长春)汽车零部件有限公司", "company", "plant1_investment_cny", 2.8e8, "cny", "一厂区投资约2.8亿元", "2025年",
       qual="约", qtext="约", opt=True),
  fact("来金(长春)汽车零部件有限公司", "company", "plant2_investment_cny", 1.5e8, "cny", "二厂区投资约1.5亿元", "2025年",
       qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- vm02 延吉高新区细胞产业园 (延边晨报 via fensifuwu 2023)
YJ = "延吉高新区"
B0 = "延吉高新区细胞产业园建设工程项目现场热火朝天"
B1 = "据了解,该项目总投资15亿元,占地面积4.35万平方米,建筑面积13.6万平方米"
B2 = "该项目为延吉市2023年春季集中开工项目之一,为续建项目。项目于2021年开工建设,计划2023年内竣工交付"
B3 = "企业入驻并全部达产后,预计可实现年营业收入50亿元、年上缴税金4.45亿元"
ASB = "全部达产后（预计）"
G["vm02"] = dict(
 article=art("延吉高新区建设项目抢抓工期满弦开工", "延边晨报（“来源:延边晨报收集编辑:延边晨报”），载于 fensifuwu.com（服务粉丝）", "2023-04", "month",
  "Prefecture morning paper relayed by an aggregator, Jilin (延边): a high-tech zone's spring construction — its cell-industry park under construction with investment, area, start and completion dates and expected revenue and tax",
  "https://fensifuwu.com/economics/b656a325eb3e9bad52e7c70eabfd1e40.html",
  "页面“日期:”为空；文中“该项目为延吉市2023年春季集中开工项目之一”“4月中旬,记者走访”，发表约在2023年4月（精度 month）。标题照录；站名、导航、来源行已删。存段末为小标题“创新成果转化中心:激发本土创新创业活力”和断句“延吉高新区”，两行删去（make_txt.py ITEMS 截至细胞产业园末段），正文五段（含小标题“细胞产业园:推进细胞全产业链协同发展”）。园区：延吉高新区（延吉市，延边州，吉林）；细胞产业园为其内园区（文中作“延吉高新区细胞产业园”）。项目：延吉高新区细胞产业园建设工程项目（总投资15亿元；续建，2021年开工，计划2023年内竣工→在建）。事实：达产后预计年营业收入50亿元、年上缴税金4.45亿元（target，主语细胞产业园）；占地与建筑面积（可选）。延吉高新区科技局列可选机构。",
  "vm02"),
 parks=[
  park(YJ, "延边朝鲜族自治州", "吉林", "高新区", B0, district="延吉市", note="文中又作“高新区”"),
  park("细胞产业园", "延边朝鲜族自治州", "吉林", "产业园", B0, district="延吉市", parent=YJ, aliases=["延吉高新区细胞产业园"],
       note="文中作“延吉高新区细胞产业园”“细胞产业园”"),
 ],
 companies=[],
 institutions=[
  inst("延吉高新区科技局", "延吉高新区科技局工作人员赵世森介绍", park=YJ),
 ],
 projects=[
  proj("延吉高新区细胞产业园建设工程项目", YJ, B1, inv="15亿元", status="在建", status_text="续建项目…计划2023年内竣工交付",
       note="2021年开工，延吉市2023年春季集中开工项目之一（续建）；研发展示中心建至第7层"),
 ],
 aggregate_facts=[
  fact("细胞产业园", "park", "expected_annual_revenue_cny", 5e9, "cny", B3, ASB, kind="target"),
  fact("细胞产业园", "park", "expected_annual_tax_cny", 4.45e8, "cny", "年上缴税金4.45亿元", ASB, kind="target"),
  fact("延吉高新区细胞产业园建设工程项目", "project", "land_area_m2", 43500.0, "m2", "占地面积4.35万平方米", "2023年4月", opt=True),
  fact("延吉高新区细胞产业园建设工程项目", "project", "floor_area_m2", 136000.0, "m2", "建筑面积13.6万平方米", "2023年4月", opt=True),
 ])

# ---------------------------------------------------------------- vm03 示范区 2026 work plan (zhsfq.jl.gov.cn 2026)
SF = "示范区"
C0 = "2026年是“十五五”开局之年,示范区主动融入长春现代化都市圈和北湖未来科学城建设"
C1 = "锚定全年签约项目70个、项目落位率不低于50%的核心目标"
C2 = "年内完成产业园盘活面积30万平方米,重点提升产业创新基地、健康食品产业园、数字经济产业园、无人机产业园、秸秆产业园等核心载体的入驻率与产业集聚度"
AS3 = "2026年全年（目标）"
G["vm03"] = dict(
 article=art("（无标题）示范区2026年：锚定全年签约项目70个、盘活产业园30万平方米", "中韩(长春)国际合作示范区管委会网站 zhsfq.jl.gov.cn（“动态信息”栏；存段无标题、无署名）", "2026-03-06", "day",
  "Zone administration's own website, Jilin (长春): a zone's 2026 work plan — signing and landing targets, park floor space to revitalise, named sub-parks, industrial chains and firms to foster",
  "https://zhsfq.jl.gov.cn/zw/dtxx/202603/t20260306_3593470.html",
  "日期取网址 202603/t20260306。存段无标题（title 为编者概括），从“2026年是“十五五”开局之年”起；末行小标题“三、强化保”中断，删去，正文四段（含两个小标题）。园区：文中只作“示范区”（据网址 zhsfq 与“开放中韩”“引领对韩合作”推定为中韩(长春)国际合作示范区，全称不出现，故以“示范区”记、可选）；健康食品产业园、数字经济产业园、无人机产业园、秸秆产业园、产业创新基地为示范区内载体（可选，名称通用）。事实：全年签约项目70个、项目落位率不低于50%、产业园盘活面积30万平方米（均 target）。公司：博迅生物（“本土骨干企业”，在示范区）；京东（只在“京东氢燃料电池冷链物流车”中，可选）；韩国酷澎（合作电商平台，可选，无园区）。北湖未来科学城只作融入对象，不列园区。",
  "vm03"),
 parks=[
  park(SF, "长春", "吉林", "国际合作示范区", C0, opt=True,
       note="全称（中韩(长春)国际合作示范区）不出现，由网址与语境推定；以文中“示范区”记"),
  park("健康食品产业园", "长春", "吉林", "产业园", C2, parent=SF, opt=True),
  park("数字经济产业园", "长春", "吉林", "产业园", C2, parent=SF, opt=True),
  park("无人机产业园", "长春", "吉林", "产业园", C2, parent=SF, opt=True),
  park("秸秆产业园", "长春", "吉林", "产业园", C2, parent=SF, opt=True),
  park("产业创新基地", "长春", "吉林", "基地", C2, parent=SF, opt=True),
 ],
 companies=[
  comp("博迅生物", SF, "大健康产业重点培育博迅生物等本土骨干企业", note="本土骨干企业"),
  comp("京东", None, "推广京东氢燃料电池冷链物流车等应用场景", opt=True, note="只在车型名中"),
  comp("酷澎", None, "深化与韩国酷澎等头部电商平台合作", opt=True, note="韩国电商平台，合作方"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(SF, "park", "projects_signed", 70, "count", C1, AS3, kind="target"),
  fact(SF, "park", "project_landing_rate", 0.5, "ratio", C1, AS3, kind="target", qual="超", qtext="不低于", opt=True),
  fact(SF, "park", "park_space_revitalized_m2", 300000.0, "m2", "年内完成产业园盘活面积30万平方米", AS3, kind="target"),
 ])

# ---------------------------------------------------------------- vm04 赤峰 工业 (szb.nmgsb.com.cn 2023)
CF = "赤峰高新区"
D0 = "春节期间,赤峰远联钢铁投资12.24亿元建设的年产200万吨冷轧、镀锌项目二期工程仍在加紧施工"
D1 = "推动钨钼合金、启辉氧化铝、宁保冶金等项目建成投产,投资90亿元的正威铜产品深加工项目、投资200亿元的锂产业“低碳”园区落地开工"
D2 = "2022年,赤峰高新区成为蒙东地区首个产值突破千亿的园区"
G["vm04"] = dict(
 article=art("（无标题）赤峰市打造“双千四百”产业：远联钢铁二期加紧施工，赤峰高新区2022年产值突破千亿", "szb.nmgsb.com.cn 数字报（报名存段未示；署名 牛玉龙）", "2023-01-31", "day",
  "Regional newspaper's e-paper, Inner Mongolia (赤峰): a city's 2023 industrial plan — a steel firm's phase-2 project under construction, metallurgy projects to be completed or started with amounts, clean-energy targets, and the high-tech zone's output passing 100 billion",
  "http://szb.nmgsb.com.cn/content/2023-01/31/021618.html",
  "日期取网址 2023-01/31。存段无标题（title 为编者概括）；正文六段完整，末段后署名“牛玉龙”（原样保留），“编辑:超级管理员”已删。园区：赤峰高新区（赤峰市，内蒙古）。“锂产业“低碳”园区”为待开工项目（投资200亿元），列项目不列园区；“千亿级产业园区”“工业园区”泛指，不列。项目：赤峰远联钢铁年产200万吨冷轧、镀锌项目二期工程（投资12.24亿元，仍在加紧施工→在建，预计4月投产；文中未说在哪个园区→park null）；钨钼合金、启辉氧化铝、宁保冶金项目（推动建成投产→planned，可选）；正威铜产品深加工项目（投资90亿元）、锂产业“低碳”园区（投资200亿元）（推动落地开工→planned）。事实：赤峰高新区2022年产值突破千亿（1e11，超）；全市有色金属产业产值年底计划750亿元、新增新能源装机217万千瓦为市级目标（可选）。",
  "vm04"),
 parks=[
  park(CF, "赤峰", "内蒙古", "高新区", D2),
 ],
 companies=[
  comp("赤峰远联钢铁", None, D0, note="文中未给园区"),
 ],
 institutions=[],
 projects=[
  proj("赤峰远联钢铁年产200万吨冷轧、镀锌项目二期工程", None, D0, companies=["赤峰远联钢铁"], inv="12.24亿元", phase="二期",
       status="在建", status_text="仍在加紧施工", aliases=["年产200万吨冷轧、镀锌项目二期工程"], note="主体厂房已全部建成，预计4月份投产达效"),
  proj("正威铜产品深加工项目", None, D1, inv="90亿元", status="planned", status_text="推动…落地开工", note="市级年度目标"),
  proj("锂产业“低碳”园区", None, D1, inv="200亿元", status="planned", status_text="推动…落地开工", note="项目名含“园区”，作项目记"),
  proj("钨钼合金", None, D1, status="planned", status_text="推动…建成投产", opt=True, note="“钨钼合金、启辉氧化铝、宁保冶金等项目”"),
  proj("启辉氧化铝", None, D1, status="planned", status_text="推动…建成投产", opt=True),
  proj("宁保冶金", None, D1, status="planned", status_text="推动…建成投产", opt=True),
 ],
 aggregate_facts=[
  fact(CF, "park", "output_yuan", 1e11, "cny", D2, "2022年", qual="超", qtext="突破", note="“产值突破千亿”（无“元”，非“数字+亿元”，metric 不用 _cny 后缀）"),
  fact("赤峰市", "city", "nonferrous_output_cny", 7.5e10, "cny", "年底前,有色金属产业产值计划达到750亿元", "2023年末（计划）", kind="target", opt=True),
  fact("赤峰市", "city", "new_renewable_capacity_kw", 2170000.0, "kw", "年内计划新增新能源装机217万千瓦", "2023年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vm05 赤峰高新区冲刺2000亿园区五年行动方案 (SMM 2023)
E0 = "5月15日,内蒙古赤峰市人民政府办公室印发了赤峰高新区冲刺2000亿园区五年行动方案(2023-2027年)》"
E1 = "提及赤峰市将打造锂电池生态产业园,依托市内锂矿资源,积极推进大道实业综合利用锂云母年产4万吨电池级碳酸锂生产线项目、年产3万吨PVDF电池粘接剂项目、人造石墨负极材料一体化项目、10GWH锂电池制造项目、电池PACK和公共储能电站项目"
E2 = "加快推动中商国诚三元前驱体锂电池正极材料项目、恒丰国能水平双极性固态层叠铅碳电池项目开工建设"
E3 = "紧密对接宁德时代50GWh锂电池项目、青岛中科华联湿法锂离子电池隔膜项目、江苏鑫闽通年产4万吨新能源锂电池负极材料项目、山东滨化集团人造石墨负极材料项目、山东丰源年产60万吨锻后焦及锂电池负极材料项目"
PL = "计划（行动方案 2023-2027年）"
def _p5(name, ev, comps=(), opt=False, st="积极推进", note=None):
    return proj(name, CF, ev, companies=list(comps), status="planned", status_text=st, opt=opt, note=note)
G["vm05"] = dict(
 article=art("（无标题）赤峰高新区冲刺2000亿园区五年行动方案：打造锂电池生态产业园", "上海有色网 SMM（news.smm.cn；存段无标题、无署名）", "2023-05", "month",
  "Metals-industry news service (company press), Inner Mongolia (赤峰): a city's five-year plan for its high-tech zone — a lithium-battery park, named lithium projects to push and start, and projects of outside firms to court",
  "https://news.smm.cn/news/102216588",
  "存段无标题、无日期；文中“5月15日…印发”，方案为2023-2027年，发表约在2023年5月（精度 month）。正文三段取自编者导语；其后“具体原文如下:”、方案标题行与方案首句（在“推动“一区”处中断）删去。园区：赤峰高新区（赤峰市，内蒙古）；锂电池生态产业园为拟建园区（可选，母园区由方案推定为赤峰高新区）。项目（均为方案中的计划→planned，园区记赤峰高新区，由方案语境推定）：大道实业综合利用锂云母年产4万吨电池级碳酸锂生产线项目、年产3万吨PVDF电池粘接剂项目、人造石墨负极材料一体化项目、10GWH锂电池制造项目、电池PACK和公共储能电站项目（可选）；中商国诚、恒丰国能两项目（加快推动开工建设）；宁德时代等五个“紧密对接”的外地企业项目（可选）。“2000亿”只在方案名中，记为可选目标事实。",
  "vm05"),
 parks=[
  park(CF, "赤峰", "内蒙古", "高新区", E0),
  park("锂电池生态产业园", "赤峰", "内蒙古", "产业园", E1, parent=CF, opt=True, note="拟建；母园区由方案推定"),
 ],
 companies=[
  comp("大道实业", CF, E1, note="项目主体；园区由方案推定"),
  comp("中商国诚", CF, E2, note="同上"),
  comp("恒丰国能", CF, E2, note="同上"),
  comp("宁德时代", None, E3, opt=True, note="紧密对接的外地企业"),
  comp("青岛中科华联", None, E3, opt=True, note="同上"),
  comp("江苏鑫闽通", None, E3, opt=True, note="同上"),
  comp("山东滨化集团", None, E3, opt=True, note="同上"),
  comp("山东丰源", None, E3, opt=True, note="同上"),
 ],
 institutions=[
  inst("赤峰市人民政府办公室", E0),
 ],
 projects=[
  _p5("大道实业综合利用锂云母年产4万吨电池级碳酸锂生产线项目", E1, ["大道实业"]),
  _p5("年产3万吨PVDF电池粘接剂项目", E1),
  _p5("人造石墨负极材料一体化项目", E1),
  _p5("10GWH锂电池制造项目", E1),
  _p5("电池PACK和公共储能电站项目", E1, opt=True),
  _p5("中商国诚三元前驱体锂电池正极材料项目", E2, ["中商国诚"], st="加快推动…开工建设"),
  _p5("恒丰国能水平双极性固态层叠铅碳电池项目", E2, ["恒丰国能"], st="加快推动…开工建设"),
  _p5("宁德时代50GWh锂电池项目", E3, ["宁德时代"], opt=True, st="紧密对接"),
  _p5("青岛中科华联湿法锂离子电池隔膜项目", E3, ["青岛中科华联"], opt=True, st="紧密对接"),
  _p5("江苏鑫闽通年产4万吨新能源锂电池负极材料项目", E3, ["江苏鑫闽通"], opt=True, st="紧密对接"),
  _p5("山东滨化集团人造石墨负极材料项目", E3, ["山东滨化集团"], opt=True, st="紧密对接"),
  _p5("山东丰源年产60万吨锻后焦及锂电池负极材料项目", E3, ["山东丰源"], opt=True, st="紧密对接"),
 ],
 aggregate_facts=[
  fact(CF, "park", "output_yuan", 2e11, "cny", "赤峰高新区冲刺2000亿园区五年行动方案(2023-2027年)", "2027年（目标）", kind="target", opt=True,
       note="只在方案名“冲刺2000亿园区”中（无“元”，metric 不用 _cny 后缀）"),
 ])

# ---------------------------------------------------------------- vm06 和林格尔新区 (新华财经 via hstong 2025)
HL = "和林格尔新区"
F0 = "如今,行走在内蒙古和林格尔新区的土地上,处处能感受到蓬勃发展活力"
F1 = "今年以来,已有中国石油、有孚数据、港城云联等15个重点算力产业项目完成签约,签约项目总投资超过500亿元"
F2 = "建成投用火山引擎、并行科技、华著等不少于4个万卡级先进智算集群和华为、燧原等不少于3个万卡级国产算力集群"
AS6 = "2025年（截至7月）"
G["vm06"] = dict(
 article=art("（无标题）和林格尔新区三大产业齐头并进：15个重点算力项目签约、总投资超500亿元", "新华财经，转载于 hstong.com（“转自:新华财经”；存段无标题、无署名）", "2025-07-25", "day",
  "Financial newswire relayed by a brokerage news app, Inner Mongolia (呼和浩特): a national new area's three industries — compute-data projects signed this year with total investment, computing power to be in use, clusters to be built",
  "https://www.hstong.com/news/detail/25072521230224545",
  "日期取页面“2025-07-25 18:55 / 转自:新华财经”。存段无标题（title 为编者概括）；栏目行“热门资讯> 正文”、日期行与“转自”行已删。末段在“新华三等45家算”处中断，残句（“在上游产业,…45家算”）删去（make_txt.py LINE_SUFFIX），正文截至“…全产业链生态体系。”，共五段（含小标题）。园区：和林格尔新区（呼和浩特市，内蒙古；国家级新区，kind 新区）；“和林格尔数据中心集群”为可选（集群，非园区）。公司：中国石油、有孚数据、港城云联（已签约的算力项目方，园区记和林格尔新区，由语境推定）；火山引擎、并行科技、华著、华为、燧原为拟建成投用的算力集群（可选）。事实：今年以来15个重点算力产业项目签约（cumulative）、签约总投资超过500亿元（超）、预计2025年底投用算力12万P以上（target，可选）。机构：呼和浩特市大数据管理局、中国通信工业协会（可选）。",
  "vm06"),
 parks=[
  park(HL, "呼和浩特", "内蒙古", "新区", F0, note="国家级新区（文中未明说级别）"),
  park("和林格尔数据中心集群", "呼和浩特", "内蒙古", "数据中心集群", "支持和林格尔数据中心集群“东数西算”项目建设", parent=HL, opt=True),
 ],
 companies=[
  comp("中国石油", HL, F1, note="已签约算力项目方；园区由语境推定"),
  comp("有孚数据", HL, F1, note="同上"),
  comp("港城云联", HL, F1, note="同上"),
  comp("火山引擎", HL, F2, opt=True, note="拟建成投用的万卡级智算集群"),
  comp("并行科技", HL, F2, opt=True, note="同上"),
  comp("华著", HL, F2, opt=True, note="同上"),
  comp("华为", HL, F2, opt=True, note="国产算力集群"),
  comp("燧原", HL, F2, opt=True, note="国产算力集群"),
 ],
 institutions=[
  inst("呼和浩特市大数据管理局", "据呼和浩特市大数据管理局党组书记、局长妥鑫介绍"),
  inst("中国通信工业协会", "被中国通信工业协会授予“中国云谷”称号", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HL, "park", "projects_signed", 15, "count", F1, AS6, kind="cumulative", note="重点算力产业项目，今年以来"),
  fact(HL, "park", "signed_investment_cny", 5e10, "cny", F1, AS6, kind="cumulative", qual="超", qtext="超过"),
  fact(HL, "park", "computing_power_in_use_p", 120000.0, "P", "预计2025年底投用算力12万P以上", "2025年底（预计）", kind="target",
       qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- vm07 鄂尔多斯装备制造工业园区 (中国产业经济信息网 2019)
OE = "鄂尔多斯装备制造工业园区"
H0 = "《批复》同意鄂尔多斯装备制造基地更名为鄂尔多斯装备制造工业园区,其四至范围、规划面积等保持不变"
H1 = "目前,园区累计协议引进项目109个,协议总投资额2000多亿元,已投产项目66个,在建项目21个,累计完成工业项目固定资产投资860多亿元"
AS7 = "2019年11月（累计）"
G["vm07"] = dict(
 article=art("内蒙古鄂尔多斯装备制造基地升级为自治区级工业园区", "中国产业经济信息网（www.cinic.org.cn）", "2019-11-19", "day",
  "National industry-news portal, Inner Mongolia (鄂尔多斯): a manufacturing base upgraded and renamed a regional-level industrial park — its founding, honours, cumulative projects signed, in production and under construction, and cumulative investment",
  "http://www.cinic.org.cn/xy/nmg/661949.html",
  "日期取页面“来源:中国产业经济信息网   时间:2019-11-19”（文中“11月12日”为获悉日）。标题照录；来源时间行已删。存段末句在“以奇瑞汽车、中兴特汽项”处中断，该残句（“现已初步形成了五大主导产业板块,…中兴特汽项”）删去（make_txt.py LINE_SUFFIX），正文截至“…860多亿元。”，共四段。园区：鄂尔多斯装备制造工业园区（原名鄂尔多斯装备制造基地；鄂尔多斯市，内蒙古；自治区级工业园区）。“国家火炬鄂尔多斯汽车及关键零部件特色产业基地”等为所获称号，不另列园区。事实（均为累计，as_of 2019年11月）：协议引进项目109个、协议总投资额2000多亿元（余）、已投产66个、在建21个、工业项目固定资产投资860多亿元（余）。机构：自治区科技厅、内蒙古自治区人民政府（可选）。",
  "vm07"),
 parks=[
  park(OE, "鄂尔多斯", "内蒙古", "工业园区", H0, aliases=["鄂尔多斯装备制造基地"], note="原名鄂尔多斯装备制造基地，2019年升级更名"),
 ],
 companies=[],
 institutions=[
  inst("自治区科技厅", "11月12日,记者从自治区科技厅了解到"),
  inst("内蒙古自治区人民政府", "根据内蒙古自治区人民政府下发《关于鄂尔多斯装备制造基地升级和更名的批复》"),
 ],
 projects=[],
 aggregate_facts=[
  fact(OE, "park", "projects_signed", 109, "count", H1, AS7, kind="cumulative"),
  fact(OE, "park", "signed_investment_yuan", 2e11, "cny", "协议总投资额2000多亿元", AS7, kind="cumulative", qual="余", qtext="多", note="“2000多亿元”非“数字+亿元”，metric 不用 _cny 后缀"),
  fact(OE, "park", "projects_in_production", 66, "count", H1, AS7, kind="cumulative"),
  fact(OE, "park", "projects_under_construction", 21, "count", H1, AS7, kind="reported"),
  fact(OE, "park", "fixed_asset_investment_yuan", 8.6e10, "cny", "累计完成工业项目固定资产投资860多亿元", AS7, kind="cumulative", qual="余", qtext="多", note="同上"),
 ])
