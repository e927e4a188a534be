# real205 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in. Status from the text's words (开工建设 → 开工; 投产 → 投产; 竣工建成 → 竣工;
# 签约 → 签约). “力争 / 预计 / 可达” figures are kind target; counts “目前已入驻 / 现已入驻 / 累计” are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/uvNN.raw as returned.

# ---------------------------------------------------------------- uv01 利辛经开区 (亳州晚报, c. 2020)
LX = "利辛经济开发区"
A0 = "“十三五”期间,利辛经济开发区进一步完善产业发展布局"
A1 = "园区以纺织服饰产业为首位产业,37家纺织服饰规模以上企业和龙头企业为引领,辐射带动400余家传统丝网服饰企业"
A2 = "年产值达到70亿元的产业体系"
A3 = "形成了以恒盛实业、禾丰牧业、强英鸭业、凯利达等规模企业产业集聚,以投资1.2亿元的利辛食品产业园为承接集聚产业载体,目前已入驻12家企业"
A4 = "投资5亿元的金凤凰产业园已全部竣工建成,作为承接长三角产业转移机械零部件加工示范区,一次性可承接10家企业转移,现已入驻8家"
A5 = "年产300万吨的板集煤矿预计2021年初投产出煤"
A6 = "中煤新集集团投资的2×100万千瓦的板集电厂和总容量240mw的信利光伏电站已并网发电"
A7 = "五年来,利辛经济开发区经济稳步发展,工业总产值年均增长14.35%;工业增加值年均增长12.26%;固定资产投资额年均增长30.2%;"
AS = "“十三五”期间（2016–2020）"
G["uv01"] = dict(
 article=art("利辛经开区多点发力壮大主导产业", "亳州晚报（亳州新闻网 bozhou.cn；存段无署名）", "2020", "year",
  "City evening paper's news site, Anhui: a county economic development zone's review of the 13th five-year plan — four leading industries with output figures, named firms, two parks-within-the-zone (food park 1.2亿元 with 12 firms, 金凤凰产业园 5亿元 completed with 8 firms), coal-power projects, five-year growth rates",
  "http://www.bozhou.cn/p/239128.html",
  "存段无日期行；日期由正文推定：“十三五”期间回顾、“板集煤矿预计2021年初投产出煤”→2020年（年内月份不明）。标题照录；亳州晚报版权声明一行已删。存段在末段“税收收入由0.46亿元增”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…固定资产投资额年均增长30.2%;”（分号照录），共六段。园区：利辛经济开发区（标题作“利辛经开区”；亳州市利辛县，安徽）；利辛食品产业园、金凤凰产业园为区内载体（parent 推定为利辛经济开发区）。公司：恒盛实业、禾丰牧业、强英鸭业、凯利达（“园区…规模企业”）；中煤新集集团（板集电厂投资方，可选）。项目：金凤凰产业园（投资5亿元，已全部竣工建成→竣工）；利辛食品产业园（投资1.2亿元，无状态，可选）；板集煤矿（预计2021年初投产，planned，可选）、板集电厂、信利光伏电站（已并网发电→投产，可选；园区归属由“打造煤电循环经济产业”一节推定）。事实：各产业年产值（70亿元 reported；50亿元 reported；汽车改装“力争…50亿元” target；煤电“预估…80亿元” target）、企业数、入驻数（cumulative）、五年年均增速（ratio）。",
  "uv01"),
 parks=[
  park(LX, "亳州", "安徽", "经济开发区", A0, district="利辛县", aliases=["利辛经开区"], note="标题作“利辛经开区”"),
  park("利辛食品产业园", "亳州", "安徽", "产业园", A3, district="利辛县", parent=LX, note="承接农副产品加工企业的载体；母园区由语境推定"),
  park("金凤凰产业园", "亳州", "安徽", "产业园", A4, district="利辛县", parent=LX, note="机械零部件加工示范区；母园区由语境推定"),
 ],
 companies=[
  comp("恒盛实业", LX, A3),
  comp("禾丰牧业", LX, A3),
  comp("强英鸭业", LX, A3),
  comp("凯利达", LX, A3),
  comp("中煤新集集团", LX, A6, opt=True, note="板集电厂投资方；园区归属由语境推定"),
 ],
 projects=[
  proj("金凤凰产业园", LX, A4, inv="5亿元", status="竣工", status_text="已全部竣工建成", note="园区载体项目；现已入驻8家"),
  proj("利辛食品产业园", LX, A3, inv="1.2亿元", opt=True, note="园区载体，文中无状态；已入驻12家企业"),
  proj("板集煤矿", LX, A5, status="planned", status_text="预计2021年初投产出煤", opt=True, note="年产300万吨；园区归属由语境推定"),
  proj("板集电厂", LX, A6, companies=["中煤新集集团"], status="投产", status_text="已并网发电", opt=True, note="2×100万千瓦"),
  proj("信利光伏电站", LX, A6, status="投产", status_text="已并网发电", opt=True, note="总容量240mw"),
 ],
 aggregate_facts=[
  fact(LX, "park", "textile_above_scale_firms", 37, "count", A1, "“十三五”末"),
  fact(LX, "park", "textile_small_firms", 400, "count", A1, "“十三五”末", qual="余", qtext="余", opt=True, note="传统丝网服饰企业"),
  fact(LX, "park", "textile_output_value_cny", 7e9, "cny", A2, "“十三五”末（年产值）", chk=True),
  fact(LX, "park", "agri_processing_output_value_cny", 5e9, "cny", "园区主攻畜禽、食品等农产品加工转化,年产值达50亿元", "“十三五”末（年产值）", chk=True),
  fact("利辛食品产业园", "park", "enterprises", 12, "count", A3, "“十三五”末（目前）", kind="cumulative"),
  fact(LX, "park", "auto_modification_output_value_cny", 5e9, "cny", "力争年产值达50亿元", "目标", kind="target", opt=True),
  fact("金凤凰产业园", "park", "enterprises", 8, "count", A4, "“十三五”末（现已入驻）", kind="cumulative"),
  fact("金凤凰产业园", "park", "enterprise_capacity", 10, "count", A4, "建成后", opt=True, note="一次性可承接10家企业转移"),
  fact(LX, "park", "coal_power_output_value_cny", 8e9, "cny", "煤电产业预估年产值达80亿元", "预估", kind="target", opt=True),
  fact(LX, "park", "industrial_output_cagr", 0.1435, "ratio", A7, AS, kind="ratio"),
  fact(LX, "park", "industrial_value_added_cagr", 0.1226, "ratio", A7, AS, kind="ratio"),
  fact(LX, "park", "fixed_asset_investment_cagr", 0.302, "ratio", A7, AS, kind="ratio"),
 ])

