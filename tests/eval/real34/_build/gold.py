# real34 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real33: evidence verbatim (in the text's own script, never converted); names as written in the text;
# 逾/超過/超过/超/以上/突破 → 超, 余/多 → 余, 約/约/近 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (traditional 億元 included); US dollars: facts use the suffix _usd (unit usd),
# projects keep investment_cny None with investment_value + investment_currency "usd" (build_all.proj currency=/value=).
# fact(): a *_cny metric takes its value from the FIRST amount of its evidence; where the wanted amount is not the first one
# (zd06 “50万至300万元”) the metric suffix _rmb (unit cny) is used, as real31–real33 did.
# Overseas parks (zd01, zd04, zd07–zd10): province null (the field is for Chinese provinces); city only where the text names
# the town; the country is given in the park's note. A batch of projects in a park is stored as facts about the park or a
# “park（group）” park_group subject. Growth rates and shares as ratios. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/zdNN.raw as returned.

XG1 = "西港经济特区由中国江苏太湖柬埔寨国际经济合作区投资有限公司和柬埔寨国际投资开发集团有限公司共同开发"
G["zd01"] = dict(
 article=art('江苏民企控股柬埔寨"经济特区"', "新闻晨报（白红义），载于新浪网 news.sina.com.cn", "2008-02-28", "day",
  "Shanghai morning paper on sina: a Jiangsu private firm's overseas economic and trade cooperation zone in Cambodia breaks ground — first six firms signed in, developers, first-phase area, eight-year investment plan (US$), 2015 targets",
  "http://news.sina.com.cn/c/2008-02-28/024413486833s.shtml",
  "日期取页面“2008年02月28日02:44 新闻晨报”（该行、署名“□白红义”及页尾新浪部件已删）。正文两段，完整。奠基在“2月23日”（2008年）。“境外经贸合作区———西哈努克港经济特区”三连破折号照录。特区在柬埔寨（国外），province 为 null，city 取文中“西哈努克港市”。控股的“江苏一民营企业”文中未具名（其国内“3.5平方公里工业园”亦未具名），不记为公司/园区，面积记为可选事实。首批6家无锡企业未具名。30亿美元是双方8年内的计划投资，记为特区的 target 事实；特区开发本身另记一个可选项目（奠基即开工）。",
  "zd01"),
 parks=[
  park("西哈努克港经济特区", "西哈努克港市", None, "境外经贸合作区（经济特区）",
       "中国首批、江苏首个境外经贸合作区———西哈努克港经济特区在柬埔寨奠基", aliases=["西港经济特区"],
       note="柬埔寨；位于西哈努克港市东郊；中柬合资兴建"),
 ],
 companies=[
  comp("中国江苏太湖柬埔寨国际经济合作区投资有限公司", "西哈努克港经济特区", XG1, note="特区开发方之一（中方）"),
  comp("柬埔寨国际投资开发集团有限公司", "西哈努克港经济特区", XG1, note="特区开发方之一（柬方）"),
 ],
 projects=[
  proj("西哈努克港经济特区", None, "根据经济特区的发展计划,双方拟在8年时间内投资30亿美元",
       companies=["中国江苏太湖柬埔寨国际经济合作区投资有限公司", "柬埔寨国际投资开发集团有限公司"],
       inv="投资30亿美元", currency="usd", value=3e9, status="开工", status_text="奠基", opt=True,
       note="特区开发本身（2月23日奠基）；计划8年内投资；园区即项目本身，park 为 null"),
 ],
 aggregate_facts=[
  fact("西哈努克港经济特区", "park", "companies_signed_in", 6, "count", "来自江苏无锡的首批6家企业于当日签约进驻", "2008年2月23日"),
  fact("西哈努克港经济特区", "park", "first_phase_area_km2", 5.28, "km2", "首期开发面积5.28平方公里", "2008年2月"),
  fact("西哈努克港经济特区", "park", "planned_investment_usd", 3e9, "usd", "双方拟在8年时间内投资30亿美元", "8年内（自2008年）", kind="target"),
  fact("西哈努克港经济特区", "park", "enterprise_capacity", 300, "count", "到2015年,可容纳300家企业", "2015年", kind="target"),
  fact("西哈努克港经济特区", "park", "annual_exports_driven_usd", 2e9, "usd", "预计每年带动出口约20亿美元", "2015年", kind="target", qual="约", qtext="约"),
  fact("江苏一民营企业（国内工业园）", "park", "developed_area_km2", 3.5, "km2", "此前该企业在国内已经有成功开发管理3.5平方公里工业园的经验", "2008年以前",
       opt=True, note="控股企业此前在国内开发的工业园，文中未具名"),
 ])

