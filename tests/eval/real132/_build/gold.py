# real132 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 超过/以上/逾 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). University science parks, 科技城 and 众创空间 are parks (kind as the
# text names them; 众创空间 with kind 众创空间 as real58 yb06); incubator operators named as firms are companies; incubators
# named only as such (no firm form) are institutions of kind incubator (as real125 yq03). Projects: the park the text places
# them in. Status from the text's words (开工 / 集中开工 → 开工; 签约 → 签约; 已试生产 → 投产 with status_text; 收尾 /
# 封顶 / 加紧推进 → 在建). “预计” / “建成后” / planned figures are kind target; year-to-date figures (“截止11月底”,
# “今年以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yxNN.raw as returned.

# ---------------------------------------------------------------- yx01 电子科大科技园(天府园)五期B区开园 (中新网四川 2024)
TF = "电子科大科技园(天府园)"
B0 = "中新网四川新闻4月2日电 电子科大科技园(天府园)(以下简称天府园)五期B区开园仪式2日在成都举行"
B1 = "园区新载体全部投产达产后,预计年产值超过10亿元,税收超过5000万元"
B2 = "骏铭佳创(东骏激光)、云黎科技、核心智慧、云实信息等企业集中亮相并进行入园签约"
G["yx01"] = dict(
 article=art("电子科大科技园(天府园)五期B区举行开园仪式", "中新网四川（sc.chinanews.com.cn；编辑 祝欢）", "2024-04-02", "day",
  "Provincial channel of a national news agency, Sichuan: a university science park opens a new phase — expected output and tax, four named firms sign to enter",
  "https://www.sc.chinanews.com.cn/cjbd/2024-04-02/207097.html",
  "日期取页面“2024年04月02日 20:45 来源:中新网四川 编辑:祝欢”。标题照录；页眉、日期行与两处图片说明（各重复两次）已删。**截断**：存档摘录止于末段第二句“…完整科技产业的生态”（句未完），该句（含“位于天府新区双流辖区,占地460亩…总投资约40亿元”）整句删去，正文止于“…先行者和开拓者。”；因此区县、占地与总投资不在文中，不入真值。园区：电子科大科技园(天府园)（文中简称“天府园”；成都，四川；大学科技园）。五期B区开园列为可选项目（开园→竣工，推断）。四家入园签约企业归天府园（“骏铭佳创(东骏激光)”：括号内为品牌/关联名，作别名）。“预计年产值超过10亿元,税收超过5000万元”为新载体达产后预计（target）。",
  "yx01"),
 parks=[
  park(TF, "成都", "四川", "大学科技园", B0, aliases=["天府园"], note="电子科技大学的大学科技园；区县在被删去的截断句中，不填"),
 ],
 companies=[
  comp("骏铭佳创", TF, B2, aliases=["东骏激光"], note="入园签约；括号内“东骏激光”作别名"),
  comp("云黎科技", TF, B2, note="入园签约"),
  comp("核心智慧", TF, B2, note="入园签约"),
  comp("云实信息", TF, B2, note="入园签约"),
 ],
 institutions=[
  inst("电子科技大学", "推动电子科技大学科技成果转化", kind="university", note="科技园依托高校"),
 ],
 projects=[
  proj("电子科大科技园(天府园)五期B区", TF, B0, status="竣工", status_text="开园", phase="五期B区", opt=True,
       note="园区新载体开园；状态由“开园”推断"),
 ],
 aggregate_facts=[
  fact(TF, "park", "expected_annual_output_cny", 1e9, "cny", B1, "五期B区新载体达产后（预计）", kind="target", qual="超", qtext="超过",
       chk=True, note="新载体全部投产达产后"),
  fact(TF, "park", "expected_annual_tax_cny", 5e7, "cny", "税收超过5000万元", "五期B区新载体达产后（预计）", kind="target", qual="超",
       qtext="超过", chk=True),
  fact(TF, "park", "firms_signed_to_enter", 4, "count", B2, "2024-04-02", opt=True, note="“等企业”，至少四家"),
 ],
)

