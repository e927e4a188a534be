# real388 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount without 元 (“约6.6亿”) is not a
# yuan amount. Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none
# (a county or city is not a park). Status from the text's words (开工 / 开工建设 / 动工 / 集中开工 → 开工; 竣工投产 / 投产 /
# 全面试产 / 开始试生产 → 投产; 正在建设 / 抢工期 / 加速建设 → 在建; 签约 → 签约). “预计” figures are kind target; year-to-date
# counts (“今年以来”, “累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/nwNN.raw.

# ---------------------------------------------------------------- nw01 咸宁 second-quarter inspection (咸宁新闻网 2017)
GX = "咸宁高新区"
JYC = "嘉鱼产业新城"
A0 = "25日至26日,市拉练检查团赴咸宁高新区和6个县市区开展检查"
A1 = "今年6月15日开工建设的嘉鱼产业新城,目前已签约2家企业,合计投资额约6.6亿"
A2 = "在北部产业示范区打造汽车零部件产业园、高端装备制造产业园和时尚创意产业园"
A3 = "总投资10亿元的立邦涂料是全市211重大项目之一,主要生产水性高级内、外墙乳胶漆、工程新型质感涂料等系列产品。目前正在抢工期、抢进度,下半年可建成投产"
A4 = "湖北嘉诚汽车配件生产项目计划总投资6亿元,目前正在进行车间钢构施工的煞尾工作,预计今年8月部分车间可试投产"
G["nw01"] = dict(
 article=art("咸宁市第二季度拉练检查述评 项目建设热火朝天", "咸宁新闻网（news.xnnews.com.cn，“来源:咸宁新闻网”；存段无署名）", "2017-07-26", "day",
  "City news portal, Hubei: a commentary on the city's second-quarter inspection tour (拉练检查) — an industrial new town started with firms signed, its planned sub-parks, two named projects under construction with amounts and production plans",
  "http://news.xnnews.com.cn/xnxw/201707/t20170726_2743668.shtml",
  "日期取页面“来源:咸宁新闻网 时间:2017-07-26 12:04”。标题照录；面包屑与来源时间行已删；空行已删；小标题“做强项目底盘”作一段保留。存段末行“位于赤壁经济开发区中伙工业园区的宏威”在句中中断，整行删去（赤壁经济开发区因此不在正文中），正文截至“…年产汽车内外饰系统零部件50万台套。”，共十一段。园区：咸宁高新区（检查团所到之处，仅提及）；嘉鱼产业新城（咸宁市嘉鱼县，湖北；“今年6月15日开工建设”，已签约2家企业，合计投资额约6.6亿——无“元”字，不作人民币金额；作园区，亦作可选开发项目）；其北部产业示范区拟建的汽车零部件产业园、高端装备制造产业园、时尚创意产业园为规划中的园中园（可选，parent 嘉鱼产业新城）。项目：立邦涂料（总投资10亿元；“正在抢工期、抢进度,下半年可建成投产”→在建）；湖北嘉诚汽车配件生产项目（计划总投资6亿元；“正在进行车间钢构施工的煞尾工作”→在建）。两项目园区文中未说（park null）。“全市211重大项目”不是园区数字。",
  "nw01"),
 parks=[
  park(GX, "咸宁", "湖北", "高新区", A0, note="检查团所到之处，仅提及"),
  park(JYC, "咸宁", "湖北", "产业新城", A1, district="嘉鱼县", note="文中又作“新城”；2017年6月15日开工建设"),
  park("汽车零部件产业园", "咸宁", "湖北", "产业园（规划）", A2, district="嘉鱼县", parent=JYC, opt=True, note="嘉鱼产业新城北部产业示范区拟建"),
  park("高端装备制造产业园", "咸宁", "湖北", "产业园（规划）", A2, district="嘉鱼县", parent=JYC, opt=True, note="同上"),
  park("时尚创意产业园", "咸宁", "湖北", "产业园（规划）", A2, district="嘉鱼县", parent=JYC, opt=True, note="同上"),
 ],
 companies=[
  comp("立邦涂料", None, A3, note="项目名即企业名；园区文中未说"),
  comp("湖北嘉诚", None, A4, opt=True, note="只在项目名“湖北嘉诚汽车配件生产项目”中"),
 ],
 projects=[
  proj("嘉鱼产业新城", None, A1, status="开工", status_text="开工建设", opt=True,
       note="产业新城本身的开发建设；已签约2家企业，合计投资额约6.6亿（无“元”，不作投资额）"),
  proj("立邦涂料", None, A3, companies=["立邦涂料"], inv="总投资10亿元", status="在建", status_text="正在抢工期、抢进度",
       note="全市211重大项目之一；下半年可建成投产"),
  proj("湖北嘉诚汽车配件生产项目", None, A4, companies=["湖北嘉诚"], inv="计划总投资6亿元", status="在建",
       status_text="正在进行车间钢构施工的煞尾工作", note="预计2017年8月部分车间试投产；年产汽车内外饰系统零部件50万台套"),
 ],
 aggregate_facts=[
  fact(JYC, "park", "firms_signed", 2, "count", A1, "2017年7月", kind="cumulative"),
  fact(JYC, "park", "signed_investment_yi", 6.6, "亿（原文无“元”）", A1, "2017年7月", kind="cumulative", qual="约", qtext="约", opt=True,
       note="“合计投资额约6.6亿”，单位不完整"),
 ])

