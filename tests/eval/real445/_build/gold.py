# real445 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (both items simplified script as published); names as written in the text;
# 超过/以上/突破 → 超, 多/余 → 余, 约 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Projects: the park the text places the project in, null if none.
# Status from the text's words (集中开工 → 开工; 签订合作意向书 → 签约). Year-to-date / 截至目前 figures are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/kbNN.raw as returned.

# ---------------------------------------------------------------- kb01 沧州经济开发区 8个重点项目集中开工 (搜狐焦点沧州站 2021)
CZ = "沧州经济开发区"
K0 = "12月1日上午,沧州经济开发区举行2021年第四季度重点项目集中开工仪式"
K1 = "此次共有8个重点项目集中开工,主要涵盖战略性新兴产业、现代服务业、产业链现代化提升等多个领域,总投资7.39亿元"
KAS = "2021年12月1日（2021年第四季度集中开工）"
G["kb01"] = dict(
 article=art("沧州8个重点项目集中开工 总投资7.39亿元!涵盖多个领域", "沧州经济开发区管理委员会（页尾“来源:沧州经济开发区管理委员会”），载于搜狐焦点沧州站 cangzhou.focus.cn（焦点开放平台入驻作者稿）", "2021-12-02", "day",
  "Zone administration's release on a real-estate portal's city channel, Hebei: a provincial economic development zone's fourth-quarter groundbreaking — count of key projects started and their total investment, sectors, officials present; no project or firm named",
  "https://cangzhou.focus.cn/zixun/c3302bf28704bb56.html",
  "日期取页面“搜狐焦点沧州站 2021-12-02 09:56:24”；文中“12月1日上午”即2021年12月1日开工仪式。标题照录（标题作“沧州8个重点项目”，正文为沧州经济开发区）。已删：日期行、“用手机看 / 扫描到手机…… / 扫一扫…… / 更加方便分享给朋友”、页尾“来源:沧州经济开发区管理委员会”与焦点平台声明。正文首段（“此次共有8个重点项目集中开工……总投资7.39亿元。”）为页面导语，与第三段开头重复，照录保留。正文五段，完整。园区：沧州经济开发区（文中又作“开发区”；沧州市，河北；级别文中未说，kind 记“经济开发区”）。无具名项目、无具名企业。事实：本次集中开工8个项目、总投资7.39亿元（reported，as_of 开工日）。孙西让、马国青、宋亚茹为管委会官员，不列。",
  "kb01"),
 parks=[
  park(CZ, "沧州", "河北", "经济开发区", K0, note="文中又作“开发区”；标题作“沧州8个重点项目”"),
 ],
 institutions=[
  inst("沧州经济开发区管委会", "区党工委委员、管委会副主任孙西让讲话并宣布项目集中开工", note="文中只作“管委会”；来源行（已删）作“沧州经济开发区管理委员会”"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "projects_started", 8, "count", K1, KAS),
  fact(CZ, "park", "projects_started_investment_cny", 7.39e8, "cny", K1, KAS, chk=True),
 ])

