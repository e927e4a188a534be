# real29 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there)
# Conventions as real28: evidence verbatim; investment_cny from investment_text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约 → 约
# (qualifier_text keeps the source word). For *_cny facts the evidence starts with (or first names) the amount the fact is about.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/lNN.raw as returned.

G["l01"] = dict(
 article=art("汉中经开区成功签约7个项目,总投资25.3亿元", "汉中经济开发区管委会网站 hzedz.hanzhong.gov.cn 园区动态（招商服务局 雷珊）", "2023-03", "month",
  "park's own website brief: the city development zone signs seven projects at the city's investment-promotion week; number, total and sectors, two named projects",
  "http://hzedz.hanzhong.gov.cn/jjkfqzf/yqdt/202303/1afab41c069c425794b3d20f3bc3445e.shtml",
  "日期取网址中的 202303（事件 2023年3月18日，“2023汉中高质量发展大会暨主题招商周”）。页面正文完整，末尾署名“(招商服务局  雷珊)”照录（含两个空格）。文中只作“汉中经开区”“经开区”，未出现全称。两个点名项目无金额；签约 → 签约。",
  "l01"),
 parks=[
  park("汉中经开区", "汉中", "陕西", "经济开发区", "汉中经开区党工委委员、管委会副主任陈彩霞代表汉中经开区签约", aliases=["经开区"], note="文中只作简称“汉中经开区”"),
 ],
 projects=[
  proj("善意谷益生菌生物制品项目", "汉中经开区", "汉中经开区成功签约善意谷益生菌生物制品、现代跨境物流服务等7个项目", status="签约", status_text="成功签约", aliases=["善意谷益生菌生物制品"], note="项目名为文中“善意谷益生菌生物制品”加“项目”；无单项金额"),
  proj("现代跨境物流服务项目", "汉中经开区", "汉中经开区成功签约善意谷益生菌生物制品、现代跨境物流服务等7个项目", status="签约", status_text="成功签约", aliases=["现代跨境物流服务"]),
 ],
 aggregate_facts=[
  fact("汉中经开区", "park", "projects_signed", 7, "count", "汉中经开区成功签约7个项目", "2023年3月18日"),
  fact("汉中经开区", "park", "signed_contract_value_cny", None, "cny", "总投资25.3亿元。项目涵盖绿色食药、现代服务、生物医药等多个产业领域", "2023年3月18日", note="7个签约项目的总投资"),
 ])

G["l02"] = dict(
 article=art("总投资707.9亿元!萍乡102个重大项目开工建设", "hea.jdgod.com 民生栏（原出处未署；记者 尹晓军）", "2022-11-05", "day",
  "city quarterly mass project start, with the lead project (a coking plant) started in a county industrial park: count, total and annual plan, industrial share, provincial key projects' completed investment",
  "http://hea.jdgod.com/minsheng/2022/1105/25394.html",
  "日期取网址中的 2022/1105（事件 11月3日）。页面正文完整，末尾“( 记者尹晓军 )”照录。只有一个园区：湘东工业园（萍乡市湘东区），领衔项目在此开工；其余102个项目未置于园区。萍乡旭阳能源只以项目名中的简称出现。开工建设 → 开工。",
  "l02"),
 parks=[
  park("湘东工业园", "萍乡", "江西", "工业园区", "总投资50亿元的萍乡旭阳能源年产180万吨焦化项目在湘东工业园开工建设", district="湘东区"),
 ],
 companies=[
  comp("萍乡旭阳能源", "湘东工业园", "总投资50亿元的萍乡旭阳能源年产180万吨焦化项目在湘东工业园开工建设", opt=True, note="只以项目名中的简称出现，企业全称未给"),
 ],
 projects=[
  proj("萍乡旭阳能源年产180万吨焦化项目", "湘东工业园", "总投资50亿元的萍乡旭阳能源年产180万吨焦化项目在湘东工业园开工建设", companies=["萍乡旭阳能源"], inv="50亿元", status="开工", status_text="开工建设"),
 ],
 aggregate_facts=[
  fact("萍乡市2022年第四季度开工重大项目", "region", "projects_started", 102, "count", "这次开工的102个重大项目", "2022年11月3日"),
  fact("萍乡市2022年第四季度开工重大项目", "region", "total_investment_cny", None, "cny", "总投资707.9亿元,年度计划投资81.8亿元", "2022年11月3日"),
  fact("萍乡市2022年第四季度开工重大项目", "region", "annual_planned_investment_cny", None, "cny", "年度计划投资81.8亿元", "2022年", kind="target"),
  fact("萍乡市2022年第四季度开工重大项目（工业）", "region", "projects_started", 53, "count", "其中工业项目53个、占比达52%", "2022年11月3日"),
  fact("萍乡市2022年第四季度开工重大项目（工业）", "region", "projects_over_2bn_yuan", 8, "count", "总投资超20亿元的工业项目8个", "2022年11月3日", opt=True),
  fact("萍乡市省大中型项目（201个）", "region", "completed_investment_cny", None, "cny", "该市201个省大中型项目完成投资608亿元,完成年度计划的118.64%", "2022年1-9月", kind="cumulative"),
  fact("萍乡市省重点项目（34个）", "region", "completed_investment_cny", None, "cny", "34个省重点项目完成投资238.1亿元,完成年度计划的117.2%", "2022年1-9月", kind="cumulative"),
 ])