# ---------------------------------------------------------------- yx02 成都 省级众创空间 (成都市科技局网站 2018)
C0 = "成都市京东云创新空间(郫都区)、NodeSpace加速器、西南石油大学飞翔创新创业基地、电子科大科园创工坊等21家载体被纳入省级众创空间备案"
C1 = "截至11月底,成都市已拥有市级及以上众创空间143家(国家级45家),面积88.6万平方米,自有孵化基金15.7亿元"
CA = "2018年11月底"
G["yx02"] = dict(
 article=art("（无标题）成都21家载体纳入2018年度省级众创空间备案", "成都市科学技术局网站（cdst.gov.cn）", "2018", "year",
  "Municipal science bureau's web notice, Sichuan: a provincial list of recognised maker spaces (众创空间) with four Chengdu ones named, and the city's maker-space totals (number, area, own incubation funds, mentors, teams, events)",
  "http://cdst.gov.cn/ReadNews.asp?NewsID=24062",
  "存档摘录无标题、无日期行：标题为整理者据正文拟（加“（无标题）”）。文中“11月27日”发文、“截至11月底”统计，故发布在2018年11月底或12月，只记到年。正文两段，完整（摘录即全文，未见截断）。园区：四家省级众创空间按 real58 yb06 作园区（kind 众创空间），名称照录；“成都市京东云创新空间(郫都区)”区县取括号；其余三家区县未写，城市按成都（文为成都市科技局、“成都市已拥有…”语境推断）。“NodeSpace加速器”名称虽作“加速器”，文中列为众创空间备案载体。全市数字主语为成都市（region）：众创空间143家（国家级45家）、面积、自有孵化基金15.7亿元（众创空间合计，非单一基金，不列 funds）、导师、入驻团队及企业、创客，2017年活动场次。",
  "yx02"),
 parks=[
  park("成都市京东云创新空间", "成都", "四川", "众创空间", C0, district="郫都区", note="括号“(郫都区)”为区县"),
  park("NodeSpace加速器", "成都", "四川", "众创空间", C0, note="城市由语境推断"),
  park("西南石油大学飞翔创新创业基地", "成都", "四川", "众创空间", C0, note="高校众创空间；城市由语境推断"),
  park("电子科大科园创工坊", "成都", "四川", "众创空间", C0, note="电子科大科技园的众创空间；城市由语境推断"),
 ],
 companies=[],
 institutions=[
  inst("科技厅", "11月27日,科技厅发布《四川省科学技术厅关于公布2018年度省级众创空间的通知》", note="四川省科学技术厅"),
  inst("西南石油大学", C0, kind="university", note="只在众创空间名中"),
 ],
 projects=[],
 aggregate_facts=[
  fact("四川省", "region", "provincial_maker_spaces_recognised", 42, "count", "公布了42家省级众创空间名单", "2018年度"),
  fact("成都市", "region", "provincial_maker_spaces_recognised", 21, "count", C0, "2018年度"),
  fact("成都市", "region", "maker_spaces", 143, "count", C1, CA, note="市级及以上众创空间"),
  fact("成都市", "region", "national_maker_spaces", 45, "count", C1, CA),
  fact("成都市", "region", "maker_space_floor_area_m2", 886000, "m2", C1, CA, note="88.6万平方米"),
  fact("成都市", "region", "incubation_fund_cny", 1.57e9, "cny", "自有孵化基金15.7亿元", CA, chk=True, note="众创空间自有孵化基金合计"),
  fact("成都市", "region", "startup_mentors", 687, "count", "拥有创业导师687位", CA, opt=True),
  fact("成都市", "region", "partner_service_agencies", 1022, "count", "与1022家科技中介服务机构达成合作", CA, opt=True),
  fact("成都市", "region", "incubated_teams_and_firms", 6300, "count", "入驻孵化团队及企业6300余家", CA, qual="余", qtext="余"),
  fact("成都市", "region", "makers", 45000, "count", "聚集创客4.5万余位", CA, qual="余", qtext="余", opt=True),
  fact("成都市", "region", "events_held", 3700, "count", "2017年举办培训、沙龙、路演等各类创新创业服务活动3700余场", "2017年", qual="余",
       qtext="余", opt=True),
 ],
)

