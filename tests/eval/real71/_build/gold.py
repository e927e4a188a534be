# real71 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county, town or city is not a park). Status from the text's words
# (签约 / 签约仪式…正式落户 → 签约; 正在加班加点推进项目建设 / 桩基作业正紧张推进 / 完成打桩施工 → 在建; 已完成工程竣工验收 → 竣工;
# 已基本投产 / 开园营业 / 并网发电 → 投产; 意向落地 → planned). “预计” / “预测” figures are kind target with “（预计）” in as_of;
# year-to-date counts (“今年以来”, “至目前”, “前三季度” new projects) are cumulative. A firm building a plant with no project
# named gets no invented project. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yoNN.raw as returned.

# ---------------------------------------------------------------- yo01 靖江国家级开发区 (中国江苏网 2019)
JJ = "靖江经济技术开发区"
A0 = "中国江苏网讯 7月25日,靖江经济技术开发区与湖南著名上市企业道道全粮油股份有限公司举行签约仪式,总投资约12亿元的油脂生产基地(靖江)项目正式落户"
A1 = "上半年,全区实现开票销售342.92亿元,同比增长18.23%"
A2 = "其中,开发区本部完成开票销售113.33亿元,同比增长34%"
A3 = "到6月底已完工交船17艘,实现开票销售41亿元,同比增长64%"
A4 = "国林木业上半年实现开票销售12亿元"
A5 = "此外,靖江特殊钢有限公司加入中信特钢集团后,加快做强做精步伐,上半年实现开票销售15.14亿元"
A6 = "靖江国信电厂上半年开票销售11.5亿元,保持稳定发展态势"
A7 = "木材产业加快融合发展,万林国际木材市场正式营运,南京林业大学靖江木业研究院技术研发平台成立"
ASA = "2019年上半年"
G["yo01"] = dict(
 article=art("靖江国家级开发区高质量发展动能澎湃", "中国江苏网（jsnews.jschina.com.cn，“来源:中国江苏网”；存段无署名）", "2019-08-07", "day",
  "Provincial news portal, Jiangsu: a county-level city's national economic and technological development zone at mid-year — a listed firm's project signed with its amount, the zone's and its core area's half-year invoiced sales and growth, four named firms with half-year invoiced sales (one with growth, orders and ships delivered)",
  "http://jsnews.jschina.com.cn/hxms/201908/t20190807_2364066.shtml",
  "日期取页面“2019-08-07 07:14:00 来源:中国江苏网”。标题照录；图片文件名、日期来源行、“1”“听新闻”已删。存段在第四段“智能重装产业园…已引入设计、制造、物流、安装、服务等产业链协”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…为高质量发展注入新动能。”，共四段。园区：靖江经济技术开发区（文中又作“靖江国家级经济技术开发区”“靖江开发区”，标题作“靖江国家级开发区”；泰州市代管的靖江市，江苏）。“开发区本部”为开发区核心区块，不另列园区；其开票销售记为开发区的可选事实。“万林国际木材市场”为市场，列可选公司。项目：油脂生产基地(靖江)项目（又作“道道全油脂生产基地靖江项目”），签约仪式后“正式落户”→签约，“总投资约12亿元”→约。公司：道道全粮油股份有限公司（湖南上市企业，项目落户开发区，园区记开发区）；江苏新时代造船公司、国林木业、靖江特殊钢有限公司、靖江国信电厂（开发区临江产业，均在园）；中信特钢集团（靖江特钢加入的集团，可选，park null）。机构：南京林业大学靖江木业研究院（研发平台成立，可选）、南京林业大学（“南林大”，可选）。事实：开发区上半年开票销售342.92亿元（“全区”指开发区全区）及增速；本部113.33亿元及增速（可选）；四家企业上半年开票销售；新时代造船增速64%、交船17艘、手持订单51艘（可选）。",
  "yo01"),
 parks=[
  park(JJ, "泰州", "江苏", "国家级经济技术开发区", A0, district="靖江市",
       aliases=["靖江国家级经济技术开发区", "靖江开发区", "靖江国家级开发区"], note="标题作“靖江国家级开发区”；文中又作“全区”“开发区本部”（核心区块）"),
 ],
 companies=[
  comp("道道全粮油股份有限公司", JJ, A0, note="湖南上市企业；油脂生产基地项目签约落户开发区"),
  comp("江苏新时代造船公司", JJ, "船舶产业尤为抢眼,江苏新时代造船公司积极承接国际订单,目前手持订单51艘计828万载重吨", note="开发区临江船舶产业"),
  comp("国林木业", JJ, A4, note="开发区木材产业"),
  comp("靖江特殊钢有限公司", JJ, A5, note="已加入中信特钢集团"),
  comp("靖江国信电厂", JJ, A6),
  comp("中信特钢集团", None, A5, opt=True, note="靖江特钢加入的集团"),
  comp("万林国际木材市场", JJ, A7, kind="market", opt=True, note="木材市场正式营运"),
 ],
 institutions=[
  inst("南京林业大学靖江木业研究院", A7, kind="research institute", park=JJ, note="技术研发平台成立"),
  inst("南京林业大学", A7, kind="university", note="文中又作“南林大”"),
 ],
 projects=[
  proj("油脂生产基地(靖江)项目", JJ, A0, companies=["道道全粮油股份有限公司"], inv="总投资约12亿元", qual="约", qual_text="约",
       status="签约", status_text="举行签约仪式…正式落户", aliases=["道道全油脂生产基地靖江项目"], note="7月25日签约"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "invoiced_sales_cny", 3.4292e10, "cny", A1, ASA, chk=True, note="开票销售；“全区”"),
  fact(JJ, "park", "invoiced_sales_yoy_growth", 0.1823, "ratio", A1, ASA, kind="ratio"),
  fact(JJ, "park", "core_area_invoiced_sales_cny", 1.1333e10, "cny", A2, ASA, opt=True, chk=True, note="开发区本部"),
  fact(JJ, "park", "core_area_invoiced_sales_yoy_growth", 0.34, "ratio", A2, ASA, kind="ratio", opt=True, note="开发区本部"),
  fact("江苏新时代造船公司", "company", "invoiced_sales_cny", 4.1e9, "cny", A3, "2019年1–6月", chk=True),
  fact("江苏新时代造船公司", "company", "invoiced_sales_yoy_growth", 0.64, "ratio", A3, "2019年1–6月", kind="ratio"),
  fact("江苏新时代造船公司", "company", "ships_delivered", 17, "count", A3, "2019年1–6月", opt=True),
  fact("江苏新时代造船公司", "company", "ships_on_order", 51, "count", "目前手持订单51艘计828万载重吨", "2019年7月", opt=True),
  fact("国林木业", "company", "invoiced_sales_cny", 1.2e9, "cny", A4, ASA, chk=True),
  fact("靖江特殊钢有限公司", "company", "invoiced_sales_cny", 1.514e9, "cny", A5, ASA, chk=True),
  fact("靖江国信电厂", "company", "invoiced_sales_cny", 1.15e9, "cny", A6, ASA, chk=True),
 ])

