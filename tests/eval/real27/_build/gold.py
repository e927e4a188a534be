# real27 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there)
# Conventions as real26: evidence verbatim; investment_cny from investment_text; 逾/超过/以上/突破 → 超, 余/多 → 余, 约 → 约
# (qualifier_text keeps the source word). Sources are `search` (corpus pages) excerpts typed into _raw/pages/fNN.raw as returned
# (ASCII commas and parentheses of the stored copies kept). Foreign-currency amounts keep the text with a _usd metric.

G["f01"] = dict(
 article=art("昌吉州准东加快推进六大产业园基础设施建设", "乌鲁木齐 baogaosu 新闻聚合页（原出处未署；页末附自治区商务厅动态）", "2018-04-17", "day",
  "regional news-aggregator item on a national ETDZ's infrastructure build-out in six sub-parks named after resident groups: cumulative totals per sub-park with road and pipe lengths, and a planned environmental-infrastructure budget",
  "http://wulumuqi.baogaosu.com/xinwen/%E5%8A%A0%E5%BF%AB%E6%8E%A8%E8%BF%9B%E5%85%AD%E5%A4%A7%E4%BA%A7%E4%B8%9A%E5%9B%AD%E5%9F%BA%E7%A1%80%E8%AE%BE%E6%96%BD%E5%BB%BA%E8%AE%BE/66359840/",
  "页面时间戳“17.04.2018 14:31”（日期取此）与页末两条商务厅动态标题/导语已删。六个产业园以园区名出现，其中“东方希望”“国泰新华”“宜化”亦为企业名，但文中只作园区名，不单列企业。六园累计投入之和 4.2+4.85+1.7+2.2+1.87+0.72=15.54 亿元，与首句一致。“今年”即2018年，0.8亿元环保基础设施为计划（planned）。",
  "f01"),
 parks=[
  park("准东经济技术开发区", "昌吉", "新疆", "经济技术开发区", "昌吉州准东经济技术开发区依托丰富的煤炭资源储备及自备电配套优势", aliases=["准东"], note="昌吉回族自治州；文中又作“准东”"),
  park("火烧山产业园", "昌吉", "新疆", "产业园", "完成火烧山产业园园区道路14公里", parent="准东经济技术开发区"),
  park("西黑山产业园", "昌吉", "新疆", "产业园", "完成西黑山产业园20公里道路", parent="准东经济技术开发区"),
  park("东方希望产业园", "昌吉", "新疆", "产业园", "完成东方希望产业园道路建设8公里", parent="准东经济技术开发区"),
  park("国泰新华产业园", "昌吉", "新疆", "产业园", "完成国泰新华产业园道路建设10公里", parent="准东经济技术开发区"),
  park("宜化产业园", "昌吉", "新疆", "产业园", "完成宜化产业园道路建设6.9公里", parent="准东经济技术开发区"),
  park("静脉产业园", "昌吉", "新疆", "产业园（静脉产业园）", "完成静脉产业园道路建设5.21公里", parent="准东经济技术开发区"),
 ],
 projects=[
  proj("六大产业园环保基础设施建设", "准东经济技术开发区", "今年,准东计划投入0.8亿元,完善六大产业园污水处理设备、生活垃圾处理设备等环保基础设施建设", inv="0.8亿元", status="planned", status_text="计划投入", note="污水处理设备、生活垃圾处理设备等"),
  proj("六个产业园基础设施配套建设", "准东经济技术开发区", "准东全面启动推进火烧山、西黑山、东方希望、国泰新华、宜化、静脉6个产业园基础设施配套建设", status="在建", status_text="2016年起……全面启动推进；累计完成投资", opt=True, note="累计投入15.54亿元（见 aggregate_facts）；整体是否完工未说，记 在建（status_alt 竣工 亦可）", status_alt="竣工"),
 ],
 aggregate_facts=[
  fact("准东经济技术开发区", "park", "infrastructure_investment_cny", None, "cny", "加快六大产业园基础设施建设,累计完成投资15.54亿元", "2018年4月", kind="cumulative", note="六大产业园基础设施"),
  fact("准东经济技术开发区", "park", "sub_parks_count", 6, "count", "静脉6个产业园基础设施配套建设", "2018年4月"),
  fact("火烧山产业园", "park", "infrastructure_investment_cny", None, "cny", "累计投入4.2亿元,完成火烧山产业园园区道路14公里", "2018年4月", kind="cumulative"),
  fact("西黑山产业园", "park", "infrastructure_investment_cny", None, "cny", "累计投入4.85亿元,完成西黑山产业园20公里道路", "2018年4月", kind="cumulative"),
  fact("东方希望产业园", "park", "infrastructure_investment_cny", None, "cny", "累计投入1.7亿元,完成东方希望产业园道路建设8公里", "2018年4月", kind="cumulative"),
  fact("国泰新华产业园", "park", "infrastructure_investment_cny", None, "cny", "累计投入2.2亿元,完成国泰新华产业园道路建设10公里", "2018年4月", kind="cumulative"),
  fact("宜化产业园", "park", "infrastructure_investment_cny", None, "cny", "累计投入1.87亿元,完成宜化产业园道路建设6.9公里", "2018年4月", kind="cumulative"),
  fact("静脉产业园", "park", "infrastructure_investment_cny", None, "cny", "累计投入0.72亿元,完成静脉产业园道路建设5.21公里", "2018年4月", kind="cumulative"),
  fact("火烧山产业园", "park", "road_length_km", 14, "km", "完成火烧山产业园园区道路14公里", "2018年4月", kind="cumulative", opt=True, note="另有区域连接道路10公里、供排水管网8公里、游园254亩"),
  fact("西黑山产业园", "park", "road_length_km", 20, "km", "完成西黑山产业园20公里道路", "2018年4月", kind="cumulative", opt=True),
  fact("东方希望产业园", "park", "road_length_km", 8, "km", "完成东方希望产业园道路建设8公里", "2018年4月", kind="cumulative", opt=True),
  fact("国泰新华产业园", "park", "road_length_km", 10, "km", "完成国泰新华产业园道路建设10公里", "2018年4月", kind="cumulative", opt=True),
  fact("宜化产业园", "park", "road_length_km", 6.9, "km", "完成宜化产业园道路建设6.9公里", "2018年4月", kind="cumulative", opt=True),
  fact("静脉产业园", "park", "road_length_km", 5.21, "km", "完成静脉产业园道路建设5.21公里", "2018年4月", kind="cumulative", opt=True),
 ])

