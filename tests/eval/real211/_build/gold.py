# real211 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park the text places the project in, null if none (a county or city is not a park). Status from the
# text's words (集中开工 / 开工 → 开工; 签约 / 新引进 (read with the lead's “新签约引进”) → 签约; 签约即开工 → 开工 with
# status_alt 签约; 在建设 / 加紧建设 → 在建). “预计” figures are kind target with “（预计）” in as_of; year-to-date counts and
# sums (“1-11月份”, “今年来”, “全年”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/tbNN.raw as returned.

# ---------------------------------------------------------------- tb01 郴州 承接台资企业产业转移合作对接会 (湖南省台办 site 2021)
CZP = "湖南海峡两岸产业合作区郴州产业园"
CZG = "郴州高新技术产业开发区"
TW = "台湾工业园"
A0 = "第十五届湘台经贸文化交流合作会郴州市承接台资企业产业转移合作对接会上,开展了海峡两岸产业合作区郴州产业园推介活动,并进行了项目签约,共签约项目15个,合同引进投资18.59亿元"
A1 = "湖南海峡两岸产业合作区郴州产业园位于国家级郴州高新技术产业开发区内,规划面积43平方公里"
A2 = "目前已入驻台达电子、炬神电子等一批龙头企业"
A3 = "已建成台湾工业园、创新创业园、福瑞康工业园、万信达工业园等多个园区共计120万平方米标准厂房及研发大楼"
A4 = "另在建设的台湾青年创新创业园占地165亩,建筑面积27万平方米,预计明年6月份竣工"
A5 = "其中的台湾工业园于2011年7月经省政府批准成立,采用园中园模式开发,规划用地面积280亩,园区基础建设总投资30亿元,建设标准厂房面积100万平方米"
AS1 = "2021年10月"
G["tb01"] = dict(
 article=art("郴州承接台资企业产业转移合作对接会丨现场签约项目15个,总投资18.59亿元", "湖南日报·新湖南客户端（李秉钧 何庆辉），载于中共湖南省委台办、湖南省政府台办网站 hnstb.gov.cn", "2021-10-22", "day",
  "Provincial Taiwan-affairs office website relaying the provincial daily's app, Hunan: a city's investment-matching meeting for Taiwanese firms — 15 projects signed with contract investment, the cross-strait industrial cooperation park inside a national high-tech zone (area, leading Taiwanese firms, parks-in-park built and under construction), the Taiwan industrial park's land, infrastructure investment and factory area",
  "http://hnstb.gov.cn/zhyw/5973.html",
  "日期取页面“发布时间:2021-10-22”（文中“10月22日上午”对接会）。标题照录；面包屑与“来源…发布时间”行已删。存段在末段“2015年全部投”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…为投资创业创造良好的基础条件。”，共三段。园区：湖南海峡两岸产业合作区郴州产业园（文中又作“海峡两岸产业合作区郴州产业园”“产业园”；位于国家级郴州高新技术产业开发区内，parent 记郴州高新技术产业开发区）；郴州高新技术产业开发区（国家级）；台湾工业园（“其中的台湾工业园”，省政府2011年批准，园中园，parent 记郴州产业园）；创新创业园、福瑞康工业园、万信达工业园为已建成的园中园，列可选。台湾青年创新创业园“在建设”，列为项目（在建，预计明年即2022年6月竣工），不另列园区。公司：台达电子、炬神电子（已入驻郴州产业园）。签约15个项目、合同引进投资18.59亿元为郴州市对接会的数（subject 记郴州市，region；未点名项目）。",
  "tb01"),
 parks=[
  park(CZP, "郴州", "湖南", "产业园（海峡两岸产业合作区）", A1, parent=CZG, aliases=["海峡两岸产业合作区郴州产业园"],
       note="2021年7月获批的全国第五个海峡两岸产业合作区；文中又作“产业园”"),
  park(CZG, "郴州", "湖南", "国家级高新技术产业开发区", A1, note="“国家级郴州高新技术产业开发区”"),
  park(TW, "郴州", "湖南", "工业园（园中园）", A5, parent=CZP, note="2011年7月经省政府批准成立；园中园"),
  park("创新创业园", "郴州", "湖南", "园中园", A3, parent=CZP, opt=True, note="已建成的园区之一"),
  park("福瑞康工业园", "郴州", "湖南", "工业园（园中园）", A3, parent=CZP, opt=True, note="已建成的园区之一"),
  park("万信达工业园", "郴州", "湖南", "工业园（园中园）", A3, parent=CZP, opt=True, note="已建成的园区之一"),
 ],
 companies=[
  comp("台达电子", CZP, A2, note="已入驻的龙头企业"),
  comp("炬神电子", CZP, A2, note="已入驻的龙头企业"),
 ],
 projects=[
  proj("台湾青年创新创业园", CZP, A4, status="在建", status_text="在建设", note="占地165亩，建筑面积27万平方米，预计2022年6月竣工；建成后作产业园承接台商台企的示范区和先导区"),
 ],
 aggregate_facts=[
  fact("郴州市", "region", "projects_signed", 15, "count", A0, "2021年10月22日（对接会）", note="对接会签约，未点名"),
  fact("郴州市", "region", "signed_investment_cny", 1.859e9, "cny", "共签约项目15个,合同引进投资18.59亿元", "2021年10月22日（对接会）", chk=True),
  fact(CZP, "park", "planned_area_km2", 43, "km2", A1, AS1),
  fact(CZP, "park", "core_area_km2", 3.5, "km2", "主要核心发展区有3.5平方公里", AS1, opt=True),
  fact(CZP, "park", "standard_factory_floor_area_m2", 1.2e6, "m2", A3, AS1, kind="cumulative", opt=True, note="已建成标准厂房及研发大楼"),
  fact("台湾青年创新创业园", "project", "site_area_mu", 165, "mu", A4, AS1, opt=True),
  fact("台湾青年创新创业园", "project", "floor_area_m2", 2.7e5, "m2", A4, AS1, opt=True),
  fact(TW, "park", "planned_land_area_mu", 280, "mu", A5, AS1, opt=True),
  fact(TW, "park", "infrastructure_investment_cny", 3e9, "cny", "园区基础建设总投资30亿元", AS1, chk=True),
  fact(TW, "park", "standard_factory_floor_area_m2", 1e6, "m2", "建设标准厂房面积100万平方米", AS1, opt=True),
 ])

