# real247 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county/district is not a park). Status from the text's words
# (开工 / 集中开工 / 顺利开工 → 开工; 正式投产 / 已建成并投入使用 → 投产; 签约 / 签约落地 → 签约; works under way → 在建;
# a project only visited on a tour gets no status). Counts “截至目前” are cumulative; “预计” figures are target. National-level
# new areas (滇中新区, 贵安新区) are recorded as parks of kind 国家级新区. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/slNN.raw as returned.

# ---------------------------------------------------------------- sl01 曲靖经开区 三大项目签约 (掌上曲靖 / 曲靖日报 2019)
QJ = "曲靖经开区"
A0 = "计划总投资达157.5亿元的荣德新能源曲靖20GW太阳能晶硅电池一体化生产项目及一期20GW晶砖项目、锦州阳光二期年产3.6GW单晶硅棒及硅片项目、新能源电池环保循环利用项目等3大招商引资项目签约落地曲靖经开区"
A1 = "曲靖经开区管委会主任毛建桥分别与荣德新能源科技有限公司总裁唐骏、锦州阳光能源控股有限公司CEO谭鑫、佛山市高明区徽航能源科技有限公司董事长孔令涌签订项目合作协议"
AS1 = "2019年8月28日（集中签约）"
G["sl01"] = dict(
 article=art("总投资157.5亿元 曲靖市3大招商引资项目落地经开区", "曲靖日报（记者 张俊），经“掌上曲靖”发于曲靖论坛 0874bbs.com（论坛存档页）", "2019-08-28", "day",
  "City daily via the city's news app, copied on a local forum's archive page, Yunnan: a city signing ceremony at which three investment projects (solar-cell, silicon-wafer and battery-recycling) with a combined planned investment land in the national economic development zone; the three signing firms named with their legal names",
  "https://0874bbs.com/archiver/tid-102117.html",
  "日期取论坛帖“掌上曲靖 发表于 2019-8-28 19:57:23”，文中“8月28日下午”为签约日。标题照录；帖头一行已删。存段末行“据”为下一段残文，已删；正文截至“…尽早发挥效益。”，共四段。园区：曲靖经开区（曲靖经济技术开发区，文中只作“曲靖经开区”“经开区”；曲靖市，云南）。项目三个，均“签约落地曲靖经开区”→签约；只有合计“计划总投资达157.5亿元”，无单项金额。项目与企业的对应按签约顺序推定（荣德新能源科技有限公司—荣德项目；锦州阳光能源控股有限公司—锦州阳光二期；佛山市高明区徽航能源科技有限公司—新能源电池环保循环利用项目，后者为推定，注明）。荣德项目名含“及一期20GW晶砖项目”，整体作一个项目，phase 记一期部分于 note。香港亚太资源投资有限公司董事长为见证人，列可选公司（园区 null）。曲靖经开区管委会列可选机构。",
  "sl01"),
 parks=[
  park(QJ, "曲靖", "云南", "经济技术开发区", A0, aliases=["经开区"], note="标题作“经开区”；全称未出现"),
 ],
 companies=[
  comp("荣德新能源科技有限公司", QJ, A1, note="签约方；项目落地曲靖经开区"),
  comp("锦州阳光能源控股有限公司", QJ, A1, note="签约方；项目落地曲靖经开区"),
  comp("佛山市高明区徽航能源科技有限公司", QJ, A1, note="签约方；项目对应关系按顺序推定"),
  comp("香港亚太资源投资有限公司", None, "市政协主席朱德光,香港亚太资源投资有限公司董事长郑建明等领导的见证下", opt=True, note="见证人所在公司"),
 ],
 institutions=[
  inst("曲靖经开区管委会", A1, park=QJ, note="签约方（管委会主任毛建桥）"),
 ],
 projects=[
  proj("荣德新能源曲靖20GW太阳能晶硅电池一体化生产项目", QJ, A0, companies=["荣德新能源科技有限公司"], status="签约", status_text="签约落地",
       aliases=["荣德新能源曲靖20GW太阳能晶硅电池一体化生产项目及一期20GW晶砖项目"], note="含一期20GW晶砖项目；无单项金额"),
  proj("锦州阳光二期年产3.6GW单晶硅棒及硅片项目", QJ, A0, companies=["锦州阳光能源控股有限公司"], phase="二期", status="签约", status_text="签约落地",
       note="无单项金额"),
  proj("新能源电池环保循环利用项目", QJ, A0, companies=["佛山市高明区徽航能源科技有限公司"], status="签约", status_text="签约落地",
       note="无单项金额；业主按签约顺序推定"),
 ],
 aggregate_facts=[
  fact(QJ, "park", "projects_signed", 3, "count", A0, AS1),
  fact(QJ, "park", "signed_investment_cny", 1.575e10, "cny", A0, AS1, chk=True, note="三个项目计划总投资合计"),
 ])

