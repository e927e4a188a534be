# real311 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; real52's build_all.py
# copied unchanged). Conventions as real52 (its gold.py header): evidence verbatim; names as written; 逾/超过/超/以上 → 超,
# 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts; US dollars as *_usd facts.
# Status from the text's words (动工 / 奠基 → 开工; 签约落户 → 签约; 加快推进 → 在建; 签订…共建协议 (future) → planned).
# qx03 is traditional script as published (香港文匯報); its amounts with thousands commas (5,000億元, 1,049億元) cannot be
# read by the checker's amount pattern, so those facts use metric names without the _cny suffix (unit "cny", value in yuan).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/qxNN.raw as returned.

# ---------------------------------------------------------------- qx01 三水 2010下半年重点项目动(竣)工 (xinss forum copy)
SS = "国家高新区佛山三水园"
A0 = "签约落户国家高新区佛山三水园的广东保威新能源有限公司生产基地当天举行奠基仪式,成为活动的重头戏"
A1 = "该项目总投资28亿元,全部达产后将实现年产值200亿元"
A2 = "其中,动工项目52个,总投资额105.6亿元;竣工项目29个,总投资额34.3亿元"
AS1 = "2010年下半年（动竣工仪式）"
G["qx01"] = dict(
 article=art("（无标题）佛山市三水区2010年下半年重点项目动(竣)工仪式 广东保威新能源生产基地奠基", "xinss.com 论坛转帖（新三水论坛；原发媒体与署名未注明）", "2010", "year",
  "Local forum relaying a city news item, Guangdong (Foshan): a district's half-year groundbreaking/completion ceremony — counts and totals of projects started and completed, one solar firm's base in the national high-tech zone's 三水 park laid its foundation with investment and expected output, the district's GDP goal",
  "http://xinss.com/forum.php?goto=lastpost&mod=redirect&tid=146885",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2010年下半年重点项目动(竣)工仪式”“今年11月动工”，发布年为2010，具体日不详（应在2010年10–11月前后）。论坛转帖：表格竖线“|”行已删。首段末尾粘连小标题“保威光伏支架达产后将跨入世界三强”（同一行，照录不拆）。正文五段（含小标题一行），完整。园区：国家高新区佛山三水园（佛山国家高新区的三水园；佛山市三水区，广东；文中只此写法）。公司：广东保威新能源有限公司（签约落户该园）。项目：广东保威新能源有限公司生产基地——当天奠基（→开工），总投资28亿元，达产后年产值200亿元（target），“今年11月动工，明年2月或可投产”。事实：三水区动工项目52个、105.6亿元；竣工项目29个、34.3亿元（region 三水区）；“到2013年实现经济总量超千亿元”为目标（可选）。区委书记卢立湃不列。",
  "qx01"),
 parks=[
  park(SS, "佛山", "广东", "高新区园区", A0, district="三水区", note="佛山国家高新区三水园；文中只作“国家高新区佛山三水园”"),
 ],
 companies=[
  comp("广东保威新能源有限公司", SS, A0, note="光伏支架、光伏组件；签约落户"),
 ],
 projects=[
  proj("广东保威新能源有限公司生产基地", SS, "签约落户国家高新区佛山三水园的广东保威新能源有限公司生产基地当天举行奠基仪式,成为活动的重头戏。该项目总投资28亿元",
       companies=["广东保威新能源有限公司"], inv="总投资28亿元", status="开工", status_text="举行奠基仪式", status_alt="签约",
       note="“今年11月动工，明年2月或可投产”；达产后年产值200亿元"),
 ],
 aggregate_facts=[
  fact("广东保威新能源有限公司生产基地", "project", "expected_annual_output_cny", 2e10, "cny", "全部达产后将实现年产值200亿元", "达产后（预期）", kind="target", chk=True),
  fact("三水区", "region", "projects_started", 52, "count", A2, AS1),
  fact("三水区", "region", "projects_started_investment_cny", 1.056e10, "cny", "动工项目52个,总投资额105.6亿元", AS1, chk=True),
  fact("三水区", "region", "projects_completed", 29, "count", A2, AS1),
  fact("三水区", "region", "projects_completed_investment_cny", 3.43e9, "cny", "竣工项目29个,总投资额34.3亿元", AS1, chk=True),
  fact("三水区", "region", "projects_started_or_completed", 81, "count", "共有81个重点项目动工或竣工", AS1, opt=True),
 ])