BH_B = "「北海績迅、德昌電機、建準電子等一批大企業落戶後,帶動10多家為之配套的企業落戶北海"
G["zd02"] = dict(
 article=art("（無標題）北海綜合保稅區今年1-10月籤約項目23個 合同投資總額29.027億元", "人民日報客戶端廣西頻道（龐革平 阮旭日），載於 ppfocus.com 繁體轉載",
  "2020-10", "month",
  "Party-paper app's regional channel (traditional-script repost): a bonded zone's output and trade for the first three quarters, projects and investment since 2016, projects signed this year and their status, lead firms named by the zone's deputy head; photo captions name two zone firms",
  "https://ppfocus.com/0/en85a6c0f.html",
  "轉載頁無日期、無標題（title 為編者概括，title_note）；文中“10月29日”與“2020年1-10月”，故記2020年10月（月精度）。正文完整，末行“(龐革平 阮旭日)”照錄；其後來源行“來源:人民日報客戶端廣西頻道”已刪（outlet 依此）。三條圖片說明（“……阮旭日攝”）是原文一部分，保留。省份（廣西）只見於被刪的來源行，依北海填。“北海建準電子有限公司”（圖說）與正文“建準電子”視為同一企業。北海績迅、德昌電機、建準電子是管委會副主任所說“落戶後”的龍頭企業，依上下文歸綜保區；“10多家為之配套的企業落戶北海”主語是北海（市）。北海翰博士科技有限公司只見於圖說，列為可選。2個投產、13個開工、超百億元產值與2000餘崗位屬今年籤約的23個項目（park_group）。",
  "zd02", title_note="no headline stored; title made from the last paragraph"),
 parks=[
  park("北海綜合保稅區", "北海", "廣西", "綜合保稅區", "今年以來,北海綜合保稅區圍繞「以高水平對外開放打造發展新優勢」主題"),
 ],
 institutions=[
  inst("北海綜合保稅區管委會", "北海綜合保稅區管委會副主任張鉞向記者介紹", park="北海綜合保稅區"),
 ],
 companies=[
  comp("北海建準電子有限公司", "北海綜合保稅區", "北海建準電子有限公司工人正在檢查散熱風扇。阮旭日攝", aliases=["建準電子"],
       note="圖說；正文作“建準電子”（落戶的大企業之一）"),
  comp("北海績迅", "北海綜合保稅區", BH_B, note="落戶的龍頭企業（依上下文在綜保區）"),
  comp("德昌電機", "北海綜合保稅區", BH_B),
  comp("北海翰博士科技有限公司", "北海綜合保稅區", "北海翰博士科技有限公司工人正在檢查觸控螢幕電路。阮旭日攝", opt=True,
       note="只見於圖說（兩張）；依上下文為綜保區企業"),
 ],
 aggregate_facts=[
  fact("北海綜合保稅區", "park", "above_scale_industrial_output_cny", 4.784e9, "cny", "今年1-9月北海綜合保稅區完成規模以上工業總產值47.84億元", "2020年1-9月"),
  fact("北海綜合保稅區（電子信息製造業）", "park_group", "industrial_output_cny", 4.724e9, "cny", "其中電子信息製造業產值47.24億元", "2020年1-9月"),
  fact("北海綜合保稅區", "park", "import_export_cny", 7.201e9, "cny", "1-8月完成外貿進出口72.01億元", "2020年1-8月"),
  fact("北海綜合保稅區", "park", "processing_trade_cny", 6.77e9, "cny", "加工貿易進出口67.70億元", "2020年1-8月"),
  fact("北海綜合保稅區", "park", "projects_introduced", 71, "count", "2016年以來,北海綜合保稅區共引進項目71個", "2016年以來（至2020年10月）", kind="cumulative"),
  fact("北海綜合保稅區", "park", "contract_investment_cny", 1.00182e10, "cny", "合同總投資額100.182億元", "2016年以來（至2020年10月）", kind="cumulative"),
  fact("北海綜合保稅區", "park", "funds_in_place_cny", 6e9, "cny", "實際到位資金超過60億元", "2016年以來（至2020年10月）", kind="cumulative", qual="超", qtext="超過"),
  fact("北海綜合保稅區", "park", "foreign_capital_utilized_usd", 724691200.0, "usd", "全口徑利用外資超過72469.12萬美元", "2016年以來（至2020年10月）",
       kind="cumulative", qual="超", qtext="超過"),
  fact("北海", "region", "supporting_firms_attracted", 10, "count", "帶動10多家為之配套的企業落戶北海", "2020年10月", qual="余", qtext="多", opt=True,
       note="配套企業落戶北海（市），是否在綜保區文中未說"),
  fact("北海綜合保稅區", "park", "projects_signed", 23, "count", "2020年1-10月,北海綜合保稅區共籤約項目23個", "2020年1-10月"),
  fact("北海綜合保稅區", "park", "signed_investment_cny", 2.9027e9, "cny", "合同投資總額29.027億元", "2020年1-10月"),
  fact("北海綜合保稅區（2020年籤約項目）", "park_group", "projects_in_operation", 2, "count", "目前投產項目2個", "2020年10月"),
  fact("北海綜合保稅區（2020年籤約項目）", "park_group", "projects_started", 13, "count", "開工項目13個", "2020年10月"),
  fact("北海綜合保稅區（2020年籤約項目）", "park_group", "expected_output_cny", 1e10, "cny", "這些項目建成達產後預計總產值超百億元", "建成達產後",
       kind="target", qual="超", qtext="超"),
  fact("北海綜合保稅區（2020年籤約項目）", "park_group", "new_jobs", 2000, "count", "為北海市新增就業崗位2000餘人", "建成達產後", kind="target", qual="余", qtext="餘"),
 ])

