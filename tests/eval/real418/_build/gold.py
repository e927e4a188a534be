# real418 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52 unchanged).
# Angle: 开发区 考核 / 综合排名 / 十强 rankings. Conventions as real52: evidence verbatim (all eight items simplified script as
# published); names as written in the text; yuan in *_cny facts (chk=True asserts the first amount of the evidence), US
# dollars in *_usd facts; shares as ratios. Ranks are facts with unit "rank" (metric names say which ranking); counts of
# zones evaluated are region facts. None of these items names a project with an amount or a fund, so projects/funds are empty.
# Cities / provinces of parks are filled from the text where it says them, otherwise from the zone's name (noted).

# ---------------------------------------------------------------- la01 河北承德双滦经济开发区 (2015)
SL = "河北承德双滦经济开发区"
A0 = "河北承德双滦经济开发区在全省开发区综合评价排名中取得第16位的优异成绩,荣列特色产业园建设业绩突出的3个开发区之一,被评为河北省综合发展水平AAAAA级开发区"
G["la01"] = dict(
 article=art("河北承德双滦经济开发区荣获AAAAA级开发区称号", "承德市双滦区门户网站“园区建设 > 经济开发区”栏（bj-hnk.com 存页；来源:经济开发区，作者:于海龙）", "2015-11-27", "day",
  "District government site's zone column, Hebei: the provincial commerce department's evaluation of 197 zones — the district's zone ranks 16th, is one of three with outstanding specialised-park work and is graded AAAAA; its industry mix",
  "http://bj-hnk.com/html/yuanqujianshefanchanye2015-11-279884.html",
  "日期取页面“发布时间:2015-11-27 08:31:16”。标题照录；页眉“区委 | 区人大 | 区政协…”、位置行与“来源/作者/审核/发布时间”行已删。正文一段，完整（段中“成绩… 据了解”之间的空格照录）。存页域名 bj-hnk.com 与内容不符（页眉为双滦区门户），原站名未示。园区：河北承德双滦经济开发区（又作“双滦经济开发区”；承德市双滦区，河北）。事实：全省197家开发区综合评价第16位；AAAAA级（可选）；特色产业园建设业绩突出的3个开发区之一不另计。",
  "la01"),
 parks=[
  park(SL, "承德", "河北", "经济开发区", A0, district="双滦区", aliases=["双滦经济开发区"]),
 ],
 companies=[],
 institutions=[
  inst("河北省商务厅", "近日,河北省商务厅组织对全省197家开发区进行了综合评价", note="评价组织者"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SL, "park", "provincial_assessment_rank", 16, "rank", A0, "2015年（河北省商务厅开发区综合评价）"),
  fact("河北省", "region", "zones_evaluated", 197, "count", "近日,河北省商务厅组织对全省197家开发区进行了综合评价", "2015年", opt=True),
  fact(SL, "park", "provincial_grade", "AAAAA", "grade", A0, "2015年", opt=True, note="河北省综合发展水平AAAAA级开发区"),
 ])