# ---------------------------------------------------------------- qx02 南沙 six HK/Macao cooperation projects (qinang.cn 2011)
NY = "南沙现代都市农业产业园"
B0 = "分别是影视动漫文化创意产业基地、南沙游艇会、大型油轮码头及配套大型商贸中心、高端医疗城、香港科技大学霍英东研究院和现代都市农业产业园"
B1 = "同时,由香港莱蒙鹏源国际集团与珠江华侨农工商公司合作开发建设的南沙现代都市农业产业园正在加快推进"
B2 = "该产业园规划总面积10600亩、总投资3亿多元人民币"
B3 = "南沙影视动漫文化创意基地已有香港影视企业投资设立的多个影视动漫项目落户"
B4 = "而占地超500亩的南沙游艇会项目也已动工建设,首期工程建设约有80个水上泊位,将在2011年上半年完工并投入运营"
G["qx02"] = dict(
 article=art("（无标题）广州南沙六大重点合作项目落实CEPA开放措施", "qinang.cn（橡胶行业资讯站转载；原发媒体与署名未注明）", "2011-05-04", "day",
  "Trade-information site relaying a Guangzhou news item: a district development-and-reform bureau briefing — six cooperation projects with Hong Kong and Macao investors, an agricultural industrial park with developers, area and investment, a film/animation creative base with first-phase investment, a yacht club under construction",
  "http://qinang.cn/rubberinfo/201105/04/content231.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 201105/04（文中“3日下午”媒体通气会，即2011年5月3日）。存段末段“翁殊武对媒体强调…会吸引越来越多的港澳地”在句中中断，整段删去；正文截至“…延伸至南沙。”，共六段。地区：广州市南沙区（文中“南沙区”为行政区，不列园区）。园区：南沙现代都市农业产业园（文中又作“现代都市农业产业园”“该产业园”；规划总面积10600亩，总投资3亿多元——园区开发项目）；影视动漫文化创意产业基地（文中又作“南沙影视动漫文化创意基地”，首期投资额超过3亿美元，可选园区）。公司：香港莱蒙鹏源国际集团、珠江华侨农工商公司（农业产业园合作开发方）。机构：香港科技大学霍英东研究院（六大项目之一，可选）。项目：南沙现代都市农业产业园（在建：“正在加快推进”，3亿多元→余，投资额未按“3亿多元”整数换算，unparsed 记 null）；南沙游艇会项目（“已动工建设”→开工；2011年上半年完工）；影视动漫文化创意产业基地（首期投资超过3亿美元，currency usd）；大型油轮码头及配套大型商贸中心、高端医疗城（只列名，可选）。",
  "qx02"),
 parks=[
  park(NY, "广州", "广东", "产业园（现代都市农业）", B1, district="南沙区", aliases=["现代都市农业产业园"], note="港澳合作项目；规划总面积10600亩"),
  park("影视动漫文化创意产业基地", "广州", "广东", "产业基地（影视动漫）", B0, district="南沙区", aliases=["南沙影视动漫文化创意基地"], opt=True,
       note="文中又作“南沙影视动漫文化创意基地”"),
 ],
 companies=[
  comp("香港莱蒙鹏源国际集团", NY, B1, note="农业产业园合作开发方"),
  comp("珠江华侨农工商公司", NY, B1, note="农业产业园合作开发方"),
 ],
 institutions=[
  inst("香港科技大学霍英东研究院", B0, kind="research", note="六大合作项目之一"),
  inst("广州南沙区发展和改革局", "这是广州南沙区发展和改革局局长翁殊武3日下午在南沙区政府召开的媒体通气会上披露的信息", note="通气会发布方"),
 ],
 projects=[
  proj("南沙现代都市农业产业园", NY, B1 + "。" + B2, companies=["香港莱蒙鹏源国际集团", "珠江华侨农工商公司"], inv="总投资3亿多元", qual="余", qual_text="多",
       unparsed=True, status="在建", status_text="正在加快推进", note="“3亿多元人民币”：非“数字+亿元”整式，investment_cny 留空；规划总面积10600亩"),
  proj("南沙游艇会项目", None, B4, status="开工", status_text="已动工建设", note="占地超500亩；首期约80个水上泊位，2011年上半年完工运营"),
  proj("影视动漫文化创意产业基地", "影视动漫文化创意产业基地", "南沙影视动漫文化创意基地已有香港影视企业投资设立的多个影视动漫项目落户,将分为几个阶段打造成为中国最具规模及影响力的影视动漫创意产业集聚区。目前首期投资额超过3亿美元",
       inv="首期投资额超过3亿美元", qual="超", qual_text="超过", currency="usd", value=3e8, phase="首期", opt=True, note="首期投资额（美元）"),
  proj("大型油轮码头及配套大型商贸中心", None, B0, opt=True, note="六大项目之一，只列名"),
  proj("高端医疗城", None, B0, opt=True, note="六大项目之一，只列名"),
 ],
 aggregate_facts=[
  fact(NY, "park", "planned_area_mu", 10600, "mu", B2, "2011年5月"),
  fact("南沙游艇会项目", "project", "site_area_mu", 500, "mu", B4, "2011年5月", qual="超", qtext="超", opt=True),
  fact("南沙区", "region", "hk_macao_cooperation_projects", 6, "count", "广州南沙今年将在六个重点合作项目上落实CEPA以及其补充协议确定的开放措施", "2011年", opt=True),
 ])

