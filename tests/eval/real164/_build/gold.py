# real164 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word); “不低于” → no qualifier, word in
# qualifier_text. Money: yuan in investment_cny / *_cny facts (first amount of the evidence); a yen amount stays in
# investment_text with investment_value / investment_currency. Projects: the park is the one the text places the project in,
# null if none (a county, town or railway station is not a park); a project that is the building of a developer's park has
# that park's containing zone as its park when the text gives one, else the park itself. A developer or operator company is
# linked to the park the text has it develop or run. Funds: REITs named in the text; those whose assets are not parks are
# optional. Sources are `search` (corpus pages) excerpts typed into _raw/pages/vgNN.raw as returned, and one GitHub file
# (vg05) read with read_file and typed in.

# ---------------------------------------------------------------- vg01 华夏幸福携手欧菲光舒城安家 (皖西日报 2020)
SC = "舒城产业新城"
JM = "舒城产业新城精密电子产业园"
OF = "欧菲精卓光显产业基地"
AM = "AMOLED柔性显示触控模组及5G智能终端研发制造基地项目"
A0 = "在舒城产业新城,华夏幸福重点发展模组、面板制造、上游材料及新型显示设备等,打造全国知名的新型显示产业集群"
A1 = "华夏幸福积极为项目一期提供舒城产业新城精密电子产业园约10万平方米厂房"
A2 = "欧菲精卓光显产业基地当天正式动工建设"
A3 = "欧菲精卓光显产业基地位于舒城高铁站东侧,总建筑面积约180万平方米,由光显领域龙头企业欧菲光引领"
A4 = "未来将有望带动上下游配套企业约30家,实现年销售收入超过240亿元,创造年税收收入不低于5.6亿元,新增就业约2.3万人"
A5 = "已于2020年1月进场施工装修建设,2月20日有序复工建设,目前各项建设任务正有条不紊地推进中,预计7月可实现投产"
G["vg01"] = dict(
 article=art("打造全国知名新型显示产业集群 华夏幸福携手欧菲光舒城安家", "皖西日报（融媒体记者 朱涛 冯立忠），载于 ht.luaninfo.com（皖西日报 / 六安新闻网）", "2020-03-25", "day",
  "City daily on its news site, Anhui: a park developer (华夏幸福) in its 产业新城 — a display-industry base started in the county, a module project placed in the developer's precision-electronics park with stages, expected sales, tax and jobs",
  "https://ht.luaninfo.com/laxw/gcwx/content_90541",
  "页面无日期行；文中“3月25日上午,记者在2020年安徽省第三批贯彻“六稳”重大项目集中开工现场推进会获悉…当天正式动工建设”，日期取 2020-03-25（报道当日或次日）。标题照录；页尾“扫一扫在手机打开当前页”已删；正文七段，完整（末尾署名保留）。园区：舒城产业新城（华夏幸福开发运营；六安市舒城县，安徽）；舒城产业新城精密电子产业园（产业新城内）。欧菲精卓光显产业基地只说“位于舒城高铁站东侧”，文中未置于产业新城内，项目园区为 null，欧菲光 / 安徽精卓园区亦为 null。AMOLED 项目一期使用精密电子产业园厂房，园区取精密电子产业园；去年11月签约、1月进场装修、预计7月投产 → 在建（status_alt 签约）；二期3月26日进场施工，预计2022年1月全面投产。柔性AMOLED面板市场规模990亿元为行业预测，不记。",
  "vg01"),
 parks=[
  park(SC, "六安", "安徽", "产业新城", A0, district="舒城县", note="华夏幸福开发运营"),
  park(JM, "六安", "安徽", "产业园", A1, district="舒城县", parent=SC),
 ],
 companies=[
  comp("华夏幸福", SC, A0, note="产业新城开发运营商"),
  comp("欧菲光", None, A3, aliases=["欧菲光集团"], note="基地位于舒城高铁站东侧，文中未置于园区"),
  comp("安徽精卓", None, "安徽精卓将严格按照先期规划,加快推进建设进度", opt=True, note="基地项目主体；文中未置于园区"),
 ],
 projects=[
  proj(OF, None, A2, companies=["欧菲光"], status="开工", status_text="正式动工建设", note="位于舒城高铁站东侧；无投资额；一期力争2020年7月首批投产"),
  proj(AM, JM, A1, status="在建", status_text="进场施工装修建设…正有条不紊地推进中", status_alt="签约",
       note="去年11月签约；一期用精密电子产业园约10万平方米厂房，预计7月投产；二期3月26日进场施工，预计2022年1月全面投产"),
 ],
 aggregate_facts=[
  fact(OF, "project", "floor_area_m2", 1.8e6, "m2", A3, "规划", qual="约", qtext="约"),
  fact(OF, "project", "supporting_firms", 30, "count", A4, "未来（预计）", kind="target", qual="约", qtext="约", opt=True),
  fact(OF, "project", "expected_annual_sales_cny", 2.4e10, "cny", A4, "未来（预计）", kind="target", qual="超", qtext="超过"),
  fact(OF, "project", "expected_annual_tax_cny", 5.6e8, "cny", A4, "未来（预计）", kind="target", qtext="不低于"),
  fact(OF, "project", "jobs", 23000, "count", A4, "未来（预计）", kind="target", qual="约", qtext="约", opt=True),
  fact(JM, "park", "factory_floor_area_provided_m2", 1e5, "m2", A1, "2020年3月", qual="约", qtext="约", opt=True, note="为 AMOLED 项目一期提供的厂房"),
 ])

