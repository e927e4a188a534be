# real234 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (and real28–real49): evidence verbatim (all nine items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破/过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts and, for a
# project, investment_value + investment_currency (ty04); Hong Kong dollars likewise (ty08). Amounts written in Chinese
# numerals (ty03 “十五亿元”) are not put in *_cny facts. Growth rates and shares as ratios. Projects: the park the text places
# the project in. Status from the text's words (签约 → 签约; 开工奠基 → 开工; 落户 / 引进 alone → no status). Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/tyNN.raw as returned.

# ---------------------------------------------------------------- ty01 武汉东湖开发区大扩容 (湖北日报 via c-fol.net 2010)
DH = "东湖新技术开发区"
A0 = "有关方面表示,这是1988年东湖新技术开发区成立以来的最大规模扩容,将大大提升东湖开发区的发展空间"
A1 = "现在深圳天马、富士康、中芯国际……一大批国内外高新行业领军企业在东湖汇聚"
A2 = "十年前,邮科院、烽火科技、华工激光擦亮“光谷”的名头"
A3 = "2000年,东湖开发区科工贸总收入仅252亿元,而去年已增至2215亿元"
G["ty01"] = dict(
 article=art("湖北日报:武汉东湖开发区大扩容光谷再升级", "湖北日报（转载于 c-fol.net，德力光电网站“新闻”栏；记者署名存段未示）", "2010-04-19", "day",
  "Provincial daily relayed on a firm's website, Hubei: a national high-tech zone's largest expansion — its area then and now, earlier rounds of entrusted villages and townships, the national bases it won, leading firms gathered there, its revenue in 2000 and 2009, its planned “1+4” industry structure and land constraints",
  "https://c-fol.net/m/news/view.php?id=20100419153458",
  "日期取转载页“发布时间:2010-04-19 15:34:58”（页内首行另有转载站日期戳“4/19/2010,”，已删，make_txt.py LINE_PREFIX）；文中“昨天”为扩容之日（约2010年4月18日）。标题照录转载站标题（含“湖北日报:”前缀，原报标题未示）；站名“德力光电”、招商热线、发布时间行已删。存段末行“2”为下一段残文，已删；正文截至“…可用面积极为有限。”，共九段。园区：东湖新技术开发区（文中多作“东湖开发区”，品牌“光谷”“武汉·中国光谷”；武汉，湖北）；国家光电子产业基地（即“武汉·中国光谷”，2001年落户）、国家生物产业基地列为可选子园区；“国家服务外包基地城市示范区”为称号，不列。公司：邮科院、烽火科技、华工激光、深圳天马、富士康、中芯国际——“在东湖汇聚”，均记在园。事实：面积240平方公里（扩容前，2010年4月）；成立时24平方公里（可选）；2001年托管净增10多平方公里（可选）；科工贸总收入2000年252亿元（可选）、2009年2215亿元。扩容后面积文中未给出。",
  "ty01"),
 parks=[
  park(DH, "武汉", "湖北", "国家级高新技术开发区", A0, aliases=["东湖开发区", "光谷"],
       note="文中多作“东湖开发区”；“光谷”“武汉·中国光谷”为品牌（国家光电子产业基地）"),
  park("国家光电子产业基地", "武汉", "湖北", "国家产业基地（光电子）", "当年,国家光电子产业基地(即“武汉·中国光谷”)落户东湖", parent=DH, opt=True,
       note="即“武汉·中国光谷”，2001年落户东湖"),
  park("国家生物产业基地", "武汉", "湖北", "国家产业基地（生物）", "国家生物产业基地、国家服务外包基地城市示范区的招牌纷至沓来", parent=DH, opt=True),
 ],
 companies=[
  comp("邮科院", DH, A2), comp("烽火科技", DH, A2), comp("华工激光", DH, A2),
  comp("深圳天马", DH, A1), comp("富士康", DH, A1), comp("中芯国际", DH, A1),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(DH, "park", "area_km2", 240, "km2", "目前,东湖开发区虽有240平方公里", "2010年4月（扩容前）"),
  fact(DH, "park", "area_km2", 24, "km2", "刚成立的东湖开发区只是武汉东南角一个仅24平方公里的“小不点”", "1988年（成立时）", opt=True),
  fact(DH, "park", "area_added_km2", 10, "km2", "开发区面积净增10多平方公里", "2001年", qual="余", qtext="多", opt=True),
  fact(DH, "park", "total_revenue_cny", 2.52e10, "cny", "2000年,东湖开发区科工贸总收入仅252亿元", "2000年", opt=True, chk=True, note="科工贸总收入"),
  fact(DH, "park", "total_revenue_cny", 2.215e11, "cny", "而去年已增至2215亿元", "2009年", chk=True, note="科工贸总收入"),
 ])