# ---------------------------------------------------------------- qx03 南沙新區GDP目標破千億 (香港文匯報 2014)
NS = "南沙新區"
C0 = "南沙新區去年GDP達908億元(人民幣,下同),今年預期增長目標為13%"
C1 = "去年南沙區GDP完成908億元,同比增長12.5%,當年固定資產投資250億元,同比增長31%"
C2 = "去年南沙全年累計簽約項目61個,涉及投資總額5,000億元"
C3 = "目前在建項目269個,涉及投資總額1,049億元,投資586億的明珠灣起步區於去年年中開發已啟動"
G["qx03"] = dict(
 article=art("南沙新區GDP目標破千億", "香港文匯報（記者 古寧 廣州報道），paper.wenweipo.com 招商專區", "2014-03-14", "day",
  "Hong Kong daily's investment page, traditional script as published: a Guangzhou national new area's previous-year GDP, investment and signed/under-construction project totals, this year's growth targets, and a named start-up zone with its investment",
  "http://paper.wenweipo.com/2014/03/14/FM1403140001.htm",
  "日期取頁面“2014年3月14日 星期五”與網址。標題照錄；站點導航、日期行、“放大圖片”與圖片說明“■南沙港區去年集裝箱吞吐量已超1,000萬標準箱。”已刪。存段末段“今年南沙將在現有5,000億元簽約項目…實現蕉”在句中中斷，整段刪去；正文截至“…開發已啟動。”，含小標題一行，共四段。繁體為原刊（香港報紙），非轉換本。園區：南沙新區（國家級新區，廣州，廣東；文中又作“南沙”“南沙區”——“南沙區”為行政區，事實 subject 統一記南沙新區）；明珠灣起步區（新區內片區，投資586億——無“元”字，不作 investment_cny；parent 南沙新區）。事實：2013年GDP 908億元、增長12.5%；固定資產投資250億元、增長31%；2014年目標 GDP 增長13%、固定資產投資增長50%（target）；2013年累計簽約項目61個、投資總額5,000億元；在建項目269個、投資總額1,049億元（千分位逗號金額，metric 不帶 _cny，見檔頭）。項目：明珠灣起步區開發（“開發已啟動”→開工，去年年中）。",
  "qx03"),
 parks=[
  park(NS, "广州", "广东", "国家级新区", C0, district="南沙区", aliases=["南沙"], note="國家級新區；文中又作“南沙”“南沙區”（行政區）"),
  park("明珠灣起步區", "广州", "广东", "片区（起步区）", C3, district="南沙区", parent=NS, opt=True, note="新區內開發片區"),
 ],
 companies=[],
 projects=[
  proj("明珠灣起步區", "明珠灣起步區", C3, status="开工", status_text="開發已啟動",
       note="投資586億（原文無“元”字，不作 investment_cny）；2013年年中啟動", aliases=[]),
 ],
 aggregate_facts=[
  fact(NS, "park", "gdp_cny", 9.08e10, "cny", C0, "2013年", chk=True),
  fact(NS, "park", "gdp_yoy_growth", 0.125, "ratio", "GDP完成908億元,同比增長12.5%", "2013年", kind="ratio"),
  fact(NS, "park", "fixed_asset_investment_cny", 2.5e10, "cny", "當年固定資產投資250億元,同比增長31%", "2013年", chk=True),
  fact(NS, "park", "fixed_asset_investment_yoy_growth", 0.31, "ratio", "當年固定資產投資250億元,同比增長31%", "2013年", kind="ratio", opt=True),
  fact(NS, "park", "gdp_growth_target", 0.13, "ratio", "今年預期發展目標是,GDP增長13%,固定資產投資增長50%", "2014年（目標）", kind="target"),
  fact(NS, "park", "fixed_asset_investment_growth_target", 0.50, "ratio", "今年預期發展目標是,GDP增長13%,固定資產投資增長50%", "2014年（目標）", kind="target", opt=True),
  fact(NS, "park", "projects_signed", 61, "count", C2, "2013年", kind="cumulative"),
  fact(NS, "park", "signed_investment_total", 5e11, "cny", C2, "2013年", kind="cumulative", note="5,000億元（千分位逗號；metric 不帶 _cny）"),
  fact(NS, "park", "projects_under_construction", 269, "count", "目前在建項目269個,涉及投資總額1,049億元", "2014年3月"),
  fact(NS, "park", "projects_under_construction_investment_total", 1.049e11, "cny", "目前在建項目269個,涉及投資總額1,049億元", "2014年3月", note="1,049億元（千分位逗號；metric 不帶 _cny）"),
 ])

