# real56 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county, district or city is not a park). Status from the text's
# words: 新签合同 / 签约 / 签署投资协议 → 签约; 新建 / 开工 / 集中开工 / 奠基 → 开工; 续建 → 在建; 投产 → 投产; 在谈 →
# planned. A project whose stage changes in the text gets the later stage as status and the earlier as status_alt.
# “预计” / “建成后” figures are kind target; period totals (“今年上半年”, “今年以来”, “1-9月”) are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/zzNN.raw as returned.

# ---------------------------------------------------------------- zz01 滨州工业园区 上半年招商 (大众网 2011)
BZ = "滨州工业园区"
A0 = "今年上半年,滨州工业园区通过实施专业招商、企业招商、以商招商、网上招商等方式,大力开展招商引资工作,实现了长足发展"
A1 = "东营市大生化工投资3.2亿元的年产5000吨四氟苯甲醚菊酯项目"
A2 = "滨州市中润纺织与新疆银利集团合作投资1.2亿元的坯布生产及新疆棉储备库项目"
A3 = "山东滨州裕华化工投资1.1亿元的年产20万吨丙烷、丁烷项目"
A4 = "滨州市民康建材投资8000万元的建材建设项目"
A5 = "滨州市海星石油科技投资5000万元的油泥砂回收、处理、分离项目"
A6 = "滨州市惠邦彩印投资3000万元的印刷、包装项目"
A7 = "滨州市广茂新能源投资1200万元的加油、气站建设项目"
AN = "新建项目16个。分别是:大唐2×300MW级热电联产项目、山东明大新材料18.5万吨/年树脂系列产品项目、滨州中润纺织5万锭精梳纺及新疆棉储备库项目、滨州大生科技年产5000吨四氟苯甲醚菊酯项目、山东滨农科技质检中心及物流仓储项目等)"
AC = "续建项目18个。分别是:山东滨州亚光毛巾工业园二期项目、佳化化学13万吨/年聚醚系列项目、滨州市顺东化工年产2万吨异丁烯、5000吨聚异丁烯、3万吨丁基橡胶项目、滨州新天阳化工8万吨/年甲醛.2万吨/年多聚甲醛联产3万吨/年甲缩醛续建项目、山东宇洋新材料24万吨/年聚苯乙烯产品项目等)"
A8 = "上海中技桩业投资6.95亿元的年产1200万米先张法预应力混凝土空心方桩项目"
A9 = "浙江普洛康裕化工投资10亿元的生物发酵、化学合成制药项目"
A10 = "山东滨州侨昌化学投资8亿元的年产10万吨生物肥项目"
A11 = "徐州客商投资8000万元的轴承生产加工项目"
A12 = "高青客商投资8000万元的印染项目"
ASA = "2011年上半年"
SIGNED = dict(status="签约", status_text="新签合同项目")
NEW = dict(status="开工", status_text="新建项目")
CONT = dict(status="在建", status_text="续建项目")
TALK = dict(status="planned", status_text="在谈项目")
G["zz01"] = dict(
 article=art("（无标题）滨州工业园区上半年新签合同项目7个、新建16个、续建18个、在谈6个", "大众网（大众网滨州，binzhou.dzwww.com；通讯员冯志强）", "2011-07-08", "day",
  "Provincial news portal's city channel, Shandong: an industrial park's half-year investment-promotion report — seven contracts signed with investor and amount each, sixteen new and eighteen continuing construction projects named, six projects under negotiation with amounts, contract and paid-in capital",
  "http://binzhou.dzwww.com/xinwen/bzjj/tt/201107/t20110708_6456556.html",
  "日期取网址 201107/t20110708 与电头“大众网滨州7月8日讯”。存段无标题（title 为编者概括），从电头起，共四段；原文几处右括号“)”无对应左括号（“…加油、气站建设项目)。”“…物流仓储项目等)。”等），照录。园区：滨州工业园区（滨州市，山东），全部项目均为园区项目。项目按文中四类记状态：新签合同（签约，7个，各有投资方与金额）、新建（开工）、续建（在建）、在谈（planned，各有金额）。“年产5000吨四氟苯甲醚菊酯项目”既在新签合同（东营市大生化工投资3.2亿元）又在新建（“滨州大生科技年产5000吨四氟苯甲醚菊酯项目”）中出现：同一项目，status 记开工、status_alt 签约，别名为新建中的写法。“坯布生产及新疆棉储备库项目”（中润纺织与新疆银利集团，1.2亿元，签约）与新建中的“滨州中润纺织5万锭精梳纺及新疆棉储备库项目”内容不同，分列两项，后者可选（可能为同一项目的另一写法）。投资方在“X投资Y的Z项目”句中作主语者列为公司（园区滨州工业园区；在谈项目的投资方可选、park null，因尚未落户）；只出现在项目名中的企业（新建、续建各项）可选。“徐州客商”“高青客商”不是公司，不列。事实：四类项目数与“实现合同资金7.22亿元、到位资金4.72亿元”（上半年，cumulative）。",
  "zz01"),
 parks=[
  park(BZ, "滨州", "山东", "工业园区", A0),
 ],
 companies=[
  comp("东营市大生化工", BZ, A1, aliases=["滨州大生科技"], note="新建项目中写作“滨州大生科技”（同一项目的业主，推定）"),
  comp("滨州市中润纺织", BZ, A2, aliases=["滨州中润纺织"]),
  comp("新疆银利集团", None, A2, opt=True, note="与中润纺织合作投资；所在地未说"),
  comp("山东滨州裕华化工", BZ, A3),
  comp("滨州市民康建材", BZ, A4),
  comp("滨州市海星石油科技", BZ, A5),
  comp("滨州市惠邦彩印", BZ, A6),
  comp("滨州市广茂新能源", BZ, A7),
  comp("大唐", BZ, AN, opt=True, note="只在项目名中"),
  comp("山东明大新材料", BZ, AN, opt=True, note="只在项目名中"),
  comp("山东滨农科技", BZ, AN, opt=True, note="只在项目名中"),
  comp("佳化化学", BZ, AC, opt=True, note="只在项目名中"),
  comp("滨州市顺东化工", BZ, AC, opt=True, note="只在项目名中"),
  comp("滨州新天阳化工", BZ, AC, opt=True, note="只在项目名中"),
  comp("山东宇洋新材料", BZ, AC, opt=True, note="只在项目名中"),
  comp("上海中技桩业", None, A8, opt=True, note="在谈项目投资方"),
  comp("浙江普洛康裕化工", None, A9, opt=True, note="在谈项目投资方"),
  comp("山东滨州侨昌化学", None, A10, opt=True, note="在谈项目投资方"),
 ],
 projects=[
  proj("年产5000吨四氟苯甲醚菊酯项目", BZ, A1, companies=["东营市大生化工"], inv="投资3.2亿元", status="开工", status_text="新签合同项目；新建项目",
       status_alt="签约", aliases=["滨州大生科技年产5000吨四氟苯甲醚菊酯项目"], note="上半年新签合同，又列新建项目"),
  proj("坯布生产及新疆棉储备库项目", BZ, A2, companies=["滨州市中润纺织", "新疆银利集团"], inv="合作投资1.2亿元", **SIGNED),
  proj("年产20万吨丙烷、丁烷项目", BZ, A3, companies=["山东滨州裕华化工"], inv="投资1.1亿元", **SIGNED),
  proj("建材建设项目", BZ, A4, companies=["滨州市民康建材"], inv="投资8000万元", **SIGNED),
  proj("油泥砂回收、处理、分离项目", BZ, A5, companies=["滨州市海星石油科技"], inv="投资5000万元", **SIGNED),
  proj("印刷、包装项目", BZ, A6, companies=["滨州市惠邦彩印"], inv="投资3000万元", **SIGNED),
  proj("加油、气站建设项目", BZ, A7, companies=["滨州市广茂新能源"], inv="投资1200万元", **SIGNED),
  proj("大唐2×300MW级热电联产项目", BZ, AN, companies=["大唐"], **NEW),
  proj("山东明大新材料18.5万吨/年树脂系列产品项目", BZ, AN, companies=["山东明大新材料"], **NEW),
  proj("滨州中润纺织5万锭精梳纺及新疆棉储备库项目", BZ, AN, companies=["滨州市中润纺织"], opt=True,
       note="或与签约的“坯布生产及新疆棉储备库项目”为同一项目", **NEW),
  proj("山东滨农科技质检中心及物流仓储项目", BZ, AN, companies=["山东滨农科技"], **NEW),
  proj("山东滨州亚光毛巾工业园二期项目", BZ, AC, phase="二期", **CONT),
  proj("佳化化学13万吨/年聚醚系列项目", BZ, AC, companies=["佳化化学"], **CONT),
  proj("滨州市顺东化工年产2万吨异丁烯、5000吨聚异丁烯、3万吨丁基橡胶项目", BZ, AC, companies=["滨州市顺东化工"], **CONT),
  proj("滨州新天阳化工8万吨/年甲醛.2万吨/年多聚甲醛联产3万吨/年甲缩醛续建项目", BZ, AC, companies=["滨州新天阳化工"], **CONT),
  proj("山东宇洋新材料24万吨/年聚苯乙烯产品项目", BZ, AC, companies=["山东宇洋新材料"], **CONT),
  proj("年产1200万米先张法预应力混凝土空心方桩项目", BZ, A8, companies=["上海中技桩业"], inv="投资6.95亿元", **TALK),
  proj("生物发酵、化学合成制药项目", BZ, A9, companies=["浙江普洛康裕化工"], inv="投资10亿元", **TALK),
  proj("年产10万吨生物肥项目", BZ, A10, companies=["山东滨州侨昌化学"], inv="投资8亿元", **TALK),
  proj("轴承生产加工项目", BZ, A11, inv="投资8000万元", note="徐州客商", **TALK),
  proj("印染项目", BZ, A12, inv="投资8000万元", note="高青客商", **TALK),
 ],
 aggregate_facts=[
  fact(BZ, "park", "projects_signed", 7, "count", "新签合同项目7个", ASA, kind="cumulative"),
  fact(BZ, "park", "projects_started", 16, "count", "新建项目16个", ASA, kind="cumulative"),
  fact(BZ, "park", "projects_under_construction_continuing", 18, "count", "续建项目18个", ASA),
  fact(BZ, "park", "projects_under_negotiation", 6, "count", "在谈项目6个", ASA),
  fact(BZ, "park", "contract_capital_cny", 7.22e8, "cny", "实现合同资金7.22亿元、到位资金4.72亿元", ASA, kind="cumulative", chk=True),
  fact(BZ, "park", "paid_in_capital_cny", 4.72e8, "cny", "到位资金4.72亿元", ASA, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- zz02 都京丝纺服装工业集中区 (中国服装网 2012)
DJ = "都京丝纺服装工业集中区"
B0 = "2011年12月31日,笔者来到位于高坪区的都京丝纺服装工业集中区的六合集团厂区内"
B1 = "目前,园区内拥有以六合集团为龙头的工业企业20家"
B2 = "2011年底,该园区实施二期工程,占地780亩,已签署投资协议的企业有8户"
B3 = "其中,广东美达协议投资额为3.8亿元、嘉美印染协议投资额为3亿元、广东明瑞协议投资额为1.38亿元、云和印染协议投资额为2.5亿元"
G["zz02"] = dict(
 article=art("南充高坪:都京丝纺服装工业蓬勃发展", "中国服装网（china1f.com；“笔者”稿，未署名）", "2012-01-03", "day",
  "Trade news site, Sichuan: a district's silk-and-garment industrial cluster zone — its leading firm's output and tax, the zone's firm count and output, phase 2 begun with four named firms' agreed investments",
  "http://news.china1f.com/20120103/2040666.html",
  "日期取页面“时间: 2012-01-03”（网址亦为 20120103）。标题照录；“信息来源…浏览次数”行与文末“——本信息真实性未经中国服装网证实,仅供您参考”已删。正文五段，完整。园区：都京丝纺服装工业集中区（南充市高坪区，四川；文中又作“园区”）；real20 g06 用过同一园区的另一篇（2016年“15家企业入驻”），不是同一报道。公司：六合集团（园区龙头，在园）；二期签约的广东美达、嘉美印染、广东明瑞、云和印染（“已签署投资协议”，在园）。项目：四家企业的二期投资，文中无项目名，以企业名作项目名（同 real52 zv02 成峰工程机械），签约，金额为“协议投资额”；“该园区实施二期工程”（2011年底）记为园区开发项目，在建（status_text“实施”），可选。事实：六合集团2011年产值“超过2亿元”（超）、缴税“8000多万元”（余）；园区企业20家、2011年工业总产值11.2亿元；二期占地780亩、签约企业8户；就业岗位1万个（二期建成后，target，可选）。",
  "zz02"),
 parks=[
  park(DJ, "南充", "四川", "工业集中区", B0, district="高坪区", note="文中又作“园区”"),
 ],
 companies=[
  comp("六合集团", DJ, B1, note="园区龙头企业"),
  comp("广东美达", DJ, B3, note="二期签署投资协议"),
  comp("嘉美印染", DJ, B3, note="二期签署投资协议"),
  comp("广东明瑞", DJ, B3, note="二期签署投资协议"),
  comp("云和印染", DJ, B3, note="二期签署投资协议"),
 ],
 projects=[
  proj("广东美达", DJ, B3, companies=["广东美达"], inv="协议投资额为3.8亿元", status="签约", status_text="已签署投资协议", phase="二期", note="无项目名，以企业名作项目名"),
  proj("嘉美印染", DJ, B3, companies=["嘉美印染"], inv="协议投资额为3亿元", status="签约", status_text="已签署投资协议", phase="二期", note="同上"),
  proj("广东明瑞", DJ, B3, companies=["广东明瑞"], inv="协议投资额为1.38亿元", status="签约", status_text="已签署投资协议", phase="二期", note="同上"),
  proj("云和印染", DJ, B3, companies=["云和印染"], inv="协议投资额为2.5亿元", status="签约", status_text="已签署投资协议", phase="二期", note="同上"),
  proj("都京丝纺服装工业集中区二期工程", DJ, B2, phase="二期", status="在建", status_text="实施二期工程", opt=True,
       note="园区开发项目；2011年底实施，预计3年内建成；文中只作“二期工程”"),
 ],
 aggregate_facts=[
  fact("六合集团", "company", "output_cny", 2e8, "cny", "2011年,该企业产值超过2亿元,缴税8000多万元", "2011年", qual="超", qtext="超过", chk=True),
  fact("六合集团", "company", "tax_paid", 8e7, "cny", "缴税8000多万元", "2011年", qual="余", qtext="多", opt=True,
       note="“8000多万元”（余）；check_gold 不解析“多万元”，metric 不带 _cny 后缀，值为元"),
  fact(DJ, "park", "firms", 20, "count", B1, "2011年12月"),
  fact(DJ, "park", "industrial_output_cny", 1.12e9, "cny", "2011年,园区工业总产值达11.2亿元", "2011年", chk=True),
  fact(DJ, "park", "phase2_site_area_mu", 780, "mu", B2, "2011年底"),
  fact(DJ, "park", "phase2_firms_signed", 8, "count", B2, "2011年底"),
  fact(DJ, "park", "jobs_expected", 10000, "count", "园区内工业企业可提供就业岗位1万个", "二期建成后（预计3年内）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zz03 江安县 阳春工业园区 9个项目开工 (戎州网 via 人民网 2019)
YC = "阳春工业园区"
C0 = "10月16日,宜宾江安县工业项目2018年第四季度开工仪式在该县阳春工业园区举行"
C1 = "此次集中新开工的9个重点项目,总投资达14.84亿元。包含四川琦丰竹基材料竹缠绕复合管道项目、四川久力钙业环保节能石灰旋窑项目、江磷科技工业废渣综合利用项目、宜宾盛豪混凝土搅拌有限公司技改扩能项目等"
C2 = "今年1-9月,江安新签约亿元以上工业领域项目18个,协议投资金额近70亿元,园区工业总产值突破140亿元"
STC = dict(status="开工", status_text="集中新开工")
G["zz03"] = dict(
 article=art("江安县 9大项目集中开工 总投资14.84亿元", "戎州网（rongzhounet.com，“来源:人民网”；署名杨铁）", "2019-01-23", "day",
  "Local news site relaying a national portal's local item, Sichuan: a county's fourth-quarter groundbreaking in its industrial park — nine projects started with their total, four named, expected output; the county's year-to-date signings and park output",
  "http://rongzhounet.com/html/2019/caijing_0123/6892.html",
  "日期取页面“发布时间:2019-01-23 16:02:51”；正文所记开工仪式为2018年10月16日（“2018年第四季度开工仪式”），“今年1-9月”即2018年1–9月：戎州网转载人民网稿，晚于原发三个月。标题照录；网站导航、“责任编辑…来源:人民网点击:”行已删；文末署名“(杨铁)”保留。正文五段，完整。园区：阳春工业园区（宜宾市江安县，四川；文中又作“园区”“工业园区”）。项目：四个点名项目均在阳春工业园区开工（开工仪式在园区举行，“对园区做大经济总量…”），无单项金额；9个项目合计14.84亿元为事实。公司只在项目名中出现，可选（宜宾盛豪混凝土搅拌有限公司为全称）。事实：9个项目、14.84亿元（2018-10-16）；建成后年产值32.7亿元（target）；江安县1–9月新签约亿元以上工业项目18个、协议投资“近70亿元”（约）；“园区工业总产值突破140亿元”（超）——文中“园区”未点名，推定为阳春工业园区，可选。",
  "zz03"),
 parks=[
  park(YC, "宜宾", "四川", "工业园区", C0, district="江安县", note="文中又作“园区”"),
 ],
 companies=[
  comp("宜宾盛豪混凝土搅拌有限公司", YC, C1, opt=True, note="只在项目名中"),
  comp("四川琦丰竹基材料", YC, C1, opt=True, note="只在项目名中"),
  comp("四川久力钙业", YC, C1, opt=True, note="只在项目名中"),
  comp("江磷科技", YC, C1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("四川琦丰竹基材料竹缠绕复合管道项目", YC, C1, companies=["四川琦丰竹基材料"], **STC),
  proj("四川久力钙业环保节能石灰旋窑项目", YC, C1, companies=["四川久力钙业"], **STC),
  proj("江磷科技工业废渣综合利用项目", YC, C1, companies=["江磷科技"], **STC),
  proj("宜宾盛豪混凝土搅拌有限公司技改扩能项目", YC, C1, companies=["宜宾盛豪混凝土搅拌有限公司"], **STC),
 ],
 aggregate_facts=[
  fact(YC, "park", "projects_started", 9, "count", C1, "2018年10月16日（集中开工）"),
  fact(YC, "park", "projects_started_investment_cny", 1.484e9, "cny", "此次集中新开工的9个重点项目,总投资达14.84亿元", "2018年10月16日（集中开工）", chk=True),
  fact(YC, "park", "expected_annual_output_cny", 3.27e9, "cny", "建成后,将实现年产值32.7亿元", "建成后（预期）", kind="target", chk=True, note="9个开工项目建成后"),
  fact("江安县", "region", "projects_signed", 18, "count", C2, "2018年1–9月", kind="cumulative", note="亿元以上工业领域项目"),
  fact("江安县", "region", "signed_investment_cny", 7e9, "cny", "协议投资金额近70亿元", "2018年1–9月", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(YC, "park", "industrial_output_cny", 1.4e10, "cny", "园区工业总产值突破140亿元", "2018年1–9月", kind="cumulative", qual="超", qtext="突破", chk=True, opt=True,
       note="“园区”未点名，推定为阳春工业园区"),
 ])

# ---------------------------------------------------------------- zz04 巨鹿县 集中开工投产 签约 (邢台日报 2019)
TW = "台湾生物医药大健康产业园"
D0 = "巨鹿县举办台湾生物医药大健康产业园奠基暨2019年第二批重点项目集中开工投产仪式"
D1 = "其中,台湾科技小镇系列项目等9个项目集中开工,总投资48.82亿元;河北辰鹿车业有限公司电动车产业园项目等8个项目投产,总投资44.98亿元"
D2 = "中粮集团冀南宠物食品及动物饲料项目、河北亚之杰新型材料科技有限公司亚之杰智慧家居科技园项目等58个项目集中签约,总投资120.99亿元"
AS4 = "2019年6月18日"
G["zz04"] = dict(
 article=art("巨鹿县举办第二批重点项目集中开工投产仪式", "邢台日报（乔娜），载于长城网邢台频道 xt.hebei.com.cn", "2019-06-19", "day",
  "City daily on the provincial portal's city channel, Hebei: a county's groundbreaking of a biomedicine park and its second batch of projects started and in production, with one named project at each stage and the same day's 58 signings",
  "http://xt.hebei.com.cn/system/2019/06/19/019677599.shtml",
  "日期取页面“2019-06-19 21:41:22”；文中“6月18日上午”为活动日。标题照录；频道导航、“来源: 邢台日报 作者:乔娜”、时间、“分享:”与“关键词…责任编辑:刘俐验”已删；文末署名“(乔娜)”保留。正文四段，完整。园区：台湾生物医药大健康产业园（巨鹿县，邢台，河北；当日奠基）——既是园区也作奠基项目（开工，可选）。其余项目文中只说在巨鹿县，不在点名园区：台湾科技小镇系列项目（开工）、河北辰鹿车业有限公司电动车产业园项目（投产）、中粮集团冀南宠物食品及动物饲料项目与河北亚之杰新型材料科技有限公司亚之杰智慧家居科技园项目（签约），park 均为 null；“电动车产业园”“智慧家居科技园”为项目名的一部分，不列园区。单项金额文中未给；三类合计（开工9个48.82亿元、投产8个44.98亿元、签约58个120.99亿元）与总数（17个93.8亿元）记为巨鹿县事实（region）。公司：河北辰鹿车业有限公司、河北亚之杰新型材料科技有限公司（park null）；中粮集团可选。市领导不列。",
  "zz04"),
 parks=[
  park(TW, "邢台", "河北", "产业园（生物医药）", D0, district="巨鹿县", note="当日奠基"),
 ],
 companies=[
  comp("河北辰鹿车业有限公司", None, D1, note="电动车产业园项目投产；园区未说"),
  comp("河北亚之杰新型材料科技有限公司", None, D2, note="签约项目业主"),
  comp("中粮集团", None, D2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(TW, None, D0, status="开工", status_text="奠基", opt=True, note="园区本身的奠基；园区另列"),
  proj("台湾科技小镇系列项目", None, D1, status="开工", status_text="集中开工", note="9个开工项目之一；合计48.82亿元不分摊"),
  proj("河北辰鹿车业有限公司电动车产业园项目", None, D1, companies=["河北辰鹿车业有限公司"], status="投产", status_text="投产",
       note="8个投产项目之一；合计44.98亿元不分摊"),
  proj("中粮集团冀南宠物食品及动物饲料项目", None, D2, companies=["中粮集团"], status="签约", status_text="集中签约"),
  proj("河北亚之杰新型材料科技有限公司亚之杰智慧家居科技园项目", None, D2, companies=["河北亚之杰新型材料科技有限公司"], status="签约", status_text="集中签约",
       aliases=["亚之杰智慧家居科技园项目"]),
 ],
 aggregate_facts=[
  fact("巨鹿县", "region", "projects_started_or_in_production", 17, "count", "巨鹿县此次集中开工、投产的项目共17个,总投资93.8亿元", AS4),
  fact("巨鹿县", "region", "projects_started_or_in_production_investment_cny", 9.38e9, "cny", "总投资93.8亿元", AS4, chk=True),
  fact("巨鹿县", "region", "projects_started", 9, "count", D1, AS4),
  fact("巨鹿县", "region", "projects_started_investment_cny", 4.882e9, "cny", "9个项目集中开工,总投资48.82亿元", AS4, chk=True),
  fact("巨鹿县", "region", "projects_in_production", 8, "count", "8个项目投产,总投资44.98亿元", AS4),
  fact("巨鹿县", "region", "projects_in_production_investment_cny", 4.498e9, "cny", "8个项目投产,总投资44.98亿元", AS4, chk=True),
  fact("巨鹿县", "region", "projects_signed", 58, "count", D2, AS4),
  fact("巨鹿县", "region", "signed_investment_cny", 1.2099e10, "cny", "58个项目集中签约,总投资120.99亿元", AS4, chk=True),
 ])

# ---------------------------------------------------------------- zz05 汉川市 集中开工 (中国网湖北 2020)
HC = "汉川市开发区"
E0 = "开工仪式设置了开发区鹰冠新型材料、仙女山杰安塑料二期、汈东宇辰新材料3个会场"
E1 = "鹰冠新型材料公司位于汉川市开发区,总投资达6.35亿元,用地约150亩,规划建筑面积11.7万㎡"
E2 = "本次集中开工复工的41个项目中,过亿元项目38个,总投资达203.8亿元,其中招商实体类项目投资174亿元"
AS5 = "2020年3月26日（集中开工）"
G["zz05"] = dict(
 article=art("（无标题）汉川市举办2020年招商项目集中开工仪式：鹰冠新型材料在汉川市开发区开工，41个项目总投资203.8亿元", "中国网湖北（hb.china.com.cn；存段无署名）", "2020-03-27", "day",
  "National portal's provincial channel, Hubei: a county-level city's groundbreaking after the epidemic lockdown — three sites named, the main-site firm in the development zone with investment, land, floor area and expected output and tax, the 41 projects' totals",
  "http://hb.china.com.cn/2020-03/27/content_41105871.htm",
  "日期取网址 2020-03/27；文中“3月26日”为活动日。存段无标题（title 为编者概括）、无署名；图片占位“image.png”已删。正文四段（存段在“…等多个领域。”处以整句结束）。园区：“汉川市开发区”（文中又作“开发区”，即汉川经济开发区；孝感市汉川市，湖北；照文中写法，不补全称）。“仙女山”“汈东”为街道/地名，不是园区。项目：三个开工会场——“开发区鹰冠新型材料”（在汉川市开发区，总投资达6.35亿元，开工）、“仙女山杰安塑料二期”（二期，开工，park null）、“汈东宇辰新材料”（开工，park null）；项目名照会场名。公司：湖北鹰冠新型材料公司（文中又作“鹰冠新型材料公司”，在汉川市开发区）；杰安塑料、宇辰新材料只在会场名中，可选。事实：鹰冠投产后预计年产值12亿元、年税收3600万元（target）；用地约150亩、建筑面积11.7万㎡（可选）；汉川市41个开工复工项目、过亿元项目38个、总投资203.8亿元、招商实体类174亿元（region）。",
  "zz05"),
 parks=[
  park(HC, "孝感", "湖北", "开发区", E1, district="汉川市", aliases=["开发区"], note="即汉川经济开发区；文中只作“汉川市开发区”“开发区”"),
 ],
 companies=[
  comp("湖北鹰冠新型材料公司", HC, "主会场设置在湖北鹰冠新型材料公司现场。鹰冠新型材料公司位于汉川市开发区", aliases=["鹰冠新型材料公司"]),
  comp("杰安塑料", None, E0, opt=True, note="只在会场名中；仙女山"),
  comp("宇辰新材料", None, E0, opt=True, note="只在会场名中；汈东"),
 ],
 projects=[
  proj("鹰冠新型材料", HC, E1, companies=["湖北鹰冠新型材料公司"], inv="总投资达6.35亿元", status="开工", status_text="集中开工",
       aliases=["开发区鹰冠新型材料"], note="主会场；项目名照会场名"),
  proj("仙女山杰安塑料二期", None, E0, companies=["杰安塑料"], phase="二期", status="开工", status_text="集中开工", note="会场；园区未说"),
  proj("汈东宇辰新材料", None, E0, companies=["宇辰新材料"], status="开工", status_text="集中开工", note="会场；园区未说"),
 ],
 aggregate_facts=[
  fact("鹰冠新型材料", "project", "site_area_mu", 150, "mu", E1, AS5, qual="约", qtext="约", opt=True),
  fact("鹰冠新型材料", "project", "floor_area_m2", 1.17e5, "m2", E1, AS5, opt=True),
  fact("湖北鹰冠新型材料公司", "company", "expected_annual_output_cny", 1.2e9, "cny", "投产后,预计可实现年产值12亿元,年税收3600万元", "投产后（预期）", kind="target", chk=True),
  fact("湖北鹰冠新型材料公司", "company", "expected_annual_tax_cny", 3.6e7, "cny", "年税收3600万元", "投产后（预期）", kind="target", chk=True),
  fact("汉川市", "region", "projects_started", 41, "count", E2, AS5, note="开工复工项目"),
  fact("汉川市", "region", "projects_started_over_100m", 38, "count", E2, AS5, opt=True),
  fact("汉川市", "region", "projects_started_investment_cny", 2.038e10, "cny", "总投资达203.8亿元,其中招商实体类项目投资174亿元", AS5, chk=True),
  fact("汉川市", "region", "investment_promotion_projects_investment_cny", 1.74e10, "cny", "其中招商实体类项目投资174亿元", AS5, chk=True, opt=True),
 ])

# ---------------------------------------------------------------- zz06 北碚 21个项目集中签约 (中乡网 2022)
BB = "西部(重庆)科学城北碚园区"
CJ = "蔡家智慧新城"
F0 = "此次集中签约项目21个,签约额208.69亿元"
F1 = "其中,西部(重庆)科学城北碚园区共签约项目8个,正式合同额42.7亿元,占总签约额的20.46%"
F2 = "尤以上海雪湖科技西南智慧交通项目引人注目。该项目总投资5亿元"
F3 = "“薄膜铂热传感器芯片”及应用产业化基地项目计划总投资6亿元,项目拟以传感器芯片为核心,在园区布局芯片应用"
F4 = "此外,蔡家智慧新城同样是北碚区招商引资的“强磁场”,共签约6个项目,揽金78.985亿元"
F5 = "蔡家科技产业园是21个签约项目中签约额最大的项目"
AS6 = "2022年4月8日（集中签约）"
SG6 = dict(status="签约", status_text="集中签约")
G["zz06"] = dict(
 article=art("重庆北碚:21个项目集中签约,总额高达208.69亿元", "中乡网（zhongxiangwang.co，“发布:中乡网”；原发媒体未注明；图片署名霍吕）", "2022-04-08", "day",
  "Rural-news site relaying a district item, Chongqing: a district's first signing of the year — 21 projects by size band, the science-city park's eight signings with two named projects and amounts, a new town's six signings and its largest project",
  "http://zhongxiangwang.co/ncjj/2022/0408/98467.html",
  "日期取页面“发布日期:2022-04-08 23:28”。标题照录；导航、发布行与图片说明“签约现场。 霍吕摄”已删。**截断**：存段末段在“…聚焦蔡家智慧新城智能产业园建设开发、科创孵化中”处中断；该句（“该项目计划总投资50亿元,将依托中交重庆投资发展有限公司…”）整句删去（make_txt.py LINE_SUFFIX），正文截至“蔡家科技产业园是21个签约项目中签约额最大的项目。”，共七段——因此蔡家科技产业园的金额不在正文中，不记。园区：西部(重庆)科学城北碚园区（北碚区，重庆；括号照录为半角）；蔡家智慧新城（北碚区的新城片区，文中与园区并列为签约载体，列为园区，kind 新城）。项目（均签约）：上海雪湖科技西南智慧交通项目（总投资5亿元）与“薄膜铂热传感器芯片”及应用产业化基地项目（计划总投资6亿元）——紧接“西部(重庆)科学城北碚园区共签约项目8个”一段之后，后者又说“在园区布局芯片应用”，推定在北碚园区（note）；蔡家科技产业园——推定在蔡家智慧新城（紧接“蔡家智慧新城…共签约6个项目”）。公司：上海雪湖科技（只在项目名中，可选）。事实：北碚区21个、208.69亿元与四档个数（档位个数可选）；北碚园区8个、42.7亿元、占20.46%；蔡家智慧新城6个、78.985亿元。",
  "zz06"),
 parks=[
  park(BB, "重庆", "重庆", "科学城园区", F1, district="北碚区", note="西部(重庆)科学城在北碚区的园区；文中又作“园区”"),
  park(CJ, "重庆", "重庆", "新城（片区）", F4, district="北碚区", note="北碚区新城片区，文中与北碚园区并列为签约载体"),
 ],
 companies=[
  comp("上海雪湖科技", BB, F2, opt=True, note="只在项目名中；园区推定"),
 ],
 projects=[
  proj("上海雪湖科技西南智慧交通项目", BB, F2, companies=["上海雪湖科技"], inv="总投资5亿元", note="园区由段落位置推定", **SG6),
  proj("“薄膜铂热传感器芯片”及应用产业化基地项目", BB, F3, inv="计划总投资6亿元",
       note="“在园区布局芯片应用”；园区推定为北碚园区", **SG6),
  proj("蔡家科技产业园", CJ, F5, note="21个签约项目中签约额最大；金额所在句被截断删去；园区推定为蔡家智慧新城", **SG6),
 ],
 aggregate_facts=[
  fact("北碚区", "region", "projects_signed", 21, "count", F0, AS6),
  fact("北碚区", "region", "signed_investment_cny", 2.0869e10, "cny", F0, AS6, chk=True),
  fact("北碚区", "region", "projects_signed_over_5bn", 1, "count", "投资50亿元以上项目1个", AS6, opt=True),
  fact("北碚区", "region", "projects_signed_1bn_to_5bn", 4, "count", "10亿元以上50亿元以下项目4个", AS6, opt=True),
  fact("北碚区", "region", "projects_signed_100m_to_1bn", 13, "count", "1亿元以上10亿元以下项目13个", AS6, opt=True),
  fact("北碚区", "region", "projects_signed_under_100m", 3, "count", "1亿元以下项目3个", AS6, opt=True),
  fact(BB, "park", "projects_signed", 8, "count", F1, AS6),
  fact(BB, "park", "signed_investment_cny", 4.27e9, "cny", "正式合同额42.7亿元,占总签约额的20.46%", AS6, chk=True),
  fact(BB, "park", "signed_investment_share", 0.2046, "ratio", F1, AS6, kind="ratio"),
  fact(CJ, "park", "projects_signed", 6, "count", F4, AS6),
  fact(CJ, "park", "signed_investment_cny", 7.8985e9, "cny", "共签约6个项目,揽金78.985亿元", AS6, chk=True),
 ])

# ---------------------------------------------------------------- zz07 荆门高新区·掇刀区 29个项目开工 (网易 2023)
JM = "荆门高新区"
G0 = "荆门高新区·掇刀区共有29个项目开工,计划总投资328亿元。其中三大千亿产业项目25个,总投资325亿元"
G1 = "格林美正极材料产业园项目(年产8万吨高镍三元前驱体材料与2万吨高镍正极材料),总投资35亿元,项目建成后,将新增产值100亿元"
G2 = "金杨新材料锂电池精密结构件项目一期投资3亿元,建设日产350万套圆柱电池精密结构件项目,项目建成后可实现年产值4亿元,税收4000万元。二期项目投资7亿元"
G3 = "争光树脂项目计划总投资10亿元"
G4 = "华洲高端药项目建设高端医药原料药及中间体项目。其中一期建设年产1150吨原料药项目,二期建设年产6350吨中间体项目。项目总投资10.5亿元"
AS7 = "2023年1月31日（集中开工）"
ST7 = dict(status="开工", status_text="项目开工（29个项目之一，推定）")
G["zz07"] = dict(
 article=art("（无标题）荆门高新区·掇刀区29个项目开工 计划总投资328亿元（格林美正极材料产业园、金杨新材料、争光树脂、华洲高端药）", "网易新闻（m.163.com 网易号转载；通讯员张文 彭少君；原发媒体未注明）", "2023-01-31", "day",
  "News portal relaying a district item, Hubei: a high-tech zone's share of the province's first-quarter groundbreaking — 29 projects and their total, four named projects with investment (one in two phases), capacities and expected output",
  "https://m.163.com/news/article/HSL912RF04089BBL.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“1月31日,2023年全省一季度重大项目集中开工活动…”，发布日按活动日记 2023-01-31（页面未显示发布时间，可能晚一两日）。正文五段（raw 中后三段为单行换行，各成一段），完整，末为通讯员署名。园区：荆门高新区（文中又作“荆门高新区·掇刀区”——高新区与掇刀区合署，记为别名）。项目：格林美正极材料产业园项目（总投资35亿元）、金杨新材料锂电池精密结构件项目（一期投资3亿元，二期投资7亿元——investment 记一期，alt_investment 记二期，文中无合计）、争光树脂项目（计划总投资10亿元）、华洲高端药项目（总投资10.5亿元）；四项紧接“29个项目开工”之后介绍，推定均为开工项目、均在荆门高新区（note）。公司：格林美（可选）；金杨新材料、争光树脂、华洲只在项目名中，不另列。事实：29个项目、计划总投资328亿元；三大千亿产业项目25个、325亿元（可选）；项目产出（格林美新增产值100亿元、金杨一期年产值4亿元、税收4000万元）为项目事实，可选。",
  "zz07"),
 parks=[
  park(JM, "荆门", "湖北", "高新区", "主会场荆门高新区举行。荆门高新区·掇刀区共有29个项目开工", district="掇刀区", aliases=["荆门高新区·掇刀区"],
       note="与掇刀区合署，文中作“荆门高新区·掇刀区”"),
 ],
 companies=[
  comp("格林美", JM, "该项目也是格林美实现“十四五”末进入500亿企业的重要支撑项目", opt=True, note="格林美正极材料产业园项目业主"),
 ],
 projects=[
  proj("格林美正极材料产业园项目", JM, G1, companies=["格林美"], inv="总投资35亿元", **ST7),
  proj("金杨新材料锂电池精密结构件项目", JM, G2, inv="一期投资3亿元", phase="一期", note="二期投资7亿元（alt_investment）；无合计",
       alt_investment={"investment_text": "二期项目投资7亿元", "investment_cny": 7e8, "phase": "二期"}, **ST7),
  proj("争光树脂项目", JM, G3, inv="计划总投资10亿元", **ST7),
  proj("华洲高端药项目", JM, G4, inv="项目总投资10.5亿元", **ST7),
 ],
 aggregate_facts=[
  fact("荆门高新区·掇刀区", "park", "projects_started", 29, "count", G0, AS7),
  fact("荆门高新区·掇刀区", "park", "projects_started_investment_cny", 3.28e10, "cny", "荆门高新区·掇刀区共有29个项目开工,计划总投资328亿元", AS7, chk=True),
  fact("荆门高新区·掇刀区", "park", "projects_started_key_industries", 25, "count", "其中三大千亿产业项目25个,总投资325亿元", AS7, opt=True),
  fact("荆门高新区·掇刀区", "park", "projects_started_key_industries_investment_cny", 3.25e10, "cny", "总投资325亿元", AS7, chk=True, opt=True),
  fact("格林美正极材料产业园项目", "project", "expected_new_output_cny", 1e10, "cny", "项目建成后,将新增产值100亿元", "建成后（预期）", kind="target", chk=True, opt=True),
  fact("金杨新材料锂电池精密结构件项目", "project", "expected_annual_output_cny", 4e8, "cny", "项目建成后可实现年产值4亿元,税收4000万元", "一期建成后（预期）", kind="target", chk=True, opt=True),
  fact("金杨新材料锂电池精密结构件项目", "project", "expected_annual_tax_cny", 4e7, "cny", "税收4000万元", "一期建成后（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- zz08 大冶湖高新区 楚商返乡项目 (荆楚网 2025)
DY = "大冶湖高新区"
HH = "华泓智慧光电产业园"
DZ = "大冶湖高新区电子信息产业园"
H0 = "10月20日,大冶湖高新区华泓智慧光电产业园招商推介会暨大宋智能项目投产仪式举行"
H1 = "作为楚商回乡标杆项目,总投资 26 亿元的华泓智慧光电产业园聚焦LED 显示屏等产品研发制造,全部投产后预计吸引 20 余家配套企业入驻,年销售收入超百亿元"
H2 = "2022年,楚商陈雪峰投资2.08亿元建设万物新生循环经济产业园,年回收量达7800吨,年缴纳税收1300万元"
H3 = "今年以来,该市新签约亿元以上楚商项目83个,总投资 302.03 亿元;近四年累计引进楚商项目303个,总投资额达1026.7 亿元"
H4 = "大冶湖高新区电子信息产业园 33 家入驻企业中楚商投资企业占 31 家"
H5 = "2020年返乡的曹祥来创立祥邦新能源,突破国外技术壁垒,填补华中高端胶膜生产空白,四年累计创造产值超50亿元,贡献税收超1亿元"
G["zz08"] = dict(
 article=art("亿元项目83个!大冶又一批楚商返乡项目落地", "荆楚网（湖北日报网，news.cnhubei.com；记者左乙辰 通讯员邹艳）", "2025-10-21", "day",
  "Provincial news portal, Hubei: a county-level city's returning-entrepreneur projects — an optoelectronics park promoted in the high-tech zone with investment and expected sales, a firm's project put into production, two earlier firms with output and a recycling park with investment, the city's signings this year and over four years, a sub-park's firm count",
  "http://news.cnhubei.com/content/2025-10/20/content_19591471.html",
  "日期取页面“发布时间:2025年10月21日11:17”（网址目录为 2025-10/20）；文中“10月20日”为活动日。标题照录；导航、图片占位“1.jpg.jpg”“2.jpg”已删。**截断**：存段末行““故乡山水远,楚商情意长。”上海市湖北商会会长张国雄发出倡议,”在句中中断，整行删去；正文截至“…楚商投资企业占 31 家。”，共六段。数字与单位间的空格（“总投资 26 亿元”“302.03 亿元”）照录。园区：大冶湖高新区（黄石市代管大冶市，湖北）；华泓智慧光电产业园（大冶湖高新区内的产业园，既列园区也列项目）；大冶湖高新区电子信息产业园（parent 大冶湖高新区）。项目：华泓智慧光电产业园（总投资26亿元；当日为招商推介会，文中未说开工或投产，status null）；大宋智能项目（投产，当日投产仪式与华泓推介会同场，推定在大冶湖高新区）；万物新生循环经济产业园（投资2.08亿元，2022年建设，现年回收7800吨——文中未用“投产”等字，status null；园区未说，park null）。“祥邦科技、卓玉智能等一批项目”只列名，可选。公司：湖北华泓电子科技有限公司、大宋智能（大冶湖高新区）；祥邦新能源（park null；与“祥邦科技”或为同一企业，后者可选）；卓玉智能可选。事实：大冶市2025年新签约亿元以上楚商项目83个、302.03亿元（cumulative）；近四年303个、1026.7亿元（cumulative）；电子信息产业园入驻企业33家、楚商投资31家；华泓全部投产后年销售收入超百亿元、配套企业20余家（target）；祥邦新能源四年产值超50亿元、税收超1亿元（可选）；万物新生年回收7800吨、年税收1300万元（可选）。",
  "zz08"),
 parks=[
  park(DY, "黄石", "湖北", "高新区", H0, district="大冶市"),
  park(HH, "黄石", "湖北", "产业园（光电）", H1, district="大冶市", parent=DY, note="楚商回乡项目；既是园区也是项目"),
  park(DZ, "黄石", "湖北", "产业园（电子信息）", H4, district="大冶市", parent=DY),
 ],
 companies=[
  comp("湖北华泓电子科技有限公司", DY, "“我们将携手楚商伙伴打造百亿级产业集群。”湖北华泓电子科技有限公司总经理周路遥表示", note="华泓智慧光电产业园业主（推定）"),
  comp("大宋智能", DY, H0, note="项目投产；园区由仪式地点推定"),
  comp("祥邦新能源", None, H5, note="2020年创立；园区未说"),
  comp("祥邦科技", None, "祥邦科技、卓玉智能等一批项目纷至沓来", opt=True, note="或即祥邦新能源"),
  comp("卓玉智能", None, "祥邦科技、卓玉智能等一批项目纷至沓来", opt=True),
 ],
 projects=[
  proj(HH, DY, H1, companies=["湖北华泓电子科技有限公司"], inv="总投资 26 亿元", note="当日招商推介会；全部投产后预计年销售收入超百亿元；未说开工/投产"),
  proj("大宋智能项目", DY, H0, companies=["大宋智能"], status="投产", status_text="项目投产仪式"),
  proj("万物新生循环经济产业园", None, H2, inv="投资2.08亿元", note="2022年楚商陈雪峰投资建设，现年回收量7800吨；文中无阶段用语"),
 ],
 aggregate_facts=[
  fact(HH, "project", "expected_annual_sales_cny", 1e10, "cny", "年销售收入超百亿元", "全部投产后（预期）", kind="target", qual="超", qtext="超"),
  fact(HH, "project", "expected_supporting_firms", 20, "count", "全部投产后预计吸引 20 余家配套企业入驻", "全部投产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact(HH, "project", "expected_jobs", 2500, "count", "提供 2500余个就业岗位", "全部投产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact("祥邦新能源", "company", "output_cny", 5e9, "cny", "四年累计创造产值超50亿元,贡献税收超1亿元", "2020年至2025年10月（四年累计）", kind="cumulative", qual="超", qtext="超", chk=True, opt=True),
  fact("祥邦新能源", "company", "tax_paid_cny", 1e8, "cny", "贡献税收超1亿元", "2020年至2025年10月（四年累计）", kind="cumulative", qual="超", qtext="超", chk=True, opt=True),
  fact("万物新生循环经济产业园", "project", "annual_tax_cny", 1.3e7, "cny", "年缴纳税收1300万元", "2025年", chk=True, opt=True),
  fact("大冶市", "region", "projects_signed", 83, "count", H3, "2025年1月至10月20日", kind="cumulative", note="亿元以上楚商项目"),
  fact("大冶市", "region", "signed_investment_cny", 3.0203e10, "cny", "总投资 302.03 亿元;近四年累计引进楚商项目303个", "2025年1月至10月20日", kind="cumulative", chk=True),
  fact("大冶市", "region", "projects_attracted", 303, "count", "近四年累计引进楚商项目303个,总投资额达1026.7 亿元", "近四年（至2025年10月）", kind="cumulative"),
  fact("大冶市", "region", "attracted_investment_cny", 1.0267e11, "cny", "总投资额达1026.7 亿元", "近四年（至2025年10月）", kind="cumulative", chk=True),
  fact(DZ, "park", "firms", 33, "count", H4, "2025年10月"),
  fact(DZ, "park", "firms_returning_entrepreneurs", 31, "count", H4, "2025年10月"),
 ])

# ---------------------------------------------------------------- zz09 北碚 智博会 两项目签约 (中国县域经济报 2022)
KX = "科学城北碚园区"
I0 = "其中,重庆北碚区签约项目两个,合同投资额85亿元"
I1 = "北碚区与中交重庆投资发展有限公司代表签订重大合作协议,计划投资50亿建设中交产业园(重庆)项目,分两期实施"
I2 = "另一签约项目——鼎晖百孚传感器及高端制造装备产业集群,总投资35亿元"
I3 = "科学城北碚园区与鼎晖百孚将共同设立传感器及高端制造装备专项子基金,重点投资新一代信息技术、高端装备等领域的优质标的"
I4 = "首期计划引入华泰诺安、火眼位置、银河航天3家企业"
AS9 = "2022年8月22日（智博会线上签约）"
G["zz09"] = dict(
 article=art("（无标题）智博会线上签约：重庆北碚区签约中交产业园(重庆)项目、鼎晖百孚传感器及高端制造装备产业集群，合同投资额85亿元", "中国县域经济报（记者杨露勇 通讯员熊辉），载于 m.xxznews.com", "2022-08-23", "day",
  "National county-economy weekly relayed on a news site, Chongqing: a district's two signings at the smart-industry expo — a developer's two-phase industrial park and a sensor cluster with a planned special sub-fund in the science-city park, the district's expo booth",
  "http://m.xxznews.com/gn/2022/0823/259645.html",
  "日期取网址 2022/0823（页面“发布时间:”为空）；文中“8月22日”为签约日。存段无标题（title 为编者概括）；“发布时间:”“来源:中国县域经济报”与“(资料图)”已删。正文四段，完整，末为记者署名。园区：科学城北碚园区（即西部(重庆)科学城北碚园区，本文只作“科学城北碚园区”）；蔡家智慧新城（北碚区新城片区，可选园区）；“中交智慧港产业园项目”为二期拟建项目名，不列园区。项目（签约）：中交产业园(重庆)项目——“计划投资50亿”原文无“元”字，investment_text 照录、investment_cny 留空（unparsed，同 real25 q04；金额即50亿元），分两期（一期约150亩、二期约60亩），一期在“中交蔡家F分区”，park 记蔡家智慧新城（推定，note）；鼎晖百孚传感器及高端制造装备产业集群——总投资35亿元，与科学城北碚园区共设子基金，park 记科学城北碚园区（推定）。基金：传感器及高端制造装备专项子基金（科学城北碚园区与鼎晖百孚共同设立，规模与管理人未说，park 科学城北碚园区）。公司：中交重庆投资发展有限公司（签约方，park null）；鼎晖百孚（科学城北碚园区）；首期计划引入的华泰诺安、火眼位置、银河航天（可选，科学城北碚园区）；参展的力帆科技、天府可乐（可选，null）。事实：北碚区签约项目2个、合同投资额85亿元；中交产业园一期约150亩、二期约60亩（可选）；北碚展厅19家企业、38种展品不记。",
  "zz09"),
 parks=[
  park(KX, "重庆", "重庆", "科学城园区", I3, district="北碚区", aliases=[], note="即西部(重庆)科学城北碚园区"),
  park(CJ, "重庆", "重庆", "新城（片区）", "助力蔡家智慧新城打造城市形象、完善基础设施配套", district="北碚区", opt=True),
 ],
 companies=[
  comp("中交重庆投资发展有限公司", None, I1, note="签约方、投资方"),
  comp("鼎晖百孚", KX, I3, note="与科学城北碚园区共设子基金；园区推定"),
  comp("华泰诺安", KX, I4, opt=True, note="首期计划引入"),
  comp("火眼位置", KX, I4, opt=True, note="首期计划引入"),
  comp("银河航天", KX, I4, opt=True, note="首期计划引入"),
  comp("力帆科技", None, "包括力帆科技、天府可乐等企业", opt=True, note="北碚展厅参展企业"),
  comp("天府可乐", None, "包括力帆科技、天府可乐等企业", opt=True, note="北碚展厅参展企业"),
 ],
 projects=[
  proj("中交产业园(重庆)项目", CJ, I1, companies=["中交重庆投资发展有限公司"], inv="计划投资50亿", unparsed=True, status="签约", status_text="签订重大合作协议",
       aliases=["中交产业园"], note="原文“50亿”无“元”，investment_cny 留空；分两期；一期在中交蔡家F分区，园区推定为蔡家智慧新城"),
  proj("鼎晖百孚传感器及高端制造装备产业集群", KX, I2, companies=["鼎晖百孚"], inv="总投资35亿元", status="签约", status_text="签约项目",
       note="园区推定为科学城北碚园区（共设子基金）"),
  proj("中交智慧港产业园项目", CJ, "二期约60亩,将通过招商引进工业互联网、高端装备智能制造、人工智能、新能源汽车、新材料、电子信息装备、节能环保等产业链,打造中交智慧港产业园项目",
       companies=["中交重庆投资发展有限公司"], phase="二期", opt=True, note="中交产业园(重庆)项目二期的拟建内容"),
 ],
 funds=[
  fund("传感器及高端制造装备专项子基金", KX, I3, note="科学城北碚园区与鼎晖百孚将共同设立；规模、管理人未说"),
 ],
 aggregate_facts=[
  fact("北碚区", "region", "projects_signed", 2, "count", I0, AS9),
  fact("北碚区", "region", "signed_investment_cny", 8.5e9, "cny", I0, AS9, chk=True),
  fact("中交产业园(重庆)项目", "project", "phase1_site_area_mu", 150, "mu", "其中一期约150亩", AS9, qual="约", qtext="约", opt=True),
  fact("中交产业园(重庆)项目", "project", "phase2_site_area_mu", 60, "mu", "二期约60亩", AS9, qual="约", qtext="约", opt=True),
 ])
