# real60 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/将近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny
# / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts and, for a project, in
# investment_value + investment_currency (investment_cny null). An amount written without 元 (“120亿巨资”) is a fact whose
# metric does not end in _cny (as real53 zw01 “total_investment”). Growth rates and shares as ratios (16.5% → 0.165).
# Projects: the park is the one the text places the project in. Status from the text's words (开工 / 开工建设 / 同时开工 → 开工;
# 投产 → 投产; 顺利建设 → 在建; 签约 / 集中签约 / 合作签约仪式 → 签约). Companies: a firm whose own plant or project the text puts
# in a park gets that park (as real52 zv02 / zv07); a firm named only inside a project name, or a group partner, is optional.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ydNN.raw as returned.

# ---------------------------------------------------------------- yd01 邗江工业园 集中开工 (今日扬州 via sina 2005)
HJ = "邗江工业园"
A0 = "市领导季建业、徐益民、张京霞来到了邗江工业园。邗江工业园已成为一片投资兴业的热土,6个项目栖落此地同时开工"
A1 = "昨天举行开工仪式的珠宝城珠宝文化主题公园项目,由扬州珠宝城和香港伊泰莲娜集团共同打造,总投资2660万美元,协议注册外资820万美元"
A2 = "珠宝城国际珠宝交易会会址和奥力威传感器有限公司这两个外资项目也举行了开工仪式"
A3 = "扬州红星美凯龙全球家居生活广场,是由红星家具集团与江苏柏泰集团共同投资兴建的大型家具直销市场,总投资4.2亿元,建筑面积18万平方米"
A4 = "昨天开工的还有江苏长宏铝业有限公司,总投资4亿元,注册资本2亿元"
A5 = "扬州中扬电缆制造有限公司的注册资本也超过了5000万元"
AS1 = "2005年4月19日"
G["yd01"] = dict(
 article=art("我市昨举行一批项目集中开工投产仪式", "今日扬州（今日扬州网），载于新浪网 news.sina.com.cn（国内新闻）", "2005-04-20", "day",
  "City news site relayed by a national portal, Jiangsu: a city-wide day of project starts — six projects started in a district industrial park, two foreign-funded ones named, a jewellery theme park with its US-dollar investment, a furniture mall and an aluminium firm with yuan investments, a cable firm's registered capital",
  "http://news.sina.com.cn/c/2005-04-20/10215701390s.shtml",
  "日期取页面“2005年04月20日10:21 今日扬州”；文中“昨天”= 2005-04-19。标题照录，标题后的图片标记“(图)”已删（make_txt.py HEAD_SUFFIX）；新浪导航行、日期来源行与重复的标题行已删。小标题“邗江区”保留为一段。存段末段“市委书记季建业对开工项目表示祝贺,他说,近年来邗江举全区之力招商引资,强力推进沿江开”在句中中断，整段删去，正文截至“…注册资本也超过了5000万元。”，共五段。园区：邗江工业园（扬州市邗江区，江苏）。项目：珠宝城珠宝文化主题公园项目（开工；总投资2660万美元——美元额记 investment_value，investment_cny 为空；协议注册外资820万美元为可选事实）；珠宝城国际珠宝交易会会址、奥力威传感器有限公司（“两个外资项目也举行了开工仪式”→开工，无金额；后者以企业名作项目名）；扬州红星美凯龙全球家居生活广场（总投资4.2亿元；“6个项目栖落此地同时开工”“从昨天落户邗江工业园的项目来看”→开工，状态由上下文推定）；江苏长宏铝业有限公司（“昨天开工的还有…总投资4亿元”→开工，以企业名作项目名）。六个开工项目文中只点出五个。公司：奥力威传感器有限公司、江苏长宏铝业有限公司、扬州中扬电缆制造有限公司在园（由段落语境推定）；扬州珠宝城、香港伊泰莲娜集团、红星家具集团、江苏柏泰集团为投资方，可选、park null。注册资本（长宏2亿元、中扬超过5000万元）不是投资额，列可选事实。",
  "yd01"),
 parks=[
  park(HJ, "扬州", "江苏", "工业园", A0, district="邗江区", note="文中又作“该园区”"),
 ],
 companies=[
  comp("奥力威传感器有限公司", HJ, A2, note="外资项目，开工"),
  comp("江苏长宏铝业有限公司", HJ, A4, note="昨天开工；园区由段落语境推定"),
  comp("扬州中扬电缆制造有限公司", HJ, A5, note="注册资本超过5000万元；园区由段落语境推定"),
  comp("扬州珠宝城", None, A1, opt=True, note="主题公园项目合作方"),
  comp("香港伊泰莲娜集团", None, A1, opt=True, note="主题公园项目合作方"),
  comp("红星家具集团", None, A3, opt=True, note="家居生活广场投资方"),
  comp("江苏柏泰集团", None, A3, opt=True, note="家居生活广场投资方"),
 ],
 projects=[
  proj("珠宝城珠宝文化主题公园项目", HJ, A1, companies=["扬州珠宝城", "香港伊泰莲娜集团"], inv="总投资2660万美元",
       currency="usd", value=2.66e7, status="开工", status_text="举行开工仪式", note="美元投资额；协议注册外资820万美元"),
  proj("珠宝城国际珠宝交易会会址", HJ, A2, status="开工", status_text="举行了开工仪式", note="外资项目；无金额"),
  proj("奥力威传感器有限公司", HJ, A2, companies=["奥力威传感器有限公司"], status="开工", status_text="举行了开工仪式",
       note="以企业名作项目名；外资项目；无金额"),
  proj("扬州红星美凯龙全球家居生活广场", HJ, A3, companies=["红星家具集团", "江苏柏泰集团"], inv="总投资4.2亿元", status="开工",
       status_text="同时开工", note="状态由“6个项目栖落此地同时开工”“从昨天落户邗江工业园的项目来看”推定"),
  proj("江苏长宏铝业有限公司", HJ, A4, companies=["江苏长宏铝业有限公司"], inv="总投资4亿元", status="开工", status_text="昨天开工",
       note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "projects_started", 6, "count", A0, AS1),
  fact("珠宝城珠宝文化主题公园项目", "project", "contracted_fdi_usd", 8.2e6, "usd", "协议注册外资820万美元", AS1, opt=True),
  fact("扬州红星美凯龙全球家居生活广场", "project", "floor_area_m2", 1.8e5, "m2", "建筑面积18万平方米", AS1, opt=True),
  fact("扬州红星美凯龙全球家居生活广场", "project", "expected_annual_sales_cny", 1e9, "cny", "预计投产后可实现年销售近10亿元", "投产后（预期）",
       kind="target", qual="约", qtext="近", chk=True),
  fact("扬州红星美凯龙全球家居生活广场", "project", "expected_jobs", 2000, "count", "提供超过2000个就业岗位", "投产后（预期）", kind="target",
       qual="超", qtext="超过", opt=True),
  fact("江苏长宏铝业有限公司", "company", "registered_capital_cny", 2e8, "cny", "注册资本2亿元", AS1, opt=True, chk=True),
  fact("扬州中扬电缆制造有限公司", "company", "registered_capital_cny", 5e7, "cny", "注册资本也超过了5000万元", AS1, qual="超", qtext="超过",
       opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yd02 青岛经济技术开发区 2005 外经贸 (青岛新闻网 2006)
QD = "青岛经济技术开发区"
B0 = "2005年,开发区利用外商直接投资达到6.85亿美元,同比增长16.5%,超计划目标12.6%"
B1 = "全年共新批外商投资企业162个,项目总投资21.3亿美元,合同利用外资16.6亿美元;新批过千万美元大项目39个、世界500强投资或增资项目10个"
B2 = "大炼油、北船重工等产业龙头项目相继开工"
B3 = "山孚日水、通用五菱乘用车等一批重点项目先后投产"
B4 = "丽东化工、瑞智机电、春源机电、南港区四大码头等一批外资大项目顺利建设"
B5 = "丽东化工、圣戈班玻璃等大项目纷纷大幅增资"
B6 = "2005年,开发区外贸进出口总量一举跨越30亿美元大关,达到32.9亿美元,超计划任务15.4%"
B7 = "其中,外贸出口17.5亿美元,同比增长29.2%,超计划任务6%"
B8 = "全区外贸进出口过亿美元企业达到9家,其中出口过亿美元企业达5家、过千万美元企业达22家"
AS2 = "2005年"
G["yd02"] = dict(
 article=art("开发区:开放推动集群发展", "青岛新闻网 qingdaonews.com（“本报讯”，原报名与署名存段未示）", "2006-01-24", "day",
  "City news portal carrying a local paper's item, Shandong: a national economic and technological development zone's 2005 foreign-trade review — FDI and its growth, new foreign-invested firms and contracted FDI, named projects started, in production and under construction, trade and export totals with growth, outbound investment",
  "https://qingdaonews.com/content/2006-01/24/content_5941495.htm",
  "日期取网址 content/2006-01/24（文中“本报讯2005年…”为年度回顾）；原发报纸未注明（页面属青岛新闻网）。存段首行把标题“开发区:开放推动集群发展”与正文连在一起，标题切出（make_txt.py HEAD_PREFIX）；首段在“仓储物流”/“、新型材料”处断行，原样拼接（JOIN）；存段首段与“利用外资质量水平高位攀升”一段以空格相连，照录为一段。存段末行“在全年新”为残句，删去；正文截至“…产业链项目不断集聚。”，共四段。园区：青岛经济技术开发区（文中又作“开发区”“全区”；青岛，山东）。项目：大炼油、北船重工（相继开工→开工）；山孚日水、通用五菱乘用车（先后投产→投产）；丽东化工、瑞智机电、春源机电、南港区四大码头（顺利建设→在建）；圣戈班玻璃只说“大幅增资”，不给状态（可选）。项目名多为企业简称，同名企业列为可选公司。事实（2005年，美元）：实际利用外商直接投资6.85亿美元、增长16.5%、超计划12.6%；新批外商投资企业162个、项目总投资21.3亿美元、合同利用外资16.6亿美元；千万美元以上项目39个、世界500强投资或增资项目10个；进出口32.9亿美元、出口17.5亿美元增长29.2%；过亿美元企业等；境外投资5家、外派劳务合同额与营业额（可选）。“超计划”比例、“30亿美元大关”不单列或列可选。",
  "yd02"),
 parks=[
  park(QD, "青岛", "山东", "经济技术开发区", "本报讯2005年,青岛经济技术开发区以“建设全国一流的开发区”为目标", note="文中又作“开发区”“全区”"),
 ],
 companies=[
  comp("北船重工", QD, B2, opt=True, note="项目名即企业简称"),
  comp("山孚日水", QD, B3, opt=True, note="项目名即企业简称"),
  comp("丽东化工", QD, B4, opt=True, note="项目名即企业简称；又见增资"),
  comp("瑞智机电", QD, B4, opt=True, note="项目名即企业简称"),
  comp("春源机电", QD, B4, opt=True, note="项目名即企业简称"),
  comp("圣戈班玻璃", QD, B5, opt=True, note="增资"),
 ],
 projects=[
  proj("大炼油", QD, B2, status="开工", status_text="相继开工", note="产业龙头项目"),
  proj("北船重工", QD, B2, status="开工", status_text="相继开工", note="产业龙头项目"),
  proj("山孚日水", QD, B3, status="投产", status_text="先后投产"),
  proj("通用五菱乘用车", QD, B3, status="投产", status_text="先后投产"),
  proj("丽东化工", QD, B4, status="在建", status_text="顺利建设", note="外资大项目；又“大幅增资”"),
  proj("瑞智机电", QD, B4, status="在建", status_text="顺利建设", note="外资大项目"),
  proj("春源机电", QD, B4, status="在建", status_text="顺利建设", note="外资大项目"),
  proj("南港区四大码头", QD, B4, status="在建", status_text="顺利建设", note="外资大项目"),
  proj("圣戈班玻璃", QD, B5, opt=True, note="只说“大幅增资”；无状态"),
 ],
 aggregate_facts=[
  fact(QD, "park", "actual_fdi_usd", 6.85e8, "usd", B0, AS2),
  fact(QD, "park", "actual_fdi_yoy_growth", 0.165, "ratio", B0, AS2, kind="ratio"),
  fact(QD, "park", "actual_fdi_above_plan", 0.126, "ratio", B0, AS2, kind="ratio", opt=True),
  fact(QD, "park", "new_foreign_invested_firms", 162, "count", B1, AS2),
  fact(QD, "park", "new_fdi_projects_total_investment_usd", 2.13e9, "usd", "项目总投资21.3亿美元", AS2),
  fact(QD, "park", "contracted_fdi_usd", 1.66e9, "usd", "合同利用外资16.6亿美元", AS2),
  fact(QD, "park", "new_projects_over_10m_usd", 39, "count", B1, AS2),
  fact(QD, "park", "fortune500_investments", 10, "count", B1, AS2),
  fact(QD, "park", "trade_total_usd", 3.29e9, "usd", B6, AS2),
  fact(QD, "park", "trade_total_above_plan", 0.154, "ratio", B6, AS2, kind="ratio", opt=True),
  fact(QD, "park", "exports_usd", 1.75e9, "usd", B7, AS2),
  fact(QD, "park", "exports_yoy_growth", 0.292, "ratio", B7, AS2, kind="ratio"),
  fact(QD, "park", "exports_above_plan", 0.06, "ratio", B7, AS2, kind="ratio", opt=True),
  fact(QD, "park", "firms_trade_over_100m_usd", 9, "count", B8, AS2),
  fact(QD, "park", "firms_exports_over_100m_usd", 5, "count", B8, AS2, opt=True),
  fact(QD, "park", "firms_exports_over_10m_usd", 22, "count", B8, AS2, opt=True),
  fact(QD, "park", "outbound_investment_firms", 5, "count", "2005年,开发区共实现“走出去”境外投资达到5家", AS2, opt=True),
  fact(QD, "park", "labour_service_contracts_usd", 4e6, "usd", "实现外派劳务合同额400万美元", AS2, opt=True),
  fact(QD, "park", "labour_service_turnover_usd", 2.3e6, "usd", "营业额230万美元", AS2, opt=True),
 ])

# ---------------------------------------------------------------- yd03 成都经济技术开发区 25个工业项目签约 (成都日报 via sina 2008)
CD = "成都经济技术开发区"
C0 = "成都经济技术开发区投资说明会暨汽车及工程机械项目合作签约仪式,25个工业项目,120亿巨资落入桃花丛中"
C1 = "世界500强神钢与成工合作投资34亿元的创百迁扩建项目"
C2 = "投资4亿元的宝钢汽车配套剪切中心项目"
C3 = "国内最大的汽车线束厂、一汽十大配套企业长春灯泡电线有限公司则前来投资1亿元建设汽车线束项目"
C4 = "首期投资40亿元的汽车博览城项目,将打造西部地区最大的贸易市场"
C5 = "投资5亿元的成都经开区亚健康孵化中心,则将从事科技孵化、总部经济"
C6 = "据悉,签约工业项目中,有世界500强企业3家,上市公司5家"
AS3 = "2008年3月22日"
G["yd03"] = dict(
 article=art("战果辉煌 一天内签下25个工业项目", "四川新闻网-成都日报（龙宣，记者 赵一、陈方耀），载于新浪网 news.sina.com.cn", "2008-03-23", "day",
  "City daily via provincial news site and national portal, Sichuan: a national economic and technological development zone's investment presentation and signing at a flower festival — 25 industrial projects and their total, named automotive, machinery, trade and incubator projects with investors and amounts",
  "http://news.sina.com.cn/o/2008-03-23/042713617586s.shtml",
  "日期取页面“2008年03月23日04:27 四川新闻网-成都日报”；文中“昨日下午”= 2008-03-22。标题照录；新浪日期来源行已删；电头“四川新闻网-成都日报讯:”单独成行，与下一行导语原样拼接（make_txt.py JOIN）。存段末段“引人注目的,在昨日的投资说明会上,龙泉驿区和美国佐治亚州桃郡还签订了友好合作关系协议,从而全面开启双方经济、文化”在句中中断，整段删去；正文截至“…亚健康产业的研发、孵化和生产。”，共三段。园区：成都经济技术开发区（文中又作“经开区”“成都经开区”；成都，四川；文中未说所在区县，district 记 null）。项目（均为签约仪式所签；status 签约）：创百迁扩建项目（神钢与成工合作，投资34亿元；未来3年产值100亿元为项目目标）；宝钢汽车配套剪切中心项目（投资4亿元；导语中的“世界500强宝钢投资4亿元的宝钢成都项目”金额与投资方相同，推定为同一项目，列 alias）；长春灯泡电线有限公司的汽车线束项目（投资1亿元；项目名文中作“汽车线束项目”）；汽车博览城项目（首期投资40亿元，记 investment 40亿元并注“首期”）；成都经开区亚健康孵化中心（投资5亿元）。“120亿巨资”无“元”字，记为 signed_investment（单位 cny，非 _cny 指标）。“新的汽车整车厂家”未点名。公司：长春灯泡电线有限公司（前来投资建设项目，park 记经开区）；神钢、成工、宝钢为合作或投资方，可选。",
  "yd03"),
 parks=[
  park(CD, "成都", "四川", "经济技术开发区", C0, aliases=["成都经开区"], note="文中又作“经开区”“成都经开区”"),
 ],
 companies=[
  comp("长春灯泡电线有限公司", CD, C3, note="一汽十大配套企业；前来投资建设汽车线束项目"),
  comp("神钢", CD, C1, opt=True, note="世界500强；与成工合作创百迁扩建项目"),
  comp("成工", CD, C1, opt=True, note="与神钢合作"),
  comp("宝钢", CD, "世界500强宝钢投资4亿元的宝钢成都项目", opt=True, note="投资方"),
 ],
 projects=[
  proj("创百迁扩建项目", CD, C1, companies=["神钢", "成工"], inv="投资34亿元", status="签约", status_text="合作签约仪式",
       note="工程机械；未来3年产值100亿元"),
  proj("宝钢汽车配套剪切中心项目", CD, C2, companies=["宝钢"], inv="投资4亿元", status="签约", status_text="合作签约仪式",
       aliases=["宝钢成都项目"], note="导语作“宝钢成都项目”，同为宝钢投资4亿元，推定为同一项目"),
  proj("汽车线束项目", CD, C3, companies=["长春灯泡电线有限公司"], inv="投资1亿元", status="签约", status_text="合作签约仪式"),
  proj("汽车博览城项目", CD, C4, inv="首期投资40亿元", status="签约", status_text="合作签约仪式", phase="首期",
       note="金额为首期投资"),
  proj("成都经开区亚健康孵化中心", CD, C5, inv="投资5亿元", status="签约", status_text="合作签约仪式"),
 ],
 aggregate_facts=[
  fact(CD, "park", "projects_signed", 25, "count", C0, AS3, note="工业项目"),
  fact(CD, "park", "signed_investment", 1.2e10, "cny", C0, AS3, note="“120亿巨资”，无“元”字"),
  fact(CD, "park", "signed_fortune500_firms", 3, "count", C6, AS3),
  fact(CD, "park", "signed_listed_firms", 5, "count", C6, AS3, opt=True),
  fact("创百迁扩建项目", "project", "expected_output_cny", 1e10, "cny", "在未来3年内产值将达到100亿元", "未来3年内（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yd04 杭州经济技术开发区 上海推介会 (浙江在线 2008)
HZ = "杭州经济技术开发区"
D0 = "5月28日,杭州经济技术开发区2008年(上海)投资推介会在上海举行,这也是杭州经济技术开发区首次单独组团赴上海招商"
D1 = "推介会达成了5个投资意向,涉及投资金额将近18亿元"
D2 = "经过15年的建设,开发区形成了电子信息、生物医药、机械制造、食品饮料四大支柱产业,吸引了来自全球39个国家和地区的474家外商投资企业落户"
D3 = "本次招商引资说明会主推三个区块,包括重点培育综合商贸产业的下沙新城CBD区块、主导发展研发和服务外包的新加坡杭州科技园以及承接国际制造业转移和新兴产业发展的40平方公里江东区块"
AS4 = "2008年5月28日"
G["yd04"] = dict(
 article=art("（无标题）杭州经济技术开发区2008年(上海)投资推介会 达成5个投资意向近18亿元", "浙江在线 zjnews.zjol.com.cn（“浙江在线05月30日讯”；存段无署名）", "2008-05-30", "day",
  "Provincial news portal, Zhejiang: a national economic and technological development zone's first investment presentation of its own in Shanghai — investment intentions and their amount, foreign-invested firms attracted in 15 years, three areas promoted (a CBD block, a Singapore science park, a 40 km² block)",
  "http://zjnews.zjol.com.cn/05zjnews/system/2008/05/30/009569230.shtml",
  "日期取电头“浙江在线05月30日讯”与网址 2008/05/30；推介会 5月28日。存段无标题（title 为编者概括）；电头单独成行，与下一行原样拼接（make_txt.py JOIN）。正文四段，完整。园区：杭州经济技术开发区（杭州，浙江；文中称国家级经济技术开发区，1993年批准；又作“开发区”）。主推三个区块：新加坡杭州科技园（园区，母园区推定为杭州经济技术开发区）；下沙新城CBD区块、江东区块（区块，可选，母园区同上；江东区块40平方公里为可选事实）。未点名任何签约企业或项目：5个投资意向、将近18亿元（约）为园区事实（as_of 2008-05-28）；474家外商投资企业（截至发稿，cumulative）、39个国家和地区（可选）；参会企业80多家、14个国家和地区（可选）。金胜山为市政府经济顾问，人物不列。",
  "yd04"),
 parks=[
  park(HZ, "杭州", "浙江", "国家级经济技术开发区", D0, note="文中又作“开发区”；1993年经国务院批准"),
  park("新加坡杭州科技园", "杭州", "浙江", "科技园", D3, parent=HZ, note="主推区块之一；母园区由语境推定"),
  park("下沙新城CBD区块", "杭州", "浙江", "区块（综合商贸）", D3, parent=HZ, opt=True, note="主推区块之一"),
  park("江东区块", "杭州", "浙江", "区块（制造业）", D3, parent=HZ, opt=True, note="主推区块之一，40平方公里"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "investment_intents", 5, "count", D1, AS4),
  fact(HZ, "park", "intended_investment_cny", 1.8e9, "cny", D1, AS4, qual="约", qtext="将近", chk=True),
  fact(HZ, "park", "foreign_invested_firms", 474, "count", D2, "2008年5月", kind="cumulative"),
  fact(HZ, "park", "foreign_investor_countries", 39, "count", D2, "2008年5月", kind="cumulative", opt=True),
  fact(HZ, "park", "presentation_attending_firms", 80, "count", "来自世界14个国家和地区的80多家企业代表参加了推介会", AS4, qual="余", qtext="多", opt=True),
  fact("江东区块", "park", "area_km2", 40, "km2", D3, AS4, opt=True),
 ])

# ---------------------------------------------------------------- yd05 泰兴虹桥工业园 10亿元项目开工 (泰兴网 2010)
TX = "泰兴虹桥工业园区"
E0 = "元月6日上午,总投资10亿元的大型铝材物流加工项目在江苏省泰兴虹桥工业园区正式开工建设"
E1 = "该项目建成后,当年可形成销售10亿元、利税2亿元"
E2 = "虹桥工业园区是2009年元月新近挂牌的省级工业园区,一年来共开发实施1000万元以上重大项目28个,其中2亿元以上项目8个,10亿元以上项目3个,计划总投资62.05亿元"
E3 = "这次新开工的大型铝材物流加工项目由国家新型建筑装饰材料龙头企业——浙江首华建材有限公司投资建设,注册资本3亿元,总投资10亿元"
AS5 = "2009年1月至2010年1月"
G["yd05"] = dict(
 article=art("泰兴虹桥工业园首个10亿元项目开工", "泰兴网 www.taixing.cn（“聚焦泰兴”栏；页注“来源:新浪”；记者 戴群、孙纪刚）", "2010-01-19", "day",
  "County-city news site, Jiangsu: a new provincial industrial park's first 1-billion-yuan project started — the project's investor, investment and expected sales and profit-tax, the park's projects in its first year by size and their planned total",
  "http://www.taixing.cn/html/news/jujiaotaixing/2010/0119/19128.html",
  "日期取页面“2010-01-19 来源:新浪”；开工日“元月6日”= 2010-01-06。标题照录；站点问候、注册、位置行、日期来源行、重复标题行与图片署名“(周冰 摄)”已删。正文两段，完整，末为记者署名。园区：标题作“泰兴虹桥工业园”，文中作“江苏省泰兴虹桥工业园区”“虹桥工业园区”；名称取“泰兴虹桥工业园区”，另两种写法列 alias（泰州市泰兴市，江苏；2009年元月挂牌的省级工业园区）。项目：大型铝材物流加工项目（浙江首华建材有限公司投资建设，总投资10亿元，正式开工建设→开工；建成当年销售10亿元、利税2亿元为目标）。公司：浙江首华建材有限公司（在园投资建设项目，park 记园区）；“注册资本3亿元”为项目公司注册资本，列可选事实。园区事实：一年来1000万元以上重大项目28个（cumulative）、其中2亿元以上8个、10亿元以上3个（可选）、计划总投资62.05亿元。",
  "yd05"),
 parks=[
  park(TX, "泰州", "江苏", "省级工业园区", E0, district="泰兴市", aliases=["泰兴虹桥工业园", "虹桥工业园区"],
       note="标题作“泰兴虹桥工业园”；文中又作“虹桥工业园区”“园区”；2009年元月挂牌"),
 ],
 companies=[
  comp("浙江首华建材有限公司", TX, E3, note="国家新型建筑装饰材料龙头企业；投资建设铝材物流加工项目"),
 ],
 projects=[
  proj("大型铝材物流加工项目", TX, E0, companies=["浙江首华建材有限公司"], inv="总投资10亿元", status="开工", status_text="正式开工建设",
       note="园区组建后引进的第一个总投资10亿元的重大项目"),
 ],
 aggregate_facts=[
  fact("大型铝材物流加工项目", "project", "expected_annual_sales_cny", 1e9, "cny", E1, "建成当年（预期）", kind="target", chk=True),
  fact("大型铝材物流加工项目", "project", "expected_profit_tax_cny", 2e8, "cny", "利税2亿元", "建成当年（预期）", kind="target", chk=True),
  fact("大型铝材物流加工项目", "project", "registered_capital_cny", 3e8, "cny", "注册资本3亿元", "2010年1月", opt=True, chk=True),
  fact(TX, "park", "major_projects", 28, "count", E2, AS5, kind="cumulative", note="1000万元以上重大项目"),
  fact(TX, "park", "projects_over_200m_cny", 8, "count", E2, AS5, kind="cumulative", opt=True),
  fact(TX, "park", "projects_over_1bn_cny", 3, "count", E2, AS5, kind="cumulative", opt=True),
  fact(TX, "park", "planned_investment_cny", 6.205e9, "cny", "计划总投资62.05亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- yd06 辽阳经济开发区 (压铸网 2010)
LY = "辽阳经济开发区"
F0 = "2002年辽阳经济开发区被省政府批准晋级为省级开发区"
F1 = "组建了2亿元的融资平台和3亿元的担保公司,争取贷款资金1.8亿元、拆借资金2300万元用于道路、给排水等基础设施和土地整理"
F2 = "实施土地剥离储备2942亩,争取建设用地指标1098亩,其中666亩实现高效供地,正在出让运作的419亩"
F3 = "近一年多来,经济开发区引进了重点项目25个,总投资23.3亿元,完成投资近7亿元"
F4 = "给水管线工程已完成6.5公里,排水管线工程已完成10.6公里,园区道路铺设里程达到8.5公里"
AS6 = "2009年至2010年6月"
G["yd06"] = dict(
 article=art("辽阳经济开发区:打造地区经济新引擎", "压铸网 www.yzw.cc（“来源:压铸网”；原发媒体与署名未注明）", "2010-06-24", "day",
  "Trade website's feature, Liaoning: a provincial economic development zone's history and its 2009–2010 push — financing platform, land reserved and supplied, utilities and roads built, key projects introduced with total and completed investment",
  "https://www.yzw.cc/news/201006/24/33163.html",
  "日期取页面“2010-06-24来源:压铸网”。标题照录；客服热线、日期来源行与截断的“核心摘要”行已删。存段在末句“辽阳经济开发”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…完成投资近7亿元。”，共五段（前三段为大事年表式短句）。园区：辽阳经济开发区（文中又作“经济开发区”；辽阳市太子河区，辽宁；2002年晋级省级开发区，2006年重新审核为省级经济开发区）。无具名企业或项目（“沈煤集团”只见于供暖计划，列可选公司；鞍钢只在“鞍钢水线”工程名中，不列）。事实（2009年以来）：融资平台2亿元、担保公司3亿元、争取贷款1.8亿元、拆借2300万元（可选）；土地剥离储备2942亩、建设用地指标1098亩、供地666亩、出让运作419亩；给排水管线与道路里程（可选）；近一年多引进重点项目25个、总投资23.3亿元、完成投资近7亿元（约）。",
  "yd06"),
 parks=[
  park(LY, "辽阳", "辽宁", "省级经济开发区", F0, district="太子河区", note="文中又作“经济开发区”；由太子河区推进"),
 ],
 companies=[
  comp("沈煤集团", None, "供暖工程纳入沈煤集团今年一期供暖计划", opt=True, note="供暖方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LY, "park", "key_projects_introduced", 25, "count", F3, AS6, kind="cumulative"),
  fact(LY, "park", "key_projects_total_investment_cny", 2.33e9, "cny", "总投资23.3亿元", AS6, kind="cumulative", chk=True),
  fact(LY, "park", "investment_completed_cny", 7e8, "cny", "完成投资近7亿元", AS6, kind="cumulative", qual="约", qtext="近", chk=True),
  fact(LY, "park", "financing_platform_cny", 2e8, "cny", F1, AS6, opt=True, chk=True),
  fact(LY, "park", "guarantee_company_cny", 3e8, "cny", "3亿元的担保公司", AS6, opt=True, chk=True),
  fact(LY, "park", "loans_obtained_cny", 1.8e8, "cny", "争取贷款资金1.8亿元", AS6, opt=True, chk=True),
  fact(LY, "park", "short_term_borrowing_cny", 2.3e7, "cny", "拆借资金2300万元", AS6, opt=True, chk=True),
  fact(LY, "park", "land_reserved_mu", 2942, "mu", F2, AS6, kind="cumulative"),
  fact(LY, "park", "construction_land_quota_mu", 1098, "mu", F2, AS6, kind="cumulative"),
  fact(LY, "park", "land_supplied_mu", 666, "mu", F2, AS6, kind="cumulative"),
  fact(LY, "park", "land_being_transferred_mu", 419, "mu", F2, AS6, opt=True),
  fact(LY, "park", "water_supply_pipes_km", 6.5, "km", F4, "2010年6月", opt=True),
  fact(LY, "park", "drainage_pipes_km", 10.6, "km", F4, "2010年6月", opt=True),
  fact(LY, "park", "roads_km", 8.5, "km", F4, "2010年6月", opt=True),
 ])

# ---------------------------------------------------------------- yd07 新乡经开区 授牌暨签约 (hnr.cn 2012)
XX = "新乡经济技术开发区"
H0 = "同时,计划总投资31.3亿元的3个重大项目在仪式上集中签约,正式落户新乡经开区"
H1 = "成都南辉实业股份有限公司计划投资17.48亿元建设的“经开区公铁物流园项目”"
H2 = "马来西亚联熹水务集团计划投资5亿元建设的水库和工业供水项目"
H3 = "湖北三环程镫有限公司计划投资3.5亿元建设汽车灯具及精密模具制造项目"
AS7 = "2012年11月2日"
G["yd07"] = dict(
 article=art("（无标题）国家新乡经济技术开发区授牌暨重大项目签约仪式 3个项目总投资31.3亿元", "映象网 hnr.cn（河南广播电视台网站，“地市风采”栏；记者 李虎成、赵同增）", "2012-11-03", "day",
  "Provincial broadcaster's news site, Henan: a zone's plaque ceremony as a newly upgraded national economic and technological development zone, with three named projects signed, their investors and planned investments",
  "http://hnr.cn/news/dsfc/201211/t20121103_227060.html",
  "日期取网址 201211/t20121103；仪式在“11月2日上午”。存段无标题（title 为编者概括）；末尾“相关新闻”“更多>>”已删。正文四段，完整，末段为记者署名。站名：hnr.cn 为河南广播电视台的映象网（存段未示站名，据域名记）。园区：新乡经济技术开发区（文中又作“国家新乡经济技术开发区”“新乡经开区”“经开区”；新乡，河南；2003年1月始建，2012年7月30日升级为国家级）。项目（集中签约→签约；“均将于近期正式开工建设”）：“经开区公铁物流园项目”（成都南辉实业股份有限公司，计划投资17.48亿元）；水库和工业供水项目（马来西亚联熹水务集团，计划投资5亿元）；汽车灯具及精密模具制造项目（湖北三环程镫有限公司，计划投资3.5亿元）。三家公司的项目落户经开区，park 记经开区（同 real52 zv07 签约企业）。事实：3个项目、计划总投资31.3亿元（as_of 2012-11-02）。“我省第七家国家级经开区”为名次，不列。",
  "yd07"),
 parks=[
  park(XX, "新乡", "河南", "国家级经济技术开发区", "新乡经济技术开发区始建于2003年1月,今年7月30日,经国务院批准,升级为国家级经济技术开发区",
       aliases=["国家新乡经济技术开发区", "新乡经开区"], note="文中又作“经开区”"),
 ],
 companies=[
  comp("成都南辉实业股份有限公司", XX, H1, note="公铁物流园项目投资方；项目落户经开区"),
  comp("马来西亚联熹水务集团", XX, H2, note="水库和工业供水项目投资方"),
  comp("湖北三环程镫有限公司", XX, H3, note="汽车灯具及精密模具制造项目投资方"),
 ],
 projects=[
  proj("经开区公铁物流园项目", XX, H1, companies=["成都南辉实业股份有限公司"], inv="计划投资17.48亿元", status="签约", status_text="集中签约",
       note="近期正式开工建设"),
  proj("水库和工业供水项目", XX, H2, companies=["马来西亚联熹水务集团"], inv="计划投资5亿元", status="签约", status_text="集中签约",
       note="近期正式开工建设"),
  proj("汽车灯具及精密模具制造项目", XX, H3, companies=["湖北三环程镫有限公司"], inv="计划投资3.5亿元", status="签约", status_text="集中签约",
       note="近期正式开工建设"),
 ],
 aggregate_facts=[
  fact(XX, "park", "projects_signed", 3, "count", H0, AS7),
  fact(XX, "park", "signed_investment_cny", 3.13e9, "cny", H0, AS7, chk=True),
 ])