# ---------------------------------------------------------------- qx04 南海 新能源汽车核心部件产业基地 (lgmi relay 2014)
HB = "广东省新能源汽车核心部件产业基地"
D0 = "27日上午,上汽集团将与南海区政府签订广东省新能源汽车核心部件产业基地共建协议"
D1 = "上汽集团将与广顺新能源动力科技有限公司签订战略协作协议和零部件供应交机仪式"
D2 = "南海区已拥有一汽大众、北汽福田、广东福迪和广东粤海4家整车企业"
G["qx04"] = dict(
 article=art("（无标题）南海与上汽将签订新能源汽车核心部件产业基地共建协议", "gangjiegou.lgmi.com（钢结构行业站转载；原发媒体与署名未注明）", "2014-10-23", "day",
  "Trade site relaying a district item, Guangdong (Foshan 南海): an upcoming signing between a carmaker group and the district to co-build a provincial new-energy-vehicle core-components base, a university lab's platform agreement with the base, a supplier agreement, the district's vehicle makers",
  "https://gangjiegou.lgmi.com/html/201410/23/5321.htm",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 201410/23（文中“本月底”“27日上午”“28日”即2014年10月27–28日，为预告）。末行表格竖线“ |”已删（make_txt.py LINE_SUFFIX）。正文四段，完整。首句“透漏”原文如此，照录。园区：广东省新能源汽车核心部件产业基地（南海区，佛山，广东；上汽集团与南海区政府将签共建协议；首段又称“汽车零部件产业基地”——不作别名）。公司：上汽集团（共建方，park null）；广顺新能源动力科技有限公司（南海区新能源汽车零部件企业，园区文中未说，park null）；一汽大众、北汽福田、广东福迪、广东粤海（南海区整车企业，可选，park null）。机构：清华大学汽车安全与节能国家重点实验室（与基地签共建检测平台协议）；南海区政府。项目：广东省新能源汽车核心部件产业基地共建（将签协议→planned，可选）；燃料电池堆膜电极多参数现场检测平台（共建协议，planned，可选）。事实：南海区整车企业4家（region）。",
  "qx04"),
 parks=[
  park(HB, "佛山", "广东", "产业基地（新能源汽车核心部件）", D0, district="南海区", note="省级产业基地；上汽集团与南海区政府共建"),
 ],
 companies=[
  comp("上汽集团", None, D0, note="与南海区政府共建产业基地"),
  comp("广顺新能源动力科技有限公司", None, D1, note="与上汽集团签战略协作协议；园区文中未说"),
  comp("一汽大众", None, D2, opt=True, note="南海区整车企业"),
  comp("北汽福田", None, D2, opt=True, note="南海区整车企业"),
  comp("广东福迪", None, D2, opt=True, note="南海区整车企业"),
  comp("广东粤海", None, D2, opt=True, note="南海区整车企业"),
 ],
 institutions=[
  inst("清华大学汽车安全与节能国家重点实验室", "并举行清华大学汽车安全与节能国家重点实验室将与广东省新能源汽车核心部件产业基地签订共建燃料电池堆膜电极多参数现场检测平台协议", kind="research", park=HB),
  inst("南海区政府", D0, note="共建协议签约方"),
 ],
 projects=[
  proj("广东省新能源汽车核心部件产业基地共建", HB, D0, companies=["上汽集团"], status="planned", status_text="将…签订…共建协议", opt=True,
       note="2014年10月27日签约（预告）"),
  proj("燃料电池堆膜电极多参数现场检测平台", HB, "并举行清华大学汽车安全与节能国家重点实验室将与广东省新能源汽车核心部件产业基地签订共建燃料电池堆膜电极多参数现场检测平台协议",
       status="planned", status_text="将…签订共建…协议", opt=True),
 ],
 aggregate_facts=[
  fact("南海区", "region", "vehicle_makers", 4, "count", D2, "2014年10月"),
 ])