G["l03"] = dict(
 article=art("（无标题）广元经济技术开发区举行2018年第四季度项目集中签约仪式", "四川经济日报（刘怀英 孙汉 记者 侯东）, 转载于 sc.cnipai.com", "2018-11", "month",
  "provincial economic daily brief on a national ETDZ's quarterly signing ceremony: four named projects with investors and amounts, zone profile, expected output/tax/jobs of the three industrial projects",
  "https://sc.cnipai.com/news/detail/211394.html",
  "页面未存标题（title 为编者概括）；网址无日期，取文中“11月20日”“2018年第四季度”→ 2018-11。四个项目“集中签约落户广元经济技术开发区” → park 为该区，签约 → 签约。首句总额“27.611亿元”照录（四项相加为27.61亿元）。",
  "l03", title_note="no headline stored; title made from the lead"),
 parks=[
  park("广元经济技术开发区", "广元", "四川", "经济技术开发区（国家级）", "11月20日,广元经济技术开发区举行2018年第四季度项目集中签约仪式", aliases=["开发区"], note="1992年始建，2012年升级为国家级"),
 ],
 companies=[
  comp("四川吉奥冶金地质工程公司", "广元经济技术开发区", "由四川吉奥冶金地质工程公司投资1.3亿元的广元宝石玉石精深加工"),
  comp("浙江嘉兴豪企集成家居有限公司", "广元经济技术开发区", "由浙江嘉兴豪企集成家居有限公司总投资10.3亿元的广元智能集成家居新型环保装饰材料产业园"),
  comp("浙江业盛新型材料有限公司", "广元经济技术开发区", "由浙江业盛新型材料有限公司总投资1.16亿元的广元年产5万吨LM2铝合金锭材料生产"),
  comp("西安建工市政交通集团有限公司", "广元经济技术开发区", "由西安建工市政交通集团有限公司总投资14.85亿元的广元市石盘市政基础设施及配套工程项目"),
 ],
 projects=[
  proj("广元宝石玉石精深加工项目", "广元经济技术开发区", "由四川吉奥冶金地质工程公司投资1.3亿元的广元宝石玉石精深加工", companies=["四川吉奥冶金地质工程公司"], inv="1.3亿元", status="签约", status_text="集中签约落户", aliases=["广元宝石玉石精深加工"]),
  proj("广元智能集成家居新型环保装饰材料产业园", "广元经济技术开发区", "由浙江嘉兴豪企集成家居有限公司总投资10.3亿元的广元智能集成家居新型环保装饰材料产业园", companies=["浙江嘉兴豪企集成家居有限公司"], inv="10.3亿元", status="签约", status_text="集中签约落户"),
  proj("广元年产5万吨LM2铝合金锭材料生产项目", "广元经济技术开发区", "由浙江业盛新型材料有限公司总投资1.16亿元的广元年产5万吨LM2铝合金锭材料生产", companies=["浙江业盛新型材料有限公司"], inv="1.16亿元", status="签约", status_text="集中签约落户", aliases=["广元年产5万吨LM2铝合金锭材料生产"]),
  proj("广元市石盘市政基础设施及配套工程项目", "广元经济技术开发区", "由西安建工市政交通集团有限公司总投资14.85亿元的广元市石盘市政基础设施及配套工程项目", companies=["西安建工市政交通集团有限公司"], inv="14.85亿元", status="签约", status_text="集中签约落户", note="基础设施项目，非产业项目"),
 ],
 aggregate_facts=[
  fact("广元经济技术开发区", "park", "projects_signed", 4, "count", "现场签约4个项目", "2018年11月20日"),
  fact("广元经济技术开发区", "park", "signed_contract_value_cny", None, "cny", "总投资27.611亿元", "2018年11月20日"),
  fact("广元经济技术开发区2018年第四季度签约的3个产业项目", "project_group", "expected_output_value_cny", None, "cny", "预计可实现年产值27亿元,年税收5800万元", "全面投产后", kind="target"),
  fact("广元经济技术开发区2018年第四季度签约的3个产业项目", "project_group", "expected_tax_cny", None, "cny", "年税收5800万元", "全面投产后", kind="target", opt=True),
  fact("广元经济技术开发区2018年第四季度签约的3个产业项目", "project_group", "expected_jobs", 600, "persons", "提供就业岗位600个", "全面投产后", kind="target", opt=True),
  fact("广元经济技术开发区", "park", "year_established", 1992, "year", "广元经济技术开发区始建于1992年", "2018年", opt=True),
  fact("广元经济技术开发区", "park", "year_national_level", 2012, "year", "2012年升级为国家级开发区", "2018年", opt=True),
 ])

