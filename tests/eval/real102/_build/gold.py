# real102 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city is not a park). Status from the text's words (开工 / 集中开工
# → 开工; 投产 / 已投产 → 投产; 签约 / 签约落地 → 签约; 主体工程竣工 → 在建 with status_alt 竣工; 落户 alone → no status).
# “预计” / “达产后” figures and goals are kind target; “5年来” / “截至” totals are cumulative. Investors named only as the
# party that invests get park null. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xtNN.raw as returned.

# ---------------------------------------------------------------- xt01 小蓝经开区迈入千亿园区行列 (南昌日报 2016)
XL = "小蓝经开区"
A0 = "记者日前从南昌小蓝经开区获悉,2015年,小蓝经开区工业总产值、主营业务收入双双突破1000亿元"
A1 = "分别达1014.51亿元、1001.2亿元,同比分别增长16.29%和12.64%"
A2 = "实现高新技术企业突破200家、高新技术产业产值占规上工业产值比重超过1/3、全社会研发经费支出占GDP比重达到3%、开发区每平方公里主营业务收入突破100亿元的“2331”目标"
AT = "“十三五”时期（2016–2020年，目标）"
G["xt01"] = dict(
 article=art("小蓝经开区迈入千亿园区行列", "南昌日报（记者 万能），载于中国网财经 finance.china.com.cn（滚动新闻）", "2016-02-15", "day",
  "City daily on a national portal's finance channel, Jiangxi: a national economic-and-technological development zone's 2015 year figures (industrial output and main business revenue above 100 billion yuan, growth rates) and its 13th-Five-Year goals",
  "http://finance.china.com.cn/roll/20160215/3583576.shtml",
  "日期取页面“发布时间:2016-02-15 08:29:43 来源:南昌日报 作者:佚名”。标题照录；频道导航、“2024年05月03日 星期五”（抓取日的页眉）、发布时间行与页脚行情栏已删。正文两段，完整。园区：小蓝经开区（文中又作“南昌小蓝经开区”；南昌市南昌县，江西——县名文中未写；2012年升格为国家级开发区，kind 记经济技术开发区）。事实：2015年工业总产值1014.51亿元、主营业务收入1001.2亿元（reported）及增速16.29%、12.64%；“双双突破1000亿元”为同一数字的概括，不另记。“十三五”“2331”目标（高新技术企业突破200家、高新技术产业产值比重超过1/3、研发支出占GDP 3%、每平方公里主营业务收入突破100亿元）与“到2020年园区主营业务收入达到两千亿”为目标（target，可选；“两千亿”无阿拉伯数字、无“元”，metric 不带 _cny）。“全省四个千亿园区之一”不计。",
  "xt01"),
 parks=[
  park(XL, "南昌", "江西", "经济技术开发区", A0, district="南昌县", aliases=["南昌小蓝经开区"],
       note="文中又作“南昌小蓝经开区”“开发区”“园区”；2012年升格为国家级开发区；所在县文中未写"),
 ],
 aggregate_facts=[
  fact(XL, "park", "industrial_output_cny", 1.01451e11, "cny", A1, "2015年", chk=True),
  fact(XL, "park", "main_business_revenue_cny", 1.0012e11, "cny", "1001.2亿元,同比分别增长16.29%和12.64%", "2015年", chk=True),
  fact(XL, "park", "industrial_output_yoy_growth", 0.1629, "ratio", A1, "2015年", kind="ratio"),
  fact(XL, "park", "main_business_revenue_yoy_growth", 0.1264, "ratio", A1, "2015年", kind="ratio"),
  fact(XL, "park", "high_tech_firms", 200, "count", A2, AT, kind="target", qual="超", qtext="突破", opt=True),
  fact(XL, "park", "high_tech_output_share", 1 / 3, "ratio", A2, AT, kind="target", qual="超", qtext="超过", opt=True),
  fact(XL, "park", "rd_spending_share_of_gdp", 0.03, "ratio", A2, AT, kind="target", opt=True),
  fact(XL, "park", "main_business_revenue_per_km2_cny", 1e10, "cny", "开发区每平方公里主营业务收入突破100亿元", AT, kind="target", qual="超", qtext="突破", opt=True, chk=True),
  fact(XL, "park", "main_business_revenue_target", 2e11, "cny", "到2020年园区主营业务收入达到两千亿", "2020年（目标）", kind="target", opt=True,
       note="“两千亿”（中文数字，无“元”）"),
 ])

