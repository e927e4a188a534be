# real284 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied unchanged
# from real52). Conventions as real52: evidence verbatim (all six items simplified script as published); names as written;
# 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts only where the text writes 亿元/万元 (amounts written “150亿” without 元 are kept in investment_text with
# investment_cny null, unparsed=True, as real25 q04). Projects: the park the text places them in, null if none. Status from the
# text's words: 签约 / 集中签约 / 签订…协议 → 签约; 拟签订 / 拟…建设 (announced, not yet signed) → planned. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/rwNN.raw as returned.

# ---------------------------------------------------------------- rw01 长沙高新区16个项目签约 (本报 1月24日, 2018 inferred)
CSG = "长沙高新区"
A0 = "长沙高新区举行“产业项目建设年”启动暨智能制造项目集中签约仪式,包括杉杉能源年产10万吨正极材料生产基地、清控(长沙)创新基地、威胜能源互联网产业园项目、中铁环境总部项目等在内的16个项目集中签约,总投资额超462亿元"
A1 = "杉杉能源总投资200亿元、年产10万吨正极材料生产基地计划在麓谷建设10万吨级高能量密度锂离子电池正极材料开发、生产、销售基地"
AS1 = "2018年1月24日（集中签约；年份推定）"
G["rw01"] = dict(
 article=art("长沙高新区16个项目签约,引资462亿", "“本报”（报名未示；记者 杨田风 通讯员 余旭华），载于 jusar.cn（聚沙母婴资讯网，无关站点转载）", "2018-01-24", "day",
  "City paper item relayed on an unrelated site, Hunan: a national high-tech zone's signing ceremony for 16 smart-manufacturing projects — four named projects, the total, one listed firm's 200亿元 cathode-material base with its production date and expected output",
  "http://www.jusar.cn/a/n99QNVEO87963338.html",
  "日期：文中“本报1月24日讯 今日…”，年份未示；由“产业项目建设年”启动（长沙市2018年为产业项目建设年）及“项目预计将在2020年底全部投产”推定为2018年，记 2018-01-24（day，年份推定）。原发报纸未名（“本报”）。标题照录；站名行“聚沙母婴资讯网…”、广告“深圳翠竹人力资源”、“未经允许不得转载:”“相关推荐”已删；署名行“■记者 杨田风 通讯员 余旭华”保留为末段。正文完整，四段。园区：长沙高新区（长沙市，湖南）；“麓谷”为其所在片区的地名，列可选别名不作园区。项目：杉杉能源年产10万吨正极材料生产基地（签约，总投资200亿元，预计2020年底全部投产）、清控(长沙)创新基地、威胜能源互联网产业园项目、中铁环境总部项目（签约，无单项金额）。事实：16个项目签约、总投资额超462亿元；杉杉项目投产后年产值150亿至200亿元（区间，target，可选，记下限）。",
  "rw01"),
 parks=[
  park(CSG, "长沙", "湖南", "高新技术产业开发区", A0, note="文中又作“麓谷”（项目所在地名）；管委会副主任陈大庆发言"),
 ],
 companies=[
  comp("杉杉能源", CSG, A1, note="年产10万吨正极材料生产基地业主"),
  comp("威胜能源", CSG, A0, opt=True, note="只在项目名“威胜能源互联网产业园项目”中"),
  comp("中铁环境", CSG, A0, opt=True, note="只在项目名“中铁环境总部项目”中"),
 ],
 institutions=[
  inst("长沙高新区管委会", "长沙高新区管委会副主任陈大庆表示", park=CSG),
 ],
 projects=[
  proj("杉杉能源年产10万吨正极材料生产基地", CSG, A1, companies=["杉杉能源"], inv="杉杉能源总投资200亿元", status="签约", status_text="集中签约",
       note="计划在麓谷建设；预计2020年底全部投产"),
  proj("清控(长沙)创新基地", CSG, A0, status="签约", status_text="集中签约"),
  proj("威胜能源互联网产业园项目", CSG, A0, companies=["威胜能源"], status="签约", status_text="集中签约"),
  proj("中铁环境总部项目", CSG, A0, companies=["中铁环境"], status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(CSG, "park", "projects_signed", 16, "count", "16个项目集中签约,总投资额超462亿元", AS1),
  fact(CSG, "park", "signed_investment_cny", 4.62e10, "cny", "总投资额超462亿元", AS1, qual="超", qtext="超", chk=True),
  fact("杉杉能源年产10万吨正极材料生产基地", "project", "expected_annual_output_cny", 1.5e10, "cny", "届时年产值可达150亿至200亿元", "2020年底投产后（预期）",
       kind="target", opt=True, note="区间150亿至200亿元，记下限"),
 ])

# ---------------------------------------------------------------- rw02 马鞍山中山产业园 (中山日报 2016)
MA = "马鞍山经济技术开发区"
ZS = "马鞍山中山产业园"
B0 = "中山市经济促进会与安徽省马鞍山经济技术开发区在马鞍山市正式签订马鞍山中山产业园项目战略合作协议,由双方合作共建的产业转移工业园——马鞍山中山产业园正式挂牌成立"
B1 = "马鞍山中山产业园区一期规划用地约1000亩"
B2 = "此次入驻产业园的投资项目是,建设一座专门为马鞍山市经济技术开发区企业供应压缩空气能源的气站,该项目总投资额达3亿元,计划将分两期投入实施"
B3 = "中山市合创科技实业有限公司等两家中山企业首批挺进长三角并入驻该产业园区"
G["rw02"] = dict(
 article=art("民间组织与安徽合作共建马鞍山中山产业园中山两企业首批入驻", "中山日报，载于 zsgsl.com（中山市工商联站）", "2016-06-10", "day",
  "City daily on a business-federation site, Guangdong/Anhui: a chamber co-builds an industrial-transfer park inside a national economic and technological development zone — park launched, phase-1 land, first two firms entered, one firm's 3亿元 compressed-air station project",
  "https://www.zsgsl.com/article?id=1287",
  "日期取页面“2016-06-10 来源:中山日报”（该行已删）；签约在5月28日。标题照录。正文完整，三段。园区：马鞍山经济技术开发区（文中又作“马鞍山市经济技术开发区”；马鞍山市，安徽）；马鞍山中山产业园（文中又作“马鞍山中山产业园区”“产业园”；园中园，母园区马鞍山经济技术开发区——文中“在马鞍山市经济技术开发区…入园协议”“为马鞍山市经济技术开发区企业供应”，推定）。公司：中山市合创科技实业有限公司（文中又作“中山市合创公司”“合创公司”；入驻）。机构：中山市经济促进会（共建方，民间组织）。项目：合创的压缩空气气站——文中无项目名，以“压缩空气能源气站”记述（项目名为编者概括，可选），总投资3亿元，分两期；状态：入园协议已签→签约。马鞍山中山产业园项目战略合作协议本身为园区开发合作，列可选项目（签约，无金额）。事实：一期规划用地约1000亩；首批入园企业2家。",
  "rw02"),
 parks=[
  park(MA, "马鞍山", "安徽", "经济技术开发区", B0, aliases=["马鞍山市经济技术开发区"], note="文中又作“马鞍山市经济技术开发区”"),
  park(ZS, "马鞍山", "安徽", "产业园（产业转移工业园）", B0, parent=MA, aliases=["马鞍山中山产业园区"],
       note="中山市经济促进会与马鞍山经开区共建；母园区由语境推定"),
 ],
 companies=[
  comp("中山市合创科技实业有限公司", ZS, B3, aliases=["中山市合创公司", "合创公司"], note="首批入园企业；董事长张志鹏"),
 ],
 institutions=[
  inst("中山市经济促进会", B0, kind="association", note="共建方；成立实体公司作为一期项目引荐主体"),
 ],
 projects=[
  proj("压缩空气能源气站", ZS, B2, companies=["中山市合创科技实业有限公司"], inv="该项目总投资额达3亿元", status="签约", status_text="正式签订了入园协议",
       opt=True, note="文中无项目名（名称为编者概括）；为马鞍山经开区企业供应压缩空气；分两期投入"),
  proj("马鞍山中山产业园项目", MA, B0, status="签约", status_text="正式签订…战略合作协议", opt=True, note="园区共建项目；无金额"),
 ],
 aggregate_facts=[
  fact(ZS, "park", "phase1_planned_area_mu", 1000, "mu", B1, "2016年5月", qual="约", qtext="约"),
  fact(ZS, "park", "firms", 2, "count", "中山市合创公司等两家企业与马鞍山市经济技术开发区正式签订了入园协议,成为马鞍山中山产业园的首批入园企业", "2016年5月28日", opt=True, note="首批入园企业"),
 ])

# ---------------------------------------------------------------- rw03 富山工业园 5G通信电子电路项目 (stockstar 2018)
FS = "富山工业园"
C0 = "2017年11月23日公告,公司与珠海市富山工业园管理委员会经友好协商,拟签订《投资协议书》,通过公开竞拍获得相关土地使用权的形式建设“珠海富山工业园5G通信电子电路(HDI&FPCB)项目”,该项目总投资预计不低于17亿元人民币"
G["rw03"] = dict(
 article=art("（无标题）珠海富山工业园5G通信电子电路(HDI&FPCB)项目 事件简述与点评", "证券之星 stock.stockstar.com（个股事件栏；存段无标题、无署名）", "2018-10-08", "day",
  "Stock portal's event note on a listed company's announcement, Guangdong: a firm plans to sign an investment agreement with an industrial park's committee for a 5G circuit-board project of at least 17亿元, via a new subsidiary",
  "http://stock.stockstar.com/JC2018100800001623.shtml",
  "日期取网址 JC20181008（2018-10-08）；所述公告日为2017年11月23日。存段无标题（title 为编者概括），公司名存段未示（只作“公司”）。存段后部“【近两月机构评级】:无”“【技术点睛】:该股停牌”为行情栏目，已删（段落边界），正文截至“…继续提升公司行业竞争力。”；栏目小标题“【事件简述】:”“【事件点评】:”保留为段落。全文260字，略短于300字。园区：富山工业园（文中作“珠海市富山工业园管理委员会”“珠海富山工业园”；珠海市，广东）。项目：珠海富山工业园5G通信电子电路(HDI&FPCB)项目——拟签订投资协议书（planned），总投资预计不低于17亿元（不低于→超）。公司：未具名的上市公司，不列；拟设全资子公司未具名。",
  "rw03"),
 parks=[
  park(FS, "珠海", "广东", "工业园", C0, aliases=["珠海市富山工业园", "珠海富山工业园"], note="文中只在“珠海市富山工业园管理委员会”与项目名中出现"),
 ],
 companies=[],
 institutions=[
  inst("珠海市富山工业园管理委员会", C0, park=FS, note="投资协议对方"),
 ],
 projects=[
  proj("珠海富山工业园5G通信电子电路(HDI&FPCB)项目", FS, C0, inv="总投资预计不低于17亿元", qual="超", qual_text="不低于",
       status="planned", status_text="拟签订《投资协议书》", note="公司名存段未示；将在珠海设全资子公司实施"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- rw04 临港新片区 城投兴港 (劳动报 51ldb 2019-12)
LG = "中国(上海)自由贸易试验区临港新片区"
D0 = "12月19日下午,中国(上海)自由贸易试验区临港新片区与上海城投集团全面战略合作暨城投兴港公司揭牌仪式举行"
D1 = "上海城投兴港投资建设有限公司,是上海城投集团在自贸区临港新片区设立的窗口企业"
D2 = "截至12月17日,累计洽谈项目超过1700个,签约落地101个,涉及总投资500亿元,目前在谈重点项目28个,涉及总投资超700多亿元"
D3 = "累计注册企业3311户(含外资105户),其中内资注册资本539亿元人民币,外资注册资本36亿美元"
AS4 = "2019年8月20日至12月17日"
G["rw04"] = dict(
 article=art("（无标题）临港新片区与上海城投集团全面战略合作 城投兴港公司揭牌", "劳动报（上海，51ldb.com 财经栏；存段无标题、无署名）", "2019-12-19", "day",
  "Shanghai labour daily's business page: a free-trade-zone new area signs a strategic partnership with a city investment group, whose new subsidiary is launched; the area's cumulative projects negotiated, signed and invested, firms registered and registered capital since its launch",
  "https://www.51ldb.com/shsldb/cj/content/009211f3b514c00125546c92bf95ed90.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：仪式“12月19日下午”，新片区“自8月20日揭牌以来”（临港新片区2019年8月20日揭牌），故为2019年；发布日记 2019-12-19（day，推定为当日或次日）。存段末句“未来,新片区将加大…提升城市”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…外资注册资本36亿美元。”，共五段。园区：中国(上海)自由贸易试验区临港新片区（文中又作“自贸区临港新片区”“临港新片区”“新片区”“自贸区新片区”；上海）。公司：上海城投集团（又作“上海城投”）；上海城投兴港投资建设有限公司（又作“城投兴港公司”；在新片区设立）。机构：临港新片区管理委员会、市国资委（可选）。无具名项目。事实（截至12月17日，自揭牌以来，cumulative）：洽谈项目超过1700个；签约落地101个、涉及总投资500亿元；在谈重点项目28个（其“涉及总投资超700多亿元”为“超…多”的不定额，不作 *_cny 事实）；注册企业3311户、外资105户；内资注册资本539亿元；外资注册资本36亿美元。",
  "rw04"),
 parks=[
  park(LG, "上海", "上海", "自由贸易试验区新片区", D0, aliases=["自贸区临港新片区", "临港新片区", "新片区", "自贸区新片区"],
       note="2019年8月20日揭牌"),
 ],
 companies=[
  comp("上海城投集团", None, D0, kind="enterprise", aliases=["上海城投"], note="国资集团；与新片区全面战略合作"),
  comp("上海城投兴港投资建设有限公司", LG, D1, aliases=["城投兴港公司"], note="上海城投集团在新片区设立的窗口企业；当日揭牌"),
 ],
 institutions=[
  inst("临港新片区管理委员会", "临港新片区管理委员会党组书记、常务副主任朱芝松", park=LG),
  inst("市国资委", "市国资委党委副书记肖文高"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LG, "park", "projects_negotiated", 1700, "count", D2, AS4, kind="cumulative", qual="超", qtext="超过"),
  fact(LG, "park", "projects_signed", 101, "count", D2, AS4, kind="cumulative", note="签约落地"),
  fact(LG, "park", "signed_investment_cny", 5e10, "cny", "签约落地101个,涉及总投资500亿元", AS4, kind="cumulative", chk=True),
  fact(LG, "park", "key_projects_under_negotiation", 28, "count", "目前在谈重点项目28个,涉及总投资超700多亿元", "2019年12月17日", opt=True),
  fact(LG, "park", "firms_registered", 3311, "count", D3, AS4, kind="cumulative"),
  fact(LG, "park", "foreign_firms_registered", 105, "count", D3, AS4, kind="cumulative", opt=True),
  fact(LG, "park", "domestic_registered_capital_cny", 5.39e10, "cny", "其中内资注册资本539亿元人民币,外资注册资本36亿美元", AS4, kind="cumulative", chk=True),
  fact(LG, "park", "foreign_registered_capital_usd", 3.6e9, "usd", "外资注册资本36亿美元", AS4, kind="cumulative"),
 ])

# ---------------------------------------------------------------- rw05 2019夏季央企青岛行 (青岛新闻网 2019-08-22)
XHA = "西海岸新区"
QDK = "青岛经济技术开发区"
E0 = "中国五矿集团有限公司同莱西市政府、青岛国投公司达成协议,于 2019 - 2028年,在莱西市设立 200亿投资"
E1 = "第二大投资项目为“中车四方智汇港”,中车集团有限公司独资,投资额 150亿"
E2 = "还有 50亿的“姜山新城产城融合项目”和 10亿的“莱西市 5 . 0中性硼硅药用玻璃项目”"
E3 = "另一项投资额 50亿的项目落户西海岸新区王台镇,专注于新旧动能转换配套建设"
E4 = "青岛开发区投资建设集团有限公司与中国交通建设股份有限公司全资子集团中交一公局集团有限公司,达成战略合作伙伴关系,拟合作成立合资公司"
E5 = "共同推动青岛经济技术开发区王台镇村(居)改造开发"
AS5 = "2019年8月22日（夏季央企青岛行签约）"
G["rw05"] = dict(
 article=art("（无标题）2019夏季央企青岛行 青岛再签14个合作项目 总投资额537亿", "青岛新闻网（记者 崔文静），house.qingdaonews.com 房产频道", "2019-08-22", "day",
  "City news portal's business/property channel, Shandong: central SOEs sign 14 projects with a city — two named SOE projects with sums, a county's two named projects, a 50亿 project in a new area's town by a development-zone investment group with a central-SOE subsidiary",
  "https://house.qingdaonews.com/content/2019-08/23/content_20691587.htm",
  "日期取文中电头“青岛新闻网 8月22日讯…今天下午”（网址为2019-08/23，记于 note）。存段无标题（title 为编者概括）；页首“[摘要]”一段（与导语重复）及“我要评论↓”“返回新闻网房产首页”已删。正文完整，七段。金额均写作“…亿”（无“元”），按惯例 investment_text 照录、investment_cny 记 null（unparsed）。园区：西海岸新区（青岛西海岸新区，文中作“西海岸新区”）；青岛经济技术开发区（“青岛经济技术开发区王台镇村(居)改造开发”）；“姜山新城及工业园区”“电子信息与数字创意产业园”“文旅大健康产业园”为项目规划内容，不列园区。项目：中国五矿在莱西市200亿投资（无项目名，编者概括，可选，park null）；中车四方智汇港（150亿，无园区）；姜山新城产城融合项目（50亿，莱西市）；莱西市 5 . 0中性硼硅药用玻璃项目（10亿）；王台旧改（50亿，落户西海岸新区王台镇——项目名编者概括，可选）。状态：签约。公司：中国五矿集团有限公司、青岛国投公司、中车集团有限公司、青岛开发区投资建设集团有限公司、中国交通建设股份有限公司、中交一公局集团有限公司（均 park null，除青岛开发区投资建设集团外园区未说）。事实：14个项目、537亿（无“元”，count 记，金额不作 *_cny）；莱西市合计260亿（可选）。",
  "rw05"),
 parks=[
  park(XHA, "青岛", "山东", "国家级新区", E3, note="青岛西海岸新区；文中只作“西海岸新区”"),
  park(QDK, "青岛", "山东", "经济技术开发区", E5, opt=True, note="只在“青岛经济技术开发区王台镇村(居)改造开发”中；与西海岸新区的关系文中未说"),
 ],
 companies=[
  comp("中国五矿集团有限公司", None, E0),
  comp("青岛国投公司", None, E0, opt=True),
  comp("中车集团有限公司", None, E1, note="中车四方智汇港独资方"),
  comp("青岛开发区投资建设集团有限公司", None, E4),
  comp("中国交通建设股份有限公司", None, E4, opt=True),
  comp("中交一公局集团有限公司", None, E4),
 ],
 institutions=[
  inst("莱西市政府", E0, note="中国五矿协议方"),
 ],
 projects=[
  proj("中国五矿莱西市投资", None, E0, companies=["中国五矿集团有限公司", "青岛国投公司"], inv="200亿投资", unparsed=True, status="签约", status_text="达成协议",
       opt=True, note="无项目名（编者概括）；2019-2028年，在莱西市；2019年计划投资25亿"),
  proj("中车四方智汇港", None, E1, companies=["中车集团有限公司"], inv="投资额 150亿", unparsed=True, status="签约", status_text="签约",
       note="2025年完成，今年预投资金10亿"),
  proj("姜山新城产城融合项目", None, E2, inv="50亿", unparsed=True, status="签约", status_text="签约", note="莱西市；2019-2023；含姜山新城及工业园区基础设施等"),
  proj("莱西市 5 . 0中性硼硅药用玻璃项目", None, E2, inv="10亿", unparsed=True, status="签约", status_text="签约", note="2020-2030"),
  proj("王台旧改", XHA, E3, companies=["青岛开发区投资建设集团有限公司", "中交一公局集团有限公司"], inv="投资额 50亿", unparsed=True, status="签约",
       status_text="达成战略合作伙伴关系", opt=True, note="项目名取文中“王台旧改”；落户西海岸新区王台镇；青岛经济技术开发区王台镇村(居)改造开发"),
 ],
 aggregate_facts=[
  fact("青岛市", "region", "projects_signed", 14, "count", "青岛再签 14个合作项目,总投资额 537亿", AS5, opt=True, note="城市层面"),
 ])

# ---------------------------------------------------------------- rw06 大洋电机 芜湖产业园 (中证网 relay, 2013)
JJ = "鸠江经济开发区"
F0 = "公司拟投资3-5亿元,在芜湖市鸠江区经济开发区建设“芜湖大洋电机产业园”"
F1 = "公司将分两期滚动投资建设,预计总投资约人民币6亿元,在芜湖市鸠江经济开发区投资建设芜湖大洋电机产业园"
F2 = "公司将于合同正式生效之后拟投入注册资金人民币5000万元在项目所在地成立全资子公司"
G["rw06"] = dict(
 article=art("大洋电机披露芜湖产业园建设进展", "中国证券报·中证网（页尾声明推定），转载于 wuhu.021cf.cn", "2013", "year",
  "Financial-paper item relayed on a local aggregator, Anhui: a listed motor maker's announcement of its industrial park in a district development zone — letter of intent, planned formal contract, total investment, phases, subsidiary capital",
  "http://wuhu.021cf.cn/index.php/post/3035.html",
  "存段无日期行。日期推定：意向书签于2013年4月12日，文称“现公司拟…签订正式的《项目投资合同》”，故发布于2013年（记 2013，year）——早于本套 2015–2019 的范围，保留并在 SOURCES 中注明。原发媒体推定为中国证券报·中证网（页尾“中证网声明”，未明写“来源”）。标题照录；页尾“中证网声明…”、相关链接、“版权声明:本文”已删。正文完整，三段。园区：鸠江经济开发区（文中作“芜湖市鸠江区经济开发区”“芜湖市鸠江经济开发区”；芜湖市鸠江区，安徽）。公司：大洋电机（上市公司）；拟设全资子公司未具名。机构：芜湖市鸠江区人民政府（又作“芜湖市鸠江区政府”）。项目：芜湖大洋电机产业园——拟签正式合同（planned），预计总投资约人民币6亿元（约）；意向书阶段“拟投资3-5亿元”为区间，记于 note。事实：子公司注册资金5000万元（可选）。",
  "rw06"),
 parks=[
  park(JJ, "芜湖", "安徽", "经济开发区", F1, district="鸠江区", aliases=["芜湖市鸠江经济开发区", "芜湖市鸠江区经济开发区"],
       note="文中作“芜湖市鸠江区经济开发区”“芜湖市鸠江经济开发区”"),
 ],
 companies=[
  comp("大洋电机", JJ, F1, note="上市公司；在开发区投资建设产业园"),
 ],
 institutions=[
  inst("芜湖市鸠江区人民政府", "2013年4月12日,公司与芜湖市鸠江区人民政府签订了《芜湖大洋电机产业园投资意向书》", note="又作“芜湖市鸠江区政府”"),
 ],
 projects=[
  proj("芜湖大洋电机产业园", JJ, F1, companies=["大洋电机"], inv="预计总投资约人民币6亿元", qual="约", qual_text="约", status="planned",
       status_text="拟与芜湖市鸠江区政府签订正式的《项目投资合同》", note="2013年4月12日签投资意向书（拟投资3-5亿元，区间）；分两期滚动投资建设"),
 ],
 aggregate_facts=[
  fact("大洋电机", "company", "subsidiary_registered_capital_cny", 5e7, "cny", F2, "合同生效后（计划）", kind="target", opt=True, chk=True),
 ])