G["l04"] = dict(
 article=art("榆林高新区2024年二季度重点项目集中开工", "榆林日报（作者 吕晶）, 转载于 csjrw.cn", "2024-04-17", "day",
  "city daily item on a high-tech zone's quarterly mass start held in its industrial area: count and total, two named projects, the zone's full-year key-project plan by continuing/new and city-level subsets",
  "http://www.csjrw.cn/2024/0417/458196.html",
  "日期取页面“2024-04-17 18:34:51 来源:榆林日报 作者:吕晶”。已删：该日期来源行、三行图片文件名、“责任编辑:王轩”、“扫一扫分享本页”。榆横工业区是开工仪式地点，文中未明言其与高新区的隶属关系（parent 留空）。集中开工 → 开工。",
  "l04"),
 parks=[
  park("榆林高新区", "榆林", "陕西", "高新技术产业开发区", "近日,榆林高新区2024年二季度重点项目集中开工仪式在榆横工业区举行", aliases=["高新区", "园区"], note="文中“园区”“高新区”均指榆林高新区"),
  park("榆横工业区", "榆林", "陕西", "工业区", "榆林高新区2024年二季度重点项目集中开工仪式在榆横工业区举行", note="开工仪式举办地；与榆林高新区的关系文中未说明"),
 ],
 projects=[
  proj("速豹新能源重卡项目", "榆林高新区", "特别是速豹新能源重卡项目和氢能(制氢)示范项目的开工", status="开工", status_text="开工"),
  proj("氢能(制氢)示范项目", "榆林高新区", "特别是速豹新能源重卡项目和氢能(制氢)示范项目的开工", status="开工", status_text="开工"),
 ],
 aggregate_facts=[
  fact("榆林高新区", "park", "projects_started", 14, "count", "本次开工项目14个", "2024年二季度"),
  fact("榆林高新区", "park", "started_projects_investment_cny", None, "cny", "总投资32.97亿元。项目涵盖了创新驱动", "2024年二季度", note="本次开工14个项目的总投资"),
  fact("榆林高新区", "park", "key_projects_planned", 112, "count", "2024年,榆林高新区共安排重点建设项目112个", "2024年", kind="target"),
  fact("榆林高新区", "park", "key_projects_total_investment_cny", None, "cny", "总投资890.56亿元,年度计划投资244.29亿元", "2024年", kind="target"),
  fact("榆林高新区", "park", "annual_planned_investment_cny", None, "cny", "年度计划投资244.29亿元", "2024年", kind="target"),
  fact("榆林高新区（续建项目）", "park", "projects_count", 34, "count", "续建项目34个", "2024年", opt=True),
  fact("榆林高新区（续建项目）", "park", "total_investment_cny", None, "cny", "总投资413.00亿元,年度计划投资139.24亿元", "2024年", opt=True),
  fact("榆林高新区（新开工项目）", "park", "projects_count", 78, "count", "新开工项目78个", "2024年", kind="target"),
  fact("榆林高新区（新开工项目）", "park", "total_investment_cny", None, "cny", "总投资477.56亿元,年度计划投资105.05亿元", "2024年", kind="target"),
  fact("榆林高新区（新开工项目）", "park", "projects_started", 20, "count", "一、二季度共开工20个", "2024年一、二季度", kind="cumulative"),
  fact("榆林高新区（市级重点建设项目）", "park", "projects_count", 24, "count", "列入市级重点建设项目24个", "2024年", opt=True),
  fact("榆林高新区（市级重点建设项目）", "park", "total_investment_cny", None, "cny", "总投资525.62亿元,年度计划投资82.98亿元", "2024年", opt=True),
  fact("榆林高新区（市级重点新开工项目）", "park", "projects_started", 7, "count", "新开工项目13个,总投资194.18亿元,年度计划投资18.5亿元,一、二季度共开工7个", "2024年一、二季度", kind="cumulative", opt=True),
 ])