JS_A = "此次發布的34家產業園,從園區類型看,聚集各種類型跨境電商企業,具備一定產業規模的產業集聚型園區27家"
JS_L = "江蘇省跨境電子商務產業園（2021年度名單）"
G["zd03"] = dict(
 article=art("（無標題）江蘇省商務廳發布2021年度江蘇省跨境電子商務產業園名單 34家產業園上榜", "署名 丁茜茜（原刊未標），載於 eda-rhinos.com 繁體轉載",
  "2021-12-08", "day",
  "Provincial commerce-department list (traditional-script repost): 34 provincial cross-border e-commerce parks by type and region, one named; the province's cross-border parks, pilot zones and public overseas warehouses",
  "http://eda-rhinos.com/jinrong/2021/1208/95563.html",
  "日期取網址 2021/1208（轉載日；名單“日前”發布）。存頁無標題（title 為編者概括）。正文三段及署名“(丁茜茜)”，完整，無刪改。只具名一個園區（南京龍潭跨境電子商務產業園）；名單與分類、分佈的數字記在“江蘇省跨境電子商務產業園（2021年度名單）”（park_group）下，全省存量數字（90余家園區和孵化基地、10個綜試區及其78家、海外倉）記在江蘇（region）下。“南京、蘇州等10個跨境電商綜合試驗區”未逐一具名，不記為園區。“13個設區市均有布局”的13與“蘇北13家”值同，分別記錄。",
  "zd03", title_note="no headline stored; title made from the lead"),
 parks=[
  park("南京龍潭跨境電子商務產業園", "南京", "江蘇", "跨境電子商務產業園（省級）",
       "日前,省商務廳發布了2021年度江蘇省跨境電子商務產業園名單,南京龍潭跨境電子商務產業園等34家產業園上榜",
       note="2021年度江蘇省跨境電子商務產業園名單中唯一具名者"),
 ],
 institutions=[
  inst("省商務廳", "日前,省商務廳發布了2021年度江蘇省跨境電子商務產業園名單", note="即江蘇省商務廳"),
 ],
 aggregate_facts=[
  fact(JS_L, "park_group", "parks_listed", 34, "count", "南京龍潭跨境電子商務產業園等34家產業園上榜", "2021年12月"),
  fact(JS_L + "（產業集聚型）", "park_group", "parks_listed", 27, "count", JS_A, "2021年12月"),
  fact(JS_L + "（監管服務型）", "park_group", "parks_listed", 7, "count", "依托海關特殊監管區域或通關監管場所的監管服務型園區7家", "2021年12月"),
  fact(JS_L, "park_group", "cities_covered", 13, "count", "13個設區市均有布局", "2021年12月"),
  fact(JS_L + "（蘇南）", "park_group", "parks_listed", 16, "count", "其中蘇南地區16家入選", "2021年12月"),
  fact(JS_L + "（蘇中）", "park_group", "parks_listed", 5, "count", "蘇中、蘇北地區分別為5家和13家", "2021年12月", note="“分別”：蘇中5家"),
  fact(JS_L + "（蘇北）", "park_group", "parks_listed", 13, "count", "蘇中、蘇北地區分別為5家和13家", "2021年12月", note="蘇北13家"),
  fact("江蘇", "region", "cross_border_ecommerce_parks_and_incubators", 90, "count", "江蘇已陸續建成90余家具備一定規模的跨境電商產業園區和孵化基地", "2021年12月",
       kind="cumulative", qual="余", qtext="余"),
  fact("江蘇", "region", "cross_border_ecommerce_pilot_zones", 10, "count", "南京、蘇州等10個跨境電商綜合試驗區共設立78家產業園和孵化基地", "2021年12月", kind="cumulative"),
  fact("江蘇（10個跨境電商綜合試驗區）", "region", "parks_and_incubators", 78, "count", "南京、蘇州等10個跨境電商綜合試驗區共設立78家產業園和孵化基地", "2021年12月", kind="cumulative"),
  fact("江蘇", "region", "provincial_public_overseas_warehouses", 21, "count", "累計認定21家省級公共海外倉", "2021年12月", kind="cumulative"),
  fact("江蘇（省級公共海外倉）", "region", "operating_area_m2", 300000, "m2", "運營總面積達30萬平方米", "2021年12月"),
  fact("江蘇（省級公共海外倉）", "region", "enterprises_served", 2000, "count", "服務企業超2000家", "2021年12月", qual="超", qtext="超"),
  fact("江蘇", "region", "overseas_warehouses", 200, "count", "目前全省各類海外倉超200家", "2021年12月", qual="超", qtext="超"),
  fact("江蘇（各類海外倉）", "region", "countries_and_regions_covered", 40, "count", "覆蓋40多個國家和地區", "2021年12月", qual="余", qtext="多", opt=True),
  fact("江蘇（各類海外倉）", "region", "area_m2", 1500000, "m2", "合計超150萬平方米", "2021年12月", qual="超", qtext="超"),
 ])

