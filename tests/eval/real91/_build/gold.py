# real91 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published; xi01's project name “蘭园”
# has a traditional 蘭 as published, in a sentence that is cut); names as written in the text; 逾/超过/超/以上/突破 → 超,
# 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the
# evidence; chk=True asserts it); US dollars in *_usd facts and, for projects, investment_value + investment_currency.
# Projects: the park is the one the text places the project in. Status from the text's words (签署…投资合作协议 / 签约 → 签约;
# 开工 / 动工 / 集中开工 → 开工; 正加紧施工 / 进场复工 → 在建; “计划于…开工” / “将于…开工” → planned). “预计” and “力争” figures
# are kind target; period figures (1-8月, 1—6月) are cumulative; growth rates are ratios. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/xiNN.raw as returned.

# ---------------------------------------------------------------- xi01 洋浦 签约开工 (海南日报 via 大琼网 2019)
YP = "洋浦经济开发区"
A0 = "洋浦经济开发区开工2个重点项目、签约7个项目"
A1 = "7个签约项目投资总额69亿元,其中3个是石化产业链项目"
A2 = "海南逸盛石化与洋浦签署海南逸盛PTA二期项目投资合作协议,这是石化产业关键节点项目,总投资45亿元"
A3 = "淄博鲁华泓锦新材料公司、海南中橡科技公司与洋浦签署碳五碳九项目投资合作协议,这是乙烯下游产业项目,总投资12.16亿元"
A4 = "海南星光化工公司与洋浦签署60万吨甲醇碳四综合利用项目投资合作协议,这是乙烯下游产业项目,总投资6.06亿元"
A5 = "海南电网有限责任公司与洋浦签约,计划投资1.7亿元,重点建设海南炼化乙烯220千伏输电线路等"
A6 = "海南洋浦港区疏港大道二期工程项目,总投资9.1亿元,全长8.79公里,计划2021年9月完工"
A7 = "设计年产值约160亿元、年利税18亿元"
AS1 = "2019-11-18（集中开工和签约活动）"
G["xi01"] = dict(
 article=art("一批重大项目签约开工洋浦打造千亿级石化产业集群", "海南日报（记者张文君，特约记者郝少波），载于 zgzxcmw.com（大琼网“今日洋浦”栏）", "2019-11-19", "day",
  "Provincial daily relayed by a provincial portal's zone channel, Hainan: a national development zone's share of a province-wide signing and groundbreaking day — four named signed projects with investors and amounts (one with design output and profit-tax), one named infrastructure project started with amount and completion plan",
  "http://www.zgzxcmw.com/yangpu/115748.html",
  "日期取页面“来源:海南日报 2019-11-19 07:12”。标题照录；页面的乱码行“SSI ļʱ”（站点模板残留）、栏目路径与来源行已删。存段在末句“海上潮鸣沁园、蘭园项目总投资12亿元,建设1436套限售商品房和人才公寓,计划2022年6月完工,”处中断（句未完），该句已删（make_txt.py LINE_SUFFIX），正文截至“…重要交通基础设施。”，共三段；因此第二个开工项目（海上潮鸣沁园、蘭园）不在文本中，不列。园区：洋浦经济开发区（文中又作“洋浦”；儋州，海南——城市为编者所填，文中未写儋州）；“乙烯石化功能园区”为洋浦内的功能区，列可选子园区；“小铲滩集装箱作业区”为港区作业区，不列。项目：四个签约项目（签署…投资合作协议 / 签约 → 签约），一个开工项目（海南洋浦港区疏港大道二期工程项目，开工，计划2021年9月完工）。海南电网的签约只写“重点建设海南炼化乙烯220千伏输电线路等”，无项目名，列为可选项目。公司：签约企业的项目均在洋浦，园区记洋浦经济开发区；淄博鲁华泓锦新材料公司为外地投资方，可选；海南电网有限责任公司为省电网企业，可选、park null。事实：开工2个、签约7个、签约投资总额69亿元（活动当日，reported）；PTA二期设计年产值约160亿元、年利税18亿元（项目预期，target）。",
  "xi01"),
 parks=[
  park(YP, "儋州", "海南", "经济开发区", A0, aliases=["洋浦"], note="文中又作“洋浦”；城市由编者填写"),
  park("乙烯石化功能园区", "儋州", "海南", "功能园区（石化）", "这条主干道连接小铲滩集装箱作业区和乙烯石化功能园区", parent=YP, opt=True,
       note="洋浦内的功能区；母园区由语境推定"),
 ],
 companies=[
  comp("海南逸盛石化", YP, A2, note="PTA二期项目签约方"),
  comp("淄博鲁华泓锦新材料公司", YP, A3, opt=True, note="外地投资方；与海南中橡科技公司共同签约碳五碳九项目"),
  comp("海南中橡科技公司", YP, A3, note="碳五碳九项目签约方"),
  comp("海南星光化工公司", YP, A4, note="甲醇碳四综合利用项目签约方"),
  comp("海南电网有限责任公司", None, A5, opt=True, note="省电网企业，签约建设输电线路"),
 ],
 projects=[
  proj("海南逸盛PTA二期项目", YP, A2, companies=["海南逸盛石化"], inv="总投资45亿元", phase="二期", status="签约",
       status_text="签署…投资合作协议", note="250万吨PTA、50万吨PET"),
  proj("碳五碳九项目", YP, A3, companies=["淄博鲁华泓锦新材料公司", "海南中橡科技公司"], inv="总投资12.16亿元", status="签约",
       status_text="签署…投资合作协议"),
  proj("60万吨甲醇碳四综合利用项目", YP, A4, companies=["海南星光化工公司"], inv="总投资6.06亿元", status="签约",
       status_text="签署…投资合作协议"),
  proj("海南炼化乙烯220千伏输电线路", YP, A5, companies=["海南电网有限责任公司"], inv="计划投资1.7亿元", status="签约", status_text="签约",
       opt=True, note="文中无项目名，只写“重点建设海南炼化乙烯220千伏输电线路等”"),
  proj("海南洋浦港区疏港大道二期工程项目", YP, A6, inv="总投资9.1亿元", phase="二期", status="开工", status_text="开工",
       note="“当天开工的2个重点项目”之一；计划2021年9月完工"),
 ],
 aggregate_facts=[
  fact(YP, "park", "projects_started", 2, "count", A0, AS1),
  fact(YP, "park", "projects_signed", 7, "count", A0, AS1),
  fact(YP, "park", "signed_investment_cny", 6.9e9, "cny", A1, AS1, chk=True),
  fact(YP, "park", "petrochemical_chain_projects_signed", 3, "count", A1, AS1, opt=True),
  fact("海南逸盛PTA二期项目", "project", "expected_annual_output_cny", 1.6e10, "cny", A7, "建成后（设计）", kind="target", qual="约", qtext="约", chk=True),
  fact("海南逸盛PTA二期项目", "project", "expected_annual_profit_tax_cny", 1.8e9, "cny", "年利税18亿元", "建成后（设计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xi02 博鳌乐城先行区 集中开工 (琼海融媒 2022)
LC = "博鳌乐城先行区"
B0 = "3月18日上午,博鳌乐城先行区举行2022年度第二批海南自由贸易港建设项目集中开工活动仪式,共开工8个项目,总投资19.3亿元"
B1 = "本次集中开工的8个项目分别为博鳌乐城先行区右岸垃圾转运站、乐樱国际医院、中优达润优生优育优教服务医疗中心、博鳌乐城先行区排塘公园等"
B2 = "其中,乐樱国际医院是一家以关注女性健康为主体的医疗机构,预计2023年3月建成投入使用"
B3 = "国际先进医学科技转化中心是通过举办国际药品与医疗器械展,引进国际先进药械企业"
AS2 = "2022-03-18（集中开工）"
G["xi02"] = dict(
 article=art("博鳌乐城先行区集中开工8个项目 总投资19.3亿元", "琼海融媒（记者 李丽莎 黄兹安），载于琼海市人民政府网 qionghai.hainan.gov.cn", "2022-03-21", "day",
  "County-level media centre's item on a city government site, Hainan: a special medical-tourism zone's batch groundbreaking — 8 projects and their total, four named plus one described, two with completion plans",
  "https://qionghai.hainan.gov.cn/rdzt/qhtx/1895/202203/t20220321_3158455.html",
  "日期取页面“发布日期:2022-03-21 22:40”；开工仪式在3月18日。标题照录；页面的发布日期、分享、字体行与页脚已删。正文四段，完整。园区：博鳌乐城先行区（文中全称未出现；即博鳌乐城国际医疗旅游先行区；又作“博鳌乐城”；琼海，海南）。项目：所列四个（博鳌乐城先行区右岸垃圾转运站、乐樱国际医院、中优达润优生优育优教服务医疗中心、博鳌乐城先行区排塘公园）均为“集中开工”→开工；国际先进医学科技转化中心在“其中”之后介绍，推定为8个之一（开工，可选）。各项目无单独金额；8个项目合计19.3亿元记为园区事实。乐樱国际医院“预计2023年3月建成投入使用”、转化中心“预计今年年底投入使用”只记在 note 中。",
  "xi02"),
 parks=[
  park(LC, "琼海", "海南", "国际医疗旅游先行区", B0, aliases=["博鳌乐城"], note="即博鳌乐城国际医疗旅游先行区（全称文中未出现）"),
 ],
 projects=[
  proj("博鳌乐城先行区右岸垃圾转运站", LC, B1, status="开工", status_text="集中开工"),
  proj("乐樱国际医院", LC, B1, status="开工", status_text="集中开工", note="关注女性健康的医疗机构；预计2023年3月建成投入使用"),
  proj("中优达润优生优育优教服务医疗中心", LC, B1, status="开工", status_text="集中开工"),
  proj("博鳌乐城先行区排塘公园", LC, B1, status="开工", status_text="集中开工"),
  proj("国际先进医学科技转化中心", LC, B3, status="开工", status_text="（“其中”，推定为集中开工项目之一）", opt=True,
       note="总建筑面积19021.56平方米，预计2022年底投入使用"),
 ],
 aggregate_facts=[
  fact(LC, "park", "projects_started", 8, "count", B0, AS2),
  fact(LC, "park", "projects_started_investment_cny", 1.93e9, "cny", "共开工8个项目,总投资19.3亿元", AS2, chk=True),
  fact("国际先进医学科技转化中心", "project", "floor_area_m2", 19021.56, "m2", "总建筑面积19021.56平方米", AS2, opt=True),
 ])

# ---------------------------------------------------------------- xi03 博鳌乐城 2014 plan (南岛晚报 via 新浪海南)
LZ = "博鳌乐城国际医疗旅游先行区"
C0 = "日前,记者从博鳌乐城国际医疗旅游先行区了解到,博鳌乐城国际医疗旅游先行区项目建设今年将全面铺开,计划投资达15亿元"
C1 = "目前小乐岛部分中的“博乐府零碳馆”已经动工建设。项目总投资1亿元"
C2 = "而安置区项目将按照新农村标准建设,总投资0.6亿元"
C3 = "另外,总投资3亿元的“南北海生命养护中心”一期项目,主要功能为健康体检和生命疗养,计划于今年4月开工"
C4 = "北岸基础设施建设和国际总部大厦及会议中心将于今年6月开工建设"
C5 = "而“国际抗癌中心”作为乐城医疗先行区的第一个医疗项目将于今年12月开工"
G["xi03"] = dict(
 article=art("博鳌乐城国际医疗旅游先行区今年全面开建", "南岛晚报（记者 琼文），载于新浪海南 hainan.sina.com", "2014-04-14", "day",
  "Evening paper on a portal's provincial channel, Hainan: a special medical-tourism zone's construction plan for the year — planned investment, six named projects in two planning parts, one started with amount, others with amounts and planned start dates",
  "http://hainan.sina.com/news/hnyw/2014-04-14/081242084.html",
  "日期取页面“2014年4月14日08:12 南岛晚报”。标题照录；新浪导航、日期来源行、“保存|打印|关闭”与页脚已删。正文四段，完整，末尾署名“(记者 琼文)”保留。园区：博鳌乐城国际医疗旅游先行区（文中又作“乐城医疗先行区”；琼海市，海南——城市为编者所填）。“大乐城”“小乐岛”为规划分区，不列园区。项目：博乐府零碳馆（已经动工建设→开工，总投资1亿元）；安置区项目（总投资0.6亿元，计划今年7月动工→planned）；南北海生命养护中心一期项目（总投资3亿元，计划于今年4月开工→planned）；国际总部大厦及会议中心、北岸基础设施（将于今年6月开工→planned）；国际抗癌中心（将于今年12月开工→planned）。“计划投资达15亿元”为园区本年计划（target）。",
  "xi03"),
 parks=[
  park(LZ, "琼海", "海南", "国际医疗旅游先行区", C0, aliases=["乐城医疗先行区"], note="文中称“全国唯一以医疗健康旅游产业为主的开发区”"),
 ],
 projects=[
  proj("博乐府零碳馆", LZ, C1, inv="项目总投资1亿元", status="开工", status_text="已经动工建设", note="小乐岛；计划2014年底建成、2015年投入使用"),
  proj("安置区项目", LZ, C2, inv="总投资0.6亿元", status="planned", status_text="项目计划在今年7月动工", note="小乐岛"),
  proj("南北海生命养护中心一期项目", LZ, C3, inv="总投资3亿元", phase="一期", status="planned", status_text="计划于今年4月开工",
       aliases=["南北海生命养护中心"], note="规划设计已完成，正在报建审批；2016年底建成"),
  proj("国际总部大厦及会议中心", LZ, C4, status="planned", status_text="将于今年6月开工建设", aliases=["国际总部大厦会议中心"], note="大乐城"),
  proj("北岸基础设施", LZ, C4, status="planned", status_text="将于今年6月开工建设", note="大乐城"),
  proj("国际抗癌中心", LZ, C5, status="planned", status_text="将于今年12月开工", note="大乐城；先行区第一个医疗项目，2017年投入使用"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "planned_investment_cny", 1.5e9, "cny", C0, "2014年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xi04 集美三大工业区介绍 (集美报 via jimei.gov.cn 2004)
JM = "集美台商投资区"
XL = "杏林台商投资区"
JD = "厦门机电工业区"
D0 = "保留了集美、杏林两个国家级的台商投资区和省级厦门机电工业区"
D1 = "主要是涵盖集美北部工业区和后溪工业组团范围,总面积6.37平方公里"
D2 = "目前该投资区内共有内外资项目130多个,其中已建成投产有TDK电子、林德气体、虹鹭钨钼等内外资企业100多家,在建项目13个"
D3 = "已投产项目和在建项目投资总额10亿多美元,年创税收近亿元"
D4 = "而集美台商投资区后溪工业组团是区政府新拓展的工业区,面积1026亩"
D5 = "辖原杏南、杏北、杏西工业区、私营企业工业园和中亚城工业区,总面积约8平方公里"
D6 = "截止目前,累计审批外资项目370项,投资总额22.9亿美元,已开业项目203项,投资总额14.98亿美元"
D7 = "投资区内产值超过5000万元的企业有33家,其中超亿元的有18家"
D8 = "辖原灌南工业区、机电工业园、汽车工业城、涌泉科技园,范围10.5平方公里"
AS4 = "2004年9月"
G["xi04"] = dict(
 article=art("集美三大工业区介绍", "集美报（集美区政府网“集美报新闻”栏，jimei.gov.cn；署名未示）", "2004-09-06", "day",
  "District paper's profile on a district government site, Fujian: two national Taiwanese-investment zones and a provincial industrial zone after a district merger — areas, sub-zones, named firms in production, project counts, investment totals in US dollars, tax, firms by output",
  "http://www.jimei.gov.cn/ywkd/jmbxw/201302/t20130228_4980.htm",
  "日期取页面“时间:2004-09-06 16:33”（网址路径 201302 为后来迁移存档的路径）。标题照录；栏目路径、“文字:”行与时间行已删。存段在末段“目前机电工”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…基础工艺专业化加工中心区。”；三个小标题各作一段，共七段。杏林段“年工业产值在130?200亿元之间”中的“?”为页面原样（应为区间连接号，页面编码丢失），照录，不作事实。园区：集美台商投资区、杏林台商投资区（国家级台商投资区）、厦门机电工业区（省级），均在厦门市集美区（城市、区为编者所填：文中“集美、杏林合二而一”）。子园区：集美北部工业区、后溪工业组团（集美台商投资区内；后溪工业组团文中又作“集美台商投资区后溪工业组团”）；杏林的“原杏南、杏北、杏西工业区、私营企业工业园和中亚城工业区”与机电工业区的“原灌南工业区、机电工业园、汽车工业城、涌泉科技园”为被并入的旧园区，列可选。公司：TDK电子、林德气体、虹鹭钨钼（已建成投产，在集美台商投资区）。事实：“130多个”“100多家”“10亿多美元”→余；“近亿元”→约（无数字，check_gold 读不出金额，metric 不用 _cny 后缀）；“截止目前，累计…”→cumulative。",
  "xi04"),
 parks=[
  park(JM, "厦门", "福建", "国家级台商投资区", "而集美台商投资区后溪工业组团是区政府新拓展的工业区", district="集美区", note="“集美、杏林两个国家级的台商投资区”"),
  park(XL, "厦门", "福建", "国家级台商投资区", "杏林台商投资区", district="集美区"),
  park(JD, "厦门", "福建", "省级工业区", D0, district="集美区", note="省级"),
  park("集美北部工业区", "厦门", "福建", "工业区", D1, district="集美区", parent=JM),
  park("后溪工业组团", "厦门", "福建", "工业组团", D4, district="集美区", parent=JM, aliases=["集美台商投资区后溪工业组团"],
       note="区政府新拓展的工业区"),
  park("中亚城工业区", "厦门", "福建", "工业区", D5, district="集美区", parent=XL, opt=True, note="“辖原…”：并入杏林台商投资区的旧园区"),
  park("私营企业工业园", "厦门", "福建", "工业园", D5, district="集美区", parent=XL, opt=True, note="同上"),
  park("灌南工业区", "厦门", "福建", "工业区", D8, district="集美区", parent=JD, opt=True, note="并入厦门机电工业区的旧园区"),
  park("机电工业园", "厦门", "福建", "工业园", D8, district="集美区", parent=JD, opt=True, note="同上"),
  park("汽车工业城", "厦门", "福建", "工业城", D8, district="集美区", parent=JD, opt=True, note="同上"),
  park("涌泉科技园", "厦门", "福建", "科技园", D8, district="集美区", parent=JD, opt=True, note="同上"),
 ],
 companies=[
  comp("TDK电子", JM, D2, note="已建成投产"),
  comp("林德气体", JM, D2, note="已建成投产"),
  comp("虹鹭钨钼", JM, D2, note="已建成投产"),
 ],
 aggregate_facts=[
  fact(JM, "park", "area_km2", 6.37, "km2", D1, AS4),
  fact(JM, "park", "projects_count", 130, "count", D2, AS4, qual="余", qtext="多", note="内外资项目"),
  fact(JM, "park", "firms_in_production", 100, "count", D2, AS4, qual="余", qtext="多"),
  fact(JM, "park", "projects_under_construction", 13, "count", D2, AS4),
  fact(JM, "park", "total_investment_usd", 1e9, "usd", D3, AS4, qual="余", qtext="多", note="已投产和在建项目投资总额"),
  fact(JM, "park", "annual_tax_revenue", 1e8, "cny", D3, AS4, qual="约", qtext="近", opt=True,
       note="“近亿元”无数字；metric 不带 _cny 后缀以免 check_gold 误报"),
  fact("后溪工业组团", "park", "site_area_mu", 1026, "mu", D4, AS4),
  fact(XL, "park", "area_km2", 8, "km2", D5, AS4, qual="约", qtext="约"),
  fact(XL, "park", "foreign_projects_approved", 370, "count", D6, AS4, kind="cumulative"),
  fact(XL, "park", "foreign_projects_approved_investment_usd", 2.29e9, "usd", D6, AS4, kind="cumulative"),
  fact(XL, "park", "projects_in_operation", 203, "count", D6, AS4, kind="cumulative"),
  fact(XL, "park", "projects_in_operation_investment_usd", 1.498e9, "usd", "已开业项目203项,投资总额14.98亿美元", AS4, kind="cumulative"),
  fact(XL, "park", "firms_output_over_50m_cny", 33, "count", D7, AS4, opt=True),
  fact(XL, "park", "firms_output_over_100m_cny", 18, "count", D7, AS4, opt=True),
  fact(JD, "park", "area_km2", 10.5, "km2", D8, AS4),
 ])

# ---------------------------------------------------------------- xi05 海口江东新区 (科技日报 2023)
JDX = "海口江东新区"
E0 = "海口江东新区建设始于2018年6月,是海南省海南自贸港建设的重点区域"
E1 = "在临空经济方面,已招引中州航空、华龙航空、中航租赁、傲基科技等53家企业"
AS5 = "2020年至2023年（“2020年以来”）"
G["xi05"] = dict(
 article=art("海口江东新区建设 三年成势业绩亮眼", "科技日报（本报记者 王祝华，实习生 谢卓），电子版 digitalpaper.stdaily.com", "2023-09-08", "day",
  "National science daily's report, Hainan: a free-trade-port zone three years after its listing — revenue and tax 2019 vs 2022, key firms attracted, four named aviation-economy firms, firm stock and first-half new firms",
  "http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2023-09/08/content_559274.htm?div=-1",
  "日期取电子版版面“2023年09月08日 星期五”（该行已删）。标题印作两行（“海口江东新区建设”/“三年成势业绩亮眼”），以一个空格连成一行。记者署名行“◎本报记者 王祝华  实习生 谢 卓”保留为正文首段。存段至小标题“营商环境助力高质量发展”下第二段后的“…大力探索制度集成创新。”为止（句子完整，后文未存），共八段。园区：海口江东新区（又作“江东新区”；挂牌名“海南自由贸易港海口江东新区”；海口，海南）；“总部经济区(生态CBD)”为新区内片区，可选子园区。公司：中州航空、华龙航空、中航租赁、傲基科技（“已招引”，在新区）；海南能源交易大厦为楼宇，GSBN-海贸服务平台为业务平台，均不列。事实：营收2022年3116亿元（2019年189亿元，可选）、税收2022年57亿元（2019年7亿元，可选）、税收年均增长105%；2020年以来累计招引重点企业356家、世界500强39家、总部经济型企业80家、临空经济企业53家（cumulative）；截至2023年6月底存量企业28616家；1—6月新增4647家、增长36%。",
  "xi05"),
 parks=[
  park(JDX, "海口", "海南", "自贸港重点园区（新区）", E0, aliases=["江东新区", "海南自由贸易港海口江东新区"],
       note="2020年6月3日挂牌“海南自由贸易港海口江东新区”"),
  park("总部经济区(生态CBD)", "海口", "海南", "片区", "位于海口江东新区的总部经济区(生态CBD)的海南能源交易大厦", parent=JDX, opt=True),
 ],
 companies=[
  comp("中州航空", JDX, E1, note="临空经济"),
  comp("华龙航空", JDX, E1, note="临空经济"),
  comp("中航租赁", JDX, E1, note="临空经济"),
  comp("傲基科技", JDX, E1, note="临空经济"),
 ],
 institutions=[
  inst("海口江东新区管理局", "海口江东新区管理局负责人介绍", kind="government", park=JDX),
 ],
 aggregate_facts=[
  fact(JDX, "park", "revenue_cny", 3.116e11, "cny", "增长到2022年的3116亿元", "2022年", chk=True),
  fact(JDX, "park", "revenue_cny", 1.89e10, "cny", "园区营业收入从2019年的189亿元", "2019年", opt=True, chk=True),
  fact(JDX, "park", "tax_revenue_cny", 5.7e9, "cny", "增长到2022年的57亿元", "2022年", chk=True),
  fact(JDX, "park", "tax_revenue_cny", 7e8, "cny", "税收从2019年的7亿元", "2019年", opt=True, chk=True),
  fact(JDX, "park", "tax_revenue_avg_annual_growth", 1.05, "ratio", "税收从2019年的7亿元增长到2022年的57亿元,年均增长105%", "2019–2022年", kind="ratio"),
  fact(JDX, "park", "key_firms_attracted", 356, "count", "2020年以来,园区累计招引重点企业356家,其中世界500强企业39家", AS5, kind="cumulative"),
  fact(JDX, "park", "fortune500_firms_attracted", 39, "count", "其中世界500强企业39家", AS5, kind="cumulative"),
  fact(JDX, "park", "hq_economy_firms_attracted", 80, "count", "已重点招引总部经济型企业80家", AS5, kind="cumulative", opt=True),
  fact(JDX, "park", "aviation_economy_firms_attracted", 53, "count", E1, AS5, kind="cumulative", opt=True),
  fact(JDX, "park", "firms", 28616, "count", "截至2023年6月底,海口江东新区累计存量企业28616家", "2023年6月底"),
  fact(JDX, "park", "new_firms", 4647, "count", "1—6月新增企业数4647家,同比增长36%", "2023年1—6月", kind="cumulative"),
  fact(JDX, "park", "new_firms_yoy_growth", 0.36, "ratio", "1—6月新增企业数4647家,同比增长36%", "2023年1—6月", kind="ratio"),
 ])

# ---------------------------------------------------------------- xi06 文昌国际航天城起步区开建 (中国新闻网 via 河南热线 2023)
WC = "文昌国际航天城"
F0 = "文昌国际航天城起步区一期工程项目由中国能建葛洲坝一公司投资建设,总投资金额约67.42亿元人民币,占地面积3558.66亩"
G["xi06"] = dict(
 article=art("环球热议:海南文昌国际航天城起步区开建", "中国新闻网（“(完)”稿，存段无记者署名），载于河南热线 finance.hnonline.com.cn", "2023-02-06", "day",
  "National wire-style news item relayed by a provincial portal's finance channel, Hainan: a space-industry zone's start-up area phase 1 breaks ground — investor, investment, site area, contract period, project company",
  "http://finance.hnonline.com.cn/caijingzixun/2023/0206/194766.html",
  "日期取页面“2023-02-06 16:10:38 来源: 中国新闻网”；开工日为“6日”。标题照录（转载站在原题前加了“环球热议:”，照录不删）；栏目路径、来源行、“关注河南热线”“(资料图片)”与“责任编辑:hN_0629”已删。正文五段，完整（以“(完)”结束）。园区：文昌国际航天城（又作“海南文昌国际航天城”；文昌，海南）；文昌国际航天城起步区为其核心区域（可选子园区），起步区内的“八门湾西片区”“航天超算产业片区”不列。项目：文昌国际航天城起步区一期工程项目（正式开工建设→开工；总投资金额约67.42亿元人民币→约；投资方中国能建葛洲坝一公司；合同工期5年），园区记文昌国际航天城（起步区在其内）。公司：中国能建葛洲坝一公司（投资建设方，外地央企，park null）；葛洲坝(海南文昌)航天城项目开发建设有限公司（项目公司，在航天城）。",
  "xi06"),
 parks=[
  park(WC, "文昌", "海南", "自贸港重点园区（航天城）", "文昌国际航天城是海南自贸港13个重点园区之一", aliases=["海南文昌国际航天城"]),
  park("文昌国际航天城起步区", "文昌", "海南", "起步区", "文昌国际航天城起步区是文昌国际航天城的核心区域", parent=WC, opt=True,
       aliases=["海南文昌国际航天城起步区"]),
 ],
 companies=[
  comp("中国能建葛洲坝一公司", None, F0, note="投资建设方"),
  comp("葛洲坝(海南文昌)航天城项目开发建设有限公司", WC, "葛洲坝(海南文昌)航天城项目开发建设有限公司董事长周敏说", note="项目公司"),
 ],
 projects=[
  proj("文昌国际航天城起步区一期工程项目", WC, F0, companies=["中国能建葛洲坝一公司"], inv="总投资金额约67.42亿元人民币", qual="约", qual_text="约",
       phase="一期", status="开工", status_text="正式开工建设", aliases=["海南文昌国际航天城起步区一期工程", "起步区一期工程"],
       note="位于起步区；合同工期5年"),
 ],
 aggregate_facts=[
  fact("文昌国际航天城起步区一期工程项目", "project", "site_area_mu", 3558.66, "mu", "占地面积3558.66亩", "2023-02", opt=True),
 ])

# ---------------------------------------------------------------- xi07 漳浦 台湾农业机械产业园 (福建日报 via 台海网 2013)
SA = "漳浦绥安开发区"
NJ = "台湾农业机械产业园"
H0 = "连日来,在漳浦绥安开发区的科晟机械有限公司生产车间"
H1 = "据悉,科晟机械有限公司是台湾农业机械产业园首批落户企业之一,该产业园由台湾农机工业同业公会投资创办,预计总投资10亿美元,首期投资2.5亿美元"
G["xi07"] = dict(
 article=art("台资企业在福建漳浦加速产业集聚", "福建日报（“据《福建日报》报道”），经台海网（作者 张文艺 陈贵平）转载，载于 xhgmw.com", "2013-09-05", "day",
  "Provincial daily relayed by a cross-strait portal and a relay site, Fujian: a county development zone's firm in a Taiwanese agricultural-machinery park — the park's investor, planned total and first-phase investment in US dollars, the county's Taiwanese firms",
  "http://xhgmw.com/m/view.php?aid=13980",
  "日期取页面“时间:2013-09-05 00:00 来源:台海网”；台海网电头为“9月4日讯”。标题照录；时间来源行、“|”与上一篇/下一篇行已删。存段把两段连成一行（“…等方面。 近年来…”，中间一个空格），照原样作一段。园区：漳浦绥安开发区（又作“绥安开发区”；漳州市漳浦县，福建）；台湾农业机械产业园（科晟机械在绥安开发区，又是该产业园首批落户企业，故推定产业园在绥安开发区内，parent 由语境推定）。项目：台湾农业机械产业园（园区开发项目，由台湾农机工业同业公会投资创办，“预计总投资10亿美元”——美元，investment_cny 为空，investment_value/currency 记美元；首期投资2.5亿美元记为可选事实；无状态词）。公司：科晟机械有限公司（在产业园；正在生产）。机构：台湾农机工业同业公会（投资方，行业协会）。“漳浦现有台资企业570多家”为县级数，可选（subject_type region）。",
  "xi07"),
 parks=[
  park(SA, "漳州", "福建", "开发区", H0, district="漳浦县", aliases=["绥安开发区"]),
  park(NJ, "漳州", "福建", "产业园（台湾农机）", H1, district="漳浦县", parent=SA, note="母园区由语境推定"),
 ],
 companies=[
  comp("科晟机械有限公司", NJ, H1, note="在漳浦绥安开发区；台湾农业机械产业园首批落户企业之一"),
 ],
 institutions=[
  inst("台湾农机工业同业公会", H1, kind="association", park=NJ, opt=False, note="产业园投资创办方"),
 ],
 projects=[
  proj(NJ, SA, H1, inv="预计总投资10亿美元", currency="usd", value=1e9, note="园区开发项目；台湾农机工业同业公会投资创办；无状态词"),
 ],
 aggregate_facts=[
  fact(NJ, "park", "phase1_investment_usd", 2.5e8, "usd", "首期投资2.5亿美元", "2013年9月", kind="target", opt=True),
  fact("漳浦", "region", "taiwan_funded_firms", 570, "count", "漳浦现有台资企业570多家", "2013年9月", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xi08 三亚崖州湾科技城 (南海网 2020)
YZ = "三亚崖州湾科技城"
I0 = "3月24日,三亚崖州湾科技城产业促进中心的工地上,350多名工人戴着口罩装机打桩,12台剪刀车、4台吊车、2台泵车正加紧施工"
I1 = "负责产业促进中心项目建设的中建六局项目经理赵红阳介绍"
I2 = "中科院种子创新研究院总投资11.32亿元,自2月14日进场复工以来"
G["xi08"] = dict(
 article=art("三亚崖州湾科技城127个项目按下“快进键”", "南海网（南海网、南海网客户端、南国都市报；记者 刘丽萍/文 沙晓峰/图），载于 m.zx3q.com", "2020-03-25", "day",
  "Provincial news portal's feature relayed by another site, Hainan: a science-and-technology city resuming construction during the epidemic — planned area, two named projects under construction (one with amount and contractor), the year's project count in the headline",
  "http://m.zx3q.com/newsview2700.html",
  "存段无日期行；日期取电头“三亚3月25日讯”，年份由文意推定为2020年（“受疫情影响”“戴着口罩”“春节期间也未停工”，并述及2019年全年数）。标题照录；图片说明“崖州湾科技城多个项目正在施工中”已删。存段在第二个小标题“按下“快进键”,续建新建127个项目”下的首句“2019年,崖州湾科技城开工项目共44个,累计完成投资60.”处中断（数字不全），该句与其小标题整段删去，正文截至“…破解了一个个“硬骨头”。”；小标题“人勤春来早,春节不停工”保留为一段，共七段。园区：三亚崖州湾科技城（又作“崖州湾科技城”；三亚市崖州区，海南；总体规划面积69.3平方公里）。项目：三亚崖州湾科技城产业促进中心（正加紧施工→在建；预计5月中旬完工；中建六局施工；用地40356.49平方米）；中科院种子创新研究院（总投资11.32亿元；2月14日进场复工→在建）。公司：中建六局（施工方，可选，park null）。标题“127个项目”为当年续建新建项目数（可选，target）。",
  "xi08"),
 parks=[
  park(YZ, "三亚", "海南", "科技城（自贸港重点园区）", "三亚崖州湾科技城便承担起“重点园区试行自贸港政策”重大使命", district="崖州区",
       aliases=["崖州湾科技城"], note="文中又作“崖州湾科技城”“科技城”“园区”"),
 ],
 companies=[
  comp("中建六局", None, I1, opt=True, note="产业促进中心施工方"),
 ],
 institutions=[
  inst("中科院种子创新研究院", I2, kind="research", park=YZ, note="同时是项目名"),
 ],
 projects=[
  proj("三亚崖州湾科技城产业促进中心", YZ, I0, companies=["中建六局"], status="在建", status_text="正加紧施工", aliases=["产业促进中心项目"],
       note="重点基础设施项目；预计5月中旬完工"),
  proj("中科院种子创新研究院", YZ, I2, inv="总投资11.32亿元", status="在建", status_text="进场复工", note="园区复工最早的项目"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "planned_area_km2", 69.3, "km2", "一座总体规划面积69.3平方公里的科技城", "2020年3月"),
  fact("三亚崖州湾科技城产业促进中心", "project", "site_area_m2", 40356.49, "m2", "这个用地面积达40356.49平方米的产业提升项目", "2020年3月", opt=True),
  fact(YZ, "park", "projects_planned", 127, "count", "三亚崖州湾科技城127个项目按下“快进键”", "2020年", kind="target", opt=True,
       note="标题数；正文（被删的小标题）作“续建新建127个项目”"),
 ])

# ---------------------------------------------------------------- xi09 海沧 (福建日报 via 中国台湾网 2011)
HC = "海沧台商投资区"
J0 = "今年1-8月,海沧经济持续快速发展:实现地区生产总值245.81亿元,同比增长20%"
J1 = "规模以上工业产值614.15亿元,同比增长29.4%"
J2 = "城镇以上单位固定资产投资107.87亿元,同比增长24.5%"
J3 = "合同利用外资17886万美元,同比增长100.9%"
J4 = "预计到今年底,海沧全年将实现地区生产总值370亿元,同比增长16.5%,力争突破400亿元"
J5 = "工业总产值940亿元,同比增长23%,力争突破1000亿元大关"
J6 = "据介绍,在今年“9·8”海沧参加厦门团签约的13个外资项目中,台资项目就有9个,投资总额4.23亿美元,占所有项目总投资的72%"
AS9 = "2011年1-8月"
AT9 = "2011年全年（预计）"
G["xi09"] = dict(
 article=art("最大台商投资区海沧工业产值年底争破千亿", "福建日报（记者 郑璜，通讯员 庄乌沉），载于中国台湾网 taiwan.cn", "2011-09-19", "day",
  "Provincial daily relayed by a national cross-strait portal, Fujian: the largest Taiwanese-investment zone's January–August figures with growth rates, year-end forecasts and targets, Taiwanese projects signed at a trade fair",
  "http://taiwan.cn/xwzx/la/201109/t20110919_2070686.htm",
  "日期取页面“2011年09月19日 09:47 来源:福建日报”。标题照录；推荐标签、位置路径、日期来源行与“点击更多新闻进入”已删。正文四段，完整，末尾署名保留。园区：文中只写“海沧”（标题“最大台商投资区海沧”，正文“作为全国最大台商投资区”“海沧区”）；记为海沧台商投资区（全称文中未出现，名称为编者所定，“海沧”作别名；厦门，福建）。文中数字是“海沧”的地区生产总值等全区口径——海沧区与海沧台商投资区在文中同指，事实主语记园区并注明。事实：1-8月各项（cumulative）及增速（ratio）；“预计到今年底…370亿元…940亿元”及增速为 target；“力争突破400亿元 / 1000亿元”为更高目标（可选 target，超）。“9·8”（中国国际投资贸易洽谈会）签约：13个外资项目，台资9个，投资总额4.23亿美元，占72%。无具体公司与项目名。",
  "xi09"),
 parks=[
  park(HC, "厦门", "福建", "国家级台商投资区", "最大台商投资区海沧工业产值年底争破千亿", district="海沧区", aliases=["海沧"],
       note="全称文中未出现；文中作“海沧”，称“全国最大台商投资区”；与海沧区同指"),
 ],
 aggregate_facts=[
  fact(HC, "park", "gdp_cny", 2.4581e10, "cny", J0, AS9, kind="cumulative", chk=True, note="海沧（区）口径"),
  fact(HC, "park", "gdp_yoy_growth", 0.20, "ratio", J0, AS9, kind="ratio"),
  fact(HC, "park", "industrial_output_above_scale_cny", 6.1415e10, "cny", J1, AS9, kind="cumulative", chk=True),
  fact(HC, "park", "industrial_output_above_scale_yoy_growth", 0.294, "ratio", J1, AS9, kind="ratio"),
  fact(HC, "park", "fixed_asset_investment_cny", 1.0787e10, "cny", J2, AS9, kind="cumulative", chk=True, note="城镇以上单位"),
  fact(HC, "park", "fixed_asset_investment_yoy_growth", 0.245, "ratio", J2, AS9, kind="ratio"),
  fact(HC, "park", "contracted_fdi_usd", 1.7886e8, "usd", J3, AS9, kind="cumulative"),
  fact(HC, "park", "contracted_fdi_yoy_growth", 1.009, "ratio", J3, AS9, kind="ratio"),
  fact(HC, "park", "gdp_cny", 3.7e10, "cny", J4, AT9, kind="target", chk=True),
  fact(HC, "park", "gdp_yoy_growth", 0.165, "ratio", J4, AT9, kind="target", opt=True),
  fact(HC, "park", "gdp_cny", 4e10, "cny", "力争突破400亿元", "2011年全年（力争）", kind="target", qual="超", qtext="突破", opt=True, chk=True),
  fact(HC, "park", "industrial_output_cny", 9.4e10, "cny", J5, AT9, kind="target", chk=True),
  fact(HC, "park", "industrial_output_yoy_growth", 0.23, "ratio", J5, AT9, kind="target", opt=True),
  fact(HC, "park", "industrial_output_cny", 1e11, "cny", "力争突破1000亿元大关", "2011年全年（力争）", kind="target", qual="超", qtext="突破", opt=True, chk=True),
  fact(HC, "park", "foreign_projects_signed", 13, "count", J6, "2011年“9·8”投洽会", note="海沧参加厦门团签约"),
  fact(HC, "park", "taiwan_projects_signed", 9, "count", J6, "2011年“9·8”投洽会"),
  fact(HC, "park", "taiwan_projects_signed_investment_usd", 4.23e8, "usd", J6, "2011年“9·8”投洽会"),
  fact(HC, "park", "taiwan_projects_investment_share", 0.72, "ratio", J6, "2011年“9·8”投洽会", kind="ratio", opt=True),
 ])
