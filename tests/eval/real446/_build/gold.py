# real446 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52). Conventions as real52:
# evidence verbatim; names as written; 超过/以上/突破/至少 → 超, 多/余 → 余, 约/近/接近 → 约 (qualifier_text keeps the word);
# yuan in investment_cny / *_cny facts; growth rates and shares as ratios; project park = the park the text places it in,
# null where only a county/city is named; status from the text's words; 预计 → target; 1至5月 / 累计 → cumulative.

# ---------------------------------------------------------------- kc01 柘荣 (福建日报 via 宁德网 2023)
ZY = "乍洋不锈钢产业园区"
K1a = "6月12日,柘荣县乍洋不锈钢产业园区,建华建材(宁德)有限公司投产"
K1b = "柘荣项目占地125亩,总投资5亿元"
K1c = "投产比预期提早了半年,可增加至少1.2亿元的产值"
K1d = "在与建华建材(宁德)有限公司一路之隔的宁德久联金属制品有限公司生产车间"
G["kc01"] = dict(
 article=art("柘荣:大项目舞起来 产业链活起来", "福建日报，载于 ndwww.cn（宁德网，“福建日报 |”栏目前缀）", "2023-06-19", "day",
  "Provincial daily relayed by the city news site, Fujian (宁德 柘荣): a building-materials maker's plant in a county stainless-steel park goes into production — investment, phase 1, site area, extra output; a neighbouring fastener firm",
  "http://ndwww.cn/xw/ndxw/2023/0619/258853.shtml",
  "日期取页面“2023-06-19 10:00 来源:福建日报”。标题行“福建日报 | 柘荣:…”去掉栏目前缀“福建日报 |”。首行“在柘荣县乍洋不锈钢产业园区,建华建材(宁德)有限公司的员工正在生产车间里忙碌。”为图片说明，已删。存段在末段引语“乍洋不锈钢产业园区靠近浙南地区,距上”处中断，该残句已删，正文截至“…一起来到柘荣。”。园区：乍洋不锈钢产业园区（又作“柘荣县乍洋不锈钢产业园区”；宁德市柘荣县）。项目：高端混凝土制品智能制造项目（文中又称“柘荣项目”），总投资5亿元（一期3亿元），投产（6月12日）。公司：建华建材(宁德)有限公司（在园）；宁德久联金属制品有限公司（与建华“一路之隔”，园区由语境推定）；建华建材集团（母公司，可选）。",
  "kc01"),
 parks=[park(ZY, "宁德", "福建", "产业园区（不锈钢）", K1a, district="柘荣县", aliases=["柘荣县乍洋不锈钢产业园区"])],
 companies=[
  comp("建华建材(宁德)有限公司", ZY, K1a),
  comp("宁德久联金属制品有限公司", ZY, K1d, note="与建华建材一路之隔；园区由语境推定"),
  comp("建华建材集团", None, "“建华建材集团是全国制造业龙头,自长三角到闽浙边与柘荣携手", opt=True, note="母公司"),
 ],
 projects=[
  proj("高端混凝土制品智能制造项目", ZY, K1b, companies=["建华建材(宁德)有限公司"], inv="总投资5亿元", status="投产", status_text="投产",
       aliases=["柘荣项目"], note="6月12日投产；一期投资3亿元；占地125亩"),
 ],
 aggregate_facts=[
  fact("高端混凝土制品智能制造项目", "project", "site_area_mu", 125, "mu", K1b, "2023年6月", opt=True),
  fact("高端混凝土制品智能制造项目", "project", "phase1_investment_cny", 3e8, "cny", "其中,一期投资3亿元", "2023年6月", opt=True, chk=True),
  fact("建华建材(宁德)有限公司", "company", "additional_output_cny", 1.2e8, "cny", K1c, "提前投产（预期）", kind="target", qual="超", qtext="至少", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- kc02 清流 (三明日报 via 清流县政府网 2025)
QL = "清流县氟新材料产业园"
K2a = "清流县氟新材料产业园特勤消防站项目是省重点项目,位于清流县温郊乡桐坑村福宝片区"
K2b = "清流县氟新材料产业园为特种园区,分金星片区、大路口片区和福宝片区,其中福宝片区目前入驻企业有高宝、永福、雅鑫、中欣氟材、氟化稀土等"
K2c = "今年,清流县共有省、市重点项目24个,总投资124.03亿元,年度计划投资40.85亿元"
K2d = "1至5月,累计完成投资18.3亿元,占年度投资计划的44.81%"
G["kc02"] = dict(
 article=art("清流:强化项目引领 扩大有效投资", "三明日报（页标“【三明日报】”；来源注“福建微清流”），载于清流县人民政府网 fjql.gov.cn", "2025-06-30", "day",
  "County government portal relaying the city daily, Fujian (三明 清流): a fire station project under construction in a fluorine new-materials park, the park's three areas and firms, the county's key-project counts and investment",
  "http://www.fjql.gov.cn/zwgk/qlyw/bdxw/202506/t20250630_2134829.htm",
  "日期取页面“日期:2025-06-30 08:35”。标题去掉页标前缀“【三明日报】”；日期来源行、“扫一扫…”“相关链接:”已删。正文五段，完整。园区：清流县氟新材料产业园（三明市清流县）；金星片区、大路口片区、福宝片区为其片区（可选，parent 记园区）。项目：特勤消防站（省重点项目，完成进度70%，预计10月竣工 → 在建）。公司：福宝片区入驻企业高宝、永福、雅鑫、中欣氟材、氟化稀土（简称照录；“氟化稀土”是否企业名存疑，可选）。事实：清流县（region）重点项目24个、总投资124.03亿元、年度计划40.85亿元（target）、1至5月完成18.3亿元（cumulative）、占年度计划44.81%（ratio）。",
  "kc02"),
 parks=[
  park(QL, "三明", "福建", "产业园（氟新材料，特种园区）", K2b, district="清流县"),
  park("福宝片区", "三明", "福建", "园区片区", K2a, district="清流县", parent=QL, opt=True),
  park("金星片区", "三明", "福建", "园区片区", K2b, district="清流县", parent=QL, opt=True),
  park("大路口片区", "三明", "福建", "园区片区", K2b, district="清流县", parent=QL, opt=True),
 ],
 companies=[
  comp("高宝", QL, K2b, note="福宝片区入驻企业（简称）"),
  comp("永福", QL, K2b, note="同上"),
  comp("雅鑫", QL, K2b, note="同上"),
  comp("中欣氟材", QL, K2b, note="同上"),
  comp("氟化稀土", QL, K2b, opt=True, note="列于入驻企业中；是否企业名存疑"),
 ],
 projects=[
  proj("清流县氟新材料产业园特勤消防站项目", QL, K2a, status="在建", status_text="已完成项目进度70%", note="省重点项目；预计10月竣工"),
 ],
 aggregate_facts=[
  fact("清流县", "region", "key_projects", 24, "count", K2c, "2025年"),
  fact("清流县", "region", "key_projects_total_investment_cny", 1.2403e10, "cny", "总投资124.03亿元,年度计划投资40.85亿元", "2025年", chk=True),
  fact("清流县", "region", "planned_annual_investment_cny", 4.085e9, "cny", "年度计划投资40.85亿元", "2025年（计划）", kind="target", chk=True),
  fact("清流县", "region", "key_projects_investment_completed_cny", 1.83e9, "cny", K2d, "2025年1–5月", kind="cumulative", chk=True),
  fact("清流县", "region", "annual_plan_completion_share", 0.4481, "ratio", K2d, "2025年1–5月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- kc03 福鼎 (中新网 2023, mirror copy)
LA = "龙安化工园区"
K3a = "该产业园是福鼎时代锂离子电池生产基地项目的上游企业,总投资约217亿元,分三期建设,位于福鼎市龙安化工园区"
K3b = "园区是福鼎市三个锂电新能源千亿产业园之一,产业定位以发展新能源新材料产业为主,总规划面积539公顷,共入驻企业62家,2023年总产值预计达200亿元"
K3c = "在福鼎市,福鼎时代锂离子电池生产基地项目于2021年1月启动建设,规划产能120GWh"
G["kc03"] = dict(
 article=art("福建稳经济观察:福建宁德新能源产业集聚发展", "中国新闻网（记者 吕巧琴 叶茂），转载于镜像页 103.52.134.50（页注“发布时间:2024-11-23”“来源: sp20241123”）", "2023-11-01", "day",
  "National news agency feature (mirror copy), Fujian (宁德 福鼎): a battery-materials park inside a chemical park — investment, phases; the chemical park's area, firms and expected output; a giant battery base started in 2021",
  "http://103.52.134.50/scripts/data.php?s5F=S.html",
  "日期取电头“中新网 宁德11月1日电”与文中“宁德市委市政府2023年第三季度工作检查活动”，定为2023-11-01；镜像页另标“发布时间:2024-11-23 22:30:18 来源: sp20241123”（转载/镜像时间，不取）。三条图片说明已删。存段在末段“‘3’即打造前岐—双岳锂电新能源产业园、龙安—店下省级化工园、佳阳”处中断，该残句已删。园区：龙安化工园区（福鼎市，宁德）；宁德邦普新材料产业园（位于龙安化工园区，parent）；前岐—双岳锂电新能源产业园只在残句中，已删不列。项目：宁德邦普新材料产业园（总投资约217亿元，分三期；文中未用状态词，status null）；福鼎时代锂离子电池生产基地项目（2021年1月启动建设 → 开工；只说“在福鼎市”，park null）。公司：宁德时代（可选）；鼎盛、邦普、凯欣、国泰（简称，可选）。",
  "kc03"),
 parks=[
  park(LA, "宁德", "福建", "化工园区", K3b, district="福鼎市", note="又作“福鼎市龙安化工园区”；锂电新能源千亿产业园之一"),
  park("宁德邦普新材料产业园", "宁德", "福建", "产业园（新材料）", K3a, district="福鼎市", parent=LA, note="“该产业园”"),
 ],
 companies=[
  comp("宁德时代", None, "是宁德时代迄今为止全球布局的最大单体项目", opt=True),
  comp("邦普", LA, "鼎盛、邦普、凯欣、国泰等一批产业链项目滚动接续", opt=True, note="简称；邦普新材料产业园"),
  comp("鼎盛", None, "鼎盛、邦普、凯欣、国泰等一批产业链项目滚动接续", opt=True),
  comp("凯欣", None, "鼎盛、邦普、凯欣、国泰等一批产业链项目滚动接续", opt=True),
  comp("国泰", None, "鼎盛、邦普、凯欣、国泰等一批产业链项目滚动接续", opt=True),
 ],
 projects=[
  proj("宁德邦普新材料产业园", LA, K3a, inv="总投资约217亿元", qual="约", qual_text="约", note="分三期建设；生产车间已运转，文中未用状态词"),
  proj("福鼎时代锂离子电池生产基地项目", None, K3c, companies=["宁德时代"], status="开工", status_text="启动建设",
       note="2021年1月启动建设；规划产能120GWh；只说在福鼎市"),
 ],
 aggregate_facts=[
  fact(LA, "park", "planned_area_ha", 539, "ha", K3b, "2023年11月"),
  fact(LA, "park", "firms", 62, "count", K3b, "2023年11月"),
  fact(LA, "park", "expected_annual_output_cny", 2e10, "cny", "2023年总产值预计达200亿元", "2023年全年（预计）", kind="target", chk=True),
  fact("福鼎时代锂离子电池生产基地项目", "project", "planned_capacity_gwh", 120, "GWh", K3c, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- kc04 福安 船舶 (中国新闻网 via jctrans 2008)
BM = "白马船舶工业园区"; WW = "湾坞船舶物流配套园区"; GX = "甘下船舶工业园区"
K4a = "“两岸三区”新规划指的就是赛江两岸的白马船舶工业园区、湾坞船舶物流配套园区和甘下船舶工业园区"
K4b = "以造船为主、修造结合的白马工业园区现已有船舶修造企业四家,船台总容量十二万五千吨"
K4c = "规划中建设八万吨级(兼容巴拿马十万载重吨)造船厂,总占地约二千八百亩,与新远、马头、东洋、东明、茂源、鹏远等船厂形成一个以造为主,兼修外轮的船舶工业小区"
G["kc04"] = dict(
 article=art("福建福安全力打造百亿船舶产业基地", "中国新闻网，转载于 jctrans.com（锦程物流网，“来源:中国新闻网”）", "2008-09-05", "day",
  "National news agency item relayed by a logistics portal, Fujian (宁德 福安): a county-level city's three shipbuilding parks under a new plan — firms, berth capacity, planned land and 2010 output targets",
  "http://info.jctrans.net/news/hyxw/200895683436.shtml",
  "日期取页面“2008-9-5 10:10:00 来源:中国新闻网”（早于本组角度的2012年，但在2008–2025范围内）。正文在存段中为一行（段落以空格相连），按一段保存。存段末句“此外,以发展大中型游艇…甘下船舶工业园区投资主体现也已明确”无句末标点，视为中断，已删，正文截至“…五十亿元。”。园区：白马船舶工业园区（文中又作“白马工业园区”）、湾坞船舶物流配套园区、甘下船舶工业园区（福安市，宁德）。金额用汉字（“五十亿元人民币”），check_gold 的数字解析不适用，故目标产值记 metric target_industrial_output（unit cny，非 *_cny 键名）。船厂简称（新远、马头…）与福建省白马船厂列可选公司。规划中的八万吨级造船厂为可选 planned 项目（无金额）。",
  "kc04"),
 parks=[
  park(BM, "宁德", "福建", "船舶工业园区", K4a, district="福安市", aliases=["白马工业园区"]),
  park(WW, "宁德", "福建", "船舶物流配套园区", K4a, district="福安市"),
  park(GX, "宁德", "福建", "船舶工业园区（游艇）", K4a, district="福安市"),
 ],
 companies=[
  comp("福建省白马船厂", BM, "规划中将在福建省白马船厂下游征地一千亩", opt=True),
  comp("新远", WW, K4c, opt=True, note="船厂简称"),
  comp("马头", WW, K4c, opt=True, note="船厂简称"),
  comp("东洋", WW, K4c, opt=True, note="船厂简称"),
  comp("东明", WW, K4c, opt=True, note="船厂简称"),
  comp("茂源", WW, K4c, opt=True, note="船厂简称"),
  comp("鹏远", WW, K4c, opt=True, note="船厂简称"),
 ],
 institutions=[inst("福安船舶行业协会", "福安船舶行业协会秘书长林小灵今日上午在此间透露", kind="association")],
 projects=[
  proj("八万吨级(兼容巴拿马十万载重吨)造船厂", WW, K4c, status="planned", status_text="规划中建设", opt=True, note="总占地约二千八百亩"),
 ],
 aggregate_facts=[
  fact(BM, "park", "shipbuilding_firms", 4, "count", K4b, "2008年9月"),
  fact(BM, "park", "berth_capacity_t", 125000, "t", K4b, "2008年9月", opt=True, note="十二万五千吨"),
  fact(BM, "park", "target_industrial_output", 5e9, "cny", "争取到二0一0年实现工业总产值五十亿元人民币", "2010年（目标）", kind="target", note="汉字金额"),
  fact(WW, "park", "target_industrial_output", 5e9, "cny", "也争取到二0一0年实现工业总产值五十亿元", "2010年（目标）", kind="target", note="汉字金额"),
 ])

# ---------------------------------------------------------------- kc05 三明 (hxcsw 2021)
K5a = "上半年,全市氟新材料、石墨和石墨烯、稀土新能源等新材料产业规上工业产值突破100亿元,生物医药产业规上工业产值接近100亿元"
K5b = "目前,三明共有氟新材料企业17家,海斯福、三农公司、东莹化工、高宝矿业等4家企业为上市公司的全资子公司"
K5c = "今年上半年,公司实现产值6.85亿元,增长76.7%"
G["kc05"] = dict(
 article=art("三明:项目落地“骨头长肉”", "hxcsw.com（“城市资讯”栏；原发媒体与署名存段未示）", "2021-08-30", "day",
  "City-level economic review on a regional portal, Fujian (三明): half-year growth rankings, new-materials and biomedicine output, fluorine firms, one firm's output and growth",
  "http://hxcsw.com/chengshizixun/2021/0830/c_123572184.html",
  "存段无日期行；日期取网址 2021/0830（文述“上半年”，与2021年相符）。小标题“新兴产业茁壮成长”保留为一段。存段末行“三明市是全省石墨烯产业发展重点区域,其中”中断，整行删去。文中无具体园区（城市层面），故 parks 为空；公司 park 均为 null。“突破100亿元”→超；“接近100亿元”→约。",
  "kc05"),
 parks=[],
 companies=[
  comp("海斯福", None, K5b, aliases=["海斯福公司"], note="上市公司全资子公司；氟精细化工"),
  comp("三农公司", None, K5b),
  comp("东莹化工", None, K5b),
  comp("高宝矿业", None, K5b),
 ],
 institutions=[inst("中国氟硅有机材料工业协会", "海斯福公司被中国氟硅有机材料工业协会誉为", kind="association")],
 projects=[],
 aggregate_facts=[
  fact("三明市", "region", "new_materials_above_scale_output_cny", 1e10, "cny", K5a, "2021年上半年", qual="超", qtext="突破", chk=True),
  fact("三明市", "region", "biomedicine_above_scale_output_cny", 1e10, "cny", "生物医药产业规上工业产值接近100亿元", "2021年上半年", qual="约", qtext="接近", opt=True, chk=True),
  fact("三明市", "region", "fluorine_material_firms", 17, "count", K5b, "2021年8月"),
  fact("海斯福", "company", "output_cny", 6.85e8, "cny", K5c, "2021年上半年", chk=True),
  fact("海斯福", "company", "output_yoy_growth", 0.767, "ratio", K5c, "2021年上半年", kind="ratio"),
 ])

# ---------------------------------------------------------------- kc06 南平 (福州日报 via 东南网 2024)
ZH = "政和白茶标准化产业园"
K6a = "南平各区县组团来福州,共签约14个项目,总投资23.55亿元"
K6b = "目前已在东平、石屯等5个乡镇分别配套建设了总投资9亿元的政和白茶标准化产业园,可供茶产业招商360亩,标准化厂房4万平方米"
K6c = "福建武夷山水食品饮料有限公司去年产值达2.3亿元"
G["kc06"] = dict(
 article=art("福州南平山海协作签约14个项目 总投资23.55亿元", "福州日报（记者 原浩 摄；文字署名存段未示），载于东南网福州频道 fz.fjsen.com", "2024-05-18", "day",
  "City daily on the provincial portal, Fujian (南平 counties at a 福州 fair): 14 projects signed with total investment, a county's tea industrial park with its investment, land and factory space, a water firm's output",
  "http://fz.fjsen.com/2024-05/18/content_31645741.htm",
  "日期取页面“2024-05-18 12:49:43 来源:福州日报”。正文在存段中为一行（段落以空格相连），按一段保存；行内图片说明“南平和福州开展山海协作招商对接。记者 原浩 摄”已删（make_txt.py CUT_INNER）。存段末句“在新签约的14个项目中,…还有环保吸尘设备建”中断，已删，正文截至“…医卫材料产业发展。”。园区：政和白茶标准化产业园（南平市政和县，分布于东平、石屯等5个乡镇）。项目：政和白茶标准化产业园作为配套建设项目，总投资9亿元（“已…配套建设了”，状态不单列，park null）。签约14个项目未点名（事实记于南平市）。",
  "kc06"),
 parks=[park(ZH, "南平", "福建", "产业园（茶）", K6b, district="政和县")],
 companies=[comp("福建武夷山水食品饮料有限公司", None, K6c, note="光泽县企业")],
 projects=[
  proj(ZH, None, K6b, inv="总投资9亿元", note="园区配套建设项目；可供招商360亩、标准化厂房4万平方米"),
 ],
 aggregate_facts=[
  fact("南平市", "region", "projects_signed", 14, "count", K6a, "2024年5月17日（山海协作招商对接会）"),
  fact("南平市", "region", "signed_investment_cny", 2.355e9, "cny", "共签约14个项目,总投资23.55亿元", "2024年5月17日（山海协作招商对接会）", chk=True),
  fact(ZH, "park", "land_available_mu", 360, "mu", K6b, "2024年5月", opt=True),
  fact(ZH, "park", "standard_factory_area_m2", 40000, "m2", K6b, "2024年5月", opt=True),
  fact("政和县", "region", "tea_output_cny", 1.822e9, "cny", "全县年产茶叶1.5万吨,产值18.22亿元", "年度", opt=True, chk=True),
  fact("福建武夷山水食品饮料有限公司", "company", "output_cny", 2.3e8, "cny", K6c, "2023年", chk=True),
 ])