G["f02"] = dict(
 article=art("（无标题）柳河工业集中区大健康产业园区基础设施（标准厂房）建设项目", "通化日报（作者 程逵元 王锐）, 转载于 news.sheshi.biz", "2024-08-07", "day",
  "prefecture daily item on a county industrial concentration zone's standard-factory project in its health-industry park: builder company, construction progress by block, total investment, land and floor area, planned use",
  "http://news.sheshi.biz/20240807/3152423.html",
  "页面未存标题（title 为编者概括）；日期取网址中的 20240807。页末“作者:程逵元 王锐”“来源:通化日报”已删。项目进度：A区室内装修、B/C区主体封顶、D/E区正在建设、预计11月末完工 → 在建。“大健康产业园区”是柳河工业集中区内的专业园区（文中作“柳河工业集中区大健康产业园区”）。",
  "f02", title_note="no headline stored; title made from the lead"),
 parks=[
  park("柳河工业集中区", "通化", "吉林", "工业集中区", "柳河工业集中区大健康产业园区基础设施(标准厂房)建设项目", district="柳河县"),
  park("柳河工业集中区大健康产业园区", "通化", "吉林", "产业园区（专业园）", "柳河工业集中区大健康产业园区基础设施(标准厂房)建设项目", district="柳河县", parent="柳河工业集中区", aliases=["大健康产业园区"]),
 ],
 companies=[
  comp("柳韵科技创业产业园投资有限公司", "柳河工业集中区大健康产业园区", "项目建设单位柳韵科技创业产业园投资有限公司相关负责人介绍说", note="项目建设单位（园区开发平台公司）"),
 ],
 projects=[
  proj("大健康产业园区基础设施(标准厂房)项目", "柳河工业集中区大健康产业园区", "据介绍,大健康产业园区基础设施(标准厂房)项目总投资10.38亿元", companies=["柳韵科技创业产业园投资有限公司"], inv="10.38亿元", status="在建", status_text="D、 E区域厂房正在建设,项目预计于今年11月末完工", aliases=["柳河工业集中区大健康产业园区基础设施(标准厂房)建设项目"], note="建设标准化厂房、综合楼、仓库及附属设施；预计2024年11月末完工"),
 ],
 aggregate_facts=[
  fact("大健康产业园区基础设施(标准厂房)项目", "project", "land_area_m2", 430000, "m2", "总占地面积43万平方米", "2024年8月"),
  fact("大健康产业园区基础设施(标准厂房)项目", "project", "floor_area_m2", 400000, "m2", "总建筑面积40万平方米", "2024年8月"),
 ])

