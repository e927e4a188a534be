# real403 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: 算力 / 大数据 / 数据中心 industrial parks — data-centre projects, racks, investment, firms.
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as returned); names as written in the
# text; 超过/超/以上/突破 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word); “预计” alone is no qualifier. Money: yuan
# in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Shares and growth rates as ratios.
# Projects: the park the text places the project in, null if none. Status from the text's words (开工建设 / 启动建设 / 开建 /
# 相继开工 → 开工; 基础施工 / 推进内外装修 → 在建; 运营投产 / 建成投产 → 投产; 签署(战略合作框架)协议 → 签约; 即将开工 /
# 前期工作 → planned). Planned racks, servers, output and investment of a plan are kind target; “累计” figures cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/mlNN.raw as returned.

# ---------------------------------------------------------------- ml01 中国云产业园 (兰瑞环球 via ceia.cn 2012)
BDA = "北京经济技术开发区"
CYY = "中国云产业园"
A0 = "位于北京经济技术开发区、全球最早的云计算全产业链园区--中国云产业园建设已全面展开,已落地实施项目总投资超过200亿元"
A1 = "现已集合包括百度、KDDI、中国电信等企业投资建设高等级、超大规模数据中心,其中百度、中国电信预计2013年二季度开工建设"
A2 = "整体规划建筑面积超过200万平方米的瑞云产业园项目即将开工建设,预计2014年底前可迎来第一批入驻企业"
AS1 = "2012年12月"
G["ml01"] = dict(
 article=art("中国云产业园落地项目投资超200亿", "兰瑞环球（页面“来源:兰瑞环球”），载于 ceia.cn", "2012-12-13", "day",
  "Industry-association site relaying a wire item, Beijing: a cloud-computing park inside a national development zone — landed investment, firms building data centres, a park project about to start, server capacity, firms gathered, phase-1 targets",
  "https://ceia.cn/show.php?contentid=40757",
  "日期取页面“2012-12-13 10:49:36 来源:兰瑞环球”，该行已删。标题照录；正文一段，完整。文中引号为半角\"\"、破折号为“--”，照录。园区：北京经济技术开发区（北京）；中国云产业园（“位于北京经济技术开发区”的云计算全产业链园区，parent 北京经济技术开发区）。公司：百度、KDDI、中国电信（在园投资建设数据中心；未写项目名，不另立项目）。项目：瑞云产业园项目（“即将开工建设”→planned；规划建筑面积超过200万平方米，无金额）。事实：已落地实施项目总投资超过200亿元（累计，超）；汇集50多家云计算企业（余）；已落地及在谈数据中心建成后近80万台服务器能力（target，约）；一期目标吸引投资超过500亿元、年产值或销售收入2000亿元以上、吸纳超过5万人就业（target）。",
  "ml01"),
 parks=[
  park(BDA, "北京", "北京", "国家级经济技术开发区", A0, district=None, note="文中级别未写；kind 按名称"),
  park(CYY, "北京", "北京", "产业园（云计算）", A0, parent=BDA, note="“全球最早的云计算全产业链园区”，2011年9月启动建设"),
 ],
 companies=[
  comp("百度", CYY, A1, note="在园投资建设数据中心，预计2013年二季度开工"),
  comp("KDDI", CYY, A1),
  comp("中国电信", CYY, A1, note="在园投资建设数据中心，预计2013年二季度开工"),
 ],
 projects=[
  proj("瑞云产业园项目", CYY, A2, status="planned", status_text="即将开工建设", note="规划建筑面积超过200万平方米；无投资额"),
 ],
 aggregate_facts=[
  fact(CYY, "park", "landed_project_investment_cny", 2e10, "cny", "已落地实施项目总投资超过200亿元", AS1, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(CYY, "park", "firms", 50, "count", "已汇集了50多家云计算产业相关企业", AS1, kind="cumulative", qual="余", qtext="多"),
  fact(CYY, "park", "server_capacity", 800000, "servers", "已落地及在谈数据中心项目全部建成后,预计可形成近80万台服务器的数据中心服务能力", "全部建成后（预计）", kind="target", qual="约", qtext="近"),
  fact(CYY, "park", "target_investment_cny", 5e10, "cny", "一期将最终实现吸引投资超过500亿元", "一期（目标）", kind="target", qual="超", qtext="超过", chk=True),
  fact(CYY, "park", "target_annual_output_cny", 2e11, "cny", "年产值或销售收入2000亿元以上", "一期（目标）", kind="target", qual="超", qtext="以上", chk=True),
  fact(CYY, "park", "target_jobs", 50000, "persons", "吸纳超过5万人就业", "一期（目标）", kind="target", qual="超", qtext="超过", opt=True),
  fact("瑞云产业园项目", "project", "planned_floor_area_m2", 2e6, "m2", A2, AS1, kind="target", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- ml02 京冀共建云计算项目 (经济参考报 2014)
ZB = "张北云计算产业园"
B0 = "“京北云谷”大数据基地的定位是建成京津冀区域规模最大的云计算与数据中心产业基地,总投资约100亿元人民币,预计占地1500亩"
B1 = "今天京冀两地还签订了《张家口张北云联数据中心项目战略合作框架协议》,规划总投资46.4亿元,建设占地450亩的张北云联数据中心"
B2 = "张北云计算产业园,规划占地约7500亩,一期占地2000亩,规划建设数据中心区、产业发展区、智慧示范区、商务办公区和生活配套区"
B3 = "8月21日,北京市与河北省签署战略合作框架协议,两地将共建云联数据中心、云计算产业园、云谷大数据基地三大项目"
AS2 = "2014年8月"
G["ml02"] = dict(
 article=art("（无标题）京冀签署战略合作框架协议 共建云联数据中心、云计算产业园、云谷大数据基地", "经济参考报（jjckb.xinhuanet.com；存段无标题、无署名）", "2014-08-22", "day",
  "National economic daily's web edition, Hebei / Beijing: a provincial cooperation agreement — a big-data base with its investment, racks and servers, a county cloud-computing park with area and investment, a data centre signed with its investment and server capacity",
  "http://jjckb.xinhuanet.com/2014-08/22/content_518178.htm",
  "日期取网址 2014-08/22（文中“8月21日…签署”）。存段无标题（title 为编者概括）、无署名；末尾“(完)”已删（make_txt.py LINE_SUFFIX），正文七段。园区：张北云计算产业园（张家口市张北县，河北；规划约7500亩，主体投资196.4亿元）。项目：“京北云谷”大数据基地（文中又作“云谷大数据基地”；总投资约100亿元，签约；所在地文中未写，park null）；张北云联数据中心（文中又作“云联数据中心”；规划总投资46.4亿元，签订战略合作框架协议→签约；是否在张北云计算产业园文中未写，park null）。“云计算产业园”在首段为三大项目之一，即张北云计算产业园（推定）。公司：阿里云（“有意”部署服务器，可选）。机构：河北省工业和信息化厅、中关村管委会（可选）。事实：京北云谷5万个标准机柜、50万台服务器、产值约50亿元等（target）；产业园主体投资、牵引投资1000亿元（target）；云联数据中心20万台服务器、年产值约29.4亿元（target）。",
  "ml02"),
 parks=[
  park(ZB, "张家口", "河北", "产业园（云计算）", B2, district="张北县", aliases=["云计算产业园"],
       note="首段“云计算产业园”为京冀共建三大项目之一，推定即此园"),
 ],
 companies=[
  comp("阿里云", None, "目前,阿里云有意将云计算的服务器部署在这里", opt=True, note="有意在张北云联数据中心部署服务器"),
 ],
 institutions=[
  inst("河北省工业和信息化厅", "河北省工业和信息化厅副厅长刘永亭在签约仪式上表示"),
  inst("中关村管委会", "中关村管委会副主任白智勇表示", kind="park_authority"),
 ],
 projects=[
  proj("“京北云谷”大数据基地", None, B0, inv="总投资约100亿元人民币", qual="约", qual_text="约", status="签约", status_text="签署战略合作框架协议",
       aliases=["云谷大数据基地"], note="京冀共建三大项目之一；所在地文中未写；三期，计划2016年底前全部建成"),
  proj("张北云联数据中心", None, B1, inv="规划总投资46.4亿元", status="签约", status_text="签订《张家口张北云联数据中心项目战略合作框架协议》",
       aliases=["云联数据中心", "张家口张北云联数据中心项目"], note="占地450亩；是否在张北云计算产业园文中未写"),
 ],
 aggregate_facts=[
  fact("“京北云谷”大数据基地", "project", "planned_racks", 50000, "racks", "5万个标准机柜、容纳50万台服务器的云计算大数据中心", "建成后（规划）", kind="target"),
  fact("“京北云谷”大数据基地", "project", "planned_servers", 500000, "servers", "5万个标准机柜、容纳50万台服务器的云计算大数据中心", "建成后（规划）", kind="target"),
  fact("“京北云谷”大数据基地", "project", "expected_annual_output_cny", 5e9, "cny", "建成后,产值约为50亿元", "建成后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("“京北云谷”大数据基地", "project", "expected_annual_business_tax_cny", 1.65e8, "cny", "年营业税1.65亿元", "建成后（预期）", kind="target", opt=True, chk=True),
  fact("“京北云谷”大数据基地", "project", "expected_annual_income_tax_cny", 3.34e8, "cny", "年企业所得税3.34亿元", "建成后（预期）", kind="target", opt=True, chk=True),
  fact("“京北云谷”大数据基地", "project", "expected_jobs", 5000, "persons", "可安排就业约5000人", "建成后（预期）", kind="target", qual="约", qtext="约", opt=True),
  fact("“京北云谷”大数据基地", "project", "site_area_mu", 1500, "mu", B0, "规划", kind="target", opt=True),
  fact(ZB, "park", "planned_area_mu", 7500, "mu", B2, "规划", kind="target", qual="约", qtext="约"),
  fact(ZB, "park", "phase1_area_mu", 2000, "mu", B2, "规划", kind="target", opt=True),
  fact(ZB, "park", "planned_investment_cny", 1.964e10, "cny", "主体投资196.4亿元,预计实现牵引投资1000亿元", "规划", kind="target", chk=True),
  fact(ZB, "park", "induced_investment_cny", 1e11, "cny", "预计实现牵引投资1000亿元", "规划（预计）", kind="target", opt=True, chk=True),
  fact("张北云联数据中心", "project", "planned_servers", 200000, "servers", "该项目建成后,可容纳20万台服务器,年产值约为29.4亿元", "建成后（规划）", kind="target"),
  fact("张北云联数据中心", "project", "expected_annual_output_cny", 2.94e9, "cny", "年产值约为29.4亿元", "建成后（预期）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- ml03 中兴能源云计算华东基地 (科技日报 2015)
ZL = "钟楼经济开发区"
C0 = "云计算华东基地项目由钟楼开发区和中兴能源共同合作建设,总投资50亿元"
G["ml03"] = dict(
 article=art("中兴能源云计算华东基地项目在常州建设", "科技日报（张伟，记者丁秀玉），电子版 digitalpaper.stdaily.com", "2015-07-06", "day",
  "National science daily, Jiangsu: a cloud-computing base started in a district development zone — developer, investment, contents, trial-run date, cooperation model",
  "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2015-07/06/content_308737.htm?div=-1",
  "日期取版面行“2015年07月06日 星期一”（已删）；开工日为6月29日。标题照录；段首缩进已去，页脚“京ICP备06005116”已删；正文三段，完整。园区：钟楼经济开发区（常州市钟楼区，江苏；文中又作“钟楼开发区”）。公司：中兴能源（与开发区合作建设）。项目：中兴能源云计算华东基地项目（又作“云计算华东基地项目”），总投资50亿元，“正式开工建设”→开工；一期2016年7月试运行（不计数）。钟楼区委、区政府成立领导小组，不列机构。",
  "ml03"),
 parks=[
  park(ZL, "常州", "江苏", "经济开发区", "6月29日,中兴能源云计算华东基地项目,在常州钟楼经济开发区正式开工建设", district="钟楼区", aliases=["钟楼开发区"]),
 ],
 companies=[
  comp("中兴能源", ZL, C0, note="与钟楼开发区合作建设项目，负责部分投入与运营"),
 ],
 projects=[
  proj("中兴能源云计算华东基地项目", ZL, C0, companies=["中兴能源"], inv="总投资50亿元", status="开工", status_text="正式开工建设",
       aliases=["云计算华东基地项目"], note="开工日6月29日；一期2016年7月试运行"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- ml04 长沙高新区 中国联通云计算中心开工 (红网 2016)
CS = "长沙高新区"
D0 = "今天上午,中国联通湖南长沙云计算中心、城建电气设备生产基地、岳麓大道南北辅道三大项目在长沙高新区麓谷同时启动建设,总投资达53.8亿元"
D1 = "项目投资50亿元,建设基于云数据、云计算、云服务的云数据基地"
D2 = "2015年,长沙高新区引进了19个量大质优的产业项目,其中中国联通、中国通号各投资50亿元,中兴通讯投资40亿元,航天环宇等三家企业共投资30亿元"
D3 = "2016年,长沙高新区共铺排购地产业项目65个,预计总投资635亿元,年度投资141亿元"
G["ml04"] = dict(
 article=art("（无标题）中国联通湖南长沙云计算中心等三大项目在长沙高新区开工 总投资53.8亿元", "红网（时刻新闻记者 易添麒，通讯员 余旭华），yq.rednet.cn 园区频道", "2016-03-24", "day",
  "Provincial news portal's park channel, Hunan: a joint groundbreaking in a high-tech zone led by a telecom operator's cloud data base — three projects and their total, the base's investment and expected output, the zone's projects introduced last year and this year's plan",
  "https://yq.rednet.cn/c/2016/03/24/4117634.htm",
  "存段无标题行（title 为编者概括），开头三条图片说明（“3月24日,中国联通湖南长沙云计算中心在长沙高新区举行开工仪式。彭燕飞 摄”等）已删，文末“来源:红网 / 作者:易添麒 / 编辑:刘露 / 本文为园区频道原创文章…”已删；正文三段，完整。园区：长沙高新区（长沙，湖南；项目在其“麓谷”）。项目：中国联通湖南长沙云计算中心（正文作“开工仪式所在地——中国联通云数据基地”，项目投资50亿元；两名视作同一项目，由语境推定）、城建电气设备生产基地、岳麓大道南北辅道（可选，道路），均“启动建设”→开工。公司：中国联通（项目方）；中国通号、中兴通讯、航天环宇（2015年引进项目的投资企业，可选）。事实：三大项目总投资53.8亿元；2015年引进19个产业项目；2016年铺排购地产业项目65个、预计总投资635亿元、年度投资141亿元、政府投资项目214个和年度投资35亿元（target）；云数据基地入驻企业预计年产值50亿元（target）。",
  "ml04"),
 parks=[
  park(CS, "长沙", "湖南", "高新区", D0, note="项目在其“麓谷”片区"),
 ],
 companies=[
  comp("中国联通", CS, D2, note="中国联通湖南长沙云计算中心（云数据基地）项目方；2015年投资50亿元"),
  comp("中国通号", CS, D2, opt=True, note="2015年引进项目，投资50亿元"),
  comp("中兴通讯", CS, D2, opt=True, note="2015年引进项目，投资40亿元"),
  comp("航天环宇", CS, D2, opt=True, note="“航天环宇等三家企业共投资30亿元”"),
 ],
 projects=[
  proj("中国联通湖南长沙云计算中心", CS, D1, companies=["中国联通"], inv="项目投资50亿元", status="开工", status_text="启动建设",
       aliases=["中国联通云数据基地"], note="正文以“中国联通云数据基地”称开工仪式所在地；与标题项目视作同一（推定）"),
  proj("城建电气设备生产基地", CS, D0, status="开工", status_text="启动建设"),
  proj("岳麓大道南北辅道", CS, D0, status="开工", status_text="启动建设", opt=True, note="道路工程"),
 ],
 aggregate_facts=[
  fact(CS, "park", "projects_started_investment_cny", 5.38e9, "cny", "三大项目在长沙高新区麓谷同时启动建设,总投资达53.8亿元", "2016-03-24", chk=True, note="三大项目合计"),
  fact(CS, "park", "projects_introduced", 19, "count", "2015年,长沙高新区引进了19个量大质优的产业项目", "2015年"),
  fact(CS, "park", "planned_projects", 65, "count", D3, "2016年（计划）", kind="target", note="购地产业项目"),
  fact(CS, "park", "planned_investment_cny", 6.35e10, "cny", "预计总投资635亿元", "2016年（计划）", kind="target", chk=True),
  fact(CS, "park", "planned_annual_investment_cny", 1.41e10, "cny", "年度投资141亿元", "2016年（计划）", kind="target", chk=True),
  fact(CS, "park", "planned_government_projects", 214, "count", "铺排政府投资项目214个,预计年度投资35亿元", "2016年（计划）", kind="target", opt=True),
  fact(CS, "park", "planned_government_annual_investment_cny", 3.5e9, "cny", "预计年度投资35亿元", "2016年（计划）", kind="target", opt=True, chk=True),
  fact("中国联通湖南长沙云计算中心", "project", "expected_tenant_output_cny", 5e9, "cny", "入驻企业预计可实现年产值50亿元", "全部建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ml05 雅安大数据产业园(二期) (新浪四川 2020)
YA = "雅安经开区"
YD = "雅安大数据产业园"
E0 = "日前,从雅安经开区管委会获悉,3、4号数据中心建成投产后,大数据产业园(二期)项目迅速接续"
E1 = "据悉,7号楼总投资1.73亿元,总建筑面积约23000平方米"
E2 = "8号楼总投资0.9亿元,总建筑面积约8500平方米"
G["ml05"] = dict(
 article=art("雅安大数据产业园(二期)项目正式开建", "新浪四川（sc.sina.com.cn 雅安频道；原发媒体与署名存段未示）", "2020-09-09", "day",
  "Regional news portal's city channel, Sichuan: a big-data park's second phase begun in an economic development zone — two buildings' stages, investments and floor areas, earlier data centres in production",
  "http://sc.sina.com.cn/yaan/xian/2020-09-09/detail-iivhvpwy5685825.shtml",
  "日期取网址 2020-09-09。标题照录；“猜你喜欢”及以下推荐列表已删；正文五段，完整。园区：雅安经开区（雅安，四川）；雅安大数据产业园（标题；正文作“大数据产业园”；消息来自雅安经开区管委会、文称“雅安经开区速度”，推定位于经开区内，parent 雅安经开区）。项目：雅安大数据产业园(二期)项目（正式开建→开工）；7号楼(运维中心项目)（总投资1.73亿元，已进入基础/地基施工→在建）；8号楼(会展中心项目)（总投资0.9亿元，正开展前期工作→planned）；3、4号数据中心（建成投产→投产，无金额）。无公司名。“成渝地区大数据产业基地”为城市目标，不列园区。",
  "ml05"),
 parks=[
  park(YA, "雅安", "四川", "经济开发区", E0, note="文中又有“雅安经开区速度”"),
  park(YD, "雅安", "四川", "产业园（大数据）", "雅安大数据产业园(二期)项目正式开建", parent=YA, aliases=["大数据产业园"],
       note="母园区由语境推定"),
 ],
 projects=[
  proj("雅安大数据产业园(二期)项目", YD, "雅安大数据产业园(二期)项目正式开建", status="开工", status_text="正式开建", phase="二期",
       aliases=["大数据产业园(二期)项目"], note="以7、8号楼为开端"),
  proj("7号楼(运维中心项目)", YD, E1, inv="7号楼总投资1.73亿元", status="在建", status_text="已进入基础施工阶段", status_alt="开工",
       aliases=["7号楼"], note="8月31日正式进入地基施工阶段；二期项目"),
  proj("8号楼(会展中心项目)", YD, E2, inv="8号楼总投资0.9亿元", status="planned", status_text="正开展前期工作", aliases=["8号楼"], note="二期项目"),
  proj("3、4号数据中心", YD, E0, status="投产", status_text="建成投产", opt=True, note="无金额"),
 ],
 aggregate_facts=[
  fact("7号楼(运维中心项目)", "project", "floor_area_m2", 23000, "m2", E1, "规划", kind="target", qual="约", qtext="约", opt=True),
  fact("8号楼(会展中心项目)", "project", "floor_area_m2", 8500, "m2", E2, "规划", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ml06 贵阳贵安 数据中心 (中新社 via mp.rexun.cn 2021)
GY = "贵阳贵安"
F0 = "数据中心及关联产业累计完成投资121.37亿元(人民币,下同),建成机架2.65万个,实际上电服务器14.53万台,可承载服务器31.45万台"
F1 = "1月至7月,500万口径软件业务收入达173.33亿元,同比增长52.58%,完成年度目标的72.2%"
F2 = "规模以上互联网和相关、软件和信息技术服务业营业收入达到137.9亿元,同比增长115.2%,新增规模以上企业7家"
AS6 = "2021年（截至9月发布会）"
AS6b = "2021年1–7月"
G["ml06"] = dict(
 article=art("（无标题）贵阳贵安成全世界聚集超大型数据中心最多的地区之一", "中新社（“告诉中新社记者”），载于 mp.rexun.cn（热讯）；存段无标题、无署名", "2021-09-14", "day",
  "Wire-service item on an aggregator, Guizhou: a city and its national new area as a data-centre cluster — cumulative investment, racks, servers powered and capacity, software and internet revenue with growth, the new area's hub plans",
  "http://mp.rexun.cn/hongguan/2021/0914/091465301.html",
  "日期取网址 2021/0914（文中“记者13日从…新闻发布会获悉”）。存段无标题、无电头（title 为编者概括）。存段在末段“贵阳市大数据发展管理局副局长赵燕说,通过加快建设现代化基础支”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…打造“数字码头”。”，共七段。园区：贵安新区（贵州；文中未写级别与所属城市，city 记贵阳为编者推定）。“贵阳贵安”为地区合称（subject_type region），“国家大数据综合试验区”为政策区，均不列园区。机构：贵阳市大数据发展管理局、贵安新区产业发展局、贵阳市人民政府新闻办公室（可选）。事实主体均为“贵阳贵安”：数据中心及关联产业累计投资121.37亿元、机架2.65万个、上电服务器14.53万台、可承载服务器31.45万台（cumulative）；1至7月软件业务收入173.33亿元、增长52.58%、完成年度目标72.2%；规上互联网和软件信息服务业营收137.9亿元、增长115.2%、新增规上企业7家；网络直联城市17个（可选）。",
  "ml06"),
 parks=[
  park("贵安新区", "贵阳", "贵州", "新区", "贵安新区将以打造中国算力网络国家枢纽节点为核心", note="文中又与贵阳市合称“贵阳贵安”；城市为推定"),
 ],
 institutions=[
  inst("贵阳市大数据发展管理局", "贵阳市大数据发展管理局党委书记、局长吴宏春告诉中新社记者"),
  inst("贵安新区产业发展局", "贵安新区产业发展局党组成员、副局长王竹接受中新社记者采访时表示", kind="park_authority"),
  inst("贵阳市人民政府新闻办公室", "记者13日从贵阳市人民政府新闻办公室举行的新闻发布会获悉上述消息"),
 ],
 aggregate_facts=[
  fact(GY, "region", "data_center_investment_cny", 1.2137e10, "cny", F0, AS6, kind="cumulative", chk=True, note="数据中心及关联产业"),
  fact(GY, "region", "racks_built", 26500, "racks", F0, AS6, kind="cumulative"),
  fact(GY, "region", "servers_powered", 145300, "servers", F0, AS6, kind="cumulative"),
  fact(GY, "region", "server_capacity", 314500, "servers", F0, AS6, kind="cumulative"),
  fact(GY, "region", "software_revenue_cny", 1.7333e10, "cny", F1, AS6b, kind="cumulative", chk=True, note="500万口径软件业务收入"),
  fact(GY, "region", "software_revenue_yoy_growth", 0.5258, "ratio", F1, AS6b, kind="ratio"),
  fact(GY, "region", "software_revenue_share_of_annual_target", 0.722, "ratio", F1, AS6b, kind="ratio", opt=True),
  fact(GY, "region", "internet_software_services_revenue_cny", 1.379e10, "cny", "规模以上互联网和相关、软件和信息技术服务业营业收入达到137.9亿元", AS6b, kind="cumulative", chk=True),
  fact(GY, "region", "internet_software_services_revenue_yoy_growth", 1.152, "ratio", F2, AS6b, kind="ratio", opt=True),
  fact(GY, "region", "new_above_scale_firms", 7, "count", F2, AS6b, kind="cumulative", opt=True),
  fact(GY, "region", "cities_direct_network_links", 17, "count", "截至目前,贵阳贵安已与中国17个城市实现城市之间网络直联", AS6, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ml07 贵安 超大型数据中心集群 (贵阳日报 via bigdata-expo 2022)
GA = "贵安新区"
H0 = "中国电信云计算贵州信息园是贵安新区第一家启动建设、第一家运营投产的数据中心"
H1 = "随后,中国移动数据中心、中国联通数据中心、贵安华为云数据中心(七星湖)、贵安华为云数据中心(高端园)、苹果贵安数据中心和腾讯贵安七星数据中心等相继开工"
H2 = "目前,贵安新区以腾讯贵安七星数据中心为圆心,在半径4公里区域内规划建设了14个超大型数据中心,总占地面积11184亩,预计总投资超过400亿元,可承载服务器超过400万台"
AS7 = "2022年8月"
G["ml07"] = dict(
 article=art("超大型数据中心集群:贵安的靓丽名片", "贵阳日报（石照昌；编辑 赵超），载于 bigdata-expo.cn（数博会官网）", "2022-08-19", "day",
  "City daily relayed on an expo site, Guizhou: a national new area's hyperscale data-centre cluster — the first campus in production, named operators' and firms' data centres started, planned count, area, investment and server capacity",
  "https://bigdata-expo.cn/news/3/1487909013",
  "日期取页面“作者: 石照昌 来源: 贵阳日报 编辑: 赵超 时间:2022-08-19 10:37:56”（已删）。标题照录；六条图片说明（“贵安华为云数据中心。”…“位于中国电信云计算贵州信息园内的贵安超级计算中心。”）已删；正文三段，存段止于一整句，原文或有后续。园区：贵安新区（“国家级新区”，贵州；city 记贵阳为编者推定）。项目：中国电信云计算贵州信息园（第一家启动建设、第一家运营投产→投产）；中国移动数据中心、中国联通数据中心、贵安华为云数据中心(七星湖)、贵安华为云数据中心(高端园)、苹果贵安数据中心、腾讯贵安七星数据中心（相继开工→开工；今日状态文中未写）。公司：中国电信、中国移动、中国联通、华为、苹果、腾讯只在项目名中（可选）。事实：规划建设14个超大型数据中心、总占地11184亩、预计总投资超过400亿元、可承载服务器超过400万台（target）。",
  "ml07"),
 parks=[
  park(GA, "贵阳", "贵州", "国家级新区", "作为国家级新区,贵安新区自成立以来,立足气候、电力、地形地貌等优势,始终把大数据产业作为主导产业来抓", note="城市为推定"),
 ],
 companies=[
  comp("中国电信", GA, H0, opt=True, note="只在项目名中"),
  comp("中国移动", GA, H1, opt=True, note="只在项目名中"),
  comp("中国联通", GA, H1, opt=True, note="只在项目名中"),
  comp("华为", GA, H1, opt=True, note="只在项目名中（华为云）"),
  comp("苹果", GA, H1, opt=True, note="只在项目名中"),
  comp("腾讯", GA, H1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("贵安新区工信局", "贵安新区工信局有关工作人员介绍", kind="park_authority"),
 ],
 projects=[
  proj("中国电信云计算贵州信息园", GA, H0, companies=["中国电信"], status="投产", status_text="第一家运营投产"),
  proj("中国移动数据中心", GA, H1, companies=["中国移动"], status="开工", status_text="相继开工"),
  proj("中国联通数据中心", GA, H1, companies=["中国联通"], status="开工", status_text="相继开工"),
  proj("贵安华为云数据中心(七星湖)", GA, H1, status="开工", status_text="相继开工"),
  proj("贵安华为云数据中心(高端园)", GA, H1, status="开工", status_text="相继开工"),
  proj("苹果贵安数据中心", GA, H1, status="开工", status_text="相继开工"),
  proj("腾讯贵安七星数据中心", GA, H1, status="开工", status_text="相继开工"),
 ],
 aggregate_facts=[
  fact(GA, "park", "planned_hyperscale_data_centers", 14, "count", H2, AS7, kind="target"),
  fact(GA, "park", "data_center_site_area_mu", 11184, "mu", H2, AS7, kind="target", opt=True),
  fact(GA, "park", "planned_data_center_investment_cny", 4e10, "cny", "预计总投资超过400亿元,可承载服务器超过400万台", AS7, kind="target", qual="超", qtext="超过", chk=True),
  fact(GA, "park", "server_capacity", 4000000, "servers", "可承载服务器超过400万台", AS7, kind="target", qual="超", qtext="超过"),
 ])

# ---------------------------------------------------------------- ml08 中国电信海南(海口)国际信息园 (海口网 2023)
MA = "美安生态科技新城"
J0 = "记者在位于美安生态科技新城的工地现场看到,上百名施工人员正分散在各作业面推进内外装修、机电施工"
J1 = "据介绍,中国电信海南(海口)国际信息园计划分三期建设,规划建设15栋专业机楼,建筑面积37万平方米,建设机架规模为4万架,三期总投资预计67.5亿元"
J2 = "其中,1.1期项目土建工程建设3栋单体建筑及配套设施,总建筑面积4.6万平方米,包括2栋数据中心,投资规模约10.8亿元"
AS8 = "2023年11月"
G["ml08"] = dict(
 article=art("（无标题）中国电信海南(海口)国际信息园1.1期项目首批机架设备完成安装调试", "海口网（hkwb.net；图片 记者 康登淋；存段无标题、无文字署名）", "2023-11-28", "day",
  "City news portal, Hainan: a telecom operator's data-centre campus in a high-tech zone's new town nearly in production — first racks installed, progress and annual investment completion, three-phase plan with racks and investment, phase 1.1 with its investment",
  "http://www.hkwb.net/news/content/2023-11/28/content_4257682.htm",
  "日期取网址 2023-11/28。存段无标题（title 为编者概括）；开头图片说明（“11月24日,空中俯瞰…1.1期项目。记者 康登淋 摄”）与文末版权声明两行已删；正文五段，完整。园区：美安生态科技新城（海口，海南；项目所在地）；“高新区”（文中只作“高新区”，即海口国家高新区，可选；美安与高新区的隶属由语境推定）。项目：中国电信海南(海口)国际信息园（三期，机架4万架，三期总投资预计67.5亿元；“预计”不作限定词；在建）；其1.1期项目（投资规模约10.8亿元；首批1500架机架完成安装调试，预计年底投产→在建）。公司：中国电信只在项目名中（可选）。事实：形象进度突破95%（超）、年度投资完成率284%（可选）、首批1500架机架。",
  "ml08"),
 parks=[
  park(MA, "海口", "海南", "科技新城", J0, parent="高新区", note="隶属高新区为推定"),
  park("高新区", "海口", "海南", "高新区", "作为高新区推进主导产业数字化转型和绿色化发展的标杆项目", opt=True, note="文中只作“高新区”（海口国家高新区，推定）"),
 ],
 companies=[
  comp("中国电信", MA, J1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中国电信海南(海口)国际信息园", MA, J1, companies=["中国电信"], inv="三期总投资预计67.5亿元", status="在建", status_text="加快推进",
       note="分三期；规划15栋专业机楼、机架4万架"),
  proj("中国电信海南(海口)国际信息园1.1期项目", MA, J2, companies=["中国电信"], inv="投资规模约10.8亿元", qual="约", qual_text="约", phase="1.1期",
       status="在建", status_text="推进内外装修、机电施工", aliases=["1.1期项目"], note="首批机架完成安装调试，预计年底正式投产"),
 ],
 aggregate_facts=[
  fact("中国电信海南(海口)国际信息园1.1期项目", "project", "construction_progress", 0.95, "ratio", "截至目前,该项目总体工程形象进度已突破95%", AS8, kind="ratio", qual="超", qtext="突破"),
  fact("中国电信海南(海口)国际信息园1.1期项目", "project", "annual_investment_completion_rate", 2.84, "ratio", "年度投资完成率达到284%", "2023年", kind="ratio", opt=True),
  fact("中国电信海南(海口)国际信息园1.1期项目", "project", "racks_installed", 1500, "racks", "项目首批1500架机架目前已完成安装调试", AS8),
  fact("中国电信海南(海口)国际信息园", "project", "planned_racks", 40000, "racks", J1, "三期建成后（规划）", kind="target"),
  fact("中国电信海南(海口)国际信息园", "project", "planned_buildings", 15, "count", J1, "三期建成后（规划）", kind="target", opt=True),
 ])
