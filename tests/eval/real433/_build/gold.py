# real433 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged).
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/突破 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); US dollars as investment_value/currency. Projects: the park the text
# places the project in, null if none (a county or city is not a park). Status from the text's words. Plans for a coming
# year (“力争”, “将”) are kind target; “截至…”/“累计” figures are cumulative; growth rates and shares are ratios.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/lpNN.raw as returned.

# ---------------------------------------------------------------- lp01 龙泉—萧山 飞地 (浙江在线丽水频道 2018)
LX = "龙泉-萧山山海协作产业园"
FD1 = "“飞地”产业园"
A0 = "此前的龙泉-萧山山海协作产业园已得到了飞速发展,连续三年获全省考核一等奖"
A1 = "萧山在经济技术开发区规划150亩用地给龙泉用于“飞地”产业园建设,一期工程力争于年内开始建设,安排50亩创新型产业用地"
A2 = "截至去年底,共引进项目72个,实际到位资金39.1亿元,主导产业累计实际到位资金占全部到位资金87.5%,规上企业总数达到22家,单位土地税收总额达到每亩41万元"
A3 = "浙江国镜药业异地迁建项目选择落户山海协作产业园,建成国内最为先进的大输液生产线,目前已启动生产,全部投产后可实现产值20亿元"
A4 = "去年,产业园引来第一个外资项目——沙特客商投资600万美元的凯尊汽车零部件生产线项目签约落户,并通过腾笼换鸟项目实现当年签约当年投产"
AS1 = "2017年末"
G["lp01"] = dict(
 article=art("（无标题）龙泉与萧山签订“飞地”产业园共建协议；龙泉—萧山山海协作产业园进展", "浙江在线丽水频道（cs.zjol.com.cn，“ls16512”栏；存段无标题、无署名）", "2018-07-02", "day",
  "Provincial portal's city channel, Zhejiang mountain county: a mountain city signs an enclave-park agreement with its coastal partner district (land, first phase, rent and tax return), and the partners' older co-built industrial park with cumulative projects, funds, above-scale firms, tax per mu, a pharmaceutical relocation in production and a foreign-funded auto-parts line",
  "http://cs.zjol.com.cn/zjbd/ls16512/201807/t20180702_7671887.shtml",
  "日期取网址 201807/t20180702。存段无标题、无日期行（title 为编者概括）。存段末段“随着山海协作工程的不断推进,…形成以汽车空调零部件为主的”为一句未完，整段删去（make_txt.py ITEMS 截至上一段）；正文四段。园区：龙泉-萧山山海协作产业园（文中又作“山海协作产业园”“产业园”；丽水龙泉市，浙江；连字符照录）；“飞地”产业园（龙泉在萧山经济技术开发区内的飞地，150亩，无专名，列可选；文中只作“萧山在经济技术开发区”，不补全称）。项目：浙江国镜药业异地迁建项目（“目前已启动生产”→投产；“全部投产后可实现产值20亿元”为 target 事实）；凯尊汽车零部件生产线项目（沙特客商投资600万美元，美元不入 investment_cny；“签约落户”并“当年签约当年投产”→投产，status_alt 签约）。“截至去年底”的72个项目、39.1亿元、87.5%、22家、每亩41万元归龙泉-萧山山海协作产业园（cumulative，as_of 2017年末）。",
  "lp01"),
 parks=[
  park(LX, "丽水", "浙江", "山海协作产业园（省级）", A0, district="龙泉市", aliases=["山海协作产业园"], note="2012年起龙泉与萧山合作共建；文中又作“产业园”"),
  park(FD1, "杭州", "浙江", "飞地产业园", A1, district="萧山区", opt=True, note="龙泉在萧山经济技术开发区内的“飞地”产业园（150亩规划，一期50亩）；无专名"),
 ],
 companies=[
  comp("浙江国镜药业", LX, A3, note="只在项目名中；异地迁建落户产业园"),
 ],
 projects=[
  proj("浙江国镜药业异地迁建项目", LX, A3, companies=["浙江国镜药业"], status="投产", status_text="目前已启动生产", note="大输液生产线；全部投产后可实现产值20亿元"),
  proj("凯尊汽车零部件生产线项目", LX, A4, inv="投资600万美元", currency="usd", value=6e6, status="投产", status_text="当年签约当年投产",
       status_alt="签约", note="产业园第一个外资项目，沙特客商投资；2017年签约落户"),
 ],
 aggregate_facts=[
  fact(LX, "park", "projects_landed", 72, "count", A2, AS1, kind="cumulative"),
  fact(LX, "park", "paid_in_investment_cny", 3.91e9, "cny", "共引进项目72个,实际到位资金39.1亿元", AS1, kind="cumulative", chk=True),
  fact(LX, "park", "leading_industry_share_of_paid_in", 0.875, "ratio", A2, AS1, kind="ratio", opt=True),
  fact(LX, "park", "above_scale_firms", 22, "count", A2, AS1),
  fact(LX, "park", "tax_per_mu_cny", 4.1e5, "cny", "单位土地税收总额达到每亩41万元", AS1, opt=True, chk=True),
  fact("浙江国镜药业异地迁建项目", "project", "expected_annual_output_cny", 2e9, "cny", "全部投产后可实现产值20亿元", "全部投产后（预期）", kind="target", chk=True),
  fact(FD1, "park", "site_area_mu", 150, "mu", A1, "2018年7月（协议）", opt=True),
 ])

