# real151 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (kind "ratio"). Projects: the park is the one the text places the project in (the most specific one named), null if
# none (a county or district is not a park). Status from the text's words (动工 / 开工 → 开工; 投产 → 投产; 结顶 / 正在建设 →
# 在建; “将实施… 已进入实质性启动阶段” → planned). Year figures of a yearbook entry are “reported” with the year in as_of;
# “发展至今 / 累计” totals are “cumulative”. Sources are `search` (corpus pages) excerpts typed into _raw/pages/wrNN.raw as
# returned.

# ---------------------------------------------------------------- wr01 嵊州经济开发区 (嵊州年鉴 2011, on sz.szzj.gov.cn 2014)
SZ = "嵊州经济开发区"
A0 = "批复同意嵊州经济开发区为全省第二批开发区(园区)整合提升单位"
A1 = "全年实现规上企业工业总产值226.37亿元,同比增长32.4%,约占全市总量的61%"
A2 = "实现利税12.54亿元,同比增长9%"
A3 = "实现自营出口8.96亿美元,同比增长33.88%"
A4 = "实到外资4697万美元,同比增长14.5%"
A5 = "全区共有166家企业实施185项技改项目,完成工业性投入28.37亿元,同比增长10.7%"
A6 = "嵊州经济开发区整合提升将采取“ABC”就近整合和异地整合相结合的形式,整合提升后的总面积达到233.11平方公里"
A7 = "C区块指甘霖、崇仁、长乐、三界、黄泽、三江和领带工业园区异地整合的159.9平方公里"
Y = "2010年"
G["wr01"] = dict(
 article=art("嵊州经济开发区", "嵊州年鉴（2011年鉴）“开发区与新区”，载于 sz.szzj.gov.cn（嵊州市地方志网站，地方文献·嵊州年鉴栏；信息来源:嵊州市）", "2014-09-03", "day",
  "County-level city yearbook entry (地方志 site), Zhejiang: an economic development zone's 2010 figures — above-scale industrial output, profit and tax, self-run exports, actual foreign investment, technical-renovation projects and industrial investment, new high-tech firms — and its approved integration plan (areas of three blocks)",
  "http://sz.szzj.gov.cn/art/2014/9/3/art_1544088_22275300.html",
  "日期取页面“发布日期:2014-09-03”（网站上载日期；年鉴为2011年鉴，记2010年事）。页面标题“开发区与新区”，条目标题“嵊州经济开发区”作本文标题；导航、发布日期行已删。存段在【整合提升方案】末句“…成为杭州湾南翼重要先进制造”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…159.9平方公里。”，共两段（条目小标题【概况】【整合提升方案】保留在段首）。园区：嵊州经济开发区（绍兴市嵊州市，浙江；省级）。“领带工业园区”作为异地整合进开发区的C区块之一出现，列为可选园区（上级园区嵊州经济开发区）；甘霖、崇仁等为乡镇，不列。无具名企业、无具名项目。事实均为2010年全年数（reported），增速为ratio；“约占全市总量的61%”记 share（约）；整合后总面积233.11平方公里与A/B/C三区块面积记面积（as_of 2010年7月批复方案）。",
  "wr01", title_note="页面标题为“开发区与新区”，条目标题为“嵊州经济开发区”"),
 parks=[
  park(SZ, "绍兴", "浙江", "经济开发区", A0, district="嵊州市", note="省级；2010年7月获批为全省第二批开发区(园区)整合提升单位"),
  park("领带工业园区", "绍兴", "浙江", "工业园区", A7, district="嵊州市", parent=SZ, opt=True, note="异地整合进嵊州经济开发区C区块"),
 ],
 institutions=[
  inst("省政府", "7月,省政府下发文件,批复同意嵊州经济开发区为全省第二批开发区(园区)整合提升单位", note="浙江省政府"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "industrial_output_above_scale_cny", 226.37e8, "cny", A1, Y, chk=True),
  fact(SZ, "park", "industrial_output_above_scale_yoy_growth", 0.324, "ratio", A1, Y, kind="ratio"),
  fact(SZ, "park", "industrial_output_share_of_city", 0.61, "ratio", A1, Y, kind="ratio", qual="约", qtext="约", opt=True, note="约占全市总量的61%"),
  fact(SZ, "park", "profit_tax_cny", 12.54e8, "cny", A2, Y, chk=True),
  fact(SZ, "park", "profit_tax_yoy_growth", 0.09, "ratio", A2, Y, kind="ratio", opt=True),
  fact(SZ, "park", "exports_usd", 8.96e8, "usd", A3, Y, note="自营出口"),
  fact(SZ, "park", "exports_yoy_growth", 0.3388, "ratio", A3, Y, kind="ratio", opt=True),
  fact(SZ, "park", "actual_fdi_usd", 4.697e7, "usd", A4, Y),
  fact(SZ, "park", "actual_fdi_yoy_growth", 0.145, "ratio", A4, Y, kind="ratio", opt=True),
  fact(SZ, "park", "tech_renovation_projects", 185, "count", A5, Y, opt=True, note="166家企业实施185项技改项目"),
  fact(SZ, "park", "tech_renovation_firms", 166, "count", A5, Y, opt=True),
  fact(SZ, "park", "industrial_investment_cny", 28.37e8, "cny", "完成工业性投入28.37亿元,同比增长10.7%", Y, chk=True, note="工业性投入"),
  fact(SZ, "park", "industrial_investment_yoy_growth", 0.107, "ratio", "完成工业性投入28.37亿元,同比增长10.7%", Y, kind="ratio", opt=True),
  fact(SZ, "park", "new_national_high_tech_firms", 1, "count", "开发区全年新增国家级高新技术企业一家", Y, opt=True, note="数字写作“一家”"),
  fact(SZ, "park", "planned_area_km2", 233.11, "km2", A6, "2010年7月（整合提升方案）", note="整合提升后的总面积"),
  fact(SZ, "park", "approved_area_km2", 17.31, "km2", "A区块指开发区已审核批准的17.31平方公里", "2010年7月（整合提升方案）", opt=True, note="A区块"),
  fact(SZ, "park", "block_b_area_km2", 55.9, "km2", "B区块指开发区浦口二期、三塘、城东和城北区块就近整合的55.9平方公里", "2010年7月（整合提升方案）", opt=True),
  fact(SZ, "park", "block_c_area_km2", 159.9, "km2", A7, "2010年7月（整合提升方案）", opt=True),
 ])