# ---------------------------------------------------------------- ty02 襄樊汽车工业园升级 (楚天都市报 on sina 2010)
XF = "襄樊经济技术开发区"
B0 = "襄樊汽车工业园正式升级为国家级经济技术开发区,定名为襄樊经济技术开发区"
B1 = "截至2009年年底,全区完成工业总产值405亿元,税收收入16.8亿元,出口创汇2.8亿美元,累计吸收外商直接投资5.3亿美元"
AS2 = "2009年"
G["ty02"] = dict(
 article=art("襄樊汽车工业园升级定名为襄樊经济技术开发区", "楚天都市报（荆楚网消息；见习记者李星 通讯员丰志农 陈文剑），载于新浪新闻 news.sina.com.cn", "2010-04-30", "day",
  "City daily via the provincial portal on a national news portal, Hubei: a provincial automobile park upgraded to a national economic and technological development zone — its history and names, its 2009 output, tax, exports and cumulative FDI, its provincial ranking",
  "http://news.sina.com.cn/c/2010-04-30/110820183765.shtml",
  "日期取网址 2010-04-30；文中“昨日”即2010年4月29日宣布。标题照录；新浪导航行、转发评论行与页脚已删。正文六段，完整。园区：襄樊经济技术开发区（前身襄樊汽车产业经济技术开发区，1992年省级；2006年更名襄樊汽车工业园区，文中又作“襄樊汽车工业园”；襄樊市即今襄阳市，湖北）。“国家级高新技术开发区”（襄樊高新区）文中未具名，不列。机构：市发改委（襄樊市发展和改革委员会，可选）。事实：截至2009年底工业总产值405亿元、税收16.8亿元、出口创汇2.8亿美元、累计吸收外商直接投资5.3亿美元（cumulative）；全省92个省级开发区中排名第二（可选）。",
  "ty02"),
 parks=[
  park(XF, "襄樊", "湖北", "国家级经济技术开发区", B0, aliases=["襄樊汽车工业园", "襄樊汽车产业经济技术开发区", "襄樊汽车工业园区"],
       note="1992年省级“襄樊汽车产业经济技术开发区”，2006年更名“襄樊汽车工业园区”，2010年升级国家级；襄樊今襄阳"),
 ],
 companies=[],
 institutions=[
  inst("市发改委", "昨日,市发改委宣布:襄樊汽车工业园正式升级为国家级经济技术开发区", note="襄樊市发展和改革委员会（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XF, "park", "industrial_output_cny", 4.05e10, "cny", "全区完成工业总产值405亿元", AS2, chk=True),
  fact(XF, "park", "tax_revenue_cny", 1.68e9, "cny", "税收收入16.8亿元", AS2, chk=True),
  fact(XF, "park", "exports_usd", 2.8e8, "usd", "出口创汇2.8亿美元", AS2),
  fact(XF, "park", "fdi_usd", 5.3e8, "usd", "累计吸收外商直接投资5.3亿美元", "截至2009年底", kind="cumulative"),
  fact(XF, "park", "provincial_zone_rank", 2, "rank", "各项主要经济指标,在全省92个省级开发区中排名第二", AS2, opt=True),
 ])

# ---------------------------------------------------------------- ty03 武汉开发区喜迎建区19周年 (中国日报网 2010)
WK = "武汉开发区"
C0 = "当日签约的五大项目有美的公司投资10亿元的小家电项目、世界500强日本普利司通投资1.5亿元的汽车零部件项目、武汉顶津食品增资6000万元新建二期车间、湖北吉兴投资8000万元建汽车内饰新厂以及台湾白领丽人国际投资3亿元建设华中电子商务园"
C1 = "集聚了77家整车生产企业、160多家零部件企业以及30多家汽车研发技术中心"
C2 = "“以武汉2%的国土面积,创造了武汉22%的工业生产总值和10%的财政收入,”"
SG3 = "2010年5月16日（签约）"
G["ty03"] = dict(
 article=art("武汉开发区喜迎建区19周年 汽车产能瞄准200万辆", "中国日报网（global.chinadaily.com.cn 地方频道·华中地区；记者署名存段未示）", "2010-05-17", "day",
  "National paper's regional web channel, Hubei: a national economic and technological development zone marks its 19th anniversary with a signing — five named projects by five firms with amounts, the zone's vehicle makers, parts firms and R&D centres, its shares of the city's land, output and revenue",
  "https://global.chinadaily.com.cn/dfpd/2010-05/17/content_9856144.htm",
  "日期取页面“2010-05-17 09:44:09 来源:中国日报网”；首句“516”即5月16日签约（原文如此，无“月”“日”）。标题照录；频道菜单、“各地”行、“中国在线>华中地区”、日期来源行、“打印文章 发送给好友”已删。存段末段““到‘十二五末’,武汉开发区工业总产值要达到5000亿元…”纪念大会上,开发区管委会主任罗长刚更多的是展望未”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…建设华中电子商务园。”，共四段。园区：武汉开发区（武汉经济技术开发区，文中只作“武汉开发区”，位于沌口；“中西部22个国家级经济技术开发区”之一）。项目（5月16日签约，状态“签约”）：美的公司小家电项目（10亿元）、普利司通汽车零部件项目（1.5亿元）、武汉顶津食品二期车间（增资6000万元）、湖北吉兴汽车内饰新厂（8000万元）、台湾白领丽人国际华中电子商务园（3亿元）；项目名取文中字样。“十五亿元新资金投入”为汉字数目，记为可选事实（metric 不带 _cny）。公司：五家签约方在园；东风公司“入驻”开发区。事实：整车生产企业77家、零部件企业160多家、汽车研发技术中心30多家；占武汉2%国土面积、22%工业生产总值、10%财政收入（可选 ratio）。",
  "ty03"),
 parks=[
  park(WK, "武汉", "湖北", "国家级经济技术开发区", "19年前,因车而建的武汉开发区在沌口荒草丛中开始拓荒之旅",
       note="即武汉经济技术开发区（文中只作“武汉开发区”）；位于沌口"),
 ],
 companies=[
  comp("美的公司", WK, C0), comp("普利司通", WK, C0, note="世界500强日本普利司通"), comp("武汉顶津食品", WK, C0),
  comp("湖北吉兴", WK, C0), comp("台湾白领丽人国际", WK, C0),
  comp("东风公司", WK, "也得力于东风公司的入驻及飞速发展", opt=True, note="入驻开发区"),
 ],
 institutions=[],
 projects=[
  proj("小家电项目", WK, C0, companies=["美的公司"], inv="投资10亿元", status="签约", status_text="签约", note="2010年5月16日签约"),
  proj("汽车零部件项目", WK, C0, companies=["普利司通"], inv="投资1.5亿元", status="签约", status_text="签约", note="同上"),
  proj("二期车间", WK, C0, companies=["武汉顶津食品"], inv="增资6000万元", status="签约", status_text="签约", phase="二期",
       aliases=["新建二期车间"], note="武汉顶津食品增资新建；同上"),
  proj("汽车内饰新厂", WK, C0, companies=["湖北吉兴"], inv="投资8000万元", status="签约", status_text="签约", note="同上"),
  proj("华中电子商务园", WK, C0, companies=["台湾白领丽人国际"], inv="投资3亿元", status="签约", status_text="签约", note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(WK, "park", "projects_signed", 5, "count", C0, SG3),
  fact(WK, "park", "signed_investment", 1.5e9, "cny", "签约引进五大项目,十五亿元新资金投入", SG3, opt=True, note="“十五亿元”为汉字数目"),
  fact(WK, "park", "vehicle_makers", 77, "count", C1, "2010年5月"),
  fact(WK, "park", "auto_parts_firms", 160, "count", C1, "2010年5月", qual="余", qtext="多"),
  fact(WK, "park", "auto_rd_centres", 30, "count", C1, "2010年5月", qual="余", qtext="多", opt=True),
  fact(WK, "park", "share_of_city_land", 0.02, "ratio", C2, "2010年5月", kind="ratio", opt=True),
  fact(WK, "park", "share_of_city_industrial_output", 0.22, "ratio", C2, "2010年5月", kind="ratio", opt=True),
  fact(WK, "park", "share_of_city_fiscal_revenue", 0.10, "ratio", C2, "2010年5月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ty04 日本本田制锁 吴家山 (长江日报 via kantsuu 2012)
WJ = "吴家山经济技术开发区"
HL = "日本本田制锁(武汉)有限公司"
D0 = "昨日上午,日本本田制锁(武汉)有限公司,在吴家山经济技术开发区举行开工奠基仪式。该项目总投资5000万美元"
D1 = "目前,开发区已有广东斯坦雷、福拉司特、森六汽配等多家知名汽车零部件企业落户"
G["ty04"] = dict(
 article=art("日本本田制锁武汉吴家山举行开工奠基仪式", "长江日报（记者罗京 通讯员周军干），载于 auto.kantsuu.com（贯通日本语·汽车栏转载）", "2012-05-15", "day",
  "City daily relayed by a Japanese-language portal, Hubei: a Japanese auto-parts maker breaks ground in a Wuhan economic development zone — the project's investment in US dollars and expected output, the parent firm's signing the year before, the zone's auto-parts focus and firms already there",
  "http://auto.kantsuu.com/Print.asp?ArticleID=214464",
  "日期取转载页“更新时间:2012/5/15 16:09:39 … 文章来源:长江日报”；文中“昨日上午”即2012年5月14日奠基（长江日报见报日推定为5月15日）。标题照录；图片占位“![]()”、表格竖线与“作者…责任编辑”行已删。正文在页面上是一行（段间只有空格），照原样作一段，共一段，完整。园区：吴家山经济技术开发区（武汉市东西湖区，湖北；文中又作“开发区”）。项目：日本本田制锁(武汉)有限公司——开工奠基（开工），总投资5000万美元（investment_cny 空，investment_value 5e7 USD），预计投产后年产值超过20亿元（target）；项目名取企业名。公司：日本本田制锁(武汉)有限公司（在园）；日本本田制锁株式会社（母公司，2011年8月与东西湖区签约，可选，park null）；广东斯坦雷、福拉司特、森六汽配（已落户开发区）。东西湖区为区，不是园区。",
  "ty04"),
 parks=[
  park(WJ, "武汉", "湖北", "经济技术开发区", D0, district="东西湖区", note="文中又作“开发区”；主攻汽车及零部件产业"),
 ],
 companies=[
  comp(HL, WJ, D0, aliases=["本田制锁"]),
  comp("日本本田制锁株式会社", None, "去年8月,东西湖区与日本本田制锁株式会社正式签约,该公司同意将中部生产基地设在武汉", opt=True, note="母公司；2011年8月与东西湖区签约"),
  comp("广东斯坦雷", WJ, D1), comp("福拉司特", WJ, D1), comp("森六汽配", WJ, D1),
 ],
 institutions=[],
 projects=[
  proj(HL, WJ, D0, companies=[HL], inv="总投资5000万美元", currency="usd", value=5e7, status="开工", status_text="开工奠基",
       note="2012年5月14日开工奠基；项目名取企业名；预计投产后年产值超过20亿元"),
 ],
 funds=[],
 aggregate_facts=[
  fact(HL, "company", "expected_annual_output_cny", 2e9, "cny", "预计投产后年产值超过20亿元", "投产后（预期）", kind="target", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- ty05 武汉汽车工业产值将逾3000亿元 (上海汽车报 2014)
WE = "武汉经济技术开发区"
E0 = "东风雷诺、东风本田三厂、东风乘用车新能源汽车、东风史密斯半挂车等整车和零部件项目顺利落户"
E1 = "武汉开发区现已拥有东风汽车公司总部、6家整车厂、20家汽车相关研发机构、近200家汽车零部件企业"
E2 = "全部投产后,开发区整车年产能将达到230万辆,汽车工业产值将超过3000亿元"
AS5 = "2014年1月"
G["ty05"] = dict(
 article=art("武汉汽车工业产值将逾3000亿元", "上海汽车报（本报讯，汪文），载于 wap.shautonews.com", "2014-01-19", "day",
  "Trade paper's mobile site, Hubei: a national economic and technological development zone's car industry — vehicle projects landed, the zone's plants, R&D bodies and parts firms, capacity newly introduced and its investment, expected capacity and output, its industrial output milestones",
  "http://wap.shautonews.com/content/2014-01/19/018652.html",
  "日期取页面“2014/1/19”与网址 2014-01/19。标题照录；标题前的图片地址、分享摘要行（“本报讯…全新的“汽”，为正文首句的截断副本）、网址行、“等待处理…”、日期行，以及文末上下篇、分享、版权、备案行已删。正文五段，完整，署名“(汪文)”在末段尾，保留。园区：武汉经济技术开发区（文中又作“武汉开发区”“开发区”“该区”；武汉，湖北）。项目：东风雷诺、东风本田三厂、东风乘用车新能源汽车、东风史密斯半挂车——“顺利落户”（落户，不记状态），无单项金额；2013年新引进整车产能106万辆、投资总额超过350亿元为事实。公司：东风汽车公司（总部在区）。事实：整车厂6家、汽车相关研发机构20家、零部件企业近200家（约）；全部投产后整车年产能230万辆、汽车工业产值超过3000亿元（target）；2013年工业总产值首次突破5000亿元（超）；1999年、2009年的突破值可选。",
  "ty05"),
 parks=[
  park(WE, "武汉", "湖北", "国家级经济技术开发区", "随着东风雷诺等重大整车项目的落户,武汉经济技术开发区汽车年产能将达230万辆", aliases=["武汉开发区"],
       note="文中又作“武汉开发区”“开发区”“该区”"),
 ],
 companies=[
  comp("东风汽车公司", WE, E1, note="总部在区"),
 ],
 institutions=[],
 projects=[
  proj("东风雷诺", WE, E0, status=None, status_text="顺利落户", note="整车项目；2013年落户"),
  proj("东风本田三厂", WE, E0, status=None, status_text="顺利落户", note="同上"),
  proj("东风乘用车新能源汽车", WE, E0, status=None, status_text="顺利落户", note="同上"),
  proj("东风史密斯半挂车", WE, E0, status=None, status_text="顺利落户", note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(WE, "park", "vehicle_plants", 6, "count", E1, AS5),
  fact(WE, "park", "auto_rd_institutions", 20, "count", E1, AS5, opt=True),
  fact(WE, "park", "auto_parts_firms", 200, "count", E1, AS5, qual="约", qtext="近"),
  fact(WE, "park", "new_vehicle_capacity_units", 1.06e6, "vehicles", "该区去年新引进整车年产能达106万辆,投资总额超过350亿元", "2013年"),
  fact(WE, "park", "new_projects_investment_cny", 3.5e10, "cny", "投资总额超过350亿元", "2013年", qual="超", qtext="超过", chk=True, note="新引进整车产能的投资总额"),
  fact(WE, "park", "vehicle_capacity_units", 2.3e6, "vehicles", E2, "全部投产后（预期）", kind="target"),
  fact(WE, "park", "auto_industry_output_cny", 3e11, "cny", "汽车工业产值将超过3000亿元", "全部投产后（预期）", kind="target", qual="超", qtext="超过", chk=True),
  fact(WE, "park", "industrial_output_cny", 5e11, "cny", "去年又首次突破5000亿元", "2013年", qual="超", qtext="突破", chk=True),
  fact(WE, "park", "industrial_output_cny", 1e10, "cny", "武汉开发区工业总产值于1999年首次突破100亿元", "1999年", qual="超", qtext="突破", opt=True, chk=True),
  fact(WE, "park", "industrial_output_cny", 1e11, "cny", "2009年,其工业总产值首破1000亿元", "2009年", qual="超", qtext="首破", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ty06 光谷前三季度企业总收入 (荆楚网 via baogaosu 2014)
GG = "东湖高新区"
F0 = "统计显示,今年1至3季度,东湖高新区预计累计完成企业总收入6028亿元,同比增长29.57%,规模以上工业总产值1323.58亿元,增长21.28%"
AS6 = "2014年1–9月（预计）"
G["ty06"] = dict(
 article=art("光谷前三季度企业总收入达6028亿元", "荆楚网（记者周三春），载于 wuhan.baogaosu.com（报告速·武汉新闻栏转载）", "2014-10-22", "day",
  "Provincial news portal relayed by an aggregator, Hubei: a national high-tech zone's nine-month figures — enterprise revenue and growth, above-scale industrial output and growth, a media tour of its sub-parks, its 2020 revenue goal",
  "https://wuhan.baogaosu.com/xinwen/%E5%85%89%E8%B0%B7%E5%89%8D%E4%B8%89%E5%AD%A3%E5%BA%A6%E4%BC%81%E4%B8%9A%E6%80%BB%E6%94%B6%E5%85%A5%E8%BE%BE/25415584",
  "日期取转载页“22.10.2014 11:32”（该行已删）；文中“10月20 日”为采访日，荆楚网原发日约为2014年10月20–21日。标题照录；只含空格的空行略去。正文四段，完整。园区：东湖高新区（文中又作“武汉市东湖高新区”“光谷”“高新区”；国家级自主创新示范区；武汉，湖北）；光谷生物城（参观点“光谷生物城生物创新园”）、武汉未来科技城列为可选子园区。机构：武汉未来科技城新能源研究院（可选）。事实：前三季度企业总收入6028亿元（“预计累计完成”，记 cumulative，as_of 注“预计”）、同比增长29.57%；规模以上工业总产值1323.58亿元、增长21.28%；“十一五”期间主要指标增幅29%以上（可选）；2020年企业总收入目标3万亿元（target）。",
  "ty06"),
 parks=[
  park(GG, "武汉", "湖北", "国家级高新区（国家自主创新示范区）", F0, aliases=["光谷"], note="文中又作“武汉市东湖高新区”“光谷”“高新区”"),
  park("光谷生物城", "武汉", "湖北", "专业园区（生物）", "采访团一行参观了光谷展示中心、光谷生物城生物创新园和武汉未来科技城新能源研究院等地", parent=GG, opt=True,
       note="参观点“光谷生物城生物创新园”"),
  park("武汉未来科技城", "武汉", "湖北", "专业园区（科技城）", "采访团一行参观了光谷展示中心、光谷生物城生物创新园和武汉未来科技城新能源研究院等地", parent=GG, opt=True,
       note="只在“武汉未来科技城新能源研究院”中"),
 ],
 companies=[],
 institutions=[
  inst("武汉未来科技城新能源研究院", "采访团一行参观了光谷展示中心、光谷生物城生物创新园和武汉未来科技城新能源研究院等地", kind="research", park="武汉未来科技城"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(GG, "park", "enterprise_revenue_cny", 6.028e11, "cny", "东湖高新区预计累计完成企业总收入6028亿元", AS6, kind="cumulative", chk=True, note="预计数"),
  fact(GG, "park", "enterprise_revenue_yoy_growth", 0.2957, "ratio", F0, AS6, kind="ratio"),
  fact(GG, "park", "above_scale_industrial_output_cny", 1.32358e11, "cny", "规模以上工业总产值1323.58亿元,增长21.28%", AS6, kind="cumulative", chk=True),
  fact(GG, "park", "above_scale_industrial_output_yoy_growth", 0.2128, "ratio", "规模以上工业总产值1323.58亿元,增长21.28%", AS6, kind="ratio"),
  fact(GG, "park", "main_indicators_growth", 0.29, "ratio", "在“十一五期间”其主要经济指标保持了29%以上的增幅", "2006–2010年", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(GG, "park", "enterprise_revenue_cny", 3e12, "cny", "预计到2020年,光谷企业总收入将达到3万亿元", "2020年（目标）", kind="target"),
 ])

# ---------------------------------------------------------------- ty07 壮腰新看点:洪湖 (湖北日报 via 荆州新闻网 2014)
XT = "新滩新区"
G0 = "今年4月18日,武汉经济技术开发区已正式“经济托管”新滩新区"
G1 = "武汉长利玻璃是新滩新区引进的重大项目,总投资20亿元,占地1400亩,建成投产后,将形成年产浮法玻璃1530万重箱,实现税收过亿元"
G["ty07"] = dict(
 article=art("壮腰新看点:洪湖气场升腾挂云帆", "湖北日报（湖北日报讯；记者署名存段未示），载于荆州新闻网 news.jznews.com.cn", "2014-12-05", "day",
  "Provincial daily's county feature on a city news site, Hubei: a county-level city's development — a new area placed under the economic trusteeship of a Wuhan national zone, its management model, one major glass project with investment, site area and expected capacity",
  "http://news.jznews.com.cn/system/2014/12/05/011588418.shtml",
  "日期取页面“来源: 湖北日报 2014-12-05”与网址 2014/12/05（页首“2021年08月18日 星期三”为浏览日，已删）。标题照录；热线行、来源行与图片说明“图为:洪湖城区人民广场”“图为:石化设备焊接”已删。长篇特写只存开头：存段在“长利玻璃洪湖公司负责人胡金祥介绍,之所以选址新滩新区,是”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…实现税收过亿元。”，含小标题“工业:大招商推动大发展”一行，共十二段。园区：新滩新区（洪湖市新滩镇，荆州市，湖北；2014年4月18日起由武汉经济技术开发区“经济托管”，parent 记武汉经济技术开发区；文中又作“新区”，管委会称“武汉经济开发区新滩新区管委会”）；武汉经济技术开发区（文中又作“武汉经济开发区”）。项目：武汉长利玻璃（新滩新区引进的重大项目，总投资20亿元，无状态词）；公司同名在园。洪湖市为县级市，不是园区；长江岸线等县情数字不计。",
  "ty07"),
 parks=[
  park(XT, "荆州", "湖北", "新区（跨区共建）", G0, district="洪湖市", parent=WE, aliases=["武汉经济开发区新滩新区"],
       note="洪湖市新滩镇；2014年4月18日起由武汉经济技术开发区经济托管，武汉与荆州共建“飞地”"),
  park(WE, "武汉", "湖北", "国家级经济技术开发区", G0, aliases=["武汉经济开发区"], note="托管新滩新区"),
 ],
 companies=[
  comp("武汉长利玻璃", XT, G1, note="新滩新区引进的重大项目"),
 ],
 institutions=[],
 projects=[
  proj("武汉长利玻璃", XT, G1, companies=["武汉长利玻璃"], inv="总投资20亿元", status=None, status_text="引进",
       note="项目名取企业名；占地1400亩；建成投产后年产浮法玻璃1530万重箱、税收过亿元"),
 ],
 funds=[],
 aggregate_facts=[
  fact("武汉长利玻璃", "project", "site_area_mu", 1400, "mu", G1, "2014年12月", opt=True),
  fact("武汉长利玻璃", "project", "expected_annual_capacity_weight_cases", 1.53e7, "重箱", G1, "建成投产后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ty08 黄石 节庆招商 33 projects (黄石日报 on hsdz.gov.cn)
HJ = "黄金山工业新区"
HS = "黄石国家级经济开发区"
H0 = "除了各县市区自主分散签约项目外,8月21日,全市在投资说明会上挑选出33个重大项目举行签约仪式。33个项目中,工业项目28个,农业项目3个,商业项目2个"
H1 = "三是园区吸引力快速增强,落户各类园区的项目23个,其中落户黄金山工业新区16个,展现了黄石国家级经济开发区的招牌效应"
H2 = "长沙市恒力金属材料公司投资13.1亿元建设的冶金物流产业园项目,一期投资3.5亿元,落户黄金山工业新区"
H3 = "香港精大投资公司投资18亿港币建设的正华纺织工业园项目,一期投资9亿元,落户黄金山工业新区"
H4 = "大冶有色金属股份公司投资10亿元建设的稀贵金属工业园项目,落户黄金山工业新区"
H5 = "湖北奥山置业集团投资20亿元建设的奥山综合体项目,一期投资5亿元,落户黄金山工业新区"
H6 = "杭州共鸣创新纺织公司投资6亿元建设的家纺科技新城项目,一期投资1.5亿元,落户铁山区西部科技新城"
AS8 = "8月21日（签约；年份存段未示）"
def alt(t, ph):
    return {"investment_text": t, "investment_cny": cny(t), "phase": ph}
G["ty08"] = dict(
 article=art("（无标题）黄石节庆招商：33个重大项目集中签约，黄金山工业新区落户16个", "黄石日报（本报记者 王再雄 张春玲），载于黄石经济技术开发区网站 hsdz.gov.cn（招商引资·投资动态栏）", "2015-08-05", "day",
  "City daily on the national zone's own website, Hubei: a city's festival-season investment drive — 33 major projects signed at an investment briefing, how many went to parks and to one new industrial area, five named projects by five investors with total and phase-1 amounts and their parks",
  "https://hsdz.gov.cn/zsyz_908/tzdt/201508/t20150805_26173.html",
  "存段无标题、无日期行（title 为编者概括）。日期只取网址 201508/t20150805（站点发布日）；文中“8月21日…举行签约仪式”“今年2月”说明原稿写于签约当年8月21日之后，早于站点发布日，年份存段未示（推定在2010–2014年间），as_of 记“8月21日（签约；年份存段未示）”。存段末行“江苏无锡金都房地产公司投资8.6亿元建设的重金属废渣无害化治理项目,”在列举中中断（落户地未写），整行删去（make_txt.py ITEMS 截至上一行），正文截至“…落户铁山区西部科技新城;”，共十二段（列举逐行成段）。“一期投资占合同投资额53,”原文如此（缺“%”），照录，不计。园区：黄金山工业新区（黄石，湖北；“展现了黄石国家级经济开发区的招牌效应”，parent 记“黄石国家级经济开发区”，该园区按原文字样列出）；西部科技新城（铁山区）。项目（均为8月21日签约的33个项目之一，状态“签约”）：冶金物流产业园项目（长沙市恒力金属材料公司，13.1亿元，一期3.5亿元）、正华纺织工业园项目（香港精大投资公司，18亿港币——investment_cny 空，investment_value 1.8e9 HKD；一期9亿元）、稀贵金属工业园项目（大冶有色金属股份公司，10亿元）、奥山综合体项目（湖北奥山置业集团，20亿元，一期5亿元）、家纺科技新城项目（杭州共鸣创新纺织公司，6亿元，一期1.5亿元，西部科技新城）；一期金额记 alt_investment。公司：五家投资方（park 记项目所落园区）；沃尔玛（“正式确定进驻黄石”，园区未说，可选）。事实：全市签约33个（工业28、农业3、商业2；subject 黄石市 region）、投资过5亿元项目7个、落户各类园区23个；落户黄金山工业新区16个（park）。机构：市商务局（可选）。",
  "ty08"),
 parks=[
  park(HJ, "黄石", "湖北", "工业新区", H1, parent=HS, note="落户16个签约项目；母园区按文中“黄石国家级经济开发区”"),
  park(HS, "黄石", "湖北", "国家级经济开发区", H1, opt=True, note="文中只此一处，字样照录（黄石经济技术开发区）"),
  park("西部科技新城", "黄石", "湖北", "科技新城", H6, district="铁山区"),
 ],
 companies=[
  comp("长沙市恒力金属材料公司", HJ, H2), comp("香港精大投资公司", HJ, H3), comp("大冶有色金属股份公司", HJ, H4),
  comp("湖北奥山置业集团", HJ, H5), comp("杭州共鸣创新纺织公司", "西部科技新城", H6),
  comp("沃尔玛", None, "世界零售业巨头沃尔玛正式确定进驻黄石", opt=True, note="进驻黄石；园区未说"),
 ],
 institutions=[
  inst("市商务局", "市商务局相关负责人表示,此次签约项目呈现三大特点", note="黄石市商务局（文中简称）"),
 ],
 projects=[
  proj("冶金物流产业园项目", HJ, H2, companies=["长沙市恒力金属材料公司"], inv="投资13.1亿元", status="签约", status_text="签约仪式",
       alt_investment=alt("一期投资3.5亿元", "一期")),
  proj("正华纺织工业园项目", HJ, H3, companies=["香港精大投资公司"], inv="投资18亿港币", currency="hkd", value=1.8e9, status="签约", status_text="签约仪式",
       alt_investment=alt("一期投资9亿元", "一期"), note="总投资以港币计"),
  proj("稀贵金属工业园项目", HJ, H4, companies=["大冶有色金属股份公司"], inv="投资10亿元", status="签约", status_text="签约仪式"),
  proj("奥山综合体项目", HJ, H5, companies=["湖北奥山置业集团"], inv="投资20亿元", status="签约", status_text="签约仪式",
       alt_investment=alt("一期投资5亿元", "一期")),
  proj("家纺科技新城项目", "西部科技新城", H6, companies=["杭州共鸣创新纺织公司"], inv="投资6亿元", status="签约", status_text="签约仪式",
       alt_investment=alt("一期投资1.5亿元", "一期")),
 ],
 funds=[],
 aggregate_facts=[
  fact("黄石市", "region", "projects_signed", 33, "count", H0, AS8),
  fact("黄石市", "region", "industrial_projects_signed", 28, "count", H0, AS8, opt=True),
  fact("黄石市", "region", "projects_signed_over_500m", 7, "count", "投资过5亿元项目7个", AS8, opt=True),
  fact("黄石市", "region", "projects_signed_into_parks", 23, "count", H1, AS8),
  fact(HJ, "park", "projects_signed", 16, "count", H1, AS8),
 ])

# ---------------------------------------------------------------- ty09 湖北省长江经济带产业基金启动 (中新社 via 中国台湾网 2015)
CJ = "湖北省长江经济带产业基金"
I0 = "规模达2000亿元人民币(下同)的湖北省长江经济带产业基金30日在武汉正式启动"
I1 = "当天,湖北省长江经济带产业基金管理公司与渤海基金、长江国际金融投资、农银国际、招商银行等40家“金融巨头”签订合作协议"
G["ty09"] = dict(
 article=art("（无标题）湖北省长江经济带产业基金在武汉正式启动", "中新社（曹旭峰 马芙蓉），载于中国台湾网 econ.taiwan.cn（大陆经济栏）", "2015-12-30", "day",
  "National wire service on a mainland portal, Hubei: a provincial industrial fund of funds launched — its total size, the provincial treasury's guiding fund, applicants, structure and target industries, the management company's cooperation agreements",
  "http://econ.taiwan.cn/ec_dalu/201512/t20151230_11343365.htm",
  "日期取电头“中新社武汉12月30日电”与网址 201512/t20151230。存段无标题行（title 为编者概括）；“[责任编辑: 李振]”已删，“(完)”为通稿原文，保留。正文六段，完整。基金：湖北省长江经济带产业基金（总规模2000亿元，由若干母基金组成，park null）；引导基金（湖北省财政出资400亿元发起设立，可选）。公司：湖北省长江经济带产业基金管理公司；渤海基金、长江国际金融投资、农银国际、招商银行（签约合作机构，可选）。机构：国家开发银行（揭牌方，可选）。文中无园区。事实：68家机构申报、40家签约合作（可选）。",
  "ty09"),
 parks=[],
 companies=[
  comp("湖北省长江经济带产业基金管理公司", None, I1, note="基金管理公司，揭牌"),
  comp("渤海基金", None, I1, opt=True), comp("长江国际金融投资", None, I1, opt=True),
  comp("农银国际", None, I1, opt=True), comp("招商银行", None, I1, opt=True),
 ],
 institutions=[
  inst("国家开发银行", "国家开发银行投资总监樊海斌和湖北省常务副省长王晓东共同为基金管理公司揭牌", kind="bank"),
 ],
 projects=[],
 funds=[
  fund(CJ, None, I0, size="2000亿元", size_type="总规模", note="由若干母基金组成；又作“长江经济带基金”", aliases=["长江经济带基金"]),
  fund("引导基金", None, "湖北省财政出资400亿元发起设立引导基金", size="400亿元", size_type="出资", opt=True,
       note="省财政出资的政府引导基金（劣后资金）"),
 ],
 aggregate_facts=[
  fact(CJ, "fund", "applicant_institutions", 68, "count", "目前,有68家机构申报", "2015年12月30日", opt=True),
  fact(CJ, "fund", "cooperation_agreements", 40, "count", I1, "2015年12月30日", opt=True),
 ])