G["l05"] = dict(
 article=art("嘉善—庆元—九寨沟“飞地”产业园迎来 首批入驻项目", "阿坝日报（陈静 记者 夏姆）, 转载于 m.yybnet.net", "2019-11-18", "day",
  "prefecture daily item on a cross-province enclave industrial park's first tenant-signing ceremony: two joint-venture firms and their investment, park investment, area, phases, developer, expected per-mu sales and tax",
  "https://m.yybnet.net/news/china/201911/9888633.html",
  "日期取页面“阿坝日报 2019-11-18 10:56”（事件 11月8日；“去年11月8日开工”即2018年）。标题中的空格（“迎来 首批”）照录。已删：栏目路径“焦点> 今日国内> 正文”、日期行、页末“新闻推荐”及推荐文章摘要、“相关推荐”。同一园区的2018年动工报道已被 real15 b09 用过；本条是另一篇（首批入驻签约）。首批入驻两家企业合计总投资1.36亿元（无单项金额），记为一个合并项目；园区建设本身“总投资约2.6亿元”（去年开工、建设加快推进 → 在建）。",
  "l05"),
 parks=[
  park("嘉善—庆元—九寨沟“飞地”产业园", "嘉兴", "浙江", "飞地产业园（跨省跨县三地共建）", "嘉善—庆元—九寨沟“飞地”产业园首批项目入驻签约仪式在浙江省嘉兴市嘉善县大云镇举行", district="嘉善县", aliases=["产业园", "园区"], note="位于嘉善县大云镇；共建方为浙江庆元县、四川九寨沟县"),
 ],
 companies=[
  comp("嘉善富亿德塑胶有限公司", "嘉善—庆元—九寨沟“飞地”产业园", "嘉善富亿德塑胶有限公司和巨升(浙江)科技有限公司签约入驻"),
  comp("巨升(浙江)科技有限公司", "嘉善—庆元—九寨沟“飞地”产业园", "嘉善富亿德塑胶有限公司和巨升(浙江)科技有限公司签约入驻"),
  comp("九庆产业投资有限责任公司", "嘉善—庆元—九寨沟“飞地”产业园", "由九寨沟县和庆元县共同出资成立的九庆产业投资有限责任公司负责建设", note="园区建设主体（两县合资国有公司）"),
 ],
 projects=[
  proj("嘉善—庆元—九寨沟“飞地”产业园首批入驻项目", "嘉善—庆元—九寨沟“飞地”产业园", "这两家公司都是中外合资企业,总投资1.36亿元", companies=["嘉善富亿德塑胶有限公司", "巨升(浙江)科技有限公司"], inv="1.36亿元", status="签约", status_text="签约入驻", note="两家企业的入驻项目合计；单项金额文中未给"),
  proj("嘉善—庆元—九寨沟“飞地”产业园项目", "嘉善—庆元—九寨沟“飞地”产业园", "嘉善—庆元—九寨沟“飞地”产业园项目总投资约2.6亿元", companies=["九庆产业投资有限责任公司"], inv="2.6亿元", qual="约", status="在建", status_text="去年11月8日开工……在园区建设加快推进的同时", note="园区本身的建设项目，分三期"),
 ],
 aggregate_facts=[
  fact("嘉善—庆元—九寨沟“飞地”产业园", "park", "enterprises_signed", 2, "count", "嘉善富亿德塑胶有限公司和巨升(浙江)科技有限公司签约入驻", "2019年11月8日"),
  fact("嘉善—庆元—九寨沟“飞地”产业园", "park", "planned_area_mu", 73.6, "mu", "总规划面积73.6亩", "2019年11月"),
  fact("嘉善—庆元—九寨沟“飞地”产业园", "park", "construction_phases", 3, "count", "分三期建设", "2019年11月", opt=True),
  fact("嘉善—庆元—九寨沟“飞地”产业园", "park", "expected_sales_per_mu_cny", None, "cny", "预计亩均销售不低于600万元", "正式投产后", kind="target", qual="超", qtext="不低于", opt=True),
  fact("嘉善—庆元—九寨沟“飞地”产业园", "park", "expected_tax_per_mu_cny", None, "cny", "亩均税收不低于40万元", "正式投产后", kind="target", qual="超", qtext="不低于", opt=True),
 ])