# ---------------------------------------------------------------- nw02 咸宁 Q4 groundbreaking (zxyzs 2017)
YG = "湖北药姑山中医药健康科技产业园"
B0 = "日前,咸宁举行第四季度重大项目集中开工活动,全市集中开工项目91个,总投资351.5亿元"
B1 = "比如杰士邦卫生用品有限公司生产基地项目总投资20亿元,将在咸宁现有包装车间基础上建设聚氨酯安全套生产基地"
B2 = "此外,一批重大基础设施和生态环保项目动工。如咸安区总投资5亿元的乡镇污水处理项目,湖北药姑山中医药健康科技产业园项目等"
G["nw02"] = dict(
 article=art("咸宁第四季度91个重点项目集中开工", "zxyzs.com（招商选址类网站“新闻中心”转载；原发媒体与署名未注明）", "2017", "year",
  "Investment-promotion site relaying a city news item, Hubei: a city's fourth-quarter groundbreaking — counts and totals by type, a named firm's base project with its investment, a sewage project and a health-industry park project started, the city's fixed-asset investment to September",
  "http://zxyzs.com/hubei/dt/2017/76495.html",
  "存段无日期行；年份取网址 /2017/，文中“第四季度重大项目集中开工活动”“今年前三季度…”，活动约在2017年10月至12月，发布日只知年份（year）。标题照录；站点菜单行已删。正文四段，完整。园区：湖北药姑山中医药健康科技产业园（只在“湖北药姑山中医药健康科技产业园项目”中出现；县区文中未说）。项目：杰士邦卫生用品有限公司生产基地项目（总投资20亿元；集中开工→开工；园区未说）；咸安区乡镇污水处理项目（总投资5亿元，动工；可选）；湖北药姑山中医药健康科技产业园项目（动工→开工；园区开发项目，无金额；park 记 null，园区本身另列）。事实：咸宁全市集中开工91个、总投资351.5亿元；产业转型升级项目49个、185.5亿元；前三季度固定资产投资1236亿元、增长15.2%（region，可选）。",
  "nw02"),
 parks=[
  park(YG, "咸宁", "湖北", "产业园（中医药健康）", B2, note="只在项目名中出现；县区文中未说"),
 ],
 companies=[
  comp("杰士邦卫生用品有限公司", None, B1, note="在咸宁现有包装车间基础上建设生产基地；园区未说"),
 ],
 projects=[
  proj("杰士邦卫生用品有限公司生产基地项目", None, B1, companies=["杰士邦卫生用品有限公司"], inv="总投资20亿元", status="开工",
       status_text="集中开工", note="建设聚氨酯安全套生产基地"),
  proj("乡镇污水处理项目", None, B2, inv="总投资5亿元", status="开工", status_text="动工", opt=True, note="咸安区；基础设施/生态环保项目"),
  proj("湖北药姑山中医药健康科技产业园项目", None, B2, status="开工", status_text="动工", note="园区开发项目，无金额"),
 ],
 aggregate_facts=[
  fact("咸宁", "region", "projects_started", 91, "count", B0, "2017年第四季度集中开工"),
  fact("咸宁", "region", "projects_started_investment_cny", 3.515e10, "cny", B0, "2017年第四季度集中开工", chk=True),
  fact("咸宁", "region", "industrial_upgrading_projects_started", 49, "count", "重大产业转型升级项目有49个,总投资185.5亿元", "2017年第四季度集中开工", opt=True),
  fact("咸宁", "region", "industrial_upgrading_projects_investment_cny", 1.855e10, "cny", "重大产业转型升级项目有49个,总投资185.5亿元", "2017年第四季度集中开工", opt=True, chk=True),
  fact("咸宁", "region", "fixed_asset_investment_cny", 1.236e11, "cny", "今年前三季度,该市固定资产投资完成1236亿元,同比增长15.2%", "2017年1–9月", kind="cumulative", opt=True, chk=True),
  fact("咸宁", "region", "fixed_asset_investment_yoy_growth", 0.152, "ratio", "今年前三季度,该市固定资产投资完成1236亿元,同比增长15.2%", "2017年1–9月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- nw03 宜昌 27 projects signed (荆楚网 2018)
YC = "宜昌高新区"
C0 = "12月27日,宜昌市专业招商重点项目集中签约仪式在城区举行,协议总投资93.57亿元的27个项目集中签约"
C1 = "当日签约的27个项目,除宜昌市与上海国际港务(集团)股份有限公司合作项目外,其他项目均分布在宜昌高新区及各县市区"
C2 = "其中,宜昌高新区10个,宜都市3个,枝江市3个,当阳市5个,夷陵区3个,西陵区1个,点军区1个"
C3 = "在此前的9月和10月,宜昌市已先后举行两次集中签约活动,推动协议投资总额175.42亿元的28个项目落户宜昌"
AS3 = "2018-12-27"
G["nw03"] = dict(
 article=art("（无标题）宜昌市专业招商重点项目集中签约 27个项目协议总投资93.57亿元", "荆楚网（yc.cnhubei.com 宜昌频道；见习记者章巧慧 通讯员雷鹏程；编辑:安吉）", "2018-12", "month",
  "Provincial news portal's city channel, Hubei: a city's signing of 27 projects — total, count by district with the high-tech zone's share, size bands, the investment-promotion task forces, two earlier signings",
  "http://yc.cnhubei.com/ycyw/201812/t4206412.shtml",
  "存段无标题、无日期行（title 为编者概括）。日期：网址 201812，文中“12月27日…签约”“宜昌市今年举行的第三次”，签约日为2018年12月27日，发布日记 2018-12（month）。末行“(作者: 编辑:安吉)”已删。正文四段，完整；“本次活动 的举行”中的空格原文如此，照录。园区：宜昌高新区（签约10个项目）。公司：上海国际港务(集团)股份有限公司（与宜昌市合作项目，园区外，park null）。项目：宜昌市与上港集团合作项目（未命名，签约，可选）。事实：宜昌全市签约27个、协议总投资93.57亿元；宜昌高新区10个；过1亿元19个、过10亿元3个（可选）；此前9月、10月两次签约28个、175.42亿元（可选）；14个招商专班（可选）。",
  "nw03"),
 parks=[
  park(YC, "宜昌", "湖北", "高新区", C1),
 ],
 companies=[
  comp("上海国际港务(集团)股份有限公司", None, C1, note="与宜昌市合作项目；不在园区"),
 ],
 projects=[
  proj("宜昌市与上海国际港务(集团)股份有限公司合作项目", None, C1, companies=["上海国际港务(集团)股份有限公司"], status="签约",
       status_text="集中签约", opt=True, note="项目未命名"),
 ],
 aggregate_facts=[
  fact("宜昌", "region", "projects_signed", 27, "count", C0, AS3),
  fact("宜昌", "region", "signed_investment_cny", 9.357e9, "cny", C0, AS3, chk=True),
  fact(YC, "park", "projects_signed", 10, "count", C2, AS3),
  fact("宜昌", "region", "projects_signed_over_100m", 19, "count", "其中,过1亿元项目19个,过10亿元项目3个", AS3, opt=True),
  fact("宜昌", "region", "projects_signed_over_1bn", 3, "count", "其中,过1亿元项目19个,过10亿元项目3个", AS3, opt=True),
  fact("宜昌", "region", "projects_signed", 28, "count", C3, "2018年9月至10月（两次签约）", opt=True),
  fact("宜昌", "region", "signed_investment_cny", 1.7542e10, "cny", C3, "2018年9月至10月（两次签约）", opt=True, chk=True),
  fact("宜昌", "region", "investment_task_forces", 14, "count", "成立14个招商专班", "2018年7月起", opt=True),
 ])

# ---------------------------------------------------------------- nw04 咸宁 1–8月 inspection, 嘉鱼县 (咸宁网 2021)
PW = "潘湾工业园"
D0 = "深入嘉鱼、赤壁、咸安、咸宁高新区和通山县开展拉练检查"
D1 = "★武汉中用汽车零部件生产项目:该项目位于潘湾工业园,总投资2.5亿元,总建筑面积 6.45万平米,于2018年12月开工建设,现已全面试产"
D2 = "★湖北南合汽车饰件生产项目:该项目总投资8000万元"
D3 = "项目于2019年11月开工,2021年2月竣工投产"
D4 = "★中铁科建装配式建筑产业基地项目:该项目总投资3.5亿元"
D5 = "项目于2020年6月开工建设,今年7月开始试生产"
AS4 = "投产后（预期）"
G["nw04"] = dict(
 article=art("以更大努力夺取“全年精彩” —— 我市开展1—8月项目建设拉练检查实录(上)", "咸宁网（news.xnnews.com.cn；“我市”口吻，原发当为咸宁日报，存段未注明；无署名）", "2021-09-17", "day",
  "City news portal, Hubei: part one of a report on the city's January–August inspection tour — first stop a county: three named projects with investment, start dates, trial or full production, expected output, tax and jobs; one placed in an industrial park",
  "http://news.xnnews.com.cn/xwjj_1/202109/t20210917_2393827.shtml",
  "日期取网址 202109/t20210917（文中检查在9月16日）。标题两行（主题与副题）以一个空格连接。存段末段“【盘点】嘉鱼县…工业基础持”在句中中断，整段删去，正文截至“…新增就业岗位600个。”，共八段（“第一站:嘉鱼县”“【看点】…”各作一段）。园区：咸宁高新区（检查所到之处，仅提及）；潘湾工业园（嘉鱼县，咸宁，湖北）。项目：武汉中用汽车零部件生产项目（潘湾工业园；总投资2.5亿元；2018年12月开工建设，“现已全面试产”→投产）；湖北南合汽车饰件生产项目（总投资8000万元；2021年2月竣工投产→投产）；中铁科建装配式建筑产业基地项目（总投资3.5亿元；2020年6月开工建设，2021年7月开始试生产→投产）。后两项园区文中未说（嘉鱼县，park null）。公司：武汉中用（在潘湾工业园）、南合汽配（文中又作项目名中的“湖北南合”）、中铁科建（可选，只在看点与项目名中）。事实：三个项目的预计年产值、年税收（target，公司为主体；年税收可选）。",
  "nw04"),
 parks=[
  park(GX, "咸宁", "湖北", "高新区", D0, note="检查所到之处，仅提及"),
  park(PW, "咸宁", "湖北", "工业园", D1, district="嘉鱼县"),
 ],
 companies=[
  comp("武汉中用", PW, D1, note="看点“武汉中用”；项目位于潘湾工业园"),
  comp("南合汽配", None, "【看点】武汉中用、南合汽配、中铁科建", note="项目名作“湖北南合汽车饰件生产项目”；嘉鱼县，园区未说"),
  comp("中铁科建", None, "【看点】武汉中用、南合汽配、中铁科建", opt=True, note="只在看点与项目名中"),
 ],
 projects=[
  proj("武汉中用汽车零部件生产项目", PW, D1, companies=["武汉中用"], inv="总投资2.5亿元", status="投产", status_text="现已全面试产",
       status_alt="开工", note="2018年12月开工建设；全面试产"),
  proj("湖北南合汽车饰件生产项目", None, D2, companies=["南合汽配"], inv="总投资8000万元", status="投产", status_text="2021年2月竣工投产",
       note="2019年11月开工；嘉鱼县，园区未说"),
  proj("中铁科建装配式建筑产业基地项目", None, D4, companies=["中铁科建"], inv="总投资3.5亿元", status="投产", status_text="今年7月开始试生产",
       status_alt="开工", note="2020年6月开工建设，2021年7月开始试生产；嘉鱼县，园区未说"),
 ],
 aggregate_facts=[
  fact("武汉中用", "company", "expected_annual_output_cny", 2e8, "cny", "年产值2亿元,年税收1000万元", AS4, kind="target", chk=True),
  fact("武汉中用", "company", "expected_annual_tax_cny", 1e7, "cny", "年税收1000万元,新增就业岗位200个", AS4, kind="target", opt=True, chk=True),
  fact("南合汽配", "company", "expected_annual_output_cny", 8e7, "cny", "年产值8000万元,年税收250万元", AS4, kind="target", chk=True),
  fact("南合汽配", "company", "expected_annual_tax_cny", 2.5e6, "cny", "年税收250万元", AS4, kind="target", opt=True, chk=True),
  fact("中铁科建", "company", "expected_annual_output_cny", 1e9, "cny", "年产值10亿元,年税收3000万元", AS4, kind="target", chk=True),
  fact("中铁科建", "company", "expected_annual_tax_cny", 3e7, "cny", "年税收3000万元", AS4, kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nw05 荆州 ten 100-亿 projects (荆州市招商促进中心 2023)
JZJ = "荆州新能源新材料产业基地"
E0 = "1月31日,荆州市223个亿元以上项目集中开工,总投资1632亿元"
E1 = "其中,荆州伟胜新材料项目总投资121亿元,史丹利宜化项目总投资110亿元"
E2 = "走进荆州新能源新材料产业基地,占地2300亩的华鲁恒升荆州基地建设热火朝天。该项目总投资460亿元"
E3 = "纯碱行业龙头企业金山化工,投资260亿元在荆州布局新能源材料项目"
E4 = "去年以来,美的“空冰洗”三大基地、玖龙纸业、亿钧耀能等项目接连投产,云图新能源材料等多个百亿项目加速建设"
AS5 = "2023-01-31"
G["nw05"] = dict(
 article=art("10个百亿级工业项目“顶天立地” 荆州规上工业增加值增幅居全省首位", "荆州市招商促进中心（zsj.jingzhou.gov.cn“回应关切”栏；存段无署名）", "2023-02-06", "day",
  "City investment-promotion office's site, Hubei: a city's 100-亿 industrial projects — a groundbreaking of 223 projects with two named big ones, signings over two years, a new-energy materials base with a named plant under construction, paper-makers, projects in production and under construction",
  "http://zsj.jingzhou.gov.cn/z/gongzhonghudong/huiyingguanqie/2023-12-07/13107.html",
  "日期取页面“发布时间:2023-02-06”（网址中的 2023-12-07 为栏目归档日期）。标题照录；“今天是:”、面包屑、来源行与图片文件名已删。存段在末段“2022年,荆州规上工业增加值、工业投资、”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“百亿项目挺起荆州“工业脊梁”。”，共六段。园区：荆州新能源新材料产业基地（荆州，湖北；县区文中未说）。项目：荆州伟胜新材料项目（总投资121亿元）、史丹利宜化项目（总投资110亿元），1月31日集中开工→开工，园区未说；华鲁恒升荆州基地（在产业基地；总投资460亿元；“建设热火朝天”“一期项目建设进度已达60%”→在建；预计2023年6月投料试产）；金山化工新能源材料项目（投资260亿元；“布局”无状态；同段写在产业基地语境中，园区由语境推定）；石首仙鹤纸基新材料项目（无金额无状态，可选）；美的“空冰洗”三大基地、玖龙纸业、亿钧耀能（接连投产，可选）；云图新能源材料（加速建设→在建，可选）。公司：华鲁恒升、金山化工；荆州伟胜新材料、史丹利宜化、山鹰、玖龙、仙鹤、美的、亿钧耀能、云图只在项目名或泛称中，可选。事实：荆州全市集中开工223个、1632亿元；百亿工业项目投产或在建10个、近两年累计签下21个（去年12个）；造纸巨头在荆州总投资超550亿元（可选）；华鲁恒升荆州基地占地2300亩、一期进度60%（可选）。",
  "nw05"),
 parks=[
  park(JZJ, "荆州", "湖北", "产业基地（新能源新材料）", E2),
 ],
 companies=[
  comp("华鲁恒升", JZJ, E2, note="华鲁恒升荆州基地"),
  comp("金山化工", JZJ, E3, note="纯碱行业龙头企业；园区由语境推定（同段，与华鲁恒升相互补充）"),
  comp("荆州伟胜新材料", None, E1, opt=True, note="只在项目名中"),
  comp("史丹利宜化", None, E1, opt=True, note="只在项目名中"),
  comp("山鹰", None, "山鹰、玖龙、仙鹤等造纸巨头,在荆州总投资超550亿元", opt=True),
  comp("玖龙纸业", None, E4, opt=True, aliases=["玖龙"]),
  comp("仙鹤", None, "山鹰、玖龙、仙鹤等造纸巨头,在荆州总投资超550亿元", opt=True),
  comp("美的", None, E4, opt=True),
  comp("亿钧耀能", None, E4, opt=True),
 ],
 projects=[
  proj("荆州伟胜新材料项目", None, E1, companies=["荆州伟胜新材料"], inv="总投资121亿元", status="开工", status_text="集中开工"),
  proj("史丹利宜化项目", None, E1, companies=["史丹利宜化"], inv="总投资110亿元", status="开工", status_text="集中开工"),
  proj("华鲁恒升荆州基地", JZJ, E2, companies=["华鲁恒升"], inv="总投资460亿元", status="在建", status_text="建设热火朝天",
       note="一期建设进度60%，预计2023年6月投料试产；占地2300亩"),
  proj("新能源材料项目", JZJ, E3, companies=["金山化工"], inv="投资260亿元", note="金山化工；“布局”无状态；园区由语境推定"),
  proj("石首仙鹤纸基新材料项目", None, "其中石首仙鹤纸基新材料项目,不仅填补湖北特种纸大型企业空白", companies=["仙鹤"], opt=True),
  proj("美的“空冰洗”三大基地", None, E4, companies=["美的"], status="投产", status_text="接连投产", opt=True),
  proj("玖龙纸业", None, E4, companies=["玖龙纸业"], status="投产", status_text="接连投产", opt=True),
  proj("亿钧耀能", None, E4, companies=["亿钧耀能"], status="投产", status_text="接连投产", opt=True),
  proj("云图新能源材料", None, E4, status="在建", status_text="加速建设", opt=True, note="百亿项目"),
 ],
 aggregate_facts=[
  fact("荆州", "region", "projects_started", 223, "count", E0, AS5, note="亿元以上项目"),
  fact("荆州", "region", "projects_started_investment_cny", 1.632e11, "cny", E0, AS5, chk=True),
  fact("荆州", "region", "projects_over_10bn_in_production_or_construction", 10, "count", "至此,荆州已有10个百亿工业项目投产或在建", "2023年1月末", kind="cumulative"),
  fact("荆州", "region", "projects_over_10bn_signed", 21, "count", "近两年,荆州招商引资势头强劲,累计签下21个百亿工业项目,去年一年达12个", "2021–2022年", kind="cumulative"),
  fact("荆州", "region", "projects_over_10bn_signed", 12, "count", "累计签下21个百亿工业项目,去年一年达12个", "2022年", opt=True),
  fact("荆州", "region", "paper_industry_investment_cny", 5.5e10, "cny", "山鹰、玖龙、仙鹤等造纸巨头,在荆州总投资超550亿元", "2023年初", qual="超", qtext="超", opt=True, chk=True),
  fact("华鲁恒升荆州基地", "project", "site_area_mu", 2300, "mu", E2, "2023年初", opt=True),
  fact("华鲁恒升荆州基地", "project", "phase1_progress", 0.60, "ratio", "目前一期项目建设进度已达60%", "2023年初", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- nw06 荆州 631 projects started in 2024 (楚天热 via gudianfeng)
JK = "荆州经开区"
F0 = "先后举行了3次集中开工仪式,总投资2700亿+,2024荆州631个亿元以上项目开工建设"
F1 = "荆州在湖北先导新材料科技有限公司(二期)高端电子材料产业化项目现场举行重大项目集中开工活动"
F2 = "参与本次集中开工的亿元以上项目193个,总投资626.3亿元,年度计划投资188.7亿元"
F3 = "位于本次开工会场的湖北先导新材料科技有限公司在荆州投资的电子信息产业园项目,总投资200亿元,分期实施"
F4 = "一期为循环经济产业项目,投资15亿元,预计2024年12月正式投产"
F5 = "二期为高端电子材料产业化项目,主要建设电子信息产业园、污水处理、动力基站等公辅配套设施,生产电子特气、锆铪产品、金属前驱体等电子材料和新材料,投资35亿元,目前已完成400亩建设用地桩基工程,正在进行基础建设"
F6 = "4月28日上午,荆州在荆州经开区湖北菲利华石英玻璃股份有限公司合成石英材料及光电用陶瓷项目现场举行二季度重大项目集中开工活动"
F7 = "此次活动,集中开工亿元以上项目187个、总投资773.3亿元,其中10亿元以上项目15个、总投资378.7亿元,占比48.9%"
F8 = "荆州经开区、监利市、松滋市项目投资总额均超过百亿元"
G["nw06"] = dict(
 article=art("总投资2700亿+!2024年以来,荆州631个亿元以上项目开工建设", "楚天热（署名如此），载于 gudianfeng.com", "2024-09-21", "day",
  "Aggregator relaying a regional news account, Hubei: a city's 2024 groundbreakings — year-to-date count, the third-quarter event at a named firm's phase-2 project with the firm's park project, phases, amounts and expectations, the second-quarter event at a firm's project in the economic development zone, batch totals",
  "https://gudianfeng.com/new/5617edbe2bf0415fb80a098891b821d5",
  "日期取页面“楚天热 2024-09-21 05:13:19”（该行已删）。标题照录。存段在末段“重大产业领”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“荆州经开区、监利市、松滋市项目投资总额均超过百亿元。”，共五段。园区：荆州经开区（二季度开工活动现场菲利华项目所在）；“电子信息产业园”为先导公司项目所建园区（可选）。项目：湖北先导新材料科技有限公司电子信息产业园项目（总投资200亿元，分期实施，无状态；园区文中未说）；一期循环经济产业项目（投资15亿元，预计2024年12月正式投产，无状态，可选）；二期高端电子材料产业化项目（投资35亿元；三季度集中开工活动现场，“正在进行基础建设”→开工，另记在建）；湖北菲利华石英玻璃股份有限公司合成石英材料及光电用陶瓷项目（在荆州经开区；二季度集中开工活动现场→开工；无金额）。事实：2024年以来开工亿元以上项目631个（cumulative；“总投资2700亿+”无“元”，可选）；三季度批193个、626.3亿元、年度计划投资188.7亿元；二季度批187个、773.3亿元、10亿元以上15个、378.7亿元（可选）；荆州经开区项目投资总额超过百亿元（紧接二季度活动段之后，所指批次推定为二季度集中开工）；先导项目达产后年产值80亿元、年税收6亿元（target，可选）。",
  "nw06"),
 parks=[
  park(JK, "荆州", "湖北", "经开区", F6),
  park("电子信息产业园", "荆州", "湖北", "产业园（企业项目）", F5, opt=True, note="先导公司在荆州投资建设的园区项目"),
 ],
 companies=[
  comp("湖北先导新材料科技有限公司", None, F3, note="园区文中未说"),
  comp("湖北菲利华石英玻璃股份有限公司", JK, F6),
 ],
 projects=[
  proj("湖北先导新材料科技有限公司(二期)高端电子材料产业化项目", None, F5, companies=["湖北先导新材料科技有限公司"], inv="投资35亿元",
       phase="二期", status="开工", status_text="集中开工活动（项目现场）", status_alt="在建", aliases=["高端电子材料产业化项目"],
       note="名称取第二段；金额与进度取第三段“二期为…投资35亿元…正在进行基础建设”"),
  proj("电子信息产业园项目", None, F3, companies=["湖北先导新材料科技有限公司"], inv="总投资200亿元", note="分期实施；达产后年产值80亿元、年税收6亿元"),
  proj("循环经济产业项目", None, F4, companies=["湖北先导新材料科技有限公司"], inv="投资15亿元", phase="一期", opt=True, note="预计2024年12月正式投产"),
  proj("湖北菲利华石英玻璃股份有限公司合成石英材料及光电用陶瓷项目", JK, F6, companies=["湖北菲利华石英玻璃股份有限公司"], status="开工",
       status_text="集中开工活动（项目现场）", note="无金额"),
 ],
 aggregate_facts=[
  fact("荆州", "region", "projects_started", 631, "count", F0, "2024年1月至9月20日", kind="cumulative", note="亿元以上项目"),
  fact("荆州", "region", "projects_started_investment_yi", 2700, "亿（原文“2700亿+”，无“元”）", F0, "2024年1月至9月20日", kind="cumulative", qual="超", qtext="+", opt=True),
  fact("荆州", "region", "projects_started", 193, "count", F2, "2024-09-20"),
  fact("荆州", "region", "projects_started_investment_cny", 6.263e10, "cny", F2, "2024-09-20", chk=True),
  fact("荆州", "region", "planned_annual_investment_cny", 1.887e10, "cny", "年度计划投资188.7亿元", "2024年（计划）", kind="target", opt=True, chk=True),
  fact("荆州", "region", "projects_started", 187, "count", F7, "2024-04-28", opt=True),
  fact("荆州", "region", "projects_started_investment_cny", 7.733e10, "cny", "集中开工亿元以上项目187个、总投资773.3亿元", "2024-04-28", opt=True, chk=True),
  fact(JK, "park", "projects_started_investment_cny", 1e10, "cny", F8, "2024-04-28（二季度集中开工，推定）", qual="超", qtext="超过",
       note="“均超过百亿元”；所指批次由段落位置推定"),
  fact("电子信息产业园项目", "project", "expected_annual_output_cny", 8e9, "cny", "年产值80亿元,年缴纳税收6亿元", "达产后（预期）", kind="target", opt=True, chk=True),
  fact("电子信息产业园项目", "project", "expected_annual_tax_cny", 6e8, "cny", "年缴纳税收6亿元", "达产后（预期）", kind="target", opt=True, chk=True),
 ])
