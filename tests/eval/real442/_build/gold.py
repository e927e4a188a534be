# real442 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上/过 → 超, 余/多 → 余, 约/近/接近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). An amount the parser cannot read (“8000万” without 元,
# “1.2个亿”, “5000多万元”, “25亿余元”, “310多亿元”) is kept only in notes or under a metric without the _cny suffix.
# Projects: the park the text places the project in, null if none (a county is not a park). Status from the text's words
# (奠基动工 → 开工; 签约落户 → 签约; 落地 alone → no status). “预计” figures are kind target; “今年以来” / “累计” cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/lyNN.raw as returned.

# ---------------------------------------------------------------- ly01 疏勒县 如意科技纺织产业园 (中国纱线网 via ttmn 2015)
RY = "疏勒县如意科技纺织产业园"
A0 = "6月19日,疏勒县委、县政府与山东如意集团正式签订投资协议,这标志着疏勒县如意科技纺织产业园正式落户疏勒县"
A1 = "疏勒如意科技纺织产业园项目占地412亩,总建筑面积13万平方米"
A2 = "目前首批计划总投资15亿元的25万纱锭项目已奠基动工,预计2016年11月30日前完成项目设备安装调试并正式投产"
A3 = "项目建成后,预计实现年销售收入14亿元,利税2亿元,将带动直接就业人数1200人"
G["ly01"] = dict(
 article=art("如意科技纺织产业园正式落户新疆维吾尔自治区疏勒县", "中国纱线网（“来源:中国纱线网”），载于纺机网 ttmn.com", "2015-07-07", "day",
  "Textile-trade portal relaying a yarn-industry site, Xinjiang (Kashgar): a county signs with a Shandong textile group for a textile park — park area and floor space, the first 15亿元 spindle project started with its planned production date, expected sales, profit-tax and jobs; 东营 援疆",
  "http://www.ttmn.com/news/details/932125",
  "日期取页面“发布时间:2015年07月07日”（文中“6月19日”为签约日）。标题照录；面包屑、来源行、“1”“阅读数量(478)”已删。正文一段，完整。园区：疏勒县如意科技纺织产业园（标题作“如意科技纺织产业园”，文中又作“疏勒如意科技纺织产业园”；喀什地区疏勒县，新疆）。公司：山东如意集团（投资方，在园）。项目：首批25万纱锭项目——计划总投资15亿元，“已奠基动工”→开工，预计2016年11月30日前投产。“疏勒如意科技纺织产业园项目”（园区整体，占地412亩）不另列项目，面积记为园区事实。“项目建成后”的年销售收入14亿元、利税2亿元、就业1200人记为园区项目预期（target，subject 记园区）。疏勒县委、县政府为签约方（可选机构）。东营市产业援疆为背景。",
  "ly01"),
 parks=[
  park(RY, "喀什", "新疆", "产业园（纺织）", A0, district="疏勒县", aliases=["如意科技纺织产业园", "疏勒如意科技纺织产业园"],
       note="标题作“如意科技纺织产业园”；东营市产业援疆项目"),
 ],
 companies=[
  comp("山东如意集团", RY, A0, note="投资方，与疏勒县签订投资协议"),
 ],
 institutions=[
  inst("疏勒县委、县政府", A0, note="签约方"),
 ],
 projects=[
  proj("25万纱锭项目", RY, A2, companies=["山东如意集团"], inv="计划总投资15亿元", status="开工", status_text="已奠基动工", phase="首批",
       note="首批项目；预计2016年11月30日前安装调试完成并投产"),
 ],
 aggregate_facts=[
  fact(RY, "park", "site_area_mu", 412, "mu", A1, "2015年6月"),
  fact(RY, "park", "floor_area_m2", 1.3e5, "m2", A1, "2015年6月", opt=True, note="总建筑面积13万平方米"),
  fact(RY, "park", "expected_annual_revenue_cny", 1.4e9, "cny", A3, "建成后（预期）", kind="target", chk=True),
  fact(RY, "park", "expected_annual_profit_tax_cny", 2e8, "cny", "利税2亿元,将带动直接就业人数1200人", "建成后（预期）", kind="target", chk=True, opt=True),
  fact(RY, "park", "expected_jobs", 1200, "count", A3, "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ly02 天津援疆 22家企业落地和田 (baogaosu 2016)
B0 = "8月28日,天津援疆前方指挥部举行“百家企业和田行”暨项目落地签约仪式,22个项目集中落地签约,预计总投资额超过24亿元,将有效助力和田地区脱贫攻坚"
B1 = "天津百泰玻璃有限公司主要从事玻璃深加工和新兴环保材料生产,这次企业投资5000多万元落户和田地区策勒县,目前已经进入试生产阶段,预计年产值将超过7000万元"
B2 = "本次落地签约的22个项目,涉及一产项目2家,二产项目12家,三产项目8家,预计年产值接近20亿元、解决就业3640人"
ASB = "2016年8月28日（签约）"
G["ly02"] = dict(
 article=art("22家企业落地天津援疆地区,总投资额超过24亿元", "wulumuqi.baogaosu.com（新闻聚合站转载；原发媒体与署名未注明）", "2016-09-02", "day",
  "News aggregator relaying a Tianjin aid item, Xinjiang (Hotan): 22 projects signed in a Tianjin-organised investment event with total and expected output and jobs; one glass firm in 策勒县 in trial production with its investment and expected output; firms to enter the three counties' industrial parks",
  "https://wulumuqi.baogaosu.com/xinwen/%E4%BC%81%E4%B8%9A%E8%90%BD%E5%9C%B0%E5%A4%A9%E6%B4%A5%E6%8F%B4%E7%96%86%E5%9C%B0%E5%8C%BA%E6%80%BB%E6%8A%95%E8%B5%84%E9%A2%9D/50075627",
  "日期取页面“02.09.2016 02:38”（日.月.年；文中“8月28日”为签约日）。标题照录；日期行已删；存段末尾另一条新闻“截至10月底新疆市场主体达223.6万户…”（聚合站相关条目，且在句中中断）已删。正文六段；“郎平:“先立足于策勒…”“张伟:“把纺织服装类…”两段引语原文无后引号，照录（广播稿体）。园区：文中只说“三县的工业园区”，未点名，不列。公司：天津百泰玻璃有限公司（落户策勒县，试生产，park null）。其“投资5000多万元”不是可解析金额（“多”在“万元”前），不另列项目（未写项目名），只记于 note。事实：22个项目、预计总投资额超过24亿元（超）、预计年产值接近20亿元（约，target）、解决就业3640人（target）、一二三产项目数（可选）；subject 记“和田地区”（天津对口支援的策勒、于田、民丰三县；签约活动由天津援疆前方指挥部举办）。“去年的招商引资额才是50个亿”（“个亿”无元）不计。天津援疆前方指挥部列机构。",
  "ly02"),
 parks=[],
 companies=[
  comp("天津百泰玻璃有限公司", None, B1, note="落户和田地区策勒县，已进入试生产；投资5000多万元"),
 ],
 institutions=[
  inst("天津援疆前方指挥部", B0, note="举办“百家企业和田行”暨项目落地签约仪式"),
 ],
 projects=[],
 aggregate_facts=[
  fact("和田地区", "region", "projects_signed", 22, "count", B0, ASB, note="天津援疆前方指挥部“百家企业和田行”落地签约"),
  fact("和田地区", "region", "signed_investment_cny", 2.4e9, "cny", B0, ASB, qual="超", qtext="超过", chk=True, note="预计总投资额"),
  fact("和田地区", "region", "expected_annual_output_cny", 2e9, "cny", "预计年产值接近20亿元、解决就业3640人", "签约项目（预期）", kind="target", qual="约", qtext="接近", chk=True),
  fact("和田地区", "region", "expected_jobs", 3640, "count", B2, "签约项目（预期）", kind="target"),
  fact("和田地区", "region", "projects_signed_secondary_industry", 12, "count", B2, ASB, opt=True, note="一产2家、二产12家、三产8家"),
  fact("天津百泰玻璃有限公司", "company", "expected_annual_output_cny", 7e7, "cny", "预计年产值将超过7000万元", "投产后（预期）", kind="target", qual="超", qtext="超过", chk=True),
  fact("天津百泰玻璃有限公司", "company", "expected_jobs", 300, "count", "同时项目落地还能为当地300多人提供就业机会", "投产后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- ly03 浙洽会 阿克苏 云签约 (浙江日报 2020)
C0 = "新疆阿克苏地区·兵团第一师阿拉尔市—浙江产业投资对接会暨合作项目云签约仪式在杭州举行,共签约30个产业项目,协议投资达151.04亿元"
C1 = "浙江省、市援疆指挥部共帮助受援地促成签约产业合作项目555个,实际到位资金598.8亿元,解决就业9.6万人"
AKS = "阿克苏地区、兵团第一师阿拉尔市"
ASC = "2020年6月11日（云签约）"
G["ly03"] = dict(
 article=art("产业援疆新签约30个项目 协议投资151亿多元", "浙江日报（浙江在线记者 张安阳 记者 翁杰 章卉），数字报 zjrb.zjol.com.cn 第4版要闻", "2020-06-12", "day",
  "Provincial party daily's print edition, Zhejiang / Xinjiang (Aksu): a cloud signing of 30 industrial projects between Aksu prefecture, the 1st Division (Alar) and Zhejiang firms with agreed investment and the largest single project; provincial state firms taking part; ten-year totals of Zhejiang's aid — projects signed, funds in place, jobs",
  "http://zjrb.zjol.com.cn/html/2020-06/12/content_3338676.htm?div=-1",
  "日期取版面行“2020-06-12 … 2020年06月12日 星期五”（本报杭州6月11日讯）。标题（主题“产业援疆新签约30个项目”，副题“协议投资151亿多元”）以空格连成一行；“浙江日报 数字报纸”“00004版:要闻”与末尾版面行已删。正文四段，完整。园区：未点名，不列。公司：物产中大集团、国贸集团、杭钢集团、能源集团、农发集团、机场集团为参会省属企业（可选，park null）。事实：30个项目、协议投资151.04亿元（subject 记“阿克苏地区、兵团第一师阿拉尔市”，region）；单个项目最高25亿元（可选）；浙江对口支援10年累计：签约产业合作项目555个、实际到位资金598.8亿元、解决就业9.6万人（cumulative）。",
  "ly03"),
 parks=[],
 companies=[
  comp(n, None, "此次产业投资对接会吸引了我省物产中大集团、国贸集团、杭钢集团、能源集团、农发集团、机场集团等省属企业以及全省各地200余家企业参与",
       opt=True, note="参会的浙江省属企业")
  for n in ("物产中大集团", "国贸集团", "杭钢集团", "能源集团", "农发集团", "机场集团")
 ],
 institutions=[
  inst("浙江省、市援疆指挥部", C1, opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact(AKS, "region", "projects_signed", 30, "count", C0, ASC),
  fact(AKS, "region", "signed_investment_cny", 1.5104e10, "cny", "共签约30个产业项目,协议投资达151.04亿元", ASC, chk=True),
  fact(AKS, "region", "max_single_project_signed_cny", 2.5e9, "cny", "单个项目签约金额最高达25亿元", ASC, opt=True, chk=True),
  fact(AKS, "region", "firms_participating", 200, "count", "全省各地200余家企业参与", ASC, qual="余", qtext="余", opt=True),
  fact(AKS, "region", "projects_signed", 555, "count", C1, "2010年至2020年6月（浙江对口支援10年）", kind="cumulative"),
  fact(AKS, "region", "actual_investment_cny", 5.988e10, "cny", "实际到位资金598.8亿元,解决就业9.6万人", "2010年至2020年6月（浙江对口支援10年）", kind="cumulative", chk=True),
  fact(AKS, "region", "jobs_created", 96000, "count", "解决就业9.6万人", "2010年至2020年6月（浙江对口支援10年）", kind="cumulative"),
 ])

# ---------------------------------------------------------------- ly04 新和县 丽水援疆 (中国经济导报 2021)
D0 = "5月14日下午,浙江丽水援疆指挥部招商引资工作再传喜讯,江西日兴建筑有限公司与新和县相关部门正式签约落户新和,成为今年丽水援疆指挥部招引落地的第五家企业"
D1 = "该项目投资8000万,年产10万吨钢结构,年产值可达1.2个亿,能够为新和县带来年产税收1000万元以上"
D2 = "今年已落地企业5家,签约资金达3亿元"
D3 = "其中“阿克苏申源电气有限公司”的配电开关控制设备制造项目总投资约1.2亿元"
D4 = "“新疆丽新农业科技有限公司”的年产10000吨农产品深加工项目总投资约5000万元"
D5 = "“隆信达农业科技有限公司”的核桃深加工项目总投资约3000万元的年产4000吨"
D6 = "“赶街”的电子商务项目总投资约2000万元"
D7 = "浙江钢结构制造项目总投资约8000万元"
AS4 = "2021年1月至5月中旬"
G["ly04"] = dict(
 article=art("（无标题）江西日兴建筑有限公司签约落户新和 丽水援疆指挥部今年落地企业5家", "中国经济导报、中国发展网（陈末末、记者沈贞海），jjdf.chinadevelopment.com.cn", "2021-05", "month",
  "Economic paper's web channel, Xinjiang (Aksu, 新和县): a Lishui aid team's fifth firm of the year signs with its investment, output, tax and jobs; the year's five landed firms with their projects and investments (约), total signed funds",
  "http://jjdf.chinadevelopment.com.cn/cj/2021/05/1725791.shtml",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2021/05（文中“5月14日下午”为签约日），记 2021-05（month）。首段开头的电头“中国经济导报、中国发展网讯 陈末末、记者沈贞海新疆报道”原文重复两次，照录。存段末段“下一阶段,丽水援疆指挥部…进一步细化扶”在句中中断，整段删去，正文截至“…加快新和经济跨越式发展。”，共四段。园区：未点名（只说新和县），项目 park 一律 null。项目：江西日兴建筑有限公司签约落户（项目名即企业名；“投资8000万”无“元”，investment_cny 空；签约）；阿克苏申源电气有限公司配电开关控制设备制造项目（约1.2亿元）；新疆丽新农业科技有限公司年产10000吨农产品深加工项目（约5000万元）；隆信达农业科技有限公司核桃深加工项目（约3000万元）；“赶街”电子商务项目（约2000万元）；“浙江钢结构制造项目”（约8000万元）与日兴项目金额相同、可能为同一项目（文中未说明），列可选。四个落地项目只说“落地”，不记状态。事实：今年落地企业5家、签约资金3亿元（subject 新和县，cumulative）；日兴：年产税收1000万元以上（超，target）、用工200人以上（可选）；“年产值可达1.2个亿”无“元”，用不带 _cny 的 metric 记（可选）。",
  "ly04"),
 parks=[],
 companies=[
  comp("江西日兴建筑有限公司", None, D0, note="签约落户新和县；丽水援疆指挥部今年招引落地的第五家企业"),
  comp("阿克苏申源电气有限公司", None, D3),
  comp("新疆丽新农业科技有限公司", None, D4),
  comp("隆信达农业科技有限公司", None, D5),
  comp("赶街", None, D6, opt=True, note="电子商务企业（文中只作“赶街”）"),
 ],
 institutions=[
  inst("浙江丽水援疆指挥部", D0, note="文中又作“丽水援疆指挥部”"),
  inst("浙江省援疆指挥部", "在浙江省援疆指挥部的正确领导下", opt=True),
 ],
 projects=[
  proj("江西日兴建筑有限公司", None, "该项目投资8000万,年产10万吨钢结构", companies=["江西日兴建筑有限公司"], inv="投资8000万", unparsed=True,
       status="签约", status_text="正式签约落户", note="项目名即企业名（年产10万吨钢结构）；金额“8000万”无“元”，investment_cny 空；签约见首段"),
  proj("配电开关控制设备制造项目", None, D3, companies=["阿克苏申源电气有限公司"], inv="总投资约1.2亿元", qual="约", qual_text="约", note="今年已落地"),
  proj("年产10000吨农产品深加工项目", None, D4, companies=["新疆丽新农业科技有限公司"], inv="总投资约5000万元", qual="约", qual_text="约", note="今年已落地"),
  proj("核桃深加工项目", None, D5, companies=["隆信达农业科技有限公司"], inv="总投资约3000万元", qual="约", qual_text="约", note="年产4000吨；今年已落地"),
  proj("电子商务项目", None, D6, companies=["赶街"], inv="总投资约2000万元", qual="约", qual_text="约", note="今年已落地"),
  proj("浙江钢结构制造项目", None, D7, inv="总投资约8000万元", qual="约", qual_text="约", opt=True,
       note="与江西日兴建筑有限公司项目金额相同，或为同一项目（文中未说明）"),
 ],
 aggregate_facts=[
  fact("新和县", "region", "firms_landed", 5, "count", D2, AS4, kind="cumulative", note="丽水援疆指挥部招引落地"),
  fact("新和县", "region", "signed_investment_cny", 3e8, "cny", D2, AS4, kind="cumulative", chk=True),
  fact("江西日兴建筑有限公司", "company", "expected_annual_tax_cny", 1e7, "cny", "能够为新和县带来年产税收1000万元以上", "投产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("江西日兴建筑有限公司", "company", "expected_annual_output_yi", 1.2, "亿元（文作“1.2个亿”）", "年产值可达1.2个亿", "投产后（预期）", kind="target", opt=True),
  fact("江西日兴建筑有限公司", "company", "expected_jobs", 200, "count", "用工人数200人以上", "投产后（预期）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- ly05 山东援疆 喀什 招商 (中新网新疆 2021)
E0 = "今年以来,联系对接974家企业,邀请来喀考察企业345家,签约落地项目169个,投资总额335.6亿元"
E1 = "由日照市援疆指挥部引进的山东五征集团落户麦盖提县,成立新疆五征绿色农业发展有限公司,建起万亩现代农业科技示范园,以智慧农机示范带动现代农业,2020年实现利润过千万元"
SD = "山东省援疆指挥部"
AS5 = "2021年1月至8月初"
WZ = "新疆五征绿色农业开发有限公司"
G["ly05"] = dict(
 article=art("山东援疆加大招商引资力度 栽桐引凤助力喀什经济发展", "中新网新疆（杨杰 郭伟），xj.chinanews.com.cn 援疆栏", "2021-08-06", "day",
  "News agency's regional site, Xinjiang (Kashgar, 麦盖提县): a provincial aid command's year-to-date investment promotion — firms contacted and visiting, projects signed and their total; a Shandong machinery group's farm company in 麦盖提县 with its demonstration park, cotton area and profit",
  "http://www.xj.chinanews.com.cn/yuanjiang/2021-08-06/detail-ihapvkwh4802545.shtml",
  "日期取页面“2021-08-06 17:57:10 来源:中新网新疆”。标题照录；站点导航、“我们的微信”、日期来源行与“字号:”已删。存段末段“山东省援疆指挥部深入对口援助4县调研产业发展状”在句中中断，整段删去，正文截至“…打造出融合共赢的“援疆样本”。”，共五段。第四段末“…最大限度优化深耕改良土壤”原文无句号；“艾力?沙塔尔”中的“?”原文如此（应为间隔号），照录。公司：新疆五征绿色农业开发有限公司（第二段；末段作“新疆五征绿色农业发展有限公司”，列 alias），山东五征集团（母公司，可选）。园区：“万亩现代农业科技示范园”为农业示范园（麦盖提县），列可选园区。事实：山东省援疆指挥部今年以来对接企业974家、考察企业345家（可选）、签约落地项目169个、投资总额335.6亿元（cumulative）；五征：种植棉田2万亩（可选）、2020年利润过千万元（超）。",
  "ly05"),
 parks=[
  park("万亩现代农业科技示范园", "喀什", "新疆", "农业科技示范园", E1, district="麦盖提县", opt=True, note="新疆五征绿色农业公司建设的农业示范园"),
 ],
 companies=[
  comp(WZ, None, "4月23日,在麦盖提县新疆五征绿色农业开发有限公司的棉花种植基地上", aliases=["新疆五征绿色农业发展有限公司"],
       note="末段作“新疆五征绿色农业发展有限公司”；日照市援疆指挥部引进，落户麦盖提县"),
  comp("山东五征集团", None, E1, opt=True, note="母公司"),
 ],
 institutions=[
  inst(SD, "山东省援疆指挥部把招商引资作为实施产业援疆的总抓手"),
  inst("日照市援疆指挥部", E1, opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact(SD, "institution", "projects_signed", 169, "count", E0, AS5, kind="cumulative", note="签约落地项目（喀什地区，山东对口援助4县）"),
  fact(SD, "institution", "signed_investment_cny", 3.356e10, "cny", "签约落地项目169个,投资总额335.6亿元", AS5, kind="cumulative", chk=True),
  fact(SD, "institution", "firms_contacted", 974, "count", E0, AS5, kind="cumulative", opt=True),
  fact(SD, "institution", "firms_visiting", 345, "count", E0, AS5, kind="cumulative", opt=True),
  fact(WZ, "company", "cotton_area_mu", 20000, "mu", "今年,该公司种植棉田2万亩", "2021年", opt=True),
  fact(WZ, "company", "profit_cny", 1e7, "cny", "2020年实现利润过千万元", "2020年", qual="超", qtext="过", note="“千万元”"),
 ])

# ---------------------------------------------------------------- ly06 北京援疆 和田 (天山网-新疆日报 2022)
F0 = "数据显示,“十三五”期间,北京市共实施产业援疆项目108个,投入资金25亿余元,招商引资企业162家,吸纳就业2.8万人"
F1 = "目前252个援疆项目全面开工,投资达23.38亿元"
G["ly06"] = dict(
 article=art("产业援疆成为富民兴疆新引擎", "天山网-新疆日报（记者 魏永贵），ts.cn", "2022-06-09", "day",
  "Regional party daily's portal, Xinjiang (Hotan): Beijing's industrial aid in Hotan — the largest Beijing-aided textile firm (unnamed), Beijing-built industrial parks in each aided county, the 13th Five-Year period's aid projects, funds, firms and jobs, and this year's aid projects started with their investment",
  "https://www.ts.cn/xwzx/jjxw/202206/t20220609_7259529.shtml",
  "日期取页面“2022年06月09日 10:13:51 来源: 天山网-新疆日报原创”。标题照录；栏目题“【奋进新征程 建功新时代·巨变】”、三条图片说明（库尔勒上库综合产业园区一家管业公司、博乐市五台工业园区新型建材项目、温宿县金华援疆科技孵化园——图片说明不属正文，且前两处不在南疆）与记者行已删。存段末段“第八次全国对口支援新疆工作会议指出…谋划”在句中中断，整段删去，正文截至“…投资达23.38亿元。”，共四段。园区：文中只说“北京市援建的工业园区”，未点名，不列。公司：和田市“一家纺织公司”未点名，不列。事实：北京市“十三五”期间产业援疆项目108个、招商引资企业162家、吸纳就业2.8万人（cumulative）；“投入资金25亿余元”（“亿余元”不能解析，用不带 _cny 的 metric，可选）；北京市援疆和田指挥部今年252个援疆项目全面开工、投资23.38亿元。",
  "ly06"),
 parks=[],
 companies=[],
 institutions=[
  inst("北京市援疆和田指挥部", "今年,北京市援疆和田指挥部持续抓援疆项目落地率、开工率、资金到位率"),
 ],
 projects=[],
 aggregate_facts=[
  fact("北京市", "region", "aid_industrial_projects", 108, "count", F0, "“十三五”期间（2016–2020年）", kind="cumulative", note="北京市对口支援和田的产业援疆项目"),
  fact("北京市", "region", "aid_funds_invested", 2.5e9, "cny", F0, "“十三五”期间（2016–2020年）", kind="cumulative", qual="余", qtext="余", opt=True, note="文作“25亿余元”"),
  fact("北京市", "region", "firms_attracted", 162, "count", F0, "“十三五”期间（2016–2020年）", kind="cumulative"),
  fact("北京市", "region", "jobs_created", 28000, "count", F0, "“十三五”期间（2016–2020年）", kind="cumulative"),
  fact("北京市援疆和田指挥部", "institution", "projects_started", 252, "count", F1, "2022年6月"),
  fact("北京市援疆和田指挥部", "institution", "projects_started_investment_cny", 2.338e9, "cny", F1, "2022年6月", chk=True),
 ])

# ---------------------------------------------------------------- ly07 深圳援疆 喀什 (深圳国资 WeChat, freewechat 2023)
KS = "喀什综合保税区"
H0 = "先后派出援疆干部人才1629人次,累计投入援疆资金126.56亿元,实施各类援疆项目894个,带动各类企业投资310多亿元"
H1 = "市属国企深圳港集团运营的喀什综保区,今年1至6月份,累计实现进出口贸易额191.6亿元,同比增长283.2%"
SZ = "深圳（对口支援喀什市、塔县）"
ASH = "2010年至2023年（十余年来）"
G["ly07"] = dict(
 article=art("深圳援疆:跨越山海的握手", "深圳国资（微信公众号），载于 freewechat.com", "2023-09-23", "day",
  "City state-assets commission's WeChat account, Xinjiang (Kashgar): Shenzhen's aid to Kashgar city and Taxkorgan over thirteen years — cadres, funds, projects, firms' investment; the Kashgar comprehensive bonded zone run by a Shenzhen port group with half-year trade and growth; an airport cooperation",
  "https://freewechat.com/a/MzAwNTU3MjIzNQ==/2650984536/1",
  "日期取页面“深圳国资 2023-09-23”。标题照录；“查看原文”“其他”、账号日期行与图片说明“深塔友谊大桥成为当地群众的致富桥。”已删。存段末句“在喀什,总能看到一个”在句中中断，已删，正文截至“…促进两地产业合作共赢。”，含小标题两行，共十段。园区：喀什综合保税区（文中又作“喀什综保区”；喀什市，新疆）。公司：深圳港集团（运营喀什综保区的深圳市属国企；park 记喀什综合保税区，因其运营该区）、深圳机场集团、新疆机场集团（可选）。事实：深圳十余年累计派出援疆干部人才1629人次（可选）、投入援疆资金126.56亿元、实施援疆项目894个（cumulative；subject 记“深圳（对口支援喀什市、塔县）”）；“带动各类企业投资310多亿元”（“多亿元”不能解析，用不带 _cny 的 metric，可选）；喀什综保区2023年1–6月进出口贸易额191.6亿元、同比增长283.2%。",
  "ly07"),
 parks=[
  park(KS, "喀什", "新疆", "综合保税区", H1, district="喀什市", aliases=["喀什综保区"], note="深圳港集团运营"),
 ],
 companies=[
  comp("深圳港集团", KS, H1, note="市属国企，运营喀什综保区"),
  comp("深圳机场集团", None, "今年5月,市属国企深圳机场集团与新疆机场集团建立战略合作关系", opt=True),
  comp("新疆机场集团", None, "今年5月,市属国企深圳机场集团与新疆机场集团建立战略合作关系", opt=True),
 ],
 institutions=[
  inst("深圳援疆前方指挥部", "深圳援疆前方指挥部不断推进喀什市经济社会发展", opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact(SZ, "region", "aid_funds_invested_cny", 1.2656e10, "cny", "累计投入援疆资金126.56亿元,实施各类援疆项目894个", ASH, kind="cumulative", chk=True),
  fact(SZ, "region", "aid_projects", 894, "count", H0, ASH, kind="cumulative"),
  fact(SZ, "region", "aid_cadres_sent", 1629, "count", H0, ASH, kind="cumulative", opt=True),
  fact(SZ, "region", "enterprise_investment_driven", 3.1e10, "cny", H0, ASH, kind="cumulative", qual="余", qtext="多", opt=True, note="文作“310多亿元”"),
  fact(KS, "park", "import_export_cny", 1.916e10, "cny", "累计实现进出口贸易额191.6亿元,同比增长283.2%", "2023年1–6月", kind="cumulative", chk=True),
  fact(KS, "park", "import_export_yoy_growth", 2.832, "ratio", H1, "2023年1–6月", kind="ratio"),
 ])

# ---------------------------------------------------------------- ly08 和田纺织服装论坛 (新疆日报 via 于田县政府 2023)
J0 = "目前,和田地区正常运行的纺织服装类企业达217家,1-6月实现工业总产值12.92亿元,带动就业1.4万余人"
G["ly08"] = dict(
 article=art("和田纺织服装产业高质量发展论坛签约金额逾32亿元", "石榴云/新疆日报（记者 拍热扎提·阿不都），载于于田县人民政府网 xjyt.gov.cn（来源:于田零距离）", "2023-10-14", "day",
  "County government site relaying the regional party daily, Xinjiang (Hotan): a textile and garment forum with its signing total in the headline; the prefecture's textile firms in operation, half-year industrial output and jobs",
  "https://xjyt.gov.cn/zfgk/diqu/2023-10-14/5529.html",
  "日期取页面“时间:2023-10-14 22:11:28 来源:于田零距离 作者:于田县人民政府”（该行粘在标题行后，已删：make_txt.py HEAD_SUFFIX）。标题照录；面包屑与图片说明已删。存段末段“张学核介绍,…目前,和田地区8个县市已建成各类工业园区9个、乡镇产业园38个”在句中中断（无句末标点），整段删去，正文截至“…向参会企业家发出邀约。”，共四段。签约金额只见于标题（“逾32亿元”→超，subject 记论坛）。园区、公司未点名，不列。事实：和田地区正常运行的纺织服装类企业217家（2023年）、1–6月工业总产值12.92亿元、带动就业1.4万余人（余）。北京大学新结构经济学研究院（林毅夫）为演讲者所属机构，可选。",
  "ly08"),
 parks=[],
 companies=[],
 institutions=[
  inst("北京大学新结构经济学研究院", "北京大学新结构经济学研究院院长林毅夫作主旨演讲", kind="university", opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact("和田纺织服装产业高质量发展论坛", "event", "signed_investment_cny", 3.2e9, "cny", "和田纺织服装产业高质量发展论坛签约金额逾32亿元", "2023年10月14日（论坛签约）",
       qual="超", qtext="逾", chk=True, note="只见于标题"),
  fact("和田地区", "region", "textile_firms_operating", 217, "count", J0, "2023年10月"),
  fact("和田地区", "region", "textile_industrial_output_cny", 1.292e9, "cny", "1-6月实现工业总产值12.92亿元,带动就业1.4万余人", "2023年1–6月", kind="cumulative", chk=True),
  fact("和田地区", "region", "textile_jobs", 14000, "count", J0, "2023年", qual="余", qtext="余"),
 ])
