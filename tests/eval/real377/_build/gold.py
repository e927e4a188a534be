# real377 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (nl01 is traditional script as published by 文匯報; the rest simplified as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and
# shares as ratios. Projects: the park the text places the project in. Status from the text's words (开工建设 → 开工).
# “预计 / 力争 / 将” figures are kind target; “累计 / 成立两年” totals are cumulative. A city district or county is a region,
# not a park. Sources are `search` (corpus pages) excerpts typed into _raw/pages/nlNN.raw as returned.

# ---------------------------------------------------------------- nl01 貴州大龍經濟開發區 (文匯報 2012, traditional)
DL = "貴州大龍經濟開發區"
G["nl01"] = dict(
 article=art("（無標題）貴州大龍經濟開發區介紹（文匯報專題版）", "文匯報（香港，paper.wenweipo.com 專題版；存段無署名）", "2012-06-11", "day",
  "Hong Kong daily's special-feature page (traditional script as published), Guizhou: a provincial economic development zone in Tongren — status, planned area, location and transport, nearby mineral reserves, leading industries and the count of above-scale industrial firms",
  "http://paper.wenweipo.com/2012/06/11/zt1206110019.htm",
  "日期取網址 2012/06/11（文匯報印刷版專題 zt）。存段無標題（title 為編者概括）；圖片説明“放大圖片”“■大龍經濟開發區景觀門及心形休閒廣場”與行尾“|”已刪；正文四段，完整。原文為繁體（香港報紙），未轉換。園區：貴州大龍經濟開發區（銅仁市，貴州；省級經濟開發區；2005年確認為省級循環經濟工業基地）；“循環經濟工業集聚區”為其規劃片區，只記面積事實（可選），不另列園區。事實：城鄉總體規劃面積106k㎡、集聚區規劃面積53k㎡、規模以上工業企業20家。礦產儲量（松桃錳礦等）屬周邊縣區，不計。企業未點名。",
  "nl01"),
 parks=[
  park(DL, "銅仁", "貴州", "省級經濟開發區", "貴州大龍經濟開發區係銅仁市唯一的省級經濟開發區", district="玉屏（大龍鎮）",
       note="文中又作“開發區”；2005年省發改委確認為省級循環經濟工業基地；district 依大龍鎮所屬推定"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(DL, "park", "planned_area_km2", 106, "km2", "開發區城鄉總體規劃面積106k㎡", "2012年6月"),
  fact(DL, "park", "cluster_zone_planned_area_km2", 53, "km2", "循環經濟工業集聚區規劃面積53k㎡", "2012年6月", opt=True),
  fact(DL, "park", "above_scale_firms", 20, "count", "區內規模以上工業企業達到了20家", "2012年6月"),
 ])

# ---------------------------------------------------------------- nl02 富士康贵州第四代产业园开工建设 (新华网 via taiwan.cn 2013)
GA = "贵安新区"
FX = "富士康贵州第四代产业园"
B0 = "富士康贵州第四代产业园21日在贵州省贵安新区开工建设"
B1 = "21日开工的一期工程包括电子信息产业园、节能环保产业园、国际数据中心、富贵安康生态小镇等产业"
B2 = "富士康贵州第四代产业园将总共建设电子信息产业园、节能环保产业园、国际数据中心、富贵安康生态小镇、养生乐活产业园、户外体育园、数位内容创意园七大产业园区"
B3 = "在2012年2月国务院正式批复的《西部大开发十二五规划》中,明确提出加强西部地区的重庆两江新区、陕西西咸新区、四川天府新区、甘肃兰州新区和贵州贵安新区五大重点城市新区建设"
G["nl02"] = dict(
 article=art("富士康贵州第四代产业园开工建设", "新华网（记者黄勇），载于中国台湾网 taiwan.cn", "2013-10-22", "day",
  "National news agency item relayed by a state portal, Guizhou: a Taiwanese group's fourth-generation industrial park breaks ground in a state-level new area — phase 1 contents, planned batch production date, seven planned sub-parks, a regional HQ and R&D centre to be located there",
  "http://taiwan.cn/local/gedishetaihuodong/201310/t20131022_5072063.htm",
  "日期取页面“2013年10月22日 09:18:00来源:新华网”；电头“新华网贵阳10月21日电”，开工日为2013年10月21日。标题照录；“English”、日期来源行、责任编辑与页脚已删；正文五段，完整。园区：贵安新区（国家级新区；贵阳、安顺部分区域，贵州）；富士康贵州第四代产业园（在贵安新区，parent 贵安新区）；七大产业园区（电子信息产业园等）为其规划分园，列可选园区（parent 富士康贵州第四代产业园）。文末提到的重庆两江新区等四个新区不在贵州，列可选园区。公司：富士康科技集团（投资方）。项目：富士康贵州第四代产业园一期工程——开工（“开工建设”），无金额；制造产业园示范工厂计划2014年7月左右建成并批量生产（note）；富士康西南总部基地及研发中心“也将落户”——可选项目，无状态。",
  "nl02"),
 parks=[
  park(GA, "贵阳", "贵州", "国家级新区", B0, note="由贵阳市和安顺市的部分区域组成"),
  park(FX, "贵阳", "贵州", "产业园", B0, parent=GA, aliases=["富士康贵州产业园"], note="文中又作“富士康贵州产业园”“第四代绿色产业园”"),
  park("电子信息产业园", "贵阳", "贵州", "产业园（分园）", B1, parent=FX, opt=True, note="一期工程内容之一"),
  park("节能环保产业园", "贵阳", "贵州", "产业园（分园）", B1, parent=FX, opt=True, note="一期工程内容之一"),
  park("养生乐活产业园", "贵阳", "贵州", "产业园（分园）", B2, parent=FX, opt=True, note="规划分园"),
  park("重庆两江新区", "重庆", "重庆", "国家级新区", B3, opt=True, note="仅作比较提及"),
  park("陕西西咸新区", "西安/咸阳", "陕西", "国家级新区", B3, opt=True, note="仅作比较提及"),
  park("四川天府新区", "成都", "四川", "国家级新区", B3, opt=True, note="仅作比较提及"),
  park("甘肃兰州新区", "兰州", "甘肃", "国家级新区", B3, opt=True, note="仅作比较提及"),
 ],
 companies=[
  comp("富士康科技集团", GA, "前来出席开工仪式的富士康科技集团总裁郭台铭表示", aliases=["富士康"], note="产业园投资方；文中又作“富士康”"),
 ],
 projects=[
  proj("富士康贵州第四代产业园一期工程", GA, B0, companies=["富士康科技集团"], phase="一期", status="开工", status_text="开工建设",
       aliases=["一期工程"], note="2013年10月21日开工；制造产业园示范工厂计划2014年7月左右建成并实现批量生产；无金额"),
  proj("富士康西南总部基地及研发中心", GA, "富士康西南总部基地及研发中心也将落户贵州产业园区", companies=["富士康科技集团"], opt=True,
       note="“也将落户”，无状态、无金额"),
 ],
 aggregate_facts=[
  fact(FX, "park", "planned_sub_parks", 7, "count", B2, "2013年10月（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nl03 观山湖区兴建两大产业园区 (工业园网 gz.cnipai 2013)
XZ = "现代制造产业园"
GX = "高新技术信息产业园"
C0 = "目前,面积35平方公里的现代制造产业园和6.09平方公里的高新技术信息产业园控制性详细规划方案已经编制完成"
C1 = "预计到2015年,该区现代制造业增加值年均增速达50%,高新技术产业增加值年均增速达35%以上,科技进步贡献达65%,力争用2—3年的时间争创省级一类园区"
G["nl03"] = dict(
 article=art("观山湖区兴建两大产业园区 发展实体经济", "中国工业园网 贵州站（gz.cnipai.com，cnrepark 用户上传；原发媒体与署名未注明）", "2013-11-04", "day",
  "Industrial-park portal's regional channel relaying a Guiyang news item, Guizhou: a new city district builds two industrial parks — their areas, plans completed, the district's growth targets for 2015",
  "https://gz.cnipai.com/news/detail/42669.html",
  "日期取页面“2013 11/04 14:36”。标题照录；“贵州切换”“新闻”、日期行与免责声明已删；正文两段，完整。园区：现代制造产业园（35平方公里）、高新技术信息产业园（6.09平方公里），均在观山湖区（贵阳市，贵州）；观山湖区为区（region），不是园区。无企业、无项目。事实：两园面积；“预计到2015年”的增速与科技进步贡献为观山湖区的目标（target，region）；“争创省级一类园区”不计。",
  "nl03"),
 parks=[
  park(XZ, "贵阳", "贵州", "产业园", C0, district="观山湖区", note="文中又作“园区”“两大园区”之一"),
  park(GX, "贵阳", "贵州", "产业园", C0, district="观山湖区", note="两大园区之一"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(XZ, "park", "area_km2", 35, "km2", C0, "2013年11月"),
  fact(GX, "park", "area_km2", 6.09, "km2", C0, "2013年11月"),
  fact("观山湖区", "region", "modern_manufacturing_value_added_annual_growth", 0.50, "ratio", C1, "2013–2015年（目标）", kind="target", opt=True),
  fact("观山湖区", "region", "high_tech_value_added_annual_growth", 0.35, "ratio", C1, "2013–2015年（目标）", kind="target", qual="超", qtext="以上", opt=True),
  fact("观山湖区", "region", "tech_progress_contribution", 0.65, "ratio", C1, "2015年（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nl04 贵州双龙临空经济区推介会 (香港商报 2014)
SL = "贵州双龙临空经济区"
D0 = "6月20日,第二届中国临空经济发展研讨会暨贵州双龙临空经济区推介会在贵州省贵阳国际生态会议中心举行"
D1 = "目前中国有57座城市依托50座机场,规划了58个临空经济区"
G["nl04"] = dict(
 article=art("（无标题）第二届中国临空经济发展研讨会暨贵州双龙临空经济区推介会举行", "香港商报（记者 张丽、黄庆松、许入介），tp.hkcd.com", "2014-06-20", "day",
  "Hong Kong paper's mainland web channel, Guizhou: a promotion conference for an airport economic zone — its planned industrial layout, an expert's definition of airport economy, national counts of planned airport economic zones, the vice-governor's remarks",
  "http://tp.hkcd.com/content_p/2014-06/20/content_9466.html",
  "日期取网址 2014-06/20，文中会期“6月20日”。存段无标题（title 为编者概括）；开头九行图片说明已删。存段末段在“黔南州在去年全省增比进位中取得了排名”处中断，该残句（自“贵阳市作为省会城市”起）已删（make_txt.py LINE_SUFFIX），正文截至“…重大战略部署。”，共四段。园区：贵州双龙临空经济区（文中又作“双龙临空经济区”；贵阳市与黔南州龙里县之间，贵州；后称双龙航空港经济区，本文未出现该名）。无企业、无项目、无金额（图片说明中的“签约”未写项目）。事实：全国57座城市、50座机场、58个临空经济区（region 中国，可选）。机构：中国城市经济专家委员会（可选）。",
  "nl04"),
 parks=[
  park(SL, "贵阳", "贵州", "临空经济区", D0, aliases=["双龙临空经济区"], note="产业上将形成“一核三板块”布局；跨贵阳市与黔南州"),
 ],
 companies=[],
 institutions=[
  inst("中国城市经济专家委员会", "中国城市经济专家委员会常务副主任龙永枢会上表示", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact("中国", "region", "airport_economic_zones_planned", 58, "count", D1, "2014年6月", opt=True),
  fact("中国", "region", "cities_with_airport_economic_zones", 57, "count", D1, "2014年6月", opt=True),
 ])

# ---------------------------------------------------------------- nl05 双龙航空港经济区二周年投资推介会 (中新网 via baogaosu, c. 2016)
SH = "贵州双龙航空港经济区"
E0 = "贵州双龙航空港经济区18日举行二周年投资推介会"
E1 = "完成15个行政村、7333户、4.4万人的整村搬迁工作和520万平方米的征拆工作"
AS5 = "成立两年（至2016年10月，推定）"
G["nl05"] = dict(
 article=art("贵州双龙航空港经济区举行二周年投资推介会(图)", "中新网（记者 张伟），载于 guiyang.baogaosu.com（存段未示日期行）", "2016-10-19", "inferred",
  "National news agency item on a city news aggregator, Guizhou: an airport economic zone's second-anniversary investment promotion — relocation and land clearance done, infrastructure investment, investment attracted, key projects under way and this year's investment, planned area, industrial orientation",
  "https://guiyang.baogaosu.com/xinwen/%E8%B4%B5%E5%B7%9E%E5%8F%8C%E9%BE%99%E8%88%AA%E7%A9%BA%E6%B8%AF%E7%BB%8F%E6%B5%8E%E5%8C%BA%E4%B8%BE%E8%A1%8C%E4%BA%8C%E5%91%A8%E5%B9%B4/51486507",
  "电头“中新网贵阳10月19日电”，会期“18日”；存段无年份。年份推定为2016：文中蒙启良为“贵州省政协副主席”（2014年6月的推介会上他仍是副省长，见 nl04），“二周年”对应2014年的设立，且同站 baogaosu 的条目编号 51486507 介于 2016-05-16（46806260）与 2018-04-28（66671604）之间，按比例约为2016年10月；published_precision 记 inferred。标题照录（含“(图)”）。存段末段在“得益于省直各”处中断，自“今天的成绩,”起的残句已删（make_txt.py LINE_SUFFIX），正文截至“…后发赶超奠定基础。”，共四段。园区：贵州双龙航空港经济区（文中又作“双龙航空港经济区”“双龙”“经济区”；贵阳市南明区与黔南州龙里县之间，贵州）。无企业、无具体项目。事实：整村搬迁户数、征拆面积（可选）；基础设施建设总投资147亿元（cumulative）；招商引资规模“1200多亿元”（余；“多”使金额不可按 digits+亿元 读，metric 不以 _cny 结尾，value 1.2e11）；重大工程和重点项目176个；今年累计完成投资381亿元（cumulative，as_of 2016年1月至10月中旬）；规划布局150平方公里（可选）。",
  "nl05"),
 parks=[
  park(SH, "贵阳", "贵州", "航空港经济区（临空经济区）", E0, district="南明区/龙里县", aliases=["双龙航空港经济区"],
       note="文中又作“双龙”“经济区”；跨贵阳市与黔南州"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SH, "park", "households_relocated", 7333, "count", E1, AS5, kind="cumulative", opt=True),
  fact(SH, "park", "land_cleared_m2", 5.2e6, "m2", E1, AS5, kind="cumulative", opt=True),
  fact(SH, "park", "infrastructure_investment_cny", 1.47e10, "cny", "交通等基础设施建设总投资147亿元", AS5, kind="cumulative", chk=True),
  fact(SH, "park", "investment_attracted", 1.2e11, "cny", "招商引资规模达1200多亿元", AS5, kind="cumulative", qual="余", qtext="多",
       note="“1200多亿元”：多在数字与单位之间，故 metric 不以 _cny 结尾"),
  fact(SH, "park", "key_projects_under_way", 176, "count", "推进实施重大工程和重点项目共计176个", AS5, kind="cumulative"),
  fact(SH, "park", "fixed_asset_investment_cny", 3.81e10, "cny", "今年累计完成投资381亿元", "2016年1月至10月中旬（推定年份）", kind="cumulative", chk=True),
  fact(SH, "park", "planned_area_km2", 150, "km2", "双龙一次性完成150平方公里的规划布局、征地拆迁、基础设施建设", AS5, opt=True),
 ])

# ---------------------------------------------------------------- nl06 双龙航空港经济区获批国家级临空经济示范区 (新浪网 via gzlndx 2017)
F0 = "双龙航空港经济区成功获批国家级临空经济示范区,贵州又增国家级开发创新平台"
F1 = "管理面积148平方公里,其中机场区域面积15.6平方公里"
F2 = "2016年底示范区森林覆盖率达47%,人均公共绿地达15平方米"
F3 = "2016年,全年完成旅客发送量达到1510万人,同比增长13.3%,货邮吞吐量9.6万吨"
G["nl06"] = dict(
 article=art("双龙航空港经济区 成功获批国家级临空经济示范区", "新浪网（记者署名存段未示），载于贵州老年大学网站 gzlndx.com“党政要闻”栏", "2017-05-18", "day",
  "Government-affiliated site relaying a portal news item, Guizhou: an airport economic zone approved as a national airport economy demonstration zone — boundaries, managed area and airport area, forest cover and green space, the airport's passenger and cargo volumes",
  "http://gzlndx.com/xwzxshow.aspx?x_id=1341",
  "日期取页面“发表日期:2017/5/18 15:30:29”（“上传处室:新浪网”）；文中“5月17日”为获悉日。标题照录；面包屑、上传行与图片说明“规划图规划图”已删。存段末段（“根据国家发展改革委、民航局函复…建设成为西部内陆地区对外开放重”，段中又有乱码“融`1合”）在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…客货运能力将大幅提升。”，共四段。第二段句末的“?”为页面原有字符，照录。园区：贵州双龙航空港经济区（文中又作“双龙航空港经济区”“示范区”；获批国家级临空经济示范区；贵阳市南明区与黔南州龙里县谷脚镇之间，贵州）。无企业、无项目。事实：管理面积148平方公里、机场区域15.6平方公里；2016年底森林覆盖率47%、人均公共绿地15平方米（可选）；贵阳龙洞堡国际机场2016年旅客发送量1510万人、增长13.3%、货邮9.6万吨（机场，subject_type facility，可选）。",
  "nl06"),
 parks=[
  park(SH, "贵阳", "贵州", "国家级临空经济示范区", F0, district="南明区/龙里县", aliases=["双龙航空港经济区"],
       note="文中又作“示范区”；2017年5月获批国家级临空经济示范区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SH, "park", "managed_area_km2", 148, "km2", F1, "2017年5月"),
  fact(SH, "park", "airport_area_km2", 15.6, "km2", F1, "2017年5月", opt=True),
  fact(SH, "park", "forest_cover", 0.47, "ratio", F2, "2016年底", kind="ratio", opt=True),
  fact(SH, "park", "public_green_space_per_capita_m2", 15, "m2", F2, "2016年底", opt=True),
  fact("贵阳龙洞堡国际机场", "facility", "passengers", 1.51e7, "persons", F3, "2016年", opt=True),
  fact("贵阳龙洞堡国际机场", "facility", "passengers_yoy_growth", 0.133, "ratio", F3, "2016年", kind="ratio", opt=True),
  fact("贵阳龙洞堡国际机场", "facility", "cargo_tonnes", 9.6e4, "tonnes", F3, "2016年", opt=True),
 ])
