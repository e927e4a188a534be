# real163 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value/investment_currency on
# projects and in *_usd facts. Growth rates and shares as ratios. Projects: the park is the one the text places the project
# in, null if none (a city or district is not a park). Status from the text's words (奠基、开工 / 开工建设 → 开工; 正在施工 /
# 工地 → 在建; 已投入试生产 → 投产; 推进前期工作 / 即将动建 → planned; 落户 alone → no status). Expected outputs are kind
# target; “累计” / “截至目前” / “N年来” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/vfNN.raw as returned.

# ---------------------------------------------------------------- vf01 泉州打造台商聚集区“第三极” (福建日报 2008)
QK = "泉州开发区"
LX = "洛秀园区"
A0 = "728日,笔者在泉州开发区洛秀园区里看到,在由中国美旗控股集团牵头投资的和谐光电项目工地上,到处是一派火热的建设场景"
A1 = "和谐光电项目是第一个进入该园区以台资为主的高新技术项目。拟建设LED制造工厂6座,投资达到5.7亿美元,将形成从外延片、芯片、封装到应用的产业链"
A2 = "预计建成投产后年产值可达8亿美元,并可带动下游产业年产值达200亿元人民币"
A3 = "另一龙头项目泉州长照光伏电子和长照科技总投资3亿美元,主要从事太阳能电池晶片,太阳能应用产品设备及相关配套产品的研发和生产"
A4 = "这一项目建成后,包括下游产业链年产值也将达到120亿元人民币以上"
A5 = "据不完全统计,近两年,台商投资泉州达25亿美元,超过历年的总和"
A6 = "泉州开发区洛秀园区主要承接台湾高端产业的大型项目。这是继东莞、昆山之后,大陆的第三个台商聚集区"
G["vf01"] = dict(
 article=art("泉州打造台商聚集区“第三极”", "福建日报（王勇明），载于 cfmif.com", "2008-08-11", "day",
  "Provincial daily feature relayed by a finance site, Fujian: a Taiwan-funded LED project under construction in a development zone's sub-park, a second solar project with its investment, Taiwanese investment in the city",
  "http://cfmif.com/n4691c49.aspx",
  "日期取页面“日期:2008-08-11  来源:福建日报  作者:王勇明”。标题照录；站头菜单与日期来源行已删。正文首句“728日”照录（页面如此，疑为“7月28日”缺“月”字，未改）。存段末句“泉州的厚积薄发源自其高起点、高标准的规划。泉州台”在“泉州台”处中断，断尾已删（LINE_SUFFIX），正文截至“…高标准的规划。”。园区：泉州开发区（泉州经济技术开发区，文中只作“泉州开发区”）与其洛秀园区（文中作“泉州开发区洛秀园区”“该园区”）。项目：和谐光电项目（洛秀园区，工地施工中→在建；投资5.7亿美元，记在 investment_value/currency）；泉州长照光伏电子和长照科技（“另一龙头项目”，总投资3亿美元；园区由“另一”推定为同一园区，无状态）。中国美旗控股集团（又作“美旗集团”）为牵头投资方，园区 null。“台商投资泉州达25亿美元”为全市数，主体泉州（region），可选。",
  "vf01"),
 parks=[
  park(QK, "泉州", "福建", "经济开发区", A0, note="文中只作“泉州开发区”"),
  park(LX, "泉州", "福建", "园区", A0, parent=QK, note="文中作“泉州开发区洛秀园区”，又作“该园区”"),
 ],
 companies=[
  comp("中国美旗控股集团", None, A0, aliases=["美旗集团"], note="牵头投资方（和谐光电项目）"),
  comp("和谐光电", LX, A0, opt=True, note="只在项目名中"),
  comp("泉州长照光伏电子", LX, A3, opt=True, note="“另一龙头项目”，园区推定"),
  comp("长照科技", LX, A3, opt=True, note="同上"),
 ],
 projects=[
  proj("和谐光电项目", LX, A1, companies=["中国美旗控股集团"], inv="5.7亿美元", currency="usd", value=5.7e8,
       status="在建", status_text="工地上…火热的建设场景", note="LED制造工厂6座；台资为主；投资以美元计"),
  proj("泉州长照光伏电子和长照科技", LX, A3, companies=["泉州长照光伏电子", "长照科技"], inv="3亿美元", currency="usd", value=3e8,
       note="“另一龙头项目”，园区由语境推定；无状态"),
 ],
 aggregate_facts=[
  fact("和谐光电项目", "project", "expected_annual_output_usd", 8e8, "usd", A2, "建成投产后（预计）", kind="target"),
  fact("和谐光电项目", "project", "expected_downstream_output_cny", 2e10, "cny", "并可带动下游产业年产值达200亿元人民币", "建成投产后（预计）", kind="target", opt=True, chk=True),
  fact("泉州长照光伏电子和长照科技", "project", "expected_output_incl_downstream_cny", 1.2e10, "cny", A4, "建成后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("泉州", "region", "taiwan_investment_usd", 2.5e9, "usd", A5, "近两年（至2008年）", kind="cumulative", opt=True),
  fact("和谐光电项目", "project", "led_factories_planned", 6, "count", A1, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vf02 杏林台商投资区设立20周年 (2009)
XL = "杏林台商投资区"
B0 = "20日晚,庆祝杏林台商投资区设立20周年纪念大会在集美嘉庚体育馆举行"
B1 = "1989年和1992年,国务院相继在杏林和集美批准设立国家级台商投资区"
B2 = "20年来,累计批准设立台外资企业974家,合同利用外资27.3亿美元,实际利用外资达18.9亿美元;产值超10亿元的企业8家"
BS = "设立20年来（至2009年）"
G["vf02"] = dict(
 article=art("（杏林台商投资区设立20周年纪念大会举行）", "记者吴在平（原刊未注明），载于 zhongtushe.com（中华人民共和国图鉴社）", "2009-07-10", "day",
  "Local news item relayed by a picture-archive site, Fujian: a Taiwan-investment zone's 20th anniversary — cumulative foreign-funded firms, contracted and actual foreign investment, large firms, industrial clusters",
  "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/fujian/2009/0710/315373.html",
  "存段无标题行、无日期行；日期取自网址（2009/0710，转载日），纪念大会在“20日晚”（月份未写明），发布精度按网址记为日。署名“(记者 吴在平)”在正文末，保留；其后粘连的站方水印“ 本文来自中华人民共和国图鉴社”与下方站名行、“|”已删。原刊未注明（按内容为厦门本地报道）。园区：杏林台商投资区（厦门市集美区，文中又作“台资区”“台商投资区”“投资区”）；集美台商投资区只以“在杏林和集美批准设立国家级台商投资区”出现，名称非原文，列为可选。“20年来…974家…27.3亿美元…18.9亿美元…8家”为两区合计或杏林区（文中未分），记在杏林台商投资区名下（cumulative）。无具名企业与项目。",
  "vf02", title_note="存段无标题；括号内为按内容所拟的概述"),
 parks=[
  park(XL, "厦门", "福建", "台商投资区", B0, district="集美区", note="文中又作“台资区”“投资区”"),
  park("集美台商投资区", "厦门", "福建", "台商投资区", B1, district="集美区", opt=True, note="名称非原文（“在杏林和集美批准设立国家级台商投资区”）"),
 ],
 aggregate_facts=[
  fact(XL, "park", "foreign_funded_firms_approved", 974, "count", B2, BS, kind="cumulative", note="台外资企业；可能含集美台商投资区"),
  fact(XL, "park", "contracted_fdi_usd", 2.73e9, "usd", "合同利用外资27.3亿美元", BS, kind="cumulative"),
  fact(XL, "park", "actual_fdi_usd", 1.89e9, "usd", "实际利用外资达18.9亿美元", BS, kind="cumulative"),
  fact(XL, "park", "firms_output_over_1bn_cny", 8, "count", "产值超10亿元的企业8家", "2009年", note="产值超10亿元的企业数"),
  fact(XL, "park", "industrial_clusters", 5, "count", "形成了工程机械和客车制造、电子信息、精细化工、轻纺服装、钨制品深加工五大产业集群", "2009年", opt=True),
 ])

# ---------------------------------------------------------------- vf03 龙工回归红土地 (中国路面机械网 2010)
LZ = "龙州工业园区"
C0 = "8月4日,位于龙岩市新罗区龙州工业园区的龙工(福建)铸锻有限公司,一派热火朝天的生产景象。这个计划总投资15亿元的项目已投入试生产"
C1 = "全部达产后,将年产25万吨精密铸锻件,产值达20亿元以上"
C2 = "龙工铸锻是龙工集团回归龙岩之后布局的8大项目之一"
C3 = "一口气落地挖掘机装载机、精密铸锻等8大项目,总投资91.5亿元"
C4 = "项目全部达产后,预计可实现产值318亿元"
C5 = "中国龙工控股有限公司副总裁罗健如表示"
G["vf03"] = dict(
 article=art("龙工回归红土地 落地八大项目催生机械集群", "中国路面机械网（lmjx.net）", "2010-08-10", "day",
  "Construction-machinery trade site, Fujian: a machinery group's forging plant in trial production in an industrial park, the group's eight projects in the city with total investment and expected output",
  "https://news.lmjx.net/2010/201008/20100810084354.shtml",
  "日期取页面“2010-8-10 8:43:54 中国路面机械网”。标题照录；频道菜单与日期行已删。存段末段“借龙工回归之机,…市政府专门出台《关于推进龙工配件工业园建设的实施意见》,设”在句中中断，整段删去（ITEMS 截至上一段），故“龙工配件工业园”不在正文。园区：龙州工业园区（龙岩市新罗区）。企业：龙工(福建)铸锻有限公司（又作“龙工铸锻”，在龙州工业园区）；龙工集团、中国龙工控股有限公司（母公司，园区 null）。项目：龙工铸锻（计划总投资15亿元，已投入试生产→投产）。龙工8大项目总投资91.5亿元、达产产值318亿元记为龙工集团的事实（项目在龙岩，园区未写明）。",
  "vf03"),
 parks=[
  park(LZ, "龙岩", "福建", "工业园区", C0, district="新罗区"),
 ],
 companies=[
  comp("龙工(福建)铸锻有限公司", LZ, C0, aliases=["龙工铸锻"]),
  comp("龙工集团", None, C2, aliases=["龙工"], note="母公司；回归龙岩布局8大项目"),
  comp("中国龙工控股有限公司", None, C5, opt=True, note="上市母公司"),
 ],
 projects=[
  proj("龙工铸锻", LZ, C0, companies=["龙工(福建)铸锻有限公司"], inv="15亿元", status="投产", status_text="已投入试生产",
       note="计划总投资；精密铸锻项目，龙工8大项目之一"),
 ],
 aggregate_facts=[
  fact("龙工(福建)铸锻有限公司", "company", "expected_output_cny", 2e9, "cny", C1, "全部达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("龙工(福建)铸锻有限公司", "company", "capacity_t", 250000, "t", C1, "全部达产后（预计）", kind="target", opt=True, note="年产25万吨精密铸锻件"),
  fact("龙工集团", "company", "projects_count", 8, "count", C3, "2010年（回归龙岩以来）", kind="cumulative"),
  fact("龙工集团", "company", "projects_investment_cny", 9.15e9, "cny", C3, "2010年（回归龙岩以来）", kind="cumulative", chk=True),
  fact("龙工集团", "company", "expected_output_cny", 3.18e10, "cny", C4, "8大项目全部达产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- vf04 漳州招商局开发区6项目开工 (cnrepark 2011)
ZK = "漳州招商局开发区"
D0 = "当天共有方明环保科技(漳州)有限公司、方明钢业(漳州)有限公司,金海峡(福建)钢材城项目、漳州市金海岸担保有限公司,博欣多肽药物产业化项目、维生干细胞产业化项目等6个项目举行奠基、开工仪式。项目总投资21.4亿元人民币,建成后年销售总额可达190亿元人民币"
D1 = "2010年5月15日,福建方明集团选择漳州开发区作为公司扩大生产规模和污水降解设备新项目的生产基地,与漳州开发区签定投资合同,投资成立方明环保科技(漳州)有限公司和方明钢业(漳州)有限公司"
D2 = "将建设13.6万平方米的厂房和1.1万平方米的科研中心及办公楼,计划固定资产总投资3.4亿元"
D3 = "总投资12亿元人民币的金海峡(福建)钢材城经营管理有限公司项目将建成年交易量300万吨"
D4 = "方明环保科技(漳州)有限公司设计规模年产10000套污水降解设备,每年销售金额8亿元人民币"
D5 = "方明钢业(漳州)有限公司设计规模年产生产热浸镀铝、锌30万吨,每年销售金额12亿元人民币"
DS = "2010-12-28（奠基、开工）"
G["vf04"] = dict(
 article=art("福建漳州招商局开发区6项目开工 新增投资21亿元", "cnrepark.com（中国产业园区网；原刊未注明）", "2011-01-11", "day",
  "Industrial-park portal, Fujian: a national development zone's anniversary groundbreaking of six named projects, total investment and expected sales, two firms' plans and a steel-market project",
  "https://cnrepark.com/news/detail/4204.html",
  "日期取页面“2011 01/11 22:28”（开工在2010年12月28日）。标题照录；栏目字“新闻”与日期行已删。存段末句“市场建成后,将容纳800户以上的商家,每年的钢材交易额将在150亿元”中断，整句删去（LINE_SUFFIX），正文截至“…综合性钢材贸易市场。”。园区：漳州招商局开发区（标题；正文作“漳州开发区”“开发区”“区内”；漳州市，福建）。项目：6个项目举行奠基、开工仪式→开工：方明环保科技(漳州)有限公司、方明钢业(漳州)有限公司（以公司名作项目名；两项合计计划固定资产总投资3.4亿元，记为事实，不分摊）、金海峡(福建)钢材城项目（总投资12亿元；又作“金海峡(福建)钢材城经营管理有限公司项目”）、漳州市金海岸担保有限公司、博欣多肽药物产业化项目、维生干细胞产业化项目。6个项目合计21.4亿元、年销售190亿元为园区事实。福建方明集团为投资方（园区 null）。",
  "vf04"),
 parks=[
  park(ZK, "漳州", "福建", "经济技术开发区", D0, aliases=["漳州开发区"], note="标题作“漳州招商局开发区”，正文作“漳州开发区”"),
 ],
 companies=[
  comp("方明环保科技(漳州)有限公司", ZK, D1),
  comp("方明钢业(漳州)有限公司", ZK, D1),
  comp("福建方明集团", None, D1, note="投资方"),
  comp("金海峡(福建)钢材城经营管理有限公司", ZK, D3),
  comp("漳州市金海岸担保有限公司", ZK, D0, opt=True, note="只在开工项目列表中"),
 ],
 projects=[
  proj("方明环保科技(漳州)有限公司", ZK, D0, companies=["方明环保科技(漳州)有限公司"], status="开工", status_text="举行奠基、开工仪式", note="以公司名作项目名；与方明钢业合计计划固定资产总投资3.4亿元"),
  proj("方明钢业(漳州)有限公司", ZK, D0, companies=["方明钢业(漳州)有限公司"], status="开工", status_text="举行奠基、开工仪式", note="同上"),
  proj("金海峡(福建)钢材城项目", ZK, D3, companies=["金海峡(福建)钢材城经营管理有限公司"], inv="12亿元", status="开工", status_text="举行奠基、开工仪式",
       aliases=["金海峡(福建)钢材城经营管理有限公司项目"], note="状态见首段；金额见第三段"),
  proj("漳州市金海岸担保有限公司", ZK, D0, status="开工", status_text="举行奠基、开工仪式", opt=True, note="以公司名作项目名"),
  proj("博欣多肽药物产业化项目", ZK, D0, status="开工", status_text="举行奠基、开工仪式"),
  proj("维生干细胞产业化项目", ZK, D0, status="开工", status_text="举行奠基、开工仪式"),
 ],
 aggregate_facts=[
  fact(ZK, "park", "projects_started", 6, "count", D0, DS),
  fact(ZK, "park", "projects_started_investment_cny", 2.14e9, "cny", "项目总投资21.4亿元人民币,建成后年销售总额可达190亿元人民币", DS, chk=True),
  fact(ZK, "park", "projects_started_expected_sales_cny", 1.9e10, "cny", "建成后年销售总额可达190亿元人民币", "建成后（预计）", kind="target", chk=True),
  fact("福建方明集团", "company", "planned_fixed_asset_investment_cny", 3.4e8, "cny", D2, "2010年（计划）", kind="target", chk=True, note="方明环保、方明钢业两个项目合计"),
  fact("方明环保科技(漳州)有限公司", "company", "expected_annual_sales_cny", 8e8, "cny", "每年销售金额8亿元人民币", "建成后（设计）", kind="target", opt=True, chk=True),
  fact("方明钢业(漳州)有限公司", "company", "expected_annual_sales_cny", 1.2e9, "cny", "每年销售金额12亿元人民币,该项目将有效地延伸", "建成后（设计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- vf05 厦门火炬高新区“二次创业” (全球起重机械网 2011)
HJ = "厦门火炬高新区"
E0 = "从ABB开关,到DELL电脑,再到宸鸿造的IPAD触控板,都喜欢上同一个 “引擎”——— 厦门火炬高新区"
E1 = "火炬高新区以占厦门市不到1%的土地面积,实现全市35%的工业产值"
E2 = "增加到近1300亿元,增长800多倍"
E3 = "出口额从140万美元增加到113亿美元,增长了8000多倍"
E4 = "从1992年世界500强ABB集团在华设立的第一家企业厦门ABB开关公司落户高新区,到现在ABB系6家企业已对高压、低压、中压市场实现全覆盖"
E5 = "从1998年的戴尔电脑落户,到戴尔的第二家企业,再到戴尔的中国服务总部进驻"
E6 = "从2006年的友达光电落户,到友达光电的4家配套企业,再到冠捷、乐捷等相继投产"
E7 = "火炬高新区和北京中关村、上海张江高科技园区等少数园区一道,正式跻身国家首批创新型科技园区行列"
G["vf05"] = dict(
 article=art("厦门火炬高新区“二次创业” 五年再造一个高新区", "全球起重机械网（chinacrane.net；“来源:全球起重机械网”，原刊未注明）", "2011-06-27", "day",
  "Machinery trade site relaying a city report, Fujian: a national high-tech zone's 20th anniversary and pilot status — output and exports 1992–2010, share of city output, multinational firms in the zone",
  "http://www.chinacrane.net/news/201106/27/38296.html",
  "日期取自网址（201106/27）；文中“昨日”召开大会。标题照录；频道菜单、“来源:全球起重机械网  人气:1926”与“|”行已删。存段末段在“宸鸿科技从一期,到现在的二期、三期、四”处中断，断尾已删（LINE_SUFFIX），该段以分号结束（“…再到冠捷、乐捷等相继投产;”），其前各分句完整。园区：厦门火炬高新区（又作“火炬高新区”“高新区”）；北京中关村、上海张江高科技园区为同批园区，可选。企业（均在厦门火炬高新区）：厦门ABB开关公司、戴尔电脑（首句作“DELL电脑”）、友达光电、冠捷、乐捷（“相继投产”）、宸鸿（首句“宸鸿造的IPAD触控板”）；ABB集团为母公司（园区 null，可选）。“近1300亿元”（1992年至2010年）→ 约；出口113亿美元；占全市35%工业产值（ratio）。",
  "vf05"),
 parks=[
  park(HJ, "厦门", "福建", "高新区", E0, aliases=["火炬高新区"], note="又作“高新区”"),
  park("北京中关村", "北京", "北京", "科技园区", E7, opt=True, note="同批创新型科技园区"),
  park("上海张江高科技园区", "上海", "上海", "高科技园区", E7, opt=True, note="同批创新型科技园区"),
 ],
 companies=[
  comp("厦门ABB开关公司", HJ, E4),
  comp("ABB集团", None, E4, opt=True, note="母公司"),
  comp("戴尔电脑", HJ, E5, aliases=["DELL电脑", "戴尔"]),
  comp("友达光电", HJ, E6),
  comp("冠捷", HJ, E6),
  comp("乐捷", HJ, E6, opt=True),
  comp("宸鸿", HJ, E0, opt=True, note="首句“宸鸿造的IPAD触控板”；后文“宸鸿科技”在断尾中被删"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "industrial_output_cny", 1.3e11, "cny", E2, "2010年", qual="约", qtext="近", chk=True, note="1992年为1.46亿元"),
  fact(HJ, "park", "industrial_output_cny", 1.46e8, "cny", "火炬高新区工业总产值从1.46亿元增加到近1300亿元", "1992年", opt=True, chk=True),
  fact(HJ, "park", "exports_usd", 1.13e10, "usd", E3, "2010年", note="1992年为140万美元"),
  fact(HJ, "park", "share_of_city_industrial_output", 0.35, "ratio", E1, "2010年（文中未注年）", kind="ratio"),
  fact(HJ, "park", "share_of_city_land", 0.01, "ratio", E1, "2010年（文中未注年）", kind="ratio", qual="约", qtext="不到", opt=True),
  fact("ABB集团", "company", "firms_in_park", 6, "count", E4, "2011年", opt=True, note="ABB系6家企业"),
  fact("友达光电", "company", "supporting_firms", 4, "count", E6, "2011年", opt=True),
 ])

# ---------------------------------------------------------------- vf06 产业集聚助推经济发展 (福清新闻网 2013)
JY = "江阴经济开发区"
F0 = "位于江阴经济开发区的福建天辰耀隆新材料项目,经过一年的紧张施工,目前正在进行土建上部结构施工,预计2014年可开工生产"
F1 = "该项目一期建设规模为年产20万吨己内酰胺,这将是目前国内单体产能最大的己内酰胺装置,投资额达42亿元"
F2 = "在江阴西部化工新材料片区,中国软包装集团5个子项目已全部开工建设"
F3 = "中国化工集团CPP项目拟建设年产180万吨重油催化热裂解(CPP)及其一体化项目正在积极推进前期工作"
F4 = "投资80亿元的中石化巴陵己内酰胺项目即将动建"
F5 = "中石油福建LNG项目正式落户江阴港区万安作业区"
F6 = "东南电化、耀隆化工、天辰耀隆己内酰胺下半年可竣工或投产"
F7 = "截至目前,江阴经济开发区已签约项目75个,入区企业59家,项目总投资达263亿元"
FS = "截至2013年8月"
G["vf06"] = dict(
 article=art("产业集聚助推经济发展 ——上半年全市经济盘点系列综述之二", "福清新闻网（记者滕端钦）", "2013-08-16", "day",
  "County-level city news site, Fujian: a mid-year economic review — an economic development zone's projects under construction, started, planned and about to start, with the zone's signed projects, firms and investment to date",
  "http://www.fqxww.cn/news/fqnews/2013-08-16/57401.html",
  "日期取页面“2013-08-16 10:41:40来源:福清新闻网  作者:记者 滕端钦”。标题为正题“产业集聚助推经济发展”加副题行“——上半年全市经济盘点系列综述之二”（以一空格相连）；栏目路径、页面重复的副题与日期行已删；小标题“产业园区竞相绽放”保留为一段。存段末段“随着诺希新材料、睿鸿光电、天邦电讯、易佰特电子、福融辉B”在句中中断，整段删去（ITEMS 截至上一段）。园区：江阴经济开发区（福州市福清市；又作“江阴开发区”）。“江阴西部化工新材料片区”“江阴新型化工材料产业基地”“江阴港区万安作业区”不列园区（片区/基地/港区）。项目：福建天辰耀隆新材料项目（正在施工→在建；投资额42亿元，文中紧接“一期建设规模”，phase 一期存疑，记 null）；中国软包装集团5个子项目（已全部开工建设→开工）；中国化工集团CPP项目（推进前期工作→planned）；中石化巴陵己内酰胺项目（投资80亿元，即将动建→planned）；中石油福建LNG项目（落户江阴港区，园区推定为江阴经济开发区，无状态，可选）。“东南电化、耀隆化工、天辰耀隆己内酰胺下半年可竣工或投产”为预期，不设状态。截至目前签约75个、入区59家、总投资263亿元为园区累计数。",
  "vf06"),
 parks=[
  park(JY, "福州", "福建", "经济开发区", F0, district="福清市", aliases=["江阴开发区"]),
 ],
 companies=[
  comp("东南电化", JY, F6),
  comp("耀隆化工", JY, F6),
  comp("中国软包装集团", JY, F2),
  comp("中国化工集团", JY, F3, opt=True, note="只在项目名中"),
  comp("中石化", JY, F4, opt=True, note="只在项目名中"),
  comp("中石油", JY, F5, opt=True, note="只在项目名中"),
  comp("天辰耀隆", JY, F6, opt=True, note="项目名“福建天辰耀隆新材料项目”“天辰耀隆己内酰胺”"),
 ],
 projects=[
  proj("福建天辰耀隆新材料项目", JY, F1, companies=["天辰耀隆"], inv="42亿元", status="在建", status_text="正在进行土建上部结构施工",
       note="预计2014年可开工生产；一期年产20万吨己内酰胺；力争5年内形成200亿元投资规模"),
  proj("中国软包装集团5个子项目", JY, F2, companies=["中国软包装集团"], status="开工", status_text="已全部开工建设"),
  proj("中国化工集团CPP项目", JY, F3, companies=["中国化工集团"], status="planned", status_text="正在积极推进前期工作"),
  proj("中石化巴陵己内酰胺项目", JY, F4, companies=["中石化"], inv="80亿元", status="planned", status_text="即将动建"),
  proj("中石油福建LNG项目", JY, F5, companies=["中石油"], opt=True, note="落户江阴港区万安作业区；园区推定；无状态"),
 ],
 aggregate_facts=[
  fact(JY, "park", "projects_signed", 75, "count", F7, FS, kind="cumulative"),
  fact(JY, "park", "firms", 59, "count", F7, FS, kind="cumulative", note="入区企业"),
  fact(JY, "park", "projects_total_investment_cny", 2.63e10, "cny", "项目总投资达263亿元", FS, kind="cumulative", chk=True),
  fact("福建天辰耀隆新材料项目", "project", "capacity_t", 200000, "t", F1, "一期（设计）", kind="target", opt=True),
  fact("福建天辰耀隆新材料项目", "project", "investment_target_cny", 2e10, "cny", "并力争在5年内形成200亿元投资规模", "5年内（目标）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- vf07 莆田:筑巢引凤孵成群 (福建日报 via 东南网 2015)
PT = "莆田高新技术产业园区"
H0 = "与填海造地项目相连的是莆田高新技术产业园区。这个国家级园区面积有11.05平方公里,已形成了以电子信息、机械制造为主导的产业集群"
H1 = "“这个项目由保利集团投资150亿元开发建设,将形成岸线5.5公里,可布置18个5万-10万吨级码头泊位。”"
H2 = "项目分两期建设,一期已于2013年5月开工,已形成陆域2平方公里"
H3 = "兴化湾南岸填海造地总面积为32平方公里,是我省有史以来最大的陆域形成项目"
G["vf07"] = dict(
 article=art("莆田:筑巢引凤孵成群", "福建日报（陈荣富，通讯员郑志忠），载于东南网福建频道", "2015-05-20", "day",
  "Provincial daily feature on the provincial portal, Fujian: a city's port-industry push — a land-reclamation project with its investor and progress, a national high-tech park's area and leading industries",
  "http://fjnews.fjsen.com/2015-05/20/content_16110012.htm",
  "日期取页面“2015-05-20 09:14:35  来源:东南网”。标题照录；导航、位置、日期行、“分享到:”与图片说明“兴化湾南岸,吹砂填海造地现场一片繁忙。蔡昊摄”已删；电头“东南网5月20日报道(福建日报记者 陈荣富 通讯员 郑志忠)”保留为首段，小标题“挺进港湾,打造临港产业集群”保留。存段末句“目前已入驻企业339家,其中,规模以上企业118家,年产值”中断，整句删去（LINE_SUFFIX），正文截至“…为主导的产业集群。”。园区：莆田高新技术产业园区（国家级，面积11.05平方公里）。项目：兴化湾南岸填海造地（保利集团投资150亿元；一期2013年5月开工→开工；在涵江区，文中未置于园区，park null）。保利集团为投资方（园区 null）。",
  "vf07"),
 parks=[
  park(PT, "莆田", "福建", "高新技术产业园区", H0, note="国家级园区"),
 ],
 companies=[
  comp("保利集团", None, H1, note="填海造地项目投资方"),
 ],
 projects=[
  proj("兴化湾南岸填海造地", None, H1, companies=["保利集团"], inv="150亿元", status="开工", status_text="一期已于2013年5月开工",
       note="在莆田市涵江区；与莆田高新技术产业园区相连，但文中未置于园区；分两期建设"),
 ],
 aggregate_facts=[
  fact(PT, "park", "area_km2", 11.05, "km2", H0, "2015年5月"),
  fact("兴化湾南岸填海造地", "project", "area_km2", 32, "km2", H3, "规划", kind="target", opt=True),
  fact("兴化湾南岸填海造地", "project", "land_formed_km2", 2, "km2", H2, "2015年5月", kind="cumulative", opt=True),
  fact("兴化湾南岸填海造地", "project", "land_to_reclaim_km2", 8.28, "km2", "今年,计划新填陆域面积8.28平方公里", "2015年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vf08 海沧台商投资区成立25周年 (海峡导报 via 东南网 2014)
HC = "海沧台商投资区"
K0 = "今年的5月20日是海沧台商投资区成立25周年纪念日。昨日,海沧区举行新闻通气会通报了海沧台商投资区成立25年以来的成绩"
KS = "成立25年来（2014年5月通报）"
G["vf08"] = dict(
 article=art("（海沧台商投资区成立25周年 海沧区通报成绩）", "海峡导报（骆余民，通讯员林泓），载于东南网厦门频道的镜像 m.folksfolks.com", "2014-05-13", "day",
  "City tabloid item on the provincial portal (mirror copy), Fujian: a national Taiwan-investment zone's 25th anniversary — GDP, industrial output, fiscal revenue, tertiary share, built-up area, Taiwanese firms",
  "https://m.folksfolks.com/xm/2014-05/13/content_14062602.htm",
  "存段无标题行；日期取电头“东南网5月13日讯”与网址（2014-05/13）。正文为一行（三段以空格相连，照录为一段），行末表格竖线“ |”已删；其后“相关阅读”列表、打印收藏行等已删。站点为东南网内容的镜像域名（简体，未改写）。园区：海沧台商投资区（厦门市海沧区）。文中数字以“海沧”为主语（“海沧GDP”“区级财政总收入”“全区”），系区通报“海沧台商投资区成立25年以来的成绩”，记在海沧台商投资区名下（与海沧区难分，已注）。GDP、工业产值、财政总收入取“升至”后的数（期初数可选省略）；第三产业占比“超过30%”（2013年）；建成区约58平方公里；累计引进台企205家。",
  "vf08", title_note="存段无标题；括号内为按内容所拟的概述（相关阅读中另有“厦门海沧台商投资区成立25周年 掀开发展新画卷”，系另一篇）"),
 parks=[
  park(HC, "厦门", "福建", "台商投资区", K0, district="海沧区", note="数字以“海沧”为主语"),
 ],
 aggregate_facts=[
  fact(HC, "park", "gdp_cny", 4.2446e10, "cny", "升至424.46亿元,增长41倍", KS, chk=True, note="“海沧GDP”；25年前不到10亿元"),
  fact(HC, "park", "industrial_output_cny", 1.02e11, "cny", "升至1020亿元,增长59倍", KS, chk=True, note="25年前17亿元"),
  fact(HC, "park", "fiscal_revenue_cny", 7.131e9, "cny", "升至71.31亿元,增长1500多倍", KS, chk=True, note="区级财政总收入"),
  fact(HC, "park", "tertiary_share", 0.30, "ratio", "海沧第三产业从原来的几近为零发展至2013年占三大产业比重超过30%", "2013年", kind="ratio", qual="超", qtext="超过"),
  fact(HC, "park", "built_up_area_km2", 58, "km2", "目前,海沧建成区面积约58平方公里", "2014年5月", qual="约", qtext="约"),
  fact(HC, "park", "taiwan_firms", 205, "count", "累计引进台企205家", KS, kind="cumulative"),
  fact(HC, "park", "gdp_per_capita_usd", 22000, "usd", "人均GDP2.2万美金", KS, opt=True),
  fact(HC, "park", "gdp_growth_multiple", 41, "times", "升至424.46亿元,增长41倍", KS, opt=True),
 ])