# ---------------------------------------------------------------- qx05 增城经济技术开发区挂牌 (广州日报 via 青岛新闻网 2010)
ZC = "增城经济技术开发区"
E0 = "昨日上午,增城经济技术开发区举行挂牌仪式"
G["qx05"] = dict(
 article=art("增城经济技术开发区挂牌 张广宁林元和出席", "广州日报，载于青岛新闻网 qingdaonews.com（记者署名存段未示）", "2010-08-12", "day",
  "City daily on another city's news portal, Guangdong (Guangzhou): a county-level city's zone is inaugurated as the city's third national economic and technological development zone — the ceremony, the zone's role, the other two national zones",
  "https://qingdaonews.com/content/2010-08/12/content_8456017.htm",
  "日期取页面“青岛新闻网 2010-08-12 10:35:51 广州日报”；文中“昨日上午”即2010年8月11日挂牌。标题照录；“更多网上媒体 新闻中心 > 正文”、“1”与来源行已删。页面把首段一句断成两行（“…开发区成”/“为广州第三个…”），make_txt.py JOIN 原样拼接。存段末段“广州市委常委、常务副市长苏泽群…这一效应至今依然持”在句中中断，整段删去；正文为两行引题/副题加一段。园区：增城经济技术开发区（增城市，广州，广东；国家级经济技术开发区，广州第三个）；广州开发区、南沙开发区（文中作比较，列园区）。无公司、无项目、无金额。事实：广州拥有国家级经济技术开发区3家（region 广州）。官员不列。",
  "qx05"),
 parks=[
  park(ZC, "广州", "广东", "国家级经济技术开发区", E0, district="增城市", note="2010年8月11日挂牌；广州第三个国家级经开区"),
  park("广州开发区", "广州", "广东", "国家级经济技术开发区", "继广州开发区和南沙开发区之后,增城经济技术开发区成为广州第三个国家级经济技术开发区", note="比较提及"),
  park("南沙开发区", "广州", "广东", "国家级经济技术开发区", "继广州开发区和南沙开发区之后,增城经济技术开发区成为广州第三个国家级经济技术开发区", note="比较提及"),
 ],
 companies=[],
 institutions=[
  inst("增城经济技术开发区党工委", "增城经济技术开发区党工委书记、管委会主任徐志彪", park=ZC, opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact("广州", "region", "national_etdz_count", 3, "count", "广州成为国内拥有3家国家级经济技术开发区的城市", "2010年8月"),
 ])
