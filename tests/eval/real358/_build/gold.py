# real358 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county or city is not a park). Status from the text's
# words (开工 / 动工 / 集中开工 → 开工; 投产 / 投产运营 / 投入试生产 → 投产; 竣工并部分投产 → 竣工 with status_alt 投产; 签约 →
# 签约; 正在加快推进 / 进展顺利 / 正在加快建设 → 在建; 即将开工 → planned). Batch totals (“6家企业重点项目…总投资7亿元”) are
# facts, not split over projects. Year-to-date values (“1-5月”, “今年以来”, “截至目前”, “累计”) are cumulative; targets and
# “预计” / “力争” / “确保” figures are kind target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/osNN.raw as returned.

# ---------------------------------------------------------------- os01 铜陵经济技术开发区 6家企业重点项目集中开工 (cnmn 2011)
TL = "铜陵经济技术开发区"
A0 = "8月8日上午,总投资7亿元的铜陵经济技术开发区6家企业重点项目集中开工"
A1 = "当天集中开工的6家企业重点项目分别由铜陵国传电子材料科技有限公司、铜陵德基电子科技有限责任公司、安徽正洁新材料有限公司、安徽同和晶体新材料股份有限公司、铜陵云翔金属再生科技有限公司、中国十五冶金建设集团有限公司投资建设"
A2 = "铜陵德基电子科技有限公司将建10万平方米厂房,相关项目建成达产后年销售额约3亿元"
A3 = "安徽正洁新材料有限公司将建设年产2万吨煤炭助燃剂基地,项目达产后年销售额约10亿元"
A4 = "安徽同和晶体新材料股份有限公司将建36000平方米厂房及技术研发中心,自行设计产业化项目的关键设备132台套,形成年产超高温氧化锆晶体纤维及其制品1000吨生产能力,项目达产后年销售额约5.18亿元"
AS1 = "2011年8月8日"
G["os01"] = dict(
 article=art("安徽铜陵市领导出席开发区重点项目开工仪式", "中国有色网（cnmn.com.cn，“铜资讯”栏；来源栏空，原发媒体与署名未注明）", "2011-08-10", "day",
  "Nonferrous-metals trade portal relaying a city news item, Anhui: a national economic and technological development zone's joint groundbreaking of six firms' key projects — batch total, the six investing firms, three firms' plants with expected annual sales",
  "https://www.cnmn.com.cn/ShowNews1.aspx?id=212482",
  "日期取页面“2011年08月10日 9:25”（开工日为8月8日）。标题照录；日期浏览来源行已删。存段在第二段末句“铜陵云翔金属废料再生科技有限公司的项目主要是综合利用…等废物生产硫酸铜”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…项目达产后年销售额约5.18亿元。”，共两段。园区：铜陵经济技术开发区（铜陵，安徽；文中称“国家级开发区”）。公司：六家投资建设企业，均在园区（铜陵德基电子科技有限责任公司后文又作“铜陵德基电子科技有限公司”，列 alias）。项目：6家企业重点项目集中开工，合计“总投资7亿元”为事实、不分摊；单项未命名，只有正洁“年产2万吨煤炭助燃剂基地”与同和“年产超高温氧化锆晶体纤维及其制品1000吨”可作项目名，列可选项目（开工）。事实：三家企业达产后年销售额（约，target）；德基厂房10万平方米（可选）。市领导不列。",
  "os01"),
 parks=[
  park(TL, "铜陵", "安徽", "国家级经济技术开发区", A0, note="文中称“国家级开发区”"),
 ],
 companies=[
  comp("铜陵国传电子材料科技有限公司", TL, A1, note="项目从事铜基粉体研发生产"),
  comp("铜陵德基电子科技有限责任公司", TL, A1, aliases=["铜陵德基电子科技有限公司"], note="后文作“铜陵德基电子科技有限公司”"),
  comp("安徽正洁新材料有限公司", TL, A1),
  comp("安徽同和晶体新材料股份有限公司", TL, A1),
  comp("铜陵云翔金属再生科技有限公司", TL, A1),
  comp("中国十五冶金建设集团有限公司", TL, A1, note="投资建设开工项目之一"),
 ],
 institutions=[],
 projects=[
  proj("年产2万吨煤炭助燃剂基地", TL, A3, companies=["安徽正洁新材料有限公司"], status="开工", status_text="集中开工", opt=True,
       note="6家企业重点项目之一；项目名取自“将建设年产2万吨煤炭助燃剂基地”"),
  proj("年产超高温氧化锆晶体纤维及其制品1000吨", TL, A4, companies=["安徽同和晶体新材料股份有限公司"], status="开工", status_text="集中开工", opt=True,
       note="6家企业重点项目之一；“形成年产…1000吨生产能力”的产业化项目，名称不全"),
 ],
 aggregate_facts=[
  fact(TL, "park", "projects_started", 6, "count", A0, AS1, note="6家企业重点项目集中开工"),
  fact(TL, "park", "projects_started_investment_cny", 7e8, "cny", A0, AS1, chk=True),
  fact("铜陵德基电子科技有限责任公司", "company", "expected_annual_sales_cny", 3e8, "cny", "相关项目建成达产后年销售额约3亿元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("铜陵德基电子科技有限责任公司", "company", "plant_floor_area_m2", 100000, "m2", A2, "规划", kind="target", opt=True),
  fact("安徽正洁新材料有限公司", "company", "expected_annual_sales_cny", 1e9, "cny", "项目达产后年销售额约10亿元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("安徽同和晶体新材料股份有限公司", "company", "expected_annual_sales_cny", 5.18e8, "cny", "项目达产后年销售额约5.18亿元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- os02 歙县经济开发区 四重点项目集中开工 (黄山日报 2010)
SX = "歙县经济开发区"
B0 = "本报讯 4月18日上午,歙县经济开发区IJ地块内木笛服饰、保强节能、杭罗二期、久利二期4个重点项目集中开工"
B1 = "据悉,此次集体开工的4个工业项目占地总面积96亩,总投资达1.23亿元"
B2 = "一季度,园区完成固定资产投资2.5亿元,占年度计划的20%,其中基础设施投资1875万元,企业完成投资2.3亿元"
B3 = "新试投产项目6个,新开工项目达到10个,其中奥强电气、商贸物流中心、春江花园等重点项目开工"
B4 = "今年,该县园区确定了34个投资500万元以上重点项目"
AS2 = "2010年一季度"
G["os02"] = dict(
 article=art("歙县园区建设提速增效四重点项目集中开工", "黄山日报（张潮勇、姚毅），载于 m.yybnet.net（黄山·歙县新闻栏）", "2010-04-20", "day",
  "City daily via a local-news aggregator, Anhui: a county development zone's joint groundbreaking of four named industrial projects with batch area and investment, the zone's key-project plan and first-quarter investment, projects in trial production and started",
  "https://m.yybnet.net/huangshan/xixian/201004/775321.html",
  "日期取页面“黄山日报 2010-04-20 18:19”（开工日为4月18日）。标题照录；页眉“看家乡事,品故乡情”、日期行、文末署名行“·张潮勇 姚 毅·”（记于 outlet）与“新闻推荐”等已删。正文两段，完整。园区：歙县经济开发区（黄山市歙县，安徽；文中又作“开发区”“该县开发区”“该县园区”“园区”）；“IJ地块”为园区内地块，不列。项目：木笛服饰、保强节能、杭罗二期、久利二期（集中开工→开工；项目名即企业简称；4项合计占地96亩、总投资1.23亿元为事实、不分摊）；一季度开工的奥强电气、商贸物流中心、春江花园（开工；园区由语境推定；商贸物流中心、春江花园可选）。事实：“今年…确定了34个…重点项目”（计划，target，可选）；一季度园区固定资产投资2.5亿元（cumulative）、占年度计划20%（可选）、基础设施投资1875万元与企业投资2.3亿元（可选）；新试投产6个、新开工10个。",
  "os02"),
 parks=[
  park(SX, "黄山", "安徽", "经济开发区", B0, district="歙县", note="文中又作“开发区”“该县园区”“园区”"),
 ],
 companies=[
  comp("木笛服饰", SX, B0, opt=True, note="只在项目名中"),
  comp("保强节能", SX, B0, opt=True, note="只在项目名中"),
  comp("奥强电气", SX, B3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("木笛服饰", SX, B0, companies=["木笛服饰"], status="开工", status_text="集中开工", note="4个重点项目之一；合计总投资1.23亿元（不分摊）"),
  proj("保强节能", SX, B0, companies=["保强节能"], status="开工", status_text="集中开工", note="同上"),
  proj("杭罗二期", SX, B0, phase="二期", status="开工", status_text="集中开工", note="同上"),
  proj("久利二期", SX, B0, phase="二期", status="开工", status_text="集中开工", note="同上"),
  proj("奥强电气", SX, B3, companies=["奥强电气"], status="开工", status_text="重点项目开工", note="一季度开工；园区由语境推定"),
  proj("商贸物流中心", SX, B3, status="开工", status_text="重点项目开工", opt=True, note="一季度开工；园区由语境推定"),
  proj("春江花园", SX, B3, status="开工", status_text="重点项目开工", opt=True, note="一季度开工；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(SX, "park", "projects_started", 4, "count", B0, "2010年4月18日"),
  fact(SX, "park", "projects_started_investment_cny", 1.23e8, "cny", B1, "2010年4月18日", chk=True, note="4个工业项目合计"),
  fact(SX, "park", "projects_started_site_area_mu", 96, "mu", B1, "2010年4月18日", opt=True),
  fact(SX, "park", "key_projects_planned", 34, "count", B4, "2010年（计划）", kind="target", opt=True, note="投资500万元以上重点项目"),
  fact(SX, "park", "fixed_asset_investment_cny", 2.5e8, "cny", B2, AS2, kind="cumulative", chk=True),
  fact(SX, "park", "fixed_asset_investment_share_of_annual_plan", 0.20, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(SX, "park", "infrastructure_investment_cny", 1.875e7, "cny", "其中基础设施投资1875万元", AS2, kind="cumulative", opt=True, chk=True),
  fact(SX, "park", "enterprise_investment_cny", 2.3e8, "cny", "企业完成投资2.3亿元", AS2, kind="cumulative", opt=True, chk=True),
  fact(SX, "park", "projects_trial_production", 6, "count", B3, AS2, kind="cumulative", note="新试投产项目"),
  fact(SX, "park", "projects_started", 10, "count", B3, AS2, kind="cumulative", note="一季度新开工项目"),
 ])

# ---------------------------------------------------------------- os03 天长工业园区 (滁州日报 2012)
TC = "天长经济开发区"
QL = "秦栏省级经济开发区"
C0 = "天长经济开发区于2003年10月正式启动建设,到2011年,共完成基础设施建设投入7.7亿元,新征土地面积6660亩,协议引进资金108亿元,实际到位资金57亿元"
C1 = "截至目前,已有入园企业256家,158家建成投产"
C2 = "2011年,天长经济开发区工业总产值突破了200亿元大关"
C3 = "确保开发区2012年工业总产值超300亿元,同时获批省级高新区"
C4 = "2011年,天长市秦栏省级经济开发区共完成基础设施投入8800万元,园区面积达7平方公里"
C5 = "全市两区多园建成面积现已达到45平方公里,入园企业889家,689家建成投产"
C6 = "铜城、汊涧、杨村3个强镇园区累计投入基础设施建设资金超2亿元,总面积达13.4平方公里"
AS3 = "2012年2月"
G["os03"] = dict(
 article=art("天长工业园区“带动”效应日益显现", "滁州日报，载于 yybnet.net（滁州·天长新闻栏）；署名存段未示", "2012-02-07", "day",
  "City daily via a local-news aggregator, Anhui: a county-level city's two provincial development zones and town parks — the main zone's cumulative infrastructure spending, land, agreed and paid-in investment, firms entered and in production, 2011 output and 2012 targets; the second zone's infrastructure and area; the city's parks in total",
  "https://yybnet.net/chuzhou/tianchang/201202/723447.html",
  "日期取页面“来源:滁州日报 2012-02-07 17:00”。标题照录；栏目菜单、面包屑、来源行与“[摘要]”行已删。存段在第三段末句“2012年,天长市将力争园区新增总面积10平方公里,新增入园项目不低于200个,园”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…689家建成投产。”，共三段。园区：天长经济开发区（滁州市天长市，安徽；省级）；秦栏省级经济开发区（文中作“天长市秦栏省级经济开发区”，首段又作“秦栏”；省级）。“铜城、汊涧、杨村3个强镇园区”以镇名指称，未给园区名，不列；“两区多园”为全市合称。无具体公司、项目。事实：天长经济开发区到2011年累计基础设施投入7.7亿元、新征土地6660亩（可选）、协议引资108亿元、实际到位57亿元（cumulative）；入园企业256家、建成投产158家（截至目前，cumulative）；2011年工业总产值突破200亿元（超）；2012年工业总产值超300亿元（“确保”，target）。秦栏：2011年基础设施投入8800万元、园区面积7平方公里。全市两区多园：建成面积45平方公里、入园企业889家、建成投产689家（subject 天长市，region）；三镇园区累计基础设施资金超2亿元（可选）。",
  "os03"),
 parks=[
  park(TC, "滁州", "安徽", "省级经济开发区", C0, district="天长市", note="文中又作“开发区”；首段“天长、秦栏两个省级经济开发区”"),
  park(QL, "滁州", "安徽", "省级经济开发区", C4, district="天长市", aliases=["天长市秦栏省级经济开发区"], note="文中作“天长市秦栏省级经济开发区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(TC, "park", "infrastructure_investment_cny", 7.7e8, "cny", C0, "2003年10月至2011年", kind="cumulative", chk=True),
  fact(TC, "park", "land_acquired_mu", 6660, "mu", C0, "2003年10月至2011年", kind="cumulative", opt=True),
  fact(TC, "park", "agreed_investment_cny", 1.08e10, "cny", "协议引进资金108亿元,实际到位资金57亿元", "2003年10月至2011年", kind="cumulative", chk=True),
  fact(TC, "park", "paid_in_investment_cny", 5.7e9, "cny", "实际到位资金57亿元", "2003年10月至2011年", kind="cumulative", chk=True),
  fact(TC, "park", "firms", 256, "count", C1, AS3, kind="cumulative", note="入园企业"),
  fact(TC, "park", "firms_in_production", 158, "count", C1, AS3, kind="cumulative"),
  fact(TC, "park", "industrial_output_cny", 2e10, "cny", C2, "2011年", qual="超", qtext="突破", chk=True),
  fact(TC, "park", "industrial_output_cny", 3e10, "cny", C3, "2012年（目标）", kind="target", qual="超", qtext="超", chk=True),
  fact(QL, "park", "infrastructure_investment_cny", 8.8e7, "cny", C4, "2011年", chk=True),
  fact(QL, "park", "area_km2", 7, "km2", C4, "2011年"),
  fact("天长市", "region", "parks_built_area_km2", 45, "km2", C5, AS3, note="全市两区多园"),
  fact("天长市", "region", "park_firms", 889, "count", C5, AS3, kind="cumulative", note="全市两区多园入园企业"),
  fact("天长市", "region", "park_firms_in_production", 689, "count", C5, AS3, kind="cumulative", note="全市两区多园"),
  fact("天长市", "region", "town_parks_infrastructure_investment_cny", 2e8, "cny", C6, "截至2011年", kind="cumulative", qual="超", qtext="超", opt=True, chk=True, note="铜城、汊涧、杨村3个强镇园区"),
  fact("天长市", "region", "town_parks_area_km2", 13.4, "km2", C6, AS3, opt=True),
 ])

# ---------------------------------------------------------------- os04 宁国 港口生态园区 (宣城日报 2013)
GK = "港口生态园区"
HL = "河沥园区"
D0 = "近两个月来,港口生态园区内陆续有9个重点项目开工建设,41个计划新开工重点项目年度开工数已达27个,占计划的65.9%,及时开工率达90%以上"
D1 = "7至8月份,宁磁年产1300吨高性能烧结钕铁硼磁体生产线项目开工建设,河沥园区电子信息产业园三期工程动工建设,狮子山休闲农业博览园、架云轩文化创意产业园两项目举行开工仪式"
D2 = "与此同时,园区内一批重点项目也相继实现了竣工、投产或试生产,安泽电工建筑舒适系统、保隆气门嘴、平衡块整体搬迁、源水工程、高德韦尔阀门及精密橡塑制品生产一期、亚兰LED灯具生产、新宁机械模具精加工、地博通信屏蔽用双金属圆线生产、上格节能灯整灯制造一期、伽宝真空镀膜加工、光彩大市场(B区)建设一期等10个项目已竣工并部分投产"
D3 = "司尔特迁扩建、源光电容器镀膜加工、中鼎年产6000吨高性能热塑性弹性体研发及产业化、华普二期节能门窗生产、生力汽车用铝合金控制臂制造、广申各类竹胶板及特种集装箱用纯竹地板生产、亿农珍稀食用菌深加工等7个项目已投入试生产"
D4 = "截至8月底,全市107个重点项目共完成投资52.4亿元(其中48个工业项目完成投资19.01亿元)"
AS4 = "2013年7–8月"
def _done(n, ev, opt=False, phase=None, co=None):
    return proj(n, GK, ev, companies=[co] if co else [], status="竣工", status_alt="投产", status_text="已竣工并部分投产", opt=opt, phase=phase)
def _trial(n, ev, opt=False, phase=None, co=None):
    return proj(n, GK, ev, companies=[co] if co else [], status="投产", status_text="已投入试生产", opt=opt, phase=phase, note="试生产")
G["os04"] = dict(
 article=art("港口镇生态园区重点项目紧锣密鼓推进", "宣城日报（胡起、张浩），载于 m.yybnet.net（宣城·宁国新闻栏）", "2013-09-18", "day",
  "City daily via a local-news aggregator, Anhui: a county-level city's two-month project round-up — projects started in its parks and elsewhere, a town eco-park's projects started, completed and in trial production by name, the city's key-project investment",
  "https://m.yybnet.net/xuancheng/ningguo/201309/642339.html",
  "日期取页面“宣城日报 2013-09-18 18:33”。标题照录；页眉、日期行与“新闻推荐”等已删；署名“(胡起 张浩)”在正文末，保留。正文四段，完整。园区：港口生态园区（宁国市港口镇，宣城，安徽；标题作“港口镇生态园区”，文中又作“园区”“港口园区”——列 alias）；河沥园区（宁国市，只在“河沥园区电子信息产业园三期工程”中）；电子信息产业园（河沥园区内，可选）。项目：7至8月开工的宁磁年产1300吨高性能烧结钕铁硼磁体生产线项目（开工；园区未说，null）、河沥园区电子信息产业园三期工程（动工建设→开工）、狮子山休闲农业博览园与架云轩文化创意产业园（举行开工仪式→开工；非工业，可选）；港口生态园区内“已竣工并部分投产”的10个（竣工，status_alt 投产；平衡块整体搬迁、源水工程、光彩大市场(B区)建设一期可选）与“已投入试生产”的7个（投产，注“试生产”）。项目名照录，企业简称（宁磁、安泽电工、保隆、司尔特、中鼎等）只在项目名中，不另列公司。事实：港口生态园区两个月开工9个；“41个计划新开工重点项目年度开工数已达27个…65.9%…90%以上”归港口生态园区（由语境推定，41为计划 target）；竣工10个、试生产7个；全市107个重点项目完成投资52.4亿元（宁国市，region）。",
  "os04"),
 parks=[
  park(GK, "宣城", "安徽", "生态园区", D0, district="宁国市", aliases=["港口园区", "港口镇生态园区"], note="标题作“港口镇生态园区”；文中又作“园区”“港口园区”"),
  park(HL, "宣城", "安徽", "园区", D1, district="宁国市", note="只在“河沥园区电子信息产业园三期工程”中"),
  park("电子信息产业园", "宣城", "安徽", "产业园", D1, district="宁国市", parent=HL, opt=True, note="河沥园区电子信息产业园"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("宁磁年产1300吨高性能烧结钕铁硼磁体生产线项目", None, D1, status="开工", status_text="开工建设", note="园区未说"),
  proj("河沥园区电子信息产业园三期工程", HL, D1, phase="三期", status="开工", status_text="动工建设"),
  proj("狮子山休闲农业博览园", None, D1, status="开工", status_text="举行开工仪式", opt=True),
  proj("架云轩文化创意产业园", None, D1, status="开工", status_text="举行开工仪式", opt=True),
  _done("安泽电工建筑舒适系统", D2),
  _done("保隆气门嘴", D2),
  _done("平衡块整体搬迁", D2, opt=True),
  _done("源水工程", D2, opt=True),
  _done("高德韦尔阀门及精密橡塑制品生产一期", D2, phase="一期"),
  _done("亚兰LED灯具生产", D2),
  _done("新宁机械模具精加工", D2),
  _done("地博通信屏蔽用双金属圆线生产", D2),
  _done("上格节能灯整灯制造一期", D2, phase="一期"),
  _done("伽宝真空镀膜加工", D2),
  _done("光彩大市场(B区)建设一期", D2, opt=True, phase="一期"),
  _trial("司尔特迁扩建", D3),
  _trial("源光电容器镀膜加工", D3),
  _trial("中鼎年产6000吨高性能热塑性弹性体研发及产业化", D3),
  _trial("华普二期节能门窗生产", D3, phase="二期"),
  _trial("生力汽车用铝合金控制臂制造", D3),
  _trial("广申各类竹胶板及特种集装箱用纯竹地板生产", D3),
  _trial("亿农珍稀食用菌深加工", D3),
 ],
 aggregate_facts=[
  fact(GK, "park", "projects_started", 9, "count", D0, AS4, kind="cumulative", note="近两个月来开工的重点项目"),
  fact(GK, "park", "projects_planned_to_start", 41, "count", D0, "2013年（计划）", kind="target", opt=True, note="归属由语境推定"),
  fact(GK, "park", "projects_started", 27, "count", D0, "2013年1–8月", kind="cumulative", note="计划新开工重点项目中已开工数；归属由语境推定"),
  fact(GK, "park", "projects_started_share_of_plan", 0.659, "ratio", D0, "2013年1–8月", kind="ratio", opt=True),
  fact(GK, "park", "projects_completed", 10, "count", D2, "2013年9月", kind="cumulative", note="已竣工并部分投产"),
  fact(GK, "park", "projects_trial_production", 7, "count", D3, "2013年9月", kind="cumulative"),
  fact("宁国市", "region", "key_projects", 107, "count", D4, "2013年1–8月", opt=True),
  fact("宁国市", "region", "key_projects_investment_completed_cny", 5.24e9, "cny", D4, "2013年1–8月", kind="cumulative", chk=True),
  fact("宁国市", "region", "industrial_projects_investment_completed_cny", 1.901e9, "cny", "其中48个工业项目完成投资19.01亿元", "2013年1–8月", kind="cumulative", opt=True, chk=True),
  fact("宁国市", "region", "monthly_investment_completed_cny", 9.99e8, "cny", "当月完成投资9.99亿元,环比上月增长21.1%", "2013年8月", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- os05 宣州经济开发区 上半年 (yybnet 宣城 2017)
XZ = "宣州经济开发区"
E0 = "宣州讯 今年上半年,宣州经济开发区各项事业齐头并进"
E1 = "1-5月,实现规上工业产值58亿元,同比增长30.28%,规上工业增加值14.36亿元,同比增长26.83%"
E2 = "其中,战略新兴产业实现产值47.3亿元,占规上工业产值的81.5%,同比增长34.7%"
E3 = "1-5月,开发区实现财政收入5.5亿元,同比增长82.7%"
E4 = "1-5月,开发区完成工业投资7.8亿元,同比增加17.7%"
E5 = "1-6月份,引进新项目18个,其中亿元项目8个,协议投资额14.5亿元"
E6 = "累计完成固定资产投资10.24亿元,占年度目标任务的58.2%;完成利用省外资金17.89亿元,占年度目标任务的54.7%"
E7 = "宣州科创中心正在积极争创国家级孵化器,已有易建家、易工家、匠神科技等10多家进驻"
E8 = "千缘模具、乐畅汽摩配等项目主体工程即将开工"
A15 = "2017年1–5月"
A16 = "2017年1–6月"
G["os05"] = dict(
 article=art("（无标题）宣州经济开发区上半年各项事业齐头并进", "yybnet.net（宣城新闻栏；“宣州讯”，原发媒体与署名存段未示）", "2017-06", "month",
  "Local-news aggregator's city channel, Anhui: a district development zone's half-year report — output, value added, strategic-emerging share, fiscal revenue and industrial investment to May with growth, two projects about to start, its renaming to a high-tech zone, an incubator's tenants, new projects and agreed investment to June",
  "https://yybnet.net/xuancheng/news/201706/6267360.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 201706，文中“6月6日报省政府”“1-6月份”，记 2017-06（month）。存段在末段“申请发明专利47件,占全区申”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…占全区授权总数的41%。”，共六段。园区：宣州经济开发区（宣城市宣州区，安徽；正申报更名为“宣城高新技术产业开发区”——列 alias，注“拟更名”）。“宣州科创中心”为孵化器（可选机构）；“产业社区”“北区”不列园区（北区为开发区招商片区，其数字归开发区，注明）。公司：易建家、易工家、匠神科技（进驻宣州科创中心，可选）；中国建筑上海设计院、南京百联生物孵化器、中科院东莞云计算中心、浙江颐高集团为合作方（可选，park null）。项目：千缘模具、乐畅汽摩配（主体工程即将开工→planned）。事实：1-5月规上工业产值58亿元等为年初至今累计（cumulative），增速与占比为 ratio；1-6月引进新项目18个、亿元项目8个、协议投资额14.5亿元（北区）；在谈21个/41亿元（可选）；累计固定资产投资10.24亿元、利用省外资金17.89亿元与年度目标占比；技改备案9个、授权专利35件（可选）。“全区”指宣州区，不计。",
  "os05"),
 parks=[
  park(XZ, "宣城", "安徽", "经济开发区", E0, district="宣州区", aliases=["宣城高新技术产业开发区"], note="正申报更名为“宣城高新技术产业开发区”（拟更名）；文中又作“开发区”“园区”"),
 ],
 companies=[
  comp("易建家", XZ, E7, opt=True, note="进驻宣州科创中心"),
  comp("易工家", XZ, E7, opt=True, note="进驻宣州科创中心"),
  comp("匠神科技", XZ, E7, opt=True, note="进驻宣州科创中心"),
  comp("千缘模具", XZ, E8, opt=True, note="只在项目名中"),
  comp("乐畅汽摩配", XZ, E8, opt=True, note="只在项目名中"),
  comp("浙江颐高集团", None, "同南京百联生物孵化器、中科院东莞云计算中心、浙江颐高集团达成合作协议", opt=True, note="产业社区合作方"),
 ],
 institutions=[
  inst("宣州科创中心", E7, kind="incubator", park=XZ, note="争创国家级孵化器"),
  inst("中国建筑上海设计院", "请中国建筑上海设计院设计方案", kind="company", note="产业社区设计方"),
 ],
 projects=[
  proj("千缘模具", XZ, E8, companies=["千缘模具"], status="planned", status_text="项目主体工程即将开工"),
  proj("乐畅汽摩配", XZ, E8, companies=["乐畅汽摩配"], status="planned", status_text="项目主体工程即将开工"),
 ],
 aggregate_facts=[
  fact(XZ, "park", "above_scale_industrial_output_cny", 5.8e9, "cny", E1, A15, kind="cumulative", chk=True),
  fact(XZ, "park", "above_scale_industrial_output_yoy_growth", 0.3028, "ratio", E1, A15, kind="ratio"),
  fact(XZ, "park", "above_scale_industrial_value_added_cny", 1.436e9, "cny", "规上工业增加值14.36亿元,同比增长26.83%", A15, kind="cumulative", chk=True),
  fact(XZ, "park", "above_scale_industrial_value_added_yoy_growth", 0.2683, "ratio", "规上工业增加值14.36亿元,同比增长26.83%", A15, kind="ratio", opt=True),
  fact(XZ, "park", "strategic_emerging_output_cny", 4.73e9, "cny", E2, A15, kind="cumulative", chk=True),
  fact(XZ, "park", "strategic_emerging_output_share", 0.815, "ratio", E2, A15, kind="ratio"),
  fact(XZ, "park", "strategic_emerging_output_yoy_growth", 0.347, "ratio", E2, A15, kind="ratio", opt=True),
  fact(XZ, "park", "fiscal_revenue_cny", 5.5e8, "cny", E3, A15, kind="cumulative", chk=True),
  fact(XZ, "park", "fiscal_revenue_yoy_growth", 0.827, "ratio", E3, A15, kind="ratio"),
  fact(XZ, "park", "land_revenue_share_of_fiscal_revenue", 0.016, "ratio", "土地收入仅占财政收入的1.6%", A15, kind="ratio", opt=True),
  fact(XZ, "park", "industrial_investment_cny", 7.8e8, "cny", E4, A15, kind="cumulative", chk=True),
  fact(XZ, "park", "industrial_investment_yoy_growth", 0.177, "ratio", E4, A15, kind="ratio", opt=True),
  fact(XZ, "park", "incubator_tenants", 10, "count", E7, "2017年6月", qual="余", qtext="多", opt=True, note="宣州科创中心进驻10多家"),
  fact(XZ, "park", "new_projects", 18, "count", E5, A16, kind="cumulative", note="招商引资（北区）"),
  fact(XZ, "park", "new_projects_over_100m", 8, "count", E5, A16, kind="cumulative", note="亿元项目"),
  fact(XZ, "park", "agreed_investment_cny", 1.45e9, "cny", "协议投资额14.5亿元", A16, kind="cumulative", chk=True),
  fact(XZ, "park", "projects_under_negotiation", 21, "count", "在谈项目21个,投资总额达41亿元", "2017年6月", opt=True),
  fact(XZ, "park", "projects_under_negotiation_investment_cny", 4.1e9, "cny", "投资总额达41亿元", "2017年6月", opt=True, chk=True),
  fact(XZ, "park", "fixed_asset_investment_cny", 1.024e9, "cny", E6, A16, kind="cumulative", chk=True),
  fact(XZ, "park", "fixed_asset_investment_share_of_annual_target", 0.582, "ratio", E6, A16, kind="ratio", opt=True),
  fact(XZ, "park", "out_of_province_funds_used_cny", 1.789e9, "cny", "完成利用省外资金17.89亿元,占年度目标任务的54.7%", A16, kind="cumulative", chk=True),
  fact(XZ, "park", "out_of_province_funds_share_of_annual_target", 0.547, "ratio", "完成利用省外资金17.89亿元,占年度目标任务的54.7%", A16, kind="ratio", opt=True),
  fact(XZ, "park", "tech_renovation_projects_filed", 9, "count", "1-5月,新备案9个技改项目,其中亿元以上项目3个", A15, kind="cumulative", opt=True),
  fact(XZ, "park", "patents_granted", 35, "count", "1-5月,开发区授权专利35件,占全区授权总数的41%", A15, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- os06 池州市重点项目建设稳中向好 (中安在线 2019)
CZ = "池州经济技术开发区"
LL = "拉链智能装备及高端拉链产业园"
JN = "江南产业集中区"
TC6 = "童车产业园"
F0 = "总投资22.8亿元的上海东龙、东莞龙庆、嘉善耀奕等11个拉链制造项目集中签约,池州经济技术开发区拉链智能装备及高端拉链产业园显出雏形"
F1 = "宏凯铝业、万峰铝业、永存纺织、聚友纺织等一批铝基材料、纺织面料项目先后开工建设,江南产业集中区铝基材料产业和轻工纺织产业基地已初具规模"
F2 = "泰富安东正在加快建设,振宇汽车零部件一期已投产,童车产业园内8家童车企业已投产"
F3 = "全球最大绿色建筑骨料生产基地长九神山灰岩矿项目已投产运营,中电建长智PC构件、兰山混凝土制品、安徽交控装配式建筑等一批PC构件项目正在加快推进"
F4 = "英诺半导体一期已投产,高芯众科晶圆、赛米科半导体、华宇电子等项目进展顺利"
F5 = "1至7月份,池州市重点项目累计完成投资177.1亿元,占年度计划的64.6%"
F6 = "开工项目149个,开工率88.2%;竣工项目32个,竣工率38.1%"
AS6 = "2019年1–7月"
def _sig(n):
    return proj(n, CZ, F0, status="签约", status_text="集中签约", note="11个拉链制造项目之一（合计总投资22.8亿元，不分摊）；落在池州经济技术开发区拉链智能装备及高端拉链产业园")
def _jn(n):
    return proj(n, JN, F1, status="开工", status_text="先后开工建设", note="园区由语境推定（江南产业集中区铝基材料／轻工纺织产业基地）")
G["os06"] = dict(
 article=art("池州市重点项目建设稳中向好", "中安在线（来源栏；作者空），载于法治天天报（bqg365.com，社会栏）", "2019-08-30", "day",
  "Provincial news portal's item relayed by a general site, Anhui: a city's key-project press conference — year-to-date investment, starts and completions, industrial projects in production, under way, signed and started with the parks they sit in (a national development zone's zipper park, an industrial concentration zone, a children's-vehicle park)",
  "http://www.bqg365.com/dujia/chizhou/21225.html",
  "日期取页面“来源:中安在线 作者: 2019-08-30 10:11:12”（发布会为8月29日）。标题照录（页面题行“池州市重点项目建设稳中向好 - 社会 - 法治天天报”与面包屑已删）。存段末行“强化服务业项”在段首中断，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…池州长江公路大桥通车在即。”，共四段。园区：池州经济技术开发区（池州，安徽）；其内“拉链智能装备及高端拉链产业园”（parent 池州经济技术开发区）；江南产业集中区（池州，安徽）；童车产业园（母园区未说）。“装配式建筑产业基地”“战新基地”“铝基材料产业和轻工纺织产业基地”为产业基地说法，不列园区。项目：上海东龙、东莞龙庆、嘉善耀奕（11个拉链项目中点名的3个，签约，park 记池州经济技术开发区，合计22.8亿元为事实）；宏凯铝业、万峰铝业、永存纺织、聚友纺织（开工建设，园区推定为江南产业集中区）；长九神山灰岩矿项目（投产运营→投产）、英诺半导体一期、振宇汽车零部件一期（投产）、PC 构件三项与高芯众科晶圆等三项、泰富安东（在建；可选）——这些园区未说，null。项目名即企业简称，不另列公司。基础设施项目（池黄高铁、航道整治、高速、公路、长江公路大桥）不列。事实：拉链项目签约11个、总投资22.8亿元（池州经济技术开发区）；童车产业园投产企业8家；池州市重点项目1-7月累计完成投资177.1亿元、占年度计划64.6%、开工149个、竣工32个（region）。",
  "os06"),
 parks=[
  park(CZ, "池州", "安徽", "国家级经济技术开发区", F0, note="文中只此一处；拉链产业园所在"),
  park(LL, "池州", "安徽", "产业园（拉链）", F0, parent=CZ, note="池州经济技术开发区拉链智能装备及高端拉链产业园"),
  park(JN, "池州", "安徽", "产业集中区", F1, note="皖江江南新兴产业集中区（文中作“江南产业集中区”）"),
  park(TC6, "池州", "安徽", "产业园（童车）", F2, note="母园区未说"),
 ],
 companies=[],
 institutions=[],
 projects=[
  _sig("上海东龙"), _sig("东莞龙庆"), _sig("嘉善耀奕"),
  _jn("宏凯铝业"), _jn("万峰铝业"), _jn("永存纺织"), _jn("聚友纺织"),
  proj("长九神山灰岩矿项目", None, F3, status="投产", status_text="已投产运营", note="全球最大绿色建筑骨料生产基地；园区未说"),
  proj("中电建长智PC构件", None, F3, status="在建", status_text="正在加快推进", opt=True),
  proj("兰山混凝土制品", None, F3, status="在建", status_text="正在加快推进", opt=True),
  proj("安徽交控装配式建筑", None, F3, status="在建", status_text="正在加快推进", opt=True),
  proj("英诺半导体一期", None, F4, phase="一期", status="投产", status_text="已投产"),
  proj("高芯众科晶圆", None, F4, status="在建", status_text="进展顺利", opt=True),
  proj("赛米科半导体", None, F4, status="在建", status_text="进展顺利", opt=True),
  proj("华宇电子", None, F4, status="在建", status_text="进展顺利", opt=True),
  proj("泰富安东", None, F2, status="在建", status_text="正在加快建设", opt=True),
  proj("振宇汽车零部件一期", None, F2, phase="一期", status="投产", status_text="已投产"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "projects_signed", 11, "count", F0, "2019年（截至8月）", note="拉链制造项目集中签约"),
  fact(CZ, "park", "projects_signed_investment_cny", 2.28e9, "cny", F0, "2019年（截至8月）", chk=True, note="11个拉链制造项目合计"),
  fact(TC6, "park", "firms_in_production", 8, "count", "童车产业园内8家童车企业已投产", "2019年8月", kind="cumulative"),
  fact("池州市", "region", "key_projects_investment_completed_cny", 1.771e10, "cny", F5, AS6, kind="cumulative", chk=True),
  fact("池州市", "region", "key_projects_investment_share_of_annual_plan", 0.646, "ratio", F5, AS6, kind="ratio", opt=True),
  fact("池州市", "region", "key_projects_started", 149, "count", F6, AS6, kind="cumulative"),
  fact("池州市", "region", "key_projects_start_rate", 0.882, "ratio", F6, AS6, kind="ratio", opt=True),
  fact("池州市", "region", "key_projects_completed", 32, "count", F6, AS6, kind="cumulative"),
  fact("池州市", "region", "key_projects_completion_rate", 0.381, "ratio", F6, AS6, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- os07 芜湖 four zones in the provincial top 30 (yybnet 芜湖 2019)
H0 = "芜湖市芜湖高新技术产业开发区、新芜经济开发区、鸠江经济开发区、芜湖经济技术开发区入围全省前30强"
H1 = "2018年,全市开发区实现经营收入6251.36亿元,增长10.38%;工业总产值4362.41亿元,增长11.36%"
H2 = "2018年,全市开发区亿元以上在建项目268个,完成投资额331.96亿元;新签约亿元以上项目195个,总投资629.68亿元"
H3 = "力争在“十三五”末开发区实现经营(销售)收入10000亿元,进出口总额超100亿美元"
WH = "芜湖市（全市开发区）"
G["os07"] = dict(
 article=art("（无标题）芜湖四家开发区入围全省前30强", "yybnet.net（芜湖新闻栏；“本报讯(记者 王世宁)”，原发报纸存段未示）", "2019-05", "month",
  "Local-news aggregator's city channel relaying a city paper, Anhui: four development zones of a city in the province's top-30 ranking, the city's zones' 2018 revenue, output, projects under construction and signed, and the 13th five-year-plan targets",
  "https://yybnet.net/wuhu/news/201905/9056397.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 201905（后附“新闻推荐”为5月樱桃稿），记 2019-05（month）。“新闻推荐”及以下已删。正文三段，完整。园区：芜湖高新技术产业开发区、新芜经济开发区、鸠江经济开发区、芜湖经济技术开发区（芜湖，安徽；均照录全称）。无公司、项目。事实：2018年全市开发区经营收入6251.36亿元、增长10.38%，工业总产值4362.41亿元、增长11.36%，亿元以上在建项目268个、完成投资331.96亿元，新签约亿元以上项目195个、总投资629.68亿元（subject “芜湖市（全市开发区）”，region；全市开发区合计，非单一园区）；“十三五”末目标经营收入10000亿元、进出口超100亿美元（target）；“5511”工程：15个开发区、50个领军企业（可选）。",
  "os07"),
 parks=[
  park("芜湖高新技术产业开发区", "芜湖", "安徽", "高新技术产业开发区", H0),
  park("新芜经济开发区", "芜湖", "安徽", "经济开发区", H0),
  park("鸠江经济开发区", "芜湖", "安徽", "经济开发区", H0, district="鸠江区"),
  park("芜湖经济技术开发区", "芜湖", "安徽", "国家级经济技术开发区", H0),
 ],
 companies=[],
 institutions=[
  inst("省发改委", "近日,省发改委对综合考核评价居前30位的开发区名单进行公示", note="安徽省发展和改革委员会（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(WH, "region", "operating_revenue_cny", 6.25136e11, "cny", H1, "2018年", chk=True, note="全市开发区合计"),
  fact(WH, "region", "operating_revenue_yoy_growth", 0.1038, "ratio", H1, "2018年", kind="ratio", opt=True),
  fact(WH, "region", "industrial_output_cny", 4.36241e11, "cny", "工业总产值4362.41亿元,增长11.36%", "2018年", chk=True),
  fact(WH, "region", "industrial_output_yoy_growth", 0.1136, "ratio", "工业总产值4362.41亿元,增长11.36%", "2018年", kind="ratio", opt=True),
  fact(WH, "region", "projects_under_construction", 268, "count", H2, "2018年", note="亿元以上在建项目"),
  fact(WH, "region", "projects_investment_completed_cny", 3.3196e10, "cny", "完成投资额331.96亿元", "2018年", chk=True),
  fact(WH, "region", "projects_signed", 195, "count", H2, "2018年", note="新签约亿元以上项目"),
  fact(WH, "region", "projects_signed_investment_cny", 6.2968e10, "cny", "新签约亿元以上项目195个,总投资629.68亿元", "2018年", chk=True),
  fact(WH, "region", "operating_revenue_cny", 1e12, "cny", H3, "“十三五”末（目标）", kind="target", chk=True),
  fact(WH, "region", "imports_exports_usd", 1e10, "usd", "进出口总额超100亿美元", "“十三五”末（目标）", kind="target", qual="超", qtext="超"),
  fact(WH, "region", "development_zones", 15, "count", "“十三五”期间围绕15个开发区,培育支持50个领军企业", "“十三五”期间", opt=True),
  fact(WH, "region", "leading_firms_target", 50, "count", "“十三五”期间围绕15个开发区,培育支持50个领军企业", "“十三五”期间（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- os08 青山河高新区 (zezeg.cn, 2018)
QS = "青山河高新技术产业园区"
K0 = "3月28日,落户到当涂青山河高新技术产业园区的大臣集成厨电有限公司董事长张斌说"
K1 = "项目总建筑面积3万多平方米,总投资1.2亿元,年产2.5万台集成灶、10万台灶具、10万台吸油烟机"
K2 = "项目建成达产后,产值约2亿元,预计税收1000万元,提供150人就业"
K3 = "2017年6月份,通鑫实业在青山河高新园区投资1.1亿元着手建设占地24亩的厂房,实现了当年签约、当年建设、当年竣工、当年投产的目标"
K4 = "3月28日,青山河高新园区有8个项目集中开工,总投资14.2亿元。其中,有7个项目来自南京和芜湖"
K5 = "通鑫实业原先落户在芜湖市鸠江开发区,是一家专业为奇瑞、华菱星马等公司做汽车零部件配套的企业"
AS8 = "2018年3月28日"
G["os08"] = dict(
 article=art("打南京牌唱芜湖戏 青山河高新区现“边城效应”", "zezeg.cn（转载；原发媒体、署名与日期存段未示）", "2018-03", "month",
  "Relay site of a regional news feature, Anhui: a county high-tech park on the border with Nanjing and Wuhu — a Nanjing firm's plant under construction with investment, capacity, expected output and tax, a Wuhu supplier's plant signed, built and in production in one year, the park's joint groundbreaking of eight projects",
  "http://www.zezeg.cn/i43510.htm",
  "存段无日期行；日期由文中推定：“3月28日”“‘大臣’集成灶荣获2017年度…”“2017年6月份…当年投产”“今年1-2月”，发布约在2018年3月底，记 2018-03（month，推定）。标题照录。存段末行“‘作为一家与芜湖仅一”在句中中断，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…有7个项目来自南京和芜湖。”，共五段。园区：青山河高新技术产业园区（马鞍山市当涂县，安徽；标题作“青山河高新区”，文中又作“青山河高新园区”“园区”）；芜湖市鸠江开发区、国家级芜湖经济开发区只作通鑫原址与对接对象，列可选园区。公司：大臣集成厨电有限公司（落户园区）、马鞍山通鑫实业有限公司（文中又作“通鑫实业”，在园区建厂）；奇瑞、华菱星马只作配套对象（可选，park null）。项目：大臣集成厨电（项目名即企业名；总投资1.2亿元；2栋厂房完成一层施工，计划年底投产→在建）；通鑫实业厂房（投资1.1亿元，当年竣工投产→投产）。事实：大臣项目达产后产值约2亿元、预计税收1000万元（target）；3月28日园区8个项目集中开工、总投资14.2亿元，其中7个来自南京和芜湖（可选）；今年1-2月又有2家芜湖企业落户（可选）。",
  "os08"),
 parks=[
  park(QS, "马鞍山", "安徽", "高新技术产业园区", K0, district="当涂县", aliases=["青山河高新区", "青山河高新园区"], note="标题作“青山河高新区”；文中又作“青山河高新园区”“园区”"),
  park("鸠江开发区", "芜湖", "安徽", "经济开发区", K5, district="鸠江区", opt=True, note="文中作“芜湖市鸠江开发区”；通鑫实业原址"),
  park("芜湖经济开发区", "芜湖", "安徽", "国家级经济技术开发区", "无缝对接国家级芜湖经济开发区", opt=True, note="文中作“国家级芜湖经济开发区”"),
 ],
 companies=[
  comp("大臣集成厨电有限公司", QS, K0, note="总部在南京"),
  comp("马鞍山通鑫实业有限公司", QS, "在马鞍山通鑫实业有限公司的生产车间,自动化生产线满负荷运转", aliases=["通鑫实业"], note="原落户芜湖市鸠江开发区，2017年在园区建厂投产"),
  comp("奇瑞", None, K5, opt=True, note="通鑫实业的配套对象"),
  comp("华菱星马", None, K5, opt=True, note="通鑫实业的配套对象"),
 ],
 institutions=[],
 projects=[
  proj("大臣集成厨电", QS, K1, companies=["大臣集成厨电有限公司"], inv="总投资1.2亿元", status="在建", status_text="2栋厂房已完成一层施工",
       note="项目名即企业名；计划2018年11月竣工、年底投产"),
  proj("通鑫实业厂房", QS, K3, companies=["马鞍山通鑫实业有限公司"], inv="投资1.1亿元", status="投产", status_text="当年签约、当年建设、当年竣工、当年投产",
       aliases=["通鑫实业"], note="2017年6月开建占地24亩的厂房；项目名为编者概括"),
 ],
 aggregate_facts=[
  fact("大臣集成厨电有限公司", "company", "expected_annual_output_cny", 2e8, "cny", K2, "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("大臣集成厨电有限公司", "company", "expected_annual_tax_cny", 1e7, "cny", "预计税收1000万元", "达产后（预期）", kind="target", chk=True),
  fact(QS, "park", "projects_started", 8, "count", K4, AS8),
  fact(QS, "park", "projects_started_investment_cny", 1.42e9, "cny", K4, AS8, chk=True),
  fact(QS, "park", "projects_started_from_nanjing_wuhu", 7, "count", K4, AS8, opt=True),
  fact(QS, "park", "firms_landed", 2, "count", "今年1-2月,又有2家芜湖企业落户园区", "2018年1–2月", kind="cumulative", opt=True, note="芜湖企业"),
 ])
