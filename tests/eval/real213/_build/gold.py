# real213 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city or county is not a park). Status from the text's words
# (开工 / 开工典礼 → 开工; 试生产 / 试投产 → 投产; 正在加快推进 / 建设已基本完成 → 在建; 进入竣工验收阶段 → 竣工 (status_alt 在建);
# 签约 → 签约; “即将落地” alone → no status (status_alt 签约)). “预计” figures are kind target with “（预计）” in as_of; “目前 /
# 截至目前” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/tdNN.raw as returned.

# ---------------------------------------------------------------- td01 库尔勒上库高新区 (人民网-新疆频道 2020)
SK = "库尔勒上库高新技术产业开发区"
SH = "巴州库尔勒石油石化产业园"
A0 = "今年以来,新疆库尔勒上库高新技术产业开发区在全面做好疫情防控的基础上,推动项目建设,保障企业平稳运行,推动企业高质量发展"
A1 = "中泰石化120万吨/年PTA项目于2020年1月开始试生产,目前运行稳定、环保达标"
A2 = "中泰集团在巴州库尔勒石油石化产业园投资建设120万吨/年聚酯化纤项目,为下游纺织服装产业提供短纤、长丝等基础性混纺和纺织原料"
A3 = "据了解,一期50万吨/年差别化功能性纤维项目投资31.05亿元,建成后可实现年销售收入37亿元,直接带动600人就业,拉动下游织造、印染等配套产业链就业5万人以上"
A4 = "“目前,项目现场‘三通一平’施工正在加快推进,强夯地基工作基本完成,接下来将进行打桩施工。”聚酯化纤项目副总经理徐小龙说"
G["td01"] = dict(
 article=art("新疆库尔勒:园区企业忙生产 推进高质量发展", "人民网-新疆频道（xj.people.com.cn；存段无署名，文中称“笔者”）", "2020-08-05", "day",
  "Provincial channel of a national news portal, Xinjiang: a high-tech zone's firms during the epidemic — a PTA plant in trial production with its output, the same group's polyester-fibre project under construction in the petrochemical park with phase-1 amount, expected sales and jobs, a mask maker",
  "http://xj.people.com.cn/n2/2020/0805/c394722-34207620.html",
  "日期取页面“2020年08月05日19:17 来源:人民网-新疆频道”（已删）。标题照录。存段在末段“今年疫情发生后”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…十余名工人正在分拣、包装,各司其职。”，共八段。园区：库尔勒上库高新技术产业开发区（文中作“新疆库尔勒上库高新技术产业开发区”，name 去掉省名前缀；巴音郭楞州库尔勒市，新疆；级别未说）；巴州库尔勒石油石化产业园（聚酯化纤项目所在；母园区由语境推定为上库高新区，note 注明）。公司：新疆库尔勒中泰石化有限责任公司、巴州卫佳医疗器械生产有限公司（标题“园区企业”，园区记上库高新区）；中泰集团为投资方（可选）。项目：中泰石化120万吨/年PTA项目——2020年1月开始试生产→投产（文中又称“已建成的”）；120万吨/年聚酯化纤项目（中泰集团，石油石化产业园，施工推进→在建，无总额）；其一期50万吨/年差别化功能性纤维项目投资31.05亿元（在建）。事实：中泰石化日产3600吨（可选）；一期建成后年销售收入37亿元、带动就业600人（target，可选）。",
  "td01"),
 parks=[
  park(SK, "巴音郭楞蒙古自治州", "新疆", "高新技术产业开发区", A0, district="库尔勒市", note="文中作“新疆库尔勒上库高新技术产业开发区”；级别未说"),
  park(SH, "巴音郭楞蒙古自治州", "新疆", "产业园", A2, district="库尔勒市", parent=SK, note="母园区由语境推定（文章写上库高新区的项目建设）"),
 ],
 companies=[
  comp("新疆库尔勒中泰石化有限责任公司", SK, "近日,笔者来到新疆库尔勒中泰石化有限责任公司看到,工人们正在忙碌地生产、作业", aliases=["中泰石化"], note="PTA生产企业；园区由标题与首段推定"),
  comp("巴州卫佳医疗器械生产有限公司", SK, "在巴州卫佳医疗器械生产有限公司,口罩生产机正快速运转,十余名工人正在分拣、包装,各司其职", note="园区由标题与首段推定"),
  comp("中泰集团", SH, A2, opt=True, note="聚酯化纤项目投资方"),
 ],
 institutions=[],
 projects=[
  proj("中泰石化120万吨/年PTA项目", SK, A1, companies=["新疆库尔勒中泰石化有限责任公司"], status="投产", status_text="开始试生产",
       note="2020年1月试生产；文中又称“已建成的120万吨/年PTA项目”"),
  proj("120万吨/年聚酯化纤项目", SH, A2, companies=["中泰集团"], status="在建", status_text="投资建设；施工正在加快推进",
       note="总投资未说；分步实施，一期见下"),
  proj("50万吨/年差别化功能性纤维项目", SH, A3, companies=["中泰集团"], inv="投资31.05亿元", phase="一期", status="在建",
       status_text="‘三通一平’施工正在加快推进", note="聚酯化纤项目一期"),
 ],
 aggregate_facts=[
  fact("新疆库尔勒中泰石化有限责任公司", "company", "daily_output_tonnes", 3600, "t", "每天产量3600吨,100%是优等品", "2020年8月", opt=True),
  fact("50万吨/年差别化功能性纤维项目", "project", "expected_annual_sales_cny", 3.7e9, "cny", "建成后可实现年销售收入37亿元,直接带动600人就业", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("50万吨/年差别化功能性纤维项目", "project", "expected_jobs", 600, "persons", "直接带动600人就业", "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- td02 阿拉尔经开区纺织服装城 (兵团日报 via ctei 2016)
AL = "阿拉尔经济技术开发区"
B0 = "11月13日,一师阿拉尔市与石家庄常山纺织股份有限责任公司签约1000台织布机、20万锭纺纱及配套印染综合纺织项目,标志着又一个超20万锭纺纱项目落户一师阿拉尔市经济技术开发区"
B1 = "据了解,目前,阿拉尔经济技术开发区落户纺织服装企业已达16家,纺锭合同产能规模近300万锭"
B2 = "预计今年年底将达到105万锭纺纱、800台织布机、1500台织袜机、5万吨染整、10万吨棉浆粕、10万吨粘胶纤维的生产规模"
B3 = "预计到\"十三五\"末,纺织产业规模将达到300万锭,新增就业岗位3万个"
B4 = "洁丽雅、飞龙等知名纺织企业纷纷落户,初步形成了纺织产业集群"
G["td02"] = dict(
 article=art("阿拉尔市经开区纺织服装城建设加快", "兵团日报（“来源:兵团日报”），载于中国纺织经济信息网 news.ctei.cn", "2016-11-17", "day",
  "Textile-trade portal relaying the Corps daily, Xinjiang: a Shijiazhuang textile firm signs an integrated weaving / spinning / dyeing project in a Corps city's development zone; the zone's textile firms, contracted spindle capacity and year-end / five-year targets",
  "http://news.ctei.cn/domestic/gnzx/201611/t20161117_2323401.htm",
  "日期取页面“2016-11-17”；文中“11月13日”为签约日。标题照录；栏目导航、日期、“分享至:”、“(来源:兵团日报)”与版权声明已删。正文三段，完整。园区：阿拉尔经济技术开发区（文中又作“一师阿拉尔市经济技术开发区”，标题“阿拉尔市经开区”；兵团第一师阿拉尔市，新疆）。“纺织服装城”指阿拉尔市的建设目标，不列园区。项目：“1000台织布机、20万锭纺纱及配套印染综合纺织项目”——签约，落户开发区，无金额；签约方石家庄常山纺织股份有限责任公司（园区记开发区，因项目落户于此）。洁丽雅、飞龙“纷纷落户”阿拉尔市（可选公司，园区由语境推定）。事实：开发区纺织服装企业16家（目前，cumulative）、纺锭合同产能近300万锭（约）；“预计今年年底”产能与“十三五”末目标为 target（可选）。同稿另见 tex-asia 2018-11-14 转载（日期错置），未用。",
  "td02"),
 parks=[
  park(AL, "阿拉尔", "新疆", "经济技术开发区", B1, aliases=["阿拉尔市经济技术开发区", "阿拉尔市经开区"], note="兵团第一师；标题作“阿拉尔市经开区”"),
 ],
 companies=[
  comp("石家庄常山纺织股份有限责任公司", AL, B0, note="签约方；项目落户开发区"),
  comp("洁丽雅", AL, B4, opt=True, note="“纷纷落户”阿拉尔市；园区由语境推定"),
  comp("飞龙", AL, B4, opt=True, note="同上"),
 ],
 institutions=[],
 projects=[
  proj("1000台织布机、20万锭纺纱及配套印染综合纺织项目", AL, B0, companies=["石家庄常山纺织股份有限责任公司"], status="签约", status_text="签约",
       note="2016年11月13日签约；无金额"),
 ],
 aggregate_facts=[
  fact(AL, "park", "textile_firms", 16, "count", B1, "2016年11月", kind="cumulative"),
  fact(AL, "park", "contracted_spindle_capacity", 3e6, "spindles", B1, "2016年11月", kind="cumulative", qual="约", qtext="近"),
  fact(AL, "park", "expected_spindles_year_end", 1.05e6, "spindles", B2, "2016年末（预计）", kind="target", opt=True),
  fact(AL, "park", "expected_looms_year_end", 800, "count", B2, "2016年末（预计）", kind="target", opt=True),
  fact(AL, "park", "target_spindles", 3e6, "spindles", B3, "“十三五”末（预计）", kind="target", opt=True, note="主语未明说（阿拉尔市或开发区）"),
  fact(AL, "park", "target_new_jobs", 30000, "persons", B3, "“十三五”末（预计）", kind="target", opt=True, note="同上"),
 ])

# ---------------------------------------------------------------- td03 霍尔果斯经开区兵团分区 上半年 (中新网 2019, relay)
HB = "霍尔果斯经济开发区新疆生产建设兵团分区"
HK = "霍尔果斯经济开发区"
C0 = "记者15日从国家级霍尔果斯经济开发区新疆生产建设兵团分区获悉,今年上半年,该分区完成固定资产投资6.1亿元,实现生产总值8.2亿元,招商引资到位资金41.2亿元,经济运行呈现稳中求进的良好态势"
C1 = "截至目前,该区已入驻企业703家,其中“规上”企业43家"
C2 = "目前,霍尔果斯经济开发区新疆兵团分区在建基础设施项目8个,其中就业培训服务中心综合体项目装修及室外配套设施建设已基本完成,金边镇污水处理厂项目也已进入竣工验收阶段"
C3 = "霍尔果斯经济开发区新疆兵团分区于2012年6月12日挂牌成立,规划核心区11.2平方公里,拓展区22平方公里,享受国家级经济技术开发区各项政策"
ASC = "2019年上半年"
G["td03"] = dict(
 article=art("（无标题）霍尔果斯经济开发区兵团分区上半年固定资产投资6.1亿元、到位资金41.2亿元，入驻企业703家", "中新网（戚亚平 李东 门海斌），转载于 qh.hxju.com（转载站；站名存段未示）", "2019-07-15", "day (year inferred)",
  "Aggregator relay of a national news-agency wire, Xinjiang: a Corps sub-zone of a national border development zone — half-year investment, output and investment attracted, firms and above-scale firms, infrastructure projects near completion",
  "http://qh.hxju.com/article/html/14587.html",
  "存段无标题、无日期行（title 为编者概括）；电头“中新网乌鲁木齐7月15日电”。年份推定为2019：文中“新疆兵团文体广电和旅游局”为2019年机构改革后的名称，末句残文“2018年招…”指上一年（依据写入 SOURCES.md）。存段末段“作为国家级开发区,…欧亚大陆综合物流贸易集聚区,2018年招”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…全力保障企业招工用工。”，共五段。园区：霍尔果斯经济开发区新疆生产建设兵团分区（又作“霍尔果斯经济开发区新疆兵团分区”“分区”“该区”；位于霍尔果斯，新疆；kind 记经济开发区分区）；霍尔果斯经济开发区只在分区全称中，列为可选母园区。项目：就业培训服务中心综合体项目（装修及室外配套设施建设已基本完成→在建）；金边镇污水处理厂项目（进入竣工验收阶段→竣工，status_alt 在建）。事实：上半年固定资产投资6.1亿元、生产总值8.2亿元、到位资金41.2亿元（reported，2019年上半年）；入驻企业703家、规上43家（截至目前，cumulative）；在建基础设施项目8个；规划面积（可选）；招商19次（可选）。新疆兵团文体广电和旅游局列可选机构。",
  "td03"),
 parks=[
  park(HB, "霍尔果斯", "新疆", "经济开发区（兵团分区）", C0, parent=HK, aliases=["霍尔果斯经济开发区新疆兵团分区"],
       note="文中又作“分区”“该区”；2012年6月12日挂牌；享受国家级经开区政策"),
  park(HK, "霍尔果斯", "新疆", "经济开发区", C0, opt=True, note="只在兵团分区全称中"),
 ],
 companies=[],
 institutions=[
  inst("新疆兵团文体广电和旅游局", "积极向新疆兵团文体广电和旅游局申请,成功获得影视文化制作许可证、网络文化经营许可证审批权"),
 ],
 projects=[
  proj("就业培训服务中心综合体项目", HB, C2, status="在建", status_text="装修及室外配套设施建设已基本完成"),
  proj("金边镇污水处理厂项目", HB, C2, status="竣工", status_text="已进入竣工验收阶段", status_alt="在建"),
 ],
 aggregate_facts=[
  fact(HB, "park", "fixed_asset_investment_cny", 6.1e8, "cny", "该分区完成固定资产投资6.1亿元,实现生产总值8.2亿元,招商引资到位资金41.2亿元", ASC, chk=True),
  fact(HB, "park", "gdp_cny", 8.2e8, "cny", "实现生产总值8.2亿元,招商引资到位资金41.2亿元", ASC, chk=True),
  fact(HB, "park", "investment_attracted_cny", 4.12e9, "cny", "招商引资到位资金41.2亿元", ASC, chk=True),
  fact(HB, "park", "firms", 703, "count", C1, "2019年7月", kind="cumulative"),
  fact(HB, "park", "above_scale_firms", 43, "count", C1, "2019年7月", kind="cumulative"),
  fact(HB, "park", "infrastructure_projects_under_construction", 8, "count", C2, "2019年7月"),
  fact(HB, "park", "core_area_km2", 11.2, "km2", C3, "规划", opt=True),
  fact(HB, "park", "expansion_area_km2", 22, "km2", C3, "规划", opt=True),
  fact(HB, "park", "investment_promotion_trips", 19, "count", "今年上半年赴全国各地招商引资19次,接待洽谈客商103次、350余人", ASC, opt=True),
 ])

# ---------------------------------------------------------------- td04 马龙工业园区 云南现代家具制造产业园(二期)开工 (sxmlp 2019)
ML = "马龙工业园区"
JJ = "云南现代家具制造产业园"
D0 = "2019年8月18日,曲靖市重点项目现场观摩会暨云南现代家具制造产业园(二期)开工典礼仪式在曲靖市马龙工业园区红桥片区云南现代家具制造产业园隆重举行"
D1 = "观摩会上李文荣书记对云南现代家具制造产业园一个月签约、三个月建设、五个月试投产表示充分肯定"
D2 = "云南省河南商会副会长、产业园项目公司云南共同体企业管理有限公司董事长庞学武对曲靖市各级领导的莅临关怀表示衷心的感谢"
G["td04"] = dict(
 article=art("（无标题）曲靖市重点项目现场观摩会暨云南现代家具制造产业园(二期)开工典礼在马龙工业园区举行", "sxmlp.com（木业频道 /a/muye/；原发单位与署名存段未示）", "2019-08", "month (event 2019-08-18)",
  "Wood-industry site's news item (likely the park company's or a chamber's release), Yunnan: a city inspection meeting and groundbreaking of a furniture park's phase 2 inside a county-level industrial park; phase 1 signed, built and in trial production within five months",
  "http://sxmlp.com/a/muye/13368.html",
  "存段无标题、无日期行（title 为编者概括）；活动日2019年8月18日，发布日不详（记月）。存段末行“最”为下一段残字，已删；正文四段。园区：马龙工业园区（曲靖市马龙区，云南；“红桥片区”为其片区，不另列）；云南现代家具制造产业园（园中园，母园区马龙工业园区；同名项目另列）。“曲靖市职教园区”非产业园区，不列。公司：云南共同体企业管理有限公司（“产业园项目公司”，园区记家具产业园）。项目：云南现代家具制造产业园(二期)——开工典礼→开工；产业园一期“一个月签约、三个月建设、五个月试投产”→投产（可选，文中未写“一期”二字于该句）。商会（云南省河南商会等）列可选机构。文中无金额。",
  "td04"),
 parks=[
  park(ML, "曲靖", "云南", "工业园区", D0, district="马龙区", note="“红桥片区”为其片区"),
  park(JJ, "曲靖", "云南", "产业园", D0, district="马龙区", parent=ML, note="园中园；同名项目另列"),
 ],
 companies=[
  comp("云南共同体企业管理有限公司", JJ, D2, note="“产业园项目公司”"),
 ],
 institutions=[
  inst("云南省河南商会", D2, kind="association"),
 ],
 projects=[
  proj("云南现代家具制造产业园(二期)", ML, D0, companies=["云南共同体企业管理有限公司"], phase="二期", status="开工", status_text="开工典礼仪式",
       note="2019年8月18日开工"),
  proj("云南现代家具制造产业园", ML, D1, companies=["云南共同体企业管理有限公司"], phase="一期", status="投产", status_text="五个月试投产", opt=True,
       note="一期：一个月签约、三个月建设、五个月试投产；“一期”由语境推定"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- td05 曲靖 2020年部分重点招商引资项目集中签约 (lqrc 2020)
ZY = "沾益产业园区"
E0 = "10月20日下午,我市举行2020年部分重点招商引资项目集中签约仪式,共签订一个战略合作协议以及三个总投资22.96亿元的产业项目"
E1 = "在沾益产业园区重点打造以新型煤化工、精细化工、有机硅为主导的新型化工产业集群,以绿色水电铝材为主导的冶金、铝深加工产业集群,吸引了云南能投、云铝索通等一批龙头企业入驻园区"
E2 = "李石松指出,通过深入对接洽谈,云内铝业制造园、云南省煤炭交易(储备)中心、江苏众合8.5万吨有机硅新材料等项目即将落地曲靖,将为曲靖构建现代产业体系注入新的动力"
ASE = "2020年10月20日（集中签约）"
G["td05"] = dict(
 article=art("（无标题）曲靖市举行2020年部分重点招商引资项目集中签约仪式 三个产业项目总投资22.96亿元", "lqrc.cn（/a/gongsi/ 栏；转载曲靖本地稿，原发单位与署名存段未示）", "2020-10", "month (event 2020-10-20)",
  "Content site relaying a city item, Yunnan: a prefecture-level city signs three industrial projects and one strategic agreement; the mayor on the chemical and aluminium clusters of a district industrial park and three projects about to land",
  "http://lqrc.cn/a/gongsi/66016.html",
  "存段无标题、无日期行（title 为编者概括）；文中“我市”即曲靖市，“2020年部分重点招商引资项目”与“10月20日下午”给出活动日2020-10-20，发布日不详（记月）。存段末行“副市长钟玉代表市人民政府与云南云内动力集团有限公司签订”在句中中断，已删（make_txt.py ITEMS），正文截至“…作出积极贡献。”，共四段；因此云南云内动力集团有限公司不在正文中。园区：沾益产业园区（曲靖市沾益区，云南）。公司：云南能投、云铝索通（“入驻园区”，园区记沾益产业园区）；云南煤炭产业集团（出席，可选，园区 null）；江苏众合只在项目名中（可选）。项目：云内铝业制造园、云南省煤炭交易(储备)中心、江苏众合8.5万吨有机硅新材料——“即将落地曲靖”，status null（status_alt 签约：很可能即本次签约的三个产业项目，但文中未明说），园区 null（曲靖；沾益产业园区为可能落点，未明说）。事实：曲靖市本次签约产业项目3个、总投资22.96亿元（region）；战略合作协议1个（可选）。",
  "td05"),
 parks=[
  park(ZY, "曲靖", "云南", "产业园区", E1, district="沾益区", note="文中又作“园区”"),
 ],
 companies=[
  comp("云南能投", ZY, E1, note="“入驻园区”"),
  comp("云铝索通", ZY, E1, note="“入驻园区”"),
  comp("云南煤炭产业集团", None, "以及云南煤炭产业集团董事长宁德刚等企业家代表出席签约仪式", opt=True),
  comp("江苏众合", None, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("云内铝业制造园", None, E2, status=None, status_text="即将落地曲靖", status_alt="签约", note="可能为本次签约项目之一；园区未说（沾益产业园区为可能落点）"),
  proj("云南省煤炭交易(储备)中心", None, E2, status=None, status_text="即将落地曲靖", status_alt="签约", note="同上"),
  proj("江苏众合8.5万吨有机硅新材料", None, E2, companies=["江苏众合"], status=None, status_text="即将落地曲靖", status_alt="签约", note="同上；项目名如文（无“项目”二字）"),
 ],
 aggregate_facts=[
  fact("曲靖市", "region", "projects_signed", 3, "count", E0, ASE, note="产业项目"),
  fact("曲靖市", "region", "signed_investment_cny", 2.296e9, "cny", E0, ASE, chk=True),
  fact("曲靖市", "region", "strategic_agreements_signed", 1, "count", E0, ASE, opt=True),
 ])

# ---------------------------------------------------------------- td06 玉溪高新技术企业驱动全市经济发展 (玉溪市政府网 2019)
YX = "玉溪高新技术产业开发区"
F0 = "全市除峨山县外,均有高新技术企业发布,其中:玉溪高新技术产业开发区29户,红塔区16户,江川区8户,通海县15户,澄江县5户,华宁县4户,易门县11户,新平县4户,元江县2户"
F1 = "据统计,2018年全市94户高新技术企业中,上市企业2户,新三板挂牌企业4户,仅次于昆明市,稳居全省第二"
AS6 = "2018年末"
G["td06"] = dict(
 article=art("玉溪高新技术企业驱动全市经济发展", "玉溪市人民政府网（www.yuxi.gov.cn，“来源 玉溪市人民政府网”；无署名）", "2019-03-27", "day",
  "City government website, Yunnan: a statistical review of the city's high-tech enterprises in 2018 — count by place (the national high-tech zone first), assets, revenue, taxes, exports, profit, staff — and how they were fostered",
  "https://www.yuxi.gov.cn/yxszfxxgk/yxkj3911/20190327/1030730.html",
  "日期取页面“公开日期 2019-03-27”（索引号/来源表格行已删）。标题照录。存段在“我市高新技术企业2018年在研的科技项目551项,科技项目经”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…推动了企业的科学化管理。”；小标题“一、高新技术企业发展现状”“二、主要做法”“(一)加大申报力度”各作一段，共七段。园区：玉溪高新技术产业开发区（玉溪市，云南；只出现一次，与区县并列）。其余数字均为全市（玉溪市，region）：高新技术企业94户、资产总额458.52亿元、主营业务收入273.89亿元等；区县户数不列。“预计”无。本条园区信息少，主要检验抽取器不把全市数字记到园区名下。",
  "td06"),
 parks=[
  park(YX, "玉溪", "云南", "高新技术产业开发区", F0, note="与区县并列列出高新技术企业户数"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(YX, "park", "high_tech_firms", 29, "count", F0, AS6, kind="cumulative"),
  fact("玉溪市", "region", "high_tech_firms", 94, "count", F1, AS6, kind="cumulative"),
  fact("玉溪市", "region", "high_tech_listed_firms", 2, "count", F1, AS6, kind="cumulative", opt=True),
  fact("玉溪市", "region", "high_tech_firms_total_assets_cny", 4.5852e10, "cny", "2018年末,高新技术企业资产总额458.52亿元,比上年增106.56亿元,增长21%", AS6, chk=True),
  fact("玉溪市", "region", "high_tech_firms_revenue_cny", 2.7389e10, "cny", "主营业务收入273.89亿元,比上年增62.19亿元,增长29.38%", "2018年", chk=True),
  fact("玉溪市", "region", "high_tech_firms_revenue_yoy_growth", 0.2938, "ratio", "主营业务收入273.89亿元,比上年增62.19亿元,增长29.38%", "2018年", kind="ratio", opt=True),
  fact("玉溪市", "region", "high_tech_firms_taxes_cny", 1.427e9, "cny", "实际上缴税费14.27亿元,比上年减少0.33亿元,减少2.3%", "2018年", opt=True, chk=True),
  fact("玉溪市", "region", "high_tech_firms_net_profit_cny", 2.212e9, "cny", "净利润22.12亿元,比上年增1.77亿元,增长8.75%", "2018年", opt=True, chk=True),
  fact("玉溪市", "region", "high_tech_firms_employees", 16974, "persons", "年末从业人员16974人", AS6, opt=True),
 ])
