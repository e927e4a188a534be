# real152 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; funds get the park the text ties them to (set up by the zone's 管委会, or named after the zone), null for city-level
# funds; fund managers (GP) are companies of kind fund_manager with park null unless the text places them.

# ---------------------------------------------------------------- ws01 成都高新区 天使投资峰会 2023
E1_SIGN = "成都高新区天使母基金在本次峰会上与中科创星、峰瑞资本、真格基金、明势资本、云启资本、清流资本、青松资本、北极光创投、博源资本、陆石投资10家基金管理人(GP)集中签约,规模超60亿元"
E1_CUM = "1年多来,成都高新区已累计与19家基金管理人(GP)签约,天使基金集群规模超过100亿元"
GP1 = ["中科创星", "峰瑞资本", "真格基金", "明势资本", "云启资本", "清流资本", "青松资本", "北极光创投", "博源资本", "陆石投资"]
f1a = fund("成都高新区天使母基金", "成都高新区", "成都高新区正加快建设全国最大规模的区(县)级天使母基金", aliases=["天使母基金"],
           note="成都高新区的区级天使母基金；规模文中未写（“天使基金集群规模超过100亿元”为集群合计，另列事实）；管理人文中未写")
f1b = fund("成都高新区第二批天使子基金", "成都高新区", E1_SIGN, size="60亿元", size_type="签约规模", qual="超",
           note="本次峰会与10家GP集中签约的一批子基金（合计“规模超60亿元”）；聚焦集成电路、创新药、元宇宙、车载智能、工业软件、消费电子等；单只规模未写")
f1b["qualifier_text"] = "超"
G["ws01"] = {
 "article": art("（2023年中国·成都天使投资峰会在成都高新区举行：成都高新区天使母基金与10家基金管理人集中签约）",
                "中国网四川（sc.china.com.cn“综览”栏目；存段无标题、无署名）", "2023-10-18", "day",
                "Provincial channel of a national news portal, Sichuan: an angel-investment summit in a national high-tech zone — the zone's angel fund-of-funds signs a second batch of ten sub-fund managers (over 6 billion yuan), cumulative GP count and angel-fund cluster size",
                "http://sc.china.com.cn/2023/zonglan_1018/512372.html",
                "日期取网址 zonglan_1018 与文中“10月18日”（峰会当日）。存段无标题（title 为编者概括）；小标题“新签约10家天使子基金”“天使基金集群规模超过100亿元”各为一段，照录。存段末段“同时,成都高新区围绕…21条重点产业链开展天使子基金公开征集合作,”在句中中断，整段删去，正文截至“…基本实现全国头部机构合作全覆盖。”。园区：成都高新区（成都，四川）。基金：成都高新区天使母基金（规模未写）；本次签约的“成都高新区第二批天使子基金”（10家GP合计规模超60亿元）。10家GP列为公司（kind fund_manager，文中未写其所在地，park 为 null）。指导单位与主办方列为可选机构。“天使基金集群规模超过100亿元”“累计与19家GP签约”为累计数（cumulative）；“2022年…集中签约9家”为上一年数（可选）。",
                "ws01"),
 "parks": [park("成都高新区", "成都", "四川", "国家高新区", "2023年中国·成都天使投资峰会在成都高新区举行")],
 "companies": [comp(g, None, E1_SIGN, kind="fund_manager", note="本次与成都高新区天使母基金集中签约的基金管理人(GP)") for g in GP1],
 "institutions": [
  inst("成都高新区管委会", "成都高新区管委会主办", park="成都高新区", note="峰会主办方"),
  inst("工信部火炬中心", "此次峰会由工信部火炬中心、四川省科学技术厅、中国证监会四川监管局、成都市经信局市新经济委、成都市科学技术局、成都市地方金融监督管理局指导", note="指导单位"),
  inst("四川省科学技术厅", "此次峰会由工信部火炬中心、四川省科学技术厅、中国证监会四川监管局、成都市经信局市新经济委、成都市科学技术局、成都市地方金融监督管理局指导", note="指导单位"),
  inst("中国证监会四川监管局", "此次峰会由工信部火炬中心、四川省科学技术厅、中国证监会四川监管局、成都市经信局市新经济委、成都市科学技术局、成都市地方金融监督管理局指导", note="指导单位"),
  inst("成都市科学技术局", "此次峰会由工信部火炬中心、四川省科学技术厅、中国证监会四川监管局、成都市经信局市新经济委、成都市科学技术局、成都市地方金融监督管理局指导", note="指导单位"),
  inst("成都市地方金融监督管理局", "此次峰会由工信部火炬中心、四川省科学技术厅、中国证监会四川监管局、成都市经信局市新经济委、成都市科学技术局、成都市地方金融监督管理局指导", note="指导单位"),
 ],
 "projects": [],
 "funds": [f1a, f1b],
 "aggregate_facts": [
  fact("成都高新区天使母基金", "fund", "gps_signed", 10, "count", E1_SIGN, "2023-10-18（峰会）", note="本次集中签约的基金管理人数"),
  fact("成都高新区第二批天使子基金", "fund", "signed_funds_total_size_cny", 6e9, "cny", E1_SIGN, "2023-10-18（峰会）",
       qual="超", qtext="超", chk=True, note="10家GP子基金合计规模"),
  fact("成都高新区", "park", "gps_signed_cumulative", 19, "count", E1_CUM, "2023年10月（“1年多来”）", kind="cumulative"),
  fact("成都高新区", "park", "fund_cluster_size_cny", 1e10, "cny", E1_CUM, "2023年10月", kind="cumulative",
       qual="超", qtext="超过", chk=True, note="天使基金集群规模"),
  fact("成都高新区", "park", "top20_early_vc_partners", 18, "count", "与18家全国前20强早期创投机构建立合作关系",
       "2023年10月", kind="cumulative", opt=True),
  fact("成都高新区天使母基金", "fund", "gps_signed", 9, "count", "继2022年中国·天使投资峰会集中签约9家基金管理人(GP)后",
       "2022年（上一届峰会）", opt=True, note="第一批"),
  fact("2023年中国·成都天使投资峰会", "event", "attending_institutions", 130, "count",
       "130余家创投机构、国内顶尖天使母基金、天使投资人、重大创新平台、科创企业、各类天使创投协会组织代表出席参会",
       "2023-10-18", qual="余", qtext="余", opt=True, note="130余家创投机构"),
 ],
}

