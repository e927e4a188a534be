# real78 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (yv03 in traditional script as published by 香港商报网, the other six
# simplified as published); names as written in the text; 逾/超过/超過/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it); an amount written without 元 (yv03 “191.8億”) goes in a fact whose metric has no _cny suffix, unit cny (as real53 zw01,
# real72 yp01). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none
# (a city or province is not a park). Status from the text's words (开工 / 动工 / 集中开工 / 已开工建设 → 开工; 建设加快推进 /
# 重点推进 → 在建; 签约 → 签约). “预计” figures are kind target; year-to-date or “目前/截至目前/已经有” counts are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/yvNN.raw as returned.

# ---------------------------------------------------------------- yv01 中马钦州产业园区首批入园项目开工建设 (新华社 via cnfin 2013)
ZM = "中马钦州产业园区"
A0 = "中马钦州产业园区首批入园项目慧宝源生物制药、广西港青油脂粮油加工项目7月21日正式动工建设"
A1 = "21日开工建设的广西港青油脂粮油加工项目年加工油料150万吨,是中国与马来西亚“资源互补,产业衔接”的示范项目"
A2 = "通过对马中关丹产业园生产的棕榈油初期产品进行分提精炼"
A3 = "目前,中马钦州产业园区招商引资进展顺利,已经有5个项目签约入园,总投资44亿元,并将在年内全部入园开工建设"
A4 = "此外还将有15个投资项目陆续入园建设,涉及制造、生物制药、物流、光能等产业项目,投资额达91.6亿元,投产后预计年产值439亿元"
A5 = "中马钦州产业园区毗邻广西钦州保税港区和国家级钦州港经济技术开发区,规划面积55平方公里,规划人口50万人"
A6 = "中马钦州产业园区于2012年4月1日开园建设,是中国和马来西亚两国政府合作的第一个园区"
AS1 = "2013年7月"
G["yv01"] = dict(
 article=art("中马钦州产业园区首批入园项目开工建设", "中国金融信息网 cnfin.com（新华社记者熊红明；“区域经济”栏）", "2013-07-23", "day",
  "National financial news site carrying a Xinhua item, Guangxi: the first two projects started in a China–Malaysia government-to-government park, projects signed with investment, pipeline projects with investment and expected output, the park's neighbouring bonded port zone and development zone, planned area and population",
  "https://www.cnfin.com/news-xh08/a/20130723/1216451.shtml",
  "日期取页面“中国金融信息网2013年07月23日08:28”（开工在7月21日）。标题照录；面包屑、日期行与“核心提示:…”（与正文首句重复的摘要）已删；署名行“新华社记者熊红明”保留为一段。存段在末段“主要布局工业区、科技研发区、配”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…规划人口50万人。”，共六段。园区：中马钦州产业园区（钦州，广西；中马两国政府合作的第一个园区，2012年4月1日开园）；毗邻的广西钦州保税港区、钦州港经济技术开发区（文中作“国家级钦州港经济技术开发区”）照列；马中关丹产业园在马来西亚，只作棕榈油来源提及，列可选。项目：首批入园项目“慧宝源生物制药”（以企业名作项目名）、广西港青油脂粮油加工项目（年加工油料150万吨）——正式动工建设→开工；两项金额未说。公司：慧宝源生物制药、广西港青油脂只在项目名中，列可选。事实：已签约入园5个项目、总投资44亿元（cumulative）；还将陆续入园15个项目、投资额91.6亿元、投产后预计年产值439亿元（target；439亿元是这15个项目投产后的预计，记在园区名下并注明）；规划面积55平方公里；规划人口50万人（可选）。“黄洲”职务在本稿未说，不列。“中马合资公司”为泛称，不列。",
  "yv01"),
 parks=[
  park(ZM, "钦州", "广西", "国际合作产业园区", A6, note="中国和马来西亚两国政府合作的第一个园区；2012年4月1日开园；文中又作“园区”"),
  park("广西钦州保税港区", "钦州", "广西", "保税港区", A5, note="中马钦州产业园区毗邻"),
  park("钦州港经济技术开发区", "钦州", "广西", "国家级经济技术开发区", A5, note="文中作“国家级钦州港经济技术开发区”；中马钦州产业园区毗邻"),
  park("马中关丹产业园", None, None, "国际合作产业园区（马来西亚）", A2, opt=True, note="在马来西亚；只作棕榈油来源提及"),
 ],
 companies=[
  comp("慧宝源生物制药", ZM, A0, opt=True, note="以企业名作项目名（首批入园项目）"),
  comp("广西港青油脂", ZM, A0, opt=True, note="只在项目名“广西港青油脂粮油加工项目”中"),
 ],
 projects=[
  proj("慧宝源生物制药", ZM, A0, status="开工", status_text="正式动工建设", note="首批入园项目；以企业名作项目名；金额未说"),
  proj("广西港青油脂粮油加工项目", ZM, A0, companies=["广西港青油脂"], status="开工", status_text="正式动工建设",
       note="首批入园项目；年加工油料150万吨；金额未说"),
 ],
 aggregate_facts=[
  fact(ZM, "park", "projects_signed", 5, "count", A3, AS1, kind="cumulative", note="已签约入园，年内全部入园开工建设"),
  fact(ZM, "park", "signed_investment_cny", 4.4e9, "cny", A3, AS1, kind="cumulative", chk=True),
  fact(ZM, "park", "pipeline_projects", 15, "count", A4, "2013年起（将陆续入园）", kind="target"),
  fact(ZM, "park", "pipeline_projects_investment_cny", 9.16e9, "cny", A4, "2013年起（将陆续入园）", kind="target", chk=True),
  fact(ZM, "park", "expected_annual_output_cny", 4.39e10, "cny", "投产后预计年产值439亿元", "投产后（预计）", kind="target", chk=True,
       note="上述15个拟入园项目投产后的预计年产值"),
  fact(ZM, "park", "planned_area_km2", 55, "km2", A5, AS1),
  fact(ZM, "park", "planned_population", 5e5, "persons", A5, AS1, opt=True),
  fact("广西港青油脂粮油加工项目", "project", "annual_processing_capacity_t", 1.5e6, "t", A1, "设计能力", opt=True),
 ])