LY_P = "成立于2006年的泰中罗勇工业园位于泰国首都曼谷东南100多公里处,是中国首批境外经贸合作区之一"
G["zd04"] = dict(
 article=art("助力周边繁荣 带动当地就业——走进泰中罗勇工业园", "新华网（新华社图片稿，拉亨摄），载于中青在线 m.cyol.com", "2022-11-21", "day",
  "Xinhua photo story on a Chinese-run overseas industrial park in Thailand: founding year, Chinese manufacturers and supporting firms attracted, local jobs; captions name two Chinese companies in the park",
  "http://m.cyol.com/gb/articles/2022-11/21/content_OnXqWFWy0.html",
  "日期取页面“新华网 | 2022-11-21”（该行已删）。图片稿：六条图说与一段正文，完整；每条图说后的“新华社发(拉亨摄)”（6处）及“责任编辑:郭艳丽”已删。两条图说原文重复出现（工人/那塔武在盾安金属…），照录。园区在泰国罗勇府，province 为 null，city 记“罗勇府”。两家公司只在图说中作为园区内的生产线出现，园区依此。",
  "zd04"),
 parks=[
  park("泰中罗勇工业园", "罗勇府", None, "境外经贸合作区（工业园）", LY_P, note="泰国；距曼谷东南100多公里；2006年成立"),
 ],
 companies=[
  comp("盾安金属(泰国)有限公司", "泰中罗勇工业园", "11月8日,在位于泰国罗勇府的泰中罗勇工业园,工人在盾安金属(泰国)有限公司生产线上工作"),
  comp("联昌(泰国)喷雾泵有限公司", "泰中罗勇工业园", "这是11月8日在位于泰国罗勇府的泰中罗勇工业园拍摄的联昌(泰国)喷雾泵有限公司生产线"),
 ],
 aggregate_facts=[
  fact("泰中罗勇工业园", "park", "chinese_manufacturers", 180, "count", "工业园已吸引了180家中国制造企业、30多家配套企业在泰投资", "2022年11月（截至目前）", kind="cumulative"),
  fact("泰中罗勇工业园", "park", "supporting_firms", 30, "count", "30多家配套企业在泰投资", "2022年11月（截至目前）", kind="cumulative", qual="余", qtext="多"),
  fact("泰中罗勇工业园", "park", "local_jobs", 45000, "count", "为当地解决超过4.5万个就业岗位", "2022年11月（截至目前）", kind="cumulative", qual="超", qtext="超过"),
 ])

HN_P = "比亚迪新能源汽车零部件产业园及乘用车生产基地项目、上汽大众奥迪新车型项目、泰格林纸集团产业发展及总部搬迁等重大项目相继落地"
G["zd05"] = dict(
 article=art("（无标题）湖南自贸试验区获批两年多来新设企业2.7万家 新引进重大项目271个", "湖南日报（全媒体记者 黄婷婷 通讯员 王会会），转载于 newsjr.new-finance.cn",
  "2023-01-19", "day",
  "Provincial party paper (repost): a commerce-ministry institute's assessment of a provincial pilot free trade zone — innovation results, reform-task implementation rates, new firms, major projects and investment, three named projects, trade and FDI with growth and provincial share",
  "http://newsjr.new-finance.cn/jinrong/2023/0120/10110.html",
  "日期取电头“湖南日报1月19日讯”（转载页网址 2023/0120）。存页无标题（title 为编者概括）。正文五段，完整（存页至“比上年增长74%。”止，无页脚）；页首“(资料图片)”已删。自贸试验区按园区记（中国(湖南)自由贸易试验区），省份湖南；其片区文中未写。三个项目“相继落地”，状态记签约（落地），金额未给；公司名取项目名中的企业（比亚迪、上汽大众、泰格林纸集团）。47项/23项、121项/321项为制度创新与改革任务计数，实施率记为 ratio。",
  "zd05", title_note="no headline stored; title made from the fourth paragraph"),
 parks=[
  park("湖南自贸试验区", None, "湖南", "自由贸易试验区", "湖南自贸试验区获批两年多来,正式发布47项制度创新成果",
       aliases=["中国(湖南)自由贸易试验区"], note="全称见报告名《中国(湖南)自由贸易试验区运行情况综合评估报告》"),
 ],
 institutions=[
  inst("商务部国际贸易经济合作研究院", "商务部国际贸易经济合作研究院发布的《中国(湖南)自由贸易试验区运行情况综合评估报告》显示", kind="research"),
 ],
 companies=[
  comp("比亚迪", "湖南自贸试验区", HN_P),
  comp("上汽大众", "湖南自贸试验区", HN_P),
  comp("泰格林纸集团", "湖南自贸试验区", HN_P),
 ],
 projects=[
  proj("比亚迪新能源汽车零部件产业园及乘用车生产基地项目", "湖南自贸试验区", HN_P, companies=["比亚迪"], status="签约", status_text="相继落地"),
  proj("上汽大众奥迪新车型项目", "湖南自贸试验区", HN_P, companies=["上汽大众"], status="签约", status_text="相继落地"),
  proj("泰格林纸集团产业发展及总部搬迁", "湖南自贸试验区", HN_P, companies=["泰格林纸集团"], status="签约", status_text="相继落地"),
 ],
 aggregate_facts=[
  fact("湖南自贸试验区", "park", "institutional_innovation_results", 47, "count", "正式发布47项制度创新成果", "2022年底（获批两年多来）", kind="cumulative"),
  fact("湖南自贸试验区", "park", "nationally_first_innovations", 23, "count", "其中23项具有全国首创价值", "2022年底（获批两年多来）", kind="cumulative"),
  fact("湖南自贸试验区", "park", "reform_pilot_tasks", 121, "count", "湖南自贸试验区121项改革试点任务实施率达到95.04%", "2022年底", opt=True),
  fact("湖南自贸试验区", "park", "reform_pilot_task_implementation_rate", 0.9504, "ratio", "湖南自贸试验区121项改革试点任务实施率达到95.04%", "2022年底", kind="ratio"),
  fact("湖南自贸试验区", "park", "implementation_measures", 321, "count", "321项具体落实举措实施率达到95.64%", "2022年底", opt=True),
  fact("湖南自贸试验区", "park", "implementation_measure_rate", 0.9564, "ratio", "321项具体落实举措实施率达到95.64%", "2022年底", kind="ratio"),
  fact("湖南自贸试验区", "park", "new_enterprises", 27000, "count", "湖南自贸试验区在两年多时间内新设企业2.7万家", "截至2022年12月", kind="cumulative"),
  fact("湖南自贸试验区", "park", "major_projects_introduced", 271, "count", "新引进重大项目271个", "截至2022年12月", kind="cumulative"),
  fact("湖南自贸试验区", "park", "major_projects_investment_cny", 4.16011e11, "cny", "总投资4160.11亿元", "截至2022年12月", kind="cumulative"),
  fact("湖南自贸试验区（三类500强企业投资项目）", "park_group", "projects", 45, "count", "其中三类500强企业投资项目45个", "截至2022年12月", kind="cumulative"),
  fact("湖南自贸试验区", "park", "import_export_cny", 2.13588e11, "cny", "湖南自贸试验区实现进出口总额2135.88亿元", "2022年"),
  fact("湖南自贸试验区", "park", "import_export_growth", 0.278, "ratio", "比上年增长27.8%", "2022年", kind="ratio"),
  fact("湖南自贸试验区", "park", "share_of_province_import_export", 0.303, "ratio", "占全省比重30.3%", "2022年", kind="ratio"),
  fact("湖南自贸试验区", "park", "fdi_utilized_usd", 3.17e8, "usd", "实际使用外资3.17亿美元", "2022年"),
  fact("湖南自贸试验区", "park", "fdi_utilized_growth", 0.74, "ratio", "比上年增长74%", "2022年", kind="ratio"),
 ])