# ---------------------------------------------------------------- wr02 上虞工业园跻身“国家队” (浙江日报 2013-12-22)
SY = "杭州湾上虞经济技术开发区"
B0 = "国务院办公厅日前正式批复同意杭州湾上虞工业园区升级为国家级开发区,定名为杭州湾上虞经济技术开发区"
B1 = "园区一方面淘汰56个落后项目,强制性改造企业70余家,今年又将有6家企业完成“退出”改造"
B2 = "最近,该企业又将实施一个更大的项目——总投资达50亿元的新材料项目,已进入实质性启动阶段"
B3 = "“在产业升级上,我们企业与园区做到了同频共振。”新和成上虞基地总经理周贵阳对记者说"
G["wr02"] = dict(
 article=art("淘汰“低小散” 引进“高富帅” 上虞工业园跻身“国家队”", "浙江日报（记者 周智敏，区委报道组 袁伟江，上虞日报记者 郑志勋），zjrb.zjol.com.cn 数字报 第1版", "2013-12-22", "day",
  "Provincial party daily, front page, Zhejiang: a county-level industrial park upgraded to a national economic and technological development zone — its history from a fine-chemical park, backward projects eliminated, a resident firm's new 50亿元 materials project",
  "http://zjrb.zjol.com.cn/html/2013-12/22/content_2470082.htm?div=-1",
  "日期取网址 2013-12/22（数字报当日版面）。引题“淘汰“低小散” 引进“高富帅””与主题“上虞工业园跻身“国家队””合为标题行（以空格相连）；“浙江日报 数字报纸”“00001版:一版要闻”与两行署名已删（署名记入 outlet）。存段末段“国字号的开发区…将目光锁定成熟型”在句中中断，整段不收；正文截至“…已进入实质性启动阶段。”，共三段。园区：杭州湾上虞经济技术开发区（绍兴市上虞区，浙江；原杭州湾上虞工业园区，前身杭州湾上虞精细化工园区；标题作“上虞工业园”）——三者为同一园区的先后名称，作别名。公司：新和成（“新和成上虞基地”，从新昌迁来，在园区）。项目：新和成“总投资达50亿元的新材料项目”，“又将实施…已进入实质性启动阶段”→planned（未开工）。事实：淘汰落后项目56个、强制改造企业70余家（余）、今年6家企业完成退出改造，均为园区数（可选）。国务院办公厅、国家发改委列为可选机构。",
  "wr02"),
 parks=[
  park(SY, "绍兴", "浙江", "经济技术开发区", B0, district="上虞区", aliases=["杭州湾上虞工业园区", "杭州湾上虞精细化工园区", "上虞工业园"],
       note="国家级（2013年12月批复）；原名杭州湾上虞工业园区，前身杭州湾上虞精细化工园区（1998年创办）"),
 ],
 companies=[
  comp("新和成", SY, B3, note="新和成上虞基地，从新昌迁移至园区"),
 ],
 institutions=[
  inst("国务院办公厅", B0),
  inst("国家发改委", "2006年,该园区被国家发改委核准为保留的省级开发区"),
 ],
 projects=[
  proj("新材料项目", SY, B2, companies=["新和成"], inv="总投资达50亿元", status="planned", status_text="又将实施…已进入实质性启动阶段",
       note="新和成上虞基地的新项目；名称只作“新材料项目”"),
 ],
 aggregate_facts=[
  fact(SY, "park", "backward_projects_eliminated", 56, "count", B1, "2013年末（累计）", kind="cumulative", opt=True),
  fact(SY, "park", "firms_renovated", 70, "count", B1, "2013年末（累计）", kind="cumulative", qual="余", qtext="余", opt=True, note="强制性改造企业70余家"),
  fact(SY, "park", "firms_exited", 6, "count", B1, "2013年", opt=True, note="今年又将有6家企业完成“退出”改造"),
 ])

