# real364 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all six items simplified script as published, ASCII commas as the
# stored copies have them); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county
# or town is not a park). Status from the text's words (正在建设 → 在建; 落地 / 落户 alone, 列入重大项目 → no status).
# Targets (“到2025年…突破”, “力争”) are kind target; “截至…底”, “累计”, “今年以来” figures are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/oyNN.raw as returned.

# ---------------------------------------------------------------- oy01 鹰潭(余江)眼镜产业园 (2013)
YJ = "鹰潭(余江)眼镜产业园"
A0 = "2012年底,鹰潭(余江)眼镜产业园被评为国家外贸转型升级专业型示范基地"
A1 = "并成功争取到50亩用地指标及50万元项目补助"
A2 = "鹰潭市农副产品及冷链物流市场、华德3D眼镜扩园2个项目已列入全省扩大开放型经济重大项目,省国土厅已预审通过540亩用地指标"
AS1 = "2013年（“今年以来”）"
G["oy01"] = dict(
 article=art("（无标题）鹰潭(余江)眼镜产业园以国家外贸转型升级专业型示范基地为平台争取用地指标和项目资金", "danyangglasses.com（丹阳眼镜网论坛转帖；帖末注“来源:上饶人民政府网”，原发单位与署名未注明）", "2013", "year",
  "Industry forum relaying a local government news item, Jiangxi: a county eyewear industrial park after its national export-upgrading designation — land quota and subsidy won, platforms applied for, two projects listed as provincial major projects with land pre-approved",
  "https://www.danyangglasses.com/thread-10057-1-1.html",
  "存段无标题、无日期行（title 为编者概括）。年份由文中“2012年底…被评为…今年以来”推定为2013年（year）。帖末“来源:上饶人民政府网 |”及表格竖线行已删；正文两段，完整。园区：鹰潭(余江)眼镜产业园（鹰潭市余江县，江西；文中又作“该园区”）。“江西省小微企业创业园”“江西省中小企业公共服务示范平台”“省创业孵化基地”为园区申报的称号，不另列园区。项目：鹰潭市农副产品及冷链物流市场、华德3D眼镜扩园（“已列入全省扩大开放型经济重大项目”，无开工/签约字样，status 空；园区推定为眼镜产业园，扩园项目明确，冷链物流市场由语境推定）。事实：争取到50亩用地指标、50万元项目补助；两项目用地指标540亩已获预审。",
  "oy01"),
 parks=[
  park(YJ, "鹰潭", "江西", "产业园（眼镜）", A0, district="余江县", note="国家外贸转型升级专业型示范基地（2012年底）；文中又作“该园区”"),
 ],
 companies=[
  comp("华德3D眼镜", YJ, A2, opt=True, note="只在项目名“华德3D眼镜扩园”中"),
 ],
 institutions=[
  inst("省国土厅", A2, note="预审用地指标"),
 ],
 projects=[
  proj("鹰潭市农副产品及冷链物流市场", YJ, A2, status_text="已列入全省扩大开放型经济重大项目", note="园区由语境推定（该园区包装的项目）"),
  proj("华德3D眼镜扩园", YJ, A2, companies=["华德3D眼镜"], status_text="已列入全省扩大开放型经济重大项目", note="眼镜产业园扩园项目"),
 ],
 aggregate_facts=[
  fact(YJ, "park", "land_quota_won_mu", 50, "mu", A1, AS1, kind="cumulative", opt=True),
  fact(YJ, "park", "project_subsidy_cny", 5e5, "cny", A1, AS1, kind="cumulative", chk=True, opt=True),
  fact(YJ, "park", "land_pre_approved_mu", 540, "mu", A2, AS1, note="两个重大项目的用地指标，省国土厅预审通过"),
 ])

