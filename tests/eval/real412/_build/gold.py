# real412 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published; nothing converted); names as written
# in the text; 约/近/左右 → 约, 逾/超过/超 → 超, 余/多 → 余 (qualifier_text keeps the word). Money: yuan in *_cny facts (first
# amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as ratios. Areas as written:
# 平方公里 → planned_area_km2 (unit km2), 公顷 → land_area_ha (unit ha); the area a zone has after the approval is kind
# reported with as_of the approval; areas before an expansion are optional. The zone's figures “at the news of approval”
# (previous year's output etc.) are reported with as_of their year. A province is a region (subject_type region). Boundary
# landmarks that happen to be firms (mu03) are optional companies with park null. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/muNN.raw as returned.

# ---------------------------------------------------------------- mu01 东营经济开发区 升级国家级 (金融投资报 via 搜狐 2010)
DY = "东营经济开发区"
A0 = "经国务院批准,位于黄河三角洲中心区域的山东省东营经济开发区(高新区)升级为国家级经济技术开发区"
A1 = "2009年,全区实现生产总值156亿元人民币,实现规模以上工业总产值450亿元人民币,分别增长20%和30.2%"
A2 = "实现进出口总额10.1亿美元,其中进口8.8亿美元、出口1.3亿美元"
G["mu01"] = dict(
 article=art("黄三角首个国家级经济开发区获批", "金融投资报（作者 宗新），载于搜狐财经 business.sohu.com", "2010-03-29", "day",
  "Financial weekly relayed by a national portal, Shandong: a provincial development zone (also a high-tech zone) upgraded to a national economic-technological development zone by the State Council — the zone's previous-year output, industrial output, growth and trade, and its 2015 / 2020 aims",
  "http://business.sohu.com/20100329/n271173660.shtml",
  "日期取页面“2010年03月29日11:12”（文中“记者昨日…获悉”）。标题照录；搜狐导航、来源作者行、日期行、“责任编辑:李乔”与页脚已删。正文三段，完整。园区：东营经济开发区（文中作“山东省东营经济开发区(高新区)”“东营开发区”；升级为国家级经济技术开发区，升级后定名文中未写，kind 记“经济技术开发区”；东营市，山东）。“全区”2009年数字归开发区：生产总值156亿元、规上工业总产值450亿元（增长20%、30.2%），进出口10.1亿美元（进口8.8亿、出口1.3亿美元，可选）。“到2015年…到2020年…”为定性目标，无数字，不计。黄河三角洲高效生态经济区为区域规划，不列园区。国务院、东营市政府办公室列可选机构。",
  "mu01"),
 parks=[
  park(DY, "东营", "山东", "经济技术开发区", A0, aliases=["东营开发区"],
       note="文中又作“山东省东营经济开发区(高新区)”；经国务院批准升级为国家级经济技术开发区（升级后名称文中未写）"),
 ],
 companies=[],
 institutions=[
  inst("国务院", A0, note="批准升级"),
  inst("东营市政府办公室", "记者昨日从山东省东营市政府办公室获悉", note="消息来源"),
 ],
 projects=[],
 aggregate_facts=[
  fact(DY, "park", "gdp_cny", 1.56e10, "cny", A1, "2009年", chk=True, note="“全区实现生产总值”"),
  fact(DY, "park", "gdp_yoy_growth", 0.20, "ratio", A1, "2009年", kind="ratio"),
  fact(DY, "park", "industrial_output_above_scale_cny", 4.5e10, "cny", "实现规模以上工业总产值450亿元人民币,分别增长20%和30.2%", "2009年", chk=True),
  fact(DY, "park", "industrial_output_above_scale_yoy_growth", 0.302, "ratio", A1, "2009年", kind="ratio"),
  fact(DY, "park", "trade_value_usd", 1.01e9, "usd", A2, "2009年"),
  fact(DY, "park", "imports_usd", 8.8e8, "usd", A2, "2009年", opt=True),
  fact(DY, "park", "exports_usd", 1.3e8, "usd", A2, "2009年", opt=True),
 ])

