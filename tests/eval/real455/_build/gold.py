# real455 ground truth, read by build_all.py (helpers from real52). Conventions as real52: evidence verbatim (all six items
# simplified script as published); names as written; 逾/超过/超/以上 → 超, 余/多 → 余, 约 → 约 (qualifier_text keeps the word).
# Yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth
# rates and shares as ratios. Projects: the park the text places them in, null where only a county / district / city is named.
# Status from the text's words (签约 / 签约合作 → 签约; 集中开工建设 → 开工; 冬季施工 → 在建; 正式投产 → 投产; 拟新开工 /
# 推进…早开工 → planned). “今年以来” / “前两个月” figures are cumulative; “拟” / “计划” year figures are target.

# ---------------------------------------------------------------- kl01 辽源 出口袜制品质量安全示范区 (长春市人民政府 2017)
LY = "辽源市出口袜制品质量安全示范区"
A0 = "对辽源市出口袜制品质量安全示范区进行现场考核验收,结果确定为符合条件"
A1 = "2016年袜制品出口额1.01亿美元,占全市出口额的31%"
A2 = "目前,装备袜机3万台(套),拥有制袜及配套企业840家、自主品牌27个,年产能28亿双、产值80亿元"
G["kl01"] = dict(
 article=art("我省首个国家级出口工业品示范区“诞生”", "长春市人民政府（“本文来源: 长春市人民政府”），载于 changchun.baogaosu.com（聚合站）", "2017-09-08", "day",
  "City government news relayed by an aggregator, Jilin: a city's export sock-making zone passes the national inspection as Jilin's first national export-industrial-products quality-safety demonstration zone — the city's sock industry: exports and their share, looms, firms, brands, capacity and output",
  "https://changchun.baogaosu.com/xinwen/%E5%9B%BD%E5%AE%B6%E7%BA%A7%E5%87%BA%E5%8F%A3%E5%B7%A5%E4%B8%9A%E5%93%81%E7%A4%BA%E8%8C%83%E5%8C%BA%E8%AF%9E%E7%94%9F/60636188",
  "日期取页面“08.09.2017 07:42”（日.月.年；文中“7日”为获悉日，考核在9月5日至6日）。标题照录；“本文来源”、日期行（各两次）及页尾他文标题已删。正文三段，完整。园区：辽源市出口袜制品质量安全示范区（国家级出口工业品质量安全示范区，质检意义上的区域，非产业园，列可选）。机构：吉林出入境检验检疫局、国家质检总局（可选）。事实均为辽源市（region）袜业数字：2016年袜制品出口额1.01亿美元、占全市出口额31%；袜机3万台（套）、制袜及配套企业840家、自主品牌27个、年产能28亿双、产值80亿元（“目前”，2017年9月）。",
  "kl01"),
 parks=[
  park(LY, "辽源", "吉林", "国家级出口工业品质量安全示范区", A0, opt=True, note="质量安全示范区（出口袜制品），非产业园；文中又作“该示范区”"),
 ],
 institutions=[
  inst("吉林出入境检验检疫局", "7日,从吉林出入境检验检疫局获悉", note="信息来源"),
  inst("国家质检总局", "国家质检总局派出国家级出口工业品质量安全示范区考核组", note="考核方"),
 ],
 aggregate_facts=[
  fact("辽源市", "region", "sock_exports_usd", 1.01e8, "usd", A1, "2016年"),
  fact("辽源市", "region", "sock_exports_share_of_city_exports", 0.31, "ratio", A1, "2016年", kind="ratio", opt=True),
  fact("辽源市", "region", "sock_firms", 840, "count", "拥有制袜及配套企业840家、自主品牌27个", "2017年9月", note="制袜及配套企业"),
  fact("辽源市", "region", "sock_brands", 27, "count", "拥有制袜及配套企业840家、自主品牌27个", "2017年9月", opt=True),
  fact("辽源市", "region", "sock_looms", 30000, "sets", "装备袜机3万台(套)", "2017年9月", opt=True),
  fact("辽源市", "region", "sock_capacity_pairs", 2.8e9, "pairs/year", "年产能28亿双、产值80亿元", "2017年9月", opt=True),
  fact("辽源市", "region", "sock_industry_output_cny", 8e9, "cny", "年产能28亿双、产值80亿元", "2017年9月", chk=True),
 ])

