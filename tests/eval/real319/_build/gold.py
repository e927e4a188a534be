# real319 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52 (real28–real52): evidence verbatim (all seven items simplified script
# as published); names as written in the text; 超过/超/突破/以上 → 超, 多/余 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Ranks in evaluations are facts with unit "rank" (kind reported; as_of = the evaluation named in the text, with the data
# year where the text gives it). No item names a project with a sum, so `projects` is empty throughout; provinces, cities
# and the country's zone totals are regions, not parks. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/pfNN.raw as returned.

# ---------------------------------------------------------------- pf01 南昌经开区 中国产业园区百强 第34名 (国际在线 2017)
NC = "南昌经济技术开发区"
A0 = "南昌经济技术开发区榜上有名,成为百强榜单中的34名,同时也是江西全省唯一进入榜单前50强的产业园区"
A1 = "全区完成规模以上工业增加值246.77亿元,同比增长10%"
A2 = "五大主导产业实现主营业务收入783.11亿元,增长16.3%"
A3 = "今年前三季度南昌经开区签约项目65个,实际利用外资5.08亿美元,同比增长22.18%;实际利用内资206亿元,同比增长20.69%"
Q3 = "2017年前三季度"
G["pf01"] = dict(
 article=art("南昌经开区跻身中国产业园区百强榜前50强", "国际在线（city.cri.cn 城市频道；文/图 饶金华）", "2017-12-04", "day",
  "National broadcaster's city channel, Jiangxi: a national-level economic zone ranks 34th in the 2017 China industrial-park top-100 list (同济大学 blue book, released in 上海), with its first-three-quarters growth, value added, leading-industry revenue, projects signed and investment used",
  "http://city.cri.cn/20171204/382a781e-25b3-920e-9c54-bdc69ea24616.html",
  "日期取页面“2017-12-04 17:46:09 来源:国际在线 编辑:李玥”；文中“12月3日”为论坛日。标题照录；频道标志行、日期来源行、三处图片说明（其中两处重复标题）与页尾“为您推荐”菜单已删。正文三段，完整，署名“(文/图 饶金华)”在末段末。园区：南昌经济技术开发区（文中又作“南昌经开区”“该园区”“全区”；南昌市，江西；国家级）。榜单：中国产业园区百强第34名（“成为百强榜单中的34名”），江西唯一进入前50强。事实：前三季度GDP增幅9.7%、规上工业增加值246.77亿元（增10%）、五大主导产业主营业务收入783.11亿元（增16.3%）、签约项目65个、实际利用外资5.08亿美元（增22.18%）、实际利用内资206亿元（增20.69%），均为“今年前三季度”累计（cumulative），增速为 ratio。无具名项目。",
  "pf01"),
 parks=[
  park(NC, "南昌", "江西", "经济技术开发区", A0, aliases=["南昌经开区"], note="国家级；文中又作“该园区”“全区”"),
 ],
 institutions=[
  inst("2017中国产业园区持续发展论坛", "“2017中国产业园区持续发展论坛” 在上海举行", kind="event", note="发布《2017中国产业园区持续发展蓝皮书》与百强榜单"),
 ],
 aggregate_facts=[
  fact(NC, "park", "ranking_china_industrial_park_top100", 34, "rank", A0, "2017中国产业园区百强榜单（2017年12月发布）"),
  fact(NC, "park", "gdp_yoy_growth", 0.097, "ratio", "GDP增幅达9.7%,高于全省、全市0.7和0.6个百分点", Q3, kind="ratio"),
  fact(NC, "park", "industrial_value_added_above_scale_cny", 2.4677e10, "cny", A1, Q3, kind="cumulative", chk=True),
  fact(NC, "park", "industrial_value_added_yoy_growth", 0.10, "ratio", A1, Q3, kind="ratio", opt=True),
  fact(NC, "park", "leading_industries_main_business_revenue_cny", 7.8311e10, "cny", A2, Q3, kind="cumulative", chk=True, note="五大主导产业合计"),
  fact(NC, "park", "leading_industries_revenue_yoy_growth", 0.163, "ratio", A2, Q3, kind="ratio", opt=True),
  fact(NC, "park", "projects_signed", 65, "count", A3, Q3, kind="cumulative"),
  fact(NC, "park", "actual_fdi_usd", 5.08e8, "usd", "实际利用外资5.08亿美元,同比增长22.18%", Q3, kind="cumulative"),
  fact(NC, "park", "actual_fdi_yoy_growth", 0.2218, "ratio", "实际利用外资5.08亿美元,同比增长22.18%", Q3, kind="ratio", opt=True),
  fact(NC, "park", "domestic_investment_used_cny", 2.06e10, "cny", "实际利用内资206亿元,同比增长20.69%", Q3, kind="cumulative", chk=True),
  fact(NC, "park", "domestic_investment_used_yoy_growth", 0.2069, "ratio", "实际利用内资206亿元,同比增长20.69%", Q3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- pf02 广州开发区 第3 / 南沙 第27 (南方日报 via 搜狐焦点 2018)
GZ = "广州开发区"
NS = "广州南沙经济技术开发区"
B0 = "在广东,广州开发区和广州南沙经济技术开发区进入前30强,分别位居全国第3和第27名"
B1 = "此外,珠海经开区和增城经开区在本轮考核中分别比去年提升12位和34位"
AS2 = "2017年国家级经开区综合发展水平考核评价"
G["pf02"] = dict(
 article=art("广州开发区居全国第三 南沙经济技术开发区首次入围全国前30强", "南方日报（“来源:南方日报”），载于搜狐焦点广州资讯 gz.focus.cn", "2018-05-16", "day",
  "Provincial daily via a property portal's city channel, Guangdong: the commerce ministry's 2017 evaluation of national economic zones — 广州开发区 3rd, 广州南沙经济技术开发区 27th (first time in the top 30) with their single-index strengths, two more zones' rank gains",
  "https://gz.focus.cn/zixun/055b04873e4c896d.html",
  "日期取页面“搜狐焦点广州资讯 2018-05-16 09:43:42”。标题照录；手机分享提示、“来源:南方日报”与平台声明已删。页面把导语一段印了两次，照录（两段相同）。正文共三段，完整。文中把“国家级”写作“高级”（“高级经济技术开发区”“高级经开区”），照录不改。园区：广州开发区（广州市，广东；文中又作“广州开发区”一名，即广州经济技术开发区，全称文中未出现，不补）；广州南沙经济技术开发区；珠海经开区、增城经开区（仅提升位次，无名次）。事实：第3名、第27名（rank）；219家参评（全国，不计）；珠海、增城分别提升12位、34位（rank_change）。",
  "pf02"),
 parks=[
  park(GZ, "广州", "广东", "经济技术开发区", B0, note="国家级；文中只作“广州开发区”"),
  park(NS, "广州", "广东", "经济技术开发区", B0, district="南沙区"),
  park("珠海经开区", "珠海", "广东", "经济技术开发区", B1),
  park("增城经开区", "广州", "广东", "经济技术开发区", B1, district="增城区"),
 ],
 institutions=[
  inst("商务部", "近日,商务部公布2017年高级经济技术开发区(下称“高级经开区”)综合发展水平考核评价结果", note="考核评价主办"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "national_ez_evaluation_rank", 3, "rank", B0, AS2),
  fact(NS, "park", "national_ez_evaluation_rank", 27, "rank", B0, AS2),
  fact("珠海经开区", "park", "national_ez_evaluation_rank_change", 12, "places", B1, AS2, note="比去年提升12位"),
  fact("增城经开区", "park", "national_ez_evaluation_rank_change", 34, "places", B1, AS2, note="比去年提升34位"),
 ])

# ---------------------------------------------------------------- pf03 江苏 2018年度 经济开发区 考核 南京 (中国江苏网 via cadz 2019)
C0 = "在全省国家级经济开发区综合考核评价中,南京江宁经济技术开发区和南京经济开发区进入前五,分别位列第三和第四"
C1 = "全省省级经济开发区综合考核评价中,南京南京化学工业园区和溧水经济开发区进入前五,分别位列第三和第四"
C2 = "南京有3家,分别是南京化学工业园(第22位)、溧水经济开发区(第25位)和浦口经济开发区(第28位)"
C3 = "在全省省级经济开发区排名中从2016年的第六前进至2018年的第四"
AS3 = "江苏省2018年度经济开发区科学发展综合考核评价"
G["pf03"] = dict(
 article=art("全省开发区最新排序!南京多家排名靠前", "中国江苏网（“来源:中国江苏网”），载于中国开发区协会网站 cadz.org.cn", "2019-10-10", "day",
  "Provincial news site relayed by the national development-zone association, Jiangsu: the province's 2018 evaluation of 115 economic development zones — Nanjing's zones with their places among national-level zones, provincial-level zones and all zones",
  "https://www.cadz.org.cn/index.php/News/info/id/14102.html",
  "日期取页面“来源:中国江苏网 发布时间:2019年10月10日 13:45”。标题照录；站点菜单、栏目路径与来源行已删。存段末段“溧水经济开发区于1993年11月…目前”在句中中断，整段删去，正文截至“…发展势头强劲。”，共三段。园区（均在南京市，江苏）：南京江宁经济技术开发区（国家级组第3）、南京经济开发区（国家级组第4）、南京化学工业园区（省级组第3；文中又作“南京化学工业园”，全省第22位）、溧水经济开发区（省级组第4，全省第25位；省级组2016年第6）、浦口经济开发区（全省第28位）。“南京南京化学工业园区”为原文叠字，园区名取“南京化学工业园区”。全省115家（国家级27、省级88）为全省事实（region）。",
  "pf03"),
 parks=[
  park("南京江宁经济技术开发区", "南京", "江苏", "经济技术开发区", C0, district="江宁区"),
  park("南京经济开发区", "南京", "江苏", "经济开发区", C0, note="国家级经济开发区组"),
  park("南京化学工业园区", "南京", "江苏", "化学工业园区", C1, aliases=["南京化学工业园"], note="省级；原文作“南京南京化学工业园区”"),
  park("溧水经济开发区", "南京", "江苏", "经济开发区", C1, district="溧水区", note="省级"),
  park("浦口经济开发区", "南京", "江苏", "经济开发区", C2, district="浦口区", note="省级"),
 ],
 institutions=[
  inst("江苏省商务厅", "江苏省商务厅关于2018年度全省经济开发区科学发展综合考核评价情况日前出炉", note="考核评价主办"),
 ],
 aggregate_facts=[
  fact("南京江宁经济技术开发区", "park", "provincial_national_level_ez_rank", 3, "rank", C0, AS3 + "（国家级经济开发区组）"),
  fact("南京经济开发区", "park", "provincial_national_level_ez_rank", 4, "rank", C0, AS3 + "（国家级经济开发区组）"),
  fact("南京化学工业园区", "park", "provincial_provincial_level_ez_rank", 3, "rank", C1, AS3 + "（省级经济开发区组）"),
  fact("溧水经济开发区", "park", "provincial_provincial_level_ez_rank", 4, "rank", C1, AS3 + "（省级经济开发区组）"),
  fact("南京化学工业园区", "park", "provincial_ez_overall_rank", 22, "rank", C2, AS3 + "（全省115家）"),
  fact("溧水经济开发区", "park", "provincial_ez_overall_rank", 25, "rank", C2, AS3 + "（全省115家）"),
  fact("浦口经济开发区", "park", "provincial_ez_overall_rank", 28, "rank", C2, AS3 + "（全省115家）"),
  fact("溧水经济开发区", "park", "provincial_provincial_level_ez_rank", 6, "rank", C3, "2016年（省级经济开发区组）", opt=True),
  fact("江苏", "region", "economic_development_zones", 115, "count", "全省115家经济开发区中,有27家国家级经济开发区和88家省级经济开发区", "2018年度", opt=True),
  fact("南京", "region", "zones_in_top25", 4, "count", "全省115家经济开发区综合排序中,南京有4家位列前25位", AS3, opt=True),
 ])

# ---------------------------------------------------------------- pf04 湖北 2018年度 高新区 创新驱动发展评价 (湖北日报 via 黄冈 cjyun 2019)
D0 = "国家高新区前三名为武汉东湖新技术开发区、襄阳高新技术产业开发区、宜昌高新技术产业开发区"
D1 = "省级高新区前三名为黄石高新技术产业园区、恩施高新技术产业园区、十堰高新技术产业园区"
AS4 = "湖北省2018年度高新区创新驱动发展评价"
G["pf04"] = dict(
 article=art("“把脉”32家高新区 湖北省开展高新区创新驱动发展评价", "湖北日报（“来源:湖北日报”），载于黄冈 huanggang.cjyun.org（长江云）", "2019-09", "month",
  "Provincial daily via a city portal, Hubei: the province's 2018 innovation-driven evaluation of 32 high-tech zones — the top three national and the top three provincial zones, the province's zone counts and aggregate figures",
  "http://huanggang.cjyun.org/p/303712.html",
  "存段无日期行；评价会在“9月11日至12日”召开，评的是“2018年度”，文中又有“2018年,我省…”的全年数，故发表日推定为2019年9月（precision month，推定）。标题照录；“来源:湖北日报”“编辑:陈兰”与评论栏已删。正文四段，完整。园区：国家高新区前三名武汉东湖新技术开发区（又作“东湖高新区”）、襄阳高新技术产业开发区、宜昌高新技术产业开发区；省级前三名黄石、恩施、十堰高新技术产业园区。名次取列举顺序（1–3）。“襄阳、宜昌高新区”“孝感、荆门、随州、仙桃、咸宁、黄冈高新区”为并列简称，除东湖高新区外不列别名，孝感等六家不列园区（只作布局举例）。省级事实（12家国家高新区、20家省级、生产总值占比等）记 region 湖北。",
  "pf04"),
 parks=[
  park("武汉东湖新技术开发区", "武汉", "湖北", "高新区", D0, aliases=["东湖高新区"], note="国家高新区"),
  park("襄阳高新技术产业开发区", "襄阳", "湖北", "高新区", D0, note="国家高新区"),
  park("宜昌高新技术产业开发区", "宜昌", "湖北", "高新区", D0, note="国家高新区"),
  park("黄石高新技术产业园区", "黄石", "湖北", "高新区", D1, note="省级高新区"),
  park("恩施高新技术产业园区", "恩施", "湖北", "高新区", D1, note="省级高新区"),
  park("十堰高新技术产业园区", "十堰", "湖北", "高新区", D1, note="省级高新区"),
 ],
 institutions=[
  inst("湖北省科技厅", "湖北省科技厅在武汉召开“全省高新区提档升级培训会暨2018年度高新区创新驱动发展评价会”", note="评价主办"),
 ],
 aggregate_facts=[
  fact("武汉东湖新技术开发区", "park", "provincial_hitech_zone_evaluation_rank", 1, "rank", D0, AS4 + "（国家高新区）", note="前三名列举顺序"),
  fact("襄阳高新技术产业开发区", "park", "provincial_hitech_zone_evaluation_rank", 2, "rank", D0, AS4 + "（国家高新区）", note="前三名列举顺序"),
  fact("宜昌高新技术产业开发区", "park", "provincial_hitech_zone_evaluation_rank", 3, "rank", D0, AS4 + "（国家高新区）", note="前三名列举顺序"),
  fact("黄石高新技术产业园区", "park", "provincial_hitech_zone_evaluation_rank", 1, "rank", D1, AS4 + "（省级高新区）", note="前三名列举顺序"),
  fact("恩施高新技术产业园区", "park", "provincial_hitech_zone_evaluation_rank", 2, "rank", D1, AS4 + "（省级高新区）", note="前三名列举顺序"),
  fact("十堰高新技术产业园区", "park", "provincial_hitech_zone_evaluation_rank", 3, "rank", D1, AS4 + "（省级高新区）", note="前三名列举顺序"),
  fact("湖北", "region", "hitech_zones_evaluated", 32, "count", "对我省32家高新区开展创新驱动发展综合评价", "2018年度", opt=True),
  fact("湖北", "region", "national_hitech_zones", 12, "count", "湖北省已有12家国家高新区,数量为中部第一、全国第四,以及20家省级高新区", "2019年9月", opt=True),
  fact("湖北", "region", "provincial_hitech_zones", 20, "count", "湖北省已有12家国家高新区,数量为中部第一、全国第四,以及20家省级高新区", "2019年9月", opt=True),
  fact("湖北", "region", "hitech_zones_gdp_share", 0.30, "ratio", "近5年,湖北省高新区生产总值占全省比例均超过30%", "近5年", kind="ratio", qual="超", qtext="超过", opt=True),
  fact("湖北", "region", "hitech_industry_value_added_cny", 6.653e11, "cny", "高新技术产业增加值达6653亿元,较上年增长12.8%", "2018年", opt=True, chk=True),
  fact("湖北", "region", "hitech_enterprises", 6500, "count", "高新技术企业总数突破6500家", "2018年", qual="超", qtext="突破", opt=True),
 ])

# ---------------------------------------------------------------- pf05 江西 2020年度 开发区 争先创优综合考评 (江西日报 via cnipai 2021)
E0 = "南昌高新技术产业开发区、南昌经济技术开发区和赣州经济技术开发区居综合考评前三位"
E1 = "上饶经开区首次突破千亿元,抚州高新区、樟树工业园和瑞昌经开区首次突破500亿元"
E2 = "全省开发区高新技术产业增加值占工业增加值比重达39.37%,最高的吉安高新区为86.21%"
AS5 = "江西省2020年度开发区争先创优综合考评"
G["pf05"] = dict(
 article=art("江西日报:2020年我省开发区争先创优综合考评结果揭晓 累计实现营业收入3.24万亿元“千亿园区”增至5个", "江西日报（记者郑荣林），载于 jx.cnipai.com（江西频道）", "2021-05-24", "day",
  "Provincial daily relayed by a regional portal, Jiangxi: the province's 2020 development-zone evaluation — the top three zones, zones first crossing 100 / 50 billion yuan revenue, the best high-tech share, province-wide zone revenue, profits, infrastructure and investment figures",
  "http://jx.cnipai.com/news/detail/291619.html",
  "日期取页面“2021 05/24 15:54”；文中“5月18日”为公布日。标题照录（含转载站加的“江西日报:”）；“江西切换”“新闻”与日期行已删。存段末段“据了解,…对南昌高新区等考核”在句中中断，整段删去，正文截至“…较上年增长46%。”，共四段。园区：南昌高新技术产业开发区（又作“南昌高新区”只在被删的末段，不列别名）、南昌经济技术开发区、赣州经济技术开发区（综合考评前三，名次取列举顺序）；上饶经开区（营业收入首次突破千亿元）；抚州高新区、樟树工业园、瑞昌经开区（首次突破500亿元）；吉安高新区（高新技术产业增加值占比86.21%）。全省数为 region 江西。",
  "pf05"),
 parks=[
  park("南昌高新技术产业开发区", "南昌", "江西", "高新区", E0),
  park("南昌经济技术开发区", "南昌", "江西", "经济技术开发区", E0),
  park("赣州经济技术开发区", "赣州", "江西", "经济技术开发区", E0),
  park("上饶经开区", "上饶", "江西", "经济技术开发区", E1),
  park("抚州高新区", "抚州", "江西", "高新区", E1),
  park("樟树工业园", "宜春", "江西", "工业园", E1, district="樟树市"),
  park("瑞昌经开区", "九江", "江西", "经济开发区", E1, district="瑞昌市"),
  park("吉安高新区", "吉安", "江西", "高新区", E2),
 ],
 institutions=[
  inst("省促进开发区改革和创新发展领导小组", "省促进开发区改革和创新发展领导小组公布2020年度全省开发区争先创优综合考评结果", note="江西省；考评公布机关"),
 ],
 aggregate_facts=[
  fact("南昌高新技术产业开发区", "park", "provincial_ez_evaluation_rank", 1, "rank", E0, AS5, note="前三位列举顺序"),
  fact("南昌经济技术开发区", "park", "provincial_ez_evaluation_rank", 2, "rank", E0, AS5, note="前三位列举顺序"),
  fact("赣州经济技术开发区", "park", "provincial_ez_evaluation_rank", 3, "rank", E0, AS5, note="前三位列举顺序"),
  fact("上饶经开区", "park", "revenue_cny", 1e11, "cny", "上饶经开区首次突破千亿元", "2020年", qual="超", qtext="突破",
       note="“千亿元”无阿拉伯数字，amt 不解析，不设 chk", opt=True),
  fact("抚州高新区", "park", "revenue_cny", 5e10, "cny", E1, "2020年", qual="超", qtext="突破", opt=True, note="500亿元为三园区共同门槛（营业收入）"),
  fact("樟树工业园", "park", "revenue_cny", 5e10, "cny", E1, "2020年", qual="超", qtext="突破", opt=True),
  fact("瑞昌经开区", "park", "revenue_cny", 5e10, "cny", E1, "2020年", qual="超", qtext="突破", opt=True),
  fact("吉安高新区", "park", "hitech_value_added_share", 0.8621, "ratio", E2, "2020年", kind="ratio"),
  fact("江西", "region", "ez_revenue_cny", 3.24e12, "cny", "2020年,我省开发区营业收入首次突破3万亿元,达3.24万亿元", "2020年", opt=True),
  fact("江西", "region", "ez_with_revenue_over_100bn", 5, "count", "全省营业收入超千亿元的开发区增至5个,超500亿元的开发区达20个", "2020年", opt=True),
  fact("江西", "region", "ez_with_revenue_over_50bn", 20, "count", "全省营业收入超千亿元的开发区增至5个,超500亿元的开发区达20个", "2020年", opt=True),
  fact("江西", "region", "projects_5020_introduced", 160, "count", "全省开发区全年共引进“5020”项目160个,投资总额4969亿元", "2020年", opt=True),
  fact("江西", "region", "projects_5020_investment_cny", 4.969e11, "cny", "全省开发区全年共引进“5020”项目160个,投资总额4969亿元", "2020年", opt=True, chk=True),
  fact("江西", "region", "ez_hitech_value_added_share", 0.3937, "ratio", E2, "2020年", kind="ratio", opt=True),
  fact("江西", "region", "ez_profit_cny", 2.2654e11, "cny", "实现利润总额2265.40亿元,较上年增长15.4%", "2020年", opt=True, chk=True),
  fact("江西", "region", "ez_infrastructure_investment_cny", 1.90991e11, "cny", "全年共完成基础设施投入1909.91亿元,较上年增长34.2%", "2020年", opt=True, chk=True),
  fact("江西", "region", "ez_investment_attracted_cny", 8.44368e11, "cny", "全省开发区招商实际到位资金8443.68亿元,较上年增长46%", "2020年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pf06 厦门 2021园区高质量发展百强 (海西晨报 via 台海网 2021)
XM = "厦门火炬高技术产业开发区"
HC = "厦门海沧台商投资区"
F0 = "厦门火炬高技术产业开发区位居第22位,厦门海沧台商投资区位居第83位"
F1 = "厦门火炬高新区还上榜“2021园区营商环境TOP20榜单”“2021园区绿色集约TOP20榜单”两个子榜单,分别位居第10位、第12位"
AS6 = "赛迪顾问2021园区高质量发展百强榜"
G["pf06"] = dict(
 article=art("（无标题）厦门火炬高新区列2021园区高质量发展百强第22位 海沧台商投资区第83位", "海西晨报（记者 王温萍），载于台海网 taihainet.com", "2021-08-17", "day",
  "Regional news portal relaying a city morning paper, Fujian: a ministry think-tank's 2021 top-100 park list — two Xiamen zones with their places and the high-tech zone's places on two sub-lists, its high-tech firm count",
  "http://taihainet.com/news/xmnews/ldjj/2021-08-17/2542369.html",
  "日期取电头“台海网8月17日讯”与网址 2021-08-17。存段无标题行（title 为编者概括）。正文五段，完整，署名“(记者 王温萍)”在末段末。园区：厦门火炬高技术产业开发区（又作“厦门火炬高新区”；国家级高新区，厦门市，福建）；厦门海沧台商投资区（海沧区）。事实：百强第22位、第83位；火炬高新区营商环境子榜第10位、绿色集约子榜第12位；火炬高新区“高新技术企业1000多家”（余）、占厦门近五成（约）。国家高新区169家、国家经开区218家为全国事实，不计。福建3个园区上榜，第三个未点名。",
  "pf06"),
 parks=[
  park(XM, "厦门", "福建", "高新区", F0, aliases=["厦门火炬高新区"], note="首批国家级高新区之一"),
  park(HC, "厦门", "福建", "台商投资区", F0, district="海沧区"),
 ],
 institutions=[
  inst("赛迪顾问园区经济研究中心", "工信部下属的赛迪顾问园区经济研究中心发布了“2021园区高质量发展百强榜”", kind="research", note="榜单发布方"),
 ],
 aggregate_facts=[
  fact(XM, "park", "park_quality_top100_rank", 22, "rank", F0, AS6),
  fact(HC, "park", "park_quality_top100_rank", 83, "rank", F0, AS6),
  fact(XM, "park", "business_environment_top20_rank", 10, "rank", F1, AS6 + "（营商环境TOP20）"),
  fact(XM, "park", "green_intensive_top20_rank", 12, "rank", F1, AS6 + "（绿色集约TOP20）"),
  fact(XM, "park", "high_tech_firms", 1000, "count", "目前拥有高新技术企业1000多家,占厦门近五成", "2021年8月", qual="余", qtext="多"),
  fact(XM, "park", "high_tech_firms_share_of_city", 0.5, "ratio", "目前拥有高新技术企业1000多家,占厦门近五成", "2021年8月", kind="ratio", qual="约", qtext="近", opt=True),
  fact("福建", "region", "parks_in_top100", 3, "count", "福建省共有3个园区上榜", AS6, opt=True),
 ])

# ---------------------------------------------------------------- pf07 浙江 2022年国家级经开区考核评价 (浙江在线 2023)
HZ = "杭州经开区"
NB = "宁波经开区"
XS = "萧山经开区"
HW = "宁波杭州湾经开区"
AS7 = "2022年国家级经开区综合发展水平考核评价（2021年度）"
G["pf07"] = dict(
 article=art("（无标题）浙江5家国家级经开区跻身全国30强 杭州经开区列第9位", "浙江在线（zjnews.zjol.com.cn 浙江新闻；责任编辑 江小来）", "2023-01-16", "day",
  "Provincial news portal, Zhejiang: the commerce ministry's 2022 evaluation of national economic zones — the province's five zones in the top 30, named zones with their overall, eastern-region, foreign-investment and trade ranks and rank changes",
  "https://zjnews.zjol.com.cn/zjnews/202301/t20230116_25310272.shtml",
  "日期取网址 202301/t20230116。存段无标题、无日期行（title 为编者概括）。三个表的表题与“(注:综合评价位次来源商务部官网)”注行（表格本身存段未收）、版权声明与“标签…责任编辑:江小来”行已删；正文四段，完整。评价为“2022年”考核（对2021年度数据）。园区（均浙江，国家级经开区）：杭州经开区（全国第9位、东部第8位；实际使用外资全国第6，较上年提升1位）、萧山经开区（进位较快；实际使用外资“紧随其后”即第7，推定，可选）、宁波经开区（进位较快；进出口总额第9，较上年提升1位）、宁波杭州湾经开区（首次挺进30强）。浙江5家进30强、21家参评为 region 事实。",
  "pf07"),
 parks=[
  park(HZ, "杭州", "浙江", "经济技术开发区", "杭州经开区位列全国第9位,东部地区第8位"),
  park(NB, "宁波", "浙江", "经济技术开发区", "宁波经开区、萧山经开区进位较快,宁波杭州湾经开区首次挺进30强"),
  park(XS, "杭州", "浙江", "经济技术开发区", "宁波经开区、萧山经开区进位较快,宁波杭州湾经开区首次挺进30强", district="萧山区"),
  park(HW, "宁波", "浙江", "经济技术开发区", "宁波经开区、萧山经开区进位较快,宁波杭州湾经开区首次挺进30强"),
 ],
 institutions=[
  inst("商务部", "近日,国家商务部完成了2022年国家级经济技术开发区(以下简称国家级经开区)综合发展水平考核评价工作", note="考核评价主办"),
 ],
 aggregate_facts=[
  fact(HZ, "park", "national_ez_evaluation_rank", 9, "rank", "杭州经开区位列全国第9位,东部地区第8位", AS7),
  fact(HZ, "park", "national_ez_evaluation_rank_east", 8, "rank", "杭州经开区位列全国第9位,东部地区第8位", AS7 + "（东部地区）"),
  fact(HZ, "park", "actual_fdi_rank", 6, "rank", "杭州经开区位列全国第6,较上一年度提升1位", AS7 + "（实际使用外资）"),
  fact(HZ, "park", "actual_fdi_rank_change", 1, "places", "杭州经开区位列全国第6,较上一年度提升1位", AS7 + "（实际使用外资）", opt=True),
  fact(XS, "park", "actual_fdi_rank", 7, "rank", "杭州经开区位列全国第6,较上一年度提升1位;萧山经开区紧随其后", AS7 + "（实际使用外资）", opt=True, note="“紧随其后”推定为第7"),
  fact(NB, "park", "trade_rank", 9, "rank", "宁波经开区进出口总额保持全国10强,2022年位列第9,较上一年度提升1位", AS7 + "（进出口总额）"),
  fact(NB, "park", "trade_rank_change", 1, "places", "宁波经开区进出口总额保持全国10强,2022年位列第9,较上一年度提升1位", AS7 + "（进出口总额）", opt=True),
  fact("浙江", "region", "national_ez_in_top30", 5, "count", "浙江省5家国家级经开区综合评价排名跻身全国30强,数量居全国第二", AS7, opt=True),
  fact("浙江", "region", "national_ez_evaluated", 21, "count", "浙江省21家国家级经开区参评", AS7, opt=True),
  fact("浙江", "region", "national_ez_top30_share", 0.227, "ratio", "占全省国家级经开区总数的22.7%", AS7, kind="ratio", opt=True),
 ])