G["f03"] = dict(
 article=art("（无标题）信阳市产业集聚区清华产业园项目签约仪式举行", "信阳日报（本报讯 王志鹏）, ribao.xyxww.com.cn", "2010-12-08", "day",
  "city daily brief on an industrial cluster zone's electronics park: a park-in-park developer signs an entry agreement, area, total, seven Shenzhen firms to move in together",
  "https://ribao.xyxww.com.cn/html/2010-12/08/content_25095.htm",
  "页面未存标题；日期取网址中的报纸版期 2010-12-08（“日前”签约）。“信阳工业城”是信阳市产业集聚区的管理机构名（党委、招商局），记为该园区的别名（文中未明言同一，见 park note），其招商局另记 institution。清华产业园位于电子产业园内，电子产业园在信阳市产业集聚区内。七家深圳企业“将抱团入驻”，park 记 清华产业园。项目状态：签订入驻协议 → 签约。",
  "f03", title_note="no headline stored; title made from the lead"),
 parks=[
  park("信阳市产业集聚区", "信阳", "河南", "产业集聚区", "信阳市产业集聚区电子产业园建设启动以来", aliases=["信阳工业城"], note="“信阳工业城”为其管理机构名（党委、招商局），文中未明言二者同一"),
  park("电子产业园", "信阳", "河南", "专业园区", "信阳市产业集聚区电子产业园建设启动以来", parent="信阳市产业集聚区", aliases=["信阳市产业集聚区电子产业园"]),
  park("清华产业园", "信阳", "河南", "产业园（园中园）", "清华产业园位于电子产业园内,占地约340亩,总投资10亿元", parent="电子产业园", aliases=["信阳市产业集聚区清华产业园"]),
 ],
 companies=[
  comp("深圳欧莱华投资有限公司", "清华产业园", "信阳工业城招商局与深圳欧莱华投资有限公司就清华产业园项目签订了入驻协议", note="清华产业园项目签约方"),
  comp("深圳市嘉达高科产业发展有限公司", "清华产业园", "深圳市嘉达高科产业发展有限公司"),
  comp("深圳市爱德利能源科技有限公司", "清华产业园", "深圳市爱德利能源科技有限公司"),
  comp("深圳市凯泰莱科技有限公司", "清华产业园", "深圳市凯泰莱科技有限公司"),
  comp("深圳市乐立电气有限公司", "清华产业园", "深圳市乐立电气有限公司"),
  comp("深圳市分子谷科技有限公司", "清华产业园", "深圳市分子谷科技有限公司"),
  comp("深圳市铭锋达精密技术有限公司", "清华产业园", "深圳市铭锋达精密技术有限公司"),
  comp("深圳市科伦特科技有限公司", "清华产业园", "深圳市科伦特科技有限公司将抱团入驻清华产业园"),
 ],
 institutions=[
  inst("信阳工业城招商局", "信阳工业城招商局与深圳欧莱华投资有限公司就清华产业园项目签订了入驻协议", opt=False, park="信阳市产业集聚区"),
 ],
 projects=[
  proj("清华产业园项目", "电子产业园", "信阳工业城招商局与深圳欧莱华投资有限公司就清华产业园项目签订了入驻协议。据了解,清华产业园位于电子产业园内,占地约340亩,总投资10亿元", companies=["深圳欧莱华投资有限公司"], inv="10亿元", status="签约", status_text="签订了入驻协议", note="七家深圳企业将抱团入驻"),
 ],
 aggregate_facts=[
  fact("清华产业园", "park", "land_area_mu", 340, "mu", "占地约340亩", "2010年12月", qual="约", qtext="约"),
  fact("清华产业园", "park", "companies_to_enter", 7, "count", "深圳市科伦特科技有限公司将抱团入驻清华产业园", "2010年12月", kind="target", opt=True, note="七家企业由列举计数，文中无数字"),
 ])