# ---------------------------------------------------------------- ws02 中原科技城产业引导基金 2022 子基金申报指南
E2_BASIC = "中原科技城产业引导基金由郑东新区管理委员会设立"
G["ws02"] = {
 "article": art("（中原科技城产业引导基金2022年度参股(出资)子基金申报指南）",
                "投资界（m.pedaily.cn 转载的申报指南；原发单位文中未写，当为郑州中原科技城产业引导基金有限责任公司）", "2022", "year",
                "Investment-news site relaying a government fund notice, Henan: call for sub-fund applications to a new district's science-city guidance fund — who set it up, what it invests in, how it co-invests and selects sub-funds",
                "https://m.pedaily.cn/news/498708",
                "年份取文中“2022年度参股(出资)子基金申报”与“郑中基金〔2022〕1号”；页面日期未在存段中。存段无标题（title 为编者概括）；首句“(郑东文〔2021〕106号、”括号未闭，照录。存段在“(四)社会公示。…进行公示,公”处中断，该段删去，正文截至“(三)投资决策。…报基金管委会决策。”。园区：中原科技城（郑州，河南；kind 科技城），郑东新区（新区，设立引导基金的管委会所在）；中原科技城在郑东新区内为据“由郑东新区管理委员会设立”推断（parent_park）。基金：中原科技城产业引导基金（规模文中未写；聚焦人工智能、5G通信、生物医药、信息创新；参股天使投资、创业投资、股权投资子基金）。运作主体郑州中原科技城产业引导基金有限责任公司列为公司（kind fund_manager；文中未写所在园区，park null）。子基金类别（天使投资子基金等）是类名，不列为基金。",
                "ws02"),
 "parks": [
  park("中原科技城", "郑州", "河南", "科技城", "聚焦人工智能、5G 通信、生物医药、信息创新等符合中原科技城产业发展方向的产业领域",
       district="郑东新区", parent="郑东新区", note="在郑东新区内为推断（引导基金由郑东新区管委会设立）"),
  park("郑东新区", "郑州", "河南", "新区", E2_BASIC, note="以管委会出现"),
 ],
 "companies": [comp("郑州中原科技城产业引导基金有限责任公司", None,
                    "郑州中原科技城产业引导基金有限责任公司(以下简称引导基金公司)作为引导基金运作主体,具体履行对外投资运作职责",
                    kind="fund_manager", aliases=["引导基金公司"], note="引导基金运作主体")],
 "institutions": [
  inst("郑东新区管理委员会", E2_BASIC, park="郑东新区", opt=False, note="引导基金设立方"),
  inst("基金管委会", "办公室提请基金管委会召开评审会,评审通过后报基金管委会决策", note="引导基金决策机构；全称文中未写"),
 ],
 "projects": [],
 "funds": [fund("中原科技城产业引导基金", "中原科技城", E2_BASIC, aliases=["引导基金"],
                note="郑东新区管委会设立；规模文中未写；聚焦人工智能、5G通信、生物医药、信息创新；参股天使投资、创业投资、股权投资子基金；运作主体郑州中原科技城产业引导基金有限责任公司")],
 "aggregate_facts": [],
}