# ---------------------------------------------------------------- lp02 衢州海创园 (杭州网 2018)
HC = "衢州海创园"
WL = "杭州未来科技城"
B0 = "杭州未来科技城,“衢州海创园”五个大字在阳光下闪闪发亮"
B1 = "这里是衢州在杭州的一块“创新飞地”,承载了衢州区域经济发展先锋队的重任"
G["lp02"] = dict(
 article=art("（无标题）杭衢山海协作升级版报道：衢州“创新飞地”招引项目百余个", "杭州网（z.hangzhou.com.cn 专题“打造杭衢山海协作升级版”；稿中称“浙江在线杭州频道记者”；存段无标题、无署名）", "2018-06", "month",
  "City news portal's special series, Zhejiang: a mountain city's innovation enclave inside a Hangzhou science city — what an enclave is, the incubate-there / produce-at-home model, projects attracted",
  "http://z.hangzhou.com.cn/2018/2018dzhqshxzsjb/content/content_7025189.htm",
  "存段无标题、无日期行（title 为编者概括）。日期：编者按“6月中旬…记者走进一线”，文中“6月12日起”，网址为2018年专题，记 2018-06（month）。存段在“截至今年5月”处中断，该残句单独成行，已删（ITEMS 截至上一段）；正文含编者按与两行小标题，共十二段。园区：衢州海创园（衢州在杭州的“创新飞地”，文中称“我省第一个跨行政区建设的创业园区”；位于杭州未来科技城，母园区由语境推定）；杭州未来科技城列可选。小标题“衢州“创新飞地”招引项目百余个”的项目数归衢州海创园（cumulative，余）。杭州市发改委对口支援处、两市网信办列可选机构。",
  "lp02"),
 parks=[
  park(HC, "杭州", "浙江", "飞地创业园区（衢州创新飞地）", B1, parent=WL, note="衢州在杭州的“创新飞地”；“我省第一个跨行政区建设的创业园区”；母园区由语境推定"),
  park(WL, "杭州", "浙江", "科技城", B0, opt=True, note="衢州海创园所在地"),
 ],
 companies=[],
 institutions=[
  inst("杭州市发改委对口支援处", "杭州市发改委对口支援处负责人说"),
  inst("杭州市网信办", "由杭州市网信办、衢州市网信办联合举办的“念好山海经 唱好协作曲”"),
  inst("衢州市网信办", "由杭州市网信办、衢州市网信办联合举办的“念好山海经 唱好协作曲”"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HC, "park", "projects_landed", 100, "count", "衢州“创新飞地”招引项目百余个", "2018年6月", kind="cumulative", qual="余", qtext="余", note="小标题"),
 ])

