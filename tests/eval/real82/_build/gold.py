# real82 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county, town or village is not a park). Status from the text's
# words (竣工 → 竣工; 开工 / 正式开工 → 开工; 签约 / 达成协议 / 签约投资兴建 → 签约; 规划建设 + 前期征迁 → planned; 投入试产 →
# status_alt 投产). “预计 / 可实现 / 达产后” figures are kind target; “截至…末” counts are reported; money already spent
# (“已完成投资”, “前后投入了”) is cumulative. Firms named as projects (yz01) are both a company and a project, as real52's
# zv01 海湾电气. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yzNN.raw as returned.

# ---------------------------------------------------------------- yz01 泰宁:7个项目竣(开)工 (泰宁县政府网 2010)
TN = "泰宁工业园区"
A0 = "当天,共有7个项目竣开工"
A1 = "其中,竣工的3个项目分别是大金鹏实业公司、金林木业公司、三晶光电公司,总投资1.65亿元,投产后预计年可实现工业产值1.83亿元,税收可达610万元"
A2 = "同时,泰宁县招商引资的金健食品公司、必诚彩印包装公司、木塑复合材料公司、丹霞名府等4个项目也正式开工,总投资超过2亿元"
A3 = "大金鹏实业有限公司是7个竣(开)工项目的第一个,项目总投资6000万元,占地99亩"
A4 = "泰宁三晶光电有限公司总投资6500万元"
A5 = "这7家项目的开工,对进一步壮大泰宁工业园区、提升产业发展水平、优化县域经济结构有重要的意义"
AS1 = "2010年11月5日"
G["yz01"] = dict(
 article=art("泰宁:7个项目竣(开)工", "泰宁县人民政府网站 www.fjtn.gov.cn（“重点建设项目·项目进展”栏；泰宁县委报道组 邱灿旺）", "2010-11-08", "day",
  "County government website, Fujian: a county's groundbreaking-and-completion ceremony at a forestry fair — three named firms' plants completed (total, expected output and tax), four named projects started (total), two firms' investment, output, tax and jobs, the county industrial park they strengthen",
  "http://www.fjtn.gov.cn/zwgk/zdxxgk/zdjsxm/xmjc/201011/t20101108_1031684.htm",
  "日期取页面“时间:2010-11-08 09:28”；文中“11月5日”为剪彩活动日。标题照录；时间行、署名行“泰宁县委报道组:邱灿旺”（记于 outlet）、“附件下载”“扫一扫…”已删。正文四段，完整。园区：泰宁工业园区（三明市泰宁县，福建）——只在末句“这7家项目的开工,对进一步壮大泰宁工业园区…有重要的意义”中出现；六个工业项目据此推定在园区内（note 注明）；“丹霞名府”从名称看不像工业项目，文中也未说在园区，park 记 null、可选。项目（文中以企业名作项目名）：大金鹏实业公司（即大金鹏实业有限公司，项目总投资6000万元）、金林木业公司、三晶光电公司（即泰宁三晶光电有限公司，总投资6500万元；2010年3月已投入试产，status_alt 投产）——竣工；金健食品公司、必诚彩印包装公司、木塑复合材料公司、丹霞名府——开工（4个合计“超过2亿元”，无单项金额）。公司同名另列。事实：全县当天7个项目竣开工、竣工3个合计1.65亿元及预计年产值1.83亿元、税收610万元（target）、开工4个合计超过2亿元，subject 记泰宁县（region，活动由县举行）；大金鹏占地99亩、达产后产值5000万元、税收210万元、就业500余人；三晶光电已完成投资4500万元（cumulative）、年内产值4350万元、创税130万元（target）、多晶硅3000吨、就业200余人。市、县领导不列。",
  "yz01"),
 parks=[
  park(TN, "三明", "福建", "工业园区", A5, district="泰宁县", note="只在末句出现；七个竣开工项目中的工业项目推定在园区内"),
 ],
 companies=[
  comp("大金鹏实业有限公司", TN, A3, aliases=["大金鹏实业公司"], note="竣工项目；园区由末句推定；竹地板等生产线"),
  comp("金林木业公司", TN, A1, note="竣工项目；园区由末句推定"),
  comp("泰宁三晶光电有限公司", TN, A4, aliases=["三晶光电公司"], note="竣工项目，2010年3月投入试产；园区由末句推定"),
  comp("金健食品公司", TN, A2, note="开工项目（招商引资）；园区由末句推定"),
  comp("必诚彩印包装公司", TN, A2, note="开工项目（招商引资）；园区由末句推定"),
  comp("木塑复合材料公司", TN, A2, opt=True, note="开工项目；名称只是产品名加“公司”，可能不是完整企业名"),
 ],
 projects=[
  proj("大金鹏实业公司", TN, A3, companies=["大金鹏实业有限公司"], inv="项目总投资6000万元", status="竣工", status_text="竣工",
       aliases=["大金鹏实业有限公司"], note="以企业名作项目名；竹地板、竹胶板、竹菜板及竹工艺板生产线；状态见“竣工的3个项目分别是大金鹏实业公司…”"),
  proj("金林木业公司", TN, A1, companies=["金林木业公司"], status="竣工", status_text="竣工", note="以企业名作项目名；无单项金额"),
  proj("三晶光电公司", TN, A4, companies=["泰宁三晶光电有限公司"], inv="总投资6500万元", status="竣工", status_text="竣工", status_alt="投产",
       aliases=["泰宁三晶光电有限公司"], note="以企业名作项目名；高纯硅；2010年3月份投入试产"),
  proj("金健食品公司", TN, A2, companies=["金健食品公司"], status="开工", status_text="正式开工", note="以企业名作项目名；4个开工项目合计超过2亿元"),
  proj("必诚彩印包装公司", TN, A2, companies=["必诚彩印包装公司"], status="开工", status_text="正式开工", note="同上"),
  proj("木塑复合材料公司", TN, A2, status="开工", status_text="正式开工", note="同上"),
  proj("丹霞名府", None, A2, status="开工", status_text="正式开工", opt=True, note="名称不像工业项目；文中未说在园区"),
 ],
 aggregate_facts=[
  fact("泰宁县", "region", "projects_started_or_completed", 7, "count", A0, AS1, note="竣工3个、开工4个"),
  fact("泰宁县", "region", "projects_completed", 3, "count", A1, AS1),
  fact("泰宁县", "region", "projects_completed_investment_cny", 1.65e8, "cny", A1, AS1, chk=True, note="竣工3个项目合计"),
  fact("泰宁县", "region", "expected_annual_output_cny", 1.83e8, "cny", "投产后预计年可实现工业产值1.83亿元,税收可达610万元", "投产后（预计）", kind="target", chk=True, note="竣工3个项目合计"),
  fact("泰宁县", "region", "expected_annual_tax_cny", 6.1e6, "cny", "税收可达610万元", "投产后（预计）", kind="target", chk=True, note="竣工3个项目合计"),
  fact("泰宁县", "region", "projects_started", 4, "count", A2, AS1),
  fact("泰宁县", "region", "projects_started_investment_cny", 2e8, "cny", "等4个项目也正式开工,总投资超过2亿元", AS1, qual="超", qtext="超过", chk=True),
  fact("大金鹏实业有限公司", "company", "site_area_mu", 99, "mu", A3, AS1, opt=True),
  fact("大金鹏实业有限公司", "company", "expected_annual_output_cny", 5e7, "cny", "预计可实现产值5000万元,税收210万元", "全面达产后（预计）", kind="target", chk=True),
  fact("大金鹏实业有限公司", "company", "expected_annual_tax_cny", 2.1e6, "cny", "税收210万元", "全面达产后（预计）", kind="target", chk=True),
  fact("大金鹏实业有限公司", "company", "jobs", 500, "count", "安排就业500余人", "全面达产后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("泰宁三晶光电有限公司", "company", "investment_completed_cny", 4.5e7, "cny", "目前已完成投资4500万元", "2010年11月", kind="cumulative", chk=True),
  fact("泰宁三晶光电有限公司", "company", "expected_annual_output_cny", 4.35e7, "cny", "实现产值4350万元,创税130万元", "2010年（预计）", kind="target", chk=True),
  fact("泰宁三晶光电有限公司", "company", "expected_annual_tax_cny", 1.3e6, "cny", "创税130万元", "2010年（预计）", kind="target", chk=True),
  fact("泰宁三晶光电有限公司", "company", "polysilicon_output_t", 3000, "t", "年内可生产多晶硅3000吨", "2010年（预计）", kind="target", opt=True),
  fact("泰宁三晶光电有限公司", "company", "jobs", 200, "count", "安排就业200余人", "2010年", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- yz02 信丰县工业园区 圣塔 signing (赣南日报 via 中国赣州网 2013)
XF = "信丰县工业园区"
XP = "4500t/d旋窑水泥生产线暨9MW余热发电站技改项目"
B0 = "近日,江西圣塔实业集团有限公司与信丰县工业园区管委会签约投资兴建4500t/d旋窑水泥生产线暨9MW余热发电站技改项目"
B1 = "据了解,该项目总投资为5.6亿元,其中固定资产投资5.1亿元"
AS2 = "2013年4月（签约）"
G["yz02"] = dict(
 article=art("（无标题）江西圣塔实业集团与信丰县工业园区管委会签约 4500t/d旋窑水泥生产线暨9MW余热发电站技改项目总投资5.6亿元",
  "赣南日报（李春梅），载于中国赣州网 www.gzjrw.com.cn", "2013-04-09", "day",
  "Prefecture daily on the city news portal, Jiangxi: a cement group signs with a county industrial park's management committee for a technical-renovation project — total and fixed-asset investment, expected sales of the project and the firm; the county's follow-on investment drive round its existing backbone firms",
  "http://www.gzjrw.com.cn/Item/157440.aspx",
  "日期取页面“发布时间:2013年04月09日”（“来源:中国赣州网-赣南日报”行已删）。存段无标题行（title 为编者概括）。正文三段，以“(李春梅)”结尾，完整。园区：信丰县工业园区（赣州市信丰县，江西）；其管委会列可选机构。公司：江西圣塔实业集团有限公司——与园区管委会签约，park 记信丰县工业园区；高飞数码、包钢新利稀土为该县“现有骨干企业”，文中未说在园区，可选、park null。项目：4500t/d旋窑水泥生产线暨9MW余热发电站技改项目——签约（“签约投资兴建”），总投资5.6亿元，其中固定资产投资5.1亿元（事实）。事实：项目固定资产投资5.1亿元；竣工投产达标后预计年销售收入6亿元（target）；公司年总销售收入12亿元以上（target，超）。",
  "yz02"),
 parks=[
  park(XF, "赣州", "江西", "工业园区", B0, district="信丰县", note="文中又作“园区”"),
 ],
 companies=[
  comp("江西圣塔实业集团有限公司", XF, B0, note="与信丰县工业园区管委会签约"),
  comp("高飞数码", None, "围绕高飞数码、包钢新利稀土等一批现有骨干企业招引一批“增链”“壮链”“补链”项目", opt=True, note="该县现有骨干企业；园区未说"),
  comp("包钢新利稀土", None, "围绕高飞数码、包钢新利稀土等一批现有骨干企业招引一批“增链”“壮链”“补链”项目", opt=True, note="同上"),
 ],
 institutions=[
  inst("信丰县工业园区管委会", B0, park=XF, note="签约方"),
 ],
 projects=[
  proj(XP, XF, B1, companies=["江西圣塔实业集团有限公司"], inv="总投资为5.6亿元", status="签约", status_text="签约投资兴建",
       note="名称见首句；主要生产经营硅酸盐水泥熟料；技改项目"),
 ],
 aggregate_facts=[
  fact(XP, "project", "fixed_asset_investment_cny", 5.1e8, "cny", "其中固定资产投资5.1亿元", AS2, chk=True),
  fact(XP, "project", "expected_annual_sales_cny", 6e8, "cny", "项目竣工投产达标后,预计年销售收入可达6亿元", "竣工投产达标后（预计）", kind="target", chk=True),
  fact("江西圣塔实业集团有限公司", "company", "expected_annual_sales_cny", 1.2e9, "cny", "公司年总销售收入可达12亿元以上", "项目投产达标后（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- yz03 闽清 坂东工业园 箱包专业园 (福州新闻网 2014)
BD = "坂东工业园"
XB = "箱包专业园"
BJ = "白金工业新城"
C0 = "闽清县决定在坂东镇坂东工业园内规划建设箱包专业园,形成产业集聚,提高县域经济竞争力"
C1 = "坂东工业园规划面积1平方公里,其中箱包专业园规划用地约350亩地,一期200亩"
C2 = "目前,该项目正在进行前期土地房屋征迁工作,预计2016年下半年建成投产"
C3 = "坂东工业园是白金工业新城的“三园”之一"
C4 = "规划面积12平方公里的白金工业新城,涵盖白中、金沙、白樟、坂东、池园等5个工业基础较好的乡镇"
C5 = "坂东人已发展了500多家箱包公司和箱包配件公司,从业人员5000多人,主要分布在广东、浙江等全国10多个省市,年产值60多亿元"
AS3 = "2014年1月"
G["yz03"] = dict(
 article=art("闽清上百箱包企业酝酿回“家” 预计2016年建成", "福州新闻网 news.fznews.com.cn（作者:张铁国）", "2014-01-11", "day",
  "City news portal, Fujian: a county plans a luggage park inside a town industrial park for returning home-town luggage firms — the park's area, the luggage park's land and first phase, land clearance under way and completion year, the town park's place in a county industrial new town",
  "http://news.fznews.com.cn/fzjj/2014-1-11/20141111WI6VK0dSS215029.shtml",
  "日期取页面“2014-01-11 21:48:13”；文中“记者11日…获悉”。标题照录；导航行与日期作者行已删。存段在末段“除此之外,该工业新城还将规划”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…倾力打造的工业新城。”，共六段。园区：坂东工业园（闽清县坂东镇，福州，福建；“白金工业新城的‘三园’之一”→parent 白金工业新城）；箱包专业园（规划建设于坂东工业园内，parent 坂东工业园；同时作为项目列出，状态 planned：“正在进行前期土地房屋征迁工作,预计2016年下半年建成投产”）；白金工业新城（规划面积12平方公里，涵盖5个乡镇，闽清县打造的工业新城，kind 记“工业新城”）。无具体企业名。事实：坂东工业园规划面积1平方公里；箱包专业园规划用地约350亩、一期200亩；白金工业新城规划面积12平方公里、涵盖5个乡镇（可选）；“坂东人”在外500多家箱包公司、从业人员5000多人（在外企业，非园区数字，可选）；其“年产值60多亿元”（“60多亿元”不是“数字+亿元”的形式，check_gold 不能核对金额）不列。",
  "yz03"),
 parks=[
  park(BD, "福州", "福建", "工业园", C0, district="闽清县", parent=BJ, note="位于坂东镇；白金工业新城“三园”之一"),
  park(XB, "福州", "福建", "产业园（箱包）", C0, district="闽清县", parent=BD, note="规划建设中，预计2016年下半年建成投产"),
  park(BJ, "福州", "福建", "工业新城", C4, district="闽清县", note="闽清县整合5个乡镇打造的工业新城；含坂东工业园等“三园”"),
 ],
 projects=[
  proj(XB, BD, C0, status="planned", status_text="规划建设；正在进行前期土地房屋征迁工作",
       note="园区开发项目；预计2016年下半年建成投产；规划用地约350亩，一期200亩；无金额"),
 ],
 aggregate_facts=[
  fact(BD, "park", "planned_area_km2", 1, "km2", C1, AS3),
  fact(XB, "park", "planned_land_mu", 350, "mu", C1, AS3, qual="约", qtext="约"),
  fact(XB, "park", "phase1_land_mu", 200, "mu", C1, AS3, opt=True),
  fact(BJ, "park", "planned_area_km2", 12, "km2", C4, AS3),
  fact(BJ, "park", "towns_covered", 5, "count", C4, AS3, opt=True),
  fact("坂东人", "region", "firms", 500, "count", C5, AS3, qual="余", qtext="多", opt=True, note="坂东人在外开办的箱包公司和箱包配件公司，不是园区数字"),
  fact("坂东人", "region", "employees", 5000, "count", C5, AS3, qual="余", qtext="多", opt=True, note="同上"),
 ])

# ---------------------------------------------------------------- yz04 修水 signings, 修水工业园太阳升项目区 (九江日报 2014)
XS = "修水工业园"
TYS = "太阳升项目区"
SL = "胶黏剂、环氧树脂、松香、固化剂、溶剂及相关化工原料生产及包装制造等项目"
D0 = "10月26日,修水县政府分别与湖南盐津铺子食品股份有限公司和湖南神力胶业集团有限公司签约"
D1 = "盐津铺子项目计划投资3亿元,其中江西盐津铺子食品股份有限公司投资1亿元,建设一个大型豆制品厂,一个炒货厂,共6条全自动生产线"
D2 = "江西盐津铺子农副产品初加工有限公司投资2亿元,将建设全国最大的休闲食品加工基地、休闲海产品加工基地及热带果加工基地,项目将于2015年建成投产,预计全面投产后可实现年销售收入7000万元"
D3 = "当天,修水县还与湖南神力胶业集团有限公司达成协议,预计投资2亿元在修水县投资建设含胶黏剂、环氧树脂、松香、固化剂、溶剂及相关化工原料生产及包装制造等项目"
D4 = "该项目落户于修水工业园太阳升项目区,用地面积约100亩,项目将分三期进行"
D5 = "项目预计总投资2亿元,预计全部投产后实现年产值2亿元以上,每年缴纳税收300万元以上"
AS4 = "2014年10月26日（签约）"
G["yz04"] = dict(
 article=art("（无标题）修水县与盐津铺子、神力胶业签约 神力胶业项目落户修水工业园太阳升项目区",
  "九江日报（修水讯，特约记者 朱修林），转载于 officebuynow.com（镜像页，原站未注明）", "2014-11-03", "day",
  "City daily item relayed on a mirror site, Jiangxi: a county government signs two investors — a snack-food group's project with the investment split between two subsidiaries and expected sales, and an adhesives group's chemical project landing in a project area of the county industrial park with land, expected output and tax",
  "http://officebuynow.com/html/.ztzlqyfc....xmtj201411t20141103_1127240.html",
  "存段无标题、无日期行（title 为编者概括）。日期由网址“t20141103”推定为2014-11-03（inferred；文中签约日为“10月26日”，年份由“项目将于2015年建成投产”及网址“201411”推定为2014年）。页面为镜像站（域名与内容无关），文字为简体、完整，以“(九江日报 修水讯 特约记者 朱修林)”结尾；正文两段。园区：修水工业园（九江市修水县，江西）；太阳升项目区（“修水工业园太阳升项目区”，parent 修水工业园，可选）。项目：盐津铺子项目——签约，计划投资3亿元（江西盐津铺子食品股份有限公司1亿元、江西盐津铺子农副产品初加工有限公司2亿元，记为公司投资事实）；文中只说在修水县，park null。神力胶业的“胶黏剂、环氧树脂、松香、固化剂、溶剂及相关化工原料生产及包装制造等项目”——签约（“达成协议”），项目预计总投资2亿元，落户修水工业园太阳升项目区（park 记修水工业园），用地约100亩、分三期。公司：湖南盐津铺子食品股份有限公司及其两家江西公司（park null，文中未说在园区）；湖南神力胶业集团有限公司（项目落户园区，park 记修水工业园，同 real52 zv07 对签约投资方的处理）。事实：两家江西公司各自投资额；农副产品初加工公司预计年销售收入7000万元（target）；神力项目用地约100亩（可选）、预计年产值2亿元以上、年税收300万元以上（target，超）。修水县政府列可选机构。",
  "yz04"),
 parks=[
  park(XS, "九江", "江西", "工业园", D4, district="修水县", note="文中作“修水工业园太阳升项目区”"),
  park(TYS, "九江", "江西", "项目区", D4, district="修水县", parent=XS, aliases=["修水工业园太阳升项目区"], opt=True,
       note="修水工业园内的项目区"),
 ],
 companies=[
  comp("湖南盐津铺子食品股份有限公司", None, D0, note="签约方；园区未说"),
  comp("江西盐津铺子食品股份有限公司", None, D1, note="投资1亿元建豆制品厂、炒货厂；园区未说"),
  comp("江西盐津铺子农副产品初加工有限公司", None, D2, note="投资2亿元；园区未说"),
  comp("湖南神力胶业集团有限公司", XS, D3, note="项目落户修水工业园太阳升项目区"),
 ],
 institutions=[
  inst("修水县政府", D0, note="签约方"),
 ],
 projects=[
  proj("盐津铺子项目", None, D1, companies=["湖南盐津铺子食品股份有限公司", "江西盐津铺子食品股份有限公司", "江西盐津铺子农副产品初加工有限公司"],
       inv="计划投资3亿元", status="签约", status_text="签约", note="只说在修水县；其中农副产品初加工部分“将于2015年建成投产”"),
  proj(SL, XS, D5, companies=["湖南神力胶业集团有限公司"], inv="项目预计总投资2亿元", status="签约", status_text="达成协议",
       note="名称取文中“含胶黏剂…等项目”；落户修水工业园太阳升项目区，分三期进行"),
 ],
 aggregate_facts=[
  fact("江西盐津铺子食品股份有限公司", "company", "investment_cny", 1e8, "cny", "其中江西盐津铺子食品股份有限公司投资1亿元", AS4, chk=True, note="盐津铺子项目的一部分"),
  fact("江西盐津铺子农副产品初加工有限公司", "company", "investment_cny", 2e8, "cny", "江西盐津铺子农副产品初加工有限公司投资2亿元", AS4, chk=True, note="盐津铺子项目的一部分"),
  fact("江西盐津铺子农副产品初加工有限公司", "company", "expected_annual_sales_cny", 7e7, "cny", "预计全面投产后可实现年销售收入7000万元", "全面投产后（预计）", kind="target", chk=True),
  fact(SL, "project", "site_area_mu", 100, "mu", D4, AS4, qual="约", qtext="约", opt=True),
  fact(SL, "project", "expected_annual_output_cny", 2e8, "cny", "预计全部投产后实现年产值2亿元以上", "全部投产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(SL, "project", "expected_annual_tax_cny", 3e6, "cny", "每年缴纳税收300万元以上", "全部投产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- yz05 永定工业园区 “一区三园” (sz.scxxb 2024)
YD = "永定工业园区"
GD = "南部光电信息产业园"
E0 = "10月18日,在永定工业园区光电信息产业园看到,一座座新建的厂房“拔地而起”,厂房内企业开足马力、加快生产"
E1 = "该园区位于永定城区西南方向,项目分三期建设,目前已全面竣工"
E2 = "“园区前后投入了近4亿元,实施路面硬化、绿化、亮化、景观建设等工程"
E4 = "奋力推动永定红石材循环经济产业园、南部光电信息产业园、文秀数字智造产业园建设,并进行统一管理,形成了“一区三园”发展格局"
E5 = "截至2023年末,入驻企业118家、总产值达102.37亿元、实现税收1.49亿元"
G["yz05"] = dict(
 article=art("龙岩市永定区 筑巢引凤 加速产业集聚", "sz.scxxb.com.cn 数字报手机版（报名与作者存段未示）", "2024-10-30", "day",
  "Newspaper e-edition, on Fujian: a district's industrial park with three sub-parks — the optoelectronics park visited (three phases completed, infrastructure spending, firms attracted), the park's firms, output and tax at the end of 2023, its honours and industrial chains",
  "http://sz.scxxb.com.cn/m/content/2024-10/30/020870.html",
  "日期取页面“2024年10月30日”；文中“10月18日”为采访日。标题照录；“等待处理…”与日期行已删。存段末段为引语（“将紧抓…强力推动园区高”），在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…建材循环经济产业链等产业链。”，共四段。永定原为县，2014年撤县设区（背景，文中未说）。园区：永定工业园区（龙岩市永定区，福建；“一区三园”）；三园：永定红石材循环经济产业园、南部光电信息产业园、文秀数字智造产业园（parent 永定工业园区）；第二段的“永定工业园区光电信息产业园”推定即“南部光电信息产业园”（位于城区西南），“光电信息产业园”列为其别名。项目：光电信息产业园建设（“项目分三期建设,目前已全面竣工”）列为可选项目，状态竣工。事实：光电信息产业园前后投入近4亿元（cumulative，约）、引进光电信息企业30多家（余）；永定工业园区截至2023年末入驻企业118家、总产值102.37亿元、税收1.49亿元。永定企业服务中心列可选机构。荣誉称号不计。",
  "yz05"),
 parks=[
  park(YD, "龙岩", "福建", "工业园区", E0, district="永定区", note="“一区三园”；文中又作“园区”"),
  park(GD, "龙岩", "福建", "产业园（光电信息）", E4, district="永定区", parent=YD, aliases=["光电信息产业园"],
       note="第二段作“永定工业园区光电信息产业园”，推定同一园区"),
  park("永定红石材循环经济产业园", "龙岩", "福建", "产业园（石材循环经济）", E4, district="永定区", parent=YD),
  park("文秀数字智造产业园", "龙岩", "福建", "产业园（数字智造）", E4, district="永定区", parent=YD),
 ],
 institutions=[
  inst("永定企业服务中心", "永定企业服务中心副主任林腾庆表示", note="副主任林腾庆介绍园区情况"),
 ],
 projects=[
  proj("光电信息产业园", YD, E1, status="竣工", status_text="目前已全面竣工", opt=True, note="园区建设项目，分三期；前后投入近4亿元（事实）"),
 ],
 aggregate_facts=[
  fact(GD, "park", "infrastructure_investment_cny", 4e8, "cny", E2, "2024年10月", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(GD, "park", "firms", 30, "count", "目前,引进光电信息企业30多家", "2024年10月", qual="余", qtext="多"),
  fact(YD, "park", "firms", 118, "count", E5, "2023年末"),
  fact(YD, "park", "output_cny", 1.0237e10, "cny", "总产值达102.37亿元", "2023年", chk=True),
  fact(YD, "park", "tax_cny", 1.49e8, "cny", "实现税收1.49亿元", "2023年", chk=True),
 ])

# ---------------------------------------------------------------- yz06 连江县专场暨福州马祖产业合作园区对接会 (福建省商务厅 fdi 2025)
FM = "福州马祖产业合作园区"
KM = "可门工业园区"
F0 = "6月3日,2025中国福州国际招商月连江县专场暨福州马祖产业合作园区对接会举办,立足两岸融合发展与连江县域重点产业链,达成项目签约成果14个,总投资85.5亿元"
F1 = "全面提速国家远洋渔业基地、福州现代物流城、可门工业园区、环马祖澳滨海旅游度假区等6个产业平台"
F2 = "同时,加快推进福州马祖产业合作园区建设,积极打造两地融合发展新格局"
F3 = "政校产学研合作专场签约贵安新城综合体项目、连江县人民政府福州大学专项合作、连江县人民政府福建商学院深度合作等3个项目,总投资55亿元"
F4 = "福马产业项目专场签约闽台文创版权产业体系项目、黄岐镇古石村“石韵新境”文旅新业态项目、泰源海工装备项目等11个项目,总投资30.5亿元"
AS6 = "2025年6月3日（签约）"
G["yz06"] = dict(
 article=art("（无标题）2025中国福州国际招商月连江县专场暨福州马祖产业合作园区对接会签约14个项目 总投资85.5亿元",
  "福建省商务厅外商投资网站 fdi.swt.fujian.gov.cn（原发媒体与署名存段未示）", "2025-06", "month",
  "Provincial commerce department's investment website, Fujian: a county investment fair combined with a cross-strait cooperation park's matchmaking — projects signed and total, two signing sessions with named projects and subtotals, the county's industrial platforms (an industrial park among them) and the cooperation park",
  "https://fdi.swt.fujian.gov.cn/show-23558.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“6月3日,2025中国福州国际招商月连江县专场…举办”，发布日不详，记 2025-06（month）。存段末段“据了解,2024年以来,福马产业合作园区先期已招引落地安捷海洋产业基地、福源渔捕捞加工一体化等11个项目,总投资36.85亿元,还通过…目前已签约台湾青年”为一句，在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…总投资30.5亿元。”，共四段；被删句中的园区简称、项目名与数字均不计。园区：福州马祖产业合作园区（福州市连江县，福建）；可门工业园区（连江县“6个产业平台”之一）；国家远洋渔业基地、福州现代物流城、环马祖澳滨海旅游度假区为同列的产业平台，可选。项目（均“签约”）：贵安新城综合体项目、闽台文创版权产业体系项目、黄岐镇古石村“石韵新境”文旅新业态项目、泰源海工装备项目；连江县人民政府与福州大学、福建商学院的两项合作为政校合作协议，列可选项目。各项目无单项金额；文中未说落在哪个园区（“福马产业项目”指福州—马祖产业合作项目，未说位于福州马祖产业合作园区；黄岐镇古石村项目在村里），park 均记 null。事实：签约14个、总投资85.5亿元，subject 记连江县（region；对接会为连江县专场）；两个专场的个数与金额可选。福州大学、福建商学院、连江县人民政府列可选机构。",
  "yz06"),
 parks=[
  park(FM, "福州", "福建", "产业合作园区", F2, district="连江县", note="对接会名称中亦出现；两岸（福州—马祖）产业合作园区"),
  park(KM, "福州", "福建", "工业园区", F1, district="连江县", note="连江县6个产业平台之一"),
  park("国家远洋渔业基地", "福州", "福建", "产业平台（远洋渔业基地）", F1, district="连江县", opt=True, note="产业平台之一"),
  park("福州现代物流城", "福州", "福建", "产业平台（物流城）", F1, district="连江县", opt=True, note="产业平台之一"),
  park("环马祖澳滨海旅游度假区", "福州", "福建", "旅游度假区", F1, district="连江县", opt=True, note="产业平台之一；旅游度假区"),
 ],
 institutions=[
  inst("连江县人民政府", F3, note="政校合作签约方"),
  inst("福州大学", F3, kind="university", note="与连江县人民政府签专项合作"),
  inst("福建商学院", F3, kind="university", note="与连江县人民政府签深度合作"),
 ],
 projects=[
  proj("贵安新城综合体项目", None, F3, status="签约", status_text="签约", note="政校产学研合作专场；园区未说"),
  proj("连江县人民政府福州大学专项合作", None, F3, status="签约", status_text="签约", opt=True, note="政校合作协议"),
  proj("连江县人民政府福建商学院深度合作", None, F3, status="签约", status_text="签约", opt=True, note="政校合作协议"),
  proj("闽台文创版权产业体系项目", None, F4, status="签约", status_text="签约", note="福马产业项目专场；园区未说"),
  proj("黄岐镇古石村“石韵新境”文旅新业态项目", None, F4, status="签约", status_text="签约", aliases=["“石韵新境”文旅新业态项目"],
       note="福马产业项目专场；位于黄岐镇古石村"),
  proj("泰源海工装备项目", None, F4, status="签约", status_text="签约", note="福马产业项目专场；园区未说"),
 ],
 aggregate_facts=[
  fact("连江县", "region", "projects_signed", 14, "count", F0, AS6, note="连江县专场暨福州马祖产业合作园区对接会"),
  fact("连江县", "region", "signed_investment_cny", 8.55e9, "cny", F0, AS6, chk=True),
  fact("连江县", "region", "projects_signed", 3, "count", F3, AS6, opt=True, note="政校产学研合作专场"),
  fact("连江县", "region", "signed_investment_cny", 5.5e9, "cny", "等3个项目,总投资55亿元", AS6, opt=True, chk=True, note="政校产学研合作专场"),
  fact("连江县", "region", "projects_signed", 11, "count", F4, AS6, opt=True, note="福马产业项目专场"),
  fact("连江县", "region", "signed_investment_cny", 3.05e9, "cny", "等11个项目,总投资30.5亿元", AS6, opt=True, chk=True, note="福马产业项目专场"),
 ])

# ---------------------------------------------------------------- yz07 湖口县 / 湖口高新技术产业园区 (江西日报 via yszc, 2025/2026)
HK = "湖口高新技术产业园区"
G0 = "湖口县将湖口高新技术产业园区作为工业发展的主阵地,园区企业聚集率达97%"
G4 = "工业营收连续2年突破千亿元,园区营收在江西省级开发区中排名第一、3家企业年营收超百亿元"
G["yz07"] = dict(
 article=art("（无标题）湖口县工业营收连续2年突破千亿元 湖口高新技术产业园区企业聚集率达97%", "江西日报（全媒体记者 胡萍、周亚婧；“大江新闻讯”），转载于 www.yszc.com.cn（存段未示站名与日期）",
  "2026 (inferred)", "year",
  "Provincial daily's county feature relayed on another site, Jiangxi: a county whose industry passed 100 bn yuan — above-scale firms, industrial revenue 2024 and 2025, the county high-tech park's rank among provincial zones and its share of firms",
  "https://www.yszc.com.cn/144763.html",
  "存段无标题、无日期行（title 为编者概括）。日期为推定：文中已有“2025年总量超1100亿元”的全年数，并以“‘十四五’以来”“未来五年”立意，应发表于2025年末或2026年初，记“2026 (inferred)”（year；也可能是2025年12月）。长篇报道只存开头：存段在“从2003年启动规划工业园区,到现在成为营收超千亿元的“排头兵”,20余”处中断，该段删去（make_txt.py ITEMS 截至上一段），正文截至“…提供了坚实支撑。”，含小标题“5年何以连跨5个百亿元台阶?”一行，共九段。园区：湖口高新技术产业园区（九江市湖口县，江西；文中又作“园区”）；其党工委列可选机构。无具体企业、项目名。事实：园区企业聚集率97%（ratio）；园区营收在江西省级开发区中排名第一（可选）；全县规模以上企业180余家；2024年工业营收突破千亿元（超，1000亿元）；2025年总量超1100亿元；3家企业年营收超百亿元（可选，subject 湖口县）。“工业营收”为全县数，subject 湖口县（region）。人口、面积不计。",
  "yz07"),
 parks=[
  park(HK, "九江", "江西", "高新技术产业园区", G0, district="湖口县", note="文中又作“园区”；全县工业主阵地"),
 ],
 institutions=[
  inst("湖口高新技术产业园区党工委", "湖口高新技术产业园区党工委副书记周维敏揭示了发展的内因", park=HK, note="副书记周维敏"),
 ],
 aggregate_facts=[
  fact(HK, "park", "firm_concentration_share", 0.97, "ratio", G0, "报道时（2025年末前后）", kind="ratio", note="园区企业聚集率（全县企业在园区的比例）"),
  fact(HK, "park", "revenue_rank_provincial_zones", 1, "rank", G4, "报道时（2025年末前后）", opt=True, note="园区营收在江西省级开发区中排名第一"),
  fact("湖口县", "region", "above_scale_firms", 180, "count", "目前,全县规模以上企业有180余家", "报道时（2025年末前后）", qual="余", qtext="余"),
  fact("湖口县", "region", "industrial_revenue_cny", 1e11, "cny", "2024年工业营收首次突破千亿元大关", "2024年", qual="超", qtext="突破"),
  fact("湖口县", "region", "industrial_revenue_cny", 1.1e11, "cny", "2025年总量超1100亿元", "2025年", qual="超", qtext="超", chk=True),
  fact("湖口县", "region", "firms_revenue_over_10bn", 3, "count", G4, "报道时（2025年末前后）", opt=True, note="3家企业年营收超百亿元"),
 ])