# ---------------------------------------------------------------- yx03 西咸新区截止11月底签约项目255个 (陕西科技报 2021)
XX = "西咸新区"
D1 = "截止11月底,西咸新区签约隆基股份年产15GW高效单晶硅片切片、中国电子西部数字经济产业基地、陕汽新能源智能商用汽车创新中心等产业项目255个,投资额1964亿元"
D2 = "当前,在已设立9支总规模26亿元直投基金、联合陕投设立20亿元科创母基金的基础上,重点推进与长安银行陕国投30亿“秦创投”信托基金设立"
D3 = "西咸新区今年已引进孵化器14家,全区孵化器达49家"
D4 = "全面启动占地2266亩的秦创原科创生态岛,规划建设科创载体93个2217万平方米、年底可交付使用309万平方米"
XA = "2021年1—11月"
G["yx03"] = dict(
 article=art("西咸新区截止11月底签约项目255个", "陕西科技报（szb.snkjb.com 数字报；署名 郝云菲）", "2021-12-17", "day",
  "Provincial science newspaper, Shaanxi: a city press conference on a national new area — signed projects (three named), tech firms, funds set up and planned (秦创原), incubators introduced, a science-innovation island launched",
  "https://szb.snkjb.com/sxkjb/20211217/html/page_01_content_003.htm",
  "日期取数字报地址（20211217）；页面“发布日期:”后为空，“当前版:02版”与地址 page_01 不一致，照录不论。标题照录；数字报菜单行已删；末行署名“(郝”在摘录中截断（同一稿件另一摘录作“(郝云菲)”），删去，正文止于“…提供充足空间。”。园区：西咸新区（国家级新区，陕西；由西安代管——城市记“西安”，文中未写）；秦创原科创生态岛（新区内，parent 西咸新区）。“总窗口”指秦创原创新驱动平台总窗口，不另列园区。项目：隆基股份年产15GW高效单晶硅片切片、中国电子西部数字经济产业基地、陕汽新能源智能商用汽车创新中心（签约，归西咸新区）。基金：9支直投基金（总规模26亿元，合列一条）、科创母基金（20亿元，与陕投联合设立）、“秦创投”信托基金（原文“30亿”无“元”，size_cny 按3e9记；正在推进设立）。截止11月底/今年数字为 cumulative。",
  "yx03"),
 parks=[
  park(XX, "西安", "陕西", "国家级新区", D1, note="城市：西咸新区由西安代管（文中未写）"),
  park("秦创原科创生态岛", "西安", "陕西", "科创园区", D4, parent=XX, note="占地2266亩；全面启动"),
 ],
 companies=[
  comp("隆基股份", XX, D1, note="签约项目的企业"),
  comp("中国电子", XX, D1, opt=True, note="只在项目名中"),
  comp("陕汽", XX, D1, opt=True, note="只在项目名中"),
  comp("陕投", None, D2, opt=True, note="科创母基金联合设立方"),
  comp("长安银行", None, D2, opt=True, note="“秦创投”信托基金合作方"),
  comp("陕国投", None, D2, opt=True, note="同上"),
  comp("西投控股", None, "争取清源、西投控股等产业基金落户总窗口", opt=True, note="争取其产业基金落户"),
 ],
 institutions=[
  inst("西安市政府新闻办", "西安市政府新闻办召开", note="发布会主办方"),
  inst("省科技厅", "238家高新技术企业通过省科技厅评审"),
  inst("交大", "已与交大等5所高校共建科技成果转化平台", kind="university", note="西安交通大学（简称）"),
  inst("西工大", "将在西工大等高校全面复制推广", kind="university", note="西北工业大学（简称）"),
 ],
 projects=[
  proj("隆基股份年产15GW高效单晶硅片切片", XX, D1, companies=["隆基股份"], status="签约", status_text="签约"),
  proj("中国电子西部数字经济产业基地", XX, D1, companies=["中国电子"], status="签约", status_text="签约"),
  proj("陕汽新能源智能商用汽车创新中心", XX, D1, companies=["陕汽"], status="签约", status_text="签约"),
 ],
 funds=[
  fund("直投基金", XX, "已设立9支总规模26亿元直投基金", size="26亿元", size_type="总规模", note="9支基金合计；已设立"),
  fund("科创母基金", XX, "联合陕投设立20亿元科创母基金", size="20亿元", size_type="规模", note="与陕投联合设立；已设立"),
  fund("“秦创投”信托基金", XX, "重点推进与长安银行陕国投30亿“秦创投”信托基金设立", size_type="规模", aliases=["秦创投"],
       note="原文“30亿”无“元”：size_cny 手记3e9；正在推进设立"),
 ],
 aggregate_facts=[
  fact(XX, "park", "projects_signed", 255, "count", D1, XA, kind="cumulative"),
  fact(XX, "park", "signed_investment_cny", 1.964e11, "cny", "投资额1964亿元", XA, kind="cumulative", chk=True),
  fact(XX, "park", "new_market_entities", 205300, "count", "新登记市场主体20.53万户", XA, kind="cumulative", opt=True),
  fact(XX, "park", "market_entities", 412900, "count", "总量达41.29万户", "2021年11月底", opt=True),
  fact(XX, "park", "new_tech_firms_landed", 361, "count", "新增已落地科技型企业361家", XA, kind="cumulative"),
  fact(XX, "park", "new_tech_smes_registered", 950, "count", "新增入库科技型中小企业950家", XA, kind="cumulative", opt=True),
  fact(XX, "park", "high_tech_firms_approved", 238, "count", "238家高新技术企业通过省科技厅评审", XA, kind="cumulative", opt=True),
  fact(XX, "park", "university_transfer_platforms", 5, "count", "已与交大等5所高校共建科技成果转化平台", "2021年12月", opt=True),
  fact(XX, "park", "incubators_introduced", 14, "count", D3, "2021年（至12月中）", kind="cumulative"),
  fact(XX, "park", "incubators", 49, "count", D3, "2021年12月"),
  fact("秦创原科创生态岛", "park", "site_area_mu", 2266, "mu", D4, "2021年12月"),
  fact("秦创原科创生态岛", "park", "planned_innovation_carriers", 93, "count", D4, "规划", kind="target", opt=True),
  fact("秦创原科创生态岛", "park", "planned_floor_area_m2", 22170000, "m2", D4, "规划", kind="target", opt=True),
  fact("秦创原科创生态岛", "park", "floor_area_deliverable_m2", 3090000, "m2", D4, "2021年底（预计）", kind="target", opt=True),
 ],
)
G["yx03"]["funds"][2]["size_cny"] = 3e9