G["f04"] = dict(
 article=art("开发区招商引资 实现新突破", "西宁经济技术开发区相关站点“招商动态”栏（psjtl.com 页；作者未署）", "2016-08-04", "day",
  "park's own investment-promotion news on a national ETDZ's first half: funds actually received, number of promotion trips, three named battery/EV/copper-foil projects among 26 introduced, signings and contract value at a provincial fair",
  "http://psjtl.com/mapodongtai/34.html",
  "栏目行“| 招商动态 |2016-08-04”已删（日期取此）。“开发区”即西宁经济技术开发区。三项目为“成功引进”，未言开工 → 签约；企业名按文中简称（比亚迪、华泰、青海诺德新材料）。“26个……项目”含上述三项。“青洽会”签约21个项目、合同引资额260.2亿元为开发区口径。",
  "f04"),
 parks=[
  park("西宁经济技术开发区", "西宁", "青海", "国家级经济技术开发区", "西宁经济技术开发区积极适应新常态下招商引资的新变化", aliases=["开发区"], note="文中又称“园区”；下辖各园区未具名"),
 ],
 companies=[
  comp("比亚迪", "西宁经济技术开发区", "成功引进了比亚迪10GWH动力电池及配套项目"),
  comp("华泰", "西宁经济技术开发区", "华泰年产15万辆新能源汽车及锂电材料、锂电池配套项目", note="简称"),
  comp("青海诺德新材料", "西宁经济技术开发区", "青海诺德新材料年产4万吨高档电解铜箔", note="简称"),
 ],
 projects=[
  proj("比亚迪10GWH动力电池及配套项目", "西宁经济技术开发区", "成功引进了比亚迪10GWH动力电池及配套项目", companies=["比亚迪"], status="签约", status_text="成功引进"),
  proj("华泰年产15万辆新能源汽车及锂电材料、锂电池配套项目", "西宁经济技术开发区", "华泰年产15万辆新能源汽车及锂电材料、锂电池配套项目", companies=["华泰"], status="签约", status_text="成功引进"),
  proj("青海诺德新材料年产4万吨高档电解铜箔项目", "西宁经济技术开发区", "青海诺德新材料年产4万吨高档电解铜箔等26个科技含量高、投资规模大、产业链延伸项目", companies=["青海诺德新材料"], status="签约", status_text="成功引进", aliases=["青海诺德新材料年产4万吨高档电解铜箔"]),
 ],
 aggregate_facts=[
  fact("西宁经济技术开发区", "park", "investment_funds_received_cny", None, "cny", "上半年招商引资实际到位资金达到191亿元", "2016年上半年", kind="cumulative"),
  fact("西宁经济技术开发区", "park", "promotion_events", 15, "count", "开展各种方式的招商引资活动达15次", "2016年上半年", opt=True),
  fact("西宁经济技术开发区", "park", "projects_introduced", 26, "count", "等26个科技含量高、投资规模大、产业链延伸项目", "2016年上半年"),
  fact("西宁经济技术开发区", "park", "projects_signed", 21, "count", "有21个项目成功签约", "2016年（青洽会）"),
  fact("西宁经济技术开发区", "park", "contract_investment_cny", None, "cny", "合同引资额达260.2亿元", "2016年（青洽会）"),
 ])

