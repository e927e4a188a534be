# real265 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (rd03 traditional script as published by 香港商報, the rest simplified);
# names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the zone the text places the project in (sub-parks noted), null if none (a district, county or
# city is a region, not a park). Status from the text's words (开工 / 集中开工 → 开工; 建设中 / 正在进行设备安装 / 加快建设進度
# → 在建; 并网发电 / 穩產達產 → 投产; 下半年開工建設 / 加快開工建設 → planned). Planned year figures (“计划实施”) are kind
# target; year-to-date counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/rdNN.raw.

# ---------------------------------------------------------------- rd01 营口辽河经济开发区 (营口市政府网站 2022)
LH = "营口辽河经济开发区"
A0 = "营口辽河经济开发区总规划面积26平方公里,现入驻企业400余户,规模以上企业20余户"
A1 = "现已拥有科技型中小企业23户、高新技术企业15户、雏鹰企业5户、瞪羚企业3户,省、市级各类技术中心企业22户,专精特新企业7户"
AS1 = "2022年11月（发布会时）"
G["rd01"] = dict(
 article=art("营口辽河经济开发区:聚焦招商引资 促进转型升级", "营口市政府网站（来源行），载于盖州市政府网站 www.gaizhou.gov.cn “营口新闻”栏", "2022-11-24", "day",
  "City government news relayed on a county-level city portal, Liaoning: a press conference on a provincial-level development zone — its planned area, firms and above-scale firms, counts of tech-based SMEs, high-tech, 雏鹰, 瞪羚, tech-centre and 专精特新 firms, four leading industries, entry screening",
  "http://www.gaizhou.gov.cn/003/003002/20221124/a41cdc68-6c3f-48ff-b1c9-9cea9c2d30c9.html",
  "日期取页面“发布时间:2022-11-24”（发布会为11月23日）。标题照录；导航、来源/作者/发布时间行、“【字号: 分享:”与页脚（附件、视频、扫一扫）已删。正文六段，完整。园区：营口辽河经济开发区（营口市，辽宁；文中只此全称，又作“园区”）。无点名企业、无项目。事实：总规划面积26平方公里、入驻企业400余户、规上企业20余户、科技型中小企业23户、高新技术企业15户、雏鹰企业5户、瞪羚企业3户、省市级技术中心企业22户、专精特新企业7户（均为发布会时的存量，reported）；“经过12年发展沉淀”不计。市政府新闻办、开发区管委会列可选机构。",
  "rd01"),
 parks=[
  park(LH, "营口", "辽宁", "经济开发区", A0, note="文中又作“园区”；四大主导产业“车、农、风、运”"),
 ],
 institutions=[
  inst("市政府新闻办", "11月23日,市政府新闻办举行新闻发布会", note="营口市政府新闻办公室（文中简称）"),
  inst("营口辽河经济开发区管委会", "营口辽河经济开发区管委会相关人士表示", park=LH),
 ],
 aggregate_facts=[
  fact(LH, "park", "planned_area_km2", 26, "km2", A0, AS1),
  fact(LH, "park", "firms", 400, "count", A0, AS1, qual="余", qtext="余", note="入驻企业400余户"),
  fact(LH, "park", "above_scale_firms", 20, "count", A0, AS1, qual="余", qtext="余"),
  fact(LH, "park", "tech_smes", 23, "count", A1, AS1, opt=True, note="科技型中小企业"),
  fact(LH, "park", "high_tech_firms", 15, "count", A1, AS1),
  fact(LH, "park", "chuying_firms", 5, "count", A1, AS1, opt=True, note="雏鹰企业"),
  fact(LH, "park", "gazelle_firms", 3, "count", A1, AS1, opt=True, note="瞪羚企业"),
  fact(LH, "park", "tech_centre_firms", 22, "count", A1, AS1, opt=True, note="省、市级各类技术中心企业"),
  fact(LH, "park", "specialized_new_firms", 7, "count", A1, AS1, opt=True, note="专精特新企业"),
 ])

