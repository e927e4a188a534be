# real97 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text at first mention; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount written “2000多万元” is kept in a
# fact whose metric does not end in _cny (as earlier sets' “tax_paid”). Growth rates and shares as ratios. Projects: the park
# is the one the text places the project in, null if none (a county is not a park). Status from the text's words (集中开工 →
# 开工; 集中签约 → 签约; 建成投产 → 投产; 加快施工 / 正在加快施工 → 在建). “预计” figures are kind target with “（预计）” in
# as_of; year-to-date figures (“截止7月”, “今年1-7月”, “累计”) are cumulative. Facts about a county that the text reports as the
# county's (“该县”, “我县”) get the county as subject (subject_type region), not the park. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/xoNN.raw as returned.

# ---------------------------------------------------------------- xo01 泌阳县扎实推进产业集聚区发展 (驻马店广视网 2015)
BY = "泌阳县产业集聚区"
A0 = "驻马店广视网讯(通讯员:建新 长振)在泌阳县产业集聚区内,恒都食品有限公司牛肉分割车间的生产流水线匀速移动"
A1 = "河南恒都食品有限公司于2012年3月开工建设,2014年6月建成投产,年屠宰夏南牛15万头,分割牛肉6.5万吨,加工牛肉及牛副产品6万吨,年产值达60亿元"
A2 = "2015年1月,扎根泌阳县的国家高新技术企业中云创光电科技股份有限公司,成功在“新三板”上市"
A3 = "公司集LED应用产品的研发、生产、销售、工程设计、安装和服务为一体,项目总投资7.2亿元,2012年10月,一期工程建成投产。2014年1月,二期工程开工建设,当年建成投产"
A4 = "恒都食品、中云创光电科技公司是泌阳县招商引资和加快产业集聚区建设步伐取得丰硕成果的缩影"
G["xo01"] = dict(
 article=art("泌阳县扎实推进产业集聚区发展", "驻马店广视网（驻马店广播电视台网站；通讯员 建新 长振）", "2015-06-24", "day",
  "City broadcaster's website reporting a county's industrial cluster zone, Henan: two named firms in the zone — one plant's start, completion, capacity and annual output, a listed LED maker's project with its total and two phases in production",
  "http://www.zmdtvw.cn/showinfo-14-19587-0.html",
  "日期取页面“时间:2015-06-24 09:53:57|来源:驻马店广视网”。标题照录；“驻马店融媒宣传下载”、位置行、“分 享 至 手 机”、时间来源行已删。存段在第三段“目前,该县产业集聚区在产业发展、配套设施建”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…使产业集聚区成为一方投资热土。”，共三段。园区：泌阳县产业集聚区（驻马店市泌阳县，河南；文中又作“产业集聚区”）。公司：河南恒都食品有限公司（首次作“恒都食品有限公司”，后作全称“河南恒都食品有限公司”与简称“恒都食品”；name 取全称）——在集聚区内（“在泌阳县产业集聚区内,恒都食品有限公司…”）；中云创光电科技股份有限公司（“扎根泌阳县”；第三段把两家并称为“加快产业集聚区建设步伐取得丰硕成果的缩影”，园区由此推定为泌阳县产业集聚区）。项目：恒都食品的厂没有项目名（2012年3月开工、2014年6月建成投产），按惯例只列公司、不造项目；中云创光电“项目总投资7.2亿元”、一期2012年10月建成投产、二期2014年1月开工当年建成投产——项目无名称，列为可选项目（名称为编者所拟），状态投产。事实：恒都“年产值达60亿元”（reported）及屠宰、分割产能（可选）；中云创光电16项国家专利（可选）。“开创了我市民营企业上市新纪元”不计。",
  "xo01"),
 parks=[
  park(BY, "驻马店", "河南", "产业集聚区", A0, district="泌阳县", note="文中又作“产业集聚区”“该县产业集聚区”"),
 ],
 companies=[
  comp("河南恒都食品有限公司", BY, A1, aliases=["恒都食品有限公司", "恒都食品"], note="首次出现作“恒都食品有限公司”；在集聚区内"),
  comp("中云创光电科技股份有限公司", BY, A2, aliases=["中云创光电科技公司"], note="“扎根泌阳县”；园区由第三段推定；新三板上市"),
 ],
 projects=[
  proj("中云创光电科技股份有限公司项目", BY, A3, companies=["中云创光电科技股份有限公司"], inv="项目总投资7.2亿元", status="投产",
       status_text="一期工程建成投产…二期工程开工建设,当年建成投产", opt=True,
       note="文中无项目名（名称为编者所拟）；LED应用产品；一期2012年10月建成投产，二期2014年1月开工、当年建成投产；园区推定"),
 ],
 aggregate_facts=[
  fact("河南恒都食品有限公司", "company", "annual_output_cny", 6e9, "cny", "年产值达60亿元", "2015年6月（建成投产后）", chk=True),
  fact("河南恒都食品有限公司", "company", "annual_slaughter_capacity_head", 150000, "head", "年屠宰夏南牛15万头", "2015年6月", opt=True),
  fact("河南恒都食品有限公司", "company", "annual_capacity_t", 65000, "t", "分割牛肉6.5万吨", "2015年6月", opt=True, note="分割牛肉；另加工牛肉及牛副产品6万吨"),
  fact("中云创光电科技股份有限公司", "company", "patents", 16, "count", "已获得16项国家专利", "2015年6月", opt=True),
 ])