TK_F = "园区设立了创业种子基金,给予初创企业50万至300万元的天使投资支持"
TK_S = "设立高成长初创科技型企业专项投资,可给予最高1000万元直接投资"
G["zd06"] = dict(
 article=art("天津推进科技创新园区天开园建设 设立种子基金支持初创企业", "人民日报（记者 武少民），第08版，载于 peopledailynews.eu（人民网-人民日报 转载）",
  "2023-04-26", "day",
  "National party paper brief: a city's new university-linked innovation park — first registered firm, policy package, universities it draws on, its start-up seed fund and special direct-investment scheme with per-firm amounts",
  "http://peopledailynews.eu/zgxw/20230426_97090.html",
  "日期取“《 人民日报 》( 2023年04月26日   第 08 版)”（该行、栏目路径“> 中国新闻 >”、时间来源行及重复的标题行已删）。标题两行（主题+副题）以空格连写。正文两段，完整。“本报天津4月25日电”后的两个空格照录。种子基金与专项投资均无总规模，只有单笔额度：按基金记（size 为 null），单笔额度记为关于该基金的事实；“50万”不是证据中的第一个金额，用 _rmb（见文件头）。",
  "zd06"),
 parks=[
  park("天开高教科创园", "天津", "天津", "高教科创园", "天开高教科创园(以下简称“天开园”)的首家注册企业日前正式成立", aliases=["天开园"]),
 ],
 institutions=[
  inst("天津市科技局", "天津市科技局局长朱玉兵介绍"),
 ],
 funds=[
  fund("创业种子基金", "天开高教科创园", TK_F, note="规模未给；单笔天使投资50万至300万元"),
  fund("高成长初创科技型企业专项投资", "天开高教科创园", TK_S, opt=True, note="专项投资（非基金名），单笔最高1000万元直接投资；规模未给"),
 ],
 aggregate_facts=[
  fact("天开高教科创园", "park", "universities_relied_on", 56, "count", "天开园依托56所在津高等院校", "2023年4月"),
  fact("创业种子基金", "fund", "angel_investment_per_startup_max_cny", 3e6, "cny", TK_F, "2023年4月", note="单笔上限300万元"),
  fact("创业种子基金", "fund", "angel_investment_per_startup_min_rmb", 5e5, "cny", TK_F, "2023年4月", opt=True, note="单笔下限50万元"),
  fact("高成长初创科技型企业专项投资", "fund", "direct_investment_per_firm_max_cny", 1e7, "cny", TK_S, "2023年4月"),
  fact("天开高教科创园（扶持政策）", "park_group", "policy_areas", 10, "count", "围绕成果转化、创新创业等10个方面,形成特色鲜明的扶持政策体系", "2023年4月", opt=True),
 ])

