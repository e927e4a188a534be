# real422 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: 技术改造 / 技改 and expansion (扩能, 扩产, 二期) projects of firms in industrial parks and zones — sums, status, capacity.
# Conventions as real52 (and real28–real49): evidence verbatim (all seven items simplified script as published); names as
# written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value +
# investment_currency "usd" (investment_cny null) and in *_usd facts. Projects: the park the text places the project in, null
# if none (a city / district / county is not a park). Status from the text's words (开工建设 / 开复工 / 奠基 → 开工; 正在施工 /
# 加快建设 / 加速推进 / 设备安装调试 → 在建; 竣工投产 / 投产 → 投产; 前期准备 / 审批前期 → planned). A firm's project that the text
# does not name gets the firm's name as project name only where the text gives its sum (le05, as real52 zv02); otherwise the
# firm is a company and no project is invented. “预计 / 将 / 力争 / 建成后” figures are kind target. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/leNN.raw as returned.

# ---------------------------------------------------------------- le01 曾都技改扩能推动高质量发展 (随州日报 2018)
ZD = "曾都经济开发区"
A0 = "连日来,曾都经济开发区占地500亩、总投资12亿元的技改扩能项目东合汽车产业园内一派火热景象,升降机、推土机、运输车紧张作业,7号和9号车间正在抓紧施工,预计年底投产,8号车间已建成投产"
A1 = "金银丰食品投资3亿元,引进国内领先的食品加工装备,打造华中最大挂面和熟食面条生产基地,首批4条生产线投产"
A2 = "力神专汽牵手湖北圆通共同建设东合专汽产业园,打造集专用车及新能源的研发、生产、改装、销售及汽车金融于一体的综合性汽车产业园,目前部分投产运营"
A3 = "泰晶科技主板上市后,继续保持迅猛发展势头,3个技改项目在随城南北三地段同时上马"
A4 = "华昶科技2015年从洛阳镇租借厂房起步,3年时间业绩成倍增长,去年选址曾都经济开发区异地扩建升级,即将投产"
A5 = "目前,程力新厂二期、恒天新能源改装车、三环铸造智能车间等一批过亿元的工业技改项目正加速推进"
A6 = "据悉,今年,全区实施重点工业项目46个,其中技改扩能项目32个,总投资40亿元"
G["le01"] = dict(
 article=art("曾都技改扩能推动高质量发展", "随州日报（编辑 黄振忠），载于随州市人民政府网 www.suizhou.gov.cn", "2018-08-23", "day",
  "City daily on the city government portal, Hubei: a district's technical-renovation and expansion drive — a zone's 12亿元 技改扩能 project with workshops built and building, named firms' lines in production, expansion and relocation, a batch of named 技改 projects, the district's count and sum of 技改扩能 projects",
  "http://www.suizhou.gov.cn/zwgk/xxgk/shgysyjs/hjgscn/202001/t20200104_602637.shtml",
  "日期取页面“发布日期:2018-08-23 信息来源:随州日报”。标题照录；无障碍浏览菜单、发布日期 / 信息来源 / 编辑 / 审核行已删。页面把“过亿元”断成两行（“…等一批过”/“亿元的工业技改项目…”），make_txt.py JOIN 原样拼接。存段末段“为支持企业技改扩能,今年区政府在财力趋紧的情况下,专门安排财政预算”在句中中断，整段删去；正文截至“…总投资40亿元。”，共四段。园区：曾都经济开发区（随州市曾都区，湖北）。“东合汽车产业园”文中是“技改扩能项目”，列为项目（在曾都经济开发区，总投资12亿元，占地500亩；8号车间已建成投产，7号、9号车间在施工，预计年底投产 → status 在建，status_alt 投产），另列可选园区。“东合专汽产业园”由力神专汽与湖北圆通共建、部分投产运营（status 投产；文中未说在开发区，park null）。金银丰食品“投资3亿元”的挂面和熟食面条生产基地，首批4条生产线投产（park null：文中只说“该区”即曾都区）。程力新厂二期、恒天新能源改装车、三环铸造智能车间：“过亿元”为区间，不作投资额；正加速推进 → 在建；park null。华昶科技“选址曾都经济开发区异地扩建升级,即将投产”——公司在园，未写项目名，不另列项目。泰晶科技3个技改项目未点名（可选事实）。“全区”即曾都区：重点工业项目46个、技改扩能项目32个、总投资40亿元（2018年）。省政府“万企万亿技改工程”为政策名，不列机构。",
  "le01"),
 parks=[
  park(ZD, "随州", "湖北", "经济开发区", A0, district="曾都区", note="文中又作“曾都”“该区”“全区”（指曾都区）"),
  park("东合汽车产业园", "随州", "湖北", "产业园（汽车）", A0, district="曾都区", parent=ZD, opt=True,
       note="文中是“技改扩能项目东合汽车产业园”；已列为项目"),
 ],
 companies=[
  comp("金银丰食品", None, A1, note="曾都区企业；园区未说"),
  comp("力神专汽", None, A2, note="与湖北圆通共建东合专汽产业园"),
  comp("湖北圆通", None, A2, opt=True, note="东合专汽产业园合作方"),
  comp("泰晶科技", None, A3, note="主板上市公司；3个技改项目在随城南北三地段"),
  comp("华昶科技", ZD, A4, note="去年选址曾都经济开发区异地扩建升级，即将投产"),
 ],
 projects=[
  proj("东合汽车产业园", ZD, A0, inv="总投资12亿元", status="在建", status_text="正在抓紧施工", status_alt="投产",
       note="技改扩能项目；占地500亩；8号车间已建成投产，7号、9号车间预计年底投产"),
  proj("华中最大挂面和熟食面条生产基地", None, A1, companies=["金银丰食品"], inv="投资3亿元", status="投产", status_text="首批4条生产线投产",
       note="金银丰食品项目（文中无项目名，取其所述“打造华中最大挂面和熟食面条生产基地”）；曾都区"),
  proj("东合专汽产业园", None, A2, companies=["力神专汽", "湖北圆通"], status="投产", status_text="部分投产运营", note="部分投产；园区未说"),
  proj("程力新厂二期", None, A5, phase="二期", status="在建", status_text="正加速推进", note="过亿元的工业技改项目（区间，不作投资额）"),
  proj("恒天新能源改装车", None, A5, status="在建", status_text="正加速推进", note="同上"),
  proj("三环铸造智能车间", None, A5, status="在建", status_text="正加速推进", note="同上"),
 ],
 aggregate_facts=[
  fact("东合汽车产业园", "project", "site_area_mu", 500, "mu", A0, "2018年8月", opt=True),
  fact("曾都区", "region", "key_industrial_projects", 46, "count", A6, "2018年", note="文中作“全区”"),
  fact("曾都区", "region", "tech_renovation_projects", 32, "count", A6, "2018年", note="技改扩能项目"),
  fact("曾都区", "region", "tech_renovation_investment_cny", 4e9, "cny", "其中技改扩能项目32个,总投资40亿元", "2018年", chk=True),
  fact("泰晶科技", "company", "tech_renovation_projects", 3, "count", A3, "2018年8月", opt=True),
 ])