# ---------------------------------------------------------------- vg02 中电光谷 东部智谷 (观点地产网 via ryth888 2020)
CC = "南通崇川经济开发区"
DB = "中国电子东部智谷"
B0 = "中电光谷联合控股有限公司、彩虹集团有限公司与江苏南通崇川经济开发区管理委员会,正式签署了《中国电子东部智谷投资协议》,拟共同建设智能制造产业园区——东部智谷"
B1 = "该项目总体规划土地面积约1000亩,计划总投资约120亿元;一期规划土地面积约300亩、计划投资约25亿元"
G["vg02"] = dict(
 article=art("（中电光谷、彩虹集团与南通崇川经济开发区签署《中国电子东部智谷投资协议》）", "观点地产网（观点新媒体），载于 ryth888.com", "2020-10-30", "day",
  "Property-industry news relayed by an aggregator: a listed park developer (中电光谷) signs an investment agreement with a zone's committee for a new smart-manufacturing park, with land and planned investment for the whole and phase 1",
  "http://ryth888.com/2020/guonei_1030/3893.html",
  "摘录无标题行与日期行；文中“中电光谷官微10月29日公布,于10月28日…正式签署”，URL 含 2020/guonei_1030，日期取 2020-10-30（年份据 URL）。标题为概括，加括号。页尾“郑重声明…”已删；正文六段，完整。园区：南通崇川经济开发区（文中作“江苏南通崇川经济开发区管理委员会”；南通市崇川区，江苏）；东部智谷（“智能制造产业园区——东部智谷”，即“中国电子东部智谷”项目）。项目园区取南通崇川经济开发区：投资协议由该开发区管委会签署，文中未另写地点（由签约方推断，注明）。“西部智谷”（陕西咸阳）为旧项目，列可选园区。中电光谷 / 彩虹集团作为开发方挂东部智谷。",
  "vg02"),
 parks=[
  park(CC, "南通", "江苏", "经济开发区", B0, district="崇川区", aliases=["崇川经济开发区"], note="文中作“江苏南通崇川经济开发区管理委员会”"),
  park("东部智谷", "南通", "江苏", "产业园（智能制造）", B0, district="崇川区", aliases=[DB], parent=CC, note="在崇川经济开发区内由签约方推断"),
  park("西部智谷", "咸阳", "陕西", "产业园", "继中电光谷与彩虹集团在陕西咸阳联手打造的“西部智谷”项目成功落地三年后", opt=True),
 ],
 companies=[
  comp("中电光谷联合控股有限公司", "东部智谷", B0, aliases=["中电光谷", "光谷集团"], note="园区开发运营商"),
  comp("彩虹集团有限公司", "东部智谷", B0, aliases=["彩虹集团"], note="共同投资方"),
  comp("中国电子", None, "是同属中国电子旗下的光谷集团和彩虹集团的又一次深度合作", opt=True, note="两家的上级集团"),
 ],
 institutions=[
  inst("江苏南通崇川经济开发区管理委员会", B0, park=CC),
 ],
 projects=[
  proj(DB, CC, B1, companies=["中电光谷联合控股有限公司", "彩虹集团有限公司"], inv="约120亿元", qual="约", status="签约",
       status_text="正式签署了《中国电子东部智谷投资协议》", aliases=["东部智谷"], note="计划总投资；园区由签约方推断"),
  proj("中国电子东部智谷一期", CC, B1, inv="约25亿元", qual="约", phase="一期", status="planned", status_text="一期规划…计划投资",
       opt=True, note="一期计划"),
 ],
 aggregate_facts=[
  fact(DB, "project", "planned_land_area_mu", 1000, "mu", B1, "规划", qual="约", qtext="约"),
  fact(DB, "project", "phase1_land_area_mu", 300, "mu", B1, "规划", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- vg03 联东U谷金普生态科技谷项目奠基 (央广网 2020)
JP = "大连金普新区"
LJ = "联东U谷金普生态科技谷"
C0 = "大连金普新区继3月3日签约总投资达351亿元的12个项目,3月4日投资1000亿日元的日本电产新工厂奠基,3月5日再签总投资835亿元的19个项目后,3月6日,联东U谷金普生态科技谷项目举行奠基仪式"
C1 = "这一项目由北京联东投资(集团)有限公司投资7亿元打造,用地面积约6.8万平方米"
C2 = "目前,项目已启动预招商工作,已签署意向客户6家"
C3 = "待园区全部招商完毕且企业正式达产后,预计年产值将达15亿元,综合税收3000万以上"
G["vg03"] = dict(
 article=art("联东U谷金普生态科技谷项目奠基", "央广网（记者 贾铁生，通讯员 方亮），载于 ln.chinadaily.com.cn（中国日报网辽宁频道）", "2020-03-07", "day",
  "National broadcaster's news relayed by a national paper's provincial channel, Liaoning: a park operator (联东) breaks ground on a new park in a state-level new area, with investment, site area, pre-signed tenants and expected output; the area's signings that week",
  "http://ln.chinadaily.com.cn/a/202003/07/WS5e639d75a3107bb6b57a5102.html",
  "日期取页面“来源: 央广网 2020-03-07 21:07”。标题照录；导语（与正文首句重复）、重复标题、来源日期行、分享按钮已删。**截断**：第三段（“大连金普新区表示,…切实解决项目建设遇”）在摘录中断于句中且无完整句，整段不收；正文两段。园区：大连金普新区（大连，辽宁）；联东U谷金普生态科技谷（在建园区，亦为项目）。项目：联东U谷金普生态科技谷项目（奠基→开工，7亿元，园区大连金普新区）；日本电产新工厂（奠基→开工，1000亿日元）。“3月3日签约…12个项目”“3月5日再签…19个项目”为新区本周签约，记为事实。“明年年10月”照录（原文衍字）。“综合税收3000万以上”无“元”字，记 3e7 可选。",
  "vg03"),
 parks=[
  park(JP, "大连", "辽宁", "国家级新区", C0, aliases=["金普新区"]),
  park(LJ, "大连", "辽宁", "产业园", C0, parent=JP, note="联东建设的园区，亦为项目"),
 ],
 companies=[
  comp("北京联东投资(集团)有限公司", LJ, C1, aliases=["联东"], note="园区投资开发方"),
  comp("日本电产", JP, C0, note="新工厂奠基"),
 ],
 projects=[
  proj(LJ + "项目", JP, C1, companies=["北京联东投资(集团)有限公司"], inv="7亿元", status="开工", status_text="举行奠基仪式",
       aliases=[LJ], note="计划明年10月交付"),
  proj("日本电产新工厂", JP, C0, companies=["日本电产"], inv="1000亿日元", currency="jpy", value=1e11, status="开工", status_text="奠基"),
 ],
 aggregate_facts=[
  fact(JP, "park", "projects_signed", 12, "count", C0, "2020-03-03", note="3月3日签约"),
  fact(JP, "park", "signed_investment_cny", 3.51e10, "cny", "3月3日签约总投资达351亿元的12个项目", "2020-03-03"),
  fact(JP, "park", "projects_signed", 19, "count", C0, "2020-03-05", note="3月5日再签"),
  fact(JP, "park", "signed_investment_cny", 8.35e10, "cny", "3月5日再签总投资835亿元的19个项目", "2020-03-05"),
  fact(LJ, "project", "site_area_m2", 6.8e4, "m2", C1, "规划", qual="约", qtext="约", opt=True),
  fact(LJ, "project", "prospective_tenants_signed", 6, "count", C2, "2020-03"),
  fact(LJ, "project", "expected_annual_output_cny", 1.5e9, "cny", C3, "达产后（预计）", kind="target"),
  fact(LJ, "project", "expected_annual_tax_cny", 3e7, "cny", C3, "达产后（预计）", kind="target", qual="超", qtext="以上", opt=True, note="原文“3000万以上”无“元”"),
 ])

# ---------------------------------------------------------------- vg04 华夏幸福 杭州区域 产业新城 (北京商报 2018)
JS = "嘉善产业新城"
D0 = "华夏幸福杭州事业部已在浙江省嘉兴嘉善、湖州南浔、湖州德清、嘉兴南湖等区域落子4座产业新城"
D1 = "2013年4月,嘉善县人民政府与华夏幸福签订了嘉善产业新城PPP项目合作协议"
D2 = "截至2017年底,华夏幸福累计为合作区域引入签约企业超1900家,招商引资额近5000亿元,创造新增就业岗位8.2万个"
G["vg04"] = dict(
 article=art("（华夏幸福杭州区域已落子4座产业新城 嘉善产业新城成标杆）", "北京商报（记者 彭耀广），epaper.bbtnews.com.cn", "2018-04-19", "day",
  "Business daily's e-paper: a listed park developer's regional unit (华夏幸福 杭州区域) — four 产业新城 placed in Zhejiang, more in talks, its flagship 嘉善产业新城 PPP, and the group's cumulative tenants, investment attracted and jobs",
  "https://epaper.bbtnews.com.cn/site1/bjsb/html/2018-04/19/content_396426.htm?div=-1",
  "摘录无标题行；日期取 URL（2018-04/19，电子版当期）。标题为概括，加括号。正文五段，完整。园区：嘉善产业新城（嘉兴市嘉善县，浙江）。南浔、德清、南湖三地的产业新城文中未具名，不列。项目：嘉善产业新城PPP项目（2013年4月签订合作协议→签约）。事实：杭州事业部已落子产业新城4座（截至报道时）、在谈3个（可选）；华夏幸福截至2017年底累计引入签约企业超1900家、招商引资额近5000亿元、新增就业8.2万个（cumulative）。",
  "vg04"),
 parks=[
  park(JS, "嘉兴", "浙江", "产业新城", "其中位于嘉兴市嘉善县南部区域的嘉善产业新城,是该公司布局长三角地区最早进入的区域之一", district="嘉善县", note="华夏幸福开发"),
 ],
 companies=[
  comp("华夏幸福", JS, D1, note="产业新城开发运营商；杭州区域事业部"),
 ],
 institutions=[
  inst("嘉善县人民政府", D1),
 ],
 projects=[
  proj("嘉善产业新城PPP项目", JS, D1, companies=["华夏幸福"], status="签约", status_text="签订了…合作协议", note="2013年4月签约"),
 ],
 aggregate_facts=[
  fact("华夏幸福", "company", "parks_count", 4, "count", D0, "2018-04", note="杭州事业部在浙江落子的产业新城"),
  fact("华夏幸福", "company", "projects_in_talks", 3, "count", "除上述4个项目外,我们还在谈其他3个项目", "2018-04", opt=True),
  fact("华夏幸福", "company", "firms_signed", 1900, "count", D2, "截至2017年底", kind="cumulative", qual="超", qtext="超"),
  fact("华夏幸福", "company", "investment_attracted_cny", 5e11, "cny", D2, "截至2017年底", kind="cumulative", qual="约", qtext="近"),
  fact("华夏幸福", "company", "jobs_created", 82000, "count", D2, "截至2017年底", kind="cumulative"),
 ])

# ---------------------------------------------------------------- vg05 华夏合肥高新创新产业园REIT (新浪财经 2022)
HF = "合肥创新产业园"
HR = "华夏合肥高新创新产业园REIT"
E0 = "7月22日，深交所受理了华夏的第三只REITs——华夏合肥高新创新产业园REIT"
E1 = "华夏新申报的REIT，基础设施项目为合肥创新产业园一期项目所有权及对应范围内的国有建设用地使用权"
E2 = "目前，在深交所上市的产业园区REIT有博时招商蛇口产业园REIT；在上交所上市的有华安张江光大园REIT和东吴苏州工业园区REIT"
E3 = "该基础设施项目土地使用权面积为 146，759.30 平方米，总建筑面积 35.68 万平方米"
E4 = "基础设施项目共22栋房屋和3 个地下车库，分别由合肥高新睿成科技服务有限公司和合肥高新君道科技服务有限公司持有"
E5 = "具体而言，项目公司的盈利依托于合肥高新技术区内部的产业聚集"
E6 = "两个子项目2022年预测资本化率分别为4.44%和5.06%，均值为4.78%"
E7 = "正在等待交易所审核的2只REITs均来自上交所：华泰紫金江苏交控高速公路封闭式基础设施证券投资基金和国泰君安临港东久智能制造产业园封闭式基础设施证券投资基金"
E8 = "上交所通过等待证监会批准的为中金厦门安居保障性租赁住房封闭式基础设施证券投资基金；深交所通过等待证监会批准的为红土创新人才安居保障性租赁住房封闭式基础设施证券投资基金"
E9 = "年内首单公募REITs——华夏中国交建REIT在战略配售、网下及网上认购三个环节引超1500亿资金追捧；第二单REITs——国金中国铁建高速REIT，两天大卖超440亿；第三单REIT——鹏华深圳能源REIT也遇近1100亿资金追捧"
G["vg05"] = dict(
 article=art("又来一只REITs！深交所最新受理!", "新浪财经（基金君；责任编辑 李琳琳），存于 GitHub 仓库 Rock-Candy-Tea/RSSHUB-PAGE", "2022-07-23", "day",
  "Financial portal's fund desk, kept in a public GitHub RSS archive: a high-tech-zone park operator's research-office park filed as an industrial-park REIT — land and floor area, holding companies, cap rates — with the other park REITs listed and the REIT queue",
  "repo Rock-Candy-Tea/RSSHUB-PAGE, source/_posts/金融/新浪财经/新浪财经－国內/又来一只REITs！深交所最新受理!.md (commit a20dde6df8541f52f28f4802b097a29be751bd56)",
  "日期取文件头“date: Sat, 23 Jul 2022 11:50:07 GMT”（北京时间同日）。标题取文件头 title。正文取 HTML 中 27 个 <p cms-style=\"font-L\"> 段，去标签（股票链接 span/a 内文字保留，如“创新产业”“招商蛇口”），段首全角空格去掉；图片、文末二维码样式与“责任编辑：李琳琳”不收。完整，全角标点照录。园区：合肥创新产业园（REIT 底层资产为其一期；合肥，安徽）；合肥高新技术区（文中“合肥高新技术区内部的产业聚集”；作为合肥创新产业园的所在园区）。其他产业园只出现在基金名中（招商蛇口产业园、张江光大园、苏州工业园区、临港东久智能制造产业园），列可选园区。基金：华夏合肥高新创新产业园REIT（规模未给）；另三只已上市产业园 REIT 与排队中的临港东久 REIT 列入（非本篇主角者可选）；高速公路、保障房等非园区 REIT 列为可选。公司：合肥高新睿成 / 君道科技服务有限公司（持有房屋，挂合肥创新产业园）。创业环保污水处理项目的资产、负债、营收与园区无关，不记。",
  "vg05"),
 parks=[
  park(HF, "合肥", "安徽", "产业园（研发办公）", E1, parent="合肥高新技术区", note="REIT 底层资产为其一期"),
  park("合肥高新技术区", "合肥", "安徽", "高新区", E5, note="文中写法；只此一处"),
  park("招商蛇口产业园", None, None, "产业园", E2, opt=True, note="只在基金名中"),
  park("张江光大园", "上海", "上海", "产业园", E2, opt=True, note="只在基金名中"),
  park("苏州工业园区", "苏州", "江苏", "工业园区", E2, opt=True, note="只在基金名中"),
  park("临港东久智能制造产业园", "上海", "上海", "产业园", E7, opt=True, note="只在基金名中"),
 ],
 companies=[
  comp("合肥高新睿成科技服务有限公司", HF, E4, note="持有基础设施项目房屋"),
  comp("合肥高新君道科技服务有限公司", HF, E4, note="持有基础设施项目房屋"),
  comp("华夏基金", None, "这也是华夏基金旗下第三只REITs产品", opt=True, note="基金管理人"),
  comp("中联评估", None, "中联评估作为资产评估机构对标的基础设施资产进行了评估", opt=True),
  comp("天津创业环保集团股份有限公司", None, "据公告显示，天津创业环保集团股份有限公司为响应国家政策号召", aliases=["创业环保"], opt=True, note="污水处理 REIT 申报，与园区无关"),
 ],
 projects=[
  proj("合肥创新产业园一期项目", HF, E1, status="竣工", status_text="项目于 2011 年建成投入运营", status_alt="投产", opt=True,
       note="REIT 的基础设施项目（已运营资产）"),
 ],
 funds=[
  fund(HR, HF, E0, note="深交所7月22日受理；规模未给"),
  fund("博时招商蛇口产业园REIT", "招商蛇口产业园", E2, opt=True, note="已上市"),
  fund("华安张江光大园REIT", "张江光大园", E2, opt=True, note="已上市"),
  fund("东吴苏州工业园区REIT", "苏州工业园区", E2, opt=True, note="已上市"),
  fund("国泰君安临港东久智能制造产业园封闭式基础设施证券投资基金", "临港东久智能制造产业园", E7, opt=True, note="等待交易所审核"),
  fund("华泰紫金江苏交控高速公路封闭式基础设施证券投资基金", None, E7, opt=True, note="非园区"),
  fund("中金厦门安居保障性租赁住房封闭式基础设施证券投资基金", None, E8, opt=True, note="非园区"),
  fund("红土创新人才安居保障性租赁住房封闭式基础设施证券投资基金", None, E8, opt=True, note="非园区"),
  fund("华夏中国交建REIT", None, E9, opt=True, note="非园区"),
  fund("国金中国铁建高速REIT", None, E9, opt=True, note="非园区"),
  fund("鹏华深圳能源REIT", None, E9, opt=True, note="非园区"),
 ],
 aggregate_facts=[
  fact(HF, "park", "land_use_area_m2", 146759.30, "m2", E3, "2022-07（招募书）", note="一期基础设施项目；原文“146，759.30”"),
  fact(HF, "park", "floor_area_m2", 356800, "m2", E3, "2022-07（招募书）", note="一期基础设施项目"),
  fact(HF, "park", "buildings", 22, "count", E4, "2022-07（招募书）", opt=True),
  fact(HF, "park", "cap_rate_avg", 0.0478, "ratio", E6, "2022年（预测）", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vg06 联东U谷·嘉善归谷生命智慧园开工 (中国嘉善 via investchn 2019)
GG = "联东U谷·嘉善归谷生命智慧园"
XZ = "归谷智造小镇"
F0 = "今天上午,联东U谷·嘉善归谷生命智慧园开工"
F1 = "该项目位于归谷智造小镇,以大健康医疗产品为主导产业,总投资3.3亿元,计划建设13栋科技研发类厂房"
F2 = "目前一期开工5万平方米,未来引进30家左右的科技型企业,预计产值超过7亿元,税收超过3000万元"
F3 = "已在北京、上海、广州、杭州、苏州等26个核心城市投资140多个产业园区"
G["vg06"] = dict(
 article=art("联东U谷·嘉善归谷生命智慧园开工", "中国嘉善（嘉善县政府网站），载于 investchn.com（中国投资指南网·开发区新闻）", "2019-05-22", "day",
  "County government news relayed by an investment-promotion portal, Zhejiang: a park operator (联东集团) starts its first park in the prefecture — investment, buildings, phase-1 floor area, expected tenants, output and tax — plus the group's park count",
  "https://investchn.com/index.php/home/news/detail/id/42104.html",
  "日期取页面“发布时间:2019-05-22 来源:中国嘉善”（“今天上午”即当日）。标题照录；发布时间 / 来源 / “发布开发区:嘉善经济技术开发区”一行为门户栏目信息，已删（因此嘉善经济技术开发区不在正文，不列）。正文两段，完整；段中“ 作为联东集团…”前的空格照录。园区：联东U谷·嘉善归谷生命智慧园（联东建设的产业园，亦为项目）；归谷智造小镇（项目所在，作园区列出，kind 特色小镇）。项目园区取归谷智造小镇。联东集团作为开发运营方挂智慧园。",
  "vg06"),
 parks=[
  park(GG, "嘉兴", "浙江", "产业园（健康医疗）", F0, district="嘉善县", parent=XZ, note="联东建设；亦为项目"),
  park(XZ, "嘉兴", "浙江", "特色小镇（智造）", F1, district="嘉善县"),
 ],
 companies=[
  comp("联东集团", GG, "作为联东集团进入嘉兴的首个项目,联东U谷·嘉善归谷生命智慧园致力于打造成为健康医疗产业集聚的标杆项目", aliases=["联东U谷"], note="产业园区运营商"),
 ],
 projects=[
  proj(GG, XZ, F1, companies=["联东集团"], inv="3.3亿元", status="开工", status_text="开工", note="2020年10月全部建造完成交付"),
 ],
 aggregate_facts=[
  fact(GG, "park", "buildings_planned", 13, "count", F1, "规划", opt=True),
  fact(GG, "park", "phase1_floor_area_started_m2", 5e4, "m2", F2, "2019-05"),
  fact(GG, "park", "expected_firms", 30, "count", F2, "未来（预计）", kind="target", qual="约", qtext="左右"),
  fact(GG, "park", "expected_output_cny", 7e8, "cny", F2, "未来（预计）", kind="target", qual="超", qtext="超过"),
  fact(GG, "park", "expected_tax_cny", 3e7, "cny", "税收超过3000万元", "未来（预计）", kind="target", qual="超", qtext="超过"),
  fact("联东集团", "company", "parks_count", 140, "count", F3, "2019-05", kind="cumulative", qual="余", qtext="多"),
  fact("联东集团", "company", "cities_count", 26, "count", F3, "2019-05", opt=True),
 ])

# ---------------------------------------------------------------- vg07 闽侯县15个重大项目开工 (闽侯新闻网 2025)
DN = "联东U谷•东南科学城创新谷A区"
H0 = "此次闽侯分会场设在联东U谷•东南科学城创新谷A区项目现场,该项目位于闽侯县上街镇,由北京联东集团投资建造,总投资10亿元,年计划投资2亿元"
H1 = "旗下核心品牌联东U谷,目前已在全国90座城市累计投资运营产业园区526个,引进、服务新兴制造业和科技型企业超2.1万家"
G["vg07"] = dict(
 article=art("闽侯县15个重大项目开工!", "闽侯新闻网（闽侯县融媒体中心 林鑫 余圣建/文），www.mhnews.com.cn", "2025-04-25", "day",
  "County media centre's news site, Fujian: a county's quarterly project start held at a park operator's new park — its investment, floor area and aims — with the operator's national park and tenant counts and the county's start totals",
  "https://www.mhnews.com.cn/html/2/20250425/680b49115f539.shtml",
  "日期取页面“2025-04-25 16:34:25”（活动为4月24日）。标题照录；位置导航、网址日期行、与标题相同的图片说明行已删。正文：开头九行短句（图文稿的分行，每行一段，照录）加四段，完整。园区：联东U谷•东南科学城创新谷A区（上街镇；园区即项目，项目园区取其本身，因文中无所在开发区）。“大学城”不作园区。公司：北京联东集团（又作“联东集团”“联东U谷”品牌）；福州城市公司可选。县级事实（15个项目、92亿元、分类数）主体为闽侯县（region）。",
  "vg07"),
 parks=[
  park(DN, "福州", "福建", "产业园", H0, district="闽侯县", note="上街镇；联东投资建造"),
 ],
 companies=[
  comp("北京联东集团", DN, H0, aliases=["联东集团", "联东U谷"], note="产业园区运营商"),
  comp("北京联东集团福州城市公司", DN, "北京联东集团福州城市公司总经理王光林表示", opt=True),
 ],
 projects=[
  proj(DN + "项目", DN, H0, companies=["北京联东集团"], inv="总投资10亿元", status="开工", status_text="重大项目开工（分会场设在项目现场）",
       aliases=[DN], note="年计划投资2亿元"),
 ],
 aggregate_facts=[
  fact("闽侯县", "region", "projects_started", 15, "count", "列入全市开工的重大项目有15个", "2025年第二季度"),
  fact("闽侯县", "region", "projects_started_investment_cny", 9.2e9, "cny", "总投资92亿元", "2025年第二季度"),
  fact("闽侯县", "region", "industrial_projects_started", 9, "count", "其中产业项目9个", "2025年第二季度", opt=True),
  fact(DN, "project", "planned_annual_investment_cny", 2e8, "cny", "年计划投资2亿元", "2025年"),
  fact(DN, "project", "floor_area_m2", 44500, "m2", "联东U谷•东南科学城创新谷A区项目建筑面积约4.45万平方米", "规划", qual="约", qtext="约", opt=True),
  fact("北京联东集团", "company", "parks_count", 526, "count", H1, "2025-04", kind="cumulative"),
  fact("北京联东集团", "company", "cities_count", 90, "count", H1, "2025-04", kind="cumulative", opt=True),
  fact("北京联东集团", "company", "firms_served", 21000, "count", H1, "2025-04", kind="cumulative", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- vg08 中新集团登陆A股 (shi-fen 转载 2019)
SZ = "苏州工业园区"
ZX = "中新苏州工业园区开发集团股份有限公司"
K0 = "中新苏州工业园区开发集团股份有限公司(股票简称:中新集团)正式在上海证券交易所A股挂牌上市,成为我国国内首个上市的国家级经开区开发运营主体"
K1 = "此次募集资金扣除发行费用后将主要用于斜塘项目基础设施改造,该项目坐落于苏州工业园区南部的斜塘地区"
K2 = "目前,已投资实施50平方公里苏通科技产业园(江苏南通)、36平方公里苏滁现代产业园(安徽滁州)等长三角重点二线城市项目"
K3 = "并与国内优秀企业合作共同在“一带一路”重要战略支点的宁夏推进苏银产业园的开发运营"
G["vg08"] = dict(
 article=art("中新集团登陆A股", "报纸“本报讯”（记者 薛海燕，通讯员 陈雨禾 唐若问；报名未给），转载于 news.shi-fen.com", "2019-12", "month",
  "Newspaper item relayed by a news aggregator: the developer of a national development zone lists on the stock exchange — use of proceeds for an in-zone infrastructure project, and the parks it develops elsewhere with their areas",
  "https://news.shi-fen.com/china/201912/50-570072.html",
  "摘录无日期行；URL 含 201912，日期取 2019-12（月）。标题照录（另有“原标题:中新集团登陆A股”一行，已删）；导航与“相关阅读”已删。正文三段，完整。原报名未给（只作“本报讯”）。园区：苏州工业园区（中新集团为其开发主体）；苏通科技产业园（南通，江苏，50平方公里）；苏滁现代产业园（滁州，安徽，36平方公里）；苏银产业园（宁夏；城市未给）。项目：斜塘项目基础设施改造（募集资金将用于→planned，园区苏州工业园区）。中新集团挂苏州工业园区。",
  "vg08"),
 parks=[
  park(SZ, "苏州", "江苏", "国家级经济技术开发区", K1),
  park("苏通科技产业园", "南通", "江苏", "产业园", K2),
  park("苏滁现代产业园", "滁州", "安徽", "产业园", K2),
  park("苏银产业园", None, "宁夏", "产业园", K3),
 ],
 companies=[
  comp(ZX, SZ, K0, aliases=["中新集团"], note="苏州工业园区开发主体；上市园区开发运营商"),
 ],
 projects=[
  proj("斜塘项目基础设施改造", SZ, K1, companies=[ZX], status="planned", status_text="募集资金…将主要用于", aliases=["斜塘项目"]),
 ],
 aggregate_facts=[
  fact("苏通科技产业园", "park", "area_km2", 50, "km2", K2, "2019-12"),
  fact("苏滁现代产业园", "park", "area_km2", 36, "km2", K2, "2019-12"),
 ])
