# real228 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a 街道 is not a park). Status from the
# text's words (开工 / 启动开工 → 开工; 竣工投产 / 投产 → 投产; 签约 → 签约; 落户 alone → no status; 开竣工 → 开工 with
# status_alt 竣工; a groundbreaking announced for the next day → planned with status_alt 开工). “预计 / 建成后 / 投产后”
# figures are kind target; counts “近三年 / 累计” are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/tsNN.raw as returned.

# ---------------------------------------------------------------- ts01 镇江新区 25个亿元以上项目集中落户 (现代快报 2021)
ZJ = "镇江新区"
A0 = "2月2日,包括总投资68亿元亨通集团镇江新产业发展基地等25个亿元以上制造业项目集中落户镇江新区,累计投资额达152亿元"
A1 = "当天,总投资20亿元、年产20万吨轻量化工业型材项目,总投资16.4亿元、年产12.8万吨功能性新材料项目等4个10亿元以上项目均在线上完成屏对屏签约,项目全部投产后可实现年销售收入233亿元,年税收超15亿元"
A2 = "相继在全球五大洲创建了产业基地的亨通集团,此次与镇江新区合作,将致力打造集科技、研发、创新、生产、服务为一体的全国领先新材料产业研发生产基地,项目建成后年产值将超100亿元"
A3 = "当天签约的所有项目,外资项目占比近30%,符合镇江新区“四个一”主导产业项目占比近70%"
AS1 = "2021年2月2日（集中落户）"
G["ts01"] = dict(
 article=art("镇江新区25个亿元以上项目集中落户 总投资达152亿元", "现代快报（肖心月 曹德伟），载于中国江苏网 jsnews.jschina.com.cn", "2021-02-05", "day",
  "Provincial news portal relaying a Nanjing metro daily, Jiangsu: a national-level economic development zone's signing day — 25 manufacturing projects landed with their total, one named anchor project with its amount and expected output, two unnamed-firm projects with amounts signed online, the day's expected sales and tax, foreign and main-industry shares",
  "https://jsnews.jschina.com.cn/hxms/202102/t20210205_2723854.shtml",
  "日期取页面“2021-02-05 07:21:00  来源:现代快报”（文中“2月2日”为落户签约日）。标题照录；图片文件名、日期来源行、“1 听新闻”已删；段间署名行“肖心月 曹德伟”已删（记于此）。存段末段“世邦魏理仕、高力国际、戴德梁行等9家国际顶级咨询机构与镇江新”在句中中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“当天,镇江新区全球招商合作发布会同步举行。”，共六段。园区：镇江新区（即镇江经济技术开发区，国家级经开区；文中只作“镇江新区”“新区”，不补全称；镇江市，江苏）。项目：亨通集团镇江新产业发展基地（总投资68亿元；文中只说“集中落户”，按约定不记状态；建成后年产值超100亿元为 target 事实）；年产20万吨轻量化工业型材项目（总投资20亿元）、年产12.8万吨功能性新材料项目（总投资16.4亿元）——“在线上完成屏对屏签约”→签约，业主未点名。“项目全部投产后可实现年销售收入233亿元,年税收超15亿元”所指为4个10亿元以上项目还是全部25个项目，文中不明，记为园区 target 事实并注明。“国家级经开区营商环境指数报告”中商务成本指数全国第二、房价收入比全国第一列可选事实。马明龙（镇江市委书记）、孙义兴（亨通集团新产业发展集团总裁）为人物，不列。",
  "ts01"),
 parks=[
  park(ZJ, "镇江", "江苏", "经济技术开发区", A0, note="即镇江经济技术开发区（国家级）；文中只作“镇江新区”“新区”"),
 ],
 companies=[
  comp("亨通集团", ZJ, A2, note="亨通集团镇江新产业发展基地业主；“亨通集团新产业发展集团”为其下属，不另列"),
 ],
 projects=[
  proj("亨通集团镇江新产业发展基地", ZJ, A0, companies=["亨通集团"], inv="总投资68亿元",
       note="文中只说“集中落户”（签约日），不记状态；建成后年产值超100亿元"),
  proj("年产20万吨轻量化工业型材项目", ZJ, A1, inv="总投资20亿元", status="签约", status_text="在线上完成屏对屏签约", note="业主未点名"),
  proj("年产12.8万吨功能性新材料项目", ZJ, A1, inv="总投资16.4亿元", status="签约", status_text="在线上完成屏对屏签约", note="业主未点名"),
 ],
 aggregate_facts=[
  fact(ZJ, "park", "projects_landed", 25, "count", A0, AS1, note="亿元以上制造业项目"),
  fact(ZJ, "park", "landed_projects_investment_cny", 1.52e10, "cny", "累计投资额达152亿元", AS1, chk=True),
  fact(ZJ, "park", "projects_signed_over_1bn", 4, "count", A1, AS1, opt=True, note="10亿元以上项目，线上签约"),
  fact(ZJ, "park", "expected_annual_sales_cny", 2.33e10, "cny", "项目全部投产后可实现年销售收入233亿元,年税收超15亿元", "投产后（预计）", kind="target", chk=True,
       note="所指为4个10亿元以上项目或全部25个项目，文中不明"),
  fact(ZJ, "park", "expected_annual_tax_cny", 1.5e9, "cny", "年税收超15亿元", "投产后（预计）", kind="target", qual="超", qtext="超", chk=True, note="同上"),
  fact("亨通集团镇江新产业发展基地", "project", "expected_annual_output_cny", 1e10, "cny", "项目建成后年产值将超100亿元", "建成后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(ZJ, "park", "foreign_project_share", 0.30, "ratio", A3, AS1, kind="ratio", qual="约", qtext="近", note="当天签约项目中外资项目占比"),
  fact(ZJ, "park", "main_industry_project_share", 0.70, "ratio", A3, AS1, kind="ratio", qual="约", qtext="近", opt=True, note="符合“四个一”主导产业的项目占比"),
  fact(ZJ, "park", "business_cost_index_rank", 2, "rank", "镇江新区商务成本指数列全国第二", "2021年初（国家级经开区营商环境指数报告）", opt=True),
 ])

# ---------------------------------------------------------------- ts02 中国医药城 20个项目现场签约 (mytaizhou 2022)
YC = "中国医药城"
B0 = "20日上午,第十三届中国(泰州)国际医药博览会举行中国医药城政策发布暨项目签约仪式,20个项目现场签约,总投资达71亿元"
B1 = "其中,疫苗、抗体等生物制品产业化项目7个,化学药高端制剂产业化项目3个,诊断试剂及高端医疗器械产业化项目5个,特色诊疗、保健品等康养项目5个"
AS2 = "2022年11月20日（医博会签约）"
G["ts02"] = dict(
 article=art("第十三届医博会举行中国医药城政策发布暨项目签约仪式 总投资71亿元的20个项目现场签约", "mytaizhou.net（泰州本地新闻网站“时政”栏；记者 郑剑云 沈浩）", "2022-11-20", "day",
  "City news site, Jiangsu: a national pharmaceutical high-tech zone signs 20 projects at the city's medical expo — count and total, breakdown by field, expected output and profit-tax; no project named",
  "https://www.mytaizhou.net/folder1/folder2/folder7/2022-11-20/597750.html",
  "日期取页面“2022-11-20 19:57:31”（文中“20日上午”）。标题行前的栏目字“时政|”已删（make_txt.py HEAD_PREFIX）；天气行、来源编辑行、编辑/责编/审核行与评论提示已删；“记者:郑剑云 沈浩”保留为末段。正文完整，共三段（含署名）。园区：中国医药城（即泰州医药高新区；文中又作“医药高新区”，与高港区合署——“医药高新区党工委书记、高港区委书记”；泰州市，江苏）。20个签约项目未点名；总投资在首段作“总投资达71亿元”、次段作“总投资约71亿元”，事实取首段（无修饰）。分类个数列可选。“预计年产值可超百亿元,利税超10亿元”为20个项目建成投产后的 target（“超百亿元”无阿拉伯数字，value 1e10）。叶冬华、丁志强为人物，不列；“中国医药城医药产业投资政策”不是实体。",
  "ts02"),
 parks=[
  park(YC, "泰州", "江苏", "高新区", B0, aliases=["医药高新区"], note="即泰州医药高新技术产业开发区；与高港区合署（党工委书记兼高港区委书记）"),
 ],
 aggregate_facts=[
  fact(YC, "park", "projects_signed", 20, "count", B0, AS2),
  fact(YC, "park", "signed_investment_cny", 7.1e9, "cny", "20个项目现场签约,总投资达71亿元", AS2, chk=True),
  fact(YC, "park", "projects_signed_biologics", 7, "count", B1, AS2, opt=True, note="疫苗、抗体等生物制品产业化项目"),
  fact(YC, "park", "projects_signed_chemical_drugs", 3, "count", B1, AS2, opt=True),
  fact(YC, "park", "projects_signed_diagnostics_devices", 5, "count", B1, AS2, opt=True),
  fact(YC, "park", "projects_signed_health_care", 5, "count", B1, AS2, opt=True),
  fact(YC, "park", "expected_annual_output_cny", 1e10, "cny", "预计年产值可超百亿元", "建成投产后（预计）", kind="target", qual="超", qtext="超", note="20个签约项目合计"),
  fact(YC, "park", "expected_profit_tax_cny", 1e9, "cny", "利税超10亿元", "建成投产后（预计）", kind="target", qual="超", qtext="超", chk=True, note="20个签约项目合计"),
 ])

# ---------------------------------------------------------------- ts03 梁溪区山北街道 无锡光电新材料科技园 (江南晚报 2021)
GD = "无锡光电新材料科技园"
SB = "梁溪区山北街道"
C0 = "本报讯 11月6日上午,梁溪区山北街道2021年重大项目集中签约暨项目开竣工仪式在无锡光电新材料科技园举行"
C1 = "当天,3个项目集中开竣工,1个项目产业化投产,26个项目集中签约,总投资超66.5亿元"
C2 = "本次集中开竣工的重点项目共3个,总投资11.2亿元,分别是美安医药总部基地项目、三飞科技研发基地项目、中证环保科技集团科创中心及总部经济研发基地项目"
C3 = "芜湖伦丰电子科技有限公司投资10亿元建设的大尺寸触控屏产业化项目正式投产"
C4 = "本次现场集中签约的重点项目共26个,分别是“梁溪‘矽’谷”产业园项目9个、运河西路南侧A地块项目12个、华腾军创(江苏)科技产业园项目5个,总投资达55.3亿元"
AS3 = "2021年11月6日（集中签约暨开竣工）"
G["ts03"] = dict(
 article=art("（无标题）梁溪区山北街道2021年重大项目集中签约暨开竣工仪式在无锡光电新材料科技园举行", "江南晚报（无锡日报报业集团，szb.wxrb.com/jnwb 电子版；黄孝萍）", "2021-11-07", "day",
  "City evening paper's e-edition, Jiangsu: a sub-district's signing and groundbreaking/completion ceremony held in an urban science park — three named projects started or completed with their total, one firm's project in production with its amount, 26 projects signed by carrier with their total",
  "http://szb.wxrb.com/jnwb/pc/content/202111/07/content_99098.html",
  "日期取网址 202111/07（文中“11月6日上午”为仪式日）。存段无标题（title 为编者概括）、无版面行；正文三段，完整，署名“(黄孝萍)”在末，保留。园区：无锡光电新材料科技园（仪式地点；梁溪区，无锡市，江苏）；签约载体“梁溪‘矽’谷”产业园、华腾军创(江苏)科技产业园列为可选园区（名称照录；“运河西路南侧A地块”是地块，不列）。梁溪区山北街道是街道，不是园区（事实 subject_type region）。项目：美安医药总部基地项目、三飞科技研发基地项目、中证环保科技集团科创中心及总部经济研发基地项目——“集中开竣工”，分不出开工或竣工，status 开工、status_alt 竣工；芜湖伦丰电子科技有限公司的大尺寸触控屏产业化项目——投资10亿元，“正式投产”→投产。文中未说这些项目位于科技园内（仪式在园内举行），park 记 null。“总投资超66.5亿元”为当天全部项目合计（region 事实）；开竣工3个项目11.2亿元；签约26个项目55.3亿元及分载体个数。",
  "ts03"),
 parks=[
  park(GD, "无锡", "江苏", "科技园", C0, district="梁溪区", note="仪式举行地；山北街道都市工业集聚区"),
  park("梁溪‘矽’谷", "无锡", "江苏", "产业园", C4, district="梁溪区", opt=True, note="文中作“梁溪‘矽’谷”产业园；签约9个项目的载体"),
  park("华腾军创(江苏)科技产业园", "无锡", "江苏", "产业园", C4, district="梁溪区", opt=True, note="签约5个项目的载体；也可读作项目名"),
 ],
 companies=[
  comp("芜湖伦丰电子科技有限公司", None, C3, note="在梁溪区投资建设大尺寸触控屏产业化项目；园区未说"),
  comp("美安医药", None, C2, opt=True, note="只在项目名中"),
  comp("三飞科技", None, C2, opt=True, note="只在项目名中"),
  comp("中证环保科技集团", None, C2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("美安医药总部基地项目", None, C2, companies=["美安医药"], status="开工", status_alt="竣工", status_text="集中开竣工", note="开工或竣工不分；3个项目合计11.2亿元，不分摊"),
  proj("三飞科技研发基地项目", None, C2, companies=["三飞科技"], status="开工", status_alt="竣工", status_text="集中开竣工", note="同上"),
  proj("中证环保科技集团科创中心及总部经济研发基地项目", None, C2, companies=["中证环保科技集团"], status="开工", status_alt="竣工", status_text="集中开竣工", note="同上"),
  proj("大尺寸触控屏产业化项目", None, C3, companies=["芜湖伦丰电子科技有限公司"], inv="投资10亿元", status="投产", status_text="正式投产"),
 ],
 aggregate_facts=[
  fact(SB, "region", "projects_started_or_completed", 3, "count", C1, AS3),
  fact(SB, "region", "projects_in_production", 1, "count", C1, AS3),
  fact(SB, "region", "projects_signed", 26, "count", C1, AS3),
  fact(SB, "region", "event_total_investment_cny", 6.65e9, "cny", "26个项目集中签约,总投资超66.5亿元", AS3, qual="超", qtext="超", chk=True, note="当天全部项目合计"),
  fact(SB, "region", "projects_started_or_completed_investment_cny", 1.12e9, "cny", "本次集中开竣工的重点项目共3个,总投资11.2亿元", AS3, chk=True),
  fact(SB, "region", "signed_investment_cny", 5.53e9, "cny", "华腾军创(江苏)科技产业园项目5个,总投资达55.3亿元", AS3, chk=True, note="26个签约项目合计"),
  fact("梁溪‘矽’谷", "park", "projects_signed", 9, "count", C4, AS3, opt=True),
  fact("运河西路南侧A地块", "site", "projects_signed", 12, "count", C4, AS3, opt=True),
  fact("华腾军创(江苏)科技产业园", "park", "projects_signed", 5, "count", C4, AS3, opt=True),
 ])

# ---------------------------------------------------------------- ts04 徐州高新区 集中开工准备 (徐州高新区投促局 via investchn 2021)
XZ = "徐州高新区"
D0 = "为加快推进重大产业项目建设进度,徐州高新区管委会计划于5月28日开展徐州高新区2021年第二季度重大产业项目集中开工活动"
D1 = "本次集中开工主会场设在徐工青山新能源产业基地项目地块内,徐工青山新能源产业基地项目总投资额约55亿元人民币,主要从事新能源矿卡整车、电池、电控系统的设计、生产和销售业务,为徐州市2021年一号工程项目"
G["ts04"] = dict(
 article=art("徐州高新区重大产业项目集中开工仪式准备工作顺利推进", "徐州高新区投促局，载于 investchn.com（投促中国）", "2021-05-27", "day",
  "Investment-promotion portal relaying a high-tech zone's investment bureau, Jiangsu: preparations for a zone's quarterly groundbreaking, held on the site of the city's No. 1 project, whose amount and business are given",
  "https://investchn.com/home/news/detail/id/181296.html",
  "日期取页面“发布时间:2021-05-27 来源:徐州高新区投促局 发布开发区:徐州高新技术产业开发区”（此行已删；全称“徐州高新技术产业开发区”只在此行，不作别名）。标题照录；正文三段，完整。园区：徐州高新区（徐州市，江苏；文中又作“高新区”）。项目：徐工青山新能源产业基地项目——总投资额约55亿元人民币（investment_text 取“约55亿元”），新能源矿卡整车、电池、电控系统；文中为次日（5月28日）集中开工主会场，现场正在平整，status planned、status_alt 开工。“徐工青山”只在项目名中，不另列公司。“共计20余台”施工机械不计。",
  "ts04"),
 parks=[
  park(XZ, "徐州", "江苏", "高新区", D0, note="文中又作“高新区”"),
 ],
 projects=[
  proj("徐工青山新能源产业基地项目", XZ, D1, inv="约55亿元", qual="约", qual_text="约", status="planned", status_alt="开工",
       status_text="计划于5月28日开展…集中开工活动（主会场设在项目地块内）", note="徐州市2021年一号工程项目；场地平整中"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- ts05 盐城经开区 三十而立 (网易江苏 2022)
YK = "盐城经济技术开发区"
E0 = "8月8日,国家级盐城经济技术开发区迎来三十周岁生日"
E1 = "以全市1.2%的土地面积,实现了全市12.5%的规上工业开票、23.3%的外贸、48.9%的外资,在全国230家国家级开发区综合评价中位列第70位"
E2 = "与建区初期相比,开发区GDP增长了1900多倍、工业总产值增长了700多倍、到账外资增长了1600多倍"
E3 = "从第一家世界500强企业——美国江森汽车座椅项目正式投产以来,韩国现代和SK、法国佛吉亚、美国德纳等一批世界500强企业相继落户"
E4 = "全区现有外资企业223家,总投资突破70亿美元,成功获批中韩(盐城)产业园、全省首批国际合作园区、中日韩(江苏)产业合作示范园区"
AS5 = "2022年8月（建区30年）"
G["ts05"] = dict(
 article=art("盐城经开区:三十而立正风华 开拓创新再出发", "网易江苏（js.news.163.com；存段未示原出处与作者）", "2022-08-09", "day",
  "National portal's provincial channel, Jiangsu: a national-level economic development zone's 30th anniversary — its shares of the city's land, industry, trade and foreign investment, national ranking, growth multiples since founding, main industries, Fortune-500 firms, foreign-firm count and investment, sub-parks approved",
  "https://js.news.163.com/22/0809/10/HEARUO7G04248EAR.html",
  "日期取网址 22/0809（文中“8月8日”为建区30周年日）。标题照录；面包屑“网易首页 > 网易江苏 > 正文”与“0 分享至”已删。存段末段在“…中日韩(江苏)产业合作示范园区,连”处中断，只删残字“,连”（make_txt.py LINE_SUFFIX），故正文末句无句末标点，共五段。园区：盐城经济技术开发区（国家级；标题作“盐城经开区”；盐城市，江苏）；中韩(盐城)产业园、中日韩(江苏)产业合作示范园区为获批的园区牌子（母园区记盐城经济技术开发区；后者为省级合作示范园区，可选）。公司：法国佛吉亚、美国德纳（世界500强，落户）；美国江森（只在“江森汽车座椅项目”中）、韩国现代、SK 列为可选。项目：美国江森汽车座椅项目（第一家世界500强项目，“正式投产”，年代未说，可选）。事实：土地占全市1.2%、规上工业开票12.5%、外贸23.3%、外资48.9%（ratio）；230家国家级开发区中第70位；GDP/工业总产值/到账外资较建区初期增长1900多倍/700多倍/1600多倍（可选）；外资企业223家、总投资突破70亿美元（usd）。",
  "ts05"),
 parks=[
  park(YK, "盐城", "江苏", "经济技术开发区", E0, aliases=["盐城经开区"], note="国家级；1992年8月8日设立"),
  park("中韩(盐城)产业园", "盐城", "江苏", "产业园", E4, parent=YK, note="获批的国际合作园区牌子"),
  park("中日韩(江苏)产业合作示范园区", "盐城", "江苏", "产业合作示范园区", E4, parent=YK, opt=True, note="获批牌子；省级合作示范园区"),
 ],
 companies=[
  comp("佛吉亚", YK, E3, note="法国；世界500强，落户"),
  comp("德纳", YK, E3, note="美国；世界500强，落户"),
  comp("江森", YK, E3, opt=True, note="美国；只在“江森汽车座椅项目”中"),
  comp("现代", YK, E3, opt=True, note="文中作“韩国现代”"),
  comp("SK", YK, E3, opt=True, note="韩国"),
 ],
 projects=[
  proj("美国江森汽车座椅项目", YK, E3, companies=["江森"], status="投产", status_text="正式投产", opt=True, note="开发区第一家世界500强项目；年份未说"),
 ],
 aggregate_facts=[
  fact(YK, "park", "established_year", 1992, "year", "1992年8月8日,盐城经济技术开发区在改革春潮中诞生", "1992年8月8日", opt=True),
  fact(YK, "park", "land_share_of_city", 0.012, "ratio", E1, AS5, kind="ratio"),
  fact(YK, "park", "industrial_invoiced_sales_share_of_city", 0.125, "ratio", E1, AS5, kind="ratio"),
  fact(YK, "park", "foreign_trade_share_of_city", 0.233, "ratio", E1, AS5, kind="ratio"),
  fact(YK, "park", "foreign_investment_share_of_city", 0.489, "ratio", E1, AS5, kind="ratio"),
  fact(YK, "park", "national_ranking", 70, "rank", E1, AS5, note="全国230家国家级开发区综合评价"),
  fact(YK, "park", "gdp_multiple_since_founding", 1900, "times", E2, AS5, qual="余", qtext="多", opt=True),
  fact(YK, "park", "industrial_output_multiple_since_founding", 700, "times", E2, AS5, qual="余", qtext="多", opt=True),
  fact(YK, "park", "fdi_received_multiple_since_founding", 1600, "times", E2, AS5, qual="余", qtext="多", opt=True),
  fact(YK, "park", "foreign_invested_firms", 223, "count", E4, AS5),
  fact(YK, "park", "foreign_firms_total_investment_usd", 7e9, "usd", "全区现有外资企业223家,总投资突破70亿美元", AS5, qual="超", qtext="突破", note="外资企业总投资"),
 ])

# ---------------------------------------------------------------- ts06 泰州医药高新区 央视《百年百城》 (泰州市医药高新区党政办公室 via investchn 2021)
YY = "泰州医药高新区"
F0 = "据悉,该区近三年新落户生物医药类企业约600家,引进10亿元以上项目15个,列入省重大项目投资计划6个"
F1 = "已落户10家人用疫苗企业、4家兽用疫苗企业,拥有各类疫苗品种50多个,诊断试剂及高端医疗器械企业总数约占全省的13%"
F2 = "在刚公布的215家全国生物医药类园区综合竞争力排名中,泰州医药高新区位列第12位"
AS6 = "2021年12月"
AS6C = "2019–2021年（近三年）"
G["ts06"] = dict(
 article=art("央视《百年百城》聚焦医药高新区(高港区)打造生物医药产业新地标", "泰州市医药高新区党政办公室，载于 investchn.com（投促中国，“开发区新闻·泰州”）", "2021-12-17", "day",
  "Investment-promotion portal relaying a zone's office, Jiangsu: a national TV programme features a pharmaceutical high-tech zone — biomedical firms and big projects landed in three years, vaccine firms and varieties, diagnostics share of the province, national ranking",
  "https://investchn.com/home/news/detail/id/227286.html",
  "日期取页面“发布时间:2021-12-17  来源:泰州市医药高新区党政办公室  发布开发区:泰州国家医药高新技术产业开发区”（此行已删；全称只在此行，不作别名）。标题照录；站名、面包屑、上一条/下一条与联系方式已删；正文两段，完整。园区：泰州医药高新区（文中又作“医药高新区(高港区)”“该区”；与高港区合署；泰州市，江苏）。事实：近三年新落户生物医药类企业约600家、引进10亿元以上项目15个、列入省重大项目投资计划6个（cumulative，as_of 近三年）；人用疫苗企业10家、兽用疫苗企业4家、疫苗品种50多个；诊断试剂及高端医疗器械企业约占全省13%（ratio）；215家全国生物医药类园区综合竞争力排名第12位。中央广播电视总台财经节目中心列可选机构（媒体）。",
  "ts06"),
 parks=[
  park(YY, "泰州", "江苏", "高新区", F2, aliases=["医药高新区"], note="文中又作“医药高新区(高港区)”“该区”；与高港区合署"),
 ],
 institutions=[
  inst("中央广播电视总台财经节目中心", "近日,中央广播电视总台财经节目中心大型融媒体活动《百年百城》走进泰州", kind="media", note="媒体"),
 ],
 aggregate_facts=[
  fact(YY, "park", "biomedical_firms_landed", 600, "count", F0, AS6C, kind="cumulative", qual="约", qtext="约"),
  fact(YY, "park", "projects_over_1bn_introduced", 15, "count", F0, AS6C, kind="cumulative", note="10亿元以上项目"),
  fact(YY, "park", "provincial_major_projects", 6, "count", F0, AS6C, kind="cumulative", note="列入省重大项目投资计划"),
  fact(YY, "park", "human_vaccine_firms", 10, "count", F1, AS6),
  fact(YY, "park", "veterinary_vaccine_firms", 4, "count", F1, AS6),
  fact(YY, "park", "vaccine_varieties", 50, "count", F1, AS6, qual="余", qtext="多", opt=True),
  fact(YY, "park", "diagnostics_devices_firms_share_of_province", 0.13, "ratio", F1, AS6, kind="ratio", qual="约", qtext="约"),
  fact(YY, "park", "national_biomedical_park_ranking", 12, "rank", F2, AS6, note="215家全国生物医药类园区综合竞争力排名"),
 ])

# ---------------------------------------------------------------- ts07 苏州工业园区 首季重大项目推进会 (新民晚报社区版 2022)
SZ = "苏州工业园区"
H0 = "会上,签约重点项目80个,总投资412亿元;开工项目74个,总投资443.3亿元;竣工投产项目30个,总投资136.8亿元"
H1 = "创胜生物创新药、紫翔柔性线路板智能制造中心等产业项目启动开工,矽品半导体封装测试项目、基石肿瘤创新药产业化基地项目、儒拉玛特集团智能制造研发及总部等项目竣工投产"
H2 = "华星光电显示模组项目、友达光电新产线及工业互联创新中心、普华永道数字化转型运营中心、安波福全球商务服务(GBS)、维梧资本生物医药产业基金、住友商事·摩丽茂·新建元圆融国际广场等众多创新浓度厚、国际化程度高、辐射带动力强的项目落地园区"
H3 = "2021年,苏州工业园区在国家级经开区综合排名中实现“六连冠”,全年新增外资项目358个,实际利用外资19.7亿美元,保持高位、全市排名第一,新增跨国公司总部企业6家、总数占全省17%"
AS7 = "2022年2月8日（首季重大项目推进会）"
G["ts07"] = dict(
 article=art("苏州工业园区千亿投资 吹响春季项目建设“集结号”", "新民晚报社区版·长三角，载于 xmds.org.cn", "2022-02-15", "day",
  "Shanghai evening paper's community edition (Yangtze Delta page) on its web site: a national flagship industrial park's first-quarter project meeting — counts and totals of projects signed, started and completed, five named projects started or in production, six named projects and a fund signed, the park's 2021 foreign-investment figures and ranking",
  "http://xmds.org.cn/dd0b50e75900f572144bb143b58b05aa-96883/bb30ae0482a2304d1c2554fe92e607dc.html",
  "日期取页面“发布:2022-02-15 11:19    来源:新民晚报社区版·长三角”（此行已删；文中“2月8日”为推进会日）。标题照录；正文四段，完整。站点 xmds.org.cn 的网址为散列式路径，是否为新民晚报社区版自办网站无法核实（见 SOURCES.md）。园区：苏州工业园区（苏州市，江苏；文中又作“园区”；国家级经开区综合排名“六连冠”）。项目：创胜生物创新药、紫翔柔性线路板智能制造中心（启动开工→开工）；矽品半导体封装测试项目、基石肿瘤创新药产业化基地项目、儒拉玛特集团智能制造研发及总部（竣工投产→投产）；华星光电显示模组项目、友达光电新产线及工业互联创新中心、普华永道数字化转型运营中心、安波福全球商务服务(GBS)、住友商事·摩丽茂·新建元圆融国际广场（“陆续签约…落地园区”→签约）。基金：维梧资本生物医药产业基金（签约落地，规模未说）。均无单项金额。公司只在项目名中出现，列为可选。事实：签约80个/412亿元、开工74个/443.3亿元、竣工投产30个/136.8亿元（推进会当日）；“总投资近千亿元”（千亿元无阿拉伯数字，value 1e11，可选）；2021年新增外资项目358个、实际利用外资19.7亿美元、新增跨国公司总部企业6家、总数占全省17%。",
  "ts07"),
 parks=[
  park(SZ, "苏州", "江苏", "工业园区", H3, note="文中又作“园区”；国家级经开区"),
 ],
 companies=[
  comp("创胜生物", SZ, H1, opt=True, note="只在项目名中"),
  comp("紫翔", SZ, H1, opt=True, note="只在项目名中"),
  comp("矽品", SZ, H1, opt=True, note="只在项目名中"),
  comp("儒拉玛特集团", SZ, H1, opt=True, note="只在项目名中"),
  comp("华星光电", SZ, H2, opt=True, note="只在项目名中"),
  comp("友达光电", SZ, H2, opt=True, note="只在项目名中"),
  comp("普华永道", SZ, H2, opt=True, note="只在项目名中"),
  comp("安波福", SZ, H2, opt=True, note="只在项目名中"),
  comp("维梧资本", SZ, H2, opt=True, note="只在基金名中"),
  comp("住友商事", SZ, H2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("创胜生物创新药", SZ, H1, companies=["创胜生物"], status="开工", status_text="启动开工"),
  proj("紫翔柔性线路板智能制造中心", SZ, H1, companies=["紫翔"], status="开工", status_text="启动开工"),
  proj("矽品半导体封装测试项目", SZ, H1, companies=["矽品"], status="投产", status_text="竣工投产"),
  proj("基石肿瘤创新药产业化基地项目", SZ, H1, status="投产", status_text="竣工投产"),
  proj("儒拉玛特集团智能制造研发及总部", SZ, H1, companies=["儒拉玛特集团"], status="投产", status_text="竣工投产"),
  proj("华星光电显示模组项目", SZ, H2, companies=["华星光电"], status="签约", status_text="陆续签约…落地园区"),
  proj("友达光电新产线及工业互联创新中心", SZ, H2, companies=["友达光电"], status="签约", status_text="陆续签约…落地园区"),
  proj("普华永道数字化转型运营中心", SZ, H2, companies=["普华永道"], status="签约", status_text="陆续签约…落地园区"),
  proj("安波福全球商务服务(GBS)", SZ, H2, companies=["安波福"], status="签约", status_text="陆续签约…落地园区"),
  proj("住友商事·摩丽茂·新建元圆融国际广场", SZ, H2, companies=["住友商事"], status="签约", status_text="陆续签约…落地园区",
       note="住友商事、摩丽茂、新建元合作"),
 ],
 funds=[
  fund("维梧资本生物医药产业基金", SZ, H2, note="签约落地园区；规模未说"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "projects_signed", 80, "count", H0, AS7, note="重点项目"),
  fact(SZ, "park", "signed_investment_cny", 4.12e10, "cny", "签约重点项目80个,总投资412亿元", AS7, chk=True),
  fact(SZ, "park", "projects_started", 74, "count", H0, AS7),
  fact(SZ, "park", "projects_started_investment_cny", 4.433e10, "cny", "开工项目74个,总投资443.3亿元", AS7, chk=True),
  fact(SZ, "park", "projects_completed", 30, "count", H0, AS7, note="竣工投产"),
  fact(SZ, "park", "projects_completed_investment_cny", 1.368e10, "cny", "竣工投产项目30个,总投资136.8亿元", AS7, chk=True),
  fact(SZ, "park", "major_projects_total_investment_cny", 1e11, "cny", "推动总投资近千亿元的重大项目建设实现“开门红”", AS7, qual="约", qtext="近", opt=True),
  fact(SZ, "park", "new_foreign_projects", 358, "count", H3, "2021年"),
  fact(SZ, "park", "actual_fdi_usd", 1.97e9, "usd", "实际利用外资19.7亿美元", "2021年"),
  fact(SZ, "park", "new_mnc_headquarters", 6, "count", H3, "2021年"),
  fact(SZ, "park", "mnc_headquarters_share_of_province", 0.17, "ratio", H3, "2021年末", kind="ratio", opt=True),
 ])

# how each item was obtained (added to the article block; real52's art() has no field for it)
OBT = {
 "ts01": "search (corpus pages) call 11 “镇江经开区 OR 镇江高新区 项目 签约 开工 总投资 亿元 有限公司 2021” → jsnews.jschina.com.cn excerpt, typed into _raw/pages/ts01.raw",
 "ts02": "search (corpus pages) call 10 “泰州医药高新区 OR 中国医药城 企业 项目 投产 开工 总投资 亿元 2022” → mytaizhou.net excerpt, typed into _raw/pages/ts02.raw",
 "ts03": "search (corpus pages) call 14 “无锡经开区 OR 武进国家高新区 OR 南京高新区 项目 竣工投产 签约 总投资 亿元 2022 记者” → szb.wxrb.com excerpt, typed into _raw/pages/ts03.raw",
 "ts04": "search (corpus pages) call 15 “徐州经开区 重大项目密集开工 三诺华东智能制造产业基地 徐工传动” → investchn.com excerpt, typed into _raw/pages/ts04.raw",
 "ts05": "search (corpus pages) call 8 “盐城 经济技术开发区 OR 高新区 产业园 项目 投产 产值 亿元 2022 记者” → js.news.163.com excerpt, typed into _raw/pages/ts05.raw",
 "ts06": "search (corpus pages) call 10 (as ts02) → investchn.com excerpt, typed into _raw/pages/ts06.raw",
 "ts07": "search (corpus pages) call 1 “苏州工业园区 2023年 项目 签约 总投资 亿元 有限公司 开工 投产” → xmds.org.cn excerpt, typed into _raw/pages/ts07.raw",
}
for _k, _v in OBT.items():
    G[_k]["article"]["obtained"] = _v