G["l06"] = dict(
 article=art("（无标题）中山火炬开发区召开2023年工作总结暨2024年工作部署大会", "中山网 zsnews.cn 镇区栏（编辑 陈家浩）", "2024-01", "month",
  "city news-site item on a national high-tech zone's annual work conference: year's GDP, industrial value added and growth, signed projects and investment, awards, next year's tasks",
  "https://test.zsnews.cn/town/index/view/cateid/1202/id/721026.html",
  "页面未存标题（title 为编者概括）；网址无日期，事件 1月30日、内容为“2023年工作总结暨2024年工作部署” → 2024-01。已删：页末“编辑 陈家浩 二审 朱晖 三审 陈浩勤”。文中“火炬开发区”即中山火炬开发区（末句称其要打造“国家级高新区”）。“预计完成”的GDP记为 reported 并在 note 标明。",
  "l06", title_note="no headline stored; title made from the lead"),
 parks=[
  park("中山火炬开发区", "中山", "广东", "国家级高新区（火炬开发区）", "1月30日,中山火炬开发区召开2023年工作总结暨2024年工作部署大会", aliases=["火炬开发区"]),
 ],
 aggregate_facts=[
  fact("中山火炬开发区", "park", "gdp_cny", None, "cny", "全年地区生产总值预计完成531.48亿元,同比增长5.0%", "2023年", note="预计数"),
  fact("中山火炬开发区", "park", "gdp_growth_pct", 5.0, "%", "全年地区生产总值预计完成531.48亿元,同比增长5.0%", "2023年", kind="ratio", opt=True),
  fact("中山火炬开发区", "park", "industrial_value_added_above_scale_cny", None, "cny", "规上工业增加值完成343.64亿元,同比增长4.3%", "2023年"),
  fact("中山火炬开发区", "park", "industrial_value_added_growth_pct", 4.3, "%", "规上工业增加值完成343.64亿元,同比增长4.3%", "2023年", kind="ratio", opt=True),
  fact("中山火炬开发区", "park", "advanced_manufacturing_value_added_growth_pct", 11.7, "%", "先进制造业增加值同比增长11.7%", "2023年", kind="ratio", opt=True),
  fact("中山火炬开发区", "park", "high_tech_value_added_growth_pct", 7.6, "%", "高技术产业增加值同比增长7.6%", "2023年", kind="ratio", opt=True),
  fact("中山火炬开发区", "park", "projects_signed", 76, "count", "签约项目76个", "2023年"),
  fact("中山火炬开发区", "park", "signed_contract_value_cny", None, "cny", "投资总额超300亿元", "2023年", qual="超", qtext="超"),
  fact("中山火炬开发区", "park", "advanced_collectives_awarded", 96, "count", "12个类别共96个经济和科技工作先进集体进行表彰", "2024年1月30日", opt=True),
 ])

