# real296 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破/迈过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan
# in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none. Status from the text's words (开工 / 相继开工 →
# 开工; 签约 / 签约落户 / 成功签约 → 签约; 正在施工 → 在建; 建成 → 竣工; 还未动工 → planned; a project only visited or listed
# gets no status). “预计” figures are kind target with “（预计）” in as_of; year-to-date counts and sums (“今年来”, “截止6月底”,
# “累计”, “前11月”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qiNN.raw as returned.

# ---------------------------------------------------------------- qi01 白沙洲工业园 / 衡阳综合保税区 (红网衡阳站 2015)
BSZ = "白沙洲工业园"
HYZ = "衡阳综合保税区"
A1 = "上半年,白沙洲工业园实现规模以上工业总产值44.4亿元、规模工业增加值13.2亿元,预计完成销售收入42.5亿元,同比分别增长0.8%、0.9%和0.9%"
A2 = "园区重点工程项目累计完成投资20.1亿元,占年度计划44.9%"
A3 = "签订招商项目合同6个,合同总投资8.6亿元"
A4 = "衡阳综合保税区运行初见成效,截止6月底,已完成进出口总额2.7亿元,现有注册入区项目20个,初步确定入区项目5个"
AH = "2015年上半年"
G["qi01"] = dict(
 article=art("（无标题）衡阳市长周海兵调研白沙洲工业园：园区上半年数据与衡阳综合保税区运行情况", "红网衡阳站（首席记者 王鹏），moment.rednet.cn", "2015-07-15", "day",
  "Provincial portal's city station, Hunan: a mayor's inspection of a city-level industrial park and the comprehensive bonded zone — the park's half-year output, value added, sales (estimate) and growth, key-project investment against plan, investment contracts signed; the bonded zone's imports and exports and registered projects",
  "http://moment.rednet.cn/rednetcms/news/localNews/20150715/182110.html",
  "日期取网址 20150715（文中“7月14日下午”为调研日）。存段无标题、无日期行（title 为编者概括）。存段末行“副市长”为下一段残文，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…为项目落地奠定良好基础。”，共四段。园区：白沙洲工业园（衡阳市，湖南；文中又作“园区”；级别与所在区文中未说）；衡阳综合保税区（湖南首个综合保税区；文中未说其位于白沙洲工业园内，parent 不填）。“各县(市)工业园”“各工业园区”泛指，不列。事实：白沙洲工业园上半年规模以上工业总产值44.4亿元、规模工业增加值13.2亿元（reported），销售收入42.5亿元为“预计”（target）；三项增速0.8%、0.9%、0.9%按顺序对应；重点工程项目累计完成投资20.1亿元（cumulative）、占年度计划44.9%（ratio）；签订招商项目合同6个、合同总投资8.6亿元。衡阳综合保税区截至6月底进出口总额2.7亿元（cumulative）、注册入区项目20个、初步确定入区项目5个。未点名任何企业或项目。",
  "qi01"),
 parks=[
  park(BSZ, "衡阳", "湖南", "工业园", A1, note="文中又作“园区”；市领导调研对象"),
  park(HYZ, "衡阳", "湖南", "综合保税区", A4, note="位于白沙洲工业园内之说文中未见，parent 不填"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(BSZ, "park", "above_scale_industrial_output_cny", 4.44e9, "cny", "白沙洲工业园实现规模以上工业总产值44.4亿元", AH, chk=True),
  fact(BSZ, "park", "industrial_value_added_cny", 1.32e9, "cny", "规模工业增加值13.2亿元", AH, chk=True),
  fact(BSZ, "park", "sales_revenue_cny", 4.25e9, "cny", "预计完成销售收入42.5亿元", "2015年上半年（预计）", kind="target", chk=True),
  fact(BSZ, "park", "above_scale_industrial_output_yoy_growth", 0.008, "ratio", A1, AH, kind="ratio"),
  fact(BSZ, "park", "industrial_value_added_yoy_growth", 0.009, "ratio", A1, AH, kind="ratio", opt=True),
  fact(BSZ, "park", "sales_revenue_yoy_growth", 0.009, "ratio", A1, "2015年上半年（预计）", kind="ratio", opt=True),
  fact(BSZ, "park", "key_projects_investment_completed_cny", 2.01e9, "cny", A2, AH, kind="cumulative", chk=True, note="园区重点工程项目累计完成投资"),
  fact(BSZ, "park", "key_projects_investment_share_of_annual_plan", 0.449, "ratio", A2, AH, kind="ratio", opt=True),
  fact(BSZ, "park", "investment_contracts_signed", 6, "count", A3, AH),
  fact(BSZ, "park", "contract_investment_cny", 8.6e8, "cny", "合同总投资8.6亿元", AH, chk=True),
  fact(HYZ, "park", "imports_exports_cny", 2.7e8, "cny", "已完成进出口总额2.7亿元", "2015年1月至6月底", kind="cumulative", chk=True),
  fact(HYZ, "park", "registered_projects", 20, "count", "现有注册入区项目20个", "2015年6月底"),
  fact(HYZ, "park", "projects_preliminarily_confirmed", 5, "count", "初步确定入区项目5个", "2015年6月底", opt=True),
 ])

# ---------------------------------------------------------------- qi02 长沙高新区 前11月引进项目49个 (长沙晚报 2016)
CG = "长沙高新区"
B1 = "8月26日,北斗微芯与高新区正式签约,标志着投资额达50亿元的北斗微芯产业应用项目落户麓谷"
G["qi02"] = dict(
 article=art("今年长沙高新区前11月引进项目49个 总投资达400亿元", "长沙晚报（通讯员 段欣妤），载于红网 hn.rednet.cn", "2016-12-22", "day",
  "City evening paper on a provincial portal, Hunan: a national high-tech zone's year so far — 49 projects introduced with their total investment, one named project signed with its investment, its planned building and expected revenue",
  "http://hn.rednet.cn/c/2016/12/22/4170753.htm",
  "日期取页面“来源:长沙晚报 作者:段欣妤 编辑:夏君香 2016-12-22 10:11:01”。标题照录；“当前位置:”、来源日期行、“时刻新闻”“—分享—”与题图说明（“随着一大批产业项目落地…长沙晚报通讯员 段欣妤 摄”）已删；署名行“长沙晚报通讯员 段欣妤”保留为首段。正文至存段末“…成为拉动麓谷北斗产业发展的生力军。”（整句完整，长文只存开头），含小标题“新成员”“49个项目加盟,总投资超400亿元”两行，共八段。园区：长沙高新区（文中又作“高新区”“麓谷”；长沙，湖南）；“高新区信息产业园”为园中园（可选，parent 长沙高新区）。项目：北斗微芯产业应用项目——8月26日与高新区正式签约（签约），“投资额达50亿元”（达→无限定词），落户麓谷；文中另述该项目建设现场将起一栋20层北斗大厦（项目自身的一部分，不另列）。公司：北斗微芯（园区长沙高新区）。事实：前11月引进项目49个（cumulative）；总投资标题作“达400亿元”、小标题作“超400亿元”——取小标题，qualifier 超（note 注明）；项目建成运营后营业收入50亿元以上（target，subject 项目）。",
  "qi02"),
 parks=[
  park(CG, "长沙", "湖南", "高新技术产业开发区", "今年长沙高新区前11月引进项目49个 总投资达400亿元", aliases=["麓谷"], note="文中又作“高新区”“麓谷”"),
  park("高新区信息产业园", "长沙", "湖南", "产业园（信息）", "全省移动互联网企业聚集高地——高新区信息产业园内", parent=CG, opt=True, note="园中园"),
 ],
 companies=[
  comp("北斗微芯", CG, B1, note="与高新区正式签约；项目落户麓谷"),
 ],
 projects=[
  proj("北斗微芯产业应用项目", CG, B1, companies=["北斗微芯"], inv="投资额达50亿元", status="签约", status_text="正式签约",
       note="2016年8月26日签约；建设现场在高新区信息产业园，将建20层北斗大厦", aliases=["北斗微芯项目"]),
 ],
 aggregate_facts=[
  fact(CG, "park", "projects_introduced", 49, "count", "49个项目加盟,总投资超400亿元", "2016年1–11月", kind="cumulative"),
  fact(CG, "park", "introduced_investment_cny", 4e10, "cny", "49个项目加盟,总投资超400亿元", "2016年1–11月", kind="cumulative", qual="超", qtext="超", chk=True,
       note="标题作“总投资达400亿元”"),
  fact("北斗微芯产业应用项目", "project", "expected_annual_revenue_cny", 5e9, "cny", "营业收入将达到50亿元以上", "建成运营后（预期）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- qi03 湘潭经开区到上海招商 (新能源网 relay 2016)
XT = "湘潭经开区"
C1 = "8月16日,湘潭经开区带着汽车及零部件产业“微笑曲线”来上海招商,一举签下12个大项目"
C2 = "13年前,为了吉利汽车的落户,湘潭设立九华经济区"
C3 = "湘潭经开区党工委书记孙银生回忆,2005年,湖南吉利汽车部件有限公司在一个简陋的工棚里开始创业"
C4 = "湘潭吉利汽车生产基地是湖南最大的汽车制造基地,现已具备30万辆整车、30万台发动机和30万台变速箱的年生产能力"
G["qi03"] = dict(
 article=art("湘潭经开区到上海招商 一举拿下12个大项目", "新能源网（xny365.com，“焦点新闻资讯”栏转载；原发媒体与署名未注明）", "2016-08-17", "day",
  "Energy-industry news site relaying a provincial item, Hunan: a national economic zone's investment drive in Shanghai — 12 projects signed (unnamed), the anchor carmaker's growth from a shed to the province's largest car base, output milestones and capacity",
  "http://www.xny365.com/news/article-56668.html",
  "日期取页面“发布日期:2016-08-17 14:02:43 来源:新能源网”（文中“8月16日”为签约日）。标题照录；栏目路径与“放大字体 缩小字体 发布日期…浏览次数”行已删。存段末行“前瞻”为下一小标题残文，整行删去；正文截至“…增强了价格竞争力。”刘向阳说。”，含小标题“回望·湖南吉利从简陋工棚到全省最大汽车制造基地”，共七段（长文只存前半）。园区：湘潭经开区（湘潭，湖南）；“九华经济区”为13年前为吉利落户而设（与湘潭经开区的关系文中未明说，按语境作旧称 alias，note 注明）。12个签约项目未点名，不列项目。公司：湖南吉利汽车部件有限公司（园区按语境记湘潭经开区）；浙江吉利控股集团有限公司（母公司，可选，park null）。事实：签约12个项目（2016-08-16，reported）；吉利产值“2013年迈过100亿大关”（文中无“元”字，metric 不带 _cny，可选）；产能20万辆与“30万辆整车…年生产能力”两说并存，均列可选。“13年”“2005年”等不计。",
  "qi03"),
 parks=[
  park(XT, "湘潭", "湖南", "经济技术开发区", C1, aliases=["九华经济区"], note="“九华经济区”为其前身（13年前为吉利落户设立），由语境推定"),
 ],
 companies=[
  comp("湖南吉利汽车部件有限公司", XT, C3, aliases=["湖南吉利汽车"], note="2005年在湘潭创业；湘潭吉利汽车生产基地；园区由语境推定"),
  comp("浙江吉利控股集团有限公司", None, "浙江吉利控股集团有限公司副总裁、湖南吉利汽车部件有限公司总经理刘向阳解释", opt=True, note="母公司"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XT, "park", "projects_signed", 12, "count", C1, "2016年8月16日（上海招商）"),
  fact("湖南吉利汽车部件有限公司", "company", "annual_output", 1e10, "cny", "2013年迈过100亿大关", "2013年", qual="超", qtext="迈过", opt=True,
       note="文中“100亿”无“元”字"),
  fact("湖南吉利汽车部件有限公司", "company", "production_capacity_vehicles", 200000, "vehicles", "产能也由投产的2000辆发展到目前的20万辆", "2016年8月", opt=True),
  fact("湖南吉利汽车部件有限公司", "company", "annual_capacity_vehicles", 300000, "vehicles", C4, "2016年8月", opt=True,
       note="subject 按“湘潭吉利汽车生产基地”归于该公司；与前句20万辆两说并存"),
 ])

# ---------------------------------------------------------------- qi04 城陵矶新港区 (岳阳日报 via 华声在线 2017)
XG = "城陵矶新港区"
D1 = "今年1-9月城陵矶新港区预计完成地区生产总值99亿元,同比增长20.12%接近去年全年总量"
D2 = "今年来该区新签约项目23个,合同引资196.8亿元新开工项目18个,新投产项目13个其中综保区今年新引进和新开工加工贸易类项目12个"
D3 = "该区围绕意向重点项目攻坚成功签约了和润粮油、哈工大机器人等总投资达95.8亿元的4个大项目、好项目"
D4 = "刘和生一行现场考察了岳阳海吉星冷链和农贸物流园、和润粮油公司选址、松阳湖新港二期、九鼎集团基地选址、道道全粮油公司、哈工大机器人集团岳阳公司、岳阳北斗卫星导航应用产业园等项目"
AS4 = "2017年1–9月"
G["qi04"] = dict(
 article=art("刘和生赴城陵矶新港区调研项目建设", "岳阳日报（刘敏文 王志），载于华声在线岳阳频道 yy.voc.com.cn", "2017-10-11", "day",
  "City daily on a provincial portal's city channel, Hunan: a mayor's inspection of a port new district — nine-month GDP estimate, projects signed / started / in production with contract investment, the bonded zone's processing-trade projects, four big projects signed, named projects and firms visited",
  "http://yy.voc.com.cn/view.php?tid=9127&cid=25",
  "日期取页面“发布时间:2017-10-11 08:40:49 来源:岳阳日报”（文中“10月10日上午”为调研日）。标题照录；频道导航与发布时间行已删。存段末行“调研中刘和生还就”为残句，整行删去；正文截至“…按照时间节点稳步推进项目建设。”，共四段。原文多处句间缺标点（如“…新开工的项目市委副书记李爱武”“合同引资196.8亿元新开工项目18个”），照录。园区：城陵矶新港区（岳阳，湖南；文中又作“该区”“新港区”）；“综保区”（即岳阳城陵矶综合保税区，文中只作“综保区”，parent 城陵矶新港区，由“其中综保区”推定）。项目：和润粮油、哈工大机器人——产业招商月期间“成功签约”（签约；4个项目合计95.8亿元，不分摊）；现场考察的岳阳海吉星冷链和农贸物流园、松阳湖新港二期、岳阳北斗卫星导航应用产业园（无状态）；九鼎集团基地（“选址”，可选）。公司：和润粮油公司、道道全粮油公司、哈工大机器人集团岳阳公司（园区城陵矶新港区）；九鼎集团（可选）。事实：地区生产总值99亿元为“预计”（target），增长20.12%（ratio）；今年来新签约23个、合同引资196.8亿元、新开工18个、新投产13个（cumulative）；综保区新引进和新开工加工贸易类项目12个；产业招商月签约4个大项目、总投资95.8亿元。",
  "qi04"),
 parks=[
  park(XG, "岳阳", "湖南", "新港区", "10月10日上午,岳阳市委副书记、市长刘和生赴城陵矶新港区调研产业项目建设情况", aliases=["新港区"], note="文中又作“该区”“新港区”"),
  park("综保区", "岳阳", "湖南", "综合保税区", D2, parent=XG, note="即岳阳城陵矶综合保税区（文中只作“综保区”）；“其中综保区”推定属新港区"),
 ],
 companies=[
  comp("和润粮油公司", XG, D4, aliases=["和润粮油"], note="成功签约；现场考察其选址"),
  comp("道道全粮油公司", XG, D4),
  comp("哈工大机器人集团岳阳公司", XG, D4, aliases=["哈工大机器人"], note="成功签约"),
  comp("九鼎集团", XG, D4, opt=True, note="考察其基地选址"),
 ],
 projects=[
  proj("和润粮油", XG, D3, companies=["和润粮油公司"], status="签约", status_text="成功签约", note="4个大项目合计总投资95.8亿元（不分摊）；项目名即企业名"),
  proj("哈工大机器人", XG, D3, companies=["哈工大机器人集团岳阳公司"], status="签约", status_text="成功签约", note="同上"),
  proj("岳阳海吉星冷链和农贸物流园", XG, D4, note="现场考察；阶段文中未说"),
  proj("松阳湖新港二期", XG, D4, phase="二期", note="现场考察；阶段文中未说"),
  proj("岳阳北斗卫星导航应用产业园", XG, D4, note="现场考察；阶段文中未说"),
  proj("九鼎集团基地", XG, D4, companies=["九鼎集团"], opt=True, note="“选址”阶段"),
 ],
 aggregate_facts=[
  fact(XG, "park", "gdp_cny", 9.9e9, "cny", "预计完成地区生产总值99亿元", "2017年1–9月（预计）", kind="target", chk=True),
  fact(XG, "park", "gdp_yoy_growth", 0.2012, "ratio", D1, "2017年1–9月（预计）", kind="ratio"),
  fact(XG, "park", "projects_signed", 23, "count", D2, AS4, kind="cumulative"),
  fact(XG, "park", "signed_investment_cny", 1.968e10, "cny", "合同引资196.8亿元", AS4, kind="cumulative", chk=True),
  fact(XG, "park", "projects_started", 18, "count", D2, AS4, kind="cumulative"),
  fact(XG, "park", "projects_in_production", 13, "count", D2, AS4, kind="cumulative"),
  fact("综保区", "park", "processing_trade_projects_introduced_or_started", 12, "count", D2, AS4, kind="cumulative"),
  fact(XG, "park", "projects_signed", 4, "count", D3, "2017年产业招商月"),
  fact(XG, "park", "signed_investment_cny", 9.58e9, "cny", "总投资达95.8亿元的4个大项目", "2017年产业招商月", chk=True),
 ])

# ---------------------------------------------------------------- qi05 常德高新区正式揭牌 (红网综合 via 037xw 2018)
CDG = "常德高新区"
E1 = "常德高新技术产业开发区是湖南省第七个国家级高新技术产业开发区"
E2 = "在空间布局上,形成以鼎城园区为核心,辐射带动武陵移动互联网产业园、汉寿工业园、西洞庭生物科技产业园,形成“一区四园”协同发展格局"
E3 = "其中核心区战略规划面积62.8平方公里,建成区面积10平方公里"
E4 = "现有工业企业200余家,规模以上企业近100家,年产值过亿元的22家,高新技术企业14家"
E5 = "园区以中联重科、中国建材、粤港模科、湖南黄金、远大住工等大型企业为主导"
AS5 = "2018年1月"
G["qi05"] = dict(
 article=art("常德高新区正式揭牌 产业立市再添强将", "红网综合（常德分站记者 郑江晖 通讯员 罗伟），载于 037xw.com", "2018-01-02", "day",
  "Provincial portal's city report relayed by a local site, Hunan: a new national high-tech zone is inaugurated — its 'one zone, four parks' layout, core-area planned and built-up area, counts of firms, leading firms and industries",
  "http://037xw.com/html/c201801024519146.html",
  "日期取页面“2018-01-02 09:22:32 来源:红网综合”（揭牌在2018年1月1日）。标题照录；日期、来源、编辑行与“相关链接”及其条目已删。正文五段，完整。园区：常德高新区（全称“常德高新技术产业开发区”，湖南省第七个国家级高新区；常德，湖南）；“一区四园”：鼎城园区（核心）、武陵移动互联网产业园、汉寿工业园、西洞庭生物科技产业园（parent 常德高新区）。公司：中联重科、中国建材、粤港模科、湖南黄金、远大住工（“园区以…大型企业为主导”，园区常德高新区）。事实：核心区战略规划面积62.8平方公里、建成区面积10平方公里（subject 记常德高新区，note 核心区）；工业企业200余家（余）、规模以上企业近100家（约）、年产值过亿元的22家、高新技术企业14家。科技部列可选机构。市领导不列。",
  "qi05"),
 parks=[
  park(CDG, "常德", "湖南", "国家级高新技术产业开发区", "在2018年第一天,常德高新区正式揭牌", aliases=["常德高新技术产业开发区"],
       note="湖南省第七个国家级高新区；2018年1月1日揭牌"),
  park("鼎城园区", "常德", "湖南", "园区（核心区）", E2, district="鼎城区", parent=CDG, note="“一区四园”的核心"),
  park("武陵移动互联网产业园", "常德", "湖南", "产业园", E2, district="武陵区", parent=CDG, note="“一区四园”之一"),
  park("汉寿工业园", "常德", "湖南", "工业园", E2, district="汉寿县", parent=CDG, note="“一区四园”之一"),
  park("西洞庭生物科技产业园", "常德", "湖南", "产业园", E2, parent=CDG, note="“一区四园”之一"),
 ],
 companies=[
  comp("中联重科", CDG, E5),
  comp("中国建材", CDG, E5),
  comp("粤港模科", CDG, E5),
  comp("湖南黄金", CDG, E5),
  comp("远大住工", CDG, E5),
 ],
 institutions=[
  inst("科技部", "园区还是科技部“科技服务业区域试点园区”", note="授牌部门"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CDG, "park", "planned_area_km2", 62.8, "km2", E3, AS5, note="核心区战略规划面积"),
  fact(CDG, "park", "built_up_area_km2", 10, "km2", E3, AS5),
  fact(CDG, "park", "industrial_firms", 200, "count", E4, AS5, qual="余", qtext="余"),
  fact(CDG, "park", "above_scale_firms", 100, "count", E4, AS5, qual="约", qtext="近"),
  fact(CDG, "park", "firms_output_over_100m", 22, "count", E4, AS5, note="年产值过亿元的企业"),
  fact(CDG, "park", "high_tech_firms", 14, "count", E4, AS5),
 ])

# ---------------------------------------------------------------- qi06 常德经开区 2018年工作务虚会 (常德经开区网站 2018)
CDJ = "常德经开区"
F1 = "预计全年,可完成技工贸总收入760亿元,同比增长20%,规模工业总产值390亿元,增长18%,固定资产投资186亿元,增长20%,一般公共预算收入20.44亿元,增长18.17%"
F2 = "共签约项目68个,合同金额330.38亿元,其中包括中国医药集团、中车集团、复星集团、传化集团、三一集团等一批世界500强、国内500强"
F3 = "特别是中车常德工业园、中药常德产业园、湖师大德山附属学校、七一梦工坊等重大战略项目相继开工"
F4 = "开工了大桥西片区一期工程,建成了沅江风光带二标段等一批重点城建民生工程"
AS6 = "2017年全年（预计）"
G["qi06"] = dict(
 article=art("常德经开区:实施“千百十”工程 倾力跃上千亿园区台阶", "常德经开区（管委会网站 cdjkq.changde.gov.cn“经开要闻”）", "2018-01-10", "day",
  "Zone's own government site, Hunan: a national economic zone's planning meeting — 2017 estimated revenue, output, investment and budget revenue with growth, projects signed with contract value and named investor groups, named strategic projects started, urban works started and completed",
  "https://cdjkq.changde.gov.cn/slzq/jkyw1__zhdt/jkyw/content_609110",
  "日期取页面“来源:常德经开区 2018-01-10 21:19”（会议在1月8日至9日）。标题照录；导航、来源日期行与两行图片说明（“常德经开区党工委书记尹正锡讲话”“会议现场”）已删。存段末行“对如何开展2018年的工”为残句，整段删去；正文截至“…务实作为不够等问题。”，共三段。园区：常德经开区（常德，湖南）。项目（园区常德经开区）：中车常德工业园、中药常德产业园、湖师大德山附属学校、七一梦工坊（“相继开工”→开工）；大桥西片区一期工程（“开工了”→开工）；沅江风光带二标段（“建成了”→竣工，城建工程，可选）。中车常德工业园、中药常德产业园名为“园”，此处作为开工项目列出，不另列园区。公司：中国医药集团、中车集团、复星集团、传化集团、三一集团（签约项目的投资方，园区记常德经开区）。事实：“预计全年”技工贸总收入760亿元、规模工业总产值390亿元、固定资产投资186亿元、一般公共预算收入20.44亿元及增速（target / ratio）；签约项目68个、合同金额330.38亿元（cumulative，全年）。“千百十”工程、千亿园区为目标口号，不计。",
  "qi06"),
 parks=[
  park(CDJ, "常德", "湖南", "经济技术开发区", "1月8日至9日,常德经开区召开2018年工作务虚会议", note="文中又作“经开区”“全区”"),
 ],
 companies=[
  comp("中国医药集团", CDJ, F2, note="签约项目投资方"),
  comp("中车集团", CDJ, F2, note="签约项目投资方"),
  comp("复星集团", CDJ, F2, note="签约项目投资方"),
  comp("传化集团", CDJ, F2, note="签约项目投资方"),
  comp("三一集团", CDJ, F2, note="签约项目投资方"),
 ],
 projects=[
  proj("中车常德工业园", CDJ, F3, status="开工", status_text="相继开工", note="重大战略项目"),
  proj("中药常德产业园", CDJ, F3, status="开工", status_text="相继开工", note="重大战略项目"),
  proj("湖师大德山附属学校", CDJ, F3, status="开工", status_text="相继开工", note="重大战略项目（学校）"),
  proj("七一梦工坊", CDJ, F3, status="开工", status_text="相继开工", note="重大战略项目"),
  proj("大桥西片区一期工程", CDJ, F4, phase="一期", status="开工", status_text="开工了", note="城建工程"),
  proj("沅江风光带二标段", CDJ, F4, status="竣工", status_text="建成了", opt=True, note="城建民生工程"),
 ],
 aggregate_facts=[
  fact(CDJ, "park", "tech_industry_trade_revenue_cny", 7.6e10, "cny", "可完成技工贸总收入760亿元", AS6, kind="target", chk=True),
  fact(CDJ, "park", "tech_industry_trade_revenue_yoy_growth", 0.20, "ratio", "技工贸总收入760亿元,同比增长20%", AS6, kind="ratio"),
  fact(CDJ, "park", "above_scale_industrial_output_cny", 3.9e10, "cny", "规模工业总产值390亿元", AS6, kind="target", chk=True),
  fact(CDJ, "park", "above_scale_industrial_output_yoy_growth", 0.18, "ratio", "规模工业总产值390亿元,增长18%", AS6, kind="ratio", opt=True),
  fact(CDJ, "park", "fixed_asset_investment_cny", 1.86e10, "cny", "固定资产投资186亿元", AS6, kind="target", chk=True),
  fact(CDJ, "park", "fixed_asset_investment_yoy_growth", 0.20, "ratio", "固定资产投资186亿元,增长20%", AS6, kind="ratio", opt=True),
  fact(CDJ, "park", "public_budget_revenue_cny", 2.044e9, "cny", "一般公共预算收入20.44亿元", AS6, kind="target", chk=True),
  fact(CDJ, "park", "public_budget_revenue_yoy_growth", 0.1817, "ratio", "一般公共预算收入20.44亿元,增长18.17%", AS6, kind="ratio", opt=True),
  fact(CDJ, "park", "projects_signed", 68, "count", F2, "2017年", kind="cumulative"),
  fact(CDJ, "park", "signed_investment_cny", 3.3038e10, "cny", "合同金额330.38亿元", "2017年", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- qi07 长沙黄花综合保税区建设见闻 (湖南日报 on 红网 2018)
HH = "长沙黄花综合保税区"
G1 = "在黄花综保区进出口商品展示交易中心施工工地上,工人正在紧锣密鼓施工"
G2 = "进出口商品展示交易中心2018年底前必须交付使用"
G3 = "喻青桥指着一、二、三期厂房和仓库告诉记者,这些地方已全部“满员”,四期11万平方米的仓储工程,还未动工便已被企业提前预订"
G4 = "目前,黄花综保区内注册企业130多家,在谈项目100多个,已逐步形成保税加工、保税贸易、保税服务等产业"
AS7 = "2018年2月"
G["qi07"] = dict(
 article=art("开放崛起新高地——长沙黄花综合保税区建设见闻", "湖南日报（记者 奉永成），载于红网长沙站 cs.rednet.cn", "2018-02-08", "day",
  "Provincial daily on a provincial portal, Hunan: a reporter's visit to a comprehensive bonded zone under construction — an exhibition-and-trade centre being built with its handover deadline, phases of factories and warehouses full, a fourth-phase warehouse pre-booked before construction, construction and customs-closure dates, registered firms and projects under negotiation",
  "https://cs.rednet.cn/content/3/2018/0208/2935.html",
  "日期取网址 2018/0208（文中“2月7日上午”为采访日）。标题照录；“当前位置:”与题图说明（“2月1日,长沙黄花综合保税区 ,进出口商品展示交易中心…湖南日报记者 刘建光 摄”）已删；署名行“湖南日报记者 奉永成”保留为首段。存段末行“唐建辉介绍,2017”为残句，整段删去；正文截至“…这里线上通关可是货流涌动啊!”，共十一段。园区：长沙黄花综合保税区（文中又作“黄花综保区”；长沙，湖南；位于长沙县为常识，文中未说）。项目（园区长沙黄花综合保税区）：进出口商品展示交易中心——工地“正在紧锣密鼓施工”（在建），2018年底前交付使用；一、二、三期厂房和仓库——已“满员”、在用（可选，无状态）；四期11万平方米的仓储工程——“还未动工”（planned），已被企业预订。事实：2016年9月29日全面动工建设、2017年6月25日封关运行（日期不作数字事实）；注册企业130多家、在谈项目100多个（余）；四期仓储面积11万平方米（可选，subject 项目）。人名（陈铁福、喻青桥、唐建辉）不列；“黄花综保区建设工作领导小组办公室”列可选机构。",
  "qi07"),
 parks=[
  park(HH, "长沙", "湖南", "综合保税区", "2月7日上午,记者来到长沙黄花综合保税区,一探火热的建设场面", district="长沙县", aliases=["黄花综保区"],
       note="文中又作“黄花综保区”；2016年9月29日全面动工、2017年6月25日封关运行"),
 ],
 companies=[],
 institutions=[
  inst("黄花综保区建设工作领导小组办公室", "黄花综保区建设工作领导小组办公室综合组组长唐建辉对记者呵呵一笑", note="建设领导小组办事机构"),
 ],
 projects=[
  proj("进出口商品展示交易中心", HH, G1, status="在建", status_text="正在紧锣密鼓施工", aliases=["黄花综保区进出口商品展示交易中心"],
       note="2018年底前必须交付使用"),
  proj("一、二、三期厂房和仓库", HH, G3, opt=True, note="已全部“满员”、在用；阶段词未给"),
  proj("四期仓储工程", HH, G3, phase="四期", status="planned", status_text="还未动工", note="11万平方米；已被企业提前预订"),
 ],
 aggregate_facts=[
  fact(HH, "park", "registered_firms", 130, "count", G4, AS7, qual="余", qtext="多"),
  fact(HH, "park", "projects_under_negotiation", 100, "count", G4, AS7, qual="余", qtext="多"),
  fact("四期仓储工程", "project", "floor_area_m2", 110000, "m2", G3, AS7, opt=True),
 ])

# ---------------------------------------------------------------- qi08 长株潭湘江湾产业项目在沪招亲 (湖南日报 on 红网 2018)
XJW = "长株潭湘江湾"
H1 = "今天,长株潭湘江湾产业项目对接会在上海举行,15个项目落户湘潭经开区,其中汽车产业项目11个"
H2 = "在本次洽谈周上将签下产业项目16个,总投资额166.87亿元,其中国内500强企业1家,即亿达投资100亿元的湘潭九华高铁新城总部经济区项目"
H3 = "对接会上,拓普集团湖南生产基地项目、爱尔信新能源电池箱体总部生产基地项目、宏协承汽车车身件项目等11个汽车领域的项目签约落户湘潭经开区,总投资18.55亿元"
H4 = H3 + "。其中,宁波拓普集团股份有限公司将投资10亿元"
H5 = "深圳市爱尔信五金电子有限公司将在湘潭经开区建成集研发中心、运营中心、销售中心、制造中心为一体的新能源电池箱体综合型总部生产基地"
AS8 = "2018年7月23日（上海对接会）"
G["qi08"] = dict(
 article=art("长株潭湘江湾产业项目在沪招亲", "湖南日报（记者 周月桂 通讯员 钟泉 王曌），载于红网 sw.rednet.cn", "2018-07-24", "day",
  "Provincial daily on a provincial portal, Hunan: a city's investment fair in Shanghai — 15 projects landing in a national economic zone (11 automotive, total), three named automotive projects signed with one investor's sum and plans, a 100亿元 headquarters project among 16 the city will sign",
  "http://sw.rednet.cn/c/2018/07/24/4688444.htm",
  "日期取页面“来源:湖南日报 … 2018-07-24 14:37:11”（对接会在2018年7月23日）。标题照录；“当前位置:”、来源行、“时刻新闻”“—分享—”已删。存段末段“据介绍,湘潭经开区是我省重要的整车生产基地…到汽车教育、培训、研发、检”在句中中断，整段删去；正文截至“…新能源电池箱体综合型总部生产基地。”，共三段。园区：湘潭经开区（湘潭，湖南）；“长株潭湘江湾”为推介的产业片区（可选园区，parent 湘潭经开区由语境推定）。项目：拓普集团湖南生产基地项目（宁波拓普集团股份有限公司“将投资10亿元”，建设年产30万套内饰功能件项目及年产60万套电子底盘系统项目）、爱尔信新能源电池箱体总部生产基地项目（深圳市爱尔信五金电子有限公司）、宏协承汽车车身件项目——“签约落户湘潭经开区”（签约）；湘潭九华高铁新城总部经济区项目（亿达投资100亿元）——“将签下”，状态不定（status null），园区按“九华”推定为湘潭经开区（note 注明）。事实：15个项目落户湘潭经开区、其中汽车产业项目11个、11个汽车项目总投资18.55亿元；湘潭在本次洽谈周将签下16个项目、总投资额166.87亿元（target，subject 湘潭 region）。",
  "qi08"),
 parks=[
  park("湘潭经开区", "湘潭", "湖南", "经济技术开发区", H1),
  park(XJW, "湘潭", "湖南", "产业片区", "借助“洽谈周”平台,湘潭在长三角大力推介湘江湾产业项目", parent="湘潭经开区", aliases=["湘江湾"], opt=True,
       note="文中作“长株潭湘江湾”“湘江湾”；推介的产业片区，母园区由语境推定"),
 ],
 companies=[
  comp("宁波拓普集团股份有限公司", "湘潭经开区", "宁波拓普集团股份有限公司将投资10亿元,在湘潭经开区建设年产30万套内饰功能件项目及年产60万套电子底盘系统项目",
       aliases=["拓普集团"]),
  comp("深圳市爱尔信五金电子有限公司", "湘潭经开区", H5, aliases=["爱尔信"]),
  comp("亿达", None, H2, opt=True, note="国内500强企业；投资湘潭九华高铁新城总部经济区项目"),
 ],
 projects=[
  proj("拓普集团湖南生产基地项目", "湘潭经开区", H4, companies=["宁波拓普集团股份有限公司"], inv="将投资10亿元", status="签约", status_text="签约落户",
       note="建设年产30万套内饰功能件项目及年产60万套电子底盘系统项目"),
  proj("爱尔信新能源电池箱体总部生产基地项目", "湘潭经开区", H3, companies=["深圳市爱尔信五金电子有限公司"], status="签约", status_text="签约落户"),
  proj("宏协承汽车车身件项目", "湘潭经开区", H3, status="签约", status_text="签约落户"),
  proj("湘潭九华高铁新城总部经济区项目", "湘潭经开区", H2, companies=["亿达"], inv="投资100亿元", status=None, status_text="将签下",
       note="“本次洽谈周上将签下”——签约在文中为将来时；园区按“九华”推定"),
 ],
 aggregate_facts=[
  fact("湘潭经开区", "park", "projects_signed", 15, "count", H1, AS8, note="落户湘潭经开区的项目"),
  fact("湘潭经开区", "park", "auto_projects_signed", 11, "count", H3, AS8),
  fact("湘潭经开区", "park", "signed_investment_cny", 1.855e9, "cny", "11个汽车领域的项目签约落户湘潭经开区,总投资18.55亿元", AS8, chk=True, note="11个汽车项目合计"),
  fact("湘潭", "region", "projects_signed", 16, "count", H2, "2018年湖南—长三角经贸合作洽谈周（将签）", kind="target"),
  fact("湘潭", "region", "signed_investment_cny", 1.6687e10, "cny", "总投资额166.87亿元", "2018年湖南—长三角经贸合作洽谈周（将签）", kind="target", chk=True),
 ])
