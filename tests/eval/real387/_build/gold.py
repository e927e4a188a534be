# real387 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written
# in the text; 约 → 约, 多/余 → 余, 以上/超 → 超 (qualifier_text keeps the word; “不低于” is no qualifier, kept in
# qualifier_text only). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it).
# Projects: the park the text places the project in, null if none (a county or district is not a park). Status from the
# text's words (开工建设 / 启动 → 开工; 封顶 / 正在加紧建设 / 建设进度 → 在建; 竣工并交付使用 → 竣工; 投入运营 → 投产); a
# future completion date alone gives no status. Expected figures (“计划”, “预计”, “可实现”, “投产后…”) are kind target;
# counts of firms that “已经…入驻” by now are cumulative; shares are ratios. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/nvNN.raw as returned.

# ---------------------------------------------------------------- nv01 长治高新区 平板电脑产业园 (长治日报 2019)
CZ = "长治高新区"
ZZ = "漳泽工业园"
PB = "平板电脑产业园"
A1 = "位于漳泽工业园的平板电脑产业园,占地166亩,建设标准化厂房20万平方米,主要用于生产平板电脑等产品及零部件"
A2 = "项目总投资15亿元,今年3月开工建设,预计年底完工,计划入驻企业50家以上"
A3 = "项目投产达效后,可实现年产值50亿元、利税6亿元,安排就业8000人"
AT = "平板电脑产业园建成投产后（预计）"
G["nv01"] = dict(
 article=art("长治高新区:平板电脑产业园项目——标准厂房为“媒”“结亲”高新企业", "长治日报，载于 yun.ce.cn（中国经济网“云”频道）", "2019-04-30", "day",
  "City daily on a national economic portal's regional channel, Shanxi: a high-tech zone's standard-factory park under construction — area, investment, planned tenants, expected output and jobs",
  "http://yun.ce.cn/yq/201904/30/t20190430_31982856.shtml",
  "日期取页面“2019-04-30 17:14 来源:长治日报”。标题照录；图片文件名“制造产业.jpg”与日期来源行已删。存段末段（引语“项目开工以来…预计今年年底完工。”后接“该项目投”中断）整段删去（make_txt.py ITEMS），正文截至“…安排就业8000人。”，共四段。园区：长治高新区（标题；正文作“高新区”“该区”；长治市，山西）；漳泽工业园（平板电脑产业园所在，母园区推定为长治高新区）；平板电脑产业园（标准厂房园区，既是园区也是项目，母园区漳泽工业园）。项目：平板电脑产业园（“项目总投资15亿元,今年3月开工建设”→开工，正在施工故 status_alt 在建）。计划入驻企业50家以上、年产值50亿元、利税6亿元、就业8000人均为预期（target）。",
  "nv01"),
 parks=[
  park(CZ, "长治", "山西", "高新区", "长治高新区:平板电脑产业园项目——标准厂房为“媒”“结亲”高新企业", note="标题；正文作“高新区”“该区”"),
  park(ZZ, "长治", "山西", "工业园", A1, parent=CZ, note="母园区由语境推定"),
  park(PB, "长治", "山西", "产业园", A1, parent=ZZ, note="标准化厂房园区，同时是项目"),
 ],
 companies=[],
 projects=[
  proj("平板电脑产业园项目", ZZ, A2, inv="项目总投资15亿元", status="开工", status_text="今年3月开工建设", status_alt="在建",
       aliases=["平板电脑产业园"], note="标题作“平板电脑产业园项目”；位于漳泽工业园（长治高新区）；预计年底完工"),
 ],
 aggregate_facts=[
  fact(PB, "park", "standard_factory_floor_area_m2", 2e5, "m2", A1, "2019年（在建）"),
  fact(PB, "park", "land_area_mu", 166, "mu", A1, "2019年", opt=True),
  fact(PB, "park", "planned_firms", 50, "count", A2, AT, kind="target", qual="超", qtext="以上"),
  fact(PB, "park", "expected_annual_output_cny", 5e9, "cny", A3, AT, kind="target", chk=True),
  fact(PB, "park", "expected_profit_tax_cny", 6e8, "cny", "利税6亿元", AT, kind="target", chk=True),
  fact(PB, "park", "expected_jobs", 8000, "count", A3, AT, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nv02 中熙产业园 (泉州, 2015-01)
ZX = "中熙产业园"
B1 = "据了解,中熙产业园标准厂房项目占地面积109亩,总建筑面积20万平方米,投资约3.5亿元,共有标准厂房15栋"
B2 = "产业园一期工程已于2014年6月竣工并交付使用,目前,已经有食品、电子、电动车等12家企业进驻,完成招商率95%"
B3 = "位于张坂镇的中熙产业园一期已经基本完成招商工作,二期工程也已进入收尾阶段,预计春节前竣工并进入招商阶段"
G["nv02"] = dict(
 article=art("（无标题）中熙产业园 作为省重点建设项目…", "东南网泉州频道（泉州台商投资区栏目，署名“杨婷婷 游怡冰 陈小阳 文/图”），载于 hyyz888.com（镜像页）", "2015-01", "month",
  "Regional news portal's district channel (mirror copy), Fujian: a standard-factory park — phase 1 delivered and 95% let to 12 firms, phase 2 nearly finished; area and investment",
  "https://hyyz888.com/qz/2015-01/12/../07/content_15516898.htm",
  "日期：存段无日期行；网址含 2015-01，页下“相关新闻”均为 2015-01-07，文中“预计春节前竣工”（2015年春节为2月19日），故记 2015-01（月）。存段无标题，正文为一行（各段以空格相连，照录为一段），开头“中熙产业园 ”疑为小标题，保留；末尾表格竖线“|”已删（LINE_SUFFIX），“相关新闻”列表已删。园区：中熙产业园（位于张坂镇；泉州，福建；张坂镇属泉州台商投资区，文中未写，不补）。项目：中熙产业园标准厂房项目（投资约3.5亿元，无总体状态）；一期工程（2014年6月竣工并交付使用→竣工）；二期工程（进入收尾阶段→在建）。事实：12家企业进驻（cumulative）、招商率95%（ratio）、总建筑面积20万平方米、标准厂房15栋。无企业名称。",
  "nv02"),
 parks=[
  park(ZX, "泉州", "福建", "产业园", B3, note="位于张坂镇（泉州台商投资区，文中未写）；省重点建设项目"),
 ],
 companies=[],
 projects=[
  proj("中熙产业园标准厂房项目", ZX, B1, inv="投资约3.5亿元", qual="约", qual_text="约", note="分两期建设；无总体状态"),
  proj("中熙产业园一期", ZX, B2, phase="一期", status="竣工", status_text="已于2014年6月竣工并交付使用", aliases=["产业园一期工程"],
       note="文中作“中熙产业园一期”“产业园一期工程”"),
  proj("中熙产业园二期工程", ZX, B3, phase="二期", status="在建", status_text="已进入收尾阶段", note="预计春节前竣工"),
 ],
 aggregate_facts=[
  fact(ZX, "park", "firms_entered", 12, "count", B2, "2015年1月", kind="cumulative"),
  fact(ZX, "park", "occupancy_rate", 0.95, "ratio", "完成招商率95%", "2015年1月（一期）", kind="ratio"),
  fact(ZX, "park", "floor_area_m2", 2e5, "m2", B1, "2015年1月（规划，两期）"),
  fact(ZX, "park", "standard_factory_buildings", 15, "count", B1, "2015年1月（两期）", opt=True),
  fact(ZX, "park", "land_area_mu", 109, "mu", B1, "2015年1月", opt=True),
 ])

# ---------------------------------------------------------------- nv03 鲤城高新区 科创中心 (福建日报 2023)
LC = "鲤城高新区"
C1 = "近日,随着最后一方混凝土浇筑完成,泉州市鲤城高新区科创中心项目全面封顶"
C2 = "作为省级重点项目,科创中心项目主要产业定位为光电子信息和新材料,用地面积123亩,总投资9亿元,涵盖标准厂房区、产业服务中心、科技育成中心、人才公寓和智慧园区管理平台等"
C3 = "2022年高新区实现规上工业产值429亿元"
G["nv03"] = dict(
 article=art("泉州市鲤城高新区:“工业上楼”引金凤", "福建日报，载于 meirong.mbahome.com（聚合站“独家”栏）", "2023-05-25", "day",
  "Provincial daily via an aggregator, Fujian: a district high-tech zone's multi-storey standard-factory centre topped out — investment, land, planned delivery; the zone's 2022 output",
  "http://meirong.mbahome.com/dujia/2023/0525/12415.html",
  "日期取页面“2023-05-25 13:15:38 福建日报”。标题行末聚合站附加的“ 时快讯”已删（HEAD_SUFFIX），面包屑、日期行、图片说明（“…陈晋杰 摄”）与“(资料图片仅供参考)”已删。存段在末段“于璐婷说,科创中心项目采用现代厂房前”处中断：该段引语及其残句一并删去（LINE_SUFFIX），正文截至“…向空间要效益。”，共六段。园区：鲤城高新区（文中又作“泉州市鲤城高新区”“高新区”；泉州市鲤城区，福建）。项目：鲤城高新区科创中心项目（全面封顶→在建；总投资9亿元；部分厂房将陆续交付使用）。机构：泉州市鲤城高新区管委会（可选）。事实：2022年规上工业产值429亿元（reported）。施工方负责人苏鸿亮所在单位未写名称。",
  "nv03"),
 parks=[
  park(LC, "泉州", "福建", "高新区", C1, district="鲤城区", aliases=["泉州市鲤城高新区"], note="文中又作“高新区”"),
 ],
 companies=[],
 institutions=[
  inst("泉州市鲤城高新区管委会", "泉州市鲤城高新区管委会副主任于璐婷告诉记者", park=LC),
 ],
 projects=[
  proj("鲤城高新区科创中心项目", LC, C2, inv="总投资9亿元", status="在建", status_text="全面封顶", aliases=["科创中心项目", "高新区科创中心项目"],
       note="首段作“泉州市鲤城高新区科创中心项目全面封顶”；省级重点项目，用地123亩；部分厂房将陆续交付使用"),
 ],
 aggregate_facts=[
  fact(LC, "park", "industrial_output_above_scale_cny", 4.29e10, "cny", C3, "2022年", chk=True),
 ])

# ---------------------------------------------------------------- nv04 温州(嘉定)科技创新园二期 (2024)
WJ = "温州(嘉定)科技创新园"
D1 = "该项目由温州市现代集团旗下温州现代锦华置业集团有限公司投资建设,总投资约9.5亿元"
D2 = "目前,园区已经吸引智能制造、生命健康、汽车零部件等领域共计30家企业入驻"
G["nv04"] = dict(
 article=art("（无标题）温州(嘉定)科技创新园二期项目预计本月底完工、9月交付", "chinazj.com.cn（温州新闻栏 wznews；原发媒体存段未示）", "2024-06-13", "day",
  "Local news site, Zhejiang city's “科创飞地” in Shanghai: an innovation park's phase 2 near completion — developer, investment, areas, delivery date; firms in phase 1",
  "http://chinazj.com.cn/wznews/45452.html",
  "日期取页面“2024-06-13 14:42:38”（文中“记者昨获悉”）。存段无标题（title 为编者概括），正文五段，完整。园区：温州(嘉定)科技创新园（位于上海嘉定新城；上海市嘉定区；温州市在沪“科创飞地”）。“上海嘉定新城”为新城区，不列园区。公司：温州现代锦华置业集团有限公司（投资建设方，园区外企业→park null）；温州市现代集团（母公司，可选）。项目：温州(嘉定)科技创新园二期项目（总投资约9.5亿元；主体与外立面基本完工，预计本月底完工、9月交付→在建）；一期（2019年12月投入运营→投产，可选）。事实：园区已吸引30家企业入驻（cumulative）；二期总建筑面积90544.22平方米。",
  "nv04"),
 parks=[
  park(WJ, "上海", "上海", "科技园", "位于上海嘉定新城的温州(嘉定)科技创新园二期项目", district="嘉定区", note="温州与嘉定共建的“科创飞地”"),
 ],
 companies=[
  comp("温州现代锦华置业集团有限公司", None, D1, note="投资建设方，温州企业"),
  comp("温州市现代集团", None, D1, opt=True, note="母公司"),
 ],
 projects=[
  proj("温州(嘉定)科技创新园二期项目", WJ, D1, inv="总投资约9.5亿元", qual="约", qual_text="约", phase="二期",
       status="在建", status_text="预计将于本月底完工", companies=["温州现代锦华置业集团有限公司"], aliases=["二期项目"],
       note="证据为投资句（“该项目”指首段的二期项目）；主体结构及外立面基本完工，预计本月底完工、9月交付"),
  proj("温州(嘉定)科技创新园一期", WJ, "2019年12月,温州(嘉定)科技创新园一期投入运营", phase="一期", status="投产", status_text="投入运营", opt=True),
 ],
 aggregate_facts=[
  fact(WJ, "park", "firms_entered", 30, "count", D2, "2024年6月", kind="cumulative"),
  fact(WJ, "park", "floor_area_m2", 90544.22, "m2", "总建筑面积90544.22平方米", "2024年6月（二期）", opt=True),
  fact(WJ, "park", "land_area_m2", 20070.7, "m2", "总用地面积20070.7平方米", "2024年6月（二期）", opt=True),
 ])

# ---------------------------------------------------------------- nv05 中国(项城)医护服产业示范园 (中国网 2024)
XC = "中国(项城)医护服产业示范园"
E1 = "自产业园投入使用以来,目前已经有16家服装企业入驻"
E2 = "目前,项目一期B、D区域建设进度已完成90%;园区展厅和企业咨询服务中心已经投入运行,D区已开始交付投入使用"
G["nv05"] = dict(
 article=art("河南项城市:中国(项城)医护服产业示范园迎来入驻热潮", "中国网（agri.china.com.cn；作者 邝佳琪 张俊霞，责任编辑 周相宇）", "2024-08-05", "day",
  "National news portal's agriculture channel, Henan: a county-level city's garment park — firms moved in, one named firm, phase 1 building progress and delivery, expected tenants",
  "http://agri.china.com.cn/2024-08/05/content_42888339.htm",
  "日期取页面“发布时间:2024-08-05 15:49:46 | 来源:中国网 | 作者:邝佳琪 张俊霞 | 责任编辑:周相宇”，该行粘在正文首行之前，已删（LINE_PREFIX）。标题照录。存段在末段“我们的宗旨是打造一个“专精特新”的企业特”处中断，该残句已删（LINE_SUFFIX），正文截至“…进行加强和补充。”，共五段。园区：中国(项城)医护服产业示范园（文中又作“医护服产业示范园”“产业园”“园区”；项城市（周口代管），河南）。公司：河南省俊亨服饰有限公司（首批落户园区）。项目：中国(项城)医护服产业示范园项目（一期B、D区建设进度90%→在建；D区已开始交付；二期在建）。事实：已入驻16家服装企业（cumulative）；预计年底入驻30家（target）；全部投产后可容纳100多家（target，可选）。",
  "nv05"),
 parks=[
  park(XC, "周口", "河南", "产业园", "中国(项城)医护服产业示范园项目通过科学的功能划分", district="项城市", aliases=["医护服产业示范园"]),
 ],
 companies=[
  comp("河南省俊亨服饰有限公司", XC, "河南省俊亨服饰有限公司是一家有着10多年生产经验的现代化服装经营企业", note="首批落户园区的服饰企业之一"),
 ],
 projects=[
  proj("中国(项城)医护服产业示范园项目", XC, E2, status="在建", status_text="建设进度已完成90%", phase="一期",
       note="证据为一期进度；D区已开始交付；二期正在建设"),
 ],
 aggregate_facts=[
  fact(XC, "park", "firms_entered", 16, "count", E1, "2024年8月", kind="cumulative"),
  fact(XC, "park", "firms_entered", 30, "count", "预计年底可入驻企业30家", "2024年末（预计）", kind="target"),
  fact(XC, "park", "firm_capacity", 100, "count", "待项目全部投产后,可容纳100多家企业", "项目全部投产后（预计）", kind="target", qual="余", qtext="多", opt=True),
  fact(XC, "park", "phase1_construction_progress", 0.9, "ratio", E2, "2024年8月（一期B、D区）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- nv06 中国西部皮具产业园 (川南在线 / 自贡网 2022)
FS = "富顺晨光经开区"
PJ = "中国西部皮具产业园"
F1 = "近日,位于自贡市富顺晨光经开区的中国西部皮具产业园项目建设现场塔吊林立、机器轰鸣"
F2 = "项目总投资7.5亿元,占地143亩,产业园以箱包、皮具、新材料生产和加工等制造业为龙头"
G["nv06"] = dict(
 article=art("（无标题）富顺晨光经开区中国西部皮具产业园项目建设", "川南在线（chuannan.net；来源 自贡网，编辑 肖昂）", "2022-10-23", "day",
  "Regional news site relaying a city portal, Sichuan: a leather-goods park's factory buildings in a county development zone — buildings done and under way, investment, expected output and jobs by year",
  "https://www.chuannan.net/chengshi/37712.html",
  "日期取页面“川南在线 发布时间:2022-10-23”。存段无标题（title 为编者概括）；图片说明“中国西部皮具产业园”、编辑行与公众号提示已删；“(来源:自贡网)”在正文末，保留。正文完整，八段（第一年、第二年、第三年三行照页面各为一段）。园区：富顺晨光经开区（自贡市富顺县，四川）；中国西部皮具产业园（母园区富顺晨光经开区；既是园区也是项目）。项目：中国西部皮具产业园项目（总投资7.5亿元；已完成6栋单层厂房等、正在加紧建设→在建）。事实：投产后第一、二、三年年产值“不低于”2.5亿、4亿、6亿元（target；“不低于”不作限定词，记于 qualifier_text），就业岗位（可选）。施工方未写名称，无企业。",
  "nv06"),
 parks=[
  park(FS, "自贡", "四川", "经济开发区", F1, district="富顺县"),
  park(PJ, "自贡", "四川", "产业园", F1, district="富顺县", parent=FS, note="专业化皮具轻工智能制造产业基地；同时是项目"),
 ],
 companies=[],
 projects=[
  proj("中国西部皮具产业园项目", FS, F2, inv="项目总投资7.5亿元", status="在建", status_text="正在加紧进行4栋单层厂房及固废收集点建设",
       aliases=["中国西部皮具产业园"], note="名称见首段“中国西部皮具产业园项目建设现场”；已完成6栋单层厂房、3栋多层厂房等"),
 ],
 aggregate_facts=[
  fact(PJ, "park", "expected_annual_output_cny", 2.5e8, "cny", "该项目正式投产后的第一年,产业园年产值不低于2.5亿元", "投产后第一年（预计）", kind="target", qtext="不低于", chk=True),
  fact(PJ, "park", "expected_annual_output_cny", 4e8, "cny", "第二年,产业园年产值不低于4亿元", "投产后第二年（预计）", kind="target", qtext="不低于", chk=True),
  fact(PJ, "park", "expected_annual_output_cny", 6e8, "cny", "第三年,产业园年产值不低于6亿元", "投产后第三年（预计）", kind="target", qtext="不低于", chk=True),
  fact(PJ, "park", "expected_jobs", 500, "count", "提供就业岗位不低于500人", "投产后第一年（预计）", kind="target", qtext="不低于", opt=True),
  fact(PJ, "park", "expected_jobs", 1000, "count", "提供就业岗位不低于1000人", "投产后第三年（预计）", kind="target", qtext="不低于", opt=True),
  fact(PJ, "park", "land_area_mu", 143, "mu", F2, "2022年", opt=True),
 ])

# ---------------------------------------------------------------- nv07 雁江中和工业园标准厂房 (雁江之声 2020)
ZH = "中和工业园区"
YJ = "雁江工业集中发展区"
H1 = "“雁江区中和工业园区标准厂房建设占地总面积约90亩,分3期建设,总投资约2.5亿元。”"
H2 = "其中,一期投资1亿元,占地35亩,建筑面积约3.8万平方米,建设有标准厂房两栋及食堂、宿舍等,预计能入驻3家左右的电子企业"
H3 = "目前,已有深圳市众铭安科技有限公司、深圳市鑫创禧电子有限公司等多家企业有意愿入驻"
G["nv07"] = dict(
 article=art("雁江中和工业园标准厂房明年3月或投用", "雁江之声，载于 zy.xbxwccwqtv.com（“资阳快报”栏）", "2020-12-12", "day",
  "District news outlet via a regional site, Sichuan: a standard-factory project in an industrial park — investment, phases, phase 1 topped out and delivery date, firms intending to move in",
  "http://zy.xbxwccwqtv.com/html/xinwen/show-19570-1.html",
  "日期取页面“2020-12-12 17:13:35  来源:雁江之声”。标题照录；导航、栏目、日期行与“相关阅读”已删。正文五段，完整。园区：中和工业园区（文中作“中和工业园区”“雁江区中和工业园区”，标题作“雁江中和工业园”；资阳市雁江区，四川）；雁江工业集中发展区（只见于其管理委员会名称，可选；作中和工业园区母园区，推定）。公司：资阳市雁江建设投资集团有限公司（建设方，park null）；深圳市众铭安科技有限公司、深圳市鑫创禧电子有限公司（“有意愿入驻”，尚未入驻→可选，园区记中和工业园区）。项目：中和工业园区标准厂房建设项目（总投资约2.5亿元；今年初启动，一期主体完工、封顶→在建，status_alt 开工）；一期（投资1亿元，预计明年3月交付使用，可选）。",
  "nv07"),
 parks=[
  park(ZH, "资阳", "四川", "工业园区", "雁江区于今年初启动了中和工业园区标准厂房建设项目", district="雁江区", aliases=["雁江中和工业园"], parent=YJ,
       note="文中又作“雁江区中和工业园区”；母园区由语境推定"),
  park(YJ, "资阳", "四川", "工业集中发展区", "记者从雁江工业集中发展区管理委员会了解到", district="雁江区", opt=True, note="只见于管委会名称"),
 ],
 companies=[
  comp("资阳市雁江建设投资集团有限公司", None, "资阳市雁江建设投资集团有限公司现场负责人李炳超介绍到", note="建设方"),
  comp("深圳市众铭安科技有限公司", ZH, H3, opt=True, note="有意愿入驻"),
  comp("深圳市鑫创禧电子有限公司", ZH, H3, opt=True, note="有意愿入驻"),
 ],
 institutions=[
  inst("雁江工业集中发展区管理委员会", "记者从雁江工业集中发展区管理委员会了解到", park=YJ, note="文中又作“雁江工管委”"),
 ],
 projects=[
  proj("中和工业园区标准厂房建设项目", ZH, H1, inv="总投资约2.5亿元", qual="约", qual_text="约", status="在建", status_text="一期项目的主体施工已完成,上月全部封顶",
       status_alt="开工", aliases=["雁江区中和工业园区标准厂房建设"], companies=["资阳市雁江建设投资集团有限公司"],
       note="今年初启动；分3期；一期预计2021年3月交付使用"),
  proj("中和工业园区标准厂房建设项目一期", ZH, H2, inv="一期投资1亿元", phase="一期", status="在建", status_text="上月全部封顶", opt=True,
       note="名称为编者所加（文中作“一期”“一期项目”）"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "standard_factory_floor_area_m2", 3.8e4, "m2", H2, "2020年12月（一期）", qual="约", qtext="约", opt=True),
  fact(ZH, "park", "land_area_mu", 90, "mu", H1, "2020年12月（三期合计）", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- nv08 平阴标准厂房 / 产发集团 (济南时报 2018)
PY = "平阴工业园区"
CF = "济南产业发展投资集团有限公司"
K1 = "记者跟随济南产业发展投资集团有限公司(以下简称“产发集团”)走访其食品产业园、标准厂房、国贸电商产业园、高功率芯片产业园等项目得知,食品产业园项目明年年底前将建成投产"
K2 = "25日上午,在平阴县标准厂房安城片区项目现场,放眼望去,200多亩的土地上众多钢梁矗立,两栋被绿色防尘网覆盖的科研楼已建至地上3层"
K3 = "“规划建设9个标准厂房和8个科研楼,还未建成就全被预订了,可谓‘一房难求’。”平阴工业园区国土规划建设局局长张建立说"
G["nv08"] = dict(
 article=art("未建成即被预定,产发集团标准厂房供不应求食品产业园明年底将建成投产", "济南时报（照片 刘玉乐），载于 m.yybnet.net（济南·平阴栏）", "2018-12-27", "day",
  "City daily via a news aggregator, Shandong: a city investment group's projects — standard factories in a county industrial park all pre-booked before completion, a food park to be in production next year",
  "https://m.yybnet.net/jinan/pingyin/201812/8514402.html",
  "日期取页面“济南时报 2018-12-27 14:13”。标题照录（页面一行，两句间无空格）；日期行、两条图片说明与“本版照片均由记者刘玉乐 摄”已删。存段末段（引语后“张建立说,这种招商火爆的局面,多亏”中断）整段删去（make_txt.py ITEMS），正文截至“…元旦前就进厂。”，共五段（含小标题一段）。园区：平阴工业园区（只见于“平阴工业园区国土规划建设局”，标准厂房所在，推定；济南市平阴县，山东）。长清区、平阴县为区县，不列园区。公司：济南产业发展投资集团有限公司（简称“产发集团”，市属投资集团，park null）。项目：平阴县标准厂房安城片区项目（钢梁矗立、科研楼建至地上3层→在建；园区推定为平阴工业园区）；济南食品产业园项目（“明年年底前将建成投产”，无当前阶段词→status 空；长清区，无园区）；国贸电商产业园、高功率芯片产业园（只列名，可选）。事实：规划9个标准厂房、8个科研楼，已全被预订。",
  "nv08"),
 parks=[
  park(PY, "济南", "山东", "工业园区", K3, district="平阴县", note="只见于机构名“平阴工业园区国土规划建设局”"),
 ],
 companies=[
  comp(CF, None, K1, kind="enterprise", aliases=["产发集团"], note="市属投资集团，项目建设方"),
 ],
 institutions=[
  inst("平阴工业园区国土规划建设局", K3, park=PY),
 ],
 projects=[
  proj("平阴县标准厂房安城片区项目", PY, K2, status="在建", status_text="科研楼已建至地上3层", companies=[CF],
       note="园区由语境推定（平阴工业园区官员介绍）；规划9个标准厂房和8个科研楼，已全被预订"),
  proj("济南食品产业园项目", None, "今年8月,本报曾报道关注地处长清区的济南食品产业园项目建设进展情况", companies=[CF],
       status_text="明年年底前将建成投产", aliases=["食品产业园项目", "食品产业园"], note="位于长清区（区，不是园区）；预计2019年底建成投产"),
  proj("国贸电商产业园", None, K1, companies=[CF], opt=True, note="产发集团项目，只列名"),
  proj("高功率芯片产业园", None, K1, companies=[CF], opt=True, note="产发集团项目，只列名"),
 ],
 aggregate_facts=[
  fact(PY, "park", "standard_factories_planned", 9, "count", K3, "2018年12月（平阴县标准厂房安城片区）", kind="target"),
  fact(PY, "park", "research_buildings_planned", 8, "count", K3, "2018年12月（平阴县标准厂房安城片区）", kind="target", opt=True),
 ])
