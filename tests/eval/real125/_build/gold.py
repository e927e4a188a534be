# real125 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); euros and US dollars stay in their currency
# (*_eur / *_usd facts; a project's foreign amount in investment_value + investment_currency). Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none. Status from the text's words (签约 /
# 集中签约 → 签约; 动工 / 开工 → 开工; 建成并投入使用 → 竣工). Year-to-date counts are cumulative. Co-built and
# cross-border parks are parks (kind names the cooperation: 中德 / 中韩 / 中以 / 中日 / 中新 / 粤澳). Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/yqNN.raw as returned.

# ---------------------------------------------------------------- yq01 青岛中德生态园 10 German projects signed (半岛都市报 2019)
ZD = "中德生态园"
A0 = "德国博马科技涡轮增压器制造及研发中心项目、德国新材料车体项目、德国农机智能装备研究院项目等10个重点项目现场签约,涉及新材料、智慧农业、智能制造、文化旅游、医养健康、教育培训等领域,总投资额10.7亿欧元"
A1 = "今年以来,德国在青投资企业合同外资同比增长95.76%、实际使用外资同比增长65.71%,德国累计在青投资项目365个"
AS1 = "2019年11月28日（签约仪式）"
G["yq01"] = dict(
 article=art("10个重点德资项目签约青岛中德生态园", "半岛都市报（文/图 半岛记者 李晓哲），载于 qdxin.cn（信网）", "2019-11-29", "day",
  "City daily on a local news portal, Shandong: a Sino-German eco-park's investment-promotion event and signing ceremony — ten German projects signed (three named) with their total in euros, the city's German-investment growth and cumulative projects, a 'international living room' platform, park advisers appointed",
  "http://www.qdxin.cn/Fortune/2019/197057.html", 
  "日期取页面“2019-11-29 10:39:00”（文中“11月28日上午”为活动日）。标题照录；“原标题:中德“国际客厅”开门迎客 王清宪杨军史明德出席并揭牌”记于 title_note；“搜索”“信网手机版…”、时间行、“责任编辑:芃芃”、署名行已删（署名记于 outlet）。存段末句“同时,10个重点项目现场签约,涉及…教育培训等”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…作了中德国际客厅招商推介。”，共四段。园区：中德生态园（标题作“青岛中德生态园”；青岛市，山东；区县文中未说）。“青岛国际经济合作区管委”只作为推介单位出现，列可选园区（与中德生态园的关系文中未说）。项目：三个点名德国项目（现场签约→签约，园区中德生态园，无单项金额）；10个项目合计10.7亿欧元为事实（eur，不折人民币）。德国在青投资的增速与累计项目数归青岛（region）。上海德国中心、德国不莱梅雅克布大学、德国国家科学与工程院列可选机构；市领导、大使不列。",
  "yq01", title_note="原标题:中德“国际客厅”开门迎客 王清宪杨军史明德出席并揭牌"),
 parks=[
  park(ZD, "青岛", "山东", "中德合作生态园", "青岛中德“国际客厅”招商推介会暨中德生态园重点德资项目签约仪式在中德生态园举行", aliases=["青岛中德生态园"], note="标题作“青岛中德生态园”；区县文中未说"),
  park("青岛国际经济合作区", "青岛", "山东", "国际经济合作区", "青岛国际经济合作区管委负责同志作了中德国际客厅招商推介", opt=True, note="只作推介单位（管委）出现；与中德生态园的关系文中未说"),
 ],
 companies=[
  comp("德国博马科技", ZD, A0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("上海德国中心", "上海德国中心CEO兼董事长夏建安致辞", kind="organization"),
  inst("德国不莱梅雅克布大学", "王清宪为德国不莱梅雅克布大学教授罗尔夫·施密特和德国国家科学与工程院院士赫尔茨克颁发中德生态园国际顾问聘书", kind="university"),
  inst("德国国家科学与工程院", "王清宪为德国不莱梅雅克布大学教授罗尔夫·施密特和德国国家科学与工程院院士赫尔茨克颁发中德生态园国际顾问聘书", kind="academy"),
 ],
 projects=[
  proj("德国博马科技涡轮增压器制造及研发中心项目", ZD, A0, companies=["德国博马科技"], status="签约", status_text="现场签约", note="10个重点德资项目之一；无单项金额"),
  proj("德国新材料车体项目", ZD, A0, status="签约", status_text="现场签约", note="同上"),
  proj("德国农机智能装备研究院项目", ZD, A0, status="签约", status_text="现场签约", note="同上"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "projects_signed", 10, "count", A0, AS1, note="重点德资项目，现场签约"),
  fact(ZD, "park", "signed_investment_eur", 1.07e9, "eur", A0, AS1, note="总投资额10.7亿欧元（欧元，不折人民币）"),
  fact("青岛", "region", "german_contracted_fdi_yoy_growth", 0.9576, "ratio", A1, "2019年1月至11月下旬", kind="ratio", opt=True),
  fact("青岛", "region", "german_actual_fdi_yoy_growth", 0.6571, "ratio", A1, "2019年1月至11月下旬", kind="ratio", opt=True),
  fact("青岛", "region", "german_projects", 365, "count", A1, "2019年11月", kind="cumulative", opt=True, note="德国累计在青投资项目"),
 ])

# ---------------------------------------------------------------- yq02 盐城经开区 韩资工业园 调研 (2013)
YC = "盐城经济技术开发区"
HZ = "韩资工业园"
B0 = "韩资工业园总规划面积15平方公里,一期3平方公里,已集聚37家韩资汽配企业"
B1 = "得知园区已建成标准厂房29幢、20万平方米,在建15幢、10万平方米,有23家韩资企业承租25幢"
B2 = "韩资工业园今年签约项目33个,累计总投资6.66亿美元;新开工项目22个,累计总投资4.47亿美元"
B3 = "盐城经济技术开发区今年1—11月份,完成公共财政预算收入24.6亿元,规模以上工业增加值215亿元,实际到账外资3.18亿美元,固定资产投资138亿元"
C1 = "随后,魏国强深入利富高(盐城)精密塑脂制品有限公司和盐城日进汽车系统有限公司生产车间"
AS2 = "2013年1–11月"
G["yq02"] = dict(
 article=art("魏国强到盐城经济技术开发区韩资工业园调研", "盐城（来源行只作“盐城”；原刊未具名），载于 jszsyz.com（江苏招商引资网站）", "2013-12-10", "day",
  "Investment-promotion site relaying a city item, Jiangsu: the mayor's inspection of a Korean-invested industrial park inside a national economic and technological development zone — park area, Korean auto-parts firms, standard factories built / under construction / leased, two named Korean firms visited, the park's signed and started projects in US dollars, the zone's January–November fiscal, industrial, FDI and investment figures",
  "http://jszsyz.com/zs/detail-5207.html",
  "日期取页面“来源:盐城 发布时间:2013-12-10”（文中“12月9日下午”为调研日）。标题照录；副题“找准路子突出特色  打造韩资集聚区标杆”作首段保留（两空格照录）；站名行、来源行与图说“市长魏国强(中)在盐城经济技术开发区韩资工业园调研。”已删。存段末段在“‘一厂三园’作为发展的”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…关键在于找准路子、突出特色。”，共五段。园区：盐城经济技术开发区（盐城市，江苏）；韩资工业园（文中又作“盐城经济技术开发区韩资工业园”，母园区盐城经济技术开发区）。公司：利富高(盐城)精密塑脂制品有限公司、盐城日进汽车系统有限公司——调研中“随后”深入其车间，园区推定为韩资工业园（note 注明）；东风悦达起亚只在被删残句中，不列。事实：韩资工业园面积、37家韩资汽配企业、标准厂房、今年签约33个/6.66亿美元、新开工22个/4.47亿美元（美元，kind cumulative）；开发区1—11月四项（公共财政预算收入、规上工业增加值、固定资产投资为 cny，实际到账外资为 usd）。市领导不列。",
  "yq02"),
 parks=[
  park(YC, "盐城", "江苏", "经济技术开发区", B3, note="文中又作“全区”"),
  park(HZ, "盐城", "江苏", "韩资工业园（园中园）", B0, parent=YC, aliases=["盐城经济技术开发区韩资工业园"]),
 ],
 companies=[
  comp("利富高(盐城)精密塑脂制品有限公司", HZ, C1, note="调研中深入其车间；园区由语境推定"),
  comp("盐城日进汽车系统有限公司", HZ, C1, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "planned_area_km2", 15, "km2", B0, "2013年12月"),
  fact(HZ, "park", "phase1_area_km2", 3, "km2", B0, "2013年12月", opt=True),
  fact(HZ, "park", "korean_firms", 37, "count", B0, "2013年12月", kind="cumulative", note="韩资汽配企业"),
  fact(HZ, "park", "standard_factory_built_m2", 2e5, "m2", B1, "2013年12月", kind="cumulative", note="29幢"),
  fact(HZ, "park", "standard_factory_under_construction_m2", 1e5, "m2", "在建15幢、10万平方米", "2013年12月", opt=True, note="15幢"),
  fact(HZ, "park", "korean_firms_renting", 23, "count", "有23家韩资企业承租25幢", "2013年12月", opt=True),
  fact(HZ, "park", "projects_signed", 33, "count", B2, "2013年（截至12月上旬）", kind="cumulative"),
  fact(HZ, "park", "signed_investment_usd", 6.66e8, "usd", B2, "2013年（截至12月上旬）", kind="cumulative"),
  fact(HZ, "park", "projects_started", 22, "count", "新开工项目22个,累计总投资4.47亿美元", "2013年（截至12月上旬）", kind="cumulative"),
  fact(HZ, "park", "projects_started_investment_usd", 4.47e8, "usd", "新开工项目22个,累计总投资4.47亿美元", "2013年（截至12月上旬）", kind="cumulative"),
  fact(YC, "park", "general_budget_revenue_cny", 2.46e9, "cny", "完成公共财政预算收入24.6亿元", AS2, kind="cumulative", chk=True),
  fact(YC, "park", "above_scale_industrial_value_added_cny", 2.15e10, "cny", "规模以上工业增加值215亿元", AS2, kind="cumulative", chk=True),
  fact(YC, "park", "actual_fdi_usd", 3.18e8, "usd", "实际到账外资3.18亿美元", AS2, kind="cumulative"),
  fact(YC, "park", "fixed_asset_investment_cny", 1.38e10, "cny", "固定资产投资138亿元", AS2, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- yq03 中以常州创新园 调研 (武进区政府 2018)
ZY = "中以常州创新园"
D0 = "中以常州创新园目前入驻以色列及中以合作企业80多家,促成了中以合作项目20多个,建成了以色列中心、以色列创新科技孵化器、中以国际技术转移投资中心等创新载体,并设立了国内最大的对以合作基金——中以创新发展基金"
G["yq03"] = dict(
 article=art("（无标题）以色列外交部经济司副司长一行专题调研中以常州创新园", "常州市武进区人民政府网站 www.wj.gov.cn（“开发区动态”栏；存段无署名）", "2018-11-09", "day",
  "District government website, Jiangsu: a visit by Israeli diplomats to a China–Israel innovation park co-built by the two governments — firms settled, cooperation projects, innovation carriers and a cooperation fund named, bilateral trade",
  "https://www.wj.gov.cn/html/czwj/2018/FAOMPMFI_1109/260371.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2018/…_1109（文中“11月7日”为调研日），precision 记 day 但属推定。面包屑“您当前的位置:…”已删。正文四段，存段止于完整句。园区：中以常州创新园（常州市，江苏；区县据网站为武进区，文中只作“区长戴士福”）。基金：中以创新发展基金（“国内最大的对以合作基金”，无规模）。以色列中心、以色列创新科技孵化器、中以国际技术转移投资中心为园内创新载体，列可选机构。事实：入驻以色列及中以合作企业80多家（余）、促成中以合作项目20多个（余），cumulative。“去年中以之间的贸易达到了110亿美金”为两国贸易，列可选（region）。以方官员、区长不列。",
  "yq03"),
 parks=[
  park(ZY, "常州", "江苏", "中以合作创新园", D0, district="武进区", note="区县据网站（武进区政府），文中未写；“全国唯一的由中以两国政府签约共建的创新园区”"),
 ],
 companies=[],
 institutions=[
  inst("以色列中心", D0, kind="platform", park=ZY),
  inst("以色列创新科技孵化器", D0, kind="incubator", park=ZY),
  inst("中以国际技术转移投资中心", D0, kind="platform", park=ZY),
 ],
 funds=[
  fund("中以创新发展基金", ZY, D0, note="国内最大的对以合作基金；规模未说"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "firms", 80, "count", D0, "2018年11月", kind="cumulative", qual="余", qtext="多", note="以色列及中以合作企业"),
  fact(ZY, "park", "cooperation_projects", 20, "count", D0, "2018年11月", kind="cumulative", qual="余", qtext="多", note="促成中以合作项目"),
  fact("中国、以色列", "region", "bilateral_trade_usd", 1.1e10, "usd", "去年中以之间的贸易达到了110亿美金", "2017年", opt=True, note="以方官员语；“美金”"),
 ])

# ---------------------------------------------------------------- yq04 中日(成都)地方发展合作示范区 15 projects (华西都市报 2020)
ZR = "中日(成都)地方发展合作示范区"
CG = "成都高新区"
E0 = "同时,日本三菱重工中日数字低碳城市科技创新中心等15个项目现场集中签约,计划投资总额超200亿元"
E1 = "日本三菱重工中日数字低碳城市科技创新中心、日本Mikihouse中国区总部、国际动漫研究院项目、成都(日本)动漫创意产业中心等15个项目现场集中签约,计划投资总额204.5亿元,其中11个项目落地成都高新区"
E2 = "以此次活动为契机,成都与日方相关企业、机构达成28项合作协议,包括2个50亿元级项目、2个20亿元级项目、3个10亿元级项目和4个5亿元级项目"
E3 = "以及三菱重工、欧力士等一批成熟项目的签约入驻,标志着成都、成都高新区对日合作再向前迈出坚实步伐"
AS4 = "2020年11月19日（集中签约）"
PN = "15个项目之一；11个落地成都高新区，哪些未说，park 记 null"
G["yq04"] = dict(
 article=art("中日(成都)地方发展合作示范区发展加速 15个项目集中签约 总投资逾200亿", "华西都市报（华西都市报-封面新闻记者 杨金祝 雷远东），载于中国侨网 chinaqw.com", "2020-11-20", "day",
  "Provincial-capital daily on an overseas-Chinese news portal, Sichuan: a China–Japan local cooperation demonstration zone's promotion and signing event — 15 projects signed (four named) with their total, 28 agreements by size band, 11 projects landing in the high-tech zone, Japanese firms named",
  "http://www.chinaqw.com/jjkj/2020/11-20/276960.shtml",
  "日期取页面“2020年11月20日 11:18 来源:华西都市报”（文中“11月19日”为活动日）。标题照录主题与副题（副题“15个项目集中签约 总投资逾200亿”另在正文作小标题，保留）；站名行、“设为首页”、日期来源行、“字号:”、重复的标题行与记者行已删（记者记于 outlet）。存段末段在“助力成都天府国际生物城形成再生医”处中断，该句（“推介会上,成都高新区与乐敦投资(中国)签署…”）已删（make_txt.py LINE_SUFFIX），正文截至“…开始战略布局干细胞再生医学领域。”，共五段（含小标题）。园区：中日(成都)地方发展合作示范区（成都，四川；kind 记国际合作示范区）；成都高新区；骑龙创新园只在“骑龙创新园城市设计”中，列可选园区（与示范区的关系文中未说）。项目：四个点名签约项目（现场集中签约→签约），无单项金额；“其中11个项目落地成都高新区”未说是哪些，park 记 null。公司：三菱重工、欧力士（“一批成熟项目的签约入驻”）、乐敦制药株式会社（日本制药公司，园区未说）；Mikihouse 只在项目名中，可选。事实：15个项目、204.5亿元（首段又作“超200亿元”，列可选）、落地成都高新区11个、成都与日方达成28项合作协议（region 成都）；分档个数可选。",
  "yq04"),
 parks=[
  park(ZR, "成都", "四川", "国际合作示范区（中日地方发展合作示范区）", "活动现场发布了中日(成都)地方发展合作示范区对日合作清单、产业规划、骑龙创新园城市设计"),
  park(CG, "成都", "四川", "高新区", E1, note="文中又与“成都”并举"),
  park("骑龙创新园", "成都", "四川", "创新园", "活动现场发布了中日(成都)地方发展合作示范区对日合作清单、产业规划、骑龙创新园城市设计", opt=True, note="只在“城市设计”中出现；与示范区的关系文中未说"),
 ],
 companies=[
  comp("三菱重工", None, E3, aliases=["日本三菱重工"], note="签约入驻的成熟项目；项目名作“日本三菱重工中日数字低碳城市科技创新中心”"),
  comp("欧力士", None, E3, note="签约入驻的成熟项目；项目名未说"),
  comp("乐敦制药株式会社", None, "乐敦制药株式会社是日本著名制药公司,也是日本上市企业", note="园区未说（合作协议一句已删）"),
  comp("Mikihouse", None, E1, opt=True, note="只在项目名“日本Mikihouse中国区总部”中"),
 ],
 projects=[
  proj("日本三菱重工中日数字低碳城市科技创新中心", None, E1, companies=["三菱重工"], status="签约", status_text="现场集中签约", note=PN),
  proj("日本Mikihouse中国区总部", None, E1, companies=["Mikihouse"], status="签约", status_text="现场集中签约", note=PN),
  proj("国际动漫研究院项目", None, E1, status="签约", status_text="现场集中签约", note=PN),
  proj("成都(日本)动漫创意产业中心", None, E1, status="签约", status_text="现场集中签约", note=PN),
 ],
 aggregate_facts=[
  fact(ZR, "park", "projects_signed", 15, "count", E1, AS4, note="中日(成都)城市建设与现代服务业开放合作示范项目合作推介暨集中签约活动"),
  fact(ZR, "park", "signed_investment_cny", 2.045e10, "cny", "计划投资总额204.5亿元,其中11个项目落地成都高新区", AS4, chk=True),
  fact(ZR, "park", "signed_investment_cny", 2e10, "cny", "计划投资总额超200亿元", AS4, qual="超", qtext="超", opt=True, chk=True, note="首段概数，与204.5亿元同指"),
  fact(CG, "park", "projects_signed", 11, "count", "其中11个项目落地成都高新区", AS4),
  fact("成都", "region", "cooperation_agreements", 28, "count", E2, AS4, opt=True, note="成都与日方相关企业、机构达成"),
 ])

# ---------------------------------------------------------------- yq05 日企在镇打造汽车零部件产业园 (大河车网 2012)
DY = "丹阳经济开发区"
F0 = "东龙日联(丹阳)企管公司是日商投资项目,落户于丹阳经济开发区,规划占地面积为310亩,建筑面积为10.7万平方米,可以容纳200-300家投资规模在300万-1000万美元的日本企业进驻,最终建成汽车零部件和日本汽车设备产业园,总投资规模将达到80亿元"
G["yq05"] = dict(
 article=art("日企在镇打造汽车零部件产业园", "大河车网 dahecw.com（来源行作“大河车网”；原刊未具名）", "2012-03-29", "day",
  "Automotive news site, Jiangsu story: the acting mayor meets the head of a Japanese-invested park developer — its auto-parts and Japanese auto-equipment park in a county-level development zone, site and floor area, capacity for Japanese firms, total investment, groundbreaking date and firms expected this year",
  "http://dahecw.com/show.php?id=27943",
  "日期取页面“2012-03-29 来源:大河车网”（文中“26日上午”为会见日，即2012年3月26日）。标题照录；面包屑与来源行已删。正文四段，完整。园区：丹阳经济开发区（镇江市丹阳市，江苏）；“汽车零部件和日本汽车设备产业园”为东龙日联建设中的园中园（文中又作“丹阳园区”“产业园”），列园区，母园区丹阳经济开发区。公司：东龙日联(丹阳)企业管理有限公司（又作“东龙日联(丹阳)企管公司”）。项目：以企业名作项目名的“东龙日联(丹阳)企管公司”日商投资项目——“总投资规模将达到80亿元”（无限定词），“项目已于去年8月正式动工”→开工（2011年8月），园区丹阳经济开发区。事实：规划占地310亩、建筑面积10.7万平方米、今年将有50家企业进驻（target，2012年）；“200-300家”“300万-1000万美元”为区间，不计。丰田汽车只在人物履历中，不列。市领导不列。",
  "yq05"),
 parks=[
  park(DY, "镇江", "江苏", "经济开发区", F0, district="丹阳市"),
  park("汽车零部件和日本汽车设备产业园", "镇江", "江苏", "日资产业园（园中园，在建）", F0, district="丹阳市", parent=DY,
       aliases=["丹阳园区"], note="东龙日联建设；文中又作“产业园”"),
 ],
 companies=[
  comp("东龙日联(丹阳)企业管理有限公司", DY, "代市长朱晓明在会见东龙日联(丹阳)企业管理有限公司董事长兼总经理东和男时说", aliases=["东龙日联(丹阳)企管公司"], note="日商投资；园区开发方"),
 ],
 projects=[
  proj("东龙日联(丹阳)企管公司", DY, F0, companies=["东龙日联(丹阳)企业管理有限公司"], inv="总投资规模将达到80亿元", status="开工", status_text="已于去年8月正式动工",
       aliases=["汽车零部件和日本汽车设备产业园"], note="以企业名作项目名（“日商投资项目”）；2011年8月动工；建成汽车零部件和日本汽车设备产业园"),
 ],
 aggregate_facts=[
  fact("汽车零部件和日本汽车设备产业园", "park", "site_area_mu", 310, "mu", F0, "2012年3月（规划）", kind="target", note="规划占地面积"),
  fact("汽车零部件和日本汽车设备产业园", "park", "floor_area_m2", 1.07e5, "m2", F0, "2012年3月（规划）", kind="target"),
  fact("汽车零部件和日本汽车设备产业园", "park", "expected_firms", 50, "count", "今年将有50家企业进驻产业园", "2012年（预计）", kind="target"),
 ])

# ---------------------------------------------------------------- yq06 中新天津生态城 一年 (中国日报网 2009)
ST = "中新天津生态城"
H0 = "生态城的产业发展初见成效,截至目前,累计入驻企业达到85家,注册基金近90亿元,累计完成投资70亿元"
H1 = "国家动漫产业综合示范园、科技园、产业园全部开工;中新天津生态城投资开发有限公司正式挂牌运营"
AS6 = "2009年9月（开工近一年）"
G["yq06"] = dict(
 article=art("中新天津生态城建设一年变化大已完成投资70亿元", "中国日报网 中国在线（天津频道“滚动新闻”）", "2009-09-20", "day",
  "National English-language daily's Chinese regional site, Tianjin: a China–Singapore eco-city one year after groundbreaking — firms settled, registered capital, investment completed, three sub-parks started, the developer company launched, infrastructure and environmental works, an urban-design competition with Singapore's URA",
  "http://www.chinadaily.com.cn/zgzx/2009-09/20/content_8712933.htm",
  "日期取页面“2009-09-20 11:21”（文中“916”为市政府新闻发布会日，即9月16日）。标题照录；频道标签行、“中国在线 > 天津”“滚动新闻”与日期行已删。存段末段“生态城致力建设成为“资源节约、环境友好、经济蓬勃”在引语中中断，整段删去（make_txt.py ITEMS），正文截至“…拉开了生态城全面开发建设的序幕。”，共六段。页面日期写法“916”“20071118”“2008928”缺年月日字样，照录。园区：中新天津生态城（天津市滨海新区；文中又作“生态城”）；国家动漫产业综合示范园（生态城内，开工）列可选园区。项目：国家动漫产业综合示范园、科技园、产业园“全部开工”→开工（后两者名称泛指，可选）。公司：中新天津生态城投资开发有限公司（正式挂牌运营）。机构：新加坡城市重建局、生态城管委会（可选）。事实：累计入驻企业85家、注册基金近90亿元（约）、累计完成投资70亿元（cumulative）；约30平方公里（area，约）。",
  "yq06"),
 parks=[
  park(ST, "天津", "天津", "中新合作生态城", "中新天津生态城自去年9月破土动工以来已经将满一年了", district="滨海新区", note="文中又作“生态城”；位于滨海新区"),
  park("国家动漫产业综合示范园", "天津", "天津", "产业园（园中园）", H1, district="滨海新区", parent=ST, opt=True),
 ],
 companies=[
  comp("中新天津生态城投资开发有限公司", ST, H1, note="正式挂牌运营"),
 ],
 institutions=[
  inst("生态城管委会", "今年年初,生态城管委会还会同新加坡城市重建局", park=ST),
  inst("新加坡城市重建局", "今年年初,生态城管委会还会同新加坡城市重建局", note="新加坡政府机构"),
 ],
 projects=[
  proj("国家动漫产业综合示范园", ST, H1, status="开工", status_text="全部开工", note="园区开发项目"),
  proj("科技园", ST, H1, status="开工", status_text="全部开工", opt=True, note="名称泛指"),
  proj("产业园", ST, H1, status="开工", status_text="全部开工", opt=True, note="名称泛指"),
 ],
 aggregate_facts=[
  fact(ST, "park", "firms", 85, "count", H0, AS6, kind="cumulative", note="累计入驻企业"),
  fact(ST, "park", "registered_capital_cny", 9e9, "cny", "注册基金近90亿元,累计完成投资70亿元", AS6, kind="cumulative", qual="约", qtext="近", chk=True, note="“注册基金”照录"),
  fact(ST, "park", "investment_completed_cny", 7e9, "cny", "累计完成投资70亿元", AS6, kind="cumulative", chk=True),
  fact(ST, "park", "area_km2", 30, "km2", "选址就选在了滨海新区这片约30平方公里的土地上", "2007年（选址）", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yq07 中韩(烟台)产业园 (烟台日报 via 观海新闻 2020)
ZH = "中韩(烟台)产业园"
YT = "烟台高新区"
SW = "山东国际生物科技园"
K0 = "烟台世宗医疗器械有限公司是中韩(烟台)产业园高新区片区山东国际生物科技园里的代表韩资企业"
K1 = "同样为优质服务叫好的还有高新区韩资龙头企业——艾多美中国总部公司"
K2 = "目前艾多美项目二期工程主体建设已经全部完工,计划于今年年底投入使用"
K3 = "公司已经带领下游供应商韩国科玛和得皓齿、麦纳提等三家公司一同来高新区发展"
K4 = "未来艾多美将借助国际招商产业和中韩产业园建设契机,计划引进韩国十余家供应商,建设完整的生产流通产业链,共同合作打造艾多美产业园"
G["yq07"] = dict(
 article=art("中韩(烟台)产业园:打造中韩地方经济和高端产业合作新高地", "烟台日报，载于观海新闻 m.guanhai.com.cn（存段无署名）", "2020-11-20", "day",
  "City daily on its news app, Shandong: feature on a China–Korea co-built industrial park — a Korean medical-device firm in a biotech park inside the park's high-tech-zone section (sales grown five-fold), a Korean anchor firm's headquarters project phase 2 finished in structure, three Korean suppliers brought in, a planned supplier park",
  "https://m.guanhai.com.cn/p/33206.html",
  "日期取页面“2020-11-20 08:41 烟台日报”。标题照录；APP提示行与日期行已删；两行小标题“设“服务专班”定“返岗包车””“扶持政策引韩资企业“点赞””各作一段保留。存段末段在“艾多美销售平台于7月10日正式上线后,”处中断，该句（“据悉,艾多美(中国)总部项目落户烟台高新区以来…”）已删（make_txt.py LINE_SUFFIX），正文截至“…贴心服务密不可分。”，共五段。园区：中韩(烟台)产业园（烟台，山东；文中又作“中韩产业园”）；其“高新区片区”即烟台高新区（文中作“高新区”，另在“中韩产业园管理服务中心”前作“烟台高新区”），母园区记中韩(烟台)产业园；山东国际生物科技园在高新区片区内。艾多美产业园为计划中的园区（可选）。公司：烟台世宗医疗器械有限公司（山东国际生物科技园，2019年3月入驻）；艾多美中国总部公司（高新区韩资龙头企业）；韩国科玛、得皓齿、麦纳提（随艾多美来高新区，园区烟台高新区）。项目：艾多美项目二期工程——主体建设全部完工、计划年底投入使用，status 记在建（主体完工≠竣工），园区烟台高新区；艾多美产业园（planned，可选）。事实：世宗“销售规模增长了5倍”（ratio 5.0，公司）。人物不列。",
  "yq07"),
 parks=[
  park(ZH, "烟台", "山东", "中韩合作产业园", K0, aliases=["中韩产业园"], note="国家批设的中韩产业园之一（文中未说）"),
  park(YT, "烟台", "山东", "高新区", "与烟台高新区特别是中韩产业园管理服务中心的贴心服务密不可分", parent=ZH, aliases=["高新区"],
       note="文中作“中韩(烟台)产业园高新区片区”“高新区”；母园区关系由“高新区片区”推定"),
  park(SW, "烟台", "山东", "生物科技园（园中园）", K0, parent=YT),
  park("艾多美产业园", "烟台", "山东", "企业产业园（计划）", K4, parent=YT, opt=True, note="计划中；由艾多美与供应商共同打造"),
 ],
 companies=[
  comp("烟台世宗医疗器械有限公司", SW, K0, note="韩资企业；2019年3月入驻"),
  comp("艾多美中国总部公司", YT, K1, aliases=["艾多美"], note="高新区韩资龙头企业"),
  comp("韩国科玛", YT, K3, note="艾多美下游供应商，一同来高新区发展"),
  comp("得皓齿", YT, K3, note="同上"),
  comp("麦纳提", YT, K3, note="同上"),
 ],
 institutions=[
  inst("中韩产业园管理服务中心", "与烟台高新区特别是中韩产业园管理服务中心的贴心服务密不可分", park=ZH),
 ],
 projects=[
  proj("艾多美项目二期工程", YT, K2, companies=["艾多美中国总部公司"], phase="二期", status="在建", status_text="主体建设已经全部完工,计划于今年年底投入使用",
       note="主体完工，计划2020年底投入使用"),
  proj("艾多美产业园", YT, K4, companies=["艾多美中国总部公司"], status="planned", status_text="计划…共同合作打造", opt=True),
 ],
 aggregate_facts=[
  fact("烟台世宗医疗器械有限公司", "company", "sales_growth_since_entry", 5.0, "ratio", "到目前公司销售规模增长了5倍", "2019年3月至2020年11月", kind="ratio", note="“增长了5倍”照记5.0"),
 ])

# ---------------------------------------------------------------- yq08 粤澳合作中医药科技产业园 (澳门新闻局 2019)
YA = "粤澳合作中医药科技产业园"
L0 = "粤澳合作中医药科技产业园位于横琴新区高新技术片区,于2011年4月奠基,占地面积50万平方米"
L1 = "目前已注册准备进驻园区的企业共119间,澳门占29家"
L2 = "其中,科研总部大楼、GMP中试生产大楼、研发检测大楼及企业孵化区已建成并投入使用"
AS8 = "2019年4月"
G["yq08"] = dict(
 article=art("（无标题）澳门特区政府新闻局：粤澳合作中医药科技产业园（要点）", "澳门特别行政区政府新闻局 gcs.gov.mo（简体页面；图片摄影 邝振威）", "2019-04-04", "day",
  "Macau government news bureau, bullet-point fact sheet: a Guangdong–Macau co-built traditional-Chinese-medicine park in Hengqin — site area, joint development company, buildings completed and in use, registered firms (Macau share, newly cultivated vs traditional), youth trainees, products under development, incubation floor area",
  "https://www.gcs.gov.mo/news/detail/zh-hans/G19DDghO9a",
  "日期取页面“新闻局 2019-04-04 15:44”。存段无标题（首行“粤澳合作中医药科技产业园(摄影:邝振威)”为图说，已删；title 为编者概括）；“Loading”、视频提示与订阅、社交账号行已删。正文十条要点，每条行首的列表符“• ”已删（make_txt.py BULLET），文字不改；存段止于完整句。为澳门政府新闻局自己的简体页面（非转换站）。园区：粤澳合作中医药科技产业园（珠海横琴，广东；文中作“产业园”“园区”）；横琴新区（高新技术片区）列可选园区作母区。项目：科研总部大楼、GMP中试生产大楼、研发检测大楼、企业孵化区——“已建成并投入使用”→竣工（status_alt 投产）；开发公司未具名。事实：占地50万平方米；注册准备进驻企业119间、其中澳门29家（新培育19、传统中医药企业投资10，可选）；截至2018年44人次参加培训等（可选）；为3家澳门企业研发4个新产品（可选）；企业孵化区建筑面积12.8万平方米。",
  "yq08"),
 parks=[
  park(YA, "珠海", "广东", "粤澳合作产业园（中医药）", L0, district="横琴新区", note="文中又作“产业园”“园区”"),
  park("横琴新区", "珠海", "广东", "国家级新区", L0, district="横琴新区", opt=True, note="产业园位于其高新技术片区"),
 ],
 companies=[],
 institutions=[
  inst("特区政府", "特区政府2019年施政报告提出,精准培育新兴产业,引领经济适度多元", note="澳门特别行政区政府"),
 ],
 projects=[
  proj("科研总部大楼", YA, L2, status="竣工", status_text="已建成并投入使用", status_alt="投产", opt=True),
  proj("GMP中试生产大楼", YA, L2, status="竣工", status_text="已建成并投入使用", status_alt="投产", note="按中国及欧盟GMP认证标准建设和管理"),
  proj("研发检测大楼", YA, L2, status="竣工", status_text="已建成并投入使用", status_alt="投产", opt=True),
  proj("企业孵化区", YA, L2, status="竣工", status_text="已建成并投入使用", status_alt="投产", note="建筑面积12.8万平方米"),
 ],
 aggregate_facts=[
  fact(YA, "park", "site_area_m2", 5e5, "m2", L0, AS8),
  fact(YA, "park", "registered_firms", 119, "count", L1, AS8, kind="cumulative", note="已注册准备进驻园区的企业（“间”）"),
  fact(YA, "park", "macau_firms", 29, "count", L1, AS8, kind="cumulative"),
  fact(YA, "park", "macau_firms_newly_cultivated", 19, "count", "这29家澳门企业中,有19家属于新培育的,有10家是澳门传统中医药企业投资成立的", AS8, kind="cumulative", opt=True),
  fact(YA, "park", "macau_firms_by_traditional_tcm_firms", 10, "count", "这29家澳门企业中,有19家属于新培育的,有10家是澳门传统中医药企业投资成立的", AS8, kind="cumulative", opt=True),
  fact(YA, "park", "macau_youth_trainees", 44, "person-times", "截至2018年,共有44人次参加", "2018年末", kind="cumulative", opt=True),
  fact(YA, "park", "new_products_in_development", 4, "count", "目前园区正为3家澳门企业研发4个新产品", AS8, opt=True),
  fact(YA, "park", "incubation_floor_area_m2", 1.28e5, "m2", "建筑面积达12.8万平方米的企业孵化区", AS8),
 ])