G["f05"] = dict(
 article=art("东湖高新集团与海口国家高新区签约建设美安生态科技新城", "观点地产网, 转载于 aibd.com.cn", "2022-04-12", "day",
  "property-industry site item (relaying the developer's own release) on a listed park developer signing a biomedicine public-service platform project in a national high-tech zone's new town: land area, co-developer, city biomedicine industry figures",
  "http://aibd.com.cn/news/fangchan/122469.html",
  "页面“2022-04-12 11:31”“观点地产网”行与页末“头条推荐/图文推荐”已删。原文有乱码照录：“签约活动3354海口……”（“3354”当为破折号的编码残片）、“整合研发;d、孵化”。第三段“我们将……”为企业口吻（转述企业新媒体）。“4月11日晚”即2022-04-11。项目仅签约、未给金额。海口生物医药产业数字属海口市（region）。",
  "f05"),
 parks=[
  park("海口国家高新区", "海口", "海南", "国家高新技术产业开发区", "东湖高新集团与海口国家高新区就“海口生物医药创新公共服务平台项目”签约"),
  park("美安生态科技新城", "海口", "海南", "园中园（新城）", "这一签约项目位于海口国家高新区美安生态科技新城", parent="海口国家高新区"),
 ],
 companies=[
  comp("东湖高新集团", None, "东湖高新集团与海口国家高新区就“海口生物医药创新公共服务平台项目”签约", kind="group", note="湖北的园区开发上市企业（“琼鄂两省”）"),
  comp("海口国家高新区国际投资咨询有限公司", "海口国家高新区", "由东湖高新集团和海口国家高新区国际投资咨询有限公司共同打造", note="高新区平台公司"),
 ],
 projects=[
  proj("海口生物医药创新公共服务平台项目", "美安生态科技新城", "东湖高新集团与海口国家高新区就“海口生物医药创新公共服务平台项目”签约", companies=["东湖高新集团", "海口国家高新区国际投资咨询有限公司"], status="签约", status_text="签约", note="总用地面积154亩；金额未给"),
 ],
 aggregate_facts=[
  fact("海口生物医药创新公共服务平台项目", "project", "land_area_mu", 154, "mu", "总用地面积154亩", "2022年4月"),
  fact("海口市", "region", "biomedicine_industry_scale_cny", None, "cny", "海口生物医药产业规模376亿元", "2022年4月"),
  fact("海口市", "region", "biomedicine_industrial_output_above_scale_cny", None, "cny", "其中规模以上生物医药产业总产值235亿元", "2022年4月"),
  fact("海口市", "region", "biomedicine_distribution_revenue_cny", None, "cny", "生物医药流通企业营业收入141亿元", "2022年4月"),
  fact("海口市", "region", "eu_fda_certified_pharma_firms", 6, "count", "获得欧盟和美国FDA认证的海口医药企业有6家", "2022年4月"),
  fact("海口市", "region", "eu_fda_certified_pharma_firms_national_share", 8, "percent", "占全国的8%", "2022年4月", kind="ratio", opt=True),
  fact("海口国家高新区", "park", "national_biomedicine_park_rank", 29, "rank", "海口国家高新区在国家生物医药产业园百强名单中上升至第29位", "2022年4月"),
 ])

G["f06"] = dict(
 article=art("新疆首个综合保税区封关运营", "广州 baogaosu 新闻聚合页（记者李晓玲；原出处未署）", "2014-06-15", "day",
  "news-aggregator brief on a border free-trade zone's first customs declaration marking the start of operation: ordinal among national zones, rail gate, and the port's 2010 cargo, trade and customs-revenue figures",
  "http://guangzhou.baogaosu.com/xinwen/%E6%96%B0%E7%96%86%E9%A6%96%E4%B8%AA%E7%BB%BC%E5%90%88%E4%BF%9D%E7%A8%8E%E5%8C%BA%E5%B0%81%E5%85%B3%E8%BF%90%E8%90%A5/21082205",
  "页面时间戳“15.06.2014 17:35”已删（日期取此）；“14日”即2014-06-14 首笔报关。办理入区手续的是“一家公司”，未具名。118.7亿美元为进出口贸易额（USD，非 _cny 指标）。过货量、贸易额、税收均为阿拉山口口岸2010年数据，不是综保区数据。",
  "f06"),
 parks=[
  park("阿拉山口综合保税区", "阿拉山口", "新疆", "综合保税区", "阿拉山口综合保税区位于亚欧大陆桥西出桥头堡的新疆阿拉山口口岸", aliases=["阿拉山口综保区", "综保区"], note="新疆第一个、中国第16个综合保税区；阿拉山口市（博尔塔拉州代管）"),
 ],
 institutions=[
  inst("阿拉山口海关", "新疆阿拉山口海关现场关员为一家公司进口的26.4吨旧轮胎办理了入区通关手续", kind="customs", opt=False, park="阿拉山口综合保税区"),
 ],
 aggregate_facts=[
  fact("阿拉山口综合保税区", "park", "national_ftz_ordinal", 16, "rank", "也是中国第16个综合保税区", "2014年6月", opt=True),
  fact("阿拉山口口岸", "region", "cargo_volume_t", 25240000, "t", "2010年过货量达到2524万吨", "2010年"),
  fact("阿拉山口口岸", "region", "import_export_value_usd", 11870000000, "usd", "分别达到118.7亿美元", "2010年"),
  fact("阿拉山口口岸", "region", "customs_revenue_cny", None, "cny", "103.7亿元人民币", "2010年"),
  fact("阿拉山口综合保税区", "park", "first_declaration_cargo_t", 26.4, "t", "为一家公司进口的26.4吨旧轮胎办理了入区通关手续", "2014年6月14日", opt=True),
 ])

