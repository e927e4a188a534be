# real227 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a city or county is not a park).
# Status from the text's words (签约 / 正式签约 → 签约; 已经建成投产 / 点火运行 → 投产; 设备调试、争取年底生产 → 在建;
# “在建和规划的…其余项目前期准备工作正在稳步开展” → planned). Targets (“根据规划,5年内…达到”) are kind target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/trNN.raw as returned.

# ---------------------------------------------------------------- tr01 2010保定·中国电谷推介会 (中新网 2010)
BD = "保定高新区"
A0 = "记者从河北省保定市高新技术开发区获悉,由河北省政府主办的“2010保定• 中国电谷推介会”25日在香港举行"
A1 = "“中国电谷”此次推介会项目备受追捧,共签约19项,总投资266.76亿元人民币,利用外资1.3亿美元"
A2 = "推介会上,英利能源(中国)有限公司对外发布的“熊猫计划”项目备受瞩目"
A3 = "该公司将于2010年在保定高新区建设年产能为300兆瓦的“熊猫”单晶硅光伏电池完整产业链生产线"
A4 = "另外,飞轮储能电力设备项目、风电设备及系统技术国家重点实验室项目、世界领先水平的薄膜光伏产业化研发中心项目等也备受关注"
ASA = "2010年3月25日（推介会）"
G["tr01"] = dict(
 article=art("（无标题）2010保定·中国电谷推介会在香港举行 签约19项 总投资266.76亿元 英利“熊猫计划”落户保定高新区", "中国新闻网（中新网石家庄3月25日电，记者 高新国），chinanews.com.cn", "2010-03-25", "day",
  "National news agency's wire from Hebei: a city's new-energy promotion meeting in Hong Kong with its signings (count, total, foreign capital), one listed firm's flagship project to be built in the high-tech zone, other projects noted, the city's new-energy industry base and solar applications",
  "http://chinanews.com.cn/ny/news/2010/03-25/2191003.shtml",
  "日期取电头“中新网石家庄3月25日电”与网址 2010/03-25。存段无标题行（title 为编者概括），正文从电头起；页末版权行“Copyright ©1999-2024 chinanews.com…”已删。正文五段，至“(完)”，完整。园区：保定高新区（文中又作“河北省保定市高新技术开发区”；保定，河北；国家级高新区，文中未明说级别，kind 记“高新技术开发区”）。“中国电谷”为保定市以高新区为核心的新能源产业基地品牌（“保定作为‘中国电谷’”），列可选园区。公司：英利能源(中国)有限公司（“熊猫计划”发布方，将在保定高新区建线，园区记保定高新区；“英利集团”为其集团称谓，列 alias）。项目：“熊猫计划”项目——年产能300兆瓦“熊猫”单晶硅光伏电池完整产业链生产线，“将于2010年在保定高新区建设”→ planned（作为推介会签约项目的代表，status_alt 签约）；飞轮储能电力设备项目、风电设备及系统技术国家重点实验室项目、薄膜光伏产业化研发中心项目“也备受关注”，文中未说签约或地点，status 与 park 皆空。事实：推介会签约19项、总投资266.76亿元、利用外资1.3亿美元（主语“中国电谷”推介会，记 region）。保定市太阳能应用改造比例与节电减排为城市事实，不列。",
  "tr01"),
 parks=[
  park(BD, "保定", "河北", "高新技术开发区", A3, aliases=["保定市高新技术开发区"], note="文中又作“河北省保定市高新技术开发区”"),
  park("中国电谷", "保定", "河北", "新能源产业基地（品牌）", A1, opt=True, note="“保定·中国电谷”，保定市新能源产业基地的名号；非法定园区名"),
 ],
 companies=[
  comp("英利能源(中国)有限公司", BD, A2, aliases=["英利集团"], note="“熊猫计划”发布方；将在保定高新区建设生产线"),
 ],
 institutions=[
  inst("河北省政府", A0, note="推介会主办方"),
 ],
 projects=[
  proj("“熊猫计划”项目", BD, A3, companies=["英利能源(中国)有限公司"], status="planned", status_text="将于2010年在保定高新区建设",
       aliases=["熊猫计划", "年产能为300兆瓦的“熊猫”单晶硅光伏电池完整产业链生产线"], status_alt="签约",
       note="推介会签约项目的代表（“以英利集团亮出的‘熊猫计划’项目为代表”）；年产能300兆瓦"),
  proj("飞轮储能电力设备项目", None, A4, note="推介会上“备受关注”；签约与地点文中未说"),
  proj("风电设备及系统技术国家重点实验室项目", None, A4, note="同上"),
  proj("薄膜光伏产业化研发中心项目", None, A4, aliases=["世界领先水平的薄膜光伏产业化研发中心项目"], note="同上"),
 ],
 aggregate_facts=[
  fact("中国电谷", "region", "projects_signed", 19, "count", A1, ASA, note="保定·中国电谷推介会签约项目数"),
  fact("中国电谷", "region", "signed_investment_cny", 2.6676e10, "cny", "共签约19项,总投资266.76亿元人民币", ASA, chk=True),
  fact("中国电谷", "region", "signed_fdi_usd", 1.3e8, "usd", "利用外资1.3亿美元", ASA),
  fact("“熊猫计划”项目", "project", "planned_capacity_mw", 300, "MW", A3, "2010年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tr02 吕梁高新技术产业开发区建设稳步推进 (商务部网站 via 新浪 2012)
LL = "吕梁高新技术产业开发区"
B0 = "确定把市府驻地离石区“吕梁高新技术产业开发区”作为全市转型跨越发展的重大标杆项目着力推进"
B1 = "“五分区”是指阳坡精细化工区、小神头新兴技术产业区、信义综合服务区、背石村仓储物流区、东城行政生活区、楼桥科研孵化区"
B2 = "目前开发区在建和规划的重点项目有8万吨煤矿成套设备项目、高端电缆集群项目、2×300MW级低热值煤热电联产项目,千万吨级高硫煤清洁利用多联产项目,500万吨新型焦化及后续深加工项目、天源物流项目以及吕梁低碳经济产业园项目等"
B3 = "目前8万吨煤矿成套设备项目已经建成投产,其余项目前期准备工作正在稳步开展"
B4 = "吕梁低碳经济产业园项目是2011年新规划项目,项目承载主体为山西绿色光电产业科学技术研究院有限公司,共占地1150亩,项目总投资50亿元"
PL = dict(status="planned", status_text="其余项目前期准备工作正在稳步开展")
G["tr02"] = dict(
 article=art("吕梁高新技术产业开发区建设稳步推进", "商务部网站（“来源: 商务部网站”），载于新浪财经 msn.finance.sina.com.cn", "2012-05-03", "day",
  "Ministry website item relayed by a portal's finance channel, Shanxi: a city's new high-tech zone in planning — its role, layout and sub-areas, the key projects under construction and planned (one in production), and a low-carbon industrial park project with its carrier firm, land and investment",
  "http://msn.finance.sina.com.cn/gdxw/20120503/0846878251.html",
  "日期取页面“2012-05-03 08:46”。标题照录；“http://msn.finance.sina.com.cn 2012-05-03 08:46 来源: 商务部网站”与首段粘连，已删（make_txt.py LINE_PREFIX）。存段在末句“项目全部完成后,年可实现产值1000”处中断，该残句已删（LINE_SUFFIX），正文截至“…把吕梁打造成山西腹地的科技硅谷。”，共四段。文中“我区”指离石区。园区：吕梁高新技术产业开发区（吕梁市离石区，山西；文中又作“开发区”；处于规划建设阶段，级别未说）。“五分区”所列六区（阳坡精细化工区等）为开发区内功能分区，列可选园区（parent 吕梁高新技术产业开发区）；吕梁低碳经济产业园为园区型项目，另列可选园区。项目（皆在开发区内）：8万吨煤矿成套设备项目（“已经建成投产”→投产）；高端电缆集群项目、2×300MW级低热值煤热电联产项目、千万吨级高硫煤清洁利用多联产项目、500万吨新型焦化及后续深加工项目、天源物流项目、吕梁低碳经济产业园项目（“其余项目前期准备工作正在稳步开展”→ planned）；吕梁低碳经济产业园项目总投资50亿元、占地1150亩，承载主体山西绿色光电产业科学技术研究院有限公司。“年可实现产值1000…”已随残句删去，不记。",
  "tr02"),
 parks=[
  park(LL, "吕梁", "山西", "高新技术产业开发区", B0, district="离石区", note="文中又作“开发区”；规划建设中"),
  park("阳坡精细化工区", "吕梁", "山西", "功能分区", B1, district="离石区", parent=LL, opt=True),
  park("小神头新兴技术产业区", "吕梁", "山西", "功能分区", B1, district="离石区", parent=LL, opt=True),
  park("信义综合服务区", "吕梁", "山西", "功能分区", B1, district="离石区", parent=LL, opt=True),
  park("背石村仓储物流区", "吕梁", "山西", "功能分区", B1, district="离石区", parent=LL, opt=True),
  park("东城行政生活区", "吕梁", "山西", "功能分区", B1, district="离石区", parent=LL, opt=True),
  park("楼桥科研孵化区", "吕梁", "山西", "功能分区", B1, district="离石区", parent=LL, opt=True),
  park("吕梁低碳经济产业园", "吕梁", "山西", "产业园（规划）", B4, district="离石区", parent=LL, opt=True, note="文中作“吕梁低碳经济产业园项目”；亦列为项目"),
 ],
 companies=[
  comp("山西绿色光电产业科学技术研究院有限公司", LL, B4, note="吕梁低碳经济产业园项目承载主体"),
 ],
 projects=[
  proj("8万吨煤矿成套设备项目", LL, B3, status="投产", status_text="已经建成投产"),
  proj("高端电缆集群项目", LL, B2, **PL),
  proj("2×300MW级低热值煤热电联产项目", LL, B2, **PL),
  proj("千万吨级高硫煤清洁利用多联产项目", LL, B2, **PL),
  proj("500万吨新型焦化及后续深加工项目", LL, B2, **PL),
  proj("天源物流项目", LL, B2, **PL),
  proj("吕梁低碳经济产业园项目", LL, B4, companies=["山西绿色光电产业科学技术研究院有限公司"], inv="项目总投资50亿元",
       status="planned", status_text="2011年新规划项目", note="占地1150亩；前期准备中"),
 ],
 aggregate_facts=[
  fact("吕梁低碳经济产业园项目", "project", "site_area_mu", 1150, "mu", B4, "2012年5月"),
 ])

# ---------------------------------------------------------------- tr03 曹妃甸国家级经济技术开发区获批 (报纸稿 via 曹妃甸热线论坛 2013)
CFD = "曹妃甸国家级经济技术开发区"
C0 = "本报石家庄讯 近日,国务院正式批准设立曹妃甸国家级经济技术开发区"
C1 = "至此,河北省已拥有国家级经济技术开发区5家,国家级高新技术开发区5家"
ASC = "2013年1月"
G["tr03"] = dict(
 article=art("（无标题）国务院批准设立曹妃甸国家级经济技术开发区 全国首个以新设方式设立的国家级开发区", "报纸稿（“本报石家庄讯”，报名未示），转载于曹妃甸热线论坛 187.cfd163.com", "2013-01-19", "day",
  "Newspaper item from Shijiazhuang reposted on a local forum, Hebei: State Council approval of a new national economic and technological development zone (the first set up new rather than upgraded), the province's count of national ETDZs and high-tech zones, the commerce department head's remarks",
  "http://187.cfd163.com/bbs/3736.html",
  "日期取论坛帖时间“Post By:2013/1/19 12:49:07”（原报刊发日不详，应在其前数日；国务院批复见报于2013年1月中旬）。存段无标题（title 为编者概括）；帖时间行与末行论坛客服广告（QQ、电话）已删。正文三段，完整（至“…辐射带动作用。”）。原报名未示（“本报石家庄讯”）。文中“金字招牌”第一次用半角引号（\"…\"），第二次用全角引号，照录。园区：曹妃甸国家级经济技术开发区（唐山，河北；新设）；“渤海新区”（沧州渤海新区）只作“两大增长极”之一提及，列可选园区。机构：国务院、河北省商务厅（可选）。事实：河北省国家级经济技术开发区5家、国家级高新技术开发区5家（主语河北省，region）。",
  "tr03"),
 parks=[
  park(CFD, "唐山", "河北", "国家级经济技术开发区", C0, note="国务院新设（非省级升级）"),
  park("渤海新区", "沧州", "河北", "新区", "打造曹妃甸和渤海新区两大增长极", opt=True, note="沧州渤海新区；只作增长极提及"),
 ],
 institutions=[
  inst("国务院", C0),
  inst("河北省商务厅", "记者从河北省商务厅获悉"),
 ],
 aggregate_facts=[
  fact("河北省", "region", "national_etdzs", 5, "count", C1, ASC),
  fact("河北省", "region", "national_hitech_zones", 5, "count", C1, ASC),
 ])

# ---------------------------------------------------------------- tr04 五年内河北高新区工业总产值或达8000亿 (中商情报网 via 中国产业网 2013)
HB = "河北省高新区"
D0 = "根据规划,5年内,全省高新区工业总产值达到8000亿元,高新技术产值达到5000亿元,研发经费占GDP的比重达到5%以上"
D1 = "目前,河北省共有石家庄、保定、唐山、燕郊、承德等5个国家级高新区和沧州、曹妃甸、开平、迁安、张家口西山、张家口东山等6个省级高新区"
D2 = "统计显示,2012年,河北省11个高新区实现高新技术产值1910亿元,高新技术产业增加值435亿元;研发经费占GDP比重为3.5%,是全省平均水平的4倍"
AST = "2013年起5年内（规划目标）"
NAT = "石家庄、保定、唐山、燕郊、承德等5个国家级高新区"
PRV = "沧州、曹妃甸、开平、迁安、张家口西山、张家口东山等6个省级高新区"
def hz(name, city, ev, kind, note):
    return park(name, city, "河北", kind, ev, opt=True, note=note)
G["tr04"] = dict(
 article=art("五年内河北高新区工业总产值或达8000亿", "中商情报网（来源），中国产业网 iincn.com 搜集整理", "2013-08-22", "day",
  "Industry-data site relaying a market-research news item, Hebei: the province's high-tech zones — a touring exhibition, five-year targets for output, high-tech output and R&D share, the list of national and provincial zones, 2012 high-tech output, value added and R&D share",
  "http://www.iincn.com/plus/view.php?aid=137086",
  "日期取页面“发布时间:2013-08-22 09:48”。标题照录；频道菜单、面包屑、“来源…发布时间…搜集整理…”行与页末“更多 / 扩展阅读 / 我来说两句…”已删。正文两段，完整。主语“全省高新区”“河北省11个高新区”记为 region「河北省高新区」。园区：文中只以城市名并列“石家庄、保定、唐山、燕郊、承德等5个国家级高新区”与“沧州、曹妃甸、开平、迁安、张家口西山、张家口东山等6个省级高新区”，各园区名按“城市名+高新区”补全，皆列可选（名称在文中不完整）。事实：5年内工业总产值8000亿元、高新技术产值5000亿元、研发经费占GDP比重5%以上（target；“以上”→超）；2012年11个高新区高新技术产值1910亿元、高新技术产业增加值435亿元、研发经费占GDP比重3.5%；国家级高新区5个、省级6个，国家级高新区总数全国第6。机构：河北省科技厅（可选）。",
  "tr04"),
 parks=[
  hz("石家庄高新区", "石家庄", D1, "国家级高新区", "文中只作“石家庄”"),
  hz("保定高新区", "保定", D1, "国家级高新区", "文中只作“保定”"),
  hz("唐山高新区", "唐山", D1, "国家级高新区", "文中只作“唐山”"),
  hz("燕郊高新区", "廊坊", D1, "国家级高新区", "文中只作“燕郊”（三河市燕郊）"),
  hz("承德高新区", "承德", D1, "国家级高新区", "文中只作“承德”"),
  hz("沧州高新区", "沧州", D1, "省级高新区", "文中只作“沧州”"),
  hz("曹妃甸高新区", "唐山", D1, "省级高新区", "文中只作“曹妃甸”"),
  hz("开平高新区", "唐山", D1, "省级高新区", "文中只作“开平”"),
  hz("迁安高新区", "唐山", D1, "省级高新区", "文中只作“迁安”"),
  hz("张家口西山高新区", "张家口", D1, "省级高新区", "文中只作“张家口西山”"),
  hz("张家口东山高新区", "张家口", D1, "省级高新区", "文中只作“张家口东山”"),
 ],
 institutions=[
  inst("河北省科技厅", "河北省科技厅近期统计显示"),
 ],
 aggregate_facts=[
  fact(HB, "region", "industrial_output_cny", 8e11, "cny", D0, AST, kind="target", chk=True, note="全省高新区工业总产值，5年目标"),
  fact(HB, "region", "high_tech_output_cny", 5e11, "cny", "高新技术产值达到5000亿元", AST, kind="target", chk=True),
  fact(HB, "region", "rd_spending_share_of_gdp", 0.05, "ratio", "研发经费占GDP的比重达到5%以上", AST, kind="target", qual="超", qtext="以上"),
  fact(HB, "region", "national_hitech_zones", 5, "count", D1, "2013年8月"),
  fact(HB, "region", "provincial_hitech_zones", 6, "count", D1, "2013年8月"),
  fact(HB, "region", "high_tech_output_cny", 1.91e11, "cny", D2, "2012年", chk=True, note="11个高新区合计"),
  fact(HB, "region", "high_tech_value_added_cny", 4.35e10, "cny", "高新技术产业增加值435亿元", "2012年", chk=True),
  fact(HB, "region", "rd_spending_share_of_gdp", 0.035, "ratio", "研发经费占GDP比重为3.5%,是全省平均水平的4倍", "2012年", kind="ratio"),
  fact(HB, "region", "high_tech_exhibits", 65, "count", "来自河北省各高新区的65件高技术展品让众多观众大开眼界", "2013年8月", opt=True),
 ])

# ---------------------------------------------------------------- tr05 冲刺四季度:石家庄全市重点项目建设力求“全年红” (baogaosu 2014)
SJZ = "石家庄高新区"
E0 = "与中博汽车的高大厂房相比,高新区东旭集团旭新光电玻璃基板的后加工车间显得有些拥挤"
E1 = "走进位于正定的中博新能源汽车项目的生产车间,宽敞、明亮的车间给人以震撼之感"
E2 = "另一条今年9月份刚刚点火运行,这条是旭新今年新建的第三条玻璃基板生产线"
E3 = "现在,大家正加班加点的进行设备调试,争取年底实现正式生产"
G["tr05"] = dict(
 article=art("冲刺四季度:石家庄全市重点项目建设力求“全年红”", "shijiazhuang.baogaosu.com（转载；原发媒体与署名未注明）", "2014-10-29", "day",
  "Local aggregator relaying a city news feature, Hebei: key projects in the fourth quarter — a new-energy bus maker's plant in a county nearly ready for production, a glass-substrate maker in the city's high-tech zone with a third line just fired up",
  "http://shijiazhuang.baogaosu.com/xinwen/%E7%9F%B3%E5%AE%B6%E5%BA%84%E5%85%A8%E5%B8%82%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E5%8A%9B%E6%B1%82%E5%85%A8%E5%B9%B4/25723894",
  "日期取页面“29.10.2014  21:38”。标题照录；日期行已删。存段在第五段“李炜告诉记者,现在国内玻璃基板市场是供不应求,…旭新正是要抓住这一商机,又投资9亿元建设了玻璃基板”处中断，该句已删（make_txt.py LINE_SUFFIX；9亿元随之删去，不记），正文截至“…才结束了国外垄断这一市场的局面。”，共五段。园区：文中只作“高新区”，在石家庄全市稿中指石家庄高新区，名称补全（alias“高新区”照录）。公司：东旭集团、旭新光电（文中又作“旭新”；东旭集团旗下，在高新区）；中博汽车（“中博新能源汽车项目”的企业，文中作“中博汽车”，位于正定，园区未说，park 空）。项目：中博新能源汽车项目（去年10月签约，两条组装线已完成，正进行设备调试、争取年底正式生产 → 在建；park 空）；旭新今年新建的第三条玻璃基板生产线（今年9月“点火运行”→投产；可选，项目名为编者概括）。无数量事实（车间尺寸、工位数不记）。",
  "tr05"),
 parks=[
  park(SJZ, "石家庄", "河北", "高新区", E0, aliases=["高新区"], note="文中只作“高新区”；名称补全"),
 ],
 companies=[
  comp("东旭集团", SJZ, E0, note="国内唯一拥有液晶/等离子玻璃基板全套技术的企业"),
  comp("旭新光电", SJZ, E0, aliases=["旭新"], note="东旭集团旗下；玻璃基板后加工车间在高新区"),
  comp("中博汽车", None, "与中博汽车的高大厂房相比", note="中博新能源汽车项目企业；位于正定，园区未说；董事长任利霞"),
 ],
 projects=[
  proj("中博新能源汽车项目", None, E1, companies=["中博汽车"], status="在建", status_text="正加班加点的进行设备调试,争取年底实现正式生产",
       note="去年10月签约；2条组装生产线已完成；位于正定（县，不作园区）"),
  proj("第三条玻璃基板生产线", SJZ, E2, companies=["旭新光电"], status="投产", status_text="今年9月份刚刚点火运行", opt=True,
       note="名称为编者概括（“旭新今年新建的第三条玻璃基板生产线”）"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- tr06 京津冀产业转移指南发布在即 (经济参考报 via 中国水泥网 2015)
F0 = "定州则有正大装备与五金制造基地、中铁-定州绿色城市商贸物流基地、电子商务产业园、数据中心等14个项目正式签约,总投资376.5亿元"
F1 = "衡水方面,共签约30个重点项目,总投资548.39亿元,项目涉及高效生态农业、原创数字音乐、手机游戏创意开发、高新科技综合产业园等"
ASF = "2015年5月（2015廊洽会）"
SG = dict(status="签约", status_text="正式签约")
G["tr06"] = dict(
 article=art("京津冀产业转移指南发布在即", "经济参考报（“《经济参考报》记者”），载于中国水泥网 ccement.com（编辑:周利群）", "2015-05", "month",
  "Trade site relaying a national economic paper, Hebei: a forthcoming guide for industrial transfer with industrial parks as platforms, and the signings of four Hebei cities at the 2015 Langfang trade fair (counts and totals), with named projects including two industrial-park projects",
  "https://ccement.com/news/content/7956097979149.html",
  "存段无日期行。日期推定：文中“2015中国·廊坊国际经济贸易洽谈会”“21日,为期四天的廊洽会落下帷幕”（2015年廊洽会5月18日—21日），又“近日,中央政治局会议审议通过《京津冀协同发展规划纲要》”（2015年4月30日），故记 2015-05（month，推定）。标题照录；页末“编辑:周利群 / 监督:… / 投稿:…”已删。正文四段，完整。本篇无具名园区：“重大产业基地和特色产业园区”为泛称；衡水的“高新科技综合产业园”与定州的“电子商务产业园”为签约项目，按项目记，另列可选园区。项目：定州“正大装备与五金制造基地、中铁-定州绿色城市商贸物流基地、电子商务产业园、数据中心等14个项目正式签约”→签约，park 空；衡水“高新科技综合产业园”（签约，可选）。事实：邯郸52个项目860亿元、涿州11个项目485.9亿元、衡水30个项目548.39亿元、定州14个项目376.5亿元（主语各市，region；廊洽会签约）。",
  "tr06"),
 parks=[
  park("电子商务产业园", "定州", "河北", "产业园（签约项目）", F0, opt=True, note="定州签约项目"),
  park("高新科技综合产业园", "衡水", "河北", "产业园（签约项目）", F1, opt=True, note="衡水签约项目领域之一"),
 ],
 projects=[
  proj("正大装备与五金制造基地", None, F0, **SG, note="定州签约"),
  proj("中铁-定州绿色城市商贸物流基地", None, F0, **SG, note="定州签约"),
  proj("电子商务产业园", None, F0, **SG, note="定州签约"),
  proj("数据中心", None, F0, **SG, opt=True, note="定州签约；名称泛称"),
  proj("高新科技综合产业园", None, F1, status="签约", status_text="共签约30个重点项目", opt=True, note="衡水签约项目所涉领域之一"),
 ],
 aggregate_facts=[
  fact("邯郸市", "region", "projects_signed", 52, "count", "邯郸市共有52个项目成功签约,总投资860亿元", ASF),
  fact("邯郸市", "region", "signed_investment_cny", 8.6e10, "cny", "邯郸市共有52个项目成功签约,总投资860亿元", ASF, chk=True),
  fact("涿州市", "region", "projects_signed", 11, "count", "总投资达485.9亿元的涿州市有11个项目签约", ASF),
  fact("涿州市", "region", "signed_investment_cny", 4.859e10, "cny", "总投资达485.9亿元的涿州市有11个项目签约", ASF, chk=True),
  fact("衡水", "region", "projects_signed", 30, "count", F1, ASF),
  fact("衡水", "region", "signed_investment_cny", 5.4839e10, "cny", "共签约30个重点项目,总投资548.39亿元", ASF, chk=True),
  fact("定州", "region", "projects_signed", 14, "count", F0, ASF),
  fact("定州", "region", "signed_investment_cny", 3.765e10, "cny", "14个项目正式签约,总投资376.5亿元", ASF, chk=True),
 ])
