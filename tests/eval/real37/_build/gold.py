# real37 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real36: evidence verbatim (every text here is simplified script, as published); names as written in
# the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); an amount not in digits+亿元/万元 form
# (zg01 “800多亿元”) uses the suffix _rmb (unit cny), as real35.
# Chemical parks: a park's designated sub-area (片区, 化工区块, 园中园) is a park with parent_park; a parent named only as part of
# its sub-area's name is optional. Province lists and counts use park_group subjects. Companies named only as boundary markers
# of a park (zg08) are optional.
# City: filled where the text (or the park's name) names the prefecture-level city; null where only a county, county-level city
# or district is named (district then holds it), as real33/real35.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zgNN.raw as returned.

CZ0 = "15日,在深圳市举行的深圳(潮州)产业转移工业园招商推介会上,共有深圳市汇雅达实业有限公司的污水处理、广东大地影院建设有限公司的文化产业等一批项目进行了签约,总投资34.3亿元"
CZ1 = "深圳(潮州)产业转移工业园是在原深圳南山(潮州)产业转移工业园的基础上,整合潮州临港产业转移工业园、潮州市径南产业转移工业园而形成的工业园区"
G["zg01"] = dict(
 article=art("深圳正加快向粤东潮州的产业转移", "原刊媒体未注明（转载于 gdgwyw.net）", "2009-12-17", "day",
  "Regional news item (reposted; original outlet not named) on a provincial industrial-transfer park co-built by two cities: a promotion meeting's signed projects and total, the donor city's co-construction funds, the park formed by merging three transfer parks, its area and expected output, tax and jobs",
  "http://gdgwyw.net/2009/1217/4189.html",
  "日期取网址 2009/1217（推介会在“15日”，即2009年12月15日，在深圳举行）。正文五段，完整；文末“点击分享此信息:”“相关文章”已删。原刊媒体页面未写明。引号为页面所用的 ASCII 直引号，照录。深圳(潮州)产业转移工业园由三个产业转移工业园整合而成：三园记为可选园区，parent 填整合后的园区（“整合…而形成”）。签约项目只以“污水处理”“文化产业”泛称，记为可选项目；两家签约企业的园区依推介会（该园区招商推介会）填。“800多亿元”不是“数字+亿元”形式，按 real35 惯例用 _rmb 后缀。2亿元共建资金由深圳市政府提供给潮州市政府（记为园区事实）。",
  "zg01"),
 parks=[
  park("深圳(潮州)产业转移工业园", "潮州", "广东", "产业转移工业园", CZ1, note="两市共建；由原深圳南山(潮州)产业转移工业园整合潮州临港、径南两园而成"),
  park("深圳南山(潮州)产业转移工业园", "潮州", "广东", "产业转移工业园（整合前）", CZ1, parent="深圳(潮州)产业转移工业园", opt=True,
       note="整合的基础（“原”）"),
  park("潮州临港产业转移工业园", "潮州", "广东", "产业转移工业园（已整合）", CZ1, parent="深圳(潮州)产业转移工业园", opt=True),
  park("潮州市径南产业转移工业园", "潮州", "广东", "产业转移工业园（已整合）", CZ1, parent="深圳(潮州)产业转移工业园", opt=True),
 ],
 companies=[
  comp("深圳市汇雅达实业有限公司", "深圳(潮州)产业转移工业园", CZ0, note="在该园区招商推介会上签约污水处理项目"),
  comp("广东大地影院建设有限公司", "深圳(潮州)产业转移工业园", CZ0, note="在该园区招商推介会上签约文化产业项目"),
 ],
 institutions=[
  inst("深圳市政府", "由深圳市政府向潮州市政府提供的2亿元转移工业园区共建资金举行了交接仪式"),
  inst("潮州市政府", "由深圳市政府向潮州市政府提供的2亿元转移工业园区共建资金举行了交接仪式"),
 ],
 projects=[
  proj("污水处理", "深圳(潮州)产业转移工业园", CZ0, companies=["深圳市汇雅达实业有限公司"], status="签约", status_text="进行了签约",
       opt=True, note="泛称（“深圳市汇雅达实业有限公司的污水处理”），无单项金额"),
  proj("文化产业", "深圳(潮州)产业转移工业园", CZ0, companies=["广东大地影院建设有限公司"], status="签约", status_text="进行了签约",
       opt=True, note="泛称，无单项金额"),
 ],
 aggregate_facts=[
  fact("深圳(潮州)产业转移工业园（推介会签约项目）", "park_group", "signed_investment_cny", 3.43e9, "cny", "等一批项目进行了签约,总投资34.3亿元",
       "2009年12月15日", note="一批签约项目合计（项目数未给）"),
  fact("深圳(潮州)产业转移工业园", "park", "co_construction_funds_cny", 2e8, "cny",
       "由深圳市政府向潮州市政府提供的2亿元转移工业园区共建资金举行了交接仪式", "2009年12月15日", note="深圳市政府提供的共建资金（交接）"),
  fact("深圳(潮州)产业转移工业园", "park", "further_co_construction_funds_cny", 5e7, "cny", "另外0.5亿元将按照园区的开发进度由深圳拨付给潮州",
       "按开发进度", kind="target"),
  fact("深圳(潮州)产业转移工业园", "park", "total_area_ha", 2457.1, "ha", "整合后园区总面积为2457.1公顷", "2009年12月"),
  fact("深圳(潮州)产业转移工业园", "park", "first_phase_area_ha", 525.6, "ha", "首期开发面积525.6公顷", "2009年12月（规划）", kind="target"),
  fact("深圳(潮州)产业转移工业园", "park", "expected_output_value_rmb", 8e10, "cny", "预计园区建成后,可实现工业总产值800多亿元", "建成后",
       kind="target", qual="余", qtext="多", note="“800多亿元”：_rmb 后缀（非“数字+亿元”形式）"),
  fact("深圳(潮州)产业转移工业园", "park", "expected_annual_tax_cny", 5e9, "cny", "年实现税收50亿元", "建成后", kind="target"),
  fact("深圳(潮州)产业转移工业园", "park", "expected_jobs", 280000, "persons", "吸纳就业人数28万人", "建成后", kind="target"),
 ])