# ---------------------------------------------------------------- kl02 四平市发展大会 36个签约项目 (吉林省政府网 2019)
B0 = "7月11日,四平市发展大会签约项目36个,计划总投资134余亿元"
B1 = "合同引资额1.01亿元的四平金士百哈尔滨品牌产能扩建项目、引资额1.2亿元的四平耘慧种养深加工循环产业链项目,以及引资额1.2亿元的梨树县绿色富硒水稻、大豆全产业链项目"
B2 = "而这次他带来的“万华不锈钢产业加工销售项目”,就在这次签约大会上“修成正果”"
AS2 = "2019年7月11日（四平市发展大会签约）"
G["kl02"] = dict(
 article=art("发展大会招商引资成果丰硕——36个签约项目总投资逾134亿元", "吉林省人民政府网站（www.jl.gov.cn，“投资动态”栏；信息来源空；图片作者韩振伟）", "2019-07-18", "day",
  "Provincial government portal's investment column, Jilin: a prefecture city's development conference signs 36 projects — totals by size and sector, three named agro-processing projects with contract investment, a Wenzhou steel firm's project signed",
  "http://www.jl.gov.cn/szfzt/tzcj/tzdt/201907/t20190718_6004529.html",
  "日期取页面“时间:2019-07-18 08:37”（签约在7月11日）。标题照录；“当前位置”、栏目名、时间/打印/字号行与图片说明“项目签约仪式现场。 韩振伟 摄”已删。存段末句“此次签约项”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…推动新兴产业发展。”，共六段。文中无园区（“国家第五批新型工业化装备制造产业示范基地”“中国换热器城”为城市称号，不列）。项目（签约，园区 null——只有四平市 / 梨树县）：四平金士百哈尔滨品牌产能扩建项目（合同引资额1.01亿元）、四平耘慧种养深加工循环产业链项目（引资额1.2亿元）、梨树县绿色富硒水稻、大豆全产业链项目（引资额1.2亿元）——“引资额”记作 investment_cny（note 注明）；万华不锈钢产业加工销售项目（无金额）。公司：浙江万华不锈钢有限公司（温州企业，投资建厂）。事实：36个项目、标题“总投资逾134亿元”（正文“134余亿元”无法按数字+亿元读，事实取标题，超/逾）；10亿元以上3个、亿元以上18个、3000万元以上4个（可选）。",
  "kl02"),
 companies=[
  comp("浙江万华不锈钢有限公司", None, "当地知名企业浙江万华不锈钢有限公司董事长张建丰了解到一条重要信息", note="温州企业；在四平投资建厂（万华不锈钢产业加工销售项目）"),
 ],
 projects=[
  proj("四平金士百哈尔滨品牌产能扩建项目", None, B1, inv="合同引资额1.01亿元", status="签约", status_text="签约", note="发展大会签约项目；金额为合同引资额"),
  proj("四平耘慧种养深加工循环产业链项目", None, B1, inv="引资额1.2亿元", status="签约", status_text="签约", note="发展大会签约项目；金额为引资额"),
  proj("梨树县绿色富硒水稻、大豆全产业链项目", None, B1, inv="引资额1.2亿元", status="签约", status_text="签约", note="梨树县；金额为引资额"),
  proj("万华不锈钢产业加工销售项目", None, B2, companies=["浙江万华不锈钢有限公司"], status="签约", status_text="在这次签约大会上“修成正果”", note="无金额"),
 ],
 aggregate_facts=[
  fact("四平市", "region", "projects_signed", 36, "count", B0, AS2),
  fact("四平市", "region", "signed_investment_cny", 1.34e10, "cny", "36个签约项目总投资逾134亿元", AS2, qual="超", qtext="逾", chk=True,
       note="标题；正文作“计划总投资134余亿元”"),
  fact("四平市", "region", "projects_signed_over_1bn", 3, "count", "其中10亿元以上项目3个,亿元以上项目18个,3000万元以上项目4个", AS2, opt=True),
  fact("四平市", "region", "projects_signed_over_100m", 18, "count", "其中10亿元以上项目3个,亿元以上项目18个,3000万元以上项目4个", AS2, opt=True),
 ])