# ---------------------------------------------------------------- lp03 丽水 “问海借力” (今日浙江 2019)
C0 = "丽水加快推进莲都—义乌、龙泉—萧山、遂昌—诸暨、松阳—余姚等4个省级山海协作产业园建设,总规划面积21.48平方公里,完成固定资产投资274.72亿元,入园企业234个,产业项目到位资金184.75亿元"
C1 = "景宁畲族自治县先后得到鄞州区、温岭市、海盐县、上虞区、宁海县等地的对口扶持,累计援建产业发展资金1.6亿元,区域合作项目资金达35亿元,实施项目98个,带动地方投资80余亿元"
GRP = "莲都—义乌、龙泉—萧山、遂昌—诸暨、松阳—余姚等4个省级山海协作产业园"
AS3 = "2019年9月（发稿时）"
G["lp03"] = dict(
 article=art("“问海借力”,丽水这样打通“两山”转化通道", "《今日浙江》杂志（阮春生），载于中国网·浙江（zjnews.china.com.cn）", "2019-09-05", "day",
  "Provincial party magazine's feature on a national portal's Zhejiang channel, mountain city: coastal partners' aid to a She autonomous county (funds, projects, investment driven), mountain produce sold through coastal outlets, and the city's four provincial mountain–sea cooperation industrial parks with area, fixed-asset investment, firms and project funds",
  "http://zjnews.china.com.cn/jrzj/2019-09-05/187059.html",
  "日期取页面“发布时间2019-09-05 12:54:56”。标题照录；导航、栏目、“《今日浙江》杂志 · 阮春生 | 发布时间…”行已删；图片文件名“遂昌—诸暨山海协作产业园.jpg”与图注“遂昌—诸暨山海协作产业园”删去。首行“有所呼,海有所应。”照录（页面如此）。存段末句“去年以来,丽水市还先后成功”未完，已删；正文截至“…产业项目到位资金184.75亿元。”，含小标题四行，共十段。园区：4个省级山海协作产业园，文中只以“莲都—义乌、龙泉—萧山、遂昌—诸暨、松阳—余姚等4个省级山海协作产业园”并列写出；各园以“X—Y山海协作产业园”为名、并列短名为 alias（园名本身不逐字出现）。合计指标（面积、投资、企业、到位资金）subject 记整句中的并列名（4园合计），截至发稿（cumulative）。景宁畲族自治县对口扶持数字为县域（region）。“莲都生态农产品精品馆”“飞柜”非园区，不列。",
  "lp03"),
 parks=[
  park("莲都—义乌山海协作产业园", "丽水", "浙江", "省级山海协作产业园", C0, district="莲都区", aliases=["莲都—义乌"], note="园名由并列式展开；4园之一"),
  park("龙泉—萧山山海协作产业园", "丽水", "浙江", "省级山海协作产业园", C0, district="龙泉市", aliases=["龙泉—萧山"], note="同上"),
  park("遂昌—诸暨山海协作产业园", "丽水", "浙江", "省级山海协作产业园", C0, district="遂昌县", aliases=["遂昌—诸暨"], note="同上（图注作此全名，图注已删）"),
  park("松阳—余姚山海协作产业园", "丽水", "浙江", "省级山海协作产业园", C0, district="松阳县", aliases=["松阳—余姚"], note="同上"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(GRP, "park", "parks_count", 4, "count", C0, AS3, opt=True),
  fact(GRP, "park", "planned_area_km2", 21.48, "km2", C0, AS3, note="4园合计"),
  fact(GRP, "park", "fixed_asset_investment_cny", 2.7472e10, "cny", "总规划面积21.48平方公里,完成固定资产投资274.72亿元", AS3, kind="cumulative", chk=True, note="4园合计"),
  fact(GRP, "park", "firms", 234, "count", C0, AS3, kind="cumulative", note="入园企业，4园合计"),
  fact(GRP, "park", "paid_in_investment_cny", 1.8475e10, "cny", "产业项目到位资金184.75亿元", AS3, kind="cumulative", chk=True, note="4园合计"),
  fact("景宁畲族自治县", "region", "partner_aid_funds_cny", 1.6e8, "cny", "累计援建产业发展资金1.6亿元,区域合作项目资金达35亿元", AS3, kind="cumulative", chk=True),
  fact("景宁畲族自治县", "region", "cooperation_project_funds_cny", 3.5e9, "cny", "区域合作项目资金达35亿元,实施项目98个", AS3, kind="cumulative", opt=True, chk=True),
  fact("景宁畲族自治县", "region", "cooperation_projects", 98, "count", C1, AS3, kind="cumulative", opt=True),
  fact("景宁畲族自治县", "region", "households_income_raised", 24000, "households", "带动2.4万户农民增收致富", AS3, opt=True),
 ])

# ---------------------------------------------------------------- lp04 常山 / 开化 省级经济开发区 (cnrepark 2020)
CSK = "浙江常山经济开发区"
KHK = "浙江开化经济开发区"
D0 = "正式同意整合设立浙江常山经济开发区、浙江开化经济开发区,实行省级经济开发区政策"
D1 = "浙江常山经济开发区规划面积22.32平方公里,分新都、辉埠、金川三个片区"
D2 = "以浙江艾佳、柚香谷和天子股份食品加工,经纬药业、柚都生物生物医药制造,爱丽莎负氧离子墙纸(布)生产为代表的康养时尚产业和以先导精密石英材料加工、万谷电子半导体制冷片制造为代表的新材料产业等"
D3 = "扶持哲丰新材料为代表的纸基新材料产业,加快服务推动哲丰新材料二期建成,逐步把哲丰新材料打造成为常山首个总产值突破50亿元的企业"
AS4 = "2020年12月"
G["lp04"] = dict(
 article=art("省政府正式批复!衢州多了两个省级经济开发区", "cnrepark.com（园区网“新闻”栏；原发媒体与署名存段未示）", "2020-12-07", "day",
  "Industrial-park portal, Zhejiang mountain counties: the province approves two county-level provincial economic development zones — one zone's area and three sub-areas with boundaries, the firms that lead each sub-area's industries, a paper-materials firm's phase-2 project and output ambition",
  "https://cnrepark.com/news/detail/208874.html",
  "日期取页面“2020 12/07 11:47”。标题照录；栏目字“新闻”与日期行已删。存段末段“以总投资50亿元的常山万洋众创城项目和总投资30亿元的众卡产业园为代表,…围绕众卡产业园打造现代物流园区,打造“高端制造+小微引”为一句（分号连接）且在句中中断，整段删去（ITEMS 截至“金川片区规划面积5.35平方公里…”段）；因此两项金额不在文本中。正文含小标题四行，共十一段。园区：浙江常山经济开发区、浙江开化经济开发区（衢州常山县、开化县，省级）；新都、辉埠、金川片区为常山经开区的片区（可选园区，母园区常山经开区）。公司按所写简称列出，园区记常山经开区（片区见 note）。项目：哲丰新材料二期（“加快服务推动…建成”→在建）。“打造成为常山首个总产值突破50亿元的企业”为目标（target，超，可选）。开化经开区在存段中只有名称。",
  "lp04"),
 parks=[
  park(CSK, "衢州", "浙江", "省级经济开发区", D0, district="常山县", note="新设（整合）；文中只作全称"),
  park(KHK, "衢州", "浙江", "省级经济开发区", D0, district="开化县", note="新设（整合）；存段只有名称"),
  park("新都片区", "衢州", "浙江", "片区", "新都片区规划面积7.38平方公里", district="常山县", parent=CSK, opt=True),
  park("辉埠片区", "衢州", "浙江", "片区", "辉埠片区规划面积9.59平方公里", district="常山县", parent=CSK, opt=True),
  park("金川片区", "衢州", "浙江", "片区", "金川片区规划面积5.35平方公里", district="常山县", parent=CSK, opt=True),
 ],
 companies=[
  comp("浙江艾佳", CSK, D2, note="新都片区；食品加工"),
  comp("柚香谷", CSK, D2, note="新都片区；食品加工"),
  comp("天子股份", CSK, D2, note="新都片区；食品加工"),
  comp("经纬药业", CSK, D2, note="新都片区；生物医药制造"),
  comp("柚都生物", CSK, D2, note="新都片区；生物医药制造"),
  comp("爱丽莎", CSK, D2, opt=True, note="新都片区；负氧离子墙纸(布)生产；名称只作“爱丽莎”"),
  comp("先导精密", CSK, D2, note="新都片区；石英材料加工"),
  comp("万谷电子", CSK, D2, note="新都片区；半导体制冷片制造"),
  comp("哲丰新材料", CSK, D3, note="辉埠片区；纸基新材料"),
 ],
 institutions=[
  inst("省政府办公厅", "日前,省政府办公厅发布了《浙江省人民政府办公厅关于整合设立浙江苍南等经济开发区的复函》", note="浙江省人民政府办公厅"),
 ],
 projects=[
  proj("哲丰新材料二期", CSK, D3, companies=["哲丰新材料"], phase="二期", status="在建", status_text="加快服务推动哲丰新材料二期建成", note="辉埠片区"),
 ],
 aggregate_facts=[
  fact(CSK, "park", "planned_area_km2", 22.32, "km2", D1, AS4),
  fact(CSK, "park", "sub_areas", 3, "count", D1, AS4, opt=True),
  fact("新都片区", "park", "planned_area_km2", 7.38, "km2", "新都片区规划面积7.38平方公里", AS4, opt=True),
  fact("辉埠片区", "park", "planned_area_km2", 9.59, "km2", "辉埠片区规划面积9.59平方公里", AS4, opt=True),
  fact("金川片区", "park", "planned_area_km2", 5.35, "km2", "金川片区规划面积5.35平方公里", AS4, opt=True),
  fact("哲丰新材料", "company", "annual_output_cny", 5e9, "cny", "逐步把哲丰新材料打造成为常山首个总产值突破50亿元的企业", "远期（目标）", kind="target", qual="超", qtext="突破", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lp05 兰溪 23 projects signed (qsjwater relay 2021)
GM = "光膜小镇"
E0 = "4月8日,浙江兰溪举行2021年首场重点项目集中签约仪式,总投资152亿元的23个重点项目签约落地"
E1 = "总投资5亿元的科能新材料年产500吨高纯化合物半导体材料项目落户于光膜小镇,是兰溪企业——浙江康鹏半导体有限公司的上游材料供应商,从考察到签约,只用了短短几个月"
E2 = "金兰创新城、金兰高新技术产业园、电驱装备小镇、光膜小镇等高能级平台加速成长"
E3 = "近年来,兰溪以光膜小镇为龙头,引进怡钛积、中科玖源、康鹏半导体等一批省重大产业项目,光学膜、化合物半导体产业集群初具规模"
E4 = "截至目前,小镇已入驻企业15家,总投资78.43亿元,累计完成投资额超35亿元,引进专利技术100余项"
AS5 = "2021年4月"
G["lp05"] = dict(
 article=art("浙江兰溪五大主导产业“百花齐放”", "qsjwater.com（“国内新闻”栏转载；原发媒体与署名未注明）", "2021-04-12", "day",
  "Company website relaying a news item, Zhejiang (western Jinhua): a county-level city's first signing of the year — 23 projects and total, one named semiconductor-materials project landing in an optical-film town, the city's platforms, an electric-drive chain, the optical-film town's firms and cumulative investment",
  "http://www.qsjwater.com/a/guoneixinwen/2021/0412/255003.html",
  "日期取页面“时间:2021-04-12 14:51”（签约日4月8日）。标题照录；“RSS”、当前位置行与时间行已删。存段末句“此外,兰溪还依托纺织业这一传统主”未完，单独成段，已删；正文五段。园区：光膜小镇、电驱装备小镇（特色小镇）、金兰创新城、金兰高新技术产业园（“高能级平台”；金华兰溪市，浙江）。项目：科能新材料年产500吨高纯化合物半导体材料项目（总投资5亿元，落户光膜小镇，“签约落地”/“从考察到签约”→签约；业主株洲科能新材料有限责任公司）；众志达新能源项目（“成功招引”，无金额，园区未说，可选）。公司：浙江康鹏半导体有限公司（兰溪企业；光膜小镇引进的省重大产业项目之一，园区记光膜小镇）、怡钛积、中科玖源（同上，简称）；浙江盘毂动力科技有限公司（园区未说，null）。兰溪市23个项目与152亿元为市域签约（region）；光膜小镇“截至目前”的15家、78.43亿元、超35亿元、100余项（cumulative）。",
  "lp05"),
 parks=[
  park(GM, "金华", "浙江", "特色小镇（光学膜）", E1, district="兰溪市", aliases=["小镇"], note="文中又作“小镇”"),
  park("电驱装备小镇", "金华", "浙江", "特色小镇", E2, district="兰溪市"),
  park("金兰创新城", "金华", "浙江", "平台", E2, district="兰溪市", opt=True),
  park("金兰高新技术产业园", "金华", "浙江", "高新技术产业园", E2, district="兰溪市"),
 ],
 companies=[
  comp("株洲科能新材料有限责任公司", GM, "株洲科能新材料有限责任公司董事长赵科峰说", note="科能新材料项目业主；项目落户光膜小镇"),
  comp("浙江康鹏半导体有限公司", GM, E1, aliases=["康鹏半导体"], note="兰溪企业；光膜小镇引进的项目之一"),
  comp("怡钛积", GM, E3, note="光膜小镇引进的省重大产业项目"),
  comp("中科玖源", GM, E3, note="同上"),
  comp("浙江盘毂动力科技有限公司", None, "兰溪以引进浙江盘毂动力科技有限公司为契机", note="电驱动企业；园区未说"),
 ],
 projects=[
  proj("科能新材料年产500吨高纯化合物半导体材料项目", GM, E1, companies=["株洲科能新材料有限责任公司"], inv="总投资5亿元", status="签约", status_text="签约", note="2021年4月8日集中签约之一"),
  proj("众志达新能源项目", None, "成功招引年产1万套动力总成的众志达新能源项目", opt=True, note="年产1万套动力总成；“招引”，无金额，园区未说"),
 ],
 aggregate_facts=[
  fact("兰溪", "region", "projects_signed", 23, "count", E0, "2021年4月8日（集中签约）"),
  fact("兰溪", "region", "signed_investment_cny", 1.52e10, "cny", E0, "2021年4月8日（集中签约）", chk=True),
  fact(GM, "park", "firms", 15, "count", E4, AS5, kind="cumulative"),
  fact(GM, "park", "total_investment_cny", 7.843e9, "cny", "小镇已入驻企业15家,总投资78.43亿元", AS5, kind="cumulative", chk=True),
  fact(GM, "park", "completed_investment_cny", 3.5e9, "cny", "累计完成投资额超35亿元", AS5, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(GM, "park", "patents_introduced", 100, "count", "引进专利技术100余项", AS5, kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- lp06 青田 两会特刊 (丽水日报 2022)
QT = "青田"
F0 = "在刚刚过去的2021年,青田完成规上工业增加值50.2亿元,增长6.5%;完成规上工业产值290.7亿元,增长23.8%"
F1 = "力争全年新拓展工业用地1500亩、出让1000亩,积极拓展县外“产业飞地”300亩"
F2 = "完成亩均税收5万元以下和容积率1.0以下企业整治提升,实施技术改造项目30个,盘活“三未用地”800亩、闲置厂房10万平方米,实现规上工业亩均税收同比增长7%"
F3 = "新增高新技术企业12家、科技型中小企业30家、省级高新技术企业研发中心2家、省级企业研究院1家"
AS6T = "2022年（计划）"
G["lp06"] = dict(
 article=art("聚力打造“生态工业、专精特新”的产业创新引领县", "丽水日报（paper.lsnews.com.cn 数字报，第A07版“两会特刊”；署名存段未示）", "2022-04-08", "day",
  "City daily's special page for the local congress, Zhejiang mountain county: the county's 2021 industrial value added and output with growth, and its 2022 plans — industrial land, an out-of-county industrial enclave, a tech-innovation base, renovation, land and plant revitalization, new high-tech firms",
  "http://paper.lsnews.com.cn/lsrb/pc/content/202204/08/content_308114.html",
  "日期取网址 202204/08（数字报 A07 版）。标题在页面上折成两行（“聚力打造“生态工业、专精特新”的”/“产业创新引领县”），按原题连写、中间不加字（make_txt.py HEAD_JOIN）；版次行“第A07版:两会特刊”已删。存段末段“高质量的项目是…力争引进亿元以上制造业项目1”在句中中断，整段删去；正文三段。园区：中关村青田科创共富基地（“加快推进…建设”，县内平台，丽水青田县）；“产业飞地”只作泛称（300亩拓展目标），不列园区。2021年数字为县域实绩（region，reported）；2022年“力争”“将”数字为计划（target）。无具名企业或项目。",
  "lp06"),
 parks=[
  park("中关村青田科创共富基地", "丽水", "浙江", "科创基地", "加快推进中关村青田科创共富基地建设,着力打造高能级产业发展新平台", district="青田县", note="建设中"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(QT, "region", "industrial_value_added_cny", 5.02e9, "cny", "青田完成规上工业增加值50.2亿元,增长6.5%", "2021年", chk=True, note="规上工业增加值"),
  fact(QT, "region", "industrial_value_added_growth", 0.065, "ratio", "青田完成规上工业增加值50.2亿元,增长6.5%", "2021年", kind="ratio"),
  fact(QT, "region", "industrial_output_cny", 2.907e10, "cny", "完成规上工业产值290.7亿元,增长23.8%", "2021年", chk=True, note="规上工业产值"),
  fact(QT, "region", "industrial_output_growth", 0.238, "ratio", "完成规上工业产值290.7亿元,增长23.8%", "2021年", kind="ratio"),
  fact(QT, "region", "below_scale_value_added_growth", 0.128, "ratio", "规下工业增加值增长12.8%,位列全市第三", "2021年", kind="ratio", opt=True),
  fact(QT, "region", "new_industrial_land_mu", 1500, "mu", F1, AS6T, kind="target"),
  fact(QT, "region", "industrial_land_sold_mu", 1000, "mu", F1, AS6T, kind="target", opt=True),
  fact(QT, "region", "offsite_enclave_land_mu", 300, "mu", F1, AS6T, kind="target", note="县外“产业飞地”"),
  fact(QT, "region", "tech_renovation_projects", 30, "count", F2, AS6T, kind="target", opt=True),
  fact(QT, "region", "tax_per_mu_growth", 0.07, "ratio", F2, AS6T, kind="target", opt=True),
  fact(QT, "region", "new_high_tech_firms", 12, "count", F3, AS6T, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- lp07 89个项目签约落户丽水 (浙江日报 / 浙江在线 2023)
LS = "丽水"
H0 = "2月14日,丽水举行革命老区振兴发展暨双招双引重大项目签约仪式,89个大项目签约,投资总额达1205.29亿元"
H1 = "超百亿制造业大项目2个,分别为总投资120亿元的富乐德半导体产业项目与总投资100亿元的丽水和达健康绿谷项目"
H2 = "签约大会上,丽水还与省交通投资集团、中国林业集团、中国南水北调集团生态环保公司、阿里巴巴集团、杭州钢铁集团等合作单位,在综合交通基础设施、林业高质量发展、水资源开发、乡村共配机制、卫生健康数字化改革等领域签订7个革命老区振兴发展战略协议"
AS7 = "2023年2月14日（签约仪式）"
G["lp07"] = dict(
 article=art("89个项目签约落户丽水 敲开百亿级制造业项目“双黄蛋”", "浙江日报（记者 黄彦 通讯员 周叶舟 祝卿甫），载于浙江在线 zjnews.zjol.com.cn", "2023-02-15", "day",
  "Provincial daily on its portal, Zhejiang mountain city: a city-wide signing of 89 projects with total, size bands, two named ten-billion-yuan manufacturing projects, investor types, strategic agreements with state and private groups",
  "https://zjnews.zjol.com.cn/zjnews/202302/t20230215_25423038.shtml?mode=m2pc",
  "日期取页面“2023-02-15 08:09:11 来源:浙江在线-浙江日报”。主题与副题两行合为标题（中间一空格）；位置行、“字体:”、日期行、来源行与版权申明已删。正文五段，完整。无园区名（项目落点未说，park null）。项目：富乐德半导体产业项目（总投资120亿元）、丽水和达健康绿谷项目（总投资100亿元），均签约。战略协议合作单位（省交通投资集团等五家）列可选公司，园区 null。事实：丽水市 89个项目、1205.29亿元；20亿元以上15个、超百亿2个（可选）；投资主体分类计数不计；战略协议7个（可选）。",
  "lp07"),
 parks=[],
 companies=[
  comp("省交通投资集团", None, H2, opt=True, note="战略协议合作单位"),
  comp("中国林业集团", None, H2, opt=True, note="同上"),
  comp("中国南水北调集团生态环保公司", None, H2, opt=True, note="同上"),
  comp("阿里巴巴集团", None, H2, opt=True, note="同上"),
  comp("杭州钢铁集团", None, H2, opt=True, note="同上"),
 ],
 projects=[
  proj("富乐德半导体产业项目", None, H1, inv="总投资120亿元", status="签约", status_text="签约", note="超百亿制造业大项目；落点未说"),
  proj("丽水和达健康绿谷项目", None, H1, inv="总投资100亿元", status="签约", status_text="签约", note="同上"),
 ],
 aggregate_facts=[
  fact(LS, "region", "projects_signed", 89, "count", H0, AS7),
  fact(LS, "region", "signed_investment_cny", 1.20529e11, "cny", H0, AS7, chk=True),
  fact(LS, "region", "projects_signed_over_2bn", 15, "count", "签约项目中,投资量20亿元以上大项目15个", AS7, opt=True),
  fact(LS, "region", "projects_signed_over_10bn", 2, "count", H1, AS7, opt=True, note="超百亿制造业大项目"),
  fact(LS, "region", "strategic_agreements", 7, "count", H2, AS7, opt=True),
 ])

# ---------------------------------------------------------------- lp08 丽水 飞地经济 (意大利侨网 2024)
XL = "萧龙科创园"
K0 = "据悉,萧龙科创园是由萧山、龙泉及浙江大学共同围绕“杭州研发+龙泉产业化+科创投资+浙大加速”的产业协同创新模式共建的山海协作“科创飞地”,总用地面积约39亩,总建筑面积约15万平方米"
K1 = "截至目前,园区已成功招引203家企业入驻"
K2 = "目前,丽水与结对地共建的30块山海协作“飞地”位于省内宁波、嘉兴、湖州等地区"
CYF = "丽水山海协作“产业飞地”（9块）"
KCF = "丽水山海协作“科创飞地”（5块）"
XBF = "丽水山海协作“消薄飞地”（16块）"
AS8 = "2024年9月"
G["lp08"] = dict(
 article=art("丽水发展“飞地经济”激发澎湃新动能", "意大利侨网（wap.qwitaly.com；原发媒体与署名未注明，图注“图片来自龙泉发布”）", "2024-09-12", "day",
  "Overseas-Chinese portal relaying a Zhejiang item, mountain city: a science enclave co-built by a mountain county, its coastal partner district and a university opens in Hangzhou (site, floor area, firms entered), and the city's 30 enclaves by type with cumulative investment, projects, rebates, incubated projects and talent",
  "http://wap.qwitaly.com/wap/video/50065.html",
  "日期取页面“时间:2024-09-12 09:07:34来源: 意大利侨网”。标题照录；时间来源行、图片文件名“640.jpg”与图注“萧龙科创园外景。图片来自龙泉发布”已删。存段在末段“南太湖—庆元“产业飞地”引进投资126.19亿元的蜂巢能源科技(湖州)有限公司蜂巢能源动力锂离子电池项目,宁波—青田山海协作“保税”处中断，该句已删（make_txt.py LINE_SUFFIX）；因此蜂巢能源项目不在文本中。正文六段。园区：萧龙科创园（萧山、龙泉及浙江大学共建的山海协作“科创飞地”，在杭州萧山）。事实：萧龙科创园用地约39亩、建筑面积约15万平方米（约）、企业203家（cumulative）；丽水30块飞地；9块产业飞地（233.17亿元、52个项目）、16块消薄飞地（返利3.54亿元）、5块科创飞地（25.51亿元、73个项目、225名人才）——subject 记编者概括的飞地组名（累计）。浙江大学为共建方（可选机构）。",
  "lp08"),
 parks=[
  park(XL, "杭州", "浙江", "科创飞地（山海协作）", K0, district="萧山区", aliases=["园区"], note="龙泉市在萧山的科创飞地；开园仪式在杭州萧山举行"),
 ],
 companies=[],
 institutions=[
  inst("浙江大学", K0, kind="university", note="萧龙科创园共建方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XL, "park", "site_area_mu", 39, "mu", K0, AS8, qual="约", qtext="约"),
  fact(XL, "park", "floor_area_m2", 1.5e5, "m2", K0, AS8, qual="约", qtext="约", opt=True),
  fact(XL, "park", "firms", 203, "count", K1, AS8, kind="cumulative"),
  fact("丽水", "region", "enclaves", 30, "count", K2, AS8),
  fact(CYF, "park", "investment_completed_cny", 2.3317e10, "cny", "其中,9块“产业飞地”累计完成投资233.17亿元,引进产业项目52个", AS8, kind="cumulative", chk=True),
  fact(CYF, "park", "projects_landed", 52, "count", "9块“产业飞地”累计完成投资233.17亿元,引进产业项目52个", AS8, kind="cumulative"),
  fact(XBF, "park", "rebates_cny", 3.54e8, "cny", "16块“消薄飞地”返利3.54亿元", AS8, kind="cumulative", chk=True),
  fact(KCF, "park", "investment_completed_cny", 2.551e9, "cny", "5块“科创飞地”完成投资25.51亿元,孵化项目73个", AS8, kind="cumulative", chk=True),
  fact(KCF, "park", "projects_incubated", 73, "count", "5块“科创飞地”完成投资25.51亿元,孵化项目73个", AS8, kind="cumulative"),
  fact(KCF, "park", "talent_attracted", 225, "persons", "吸引副高职称及硕士以上人才225名", AS8, kind="cumulative", opt=True),
 ])