GZ1 = "河北省邢台市委书记姜德果日前在广宗县工业园区调研考察时说"
G["zg02"] = dict(
 article=art("（无标题）广宗县工业园区引入“投资强度”概念 3年多签约入驻项目82个", "人民日报（本报电 孙涛），转载于搜狐新闻 news.sohu.com（文末“来源:人民网-《人民日报》”）", "2010-08-22", "day",
  "National party daily, short item (older prose): a poverty county's industrial park raises entry thresholds with an investment-intensity rule; projects signed in three years; its lead sectors",
  "https://news.sohu.com/20100822/n274379716.shtml",
  "日期取网址 20100822（搜狐转载日；人民日报刊出当日或稍前）。存页未存标题（title 为编者概括）。正文两段，完整；第二段行尾的“ (来源:人民网-《人民日报》)”（来源说明，make_txt.py LINE_SUFFIX）与文末“(责任编辑:徐永刚)”已删。“广宗城东建起万亩工业园区”即广宗县工业园区（下文“该工业园区”），“万亩”为约数，记为可选事实。广宗县属邢台（文中写明“邢台市委书记”在广宗县工业园区调研），city 依此填。",
  "zg02", title_note="no headline stored; title made from the lead"),
 parks=[
  park("广宗县工业园区", "邢台", "河北", "县级工业园区", GZ1, district="广宗县", note="位于广宗城东；文中又作“万亩工业园区”“该工业园区”"),
 ],
 aggregate_facts=[
  fact("广宗县工业园区", "park", "signed_projects", 82, "count", "3年多来,广宗城东建起万亩工业园区,共签约入驻项目82个", "2010年8月（3年多累计）",
       kind="cumulative"),
  fact("广宗县工业园区", "park", "land_area_mu", 10000, "mu", "广宗城东建起万亩工业园区", "2010年8月", opt=True,
       note="“万亩”为约数（无限定词）"),
 ])

KF1 = "日前,河南省开封市台湾工业园在开封新区揭牌成立,海协会副会长王在希出席并为工业园揭牌"
G["zg03"] = dict(
 article=art("河南省开封市台湾工业园成立 王在希为工业园揭牌", "中国台湾网（中国台湾网、开封市台办联合报道；责任编辑 石宏），taiwan.cn", "2010-10-11", "day",
  "Cross-strait affairs news site, short item (older prose): a city's Taiwan industrial park is inaugurated inside the city's new district; planned area, a Taiwan-invested firm already settled, 3–5-year goal",
  "http://taiwan.cn/local/jingmaohezuoyujiaoliu/201010/t20101011_1553172.htm",
  "日期取页面“2010年10月11日 08:47:00”（该行与文末“[责任编辑:石宏]”已删）；电头“中国台湾网10月9日开封消息”。正文四段，完整，末段同行的“(中国台湾网、开封市台办联合报道)”照录。同一报道另有 big5 网关繁体页（big5.taiwan.cn），取简体原页。开封市台湾工业园“在开封新区揭牌成立”：开封新区列为可选园区并作 parent。海协会等为机构。",
  "zg03"),
 parks=[
  park("开封市台湾工业园", "开封", "河南", "台湾工业园（台商投资区）", KF1, aliases=["河南省开封市台湾工业园"], parent="开封新区"),
  park("开封新区", "开封", "河南", "新区", KF1, opt=True, note="台湾工业园在其内揭牌成立"),
 ],
 companies=[
  comp("安利达金属工程有限公司", "开封市台湾工业园", "目前已有安利达金属工程有限公司等一批台资企业落户", note="台资企业，已落户"),
 ],
 institutions=[
  inst("海协会", KF1, kind="association"),
  inst("省台办", "开封市委书记刘长春、省台办副主任王庆春以及市领导李留心、陈传智出席揭牌仪式", note="河南省台办"),
  inst("开封市台办", "(中国台湾网、开封市台办联合报道)"),
 ],
 aggregate_facts=[
  fact("开封市台湾工业园", "park", "planned_area_km2", 15, "km2", "开封市台湾工业园总规划面积15平方公里", "2010年10月（规划）"),
 ])