# ---------------------------------------------------------------- ws03 常州国家高新区(新北区)科创基金 2024
F3 = "常州国家高新区(新北区)科创基金"
E3_SIZE = "科创基金成立于2021年,目前认缴规模25亿元"
E3_INV = "今年以来,科创基金母子基金累计已投资项目16个,总规模21070万元"
E3_CO = "已引进睿恩新能源、芯动能、晶讯聚震和拜特检测等项目落地"
f3 = fund(F3, "常州国家高新区", E3_SIZE, size="25亿元", size_type="认缴规模", aliases=["科创基金"],
          note="2021年成立；母—子基金运作；投向新能源汽车及核心零部件、新材料、新医药及医疗器械、新一代信息技术、智慧能源、高端智能装备；第五笔缴款后累计实缴将达14亿元（paid_in_cny）；2024年母子基金投资16个项目、21070万元（只是当年数，不填 invested_cny）；管理人文中未写")
f3["paid_in_cny"] = 1.4e9
G["ws03"] = {
 "article": art("（常州国家高新区(新北区)科创基金完成第五笔缴款）",
                "常州市新北区人民政府网站（cznd.gov.cn“新视界 > 部门动态 > 财政局”栏目；存段无标题、无署名）", "2024-12-23", "day",
                "District government website, finance-bureau news, Jiangsu: a national high-tech zone's science-and-innovation fund makes its fifth capital call — committed and paid-in size, what it invests in, the year's investments, sub-funds and firms brought in",
                "https://www.cznd.gov.cn/html/cznd/2024/IHHHILLN_1223/543397.html",
                "日期取网址 2024/…_1223 与文中“12月23日”。存段无标题（title 为编者概括）；面包屑“您当前的位置:首页 > 新视界 > 部门动态 > 财政局 > 内容”已删。正文三段，完整。园区：常州国家高新区（与新北区区政合一，文中写作“常州国家高新区(新北区)”；常州，江苏）。基金：常州国家高新区(新北区)科创基金（又作“科创基金”；认缴规模25亿元；累计实缴将达14亿元）。“引进睿恩新能源、芯动能、晶讯聚震和拜特检测等项目落地”：四个企业名列为公司（园区取常州国家高新区，“落地新北区”）；同名项目列为可选项目（“落地”不对应状态，status null）。“今年以来…16个…21070万元”为当年累计（cumulative，as_of 2024年）。",
                "ws03"),
 "parks": [park("常州国家高新区", "常州", "江苏", "国家高新区", "12月23日,常州国家高新区(新北区)科创基金完成第五笔缴款工作",
                district="新北区", note="与新北区区政合一；文中写作“常州国家高新区(新北区)”")],
 "companies": [comp(c, "常州国家高新区", E3_CO, note="科创基金引进落地新北区的项目（以企业名称作项目名）")
               for c in ["睿恩新能源", "芯动能", "晶讯聚震", "拜特检测"]],
 "institutions": [],
 "projects": [proj(c, "常州国家高新区", E3_CO, companies=[c], opt=True, note="以企业名称作项目名；“引进…项目落地”，状态文中未写")
              for c in ["睿恩新能源", "芯动能", "晶讯聚震", "拜特检测"]],
 "funds": [f3],
 "aggregate_facts": [
  fact(F3, "fund", "capital_call_cny", 2.5e8, "cny", "本次缴款总规模2.5亿元", "2024-12-23（第五笔缴款）", chk=True),
  fact(F3, "fund", "fund_paid_in_cny", 1.4e9, "cny", "第五笔缴款完成后,科创基金累计实缴出资金额将达到14亿元", "2024-12-23（第五笔缴款后）",
       kind="cumulative", chk=True),
  fact(F3, "fund", "fund_size_cny", 2.5e9, "cny", E3_SIZE, "2024-12（认缴规模）", chk=True, note="认缴规模"),
  fact(F3, "fund", "projects_invested", 16, "count", E3_INV, "2024年（今年以来）", kind="cumulative", note="母子基金"),
  fact(F3, "fund", "invested_cny", 2.107e8, "cny", E3_INV, "2024年（今年以来）", kind="cumulative", chk=True, note="母子基金已投项目总规模"),
  fact(F3, "fund", "sub_funds_landed", 6, "count", "截至12月23日,科创基金累计已引进6支子基金落地新北区", "2024-12-23", kind="cumulative"),
 ],
}