# ---------------------------------------------------------------- yx04 洛阳·大学科技园拟9月开园 (洛阳网 2013)
LY = "洛阳·大学科技园"
E1 = "洛阳·大学科技园项目位于洛阳市先进制造业集聚区南部,规划用地525亩,规划总建筑面积58万平方米,计划总投资15亿元,建设周期为5年,由洛阳·大学科技园发展有限公司建设和运营"
E2 = "项目全部建成后,将引进各类企业1000家,园区年总产值将在200亿元以上"
E3 = "有21家省、市重点实验室入园设立技术服务中心,25家企业进驻园区孵化基地,30余家企业有进驻意向"
E4 = "目前,项目一期工程的2栋科技企业孵化器办公楼已全面封顶,后续工程建设正按计划加紧推进"
G["yx04"] = dict(
 article=art("洛阳·大学科技园拟9月开园", "洛阳网（news.lyd.com.cn）", "2013-06-04", "day",
  "City news portal, Henan: the mayor's on-site work meeting at a university science park under construction — plan, investment, developer, firms in the incubator, first-phase incubator buildings topped out",
  "http://news.lyd.com.cn/system/2013/06/04/010253901.shtml",
  "日期取页面“来源: 洛阳网 2013.06.04 08:37”。主标题照录；副题“李柳身调研项目建设情况”与导航、位置行已删（副题记于此）。**截断**：存档摘录止于末段“要进一步完善政府主导、市场运作、大学唱主角的体制机制,健全国家级大学科技园创建工”（句未完），该句删去，正文止于“…全力以赴推进项目建设。”。园区：洛阳·大学科技园（大学科技园，洛阳，河南；在洛阳市先进制造业集聚区南部 → parent）；洛阳市先进制造业集聚区（产业集聚区；区县未写，涧西区只作为参加单位出现，不填）。项目：洛阳·大学科技园项目（计划总投资15亿元；在建——“建设已进入冲刺阶段”“加紧推进”）；一期2栋科技企业孵化器办公楼已封顶（可选，在建）。建成后企业1000家、年总产值200亿元以上为 target。",
  "yx04", title_note="副题：李柳身调研项目建设情况"),
 parks=[
  park(LY, "洛阳", "河南", "大学科技园", E1, parent="洛阳市先进制造业集聚区", note="拟9月开园；目标国家级大学科技园"),
  park("洛阳市先进制造业集聚区", "洛阳", "河南", "产业集聚区", E1, note="只作科技园所在地出现"),
 ],
 companies=[
  comp("洛阳·大学科技园发展有限公司", LY, E1, note="建设和运营方"),
 ],
 institutions=[
  inst("市科技局", "带领市科技局、市城乡规划局、涧西区等有关单位负责同志"),
  inst("市城乡规划局", "带领市科技局、市城乡规划局、涧西区等有关单位负责同志"),
 ],
 projects=[
  proj("洛阳·大学科技园项目", LY, E1, companies=["洛阳·大学科技园发展有限公司"], inv="15亿元", status="在建",
       status_text="建设已进入冲刺阶段", note="计划总投资"),
  proj("一期工程的2栋科技企业孵化器办公楼", LY, E4, status="在建", status_text="已全面封顶", phase="一期", opt=True),
 ],
 aggregate_facts=[
  fact(LY, "park", "planned_area_mu", 525, "mu", E1, "规划", kind="target"),
  fact(LY, "park", "planned_floor_area_m2", 580000, "m2", E1, "规划", kind="target"),
  fact(LY, "park", "planned_investment_cny", 1.5e9, "cny", "计划总投资15亿元", "规划", kind="target", chk=True, opt=True,
       note="与项目投资额同"),
  fact(LY, "park", "expected_firms", 1000, "count", E2, "全部建成后（预计）", kind="target"),
  fact(LY, "park", "expected_annual_output_cny", 2e10, "cny", "园区年总产值将在200亿元以上", "全部建成后（预计）", kind="target",
       qual="超", qtext="以上", chk=True),
  fact(LY, "park", "labs_entered", 21, "count", E3, "2013-06", opt=True, note="省、市重点实验室设立技术服务中心"),
  fact(LY, "park", "incubated_firms", 25, "count", E3, "2013-06", note="进驻园区孵化基地"),
  fact(LY, "park", "firms_intending_to_enter", 30, "count", E3, "2013-06", qual="余", qtext="余", opt=True),
 ],
)