# ---------------------------------------------------------------- xt02 江西吉安以重大工业项目推动转型发展 (江西日报 via 人民网 2018)
JG = "井冈山经济开发区"
B0 = "5月29日,吉安木林森半导体项目开工暨益丰泰TFT项目主体工程竣工活动在井冈山经济开发区举行"
B1 = "其中,益丰泰TFT LCD显示面板项目总投资230亿元,一期投资100亿元"
B2 = "木林森半导体项目总投资50亿元,全面达产后预计产值150亿元"
B3 = "今年4月上旬,该市100个重大项目集中开竣工,总投资额达到494亿元"
B4 = "今年一季度,全市215个全省大中型建设项目中已开工在建188个,实际完成投资118.1亿元,占全年计划投资的20.5%"
JA = "吉安市"
G["xt02"] = dict(
 article=art("江西吉安以重大工业项目推动转型发展", "江西日报（记者李歆），载于中国共产党新闻网 cpc.people.com.cn", "2018-05-30", "day",
  "Provincial daily on a national party-news portal, Jiangxi: a groundbreaking plus a topping-out in a national zone (two named projects with total and phase-1 investment and expected output), then the city's industrial investment, April groundbreaking round and Q1 project and GDP figures",
  "http://cpc.people.com.cn/n1/2018/0530/c415067-30023215.html",
  "日期取页面“2018年05月30日11:15 来源:江西日报”。标题照录（人民网标题；页内“原标题:吉安以重大工业项目推动转型发展”一行已删，原题记于 title_note）；栏目导航、责编行与“扫一扫”页脚已删。正文三段，完整，署名“(记者李歆)”在末。园区：文中作“井冈山经济开发区”（即国家级井冈山经济技术开发区，吉安市，江西；名称照录）。项目：吉安木林森半导体项目（又作“木林森半导体项目”）——开工，总投资50亿元，达产后预计产值150亿元（target）；益丰泰TFT LCD显示面板项目（又作“益丰泰TFT项目”）——“主体工程竣工”，status 记在建、status_alt 竣工，总投资230亿元，一期投资100亿元（项目事实）。两项目的园区取活动举行地“在井冈山经济开发区举行”。木林森、益丰泰只在项目名中，不另列公司。其余为吉安市数字（region）：2017年工业投资1214.14亿元；2018年4月上旬100个重大项目集中开竣工、494亿元；一季度215个大中型项目中开工在建188个、完成投资118.1亿元（占全年计划20.5%）；一季度生产总值405.21亿元、增长9.3%。",
  "xt02", title_note="原标题：吉安以重大工业项目推动转型发展"),
 parks=[
  park(JG, "吉安", "江西", "经济开发区（国家级经济技术开发区）", B0, note="即井冈山经济技术开发区；文中作“井冈山经济开发区”"),
 ],
 projects=[
  proj("吉安木林森半导体项目", JG, B2, inv="总投资50亿元", status="开工", status_text="开工", aliases=["木林森半导体项目"],
       note="开工活动在井冈山经济开发区举行；总投资见第二句"),
  proj("益丰泰TFT LCD显示面板项目", JG, B1, inv="总投资230亿元", status="在建", status_alt="竣工", status_text="主体工程竣工",
       aliases=["益丰泰TFT项目"], note="主体工程竣工（非项目竣工）；一期投资100亿元"),
 ],
 aggregate_facts=[
  fact("益丰泰TFT LCD显示面板项目", "project", "phase1_investment_cny", 1e10, "cny", "一期投资100亿元", "2018年5月", chk=True),
  fact("吉安木林森半导体项目", "project", "expected_annual_output_cny", 1.5e10, "cny", "全面达产后预计产值150亿元", "达产后（预期）", kind="target", chk=True),
  fact(JA, "region", "industrial_investment_cny", 1.21414e11, "cny", "去年,该市完成工业投资1214.14亿元", "2017年", chk=True),
  fact(JA, "region", "projects_started_or_completed", 100, "count", B3, "2018年4月上旬（集中开竣工）"),
  fact(JA, "region", "started_completed_projects_investment_cny", 4.94e10, "cny", "总投资额达到494亿元", "2018年4月上旬（集中开竣工）", chk=True),
  fact(JA, "region", "provincial_large_medium_projects", 215, "count", B4, "2018年一季度", opt=True),
  fact(JA, "region", "projects_started_or_under_construction", 188, "count", B4, "2018年一季度", opt=True),
  fact(JA, "region", "investment_completed_cny", 1.181e10, "cny", "实际完成投资118.1亿元,占全年计划投资的20.5%", "2018年一季度", chk=True),
  fact(JA, "region", "investment_completed_share_of_plan", 0.205, "ratio", B4, "2018年一季度", kind="ratio", opt=True),
  fact(JA, "region", "gdp_cny", 4.0521e10, "cny", "一季度实现生产总值405.21亿元,同比增长9.3%", "2018年一季度", chk=True),
  fact(JA, "region", "gdp_yoy_growth", 0.093, "ratio", "一季度实现生产总值405.21亿元,同比增长9.3%", "2018年一季度", kind="ratio"),
 ])

