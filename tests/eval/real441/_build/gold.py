# real441 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged)
# Conventions as real52: evidence verbatim (simplified script as published); names as written in the text; 逾/超过/超/以上
# → 超, 余/多 → 余, 约/近/左右 → 约. Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it). Projects: the park is the one the text places the project in, null if none (a county is a region, not a
# park). Status from the text's words (集中开工 / 开工项目 → 开工; 建成…正式投产 / 投产项目 → 投产). “预计” output figures of a
# project after it reaches capacity are kind target. Source: `search` (corpus pages) excerpt typed into _raw/pages/lx01.raw.

# ---------------------------------------------------------------- lx01 息烽县 集中开工投产 (网易号 2018)
XF = "息烽县"
A0 = "息烽县集中开工和投产工业项目5个,总投资2.86亿元"
A1 = "开工项目4个,总投资2.36亿元"
A2 = "开工项目4个,总投资2.36亿元,为贵州山娃儿大健康产业发展有限公司刺梨系列健康食品深加工基地建设项目,计划总投资1.2亿元,将建4万平方米的厂房和各类配套设施"
A3 = "贵州西洋宏达科技有限公司年产20万吨磷石膏粉项目,计划总投资3000万元,将建设20万吨环保新型改性磷石膏粉系列产品生产线一条,可有效消化西洋公司生产过程中产生的磷石膏废渣"
A4 = "贵州兄弟联科技有限公司年产3000吨高性能环保电子显影材料项目,计划总投资5600万元,达产后预计可实现年产值1.2亿元,提供75个就业岗位"
A5 = "贵阳至锐工具有限责任公司优质高速合金钻头、镐钎等五金工具系列制造项目,计划总投资3000万元,投产后预计可实现年产值2.3亿元,提供90个就业岗位"
A6 = "投产项目1个,总投资0.5亿元,为贵州大愚智水智能科技有限公司年产600万米psp钢塑复合压力管生产及互联网智慧水务产品研发生产项目,于今年8月建成,10月正式投产"
AS = "2018年（贵阳市2018年第1次工业项目集中开工投产仪式）"
P1 = "贵州山娃儿大健康产业发展有限公司刺梨系列健康食品深加工基地建设项目"
P2 = "贵州西洋宏达科技有限公司年产20万吨磷石膏粉项目"
P3 = "贵州兄弟联科技有限公司年产3000吨高性能环保电子显影材料项目"
P4 = "贵阳至锐工具有限责任公司优质高速合金钻头、镐钎等五金工具系列制造项目"
P5 = "贵州大愚智水智能科技有限公司年产600万米psp钢塑复合压力管生产及互联网智慧水务产品研发生产项目"
G["lx01"] = dict(
 article=art("（无标题）息烽县集中开工和投产工业项目5个 总投资2.86亿元", "网易号（m.163.com/dy；原发媒体未注明；署名“通讯员 何胜华”）", "2018", "year",
  "Self-media repost of a county news item, Guizhou: a county's branch venue of a city-wide industrial groundbreaking / production ceremony — four named projects started with their firms, planned investments, expected output and jobs, one named project in production",
  "https://m.163.com/dy/article/DV04V9RB05344BT9.html",
  "存段无标题、无日期行（title 为编者概括）。日期只能由正文推定：“贵阳市2018年第1次工业项目集中开工投产仪式”，投产项目“于今年8月建成,10月正式投产”，故记 2018（year）；网易号页面的发布日未见。正文两段，照录，完整（末为署名“(通讯员 何胜华)”）。地点：贵阳市息烽县（贵州）。文中未点名任何园区（只有“息烽县分会场”），parks 为空；五个项目的 park 均为 null，息烽县作为 region 出现在事实中。项目名照文中写法（含企业名）：开工4个——山娃儿刺梨系列健康食品深加工基地建设项目（计划总投资1.2亿元）、西洋宏达年产20万吨磷石膏粉项目（3000万元）、兄弟联年产3000吨高性能环保电子显影材料项目（5600万元）、至锐工具五金工具系列制造项目（3000万元）；投产1个——大愚智水年产600万米psp钢塑复合压力管…项目（总投资0.5亿元，句中“投产项目1个,总投资0.5亿元”即该项目金额）。“西洋公司”（磷石膏废渣来源）与西洋宏达是否同一企业文中未说，列为可选公司。兄弟联、至锐的“预计可实现年产值”记为企业 target 事实；就业岗位数可选。",
  "lx01"),
 parks=[],
 companies=[
  comp("贵州山娃儿大健康产业发展有限公司", None, A2, note="息烽县开工项目业主"),
  comp("贵州西洋宏达科技有限公司", None, A3, note="息烽县开工项目业主"),
  comp("贵州兄弟联科技有限公司", None, A4, note="息烽县开工项目业主"),
  comp("贵阳至锐工具有限责任公司", None, A5, note="息烽县开工项目业主"),
  comp("贵州大愚智水智能科技有限公司", None, A6, note="息烽县投产项目业主"),
  comp("西洋公司", None, A3, opt=True, note="磷石膏废渣的来源企业；与西洋宏达的关系文中未说"),
 ],
 institutions=[],
 projects=[
  proj(P1, None, A2, companies=["贵州山娃儿大健康产业发展有限公司"], inv="计划总投资1.2亿元", status="开工", status_text="开工项目",
       note="将建4万平方米厂房及配套设施"),
  proj(P2, None, A3, companies=["贵州西洋宏达科技有限公司"], inv="计划总投资3000万元", status="开工", status_text="开工项目"),
  proj(P3, None, A4, companies=["贵州兄弟联科技有限公司"], inv="计划总投资5600万元", status="开工", status_text="开工项目"),
  proj(P4, None, A5, companies=["贵阳至锐工具有限责任公司"], inv="计划总投资3000万元", status="开工", status_text="开工项目"),
  proj(P5, None, A6, companies=["贵州大愚智水智能科技有限公司"], inv="总投资0.5亿元", status="投产", status_text="于今年8月建成,10月正式投产",
       note="“投产项目1个,总投资0.5亿元”即本项目"),
 ],
 aggregate_facts=[
  fact(XF, "region", "projects_started_or_in_production", 5, "count", A0, AS),
  fact(XF, "region", "projects_started_or_in_production_investment_cny", 2.86e8, "cny", A0, AS, chk=True),
  fact(XF, "region", "projects_started", 4, "count", A1, AS),
  fact(XF, "region", "projects_started_investment_cny", 2.36e8, "cny", A1, AS, chk=True),
  fact(XF, "region", "projects_in_production", 1, "count", "投产项目1个,总投资0.5亿元", AS),
  fact(XF, "region", "projects_in_production_investment_cny", 5e7, "cny", "投产项目1个,总投资0.5亿元", AS, chk=True),
  fact("贵州兄弟联科技有限公司", "company", "expected_annual_output_cny", 1.2e8, "cny", "达产后预计可实现年产值1.2亿元,提供75个就业岗位", "达产后（预期）", kind="target", chk=True),
  fact("贵州兄弟联科技有限公司", "company", "expected_jobs", 75, "count", "提供75个就业岗位", "达产后（预期）", kind="target", opt=True),
  fact("贵阳至锐工具有限责任公司", "company", "expected_annual_output_cny", 2.3e8, "cny", "投产后预计可实现年产值2.3亿元,提供90个就业岗位", "投产后（预期）", kind="target", chk=True),
  fact("贵阳至锐工具有限责任公司", "company", "expected_jobs", 90, "count", "提供90个就业岗位", "投产后（预期）", kind="target", opt=True),
  fact(P1, "project", "factory_floor_area_m2", 40000, "m2", "将建4万平方米的厂房和各类配套设施", "计划", kind="target", opt=True),
 ])
