# real64 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word); “达” is no qualifier. Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts.
# Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county
# is not a park). Status from the text's words (签约 / 成功签约 → 签约; 开工 / 集中开工 / 开工仪式 → 开工; 投产 → 投产;
# 竣工 / 竣工投用 → 竣工; 落地 / 落户 alone → no status). “预计” / “可实现” / “力争” figures are kind target; year-to-date
# counts (“今年以来”, “1~8月份”, “1到10月”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/yhNN.raw as returned.

# ---------------------------------------------------------------- yh01 建湖经济开发区 (建湖县人民政府办公室 via investchn 2021)
JH = "建湖经济开发区"
A0 = "今年以来,县经济开发区积极践行新发展理念,聚焦精准招商,着力提升项目质效"
A1 = "1~8月份,引进实施超亿元工业项目18个,其中超10亿元项目3个"
A2 = "8月21日,总投资50亿元的深圳拓野年产10GWh储能电池项目成功签约,这既是精准招商取得的重大突破,又是园区新能源产业最大单体投资项目,也是开发区提升产业规模层次的重大机遇"
A3 = "总投资30亿元的润阳高效晶硅电池项目从洽谈到开工建设只用了不到3个月时间,一期新建3.8万平方米厂房,12条高效晶硅电池生产线去年下半年投产,今年1~8月份已完成开票销售29亿元"
TY = "深圳拓野年产10GWh储能电池项目"
RY = "润阳高效晶硅电池项目"
AS1 = "2021年1–8月"
G["yh01"] = dict(
 article=art("坚持精准招商 提升项目质效", "建湖县人民政府办公室（来源），载于 investchn.com（中国投资指南“开发区新闻”栏，发布开发区:江苏建湖经济开发区）", "2021-09-18", "day",
  "County government office's news item relayed by an investment-promotion portal, Jiangsu: a county economic development zone's Jan–Aug investment drive — count of 100-million projects introduced, a named 5-billion battery project signed with its phase-1 land, equipment and expected sales and tax, a named 3-billion cell project in production with its Jan–Aug invoiced sales",
  "https://investchn.com/index.php/home/news/detail/id/207776.html",
  "日期取页面“发布时间:2021-09-18  来源:建湖县人民政府办公室  发布开发区:江苏建湖经济开发区”（该行与站名、导航、“上一条/下一条”链接已删）。标题照录，正文三段，完整（无截断）。园区：正文只作“县经济开发区”“该区”“园区”“开发区”，从未写出“建湖”；园区全名取自已删的页面行“发布开发区:江苏建湖经济开发区”，记为“建湖经济开发区”（盐城市建湖县，江苏），“县经济开发区”记作别名——这是本条最大的判断点（check_gold 会对园区名不在正文中给出 WARN）。项目：深圳拓野年产10GWh储能电池项目——8月21日“成功签约”→签约，总投资50亿元，“园区新能源产业最大单体投资项目”→在园；润阳高效晶硅电池项目——总投资30亿元，“12条…生产线去年下半年投产”→投产（一期），所在园区由段落语境（该区“确保在建项目快投产”）推定为开发区。公司“深圳拓野”“润阳”只出现在项目名中，列可选。事实：1~8月引进超亿元工业项目18个、其中超10亿元3个（cumulative）；拓野项目一期征地400亩、新投入设备约30亿元、建成后“可实现年开票销售200亿元、税收8亿元”（target，主体为项目）；润阳项目1~8月开票销售29亿元（cumulative，主体为项目）。",
  "yh01"),
 parks=[
  park(JH, "盐城", "江苏", "经济开发区", A0, district="建湖县", aliases=["县经济开发区"],
       note="正文只作“县经济开发区”“该区”“园区”“开发区”；全名取自已删的页面行“发布开发区:江苏建湖经济开发区”"),
 ],
 companies=[
  comp("深圳拓野", JH, A2, opt=True, note="只在项目名中"),
  comp("润阳", JH, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(TY, JH, A2, companies=["深圳拓野"], inv="总投资50亿元", status="签约", status_text="成功签约",
       note="2021年8月21日签约；“园区新能源产业最大单体投资项目”"),
  proj(RY, JH, A3, companies=["润阳"], inv="总投资30亿元", status="投产", status_text="去年下半年投产", phase="一期",
       note="一期12条生产线2020年下半年投产；园区由段落语境推定"),
 ],
 aggregate_facts=[
  fact(JH, "park", "projects_introduced", 18, "count", A1, AS1, kind="cumulative", note="超亿元工业项目"),
  fact(JH, "park", "projects_introduced_over_1bn", 3, "count", A1, AS1, kind="cumulative", opt=True, note="超10亿元项目"),
  fact(TY, "project", "phase1_land_mu", 400, "mu", "一期征地400亩", "2021年8月", opt=True),
  fact(TY, "project", "equipment_investment_cny", 3e9, "cny", "新投入设备约30亿元", "建设期（计划）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(TY, "project", "expected_annual_sales_cny", 2e10, "cny", "建成投产后,可实现年开票销售200亿元", "建成投产后（预期）", kind="target", chk=True),
  fact(TY, "project", "expected_annual_tax_cny", 8e8, "cny", "税收8亿元", "建成投产后（预期）", kind="target", chk=True),
  fact(RY, "project", "invoiced_sales_cny", 2.9e9, "cny", "今年1~8月份已完成开票销售29亿元", AS1, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- yh02 寿县 / 寿县经开区 (人民网-安徽频道 2024)
SX = "寿县经开区"
B0 = "特别是该县经开区建设不断刷新纪录,全年经开区新增注册企业441家、增长120.5%,引进亿元以上省外资金105亿元、增长33.1%,完成固定资产投资112亿元、增长65%以上,新增规上工业企业33家"
B1 = "总投资108亿元的远景零碳产业园、53.2亿元的安丰玻璃深加工、50亿元的新桥万洋众创城等重大项目相继落地"
B2 = "2023年共开展招商引资集中签约活动6次,新签约项目120个,新开工项目80个"
B3 = "全年预计固定资产投资、规上工业增加值均保持15%以上的增长率"
AS2 = "2023年"
G["yh02"] = dict(
 article=art("淮南寿县:聚精会神抓经济 一心一意谋发展", "人民网-安徽频道（王友唐；责编 黄艳、李阔）", "2024-01-04", "day",
  "Provincial channel of a national news portal, Anhui: a county's 2023 review — county growth expectations (kept as targets), signings and starts, three named projects landed with their investments, and the county economic development zone's year figures (new firms, out-of-province capital, fixed-asset investment, new above-scale firms) with growth rates",
  "http://ah.people.com.cn/n2/2024/0104/c374164-40703460.html",
  "日期取页面“2024年01月04日16:35 | 来源:人民网-安徽频道”（该行与“(责编:黄艳、李阔)”“分享让更多人看到”等已删）。标题照录。两行图片说明（“招商引资项目集中签约。寿县招商投资促进中心供图”“寿县重点招商引资企业——安徽达因汽车空调有限公司生产车间。梅竹供图”）在存段中夹在正文行间，照原样保留为段落（未删改）。正文完整，末尾署名“(王友唐)”在段内，保留。园区：文中只作“该县经开区”“经开区”（淮南市寿县，安徽），记为“寿县经开区”，别名“该县经开区”（check_gold 会对名称不在正文中给出 WARN）。项目：远景零碳产业园（总投资108亿元）、安丰玻璃深加工（53.2亿元）、新桥万洋众创城（50亿元）——“相继落地”，无状态；文中未说落在经开区，park 记 null（县）。公司：安徽达因汽车空调有限公司只见于图片说明（“寿县重点招商引资企业”），park null。事实：县级——集中签约活动6次、新签约项目120个、新开工项目80个（2023年，寿县 region）；“全年预计固定资产投资、规上工业增加值均保持15%以上的增长率”为两项 target（超 15%）；经开区——新增注册企业441家（增长120.5%）、引进亿元以上省外资金105亿元（增长33.1%）、固定资产投资112亿元（增长65%以上→超）、新增规上工业企业33家（2023年全年，reported）。全省位次（第16位、第19位）不计。",
  "yh02"),
 parks=[
  park(SX, "淮南", "安徽", "经济开发区", B0, district="寿县", aliases=["该县经开区"], note="文中只作“该县经开区”“经开区”"),
 ],
 companies=[
  comp("安徽达因汽车空调有限公司", None, "寿县重点招商引资企业——安徽达因汽车空调有限公司生产车间", note="只见于图片说明；文中未说所在园区"),
 ],
 projects=[
  proj("远景零碳产业园", None, B1, inv="总投资108亿元", note="“相继落地”，无状态；文中未说所在园区"),
  proj("安丰玻璃深加工", None, B1, inv="53.2亿元", note="同上"),
  proj("新桥万洋众创城", None, B1, inv="50亿元", note="同上"),
 ],
 aggregate_facts=[
  fact("寿县", "region", "signing_events", 6, "count", B2, AS2, opt=True),
  fact("寿县", "region", "projects_signed", 120, "count", B2, AS2),
  fact("寿县", "region", "projects_started", 80, "count", B2, AS2),
  fact("寿县", "region", "fixed_asset_investment_yoy_growth", 0.15, "ratio", B3, "2023年全年（预计）", kind="target", qual="超", qtext="以上"),
  fact("寿县", "region", "industrial_value_added_yoy_growth", 0.15, "ratio", B3, "2023年全年（预计）", kind="target", qual="超", qtext="以上"),
  fact(SX, "park", "new_registered_firms", 441, "count", B0, AS2),
  fact(SX, "park", "new_registered_firms_yoy_growth", 1.205, "ratio", "全年经开区新增注册企业441家、增长120.5%", AS2, kind="ratio"),
  fact(SX, "park", "out_of_province_capital_cny", 1.05e10, "cny", "引进亿元以上省外资金105亿元、增长33.1%", AS2, chk=True),
  fact(SX, "park", "out_of_province_capital_yoy_growth", 0.331, "ratio", "引进亿元以上省外资金105亿元、增长33.1%", AS2, kind="ratio"),
  fact(SX, "park", "fixed_asset_investment_cny", 1.12e10, "cny", "完成固定资产投资112亿元、增长65%以上", AS2, chk=True),
  fact(SX, "park", "fixed_asset_investment_yoy_growth", 0.65, "ratio", "完成固定资产投资112亿元、增长65%以上", AS2, kind="ratio", qual="超", qtext="以上"),
  fact(SX, "park", "new_above_scale_firms", 33, "count", "新增规上工业企业33家", AS2),
 ])

# ---------------------------------------------------------------- yh03 长三角(湖州)产业合作区 (管委会 on 新华网浙江 2024)
CH = "长三角(湖州)产业合作区"
C0 = "1128,长三角(湖州)产业合作区(以下简称:长合区)重点项目集中开竣工暨浙江杭轴科技项目开工仪式在浙江省湖州市安吉县人本杭轴项目建设工地举行"
C1 = "据了解,次集中开竣工项目共计22个,总投资148.3亿元"
C2 = "其中新开工项目12个,共计投资93.7亿元新竣工项目10共计投资54.6亿元"
C3 = "开工项目中,浙江杭轴科技有限公司项目年产4200万套低噪音、长寿命、高精密汽车轴承,是人本集团有限公司在长合区建设精密轴承生产基地的首期项目,投资规模达10.2亿元"
C4 = "竣工项目中,广东兴发铝业有限公司投资建设兴发高品质铝型材数字化工厂项目,总投资29.5亿元竣工投用后将形成年加工销售各类新型铝合金新材料约24.91万吨生产能力,可实现年产值28亿元,利润1.8亿元,税收1.2亿元"
XF = "兴发高品质铝型材数字化工厂项目"
AS3 = "2024年11月28日（集中开竣工）"
G["yh03"] = dict(
 article=art("长三角(湖州)产业合作区22个项目集中开竣工 总投资148.3亿元", "新华网浙江频道（zj.xinhuanet.com；来源:长三角(湖州)产业合作区管委会）", "2024-11-28", "day",
  "Provincial channel of the national news agency's site carrying a zone administration's release, Zhejiang: a cross-county cooperation zone's joint start and completion of 22 projects — totals for started and completed, one named project started (with its investor group and investment), one named project completed with investment and expected output, profit and tax, the zone's two lead industries",
  "http://www.zj.xinhuanet.com/20241128/3a7ebeb62e244c55806c98f604b5ef9e/c.html",
  "日期取页面“2024 11/28 17:22:48”与网址 20241128；来源行“来源:长三角(湖州)产业合作区管委会”与“字体:”已删。标题照录。正文照录，含原文错漏：首句“1128,”（应为11月28日）、“次集中开竣工项目”（缺“此”）、“共计投资93.7亿元新竣工项目10共计投资54.6亿元”（缺标点与“个”）、“基础设施类项目占比10%”后无句号，均不改。**截断**：存段在末段“…力争全年完成规上工业总产值476亿元、同比增”处中断，该句（“同时,将继续紧盯…同比增”）整句删去（make_txt.py LINE_SUFFIX），正文截至“…着力攻坚链主型企业和龙头企业。”——因此476亿元的全年目标不在正文中，不计。园区：长三角(湖州)产业合作区，简称“长合区”（湖州市，浙江；仪式在安吉县，但文中未说合作区的辖县，district 记 null）。项目：浙江杭轴科技有限公司项目（又作“浙江杭轴科技项目”“人本杭轴项目”；开工，首期，“投资规模达10.2亿元”，“达”不作限定词）；兴发高品质铝型材数字化工厂项目（竣工项目，总投资29.5亿元，广东兴发铝业有限公司投资）。公司：浙江杭轴科技有限公司、人本集团有限公司（“在长合区建设精密轴承生产基地”）、广东兴发铝业有限公司，均在长合区。事实：22个、148.3亿元；新开工12个、93.7亿元；新竣工10个、54.6亿元；产业项目占比90%、基础设施10%（可选）；兴发项目竣工投用后“可实现年产值28亿元,利润1.8亿元,税收1.2亿元”（target，主体为项目）。",
  "yh03"),
 parks=[
  park(CH, "湖州", "浙江", "产业合作区", C0, aliases=["长合区"], note="文中简称“长合区”；仪式在安吉县，辖县文中未说"),
 ],
 companies=[
  comp("浙江杭轴科技有限公司", CH, C3, aliases=["浙江杭轴科技"]),
  comp("人本集团有限公司", CH, C3, note="在长合区建设精密轴承生产基地；杭轴为其首期项目"),
  comp("广东兴发铝业有限公司", CH, C4, note="投资建设兴发高品质铝型材数字化工厂项目"),
 ],
 projects=[
  proj("浙江杭轴科技有限公司项目", CH, C3, companies=["浙江杭轴科技有限公司", "人本集团有限公司"], inv="投资规模达10.2亿元",
       status="开工", status_text="开工项目", phase="首期", aliases=["浙江杭轴科技项目", "人本杭轴项目"],
       note="人本集团精密轴承生产基地首期；年产4200万套汽车轴承；“达”不作限定词"),
  proj(XF, CH, C4, companies=["广东兴发铝业有限公司"], inv="总投资29.5亿元", status="竣工", status_text="竣工项目",
       note="竣工投用后年加工销售新型铝合金新材料约24.91万吨"),
 ],
 aggregate_facts=[
  fact(CH, "park", "projects_started_completed", 22, "count", C1, AS3),
  fact(CH, "park", "projects_started_completed_investment_cny", 1.483e10, "cny", C1, AS3, chk=True),
  fact(CH, "park", "projects_started", 12, "count", C2, AS3),
  fact(CH, "park", "projects_started_investment_cny", 9.37e9, "cny", "共计投资93.7亿元", AS3, chk=True),
  fact(CH, "park", "projects_completed", 10, "count", C2, AS3),
  fact(CH, "park", "projects_completed_investment_cny", 5.46e9, "cny", "共计投资54.6亿元", AS3, chk=True),
  fact(CH, "park", "industrial_projects_share", 0.90, "ratio", "产业项目占比90%", AS3, kind="ratio", opt=True),
  fact(CH, "park", "infrastructure_projects_share", 0.10, "ratio", "基础设施类项目占比10%", AS3, kind="ratio", opt=True),
  fact(XF, "project", "expected_annual_output_cny", 2.8e9, "cny", "可实现年产值28亿元", "竣工投用后（预期）", kind="target", chk=True),
  fact(XF, "project", "expected_annual_profit_cny", 1.8e8, "cny", "利润1.8亿元", "竣工投用后（预期）", kind="target", chk=True),
  fact(XF, "project", "expected_annual_tax_cny", 1.2e8, "cny", "税收1.2亿元", "竣工投用后（预期）", kind="target", chk=True),
  fact(XF, "project", "capacity_10k_t", 24.91, "10k_t", C4, "竣工投用后（预期）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yh04 天台10个重大项目集中开工 (浙江日报 2021)
D0 = "本次参加集中开工活动的10个重大项目,总投资53.68亿元,包括艾普科年产7000平方米航空模具生产线项目、苍山产业集聚区二期基础设施项目、浙江恒泽环境科技有限公司年产2000万平方米无纺布生产线项目、天台碧海环保产业用布有限公司年产100万平方米针刺无纺布生产线技改项目等"
D1 = "天台总部经济大楼项目总投资11.8亿元,占地21亩,建成后将成为天台城市形象新地标"
D2 = "6月29日上午,始丰湖畔,彩旗飘飘,在一片振奋人心的工程车鸣笛声中,天台县重大项目集中开工暨总部经济大楼项目开工仪式举行"
CS = "苍山产业集聚区"
AS4 = "2021年6月29日（集中开工）"
G["yh04"] = dict(
 article=art("天台10个重大项目集中开工", "浙江日报（记者 杨群 共享联盟天台站 李兆葵），数字报 zjrb.zjol.com.cn 第00009版要闻", "2021-06-30", "day",
  "Provincial party daily's short dispatch, Zhejiang: a county's joint start of ten major projects — the county's total, one named headquarters building with investment, four named industrial and park-infrastructure projects including an industrial cluster zone's phase-2 infrastructure",
  "http://zjrb.zjol.com.cn/html/2021-06/30/content_3451347.htm?div=-1",
  "日期取版面行“2021-06-30 … 2021年06月30日 星期三”（文中“6月29日上午”为开工日）。“浙江日报 数字报纸”“00009版:要闻”与末尾版面行已删。标题照录，正文三段，完整；292字，略短于300字（短讯）。园区：只有“苍山产业集聚区”出现在项目名“苍山产业集聚区二期基础设施项目”中（台州市天台县，浙江），列为可选园区。项目：天台总部经济大楼项目（总投资11.8亿元，开工仪式→开工；园区未说，null）；艾普科年产7000平方米航空模具生产线项目、浙江恒泽环境科技有限公司年产2000万平方米无纺布生产线项目、天台碧海环保产业用布有限公司年产100万平方米针刺无纺布生产线技改项目（开工，园区未说，null）；苍山产业集聚区二期基础设施项目（开工；园区自身的基础设施项目，park 记苍山产业集聚区，phase 二期）。公司：浙江恒泽环境科技有限公司、天台碧海环保产业用布有限公司（park null）；“艾普科”只在项目名中（可选）。事实：天台县10个项目、总投资53.68亿元（region）；总部大楼占地21亩（可选，项目）。本条几乎没有园区——用来检验系统不给县里的项目硬配园区。",
  "yh04"),
 parks=[
  park(CS, "台州", "浙江", "产业集聚区", D0, district="天台县", opt=True, note="只在项目名“苍山产业集聚区二期基础设施项目”中"),
 ],
 companies=[
  comp("浙江恒泽环境科技有限公司", None, D0, note="文中未说所在园区"),
  comp("天台碧海环保产业用布有限公司", None, D0, note="文中未说所在园区"),
  comp("艾普科", None, D0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("天台总部经济大楼项目", None, D1, inv="总投资11.8亿元", status="开工", status_text="开工仪式", aliases=["总部经济大楼项目"]),
  proj("艾普科年产7000平方米航空模具生产线项目", None, D0, companies=["艾普科"], status="开工", status_text="参加集中开工活动"),
  proj("苍山产业集聚区二期基础设施项目", CS, D0, phase="二期", status="开工", status_text="参加集中开工活动",
       note="园区自身的基础设施项目；park 由项目名给出"),
  proj("浙江恒泽环境科技有限公司年产2000万平方米无纺布生产线项目", None, D0, companies=["浙江恒泽环境科技有限公司"], status="开工", status_text="参加集中开工活动"),
  proj("天台碧海环保产业用布有限公司年产100万平方米针刺无纺布生产线技改项目", None, D0, companies=["天台碧海环保产业用布有限公司"], status="开工", status_text="参加集中开工活动"),
 ],
 aggregate_facts=[
  fact("天台县", "region", "projects_started", 10, "count", D0, AS4),
  fact("天台县", "region", "projects_started_investment_cny", 5.368e9, "cny", D0, AS4, chk=True),
  fact("天台总部经济大楼项目", "project", "site_area_mu", 21, "mu", D1, AS4, opt=True),
 ])

# ---------------------------------------------------------------- yh05 东海经济开发区 / 东海高新区 (现代快报 2020)
DK = "东海经济开发区"
DG = "东海高新区"
E0 = "日前,由香港铂奥威投资控股集团有限公司计划投资8亿元的动力方形电芯电池项目等8个总投资59亿元的项目分别在连云港市东海经济开发区和东海高新区进行了项目集中签约"
E1 = "1到10月,该县已新增签约过亿元项目113个,计划总投资541.05亿元;其中外资项目4个,总投资1.55亿美元"
AS5 = "2020年11月（集中签约）"
G["yh05"] = dict(
 article=art("（无标题）东海经济开发区和东海高新区8个项目集中签约 总投资59亿元", "现代快报（dz.xdkb.net 数字报；署名 王晓宇 张开虎）", "2020-11-25", "day",
  "Provincial metropolitan daily's short item, Jiangsu: a county's two zones hold a joint signing of eight projects — one named battery project with its Hong Kong investor and planned investment, the total, and the county's January–October signing count and planned investment",
  "http://dz.xdkb.net/html/2020-11/25/content_543130.htm",
  "日期取网址 html/2020-11/25（数字报版面日期）。存段无标题、无版面行（title 为编者概括）。正文三段，完整；末尾署名“王晓宇 张开虎”在段内，保留。园区：东海经济开发区、东海高新区（连云港市东海县，江苏）。项目：动力方形电芯电池项目——香港铂奥威投资控股集团有限公司“计划投资8亿元”，集中签约→签约；8个项目“分别在”两个园区签约，本项目在哪一个文中未说，park 记 null（note 注明在二者之一）。公司：香港铂奥威投资控股集团有限公司（可选，park null，理由同上）。事实：8个项目、59亿元（主体记“东海经济开发区、东海高新区”，region）；东海县1到10月新增签约过亿元项目113个、计划总投资541.05亿元（cumulative）；其中外资项目4个、总投资1.55亿美元（可选）。",
  "yh05"),
 parks=[
  park(DK, "连云港", "江苏", "经济开发区", E0, district="东海县"),
  park(DG, "连云港", "江苏", "高新区", E0, district="东海县"),
 ],
 companies=[
  comp("香港铂奥威投资控股集团有限公司", None, E0, opt=True, note="项目在东海经济开发区或东海高新区之一，文中未说哪一个"),
 ],
 projects=[
  proj("动力方形电芯电池项目", None, E0, companies=["香港铂奥威投资控股集团有限公司"], inv="计划投资8亿元", status="签约", status_text="集中签约",
       note="8个项目“分别在”东海经济开发区和东海高新区签约；本项目在哪一个文中未说"),
 ],
 aggregate_facts=[
  fact("东海经济开发区、东海高新区", "region", "projects_signed", 8, "count", E0, AS5, note="两园区合计"),
  fact("东海经济开发区、东海高新区", "region", "signed_investment_cny", 5.9e9, "cny", "8个总投资59亿元的项目", AS5, chk=True, note="两园区合计"),
  fact("东海县", "region", "projects_signed", 113, "count", E1, "2020年1–10月", kind="cumulative", note="过亿元项目"),
  fact("东海县", "region", "signed_investment_cny", 5.4105e10, "cny", "计划总投资541.05亿元", "2020年1–10月", kind="cumulative", chk=True),
  fact("东海县", "region", "foreign_projects_signed", 4, "count", "其中外资项目4个,总投资1.55亿美元", "2020年1–10月", kind="cumulative", opt=True),
  fact("东海县", "region", "foreign_projects_investment_usd", 1.55e8, "usd", "其中外资项目4个,总投资1.55亿美元", "2020年1–10月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yh06 合庐产业新城 (安徽财经网 2021)
HL = "合庐产业新城"
F0 = "12月31日上午,中昊港创·合庐智造产业园开工典礼暨合庐产业新城重点产业项目开工仪式在庐江县郭河镇隆重举行"
F1 = "本次集中开工的重点项目分别为中昊港创·合庐智造产业园、合庐G60科创产业园、亿力机械智能搬运工业车辆项目、易安机电新能源结构件项目、春荣锂电池动力源钣金件项目、新思路移动视觉机器人项目、龙兴装配式钢结构及智能车库系统项目、同耀汽车配件及车载气瓶项目和精瑞汽车零部件项目"
F2 = "中昊港创产业集团总裁汪俊代表开工企业表示,合庐产业新城位于合肥市主城区与庐江县城之间的中心位置"
ST = dict(status="开工", status_text="集中开工")
G["yh06"] = dict(
 article=art("合庐产业新城2021年重点产业项目集中开工仪式在庐江县郭河镇举行", "安徽财经网（市场星报；编辑 操丽纯；www.ahcaijing.com）", "2021-12-31", "day",
  "Provincial business news site, Anhui: a county industrial new town's year-end groundbreaking — nine named projects started (two park developments and seven firms' plant projects), the developer group's remarks on the zone's location",
  "http://www.ahcaijing.com/html/2021/hefei_1231/283203.html",
  "日期取页面“2021-12-31 16:23:16 来源:安徽财经网   编辑:操丽纯”（该行、面包屑与版权声明已删）。标题照录。**截断**：存段末行“据了解,此次集中开工的9个”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…为庐江经济社会发展贡献力量。”，共三段——因此“9个”这一数目和项目金额不在正文中，不计事实。园区：合庐产业新城（合肥市庐江县郭河镇一带，安徽；kind 产业新城）。项目：九个“集中开工的重点项目”全部→开工，park 记合庐产业新城（仪式名“合庐产业新城重点产业项目开工仪式”）；无金额。中昊港创·合庐智造产业园与合庐G60科创产业园本身是园区开发项目，另列为可选园区（parent 合庐产业新城）。公司：中昊港创产业集团（“代表开工企业”，合庐智造产业园的开发方；park 合庐产业新城）。亿力机械、易安机电等只在项目名中，不另列公司。“台创园”只作为出席单位之一出现（庐江台湾农民创业园，文中无全称），列可选园区，无 parent。县领导、县直部门不列。",
  "yh06"),
 parks=[
  park(HL, "合肥", "安徽", "产业新城", F0, district="庐江县", note="位于合肥市主城区与庐江县城之间；仪式在郭河镇"),
  park("中昊港创·合庐智造产业园", "合肥", "安徽", "产业园", F0, district="庐江县", parent=HL, opt=True, note="开工的园区开发项目"),
  park("合庐G60科创产业园", "合肥", "安徽", "产业园", F1, district="庐江县", parent=HL, opt=True, note="开工的园区开发项目"),
  park("台创园", "合肥", "安徽", "农业园（推定）", "县投促中心、县工投公司、台创园、郭河镇、同大镇主要负责人出席开工仪式", district="庐江县", opt=True,
       note="只作为出席单位出现；全称文中未写"),
 ],
 companies=[
  comp("中昊港创产业集团", HL, F2, note="代表开工企业发言；合庐智造产业园开发方（由名称推定）"),
 ],
 projects=[
  proj("中昊港创·合庐智造产业园", HL, F1, companies=["中昊港创产业集团"], note="开工典礼与本次集中开工同时举行", **ST),
  proj("合庐G60科创产业园", HL, F1, **ST),
  proj("亿力机械智能搬运工业车辆项目", HL, F1, **ST),
  proj("易安机电新能源结构件项目", HL, F1, **ST),
  proj("春荣锂电池动力源钣金件项目", HL, F1, **ST),
  proj("新思路移动视觉机器人项目", HL, F1, **ST),
  proj("龙兴装配式钢结构及智能车库系统项目", HL, F1, **ST),
  proj("同耀汽车配件及车载气瓶项目", HL, F1, **ST),
  proj("精瑞汽车零部件项目", HL, F1, **ST),
 ],
 aggregate_facts=[],
 )