G["zd07"] = dict(
 article=art("（无标题）中白工业园：截至2023年4月底引进来自15个国家的108家企业 协议投资额13.3亿美元", "见道网（www.seetao.com，工程栏目编辑 贺玉婷）",
  "2023-05", "month",
  "Infrastructure news site photo story on the China–Belarus industrial park eight years after the two heads of state visited: photo captions (one names a sub-park) and the park's first-phase infrastructure, countries, firms and agreed investment (US$)",
  "https://seetao.com/details/214535.html",
  "存页无日期、无标题（title 为编者概括）：“8年前的5月12日,中白两国元首考察中白工业园”（2015年5月12日）与“截至2023年4月底”→ 约2023年5月（月精度，推定）。图片稿：导语、十一条图说、末段，完整；末段行尾“(转载请注明见道网www.seetao.com)见道网工程栏目编辑/贺玉婷”已切去（LINE_SUFFIX），其后“评论”“写点什么吧~”已删。“第一阶段”两侧的空格照录。园区在白俄罗斯，文中未写城市，city/province 为 null。“国机火炬园”只作图说出现，按园中园记，可选。",
  "zd07", title_note="no headline stored; title made from the last paragraph"),
 parks=[
  park("中白工业园", None, None, "境外经贸合作区（工业园）", "8年前的5月12日,中白两国元首考察中白工业园", note="白俄罗斯；中白合作共建"),
  park("国机火炬园", None, None, "园中园", "国机火炬园", parent="中白工业园", opt=True, note="只见于图说"),
 ],
 aggregate_facts=[
  fact("中白工业园", "park", "source_countries", 15, "count", "引进了来自15个国家的108家企业", "截至2023年4月底", kind="cumulative"),
  fact("中白工业园", "park", "enterprises", 108, "count", "引进了来自15个国家的108家企业", "截至2023年4月底", kind="cumulative"),
  fact("中白工业园", "park", "agreed_investment_usd", 1.33e9, "usd", "协议投资额达13.3亿美元", "截至2023年4月底", kind="cumulative"),
 ])

XG8_C = "他先后走訪通用輪胎科技(柬埔寨)有限公司、SOLAR LONG光伏科技(柬埔寨)有限公司等企業"
G["zd08"] = dict(
 article=art("（無標題）柬埔寨副首相孫占托考察西港特區 特區企業1至8月進出口22.26億美元", "中新社（記者 楊強），載於 tyjgjz.com（中國西藏網繁體鏡像）",
  "2023-09-12", "day",
  "China News Service wire (traditional-script mirror): a Cambodian deputy prime minister visits a Chinese-run special economic zone — two named firms visited, firms attracted, trade January–August (US$) with growth and national share, the operator's chairman",
  "http://www.tyjgjz.com/cn/Instant/expo/202309/t20230912_7484304.html",
  "日期取網址 t20230912 與電頭“中新社金邊9月12日電”（考察在11日）。存頁無標題（title 為編者概括）。正文六段，完整，以“(完)”結束；其後截斷的版權聲明“版權聲明:凡注明“來源:中國西藏網”…”已刪。“呼吁”“并”“后”“示范”等字形照錄（未轉換）。特區在柬埔寨西哈努克省，province/city 為 null（省名見 note）。走訪的兩家企業依上下文在特區內。“數以萬計的就業崗位”無確數，不記。",
  "zd08", title_note="no headline stored; title made from the lead and the fifth paragraph"),
 parks=[
  park("西哈努克港經濟特區", None, None, "境外經貿合作區（經濟特區）", "柬發展理事會第一副主席孫占托11日考察西哈努克港經濟特區(簡稱西港特區)",
       aliases=["西港特區"], note="柬埔寨西哈努克省；中柬兩國企業共同開發建設"),
 ],
 institutions=[
  inst("柬發展理事會", "柬發展理事會第一副主席孫占托11日考察西哈努克港經濟特區"),
  inst("中柬政府間協調委員會", "中柬政府間協調委員會柬方主席"),
 ],
 companies=[
  comp("通用輪胎科技(柬埔寨)有限公司", "西哈努克港經濟特區", XG8_C),
  comp("SOLAR LONG光伏科技(柬埔寨)有限公司", "西哈努克港經濟特區", XG8_C),
  comp("柬埔寨西哈努克港經濟特區有限公司", "西哈努克港經濟特區", "柬埔寨西哈努克港經濟特區有限公司董事長陳堅剛表示", note="特區開發運營公司"),
 ],
 aggregate_facts=[
  fact("西哈努克港經濟特區", "park", "international_enterprises", 200, "count", "迄今已吸引近200家國際企業入駐", "2023年9月（迄今）", kind="cumulative", qual="约", qtext="近"),
  fact("西哈努克港經濟特區", "park", "import_export_usd", 2.226e9, "usd", "特區內企業實現進出口總額22.26億美元", "2023年1至8月"),
  fact("西哈努克港經濟特區", "park", "import_export_growth", 0.27, "ratio", "同比增長逾27%", "2023年1至8月", kind="ratio", qual="超", qtext="逾"),
  fact("西哈努克港經濟特區", "park", "share_of_cambodia_trade", 0.0696, "ratio", "占柬全國貿易總額約6.96%", "2023年1至8月", kind="ratio", qual="约", qtext="約"),
 ])