# ---------------------------------------------------------------- oy02 赣州高新技术产业开发区 (2015)
GZ = "赣州高新技术产业开发区"
B0 = "11月4日,在位于赣州高新技术产业开发区的江西红旗电缆有限公司厂区,工人正将成捆的电线电缆装运上车"
B1 = "所涉及的企业有113家,约占区内企业总数的一半,今年前三季度,三大产业实现主营业务收入152亿元、利税总额11亿元,分别占规模以上工业企业总量的73%和69%"
B2 = "今年美国米诺公司投资的led装饰照片产品项目、江苏合成输变电设备有限公司投资的成套电气设备生产项目已经落地"
B3 = "现场签约项目2个,总投资额约6.1亿元"
ASQ = "2015年前三季度"
G["oy02"] = dict(
 article=art("（无标题）赣州高新技术产业开发区三大产业集群前三季度主营业务收入152亿元", "guojiw.cn（“国内”栏转载；原发媒体与署名存段未示）", "2015-11-20", "day",
  "News relay site, Jiangxi: a county's high-tech zone — a cable maker's year-to-date sales, the zone's three industrial clusters with firm count, nine-month revenue and profit-tax and their shares, the county's landed projects and a signing total",
  "http://guojiw.cn/a/guona/2015/1120/27499.html",
  "日期取网址 2015/1120（文中“11月4日”为采访日）。存段无标题（title 为编者概括）。末行所附转载站免责声明“(此文不代表本网站观点…不承担连带责任。) |”已删（make_txt.py LINE_SUFFIX），正文三段，完整。园区：赣州高新技术产业开发区（位于赣州市赣县，江西；文中又作“区内”）。公司：江西红旗电缆有限公司（在园）；美国米诺公司、江苏合成输变电设备有限公司为“该县”落地项目的投资方，园区未说（park null）。项目：led装饰照片产品项目、成套电气设备生产项目（“已经落地”，无开工/投产字样，status 空；只说在赣县，park null）。事实：红旗电缆今年以来销售额约1.5亿元（cumulative）；三大产业集群企业113家、前三季度主营业务收入152亿元、利税总额11亿元（cumulative）及占规上工业比重73%、69%（ratio）；赣县在深圳推介会现场签约2个项目、约6.1亿元（region）；“计划到2018年将其培育成百亿元产业集群”为目标，不计数值。",
  "oy02"),
 parks=[
  park(GZ, "赣州", "江西", "高新技术产业开发区", B0, district="赣县", note="文中又作“区内”；赣县的园区"),
 ],
 companies=[
  comp("江西红旗电缆有限公司", GZ, B0),
  comp("美国米诺公司", None, B2, opt=True, note="赣县落地项目的投资方；园区未说"),
  comp("江苏合成输变电设备有限公司", None, B2, opt=True, note="赣县落地项目的投资方；园区未说"),
 ],
 projects=[
  proj("led装饰照片产品项目", None, B2, companies=["美国米诺公司"], status_text="已经落地", note="只说在赣县（县不是园区）"),
  proj("成套电气设备生产项目", None, B2, companies=["江苏合成输变电设备有限公司"], status_text="已经落地", note="只说在赣县"),
 ],
 aggregate_facts=[
  fact("江西红旗电缆有限公司", "company", "sales_cny", 1.5e8, "cny", "截至目前销售额约为1.5亿元", "2015年1月至11月初", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(GZ, "park", "cluster_firms", 113, "count", B1, "2015年11月", note="稀土和钨深加工、生物食品、装备制造三大产业集群所涉企业，约占区内企业总数一半"),
  fact(GZ, "park", "cluster_main_business_revenue_cny", 1.52e10, "cny", "今年前三季度,三大产业实现主营业务收入152亿元、利税总额11亿元", ASQ, kind="cumulative", chk=True),
  fact(GZ, "park", "cluster_profit_tax_cny", 1.1e9, "cny", "利税总额11亿元", ASQ, kind="cumulative", chk=True),
  fact(GZ, "park", "cluster_revenue_share", 0.73, "ratio", B1, ASQ, kind="ratio", opt=True, note="占规模以上工业企业总量"),
  fact(GZ, "park", "cluster_profit_tax_share", 0.69, "ratio", B1, ASQ, kind="ratio", opt=True),
  fact("赣县", "region", "projects_signed", 2, "count", B3, "2015年（深圳招商推介会）", opt=True),
  fact("赣县", "region", "signed_investment_cny", 6.1e8, "cny", B3, "2015年（深圳招商推介会）", qual="约", qtext="约", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- oy03 新余高新区 (新余新闻网 2017)
XY = "新余高新技术产业开发区"
C0 = "它就是位于城东的新余市高新技术经济开发区(2010年11月,经国务院批准升级为国家级高新区时更名为新余高新技术产业开发区)"
C1 = "还有赛维、赣锋锂业、沃格光电、木林森、增鑫牧业......一连串在国内,甚至国际上都赫赫有名的企业,与新钢一起,共同支撑起新余的经济命脉,也让这座传统工业城市有了更多的注解,焕发出新的活力,而这些企业都落户在高新区"
G["oy03"] = dict(
 article=art("高新区:新余的“浦东”", "新余新闻网（news.newsxy.com；见习记者 胡涛，通讯员 付新、罗柳根）", "2017-11-06", "day",
  "City news portal's feature, Jiangxi: a national high-tech zone's history — founding date, renaming on its upgrade to national level, the well-known firms located there, the area before the zone",
  "http://news.newsxy.com/2017/1106/287248.shtml",
  "日期取页面“2017年11月06日 来源: 新余新闻网”。标题照录；日期署名行与图片说明“如今的高新区鸟瞰图。”“生产生活井然有序。”（各两次）已删（make_txt.py ITEMS）。长篇只存开头：存段末行“2001年11月”为下一段开头残句，整行删去，正文截至“…最终高新区选址落在这里。”，含小标题一行，共四段。园区：新余高新技术产业开发区（2001年11月9日以“新余市高新技术经济开发区”成立，2010年11月升级为国家级高新区时更名；文中多作“高新区”；新余，江西）。公司：赛维、赣锋锂业、沃格光电、木林森、增鑫牧业（“这些企业都落户在高新区”）；新钢为对照，园区未说（可选，park null）。“浦东新区”只作比喻，不列园区。事实：成立日期、升级时间（可选）。",
  "oy03"),
 parks=[
  park(XY, "新余", "江西", "国家级高新区", C0, aliases=["新余市高新技术经济开发区", "高新区"],
       note="2001年11月9日成立（原名新余市高新技术经济开发区），2010年11月升级国家级高新区并更名；位于城东"),
 ],
 companies=[
  comp("赛维", XY, C1),
  comp("赣锋锂业", XY, C1),
  comp("沃格光电", XY, C1),
  comp("木林森", XY, C1),
  comp("增鑫牧业", XY, C1),
  comp("新钢", None, C1, opt=True, note="新余钢铁；文中作对照，园区未说"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XY, "park", "established_year", 2001, "year", "2001年11月9日,随着一个机构的成立,这一局面渐渐成为历史", "2001年11月9日", opt=True),
  fact(XY, "park", "national_upgrade_year", 2010, "year", C0, "2010年11月", opt=True),
 ])

# ---------------------------------------------------------------- oy04 井冈山经济技术开发区 (国际商报 2021)
JG = "井冈山经济技术开发区"
D0 = "2016年-2020年,短短5年时间,井冈山经济技术开发区在全国218家国家级经济技术开发区年度综合发展水平考核评比中,排名一路向前,从第142名到第66名,赶超76位"
D1 = "到2025年,营业收入突破2000亿元,财政收入力争突破50亿元"
D2 = "今年以来,全区共引进亿元以上项目26个,总投资160.5亿元,其中50亿元项目1个,20亿元项目3个"
AS4 = "2021年1月至7月初"
G["oy04"] = dict(
 article=art("（无标题）井冈山经济技术开发区：五年排名由第142名升至第66名，今年以来引进亿元以上项目26个", "国际商报，载于 hg-news.cn（“园区”栏；署名存段未示）", "2021-07-08", "day",
  "Trade paper's feature relayed by a news site, Jiangxi: a national economic and technological development zone — national ranking 2016–2020, 2025 revenue and fiscal targets, projects introduced this year with total investment, a firm visited",
  "http://www.hg-news.cn/yuanqu/202107/999924494.html",
  "日期取页面“来源:国际商报 | 2021-07-08 17:00:30 |”（该行已删）。存段无标题（title 为编者概括）。存段末句“这家曾经年产值只有5000万元的企业,在发展11年后,成为了井冈山经开区内首家年产值突破1”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“走进吉安市木林森实业有限公司,全自动化的生产线让人印象深刻。”，含两行小标题，共十段。园区：井冈山经济技术开发区（文中又作“井冈山经开区”“全区”；吉安，江西；“一区四园”不是园区名）。公司：吉安市木林森实业有限公司（在园：被删残句说它是“井冈山经开区内首家…”，留存文字只有“走进…”，园区由语境推定）。事实：2016–2020年国家级经开区考核排名由第142名升至第66名（可选）；2025年营业收入突破2000亿元、财政收入力争突破50亿元（target，超）；今年以来引进亿元以上项目26个、总投资160.5亿元（cumulative），其中50亿元项目1个、20亿元项目3个（可选）。",
  "oy04"),
 parks=[
  park(JG, "吉安", "江西", "国家级经济技术开发区", D0, aliases=["井冈山经开区"], note="文中又作“全区”；“一区四园”"),
 ],
 companies=[
  comp("吉安市木林森实业有限公司", JG, "走进吉安市木林森实业有限公司,全自动化的生产线让人印象深刻", note="园区由语境推定（后句说它是井冈山经开区内企业，该句在存段中断、已删）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(JG, "park", "national_ranking", 66, "rank", D0, "2020年度考核", opt=True, note="由第142名升至第66名，218家国家级经开区"),
  fact(JG, "park", "operating_revenue_cny", 2e11, "cny", D1, "2025年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact(JG, "park", "fiscal_revenue_cny", 5e9, "cny", "财政收入力争突破50亿元", "2025年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact(JG, "park", "projects_introduced", 26, "count", D2, AS4, kind="cumulative", note="亿元以上项目"),
  fact(JG, "park", "projects_introduced_investment_cny", 1.605e10, "cny", "全区共引进亿元以上项目26个,总投资160.5亿元", AS4, kind="cumulative", chk=True),
  fact(JG, "park", "projects_introduced_5bn_plus", 1, "count", D2, AS4, kind="cumulative", opt=True, note="50亿元项目"),
  fact(JG, "park", "projects_introduced_2bn_plus", 3, "count", D2, AS4, kind="cumulative", opt=True, note="20亿元项目"),
 ])

# ---------------------------------------------------------------- oy05 袁州区机电产业基地 (华夏经纬网 2021)
YZ = "袁州区机电产业基地"
E0 = "袁州机电产业基地于2005年底开始筹建,于2013年正式设立袁州区机电产业基地管委会,园区位于袁州区东郊彬江镇"
E1 = "园区已建成区域面积5平方公里,近期规划10平方公里及远期规划22.6平方公里的设计已形成规划方案,仅2017年就完成新征土地5424亩"
E2 = "近年来,园区累计完成投资10.58亿元"
E3 = "截至2018年底,园区累计签约项目150个,签约资金326.3亿元,仅2018年就有10亿元以上的入园大项目6个"
E4 = "2018年全年实现主营业务收入90.05亿元,年内新增规上企业13家,规上企业总数35家,完成税收2.04亿元"
E5 = "全国工商联新能源商会及中国有色金属工业协会在2017年分别授予园区“‘中国(宜春)铿电新能源产业园”和“中国锉电新能源产业园”两块国字招牌"
G["oy05"] = dict(
 article=art("袁州区机电产业基地", "华夏经纬网（gd.huaxia.com “工业园区”栏；宜春市人民政府台湾事务办公室）", "2021-08-31", "day",
  "Taiwan-affairs office's park profile on a national portal, Jiangxi: a district industrial base — founding and management committee, location, built and planned area, land acquired, cumulative investment and facilities, cumulative signings to end-2018, 2018 revenue, above-scale firms and tax, two national lithium-park titles",
  "https://gd.huaxia.com/c/2021/08/31/746832.shtml",
  "日期取页面“发布时间:2021-08-31 01:20:30”（数据截至2018年底）。标题照录；“当前位置 >> 工业园区”、发布时间行、“宜春市人民政府台湾事务办公室”“华夏经纬网版权所有”已删。页面把“…均随路铺设到”/“位。建有的…”断成两行，make_txt.py JOIN 原样拼接。正文三段，完整。园区：袁州区机电产业基地（文中又作“袁州机电产业基地”“园区”；宜春市袁州区彬江镇，江西）；“中国(宜春)铿电新能源产业园”“中国锉电新能源产业园”为授予园区的称号（“铿”“锉”原文如此，应为“锂”），记为别名。“核心技术园标准厂房”不列园区。事实：建成区5平方公里、近期规划10、远期22.6（可选）；2017年新征土地5424亩（可选）；累计完成投资10.58亿元（cumulative）；标准厂房11.3万平方米（可选）；截至2018年底累计签约项目150个、签约资金326.3亿元（cumulative）；2018年10亿元以上入园项目6个（可选）；2018年主营业务收入90.05亿元、新增规上企业13家（可选）、规上企业35家、税收2.04亿元。",
  "oy05"),
 parks=[
  park(YZ, "宜春", "江西", "产业基地（机电）", E0, district="袁州区",
       aliases=["袁州机电产业基地", "中国(宜春)铿电新能源产业园", "中国锉电新能源产业园"],
       note="2005年底筹建，2013年设管委会；两个“锂电新能源产业园”称号原文作“铿”“锉”"),
 ],
 institutions=[
  inst("袁州区机电产业基地管委会", E0, park=YZ),
  inst("全国工商联新能源商会", E5, kind="association"),
  inst("中国有色金属工业协会", E5, kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YZ, "park", "built_area_km2", 5, "km2", E1, "2018年底前后"),
  fact(YZ, "park", "planned_area_km2", 10, "km2", E1, "近期规划", kind="target", opt=True),
  fact(YZ, "park", "planned_area_km2", 22.6, "km2", E1, "远期规划", kind="target", opt=True),
  fact(YZ, "park", "land_acquired_mu", 5424, "mu", E1, "2017年", opt=True),
  fact(YZ, "park", "infrastructure_investment_cny", 1.058e9, "cny", E2, "截至2018年前后（累计）", kind="cumulative", chk=True),
  fact(YZ, "park", "standard_factory_area_m2", 113000, "m2", "11.3万平方米核心技术园标准厂房已投入使用", "2018年前后", opt=True),
  fact(YZ, "park", "projects_signed", 150, "count", E3, "截至2018年底", kind="cumulative"),
  fact(YZ, "park", "signed_investment_cny", 3.263e10, "cny", "园区累计签约项目150个,签约资金326.3亿元", "截至2018年底", kind="cumulative", chk=True),
  fact(YZ, "park", "large_projects_entered", 6, "count", E3, "2018年", opt=True, note="10亿元以上的入园大项目"),
  fact(YZ, "park", "main_business_revenue_cny", 9.005e9, "cny", E4, "2018年", chk=True),
  fact(YZ, "park", "new_above_scale_firms", 13, "count", E4, "2018年", opt=True),
  fact(YZ, "park", "above_scale_firms", 35, "count", E4, "2018年末"),
  fact(YZ, "park", "tax_revenue_cny", 2.04e8, "cny", "完成税收2.04亿元", "2018年", chk=True),
 ])

# ---------------------------------------------------------------- oy06 腊市镇 / 湘东工业园 (萍乡城事网 2022)
XD = "湘东工业园"
F0 = "成功引进江西维骑动力科技有限公司、江西常远精密工具有限公司、萍乡市浩峰包装有限公司3个亿元以上企业入驻湘东工业园"
F1 = "投资近3000万元的小龙虾深加工基地正在建设"
F2 = "2022年2月,通过“招商引商”,引进智能化育秧中心项目,成立萍乡市常隆农业发展有限公司"
G["oy06"] = dict(
 article=art("聚焦“两集中” 重塑城乡发展空间格局 全力打造“产业+”绿色富民新样板", "萍乡城事网（www.cs0799.com，“腊市镇”栏；发布者 admin，原发单位与署名未注明）", "2022-06-23", "day",
  "City portal's town column, Jiangxi: a town's work summary — three firms of over 100 million yuan brought into the district industrial park, new above-scale firms, projects and patents filed, a filler plant's awards, a crayfish processing base under construction and a seedling-centre project with its new company",
  "http://www.cs0799.com/portal.php?aid=85509&mod=view",
  "日期取页面“2022-6-23 13:12| 发布者: admin”。标题照录；站名导航行、日期行与截断的“摘要: …浩峰包装有 ...”已删。存段在末句“依托国家现代农业产业园,及辖区内脐”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…全力提高了农业生产力。”，共两段。文为萍乡市湘东区腊市镇的工作总结（镇名只在栏目与“腊市小龙虾品牌”中）。园区：湘东工业园（萍乡市湘东区，江西）。公司：江西维骑动力科技有限公司、江西常远精密工具有限公司、萍乡市浩峰包装有限公司（入驻湘东工业园）；萍乡市湘东石油化工填料厂（获奖企业，园区未说）、萍乡市常隆农业发展有限公司（育秧中心项目新设公司，不在园）。昆明理工大学为合作高校（可选）。项目：小龙虾深加工基地（“投资近3000万元”→约，“正在建设”→在建；镇内，park null）；智能化育秧中心项目（2022年2月引进，无状态字样，park null）。事实：入驻湘东工业园的亿元以上企业3家；“全年新增“四上”企业3家”“申报固定资产投资项目19个”“企业申报专利14个”为镇的数字（全年，推定为2021年；可选）。",
  "oy06"),
 parks=[
  park(XD, "萍乡", "江西", "工业园", F0, district="湘东区"),
 ],
 companies=[
  comp("江西维骑动力科技有限公司", XD, F0),
  comp("江西常远精密工具有限公司", XD, F0),
  comp("萍乡市浩峰包装有限公司", XD, F0),
  comp("萍乡市湘东石油化工填料厂", None, "成功协助萍乡市湘东石油化工填料厂获评“市长质量奖”和“江西省驰名商标”", opt=True, note="获奖企业；园区未说"),
  comp("萍乡市常隆农业发展有限公司", None, F2, note="智能化育秧中心项目新设公司；农业，不在园"),
 ],
 institutions=[
  inst("昆明理工大学", "2家企业与昆明理工大学签订合作协议", kind="university"),
 ],
 projects=[
  proj("小龙虾深加工基地", None, F1, inv="投资近3000万元", qual="约", qual_text="近", status="在建", status_text="正在建设", note="腊市镇（镇不是园区）"),
  proj("智能化育秧中心项目", None, F2, companies=["萍乡市常隆农业发展有限公司"], status_text="引进", note="2022年2月引进；镇内，不在园"),
 ],
 aggregate_facts=[
  fact(XD, "park", "firms_entered", 3, "count", F0, "2021年前后（全年，推定）", note="亿元以上企业；腊市镇引进"),
  fact("腊市镇", "region", "new_above_scale_firms", 3, "count", "全年新增“四上”企业3家", "全年（推定为2021年）", opt=True, note="镇名不在正文中"),
  fact("腊市镇", "region", "fixed_asset_projects_filed", 19, "count", "申报固定资产投资项目19个", "全年（推定为2021年）", opt=True),
  fact("腊市镇", "region", "patents_filed", 14, "count", "企业申报专利14个", "全年（推定为2021年）", opt=True),
 ])