# ---------------------------------------------------------------- wr03 衢江:一江清水换来绿色发展 (桐乡新闻网 强县新闻 2010-06-17)
QJ = "衢江经济开发区"
C0 = "继娃哈哈集团公司投资的衢州娃哈哈启力饮料有限公司投产后,日前,吉林省都邦药业有限公司年产1.7亿瓶(袋)大容量注射液剂的项目又在衢州市衢江经济开发区动工"
C1 = "在夏王、仙鹤、五洲等几家龙头企业的带动下,高档特种纸产业迅速成长为衢江区的第一产业"
G["wr03"] = dict(
 article=art("衢江:一江清水换来绿色发展", "桐乡新闻网（txhistory.zjol.com.cn，浙江在线桐乡站）“强县新闻”栏转载；原出处与署名未在存段中", "2010-06-17", "day",
  "County news portal relaying a feature (强县新闻 column), Zhejiang: a district's economic development zone after closing chemical plants — a beverage firm in production, a pharmaceutical project started, the district's specialty-paper leaders",
  "http://txhistory.zjol.com.cn/txnews/system/2010/06/17/012265922.shtml",
  "日期取网址 system/2010/06/17（页面日期行不在存段）。页头导航与“您当前的位置”行已删。存段末句“今年,衢江区又积极引进…争创亚洲最大装”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…称号去年同时落户衢江。”，共四段。园区：衢江经济开发区（衢州市衢江区，浙江）。“化工园区”为其旧貌（“这里还是化工园区”），不另列。公司：衢州娃哈哈启力饮料有限公司（娃哈哈集团公司投资，已投产；“继…投产后…又在衢江经济开发区动工”，园区由语境推断）、吉林省都邦药业有限公司（项目在园区动工）；娃哈哈集团公司为投资方（可选，不在园区）；夏王、仙鹤、五洲为衢江区特种纸龙头（可选，园区未说明→null）。项目：都邦药业“年产1.7亿瓶(袋)大容量注射液剂的项目”动工→开工，无金额；娃哈哈启力投产列为可选项目（企业名作项目名）。事实：衢江区2006、2007年关停搬迁化工企业49家（区，可选）。",
  "wr03"),
 parks=[
  park(QJ, "衢州", "浙江", "经济开发区", C0, district="衢江区"),
 ],
 companies=[
  comp("吉林省都邦药业有限公司", QJ, C0, note="项目在衢江经济开发区动工"),
  comp("衢州娃哈哈启力饮料有限公司", QJ, C0, note="已投产；园区由“继…投产后…又在衢江经济开发区动工”推断"),
  comp("娃哈哈集团公司", None, C0, opt=True, note="衢州娃哈哈启力饮料有限公司的投资方"),
  comp("夏王", None, C1, opt=True, note="衢江区特种纸龙头企业；园区未说明"),
  comp("仙鹤", None, C1, opt=True, note="同上"),
  comp("五洲", None, C1, opt=True, note="同上"),
 ],
 institutions=[],
 projects=[
  proj("年产1.7亿瓶(袋)大容量注射液剂项目", QJ, C0, companies=["吉林省都邦药业有限公司"], status="开工", status_text="动工",
       aliases=["吉林省都邦药业有限公司年产1.7亿瓶(袋)大容量注射液剂的项目"], note="无金额"),
  proj("衢州娃哈哈启力饮料有限公司", QJ, C0, companies=["衢州娃哈哈启力饮料有限公司", "娃哈哈集团公司"], status="投产", status_text="投产",
       opt=True, note="企业名作项目名；园区由语境推断"),
 ],
 aggregate_facts=[
  fact("衢江区", "district", "chemical_firms_closed_relocated", 49, "count", "2006、2007年,衢江区大刀阔斧地关、停、搬49家化工企业", "2006–2007年", opt=True,
       note="关、停、搬；当时为化工园区"),
 ])

