# real193 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city is not a park). Status from the text's words
# (开工 / 动工 / 开工典礼 / 正式落地…开工 → 开工; 建设现场 / 加快推进 / 建设进展顺利 → 在建; 签约 → 签约; “近期将…开工” →
# planned; 引进 alone → no status). “预计” / “达产后” figures are kind target; counts “截至目前 / 当前已有 / 今年以来 / 2022年7月以来”
# are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ujNN.raw as returned.

# ---------------------------------------------------------------- uj01 海丰县产业转移工业园 中心启动区市政工程动工 (太平洋建设 company news 2014)
HF = "海丰县产业转移工业园"
ST = "海丰生态科技城"
A0 = "9月24日上午,广东省汕尾市海丰县产业转移工业园中心启动区市政工程动工仪式在海丰县生态科技城内举行"
A1 = "该仪式由海丰县人民政府主办,太平洋第三建设山东苏商公司承办"
A2 = "海丰生态科技城总规划面积达14平方公里,首期起步区1.2平方公里"
A3 = "最终建成以综合服务产业园、传统优势产业园、科技智造产业园、都市农业产业园和现代物流 产业园的“一城五园”"
G["uj01"] = dict(
 article=art("（无标题）海丰县产业转移工业园中心启动区市政工程动工", "太平洋建设集团网站 cpcg.com.cn 新闻栏（文/图 第三建设集团 王贵宾）", "2014-09-26", "day",
  "Company news on a construction group's website, Guangdong (汕尾): groundbreaking of the municipal works of a county industrial-transfer park's central start-up zone inside 海丰生态科技城, which the group's subsidiary co-hosted; the eco-tech city's planned area and its five sub-parks",
  "http://www.cpcg.com.cn/news/newf/2014-09-26/1411705440d3229.shtml",
  "日期取网址 2014-09-26（文中“9月24日上午”为动工日）。存段无标题（title 为编者概括）、无日期行；正文三段，完整，以署名“(文/图 第三建设集团 王贵宾)”结尾。园区：海丰县产业转移工业园（汕尾市海丰县，广东；省产业转移工业园）；海丰生态科技城（文中又作“海丰县生态科技城”，动工仪式所在地，规划面积14平方公里；与产业转移工业园的关系文中未明说，不设母园区）；深汕特别合作区只在官员职衔中出现，列可选园区；“一城五园”的五个产业园为规划中的分园，列可选（母园区海丰生态科技城）。项目：海丰县产业转移工业园中心启动区市政工程（动工仪式、“宣布该工程正式开工”→开工，无金额）；“海丰生态科技城项目”为园区开发项目，可选、无状态。公司：太平洋第三建设山东苏商公司（承办方、施工方，不在园区内，park null，可选）、太平洋第三建设集团（可选）。海丰县人民政府为可选机构。",
  "uj01"),
 parks=[
  park(HF, "汕尾", "广东", "产业转移工业园", A0, district="海丰县"),
  park(ST, "汕尾", "广东", "产业园区", A2, district="海丰县", aliases=["海丰县生态科技城"], note="动工仪式所在地；与海丰县产业转移工业园的关系文中未明说"),
  park("深汕特别合作区", "汕尾", "广东", "特别合作区", "深汕特别合作区党工委书记、中共海丰县县委书记沈木荣", opt=True, note="只在职衔中出现"),
  park("综合服务产业园", "汕尾", "广东", "产业园", A3, district="海丰县", parent=ST, opt=True, note="规划中的“一城五园”之一"),
  park("传统优势产业园", "汕尾", "广东", "产业园", A3, district="海丰县", parent=ST, opt=True, note="同上"),
  park("科技智造产业园", "汕尾", "广东", "产业园", A3, district="海丰县", parent=ST, opt=True, note="同上"),
  park("都市农业产业园", "汕尾", "广东", "产业园", A3, district="海丰县", parent=ST, opt=True, note="同上"),
  park("现代物流 产业园", "汕尾", "广东", "产业园", A3, district="海丰县", parent=ST, opt=True, note="同上；原文“现代物流 产业园”中有空格"),
 ],
 companies=[
  comp("太平洋第三建设山东苏商公司", None, A1, opt=True, note="承办方（施工单位），不在园区"),
  comp("太平洋第三建设集团", None, "太平洋第三建设集团副主席李锐携团队参加了本次活动", opt=True, note="集团；文末又作“第三建设集团”"),
 ],
 institutions=[
  inst("海丰县人民政府", A1),
 ],
 projects=[
  proj("海丰县产业转移工业园中心启动区市政工程", HF, A0, status="开工", status_text="动工仪式；宣布该工程正式开工",
       aliases=["中心启动区市政工程"]),
  proj("海丰生态科技城项目", ST, "海丰生态科技城项目是该县加快转型升级、促进经济增长的重要引擎", opt=True, note="园区开发项目，无状态"),
 ],
 aggregate_facts=[
  fact(ST, "park", "planned_area_km2", 14, "km2", A2, "2014年9月（规划）"),
  fact(ST, "park", "start_area_km2", 1.2, "km2", "首期起步区1.2平方公里", "2014年9月（规划）", opt=True),
 ])