# ---------------------------------------------------------------- le02 “技”高一筹抢市场 技改投入唱主角 (泰兴网 2018)
CQ = "城区工业园区"
B0 = "产能的提升,源于公司去年11月投资1.1亿元的二期扩产项目竣工投产"
B1 = "在城区工业园区,江苏维凯科技股份有限公司投资6000多万上马了建筑膜材扩产项目,目前正在进行设备的安装调试"
B2 = "产能从原来的每天3.6万瓶提高到现在的9万瓶,成为国内最大的鹿茸菇、白玉菇的生产基地"
G["le02"] = dict(
 article=art("“技”高一筹抢市场 技改投入唱主角", "泰兴网 www.taixing.cn（记者 王国青）", "2018-04-11", "day",
  "City news portal, Jiangsu: a county-level city's technical-renovation drive — a mushroom grower's phase-2 expansion (sum, completion, capacity before and after), a film maker's expansion in an urban industrial park under equipment installation, the city's target number of 技改 projects",
  "http://www.taixing.cn/html/news/taixing/2018/0411/102182.html",
  "日期取页面“2018-04-11”。标题照录；问候语、注册、当前位置、日期浏览行已删；首段以“(记者 王国青)”开头，照录。正文四段，完整。园区：城区工业园区（泰兴市，泰州，江苏；文中只此一处）。公司：江苏菇本堂生物科技股份有限公司（文中又作“菇本堂”；园区未说，park null）；江苏维凯科技股份有限公司（在城区工业园区）。项目：菇本堂“二期扩产项目”——去年（2017年）11月投资1.1亿元竣工投产（投产，phase 二期）；维凯“建筑膜材扩产项目”——“投资6000多万”无“元”字，investment_cny 记 null（unparsed），qualifier 余（多）；正在进行设备安装调试 → 在建。事实：菇本堂日产能由3.6万瓶提高到9万瓶（现值9万，原值可选）；日产量25-30吨（区间，可选，记下限）；泰兴市全年实施1000万元以上技改项目100个以上（target，超）。",
  "le02"),
 parks=[
  park(CQ, "泰州", "江苏", "工业园区", B1, district="泰兴市"),
 ],
 companies=[
  comp("江苏菇本堂生物科技股份有限公司", None, "4月10日上午,在江苏菇本堂生物科技股份有限公司,自动化输送带正源源不断地将刚刚采摘的白玉菇输送到包装车间装箱",
       aliases=["菇本堂"], note="泰兴市企业；园区未说"),
  comp("江苏维凯科技股份有限公司", CQ, B1),
 ],
 projects=[
  proj("二期扩产项目", None, B0, companies=["江苏菇本堂生物科技股份有限公司"], inv="投资1.1亿元", phase="二期", status="投产", status_text="竣工投产",
       note="菇本堂二期扩产项目；2017年11月竣工投产"),
  proj("建筑膜材扩产项目", CQ, B1, companies=["江苏维凯科技股份有限公司"], inv="投资6000多万", qual="余", qual_text="多", unparsed=True,
       status="在建", status_text="正在进行设备的安装调试", note="“6000多万”无“元”字，不折算"),
 ],
 aggregate_facts=[
  fact("江苏菇本堂生物科技股份有限公司", "company", "daily_capacity_bottles", 90000, "bottles/day", B2, "2018年4月"),
  fact("江苏菇本堂生物科技股份有限公司", "company", "daily_capacity_bottles", 36000, "bottles/day", B2, "二期扩产前", opt=True),
  fact("江苏菇本堂生物科技股份有限公司", "company", "daily_output_t", 25, "t/day", "我们现在每天的产量达到25-30吨", "2018年4月", opt=True, note="区间25–30吨，记下限"),
  fact("泰兴市", "region", "tech_renovation_projects_planned", 100, "count", "确保全年实施1000万元以上技改项目100个以上", "2018年全年（计划）",
       kind="target", qual="超", qtext="以上", note="1000万元以上技改项目；文中作“我市”"),
 ])