XX0 = "日前,西乡县人民政府与上海国动控股有限公司成功签订了共计22亿元项目合作协议"
XX1 = "通汉合作·西乡国动产业园项目是此番合作的启动项目,也是合作的重点领域"
XX2 = "该项目总占地约500亩,一期先行启动标准厂房和科技服务中心建设,规划占地194亩,总面积8.09万平方米,预计总投资2亿元"
G["zg04"] = dict(
 article=art("（无标题）西乡县与上海国动控股签订22亿元合作协议 通汉合作·西乡国动产业园项目启动", "本报讯（通讯员 谢阳；原刊未注明，当为汉中本地报纸），载于 yybnet.net 汉中·西乡频道", "2018-07", "month",
  "Local paper item (Jiangsu–Shaanxi poverty-alleviation cooperation): a county signs a 2.2bn-yuan agreement with a Shanghai park developer; the Nantong–Hanzhong cooperation industrial park as starter project — land, first phase, floor area, investment; aim as a transfer-receiving zone",
  "https://yybnet.net/hanzhong/xixiang/201807/7724793.html",
  "日期只有网址 201807（无日；签约“日前”），precision 记 month。存页未存标题（title 为编者概括）。正文四段，完整；其后“新闻推荐”与两条频道介绍已删。“通汉合作”指南通—汉中（苏陕协作）合作，园区名照录为“通汉合作·西乡国动产业园”（文中只有“…产业园项目”，园区与项目同名）。“预计总投资2亿元”所在句讲一期（标准厂房和科技服务中心），故项目记 phase 一期、金额2亿元（note）；22亿元是西乡县与国动控股四大领域合同的总额，记为公司事实。西乡县属汉中，文中未写，city 为 null、province 陕西（文中“首次在陕西落地”）。“苏陕扶贫合作示范区”“产业转移承接聚集区”是定位，不是园区名。",
  "zg04", title_note="no headline stored; title made from the lead"),
 parks=[
  park("通汉合作·西乡国动产业园", None, "陕西", "产业园（苏陕协作，承接产业转移）", XX1, district="西乡县",
       note="与项目同名；上海国动控股有限公司建设运营（依上下文）"),
  park("水东新区", None, "陕西", "县城新区", "该县和国动控股有限公司签订了包括工业园区和水东新区基础设施建设、标准厂房建设、光伏扶贫发电项目、水东新区高标准商业住宅区等四大领域共计22亿元项目合同",
       district="西乡县", opt=True, note="县城新区（基础设施与商住），非产业园"),
 ],
 companies=[
  comp("上海国动控股有限公司", "通汉合作·西乡国动产业园", XX0, aliases=["国动控股有限公司"],
       note="产业园项目的合作方（资金、园区运营、招商）；文中又作“国动控股有限公司”"),
 ],
 institutions=[
  inst("西乡县人民政府", XX0),
 ],
 projects=[
  proj("通汉合作·西乡国动产业园项目", "通汉合作·西乡国动产业园", XX2, companies=["上海国动控股有限公司"], inv="预计总投资2亿元", phase="一期",
       status="签约", status_text="成功签订", status_alt="planned",
       note="金额所在句讲一期（标准厂房和科技服务中心）；“确保项目按期开工”→尚未开工；名称见“通汉合作·西乡国动产业园项目是此番合作的启动项目”"),
  proj("光伏扶贫发电项目", None, "该县和国动控股有限公司签订了包括工业园区和水东新区基础设施建设、标准厂房建设、光伏扶贫发电项目、水东新区高标准商业住宅区等四大领域共计22亿元项目合同",
       companies=["上海国动控股有限公司"], status="签约", status_text="签订了", opt=True, note="22亿元合同四大领域之一；园区文中未说"),
 ],
 aggregate_facts=[
  fact("上海国动控股有限公司", "company", "agreement_investment_cny", 2.2e9, "cny", XX0, "2018年7月（签约时）", kind="target",
       note="与西乡县签订的四大领域合同总额"),
  fact("通汉合作·西乡国动产业园项目", "project", "land_area_mu", 500, "mu", "该项目总占地约500亩", "2018年7月（规划）", kind="target",
       qual="约", qtext="约"),
  fact("通汉合作·西乡国动产业园项目", "project", "first_phase_land_mu", 194, "mu", "一期先行启动标准厂房和科技服务中心建设,规划占地194亩", "2018年7月（规划）",
       kind="target"),
  fact("通汉合作·西乡国动产业园项目", "project", "first_phase_floor_area_m2", 80900, "m2", "总面积8.09万平方米", "2018年7月（规划）", kind="target"),
 ])

