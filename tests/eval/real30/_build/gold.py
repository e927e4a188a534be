# real30 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there; real28's build_all.py)
# Conventions as real28: evidence verbatim; investment_cny from investment_text; 逾/超过/以上 → 超, 余/多 → 余, 约 → 约
# (qualifier_text keeps the source word; 近 is kept only in qualifier_text). *_cny fact evidence starts with the amount meant.

G["i01"] = dict(
 article=art("（无标题）灵川县10月份新项目集中开工", "灵川县地方报（本报讯 记者黄柏秀 文欢 莫保义 郭丽洁；报名未存），见于 code 语料中一 Java 测试文件内的新闻语料串", "2017-10", "month",
  "county paper item on a county's mass project start (four projects, one in an industrial park's machinery sub-park) with per-project investment, area and expected output, plus eleven projects completed that month",
  None,
  "来源为 search 工具 code 语料 read_file id 25617813879（一 Java 地名识别测试类，String Text 中串接了若干灵川县新闻；索引未给出仓库与路径）。页面未存标题（title 为编者概括）。日期：事件为2017年10月16日（文中“迎接……十九大胜利召开”，同串前一条报道写10月18日十九大开幕），发表日期只能定到2017年10月。已删：文末四条“▲”图片说明。天海项目“年创利税1000多万元”、天海公司产值“600多万元提高到7000多万元”、税收“400多万元”未记为事实（“数字+多+万元”式金额，校验脚本无法解析）。八里街工业园区机械装备制造产业园只是立大项目的开工地点；其余三项未置于园区。立大公司文中两称（广西立大节能玻璃有限公司 / 广西立大节能玻璃幕墙有限责任公司），作别名。集中开工 → 开工；“在10月竣工项目” → 竣工。",
  "i01", title_note="no headline stored; title made from the lead"),
 parks=[
  park("八里街工业园区", "桂林", "广西", "工业园区（县级）", "在八里街工业园区机械装备制造产业园举行开工庆典仪式", district="灵川县"),
  park("机械装备制造产业园", "桂林", "广西", "产业园（园中园）", "在八里街工业园区机械装备制造产业园举行开工庆典仪式", district="灵川县", parent="八里街工业园区"),
  park("桂林高铁经济产业园", "桂林", "广西", "产业园", "同时也为桂林高铁经济产业园和新区市政道路建设提供便利的交通条件", opt=True, note="仅作为灵青东路受益方顺带提及"),
 ],
 companies=[
  comp("桂林天海塑业有限公司", None, "桂林天海塑业有限公司落户灵川已有12年", note="文中只说“位于我县境内”，未置于园区"),
  comp("广西立大节能玻璃幕墙有限责任公司", "机械装备制造产业园", "在八里街工业园区机械装备制造产业园举行开工庆典仪式的广西立大节能玻璃幕墙有限责任公司", aliases=["广西立大节能玻璃有限公司"], note="第二段作“广西立大节能玻璃有限公司”"),
  comp("桂林(灵川)天湖水利电业设备有限公司", None, "桂林(灵川)天湖水利电业设备有限公司新建年产10000台变压器项目", opt=True),
  comp("宝鸿公司", None, "宝鸿公司标准厂房建设", opt=True),
  comp("桂林独秀水泥总厂", None, "桂林独秀水泥总厂棚户区危旧房改造片区配套基础设施(灵青东路)项目", opt=True, note="只作项目名的一部分（棚户区所在）"),
 ],
 projects=[
  proj("圆织成套生产线智能化升级扩能项目", None, "正在实施的“圆织成套生产线智能化升级扩能项目”项目总投资1.11亿元", companies=["桂林天海塑业有限公司"], inv="1.11亿元", status="开工", status_text="10月份新项目集中开工仪式", aliases=["桂林天海塑业有限公司圆织成套生产线智能化升级扩能项目"], note="占地42.99亩，分两期建设"),
  proj("高新技术遮阳节能玻璃及节能幕墙门窗生产项目", "机械装备制造产业园", "广西立大节能玻璃幕墙有限责任公司高新技术遮阳节能玻璃及节能幕墙门窗生产项目占地53亩，计划总投资1.08亿元", companies=["广西立大节能玻璃幕墙有限责任公司"], inv="1.08亿元", status="开工", status_text="在八里街工业园区机械装备制造产业园举行开工庆典仪式", aliases=["高新技术遮阳节能玻璃及节能门窗生产项目"], note="第二段作“高新技术遮阳节能玻璃及节能门窗生产项目”"),
  proj("桂林独秀水泥总厂棚户区危旧房改造片区配套基础设施(灵青东路)项目", None, "桂林独秀水泥总厂棚户区危旧房改造片区配套基础设施(灵青东路)项目总投资1.9亿元", inv="1.9亿元", status="开工", status_text="集中开工", aliases=["灵青东路项目"], note="道路基础设施"),
  proj("灵川县社会福利综合服务中心(一期)老年养护楼项目", None, "总投资约2999.98万元", inv="2999.98万元", qual="约", status="开工", status_text="集中开工", aliases=["潭下镇社会福利院"], note="文中作“灵川县社会福利综合服务中心(一期)老年养护楼项目工程”；民生项目", phase="一期"),
  proj("新建年产10000台变压器项目", None, "桂林(灵川)天湖水利电业设备有限公司新建年产10000台变压器项目", companies=["桂林(灵川)天湖水利电业设备有限公司"], status="竣工", status_text="在10月竣工项目共11项", opt=True),
  proj("宝鸿公司标准厂房建设", None, "宝鸿公司标准厂房建设", companies=["宝鸿公司"], status="竣工", status_text="在10月竣工项目共11项", opt=True),
 ],
 aggregate_facts=[
  fact("灵川县10月份集中开工项目", "region", "projects_started", 4, "count", "4大项目同天分别在各项目地举行开工仪式", "2017年10月16日"),
  fact("灵川县10月份集中开工项目", "region", "total_investment_cny", None, "cny", "项目总投资4.69亿元", "2017年10月16日"),
  fact("灵川县10月竣工项目", "region", "projects_completed", 11, "count", "在10月竣工项目共11项", "2017年10月"),
  fact("灵川县10月竣工项目", "region", "total_investment_cny", None, "cny", "总投资达12.89亿元", "2017年10月"),
  fact("圆织成套生产线智能化升级扩能项目", "project", "expected_output_value_cny", None, "cny", "建成后年总产值可达1.29亿元", "建成后", kind="target"),
  fact("圆织成套生产线智能化升级扩能项目", "project", "new_jobs", 200, "persons", "新增就业人员200余人", "建成后", kind="target", qual="余", qtext="余", opt=True),
  fact("高新技术遮阳节能玻璃及节能幕墙门窗生产项目", "project", "expected_output_value_cny", None, "cny", "可实现年产值近2亿元", "建成后", kind="target", qtext="近"),
  fact("高新技术遮阳节能玻璃及节能幕墙门窗生产项目", "project", "expected_tax_cny", None, "cny", "年上缴税收500万元以上", "建成后", kind="target", qual="超", qtext="以上", opt=True),
  fact("高新技术遮阳节能玻璃及节能幕墙门窗生产项目", "project", "new_jobs", 400, "persons", "可促进就业400人以上", "建成后", kind="target", qual="超", qtext="以上", opt=True),
 ])