# ---------------------------------------------------------------- wr04 磐安工业园区 徒步挑战赛 (bhkyr 招商动态 2016-10-22)
PA = "浙江磐安工业园区"
D0 = "此次比赛由浙江磐安工业园区管委会、磐安县体育局联合主办"
D1 = "发展至今,园区已完成协议总投资25.5亿元,固定资产总投资24.4亿元,共计引进工业企业136家,其中规模以上企业25家"
D2 = "入园企业中名仕科技、巨久轮毂、山耐斯气动、万里橡塑等企业在行业内外已拥有较高知名度"
D3 = "电子商务集聚区进驻53家电商企业(网店),注册影视文化企业80家"
ASD = "2016年10月（建园十周年，累计）"
G["wr04"] = dict(
 article=art("一路风景满怀豪情 磐安举行皇城湖徒步纵走挑战赛", "bhkyr.com “招商动态”栏转载（原出处与署名未在存段中）", "2016-10-22", "day",
  "Investment-news relay site, Zhejiang: a county industrial park's tenth-anniversary hiking event, with the park's profile — history and designations, cumulative contracted and fixed-asset investment, firms introduced, pillar industries and named leading firms",
  "http://bhkyr.com/wuxidongtai/221948.html",
  "日期取页面“| 招商动态 |2016-10-22”（转载日；文中“今天下午”即当日）。栏目日期行已删；存段末行“近年来”为下一段开头的残片，已删（ITEMS 止于上一段）。正文共六段，完整至“…已拥有较高知名度。”。园区：浙江磐安工业园区（金华市磐安县，浙江；省级工业园区，2006年9月升格；文中又作“磐安工业园区”“园区”）。“尖山镇工业园区”为比赛举办地，与磐安工业园区的关系文中未说明，列为可选园区（上级未定）。“金华市特色工业园区、浙江省塑料软管工业专业园区”为前身称号，“浙江省“山海协作”示范园区”等为荣誉，不另列。公司：名仕科技、巨久轮毂、山耐斯气动、万里橡塑（入园企业）。机构：浙江磐安工业园区管委会（主办方）、磐安县体育局、国家发改委（可选）。事实为建园十周年时的累计数（cumulative）：协议总投资25.5亿元、固定资产总投资24.4亿元、引进工业企业136家、规上企业25家；电商企业53家、影视文化企业80家（可选）。无具名项目。",
  "wr04"),
 parks=[
  park(PA, "金华", "浙江", "工业园区", "浙江磐安工业园区创建于2002年,前身为金华市特色工业园区、浙江省塑料软管工业专业园区", district="磐安县",
       aliases=["磐安工业园区"], note="省级工业园区（2006年9月升格）；2016年建园十周年"),
  park("尖山镇工业园区", "金华", "浙江", "工业园区", "今天下午,环皇城湖徒步纵走挑战赛在磐安县尖山镇工业园区隆重举行", district="磐安县", opt=True,
       note="比赛举办地；与磐安工业园区的关系文中未说明"),
 ],
 companies=[
  comp("名仕科技", PA, D2),
  comp("巨久轮毂", PA, D2),
  comp("山耐斯气动", PA, D2),
  comp("万里橡塑", PA, D2),
 ],
 institutions=[
  inst("浙江磐安工业园区管委会", D0, park=PA, note="主办方"),
  inst("磐安县体育局", D0),
  inst("国家发改委", "2006年9月经国家发改委审批升格为省级工业园区"),
 ],
 projects=[],
 aggregate_facts=[
  fact(PA, "park", "signed_investment_cny", 25.5e8, "cny", D1, ASD, kind="cumulative", chk=True, note="协议总投资"),
  fact(PA, "park", "fixed_asset_investment_cny", 24.4e8, "cny", "固定资产总投资24.4亿元", ASD, kind="cumulative", chk=True),
  fact(PA, "park", "firms", 136, "count", D1, ASD, kind="cumulative", note="引进工业企业"),
  fact(PA, "park", "above_scale_firms", 25, "count", D1, ASD),
  fact(PA, "park", "ecommerce_firms", 53, "count", D3, ASD, opt=True, note="电子商务集聚区进驻电商企业(网店)"),
  fact(PA, "park", "film_culture_firms", 80, "count", D3, ASD, opt=True, note="注册影视文化企业"),
 ])

