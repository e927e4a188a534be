# real175 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as stored); names as written in the
# text, except where the text only has a bare generic word for its own zone (“经开区”, “高新区”, “经济开发区”): then the name
# adds the place the text itself gives (芜湖市, 济宁新闻网, 建平县) and the bare word is kept as alias (see notes). 逾/超过/超/
# 以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence); US dollars in *_usd facts. Growth rates and shares as ratios. Projects: the park is the one
# the text places the project in, null if none (a county is not a park). Status from the text's words (开工建设 → 开工; 加快
# 建设 / 加快推进 → 在建; 投产 → 投产; 落地实施 / 打造 → no status). “预计” year figures are kind target with “（预计）” in
# as_of. County / national figures that are not about a park are kept as optional facts (subject_type region), so that an
# extractor that stores them is not counted wrong, and is not required to. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/vrNN.raw as returned.

# ---------------------------------------------------------------- vr01 建平县 2018 政府工作报告 (辽宁 朝阳)
JPK = "建平经济开发区"
B0 = "经济开发区家居产业园60万平方米标房入驻46家企业陆续投产"
B1 = "新型建材产业园、现代制造产业园30万平方米标房全部入驻"
B2 = "环保科技产业园积极推进"
B3 = "农产品加工产业园10万平方米标房初具规模"
B4 = "“一区五园”建设进展顺利"
B5 = "牛河梁开发区大力推进景区改造和展陈提升,红山文化研究中心初步投入使用"
B6 = "红山中心商贸集聚区红十字医养结合体、万商经典等重点项目加快建设"
B7 = "富山新市镇高铁站建设启动实施"
BY = "2018年（预计到年末）"
G["vr01"] = dict(
 article=art("政府工作报告 ——2018年12月22日在建平县第十八届人民代表大会第二次会议上", "建平县人民政府（县长王文佳），载于 guanchang.qwyd.net（官场/政府工作报告转载站）", "2018-12-22", "day",
  "County government work report, Liaoning (opening and first section only): county headline figures (estimates) and the “五个一” platforms — the economic development zone's five parks with standard-factory areas and firms moved in, a scenic development zone, a commercial cluster with two projects under construction",
  "https://guanchang.qwyd.net/zhengfugongzuobaogao/287028.html",
  "日期为报告所署大会日期（页面转载日期未见）。标题行“政府工作报告”与副题“——2018年12月22日在建平县…会议上”合为标题行。存段止于第一部分“——‘五个一工程’强力推进”一段（整句结束），其后未存。园区：文中“经济开发区家居产业园”“一区五园”——经济开发区无专名，名称记为“建平经济开发区”（县名取自副题，别名“经济开发区”照录），列为可选；家居产业园、新型建材产业园、现代制造产业园、环保科技产业园、农产品加工产业园为五园（母园区推定为该经济开发区），必列；牛河梁开发区必列（景区型开发区）；红山中心商贸集聚区为商贸集聚区，列为可选园区。项目：红十字医养结合体、万商经典（红山中心商贸集聚区，加快建设→在建）；红山文化研究中心（牛河梁开发区，初步投入使用，无状态，可选）；富山新市镇高铁站（非园区，可选）。“30万平方米标房”为新型建材与现代制造两园合计，记于新型建材产业园名下并注明，可选。县级地区生产总值等为县数，作可选 region 事实。",
  "vr01"),
 parks=[
  park(JPK, "朝阳", "辽宁", "经济开发区", B0, district="建平县", aliases=["经济开发区"], opt=True, note="文中只作“经济开发区”（“一区五园”之“一区”）；县名取自报告副题"),
  park("家居产业园", "朝阳", "辽宁", "产业园", B0, district="建平县", parent=JPK, aliases=["经济开发区家居产业园"], note="“一区五园”之一"),
  park("新型建材产业园", "朝阳", "辽宁", "产业园", B1, district="建平县", parent=JPK, note="“一区五园”之一；母园区由语境推定"),
  park("现代制造产业园", "朝阳", "辽宁", "产业园", B1, district="建平县", parent=JPK, note="同上"),
  park("环保科技产业园", "朝阳", "辽宁", "产业园", B2, district="建平县", parent=JPK, note="同上"),
  park("农产品加工产业园", "朝阳", "辽宁", "产业园", B3, district="建平县", parent=JPK, note="同上"),
  park("牛河梁开发区", "朝阳", "辽宁", "开发区", B5, district="建平县", note="景区改造与展陈（红山文化）"),
  park("红山中心商贸集聚区", "朝阳", "辽宁", "商贸集聚区", B6, district="建平县", opt=True, note="商贸集聚区，“五个一”平台之一"),
 ],
 projects=[
  proj("红十字医养结合体", "红山中心商贸集聚区", B6, status="在建", status_text="加快建设"),
  proj("万商经典", "红山中心商贸集聚区", B6, status="在建", status_text="加快建设"),
  proj("红山文化研究中心", "牛河梁开发区", B5, status_text="初步投入使用", opt=True, note="研究中心，非产业项目"),
  proj("富山新市镇高铁站", None, B7, status="开工", status_text="建设启动实施", opt=True, note="交通设施，不在园区"),
 ],
 aggregate_facts=[
  fact("家居产业园", "park", "standard_factory_area_m2", 600000, "m2", B0, "2018年", note="标房面积"),
  fact("家居产业园", "park", "firms_moved_in", 46, "count", B0, "2018年", note="入驻企业陆续投产"),
  fact("新型建材产业园", "park", "standard_factory_area_m2", 300000, "m2", B1, "2018年", opt=True, note="新型建材产业园与现代制造产业园合计"),
  fact("农产品加工产业园", "park", "standard_factory_area_m2", 100000, "m2", B3, "2018年", opt=True),
  fact("建平县", "region", "gdp_cny", 11500000000.0, "cny", "全县地区生产总值完成115亿元,同比增长7%", BY, kind="target", opt=True),
  fact("建平县", "region", "gdp_growth", 0.07, "ratio", "全县地区生产总值完成115亿元,同比增长7%", BY, kind="ratio", opt=True),
  fact("建平县", "region", "fixed_asset_investment_cny", 3810000000.0, "cny", "固定资产投资完成38.1亿元,同比增长23 %", BY, kind="target", opt=True),
  fact("建平县", "region", "fixed_asset_investment_growth", 0.23, "ratio", "固定资产投资完成38.1亿元,同比增长23 %", BY, kind="ratio", opt=True),
  fact("建平县", "region", "public_budget_revenue_cny", 786000000.0, "cny", "一般公共预算收入完成7.86亿元,同比增长10%", BY, kind="target", opt=True),
  fact("建平县", "region", "public_budget_revenue_growth", 0.10, "ratio", "一般公共预算收入完成7.86亿元,同比增长10%", BY, kind="ratio", opt=True),
  fact("建平县", "region", "retail_sales_cny", 7100000000.0, "cny", "社会消费品零售总额完成71亿元,同比增长6%", BY, kind="target", opt=True),
  fact("建平县", "region", "retail_sales_growth", 0.06, "ratio", "社会消费品零售总额完成71亿元,同比增长6%", BY, kind="ratio", opt=True),
  fact("建平县", "region", "rural_income_per_capita", 12833, "yuan", "农村常住居民人均可支配收入完成12833元,同比增长8%", BY, kind="target", opt=True),
  fact("建平县", "region", "rural_income_growth", 0.08, "ratio", "农村常住居民人均可支配收入完成12833元,同比增长8%", BY, kind="ratio", opt=True),
 ],
)