WS1 = "江苏省苏州、宿迁两市在吴江区签订《吴江泗阳产业合作园区合作协议》"
WS2 = "吴江泗阳产业合作园区将按照省级高新区标准建设,实行独立运作模式,规划区域总用地面积10平方公里左右,其中先行启动区2平方公里"
G["zg05"] = dict(
 article=art("（无标题）苏州宿迁签订《吴江泗阳产业合作园区合作协议》", "中国改革报（本报讯 记者耿斌），数字报 cfgw.net.cn", "2019-08-23", "day",
  "National reform-commission newspaper (e-paper): two cities sign a north–south co-construction agreement for a cooperation industrial park — standard, planned area, start-up area, 2020–2024 schedule, target industries",
  "http://www.cfgw.net.cn/epaper/content/201908/23/content_17726.htm",
  "日期取数字报网址 201908/23（签约“日前”）。存页未存标题（title 为编者概括）。正文四段，完整，无页脚。园区按“泗阳县产业定位”发展、属苏州宿迁南北共建，所在地为宿迁市泗阳县（依园区名与上下文，文中未直说选址），city 宿迁、district 泗阳县（note）。“10平方公里左右”→约。苏州、宿迁为城市，未列机构。",
  "zg05", title_note="no headline stored; title made from the lead"),
 parks=[
  park("吴江泗阳产业合作园区", "宿迁", "江苏", "南北共建产业合作园区（按省级高新区标准建设）", WS1, district="泗阳县",
       note="苏州（吴江区）与宿迁（泗阳县）共建；所在地依名称与“泗阳县产业定位”推定"),
 ],
 aggregate_facts=[
  fact("吴江泗阳产业合作园区", "park", "planned_area_km2", 10, "km2", WS2, "2019年8月（规划）", kind="target", qual="约", qtext="左右"),
  fact("吴江泗阳产业合作园区", "park", "start_area_km2", 2, "km2", "其中先行启动区2平方公里", "2019年8月（规划）", kind="target"),
  fact("吴江泗阳产业合作园区", "park", "start_area_build_years", 5, "years", "2020年~2024年,园区用5年时间完成2平方公里启动区开发建设", "2020—2024年",
       kind="target", opt=True),
 ])

KL0 = "钱塘新区向凯里市捐赠了帮扶资金1250万元,凯里市还与新区企业杭州郝姆斯食品有限公司签订了合作备忘录"
KL1 = "2014年7月,原杭州经济技术开发区与原凯里经济开发区签订《对口帮扶框架协议》,建立对口帮扶关系"
KL2 = "2016年4月,杭州经济开发区帮扶2000万元建设了凯里·杭州经济开发区协作园"
KL3 = "总投资2.3亿元的协作园一期、二期共11.3万平方米标准厂房及配套宿舍楼、行政楼、食堂等项目已建成并投入使用"
KL4 = "总投资3.5亿元的三期20万平方米标准厂房及配套设施建设项目已完成主体工程"
KL5 = "通过钱塘新区牵线搭桥,已有浙江亚芯微电股份有限公司等企业成功落户该协作园"
KL6 = "成功引进贵州锦虹微科技有限公司到协作园投资兴业"
G["zg06"] = dict(
 article=art("杭州钱塘新区向黔东南州凯里捐赠帮扶资金1250万元", "杭州日报，转载于 hzcfxd.org.cn “工作动态”栏（文末“(杭州日报)”）", "2020-07-02", "day",
  "City party paper (reposted by an association site) on east–west paired assistance: a new area donates assistance funds to its paired city; the cooperation park its predecessor development zone built there — phases, investment, floor space, firms settled and in production",
  "https://www.hzcfxd.org.cn/xwview3623.htm",
  "日期取页面“发布时间:2020年07月02日”（该行、“工作动态”、文末“(杭州日报)”与“分享/搜索/新闻速递”已删）。正文六段，完整。杭州经济技术开发区文中又作“杭州经济开发区”（别名），已并入钱塘新区（“原”）；凯里经济开发区亦作“原”。协作园由杭州经济开发区帮扶建设，位于凯里（依名称与上下文），但与凯里经济开发区的隶属关系文中未说，parent 不填。凯里市为县级市（黔东南州州府），city 为 null、district 凯里市。郝姆斯食品是“新区企业”（钱塘新区）。一期、二期“已建成并投入使用”→竣工（status_alt 投产）；三期“已完成主体工程”→在建。",
  "zg06"),
 parks=[
  park("凯里·杭州经济开发区协作园", None, "贵州", "东西部协作产业园（对口帮扶协作园）", KL2, district="凯里市",
       note="2016年4月由杭州经济开发区帮扶2000万元建设；文中又作“协作园”"),
  park("杭州钱塘新区", "杭州", "浙江", "新区", "近日,钱塘新区主要领导率队赴贵州省黔东南州凯里市开展对口帮扶工作", aliases=["钱塘新区"],
       note="标题作“杭州钱塘新区”；原杭州经济技术开发区所在"),
  park("杭州经济技术开发区", "杭州", "浙江", "经济技术开发区（已并入钱塘新区）", KL1, aliases=["杭州经济开发区"], note="文中作“原杭州经济技术开发区”"),
  park("凯里经济开发区", None, "贵州", "经济开发区", KL1, district="凯里市", note="文中作“原凯里经济开发区”"),
 ],
 companies=[
  comp("杭州郝姆斯食品有限公司", "杭州钱塘新区", KL0, note="“新区企业”；与凯里市签订合作备忘录"),
  comp("浙江亚芯微电股份有限公司", "凯里·杭州经济开发区协作园", KL5, note="已落户协作园"),
  comp("贵州锦虹微科技有限公司", "凯里·杭州经济开发区协作园", KL6, note="经亚芯微电推荐引进协作园"),
 ],
 projects=[
  proj("协作园一期、二期标准厂房及配套项目", "凯里·杭州经济开发区协作园", KL3, inv="总投资2.3亿元", phase="一期、二期", status="竣工",
       status_text="已建成并投入使用", status_alt="投产"),
  proj("协作园三期标准厂房及配套设施建设项目", "凯里·杭州经济开发区协作园", KL4, inv="总投资3.5亿元", phase="三期", status="在建",
       status_text="已完成主体工程", aliases=["三期20万平方米标准厂房及配套设施建设项目"]),
 ],
 aggregate_facts=[
  fact("杭州钱塘新区", "park", "assistance_donated_cny", 1.25e7, "cny", "钱塘新区向凯里市捐赠了帮扶资金1250万元", "2020年7月（近日）",
       note="捐给凯里市的帮扶资金"),
  fact("凯里·杭州经济开发区协作园", "park", "assistance_construction_funds_cny", 2e7, "cny", KL2, "2016年4月",
       note="杭州经济开发区帮扶建设资金"),
  fact("协作园一期、二期标准厂房及配套项目", "project", "factory_floor_area_m2", 113000, "m2", "协作园一期、二期共11.3万平方米标准厂房", "2020年7月（已建成）"),
  fact("协作园三期标准厂房及配套设施建设项目", "project", "factory_floor_area_m2", 200000, "m2", "三期20万平方米标准厂房及配套设施建设项目", "2020年7月（在建）",
       kind="target"),
  fact("凯里·杭州经济开发区协作园", "park", "firms_in_production", 16, "count", "目前,协作园已有16家企业建成投产", "2020年7月（目前）"),
  fact("凯里·杭州经济开发区协作园", "park", "provincial_tech_centres", 2, "count", "拥有省级以上企业技术中心2个", "2020年7月（目前）"),
  fact("凯里·杭州经济开发区协作园", "park", "joint_ventures", 1, "count", "中外合资企业1户", "2020年7月（目前）", opt=True),
  fact("凯里·杭州经济开发区协作园", "park", "hangzhou_firms", 11, "count", "其中有杭州籍企业11家", "2020年7月（目前）"),
  fact("凯里（凯货入杭）", "region", "agri_products_sold_cny", 2.065e7, "cny", "截至今年6月底,已帮助采购、销售贵州省农特产品2065万元",
       "2020年6月底（累计）", kind="cumulative", opt=True, note="消费帮扶，非园区数字"),
 ])

