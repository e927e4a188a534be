# real183 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or county-level city is a region, not a park). Status from
# the text's words (签约 / 签约落户 → 签约; 启动…建设 → 开工; 完成了…建设 → 竣工). “预计” figures and what projects “可实现”
# once built are kind target; “今年” / “目前” totals are cumulative or reported as dated. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/vzNN.raw as returned.

# ---------------------------------------------------------------- vz01 汉川“园区经济”领跑现代工业 (湖北日报 2016)
HC = "汉川经济开发区"
A0 = "3月底,湖北回头客食品公司在汉川再追加投资2亿元"
A1 = "汉川经济开发区突出农产品加工和包装印刷,目前有规模以上农产品加工企业25家,其中省级重点龙头企业6家,农民专业合作社28个,配套包装、印刷、物流等企业18家"
A2 = "马庙工业园突出纺织服装产业特色,提升产业层次,成为全球最大的涤纶线生产基地"
A3 = "福星工业园依托福星集团,突出金属制品,吸引关联企业纷至沓来,正奋力打造百亿产业园区"
A4 = "北河工业园区吸聚130多家服装生产加工企业落户,计划5年内打造成中部最大的纺织服装贸易产业集群"
A5 = "目前,汉川拥有规模以上工业企业418家,去年规模以上工业总产值达1100亿元,其中园区企业创造工业产值近八成"
AS1 = "2016年4月（目前）"
G["vz01"] = dict(
 article=art("汉川“园区经济”领跑现代工业", "湖北日报（通讯员刘重庆、刘定旭、杨青），载于中国网财经 finance.china.com.cn（责任编辑:罗伯特）", "2016-04-11", "day",
  "Provincial daily relayed on a national finance portal, Hubei: a county-level city's industrial parks — one economic development zone and three industrial parks with their specialities and firm counts, a firm's additional investment, the city's above-scale firms and output",
  "http://finance.china.com.cn/roll/20160411/3670939.shtml",
  "日期取页面“发布时间:2016-04-11 16:29:25 来源:湖北日报”。标题照录；发布时间行与页脚“股票名称 最新价 涨跌幅”已删。正文三段，完整。园区：汉川经济开发区（孝感市代管汉川市，湖北）、马庙工业园、福星工业园、北河工业园区（均在汉川；文中未说与开发区的隶属，parent 记 null）。公司：湖北回头客食品公司（“在汉川再追加投资2亿元”，文中未说在哪个园区，park null）；福星集团（福星工业园“依托福星集团”，park 福星工业园）。回头客追加投资无项目名，不另立项目（事实记在公司名下）。事实：汉川经济开发区规模以上农产品加工企业25家及其中省级重点龙头企业6家、合作社28个、配套企业18家（目前）；北河工业园区130多家服装企业（余）；汉川市规模以上工业企业418家、去年（2015）规上工业总产值1100亿元、园区企业产值“近八成”（region）；“投资10亿多元”强化园区基础设施（近3年，汉川市）——金额写作“10亿多元”，不是“数字+亿元”，记可选事实，metric 不带 _cny 后缀（check_gold 的金额解析读不出“多”字金额）。",
  "vz01"),
 parks=[
  park(HC, "孝感", "湖北", "经济开发区", A1, district="汉川市", note="农产品加工和包装印刷"),
  park("马庙工业园", "孝感", "湖北", "工业园", A2, district="汉川市", note="纺织服装；涤纶线"),
  park("福星工业园", "孝感", "湖北", "工业园", A3, district="汉川市", note="依托福星集团；金属制品"),
  park("北河工业园区", "孝感", "湖北", "工业园区", A4, district="汉川市", note="服装生产加工"),
 ],
 companies=[
  comp("湖北回头客食品公司", None, A0, note="在汉川追加投资；园区未说"),
  comp("福星集团", "福星工业园", A3, note="园区依托的企业集团"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("湖北回头客食品公司", "company", "additional_investment_cny", 2e8, "cny", A0, "2016年3月底", chk=True, note="再追加投资；无项目名"),
  fact(HC, "park", "above_scale_agri_processing_enterprises", 25, "count", A1, AS1),
  fact(HC, "park", "provincial_leading_enterprises", 6, "count", A1, AS1, opt=True, note="其中省级重点龙头企业"),
  fact(HC, "park", "farmer_cooperatives", 28, "count", A1, AS1, opt=True),
  fact(HC, "park", "supporting_enterprises", 18, "count", A1, AS1, opt=True, note="配套包装、印刷、物流等企业"),
  fact("北河工业园区", "park", "enterprises", 130, "count", A4, AS1, kind="cumulative", qual="余", qtext="多", note="服装生产加工企业落户"),
  fact("汉川市", "region", "enterprises_above_scale", 418, "count", A5, AS1),
  fact("汉川市", "region", "above_scale_industrial_output_cny", 1.1e11, "cny", "去年规模以上工业总产值达1100亿元", "2015年", chk=True),
  fact("汉川市", "region", "park_share_of_industrial_output", 0.8, "ratio", A5, "2015年", kind="ratio", qual="约", qtext="近", opt=True, note="园区企业创造工业产值近八成"),
  fact("汉川市", "region", "park_infrastructure_investment", 1e9, "cny", "近3年,汉川市投资10亿多元全面强化工业园区基础设施配套", "2013–2015年（近3年）",
       kind="cumulative", qual="余", qtext="多", opt=True, note="“10亿多元”；metric 不带 _cny（金额写法非数字+亿元）"),
 ])

# ---------------------------------------------------------------- vz02 常德高新区:夯实园区基础 突出“高新”特色 (鼎城区政府网 2016)
CD = "常德高新区"
B0 = "常德高新区去年全年完成基础设施投入8.1亿元"
B1 = "启动了总投资14.8亿元的沅澧快速干线、中联大道、渐安路南延等7条道路建设"
B2 = "其中,投资11.3亿元的沅澧快速干线建设工程去年完成投资5亿元,2017年可竣工通车"
B3 = "创新创业园建设全年完成了投资1.1亿元的科技企业孵化器大楼建设,并成功申报省级科技企业孵化器"
B4 = "建成标准化厂房15.6万平方米,新引进创新创业企业23家,预计新增工业总产值10亿元以上"
AS2 = "2015年"
G["vz02"] = dict(
 article=art("常德高新区:夯实园区基础 突出“高新”特色", "常德市鼎城区人民政府网站（www.dingcheng.gov.cn，新闻资讯·部门动态；来源栏空白）", "2016-02-27", "day",
  "District government website, Hunan: a high-tech zone's 2015 review — infrastructure investment, seven roads started (one with its investment, money spent and completion year), an incubator building completed in its innovation park, standard factories, firms brought in and expected output",
  "https://www.dingcheng.gov.cn/xwdt/bmdt/content_136801",
  "日期取页面“发布时间:2016-02-27 08:46”。标题照录；登录框、位置导航、发布时间行与“扫一扫…分享到…打印正文”等已删。正文三段，完整。园区：常德高新区（常德，湖南；刊于鼎城区政府网，文中未写所在区县，district 记 null；级别文中未说）；“创新创业园”为高新区内的园中园，列可选园区。项目：沅澧快速干线建设工程（投资11.3亿元；“启动了…建设”→开工，status_alt 在建；2015年完成投资5亿元、2017年可竣工通车）；中联大道、渐安路南延（同批启动的道路，无单项金额，可选）；科技企业孵化器大楼（投资1.1亿元，“全年完成了…建设”→竣工，并申报省级科技企业孵化器）。事实：2015年基础设施投入8.1亿元；7条道路总投资14.8亿元；标准化厂房15.6万平方米；新引进创新创业企业23家；“预计新增工业总产值10亿元以上”（target，超）。",
  "vz02"),
 parks=[
  park(CD, "常德", "湖南", "高新区", "2015年,常德高新区克服经济下行、产业下滑的不利因素", note="刊于鼎城区政府网；文中又作“园区”"),
  park("创新创业园", "常德", "湖南", "园中园", B3, parent=CD, opt=True, note="高新区内；建孵化器大楼"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("沅澧快速干线建设工程", CD, B2, inv="投资11.3亿元", status="开工", status_text="启动了…建设", aliases=["沅澧快速干线"],
       status_alt="在建", note="2015年完成投资5亿元；2017年可竣工通车"),
  proj("中联大道", CD, B1, status="开工", status_text="启动了…建设", opt=True, note="道路；7条道路之一，无单项金额"),
  proj("渐安路南延", CD, B1, status="开工", status_text="启动了…建设", opt=True, note="道路；7条道路之一，无单项金额"),
  proj("科技企业孵化器大楼", CD, B3, inv="投资1.1亿元", status="竣工", status_text="完成了…建设", note="在创新创业园；成功申报省级科技企业孵化器"),
 ],
 aggregate_facts=[
  fact(CD, "park", "infrastructure_investment_cny", 8.1e8, "cny", B0, AS2, chk=True),
  fact(CD, "park", "road_projects_started", 7, "count", B1, AS2, opt=True),
  fact(CD, "park", "road_projects_total_investment_cny", 1.48e9, "cny", B1, AS2, chk=True, note="7条道路总投资"),
  fact("沅澧快速干线建设工程", "project", "investment_completed_cny", 5e8, "cny", "去年完成投资5亿元", AS2, opt=True, chk=True),
  fact(CD, "park", "standard_factory_built_m2", 1.56e5, "m2", B4, AS2),
  fact(CD, "park", "new_enterprises", 23, "count", B4, AS2, note="新引进创新创业企业"),
  fact(CD, "park", "expected_new_output_cny", 1e9, "cny", "预计新增工业总产值10亿元以上", "2015年新引进企业（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- vz03 临湘 临港新兴产业园迎“开园红” (湖南日报 via 湖南省政府网 2019)
LG = "临港新兴产业园"
C0 = "临港新兴产业园迎来了“开园红”,总投资为60亿元的航天用超大型铝合金材料二期、年产15万吨脱硫石膏、湘盛合作开发等3个项目签约落户"
C1 = "与湖南城陵矶新港区深度合作,共建共享“临港新兴产业园”"
C2 = "此次临港新兴产业园集中签约的航天用超大型铝合金材料二期项目投资约47亿元,总项目投产后产出规模约100亿元"
C3 = "当天,临湘市还签约了厚和包装材料和150MW渔光互补光伏发电项目,总投资为10亿元"
C4 = "此次集中签约的5个项目全部投产后,预计总产值逾120亿元"
AS3 = "2019年10月（集中签约）"
G["vz03"] = dict(
 article=art("产业项目建设年丨临港新兴产业园迎“开园红”", "湖南日报（文/王晴 张明子 丁会云），载于湖南省人民政府门户网站 www.hunan.gov.cn（责任编辑:宋太桓）", "2019-10-09", "day",
  "Provincial daily on the provincial government portal, Hunan: a county-level city's new port industrial park, co-built with a neighbouring port zone, gets its first three signed projects (one with its investment and expected output); two more projects signed for the city",
  "https://www.hunan.gov.cn/hnszf/hnyw/20180408_sxhy/wzzbms/yxbd/201910/t20191009_10490359.html",
  "日期取页面“发布时间:2019-10-09 08:10”；签约仪式为“日前”。标题照录（栏目前缀“产业项目建设年丨”为标题的一部分）；网站名与发布时间行、署名行“(文/王晴 张明子 丁会云)”、“信息来源…责任编辑…”、相关阅读与编号已删。正文三段，完整。园区：临港新兴产业园（岳阳市代管临湘市，湖南；与湖南城陵矶新港区共建共享）；湖南城陵矶新港区（岳阳，共建方，列园区）。项目：航天用超大型铝合金材料二期（签约，投资约47亿元→约）、年产15万吨脱硫石膏、湘盛合作开发（签约，无单项金额）——均在临港新兴产业园；厚和包装材料、150MW渔光互补光伏发电项目由临湘市签约，文中未说落在园区（park null；合计10亿元为事实）。事实：园区3个项目总投资60亿元；铝合金二期投产后产出约100亿元（target）；5个项目投产后预计总产值逾120亿元（临湘市，target，超）。",
  "vz03"),
 parks=[
  park(LG, "岳阳", "湖南", "产业园", C0, district="临湘市", note="与湖南城陵矶新港区共建共享"),
  park("湖南城陵矶新港区", "岳阳", "湖南", "新港区", C1, note="共建方"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("航天用超大型铝合金材料二期项目", LG, C2, inv="投资约47亿元", qual="约", qual_text="约", phase="二期", status="签约", status_text="签约落户",
       aliases=["航天用超大型铝合金材料二期"], note="总项目投产后产出规模约100亿元"),
  proj("年产15万吨脱硫石膏", LG, C0, status="签约", status_text="签约落户", note="无单项金额"),
  proj("湘盛合作开发", LG, C0, status="签约", status_text="签约落户", note="无单项金额"),
  proj("厚和包装材料", None, C3, status="签约", status_text="签约", note="临湘市签约；园区未说；与光伏项目合计10亿元"),
  proj("150MW渔光互补光伏发电项目", None, C3, status="签约", status_text="签约", note="临湘市签约；园区未说；与厚和合计10亿元"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_signed", 3, "count", C0, AS3),
  fact(LG, "park", "signed_investment_cny", 6e9, "cny", C0, AS3, chk=True),
  fact("航天用超大型铝合金材料二期项目", "project", "expected_output_cny", 1e10, "cny", "总项目投产后产出规模约100亿元", "投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("临湘市", "region", "signed_investment_cny", 1e9, "cny", C3, AS3, opt=True, chk=True, note="厚和包装材料与光伏项目合计"),
  fact("临湘市", "region", "projects_signed", 5, "count", C4, AS3),
  fact("临湘市", "region", "expected_output_cny", 1.2e10, "cny", C4, "5个项目全部投产后（预计）", kind="target", qual="超", qtext="逾", chk=True),
 ])

# ---------------------------------------------------------------- vz04 湖南隆回4个招商项目集中签约 (华讯网 2020)
LH = "隆回县高新区"
D0 = "金莞智联邵商产业园、隆回国际箱包产业园、食用菌精深加工产业扶贫示范园、安全食品冷链物流智慧城4个产业项目签约落户隆回县高新区,预计总投资39.26亿元"
D1 = "据悉,金莞智联邵商产业园项目定位发展新型智能制造产业园区,拟建设“两园一区”,总占地约400亩,计划总投资8亿元以上"
D2 = "食用菌精深加工产业示范园项目计划总投资为1.26亿元,占地面积约30亩,总建筑面积约2.37万平方米"
D3 = "安全食品冷链物流智慧城项目计划投资总额20亿元,总占地约400亩"
D4 = "值得一提的是,隆回国际箱包工业园项目总投资金额为10亿元,总占地面积253.84亩,总建筑面积50余万平方米,拟建标准化厂房55栋"
AS4 = "2020年1月18日（集中签约）"
G["vz04"] = dict(
 article=art("湖南隆回4个招商项目集中签约总投资39.26亿元", "华讯网（huaxun.org；未署名）", "2020-01-19", "day",
  "Web news portal, Hunan: a county signs four industrial projects into its high-tech zone — each project's investment, land and floor area, jobs expected",
  "http://huaxun.org/news/2020-01-19/383916.html",
  "日期取页面“2020-01-19 20:36:04 来源:华讯网”；签约在1月18日。标题照录；“华讯小记者声明”与日期来源行已删。存段末行“湖南龙哥科技有限公司董事长王燕”在句中中断，整行删去；正文截至“…将会成为隆回县的纳税大户。”，共七段。园区：隆回县高新区（邵阳市隆回县，湖南）。项目：4个产业项目签约落户隆回县高新区（签约）：金莞智联邵商产业园（计划总投资8亿元以上→超）、隆回国际箱包产业园（后文作“隆回国际箱包工业园项目”，10亿元）、食用菌精深加工产业扶贫示范园（后文作“食用菌精深加工产业示范园项目”，1.26亿元）、安全食品冷链物流智慧城（20亿元）；四项合计39.26亿元，与“预计总投资39.26亿元”相符。前三个以“园”为名的项目另列为可选园区（母园区隆回县高新区）。无公司名（湖南龙哥科技只在删去的残行中）。隆回县人民政府列可选机构。",
  "vz04"),
 parks=[
  park(LH, "邵阳", "湖南", "高新区", D0, district="隆回县"),
  park("金莞智联邵商产业园", "邵阳", "湖南", "产业园", D1, district="隆回县", parent=LH, opt=True, note="签约项目，以园为名"),
  park("隆回国际箱包产业园", "邵阳", "湖南", "产业园", D0, district="隆回县", parent=LH, aliases=["隆回国际箱包工业园"], opt=True, note="签约项目，以园为名"),
  park("食用菌精深加工产业扶贫示范园", "邵阳", "湖南", "产业园", D0, district="隆回县", parent=LH, aliases=["食用菌精深加工产业示范园"], opt=True, note="签约项目，以园为名"),
 ],
 companies=[],
 institutions=[
  inst("隆回县人民政府", "县委副书记、县长刘军代表隆回县人民政府与企业签订战略合作协议", note="签约方"),
 ],
 projects=[
  proj("金莞智联邵商产业园", LH, D1, inv="计划总投资8亿元以上", qual="超", qual_text="以上", status="签约", status_text="签约落户",
       aliases=["金莞智联邵商产业园项目"], note="总占地约400亩；拟建设“两园一区”"),
  proj("隆回国际箱包产业园", LH, D4, inv="总投资金额为10亿元", status="签约", status_text="签约落户",
       aliases=["隆回国际箱包工业园项目", "隆回国际箱包工业园"], note="总占地253.84亩；标准化厂房55栋；可解决3000人以上就业"),
  proj("食用菌精深加工产业扶贫示范园", LH, D2, inv="计划总投资为1.26亿元", status="签约", status_text="签约落户",
       aliases=["食用菌精深加工产业示范园项目", "食用菌精深加工产业示范园"], note="占地约30亩"),
  proj("安全食品冷链物流智慧城", LH, D3, inv="计划投资总额20亿元", status="签约", status_text="签约落户",
       aliases=["安全食品冷链物流智慧城项目"], note="总占地约400亩"),
 ],
 aggregate_facts=[
  fact(LH, "park", "projects_signed", 4, "count", D0, AS4),
  fact(LH, "park", "signed_investment_cny", 3.926e9, "cny", D0, AS4, chk=True, note="“预计总投资”"),
  fact("隆回国际箱包产业园", "project", "land_area_mu", 253.84, "mu", D4, AS4, opt=True),
  fact("隆回国际箱包产业园", "project", "jobs", 3000, "count", "该项目正式运营投产后,可解决3000人以上的就业", "投产后（预计）", kind="target", qual="超", qtext="以上", opt=True),
  fact("金莞智联邵商产业园", "project", "land_area_mu", 400, "mu", D1, AS4, qual="约", qtext="约", opt=True),
  fact("安全食品冷链物流智慧城", "project", "land_area_mu", 400, "mu", D3, AS4, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- vz05 新邵18个项目集中竣工投产或开工 (邵阳日报 2020)
XS = "新邵县"
E0 = "12月28日,新邵县分别在雀塘产业园区、新邵经开区、坪上高铁新城汽配产业园举行重大产业项目集中竣工投产暨新开工仪式"
E1 = "当天,新邵县竣工投产及新开工项目共18个,涉及资源利用、智能制造、新型材料、汽车零配件、农产品加工等产业,总投资约21.12亿元"
E2 = "其中集中竣工投产的重大产业项目13个,总投资10.62亿元,每年可新增产值15.8亿元,年增税收0.95亿元"
E3 = "新开工的重大产业项目共5个,总投资10.5亿元"
E4 = "项目全部投产后,可实现年产值40.8亿元,年新增税收2亿元以上"
E5 = "据悉,新邵县今年开工建设标准化厂房100万平方米,竣工43.93万平方米,引进较大以上项目77个,新增规模工业企业31家"
AS5 = "2020年12月28日（集中竣工投产暨新开工）"
AS5Y = "2020年（今年）"
G["vz05"] = dict(
 article=art("新邵18个项目集中竣工投产或开工", "邵阳日报（记者 杨敏华 通讯员 李菁 何雯），数字报 szb.shaoyangnews.net", "2020-12-29", "day",
  "City daily's e-paper, Hunan: a county holds a joint completion and groundbreaking ceremony in three parks — counts, investment, expected output and tax of the projects completed and started; the county's year in standard factories, projects and new above-scale firms",
  "https://szb.shaoyangnews.net/szb/syrb/pc/content/202012/29/content_3947.html",
  "日期取版面日期“2020年12月29日”；仪式在12月28日。标题照录；版面日期行与页尾属性行已删。正文三段，完整。园区：雀塘产业园区、新邵经开区、坪上高铁新城汽配产业园（均在邵阳市新邵县，湖南）——仪式分在三园举行，但项目数与金额是全县合计，未分园，事实 subject 记新邵县（region）。无单个项目名、无公司名。事实：竣工投产及新开工18个、总投资约21.12亿元；竣工投产13个、10.62亿元，每年新增产值15.8亿元、税收0.95亿元（target）；新开工5个、10.5亿元；全部投产后年产值40.8亿元、新增税收2亿元以上（target）；今年开工标准化厂房100万平方米、竣工43.93万平方米、引进较大以上项目77个、新增规模工业企业31家（cumulative）。",
  "vz05"),
 parks=[
  park("雀塘产业园区", "邵阳", "湖南", "产业园区", E0, district="新邵县"),
  park("新邵经开区", "邵阳", "湖南", "经济开发区", E0, district="新邵县"),
  park("坪上高铁新城汽配产业园", "邵阳", "湖南", "产业园", E0, district="新邵县"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(XS, "region", "projects_completed_or_started", 18, "count", E1, AS5),
  fact(XS, "region", "projects_completed_or_started_investment_cny", 2.112e9, "cny", E1, AS5, qual="约", qtext="约", chk=True),
  fact(XS, "region", "projects_completed", 13, "count", E2, AS5, note="竣工投产"),
  fact(XS, "region", "projects_completed_investment_cny", 1.062e9, "cny", E2, AS5, chk=True),
  fact(XS, "region", "expected_new_annual_output_cny", 1.58e9, "cny", "每年可新增产值15.8亿元,年增税收0.95亿元", "竣工投产13个项目（每年，预计）", kind="target", chk=True),
  fact(XS, "region", "expected_new_annual_tax_cny", 9.5e7, "cny", "年增税收0.95亿元", "竣工投产13个项目（每年，预计）", kind="target", chk=True, opt=True),
  fact(XS, "region", "projects_started", 5, "count", E3, AS5),
  fact(XS, "region", "projects_started_investment_cny", 1.05e9, "cny", E3, AS5, chk=True),
  fact(XS, "region", "expected_annual_output_cny", 4.08e9, "cny", E4, "18个项目全部投产后（预计）", kind="target", chk=True),
  fact(XS, "region", "expected_new_annual_tax_cny", 2e8, "cny", "年新增税收2亿元以上", "18个项目全部投产后（预计）", kind="target", qual="超", qtext="以上", chk=True, opt=True),
  fact(XS, "region", "standard_factory_started_m2", 1e6, "m2", E5, AS5Y, kind="cumulative"),
  fact(XS, "region", "standard_factory_completed_m2", 4.393e5, "m2", E5, AS5Y, kind="cumulative"),
  fact(XS, "region", "projects_introduced", 77, "count", E5, AS5Y, kind="cumulative", note="较大以上项目"),
  fact(XS, "region", "new_above_scale_enterprises", 31, "count", E5, AS5Y, kind="cumulative"),
 ])

# ---------------------------------------------------------------- vz06 在建设山区经济强县路上奔跑 (期刊文章 via fx361 2019)
XC = "孝昌经济开发区"
F0 = "孝昌经济开发区是1996年批准设立的省管开发区,孝昌经济开发区与孝昌县城城区一体,位于孝昌县城市规划区内,2002年实行辖村管理体制,现辖10个社区,规划面积18平方公里,人口2.1万人"
AS6 = "2019年9月（现）"
G["vz06"] = dict(
 article=art("在建设山区经济强县路上奔跑", "期刊文章（汤青松 李干清），载于 fx361.cc（期刊名存段未示）", "2019-09-10", "day",
  "Magazine feature on a periodicals archive, Hubei: a poor mountain county's profile — history, 2018 GDP and population, and its provincial economic development zone (year founded, communities, planned area, population); only the opening is stored",
  "https://m.fx361.cc/news/2019/0910/9754050.html",
  "日期取页面“2019-09-10”（期刊出版日期，存段未示刊期）。标题照录；日期作者行与作者行已删。存段末行“建县以来,县委、县政府牢固树”在句中中断，整行删去；正文截至“…人口2.1万人。”，共五段（长文只存开头）。园区：孝昌经济开发区（孝感市孝昌县，湖北；1996年批准设立的省管开发区，与县城城区一体）。无公司、项目。事实：开发区规划面积18平方公里、人口2.1万人、辖10个社区、1996年设立（可选）；孝昌县2018年末户籍人口67万、国内生产总值128.39亿元、国土面积1191平方公里（region，可选；1993年数字不计）。本篇园区内容只占一段，为本集唯一的期刊文体。",
  "vz06"),
 parks=[
  park(XC, "孝感", "湖北", "经济开发区", F0, district="孝昌县", note="省管开发区；与孝昌县城城区一体"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(XC, "park", "planned_area_km2", 18, "km2", F0, AS6),
  fact(XC, "park", "population", 21000, "persons", F0, AS6),
  fact(XC, "park", "communities", 10, "count", F0, AS6, opt=True),
  fact(XC, "park", "established_year", 1996, "year", F0, "1996年", opt=True),
  fact("孝昌县", "region", "gdp_cny", 1.2839e10, "cny", "2018年末,全县户籍人口为67万人,国内生产总值128.39亿元", "2018年", opt=True, chk=True),
  fact("孝昌县", "region", "registered_population", 670000, "persons", "2018年末,全县户籍人口为67万人", "2018年末", opt=True),
  fact("孝昌县", "region", "land_area_km2", 1191, "km2", "国土面积1191平方公里", "2019年", opt=True),
 ])
