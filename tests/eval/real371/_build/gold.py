# real371 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none or if the text names two parks together (a county is not a park).
# Status from the text's words (集中开工 → 开工; 竣工项目 → 竣工; 正式投产 → 投产). “预计” figures are kind target;
# year-to-date and “累计 / 已累计 / 目前已有” counts and values are cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/nfNN.raw as returned.

# ---------------------------------------------------------------- nf01 湄潭县工业园区 1–5月 (zhongguozhaoshang, page date 2016-02-25)
MT = "湄潭县工业园区"
A1 = "1至5月,湄潭县工业园区累计完成规模以上工业总产值26.04亿元,同比增长13.7%,占全年计划的50%"
A2 = "累计完成投资28.46亿元,同比增长44.89%,占全县工业的86.94%和园区全年计划的56.92%"
A3 = "其中完成产业项目投资12.39亿元,同比增长109.9%,占全年计划的44.99%"
A4 = "1—5月,累计新增入园项目6个,新增招商引资到位资金0.77亿元,新增开工项目48个,新增投产项目4个"
A5 = "截止5月底,园区项目入园率、资金到位率、开工率和投产率分别达到68.18%、12.22%、100%和66.67%"
AS1 = "1–5月（年份文中未注明；页面日期2016-02-25）"
G["nf01"] = dict(
 article=art("（无标题）湄潭县工业园区1至5月规上工业总产值26.04亿元", "中国招商网 m.zhongguozhaoshang.com（原发媒体与署名未注明）", "2016-02-25", "day",
  "Investment-promotion portal relaying a county item, Guizhou: a county industrial park's January–May figures — above-scale output and growth, investment completed (total and industrial projects), projects entered, funds arrived, projects started and in production, and rates",
  "http://m.zhongguozhaoshang.com/news/2977.html",
  "存段无标题（title 为编者概括），首行只有日期“2016-02-25”（已删，记为发布日）。注意：正文是某年1至5月的数字，而页面日期为2月25日，两者不合——数字所属年份文中未说（可能为2015年），as_of 只写“1–5月”并注明；published 照页面日期，精度 day 但可疑。正文两段，完整。园区：湄潭县工业园区（遵义市湄潭县，贵州；文中又作“园区”）。无企业、无具名项目。事实：规上工业总产值26.04亿元及增长13.7%、占全年计划50%；累计完成投资28.46亿元、增长44.89%；产业项目投资12.39亿元、增长109.9%；1—5月新增入园项目6个、到位资金0.77亿元、新增开工项目48个、新增投产项目4个（均为期内累计，cumulative）；入园率等四个比率（可选）。“占全县工业的86.94%”列可选。",
  "nf01"),
 parks=[
  park(MT, "遵义", "贵州", "工业园区", A1, district="湄潭县", note="文中又作“园区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(MT, "park", "above_scale_industrial_output_cny", 2.604e9, "cny", A1, AS1, kind="cumulative", chk=True),
  fact(MT, "park", "above_scale_industrial_output_yoy_growth", 0.137, "ratio", A1, AS1, kind="ratio"),
  fact(MT, "park", "above_scale_output_share_of_annual_plan", 0.50, "ratio", A1, AS1, kind="ratio", opt=True),
  fact(MT, "park", "investment_completed_cny", 2.846e9, "cny", A2, AS1, kind="cumulative", chk=True),
  fact(MT, "park", "investment_completed_yoy_growth", 0.4489, "ratio", A2, AS1, kind="ratio"),
  fact(MT, "park", "investment_share_of_county_industry", 0.8694, "ratio", A2, AS1, kind="ratio", opt=True),
  fact(MT, "park", "industrial_project_investment_cny", 1.239e9, "cny", A3, AS1, kind="cumulative", chk=True),
  fact(MT, "park", "industrial_project_investment_yoy_growth", 1.099, "ratio", A3, AS1, kind="ratio", opt=True),
  fact(MT, "park", "projects_entered", 6, "count", A4, AS1, kind="cumulative", note="新增入园项目"),
  fact(MT, "park", "investment_funds_arrived_cny", 7.7e7, "cny", "新增招商引资到位资金0.77亿元", AS1, kind="cumulative", chk=True),
  fact(MT, "park", "projects_started", 48, "count", A4, AS1, kind="cumulative", note="新增开工项目"),
  fact(MT, "park", "projects_in_production", 4, "count", A4, AS1, kind="cumulative", note="新增投产项目"),
  fact(MT, "park", "project_entry_rate", 0.6818, "ratio", A5, "5月底（年份未注明）", kind="ratio", opt=True),
  fact(MT, "park", "funds_arrival_rate", 0.1222, "ratio", A5, "5月底（年份未注明）", kind="ratio", opt=True),
  fact(MT, "park", "project_start_rate", 1.0, "ratio", A5, "5月底（年份未注明）", kind="ratio", opt=True),
  fact(MT, "park", "project_production_rate", 0.6667, "ratio", A5, "5月底（年份未注明）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- nf02 鹿寨县 33个重大项目集中开竣工 (柳州日报 2020)
LZ = "鹿寨经济开发区"
LY = "广西桂中(鹿寨)现代林业科技产业园"
B1 = "2月28日,鹿寨县举行2020年第一季度重大项目集中开竣工仪式,共有33个重大项目集中开竣工,总投资58.52亿元"
B2 = "该县此次集中开工的重点项目均为工业项目,落户在鹿寨经济开发区和广西桂中(鹿寨)现代林业科技产业园,主要有桂中林业产业园中高端木地板精细加工基地项目一期二区、广西畔森年产18万立方米高端家具板、15万平方米全屋家具定制等21项,总投资51.58亿元"
B3 = "竣工项目有闽佳木业年产19万立方米胶合板、G323鹿寨经平山至柳城公路(鹿寨段)等12项,总投资6.94亿元"
AS2 = "2020年2月28日（集中开竣工）"
G["nf02"] = dict(
 article=art("一季度集中开竣工 33个重大项目", "柳州日报（通讯员杨继强），载于云悦宝网 m.yybnet.net 鹿寨频道", "2020-03-03", "day",
  "City daily on a regional news portal's county channel, Guangxi: a county's first-quarter joint groundbreaking and completion — 33 projects and total, 21 industrial projects started in a county economic development zone and a forestry industry park (three named), 12 completed (two named)",
  "https://m.yybnet.net/liuzhou/luzhai/202003/10246611.html",
  "日期取页面“柳州日报 2020-03-03 09:41”（该行已删）；仪式日为2月28日。标题照录；页尾“新闻推荐”、另一则新闻摘要、频道口号与“相关推荐”已删。正文两段，完整。园区：鹿寨经济开发区；广西桂中(鹿寨)现代林业科技产业园（项目名中又作“桂中林业产业园”，列 alias）；均在柳州市鹿寨县，广西。鹿寨县为县，不是园区（事实 subject_type region）。项目：开工（“集中开工”）——桂中林业产业园中高端木地板精细加工基地项目一期二区（园区按名称记林业产业园）、广西畔森年产18万立方米高端家具板、15万平方米全屋家具定制（文中只说21项落户两园，未分，park 记 null，note 注明）；竣工（“竣工项目”）——闽佳木业年产19万立方米胶合板（园区未说）、G323公路（基础设施，可选）。单项无金额；33项58.52亿元、开工21项51.58亿元、竣工12项6.94亿元为事实。企业只在项目名中（广西畔森、闽佳木业），列可选。",
  "nf02"),
 parks=[
  park(LZ, "柳州", "广西", "经济开发区", B2, district="鹿寨县"),
  park(LY, "柳州", "广西", "产业园（林业）", B2, district="鹿寨县", aliases=["桂中林业产业园"], note="项目名中作“桂中林业产业园”"),
 ],
 companies=[
  comp("广西畔森", None, B2, opt=True, note="只在项目名中；落户两园之一，未分"),
  comp("闽佳木业", None, B3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("桂中林业产业园中高端木地板精细加工基地项目一期二区", LY, B2, phase="一期二区", status="开工", status_text="集中开工", note="园区按项目名记"),
  proj("广西畔森年产18万立方米高端家具板", None, B2, companies=["广西畔森"], status="开工", status_text="集中开工", note="落户鹿寨经济开发区或桂中林业园，文中未分"),
  proj("15万平方米全屋家具定制", None, B2, status="开工", status_text="集中开工", note="同上"),
  proj("闽佳木业年产19万立方米胶合板", None, B3, companies=["闽佳木业"], status="竣工", status_text="竣工项目", note="园区未说"),
  proj("G323鹿寨经平山至柳城公路(鹿寨段)", None, B3, status="竣工", status_text="竣工项目", opt=True, note="公路，非园区项目"),
 ],
 aggregate_facts=[
  fact("鹿寨县", "region", "projects_started_or_completed", 33, "count", B1, AS2),
  fact("鹿寨县", "region", "projects_total_investment_cny", 5.852e9, "cny", B1, AS2, chk=True),
  fact("鹿寨县", "region", "projects_started", 21, "count", B2, AS2, note="均为工业项目，落户鹿寨经济开发区和桂中林业园"),
  fact("鹿寨县", "region", "projects_started_investment_cny", 5.158e9, "cny", "等21项,总投资51.58亿元", AS2, chk=True),
  fact("鹿寨县", "region", "projects_completed", 12, "count", B3, AS2),
  fact("鹿寨县", "region", "projects_completed_investment_cny", 6.94e8, "cny", "等12项,总投资6.94亿元", AS2, chk=True),
 ])

# ---------------------------------------------------------------- nf03 天柱工业园区 (新华社 photo item, djxww 2023)
TZ = "天柱工业园区"
C1 = "目前,天柱工业园区落地企业已有104家,完成规模工业总产值14.5亿元"
G["nf03"] = dict(
 article=art("（无标题）贵州天柱：工业园区落地企业104家", "新华社（记者 杨文斌 摄），载于 m.djxww.com（编辑 李劼）", "2023-03-02", "day",
  "News-agency photo story relayed by a local site, Guizhou: a county's industrial drive — a county industrial park's firms landed and scale output, with captions of workers in the park's auto-parts, chemical, garment and glass firms",
  "http://m.djxww.com/xiaoshou/zonghe/2023/0302/131325.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2023/0302，照片摄于2月28日。导语一段加七条图片说明，完整；“(相关资料图)”与“来源 新华社 / 编辑 / 二审 / 三审”行已删。园区：天柱工业园区（图片说明作“贵州省天柱工业园区”，列 alias；黔东南州天柱县，贵州）。企业均未具名（汽车零配件、化工、服饰、玻璃企业），不列。事实：落地企业104家（“目前…已有”，cumulative）；规模工业总产值14.5亿元（期间未说，as_of 记“截至2023年初（期间未注明）”）。",
  "nf03"),
 parks=[
  park(TZ, "黔东南", "贵州", "工业园区", C1, district="天柱县", aliases=["贵州省天柱工业园区"]),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(TZ, "park", "firms", 104, "count", C1, "2023年3月", kind="cumulative", note="落地企业"),
  fact(TZ, "park", "scale_industrial_output_cny", 1.45e9, "cny", "完成规模工业总产值14.5亿元", "截至2023年初（期间未注明）", chk=True),
 ])

# ---------------------------------------------------------------- nf04 道真 巴渔 food park (贵州日报 2023)
BY = "巴渔工业园区"
BS = "道真巴渔食品科技产业园"
D0 = "道真自治县巴渔工业园区贵州双冠食品有限公司,机器飞转,机声轰隆"
D1 = "2021年,贵州双冠食品有限公司通过招商引资入驻道真巴渔食品科技产业园,2022年三月份正式投产,当年产值就达到8000万元"
D2 = "先后引进双冠、鑫蜀天、闲爽等食品企业25家,其中规上4家,规上1至8月产值达1.32亿元,同比增速达41.9%,占园区规上企业总产值的26%"
G["nf04"] = dict(
 article=art("打造“舌尖”上的产业集群", "贵州日报（隆州军），数字报 szb.eyesnews.cn", "2023-09-23", "day",
  "Provincial daily's e-paper, Guizhou: a county's food-processing cluster in its industrial park — a firm that entered the food park, started production, its output and expected output, a neighbouring firm, the county's food firms attracted, above-scale count, Jan–Aug output, growth and share of the park's output",
  "http://szb.eyesnews.cn/pc/cont/202309/23/content_105144.html",
  "日期取网址 202309/23 与页尾“2023-09-23 … 贵州日报”。标题照录；报头行与页尾元数据行已删。正文五段，完整，署名“(隆州军)”在末段尾，保留。园区：巴渔工业园区（文中作“道真自治县巴渔工业园区”，列 alias；遵义市道真仡佬族苗族自治县，贵州）；道真巴渔食品科技产业园（双冠入驻处；母园区推定为巴渔工业园区）。公司：贵州双冠食品有限公司（2021年入驻食品科技产业园，2022年3月投产；文中又作“双冠”）；鑫蜀天食品有限公司（“与双冠一路之隔”，园区由语境推定为巴渔工业园区）；闲爽（只作简称，可选）。无具名项目（双冠入驻与投产记于公司，不另立项目）。事实：双冠2022年产值8000万元、今年预计产值突破1.2亿元（target，超）；道真引进食品企业25家、规上4家、规上1至8月产值1.32亿元、增速41.9%、占园区规上企业总产值26%（subject 记道真自治县，region；“占园区…”份额可选）。",
  "nf04"),
 parks=[
  park(BY, "遵义", "贵州", "工业园区", D0, district="道真自治县", aliases=["道真自治县巴渔工业园区"], note="文中又作“园区”"),
  park(BS, "遵义", "贵州", "产业园（食品）", D1, district="道真自治县", parent=BY, note="母园区由语境推定"),
 ],
 companies=[
  comp("贵州双冠食品有限公司", BS, D1, aliases=["双冠"], note="2021年入驻，2022年3月正式投产；又见“道真自治县巴渔工业园区贵州双冠食品有限公司”"),
  comp("鑫蜀天食品有限公司", BY, "与双冠一路之隔的鑫蜀天食品有限公司,也是忙得不亦乐乎", aliases=["鑫蜀天"], note="园区由“一路之隔”推定"),
  comp("闲爽", None, D2, opt=True, note="只作简称；引进的食品企业之一"),
 ],
 projects=[],
 aggregate_facts=[
  fact("贵州双冠食品有限公司", "company", "annual_output_cny", 8e7, "cny", "当年产值就达到8000万元", "2022年", chk=True),
  fact("贵州双冠食品有限公司", "company", "expected_annual_output_cny", 1.2e8, "cny", "今年新增加了一条生产线,预计产值突破1.2亿元", "2023年全年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact("贵州双冠食品有限公司", "company", "workers", 140, "count", "我们的成品车间有140多名工人", "2023年9月", qual="余", qtext="多", opt=True, note="成品车间工人"),
  fact("道真自治县", "region", "food_firms_attracted", 25, "count", D2, "2023年9月", kind="cumulative"),
  fact("道真自治县", "region", "food_above_scale_firms", 4, "count", D2, "2023年9月"),
  fact("道真自治县", "region", "food_above_scale_output_cny", 1.32e8, "cny", "规上1至8月产值达1.32亿元,同比增速达41.9%", "2023年1–8月", kind="cumulative", chk=True),
  fact("道真自治县", "region", "food_above_scale_output_yoy_growth", 0.419, "ratio", D2, "2023年1–8月", kind="ratio"),
  fact("道真自治县", "region", "food_share_of_park_above_scale_output", 0.26, "ratio", D2, "2023年1–8月", kind="ratio", opt=True, note="占巴渔园区规上企业总产值"),
 ])

# ---------------------------------------------------------------- nf05 广南县产业园区 (文山网 2023)
GN = "广南县产业园区"
E0 = "今年前三季度,广南县产业园区实现地区生产总值130876万元,同比增长366.88%"
E1 = "在广南县产业园区莲城片区云南云之香米业有限公司大米生产车间,机器不停运转"
E2 = "云南云之香米业有限公司办公室工作人员吴欢说:“公司今年运营良好,1至9月收购稻谷1.1万吨,生产大米1万多吨,实现销售额6600多万元。”"
E3 = "而云南源丰泰鞋业有限公司是广南县产业园区里平均日产30万双鞋子的一家大型鞋服企业"
E4 = "1至10月份生产了300万双鞋子,今年计划生产360万双,明年的生产计划是400万双,目前销售额已达到2亿元"
G["nf05"] = dict(
 article=art("拼经济 文山在行动丨广南县将“园区经济”打造成引领全县经济发展的“主引擎”", "文山网（wsnews.com.cn 广南频道，“文网讯”；署名存段未示）", "2023-11-22", "day",
  "Prefecture news portal's county channel, Yunnan: a county industrial park as the county's growth engine — the park's GDP for three quarters and growth, a rice mill in one of its zones with purchases and sales, a shoe-maker's daily output and workforce, another shoe-maker's output, plan and sales",
  "https://gn.wsnews.com.cn/gn_jj/p/296445.html",
  "日期取页面“发布时间:2023-11-22 16:24:31”（该行已删）。标题照录（含栏目前缀“拼经济 文山在行动丨”）。存段末段“据了解,近年来,广南县抢抓…构建“一园二片四区块”总体布局,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…目前销售额已达到2亿元。”，共七段。园区：广南县产业园区（文山州广南县，云南）；莲城片区列可选园区（母园区广南县产业园区）。公司：云南云之香米业有限公司（园区莲城片区）；云南源丰泰鞋业有限公司（“广南县产业园区里…”）；云南协丰泰鞋业有限公司（同段语境中的鞋企，园区推定；与“源丰泰”或为同一企业，文中写法不同，照录分列）。事实：园区前三季度地区生产总值130876万元、增长366.88%（ratio 3.6688）；云之香1至9月销售额6600多万元（余）、收购稻谷1.1万吨（可选）；源丰泰日产30万双、工人1100多名（可选）；协丰泰1至10月产鞋300万双、今年计划360万双（target）、销售额2亿元。",
  "nf05"),
 parks=[
  park(GN, "文山", "云南", "产业园区", E0, district="广南县"),
  park("莲城片区", "文山", "云南", "园区片区", E1, district="广南县", parent=GN, opt=True, note="只作“广南县产业园区莲城片区”"),
 ],
 companies=[
  comp("云南云之香米业有限公司", GN, E1, note="位于园区莲城片区"),
  comp("云南源丰泰鞋业有限公司", GN, E3),
  comp("云南协丰泰鞋业有限公司", GN, "云南协丰泰鞋业有限公司生产副总经理晏青梅说", note="园区由语境推定；或与源丰泰为同一企业"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GN, "park", "gdp_cny", 1.30876e9, "cny", E0, "2023年前三季度", kind="cumulative", chk=True),
  fact(GN, "park", "gdp_yoy_growth", 3.6688, "ratio", E0, "2023年前三季度", kind="ratio"),
  fact("云南云之香米业有限公司", "company", "sales_wan_yuan", 6600, "10k cny", "实现销售额6600多万元", "2023年1–9月", kind="cumulative", qual="余", qtext="多", note="“6600多万元”：数字带“多”，不作 *_cny（金额解析不到），以万元计"),
  fact("云南云之香米业有限公司", "company", "paddy_purchased_t", 11000, "t", E2, "2023年1–9月", kind="cumulative", opt=True),
  fact("云南源丰泰鞋业有限公司", "company", "daily_output_pairs", 300000, "pairs", E3, "2023年", opt=True),
  fact("云南源丰泰鞋业有限公司", "company", "workers", 1100, "count", "1100多名工人正在有条不紊地操作着设备", "2023年11月", qual="余", qtext="多", opt=True),
  fact("云南协丰泰鞋业有限公司", "company", "output_pairs", 3000000, "pairs", E4, "2023年1–10月", kind="cumulative", opt=True),
  fact("云南协丰泰鞋业有限公司", "company", "planned_output_pairs", 3600000, "pairs", E4, "2023年全年（计划）", kind="target", opt=True),
  fact("云南协丰泰鞋业有限公司", "company", "sales_cny", 2e8, "cny", "目前销售额已达到2亿元", "2023年（截至11月）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- nf06 平南 纺织服装时尚新区 (平南县融媒体中心 via 新华网 2024)
FZ = "中国(贵港)纺织服装时尚新区"
DC = "大成园区"
F0 = "坐落在平南南站不远的中国(贵港)纺织服装时尚新区大成园区,为平南县工业产业转型升级提供了澎湃动能"
F1 = "目前中国(贵港)纺织服装时尚新区已累计引进产业转移企业259家,总投资额达约345亿元,实现开工建设108家:其中在建项目49个、竣工投产(试产)项目59个,上规入统11家"
AS6 = "2024年9月"
G["nf06"] = dict(
 article=art("平南:立足本地优势  促进工业经济高质量发展", "平南县融媒体中心，载于新华网广西频道“政务信息推广”（存段为 bksassociates.com 镜像页）", "2024-09-21", "day",
  "County media centre's item on a national news portal's provincial channel (stored as a mirror copy), Guangxi: a county's industrial clusters — photo captions naming five firms, a city-level textile and fashion zone and its county park with firms attracted, investment, firms started, projects under construction and in production, above-scale firms",
  "http://bksassociates.com/20240921/379f6be6171949e7a1ded3accd2e4a3c/c.html",
  "日期取页面“2024 09/21 13:02:16 来源:平南县融媒体中心”（已删）。存段为新华网页面的镜像（原新华网网址存段未示），URL 记镜像地址。标题照录（页面标题行“…-新华网”与导航、来源、“字体:”行已删）。五条图片说明保留为段。存段末段在“将其打”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…发展碳酸钙产业。”，共九段。园区：中国(贵港)纺织服装时尚新区（贵港市，广西；平南县部分）；大成园区（“中国(贵港)纺织服装时尚新区大成园区”，在平南，parent 记新区）。公司：广西中健运动休闲服饰有限公司、贵港市诺兰服饰有限公司（图片说明置于新区）；保利高塑胶制品(广西)有限公司、广西平南丽森环保材料有限公司（只在图片说明，园区未说，可选，park null）。无具名项目。事实（新区，“已累计”→cumulative）：引进产业转移企业259家、总投资额约345亿元（约）、开工建设108家、在建项目49个、竣工投产(试产)项目59个、上规入统11家。",
  "nf06"),
 parks=[
  park(FZ, "贵港", "广西", "纺织服装产业新区", F1, district="平南县", note="贵港市设立；文中作“中国(贵港)纺织服装时尚新区”"),
  park(DC, "贵港", "广西", "园区", F0, district="平南县", parent=FZ, note="“中国(贵港)纺织服装时尚新区大成园区”，在平南南站附近"),
 ],
 companies=[
  comp("广西中健运动休闲服饰有限公司", FZ, "位于中国(贵港)纺织服装时尚新区的广西中健运动休闲服饰有限公司"),
  comp("贵港市诺兰服饰有限公司", FZ, "一辆牵引车停在中国(贵港)纺织服装时尚新区贵港市诺兰服饰有限公司仓库前"),
  comp("保利高塑胶制品(广西)有限公司", None, "保利高塑胶制品(广西)有限公司厂区内,大货车上的集装箱正在装载货物", opt=True, note="只在图片说明"),
  comp("广西平南丽森环保材料有限公司", None, "广西平南丽森环保材料有限公司是平南县的规上木业企业", opt=True, note="平南县规上木业企业；园区未说"),
 ],
 projects=[],
 aggregate_facts=[
  fact(FZ, "park", "firms_attracted", 259, "count", F1, AS6, kind="cumulative", note="产业转移企业"),
  fact(FZ, "park", "firms_total_investment_cny", 3.45e10, "cny", "总投资额达约345亿元", AS6, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(FZ, "park", "firms_started_construction", 108, "count", F1, AS6, kind="cumulative"),
  fact(FZ, "park", "projects_under_construction", 49, "count", F1, AS6),
  fact(FZ, "park", "projects_in_production", 59, "count", F1, AS6, kind="cumulative", note="竣工投产(试产)"),
  fact(FZ, "park", "above_scale_firms", 11, "count", F1, AS6, kind="cumulative", note="上规入统"),
 ])
