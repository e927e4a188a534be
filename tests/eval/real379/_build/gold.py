# real379 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county or town is not a park). Status from the text's
# words (开工 → 开工; 投产 / 开园暨正式投产 → 投产; 完成竣工验收 / 建成启用 → 竣工; 施工 / 建设中 → 在建; 将于…动工 / 还将引进 →
# planned; 落地 / 引进 alone → no status). “预计” figures are kind target; counts “截至目前” / “目前…达到” are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/nnNN.raw as returned.

# ---------------------------------------------------------------- nn01 软洽会 成都高新区 (四川在线 2019)
CD = "成都高新区"
A0 = "会上,中软国际等8个软件和信息技术服务业总部项目集中签约落户成都高新区,总投资近100亿元"
A1 = "2018年,成都高新区软件和信息技术服务业实现营业收入1513.1亿元,增长21.2%,占成都市总量38.2%"
A2 = "实现软件业务收入1205亿元,增长15.5%,占成都市总量39.6%"
A3 = "规模以上软件和信息技术服务企业实现营业收入698.2亿元,增长8.2%"
A4 = "今年上半年,成都高新区软件和信息技术服务业实现营收720.7亿元,同比增长13%"
A5 = "实现软件业务收入583.5亿元,同比增长12.1%"
A6 = "今年上半年,成都市软件服务业累计实现主营业收入2051.1亿元,其中,软件业务收入1659.1亿元"
G["nn01"] = dict(
 article=art("第十七届中国国际软件合作洽谈会开幕 中软国际等软件产业总部项目落户成都高新区", "四川在线（记者 王玥；编辑:田珊）", "2019-08-23", "day",
  "Provincial news portal, Sichuan: a software fair opens in a national high-tech zone — 8 software HQ projects signed into the zone with their total, the city's half-year software revenue, the zone's 2018 and half-year software and IT-services revenue with growth and shares",
  "https://sichuan.scol.com.cn/fffy/201908/57040936.html",
  "日期取页面“2019-08-23 10:49:33来源:四川在线编辑:田珊”（该行已删）。标题照录。存段末段“成都高新区此次集中签约落户的软件和信息技术服务业项目共8个,包括东方网力成都基地项目、…北京朗清科技有限公司中国运营总部及碳化硅集成电路”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…同比增长12.1%。”，共三段；因此8个项目在正文中只以“中软国际等8个…总部项目”出现，不列单个项目。园区：成都高新区（成都，四川）。“世纪城国际会议中心”为会场，不列。公司：中软国际（签约落户，在园）。事实：8个项目集中签约、总投资近100亿元（约）；成都高新区2018年软件和信息技术服务业营业收入1513.1亿元（增长21.2%，占全市38.2%）、软件业务收入1205亿元（增长15.5%，占39.6%）、规上企业营业收入698.2亿元（增长8.2%）、国家火炬计划软件产业基地排名第7；2019年上半年营收720.7亿元（增长13%）、软件业务收入583.5亿元（增长12.1%）。成都市上半年主营业收入2051.1亿元、软件业务收入1659.1亿元为城市数字（region，可选）。",
  "nn01"),
 parks=[
  park(CD, "成都", "四川", "高新区", A0, note="国家火炬计划软件产业基地；文中为软洽会会场所在地"),
 ],
 companies=[
  comp("中软国际", CD, A0, note="8个签约落户项目之一的业主；项目名在被删的末段"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CD, "park", "projects_signed", 8, "count", A0, "2019年8月23日（集中签约）"),
  fact(CD, "park", "signed_investment_cny", 1e10, "cny", "总投资近100亿元", "2019年8月23日（集中签约）", qual="约", qtext="近", chk=True),
  fact(CD, "park", "software_it_services_revenue_cny", 1.5131e11, "cny", A1, "2018年", chk=True),
  fact(CD, "park", "software_it_services_revenue_yoy_growth", 0.212, "ratio", A1, "2018年", kind="ratio"),
  fact(CD, "park", "software_it_services_revenue_share_of_city", 0.382, "ratio", A1, "2018年", kind="ratio", opt=True),
  fact(CD, "park", "software_business_revenue_cny", 1.205e11, "cny", A2, "2018年", chk=True),
  fact(CD, "park", "software_business_revenue_yoy_growth", 0.155, "ratio", A2, "2018年", kind="ratio"),
  fact(CD, "park", "software_business_revenue_share_of_city", 0.396, "ratio", A2, "2018年", kind="ratio", opt=True),
  fact(CD, "park", "above_scale_software_firms_revenue_cny", 6.982e10, "cny", A3, "2018年", chk=True),
  fact(CD, "park", "above_scale_software_firms_revenue_yoy_growth", 0.082, "ratio", A3, "2018年", kind="ratio", opt=True),
  fact(CD, "park", "national_software_base_rank", 7, "rank", "国家火炬计划软件产业基地排名第7,较2017年上升4位", "2018年", opt=True),
  fact(CD, "park", "software_it_services_revenue_cny", 7.207e10, "cny", A4, "2019年上半年", chk=True),
  fact(CD, "park", "software_it_services_revenue_yoy_growth", 0.13, "ratio", A4, "2019年上半年", kind="ratio"),
  fact(CD, "park", "software_business_revenue_cny", 5.835e10, "cny", A5, "2019年上半年", chk=True),
  fact(CD, "park", "software_business_revenue_yoy_growth", 0.121, "ratio", A5, "2019年上半年", kind="ratio"),
  fact("成都市", "region", "software_services_revenue_cny", 2.0511e11, "cny", A6, "2019年上半年", chk=True, opt=True),
  fact("成都市", "region", "software_business_revenue_cny", 1.6591e11, "cny", "软件业务收入1659.1亿元", "2019年上半年", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- nn02 迪马数智天地产业园 (长江日报 2021)
DM = "迪马数智天地产业园"
LK = "武汉临空港经济技术开发区"
B0 = "2019年6月,上市公司迪马股份选址武汉临空港经济技术开发区,投资约51亿元,打造智能科技产业园"
B1 = "产业园招商相关负责人沈凯文介绍,目前项目已吸引了北京百分点信息科技有限公司、北京理工新源信息科技有限公司、北京祝融视觉科技股份有限公司等多家龙头企业签约入驻"
B2 = "去年5月,该项目顺利开工并按下建设快进键"
G["nn02"] = dict(
 article=art("数字经济资源聚集优势受青睐,产业链具有优势", "长江日报（记者 喻志勇 摄；文字记者署名存段未示），载于 jingji.xxznews.com", "2021-08-16", "day",
  "City daily relayed by a news site, Hubei: a digital-economy park under construction in a national economic-technological zone — the developer's investment, start and delivery plan, phase-1 buildings topped out, three named Beijing firms signed to enter",
  "http://jingji.xxznews.com/jingji/2021/0816/236869.html",
  "日期取页面“时间:2021-08-16 16:27:13  来源:长江日报”（该行及“1 / 听新闻”已删）。标题照录（页面标题，似为小标题）。正文内图片说明“迪马数智天地产业园旨在打造…长江日报记者喻志勇摄”已删（make_txt.py inner_drop）。存段末行“已经签约产业园的北京祝融视觉”为下一段残句，已删，正文截至“…国家网安基地的资源聚集优势。””，共四段。园区：迪马数智天地产业园（武汉东西湖区，湖北；文中又作“产业园”“智能科技产业园”——迪马股份2019年6月选址临空港“打造智能科技产业园”，由上下文即迪马数智天地，列 alias）；武汉临空港经济技术开发区（母园区）；“国家网安基地”（国家网络安全人才与创新基地，文中只作简称）列可选园区。项目：迪马数智天地产业园（投资约51亿元→约；去年5月开工，现场紧张施工、一期主体封顶、年底交付→status 在建，status_alt 开工）。公司：迪马股份（上市公司，开发方，在临空港经开区）；北京百分点信息科技有限公司、北京理工新源信息科技有限公司、北京祝融视觉科技股份有限公司（签约入驻产业园）。",
  "nn02"),
 parks=[
  park(DM, "武汉", "湖北", "产业园（数字经济）", "东西湖金北一路与临空港大道交会处,迪马数智天地产业园内机器轰鸣", district="东西湖区", parent=LK,
       aliases=["智能科技产业园"], note="文中又作“产业园”；迪马股份在临空港经开区“打造智能科技产业园”，即本园"),
  park(LK, "武汉", "湖北", "经济技术开发区", B0, district="东西湖区"),
  park("国家网安基地", "武汉", "湖北", "基地（网络安全）", "因为看中了国家网安基地的资源聚集优势", opt=True, note="国家网络安全人才与创新基地的简称；只被提及"),
 ],
 companies=[
  comp("迪马股份", LK, B0, note="上市公司，产业园开发方"),
  comp("北京百分点信息科技有限公司", DM, B1),
  comp("北京理工新源信息科技有限公司", DM, B1),
  comp("北京祝融视觉科技股份有限公司", DM, B1),
 ],
 projects=[
  proj(DM, LK, B0, companies=["迪马股份"], inv="投资约51亿元", qual="约", qual_text="约", status="在建", status_text="紧张作业",
       aliases=["智能科技产业园"], status_alt="开工", note="2020年5月开工（“去年5月,该项目顺利开工”）；一期主体封顶，2021年底整体交付"),
 ],
 aggregate_facts=[
  fact(DM, "park", "workers_on_site", 200, "count", "项目施工现场,200余位工人分布在不同的建设标段", "2021年8月15日", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- nn03 团结湖数字经济产业园 (江津日报 2024)
TJ = "团结湖数字经济产业园"
SF = "双福工业园"
C0 = "据了解,团结湖数字经济产业园项目是全国首批EOD(生态环境导向的开发模式)试点项目之一,总投资约47.9亿元,涵盖17个子项目"
C1 = "截至目前,园区的智能制造基地AB区完成竣工验收,已有23家企业入驻,正在开展移动AI算力中心的改造工作"
C2 = "研发创新中心AB区已完成主体结构施工,目前正在开展外立面幕墙、机电安装及装饰装修工程"
C3 = "此外,团结湖数字经济产业园科学城会展中心已完成主体钢结构和屋面保温防水施工,正在开展外立面幕墙及机电安装工程"
G["nn03"] = dict(
 article=art("（无标题）团结湖数字经济产业园项目各子项目有新进展 预计2025年8月全面建成", "江津日报（epaper.cqjjnet.com “jjrb” 电子版第01版；记者 廖洋 王笑伊，通讯员 王佳佳）", "2024-11-01", "day",
  "District daily's front page, Chongqing: a digital-economy park inside an industrial park — total investment and sub-project count, one block completed with 23 firms in, two blocks under construction, completion target",
  "http://epaper.cqjjnet.com/PC/jjrb/202411/01/content_32192.html",
  "日期取版面行“版次:01 作者:廖洋 王笑伊2024年11月01日”（该行、日历表头与图片说明“团结湖数字经济产业园建设现场 记者 廖洋 摄”已删）。存段无标题行（title 为编者概括）。报名由网址 cqjjnet（江津）/jjrb 推定为江津日报，存段未写报名。正文五段，完整。园区：团结湖数字经济产业园（重庆江津区；文中又作“园区”）；双福工业园（母园区，“双福工业园大力发展数字经济的一个缩影”）；“双福未来产业园”只在“布局…大格局”中，列可选。项目：团结湖数字经济产业园项目（总投资约47.9亿元→约，17个子项目，预计2025年8月全面建成→在建）；子项目智能制造基地AB区（完成竣工验收→竣工）、研发创新中心AB区与科学城会展中心（正在施工→在建）、移动AI算力中心改造（在建，可选）。事实：子项目17个；智能制造基地AB区入驻企业23家（截至目前，cumulative）。双福工业园发展中心列可选机构。",
  "nn03"),
 parks=[
  park(TJ, "重庆", "重庆", "产业园（数字经济）", C0, district="江津区", parent=SF, note="文中又作“园区”"),
  park(SF, "重庆", "重庆", "工业园", "团结湖数字经济产业园加速建设,是双福工业园大力发展数字经济的一个缩影", district="江津区"),
  park("双福未来产业园", "重庆", "重庆", "产业园（规划）", "布局双福未来产业园大格局", district="江津区", opt=True, note="规划中的格局，只被提及"),
 ],
 companies=[],
 institutions=[
  inst("双福工业园发展中心", "近日,记者从双福工业园发展中心获悉", park=SF),
 ],
 projects=[
  proj("团结湖数字经济产业园项目", SF, C0, inv="总投资约47.9亿元", qual="约", qual_text="约", status="在建", status_text="有了新进展",
       note="全国首批EOD试点项目；17个子项目；预计2025年8月全面建成"),
  proj("智能制造基地AB区", TJ, C1, status="竣工", status_text="完成竣工验收", note="子项目；已有23家企业入驻"),
  proj("研发创新中心AB区", TJ, C2, status="在建", status_text="已完成主体结构施工", note="子项目"),
  proj("团结湖数字经济产业园科学城会展中心", TJ, C3, status="在建", status_text="已完成主体钢结构和屋面保温防水施工", aliases=["科学城会展中心"], note="子项目"),
  proj("移动AI算力中心", TJ, C1, status="在建", status_text="正在开展…改造工作", opt=True, note="改造工程"),
 ],
 aggregate_facts=[
  fact("团结湖数字经济产业园项目", "project", "sub_projects", 17, "count", C0, "2024年11月", opt=True),
  fact(TJ, "park", "firms", 23, "count", C1, "2024年11月（截至目前）", kind="cumulative", note="智能制造基地AB区入驻企业"),
 ])

# ---------------------------------------------------------------- nn04 福州软件园晋安分园 (福州日报 via 海峡网 2018)
JA = "福州软件园晋安分园"
FX = "福兴经济开发区"
D0 = "海峡网11月22日讯(福州日报记者 朱榕/文 郑帅/摄)福州软件园晋安分园22日在福兴经济开发区揭牌,分两期建设,占地面积超500亩"
D1 = "其中,南大智能大厦位于福兴大道湖塘路口,本月初建成启用,引进美国高意亚太总部及5G扩产项目,总建筑面积4万平方米,总投资超10亿元,预计未年几年产值可突破100亿元"
D2 = "C1地块标准厂房总建筑面积4.8万平方米,引进的首家软件企业——福建喜相逢汽车服务有限公司是福建省重点上市后备企业、福州市综合型总部企业,落地项目为“IT研发中心”“人才孵化中心”“喜相逢大学”"
D3 = "下月初,晋安分园还将引进麦克赛尔数字映像项目,占地27亩,建筑面积3.6万平方米"
G["nn04"] = dict(
 article=art("福州软件园晋安分园揭牌 软件业一园多区加速成形", "福州日报（记者 朱榕/文 郑帅/摄），载于海峡网 hxnews.com（福州新闻栏）", "2018-11-23", "day",
  "City daily on a provincial news portal, Fujian: a software-park branch opens inside an economic development zone — site area, phase-1 buildings, a US firm's Asia-Pacific HQ and 5G project with investment and expected output, a software firm entered, a project to come next month",
  "http://hxnews.com/news/fj/fz/201811/23/1656286.shtml",
  "日期取网址 201811/23（电头“海峡网11月22日讯”，揭牌在22日）。标题照录；面包屑、“分享”与图片说明“福州软件园晋安分园22日揭牌。”已删。存段末段“晋安区相关领导表示,将抓紧…推动企业技术创新”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…建筑面积3.6万平方米。”，共六段。“预计未年几年”原文如此（应为“未来几年”），照录。园区：福州软件园晋安分园（福州晋安区，福建；文中又作“晋安分园”；福州软件园的分园——parent 记福州软件园，揭牌地福兴经济开发区另列）；福兴经济开发区（分园用地随其提升改造纳入，文中又作“园区”）；福州软件园只在分园名中，可选。项目：美国高意亚太总部及5G扩产项目（引进，无状态词；“总投资超10亿元”→超；同句“总建筑面积4万平方米”属南大智能大厦，金额按句意归引进项目，注明）；南大智能大厦（建成启用→竣工，可选，载体）；麦克赛尔数字映像项目（下月初还将引进→planned）；喜相逢“IT研发中心”（落地项目，可选）。公司：美国高意、福建喜相逢汽车服务有限公司（首家软件企业），均在分园；麦克赛尔只在项目名中（可选）。事实：分园占地超500亩（建成后，target）、选址地块330.8亩、一期新建厂房8.8万平方米；高意项目预计产值突破100亿元（target，subject 项目）。市经信委、市规划院列可选机构。",
  "nn04"),
 parks=[
  park(JA, "福州", "福建", "软件园（分园）", D0, district="晋安区", parent="福州软件园", aliases=["晋安分园"], note="在福兴经济开发区揭牌；“一园多区”之一"),
  park(FX, "福州", "福建", "经济开发区", "晋安区结合福兴经济开发区提升改造", district="晋安区"),
  park("福州软件园", "福州", "福建", "软件园", D0, opt=True, note="只在分园名中出现"),
 ],
 companies=[
  comp("美国高意", JA, D1, note="引进其亚太总部及5G扩产项目"),
  comp("福建喜相逢汽车服务有限公司", JA, D2, note="分园引进的首家软件企业"),
  comp("麦克赛尔", JA, D3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("市经信委", "并对接市经信委、市规划院进行园区规划"),
  inst("市规划院", "并对接市经信委、市规划院进行园区规划", kind="research"),
 ],
 projects=[
  proj("美国高意亚太总部及5G扩产项目", JA, D1, companies=["美国高意"], inv="总投资超10亿元", qual="超", qual_text="超",
       note="落户南大智能大厦；“总投资超10亿元”按句意归本项目（亦可读作大厦投资）；引进，无状态词"),
  proj("南大智能大厦", JA, D1, status="竣工", status_text="本月初建成启用", opt=True, note="载体楼宇，总建筑面积4万平方米"),
  proj("麦克赛尔数字映像项目", JA, D3, companies=["麦克赛尔"], status="planned", status_text="下月初…还将引进", note="占地27亩"),
  proj("IT研发中心", JA, D2, companies=["福建喜相逢汽车服务有限公司"], opt=True, note="喜相逢落地项目之一（另有人才孵化中心、喜相逢大学）"),
 ],
 aggregate_facts=[
  fact(JA, "park", "site_area_mu", 500, "mu", "项目建成后,晋安分园建设用地面积将超过500亩", "建成后（规划）", kind="target", qual="超", qtext="超过"),
  fact(JA, "park", "site_area_mu", 330.8, "mu", "原南方建材市场一期项目地块),总面积330.8亩", "2018年11月", opt=True, note="选址地块总面积"),
  fact(JA, "park", "new_factory_floor_area_m2", 8.8e4, "m2", "国庆节至今,晋安分园一期两处新建厂房已建成,总面积8.8万平方米", "2018年11月", opt=True),
  fact("美国高意亚太总部及5G扩产项目", "project", "expected_annual_output_cny", 1e10, "cny", "预计未年几年产值可突破100亿元", "未来几年（预期）", kind="target", qual="超", qtext="突破", chk=True),
 ])

# ---------------------------------------------------------------- nn05 杭州信息港小镇 (杭州写字楼网 2021)
XG = "信息港小镇"
HW = "杭州湾信息港"
NQ = "杭州湾数字健康创新谷南区"
E0 = "信息港六期杭州湾数字健康创新谷南区于2020年5月7日正式开园,仅半年时间实现空间基本饱和,围绕数字经济和生命健康产业落地了中国电子旗下数字港项目、中电数据、徐工信息、浙能迈领、云呼科技等34个优质项目"
E1 = "2020年,信息港大力“开疆拓土”,全年新增创新空间53万平方米,除六期外,五期浙大杭州国际科创中心正式投入使用,八期湾区数字公园空间去化率达95%"
E2 = "此外,九期杭州集成电路设计产业园改造工程已进入尾声"
G["nn05"] = dict(
 article=art("杭州信息港小镇:财政税收突破30亿", "杭州写字楼网 o571.com（“楼宇经济·特色小镇”栏转载；原标题“信息港小镇:财政税收突破30亿”，首席记者 王慧青 通讯员 冯佳程；原发媒体未注明）", "2021-02-05", "day",
  "Office-property site relaying a local news item, Zhejiang: a digital-economy town's 2020 fiscal tax and growth, its core block's tax, phase 6 opened with 34 projects landed (named firms), new space, other phases, registered firms",
  "https://www.o571.com/news/html/f1/47180.html",
  "日期取页面“2021/2/5 16:13:53”。标题照录（转载站标题）；栏目路径、站名、时间、与首段重复的“导读:…”及“(原标题:…)”行已删（原题记于 title_note）。存段在末段“以华澜微为龙头的中国集成电路设计谷等X个具有鲜明特色的产”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…快速引进X个全产业链上下游项目。”，共四段。园区：信息港小镇（杭州萧山区，浙江；标题作“杭州信息港小镇”，文中又作“信息港”）；杭州湾信息港（核心区块）；各期：杭州湾数字健康创新谷南区（六期，2020年5月7日开园）、浙大杭州国际科创中心（五期，投入使用）、湾区数字公园（八期）、杭州集成电路设计产业园（九期，改造工程尾声）——均记 parent 信息港小镇。公司：中电数据、徐工信息、浙能迈领、云呼科技（落地六期）；中国电子只作“中国电子旗下数字港项目”，可选。项目：数字港项目（落地，无状态，可选）；杭州集成电路设计产业园改造工程（在建，可选）。事实：2020年财政税收30.55亿元（增长67.82%）、杭州湾信息港税收突破25亿元（增长128.34%）、六期落地项目34个、全年新增创新空间53万平方米、八期去化率95%、注册企业2000多家、创客3万多名（目前，cumulative）。“萧山市北区块”为地段，不列。",
  "nn05", title_note="原标题：信息港小镇:财政税收突破30亿"),
 parks=[
  park(XG, "杭州", "浙江", "特色小镇（数字经济）", "日前,从信息港小镇传来喜讯", district="萧山区", aliases=["杭州信息港小镇", "信息港"], note="标题作“杭州信息港小镇”"),
  park(HW, "杭州", "浙江", "信息港（核心区块）", "其中,核心区块杭州湾信息港税收突破25亿元", district="萧山区", parent=XG),
  park(NQ, "杭州", "浙江", "产业园区（信息港六期）", E0, district="萧山区", parent=XG, note="信息港六期；2020年5月7日开园"),
  park("浙大杭州国际科创中心", "杭州", "浙江", "科创载体（信息港五期）", E1, district="萧山区", parent=XG, opt=True, note="信息港五期；亦可视作机构"),
  park("湾区数字公园", "杭州", "浙江", "产业园区（信息港八期）", E1, district="萧山区", parent=XG),
  park("杭州集成电路设计产业园", "杭州", "浙江", "产业园（信息港九期）", E2, district="萧山区", parent=XG),
 ],
 companies=[
  comp("中电数据", NQ, E0),
  comp("徐工信息", NQ, E0),
  comp("浙能迈领", NQ, E0),
  comp("云呼科技", NQ, E0),
  comp("中国电子", NQ, E0, opt=True, note="只作“中国电子旗下数字港项目”"),
 ],
 projects=[
  proj("数字港项目", NQ, E0, companies=["中国电子"], opt=True, note="中国电子旗下；落地，无状态词"),
  proj("杭州集成电路设计产业园改造工程", XG, "此外,九期杭州集成电路设计产业园改造工程已进入尾声", status="在建", status_text="已进入尾声", opt=True),
 ],
 aggregate_facts=[
  fact(XG, "park", "fiscal_tax_revenue_cny", 3.055e9, "cny", "达到30.55亿元,同比增长67.82%", "2020年", chk=True),
  fact(XG, "park", "fiscal_tax_revenue_yoy_growth", 0.6782, "ratio", "达到30.55亿元,同比增长67.82%", "2020年", kind="ratio"),
  fact(HW, "park", "tax_revenue_cny", 2.5e9, "cny", "核心区块杭州湾信息港税收突破25亿元,同比增长128.34%", "2020年", qual="超", qtext="突破", chk=True),
  fact(HW, "park", "tax_revenue_yoy_growth", 1.2834, "ratio", "核心区块杭州湾信息港税收突破25亿元,同比增长128.34%", "2020年", kind="ratio"),
  fact(NQ, "park", "projects_landed", 34, "count", E0, "2020年5月至2021年初", kind="cumulative"),
  fact(XG, "park", "new_innovation_space_m2", 5.3e5, "m2", "全年新增创新空间53万平方米", "2020年", opt=True),
  fact("湾区数字公园", "park", "space_occupancy_rate", 0.95, "ratio", "八期湾区数字公园空间去化率达95%", "2020年", kind="ratio", opt=True),
  fact(XG, "park", "registered_firms", 2000, "count", "目前,信息港注册企业达到2000多家、创客3万多名", "2021年初", kind="cumulative", qual="余", qtext="多"),
  fact(XG, "park", "makers", 30000, "count", "创客3万多名", "2021年初", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- nn06 浪潮(厦门)产业园 开园投产 (人民网-福建频道 2020)
HJ = "厦门火炬高新区"
LC = "浪潮(厦门)产业园"
F0 = "4月28日,据厦门火炬高新区发布消息,浪潮(厦门)产业园开园暨正式投产仪式于当日上午在厦门举行"
F1 = "全力促成中航锂电、天马6代AMOLED、海辰及浪潮4个百亿量级项目相继落地火炬高新区"
F2 = "浪潮集团与厦门市签署合作协议,建设浪潮(厦门)产业园项目"
F3 = "现已建成两条全国领先的智能化产线,生产效率提升30%,预计年产60万台PC终端"
G["nn06"] = dict(
 article=art("浪潮(厦门)产业园正式开园投产", "人民网-福建频道（陈博、林盈；责编:吴舟、陈蓝燕）", "2020-04-28", "day",
  "National paper's provincial channel, Fujian: a server and PC (信创) plant park opens and starts production in a national high-tech zone — four 100-yuan-billion-class projects landed in the zone, the signing a year earlier, production lines and expected annual PC output",
  "http://fj.people.com.cn/n2/2020/0428/c181466-33983339.html",
  "日期取页面“2020年04月28日16:20  来源:人民网-福建频道”（该行与“(责编:…)”已删）。标题照录。正文七段，完整。园区：厦门火炬高新区（厦门，福建；文中又作“火炬高新区”）；浪潮(厦门)产业园（坐落于火炬高新区，浪潮的服务器和PC终端研发制造基地——既是园名也是项目名，如 real52 zv05 之例两处都列）。项目：浪潮(厦门)产业园项目（开园暨正式投产→投产；去年九八投洽会签约；无金额）。中航锂电、天马6代AMOLED、海辰为“百亿量级项目”（区间，不作金额；落地→无状态，可选）。公司：浪潮集团（在火炬高新区建园）；中航锂电、天马、海辰只在项目名中（可选）。事实：浪潮(厦门)产业园智能化产线2条、效率提升30%（可选）、预计年产60万台PC终端（target）；百亿量级项目4个（可选）。厦门市人民政府列可选机构。",
  "nn06"),
 parks=[
  park(HJ, "厦门", "福建", "高新区", F0, aliases=["火炬高新区"], note="文中又作“火炬高新区”"),
  park(LC, "厦门", "福建", "产业园（企业园区，服务器与PC）", "浪潮(厦门)产业园坐落于厦门火炬高新区", parent=HJ, note="又作“浪潮(厦门)产业园项目”"),
 ],
 companies=[
  comp("浪潮集团", HJ, F2, note="建设浪潮(厦门)产业园"),
  comp("中航锂电", HJ, F1, opt=True, note="只作项目名"),
  comp("海辰", HJ, F1, opt=True, note="只作项目名"),
 ],
 institutions=[
  inst("厦门市人民政府", "厦门市人民政府市长庄稼汉等出席了本次仪式"),
 ],
 projects=[
  proj("浪潮(厦门)产业园项目", HJ, F0, companies=["浪潮集团"], status="投产", status_text="开园暨正式投产", aliases=["浪潮(厦门)产业园"],
       note="2019年九八投洽会期间签约；无金额"),
  proj("中航锂电", HJ, F1, opt=True, note="百亿量级项目（区间，不作金额）；落地"),
  proj("天马6代AMOLED", HJ, F1, opt=True, note="同上"),
  proj("海辰", HJ, F1, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(LC, "park", "expected_annual_pc_output_units", 6e5, "units", F3, "投产后（预计）", kind="target"),
  fact(LC, "park", "production_lines", 2, "count", F3, "2020年4月", opt=True),
  fact(LC, "park", "production_efficiency_gain", 0.30, "ratio", F3, "2020年4月", kind="ratio", opt=True),
  fact(HJ, "park", "major_projects_landed", 4, "count", F1, "2019年至2020年4月", kind="cumulative", opt=True, note="百亿量级项目"),
 ])

# ---------------------------------------------------------------- nn07 红花电子信息产业园 (宜都 2016)
HH = "红花电子信息产业园"
H0 = "本网讯(通讯员劲松)近日,笔者从宜都市相关部门获悉,由8家手机配套生产企业组成的“红花电子信息产业园”将于9月份动工建设,预计年底建成并投入使用"
H1 = "产业园位于红花套镇杨家畈村,总占地面积157亩,项目总投资2600万元,第一期建设50亩"
H2 = "2015年开始,宜都陆续从珠三角地区引进了8家手机配套生产企业,主要生产智能手机、触摸屏、显示屏、摄像头、玻璃盖板、锂电池等产品,总投资额达5亿元"
G["nn07"] = dict(
 article=art("[宜都]红花套镇:8家电子信息企业“扎堆”落户产业园", "zbcbb.com（“来源:凤网资讯”；通讯员 劲松）", "2016-08-24", "day",
  "Local news site, Hubei: a county-level city builds a small electronic-information park for eight phone-component makers — the firms' total investment, the park's area, investment, phase 1 and construction start, one named firm",
  "http://zbcbb.com/news/shehui/2016-08-24/21553.html",
  "日期取页面“时间:2016-08-24 20:09:39    来源:凤网资讯”（该行、面包屑、“请选择您浏览此新闻时的心情”“相关新闻”已删）。标题照录。正文五段，完整。园区：红花电子信息产业园（宜昌市代管宜都市红花套镇，湖北；宜都、红花套镇为行政区，不是园区）。项目：红花电子信息产业园（园区建设项目，项目总投资2600万元；“将于9月份动工建设”“即将进入施工建设阶段”→planned，park 记本园）。8家企业“总投资额达5亿元”为企业合计投资（事实，subject 本园），不作项目金额。公司：湖北华尚光电有限公司（入驻本园）。事实：企业8家、总占地157亩、第一期50亩（可选）、企业总投资5亿元。宜都市委市政府列可选机构。",
  "nn07"),
 parks=[
  park(HH, "宜昌", "湖北", "电子信息产业园", H0, district="宜都市", note="位于红花套镇杨家畈村；文中又作“产业园”"),
 ],
 companies=[
  comp("湖北华尚光电有限公司", HH, "湖北华尚光电有限公司生产负责人帅烨介绍,公司入驻“红花电子信息产业园”"),
 ],
 institutions=[
  inst("宜都市委市政府", "为支持电子信息产业发展,宜都市委市政府将8家企业集聚"),
 ],
 projects=[
  proj(HH, HH, H1, inv="项目总投资2600万元", status="planned", status_text="将于9月份动工建设",
       note="园区建设项目；预计2016年底建成投用；第一期50亩"),
 ],
 aggregate_facts=[
  fact(HH, "park", "firms", 8, "count", H0, "2016年8月"),
  fact(HH, "park", "site_area_mu", 157, "mu", H1, "2016年8月（规划）"),
  fact(HH, "park", "phase1_site_area_mu", 50, "mu", "第一期建设50亩", "2016年8月（规划）", opt=True),
  fact(HH, "park", "firms_total_investment_cny", 5e8, "cny", "总投资额达5亿元", "2015年至2016年8月", kind="cumulative", chk=True, note="8家手机配套企业合计"),
 ])

# ---------------------------------------------------------------- nn08 张江(贵安)高科技产业园 (贵阳网 2024)
ZJ = "张江(贵安)高科技产业园"
I0 = "6月3日,位于贵阳大数据科创城的贵安新区上海张江软件产业园A区项目施工现场,塔吊林立、机器轰鸣"
I1 = "据贵安发展集团相关负责人介绍,目前,张江(贵安)高科技产业园已储备产业招商项目31个"
I2 = "在已签约项目方面,去年招引的中资科技、甘山生物、柏睿数据、真言链网络、贵州数创控股、好活(上海)科技6家企业已在贵安新区注册"
I3 = "作为贵安新区重点招商引资的大项目,张江(贵安)高科技产业园是包含软件产业园、应用产业园、物联网智慧园、人工智能产业园等园区"
G["nn08"] = dict(
 article=art("张江(贵安)高科技产业园建设如火如荼", "贵阳网 gywb.cn（本地新闻栏；存段无署名）", "2024-06-09", "day",
  "City news portal, Guizhou: a Shanghai-branded high-tech (software) park in a national new area — its software-park block A under construction with delivery date, sub-parks, reserve projects and six named firms signed and registered",
  "http://www.gywb.cn/system/2024/06/09/108356559.shtml",
  "日期取网址 2024/06/09（文中“6月3日”为现场采访日）。标题照录；面包屑已删。存段在末段“今年以来,张”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…6家企业已在贵安新区注册。”，共七段。园区：张江(贵安)高科技产业园（贵安新区，贵州；文中又作“该重点项目”）；贵阳大数据科创城（项目所在，文中又作“大数据科创城”）；贵安新区为国家级新区，列可选园区；园内“软件产业园、应用产业园、物联网智慧园、人工智能产业园”为泛称分园，不列。项目：贵安新区上海张江软件产业园A区项目（施工现场→在建，预计2024年12月底建成交付；园区记张江(贵安)高科技产业园——文中“是张江(贵安)高科技产业园的项目之一”）。公司：贵安发展集团（业主单位）及其城市置业公司（可选）；中资科技、甘山生物、柏睿数据、真言链网络、贵州数创控股、好活(上海)科技（去年招引的已签约企业，在园）。事实：储备产业招商项目31个、已签约企业6家在贵安新区注册。",
  "nn08"),
 parks=[
  park(ZJ, "贵阳", "贵州", "高科技产业园", I3, district="贵安新区", parent="贵阳大数据科创城", note="“是包含软件产业园、应用产业园、物联网智慧园、人工智能产业园等园区”；母园区由“位于贵阳大数据科创城”推定"),
  park("贵阳大数据科创城", "贵阳", "贵州", "科创城", I0, district="贵安新区", aliases=["大数据科创城"]),
  park("贵安新区", "贵阳", "贵州", "国家级新区", I3, opt=True, note="国家级新区；亦可视作行政区"),
 ],
 companies=[
  comp("贵安发展集团", ZJ, "作为张江(贵安)高科技产业园的业主单位,贵安发展集团在快马加鞭抓工程建设进度的同时", note="园区业主单位"),
  comp("城市置业公司", ZJ, "据贵安发展集团旗下城市置业公司项目管理部副部长孙怡雄介绍", opt=True, note="贵安发展集团旗下"),
  comp("中资科技", ZJ, I2),
  comp("甘山生物", ZJ, I2),
  comp("柏睿数据", ZJ, I2),
  comp("真言链网络", ZJ, I2),
  comp("贵州数创控股", ZJ, I2),
  comp("好活(上海)科技", ZJ, I2),
 ],
 projects=[
  proj("贵安新区上海张江软件产业园A区项目", ZJ, I0, companies=["贵安发展集团"], status="在建", status_text="施工现场", phase="A区",
       note="办公楼2栋、商业1栋、2层地下车库；预计2024年12月底建成交付"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "reserve_projects", 31, "count", I1, "2024年6月"),
  fact(ZJ, "park", "firms_signed", 6, "count", I2, "2023年（去年招引）", kind="cumulative"),
 ])