TD9 = "埃及蘇伊士運河經濟區總局、主開發公司和埃及泰達特區開發公司16日簽署中埃·泰達蘇伊士經貿合作區(泰達合作區)擴建協議"
TD9_I = "中國開發商泰達集團將投資1億美元用於新增2.86平方公里土地的基礎設施建設"
G["zd09"] = dict(
 article=art("中埃簽署泰達合作區擴建協議", "新華社（記者 張健 董修竹），香港商報網 hkcd.com.hk 轉載（責任編輯 程向明）", "2025-07-17", "day",
  "Xinhua wire on a Hong Kong paper's site (traditional script): expansion agreement for a Chinese-developed economic and trade cooperation zone in Egypt — developer's US$ investment and new land, original and total area, the Egyptian economic zone's Chinese investment, target industries",
  "https://www.hkcd.com.hk/hkcdweb/content/2025/07/17/content_8704834.html",
  "日期取頁面“2025-07-17 18:11:34 來源:新華社”（電頭“新華社開羅7月16日電”，簽署在16日）。正文六段，完整；頁首“香港商報”“-- 天氣”、重複的標題行、責任編輯行與頁尾（PDF、友情鏈接、版權、聯絡）已刪。合作區在埃及，province/city 為 null。擴建記為項目（簽署協議→签约），金額1億美元（usd），新增2.86平方公里記為項目事實。“蘇伊士運河經濟區”是埃方經濟區，記為園區；泰達合作區是否位於其中文中未明說，parent 不填。“主開發公司”為泛稱，列可選。",
  "zd09"),
 parks=[
  park("中埃·泰達蘇伊士經貿合作區", None, None, "境外經貿合作區", TD9, aliases=["泰達合作區"], note="埃及；始建於2008年"),
  park("蘇伊士運河經濟區", None, None, "經濟區", "過去3年蘇伊士運河經濟區已吸引中國投資超40億美元", note="埃及"),
 ],
 institutions=[
  inst("埃及蘇伊士運河經濟區總局", TD9, park="蘇伊士運河經濟區"),
  inst("埃及內閣", "根據埃及內閣的聲明"),
 ],
 companies=[
  comp("埃及泰達特區開發公司", "中埃·泰達蘇伊士經貿合作區", TD9, note="合作區開發運營公司"),
  comp("泰達集團", "中埃·泰達蘇伊士經貿合作區", TD9_I, note="中國開發商"),
  comp("主開發公司", "蘇伊士運河經濟區", TD9, opt=True, note="泛稱（蘇伊士運河經濟區的主開發公司）"),
 ],
 projects=[
  proj("泰達合作區擴建", "中埃·泰達蘇伊士經貿合作區", TD9_I, companies=["泰達集團", "埃及泰達特區開發公司"], inv="投資1億美元", currency="usd", value=1e8,
       status="签约", status_text="簽署…擴建協議", note="新增2.86平方公里土地的基礎設施建設；計劃兩到三年內完成開發"),
 ],
 aggregate_facts=[
  fact("泰達合作區擴建", "project", "new_land_km2", 2.86, "km2", TD9_I, "2025年7月"),
  fact("中埃·泰達蘇伊士經貿合作區", "park", "original_area_km2", 7.34, "km2", "此次擴建正值泰達合作區原有7.34平方公里土地即將建設完成之際", "2025年7月"),
  fact("中埃·泰達蘇伊士經貿合作區", "park", "total_area_after_expansion_km2", 10, "km2", "協議簽署後該區的總面積將超過10平方公里", "擴建後", kind="target", qual="超", qtext="超過"),
  fact("蘇伊士運河經濟區", "park", "chinese_investment_usd", 4e9, "usd", "過去3年蘇伊士運河經濟區已吸引中國投資超40億美元", "2022—2025年（過去3年）",
       kind="cumulative", qual="超", qtext="超"),
 ])