# ---------------------------------------------------------------- ws04 盐城 市产业投资母基金 2022
E4_SUB = "市产业投资母基金已成功设立4支子基金,主要包括10亿元银河汇创汽车产业基金、10亿元松禾新兴产业创投基金、100亿元工融汇创新能源基金、15亿元建湖汇悦新能源基金"
E4_REG = "黄海新区、盐城高新区等2支区域母基金遴选机构已公示"
G["ws04"] = {
 "article": art("市财政稳步推进实施市产业投资母基金年度投资计划",
                "盐城市财政局（czj.yancheng.gov.cn“部门资讯 > 工作动态”；来源:市财政局）", "2022-10-19", "day",
                "City finance bureau's work update, Jiangsu: a city industrial fund-of-funds (10 billion yuan) — year's plan of eight sub-funds, four set up with their sizes, regional fund-of-funds for a new district and a high-tech zone with managers publicly selected",
                "https://czj.yancheng.gov.cn/art/2022/10/19/art_307_3918852.html",
                "日期取页面“发布日期:2022-10-19 10:38”。标题照录；面包屑、发布日期行、“来源:市财政局”“打印 关闭”已删。正文三段，完整。城市：盐城（江苏）。园区：黄海新区、盐城高新区（各有一支“区域母基金”，遴选机构已公示）。基金：市产业投资母基金（规模100亿元，park null——市级）；已设4支子基金：银河汇创汽车产业基金10亿元、松禾新兴产业创投基金10亿元、工融汇创新能源基金100亿元、建湖汇悦新能源基金15亿元（均市级或县级，park null；“建湖”为县）；黄海新区、盐城高新区的区域母基金文中无名称，列为可选基金（名称为编者所拟，name 非原文）；双碳基金可选。黄海金控集团列为公司（会同组建并参与实施；kind state_owned_investment_group）。“计划2022年出资组建8支子基金”为年度计划（target）。",
                "ws04"),
 "parks": [
  park("黄海新区", "盐城", "江苏", "新区", E4_REG, note="区域母基金遴选机构已公示"),
  park("盐城高新区", "盐城", "江苏", "高新区", E4_REG, note="区域母基金遴选机构已公示"),
 ],
 "companies": [
  comp("黄海金控集团", None, "市财政局会同黄海金控集团,联合有关国企,组建了市产业投资母基金,规模100亿元",
       kind="state_owned_investment_group", note="与市财政局会同组建市产业投资母基金"),
  comp("省环保集团", None, "双碳基金的组建要素正与省环保集团磋商", opt=True, note="双碳基金磋商方"),
 ],
 "institutions": [inst("市财政局", "市财政局会同黄海金控集团,联合有关国企,组建了市产业投资母基金,规模100亿元",
                       note="盐城市财政局；发布方")],
 "projects": [],
 "funds": [
  fund("市产业投资母基金", None, "市财政局会同黄海金控集团,联合有关国企,组建了市产业投资母基金,规模100亿元", size="100亿元",
       size_type="规模", note="盐城市级母基金；“母基金+基金群”；2022年计划出资组建8支子基金；管理人文中未写"),
  fund("银河汇创汽车产业基金", None, "10亿元银河汇创汽车产业基金", size="10亿元", size_type="规模", note="市产业投资母基金已设子基金"),
  fund("松禾新兴产业创投基金", None, "10亿元松禾新兴产业创投基金", size="10亿元", size_type="规模", note="市产业投资母基金已设子基金"),
  fund("工融汇创新能源基金", None, "100亿元工融汇创新能源基金", size="100亿元", size_type="规模", note="市产业投资母基金已设子基金"),
  fund("建湖汇悦新能源基金", None, "15亿元建湖汇悦新能源基金", size="15亿元", size_type="规模", note="市产业投资母基金已设子基金；建湖为县"),
  fund("黄海新区区域母基金", "黄海新区", E4_REG, opt=True, note="名称为编者所拟（文中“黄海新区、盐城高新区等2支区域母基金”）；组建中，遴选机构已公示；规模未写"),
  fund("盐城高新区区域母基金", "盐城高新区", E4_REG, opt=True, note="同上"),
  fund("双碳基金", None, "双碳基金的组建要素正与省环保集团磋商", opt=True, note="组建中"),
 ],
 "aggregate_facts": [
  fact("市产业投资母基金", "fund", "sub_funds_planned", 8, "count", "市产业投资母基金计划2022年出资组建8支子基金", "2022年（年度投资计划）", kind="target"),
  fact("市产业投资母基金", "fund", "sub_funds_established", 4, "count", E4_SUB, "2022-10-19（截至目前）", kind="cumulative"),
  fact("市产业投资母基金", "fund", "sub_funds_in_progress", 4, "count", "另外4支子基金组建工作正在推进", "2022-10-19", opt=True),
  fact("市产业投资母基金", "fund", "fund_size_cny", 1e10, "cny", "组建了市产业投资母基金,规模100亿元", "2022-10", chk=True, opt=True,
       note="与基金 size_cny 同"),
 ],
}