NX0 = "全球涂料网讯:近日,宁夏回族自治区政府办公厅下发了《关于公布自治区化工园区(化工集中区)名单的通知》,确认了2个化工园区、8个化工集中区"
NX1 = "根据名单,认定的化工园区为宁夏宁东能源化工基地、吴忠太阳山开发区"
NX2 = "认定的化工集中区为石嘴山经济技术开发区淄山—河滨化工区、宁夏平罗工业园区精细化工产业园、宁夏平罗工业园区医药产业园、宁夏青铜峡工业园区新材料园、宁夏盐池工业园区花马池区块、宁夏盐池工业园区高沙窝区块、宁夏中卫工业园区化工区块、宁夏同心工业园区精细化工基地"
NXK = "宁夏化工集中区（自治区认定）"
G["zg07"] = dict(
 article=art("宁夏公布化工园区(化工集中区)名单", "全球涂料网（soutuliao.com；“全球涂料网讯”）", "2021-01-08", "day",
  "Coatings-industry news site: a region's government office publishes its list of designated chemical parks and chemical clusters (2 + 8, all named) and its requirements (upgrade plans, no hazardous-chemical projects outside, safety-risk grading)",
  "http://wwwq.soutuliao.com/News/Detail-13403.html",
  "日期取页面“时间:2021/1/8 来源:全球涂料网”（该行已删）。正文三段，完整；存页其后把第二、三段重复了一遍（第二遍在“对存在的问题立”处截断），重复部分已删。两类共10个园区全部列出：化工园区（2）与化工集中区（8）都是园区；集中区多为某工业园区内的片区/园中园，其上级园区只作为名称的一部分出现，列为可选园区并作 parent。宁东能源化工基地跨银川、吴忠两市，city 为 null；名称中带地级市者（石嘴山、吴忠、中卫）填 city，只带县名者（平罗、青铜峡、盐池、同心）city 为 null、district 填县名。",
  "zg07"),
 parks=[
  park("宁夏宁东能源化工基地", None, "宁夏", "化工园区（自治区认定）", NX1, note="跨银川、吴忠，city 为 null"),
  park("吴忠太阳山开发区", "吴忠", "宁夏", "化工园区（自治区认定）", NX1),
  park("石嘴山经济技术开发区淄山—河滨化工区", "石嘴山", "宁夏", "化工集中区（自治区认定）", NX2, parent="石嘴山经济技术开发区"),
  park("宁夏平罗工业园区精细化工产业园", None, "宁夏", "化工集中区（自治区认定）", NX2, district="平罗", parent="宁夏平罗工业园区"),
  park("宁夏平罗工业园区医药产业园", None, "宁夏", "化工集中区（自治区认定）", NX2, district="平罗", parent="宁夏平罗工业园区"),
  park("宁夏青铜峡工业园区新材料园", None, "宁夏", "化工集中区（自治区认定）", NX2, district="青铜峡", parent="宁夏青铜峡工业园区"),
  park("宁夏盐池工业园区花马池区块", None, "宁夏", "化工集中区（自治区认定）", NX2, district="盐池", parent="宁夏盐池工业园区"),
  park("宁夏盐池工业园区高沙窝区块", None, "宁夏", "化工集中区（自治区认定）", NX2, district="盐池", parent="宁夏盐池工业园区"),
  park("宁夏中卫工业园区化工区块", "中卫", "宁夏", "化工集中区（自治区认定）", NX2, parent="宁夏中卫工业园区"),
  park("宁夏同心工业园区精细化工基地", None, "宁夏", "化工集中区（自治区认定）", NX2, district="同心", parent="宁夏同心工业园区"),
  park("石嘴山经济技术开发区", "石嘴山", "宁夏", "经济技术开发区", NX2, opt=True, note="只作为化工集中区名称的一部分出现"),
  park("宁夏平罗工业园区", None, "宁夏", "工业园区", NX2, district="平罗", opt=True, note="只作为化工集中区名称的一部分出现"),
  park("宁夏青铜峡工业园区", None, "宁夏", "工业园区", NX2, district="青铜峡", opt=True, note="同上"),
  park("宁夏盐池工业园区", None, "宁夏", "工业园区", NX2, district="盐池", opt=True, note="同上"),
  park("宁夏中卫工业园区", "中卫", "宁夏", "工业园区", NX2, opt=True, note="同上"),
  park("宁夏同心工业园区", None, "宁夏", "工业园区", NX2, district="同心", opt=True, note="同上"),
 ],
 institutions=[
  inst("宁夏回族自治区政府办公厅", NX0),
 ],
 aggregate_facts=[
  fact("宁夏化工园区（自治区认定）", "park_group", "parks_designated", 2, "count", NX0, "2021年1月", note="宁夏自治区认定的化工园区数"),
  fact(NXK, "park_group", "parks_designated", 8, "count", NX0, "2021年1月", note="宁夏自治区认定的化工集中区数"),
 ])

