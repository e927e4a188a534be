# real166 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Amounts written “600多亿元” do not parse as digits+亿元, so such facts use a
# metric without the _cny suffix (unit "cny", qualifier 余). Growth rates as ratios. Projects: the park is the one the text
# places the project in (the paragraph's zone), null if none. Status from the text's words: 新开工 / 奠基 → 开工; 正在紧张
# 施工 / 进入土建施工 / 主体结构已经完成 / 桩基… / 将于…竣工投产 → 在建; 竣工,实现满负荷生产 → 投产; 签署协议 → 签约.
# Year-to-date counts (“今年以来”, “1-9月份”) are cumulative; “年内将建成” is target. Sources: `search` (corpus pages)
# excerpts typed into _raw/pages/viNN.raw as returned.

# ---------------------------------------------------------------- vi01 滨海新区 2008 new starts (经济参考报 2009)
BH = "天津滨海新区"
A0 = "记者从天津滨海新区管委会了解到,2008年滨海新区新开工5000万元以上项目202个,总投资2280亿元"
A1 = "在新开工的202个项目中,主要包括新一代运载火箭产业化基地、三星视界显示管、一汽丰田RAV4多功能运动型轿车、一重天津滨海制造基地、中兴通讯生产研发基地、广西柳工北方基地、波音复合材料二期、临港精细化工基地等高水平的大项目"
A2 = "中石化100万吨乙烯及配套项目进度已经过半"
A3 = "蓝星化工新材料基地中有机硅项目等进入土建施工"
ST = dict(status="开工", status_text="新开工")
G["vi01"] = dict(
 article=art("津滨海新区去年新开工200余个大项目", "经济参考报（记者 刘元旭），jjckb.cn", "2009-01-09", "day",
  "National economic daily, Tianjin: the Binhai New Area's 2008 new starts — count and total investment of projects over 50 million yuan, eight named projects started, two carried-over projects under construction",
  "http://www.jjckb.cn/sq/2009-01/09/content_137572.htm",
  "日期取页面“2009-01-09 记者:刘元旭 来源:经济参考报”。标题照录存段首行“津滨海新区去年新开工200余个大项目”（疑首字“天”在存段中缺失，未补）。“相关稿件”列表已删；正文四段，完整。园区：天津滨海新区（国家级新区；文中又作“滨海新区”，即管委会所辖区域，kind 记“国家级新区”）。项目：“在新开工的202个项目中”列出的八项（新开工→开工；园区天津滨海新区，文中未指明功能区），其中“波音复合材料二期”phase 二期；“临港精细化工基地”以“基地”为名，作项目，不另列园区。续建：中石化100万吨乙烯及配套项目（进度过半→在建）、蓝星化工新材料基地中有机硅项目（进入土建施工→在建）。公司均只在项目名中，列可选。事实：2008年新开工5000万元以上项目202个、总投资2280亿元。“预计2011年全部项目可竣工投产”不计。",
  "vi01", title_note="存段首行如此；原题当为“天津滨海新区去年新开工200余个大项目”"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", A0, aliases=["滨海新区"], note="文中“天津滨海新区管委会”“滨海新区”"),
 ],
 companies=[
  comp("三星视界", BH, A1, opt=True, note="只在项目名中"),
  comp("一汽丰田", BH, A1, opt=True, note="只在项目名中"),
  comp("一重", BH, A1, opt=True, note="只在项目名中"),
  comp("中兴通讯", BH, A1, opt=True, note="只在项目名中"),
  comp("广西柳工", BH, A1, opt=True, note="只在项目名中"),
  comp("波音", BH, A1, opt=True, note="只在项目名中"),
  comp("中石化", BH, A2, opt=True, note="只在项目名中"),
  comp("蓝星", BH, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("新一代运载火箭产业化基地", BH, A1, **ST),
  proj("三星视界显示管", BH, A1, companies=["三星视界"], **ST),
  proj("一汽丰田RAV4多功能运动型轿车", BH, A1, companies=["一汽丰田"], **ST),
  proj("一重天津滨海制造基地", BH, A1, companies=["一重"], **ST),
  proj("中兴通讯生产研发基地", BH, A1, companies=["中兴通讯"], **ST),
  proj("广西柳工北方基地", BH, A1, companies=["广西柳工"], **ST),
  proj("波音复合材料二期", BH, A1, companies=["波音"], phase="二期", **ST),
  proj("临港精细化工基地", BH, A1, **ST),
  proj("中石化100万吨乙烯及配套项目", BH, A2, companies=["中石化"], status="在建", status_text="进度已经过半", note="2007年结转续建项目"),
  proj("蓝星化工新材料基地中有机硅项目", BH, A3, companies=["蓝星"], status="在建", status_text="进入土建施工", aliases=["蓝星化工新材料基地"], note="2007年结转续建项目"),
 ],
 aggregate_facts=[
  fact(BH, "park", "projects_started", 202, "count", A0, "2008年", note="新开工5000万元以上项目"),
  fact(BH, "park", "projects_started_investment_cny", 2.28e11, "cny", "项目202个,总投资2280亿元", "2008年", chk=True),
 ])

# ---------------------------------------------------------------- vi02 滨海新区九大功能区 (经济参考报 2010)
XJ = "先进制造业产业区"; LK = "临空产业区"; GX = "滨海高新技术产业开发区"; LG = "临港工业区"
B0 = "先进制造业产业区包括天津经济技术开发区(包括东区和西区)、塘沽海洋高新技术开发区、海河下游石油钢管和优质钢材深加工区。总规划面积155平方公里"
B1 = "临空产业区包括天津滨海国际机场、空港物流加工区、民航科技产业化基地等,总规划面积102平方公里"
B2 = "滨海高新技术产业开发区是第一个由国家科技部和天津市政府共建的国家高新区,规划面积30.5平方公里"
B3 = "临港工业区包括临港工业区(一期)、港口功能区、临港产业集聚区、物流功能区"
G["vi02"] = dict(
 article=art("滨海新区九大功能区", "经济参考报（本报记者 张泽伟 孙洪磊），jjckb.xinhuanet.com", "2010-04-28", "day",
  "National economic daily's explainer box, Tianjin: the Binhai New Area's functional zones — which parks each contains, planned areas, leading industries",
  "http://jjckb.xinhuanet.com/gnyw/2010-04/28/content_219002.htm",
  "日期取页面“2010-04-28 作者:本报记者 张泽伟 孙洪磊 来源:经济参考报”。标题照录（题作“九大功能区”，存段只到第五个“南港工业区”，该段“…规划面积200平方公里,重点发展以石油化工、”中断，连同其小标题不收；正文为四个功能区，各含小标题一行）。园区：四个功能区（先进制造业产业区、临空产业区、滨海高新技术产业开发区、临港工业区）及其所含园区（天津经济技术开发区、塘沽海洋高新技术开发区、海河下游石油钢管和优质钢材深加工区、空港物流加工区；parent_park 为所属功能区）；民航科技产业化基地、临港工业区(一期)、港口功能区、临港产业集聚区、物流功能区为可选（功能分区/基地）。滨海新区只在标题，列可选。事实：三个功能区的规划面积（155、102、30.5平方公里）。无公司、项目。",
  "vi02"),
 parks=[
  park("滨海新区", "天津", "天津", "国家级新区", "滨海新区九大功能区", opt=True, note="只在标题"),
  park(XJ, "天津", "天津", "功能区", B0, parent="滨海新区"),
  park("天津经济技术开发区", "天津", "天津", "经济技术开发区", B0, parent=XJ, note="包括东区和西区"),
  park("塘沽海洋高新技术开发区", "天津", "天津", "高新技术开发区", B0, parent=XJ),
  park("海河下游石油钢管和优质钢材深加工区", "天津", "天津", "产业区", B0, parent=XJ),
  park(LK, "天津", "天津", "功能区", B1, parent="滨海新区"),
  park("空港物流加工区", "天津", "天津", "加工区", B1, parent=LK),
  park("民航科技产业化基地", "天津", "天津", "产业基地", B1, parent=LK, opt=True),
  park(GX, "天津", "天津", "国家高新区", B2, parent="滨海新区"),
  park(LG, "天津", "天津", "功能区", B3, parent="滨海新区"),
  park("临港工业区(一期)", "天津", "天津", "工业区", B3, parent=LG, opt=True),
  park("临港产业集聚区", "天津", "天津", "产业集聚区", B3, parent=LG, opt=True),
  park("港口功能区", "天津", "天津", "功能分区", B3, parent=LG, opt=True),
  park("物流功能区", "天津", "天津", "功能分区", B3, parent=LG, opt=True),
 ],
 institutions=[
  inst("国家科技部", B2, note="与天津市政府共建滨海高新区"),
  inst("天津市政府", B2),
 ],
 aggregate_facts=[
  fact(XJ, "park", "planned_area_km2", 155, "km2", "总规划面积155平方公里", "2010年4月"),
  fact(LK, "park", "planned_area_km2", 102, "km2", "总规划面积102平方公里", "2010年4月"),
  fact(GX, "park", "planned_area_km2", 30.5, "km2", "规划面积30.5平方公里", "2010年4月"),
 ])

# ---------------------------------------------------------------- vi03 滨海新区“十大战役” (今晚报 2010)
LJ = "临港经济区"; NG = "南港工业区"; QF = "轻纺经济区"
C0 = "中航直升机总装基地首架飞机本月试飞,中石油百万方原油商储库项目将于11月竣工投产,中粮项目码头主体结构已经完成,中心渔港示范冷库主体完工"
C1 = "临港经济区固定资产投资完成220亿元,增长52.8%,工业总产值完成35.5亿元,增长20.3%"
C2 = "1-9月份,临港经济区已累计引进项目59个,新增招商引资协议额255亿元"
C3 = "天津碱厂搬迁改造一期项目已有部分设施投入使用,大机车项目桩基工程接近尾声,太重项目桩基和基础工程已经完成,中粮项目码头主体结构已经完成"
C4 = "南港工业区中石油百万方原油商储库项目将于今年11月竣工投产,林献石化增资3亿元,中俄东方石化(天津)有限公司1300万吨炼油项目奠基"
C5 = "轻纺经济区完成投资11.2亿元,填土、绿化、道路排水等工程顺利推进,年内将建成11万平方米标准厂房"
AS3 = "2010年（至10月中旬；期间未明说）"
G["vi03"] = dict(
 article=art("天津滨海新区“十大战役”持续推进", "今晚报，载于中钢网天津分站 tj.steelcn.cn（编辑:管理员）", "2010-10-18", "day",
  "Tianjin evening paper relayed by a steel-trade site: progress of the Binhai New Area's “ten battles” — functional zones' investment, output, land reclamation, projects attracted, named projects under construction, started and in partial use",
  "http://tj.steelcn.cn/NewsInfor.aspx?id=e96a110b-d878-446a-b414-00fdddb1039f",
  "日期取页面“来源:今晚报 编辑:管理员 2010年10月18日 09:13:07”。标题照录；站头、位置导航、来源行已删。存段在末段“开发区MSD项目C区基本建成,招”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文四段，截至“…更换调整侧石2.3万米。”。园区：天津滨海新区（首段“天津滨海新区发改委”）、临港经济区、南港工业区、轻纺经济区（天津滨海新区功能区）。项目：首段中航直升机总装基地（首架飞机试飞，无状态，园区不明→滨海新区）、中心渔港示范冷库（主体完工→在建，可选）；中石油百万方原油商储库项目（第三段置于南港工业区；将于11月竣工投产→在建）；临港经济区段落：中粮项目码头（主体结构已经完成→在建）、天津碱厂搬迁改造一期项目（部分设施投入使用→在建，status_alt 投产）、大机车项目、太重项目（桩基→在建）；南港工业区：中俄东方石化(天津)有限公司1300万吨炼油项目（奠基→开工）、林献石化增资3亿元（可选项目；增资额记为金额）。事实：临港经济区固定资产投资220亿元（增长52.8%）、工业总产值35.5亿元（增长20.3%）——期间未明说（报道时为1-9月前后，as_of 注明）；今年围海造陆9平方公里；1-9月累计引进项目59个、新增协议额255亿元（cumulative）；轻纺经济区完成投资11.2亿元，年内将建成标准厂房11万平方米（target）。核心区市容整治的绿化、道路数字不计。",
  "vi03"),
 parks=[
  park(BH, "天津", "天津", "国家级新区", "记者从天津滨海新区发改委了解到,滨海新区“十大战役”各项建设持续加快推进", aliases=["滨海新区"]),
  park(LJ, "天津", "天津", "功能区", C1, parent=BH),
  park(NG, "天津", "天津", "工业区", C4, parent=BH),
  park(QF, "天津", "天津", "功能区", C5, parent=BH),
 ],
 companies=[
  comp("中俄东方石化(天津)有限公司", NG, C4),
  comp("林献石化", NG, C4, note="增资3亿元"),
  comp("中石油", NG, C4, opt=True, note="只在项目名中"),
  comp("天津碱厂", LJ, C3, opt=True, note="只在项目名中（搬迁改造）"),
  comp("中粮", LJ, C3, opt=True, note="只在项目名中"),
  comp("太重", LJ, C3, opt=True, note="只在项目名中"),
  comp("中航直升机", BH, C0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中航直升机总装基地", BH, C0, companies=["中航直升机"], note="首架飞机本月试飞；文中无功能区"),
  proj("中石油百万方原油商储库项目", NG, C4, companies=["中石油"], status="在建", status_text="将于今年11月竣工投产", note="首段亦提及（将于11月竣工投产）"),
  proj("中粮项目码头", LJ, C3, companies=["中粮"], status="在建", status_text="主体结构已经完成", aliases=["中粮项目"]),
  proj("中心渔港示范冷库", BH, C0, status="在建", status_text="主体完工", opt=True),
  proj("天津碱厂搬迁改造一期项目", LJ, C3, companies=["天津碱厂"], phase="一期", status="在建", status_alt="投产", status_text="已有部分设施投入使用"),
  proj("大机车项目", LJ, C3, status="在建", status_text="桩基工程接近尾声"),
  proj("太重项目", LJ, C3, companies=["太重"], status="在建", status_text="桩基和基础工程已经完成"),
  proj("中俄东方石化(天津)有限公司1300万吨炼油项目", NG, C4, companies=["中俄东方石化(天津)有限公司"], status="开工", status_text="奠基"),
  proj("林献石化增资", NG, C4, companies=["林献石化"], inv="增资3亿元", opt=True, note="增资，非独立项目名"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "fixed_asset_investment_cny", 2.2e10, "cny", "临港经济区固定资产投资完成220亿元", AS3, chk=True),
  fact(LJ, "park", "fixed_asset_investment_yoy_growth", 0.528, "ratio", C1, AS3),
  fact(LJ, "park", "industrial_output_cny", 3.55e9, "cny", "工业总产值完成35.5亿元", AS3, chk=True),
  fact(LJ, "park", "industrial_output_yoy_growth", 0.203, "ratio", C1, AS3),
  fact(LJ, "park", "land_reclaimed_km2", 9, "km2", "今年临港经济区已完成围海造陆9平方公里", "2010年（至10月中旬）", kind="cumulative"),
  fact(LJ, "park", "projects_introduced", 59, "count", C2, "2010年1-9月", kind="cumulative"),
  fact(LJ, "park", "signed_investment_cny", 2.55e10, "cny", "新增招商引资协议额255亿元", "2010年1-9月", kind="cumulative", chk=True),
  fact(QF, "park", "investment_completed_cny", 1.12e9, "cny", "轻纺经济区完成投资11.2亿元", AS3, chk=True),
  fact(QF, "park", "standard_factory_floor_area_m2", 110000, "m2", C5, "2010年末", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vi04 唐山海港经济开发区 2014 (via baogaosu)
TG = "唐山海港经济开发区"
D0 = "曾一度沉寂的唐山海港经济开发区项目建设呈现出多年来未有的旺盛势头"
D1 = "今年以来共实施重点项目86个,比去年同期增加49个,其中续建项目14个,新开工项目72个,涉及总投资447.49亿元"
D2 = "仅亿元以上项目就有54个,比去年同期增加33个;10亿元以上项目13个,比去年同期增加4个"
D3 = "今年上半年,唐港区完成地区生产总值56.52亿元,同比增长11.5%"
D4 = "1-9月份,规模以上工业增加值完成29.2亿元,增长14.5%"
D5 = "固定资产投资135.56亿元,同比增长35%"
D6 = "港口集装箱运量57万标箱,同比增长40.3%"
D7 = "今年以来,全区新洽谈项目227个,涉及总投资2500亿元以上,其中,已开工项目18个,是去年全年的4倍多;签署协议项目31个,是去年全年的10倍;签订意向项目40个,是去年全年的8倍;在谈项目112个,是去年全年的6倍"
D8 = "他们与中国民营企业国际合作商会、北京经济技术开发区、北京华商会等建立战略伙伴关系,就合作建设“京开区产业园”、“ 中国·唐港国际石材交易中心”等项目达成共识并签署协议"
D9 = "目前,全区已有对接北京项目45个,涉及总投资880亿元"
Y14 = "2014年（今年以来，至11月初）"
G["vi04"] = dict(
 article=art("唐山海港经济开发区 项目建设助推经济快速上扬", "shijiazhuang.baogaosu.com（报告速，新闻聚合；原刊未注明）", "2014-11-05", "day",
  "Local news relayed by a news aggregator, Hebei: a port economic development zone's year-to-date project drive — key projects by type and investment, GDP and industrial growth, investment-promotion counts, cooperation agreements with Beijing partners",
  "http://shijiazhuang.baogaosu.com/xinwen/%E5%94%90%E5%B1%B1%E6%B5%B7%E6%B8%AF%E7%BB%8F%E6%B5%8E%E5%BC%80%E5%8F%91%E5%8C%BA%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E5%8A%A9%E6%8E%A8/25926833",
  "日期取页面“05.11.2014 11:48”（日.月.年；文中有“1-9月份”数字，与11月相符）。标题照录；存段在末段“特别是5月8日,在北京钓鱼台国宾馆成功举办“合作洽谈暨签约仪式”,有”处中断，该残句已删（LINE_SUFFIX），正文四段，截至“…涉及总投资880亿元。”。园区：唐山海港经济开发区（文中又作“唐港区”“该区”“全区”；唐山，河北）；北京经济技术开发区为合作伙伴（可选园区，北京）。项目：“京开区产业园”“中国·唐港国际石材交易中心”——与合作方“达成共识并签署协议”→签约，园区唐山海港经济开发区（合作建设）；名称照录（后者原文引号内有前导空格，名称去空格）。机构：中国民营企业国际合作商会、北京华商会（可选）。事实：今年以来重点项目86个（续建14、新开工72，总投资447.49亿元）、亿元以上54个、10亿元以上13个（cumulative）；上半年GDP 56.52亿元（增长11.5%）；1-9月规上工业增加值29.2亿元（增长14.5%）；固定资产投资135.56亿元（增长35%，期间随前句1-9月）；集装箱57万标箱（增长40.3%，可选）；新洽谈项目227个、总投资2500亿元以上（超）、已开工18个、签署协议31个、意向40个、在谈112个；对接北京项目45个、总投资880亿元。“1516”工程为年度目标（可选 target）。",
  "vi04"),
 parks=[
  park(TG, "唐山", "河北", "经济开发区", D0, aliases=["唐港区"], note="文中又作“唐港区”"),
  park("北京经济技术开发区", "北京", "北京", "经济技术开发区", D8, opt=True, note="合作伙伴，不在唐山"),
 ],
 institutions=[
  inst("中国民营企业国际合作商会", D8, kind="association"),
  inst("北京华商会", D8, kind="association"),
 ],
 projects=[
  proj("京开区产业园", TG, D8, status="签约", status_text="达成共识并签署协议", note="与北京方面合作建设"),
  proj("中国·唐港国际石材交易中心", TG, D8, status="签约", status_text="达成共识并签署协议", note="原文“ 中国·唐港国际石材交易中心”（引号内前导空格）"),
 ],
 aggregate_facts=[
  fact(TG, "park", "key_projects", 86, "count", D1, Y14, kind="cumulative"),
  fact(TG, "park", "key_projects_continued", 14, "count", D1, Y14, kind="cumulative", opt=True),
  fact(TG, "park", "projects_started", 72, "count", D1, Y14, kind="cumulative", note="重点项目中新开工"),
  fact(TG, "park", "key_projects_total_investment_cny", 4.4749e10, "cny", "涉及总投资447.49亿元", Y14, kind="cumulative", chk=True),
  fact(TG, "park", "projects_over_100m", 54, "count", D2, Y14, kind="cumulative"),
  fact(TG, "park", "projects_over_1bn", 13, "count", D2, Y14, kind="cumulative"),
  fact(TG, "park", "gdp_cny", 5.652e9, "cny", "唐港区完成地区生产总值56.52亿元", "2014年上半年", chk=True),
  fact(TG, "park", "gdp_yoy_growth", 0.115, "ratio", D3, "2014年上半年"),
  fact(TG, "park", "industrial_value_added_cny", 2.92e9, "cny", "规模以上工业增加值完成29.2亿元", "2014年1-9月", chk=True),
  fact(TG, "park", "industrial_value_added_growth", 0.145, "ratio", D4, "2014年1-9月"),
  fact(TG, "park", "fixed_asset_investment_cny", 1.3556e10, "cny", D5, "2014年1-9月", chk=True),
  fact(TG, "park", "fixed_asset_investment_yoy_growth", 0.35, "ratio", D5, "2014年1-9月"),
  fact(TG, "park", "container_throughput_teu", 570000, "teu", D6, "2014年1-9月", opt=True),
  fact(TG, "park", "container_throughput_yoy_growth", 0.403, "ratio", D6, "2014年1-9月", opt=True),
  fact(TG, "park", "projects_negotiated", 227, "count", D7, Y14, kind="cumulative"),
  fact(TG, "park", "projects_negotiated_investment_cny", 2.5e11, "cny", "全区新洽谈项目227个,涉及总投资2500亿元以上", Y14, kind="cumulative", qual="超", qtext="以上", chk=True),
  fact(TG, "park", "negotiated_projects_started", 18, "count", D7, Y14, kind="cumulative", note="新洽谈项目中已开工"),
  fact(TG, "park", "projects_signed", 31, "count", D7, Y14, kind="cumulative", note="签署协议项目"),
  fact(TG, "park", "projects_intent_signed", 40, "count", D7, Y14, kind="cumulative"),
  fact(TG, "park", "projects_in_talks", 112, "count", D7, Y14, kind="cumulative", opt=True),
  fact(TG, "park", "beijing_linked_projects", 45, "count", D9, "2014年11月初", kind="cumulative"),
  fact(TG, "park", "beijing_linked_projects_investment_cny", 8.8e10, "cny", D9, "2014年11月初", kind="cumulative", chk=True),
  fact(TG, "park", "projects_negotiation_target", 1000, "count", "实施“1516”工程,即:洽谈1000个、意向500个、协议100个、开工60个", "2014年", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- vi05 沧州临港经济技术开发区 (中国工业报 2012)
CZ = "沧州临港经济技术开发区"
E0 = "临港开发区控制面积118平方公里,一期规划建设面积26平方公里,2010年11月经国务院批准升级为国家级经济技术开发区"
E1 = "目前,已建成、在建和计划开工项目共80多个,总投资600多亿元"
E2 = "入驻企业包括:法国液化空气公司、中国化工集团、香港华润集团、冀中能源集团等一批国内外知名企业"
E3 = "近日,又相继与美国阔码科技集团公司、郑州天途路业有限公司等九大项目联合签约,总投资800多亿元"
G["vi05"] = dict(
 article=art("（无标题）沧州临港经济技术开发区：升级国家级开发区后的“区中园”与九大项目签约", "中国工业报（数字报 dzb.cinn.cn；存段无标题、无署名）", "2012-01-18", "day",
  "Industry newspaper feature (题记 section), Hebei: a chemical-industry national economic and technological development zone — area, projects built/under way/planned and their investment, resident firms, nine projects signed, zone-in-zone parks",
  "http://dzb.cinn.cn/shtml/zggyb/20120118/18278.shtml",
  "日期取网址 zggyb/20120118（中国工业报2012年1月18日）。存段无标题（title 为编者概括），以小标签“题记”起，照录为一段。存段末段“2011年11月正式获批的 《河北”中断，整段不收；正文截至“…相关项目正在进一步洽谈。”。原文“践行 “五个一体化””“启动 “区中园””“已经启动的 “区中园””中引号前的空格照录。园区：沧州临港经济技术开发区（文中又作“临港开发区”；沧州，河北；2010年11月升级为国家级经济技术开发区）；日本工业园（区中园，parent 沧州临港经济技术开发区）。公司：入驻企业法国液化空气公司、中国化工集团、香港华润集团、冀中能源集团；签约的美国阔码科技集团公司、郑州天途路业有限公司（九大项目之二，项目名未给，不列项目）。事实：控制面积118平方公里、一期规划建设面积26平方公里；已建成、在建和计划开工项目80多个（余）、总投资600多亿元（余；“600多亿元”不是“数字+亿元”，metric 不带 _cny 后缀）；签约九大项目、总投资800多亿元（同）。",
  "vi05"),
 parks=[
  park(CZ, "沧州", "河北", "国家级经济技术开发区", "沧州临港经济技术开发区位于中国第三座化工城——河北省沧州市东部", aliases=["临港开发区"], note="文中又作“临港开发区”“开发区”"),
  park("日本工业园", "沧州", "河北", "区中园", "先后启动了日本工业园等多国工业园", parent=CZ),
 ],
 companies=[
  comp("法国液化空气公司", CZ, E2),
  comp("中国化工集团", CZ, E2),
  comp("香港华润集团", CZ, E2),
  comp("冀中能源集团", CZ, E2),
  comp("美国阔码科技集团公司", CZ, E3, note="联合签约（九大项目之一）"),
  comp("郑州天途路业有限公司", CZ, E3, note="联合签约（九大项目之一）"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "controlled_area_km2", 118, "km2", E0, "2012年1月"),
  fact(CZ, "park", "phase1_planned_area_km2", 26, "km2", E0, "2012年1月"),
  fact(CZ, "park", "projects_count", 80, "count", E1, "2012年1月", kind="cumulative", qual="余", qtext="多", note="已建成、在建和计划开工项目"),
  fact(CZ, "park", "projects_total_investment", 6e10, "cny", E1, "2012年1月", kind="cumulative", qual="余", qtext="多", note="600多亿元"),
  fact(CZ, "park", "projects_signed", 9, "count", E3, "2012年1月（近日）"),
  fact(CZ, "park", "signed_investment", 8e10, "cny", E3, "2012年1月（近日）", qual="余", qtext="多", note="800多亿元"),
 ])

# ---------------------------------------------------------------- vi06 保定 天威英利 500兆瓦光伏产业园 (solarbe 2008)
BD = "保定高技术产业园"
F0 = "在保定高技术产业园内,投资33亿元、占地500亩的天威英利公司500兆瓦光伏产业园工程正在紧张施工"
F1 = "该项目已有100兆瓦生产线竣工,实现满负荷生产,400兆瓦生产线项目已完成主体工程施工,进入安装调试期"
G["vi06"] = dict(
 article=art("（无标题）保定高技术产业园内天威英利500兆瓦光伏产业园工程紧张施工 把“中国电谷”作为一号工程", "索比光伏网 news.solarbe.com（存段无标题、无署名，原刊未示）", "2008-04-16", "day",
  "Solar-industry news portal, Hebei: a PV maker's 500 MW park under construction in Baoding's high-tech park — investment, land, lines completed and being commissioned — and the city's “中国电谷” strategy",
  "https://news.solarbe.com/200804/16/204389.html",
  "日期取网址 200804/16（文中“今天(15日)下午”，现场采访在4月15日）。存段无标题（title 为编者概括）。末段在“把“中国电谷”作为一号工程来抓。”之后接“ “目前保定已形成光电、风电”中断，该残句已删（LINE_SUFFIX）；正文六段。园区：保定高技术产业园（照录文中写法；保定，河北）。“中国电谷”为城市战略名，不列园区。公司：天威英利公司（又作“天威英利”），在园。项目：天威英利公司500兆瓦光伏产业园（投资33亿元，正在紧张施工→在建；占地500亩）；其中100兆瓦生产线（竣工,实现满负荷生产→投产）、400兆瓦生产线项目（完成主体工程、安装调试→在建；预计2009年3月投产）。保定市“国家大行业34个…31个行业”为城市数字，不计。",
  "vi06"),
 parks=[
  park(BD, "保定", "河北", "高技术产业园", F0),
 ],
 companies=[
  comp("天威英利公司", BD, F0, aliases=["天威英利"]),
 ],
 projects=[
  proj("天威英利公司500兆瓦光伏产业园", BD, F0, companies=["天威英利公司"], inv="投资33亿元", status="在建", status_text="正在紧张施工", aliases=["500兆瓦光伏产业园工程"]),
  proj("100兆瓦生产线", BD, F1, companies=["天威英利公司"], status="投产", status_text="竣工,实现满负荷生产", opt=True, note="500兆瓦项目的一部分"),
  proj("400兆瓦生产线项目", BD, F1, companies=["天威英利公司"], status="在建", status_text="已完成主体工程施工,进入安装调试期", note="预计2009年3月投产；500兆瓦项目的一部分"),
 ],
 aggregate_facts=[
  fact("天威英利公司500兆瓦光伏产业园", "project", "site_area_mu", 500, "mu", F0, "2008年4月", opt=True),
 ])

# ---------------------------------------------------------------- vi07 保定 中国太阳城 (新华社 2008, via ny21)
BG = "保定国家高新技术产业开发区"
H0 = "中国科技部和河北省市有关部门11日联合为保定市“国家太阳能综合应用科技示范城市”及保定国家高新区“国家可再生能源产业化基地”授牌"
H1 = "保定国家高新技术产业开发区已发展成为集国家级高新区、国家唯一的新能源与能源设备产业基地、国家在新能源领域唯一的科技兴贸创新基地、国家可再生能源产业化基地四大政策平台于一身"
H2 = "全面启动了建设“保定·中国电谷”的战略,制定了发展规划和优惠政策,将已规划好的占地5400亩的文体、会展、行政和商务“四大中心”调整用于建设中国电谷"
H3 = "天威英利公司在美国纽交所主板成功上市,与国家开发银行、华北电力大学、中国兵装集团、国电集团签署了战略合作协议,共同打造新能源基地"
G["vi07"] = dict(
 article=art('河北保定市发展太阳能产业成为"中国太阳城"', "新华社（记者 杨守勇 王炳美），载于 ny21.cn 能源要闻", "2008-01-11", "day",
  "News-agency wire relayed by an energy site, Hebei: a national high-tech zone receives a national renewable-energy base plaque — its new-energy clusters and policy platforms, the city's “中国电谷” plan and land, a PV firm's listing and partners",
  "http://ny21.cn/show.asp?nid=228",
  "日期取页面“时间:2008/1/11”及电头“新华社石家庄1月11日电”。标题照录（标题行末表格竖线“ |”已删，HEAD_SUFFIX）；导航行、竖线行已删。存段末段“目前,保定在可再生能源的开发利用上,已经形成强大”中断，整段不收；正文四段。园区：保定国家高新技术产业开发区（文中又作“保定国家高新区”“保定高新区”；保定，河北）；“保定·中国电谷”为城市建设的产业基地（占地5400亩的“四大中心”用地调整建设），列可选园区。公司：天威英利公司（文中未说在高新区，park 记 null）。机构：中国科技部、国家开发银行、华北电力大学、中国兵装集团、国电集团（可选）。事实：中国电谷用地占地5400亩（可选）；“全国54家国家级高新区”为全国数，不计。",
  "vi07"),
 parks=[
  park(BG, "保定", "河北", "国家高新区", H1, aliases=["保定国家高新区", "保定高新区"], note="文中又作“保定国家高新区”“保定高新区”"),
  park("保定·中国电谷", "保定", "河北", "产业基地", H2, aliases=["中国电谷"], opt=True, note="城市战略；占地5400亩的原“四大中心”用地"),
 ],
 companies=[
  comp("天威英利公司", None, H3, note="文中未置于高新区；美国纽交所上市"),
 ],
 institutions=[
  inst("中国科技部", H0, note="授牌"),
  inst("国家开发银行", H3, kind="bank"),
  inst("华北电力大学", H3, kind="university"),
  inst("中国兵装集团", H3, kind="enterprise"),
  inst("国电集团", H3, kind="enterprise"),
 ],
 aggregate_facts=[
  fact("保定·中国电谷", "park", "site_area_mu", 5400, "mu", H2, "2006年起", opt=True),
 ])