# ---------------------------------------------------------------- yx05 襄阳科技城开园 (baogaosu 转载 2016)
XY = "襄阳科技城"
XG = "襄阳高新区"
F0 = "4月28日,总规划面积10平方公里、计划总投资200多亿元的襄阳科技城在襄阳高新区开园"
F1 = "其中,中科院院士刘嘉麒团队主导的全球最大玄武岩纤维制造项目已试生产"
F2 = "5年内,设立20亿元高新技术产业基金,吸引社会资本100亿元,撬动民间投资500亿元"
F3 = "推动襄阳科技城实现年营业总收入500亿元以上,引进入驻中小科技企业1000家以上,汇聚高层次创新创业人才2000人以上"
G["yx05"] = dict(
 article=art("襄阳科技城开园 计划总投资200多亿元辐射影响汉江流域", "wuhan.baogaosu.com 转载（原刊未注明；署名 夏永辉、陈茜、肖阳）",
  "2016-04-30", "day",
  "News item relayed by a regional news aggregator, Hubei: a 科技城 opens inside a national high-tech zone — pilot-plant park completed, named projects (trial production, pilot stage), a fund and subsidies, five-year targets",
  "http://wuhan.baogaosu.com/xinwen/%E8%A5%84%E9%98%B3%E7%A7%91%E6%8A%80%E5%9F%8E%E5%BC%80%E5%9B%AD%E8%AE%A1%E5%88%92%E6%80%BB%E6%8A%95%E8%B5%84/46511348/",
  "日期取页面“30.04.2016 11:52”（开园为4月28日）。转载站点未注明原刊（署名三人，疑为湖北日报或襄阳日报稿），文字未见改写痕迹。标题照录；页尾另一条无关新闻（“湖北举办线上机关档案业务建设培训班…”）已删。正文六段完整，止于署名。园区：襄阳科技城（科技城，在襄阳高新区内 → parent）；襄阳高新区。“一期中试产业园”只作数字。项目：全球最大玄武岩纤维制造项目（刘嘉麒团队，已试生产 → 投产，status_text 照录）；气能发动机项目（已进入中试阶段，无状态，可选）；襄阳科技城整体“计划总投资200多亿元”记为可选项目（“200多亿元”非数字+亿元，investment_cny 为空）。华中3D打印智造创新中心作研究机构。基金：高新技术产业基金20亿元（5年内设立，归襄阳高新区）。五年目标（营收500亿元以上、企业1000家以上、人才2000人以上）为 target。",
  "yx05"),
 parks=[
  park(XY, "襄阳", "湖北", "科技城", F0, parent=XG, note="总规划面积10平方公里；2016-04-28开园"),
  park(XG, "襄阳", "湖北", "高新区", F0),
 ],
 companies=[
  comp("中兴通讯股份有限公司", XY, "中兴通讯股份有限公司的国家重点实验室内,中国第一条无线充电设施即将诞生", note="在科技城设国家重点实验室"),
 ],
 institutions=[
  inst("华中3D打印智造创新中心", "中国工程院院士卢秉恒团队已建立快速制造国家工程研究中心华中3D打印智造创新中心", kind="research",
       park=XY, opt=False, note="快速制造国家工程研究中心所建"),
  inst("快速制造国家工程研究中心", "快速制造国家工程研究中心华中3D打印智造创新中心", kind="research", note="只在机构名中"),
  inst("北京航空航天大学", "北京航空航天大学蔡茂林教授的气能发动机项目", kind="university"),
  inst("中科院", F1, kind="research", note="只在“中科院院士”中"),
 ],
 projects=[
  proj("全球最大玄武岩纤维制造项目", XY, F1, status="投产", status_text="已试生产", note="刘嘉麒团队主导；试生产归投产"),
  proj("气能发动机项目", XY, "北京航空航天大学蔡茂林教授的气能发动机项目已进入中试阶段,即将实现产业化", status=None,
       status_text="已进入中试阶段", opt=True),
  proj(XY, XG, F0, inv="200多亿元", unparsed=True, qual="余", qual_text="多", status=None, status_text="开园", opt=True,
       note="科技城整体作项目；“200多亿元”不作数字金额"),
 ],
 funds=[
  fund("高新技术产业基金", XG, "设立20亿元高新技术产业基金", size="20亿元", size_type="规模", note="5年内设立（计划）"),
 ],
 aggregate_facts=[
  fact(XY, "park", "planned_area_km2", 10, "km2", F0, "规划", kind="target"),
  fact(XY, "park", "pilot_park_area_mu", 150, "mu", "目前,该城已建成一期中试产业园150亩", "2016-04"),
  fact(XY, "park", "floor_area_m2", 100000, "m2", "建筑面积近10万平方米", "2016-04", qual="约", qtext="近", opt=True),
  fact(XY, "park", "projects_introduced", 100, "count", "100多个高端项目已入驻或即将入驻襄阳科技城", "2016-04", kind="cumulative",
       qual="余", qtext="多", note="已入驻或即将入驻"),
  fact(XG, "park", "social_capital_attracted_target_cny", 1e10, "cny", "吸引社会资本100亿元", "5年内（目标）", kind="target", chk=True,
       opt=True),
  fact(XY, "park", "annual_revenue_cny", 5e10, "cny", "推动襄阳科技城实现年营业总收入500亿元以上", "约5年后（目标）", kind="target",
       qual="超", qtext="以上", chk=True),
  fact(XY, "park", "firms", 1000, "count", F3, "约5年后（目标）", kind="target", qual="超", qtext="以上"),
  fact(XY, "park", "talents", 2000, "count", F3, "约5年后（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact(XY, "park", "high_level_talents", 100, "count", "襄阳科技城已吸引了海内外高端人才100多人聚集", "2016-04", qual="余", qtext="多",
       opt=True),
 ],
)