G["f07"] = dict(
 article=art("策应鄱阳湖生态经济区建设 赣州开发区建飞地工业园", "中国口岸协会网站“综合新闻”（署 赣州市政府口岸办公室）", "2019-02-27", "day",
  "port-association site item (city port office) on a city ETDZ hosting an enclave industrial park for two counties: purpose, resource sharing, site, area per county, 2015 targets for projects, investment, sales and taxes",
  "https://www.caop.org.cn/xinwenzixun/zonghexinwen/2019-02-27/35142.html",
  "面包屑“首页 > 新闻资讯 > 综合新闻”、署名行“赣州市政府口岸办公室”与页末“相关文章/无相关信息/版权/备案”已删。日期按网址与页面 2019-02-27 记，但文中“到2015年”的目标表明原稿早于2015年（约2010年鄱阳湖生态经济区规划获批前后），published 记页面日期、precision day，见此注。“赣州开发区”即赣州经济技术开发区。飞地工业园“拟选址于”→ planned；目标为 target。",
  "f07"),
 parks=[
  park("赣州开发区", "赣州", "江西", "经济技术开发区", "崇义县、上犹县将在赣州开发区建设飞地工业园", note="即赣州经济技术开发区（全称文中未出现）"),
  park("飞地工业园", "赣州", "江西", "飞地工业园（园中园）", "崇义县、上犹县将在赣州开发区建设飞地工业园", parent="赣州开发区", aliases=["工业园"], note="崇义、上犹两县各2至3平方公里，分别独资开发"),
  park("香港工业园", "赣州", "江西", "工业园", "飞地工业园拟选址于香港工业园北区二期内", parent="赣州开发区", opt=True, note="赣州开发区内片区；北区二期为飞地工业园拟选址"),
 ],
 institutions=[
  inst("赣州市委、市政府", "赣州市委、市政府决定", opt=True),
 ],
 projects=[
  proj("飞地工业园建设", "赣州开发区", "崇义县、上犹县将在赣州开发区建设飞地工业园", status="planned", status_text="将……建设；拟选址于", note="钨和稀土深加工；投资见目标"),
 ],
 aggregate_facts=[
  fact("飞地工业园", "park", "area_per_county_km2", 2, "km2", "各划出2至3平方公里分别分配给崇义、上犹使用", "规划", opt=True, note="2至3平方公里（区间，记下限）"),
  fact("飞地工业园", "park", "projects_count", 110, "count", "到2015年,飞地工业园将落户项目110个", "2015年", kind="target"),
  fact("飞地工业园", "park", "investment_cny", None, "cny", "累计完成投资53亿元", "2015年", kind="target"),
  fact("飞地工业园", "park", "sales_revenue_cny", None, "cny", "实现销售收入100亿元", "2015年", kind="target"),
  fact("飞地工业园", "park", "profit_tax_cny", None, "cny", "实现利税10亿元", "2015年", kind="target"),
 ])