SD1 = "一、莘县化工产业园。扩区后总面积为7.57平方公里,四至范围为东至盛云路北段、华祥石化东边界、瑞森公司东边界"
SD2 = "二、茌平化工产业园。扩区后总面积为6.28平方公里"
SD3 = "三、东明石化产业园。并点扩区调整后总面积为21.29平方公里"
SDA = "东明石化产业园主片区四至范围为:东至试白路,西至国道G106,南至城武路,北至洙赵新河、高海路,面积18.07平方公里"
SDB = "玉皇化工片区四至范围为:东至试白路以东1500米,西至试白路,南至园区北边界以南1000米,北至玉皇化工停车场北边界,面积1.02平方公里"
SDC = "东明石化片区四至范围为:东至菏宝高速,西至国道G106,南至三八路,北至东明县城镇开发边界,面积2.20平方公里"
G["zg08"] = dict(
 article=art("（无标题）山东省工业和信息化厅公示三家化工园区扩区", "sdchem.com.cn “国内新闻”栏（原刊未注明；信息源为山东省工业和信息化厅的公示）", "2024-01-09", "day",
  "Provincial chemical-industry information site: a province's industry department publicises the expansion of three chemical parks — each park's area after expansion and boundaries; one park merges two satellite areas",
  "http://sdchem.com.cn/html/hgzhfw/gnxw/2024/0109/32603.html",
  "日期取网址 2024/0109（公示本身为2024年1月3日，见 sjsy999.com 转载的省化工专项行动办公示）。存页未存标题（title 为编者概括）。正文四段，完整；文末表格残片“|”已删。三园所属地级市文中未写（莘县、茌平属聊城，东明属菏泽），city 为 null、district 填县区名。东明石化产业园“并点扩区”后含主片区、玉皇化工片区、东明石化片区，三片区为 parent 东明石化产业园的园区（主片区可选）。四至中的华祥石化、瑞森公司（莘县园东边界）和玉皇化工（片区名与停车场）只作为边界/地名出现，列为可选企业。",
  "zg08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("莘县化工产业园", None, "山东", "化工园区（扩区）", SD1, district="莘县"),
  park("茌平化工产业园", None, "山东", "化工园区（扩区）", SD2, district="茌平"),
  park("东明石化产业园", None, "山东", "化工园区（并点扩区）", SD3, district="东明县"),
  park("东明石化产业园主片区", None, "山东", "化工园区片区", SDA, district="东明县", parent="东明石化产业园", opt=True, note="主片区"),
  park("玉皇化工片区", None, "山东", "化工园区片区（并入）", SDB, district="东明县", parent="东明石化产业园"),
  park("东明石化片区", None, "山东", "化工园区片区（并入）", SDC, district="东明县", parent="东明石化产业园"),
 ],
 companies=[
  comp("华祥石化", "莘县化工产业园", SD1, opt=True, note="只作为园区东边界出现"),
  comp("瑞森公司", "莘县化工产业园", SD1, opt=True, note="只作为园区东边界出现"),
  comp("玉皇化工", "东明石化产业园", SDB, opt=True, note="只见于片区名与“玉皇化工停车场”"),
 ],
 institutions=[
  inst("山东省工业和信息化厅", "近日,山东省工业和信息化厅公示三家化工园区扩区"),
 ],
 aggregate_facts=[
  fact("莘县化工产业园", "park", "area_after_expansion_km2", 7.57, "km2", "扩区后总面积为7.57平方公里", "2024年1月（公示）"),
  fact("茌平化工产业园", "park", "area_after_expansion_km2", 6.28, "km2", SD2, "2024年1月（公示）"),
  fact("东明石化产业园", "park", "area_after_expansion_km2", 21.29, "km2", SD3, "2024年1月（公示）"),
  fact("东明石化产业园主片区", "park", "area_km2", 18.07, "km2", "高海路,面积18.07平方公里", "2024年1月（公示）"),
  fact("玉皇化工片区", "park", "area_km2", 1.02, "km2", "北至玉皇化工停车场北边界,面积1.02平方公里", "2024年1月（公示）"),
  fact("东明石化片区", "park", "area_km2", 2.20, "km2", "北至东明县城镇开发边界,面积2.20平方公里", "2024年1月（公示）"),
 ])