# ---------------------------------------------------------------- sl02 安顺 第六批重大项目集中开工 (ZKX's LAB 2020)
XX = "西秀区产业园区"
ASJ = "安顺经开区"
B0 = "本次举行开工仪式的南山婆生态特色食品产业园建设项目位于西秀区产业园区,总投资12亿元"
B1 = "据悉,本次全市2020年第六批集中开工重大项目24个,涵盖制造业、生态环保、基础设施、社会事业、城市建设、经贸流通、交通运输等领域,总投资103.6亿元"
B2 = "开工仪式前,与会人员还到安顺经开区盛航云集先进材料产业园项目、中国物流黔中物流中心建设项目、安顺安吉精铸航空产业园建设项目、西秀区南山婆生态特色食品产业园建设项目进行实地观摩"
AS2 = "2020年11月27日（第六批集中开工）"
G["sl02"] = dict(
 article=art("安顺市2020年第二次项目建设现场观摩会暨第六批重大项目集中开工仪式举行", "ZKX's LAB（zkxblog.com，转载；原发媒体与署名未注明）", "2020-11-29", "day",
  "Blog-style aggregator relaying a city news item, Guizhou: a city project inspection tour and groundbreaking held at a food-industry park project in a district industrial park — its investment and capacity, the city's 24 projects started with totals by county and zone, projects in the economic development zone visited",
  "https://www.zkxblog.com/lab/read-3747058.html",
  "日期取页面“2020-11-29新闻7”；文中“11月27日”为开工仪式日。标题照录；站名、日期行、图片说明“安顺市2020年第六批重大项目集中开工仪式现场”、页尾“随机阅读 / qrcode / 访问手机版”已删。正文五段，完整。园区：西秀区产业园区（安顺市西秀区，贵州）；安顺经开区（文中又作“经开区”，在分县区统计中）。项目：南山婆生态特色食品产业园建设项目（西秀区产业园区，总投资12亿元，开工仪式在此举行→开工；业主“南山婆集团公司”）。观摩的安顺经开区盛航云集先进材料产业园项目（园区安顺经开区，无状态）；中国物流黔中物流中心建设项目、安顺安吉精铸航空产业园建设项目园区未明说（null，可选）。事实：全市第六批集中开工24个、总投资103.6亿元（subject 安顺市，region）；经开区项目1个、总投资2.5亿元（安顺经开区）；西秀区10个、11.9亿元（region，可选；按文意与南山婆项目12亿元不一致，照录）。",
  "sl02"),
 parks=[
  park(XX, "安顺", "贵州", "产业园区", B0, district="西秀区"),
  park(ASJ, "安顺", "贵州", "经济开发区", B2, aliases=["经开区"], note="分县区统计中作“经开区”"),
 ],
 companies=[
  comp("南山婆集团公司", XX, "项目业主代表南山婆集团公司围绕项目安全、质量、进度作表态发言", note="南山婆项目业主；名称不全"),
 ],
 projects=[
  proj("南山婆生态特色食品产业园建设项目", XX, B0, companies=["南山婆集团公司"], inv="总投资12亿元", status="开工", status_text="集中开工仪式",
       aliases=["西秀区南山婆生态特色食品产业园建设项目"], note="开工仪式举行地；建成后年产20万吨生态特色食品"),
  proj("安顺经开区盛航云集先进材料产业园项目", ASJ, B2, note="观摩项目，状态未说"),
  proj("中国物流黔中物流中心建设项目", None, B2, opt=True, note="观摩项目，园区未明说"),
  proj("安顺安吉精铸航空产业园建设项目", None, B2, opt=True, note="观摩项目，园区未明说"),
 ],
 aggregate_facts=[
  fact("安顺市", "region", "projects_started", 24, "count", B1, AS2, opt=True, note="全市第六批"),
  fact("安顺市", "region", "projects_started_investment_cny", 1.036e10, "cny", "交通运输等领域,总投资103.6亿元", AS2, chk=True, opt=True),
  fact(ASJ, "park", "projects_started", 1, "count", "经开区项目1个,总投资2.5亿元", AS2),
  fact(ASJ, "park", "projects_started_investment_cny", 2.5e8, "cny", "经开区项目1个,总投资2.5亿元", AS2, chk=True),
  fact("西秀区", "region", "projects_started", 10, "count", "西秀区项目10个, 总投资11.9亿元", AS2, opt=True),
  fact("西秀区", "region", "projects_started_investment_cny", 1.19e9, "cny", "西秀区项目10个, 总投资11.9亿元", AS2, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- sl03 滇中新区 上半年项目集中开工 (滇中新区报 via 洞察网 2021)
DZ = "云南滇中新区"
C0 = "6月28日上午,云南滇中新区举行2021年上半年项目集中开工仪式,国药控股云南有限公司医药健康产业园、先导(昆明)新材料科技产业园、滇中新区先进计算中心等10个产业类项目集中开工,总投资达75.6亿元"
C1 = "其中,先导新材料产业园将致力打造全球最大的稀散金属材料科技中心;凯瑞特移动破碎机制造项目将成为国内行业细分领域的龙头"
AS3 = "2021年6月28日（上半年集中开工）"
G["sl03"] = dict(
 article=art("云南滇中新区举行上半年项目集中开工仪式 总投资达75.6亿", "滇中新区报，载于洞察网 auto.dongchanet.com（汽车频道）", "2021-06-29", "day",
  "Zone paper relayed by a portal, Yunnan: a national-level new area's mid-year groundbreaking — ten industrial projects started with their total, three named projects and a fourth singled out, the owners' groups",
  "http://auto.dongchanet.com/20210629/76823.html",
  "日期取页面“来源:滇中新区报作者:洞察网2021-06-29 10:32:36”；文中“6月28日上午”为开工日。标题照录；“当前位置”行与来源日期行已删。存段末行“滇中”为下一段残文，已删；正文截至“…开好局、起好步。”，共四段。园区：云南滇中新区（国家级新区，文中又作“滇中新区”“新区”；昆明，云南），kind 记国家级新区。项目：国药控股云南有限公司医药健康产业园（后文作“国药控股项目”）、先导(昆明)新材料科技产业园（后文作“先导新材料产业园”）、滇中新区先进计算中心、凯瑞特移动破碎机制造项目（后者在“其中”一句中，属10个开工项目）→开工；无单项金额。公司：国药控股云南有限公司（园区滇中新区）；中国医药集团（副总经理出席，可选，园区 null）。事实：10个产业类项目、总投资75.6亿元。",
  "sl03"),
 parks=[
  park(DZ, "昆明", "云南", "国家级新区", C0, aliases=["滇中新区"], note="文中又作“新区”"),
 ],
 companies=[
  comp("国药控股云南有限公司", DZ, C0, note="医药健康产业园项目业主"),
  comp("中国医药集团", None, "与省卫生健康委员会副主任和向群、中国医药集团副总经理曾兵等为集中开工项目培土奠基", opt=True, note="国药控股的母集团；副总经理出席"),
 ],
 projects=[
  proj("国药控股云南有限公司医药健康产业园", DZ, C0, companies=["国药控股云南有限公司"], status="开工", status_text="集中开工",
       aliases=["国药控股项目"], note="无单项金额"),
  proj("先导(昆明)新材料科技产业园", DZ, C0, status="开工", status_text="集中开工", aliases=["先导新材料产业园"], note="无单项金额"),
  proj("滇中新区先进计算中心", DZ, C0, status="开工", status_text="集中开工", note="无单项金额"),
  proj("凯瑞特移动破碎机制造项目", DZ, C1, status="开工", status_text="集中开工", note="10个开工项目之一（“其中”句）；无单项金额"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "projects_started", 10, "count", C0, AS3, note="产业类项目"),
  fact(DZ, "park", "projects_started_investment_cny", 7.56e9, "cny", "等10个产业类项目集中开工,总投资达75.6亿元", AS3, chk=True),
 ])

# ---------------------------------------------------------------- sl04 曲靖经开区 德方纳米投产、亿纬锂能开工 (tech-ex 2022)
QE = "曲靖经济开发区"
D0 = "近日,在云南曲靖经济开发区,德方纳米年产11万吨磷酸锰铁锂正极材料项目正式投产,亿纬锂能动力储能电池项目一期顺利开工"
AS4 = "2021年"
G["sl04"] = dict(
 article=art("（无标题）曲靖经开区德方纳米磷酸锰铁锂项目投产、亿纬锂能动力储能电池项目一期开工", "m.tech-ex.com（“热点”栏转载；原发媒体与署名未注明）", "2022-10-11", "day",
  "Aggregator relaying a news item, Yunnan: in a city's economic development zone one cathode-material project enters production and a battery project's first phase starts; the two operating companies quoted; the city's three industrial chains with 2021 output",
  "http://m.tech-ex.com/redian/2022/1011/63212.html",
  "日期取网址 2022/1011；存段无标题、无日期行（title 为编者概括）。“(相关资料图)”已删；存段末段“今年1月至9月,…在全省领跑,我们要把”在引语中中断，整段删去，正文截至“…新能源电池产业达43.54亿元。”，共六段。园区：曲靖经济开发区（即曲靖经济技术开发区；文中又作“曲靖市经开区”；曲靖，云南）。项目：德方纳米年产11万吨磷酸锰铁锂正极材料项目（正式投产→投产；后文作“德方纳米磷酸锰铁锂项目”“磷酸锰铁锂正极材料项目”）；亿纬锂能动力储能电池项目一期（顺利开工→开工）。公司：曲靖德方纳米公司（名称如文，不全）、曲靖亿纬锂能有限公司，均在园区。事实：曲靖市2021年三个产业产值（region，可选）。",
  "sl04"),
 parks=[
  park(QE, "曲靖", "云南", "经济技术开发区", D0, aliases=["曲靖市经开区"], note="文中作“云南曲靖经济开发区”“曲靖市经开区”"),
 ],
 companies=[
  comp("曲靖德方纳米公司", QE, "曲靖德方纳米公司技术经理刘其峰表示", aliases=["德方纳米"], note="名称不全"),
  comp("曲靖亿纬锂能有限公司", QE, "曲靖亿纬锂能有限公司总经理彭爱成说", aliases=["亿纬锂能"]),
 ],
 projects=[
  proj("德方纳米年产11万吨磷酸锰铁锂正极材料项目", QE, D0, companies=["曲靖德方纳米公司"], status="投产", status_text="正式投产",
       aliases=["德方纳米磷酸锰铁锂项目", "磷酸锰铁锂正极材料项目"], note="无金额"),
  proj("亿纬锂能动力储能电池项目一期", QE, D0, companies=["曲靖亿纬锂能有限公司"], phase="一期", status="开工", status_text="顺利开工",
       aliases=["亿纬锂能动力储能电池项目"], note="无金额"),
 ],
 aggregate_facts=[
  fact("曲靖", "region", "green_aluminium_output_cny", 1.8074e10, "cny", "曲靖2021年绿色铝精深加工产业产值达180.74亿元", AS4, chk=True, opt=True),
  fact("曲靖", "region", "silicon_pv_output_cny", 7.16e9, "cny", "绿色硅光伏产业达71.6亿元", AS4, chk=True, opt=True),
  fact("曲靖", "region", "new_energy_battery_output_cny", 4.354e9, "cny", "新能源电池产业达43.54亿元", AS4, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- sl05 贵安新区高端装备制造产业园区二期厂房2标开工 (水电九局 via dzwindows 2023)
GA = "贵安新区"
GZ = "贵安新区高端装备制造产业园区"
E0 = "日前,由水电九局承建的贵安新区高端装备制造产业园区二期厂房2标项目顺利开工建设"
E1 = "项目主要建筑面积约11.5万平方米,主要建设内容包括标准厂房、混凝土厂房、钢结构厂房、钢结构仓库、综合楼、丁类仓库、垃圾收集站等建筑单体17栋"
G["sl05"] = dict(
 article=art("水电九局承建贵安新区高端装备制造产业园区二期厂房2标项目开工", "水电九局（作者 蔡国成，摄 王松；记者 张亚），载于 touzi.dzwindows.com（“基金”栏）", "2023-05-25", "day",
  "Contractor's news item relayed by a finance portal, Guizhou: a factory-building lot of a new area's high-end equipment manufacturing park (phase 2) starts, with its location, floor area and buildings",
  "http://www.touzi.dzwindows.com/jijin/2023/0525/12409.html",
  "日期取页面“2023-05-25 04:30:43来源:水电九局”；文中只作“日前”。标题照录；栏目行、日期来源行、“【资料图】”、署名“作者:蔡国成 摄/王松”“记者:张亚”、“标签:”及上一篇/下一篇已删。正文四段，完整。同文另见 jingjiyuanqu.cn（园区招商站改题转载），未用。园区：贵安新区高端装备制造产业园区（母园区贵安新区，贵州；位于马场镇科技新城地块）；贵安新区（国家级新区）；贵安马场科技新城列可选园区。项目：贵安新区高端装备制造产业园区二期厂房2标项目（顺利开工建设→开工；二期；无金额）。水电九局为承建方（施工企业，非业主），列可选公司，园区 null。事实：建筑面积约11.5万平方米、单体17栋（可选）。",
  "sl05"),
 parks=[
  park(GZ, "贵安新区", "贵州", "产业园区", E0, parent=GA, note="位于贵安新区马场镇科技新城地块内"),
  park(GA, "贵安新区", "贵州", "国家级新区", "这将进一步加速推动贵安新区“十四五”期间“双百亿”级产业园区建设", note="贵阳贵安"),
  park("贵安马场科技新城", "贵安新区", "贵州", "新城", "贵安新区的核心职能聚集区——贵安马场科技新城", parent=GA, opt=True),
 ],
 companies=[
  comp("水电九局", None, E0, opt=True, note="承建方（施工企业）"),
 ],
 projects=[
  proj("贵安新区高端装备制造产业园区二期厂房2标项目", GZ, E0, phase="二期", status="开工", status_text="顺利开工建设",
       note="施工标段；无金额；“强省会”重点项目"),
 ],
 aggregate_facts=[
  fact("贵安新区高端装备制造产业园区二期厂房2标项目", "project", "floor_area_m2", 1.15e5, "m2", E1, "2023年5月（开工）", qual="约", qtext="约", opt=True),
  fact("贵安新区高端装备制造产业园区二期厂房2标项目", "project", "buildings", 17, "count", E1, "2023年5月（开工）", opt=True),
 ])

# ---------------------------------------------------------------- sl06 云岩区三马产业园企业入园集中开工 (贵阳网 2023)
SM = "三马产业园"
F0 = "12月20日上午,贵阳市云岩区三马产业园企业入园集中开工仪式举行。20家企业或项目集中开工,总投资21.7亿元,涵盖电子信息制造、智能终端、电子芯片等领域,达产后预计年产值26亿元"
F1 = "云岩区三马产业园规划总用地面积1824亩,目前,已推进园区一、二、三期项目建设,建成标准厂房36栋、配套公寓2栋和研发中心1栋,建成面积36万平方米"
F2 = "现园区厂房入驻面积共计29.16万平方米,入驻率达81%"
F3 = "截至目前,全区新引进产业项目157个,总投资398亿元,实际到位资金46.18亿元,其中工业项目到位资金14.20亿元,占比30.75%,引进优强企业38家"
AS6 = "2023年12月20日（集中开工）"
AS6b = "2023年（截至12月20日）"
G["sl06"] = dict(
 article=art("（无标题）贵阳市云岩区三马产业园企业入园集中开工 20家企业或项目总投资21.7亿元", "贵阳网（甲秀新闻，记者 黎荣），载于 news.qx162.com", "2023-12-20", "day",
  "City news portal, Guizhou: a district industrial park's firms-moving-in groundbreaking — 20 firms or projects started with total and expected output, the park's area, buildings, floor space and occupancy, a firm quoted, the district's year-to-date investment-promotion figures",
  "http://news.qx162.com/cs/guiyang/2023/1220/383462.shtml",
  "日期取网址 2023/1220 与文中“12月20日上午”。存段无标题行（title 为编者概括）。正文五段（末行为署名“记者 黎荣 文/图”，照录），完整。园区：三马产业园（文中作“云岩区三马产业园”“三马产业园区”“园区”；贵阳市云岩区，贵州；拟申请省级园区）。公司：贵州芯时代智能科技有限公司（入园企业，法人代表发言）。项目：20家企业或项目未点名，不立项目。事实：园区集中开工20个、总投资21.7亿元、达产后预计年产值26亿元（target）；规划用地1824亩、标准厂房36栋、建成面积36万平方米、入驻面积29.16万平方米、入驻率81%；四期预计明年建成27万平方米（target，可选）。云岩区“截至目前”新引进产业项目157个、总投资398亿元、实际到位资金46.18亿元、工业项目到位资金14.20亿元（占比30.75%）、引进优强企业38家（region，cumulative）。",
  "sl06"),
 parks=[
  park(SM, "贵阳", "贵州", "产业园", F0, district="云岩区", aliases=["云岩区三马产业园", "三马产业园区"], note="拟申请省级园区"),
 ],
 companies=[
  comp("贵州芯时代智能科技有限公司", SM, "这也促使我下定决心把企业落地园区。接下来,有云岩区委、区政府的良好服务和鼎力支持,入驻园区的企业将会蒸蒸日上。”贵州芯时代智能科技有限公司法人代表罗忍俊说", note="入园企业"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SM, "park", "projects_started", 20, "count", F0, AS6, note="20家企业或项目"),
  fact(SM, "park", "projects_started_investment_cny", 2.17e9, "cny", "20家企业或项目集中开工,总投资21.7亿元", AS6, chk=True),
  fact(SM, "park", "expected_annual_output_cny", 2.6e9, "cny", "达产后预计年产值26亿元", "达产后（预计）", kind="target", chk=True),
  fact(SM, "park", "planned_area_mu", 1824, "mu", F1, "2023年12月", opt=True),
  fact(SM, "park", "standard_factories_built", 36, "count", F1, "2023年12月", kind="cumulative", opt=True),
  fact(SM, "park", "built_floor_area_m2", 3.6e5, "m2", F1, "2023年12月", kind="cumulative"),
  fact(SM, "park", "occupied_floor_area_m2", 2.916e5, "m2", F2, "2023年12月", kind="cumulative", opt=True),
  fact(SM, "park", "occupancy_rate", 0.81, "ratio", F2, "2023年12月", kind="ratio"),
  fact(SM, "park", "phase4_floor_area_m2", 2.7e5, "m2", "园区四期项目预计明年建设完成,建筑面积27万平方米", "2024年（预计）", kind="target", opt=True),
  fact("云岩区", "region", "projects_introduced", 157, "count", F3, AS6b, kind="cumulative", opt=True),
  fact("云岩区", "region", "introduced_investment_cny", 3.98e10, "cny", "全区新引进产业项目157个,总投资398亿元", AS6b, kind="cumulative", chk=True, opt=True),
  fact("云岩区", "region", "funds_in_place_cny", 4.618e9, "cny", "实际到位资金46.18亿元", AS6b, kind="cumulative", chk=True, opt=True),
  fact("云岩区", "region", "industrial_funds_in_place_cny", 1.42e9, "cny", "其中工业项目到位资金14.20亿元,占比30.75%", AS6b, kind="cumulative", chk=True, opt=True),
  fact("云岩区", "region", "strong_firms_introduced", 38, "count", F3, AS6b, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- sl07 贵安新区“三谷”项目 (news.qx162 2024)
HG = "贵安新区航空新材料绿色智慧产业园"
ZG = "贵安中电光谷数字经济产业园"
H0 = "今年以来,贵安新区持续深化东西部协作、巩固央地合作,牢牢抓住项目建设这个“牛鼻子”,大力推进航谷、中电光谷、蛇口网谷“三谷”项目建设"
H1 = "走进贵安新区航空新材料绿色智慧产业园(简称:航谷项目),只见一派繁忙"
H2 = "作为贵安新区航空航天产业的重要集聚地,航谷项目由贵安发展集团旗下贵安产投公司建设。规划产业用地2300亩"
H3 = "其中,中航发一期已建成并投入使用,中航发二期的场平工程形象进度完成约60%,预计年底前完成所有建设任务,航空航天孵化基地的建设进度则达到了85%"
H4 = "已与北京星际开发、中航发检测中心等9家链条企业签订投资和租赁协议,园区去化率超60%"
H5 = "据介绍,该项目由贵安发展集团和中电光谷联合控股有限公司共同规划建设"
AS7 = "2024年5月"
G["sl07"] = dict(
 article=art("（无标题）贵安新区推进航谷、中电光谷、蛇口网谷“三谷”项目建设", "news.qx162.com（贵安新区栏；原发媒体与署名存段未示）", "2024-05-11", "day",
  "City news portal's new-area channel, Guizhou: a national-level new area's three park projects — an aviation-materials park with its developer, land, sub-projects at different stages (one in use, one under construction with progress, an incubator 85% built) and nine tenant firms signed; a digital-economy park jointly developed with a listed park developer",
  "http://news.qx162.com/cs/gaxq/2024/0511/388394.shtml",
  "日期取网址 2024/0511。存段无标题行（title 为编者概括），含小标题“航谷:项目建设加速冲刺”“中电光谷:建设如火如荼”，各作一段保留。存段末段“中电光谷项目占地面积1760亩,…为各类数字化应用场景提供更加高”在句中中断，整段删去；正文截至“…高质量发展的重要布局。”，共十段；“蛇口网谷”部分未存。园区：贵安新区（国家级新区）；贵安新区航空新材料绿色智慧产业园（简称“航谷项目”“航谷”，母园区贵安新区）；贵安中电光谷数字经济产业园（简称“中电光谷项目”，母园区贵安新区）；蛇口网谷只被提及（可选）。项目：中航发一期（已建成并投入使用→投产，status_alt 竣工）、中航发二期（场平形象进度约60%→在建）、航空航天产业孵化基地（建设进度85%→在建），园区均为航谷；贵安中电光谷数字经济产业园项目（施工中→在建，园区贵安新区）。均无金额。公司：贵安发展集团、贵安产投公司（航谷建设方）、中电光谷联合控股有限公司（中电光谷共建方）；北京星际开发、中航发检测中心（签约链条企业，园区航谷）；中航发（只在项目名中，可选）。事实：航谷规划产业用地2300亩、签约链条企业9家、去化率超60%（ratio，超）。",
  "sl07"),
 parks=[
  park(GA, "贵安新区", "贵州", "国家级新区", H0, note="文中作“贵安新区”“贵阳贵安”"),
  park(HG, "贵安新区", "贵州", "产业园", H1, parent=GA, aliases=["航谷项目", "航谷"], note="简称“航谷项目”"),
  park(ZG, "贵安新区", "贵州", "产业园", "在贵安中电光谷数字经济产业园项目(简称:中电光谷项目)工程车辆往来穿梭", parent=GA, aliases=["中电光谷项目", "中电光谷"], note="简称“中电光谷项目”"),
  park("蛇口网谷", "贵安新区", "贵州", "产业园", H0, parent=GA, opt=True, note="只被提及"),
 ],
 companies=[
  comp("贵安发展集团", GA, H2, note="航谷与中电光谷的建设方"),
  comp("贵安产投公司", HG, H2, note="贵安发展集团旗下，航谷建设方"),
  comp("中电光谷联合控股有限公司", ZG, H5, note="中电光谷共建方"),
  comp("北京星际开发", HG, H4, note="签订投资和租赁协议的链条企业"),
  comp("中航发检测中心", HG, H4, note="签订投资和租赁协议的链条企业"),
  comp("中航发", HG, "围绕中航发涡轮叶片生产项目,以产业链上下游企业为重点", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中航发一期", HG, H3, phase="一期", status="投产", status_text="已建成并投入使用", status_alt="竣工", note="无金额"),
  proj("中航发二期", HG, H3, phase="二期", status="在建", status_text="场平工程形象进度完成约60%", note="预计年底前完成所有建设任务；无金额"),
  proj("航空航天产业孵化基地", HG, H3, status="在建", status_text="建设进度则达到了85%", note="无金额"),
  proj("中航发涡轮叶片生产项目", HG, "目前航谷项目围绕中航发涡轮叶片生产项目", opt=True, note="招商围绕的项目；状态未说"),
  proj("贵安中电光谷数字经济产业园项目", GA, "在贵安中电光谷数字经济产业园项目(简称:中电光谷项目)工程车辆往来穿梭,工人有序施工", companies=["贵安发展集团", "中电光谷联合控股有限公司"],
       status="在建", status_text="工人有序施工", aliases=["中电光谷项目"], note="园区开发项目；无金额"),
 ],
 aggregate_facts=[
  fact(HG, "park", "planned_industrial_land_mu", 2300, "mu", H2, AS7),
  fact(HG, "park", "tenant_firms_signed", 9, "count", H4, AS7, kind="cumulative"),
  fact(HG, "park", "occupancy_rate", 0.6, "ratio", H4, AS7, kind="ratio", qual="超", qtext="超", note="去化率"),
 ])