# ---------------------------------------------------------------- uj02 信利 项目 开工 汕尾高新区红草园区 (swxq.gov.cn 2016)
HC = "汕尾高新区红草园区"
SG = "汕尾高新区"
B0 = "2016年8月15日上午,信利国际有限公司高端车载及智能终端显示屏项目开工典礼在汕尾高新区红草园区举行"
B1 = "信利高端车载及智能终端显示屏(TFT5代线)项目作为汕尾高新区红草园区的重大项目,总投资39.7亿元,预计年产值达100多亿元、年税收约5亿元"
B2 = "并将带动台湾富元精密科技有限公司、深圳旭阳升科技有限公司等一批上下游产业链企业到红草园区落户"
B3 = "近期将有比亚迪新能源汽车零配件、肯迪文高端服饰、鼎桥电池隔阻膜等一批项目开工"
G["uj02"] = dict(
 article=art("（无标题）信利国际有限公司高端车载及智能终端显示屏项目开工典礼在汕尾高新区红草园区举行", "汕尾新区网站 swxq.gov.cn（栏目：新区发展 / 招商引资；摄影 唐广源）", "2016-08", "month",
  "Government website, Guangdong (汕尾): groundbreaking of a display-panel project in a high-tech zone's sub-park — investment, expected output and tax, expected topping-out, suppliers to follow, projects started and coming",
  "http://swxq.gov.cn/swxq/xqfz/zsyz/content/post_356620.html",
  "存段无标题、无发布日期（title 为编者概括）；开工典礼在2016年8月15日，发布日期只知到月（published 2016-08）。“关联稿件:”“相关附件:”两行已删；正文三段，完整，以“(摄影/唐广源)”结尾。站名按域名（swxq = 汕尾新区）推定。园区：汕尾高新区红草园区（文中又作“红草园区”；母园区汕尾高新区）；汕尾高新区只以“汕尾高新区红草园区”出现。项目：信利高端车载及智能终端显示屏项目（首句全称“信利国际有限公司高端车载及智能终端显示屏项目”，又作“…(TFT5代线)项目”；开工典礼→开工；总投资39.7亿元）；比亚迪新能源汽车零配件、肯迪文高端服饰、鼎桥电池隔阻膜（“近期将有…一批项目开工”→planned，园区红草园区）。公司：信利国际有限公司（红草园区）；台湾富元精密科技有限公司、深圳旭阳升科技有限公司（“将带动…到红草园区落户”，尚未落户，可选）。事实：信利项目预计年产值“100多亿元”（余）、年税收约5亿元（target，subject project）；红草园区已动工项目7个（含信利；cumulative）。",
  "uj02"),
 parks=[
  park(HC, "汕尾", "广东", "高新区分园", B0, parent=SG, aliases=["红草园区"], note="文中又作“红草园区”"),
  park(SG, "汕尾", "广东", "高新区", B0, opt=True, note="只在“汕尾高新区红草园区”中"),
 ],
 companies=[
  comp("信利国际有限公司", HC, B0, aliases=["信利"]),
  comp("台湾富元精密科技有限公司", HC, B2, opt=True, note="将被带动落户（未来）"),
  comp("深圳旭阳升科技有限公司", HC, B2, opt=True, note="将被带动落户（未来）"),
 ],
 projects=[
  proj("信利高端车载及智能终端显示屏项目", HC, B1, companies=["信利国际有限公司"], inv="39.7亿元", status="开工", status_text="开工典礼",
       aliases=["信利国际有限公司高端车载及智能终端显示屏项目", "信利高端车载及智能终端显示屏(TFT5代线)项目"], note="主体工程预计2017年2月封顶"),
  proj("比亚迪新能源汽车零配件", HC, B3, status="planned", status_text="近期将有…开工", note="项目名照录"),
  proj("肯迪文高端服饰", HC, B3, status="planned", status_text="近期将有…开工"),
  proj("鼎桥电池隔阻膜", HC, B3, status="planned", status_text="近期将有…开工"),
 ],
 aggregate_facts=[
  fact("信利高端车载及智能终端显示屏项目", "project", "expected_annual_output", 1e10, "cny", "预计年产值达100多亿元", "投产后（预计）", kind="target", qual="余", qtext="多", opt=True,
       note="“100多亿元”不是数字+亿元，check_gold 不能解析，故 metric 不带 _cny 后缀；值按下限100亿元记"),
  fact("信利高端车载及智能终端显示屏项目", "project", "expected_annual_tax_cny", 5e8, "cny", "年税收约5亿元", "投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(HC, "park", "projects_started", 7, "count", "除了信利高端车载及智能终端显示屏等7个项目已动工外", "2016年8月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- uj03 南雄绿色植保产业园 (WeChat mirror of 南雄高新区 / 韶关日报 / 南雄融媒 2024)
NX = "南雄绿色植保产业园"
DP = "广东德仆生物科技有限公司"
C0 = "近日,在广东南雄绿色植保产业园内,广东德仆生物科技有限公司的建设现场一片繁忙景象"
C1 = "项目总投资约3亿元,分两期建设,全面投产后年产值可达2.5亿元,年纳税额可达1500万元"
C2 = "当前已有21家植保企业确定入驻南雄绿色植保产业园,并签订投资协议,总投资28.82亿元,用地面积约950亩"
C3 = "其中14家企业已完成方案设计并通过规委会,7家企业已摘地,4家企业完成固投纳统入库,总投资约5.6亿元"
ASC = "2024年11月"
G["uj03"] = dict(
 article=art("总投资28.82亿!韶关这个国家重点产业园已有21家企业确定入驻", "wxredian.com 微信文章镜像（原文末注“来源:南雄高新区管委会、韶关日报、南雄市融媒体中心”）", "2024-11-23", "day",
  "WeChat-article mirror relaying a zone committee / city daily / county media item, Guangdong (韶关): a plant-protection chemicals park — one firm's project under construction with investment, output and tax, 21 firms signed with total investment, their approval stages, the park's area and construction phases",
  "https://wxredian.com/art?id=6befb552456e1305da8ca1cae3b973bc",
  "日期取页面“文摘 2024-11-23 10:52 广东”（该行在块合并后粘在首段前，已删：make_txt.py LINE_PREFIX）。标题照录。微信排版每句折成短行，每个空行分隔的块合并为一段（BLOCKS，行间不加字）；图片说明“项目建设现场”“前期施工图”(×6) 与文末“来源…编辑:张艺 责”已删。首段原文无句末标点，照录。园区：南雄绿色植保产业园（韶关市南雄市，广东；文中又作“广东绿色植保产业园区”“植保园”，标题称“国家重点产业园”）。南雄高新区只见于删去的来源行，不列。公司：广东德仆生物科技有限公司（园内建设）。项目：德仆项目文中无项目名，按“广东德仆生物科技有限公司项目”记（约3亿元→约；建设现场→在建）；植保园项目（园区开发，2023年7月进场施工→在建，可选）；二期1730亩土地平整工程（今年下半年开工→开工，可选）。事实：21家企业确定入驻、签订投资协议，总投资28.82亿元（cumulative）；14/7/4家的审批进度与约5.6亿元（可选）；德仆全面投产后年产值2.5亿元、年纳税1500万元（target，subject company）；规划面积3589亩、首期1020亩（可选）。",
  "uj03"),
 parks=[
  park(NX, "韶关", "广东", "产业园", C2, district="南雄市", aliases=["广东绿色植保产业园区", "植保园"], note="文中又作“广东绿色植保产业园区”“植保园”"),
 ],
 companies=[
  comp(DP, NX, C0, aliases=["德仆生物"]),
 ],
 projects=[
  proj("广东德仆生物科技有限公司项目", NX, C1, companies=[DP], inv="约3亿元", qual="约", qual_text="约", status="在建", status_text="建设现场一片繁忙景象",
       aliases=[DP], phase=None, note="文中无项目名；分两期建设"),
  proj("植保园项目", NX, "植保园项目从2023年7月开始进场施工,总体规划面积3589亩", status="在建", status_text="2023年7月开始进场施工", opt=True, note="园区开发项目"),
  proj("二期1730亩土地平整工程", NX, "二期1730亩土地平整工程已于今年下半年开工", status="开工", status_text="已于今年下半年开工", phase="二期", opt=True),
 ],
 aggregate_facts=[
  fact(NX, "park", "firms_signed", 21, "count", C2, ASC, kind="cumulative", note="确定入驻并签订投资协议的植保企业"),
  fact(NX, "park", "signed_investment_cny", 2.882e9, "cny", "总投资28.82亿元,用地面积约950亩", ASC, kind="cumulative", chk=True),
  fact(NX, "park", "signed_land_mu", 950, "mu", "用地面积约950亩", ASC, kind="cumulative", qual="约", qtext="约", opt=True),
  fact(NX, "park", "firms_design_approved", 14, "count", C3, ASC, kind="cumulative", opt=True),
  fact(NX, "park", "firms_land_acquired", 7, "count", C3, ASC, kind="cumulative", opt=True),
  fact(NX, "park", "firms_in_statistics", 4, "count", C3, ASC, kind="cumulative", opt=True),
  fact(NX, "park", "firms_in_statistics_investment_cny", 5.6e8, "cny", "总投资约5.6亿元", ASC, kind="cumulative", qual="约", qtext="约", opt=True, chk=True),
  fact(DP, "company", "expected_annual_output_cny", 2.5e8, "cny", "全面投产后年产值可达2.5亿元", "全面投产后（预计）", kind="target", chk=True),
  fact(DP, "company", "expected_annual_tax_cny", 1.5e7, "cny", "年纳税额可达1500万元", "全面投产后（预计）", kind="target", opt=True, chk=True),
  fact(NX, "park", "planned_area_mu", 3589, "mu", "总体规划面积3589亩", ASC, opt=True),
  fact(NX, "park", "phase1_area_mu", 1020, "mu", "目前首期1020亩所有土石方全部完工", ASC, opt=True),
 ])

# ---------------------------------------------------------------- uj04 河源 重大项目建设掠影 (河源日报 2025)
HP = "河源和平产业园区"
NL = "深圳南山(连平)共建产业园"
DY = "东源县新材料产业园"
D0 = "广东紫泉饮料河源万绿湖生产基地项目建设现场"
D1 = "河源和平产业园区北扩工程开发建设项目在加快推进中"
D2 = "位于深圳南山(连平)共建产业园的广东维敏特科技有限公司二期项目建设现场"
D3 = "前日上午,紫金航天农业·文旅 产业示范园动工建设"
D4 = "位于东源县新材料产业园的广东畅想智慧电子公司新型电脑设备项目建设进展顺利"
D5 = "全市119个重大项目集中签约、动工、投产,项目总投资额约298亿元"
D6 = "投资15亿元的景旺电子科技三期项目正式动工"
D7 = "投资10亿元的宏胜饮料集团有限公司河源项目成功签约"
D8 = "截至目前,我市已经成功吸引了农夫山泉、华润怡宝、白象食品、紫泉饮料等众多水饮料及食品产业知名企业到河源投资兴业"
G["uj04"] = dict(
 article=art("新产业 新动能 ——我市重大项目建设掠影", "河源日报（hyrbnews.cn；图片报道，摄影 邓宇权、叶春雨、刘永菲、肖斌、冯晓铭、杨坚）", "2025-03-29", "day",
  "City daily's photo feature, Guangdong (河源): captions of projects under construction or started in three parks and elsewhere, then the city's first-quarter signing / groundbreaking / production event with two named projects and amounts",
  "http://www.hyrbnews.cn/xinwen/shehui/content/2025-03/29/content_341611.html",
  "日期取网址 2025-03/29。标题“新产业 新动能”与副题“——我市重大项目建设掠影”以一个空格连成 headline。正文为七条图片说明（含摄影署名，照录）与两段文字；存段末行“近年”为下一段开头残字，已删；正文截至“…未来可期。”。园区：河源和平产业园区（和平县）、深圳南山(连平)共建产业园（连平县）、东源县新材料产业园（东源县）。紫金航天农业·文旅 产业示范园为动工项目（农旅示范园，不作工业园区），龙川新城为新城开发，不列园区。项目：广东紫泉饮料河源万绿湖生产基地项目（建设现场→在建，园区未说）；河源和平产业园区北扩工程开发建设项目（在加快推进中→在建）；广东维敏特科技有限公司二期项目（建设现场→在建，二期）；紫金航天农业·文旅 产业示范园（动工建设→开工，园区 null）；广东畅想智慧电子公司新型电脑设备项目（建设进展顺利→在建）；景旺电子科技三期项目（15亿元，正式动工→开工，园区未说）；宏胜饮料集团有限公司河源项目（10亿元，成功签约→签约，园区未说）；龙川新城开发建设（可选）。公司：维敏特、畅想智慧电子按图片说明归园区；宏胜饮料集团有限公司 park null；紫泉饮料、景旺电子科技与农夫山泉、华润怡宝、白象食品（只作已投资河源的企业举例）为可选。事实：全市119个重大项目、约298亿元（region 河源市）。",
  "uj04"),
 parks=[
  park(HP, "河源", "广东", "产业园区", D1, district="和平县"),
  park(NL, "河源", "广东", "共建产业园", D2, district="连平县"),
  park(DY, "河源", "广东", "产业园", D4, district="东源县"),
 ],
 companies=[
  comp("广东维敏特科技有限公司", NL, D2),
  comp("广东畅想智慧电子公司", DY, D4),
  comp("宏胜饮料集团有限公司", None, D7, note="河源项目签约，园区未说"),
  comp("广东紫泉饮料", None, D0, opt=True, aliases=["紫泉饮料"], note="只在项目名中；又在投资企业举例中"),
  comp("景旺电子科技", None, D6, opt=True, note="只在项目名中"),
  comp("农夫山泉", None, D8, opt=True, note="只作已投资河源的企业举例"),
  comp("华润怡宝", None, D8, opt=True, note="同上"),
  comp("白象食品", None, D8, opt=True, note="同上"),
 ],
 projects=[
  proj("广东紫泉饮料河源万绿湖生产基地项目", None, D0, companies=["广东紫泉饮料"], status="在建", status_text="建设现场"),
  proj("河源和平产业园区北扩工程开发建设项目", HP, D1, status="在建", status_text="在加快推进中", note="园区扩园开发项目"),
  proj("广东维敏特科技有限公司二期项目", NL, D2, companies=["广东维敏特科技有限公司"], status="在建", status_text="建设现场", phase="二期"),
  proj("紫金航天农业·文旅 产业示范园", None, D3, status="开工", status_text="动工建设", note="农旅示范园；原文“文旅 产业”中有空格"),
  proj("广东畅想智慧电子公司新型电脑设备项目", DY, D4, companies=["广东畅想智慧电子公司"], status="在建", status_text="建设进展顺利"),
  proj("景旺电子科技三期项目", None, D6, companies=["景旺电子科技"], inv="15亿元", status="开工", status_text="正式动工", phase="三期"),
  proj("宏胜饮料集团有限公司河源项目", None, D7, companies=["宏胜饮料集团有限公司"], inv="10亿元", status="签约", status_text="成功签约"),
  proj("龙川新城开发建设", None, "龙川新城开发建设取得新进展新成效", opt=True, note="新城开发，非工业项目"),
 ],
 aggregate_facts=[
  fact("河源市", "region", "projects_signed_started_completed", 119, "count", D5, "2025年第一季度（集中活动）", note="集中签约、动工、投产的重大项目合计"),
  fact("河源市", "region", "projects_total_investment_cny", 2.98e10, "cny", "项目总投资额约298亿元", "2025年第一季度（集中活动）", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- uj05 梅州高新区(广梅产业园) (magazine via fx361 2022)
MZ = "梅州高新区"
E0 = "梅州高新区(广梅产业园)是省级高新区、穗梅产业共建主阵地、梅州新型工业和实体经济发展的主战场,汇聚了圣戈班、广汽集团、广药集团、广州酒家、珠江啤酒、伊利食品等一批行业领军企业"
E1 = "引导广州轻工、万宝电器等一批绿色智造企业转移落户园区"
E2 = "仅2022年7月以来,引进有信达泰森肉类熟食加工厂、龙宇半固化片和射频高频材料生产、粤旺预制菜产业园、蓬盛预制菜调料生产等13个优质产业项目,计划总投资约28.3亿元,达产后预计年产值64.3亿元"
ASE = "2022年7月至9月"
G["uj05"] = dict(
 article=art("（无标题）梅州高新区（广梅产业园）园区介绍：穗梅产业共建与新引进项目", "fx361.cc（期刊文章库；刊名与标题存段未示）", "2022-09-23", "day",
  "Magazine article on a periodicals site, Guangdong (梅州): profile of a provincial high-tech zone co-built with 广州 — leading firms present, firms transferred in, output growth, 13 projects introduced since July 2022 with total investment and expected output, the co-building model",
  "https://fx361.cc/page/2022/0923/14242640.shtml",
  "日期取网址 2022/0923（期刊出版日未示）。存段无标题、刊名与作者（title 为编者概括）。第三段原文以“体化发展势头强劲。”起首（前面的字在存段中缺失，疑为“一体化”或小标题），照录。存段末段“用好改革这个关键一招,深入推进“亩均论英雄”等改革措施,”中断，整段删去；正文截至“…打造现代产业集群。”，共四段。园区：梅州高新区（文中皆作“梅州高新区(广梅产业园)”，广梅产业园为别名；省级高新区；梅州，广东）。“打造预制菜产业园”为泛称，不列。公司：圣戈班、广汽集团、广药集团、广州酒家、珠江啤酒、伊利食品（“汇聚了…”）与广州轻工、万宝电器（“转移落户园区”）均在梅州高新区。项目：信达泰森肉类熟食加工厂、龙宇半固化片和射频高频材料生产、粤旺预制菜产业园、蓬盛预制菜调料生产（“引进”，无签约/开工字样→无状态；无单项金额）。事实：2021年工业总产值增长30%、2022年上半年增长39%（ratio）；2022年7月以来引进13个项目、计划总投资约28.3亿元（cumulative）、达产后预计年产值64.3亿元（target）。",
  "uj05"),
 parks=[
  park(MZ, "梅州", "广东", "高新区", E0, aliases=["广梅产业园", "梅州高新区(广梅产业园)"], note="省级高新区；文中又作“园区”"),
 ],
 companies=[
  comp("圣戈班", MZ, E0),
  comp("广汽集团", MZ, E0),
  comp("广药集团", MZ, E0),
  comp("广州酒家", MZ, E0),
  comp("珠江啤酒", MZ, E0),
  comp("伊利食品", MZ, E0),
  comp("广州轻工", MZ, E1),
  comp("万宝电器", MZ, E1),
 ],
 projects=[
  proj("信达泰森肉类熟食加工厂", MZ, E2, status_text="引进", note="2022年7月以来引进；无单项金额"),
  proj("龙宇半固化片和射频高频材料生产", MZ, E2, status_text="引进", note="同上"),
  proj("粤旺预制菜产业园", MZ, E2, status_text="引进", note="同上；园中园式项目"),
  proj("蓬盛预制菜调料生产", MZ, E2, status_text="引进", note="同上"),
 ],
 aggregate_facts=[
  fact(MZ, "park", "industrial_output_yoy_growth", 0.30, "ratio", "2021年,园区工业总产值同比增长30%", "2021年", kind="ratio"),
  fact(MZ, "park", "industrial_output_yoy_growth", 0.39, "ratio", "2022年上半年,园区工业总产值同比增长39%", "2022年上半年", kind="ratio"),
  fact(MZ, "park", "projects_introduced", 13, "count", E2, ASE, kind="cumulative"),
  fact(MZ, "park", "projects_introduced_investment_cny", 2.83e9, "cny", "计划总投资约28.3亿元,达产后预计年产值64.3亿元", ASE, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(MZ, "park", "expected_annual_output_cny", 6.43e9, "cny", "达产后预计年产值64.3亿元", "达产后（预计）", kind="target", chk=True, note="13个新引进项目合计"),
 ])

# ---------------------------------------------------------------- uj06 茂名零碳产业园 东华能源 碳纤维项目 (经济日报 2024)
LT = "茂名零碳产业园"
DH = "东华能源(茂名)有限公司"
F0 = "日前,总投资约34.65亿元的东华能源(茂名)有限公司万吨级碳纤维项目在广东省茂名市正式动工"
F1 = "当前,茂名正在滨海新区规划建设约101平方公里的零碳产业园"
F2 = "依托零碳产业园建链,茂名正以东华能源、中核绿能、原油制化学品项目“三位一体”,构建高端化、绿色化、智能化产业集群"
G["uj06"] = dict(
 article=art("广东茂名推动产业结构转型—— “南方油城”绿色蝶变", "经济日报（本报记者 张建军），paper.ce.cn 电子版", "2024-06-11", "day",
  "National economic daily's e-paper, Guangdong (茂名): a petrochemical city's shift — a carbon-fibre project started as part of a planned zero-carbon industrial park, the park's area and focus, the city's strategy",
  "http://paper.ce.cn/pc/content/202406/11/content_295926.html",
  "日期取网址 202406/11。引题“广东茂名推动产业结构转型——”与主题““南方油城”绿色蝶变”以一个空格连成 headline；记者行“本报记者 张建军”已删，图片说明“图为广东茂名零碳产业园一角。 (资料图片)”保留为首段。存段末段“依滨海新区正在建设的吉达港区而建,东华能源(茂名)烷烃资源综合利用项目位于绿色化工”中断，整段删去；正文截至董事长引语。园区：茂名零碳产业园（文中又作“零碳产业园”；在茂名滨海新区规划建设约101平方公里）；茂名滨海新区（文中作“滨海新区”，可选，作零碳产业园母区）。项目：东华能源(茂名)有限公司万吨级碳纤维项目（约34.65亿元→约；正式动工→开工；“作为茂名零碳产业园下游产业链的关键一环”→园区茂名零碳产业园）；原油制化学品项目（只被提及，可选，无状态）。公司：东华能源(茂名)有限公司（又作“东华能源”）；中核绿能（可选）。茂名石化基地只作依托，不列。",
  "uj06"),
 parks=[
  park(LT, "茂名", "广东", "产业园", "作为茂名零碳产业园下游产业链的关键一环", parent="滨海新区", aliases=["零碳产业园"], note="规划建设中，约101平方公里"),
  park("滨海新区", "茂名", "广东", "新区", F1, opt=True, note="文中只作“滨海新区”"),
 ],
 companies=[
  comp(DH, LT, F0, aliases=["东华能源"]),
  comp("中核绿能", LT, F2, opt=True, note="只作建链“三位一体”之一提及"),
 ],
 projects=[
  proj("东华能源(茂名)有限公司万吨级碳纤维项目", LT, F0, companies=[DH], inv="约34.65亿元", qual="约", qual_text="约", status="开工", status_text="正式动工",
       aliases=["万吨级碳纤维项目"], note="“作为茂名零碳产业园下游产业链的关键一环”"),
  proj("原油制化学品项目", LT, F2, opt=True, note="只被提及"),
 ],
 aggregate_facts=[
  fact(LT, "park", "planned_area_km2", 101, "km2", F1, "2024年6月（规划）", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- uj07 阳春市 19个重点项目集中动工 阳江阳春产业园区 (media report on gl-er.com, 2025)
YC = "阳江阳春产业园区"
H0 = "总投资额达43.96亿元的19个重点项目在阳春市集中动工"
H1 = "其中,总投资1.08亿元的高炉冲渣及煤粉预热系统等绿色节能技术改造项目,是传统产业向绿色化、智能化转型升级的典例"
H2 = "而总投资6.5亿元的高速线材生产线及连铸机改扩建项目,设计年产能达60万吨"
H3 = "在阳江阳春产业园区,由高登科技有限公司投资的数控机床伺服电机及机床功能部件生产项目正式落地。该项目投资5000万元"
G["uj07"] = dict(
 article=art("（无标题）阳春市19个重点项目集中动工", "gl-er.com 网站“媒体报道”栏转载（原媒体与作者存段未示）", "2025-11", "month",
  "Media report reposted on a website's press-coverage column, Guangdong (阳江): a county-level city's joint groundbreaking of 19 projects — two technical-renovation projects at a steel firm and a machine-tool component project in the city's industrial park, with amounts",
  "http://www.gl-er.com/news/meitibaodao/3087.html",
  "存段无标题、无日期、无来源（title 为编者概括）。发布日期由文意推定：“时值初冬”“为冲刺‘十四五’收官、迎接‘十五五’开局”→2025年11月前后（published 2025-11，推定，见 SOURCES）。存段在“达产后年产值可超66”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…又一成果。”。gl-er.com 站点性质未核实（栏目名 news/meitibaodao）。园区：阳江阳春产业园区（阳江市阳春市，广东）。项目：数控机床伺服电机及机床功能部件生产项目（高登科技有限公司投资；5000万元；“正式落地”“该项目的开工”→开工；园区阳江阳春产业园区）；阳春新钢铁两个技改扩建项目——高炉冲渣及煤粉预热系统等绿色节能技术改造项目（1.08亿元）、高速线材生产线及连铸机改扩建项目（6.5亿元）（“同时动工”→开工；园区文中未说→null）。公司：高登科技有限公司（阳江阳春产业园区）；阳春新钢铁有限责任公司（又作“阳春新钢铁”，park null）。事实：阳春市19个项目、43.96亿元（region）；高速线材项目设计年产能60万吨（可选）。",
  "uj07"),
 parks=[
  park(YC, "阳江", "广东", "产业园区", H3, district="阳春市"),
 ],
 companies=[
  comp("高登科技有限公司", YC, H3),
  comp("阳春新钢铁有限责任公司", None, "在阳春新钢铁有限责任公司(下称“阳春新钢铁”),两个重点技改扩建项目同时动工", aliases=["阳春新钢铁"], note="园区文中未说"),
 ],
 projects=[
  proj("数控机床伺服电机及机床功能部件生产项目", YC, H3, companies=["高登科技有限公司"], inv="5000万元", status="开工", status_text="正式落地；该项目的开工"),
  proj("高炉冲渣及煤粉预热系统等绿色节能技术改造项目", None, H1, companies=["阳春新钢铁有限责任公司"], inv="1.08亿元", status="开工", status_text="两个重点技改扩建项目同时动工"),
  proj("高速线材生产线及连铸机改扩建项目", None, H2, companies=["阳春新钢铁有限责任公司"], inv="6.5亿元", status="开工", status_text="两个重点技改扩建项目同时动工"),
 ],
 aggregate_facts=[
  fact("阳春市", "region", "projects_started", 19, "count", H0, "2025年（集中动工，推定）"),
  fact("阳春市", "region", "projects_started_investment_cny", 4.396e9, "cny", H0, "2025年（集中动工，推定）", chk=True),
  fact("高速线材生产线及连铸机改扩建项目", "project", "design_capacity_tonnes", 6e5, "t/yr", "设计年产能达60万吨", "建成后（设计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- uj08 清远 产业有序转移 广清产业园 (南方日报 via tkbk 2025)
GQ = "广清产业园"
GZ = "广清经济特别合作区"
K0 = "去年,广清经济特别合作区广清产业园园区总产值突破200亿元"
K1 = "2024年,清远主平台承接产业有序转移项目167个,完成省下达年度任务目标的334%;全年规上工业增加值增长10.4%"
G["uj08"] = dict(
 article=art("“湾区后花园”扛起产业转移大梁", "南方日报（采写 陈立楷 陈国飞），via tkbk.net", "2025-06-20", "day",
  "Aggregator copy of a provincial daily's feature, Guangdong (清远): the city rated excellent for industrial transfer — a co-operation zone park's output, the main platform's transfer projects and task completion, industrial growth, business-environment mechanisms",
  "https://www.tkbk.net/news/wB64VKjQnK.html",
  "日期取页面“发布时间:2025-06-20 08:48:00”。标题照录；站点关键词行“时间 贷款 费用 …”、浏览数与发布时间行、文中采写/摄影/策划/统筹四行署名已删；图片说明“清远市实创涂料科技有限公司数字化生产控制中心。”与小标题“优环境”“‘早餐会’搭起政企连心桥”保留为段。存段在“深化企业开办”处中断，该残句已删（LINE_SUFFIX），正文以“办事加快。”结尾。园区：广清产业园（文中作“广清经济特别合作区广清产业园”，母区广清经济特别合作区）。“清远主平台”为承接产业有序转移主平台的泛称，不列园区。公司：清远市实创涂料科技有限公司只见于图片说明，所在园区未说（可选）。事实：广清产业园2024年园区总产值超200亿元（“突破”→超）；清远主平台2024年承接项目167个、完成年度任务334%（ratio 3.34）、清远全年规上工业增加值增长10.4%（region）；“早餐会”等会议次数与解决问题数不计。",
  "uj08"),
 parks=[
  park(GQ, "清远", "广东", "产业园", K0, parent=GZ, aliases=["广清经济特别合作区广清产业园"], note="文中作“广清经济特别合作区广清产业园”"),
  park(GZ, "清远", "广东", "特别合作区", K0, note="广州、清远共建"),
 ],
 companies=[
  comp("清远市实创涂料科技有限公司", None, "清远市实创涂料科技有限公司数字化生产控制中心", opt=True, note="只见于图片说明；园区未说"),
 ],
 aggregate_facts=[
  fact(GQ, "park", "output_value_cny", 2e10, "cny", K0, "2024年", qual="超", qtext="突破", chk=True),
  fact("清远", "region", "transfer_projects_undertaken", 167, "count", K1, "2024年", note="清远主平台承接产业有序转移项目"),
  fact("清远", "region", "annual_task_completion", 3.34, "ratio", "完成省下达年度任务目标的334%", "2024年", kind="ratio"),
  fact("清远", "region", "industrial_value_added_growth", 0.104, "ratio", "全年规上工业增加值增长10.4%", "2024年", kind="ratio"),
 ])
