# real41 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real40: evidence verbatim (every text here is simplified script, as published); names as written in
# the text; 逾/超过/超/以上/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); US dollars in *_usd facts (unit usd); amounts
# in 元 without 万/亿 (zk09 “4000元”) use the suffix _yuan (unit cny), since check_gold reads only 万元/亿元 amounts.
# Growth rates, shares and declines as ratios (zk06 “下降38.15%” → -0.3815).
# City: filled where the text (or the park's own name) names the prefecture-level city; null where it does not (zk04 names
# only 东胜区, zk09 only “我市”); province filled from the city, the park's name or the outlet where the text omits it.
# Projects: the park is the one the text places the project in. Status from the text's words (落户 → 签约, 开工建设 → 开工,
# 投产 / 小批量生产 → 投产, 建设全速推进 / 安装调试 → 在建, 力促…开工建设 → planned).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zkNN.raw as returned.

# ---------------------------------------------------------------- zk01 兰州新区 108 个项目 (甘肃), 人民网 2021
LZ = "兰州新区"
LZB = "兰州新区（此次集中开工项目）"
LZI = "兰州新区（当天集中开工的产业项目）"
LZ10 = "兰州新区（10亿元以上项目）"
L0 = "当日,兰州新区分会场集中开工项目共108个,总投资668亿元"
L1 = "兰州新区当天集中开工项目中,产业项目58个,总投资388亿元"
L2 = ("另外,10亿元以上项目共19个,包括投资180亿元的专精特新化工产业园孵化基地、投资35亿元的城市矿产循环产业园、"
      "投资12亿元的国家西北区域应急救援中心等")
L3 = "这些项目全部建成后,预计实现年产值3000亿元,贡献税收300亿元以上"
L4 = "围绕 “3个千亿级、3个五百亿级、5个百亿级”产业"


def lz_proj(n, inv, note=None):
    return proj(n, LZ, L2, inv=inv, status="开工", status_text="集中开工",
                note=(note + "；" if note else "") + "19个10亿元以上项目之一，属兰州新区分会场当天集中开工的108个项目")