# ---------------------------------------------------------------- vr02 平阴县 2019 政府工作报告 (山东 济南)
C0 = "合景泰富团队投资50亿元,倾力打造最具浪漫风情的玫瑰谷田园综合体和特色小镇"
C1 = "东方希望集团投资40亿元,建设全省首个养殖一体化产业链项目,带动13万亩田园综合体建设"
C2 = "伊利集团追加投资30亿元,实现奶牛养殖、饲料加工、奶业生产、仓储物流全覆盖"
C3 = "成立产发置业平台,设立产业发展基金"
C4 = "玫瑰高端产业园、锦水高端装备制造产业园、产发置业标准化厂房、绿色建材产业园、榆山中小企业孵化园5大园区同步推进"
C5 = "50万平方米标准厂房全部开工,26家企业“拎包入驻”"
PY = "2018年（预计）"
G["vr02"] = dict(
 article=art("政府工作报告 ——2019年1月20日在平阴县第十八届人民代表大会第三次会议上", "平阴县人民政府（代理县长王秀成），载于 guanchang.qwyd.net（官场/政府工作报告转载站）", "2019-01-20", "day",
  "County government work report, Shandong (opening of the 2018 review only): three large investments by named groups, an industry fund set up, five parks advanced with standard factories started and firms moved in, county headline figures",
  "https://guanchang.qwyd.net/zhengfugongzuobaogao/287196.html",
  "日期为报告所署大会日期。标题行“政府工作报告”与副题合为标题行；页面上字间加空格的“政 府 工 作 报 告”行删去。存段末行“最温暖人心”为下一段起首、未完，删去；正文止于“…开启标准化厂房招商新路径。”。“全县上下*学习贯彻”中的星号为转载页原样（疑为被替换的字），照录。园区：玫瑰高端产业园、锦水高端装备制造产业园、绿色建材产业园、榆山中小企业孵化园（必列）；“产发置业标准化厂房”为“5大园区”之一但名为厂房，列为可选园区。公司：合景泰富（团队）、东方希望集团、伊利集团——文中未置于园区，park 为 null。项目：玫瑰谷田园综合体和特色小镇（50亿元）、养殖一体化产业链项目（40亿元）、伊利集团追加投资（30亿元，项目无名，可选）；均无园区，无状态词（“打造”“建设”“实现”）。基金：产业发展基金（无规模，无园区）。“50万平方米标准厂房全部开工, 26家企业拎包入驻”记于“5大园区”整体（subject_type park_group）。县级数字作可选 region 事实。",
  "vr02"),
 parks=[
  park("玫瑰高端产业园", "济南", "山东", "产业园", C4, district="平阴县", note="“5大园区”之一"),
  park("锦水高端装备制造产业园", "济南", "山东", "产业园", C4, district="平阴县", note="同上"),
  park("绿色建材产业园", "济南", "山东", "产业园", C4, district="平阴县", note="同上"),
  park("榆山中小企业孵化园", "济南", "山东", "孵化园", C4, district="平阴县", note="同上"),
  park("产发置业标准化厂房", "济南", "山东", "标准化厂房", C4, district="平阴县", opt=True, note="列入“5大园区”，但为厂房项目名"),
 ],
 companies=[
  comp("合景泰富", None, C0, note="文作“合景泰富团队”"),
  comp("东方希望集团", None, C1),
  comp("伊利集团", None, C2),
 ],
 institutions=[
  inst("产发置业平台", C3, kind="platform", note="县设立的产业发展平台"),
 ],
 projects=[
  proj("玫瑰谷田园综合体和特色小镇", None, C0, companies=["合景泰富"], inv="50亿元", status_text="倾力打造", note="合景泰富团队投资"),
  proj("养殖一体化产业链项目", None, C1, companies=["东方希望集团"], inv="40亿元", status_text="建设", aliases=["全省首个养殖一体化产业链项目"], note="全省首个；带动13万亩田园综合体建设"),
  proj("伊利集团追加投资", None, C2, companies=["伊利集团"], inv="30亿元", opt=True, note="追加投资，项目无名"),
 ],
 funds=[
  fund("产业发展基金", None, C3, note="县设立；无规模"),
 ],
 aggregate_facts=[
  fact("5大园区", "park_group", "standard_factory_started_m2", 500000, "m2", C5, "2018年", note="玫瑰高端产业园等5大园区合计；全部开工"),
  fact("5大园区", "park_group", "firms_moved_in", 26, "count", C5, "2018年", note="“拎包入驻”"),
  fact("5大园区", "park_group", "parks_count", 5, "count", C4, "2018年", opt=True),
  fact("平阴县", "region", "gdp_growth", 0.08, "ratio", "预计地区生产总值增长8%", PY, kind="ratio", opt=True),
  fact("平阴县", "region", "public_budget_revenue_cny", 2190000000.0, "cny", "一般公共预算收入完成21.9亿元,增长9.1%", PY, kind="target", opt=True),
  fact("平阴县", "region", "public_budget_revenue_growth", 0.091, "ratio", "一般公共预算收入完成21.9亿元,增长9.1%", PY, kind="ratio", opt=True),
  fact("平阴县", "region", "retail_sales_cny", 10900000000.0, "cny", "社会消费品零售总额达到109亿元,增长8.5%", PY, kind="target", opt=True),
  fact("平阴县", "region", "retail_sales_growth", 0.085, "ratio", "社会消费品零售总额达到109亿元,增长8.5%", PY, kind="ratio", opt=True),
  fact("平阴县", "region", "urban_income_per_capita", 28656, "yuan", "城乡居民人均可支配收入分别达到28656元、14775元,分别增长8%、7.5%", PY, kind="target", opt=True),
  fact("平阴县", "region", "rural_income_per_capita", 14775, "yuan", "城乡居民人均可支配收入分别达到28656元、14775元,分别增长8%、7.5%", PY, kind="target", opt=True),
  fact("平阴县", "region", "rural_income_growth", 0.075, "ratio", "城乡居民人均可支配收入分别达到28656元、14775元,分别增长8%、7.5%", PY, kind="ratio", opt=True),
  fact("东方希望集团", "company", "land_area_mu", 130000, "mu", C1, "2018年", opt=True, note="带动13万亩田园综合体建设"),
 ],
)