# ---------------------------------------------------------------- tb02 郴州经开区2022年招商引资纪实 (红网郴州站 2022)
CJ = "郴州经济开发区"
XN = "新能源新材料产业园"
B0 = "1-11月份新签约引进项目45个,项目总投资305.7亿元,同比增长190.6%,其中三类500强项目3个,总投资20亿"
B1 = "完成外贸进出口19.5亿美元,折合人民币130.6亿元,同比增长13.7%"
B2 = "净增企业1524户,企业涉税率80.3%"
B3 = "峰会完成签约15个项目,签约额达129.2亿元"
B4 = "布局2平方公里的新能源新材料产业园,全年新引进新动能产业园、汉尧富锂、东方雨虹等产业项目13个,引资额155亿元"
AS2 = "2022年1–11月"
G["tb02"] = dict(
 article=art("逆势上扬 再创新高 ——郴州经开区2022年招商引资纪实", "红网郴州站 cz.rednet.cn（存段无署名、无日期）", "2022-12", "month",
  "Provincial news portal's city channel, Hunan: a provincial economic development zone's year-end investment-promotion review — signed projects and investment with growth, foreign trade, net new firms, a Shanghai biomedicine summit's signings, a new-energy/new-materials park-in-park with three named projects",
  "https://cz.rednet.cn/content/646656/55/12139127.html",
  "存段无日期行；网址无日期。文中“1-11月份新签约…”“全年新引进”“11月3日…进博会”，推定发布于2022年12月（month，推定）。标题照录；“当前位置:”已删。存段在末行“布局1平方公里的大健康产业园,全年新引进南京诺唯赞、上海兰卫等产业项目22个,引资额1”处中断，该行整行删去（make_txt.py ITEMS 截至上一行），正文截至“…引资额155亿元;”，共十五段（导语数据各成一段，“……”一段照录）。园区：郴州经济开发区（文中又作“郴州经开区”“经开区”；郴州，湖南；争创国家级园区，即省级）；新能源新材料产业园（“布局2平方公里”，parent 郴州经济开发区）。“大健康(医药医械)”只作产业集群名，不列园区。项目：新动能产业园、汉尧富锂、东方雨虹——“全年新引进…产业项目13个”，读作签约（导语“新签约引进”），园区记新能源新材料产业园；无单项金额；汉尧富锂、东方雨虹另列可选公司。事实：1–11月新签约引进项目45个、总投资305.7亿元（cumulative）、同比增长190.6%（ratio）；三类500强项目3个、总投资20亿（原文无“元”，可选）；外贸进出口19.5亿美元（usd）、折合130.6亿元（可选）、增长13.7%；净增企业1524户；企业涉税率80.3%（可选）；11月3日上海峰会签约15个、129.2亿元；新能源新材料产业园13个项目、引资155亿元、面积2平方公里。",
  "tb02"),
 parks=[
  park(CJ, "郴州", "湖南", "经济开发区（省级）", "11月3日,乘着第五届中国国际进口博览会暨沪洽周火爆出圈的东风,郴州经济开发区在上海举办2022生物医药产业精准招商峰会",
       aliases=["郴州经开区"], note="标题与文中多作“郴州经开区”，又作“经开区”“园区”；奋力争创国家级园区"),
  park(XN, "郴州", "湖南", "产业园（园中园）", B4, parent=CJ, note="布局2平方公里"),
 ],
 companies=[
  comp("汉尧富锂", XN, B4, opt=True, note="只作项目名"),
  comp("东方雨虹", XN, B4, opt=True, note="只作项目名"),
 ],
 projects=[
  proj("新动能产业园", XN, B4, status="签约", status_text="新引进", note="2022年新引进；无单项金额"),
  proj("汉尧富锂", XN, B4, companies=["汉尧富锂"], status="签约", status_text="新引进", note="项目名即企业名"),
  proj("东方雨虹", XN, B4, companies=["东方雨虹"], status="签约", status_text="新引进", note="项目名即企业名"),
 ],
 aggregate_facts=[
  fact(CJ, "park", "projects_signed", 45, "count", B0, AS2, kind="cumulative"),
  fact(CJ, "park", "signed_investment_cny", 3.057e10, "cny", B0, AS2, kind="cumulative", chk=True),
  fact(CJ, "park", "signed_investment_yoy_growth", 1.906, "ratio", B0, AS2, kind="ratio"),
  fact(CJ, "park", "fortune500_projects_signed", 3, "count", B0, AS2, kind="cumulative", opt=True, note="三类500强项目"),
  fact(CJ, "park", "fortune500_projects_investment", 2e9, "cny", B0, AS2, kind="cumulative", opt=True, note="原文“总投资20亿”无“元”"),
  fact(CJ, "park", "foreign_trade_usd", 1.95e9, "usd", B1, AS2, kind="cumulative"),
  fact(CJ, "park", "foreign_trade_cny", 1.306e10, "cny", "折合人民币130.6亿元,同比增长13.7%", AS2, kind="cumulative", opt=True, chk=True),
  fact(CJ, "park", "foreign_trade_yoy_growth", 0.137, "ratio", B1, AS2, kind="ratio"),
  fact(CJ, "park", "net_new_firms", 1524, "count", B2, AS2, kind="cumulative"),
  fact(CJ, "park", "tax_paying_firm_share", 0.803, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(CJ, "park", "projects_signed", 15, "count", B3, "2022年11月3日（上海峰会）"),
  fact(CJ, "park", "signed_investment_cny", 1.292e10, "cny", B3, "2022年11月3日（上海峰会）", chk=True),
  fact(XN, "park", "projects_signed", 13, "count", B4, "2022年", kind="cumulative"),
  fact(XN, "park", "signed_investment_cny", 1.55e10, "cny", "等产业项目13个,引资额155亿元", "2022年", kind="cumulative", chk=True),
  fact(XN, "park", "area_km2", 2, "km2", B4, "2022年", opt=True),
 ])

# ---------------------------------------------------------------- tb03 岳阳经开区 2022年第二批签约开工 (华声在线 2022)
YY = "岳阳经开区"
LK = "岳阳临空经济区"
C0 = "岳阳经开区举行2022年第二批产业项目集中签约暨重大产业项目开工仪式,签约项目15个,总投资232亿元;开工项目12个,总投资153.5亿元"
C1 = "1至9月预计全区可实现GDP288亿元,增长11%左右"
C2 = "完成规模工业增加值110亿元,增长14%以上"
C3 = "完成固定资产投资175亿元,增长13%左右"
C4 = "签约的15个项目中,有6个项目实现签约即开工;开工的12个项目中,已有7个项目实质启动;5个投资10亿元以上重大项目直接供地,10个中小项目入驻专业化工园区"
C5 = "据悉,现场签约即开工的10GWH锂钠离子储能电池生产制造项目,标志着岳阳临空经济区首开区正式扬帆起航"
AS3 = "2022年9月27日（集中签约开工）"
AS3b = "2022年1–9月（预计）"
G["tb03"] = dict(
 article=art("（无标题）岳阳经开区2022年第二批产业项目集中签约暨重大产业项目开工仪式 签约15个开工12个", "华声在线（湖南日报社，张娟玲 蔡华波），yy.voc.com.cn 岳阳频道", "2022-09-27", "day",
  "Provincial daily's news portal, city channel, Hunan: a national economic and technological development zone's second batch of signings and groundbreakings — counts and totals, the zone's expected Jan–Sep GDP, industrial value added and fixed-asset investment with growth, project features, one named storage-battery project signed and started in the airport economic zone's first area",
  "https://yy.voc.com.cn/view.php?cid=506&tid=48103",
  "存段无标题、无日期行（title 为编者概括）；日期：文中“华声在线9月27日讯…今天上午…2022年第二批”，即2022-09-27。存段末行“本次签约的复合材料铺放机器人项目,可高效智”在句中中断，整行删去，正文截至“…核心动力产业建设。”，共五段。园区：岳阳经开区（岳阳经济技术开发区，国家级；文中又作“经开区”“全区”；文中只作简称，不补全称）；岳阳临空经济区（“首开区正式扬帆起航”，可选园区；与经开区的隶属文中未说，parent 不记）。“专业化工园区”泛称，不列。项目：10GWH锂钠离子储能电池生产制造项目——“现场签约即开工”→开工（status_alt 签约），园区记岳阳经开区（仪式主办方；项目在临空经济区首开区，note 注明）。事实：签约15个、232亿元；开工12个、153.5亿元；1至9月预计GDP 288亿元、增长约11%，规模工业增加值110亿元、增长超14%，固定资产投资175亿元、增长约13%（均为“预计”，target）；签约即开工6个等为可选；“600万/亩”“40万/亩”无“元”，为预计亩均值（可选）。市领导不列。",
  "tb03"),
 parks=[
  park(YY, "岳阳", "湖南", "经济技术开发区", C0, aliases=["经开区"], note="文中又作“经开区”“全区”"),
  park(LK, "岳阳", "湖南", "临空经济区", C5, opt=True, note="“岳阳临空经济区首开区”；与经开区的关系文中未说"),
 ],
 companies=[],
 projects=[
  proj("10GWH锂钠离子储能电池生产制造项目", YY, C5, status="开工", status_text="现场签约即开工", status_alt="签约",
       note="位于岳阳临空经济区首开区；无金额"),
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_signed", 15, "count", C0, AS3),
  fact(YY, "park", "signed_investment_cny", 2.32e10, "cny", "签约项目15个,总投资232亿元", AS3, chk=True),
  fact(YY, "park", "projects_started", 12, "count", C0, AS3),
  fact(YY, "park", "projects_started_investment_cny", 1.535e10, "cny", "开工项目12个,总投资153.5亿元", AS3, chk=True),
  fact(YY, "park", "gdp_cny", 2.88e10, "cny", C1, AS3b, kind="target", chk=True),
  fact(YY, "park", "gdp_growth", 0.11, "ratio", C1, AS3b, kind="target", qual="约", qtext="左右"),
  fact(YY, "park", "industrial_value_added_cny", 1.1e10, "cny", C2, AS3b, kind="target", chk=True),
  fact(YY, "park", "industrial_value_added_growth", 0.14, "ratio", C2, AS3b, kind="target", qual="超", qtext="以上"),
  fact(YY, "park", "fixed_asset_investment_cny", 1.75e10, "cny", C3, AS3b, kind="target", chk=True),
  fact(YY, "park", "fixed_asset_investment_growth", 0.13, "ratio", C3, AS3b, kind="target", qual="约", qtext="左右"),
  fact(YY, "park", "projects_signed_and_started", 6, "count", C4, AS3, opt=True),
  fact(YY, "park", "projects_substantively_started", 7, "count", C4, AS3, opt=True),
  fact(YY, "park", "projects_over_1bn_land_supplied", 5, "count", C4, AS3, opt=True),
  fact(YY, "park", "projects_in_chemical_park", 10, "count", C4, AS3, opt=True),
  fact(YY, "park", "expected_output_per_mu", 6e6, "cny_per_mu", "预计项目年产值达到600万/亩,亩均税收达到40万/亩", "投产后（预计）", kind="target", opt=True, note="原文无“元”"),
  fact(YY, "park", "expected_tax_per_mu", 4e5, "cny_per_mu", "预计项目年产值达到600万/亩,亩均税收达到40万/亩", "投产后（预计）", kind="target", opt=True, note="原文无“元”"),
 ])

# ---------------------------------------------------------------- tb04 宁乡市12个项目集中开工 (红网 2021)
NG = "宁乡高新区"
NJ = "宁乡经开区"
BS = "邦盛年产20万吨磷酸铁锂项目"
D0 = "9月16日,宁乡市奋力实施“三高四新”战略重大项目集中开工仪式在宁乡高新区邦盛年产20万吨磷酸铁锂项目现场举行"
D1 = "此次集中开工的12个项目投资规模达180.2亿元"
D2 = "1-7月,实现规模工业增加值92.91亿元,增长13.4%"
D3 = "邦盛年产20万吨磷酸铁锂项目是本次集中开工建设的10个重点项目之一,总投资120亿元"
D4 = "项目建成后预计年产值将达100亿元,年纳税额在3亿元以上,解决就业近千人"
D5 = "开工仪式上,湖南邦盛实业控股集团有限公司董事长刘国忠表示,邦盛集团将按质、按量、按时完成项目建设"
AS4 = "2021年9月16日（集中开工）"
G["tb04"] = dict(
 article=art("总投资180.2亿元!宁乡市12个项目集中开工", "红网（记者 林佳妮；编辑 王婷婷），yq.rednet.cn", "2021-09-16", "day",
  "Provincial news portal, Hunan: a county-level city's groundbreaking of 12 projects held at a high-tech zone's flagship lithium-iron-phosphate project — total investment, the zone's Jan–Jul industrial value added and growth, the flagship project's investment and expected output, tax and jobs, its investor",
  "https://yq.rednet.cn/content/2021/09/16/10149710.html",
  "日期取页面“2021-09-16 15:27:16”。标题照录；“当前位置:”、来源作者行、“时刻新闻”“—分享—”、图片文件名与图片说明（“宁乡市奋力实施…集中开工仪式在宁乡高新区举行。”）已删。存段末句“同时,园区和有关部门也将靠前服务…推动项目早竣工、早投产、早达效”无句末标点，疑未完，已删（make_txt.py LINE_SUFFIX），正文截至“…争创项目建设的“宁乡速度”。”，共五段。园区：宁乡高新区（开工仪式所在、“今年以来,宁乡高新区…1-7月”；长沙市宁乡市，湖南）；宁乡经开区只出现在“宁乡经开区党工委书记、宁乡市委书记于新凡”中（另一园区，可选）。项目：邦盛年产20万吨磷酸铁锂项目——集中开工→开工，总投资120亿元，园区宁乡高新区；投资方湖南邦盛实业控股集团有限公司（又作“邦盛集团”）。宁德时代为市场对象（可选公司，无园区）。12个项目180.2亿元为宁乡市（region）。",
  "tb04"),
 parks=[
  park(NG, "长沙", "湖南", "高新区", D0, district="宁乡市", note="文中又作“园区”"),
  park(NJ, "长沙", "湖南", "经济开发区", "宁乡经开区党工委书记、宁乡市委书记于新凡表示", district="宁乡市", opt=True, note="只在职务名中"),
 ],
 companies=[
  comp("湖南邦盛实业控股集团有限公司", NG, D5, aliases=["邦盛集团"], note="邦盛项目投资方"),
  comp("宁德时代", None, "市场面向宁德时代等国内顶尖电池企业", opt=True, note="市场对象，非园区企业"),
 ],
 projects=[
  proj(BS, NG, D3, companies=["湖南邦盛实业控股集团有限公司"], inv="总投资120亿元", status="开工", status_text="集中开工建设",
       note="从签约到动工25天；打造中部地区最大的磷酸铁锂生产基地"),
 ],
 aggregate_facts=[
  fact("宁乡市", "region", "projects_started", 12, "count", D1, AS4),
  fact("宁乡市", "region", "projects_started_investment_cny", 1.802e10, "cny", D1, AS4, chk=True),
  fact(NG, "park", "industrial_value_added_cny", 9.291e9, "cny", D2, "2021年1–7月", kind="cumulative", chk=True),
  fact(NG, "park", "industrial_value_added_growth", 0.134, "ratio", D2, "2021年1–7月", kind="ratio"),
  fact(BS, "project", "expected_annual_output_cny", 1e10, "cny", D4, "建成后（预计）", kind="target", chk=True),
  fact(BS, "project", "expected_annual_tax_cny", 3e8, "cny", "年纳税额在3亿元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(BS, "project", "expected_jobs", 1000, "count", D4, "建成后（预计）", kind="target", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- tb05 何以莲乡② 湘潭县 天易经开区 (湘潭县融媒体中心 2025)
TY = "湘潭天易经开区"
BY = "柏屹自主创新产业园"
E0 = "2024年,湘潭县交出了一份令人瞩目的答卷:地区生产总值突破626.49亿元,同比增长6.5%"
E1 = "日前,湖南省2024年度“五好”园区创建综合评价情况出炉,湘潭天易经开区作为长株潭地区排名前3位的省级园区获通报表扬"
E2 = "天易经开区柏屹自主创新产业园一家轨道交通配件企业负责人的感慨"
G["tb05"] = dict(
 article=art("何以莲乡②|千帆竞发产业新 湘潭县激活高质量发展“强引擎”", "湘潭县融媒体中心（记者 潘文琦），载于湘潭新闻网 wap.xtxnews.cn", "2025-05-19", "day",
  "County media centre's series feature on a city news site, Hunan: a county's 2024 GDP and growth, its provincial economic development zone praised in the province's park evaluation, a park-in-zone and the zone's transport links",
  "https://wap.xtxnews.cn/content/646949/53/14968927.html",
  "日期取页面“2025-05-19 10:33:42”。标题照录；“立即下载”、日期字号行、图片文件名与图片说明（“湘潭天易经开区柏屹自主创新产业园”“湘潭县县域交通路网”）已删。存段在末段“…湘潭县与株洲达成的“三个一”合作意向——规划一张”处中断，该句（自“北接湘潭市区”起）已删（make_txt.py LINE_SUFFIX），正文截至“…带来的深刻变革。”，含小标题一行，共六段（长篇只存开头）。园区：湘潭天易经开区（文中又作“天易经开区”；湘潭市湘潭县，湖南；“省级园区”）；柏屹自主创新产业园（“天易经开区柏屹自主创新产业园”，parent 湘潭天易经开区）。未点名企业（“一家轨道交通配件企业”）不列。事实：湘潭县2024年地区生产总值626.49亿元（“突破”→超）、增长6.5%（region）。“五好”园区评价排名前3位不计为数值事实。",
  "tb05"),
 parks=[
  park(TY, "湘潭", "湖南", "经济开发区（省级）", E1, district="湘潭县", aliases=["天易经开区"], note="“省级园区”；文中多作“天易经开区”"),
  park(BY, "湘潭", "湖南", "产业园（园中园）", E2, district="湘潭县", parent=TY, note="“天易经开区柏屹自主创新产业园”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("湘潭县", "region", "gdp_cny", 6.2649e10, "cny", E0, "2024年", qual="超", qtext="突破", chk=True),
  fact("湘潭县", "region", "gdp_growth", 0.065, "ratio", E0, "2024年", kind="ratio"),
 ])

# ---------------------------------------------------------------- tb06 湘乡经开区 2025 (apcreports relay)
XX = "湘乡经开区"
F0 = "12月18日,2025年三湘民营企业百强榜发布,湘乡经开区龙头企业湖南创普开业科技有限公司凭借电子信息领域的硬核实力荣耀登榜"
F1 = "1至10月,湘乡经开区规模工业增加值增速16.9%,位居全省二类园区第三"
F2 = "“四上”企业技工贸总收入、规模以上工业企业主营业务收入同比分别增长12.3%、13.21%"
F3 = "1至11月实现税收增长12.24%,其中工业税收同比增长15%"
F4 = "年初,湘乡经开区调区扩区方案获省政府正式批复,新扩入207.77公顷,总面积达938.45公顷"
AS6 = "2025年1–10月"
AS6b = "2025年1–11月"
G["tb06"] = dict(
 article=art("（无标题）湘乡经开区2025年：创普开业登榜三湘民企百强 规模工业增加值增长16.9% 调区扩区获批", "apcreports.org.cn（转载；原发媒体与署名存段未示）", "2025-12", "month",
  "Report / relay site carrying a local year-end feature, Hunan: a provincial economic development zone's 2025 — its leading electronics firm on the province's top-100 private firms list, the zone's growth rates for industrial value added, revenues and tax, its approved boundary expansion with area figures",
  "http://www.apcreports.org.cn/index/news/69479.html",
  "存段无标题、无日期行（title 为编者概括）；日期：文中“12月18日,2025年三湘民营企业百强榜发布”“1至11月”，发布于2025年12月18日之后（month）。原发媒体未示。存段在末段“此次调整有效解决了原有部分区块”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…总面积达938.45公顷。”，含小标题一行，共七段。园区：湘乡经开区（湘潭市代管湘乡市，湖南；争创国家级经开区，即省级；“全省二类园区”）。公司：湖南创普开业科技有限公司（“湘乡经开区龙头企业”，“自入园以来”）。事实：1至10月规模工业增加值增速16.9%；“四上”企业技工贸总收入增长12.3%、规上工业企业主营业务收入增长13.21%；1至11月税收增长12.24%、工业税收增长15%；调区扩区新扩入207.77公顷、总面积938.45公顷。“带动30余家配套企业”列可选（company subject）。",
  "tb06"),
 parks=[
  park(XX, "湘潭", "湖南", "经济开发区（省级）", F1, district="湘乡市", note="争创国家级经开区；文中又作“园区”"),
 ],
 companies=[
  comp("湖南创普开业科技有限公司", XX, F0, note="湘乡经开区龙头企业；曲面屏、芯片；2025年三湘民营企业百强"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XX, "park", "industrial_value_added_growth", 0.169, "ratio", F1, AS6, kind="ratio"),
  fact(XX, "park", "ktm_revenue_growth", 0.123, "ratio", F2, AS6, kind="ratio", note="“四上”企业技工贸总收入"),
  fact(XX, "park", "main_business_revenue_growth", 0.1321, "ratio", F2, AS6, kind="ratio", note="规模以上工业企业主营业务收入"),
  fact(XX, "park", "tax_revenue_growth", 0.1224, "ratio", F3, AS6b, kind="ratio"),
  fact(XX, "park", "industrial_tax_revenue_growth", 0.15, "ratio", F3, AS6b, kind="ratio", opt=True),
  fact(XX, "park", "area_added_ha", 207.77, "ha", F4, "2025年初（调区扩区获批）", opt=True),
  fact(XX, "park", "area_ha", 938.45, "ha", F4, "2025年初（调区扩区获批）"),
  fact("湖南创普开业科技有限公司", "company", "supporting_firms", 30, "count", "更带动30余家配套企业集群共进", "2025年", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- tb07 新区企业说 长康实业 (红网时刻 2022)
XY = "湘阴高新区"
XP = "湘阴新片区"
XJ = "湖南湘江新区"
CK = "湖南长康实业有限公司"
H0 = "湖南湘江新区湘阴新片区民营食品制造企业湖南长康实业有限公司(以下简称:长康实业)获得新区2021年工业产值百强企业、研发投入百强单位等荣誉"
H1 = "湘阴高新区的湖南长康绿态粮油生物科技产业园一期项目建设工地一派忙碌,工人们正在加紧建设厂房,项目预计今年下半年投产"
H2 = "长康实业研发投入连续三年保持在3.5%以上,技术改造连续三年平均投入1500万元"
G["tb07"] = dict(
 article=art("（无标题）湖南湘江新区“新区企业说”系列：湖南长康实业有限公司", "红网时刻（记者 王娟娟 通讯员 冯茜宁），moment.rednet.cn", "2022-02-24", "day",
  "Provincial news portal's series on a state-level new area's firms (company profile), Hunan: a food maker honoured among the area's top-100 industrial-output and R&D firms, its park project under construction in a county high-tech zone with expected start of production, its R&D share and renovation spending",
  "https://moment.rednet.cn/pc/content/2022/02/24/10942222.html",
  "存段无标题（系列“新区企业说”第三篇之类，标题存段未示，title 为编者概括）；日期取网址 2022/02/24（文中“2月18日”大会）。“相关链接”及两篇前文链接行已删；编者按与记者署名行保留。存段在末句“至2021年12月30日止,发明专利15项…公司研发部被省发改委授予\"”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…技术改造连续三年平均投入1500万元。”，共七段。园区：湘阴高新区（项目所在；岳阳市湘阴县，湖南）；湘阴新片区（湖南湘江新区的片区，公司所在，parent 湖南湘江新区）；湖南湘江新区（国家级新区，可选）。公司：湖南长康实业有限公司（又作“长康实业”；“湘阴新片区…企业”，park 记湘阴新片区）。项目：湖南长康绿态粮油生物科技产业园一期项目——“加紧建设厂房”→在建，预计2022年下半年投产，园区湘阴高新区。事实：研发投入连续三年3.5%以上（超，可选）；技术改造年均投入1500万元（可选）。",
  "tb07"),
 parks=[
  park(XY, "岳阳", "湖南", "高新区", H1, district="湘阴县", note="项目所在"),
  park(XP, "岳阳", "湖南", "国家级新区片区", H0, district="湘阴县", parent=XJ, note="湖南湘江新区湘阴新片区"),
  park(XJ, "长沙", "湖南", "国家级新区", H0, opt=True, note="国家级新区；文中又作“新区”"),
 ],
 companies=[
  comp(CK, XP, H0, aliases=["长康实业"], note="湘阴新片区绿色食品加工龙头企业；湖南老字号企业"),
 ],
 projects=[
  proj("湖南长康绿态粮油生物科技产业园一期项目", XY, H1, companies=[CK], phase="一期", status="在建", status_text="加紧建设厂房",
       note="预计2022年下半年投产；业主由语境推定为长康实业"),
 ],
 aggregate_facts=[
  fact(CK, "company", "rd_spending_share", 0.035, "ratio", H2, "2019–2021年", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(CK, "company", "tech_renovation_investment_annual_cny", 1.5e7, "cny", "技术改造连续三年平均投入1500万元", "2019–2021年（年均）", opt=True, chk=True),
 ])
