# real351 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (签约 / 合资合同
# 正式签约 → 签约; 顺利投产 → 投产; 完工验收 → 竣工; 结顶 / 调试 / 已完成投资 → 在建). “预计” figures are kind target;
# year-to-date amounts (“1至4月”, “已完成投资”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/olNN.raw as returned.

# ---------------------------------------------------------------- ol01 泉州(南安)光电信息产业基地 (泉州市政府网 via qzct 2011)
NA = "泉州(南安)光电信息产业基地"
A0 = "8日,第二届福建(南安)光电信息博览会在泉州(南安)光电信息产业基地国家大学科技园福建分园隆重举行"
A1 = "开幕式上还举行投资项目签约仪式,共有9个项目签约,投资总额达16.85亿元"
A2 = "目前,该基地有入驻企业56家,计划总投资达54.43亿元,预计全部达产后可实现年产值200亿元以上"
AS1 = "2011年2月8日（博览会签约）"
G["ol01"] = dict(
 article=art("泉州:第二届福建(南安)光电信息博览会开幕", "泉州市人民政府公众信息网（页面“来源”），载于 www.qzct.cn；署名存段未示", "2011-02-09", "day",
  "City government portal item relayed by a local site, Fujian: an optoelectronics fair opens in a county-level city's industrial base — nine projects signed with their total, sales contracts, the base's founding year, firms entered, planned investment and expected output",
  "http://www.qzct.cn/index.php?a=detail&id=8503&m=news",
  "日期取页面“2011-02-09 01:48 来源: 泉州市人民政府公众信息网”（该日期来源行与正文首句粘连，make_txt.py LINE_PREFIX 删去）；文中“8日”即2011年2月8日开幕。标题照录，正文四段，完整。园区：泉州(南安)光电信息产业基地（南安市，泉州，福建；2007年规划建设；文中又作“该基地”“光电基地”）；“国家大学科技园福建分园”位于基地内，列可选园区（parent 记基地）。签约9个项目未点名，投资总额16.85亿元记为事实；购销合同5个、成交额15亿元为可选事实。基地事实：入驻企业56家、计划总投资54.43亿元（reported，as_of 2011年2月）；“预计全部达产后可实现年产值200亿元以上”为 target，超。主办、承办机关列可选机构；市领导不列。",
  "ol01"),
 parks=[
  park(NA, "泉州", "福建", "产业基地（光电信息）", A0, district="南安市", note="文中又作“该基地”“光电基地”；2007年规划建设"),
  park("国家大学科技园福建分园", "泉州", "福建", "大学科技园", A0, district="南安市", parent=NA, opt=True, note="位于光电信息产业基地内（由文句推定）"),
 ],
 companies=[],
 institutions=[
  inst("福建省科学技术厅", "本届博览会由福建省科学技术厅、福建省信息化局、泉州市人民政府联合主办", note="主办单位"),
  inst("福建省信息化局", "本届博览会由福建省科学技术厅、福建省信息化局、泉州市人民政府联合主办", note="主办单位"),
  inst("南安市人民政府", "南安市人民政府、泉州市科学技术局、泉州市无线电管理局承办", note="承办单位"),
 ],
 projects=[],
 aggregate_facts=[
  fact(NA, "park", "projects_signed", 9, "count", A1, AS1),
  fact(NA, "park", "signed_investment_cny", 1.685e9, "cny", "共有9个项目签约,投资总额达16.85亿元", AS1, chk=True),
  fact(NA, "park", "sales_contracts_value_cny", 1.5e9, "cny", "当日还签订购销合同5个,成交额达15亿元", AS1, opt=True, chk=True, note="购销合同5个"),
  fact(NA, "park", "firms", 56, "count", A2, "2011年2月"),
  fact(NA, "park", "planned_total_investment_cny", 5.443e9, "cny", "计划总投资达54.43亿元", "2011年2月", chk=True, note="入驻企业计划总投资"),
  fact(NA, "park", "expected_annual_output_cny", 2e10, "cny", "预计全部达产后可实现年产值200亿元以上", "全部达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- ol02 沙县 金沙园 金煌能源项目 (relay of a “本报讯” item 2012)
JS = "三明高新技术产业开发区金沙园"
B0 = "本报讯 5月25日,在三明高新技术产业开发区金沙园金煌能源项目生产车间,工人正忙着对新安装的电池生产线进行调试"
B1 = "金煌能源项目属省级重点建设项目,也是列入三明市重点跟踪的大项目之一,总投资15亿元,建设一个集研发和生产为一体的新能源基地"
B2 = "目前,已完成投资1.01亿元,占年计划的40.4%"
B3 = "今年,沙县重点实施永青和激光加工设备、三明合邦新型材料有限公司新型材料、金煌新能源建设等33个项目,总投资115.2亿元,年计划投资34.6亿元"
B4 = "1至4月,完成投资14.06亿元,占年度投资计划的40.6%"
B5 = "永青和激光加工设备、大联想学院全国培训基地(沙县)、沙县金煌新能源、吉山红酒业黄酒生产线、宝格丽电子、鑫海农林机械制造、大北农农牧科技等19个项目进展较为理想"
AS2 = "2012年1–4月"
G["ol02"] = dict(
 article=art("沙县:新增长区域发展项目快速推进", "“本报讯”（乐德声；原报未注明，应为三明地方报），载于 hyyz888.com（content_8490394）", "2012-05-28", "day",
  "Local paper's brief relayed by a site, Fujian: a county's key projects — one new-energy project in a high-tech zone's sub-park with its investment and amount completed, the county's two showcase parks, 33 key projects with total and annual plan, year-to-date completion, named projects progressing well",
  "https://hyyz888.com/money/2012-05/28/content_8490394.htm",
  "日期取网址 2012-05/28（存段“相关新闻”最近一条为2012-05-23）；文中“5月25日”为采访日。标题照录；文末“相关新闻”列表已删。正文四段，完整，署名“(乐德声)”。原发报纸存段未注明（“本报讯”），转载站 hyyz888.com 与原报关系不明。园区：三明高新技术产业开发区金沙园（沙县，三明，福建；文中又作“金沙园”）；金古工业园（“金沙园和金古工业园两大精品园区”）。项目：金煌能源项目——在金沙园，总投资15亿元，新装电池生产线调试、已完成投资1.01亿元（状态记在建；文中又作“金煌新能源建设”“沙县金煌新能源”，列 alias）。沙县33个重点项目中点名的永青和激光加工设备、三明合邦新型材料有限公司新型材料及“进展较为理想”的其余项目：园区文中未说（park null），状态不单列，除前两个外列可选。县级数字（33个项目、115.2亿元、年计划34.6亿元、1至4月完成14.06亿元）subject 记沙县（region）。",
  "ol02"),
 parks=[
  park(JS, "三明", "福建", "高新技术产业开发区（园区）", B0, district="沙县", aliases=["金沙园"], note="文中又作“金沙园”；母区三明高新技术产业开发区只在园名中"),
  park("金古工业园", "三明", "福建", "工业园", "着力打造金沙园和金古工业园两大精品园区", district="沙县", note="沙县两大精品园区之一"),
 ],
 companies=[
  comp("三明合邦新型材料有限公司", None, B3, note="项目业主；园区文中未说"),
  comp("金煌能源", JS, B1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("金煌能源项目", JS, B1, inv="总投资15亿元", status="在建", status_text="对新安装的电池生产线进行调试；已完成投资1.01亿元",
       aliases=["金煌新能源建设", "沙县金煌新能源"], note="省级重点建设项目；绿色环保碱性电池、新能源汽车电池等"),
  proj("永青和激光加工设备", None, B3, note="沙县重点实施项目；园区文中未说"),
  proj("三明合邦新型材料有限公司新型材料", None, B3, companies=["三明合邦新型材料有限公司"], note="沙县重点实施项目；园区文中未说"),
  proj("大联想学院全国培训基地(沙县)", None, B5, opt=True, note="进展较为理想的项目之一"),
  proj("吉山红酒业黄酒生产线", None, B5, opt=True, note="同上"),
  proj("宝格丽电子", None, B5, opt=True, note="同上"),
  proj("鑫海农林机械制造", None, B5, opt=True, note="同上"),
  proj("大北农农牧科技", None, B5, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("金煌能源项目", "project", "investment_completed_cny", 1.01e8, "cny", B2, "2012年5月", kind="cumulative", chk=True),
  fact("金煌能源项目", "project", "annual_plan_completion_ratio", 0.404, "ratio", B2, "2012年5月", kind="ratio", opt=True),
  fact("沙县", "region", "key_projects", 33, "count", B3, "2012年"),
  fact("沙县", "region", "key_projects_total_investment_cny", 1.152e10, "cny", "等33个项目,总投资115.2亿元,年计划投资34.6亿元", "2012年", chk=True),
  fact("沙县", "region", "planned_annual_investment_cny", 3.46e9, "cny", "年计划投资34.6亿元", "2012年（计划）", kind="target", chk=True),
  fact("沙县", "region", "investment_completed_cny", 1.406e9, "cny", B4, AS2, kind="cumulative", chk=True),
  fact("沙县", "region", "annual_plan_completion_ratio", 0.406, "ratio", B4, AS2, kind="ratio", opt=True),
  fact("沙县", "region", "projects_on_schedule", 31, "count", "31个项目达到或超过序时进度", AS2, opt=True),
 ])

# ---------------------------------------------------------------- ol03 泉州台商投资区 建区三载 (东南网泉州频道 2013)
QT = "泉州台商投资区"
C0 = "25日,骆先生和其他23万居民所生活的泉州台商投资区迎来3岁生日"
C1 = "2010年至2012年,全区地区生产总值分别比增13.2%、14.5%和13.1%,去年实现161.17亿元,增幅居全市第二"
C2 = "2011年至2012年,规模以上工业产值分别比增28.8%和17.1%,去年实现332.38亿元,规上工业企业数达到236家,产值超亿元企业104家"
G["ol03"] = dict(
 article=art("建区三载 台商投资区经济总量实现“三连跳”", "东南网泉州频道 qz.fjsen.com（“本报记者”晏琴，实习生陈灵，通讯员荣跃 黄毓纯 林文章 曾斐斐；报名存段未示）", "2013-03-29", "day",
  "Provincial portal's city channel, Fujian: a Taiwan-investment zone's third anniversary — a resident's factory neighbourhood, GDP and its growth 2010–2012, above-scale industrial output and growth, above-scale firms, firms over 100 million, fiscal revenue then and now",
  "http://qz.fjsen.com/2013-03/29/content_11005308.htm",
  "日期取网址 2013-03/29；文中“25日”即2013年3月25日建区三周年（2010年3月挂牌）。标题照录；三条图片说明、署名行与“相关新闻/相关评论”已删。存段自“三年后,骆先生…”起（前文未存），正文两段。园区：泉州台商投资区（泉州，福建；标题作“台商投资区”，文中又作“全区”“该区”）。事实（as_of 2012年，“去年”）：地区生产总值161.17亿元、增长13.1%（2010、2011年增速可选）；规模以上工业产值332.38亿元、增长17.1%（2011年增速可选）；规上工业企业236家；产值超亿元企业104家；财政总收入10亿元（2010年6亿元可选）；居民23万（可选）。GDP 与财政收入为区域指标，仍记在园区名下（台商投资区为行政区式园区）。",
  "ol03"),
 parks=[
  park(QT, "泉州", "福建", "台商投资区", C0, aliases=["台商投资区"], note="2010年挂牌；标题作“台商投资区”；文中又作“全区”“该区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(QT, "park", "gdp_cny", 1.6117e10, "cny", "去年实现161.17亿元,增幅居全市第二", "2012年", chk=True),
  fact(QT, "park", "gdp_yoy_growth", 0.131, "ratio", C1, "2012年", kind="ratio"),
  fact(QT, "park", "gdp_yoy_growth", 0.145, "ratio", C1, "2011年", kind="ratio", opt=True),
  fact(QT, "park", "gdp_yoy_growth", 0.132, "ratio", C1, "2010年", kind="ratio", opt=True),
  fact(QT, "park", "above_scale_industrial_output_cny", 3.3238e10, "cny", "去年实现332.38亿元,规上工业企业数达到236家", "2012年", chk=True),
  fact(QT, "park", "above_scale_industrial_output_yoy_growth", 0.171, "ratio", C2, "2012年", kind="ratio"),
  fact(QT, "park", "above_scale_industrial_output_yoy_growth", 0.288, "ratio", C2, "2011年", kind="ratio", opt=True),
  fact(QT, "park", "above_scale_firms", 236, "count", C2, "2012年末"),
  fact(QT, "park", "firms_output_over_100m", 104, "count", C2, "2012年"),
  fact(QT, "park", "fiscal_revenue_cny", 1e9, "cny", "迈上2012年的10亿元新台阶", "2012年", chk=True),
  fact(QT, "park", "fiscal_revenue_cny", 6e8, "cny", "财政总收入也从2010年的6亿元", "2010年", opt=True, chk=True),
  fact(QT, "park", "residents", 230000, "count", C0, "2013年3月", opt=True),
 ])

# ---------------------------------------------------------------- ol04 泉州台商投资区 台资招商大会 (泉州晚报 2021)
JM = "台商精密机械产业园区"
XX = "台商新兴产业园区"
D0 = "昨日,泉州台商投资区举办台资招商大会,250余名省内外部分台商协会、台胞投资企业协会代表和台资企业代表、台湾优秀人才等齐聚大会,共有26个台资项目成功签约,总投资175亿元"
D1 = "其中,台商精密机械产业园面积约580亩,目前已入驻钜闽机械、凹凸机械、兴舜成机械、鸿锠机械等台资机械企业"
D2 = "台商新兴产业园区面积约900亩,目前已入驻香港德润、倍斯豪上润康美科技、高品医学检验实验室、凯力美医疗器材等一批优质的台资企业"
AS4 = "2021年4月30日（台资招商大会）"
G["ol04"] = dict(
 article=art("泉州台商投资区举办台资招商大会 26个项目签约", "泉州晚报，载于泉州市人民政府网 www.quanzhou.gov.cn（县市区动态）", "2021-05-01", "day",
  "City evening paper on the city government portal, Fujian: a Taiwan-investment zone's investment conference — 26 Taiwan-funded projects signed with their total, two themed sub-parks unveiled with their area and named firms entered",
  "https://www.quanzhou.gov.cn/zfb/xxgk/zfxxgkzl/qzdt/xsqdt/202105/t20210501_2552631.htm",
  "日期取页面“来源:泉州晚报 2021-05-01 09:17”；文中“昨日”即2021年4月30日。标题照录；来源行与“扫一扫…”已删。正文两段，完整。园区：泉州台商投资区（泉州，福建）；台商精密机械产业园区（揭牌；文中又作“台商精密机械产业园”，列 alias）、台商新兴产业园区——在台商投资区内（由语境推定，parent 记泉州台商投资区）。公司：钜闽机械、凹凸机械、兴舜成机械、鸿锠机械入驻精密机械产业园；香港德润、倍斯豪上润康美科技、高品医学检验实验室、凯力美医疗器材入驻新兴产业园区（名称照录，均为简称）。26个签约项目未点名：签约数与总投资175亿元记为事实。两园面积“约580亩”“约900亩”记为事实（约）。",
  "ol04"),
 parks=[
  park(QT, "泉州", "福建", "台商投资区", D0),
  park(JM, "泉州", "福建", "产业园区（精密机械）", "活动通过线上连线直播台商精密机械产业园区、台商新兴产业园区揭牌仪式", parent=QT, aliases=["台商精密机械产业园"], note="当日揭牌；母园区由语境推定"),
  park(XX, "泉州", "福建", "产业园区（新兴产业）", "活动通过线上连线直播台商精密机械产业园区、台商新兴产业园区揭牌仪式", parent=QT, note="当日揭牌；母园区由语境推定"),
 ],
 companies=[
  comp("钜闽机械", JM, D1, note="台资机械企业"),
  comp("凹凸机械", JM, D1, note="台资机械企业"),
  comp("兴舜成机械", JM, D1, note="台资机械企业"),
  comp("鸿锠机械", JM, D1, note="台资机械企业"),
  comp("香港德润", XX, D2),
  comp("倍斯豪上润康美科技", XX, D2),
  comp("高品医学检验实验室", XX, D2),
  comp("凯力美医疗器材", XX, D2),
 ],
 projects=[],
 aggregate_facts=[
  fact(QT, "park", "projects_signed", 26, "count", D0, AS4, note="台资项目"),
  fact(QT, "park", "signed_investment_cny", 1.75e10, "cny", "共有26个台资项目成功签约,总投资175亿元", AS4, chk=True),
  fact(JM, "park", "area_mu", 580, "mu", D1, "2021年4月", qual="约", qtext="约"),
  fact(XX, "park", "area_mu", 900, "mu", D2, "2021年4月", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- ol05 古雷开发区 (闽南日报-漳州新闻网 via 福建省工信厅 2021)
GL = "古雷开发区"
E0 = "古雷开发区产业布局“四梁八柱”初步形成,云集了投产、在建、签约、重点在谈产业项目49个,总投资3189.93亿元"
E1 = "总投资420亿元的中沙古雷乙烯项目合资合同正式签约"
E2 = "总投资700亿元的古雷炼化一体化二期项目列入省政府和中石化集团重点推动项目"
E3 = "古雷炼化一体化一期、奇美ABS及AS、新阳科技不饱和聚酯树脂项目顺利投产"
G["ol05"] = dict(
 article=art("古雷开发区: 加快建设世界一流绿色生态石化基地", "闽南日报-漳州新闻网（页面“来源”），载于福建省工业和信息化厅网站 gxt.fj.gov.cn（行业动态）；署名存段未示", "2021-12-16", "day",
  "City daily's feature on the provincial industry department's site, Fujian: a petrochemical development zone — its count and total of projects at all stages, a joint-venture ethylene project signed, a phase-2 refinery project listed for promotion, three projects in production, a power plant topped out and a pipe corridor completed",
  "http://gxt.fj.gov.cn/zwgk/xw/hydt/snhydt/202112/t20211216_5794669.htm",
  "日期取页面“来源:闽南日报-漳州新闻网 时间:2021-12-16 10:53”。标题照录（冒号后空格照录）；来源行与三条图片说明已删。存段在第二个小标题下第二段“一个个项目落地见效…无穷动力与强”处中断，整段删去（make_txt.py ITEMS），正文截至“…古雷公共管廊工程全线完工验收……”，含小标题一行，共四段（长篇只存开头）。园区：古雷开发区（漳州，福建；“全国七大石化产业基地之一、全国唯一的台湾石化产业园区”；文中又作“古雷”“全区”）。项目（均在古雷开发区）：中沙古雷乙烯项目（420亿元，合资合同正式签约→签约）；古雷炼化一体化二期项目（700亿元，“列入…重点推动项目”，状态不记）；古雷炼化一体化一期、奇美ABS及AS、新阳科技不饱和聚酯树脂项目（顺利投产→投产）；华能古雷热电厂（烟囱外筒顺利结顶→在建）；古雷公共管廊工程（全线完工验收→竣工）。公司：奇美、新阳科技只在项目名中（可选）；中石化集团为推动方（可选，park null）。事实：投产、在建、签约、重点在谈产业项目49个，总投资3189.93亿元（reported，2021年12月）。",
  "ol05"),
 parks=[
  park(GL, "漳州", "福建", "开发区（石化基地）", E0, note="全国七大石化产业基地之一；文中又作“古雷”“全区”"),
 ],
 companies=[
  comp("奇美", GL, E3, opt=True, note="只在项目名中"),
  comp("新阳科技", GL, E3, opt=True, note="只在项目名中"),
  comp("中石化集团", None, E2, opt=True, note="重点推动方"),
  comp("华能", GL, "华能古雷热电厂烟囱外筒顺利结顶", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中沙古雷乙烯项目", GL, E1, inv="总投资420亿元", status="签约", status_text="合资合同正式签约"),
  proj("古雷炼化一体化二期项目", GL, E2, inv="总投资700亿元", phase="二期", companies=["中石化集团"], note="列入省政府和中石化集团重点推动项目；状态不记"),
  proj("古雷炼化一体化一期", GL, E3, phase="一期", status="投产", status_text="顺利投产"),
  proj("奇美ABS及AS", GL, E3, companies=["奇美"], status="投产", status_text="顺利投产"),
  proj("新阳科技不饱和聚酯树脂项目", GL, E3, companies=["新阳科技"], status="投产", status_text="顺利投产"),
  proj("华能古雷热电厂", GL, "华能古雷热电厂烟囱外筒顺利结顶", companies=["华能"], status="在建", status_text="烟囱外筒顺利结顶", opt=True),
  proj("古雷公共管廊工程", GL, "古雷公共管廊工程全线完工验收", status="竣工", status_text="全线完工验收", opt=True, note="基础设施"),
 ],
 aggregate_facts=[
  fact(GL, "park", "industrial_projects", 49, "count", E0, "2021年12月", note="投产、在建、签约、重点在谈产业项目合计"),
  fact(GL, "park", "industrial_projects_total_investment_cny", 3.18993e11, "cny", "产业项目49个,总投资3189.93亿元", "2021年12月", chk=True),
 ])

# ---------------------------------------------------------------- ol06 安溪 湖头光电产业园 / 空天大数据产业园 (relay 2022)
HT = "安溪湖头光电产业园"
KT = "空天大数据产业园"
F0 = "了解安溪湖头光电产业园二期启动区、安溪全球商业遥感卫星地面接收站网福建站及空天大数据产业园等项目进展情况"
F1 = "泉州中科星桥空天技术有限公司副总经理魏雷震介绍,基于国家空间基础设施建设规划,建设全球商业遥感卫星接收站网福建站、福建省首个国际领先空天大数据产业园并合作开展“星座计划”"
F2 = "卫星地面站: 卫星地面站计划占地约30亩,计划总投资3.1亿元"
F3 = "自2020年9月份启动以来,已完成土建施工及两部12米卫星固定接收设备预订等前期工作"
G["ol06"] = dict(
 article=art("（无标题）泉州2022年重点项目巡回集中采访走进安溪：湖头光电产业园二期启动区、卫星地面接收站与空天大数据产业园", "泉州地方报记者尤燕姿、洪泓塬（报名存段未示），载于 outofmemory.cn（转载）", "2022-05-26", "day",
  "City paper's project-tour report relayed by a tech site, Fujian: a county's key projects — an optoelectronics park's phase-2 start-up area, a commercial remote-sensing satellite ground station with its site area, investment and construction progress, and a space-data industrial park's first phase",
  "http://outofmemory.cn/dianzi/9156247.html",
  "存段无标题、无日期行（title 为编者概括）；日期取文首“5月26日讯”与“泉州2022年重点项目巡回集中采访活动”，即2022-05-26（采访日25日）。原发媒体存段未注明。两条图片说明（“遥感卫星站”“展厅一角”）与图题“卫星分辨率达到0.5米”已删（make_txt.py ITEMS）；小标题“卫星地面站及空天大数据产业园”保留。存段在“空天产业园”段第二句（“二期规划占地面积300亩,计划总投资15亿元…数据产业孵化基地”）中断，该句已删（LINE_SUFFIX），正文截至“…1.7万平方米办公场所。”，共七段。“为 安溪县 免费提供”中的空格照录。园区：安溪湖头光电产业园（文中只见“安溪湖头光电产业园二期启动区”；安溪县，泉州，福建）；空天大数据产业园（文中又作“空天产业园”；在建园区，可选）。公司：泉州中科星桥空天技术有限公司（建设方；园区文中未说，park null）。项目：全球商业遥感卫星接收站网福建站（文中又作“安溪全球商业遥感卫星地面接收站网福建站”“卫星地面站”）——卫星地面站计划总投资3.1亿元、占地约30亩；2020年9月启动，已完成土建，天线调试、吊装中→在建；园区未说（null）。湖头光电产业园二期启动区、空天大数据产业园为可选项目，状态不记。",
  "ol06"),
 parks=[
  park(HT, "泉州", "福建", "产业园（光电）", F0, district="安溪县", note="文中只见“安溪湖头光电产业园二期启动区”"),
  park(KT, "泉州", "福建", "产业园（空天大数据）", F0, district="安溪县", aliases=["空天产业园"], opt=True, note="在建；“福建省首个国际领先空天大数据产业园”"),
 ],
 companies=[
  comp("泉州中科星桥空天技术有限公司", None, F1, note="卫星地面站与空天大数据产业园建设方；园区文中未说"),
 ],
 projects=[
  proj("全球商业遥感卫星接收站网福建站", None, F2, companies=["泉州中科星桥空天技术有限公司"], inv="计划总投资3.1亿元",
       status="在建", status_text="已完成土建施工…正在进行现场调试…正在进行吊装",
       aliases=["安溪全球商业遥感卫星地面接收站网福建站", "卫星地面站"], note="金额为卫星地面站部分；2020年9月启动"),
  proj("安溪湖头光电产业园二期启动区", HT, F0, phase="二期", opt=True, note="采访点之一；状态不记"),
  proj("空天大数据产业园", KT, F1, companies=["泉州中科星桥空天技术有限公司"], opt=True, note="一期启动区使用信息产业园1.7万平方米办公场所"),
 ],
 aggregate_facts=[
  fact("全球商业遥感卫星接收站网福建站", "project", "site_area_mu", 30, "mu", F2, "2022年5月（计划）", qual="约", qtext="约", opt=True),
  fact("全球商业遥感卫星接收站网福建站", "project", "receiving_antennas_planned", 4, "count", "该项目规划建设4部遥感卫星接收天线", "2022年5月（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ol07 福鼎市工业园区 (闽东日报 via 东南网宁德频道 2023)
FD = "福鼎市工业园区"
H0 = "春节期间,在福鼎市工业园区星火项目区,企业林立,车来车往,阵阵机器的轰鸣声,奏响发展“乐章”"
H1 = "“我们采用园区模式,建设文渡项目区和双岳项目区,将白琳金山石材加工区、贯岭工业走廊、桐山岙里、桐城玉塘等项目集中区进行优化整合"
H2 = "盈浩文创、鼎坤电子、巨龙光学等一批高新技术企业先后入驻"
G["ol07"] = dict(
 article=art("福鼎:工业“开门红” 发展有支撑", "闽东日报（张文奎 王婷婷），载于东南网宁德频道 nd.fjsen.com", "2023-02-06", "day",
  "City daily on a provincial portal's city channel, Fujian: a county-level city's industrial park at the Spring Festival — its project areas and clusters merged into “one park, five areas”, high-tech firms entered, the city's industrial structure",
  "http://nd.fjsen.com/2023-02/06/content_31241698.htm",
  "日期取页面“2023-02-06 08:52:11 作者:张文奎 王婷婷 来源:闽东日报”。标题照录；导航与日期来源行已删。存段在末段第二句“化油器、电子…破旧革新,逐步实现自”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…福鼎稳步迈开一条绿色发展之路。”，含小标题一行，共八段。园区：福鼎市工业园区（福鼎市，宁德，福建；“一园五区”）；星火项目区、文渡项目区、双岳项目区为其项目区（parent 记福鼎市工业园区）；白琳金山石材加工区、贯岭工业走廊为被整合的项目集中区（可选）。“新材料产业园建设”无专名，不列。公司：盈浩文创、鼎坤电子、巨龙光学（“先后入驻”，园区推定为福鼎市工业园区）。无项目、无金额；“一园五区”记为可选事实（5个区）。福鼎市工业园区党委（书记林天禄）不列。",
  "ol07"),
 parks=[
  park(FD, "宁德", "福建", "工业园区", H0, district="福鼎市", note="“一园五区”；党委书记林天禄"),
  park("星火项目区", "宁德", "福建", "项目区", H0, district="福鼎市", parent=FD),
  park("文渡项目区", "宁德", "福建", "项目区", H1, district="福鼎市", parent=FD),
  park("双岳项目区", "宁德", "福建", "项目区", H1, district="福鼎市", parent=FD),
  park("白琳金山石材加工区", "宁德", "福建", "项目集中区", H1, district="福鼎市", parent=FD, opt=True, note="被优化整合的项目集中区"),
  park("贯岭工业走廊", "宁德", "福建", "项目集中区", H1, district="福鼎市", parent=FD, opt=True, note="同上"),
 ],
 companies=[
  comp("盈浩文创", FD, H2, note="高新技术企业；园区由语境推定"),
  comp("鼎坤电子", FD, H2, note="同上"),
  comp("巨龙光学", FD, H2, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(FD, "park", "sub_areas", 5, "count", "当前,福鼎工业规模形成“一园五区”", "2023年2月", opt=True, note="“一园五区”"),
 ])