G["l07"] = dict(
 article=art("平坝赴佛山招商引资 签约8个项目总投资超23亿元", "安顺日报（记者 陈斌）数字报 asrbs.net 第01版", "2018-11-19", "day",
  "city daily front-page brief on a district's investment-promotion fair in another province: national high-tech zone and its parks promoted, eight signed projects (four named) and total",
  "http://asrbs.net/site1/asrb/html/2018-11/19/content_93018.htm",
  "日期取页面“2018年11月19日第01版”（事件 11月16日）。标题在存档中分两行（主题+副题），合为一行、中间一个空格。已删：日期版次行、“分享到:”、末行报名“安顺日报”。本页曾列为 real8 的备选（未用，不在任何 used 列表中）。签约项目文中未置于园区（park 留空）；推介的4个项目（含“安顺国家高新区医药产业园”“军民融合产业园”）只是推介，记为 planned 且 optional。",
  "l07"),
 parks=[
  park("安顺国家高新区", "安顺", "贵州", "国家高新技术产业开发区", "推介平坝区和安顺国家高新区的生态和发展环境", district="平坝区", note="文中只作“安顺国家高新区”"),
  park("安顺国家高新区医药产业园", "安顺", "贵州", "产业园（专业园）", "安顺国家高新区医药产业园、军民融合产业园和白水龙国际旅游度假村等4个项目", parent="安顺国家高新区", opt=True, note="作为推介项目出现"),
  park("军民融合产业园", "安顺", "贵州", "产业园", "安顺国家高新区医药产业园、军民融合产业园和白水龙国际旅游度假村等4个项目", opt=True, note="作为推介项目出现，所属园区文中未说明"),
 ],
 projects=[
  proj("贵州乾鼎航空叶片制造及装备项目", None, "共签订贵州乾鼎航空叶片制造及装备项目、华兴玻璃(二期)项目、平坝区千伯视力项目、平坝区圣济堂药业项目等8个投资项目", status="签约", status_text="共签订"),
  proj("华兴玻璃(二期)项目", None, "共签订贵州乾鼎航空叶片制造及装备项目、华兴玻璃(二期)项目、平坝区千伯视力项目、平坝区圣济堂药业项目等8个投资项目", status="签约", status_text="共签订", phase="二期"),
  proj("平坝区千伯视力项目", None, "共签订贵州乾鼎航空叶片制造及装备项目、华兴玻璃(二期)项目、平坝区千伯视力项目、平坝区圣济堂药业项目等8个投资项目", status="签约", status_text="共签订"),
  proj("平坝区圣济堂药业项目", None, "共签订贵州乾鼎航空叶片制造及装备项目、华兴玻璃(二期)项目、平坝区千伯视力项目、平坝区圣济堂药业项目等8个投资项目", status="签约", status_text="共签订"),
  proj("平坝通用机场", None, "重点推荐了平坝通用机场、安顺国家高新区医药产业园、军民融合产业园和白水龙国际旅游度假村等4个项目", status="planned", status_text="重点推荐", opt=True),
  proj("安顺国家高新区医药产业园", "安顺国家高新区", "重点推荐了平坝通用机场、安顺国家高新区医药产业园、军民融合产业园和白水龙国际旅游度假村等4个项目", status="planned", status_text="重点推荐", opt=True),
  proj("军民融合产业园", None, "重点推荐了平坝通用机场、安顺国家高新区医药产业园、军民融合产业园和白水龙国际旅游度假村等4个项目", status="planned", status_text="重点推荐", opt=True),
  proj("白水龙国际旅游度假村", None, "重点推荐了平坝通用机场、安顺国家高新区医药产业园、军民融合产业园和白水龙国际旅游度假村等4个项目", status="planned", status_text="重点推荐", opt=True),
 ],
 aggregate_facts=[
  fact("平坝区2018年佛山招商推介会", "region", "projects_signed", 8, "count", "等8个投资项目", "2018年11月16日"),
  fact("平坝区2018年佛山招商推介会", "region", "signed_contract_value_cny", None, "cny", "总投资23.42亿元", "2018年11月16日", note="标题作“总投资超23亿元”"),
  fact("平坝区2018年佛山招商推介会", "region", "projects_promoted", 4, "count", "白水龙国际旅游度假村等4个项目", "2018年11月16日", opt=True),
  fact("平坝区2018年佛山招商推介会", "region", "enterprises_attending", 60, "count", "珠三角60余家企业", "2018年11月16日", qual="余", qtext="余", opt=True),
 ])