# ---------------------------------------------------------------- le03 大观经济开发区4个项目开工建设 (大观区人民政府网 2019)
DG = "大观经济开发区"
TL = "环保涂料产业园"
C0 = "喜迎中华人民共和国成立70周年的美好时刻,9月29日,年产1.8万吨汽车涂料和0.2万吨水性涂料项目开工建设"
C1 = "9月以来,大观经济开发区环保涂料产业园内年产5万吨新型涂覆材料及5000吨纳米氧化锌生产线建设项目、年产5万吨新型涂料及3000万平方米新型防水卷材生产项目、年产6934吨锂电容正极电子涂料项目,已陆续开工建设,总投资达13亿元"
C2 = "大观经济开发区始终坚持“项目为王”的发展理念,1-7月份,规模以上工业总产值同比增长18.8%,固定资产投资同比增长45.2%,工业投资同比增长474.7%"
H3 = "大观经济开发区4个项目开工建设 总投资13亿元"
AS3 = "2019年9月（开工）"
G["le03"] = dict(
 article=art("大观经济开发区4个项目开工建设 总投资13亿元", "大观区人民政府网（dgxww.gov.cn；署名 李劢）", "2019-09-30", "day",
  "District government portal, Anhui: four coating projects started in a zone's new environmental-coatings park (capacities named, joint total), the zone's Jan–Jul growth rates, expected tax once built",
  "https://dgxww.gov.cn/portal/article/index.html?id=11562616",
  "日期取页面“发布时间:2019-09-30 10:38”。标题照录；来源 / 发布时间 / 浏览行已删。正文三段，完整，署名“(李劢)”在末。园区：大观经济开发区（安庆市大观区，安徽）；环保涂料产业园（“大观经济开发区今年新建的特色产业园”，parent 大观经济开发区）。项目四个，均“开工建设”→开工，无单项金额：9月29日开工的年产1.8万吨汽车涂料和0.2万吨水性涂料项目（文中未明说在涂料园；标题称“大观经济开发区4个项目”，park 记大观经济开发区）；9月以来在环保涂料产业园内陆续开工的三个项目（park 环保涂料产业园）。“总投资达13亿元”与标题“4个项目…总投资13亿元”为四项合计（事实，不分摊）。“既有新兴产业项目,也有传统产业转型升级项目”未指明哪项，不标技改。事实：1-7月规上工业总产值、固定资产投资、工业投资增速（ratio，2019年1–7月，归大观经济开发区）；4个项目建成后年税收1亿元（target）。",
  "le03"),
 parks=[
  park(DG, "安庆", "安徽", "经济开发区", C1, district="大观区", note="文中又作“开发区”"),
  park(TL, "安庆", "安徽", "特色产业园（涂料）", "环保涂料产业园是大观经济开发区今年新建的特色产业园", district="大观区", parent=DG),
 ],
 companies=[],
 projects=[
  proj("年产1.8万吨汽车涂料和0.2万吨水性涂料项目", DG, C0, status="开工", status_text="开工建设", note="2019年9月29日开工；园区按标题记大观经济开发区（或在环保涂料产业园，文中未明说）"),
  proj("年产5万吨新型涂覆材料及5000吨纳米氧化锌生产线建设项目", TL, C1, status="开工", status_text="已陆续开工建设"),
  proj("年产5万吨新型涂料及3000万平方米新型防水卷材生产项目", TL, C1, status="开工", status_text="已陆续开工建设"),
  proj("年产6934吨锂电容正极电子涂料项目", TL, C1, status="开工", status_text="已陆续开工建设"),
 ],
 aggregate_facts=[
  fact(DG, "park", "projects_started", 4, "count", H3, AS3),
  fact(DG, "park", "projects_started_investment_cny", 1.3e9, "cny", H3, AS3, chk=True, note="四个项目合计"),
  fact(DG, "park", "above_scale_industrial_output_yoy_growth", 0.188, "ratio", C2, "2019年1–7月", kind="ratio"),
  fact(DG, "park", "fixed_asset_investment_yoy_growth", 0.452, "ratio", C2, "2019年1–7月", kind="ratio"),
  fact(DG, "park", "industrial_investment_yoy_growth", 4.747, "ratio", C2, "2019年1–7月", kind="ratio", opt=True),
  fact(DG, "park", "expected_annual_tax_cny", 1e8, "cny", "4个项目建成后年税收将达1亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- le04 高唐开发区:人勤春来早 项目开工忙 (大众网 2021)
GT = "高唐县经济开发区"
D0 = "2月17日上午,弗兰卡年产350万套高端汽车装备及零部件项目建设现场人头攒动、机车轰鸣,奏响了2021年开发区重点项目高质量发展的序曲"
D1 = "该项目总投资10亿元,占地369亩,分为钣金生产区、内饰生产区及灯具组装件生产区三部分,总建筑面积25万㎡"
D2 = "与此同时,国宏3万吨高端大豆蛋白项目、中亿商博城项目、比逗仕休闲食品项目、云谷生活广场项目、高登新材料产业园项目、鲁商高端建设装备制造项目、冠豪房地产开发有限公司星光和园项目、利泰纺织五万纱锭紧密纺和家纺项目也陆续开工建设"
D3 = "富硒功能食品项目、鑫诺特环保型镀锌件项目建设前期的准备工作也已就绪"
D4 = "全区在建亿元以上重点项目4个,5000万元以上项目2个,占全部项目比重66.7%"
AS4 = "2021年2月"
G["le04"] = dict(
 article=art("高唐开发区:人勤春来早 项目开工忙", "大众网·海报新闻（记者 李鹏，通讯员 刘甲实），hb.dzwww.com", "2021-02", "month",
  "Provincial news portal, Shandong: a county zone's spring groundbreaking — one firm's 10亿元 auto-parts project with site, floor area and equipment, eight more named projects started, two in preparation, the zone's counts of projects under way by size, an exporting glass maker",
  "https://hb.dzwww.com/p/7923261.html",
  "存段无日期行；文中“2月17日上午…奏响了2021年开发区重点项目…的序曲”，发布日记 2021-02（month）。标题照录；标题下“··”已删；署名行“大众网·海报新闻记者李鹏 通讯员刘甲实 高唐报道”保留为首段。存段末句“山东东昊汽车玻璃有限公司是一家专业汽车玻璃、钢化玻璃和夹层玻璃生产企业,公司年总产值2.5亿元,拥有国际领先的自动”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…黄海彼岸的韩国。”，共七段。园区：高唐县经济开发区（聊城市高唐县，山东；标题作“高唐开发区”，文中又作“开发区”“全区”）。项目：弗兰卡年产350万套高端汽车装备及零部件项目（山东弗兰卡汽车部件有限公司；总投资10亿元；开工——标题“项目开工忙”，后文“也陆续开工建设”）；国宏…利泰纺织等8个项目“陆续开工建设”→开工；富硒功能食品、鑫诺特环保型镀锌件“建设前期的准备工作也已就绪”→planned。各项目园区按全文语境记高唐县经济开发区（“开发区重点项目”）。山东东昊汽车玻璃有限公司：出口韩国的企业，园区由语境推定。事实：全区在建亿元以上重点项目4个、5000万元以上项目2个、占比66.7%。",
  "le04"),
 parks=[
  park(GT, "聊城", "山东", "经济开发区", "但高唐县经济开发区重点项目开工现场却热潮涌动", district="高唐县", aliases=["高唐开发区"],
       note="标题作“高唐开发区”；文中又作“开发区”“全区”"),
 ],
 companies=[
  comp("山东弗兰卡汽车部件有限公司", GT, "据了解,山东弗兰卡汽车部件有限公司是一家集汽车配件技术研发及推广、设计、生产、销售、物流于一体的民营企业", aliases=["弗兰卡"]),
  comp("山东东昊汽车玻璃有限公司", GT, "在山东东昊汽车玻璃有限公司,一车车不同规格的产品正在从工厂大门驶出,此行它们的目的地是黄海彼岸的韩国", note="园区由语境推定"),
  comp("冠豪房地产开发有限公司", GT, D2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("弗兰卡年产350万套高端汽车装备及零部件项目", GT, D1, companies=["山东弗兰卡汽车部件有限公司"], inv="总投资10亿元", status="开工",
       status_text="建设现场人头攒动、机车轰鸣", note="2021年2月17日；占地369亩，总建筑面积25万㎡，设备316台（套）"),
  proj("国宏3万吨高端大豆蛋白项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("中亿商博城项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("比逗仕休闲食品项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("云谷生活广场项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("高登新材料产业园项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("鲁商高端建设装备制造项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("冠豪房地产开发有限公司星光和园项目", GT, D2, companies=["冠豪房地产开发有限公司"], status="开工", status_text="陆续开工建设"),
  proj("利泰纺织五万纱锭紧密纺和家纺项目", GT, D2, status="开工", status_text="陆续开工建设"),
  proj("富硒功能食品项目", GT, D3, status="planned", status_text="建设前期的准备工作也已就绪"),
  proj("鑫诺特环保型镀锌件项目", GT, D3, status="planned", status_text="建设前期的准备工作也已就绪"),
 ],
 aggregate_facts=[
  fact("弗兰卡年产350万套高端汽车装备及零部件项目", "project", "site_area_mu", 369, "mu", D1, AS4, opt=True),
  fact("弗兰卡年产350万套高端汽车装备及零部件项目", "project", "floor_area_m2", 2.5e5, "m2", D1, AS4, opt=True),
  fact(GT, "park", "projects_under_construction_over_100m", 4, "count", D4, AS4, note="在建亿元以上重点项目"),
  fact(GT, "park", "projects_under_construction_over_50m", 2, "count", D4, AS4, note="5000万元以上项目"),
  fact(GT, "park", "large_projects_share", 0.667, "ratio", D4, AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- le05 泰兴 市经济开发区 (泰兴网 2009)
TX = "市经济开发区"
E0 = "3月26日上午,记者在市经济开发区先尼科化工公司看到,企业已投产车间内生产紧张有序"
E1 = "到年底前,这个投资4200万美元的项目将全面投产,销售规模在5亿元以上"
E2 = "与此同时,总投资8亿元的常隆农化和2.8亿元的协联众达项目,一期工程的主要设备都已安装到位,下个月都能投入试生产"
E3 = "目前总投资超过1亿美元的联成化学等12个重大项目正在加快建设,总投资5000万美元的新浦30万吨烧碱等13个重大项目正在积极做好项目审批等前期准备工作"
E4 = "全区在手项目共有25个,总投资46.53亿元"
E5 = "通过加大项目推进力度,上半年可以有4个项目竣工投产,争取再开工建设4个项目"
AS5 = "2009年3月"
G["le05"] = dict(
 article=art("（无标题）泰兴市经济开发区重大项目推进：先尼科化工、常隆农化、协联众达", "泰兴网 www.taixing.cn（存段无署名）", "2009-03-27", "day",
  "City news portal, Jiangsu: a city economic development zone in the 2009 downturn — a pigment maker partly in production with its dollar sum, two projects' phase 1 ready for trial production, counts of projects building and in preparation, the zone's projects in hand and half-year targets",
  "http://www.taixing.cn/html/news/taixing/2009/0327/12063.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2009/0327（文中“3月26日上午”为采访日）。存段为一行，三段以“。 ”相连，make_txt.py SPLIT 在“3月26日上午”“今年以来,市经济开发区”前分段、去掉空格，行末表格竖线“|”已删（LINE_SUFFIX）；正文三段，完整。园区：文中只作“市经济开发区”（即泰兴经济开发区；泰州市泰兴市，江苏），name 照录，又作“开发区”。项目：先尼科化工公司的项目（未写项目名，以企业名作项目名；投资4200万美元，部分车间先行投产、年底前全面投产 → 在建，status_alt 投产）；常隆农化（总投资8亿元）、协联众达项目（2.8亿元）：一期工程主要设备安装到位、下月试生产 → 在建；联成化学（总投资超过1亿美元，12个在建重大项目之一 → 在建，超）；新浦30万吨烧碱（总投资5000万美元，审批等前期准备 → planned）。美元金额记 investment_value / currency usd，investment_cny null。事实：在建重大项目12个、前期13个、在手项目25个 / 46.53亿元；上半年竣工投产4个、再开工4个、力争再引进4个超亿美元项目（target）；先尼科销售规模5亿元以上（target，超）。",
  "le05"),
 parks=[
  park(TX, "泰州", "江苏", "经济开发区", E0, district="泰兴市", aliases=["开发区"], note="即泰兴经济开发区；文中只作“市经济开发区”“开发区”“全区”"),
 ],
 companies=[
  comp("先尼科化工公司", TX, E0, note="DPP红等高端颜料"),
  comp("常隆农化", TX, E2, note="以企业名称作项目名"),
  comp("协联众达", TX, E2, opt=True, note="只在项目名中"),
  comp("联成化学", TX, E3, opt=True, note="以企业名称作项目名"),
  comp("新浦", TX, E3, opt=True, note="只在项目名“新浦30万吨烧碱”中"),
 ],
 projects=[
  proj("先尼科化工公司", TX, E1, companies=["先尼科化工公司"], inv="投资4200万美元", currency="usd", value=4.2e7, status="在建",
       status_text="让部分车间先行投产", status_alt="投产", note="项目名即企业名；部分车间已投产，年底前全面投产"),
  proj("常隆农化", TX, E2, companies=["常隆农化"], inv="总投资8亿元", status="在建", status_text="一期工程的主要设备都已安装到位,下个月都能投入试生产",
       note="一期工程设备安装到位，2009年4月试生产"),
  proj("协联众达项目", TX, E2, companies=["协联众达"], inv="2.8亿元", status="在建", status_text="一期工程的主要设备都已安装到位,下个月都能投入试生产",
       note="同上"),
  proj("联成化学", TX, E3, companies=["联成化学"], inv="超过1亿美元", qual="超", qual_text="超过", currency="usd", value=1e8, status="在建",
       status_text="正在加快建设", note="12个在建重大项目之一"),
  proj("新浦30万吨烧碱", TX, E3, companies=["新浦"], inv="总投资5000万美元", currency="usd", value=5e7, status="planned",
       status_text="正在积极做好项目审批等前期准备工作", note="13个前期项目之一"),
 ],
 aggregate_facts=[
  fact("先尼科化工公司", "company", "expected_annual_sales_cny", 5e8, "cny", "销售规模在5亿元以上", "2009年末（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(TX, "park", "major_projects_under_construction", 12, "count", E3, AS5),
  fact(TX, "park", "major_projects_in_preparation", 13, "count", E3, AS5),
  fact(TX, "park", "projects_in_hand", 25, "count", E4, AS5),
  fact(TX, "park", "projects_in_hand_investment_cny", 4.653e9, "cny", E4, AS5, chk=True),
  fact(TX, "park", "projects_completed", 4, "count", E5, "2009年上半年（预计）", kind="target"),
  fact(TX, "park", "projects_started", 4, "count", E5, "2009年上半年（预计）", kind="target", opt=True),
  fact(TX, "park", "projects_over_100m_usd_to_attract", 4, "count", "力争再引进4个投资超亿美元的项目", "2009年（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- le06 平顶山市化工产业聚集区 奠基 (氯碱网 2008)
PD = "平顶山市化工产业聚集区"
F0 = "11月29日上午,总投资656亿元的平顶山市化工产业聚集区举行奠基仪式"
F1 = "平顶山化工产业聚集区位于叶县龚店乡境内,规划占地11.46平方公里,总投资656亿元,建设工期8年,分近期、远期两个阶段"
F2 = "投资企业包括平煤集团、神马集团、中国电力投资集团等公司"
F3 = "聚集区建成后,可年产各类化工产品608万吨,预计可安置就业1.2万人,年实现销售收入近500亿元、利税108亿元"
ASF = "建成后（预期）"
G["le06"] = dict(
 article=art("平煤、神马等公司投资建设中部最大化工产业聚集区", "中国氯碱网 www.ccaon.com（“编辑:氯碱网”；原发媒体未注明）", "2008-12-03", "day",
  "Industry-association news site, Henan: groundbreaking of a city's chemical industry cluster zone — total investment, location, planned area and build period, investing groups, planned product lines, expected capacity, jobs, sales and profit-tax",
  "http://www.ccaon.com/content.asp?aim_id_field_true=ecrp_id&id=5741&inner_table=new_notprod_mrjd",
  "日期取页面“更新日期:2008-12-3”（奠基仪式在2008年11月29日）。标题照录；更新日期 / 编辑行与“在线收藏”等已删。正文三段，完整。园区：平顶山市化工产业聚集区（文中又作“平顶山化工产业聚集区”“化工产业聚集区”“聚集区”；平顶山市叶县龚店乡，河南）。项目：聚集区本身的建设（总投资656亿元，举行奠基仪式 → 开工；投资企业平煤集团、神马集团、中国电力投资集团），与 real52 zv05 中原泛家居产业园项目同例。标题中“平煤、神马”为简称，公司名取正文“平煤集团”“神马集团”。设计入驻的甲醇、尼龙等为产品门类，不列项目。事实：规划占地11.46平方公里、建设工期8年（可选）、建成后年产化工产品608万吨、安置就业1.2万人、年销售收入近500亿元（约）、利税108亿元（均 target）。",
  "le06"),
 parks=[
  park(PD, "平顶山", "河南", "化工产业聚集区", F0, district="叶县", aliases=["平顶山化工产业聚集区", "化工产业聚集区"],
       note="位于叶县龚店乡；文中又作“聚集区”"),
 ],
 companies=[
  comp("平煤集团", PD, F2, aliases=["平煤"], note="投资企业；标题作“平煤”"),
  comp("神马集团", PD, F2, aliases=["神马"], note="投资企业；标题作“神马”"),
  comp("中国电力投资集团", PD, F2, note="投资企业"),
 ],
 projects=[
  proj(PD, PD, F0, companies=["平煤集团", "神马集团", "中国电力投资集团"], inv="总投资656亿元", status="开工", status_text="举行奠基仪式",
       note="园区开发项目；2008年11月29日奠基；建设工期8年，分近期、远期两个阶段"),
 ],
 aggregate_facts=[
  fact(PD, "park", "planned_area_km2", 11.46, "km2", F1, "2008年（规划）"),
  fact(PD, "park", "construction_period_years", 8, "years", F1, "2008年（规划）", kind="target", opt=True),
  fact(PD, "park", "expected_annual_output_t", 6.08e6, "t", F3, ASF, kind="target"),
  fact(PD, "park", "expected_jobs", 12000, "persons", F3, ASF, kind="target", opt=True),
  fact(PD, "park", "expected_annual_sales_cny", 5e10, "cny", "年实现销售收入近500亿元、利税108亿元", ASF, kind="target", qual="约", qtext="近", chk=True),
  fact(PD, "park", "expected_annual_profit_tax_cny", 1.08e10, "cny", "利税108亿元", ASF, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- le07 兴安盟经济技术开发区 (内蒙古日报 via dizo 2022)
XA = "兴安盟经济技术开发区"
H0 = "眼下,兴安盟经济技术开发区的兴安盟金风风电设备科技有限公司生产车间机声隆隆,一台台堪比房间大的风机主机内,工人们埋头组装,专注认真"
H1 = "4月8日,在自治区2022年推进高质量发展重大项目建设动员大会兴安盟分会场,金风6万千瓦风电绿电微网项目与其他重点项目同步开复工"
H2 = "落地兴安盟经济技术开发区的金风6万千瓦风电绿电微网项目总投资4亿元,建设6MW风力发电机组10台、220Kv变电站1座及场内集电线路"
H3 = "项目建成后年发电量约1.9亿度,可实现开发区40%用电企业绿电替代,与燃煤火电相比,每年可减少能耗2.4万吨标准煤,年产值可达6000万元"
ASH = "建成后（预期）"
G["le07"] = dict(
 article=art("【推动工业经济高质量发展】兴安盟经济技术开发区:“种”下好项目 育出“高产田”", "内蒙古日报（正北方网—《内蒙古日报》），载于 newcar.dizo.com.cn", "2022-04-19", "day",
  "Provincial daily relayed by a business portal, Inner Mongolia: a league-level economic and technological development zone — a wind-turbine maker's plant at work, its group's wind-power green-microgrid project started with sum, capacity and expected output, the zone's low-carbon plans",
  "http://newcar.dizo.com.cn/yaowen/2022/0419/30075.html",
  "日期取页面“发布时间:2022-04-19 08:40:07”。标题照录（含栏目标“【推动工业经济高质量发展】”）；频道菜单、位置行、来源行已删。存段末段“‘我们为入园企业设置了‘准入’门槛…’兴安盟经济技术开发区管委会副主任张晓义介绍,兴安盟金风风电设”在句中中断，整段删去；正文截至“…显得十分自信。”，共三段。园区：兴安盟经济技术开发区（兴安盟，内蒙古；文中又作“开发区”“园区”）。公司：兴安盟金风风电设备科技有限公司（在开发区）；金风科技（母公司，可选）。项目：金风6万千瓦风电绿电微网项目（落地开发区，总投资4亿元；2022年4月8日“同步开复工”→开工）。事实：项目建成后年发电量约1.9亿度、可实现开发区40%用电企业绿电替代、年减能耗2.4万吨标准煤、年产值6000万元（target）；明年园区70%用电企业绿电替代（target，可选）。",
  "le07"),
 parks=[
  park(XA, "兴安盟", "内蒙古", "经济技术开发区", H0, note="文中又作“开发区”“园区”"),
 ],
 companies=[
  comp("兴安盟金风风电设备科技有限公司", XA, H0),
  comp("金风科技", XA, "借助全国首个可再生能源“碳中和”智慧园区,金风科技打造低碳绿色园区", opt=True, note="母公司"),
 ],
 projects=[
  proj("金风6万千瓦风电绿电微网项目", XA, H2, companies=["金风科技"], inv="总投资4亿元", status="开工", status_text="同步开复工",
       note="2022年4月8日开复工；6MW风力发电机组10台、220Kv变电站1座"),
 ],
 aggregate_facts=[
  fact("金风6万千瓦风电绿电微网项目", "project", "expected_annual_generation_kwh", 1.9e8, "kWh", H3, ASH, kind="target", qual="约", qtext="约"),
  fact("金风6万千瓦风电绿电微网项目", "project", "green_power_share_of_park_firms", 0.40, "ratio", H3, ASH, kind="target", opt=True),
  fact("金风6万千瓦风电绿电微网项目", "project", "energy_saving_tce", 24000, "tce", H3, ASH, kind="target", opt=True),
  fact("金风6万千瓦风电绿电微网项目", "project", "expected_annual_output_cny", 6e7, "cny", "年产值可达6000万元", ASH, kind="target", chk=True),
  fact(XA, "park", "green_power_share_of_park_firms", 0.70, "ratio", "届时可以实现园区70%用电企业绿电替代", "2023年（预期）", kind="target", opt=True),
 ])