# ---------------------------------------------------------------- xo02 江华 集中开工签约 (江华融媒体中心 2021)
JH = "江华高新区"
B0 = "当天上午,江华智能电器电机产业园、精诚鑫五金制品、帝鹏科技、扬子电器、东大风电场等10个项目集中开工,江华铂众光电科技、医用分子筛制氧机、语琪光电等项目集中签约,集中开工签约项目总投资34.01亿元"
B1 = "江华高新区“马达之城,小家电之乡”已初具规模"
B2 = "3月1日,全市举行2021年第一次重大项目集中开工签约仪式,其中我县分会场10个项目集中开工,数个项目集中签约,集中开工签约项目总投资34.01亿元"
CO = "江华瑶族自治县"
AS2 = "2021年3月1日（集中开工签约）"
G["xo02"] = dict(
 article=art("我县集中开工签约项目总投资34.01亿元", "江华融媒体中心（蒋林锋 钟芳玲，实习生 潘嘉诚；编辑 刘翥），载于 jhxww.cn", "2021-03-01", "day",
  "County media centre's own report, Hunan: the county's venue of a city-wide groundbreaking and signing — named projects started and signed, the joint total, the county high-tech zone named in the deputy county head's speech",
  "http://jhxww.cn/content/2021/03/01/9053327.html",
  "日期取页面“来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19”。标题照录；“当前位置:”、来源行、“江华融媒”“—分享—”及正文间单独成行的图片文件名（8ab7…png、QQ截图…jpg×5、微信图片…png）已删（make_txt.py ITEMS 内删行）。存段在末段“…提供积极主动无私的“母”处中断，该残句已删（LINE_SUFFIX），正文截至“…注入新活力。”，共五段（两段为图片说明式短句，照录）。“我县”即江华瑶族自治县（永州市，湖南；文中未写县名全称，只见“江华”）。园区：江华高新区，只在常务副县长致辞中出现（“江华高新区‘马达之城,小家电之乡’已初具规模”）。项目：10个集中开工项目中点名5个（江华智能电器电机产业园、精诚鑫五金制品、帝鹏科技、扬子电器、东大风电场）→开工；集中签约项目点名3个（江华铂众光电科技、医用分子筛制氧机、语琪光电）→签约；文中未把任何项目放进江华高新区，park 记 null（按“只在文本放置处记园区”）；无单项金额，34.01亿元为开工签约合计（事实）。以企业名作项目名的（精诚鑫五金制品、帝鹏科技、扬子电器、江华铂众光电科技、语琪光电）另列为可选公司（园区 null）。",
  "xo02"),
 parks=[
  park(JH, "永州", "湖南", "高新区", B1, district="江华瑶族自治县", note="只在致辞中出现；级别未说"),
 ],
 companies=[
  comp("精诚鑫五金制品", None, B0, opt=True, note="以企业名作项目名"),
  comp("帝鹏科技", None, B0, opt=True, note="同上"),
  comp("扬子电器", None, B0, opt=True, note="同上"),
  comp("江华铂众光电科技", None, B0, opt=True, note="签约项目，以企业名作项目名"),
  comp("语琪光电", None, B0, opt=True, note="同上"),
 ],
 projects=[
  proj("江华智能电器电机产业园", None, B0, status="开工", status_text="集中开工", note="园区文中未说"),
  proj("精诚鑫五金制品", None, B0, companies=["精诚鑫五金制品"], status="开工", status_text="集中开工"),
  proj("帝鹏科技", None, B0, companies=["帝鹏科技"], status="开工", status_text="集中开工"),
  proj("扬子电器", None, B0, companies=["扬子电器"], status="开工", status_text="集中开工"),
  proj("东大风电场", None, B0, status="开工", status_text="集中开工"),
  proj("江华铂众光电科技", None, B0, companies=["江华铂众光电科技"], status="签约", status_text="集中签约"),
  proj("医用分子筛制氧机", None, B0, status="签约", status_text="集中签约"),
  proj("语琪光电", None, B0, companies=["语琪光电"], status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(CO, "region", "projects_started", 10, "count", B2, AS2, note="文中作“我县”"),
  fact(CO, "region", "started_signed_projects_investment_cny", 3.401e9, "cny", B2, AS2, chk=True, note="开工与签约合计"),
 ])

# ---------------------------------------------------------------- xo03 旺苍县工业园区 1-7月 (川北在线 2015)
WC = "旺苍县工业园区"
WX = "旺苍县"
C0 = "截止7月,今年旺苍县工业园区规上企业工业总产值实现35.15亿元,全年预计实现规上工业总产值可达69.6亿元"
C1 = "今年1-7月,该县共实施500万元以上工业项目47个,其中亿元以上项目8个"
C2 = "7个工业项目在一、二季度集中开工,计划总投资23.81亿元,项目预计实现产值24.3亿元"
C3 = "13个项目竣工投产,其中重点工业项目8个,总投资11.7亿元,年可实现工业产值16.96亿元"
C4 = "已签约项目12个,其中重点项目6个,计划总投资67.2亿元,预计实现产值135亿元"
AS3 = "2015年1–7月"
G["xo03"] = dict(
 article=art("（无标题）旺苍县工业园区1—7月规上工业总产值35.15亿元", "川北在线（guangyuanol.cn；署名“(唐福升)”）", "2015-08-30", "day",
  "Regional news site's county item, Sichuan: a county industrial park's above-scale output to July and full-year estimate, the county's industrial projects implemented, started, completed and signed with totals",
  "http://guangyuanol.cn/news/life/2015/0830/471208.html",
  "日期取网址 2015/0830。存段无标题、无日期行（title 为编者概括）；末行“投稿邮箱…详情请访问川北在线…”已删；署名“(唐福升)”在正文末，保留。正文三段，完整。“省级经济开发区向 经济开发区”中间空格照录（疑缺“国家级”）。园区：旺苍县工业园区（广元市旺苍县，四川）；“省级经济开发区”“循环经济示范园区”等为平台称号，未写专名，不列园区。事实：园区“截止7月”规上工业总产值35.15亿元（cumulative）、全年预计69.6亿元（target）；其余为“该县”数字（subject 旺苍县，region）：1-7月实施500万元以上工业项目47个（亿元以上8个）、一二季度集中开工7个（计划总投资23.81亿元）、竣工投产13个（其中重点8个，总投资11.7亿元——归属含糊，记为竣工投产项目的投资、可选）、已签约12个（计划总投资67.2亿元）；各项“预计实现产值”为 target（可选）。无点名项目、公司。",
  "xo03"),
 parks=[
  park(WC, "广元", "四川", "工业园区", C0, district="旺苍县"),
 ],
 aggregate_facts=[
  fact(WC, "park", "industrial_output_above_scale_cny", 3.515e9, "cny", "今年旺苍县工业园区规上企业工业总产值实现35.15亿元", AS3, kind="cumulative", chk=True),
  fact(WC, "park", "industrial_output_above_scale_cny", 6.96e9, "cny", "全年预计实现规上工业总产值可达69.6亿元", "2015年全年（预计）", kind="target", chk=True),
  fact(WX, "region", "industrial_projects_implemented", 47, "count", C1, AS3, kind="cumulative", note="500万元以上工业项目"),
  fact(WX, "region", "industrial_projects_over_100m_implemented", 8, "count", C1, AS3, kind="cumulative", opt=True),
  fact(WX, "region", "projects_started", 7, "count", C2, "2015年一、二季度", kind="cumulative"),
  fact(WX, "region", "projects_started_investment_cny", 2.381e9, "cny", "计划总投资23.81亿元", "2015年一、二季度", kind="cumulative", chk=True),
  fact(WX, "region", "projects_started_expected_output_cny", 2.43e9, "cny", "项目预计实现产值24.3亿元", "2015年一、二季度（预计）", kind="target", opt=True, chk=True),
  fact(WX, "region", "projects_completed", 13, "count", C3, AS3, kind="cumulative", note="竣工投产"),
  fact(WX, "region", "projects_completed_investment_cny", 1.17e9, "cny", "其中重点工业项目8个,总投资11.7亿元", AS3, kind="cumulative", opt=True, chk=True,
       note="“总投资11.7亿元”归13个还是其中8个重点项目，文中含糊"),
  fact(WX, "region", "projects_completed_expected_annual_output_cny", 1.696e9, "cny", "年可实现工业产值16.96亿元", AS3 + "（预计）", kind="target", opt=True, chk=True),
  fact(WX, "region", "projects_signed", 12, "count", C4, AS3, kind="cumulative"),
  fact(WX, "region", "signed_investment_cny", 6.72e9, "cny", "计划总投资67.2亿元", AS3, kind="cumulative", chk=True),
  fact(WX, "region", "projects_signed_expected_output_cny", 1.35e10, "cny", "预计实现产值135亿元", AS3 + "（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xo04 通山县南林桥双创(扶贫)产业园 (咸宁日报 2020)
NL = "通山县南林桥双创(扶贫)产业园"
D0 = "19日,通山县南林桥双创(扶贫)产业园项目施工现场,工人们正在加快施工"
D1 = "该项目总投资25亿元、规划面积1.2万亩,是该县“一区四园”规划布局的重要组成部分"
AS4 = "2020年5月19日"
G["xo04"] = dict(
 article=art("图文:通山县南林桥双创(扶贫)产业园加快施工", "咸宁日报（全媒体记者 陈红菊，通讯员 杨清 刘雯 摄；责任编辑 何凡），载于咸宁市政府网 xianning.gov.cn", "2020-05-23", "day",
  "City daily's photo news on the city government site, Hubei: a county's new industrial park under construction — total investment, planned area, factory roofs topped, firms waiting to enter",
  "http://www.xianning.gov.cn/xwzx/tsxn/202005/t20200523_2120497.shtml",
  "日期取页面“来源:咸宁日报 日期:2020-05-23”（文中“19日”即2020年5月19日）。标题照录；来源日期行、“责任编辑:何凡”“附件:”已删；摄影署名行保留在正文末。正文两段加署名，完整。园区：通山县南林桥双创(扶贫)产业园（咸宁市通山县，湖北；标题与正文同名，alias 为不带县名的写法）；“一区四园”为县的园区布局，不列园区。项目：“通山县南林桥双创(扶贫)产业园项目”——总投资25亿元，施工现场“正在加快施工”→在建；这是园区本身的建设项目，park 记该园区本身（note 注明）。事实：规划面积1.2万亩、孵化园厂房封顶100亩（可选）、洽谈客商30批次（可选）、20多家企业等待进驻（余，可选）。",
  "xo04"),
 parks=[
  park(NL, "咸宁", "湖北", "产业园", D0, district="通山县", aliases=["南林桥双创(扶贫)产业园"], note="扶贫产业园；“一区四园”之一（推定）"),
 ],
 projects=[
  proj("通山县南林桥双创(扶贫)产业园项目", NL, D1, inv="总投资25亿元", status="在建", status_text="正在加快施工",
       aliases=["南林桥双创(扶贫)产业园项目"], note="园区本身的建设项目；施工现场见 " + D0),
 ],
 aggregate_facts=[
  fact(NL, "park", "planned_area_mu", 12000, "mu", "规划面积1.2万亩", AS4),
  fact(NL, "park", "incubator_roofs_topped_mu", 100, "mu", "已有100亩孵化园厂房封顶", AS4, opt=True),
  fact(NL, "park", "investor_talks", 30, "count", "先后洽谈客商30批次", AS4, kind="cumulative", opt=True),
  fact(NL, "park", "firms_waiting_to_enter", 20, "count", "20多家企业等待进驻", AS4, qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xo05 遂川县工业园区简介 (吉安市台办 via 华夏经纬网 2024)
SC = "遂川工业园区"
E0 = "遂川工业园区成立于1995年,2006年被批准为省级工业园区,规划区总面积约3.2万亩,建成面积1.23万亩"
E1 = "目前整个园区落户企业297家,其中规上企业118家,高新技术企业33家,专精特新企业24家,江西省制造业单项冠军企业1家,国家专精特新“小巨人”企业2家"
AS5 = "2024年7月"
G["xo05"] = dict(
 article=art("遂川县工业园区简介", "华夏经纬网（gd.huaxia.com “工业园区”栏；吉安市台办供稿）", "2024-07-29", "day",
  "Profile of a county industrial park supplied by the city Taiwan-affairs office, Jiangxi: founding and provincial status, planned and built area, firms by type, the park's 2023 revenue and tax, awards",
  "https://gd.huaxia.com/c/2024/07/29/1946696.shtml",
  "日期取页面“发布时间:2024-07-29 09:19:02”。标题照录；“当前位置 >> 工业园区”、发布时间行、主办单位与版权行已删；“(吉安市台办供稿)”保留在正文末。正文一段加供稿行，完整。这是园区简介（非新闻报道），由市台办供稿。园区：遂川工业园区（正文写法；标题作“遂川县工业园区”，记为 alias；吉安市遂川县，江西；省级工业园区）。事实：规划面积约3.2万亩（约）、建成面积1.23万亩；“目前”落户企业297家、规上118家、高新技术企业33家（as_of 2024年7月）；专精特新24家、单项冠军1家、“小巨人”2家（可选）；2023年“主营业收入309.52亿元”（原文如此，少一“务”字）；“税收10.32万元”照录为103200元——与309.52亿元营收不相称，疑为“10.32亿元”之误，但按原文记（note）。“2023年获评全省开发区综合考核第一等次”等称号不计。",
  "xo05"),
 parks=[
  park(SC, "吉安", "江西", "工业园区", E0, district="遂川县", aliases=["遂川县工业园区"], note="省级工业园区（2006年）；标题作“遂川县工业园区”"),
 ],
 aggregate_facts=[
  fact(SC, "park", "planned_area_mu", 32000, "mu", "规划区总面积约3.2万亩", "2024年7月", qual="约", qtext="约"),
  fact(SC, "park", "built_area_mu", 12300, "mu", "建成面积1.23万亩", "2024年7月", opt=True),
  fact(SC, "park", "firms", 297, "count", E1, AS5),
  fact(SC, "park", "above_scale_firms", 118, "count", E1, AS5),
  fact(SC, "park", "high_tech_firms", 33, "count", E1, AS5),
  fact(SC, "park", "specialized_sme_firms", 24, "count", E1, AS5, opt=True, note="专精特新企业"),
  fact(SC, "park", "little_giant_firms", 2, "count", E1, AS5, opt=True, note="国家专精特新“小巨人”"),
  fact(SC, "park", "revenue_cny", 3.0952e10, "cny", "2023年工业园区主营业收入309.52亿元", "2023年", chk=True, note="原文“主营业收入”"),
  fact(SC, "park", "tax_revenue_cny", 103200, "cny", "税收10.32万元", "2023年", chk=True, note="原文如此；与营收不相称，疑为“10.32亿元”之误"),
 ])

# ---------------------------------------------------------------- xo06 长丰(双凤)经开区 2022 (安徽日报 2023)
CF = "长丰(双凤)经开区"
F0 = "长丰(双凤)经开区再次蝉联综合排名第一,实现考评“五连冠”"
F1 = "预计全年财政收入增幅14%,规上工业产值增幅9%。规上服务业营收增幅6%,限上商贸业零售额增幅5%"
F2 = "新增规上工业24户、限上商贸15户;省市重点项目开工16个,竣工13个"
F3 = "2022年,该经开区新签约项目60个,其中亿元以上18个;重点在谈项目20余个。招商平台累计入驻项目253个"
F4 = "全年新增国家级“专精特新”小巨人企业3家,国家级企业技术中心1家,国家级高新技术企业66家(净增43家),国家级科技型中小企业184家"
ASP = "2022年全年（预计）"
G["xo06"] = dict(
 article=art("（无标题）长丰(双凤)经开区2022年考评蝉联第一 新签约项目60个", "安徽日报（szb.ahnews.com.cn 数字报；刘明俊 未魏）", "2023-01-19", "day",
  "Provincial party daily's short item on a county's provincial development zone, Anhui: ranking first again, the year's estimated growth rates, new above-scale firms, key projects started and completed, projects signed, land and financing, firms certified",
  "https://szb.ahnews.com.cn/ahrb/content/202301/19/c956091.html",
  "日期取网址 202301/19。存段无标题、无版次（title 为编者概括）；署名“(刘明俊 未魏)”在末段末，保留。正文三段，完整。园区：长丰(双凤)经开区（长丰县，合肥市，安徽；省级开发区，文中又作“该经开区”；不补全称）。机构：省商务厅（可选）。事实：财政收入、规上工业产值、规上服务业营收、限上零售额增幅为“预计全年”（target，ratio 值）；新增规上工业24户；省市重点项目开工16个、竣工13个；新签约项目60个（亿元以上18个，可选）；重点在谈20余个（余，可选）；招商平台累计入驻253个（cumulative）；约300亩土地收储、“腾笼换鸟”计划融资8亿元（计划，target）、基础设施融资30.1亿元（可选）；新增小巨人3家、国家级高新技术企业66家（净增43家）、科技型中小企业184家（可选）。“五连冠”排名不计。",
  "xo06"),
 parks=[
  park(CF, "合肥", "安徽", "经济开发区", F0, district="长丰县", note="省级开发区（拟申请升级国家级）；文中又作“该经开区”"),
 ],
 institutions=[
  inst("省商务厅", "近日,省商务厅发布2022年全省拟申请升级为国家级经济技术开发区的省级开发区综合发展水平考评结果", note="安徽省商务厅"),
 ],
 aggregate_facts=[
  fact(CF, "park", "fiscal_revenue_yoy_growth", 0.14, "ratio", F1, ASP, kind="target"),
  fact(CF, "park", "industrial_output_above_scale_yoy_growth", 0.09, "ratio", F1, ASP, kind="target"),
  fact(CF, "park", "services_revenue_above_scale_yoy_growth", 0.06, "ratio", F1, ASP, kind="target", opt=True),
  fact(CF, "park", "retail_sales_above_quota_yoy_growth", 0.05, "ratio", F1, ASP, kind="target", opt=True),
  fact(CF, "park", "new_above_scale_industrial_firms", 24, "count", F2, "2022年"),
  fact(CF, "park", "new_above_quota_trade_firms", 15, "count", F2, "2022年", opt=True),
  fact(CF, "park", "projects_started", 16, "count", F2, "2022年", note="省市重点项目"),
  fact(CF, "park", "projects_completed", 13, "count", F2, "2022年", note="省市重点项目"),
  fact(CF, "park", "projects_signed", 60, "count", F3, "2022年"),
  fact(CF, "park", "projects_signed_over_100m", 18, "count", F3, "2022年", opt=True),
  fact(CF, "park", "projects_under_negotiation", 20, "count", F3, "2022年末", qual="余", qtext="余", opt=True),
  fact(CF, "park", "projects_settled", 253, "count", F3, "截至2022年末", kind="cumulative", note="招商平台累计入驻项目"),
  fact(CF, "park", "land_reserved_mu", 300, "mu", "2022年推动约300亩土地收储", "2022年", qual="约", qtext="约", opt=True),
  fact(CF, "park", "planned_financing_cny", 8e8, "cny", "实施“腾笼换鸟”项目计划融资8亿元", "2022年（计划）", kind="target", opt=True, chk=True),
  fact(CF, "park", "infrastructure_financing_cny", 3.01e9, "cny", "完成基础设施建设融资30.1亿元", "2022年", opt=True, chk=True),
  fact(CF, "park", "little_giant_firms_added", 3, "count", F4, "2022年", opt=True),
  fact(CF, "park", "high_tech_firms_added", 66, "count", F4, "2022年", note="国家级高新技术企业新增66家（净增43家）"),
  fact(CF, "park", "high_tech_firms_net_added", 43, "count", "国家级高新技术企业66家(净增43家)", "2022年", opt=True),
  fact(CF, "park", "tech_smes_added", 184, "count", F4, "2022年", opt=True),
 ])

# ---------------------------------------------------------------- xo07 遂昌 竹制品集聚区建设 (遂昌新闻网 2015)
ZZ = "遂昌县移民竹制品集聚区"
H0 = "目前,遂昌县移民竹制品集聚区建设进展有序,区内10家竹制品加工企业忙着建设厂房"
H1 = "该竹制品集聚区位于三仁畲族乡高碧街屏风山区块,区块面积6万多平方米,建成后,年产值可达2亿元,企业实现利润2000多万元"
AS7 = "2015年7月"
G["xo07"] = dict(
 article=art("竹制品集聚区建设", "遂昌新闻网（记者 章建辉 摄），载于浙江在线 scnews.zjol.com.cn", "2015-07-02", "day",
  "County news site's photo news, Zhejiang: a county's bamboo-products cluster for relocated residents under construction — firms building plants, area, expected output and profit",
  "https://scnews.zjol.com.cn/scnews/system/2015/07/02/019496050.shtml",
  "日期取页面“来源: 遂昌新闻网    2015年07月02日”。标题照录；站名行、来源日期行、“0”“猜你喜欢”“关注我们”“返回顶部”已删；摄影署名行保留在正文末。正文一段加署名，完整。园区：遂昌县移民竹制品集聚区（丽水市遂昌县，浙江；位于三仁畲族乡高碧街屏风山区块；标题与文中又作“竹制品集聚区”，记为 alias）。无点名企业、项目。事实：区内10家企业正在建厂房（reported）；区块面积6万多平方米（余）；建成后年产值可达2亿元、企业利润2000多万元（target；后者金额写作“2000多万元”，metric 不以 _cny 结尾，unit 仍为 cny）；每年消耗毛竹800万支、竹农近亿元收入不计（可选毛竹一项）。",
  "xo07"),
 parks=[
  park(ZZ, "丽水", "浙江", "产业集聚区", H0, district="遂昌县", aliases=["竹制品集聚区"], note="位于三仁畲族乡；移民（搬迁）安置配套的竹制品加工集聚区"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "firms_building_plants", 10, "count", H0, AS7),
  fact(ZZ, "park", "site_area_m2", 60000, "m2", "区块面积6万多平方米", AS7, qual="余", qtext="多"),
  fact(ZZ, "park", "expected_annual_output_cny", 2e8, "cny", "建成后,年产值可达2亿元", "建成后（预计）", kind="target", chk=True),
  fact(ZZ, "park", "expected_annual_profit", 2e7, "cny", "企业实现利润2000多万元", "建成后（预计）", kind="target", qual="余", qtext="多"),
  fact(ZZ, "park", "expected_annual_bamboo_use", 8e6, "stems", "每年消耗毛竹800万支", "建成后（预计）", kind="target", opt=True),
 ])
