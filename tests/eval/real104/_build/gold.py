# real104 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (9.91% → 0.0991); “百分点” differences in unit pp. Projects: the park is the one the text places the project in,
# null if none (a county new district is not a park). Status from the text's words (开工 / 开工建设 → 开工; 施工现场 / 加快推进
# (of construction) / 建设如火如荼 → 在建, with status_alt 开工 where a start date is given; 已建成投产 → 投产; 竣工 → 竣工;
# 新签约 → 签约; 落地 alone → no status). Period-to-date figures (今年1至8月, 上半年, 1-3季度, “累计”, “12年来”) are kind
# cumulative; full-year figures reported; “预计 / 力争 / 建成投产后” figures target. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/xvNN.raw as returned.

# ---------------------------------------------------------------- xv01 蒙自经开区红河综保区 (云南日报 2023)
MZ = "蒙自经开区"
HH = "红河综保区"
LQ = "蒙自经开区红河综保区"
A0 = "初秋时节,在蒙自经开区红河综保区(以下简称“两区”),云南惠铜科技锂电铜箔基础设施(二期)项目、圣比和锂电池正极关键材料等重点项目施工现场,一派热火朝天景象"
A1 = "今年1至8月,“两区”完成规模以上工业总产值605.3亿元,同比增长9.91%"
A2 = "规模以上工业增加值同比增长21.95%,完成营业收入686.57亿元,同比增长0.89%,完成外贸进出口总值11.66亿美元,同比增长3%"
A3 = "目前,金风装备制造、红河邦德石英坩埚、蓝牙耳机等项目已建成投产"
A4 = "云南美科48GW单晶拉棒项目、圣比和锂电池正极关键材料项目(一期)、跨境电子商务孵化中心及配套项目等重点项目加快推进"
A5 = "现场督促协调云南美科48GW单晶拉棒、圣比和锂电池正极关键材料等重点项目建设30余次"
AS1 = "2023年1至8月"
G["xv01"] = dict(
 article=art("壮大产业集群赋能园区发展", "云南日报第06版“聚焦红河”（yndaily.yunnan.cn 电子版；存段无署名）", "2023-10-20", "day",
  "Provincial daily's prefecture page, Yunnan: a jointly run economic development zone and comprehensive bonded zone — eight-month output, value added, revenue and foreign-trade figures, projects under construction and in production",
  "https://yndaily.yunnan.cn/content/202310/20/content_166424.html",
  "日期取网址 202310/20（版面“第06版:聚焦红河”）。标题照录；版面导航“第06版:聚焦红河 上一版 下一版”“上一篇 下一篇”已删。存段至“…基础设施项目有序推进。”，正文五段，段末完整（原文或有后续，未存）。园区：蒙自经开区（蒙自经济技术开发区，红河州蒙自市，云南；文中只作“蒙自经开区”）与红河综保区（红河综合保税区；文中只作“红河综保区”），两者合称“两区”。“两区”的数字记在合称“蒙自经开区红河综保区”下（subject_type park）。项目园区：文中只说在“两区”，不分属哪一区，记首列的蒙自经开区（note 注明）。项目：云南惠铜科技锂电铜箔基础设施(二期)项目（施工现场→在建）；圣比和锂电池正极关键材料项目(一期)（施工现场、加快推进→在建）；云南美科48GW单晶拉棒项目、跨境电子商务孵化中心及配套项目（“重点项目加快推进”，美科又在“重点项目建设”句中→在建）；金风装备制造、红河邦德石英坩埚、蓝牙耳机（已建成投产→投产；蓝牙耳机无企业名，可选）。污水处理厂等基础设施泛称不列。公司只在项目名中，均可选。事实：1至8月规上工业总产值、增速，规上工业增加值增速，营业收入、增速，外贸进出口总值（美元）、增速（cumulative / ratio）；“解决问题100余项”“30余次”可选。",
  "xv01"),
 parks=[
  park(MZ, "红河", "云南", "经济技术开发区", A0, district="蒙自市", note="即蒙自经济技术开发区；与红河综保区合称“两区”"),
  park(HH, "红河", "云南", "综合保税区", A0, district="蒙自市", note="即红河综合保税区；与蒙自经开区合称“两区”"),
 ],
 companies=[
  comp("云南惠铜科技", MZ, A0, opt=True, note="只在项目名中；园区为“两区”"),
  comp("圣比和", MZ, A0, opt=True, note="只在项目名中"),
  comp("云南美科", MZ, A4, opt=True, note="只在项目名中"),
  comp("红河邦德", MZ, A3, opt=True, note="只在项目名中"),
  comp("金风", MZ, A3, opt=True, note="只在“金风装备制造”中"),
 ],
 projects=[
  proj("云南惠铜科技锂电铜箔基础设施(二期)项目", MZ, A0, companies=["云南惠铜科技"], phase="二期", status="在建", status_text="施工现场",
       note="园区：文中只说在“两区”，记蒙自经开区"),
  proj("圣比和锂电池正极关键材料项目(一期)", MZ, A4, companies=["圣比和"], phase="一期", status="在建", status_text="施工现场；加快推进",
       aliases=["圣比和锂电池正极关键材料"], note="首段作“圣比和锂电池正极关键材料等重点项目施工现场”"),
  proj("云南美科48GW单晶拉棒项目", MZ, A4, companies=["云南美科"], status="在建", status_text="加快推进",
       aliases=["云南美科48GW单晶拉棒"], note="又见“现场督促协调…重点项目建设30余次”"),
  proj("跨境电子商务孵化中心及配套项目", MZ, A4, status="在建", status_text="加快推进"),
  proj("金风装备制造", MZ, A3, companies=["金风"], status="投产", status_text="已建成投产"),
  proj("红河邦德石英坩埚", MZ, A3, companies=["红河邦德"], status="投产", status_text="已建成投产"),
  proj("蓝牙耳机", MZ, A3, status="投产", status_text="已建成投产", opt=True, note="名称泛，无企业名"),
 ],
 aggregate_facts=[
  fact(LQ, "park", "industrial_output_above_scale_cny", 6.053e10, "cny", "“两区”完成规模以上工业总产值605.3亿元,同比增长9.91%", AS1, kind="cumulative", chk=True),
  fact(LQ, "park", "industrial_output_above_scale_yoy_growth", 0.0991, "ratio", A1, AS1, kind="ratio"),
  fact(LQ, "park", "above_scale_industrial_value_added_yoy_growth", 0.2195, "ratio", "规模以上工业增加值同比增长21.95%", AS1, kind="ratio"),
  fact(LQ, "park", "revenue_cny", 6.8657e10, "cny", "完成营业收入686.57亿元,同比增长0.89%", AS1, kind="cumulative", chk=True),
  fact(LQ, "park", "revenue_yoy_growth", 0.0089, "ratio", "完成营业收入686.57亿元,同比增长0.89%", AS1, kind="ratio"),
  fact(LQ, "park", "import_export_usd", 1.166e9, "usd", "完成外贸进出口总值11.66亿美元,同比增长3%", AS1, kind="cumulative"),
  fact(LQ, "park", "import_export_yoy_growth", 0.03, "ratio", "完成外贸进出口总值11.66亿美元,同比增长3%", AS1, kind="ratio"),
  fact(LQ, "park", "firm_problems_solved", 100, "count", "为企业解决问题100余项", "2023年（截至9月）", kind="cumulative", qual="余", qtext="余", opt=True),
  fact(LQ, "park", "on_site_coordination_visits", 30, "count", A5, "2023年（截至9月）", kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- xv02 昆明高新区上半年主要指标 (云南日报 via jjrbnet 2023)
KM = "昆明高新区"
B0 = "今年以来,昆明高新区紧扣打造“六个春城”赛道,主动作为、顶压前进,主要指标稳中有进"
B1 = "上半年,高新区实现主营业务收入1517亿元,同比增长9.6%;规模以上工业总产值517.5亿元,同比增长3.5%,工业增加值增速11.7%,高于全市平均水平4.9个百分点"
B2 = "主导产业规上企业总产值264.7亿元,同比增长5.6%。其中,稀贵金属新材料产业同比增长6.6%、生物医药产业同比增长1.3%、数字经济产业同比增长6.9%"
B3 = "净增经营主体4151户,完成全年任务的148.8%,其中企业净增2359户,完成全年任务的93.7%"
B4 = "新认定国家级科技型中小企业158户,同比增长61.2%;“专精特新”中小企业共192户,净增114户,同比增长144%"
B5 = "75个续建项目累计完成投资39.5亿元;59个新开工项目实现开工30个,入库19个,完成投资1.2亿元,开工率50.8%"
B6 = "纳入省级开工重大项目10个,贵金属装联材料、生物所多联多价疫苗等7个项目开工,开工率70%"
B7 = "实现省外到位产业资金75.96亿元,同比增长74.79%,完成全年任务的63.3%"
B8 = "新签约扬子江药业、星达铜业等招商引资项目32个,其中固投类项目15个,协议投资57亿元"
AS2 = "2023年上半年"
G["xv02"] = dict(
 article=art("昆明高新区上半年主要指标稳中有进", "云南日报（“来源:云南日报”；存段无署名），载于 news.jjrbnet.com “园区”栏", "2023-08-29", "day",
  "Provincial daily via a business-news site's parks channel, Yunnan: a national high-tech zone's half-year figures — revenue, output, value added, leading industries, new market entities and firms, project investment and starts, funds from outside the province, signings with two named investors",
  "http://news.jjrbnet.com/yuanqu/20230829/85520.html",
  "日期取页面“来源:云南日报 2023-08-29 09:46:08”。标题照录；“来源…”行与“关注微信”“关注微博”已删。存段末段“下一步,昆明高新区将聚焦…以产业促发展;围绕园区主”在句中中断，该段（下一步打算）整段删去（make_txt.py ITEMS 截至上一段），正文截至“…协议投资57亿元。”，共三段。园区：昆明高新区（昆明，云南；文中又作“高新区”）。项目：贵金属装联材料、生物所多联多价疫苗（省级开工重大项目中开工→开工）；扬子江药业、星达铜业（“新签约…招商引资项目”→签约；项目以企业名称代称，企业另列为公司，园区昆明高新区）。“生物所”原文如此，不补全称。事实：上半年主营业务收入、规上工业总产值、工业增加值增速、主导产业产值与分产业增速、经营主体与企业净增、科技型中小企业、专精特新企业、续建/新开工项目与投资、省级开工重大项目、省外到位资金、新签约项目（cumulative / ratio）；“完成全年任务的…%”与分产业增速、差值“4.9个百分点”列可选。“其中固投类项目15个,协议投资57亿元”的57亿元是15个固投类项目的还是32个项目的，文中不明，metric 记 signed_investment_cny（note）。",
  "xv02"),
 parks=[
  park(KM, "昆明", "云南", "高新区", B0, note="文中又作“高新区”"),
 ],
 companies=[
  comp("扬子江药业", KM, B8, note="新签约招商引资项目（以企业名代称）"),
  comp("星达铜业", KM, B8, note="新签约招商引资项目（以企业名代称）"),
 ],
 institutions=[
  inst("生物所", B6, kind="research", note="只在项目名“生物所多联多价疫苗”中；原文简称"),
 ],
 projects=[
  proj("贵金属装联材料", KM, B6, status="开工", status_text="项目开工", note="纳入省级开工重大项目"),
  proj("生物所多联多价疫苗", KM, B6, status="开工", status_text="项目开工", note="纳入省级开工重大项目"),
  proj("扬子江药业", KM, B8, companies=["扬子江药业"], status="签约", status_text="新签约", note="项目以企业名代称"),
  proj("星达铜业", KM, B8, companies=["星达铜业"], status="签约", status_text="新签约", note="项目以企业名代称"),
 ],
 aggregate_facts=[
  fact(KM, "park", "main_business_revenue_cny", 1.517e11, "cny", "上半年,高新区实现主营业务收入1517亿元,同比增长9.6%", AS2, kind="cumulative", chk=True),
  fact(KM, "park", "main_business_revenue_yoy_growth", 0.096, "ratio", "上半年,高新区实现主营业务收入1517亿元,同比增长9.6%", AS2, kind="ratio"),
  fact(KM, "park", "industrial_output_above_scale_cny", 5.175e10, "cny", "规模以上工业总产值517.5亿元,同比增长3.5%", AS2, kind="cumulative", chk=True),
  fact(KM, "park", "industrial_output_above_scale_yoy_growth", 0.035, "ratio", "规模以上工业总产值517.5亿元,同比增长3.5%", AS2, kind="ratio"),
  fact(KM, "park", "industrial_value_added_yoy_growth", 0.117, "ratio", "工业增加值增速11.7%,高于全市平均水平4.9个百分点", AS2, kind="ratio"),
  fact(KM, "park", "industrial_value_added_growth_above_city_pp", 4.9, "pp", "工业增加值增速11.7%,高于全市平均水平4.9个百分点", AS2, kind="ratio", opt=True),
  fact(KM, "park", "leading_industries_output_cny", 2.647e10, "cny", "主导产业规上企业总产值264.7亿元,同比增长5.6%", AS2, kind="cumulative", chk=True),
  fact(KM, "park", "leading_industries_output_yoy_growth", 0.056, "ratio", "主导产业规上企业总产值264.7亿元,同比增长5.6%", AS2, kind="ratio"),
  fact(KM, "park", "precious_metals_materials_yoy_growth", 0.066, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(KM, "park", "biomedicine_yoy_growth", 0.013, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(KM, "park", "digital_economy_yoy_growth", 0.069, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(KM, "park", "stabilising_measures", 18, "count", "出台经济回稳向好18条措施", AS2, opt=True),
  fact(KM, "park", "net_new_market_entities", 4151, "count", B3, AS2, kind="cumulative"),
  fact(KM, "park", "net_new_market_entities_target_share", 1.488, "ratio", B3, AS2, kind="ratio", opt=True),
  fact(KM, "park", "net_new_firms", 2359, "count", B3, AS2, kind="cumulative"),
  fact(KM, "park", "net_new_firms_target_share", 0.937, "ratio", B3, AS2, kind="ratio", opt=True),
  fact(KM, "park", "new_national_tech_smes", 158, "count", B4, AS2, kind="cumulative"),
  fact(KM, "park", "new_national_tech_smes_yoy_growth", 0.612, "ratio", B4, AS2, kind="ratio", opt=True),
  fact(KM, "park", "specialized_smes", 192, "count", B4, AS2),
  fact(KM, "park", "net_new_specialized_smes", 114, "count", B4, AS2, kind="cumulative"),
  fact(KM, "park", "specialized_smes_yoy_growth", 1.44, "ratio", B4, AS2, kind="ratio", opt=True),
  fact(KM, "park", "continuing_projects", 75, "count", B5, AS2),
  fact(KM, "park", "investment_completed_cny", 3.95e9, "cny", "75个续建项目累计完成投资39.5亿元", AS2, kind="cumulative", chk=True, note="续建项目"),
  fact(KM, "park", "new_projects_planned", 59, "count", B5, "2023年（计划）", kind="target", opt=True),
  fact(KM, "park", "projects_started", 30, "count", B5, AS2, kind="cumulative", note="59个新开工项目中实现开工30个"),
  fact(KM, "park", "projects_entered_statistics", 19, "count", B5, AS2, kind="cumulative", opt=True),
  fact(KM, "park", "new_projects_investment_completed_cny", 1.2e8, "cny", "入库19个,完成投资1.2亿元,开工率50.8%", AS2, kind="cumulative", chk=True),
  fact(KM, "park", "project_start_rate", 0.508, "ratio", B5, AS2, kind="ratio", opt=True),
  fact(KM, "park", "provincial_key_projects", 10, "count", B6, "2023年"),
  fact(KM, "park", "provincial_key_projects_started", 7, "count", B6, AS2, kind="cumulative"),
  fact(KM, "park", "provincial_key_projects_start_rate", 0.70, "ratio", B6, AS2, kind="ratio", opt=True),
  fact(KM, "park", "out_of_province_funds_cny", 7.596e10, "cny", B7, AS2, kind="cumulative", chk=True),
  fact(KM, "park", "out_of_province_funds_yoy_growth", 0.7479, "ratio", B7, AS2, kind="ratio"),
  fact(KM, "park", "out_of_province_funds_target_share", 0.633, "ratio", B7, AS2, kind="ratio", opt=True),
  fact(KM, "park", "projects_signed", 32, "count", B8, AS2, kind="cumulative"),
  fact(KM, "park", "fixed_asset_projects_signed", 15, "count", B8, AS2, kind="cumulative", opt=True),
  fact(KM, "park", "signed_investment_cny", 5.7e9, "cny", "其中固投类项目15个,协议投资57亿元", AS2, kind="cumulative", chk=True,
       note="协议投资是15个固投类项目的还是32个项目的，文中不明"),
 ])

# ---------------------------------------------------------------- xv03 曲靖沾益 园区经济 (人民网-云南频道 2023)
ZY = "沾益工业园区"
C0 = "在沾益工业园区花山片区,年产20万吨磷酸铁及5万吨锂电池回收项目场平施工现场,大型机械来回穿梭,项目建设正如火如荼地进行。项目于2022年10月开工"
C1 = "截至2022年,沾益工业园区入驻企业175户,园区规上工业总产值达397亿元,同比增长58.8%"
C2 = "项目建成投产后,预计可实现年产值50亿元"
C3 = "力争2023年园区工业总产值突破500亿元"
AS3 = "2022年"
G["xv03"] = dict(
 article=art("曲靖沾益跑出园区经济增长加速度", "人民网-云南频道（yn.people.com.cn；文末“(沾益区委宣传部供稿)”，责编徐前、朱红霞）", "2023-02-06", "day",
  "National paper's provincial web channel, Yunnan: a district's industrial park in 2022 — a battery-materials project started with phased completion dates and expected output, the park's industry clusters, firms and output with growth, the next year's output target",
  "http://yn.people.com.cn/n2/2023/0206/c372455-40291067.html",
  "日期取页面“2023年02月06日16:22 | 来源:人民网-云南频道”。标题照录；日期来源行、“小字号”、“(责编:…)”与分享、评论、关注行已删；文末“(沾益区委宣传部供稿)”与末句同行，照录。正文五段，完整。园区：沾益工业园区（曲靖市沾益区，云南）；花山片区、白水片区、城西片区为其片区（花山片区列可选园区，母园区沾益工业园区）。项目：年产20万吨磷酸铁及5万吨锂电池回收项目（在花山片区；2022年10月开工，场平施工中→在建，status_alt 开工；分三期，2023年10月、2024年12月、2025年12月建成；建成投产后预计年产值50亿元，target）；无企业名。事实：截至2022年入驻企业175户、2022年规上工业总产值397亿元、增长58.8%（reported / ratio）；“力争2023年园区工业总产值突破500亿元”为目标（target，超，可选）。沾益区为区，不是园区。",
  "xv03"),
 parks=[
  park(ZY, "曲靖", "云南", "工业园区", C1, district="沾益区", note="文中又作“园区”"),
  park("沾益工业园区花山片区", "曲靖", "云南", "园区片区", C0, district="沾益区", parent=ZY, opt=True, note="沾益工业园区的片区；白水片区、城西片区同"),
 ],
 companies=[],
 institutions=[
  inst("沾益区委宣传部", "(沾益区委宣传部供稿)", note="供稿单位"),
 ],
 projects=[
  proj("年产20万吨磷酸铁及5万吨锂电池回收项目", ZY, C0, status="在建", status_text="场平施工现场；项目于2022年10月开工", status_alt="开工",
       note="位于沾益工业园区花山片区；分三期，计划2023年10月、2024年12月、2025年12月建成"),
 ],
 aggregate_facts=[
  fact("年产20万吨磷酸铁及5万吨锂电池回收项目", "project", "expected_annual_output_cny", 5e9, "cny", C2, "建成投产后（预期）", kind="target", chk=True),
  fact("年产20万吨磷酸铁及5万吨锂电池回收项目", "project", "expected_annual_capacity_t", 200000, "t", C0, "建成后（规划）", kind="target", opt=True, note="磷酸铁20万吨（一、二期各10万吨）"),
  fact(ZY, "park", "firms", 175, "count", C1, "2022年末"),
  fact(ZY, "park", "industrial_output_above_scale_cny", 3.97e10, "cny", "园区规上工业总产值达397亿元,同比增长58.8%", AS3, chk=True),
  fact(ZY, "park", "industrial_output_above_scale_yoy_growth", 0.588, "ratio", "园区规上工业总产值达397亿元,同比增长58.8%", AS3, kind="ratio"),
  fact(ZY, "park", "industrial_output_cny", 5e10, "cny", C3, "2023年（目标）", kind="target", qual="超", qtext="突破", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xv04 安宁高新区 1-3季度 (kman.gov.cn 2025)
AN = "安宁高新区"
D0 = "2025年1-3季度,安宁高新区锚定高质量发展目标,延续“立足资源禀赋、聚焦链式发展、优化营商环境”的发展路径,多项核心指标数据领跑昆明各开发区"
D1 = "1-3季度,高新区实现营业收入1741.44亿元,同比增长27.0%,增速超昆明市开发区及全省开发区平均水平,在昆明14个重点开发区中位列第一"
D2 = "高新区主导产业营业收入集中度达75.32%,较全省开发区平均水平高出19.83个百分点"
D3 = "亩均营业收入330.53万元/亩,较省级开发区平均水平提升69.5%"
D4 = "1-3季度,规上工业总产值实现1578.20亿元,同比增长27.8%,占昆明市开发区总体规上工业总产值的41.1%"
D5 = "规上工业增加值增速达24.7%,远超全省、昆明市开发区平均水平,较昆明排名第二的园区高出21.5个百分点"
D6 = "得益于中石油云南石化、云南裕能等链主企业带动及多产业链生态圈成型"
D7 = "在2024年60.5亿元增资规模的坚实基础上稳步迈进,云南裕能二期增资建设、友日久“带资引企”等项目有序推进"
AS4 = "2025年1-3季度"
G["xv04"] = dict(
 article=art("（无标题）安宁高新区2025年1-3季度多项核心指标领跑昆明各开发区", "kman.gov.cn（安宁市政府网站，据域名与内容推断；存段无标题、无署名）", "2025-11-14", "day",
  "Municipal government site, Yunnan: a provincial high-tech zone's nine-month figures — revenue and growth, rank among the city's zones, leading-industry concentration, revenue per mu, above-scale output, share and value-added growth, chain-leader firms, capital increases and two expansion projects",
  "http://www.kman.gov.cn/c/2025-11-14/7075989.shtml",
  "日期取网址 2025-11-14。存段无标题、无日期行（title 为编者概括）。存段末句“通过“一企一档”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…为高新区发展注入强劲内生动力。”，含三个小标题，共七段。园区：安宁高新区（昆明市安宁市，云南；文中又作“高新区”“园区”）。公司：中石油云南石化、云南裕能（链主企业，在园）、友日久（“带资引企”项目，在园）。项目：云南裕能二期增资建设（“有序推进”→在建，可选：是否已动工文中未明）；友日久“带资引企”不列为项目。事实：1-3季度营业收入、增速、在昆明14个重点开发区中第一、主导产业营收集中度、亩均营收、规上工业总产值、增速、占昆明开发区比重、规上工业增加值增速（cumulative / ratio）；2024年增资规模60.5亿元（reported）；高出平均水平的百分点与“提升69.5%”列可选。",
  "xv04"),
 parks=[
  park(AN, "昆明", "云南", "高新区", D0, district="安宁市", note="文中又作“高新区”“园区”"),
 ],
 companies=[
  comp("中石油云南石化", AN, D6, note="链主企业"),
  comp("云南裕能", AN, D6, note="链主企业；二期增资建设"),
  comp("友日久", AN, D7, note="“带资引企”项目"),
 ],
 projects=[
  proj("云南裕能二期增资建设", AN, D7, companies=["云南裕能"], phase="二期", status="在建", status_text="有序推进", opt=True,
       note="增资扩产项目；是否已动工文中未明"),
 ],
 aggregate_facts=[
  fact(AN, "park", "revenue_cny", 1.74144e11, "cny", D1, AS4, kind="cumulative", chk=True),
  fact(AN, "park", "revenue_yoy_growth", 0.27, "ratio", D1, AS4, kind="ratio"),
  fact(AN, "park", "city_rank", 1, "rank", D1, AS4, opt=True, note="昆明14个重点开发区中第一"),
  fact(AN, "park", "city_key_zones", 14, "count", D1, AS4, opt=True, note="昆明重点开发区数"),
  fact(AN, "park", "leading_industries_revenue_share", 0.7532, "ratio", D2, AS4, kind="ratio"),
  fact(AN, "park", "leading_industries_share_above_province_pp", 19.83, "pp", D2, AS4, kind="ratio", opt=True),
  fact(AN, "park", "revenue_per_mu_cny", 3305300, "cny", D3, AS4, kind="cumulative", chk=True),
  fact(AN, "park", "revenue_per_mu_above_provincial_avg", 0.695, "ratio", D3, AS4, kind="ratio", opt=True),
  fact(AN, "park", "industrial_output_above_scale_cny", 1.5782e11, "cny", D4, AS4, kind="cumulative", chk=True),
  fact(AN, "park", "industrial_output_above_scale_yoy_growth", 0.278, "ratio", D4, AS4, kind="ratio"),
  fact(AN, "park", "share_of_city_zones_output", 0.411, "ratio", D4, AS4, kind="ratio"),
  fact(AN, "park", "above_scale_industrial_value_added_yoy_growth", 0.247, "ratio", D5, AS4, kind="ratio"),
  fact(AN, "park", "value_added_growth_above_second_zone_pp", 21.5, "pp", D5, AS4, kind="ratio", opt=True),
  fact(AN, "park", "capital_increase_cny", 6.05e9, "cny", "在2024年60.5亿元增资规模的坚实基础上稳步迈进", "2024年", chk=True, note="存量企业增资规模"),
 ])

# ---------------------------------------------------------------- xv05 南宁·中关村科技园 (南宁日报 via gx.cri.cn 2021)
ZG = "南宁·中关村科技园"
NG = "南宁高新区"
E0 = "4月26日,市政府召开例行新闻发布会,通报南宁·中关村科技园(以下简称“科技园”)建设情况"
E1 = "近年来,南宁高新区深入贯彻落实习近平总书记视察南宁·中关村创新示范基地时作出的重要指示精神"
E2 = "科技园总规划面积25平方公里,核心区范围约7平方公里,分三期开发建设"
E3 = "其中一期范围约1.77平方公里已基本建设完成,聚集了浪潮、世纪联合、联东U谷、香港三润等19个产业化项目,2020年合计产值近30亿元"
E4 = "二期范围约1.5平方公里,基础设施已全面开工,落地了东创精密、柯瑞机械二期、世纪联合二期等产业项目,三一重工、东方雨虹、农工商科创产业园等一批项目正在加快推进"
E5 = "三期范围约3.7平方公里,正在开展国土空间规划编制和产业规划研究"
AS5 = "2021年4月"
G["xv05"] = dict(
 article=art("南宁·中关村科技园建设加速推进", "南宁日报（“来源:南宁日报”；编辑杨永娟，责编赵滢溪），载于国际在线广西频道 gx.cri.cn", "2021-04-27", "day",
  "City daily via a national broadcaster's provincial channel, Guangxi: a science park run by a national high-tech zone, three years after opening — area by phase, named industrial projects of phases 1 and 2, 2020 output of phase 1",
  "https://gx.cri.cn/n/20210427/cbeeeb1c-bfe4-b614-da07-3543aaca63e8.html",
  "日期取页面“2021-04-27 14:57:53来源:南宁日报”。标题照录；频道菜单、日期来源行已删；“原标题:南宁·中关村科技园建设加速推进 初步形成产业聚集新高地”行已删（记于 title_note）。存段在“…产业规划研究。预”处中断，残字“预”已删（make_txt.py LINE_SUFFIX），正文截至“…正在开展国土空间规划编制和产业规划研究。”，含小标题一行，共四段。园区：南宁·中关村科技园（文中又作“科技园”；2018年4月26日揭牌；母园区南宁高新区——由“南宁高新区…全力推进科技园建设”推定）；南宁高新区；南宁·中关村创新示范基地（可选）。项目：一期“聚集了浪潮、世纪联合、联东U谷、香港三润等19个产业化项目”——以企业名代称的项目，无状态；二期“落地了东创精密、柯瑞机械二期、世纪联合二期等产业项目”——落地，无状态；“三一重工、东方雨虹、农工商科创产业园等一批项目正在加快推进”——是否已动工文中未明，无状态。以上项目园区均为南宁·中关村科技园；企业名另列为公司（可选）。事实：科技园总规划面积25平方公里、核心区约7、一期约1.77（已基本建成）、二期约1.5、三期约3.7平方公里；一期19个产业化项目，2020年合计产值近30亿元（近→约）。",
  "xv05", title_note="原标题：南宁·中关村科技园建设加速推进 初步形成产业聚集新高地"),
 parks=[
  park(ZG, "南宁", "广西", "科技园", E0, parent=NG, aliases=["科技园"], note="2018年4月26日揭牌；母园区由语境推定为南宁高新区"),
  park(NG, "南宁", "广西", "高新区", E1),
  park("南宁·中关村创新示范基地", "南宁", "广西", "创新示范基地", E1, opt=True),
 ],
 companies=[
  comp("浪潮", ZG, E3, opt=True, note="一期产业化项目（以企业名代称）"),
  comp("世纪联合", ZG, E3, opt=True, note="一期产业化项目；二期又有“世纪联合二期”"),
  comp("香港三润", ZG, E3, opt=True, note="一期产业化项目"),
  comp("东创精密", ZG, E4, opt=True, note="二期落地项目"),
  comp("柯瑞机械", ZG, E4, opt=True, note="只在“柯瑞机械二期”中"),
  comp("三一重工", ZG, E4, opt=True, note="二期加快推进的项目"),
  comp("东方雨虹", ZG, E4, opt=True, note="二期加快推进的项目"),
 ],
 institutions=[
  inst("北京中关村", "科技园是南宁与北京中关村深入贯彻落实习近平总书记重要指示精神,持续深化合作的重要成果之一", kind="government", note="合作方（园区品牌）"),
 ],
 projects=[
  proj("浪潮", ZG, E3, companies=["浪潮"], note="一期产业化项目（以企业名代称）；一期已基本建成"),
  proj("世纪联合", ZG, E3, companies=["世纪联合"], note="一期产业化项目"),
  proj("联东U谷", ZG, E3, note="一期产业化项目"),
  proj("香港三润", ZG, E3, companies=["香港三润"], note="一期产业化项目"),
  proj("东创精密", ZG, E4, companies=["东创精密"], note="二期落地产业项目"),
  proj("柯瑞机械二期", ZG, E4, companies=["柯瑞机械"], phase="二期", note="二期落地产业项目"),
  proj("世纪联合二期", ZG, E4, companies=["世纪联合"], phase="二期", note="二期落地产业项目"),
  proj("三一重工", ZG, E4, companies=["三一重工"], note="正在加快推进；是否已动工文中未明"),
  proj("东方雨虹", ZG, E4, companies=["东方雨虹"], note="正在加快推进"),
  proj("农工商科创产业园", ZG, E4, note="正在加快推进"),
 ],
 aggregate_facts=[
  fact(ZG, "park", "planned_area_km2", 25, "km2", E2, AS5),
  fact(ZG, "park", "core_area_km2", 7, "km2", E2, AS5, qual="约", qtext="约"),
  fact(ZG, "park", "development_phases", 3, "count", E2, AS5, opt=True),
  fact(ZG, "park", "phase1_area_km2", 1.77, "km2", E3, AS5, qual="约", qtext="约"),
  fact(ZG, "park", "industrial_projects", 19, "count", E3, AS5, note="一期聚集的产业化项目"),
  fact(ZG, "park", "output_cny", 3e9, "cny", "19个产业化项目,2020年合计产值近30亿元", "2020年", qual="约", qtext="近", chk=True, note="一期19个项目合计"),
  fact(ZG, "park", "phase2_area_km2", 1.5, "km2", E4, AS5, qual="约", qtext="约", opt=True),
  fact(ZG, "park", "phase3_area_km2", 3.7, "km2", E5, AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xv06 中马钦州产业园区 (科技日报 2024)
ZM = "中国—马来西亚钦州产业园区"
F0 = "北部湾的钦州湾内的中国—马来西亚钦州产业园区(以下简称“中马钦州产业园区”)里,中马国际科技园等高楼拔地而起,闵和粮油加工等项目建设如火如荼,恒逸、中伟等企业开足马力忙生产"
F1 = "数据显示,12年来,中马钦州产业园区签约项目249个,累计完成固定资产投资约295亿元"
F2 = "2012年3月,国务院批准同意设立中马钦州产业园区,并同意中马钦州产业园区实行现行国家级经济技术开发区政策"
AS6 = "2012年至2024年12月"
G["xv06"] = dict(
 article=art("中马钦州产业园区:大招商促进大发展", "科技日报（本报记者刘昊，通讯员卢庆毅），digitalpaper.stdaily.com 电子版", "2024-12-12", "day",
  "National science daily's series on national development zones, Guangxi: a China–Malaysia bilateral industrial park twelve years on — a project under construction, firms in production, approval and policy, cumulative signed projects and fixed-asset investment, industry clusters",
  "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2024-12/12/content_581908.htm?div=-1",
  "日期取版面“2024年12月12日 星期四”。标题照录；副题“——“国家级经开区40年”系列报道之三”（记于 title_note）、图片说明“图为中马钦州产业园区广西金桂浆纸业有限公司的生产车间。受访者供图”、署名行“◎本报记者 刘 昊  通讯员 卢庆毅”已删（图片说明中的企业因此不在正文，不列）。存段末段“‘项目是经济开发区的‘生命线’…’左孔天介绍,园区坚持…积极抢抓中国—东盟自贸区3”在句中中断，整段删去，正文截至“…东盟特色产品加工贸易产业集群。”，含小标题一行，共七段。园区：中国—马来西亚钦州产业园区（首现全称，简称“中马钦州产业园区”；钦州，广西；2012年3月国务院批准设立，实行国家级经开区政策）；中马国际科技园（园内楼宇/科技园，可选，母园区推定）。项目：闵和粮油加工（“项目建设如火如荼”→在建）。公司：恒逸、中伟（在园企业，开足马力忙生产）。事实：12年来签约项目249个、累计完成固定资产投资约295亿元（cumulative）。",
  "xv06", title_note="副题：——“国家级经开区40年”系列报道之三"),
 parks=[
  park(ZM, "钦州", "广西", "国际合作产业园区（实行国家级经济技术开发区政策）", F0, aliases=["中马钦州产业园区"],
       note="首现全称，后文作“中马钦州产业园区”；2012年3月国务院批准设立"),
  park("中马国际科技园", "钦州", "广西", "科技园", F0, parent=ZM, opt=True, note="园内高楼/科技园；母园区由语境推定"),
 ],
 companies=[
  comp("恒逸", ZM, F0, note="在园企业"),
  comp("中伟", ZM, F0, note="在园企业"),
 ],
 institutions=[
  inst("国务院", F2, note="批准设立"),
  inst("中马钦州产业园区管委会", "中马钦州产业园区管委会副主任左孔天说", park=ZM),
 ],
 projects=[
  proj("闵和粮油加工", ZM, F0, status="在建", status_text="项目建设如火如荼"),
 ],
 aggregate_facts=[
  fact(ZM, "park", "projects_signed", 249, "count", F1, AS6, kind="cumulative"),
  fact(ZM, "park", "fixed_asset_investment_cny", 2.95e10, "cny", "中马钦州产业园区签约项目249个,累计完成固定资产投资约295亿元", AS6, kind="cumulative", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- xv07 柳州市鱼峰区工业园区 开竣工 (北部湾在线 2019)
YF = "柳州市鱼峰区工业园区"
H0 = "5月23日,柳州市鱼峰区工业园区2019年二季度重大项目集中开竣工仪式在鱼峰区洛维螺蛳粉产业园举行"
H1 = "此次集中开竣工的项目共有8个,总投资20.84亿元"
H2 = "其中,开工项目螺霸王洛维螺蛳粉产业园项目是鱼峰区重点建设项目,项目计划总投资4.5亿元"
H3 = "广西螺霸王科技有限公司董事长姚汉霖:“整个建设包括螺蛳粉以及米粉、豆角、酸笋等原材料生产车间"
AS7 = "2019年5月23日（集中开竣工）"
G["xv07"] = dict(
 article=art("柳州市鱼峰区第二季度重大项目集中开竣工", "北部湾在线（广西广播电视台 BBRTV，bbrtv.com；记者韦黎，通讯员林思思；责任编辑张倩）", "2019-05-24", "day",
  "Provincial broadcaster's news site, Guangxi: a district industrial park's quarterly joint start and completion ceremony — count and total investment, one named project started with its planned investment, the developer firm",
  "http://www.bbrtv.com/3g/index.php?action=show_news&contentid=477507",
  "日期取页面“北部湾在线 2019-05-24”（文中“5月23日”为仪式日）。标题照录；日期行、图片说明“仪式现场”、“责任编辑:张倩”已删。正文三段，完整。园区：柳州市鱼峰区工业园区（原文作“柳州市鱼峰区工业园区”，alias“鱼峰区工业园区”为其子串；柳州市鱼峰区，广西）；洛维螺蛳粉产业园（仪式地点，即开工项目所建产业园，可选园区，母园区推定为鱼峰区工业园区）。项目：螺霸王洛维螺蛳粉产业园项目（开工，计划总投资4.5亿元；文中只说是“鱼峰区重点建设项目”，属鱼峰区工业园区此次开竣工项目，园区据此推定）。公司：广西螺霸王科技有限公司（董事长发言；园区同上推定）。事实：集中开竣工项目8个、总投资20.84亿元；“规模百亿元”为愿景（可选）。",
  "xv07"),
 parks=[
  park(YF, "柳州", "广西", "工业园区", H0, district="鱼峰区", aliases=["鱼峰区工业园区"], note="原文作“柳州市鱼峰区工业园区”"),
  park("洛维螺蛳粉产业园", "柳州", "广西", "产业园（食品）", H0, district="鱼峰区", parent=YF, opt=True,
       note="仪式地点；即螺霸王洛维螺蛳粉产业园项目；母园区由语境推定"),
 ],
 companies=[
  comp("广西螺霸王科技有限公司", YF, H3, note="项目业主；园区由语境推定"),
 ],
 projects=[
  proj("螺霸王洛维螺蛳粉产业园项目", YF, H2, companies=["广西螺霸王科技有限公司"], inv="项目计划总投资4.5亿元", status="开工", status_text="开工项目",
       note="鱼峰区重点建设项目；园区由语境推定（鱼峰区工业园区的开竣工项目之一）"),
 ],
 aggregate_facts=[
  fact(YF, "park", "projects_started_or_completed", 8, "count", H1, AS7),
  fact(YF, "park", "started_completed_projects_investment_cny", 2.084e9, "cny", H1, AS7, chk=True),
  fact("螺霸王洛维螺蛳粉产业园项目", "project", "target_scale_cny", 1e10, "cny", "努力发展成为规模百亿元的现代化产业园", "远期（愿景）", kind="target", opt=True,
       note="“规模百亿元”，非数字写法"),
 ])

# ---------------------------------------------------------------- xv08 曲靖市8月重点项目观摩 陆良 (珠江网 2020)
LL = "陆良县工业园区"
I0 = "此次活动调研观摩了曲靖市陆良县的7个重点项目"
I1 = "评比得票结果为:蒙牛乳业(曲靖)年产33万吨饮料及乳制品生产项目、陆良南境颐养小镇项目并列第一,云南李子园年产7万吨含乳饮料项目位列第二,曲靖富源牧业(芳华牧场)项目位列第三"
I2 = "项目位于陆良县工业园区青山片区,占地298亩,总建筑面积约11.7万平方米,总投资7亿元"
I3 = "项目一期于2019年12月开工,目前,已完成低温主车间、常温车间外围墙砌筑、钢结构安装"
I4 = "小镇位于县城西城新区,规划占地面积3.44平方公里,计划总投资52亿元"
I5 = "小镇于2018年3月开工,一期(2018—2020年)总投资21亿元"
I6 = "小镇建成后,预计可实现年产值9亿元,提供就业岗位3至5万个,上缴税费总额1.3亿元"
MN = "蒙牛乳业(曲靖)年产33万吨饮料及乳制品生产项目"
NJ = "陆良南境颐养小镇项目"
AS8 = "2020年8月"
G["xv08"] = dict(
 article=art("曲靖市8月重点项目现场观摩活动评比结果出炉", "珠江网（zjw.cn，曲靖；“来源:珠江网”，存段无署名）", "2020-08-19", "day",
  "City news portal, Yunnan: results of a monthly on-site inspection of key projects in a county — four ranked projects, a dairy plant in the county industrial park with area, investment, phases and stage, a wellness town with area, investment, phase-1 spending and expected output, jobs and taxes",
  "https://zjw.cn/info-50904.html",
  "日期取页面“发布日期:2020-08-19    来源:珠江网”（文中“8月18日”为观摩日）。标题照录；“返回”“顶部”、栏目路径、日期来源行与三张图片文件名行已删；图片下的项目名行“蒙牛乳业(曲靖)年产33万吨饮料及乳制品生产项目。”“陆良南境颐养小镇。”作为小标题保留。存段末行“云南李子园年产7万吨含乳饮料项目。项目”在句中中断，该行删去，正文截至“…上缴税费总额1.3亿元。”，共五段。“主要  建设”中的两个空格照录。园区：陆良县工业园区（曲靖市陆良县，云南；青山片区为其片区）。项目：蒙牛乳业(曲靖)年产33万吨饮料及乳制品生产项目（陆良县工业园区青山片区；总投资7亿元；一期2019年12月开工、已完成主体等→在建，status_alt 开工；预计2020年12月底竣工投产，二期2022年）；陆良南境颐养小镇项目（县城西城新区，不是园区→park null；计划总投资52亿元；2018年3月开工，一期基本完成→在建，status_alt 开工）；云南李子园年产7万吨含乳饮料项目、曲靖富源牧业(芳华牧场)项目（只在评比结果中，地点与状态存段未说→park null，无状态）。公司只在项目名中（可选）。事实：观摩项目7个（陆良县，可选）；蒙牛项目占地298亩、建筑面积约11.7万平方米、14条生产线（可选）；南境小镇规划面积3.44平方公里、一期投资21亿元、预计年产值9亿元、就业3至5万个（区间，可选，记下限）、税费1.3亿元（target）。",
  "xv08"),
 parks=[
  park(LL, "曲靖", "云南", "工业园区", I2, district="陆良县", note="项目在其青山片区"),
 ],
 companies=[
  comp("蒙牛乳业(曲靖)", LL, I1, opt=True, note="只在项目名中"),
  comp("云南李子园", None, I1, opt=True, note="只在项目名中"),
  comp("曲靖富源牧业", None, I1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(MN, LL, I2, companies=["蒙牛乳业(曲靖)"], inv="总投资7亿元", status="在建", status_text="一期于2019年12月开工,目前,已完成…", status_alt="开工",
       note="陆良县工业园区青山片区；分两期；一期预计2020年12月底竣工投产，二期2022年3月开工、12月竣工投产（计划）"),
  proj(NJ, None, I4, inv="计划总投资52亿元", status="在建", status_text="2018年3月开工…基本完成", status_alt="开工",
       aliases=["陆良南境颐养小镇"], note="县城西城新区（城区，不是园区）"),
  proj("云南李子园年产7万吨含乳饮料项目", None, I1, companies=["云南李子园"], note="只在评比结果中；地点存段未说"),
  proj("曲靖富源牧业(芳华牧场)项目", None, I1, companies=["曲靖富源牧业"], note="只在评比结果中；地点存段未说"),
 ],
 aggregate_facts=[
  fact("陆良县", "region", "key_projects_inspected", 7, "count", I0, "2020年8月18日", opt=True),
  fact(MN, "project", "site_area_mu", 298, "mu", I2, AS8),
  fact(MN, "project", "floor_area_m2", 117000, "m2", I2, AS8, qual="约", qtext="约"),
  fact(MN, "project", "production_lines", 14, "count", "主要  建设常温、低温加工主车间共14条生产线", AS8, opt=True),
  fact(NJ, "project", "planned_area_km2", 3.44, "km2", I4, AS8),
  fact(NJ, "project", "phase1_investment_cny", 2.1e9, "cny", "一期(2018—2020年)总投资21亿元", "一期（2018—2020年）", chk=True),
  fact(NJ, "project", "expected_annual_output_cny", 9e8, "cny", "预计可实现年产值9亿元", "建成后（预期）", kind="target", chk=True),
  fact(NJ, "project", "expected_jobs", 30000, "count", I6, "建成后（预期）", kind="target", opt=True, note="“3至5万个”，记下限"),
  fact(NJ, "project", "expected_annual_tax_cny", 1.3e8, "cny", "上缴税费总额1.3亿元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xv09 南宁高新区 5个重大项目开(竣)工 (xunjk 2022)
NN = "南宁高新区"
NZ = "南宁综合保税区"
J0 = "6月29日上午,南宁高新区在科技园区举行六连路(银顶路至金海路,利华路至华安路)工程项目、广西智慧交通智能设备、系统集成研发生产基地项目、东惠触控显示屏生产项目等5个重大项目开(竣)工仪式"
J1 = "这些开(竣)工项目总投资达5.9亿元,年度计划投资2.15亿元"
J2 = "当天,开工项目有4个,分别为六连路(银顶路至金海路,利华路至华安路)工程项目、南宁综合保税区2020年四期基础设施工程项目(新经济智慧园项目B地块)、南宁市园艺路东侧、永林路北侧储备地块土方平整工程项目、广西智慧交通智能设备、系统集成研发生产基地项目"
J3 = "竣工项目1个,为广西东盛电子科技有限公司东惠触控显示屏生产项目"
J4 = "其中,南宁综合保税区六连路工程项目总投资约6040万元,建设里程约1.223千米,宽度为30米"
J5 = "隶属综合保税区中药材加工产业园项目的配套工程,也是衔接南宁综合保税区一、二期的重要通道"
AS9 = "2022年6月29日（开(竣)工）"
G["xv09"] = dict(
 article=art("（无标题）南宁高新区5个重大项目开(竣)工 总投资5.9亿元", "m.xunjk.com（资讯聚合站“研究”栏；图片来源注“南宁高新区”；原发媒体与署名未注明）", "2022-06-30", "day",
  "News aggregator relaying a zone's release, Guangxi: a national high-tech zone's joint start and completion of five projects — total and annual planned investment, four named projects started (roads and a bonded-zone infrastructure phase among them), one firm's plant completed, one road's investment and length",
  "http://m.xunjk.com/wap/xinwen/yanjiu/2022/0630/242961.html",
  "日期取网址 2022/0630（文中“6月29日上午”为仪式日）。存段无标题、无日期行（title 为编者概括）。“(资料图)”“(图片来源:南宁高新区)”已删。正文两段，完整。园区：南宁高新区（南宁，广西）；南宁综合保税区（文中又作“综合保税区”；母园区推定为南宁高新区——仪式由南宁高新区举行，文中未明说隶属）。“科技园区”为泛称，不列。项目：六连路(银顶路至金海路,利华路至华安路)工程项目（开工；后文作“南宁综合保税区六连路工程项目”，总投资约6040万元→园区南宁综合保税区）；南宁综合保税区2020年四期基础设施工程项目(新经济智慧园项目B地块)（开工，园区南宁综合保税区）；南宁市园艺路东侧、永林路北侧储备地块土方平整工程项目（开工，园区南宁高新区，可选：土地平整）；广西智慧交通智能设备、系统集成研发生产基地项目（开工，南宁高新区）；东惠触控显示屏生产项目（竣工，业主广西东盛电子科技有限公司，南宁高新区）；综合保税区中药材加工产业园项目（六连路为其配套，可选，无状态）。事实：开(竣)工项目5个、总投资5.9亿元、年度计划投资2.15亿元（target）、开工4个、竣工1个；六连路长约1.223千米（可选）。",
  "xv09"),
 parks=[
  park(NN, "南宁", "广西", "高新区", J0),
  park(NZ, "南宁", "广西", "综合保税区", J4, parent=NN, aliases=["综合保税区"], note="母园区由语境推定为南宁高新区"),
 ],
 companies=[
  comp("广西东盛电子科技有限公司", NN, J3, note="东惠触控显示屏生产项目业主"),
 ],
 projects=[
  proj("六连路(银顶路至金海路,利华路至华安路)工程项目", NZ, J4, inv="总投资约6040万元", qual="约", qual_text="约", status="开工", status_text="开工项目",
       aliases=["南宁综合保税区六连路工程项目"], note="首现作“六连路(银顶路至金海路,利华路至华安路)工程项目”；后文作“南宁综合保税区六连路工程项目”"),
  proj("南宁综合保税区2020年四期基础设施工程项目(新经济智慧园项目B地块)", NZ, J2, status="开工", status_text="开工项目", phase="四期"),
  proj("南宁市园艺路东侧、永林路北侧储备地块土方平整工程项目", NN, J2, status="开工", status_text="开工项目", opt=True, note="土地平整工程"),
  proj("广西智慧交通智能设备、系统集成研发生产基地项目", NN, J2, status="开工", status_text="开工项目"),
  proj("东惠触控显示屏生产项目", NN, J3, companies=["广西东盛电子科技有限公司"], status="竣工", status_text="竣工项目",
       aliases=["广西东盛电子科技有限公司东惠触控显示屏生产项目"]),
  proj("综合保税区中药材加工产业园项目", NZ, J5, opt=True, note="六连路为其配套工程；状态未说"),
 ],
 aggregate_facts=[
  fact(NN, "park", "projects_started_or_completed", 5, "count", J0, AS9),
  fact(NN, "park", "started_completed_projects_investment_cny", 5.9e8, "cny", J1, AS9, chk=True),
  fact(NN, "park", "planned_annual_investment_cny", 2.15e8, "cny", "年度计划投资2.15亿元", "2022年（计划）", kind="target", chk=True),
  fact(NN, "park", "projects_started", 4, "count", J2, AS9),
  fact(NN, "park", "projects_completed", 1, "count", J3, AS9),
  fact("六连路(银顶路至金海路,利华路至华安路)工程项目", "project", "length_km", 1.223, "km", J4, AS9, qual="约", qtext="约", opt=True),
 ])