# ---------------------------------------------------------------- wr05 台州湾循环经济产业集聚区椒江分区 feature (浙江在线台州频道 2015-06-10)
JJ = "台州湾循环经济产业集聚区椒江分区"
E0 = "台州湾循环经济产业集聚区椒江分区就沿着台州湾的中心点——椒江出海口的两岸分布"
E1 = "在椒江集聚分区光电子产业园区,水晶光电年产6亿片(套)光电元器件项目的研发大楼已经结顶,大型现代化厂房正在紧张建设之中"
E2 = "距离光电子产业园区不远的义乌商会回归创业园,16家入园企业的厂房已基本结顶"
E3 = "近年来,随着水晶光电、瑞金科技、中新科技等企业的跨越式发展,光电子产业正在迅速成长为椒江经济发展的“第五极”"
E4 = "集聚分区以产业功能区规划来指导产业布局,十塘三期、八塘区块、沿海工业功能区块等形成了片区差异化发展"
GZ = "光电子产业园区"
YW = "义乌商会回归创业园"
ASE = "2015年6月"
G["wr05"] = dict(
 article=art("（无标题）台州湾循环经济产业集聚区椒江分区：一区多园", "浙江在线台州频道（tz.zjol.com.cn；存段无标题、无署名，仅有图片说明“记者杨辉摄”）", "2015-06-10", "day",
  "Provincial portal's city channel, Zhejiang: a feature on a coastal industrial cluster zone's district sub-zone — planned area, its parks within the zone (optoelectronics park, a returning-merchants' business park, industrial blocks), a listed firm's project under construction",
  "http://tz.zjol.com.cn/07tztk/system/2015/06/10/019427529.shtml",
  "日期取网址 system/2015/06/10（图片说明为“6月8日拍摄”）。存段无标题（title 为编者概括），以图片说明“图为6月8日拍摄的椒江集聚分区的现貌。记者杨辉摄”开头，该行已删。存段末段““平台是产业集聚的基础和载体,我们始终把大平台建设作为”在句中中断，整段不收；正文截至“…商贸物流等产业。”，共九段（小标题“平台先行,“一心两翼”实现产业集聚发展”保留为一段）。园区：台州湾循环经济产业集聚区椒江分区（台州市椒江区，浙江；文中又作“椒江集聚分区”），上级台州湾循环经济产业集聚区（可选，只在分区全名中出现）；分区内光电子产业园区、义乌商会回归创业园（园中园），十塘三期、八塘区块、沿海工业功能区块（功能区块，可选）。公司：水晶光电（项目在光电子产业园区）、瑞金科技、中新科技（椒江企业，可选，园区按分区）。项目：水晶光电年产6亿片(套)光电元器件项目，研发大楼结顶、厂房紧张建设→在建，无金额；项目园区取文中所在的光电子产业园区。事实：分区规划总面积43平方公里；义乌商会回归创业园16家入园企业（厂房基本结顶）。",
  "wr05"),
 parks=[
  park(JJ, "台州", "浙江", "产业集聚区", E0, district="椒江区", parent="台州湾循环经济产业集聚区", aliases=["椒江集聚分区"],
       note="省级产业集聚区的椒江分区；规划总面积43平方公里"),
  park("台州湾循环经济产业集聚区", "台州", "浙江", "产业集聚区", E0, opt=True, note="只在椒江分区全名中出现"),
  park(GZ, "台州", "浙江", "产业园区", E1, district="椒江区", parent=JJ, note="椒江集聚分区光电子产业园区"),
  park(YW, "台州", "浙江", "创业园", E2, district="椒江区", parent=JJ, note="园中园；16家入园企业"),
  park("十塘三期", "台州", "浙江", "功能区块", E4, district="椒江区", parent=JJ, opt=True, note="分区内功能区块"),
  park("八塘区块", "台州", "浙江", "功能区块", E4, district="椒江区", parent=JJ, opt=True, note="分区内功能区块"),
  park("沿海工业功能区块", "台州", "浙江", "功能区块", E4, district="椒江区", parent=JJ, opt=True, note="分区内功能区块"),
 ],
 companies=[
  comp("水晶光电", GZ, E1, note="项目在椒江集聚分区光电子产业园区"),
  comp("瑞金科技", JJ, E3, opt=True, note="椒江光电子企业；园区未明说"),
  comp("中新科技", JJ, E3, opt=True, note="同上"),
 ],
 institutions=[
  inst("创业园建设指挥部", "创业园建设指挥部负责人翁勇全说", kind="government", park=YW, note="义乌商会回归创业园建设指挥部"),
 ],
 projects=[
  proj("水晶光电年产6亿片(套)光电元器件项目", GZ, E1, companies=["水晶光电"], status="在建", status_text="研发大楼已经结顶,大型现代化厂房正在紧张建设之中",
       note="无金额；园区取光电子产业园区（属椒江分区）"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "planned_area_km2", 43, "km2", "让这片规划总面积43平方公里的开发热土,掀起了新一轮的建设热潮", ASE),
  fact(YW, "park", "firms", 16, "count", E2, ASE, note="入园企业；厂房已基本结顶"),
 ])