# ---------------------------------------------------------------- yo02 杭州湾新区冲刺工业千亿级方阵 (宁波日报 2014)
HZ = "杭州湾新区"
B0 = "前三季度,新开工项目18个,新投产企业35家"
B1 = "据新区经发局预测,今年前三季度新区主要经济指标增幅均超过20%"
B2 = "其中,实现工业总产值688.4亿元,同比增长25.1%"
B3 = "在上海大众宁波分公司扩建项目和华强·中华复兴文化园项目现场,施工人员正在加班加点推进项目建设"
B4 = "据介绍,上海大众扩建及二期项目四大车间中的冲压车间桩基工程、油漆车间工程桩已经完成"
B5 = "华强项目已完成投资超过1.6亿元,园区桩基工程完成80%"
B6 = "除此之外,产业板块慈星电脑横机、屹丰冲压件等31个工业项目投资超亿元"
B7 = "服务业板块钓鱼台·美高梅中国假期项目顺利推进,投资12亿元打造的世纪金源·梦幻欢乐水世界已经开园营业"
B8 = "上海大众一分钟以内即可下线一辆整车,年产值预计超过200亿元"
ASB = "2014年1–9月（预计）"
G["yo02"] = dict(
 article=art("杭州湾新区冲刺工业千亿级方阵 前三季度主要经济指标增幅均超20%", "宁波日报（记者黄程，杭州湾新区记者站袁红薇），daily.cnnb.com.cn 数字报 A1版", "2014-10-15", "day",
  "City daily's front page, Zhejiang: a new area's first-three-quarters review — projects started and firms put into production, the zone's forecast output, investment and revenue with growth, an automaker's expected output, two projects under construction (one with investment completed), industrial projects over 100 million, a water park opened with its investment",
  "http://daily.cnnb.com.cn/nbrb/html/2014-10/15/content_803551.htm?div=-1",
  "日期取数字报“2014年10月15日 星期三”（A1版）。标题两行（主题“杭州湾新区冲刺工业千亿级方阵”、副题“前三季度主要经济指标增幅均超20%”）以空格连成一行；版面导航行已删。存段四段，末段为引语，以“…已经开园营业。”结束（原文是否还有后文不详）。园区：杭州湾新区（宁波杭州湾新区，浙江宁波；文中又作“新区”，kind 记“新区”）。“吉利汽车…其杭州湾制造基地”为企业基地，不列项目。事实：前三季度新开工项目18个、新投产企业35家（cumulative）；“据新区经发局预测”的前三季度工业总产值688.4亿元、规上工业产值537.1亿元、固定资产投资205.1亿元、财政总收入46.69亿元及增速为预测数（kind target，as_of 注“预计”）；年度工业产值超千亿元目标（target，可选）。公司：上海大众宁波分公司（文中又作“上海大众”，年产值预计超过200亿元，target）；吉利汽车（杭州湾制造基地满负荷运行）。项目：上海大众宁波分公司扩建项目（又作“上海大众扩建及二期项目”，在建）；华强·中华复兴文化园项目（又作“华强项目”，在建；“已完成投资超过1.6亿元”是已完成投资，不作总投资，记为项目事实）；钓鱼台·美高梅中国假期项目（“顺利推进”→在建）；世纪金源·梦幻欢乐水世界（“投资12亿元打造”，“已经开园营业”→投产）；慈星电脑横机、屹丰冲压件（“31个工业项目投资超亿元”中的两个，区间不作投资额，无状态，可选）。华强、慈星、屹丰、世纪金源只在项目名中，列可选公司。",
  "yo02"),
 parks=[
  park(HZ, "宁波", "浙江", "新区", "杭州湾新区冲刺工业千亿级方阵 前三季度主要经济指标增幅均超20%",
       note="宁波杭州湾新区；文中又作“新区”"),
 ],
 companies=[
  comp("上海大众宁波分公司", HZ, B3, aliases=["上海大众"], note="扩建及二期项目在建；年产值预计超过200亿元"),
  comp("吉利汽车", HZ, "吉利汽车自发布新帝豪以来,市场反应火热,其杭州湾制造基地目前满负荷运行", note="杭州湾制造基地"),
  comp("华强", HZ, "上海大众和华强,一个是新区新兴产业的代表", opt=True, note="华强·中华复兴文化园项目方"),
  comp("慈星", HZ, B6, opt=True, note="只在项目名中"),
  comp("屹丰", HZ, B6, opt=True, note="只在项目名中"),
  comp("世纪金源", HZ, B7, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("新区经发局", B1, note="杭州湾新区经济发展局", park=HZ),
 ],
 projects=[
  proj("上海大众宁波分公司扩建项目", HZ, B3, companies=["上海大众宁波分公司"], status="在建", status_text="正在加班加点推进项目建设",
       aliases=["上海大众扩建及二期项目"], note="冲压车间桩基工程、油漆车间工程桩已完成"),
  proj("华强·中华复兴文化园项目", HZ, B3, companies=["华强"], status="在建", status_text="正在加班加点推进项目建设",
       aliases=["华强项目"], note="已完成投资超过1.6亿元（非总投资）；园区桩基工程完成80%"),
  proj("钓鱼台·美高梅中国假期项目", HZ, B7, status="在建", status_text="顺利推进", note="服务业板块"),
  proj("世纪金源·梦幻欢乐水世界", HZ, B7, companies=["世纪金源"], inv="投资12亿元", status="投产", status_text="已经开园营业", note="服务业项目，已开园营业"),
  proj("慈星电脑横机", HZ, B6, companies=["慈星"], opt=True, note="31个投资超亿元工业项目之一；区间不作投资额"),
  proj("屹丰冲压件", HZ, B6, companies=["屹丰"], opt=True, note="31个投资超亿元工业项目之一；区间不作投资额"),
 ],
 aggregate_facts=[
  fact(HZ, "park", "projects_started", 18, "count", B0, "2014年1–9月", kind="cumulative"),
  fact(HZ, "park", "new_firms_in_production", 35, "count", B0, "2014年1–9月", kind="cumulative", note="新投产企业"),
  fact(HZ, "park", "industrial_output_cny", 6.884e10, "cny", B2, ASB, kind="target", chk=True, note="经发局预测数"),
  fact(HZ, "park", "industrial_output_yoy_growth", 0.251, "ratio", B2, ASB, kind="ratio", note="预测数"),
  fact(HZ, "park", "industrial_output_above_scale_cny", 5.371e10, "cny", "规上工业产值537.1亿元,同比增长27.3%", ASB, kind="target", chk=True, note="预测数"),
  fact(HZ, "park", "industrial_output_above_scale_yoy_growth", 0.273, "ratio", "规上工业产值537.1亿元,同比增长27.3%", ASB, kind="ratio", opt=True),
  fact(HZ, "park", "fixed_asset_investment_cny", 2.051e10, "cny", "完成固定资产投资205.1亿元,同比增长22%", ASB, kind="target", chk=True, note="预测数"),
  fact(HZ, "park", "fixed_asset_investment_yoy_growth", 0.22, "ratio", "完成固定资产投资205.1亿元,同比增长22%", ASB, kind="ratio", opt=True),
  fact(HZ, "park", "fiscal_revenue_cny", 4.669e9, "cny", "完成财政总收入46.69亿元,同比增长45.7%", ASB, kind="target", chk=True, note="财政总收入；预测数"),
  fact(HZ, "park", "fiscal_revenue_yoy_growth", 0.457, "ratio", "完成财政总收入46.69亿元,同比增长45.7%", ASB, kind="ratio", opt=True),
  fact(HZ, "park", "annual_industrial_output_target_cny", 1e11, "cny", "推动着新区向年度工业产值超千亿元的目标发起最后冲刺", "2014年全年（目标）",
       kind="target", qual="超", qtext="超", opt=True, note="“超千亿元”"),
  fact(HZ, "park", "industrial_projects_over_100m", 31, "count", B6, "2014年10月", opt=True),
  fact("上海大众宁波分公司", "company", "expected_annual_output_cny", 2e10, "cny", B8, "达产年产值（预计）", kind="target", qual="超", qtext="超过", chk=True),
  fact("华强·中华复兴文化园项目", "project", "investment_completed_cny", 1.6e8, "cny", B5, "2014年10月", kind="cumulative", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- yo03 瑞安“十大百亿”标志性项目集中开竣工 (温州日报 2021)
RA = "瑞安经济开发区"
C0 = "近日,瑞安在经济开发区举行“十大百亿”标志性项目集中开竣工仪式暨省级智控装备特色小镇创建"
C1 = "此次开竣工项目分化工新材料产业链项目、汽车关键零部件项目、智能成套机械产业项目等十大类共45个,总投资超200亿元"
C2 = "其中开工项目9个,竣工项目15个,结顶项目21个"
C3 = "20亿元以上项目4个,5亿元以上项目12个,亿元以上项目37个"
C4 = "作为十大项目之一,化工新材料产业链项目涵盖了华峰新材料、新力新材料、万隆化工等6家化工龙头企业"
C5 = "“华峰新材料化工园区已基本投产,预计其他项目年底也可投达产,届时,将建成温州领衔的两大化工园区之一。”瑞安经济开发区相关负责人称"
C6 = "国土空间治理出城入园承接基地项目,是此次开竣工的亮点"
C7 = "8个项目,总投资48亿元、总占地1077亩,目前大部分已结顶和竣工,可承接城区老工业区产业转移,助力城市有机更新"
C8 = "在开竣工仪式现场,浙江名瑞机械有限公司董事长林铭杰说,企业项目从开工到全部结顶,仅用了8个月,预计今年年底企业就可以搬入新厂房"
ASC = "2021年8月初（开竣工仪式时）"
G["yo03"] = dict(
 article=art("瑞安“十大百亿”标志性项目集中开竣工", "温州日报，载于温州市投资促进局网站 tzcjj.wenzhou.gov.cn（“工作动态 > 各地动态”，来源:温州日报；存段无署名）", "2021-08-03", "day",
  "City daily relayed by a municipal investment-promotion site, Zhejiang: a county-level city's groundbreaking-and-completion ceremony held in its economic development zone — 45 projects by stage and size, a chemical-materials project group with named firms and a chemical park in production, a government-built factory base (8 projects, amount, area, mostly topped out or completed), a machinery firm's plant topped out",
  "http://tzcjj.wenzhou.gov.cn/art/2021/8/3/art_1220532_58917377.html",
  "日期取页面“时间:2021-08-03 09:54:06 来源:温州日报”（仪式“近日”举行）。标题照录；网站导航与时间来源行已删。存段末段“据了解,今年以来,瑞安经济开发区坚持…清单管理、挂图作战,1月至6月份”在句中中断，整段删去，正文截至“…从新基地发往全球。”，共五段。园区：瑞安经济开发区（温州市代管的瑞安市，浙江；文中首见作“经济开发区”）；“华峰新材料化工园区”（已基本投产，推定在开发区内，可选园区，兼列可选项目）；“省级智控装备特色小镇”（创建中的特色小镇，可选）。45个项目是“瑞安”的项目，仪式在开发区举行，但文中未说都在开发区内，计数与总投资记于地区“瑞安”（region）。项目：化工新材料产业链项目（十大项目之一，含华峰新材料、新力新材料、万隆化工等6家；开发区负责人就其表态，园区记开发区，由语境推断；整体状态未说）；国土空间治理出城入园承接基地项目（8个项目、总投资48亿元、占地1077亩，“大部分已结顶和竣工”→在建，status_alt 竣工；园区未说，park null）。浙江名瑞机械有限公司的项目未写名称，只列公司（园区未说）。",
  "yo03"),
 parks=[
  park(RA, "温州", "浙江", "经济开发区", C5, district="瑞安市", note="文中首见作“经济开发区”（“瑞安在经济开发区举行…”）"),
  park("华峰新材料化工园区", "温州", "浙江", "化工园区", C5, district="瑞安市", parent=RA, opt=True, note="已基本投产；母园区由语境推定"),
  park("省级智控装备特色小镇", "温州", "浙江", "特色小镇", C0, district="瑞安市", opt=True, note="创建中"),
 ],
 companies=[
  comp("华峰新材料", RA, C4, note="化工新材料产业链项目企业；位置由语境推断"),
  comp("新力新材料", RA, C4, note="同上"),
  comp("万隆化工", RA, C4, note="同上"),
  comp("浙江名瑞机械有限公司", None, C8, note="项目已全部结顶，年底搬入新厂房；园区未说"),
 ],
 projects=[
  proj("化工新材料产业链项目", RA, C4, companies=["华峰新材料", "新力新材料", "万隆化工"], note="十大项目之一，6家化工龙头企业；整体状态未说"),
  proj("华峰新材料化工园区", RA, C5, companies=["华峰新材料"], status="投产", status_text="已基本投产", opt=True, note="兼列可选园区"),
  proj("国土空间治理出城入园承接基地项目", None, C7,
       inv="总投资48亿元", status="在建", status_text="大部分已结顶和竣工", status_alt="竣工", note="8个项目；政府投资建厂房作孵化器；园区未说"),
 ],
 aggregate_facts=[
  fact("瑞安", "region", "projects_started_or_completed", 45, "count", C1, ASC, note="集中开竣工项目（开工、竣工、结顶）"),
  fact("瑞安", "region", "started_completed_projects_investment_cny", 2e10, "cny", C1, ASC, qual="超", qtext="超", chk=True),
  fact("瑞安", "region", "projects_started", 9, "count", C2, ASC),
  fact("瑞安", "region", "projects_completed", 15, "count", C2, ASC),
  fact("瑞安", "region", "projects_topped_out", 21, "count", C2, ASC),
  fact("瑞安", "region", "projects_over_2bn", 4, "count", C3, ASC, opt=True),
  fact("瑞安", "region", "projects_over_500m", 12, "count", C3, ASC, opt=True),
  fact("瑞安", "region", "projects_over_100m", 37, "count", C3, ASC, opt=True),
  fact("化工新材料产业链项目", "project", "firms", 6, "count", C4, ASC, opt=True),
  fact("国土空间治理出城入园承接基地项目", "project", "sub_projects", 8, "count", C7, ASC, opt=True),
  fact("国土空间治理出城入园承接基地项目", "project", "site_area_mu", 1077, "mu", C7, ASC, opt=True),
 ])

# ---------------------------------------------------------------- yo04 启东 projects at year end (南通日报 2025)
QD = "启东生命健康产业园"
D0 = "启东生命健康产业园内的东进电子年产8000吨半导体稀释剂改造项目现场,桩基作业正紧张推进"
D1 = "东进电子材料(启东)有限公司是一家外商独资企业,此次改造项目新增用地12913平方米,总投资5000万元"
D2 = "项目建成达产后,预计新增销售收入6000万元、净利润1250万元"
D3 = "位于启东市吕四港镇的江苏宏留科技有限公司金属工艺品及钛制品制造项目现场,机械臂挥舞、车辆穿梭,工人们有序作业,一派紧张繁忙的施工景象"
D4 = "连日来,位于南阳镇的南通恒威电子科技有限公司项目现场正加班加点推进内部施工,地面铺设、管线布设等工序"
D5 = "本报讯 (记者 黄海)岁末将至,启东市东海镇上成金属科技有限公司内,一派繁忙景象"
ASD = "2025年12月"
G["yo04"] = dict(
 article=art("（无标题）启东各区镇年末冲刺项目建设：启东生命健康产业园东进电子改造项目等", "南通日报（记者 黄海），ntrb.com.cn", "2025-12-15", "day",
  "City daily, Jiangsu: a county-level city's year-end project drive — a foreign-owned firm's upgrade project in a life-health industrial park with amount, land, expected sales and profit, under piling; firms' projects in towns under construction or completed, a firm's sales-growth expectation",
  "https://www.ntrb.com.cn/content/2025-12/15/content_36782544.htm",
  "日期取网址 content/2025-12/15。存段无标题行（title 为编者概括）。存段在末段“恒威电子项目总投资1”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…目前正在加快内部装修。”，共六段。园区：启东生命健康产业园（南通市代管的启东市，江苏）。东海镇、吕四港镇、南阳镇为镇，不列园区；其中企业 park null。项目：东进电子年产8000吨半导体稀释剂改造项目（在园；“桩基作业正紧张推进”→在建；“总投资5000万元”；新增用地12913平方米；达产后预计新增销售收入6000万元、净利润1250万元——target，记于项目）；江苏宏留科技有限公司金属工艺品及钛制品制造项目（吕四港镇，已完成打桩、部分区域正负零→在建）；南通恒威电子科技有限公司项目（南阳镇，“已顺利完成工程竣工验收”→竣工；总投资在中断处，不记）。上成金属科技有限公司（东海镇）“今年应税销售再增长5%以上”为企业负责人的预期（target，可选）；“第三期工程规划图纸”未成项目，不列。",
  "yo04"),
 parks=[
  park(QD, "南通", "江苏", "产业园", D0, district="启东市", note="文中又作“园区”"),
 ],
 companies=[
  comp("东进电子材料(启东)有限公司", QD, D1, aliases=["东进电子"], note="外商独资企业"),
  comp("上成金属科技有限公司", None, D5, note="启东市东海镇（镇，不是园区）"),
  comp("江苏宏留科技有限公司", None, D3, note="启东市吕四港镇"),
  comp("南通恒威电子科技有限公司", None, D4, aliases=["恒威电子"], note="南阳镇"),
 ],
 projects=[
  proj("东进电子年产8000吨半导体稀释剂改造项目", QD, D1, companies=["东进电子材料(启东)有限公司"], inv="总投资5000万元",
       status="在建", status_text="桩基作业正紧张推进", aliases=["东进电子改造项目"], note="今年7月启动；园区两个月解决用地问题"),
  proj("江苏宏留科技有限公司金属工艺品及钛制品制造项目", None, D3, companies=["江苏宏留科技有限公司"], status="在建",
       status_text="已顺利完成打桩施工,部分区域实现正负零工程节点", aliases=["金属工艺品及钛制品制造项目"], note="吕四港镇"),
  proj("南通恒威电子科技有限公司项目", None, "该项目已顺利完成工程竣工验收,目前正在加快内部装修", companies=["南通恒威电子科技有限公司"],
       status="竣工", status_text="已顺利完成工程竣工验收", note="南阳镇；总投资在存段中断处，不记"),
 ],
 aggregate_facts=[
  fact("东进电子年产8000吨半导体稀释剂改造项目", "project", "expected_new_sales_cny", 6e7, "cny", D2, "达产后（预计）", kind="target", chk=True, note="新增销售收入"),
  fact("东进电子年产8000吨半导体稀释剂改造项目", "project", "expected_new_net_profit_cny", 1.25e7, "cny", "净利润1250万元", "达产后（预计）", kind="target", chk=True),
  fact("东进电子年产8000吨半导体稀释剂改造项目", "project", "site_area_m2", 12913, "m2", D1, ASD, opt=True, note="新增用地"),
  fact("上成金属科技有限公司", "company", "taxable_sales_yoy_growth", 0.05, "ratio", "更承载着他对今年应税销售再增长5%以上的信心", "2025年全年（预计）",
       kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- yo05 嵊州 高新园区(三界镇) (嵊州新闻网 2020)
SJ = "高新园区(三界镇)"
LH = "临杭产业园"
E0 = "近日,位于高新园区(三界镇)临杭产业园的浙江恒其科技有限公司厂房内一派忙碌,一条全新的自动化生产线正在试运行"
E1 = "至目前,共出让土地302.96亩;已落地亿元以上项目2个,总投资4.03亿元;已签约项目9个,总投资25.58亿元;实到市外境内资金4.55亿元,同比增长80.56%"
ASE = "2020年1月至8月初"
G["yo05"] = dict(
 article=art("高新园区(三界镇)奏响高质量发展“最强音”", "嵊州新闻网（sznews.zjol.com.cn，“来源:嵊州新闻网-今日嵊州 作者:记者 闾高桥”）", "2020-08-04", "day",
  "County news site, Zhejiang: a county high-tech park merged with a town — a firm that moved in from Xiaoshan on trial production in a sub-park with its planned capacity and expected annual sales, the park's land sold, projects landed and signed with their investment, capital attracted",
  "https://sznews.zjol.com.cn/sznews/system/2020/08/04/032652539.shtml",
  "日期取页面“2020年08月04日09:44:00”。标题照录；网站导航、来源作者行与图注“资料图”已删；小标题“平台能级不断提升 项目建设如火如荼”作一段保留。存段末段（党工委书记裘庆军的引语）在“全力打造首位”处中断，整段删去，正文截至“…同比增长80.56%。”，共三段。园区：高新园区(三界镇)（嵊州高新园区与三界镇合署，文中均作“高新园区(三界镇)”；绍兴市代管的嵊州市，浙江）；临杭产业园（位于高新园区(三界镇)，parent）。公司：浙江恒其科技有限公司（又作“恒其科技”，去年从萧山落户临杭产业园，新生产线试运行，投产后年销售收入1.5亿元——target）；未写项目名，不另列项目。事实：今年以来至目前出让土地302.96亩、落地亿元以上项目2个（总投资4.03亿元）、签约项目9个（总投资25.58亿元）、实到市外境内资金4.55亿元及增速（cumulative）。",
  "yo05"),
 parks=[
  park(SJ, "绍兴", "浙江", "高新园区", E0, district="嵊州市", note="嵊州高新园区，与三界镇合署"),
  park(LH, "绍兴", "浙江", "产业园", E0, district="嵊州市", parent=SJ),
 ],
 companies=[
  comp("浙江恒其科技有限公司", LH, E0, aliases=["恒其科技"], note="去年从萧山落户；新自动化生产线试运行"),
 ],
 projects=[],
 aggregate_facts=[
  fact("浙江恒其科技有限公司", "company", "expected_annual_sales_cny", 1.5e8, "cny", "实现年销售收入1.5亿元", "投产后（预期）", kind="target", chk=True),
  fact(SJ, "park", "land_sold_mu", 302.96, "mu", E1, ASE, kind="cumulative"),
  fact(SJ, "park", "projects_landed", 2, "count", "已落地亿元以上项目2个,总投资4.03亿元", ASE, kind="cumulative", note="亿元以上项目"),
  fact(SJ, "park", "projects_landed_investment_cny", 4.03e8, "cny", "已落地亿元以上项目2个,总投资4.03亿元", ASE, kind="cumulative", chk=True),
  fact(SJ, "park", "projects_signed", 9, "count", "已签约项目9个,总投资25.58亿元", ASE, kind="cumulative"),
  fact(SJ, "park", "signed_investment_cny", 2.558e9, "cny", "已签约项目9个,总投资25.58亿元", ASE, kind="cumulative", chk=True),
  fact(SJ, "park", "investment_attracted_cny", 4.55e8, "cny", "实到市外境内资金4.55亿元,同比增长80.56%", ASE, kind="cumulative", chk=True, note="实到市外境内资金"),
  fact(SJ, "park", "investment_attracted_yoy_growth", 0.8056, "ratio", "实到市外境内资金4.55亿元,同比增长80.56%", ASE, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yo06 桐乡经济开发区 (桐乡新闻网 via investchn 2023)
TX = "桐乡经济开发区"
F0 = "以全市12%的土地、12%的人口,汇集了超千家制造业企业,创造了全市1/3的工业产值、40%的工业投资、50%的外资"
F1 = "“今年企业销售总额预计可达1亿元。”走进法罗电力(浙江)有限公司的生产车间,扑面而来的是十足的干劲"
F2 = "抢抓“双碳”发展机遇,法罗电力上马年产能超4GWh的储能电池模组生产线和年产能超5GW的大功率储能变流器生产线"
ASF = "2023年11月"
G["yo06"] = dict(
 article=art("桐乡这个“区”,明年要起飞了", "桐乡新闻网，载于中国投资促进网 investchn.com（“开发区新闻 > 嘉兴”，发布开发区:浙江桐乡经济开发区；存段无署名）", "2023-12-01", "day",
  "County news site relayed by an investment-promotion portal, Zhejiang: a county-level city's economic development zone during a party secretary's survey — the zone's shares of the city's land, population, output, industrial investment and foreign capital, more than a thousand manufacturers, an energy-storage firm's new lines and expected sales, a toy maker",
  "https://investchn.com/index.php/home/news/detail/id/443688.html",
  "日期取页面“发布时间:2023-12-01 来源:桐乡新闻网”（调研在11月30日）。标题照录；网站口号、位置导航与发布时间行已删。存段在“励志做“中国乐高”的佳教,这两年以近百款新品开发速度迎头赶上,今年更是直接将”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“红火的还有浙江佳教控股集团有限公司。”，共十二段。园区：桐乡经济开发区（嘉兴市代管的桐乡市，浙江；页面又注“浙江桐乡经济开发区”，在已删的发布行中）。事实：开发区占全市土地12%、人口12%（可选），超千家制造业企业（超），占全市工业产值1/3、工业投资40%、外资50%（ratio，as_of 报道时）。公司：法罗电力(浙江)有限公司（又作“法罗电力”，今年销售总额预计1亿元——target；储能电池模组线年产能超4GWh、储能变流器线超5GW——可选）；浙江佳教控股集团有限公司（在开发区，句子在其后中断）。法罗电力“上马”生产线未写项目名，不另列项目。市领导不列。",
  "yo06"),
 parks=[
  park(TX, "嘉兴", "浙江", "经济开发区", "这里,是桐乡经济开发区。", district="桐乡市", note="文中又作“区”“区块”"),
 ],
 companies=[
  comp("法罗电力(浙江)有限公司", TX, F1, aliases=["法罗电力"], note="储能电池模组与储能变流器"),
  comp("浙江佳教控股集团有限公司", TX, "红火的还有浙江佳教控股集团有限公司。", note="存段在其介绍处中断"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TX, "park", "manufacturing_firms", 1000, "count", F0, ASF, qual="超", qtext="超"),
  fact(TX, "park", "share_of_city_industrial_output", 0.3333, "ratio", F0, ASF, kind="ratio", note="1/3"),
  fact(TX, "park", "share_of_city_industrial_investment", 0.40, "ratio", F0, ASF, kind="ratio"),
  fact(TX, "park", "share_of_city_foreign_investment", 0.50, "ratio", F0, ASF, kind="ratio"),
  fact(TX, "park", "share_of_city_land", 0.12, "ratio", F0, ASF, kind="ratio", opt=True),
  fact(TX, "park", "share_of_city_population", 0.12, "ratio", F0, ASF, kind="ratio", opt=True),
  fact("法罗电力(浙江)有限公司", "company", "expected_annual_sales_cny", 1e8, "cny", "今年企业销售总额预计可达1亿元", "2023年全年（预计）", kind="target", chk=True),
  fact("法罗电力(浙江)有限公司", "company", "battery_module_capacity_gwh", 4, "GWh", F2, ASF, qual="超", qtext="超", opt=True),
  fact("法罗电力(浙江)有限公司", "company", "energy_storage_converter_capacity_gw", 5, "GW", F2, ASF, qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- yo07 温州经开区召开经济高质量发展大会 (law01 relay 2022)
WZ = "温州经开区"
H0 = "引进亿元以上产业项目11个,其中签约10亿元以上制造业项目5个、超50亿元制造业项目1个,2000亩瑞浦新能源项目意向落地"
H1 = "总投资11亿元的万华不锈钢项目2020年通过招商引资入驻经开区,预计5月份投产后年产值达20亿元"
H2 = "2021年,经开区新增市场主体同比增长10%,企业“净升规”84家,新增企业上市报会3家,产值超亿元企业达131家"
H3 = "奔腾激光3万瓦高功率激光切割机入选“国际首台(套)”"
H4 = "入选全国民营200强企业4家、国家级专精特新“小巨人”3家、市级“两型”工业企业36家"
H5 = "通过深化“腾笼换鸟、凤凰涅槃”行动,整治高耗低效企业161家,规上亩均税收同比增长19.8%"
AS7 = "2021年"
G["yo07"] = dict(
 article=art("温州经开区召开经济高质量发展大会", "law01.net（“新闻 > 国内”栏转载；来源栏空白，原发媒体与署名未注明）", "2022-02-19", "day",
  "News aggregator relaying a local item, Zhejiang: a national economic and technological development zone's annual meeting — the zone's 2021 growth and output, projects introduced and signed by size, an intended battery project, firm counts, a stainless-steel project with amount and expected production and output, a fish-solar plant connected to the grid",
  "http://law01.net/news/guonei/202202/t20220219_9961.shtml",
  "日期取页面“发布时间:2022-02-19 11:22:36”（大会在2月18日）；来源栏空白。标题照录；栏目导航已删。存段末段“2022年是温州经济技术开发区成立30周年,经开区将…力争一季”在句中中断，整段删去（开发区全称“温州经济技术开发区”只在该段，故不在正文中），正文截至“…相关不锈钢新材料配套企业快速跟进。”，共四段。园区：温州经开区（文中又作“经开区”；温州，浙江）。事实均为2021年全年（reported）：核心区GDP增长8.9%、规上工业总产值“首次突破600亿元”（超）、规上工业增加值增长13.7%、引进亿元以上产业项目11个、签约10亿元以上制造业项目5个、超50亿元1个、“净升规”84家、产值超亿元企业131家等。项目：万华不锈钢项目（总投资11亿元，2020年入驻，“拿地即开工”，预计5月投产→在建；投产后年产值20亿元——target）；瑞浦新能源项目（2000亩，“意向落地”→planned）；550兆瓦渔光互补（“顺利并网发电”→投产，园区由语境推定）。公司：奔腾激光（激光切割机入选国际首台(套)，在园）；万华不锈钢、瑞浦新能源只在项目名中（可选；万华“该公司负责人”发言）。",
  "yo07"),
 parks=[
  park(WZ, "温州", "浙江", "经济技术开发区", "2月18日,温州经开区召开经济高质量发展大会,全面掀起经济高质量发展建设高潮", aliases=["经开区"],
       note="全称“温州经济技术开发区”在已删的末段"),
 ],
 companies=[
  comp("奔腾激光", WZ, H3, note="3万瓦高功率激光切割机入选国际首台(套)"),
  comp("万华不锈钢", WZ, H1, opt=True, note="以企业名作项目名；“该公司负责人张建丰”发言"),
  comp("瑞浦新能源", WZ, H0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("万华不锈钢项目", WZ, H1, companies=["万华不锈钢"], inv="总投资11亿元", status="在建", status_text="入驻经开区…预计5月份投产",
       note="2020年入驻，拿地即开工；预计2022年5月投产"),
  proj("瑞浦新能源项目", WZ, H0, companies=["瑞浦新能源"], status="planned", status_text="意向落地", note="2000亩"),
  proj("550兆瓦渔光互补", WZ, "全国单体最大的550兆瓦渔光互补顺利并网发电", status="投产", status_text="顺利并网发电", note="园区由语境推定（列于经开区2021年成绩）"),
 ],
 aggregate_facts=[
  fact(WZ, "park", "gdp_yoy_growth", 0.089, "ratio", "核心区GDP同比增长8.9%、全市第三", AS7, kind="ratio", note="核心区"),
  fact(WZ, "park", "industrial_output_above_scale_cny", 6e10, "cny", "规上工业总产值总量首次突破600亿元、居全市第三", AS7, qual="超", qtext="突破", chk=True),
  fact(WZ, "park", "above_scale_industrial_value_added_yoy_growth", 0.137, "ratio", "规上工业增加值同比增长13.7%、全市第三", AS7, kind="ratio"),
  fact(WZ, "park", "projects_introduced", 11, "count", H0, AS7, note="亿元以上产业项目"),
  fact(WZ, "park", "projects_signed_over_1bn", 5, "count", H0, AS7, note="10亿元以上制造业项目"),
  fact(WZ, "park", "projects_signed_over_5bn", 1, "count", H0, AS7, opt=True),
  fact(WZ, "park", "new_market_entities_yoy_growth", 0.10, "ratio", H2, AS7, kind="ratio", opt=True),
  fact(WZ, "park", "firms_upgraded_to_above_scale", 84, "count", H2, AS7, note="“净升规”"),
  fact(WZ, "park", "new_listing_filings", 3, "count", H2, AS7, opt=True, note="新增企业上市报会"),
  fact(WZ, "park", "firms_output_over_100m", 131, "count", H2, AS7),
  fact(WZ, "park", "national_top200_private_firms", 4, "count", H4, AS7, opt=True),
  fact(WZ, "park", "national_specialized_sme_count", 3, "count", H4, AS7, opt=True, note="国家级专精特新“小巨人”"),
  fact(WZ, "park", "municipal_lianxing_firms", 36, "count", H4, AS7, opt=True, note="市级“两型”工业企业"),
  fact(WZ, "park", "low_efficiency_firms_rectified", 161, "count", H5, AS7, opt=True),
  fact(WZ, "park", "tax_per_mu_yoy_growth", 0.198, "ratio", H5, AS7, kind="ratio", opt=True, note="规上亩均税收"),
  fact("万华不锈钢项目", "project", "expected_annual_output_cny", 2e9, "cny", "预计5月份投产后年产值达20亿元", "投产后（预计）", kind="target", chk=True),
  fact("瑞浦新能源项目", "project", "site_area_mu", 2000, "mu", H0, AS7, opt=True),
 ])