# ---------------------------------------------------------------- kl03 农安县 集中开工、新安合作区揭牌 (澎湃号·政务 2020)
XA = "新安合作区"
C0 = "此次集中开工建设的有恒大文旅项目、投资105亿元的太平中华文化主题园区项目、投资30亿元的风电及风电设备加工项目、投资15亿元的轻工产业园项目、投资10亿元的吉林酒店用品展示中心项目、投资8亿元的新安大道及标准化厂房等项目"
C1 = "农安县2020年拟开工项目101个(产业类60个,非产业类41个),计划总投资812.6亿元,年度计划投资142.8亿元"
AS3 = "2020年（计划）"
G["kl03"] = dict(
 article=art("2020年长春市农安县重点项目集中开工、新安合作区揭牌仪式成功举行", "澎湃新闻·澎湃号·政务（thepaper.cn；发布账号存段未示）", "2020-04-17", "day",
  "Government account on a national news platform, Jilin: a county's spring groundbreaking and the unveiling of a cooperation zone with the Changchun New Area — the county's planned projects and investment, six named projects started with their investment",
  "http://www.thepaper.cn/newsDetail_forward_7016357",
  "日期取页面“2020-04-17 20:47”。标题照录；站点菜单、日期/来源/字号行，以及图片说明“农安县委书记张知众”已删。存段末段“农安县委书记张知众表示,这次活动是…发展主战场的“”在引语开头中断，整段删去（ITEMS 截至上一段），正文截至“…等项目。”，含小标题两行，共六段。园区：新安合作区（农安县与长春新区合作区，今日揭牌；长春市农安县；管委会主任林凤生）；长春新区（国家级新区，领导出席、签协议，可选）；长春北湖科技开发区（只在官员职务中，可选）。项目：六个集中开工项目（开工），园区 null——文中只说农安县集中开工，未说在新安合作区；“新安大道及标准化厂房”以名称推测或属新安合作区，仍记 null（note）。金额“投资105亿元”等。恒大文旅项目无金额。公司：恒大地产吉林公司（可选）。事实（农安县，region，计划）：拟开工项目101个、计划总投资812.6亿元、年度计划投资142.8亿元；新建项目39个、535亿元及分档个数可选。",
  "kl03"),
 parks=[
  park(XA, "长春", "吉林", "合作区", "2020年农安县重点项目集中开工、新安合作区揭牌仪式顺利举行", district="农安县", note="当日揭牌；设管委会"),
  park("长春新区", "长春", "吉林", "国家级新区", "吉林省市商务、发改、工信等部门领导、长春市政府与长春新区领导出席仪式", opt=True, note="与农安县合作（北湖科技开发区负责人签协议）"),
  park("长春北湖科技开发区", "长春", "吉林", "开发区", "长春新区党工委委员、长春北湖科技开发区党工委书记、管委会主任于柏生致辞并与农安县人民政府签署合作协议", parent="长春新区", opt=True, note="只在官员职务中"),
 ],
 companies=[
  comp("恒大地产吉林公司", None, "恒大地产吉林公司董事长高燕介绍恒大文旅项目情况", opt=True, note="恒大文旅项目方"),
 ],
 institutions=[
  inst("农安县人民政府", "与农安县人民政府签署合作协议", note="签约方"),
 ],
 projects=[
  proj("恒大文旅项目", None, C0, companies=["恒大地产吉林公司"], status="开工", status_text="集中开工建设", note="农安县；无金额"),
  proj("太平中华文化主题园区项目", None, C0, inv="投资105亿元", status="开工", status_text="集中开工建设", note="农安县"),
  proj("风电及风电设备加工项目", None, C0, inv="投资30亿元", status="开工", status_text="集中开工建设", note="农安县"),
  proj("轻工产业园项目", None, C0, inv="投资15亿元", status="开工", status_text="集中开工建设", note="农安县"),
  proj("吉林酒店用品展示中心项目", None, C0, inv="投资10亿元", status="开工", status_text="集中开工建设", note="农安县"),
  proj("新安大道及标准化厂房", None, C0, inv="投资8亿元", status="开工", status_text="集中开工建设", note="农安县；名称含“新安”，或在新安合作区，文中未明说"),
 ],
 aggregate_facts=[
  fact("农安县", "region", "projects_planned", 101, "count", C1, AS3, kind="target", note="拟开工项目"),
  fact("农安县", "region", "planned_total_investment_cny", 8.126e10, "cny", "计划总投资812.6亿元,年度计划投资142.8亿元", AS3, kind="target", chk=True),
  fact("农安县", "region", "planned_annual_investment_cny", 1.428e10, "cny", "年度计划投资142.8亿元", AS3, kind="target", chk=True),
  fact("农安县", "region", "new_projects_planned", 39, "count", "新建项目为39个,计划总投资535亿元", AS3, kind="target", opt=True),
  fact("农安县", "region", "new_projects_planned_investment_cny", 5.35e10, "cny", "新建项目为39个,计划总投资535亿元", AS3, kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- kl04 吉林市冬季百亿重大项目签约 (吉林日报 2021)
D0 = "吉林市与中泽集团、桥山集团签约合作实施两个百亿级项目,总投资额超过500亿元"
D1 = "中泽集团计划投资200亿元,在铁合金、碳素、有色金属深加工等方面与吉林市开展深入合作"
D2 = "桥山集团将携手战略伙伴在未来5年内投资310亿元,在北大湖滑雪度假区整体开发项目战略合作中建设国家青少年滑雪训练基地、冰雪产业人才孵化研学教育基地与设备研发中心、四季文旅综合体等9个项目"
D3 = "今年以来,吉林市新签约招商引资项目294个、投资额2392亿元,招商引资到位资金485.3亿元"
AS4 = "2021年11月29日（签约）"
AS4c = "2021年1月至11月"
G["kl04"] = dict(
 article=art("吉林市举行冬季百亿重大项目签约活动", "吉林日报（吉林日报记者 李婷 姜岸松），2021年12月1日第A03版（要闻），数字报载于 cswbszb.com", "2021-12-01", "day",
  "Provincial daily's e-paper, Jilin: a prefecture city signs two 10-billion-yuan projects — a metals group's investment and a resort-development group's investment with its sub-projects — plus the city's year-to-date signings and funds in place",
  "http://www.cswbszb.com/cswb/pc/paper/c/202112/01/content_97371.html",
  "日期取版面“2021年12月01日 第A03版:[要闻]”（签约在11月29日）。标题取主题“吉林市举行冬季百亿重大项目签约活动”；其上一行“推进“一主六双”加快吉林振兴 抓投资抓项目抓招商”为栏题（专栏眉题），与版面行、署名行“吉林日报记者李婷姜岸松”、版权及地址行一并删去。正文三段，完整。园区：无产业园；北大湖滑雪度假区（度假区，列可选）。公司：中泽集团、桥山集团（园区 null）。项目：中泽集团项目（文中未命名，以企业名作项目名，计划投资200亿元，签约）；北大湖滑雪度假区整体开发项目（桥山集团，投资310亿元，签约；园区 null——度假区不是产业园）。二者合计“超过500亿元”（事实，超）。“今年以来”新签约项目294个、投资额2392亿元、到位资金485.3亿元（吉林市，cumulative）。",
  "kl04"),
 parks=[
  park("北大湖滑雪度假区", "吉林", "吉林", "滑雪度假区", D2, opt=True, note="度假区，非产业园；整体开发项目在此"),
 ],
 companies=[
  comp("中泽集团", None, D1, note="铁合金、碳素、有色金属深加工"),
  comp("桥山集团", None, D2, note="北大湖滑雪度假区整体开发"),
 ],
 projects=[
  proj("中泽集团", None, D1, companies=["中泽集团"], inv="计划投资200亿元", status="签约", status_text="签约合作实施",
       note="项目未命名，以企业名作项目名（铁合金、碳素、有色金属深加工）；百亿级项目之一"),
  proj("北大湖滑雪度假区整体开发项目", None, D2, companies=["桥山集团"], inv="投资310亿元", status="签约", status_text="签约合作实施",
       note="桥山集团携战略伙伴未来5年投资；含9个项目；园区 null（度假区）"),
 ],
 aggregate_facts=[
  fact("吉林市", "region", "projects_signed", 2, "count", D0, AS4, opt=True, note="两个百亿级项目"),
  fact("吉林市", "region", "signed_investment_cny", 5e10, "cny", "总投资额超过500亿元", AS4, qual="超", qtext="超过", chk=True),
  fact("吉林市", "region", "projects_signed", 294, "count", D3, AS4c, kind="cumulative"),
  fact("吉林市", "region", "signed_investment_cny", 2.392e11, "cny", "新签约招商引资项目294个、投资额2392亿元", AS4c, kind="cumulative", chk=True),
  fact("吉林市", "region", "investment_funds_in_place_cny", 4.853e10, "cny", "招商引资到位资金485.3亿元", AS4c, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- kl05 铁东区 产业布局 (四平市政府网 2023)
E1 = "着力推进以湖南中烟有限责任公司四平卷烟厂、四平君乐宝乳业有限公司吉林白象食品有限公司为代表的农产品加工产业加快改造升级"
E2 = "积极推进以吉林金恒建材科技有限公司、四平市筑城建材有限公司为代表的冶金建材行业开拓市场、释放产能"
E3 = "推进以四平市奋进专用汽车有限公司、吉林中联重科智能农机有限公司为代表的装备制造业盘活存量、扩大产量"
E4 = "重点推进吉林吉春制药股份有限公司、吉林一正药业集团有限公司、吉林省康福药业有限公司等中成药品企业提质增效、快速发展"
E5 = "推动四平市天利包装制品有限公司、四平市桦鑫包装有限公司、吉林省盛煊玻璃制品有限公司等企业产线升级、提升规模"
G["kl05"] = dict(
 article=art("（无标题）铁东区围绕全区和经开区产业布局推进工业产业跃升（农产品加工、装备制造、冶金建材与医药健康、绿色包装企业）", "四平市人民政府网站（无障碍版 wza.siping.gov.cn，“县区动态”栏；原发与署名存段未示）", "2023-03-21", "day",
  "City government portal's district-news column, Jilin: a district's industrial plan together with the development zone — three base industries and two emerging ones, each with the named leading firms to be pushed (no figures)",
  "http://wza.siping.gov.cn/esd/zw/spdt/xianqu/202303/t20230321_658140.html",
  "日期取网址 202303/t20230321。存段无标题、无日期行（title 为编者概括），始于“下好“一盘棋”…”，两段，完整（末句完整）。原文“四平君乐宝乳业有限公司吉林白象食品有限公司”两名之间缺顿号、“农产品加工 装备制造”中为空格，均照录。园区：“经开区”（四平经济开发区，文中只作“经开区”，可选）。公司：十三家，文中只说铁东区“培育壮大”“推进”，未说在经开区，园区 null。无项目、无数字。",
  "kl05"),
 parks=[
  park("经开区", "四平", "吉林", "经济开发区", "铁东区围绕全区和经开区产业布局,确定主导产业", district="铁东区", opt=True, note="四平经济开发区（推定）；文中只作“经开区”"),
 ],
 companies=[
  comp("湖南中烟有限责任公司四平卷烟厂", None, E1, note="农产品加工龙头"),
  comp("四平君乐宝乳业有限公司", None, E1, note="农产品加工龙头"),
  comp("吉林白象食品有限公司", None, E1, note="农产品加工龙头（与上一名之间缺顿号，照录）"),
  comp("吉林金恒建材科技有限公司", None, E2, note="冶金建材"),
  comp("四平市筑城建材有限公司", None, E2, note="冶金建材"),
  comp("四平市奋进专用汽车有限公司", None, E3, note="装备制造"),
  comp("吉林中联重科智能农机有限公司", None, E3, note="装备制造"),
  comp("吉林吉春制药股份有限公司", None, E4, note="医药健康"),
  comp("吉林一正药业集团有限公司", None, E4, note="医药健康"),
  comp("吉林省康福药业有限公司", None, E4, note="医药健康"),
  comp("四平市天利包装制品有限公司", None, E5, note="绿色包装"),
  comp("四平市桦鑫包装有限公司", None, E5, note="绿色包装"),
  comp("吉林省盛煊玻璃制品有限公司", None, E5, note="绿色包装"),
 ])

# ---------------------------------------------------------------- kl06 吉林经开区 前两个月 (吉林市政府网 2024)
JJ = "吉林经开区"
F0 = "经开区工业发展动力十足,66户规上工业企业产值同比增长7.7%"
F1 = "值得一提的是,1月18日,吉林奥克新材料锂电池电解液添加剂项目正式投产,这个经开区年内首个投产新建项目"
F2 = "第一时间解决吉林化纤6万吨碳纤维、吉林碳谷3万吨高性能碳纤维原丝、常丰农化3.18万吨农药产品、新航化工180吨医药中间体等项目建设的痛点、难点、堵点问题"
F3 = "经开区紧盯拟新开工项目前期手续办结率,推进九新化工1.1万吨助剂等项目早开工早建设"
F4 = "化纤福润德发挥龙头企业带头作用,销售额实现6.43亿元,同比增长61.7%"
AS6 = "2024年1–2月"
G["kl06"] = dict(
 article=art("（无标题）吉林经开区前两个月主要经济指标实现较快增长", "吉林市人民政府网站（IP 地址 222.162.163.66，路径 zhutpd/jlszt 专题栏；原发与署名存段未示）", "2024-04-02", "day",
  "City government portal's special-topic channel, Jilin: a national development zone's January–February figures — industrial firms' output growth with named firms, a new project in production, winter construction of named projects, a project to start, investment, services and trade growth with a leading trader's sales",
  "http://222.162.163.66/zhutpd/jlszt/wjjczzqxx/202404/t20240402_626274.html",
  "日期取网址 202404/t20240402（文中“今年前两个月”）。存段无标题、无日期行（title 为编者概括）。存段在末段“去年新入统的”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…拉动销售额增长50.1%。”，共五段。站点为 IP 地址，路径 zhutpd/jlszt 与同站另页署“松花江网编辑”，推定为吉林市政府网站（outlet 注明）。园区：吉林经开区（吉林经济技术开发区，吉林市；文中只作“吉林经开区”“经开区”，不补全称）。项目：吉林奥克新材料锂电池电解液添加剂项目（1月18日正式投产→投产）；吉林化纤6万吨碳纤维、吉林碳谷3万吨高性能碳纤维原丝、常丰农化3.18万吨农药产品、新航化工180吨医药中间体（9个重点项目冬季施工中的四个→在建）；九新化工1.1万吨助剂（拟新开工→planned）。均在经开区。公司：吉林化纤集团、旭阳康乃尔化工有限公司、北沙制药、中泽钼业、飞虎物流、增益供应链、化纤福润德；只在项目名中的吉林奥克新材料、吉林碳谷、常丰农化、新航化工、九新化工列可选。事实：规上工业企业66户、产值增长7.7%；冬季施工重点项目9个；固定资产投资增长43.3%；规上服务业营收增长30.2%；销售额增长87.9%、批发业增长88%（可选）；吉林化纤粘胶纤维与腈纶产量增长30%、北沙制药产值增长4.8%、化纤福润德销售额6.43亿元（cumulative）与增长61.7%；旭阳康乃尔苯胺产量3.18万吨（可选）。",
  "kl06"),
 parks=[
  park(JJ, "吉林", "吉林", "经济技术开发区", "吉林经开区紧盯“开门红”目标任务,全力推进经济高质量发展", note="文中又作“经开区”"),
 ],
 companies=[
  comp("吉林化纤集团", JJ, "吉林化纤集团粘胶纤维与腈纶产量大幅提升,同比增长30%", aliases=["吉林化纤"]),
  comp("旭阳康乃尔化工有限公司", JJ, "去年盘活的旭阳康乃尔化工有限公司,实现单线满负荷生产,苯胺产量达到3.18万吨"),
  comp("北沙制药", JJ, "全球维生素E重要生产企业北沙制药,产值同比增长4.8%"),
  comp("中泽钼业", JJ, "中泽钼业抢抓工业氧化钼市场需求回暖机遇,迅速提升产能,产值翻番"),
  comp("飞虎物流", JJ, "其中飞虎物流、增益供应链营业收入增长幅度可观", note="规上服务业企业"),
  comp("增益供应链", JJ, "其中飞虎物流、增益供应链营业收入增长幅度可观", note="规上服务业企业"),
  comp("化纤福润德", JJ, F4, note="商贸业龙头企业"),
  comp("吉林奥克新材料", JJ, F1, opt=True, note="只在项目名中"),
  comp("吉林碳谷", JJ, F2, opt=True, note="只在项目名中"),
  comp("常丰农化", JJ, F2, opt=True, note="只在项目名中"),
  comp("新航化工", JJ, F2, opt=True, note="只在项目名中"),
  comp("九新化工", JJ, F3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("吉林奥克新材料锂电池电解液添加剂项目", JJ, F1, companies=["吉林奥克新材料"], status="投产", status_text="正式投产", note="2024年1月18日投产；经开区年内首个投产新建项目"),
  proj("吉林化纤6万吨碳纤维", JJ, F2, companies=["吉林化纤集团"], status="在建", status_text="冬季施工", note="9个冬季施工重点项目之一"),
  proj("吉林碳谷3万吨高性能碳纤维原丝", JJ, F2, companies=["吉林碳谷"], status="在建", status_text="冬季施工", note="同上"),
  proj("常丰农化3.18万吨农药产品", JJ, F2, companies=["常丰农化"], status="在建", status_text="冬季施工", note="同上"),
  proj("新航化工180吨医药中间体", JJ, F2, companies=["新航化工"], status="在建", status_text="冬季施工", note="同上"),
  proj("九新化工1.1万吨助剂", JJ, F3, companies=["九新化工"], status="planned", status_text="拟新开工…早开工", note="拟新开工项目，办前期手续"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "above_scale_industrial_firms", 66, "count", F0, AS6),
  fact(JJ, "park", "industrial_output_yoy_growth", 0.077, "ratio", F0, AS6, kind="ratio", note="66户规上工业企业产值"),
  fact(JJ, "park", "key_projects_winter_construction", 9, "count", "前两个月,经开区实施9个重点项目冬季施工攻坚战", AS6, opt=True),
  fact(JJ, "park", "fixed_asset_investment_yoy_growth", 0.433, "ratio", "前两个月,经开区固定资产投资同比增长43.3%", AS6, kind="ratio"),
  fact(JJ, "park", "services_revenue_yoy_growth", 0.302, "ratio", "前两个月经开区规上服务业营业收入增长30.2%", AS6, kind="ratio"),
  fact(JJ, "park", "trade_sales_yoy_growth", 0.879, "ratio", "商贸业实现稳增长,销售额增长87.9%", AS6, kind="ratio"),
  fact(JJ, "park", "wholesale_sales_yoy_growth", 0.88, "ratio", "其中,批发业同比增长88%", AS6, kind="ratio", opt=True),
  fact("吉林化纤集团", "company", "output_volume_yoy_growth", 0.30, "ratio", "吉林化纤集团粘胶纤维与腈纶产量大幅提升,同比增长30%", AS6, kind="ratio", note="粘胶纤维与腈纶产量"),
  fact("旭阳康乃尔化工有限公司", "company", "aniline_output_t", 31800, "t", "苯胺产量达到3.18万吨", AS6, kind="cumulative", opt=True),
  fact("北沙制药", "company", "output_yoy_growth", 0.048, "ratio", "全球维生素E重要生产企业北沙制药,产值同比增长4.8%", AS6, kind="ratio"),
  fact("化纤福润德", "company", "sales_cny", 6.43e8, "cny", F4, AS6, kind="cumulative", chk=True),
  fact("化纤福润德", "company", "sales_yoy_growth", 0.617, "ratio", F4, AS6, kind="ratio"),
 ])