# ---------------------------------------------------------------- yx06 襄阳市科技企业孵化器建设取得新进展 (hubeitoday 2018)
H1 = "新增国家级孵化器1家(襄阳市大学科技园)"
H2 = "新认定省级科技企业孵化器2家(襄阳高新科技有限公司、襄阳兴亿投资管理有限公司)"
H3 = "认定首批市级科技企业孵化器4家(湖北文理学院大学科技园、襄阳市检测认证孵化服务中心、唐白河科技企业孵化器、襄阳市劳动就业训练中心科技企业孵化器)"
H4 = "目前,我市市级以上孵化器共16家,其中国家级3家、省级9家、市级4家"
HA = "发布时（“目前”；页面2018-01-21，内容似写于2016年）"
G["yx06"] = dict(
 article=art("襄阳市科技企业孵化器建设取得新进展", "hubeitoday.com.cn（来源：襄樊市科技局）", "2018-01-21", "day",
  "City science bureau's work report relayed by a provincial news site, Hubei: incubators newly recognised at national, provincial and city level (named), and the city's incubator totals",
  "http://www.hubeitoday.com.cn/post/26/70524",
  "日期取页面“2018-01-21 19:48:25 来源: 襄樊市科技局”。但正文说“今年4月,市科技局被省科技厅评为‘2015年度…’先进单位”，稿件似写于2016年，2018年转载；“今年以来”“目前”的年份因此不定（as_of 记“发布时”并注明）。标题照录；正文两段，完整。园区：襄阳市大学科技园（新增国家级孵化器）、湖北文理学院大学科技园（首批市级孵化器）作大学科技园。襄阳高新科技有限公司、襄阳兴亿投资管理有限公司为省级孵化器的运营企业（公司，园区未写 → null）。襄阳市检测认证孵化服务中心、唐白河科技企业孵化器、襄阳市劳动就业训练中心科技企业孵化器作 institution（kind incubator）。湖北文理学院、襄阳职业技术学院（省级校园科技创业孵化器）作高校。全市孵化器数字主语襄阳市（region）。",
  "yx06"),
 parks=[
  park("襄阳市大学科技园", "襄阳", "湖北", "大学科技园", H1, note="新增国家级孵化器"),
  park("湖北文理学院大学科技园", "襄阳", "湖北", "大学科技园", H3, note="首批市级科技企业孵化器"),
 ],
 companies=[
  comp("襄阳高新科技有限公司", None, H2, kind="incubator_operator", note="新认定省级科技企业孵化器"),
  comp("襄阳兴亿投资管理有限公司", None, H2, kind="incubator_operator", note="同上"),
 ],
 institutions=[
  inst("襄阳市检测认证孵化服务中心", H3, kind="incubator", opt=False, note="首批市级科技企业孵化器"),
  inst("唐白河科技企业孵化器", H3, kind="incubator", opt=False, note="同上"),
  inst("襄阳市劳动就业训练中心科技企业孵化器", H3, kind="incubator", opt=False, note="同上"),
  inst("湖北文理学院", "省级校园科技创业孵化器2家(湖北文理学院、襄阳职业技术学院)", kind="university", note="省级校园科技创业孵化器"),
  inst("襄阳职业技术学院", "省级校园科技创业孵化器2家(湖北文理学院、襄阳职业技术学院)", kind="university", note="同上"),
  inst("襄阳市科技局", "今年以来,襄阳市科技局以科技企业孵化器建设为抓手"),
 ],
 projects=[],
 aggregate_facts=[
  fact("襄阳市", "region", "incubators", 16, "count", H4, HA, note="市级以上孵化器"),
  fact("襄阳市", "region", "national_incubators", 3, "count", H4, HA),
  fact("襄阳市", "region", "provincial_incubators", 9, "count", H4, HA),
  fact("襄阳市", "region", "municipal_incubators", 4, "count", H4, HA),
  fact("襄阳市", "region", "national_incubators_new", 1, "count", H1, "“今年以来”（年份不定）", kind="cumulative", opt=True),
  fact("襄阳市", "region", "provincial_incubators_new", 2, "count", H2, "“今年以来”（年份不定）", kind="cumulative", opt=True),
  fact("襄阳市", "region", "municipal_incubators_new", 4, "count", H3, "“今年以来”（年份不定）", kind="cumulative", opt=True),
 ],
)