HB1 = "5家化工园区分别是荆门化工循环产业园、武汉化学工业区、湖北襄城经济开发区余家湖化工园、当阳坝陵化工园区、猇亭化工园"
HB0 = "近期,湖北省安委会办公室公布了两批化工园区安全风险等级省级复核结果,共有5家化工园区被评为较低安全风险等级(D级)"
G["zg09"] = dict(
 article=art("湖北5家化工园区被评为D级", "湖北省应急管理厅（来源），转载于 cnpec.net", "2024-11-11", "day",
  "Chemical-industry news site relaying a provincial emergency-management department: five named chemical parks graded lowest safety risk (D) in a provincial review; the grading thresholds",
  "http://cnpec.net/news/show-217319.html",
  "日期取页面“2024-11-11 湖北省应急管理厅”（该行、阅读数“43”、截断的“核心提示”、免责声明与站尾已删）。正文三段，完整。五园所在地：荆门化工循环产业园（荆门）、武汉化学工业区（武汉）依名称填 city；余家湖化工园属湖北襄城经济开发区（襄阳市襄城区），当阳坝陵化工园区（当阳市）、猇亭化工园（宜昌市猇亭区）文中未写地级市，city 为 null、district 填名称中的区县。湖北襄城经济开发区只作为名称的一部分出现（可选，作 parent）。A—D 级分数线是评级标准，不是园区数字，不记。",
  "zg09"),
 parks=[
  park("荆门化工循环产业园", "荆门", "湖北", "化工园区（安全风险D级）", HB1),
  park("武汉化学工业区", "武汉", "湖北", "化工园区（安全风险D级）", HB1),
  park("湖北襄城经济开发区余家湖化工园", None, "湖北", "化工园区（安全风险D级）", HB1, district="襄城", parent="湖北襄城经济开发区"),
  park("湖北襄城经济开发区", None, "湖北", "经济开发区", HB1, district="襄城", opt=True, note="只作为余家湖化工园名称的一部分出现"),
  park("当阳坝陵化工园区", None, "湖北", "化工园区（安全风险D级）", HB1, district="当阳"),
  park("猇亭化工园", None, "湖北", "化工园区（安全风险D级）", HB1, district="猇亭"),
 ],
 institutions=[
  inst("湖北省安委会办公室", HB0),
  inst("应急管理部", "根据应急管理部修订印发的《化工园区安全风险排查治理导则》"),
 ],
 aggregate_facts=[
  fact("湖北化工园区（安全风险D级）", "park_group", "parks_graded_d", 5, "count", HB0, "2024年11月（两批省级复核）"),
 ])

