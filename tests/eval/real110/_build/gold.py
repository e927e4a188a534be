# real110 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city or county is not a park); a sub-park when the text names one
# (yb05 乌衣园区). Status from the text's words (开工 / 开工典礼 → 开工; 正式投产 → 投产; 签约 / 签订合作协议 → 签约; 跟踪在谈 →
# planned; 钢结构施工 → 在建; 相继建成并投入使用 → 竣工; 落户 / 引进 alone → no status). “预计” year figures are kind target
# with “（预计）” in as_of; year-to-date counts and values (“今年以来”, “截至目前”, “累计”) are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/ybNN.raw as returned.

# ---------------------------------------------------------------- yb01 安庆 新签约首位产业项目 (安庆日报 2019)
AQ = "安庆经开区"; WJ = "望江经开区"; YJ = "迎江经开区"; GX = "高新区"; HN = "怀宁经开区"; SS = "宿松经开区"
A0 = "今年以来,全市新签约首位产业项目42个,投资额80.44亿元"
A1 = "其中,5亿元以上首位产业项目3个,分别是安庆经开区的年产150万台自动变速箱壳体项目,由日本爱信精机株式会社、环新集团联合投资5.99亿元"
A2 = "望江经开区的汽车配件生产项目,投资5.1亿元"
A3 = "迎江经开区的金富春产业园项目,投资5亿元"
A4 = "高新区跟踪在谈的高端仿制药原料药及制剂项目,拟投资额30亿元"
A5 = "怀宁经开区跟踪在谈的年产200亿只高端医用手套项目,拟投资额15亿元"
A6 = "宿松经开区跟踪在谈的100万绽纺织生产项目,拟投资额45亿元"
A7 = "全市新开工项目19个,多为亿元项目,投资额29.09亿元,已到资8.69亿元"
AS1 = "2019年1月1日–3月21日"
G["yb01"] = dict(
 article=art("今年安庆市新签约首位产业项目42个 投资额80.44亿元", "安庆日报（通讯员丁庠生 记者李渊），载于 yybnet.net（地方网，望江新闻栏）", "2019-03-22", "day",
  "City daily via a local news portal, Anhui: a city's first-quarter dispatch meeting of its provincial-level zones — year-to-date signed 'leading-industry' projects, three named signed projects in three zones with amounts, three named projects in talks in three more zones, projects started",
  "https://yybnet.net/anqing/wangjiang/201903/8861101.html",
  "日期取页面“来源:安庆日报 2019-03-22 10:36”；文中“3月21日”为调度会日。标题照录；导航、来源行与页尾“新闻推荐 / 今日阳光乏力多”已删；署名行“(通讯员丁庠生记者李渊)”在正文末，保留。正文五段，完整。“100万绽纺织”照录（绽，原文如此）。园区（均为安庆市所辖，安徽）：安庆经开区、望江经开区（望江县）、迎江经开区（迎江区）、高新区（文中只作“高新区”，应指安庆高新区；可选）、怀宁经开区（怀宁县）、宿松经开区（宿松县）。项目：三个新签约5亿元以上首位产业项目（签约，金额照录：“联合投资5.99亿元”“投资5.1亿元”“投资5亿元”）；三个“跟踪在谈”项目（planned，拟投资额）。爱信精机、环新集团为安庆经开区项目的联合投资方，园区记安庆经开区。全市数字（新签约42个 / 80.44亿元、在谈16个 / 188.28亿元、新开工19个 / 29.09亿元 / 到资8.69亿元）为安庆市（region）今年以来累计（cumulative）。",
  "yb01"),
 parks=[
  park(AQ, "安庆", "安徽", "经济技术开发区", A1, note="安庆经济技术开发区；文中只作“安庆经开区”"),
  park(WJ, "安庆", "安徽", "经济开发区", A2, district="望江县"),
  park(YJ, "安庆", "安徽", "经济开发区", A3, district="迎江区"),
  park(GX, "安庆", "安徽", "高新区", A4, opt=True, note="文中只作“高新区”，应指安庆高新技术产业开发区"),
  park(HN, "安庆", "安徽", "经济开发区", A5, district="怀宁县"),
  park(SS, "安庆", "安徽", "经济开发区", A6, district="宿松县"),
 ],
 companies=[
  comp("日本爱信精机株式会社", AQ, A1, note="与环新集团联合投资安庆经开区的变速箱壳体项目"),
  comp("环新集团", AQ, A1, note="同上"),
 ],
 projects=[
  proj("年产150万台自动变速箱壳体项目", AQ, A1, companies=["日本爱信精机株式会社", "环新集团"], inv="联合投资5.99亿元", status="签约", status_text="新签约"),
  proj("汽车配件生产项目", WJ, A2, inv="投资5.1亿元", status="签约", status_text="新签约"),
  proj("金富春产业园项目", YJ, A3, inv="投资5亿元", status="签约", status_text="新签约"),
  proj("高端仿制药原料药及制剂项目", GX, A4, inv="拟投资额30亿元", status="planned", status_text="跟踪在谈"),
  proj("年产200亿只高端医用手套项目", HN, A5, inv="拟投资额15亿元", status="planned", status_text="跟踪在谈"),
  proj("100万绽纺织生产项目", SS, A6, inv="拟投资额45亿元", status="planned", status_text="跟踪在谈", note="“绽”照录（应为锭）"),
 ],
 aggregate_facts=[
  fact("安庆市", "region", "projects_signed", 42, "count", A0, AS1, kind="cumulative", note="首位产业项目"),
  fact("安庆市", "region", "signed_investment_cny", 8.044e9, "cny", A0, AS1, kind="cumulative", chk=True),
  fact("安庆市", "region", "projects_signed_over_500m", 3, "count", "其中,5亿元以上首位产业项目3个", AS1, kind="cumulative", opt=True),
  fact("安庆市", "region", "projects_in_talks", 16, "count", "全市新跟踪在谈5亿元以上项目16个", AS1, kind="cumulative", opt=True, note="5亿元以上"),
  fact("安庆市", "region", "projects_in_talks_investment_cny", 1.8828e10, "cny", "拟投资额188.28亿元", AS1, kind="cumulative", opt=True, chk=True),
  fact("安庆市", "region", "projects_started", 19, "count", A7, AS1, kind="cumulative"),
  fact("安庆市", "region", "projects_started_investment_cny", 2.909e9, "cny", "投资额29.09亿元,已到资8.69亿元", AS1, kind="cumulative", chk=True),
  fact("安庆市", "region", "investment_arrived_cny", 8.69e8, "cny", "已到资8.69亿元", AS1, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yb02 市经开区 安粮 签约 (aq365 2018)
SJ = "市经开区"
B0 = "10月31日上午,市经开区管委会与安徽安粮实业发展有限公司签订食品深加工及进出口项目合作协议"
B1 = "安徽安粮实业发展有限公司是我省从事农产品进出口和加工贸易的龙头企业,此次签约计划总投资1亿元,于12月份启动建设"
G["yb02"] = dict(
 article=art("（无标题）市经开区与安徽安粮实业发展有限公司签订食品深加工及进出口项目合作协议", "aq365.com（安庆本地新闻站；存段无标题、无署名）", "2018-11-01", "day",
  "Local news site, Anhui: a signing brief — a city's economic-technological development zone signs a food-processing and import-export project with a provincial trading firm, with planned investment, start month and capacity",
  "http://aq365.com/html/201811/01/70506.html",
  "日期取网址 201811/01；文中“10月31日上午”为签约日（2018年）。存段无标题、无日期行（title 为编者概括）。正文三段，完整。园区：文中只作“市经开区”（安庆经济技术开发区；“入驻安庆”“转移至我市”可知为安庆，安徽），名称照录。公司：安徽安粮实业发展有限公司（项目入驻市经开区）。项目：食品深加工及进出口项目——签订合作协议→签约；“计划总投资1亿元”，计划12月启动建设（evidence 取金额句，项目名在首句）。年产3000吨速冻蔬菜深加工及出口、12000吨芝麻进口及加工为建成后产能（target，可选）。市经开区管委会列可选机构。副市长杨林不列。",
  "yb02"),
 parks=[
  park(SJ, "安庆", "安徽", "经济技术开发区", B0, note="文中只作“市经开区”；即安庆经济技术开发区"),
 ],
 companies=[
  comp("安徽安粮实业发展有限公司", SJ, B0),
 ],
 institutions=[
  inst("市经开区管委会", B0, park=SJ),
 ],
 projects=[
  proj("食品深加工及进出口项目", SJ, B1, companies=["安徽安粮实业发展有限公司"], inv="计划总投资1亿元", status="签约", status_text="签订…合作协议",
       note="项目名见首句“签订食品深加工及进出口项目合作协议”；计划2018年12月启动建设"),
 ],
 aggregate_facts=[
  fact("食品深加工及进出口项目", "project", "expected_annual_capacity_t", 3000, "t", "项目建成后,可实现年产3000吨速冻蔬菜深加工及出口、12000吨芝麻进口及加工", "建成后（预计）", kind="target", opt=True, note="速冻蔬菜深加工及出口"),
  fact("食品深加工及进出口项目", "project", "expected_annual_capacity_t", 12000, "t", "12000吨芝麻进口及加工", "建成后（预计）", kind="target", opt=True, note="芝麻进口及加工"),
 ])

# ---------------------------------------------------------------- yb03 合肥高新区 2022年综合评价第七 (央广网 via 163 2023)
HF = "合肥高新区"
C0 = "合肥高新区在169个国家级高新区中位居第七名,较上一年上升一位,连续九年稳居全国十强"
C1 = "在几个主要的一级评价指标中,合肥高新区“开放创新和国际竞争力”排名第四,仅次于北京中关村、上海张江和苏州工业园"
C2 = "税收收入占合肥市比重达24.6%,较上年提高近5个百分点"
C3 = "2022年,合肥高新区新增工业百亿企业4家,新增工业10亿以上企业15家"
C4 = "新增上市公司3家,高新股份成功发行全省首单公募REITs,募资近16亿元"
AS3 = "2022年"
G["yb03"] = dict(
 article=art("2022年国家高新区综合评价排名出炉 合肥高新区升至第七", "央广网（记者徐鹏），网易号转载 www.163.com（转载账号存段未示）", "2023-02-17", "day",
  "National broadcaster's website via a portal's self-media channel, Anhui: a national high-tech zone's rank in the ministry's 2022 evaluation, its sub-index ranks, shares of city GDP and tax, new large firms and listings, a zone-owned company's REIT",
  "https://www.163.com/dy/article/HTQ1EF440514R9NP.html",
  "日期取电头“央广网合肥2月17日消息”；年份据“公布2022年国家高新技术开发区综合评价结果”与全文2022年数据推定为2023年（另一转载页 mafwo 注 2023-02-19）。标题照录；网易导航“网易首页 > 网易号 > 正文 申请入驻”“0 / 分享至”与图片说明“高能级创新资源加速向合肥高新区聚集(央广网发 高新区管委会供图)”已删。存段末段“近年来,合肥高新区坚持创新驱动…被称为“合肥版中”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…居国家高新区前列。”，共五段。园区：合肥高新区（合肥高新技术产业开发区，国家级，安徽）；北京中关村、上海张江、苏州工业园只作比较，列可选园区。公司：高新股份（合肥高新股份有限公司，园区直属企业；文中只作“高新股份”），REITs 募资“近16亿元”→约（可选事实）。事实：全国第七（2022年度综合评价，national_rank 7）、上升一位、连续九年十强、169个国家级高新区；一级指标排名（第四 / 第五 / 第七 / 第八，可选）；税收占全市24.6%（ratio）；新增工业百亿企业4家、10亿以上企业15家、新增上市公司3家；亩均排名与万人发明专利可选。科技部火炬中心列可选机构。",
  "yb03"),
 parks=[
  park(HF, "合肥", "安徽", "高新区", C0, note="合肥高新技术产业开发区；文中又作“高新区”“园区”"),
  park("北京中关村", "北京", "北京", "国家自主创新示范区", C1, opt=True, note="只作排名比较"),
  park("上海张江", "上海", "上海", "高新区", C1, opt=True, note="只作排名比较"),
  park("苏州工业园", "苏州", "江苏", "工业园区", C1, opt=True, note="只作排名比较"),
 ],
 companies=[
  comp("高新股份", HF, C4, note="合肥高新股份有限公司（文中简称）；发行全省首单公募REITs"),
 ],
 institutions=[
  inst("科技部火炬中心", "近日,科技部火炬中心公布2022年国家高新技术开发区综合评价结果"),
  inst("合肥高新区管委会", "记者今天从合肥高新区管委会获悉", park=HF),
 ],
 aggregate_facts=[
  fact(HF, "park", "national_rank", 7, "rank", C0, "2022年度国家高新区综合评价"),
  fact(HF, "park", "national_rank_improvement", 1, "rank", C0, "2022年度国家高新区综合评价", opt=True),
  fact(HF, "park", "years_in_national_top10", 9, "years", C0, "2022年度国家高新区综合评价", opt=True),
  fact("国家级高新区", "other", "national_high_tech_zones", 169, "count", C0, "2022年度国家高新区综合评价", opt=True),
  fact(HF, "park", "openness_competitiveness_national_rank", 4, "rank", C1, "2022年度国家高新区综合评价", opt=True),
  fact(HF, "park", "quality_efficiency_national_rank", 5, "rank", "“综合质效和持续创新力”排名全国第五", "2022年度国家高新区综合评价", opt=True),
  fact(HF, "park", "tax_share_of_city", 0.246, "ratio", C2, AS3, kind="ratio"),
  fact(HF, "park", "value_added_per_mu_national_rank", 7, "rank", "亩均工业增加值和税收位居全国高新区第七和第五", AS3, opt=True),
  fact(HF, "park", "tax_per_mu_national_rank", 5, "rank", "亩均工业增加值和税收位居全国高新区第七和第五", AS3, opt=True),
  fact(HF, "park", "new_firms_output_over_10bn", 4, "count", C3, AS3, note="新增工业百亿企业"),
  fact(HF, "park", "new_firms_output_over_1bn", 15, "count", C3, AS3, note="新增工业10亿以上企业"),
  fact(HF, "park", "new_listed_firms", 3, "count", C4, AS3),
  fact("高新股份", "company", "reits_raised_cny", 1.6e9, "cny", "高新股份成功发行全省首单公募REITs,募资近16亿元", AS3, qual="约", qtext="近", opt=True, chk=True),
  fact(HF, "park", "invention_patents_per_10k_people", 474, "count", "万人有效发明专利达474件", AS3, opt=True),
 ])

# ---------------------------------------------------------------- yb04 合巢经开区 全年工业经济 (香港商报网 2017)
HC = "合巢经开区"
D0 = "预计全年,全区实现规上工业增加值增长17.1%;完成工业投资 增长44.6%,其中技改投资增长43.8%;实现战略性新兴产业产值增长60 %"
D1 = "双诚电缆、思维建材等3家企业成功在安徽省股权交易中心挂牌上市"
D2 = "成功落户东风精铸总部项目,获批安徽省制造业与互联网融合发展试点企业"
D3 = "今年全区累计申请专利1100件,其中发明330件,授权专利336件,其中发明22件"
D4 = "新批国家高新技术企业3家,累计拥有国家高企11家,占规上企业总数26%"
AS4 = "2017年全年（预计）"
G["yb04"] = dict(
 article=art("合巢经开区系列报道之六——合巢经开区 全年工业经济保持平稳较快发展", "香港商报网（hkcd.com，安徽本地新闻栏；通讯员 吴娟娟 陈悦）", "2017-12-28", "day",
  "Hong Kong paper's mainland web channel (simplified), Anhui: part six of a series on a provincial development zone — year-end industrial review with expected growth rates, firms certified or listed on the regional equity exchange, a headquarters project landed, patents and high-tech firms",
  "http://hkcd.com/content_p/2017-12/28/content_53012.html",
  "日期取页面“2017-12-28 来源:香港商报网”。简体原文（香港商报网安徽频道），未转换。标题照录；导航“香港商报官网 > 安徽 > 本地新闻”与日期来源行已删；文中空格（“完成工业投资 增长44.6%”“60 %”）与“二是新奥燃气”照录。存段末段“组织实施26个项目…全年累计完成投资35.4亿元,占全部工业投”在句中中断，该段与其前的小标题“项目建设扎实推进 战新产业步伐加快”一并删去（make_txt.py ITEMS 截至上一段），正文截至“…市级“两创产品”6个。”，含小标题一行，共四段。园区：合巢经开区（合巢经济开发区，后更名安徽巢湖经济开发区；合肥市代管巢湖市，安徽；文中又作“全区”“该区”）。公司：新奥燃气、双诚电缆、思维建材、东风精铸（均在园区）。项目：东风精铸总部项目“成功落户”→无状态。事实：“预计全年”四项增速（target，as_of 2017年全年（预计））；工业对GDP贡献52.5%（紧接预计句，记 target，可选）；省制造强省资金997万元（reported）、累计1.2亿元（cumulative，可选）；专利申请1100件（今年累计，cumulative），发明 / 授权可选；新批国家高企3家、累计11家、占规上企业26%。安徽省股权交易中心列可选机构。",
  "yb04"),
 parks=[
  park(HC, "合肥", "安徽", "经济开发区", "今年以来,合巢经开区坚持工业强区发展目标不动摇", district="巢湖市", note="文中又作“全区”“该区”；后更名安徽巢湖经济开发区（安巢经开区）"),
 ],
 companies=[
  comp("新奥燃气", HC, "二是新奥燃气通过国家两化融合贯标体系认证,为全省首家通过该体系认证的燃气生产销售企业,也是该区首个荣获“国字号”认证的企业"),
  comp("双诚电缆", HC, D1, note="在安徽省股权交易中心挂牌"),
  comp("思维建材", HC, D1, note="在安徽省股权交易中心挂牌"),
  comp("东风精铸", HC, D2, note="总部项目落户"),
 ],
 institutions=[
  inst("安徽省股权交易中心", D1, kind="platform"),
 ],
 projects=[
  proj("东风精铸总部项目", HC, D2, companies=["东风精铸"], status=None, status_text="成功落户", note="落户，无金额"),
 ],
 aggregate_facts=[
  fact(HC, "park", "above_scale_industrial_value_added_yoy_growth", 0.171, "ratio", D0, AS4, kind="target"),
  fact(HC, "park", "industrial_investment_yoy_growth", 0.446, "ratio", D0, AS4, kind="target"),
  fact(HC, "park", "tech_renovation_investment_yoy_growth", 0.438, "ratio", D0, AS4, kind="target", opt=True),
  fact(HC, "park", "strategic_emerging_output_yoy_growth", 0.60, "ratio", D0, AS4, kind="target"),
  fact(HC, "park", "industry_contribution_to_gdp", 0.525, "ratio", "工业对GDP贡献达到52.5%,同比提升4.3个百分点", AS4, kind="target", opt=True),
  fact(HC, "park", "provincial_funds_obtained_cny", 9.97e6, "cny", "争取省制造强省资金997万元,累计达1.2亿元", "2017年", chk=True, note="省制造强省资金"),
  fact(HC, "park", "provincial_funds_obtained_cny", 1.2e8, "cny", "累计达1.2亿元", "2017年（累计）", kind="cumulative", opt=True, chk=True),
  fact(HC, "park", "patent_applications", 1100, "count", D3, "2017年", kind="cumulative"),
  fact(HC, "park", "invention_patent_applications", 330, "count", D3, "2017年", kind="cumulative", opt=True),
  fact(HC, "park", "patents_granted", 336, "count", D3, "2017年", kind="cumulative", opt=True),
  fact(HC, "park", "new_high_tech_firms", 3, "count", D4, "2017年"),
  fact(HC, "park", "high_tech_firms", 11, "count", D4, "2017年末", kind="cumulative"),
  fact(HC, "park", "high_tech_share_of_above_scale_firms", 0.26, "ratio", D4, "2017年末", kind="ratio", opt=True),
  fact(HC, "park", "firms_listed_regional_equity_exchange", 3, "count", D1, "2017年", opt=True),
 ])

# ---------------------------------------------------------------- yb05 南谯工业开发区乌衣园区 众望科希盟 开工 (2016)
NQ = "南谯工业开发区"; WY = "乌衣园区"
E0 = "5月28日,安徽众望科希盟有限公司高分子复合材料项目在南谯工业开发区乌衣园区举行开工典礼,正式启动项目建设"
E1 = "该项目在南谯工业开发区乌衣园区征地208亩,总投资13.25亿元"
E2 = "项目建成后,预计可实现年产值15亿元,上缴税收约6000万元"
PN = "安徽众望科希盟有限公司高分子复合材料项目"
G["yb05"] = dict(
 article=art("南谯又一10亿元项目开工建设", "hsfns.com（“招商动态”栏；原出处未注明）", "2016-06-01", "day",
  "Investment-promotion column of a local site, Anhui: a project-start brief — a firm's composite-materials project starts in a sub-park of a district industrial development zone, with land, investment and expected output and tax",
  "http://hsfns.com/chuzhoudongtai/89228.html",
  "日期取页面“| 招商动态 |2016-06-01”；文中“5月28日”为开工典礼日（2016年）。标题照录；栏目日期行与包住正文的引号“ ” ”已删。正文三段，完整。园区：南谯工业开发区（滁州市南谯区，安徽；文中只作此名）与其乌衣园区（文中作“南谯工业开发区乌衣园区”，parent 南谯工业开发区）；项目 park 记乌衣园区。公司：安徽众望科希盟有限公司。项目：安徽众望科希盟有限公司高分子复合材料项目——举行开工典礼→开工；“总投资13.25亿元”；征地208亩；建成后预计年产值15亿元、税收约6000万元（target）。南谯区为区（region），“三个一”等不计。",
  "yb05"),
 parks=[
  park(NQ, "滁州", "安徽", "开发区", E0, district="南谯区", note="省级开发区；文中只作“南谯工业开发区”"),
  park(WY, "滁州", "安徽", "园区", E0, district="南谯区", parent=NQ, note="文中作“南谯工业开发区乌衣园区”"),
 ],
 companies=[
  comp("安徽众望科希盟有限公司", WY, E0),
 ],
 projects=[
  proj(PN, WY, E1, companies=["安徽众望科希盟有限公司"], inv="总投资13.25亿元", status="开工", status_text="举行开工典礼,正式启动项目建设",
       aliases=["高分子复合材料项目"], note="项目名与开工见首句；金额句见第二段"),
 ],
 aggregate_facts=[
  fact(PN, "project", "site_area_mu", 208, "mu", E1, "2016年5月"),
  fact(PN, "project", "expected_annual_output_cny", 1.5e9, "cny", E2, "建成后（预计）", kind="target", chk=True),
  fact(PN, "project", "expected_annual_tax_cny", 6e7, "cny", "上缴税收约6000万元", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- yb06 芜湖江北新区 集中签约 安徽建工 产业园项目 (企业新闻 2023)
JB = "芜湖江北新区"
F0 = "前往芜湖参加芜湖江北新区第三季度“双招双引”项目集中签约仪式"
F1 = "此次签约涉及汽车产业、数字经济、生命健康、地产开发、建筑科技、现代服务业六大类41个项目,总投资超500亿元"
F2 = "作为江北新区招商引资的安徽建工(芜湖)绿色新材料智能智造产业园项目,是建工建材为响应安徽建工集团“十四五”规划要求、大力发展实体经济板块,在芜湖进行实体经济布局的重点项目"
F3 = "7月20日合资公司安徽建工皖江新材料科技有限公司注册成立,8月8日成功摘牌项目用地"
AS6 = "2023年9月6日（第三季度集中签约）"
G["yb06"] = dict(
 article=art("（无标题）安徽建工建材科技集团参加芜湖江北新区第三季度“双招双引”项目集中签约仪式 绿色新材料智能智造产业园项目预计10月动工", "安徽建工建材科技集团有限公司网站（ahrt.acegjc.com，企业新闻；存段无标题、无署名）", "2023-09", "month",
  "Company website news, Anhui: a state construction-materials group reports a new area's quarterly signing ceremony (41 projects, over 50 billion yuan) and the progress of its own industrial-park project there (JV registered, land acquired, start and production dates planned)",
  "http://ahrt.acegjc.com/msg.php?MsgId=1411",
  "存段无标题、无发布日期（title 为编者概括）；签约仪式为2023年9月6日，文中“预计2023年10月份动工”，发布当在2023年9月（precision month）。存段为两段，第二段末的表格竖线“ |”已删（make_txt.py LINE_SUFFIX），正文完整。园区：芜湖江北新区（芜湖市，安徽；文中又作“江北新区”，kind 新区）。项目：安徽建工(芜湖)绿色新材料智能智造产业园项目——企业参加集中签约仪式并称该项目为“江北新区招商引资的…重点项目”，状态记签约（由语境推定），土地已摘牌、预计2023年10月动工、2024年8月投产（status_alt planned）；无金额。公司：安徽建工建材科技集团有限公司（文中又作“建工建材”，投资方，园区 null）、安徽建工皖江新材料科技有限公司（项目合资公司，园区由语境推定为江北新区）；安徽建工集团为母集团（可选，null）。事实：本次签约41个项目、总投资超500亿元（江北新区）。",
  "yb06"),
 parks=[
  park(JB, "芜湖", "安徽", "新区", F0, aliases=["江北新区"], note="文中又作“江北新区”"),
 ],
 companies=[
  comp("安徽建工建材科技集团有限公司", None, "2023年9月6日上午11时,安徽建工建材科技集团有限公司党委副书记、总经理张俊一行,前往芜湖参加芜湖江北新区第三季度“双招双引”项目集中签约仪式",
       aliases=["建工建材"], note="投资方；所在地文中未说"),
  comp("安徽建工皖江新材料科技有限公司", JB, F3, note="项目合资公司；园区由语境推定"),
  comp("安徽建工集团", None, F2, opt=True, note="母集团，只被提及"),
 ],
 projects=[
  proj("安徽建工(芜湖)绿色新材料智能智造产业园项目", JB, F2, companies=["安徽建工建材科技集团有限公司", "安徽建工皖江新材料科技有限公司"],
       status="签约", status_text="集中签约仪式（江北新区招商引资项目）", status_alt="planned",
       note="签约由语境推定；2023年8月摘牌用地，预计2023年10月动工、2024年8月正式投产；无金额"),
 ],
 aggregate_facts=[
  fact(JB, "park", "projects_signed", 41, "count", F1, AS6),
  fact(JB, "park", "signed_investment_cny", 5e10, "cny", F1, AS6, qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- yb07 马鞍山经开区 弗德莱博投产 格力产业园 (人民网安徽 2022)
MA = "马鞍山经开区"
H0 = "9月16日上午,马鞍山经开区弗德莱博3D打印健康食品生产基地项目正式投产"
H1 = "弗德莱博“研发在杭州、生产在马鞍山”,项目总投资5亿元,分两期建设,一期全面达产后,可实现年销售收入2亿元"
H2 = "截至目前,园区绿色食品产业集群已集聚食品及配套企业34家,其中规上企业15家、限上企业3家,今年上半年实现产值(营业收入)约102.3亿元"
H3 = "总投资60亿元的格力(马鞍山)智能产业园项目规划用地930亩"
H4 = "马鞍山经开区格力(马鞍山)智能产业园项目钢结构工程首吊顺利完成,标志着该项目正式进入主体钢结构快速施工新阶段"
FD = "弗德莱博3D打印健康食品生产基地项目"; GL = "格力(马鞍山)智能产业园项目"
G["yb07"] = dict(
 article=art("马鞍山:坚持“项目为王”推进制造业三年倍增", "人民网安徽频道（ah.people.com.cn，“政在行动”栏；存段无署名）", "2022-09-19", "day",
  "National paper's provincial web channel, Anhui: a national economic-technological development zone — one firm's food plant goes into production (investment, expected sales), the zone's green-food cluster (firms, half-year output), a 6-billion-yuan appliance park under construction",
  "http://ah.people.com.cn/n2/2022/0919/c375162-40129780.html",
  "日期取页面“2022年09月19日09:17 | 来源:人民网-安徽频道”；文中“9月16日”“9月14日”为投产、首吊日。标题照录；导航、日期来源行与“小字号”已删。存段在末段“项目共分两期建设,一期将建设22栋单体建筑,打造行”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…百亿级智能制造基地。”，共六段。园区：马鞍山经开区（马鞍山经济技术开发区，国家级，安徽；文中又作“园区”）。项目：弗德莱博3D打印健康食品生产基地项目——正式投产→投产，“项目总投资5亿元”，分两期，一期达产后年销售收入2亿元（target）；格力(马鞍山)智能产业园项目——钢结构首吊、进入主体施工→在建，“总投资60亿元”，规划用地930亩。公司：弗德莱博(杭州)科技有限公司（文中又作“弗德莱博”；研发在杭州、生产在马鞍山，园区记马鞍山经开区）；格力只在项目名与“格力电工板块”中（可选）。事实：绿色食品产业集群企业34家（截至目前，cumulative）、规上15家、限上3家（可选）、上半年产值约102.3亿元。",
  "yb07"),
 parks=[
  park(MA, "马鞍山", "安徽", "经济技术开发区", H0, note="文中又作“园区”"),
 ],
 companies=[
  comp("弗德莱博(杭州)科技有限公司", MA, "弗德莱博(杭州)科技有限公司创始人、总经理朱沛然介绍说", aliases=["弗德莱博"], note="研发在杭州、生产在马鞍山经开区"),
  comp("格力", MA, H3, opt=True, note="只在项目名与“格力电工板块”中"),
 ],
 projects=[
  proj(FD, MA, H1, companies=["弗德莱博(杭州)科技有限公司"], inv="项目总投资5亿元", status="投产", status_text="正式投产",
       note="项目名与投产见首句；分两期建设"),
  proj(GL, MA, H3, companies=["格力"], inv="总投资60亿元", status="在建", status_text="钢结构工程首吊顺利完成,正式进入主体钢结构快速施工新阶段",
       note="2022年9月14日钢结构首吊；见 H4"),
 ],
 aggregate_facts=[
  fact(FD, "project", "expected_annual_sales_cny", 2e8, "cny", "一期全面达产后,可实现年销售收入2亿元", "一期达产后（预计）", kind="target", chk=True),
  fact(MA, "park", "green_food_cluster_firms", 34, "count", H2, "2022年9月", kind="cumulative", note="食品及配套企业"),
  fact(MA, "park", "green_food_cluster_above_scale_firms", 15, "count", H2, "2022年9月", kind="cumulative", opt=True),
  fact(MA, "park", "green_food_cluster_above_quota_firms", 3, "count", H2, "2022年9月", kind="cumulative", opt=True),
  fact(MA, "park", "green_food_cluster_output_cny", 1.023e10, "cny", "今年上半年实现产值(营业收入)约102.3亿元", "2022年上半年", qual="约", qtext="约", chk=True),
  fact(GL, "project", "site_area_mu", 930, "mu", H3, "2022年9月", opt=True, note="规划用地"),
 ])

# ---------------------------------------------------------------- yb08 蚌埠经济开发区去年引资15亿 (工业园网 2013)
BB = "蚌埠经济开发区"
K0 = "刚刚过去的一年,蚌埠经济开发区各项工作捷报频传"
K1 = "全年招商引资突破15亿元,实现20%的较大增幅,进而带动项目投资力度不断加大"
K2 = "引进并实施了宝龙城市广场、财富广场、家乐福等一批大项目,启动了都市工业园和宏业产业园建设,引进了高科技非晶硅太阳能薄膜电池、二甲醚、新黄山玻璃等项目"
K3 = "投资大厦和大学园区二期等公共项目相继建成并投入使用"
K4 = "实施了龙子湖桥头公园和东海大道环境整治两大重点工程建设"
AS8 = "2012年"
G["yb08"] = dict(
 article=art("蚌埠经济开发区去年引资15亿", "工业园网（cnrepark.com 安徽站 ah.cnipai.com；用户上传，原出处未注明）", "2013-04-02", "day",
  "Industrial-park portal (user-uploaded item), Anhui: a city development zone's 2012 year-end review — investment attracted and its growth, commercial and industrial projects introduced, two sub-parks started, roads and public buildings completed",
  "https://ah.cnipai.com/news/detail/11679.html",
  "日期取页面“2013 04/02 15:53”；文中“刚刚过去的一年”即2012年。标题照录（“引资15亿”无“元”，照录）；站名“安徽切换 / 新闻”、日期行、免责声明与举报行已删。正文三段，完整。园区：蚌埠经济开发区（蚌埠，安徽；文中又作“经济开发区”“区内”）；都市工业园、宏业产业园（“启动了…建设”，parent 蚌埠经济开发区）。项目：宝龙城市广场、财富广场、家乐福（“引进并实施”→无状态）；高科技非晶硅太阳能薄膜电池、二甲醚、新黄山玻璃（“引进”→无状态）；投资大厦、大学园区二期（公共项目“相继建成并投入使用”→竣工，可选）；龙子湖桥头公园、东海大道环境整治（“实施…工程建设”→无状态，可选）。无金额。公司：家乐福、新黄山玻璃只作项目名（可选）。事实：全年招商引资“突破15亿元”（超）、增幅20%；竣工城市道路12公里（可选）。市委常委、常务副市长李壮不列。",
  "yb08"),
 parks=[
  park(BB, "蚌埠", "安徽", "经济开发区", K0, note="文中又作“经济开发区”“区内”"),
  park("都市工业园", "蚌埠", "安徽", "工业园", K2, parent=BB, note="2012年启动建设"),
  park("宏业产业园", "蚌埠", "安徽", "产业园", K2, parent=BB, note="2012年启动建设"),
 ],
 companies=[
  comp("家乐福", BB, K2, opt=True, note="只作项目名"),
  comp("新黄山玻璃", BB, K2, opt=True, note="只作项目名"),
 ],
 projects=[
  proj("宝龙城市广场", BB, K2, status=None, status_text="引进并实施"),
  proj("财富广场", BB, K2, status=None, status_text="引进并实施"),
  proj("家乐福", BB, K2, companies=["家乐福"], status=None, status_text="引进并实施"),
  proj("高科技非晶硅太阳能薄膜电池", BB, K2, status=None, status_text="引进"),
  proj("二甲醚", BB, K2, status=None, status_text="引进"),
  proj("新黄山玻璃", BB, K2, companies=["新黄山玻璃"], status=None, status_text="引进"),
  proj("投资大厦", BB, K3, status="竣工", status_text="相继建成并投入使用", opt=True, note="公共项目"),
  proj("大学园区二期", BB, K3, status="竣工", status_text="相继建成并投入使用", phase="二期", opt=True, note="公共项目"),
  proj("龙子湖桥头公园", BB, K4, status=None, status_text="实施…工程建设", opt=True, note="重点工程"),
  proj("东海大道环境整治", BB, K4, status=None, status_text="实施…工程建设", opt=True, note="重点工程"),
 ],
 aggregate_facts=[
  fact(BB, "park", "investment_attracted_cny", 1.5e9, "cny", K1, AS8, qual="超", qtext="突破", chk=True),
  fact(BB, "park", "investment_attracted_yoy_growth", 0.20, "ratio", K1, AS8, kind="ratio"),
  fact(BB, "park", "urban_roads_completed_km", 12, "km", "竣工城市道路12公里", AS8, opt=True),
 ])

# ---------------------------------------------------------------- yb09 合肥庐阳经开区 力威汽车油泵 (新安晚报 2022)
LY = "合肥庐阳经济开发区"; LW = "力威汽车油泵有限公司"
L0 = "位于合肥庐阳经济开发区辖区力威汽车油泵有限公司的工厂里,工人已陆陆续续抵达厂区,正式开启了新年的第一天上班"
L1 = "2020年实现了一个亿销售收入的小目标,2021年超过1.3亿元,2022年预计增长50%"
G["yb09"] = dict(
 article=art("新春走基层|合肥庐阳经开区:人勤春来早 企业开工忙", "新安晚报 / 安徽网 / 大皖新闻（www.ahwang.cn 合肥新闻；存段无署名）", "2022-02-07", "day",
  "Evening paper's news site, Anhui: a Spring-Festival grassroots feature — a district development zone's auto-parts firm returns to work early, with staff count, national market share, and sales for 2020, 2021 and the expected growth for 2022",
  "http://www.ahwang.cn/hefei/20220207/2339051.html",
  "日期取网址 20220207；文中“2月5日,农历大年初五”为采访日。标题照录；导航“安徽网 » 合肥新闻 »”与版权声明已删。存段末行“与此相对”为下一段残文，已删；正文截至“…近几年迎来跨越式发展。”，共三段。园区：合肥庐阳经济开发区（合肥市庐阳区，安徽；标题作“合肥庐阳经开区”，列别名）。公司：力威汽车油泵有限公司（文中又作“力威油泵”“力威”“力威公司”），在园区。事实（公司）：员工137人（可选）；叉车变速箱配件全国市场占有率76%；2020年销售收入“一个亿”（非数字金额，metric 不带 _cny，可选）；2021年“超过1.3亿元”（超）；2022年预计增长50%（target）。",
  "yb09"),
 parks=[
  park(LY, "合肥", "安徽", "经济开发区", L0, district="庐阳区", aliases=["合肥庐阳经开区"], note="标题作“合肥庐阳经开区”"),
 ],
 companies=[
  comp(LW, LY, L0, aliases=["力威油泵", "力威"], note="文中又作“力威公司”"),
 ],
 aggregate_facts=[
  fact(LW, "company", "employees", 137, "count", "她需要为137位员工一一准备“开工红包”", "2022年2月", opt=True),
  fact(LW, "company", "national_market_share", 0.76, "ratio", "尤其是叉车变速箱配件产品,在全国市场占有率达到76%", "2022年2月", kind="ratio", note="叉车变速箱配件产品"),
  fact(LW, "company", "sales_revenue", 1e8, "cny", "2020年实现了一个亿销售收入的小目标", "2020年", opt=True, note="“一个亿”，非数字金额，故 metric 不带 _cny"),
  fact(LW, "company", "sales_revenue_cny", 1.3e8, "cny", "2021年超过1.3亿元", "2021年", qual="超", qtext="超过", chk=True),
  fact(LW, "company", "sales_revenue_yoy_growth", 0.50, "ratio", L1, "2022年（预计）", kind="target"),
 ])