# ---------------------------------------------------------------- uv02 华夏幸福舒城智能制造产业园 (cnies, 2019)
SC = "舒城产业新城"
ZZ = "华夏幸福舒城智能制造产业园"
B0 = "1月17日上午,加快建设特色产业集群暨安徽省贯彻“六稳”重大项目集中开工现场推进会六安分会场活动在华夏幸福舒城智能制造产业园举行"
B1 = "据了解,此次六安分会场集中开工项目共19个,其中华夏幸福智能制造产业园本次共有10个企业集中开工"
B2 = "继总投资135亿元的精卓光显项目1号园区投产之后,现在又拉开了华夏幸福智能制造产业园项目的建设序幕"
B3 = "华夏幸福入驻舒城5年来,在市、县党委政府的正确领导下,已累计为舒城引进企业65家,总投资近300亿元"
B4 = "据介绍,华夏幸福智能制造产业园项目位于舒城县舒城产业新城内,总占地500亩,包括宜和、乐杭、坎蒂尼等10个高科技、高投入、高税收项目,总投资35亿元"
B5 = "首批项目年内封顶、明年投产,整体达产后年产值可达70亿元,贡献税收2.1亿元"
B6 = "舒城产业新城是安徽省舒城县政府与华夏幸福携手打造"
G["uv02"] = dict(
 article=art("总投资35亿元 华夏幸福智能制造产业园开工建设", "cnies.com（产业园区栏目；原发媒体与署名存段未示）", "2019-01", "month",
  "Industrial-park information site, Anhui: a developer's smart-manufacturing park in a county's industrial new town breaks ground with ten firms (35亿元), an earlier 135亿元 display project in production, the developer's cumulative firms and investment, the park's expected output and tax",
  "http://cnies.com/cyyq1.php?id=10440",
  "存段无日期行；日期推定：“安徽省贯彻‘六稳’重大项目集中开工现场推进会”（“六稳”2018年7月提出）在1月17日举行，“华夏幸福入驻舒城5年来”→2019年1月（推定，月份精度）。标题照录。存段在末段“截至目前,舒城产”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…引领合肥南部区域产业发展和经济崛起。”，共七段。园区：华夏幸福舒城智能制造产业园（又作“华夏幸福智能制造产业园”“智能制造产业园”；在舒城产业新城内）、舒城产业新城（六安市舒城县杭埠镇，安徽；县政府与华夏幸福合作）。公司：华夏幸福（园区开发方，park 舒城产业新城）；宜和、乐杭、坎蒂尼为园内10个项目中的三个（以企业简称指项目，列可选公司与可选项目）。项目：华夏幸福智能制造产业园项目（总投资35亿元，开工——标题“开工建设”、文中“拉开…建设序幕”）；精卓光显项目（总投资135亿元，1号园区投产→投产；park 舒城产业新城由语境推定）。事实：智能制造产业园10个企业集中开工；华夏幸福为舒城累计引进企业65家、总投资近300亿元（“为舒城”，记在舒城产业新城名下，cumulative）；整体达产后年产值70亿元、税收2.1亿元（target）。六安分会场19个开工项目为市级数，可选。",
  "uv02"),
 parks=[
  park(ZZ, "六安", "安徽", "产业园", B0, district="舒城县", parent=SC, aliases=["华夏幸福智能制造产业园", "智能制造产业园"], note="文中又作“华夏幸福智能制造产业园”“智能制造产业园”"),
  park(SC, "六安", "安徽", "产业新城", B6, district="舒城县", note="位于杭埠镇；舒城县政府与华夏幸福合作打造"),
 ],
 companies=[
  comp("华夏幸福", SC, B6, note="园区开发运营方"),
  comp("宜和", ZZ, B4, opt=True, note="园内项目（以企业简称指项目）"),
  comp("乐杭", ZZ, B4, opt=True, note="同上"),
  comp("坎蒂尼", ZZ, B4, opt=True, note="同上"),
 ],
 projects=[
  proj("华夏幸福智能制造产业园项目", SC, B4, companies=["华夏幸福"], inv="35亿元", status="开工", status_text="开工建设", aliases=["华夏幸福智能制造产业园"], note="标题“开工建设”；10个企业集中开工；首批项目年内封顶、明年投产"),
  proj("精卓光显项目", SC, B2, inv="135亿元", status="投产", status_text="1号园区投产", phase="1号园区", note="park 由语境推定（华夏幸福在舒城引进）"),
  proj("宜和", ZZ, B4, opt=True, status="开工", status_text="集中开工", note="10个项目之一"),
  proj("乐杭", ZZ, B4, opt=True, status="开工", status_text="集中开工", note="10个项目之一"),
  proj("坎蒂尼", ZZ, B4, opt=True, status="开工", status_text="集中开工", note="10个项目之一"),
 ],
 institutions=[
  inst("舒城县政府", B6, note="全称“安徽省舒城县政府”"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "projects_started", 10, "count", B1, "2019年1月17日（集中开工）", note="10个企业集中开工"),
  fact("六安分会场", "region", "projects_started", 19, "count", B1, "2019年1月17日（集中开工）", opt=True, note="六安市分会场全部开工项目"),
  fact(ZZ, "park", "planned_investment_cny", 3.5e9, "cny", B4, "2019年1月", chk=True),
  fact(ZZ, "park", "site_area_mu", 500, "mu", B4, "2019年1月", opt=True),
  fact(SC, "park", "firms", 65, "count", B3, "2019年1月（5年累计）", kind="cumulative", note="“为舒城引进企业65家”（华夏幸福引进）"),
  fact(SC, "park", "signed_investment_cny", 3e10, "cny", B3, "2019年1月（5年累计）", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(ZZ, "park", "expected_annual_output_cny", 7e9, "cny", B5, "整体达产后", kind="target", chk=True),
  fact(ZZ, "park", "expected_annual_tax_cny", 2.1e8, "cny", "贡献税收2.1亿元", "整体达产后", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- uv03 民权 河南澳柯玛电器产业园 (中国制冷网, 2016)
MQ = "民权县高新技术开发区"
C0 = "1月17日上午,寒气笼罩的民权县高新技术开发区春意盎然。经过150多天的努力,河南澳柯玛电器产业园投产"
C1 = "去年8月2日,澳柯玛集团与民权县政府签署了项目合作协议,计划投资12亿元人民币在民权建设制冷工业园,年设计产能规模500万台环保冷柜冰箱"
C2 = "除河南澳柯玛电器产业园投产外,当天,民权县高新技术开发区内还有11家企业投产"
C3 = "这12家企业中有制冷企业7家,总投资在20亿元以上"
C4 = "该园一期规划面积168亩,建筑面积6万平方米"
G["uv03"] = dict(
 article=art("（无标题）河南澳柯玛电器产业园在民权县高新技术开发区投产 当天区内12家企业投产", "中国制冷网（zhilengwang.cn；原发媒体与署名存段未示）", "2016-01", "month",
  "Refrigeration trade site, Henan: a refrigeration maker's plant in a county high-tech zone starts production 150-odd days after signing (12亿元 planned, capacity figures), eleven more firms start production the same day, seven of them refrigeration firms with over 20亿元",
  "http://zhilengwang.cn/news/show/5135",
  "存段无标题、无日期行（title 为编者概括）。日期推定：“去年8月2日”签约、1月17日投产、“经过150多天”——8月2日至次年1月17日为168天，相符；澳柯玛民权项目为2015年签约（推定），故为2016年1月（推定，月份精度；年份未在页面上）。末行末尾站名水印“中国制冷网http://www.zhilengwang.cn”已删（make_txt.py LINE_SUFFIX），正文三段完整。园区：民权县高新技术开发区（商丘市民权县，河南）。项目：河南澳柯玛电器产业园（投产；“计划投资12亿元”为整个制冷工业园的计划投资，别名“制冷工业园”；投产的是一期，年产能200万台）。公司：澳柯玛集团（投资方，其产业园在区内，park 记民权县高新技术开发区）。机构：民权县政府（可选）。事实：当天区内另有11家企业投产；12家中制冷企业7家；12家总投资“20亿元以上”→超。",
  "uv03"),
 parks=[
  park(MQ, "商丘", "河南", "高新技术开发区", C0, district="民权县"),
 ],
 companies=[
  comp("澳柯玛集团", MQ, C1, note="投资方；河南澳柯玛电器产业园在区内"),
 ],
 institutions=[
  inst("民权县政府", C1),
 ],
 projects=[
  proj("河南澳柯玛电器产业园", MQ, C1, companies=["澳柯玛集团"], inv="12亿元", status="投产", status_text="投产", aliases=["制冷工业园"], note="计划投资12亿元为制冷工业园总计划（文中“该园”即此园）；投产见首段“河南澳柯玛电器产业园投产”；一期投产"),
 ],
 aggregate_facts=[
  fact("河南澳柯玛电器产业园", "project", "planned_investment_cny", 1.2e9, "cny", C1, "2015年8月2日签约（推定年份）", chk=True, opt=True, note="制冷工业园计划投资；与项目 investment_cny 重复"),
  fact("河南澳柯玛电器产业园", "project", "designed_capacity_units", 5e6, "units", C1, "设计产能", opt=True),
  fact("河南澳柯玛电器产业园", "project", "phase1_site_area_mu", 168, "mu", C4, "一期", opt=True),
  fact("河南澳柯玛电器产业园", "project", "phase1_capacity_units", 2e6, "units", "具有年生产冷柜、冰箱200万台的能力", "一期", opt=True),
  fact(MQ, "park", "firms_in_production", 11, "count", C2, "2016年1月17日（当天，另有）", note="不含澳柯玛"),
  fact(MQ, "park", "firms_in_production", 12, "count", C3, "2016年1月17日（当天，合计）", opt=True),
  fact(MQ, "park", "refrigeration_firms_in_production", 7, "count", C3, "2016年1月17日（当天）"),
  fact(MQ, "park", "firms_in_production_investment_cny", 2e9, "cny", C3, "2016年1月17日（当天）", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- uv04 民权制冷呈集群发展态势 (人民日报 via hnjjgc, 2017)
MG = "民权高新区"
D0 = "民权是国内重要的制冷企业集聚地和制冷产业基地,制冷作为民权高新区主导产业,现已呈现出集群发展之势"
D1 = "区内现拥有万宝、澳柯玛、香雪海等20余个知名品牌"
D2 = "在当天举办的签约仪式上,签约项目19个,资金62亿元,项目涉及装备制造业、新能源新材料和现代服务业、食品加工业等领域"
D3 = "包括海尔、格力、美的、万宝、澳柯玛、冰熊等国际国内知名制冷整机装备企业和制冷产业链零部件企业"
G["uv04"] = dict(
 article=art("民权制冷呈集群发展态势", "人民日报（朱佩娴、张增峰），载于 hnjjgc.org", "2017-10-30", "day",
  "National daily's short report relayed by a Henan site: a county's refrigeration expo — 19 projects signed (62亿元), the county high-tech zone's refrigeration cluster with brands and capacity",
  "http://www.hnjjgc.org/NewsInfo.asp?id=2758",
  "日期取页面“时间:2017/10/30”（博览会10月28日）。标题照录；“用QQ咨询”、信息来源行与“(责编:郭小武)”已删。正文三段，完整。园区：民权高新区（商丘市民权县，河南）；“中国制冷设备产业基地”是称号，不列园区。公司：万宝、澳柯玛、香雪海（“区内现拥有…知名品牌”，列为区内企业）；海尔、格力、美的、冰熊只作参展企业出现（可选，park null）。事实：签约项目19个、资金62亿元（民权县博览会签约，主体记民权县 region）；区内20余个知名品牌（余，可选）；冰箱冷柜年产能2200万台（区内），占全国1/10（ratio 0.1，可选）。机构：河南省工信委、商务厅、商丘市政府、国家质检总局（可选）。",
  "uv04"),
 parks=[
  park(MG, "商丘", "河南", "高新区", D0, district="民权县"),
 ],
 companies=[
  comp("万宝", MG, D1, note="以品牌出现"),
  comp("澳柯玛", MG, D1, note="以品牌出现"),
  comp("香雪海", MG, D1, note="以品牌出现"),
  comp("海尔", None, D3, opt=True, note="参展企业"),
  comp("格力", None, D3, opt=True, note="参展企业"),
  comp("美的", None, D3, opt=True, note="参展企业"),
  comp("冰熊", None, D3, opt=True, note="参展企业"),
 ],
 institutions=[
  inst("河南省工信委", "本届冷博会由河南省工信委、商务厅和商丘市政府主办"),
  inst("商丘市政府", "本届冷博会由河南省工信委、商务厅和商丘市政府主办"),
  inst("国家质检总局", "今年3月份,民权制冷被国家质检总局授予国家生态原产地保护产品"),
 ],
 projects=[],
 aggregate_facts=[
  fact("民权县", "region", "projects_signed", 19, "count", D2, "2017年10月28日（冷博会签约）"),
  fact("民权县", "region", "signed_investment_cny", 6.2e9, "cny", D2, "2017年10月28日（冷博会签约）", chk=True),
  fact(MG, "park", "brands", 20, "count", D1, "2017年10月", qual="余", qtext="余", opt=True),
  fact(MG, "park", "fridge_freezer_capacity_units", 2.2e7, "units", "冰箱冷柜年产能达2200万台,占全国的1/10", "2017年10月"),
  fact(MG, "park", "fridge_freezer_capacity_national_share", 0.1, "ratio", "冰箱冷柜年产能达2200万台,占全国的1/10", "2017年10月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- uv05 安徽7个县域园区 (forum repost, 2018)
E0 = "今年前三季度,寿县蜀山、凤阳宁国、濉溪芜湖、蚌埠铜陵、临泉庐阳、泗县当涂、合肥高新区霍邱现代产业园7个县域园区固定资产投资、财政收入、规上工业增加值同比增长22.5%、59.4%和46.7%"
E1 = "截至目前,全省共建园区共有10个,包括阜阳合肥、亳州芜湖、宿州马鞍山、凤阳宁国、寿县蜀山、濉溪芜湖、蚌埠铜陵、临泉庐阳、泗县当涂及合肥高新区霍邱现代产业园区"
E2 = "阜合园区设立扶贫专项资金1200万元,抽调70名园区工作人员包保到户,投入2000多万元支持乡村振兴工程"
G7 = "7个县域园区"
AS5 = "2018年前三季度"
def gp(name, city, district, ev, aliases=(), note=None, opt=False):
    return park(name, city, "安徽", "南北合作共建园区", ev, district=district, aliases=aliases, note=note, opt=opt)
G["uv05"] = dict(
 article=art("安徽7个县域园区规上工业增加值增长46.7%", "宿松论坛（susongbbs.com）网友转帖（原发媒体存段未示）", "2018-12-08", "day",
  "Local forum repost, Anhui: the province's north–south co-built parks — seven county parks' growth rates of investment, fiscal revenue and industrial value added in the first three quarters, the list of ten co-built parks, jobs and poverty-relief spending",
  "http://www.susongbbs.com/1451893-1-1.html",
  "日期取帖子“发表于 2018-12-8 08:43:16”。标题照录；论坛页头（查看/回复数、用户积分、“发表于…|阅读模式”）与帖内重复的标题行已删。存段在末段“宿马园区投资891.2万元帮扶9个行政村完成危房”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…投入2000多万元支持乡村振兴工程。”，共三段。园区：文中以简称列出的共建园区，名称照录（寿县蜀山、凤阳宁国、濉溪芜湖、蚌埠铜陵、临泉庐阳、泗县当涂、合肥高新区霍邱现代产业园(区)、阜阳合肥、亳州芜湖、宿州马鞍山）；阜合园区＝阜阳合肥、宿马园区＝宿州马鞍山（别名，由简称推定）；所在市县按名称中的县名/市名记，区县不明者 district 为空。“合肥高新区”只在园区名中，不单列。事实：7个县域园区三项增速（ratio，主体记“7个县域园区”）；全省共建园区10个（region 安徽省）；新增就业1.5万人（各园区合计）；阜合园区扶贫专项资金1200万元（“投入2000多万元”不是“数字+万元”，不记事实）。无项目、公司。",
  "uv05"),
 parks=[
  gp("寿县蜀山", "淮南", "寿县", E0, note="寿县蜀山现代产业园（文中简称）"),
  gp("凤阳宁国", "滁州", "凤阳县", E0, note="文中简称"),
  gp("濉溪芜湖", "淮北", "濉溪县", E0, note="文中简称"),
  gp("蚌埠铜陵", "蚌埠", None, E0, note="文中简称；作者将其列入7个县域园区"),
  gp("临泉庐阳", "阜阳", "临泉县", E0, note="文中简称"),
  gp("泗县当涂", "宿州", "泗县", E0, note="文中简称"),
  gp("合肥高新区霍邱现代产业园", "六安", "霍邱县", E0, aliases=["合肥高新区霍邱现代产业园区"], note="第二段作“…现代产业园区”"),
  gp("阜阳合肥", "阜阳", None, E1, aliases=["阜合园区"], note="第三段简称“阜合园区”"),
  gp("亳州芜湖", "亳州", None, E1, note="文中简称"),
  gp("宿州马鞍山", "宿州", None, E1, note="文中简称（第三段“宿马园区”一句在存段中被截断，已删）"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(G7, "park", "fixed_asset_investment_yoy_growth", 0.225, "ratio", E0, AS5, kind="ratio", note="7个县域园区合计"),
  fact(G7, "park", "fiscal_revenue_yoy_growth", 0.594, "ratio", E0, AS5, kind="ratio"),
  fact(G7, "park", "industrial_value_added_yoy_growth", 0.467, "ratio", E0, AS5, kind="ratio"),
  fact("安徽省", "region", "parks_count", 10, "count", E1, "2018年12月（截至目前）", kind="cumulative", note="南北合作共建园区"),
  fact("各园区", "park", "jobs", 15000, "persons", "各园区今年新增当地劳动力就业1.5万人", "2018年", opt=True, note="共建园区合计"),
  fact("阜阳合肥", "park", "poverty_relief_fund_cny", 1.2e7, "cny", "阜合园区设立扶贫专项资金1200万元", "2018年", chk=True),
  fact("阜阳合肥", "park", "staff_assigned", 70, "persons", E2, "2018年", opt=True),
 ])

# ---------------------------------------------------------------- uv06 安徽巢湖经济开发区 (aggregator, 2020)
CH = "安徽巢湖经济开发区"
F0 = "2019年,安徽巢湖经济开发区在合肥经济运行综合考核中位列四大开发区第二位"
F1 = "2019年,安巢经开区招商引资到位资金142亿元,增幅12.5%,增幅位居四大开发区首位"
F2 = "新签约项目98个,其中20亿元以上项目3个,10亿元以上重大项目3个"
F3 = "今年5月重点项目集中开工,42个项目总投资381.6亿元"
F4 = "园区新增国家高新技术企业12家,国家级科技企业孵化器1家,国家科技型中小企业5家,国家企业技术中心1个,省专精特新企业4家,市企业技术中心6家、工业设计中心3家"
G["uv06"] = dict(
 article=art("安徽巢湖经济开发区:产业发展动力强劲 5项指标增速位居头部", "中安在线（文中“中安在线日记者”），载于 chaohu.021cf.cn（聚合站）", "2020", "year",
  "Aggregator relaying a provincial news portal, Anhui: a county-level city's economic development zone at a press conference — 2019 ranking, funds attracted and growth, projects signed by size, 42 projects started in May, new high-tech firms and innovation platforms",
  "http://chaohu.021cf.cn/index.php/post/4021.html",
  "存段无日期行；日期推定：文中给2019年全年数，并称“今年5月重点项目集中开工”→2020年（5月以后，月份不明）。标题照录；文首“中安在线日记者”照录（原文如此）。存段末段“下一步,安巢经开区将…作为开发区产业再聚”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…产业发展实现新提升。”，共四段。园区：安徽巢湖经济开发区（文中又作“安巢经开区”；合肥市代管巢湖市，安徽）。“半汤郁金香高地”为景区，不列园区。机构、公司、项目均无点名。事实：2019年招商引资到位资金142亿元（reported）及增幅12.5%；新签约项目98个，20亿元以上3个、10亿元以上3个（可选）；2020年5月42个项目集中开工、总投资381.6亿元；新增国家高新技术企业12家及其他平台数（可选）。",
  "uv06"),
 parks=[
  park(CH, "合肥", "安徽", "经济开发区", F0, district="巢湖市", aliases=["安巢经开区"], note="文中又作“安巢经开区”“园区”"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(CH, "park", "funds_attracted_cny", 1.42e10, "cny", F1, "2019年", chk=True, note="招商引资到位资金"),
  fact(CH, "park", "funds_attracted_yoy_growth", 0.125, "ratio", F1, "2019年", kind="ratio"),
  fact(CH, "park", "projects_signed", 98, "count", F2, "2019年"),
  fact(CH, "park", "projects_over_2bn_count", 3, "count", F2, "2019年", opt=True, note="20亿元以上项目"),
  fact(CH, "park", "projects_over_1bn_count", 3, "count", F2, "2019年", opt=True, note="10亿元以上重大项目"),
  fact(CH, "park", "projects_started", 42, "count", F3, "2020年5月（集中开工）"),
  fact(CH, "park", "projects_started_investment_cny", 3.816e10, "cny", F3, "2020年5月（集中开工）", chk=True),
  fact(CH, "park", "high_tech_firms_added", 12, "count", F4, "2019年"),
  fact(CH, "park", "incubators_added", 1, "count", F4, "2019年", opt=True),
  fact(CH, "park", "tech_smes_added", 5, "count", F4, "2019年", opt=True),
  fact(CH, "park", "specialized_sme_added", 4, "count", F4, "2019年", opt=True),
 ])