# ---------------------------------------------------------------- xt03 九江新产业新动能项目洽谈会 涉化项目 (zbqd 2019?)
JJ = "九江经济技术开发区"
C0 = "近日,长江经济带·九江新产业新动能项目洽谈会暨项目签约仪式,在九江经济技术开发区举行"
C1 = "会上共有109个项目签约,投资总额1501.7亿元"
C2 = "英利能源(中国)有限公司投资20亿元建设太阳能组件生产线和九江太阳能光伏发电运维中心项目"
C3 = "慈溪市方亿进出口有限公司投资5.5亿元建设锂电池生产项目"
C4 = "深圳市蓝科途安光电有限公司投资6亿元建设蓝科LED及半导体封装项目"
C5 = "兄弟科技股份有限公司总投资25亿元的食品添加剂、饲料添加剂、医药、香精香料项目"
C6 = "环嘉集团有限公司总投资20亿元的年产PET瓶片20万吨及附属产品项目"
C7 = "江苏瑞和新材料股份有限公司投资20亿元的树脂新材料项目"
C8 = "奥盛(九江)新材料有限公司投资5亿元的桥梁缆索合金PC项目"
NOTE3 = "洽谈会签约项目；文中未说落在哪个园区（签约仪式在九江经济技术开发区举行，不等于项目在区内）"
G["xt03"] = dict(
 article=art("（无标题）九江新产业新动能项目洽谈会109个项目签约 涉化新能源、新材料项目16个", "zbqd.com（资讯栏；存段无标题、无日期、无署名，原发媒体未注明）", "2019", "year",
  "Trade-news site, Jiangxi: a city investment fair's signing ceremony held in a national zone — 109 projects and their total, seven named chemical-related new-energy / new-material projects with investors and amounts, the 16 projects' total, the city's new-materials revenue",
  "http://zbqd.com/news/show.php?itemid=4553",
  "存段无标题、无日期行（title 为编者概括）。年份推定：文中引“2018年,九江新材料产业实现主营业务收入435.5亿元”，“新产业新动能”为2019年第二届投洽会名称（首届2017年称“新工业新动能”，见 _raw/notes.md 第11次检索），故记2019（year，推定）。正文四段，存段完整。园区：九江经济技术开发区（九江市，江西）——签约仪式举行地。项目：七个具名签约项目（英利能源、慈溪方亿、深圳蓝科途安、兄弟科技、环嘉集团、江苏瑞和、奥盛(九江)），金额照录（“投资”/“总投资”），status 签约；园区 null（文中未说项目在经开区内）。英利项目“太阳能组件生产线和九江太阳能光伏发电运维中心项目”只有一个金额，记为一个项目。公司：七家投资方，park null。事实：洽谈会签约109个项目、1501.7亿元，16个涉化项目210.5亿元，subject 记“九江”（region；洽谈会为市级活动）；九江新材料产业2018年主营业务收入435.5亿元、增长13%；“生产总值5年增长68.6%”可选。",
  "xt03"),
 parks=[
  park(JJ, "九江", "江西", "经济技术开发区", C0, note="签约仪式举行地"),
 ],
 companies=[
  comp("英利能源(中国)有限公司", None, C2, note="投资方"),
  comp("慈溪市方亿进出口有限公司", None, C3, note="投资方"),
  comp("深圳市蓝科途安光电有限公司", None, C4, note="投资方"),
  comp("兄弟科技股份有限公司", None, C5, note="投资方"),
  comp("环嘉集团有限公司", None, C6, note="投资方"),
  comp("江苏瑞和新材料股份有限公司", None, C7, note="投资方"),
  comp("奥盛(九江)新材料有限公司", None, C8, note="投资方"),
 ],
 projects=[
  proj("太阳能组件生产线和九江太阳能光伏发电运维中心项目", None, C2, companies=["英利能源(中国)有限公司"], inv="投资20亿元", status="签约", status_text="签约", note=NOTE3),
  proj("锂电池生产项目", None, C3, companies=["慈溪市方亿进出口有限公司"], inv="投资5.5亿元", status="签约", status_text="签约", note=NOTE3),
  proj("蓝科LED及半导体封装项目", None, C4, companies=["深圳市蓝科途安光电有限公司"], inv="投资6亿元", status="签约", status_text="签约", note=NOTE3),
  proj("食品添加剂、饲料添加剂、医药、香精香料项目", None, C5, companies=["兄弟科技股份有限公司"], inv="总投资25亿元", status="签约", status_text="签约", note=NOTE3),
  proj("年产PET瓶片20万吨及附属产品项目", None, C6, companies=["环嘉集团有限公司"], inv="总投资20亿元", status="签约", status_text="签约", note=NOTE3),
  proj("树脂新材料项目", None, C7, companies=["江苏瑞和新材料股份有限公司"], inv="投资20亿元", status="签约", status_text="签约", note=NOTE3),
  proj("桥梁缆索合金PC项目", None, C8, companies=["奥盛(九江)新材料有限公司"], inv="投资5亿元", status="签约", status_text="签约", note=NOTE3),
 ],
 aggregate_facts=[
  fact("九江", "region", "projects_signed", 109, "count", C1, "2019年（洽谈会签约）", note="洽谈会签约；仪式在九江经济技术开发区举行"),
  fact("九江", "region", "signed_investment_cny", 1.5017e11, "cny", "投资总额1501.7亿元", "2019年（洽谈会签约）", chk=True),
  fact("九江", "region", "chemical_projects_signed", 16, "count", "这16个涉化项目,总投资210.5亿元", "2019年（洽谈会签约）", opt=True),
  fact("九江", "region", "chemical_projects_signed_investment_cny", 2.105e10, "cny", "这16个涉化项目,总投资210.5亿元", "2019年（洽谈会签约）", opt=True, chk=True),
  fact("九江", "region", "new_materials_revenue_cny", 4.355e10, "cny", "2018年,九江新材料产业实现主营业务收入435.5亿元,比上年增长13%", "2018年", chk=True),
  fact("九江", "region", "new_materials_revenue_yoy_growth", 0.13, "ratio", "2018年,九江新材料产业实现主营业务收入435.5亿元,比上年增长13%", "2018年", kind="ratio"),
  fact("九江", "region", "gdp_growth_5y", 0.686, "ratio", "使生产总值5年增长68.6%", "截至2018年（5年）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xt04 南昌高新区27个项目集中开工 (中国江西网 via m.shzx 2020)
NG = "南昌高新区"
D0 = "南昌高新区日前举行2020年重大重点项目集中开工仪式,以中微半导体设备生产研发基地为代表的27个项目集中开工"
D1 = "此次集中开工的重大重点项目还包括兆驰红黄光及mini、mircoLED生产项目一期、中国电子信息集团下属中电汇信公司光电镀膜生产项目、易美芯光LED封装项目(二期)、CR929复材机身段项目、冠一通飞GA20单发四座通用飞机研制及生产项目等"
D2 = "“南昌中微半导体设备生产研发基地项目”总投资约10亿元,总建筑面积约14万平方米"
D3 = "其中亿元以上项目25个,10亿元以上项目9个,超50亿元以上项目1个"
D4 = "全区规模工业增加值同比增长6%;实际利用外资增长21.92%,实际利用内资增长25.05%;外贸出口增长86.1%;新增市场主体4246户"
AS4 = "2020年8月（集中开工）"
H1 = "2020年上半年"
G["xt04"] = dict(
 article=art("（无标题）南昌高新区2020年重大重点项目集中开工 27个项目总投资238亿元", "中国江西网/江西头条客户端（记者左阳天），载于 m.shzx.org（四海资讯，江西新闻栏）", "2020-08", "month",
  "Provincial news portal relayed by an aggregator, Jiangxi: a national high-tech zone's groundbreaking of 27 projects — total, size bands, six named projects, one with its investment and floor area — and the zone's first-half growth figures",
  "https://m.shzx.org/a/31-28269-0.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“日前举行2020年重大重点项目集中开工仪式”；同一活动的江南都市报稿（m.shzx.org/a/31-28782-0.html）与南昌台稿（h5.nctvcloud.com 2020-08-06）记开工日为8月5日，故记2020-08（month）。存段第三段“…“南昌中微半导体设备生产研发基地项目”” / “总投资约10亿元…”被页面断为两行，make_txt.py JOIN 原样拼接；存段在末句“电子”处中断，该残字已删（LINE_SUFFIX），正文截至“…新增市场主体4246户。”，共三段。园区：南昌高新区（南昌市，江西；国家级高新区，文中未说）。项目（均开工，园区南昌高新区）：南昌中微半导体设备生产研发基地项目（首段作“中微半导体设备生产研发基地”，总投资约10亿元，约）；兆驰红黄光及mini、mircoLED生产项目一期（“mirco”照录）；中电汇信公司光电镀膜生产项目；易美芯光LED封装项目(二期)；CR929复材机身段项目；冠一通飞GA20单发四座通用飞机研制及生产项目。公司：中微半导体（“中微半导体的落户”，在园）；中电汇信公司与其上级中国电子信息集团只在项目描述中，可选。事实：27个项目、总投资238亿元（非“约”）、分档个数（可选）；上半年增速与新增市场主体（2020年上半年）。",
  "xt04"),
 parks=[
  park(NG, "南昌", "江西", "高新区", D0, note="文中又作“高新区”“全区”"),
 ],
 companies=[
  comp("中微半导体", NG, "中微半导体的落户,为南昌高新区打造了从MO源、衬底材料、外延、芯片、封装、终端应用及MOCVD核心关键生产设备等自主知识产权的LED完整产业链",
       note="南昌中微半导体设备生产研发基地项目业主（全称文中未写）"),
  comp("中电汇信公司", NG, D1, opt=True, note="只在项目描述中；中国电子信息集团下属"),
  comp("中国电子信息集团", None, D1, opt=True, note="中电汇信公司的上级"),
 ],
 projects=[
  proj("南昌中微半导体设备生产研发基地项目", NG, D2, companies=["中微半导体"], inv="总投资约10亿元", qual="约", qual_text="约",
       status="开工", status_text="集中开工", aliases=["中微半导体设备生产研发基地"], note="达产后年产200腔体MOCVD设备"),
  proj("兆驰红黄光及mini、mircoLED生产项目一期", NG, D1, phase="一期", status="开工", status_text="集中开工", note="“mirco”照录"),
  proj("中电汇信公司光电镀膜生产项目", NG, D1, companies=["中电汇信公司"], status="开工", status_text="集中开工"),
  proj("易美芯光LED封装项目(二期)", NG, D1, phase="二期", status="开工", status_text="集中开工"),
  proj("CR929复材机身段项目", NG, D1, status="开工", status_text="集中开工"),
  proj("冠一通飞GA20单发四座通用飞机研制及生产项目", NG, D1, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(NG, "park", "projects_started", 27, "count", D0, AS4),
  fact(NG, "park", "projects_started_investment_cny", 2.38e10, "cny", "总投资达238亿元", AS4, chk=True),
  fact(NG, "park", "projects_started_over_100m", 25, "count", D3, AS4, opt=True),
  fact(NG, "park", "projects_started_over_1bn", 9, "count", D3, AS4, opt=True),
  fact(NG, "park", "projects_started_over_5bn", 1, "count", D3, AS4, opt=True),
  fact("南昌中微半导体设备生产研发基地项目", "project", "floor_area_m2", 1.4e5, "m2", D2, AS4, qual="约", qtext="约", opt=True),
  fact(NG, "park", "above_scale_industrial_value_added_yoy_growth", 0.06, "ratio", D4, H1, kind="ratio"),
  fact(NG, "park", "actual_fdi_yoy_growth", 0.2192, "ratio", D4, H1, kind="ratio"),
  fact(NG, "park", "actual_domestic_investment_yoy_growth", 0.2505, "ratio", D4, H1, kind="ratio", opt=True),
  fact(NG, "park", "exports_yoy_growth", 0.861, "ratio", D4, H1, kind="ratio"),
  fact(NG, "park", "new_market_entities", 4246, "count", D4, H1, kind="cumulative"),
 ])

# ---------------------------------------------------------------- xt05 江铜(上饶)工业园区项目签约 (我的有色 2021)
SR = "上饶经开区"
E0 = "根据协议,江铜将在上饶经开区投资建设年产10万吨锂电铜箔、22万吨铜杆、3万吨铸造材料三个项目"
E1 = "据介绍,此次江铜集团在上饶经开区投资建设的三个项目总投资达 128 亿元,预计可实现年营业收入 270 亿元、利税 22 亿元"
E2 = "7月15日,江上饶)工业园区项目签约仪式在上饶龙潭湖宾馆隆重举行"
JT = "江铜(上饶)工业园区项目"
G["xt05"] = dict(
 article=art("我的有色:128亿!江铜(上饶)工业园区项目正式签约落地", "我的有色（Mysteel 有色频道 youse.mysteel.com，国内资讯；资讯编辑 王倩；原发媒体未注明）", "2021-07-16", "day",
  "Metals-industry news site, Jiangxi: a provincial state copper group signs three projects (named by capacity) in a national zone — combined investment, expected revenue and profit-tax — with a profile of the investor and the zone's industrial aims",
  "https://youse.mysteel.com/21/0716/10/16A00B86145799CF.html",
  "日期取网址 21/0716（2021-07-16）；签约在“7月15日”。标题照录（含站名前缀“我的有色:”）；导航行与“资讯编辑/资讯监督”行已删。正文三段，存段完整。首句“江上饶)工业园区项目签约仪式”缺字（应为“江铜(上饶)工业园区项目”），照录不改。园区：上饶经开区（上饶市，江西；kind 记经济技术开发区）。“江铜(上饶)工业园区”只作项目名出现，列可选园区（母园区上饶经开区）。项目：江铜(上饶)工业园区项目（标题名；签约落地→签约）——三个项目合计总投资128亿元（“128 亿元”数字与单位间有空格，照录），预计年营业收入270亿元、利税22亿元（target，记于该项目）；其下三个项目：江铜锂电铜箔项目（文中名；年产10万吨）——签约，无单项金额；22万吨铜杆项目、3万吨铸造材料项目（文中无项目名，按产能拟名，列可选）——签约，无单项金额。公司：江铜集团（文中又作“江铜”；投资方，park null）。江铜2020年列世界500强第343位（可选）。",
  "xt05"),
 parks=[
  park(SR, "上饶", "江西", "经济技术开发区", E0, note="文中又作“经开区”"),
  park("江铜(上饶)工业园区", "上饶", "江西", "工业园区（企业园）", "我的有色:128亿!江铜(上饶)工业园区项目正式签约落地", parent=SR, opt=True,
       note="只在项目名“江铜(上饶)工业园区项目”中；母园区由语境推定"),
 ],
 companies=[
  comp("江铜集团", None, "江铜集团成立于 1979 年,为江西省省属重点国有企业", aliases=["江铜"], note="投资方；省属国企"),
 ],
 projects=[
  proj(JT, SR, E1, companies=["江铜集团"], inv="总投资达 128 亿元", status="签约", status_text="签约落地",
       note="三个项目合计；标题“128亿!”"),
  proj("江铜锂电铜箔项目", SR, E0, companies=["江铜集团"], status="签约", status_text="签约", aliases=["年产10万吨锂电铜箔"],
       note="年产10万吨；无单项金额"),
  proj("22万吨铜杆项目", SR, E0, companies=["江铜集团"], status="签约", status_text="签约", opt=True, note="名称按文中产能拟（文中无此项目名）；无单项金额"),
  proj("3万吨铸造材料项目", SR, E0, companies=["江铜集团"], status="签约", status_text="签约", opt=True, note="名称按文中产能拟（文中无此项目名）；无单项金额"),
 ],
 aggregate_facts=[
  fact(JT, "project", "expected_annual_revenue_cny", 2.7e10, "cny", "预计可实现年营业收入 270 亿元、利税 22 亿元", "达产后（预期）", kind="target", chk=True),
  fact(JT, "project", "expected_annual_profit_tax_cny", 2.2e9, "cny", "利税 22 亿元", "达产后（预期）", kind="target", chk=True),
  fact(SR, "park", "projects_signed", 3, "count", E0, "2021年7月15日（签约）", opt=True, note="江铜三个项目"),
  fact("江铜集团", "company", "fortune500_rank", 343, "rank", "2020 年位列世界 500 强榜单第 343 位", "2020年", opt=True),
 ])

# ---------------------------------------------------------------- xt06 宜春一欣电池铝壳及盖板项目开工 (见道网 2021)
YC = "宜春经济技术开发区"
YX = "江西宜春一欣新能源科技有限责任公司电池铝壳及盖板项目"
F0 = "近日,江西宜春一欣新能源科技有限责任公司电池铝壳及盖板项目开工仪式在宜春经济技术开发区正式举行"
F1 = "项目计划总投资25亿元,占地190亩,总建筑面积约13万平方米"
F2 = "整个项目达产后可实现年产值30亿元,税收1亿元以上,并能提供800多个就业岗位"
G["xt06"] = dict(
 article=art("25亿!江西省宜春锂电新项目正式开工", "见道网（seetao.com，新能源栏；工程栏目编辑 贺玉婷）", "2021-10-14", "day",
  "Infrastructure news site, Jiangxi: one battery-casing project starts in a national zone — investor, total investment, site and floor area, two phases with production dates, expected output, tax and jobs",
  "https://www.seetao.com/details/118054.html",
  "日期取页面“见道网 2021-10-14 11:33”。标题照录；栏目字“新能源”、日期行、导读框（“该锂电新项目共分两期开建…”，与正文重复）、“阅读本文需要 1 分钟”与“相关文章”已删；末段后粘连的“(转载请注明见道网www.seetao.com)见道网工程栏目编辑/贺玉婷、设计/张韬”已删（LINE_SUFFIX）。正文四段，完整。园区：宜春经济技术开发区（文中又作“宜春经开区”；宜春市，江西）。项目：江西宜春一欣新能源科技有限责任公司电池铝壳及盖板项目（又作“宜春一欣电池铝壳及盖板项目”）——开工仪式→开工；计划总投资25亿元；一期预计2022年建成投产，二期预计5年内。公司：江西宜春一欣新能源科技有限责任公司（项目公司，在园）；合肥力翔电池科技有限责任公司（投资建设方，又作“合肥力翔”，park null）。事实：占地190亩、建筑面积约13万平方米（可选）；达产后年产值30亿元、税收1亿元以上、800多个岗位（target）。",
  "xt06"),
 parks=[
  park(YC, "宜春", "江西", "经济技术开发区", F0, aliases=["宜春经开区"], note="文中又作“宜春经开区”"),
 ],
 companies=[
  comp("江西宜春一欣新能源科技有限责任公司", YC, F0, note="项目公司"),
  comp("合肥力翔电池科技有限责任公司", None, "该项目由合肥力翔电池科技有限责任公司投资建设", aliases=["合肥力翔"], note="投资建设方"),
 ],
 projects=[
  proj(YX, YC, F1, companies=["江西宜春一欣新能源科技有限责任公司", "合肥力翔电池科技有限责任公司"], inv="计划总投资25亿元",
       status="开工", status_text="开工仪式…正式举行", aliases=["宜春一欣电池铝壳及盖板项目"],
       note="开工见首段；分两期，一期预计2022年建成投产，二期预计5年内建成投产"),
 ],
 aggregate_facts=[
  fact(YX, "project", "site_area_mu", 190, "mu", F1, "2021年10月", opt=True),
  fact(YX, "project", "floor_area_m2", 1.3e5, "m2", F1, "2021年10月", qual="约", qtext="约", opt=True),
  fact(YX, "project", "expected_annual_output_cny", 3e9, "cny", F2, "达产后（预期）", kind="target", chk=True),
  fact(YX, "project", "expected_annual_tax_cny", 1e8, "cny", "税收1亿元以上", "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(YX, "project", "expected_jobs", 800, "count", F2, "达产后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xt07 江西赣州经开区: 拉开2024年高质量发展大幕 (中国小康网 2024)
GZ = "赣州经济技术开发区"
G0 = "新年伊始,在江西赣州经济技术开发区举行的招商引资项目集中签约活动上,共签约项目24个,总投资224.49亿元"
G1 = "此前,总投资113亿元的马威科技集团电机、电驱系统产业项目也于日前落户赣州经开区"
G2 = "据了解,马威科技集团电机、电驱系统产业项目是意大利跨国企业马威科技集团境内主体公司——北京马威电动力技术有限公司拟在赣州经开区投资建设电机、电驱系统产业项目"
G3 = "充分发挥吉利耀能、孚能科技、金力永磁、同兴达电子等企业的“磁石效应”"
AS7 = "2024年初（集中签约）"
G["xt07"] = dict(
 article=art("江西赣州经开区: 拉开2024年高质量发展大幕", "《小康》·中国小康网（m.chinaxiaokang.com，财经频道宏观经济）", "2024-02-02", "day",
  "National magazine's web edition, Jiangxi: a national zone's new-year signing of 24 projects with total investment, a foreign group's motor / e-drive project landed with its investment, the zone's provincial cluster titles and its anchor firms",
  "https://m.chinaxiaokang.com/wap/caijingpindao/hongguanjingji/20240202/1487835.html",
  "日期取页面“《小康》 ● 中国小康网 2024-02-02 09:09:20”（该行已删）。标题照录（冒号后有空格）。存段在末句“据统计,2023年全区招商引资集”处中断，该残句已删（LINE_SUFFIX），正文截至“…项目招引数量和质量进一步提升。”，含小标题“向“新”而行 产业集群提档升级”一行，共七段。园区：赣州经济技术开发区（正文首见作“江西赣州经济技术开发区”，标题作“江西赣州经开区”，又作“赣州经开区”；赣州市，江西）。项目：马威科技集团电机、电驱系统产业项目——总投资113亿元；“落户”“拟…投资建设”，无签约/开工字样，status 不记（落户 alone → 无状态）。24个签约项目未点名。公司：北京马威电动力技术有限公司（马威科技集团境内主体公司，投资方，park null）、马威科技集团（意大利，可选）；吉利耀能、孚能科技、金力永磁、同兴达电子（“赣州经开区以龙头企业为引擎…”，在园）。事实：集中签约24个项目、224.49亿元。省级集群称号不计。",
  "xt07"),
 parks=[
  park(GZ, "赣州", "江西", "经济技术开发区", G0, aliases=["江西赣州经济技术开发区", "赣州经开区", "江西赣州经开区"],
       note="正文首见作“江西赣州经济技术开发区”；标题作“江西赣州经开区”；又作“赣州经开区”“全区”"),
 ],
 companies=[
  comp("北京马威电动力技术有限公司", None, G2, note="马威科技集团境内主体公司；项目投资方"),
  comp("马威科技集团", None, G2, opt=True, note="意大利跨国企业"),
  comp("吉利耀能", GZ, G3, note="园区龙头企业"),
  comp("孚能科技", GZ, G3, note="园区龙头企业"),
  comp("金力永磁", GZ, G3, note="园区龙头企业"),
  comp("同兴达电子", GZ, G3, note="园区龙头企业"),
 ],
 projects=[
  proj("马威科技集团电机、电驱系统产业项目", GZ, G1, companies=["北京马威电动力技术有限公司"], inv="总投资113亿元",
       note="“落户”；北京马威电动力技术有限公司“拟在赣州经开区投资建设”；状态未写"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_signed", 24, "count", G0, AS7),
  fact(GZ, "park", "signed_investment_cny", 2.2449e10, "cny", "共签约项目24个,总投资224.49亿元", AS7, chk=True),
 ])

# ---------------------------------------------------------------- xt08 红土“智”变 井冈山经开区 (cectop 2026)
JGS = "井冈山经开区"
H0 = "在国家级经开区综合发展水平考核中排名提升至第73位,规上工业主营业务收入突破800亿元,年均增长15.5%,一般公共预算收入达11.6亿元,税收占比超90%"
H1_ = "构建起超千亿元的“母基金+盲池基金”集群,以“资本导航”赋能产业选择,先后引进昆吾半导体、友嘉国际、航星科技等一批链主企业与单项冠军企业"
H2 = "5年来,该经开区共签约项目357个,总投资超2100亿元"
AS8 = "2025年（发稿时最新；文中未写年份）"
G["xt08"] = dict(
 article=art("红土“智”变", "cectop.cn（“百强企业动态”栏转载；原发媒体与署名未注明）", "2026-01-14", "day",
  "Business site relaying a feature, Jiangxi: a national zone's standing — national ranking, above-scale industrial revenue and growth, budget revenue and tax share, a fund cluster, three firms brought in, five-year signing count and investment, leading industries' share",
  "http://www.cectop.cn/news/view_web?class=60&classname=%E7%99%BE%E5%BC%BA%E4%BC%81%E4%B8%9A%E5%8A%A8%E6%80%81&id=792130684",
  "日期取页面“发布时间:2026-01-14”（转载日）。标题照录；“Title”、导航与发布时间行已删。存段为长文开头，页面把数段连成一行，保持一段不拆；存段在“通信终端产业集群连续五年获评…省级链主”处中断，该句已删（LINE_SUFFIX），正文截至“…主导产业营收占比超85%。”。园区：井冈山经开区（吉安市，江西；文中称“国家级经开区”考核，kind 经济技术开发区）。公司：昆吾半导体、友嘉国际、航星科技（“先后引进”，在园）。基金：“母基金+盲池基金”集群，超千亿元（无具体基金名，列可选；size_cny 不填，另记可选事实）。事实：排名第73位、规上工业主营业务收入突破800亿元（超）、年均增长15.5%、一般公共预算收入11.6亿元、税收占比超90%、主导产业营收占比超85%——文中未写年份，as_of 记发稿时最新；“5年来”签约项目357个、总投资超2100亿元（cumulative）。",
  "xt08"),
 parks=[
  park(JGS, "吉安", "江西", "经济技术开发区", "位于赣江中游的井冈山经开区,正以扎实稳健的步伐", note="文中又作“该经开区”；国家级"),
 ],
 companies=[
  comp("昆吾半导体", JGS, H1_, note="引进的链主 / 单项冠军企业"),
  comp("友嘉国际", JGS, H1_, note="同上"),
  comp("航星科技", JGS, H1_, note="同上"),
 ],
 funds=[
  fund("“母基金+盲池基金”集群", JGS, H1_, opt=True, note="超千亿元的基金集群；无具体基金名；规模“超千亿元”见可选事实"),
 ],
 aggregate_facts=[
  fact(JGS, "park", "national_rank", 73, "rank", H0, AS8),
  fact(JGS, "park", "above_scale_industrial_revenue_cny", 8e10, "cny", "规上工业主营业务收入突破800亿元,年均增长15.5%", AS8, qual="超", qtext="突破", chk=True),
  fact(JGS, "park", "above_scale_industrial_revenue_avg_annual_growth", 0.155, "ratio", "规上工业主营业务收入突破800亿元,年均增长15.5%", AS8, kind="ratio"),
  fact(JGS, "park", "general_public_budget_revenue_cny", 1.16e9, "cny", "一般公共预算收入达11.6亿元,税收占比超90%", AS8, chk=True),
  fact(JGS, "park", "tax_share_of_budget_revenue", 0.9, "ratio", "一般公共预算收入达11.6亿元,税收占比超90%", AS8, kind="ratio", qual="超", qtext="超"),
  fact(JGS, "park", "fund_cluster_size_cny", 1e11, "cny", H1_, AS8, qual="超", qtext="超", opt=True, note="“超千亿元”（千亿元）"),
  fact(JGS, "park", "projects_signed", 357, "count", H2, "近5年累计（至2025年）", kind="cumulative"),
  fact(JGS, "park", "signed_investment_cny", 2.1e11, "cny", "总投资超2100亿元", "近5年累计（至2025年）", kind="cumulative", qual="超", qtext="超", chk=True),
  fact(JGS, "park", "leading_industries_revenue_share", 0.85, "ratio", "主导产业营收占比超85%", AS8, kind="ratio", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- xt09 高世文深入南昌高新区调研 (凤凰网江西 2026)
I0 = "江西智能无损检测创新中心项目总投资6.75亿元,目前已完成第一批10套科研设备采购,入驻师生及工程师超百人"
I1 = "南昌光群雷射科技有限公司镭射全息防伪材料生产项目在短短一年半内从蓝图变为现实,一期78亩厂房已投产,8条智能化生产线达产后年营收将达6亿元,当前投产率达90%"
I2 = "南昌高新区Micro及MiniLED显示和照明产品制造项目2025年4月签约、6月投产,截至10月底累计营收约7000万元"
GQ = "南昌光群雷射科技有限公司镭射全息防伪材料生产项目"
ML = "南昌高新区Micro及MiniLED显示和照明产品制造项目"
G["xt09"] = dict(
 article=art("高世文深入南昌高新区 调研重大重点项目推进情况", "凤凰网江西（jx.ifeng.com；文末“来源:南…”在存段中断，原发媒体名不全）", "2026-01", "month",
  "Regional portal relaying a city item, Jiangxi: the mayor's inspection of a national high-tech zone's projects — an innovation-centre project with its investment and progress, a laser-film plant with phase 1 in production and expected revenue, an LED project signed and in production within months with its revenue to date",
  "https://jx.ifeng.com/c/8psSHjRmkFp",
  "存段无日期行。日期推定：调研在“1月5日”；文中“2025年4月签约、6月投产,截至10月底”与“党的二十届四中全会”（2025年10月）表明为2026年1月，记2026-01（month，推定）。标题照录（存段标题行出现两次，后一行及原稿引题“以项目建设为抓手 壮大新兴产业集群”、副题“高世文调研重大重点项目推进情况”作页面重复标题删去；“来源:南”残行删去）。正文四段，完整。园区：南昌高新区。项目（园区均取调研地南昌高新区）：江西智能无损检测创新中心项目——总投资6.75亿元，已采购第一批设备、入驻师生，配套设施加快建设→在建；南昌光群雷射科技有限公司镭射全息防伪材料生产项目——“一期78亩厂房已投产”→投产（一期），二期待建；南昌高新区Micro及MiniLED显示和照明产品制造项目——2025年4月签约、6月投产→投产。公司：南昌光群雷射科技有限公司（在园）。事实：光群项目达产后年营收6亿元（target）、一期78亩与投产率90%（可选）；Micro/MiniLED 项目截至2025年10月底累计营收约7000万元（cumulative，约）。",
  "xt09"),
 parks=[
  park(NG, "南昌", "江西", "高新区", "1月5日,市长高世文深入南昌高新区,就重大重点项目推进情况进行调研", note="文中又作“高新区”"),
 ],
 companies=[
  comp("南昌光群雷射科技有限公司", NG, I1),
 ],
 projects=[
  proj("江西智能无损检测创新中心项目", NG, I0, inv="总投资6.75亿元", status="在建", status_text="已完成第一批10套科研设备采购…加快…配套设施建设",
       note="设备采购与人员入驻已开始，大型工业CT试验大楼等配套在建"),
  proj(GQ, NG, I1, companies=["南昌光群雷射科技有限公司"], status="投产", status_text="一期78亩厂房已投产", note="一期投产；二期待建"),
  proj(ML, NG, I2, status="投产", status_text="2025年4月签约、6月投产", aliases=["Micro及MiniLED显示和照明产品制造项目"],
       note="2025年4月签约、6月投产；正在推进产线扩建及二期选址"),
 ],
 aggregate_facts=[
  fact(GQ, "project", "expected_annual_revenue_cny", 6e8, "cny", "8条智能化生产线达产后年营收将达6亿元", "达产后（预期）", kind="target", chk=True),
  fact(GQ, "project", "phase1_site_area_mu", 78, "mu", I1, "2026年1月", opt=True),
  fact(GQ, "project", "production_rate", 0.9, "ratio", I1, "2026年1月", kind="ratio", opt=True),
  fact(ML, "project", "revenue_cny", 7e7, "cny", "截至10月底累计营收约7000万元", "2025年6月–10月底", kind="cumulative", qual="约", qtext="约", chk=True),
 ])