# ---------------------------------------------------------------- kb02 天津·沧州渤海新区生物医药产业园 签约 (新华社, year not in excerpt)
BH = "沧州渤海新区"
TJP = "天津·沧州渤海新区生物医药产业园"
BJP = "北京·沧州渤海新区生物医药产业园"
TJ = "天津市医药集团有限公司"
L0 = "记者13日从河北沧州渤海新区管委会获悉,沧州渤海新区管理委员会与天津市医药集团有限公司日前就共同筹建天津·沧州渤海新区生物医药产业园项目签订合作意向书"
L1 = "据了解,该项目总投资23亿元,总占地面积约900亩"
L2 = "其中,项目一期占地面积约360亩,将开展涉及降糖类、呼吸系统类、精神神经类等20多个原料药品种的规模化生产"
L3 = "截至目前,渤海新区共承接天津产业转移项目159个,总投资391.5亿元"
L4 = "渤海新区与天津港集团、天津东丽区、天津滨海新区等单位和区域建立了紧密合作关系"
G["kb02"] = dict(
 article=art("沧州承接天津一重大项目投资23亿占地900亩", "新华社（“新华社石家庄10月13日电”），载于 tjcfw.com.cn（产业园区招商站转载）", "2015–2023 (10月13日；年份存段未示)", "unknown-year",
  "National news agency item relayed by an industrial-park investment site, Hebei: a coastal new area signs a letter of intent with a Tianjin pharmaceutical group to build a Tianjin-branded biomedicine park (investment, land, phase 1), following the Beijing-branded park; the area's cumulative Tianjin transfer projects",
  "http://tjcfw.com.cn/index.php/post/5820.html",
  "电头“新华社石家庄10月13日电”，年份存段未示：文中称“继北京·沧州渤海新区生物医药产业园开发建设之后”，该园2015年4月首批药企开工（同次检索所见新华社稿），且尚未更名为“京津冀·沧州生物医药产业园”（2024年4月更名，同次检索所见），故在2015年10月至2023年10月之间；published 记区间。同一稿另见 theworldseeds.cn（标题“天津生物医药项目签约落地沧州渤海新区 总投资23亿元”，无电头），未用。标题照录；电头留在正文首段。已删：页尾招商广告与电话、微信、二维码等六行（末行存段断于“推送至手”）。正文四段，完整。园区：沧州渤海新区（文中又作“渤海新区”；沧州市，河北；kind 新区）；天津·沧州渤海新区生物医药产业园（筹建中，parent 沧州渤海新区）；北京·沧州渤海新区生物医药产业园（已开发建设，parent 沧州渤海新区）；天津滨海新区只作合作方（可选，天津）。公司：天津市医药集团有限公司（又作“天津医药集团”；园区外投资方，park null）；天津港集团（合作方，可选）。项目：天津·沧州渤海新区生物医药产业园项目——签订合作意向书→签约；总投资23亿元；园区记沧州渤海新区（园区开发项目，同 real52 zv05 的处理）。事实：产业园规划占地约900亩、一期约360亩（可选）；渤海新区累计承接天津产业转移项目159个、总投资391.5亿元（截至目前，cumulative）。",
  "kb02"),
 parks=[
  park(BH, "沧州", "河北", "新区", L0, aliases=["渤海新区"], note="文中又作“渤海新区”"),
  park(TJP, "沧州", "河北", "产业园", L0, parent=BH, note="筹建中（签订合作意向书）；原料药为主"),
  park(BJP, "沧州", "河北", "产业园", "这是继北京·沧州渤海新区生物医药产业园开发建设之后", parent=BH, note="已开发建设；只被提及"),
  park("天津滨海新区", "天津", "天津", "新区", L4, opt=True, note="只作合作方提及"),
 ],
 companies=[
  comp(TJ, None, L0, aliases=["天津医药集团"], note="园区外投资方；与渤海新区共建天津·沧州渤海新区生物医药产业园"),
  comp("天津港集团", None, L4, opt=True, note="合作方，只被提及"),
 ],
 institutions=[
  inst("沧州渤海新区管理委员会", L0, note="文中又作“沧州渤海新区管委会”；签约一方"),
 ],
 projects=[
  proj("天津·沧州渤海新区生物医药产业园项目", BH, L1, companies=[TJ], inv="总投资23亿元", status="签约", status_text="签订合作意向书",
       aliases=[TJP], note="名称见首段“共同筹建天津·沧州渤海新区生物医药产业园项目签订合作意向书”；园区开发项目，园区记沧州渤海新区；一期占地约360亩"),
 ],
 aggregate_facts=[
  fact(TJP, "park", "planned_area_mu", 900, "mu", L1, "签约时（规划）", kind="target", qual="约", qtext="约", opt=True, note="项目总占地面积"),
  fact(TJP, "park", "phase1_area_mu", 360, "mu", L2, "签约时（规划）", kind="target", qual="约", qtext="约", opt=True),
  fact(BH, "park", "tianjin_transfer_projects", 159, "count", L3, "截至发稿", kind="cumulative"),
  fact(BH, "park", "tianjin_transfer_projects_investment_cny", 3.915e10, "cny", L3, "截至发稿", kind="cumulative", chk=True),
 ])