G["zk01"] = dict(
 article=art("兰州新区108个项目集中开工 总投资668亿元", "人民网（人民网兰州3月17日电 高翔），载于中国甘肃网 gansu.gscn.com.cn", "2021-03-18", "day",
  "National party paper's website item (on a provincial news portal): a state-level new area's share of the province's groundbreaking day — 108 projects and their total, industrial projects and subtotal, projects over 1bn with three named ones and amounts, expected output and tax, the area's industry targets",
  "http://gansu.gscn.com.cn/system/2021/03/18/012559283.shtml",
  "日期取网址 2021/03/18（电头“人民网兰州3月17日电”，动员大会在3月16日下午）。页首标题下的“原标题:…”（与标题同）与文末“相关新闻”四条已删。正文三段，完整；第三段“围绕 “3个千亿级…”中引号前的空格照录。兰州新区为国家级新区（列为园区，同 real6 u07），city 兰州，省份甘肃。三个具名项目都在“10亿元以上项目共19个”之中，属兰州新区分会场当天集中开工的108个项目，状态记开工、园区记兰州新区；“城市矿产循环产业园”名带“产业园”，另列为可选园区（parent 兰州新区）。“这些项目全部建成后”的年产值与税收紧接19个项目的列举，所指是当天全部开工项目还是19个大项目文中不明，主语记“兰州新区（此次集中开工项目）”（判断）。“3个千亿级、3个五百亿级、5个百亿级”产业为目标，可选。本报道讲的3月16日开工日只在 real6 u07（7月的另一批）中作为背景句出现，非同一报道（见 notes）。",
  "zk01"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", L0, note="文中又作“新区”（“国家级新区”）"),
  park("城市矿产循环产业园", "兰州", "甘肃", "产业园（项目）", L2, parent=LZ, opt=True, note="只作“投资35亿元的城市矿产循环产业园”（项目）出现"),
 ],
 projects=[
  lz_proj("专精特新化工产业园孵化基地", "投资180亿元"),
  lz_proj("城市矿产循环产业园", "投资35亿元"),
  lz_proj("国家西北区域应急救援中心", "投资12亿元"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "projects_started", 108, "count", L0, "2021年3月16日"),
  fact(LZ, "park", "projects_started_investment_cny", 6.68e10, "cny", "总投资668亿元", "2021年3月16日"),
  fact(LZI, "park_group", "projects", 58, "count", L1, "2021年3月16日"),
  fact(LZI, "park_group", "investment_cny", 3.88e10, "cny", "总投资388亿元", "2021年3月16日"),
  fact(LZ10, "park_group", "projects", 19, "count", "10亿元以上项目共19个", "2021年3月16日"),
  fact(LZB, "park_group", "expected_annual_output_cny", 3e11, "cny", "预计实现年产值3000亿元", "全部建成后（预计）", kind="target",
       note="“这些项目”所指（当天全部或19个大项目）不明"),
  fact(LZB, "park_group", "expected_annual_tax_cny", 3e10, "cny", "贡献税收300亿元以上", "全部建成后（预计）", kind="target",
       qual="超", qtext="以上"),
  fact(LZ, "park", "target_industries_100bn_level", 3, "count", L4, "目标", kind="target", opt=True,
       note="“3个千亿级、3个五百亿级、5个百亿级”产业"),
  fact(LZ, "park", "target_industries_10bn_level", 5, "count", L4, "目标", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zk02 兰州新区 出城入园 (甘肃), 鑫报 2013
C0 = "今年新区将积极做好协调服务工作,力争前两季度,10个出城入园项目在新区开工建设"
C1 = ("力促陇星新能源及装备制造产业园、兰州水泵总厂、兰州轻工机械日化制造设备、和盛堂高新技术产业化示范工程等5个项目,"
      "在3、4月份开工建设")
C2 = "国家级阀门产业科技园、纵横石化润滑油生产厂、兰驼农业工程机械工业园等5个项目,5、6月份开工建设"
C3 = "同时,力争兰石、兰通、兰飞、甘肃农垦等项目年内开工建设"


def cr_proj(n, ev, st, opt=False, companies=(), note=None):
    return proj(n, LZ, ev, companies=companies, status="planned", status_text=st, opt=opt,
                note=(note + "；" if note else "") + "出城入园项目，计划在兰州新区开工建设；金额文中未给")


G["zk02"] = dict(
 article=art("（无标题）兰州新区力争前两季度10个出城入园项目开工建设", "鑫报（鑫报讯），载于大西北网 sjnk.dxbei.com", "2013-03-04", "day",
  "City paper's short item (on a regional portal): a state-level new area plans the first-half starts of enterprises moving out of the city into the area — ten relocation projects named by month of planned start, and four more firms' projects within the year",
  "http://sjnk.dxbei.com/n/20130304/58073.html",
  "日期取网址 20130304（正文“近日”“今年”）。存段无标题（title 为编者概括），正文两段，完整，无删改。兰州新区文中又作“新区”，city 兰州、省份甘肃。“出城入园”即兰州城区企业迁入新区；所列项目都是“力促…开工建设”“力争…开工建设”的计划，状态记 planned，园区记兰州新区（“在新区开工建设”）。“兰州水泵总厂”以企业名称项目：列为公司（园区兰州新区），同名项目可选；“兰石、兰通、兰飞、甘肃农垦等项目”同样以企业简称称项目，公司与项目都列为可选。名称带“产业园/科技园/工业园”的三个项目另列为可选园区（parent 兰州新区）。两组“5个项目”与“10个”为计划数。",
  "zk02", title_note="no headline stored; title made from the lead"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", "今年,兰州新区将积极做好协调服务", note="文中作“兰州新区”“新区”"),
  park("陇星新能源及装备制造产业园", "兰州", "甘肃", "产业园（项目）", C1, parent=LZ, opt=True, note="出城入园项目名"),
  park("国家级阀门产业科技园", "兰州", "甘肃", "产业科技园（项目）", C2, parent=LZ, opt=True, note="出城入园项目名"),
  park("兰驼农业工程机械工业园", "兰州", "甘肃", "工业园（项目）", C2, parent=LZ, opt=True, note="出城入园项目名"),
 ],
 companies=[
  comp("兰州水泵总厂", LZ, C1, note="以企业名称称之的出城入园项目；迁入兰州新区（计划）"),
  comp("兰石", LZ, C3, opt=True, note="企业简称，以之称项目"),
  comp("兰通", LZ, C3, opt=True, note="企业简称，以之称项目"),
  comp("兰飞", LZ, C3, opt=True, note="企业简称，以之称项目"),
  comp("甘肃农垦", LZ, C3, opt=True, note="企业简称，以之称项目"),
 ],
 institutions=[
  inst("兰州新区管委会", "记者从兰州新区管委会了解到", park=LZ),
 ],
 projects=[
  cr_proj("陇星新能源及装备制造产业园", C1, "力促…在3、4月份开工建设"),
  cr_proj("兰州水泵总厂", C1, "力促…在3、4月份开工建设", opt=True, companies=["兰州水泵总厂"], note="以企业名称称之"),
  cr_proj("兰州轻工机械日化制造设备", C1, "力促…在3、4月份开工建设"),
  cr_proj("和盛堂高新技术产业化示范工程", C1, "力促…在3、4月份开工建设"),
  cr_proj("国家级阀门产业科技园", C2, "5、6月份开工建设"),
  cr_proj("纵横石化润滑油生产厂", C2, "5、6月份开工建设"),
  cr_proj("兰驼农业工程机械工业园", C2, "5、6月份开工建设"),
  cr_proj("兰石", C3, "力争…年内开工建设", opt=True, companies=["兰石"], note="以企业简称称之"),
  cr_proj("兰通", C3, "力争…年内开工建设", opt=True, companies=["兰通"], note="以企业简称称之"),
  cr_proj("兰飞", C3, "力争…年内开工建设", opt=True, companies=["兰飞"], note="以企业简称称之"),
  cr_proj("甘肃农垦", C3, "力争…年内开工建设", opt=True, companies=["甘肃农垦"], note="以企业简称称之"),
 ],
 aggregate_facts=[
  fact("兰州新区（出城入园项目）", "park_group", "target_projects_started_h1", 10, "count", C0, "2013年前两季度（目标）",
       kind="target"),
  fact("兰州新区（出城入园项目，3、4月份）", "park_group", "target_projects_started", 5, "count", C1, "2013年3、4月（计划）",
       kind="target", opt=True),
  fact("兰州新区（出城入园项目，5、6月份）", "park_group", "target_projects_started", 5, "count", C2, "2013年5、6月（计划）",
       kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zk03 蒙苏经济开发区 (内蒙古 鄂尔多斯), 鄂尔多斯新闻网 2023
MS = "鄂尔多斯蒙苏经济开发区"
M0 = "内蒙古鄂尔多斯蒙苏经济开发区成功创建为2023年度国家级绿色园区"
M1 = "是内蒙古自治区“飞地经济”的先行者"
M2 = "规划控制面积100平方公里,是内蒙古自治区一类园区"
M3 = ("园区内设以清洁能源、新材料为主导产业的江苏产业园,以煤电、煤化工为主导产业的圣圆产业园和以物流及相关延伸产业为主导的"
      "伊金霍洛物流园")
G["zk03"] = dict(
 article=art("鄂尔多斯蒙苏经济开发区被评为国家级绿色园区", "鄂尔多斯新闻网 ordosnews.com（来源:暖新闻；市融媒体中心记者 高苡渟）", "2023-11-20", "day",
  "City news site's short item: an enclave-type development zone (Inner Mongolia's “飞地经济” pioneer, hosting a Jiangsu industrial park) is named a national green park — the city's count of green parks, the zone's role, control area, class and its three component parks with their industries",
  "http://www.ordosnews.com/yaowen/2023-11/20/content_472023.html",
  "日期取页面“来源:暖新闻  编辑:郝瑞芳  发布时间:2023年11月20日08:05”（该行已删）。正文三段之间的“公示名单”（所附名单图的标题）与三处“图片”（图片占位）已删，文末“[手机扫一扫]”与页脚已删。署名行“市融媒体中心记者 高苡渟)”保留为末段，缺左括号，页面如此，照录。开发区文中作“鄂尔多斯蒙苏经济开发区”，又作“内蒙古鄂尔多斯蒙苏经济开发区”（别名）、“园区”；city 鄂尔多斯，district 伊金霍洛旗（“伊金霍洛旗转型发展的主阵地”），省份内蒙古。江苏产业园、圣圆产业园、伊金霍洛物流园为开发区内设的三个园区（parent 蒙苏经济开发区）；“江苏产业园”即承接江苏产业的飞地部分（文中只说“飞地经济”的先行者，未说两地如何共建——判断，见 note）。“规划控制面积100平方公里”为规划数（target，同 real40 zj01）。",
  "zk03"),
 parks=[
  park(MS, "鄂尔多斯", "内蒙古", "经济开发区（自治区一类园区）", M0, district="伊金霍洛旗",
       aliases=["内蒙古鄂尔多斯蒙苏经济开发区"], note="“飞地经济”的先行者；文中又作“园区”"),
  park("江苏产业园", "鄂尔多斯", "内蒙古", "园中园（清洁能源、新材料）", M3, district="伊金霍洛旗", parent=MS,
       note="开发区内设园区；名称示承接江苏产业（文中未明说共建方）"),
  park("圣圆产业园", "鄂尔多斯", "内蒙古", "园中园（煤电、煤化工）", M3, district="伊金霍洛旗", parent=MS),
  park("伊金霍洛物流园", "鄂尔多斯", "内蒙古", "园中园（物流）", M3, district="伊金霍洛旗", parent=MS),
 ],
 institutions=[
  inst("工业和信息化部办公厅", "《工业和信息化部办公厅关于开展2023年度绿色制造名单推荐工作的通知》", note="文件发文机关"),
  inst("国家工信部", "国家工信部组织专家评审", note="组织评审"),
  inst("市工信局", "经由市工信局推荐", note="鄂尔多斯市工信局，推荐"),
 ],
 aggregate_facts=[
  fact("鄂尔多斯市", "region", "national_green_parks", 4, "count", "至此,鄂尔多斯市已累计创建4个国家级绿色园区(产业园)",
       "2023年11月", kind="cumulative"),
  fact(MS, "park", "planned_control_area_km2", 100, "km2", M2, "规划", kind="target"),
  fact(MS, "park", "component_parks", 3, "count", M3, "2023年11月", opt=True, note="文中未写数字，列出三个园区"),
 ])

# ---------------------------------------------------------------- zk04 东胜经济技术开发区 (内蒙古), 鄂尔多斯史志 大事记 2003
DS = "东胜经济技术开发区"
D0 = "1 月8 日 自治区人民政府批复(内政字〔2003〕8 号)同意建立东胜经济技术开发区"
D1 = "开发区位于东胜区包神铁路以西,总规划面积18 平方公里,东西5 公里,南北3.6 公里,首期起步区规划7.2 平方公里"
D2 = ("开发区规划建设羊绒工业园区、纺织工业园区、高新技术产业园区、绿色食品加工园区、建材工业园区、包装印刷工业园区、"
      "商贸中介服务中心和行政服务区等,实现一区多园")


def ds_sub(n):
    return park(n, None, "内蒙古", "规划园区（一区多园）", D2, district="东胜区", parent=DS, opt=True,
                note="规划建设的园区类别名，未具专名")


G["zk04"] = dict(
 article=art("（无标题）2003年1月8日 自治区人民政府批复同意建立东胜经济技术开发区", "鄂尔多斯市史志网 ordos.nmgqq.com.cn（大事记，来源未填）",
  "2014-09-29", "day",
  "Local chronicle (大事记) entry on a city's history site, older prose about a 2003 event: the regional government approves an economic and technological development zone — approval number, location, total planned area and dimensions, start-up area, planned component parks",
  "http://ordos.nmgqq.com.cn/sqgl/dssm/2014-09-29/76.html",
  "页面日期取“发表时间:2014-09-29 17:33:30 来源:”（该行已删；来源空白）；所记事件为2003年1月8日（“内政字〔2003〕8 号”“2003 年开发区建设将全面启动”）。文末“上一篇:2003年 1 月8 日 / 下一篇:2003年1 月17 日”已删。存段无标题（title 为编者概括），正文一段，完整。数字与“月/日/年/号/平方公里/公里”之间的空格（“1 月8 日”“18 平方公里”）照录。正文只写“东胜区”与“自治区”，city 不填（东胜区属鄂尔多斯，文中未写），district 东胜区，省份内蒙古（依“自治区人民政府”与站点）。面积均为规划数（target）。规划建设的“羊绒工业园区”等为类别名，列为可选园区。本条为史志大事记，不是新闻报道（判断：按园区简介类登记，见 SOURCES）。",
  "zk04", title_note="no headline stored; title made from the entry"),
 parks=[
  park(DS, None, "内蒙古", "经济技术开发区（自治区批复）", D0, district="东胜区", note="文中又作“开发区”"),
  ds_sub("羊绒工业园区"), ds_sub("纺织工业园区"), ds_sub("高新技术产业园区"), ds_sub("绿色食品加工园区"),
  ds_sub("建材工业园区"), ds_sub("包装印刷工业园区"),
 ],
 institutions=[
  inst("自治区人民政府", D0, note="批复（内政字〔2003〕8 号）"),
 ],
 aggregate_facts=[
  fact(DS, "park", "planned_area_km2", 18, "km2", "总规划面积18 平方公里", "规划（2003年1月）", kind="target"),
  fact(DS, "park", "startup_area_km2", 7.2, "km2", "首期起步区规划7.2 平方公里", "规划（2003年1月）", kind="target"),
  fact(DS, "park", "planned_length_east_west_km", 5, "km", "东西5 公里", "规划（2003年1月）", kind="target", opt=True),
  fact(DS, "park", "planned_length_north_south_km", 3.6, "km", "南北3.6 公里", "规划（2003年1月）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zk05 天津开发区 2002 年工业产值 (人民日报式版面 2003)
TJ = "天津经济技术开发区"
T0 = ("本报天津1月6日电 记者陈杰报道:2002年天津经济技术开发区工业总产值首次突破千亿元,达到1030亿元,同比增长30%,"
      "其中实现高新技术产品产值618亿元,占工业总产值比重的60%")
T1 = "2002年联合国工业发展组织把天津开发区与深圳、浦东等中国6个城市和开发区一并认定为全球最有活力的区域之一"
T2 = "目前,天津开发区成立了4家风险投资公司,6个高科技创业孵化基地,11个国家和省市级的工程研究中心,科研课题经费投入达到1.1亿元"
G["zk05"] = dict(
 article=art("天津开发区工业产值逾千亿", "本报（本报天津1月6日电 记者陈杰；第1版 要闻，专栏“经济形势好 新年传佳音”；报名页面未写），载于 pltyw.com",
  "2003-01", "month",
  "National daily's page-one short item, older prose (2003): a national economic and technological development zone's 2002 industrial output passes 100bn — output and growth, high-tech output and share, a UN agency's recognition, venture firms, incubators, engineering centres, research funding",
  "https://www.pltyw.com/showinfo-87-1327075-0.html",
  "页面未写日期与报名：电头“本报天津1月6日电”，内容为2002年全年数字、专栏“新年传佳音”，故记2003年1月（precision month）；“第1版(要闻)专栏:…”的版式是日报版面库的格式，报名页面未写（outlet 记“本报”）。页首重复的标题行与“第1版(要闻)专栏:经济形势好 新年传佳音”、文末“相关文章 / 头条焦点 / 精彩导读 / 关注我们 / 【查看完整讨论话题】…”已删。正文两段，完整。园区文中作“天津经济技术开发区”，又作“天津开发区”“开发区”“全区”；city/province 天津。“首次突破千亿元”不是数字，工业总产值取“1030亿元”。浦东只作为并列认定的“城市和开发区”之一出现，列为可选园区；深圳为城市。",
  "zk05"),
 parks=[
  park(TJ, "天津", "天津", "国家级经济技术开发区", T0, aliases=["天津开发区"], note="文中又作“天津开发区”“全区”"),
  park("浦东", "上海", "上海", "新区（并列提及）", T1, opt=True, note="只作联合国工业发展组织并列认定的“城市和开发区”之一"),
 ],
 institutions=[
  inst("联合国工业发展组织", T1, kind="international", note="认定“全球最有活力的区域之一”"),
 ],
 aggregate_facts=[
  fact(TJ, "park", "industrial_output_cny", 1.03e11, "cny", "达到1030亿元", "2002年"),
  fact(TJ, "park", "industrial_output_growth", 0.30, "ratio", "达到1030亿元,同比增长30%", "2002年", kind="ratio"),
  fact(TJ, "park", "high_tech_output_cny", 6.18e10, "cny", "其中实现高新技术产品产值618亿元", "2002年"),
  fact(TJ, "park", "high_tech_output_share", 0.60, "ratio", "占工业总产值比重的60%", "2002年", kind="ratio"),
  fact(TJ, "park", "venture_capital_firms", 4, "count", "成立了4家风险投资公司", "2003年1月", kind="cumulative"),
  fact(TJ, "park", "incubators", 6, "count", "6个高科技创业孵化基地", "2003年1月", kind="cumulative"),
  fact(TJ, "park", "engineering_research_centres", 11, "count", "11个国家和省市级的工程研究中心", "2003年1月", kind="cumulative"),
  fact(TJ, "park", "research_funding_cny", 1.1e8, "cny", "科研课题经费投入达到1.1亿元", "2003年1月", kind="cumulative"),
  fact("联合国工业发展组织认定的中国城市和开发区", "region", "recognised_places", 6, "count", T1, "2002年", opt=True),
 ])

# ---------------------------------------------------------------- zk06 49 个国家级开发区上半年 (中新网 据人民日报 2004)
N49 = "49个国家级经济技术开发区"
NE = "东部沿海33家国家级开发区"
NW = "中西部16个国家级开发区"
N5 = "5个享受国家级开发区政策的区域"
A1 = ("据商务部统计,1—6月,这49个国家级开发区实现工业总产值6692.63亿元,工业增加值1839.73亿元,税收收入345.61亿元,出口额250.73亿美元,"
      "进口额265.87亿美元,合同外资金额78.94亿美元,外商实际投资53.86亿美元,分别比上年同期增长42.4%、36.8%、17.7%、57.4%、61.7%、16.5%和48.5%")
A2 = ("据统计,上半年东部沿海33家国家级开发区实现工业总产值6084.6亿元,工业增加值1664.55亿元,税收收入315.32亿元,出口247.13亿美元,"
      "进口259.65亿美元,合同外资金额72.57亿美元,外商实际投资50.32亿美元,同比分别增长42.4%、37.1%、16.2%、58%、62.6%、26.3%和50.6%")
A3 = ("今年中西部16个国家级开发区发展良好,除合同外资金额同比下降38.15%外,上半年工业总产值、工业增加值、税收收入、出口值、进口值、"
      "实际利用外资金额等各项指标同比依次增长43.1%、33.9%、35.5%、26.7%、33.5%和23.8%")
A4 = "其中工业总产值和税收收入增幅分别高于东部沿海33个国家级开发区0.74和19.33个百分点"
A5 = ("此外,苏州工业园区、厦门海沧投资区、上海金桥出口加工区、宁波大榭开发区、海南洋浦开发区等5个经国务院批准享受国家级开发区政策的区域"
      "上半年实现工业总产值1609.31亿元,工业增加值419.07亿元,税收收入92.11亿元,进出口198.35亿美元,合同外资金额25.42亿美元,"
      "实际利用外资金额14.67亿美元")
H1 = "2004年1—6月"


def g(subj, metric, value, unit, ev, kind="reported", opt=False, note=None):
    return fact(subj, "park_group", metric, value, unit, ev, H1, kind=kind, opt=opt, note=note)


def five(n, city, prov):
    return park(n, city, prov, "享受国家级开发区政策的区域", A5, note="5个经国务院批准享受国家级开发区政策的区域之一；单独数字文中未给")


G["zk06"] = dict(
 article=art("（无标题）49个国家级开发区上半年工业总产值6692.63亿元", "中新网（中新网8月10日电 据人民日报报道；署名 龚雯），chinanews.com.cn",
  "2004-08-10", "day",
  "National news site's item based on the party daily, older prose (2004): the half-year figures of the 49 national economic and technological development zones during the zone clean-up — output, value added, tax, exports, imports, contracted and actual foreign investment with growth rates, the same for the eastern 33 and the central-western 16, and the five zones with national-zone policies (named)",
  "http://chinanews.com.cn/news/2004year/2004-08-10/26/470091.shtml",
  "日期取网址 2004-08-10 与电头“中新网8月10日电”。存段无标题（title 为编者概括），正文五段，完整，无删改；与 real39 备用件 _raw/spares/chinanews_49zones2004.raw 逐字相同（diff），本集找到其网址（notes #29）。五组数字的主语为开发区群（park_group）：49个国家级经济技术开发区、东部沿海33家、中西部16个、5个享受国家级开发区政策的区域；后者五个具名园区列为园区（单独数字文中未给）。“分别/依次…增长”按顺序与指标对应；中西部16个的六个增速依次对应工业总产值、工业增加值、税收收入、出口值、进口值、实际利用外资金额，合同外资金额“下降38.15%”记 -0.3815。美元数用 _usd 后缀。“高于…0.74和19.33个百分点”是百分点差，可选。49、33、16、5 四个个数为可选事实。商务部为数据来源机构。",
  "zk06", title_note="no headline stored; title made from the lead"),
 parks=[
  five("苏州工业园区", "苏州", "江苏"), five("厦门海沧投资区", "厦门", "福建"), five("上海金桥出口加工区", "上海", "上海"),
  five("宁波大榭开发区", "宁波", "浙江"), five("海南洋浦开发区", None, "海南"),
 ],
 institutions=[
  inst("商务部", "据商务部统计", note="数据来源"),
  inst("国务院", "经国务院批准享受国家级开发区政策", note="批准"),
 ],
 aggregate_facts=[
  g(N49, "industrial_output_cny", 6.692663e11, "cny", "实现工业总产值6692.63亿元"),
  g(N49, "industrial_value_added_cny", 1.83973e11, "cny", "工业增加值1839.73亿元"),
  g(N49, "tax_revenue_cny", 3.4561e10, "cny", "税收收入345.61亿元"),
  g(N49, "exports_usd", 2.5073e10, "usd", "出口额250.73亿美元"),
  g(N49, "imports_usd", 2.6587e10, "usd", "进口额265.87亿美元"),
  g(N49, "contracted_fdi_usd", 7.894e9, "usd", "合同外资金额78.94亿美元"),
  g(N49, "actual_fdi_usd", 5.386e9, "usd", "外商实际投资53.86亿美元"),
  g(N49, "industrial_output_growth", 0.424, "ratio", A1, kind="ratio"),
  g(N49, "industrial_value_added_growth", 0.368, "ratio", A1, kind="ratio"),
  g(N49, "tax_revenue_growth", 0.177, "ratio", A1, kind="ratio"),
  g(N49, "exports_growth", 0.574, "ratio", A1, kind="ratio"),
  g(N49, "imports_growth", 0.617, "ratio", A1, kind="ratio"),
  g(N49, "contracted_fdi_growth", 0.165, "ratio", A1, kind="ratio"),
  g(N49, "actual_fdi_growth", 0.485, "ratio", A1, kind="ratio"),
  g(NE, "industrial_output_cny", 6.0846e11, "cny", "实现工业总产值6084.6亿元"),
  g(NE, "industrial_value_added_cny", 1.66455e11, "cny", "工业增加值1664.55亿元"),
  g(NE, "tax_revenue_cny", 3.1532e10, "cny", "税收收入315.32亿元"),
  g(NE, "exports_usd", 2.4713e10, "usd", "出口247.13亿美元"),
  g(NE, "imports_usd", 2.5965e10, "usd", "进口259.65亿美元"),
  g(NE, "contracted_fdi_usd", 7.257e9, "usd", "合同外资金额72.57亿美元"),
  g(NE, "actual_fdi_usd", 5.032e9, "usd", "外商实际投资50.32亿美元"),
  g(NE, "industrial_output_growth", 0.424, "ratio", A2, kind="ratio", note="与49个开发区同为42.4%"),
  g(NE, "industrial_value_added_growth", 0.371, "ratio", A2, kind="ratio"),
  g(NE, "tax_revenue_growth", 0.162, "ratio", A2, kind="ratio"),
  g(NE, "exports_growth", 0.58, "ratio", A2, kind="ratio"),
  g(NE, "imports_growth", 0.626, "ratio", A2, kind="ratio"),
  g(NE, "contracted_fdi_growth", 0.263, "ratio", A2, kind="ratio"),
  g(NE, "actual_fdi_growth", 0.506, "ratio", A2, kind="ratio"),
  g(NW, "contracted_fdi_growth", -0.3815, "ratio", "除合同外资金额同比下降38.15%外", kind="ratio", note="下降38.15%"),
  g(NW, "industrial_output_growth", 0.431, "ratio", A3, kind="ratio"),
  g(NW, "industrial_value_added_growth", 0.339, "ratio", A3, kind="ratio"),
  g(NW, "tax_revenue_growth", 0.355, "ratio", A3, kind="ratio"),
  g(NW, "exports_growth", 0.267, "ratio", A3, kind="ratio"),
  g(NW, "imports_growth", 0.335, "ratio", A3, kind="ratio"),
  g(NW, "actual_fdi_growth", 0.238, "ratio", A3, kind="ratio"),
  g(NW, "industrial_output_growth_gap_vs_east_pp", 0.74, "pp", A4, opt=True, note="百分点差"),
  g(NW, "tax_revenue_growth_gap_vs_east_pp", 19.33, "pp", A4, opt=True, note="百分点差"),
  g(N5, "industrial_output_cny", 1.60931e11, "cny", "上半年实现工业总产值1609.31亿元"),
  g(N5, "industrial_value_added_cny", 4.1907e10, "cny", "工业增加值419.07亿元"),
  g(N5, "tax_revenue_cny", 9.211e9, "cny", "税收收入92.11亿元"),
  g(N5, "trade_usd", 1.9835e10, "usd", "进出口198.35亿美元"),
  g(N5, "contracted_fdi_usd", 2.542e9, "usd", "合同外资金额25.42亿美元"),
  g(N5, "actual_fdi_usd", 1.467e9, "usd", "实际利用外资金额14.67亿美元"),
  g(N49, "zones", 49, "count", "中国49个国家级经济技术开发区积极落实宏观调控措施", opt=True),
  g(NE, "zones", 33, "count", A2, opt=True),
  g(NW, "zones", 16, "count", A3, opt=True),
  g(N5, "zones", 5, "count", A5, opt=True),
 ])

# ---------------------------------------------------------------- zk07 粤桂合作特别试验区(梧州) (广西), 广西日报 2023
YG = "粤桂合作特别试验区(梧州)"
Y0 = ("中科麦迪中医现代标准化理疗体系项目等项目相继落户,广州名加医疗器械生产项目、中顺卫生智能环保康养护理用品科技产业链项目等项目开工建设,"
      "莫桑钻研发生产项目、非金属用高精度金刚石数控刀具技术改造升级项目等项目投产")
Y1 = "该试验区围绕沐邦高科的10GW-TOPCON光伏电池生产基地项目开展“龙头+产业链”招商"
Y2 = "截至今年5月底,签约项目12个,总投资62.5亿元;1—5月招商引资到位资金71.1亿元,同比增长25%"


def yg_proj(n, st, stt, companies=(), note=None):
    return proj(n, YG, Y0 if n != "10GW-TOPCON光伏电池生产基地项目" else Y1, companies=companies, status=st, status_text=stt,
                note=(note + "；" if note else "") + "金额文中未给")


G["zk07"] = dict(
 article=art("粤桂合作特别试验区(梧州):1—5月招商资金71.1亿元", "广西日报（记者/梁乾胜 通讯员/曾燕），载于泛珠三角合作信息网 pprd.org.cn",
  "2023-06-15", "day",
  "Provincial party daily's item (on the Pan-Pearl-River cooperation portal): the Guangxi part of a zone co-built by Guangdong and Guangxi — projects landed, started and in production in the second quarter (named), chain investment promotion around a listed PV firm's project, signed projects, their total and capital in place for January–May with growth",
  "http://pprd.org.cn/zdpt/content/post_1071454.html",
  "存页无日期；同文的另一转载（news.dzwindows.com/fz/2023/0615/76888.html，notes #25）电头为“广西新闻网-广西日报梧州讯(记者 梁乾胜 通讯员 曾燕)”、网址日期2023-06-15，据此记报名广西日报、日期2023-06-15（“今年”即2023年）。本页文末“(编辑 黄练)”已删；记者署名“(记者/梁乾胜 通讯员/曾燕)”在正文末句后，照录。正文两段，完整。园区名照文作“粤桂合作特别试验区(梧州)”（两广共建的省际合作试验区的梧州部分），别名“粤桂合作特别试验区”，又作“该试验区”；city 梧州，省份广西。项目状态依文：相继落户→签约，开工建设→开工，投产→投产；沐邦高科的10GW-TOPCON光伏电池生产基地项目为招商所围绕的龙头项目，状态文中未写（null）。项目名中的企业简称（中科麦迪、广州名加、中顺卫生）列为可选公司；沐邦高科列为公司（园区：试验区）。签约项目数与总投资是截至5月底的累计，到位资金为1—5月。",
  "zk07"),
 parks=[
  park(YG, "梧州", "广西", "省际合作试验区（粤桂两省区共建）", "今年第二季度,粤桂合作特别试验区(梧州)主动出击",
       aliases=["粤桂合作特别试验区"], note="文中又作“该试验区”"),
 ],
 companies=[
  comp("沐邦高科", YG, Y1, note="龙头项目的企业"),
  comp("中科麦迪", YG, Y0, opt=True, note="只出现在项目名中"),
  comp("广州名加", YG, Y0, opt=True, note="只出现在项目名中"),
  comp("中顺卫生", YG, Y0, opt=True, note="只出现在项目名中"),
 ],
 projects=[
  yg_proj("中科麦迪中医现代标准化理疗体系项目", "签约", "相继落户", note="今年第二季度落户"),
  yg_proj("广州名加医疗器械生产项目", "开工", "开工建设"),
  yg_proj("中顺卫生智能环保康养护理用品科技产业链项目", "开工", "开工建设"),
  yg_proj("莫桑钻研发生产项目", "投产", "投产"),
  yg_proj("非金属用高精度金刚石数控刀具技术改造升级项目", "投产", "投产"),
  yg_proj("10GW-TOPCON光伏电池生产基地项目", None, None, companies=["沐邦高科"], note="招商围绕的龙头项目；状态文中未写"),
 ],
 aggregate_facts=[
  fact(YG, "park", "signed_projects", 12, "count", Y2, "截至2023年5月底", kind="cumulative"),
  fact(YG, "park", "signed_projects_investment_cny", 6.25e9, "cny", "总投资62.5亿元", "截至2023年5月底", kind="cumulative"),
  fact(YG, "park", "capital_in_place_cny", 7.11e9, "cny", "1—5月招商引资到位资金71.1亿元", "2023年1—5月"),
  fact(YG, "park", "capital_in_place_growth", 0.25, "ratio", "1—5月招商引资到位资金71.1亿元,同比增长25%", "2023年1—5月",
       kind="ratio"),
  fact("10GW-TOPCON光伏电池生产基地项目", "project", "capacity_gw", 10, "GW", Y1, "规划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zk08 芦天宝飞地产业园区 (四川 雅安), 雅安日报 2016
LT = "芦天宝飞地产业园区"
P0 = "暮春四月,芦天宝飞地产业园区内,10余个大型基础设施重建项目和20余个产业重建项目正快速推进"
P1 = "记者走进王老吉雅安生产基地的透明工厂,这个首先落户芦天宝飞地产业园区的灾后重建项目已在去年7月正式投产"
P2 = "园区另一侧,总投资12.6亿元的四川建安300万套车桥扩能项目也已投产"
P3 = "该项目建成量产后可实现年营业收入50亿元、上缴税金4亿元、提供就业岗位2000余个"
P4 = ("同样,投资逾30亿元、年产10万辆SUV越野车的中国恒天集团雅安汽车生产基地内,四大工艺车间已完成建设,厂区绿化、道路硬化工程加速推进,"
      "生产设备正抓紧安装调试")
P5 = "而掌握“超级电容”关键核心技术的新筑通工新能源汽车项目,目前已实现小批量生产"
P6 = "飞地园区共承接和引进中恒天汽车、新筑通工新能源汽车、建安工业、王老吉凉茶等大中型项目23个,计划总投资137亿元,未来可实现营业收入420亿元以上"
P7 = "2013年园区营业收入112亿元,2014年达到128亿元,至2015年已达167亿元,三年间增长了49.1%"
G["zk08"] = dict(
 article=art("（无标题）芦天宝飞地产业园区灾后重建项目陆续建成投产", "雅安日报（□徐玉婷 本报记者 游飞），载于 yybnet.net（雅安）", "2016-04", "month",
  "City daily's report from an enclave industrial park set up for three earthquake-hit counties: reconstruction projects by status — a drinks plant and an axle project in production (amount), an SUV base being equipped (amount), a new-energy bus maker in small-batch production; the park's 23 projects, planned total and revenue target; revenue 2013–2015 and growth",
  "https://yybnet.net/yaan/news/201604/5312266.html",
  "日期取网址 201604 与正文“暮春四月”（precision month）。存段无标题（title 为编者概括），始于署名行“□徐玉婷 本报记者 游飞”（保留为首段）；文末“新闻推荐”及其后另一篇的开头已删。正文五段，完整。芦天宝飞地产业园区是为芦山、宝兴、天全三个灾区县异地设立的飞地园区（文中只写园区名与“飞地园区”，三县名未写）；文中又作“飞地园区”（别名）、“园区”。city 雅安（文中“王老吉雅安生产基地”“在雅安建成”），省份四川（补填）。四个项目的园区都记芦天宝飞地产业园区；状态：王老吉雅安生产基地“正式投产”、四川建安300万套车桥扩能项目“也已投产”→投产；中国恒天集团雅安汽车生产基地“车间已完成建设…设备正抓紧安装调试”→在建；新筑通工新能源汽车项目“已实现小批量生产”→投产。23个项目名单中的简称（中恒天汽车、新筑通工新能源汽车、建安工业、王老吉凉茶）作相应项目的别名。“投资逾30亿元”记 超。营业收入三年数与增速主语为园区。",
  "zk08", title_note="no headline stored; title made from the lead"),
 parks=[
  park(LT, "雅安", "四川", "飞地产业园区（灾后重建）", P0, aliases=["飞地园区"], note="文中又作“飞地园区”“园区”"),
 ],
 companies=[
  comp("王老吉大健康产业(雅安)有限公司", LT, "王老吉大健康产业(雅安)有限公司常务副总经理乐武华说", note="王老吉雅安生产基地的企业"),
  comp("中国恒天集团", LT, P4, note="雅安汽车生产基地的投资方"),
 ],
 institutions=[
  inst("飞地园区管委会", "飞地园区管委会主任张桥介绍", park=LT),
 ],
 projects=[
  proj("王老吉雅安生产基地", LT, P1, companies=["王老吉大健康产业(雅安)有限公司"], aliases=["王老吉凉茶"], status="投产",
       status_text="已在去年7月正式投产", note="首先落户园区的灾后重建项目；金额文中未给"),
  proj("四川建安300万套车桥扩能项目", LT, P2, inv="总投资12.6亿元", aliases=["建安工业"], status="投产", status_text="也已投产"),
  proj("中国恒天集团雅安汽车生产基地", LT, P4, companies=["中国恒天集团"], inv="投资逾30亿元", qual="超", qual_text="逾",
       aliases=["中恒天汽车"], status="在建", status_text="四大工艺车间已完成建设…生产设备正抓紧安装调试", note="年产10万辆SUV越野车"),
  proj("新筑通工新能源汽车项目", LT, P5, aliases=["新筑通工新能源汽车"], status="投产", status_text="目前已实现小批量生产",
       note="金额文中未给"),
 ],
 aggregate_facts=[
  fact(LT, "park", "infrastructure_reconstruction_projects", 10, "count", P0, "2016年4月", qual="余", qtext="余"),
  fact(LT, "park", "industrial_reconstruction_projects", 20, "count", P0, "2016年4月", qual="余", qtext="余"),
  fact(LT, "park", "projects_introduced", 23, "count", P6, "2016年4月", kind="cumulative"),
  fact(LT, "park", "planned_investment_cny", 1.37e10, "cny", "计划总投资137亿元", "2016年4月", kind="cumulative"),
  fact(LT, "park", "target_revenue_cny", 4.2e10, "cny", "未来可实现营业收入420亿元以上", "未来（预计）", kind="target", qual="超",
       qtext="以上"),
  fact(LT, "park", "revenue_cny", 1.12e10, "cny", "2013年园区营业收入112亿元", "2013年"),
  fact(LT, "park", "revenue_cny", 1.28e10, "cny", "2014年达到128亿元", "2014年"),
  fact(LT, "park", "revenue_cny", 1.67e10, "cny", "至2015年已达167亿元", "2015年"),
  fact(LT, "park", "revenue_growth_2013_2015", 0.491, "ratio", P7, "2013—2015年", kind="ratio"),
  fact("四川建安300万套车桥扩能项目", "project", "expected_annual_revenue_cny", 5e9, "cny", "可实现年营业收入50亿元", "建成量产后",
       kind="target"),
  fact("四川建安300万套车桥扩能项目", "project", "expected_annual_tax_cny", 4e8, "cny", "上缴税金4亿元", "建成量产后", kind="target"),
  fact("四川建安300万套车桥扩能项目", "project", "expected_jobs", 2000, "persons", "提供就业岗位2000余个", "建成量产后",
       kind="target", qual="余", qtext="余"),
  fact("王老吉雅安生产基地", "project", "expected_annual_output_cases", 2e7, "cases", "年产预计达到2000万箱", "2016年（预计）",
       kind="target", opt=True),
  fact("中国恒天集团雅安汽车生产基地", "project", "annual_capacity_vehicles", 100000, "vehicles", "年产10万辆SUV越野车", "规划",
       kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zk09 安康 苏陕合作共建“区中园” (陕西), 安康新闻网 2019
AK = "安康市（苏陕合作共建“区中园”）"
K0 = "我市“区中园”建设工作位列全省第二"
K1 = ("2018年,我市开展“区中园”专题投资促进活动5次、引进落地项目4户、项目总投资额20亿元、引进落地企业4户,均已落地开工建设,"
      "实际到位资金1.9亿元")
K2 = ("企业与当地贫困地区结对帮扶65户、直接解决建档立卡贫困户就业人数96人,帮助贫困户人均增收4000元,"
      "间接解决建档立卡贫困户就业人数200人、帮助贫困户人均增收3500元")
G["zk09"] = dict(
 article=art("我市苏陕合作共建 “区中园”工作排名全省第二", "安康新闻网 akxw.cn（本网讯 通讯员 成英根；来源:本站原创）", "2019-04-18", "day",
  "City news site's item: a city's enclave parks co-built with a Jiangsu city under east–west poverty-alleviation cooperation rank second in the province — partners and agreement, 2018 promotion events, projects and firms landed, total investment, capital in place, households paired, jobs and income gains; parks to be added",
  "http://akxw.cn/news/ankang/aknews/361459.html",
  "日期取页面“2019-04-18  来源:本站原创”（该行与页首联系电话、投稿邮箱、面包屑“> 新闻 > 安康 > 安康”、文末“(责编:殷婷)”已删）。标题“共建”与“ “区中园”之间的空格照录。正文两段，完整；两段段末都粘着站点水印“A5P安康新闻网”，由 make_txt.py 切去（WATERMARK，已打印），此外未改一字。文中只写“我市”，“安康”只见于站名与面包屑（已删），故主语记“安康市（苏陕合作共建“区中园”）”（依站点，判断），city 不填。合作双方为安康市招商和经济合作局（文中“市招商和经济合作局”）与常州市商务局；“区中园”“飞地园区”在文中是类别名，无具名园区——列一个可选园区“区中园”以免罚。2018年数字：4个项目与4户企业同为4。人均增收“4000元”“3500元”无万/亿，用 _yuan 后缀。“新增加“区中园”2至3家”为区间目标，只记可选下限。",
  "zk09"),
 parks=[
  park("区中园", None, "陕西", "共建飞地园区（类别名）", K0, opt=True, note="苏陕合作共建“区中园”——类别名，文中无具名园区"),
 ],
 institutions=[
  inst("陕西省商务厅", "《陕西省商务厅关于2018年度苏陕扶贫共建“区中园” 建设情况的通报》", note="通报"),
  inst("市招商和经济合作局", "市招商和经济合作局高度重视", note="安康市（我市）一方"),
  inst("常州市商务局", "主动与常州市商务局签订了《关于共同推进“区中园”建设工作协议书》", note="江苏一方"),
 ],
 aggregate_facts=[
  fact(AK, "region", "province_ranking", 2, "rank", K0, "2018年度", opt=True, note="“位列全省第二”（汉字数字）"),
  fact(AK, "region", "promotion_events", 5, "count", "开展“区中园”专题投资促进活动5次", "2018年"),
  fact(AK, "region", "projects_landed", 4, "count", "引进落地项目4户", "2018年"),
  fact(AK, "region", "projects_investment_cny", 2e9, "cny", "项目总投资额20亿元", "2018年"),
  fact(AK, "region", "firms_landed", 4, "count", "引进落地企业4户", "2018年"),
  fact(AK, "region", "capital_in_place_cny", 1.9e8, "cny", "实际到位资金1.9亿元", "2018年"),
  fact(AK, "region", "households_paired", 65, "count", "企业与当地贫困地区结对帮扶65户", "2018年"),
  fact(AK, "region", "direct_jobs_poor_households", 96, "persons", "直接解决建档立卡贫困户就业人数96人", "2018年"),
  fact(AK, "region", "income_gain_per_capita_direct_yuan", 4000, "cny", "帮助贫困户人均增收4000元", "2018年"),
  fact(AK, "region", "indirect_jobs_poor_households", 200, "persons", "间接解决建档立卡贫困户就业人数200人", "2018年"),
  fact(AK, "region", "income_gain_per_capita_indirect_yuan", 3500, "cny", "帮助贫困户人均增收3500元", "2018年"),
  fact(AK, "region", "target_new_parks_min", 2, "count", "新增加“区中园”2至3家", "2019年（目标）", kind="target", opt=True,
       note="区间“2至3家”，只记下限"),
 ])

# ---------------------------------------------------------------- zk10 梧州临港经济区 一季度 (广西), 广西日报 2021
WZ = "梧州临港经济区"
W0 = "4月25日,梧州临港经济区简一大理石瓷砖生产项目建设全速推进"
W1 = "充分借助简一、建华建材等龙头项目"
W2 = "今年一季度,该园区招商引资到位资金14亿元,同比增长74%"
G["zk10"] = dict(
 article=art("梧州临港经济区 一季度招商引资同比增长74%", "广西日报（本报梧州讯 记者/梁乾胜 通讯员/阮华坚），载于 m.yybnet.net（梧州）", "2021-04-29", "day",
  "Provincial party daily's short item: a city's port-side economic zone in the first quarter — a tile maker's project under construction and what it will add, the zone's two-chain industry layout and lead projects, first-quarter capital in place and growth",
  "https://m.yybnet.net/wuzhou/news/202104/11387497.html",
  "日期取页面“广西日报 2021-04-29 07:43 大字”（该行已删）；文末“新闻推荐”与其后的推荐条目、栏目口号已删。正文三段，完整。园区文中作“梧州临港经济区”，又作“临港经济区”（别名）、“该园区”；city 梧州，省份广西。简一大理石瓷砖生产项目“建设全速推进”→在建，金额文中未给；企业简称“简一”列为公司（园区：临港经济区）。“建华建材”只作龙头项目之名，列为可选公司。“2+1”产业格局不是数量事实，未记。",
  "zk10"),
 parks=[
  park(WZ, "梧州", "广西", "经济区（园区）", W0, aliases=["临港经济区"], note="文中又作“临港经济区”“该园区”"),
 ],
 companies=[
  comp("简一", WZ, W0, note="简一大理石瓷砖生产项目的企业（简称）"),
  comp("建华建材", WZ, W1, opt=True, note="只作龙头项目名出现"),
 ],
 projects=[
  proj("简一大理石瓷砖生产项目", WZ, W0, companies=["简一"], status="在建", status_text="建设全速推进",
       note="将同步建设国家级材料实验室、校企研发中心及博士工作站；金额文中未给"),
 ],
 aggregate_facts=[
  fact(WZ, "park", "capital_in_place_cny", 1.4e9, "cny", "该园区招商引资到位资金14亿元", "2021年一季度"),
  fact(WZ, "park", "capital_in_place_growth", 0.74, "ratio", W2, "2021年一季度", kind="ratio"),
 ])