# ---------------------------------------------------------------- yx07 科技城创新基地月底投用 (绵阳日报 via yybnet 2021)
KC = "科创区"
JD = "科技城创新基地"
K0 = "总投资约12.39亿元的科技城创新基地项目建设,目前已整体进入内部道路绿化美化、围栏拆除等收尾阶段,预计5月底投入使用"
K1 = "科技城创新基地是省市重点建设项目,位于科创区兴隆社区旁,建筑面积约26.4万平方米"
K2 = "目前,已有帝威能源、思创硕远、凯沃光电等15家企业拟入驻"
G["yx07"] = dict(
 article=art("科技城创新基地月底投用", "绵阳日报（融媒体记者 王勇），载于 m.yybnet.net（绵阳新闻）", "2021-05", "month",
  "City daily item via a news aggregator, Sichuan: an innovation base (incubation and technology-trading buildings) in 绵阳's science-and-technology-city innovation district near completion — investment, space, firms intending to enter, expected output",
  "https://m.yybnet.net/mianyang/news/202105/11412992.html",
  "日期：地址为202105，正文“5月11日,记者从科创区获悉”，故记到月（应为2021-05-11或稍后）。标题照录；页尾“新闻推荐”等已删；正文三段完整，末行“(绵阳日报社融媒体记者王勇摄)”照录为一段。园区：科创区（绵阳科技城的科技创新区；城市绵阳由出处推断，文中未写）；科技城创新基地作项目（总投资约12.39亿元；收尾阶段 → 在建），另作可选园区（孵化中心大楼等，企业拟入驻之处）。帝威能源、思创硕远、凯沃光电为拟入驻企业，园区记科技城创新基地（拟入驻，注明）。“预计实现年产值50—80亿元”为区间，不作金额事实。",
  "yx07"),
 parks=[
  park(KC, "绵阳", "四川", "科技创新区", K1, note="绵阳科技城的科创区；城市由出处推断"),
  park(JD, "绵阳", "四川", "创新基地", K1, parent=KC, opt=True, note="孵化中心大楼、技术交易中心大楼；亦为项目"),
 ],
 companies=[
  comp("帝威能源", JD, K2, note="拟入驻"),
  comp("思创硕远", JD, K2, note="拟入驻"),
  comp("凯沃光电", JD, K2, note="拟入驻"),
 ],
 institutions=[],
 projects=[
  proj(JD, KC, K0, inv="约12.39亿元", qual="约", qual_text="约", value=1.239e9, status="在建", status_text="收尾阶段",
       aliases=["科技城创新基地项目"], note="预计2021年5月底投入使用；省市重点建设项目"),
 ],
 aggregate_facts=[
  fact(JD, "park", "floor_area_m2", 264000, "m2", K1, "2021-05", qual="约", qtext="约"),
  fact(JD, "park", "factory_space_m2", 200000, "m2", "能提供20万平方米高端产业制造厂房和6万余平方米的库房", "投入使用后", kind="target",
       opt=True),
  fact(JD, "park", "firms_intending_to_enter", 15, "count", K2, "2021-05"),
 ],
)

