# real165 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Projects: the park is the one the text places the project in, null if none
# (a county or city is not a park). Status from the text's words (签约 / 签订投资合同 → 签约; 建成投入使用 → 竣工 with
# status_alt 投产; 正在建设 → 在建; 落户 alone → no status). City / county / region figures are subject_type "region".
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/vhNN.raw as returned.

# ---------------------------------------------------------------- vh01 潍坊:打造滨海开发区 (大众网 2011)
WF = "潍坊滨海开发区"
B0 = "确定了以潍坊滨海开发区为中心,寿光北部、昌邑北部为两翼的开发格局"
B1 = "寿北重点建设羊口滨海新区"
B2 = "昌邑北部加快下营滨海开发区的规划建设"
B3 = "“自去年起吸引了5000多亿元的招商投资、确定了14个省级战略性新兴产业项目、规划占地150平方公里的滨海水城面向全球公开招标……”"
B4 = "目前,潍坊北部沿海地区已累计完成基础设施配套385平方公里"
G["vh01"] = dict(
 article=art("潍坊:打造滨海开发区 发展战略性新兴产业", "大众网（记者 韦国骞），sd.dzwww.com 潍坊频道", "2011-05-16", "day",
  "Provincial news portal's city channel, Shandong: a mayor's interview on the city's northern coastal development zone — zone layout (one centre, two wings), two county-level coastal zones, investment attracted and infrastructure completed",
  "http://sd.dzwww.com/weifang/201105/t20110516_6363668.htm",
  "日期取页面“2011-05-16 09:54:00 作者:韦国骞 来源:大众网”。导航、日期行、关键词行与[提要]（正文首句的重复）已删。**截断**：存档摘录止于“省政府确定了100个第一批省级战略性新”，该残句已删，正文止于“…来带动发展。”。潍坊属本批角度中的城市，但滨海开发区在沿海（非内陆），见 SOURCES。园区：潍坊滨海开发区（文中又作“滨海开发区”）；寿光北部的羊口滨海新区、昌邑北部的下营滨海开发区（县市级滨海园区，城市潍坊，区县按文意注寿光市、昌邑市）。“滨海水城”为规划中的城区（150平方公里），不列园区，记为可选事实。“5000多亿元的招商投资”“14个省级战略性新兴产业项目”是市长就潍坊（滨海开发区方向）所说，主体按原文作潍坊（region）。385平方公里为“潍坊北部沿海地区”累计基础设施配套面积。无具名公司或项目。",
  "vh01"),
 parks=[
  park(WF, "潍坊", "山东", "开发区", B0, aliases=["滨海开发区"], note="文中又作“滨海开发区”；“全新的潍坊滨海开发区”"),
  park("羊口滨海新区", "潍坊", "山东", "新区", B1, district="寿光市", note="寿光北部（寿北）"),
  park("下营滨海开发区", "潍坊", "山东", "开发区", B2, district="昌邑市", note="昌邑北部"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact("潍坊", "region", "investment_attracted", 500000000000.0, "cny", B3, "2010年起至2011年5月", kind="cumulative",
       qual="余", qtext="5000多亿元", note="市长语：“自去年起吸引了5000多亿元的招商投资”；“5000多亿元”不是数字+亿元的写法，故 metric 不带 _cny 后缀（同 real25 q04 对“2000多万元”的处理）"),
  fact("潍坊", "region", "provincial_strategic_emerging_projects", 14, "count", B3, "2010年起至2011年5月", kind="cumulative",
       opt=True, note="确定了14个省级战略性新兴产业项目"),
  fact("滨海水城", "other", "planned_area_km2", 150, "km2", B3, "2011年5月", opt=True, note="规划占地150平方公里，面向全球公开招标"),
  fact("潍坊北部沿海地区", "region", "infrastructure_completed_area_km2", 385, "km2", B4, "2011年5月", kind="cumulative",
       note="已累计完成基础设施配套385平方公里"),
 ],
)

# ---------------------------------------------------------------- vh02 德州32个产业招商重点项目集中签约 (cinic 2012)
DZ = "德州经济技术开发区"
C1 = "这次签约的32个项目总投资达427.9亿元"
C2 = "其中德州经济技术开发区、陵县的签约项目最多,共计22个"
C3 = "其中,投资总额达到或超过10亿元的有9个,投资额在5亿至10亿元之间的有11个"
G["vh02"] = dict(
 article=art("德州32个产业招商重点项目集中签约,总投资达427.9亿", "中国产业经济信息网（cinic.org.cn）“招商”栏目（原稿出处未注明）", "2012-08-20", "day",
  "Industry-information portal relaying a city item, Shandong: a city-wide signing of 32 industrial projects, with the national economic-technological development zone and a county taking most of them",
  "http://www.cinic.org.cn/xy/zs/181455.html",
  "日期取页面“时间:2012-08-20”（签约仪式8月18日）。**截断**：存档摘录止于末段“我们将本着 “真诚合作、互惠共赢、共”，该残句已删，正文止于“…的新成绩。”。园区：德州经济技术开发区（德州市）。陵县为县，不列园区。无具名项目、公司。32个项目、427.9亿元为德州市全市签约数（region）；“德州经济技术开发区、陵县的签约项目最多,共计22个”是两地合计，不能拆分到园区，记为可选（subject 写两地）。中国国际贸易促进会（致辞单位）为可选机构。",
  "vh02"),
 parks=[
  park(DZ, "德州", "山东", "经济技术开发区", C2),
 ],
 companies=[],
 institutions=[
  inst("中国国际贸易促进会", "中国国际贸易促进会副会长张伟在仪式上致辞", kind="association", note="致辞单位"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact("德州", "region", "projects_signed", 32, "count", C1, "2012年8月18日（集中签约）"),
  fact("德州", "region", "signed_investment_cny", 42790000000.0, "cny", C1, "2012年8月18日（集中签约）"),
  fact("德州", "region", "projects_signed_over_1bn", 9, "count", C3, "2012年8月18日（集中签约）", opt=True,
       note="投资总额达到或超过10亿元"),
  fact("德州经济技术开发区、陵县", "region", "projects_signed", 22, "count", C2, "2012年8月18日（集中签约）", opt=True,
       note="开发区与陵县合计，不可拆分"),
 ],
)

# ---------------------------------------------------------------- vh03 德州区域合作办 招商签约 (nmtech 2012)
D1 = "9月2日,记者从德州市区域合作办公室了解到,截至目前,在招商引资工作中,项目合同签约4个,总投资61亿元"
D2 = "投资35亿元的中矿产业园项目同德州经济技术开发区签订投资合同"
D3 = "目前北京绿辰投资10亿元的甲醇汽油化工项目落户临邑县"
D4 = "投资6亿元的济南力诺瑞特新能源项目落户夏津县"
D5 = "投资10亿元的北京透水膜新材料项目落户禹城市"
D6 = "此外,中国低碳中心产业园、大唐呼叫中心、中国品牌产业园等一大批投资强度大、投资额度高、投资规模强的战略性新兴产业项目正在推进之中"
G["vh03"] = dict(
 article=art("（无标题）德州市区域合作办公室：项目合同签约4个、总投资61亿元，中矿产业园项目与德州经济技术开发区签约", "nmtech.com.cn（原稿出处未注明）", "2012-09-03", "day",
  "Site relaying a city news item, Shandong: the city's regional-cooperation office on projects signed — one with the national economic-technological development zone, three placed in counties, several in preparation",
  "http://nmtech.com.cn/item/20120903/36637.html",
  "存档摘录无标题、无日期行；日期取自网址 20120903（消息首句“9月2日”）。正文三段，完整。园区：德州经济技术开发区。项目：中矿产业园项目（35亿元，“同德州经济技术开发区签订投资合同”→签约，园区即该开发区）——这是唯一放在园区内的项目。北京绿辰甲醇汽油化工项目（临邑县）、济南力诺瑞特新能源项目（夏津县）、北京透水膜新材料项目（禹城市）只“落户”县市（无状态，园区 null）；中国低碳中心产业园、大唐呼叫中心、中国品牌产业园“正在推进之中”（无金额、无地点、无状态）——均列为可选项目。“中矿产业园”以项目名出现，不另列园区。德州全市签约4个、61亿元为 region 事实。",
  "vh03"),
 parks=[
  park(DZ, "德州", "山东", "经济技术开发区", D2),
 ],
 companies=[
  comp("北京绿辰", None, D3, opt=True, note="投资甲醇汽油化工项目（临邑县），不在园区"),
  comp("济南力诺瑞特", None, D4, opt=True, note="只在项目名中；夏津县"),
 ],
 institutions=[
  inst("德州市区域合作办公室", D1, note="消息来源"),
 ],
 projects=[
  proj("中矿产业园项目", DZ, D2, inv="35亿元", status="签约", status_text="签订投资合同", aliases=["中矿产业园"]),
  proj("甲醇汽油化工项目", None, D3, companies=["北京绿辰"], inv="10亿元", opt=True, note="落户临邑县（县，非园区）"),
  proj("济南力诺瑞特新能源项目", None, D4, companies=["济南力诺瑞特"], inv="6亿元", opt=True, note="落户夏津县"),
  proj("北京透水膜新材料项目", None, D5, inv="10亿元", opt=True, note="落户禹城市"),
  proj("中国低碳中心产业园", None, D6, status="planned", status_text="正在推进之中", opt=True),
  proj("大唐呼叫中心", None, D6, status="planned", status_text="正在推进之中", opt=True),
  proj("中国品牌产业园", None, D6, status="planned", status_text="正在推进之中", opt=True),
 ],
 funds=[],
 aggregate_facts=[
  fact("德州", "region", "projects_signed", 4, "count", D1, "2012年9月2日（截至目前）", kind="cumulative", note="项目合同签约"),
  fact("德州", "region", "signed_investment_cny", 6100000000.0, "cny", D1, "2012年9月2日（截至目前）", kind="cumulative"),
 ],
)

# ---------------------------------------------------------------- vh04 超百亿元新项目落户济南天桥新材料产业园区 (新华网山东 2014)
JN = "济南新材料产业园区"
E0 = "济南新材料产业园区“项目集中投产、开工、签约仪式”1日在位于济南市天桥区的鑫茂齐鲁科技城广场举行"
E1 = "此次集中投产项目11个,开工项目4个,签约项目10个"
E2 = "其中新签约项目总投资超过100亿元"
E3 = "70万平方米高标准厂房和配套设施实现当年开工、当年竣工,固定资产投资达到25亿元"
E4 = "2014年,园区围绕实现“建筑面积150万平方米,固定资产投资50亿元”的目标"
E5 = "鑫茂齐鲁科技城项目入园企业已超过100家"
E6 = "此次集中投产、开工、签约的共计25个项目科技含量高"
G["vh04"] = dict(
 article=art("超百亿元新项目落户济南天桥新材料产业园区", "新华网山东频道（王志、夏鹏），载于凤凰网山东 sd.ifeng.com", "2014-03-03", "day",
  "National news agency's provincial channel on a portal, Shandong: a park's joint ceremony of projects put into production, started and signed, with the park's 2013 investment and 2014 targets",
  "http://sd.ifeng.com/cj/caijingzixun/detail_2014_03/03/1921924_0.shtml",
  "日期取电头“新华网山东频道3月3日电”与网址 2014_03/03；仪式在3月1日。标题照录（页面另有“原标题”行，与标题相同，已删）；“注册”“来源”行与导语（电头段的重复）已删。**截断**：存档摘录末行“其中,去年3月济南市北跨重点项目集中开工的11个项目均已竣工,”未完，整行未收，正文止于“…具有重要意义。”。园区：济南新材料产业园区（标题作“济南天桥新材料产业园区”；济南市天桥区）。鑫茂齐鲁科技城：园区内的项目（“鑫茂齐鲁科技城项目入园企业已超过100家”），列为项目（无状态、无金额），另列为可选园区（园中园）。投产11、开工4、签约10、新签约超100亿元、共计25个：3月1日仪式数（reported）。2013年固定资产投资25亿元、70万平方米厂房（reported）；2014年“建筑面积150万平方米,固定资产投资50亿元”为目标（target）。无具名公司。",
  "vh04"),
 parks=[
  park(JN, "济南", "山东", "产业园区", E0, district="天桥区", aliases=["济南天桥新材料产业园区"], note="标题作“济南天桥新材料产业园区”"),
  park("鑫茂齐鲁科技城", "济南", "山东", "科技城", E0, district="天桥区", parent=JN, opt=True, note="园区内项目／园中园；入园企业超过100家"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("鑫茂齐鲁科技城项目", JN, E5, aliases=["鑫茂齐鲁科技城"], note="入园企业已超过100家；无金额、无状态"),
 ],
 funds=[],
 aggregate_facts=[
  fact(JN, "park", "projects_in_production", 11, "count", E1, "2014年3月1日（集中投产）"),
  fact(JN, "park", "projects_started", 4, "count", E1, "2014年3月1日（集中开工）"),
  fact(JN, "park", "projects_signed", 10, "count", E1, "2014年3月1日（集中签约）"),
  fact(JN, "park", "signed_investment_cny", 10000000000.0, "cny", E2, "2014年3月1日（集中签约）", qual="超", qtext="超过100亿元"),
  fact(JN, "park", "projects_count", 25, "count", E6, "2014年3月1日（集中投产、开工、签约）", opt=True),
  fact(JN, "park", "fixed_asset_investment_cny", 2500000000.0, "cny", E3, "2013年"),
  fact(JN, "park", "factory_floor_area_completed_m2", 700000, "m2", E3, "2013年", opt=True, note="70万平方米高标准厂房和配套设施当年开工、当年竣工"),
  fact(JN, "park", "fixed_asset_investment_cny", 5000000000.0, "cny", "固定资产投资50亿元”的目标", "2014年（目标）", kind="target"),
  fact(JN, "park", "floor_area_m2", 1500000, "m2", E4, "2014年（目标）", kind="target", opt=True, note="建筑面积150万平方米"),
  fact("鑫茂齐鲁科技城", "project", "firms", 100, "count", E5, "2014年3月", qual="超", qtext="已超过100家", note="入园企业"),
 ],
)

# ---------------------------------------------------------------- vh05 德州(禹城)高新区升级国家高新区 (cnrepark 2015)
YC = "德州(禹城)高新技术产业开发区"
F0 = "近日,国务院正式批复德州(禹城)高新技术产业开发区正式升级为国家高新技术产业区"
F1 = "目前,德州(禹城)高新区规划面积6.89平方公里,区内拥有规模以上企业358家,其中国家高新技术企业14家、国家级研究中心7个、省级以上研发机构54家"
G["vh05"] = dict(
 article=art("德州(禹城)高新区成功升级国家高新技术产业区", "工业园网（cnrepark，sd.cnipai.com 山东频道；用户上传，原稿出处未注明）", "2015-10-28", "day",
  "Industrial-park portal (user-uploaded relay), Shandong: a county-seated high-tech zone upgraded to a national high-tech zone — history of names and grades, area, firms and R&D bodies",
  "https://sd.cnipai.com/news/detail/109180.html",
  "日期取页面“2015 10/28 22:48”。频道字样“山东切换”“新闻”、日期行、免责声明与“相关阅读”已删。正文三段，完整。园区一个：德州(禹城)高新技术产业开发区（文中又作“德州(禹城)高新区”；前身“禹城高新区”；2014年7月更名为“德州高新技术产业开发区”——三名同指一区，列为别名；德州市禹城市）。“国家火炬计划生物技术产业基地”为称号，不列园区。事实：规划面积6.89平方公里、规模以上企业358家、国家高新技术企业14家（as_of 2015年10月）；国家级研究中心7个、省级以上研发机构54家为可选。无具名公司、项目。",
  "vh05"),
 parks=[
  park(YC, "德州", "山东", "国家高新技术产业开发区", F0, district="禹城市",
       aliases=["德州(禹城)高新区", "禹城高新区", "德州高新技术产业开发区"], note="前身禹城高新区（1999年成立），2014年7月更名德州高新技术产业开发区，2015年升级国家高新区"),
 ],
 companies=[],
 institutions=[
  inst("国务院", F0, note="批复升级"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(YC, "park", "planned_area_km2", 6.89, "km2", F1, "2015年10月"),
  fact(YC, "park", "above_scale_firms", 358, "count", F1, "2015年10月"),
  fact(YC, "park", "high_tech_firms", 14, "count", F1, "2015年10月", note="国家高新技术企业"),
  fact(YC, "park", "national_research_centers", 7, "count", F1, "2015年10月", opt=True),
  fact(YC, "park", "provincial_rd_institutions", 54, "count", F1, "2015年10月", opt=True, note="省级以上研发机构"),
 ],
)

# ---------------------------------------------------------------- vh06 淄博市淄川经济开发区多点发力 (山东省工信厅 2019)
ZC = "淄川经济开发区"
H0 = "2018年,淄博市淄川经济开发区围绕“三大目标、八大工程”总体定位,以争创国家级开发区为抓手"
H1 = "排定重点项目59个,总投资194亿元,引进中建国际、鸿庄医疗、悟空网络等20多家企业,到位资金31.2亿元,引进外资2500万美元"
H2 = "中一产业园一期建成投入使用,七星高新技术产业园、镭泽激光产业园等11个产业园区正在建设中"
H3 = "完成七星智能制造产业园、金城产业园等雨污管网的铺设"
H4 = "7家企业与院校签约共建研发平台,12家企业与13家院校专家签订合作协议,新增国家级工业设计中心1家,省级企业技术中心3家"
G["vh06"] = dict(
 article=art("淄博市淄川经济开发区多点发力,推动工业高质量发展", "山东省工业和信息化厅网站（信息来源：淄博市工信局）", "2019-01-21", "day",
  "Provincial government department's website relaying a city bureau's report, Shandong: a provincial economic development zone's 2018 review — key projects and investment, firms introduced, R&D platforms, sub-parks completed and under construction",
  "http://gxt.shandong.gov.cn/art/2019/1/21/art_15166_4518378.html",
  "日期取页面“发布日期:2019-01-21 09:09:17 信息来源:淄博市工信局”；内容为2018年全年。正文一段，完整；页尾“字体/分享/打印/相关信息”已删。园区：淄川经济开发区（淄博市淄川区；文中作“淄博市淄川经济开发区”）；区内产业园：中一产业园（一期建成投入使用）、七星高新技术产业园、镭泽激光产业园（正在建设中，11个产业园区之二）——列为园区（parent 淄川经济开发区），同时列为项目（中一产业园一期→竣工/投产；另两园→在建，可选）；七星智能制造产业园、金城产业园只见于雨污管网铺设，列为可选园区。公司：中建国际、鸿庄医疗、悟空网络（“引进”，园区淄川经济开发区）。事实：重点项目59个、总投资194亿元、引进企业20多家、到位资金31.2亿元、引进外资2500万美元、在建产业园区11个（2018年）；研发平台等为可选。",
  "vh06"),
 parks=[
  park(ZC, "淄博", "山东", "经济开发区", H0, district="淄川区"),
  park("中一产业园", "淄博", "山东", "产业园", H2, district="淄川区", parent=ZC, note="一期建成投入使用"),
  park("七星高新技术产业园", "淄博", "山东", "产业园", H2, district="淄川区", parent=ZC, note="正在建设中"),
  park("镭泽激光产业园", "淄博", "山东", "产业园", H2, district="淄川区", parent=ZC, note="正在建设中"),
  park("七星智能制造产业园", "淄博", "山东", "产业园", H3, district="淄川区", parent=ZC, opt=True, note="完成雨污管网铺设"),
  park("金城产业园", "淄博", "山东", "产业园", H3, district="淄川区", parent=ZC, opt=True, note="完成雨污管网铺设"),
 ],
 companies=[
  comp("中建国际", ZC, H1, note="2018年引进"),
  comp("鸿庄医疗", ZC, H1, note="2018年引进"),
  comp("悟空网络", ZC, H1, note="2018年引进"),
 ],
 institutions=[],
 projects=[
  proj("中一产业园一期", ZC, H2, status="竣工", status_text="建成投入使用", phase="一期", aliases=["中一产业园"], status_alt="投产"),
  proj("七星高新技术产业园", ZC, H2, status="在建", status_text="正在建设中", opt=True, note="亦列为园区"),
  proj("镭泽激光产业园", ZC, H2, status="在建", status_text="正在建设中", opt=True, note="亦列为园区"),
 ],
 funds=[],
 aggregate_facts=[
  fact(ZC, "park", "key_projects", 59, "count", H1, "2018年", note="排定重点项目"),
  fact(ZC, "park", "key_projects_investment_cny", 19400000000.0, "cny", "排定重点项目59个,总投资194亿元", "2018年"),
  fact(ZC, "park", "firms_introduced", 20, "count", H1, "2018年", qual="余", qtext="20多家"),
  fact(ZC, "park", "capital_in_place_cny", 3120000000.0, "cny", "到位资金31.2亿元", "2018年"),
  fact(ZC, "park", "fdi_introduced_usd", 25000000.0, "usd", "引进外资2500万美元", "2018年"),
  fact(ZC, "park", "parks_under_construction", 11, "count", H2, "2018年末", note="11个产业园区正在建设中"),
  fact(ZC, "park", "national_industrial_design_centers_new", 1, "count", H4, "2018年", opt=True),
  fact(ZC, "park", "provincial_enterprise_tech_centers_new", 3, "count", H4, "2018年", opt=True),
  fact(ZC, "park", "firms_with_university_rd_platforms", 7, "count", H4, "2018年", opt=True),
 ],
)