G["i02"] = dict(
 article=art("全省区域中心城市热议省委十一届七次全会精神 借势借力 深化与成渝双核协作配套", "四川日报（记者 祖明远 余如波 魏冯王博尔 王吉南 蒲南溪 袁城霖），转载于四川党建网 CMS 数据库导出（code 语料）", "2020-07-16", "day",
  "provincial daily round-up of regional-centre cities' reactions to a party plenum: park platforms to be set up or upgraded (a Sichuan–Chongqing cooperation zone, a national high-tech zone, a bonded logistics centre), three large projects with investments and stages",
  None,
  "来源为 search 工具 code 语料 read_file id 29511858281（四川党建网 scdjcenter 库的 Navicat 导出，2020-07-29；索引未给出仓库与路径）。标题、来源“四川日报”、发布时间取 article 表该行（createdate 1594828800 = 2020-07-16 北京时间）。正文按 <div> 分段，未删改；结尾为记者署名。川渝合作（达州·大竹）示范园区为拟设（“设立……”为引语中的计划）；恒力（泸州）产业园“正加紧施工” → 在建；京东西南智能运营结算中心“施工正抓紧收尾，预计8月投产运营” → 在建；达州通川区现代生物医药产业园“已计划投资30亿元” → planned。",
  "i02"),
 parks=[
  park("川渝合作（达州·大竹）示范园区", "达州", "四川", "合作示范园区（拟设）", "设立川渝合作（达州·大竹）示范园区，重点承接重庆电子信息、智能终端等产业转移、延链配套", district="大竹县", note="引语中的计划"),
  park("恒力（泸州）产业园", "泸州", "四川", "产业园（企业园区）", "总投资200亿元的恒力（泸州）产业园正加紧施工", note="同时作为项目记录"),
  park("泸州国家高新区", "泸州", "四川", "高新技术产业开发区（国家级）", "为争创区域中心城市提供新动能，泸州国家高新区将提升园区承载能力作为当务之急"),
  park("四川自贸区南充协同改革试验区", "南充", "四川", "自贸试验区协同改革先行区", "目前正加快建设推进四川自贸区南充协同改革试验区", opt=True),
  park("保税物流中心（B型）", "南充", "四川", "保税物流中心（B型）", "保税物流中心（B型）9月将通过审批", opt=True, note="南充的，尚待审批"),
  park("现代生物医药产业园", "达州", "四川", "产业园", "来自重庆的企业已计划投资30亿元在达州市通川区建设现代生物医药产业园", district="通川区", note="计划建设；同时作为项目记录"),
 ],
 companies=[
  comp("恒力集团有限公司", "恒力（泸州）产业园", "恒力集团有限公司副总经理王茂凯说", aliases=["恒力集团"]),
  comp("长安汽车", None, "开启在长安汽车为期半年的实习之旅", opt=True, note="实习单位，非园区企业"),
 ],
 institutions=[
  inst("泸州国家高新区管委会", "泸州国家高新区管委会副主任熊正彪说", park="泸州国家高新区"),
  inst("四川工业科技学院", "四川工业科技学院、德阳安装技师学院123名汽车相关专业学子赴渝", kind="university"),
  inst("德阳安装技师学院", "四川工业科技学院、德阳安装技师学院123名汽车相关专业学子赴渝", kind="school"),
 ],
 projects=[
  proj("京东西南智能运营结算中心项目", None, "在这个总投资135亿元的项目背后蕴含的", inv="135亿元", status="在建", status_text="施工正抓紧收尾，预计8月投产运营", note="位于德阳广汉市；文中未置于园区"),
  proj("恒力（泸州）产业园", "恒力（泸州）产业园", "总投资200亿元的恒力（泸州）产业园正加紧施工", companies=["恒力集团有限公司"], inv="200亿元", status="在建", status_text="正加紧施工"),
  proj("现代生物医药产业园", "现代生物医药产业园", "来自重庆的企业已计划投资30亿元在达州市通川区建设现代生物医药产业园", inv="30亿元", status="planned", status_text="已计划投资", note="投资方只称“来自重庆的企业”"),
 ],
 aggregate_facts=[
  fact("德阳市", "region", "vocational_schools_count", 29, "count", "德阳拥有29家职业院校", "2020年7月", opt=True),
  fact("岷江高等级航道", "project", "length_km", 162, "km", "可让长江黄金水道向成都平原经济区腹地延伸162公里", "建成后", kind="target", opt=True),
 ])