G["f08"] = dict(
 article=art("（无标题）吉林化工园区今年计划开复工重大产业类项目21个", "江城日报（记者 温月）, 松花江网（编辑 何晨熙）, 存于 222.162.163.66 镜像", "2023-02-11", "day",
  "city daily item in a 'stabilise the economy' series on a chemical park's 2023 project plan: count and total of major projects, a refinery upgrade driving the chain, named projects under construction or to (re)start, park management works",
  "http://222.162.163.66/zhutpd/jlszt/wjjczzqxx/202302/t20230211_594636.html",
  "页面未存标题（页末“原标题: 稳经济·促增长·强信”截断，已删）；日期取网址 t20230211。“我市”即吉林市。状态：万邦达项目“预计4月进水调试”→ 在建；吉化北方C8C9“基础施工启动”→ 开工；吉林石化转型升级项目“建设全面启动……将继续建设”→ 在建；江北污水处理厂等“将陆续开复工建设”→ planned（status_alt 在建）；安全发展能力提升工程“计划4月份复工”→ planned（status_alt 在建）。“21个项目……投资总额超过390亿元”为计划口径（target）。",
  "f08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("吉林化工园区", "吉林", "吉林", "化工园区", "今年,吉林化工园区计划开复工重大产业类项目21个", aliases=["化工园区"]),
 ],
 companies=[
  comp("万邦达", "吉林化工园区", "万邦达40万吨/年含腈废液及污水处理项目预计4月进水调试"),
  comp("吉化北方", "吉林化工园区", "吉化北方C8C9综合利用项目基础施工启动"),
  comp("吉林石化", "吉林化工园区", "突出吉林石化转型升级项目带动作用"),
  comp("市环投公司", "吉林化工园区", "市环投公司吉林市江北污水处理厂", note="吉林市环境投资公司简称"),
  comp("吉林江机", "吉林化工园区", "吉林江机碳纤维复合材料及配套设施扩建", opt=True, note="名称亦可作项目名一部分"),
  comp("博禹祥实", "吉林化工园区", "博禹祥实复合助剂等重大产业类项目", opt=True, note="名称亦可作项目名一部分"),
 ],
 projects=[
  proj("万邦达40万吨/年含腈废液及污水处理项目", "吉林化工园区", "万邦达40万吨/年含腈废液及污水处理项目预计4月进水调试", companies=["万邦达"], status="在建", status_text="预计4月进水调试"),
  proj("吉化北方C8C9综合利用项目", "吉林化工园区", "吉化北方C8C9综合利用项目基础施工启动", companies=["吉化北方"], status="开工", status_text="基础施工启动"),
  proj("吉林石化转型升级项目", "吉林化工园区", "吉林石化转型升级项目建设全面启动,今年丙烯腈、乙烯等重要生产装置将继续建设", companies=["吉林石化"], status="在建", status_text="建设全面启动……将继续建设"),
  proj("吉林市江北污水处理厂", "吉林化工园区", "市环投公司吉林市江北污水处理厂、吉林江机碳纤维复合材料及配套设施扩建、博禹祥实复合助剂等重大产业类项目也将陆续开复工建设", companies=["市环投公司"], status="planned", status_text="将陆续开复工建设", status_alt="在建"),
  proj("吉林江机碳纤维复合材料及配套设施扩建", "吉林化工园区", "吉林江机碳纤维复合材料及配套设施扩建、博禹祥实复合助剂等重大产业类项目也将陆续开复工建设", companies=["吉林江机"], status="planned", status_text="将陆续开复工建设", status_alt="在建"),
  proj("博禹祥实复合助剂项目", "吉林化工园区", "博禹祥实复合助剂等重大产业类项目也将陆续开复工建设", companies=["博禹祥实"], status="planned", status_text="将陆续开复工建设", status_alt="在建", aliases=["博禹祥实复合助剂"]),
  proj("吉林化工园区安全发展能力提升工程", "吉林化工园区", "计划4月份复工的吉林化工园区安全发展能力提升工程", status="planned", status_text="计划4月份复工", status_alt="在建", note="路网、管廊、新建乙烯装置区域附属工程等"),
 ],
 aggregate_facts=[
  fact("吉林化工园区", "park", "major_projects_planned", 21, "count", "今年,吉林化工园区计划开复工重大产业类项目21个", "2023年", kind="target"),
  fact("吉林化工园区", "park", "planned_investment_cny", None, "cny", "投资总额超过390亿元", "2023年", kind="target", qual="超", qtext="超过"),
  fact("吉林化工园区", "park", "refinery_upgrade_linked_projects", 8, "count", "有8个是吉林石化转型升级项目配套项目和产业链延伸项目", "2023年", opt=True),
 ])