# ---------------------------------------------------------------- mu02 巴中经济开发区 扩区调位 (四川新闻网 via 中国日报网 2015)
BZ = "四川巴中经济开发区"
B0 = "省政府同意四川巴中经济开发区扩区调位,扩区调位后,开发区主导产业定位为机械电子、服装纺织和食品医药"
B1 = "扩区调位后,开发区面积由7.85平方公里调整为9.76平方公里"
G["mu02"] = dict(
 article=art("巴中经济开发区扩区调位获批 主导产业为机械电子等", "四川新闻网（记者 董焦），载于中国日报网 cnews.chinadaily.com.cn", "2015-04-13", "day",
  "Provincial news site relayed by a national portal, Sichuan: the provincial government approves a provincial development zone's expansion and relocation (扩区调位) — leading industries, area before and after, boundaries, the province's requirements",
  "http://cnews.chinadaily.com.cn/2015-04/14/content_20429112.htm",
  "日期取电头“四川新闻网成都4月13日讯”（年份取网址 2015-04/14）。标题照录；“移动用户编辑短信…”订阅行与“热门推荐”栏已删。正文四段，完整。园区：四川巴中经济开发区（标题作“巴中经济开发区”；巴中市，四川；四至均在巴州区兴文镇，district 记巴州区）。事实：扩区调位后面积9.76平方公里（reported），原面积7.85平方公里（可选）。无企业、项目、金额。四川省政府（文中“省政府”“四川省政府网站”）列可选机构。",
  "mu02"),
 parks=[
  park(BZ, "巴中", "四川", "经济开发区", B0, district="巴州区", aliases=["巴中经济开发区"], note="标题作“巴中经济开发区”；扩区调位获批"),
 ],
 companies=[],
 institutions=[
  inst("四川省政府", "四川新闻网记者从四川省政府网站获悉", note="文中又作“省政府”；批复扩区调位"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BZ, "park", "planned_area_km2", 9.76, "km2", B1, "2015年4月（扩区调位后）"),
  fact(BZ, "park", "planned_area_km2", 7.85, "km2", B1, "2015年4月以前（扩区调位前）", opt=True, note="原面积"),
 ])

# ---------------------------------------------------------------- mu03 共青城 升级国家高新区 批复 (国务院批复 2018, via flfgdq)
GQ = "九江共青城高新技术产业开发区"
C0 = "同意九江共青城高新技术产业园区升级为国家高新技术产业开发区,定名为九江共青城高新技术产业开发区,实行现行的国家高新技术产业开发区的政策"
C1 = "九江共青城高新技术产业开发区升级后规划面积为2.931平方公里,由两个区块组成"
C2 = "区块一规划面积0.726平方公里,四至范围:东至昌九高速,南至鸭鸭集团、汉能薄膜太阳能,西至工业二大道,北至北纬五路"
C3 = "区块二规划面积2.205平方公里,四至范围:东至工业大道、金淞电器,南至万瑞和、金通、金艺实业,西至龙泰运动、嘉州针织,北至中南科技"
BN = "四至界标（区块边界），是否在区内文中未明说"
G["mu03"] = dict(
 article=art("国务院关于同意九江共青城高新技术产业园区升级为国家高新技术产业开发区的批复(2018年)", "国务院（批复原文），载于法律法规大全站 flfgdq.cn", "2018", "year",
  "Official State Council reply republished on a law-database site, Jiangxi: a provincial high-tech park upgraded to a national high-tech zone — its new name, planned area, two blocks with areas and boundaries (several boundaries are firms)",
  "https://flfgdq.cn/law/%e5%9b%bd%e5%8a%a1%e9%99%a2%e5%85%b3%e4%ba%8e%e5%90%8c%e6%84%8f%e4%b9%9d%e6%b1%9f%e5%85%b1%e9%9d%92%e5%9f%8e%e9%ab%98%e6%96%b0%e6%8a%80%e6%9c%af%e4%ba%a7%e4%b8%9a%e5%9b%ad%e5%8c%ba%e5%8d%87%e7%ba%a7%e4%b8%ba%e5%9b%bd%e5%ae%b6%e9%ab%98%e6%96%b0%e6%8a%80%e6%9c%af%e4%ba%a7%e4%b8%9a%e5%bc%80%e5%8f%91%e5%8c%ba%e7%9a%84%e6%89%b9%e5%a4%8d-2018%e5%b9%b4",
  "新闻体裁之外的官方文件：国务院批复原文，由法规站转载；日期只有标题中的“(2018年)”（precision year；文号与月日存段未示）。标题照录。存段在第二条后被站方截断（“注意 【之后的内容被隐藏了,请下载APP查看完整内容。】”），该两行已删，正文截至第二条末“…负责发布。”；“一、”“二、”在存段中单独成行，已与其后文字连接（make_txt.py JOIN）。园区：九江共青城高新技术产业开发区（升级前名“九江共青城高新技术产业园区”，列为别名；九江市共青城市，江西）。事实：升级后规划面积2.931平方公里（两区块0.726、2.205平方公里，可选）。公司：四至中作界标的鸭鸭集团、汉能薄膜太阳能、金淞电器、万瑞和、金通、金艺实业、龙泰运动、嘉州针织、中南科技——文中只作边界，是否在区内未明说，均可选、park 记 null。机构：国务院（发文）、江西省人民政府（请示方）、科技部、国土资源部、住房城乡建设部（发布界址点坐标），均可选。",
  "mu03"),
 parks=[
  park(GQ, "九江", "江西", "高新技术产业开发区", C0, district="共青城市", aliases=["九江共青城高新技术产业园区"],
       note="升级前名“九江共青城高新技术产业园区”；国务院批复升级为国家高新区"),
 ],
 companies=[
  comp("鸭鸭集团", None, C2, opt=True, note=BN),
  comp("汉能薄膜太阳能", None, C2, opt=True, note=BN),
  comp("金淞电器", None, C3, opt=True, note=BN),
  comp("万瑞和", None, C3, opt=True, note=BN),
  comp("金通", None, C3, opt=True, note=BN),
  comp("金艺实业", None, C3, opt=True, note=BN),
  comp("龙泰运动", None, C3, opt=True, note=BN),
  comp("嘉州针织", None, C3, opt=True, note=BN),
  comp("中南科技", None, C3, opt=True, note=BN),
 ],
 institutions=[
  inst("国务院", "国务院关于同意九江共青城高新技术产业园区升级为国家高新技术产业开发区的批复(2018年)", note="发文机关（标题）"),
  inst("江西省人民政府", "江西省人民政府:", note="受文方（请示方）"),
  inst("科技部", "各区块的界址点坐标由科技部、国土资源部、住房城乡建设部负责发布"),
  inst("国土资源部", "各区块的界址点坐标由科技部、国土资源部、住房城乡建设部负责发布"),
  inst("住房城乡建设部", "各区块的界址点坐标由科技部、国土资源部、住房城乡建设部负责发布"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GQ, "park", "planned_area_km2", 2.931, "km2", C1, "2018年（升级后）"),
  fact(GQ, "park", "blocks_count", 2, "count", C1, "2018年（升级后）", opt=True),
  fact(GQ, "park", "block_area_km2", 0.726, "km2", C2, "2018年（升级后）", opt=True, note="区块一"),
  fact(GQ, "park", "block_area_km2", 2.205, "km2", C3, "2018年（升级后）", opt=True, note="区块二"),
 ])