# ---------------------------------------------------------------- wr06 上虞首届虞商大会 (东方网, relayed on sybtv.com.cn, 2011-09-26)
HB = "杭州湾上虞工业园区"
F0 = "27日,一场整车投产仪式将在杭州湾上虞工业园区举行。这是上虞市引进的首个汽车整车生产项目,总投资28亿元,预计全部投产后年产值可达128亿元"
F1 = "26日,一场涵盖工业、旅游业等多领域、涉及16个项目、总投资逾180亿元的重大项目签约仪式将在上虞举行"
G["wr06"] = dict(
 article=art("（无标题）2011中国上虞首届虞商大会召开 整车投产仪式将在杭州湾上虞工业园区举行", "东方网（记者 刘沅），转载于 sybtv.com.cn", "2011-09-26", "day",
  "Shanghai news portal's short report relayed by a local site, Zhejiang: a county-level city's merchants' congress — 16 projects to be signed the next day, and the first whole-vehicle plant's production ceremony in an industrial park with its investment and expected output",
  "http://sybtv.com.cn/keji/shouji/73549.html",
  "日期取电头“东方网记者刘沅9月26日消息”（大会“昨日”即2011-09-25召开）。存段无标题（title 为编者概括），首行图片说明“首届虞商大会现场”与末行“作者:刘沅”已删；正文三段，完整。引号按原文作“”（全为右引号），“维期4天”照录。园区：杭州湾上虞工业园区（绍兴市上虞市，今上虞区，浙江）。项目：“上虞市引进的首个汽车整车生产项目”，总投资28亿元，整车投产仪式定于27日在园区举行→投产（status_alt planned：仪式尚未举行）；投资方未具名。事实：26日签约仪式16个项目、总投资逾180亿元（上虞，region；逾→超）；整车项目全部投产后年产值128亿元（target）。",
  "wr06"),
 parks=[
  park(HB, "绍兴", "浙江", "工业园区", F0, district="上虞市", note="2011年时上虞为县级市"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("汽车整车生产项目", HB, F0, inv="总投资28亿元", status="投产", status_text="整车投产仪式将在杭州湾上虞工业园区举行", status_alt="planned",
       note="上虞市引进的首个汽车整车生产项目；投资方未具名；仪式定于27日"),
 ],
 aggregate_facts=[
  fact("上虞", "region", "projects_signed", 16, "count", F1, "2011-09-26（签约仪式）", note="仪式定于26日"),
  fact("上虞", "region", "signed_investment_cny", 180e8, "cny", F1, "2011-09-26（签约仪式）", qual="超", qtext="逾", chk=True),
  fact("汽车整车生产项目", "project", "expected_annual_output_cny", 128e8, "cny", "预计全部投产后年产值可达128亿元", "全部投产后（预计）", kind="target", chk=True),
 ])
