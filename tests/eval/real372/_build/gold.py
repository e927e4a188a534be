# real372 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real49): evidence verbatim (all seven items simplified script as published);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a district or county is not a park).
# Status from the text's words (开工 / 集中开工 → 开工; 投产 → 投产; 签约 / 签约落户 / 签约入驻 → 签约; 落地 / 落户 alone → no
# status; a project the text shows under way with an expected completion → 在建). “预计” figures are kind target; year-to-date
# and “累计” figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ngNN.raw as returned.
CQ = "重庆"

# ---------------------------------------------------------------- ng01 璧山工业园区 1–6月 (城乡统筹网, 2013 inferred)
BS = "璧山工业园区"
A0 = "1-6月份璧山工业园区工业经济稳步增长,累计完成总产值480.85亿元,同比增长59.58%"
AS1 = "2013年1–6月（年份推定）"
G["ng01"] = dict(
 article=art("（无标题）1-6月份璧山工业园区工业经济稳步增长 累计完成总产值480.85亿元", "城乡统筹网（zgcxtc.cn，“城乡统筹网讯”；存段无署名）", "2013", "year",
  "Regional news site's short report, Chongqing (璧山, then a county): a county industrial park's half-year output, above-scale output, fixed-asset investment and growth, split by its three leading industries",
  "http://www.zgcxtc.cn/news/100905.html",
  "存段无标题、无日期行（title 为编者概括）。年份推定：文中称“全县”“县委、县政府”（璧山2014年撤县设区前），又提到“7月酷暑放高温假”（发布于7月之后）；另一则2014年上半年报道（璧山工业园区上半年产值650亿元、同比增长35.22%，未用）反推上年同期约480.7亿元，与本文480.85亿元相合，故记 2013（year 精度，未能核实到日）。存段在末句“坚持“聚商选资”,充分利用毗邻西永微电子园和综合保税区的优势,坚持招大引”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…掀起了璧山工业园区工业产业迅猛发展的高潮。”，共五段。“城乡统筹网讯:”电头保留。园区：璧山工业园区（重庆璧山县）。无企业、无项目。事实：1–6月总产值480.85亿元及增长（cumulative / ratio），规上产值272.11亿元，固投81.12亿元，三大产业产值（装备制造279.26亿元、电子信息93.71亿元、医药食品24.64亿元）及规上部分（可选）。“完成全年计划48.09”缺单位（应为%），不计。",
  "ng01"),
 parks=[
  park(BS, CQ, CQ, "工业园区", A0, district="璧山县", note="文中又作“工业园区”“园区”；璧山当时为县"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(BS, "park", "industrial_output_cny", 4.8085e10, "cny", "累计完成总产值480.85亿元,同比增长59.58%", AS1, kind="cumulative", chk=True),
  fact(BS, "park", "industrial_output_yoy_growth", 0.5958, "ratio", A0, AS1, kind="ratio"),
  fact(BS, "park", "share_of_county_industrial_output", 0.7543, "ratio", "占全县工业总产值的75.43%", AS1, kind="ratio", opt=True),
  fact(BS, "park", "above_scale_output_cny", 2.7211e10, "cny", "规上企业累计完成工业总产值272.11亿元,同比增长44.26%", AS1, kind="cumulative", chk=True),
  fact(BS, "park", "above_scale_output_yoy_growth", 0.4426, "ratio", "规上企业累计完成工业总产值272.11亿元,同比增长44.26%", AS1, kind="ratio"),
  fact(BS, "park", "fixed_asset_investment_cny", 8.112e9, "cny", "固投完成81.12亿元,同比增长35.68%", AS1, kind="cumulative", chk=True),
  fact(BS, "park", "fixed_asset_investment_yoy_growth", 0.3568, "ratio", "固投完成81.12亿元,同比增长35.68%", AS1, kind="ratio", opt=True),
  fact(BS, "park", "equipment_manufacturing_output_cny", 2.7926e10, "cny", "一是装备制造业完成279.26亿元", AS1, kind="cumulative", chk=True),
  fact(BS, "park", "equipment_manufacturing_output_yoy_growth", 1.5343, "ratio", "一是装备制造业完成279.26亿元,占全园区企业产值50.71%,同比增长153.43%", AS1, kind="ratio", opt=True),
  fact(BS, "park", "electronics_output_cny", 9.371e9, "cny", "二是电子信息产业完成产值93.71亿元", AS1, kind="cumulative", chk=True),
  fact(BS, "park", "electronics_output_yoy_growth", 1.0885, "ratio", "二是电子信息产业完成产值93.71亿元,占全园区企业产值17.02%,同比增长108.85%", AS1, kind="ratio", opt=True),
  fact(BS, "park", "medicine_food_output_cny", 2.464e9, "cny", "三是医药食品业完成产值24.64亿元", AS1, kind="cumulative", chk=True),
  fact(BS, "park", "equipment_manufacturing_above_scale_output_cny", 1.4817e10, "cny", "规上企业累计完成工业总产值148.17亿元", AS1, kind="cumulative", opt=True, chk=True),
  fact(BS, "park", "electronics_above_scale_output_cny", 6.36e9, "cny", "规上企业完成产值63.6亿元", AS1, kind="cumulative", opt=True, chk=True),
  fact(BS, "park", "medicine_food_above_scale_output_cny", 1.093e9, "cny", "其中规上企业完成产值10.93亿元", AS1, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ng02 江津 一季度工业类市级重点项目 (江津日报 via 江津在线 2018)
SF, DG, LH = "双福工业园", "德感工业园", "珞璜工业园"
B0 = "分园区看,17个工业类市级重点项目在双福、德感、珞璜工业园均有分布"
B1 = "其中,投资完成率最高的为德感工业园际华三五三九制鞋有限公司迁建扩建工程,其投资完成率达64.5%,一季度实际 完成投资约1.3亿元,该项目一期工程预计今年内建成投产"
B2 = "珞璜工业园维斯顿管业市政管道设施生产项目今年投资完成率达47.6%,一季度实际完成投资2380 万元,该项目现已完成两条生产线的设备安装,预计今年6月建成投用"
B3 = "双福工业园鑫能汽配园项目今年一季度实际完成投资5000万元,投资完成率25%,预计年内将建设完成剩余10栋厂房"
AS2 = "2018年一季度"
G["ng02"] = dict(
 article=art("江津一季度工业类市级重点项目完成投资12亿元", "江津日报（记者 廖洋 通讯员 张航），转载于江津在线论坛 e47e47.com", "2018-04-24", "day",
  "District daily relayed on a local forum, Chongqing (江津): first-quarter progress of municipal key projects — industrial projects by park (count, total investment, invested), start years, and three named projects under way in three parks",
  "https://www.e47e47.com/forum.php?goto=lastpost&mod=redirect&tid=140235",
  "日期取论坛帖“发表于 2018-4-24 09:04:17”（报纸刊期未示，或为同日或前一日）。标题照录；论坛菜单、用户栏、“发表于…”行已删。同帖后附第二则报道“敏华工业城项目 一季度投资超1亿元 本报讯…项目进”在句中中断，整则删去（make_txt.py ITEMS 截至第一则末段），正文截至“…预计年内将建设完成剩余10栋厂房。”，共四段。原文“一季度实际 完成投资约1.3亿元”“2380 万元”中的空格照录。园区：双福工业园、德感工业园、珞璜工业园（江津区，重庆）；“鑫能汽配园”只作项目名，不另列园区。项目：际华三五三九制鞋有限公司迁建扩建工程（德感；投资完成率64.5%，一期预计年内建成投产→在建）、维斯顿管业市政管道设施生产项目（珞璜；已完成两条生产线设备安装，预计6月建成投用→在建）、鑫能汽配园项目（双福；在建）；文中金额均为一季度完成投资，不是项目总投资（记为 project 事实）。各园区重点项目个数、总投资与一季度完成投资记为园区事实；全区36个市级重点项目与54.5亿元、工业类17个与12亿元为区级事实。",
  "ng02"),
 parks=[
  park(SF, CQ, CQ, "工业园", "其中,双福工业园6个,总投资19.5亿元,一季度实际完成投资约3亿元", district="江津区", note="文中又作“双福”"),
  park(DG, CQ, CQ, "工业园", "德感工业园6个,总投资15.3亿元,一季度实际完成投资4.1亿元", district="江津区", note="文中又作“德感”"),
  park(LH, CQ, CQ, "工业园", "珞璜工业园5个,总投资18.2亿元,一季度实际完成投资约5亿元", district="江津区", note="文中又作“珞璜”"),
 ],
 companies=[
  comp("际华三五三九制鞋有限公司", DG, B1),
  comp("维斯顿管业", LH, B2, note="名称不全"),
 ],
 projects=[
  proj("际华三五三九制鞋有限公司迁建扩建工程", DG, B1, companies=["际华三五三九制鞋有限公司"], status="在建", status_text="投资完成率达64.5%",
       note="一期工程预计2018年内建成投产；约1.3亿元为一季度完成投资，非总投资"),
  proj("维斯顿管业市政管道设施生产项目", LH, B2, companies=["维斯顿管业"], status="在建", status_text="现已完成两条生产线的设备安装",
       note="预计2018年6月建成投用；2380万元为一季度完成投资"),
  proj("鑫能汽配园项目", SF, B3, status="在建", status_text="预计年内将建设完成剩余10栋厂房", note="5000万元为一季度完成投资"),
 ],
 aggregate_facts=[
  fact("江津区", "region", "municipal_key_projects", 36, "count", "一季度,我区共有36个市级重点项目,实际完成投资54.5亿元", AS2),
  fact("江津区", "region", "key_projects_invested_cny", 5.45e9, "cny", "实际完成投资54.5亿元", AS2, kind="cumulative", chk=True),
  fact("江津区", "region", "industrial_key_projects", 17, "count", "其中,工业类市级重点项目17个,实际完成投资12亿元", AS2),
  fact("江津区", "region", "industrial_key_projects_invested_cny", 1.2e9, "cny", "实际完成投资12亿元", AS2, kind="cumulative", chk=True),
  fact(SF, "park", "key_projects", 6, "count", "其中,双福工业园6个,总投资19.5亿元", AS2, note="工业类市级重点项目"),
  fact(SF, "park", "key_projects_total_investment_cny", 1.95e9, "cny", "总投资19.5亿元,一季度实际完成投资约3亿元", AS2, chk=True),
  fact(SF, "park", "key_projects_invested_cny", 3e8, "cny", "一季度实际完成投资约3亿元", AS2, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(DG, "park", "key_projects", 6, "count", "德感工业园6个,总投资15.3亿元", AS2, note="工业类市级重点项目"),
  fact(DG, "park", "key_projects_total_investment_cny", 1.53e9, "cny", "总投资15.3亿元,一季度实际完成投资4.1亿元", AS2, chk=True),
  fact(DG, "park", "key_projects_invested_cny", 4.1e8, "cny", "一季度实际完成投资4.1亿元", AS2, kind="cumulative", chk=True),
  fact(LH, "park", "key_projects", 5, "count", "珞璜工业园5个,总投资18.2亿元", AS2, note="工业类市级重点项目"),
  fact(LH, "park", "key_projects_total_investment_cny", 1.82e9, "cny", "总投资18.2亿元,一季度实际完成投资约5亿元", AS2, chk=True),
  fact(LH, "park", "key_projects_invested_cny", 5e8, "cny", "一季度实际完成投资约5亿元", AS2, kind="cumulative", qual="约", qtext="约", chk=True),
  fact("际华三五三九制鞋有限公司迁建扩建工程", "project", "investment_completion_rate", 0.645, "ratio", B1, AS2, kind="ratio", opt=True),
  fact("际华三五三九制鞋有限公司迁建扩建工程", "project", "invested_cny", 1.3e8, "cny", "一季度实际 完成投资约1.3亿元", AS2, kind="cumulative", qual="约", qtext="约", opt=True, chk=True),
  fact("维斯顿管业市政管道设施生产项目", "project", "invested_cny", 2.38e7, "cny", "一季度实际完成投资2380 万元", AS2, kind="cumulative", opt=True, chk=True),
  fact("鑫能汽配园项目", "project", "invested_cny", 5e7, "cny", "一季度实际完成投资5000万元", AS2, kind="cumulative", opt=True, chk=True),
  fact("江津区", "region", "industrial_key_projects_new_started", 9, "count", "9个为今年新开工项目", "2018年", opt=True),
 ])

# ---------------------------------------------------------------- ng03 江津德感工业园 (重庆日报 2018)
C0 = "德感工业园与重庆港九股份有限公司目前正式敲定该园区“4+1”码头建设方案:计划总投资10亿元"
C1 = "在园区已投产的200余家企业中,集聚了世界500强企业11家、中国500强企业13家、国家高新技术企业25家(含国家重点高新技术企业2家)、科技型企业61家"
AS3 = "2018年5月"
G["ng03"] = dict(
 article=art("江津德感工业园打造高质量发展的工业示范区", "重庆日报（cqrb.cn 重庆日报网；编辑:李平；记者署名存段未示）", "2018-05-25", "day",
  "City party daily's feature, Chongqing (江津): a district industrial park — a wharf plan agreed with a port company and its investment, the park's founding and honours, firms in production and counts of Fortune-500, China-500, high-tech and tech firms",
  "http://cqrb.cn/content/2018-05/25/content_154193.htm",
  "日期取页面“时间: 2018-05-25 04:37:21”。标题照录；“重庆日报网 > > 正文”、来源/时间行与四行图片说明（“德感工业园”“瑞士ABB集团全球第二大生产基地——重庆ABB江津涡轮增压系统有限公司”“德感工业园区位交通示意图”“中船重工重庆齿轮箱有限责任公司齿轮箱列阵”）已删。存段在“…以瑞士ABB和江增重工为龙头的增压器,以”处中断，该句（“其中,装备制造产业集群形成了…”）已删（make_txt.py LINE_SUFFIX），正文截至“…粮油食品加工两大产业集群。”，含小标题一行，共六段（长篇只存开头）。园区：德感工业园（江津区，重庆；2002年成立，重庆市首批16个特色工业园区之一）。项目：德感工业园“4+1”码头（与重庆港九股份有限公司“正式敲定…建设方案”，计划总投资10亿元；无开工字样→planned）。公司：重庆港九股份有限公司（合作方，在园建码头）。事实：已投产企业200余家（余）、世界500强11家、中国500强13家、国家高新技术企业25家、科技型企业61家（2018年5月）；兰家沱作业区吞吐能力可选。",
  "ng03"),
 parks=[
  park(DG, CQ, CQ, "特色工业园区", C0, district="江津区", note="文中又作“园区”；2002年成立，重庆市首批16个特色工业园区之一"),
 ],
 companies=[
  comp("重庆港九股份有限公司", DG, C0, note="与园区敲定“4+1”码头建设方案"),
 ],
 institutions=[
  inst("德感工业园党委", "江津区委常委、德感工业园党委书记李祖明表示", kind="park_authority", park=DG),
 ],
 projects=[
  proj("“4+1”码头", DG, C0, companies=["重庆港九股份有限公司"], inv="计划总投资10亿元", status="planned", status_text="正式敲定…建设方案",
       note="在德感工业园兰家沱作业区沿长江岸线新建5个泊位"),
 ],
 aggregate_facts=[
  fact(DG, "park", "firms_in_production", 200, "count", C1, AS3, qual="余", qtext="余"),
  fact(DG, "park", "fortune_global_500_firms", 11, "count", C1, AS3),
  fact(DG, "park", "china_top_500_firms", 13, "count", C1, AS3),
  fact(DG, "park", "high_tech_firms", 25, "count", C1, AS3),
  fact(DG, "park", "tech_firms", 61, "count", C1, AS3, opt=True),
  fact(DG, "park", "port_throughput_capacity_10k_t", 1000, "10k_t", "届时,兰家沱作业区年吞吐能力将由现在的400万吨提高到1000万吨", "码头建成后（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ng04 铜梁 招商引资 (重庆日报 2020)
TL = "铜梁高新区"
GT = "广铜“一带一路”高新技术产业合作区"
XM = "西部美谷"
D0 = "铜梁“西部美谷”日前举行项目集中开工、签约活动,总投资180亿元的10个项目与铜梁区签订正式投资协议并集中开工"
D1 = "6月,广铜“一带一路”高新技术产业合作区集中开工13个项目,总投资达86亿元,预计达产后可实现年产值130亿元"
D2 = "8月,广铜“一带一路”高新技术产业合作区“西部美谷”集中签约活动在铜梁举行,12个重点项目集中签约,总投资达150亿元"
D3 = "实现了招商引资的重大突破,中国西部美谷、铭利达等一批集群式、链条式产业集群企业落户铜梁高新区"
G["ng04"] = dict(
 article=art("铜梁 招商引资跑出新进度", "重庆日报（cqrb.cn 重庆日报网；编辑:肖福燕；记者署名存段未示）", "2020-12-10", "day",
  "City party daily's district round-up, Chongqing (铜梁): a year's investment promotion — a beauty-industry cluster's ten projects signed and started, a cooperation zone with Guangzhou's development zone (projects started in June, signed in August), firms landing in the high-tech zone",
  "https://www.cqrb.cn/content/2020-12/10/content_290428.htm",
  "日期取页面“时间: 2020-12-10 08:30:48”。标题照录（“铜梁”与正题间空格照录）；导航、来源/时间行已删。存段末段“9月,第十六届…铜梁区与人民电器集团有限公司等5家单位签订战略合作协议,与国投重庆页岩气开发”在句中中断，整段删去（make_txt.py ITEMS 截至“8月…”段），正文共五段。园区：铜梁高新区；广铜“一带一路”高新技术产业合作区（铜梁与广州开发区共建，2020年1月签约挂牌；母园区文中未说，不填）；西部美谷（文中又作“中国西部美谷”，为合作区内美妆健康产业集群，parent 记合作区——由“广铜…合作区“西部美谷”集中签约活动”推定）；广州开发区（广州，共建方，可选）。“中国西部美谷”又与铭利达并列为“落户铜梁高新区”的“产业集群企业”。公司：铭利达（落户铜梁高新区）。项目：小米生态链项目“小米公社”（“落地”，无状态，园区未说，可选）。事实：西部美谷10个项目180亿元签约并集中开工（2020年12月“日前”）；合作区6月开工13个项目86亿元、预计年产值130亿元（target）；西部美谷8月签约12个项目150亿元。",
  "ng04"),
 parks=[
  park(TL, CQ, CQ, "高新区", D3, district="铜梁区"),
  park(GT, CQ, CQ, "高新技术产业合作区", D1, district="铜梁区", note="铜梁与广州开发区共建；2020年1月签约、挂牌"),
  park(XM, CQ, CQ, "产业集群（美妆健康）", D0, district="铜梁区", parent=GT, aliases=["中国西部美谷"],
       note="由广州开发区与铜梁区共同打造；母园区由“广铜…合作区“西部美谷””推定"),
  park("广州开发区", "广州", "广东", "开发区", "“西部美谷由广州开发区与铜梁区共同打造", opt=True, note="共建方，不在铜梁"),
 ],
 companies=[
  comp("铭利达", TL, D3, note="落户铜梁高新区"),
 ],
 projects=[
  proj("小米生态链项目“小米公社”", None, "小米生态链项目“小米公社”落地", aliases=["小米公社"], opt=True, note="“落地”，无状态；园区未说"),
 ],
 aggregate_facts=[
  fact(XM, "park", "projects_started", 10, "count", D0, "2020年12月（日前）", note="签订正式投资协议并集中开工"),
  fact(XM, "park", "projects_started_investment_cny", 1.8e10, "cny", "总投资180亿元的10个项目与铜梁区签订正式投资协议并集中开工", "2020年12月（日前）", chk=True),
  fact(GT, "park", "projects_started", 13, "count", D1, "2020年6月"),
  fact(GT, "park", "projects_started_investment_cny", 8.6e9, "cny", "总投资达86亿元,预计达产后可实现年产值130亿元", "2020年6月", chk=True),
  fact(GT, "park", "expected_annual_output_cny", 1.3e10, "cny", "预计达产后可实现年产值130亿元", "达产后（预计）", kind="target", chk=True),
  fact(XM, "park", "projects_signed", 12, "count", D2, "2020年8月"),
  fact(XM, "park", "signed_investment_cny", 1.5e10, "cny", "总投资达150亿元", "2020年8月", chk=True),
 ])

# ---------------------------------------------------------------- ng05 大足 上半年招商引资 (人民网重庆 2021)
DZG = "大足高新区"
DZY = "大足工业园区"
E0 = "该项目占地约135亩,总投资6亿元以上,全部投产后年产40万辆电动三轮车,产值达10亿元以上"
E1 = "初步形成了以双桥经开区、大足高新区、大足工业园区、大足石刻文创园为主战场的工业布局"
E2 = "在对大足进行了全方位地了解之后,阳江耀和家居用品有限公司负责人当场表态确定落户大足工业园区,并于今年5月正式签约入驻"
G["ng05"] = dict(
 article=art("上半年招商引资706.86亿元 大足优化营商环境引客来", "人民网重庆频道（cq.people.com.cn；存段无署名）", "2021-08-18", "day",
  "National paper's provincial channel, Chongqing (大足): a district's half-year investment promotion — an e-tricycle project signed into the high-tech zone and a knife-making project into the industrial park, each with investment and expected output, the district's four industrial platforms and its half-year totals",
  "http://cq.people.com.cn/n2/2021/0818/c365411-34873499.html",
  "日期取网址 2021/0818。标题照录（存段首行）。存段末段“‘项目之所以这么快选址大足,…可以说是一见”在引语中中断，整段删去（make_txt.py ITEMS），正文截至“…并于今年5月正式签约入驻。”，含小标题一行，共十段。园区：双桥经开区、大足高新区、大足工业园区（大足区，重庆）；大足石刻文创园（文创园，可选）。项目：重庆五羊电动车生产项目（7月“正式签约落户大足高新区”，“总投资6亿元以上”→超，预计产值10亿元以上）；五金刀具智能制造项目（阳江耀和家居用品有限公司投资，“确定落户大足工业园区,并于今年5月正式签约入驻”→签约，总投资4亿元，预计产值5亿元）。公司：阳江耀和家居用品有限公司（大足工业园区）；“重庆五羊电动车”只在项目名中（可选）。机构：大足区招商投资局（可选）。事实：大足区上半年招商引资项目145个、总投资706.86亿元（region, cumulative）；两项目预计产值（target，可选）。",
  "ng05"),
 parks=[
  park(DZG, CQ, CQ, "高新区", "重庆五羊电动车生产项目正式签约落户大足高新区", district="大足区"),
  park(DZY, CQ, CQ, "工业园区", E2, district="大足区"),
  park("双桥经开区", CQ, CQ, "经济技术开发区", E1, district="大足区"),
  park("大足石刻文创园", CQ, CQ, "文创园", E1, district="大足区", opt=True),
 ],
 companies=[
  comp("阳江耀和家居用品有限公司", DZY, E2),
  comp("重庆五羊电动车", DZG, "重庆五羊电动车生产项目正式签约落户大足高新区", opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("大足区招商投资局", "大足区招商投资局局长许寿山介绍"),
 ],
 projects=[
  proj("重庆五羊电动车生产项目", DZG, E0, companies=["重庆五羊电动车"], inv="总投资6亿元以上", qual="超", qual_text="以上",
       status="签约", status_text="正式签约落户", note="2021年7月签约；占地约135亩，年产40万辆电动三轮车"),
  proj("五金刀具智能制造项目", DZY, "该项目总投资4亿元,项目投产后将年产500万套高中低端刀具达效后,预计工业总产值将达到5亿元",
       companies=["阳江耀和家居用品有限公司"], inv="该项目总投资4亿元", status="签约", status_text="成功签约落户",
       note="2021年5月正式签约入驻大足工业园区"),
 ],
 aggregate_facts=[
  fact("大足区", "region", "investment_projects", 145, "count", "据统计,今年上半年,大足区招商引资项目145个,总投资达到706.86亿元", "2021年上半年", kind="cumulative"),
  fact("大足区", "region", "investment_projects_total_investment_cny", 7.0686e10, "cny", "总投资达到706.86亿元", "2021年上半年", kind="cumulative", chk=True),
  fact("重庆五羊电动车生产项目", "project", "expected_annual_output_cny", 1e9, "cny", "产值达10亿元以上", "全部投产后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact("重庆五羊电动车生产项目", "project", "site_area_mu", 135, "mu", E0, "2021年7月", qual="约", qtext="约", opt=True),
  fact("五金刀具智能制造项目", "project", "expected_annual_output_cny", 5e8, "cny", "预计工业总产值将达到5亿元", "达效后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ng06 万州 开放发展 (重庆日报 via qi18 2022)
WZ = "万州经开区"
F0 = "9月27日,记者走进位于万州经开区的重庆九龙万博新材料有限公司(下称“九龙万博”)特铝新材料项目现场"
F1 = "万州综保区正式封关运行,已签约项目5个,在谈项目16个,成为渝东北重要开放平台"
G["ng06"] = dict(
 article=art("万州:开放发展迸发新活力", "重庆日报（原题照录；转载于 m.qi18.com“旅游”栏；图片记者 谢智强，文字署名存段未示）", "2022-10-12", "day",
  "City party daily's district feature relayed by an aggregator, Chongqing (万州): the district's output growth, a national agricultural park's evaluation, a bonded zone opened with signed projects, and a new-materials firm's alumina project in the economic and technological development zone",
  "https://m.qi18.com/shlvyou/twfwjjfxsqiyibaafsfkxxzxk",
  "日期取转载页“重庆日报 2022-10-12 07:06”（重庆日报原刊日）。标题照录；“原标题:…”行与图片说明“即将开放的万州区天生城文旅街区…”已删。存段末句“九龙万博特铝新材料项目是万州区与博赛集团签约引进的重大产业项目,总投资75”在金额处中断，整段删去（make_txt.py ITEMS），项目总投资因而不在正文中；正文截至“…再进入下一道工序……”，含小标题两行，共十一段（长篇只存开头）。园区：万州经开区（重庆万州）；万州综保区（综合保税区）；万州国家现代农业产业园（农业园区，可选）。新田港为港口，不列。公司：重庆九龙万博新材料有限公司（“九龙万博”，位于万州经开区）。项目：特铝新材料项目（九龙万博；记者现场所见为在建场景，但文中无阶段字样，status 空）。事实：万州1—8月规上工业产值315.4亿元、增长26.3%（region, cumulative / ratio）；万州综保区已签约项目5个、在谈16个。",
  "ng06"),
 parks=[
  park(WZ, CQ, CQ, "经济技术开发区", F0, district="万州区"),
  park("万州综保区", CQ, CQ, "综合保税区", F1, district="万州区", note="2022年正式封关运行"),
  park("万州国家现代农业产业园", CQ, CQ, "国家现代农业产业园", "万州国家现代农业产业园以排名第一的成绩通过国家现代农业产业园创建绩效中期评估", district="万州区", opt=True),
 ],
 companies=[
  comp("重庆九龙万博新材料有限公司", WZ, F0, aliases=["九龙万博"]),
 ],
 projects=[
  proj("特铝新材料项目", WZ, F0, companies=["重庆九龙万博新材料有限公司"], note="九龙万博的特铝新材料项目；文中无阶段字样；总投资在被删的残句中"),
 ],
 aggregate_facts=[
  fact("万州区", "region", "above_scale_output_cny", 3.154e10, "cny", "规上工业企业累计完成产值315.4亿元,同比增长26.3%", "2022年1—8月", kind="cumulative", chk=True),
  fact("万州区", "region", "above_scale_output_yoy_growth", 0.263, "ratio", "规上工业企业累计完成产值315.4亿元,同比增长26.3%", "2022年1—8月", kind="ratio"),
  fact("万州区", "region", "above_scale_value_added_growth", 0.106, "ratio", "规上工业增加值增速10.6%", "2022年1—8月", kind="ratio", opt=True),
  fact("万州综保区", "park", "projects_signed", 5, "count", F1, "2022年10月", kind="cumulative"),
  fact("万州综保区", "park", "projects_under_negotiation", 16, "count", F1, "2022年10月", opt=True),
 ])

# ---------------------------------------------------------------- ng07 涪陵 重庆万凯 (dsynews 2023)
LG = "涪陵临港经济区"
WK = "重庆万凯新材料科技有限公司"
H0 = "2018年企业入驻涪陵临港经济区,引进大型集散控制系统实施智能改造,于2020年和2022年顺利完成一期、二期项目投产"
H1 = "产能还在不断扩大,该公司(三期)扩产项目预计今年4月投产,实现年产能180万吨、年产值约150亿元"
G["ng07"] = dict(
 article=art("（无标题）“走进区域看发展·川渝奋楫谱新篇”采访团走进涪陵 重庆万凯新材料产销两旺", "dsynews.com.cn（“要闻”栏；原发媒体与署名存段未示）", "2023-02-23", "day",
  "News site's report on a press tour, Chongqing (涪陵): a PET new-materials firm in the port economic zone — entry year, phases one and two in production, 2022 capacity and output, phase three due in April with expected output, a planned plant in Sichuan",
  "https://dsynews.com.cn/yaowen/2023/02/23/6403.shtml",
  "日期取网址 2023/02/23；存段无标题（title 为编者概括）。页面菜单与“首页 > 要闻 > 正文”已删；图片说明“重庆万凯新材料科技有限公司生产车间。”已删（make_txt.py ITEMS inner drop）。存段末句“在位于涪陵区白涛新材料科技城的重庆”在句中中断，整段删去，白涛新材料科技城因而不在正文中；正文截至“…助推成渝地区双城经济圈建设。”，含小标题一行，共八段（只存开头）。园区：涪陵临港经济区（涪陵区，重庆）。公司：重庆万凯新材料科技有限公司（“重庆万凯”，2018年入驻临港经济区）。项目：一期、二期项目（2020年、2022年投产，可选）；(三期)扩产项目（预计2023年4月投产→在建）；四川达州“年产120万吨MEG联产10万吨电子级DMC新材料项目”（准备建厂→planned，不在园区，可选）。事实：公司2022年产值100亿元、产能120万吨；三期后预计年产值约150亿元、产能180万吨（target）。",
  "ng07"),
 parks=[
  park(LG, CQ, CQ, "经济区（临港）", H0, district="涪陵区"),
 ],
 companies=[
  comp(WK, LG, "走进重庆万凯新材料科技有限公司(以下简称“重庆万凯”)的聚合智能车间", aliases=["重庆万凯"], note="2018年入驻涪陵临港经济区"),
 ],
 projects=[
  proj("(三期)扩产项目", LG, H1, companies=[WK], phase="三期", status="在建", status_text="预计今年4月投产", note="预计2023年4月投产"),
  proj("一期项目", LG, H0, companies=[WK], phase="一期", status="投产", status_text="顺利完成一期、二期项目投产", opt=True, note="2020年投产"),
  proj("二期项目", LG, H0, companies=[WK], phase="二期", status="投产", status_text="顺利完成一期、二期项目投产", opt=True, note="2022年投产"),
  proj("年产120万吨MEG联产10万吨电子级DMC新材料项目", None, "近期,公司还准备在四川达州建厂,建设年产120万吨MEG联产10万吨电子级DMC新材料项目",
       companies=[WK], status="planned", status_text="准备在四川达州建厂", opt=True, note="在四川达州，非本园区"),
 ],
 aggregate_facts=[
  fact(WK, "company", "output_cny", 1e10, "cny", "2022年,公司完成120万吨产能、100亿元产值", "2022年", chk=True),
  fact(WK, "company", "capacity_10k_t", 120, "10k_t", "2022年,公司完成120万吨产能、100亿元产值", "2022年", opt=True),
  fact(WK, "company", "expected_annual_output_cny", 1.5e10, "cny", "年产值约150亿元", "三期投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(WK, "company", "expected_capacity_10k_t", 180, "10k_t", H1, "三期投产后（预计）", kind="target", opt=True),
 ])