# ---------------------------------------------------------------- mu04 浙江 新增3个省级经开区 (浙江日报 via 工业园网 2020)
YJ, NH, LQ = "浙江永嘉经济开发区", "浙江南湖经济开发区", "浙江路桥经济开发区"
D0 = "正式同意整合设立浙江永嘉经济开发区、浙江南湖经济开发区和浙江路桥经济开发区,实行省级经济开发区政策"
D1 = "浙江永嘉经济开发区规划面积11.58平方公里,分4个区块"
D2 = "浙江南湖经济开发区规划面积8.02平方公里,分A、B两个区块"
D3 = "浙江路桥经济开发区规划面积13.52平方公里,分3个区块"
D4 = "“到目前为止,浙江省级经济开发区从原先的57家增加到了60家。”"
AS4 = "2020年1月（整合设立）"
G["mu04"] = dict(
 article=art("开放发展 再添动能 浙江省新增3个省级经济开发区", "浙江日报（“来源:浙江日报”），载于工业园网浙江站 zj.cnipai.com（用户上传）", "2020-01-07", "day",
  "Provincial daily relayed by an industrial-park portal, Zhejiang: the provincial government approves three merged provincial development zones — their planned areas and blocks, the province's new count of provincial zones and their share of land, investment and FDI",
  "https://zj.cnipai.com/news/detail/252585.html",
  "日期取页面“2020 01/07 16:14”。页面标题照录（“原标题:开放发展 再添动能”一行已删，记于 title_note）；“浙江切换”“新闻”、日期行、“来源:浙江日报”、免责声明与举报行已删。正文四段，完整。园区：浙江永嘉经济开发区（温州市永嘉县）、浙江南湖经济开发区（嘉兴市南湖区）、浙江路桥经济开发区（台州市路桥区），城市据地名补（文中未写市）；整合设立，实行省级经济开发区政策。事实：三区规划面积11.58、8.02、13.52平方公里；区块数（4、2、3）可选；浙江省级经开区由57家增至60家（region 浙江）；“以全省约7%的土地面积”（可选 ratio，约）。“约四成的投资、六成的实际外资和三分之二的规上工业增加值”为文字比例，不计。浙江省政府办公厅、省商务厅列可选机构。",
  "mu04", title_note="原标题:开放发展 再添动能"),
 parks=[
  park(YJ, "温州", "浙江", "经济开发区", D0, district="永嘉县", note="整合设立，省级经开区；城市据地名补"),
  park(NH, "嘉兴", "浙江", "经济开发区", D0, district="南湖区", note="同上"),
  park(LQ, "台州", "浙江", "经济开发区", D0, district="路桥区", note="同上"),
 ],
 companies=[],
 institutions=[
  inst("浙江省政府办公厅", "日前,浙江省政府办公厅发布了《浙江省人民政府办公厅关于整合设立浙江永嘉经济开发区等的复函》", note="复函发文"),
  inst("省商务厅", "省商务厅有关处室负责人介绍", note="浙江省商务厅（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YJ, "park", "planned_area_km2", 11.58, "km2", D1, AS4),
  fact(NH, "park", "planned_area_km2", 8.02, "km2", D2, AS4),
  fact(LQ, "park", "planned_area_km2", 13.52, "km2", D3, AS4),
  fact(YJ, "park", "blocks_count", 4, "count", D1, AS4, opt=True),
  fact(NH, "park", "blocks_count", 2, "count", D2, AS4, opt=True),
  fact(LQ, "park", "blocks_count", 3, "count", D3, AS4, opt=True),
  fact("浙江", "region", "provincial_econ_dev_zones_count", 60, "count", D4, "2020年1月"),
  fact("浙江", "region", "provincial_econ_dev_zones_count", 57, "count", D4, "2020年1月以前", opt=True, note="原先"),
  fact("浙江", "region", "econ_dev_zones_land_share", 0.07, "ratio", "以全省约7%的土地面积", "2020年1月", kind="ratio", qual="约", qtext="约", opt=True,
       note="全省经济开发区占全省土地面积"),
 ])

# ---------------------------------------------------------------- mu05 浙江 整合设立6家省级经开区 (雪花新闻 2022)
LC, YQ, PA, QZ, LD, YH = ("浙江鹿城经济开发区", "浙江乐清湾临港经济开发区", "浙江磐安经济开发区", "衢州智造新城",
                          "浙江莲都经济开发区", "浙江云和经济开发区")
E0 = "同意整合设立浙江鹿城经济开发区浙江乐清湾临港经济开发区浙江磐安经济开发区衢州智造新城浙江莲都经济开发区浙江云和经济开发区,实行省级经济开发区政策"
E = {LC: "浙江鹿城经济开发区规划面积18.24平方公里,分三个区块",
     YQ: "浙江乐清湾临港经济开发区规划面积16.28平方公里,分三个区块",
     PA: "浙江磐安经济开发区规划面积6.16平方公里,分两个区块",
     QZ: "衢州智造新城规划面积117.21平方公里",
     LD: "浙江莲都经济开发区规划面积10.71平方公里,分三个区块",
     YH: "浙江云和经济开发区规划面积6.77平方公里,分三个区块"}
AREA5 = {LC: 18.24, YQ: 16.28, PA: 6.16, QZ: 117.21, LD: 10.71, YH: 6.77}
BLK5 = {LC: 3, YQ: 3, PA: 2, LD: 3, YH: 3}
AS5 = "2022年10月（整合设立）"
G["mu05"] = dict(
 article=art("省政府批复同意!浙江整合设立6家省级经济开发区", "雪花新闻 xuehua.us（聚合转载；原发媒体与署名存段未示）", "2022-10", "month",
  "News aggregator relaying a provincial release, Zhejiang: the provincial government approves six merged provincial development zones — each zone's planned area and number of blocks (one zone's boundaries), and the reply's requirements on land use and environment",
  "https://www.xuehua.us/a/6346405846be4101f1d1208b?amp=1",
  "存段无日期行；日期取同一稿件在 m.xunjk.com 的转载网址（/2022/1012/），precision month（近日批复）。标题照录；站名“雪花新闻”已删。存段在末段“加大环境保护力度,…实现经济与环境”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…依法依规做好各类项目用地供应。”。首句六个园区名之间无顿号，照录。园区六个：浙江鹿城经济开发区（温州市鹿城区）、浙江乐清湾临港经济开发区（温州市乐清市）、浙江磐安经济开发区（金华市磐安县）、衢州智造新城（衢州市；名称无“开发区”，实行省级经开区政策，kind 记“经济开发区”）、浙江莲都经济开发区（丽水市莲都区）、浙江云和经济开发区（丽水市云和县）；城市据地名补。事实：各区规划面积（reported），区块数可选。省政府办公厅列可选机构。",
  "mu05"),
 parks=[
  park(LC, "温州", "浙江", "经济开发区", E[LC], district="鹿城区", note="整合设立，省级经开区；城市据地名补"),
  park(YQ, "温州", "浙江", "经济开发区", E[YQ], district="乐清市", note="同上"),
  park(PA, "金华", "浙江", "经济开发区", E[PA], district="磐安县", note="同上"),
  park(QZ, "衢州", "浙江", "经济开发区", E[QZ], note="名称无“开发区”字样；实行省级经济开发区政策"),
  park(LD, "丽水", "浙江", "经济开发区", E[LD], district="莲都区", note="整合设立，省级经开区；城市据地名补"),
  park(YH, "丽水", "浙江", "经济开发区", E[YH], district="云和县", note="同上"),
 ],
 companies=[],
 institutions=[
  inst("省政府办公厅", "近日,省政府办公厅复函", note="浙江省人民政府办公厅（复函发文）"),
 ],
 projects=[],
 aggregate_facts=(
  [fact(p, "park", "planned_area_km2", AREA5[p], "km2", E[p], AS5) for p in (LC, YQ, PA, QZ, LD, YH)]
  + [fact(p, "park", "blocks_count", BLK5[p], "count", E[p], AS5, opt=True) for p in (LC, YQ, PA, LD, YH)]
 ))

# ---------------------------------------------------------------- mu06 中山 新增2个省级经开区 (工业园网 2024)
BF, QJ = "广东板芙经济开发区", "广东中山岐江新城经济开发区"
F0 = "近日,广东省人民政府批复设立广东板芙经济开发区和广东中山岐江新城经济开发区,实行现行省级经济开发区的政策,成为全省第56、57个省级经开区"
F1 = "其中,广东板芙经济开发区用地面积243.68公顷"
F2 = "广东中山岐江新城经济开发区用地面积501.60公顷,分三个片区:片区一用地面积182.45公顷"
F3 = "截至目前,广东省级以上经济开发区共64家,其中国家级经济开发区7家,省级经济开发区57家"
AS6 = "2024年1–2月（批复设立）"
G["mu06"] = dict(
 article=art("省政府批复!中山市新增2个省级经济技术开发区", "工业园网 cnrepark.com（用户上传；文丨记者 张德钢，原发媒体存段未示）", "2024-02-02", "day",
  "Industrial-park portal relaying a city reporter's item, Guangdong: the provincial government approves two new provincial development zones in a city — their land areas, sub-areas and boundaries, and the province's zone counts",
  "https://cnrepark.com/news/detail/247299.html",
  "日期取页面“2024 02/02 14:03”。标题照录；“新闻”、日期行、署名行“文丨记者 张德钢”、免责声明与举报行已删。正文四段，完整。园区：广东板芙经济开发区（中山市板芙镇）、广东中山岐江新城经济开发区（中山市）；全省第56、57个省级经开区。岐江新城的三个“片区”无名称，不列园区；片区面积可选。事实：用地面积243.68公顷、501.60公顷；广东省级以上经开区64家、国家级7家、省级57家（region 广东）。广东省人民政府列可选机构。标题的“经济技术开发区”与正文的“经济开发区”照录。",
  "mu06"),
 parks=[
  park(BF, "中山", "广东", "经济开发区", F0, district="板芙镇", note="省政府批复设立；全省第56或57个省级经开区"),
  park(QJ, "中山", "广东", "经济开发区", F0, note="省政府批复设立；分三个片区"),
 ],
 companies=[],
 institutions=[
  inst("广东省人民政府", F0, note="批复设立"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BF, "park", "land_area_ha", 243.68, "ha", F1, AS6),
  fact(QJ, "park", "land_area_ha", 501.60, "ha", F2, AS6),
  fact(QJ, "park", "land_area_ha", 182.45, "ha", "片区一用地面积182.45公顷", AS6, opt=True, note="片区一"),
  fact(QJ, "park", "land_area_ha", 96.84, "ha", "片区二用地面积96.84公顷", AS6, opt=True, note="片区二"),
  fact(QJ, "park", "land_area_ha", 222.31, "ha", "片区三用地面积222.31公顷", AS6, opt=True, note="片区三"),
  fact("广东", "region", "econ_dev_zones_count", 64, "count", F3, "2024年2月", note="省级以上经济开发区"),
  fact("广东", "region", "national_econ_dev_zones_count", 7, "count", F3, "2024年2月", opt=True),
  fact("广东", "region", "provincial_econ_dev_zones_count", 57, "count", F3, "2024年2月"),
 ])