# ---------------------------------------------------------------- ws05 中山火炬开发区 先进装备制造产业发展母基金 2020
E5_DEF = "本办法所称中山先进装备制造产业发展母基金(以下简称母基金)是指由中山市人民政府(以下简称市政府)、中山火炬高技术产业开发区管理委员会(以下简称火炬开发区管委会)共同设立并按照市场化运作的政策性、引导性基金"
G["ws05"] = {
 "article": art("（中山火炬高技术产业开发区管理委员会印发《中山先进装备制造产业发展母基金管理暂行办法》）",
                "中山市人民政府网站（zs.gov.cn 工业和信息化局“政策文件 > 规范性文件”栏目；发文单位中山火炬高技术产业开发区管理委员会）", "2020-06-29", "day",
                "Government notice (normative document) on a city government site, Guangdong: a high-tech zone's administrative committee issues the interim measures of an equipment-manufacturing fund-of-funds it set up with the city — definition, investment scope, sources of money",
                "http://zs.gov.cn/gxj/zcwj/gfxwj/content/post_1816136.html",
                "日期取文中落款“2020年6月29日”（发文日；网页发布日未在存段中）。存段无页面标题（title 为编者概括），正文自“各有关单位:”起，落款两行与附件标题“中山先进装备制造产业发展母基金管理暂行办法”“第一章总则”各为一段，照录（原文“第一条为规范…”条号后无空格，照录）。存段在“第四条母基金”处中断，该行删去，正文截至“(三)其他资金来源。”。园区：中山火炬高技术产业开发区（又作“火炬开发区”；中山，广东；国家高新区）。基金：中山先进装备制造产业发展母基金（市政府与火炬开发区管委会共同设立；规模文中未写；主要参股子基金，也可设二级母基金、直投未上市企业；投向工作母机、机器人、新能源汽车、高端海洋工程及海上风电装备等装备制造业）。区公有资产经营有限公司（联系单位）列为可选公司，园区取火炬开发区（“区”指火炬开发区，推断）。",
                "ws05"),
 "parks": [park("中山火炬高技术产业开发区", "中山", "广东", "国家高新区", E5_DEF, aliases=["火炬开发区"],
                note="以管委会出现；简称“火炬开发区”")],
 "companies": [comp("区公有资产经营有限公司", "中山火炬高技术产业开发区",
                    "执行中遇到疑问,请与区公有资产经营有限公司联系", kind="state_owned_enterprise", opt=True,
                    note="联系单位；名称不全；“区”指火炬开发区（推断）")],
 "institutions": [
  inst("中山火炬高技术产业开发区管理委员会", E5_DEF, park="中山火炬高技术产业开发区", opt=False,
       note="发文单位；母基金共同设立方（又作“火炬开发区管委会”）"),
  inst("中山市人民政府", E5_DEF, note="母基金共同设立方（又作“市政府”）"),
 ],
 "projects": [],
 "funds": [fund("中山先进装备制造产业发展母基金", "中山火炬高技术产业开发区", E5_DEF, aliases=["母基金"],
                note="市政府与火炬开发区管委会共同设立；规模文中未写；资金来源为市、区两级财政专项资金、运作收益等；主要参股子基金，可设二级母基金、直投未上市企业；投向先进装备制造业")],
 "aggregate_facts": [],
}