# ---------------------------------------------------------------- vr03 芜湖经开区 2022 汇报 (安徽 芜湖)
WH = "芜湖经开区"
D0 = "经开区深入贯彻落实党的二十大精神"
D1 = "预计全年实现地区生产总值685亿元,增长8.5%左右"
D2 = "实现规模以上工业产值2220亿元,增长18.7%"
D3 = "实现固定资产投资260亿元,增长16%"
D4 = "实现规上服务业营业收入174亿元,增长18.9%"
D5 = "在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位"
D6 = "奇瑞汽车连续19年位居中国品牌乘用车出口第一,美的集团位居中国家电行业第一,信义集团成为全球第一光伏玻璃巨头,长信科技成为中国ito导电玻璃行业领军者,楚江集团铜板带产销规模位居全国第一,人本集团连续10年产销量在全国轴承企业中排名第一"
D7 = "美的厨卫、美智空调2家企业分别揭榜入选2022年国家智能制造示范工厂、国家智能制造优秀场景"
D8 = "神剑新材料和鑫科铜业入围2022年国家级制造业单项冠军企业(产品)"
WY = "2022年全年（预计）"
G["vr03"] = dict(
 article=art("经开区2022年经济社会发展总体情况和2023年工作打算汇报", "（汇报材料，单位未署；载于 6dgww.com 文档站，仅显示前592字）", "2022", "year",
  "Zone work report (年度汇报), Anhui: a national economic and technological development zone's 2022 estimated headline figures, honours and rankings, and its leading firms",
  "http://6dgww.com/Article/15667090.html",
  "材料未署日期与单位；“今年以来”“预计全年”“2022年…入选”表明写于2022年末或2023年初，published 记 2022（year）。文档站只显示前592字，“(未完,全文共2270字,当前显示592字)”及提示行删去；正文为开头三段，完整句止。园区：文中只作“经开区”，名称记为“芜湖经开区”（城市取自文末“助力芜湖市”；“全国217家国家级开发区综合考评”表明为国家级），别名“经开区”照录。公司：奇瑞汽车、美的集团、信义集团、长信科技、楚江集团、人本集团、美的厨卫、美智空调、神剑新材料、鑫科铜业——作为“经开区”重点企业列出，园区记芜湖经开区。指标：地区生产总值、规上工业产值、固定资产投资、规上服务业营业收入为“预计全年”数（target），增速为 ratio；“8.5%左右”→约。排名列可选。",
  "vr03"),
 parks=[
  park(WH, "芜湖", "安徽", "经济技术开发区", D0, aliases=["经开区"], note="文中只作“经开区”；城市取自“助力芜湖市”；国家级（参加全国217家国家级开发区考评）"),
 ],
 companies=[
  comp("奇瑞汽车", WH, D6), comp("美的集团", WH, D6), comp("信义集团", WH, D6), comp("长信科技", WH, D6),
  comp("楚江集团", WH, D6), comp("人本集团", WH, D6),
  comp("美的厨卫", WH, D7), comp("美智空调", WH, D7),
  comp("神剑新材料", WH, D8), comp("鑫科铜业", WH, D8),
 ],
 aggregate_facts=[
  fact(WH, "park", "gdp_cny", 68500000000.0, "cny", D1, WY, kind="target"),
  fact(WH, "park", "gdp_growth", 0.085, "ratio", D1, WY, kind="ratio", qual="约", qtext="左右"),
  fact(WH, "park", "industrial_output_above_scale_cny", 222000000000.0, "cny", D2, WY, kind="target"),
  fact(WH, "park", "industrial_output_growth", 0.187, "ratio", D2, WY, kind="ratio"),
  fact(WH, "park", "fixed_asset_investment_cny", 26000000000.0, "cny", D3, WY, kind="target"),
  fact(WH, "park", "fixed_asset_investment_growth", 0.16, "ratio", D3, WY, kind="ratio"),
  fact(WH, "park", "services_revenue_above_scale_cny", 17400000000.0, "cny", D4, WY, kind="target"),
  fact(WH, "park", "services_revenue_growth", 0.189, "ratio", D4, WY, kind="ratio"),
  fact(WH, "park", "national_zone_rank", 13, "rank", D5, "2021年度考评", opt=True),
  fact(WH, "park", "provincial_zone_rank", 3, "rank", D5, "2021年度考评", opt=True),
  fact("国家级开发区", "park_group", "parks_count", 217, "count", D5, "2021年度考评", opt=True),
  fact("安徽省级以上开发区", "park_group", "parks_count", 126, "count", D5, "2021年度考评", opt=True),
 ],
)