HP0 = "2月27日上午,深中合作(黄圃)产业园正式揭牌"
HP4 = "东迪光电投资超3亿元建设FPC生产基地,补齐产业链上游环节"
HPS = "近三年落户黄圃的深圳企业超10家,总投资超10亿元,达产后产值将达25亿元"
HPG = "黄圃镇（近三年落户的深圳企业）"
G["zg10"] = dict(
 article=art("50分钟通达深圳 深中合作(黄圃)产业园揭牌", "凤凰网广东（凤凰网广东发自中山），gd.ifeng.com", "2026-02", "month",
  "Portal's provincial channel: a town unveils a Shenzhen–Zhongshan cooperation industrial park to receive Shenzhen's industrial overflow — the town's growth figures, the park's developable and reserved land, Shenzhen firms settled in three years, named firms and their investments",
  "https://gd.ifeng.com/c/8r6h8Q1y3of",
  "日期：揭牌在“2月27日上午”；页面与网址都不带年份，年份依正文“2025年GDP增长6.7%”推为2026，故 precision 记 month（2026-02，刊出当在2月27日或稍后）。正文五段，完整；页首频道名“广东”、面包屑、正文中重复一次的标题（图片说明位置）与文末“凤凰网广东发自中山”（署名）已删。园区文中又作“深中合作产业园”（别名）。参与揭牌的五家企业依“丰富了园区产业生态”记在园区内；东迪、卓臻为简称（别名）。东迪光电“投资超3亿元建设FPC生产基地”记为项目（超；状态文中未写）。黄圃镇的GDP增速、亿元项目、规上企业是镇（region）数字；近三年落户的深圳企业数、投资、产值记在“黄圃镇（近三年落户的深圳企业）”。",
  "zg10"),
 parks=[
  park("深中合作(黄圃)产业园", "中山", "广东", "深中合作产业园（承接深圳产业外溢）", HP0, district="黄圃镇", aliases=["深中合作产业园"],
       note="省份依城市填（正文未写“广东”）"),
 ],
 companies=[
  comp("东迪光电", "深中合作(黄圃)产业园", HP4, aliases=["东迪"], note="从深圳落户黄圃的亿元企业；建设FPC生产基地"),
  comp("卓臻科技", "深中合作(黄圃)产业园", "卓臻科技专注高端电子材料,投产首年即实现产值超6000万元", aliases=["卓臻"]),
  comp("创怡鑫", "深中合作(黄圃)产业园", "创怡鑫作为早期实践者,见证黄圃营商环境持续优化"),
  comp("晶泰光电", "深中合作(黄圃)产业园", "晶泰光电、佳维诚电子等项目的落地,进一步丰富了园区产业生态"),
  comp("佳维诚电子", "深中合作(黄圃)产业园", "晶泰光电、佳维诚电子等项目的落地,进一步丰富了园区产业生态"),
 ],
 projects=[
  proj("FPC生产基地", "深中合作(黄圃)产业园", HP4, companies=["东迪光电"], inv="投资超3亿元", qual="超", qual_text="超",
       note="状态文中未写；名称为“FPC生产基地”"),
  proj("晶泰光电项目", "深中合作(黄圃)产业园", "晶泰光电、佳维诚电子等项目的落地,进一步丰富了园区产业生态", companies=["晶泰光电"], opt=True,
       note="“等项目的落地”，名称为泛称"),
  proj("佳维诚电子项目", "深中合作(黄圃)产业园", "晶泰光电、佳维诚电子等项目的落地,进一步丰富了园区产业生态", companies=["佳维诚电子"], opt=True),
 ],
 aggregate_facts=[
  fact("黄圃镇", "region", "gdp_growth", 0.067, "ratio", "2025年GDP增长6.7%", "2025年", kind="ratio"),
  fact("黄圃镇", "region", "gdp_growth_rank_in_city", 3, "rank", "增速居全市第3", "2025年", opt=True),
  fact("黄圃镇", "region", "projects_100m_plus_introduced", 20, "count", "近三年引进亿元项目超20个", "近三年", kind="cumulative", qual="超", qtext="超"),
  fact("黄圃镇", "region", "industrial_firms_above_scale", 360, "count", "规上工业企业突破360家", "2026年初", qual="超", qtext="突破"),
  fact("黄圃镇", "region", "industrial_output_rank_in_city", 5, "rank", "规上工业总产值居全市第5", "2025年", opt=True),
  fact("深中合作(黄圃)产业园", "park", "travel_time_to_shenzhen_min", 50, "minutes", "至深圳中心区仅需50分钟", "2026年2月", opt=True),
  fact("深中合作(黄圃)产业园", "park", "developable_land_mu", 10000, "mu", "可开发产业用地近万亩", "2026年2月", qual="约", qtext="近"),
  fact("深中合作(黄圃)产业园", "park", "ready_land_mu", 200, "mu", "其中超200亩可“拿地即动工”", "2026年2月", qual="超", qtext="超"),
  fact("深中合作(黄圃)产业园", "park", "reserved_land_mu", 5000, "mu", "并预留约5000亩留白区", "2026年2月", qual="约", qtext="约"),
  fact(HPG, "park_group", "firms", 10, "count", HPS, "近三年", kind="cumulative", qual="超", qtext="超"),
  fact(HPG, "park_group", "investment_cny", 1e9, "cny", "总投资超10亿元", "近三年", kind="cumulative", qual="超", qtext="超"),
  fact(HPG, "park_group", "expected_output_value_cny", 2.5e9, "cny", "达产后产值将达25亿元", "达产后", kind="target"),
  fact("深中合作(黄圃)产业园（揭牌出席企业）", "park_group", "firms_100m_plus_attending", 10, "count", "近年来从深圳落户黄圃的东迪、卓臻等10家亿元企业代表出席仪式",
       "2026年2月27日", opt=True, note="与“超10家”同值"),
  fact("卓臻科技", "company", "first_year_output_cny", 6e7, "cny", "投产首年即实现产值超6000万元", "投产首年", qual="超", qtext="超"),
 ])