# ---------------------------------------------------------------- ws06 中山翠亨新区 推动经济高质量发展引导基金 2026
E6_DEF = "本办法所称引导基金,是指由中山翠亨新区管理委员会(以下简称“区管委会”)通过一般公共预算等财政资金出资设立,采用股权投资等市场化方式,引导各类社会资本支持相关产业和领域发展及创新创业的投资基金"
G["ws06"] = {
 "article": art("（中山翠亨新区管理委员会印发《中山翠亨新区推动经济高质量发展引导基金管理办法(修订稿)》）",
                "中山市人民政府网站（zs.gov.cn 翠亨新区“政策文件 > 规范性文件”栏目；发文单位中山翠亨新区管理委员会）", "2026-02-06", "day",
                "Government notice (normative document) on a city government site, Guangdong: a new district's administrative committee issues the revised measures of its guidance fund — purpose, legal basis, definition, the two fund classes",
                "http://www.zs.gov.cn/chxq/zcgw/gfxwj/content/post_2589493.html",
                "日期取文中落款“2026年2月6日”（发文日；网页发布日未在存段中）。存段无页面标题（title 为编者概括），正文自“各有关单位:”起，落款两行、附件标题与“第一章 总则”各为一段，照录。存段在“创业投资类基”处中断，该行删去，正文截至“…打造具有国际竞争力的产业集群。”。园区：中山翠亨新区（又作“翠亨新区”“新区”；中山，广东；kind 新区）。基金：中山翠亨新区推动经济高质量发展引导基金（区管委会以财政资金出资设立；规模文中未写；分产业投资类、创业投资类——类名，不另列基金；支持“4+X”现代化产业体系）。区科技金融局列为可选机构。所引国家、省文件的发文机关不列。",
                "ws06"),
 "parks": [park("中山翠亨新区", "中山", "广东", "新区", E6_DEF, aliases=["翠亨新区"], note="以管委会出现；又作“新区”")],
 "companies": [],
 "institutions": [
  inst("中山翠亨新区管理委员会", E6_DEF, park="中山翠亨新区", opt=False, note="发文单位；引导基金出资设立方（又作“区管委会”）"),
  inst("区科技金融局", "执行过程中遇到的问题,请径向区科技金融局反映", park="中山翠亨新区", note="翠亨新区科技金融局（推断）"),
 ],
 "projects": [],
 "funds": [fund("中山翠亨新区推动经济高质量发展引导基金", "中山翠亨新区", E6_DEF,
                aliases=["翠亨新区推动经济高质量发展引导基金", "引导基金"],
                note="区管委会以一般公共预算等财政资金出资设立；规模文中未写；分产业投资类基金与创业投资类基金；支持“4+X”现代化产业体系；本次为管理办法修订稿")],
 "aggregate_facts": [],
}