G["l08"] = dict(
 article=art("（无标题）孝感2024年第四季度重大项目集中开工", "转载于 zbwmy.com（原出处未署）", "2025-02-13", "day",
  "city quarterly mass project start: the lead project (an optical-module smart-manufacturing park) started, counts and totals by size and ownership, the three central districts/zones' share, lead-industry and future-industry subsets",
  "http://www.zbwmy.com/162/168/2025/02/13/160195184.html",
  "页面未存标题（title 为编者概括）；日期取网址中的 2025/02/13（事件为“2024年第四季度”集中开工）。已删：页末“快捷阅读”。“孝南、高新、临空三区”中的“高新”“临空”指孝感高新区、孝感临空经济区，文中无全称，故这两个园区记为 optional；三区合计数的主体记为 park_group。华工正源项目未说明落在哪个园区（park 留空）。集中开工 → 开工。",
  "l08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("孝感高新区", "孝感", "湖北", "高新技术产业开发区", "孝南、高新、临空三区开工项目总投资301亿元", opt=True, note="文中只作“高新”（三区之一），全称为注释者补"),
  park("孝感临空经济区", "孝感", "湖北", "临空经济区", "孝南、高新、临空三区开工项目总投资301亿元", opt=True, note="文中只作“临空”（三区之一），全称为注释者补"),
 ],
 companies=[
  comp("华工正源", None, "总投资52亿元的华工正源年产2000万台智能制造产业园项目开工", note="只以项目名中的简称出现"),
 ],
 projects=[
  proj("华工正源年产2000万台智能制造产业园项目", None, "总投资52亿元的华工正源年产2000万台智能制造产业园项目开工", companies=["华工正源"], inv="52亿元", status="开工", status_text="开工"),
 ],
 aggregate_facts=[
  fact("孝感市2024年第四季度集中开工项目", "region", "projects_started", 218, "count", "此次新开工亿元以上项目218个", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目", "region", "total_investment_cny", None, "cny", "总投资1005亿元,年度计划投资134亿元", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目", "region", "annual_planned_investment_cny", None, "cny", "年度计划投资134亿元", "2024年", kind="target", opt=True),
  fact("孝感市2024年第四季度集中开工项目（过10亿元）", "region", "projects_started", 25, "count", "过10亿元项目25个", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目（过10亿元）", "region", "total_investment_cny", None, "cny", "总投资463亿元,民间投资项目130个", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目（民间投资）", "region", "projects_started", 130, "count", "民间投资项目130个", "2024年第四季度", opt=True),
  fact("孝感市2024年第四季度集中开工项目（民间投资）", "region", "total_investment_cny", None, "cny", "总投资628亿元。", "2024年第四季度", opt=True),
  fact("孝南、高新、临空三区", "park_group", "started_projects_investment_cny", None, "cny", "孝南、高新、临空三区开工项目总投资301亿元,占全市开工项目总投资的30%", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目（“4+2”主导产业）", "region", "projects_started", 128, "count", "此次集中开工“4+2”主导产业项目128个", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目（“4+2”主导产业）", "region", "total_investment_cny", None, "cny", "总投资615亿元,分别占全部开工项目的59%、61%", "2024年第四季度"),
  fact("孝感市2024年第四季度集中开工项目（未来产业）", "region", "projects_started", 16, "count", "生命健康类项目16个", "2024年第四季度", opt=True),
  fact("孝感市2024年第四季度集中开工项目（未来产业）", "region", "total_investment_cny", None, "cny", "总投资71亿元。", "2024年第四季度", opt=True),
 ])
