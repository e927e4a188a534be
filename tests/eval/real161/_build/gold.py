# real161 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts; US dollars and euros stay in investment_value + investment_currency (investment_cny null) and in *_usd / *_eur
# facts. Growth rates and shares as ratios. Projects: the park the text places the project in, null if none (a district is
# not a park). Status from the text's words (奠基 / 开工 / 开工建设 → 开工; 投产 / 投入运营 → 投产; 竣工开业 → 竣工 (status_alt
# 投产); 签约 / 现场签约 / 参加签约 → 签约; 入驻 / 落地 / 落户 alone → no status). “预计” / “达产后” figures are kind target;
# year-to-date or since-a-date counts and sums are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/vdNN.raw as returned.

# ---------------------------------------------------------------- vd01 汉南 日本产业园 (长江日报 via 凤凰湖北 2013)
HN = "汉南日本产业园"
B0 = "昨日,武汉普菱公司日本产业园项目在我市汉南区奠基。该项目预计总投资8000万美元,可容纳现代制造企业、现代商贸企业、现代物流企业。"
B1 = "据介绍,汉南日本产业园项目由日本三菱商事株式会社以及美国普洛斯参与投资,一期用地175亩,投资额3140万美元,预计15个月内建成并逐步投入使用。"
B2 = "日前,日本排名第一纸品生产商王子公司位于我市汉南区的高档制袋项目投产,武汉再度迎来世界500强。"
B3 = "王子公司汉南项目预计年产值5000万元,年税收500万元。"
G["vd01"] = dict(
 article=art("总投资8000万美元 日本产业园项目在汉南奠基", "长江日报, via hb.ifeng.com (凤凰网湖北)", "2013-09-07", "day",
  "City daily relayed by a portal's provincial channel, Hubei: groundbreaking of a Japanese-investor industrial park (Mitsubishi Corporation, GLP) in a district, plus a Japanese paper-maker's project in production",
  "http://hb.ifeng.com/house/fangchanzixun/detail_2013_09/07/1196943_0.shtml?_from_ralated",
  "日期取自URL(detail_2013_09/07);正文“昨日”奠基。页面首段为摘要(首段导语去句号),已删;“来源:长江日报”、评论、责任编辑、标签等页面杂项已删。正文完整。园区:汉南日本产业园(文中又作“日本产业园”,标题同;武汉市汉南区,湖北),是武汉普菱公司开发的园区项目。项目:武汉普菱公司日本产业园项目(奠基→开工,预计总投资8000万美元)及其一期(3140万美元,可选)。王子公司汉南高档制袋项目已投产,文中只说“位于我市汉南区”,不在园区内→park null。三菱商事株式会社、普洛斯为产业园投资方;王子制纸株式会社即王子公司。",
  "vd01"),
 parks=[
  park(HN, "武汉", "湖北", "产业园", B1, district="汉南区", aliases=["日本产业园", "武汉普菱公司日本产业园"], note="园区本身为在建项目;标题作“日本产业园”"),
 ],
 companies=[
  comp("武汉普菱公司", HN, B0, note="产业园开发主体"),
  comp("三菱商事株式会社", HN, B1, aliases=["日本三菱商事株式会社"], note="产业园投资方"),
  comp("普洛斯", HN, B1, aliases=["美国普洛斯"], note="产业园投资方;另在中国管理53个园区"),
  comp("王子公司", None, B2, aliases=["王子制纸株式会社"], note="项目在汉南区,未说在产业园内"),
 ],
 projects=[
  proj("武汉普菱公司日本产业园项目", HN, B0, companies=["武汉普菱公司"], inv="8000万美元", currency="usd", value=8e7,
       status="开工", status_text="奠基", aliases=["汉南日本产业园项目", "日本产业园项目"], note="预计总投资"),
  proj("汉南日本产业园项目一期", HN, B1, companies=["三菱商事株式会社", "普洛斯"], inv="3140万美元", currency="usd", value=3.14e7,
       phase="一期", opt=True, note="一期用地175亩;预计15个月内建成"),
  proj("王子公司汉南高档制袋项目", None, B2, companies=["王子公司"], status="投产", status_text="投产",
       aliases=["王子公司汉南项目", "高档制袋项目"], note="汉南区,非园区"),
 ],
 aggregate_facts=[
  fact("武汉普菱公司日本产业园项目", "project", "projected_output_value_cny", 5e8, "cny", "全面建成使用后产值将达5亿元人民币", "全面建成使用后", kind="target", note="“5亿元人民币”"),
  fact("武汉普菱公司日本产业园项目", "project", "projected_tax_cny", 3e7, "cny", "预计实现综合税收3000万元人民币", "全面建成使用后", kind="target", opt=True),
  fact(HN, "park", "land_area_mu", 175, "mu", B1, "一期", kind="target", opt=True, note="一期用地"),
  fact("王子公司汉南高档制袋项目", "project", "projected_output_value_cny", 5e7, "cny", B3, "年(预计)", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vd02 武汉开发区开建中德工业园 (本报讯 via wbu.edu.cn 2013)
WK = "武汉开发区"; ZD = "中德工业园"
C0 = "本报讯(通讯员游勇吴晖)昨天,武汉开发区发布信息:开辟2000亩用地,建立“中德工业园”,首批六大项目率先入驻,投资总额120亿元,建成投产后,预计新增年销售收入600亿元,新增税收超过60亿元。"
C1 = "六大项目包括:投资60亿元的东风格特拉克汽车变速箱项目、6亿元的马勒滤清系统项目、5亿元的伟巴斯特汽车天窗项目、25亿元的东风史密斯挂车项目、15亿元的东峻欧洲汽车冷却系统及空调系统产品、8000万欧元的拜尔斯克金属表面处理设备项目。"
C2 = "经过20年发展,武汉开发区成为先进制造业基地,本田、日产、标致雪铁龙、雷诺等世界汽车主要生产商,与东风汽车公司一起,在此入驻,去年整车产量82万辆,产值1107亿元。"
C3 = "开发区负责人介绍,区内德资企业已有11家,排在日资、法资、美资之后"
G["vd02"] = dict(
 article=art("武汉开发区开建中德工业园", "报纸“本报讯”(报名未注明;通讯员游勇、吴晖), 转载于 zdbx.wbu.edu.cn(武汉商学院中德合作办学项目网页)", "2013-04-07", "day",
  "Newspaper brief relayed on a university programme page, Hubei: a national development zone opens a Sino-German industrial park with six first projects and amounts, the zone's car output and German firms",
  "https://zdbx.wbu.edu.cn/2013/0425/c1752a16361/page.htm",
  "日期取页面“发布时间: 2013-04-07”(正文“昨天”发布信息;原报名未注明;URL含2013/0425)。页面栏目、发布时间行已删。正文五段,完整。园区:武汉开发区(武汉,湖北);中德工业园(在武汉开发区内新建,parent 武汉开发区)。六大项目“率先入驻”→无状态,金额照录(拜尔斯克为8000万欧元)。“东峻欧洲汽车冷却系统及空调系统产品”原文无“项目”二字,照录。本田等整车企业与东风汽车公司“在此入驻”→园区武汉开发区。",
  "vd02"),
 parks=[
  park(WK, "武汉", "湖北", "开发区", C0, aliases=["开发区"]),
  park(ZD, "武汉", "湖北", "工业园", C0, parent=WK, note="新建,开辟2000亩用地"),
 ],
 companies=[
  comp("东风汽车公司", WK, C2),
  comp("本田", WK, C2),
  comp("日产", WK, C2),
  comp("标致雪铁龙", WK, C2),
  comp("雷诺", WK, C2),
  comp("马勒", ZD, C1, opt=True, note="只在项目名中"),
  comp("伟巴斯特", ZD, C1, opt=True, note="只在项目名中"),
  comp("拜尔斯克", ZD, C1, opt=True, note="只在项目名中"),
  comp("东风史密斯", ZD, C1, opt=True, note="只在项目名中"),
  comp("东风格特拉克", ZD, C1, opt=True, note="只在项目名中"),
  comp("东峻", ZD, C1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("东风格特拉克汽车变速箱项目", ZD, C1, inv="60亿元", status_text="率先入驻"),
  proj("马勒滤清系统项目", ZD, C1, inv="6亿元", status_text="率先入驻"),
  proj("伟巴斯特汽车天窗项目", ZD, C1, inv="5亿元", status_text="率先入驻"),
  proj("东风史密斯挂车项目", ZD, C1, inv="25亿元", status_text="率先入驻"),
  proj("东峻欧洲汽车冷却系统及空调系统产品", ZD, C1, inv="15亿元", status_text="率先入驻", note="原文无“项目”二字"),
  proj("拜尔斯克金属表面处理设备项目", ZD, C1, inv="8000万欧元", currency="eur", value=8e7, status_text="率先入驻"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "land_area_mu", 2000, "mu", "开辟2000亩用地", "2013-04(规划)", kind="target"),
  fact(ZD, "park", "projects_count", 6, "count", "首批六大项目率先入驻", "2013-04(首批)"),
  fact(ZD, "park", "planned_investment_cny", 1.2e10, "cny", "首批六大项目率先入驻,投资总额120亿元", "2013-04(首批六大项目)"),
  fact(ZD, "park", "projected_revenue_cny", 6e10, "cny", "预计新增年销售收入600亿元", "建成投产后(预计)", kind="target"),
  fact(ZD, "park", "projected_tax_cny", 6e9, "cny", "新增税收超过60亿元", "建成投产后(预计)", kind="target", qual="超", qtext="超过", opt=True),
  fact(WK, "park", "vehicle_output_units", 820000, "units", C2, "2012年(去年)", note="整车产量82万辆"),
  fact(WK, "park", "output_value_cny", 1.107e11, "cny", "去年整车产量82万辆,产值1107亿元", "2012年(去年)", note="产值1107亿元;语境为整车/汽车产业产值"),
  fact(WK, "park", "german_enterprises", 11, "count", C3, "2013-04"),
 ])

# ---------------------------------------------------------------- vd03 威海高新区 进博会 (威海市政府网 2020)
WH = "威海高新区"
D0 = "禾木公司投资8000万美元,是全市唯一参加省签约的重点项目。"
D1 = "纷纷表示将与威海高新区共谋合作,共享机遇,进博会上高新区取得了实实在在的合作成果。"
D2 = "应我区邀请,惠普公司大中华区副总裁、中国惠普有限公司政府关系部总经理郑红、捷普公司全球化业务拓展总监张旭初"
G["vd03"] = dict(
 article=art("(无标题)威海高新区代表团赴上海参加第三届进博会等系列活动, 禾木公司投资8000万美元项目参加省签约", "威海市人民政府网站 (weihai.gov.cn), 高新区稿", "2020-11-09", "day",
  "City government website, Shandong: a high-tech zone's delegation at the import expo — one signed foreign-invested project (USD), multinational and Shanghai firms invited",
  "https://www.weihai.gov.cn/art/2020/11/9/art_60618_2431978.html",
  "日期取自URL(art/2020/11/9);活动在11月4日至6日。所存摘录无标题行,正文从首段开始。图片说明行(“刘伟参加威海市产业推介会”“刘伟与企业嘉宾深入交流”“刘伟会见中国惠普有限公司…”)已删;小标题“相逢进博 共话发展”保留为段落;末节小标题“经贸合作 成果丰硕”及其下在“现场签约禾木投资8000万美元项目,”处中断的一段整段删去,正文止于“…实实在在的合作成果。”。园区:威海高新区(文中多作“高新区”“我区”)。禾木公司项目:以企业名作项目名,金额8000万美元,“参加省签约”→签约;园区由语境(高新区代表团的成果)推断。惠普、捷普及上海、苏州等企业为受邀嘉宾,不在园区→park null,可选。",
  "vd03", title_note="页面标题未存;此处为摘要"),
 parks=[
  park(WH, "威海", "山东", "高新区", D1, aliases=["高新区"]),
 ],
 companies=[
  comp("禾木公司", WH, D0, note="园区由语境推断"),
  comp("惠普公司", None, D2, aliases=["中国惠普有限公司"], opt=True, note="受邀参会企业"),
  comp("捷普公司", None, D2, opt=True, note="受邀参会企业"),
  comp("先锋高科技(上海)有限公司", None, "先锋高科技(上海)有限公司总经理周晓洵", opt=True, note="受邀参会企业"),
  comp("上海东软载波微电子有限公司", None, "上海东软载波微电子有限公司总经理潘松", opt=True, note="受邀参会企业"),
  comp("上海瑞章物联网技术有限公司", None, "上海瑞章物联网技术有限公司总经理郑诗平", opt=True, note="受邀参会企业"),
  comp("上海统嘉集团有限公司", None, "上海统嘉集团有限公司总经理薛建明", opt=True, note="受邀参会企业"),
  comp("苏州恒久科技有限公司", None, "苏州恒久科技有限公司总裁余荣清", opt=True, note="受邀参会企业"),
  comp("上海东方龙商务科技集团有限公司", None, "上海东方龙商务科技集团有限公司总裁朱卫东", opt=True, note="受邀参会企业"),
  comp("苏州秀玻光电科技有限公司", None, "苏州秀玻光电科技有限公司总裁杭卫国", opt=True, note="受邀参会企业"),
 ],
 projects=[
  proj("禾木公司", WH, D0, companies=["禾木公司"], inv="8000万美元", currency="usd", value=8e7, status="签约", status_text="参加省签约",
       note="以企业名作项目名;园区由语境推断"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- vd04 西海岸新区 网上签约 (青岛电视台 qtv 2020)
XH = "西海岸新区"
E0 = "新区先后有青岛开发区、灵山湾文化区、古镇口创新区、国际经济合作区等功能区及单位举办网上签约活动9场"
E1 = "总投资2亿美元的新加坡第一家食品全球供应链项目、总投资2000万美元的英国BP原油混调贸易项目作为山东省重点外资项目参加省视频签约仪式"
E2 = "其中,总投资5亿元的正威国际新材料项目将提供电子电路用金属新材料一体化供应链服务。"
E3 = "总投资3.5亿元的中德博佩发动机零部件项目将引进柴油机高压油管路零部件生产技术"
E4 = "总投资6000万欧元的德国库尔新材料车体项目"
E5 = "总投资9.8亿元的众鹏5G智能终端芯片封测项目"
E6 = "“高端制造+人工智能”板块24个重点项目签约,总投资208.5亿元。"
E7 = "在“高端装备+新一代信息技术”板块,共有25个重点项目签约,总投资148亿元。"
E8 = "涵盖高端制造、人工智能、新型基础设施建设、新材料、海洋工程装备、城市综合体等领域的58个“高精尖”项目,总投资达1092亿元。"
AS4 = "2020-02-07至2020-03(网上签约以来)"
G["vd04"] = dict(
 article=art("(无标题)青岛西海岸新区网上签约58个项目总投资1092亿元(BP、德国库尔等)", "青岛电视台 趣视 (qushi.qtv.com.cn)", "2020-03-24", "day",
  "City TV station's news site, Shandong: a state-level new area's online signings during the epidemic — functional zones, foreign-invested projects in USD and EUR, named yuan projects",
  "http://qushi.qtv.com.cn/system/2020/03/24/015579913.shtml",
  "日期取自URL(system/2020/03/24)。所存摘录无标题行与日期行。**截断**:摘录在末段“其中,总投资30亿元的高端MEMS智能传感”处中断,该半句已删,正文止于“…总投资148亿元。”。园区:西海岸新区(青岛西海岸新区,国家级新区;文中多作“新区”)及其功能区青岛开发区、国际经济合作区(园区),灵山湾文化区、古镇口创新区(功能区,可选)。项目:签约的六个项目均以“新区”为园区(文中未说落在哪个功能区)。“英国BP”“新加坡第一家食品”“德国库尔”只在项目名中→公司可选。板块签约数与金额作为西海岸新区的累计事实(可选)。",
  "vd04", title_note="页面标题未存;此处为摘要"),
 parks=[
  park(XH, "青岛", "山东", "国家级新区", "记者日前从西海岸新区商务局获悉", aliases=["新区"], note="国家级新区,下设功能区"),
  park("青岛开发区", "青岛", "山东", "经济技术开发区", E0, parent=XH),
  park("国际经济合作区", "青岛", "山东", "国际合作园区", E0, parent=XH),
  park("灵山湾文化区", "青岛", "山东", "功能区", E0, parent=XH, opt=True),
  park("古镇口创新区", "青岛", "山东", "功能区", E0, parent=XH, opt=True),
 ],
 companies=[
  comp("BP", XH, E1, aliases=["英国BP"], opt=True, note="只在项目名中"),
  comp("第一家食品", XH, E1, aliases=["新加坡第一家食品"], opt=True, note="只在项目名中"),
  comp("正威国际", XH, E2, opt=True, note="只在项目名中"),
  comp("博佩", XH, E3, aliases=["中德博佩"], opt=True, note="只在项目名中"),
  comp("库尔", XH, E4, aliases=["德国库尔"], opt=True, note="只在项目名中"),
  comp("众鹏", XH, E5, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("新加坡第一家食品全球供应链项目", XH, E1, inv="2亿美元", currency="usd", value=2e8, status="签约", status_text="参加省视频签约仪式"),
  proj("英国BP原油混调贸易项目", XH, E1, inv="2000万美元", currency="usd", value=2e7, status="签约", status_text="参加省视频签约仪式"),
  proj("正威国际新材料项目", XH, E2, inv="5亿元", status="签约", status_text="重点项目签约"),
  proj("中德博佩发动机零部件项目", XH, E3, inv="3.5亿元", status="签约", status_text="重点项目签约"),
  proj("德国库尔新材料车体项目", XH, E4, inv="6000万欧元", currency="eur", value=6e7, status="签约", status_text="重点项目签约"),
  proj("众鹏5G智能终端芯片封测项目", XH, E5, inv="9.8亿元", status="签约", status_text="重点项目签约"),
 ],
 aggregate_facts=[
  fact(XH, "park", "projects_signed", 58, "count", E8, AS4, kind="cumulative"),
  fact(XH, "park", "signed_investment_cny", 1.092e11, "cny", "总投资达1092亿元", AS4, kind="cumulative"),
  fact(XH, "park", "online_signing_events", 9, "count", E0, AS4, kind="cumulative", opt=True),
  fact(XH, "park", "projects_signed_high_end_manufacturing_ai", 24, "count", E6, AS4, kind="cumulative", opt=True, note="“高端制造+人工智能”板块"),
  fact(XH, "park", "signed_investment_high_end_manufacturing_ai_cny", 2.085e10, "cny", "总投资208.5亿元", AS4, kind="cumulative", opt=True),
  fact(XH, "park", "projects_signed_high_end_equipment_it", 25, "count", E7, AS4, kind="cumulative", opt=True, note="“高端装备+新一代信息技术”板块"),
  fact(XH, "park", "signed_investment_high_end_equipment_it_cny", 1.48e10, "cny", "共有25个重点项目签约,总投资148亿元", AS4, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vd05 苏州高新区 外商投资 (中国江苏网 2021)
SZ = "苏州高新区"
F0 = "2011年,赛默飞世尔(苏州)仪器有限公司在苏州高新区成立,去年9月,一次性生物反应袋项目投入运营。"
F1 = "今年7月,赛默飞世尔科技再一次加大投资,首期投资5000万美元用以生产体外诊断试剂、生物制药相关产品以及生命科学领域的耗材。"
F2 = "同样在今年7月,克诺尔持续对商用车领域进行投资,设立商用车系统苏州生产基地,预计未来几年,年销售额有望达到20亿元。"
F3 = "西门子电气产品中国区总部、意大利百旺集团亚洲总部、精鼎医药中国“临床试验供应链运营中心”、拨云制药全球总部、欧几里德研发生产基地等10多个外资外企研发中心或总部项目先后落地"
F4 = "最近,苏州高新区接连传出好消息:西门子、开市客、赛默飞、克诺尔等一批世界500强项目纷纷在高新区投资加码"
AS5 = "2021年1至7月"
G["vd05"] = dict(
 article=art("苏州高新区:做大外商投资兴业“聚宝盆”", "中国江苏网 (quyu.jschina.com.cn)", "2021-09-16", "day",
  "Provincial news portal feature, Jiangsu: a high-tech zone's foreign investors (Thermo Fisher, Knorr-Bremse, Siemens …) with projects, an investment in USD and year-to-date foreign-investment figures",
  "https://quyu.jschina.com.cn/qyzt/suzhouduibiaoshanghai/szzz/202109/t20210916_7235199.shtml",
  "日期取页面“2021-09-16 09:49:00 来源:中国江苏网”,该行与“听新闻”已删。**截断**:末段(“‘这是一个双方友好互动…这些优质项目的落户也将”)在引语中断,整段删去,正文止于“…同比增长47.5%。”。园区:苏州高新区(苏州,江苏)。公司均在苏州高新区。项目:一次性生物反应袋项目(去年9月投入运营→投产);商用车系统苏州生产基地(“设立”→无状态);五个总部/研发项目“先后落地”→无状态;赛默飞世尔科技首期投资5000万美元(无项目名,作可选项目)。1至7月外资数据为累计。",
  "vd05"),
 parks=[
  park(SZ, "苏州", "江苏", "高新区", F4, aliases=["高新区"]),
 ],
 companies=[
  comp("赛默飞世尔(苏州)仪器有限公司", SZ, F0),
  comp("赛默飞世尔科技", SZ, F1, aliases=["赛默飞"]),
  comp("克诺尔集团", SZ, F2, aliases=["克诺尔", "德国克诺尔集团"]),
  comp("西门子", SZ, F4),
  comp("开市客", SZ, F4),
  comp("百旺集团", SZ, F3, aliases=["意大利百旺集团"], opt=True, note="只在项目名中"),
  comp("精鼎医药", SZ, F3, opt=True, note="只在项目名中"),
  comp("拨云制药", SZ, F3, opt=True, note="只在项目名中"),
  comp("欧几里德", SZ, F3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("一次性生物反应袋项目", SZ, F0, companies=["赛默飞世尔(苏州)仪器有限公司"], status="投产", status_text="投入运营", note="2020年9月投入运营"),
  proj("赛默飞世尔科技首期投资项目(体外诊断试剂、生物制药相关产品及耗材)", SZ, F1, companies=["赛默飞世尔科技"], inv="5000万美元",
       currency="usd", value=5e7, opt=True, note="文中无项目名;首期投资"),
  proj("商用车系统苏州生产基地", SZ, F2, companies=["克诺尔集团"], status_text="设立"),
  proj("西门子电气产品中国区总部", SZ, F3, companies=["西门子"], status_text="先后落地"),
  proj("意大利百旺集团亚洲总部", SZ, F3, companies=["百旺集团"], status_text="先后落地"),
  proj("精鼎医药中国“临床试验供应链运营中心”", SZ, F3, companies=["精鼎医药"], status_text="先后落地"),
  proj("拨云制药全球总部", SZ, F3, companies=["拨云制药"], status_text="先后落地"),
  proj("欧几里德研发生产基地", SZ, F3, companies=["欧几里德"], status_text="先后落地"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "new_foreign_projects", 100, "count", "今年1至7月,苏州高新区新增外资项目100个", AS5, kind="cumulative"),
  fact(SZ, "park", "contract_fdi_usd", 9.25e8, "usd", "新增合同外资9.25亿美元,增长88.7%", AS5, kind="cumulative"),
  fact(SZ, "park", "contract_fdi_growth", 0.887, "ratio", "新增合同外资9.25亿美元,增长88.7%", AS5, kind="ratio"),
  fact(SZ, "park", "actual_fdi_usd", 5.46e8, "usd", "实际使用外资5.46亿美元,同比增长47.5%", AS5, kind="cumulative"),
  fact(SZ, "park", "actual_fdi_growth", 0.475, "ratio", "实际使用外资5.46亿美元,同比增长47.5%", AS5, kind="ratio"),
  fact("商用车系统苏州生产基地", "project", "projected_revenue_cny", 2e9, "cny", "预计未来几年,年销售额有望达到20亿元", "未来几年(预计)", kind="target"),
  fact(SZ, "park", "foreign_hq_rd_projects_landed", 10, "count", F3, "2021年(近半年来)", kind="cumulative", qual="余", qtext="多", opt=True, note="10多个外资外企研发中心或总部项目"),
 ])

# ---------------------------------------------------------------- vd06 盐城经开区 SK30GWh (中国发展网 2022)
YC = "盐城经开区"; ZH = "中韩(盐城)产业园"
H0 = "中国发展网讯 1月17日上午,盐城经开区举行韩国SK30GWh动力电池项目开工活动"
H1 = "SK动力电池盐城基地,是韩国SK集团全球布局中最大的、具有示范引领带动作用的行业龙头。"
H2 = "此次开工的SK30GWh动力电池项目,是近年来盐城市最大的利用外资项目,计划今年12月份主体竣工,明年1月份设备进场,投产后年可新增销售200亿元"
H3 = "SK动力电池项目是盐城经开区以中韩(盐城)产业园建设为主抓手、深化对韩合作、全力扩大开放的成功典范和生动写照。"
H4 = "成功获批全省首批中日韩(江苏)产业合作示范园区"
G["vd06"] = dict(
 article=art("总投资25.3亿美元!江苏盐城经开区SK30GWh 动力电池项目开工", "中国发展网 (changjiang.chinadevelopment.com.cn; 孔大勇 蔡玉成)", "2022-01-17", "day",
  "National economic news site's regional channel, Jiangsu: groundbreaking of a Korean (SK) battery plant in an economic development zone, with its USD amount, schedule and expected sales; the zone's Sino-Korean park",
  "http://changjiang.chinadevelopment.com.cn/rdjj/2022/01/1761851.shtml",
  "日期取页面“2022-01-17 16:56 中国发展网”,该行、面包屑、图片说明“盐城经开区1/2/3”、责编及表情按钮已删。正文完整;署名“(孔大勇 蔡玉成)”在正文末,保留。投资额25.3亿美元只见于标题(标题为正文第一行,证据取自标题)。园区:盐城经开区(盐城,江苏);中韩(盐城)产业园(盐城经开区以之为主抓手,不设上下级);中日韩(江苏)产业合作示范园区为获批称号(可选)。项目:SK30GWh动力电池项目(开工;又称SK动力电池项目、SK动力电池盐城基地)。",
  "vd06"),
 parks=[
  park(YC, "盐城", "江苏", "经济技术开发区", H0),
  park(ZH, "盐城", "江苏", "国际合作产业园", H3, note="盐城经开区以其建设为主抓手"),
  park("中日韩(江苏)产业合作示范园区", "盐城", "江苏", "示范园区称号", H4, opt=True, note="盐城经开区获批的称号"),
 ],
 companies=[
  comp("SK集团", YC, H1, aliases=["韩国SK集团", "SK"]),
 ],
 projects=[
  proj("SK30GWh动力电池项目", YC, "总投资25.3亿美元!江苏盐城经开区SK30GWh 动力电池项目开工", companies=["SK集团"], inv="25.3亿美元",
       currency="usd", value=2.53e9, status="开工", status_text="开工", aliases=["韩国SK30GWh动力电池项目", "SK动力电池项目", "SK动力电池盐城基地"],
       note="金额只见于标题"),
 ],
 aggregate_facts=[
  fact("SK30GWh动力电池项目", "project", "projected_revenue_cny", 2e10, "cny", H2, "投产后(预计)", kind="target", note="年可新增销售200亿元"),
  fact("SK30GWh动力电池项目", "project", "capacity_gwh", 30, "gwh", H0, "规划", kind="target", opt=True, note="项目名中的30GWh"),
 ])

# ---------------------------------------------------------------- vd07 无锡高新区两大外资项目 (科技日报 via ztc188 2025)
WX = "无锡高新区"
K0 = "德国威伊艾姆高端电机研制项目在无锡高新区竣工开业。该项目总投资1.5亿欧元"
K1 = "同日,阿斯利康无锡小分子药物新工厂项目正式开工建设。"
K2 = "无锡高新区累计引进外企近1900家,外资对高新区的经济贡献度逾70%。"
K3 = "截至2024年,德国已在无锡高新区投资设立外资企业42家,总投资22.1亿美元。"
K4 = "达产后预计实现年产1500台套,年销售额15亿元。"
G["vd07"] = dict(
 article=art("无锡高新区两大外资项目刷新“进度条”", "科技日报(柳鑫 徐逸卿 实习记者夏天一), 转载于 ztc188.com", "2025-05", "month",
  "National science daily relayed by a trade portal, Jiangsu: a German motor maker's plant completed and AstraZeneca's new plant started in a high-tech zone; the zone's foreign firms and German investment",
  "http://ztc188.com/news/show-429772.html",
  "所存摘录无日期行;事件为5月15日,文中“截至2024年”“今年以来”→2025年5月(推断,month精度)。“内容摘要”行(导语前半重复)已删。**截断**:摘录在末段第二句“如今,无锡高新区构建起…140家市级以上”处中断,该句已删,正文止于“…高能级智能装备产业高地。”。园区:无锡高新区(无锡,江苏)。项目:德国威伊艾姆高端电机研制项目(竣工开业→竣工,status_alt 投产;1.5亿欧元);阿斯利康无锡小分子药物新工厂项目(开工)。“近1900家”“逾70%”带限定词。",
  "vd07"),
 parks=[
  park(WX, "无锡", "江苏", "高新区", K0, aliases=["高新区"]),
 ],
 companies=[
  comp("威伊艾姆", WX, K0, aliases=["德国威伊艾姆"], note="德国企业;只在项目名中出现企业名"),
  comp("阿斯利康", WX, K1),
 ],
 projects=[
  proj("德国威伊艾姆高端电机研制项目", WX, K0, companies=["威伊艾姆"], inv="1.5亿欧元", currency="eur", value=1.5e8,
       status="竣工", status_text="竣工开业", status_alt="投产"),
  proj("阿斯利康无锡小分子药物新工厂项目", WX, K1, companies=["阿斯利康"], status="开工", status_text="正式开工建设"),
 ],
 aggregate_facts=[
  fact(WX, "park", "foreign_enterprises", 1900, "count", K2, "2025-05(累计)", kind="cumulative", qual="约", qtext="近"),
  fact(WX, "park", "foreign_capital_economic_contribution_share", 0.7, "ratio", K2, "2025-05", kind="ratio", qual="超", qtext="逾"),
  fact(WX, "park", "german_enterprises", 42, "count", K3, "截至2024年", kind="cumulative"),
  fact(WX, "park", "german_investment_usd", 2.21e9, "usd", K3, "截至2024年", kind="cumulative"),
  fact("德国威伊艾姆高端电机研制项目", "project", "projected_revenue_cny", 1.5e9, "cny", K4, "达产后(预计)", kind="target"),
  fact("德国威伊艾姆高端电机研制项目", "project", "annual_capacity_units", 1500, "sets", K4, "达产后(预计)", kind="target", opt=True, note="年产1500台套"),
  fact(WX, "park", "smart_equipment_firms", 300, "count", "集聚300余家相关企业", "2025", kind="cumulative", qual="余", qtext="余", opt=True) if False else None,
 ])
G["vd07"]["aggregate_facts"] = [x for x in G["vd07"]["aggregate_facts"] if x]