# ---------------------------------------------------------------- vr04 济宁高新区 誓师大会 (山东 济宁; 年份未载)
JN = "济宁高新区"
E0 = "高新区召开全区“当标兵作示范争一流”誓师大会暨“三次创业”推进会议"
E1 = "装备制造产业在山推、小松两大龙头带动下,增长32%"
E2 = "美国伊顿汽车零部件、德国莱尼二期、日本胜代扩产、浙江贝诺激光产业园等基地型、龙头型产业项目加快推进"
E3 = "生物医药产业依托辰欣医药,利润增长27%"
E4 = "辰欣高端制剂、鲁抗新药研发、迪安诊断等高端医药项目落地实施"
E5 = "双百工程中天虹纺织、五菱海美汽车、京东亚洲一号、红星爱琴海、北大环保产业基地等79个重点项目开工建设,总投资额108亿元,完成年度计划的60.7%"
E6 = "8个重点项目进入省新旧动能项目库,57个项目进入全市项目库"
E7 = "70万平米的麒麟岛、20万平米的中央商务区、10万平米的红星爱琴海加快推进"
E8 = "面向区内企业职工的50万平米蓝领公寓一期已确定选址"
E9 = "力争年内新开发商住面积150万平方米以上"
E10 = "5至10年新城常驻人口突破40万,全区总人口达60万"
JA = "1至7月份（年份未载）"
G["vr04"] = dict(
 article=art("(济宁高新区召开“当标兵作示范争一流”誓师大会暨“三次创业”推进会议)", "济宁新闻网（记者 曹俐），载于 riril.cn（转载站）", None, "unknown",
  "City news site, Shandong: a national high-tech zone's mobilisation meeting — Jan–Jul industry growth with its anchor firms, named projects advancing, landed and started (79 projects, 108亿元), development-area plans and population targets",
  "http://www.riril.cn/i103419.htm",
  "存段无标题行、无日期行：title 为概括（加括号）；页面侧栏另有“高新区配套设施渐趋完善 人气足,商气旺”一行，可能即本文标题，未采用。日期：文中“昨日”“1至7月份”及“力争…2021年…”——当为某年8月（推测2018年前后），年份不可定，published 记 null。转载站侧栏的无关标题（厦门、土左旗、惠州等）删去；正文三段加署名“(记者 曹俐)”，完整。园区：文中只作“高新区”，名称记为“济宁高新区”（城市取自“济宁新闻网讯”；文末“将跻身省内国家高新区前列”），别名“高新区”照录。公司：山推、小松（装备制造龙头）、辰欣医药（生物医药）——园区济宁高新区，必列；伊顿、莱尼、胜代、鲁抗、迪安诊断、天虹纺织、五菱海美汽车、京东等只在项目名中，不另列。项目：伊顿汽车零部件、莱尼二期、胜代扩产、贝诺激光产业园（加快推进→在建）；辰欣高端制剂、鲁抗新药研发、迪安诊断（落地实施→无状态）；天虹纺织、五菱海美汽车、京东亚洲一号、红星爱琴海、北大环保产业基地（开工建设→开工；79个合计108亿元为事实，不分摊）；麒麟岛、中央商务区（加快推进→在建，可选）；蓝领公寓一期（确定选址→planned，可选）。红星爱琴海同时出现在“开工建设”和“10万平米…加快推进”中，状态取开工，status_alt 在建。",
  "vr04"),
 parks=[
  park(JN, "济宁", "山东", "高新区", E0, aliases=["高新区"], note="文中只作“高新区”；城市取自“济宁新闻网讯”"),
 ],
 companies=[
  comp("山推", JN, E1, note="装备制造龙头"),
  comp("小松", JN, E1, note="装备制造龙头"),
  comp("辰欣医药", JN, E3, note="生物医药龙头"),
 ],
 projects=[
  proj("美国伊顿汽车零部件", JN, E2, status="在建", status_text="加快推进", aliases=["伊顿汽车零部件"]),
  proj("德国莱尼二期", JN, E2, status="在建", status_text="加快推进", phase="二期", aliases=["莱尼二期"]),
  proj("日本胜代扩产", JN, E2, status="在建", status_text="加快推进", aliases=["胜代扩产"]),
  proj("浙江贝诺激光产业园", JN, E2, status="在建", status_text="加快推进", aliases=["贝诺激光产业园"]),
  proj("辰欣高端制剂", JN, E4, companies=["辰欣医药"], status_text="落地实施"),
  proj("鲁抗新药研发", JN, E4, status_text="落地实施"),
  proj("迪安诊断", JN, E4, status_text="落地实施", note="以企业名作项目名"),
  proj("天虹纺织", JN, E5, status="开工", status_text="开工建设", note="双百工程；以企业名作项目名"),
  proj("五菱海美汽车", JN, E5, status="开工", status_text="开工建设", note="双百工程"),
  proj("京东亚洲一号", JN, E5, status="开工", status_text="开工建设", note="双百工程"),
  proj("红星爱琴海", JN, E5, status="开工", status_text="开工建设", status_alt="在建", note="双百工程；另见“10万平米的红星爱琴海加快推进”"),
  proj("北大环保产业基地", JN, E5, status="开工", status_text="开工建设", note="双百工程"),
  proj("麒麟岛", JN, E7, status="在建", status_text="加快推进", opt=True, note="70万平米，片区开发"),
  proj("中央商务区", JN, E7, status="在建", status_text="加快推进", opt=True, note="20万平米"),
  proj("蓝领公寓一期", JN, E8, status="planned", status_text="已确定选址", phase="一期", opt=True, note="50万平米"),
 ],
 aggregate_facts=[
  fact(JN, "park", "projects_started", 79, "count", E5, JA, kind="cumulative", note="双百工程重点项目开工建设"),
  fact(JN, "park", "projects_started_investment_cny", 10800000000.0, "cny", "总投资额108亿元,完成年度计划的60.7%", JA, kind="cumulative"),
  fact(JN, "park", "annual_plan_completion", 0.607, "ratio", "总投资额108亿元,完成年度计划的60.7%", JA, kind="ratio"),
  fact(JN, "park", "equipment_manufacturing_growth", 0.32, "ratio", E1, JA, kind="ratio"),
  fact(JN, "park", "biomedical_profit_growth", 0.27, "ratio", E3, JA, kind="ratio"),
  fact(JN, "park", "projects_in_provincial_library", 8, "count", E6, JA, opt=True),
  fact(JN, "park", "projects_in_city_library", 57, "count", E6, JA, opt=True),
  fact("麒麟岛", "project", "floor_area_m2", 700000, "m2", E7, JA, opt=True),
  fact("中央商务区", "project", "floor_area_m2", 200000, "m2", E7, JA, opt=True),
  fact("红星爱琴海", "project", "floor_area_m2", 100000, "m2", E7, JA, opt=True),
  fact("蓝领公寓一期", "project", "floor_area_m2", 500000, "m2", E8, JA, opt=True),
  fact(JN, "park", "new_residential_commercial_area_m2", 1500000, "m2", E9, "当年（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact(JN, "park", "public_service_15min_coverage", 0.8, "ratio", "2021年公共服务设施一刻钟可达覆盖率80%", "2021年（目标）", kind="target", opt=True),
  fact(JN, "park", "road_density_km_per_km2", 5.3, "km/km2", "新城总体道路网密度每平方千米5.3千米以上", "（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact(JN, "park", "resident_population_new_town", 400000, "persons", E10, "5至10年（目标）", kind="target", qual="超", qtext="突破", opt=True),
  fact(JN, "park", "total_population", 600000, "persons", E10, "5至10年（目标）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- vr05 科技部火炬中心 2020年国家高新区报告(二) (中国科技产业 2022年1期)
GX = "国家高新区"
F0 = "2020年,169家国家高新区中属于高技术产业的企业达90129家,占高新区企业总数的54.5%"
F1 = "从业人员达1059.3万人,占高新区从业人员总数的44.4%"
G["vr05"] = dict(
 article=art("2020年国家高新区综合发展与数据分析报告(二)", "科技部火炬中心（李享、谷潇磊等），《中国科技产业》2022年1期，载于 fx361.cc", "2022-01-20", "day",
  "Magazine report by a ministry centre: national high-tech zones in 2020 — the high-tech industry's firms and employees and their shares (section 四(一) only)",
  "https://fx361.cc/page/2022/0120/14466748.shtml",
  "日期取页面“2022-01-20 04:19”。期刊、关键词、作者行删去；正文自“四、国家高新区产业结构升级高端发展”起。段内“以高技术制造业3高技术制造业的划分…”“和高技术服务业4高技术服务业的划分…”为脚注3、4的文字被转录进正文，照录。存段末句“2020年高技术产业创造的营业收入…分别为149547.80亿元…28820.51亿元,占高新区总体经济指标的”未完，整句删去（LINE_SUFFIX），正文止于“…44.4%。”。无具体园区；“国家高新区”为169家的集合，列为可选园区（park_group），事实记于其名下。",
  "vr05"),
 parks=[
  park(GX, None, None, "高新区（集合）", F0, opt=True, note="169家国家高新区的集合，非单一园区"),
 ],
 aggregate_facts=[
  fact(GX, "park_group", "parks_count", 169, "count", F0, "2020年"),
  fact(GX, "park_group", "high_tech_industry_firms", 90129, "count", F0, "2020年"),
  fact(GX, "park_group", "high_tech_industry_firms_share", 0.545, "ratio", F0, "2020年", kind="ratio"),
  fact(GX, "park_group", "high_tech_industry_employees", 10593000, "persons", F1, "2020年"),
  fact(GX, "park_group", "high_tech_industry_employees_share", 0.444, "ratio", F1, "2020年", kind="ratio"),
  fact("高技术服务业", "sector", "subcategories", 9, "count", "等9大类", "定义", opt=True),
  fact("高技术制造业", "sector", "subcategories", 6, "count", "信息化学品制造等6大类", "定义", opt=True),
 ],
)

# ---------------------------------------------------------------- vr06 贵安综保区 “十四五” (贵州)
GA = "贵安综合保税区"
H0 = "驶出贵安综合保税区(马场产业新城、深贵产业园区)海关卡口前往尼泊尔"
H1 = "一片片刚从安芯电子车间下线的芯片,经打包后出口海外"
H2 = "从贵安综保区企业松盈电子发往东南亚多国"
H3 = "外贸进出口额从2022年的86.71亿元增长到2024年的146.37亿元,年均增长30%,占全省的比重达17%"
H4 = "工业总产值从2021年的66.21亿元稳步增长至2024年的168.07亿元"
H5 = "在全国海关发展绩效排名中比2021年提升34位"
G["vr06"] = dict(
 article=art("(贵安综保区“十四五”开放成绩)", "贵州日报（页首“转自:贵州日报”；页尾署《“黔中腹地”崛起“开放高地”》由贵阳日报提供），载于 news.hgjy100.com", "2025", "year",
  "Provincial newspaper feature relayed by a news site, Guizhou: a comprehensive bonded zone's 14th-Five-Year record — trade and industrial output 2021/2022→2024, share of the province, customs ranking, two named firms",
  "http://news.hgjy100.com/caijing/34032.html",
  "存段无标题行与日期：title 为概括（加括号）；页尾《“黔中腹地”崛起“开放高地”》为转载来源说明中的篇名（由贵阳日报提供，与页首“转自:贵州日报”不一致），记于 outlet，未作标题。日期：文中“站在‘十四五’即将收官之际”、2024年数据 → 2025年（year）。首行前的图片说明“俯瞰贵安综保区(本报资料图片)。”删去（LINE_PREFIX）；页首“转自”、页尾来源说明及“上一篇”删去。园区：贵安综合保税区（又作“贵安综保区”）；括注中的“深贵产业园区”必列，“马场产业新城”为新城，列为可选——二者与综保区的关系文中只有括注，不设母园区。省份贵州（“我省”“全省”，页首贵州日报）；城市未载，district 记“贵安新区”（文作“贵安”“国家级新区”）。公司：安芯电子（芯片下线出口；园区由语境推定为综保区）、松盈电子（“贵安综保区企业”）。",
  "vr06"),
 parks=[
  park(GA, None, "贵州", "综合保税区", H0, district="贵安新区", aliases=["贵安综保区"], note="文中多作“贵安综保区”"),
  park("深贵产业园区", None, "贵州", "产业园区", H0, district="贵安新区", note="只在综保区名后括注中"),
  park("马场产业新城", None, "贵州", "产业新城", H0, district="贵安新区", opt=True, note="只在括注中"),
 ],
 companies=[
  comp("安芯电子", GA, H1, note="园区由语境推定"),
  comp("松盈电子", GA, H2, note="“贵安综保区企业”"),
 ],
 aggregate_facts=[
  fact(GA, "park", "trade_value_cny", 8671000000.0, "cny", "外贸进出口额从2022年的86.71亿元", "2022年"),
  fact(GA, "park", "trade_value_cny", 14637000000.0, "cny", "增长到2024年的146.37亿元", "2024年"),
  fact(GA, "park", "trade_value_cagr", 0.30, "ratio", H3, "2022—2024年", kind="ratio"),
  fact(GA, "park", "trade_share_of_province", 0.17, "ratio", H3, "2024年", kind="ratio"),
  fact(GA, "park", "industrial_output_cny", 6621000000.0, "cny", "工业总产值从2021年的66.21亿元", "2021年"),
  fact(GA, "park", "industrial_output_cny", 16807000000.0, "cny", "稳步增长至2024年的168.07亿元", "2024年"),
  fact(GA, "park", "customs_ranking_improvement", 34, "places", H5, "2021年→（报道时）", opt=True),
 ],
)

# ---------------------------------------------------------------- vr07 国家级经开区向“新”再出发 (杂志, 2025)
SZ = "苏州工业园区"
JK = "国家级经开区"
K0 = "苏州工业园区正式拉开建设序幕"
K1 = "累计实现税收1.09万亿元、全社会固定资产投资1.11万亿元、进出口总额1.54万亿美元"
K2 = "从最初的14家扩展到如今的232家,从仅分布于东部12个沿海城市到覆盖31个省份"
K3 = "2024年,全国232个经开区交出了一份亮眼的成绩单:实现地区生产总值16.9万亿元,占全国GDP总量的12.5%"
K4 = "完成外贸进出口额10.7万亿元,占全国外贸总额的24.5%"
K5 = "实际利用外资272亿美元,占全国实际使用外资的23.4%"
G["vr07"] = dict(
 article=art("国家级经开区向“新”再出发", "杂志文章（作者 王红茹 宋杰；其他转载作“本刊记者”），载于 mybook.cyou（MagazineArticle）；刊名存段未示", "2025", "year",
  "Magazine feature, national: Suzhou Industrial Park's cumulative tax, investment and trade since 1994 and its ranking, and the 232 national economic and technological development zones' 2024 GDP, trade and FDI with shares",
  "https://www.mybook.cyou/MagazineArticle/523229",
  "日期：存段末行提到“2025年5月9日…5月21”，published 记 2025（year）。作者行、图片标记行“国家级经开区向“新”再出发0”与图片说明“苏州工业园区金鸡湖湖东CBD  受访者| 供图”删去；末行“2025年5月9日,国务院常务会议…;5月21”未完，整行删去，正文止于“…被赋予新的时代使命。”。同文的拼音夹注转载（eco-dialysis.com、mydmm.cn）未用。园区：苏州工业园区（国家级经开区考评“九连冠”；苏州，江苏）。“大连等首批14个经开区”中大连经开区未以园区名出现，不列。全国经开区数字记于“国家级经开区”（park_group）。",
  "vr07"),
 parks=[
  park(SZ, "苏州", "江苏", "工业园区", K0, note="中国—新加坡政府间合作项目；国家级经开区考评“九连冠”"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "tax_revenue_cny", 1.09e12, "cny", "累计实现税收1.09万亿元", "1994—2025（开发建设30多年来累计）", kind="cumulative"),
  fact(SZ, "park", "fixed_asset_investment_cny", 1.11e12, "cny", "全社会固定资产投资1.11万亿元", "1994—2025（累计）", kind="cumulative"),
  fact(SZ, "park", "trade_value_usd", 1.54e12, "usd", "进出口总额1.54万亿美元", "1994—2025（累计）", kind="cumulative", note="进出口总额1.54万亿美元"),
  fact(JK, "park_group", "parks_count", 232, "count", K2, "2025年（如今）"),
  fact(JK, "park_group", "parks_count_initial", 14, "count", K2, "1984年", opt=True),
  fact(JK, "park_group", "provinces_covered", 31, "count", K2, "2025年（如今）", opt=True),
  fact(JK, "park_group", "gdp_cny", 1.69e13, "cny", "实现地区生产总值16.9万亿元", "2024年"),
  fact(JK, "park_group", "gdp_share_of_national", 0.125, "ratio", K3, "2024年", kind="ratio"),
  fact(JK, "park_group", "trade_value_cny", 1.07e13, "cny", K4, "2024年"),
  fact(JK, "park_group", "trade_share_of_national", 0.245, "ratio", K4, "2024年", kind="ratio"),
  fact(JK, "park_group", "actual_fdi_usd", 2.72e10, "usd", K5, "2024年"),
  fact(JK, "park_group", "fdi_share_of_national", 0.234, "ratio", K5, "2024年", kind="ratio"),
 ],
)
