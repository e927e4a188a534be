# real136 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 超/逾/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence). Shares as ratios. Projects: the park the text places the project in (null if none; a city
# or district is not a park). Status from the text's words (开工 / 集中开工 → 开工; 建成 → 竣工; 投产 → 投产); a signed
# agreement for a planned base (wc01) → 签约; an investment intention shown at a fair (wc04) → no status. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/wcNN.raw as returned.

# ---------------------------------------------------------------- wc01 中关村 公告 2024-03-01 (佳木斯高新区)
JMS = "佳木斯高新技术产业开发区"
B0 = "北京中关村科技发展(控股)股份有限公司(以下简称:公司)与佳木斯高新技术产业开发区管理委员会(以下简称:佳木斯高新区管委会)于2024年2月29日在佳木斯市签订《小容量注射液和口服液制剂项目合作协议》"
B1 = "公司预计投资约8,000万元,计划在黑龙江省佳木斯市为公司下属公司多多药业有限公司(以下简称:多多药业)打造具有行业领先水平的生产制造基地"
G["wc01"] = dict(
 article=art("中关村:关于与佳木斯高新技术产业开发区管理委员会签订小容量注射液和口服液制剂项目合作协议的公告",
  "北京中关村科技发展(控股)股份有限公司公告（证券代码000931，公告编号2024-020），载于新浪财经公司公告页 vip.stock.finance.sina.com.cn",
  "2024-03-01", "day",
  "Listed-company announcement (Shenzhen exchange), Heilongjiang: a firm signs a project cooperation agreement with a national high-tech zone's management committee — planned production base for a subsidiary, investment about 80 million yuan, risk notes",
  "https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=000931&id=9849908",
  "日期取页面“公告日期:2024-03-01”。标题取页面公告标题行（“ 下载公告”按钮字样已删）；行情栏、公告日期行、证券代码行和公告正文内重复的两行标题已删。存段在“一、协议签署概述”首段末“资金来源主”处中断，该残句已删（LINE_SUFFIX），正文止于“…生产制造基地。”。园区：佳木斯高新技术产业开发区（文中又作“佳木斯高新区管委会”，简称“佳木斯高新区”只出现在管委会简称中，不作别名；佳木斯市，黑龙江）。项目：小容量注射液和口服液制剂项目（协议名），签约（“签订…合作协议”；公告称协议尚未生效，status 仍记签约），投资“约8,000万元”：数字带千位逗号，check_gold.py 的金额正则会读成“000万元”，故 investment_text 留空、investment_cny 直接记 8000万元（约）。项目园区由“与佳木斯高新区管委会签订”推断，文中只说“在黑龙江省佳木斯市”。公司：北京中关村科技发展(控股)股份有限公司（投资方，园区外，park 为空）；多多药业有限公司（下属公司，生产基地为其而建，园区按项目推断为佳木斯高新区，可选）。管委会列为可选机构。",
  "wc01"),
 parks=[park(JMS, "佳木斯", "黑龙江", "高新区", B0, note="国家级高新区（文中未说级别）；管委会为协议一方")],
 companies=[comp("北京中关村科技发展(控股)股份有限公司", None, B0, aliases=["中关村"], note="上市公司，投资方；总部在北京，不在园区"),
            comp("多多药业有限公司", JMS, B1, aliases=["多多药业"], opt=True, note="公司下属公司；生产基地为其打造，园区由协议对方推断")],
 institutions=[inst("佳木斯高新技术产业开发区管理委员会", B0, note="协议一方；简称佳木斯高新区管委会")],
 projects=[proj("小容量注射液和口服液制剂项目", JMS, B0, companies=["北京中关村科技发展(控股)股份有限公司", "多多药业有限公司"],
                status="签约", status_text="签订《小容量注射液和口服液制剂项目合作协议》", qual="约", qual_text="约",
                investment_cny=80000000.0,
                note="“公司预计投资约8,000万元”（千位逗号，investment_text 留空以免 check_gold 误读为 000万元）；生产制造基地；协议尚需董事会审议后生效")],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- wc02 广安 72个重大项目集中开工 (2015-12)
GA = "广安经济技术开发区"
C0 = "12月12日,广安举行重大项目集中开工仪式,四川师范大学附属第七实验中学等72个重大项目集中开工,总投资额达130亿元"
C1 = "在当天集中开工仪式的主会场广安经济技术开发区,液晶显示器及汽车仪器仪表等多个项目在喜庆的音乐声中正式开工"
C2 = "其中,总投资4.5亿元的四川师范大学附属第七实验中学将建设集小学、初高中为一体的12年制寄宿制学校,并附设幼儿园"
C3 = "此次集中开工遍及广安枣山物流商贸园区、经济技术开发区、协兴生态文化旅游园区以及6个区市县"
C4 = "其中,位于广华工业新城的华晶电子项目总投资达10亿元,为投资额最大的项目"
C5 = "目前,2015年广安新开工重大项目486个,总投资795.9亿元,2015年计划投资306.2亿元"
AS2 = "2015年12月12日"
G["wc02"] = dict(
 article=art("（无标题）广安72个重大项目集中开工 总投资130亿元",
  "地纬招商网（cq.zhongguozhaoshang.com，产业新闻栏；存段无标题、无署名，原始来源未注明）",
  "2015-12 (after 12月12日)", "month",
  "Investment-promotion portal relaying a city item, Sichuan: a city's joint groundbreaking — main venue in a national economic development zone, a school project and the largest industrial project with amounts, projects by category, the year's started projects",
  "http://cq.zhongguozhaoshang.com/pdnews/17462",
  "存段无标题、无日期行（title 为编者概括）；年份由正文“2015年广安新开工重大项目…”“2016计划投资57.3亿元”推定为2015年，开工仪式在12月12日，发布日不详。页面末的联系方式和站名（“轻松一扫…专注招商投资服务10”）已删；正文六段，末段完整。园区：广安经济技术开发区（主会场；文中又作“经济技术开发区”，列为别名）、广安枣山物流商贸园区、协兴生态文化旅游园区、广华工业新城（华晶电子项目所在地；“工业新城”作园区，可选）。项目：四川师范大学附属第七实验中学（4.5亿元，开工；文中以“其中”接在主会场句后，园区由此推断为广安经济技术开发区——也可能只是72个项目之一，记在 note）；华晶电子项目（10亿元，开工，广华工业新城）。“液晶显示器及汽车仪器仪表等多个项目”未具名，不列。事实：全市72个项目130亿元、分类项目数与投资、前锋区与华蓥市之最、2015年全市新开工486个项目795.9亿元，均为地区（广安市）口径，列为 region 事实（部分可选）。",
  "wc02"),
 parks=[park(GA, "广安", "四川", "经济技术开发区", C1, aliases=["经济技术开发区"], note="集中开工主会场；文中第二次作“经济技术开发区”"),
        park("广安枣山物流商贸园区", "广安", "四川", "物流商贸园区", C3, opt=True),
        park("协兴生态文化旅游园区", "广安", "四川", "文化旅游园区", C3, opt=True),
        park("广华工业新城", "广安", "四川", "工业新城", C4, opt=True, note="华晶电子项目所在地；是否计作园区见仁见智")],
 companies=[comp("华晶电子", "广华工业新城", C4, opt=True, note="只在项目名中")],
 institutions=[inst("广安市发改委", "据广安市发改委相关负责人介绍,72个项目全部建成后", note="消息来源")],
 projects=[proj("四川师范大学附属第七实验中学", GA, C2, inv="总投资4.5亿元", status="开工", status_text="集中开工",
                note="12年制寄宿制学校并附设幼儿园；园区由“主会场广安经济技术开发区…其中”推断"),
           proj("华晶电子项目", "广华工业新城", C4, companies=["华晶电子"], inv="总投资达10亿元", status="开工", status_text="集中开工",
                note="72个项目中投资额最大；租赁2万平方米厂房，新建全息裸眼3D触控屏等生产线")],
 aggregate_facts=[
  fact("广安", "region", "projects_started", 72, "count", C0, AS2, note="重大项目集中开工"),
  fact("广安", "region", "projects_started_investment_cny", None, "cny", C0, AS2, chk=True, note="72个项目总投资"),
  fact("广安", "region", "projects_started", 14, "count", "其中,前锋区集中开工重大项目14个", AS2, opt=True, note="主体为前锋区"),
  fact("广安", "region", "projects_started_investment_cny", None, "cny", "华蓥市集中开工的项目总投资达21.2亿元", AS2, opt=True, chk=True, note="主体为华蓥市"),
  fact("广安", "region", "industrial_projects_started_investment_cny", None, "cny", "重大产业项目28个,总投资66亿元", AS2, opt=True, chk=True),
  fact("广安", "region", "projects_started", 486, "count", C5, "2015年（截至12月）", kind="cumulative", note="2015年新开工重大项目"),
  fact("广安", "region", "projects_started_investment_cny", None, "cny", "总投资795.9亿元,2015年计划投资306.2亿元", "2015年（截至12月）", kind="cumulative", chk=True),
 ],
)

# ---------------------------------------------------------------- wc03 新华社 张江高新区 1区22园 435家上市企业
ZJ = "张江高新区"
D0 = "张江高新区经过多次扩区和调整,逐渐形成了“1区22园”的格局,目前建成面积约420平方公里,共诞生435家上市企业,平均每平方公里就有1家上市企业"
D1 = "张江高新区以上海8%的土地面积,贡献了上海全市约80%的集成电路、生物医药、人工智能三大先导产业工业总产值、高端人才、外资研发机构和科创板上市企业"
AS3 = "发稿时（5月15日，年份不详）"
G["wc03"] = dict(
 article=art("（无标题）张江高新区“1区22园” 共诞生435家上市企业",
  "新华社（记者董雪），载于 cnrepark.com（中国产业园区网）",
  "2023-05-15 or later (5月15日; year not shown)", "uncertain",
  "Park portal relaying a national wire item, Shanghai: a national high-tech zone's layout (1 zone 22 sub-parks), built area, listed firms born there, its share of the city's lead industries, research institutions",
  "https://cnrepark.com/news/detail/248830.html",
  "存段无标题、无日期行（title 为编者概括）。电头“新华社上海5月15日电”；年份页面未示，cnrepark 的编号 248830 大于 real52 所用 239588（2022-12-28），故只能定为2023年或之后的5月15日（published_precision 记 uncertain）。正文四段，末段止于“…提供基础研究支撑。”，原稿可能更长（存段只到此）。园区：张江高新区（上海；“1区22园”，22个分园未具名，不列）。机构：上海市科委（消息来源）、李政道研究所、朱光亚战略科技研究院（可选）；“国家实验室、国家实验室上海基地”未具名，不列。事实：分园22个、建成面积约420平方公里、上市企业435家（累计）、每平方公里1家（不计）、土地占比8%、三大先导产业等约80%（ratio，约）。",
  "wc03"),
 parks=[park(ZJ, "上海", "上海", "高新区", D0, note="国家级（文中未说）；“1区22园”")],
 companies=[],
 institutions=[inst("上海市科委", "记者从上海市科委获悉", note="消息来源"),
               inst("李政道研究所", "集聚了李政道研究所、朱光亚战略科技研究院等一批创新机构", kind="research", park=ZJ),
               inst("朱光亚战略科技研究院", "集聚了李政道研究所、朱光亚战略科技研究院等一批创新机构", kind="research", park=ZJ)],
 projects=[],
 aggregate_facts=[
  fact(ZJ, "park", "sub_parks", 22, "count", "逐渐形成了“1区22园”的格局", AS3, note="1区22园"),
  fact(ZJ, "park", "built_area_km2", 420, "km2", "目前建成面积约420平方公里", AS3, qual="约", qtext="约"),
  fact(ZJ, "park", "listed_companies", 435, "count", "共诞生435家上市企业", AS3, kind="cumulative"),
  fact(ZJ, "park", "land_share_of_city", 0.08, "ratio", D1, AS3, kind="ratio", opt=True),
  fact(ZJ, "park", "lead_industries_output_share_of_city", 0.8, "ratio", D1, AS3, kind="ratio", qual="约", qtext="约",
       note="集成电路、生物医药、人工智能三大先导产业工业总产值等约80%"),
 ],
)

# ---------------------------------------------------------------- wc04 2026上海投促会观察 (有行鲨鱼, 金山碳谷绿湾产业园)
TG = "上海金山碳谷绿湾产业园"
YX = "有行鲨鱼(上海)新材料科技有限公司"
E0 = "“我们要打造面向新能源、无人机领域的绿色新材料研发与生产基地。”方珍英介绍。该项目总投资超10亿元,规划产能超30万吨"
E1 = "上海金山碳谷绿湾产业园精准匹配企业产业定位与发展需求"
G["wc04"] = dict(
 article=art("2026上海投促会观察:越来越多“用地大户”落沪,上海以“寸土生寸金”",
  "travel.office369.com（“动态”栏转载；原始媒体未注明，署“创始人”为站点账号）",
  "2026-03-15", "day",
  "Relay of a newspaper feature, Shanghai: after the city's global investment promotion conference — land for large manufacturing projects, a specialised firm returning with a 1-billion-yuan materials base, the chemical-industry park that fits it",
  "http://travel.office369.com/dongtai/54069.html",
  "日期取页面“2026-03-15 09:01:43”（文中“昨天(14)”= 2026-03-14 上海全球投资促进大会）。站点账号“创始人”、时间行和“0”已删；小标题“三次选址,她为何执意回上海”作段落保留。存段在末段“获悉企业投资意向后,金山区”处中断；该句从“,而更让方珍英认可的是…”起删去（LINE_SUFFIX），末段只剩“上海金山碳谷绿湾产业园精准匹配企业产业定位与发展需求”（无句号）。转载站与原刊不明，文字通顺，未见改写痕迹；记在不确定处。园区：上海金山碳谷绿湾产业园（金山区）。公司：有行鲨鱼(上海)新材料科技有限公司（简称有行鲨鱼；首个生产基地在金山区）。项目：绿色新材料研发与生产基地（总投资超10亿元，超；规划产能超30万吨）；落在碳谷绿湾产业园是由末段推断（存段在此中断），无状态（只说亮相投促会、谋划扩产）。公司与项目的园区都由推断而来。",
  "wc04"),
 parks=[park(TG, "上海", "上海", "产业园", E1, district="金山区", note="化工/新材料产业园；文中只此一句（存段中断）")],
 companies=[comp(YX, TG, "有行鲨鱼(上海)新材料科技有限公司创始人、董事长方珍英,其创业版图始终与上海的发展脉搏同频共振",
                 aliases=["有行鲨鱼"], note="国家级专精特新重点“小巨人”；新基地园区由末段推断")],
 institutions=[],
 projects=[proj("绿色新材料研发与生产基地", TG, E0, companies=[YX], inv="该项目总投资超10亿元", qual="超", qual_text="超",
                note="面向新能源、无人机领域；规划产能超30万吨，建筑面积逾5万平方米；园区由“上海金山碳谷绿湾产业园精准匹配企业…需求”推断；无状态")],
 aggregate_facts=[
  fact(YX, "company", "planned_capacity_tonnes", 300000, "tonnes", "规划产能超30万吨", "2026年3月（规划）", kind="target", qual="超", qtext="超", opt=True,
       note="新基地规划产能"),
  fact("上海", "region", "enterprises", 3000000, "count", "聚集企业近300万家", "2026年3月", qual="约", qtext="近", opt=True),
 ],
)

# ---------------------------------------------------------------- wc05 公司举行搬迁技改项目开工仪式 (永定工业园, 2016)
YD = "永定工业园区"
F0 = "7月27日上午,公司在永定工业园南部园区举行搬迁技改项目开工仪式"
F1 = "争取把金叶纸品有限公司培育成支撑我区转型发展、跨越发展的龙头企业"
G["wc05"] = dict(
 article=art("公司举行搬迁技改项目开工仪式",
  "金叶纸品有限公司网站（fjjyzp.com.cn，公司新闻栏）",
  "2016-07-28", "day",
  "Company website news, Fujian: a paper-packaging firm breaks ground on its relocation and technical-renovation project in a county-level industrial park's southern zone; the district party deputy secretary's speech on moving city firms into the park",
  "https://fjjyzp.com.cn/article/182",
  "日期取页面“发布时间:2016-07-28 12:33:27”（开工仪式在7月27日）。“设为首页| 收藏本站”、类别日期行、四个图片占位“\"配图N.jpg\"/”和三条图片说明（王金福、陈荣水出席；姜林芬宣布开工；林寿杨主持）已删；存段末行“公司董事长、总经理吴振开”（下一段开头，断句）删去，正文两段，止于“…争取项目早日建成投产。”。园区：永定工业园区（文中作“永定工业园区”，又作“永定工业园南部园区”；龙岩市永定区，福建——市名页面未写，由“区委书记”“永定”推断）；南部园区作为子园区（可选，parent 永定工业园区）。公司：金叶纸品有限公司（网站主体；纸箱生产，与烟草工业配套）。项目：搬迁技改项目（开工；“退城入园”；无金额）。",
  "wc05"),
 parks=[park(YD, "龙岩", "福建", "工业园区", "加快永定工业园区建设步伐", district="永定区", aliases=["永定工业园"], note="市名由推断"),
        park("永定工业园南部园区", "龙岩", "福建", "园区", F0, district="永定区", parent=YD, opt=True)],
 companies=[comp("金叶纸品有限公司", YD, F1, note="网站主体（文中称“公司”）；搬迁技改项目在永定工业园南部园区")],
 institutions=[],
 projects=[proj("搬迁技改项目", "永定工业园南部园区", F0, companies=["金叶纸品有限公司"], status="开工", status_text="正式开工",
                note="城区企业“退城入园”；无金额；园区也可记为上级永定工业园区")],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- wc06 每经 顺络电子 互动平台 三个工业园
SL = "顺络电子"
H0 = "东莞凤凰工业园建设的智慧园区,三期工程已全部建成,部分产线已投产"
H1 = "湘潭陶瓷粉料工业园已经建成投产"
H2 = "上海松 江工业园已建成,部分产线已逐步开启投产"
G["wc06"] = dict(
 article=art("（无标题）顺络电子:东莞凤凰工业园三期已全部建成 湘潭陶瓷粉料工业园已建成投产",
  "每日经济新闻（每经AI快讯，记者王晓波），载于 yuansudz.com",
  "11-18 (year not shown)", "uncertain",
  "Financial daily's investor-Q&A flash relayed on a site: a listed electronic-components maker answers which of its own industrial parks are built, in production or still being filled with lines",
  "http://www.yuansudz.com/news/123622.html",
  "存段无标题、无日期行（title 为编者概括）。回答日期“11月18日”，年份页面未示（published_precision 记 uncertain）。“免责声明…”和“每日经济新闻”尾行已删；正文为提问、回答两段加署名“(记者 王晓波)”。“每经AI快讯”为每经按互动平台问答自动生成的快讯，问答原文照录，非对他稿的改写。三个“工业园”是公司自建的厂区园区，不是政府设立的开发区（kind 记“企业工业园”）。“上海松 江工业园”原文“松”“江”间有空格，名称照录，按理即“上海松江工业园”。项目：东莞凤凰工业园智慧园区三期工程（已全部建成→竣工，部分产线已投产→status_alt 投产）；深圳研发中心（已建成→竣工，不在园区，可选）。湘潭、上海两园“建成投产/已建成”记在园区 note，不另立项目。公司：顺络电子（上市公司，002138.SZ；园区本身属公司，company park 为空）。",
  "wc06"),
 parks=[park("东莞凤凰工业园", "东莞", "广东", "企业工业园", H0, note="顺络电子自建；智慧园区三期已建成"),
        park("湘潭陶瓷粉料工业园", "湘潭", "湖南", "企业工业园", H1, note="顺络电子自建；已建成投产"),
        park("上海松 江工业园", "上海", "上海", "企业工业园", H2, district="松江区", note="原文“松 江”中间有空格；已建成，部分产线投产")],
 companies=[comp(SL, None, "顺络电子(002138.SZ)11月18日在投资者互动平台表示,公司近年来投入的基建项目,包括三个工业园和公司研发中心",
                 note="上市公司；三个工业园均为其自建")],
 institutions=[],
 projects=[proj("东莞凤凰工业园智慧园区三期工程", "东莞凤凰工业园", H0, companies=[SL], status="竣工", status_text="三期工程已全部建成",
                phase="三期", status_alt="投产", note="部分产线已投产"),
           proj("深圳研发中心", None, "深圳研发中心目前已经建成", companies=[SL], status="竣工", status_text="已经建成", opt=True)],
 aggregate_facts=[],
)
