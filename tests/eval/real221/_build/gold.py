# real221 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district is not a park). Status from the text's words (签约 /
# 见证项目签约 → 签约; 开工 → 开工; 投产 → 投产; “引进建设了” alone → no status). “预计” figures are kind target with “（预计）”
# in as_of; year-to-date counts and sums (“1至10月…累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/tlNN.raw as returned.

# ---------------------------------------------------------------- tl01 安巢经开区 碳化硅复合材料项目签约 (合肥网 2022)
AC = "安徽巢湖经济开发区"
A0 = "9月29日上午,安徽巢湖经济开发区党工委书记、管委会主任黄卫东接待宁波晨鑫维克工业科技有限公司总经理、中科院宁波材料所研究员江南一行,就碳化硅复合材料及应用产品项目进行座谈交流,并见证项目签约"
A1 = "该项目总投资12亿元,拟在安巢经开区投资建设8条碳化硅复合材料及其应用产品生产线"
A2 = "项目整体达产后,可实现年产值约30亿元,税收约1亿元"
A3 = "相继引进建设了融捷锂电池材料、惠强新能源锂电池隔膜、半导体陶瓷材料等一批科技含量高、市场前景好、带动效应强、投资规模大的好项目"
PJ1 = "碳化硅复合材料及应用产品项目"
G["tl01"] = dict(
 article=art("（无标题）安巢经开区签约总投资12亿元碳化硅复合材料及应用产品项目", "合肥网 hfw.cc（来源、作者均记“合肥网hfw.cc”）", "2022-09-30", "day",
  "City news site, Anhui: a Hefei-administered economic development zone signs a silicon-carbide composites project with a Ningbo firm — investment, production lines, expected output and tax at full production, earlier new-materials projects brought into the zone",
  "http://hfw.cc/news/2022/0930/8668.html",
  "日期取页面“时间:2022-09-30 来源:合肥网hfw.cc 作者:hfw.cc”（文中“9月29日上午”为签约日）。存段无标题（title 为编者概括），该时间来源行已删；正文四段，完整。园区：安徽巢湖经济开发区（文中又作“安巢经开区”“开发区”；合肥市代管的巢湖市，安徽；级别文中未说）。公司：宁波晨鑫维克工业科技有限公司（签约投资方，项目“拟在安巢经开区投资建设”，park 记安巢）；东鑫集团、东鑫产发（开发区平台公司，见证签约，可选）；中科院宁波材料所为机构（可选）。项目：碳化硅复合材料及应用产品项目——见证项目签约→签约；总投资12亿元；8条生产线；达产后年产值约30亿元、税收约1亿元（target，subject 为项目）。融捷锂电池材料、惠强新能源锂电池隔膜、半导体陶瓷材料为已“引进建设”的项目（状态不明，可选，无金额）。“芯屏汽合”“四新”为产业口号，不计。",
  "tl01"),
 parks=[
  park(AC, "合肥", "安徽", "经济开发区", A0, district="巢湖市", aliases=["安巢经开区"], note="文中又作“安巢经开区”“开发区”“我区”"),
 ],
 companies=[
  comp("宁波晨鑫维克工业科技有限公司", AC, A0, note="签约投资方；项目拟建于安巢经开区"),
  comp("东鑫集团", AC, "区建发局、投促局、财政局、经贸局、环保局、资规分局、东鑫集团、东鑫产发负责人参加座谈并见证签约", opt=True, note="开发区平台公司（推定）"),
  comp("东鑫产发", AC, "区建发局、投促局、财政局、经贸局、环保局、资规分局、东鑫集团、东鑫产发负责人参加座谈并见证签约", opt=True, note="开发区平台公司（推定）"),
  comp("融捷", AC, A3, opt=True, note="只在项目名“融捷锂电池材料”中"),
  comp("惠强新能源", AC, A3, opt=True, note="只在项目名“惠强新能源锂电池隔膜”中"),
 ],
 institutions=[
  inst("中科院宁波材料所", A0, kind="research", note="宁波晨鑫维克总经理江南为该所研究员"),
 ],
 projects=[
  proj(PJ1, AC, A1, companies=["宁波晨鑫维克工业科技有限公司"], inv="总投资12亿元", status="签约", status_text="见证项目签约",
       note="拟建8条碳化硅复合材料及其应用产品生产线；签约日2022年9月29日"),
  proj("融捷锂电池材料", AC, A3, opt=True, note="“相继引进建设了”；状态与金额未说"),
  proj("惠强新能源锂电池隔膜", AC, A3, opt=True, note="同上"),
  proj("半导体陶瓷材料", AC, A3, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(PJ1, "project", "expected_annual_output_cny", 3e9, "cny", A2, "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(PJ1, "project", "expected_annual_tax_cny", 1e8, "cny", "税收约1亿元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact(PJ1, "project", "production_lines", 8, "count", A1, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tl02 滁州经开区 新能源与节能环保产业 (滁州日报 2025)
CZ = "滁州经开区"
B0 = "本报讯 2025年以来,经开区紧紧围绕新能源和节能环保产业发展目标"
B1 = "据统计,1至10月,经开区通过省“双招双引”平台累计录入新能源及节能环保产业项目7个,总投资额达70亿元,其中20亿元以上项目2个"
ASB = "2025年1–10月"
G["tl02"] = dict(
 article=art("助力新能源与节能环保产业高质量发展", "滁州日报（陆晓翠），szbk.chuzhou.cn 数字报 第A08版“滁州经开区风采”", "2025-12-19", "day",
  "City daily's sponsored zone page, Anhui: an economic development zone's new-energy and environmental-protection industry in 2025 — projects recorded on the provincial investment platform with their total investment, large projects, measures against a thin project pipeline",
  "http://szbk.chuzhou.cn/czrb/pc/content/202512/19/content_141829.html",
  "日期取数字报“2025年12月19日 第A08版:滁州经开区风采”。标题照录；日期行、版名行与页尾元数据行已删；署名“(陆晓翠)”单独一行，保留。正文三段，完整。园区：正文只作“经开区”“园区”，不出现“滁州”——园区全名“滁州经开区”只见于已删的版名“第A08版:滁州经开区风采”（滁州经济技术开发区，滁州市，安徽）；park 条目 name 记“滁州经开区”，optional（文内不可得），事实 subject 仍记“滁州经开区”（见 note）。事实：1至10月经省“双招双引”平台累计录入新能源及节能环保产业项目7个、总投资额70亿元（cumulative）、其中20亿元以上项目2个。无具体公司、项目名。",
  "tl02"),
 parks=[
  park(CZ, "滁州", "安徽", "经济技术开发区", B0, opt=True,
       note="正文只作“经开区”“园区”；全名取自已删版名“第A08版:滁州经开区风采”，文内不可得，故 optional"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(CZ, "park", "projects_registered", 7, "count", B1, ASB, kind="cumulative", note="新能源及节能环保产业项目，经省“双招双引”平台录入；正文只作“经开区”"),
  fact(CZ, "park", "projects_registered_investment_cny", 7e9, "cny", "总投资额达70亿元,其中20亿元以上项目2个", ASB, kind="cumulative", chk=True,
       note="同上"),
  fact(CZ, "park", "projects_registered_over_2bn", 2, "count", B1, ASB, kind="cumulative", opt=True, note="20亿元以上项目"),
 ])

# ---------------------------------------------------------------- tl03 合肥经开区连续四年进入全国前十强 (网易号 2025-01)
HF = "合肥经开区"
C0 = "1月3日,商务部公布2023年度国家级经开区综合发展水平考评结果,合肥经开区综合排名位居全国第7位,继续位列中西部首位,连续四年进入全国前十强"
C1 = "近五年,规上工业产值净增近2000亿元、年均增长16%,固定资产投资突破800亿元、年均增长19%,工业投资年均增长22%"
C2 = "其中,新能源汽车产业全链条布局,已集聚蔚来汽车、大众安徽、江淮汽车等3家整车企业和100多家零部件企业"
C3 = "2024年整车产量预计增长50%,产值增长45%"
C4 = "集成电路产业集聚各类企业118家,集设计、制造、封测、装备及材料于一体的完整产业链拓宽升级,预计全年产值增长97%"
C5 = "大健康研究院6个公共研发子平台投用,累计服务76家院内外单位,布局科研与转化项目262个,全球引进33个高层次团队(PI)、孵化引进科技型企业37家"
AS5Y = "近五年（截至2024年）"
G["tl03"] = dict(
 article=art("合肥经开区连续四年进入全国前十强", "网易号（163.com，账号名存段未示；原发媒体未注明，图片署“合肥经开区党政办供图”）", "2025-01", "month",
  "Portal's self-media channel, Anhui: a national economic and technological development zone's ranking in the Ministry of Commerce evaluation, its five-year growth in industrial output and investment, the vehicle, integrated-circuit and biomedicine clusters with named carmakers and firm counts, a research institute's platforms",
  "https://www.163.com/dy/article/JLD2P2LC05346936.html",
  "存段无日期行。日期推定为2025年1月（month）：文中“1月3日,商务部公布2023年度…考评结果”，并有“2024年整车产量预计增长50%”“预计全年产值增长97%”等年末预计数；网易文章号 JLD2P2LC 按该站编号次序约在2025年初（real171 notes 亦记 2025-01）。此推定不确定（见 SOURCES）。标题照录；“网易首页 > 网易号 > 正文 申请入驻”“0 分享至”与两条图片说明（“合肥经开区鸟瞰图。”“蔚来F2工厂总装车间。合肥经开区党政办供图”）已删；存段在“累计建成全球灯塔工厂4个,省级以上智能工厂、数字化”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…六大传统优势产业加快转型升级。”，含小标题“产业能级全面提升”一行，共四段。园区：合肥经开区（合肥经济技术开发区，国家级，合肥，安徽；文中只作“合肥经开区”）。公司：蔚来汽车、大众安徽、江淮汽车（“已集聚…3家整车企业”，在园）。机构：商务部（可选）；大健康研究院（在园研发机构，可选）。事实：2023年度考评全国第7位；近五年规上工业产值净增近2000亿元（约）、年均增长16%；固定资产投资突破800亿元（超）、年均增长19%；工业投资年均增长22%；整车企业3家、零部件企业100多家（余）；2024年整车产量预计增长50%、产值增长45%（target）；集成电路企业118家、预计全年产值增长97%（target）；生物医药企业100多家（余）；大健康研究院各项数（可选）。",
  "tl03"),
 parks=[
  park(HF, "合肥", "安徽", "国家级经济技术开发区", C0, note="文中只作“合肥经开区”；国家级经开区考评对象"),
 ],
 companies=[
  comp("蔚来汽车", HF, C2, note="整车企业"),
  comp("大众安徽", HF, C2, note="整车企业"),
  comp("江淮汽车", HF, C2, note="整车企业"),
 ],
 institutions=[
  inst("商务部", C0, note="公布国家级经开区综合发展水平考评结果"),
  inst("大健康研究院", C5, kind="research", park=HF, note="在园研发机构"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HF, "park", "national_ranking", 7, "rank", C0, "2023年度国家级经开区综合发展水平考评"),
  fact(HF, "park", "years_in_national_top10", 4, "count", C0, "截至2023年度考评", opt=True),
  fact(HF, "park", "industrial_output_increase_cny", 2e11, "cny", "规上工业产值净增近2000亿元", AS5Y, kind="cumulative", qual="约", qtext="近", chk=True,
       note="规上工业产值五年净增"),
  fact(HF, "park", "industrial_output_avg_annual_growth", 0.16, "ratio", C1, AS5Y, kind="ratio"),
  fact(HF, "park", "fixed_asset_investment_cny", 8e10, "cny", "固定资产投资突破800亿元、年均增长19%", AS5Y, kind="cumulative", qual="超", qtext="突破", chk=True,
       note="“近五年…突破800亿元”：按五年累计记（文中未明说是年度额还是累计）"),
  fact(HF, "park", "fixed_asset_investment_avg_annual_growth", 0.19, "ratio", C1, AS5Y, kind="ratio"),
  fact(HF, "park", "industrial_investment_avg_annual_growth", 0.22, "ratio", C1, AS5Y, kind="ratio"),
  fact(HF, "park", "vehicle_makers", 3, "count", C2, "2024年末", opt=True),
  fact(HF, "park", "auto_parts_firms", 100, "count", C2, "2024年末", qual="余", qtext="多"),
  fact(HF, "park", "vehicle_output_yoy_growth", 0.50, "ratio", C3, "2024年（预计）", kind="target"),
  fact(HF, "park", "vehicle_industry_output_yoy_growth", 0.45, "ratio", C3, "2024年（预计）", kind="target"),
  fact(HF, "park", "ic_firms", 118, "count", C4, "2024年末"),
  fact(HF, "park", "ic_output_yoy_growth", 0.97, "ratio", C4, "2024年（预计）", kind="target"),
  fact(HF, "park", "biomedicine_firms", 100, "count", "生物医药产业集聚各类企业100多家", "2024年末", qual="余", qtext="多", opt=True,
       note="值与零部件企业数相同（100多家）"),
  fact("大健康研究院", "institution", "rd_platforms_in_use", 6, "count", C5, "截至2024年末", kind="cumulative", opt=True),
  fact("大健康研究院", "institution", "units_served", 76, "count", C5, "截至2024年末", kind="cumulative", opt=True),
  fact("大健康研究院", "institution", "research_projects", 262, "count", C5, "截至2024年末", kind="cumulative", opt=True),
  fact("大健康研究院", "institution", "high_level_teams", 33, "count", C5, "截至2024年末", kind="cumulative", opt=True),
  fact("大健康研究院", "institution", "tech_firms_incubated", 37, "count", C5, "截至2024年末", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- tl04 南北合作共建园区 / 阜合现代产业园区 (安徽网 via 阜阳公众网 2022)
FH = "阜合现代产业园区"
ZN = "智能制造产业园"
NB = "南北合作共建园区"
D0 = "今年上半年,我省南北合作共建园区完成税收20.71亿元、经营销售收入337.89亿元,分别同比增长8.2%、8.6%,招商引资到位资金366.86亿元,同比增长44.86%"
D1 = "在阜合现代产业园区智能制造产业园的安徽祺力专用车制造有限公司生产车间也是一派“火热”景象"
D2 = "这家从事高端礼仪用车制造的企业,试生产期间已下线整车50辆,即将实现量产"
D3 = "预计公司全年生产高端礼仪车500辆,实现产值3亿元"
D4 = "以阜合现代产业园区为例,合肥、阜阳两市投入阜合现代产业园区的资本金各增加至3亿元,已于3月份拨付完成,并以配套合肥京东方为契机,打造阜合园区电子信息产业"
ASH = "2022年上半年"
G["tl04"] = dict(
 article=art("2022年上半年,安徽南北合作共建园区营销收入337.89亿元", "安徽网（稿件来源），载于阜阳公众网 fytv.com.cn（阜阳广播电视台，安徽新闻栏）", "2022-08-08", "day",
  "Provincial news site relayed by a city broadcaster's site, Anhui: the province's north–south co-built industrial parks in the first half of 2022 — tax, sales revenue, investment funds in place with growth; a firm's trial production and expected output in the 阜阳–合肥 co-built park; both cities' capital injections into that park",
  "http://fytv.com.cn/detail-19700.html",
  "日期取页面“2022-08-08 09:29:55 稿件来源:安徽网”。标题照录；站名、菜单、“当前位置”行与日期来源行已删。存段末段在“芜湖市支持亳州市第九小学与安师大合作办学,加挂“安徽师范大学附属亳芜小学”校牌,预”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…推动签订的新一轮合作共建协议落实见效。”，共六段。园区：阜合现代产业园区（阜阳合肥现代产业园区，合肥、阜阳两市共建，阜阳，安徽；文中又作“阜合园区”）；其内“智能制造产业园”（parent 阜合，名称为通名，可选）。“南北合作共建园区”是全省一类园区的合称，不列园区，作事实 subject（subject_type region，全省合计）。公司：安徽祺力专用车制造有限公司（在阜合现代产业园区智能制造产业园；试生产已下线整车50辆，预计全年500辆、产值3亿元）；京东方（合肥，配套对象，可选，park null）。事实：全省共建园区上半年税收20.71亿元、经营销售收入337.89亿元、增长8.2%和8.6%、招商引资到位资金366.86亿元、增长44.86%；合肥、阜阳两市投入阜合园区资本金“各增加至3亿元”（每市3亿元）。机构：省发展改革委（可选）。",
  "tl04"),
 parks=[
  park(FH, "阜阳", "安徽", "现代产业园区（南北合作共建）", D1, aliases=["阜合园区"], note="合肥、阜阳两市共建；文中又作“阜合园区”"),
  park(ZN, "阜阳", "安徽", "产业园", D1, parent=FH, opt=True, note="阜合现代产业园区内；名称为通名"),
 ],
 companies=[
  comp("安徽祺力专用车制造有限公司", FH, D1, aliases=["祺力专用车"], note="在阜合现代产业园区智能制造产业园；高端礼仪用车制造"),
  comp("京东方", None, D4, opt=True, note="“合肥京东方”，阜合园区电子信息产业的配套对象"),
 ],
 institutions=[
  inst("省发展改革委", "记者近日从省发展改革委获悉", note="安徽省发展和改革委员会（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(NB, "region", "tax_cny", 2.071e9, "cny", "今年上半年,我省南北合作共建园区完成税收20.71亿元", ASH, chk=True, note="全省南北合作共建园区合计"),
  fact(NB, "region", "operating_revenue_cny", 3.3789e10, "cny", "经营销售收入337.89亿元,分别同比增长8.2%、8.6%", ASH, chk=True, note="同上"),
  fact(NB, "region", "tax_yoy_growth", 0.082, "ratio", D0, ASH, kind="ratio"),
  fact(NB, "region", "operating_revenue_yoy_growth", 0.086, "ratio", D0, ASH, kind="ratio"),
  fact(NB, "region", "investment_funds_in_place_cny", 3.6686e10, "cny", "招商引资到位资金366.86亿元,同比增长44.86%", ASH, chk=True, note="同上"),
  fact(NB, "region", "investment_funds_in_place_yoy_growth", 0.4486, "ratio", "招商引资到位资金366.86亿元,同比增长44.86%", ASH, kind="ratio"),
  fact("安徽祺力专用车制造有限公司", "company", "vehicles_produced_trial", 50, "count", D2, "2022年7月末（试生产期间）", kind="cumulative", opt=True),
  fact("安徽祺力专用车制造有限公司", "company", "expected_annual_vehicles", 500, "count", D3, "2022年全年（预计）", kind="target"),
  fact("安徽祺力专用车制造有限公司", "company", "expected_annual_output_cny", 3e8, "cny", D3, "2022年全年（预计）", kind="target", chk=True),
  fact(FH, "park", "capital_injection_per_city_cny", 3e8, "cny", "合肥、阜阳两市投入阜合现代产业园区的资本金各增加至3亿元", "2022年3月（已拨付）", chk=True,
       note="合肥、阜阳两市各3亿元；值与祺力预计产值相同"),
 ])

# ---------------------------------------------------------------- tl05 萧县经开区6家企业集中开工 (新华丝路 2022)
XX = "萧县经济开发区"
XZ = "萧县经开区智能制造产业园"
E0 = "2月28日,位于安徽宿州萧县经济开发区智能制造产业园的安徽合大智能装备公司、安徽拓发工程机械公司、安徽戈巴迪工程装备公司等6家企业顺利开工"
E1 = "萧县经开区智能制造产业园项目占地约1300亩,已入驻企业22家,总投资30.3亿元"
E2 = "建成后的产业园预计年产值可达50亿元,年纳税额约3亿元,可带动2500人就业"
E3 = "当日开工建设的6家企业,总投资10.4亿元,全部是从江苏徐州转移过来的企业"
E4 = "萧县经开区2021年全年累计完成经营收入365.8亿元、税收9.24亿元,通过平台招商、商会招商、产业链招商、以商招商等方式,全年共招引长三角、珠三角地区企业50个、总投资168.35亿元"
AS22 = "2022年2月28日"
G["tl05"] = dict(
 article=art("总投资超10亿元 安徽萧县经开区6家企业集中开工", "新华丝路（imsilkroad.com，责任编辑:马祥平；署名徐学春）", "2022-03-02", "day",
  "State news agency's Belt-and-Road information site, Anhui: six firms relocated from Xuzhou start building in a county economic development zone's smart-manufacturing park — the park's area, firms entered, total investment, expected output, tax and jobs; the zone's 2021 revenue, tax and firms attracted",
  "https://www.imsilkroad.com/news/p/478238.html",
  "日期取页面“来源:新华丝路 责任编辑:马祥平 2022-03-02 11:14:19”（文中“2月28日”为开工日）。标题照录；站名行、来源行与“相关推荐”以下已删。正文三段，完整，以署名“(徐学春)”结尾。园区：萧县经济开发区（文中又作“萧县经开区”“开发区”；宿州市萧县，安徽；省级，文中说正争创国家级）；萧县经开区智能制造产业园（parent 萧县经济开发区；文中又作“萧县经济开发区智能制造产业园”“产业园”）。公司：安徽合大智能装备公司、安徽拓发工程机械公司、安徽戈巴迪工程装备公司（“等6家企业顺利开工”，在智能制造产业园；均从江苏徐州转移而来）。项目：萧县经开区智能制造产业园项目（园区开发项目，总投资30.3亿元，占地约1300亩，已入驻企业22家；文中未给状态——“建成后的产业园…”，status 不记）。6家企业未写项目名，不另列项目；“总投资10.4亿元”作事实（当日开工）。事实：产业园预计年产值50亿元、年纳税约3亿元、带动2500人就业（target）；萧县经开区2021年经营收入365.8亿元、税收9.24亿元、招引企业50个、总投资168.35亿元。",
  "tl05"),
 parks=[
  park(XX, "宿州", "安徽", "经济开发区", E0, district="萧县", aliases=["萧县经开区"], note="文中又作“萧县经开区”“开发区”；正争创国家级开发区"),
  park(XZ, "宿州", "安徽", "产业园（智能制造）", E1, district="萧县", parent=XX, note="文中又作“萧县经济开发区智能制造产业园”“产业园”"),
 ],
 companies=[
  comp("安徽合大智能装备公司", XZ, E0, note="从江苏徐州转移；2022年2月28日开工"),
  comp("安徽拓发工程机械公司", XZ, E0, note="同上"),
  comp("安徽戈巴迪工程装备公司", XZ, E0, note="同上"),
 ],
 projects=[
  proj("萧县经开区智能制造产业园项目", XX, E1, inv="总投资30.3亿元", note="园区开发项目；占地约1300亩，已入驻企业22家；状态文中未给"),
 ],
 aggregate_facts=[
  fact(XZ, "park", "site_area_mu", 1300, "mu", E1, AS22, qual="约", qtext="约", opt=True),
  fact(XZ, "park", "firms", 22, "count", E1, AS22, note="已入驻企业"),
  fact(XZ, "park", "expected_annual_output_cny", 5e9, "cny", E2, "建成后（预计）", kind="target", chk=True),
  fact(XZ, "park", "expected_annual_tax_cny", 3e8, "cny", "年纳税额约3亿元,可带动2500人就业", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(XZ, "park", "expected_jobs", 2500, "persons", E2, "建成后（预计）", kind="target", opt=True),
  fact(XZ, "park", "firms_started", 6, "count", E3, AS22),
  fact(XZ, "park", "firms_started_investment_cny", 1.04e9, "cny", "当日开工建设的6家企业,总投资10.4亿元", AS22, chk=True),
  fact(XX, "park", "operating_revenue_cny", 3.658e10, "cny", "萧县经开区2021年全年累计完成经营收入365.8亿元、税收9.24亿元", "2021年", chk=True),
  fact(XX, "park", "tax_cny", 9.24e8, "cny", "税收9.24亿元", "2021年", chk=True),
  fact(XX, "park", "firms_attracted", 50, "count", E4, "2021年", note="长三角、珠三角地区企业"),
  fact(XX, "park", "firms_attracted_investment_cny", 1.6835e10, "cny", "全年共招引长三角、珠三角地区企业50个、总投资168.35亿元", "2021年", chk=True),
 ])

# ---------------------------------------------------------------- tl06 中润新能源(滁州)高效光伏电池一期项目投产 (滁州日报 via ahchanye 2023)
ZR = "中润新能源(滁州)有限公司"
F0 = "1月3日上午,中润新能源(滁州)有限公司年产16GW高效光伏电池一期项目投产"
F1 = "总投资105亿元的中润高效光伏电池项目是琅琊区首个百亿级重大项目,项目分成两期建设"
F2 = "该项目跑出了23天签约、38天开工、180天建成投产的琅琊速度"
F3 = "滁州经开区管委会主任吴孝水,中新苏滁高新区管委会主任杨广兰"
F4 = "凯达兴成为全市首例一天办齐三证的工业项目,奶酪博士等4个项目实现当年开工当年投产"
G["tl06"] = dict(
 article=art("中润新能源(滁州)高效光伏电池一期项目投产", "滁州日报（“来自:滁州日报”），载于安徽产业网 ahchanye.com（安徽省资讯栏）", "2023-01-05", "day",
  "Industry-information site relaying a city daily, Anhui: the first phase of a 16GW solar-cell project goes into production in a district of 滁州 — total investment and phasing, days to signing, start and production; the district's other projects in production",
  "https://ahchanye.com/zixun/24982.html",
  "日期取页面“发布于:2023-01-05 13:27:24 … 来自:滁州日报”（文中“1月3日上午”为投产日；滁州日报原刊日未见）。标题照录；栏目行、“项目申报”及“THE END”以下站方提示已删。正文三段，完整。园区：文中项目所在地只作“琅琊区”（区，不是园区），故项目与公司 park 记 null；滁州经开区、中新苏滁高新区只出现在出席官员的职务中（“…管委会主任”），列可选园区。公司：中润新能源(滁州)有限公司（业主）；中润集团（董事长致辞，可选）。项目：中润高效光伏电池项目——总投资105亿元，分两期；一期（年产16GW高效光伏电池一期项目）于2023年1月3日投产→status 投产（一期）；别名为一期全称与标题写法。凯达兴（工业项目）、奶酪博士（“等4个项目实现当年开工当年投产”）列可选项目，park null。事实：23天签约、38天开工、180天建成投产（可选）；琅琊区4个项目当年开工当年投产（可选）；产能16GW（可选）。",
  "tl06"),
 parks=[
  park(CZ, "滁州", "安徽", "经济技术开发区", F3, opt=True, note="只在出席官员职务“滁州经开区管委会主任”中"),
  park("中新苏滁高新区", "滁州", "安徽", "高新技术产业开发区", F3, opt=True, note="只在出席官员职务中"),
 ],
 companies=[
  comp(ZR, None, F0, aliases=["中润新能源(滁州)"], note="项目业主；文中所在地只作“琅琊区”"),
  comp("中润集团", None, "中润集团董事长龙大强致辞", opt=True),
 ],
 institutions=[
  inst("滁州经开区管委会", F3, park=CZ, note="只在官员职务中"),
 ],
 projects=[
  proj("中润高效光伏电池项目", None, F1, companies=[ZR], inv="总投资105亿元", status="投产", status_text="一期项目投产",
       aliases=["中润新能源(滁州)有限公司年产16GW高效光伏电池一期项目", "中润新能源(滁州)高效光伏电池一期项目"],
       note="总投资105亿元为两期合计；一期（年产16GW）2023年1月3日投产；所在地琅琊区（区，不是园区），park null"),
  proj("凯达兴", None, F4, opt=True, note="工业项目；一天办齐三证；状态未说"),
  proj("奶酪博士", None, F4, status="投产", status_text="实现当年开工当年投产", opt=True, note="琅琊区；“等4个项目”之一"),
 ],
 aggregate_facts=[
  fact("中润高效光伏电池项目", "project", "capacity_gw", 16, "GW", F0, "一期", opt=True),
  fact("中润高效光伏电池项目", "project", "days_to_signing", 23, "days", F2, "2022年", opt=True),
  fact("中润高效光伏电池项目", "project", "days_to_start", 38, "days", F2, "2022年", opt=True),
  fact("中润高效光伏电池项目", "project", "days_to_production", 180, "days", F2, "2022年—2023年1月", opt=True),
  fact("琅琊区", "region", "projects_started_and_in_production_same_year", 4, "count", F4, "2022年", opt=True),
 ])
