# real73 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts and fund size_cny (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none. Status from the text's words; “将于…竣工” →
# 在建; “未来三年…将投资” for a firm just registered → planned. Funds: the park the text ties the fund to (“投向翠亨新区…”,
# “开发区…设立”, “武汉经开区首只…基金”, 管委会 co-founding), null for national funds and for funds of park-developer companies;
# size_type is the text's own word (总规模, 首期募集规模 …). A zone's or firm's pledged contribution (“将出资”, “拟认缴”) is a
# fact of kind target with the zone or firm as subject. Firm financing rounds are company facts. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/yqNN.raw as returned.

# ---------------------------------------------------------------- yq01 深中发展基金 翠亨新区 (中山网 2024-01)
CH = "翠亨新区"
A0 = "1月17日,中山翠亨集团有限公司与深业集团有限公司在深业泰然大厦举行深中发展基金签约仪式"
A1 = "记者获悉,双方将共建10亿元产业投资基金"
A2 = "首期正式落地的深中发展基金规模约2亿元"
A3 = "据介绍,首期正式落地的深中发展基金规模约2亿元,用于投向翠亨新区战略新兴产业,包括健康医药、新能源与高端装备制造、新一代信息技术等"
A4 = "双方投资27亿元共建的湾区未来科技城是深中国企合作的标杆项目,将于2024年上半年竣工并交付使用"
A5 = "此前,双方已经合作成立了深中产服公司、深中产业园公司,在园区建设运营、招商等领域展开深度合作"
G["yq01"] = dict(
 article=art("（无标题）翠亨集团与深业集团签约深中发展基金 共建10亿元产业投资基金", "中山网（zsnews.cn，中山日报报业集团；存段无署名）", "2024-01", "month",
  "City newspaper site, Guangdong: a new area's state platform and a Shenzhen state group sign a joint industrial fund (total and first-phase size, target area), with their earlier joint companies and a co-built science-city project nearing completion",
  "http://zsnews.cn/news/index/view/cateid/35/id/720226.html",
  "存段无标题、无日期行（title 为编者概括）。日期为推定：签约日“1月17日”；文中湾区未来科技城“将于2024年上半年竣工”，且同站相邻编号 id/720468（中山网 1月22日“记者获悉”稿，回顾2023年全年，见 notes #17）为2024年1月，故记 2024-01（month；签约为2024-01-17，发布当日或其后）。存段末句“双方互惠互利合”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…又一里程碑。”，共五段。园区：翠亨新区（中山翠亨新区，文中只作“翠亨新区”；有党工委、管委会；中山，广东）。基金：深中发展基金——“双方将共建10亿元产业投资基金”，size 记10亿元（共建总规模）；“首期正式落地的…规模约2亿元”记为基金事实；投向翠亨新区战略新兴产业→park 翠亨新区；管理人文中未写。公司：中山翠亨集团有限公司（翠亨集团；“翠亨新区党工委委员、翠亨集团党委书记”→园区挂接由语境推定）、深业集团有限公司（深业集团；深圳国企，park null）；深中产服公司、深中产业园公司为两集团此前合资的公司（名称不全，可选）。项目：湾区未来科技城，双方投资27亿元共建，“将于2024年上半年竣工并交付使用”→在建（推定）；位置文中未写，park null。人物（李锋、严中宇、张会洋）不列；南朗街道只在职务中，不列。",
  "yq01"),
 parks=[
  park(CH, "中山", "广东", "新区", A3, note="即中山翠亨新区；文中只作“翠亨新区”；有党工委、管委会"),
 ],
 companies=[
  comp("中山翠亨集团有限公司", CH, A0, aliases=["翠亨集团"], note="翠亨新区国企（“翠亨新区党工委委员、翠亨集团党委书记”）；园区挂接由语境推定；基金共建方"),
  comp("深业集团有限公司", None, A0, aliases=["深业集团"], note="深圳国企（“深圳国资”）；基金共建方"),
  comp("深中产服公司", None, A5, opt=True, note="翠亨集团与深业集团此前合资成立；名称不全"),
  comp("深中产业园公司", None, A5, opt=True, note="同上；是公司，不是园区"),
 ],
 projects=[
  proj("湾区未来科技城", None, A4, companies=["中山翠亨集团有限公司", "深业集团有限公司"], inv="投资27亿元",
       status="在建", status_text="将于2024年上半年竣工并交付使用",
       note="翠亨集团与深业集团共建；位置文中未写（语境为翠亨新区），park 记 null；状态由“将于…竣工”推定"),
 ],
 funds=[
  fund("深中发展基金", CH, A1, size="10亿元", size_type="共建规模",
       note="翠亨集团与深业集团共建的产业投资基金；首期约2亿元（见事实）；投向翠亨新区战略新兴产业；管理人文中未写"),
 ],
 aggregate_facts=[
  fact("深中发展基金", "fund", "fund_first_phase_size_cny", 2e8, "cny", A2, "2024年1月", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- yq02 昆山开发区 firms' financing (investchn 2022-01)
KS = "昆山开发区"
B0 = "1月4日,由上海亿航智能科技有限公司投资设立的昆山亿飞航空智能科技有限公司成功申领营业执照"
B1 = "未来三年,公司将投资15亿元,致力于在昆山开发区打造智能自动驾驶飞行器华东基地"
B2 = "卫圣康医学科技(江苏)有限公司、苏州悉芯射频微电子有限公司加速推进二轮融资,两家公司的融资总金额将超亿元"
B3 = "苏州豪米波技术有限公司获安徽国控和江淮汽车联合投资3000万元,累计获融资8400万元"
B4 = "剑虎医疗科技(苏州)有限公司获昆山工研院首期首批天使投资500万元"
B5 = "在刚刚过去的2021年,开发区6家人才科创企业累计吸纳股权投资资金24亿元"
ASB = "2022年1月"
G["yq02"] = dict(
 article=art("（无标题）亿航在昆山开发区设昆山亿飞 开发区科技企业获资本投资", "investchn.com（开发区资讯站，存段无来源行；原发媒体未示）", "2022-01", "month",
  "Development-zone news site, Jiangsu: a zone's firms and capital — a drone maker's new subsidiary to invest in a base, start-ups' financing rounds (amounts, investors, an institute's angel money), the talent firms' equity raised last year",
  "https://investchn.com/index.php/home/news/detail/id/232603.html",
  "存段无标题、无日期行（title 为编者概括）。日期为推定：昆山亿飞“1月4日…申领营业执照”，文中“在刚刚过去的2021年”→2022年1月（month）。存段末段“下一步,开发区将充分发挥产业发展母基金的引导作用,以市场化理念吸引赛富资本、华”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…刷新历史记录。”，共四段；因此“产业发展母基金”不在正文中，funds 为空。园区：昆山开发区（即昆山经济技术开发区，文中只作“昆山开发区”“开发区”；苏州昆山市，江苏）。公司：昆山亿飞航空智能科技有限公司（上海亿航智能科技有限公司投资设立，拟在昆山开发区建基地）；卫圣康医学科技(江苏)有限公司、苏州悉芯射频微电子有限公司、苏州豪米波技术有限公司、剑虎医疗科技(苏州)有限公司为“开发区科技企业”→园区昆山开发区；上海亿航为投资方（park null）；安徽国控、江淮汽车为豪米波投资方（简称，可选）；昆山工研院为天使投资方（研究机构，可选）。项目：智能自动驾驶飞行器华东基地，投资15亿元，“未来三年…将投资”→planned。事实：豪米波本轮3000万元、累计8400万元；剑虎天使投资500万元；开发区6家人才科创企业2021年累计吸纳股权投资24亿元。卫圣康与悉芯“两家公司的融资总金额将超亿元”为两家合计（可选，非 *_cny 指标因“超亿元”无数字）。",
  "yq02"),
 parks=[
  park(KS, "苏州", "江苏", "开发区", B1, district="昆山市", note="即昆山经济技术开发区；文中只作“昆山开发区”“开发区”"),
 ],
 companies=[
  comp("上海亿航智能科技有限公司", None, B0, note="投资设立昆山亿飞的母公司（上海）"),
  comp("昆山亿飞航空智能科技有限公司", KS, B0, note="1月4日领照；拟在昆山开发区打造智能自动驾驶飞行器华东基地"),
  comp("卫圣康医学科技(江苏)有限公司", KS, B2, note="“开发区科技企业”；推进二轮融资"),
  comp("苏州悉芯射频微电子有限公司", KS, B2, note="“开发区科技企业”；推进二轮融资"),
  comp("苏州豪米波技术有限公司", KS, B3, note="“开发区科技企业”"),
  comp("剑虎医疗科技(苏州)有限公司", KS, B4, note="“开发区科技企业”"),
  comp("安徽国控", None, B3, opt=True, note="豪米波投资方；简称"),
  comp("江淮汽车", None, B3, opt=True, note="豪米波投资方；简称"),
 ],
 institutions=[
  inst("昆山工研院", B4, kind="research", note="剑虎医疗天使投资方；全称文中未写"),
 ],
 projects=[
  proj("智能自动驾驶飞行器华东基地", KS, B1, companies=["昆山亿飞航空智能科技有限公司"], inv="投资15亿元",
       status="planned", status_text="未来三年,公司将投资", note="开展多用途无人机、载人交通等技术研究和产业化"),
 ],
 aggregate_facts=[
  fact("苏州豪米波技术有限公司", "company", "financing_round_cny", 3e7, "cny", "苏州豪米波技术有限公司获安徽国控和江淮汽车联合投资3000万元", ASB, chk=True,
       note="安徽国控和江淮汽车联合投资"),
  fact("苏州豪米波技术有限公司", "company", "financing_total_cny", 8.4e7, "cny", "累计获融资8400万元", ASB, kind="cumulative", chk=True),
  fact("剑虎医疗科技(苏州)有限公司", "company", "angel_investment_cny", 5e6, "cny", B4, ASB, chk=True, note="昆山工研院首期首批天使投资"),
  fact(KS, "park", "talent_startups_equity_raised_cny", 2.4e9, "cny", B5, "2021年", kind="cumulative", chk=True, note="6家人才科创企业累计吸纳股权投资资金"),
  fact(KS, "park", "talent_startups_equity_funded", 6, "count", B5, "2021年", opt=True),
  fact("卫圣康医学科技(江苏)有限公司", "company", "financing_two_firms_total", 1e8, "cny", B2, ASB, kind="target", qual="超", qtext="超", opt=True,
       note="卫圣康与悉芯两家合计“将超亿元”"),
 ])

# ---------------------------------------------------------------- yq03 花桥经济开发区 低空经济产业基金 (经济日报 via 新浪 2024-08-30)
HQ = "花桥经济开发区"
HP = "花桥低空经济产业园区"
C0 = "8月25日,江苏昆山市花桥低空经济产业园区航天时代飞鹏有限公司生产车间内,一支支智能机械臂正在忙碌,一架架无人机正在组装、测试"
C1 = "昆山花桥经济开发区台服办主任顾志荣说,开发区联合部分投资机构,设立了总投资规模30亿元的低空经济产业基金,解决企业资金难题"
C2 = "开发区联合部分投资机构,设立了总投资规模30亿元的低空经济产业基金"
C3 = "企业打造国内首个基于5G通信技术的工业级中小型无人机先进制造产业基地,具备年产1000架中型无人机和1万架小型无人机的设计产能"
C4 = "航天时代飞鹏有限公司的发展带动无人机整机研发制造、发动机与新材料研发等15个低空经济产业重点项目落户"
ASC = "2024年8月"
G["yq03"] = dict(
 article=art("（无标题）昆山花桥经济开发区设立30亿元低空经济产业基金 15个低空经济重点项目落户", "经济日报（“来源:经济日报”），载于新浪财经 finance.sina.com.cn；记者署名存段未示", "2024-08-30", "day",
  "National economic daily via a portal's finance channel, Jiangsu: a zone's low-altitude-economy cluster — a drone maker in the zone's low-altitude park with its design capacity, a 30亿元 industry fund set up by the zone with investors, 15 key projects landed",
  "https://finance.sina.com.cn/jjxw/2024-08-30/doc-incmkumn0375256.shtml",
  "日期取网址 2024-08-30（文中现场为“8月25日”）。存段无标题（title 为编者概括）；首行“来源:经济日报”已删。存段末行“苏州世航智能科技”为下一段开头残字，已删（make_txt.py ITEMS 截至上一段），正文截至“…初步形成低空经济产业集群。”，共五段。“大型固定开展翼”原文如此，照录。园区：花桥经济开发区（又作“昆山花桥经济开发区”“花桥”“开发区”；苏州昆山市，江苏）；花桥低空经济产业园区（母园区由名称与语境推定为花桥经济开发区）。公司：航天时代飞鹏有限公司（在花桥低空经济产业园区）。基金：低空经济产业基金——开发区联合部分投资机构设立，“总投资规模30亿元”（size_type 照录），park 花桥经济开发区；无专名，投资机构与管理人文中未写。项目：企业的“工业级中小型无人机先进制造产业基地”（已在生产，文中无项目、状态词；可选）。事实：设计产能年产1000架中型、1万架小型无人机（可选）；带动15个低空经济产业重点项目落户（园区，cumulative）。昆山市“从2020年开始布局低空经济”、花桥“三大千亿元级产业集群”不计数值。人物不列；“台服办”不列。",
  "yq03"),
 parks=[
  park(HQ, "苏州", "江苏", "经济开发区", C1, district="昆山市", aliases=["昆山花桥经济开发区"], note="文中又作“花桥”“开发区”"),
  park(HP, "苏州", "江苏", "产业园区（低空经济）", C0, district="昆山市", parent=HQ, note="母园区由名称与语境推定"),
 ],
 companies=[
  comp("航天时代飞鹏有限公司", HP, C0, note="无人运输机研制；带动15个低空经济重点项目落户花桥"),
 ],
 projects=[
  proj("工业级中小型无人机先进制造产业基地", HP, C3, companies=["航天时代飞鹏有限公司"], opt=True,
       note="企业自建基地，已在生产；文中无项目、状态词"),
 ],
 funds=[
  fund("低空经济产业基金", HQ, C2, size="30亿元", size_type="总投资规模",
       note="花桥经济开发区联合部分投资机构设立；无专名；投资机构、管理人文中未写"),
 ],
 aggregate_facts=[
  fact("航天时代飞鹏有限公司", "company", "design_capacity_medium_drones_per_year", 1000, "units/year", "具备年产1000架中型无人机和1万架小型无人机的设计产能", ASC, opt=True),
  fact("航天时代飞鹏有限公司", "company", "design_capacity_small_drones_per_year", 10000, "units/year", "具备年产1000架中型无人机和1万架小型无人机的设计产能", ASC, opt=True),
  fact(HQ, "park", "low_altitude_key_projects_landed", 15, "count", C4, ASC, kind="cumulative", note="由航天时代飞鹏带动落户"),
 ])

# ---------------------------------------------------------------- yq04 武汉车谷科创投资基金 (支点财经 / 湖北日报客户端 2025-04-03)
WH = "武汉经开区"
WF = "武汉车谷科创投资基金"
D0 = "日前,武汉经开区首只科创投资基金“武汉车谷科创投资基金”正式成立,基金总规模10亿元"
D1 = "该科创基金由武汉经开区科创局主导,经开产投集团、军山科投集团联合上海博弈迩数据科技有限公司共同组建"
D2 = "科创基金对种子期、初创期企业和人才项目的投资将不低于基金总规模的60%"
D3 = "累计投资项目超160个"
D4 = "培育独角兽企业16家、上市公司9家"
ASD = "2025年4月"
G["yq04"] = dict(
 article=art("总规模10亿元!武汉经开区首只科创投资基金成立", "支点财经，载于湖北日报新闻客户端 news.hubeidaily.net；记者署名存段未示", "2025-04-03", "day",
  "Provincial daily's finance channel, Hubei: a national zone's first sci-tech venture fund — size, founders (the zone's sci-tech bureau leading, two zone groups and a Shanghai firm), investment focus and early-stage quota, and the zone's fund system's cumulative results",
  "https://news.hubeidaily.net/mobile/c_3838204.html",
  "日期取页面“支点财经 2025-04-03 15:31:11”。标题照录；“登录”“第三方登录”与日期行已删。存段末句“2024年,全区高新技术企业突破2000家,3年增长4倍,在新能源、智能驾驶、半导体材料等领域产出多”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…上市公司9家。”，共五段。园区：武汉经开区（武汉经济技术开发区；文中只作“武汉经开区”，又作“区”；“车谷”只出现在“车谷产业创新大走廊”“车谷英才”等词中，不列别名；武汉，湖北）。基金：武汉车谷科创投资基金，总规模10亿元，park 武汉经开区；武汉经开区科创局主导，经开产投集团、军山科投集团联合上海博弈迩数据科技有限公司共同组建；管理人文中未写；“省市引导基金”“全链条基金投资体系”不列基金。公司：上海博弈迩数据科技有限公司（组建方，park null）；经开产投集团、军山科投集团（组建方，简称；园区由名称推定，可选）。机构：武汉经开区科创局（可选）。事实：基金对种子期、初创期企业和人才项目投资不低于60%（target，基金为主体）；武汉经开区基金投资体系累计投资项目超160个、培育独角兽企业16家、上市公司9家（cumulative，园区为主体）。",
  "yq04"),
 parks=[
  park(WH, "武汉", "湖北", "经济技术开发区", D0, note="即武汉经济技术开发区；文中只作“武汉经开区”"),
 ],
 companies=[
  comp("上海博弈迩数据科技有限公司", None, D1, note="基金共同组建方（上海）"),
  comp("经开产投集团", WH, D1, opt=True, note="基金共同组建方；简称；园区由名称推定"),
  comp("军山科投集团", WH, D1, opt=True, note="基金共同组建方；简称；园区由名称推定"),
 ],
 institutions=[
  inst("武汉经开区科创局", D1, park=WH, note="基金主导方"),
 ],
 funds=[
  fund(WF, WH, D0, size="10亿元", size_type="总规模",
       note="武汉经开区首只科创投资基金；科创局主导，经开产投集团、军山科投集团、上海博弈迩数据科技有限公司共同组建；管理人文中未写；文中又作“科创基金”"),
 ],
 aggregate_facts=[
  fact(WF, "fund", "min_share_seed_early_talent_investment", 0.6, "ratio", D2, ASD, kind="target", qual="超", qtext="不低于",
       note="投资种子期、初创期企业和人才项目不低于基金总规模的60%"),
  fact(WH, "park", "fund_system_projects_invested", 160, "count", D3, ASD, kind="cumulative", qual="超", qtext="超",
       note="“天使+创投+产业+专项+母基金”全链条基金投资体系"),
  fact(WH, "park", "unicorn_firms_cultivated", 16, "count", D4, ASD, kind="cumulative"),
  fact(WH, "park", "listed_firms_cultivated", 9, "count", D4, ASD, kind="cumulative"),
 ])

# ---------------------------------------------------------------- yq05 杭州经开区 与 国投高新 (下沙论坛转帖 2017-04-21)
HZ = "杭州经济技术开发区"
E0 = "昨天,中国国投高新产业投资公司与杭州经济技术开发区管委会签署战略合作协议,同时宣告下沙与国投创合的合作基金启动"
E1 = "2015年,国务院决定设立国家新兴产业创业投资引导基金,一时引发各方关注"
E2 = "杭州经开区是全国唯一集工业园区、高教园区、出口加工区和国家生态工业示范园区于一体的国家级开发区,并且正在全力打造东部医药港特色小镇和杭州生物医药国家高技术基地"
E3 = "开发区管委会将出资1亿元,参与由国投集团与国家发展改革委、财政部联合发起设立的国家新兴产业创业投资引导基金"
E4 = "管委会将出资2亿元,与国投高新联合发起设立国投杭州精选基金"
E5 = "与国投高新联合发起设立国投杭州精选基金,基金首期募集规模为10亿元"
ASE = "2017年4月（签约时）"
G["yq05"] = dict(
 article=art("下沙导入新兴产业创投“国家队” 杭州经开区与国投高新签署战略合作协议", "下沙论坛（bbs.xiasha.cn）转帖，作者“煎饼”；原发报纸未注明", "2017-04-21", "day",
  "Local forum repost of a city news item, Zhejiang: a national zone signs with a state venture-capital firm — the zone's committee to put money into the national emerging-industry guidance fund and to co-found a city fund with its first-close size",
  "http://bbs.xiasha.cn/forum.php?action=printable&mod=viewthread&tid=580705",
  "日期取帖子“时间: 2017-4-21 10:33”（转帖日；文中“昨天”签约，即2017-04-20；原发日期当为同日或前后一日，原发媒体未注明）。标题取帖内第二个“标题:”行（make_txt.py HEAD_PREFIX 删去“标题: ”标签）；论坛名、带“[打印本页]”的标题行、作者时间行与论坛防采集乱码行“- R4 P# ]9 q* N0 V\" l”已删（乱码在单独一行，正文行内未见）。存段末段“开发区管委会有关负责人表示,通过合作参与国投创合国家新兴产业创业投资引导基金,可以利用国投”在句中中断，整段删去，正文截至“…基金首期募集规模为10亿元。”，共四段。园区：杭州经济技术开发区（又作“杭州经开区”“开发区”；“下沙”为地名；国家级开发区；杭州，浙江）；东部医药港特色小镇、杭州生物医药国家高技术基地为其“正在全力打造”的载体（可选，parent 杭州经济技术开发区）。“工业园区、高教园区、出口加工区”为泛称，不列。公司：中国国投高新产业投资公司（国投高新；park null）；国投集团、国投创合（可选）。机构：杭州经济技术开发区管委会、国家发展改革委、财政部、国务院（可选）。基金：国家新兴产业创业投资引导基金（国家级，park null，规模未写）；国投杭州精选基金（管委会出资2亿元与国投高新联合发起，首期募集规模10亿元，park 杭州经济技术开发区；管理人文中未写）。“下沙与国投创合的合作基金”未点名，不另列。事实：管委会“将出资”1亿元、2亿元（target，园区为主体）。“八倍”“数十倍”放大不计。",
  "yq05"),
 parks=[
  park(HZ, "杭州", "浙江", "国家级经济技术开发区", E0, aliases=["杭州经开区"], note="文中又作“杭州经开区”“开发区”；“下沙”为地名"),
  park("东部医药港特色小镇", "杭州", "浙江", "特色小镇", E2, parent=HZ, opt=True, note="杭州经开区“正在全力打造”"),
  park("杭州生物医药国家高技术基地", "杭州", "浙江", "国家高技术产业基地", E2, parent=HZ, opt=True, note="杭州经开区“正在全力打造”"),
 ],
 companies=[
  comp("中国国投高新产业投资公司", None, E0, aliases=["国投高新"], note="创投“国家队”；签约方；与管委会联合发起国投杭州精选基金"),
  comp("国投集团", None, E3, opt=True, note="国家新兴产业创业投资引导基金联合发起方"),
  comp("国投创合", None, E0, opt=True, note="简称；与下沙的合作基金启动"),
 ],
 institutions=[
  inst("杭州经济技术开发区管委会", E0, park=HZ, note="签约方、出资方"),
  inst("国家发展改革委", E3, note="引导基金联合发起方"),
  inst("财政部", E3, note="引导基金联合发起方"),
  inst("国务院", E1, note="2015年决定设立引导基金"),
 ],
 funds=[
  fund("国家新兴产业创业投资引导基金", None, E1,
       note="国务院2015年决定设立；国投集团与国家发展改革委、财政部联合发起；杭州经开区管委会将出资1亿元参与；规模文中未写"),
  fund("国投杭州精选基金", HZ, E5, size="10亿元", size_type="首期募集规模",
       note="杭州经开区管委会出资2亿元、与国投高新联合发起；管理人文中未写"),
 ],
 aggregate_facts=[
  fact(HZ, "park", "fund_commitment_cny", 1e8, "cny", E3, ASE, kind="target", chk=True, note="管委会将出资，参与国家新兴产业创业投资引导基金"),
  fact(HZ, "park", "fund_commitment_cny", 2e8, "cny", E4, ASE, kind="target", chk=True, note="管委会将出资，联合发起国投杭州精选基金"),
 ])

# ---------------------------------------------------------------- yq06 观点指数 园区企业产业基金 (gdiri.guandian 2025-11-11)
DH = "东湖高新"
SG = "苏高新集团"
F0 = "公开数据显示,东湖高新在管产业基金数量达6只,规模超10亿元"
F1 = "东湖高新在管产业基金数量达6只,规模超10亿元"
F2 = "近期东高前沿二期基金完成备案,该基金规模5亿元"
F3 = "苏高新集团布局16只产业基金(含自营与参股),规模超60亿元"
F4 = "该集团近期拟认缴出资1.35亿元受让裕新基金9%LP份额"
F5 = "观点指数 在10月30日观点指数研究院发布的《强势布新局 | 2025年10月产业园区暨基础设施投资发展报告》中"
F6 = "据行业数据显示,我国私募股权创投基金管理规模已达14.4万亿元,在投项目数量为15万个"
F7 = "其中,创业投资基金投向中小企业、高新技术企业、初创科技型企业的数量占比分别为74%、50%、32%"
ASF = "2025年11月"
G["yq06"] = dict(
 article=art("国资产业基金强势布局,激活十万亿科技创投动能", "观点指数（观点指数研究院，gdiri.guandian.cn；撰文:李永泉，审校:陈朗洲）", "2025-11-11", "day",
  "Real-estate research institute's commentary: park-developer groups' industry funds — a listed park developer's managed funds and a newly filed fund with its commitment, another group's fund count and size and a planned LP-stake purchase, national PE/VC totals; no park named",
  "https://gdiri.guandian.cn/article/20251111/523225.html",
  "日期取页面“2025-11-11”（报告发布于10月30日）。标题照录；“撰文:李永泉”“审校:陈朗洲”与日期行已删（署名记于 outlet）。存段末段“张江高科通过14只产业基金(含LP参与模式)形成规模60.5亿元的资本池;招商蛇口旗下招商产园板块…二者均构建起从天使投资到上”为一句、在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…进一步拓展在产业投资领域的布局。”，共六段；张江高科、招商蛇口因此不在正文中。文中无具名园区（“多地园区”“头部产业园区企业”为泛称）：东湖高新、苏高新集团是园区开发运营企业（公司，不是园区，park null）。基金：东高前沿二期基金（规模5亿元，东湖高新自主认缴2.45亿元，完成备案；park null）；裕新基金（苏高新集团拟认缴出资1.35亿元受让其9%LP份额；规模文中未写，不推算）。事实：东湖高新在管产业基金6只、规模超10亿元、认缴2.45亿元；苏高新集团16只产业基金、规模超60亿元、拟认缴1.35亿元（target）、9%LP份额（可选）；全国私募股权创投基金管理规模14.4万亿元、在投项目15万个及三项占比（行业数据，可选，主体“中国”）。机构：观点指数研究院（可选）。",
  "yq06"),
 companies=[
  comp(DH, None, F0, note="头部产业园区企业（上市公司简称）；公司，不是园区"),
  comp(SG, None, F3, note="头部产业园区企业；公司，不是园区"),
 ],
 institutions=[
  inst("观点指数研究院", F5, kind="research", note="报告发布方"),
 ],
 funds=[
  fund("东高前沿二期基金", None, F2, size="5亿元", size_type="规模", note="东湖高新所属；公司自主认缴2.45亿元；完成备案；聚焦前沿新材料、智慧医疗等"),
  fund("裕新基金", None, F4, note="苏高新集团拟认缴出资1.35亿元受让其9%LP份额；规模文中未写"),
 ],
 aggregate_facts=[
  fact(DH, "company", "industry_funds_managed", 6, "count", F1, ASF),
  fact(DH, "company", "industry_funds_managed_size_cny", 1e9, "cny", F1, ASF, qual="超", qtext="超", chk=True),
  fact(DH, "company", "fund_commitment_cny", 2.45e8, "cny", "公司自主认缴2.45亿元", ASF, chk=True, note="认缴东高前沿二期基金"),
  fact(SG, "company", "industry_funds", 16, "count", F3, ASF, note="含自营与参股"),
  fact(SG, "company", "industry_funds_size_cny", 6e9, "cny", F3, ASF, qual="超", qtext="超", chk=True),
  fact(SG, "company", "fund_commitment_cny", 1.35e8, "cny", F4, ASF, kind="target", chk=True, note="拟认缴出资，受让裕新基金9%LP份额"),
  fact(SG, "company", "lp_share_to_acquire", 0.09, "ratio", F4, ASF, kind="ratio", opt=True, note="裕新基金LP份额（拟）"),
  fact("中国", "region", "pe_vc_fund_aum_cny", 1.44e13, "cny", F6, ASF, opt=True, note="行业数据；导语又作“规模达 14.4 万亿元”"),
  fact("中国", "region", "pe_vc_projects_invested", 150000, "count", "在投项目数量为15万个", ASF, opt=True),
  fact("中国", "region", "vc_investees_sme_share", 0.74, "ratio", F7, ASF, kind="ratio", opt=True),
  fact("中国", "region", "vc_investees_high_tech_share", 0.50, "ratio", F7, ASF, kind="ratio", opt=True),
  fact("中国", "region", "vc_investees_tech_startup_share", 0.32, "ratio", F7, ASF, kind="ratio", opt=True),
 ])