TD10_S = "8月27日,国内某光伏龙头企业携手埃及、阿联酋及巴林投资者,共斥资2.2亿美元,于泰达合作区打造太阳能综合体项目"
TD10_T = "8月15日,赛轮集团股份有限公司宣布重磅加码,拟投资2.91亿美元建设“年产360万条子午线轮胎项目”"
G["zd10"] = dict(
 article=art("（无标题）中埃·泰达苏伊士经贸合作区一个月内四家企业落地 总投资约5.66亿美元", "天津日报（2025-09-01），摘载于 tjsxsh.com",
  "2025-09-01", "day",
  "City party paper (excerpted on an association site): four companies land in a Chinese-developed cooperation zone in Egypt within a month — a solar complex, a tyre plant and two textile projects with US$ investments, capacities and jobs; the zone's cumulative firms, investment, sales, taxes and jobs",
  "http://tjsxsh.com/article_pages.asp?id=7177",
  "存页首行为原刊电子版地址 http://epaper.tianjinwe.com/tjrb/html/2025-09/01/content_143084_2576660.htm（日期依此；该行与文末“摘自《天津日报》 |”已删）。存页无标题（title 为编者概括）。正文五段，完整。四个项目均“落地”（导语），状态记签约；赛轮项目为“拟投资”，status_alt 记 planned；两个纺织项目“同日启航”，status_alt 记开工。光伏企业未具名（不记公司）；舰桥、昊能·丰泰只作项目名出现，不另记公司（可选）。项目层面的产能、岗位记为项目事实（可选）。埃及“纺织出口冲击百亿美元目标”是埃及的目标，记可选。",
  "zd10", title_note="no headline stored; title made from the lead"),
 parks=[
  park("中埃·泰达苏伊士经贸合作区", None, None, "境外经贸合作区",
       "自红海之滨传来喜讯——中埃·泰达苏伊士经贸合作区(以下简称泰达合作区)再度展现强劲“磁吸”效应", aliases=["泰达合作区"], note="埃及；2008年启动"),
 ],
 companies=[
  comp("赛轮集团股份有限公司", "中埃·泰达苏伊士经贸合作区", TD10_T),
  comp("舰桥", "中埃·泰达苏伊士经贸合作区", "舰桥项目总投资2500万美元", opt=True, note="只作项目名出现"),
  comp("昊能·丰泰", "中埃·泰达苏伊士经贸合作区", "昊能·丰泰项目总投资3000万美元", opt=True, note="只作项目名出现"),
 ],
 projects=[
  proj("太阳能综合体项目", "中埃·泰达苏伊士经贸合作区", TD10_S, inv="共斥资2.2亿美元", currency="usd", value=2.2e8,
       status="签约", status_text="落地（打造）", note="国内某光伏龙头企业与埃及、阿联酋及巴林投资者（均未具名）；8月27日"),
  proj("年产360万条子午线轮胎项目", "中埃·泰达苏伊士经贸合作区", TD10_T, companies=["赛轮集团股份有限公司"], inv="拟投资2.91亿美元", currency="usd",
       value=2.91e8, status="签约", status_alt="planned", status_text="宣布…拟投资", note="8月15日宣布"),
  proj("舰桥项目", "中埃·泰达苏伊士经贸合作区", "舰桥项目总投资2500万美元,拟建设18条纺纱线、超百条织造及6条印染生产线,年产高端面料2500万米",
       inv="总投资2500万美元", currency="usd", value=2.5e7, status="签约", status_alt="开工", status_text="同日启航", note="7月30日；高端纺织"),
  proj("昊能·丰泰项目", "中埃·泰达苏伊士经贸合作区", "昊能·丰泰项目总投资3000万美元,将兴建60条特种复合纤维生产线,年产能达13万吨",
       inv="总投资3000万美元", currency="usd", value=3e7, status="签约", status_alt="开工", status_text="同日启航", note="7月30日；特种复合纤维"),
 ],
 aggregate_facts=[
  fact("泰达合作区（一个月内落地的四家企业）", "park_group", "companies_landed", 4, "count", "在短短一个月内,四家知名企业接连落地", "2025年7月30日—8月27日"),
  fact("泰达合作区（一个月内落地的四家企业）", "park_group", "landed_investment_usd", 5.66e8, "usd", "揽获总投资约5.66亿美元", "2025年7月30日—8月27日",
       qual="约", qtext="约"),
  fact("太阳能综合体项目", "project", "direct_jobs", 841, "count", "该项目预计创造841个直接就业岗位", "建成后", kind="target", opt=True),
  fact("年产360万条子午线轮胎项目", "project", "annual_capacity_tyres", 3600000, "count", TD10_T, "建成后", kind="target", opt=True),
  fact("舰桥项目", "project", "annual_fabric_output_m", 25000000, "m", "年产高端面料2500万米", "建成后", kind="target", opt=True),
  fact("昊能·丰泰项目", "project", "annual_capacity_t", 130000, "t", "年产能达13万吨", "建成后", kind="target", opt=True),
  fact("泰达合作区（两大高端纺织项目）", "park_group", "annual_forex_earnings_usd", 2.3e8, "usd", "两项目不仅可实现年创汇2.3亿美元", "建成后", kind="target"),
  fact("泰达合作区（两大高端纺织项目）", "park_group", "jobs", 1000, "count", "带动就业近千人", "建成后", kind="target", qual="约", qtext="近"),
  fact("埃及", "region", "textile_export_target_usd", 1e10, "usd", "为其纺织出口冲击百亿美元目标注入强劲动能", "目标", kind="target", opt=True),
  fact("中埃·泰达苏伊士经贸合作区", "park", "enterprises", 200, "count", "这里已吸引近200家企业落户", "2025年9月（截至目前）", kind="cumulative", qual="约", qtext="近"),
  fact("中埃·泰达苏伊士经贸合作区", "park", "actual_investment_usd", 3e9, "usd", "实际吸引投资超30亿美元", "2025年9月（截至目前）", kind="cumulative", qual="超", qtext="超"),
  fact("中埃·泰达苏伊士经贸合作区", "park", "total_sales_usd", 5.9e9, "usd", "总销售额突破59亿美元", "2025年9月（截至目前）", kind="cumulative", qual="超", qtext="突破"),
  fact("中埃·泰达苏伊士经贸合作区", "park", "taxes_paid_usd", 3e8, "usd", "贡献税收近3亿美元", "2025年9月（截至目前）", kind="cumulative", qual="约", qtext="近"),
  fact("中埃·泰达苏伊士经贸合作区", "park", "direct_jobs", 10000, "count", "直接创造就业岗位超万个", "2025年9月（截至目前）", kind="cumulative", qual="超", qtext="超"),
 ])