# ---------------------------------------------------------------- yx08 郑州郑东新区龙子湖湖心岛建设全面启动 (hnr.cn 2012)
HX = "龙子湖湖心岛"
ZD = "郑东新区"
L0 = "12月18日,郑州郑东新区龙子湖湖心岛5个基础设施项目、7个创意科研项目的集中开工,标志着龙子湖湖心岛建设的全面启动"
L1 = "此次开工的基础设施及科研项目总投资约25亿元,主要包括望龙东桥、望龙西桥、祭城路、明理路、博学路湖心岛段“两桥三路”,和河南创意岛实业有限公司创新创意孵化器项目、河南大用国家禽肉工程技术研究中心项目、北京弗雷森高新技术研发中心项目、华电研究院研发设计中心项目、卫华工程机械研究院项目、河南省盐业集团研发中心项目、贝斯特幼儿教育中心等7个项目"
L2 = "其中,集中开工的7个科研项目涉及生物科技、电子信息、装备制造、工程机械、汽车研发等多个领域。占地99.65亩,建筑面积43.4万平方米"
def kp(name, comps=(), opt=False, note=None):
    return proj(name, HX, L1, companies=list(comps), status="开工", status_text="集中开工", opt=opt, note=note)
G["yx08"] = dict(
 article=art("郑州郑东新区龙子湖湖心岛建设全面启动", "河南人民广播电台网站 hnr.cn（记者 李林）", "2012-12-19", "day",
  "Provincial broadcaster's news site, Henan: groundbreaking of five infrastructure and seven research / incubator projects on a lake island planned as an innovation base in a new district",
  "http://hnr.cn/hnr/gov/szyw/dsyw/201212/t20121219_267260.html",
  "日期取地址（t20121219），开工为12月18日。标题照录；页尾“相关新闻 更多>>”已删；正文三段完整，署名“(记者 李 林)”照录。园区：龙子湖湖心岛（郑东新区内 → parent；规划用地1237亩；定位中原经济区自主创新基地——后来的“智慧岛”，文中未说）；郑东新区（新区）。项目：七个“创意科研项目”（含创新创意孵化器项目；集中开工 → 开工，归龙子湖湖心岛）；“两桥三路”五个基础设施项目作可选。总投资约25亿元为12个项目合计（事实，不分配给单个项目）。贝斯特幼儿教育中心列在“7个项目”中，照列。",
  "yx08"),
 parks=[
  park(HX, "郑州", "河南", "科创岛", L0, parent=ZD, note="规划用地1237亩"),
  park(ZD, "郑州", "河南", "新区", L0),
 ],
 companies=[
  comp("河南创意岛实业有限公司", HX, L1, note="创新创意孵化器项目业主"),
  comp("河南大用", HX, L1, opt=True, note="只在项目名中"),
  comp("北京弗雷森", HX, L1, opt=True, note="只在项目名中"),
  comp("华电研究院", HX, L1, opt=True, note="只在项目名中"),
  comp("卫华", HX, L1, opt=True, note="只在项目名中（卫华工程机械研究院）"),
  comp("河南省盐业集团", HX, L1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  kp("河南创意岛实业有限公司创新创意孵化器项目", ["河南创意岛实业有限公司"]),
  kp("河南大用国家禽肉工程技术研究中心项目", ["河南大用"]),
  kp("北京弗雷森高新技术研发中心项目", ["北京弗雷森"]),
  kp("华电研究院研发设计中心项目", ["华电研究院"]),
  kp("卫华工程机械研究院项目", ["卫华"]),
  kp("河南省盐业集团研发中心项目", ["河南省盐业集团"]),
  kp("贝斯特幼儿教育中心"),
  kp("望龙东桥", opt=True, note="基础设施“两桥三路”"),
  kp("望龙西桥", opt=True, note="同上"),
  kp("祭城路", opt=True, note="同上（湖心岛段）"),
  kp("明理路", opt=True, note="同上（湖心岛段）"),
  kp("博学路湖心岛段", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(HX, "park", "planned_area_mu", 1237, "mu", "龙子湖湖心岛规划用地面积1237亩", "规划", kind="target"),
  fact(HX, "park", "infrastructure_projects_started", 5, "count", L0, "2012-12-18"),
  fact(HX, "park", "research_projects_started", 7, "count", L0, "2012-12-18"),
  fact(HX, "park", "projects_started_investment_cny", 2.5e9, "cny", "此次开工的基础设施及科研项目总投资约25亿元", "2012-12-18",
       qual="约", qtext="约", chk=True),
  fact(HX, "park", "site_area_mu", 99.65, "mu", L2, "2012-12-18", opt=True, note="7个科研项目占地"),
  fact(HX, "park", "floor_area_m2", 434000, "m2", L2, "2012-12-18", opt=True, note="7个科研项目建筑面积"),
 ],
)
