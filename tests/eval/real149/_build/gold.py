# real149 ground truth, read by build_all.py (helpers from real52). Conventions as real52: evidence verbatim; names as written;
# 约/超/余 qualifiers; yuan in investment_cny (first amount of investment_text); status from the text's words (集中开工 → 开工);
# a county / district / city is not a park; a project's park is the one the text places it in, else null.

# ---------------------------------------------------------------- wp01 遂宁经开区 2021年市级重大项目名单 (snjkq.suining.gov.cn)
SN = "遂宁经开区"
B0 = "遂宁经开区有20个"
B1 = "年度计划投资89.59亿元"
def snp(name, status=None, note=None, opt=False):
    return proj(name, SN, name, status=status, note=note or "2021年市级重大项目名单所列；无单项金额", opt=opt)
G["wp01"] = dict(
 article=art(None, "遂宁经济技术开发区管委会网站 snjkq.suining.gov.cn（转述遂宁市人民政府办公室通知）", "2021", "year",
  "Zone website, Sichuan: the zone's 20 projects in the city's 2021 list of municipal major projects, listed one by one by sector (WeChat-style list, no per-project amounts)",
  "https://snjkq.suining.gov.cn/zwgk/show/be75bc5102154dc0b1174ad096362952.html",
  "存段无标题、无日期行；年份取文中“2021年遂宁市级重大项目名单”（published 只精确到年）。正文为微信式短行，每行一段，未合并。园区：遂宁经开区（遂宁，四川）。“欧美产业园二期”“康佳电子科技产业园”“智能科技创新创业产业园”“中康健华国际医疗健康产业园”为项目名（园区基础类/产业类项目），不另列园区。项目20个，名单所列未注阶段（status null）；“蜂巢能源20Gwh动力锂离子电池项目”名前无“遂宁经开区”，但列在经开区20个项目之中，园区仍记遂宁经开区。事实：全市200个、672.09亿元（城市级，可选）；经开区20个、年度计划投资89.59亿元（target）。",
  "wp01", title_note="存段无标题；文为遂宁市2021年市级重大项目名单中遂宁经开区部分"),
 parks=[park(SN, "遂宁", "四川", "经济技术开发区", B0, note="文中只作“遂宁经开区”（遂宁经济技术开发区）")],
 companies=[
  comp("蜂巢能源", SN, "蜂巢能源20Gwh动力锂离子电池项目", opt=True, note="只在项目名中"),
  comp("明泰电子", SN, "遂宁经开区明泰电子二期", opt=True, note="只在项目名中"),
  comp("康佳", SN, "遂宁经开区康佳电子科技产业园", opt=True, note="只在项目名中"),
  comp("成工重工", SN, "遂宁经开区成工重工轮式装载工程机械制造", opt=True, note="只在项目名中"),
  comp("明星电力", SN, "遂宁经开区明星电力运检中心", opt=True, note="只在项目名中"),
 ],
 projects=[
  snp("蜂巢能源20Gwh动力锂离子电池项目"),
  snp("遂宁经开区明泰电子二期"), snp("遂宁经开区利普芯LED驱动集成电路封装测试产业化"),
  snp("遂宁经开区康佳电子科技产业园"), snp("遂宁经开区特康恩彼特智能制造"),
  snp("遂宁经开区摩天时代手机研发基地及手机智能制造"), snp("遂宁经开区广义微电子月产80k芯片产能升级"),
  snp("遂宁经开区成工重工轮式装载工程机械制造"), snp("遂宁经开区绿地1958文创产业"), snp("遂宁经开区明星电力运检中心"),
  snp("遂宁经开区凤台高架桥"), snp("遂宁经开区黄连沱大桥(渡口改公路桥)"),
  snp("遂宁经开区米家河流域黑臭水体治理及市政基础设施"), snp("遂宁经开区欧美产业园二期"),
  snp("遂宁经开区电子电路标准厂房"), snp("遂宁经开区智能科技创新创业产业园"),
  snp("遂宁经开区南强片区工业污水处理厂"), snp("遂宁经开区东坡小学"),
  snp("遂宁经开区中康健华国际医疗健康产业园"), snp("遂宁经开区保障性住房"),
 ],
 aggregate_facts=[
  fact(SN, "park", "major_projects_listed", 20, "count", B0, "2021年", kind="target", note="列入2021年市级重大项目"),
  fact(SN, "park", "planned_investment_year_cny", 8.959e9, "cny", B1, "2021年", kind="target", chk=True),
  fact("遂宁", "city", "major_projects_listed", 200, "count", "市政府确定2021年市级重大项目共计200个", "2021年", kind="target", opt=True),
  fact("遂宁", "city", "planned_investment_year_cny", 6.7209e10, "cny", "2021年计划投资672.09亿元", "2021年", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- wp02 沈抚新区第三批31个重点项目集中开工 (辽宁频道 via baogaosu 2019)
SF = "沈抚新区"
C0 = "10月29日,沈抚新区举行2019年第三批重点项目集中开工暨总部基地项目奠基仪式。此次集中开工重点建设项目31个,总投资达193.2亿元。"
C1 = "31个项目中,招商引资产业项目8个,总投资187亿元,包括全国驻辽商会总部基地项目、广东圣丰集团沈抚科技小镇项目等"
C2 = "基础设施建设项目23个,总投资6.2亿元"
C3 = "目前已累计开工项目181个,总投资909.1亿元。"
G["wp02"] = dict(
 article=art("沈抚新区第三批31个重点项目集中开工", "辽宁频道（作者 董翰博），载于 shenyang.baogaosu.com", "2019-10-30", "day",
  "Provincial channel item relayed by a city news aggregator, Liaoning: a new area's third batch of 2019 key projects started — counts and totals by type, two named projects, the year's cumulative starts",
  "https://shenyang.baogaosu.com/xinwen/%E4%B8%AA%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E9%9B%86%E4%B8%AD%E5%BC%80%E5%B7%A5/78870817",
  "日期取页面“30.10.2019 09:01 本文来源: 辽宁频道”。标题照录；日期来源行、“(责任编辑:徐骞) 作者:董翰博”及页尾杂字已删。正文四段，完整。园区：沈抚新区（沈阳、抚顺之间，辽宁；省级新区，文中又作“新区”）。项目：全国驻辽商会总部基地项目、广东圣丰集团沈抚科技小镇项目（集中开工→开工；无单项金额）。事实：第三批31个/193.2亿元，产业项目8个/187亿元，基础设施23个/6.2亿元，累计开工181个/909.1亿元（cumulative）。",
  "wp02"),
 parks=[park(SF, "沈阳", "辽宁", "新区", C0, note="沈抚改革创新示范区，跨沈阳、抚顺；city 记沈阳为约定")],
 companies=[comp("广东圣丰集团", SF, C1, opt=True)],
 institutions=[inst("沈抚新区党工委", "副省长、沈抚新区党工委书记陈绿平出席开工仪式。", park=SF)],
 projects=[
  proj("全国驻辽商会总部基地项目", SF, C1, status="开工", status_text="集中开工", note="“总部基地项目奠基仪式”所指"),
  proj("广东圣丰集团沈抚科技小镇项目", SF, C1, companies=["广东圣丰集团"], status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(SF, "park", "projects_started", 31, "count", C0, "2019年第三批", note="集中开工重点建设项目"),
  fact(SF, "park", "projects_started_investment_cny", 1.932e10, "cny", "总投资达193.2亿元", "2019年第三批", chk=True),
  fact(SF, "park", "industrial_projects_started", 8, "count", C1, "2019年第三批", opt=True),
  fact(SF, "park", "industrial_projects_started_investment_cny", 1.87e10, "cny", "招商引资产业项目8个,总投资187亿元", "2019年第三批", opt=True, chk=True),
  fact(SF, "park", "infrastructure_projects_started", 23, "count", C2, "2019年第三批", opt=True),
  fact(SF, "park", "infrastructure_projects_started_investment_cny", 6.2e8, "cny", C2, "2019年第三批", opt=True, chk=True),
  fact(SF, "park", "projects_started_cumulative", 181, "count", C3, "2019年至10月", kind="cumulative"),
  fact(SF, "park", "projects_started_cumulative_investment_cny", 9.091e10, "cny", C3, "2019年至10月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- wp03 驿城区2016年第三批亿元以上重点项目集中开工 (驻马店日报 2016)
D1 = "本次集中开工的亿元以上项目有3个,总投资24.3亿元。项目包括天中鸟船艇项目、长龙山农牧有限公司年出栏20万头生猪养殖项目、永和箱包项目。"
D2 = "其中,天中鸟船艇项目,总投资3.1亿元,总建筑面积5万平方米"
D3 = "驿城区委主要负责同志要求产业集聚区指挥部及相关街道办事处和区直单位"
G["wp03"] = dict(
 article=art("驿城区2016年第三批亿元以上重点项目集中开工", "驻马店日报（记者 郑付生 通讯员 山），载于 app.zmdnews.cn（驻马店网打印页）", "2016-09-24", "day",
  "City daily on its news site, Henan: a district's third batch of 2016 key projects (over 100 million yuan each) started — three named projects, one with investment and expected sales",
  "http://app.zmdnews.cn/print.php?contentid=379666",
  "日期取页末“文章来源:http://www.zmdnews.cn/2016/0924/379666.shtml”（URL 日期 2016-09-24；活动日“922”原文如此，缺“月”“日”）。标题照录；副题“刘军甫等出席”、打印页导航与来源行已删。正文三段，完整。驿城区是市辖区，不是园区；“产业集聚区”只见于“产业集聚区指挥部”（驿城区产业集聚区，名称未写全），列为可选园区，项目不归入（文中未写项目位置）。项目：天中鸟船艇项目（3.1亿元）、长龙山农牧有限公司年出栏20万头生猪养殖项目、永和箱包项目（集中开工→开工）。天中鸟达产后销售收入“5亿多元”、利税“1亿多元”为预计（target，余）。",
  "wp03"),
 parks=[park("产业集聚区", "驻马店", "河南", "产业集聚区", D3, district="驿城区", opt=True, note="驿城区产业集聚区，文中只作“产业集聚区指挥部”")],
 companies=[comp("长龙山农牧有限公司", None, D1), comp("永和箱包", None, D1, opt=True, note="只在项目名中"), comp("天中鸟", None, D2, opt=True, note="只在项目名中")],
 projects=[
  proj("天中鸟船艇项目", None, D2, inv="3.1亿元", status="开工", status_text="集中开工"),
  proj("长龙山农牧有限公司年出栏20万头生猪养殖项目", None, D1, companies=["长龙山农牧有限公司"], status="开工", status_text="集中开工", note="亿元以上项目"),
  proj("永和箱包项目", None, D1, status="开工", status_text="集中开工", note="亿元以上项目"),
 ],
 aggregate_facts=[
  fact("驿城区", "district", "projects_started", 3, "count", D1, "2016年第三批", note="亿元以上项目"),
  fact("驿城区", "district", "projects_started_investment_cny", 2.43e9, "cny", "本次集中开工的亿元以上项目有3个,总投资24.3亿元", "2016年第三批", chk=True),
  fact("天中鸟船艇项目", "project", "expected_sales", 5e8, "cny", "年可实现销售收入5亿多元", "达产后（预计）", kind="target", qual="余", qtext="多", opt=True, note="“5亿多元”：数字+亿多元，metric 不带 _cny 后缀以免按首个金额校验"),
  fact("天中鸟船艇项目", "project", "expected_profit_tax", 1e8, "cny", "利税1亿多元", "达产后（预计）", kind="target", qual="余", qtext="多", opt=True),
  fact("天中鸟船艇项目", "project", "jobs_expected", 300, "count", "安排300多人就业", "达产后（预计）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- wp04 项城市2020年第一批重点建设项目集中开工 (WeChat item via guwu121)
E0 = "本次集中开工的重点项目共有八个,总投资43.40亿元,2020年计划投资33.25亿元。"
P2 = "河南中联天盛防水防腐材料有限公司年产1500万平方米环保型防水卷材和2500吨防水涂料项目:总投资3亿元,年度计划投资2.92亿元"
P3 = "河南东方立业防水防腐材料有限公司年产1500万平方米环保型防水卷材和2000吨防水涂料项目:总投资2.6亿元,年度计划投资2.6亿元"
P4 = "项城市凯森制衣有限公司年产5000万件服装加工项目:总投资5亿元,年度计划投资4.5亿元"
P1 = "莲花健康新区建设项目一期工程(年产10万吨商品味精、5万吨复合调味料先进技术改造项目)"
G["wp04"] = dict(
 article=art(None, "项城市（微信式图文，经 webapi.varys.guwu121.com 存档；原发公众号未注明）", "2020-03-03", "day",
  "County WeChat-style list, Henan: a county-level city's first batch of 2020 key projects started — numbered project introductions with investment and annual plan",
  "http://webapi.varys.guwu121.com/articles/detailU?id=6097e8280d5440c198b817edcc939db4",
  "存段无标题、无日期行；日期取正文首行“3月3日上午10:00”与“项城市2020年第一批重点建设项目”（2020-03-03）。首五行为海报式标题，每行一段保留。存段在第五项“项城市桥涵工程建设项目(一期)”说明中断（“…1162.68米和3”），第五项整项未收；正文止于第四项。**园区**：文中无开发区/产业园名；“莲花健康新区”是莲花健康产业集团的厂区建设项目名（项目“莲花健康新区建设项目一期工程”），不作园区，仅列为可选园区以免误罚。项城市是县级市，不是园区；项目 park 均为 null。项目：莲花健康新区建设项目一期工程（即莲花健康产业集团食品(项城)有限公司复合调味品先进技术生产项目，无金额）、中联天盛（3亿元）、东方立业（2.6亿元）、凯森制衣（5亿元），均集中开工→开工。年度计划投资另记 annual_plan_text。",
  "wp04", title_note="存段无标题；以首行海报字作说明：项城市2020年第一批重点建设项目集中开工暨莲花健康新区建设项目一期工程开工仪式"),
 parks=[park("莲花健康新区", "周口", "河南", "企业厂区（非园区）", "暨项城市莲花健康新区建设项目一期工程", district="项城市", opt=True, note="项目名的一部分，非行政园区")],
 companies=[
  comp("莲花健康产业集团食品(项城)有限公司", None, "莲花健康产业集团食品(项城)有限公司复合调味品先进技术生产项目"),
  comp("河南中联天盛防水防腐材料有限公司", None, P2),
  comp("河南东方立业防水防腐材料有限公司", None, P3),
  comp("项城市凯森制衣有限公司", None, P4),
 ],
 projects=[
  proj("莲花健康新区建设项目一期工程", None, P1, companies=["莲花健康产业集团食品(项城)有限公司"], phase="一期", status="开工", status_text="集中开工",
       aliases=["莲花健康产业集团食品(项城)有限公司复合调味品先进技术生产项目", "年产10万吨商品味精、5万吨复合调味料先进技术改造项目"]),
  proj("河南中联天盛防水防腐材料有限公司年产1500万平方米环保型防水卷材和2500吨防水涂料项目", None, P2, companies=["河南中联天盛防水防腐材料有限公司"], inv="3亿元", status="开工", status_text="集中开工", annual_plan_text="2.92亿元"),
  proj("河南东方立业防水防腐材料有限公司年产1500万平方米环保型防水卷材和2000吨防水涂料项目", None, P3, companies=["河南东方立业防水防腐材料有限公司"], inv="2.6亿元", status="开工", status_text="集中开工", annual_plan_text="2.6亿元"),
  proj("项城市凯森制衣有限公司年产5000万件服装加工项目", None, P4, companies=["项城市凯森制衣有限公司"], inv="5亿元", status="开工", status_text="集中开工", annual_plan_text="4.5亿元"),
 ],
 aggregate_facts=[
  fact("项城市", "city", "projects_started", 8, "count", E0, "2020年第一批", note="“八个”为汉字数"),
  fact("项城市", "city", "projects_started_investment_cny", 4.34e9, "cny", "总投资43.40亿元", "2020年第一批", chk=True),
  fact("项城市", "city", "planned_investment_year_cny", 3.325e9, "cny", "2020年计划投资33.25亿元", "2020年", kind="target", chk=True, opt=True),
 ])
