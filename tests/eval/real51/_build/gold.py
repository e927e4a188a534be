# real51 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real45)
# Conventions as real28–real49: evidence verbatim (all eight items simplified as published); names as written in the text;
# 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence); US dollars in *_usd facts. An amount written without 元 (zu02 “不低于8000万”) is
# a fact whose metric does not end in _cny. Growth rates and shares as ratios. Full-year / half-year totals of a park are
# `cumulative`, rates `ratio`, expectations `target`. Projects: the park the text places the project in, null where only a
# city or county is named (zu04). Status from the text's words (开工 / 奠基 → 开工; 已投入生产 / 并网发电 / 正式对外营业 → 投产;
# 已试生产 → 投产 with status_alt 在建; 已基本完工 → 竣工; 施工现场 / 正在进行…安装 / 完成…主体施工 / 正抓紧推进 → 在建;
# 集中签约 → 签约; 适时启动项目建设 → planned). Firms only inside project names are optional (park as their project). Sources
# are `search` (corpus pages) excerpts typed into _raw/pages/zuNN.raw as returned.

# ---------------------------------------------------------------- zu01 北京亦庄 16个项目集中签约 (北京日报 via 中国经济网 2015)
YZ = "北京亦庄"
A0 = "记者日前从北京亦庄创新发展企业家暨金融机构座谈会上获悉,包括北京亦庄IC产业投资与并购基金、北京市集成电路装备与制造子基金项目在内的八个基金项目,东方雨虹新材料装备研发总部基地、国开新能源等八个产业项目在内的共16个“高精尖”项目进行了集中签约,共涉及资金额204亿元"
A1 = "8个基金项目主要涉及集成电路、节能环保、航空航天等战略性新兴产业,由亦庄国际投资发展有限公司牵头与相关基金机构共同发起组织,基金总规模达到173亿元"
A2 = "其中,北京亦庄通航总部基地项目将在亦庄投资10亿元,建设亦庄通航国际总部基地"
A3 = "清华·亦庄能源互联网研究院项目将在亦庄建设北京能源互联网研究院"
A4 = "预计该项目最终将聚集超过百家企业,2025年预计实现产值近千亿元,年税收约40亿元"
G["zu01"] = dict(
 article=art("北京亦庄将添通航国际总部基地 204亿元共16个“高精尖”项目落地", "北京日报（本报讯，记者 孙奇茹），经中国经济网转载，www.ce.cn", "2015-01-19", "day",
  "Capital city daily relayed by a national economic portal: a national economic-technological zone's signing of eight fund projects (total fund size, lead sponsor) and eight industrial projects, two of them described with amount and expectations",
  "http://www.ce.cn/aero/201501/19/t20150119_4374526.shtml",
  "日期取页面“2015年01月19日 11:15 来源:北京日报 孙奇茹”（已删，连同“当前位置 中国经济网 > 航空产业 > 正文”与“(责任编辑:缪杰娴)”）；座谈会日期文中作“日前”。标题行与其下的副题“204亿元共16个“高精尖”项目落地”合为一行（make_txt.py 以空格相连）。正文三段，完整。园区：文中只作“北京亦庄”“亦庄”（即北京经济技术开发区，全称文中未出现），记为园区“北京亦庄”（city/province 北京）。基金：八个基金项目中只点名两支——北京亦庄IC产业投资与并购基金、北京市集成电路装备与制造子基金（文中作“…子基金项目”），均无单支规模，park 记北京亦庄；八支合计“基金总规模达到173亿元”记为园区事实；牵头发起方亦庄国际投资发展有限公司列为公司（园区平台公司，park 北京亦庄，位置为判断）。项目：八个产业项目中点名四个——东方雨虹新材料装备研发总部基地、国开新能源（文中只作简称，列可选）、北京亦庄通航总部基地项目（“将在亦庄投资10亿元”）、清华·亦庄能源互联网研究院项目；均为“集中签约”→签约，park 北京亦庄。“亦庄通航国际总部基地”是通航总部基地项目要建成的基地，作别名。“预计该项目最终将聚集超过百家企业…”按文意指能源互联网研究院项目，列为其预期（target，可选）。东方雨虹只在项目名中，列可选公司。",
  "zu01"),
 parks=[
  park(YZ, "北京", "北京", "经济技术开发区（国家级）", A0, aliases=["亦庄"], note="即北京经济技术开发区（全称文中未出现）；文中又作“亦庄”"),
 ],
 companies=[
  comp("亦庄国际投资发展有限公司", YZ, A1, note="八个基金项目的牵头发起方；园区平台公司（位置文中未明说，判断）"),
  comp("东方雨虹", YZ, A0, opt=True, note="只在项目名“东方雨虹新材料装备研发总部基地”中"),
 ],
 funds=[
  fund("北京亦庄IC产业投资与并购基金", YZ, A0, note="八个基金项目之一；单支规模文中未写"),
  fund("北京市集成电路装备与制造子基金", YZ, A0, note="文中作“北京市集成电路装备与制造子基金项目”；单支规模文中未写"),
 ],
 projects=[
  proj("北京亦庄通航总部基地项目", YZ, A2, inv="投资10亿元", status="签约", status_text="共16个“高精尖”项目进行了集中签约",
       aliases=["亦庄通航国际总部基地"], note="八个产业项目之一（“其中”）；签约见首段"),
  proj("清华·亦庄能源互联网研究院项目", YZ, A3, status="签约", status_text="共16个“高精尖”项目进行了集中签约",
       note="建设北京能源互联网研究院；无金额"),
  proj("东方雨虹新材料装备研发总部基地", YZ, A0, companies=["东方雨虹"], status="签约", status_text="进行了集中签约"),
  proj("国开新能源", YZ, A0, status="签约", status_text="进行了集中签约", opt=True, note="文中只作“国开新能源等八个产业项目”，项目名即简称"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "projects_signed", 16, "count", A0, "2015年1月"),
  fact(YZ, "park", "signed_amount_cny", 2.04e10, "cny", "共16个“高精尖”项目进行了集中签约,共涉及资金额204亿元", "2015年1月", chk=True),
  fact(YZ, "park", "fund_projects_signed", 8, "count", "8个基金项目主要涉及集成电路、节能环保、航空航天等战略性新兴产业", "2015年1月", opt=True),
  fact(YZ, "park", "industrial_projects_signed", 8, "count", "此次签约中的8个产业项目包括总部研发基地", "2015年1月", opt=True),
  fact(YZ, "park", "signed_funds_total_size_cny", 1.73e10, "cny", "基金总规模达到173亿元", "2015年1月", chk=True,
       note="八个基金项目合计规模"),
  fact("清华·亦庄能源互联网研究院项目", "project", "expected_firms", 100, "count", A4, "建成后（预期）", kind="target", qual="超", qtext="超过", opt=True),
  fact("清华·亦庄能源互联网研究院项目", "project", "expected_output_2025", 1e11, "cny", A4, "2025年（预期）", kind="target", qual="约", qtext="近", opt=True,
       note="“近千亿元”：千为汉字，不作 _cny"),
  fact("清华·亦庄能源互联网研究院项目", "project", "expected_annual_tax_cny", 4e9, "cny", "年税收约40亿元", "2025年（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zu02 天津海泰优点创业投资基金 (经济参考报 2010)
HT = "天津海泰优点创业投资基金"
BH = "天津滨海新区"
B0 = "天津海泰优点创业投资基金日前获得国家科技部4000万元参股支持,成为天津第一支获得国家部委支持的基金,同时也成为国家部委支持的我国首支中外合作基金"
B1 = "天津海泰优点创业投资基金,由天津滨海新区创业风险投资引导基金有限公司、天津海泰科技投资公司以及美国优点风险投资基金三方,于今年9月共同出资成立"
B2 = "目前,基金已吸引约2亿元投资,将重点支持新能源、新材料、清洁技术等高科技型中小企业发展"
G["zu02"] = dict(
 article=art("（无标题）天津海泰优点创业投资基金获国家科技部4000万元参股支持", "经济参考报，jjckb.xinhuanet.com（存段无标题、无署名）", "2010-12-02", "day",
  "National economic daily (Xinhua): a Tianjin venture fund set up by a new-area guidance fund, a zone developer's investment arm and a US venture fund gets a ministry stake — sponsors, founding month, capital attracted, investment focus and floor",
  "http://jjckb.xinhuanet.com/2010-12/02/content_273710.htm",
  "日期取网址 2010-12/02（文中作“日前”“今年9月”）；存段无标题、无署名（title 为编者概括，取自首句），正文三段，完整。用 2005–2012 年条目。基金：天津海泰优点创业投资基金——发起三方为天津滨海新区创业风险投资引导基金有限公司、天津海泰科技投资公司、美国优点风险投资基金，2010年9月成立；“已吸引约2亿元投资”记为 size（size_type 已吸引投资，约）；科技部参股4000万元记为基金事实。基金所在园区文中未写（只说“天津”），park 记 null；与园区的联系只在发起方“天津滨海新区创业风险投资引导基金有限公司”名中——“天津滨海新区”列为可选园区（国家级新区），该引导基金公司列为公司（park 天津滨海新区，判断）。天津海泰科技投资公司为天津新技术产业园区（华苑）开发商海泰集团的投资公司（文外知识，文中未写），park 记 null。美国优点风险投资基金列为可选基金（无规模；其清洁技术领域累计投资10亿美元记 *_usd 可选事实）。“不低于8000万”无“元”字，记为非 _cny 事实（可选）。国家科技部列为可选机构。",
  "zu02", title_note="no headline stored; title made from the lead"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", B1, opt=True, note="只在发起方公司名“天津滨海新区创业风险投资引导基金有限公司”中"),
 ],
 companies=[
  comp("天津滨海新区创业风险投资引导基金有限公司", BH, B1, note="发起方之一（新区引导基金）；位置按名称判断"),
  comp("天津海泰科技投资公司", None, B1, note="发起方之一"),
 ],
 institutions=[
  inst("国家科技部", B0, note="参股4000万元"),
 ],
 funds=[
  fund(HT, None, B2, size="约2亿元", size_type="已吸引投资", qual="约",
       note="发起三方见第二段；2010年9月成立；所在园区文中未写"),
  fund("美国优点风险投资基金", None, B1, opt=True, note="发起方之一（外资风投基金）"),
 ],
 aggregate_facts=[
  fact(HT, "fund", "ministry_stake_cny", 4e7, "cny", "天津海泰优点创业投资基金日前获得国家科技部4000万元参股支持", "2010年12月", chk=True),
  fact(HT, "fund", "capital_attracted_cny", 2e8, "cny", B2, "2010年12月", qual="约", qtext="约", chk=True),
  fact(HT, "fund", "min_investment_in_tech_smes", 8e7, "cny", "用于科技型中小企业的投资额将不低于8000万", "存续期（要求）", kind="target", qual="超", qtext="不低于", opt=True,
       note="原文无“元”字"),
  fact("美国优点风险投资基金", "fund", "cleantech_investment_usd", 1e9, "usd", "美国优点风险投资基金在清洁技术领域已累计投资10亿美元", "截至2010年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- zu03 通辽经济技术开发区 产业链项目 (通辽日报 via 内蒙古新闻网 2019)
TL = "通辽经济技术开发区"
C0 = "重点发展现代蒙中医药、现代能源装备、现代物流物联、草原生物提取、蒙元文旅创意五大产业项目,总投资587.66亿元,年内预计完成投资86亿元"
G["zu03"] = dict(
 article=art("【新时代 新作为 新篇章】通辽经济技术开发区:重点项目点燃“链式发展”引擎", "通辽日报（来源行），经内蒙古新闻网转载，inews.nmgnews.com.cn（存段无署名）", "2019-12-31", "day",
  "City daily relayed by the provincial news portal, Inner Mongolia: an economic-technological zone's year of industry-chain projects — total investment of five industry groups, year's expected investment, a dozen named projects with their state (built, in production, grid-connected, installing equipment, planned)",
  "http://inews.nmgnews.com.cn/system/2019/12/31/012826225.shtml",
  "日期取页面“内蒙古新闻网 19-12-31 10:55 【打印本页】 来源:通辽日报”（已删）。标题照录（含栏目题“【新时代 新作为 新篇章】”）。存段在“现代蒙医药产业链方面。科尔沁药业蒙药加工基地建设项目,蒙药贴膏车间已通过GMP认证,科”处中断，整行删去（cut；real6、real28 的笔记记为 cut 未用），截至“…完成园区道路及管网一期工程。”。正文六段。园区：通辽经济技术开发区（city 通辽，province 内蒙古；级别文中未写）。项目皆为该开发区的产业链项目（park 记开发区）：蒙鑫羊业产业化项目（完成标准化羊舍主体施工→在建）、小尾羊蒙式火锅旗舰店项目（正式对外营业→投产，可选）、黑麦清汁项目（设备已订购→状态不记，可选）、粤蒙豆业杂粮杂豆精深加工项目（已投入生产→投产）、安徽丰原集团百万吨级生物新材料聚乳酸项目（适时启动建设→planned；“丰原固镇15万吨乳酸、10万吨聚乳酸项目”在安徽固镇，不列）、帅汽原野新能源汽车生产基地及氢动力发动机研发测试项目（正在进行掺氢改造→在建）、通辽发电总厂贮灰场生态环境综合治理150MW光伏发电项目（并网发电→投产）、富思特新材料项目（生产线安装→在建）、金煤可降解新材料产业园项目（完成一期道路管网→在建）。中国(通辽)肉牛电子交易中心平台、蓝奥大宗畜产品交易平台为平台，不列项目。企业名只在项目名中，列可选（安徽丰原集团 park null，因其为外地集团）。五大产业项目总投资587.66亿元、年内预计完成投资86亿元为开发区事实。",
  "zu03"),
 parks=[
  park(TL, "通辽", "内蒙古", "经济技术开发区", "今年以来,通辽经济技术开发区主动对接、承接全市九大产业链", note="级别文中未写"),
 ],
 companies=[
  comp("蒙鑫羊业", TL, "蒙鑫羊业产业化项目完成标准化羊舍主体施工", opt=True, note="只在项目名中"),
  comp("粤蒙豆业", TL, "粤蒙豆业杂粮杂豆精深加工项目已投入生产", opt=True, note="只在项目名中"),
  comp("安徽丰原集团", None, "安徽丰原集团百万吨级生物新材料聚乳酸项目", opt=True, note="投资方（外地集团）"),
  comp("帅汽原野", TL, "帅汽原野新能源汽车生产基地及氢动力发动机研发测试项目", opt=True, note="只在项目名中"),
  comp("通辽发电总厂", TL, "占地1500亩通辽发电总厂贮灰场生态环境综合治理150MW光伏发电项目并网发电", opt=True, note="只在项目名中"),
  comp("富思特", TL, "富思特新材料项目正在进行4套新型B级保温节能板生产线安装", opt=True, note="只在项目名中"),
  comp("金煤", TL, "金煤可降解新材料产业园项目现已完成园区道路及管网一期工程", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("蒙鑫羊业产业化项目", TL, "蒙鑫羊业产业化项目完成标准化羊舍主体施工", companies=["蒙鑫羊业"], status="在建", status_text="完成标准化羊舍主体施工"),
  proj("小尾羊蒙式火锅旗舰店项目", TL, "小尾羊蒙式火锅旗舰店项目正式对外营业", status="投产", status_text="正式对外营业", opt=True, note="门店，非产业项目"),
  proj("黑麦清汁项目", TL, "黑麦清汁项目设备已订购完毕", status=None, status_text="设备已订购完毕", opt=True),
  proj("粤蒙豆业杂粮杂豆精深加工项目", TL, "粤蒙豆业杂粮杂豆精深加工项目已投入生产", companies=["粤蒙豆业"], status="投产", status_text="已投入生产"),
  proj("安徽丰原集团百万吨级生物新材料聚乳酸项目", TL, "安徽丰原集团百万吨级生物新材料聚乳酸项目,正在确认丰原固镇15万吨乳酸、10万吨聚乳酸项目投产运营情况,适时启动项目建设",
       companies=["安徽丰原集团"], status="planned", status_text="适时启动项目建设"),
  proj("帅汽原野新能源汽车生产基地及氢动力发动机研发测试项目", TL, "帅汽原野新能源汽车生产基地及氢动力发动机研发测试项目正在进行旧标准机动车掺氢改造",
       companies=["帅汽原野"], status="在建", status_text="正在进行旧标准机动车掺氢改造"),
  proj("通辽发电总厂贮灰场生态环境综合治理150MW光伏发电项目", TL, "占地1500亩通辽发电总厂贮灰场生态环境综合治理150MW光伏发电项目并网发电",
       companies=["通辽发电总厂"], status="投产", status_text="并网发电"),
  proj("富思特新材料项目", TL, "富思特新材料项目正在进行4套新型B级保温节能板生产线安装", companies=["富思特"], status="在建", status_text="正在进行…生产线安装"),
  proj("金煤可降解新材料产业园项目", TL, "金煤可降解新材料产业园项目现已完成园区道路及管网一期工程", companies=["金煤"], status="在建", status_text="现已完成园区道路及管网一期工程"),
 ],
 aggregate_facts=[
  fact(TL, "park", "industry_projects_total_investment_cny", 5.8766e10, "cny", C0, "2019年", chk=True, note="五大产业项目总投资"),
  fact(TL, "park", "expected_investment_completed_cny", 8.6e9, "cny", "年内预计完成投资86亿元", "2019年（全年预计）", kind="target", chk=True),
  fact(TL, "park", "water_saving_irrigation_mu", 45000, "mu", "实施农业高效节水工程4.5万亩,完成年度任务的119%", "2019年", opt=True),
  fact("通辽发电总厂贮灰场生态环境综合治理150MW光伏发电项目", "project", "site_area_mu", 1500, "mu", "占地1500亩通辽发电总厂贮灰场生态环境综合治理150MW光伏发电项目并网发电", "2019年12月", opt=True),
  fact("中国(通辽)肉牛电子交易中心平台", "project", "turnover_cny", 1.4e8, "cny", "成交总额达1.4亿元", "截至2019年12月", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zu04 绥化市首批217个产业项目开工 (gov.cn 2012)
SH = "绥化经济开发区"
D0 = "2012年是黑龙江省产业项目建设“三年决战”的第二年,17日,绥化市首批217个产业项目同时开工,投资额达551.9亿元,其中亿元以上项目150个"
D1 = "在11个投资超10亿元的大项目中,绥化经济开发区引进江苏远景集团拟投资20亿元建设远景低碳产业园"
D2 = "肇东市引进东风福利鸿泰重工有限责任公司投资20亿元建设东风皮卡及越野车生产项目,2014年4月建成投产"
D3 = "肇东市引进鑫盛源集团投资12.5亿元建设国际高端饮品产业园项目,计划3年建成"
D4 = "兰西县引进9.1亿元建设国际农业机械品牌(东北地区)总部基地项目"
D5 = "北林区引进28亿元高标准建设申禄达物流城和东富汽车配件城两个物流项目"
G["zu04"] = dict(
 article=art("（无标题）绥化市首批217个产业项目同时开工 投资额达551.9亿元", "中央政府门户网站 www.gov.cn（“工作动态”栏目；存段无标题、无来源行）", "2012-04-18", "day",
  "Central government portal, Heilongjiang: a city's first batch of industrial projects starts with a ground-breaking in an economic development zone — batch totals, year's plan, big projects by county with investor, amount, capacity and expected sales",
  "https://www.gov.cn/gzdt/2012-04/18/content_2115910.htm",
  "日期取网址 2012-04/18（开工为“17日”，即2012年4月17日）。存段无标题、无来源行（title 为编者概括，取自首句）。存段在末段“…零担快运中心以及完善”处中断，删去该断句（make_txt.py LINE_SUFFIX），截至“…可谓大手笔。”（cut；real6、real42 的笔记记为 cut 未用）。正文六段。用 2005–2012 年条目。园区：绥化经济开发区（city 绥化，province 黑龙江；级别文中未写）。项目：远景低碳产业园是江苏远景集团在开发区建设的项目（“拟投资20亿元”），仪式为“集中开工暨远景低碳产业园奠基仪式”→开工，park 绥化经济开发区；其产能、预期销售与税金为项目事实。其余项目只落到县市区（肇东市、兰西县、北林区），park 记 null：东风皮卡及越野车生产项目（20亿元；属“11个投资超10亿元的大项目”，状态按首批同时开工记为开工，可选）、国际高端饮品产业园项目（12.5亿元，计划3年建成，状态不记）、国际农业机械品牌(东北地区)总部基地项目（9.1亿元，状态不记）、申禄达物流城与东富汽车配件城（两项合计28亿元，单项金额不明，合计列可选事实）。批次与全年数字的主体为绥化市（region）。",
  "zu04", title_note="no headline stored; title made from the lead"),
 parks=[
  park(SH, "绥化", "黑龙江", "经济开发区", D1, note="级别文中未写"),
 ],
 companies=[
  comp("江苏远景集团", SH, D1, note="远景低碳产业园投资方"),
  comp("东风福利鸿泰重工有限责任公司", None, D2, note="在肇东市（县级市），非园区"),
  comp("鑫盛源集团", None, D3, note="在肇东市，非园区"),
 ],
 projects=[
  proj("远景低碳产业园", SH, D1, companies=["江苏远景集团"], inv="拟投资20亿元", status="开工",
       status_text="2012年绥化首批产业项目集中开工暨远景低碳产业园奠基仪式", note="江苏远景集团的项目（风电整机及零部件），非独立园区"),
  proj("东风皮卡及越野车生产项目", None, D2, companies=["东风福利鸿泰重工有限责任公司"], inv="投资20亿元", status="开工",
       status_text="绥化市首批217个产业项目同时开工", opt=True, note="在肇东市；属首批开工的大项目（判断），计划2014年4月建成投产"),
  proj("国际高端饮品产业园项目", None, D3, companies=["鑫盛源集团"], inv="投资12.5亿元", status=None, status_text="计划3年建成", note="在肇东市"),
  proj("国际农业机械品牌(东北地区)总部基地项目", None, D4, inv="9.1亿元", status=None, status_text="计划到2014年12月建成", note="在兰西县"),
  proj("申禄达物流城", None, D5, status=None, opt=True, note="在北林区；与东富汽车配件城合计28亿元"),
  proj("东富汽车配件城", None, D5, status=None, opt=True, note="在北林区；与申禄达物流城合计28亿元"),
 ],
 aggregate_facts=[
  fact("绥化市", "region", "projects_started", 217, "count", D0, "2012年4月17日（首批）"),
  fact("绥化市", "region", "projects_started_investment_cny", 5.519e10, "cny", "绥化市首批217个产业项目同时开工,投资额达551.9亿元", "2012年4月17日（首批）", chk=True),
  fact("绥化市", "region", "projects_started_over_100m", 150, "count", D0, "2012年4月17日（首批）", opt=True),
  fact("绥化市", "region", "projects_planned_to_start", 700, "count", "2012年,绥化市计划开工建设产业项目700个", "2012年（全年计划）", kind="target"),
  fact("绥化市", "region", "projects_signed", 627, "count", "全市共签约投资3000万元以上产业项目627个,计划总投资2056亿元", "2012年", opt=True),
  fact("绥化市", "region", "signed_projects_planned_investment_cny", 2.056e11, "cny", "计划总投资2056亿元", "2012年", opt=True, chk=True),
  fact("远景低碳产业园", "project", "expected_annual_sales_cny", 1e10, "cny", "项目投产达效后,预计年实现销售收入100亿元,税金6.8亿元", "达效后（预期）", kind="target", chk=True),
  fact("远景低碳产业园", "project", "expected_annual_tax_cny", 6.8e8, "cny", "税金6.8亿元", "达效后（预期）", kind="target", opt=True, chk=True),
  fact("远景低碳产业园", "project", "annual_capacity_wind_turbines", 1000, "count", "年产1.5兆瓦~3.6兆瓦风力发电机组1000台", "建成后（预期）", kind="target", opt=True),
  fact("国际高端饮品产业园项目", "project", "expected_annual_sales_cny", 1.5e9, "cny", "项目投产后,预计年实现销售收入15亿元,利润可实现2亿元", "投产后（预期）", kind="target", opt=True, chk=True),
  fact("国际农业机械品牌(东北地区)总部基地项目", "project", "expected_annual_sales_cny", 1.8e9, "cny", "全部达产达效年可实现销售收入18亿元", "达产后（预期）", kind="target", opt=True, chk=True),
  fact("申禄达物流城", "project", "combined_investment_two_logistics_projects_cny", 2.8e9, "cny", D5, "2012年4月", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zu05 长春高新区 2013年 (香港商报 2014)
CC = "长春高新区"
E1 = "2013年,长春高新区营业总收入实现4251亿元,同比增长17.4%"
FY = "2013年（全年）"
G["zu05"] = dict(
 article=art("长春高新区可持续发展能力升至全国第四", "香港商报（【香港商报讯】实习记者王胜男），香港商报官网 吉林频道 hkcd.com", "2014-03-18", "day",
  "Hong Kong paper's mainland (Jilin) web channel, simplified: a national high-tech zone's work conference — national ranking, 2013 revenue, GDP, industrial output and FAI with growth, five-year project counts, structure, this year's cluster plan by sub-area",
  "http://hkcd.com/content_p/2014-03/18/content_6164.html",
  "日期取页面“2014-03-18 来源:香港商报”（已删，连同“滚动新闻:”“香港商报官网 > 吉林 > 本地新闻”与页尾“[责任编辑:李寧 ]”“网友评论”等）。标题照录。正文四段，完整（简体，香港商报吉林频道）。园区：长春高新区（文中又作“长春高新技术产业开发区”；国家高新区，city 长春，province 吉林）；“长德新区”为其一片区（parent 长春高新区，可选）；“南区”“北区”不列。数字为2013年全年：总量记 cumulative，增速 ratio；“五年来累计引进落位产业化项目215个”及其分项为累计事实；排名（第16位、可持续发展能力第4位）列可选。企业：一汽大众只在“剔除一汽大众因素”中出现，意为其计入园区数字，列可选公司（park 长春高新区）。长春高新区管委会为可选机构。",
  "zu05"),
 parks=[
  park(CC, "长春", "吉林", "高新技术产业开发区（国家级）", E1, aliases=["长春高新技术产业开发区"], note="文中又作“长春高新技术产业开发区”"),
  park("长德新区", "长春", "吉林", "片区（新区）", "长德新区重点培育先进装备制造和精优食品加工产业集群", parent=CC, opt=True, note="与南区、北区并列的片区"),
 ],
 companies=[
  comp("一汽大众", CC, "剔除一汽大众因素,全区二三产业比由2008年的87.5:12.5调整到77.1:22.9", opt=True, note="只作“剔除一汽大众因素”，位置由文意推断"),
 ],
 institutions=[
  inst("长春高新区管委会", "据长春市副市长、长春高新区管委会主任孙亚明介绍", park=CC),
 ],
 aggregate_facts=[
  fact(CC, "park", "operating_revenue_cny", 4.251e11, "cny", E1, FY, kind="cumulative", chk=True),
  fact(CC, "park", "operating_revenue_growth", 0.174, "ratio", E1, FY, kind="ratio"),
  fact(CC, "park", "gdp_cny", 9.28e10, "cny", "地区生产总值实现928亿元,同比增长15.9%", FY, kind="cumulative", chk=True),
  fact(CC, "park", "gdp_growth", 0.159, "ratio", "地区生产总值实现928亿元,同比增长15.9%", FY, kind="ratio"),
  fact(CC, "park", "industrial_output_cny", 3.966e11, "cny", "工业总产值实现3966亿元,同比增长16.6%", FY, kind="cumulative", chk=True),
  fact(CC, "park", "industrial_output_growth", 0.166, "ratio", "工业总产值实现3966亿元,同比增长16.6%", FY, kind="ratio"),
  fact(CC, "park", "fixed_asset_investment_cny", 5e10, "cny", "固定资产投资完成500亿元,同比增长21.7%", FY, kind="cumulative", chk=True),
  fact(CC, "park", "fixed_asset_investment_growth", 0.217, "ratio", "固定资产投资完成500亿元,同比增长21.7%", FY, kind="ratio"),
  fact(CC, "park", "industrial_projects_introduced", 215, "count", "五年来累计引进落位产业化项目215个", "2009–2013年（五年累计）", kind="cumulative"),
  fact(CC, "park", "fortune500_projects_introduced", 22, "count", "其中世界500强企业投资项目22个、央企合作项目24个、外商投资项目19个", "2009–2013年（五年累计）", kind="cumulative", opt=True),
  fact(CC, "park", "central_soe_projects_introduced", 24, "count", "央企合作项目24个", "2009–2013年（五年累计）", kind="cumulative", opt=True),
  fact(CC, "park", "foreign_projects_introduced", 19, "count", "外商投资项目19个", "2009–2013年（五年累计）", kind="cumulative", opt=True),
  fact(CC, "park", "national_ranking", 16, "rank", "由2008年的第20位上升到第16位", "2014年3月", opt=True),
  fact(CC, "park", "sustainability_ranking", 4, "rank", "可持续发展能力由24位上升到第4位", "2014年3月", opt=True),
  fact(CC, "park", "national_level_parks_and_bases", 30, "count", "全区国家级园区和基地累计达30个", "截至2014年3月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- zu06 稀土高新区 项目建设 (包头日报 / 包头新闻网 2025)
XT = "稀土高新区"
YJ = "稀土永磁电机产业园"
F0 = "5月12日,在位于稀土高新区红旗大道北侧、小白河国家湿地公园对面的华宏年产1万吨高性能稀土永磁材料项目建设现场"
F1 = "在湖南引卓恩精密制造有限公司年产10万台多品类永磁电机项目现场,记者看到,目前设备已安装完毕,正在进行现场调试"
F2 = "该项目使用稀土永磁电机产业园共享厂房,目前已试生产,正式投产后可实现年产值3亿元"
F3 = "今年,稀土高新区实施亿元以上重点项目80个。按项目时间分,新建项目54个,占比67.5%;按项目性质类别分,产业类项目67个,占比84%"
PJ6 = "湖南引卓恩精密制造有限公司年产10万台多品类永磁电机项目"
G["zu06"] = dict(
 article=art("稀土高新区 项目建设提升“稀引力”", "包头日报 / 包头新闻网 www.baotounews.com.cn（存段无署名、无来源行）", "2025-05-21", "day",
  "City news site (Baotou daily group), Inner Mongolia: a national high-tech zone's project drive — a magnet-material project under construction with its schedule, a motor project in trial production in the zone's motor industrial park, the year's count of key projects by type",
  "http://www.baotounews.com.cn/443516/2025/05/39141068.html",
  "日期取页面“2025-05-21”（已删）；现场为“5月12日”。标题照录。小标题“项目建设亮点频现”保留为段。存段在末段“其中,稀土磁材和永磁电机“首批次”处中断，删去该断句（make_txt.py LINE_SUFFIX），截至“…占比84%。”（cut）。正文七段。园区：文中只作“稀土高新区”（即包头稀土高新技术产业开发区，全称文中未出现；city 包头，province 内蒙古）；稀土永磁电机产业园（引卓恩项目使用其共享厂房，parent 稀土高新区）。项目：华宏年产1万吨高性能稀土永磁材料项目（施工现场、配套工程已开工→在建；别名“华宏项目”）；湖南引卓恩…年产10万台多品类永磁电机项目（设备安装完毕、已试生产→投产，status_alt 在建；park 记稀土永磁电机产业园，另加可选同名项目记稀土高新区）。公司：华宏（文中只作简称，park 稀土高新区）、湖南引卓恩精密制造有限公司（park 稀土永磁电机产业园）。今年亿元以上重点项目80个、新建54个、产业类67个为园区事实（2025年），占比列可选。",
  "zu06"),
 parks=[
  park(XT, "包头", "内蒙古", "高新技术产业开发区", F0, note="即包头稀土高新技术产业开发区（全称文中未出现）"),
  park(YJ, "包头", "内蒙古", "产业园（稀土永磁电机）", F2, parent=XT),
 ],
 companies=[
  comp("华宏", XT, "据华宏项目负责人秦永强介绍", note="文中只作“华宏”；华宏年产1万吨高性能稀土永磁材料项目的业主"),
  comp("湖南引卓恩精密制造有限公司", YJ, F1, aliases=["湖南引卓恩"]),
 ],
 projects=[
  proj("华宏年产1万吨高性能稀土永磁材料项目", XT, F0, companies=["华宏"], status="在建",
       status_text="项目建设现场…办公楼、宿舍楼、锅炉房等配套工程已开工建设", aliases=["华宏项目"], note="计划10月份试生产"),
  proj(PJ6, YJ, F1, companies=["湖南引卓恩精密制造有限公司"], status="投产", status_alt="在建", status_text="目前已试生产",
       note="使用稀土永磁电机产业园共享厂房"),
  proj(PJ6, XT, F1, companies=["湖南引卓恩精密制造有限公司"], status="投产", status_alt="在建", status_text="目前已试生产", opt=True,
       note="同一项目，另记其所在高新区（两个园区链接皆可）"),
 ],
 aggregate_facts=[
  fact(XT, "park", "key_projects_over_100m", 80, "count", F3, "2025年"),
  fact(XT, "park", "new_key_projects", 54, "count", "按项目时间分,新建项目54个,占比67.5%", "2025年"),
  fact(XT, "park", "new_key_projects_share", 0.675, "ratio", "按项目时间分,新建项目54个,占比67.5%", "2025年", kind="ratio", opt=True),
  fact(XT, "park", "industrial_key_projects", 67, "count", "按项目性质类别分,产业类项目67个,占比84%", "2025年"),
  fact(XT, "park", "industrial_key_projects_share", 0.84, "ratio", "按项目性质类别分,产业类项目67个,占比84%", "2025年", kind="ratio", opt=True),
  fact(PJ6, "project", "expected_annual_output_cny", 3e8, "cny", "正式投产后可实现年产值3亿元", "正式投产后（预期）", kind="target", chk=True),
  fact("华宏年产1万吨高性能稀土永磁材料项目", "project", "annual_capacity_tonnes", 10000, "t", F0, "建成后（设计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zu07 山西转型综改示范区 上半年 (山西日报 via 山西青年报 2024)
SX = "山西转型综改示范区"
WS = "太原武宿综保区"
H1 = "2024年上半年"
G0 = "山西转型综改示范区全力推动经济持续高位运行——今年上半年,规上工业增加值增长11.1%、固定投资增长34.4%、工业投资增长 59.8%、进出口总额增长19.2%"
G1 = "工业投资增长59.8%,其中72.4%来自晶科能源、泰山玻纤、光伏配套等新开工项目"
G2 = "曙光、厚生新材料、百信、锦波生物、金紫利等38家重点战新企业产值增速保持在40%以上"
G3 = "晶科能源、厚生新材料、太重轨道、天地煤机等进出口业务陆续落户"
G4 = "与霍尼韦尔、国信证券、招银租赁等正式开展航材贸易"
G5 = "太原武宿综保区进出口值增长111.4%,增速居全国第18位,其中保税业务进出口值增长257.7%"
G["zu07"] = dict(
 article=art("山西转型综改示范区经济持续高位运行 工业投资七成以上来自新开工项目,高技术制造业为增长最快板块", "山西日报（页尾“据《山西日报》”），经山西青年报网站 sxqnb.com.cn 转载（无署名）", "2024-08-12", "day",
  "Provincial daily relayed by a provincial youth paper's site, Shanxi: a provincial transformation zone's first-half figures — growth of value added, investment, trade; new above-scale firms; key projects; named strategic-industry firms; its bonded zone's trade growth and the firms whose trade business landed there",
  "http://sxqnb.com.cn/html/sxqnb/20240812/26496.html",
  "日期取网址 20240812（文中“今年上半年”→2024年上半年）。标题与副题“工业投资七成以上来自新开工项目,高技术制造业为增长最快板块”合为一行（以空格相连）；页尾“据《山西日报》”已删。正文五段，完整。园区：山西转型综改示范区（省级，跨太原、晋中，city 不填，province 山西；文中又作“该区”“全区”）；太原武宿综保区（综合保税区，city 太原；本文作为示范区的一部分叙述，parent 山西转型综改示范区——判断）。公司：晶科能源、泰山玻纤（新开工项目业主）、曙光、厚生新材料、百信、锦波生物、金紫利（38家重点战新企业中点名者）park 记示范区；太重轨道、天地煤机只在“进出口业务陆续落户”（综保区）一句中，park 记太原武宿综保区；晶科能源、厚生新材料两处均出现，记示范区（因名称包含关系，综保区亦可）。上海外高桥集团为合作方，霍尼韦尔、国信证券、招银租赁为航材贸易对手方，列可选公司（park null）。项目：“晶科能源、泰山玻纤、光伏配套等新开工项目”——项目名文中未给，列两个可选项目（名称加“项目”，别名为企业简称），开工。数字皆为2024年上半年：增速 ratio；新增企业数、贡献产值为 cumulative；“50个省级重点工程”“新谋划储备项目56个,总投资400亿元”记 reported；综保区增速记于综保区。",
  "zu07"),
 parks=[
  park(SX, None, "山西", "转型综合改革示范区（省级）", G0, note="跨太原、晋中；文中又作“该区”“全区”"),
  park(WS, "太原", "山西", "综合保税区", G5, parent=SX, note="作为示范区的一部分叙述（判断）"),
 ],
 companies=[
  comp("晶科能源", SX, G1, note="新开工项目业主；其进出口业务亦落户（综保区）"),
  comp("泰山玻纤", SX, G1, note="新开工项目业主"),
  comp("曙光", SX, G2),
  comp("厚生新材料", SX, G2, note="其进出口业务亦落户（综保区）"),
  comp("百信", SX, G2),
  comp("锦波生物", SX, G2),
  comp("金紫利", SX, G2),
  comp("太重轨道", WS, G3, note="只作“进出口业务陆续落户”"),
  comp("天地煤机", WS, G3, note="只作“进出口业务陆续落户”"),
  comp("上海外高桥集团", None, "该区紧紧抓住与上海外高桥集团“管运分离”合作突破口", opt=True, note="合作方"),
  comp("霍尼韦尔", None, G4, opt=True, note="航材贸易对手方"),
  comp("国信证券", None, G4, opt=True, note="航材贸易对手方"),
  comp("招银租赁", None, G4, opt=True, note="航材贸易对手方"),
 ],
 projects=[
  proj("晶科能源项目", SX, G1, companies=["晶科能源"], status="开工", status_text="新开工项目", aliases=["晶科能源"], opt=True, note="文中作“晶科能源、泰山玻纤、光伏配套等新开工项目”"),
  proj("泰山玻纤项目", SX, G1, companies=["泰山玻纤"], status="开工", status_text="新开工项目", aliases=["泰山玻纤"], opt=True),
 ],
 aggregate_facts=[
  fact(SX, "park", "above_scale_industrial_value_added_growth", 0.111, "ratio", G0, H1, kind="ratio"),
  fact(SX, "park", "fixed_asset_investment_growth", 0.344, "ratio", G0, H1, kind="ratio"),
  fact(SX, "park", "industrial_investment_growth", 0.598, "ratio", G1, H1, kind="ratio"),
  fact(SX, "park", "import_export_growth", 0.192, "ratio", G0, H1, kind="ratio"),
  fact(SX, "park", "firms_upgraded_to_above_scale", 32, "count", "今年上半年,“小升规”企业32家,新入统企业36家,贡献产值111亿元", H1, kind="cumulative"),
  fact(SX, "park", "firms_newly_in_statistics", 36, "count", "新入统企业36家,贡献产值111亿元", H1, kind="cumulative"),
  fact(SX, "park", "new_firms_output_cny", 1.11e10, "cny", "贡献产值111亿元", H1, kind="cumulative", chk=True, note="“小升规”与新入统企业贡献的产值"),
  fact(SX, "park", "manufacturing_value_added_growth", 0.153, "ratio", "制造业增加值增长15.3%,占全区规上工业增加值比重达到76.8%", H1, kind="ratio"),
  fact(SX, "park", "manufacturing_share_of_industrial_value_added", 0.768, "ratio", "占全区规上工业增加值比重达到76.8%", H1, kind="ratio", opt=True),
  fact(SX, "park", "industrial_investment_share_from_new_projects", 0.724, "ratio", G1, H1, kind="ratio", opt=True),
  fact(SX, "park", "provincial_key_projects", 50, "count", "全程调度50个省级重点工程,上半年投资完成率62.9%", H1, opt=True),
  fact(SX, "park", "investment_completion_rate", 0.629, "ratio", "上半年投资完成率62.9%", H1, kind="ratio", opt=True),
  fact(SX, "park", "reserve_projects", 56, "count", "新谋划储备项目56个,总投资400亿元", H1, opt=True),
  fact(SX, "park", "reserve_projects_investment_cny", 4e10, "cny", "新谋划储备项目56个,总投资400亿元", H1, opt=True, chk=True),
  fact(SX, "park", "high_tech_manufacturing_growth", 0.184, "ratio", "高技术制造业增长18.4%,成为增长最快的行业板块", H1, kind="ratio"),
  fact(SX, "park", "key_strategic_firms_growth_over_40pct", 38, "count", G2, H1, opt=True),
  fact(WS, "park", "import_export_growth", 1.114, "ratio", G5, H1, kind="ratio"),
  fact(WS, "park", "bonded_import_export_growth", 2.577, "ratio", "其中保税业务进出口值增长257.7%", H1, kind="ratio", opt=True),
  fact(WS, "park", "national_growth_rank", 18, "rank", "增速居全国第18位", H1, opt=True),
 ])

# ---------------------------------------------------------------- zu08 徐水经济开发区 (经济日报 via te-ch.tech 2023)
XS = "徐水经济开发区"
H0 = "6月30日,在河北省保定市徐水经济开发区年产700万台套球铰链项目施工现场,机器轰鸣、焊花闪烁,主体车间正在拔节生长"
H2 = "现有入园企业89家,2022年完成营业收入1683亿元,实现税收43亿元"
H3 = "配套的汽车产业升级示范园、标准厂房园、电力产业园、国际物流园等4个产业园项目正抓紧推进"
PJ8 = "年产700万台套球铰链项目"
G["zu08"] = dict(
 article=art("河北保定徐水经济开发区做大开发区创新平台 优化投资和企业成长环境", "经济日报（页面“2023-07-04 经济日报”；无署名），经 te-ch.tech（科技资讯转载站）转载", "2023-07-04", "day",
  "National economic daily relayed by a tech-news site, Hebei: a provincial development zone's feature — a project under construction with expected sales, taxes and jobs, projects started this half-year, firm count, 2022 revenue and tax, the carmaker anchoring its vehicle cluster and its projects",
  "http://te-ch.tech/news/show-219138.html",
  "日期取页面“2023-07-04 经济日报”（已删，连同页首口号、栏目词、浏览数“61”与“核心提示”重复段）；现场为“6月30日”。标题照录。存段在第四段“打造新能源电池和新型储能产业集群。着眼建设保定市首”处中断，整行删去（cut；real10、real18 记为 cut 未用），截至“…等4个产业园项目正抓紧推进。”。正文三段。园区：徐水经济开发区（河北省A类开发区，成立于2012年；city 保定，district 徐水区，province 河北）。项目：年产700万台套球铰链项目（施工现场→在建；预计年底完工，达产后年销售收入14亿元、利税超2.5亿元、1700多个岗位为 target；业主文中未写）；徐水工厂生产改造项目（长城汽车，已基本完工→竣工，status_alt 在建）；汽车产业升级示范园、标准厂房园、电力产业园、国际物流园4个配套产业园项目（正抓紧推进→在建；名称泛，列可选）。公司：长城汽车（文中又作“长城汽车公司”；“长城汽车徐水产业基地”在开发区内，park 徐水经济开发区）。园区事实：上半年已开工重点项目28个（cumulative）、入园企业89家、2022年营业收入1683亿元与税收43亿元（2022年全年，cumulative）；长城汽车今年在徐水新开工项目10个列可选。",
  "zu08"),
 parks=[
  park(XS, "保定", "河北", "经济开发区（省级A类）", "徐水经济开发区成立于2012年,是河北省A类开发区", district="徐水区", note="文中又作“开发区”"),
 ],
 companies=[
  comp("长城汽车", XS, "发挥长城汽车徐水产业基地的引领、聚集作用", aliases=["长城汽车公司"], note="长城汽车徐水产业基地"),
 ],
 institutions=[
  inst("开发区党工委", "开发区党工委副书记、管委会常务副主任刘志敏介绍", park=XS, note="文中作“开发区党工委…管委会”"),
 ],
 projects=[
  proj(PJ8, XS, H0, status="在建", status_text="项目施工现场…主体车间正在拔节生长", note="“预计年底完工,明年一季度投产”"),
  proj("徐水工厂生产改造项目", XS, "今年,该公司在徐水新开工项目10个。其中,徐水工厂生产改造项目已基本完工", companies=["长城汽车"],
       status="竣工", status_alt="在建", status_text="已基本完工"),
  proj("汽车产业升级示范园", XS, H3, status="在建", status_text="正抓紧推进", opt=True, note="长城汽车配套的4个产业园项目之一"),
  proj("标准厂房园", XS, H3, status="在建", status_text="正抓紧推进", opt=True),
  proj("电力产业园", XS, H3, status="在建", status_text="正抓紧推进", opt=True),
  proj("国际物流园", XS, H3, status="在建", status_text="正抓紧推进", opt=True),
 ],
 aggregate_facts=[
  fact(XS, "park", "key_projects_started", 28, "count", "今年上半年已开工重点项目28个,八成为现代高端产业项目", "2023年上半年", kind="cumulative"),
  fact(XS, "park", "firms_in_park", 89, "count", H2, "2023年7月"),
  fact(XS, "park", "operating_revenue_cny", 1.683e11, "cny", "2022年完成营业收入1683亿元,实现税收43亿元", "2022年（全年）", kind="cumulative", chk=True),
  fact(XS, "park", "tax_revenue_cny", 4.3e9, "cny", "实现税收43亿元", "2022年（全年）", kind="cumulative", chk=True),
  fact(PJ8, "project", "expected_annual_sales_cny", 1.4e9, "cny", "全部达产后年销售收入14亿元、利税超2.5亿元,可提供1700多个就业岗位", "达产后（预期）", kind="target", chk=True),
  fact(PJ8, "project", "expected_profit_tax_cny", 2.5e8, "cny", "利税超2.5亿元", "达产后（预期）", kind="target", qual="超", qtext="超", opt=True, chk=True),
  fact(PJ8, "project", "expected_jobs", 1700, "count", "可提供1700多个就业岗位", "达产后（预期）", kind="target", qual="余", qtext="多", opt=True),
  fact("长城汽车", "company", "projects_started_in_xushui", 10, "count", "今年,该公司在徐水新开工项目10个", "2023年", kind="cumulative", opt=True),
 ])