# ---------------------------------------------------------------- rd02 沈阳经济技术开发区 / 铁西区 (国际在线辽宁 2024)
SY = "沈阳经济技术开发区"
B0 = "在位于沈阳经济技术开发区浑河二十六东街29号的华翔新能源汽车零部件产业园项目现场"
B1 = "这一总投资15亿元的项目由宁波华翔电子股份有限公司投资建设,主要为华晨宝马新能源汽车配套汽车顶棚和电池壳体等产品"
B2 = "项目于2023年6月开工,园区主要建设研发及检测中心、生产车间、综合办公楼及相关附属设施。眼下,施工进度每一天都在刷新,1#、2#厂房已建设完成,正在进行设备安装调试"
B3 = "全速推进宝马全新动力电池、特变电工电力装备头部园区、微控新能源产业基地等项目建设,开复工产业项目占比超82%"
B4 = "在沈阳经济技术开发区开发二十六号路140甲号,汉京半导体产业基地项目同样在如火如荼建设中。该项目由辽宁汉京半导体材料有限公司投资建设,总投资10亿元"
B5 = "项目建成达产后,预计年产值可达25亿元,年税收可达1.5亿元"
B6 = "铁西区聚焦6大重点产业集群、7个头部企业配套产业园、12个特色产业园"
HX = "华翔新能源汽车零部件产业园项目"
G["rd02"] = dict(
 article=art("（无标题）铁西区秋季攻势：沈阳经济技术开发区华翔新能源汽车零部件产业园、汉京半导体产业基地项目加快建设", "国际在线辽宁频道（ln.cri.cn；存段无标题、无署名，图片署“供图 铁西区委宣传部”）", "2024-10-29", "day",
  "National broadcaster's provincial channel, Liaoning: a district's autumn project drive — two named projects in the economic and technological development zone with investor, investment, start date and stage, expected output and tax, three other named projects being pushed, the district's cluster and park counts and share of industrial projects started",
  "https://ln.cri.cn/n/20241029/9d65e2ef-a071-440e-f295-d368e50f26be.html",
  "日期取网址 n/20241029。存段无标题（title 为编者概括）。图片说明行“项目现场 供图 铁西区委宣传部”已删；两个小标题“引领主导产业集聚发展”“加速新质生产力壮大”作段保留。存段末段“自今年3月18日开工以来,项目建设进度稳步推进,目前已完成全”中断，整段删去；正文截至汉京项目段“…石英管等产品。”，共七段（含小标题）。园区：沈阳经济技术开发区（沈阳市铁西区，辽宁；两项目地址均写明在经开区）；铁西区为行政区（region），“7个头部企业配套产业园、12个特色产业园”未点名。项目：华翔新能源汽车零部件产业园项目（15亿元，宁波华翔电子股份有限公司投资，2023年6月开工，厂房建成、设备安装调试中→在建）；汉京半导体产业基地项目（10亿元，辽宁汉京半导体材料有限公司投资，“如火如荼建设中”→在建；开工日在删去的末段，不用）；宝马全新动力电池、特变电工电力装备头部园区、微控新能源产业基地（“全速推进…等项目建设”→在建，无金额；文中只说铁西区，park 为 null）。华翔项目“预计年产值可达25亿元，年税收可达1.5亿元”为 target。华晨宝马为客户，可选公司。",
  "rd02"),
 parks=[
  park(SY, "沈阳", "辽宁", "经济技术开发区", B0, district="铁西区", note="铁西区为行政区，文中与经开区并提"),
  park("华翔新能源汽车零部件产业园", "沈阳", "辽宁", "产业园", B0, district="铁西区", parent=SY, opt=True, note="项目本身为产业园项目"),
 ],
 companies=[
  comp("宁波华翔电子股份有限公司", SY, B1, note="华翔项目投资方"),
  comp("辽宁汉京半导体材料有限公司", SY, B4, note="汉京项目投资方"),
  comp("华晨宝马", None, B1, opt=True, note="华翔产品的配套对象"),
  comp("特变电工", None, B3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(HX, SY, B0 + ",热火朝天的繁忙施工景象让这个秋日“热气腾腾”。" + B1, companies=["宁波华翔电子股份有限公司"], inv="总投资15亿元", status="在建", status_text="正在进行设备安装调试",
       status_alt="开工", note="2023年6月开工；1#、2#厂房已建成"),
  proj("汉京半导体产业基地项目", SY, B4, companies=["辽宁汉京半导体材料有限公司"], inv="总投资10亿元", status="在建", status_text="如火如荼建设中"),
  proj("宝马全新动力电池", None, B3, status="在建", status_text="全速推进…项目建设", note="铁西区项目，文中未写园区；无金额"),
  proj("特变电工电力装备头部园区", None, B3, companies=["特变电工"], status="在建", status_text="全速推进…项目建设", note="同上"),
  proj("微控新能源产业基地", None, B3, status="在建", status_text="全速推进…项目建设", note="同上"),
 ],
 aggregate_facts=[
  fact(HX, "project", "expected_annual_output_cny", 2.5e9, "cny", B5, "建成达产后（预计）", kind="target", chk=True),
  fact(HX, "project", "expected_annual_tax_cny", 1.5e8, "cny", "年税收可达1.5亿元", "建成达产后（预计）", kind="target", opt=True, chk=True),
  fact("汉京半导体产业基地项目", "project", "site_area_m2", 9.6e4, "m2", "占地面积9.6万平方米", "2024年", opt=True),
  fact("铁西区", "region", "industrial_projects_started_share", 0.82, "ratio", B3, "2024年10月", kind="ratio", qual="超", qtext="超", opt=True),
  fact("铁西区", "region", "key_industry_clusters", 6, "count", B6, "2024年10月", opt=True),
  fact("铁西区", "region", "supporting_parks_of_leading_firms", 7, "count", B6, "2024年10月", opt=True),
  fact("铁西区", "region", "specialty_parks", 12, "count", B6, "2024年10月", opt=True),
 ])

# ---------------------------------------------------------------- rd03 長興島經濟技術開發區 (香港商報 2023, traditional)
CX = "長興島經濟技術開發區"
C0 = "7日,記者從大連長興島經濟技術開發區召開的2023年工作會議獲悉"
C1 = "繼續推動恆力石化產業園康輝45萬噸/年生物可降解塑料、恆力化工30萬噸/年己二酸等項目,恆力聚酯科技園260萬噸/年聚酯、160萬噸/年高性能樹脂、60萬噸/年BDO等項目加快建設進度,確保年內全部投產"
C2 = "推動中石油大石化搬遷升級改造項目下半年開工建設,推動華一奧克鋰電池電解質及添加劑、中科催化石腦油耦合制烯烴芳烴催化劑等項目加快開工建設"
C3 = "推進恆力1200萬噸/年PTA、2000萬噸/年煉化一體化、150萬噸/年乙烯等重大項目持續穩產達產、釋放原料"
NC = "恆力聚酯科技園項目：文中只說“加快建設進度,確保年內全部投產”"
G["rd03"] = dict(
 article=art("長興島全力推動建設萬億級綠色石化產業集群", "香港商報網（原創；責任編輯:郭昕玥）", "2023-02-07", "day",
  "Hong Kong newspaper's website (traditional script as published), Liaoning: a national economic and technological development zone's 2023 work conference — projects under construction to be in production within the year, projects to start, running projects, sub-parks of one group",
  "http://hkcd.com.hk/hkcdweb/content_p/2023/02/07/content_147896.html",
  "日期取“2023-02-07 16:37:21原創 來源:香港商報網”。香港報章以繁體發表，照錄，未轉換。標題照錄（頁面重複一次）；報頭、天氣、責任編輯行、圖片檔名“图2.jpg”與圖說“恆力聚酯科技產業園效果圖”已刪。存段第三段（“要緊緊圍繞萬億級綠色石化產業集群建設…規劃建設西中島精細化工產業園,圍繞”）在句中中斷，整段刪去（其中的“投資800億元…20餘個儲備項目簽約”因此不在正文）；正文兩段。園區：長興島經濟技術開發區（大連市，遼寧）；恆力石化產業園、恆力聚酯科技園為其中的子園（可選，母園區由語境推定）。項目（均無金額）：康輝45萬噸/年生物可降解塑料、恆力化工30萬噸/年己二酸、恆力聚酯科技園260萬噸/年聚酯、160萬噸/年高性能樹脂、60萬噸/年BDO（“加快建設進度,確保年內全部投產”→在建）；中石油大石化搬遷升級改造項目（“下半年開工建設”→planned）；華一奧克鋰電池電解質及添加劑、中科催化石腦油耦合制烯烴芳烴催化劑（“加快開工建設”→planned）；恆力1200萬噸/年PTA、2000萬噸/年煉化一體化、150萬噸/年乙烯（“持續穩產達產”→投產）。項目名照原文（不補“項目”二字）。",
  "rd03"),
 parks=[
  park(CX, "大连", "辽宁", "经济技术开发区", C0, note="標題作“長興島”；文中又作“大連長興島經濟技術開發區”"),
  park("恆力石化產業園", "大连", "辽宁", "产业园", C1, parent=CX, opt=True, note="子園，母園區由語境推定"),
  park("恆力聚酯科技園", "大连", "辽宁", "产业园", C1, parent=CX, opt=True, note="子園，母園區由語境推定"),
 ],
 companies=[
  comp("恆力化工", CX, C1, opt=True, note="只在項目名中"),
  comp("康輝", CX, C1, opt=True, note="只在項目名中"),
  comp("中石油大石化", CX, C2, opt=True, note="只在項目名中"),
  comp("華一奧克", CX, C2, opt=True, note="只在項目名中"),
  comp("中科催化", CX, C2, opt=True, note="只在項目名中"),
  comp("恆力", CX, C3, opt=True, note="恆力集團（文中簡稱）"),
 ],
 projects=[
  proj("康輝45萬噸/年生物可降解塑料", CX, C1, companies=["康輝"], status="在建", status_text="加快建設進度,確保年內全部投產", note="位於恆力石化產業園"),
  proj("恆力化工30萬噸/年己二酸", CX, C1, companies=["恆力化工"], status="在建", status_text="加快建設進度,確保年內全部投產", note="恆力石化產業園（由語境）"),
  proj("260萬噸/年聚酯", CX, C1, status="在建", status_text="加快建設進度,確保年內全部投產", aliases=["恆力聚酯科技園260萬噸/年聚酯"], note=NC),
  proj("160萬噸/年高性能樹脂", CX, C1, status="在建", status_text="加快建設進度,確保年內全部投產", note=NC),
  proj("60萬噸/年BDO", CX, C1, status="在建", status_text="加快建設進度,確保年內全部投產", note=NC),
  proj("中石油大石化搬遷升級改造項目", CX, C2, companies=["中石油大石化"], status="planned", status_text="推動…下半年開工建設"),
  proj("華一奧克鋰電池電解質及添加劑", CX, C2, companies=["華一奧克"], status="planned", status_text="加快開工建設"),
  proj("中科催化石腦油耦合制烯烴芳烴催化劑", CX, C2, companies=["中科催化"], status="planned", status_text="加快開工建設"),
  proj("恆力1200萬噸/年PTA", CX, C3, companies=["恆力"], status="投产", status_text="持續穩產達產", opt=True, note="已運行項目"),
  proj("2000萬噸/年煉化一體化", CX, C3, companies=["恆力"], status="投产", status_text="持續穩產達產", opt=True, note="已運行項目（恆力）"),
  proj("150萬噸/年乙烯", CX, C3, companies=["恆力"], status="投产", status_text="持續穩產達產", opt=True, note="已運行項目（恆力）"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- rd04 珲春国际合作示范区 东北亚光电产业园 (延边广电 2021)
HC = "中国图们江区域珲春国际合作示范区"
D0 = "在位于中国图们江区域珲春国际合作示范区的东北亚光电产业园项目建设现场"
D1 = "项目总占地面积12.27公顷,总投资5.85亿元"
D2 = "一期已完成内外部装修,二期工程已经基本上全部封顶,做完了外墙的一些基础设施的工作,目前已有三家企业签订了入驻协议"
D3 = "今年,珲春市计划实施重点项目148个,总投资569亿元"
D4 = "其中,产业项目65个,总投资249亿元"
D5 = "总投资98亿元的28个春季集中开工项目在3月25日前全部开复工"
GD = "东北亚光电产业园项目"
G["rd04"] = dict(
 article=art("珲春:“一主六双”发展战略带动重点项目建设加速推进", "延边广电全媒体新闻采编中心（记者 黄俊涛 李香花 金鑫），载于延边信息港 yb983.com", "2021-08-16", "day",
  "Prefecture broadcaster's news site, Jilin: a border city's key projects — an opto-electronics park project in the international cooperation zone with area, investment, phase progress and firms signed to enter; the city's planned projects by type with totals, spring projects all started",
  "http://www.yb983.com/p/242993.html",
  "日期取页面“2021年08月16日 15:58 来源: 延边广电全媒体新闻采编中心”。标题照录；导航、“手机版百姓热线”“空白”、时间来源行、记者署名行“(记者:黄俊涛 李香花 金鑫)”与页脚（客户端、版权声明、标签、评论）已删。正文四段，完整。园区：中国图们江区域珲春国际合作示范区（珲春市，延边州，吉林；kind 国际合作示范区；又见于公司名中的“珲春国际合作示范区”，作别名）；东北亚光电产业园为示范区内的园区项目（可选园区）。项目：东北亚光电产业园项目（5.85亿元，一期装修完成、二期基本封顶→在建），开发方珲春国际合作示范区天成开发建设有限公司（名称推定为开发方；文中只说其总经理介绍进度）；“三家企业签订了入驻协议”未点名。珲春市（region）计划实施重点项目148个、569亿元及分类（target，可选）；28个春季集中开工项目98亿元全部开复工（cumulative）。",
  "rd04"),
 parks=[
  park(HC, "延边朝鲜族自治州", "吉林", "国际合作示范区", D0, district="珲春市", aliases=["珲春国际合作示范区"]),
  park("东北亚光电产业园", "延边朝鲜族自治州", "吉林", "产业园", D0, district="珲春市", parent=HC, opt=True, note="园区建设项目"),
 ],
 companies=[
  comp("珲春国际合作示范区天成开发建设有限公司", HC, "据珲春国际合作示范区天成开发建设有限公司总经理刘汝林介绍", note="项目建设方（由语境推定）"),
 ],
 projects=[
  proj(GD, HC, D0 + ",各种工程施工设备忙个不停,项目整体轮廓已经初步显现。" + D1, inv="总投资5.85亿元", status="在建",
       status_text="一期已完成内外部装修,二期工程已经基本上全部封顶", companies=["珲春国际合作示范区天成开发建设有限公司"],
       note="标准化厂房17栋、宿舍4栋、商业建筑2栋；三家企业已签入驻协议"),
 ],
 aggregate_facts=[
  fact(GD, "project", "site_area_ha", 12.27, "ha", D1, "2021年8月", opt=True),
  fact(GD, "project", "firms_signed_entry", 3, "count", D2, "2021年8月", note="签订入驻协议的企业"),
  fact("珲春市", "region", "key_projects_planned", 148, "count", D3, "2021年（计划）", kind="target", opt=True),
  fact("珲春市", "region", "key_projects_total_investment_cny", 5.69e10, "cny", D3, "2021年（计划）", kind="target", opt=True, chk=True),
  fact("珲春市", "region", "industrial_projects_planned", 65, "count", D4, "2021年（计划）", kind="target", opt=True),
  fact("珲春市", "region", "industrial_projects_total_investment_cny", 2.49e10, "cny", D4, "2021年（计划）", kind="target", opt=True, chk=True),
  fact("珲春市", "region", "projects_started", 28, "count", D5, "2021年3月25日前", kind="cumulative", opt=True, note="春季集中开工项目全部开复工"),
  fact("珲春市", "region", "projects_started_investment_cny", 9.8e9, "cny", D5, "2021年3月25日前", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- rd05 大连太平湾合作创新区 (中国日报网辽宁 2023)
TPW = "大连太平湾合作创新区"
QN = "新能源(氢能)产业园"
E0 = "6月21日,大连太平湾合作创新区举行2023年重大项目签约暨开工及重大项目劳动竞赛启动仪式"
E1 = "本次签约项目9个,总投资额度约100亿元"
E2 = "本次集中开工包含太平湾供热项目、太平湾综合供气站项目、太平湾新能源(氢能)产业园基础设施配套二期一标段、二标段等6个项目,工程总投资约为17.65亿元"
E3 = "大连太平湾重大项目开工及劳动竞赛启动暨辽宁华电大连太平湾供热项目开工仪式在项目所在地举办"
E4 = "大连太平湾合作创新区重大项目签约暨新能源产业园项目入园仪式在新能源(氢能)产业园氢能整车项目所在地举行"
AS5 = "2023年6月21日"
G["rd05"] = dict(
 article=art("（无标题）大连太平湾合作创新区2023年重大项目签约暨开工", "中国日报网辽宁频道（ln.chinadaily.com.cn；存段无标题、无署名）", "2023-06-23", "day",
  "National daily's provincial web channel, Liaoning: a cooperation innovation zone's signing and groundbreaking day — nine projects signed with total, a sub-park's entry ceremony, named projects started with total",
  "https://ln.chinadaily.com.cn/a/202306/23/WS64950ba9a310ba94c561315b.html",
  "日期取网址 a/202306/23（仪式为6月21日）。存段无标题（title 为编者概括）、无页面附件。正文两段，完整。园区：大连太平湾合作创新区（大连市，辽宁；kind 合作创新区）；新能源(氢能)产业园为其中的子园（又作“新能源产业园”；可选，母园区由语境推定）。项目：太平湾供热项目（即“辽宁华电大连太平湾供热项目”，开工）、太平湾综合供气站项目（开工）、太平湾新能源(氢能)产业园基础设施配套二期一标段、二标段（开工，二期）；6个开工项目合计“约17.65亿元”、9个签约项目合计“约100亿元”为事实，不分摊。氢能整车项目只作仪式地点（可选，无状态）。辽宁华电只在项目名中（可选公司）。",
  "rd05"),
 parks=[
  park(TPW, "大连", "辽宁", "合作创新区", E0, note="文中又作“大连太平湾”“太平湾”"),
  park(QN, "大连", "辽宁", "产业园", E4, parent=TPW, opt=True, aliases=["新能源产业园"], note="子园，母园区由语境推定"),
 ],
 companies=[
  comp("辽宁华电", TPW, E3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("太平湾供热项目", TPW, E2, status="开工", status_text="集中开工", aliases=["辽宁华电大连太平湾供热项目"], companies=["辽宁华电"],
       note="开工仪式主会场"),
  proj("太平湾综合供气站项目", TPW, E2, status="开工", status_text="集中开工"),
  proj("太平湾新能源(氢能)产业园基础设施配套二期一标段、二标段", TPW, E2, status="开工", status_text="集中开工", phase="二期",
       note="一个标段组合，也可拆为两项"),
  proj("氢能整车项目", TPW, E4, opt=True, note="只作签约仪式地点；位于新能源(氢能)产业园；无状态"),
 ],
 aggregate_facts=[
  fact(TPW, "park", "projects_signed", 9, "count", E1, AS5),
  fact(TPW, "park", "signed_investment_cny", 1e10, "cny", E1, AS5, qual="约", qtext="约", chk=True),
  fact(TPW, "park", "projects_started", 6, "count", E2, AS5),
  fact(TPW, "park", "projects_started_investment_cny", 1.765e9, "cny", "工程总投资约为17.65亿元", AS5, qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- rd06 科右中旗工业园区 (兴安盟 portal park profile 2023)
DD = "科右中旗东达百利舸城乡统筹产业园"
F0 = "科右中旗东达百利舸城乡统筹产业园2012年规划设计,2013年启动实施"
F1 = "园区规划面积12.78平方公里(19171亩),分养殖区、生活区、加工区等三个功能区"
F2 = "目前,园区已入驻山东鸿安广富畜产品有限公司、华阳牛业科技集团有限等2家肉牛龙头企业和部分嘎查集体经济组织,肉牛存栏达到5000多头"
F3 = "肉羊养殖方面,已引进内蒙古九府牧业有限公司,肉羊养殖合作社2家"
F4 = "引进北京华夏新兴投资有限公司总投资1.8亿元的20MW分布式光伏发电站项目,一期装机容量10兆瓦已建设完成并网发电"
F5 = "计划到2024年,争取园区肉牛存栏达到2万头,入园嘎查集体经济组织20家,规模养殖入园企业达到5家"
AS6 = "2023年3月（页面发布时）"
G["rd06"] = dict(
 article=art("科右中旗工业园区", "兴安盟政府网站“开发园区”栏（jjhzj.xam.gov.cn，推定为兴安盟经济合作局子站；来源栏空白）", "2023-03-31", "day",
  "Prefecture government portal's park-profile page (not a news report), Inner Mongolia: a banner's rural-urban industrial park — area and zones, livestock firms entered, cattle stock and 2024 targets, housing and roads built, a photovoltaic project with investor, investment and phase 1 connected to the grid",
  "http://jjhzj.xam.gov.cn/KFYQ\\5777.html",
  "日期取页面“发布时间:2023-03-31”（简介页，内容写到“目前”，年份不全明）。网址照搜索结果（含反斜杠）。页面标题“科右中旗工业园区”作标题；栏目导航、“开发园区”栏名、来源/发布时间行已删。页面分两节：第一节“1.科右中旗东达百利舸城乡统筹产业园区简介”完整保留（小标题作段）；第二节小标题“2.兴安盟农畜产品开发区科右中旗产业园简介”及其在“原名”处中断的首段整节删去。正文四段（含小标题）。园区：科右中旗东达百利舸城乡统筹产业园（兴安盟科尔沁右翼中旗，内蒙古；小标题作“…产业园区”，作别名）；“科右中旗工业园区”只是页面标题（可选）。公司：山东鸿安广富畜产品有限公司、华阳牛业科技集团有限（照原文，名称不全）、内蒙古九府牧业有限公司（均入园）；北京华夏新兴投资有限公司为光伏项目投资方（园区）。项目：20MW分布式光伏发电站项目（1.8亿元；一期10兆瓦“已建设完成并网发电”→投产，phase 一期；status_alt 在建）；“肉牛产业项目”泛称，不列。事实：规划面积12.78平方公里；2家肉牛龙头企业；肉牛存栏5000多头（可选）；“计划到2024年”的存栏2万头、入园嘎查集体经济组织20家、规模养殖企业5家（target，可选）；住宅楼16栋496户、道路18公里（可选）。",
  "rd06"),
 parks=[
  park(DD, "兴安盟", "内蒙古", "产业园", F0, district="科尔沁右翼中旗", aliases=["科右中旗东达百利舸城乡统筹产业园区"],
       note="城乡统筹产业园（养殖、生活、加工三区）；文中又作“园区”"),
  park("科右中旗工业园区", "兴安盟", "内蒙古", "工业园区", "科右中旗工业园区", district="科尔沁右翼中旗", opt=True,
       note="只作页面标题（栏目下的园区总称）"),
 ],
 companies=[
  comp("山东鸿安广富畜产品有限公司", DD, F2, note="肉牛龙头企业"),
  comp("华阳牛业科技集团有限", DD, F2, note="名称照原文（“有限”后缺“公司”）；肉牛龙头企业"),
  comp("内蒙古九府牧业有限公司", DD, F3, note="肉羊养殖"),
  comp("北京华夏新兴投资有限公司", DD, F4, note="光伏项目投资方"),
 ],
 projects=[
  proj("20MW分布式光伏发电站项目", DD, F4, companies=["北京华夏新兴投资有限公司"], inv="总投资1.8亿元", status="投产",
       status_text="一期装机容量10兆瓦已建设完成并网发电", status_alt="在建", phase="一期",
       note="一期10兆瓦并网发电；全项目20MW"),
 ],
 aggregate_facts=[
  fact(DD, "park", "planned_area_km2", 12.78, "km2", F1, AS6, note="又作19171亩"),
  fact(DD, "park", "leading_firms", 2, "count", F2, AS6, note="肉牛龙头企业"),
  fact(DD, "park", "cattle_stock_head", 5000, "head", F2, AS6, qual="余", qtext="多", opt=True),
  fact(DD, "park", "cattle_stock_head", 20000, "head", F5, "2024年（计划）", kind="target", opt=True),
  fact(DD, "park", "village_collectives_entered", 20, "count", F5, "2024年（计划）", kind="target", opt=True),
  fact(DD, "park", "large_breeding_firms", 5, "count", F5, "2024年（计划）", kind="target", opt=True),
  fact(DD, "park", "residential_buildings", 16, "count", "建设完成生活区住宅楼16栋、496户,共计4.78万平方米", AS6, opt=True),
  fact(DD, "park", "roads_built_km", 18, "km", "建设道路18公里", AS6, opt=True),
 ])

# ---------------------------------------------------------------- rd07 辽吉两省开发区合作共建 (工业园网 2023)
G0 = "2022年,辽宁省99家省级以上经济开发区完成地区生产总值1.04万亿元,首次突破万亿大关"
G1 = "辽宁省31家省级以上开发区和吉林22家省级以上开发区现场签署45个合作共建协议"
G["rd07"] = dict(
 article=art("辽吉两省开发区签署45个合作共建协议", "cnrepark.com 工业园网吉林频道（jl.cnipai.com；“用户自行上传”，原出处未注）", "2023-10-05", "day",
  "Industrial-park portal's provincial channel, Liaoning / Jilin: a two-province development-zone cooperation meeting — the number of provincial-level zones in Liaoning and their 2022 GDP, zones from both provinces signing cooperation agreements",
  "https://jl.cnipai.com/news/detail/303797.html",
  "日期取页面“2023 10/05 17:15”（会议在7月5日；页面为转载，上传日晚于会期）。标题照录；“吉林切换”“新闻”、日期行与页脚免责声明、举报行已删。正文三段，完整。文中无点名园区：事实以“辽宁省”（region）为主语——2022年辽宁省99家省级以上经济开发区、地区生产总值1.04万亿元；两省31家与22家省级以上开发区签署45个合作共建协议。辽宁省党政代表团列可选机构。",
  "rd07"),
 parks=[],
 institutions=[
  inst("辽宁省党政代表团", "本次活动是辽宁省党政代表团赴吉林学习考察后两省之间举行的首场专题合作交流活动"),
 ],
 aggregate_facts=[
  fact("辽宁省", "region", "provincial_level_dev_zones", 99, "count", G0, "2022年", note="省级以上经济开发区数"),
  fact("辽宁省", "region", "dev_zones_gdp_cny", 1.04e12, "cny", G0, "2022年", note="99家省级以上经济开发区地区生产总值"),
  fact("辽宁省", "region", "dev_zones_cooperation_agreements", 45, "count", G1, "2023年7月5日", note="辽吉两省开发区合作共建协议"),
  fact("辽宁省", "region", "dev_zones_signing", 31, "count", G1, "2023年7月5日", opt=True, note="签约的辽宁省级以上开发区"),
  fact("吉林省", "region", "dev_zones_signing", 22, "count", G1, "2023年7月5日", opt=True, note="签约的吉林省级以上开发区"),
 ])
