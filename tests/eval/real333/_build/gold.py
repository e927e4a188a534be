# real333 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a city or district is not a park).
# Status from the text's words (开工建设 → 开工; 建设现场 / 如火如荼推进 / 土建施工正酣 → 在建; 首批产品下线 → 投产;
# 签约落地 → 签约). Year-to-date figures (“今年前11月”, “1—6月”) are cumulative; growth rates are ratio. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ptNN.raw as returned.

# ---------------------------------------------------------------- pt01 钦州前11月新签约项目152个 (广西日报 via gx.cnipai 2022)
QZP = "广西自贸试验区钦州港片区"
A0 = "走进广西自贸试验区钦州港片区,从机器轰鸣的产业园区,到加紧建设的产业基地,到处却是火热的建设场景"
A1 = "10月29日,桐昆钦州绿色化工化纤新材料基地一期项目、格派新能源电池材料一体化项目开工建设"
A2 = "11月30日,华谊钦州化工新材料一体化基地二期项目聚氯乙烯(PVC)装置首批聚氯乙烯产品顺利下线"
A3 = "今年前11月,该市重大项目累计完成投资178.3亿元,完成年度投资率113.9%,同比增长43.3%"
A4 = "其中,41个项目开工,19个项目竣工,实现下半年每月一个超百亿元项目开竣工"
A5 = "2021年9月,美国雅保宣布以2亿美元收购广西天源新能源材料公司,今年10月25日顺利完成收购"
ASA = "2022年1–11月"
G["pt01"] = dict(
 article=art("钦州前11月新签约项目152个 总投资1113亿元", "广西新闻网-广西日报（记者 康安），载于 gx.cnipai.com（工业园网广西频道“新闻”栏）", "2022-12-14", "day",
  "Provincial daily relayed by an industrial-park portal, Guangxi: a city's year-to-date project drive — a lithium firm in the pilot free-trade zone's Qinzhou Port area restarted after acquisition, two named projects started, a named base's phase-2 unit in production, the city's major-project investment, starts and completions, signings in the headline",
  "http://gx.cnipai.com/news/detail/300434.html",
  "日期取页面“2022 12/14 14:56”。标题照录；频道字“广西切换”“新闻”与日期行已删。存段末段“‘我们全面启动常态化驻点招商…建立”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…资源招商。”，共五段。园区：广西自贸试验区钦州港片区（钦州市，广西；自贸试验区片区）。公司：广西雅保锂业有限公司（引语紧接“走进…钦州港片区”之后，园区由语境推定，note 注明）；被收购的广西天源新能源材料公司、收购方美国雅保列可选。项目：桐昆钦州绿色化工化纤新材料基地一期项目、格派新能源电池材料一体化项目（开工建设→开工；文中未说所在园区，park null）；华谊钦州化工新材料一体化基地二期项目（PVC装置首批产品下线→投产，可选，因只说一套装置）。事实：标题“前11月新签约项目152个 总投资1113亿元”、重大项目累计完成投资178.3亿元及增速、41个开工19个竣工、54个重大项目，均归钦州市（region）。",
  "pt01"),
 parks=[
  park(QZP, "钦州", "广西", "自贸试验区片区", A0, note="中国（广西）自由贸易试验区钦州港片区"),
 ],
 companies=[
  comp("广西雅保锂业有限公司", QZP, "广西雅保锂业有限公司总经理朱仲秋说", note="园区由语境推定（引语紧接“走进…钦州港片区”）；原广西天源新能源材料公司，2022年10月25日完成收购后复产"),
  comp("广西天源新能源材料公司", QZP, A5, opt=True, note="被美国雅保收购；园区由语境推定"),
  comp("美国雅保", None, A5, opt=True, note="收购方，不在园区"),
 ],
 projects=[
  proj("桐昆钦州绿色化工化纤新材料基地一期项目", None, A1, phase="一期", status="开工", status_text="开工建设", note="2022年10月29日开工；文中未说所在园区"),
  proj("格派新能源电池材料一体化项目", None, A1, status="开工", status_text="开工建设", note="2022年10月29日开工；文中未说所在园区"),
  proj("华谊钦州化工新材料一体化基地二期项目", None, A2, phase="二期", status="投产", status_text="首批聚氯乙烯产品顺利下线", opt=True,
       note="只说二期的聚氯乙烯(PVC)装置首批产品下线（2022年11月30日）"),
 ],
 aggregate_facts=[
  fact("钦州", "region", "projects_signed", 152, "count", "钦州前11月新签约项目152个 总投资1113亿元", ASA, kind="cumulative", note="标题数字"),
  fact("钦州", "region", "signed_investment_cny", 1.113e11, "cny", "钦州前11月新签约项目152个 总投资1113亿元", ASA, kind="cumulative", chk=True, note="标题数字"),
  fact("钦州", "region", "major_projects_investment_completed_cny", 1.783e10, "cny", A3, ASA, kind="cumulative", chk=True),
  fact("钦州", "region", "major_projects_investment_yoy_growth", 0.433, "ratio", A3, ASA, kind="ratio"),
  fact("钦州", "region", "annual_investment_plan_completion", 1.139, "ratio", A3, ASA, kind="ratio", opt=True),
  fact("钦州", "region", "projects_started", 41, "count", A4, ASA, kind="cumulative", note="重大项目"),
  fact("钦州", "region", "projects_completed", 19, "count", A4, ASA, kind="cumulative", note="重大项目"),
  fact("钦州", "region", "major_projects_served", 54, "count", "服务保障54个重大项目加快建设", "2022年", opt=True),
  fact("美国雅保", "company", "acquisition_usd", 2e8, "usd", A5, "2021年9月（宣布）", opt=True, note="收购广西天源新能源材料公司"),
 ])