G["f09"] = dict(
 article=art("贵州十大千亿级产业项目集中开工 项目总投资685.3亿元", "中国新闻网（记者 刘鹏）, 转载于 ljzjr.cn", "2019-09-10", "day",
  "national wire item on a province's collective ground-breaking of major industrial projects held in a city manufacturing park: total, annual plan, counts and totals by sector and by city, the provincial programme's 2022 target, 7-month industrial investment",
  "http://ljzjr.cn/roll/2019/0910/c_72323.html",
  "页面“2019-09-10 09:00/来源:互联网/编辑:运营003/摘要:”及摘要句（正文首句的截断重复）、页末“[ 编辑: 运营BX01 ]”“中国观察”已删；正文末“(完)”为原稿结束符，保留。电头“9月9日”，开工仪式“9日”即2019-09-09，日期记转载页 2019-09-10。贵阳市现代制造产业园仅为仪式地点；项目未逐一具名。",
  "f09"),
 parks=[
  park("贵阳市现代制造产业园", "贵阳", "贵州", "产业园", "2019年贵州省十大千亿级工业产业重大项目集中开工仪式在贵阳市现代制造产业园举行", note="仅作开工仪式地点"),
 ],
 institutions=[
  inst("贵州省工业和信息化厅", "贵州省工业和信息化厅副厅长敖鸿在开工仪式上表示", opt=False),
 ],
 aggregate_facts=[
  fact("2019年贵州省十大千亿级工业产业重大项目", "region", "total_investment_cny", None, "cny", "项目总投资685.3亿元(人民币,下同)", "2019年9月"),
  fact("2019年贵州省十大千亿级工业产业重大项目", "region", "planned_investment_this_year_cny", None, "cny", "2019年贵州计划完成投资173.1亿元", "2019年", kind="target"),
  fact("2019年贵州省十大千亿级工业产业重大项目（清洁高效电力）", "region", "projects_count", 45, "count", "集中开工项目涉及清洁高效电力项目45个", "2019年9月"),
  fact("2019年贵州省十大千亿级工业产业重大项目（清洁高效电力）", "region", "total_investment_cny", None, "cny", "总投资150.11亿元", "2019年9月"),
  fact("2019年贵州省十大千亿级工业产业重大项目（大数据电子信息）", "region", "projects_count", 6, "count", "大数据电子信息项目6个", "2019年9月"),
  fact("2019年贵州省十大千亿级工业产业重大项目（大数据电子信息）", "region", "total_investment_cny", None, "cny", "总投资117.97亿元", "2019年9月"),
  fact("2019年贵州省十大千亿级工业产业重大项目（先进装备制造）", "region", "projects_count", 17, "count", "先进装备制造项目17个", "2019年9月"),
  fact("2019年贵州省十大千亿级工业产业重大项目（先进装备制造）", "region", "total_investment_cny", None, "cny", "总投资112.35亿元", "2019年9月"),
  fact("毕节市", "region", "projects_count", 39, "count", "毕节、贵阳拟开工项目数分别为39个和24个", "2019年9月", note="拟开工"),
  fact("贵阳市", "region", "projects_count", 24, "count", "毕节、贵阳拟开工项目数分别为39个和24个", "2019年9月", note="拟开工"),
  fact("毕节市", "region", "total_investment_cny", None, "cny", "总投资为129.24亿元", "2019年9月"),
  fact("贵阳市", "region", "total_investment_cny", None, "cny", "208.96亿元", "2019年9月"),
  fact("贵州省", "region", "target_industrial_output_cny", None, "cny", "提出到2022年贵州省工业总产值达到2万亿元", "2022年", kind="target"),
  fact("贵州省", "region", "industrial_investment_cny", None, "cny", "完成2124.27亿元", "2019年1-7月", kind="cumulative", note="500万元口径工业投资（含园区基础设施）"),
  fact("贵州省", "region", "industrial_investment_growth", 16.9, "percent", "产业投资同比增长16.9%", "2019年1-7月", kind="ratio"),
 ])