# ---------------------------------------------------------------- yv02 广西自贸试验区崇左片区 (中新社 via gx.cnipai 2020)
CZ = "中国(广西)自由贸易试验区崇左片区"
PX = "凭祥综合保税区"
LS = "谅山—同登口岸经济区"
B0 = "中国(广西)自由贸易试验区崇左片区管理委员会5日在广西凭祥市挂牌"
B1 = "中国(广西)自由贸易试验区崇左片区(以下简称崇左片区)于2019年8月经中国国务院批准挂牌设立,是广西3个自贸片区之一、中国5个沿边片区之一,实施范围15平方公里(含凭祥综合保税区1.01平方公里)"
B3 = "其中,越南谅山北投产业园项目位于越南谅山省谅山—同登口岸经济区内,规划面积约177公顷,估算总投资25亿元,力争8月份实现首批中资企业入园"
B4 = "目前,水果交易量排在全国前列的长沙红星、广州江楠、郑州云调味等行业领军企业已落户崇左片区投资建厂"
AS2 = "2020年6月"
G["yv02"] = dict(
 article=art("广西自贸试验区崇左片区跨境产业合作“风生水起”", "中新社（记者 黄艳梅 杨志雄），载于 gx.cnipai.com（广西站“新闻”栏）", "2020-06-06", "day",
  "Investment-news site relaying a China News Service item, Guangxi: a border pilot-free-trade-zone area's management committee unveiled — its area including a comprehensive bonded zone, planned import/export processing industries, a China–Vietnam “two countries, two parks” project across the border with area and estimated investment, leading fruit-trade firms settled in",
  "https://gx.cnipai.com/news/detail/269148.html",
  "日期取页面“2020 06/06 08:39”（电头“中新社广西凭祥6月5日电”）。标题照录；“广西切换”“新闻”与日期行已删。存段在末段第二句“中国—东盟(凭祥)农副产品专业市场二期工程、凭祥·江楠(东盟)农产品”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…已落户崇左片区投资建厂。”，共六段。园区：中国(广西)自由贸易试验区崇左片区（文中又作“崇左片区”；所在地凭祥市，崇左，广西；实施范围15平方公里）；凭祥综合保税区（又作“广西凭祥综合保税区”；“含凭祥综合保税区1.01平方公里”——在片区实施范围内，parent 记崇左片区）；“中国(广西)自由贸易试验区”只在片区名中，列可选；越南境内的谅山—同登口岸经济区与越南谅山北投产业园列可选园区。项目：越南谅山北投产业园项目——崇左片区打造的中越“两国双园”项目，位于越南谅山省谅山—同登口岸经济区内（park 记该经济区），估算总投资25亿元（“估算”不是约/超/余，qualifier 空），规划面积约177公顷，力争（2020年）8月首批中资企业入园；文中未说开工或签约，status 空。公司：长沙红星、广州江楠、郑州云调味——已落户崇左片区投资建厂（名称照录，是简称）。机构：崇左片区管理委员会（可选）。事实：片区实施范围15平方公里、凭祥综合保税区1.01平方公里；“广西3个自贸片区之一、中国5个沿边片区之一”为定位说明，不作事实。",
  "yv02"),
 parks=[
  park(CZ, "崇左", "广西", "自贸试验区片区", B1, district="凭祥市", aliases=["崇左片区"], note="所在地凭祥市；2019年8月获批；文中又作“崇左片区”"),
  park(PX, "崇左", "广西", "综合保税区", B1, district="凭祥市", parent=CZ, aliases=["广西凭祥综合保税区"],
       note="在崇左片区实施范围内（“含凭祥综合保税区1.01平方公里”）；又作“广西凭祥综合保税区”"),
  park("中国(广西)自由贸易试验区", None, "广西", "自由贸易试验区", B1, opt=True, note="只在片区名中"),
  park(LS, None, None, "口岸经济区（越南）", B3, opt=True, note="在越南谅山省"),
  park("越南谅山北投产业园", None, None, "产业园（越南；中越“两国双园”）", B3, parent=LS, opt=True, note="只在项目名中；在建园区开发项目"),
 ],
 companies=[
  comp("长沙红星", CZ, B4, note="水果交易行业领军企业；已落户崇左片区投资建厂；简称照录"),
  comp("广州江楠", CZ, B4, note="同上"),
  comp("郑州云调味", CZ, B4, note="同上"),
 ],
 institutions=[
  inst("中国(广西)自由贸易试验区崇左片区管理委员会", B0, park=CZ, note="2020年6月5日在凭祥市挂牌"),
 ],
 projects=[
  proj("越南谅山北投产业园项目", LS, B3, inv="估算总投资25亿元",
       note="崇左片区打造的首个中越“两国双园”项目；位于越南谅山省谅山—同登口岸经济区内；“估算”；力争2020年8月首批中资企业入园；状态文中未明说"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "area_km2", 15, "km2", B1, AS2, note="实施范围，含凭祥综合保税区"),
  fact(PX, "park", "area_km2", 1.01, "km2", B1, AS2),
  fact("越南谅山北投产业园项目", "project", "planned_area_ha", 177, "ha", B3, AS2, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yv03 桂欽州港片區一季度 (香港商报网 2021, traditional as published)
QZ = "中國(廣西)自由貿易試驗區欽州港片區"
C0 = "中國(廣西)自由貿易試驗區欽州港片區(簡稱欽州港片區)獲悉"
C1 = "一季度規模以上工業總產值191.8億,同比增39%"
C2 = "港口貨物吞吐量3811.6萬噸,同比增長32%"
C3 = "西部陸海新通道開行海鐵聯運班列1325列,集裝箱辦理量為66292個標準箱,同比2020年分別增幅89.3%,88.5%"
C4 = "目前,欽州港片區已有16個「雙百雙新」產業項目落戶並開工建設,項目總投資3062億元"
C5 = "片區新簽約招商引資項目11個,投資總額超過120億元"
C6 = "港口通過能力達到1.3億噸,運營集裝箱班輪航線達到47條"
C7 = "其中外貿完成1342.7萬噸,同比增長15.3%,內貿完成2468.9萬噸,同比增長43.3%"
C8 = "集裝箱完成94.7萬標箱,同比增長40.6%,其中外貿完成14.6萬標箱,同比增長25.9%"
AS3 = "2021年一季度"
AS3b = "2021年4月（目前）"
G["yv03"] = dict(
 article=art("桂欽州港片區一季度各項經濟指標實現「開門紅」", "香港商报网 hkcd.com（“广西 > 每日经济”栏；署名存段未示）", "2021-04-15", "day",
  "Hong Kong paper's mainland-news site (traditional script as published), Guangxi: a pilot-free-trade-zone area's first-quarter figures — industrial output above designated size, port throughput, sea-rail trains and containers, major industrial projects landed and started with total investment, new signings, port capacity",
  "https://www.hkcd.com/content_p/2021-04/15/content_114031.html",
  "日期取页面“2021-04-15 来源:香港商报网”。标题照录；栏目行（简体，站点导航）、日期与来源行已删。繁体为香港商报网原样刊出，不是转换稿，未转换。三行图片说明（“欽州保稅港區碼頭”“華誼欽州化工新材料一體化基地項目建設現場”“燕窩加工貿易基地生產線”）不属正文，已删（前二在段间，由 make_txt.py ITEMS 列出；第三在末段之后）；存段末行“此外,中馬欽州產業園區還發揮國際園區優勢,以”为一句残文，整行删去，正文截至“…同比增長25.9% 。”（“%”与“。”之间的空格原文如此），共四段。园区：中國(廣西)自由貿易試驗區欽州港片區（又作“欽州港片區”“片區”；钦州，广西）；“中國(廣西)自由貿易試驗區”只在片区名中，列可选。无具名项目与公司（“華誼欽州化工新材料一體化基地項目”只在已删的图片说明中）。事实：一季度規上工業總產值191.8億（原文无“元”字，metric 不带 _cny，unit cny）、增39%；港口貨物吞吐量3811.6萬噸、增32%（首段记于片区；末段同数记于“欽州港”）；海鐵聯運班列1325列、集裝箱66292標準箱及其增幅；16個「雙百雙新」產業項目落戶並開工建設、總投資3062億元（cumulative）；新簽約11個、超過120億元（cumulative，超）。欽州港（港口，subject_type other）的通過能力、航線、外貿/內貿吞吐量與集裝箱數列可选。",
  "yv03"),
 parks=[
  park(QZ, "钦州", "广西", "自贸试验区片区", C0, aliases=["欽州港片區"], note="繁体原文；又作“欽州港片區”“片區”"),
  park("中國(廣西)自由貿易試驗區", None, "广西", "自由贸易试验区", C0, opt=True, note="只在片区名中"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(QZ, "park", "industrial_output_above_scale", 1.918e10, "cny", C1, AS3, note="原文“191.8億”无“元”字"),
  fact(QZ, "park", "industrial_output_above_scale_yoy_growth", 0.39, "ratio", C1, AS3, kind="ratio"),
  fact(QZ, "park", "port_cargo_throughput_t", 3.8116e7, "t", C2, AS3),
  fact(QZ, "park", "port_cargo_throughput_yoy_growth", 0.32, "ratio", C2, AS3, kind="ratio"),
  fact(QZ, "park", "sea_rail_trains", 1325, "count", C3, AS3),
  fact(QZ, "park", "sea_rail_containers_teu", 66292, "TEU", C3, AS3),
  fact(QZ, "park", "sea_rail_trains_yoy_growth", 0.893, "ratio", C3, AS3, kind="ratio"),
  fact(QZ, "park", "sea_rail_containers_yoy_growth", 0.885, "ratio", C3, AS3, kind="ratio"),
  fact(QZ, "park", "projects_started", 16, "count", C4, AS3b, kind="cumulative", note="「雙百雙新」產業項目，落戶並開工建設"),
  fact(QZ, "park", "projects_started_investment_cny", 3.062e11, "cny", C4, AS3b, kind="cumulative", chk=True),
  fact(QZ, "park", "projects_signed", 11, "count", C5, "2021年（今年以來）", kind="cumulative"),
  fact(QZ, "park", "signed_investment_cny", 1.2e10, "cny", C5, "2021年（今年以來）", kind="cumulative", qual="超", qtext="超過", chk=True),
  fact("欽州港", "other", "port_capacity_t", 1.3e8, "t", C6, AS3b, opt=True),
  fact("欽州港", "other", "container_shipping_routes", 47, "count", C6, AS3b, opt=True),
  fact("欽州港", "other", "foreign_trade_cargo_t", 1.3427e7, "t", C7, AS3, opt=True),
  fact("欽州港", "other", "foreign_trade_cargo_yoy_growth", 0.153, "ratio", C7, AS3, kind="ratio", opt=True),
  fact("欽州港", "other", "domestic_trade_cargo_t", 2.4689e7, "t", C7, AS3, opt=True),
  fact("欽州港", "other", "domestic_trade_cargo_yoy_growth", 0.433, "ratio", C7, AS3, kind="ratio", opt=True),
  fact("欽州港", "other", "container_throughput_teu", 9.47e5, "TEU", C8, AS3, opt=True),
  fact("欽州港", "other", "container_throughput_yoy_growth", 0.406, "ratio", C8, AS3, kind="ratio", opt=True),
  fact("欽州港", "other", "foreign_trade_containers_teu", 1.46e5, "TEU", C8, AS3, opt=True),
  fact("欽州港", "other", "foreign_trade_containers_yoy_growth", 0.259, "ratio", C8, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yv04 广西百色重点开发开放试验区 (中新网 via gqsoso 2021)
BS = "广西百色重点开发开放试验区"
D0 = "广西百色重点开发开放试验区重点项目建设全面推进,已开工项目206个,总投资1988亿元人民币,中国—东盟铝产品仓储交易中心、百色生命健康城等开放型平台性项目建设加快推进"
D1 = "中国国务院2020年批复设立广西百色重点开发开放试验区"
D2 = "目前,百色数字产业新城、靖西边境贸易落地深加工产业园区等产业开放合作项目已开工建设,百色金融科技城已引进各类金融机构29家"
D3 = "实现年产500万吨再生铝循环经济产业园项目开工建设,重点推进吉利百矿铝合金轮毂、靖西天桂铝业氧化铝等项目建设,力争今年三季度竣工投产"
D4 = "“截至目前,‘百色一号’中越跨境直通运输班列开行132趟共1716柜,总运量约4.3万吨"
D5 = "广西百色一号农业发展有限公司董事长许宜宝接受中新社记者采访时称"
AS4 = "2021年5月"
G["yv04"] = dict(
 article=art("广西百色重点开发开放试验区已开工项目206个 总投资1988亿元", "中新网（中国新闻网），载于 news.gqsoso.com（转载站；署名存段未示）", "2021-05-12", "day",
  "Aggregator copy of a China News Service web item, Guangxi: a border development-and-opening pilot zone's projects started with total investment, named platform and industrial-cooperation projects under way or started, a finance town's institutions, aluminium projects started or pushed toward production, a cross-border freight train service",
  "http://news.gqsoso.com/data/202105/1361980.html",
  "日期由电头“中新网百色5月12日电”与网址 202105 定为2021-05-12（文中“中国国务院2020年批复设立”合）。标题照录；存段末行“百色”为下一段残字，已删；正文截至“…接受中新社记者采访时称。”，共六段。园区：广西百色重点开发开放试验区（又作“试验区”；百色，广西；kind 重点开发开放试验区）；靖西边境贸易落地深加工产业园区（同时是已开工项目，列可选园区，母区由语境推定为试验区）；百色金融科技城（已引进金融机构29家，列可选园区）。项目：中国—东盟铝产品仓储交易中心、百色生命健康城（试验区开放型平台性项目“建设加快推进”→在建）；百色数字产业新城、靖西边境贸易落地深加工产业园区（“已开工建设”→开工；园区记试验区，因同段“推动试验区项目建设进入实质阶段。目前,…”）；年产500万吨再生铝循环经济产业园项目（开工）、吉利百矿铝合金轮毂、靖西天桂铝业氧化铝（“重点推进…力争今年三季度竣工投产”→在建）——这三项在“百色市持续推进铝产业转型升级”段，文中未放在园区，park 记 null。各项金额未说。公司：广西百色一号农业发展有限公司（“百色一号”班列，园区未说）；吉利百矿、靖西天桂铝业只在项目名中，列可选。事实：试验区已开工项目206个、总投资1988亿元（cumulative）；百色金融科技城金融机构29家；“百色一号”班列132趟、1716柜、约4.3万吨（可选，记于公司）。边境线长360.5公里为城市概况，不作事实。",
  "yv04"),
 parks=[
  park(BS, "百色", "广西", "重点开发开放试验区", D1, note="国务院2020年批复设立；文中又作“试验区”"),
  park("靖西边境贸易落地深加工产业园区", "百色", "广西", "产业园区（边贸进口商品落地加工）", D2, parent=BS, opt=True,
       note="同时是已开工建设的项目；母区由语境推定"),
  park("百色金融科技城", "百色", "广西", "金融科技城", D2, parent=BS, opt=True, note="已引进各类金融机构29家；母区由语境推定"),
 ],
 companies=[
  comp("广西百色一号农业发展有限公司", None, D5, note="“百色一号”中越跨境直通运输班列；园区未说"),
  comp("吉利百矿", None, D3, opt=True, note="只在项目名“吉利百矿铝合金轮毂”中"),
  comp("靖西天桂铝业", None, D3, opt=True, note="只在项目名“靖西天桂铝业氧化铝”中"),
 ],
 projects=[
  proj("中国—东盟铝产品仓储交易中心", BS, D0, status="在建", status_text="建设加快推进", note="试验区开放型平台性项目；金额未说"),
  proj("百色生命健康城", BS, D0, status="在建", status_text="建设加快推进", note="同上"),
  proj("百色数字产业新城", BS, D2, status="开工", status_text="已开工建设", note="产业开放合作项目；金额未说"),
  proj("靖西边境贸易落地深加工产业园区", BS, D2, status="开工", status_text="已开工建设", note="产业开放合作项目；园区开发项目"),
  proj("年产500万吨再生铝循环经济产业园项目", None, D3, status="开工", status_text="实现…开工建设", note="百色市铝产业项目；文中未放在园区"),
  proj("吉利百矿铝合金轮毂", None, D3, companies=["吉利百矿"], status="在建", status_text="重点推进", note="力争2021年三季度竣工投产；文中未放在园区"),
  proj("靖西天桂铝业氧化铝", None, D3, companies=["靖西天桂铝业"], status="在建", status_text="重点推进", note="同上"),
 ],
 aggregate_facts=[
  fact(BS, "park", "projects_started", 206, "count", D0, AS4, kind="cumulative"),
  fact(BS, "park", "projects_started_investment_cny", 1.988e11, "cny", D0, AS4, kind="cumulative", chk=True),
  fact("百色金融科技城", "park", "financial_institutions", 29, "count", D2, AS4, kind="cumulative"),
  fact("广西百色一号农业发展有限公司", "company", "cross_border_trains", 132, "count", D4, AS4, kind="cumulative", opt=True, note="“百色一号”中越跨境直通运输班列"),
  fact("广西百色一号农业发展有限公司", "company", "containers", 1716, "count", D4, AS4, kind="cumulative", opt=True),
  fact("广西百色一号农业发展有限公司", "company", "freight_volume_t", 4.3e4, "t", D4, AS4, kind="cumulative", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yv05 海口12个自贸港建设项目集中开工 (椰网 2022)
JD = "江东新区"
MA = "美安科技新城"
E0 = "本次全省集中开工项目142个,总投资373亿元,2022年计划投资101亿元"
E1 = "其中,海口集中开工建设12个项目,总投资40.1977亿元"
E2a = "基础设施项目4个,分别为美兰区保留村庄农村(江东新区内)生活污水治理项目(一期)、江东新区高品质饮用水管网项目、兴洋三横路项目、桂林洋保留村庄农村(江东新区内)生活污水治理项目(一期)"
E2b = "公共服务项目5个,分别为海口市新琼小学项目及美兰区青少年活动中心、江东新区起步区鸿园国际公寓项目、江东新区安居房项目(JDZH-02-C02地块)、江东新区安居房项目(JDWH-02-A09-2地块)、海口汽车客运总站(二期)项目"
E2c = "产业项目3个,分别为京东智能产业园海口江东项目(一期)、中国智能物流骨干网海口江东新区节点项目(菜鸟项目)、长安制药美安科技新城新厂建设项目(二期)"
E4 = "此次海口集中开工的12个项目中,投资体量最大的是江东新区安居房项目(JDZH-02-C02地块),总投资达6.61亿元,该项目预计2023年9月竣工"
AS5 = "2022年1月6日（2022年度第一批集中开工）"
ST = dict(status="开工", status_text="集中开工建设")
G["yv05"] = dict(
 article=art("海口12个自贸港建设项目集中开工 涉及安居房、学校、汽车客运站……", "椰网 / 国际旅游岛商报（记者 王辉），hndnews.com", "2022-01-06", "day",
  "Provincial commercial paper's news site, Hainan: a free-trade-port batch groundbreaking — province-wide count, investment and year plan, the city's twelve named projects by type (most in a new district of the free trade port, one in a science-and-technology new town), investment by type and the largest project's amount and completion date",
  "https://www.hndnews.com/p/498628.html",
  "日期取页面“椰网 2022-01-06 15:53:46”（开工活动1月6日上午）。标题照录；日期行、责任编辑、内容审核与版权声明已删。正文三段，完整。园区：江东新区（海口江东新区，海南自由贸易港重点园区；文中作“江东新区”，又见“海口江东新区”于项目名中；海口，海南）；美安科技新城只在项目名“长安制药美安科技新城新厂建设项目(二期)”中，列可选。项目：海口集中开工的12个项目全部列出，status 开工（“集中开工建设”）；名称照录（含括注地块号与期次）。园区：名称或括注含“江东新区”的记江东新区（美兰区/桂林洋保留村庄农村(江东新区内)生活污水治理项目(一期)、江东新区高品质饮用水管网项目、江东新区起步区鸿园国际公寓项目、两个江东新区安居房项目、中国智能物流骨干网海口江东新区节点项目(菜鸟项目)）；京东智能产业园海口江东项目(一期)由名中“海口江东”推定为江东新区（note）；长安制药…新厂建设项目(二期)记美安科技新城；兴洋三横路项目、海口市新琼小学项目及美兰区青少年活动中心、海口汽车客运总站(二期)项目文中未放在园区，park null。金额只有江东新区安居房项目(JDZH-02-C02地块)“总投资达6.61亿元”（预计2023年9月竣工）。公司：京东、菜鸟、长安制药只在项目名中，列可选。事实：全省集中开工142个、总投资373亿元、2022年计划投资101亿元（target）；海口12个、40.1977亿元；基础设施/公共服务/产业项目总投资11.4846亿元、20.8831亿元、7.83亿元（个数4/5/3可选）。",
  "yv05"),
 parks=[
  park(JD, "海口", "海南", "新区（海南自由贸易港重点园区）", E2a, aliases=["海口江东新区"], note="又作“海口江东新区”（项目名中）"),
  park(MA, "海口", "海南", "科技新城", E2c, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("京东", JD, E2c, opt=True, note="只在项目名“京东智能产业园海口江东项目(一期)”中"),
  comp("菜鸟", JD, E2c, opt=True, note="只在项目名括注“(菜鸟项目)”中"),
  comp("长安制药", MA, E2c, opt=True, note="只在项目名“长安制药美安科技新城新厂建设项目(二期)”中"),
 ],
 projects=[
  proj("美兰区保留村庄农村(江东新区内)生活污水治理项目(一期)", JD, E2a, phase="一期", note="基础设施项目", **ST),
  proj("江东新区高品质饮用水管网项目", JD, E2a, note="基础设施项目", **ST),
  proj("兴洋三横路项目", None, E2a, note="基础设施项目；文中未放在园区", **ST),
  proj("桂林洋保留村庄农村(江东新区内)生活污水治理项目(一期)", JD, E2a, phase="一期", note="基础设施项目", **ST),
  proj("海口市新琼小学项目及美兰区青少年活动中心", None, E2b, note="公共服务项目；海口分会场所在；文中未放在园区", **ST),
  proj("江东新区起步区鸿园国际公寓项目", JD, E2b, note="公共服务项目", **ST),
  proj("江东新区安居房项目(JDZH-02-C02地块)", JD, E4, inv="总投资达6.61亿元", note="公共服务项目；12个项目中投资最大；预计2023年9月竣工", **ST),
  proj("江东新区安居房项目(JDWH-02-A09-2地块)", JD, E2b, note="公共服务项目", **ST),
  proj("海口汽车客运总站(二期)项目", None, E2b, phase="二期", note="公共服务项目；文中未放在园区", **ST),
  proj("京东智能产业园海口江东项目(一期)", JD, E2c, companies=["京东"], phase="一期", note="产业项目；园区由名中“海口江东”推定", **ST),
  proj("中国智能物流骨干网海口江东新区节点项目(菜鸟项目)", JD, E2c, companies=["菜鸟"], aliases=["菜鸟项目"], note="产业项目", **ST),
  proj("长安制药美安科技新城新厂建设项目(二期)", MA, E2c, companies=["长安制药"], phase="二期", note="产业项目", **ST),
 ],
 aggregate_facts=[
  fact("海南省", "region", "projects_started", 142, "count", E0, AS5, note="全省集中开工"),
  fact("海南省", "region", "projects_started_investment_cny", 3.73e10, "cny", E0, AS5, chk=True),
  fact("海南省", "region", "planned_annual_investment_cny", 1.01e10, "cny", "2022年计划投资101亿元", "2022年（计划）", kind="target", chk=True),
  fact("海口市", "region", "projects_started", 12, "count", E1, AS5),
  fact("海口市", "region", "projects_started_investment_cny", 4.019770e9, "cny", E1, AS5, chk=True),
  fact("海口市", "region", "infrastructure_projects_started", 4, "count", E2a, AS5, opt=True),
  fact("海口市", "region", "public_service_projects_started", 5, "count", E2b, AS5, opt=True),
  fact("海口市", "region", "industrial_projects_started", 3, "count", E2c, AS5, opt=True),
  fact("海口市", "region", "infrastructure_projects_investment_cny", 1.148460e9, "cny", "基础设施项目总投资11.4846亿元", AS5, chk=True),
  fact("海口市", "region", "public_service_projects_investment_cny", 2.088310e9, "cny", "公共服务项目总投资20.8831亿元", AS5, chk=True),
  fact("海口市", "region", "industrial_projects_investment_cny", 7.83e8, "cny", "产业项目总投资7.83亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- yv06 沿边产业园区成云南承接产业转移“优选地” (中新网 via bobobk 2024)
RL = "瑞丽沿边产业园区"
HK = "河口沿边产业园区"
MH = "中国老挝磨憨—磨丁经济合作区"
F0 = "其中,瑞丽沿边产业园区、河口沿边产业园区、中国老挝磨憨—磨丁经济合作区等沿边产业园区已成为云南承接中国东部产业转移的“优选地”"
F1 = "2024年1—5月,园区实现营业收入11.82亿元(人民币,下同)"
F2 = "正是看中了园区的区位及劳动力资源优势,瑞丽音皇电子科技有限公司在2018入驻瑞丽"
F3 = "目前公司已完成了全产业链搬迁,去年实现营业收入3.03亿元,预计3年后工业总产值每年不低于5亿元"
F4 = "与瑞丽类似,位于云南省红河州、中越边境的河口沿边产业园区,同样凭借显著的区位优势,吸引众多在电子信息制造、纺织服装等领域具有优势的企业入驻,森茂红河电子有限公司就是其中之一"
G["yv06"] = dict(
 article=art("沿边产业园区成云南承接产业转移“优选地”", "中新网（作者 陆希成），载于 blog.bobobk.com（转载站）", "2024-09-01", "day",
  "Aggregator copy of a China News Service web feature, Yunnan: border industrial parks taking in industry relocated from the east — one park's revenue for January–May, a relocated electronics firm's revenue and expected output, a second park's relocated firm",
  "https://blog.bobobk.com/financial/2024/09-01/10278154.html",
  "日期由电头“中新网昆明9月1日电”与网址 2024/09-01 定；同文的繁体转换稿（yuyoo.com.cn，未用）标“2024-09-01 16:57:29 來源:中國新聞網”，相合。另有简体转载 pcfortune.com.cn/news/yuanchuang/2024/0901/191609.html（无电头，多一句图片说明，未用）。标题照录；电头行（含“题:…”）与“作者 陆希成”各保留为一段。存段末行“记者从河口沿边产业园区了解到,该公司原址位于广东省东莞市,是一家集…装配于一体的省级”为一句残文，整行删去，正文截至“…森茂红河电子有限公司就是其中之一。”，共八段（长篇只存开头）。园区：瑞丽沿边产业园区（德宏州瑞丽市，云南；文中又作“该园区”“园区”）；河口沿边产业园区（云南省红河州，中越边境）；中国老挝磨憨—磨丁经济合作区（只列名，所在州市文中未说）。公司：瑞丽音皇电子科技有限公司（“看中了园区的区位…2018入驻瑞丽”——园区记瑞丽沿边产业园区）；森茂红河电子有限公司（河口沿边产业园区入驻企业之一）。事实：瑞丽沿边产业园区2024年1—5月营业收入11.82亿元（cumulative）；音皇电子去年（2023年）营业收入3.03亿元，预计3年后工业总产值每年不低于5亿元（target，qualifier 超，qualifier_text“不低于”）。无具名项目。",
  "yv06"),
 parks=[
  park(RL, "德宏", "云南", "沿边产业园区", F0, district="瑞丽市", note="德宏州瑞丽市；文中又作“该园区”“园区”"),
  park(HK, "红河", "云南", "沿边产业园区", F4, note="云南省红河州、中越边境"),
  park(MH, None, "云南", "跨境经济合作区", F0, note="只列名；所在州市文中未说"),
 ],
 companies=[
  comp("瑞丽音皇电子科技有限公司", RL, F2, note="2018年入驻；已完成全产业链搬迁"),
  comp("森茂红河电子有限公司", HK, F4, note="河口沿边产业园区入驻企业之一；原址广东省东莞市"),
 ],
 projects=[],
 aggregate_facts=[
  fact(RL, "park", "revenue_cny", 1.182e9, "cny", F1, "2024年1—5月", kind="cumulative", chk=True),
  fact("瑞丽音皇电子科技有限公司", "company", "revenue_cny", 3.03e8, "cny", "去年实现营业收入3.03亿元", "2023年", chk=True),
  fact("瑞丽音皇电子科技有限公司", "company", "expected_annual_output_cny", 5e8, "cny", "预计3年后工业总产值每年不低于5亿元", "3年后起每年（预计）",
       kind="target", qual="超", qtext="不低于", chk=True),
 ])

# ---------------------------------------------------------------- yv07 海口综合保税区全国排名首次进入A类 (海口日报 via hi.chinanews 2025)
HZ = "海口综合保税区"
KG = "海口空港综合保税区"
H0 = "在参与绩效评估的154个综保区中,海口综合保税区全国综合排名第27位,较上年提升37位,全国排名首次进入A类,全省排名第1位"
H1 = "海口空港综合保税区全国综合排名第70位,较上年提升76位,全国排名进入B类"
H2 = "自《海南自由贸易港建设总体方案》发布以来,海口综合保税区营业收入、税收收入、进出口总值和工业总产值年均分别实现增长21%、10%、12%和18%"
H3 = "其中,2024年实现货物进出口总额334亿元,同比增长24.6%"
H4 = "2025年上半年实现货物进出口总额158亿元,同比增长17.7%,约占海南省的13%、海口市的40%"
AS7 = "2024年度绩效评估（2025年8月公布）"
AS7g = "《海南自由贸易港建设总体方案》发布以来（年均）"
G["yv07"] = dict(
 article=art("海口综合保税区全国排名首次进入A类", "海口日报（记者 高潮），载于中新网海南频道 hi.chinanews.com.cn（“专题”栏）", "2025-08-28", "day",
  "City daily on a provincial news portal, Hainan: two comprehensive bonded zones' national performance-evaluation ranks, the larger zone's average annual growth of revenue, tax, trade and industrial output since the free-trade-port plan, its 2024 and first-half-2025 import/export value with growth and shares of province and city",
  "http://www.hi.chinanews.com.cn/hnnew/2025-08-28/727714.html",
  "日期取页面“2025年08月28日 15:15 来源:海口日报”（电头“本报8月27日讯”）。标题照录；页头、分享行、日期来源行与两行（重复的）图片说明已删。存段末段“下一步,海口综合保税区将紧抓…产业结构优化升”为一句残文，整段删去，正文截至“…约占海南省的13%、海口市的40%。”，共四段。园区：海口综合保税区（又作“园区”；海口，海南）；海口空港综合保税区（海口，海南）。机构：海关总署（可选）。事实：海口综合保税区全国综合排名第27位（提升37位、全省第1位可选）；海口空港综合保税区第70位（提升76位可选）；参评综保区154个（可选）；《总体方案》发布以来营业收入、税收收入、进出口总值、工业总产值年均增长21%、10%、12%、18%（ratio）；2024年货物进出口总额334亿元、增24.6%；2025年上半年158亿元、增17.7%，约占海南省13%、海口市40%（ratio，约）。无具名项目与公司。",
  "yv07"),
 parks=[
  park(HZ, "海口", "海南", "综合保税区", H0, note="文中又作“园区”"),
  park(KG, "海口", "海南", "综合保税区", H1),
 ],
 companies=[],
 institutions=[
  inst("海关总署", "近日,海关总署公布了2024年度全国综合保税区发展绩效评估结果", note="公布绩效评估结果"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "national_rank", 27, "rank", H0, AS7),
  fact(HZ, "park", "national_rank_improvement", 37, "rank", H0, AS7, opt=True),
  fact(HZ, "park", "provincial_rank", 1, "rank", H0, AS7, opt=True),
  fact("全国综合保税区", "other", "zones_evaluated", 154, "count", H0, AS7, opt=True),
  fact(KG, "park", "national_rank", 70, "rank", H1, AS7),
  fact(KG, "park", "national_rank_improvement", 76, "rank", H1, AS7, opt=True),
  fact(HZ, "park", "revenue_avg_annual_growth", 0.21, "ratio", H2, AS7g, kind="ratio"),
  fact(HZ, "park", "tax_revenue_avg_annual_growth", 0.10, "ratio", H2, AS7g, kind="ratio"),
  fact(HZ, "park", "imports_exports_avg_annual_growth", 0.12, "ratio", H2, AS7g, kind="ratio"),
  fact(HZ, "park", "industrial_output_avg_annual_growth", 0.18, "ratio", H2, AS7g, kind="ratio"),
  fact(HZ, "park", "imports_exports_cny", 3.34e10, "cny", H3, "2024年", chk=True),
  fact(HZ, "park", "imports_exports_yoy_growth", 0.246, "ratio", H3, "2024年", kind="ratio"),
  fact(HZ, "park", "imports_exports_cny", 1.58e10, "cny", H4, "2025年上半年", chk=True),
  fact(HZ, "park", "imports_exports_yoy_growth", 0.177, "ratio", H4, "2025年上半年", kind="ratio"),
  fact(HZ, "park", "imports_exports_share_of_province", 0.13, "ratio", H4, "2025年上半年", kind="ratio", qual="约", qtext="约"),
  fact(HZ, "park", "imports_exports_share_of_city", 0.40, "ratio", H4, "2025年上半年", kind="ratio", qual="约", qtext="约"),
 ])