# ---------------------------------------------------------------- pt02 钦州港片区全力推进重大项目建设 (广西日报 via iewzx 2022)
QZP2 = "中国(广西)自贸试验区钦州港片区"
B0 = "进入8月,在中国(广西)自贸试验区钦州港片区龙门大桥建设现场,工程车辆往来穿梭"
B1 = "上半年钦州市规上工业增加值同比增长15.4%,固定资产投资同比增长25.4%,工业投资同比增长57.1%,增速均位于广西第一位"
B2 = "195个自治区层面重大项目实现开工33个、竣工9个,累计完成投资96亿元,年度投资完成率64.5%,同比增长58.3%"
B3 = "在位于钦州港片区的广西恒逸新材料项目建设现场,建设者们日夜奋战加紧生产"
ASB = "2022年1–6月"
G["pt02"] = dict(
 article=art("挑大梁!中国(广西)自贸试验区钦州港片区全力推进重大项目建设", "广西日报，载于 minsheng.iewzx.com（“民生1+1”栏）", "2022-08-11", "day",
  "Provincial daily relayed by a news portal, Guangxi: a pilot free-trade zone area's major projects — a sea bridge under construction in the area, the city's half-year growth rates and project counts, a new-materials project under construction in the area",
  "http://minsheng.iewzx.com/minsheng/2022/0811/120375.html",
  "日期取页面“来源:广西日报    发布时间:2022-08-11 11:17:34”。标题照录；导航、位置行、来源日期行已删。存段末行“广西恒逸新材料年产120万吨己内酰胺—聚酰胺产业一体化及配套工程项目总投资”在金额前中断，整段删去（ITEMS 截至上一段），故该项目无金额；小标题“A挑大梁,重大项目火热建设中”保留为一段。正文共五段。园区：中国(广西)自贸试验区钦州港片区（又作“钦州港片区”）。项目：龙门大桥（片区内建设现场→在建；国道G228滨海公路的组成部分，基础设施，可选）、广西恒逸新材料项目（位于钦州港片区，建设现场→在建）。公司：广西恒逸新材料只在项目名中（可选）。事实：钦州市上半年增速三项（ratio）、52个5亿元以上重点项目完成投资121亿元、195个自治区层面重大项目开工33竣工9累计投资96亿元、167个“五网”项目108.8亿元（cumulative，归钦州市 region）。",
  "pt02"),
 parks=[
  park(QZP2, "钦州", "广西", "自贸试验区片区", B0, aliases=["钦州港片区"]),
 ],
 companies=[
  comp("广西恒逸新材料", QZP2, B3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("龙门大桥", QZP2, B0, status="在建", status_text="建设现场…加快推进施工进度", opt=True,
       note="国道G228丹东至东兴广西滨海公路主线的组成部分；全长7.6公里；主塔完成，进入缆索施工；基础设施"),
  proj("广西恒逸新材料项目", QZP2, B3, companies=["广西恒逸新材料"], status="在建", status_text="建设现场",
       note="全称“广西恒逸新材料年产120万吨己内酰胺—聚酰胺产业一体化及配套工程项目”在被删的残段中；金额未存"),
 ],
 aggregate_facts=[
  fact("钦州", "region", "industrial_value_added_yoy_growth", 0.154, "ratio", B1, ASB, kind="ratio"),
  fact("钦州", "region", "fixed_asset_investment_yoy_growth", 0.254, "ratio", B1, ASB, kind="ratio"),
  fact("钦州", "region", "industrial_investment_yoy_growth", 0.571, "ratio", B1, ASB, kind="ratio", opt=True),
  fact("钦州", "region", "key_projects_investment_completed_cny", 1.21e10, "cny", "重点项目完成投资121亿元", ASB, kind="cumulative", opt=True, chk=True,
       note="52个投资5亿元以上的重点项目（“5亿元以上”为门槛，不入 evidence）"),
  fact("钦州", "region", "projects_started", 33, "count", B2, ASB, kind="cumulative", note="自治区层面重大项目"),
  fact("钦州", "region", "projects_completed", 9, "count", B2, ASB, kind="cumulative", note="自治区层面重大项目"),
  fact("钦州", "region", "major_projects_investment_completed_cny", 9.6e9, "cny", B2, ASB, kind="cumulative", chk=True, note="195个自治区层面重大项目"),
  fact("钦州", "region", "infrastructure_projects_investment_completed_cny", 1.088e10, "cny", "167个“五网”基础设施项目完成投资108.8亿元", ASB, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pt03 广西防城港支柱产业加快升级 (经济日报 via nanjiwang 2023)
JLH = "九龙湖科技产业园"
C0 = "在防城港市九龙湖科技产业园内,广西神龙涂镀板带生产基地项目正如火如荼推进,计划于今年底完成一期建设"
C1 = "项目设计产能120万吨,可实现年产值超60亿元"
C2 = "促成江苏国强新能源及安全材料智造项目、鞍山神龙新型金属基复合材料研发生产项目、五金铜材卫浴产业园等一大批高质量配套产业项目加快签约落地"
C3 = "并形成了以盛隆冶金、金川有色、华昇、广钢集团等龙头企业为引领的金属新材料千亿元级支柱产业"
C4 = "上半年,防城港市地区生产总值增长7.4%,规模以上工业增加值同比增长13.2%"
G["pt03"] = dict(
 article=art("上半年规上工业增加值增长13.2% 广西防城港支柱产业加快升级", "经济日报，载于 www.jju.nanjiwang.cn（“产品”栏转载）", "2023-08-12", "day",
  "National economic daily relayed by a portal, Guangxi: a port city's pillar industries — a coated-strip project under construction in a named park with capacity and expected output, leading metal firms, three supporting projects signed, half-year growth",
  "http://www.jju.nanjiwang.cn/chanpin/2023/0812/14105.html",
  "日期取页面“来源: 经济日报      时间:2023-08-12 06:10:41”。标题照录；位置行、来源时间行、“(资料图)”“(文章来源:经济日报)”及页尾“标签”“X 关闭”等已删。正文六段，完整。园区：九龙湖科技产业园（防城港市，广西）。项目：广西神龙涂镀板带生产基地项目（园区内，“正如火如荼推进”→在建；计划2023年底完成一期；年产值超60亿元为预期产值，不是投资额）；江苏国强新能源及安全材料智造项目、鞍山神龙新型金属基复合材料研发生产项目、五金铜材卫浴产业园（“加快签约落地”→签约；文中未说园区，park null）。公司：盛隆冶金、金川有色、华昇、广钢集团为全市龙头企业（文中未说园区，park null；又作“盛隆”“广钢”“金川”）。事实：防城港市上半年GDP增长7.4%、规上工业增加值增长13.2%（ratio）。",
  "pt03"),
 parks=[
  park(JLH, "防城港", "广西", "产业园", C0),
 ],
 companies=[
  comp("盛隆冶金", None, C3, aliases=["盛隆"], note="龙头企业；文中未说园区"),
  comp("金川有色", None, C3, aliases=["金川"], note="龙头企业；文中未说园区"),
  comp("华昇", None, C3, note="龙头企业；文中未说园区"),
  comp("广钢集团", None, C3, aliases=["广钢"], note="龙头企业；文中未说园区"),
 ],
 projects=[
  proj("广西神龙涂镀板带生产基地项目", JLH, C0, status="在建", status_text="正如火如荼推进", note="计划2023年底完成一期建设；设计产能120万吨；年产值超60亿元（预期产值，非投资额）"),
  proj("江苏国强新能源及安全材料智造项目", None, C2, status="签约", status_text="加快签约落地"),
  proj("鞍山神龙新型金属基复合材料研发生产项目", None, C2, status="签约", status_text="加快签约落地"),
  proj("五金铜材卫浴产业园", None, C2, status="签约", status_text="加快签约落地", note="以“产业园”为名的配套产业项目"),
 ],
 aggregate_facts=[
  fact("广西神龙涂镀板带生产基地项目", "project", "expected_annual_output_cny", 6e9, "cny", C1, "建成投产后（预计）", kind="target", qual="超", qtext="超", chk=True, opt=True),
  fact("防城港", "region", "gdp_yoy_growth", 0.074, "ratio", C4, "2023年上半年", kind="ratio"),
  fact("防城港", "region", "industrial_value_added_yoy_growth", 0.132, "ratio", C4, "2023年上半年", kind="ratio"),
 ])

# ---------------------------------------------------------------- pt04 铁山港区交出高质量发展精彩答卷 (北海日报 via bbrtv 2022)
D0 = "2021年,铁山港区地区生产总值达411.68亿元,经济实力迈上新台阶、居全市乃至广西前列"
D1 = "近日,顺应储能电池镍钴原材料加工项目土建施工正酣,一派繁忙景象"
G["pt04"] = dict(
 article=art("一路向海 扬帆远航——铁山港区交出高质量发展精彩答卷", "北海日报，载于北部湾在线 bbrtv.com（泛北新闻；网络编辑 杨琪玉）", "2022-04-14", "day",
  "City daily relayed by the provincial broadcaster's portal, Guangxi: a port district's five-year review — district GDP for 2021, a nickel-cobalt battery-material project under construction (opening of a long feature only)",
  "http://bbrtv.com/2022/0414/726142.html",
  "日期取页面“泛北新闻|来源:北海日报2022-04-14 10:45:43|网络编辑:杨琪玉”。标题照录；来源行、图片占位符“\\”及六条图片说明已删。存段末行“顺应储能电池镍钴原材料加工项目,是总投资220亿元的亚王储能材料制造基地项目启动的首期项目,投资60亿元,…年加工540万吨镍”在句中中断，整段删去（ITEMS 截至上一段），故项目无金额。小标题“五大高品质高质量主导产业,打造“向海图强”新引擎”保留为一段。正文五段。留存文本中没有点名的园区：铁山港区是北海市的区（region），铁山港公用码头是码头，均不作园区（parks 为空）。项目：顺应储能电池镍钴原材料加工项目（土建施工正酣→在建；文中未说园区，park null）。事实：铁山港区2021年地区生产总值411.68亿元（region）。",
  "pt04"),
 parks=[],
 companies=[],
 projects=[
  proj("顺应储能电池镍钴原材料加工项目", None, D1, status="在建", status_text="土建施工正酣", note="铁山港区；金额在被删的残段中"),
 ],
 aggregate_facts=[
  fact("铁山港区", "region", "gdp_cny", 4.1168e10, "cny", D0, "2021年", chk=True),
 ])

# ---------------------------------------------------------------- pt05 北海工业园区 外贸转型升级基地 (北海日报? via gxcounty 2019)
BH = "北海工业园区"
E0 = "北海工业园区是自治区政府重点支持的14个产业园区中唯一专业发展电子信息产业的园区"
E1 = "园区集聚消费类电子产品生产制造及其产业链配套企业约140家,其中规模以上企业达39家,7个自治区级工程技术中心及企业技术中心,8个公共服务平台"
E2 = "以中国电子北海产业园为核心的电子信息产业园区在2009年底正式开园"
ASE = "2019年（认定名单发布时）"
G["pt05"] = dict(
 article=art("（无标题）北海工业园区获认定国家外贸转型升级基地（消费类电子产品）", "m.gxcounty.com（广西县域经济网；“北海讯(记者/蓝永前)”，原发媒体存段未示）", "2019", "year",
  "Regional portal, Guangxi: an electronics industrial park recognised as a national foreign-trade transformation base — the park's firm counts, technology centres and service platforms, its core sub-park, its place in the region's electronics industry",
  "http://m.gxcounty.com/show-7-150392-0.html",
  "存段无标题、无日期行（title 为编者概括）；发表年份取文中“近日,国家商务部印发《2019年国家外贸转型升级基地认定名单》”，只到年份（published_precision year；月份未知）。存段末段“消费类电子产品不仅是…它促进了该”在句中中断，整段删去（ITEMS 截至上一段），正文共四段。园区：北海工业园区（又作“北海工业园”；北海市，广西）；中国电子北海产业园为其核心（parent 推定为北海工业园区，可选）；桂林高新区只作为另一家上榜单位提及（可选）。“北海工业园国家外贸转型升级基地(消费类电子产品)”是认定称号，不另列园区。无点名企业（“中国电子”只在园区名中）。事实：园区配套企业约140家、规上39家、自治区级工程技术中心及企业技术中心7个、公共服务平台8个（reported，as_of 2019年）；全国65家通过认定不计。",
  "pt05"),
 parks=[
  park(BH, "北海", "广西", "工业园区", E0, aliases=["北海工业园"], note="“北海工业园国家外贸转型升级基地(消费类电子产品)”为其认定称号"),
  park("中国电子北海产业园", "北海", "广西", "产业园", E2, parent=BH, opt=True, note="“以中国电子北海产业园为核心的电子信息产业园区”；母园区由语境推定"),
  park("桂林高新区", "桂林", "广西", "高新区", "另一家为桂林高新区国家外贸转型升级基地(电子产品)", opt=True, note="只作为另一家上榜单位提及"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(BH, "park", "firms", 140, "count", E1, ASE, qual="约", qtext="约", note="消费类电子产品生产制造及其产业链配套企业"),
  fact(BH, "park", "above_scale_firms", 39, "count", E1, ASE),
  fact(BH, "park", "tech_centers", 7, "count", E1, ASE, opt=True, note="自治区级工程技术中心及企业技术中心"),
  fact(BH, "park", "public_service_platforms", 8, "count", E1, ASE, opt=True),
 ])

# ---------------------------------------------------------------- pt06 防城港市东博会签约24个项目 (防城港日报 via freewechat 2023)
F0 = "我市于第20届中国—东盟博览会集中签约活动和2023中国—东盟产业合作暨“两国双园”项目分享圆桌会共签约产业项目24个、总投资463.69亿元"
F1 = "签约额制造业占比94.41%、“双招双引”项目数占比25%"
F2 = "同时,与海河工业园区越南有限公司、越南芒街市成达股份公司等越南企业签订合作协议"
F3 = "据了解,此次圆桌会共签约产业项目16个、投资额172.68亿元"
ASF = "2023年9月17日（东博会集中签约）"
G["pt06"] = dict(
 article=art("再创新高!防城港市于东博会开幕当日签约24个项目 总投资463.69亿元", "防城港日报（微信公众号文章，载于 freewechat.com 镜像；图片署“防城港日报全媒体记者 林芍岑 摄”）", "2023-09", "month",
  "City daily's WeChat article on a mirror site, Guangxi: a port city's signings at the China–ASEAN Expo — 24 projects and total, manufacturing share, a twin-parks roundtable with 16 projects, cross-border memorandum, two Vietnamese firms signed",
  "https://freewechat.com/a/MzAxMjExNjczMA==/2651838445/2",
  "存段无日期行；签约在“9月17日下午”，第20届中国—东盟博览会即2023年（文中“2023中国—东盟产业合作…圆桌会”），发表日期只到月（2023-09）。标题照录；图片说明“第20届中国—东盟博览会签约仪式现场。防城港日报全媒体记者 林芍岑 摄”已删；小标题“行动快,…”“规格高,…”保留为段；存段末行“金额大,签约金额创”中断，删去。正文共五段。文中“我市”即防城港市。无园区：“海河工业园区越南有限公司”是企业名称，“两国双园”是合作模式，均不列园区（parks 为空）。公司：海河工业园区越南有限公司、越南芒街市成达股份公司（越南企业，签订合作协议；park null）。机构：东兴市人民政府、越南广宁省芒街市人民委员会（签备忘录，可选）。未点名任何签约项目。事实：24个、463.69亿元、制造业占比、双招双引占比（防城港市 region）；圆桌会16个、172.68亿元（subject 防城港市，note 圆桌会）。",
  "pt06"),
 parks=[],
 companies=[
  comp("海河工业园区越南有限公司", None, F2, note="越南企业；签订合作协议"),
  comp("越南芒街市成达股份公司", None, F2, note="越南企业；签订合作协议"),
 ],
 institutions=[
  inst("中国广西东兴市人民政府", "会上由中国广西东兴市人民政府与越南广宁省芒街市人民委员会签订", note="签《关于共同推动两国企业在东兴、芒街两地开展项目投资的备忘录》"),
  inst("越南广宁省芒街市人民委员会", "会上由中国广西东兴市人民政府与越南广宁省芒街市人民委员会签订", note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact("防城港", "region", "projects_signed", 24, "count", F0, ASF),
  fact("防城港", "region", "signed_investment_cny", 4.6369e10, "cny", F0, ASF, chk=True),
  fact("防城港", "region", "signed_manufacturing_share", 0.9441, "ratio", F1, ASF, kind="ratio", opt=True),
  fact("防城港", "region", "signed_projects_dual_recruitment_share", 0.25, "ratio", F1, ASF, kind="ratio", opt=True, note="“双招双引”项目数占比"),
  fact("防城港", "region", "projects_signed", 16, "count", F3, "2023年9月17日（“两国双园”项目分享圆桌会）", opt=True, note="圆桌会签约，含于24个之内（推定）"),
  fact("防城港", "region", "signed_investment_cny", 1.7268e10, "cny", F3, "2023年9月17日（“两国双园”项目分享圆桌会）", opt=True, chk=True, note="圆桌会签约"),
 ])