# ---------------------------------------------------------------- la02 荣成经济开发区 山东160家开发区 (2023)
RC = "荣成经济开发区"
B0 = "荣成经济开发区在160家省级以上开发区中排名第79位,较上年度提升42个位次"
B1 = "荣成经济开发区机电出口总额及占比指标位列全省第3位,进出口总额及增长率指标位列全省第19位"
B2 = "加快电子信息配套产业园、海洋生物食品产业园、新材料与智能制造产业园等园区建设"
AS2 = "2022年山东省开发区综合发展水平评价"
G["la02"] = dict(
 article=art("山东省160家开发区综合发展水平“排名次” 荣成经济开发区一指标进三甲", "m.baike.mjlong.com 转载（通讯员 刘玉海 肖婧悦；原发媒体未注明）", "2023", "year",
  "Relayed county-level item, Shandong: the provincial commerce and science departments' 2022 ranking of 160 zones — a county-level zone's overall rank and rise, two indicator ranks, its place in a think tank's top-100 list, parks it plans to build",
  "http://m.baike.mjlong.com/news/12-82961.html",
  "存段无日期行；文中“对2022年山东省开发区综合发展水平评价情况进行了通报”“在去年年底发布的《中国省级开发区高质量发展报告2022》”，故发布年为2023（year）。标题照录；正文中重复的标题行（图片说明位置）与“(责任编辑:AK007)”已删；署名“(通讯员 刘玉海 肖婧悦)”保留。正文四段加署名，完整。园区：荣成经济开发区（荣成市，威海代管，山东；市名按园区名推定）。事实：160家中第79位、较上年度提升42位；机电出口总额及占比第3位、进出口总额及增长率第19位（可选）；省级开发区高质量发展百强第82位。电子信息配套产业园等三园为计划加快建设的园区，列可选园区（母园区由语境推定）。",
  "la02"),
 parks=[
  park(RC, "威海", "山东", "经济开发区", B0, district="荣成市"),
  park("电子信息配套产业园", "威海", "山东", "产业园", B2, district="荣成市", parent=RC, opt=True, note="加快建设中；母园区由语境推定"),
  park("海洋生物食品产业园", "威海", "山东", "产业园", B2, district="荣成市", parent=RC, opt=True, note="同上"),
  park("新材料与智能制造产业园", "威海", "山东", "产业园", B2, district="荣成市", parent=RC, opt=True, note="同上"),
 ],
 companies=[],
 institutions=[
  inst("省商务厅", "近日,省商务厅、科技厅对2022年山东省开发区综合发展水平评价情况进行了通报", note="山东省商务厅（文中简称）"),
  inst("科技厅", "近日,省商务厅、科技厅对2022年山东省开发区综合发展水平评价情况进行了通报", note="山东省科技厅（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(RC, "park", "provincial_assessment_rank", 79, "rank", B0, AS2),
  fact(RC, "park", "provincial_assessment_rank_change", 42, "ranks", B0, AS2, opt=True, note="较上年度提升42个位次"),
  fact("山东省", "region", "zones_evaluated", 160, "count", "荣成经济开发区在160家省级以上开发区中排名第79位", AS2, opt=True),
  fact(RC, "park", "indicator_rank_electromechanical_exports", 3, "rank", B1, AS2, opt=True),
  fact(RC, "park", "indicator_rank_trade", 19, "rank", B1, AS2, opt=True),
  fact(RC, "park", "top100_provincial_zones_rank", 82, "rank", "荣成经济开发区入选了“2022年中国省级开发区高质量发展百强榜单”,位列第82位", "2022年（《中国省级开发区高质量发展报告2022》）"),
 ])

# ---------------------------------------------------------------- la03 皖北 考评结果公示 (安徽省发改委 2022)
C0 = "现将考评结果予以公示"
ROWS1 = [("安徽宿州高新技术产业开发区", "宿州", "1 安徽宿州高新技术产业开发区 第一档", "第一档"),
         ("安徽濉溪经济开发区", "淮北", "2 安徽濉溪经济开发区", None),
         ("蚌埠高新技术产业开发区", "蚌埠", "3 蚌埠高新技术产业开发区 第二档", "第二档"),
         ("安徽亳州高新技术产业开发区", "亳州", "4 安徽亳州高新技术产业开发区", None),
         ("安徽淮南高新技术产业开发区", "淮南", "5 安徽淮南高新技术产业开发区", None),
         ("安徽凤阳经济开发区", "滁州", "6 安徽凤阳经济开发区", None),
         ("阜阳合肥现代产业园区", "阜阳", "7 阜阳合肥现代产业园区 第三档", "第三档"),
         ("安徽霍邱经济开发区", "六安", "8 安徽霍邱经济开发区", None)]
ROWS2 = [("安徽阜阳界首高新技术产业开发区", "阜阳", "1 安徽阜阳界首高新技术产业开发区 第一档", "第一档"),
         ("安徽蒙城经济开发区", "亳州", "2 安徽蒙城经济开发区", None),
         ("安徽淮北高新技术产业开发区", "淮北", "3 安徽淮北高新技术产业开发区", None),
         ("安徽太和经济开发区", "阜阳", "4 安徽太和经济开发区", None),
         ("宿州马鞍山现代产业园区", "宿州", "5 宿州马鞍山现代产业园区", None),
         ("安徽亳州谯城经济开发区", "亳州", "6 安徽亳州谯城经济开发区", None),
         ("安徽颍上经济开发区", "阜阳", "7 安徽颍上经济开发区", None),
         ("安徽蚌埠经济开发区", "蚌埠", "8 安徽蚌埠经济开发区", None),
         ("安徽明光经济开发区", "滁州", "9 安徽明光经济开发区", None),
         ("安徽阜南经济开发区", "阜阳", "10 安徽阜南经济开发区 第二档", "第二档"),
         ("安徽涡阳经济开发区", "亳州", "11 安徽涡阳经济开发区", None),
         ("安徽萧县经济开发区", "宿州", "12 安徽萧县经济开发区", None),
         ("安徽宿州经济开发区", "宿州", "13 安徽宿州经济开发区", None),
         ("安徽淮南经济技术开发区", "淮南", "14 安徽淮南经济技术开发区", None),
         ("安徽蚌埠淮上经济开发区", "蚌埠", "15 安徽蚌埠淮上经济开发区", None),
         ("亳州芜湖现代产业园区", "亳州", "16 亳州芜湖现代产业园区", None),
         ("安徽砀山经济开发区", "宿州", "17 安徽砀山经济开发区", None)]
def _kind(n):
    for k in ("高新技术产业开发区", "经济技术开发区", "经济开发区", "现代产业园区"):
        if n.endswith(k):
            return k
_P3, _F3 = [], []
for grp, rows, as_of in (("“6+2”试验区", ROWS1, "2021年度皖北承接产业转移集聚区考评（“6+2”试验区）"),
                         ("36个开发区", ROWS2, "2021年度皖北承接产业转移集聚区考评（36个开发区）")):
    for i, (n, city, ev, tier) in enumerate(rows, 1):
        _P3.append(park(n, city, "安徽", _kind(n), ev, note="市名按园区名推定；考评组别：" + grp))
        _F3.append(fact(n, "park", "wanbei_assessment_rank", i, "rank", ev, as_of,
                        note=("分档：" + tier + "（表中该档首行）") if tier else "分档单元格在此行未写出"))
G["la03"] = dict(
 article=art("关于2021年度皖北承接产业转移集聚区和南北合作共建园区考评结果的公示", "安徽省发展和改革委员会（省加快皖北地区发展领导小组办公室），载于 ahchanye.com（“申报通知”栏）", "2022-04-26", "day",
  "Provincial development commission's public notice relayed by an industry-policy portal, Anhui: 2021 assessment of the zones taking industry transfer in northern Anhui — the ranked table of the 8 pilot zones and of the first 17 of 36 zones, with tiers",
  "https://www.ahchanye.com/zc/13521.html",
  "日期取页面“发布于:2022-04-26”（公示期2022年4月26日至5月5日）。标题照录；“申报通知 (6239) 发布于…来自:安徽省发展和改革委员会”行与“链通高新”已删。表格每行一段，照录。**截断**：存段在第二表第18行“18 安徽阜阳经”处中断，该残行删去；正文止于第17行“17 安徽砀山经济开发区”，其后各行（第18–36名及南北合作共建园区表）存段没有。园区25个按表照录，市名按园区名推定（非原文）。事实：各园区在所属组别中的排序（wanbei_assessment_rank）；分档只在各档首行写出（合并单元格），其余行 note 注明。考评对象数（8个试验区、36个开发区、10个共建园区）列可选事实。",
  "la03"),
 parks=_P3,
 companies=[],
 institutions=[
  inst("省加快皖北地区发展领导小组办公室", "省加快皖北地区发展领导小组办公室会同考评小组成员单位开展了2021年度皖北承接产业转移集聚区", note="考评组织者"),
  inst("省发展改革委", "请于公示期内向省发展改革委(省皖北办)反映", note="安徽省发展和改革委员会（文中简称）"),
 ],
 projects=[],
 aggregate_facts=_F3 + [
  fact("皖北承接产业转移集聚区", "region", "pilot_zones_evaluated", 8, "count", "2021年度皖北承接产业转移集聚区(8个试验区、36个开发区、8市中小企业贷款贴息)", "2021年度", opt=True),
  fact("皖北承接产业转移集聚区", "region", "zones_evaluated", 36, "count", "2021年度皖北承接产业转移集聚区(8个试验区、36个开发区、8市中小企业贷款贴息)", "2021年度", opt=True),
  fact("南北合作共建园区", "region", "zones_evaluated", 10, "count", "南北合作共建园区(3个市级园区、7个县级园区)", "2021年度", opt=True, note="3个市级园区、7个县级园区；其结果表存段未含"),
 ])

# ---------------------------------------------------------------- la04 省级开发区高质量发展百强 山东8个 (中广网 2022)
D0 = "分别是即墨经济开发区潍坊(寿光)高新技术产业开发区东营港经济开发区荣成经济开发区龙口经济开发区兖州工业园区邹城经济开发区高密经济开发区"
D1 = "“2022年中国省级开发区高质量发展百强榜单”山东8个园区入选(总数位列全国第四位)"
SD8 = [("即墨经济开发区", "青岛", "即墨区", "经济开发区"), ("潍坊(寿光)高新技术产业开发区", "潍坊", "寿光市", "高新技术产业开发区"),
       ("东营港经济开发区", "东营", None, "经济开发区"), ("荣成经济开发区", "威海", "荣成市", "经济开发区"),
       ("龙口经济开发区", "烟台", "龙口市", "经济开发区"), ("兖州工业园区", "济宁", "兖州区", "工业园区"),
       ("邹城经济开发区", "济宁", "邹城市", "经济开发区"), ("高密经济开发区", "潍坊", "高密市", "经济开发区")]
G["la04"] = dict(
 article=art("中国省级开发区高质量发展百强榜单发布,潍坊2地入选", "中广网（crol.cn），转自大众报业·大众日报客户端", "2022-12-28", "day",
  "National-media site relaying a provincial paper's app, Shandong: a think tank's 2022 top-100 list of provincial-level zones — Shandong's eight zones named, the evaluation's dimensions, indicators and threshold, the organisers",
  "https://www.crol.cn/news/synthesize/2022-12-28-2426.html",
  "日期取页面“发布时间:2022-12-28 15:00:00”。标题照录；“发布时间/来源:中广网/中广网移动端/分享到/回到顶部”列表行与末尾残字“(”已删；“(来源:大众报业·大众日报客户端)”保留。正文三段加来源行，完整。首段八个园区名连写、无顿号，照录。园区：八个山东省级开发区（市、区县按园区名推定）；排名由课题组（中关村协同发展投资有限公司与壹城智库）发布，非省市政府。标题“潍坊2地”指潍坊(寿光)高新区与高密经济开发区（推定，不另计）。事实：山东入选8个、数量居全国第四；百强门槛“园区规上工业总产值或园区总收入超过300亿元”为条件，不作事实。",
  "la04"),
 parks=[park(n, c, "山东", k, D0, district=d, note="2022年中国省级开发区高质量发展百强入选；市区按园区名推定") for n, c, d, k in SD8],
 companies=[
  comp("中关村协同发展投资有限公司", None, "作为国内科技园区咨询投资领军企业“中关村协同发展投资有限公司”与国内知名专业咨询机构“壹城智库”强强联合", opt=True, note="课题组发起方之一"),
 ],
 institutions=[
  inst("壹城智库", "作为国内科技园区咨询投资领军企业“中关村协同发展投资有限公司”与国内知名专业咨询机构“壹城智库”强强联合", kind="think_tank", note="课题组发起方之一"),
 ],
 projects=[],
 aggregate_facts=[
  fact("山东省", "region", "zones_in_top100_provincial_zones", 8, "count", D1, "2022年"),
  fact("山东省", "region", "top100_count_national_rank", 4, "rank", D1, "2022年", opt=True),
  fact("省级开发区高质量发展评价", "region", "indicators", 23, "count", "地区生产总值、税收总收入、“四上”企业数量、省级及以上“专精特新”企业数量等23项具体指标", "2022年", opt=True),
 ])

# ---------------------------------------------------------------- la05 新华社 2011 国家级开发区投资环境综合评价
E0 = "总指数位于前十名的国家级开发区依次是天津、苏州、广州、昆山、青岛、烟台、北京、上海漕河泾、大连、杭州"
E1 = "天津开发区连续第14次排名第一"
E2 = "到目前为止,国家级开发区已有128个。商务部将90个开发区纳入2010年综合评价,其中包括36家新升级开发区"
AS5 = "2010年国家级经济技术开发区投资环境综合评价"
TOP10 = ["天津", "苏州", "广州", "昆山", "青岛", "烟台", "北京", "上海漕河泾", "大连", "杭州"]
G["la05"] = dict(
 article=art("（无标题）商务部发布2010年国家级经济技术开发区投资环境综合评价通报", "新华社（记者顾烨），载于 zhongtushe.com", "2011-09-21", "day",
  "National news agency wire relayed by a news site, Jiangsu (Zhenjiang): the commerce ministry's 2010 investment-environment ranking of national economic-technological zones — top 10 overall, 11–20, top 10 of central, western and newly upgraded zones, counts of zones, the eight indices",
  "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/beijing/2011/0922/576235.html",
  "存段无标题、无日期行（title 为编者概括）。电头“新华社南京9月21日电”，网址 2011/0922；published 记电头日 2011-09-21。**截断**：存段末段“经过综合评价分析…其后依次为发展与效率、人力资源及社会责任、管理体制建设三个”在句中中断，整段删去；正文止于“…发展与效率指数。”，共六段。排名由商务部（中央部委）发布，非省市。文中开发区多以城市名代称（“天津、苏州…”），只有“天津开发区”写出园区名；排名事实的 subject 照录城市名（subject_type park，note 注明），不补全称，不另列园区。中部、西部及新升级开发区的前十与第11–20名不逐一记为事实。",
  "la05"),
 parks=[
  park("天津开发区", "天津", "天津", "经济技术开发区", E1, note="天津经济技术开发区（文中作“天津开发区”“天津”）"),
 ],
 companies=[],
 institutions=[
  inst("商务部", "商务部21日在江苏镇江发布2010年国家级经济技术开发区投资环境综合评价通报", note="评价发布者"),
 ],
 projects=[],
 aggregate_facts=[fact(("天津开发区" if i == 1 else n), "park", "national_investment_environment_rank", i, "rank", E0, AS5,
                       note="文中以城市名代称该地国家级开发区" + ("（天津即天津开发区）" if i == 1 else ""))
                  for i, n in enumerate(TOP10, 1)] + [
  fact("天津开发区", "park", "consecutive_first_places", 14, "count", E1, AS5),
  fact("国家级开发区", "region", "national_zones", 128, "count", E2, "2011年9月", kind="cumulative"),
  fact("国家级开发区", "region", "zones_evaluated", 90, "count", E2, AS5),
  fact("国家级开发区", "region", "newly_upgraded_zones_evaluated", 36, "count", E2, AS5, opt=True),
  fact("省级开发区", "region", "zones_upgraded_to_national", 74, "count", "2009年国务院启动省级开发区升级工作以来,先后批准74个省级开发区升级", "2009年至2011年9月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- la06 联合早报 2020 苏州工业园区四连冠
SZ = "苏州工业园区"
F0 = "苏州工业园区在国家级经开区综合发展水平前30名名单名列榜首,广州经开区和天津经开区分别排在第二和第三"
F1 = "不过,广州经开区在吸收利用外资方面名列第一,苏州工业园区则排在第八"
F2 = "这些经开区的地区生产总值(GDP)达3.6万亿元人民币(7064亿新元),占全中国219家国家级经开区的比重为37.7%"
F3 = "园区去年的新增外资项目达422个,新增注册外资为15.8亿美元(21.26亿新元),战略性新兴产业占新增项目中的近70%,外资占总部项目的60%,省级总部则占江苏全省的17%,新增上市企业14家"
AS6 = "2019年度国家级经开区综合发展水平考核评价（2020年1月17日公布）"
G["la06"] = dict(
 article=art("国家级经开区发展考评 新中苏州工业园区四连冠", "联合早报（新加坡；北京/苏州综合讯），载于 yzaobao.com", "2020-01-18", "day",
  "Singapore daily's report relayed by a mirror site: the commerce ministry's national zone ranking — 苏州工业园区 first for the fourth year, 广州 and 天津 second and third, single-item ranks, the top 30's GDP and share, the park's own figures for new foreign projects and capital",
  "http://yzaobao.com/time/20200118/66070.html",
  "日期取页面“时间:2020-01-18 09:12 内容来源:联合早报”（“商务部昨天召开新闻发布会”即2020年1月17日）。标题照录；时间来源行已删。**截断**：存段末句“另一方面,位于甘肃省的酒泉经开区因连续两年在综合发展水平排倒数五名中,”在句中中断，整段删去；正文止于“…再出新成绩。”，共九段。排名由商务部（中央部委）发布。园区：苏州工业园区（苏州，江苏）、广州经开区、天津经开区。事实：综合排名1/2/3，苏州连续四年第一；进出口总额苏州第一；吸收外资广州第一、苏州第八；前30名 GDP 3.6万亿元、占比37.7%；苏州工业园区去年新增外资项目422个、新增注册外资15.8亿美元、新增上市企业14家（园区官网新闻稿所述）。新元折算不计。",
  "la06"),
 parks=[
  park(SZ, "苏州", "江苏", "经济技术开发区", F0, note="中新合作园区；文中又作“园区”"),
  park("广州经开区", "广州", "广东", "经济技术开发区", F0),
  park("天津经开区", "天津", "天津", "经济技术开发区", F0),
 ],
 companies=[],
 institutions=[
  inst("商务部", "中国商务部昨天召开新闻发布会,公布去年度中国国家级经开区综合发展水平考核评价结果", note="评价发布者"),
  inst("商务部外资司", "商务部外资司司长宗长青在会上介绍", note="司长宗长青介绍"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SZ, "park", "national_assessment_rank", 1, "rank", F0, AS6),
  fact("广州经开区", "park", "national_assessment_rank", 2, "rank", F0, AS6),
  fact("天津经开区", "park", "national_assessment_rank", 3, "rank", F0, AS6),
  fact(SZ, "park", "consecutive_first_places", 4, "count", "在最新公布的中国国家级经开区综合发展水平考核中,连续四年位居第一", AS6),
  fact(SZ, "park", "national_rank_trade", 1, "rank", "苏州工业园区也在进出口总额方面位居榜首", AS6),
  fact("广州经开区", "park", "national_rank_fdi", 1, "rank", F1, AS6),
  fact(SZ, "park", "national_rank_fdi", 8, "rank", F1, AS6),
  fact("国家级经开区前30名", "region", "gdp_cny", 3.6e12, "cny", F2, "2018年", note="前30名合计（amt() 不读“万亿”，未加 chk；check_gold 已核）；评价数据年份推定"),
  fact("国家级经开区前30名", "region", "gdp_share_of_national_zones", 0.377, "ratio", F2, "2018年", kind="ratio"),
  fact("国家级经开区", "region", "national_zones", 219, "count", F2, "2020年1月", opt=True),
  fact(SZ, "park", "new_foreign_projects", 422, "count", F3, "2019年"),
  fact(SZ, "park", "new_registered_foreign_capital_usd", 1.58e9, "usd", F3, "2019年"),
  fact(SZ, "park", "new_listed_companies", 14, "count", F3, "2019年", opt=True),
  fact(SZ, "park", "strategic_emerging_share_of_new_projects", 0.70, "ratio", F3, "2019年", kind="ratio", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- la07 福州 省级开发区高质量发展百强 (2025)
H0 = "分别是福州高新技术产业园(福州软件园)、福建长乐经济开发区、福建福州金山工业园区、福建福清江阴经济开发区、连江经济开发区、福建罗源湾经济开发区"
H1 = "此外,福建闽侯青口汽车工业园区入围“2025中国省级开发区发展潜力百强”,位列第17"
FZ6 = [("福州高新技术产业园", ["福州软件园"], None, "高新技术产业园"), ("福建长乐经济开发区", [], "长乐区", "经济开发区"),
       ("福建福州金山工业园区", [], None, "工业园区"), ("福建福清江阴经济开发区", [], "福清市", "经济开发区"),
       ("连江经济开发区", [], "连江县", "经济开发区"), ("福建罗源湾经济开发区", [], "罗源县", "经济开发区")]
G["la07"] = dict(
 article=art("（无标题）福州6家省级开发区入围2025中国省级开发区高质量发展百强", "tazi.weishitang.cn 转载（记者 颜澜萍；原发媒体未注明）", "2025", "year",
  "Relayed city news item, Fujian: a think-tank report's 2025 top-100 list of provincial-level zones — the city's six zones named, one more than last year, a seventh zone ranked 17th on the potential list, the evaluation's dimensions and threshold",
  "http://tazi.weishitang.cn/hot/25215.html",
  "存段无标题、无日期行（title 为编者概括）；文中“中国县域/市辖区高质量发展研讨会2025”，发布年记2025（year）。末行“下一篇:罗源湾港区一工艺喜获国家发明专利”已删。正文三段，完整。排名由报告发布方（研讨会）发布，非省市政府。园区：六个入围园区（福州，福建；区县按园区名推定）与潜力百强第17位的福建闽侯青口汽车工业园区。福州高新技术产业园又作“福州软件园”（括注），记为别名。",
  "la07"),
 parks=[park(n, "福州", "福建", k, H0, district=d, aliases=al, note="2025中国省级开发区高质量发展百强入围") for n, al, d, k in FZ6] + [
  park("福建闽侯青口汽车工业园区", "福州", "福建", "工业园区", H1, district="闽侯县", note="2025中国省级开发区发展潜力百强第17位"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("福州", "region", "zones_in_top100_provincial_zones", 6, "count", "“2025中国省级开发区高质量发展百强”榜单中,福州6家省级开发区入围,较去年新增1家", "2025年"),
  fact("福州", "region", "zones_in_top100_provincial_zones_change", 1, "count", "福州6家省级开发区入围,较去年新增1家", "2025年", opt=True),
  fact("福建闽侯青口汽车工业园区", "park", "potential_top100_rank", 17, "rank", H1, "2025年"),
  fact("省级开发区高质量发展评价", "region", "indicators", 18, "count", "单位土地GDP产出强度等18项核心指标", "2025年", opt=True),
 ])

# ---------------------------------------------------------------- la08 四川首次进行开发区评价 (新华社 via 广元日报 2020)
K0 = "四川省发展和改革委员会日前首次对四川143个开发区进行评价,其中29个优秀开发区每平方公里土地能吸引到420万美元外资,产生9800万美元进出口额"
K1 = "四川共有143个开发区,其中国家级开发区22个"
K2 = "2019年,四川省143个开发区以约占全省千分之三的国土面积,引进到位国内省外资金总量6381亿元、实现进出口总额852亿美元、实际到位外资总额39.6亿美元"
K3 = "贡献了四川全省约80%的进出口额、70%的规模以上工业企业数、40%的利用外资额和30%的固定资产投资额"
SC = "四川省开发区"
G["la08"] = dict(
 article=art("四川首次进行开发区评价", "新华社（记者谢佼），载于广元日报，经 yybnet.net（地方网）", "2020-08-03", "day",
  "National news agency wire in a city daily relayed by a regional portal, Sichuan: the provincial development commission's first evaluation of 143 zones — 29 rated excellent with per-km² foreign investment and trade, the number of national zones, the zones' 2019 totals and shares of the province",
  "http://www.yybnet.net/sichuan/news/202008/10726291.html",
  "日期取页面“来源:广元日报 2020-08-03 00:55”（电头“新华社成都8月2日电”）。标题照录；城市导航、位置行、来源行及“新闻推荐”以下已删。正文三段，完整。评价由四川省发展和改革委员会发布；文中未点名任何开发区，故无园区。事实 subject 记“四川省开发区”（region）：143个、国家级22个、优秀29个；优秀开发区每平方公里外资420万美元、进出口9800万美元；2019年国内省外资金6381亿元、进出口852亿美元、实际到位外资39.6亿美元；占全省比重约80%/70%/40%/30%（“约”只修饰首项，其余比重 qualifier 记 null）。",
  "la08"),
 parks=[],
 companies=[],
 institutions=[
  inst("四川省发展和改革委员会", K0, note="评价组织者；副主任邢涛介绍"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SC, "region", "zones_evaluated", 143, "count", K0, "2020年（首次评价，2019年数据）"),
  fact(SC, "region", "zones_rated_excellent", 29, "count", K0, "2020年（首次评价）"),
  fact(SC, "region", "national_zones", 22, "count", K1, "2020年"),
  fact("四川省优秀开发区", "region", "fdi_per_km2_usd", 4.2e6, "usd", K0, "2019年", note="29个优秀开发区每平方公里"),
  fact("四川省优秀开发区", "region", "trade_per_km2_usd", 9.8e7, "usd", K0, "2019年", note="29个优秀开发区每平方公里进出口额"),
  fact(SC, "region", "domestic_capital_introduced_cny", 6.381e11, "cny", K2, "2019年", chk=True, note="引进到位国内省外资金"),
  fact(SC, "region", "trade_usd", 8.52e10, "usd", K2, "2019年"),
  fact(SC, "region", "actual_fdi_usd", 3.96e9, "usd", K2, "2019年"),
  fact(SC, "region", "share_of_province_trade", 0.80, "ratio", K3, "2019年", kind="ratio", qual="约", qtext="约"),
  fact(SC, "region", "share_of_province_industrial_firms", 0.70, "ratio", K3, "2019年", kind="ratio", opt=True),
  fact(SC, "region", "share_of_province_fdi", 0.40, "ratio", K3, "2019年", kind="ratio", opt=True),
  fact(SC, "region", "share_of_province_fixed_asset_investment", 0.30, "ratio", K3, "2019年", kind="ratio", opt=True),
 ])
