# real295 ground truth, read by build_all.py (copied from real52 unchanged; helpers park/comp/inst/proj/fund/fact/art/amt there).
# Conventions as real52 (real28–real49): evidence verbatim (all three items simplified script as published); names as written;
# 约/超/余 qualifiers only where the text says so; yuan in investment_cny / *_cny facts; growth rates and shares as ratios;
# “前三季度”/“截至目前” figures cumulative; “预计” figures target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/qhNN.raw as returned.

# ---------------------------------------------------------------- qh01 哈尔滨综合保税区 (hlj.sina 2016)
ZB = "哈尔滨综合保税区"
Q1A = "走近位于香坊区东部的哈尔滨综合保税区,开阔的八通道海关智能卡口,犹如一扇高耸的大门"
Q1B = "预计今年10月,综保区一期将整体达到封关运行条件,已签约的23家颇具实力的外向型企业开始 前期筹备"
G["qh01"] = dict(
 article=art("（无标题）哈尔滨综合保税区：一期10月具备封关条件，已签约23家外向型企业", "新浪黑龙江 hlj.sina.com.cn（转载报纸稿；图片署名“本报记者蒋国红摄”，报名存段未示）", "2016-09-11", "day",
  "Provincial news portal relaying a newspaper item, Heilongjiang: a newly approved comprehensive bonded zone before opening — customs gate and service centre under fit-out, approval date, phase 1 to be ready for customs closure in October, 23 export-oriented firms signed",
  "http://hlj.sina.com.cn/news/b/2016-09-11/detail-ifxvukhv8082786.shtml",
  "日期取网址 2016-09-11。存段无标题（title 为编者概括）、无日期行；正文前的三条图片说明（“建设中的保税区综合用房。…本报记者蒋国红摄”“哈尔滨综合保税区沙盘。 本报记者蒋国红摄”）作页面附件删去。正文两段，存段完整；行内的空格（“楼宇 ——”“正 式”“基 础”“开始 前期”）为页面原样，未改。园区：哈尔滨综合保税区（文中又作“哈尔滨综保区”“综保区”；哈尔滨市香坊区，黑龙江；2016年3月7日获国务院批复）。“综保区通关服务中心”是区内设施，不列项目。无具名企业、无具名项目；事实：已签约外向型企业23家（截至2016年9月）；一期预计10月整体达到封关运行条件（不量化）。",
  "qh01"),
 parks=[
  park(ZB, "哈尔滨", "黑龙江", "综合保税区", Q1A, district="香坊区", aliases=["哈尔滨综保区"], note="2016年3月7日获国务院批复；文中又作“综保区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(ZB, "park", "firms_signed", 23, "count", Q1B, "2016年9月", kind="cumulative", note="已签约的外向型企业"),
 ])

# ---------------------------------------------------------------- qh02 齐齐哈尔市绿色食品特色产业园 (hxcmw 2015)
LS = "齐齐哈尔市绿色食品特色产业园"
Q2A = "该园区基础设施建设项目内容主要包括:建梅街、通达路、展望路、创业路、友联大街、滨湖南路六条道路及上下水、供热等基础设施建设工程,预计投资8000万元"
Q2B = "齐齐哈尔市绿色食品特色产业园是黑龙江省“两大平原”现代农业综合配套改革试验总体实施方案确定的7个以食品加工为主的专业园区之一,总体规划面积32.2平方公里"
Q2C = "核心加工区一期规划建设5.488平方公里,启动区面积3.25平方公里"
Q2D = "参加签约的嘉宾有盈科拓展集团董事李域、盈科拓展集团投资经理蔡匀京、中国城市建设控股集团副总裁葛津、中国城市建设控股集团工程总监王俊、北京鑫源利达投资管理有限公司总经理祝双业"
AS2 = "2015年5月"
G["qh02"] = dict(
 article=art("（无标题）齐齐哈尔市绿色食品特色产业园基础设施建设项目签约", "hxcmw.cn（“基础风采”栏；原发媒体与署名存段未示）", "2015-05-13", "day",
  "Local site, Heilongjiang: a signing for a district food park's infrastructure project — guests from three investors, the project's roads and utilities with its expected investment, the park's planned area and its parts",
  "http://hxcmw.cn/html/2015/jichufengcai_0513/54.html",
  "日期取网址 html/2015/jichufengcai_0513（2015-05-13）。存段无标题、无日期行，且从文章中段开始（“参加此次签约仪式的有…”），签约本身的导语不在存段内（title 为编者概括）；正文四段，末段完整。园区：齐齐哈尔市绿色食品特色产业园（齐齐哈尔市梅里斯达斡尔族区，黑龙江；文中又作“该园区”“园区”）。项目：该园区基础设施建设项目（六条道路及上下水、供热，“预计投资8000万元”→investment_cny 8000万元，无约/超；status 签约系由“参加此次签约仪式”推定，注明）。公司：盈科拓展集团、中国城市建设控股集团、北京鑫源利达投资管理有限公司——签约嘉宾所属企业，园区外投资方，park null，可选。事实：总体规划面积32.2平方公里；核心加工区一期5.488平方公里、启动区3.25平方公里（可选）；四个部分面积不单列。区领导不列。",
  "qh02"),
 parks=[
  park(LS, "齐齐哈尔", "黑龙江", "产业园（绿色食品）", Q2B, district="梅里斯达斡尔族区", note="文中又作“该园区”“园区”；“两大平原”综合配套改革确定的7个食品加工专业园区之一"),
 ],
 companies=[
  comp("盈科拓展集团", None, Q2D, opt=True, note="签约嘉宾所属企业；投资方身份由语境推定"),
  comp("中国城市建设控股集团", None, Q2D, opt=True, note="同上"),
  comp("北京鑫源利达投资管理有限公司", None, Q2D, opt=True, note="同上"),
 ],
 projects=[
  proj("该园区基础设施建设项目", LS, Q2A, inv="预计投资8000万元", status="签约", status_text="签约仪式",
       aliases=["工业园区基础设施建设项目"], note="六条道路及上下水、供热；签约状态由“参加此次签约仪式”推定"),
 ],
 aggregate_facts=[
  fact(LS, "park", "planned_area_km2", 32.2, "km2", Q2B, AS2),
  fact(LS, "park", "core_area_phase1_km2", 5.488, "km2", Q2C, AS2, opt=True),
  fact(LS, "park", "startup_area_km2", 3.25, "km2", Q2C, AS2, opt=True),
 ])

# ---------------------------------------------------------------- qh03 哈尔滨新区高质量发展势头强劲 (jiaxiao100 2018)
HX = "哈尔滨新区"
JL = "哈尔滨哈工大机器人集团嘉利通科技股份有限公司"
Q3A = "今年前三季度,实现地区生产总值585.7亿元,同比增长8.1%"
Q3B = "高新技术产业增加值增长18.6%,总量占全市高技术产业的73.9%"
Q3C = "以新材料、新一代信息技术、生物产业为代表的战略性新兴产业产值增长16.3%,总量占全市战略性新兴产业的72.1%"
Q3D = "新开复工亿元以上项目92个,占全市的40%"
Q3E = "一般公共财政预算收入同比增长37.7%,其中税收收入占财政收入的99.6%"
AS3 = "2018年前三季度"
G["qh03"] = dict(
 article=art("哈尔滨新区高质量发展势头强劲", "hrb.jiaxiao100.com（哈尔滨驾校网“资讯”栏转载；原发媒体与署名未注明）", "2018-11-23", "day",
  "Local driving-school site relaying a news item, Heilongjiang: a state-level new area's first three quarters — GDP and growth, high-tech and strategic emerging industry growth and city shares, projects over 100 million started or resumed, fiscal revenue growth, one high-tech firm with its expected output growth and projects",
  "http://hrb.jiaxiao100.com/news/1696.html",
  "日期取页面“发布时间:2018-11-23”。标题照录；站点菜单、登录栏、广告位、“当前位置”与发布时间行已删。存段末段（“我们深度挖掘…”高大伟说。哈尔滨新区坚持“向高新技术成果产业化要发展”,培）在句中中断，整段删去；正文截至“…生产形势红火。”，共三段。园区：哈尔滨新区（国家级新区，以松北区为主体；文中又作“新区”；哈尔滨，黑龙江）。公司：哈尔滨哈工大机器人集团嘉利通科技股份有限公司（新三板挂牌；位于新区由语境推定）。无具名项目。事实（2018年前三季度，cumulative / ratio）：地区生产总值585.7亿元、增长8.1%；高新技术产业增加值增长18.6%、占全市73.9%；战略性新兴产业产值增长16.3%、占全市72.1%；新开复工亿元以上项目92个、占全市40%；一般公共财政预算收入增长37.7%、税收占99.6%。公司“预计到年底产值同比将增长30%”（target）；在全国41个城市落地124个智慧城市建设项目（可选）。占全市比重与税收占比列可选。",
  "qh03"),
 parks=[
  park(HX, "哈尔滨", "黑龙江", "国家级新区", "在哈尔滨城区松花江北岸,哈尔滨新区像一块磁石吸引四面八方的优质要素向这里集聚", district="松北区", note="文中又作“新区”；区委书记称“松北区(哈尔滨新区)”，该句在删去的末段"),
 ],
 companies=[
  comp(JL, HX, "“预计到年底产值同比将增长30%。”哈尔滨哈工大机器人集团嘉利通科技股份有限公司办公室主任石李丽高兴地介绍", note="新三板创新层企业；位于新区由语境推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HX, "park", "gdp_cny", 5.857e10, "cny", Q3A, AS3, kind="cumulative", chk=True),
  fact(HX, "park", "gdp_yoy_growth", 0.081, "ratio", Q3A, AS3, kind="ratio"),
  fact(HX, "park", "high_tech_value_added_growth", 0.186, "ratio", Q3B, AS3, kind="ratio"),
  fact(HX, "park", "high_tech_share_of_city", 0.739, "ratio", Q3B, AS3, kind="ratio", opt=True),
  fact(HX, "park", "strategic_emerging_output_growth", 0.163, "ratio", Q3C, AS3, kind="ratio"),
  fact(HX, "park", "strategic_emerging_share_of_city", 0.721, "ratio", Q3C, AS3, kind="ratio", opt=True),
  fact(HX, "park", "projects_started", 92, "count", Q3D, AS3, kind="cumulative", note="新开复工亿元以上项目"),
  fact(HX, "park", "projects_started_share_of_city", 0.40, "ratio", Q3D, AS3, kind="ratio", opt=True),
  fact(HX, "park", "fiscal_revenue_yoy_growth", 0.377, "ratio", Q3E, AS3, kind="ratio"),
  fact(HX, "park", "tax_share_of_fiscal_revenue", 0.996, "ratio", Q3E, AS3, kind="ratio", opt=True),
  fact(JL, "company", "output_yoy_growth", 0.30, "ratio", "“预计到年底产值同比将增长30%。”", "2018年全年（预计）", kind="target"),
  fact(JL, "company", "smart_city_projects", 124, "count", "目前,公司在全国41个城市落地了124个智慧城市建设项目", "2018年11月", opt=True),
 ])
