# real244 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (both items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in *_cny facts (first
# amount of the evidence; chk=True asserts it). Shares as ratios. A county or a new town is not a park unless the text makes it
# one; plan figures (“计划”, “谋划”, “全年计划完成”) are kind target with “（计划）” in as_of; counts “现已…” are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/siNN.raw as returned.

# ---------------------------------------------------------------- si01 宾西开发区 28个产业项目 (东北网-哈尔滨日报 2011)
BX = "宾西开发区"
A0 = "13日,宾西开发区举行招商项目签约仪式,共有28个产业项目签订了投资合同"
A1 = "此次签约项目中,投资超亿元项目19个,计划总投资33.3亿元,年内全部开工建设,16个项目年末建成投产"
A2 = "招商引资工作全年谋划项目79个,投资总额238亿元"
A3 = "目前已完成900多户住房征用和250亩土地征收,分别占应征总量的75%和80%"
AS1 = "2011年4月13日（签约仪式）"
G["si01"] = dict(
 article=art("城建和招商同步推进 28个产业项目落户哈东新城", "东北网（来源：东北网-哈尔滨日报；作者 周超 刘鹏娜 杨兴文）, heilongjiang.dbw.cn", "2011-04-14", "day",
  "Provincial news portal relaying a city daily, Heilongjiang: a county development zone's signing ceremony — 28 industrial projects signed, those over 100 million yuan and their planned total, start and completion plans; the county's new-town construction and its year's investment-promotion plan",
  "http://heilongjiang.dbw.cn/system/2011/04/14/053101263.shtml",
  "日期取页面“2011-04-14 09:33:22 来源:东北网-哈尔滨日报  作者:周超 刘鹏娜 杨兴文”（文中“13日”为2011年4月13日签约仪式）。标题照录；“您当前的位置”导航、“搜 索”、日期来源行、“关注东北网 / 微博 / Qzone”与“责任编辑:强锐”已删（make_txt.py）。正文三段，完整。园区：宾西开发区（哈尔滨市宾县，黑龙江；文中只作“宾西开发区”，不补全称，kind 记“开发区”）。“哈东新城”是宾县建设中的新城（城市建设、商务区），标题说项目“落户哈东新城”，列为可选园区（kind 新城）。签约的28个项目未点名，无公司。事实：宾西开发区签约28个产业项目；“此次签约项目中,投资超亿元项目19个,计划总投资33.3亿元”——33.3亿元可读作19个超亿元项目的合计，也可读作全部签约项目的合计，subject 记宾西开发区、note 注明歧义；“年内全部开工建设,16个项目年末建成投产”为计划（target）。宾县“全年谋划项目79个,投资总额238亿元”为县的年度招商计划（region，target）；住房征用与土地征收为县的城建数字（region，可选）。市领导凌振国为人名，不列机构。",
  "si01"),
 parks=[
  park(BX, "哈尔滨", "黑龙江", "开发区", A0, district="宾县", note="文中又作“宾县及宾西开发区”"),
  park("哈东新城", "哈尔滨", "黑龙江", "新城", "年初以来,宾县强力实施哈东新城建设", district="宾县", opt=True,
       note="宾县建设中的新城（商务区、城建）；标题称28个产业项目“落户哈东新城”；是否园区有疑"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(BX, "park", "projects_signed", 28, "count", A0, AS1),
  fact(BX, "park", "projects_signed_over_100m", 19, "count", A1, AS1, opt=True, note="投资超亿元的签约项目"),
  fact(BX, "park", "signed_investment_cny", 3.33e9, "cny", "投资超亿元项目19个,计划总投资33.3亿元", AS1, chk=True,
       note="计划总投资；歧义：或为19个超亿元项目合计，或为全部28个签约项目合计"),
  fact(BX, "park", "projects_to_complete", 16, "count", "年内全部开工建设,16个项目年末建成投产", "2011年末（计划）", kind="target", opt=True,
       note="签约项目中年末建成投产的个数（计划）"),
  fact("宾县", "region", "projects_planned", 79, "count", A2, "2011年全年（计划）", kind="target", opt=True, note="招商引资全年谋划项目"),
  fact("宾县", "region", "planned_investment_cny", 2.38e10, "cny", "投资总额238亿元", "2011年全年（计划）", kind="target", opt=True, chk=True,
       note="全年谋划项目的投资总额"),
  fact("宾县", "region", "land_acquired_mu", 250, "mu", A3, "2011年4月", kind="cumulative", opt=True, note="哈东新城建设的土地征收"),
  fact("宾县", "region", "land_acquisition_share", 0.80, "ratio", A3, "2011年4月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- si02 旅顺经济开发区 (前瞻网 2012)
LS = "旅顺经济开发区"
B0 = "辽宁大连市旅顺经济开发区近年来不断加大投资力度,通过大力实施主导优势产业集聚战略,全力打造千亿元现代临港产业集群"
B1 = "今年,旅顺经济开发区计划建设投资额3000万元以上重点项目38个,现已开工31个,开工率达81.6%"
B2 = "全年计划完成重点项目投资101亿元,完成固定资产总投资200亿元"
B3 = "旅顺经济开发区成立于1992年,2002年1月,晋升为辽宁省省级开发区"
AS2 = "2012年"
G["si02"] = dict(
 article=art("旅顺千亿元现代临港产业集群成新经济增长点", "前瞻网（qianzhan.com，产业集群栏；责任编辑 QZ080；“据前瞻网记者了解”）", "2012-05-26", "day",
  "Industry-research portal's cluster channel, Liaoning: a provincial-level development zone in Dalian — its history and status, leading industries, the year's key-project plan with projects started and start rate, planned project and fixed-asset investment, support for firms",
  "https://www.qianzhan.com/cluster/detail/178/20120526-1635274f2bab910a.html",
  "日期取页面“2012-05-26 09:33:48 责任编辑:QZ080 来源:前瞻网”。标题照录；日期行、标题下的导读句“一座现代化海滨新城正在旅顺西部快速形成”（与正文第三段末句重复）以及正文后的站内推荐块（“航空转包生产是…[详细]”与四条2025年文章链接）已删（make_txt.py）。正文五段，完整。园区：旅顺经济开发区（大连市旅顺口区，辽宁；1992年成立，2002年1月晋升省级开发区，2008年4月纳入辽宁沿海经济带重点支持区域）。无公司、无具名项目；单聚宁为人名。事实：“今年”（2012年）计划建设投资额3000万元以上重点项目38个（target），“现已开工31个”（截至2012年5月，cumulative），开工率81.6%（ratio），全年计划完成重点项目投资101亿元与固定资产总投资200亿元（target）。“千亿元现代临港产业集群”“大连市十大千亿元产业集群”为目标口号，不作事实。",
  "si02"),
 parks=[
  park(LS, "大连", "辽宁", "经济开发区", B0, district="旅顺口区", note="省级开发区（2002年1月晋升）；文中又作“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(LS, "park", "major_projects_planned", 38, "count", B1, "2012年（计划）", kind="target", note="投资额3000万元以上重点项目"),
  fact(LS, "park", "projects_started", 31, "count", B1, "2012年1月至5月下旬", kind="cumulative", note="38个重点项目中已开工的"),
  fact(LS, "park", "projects_start_rate", 0.816, "ratio", B1, "2012年5月", kind="ratio"),
  fact(LS, "park", "planned_annual_investment_cny", 1.01e10, "cny", B2, "2012年（计划）", kind="target", chk=True, note="重点项目投资"),
  fact(LS, "park", "fixed_asset_investment_cny", 2.0e10, "cny", "完成固定资产总投资200亿元", "2012年（计划）", kind="target", chk=True),
  fact(LS, "park", "established_year", 1992, "year", B3, "1992年", opt=True),
 ])
