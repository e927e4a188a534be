# real318 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real28–real52: evidence verbatim (all nine items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts; these overseas items give US dollars only, so amounts sit in *_usd facts
# and, for projects, in investment_text with investment_cny null and investment_value / investment_currency "usd" (as real38).
# Parks abroad: `city` is the city / province-level place the text names, `province` holds the host country (the schema has
# no country key), `district` the county where named. Status from the text's words (投产典礼 / 竣工投产 → 投产; 动工 / 开工
# 建设 → 开工; 签订入园协议 → 签约). Counts “截至…” are cumulative; planned figures (“将”, “有望”, “预计”, “规划”) are target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/peNN.raw as returned.

# ---------------------------------------------------------------- pe01 泰中罗勇工业园 (澎湃新闻·澎湃号 2021)
RY = "泰中罗勇工业园"
A0 = "位于泰国“东部经济走廊”核心区域的泰中罗勇工业园已吸引167家中资企业入驻,累计工业总值超160亿美元"
A1 = "入驻罗勇工业园的中资企业数量从建园之初的30多家发展到如今的167家,泰籍员工达4万人"
A2 = "在去年竣工投产的奥克斯空调泰国工厂厂房内,工人们正在紧张有序地组装、检测"
G["pe01"] = dict(
 article=art("关注丨泰中罗勇工业园如何助力当地优化产业结构?", "澎湃新闻·澎湃号·政务（thepaper.cn），经 ttbweb.com 转链存取；作者存段未示", "2021-08-10", "day",
  "Chinese news app's government-account channel: a Chinese overseas economic and trade cooperation zone in Thailand — Chinese firms settled, cumulative industrial output, Thai staff, one firm's plant that went into production the year before",
  "https://ttbweb.com/u/?a=www.thepaper.cn%2FnewsDetail_forward_13981918",
  "日期取页面“2021-08-10 18:12 来源:澎湃新闻·澎湃号·政务”。网址为存储所给的转链（原文 www.thepaper.cn/newsDetail_forward_13981918）。标题照录；页面菜单、日期来源行、“字号”与题图说明“▲ 近年来…(来源:泰中罗勇工业园)”已删。存段末段（豪迈集团…“车间内,雕刻机在轮胎侧板上流畅地刻制,不一会儿”）在句中中断，整段删去，正文截至“…智能化新标杆。”，含小标题一行，共五段。园区：泰中罗勇工业园（文中又作“罗勇工业园”；泰国罗勇府——文中只说“罗勇、春武里和北柳三府”与“东部经济走廊”；中国首批境外经贸合作区之一）。事实：中资企业167家（建园之初30多家）、累计工业总值超160亿美元、泰籍员工4万人。公司：奥克斯空调泰国工厂（去年竣工投产；公司名按文中写法）。“东部经济走廊”为泰国政策区域，不列园区。",
  "pe01"),
 parks=[
  park(RY, "罗勇", "泰国", "境外经贸合作区（工业园）", A0, aliases=["罗勇工业园"], note="中国首批境外经贸合作区之一；位于泰国“东部经济走廊”核心区域；城市由“罗勇、春武里和北柳三府”推定为罗勇"),
 ],
 companies=[
  comp("奥克斯空调泰国工厂", RY, A2, note="去年（2020年）竣工投产；日产2000套空调；文中未写公司全称"),
 ],
 projects=[
  proj("奥克斯空调泰国工厂", RY, A2, companies=["奥克斯空调泰国工厂"], status="投产", status_text="竣工投产", opt=True,
       note="工厂本身；2020年竣工投产；无金额"),
 ],
 aggregate_facts=[
  fact(RY, "park", "chinese_firms", 167, "count", A0, "2021年8月", kind="cumulative"),
  fact(RY, "park", "cumulative_industrial_output_usd", 1.6e10, "usd", A0, "2021年8月", kind="cumulative", qual="超", qtext="超"),
  fact(RY, "park", "chinese_firms", 30, "count", A1, "建园之初", qual="余", qtext="多", opt=True),
  fact(RY, "park", "local_employees", 40000, "persons", A1, "2021年8月", note="泰籍员工"),
  fact("奥克斯空调泰国工厂", "company", "daily_output_units", 2000, "sets", "“工厂现在正常生产,日产2000套空调。”", "2021年8月", opt=True),
 ])

# ---------------------------------------------------------------- pe02 中埃苏伊士经贸合作区 (经济日报 2014)
SZ = "中埃苏伊士经贸合作区"
B0 = "这座新城就是2008年9月启动建设的中埃苏伊士经贸合作区"
B1 = "截至2013年年底,已累计投资近9000万美元,入驻企业58家,吸引合作投资额近6.1亿美元,提供了2000多个就业岗位,其中90%为埃及本地员工"
B2 = "根据规划,扩展区将吸引150家企业入驻,投资金额达20余亿美元,实现销售额80亿至100亿美元,可为埃及创造约4万个就业机会"
AS2 = "截至2013年年底"
G["pe02"] = dict(
 article=art("（无标题）中埃苏伊士经贸合作区：起步区入驻企业58家，6平方公里扩展区启动", "经济日报（本报记者 鲍显铭，据图片署名），载于中国经济网 intl.ce.cn", "2014-11-24", "day",
  "National economic daily's foreign correspondent on a press tour: a Chinese overseas cooperation zone in Egypt — start-up area built, cumulative investment, firms settled, investment attracted, jobs, five industrial clusters, the expansion area's plan",
  "http://intl.ce.cn/specials/zxgjzh/201411/24/t20141124_3964429.shtml",
  "日期取网址 201411/24（t20141124）；存段无标题、无日期行（title 为编者概括）。开头图片说明“图为位于中埃苏伊士经贸合作区中心区的区碑。 本报记者 鲍显铭摄”已删。存段末尾小标题“天、地、人的绝佳优势”与在“苏伊士经贸合作区”处中断的一段一并删去，正文截至“…目前也在洽谈中。”，含小标题一行，共五段。园区：中埃苏伊士经贸合作区（文中又作“苏伊士经贸合作区”“经贸合作区”“合作区”；埃及苏伊士省；总面积10平方公里，分起步区、扩展区及合作区）；起步区（1.34平方公里）、扩展区（6平方公里）为其分区，列可选园区。运营方埃及泰达投资公司（公司，园区内）。事实：截至2013年年底累计投资近9000万美元、入驻企业58家、吸引合作投资额近6.1亿美元、2000多个就业岗位（cumulative）；扩展区规划吸引150家企业、投资20余亿美元、销售额80亿至100亿美元、约4万个就业（target）；区间“80亿至100亿美元”取下限并注明。",
  "pe02"),
 parks=[
  park(SZ, "苏伊士", "埃及", "境外经贸合作区", B0, aliases=["苏伊士经贸合作区"], note="国家级境外经贸合作区；文中又作“经贸合作区”“合作区”；苏伊士省"),
  park("起步区", "苏伊士", "埃及", "合作区分区", "目前,1.34平方公里的起步区已初步建成", parent=SZ, opt=True),
  park("扩展区", "苏伊士", "埃及", "合作区分区", "标志着6平方公里扩展区的建设正式启动", parent=SZ, opt=True),
 ],
 companies=[
  comp("埃及泰达投资公司", SZ, "负责苏伊士经贸合作区运营的埃及泰达投资公司执行董事魏建青介绍说", kind="developer", note="合作区运营方"),
 ],
 institutions=[
  inst("苏伊士湾西北经济区总局", "2013年底,埃及泰达投资公司与苏伊士湾西北经济区总局签署的土地使用权转让和开发合同的生效", note="埃及政府机构"),
  inst("中国驻埃及大使馆", "中国驻埃及大使馆组织近40名中埃记者"),
 ],
 projects=[
  proj("6平方公里扩展区", SZ, "2013年底,埃及泰达投资公司与苏伊士湾西北经济区总局签署的土地使用权转让和开发合同的生效,标志着6平方公里扩展区的建设正式启动",
       companies=["埃及泰达投资公司"], status="开工", status_text="建设正式启动", opt=True, note="园区开发项目；金额只有规划“投资金额达20余亿美元”（入区企业投资），不作项目投资"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "total_area_km2", 10, "km2", "根据规划,经贸合作区总面积达10平方公里", "规划", kind="target", opt=True),
  fact("起步区", "park", "area_km2", 1.34, "km2", "目前,1.34平方公里的起步区已初步建成", "2014年11月", opt=True),
  fact(SZ, "park", "cumulative_investment_usd", 9e7, "usd", B1, AS2, kind="cumulative", qual="约", qtext="近"),
  fact(SZ, "park", "firms", 58, "count", B1, AS2, kind="cumulative"),
  fact(SZ, "park", "attracted_investment_usd", 6.1e8, "usd", B1, AS2, kind="cumulative", qual="约", qtext="近"),
  fact(SZ, "park", "jobs", 2000, "count", B1, AS2, kind="cumulative", qual="余", qtext="多"),
  fact(SZ, "park", "local_staff_share", 0.90, "ratio", B1, AS2, kind="ratio", opt=True),
  fact(SZ, "park", "standard_factory_buildings", 12, "count", "起步区里12栋标准厂房全部投入使用", "2014年11月", opt=True),
  fact("扩展区", "park", "planned_firms", 150, "count", B2, "规划", kind="target"),
  fact("扩展区", "park", "planned_investment_usd", 2e9, "usd", B2, "规划", kind="target", qual="余", qtext="余"),
  fact("扩展区", "park", "planned_sales_usd", 8e9, "usd", B2, "规划", kind="target", opt=True, note="区间80亿至100亿美元，取下限"),
  fact("扩展区", "park", "planned_jobs", 40000, "count", B2, "规划", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- pe03 中埃·泰达苏伊士经贸合作区 (北京日报 2021)
TD = "中埃·泰达苏伊士经贸合作区"
C0 = "截至2020年12月底,项目共吸引96家企业入驻,实际投资额超12.5亿美元,累计销售额超25亿美元,缴纳税费近1.76亿美元,直接解决就业约4000人,产业带动就业3.6万余人"
C1 = "泰达·Royal保税仓项目占地面积13万平方米,分两期建设,当前一期已建成并正式投入使用"
AS3 = "截至2020年12月底"
G["pe03"] = dict(
 article=art("沙漠中的经济引擎——访中埃·泰达苏伊士经贸合作区", "北京日报（作者 吴丹妮 艾哈迈德·沙菲克），载于东方网 n.eastday.com", "2021-01-25", "day",
  "City daily carrying a news-agency feature from Egypt: a Chinese overseas cooperation zone's year-end figures (firms, actual investment, sales, taxes, jobs) and its bonded warehouse project, phase 1 in use",
  "https://n.eastday.com/news/1611586281021223",
  "日期取页面“2021-01-25 22:43:00 … 来源:北京日报”。标题照录；作者来源行与图片说明“这是1月14日在埃及苏赫奈泉拍摄的…大门。图自新华社”已删。存段末段（李晨涛…“更好地服务中埃”）在句中中断，整段删去，正文截至“…全方位保税物流服务。”，共五段。园区：中埃·泰达苏伊士经贸合作区（文中又作“泰达合作区”；埃及苏伊士省苏赫奈泉港）；“合作区二期”（2016年揭牌）不另列。公司：埃及泰达特区开发公司（开发运营方，在园）。项目：泰达·Royal保税仓项目——占地13万平方米，分两期，一期已建成并正式投入使用（status 投产，status_text 记原文），无金额。事实：截至2020年12月底96家企业、实际投资额超12.5亿美元、累计销售额超25亿美元、缴纳税费近1.76亿美元、直接就业约4000人、带动就业3.6万余人（数据来源为中国驻埃及大使馆经商处，主体记园区）。",
  "pe03"),
 parks=[
  park(TD, "苏伊士", "埃及", "境外经贸合作区", "2021年开年,一组关于中埃·泰达苏伊士经贸合作区(泰达合作区)的数据令人侧目", district="苏赫奈泉",
       aliases=["泰达合作区"], note="位于埃及苏伊士省苏赫奈泉港；始建于2008年"),
 ],
 companies=[
  comp("埃及泰达特区开发公司", TD, "埃及泰达特区开发公司仓储物流保税部经理马哈茂德·阿斯兰为自己能够参与促成埃及境内首个中资保税仓项目正式运营感到骄傲", kind="developer", note="合作区开发运营方"),
 ],
 institutions=[
  inst("中国驻埃及大使馆经商处", "由中国驻埃及大使馆经商处提供的数据显示", note="数据来源"),
 ],
 projects=[
  proj("泰达·Royal保税仓项目", TD, C1, companies=["埃及泰达特区开发公司"], phase="一期", status="投产", status_text="一期已建成并正式投入使用",
       note="埃及境内首个中资保税仓；分两期建设；无金额"),
 ],
 aggregate_facts=[
  fact(TD, "park", "firms", 96, "count", C0, AS3, kind="cumulative"),
  fact(TD, "park", "actual_investment_usd", 1.25e9, "usd", C0, AS3, kind="cumulative", qual="超", qtext="超"),
  fact(TD, "park", "cumulative_sales_usd", 2.5e9, "usd", C0, AS3, kind="cumulative", qual="超", qtext="超"),
  fact(TD, "park", "taxes_paid_usd", 1.76e8, "usd", C0, AS3, kind="cumulative", qual="约", qtext="近"),
  fact(TD, "park", "direct_jobs", 4000, "persons", C0, AS3, kind="cumulative", qual="约", qtext="约"),
  fact(TD, "park", "indirect_jobs", 36000, "persons", C0, AS3, kind="cumulative", qual="余", qtext="余", opt=True),
  fact("泰达·Royal保税仓项目", "project", "site_area_m2", 130000, "m2", C1, "2021年1月", opt=True),
 ])

# ---------------------------------------------------------------- pe04 万象赛色塔综合开发区 (人民日报 via 中国一带一路网 2018)
SS = "万象赛色塔综合开发区"
D0 = "赛色塔综合开发区占地11.5平方公里,是中老两国政府共同确定的国家级合作项目、中国在老挝唯一的国家级境外经贸合作区"
D1 = "开发区已经吸引来自中国、老挝、泰国、新加坡、马来西亚等多个国家和地区的45家企业入驻,计划投资总额约5亿美元,用地面积超过1200亩"
D2 = "“2030年前开发区三期建设全部完成后,有望吸引约150家企业,每年产值可达60亿美元,为当地创造3万多个就业机会”"
AS4 = "2018年5月"
G["pe04"] = dict(
 article=art("老挝赛色塔开发区已吸引45家企业入驻 计划投资约5亿美元", "人民日报（作者 孙广勇），载于中国一带一路网 yidaiyilu.gov.cn（海外新闻栏）", "2018-05-27", "day",
  "Party daily's correspondent in Laos via the official Belt and Road portal: a Chinese overseas cooperation zone near Vientiane — area, developers, infrastructure done, firms settled and planned investment, two named firms in production, the 2030 target",
  "https://www.yidaiyilu.gov.cn/xwzx/hwxw/56228.htm",
  "日期取页面“发布时间:2018-05-27 来源:人民日报 作者:孙广勇”。标题照录；“文字放大 文字缩小”和两条图片说明已删。存段末段（“老挝是一个以水稻种植为主的农业国家…‘老挝现阶段特别需要发展出口导向型经”）在引语中中断，整段删去，正文截至“…物流仓储等领域。”，含小标题一行，共四段。园区：万象赛色塔综合开发区（文中又作“赛色塔综合开发区”“开发区”；老挝万象）。开发方：云南建设投资控股集团有限公司（又作“云南建投”）与万象市政府；云南省海外投资有限公司为云南建投下属。公司：新希望老挝有限公司（年产20万吨饲料厂正在生产）、华园(老挝)食品有限公司（冷库已投入使用）。“老挝第一个石油炼化项目”只在已删的图片说明中，不列。事实：45家企业、计划投资总额约5亿美元、用地超过1200亩（cumulative）；2030年前三期完成后约150家企业、年产值60亿美元、3万多个就业（target）。",
  "pe04"),
 parks=[
  park(SS, "万象", "老挝", "境外经贸合作区（综合开发区）", "这里就是万象赛色塔综合开发区", aliases=["赛色塔综合开发区"],
       note="中国在老挝唯一的国家级境外经贸合作区；文中又作“开发区”“赛色塔开发区”（后者只在标题）"),
 ],
 companies=[
  comp("云南建设投资控股集团有限公司", SS, "项目由云南建设投资控股集团有限公司和万象市政府共同开发建设", kind="developer", aliases=["云南建投"], note="开发方"),
  comp("云南省海外投资有限公司", SS, "云南建投下属的云南省海外投资有限公司副总经理刘虎说", kind="developer", opt=True, note="云南建投下属"),
  comp("新希望老挝有限公司", SS, "新希望老挝有限公司年产20万吨饲料厂正在开足马力生产", note="年产20万吨饲料厂在产"),
  comp("华园(老挝)食品有限公司", SS, "华园(老挝)食品有限公司建成的4000立方米冷库已投入使用", note="冷库已投入使用"),
 ],
 institutions=[
  inst("万象市政府", "项目由云南建设投资控股集团有限公司和万象市政府共同开发建设", note="共同开发方（老挝）"),
 ],
 projects=[
  proj("新希望老挝有限公司年产20万吨饲料厂", SS, "新希望老挝有限公司年产20万吨饲料厂正在开足马力生产", companies=["新希望老挝有限公司"],
       status="投产", status_text="正在开足马力生产", opt=True, note="无金额"),
  proj("华园(老挝)食品有限公司4000立方米冷库", SS, "华园(老挝)食品有限公司建成的4000立方米冷库已投入使用", companies=["华园(老挝)食品有限公司"],
       status="投产", status_text="建成…已投入使用", opt=True, note="无金额"),
 ],
 aggregate_facts=[
  fact(SS, "park", "area_km2", 11.5, "km2", D0, AS4),
  fact(SS, "park", "firms", 45, "count", D1, AS4, kind="cumulative"),
  fact(SS, "park", "planned_investment_usd", 5e8, "usd", D1, AS4, kind="cumulative", qual="约", qtext="约", note="入驻企业计划投资总额"),
  fact(SS, "park", "land_used_mu", 1200, "mu", D1, AS4, qual="超", qtext="超过", opt=True),
  fact(SS, "park", "firms", 150, "count", D2, "2030年前（三期完成后，预期）", kind="target", qual="约", qtext="约"),
  fact(SS, "park", "annual_output_usd", 6e9, "usd", D2, "2030年前（三期完成后，预期）", kind="target"),
  fact(SS, "park", "jobs", 30000, "count", D2, "2030年前（三期完成后，预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- pe05 印尼德龙工业园区 巨盾镍铁冶炼厂投产 (新华社 via 新华丝路 2021)
DL = "德龙工业园区"
E0 = "印度尼西亚总统佐科27日在中苏拉威西省北莫罗瓦利县的德龙工业园区,出席中国投资的巨盾镍铁冶炼厂投产典礼"
E1 = "巨盾镍铁冶炼厂是中国江苏德龙镍业公司独资投建项目,计划年产180万吨镍铁"
G["pe05"] = dict(
 article=art("印尼总统出席中国投资项目投产典礼", "新华社（记者 余谦梁、汪奥娜），载于新华丝路 imsilkroad.com（责任编辑 李璐）", "2021-12-28", "day",
  "News-agency dispatch on the official Belt and Road information platform, Indonesia: a Chinese-owned nickel-pig-iron smelter goes into production in a Chinese-run industrial park — owner, capacity, start of works",
  "https://www.imsilkroad.com/news/p/473131.html",
  "日期取页面“来源:新华社 责任编辑:李璐 2021-12-28 16:23:14”；电头“新华社雅加达12月28日电”，典礼在27日。标题照录；站名、来源行与“相关推荐”以下已删。正文五段，完整。园区：德龙工业园区（文中又作“印尼德龙工业园”；印尼中苏拉威西省北莫罗瓦利县）。不是中国商务部名录内的境外经贸合作区，但为中资园区。公司：江苏德龙镍业公司（文中“中国江苏德龙镍业公司”）。项目：巨盾镍铁冶炼厂——江苏德龙镍业公司独资，计划年产180万吨镍铁，2019年动工，2021年12月27日投产典礼（投产），无金额。事实：2.7万个就业岗位（佐科语，冶炼厂带来）。",
  "pe05"),
 parks=[
  park(DL, "中苏拉威西省", "印度尼西亚", "工业园区（中资）", E0, district="北莫罗瓦利县", aliases=["印尼德龙工业园"], note="又作“印尼德龙工业园”"),
 ],
 companies=[
  comp("江苏德龙镍业公司", DL, E1, note="文中作“中国江苏德龙镍业公司”；巨盾镍铁冶炼厂独资投建方"),
 ],
 projects=[
  proj("巨盾镍铁冶炼厂", DL, E0, companies=["江苏德龙镍业公司"], status="投产", status_text="投产典礼", status_alt="开工",
       note="2019年动工，2021年12月27日投产；计划年产180万吨镍铁；无金额"),
 ],
 aggregate_facts=[
  fact("巨盾镍铁冶炼厂", "project", "planned_annual_capacity_t", 1.8e6, "t", E1, "投产后（计划）", kind="target"),
  fact("巨盾镍铁冶炼厂", "project", "jobs", 27000, "count", "不但给当地带来2.7万个就业岗位", "2021年12月", opt=True, note="佐科致辞所说"),
 ])

# ---------------------------------------------------------------- pe06 乌兹别克斯坦鹏盛工业园区 (温州网 via 中国义乌网 2016)
PS = "鹏盛工业园区"
F0 = "鹏盛工业园区位于乌兹别克斯坦锡尔河州,距乌首都塔什干约70公里,园区占地102公顷,由温州市金盛贸易有限公司投资创建,投资额约9940万美元"
G["pe06"] = dict(
 article=art("在乌兹别克斯坦投资工业园成典范 温商获习主席接见", "温州网（记者 李庭 通讯员 殷文茹），载于中国义乌网 biz.zgyww.cn（商贸·新闻）", "2016-06-23", "day",
  "City news portal (relayed by a neighbouring city's portal), Zhejiang: a Wenzhou private firm's industrial park in Uzbekistan on the eve of a state visit — location, area, investor and investment",
  "http://biz.zgyww.cn/system/2016/06/23/010066169.shtml",
  "日期取页面“发布时间: 2016-06-23 16:08:46 来源: 温州网”。标题照录；位置栏、来源行与图片说明“乌兹别克斯坦员工在鹏盛工业园一车间内工作”已删。存段末段（王兴和…“为鹏盛工业园的选址等”）在句中中断，整段删去，正文截至“…投资额约9940万美元。”，含两行小标题，共八段。小标题“园区税收占当地税收1/5”的数据所属段落已删，不计事实。园区：鹏盛工业园区（文中又作“鹏盛工业园”；乌兹别克斯坦锡尔河州）。公司：温州市金盛贸易有限公司（投资创建方）。园区开发本身作为项目：投资额约9940万美元（约；美元，investment_cny 空）。",
  "pe06"),
 parks=[
  park(PS, "锡尔河州", "乌兹别克斯坦", "境外工业园区", F0, aliases=["鹏盛工业园"], note="温企在乌投资；距塔什干约70公里"),
 ],
 companies=[
  comp("温州市金盛贸易有限公司", PS, F0, kind="developer", note="园区投资创建方"),
 ],
 projects=[
  proj("鹏盛工业园区", PS, F0, companies=["温州市金盛贸易有限公司"], inv="投资额约9940万美元", qual="约", qual_text="约",
       currency="usd", value=9.94e7, opt=True, note="园区开发项目；美元金额"),
 ],
 aggregate_facts=[
  fact(PS, "park", "site_area_ha", 102, "ha", F0, "2016年6月"),
  fact(PS, "park", "investment_usd", 9.94e7, "usd", F0, "2016年6月", kind="cumulative", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- pe07 中白工业园 (华商网 2015, 第4页)
ZB = "中白工业园"
H0 = "目前已有中国一拖、中兴、华为、招商局等六家企业明确入园并签订入园协议"
G["pe07"] = dict(
 article=art("习近平考察中白工业园 \"一带一路\"又一招牌引关注", "华商网 news.hsw.cn（编辑 唐桂涛；多页稿第4页，原发媒体存段未示）", "2015-05-12", "day",
  "Regional news portal's multi-page explainer on a state visit, Belarus: the China–Belarus industrial park — first firms signed in, construction started, lead developer, planned industries",
  "http://news.hsw.cn/system/2015/0512/248412_4.shtml",
  "日期取网址 2015/0512。存段为多页稿的第4页，以总标题开头，正文自小标题“商机多”起（第1–3页未存）。“编辑:唐桂涛”、热词与上下篇链接已删。正文完整，截至“…十分期待。”，含两行小标题，共九段。园区：中白工业园（白俄罗斯；明斯克在文中未出现，city 记“明斯克州”为推定）。公司：中国一拖、中兴、华为、招商局（明确入园并签订入园协议，park 中白工业园，签约）；中白工业园区开发股份有限公司（开发方）；中国机械工业集团有限公司（牵头实施）。项目：园区“已经开工建设”——园区开发本身，列可选项目。无金额。",
  "pe07"),
 parks=[
  park(ZB, "明斯克州", "白俄罗斯", "境外经贸合作区（工业园）", "具有这么多优势,集中了两国领导人的关注,中白工业园的魅力如何?", note="城市文中未说，推定"),
 ],
 companies=[
  comp("中国一拖", ZB, H0, note="签订入园协议"),
  comp("中兴", ZB, H0, note="签订入园协议"),
  comp("华为", ZB, H0, note="签订入园协议；小标题亦见"),
  comp("招商局", ZB, H0, note="签订入园协议"),
  comp("中白工业园区开发股份有限公司", ZB, "中白工业园区开发股份有限公司第一副总经理卡罗捷耶夫说", kind="developer"),
  comp("中国机械工业集团有限公司", ZB, "负责牵头实施这一项目的中国机械工业集团有限公司接下来将继续遵循", kind="developer", note="牵头实施园区项目"),
 ],
 projects=[
  proj("中白工业园", ZB, "目前,园区已经开工建设", companies=["中国机械工业集团有限公司"], status="开工", status_text="已经开工建设", opt=True,
       note="园区开发本身；无金额"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "firms_signed", 6, "count", H0, "2015年5月", kind="cumulative", note="签订入园协议的中国企业"),
  fact(ZB, "park", "firms_interested", 10, "count", "此外还有十几家企业对入园表示浓厚兴趣", "2015年5月", qual="余", qtext="十几", opt=True),
 ])

# ---------------------------------------------------------------- pe08 埃塞俄比亚东方工业园 (新华丝路 2018)
DF = "东方工业园"
J0 = "截至2018年5月,东方工业园一期共有入园企业85家,遍布日化、制药、制鞋、建材、食品以及纺织服装等行业,为当地解决就业14700逾个"
J1 = "东方工业园二期马上动工建设,届时,将为当地解决就业30000-50000个,预计年出口创汇10亿-20亿美金"
G["pe08"] = dict(
 article=art("中国国际工程咨询有限公司总经理王安到访东方工业园", "新华丝路 imsilkroad.com（作者、原发媒体存段未示）", "2018-06-20", "day",
  "Official Belt and Road information platform, Ethiopia: a state consultancy's visit to a Chinese private firm's overseas cooperation zone — phase-1 firms and jobs, phase 2 about to start with jobs and export targets, firms visited",
  "https://www.imsilkroad.com/news/p/100013.html",
  "日期取页面“2018-06-20 08:51:00”；访问在2018年6月8日。标题照录；站名、日期行、两条图片说明（其一与标题同文）与“相关推荐”以下已删。正文六段，完整。园区：东方工业园（埃塞俄比亚；文中未说城市，city 空）；“东方工业园一期/二期”为分期，不另列园区。公司：华坚鞋业、帝缘陶瓷、利达纺织（参观的园区企业）。中国国际工程咨询有限公司（又作“中咨公司”，来访方，park null，可选）。项目：东方工业园二期——“马上动工建设”（planned），无金额。事实：一期入园企业85家、就业14700逾个（截至2018年5月，cumulative）；二期就业30000-50000个、年出口创汇10亿-20亿美金（target，区间取下限并注明）。",
  "pe08"),
 parks=[
  park(DF, None, "埃塞俄比亚", "境外经贸合作区（工业园）", J0, note="城市文中未说"),
 ],
 companies=[
  comp("华坚鞋业", DF, "座谈后,中咨公司一行参观了华坚鞋业、帝缘陶瓷和利达纺织"),
  comp("帝缘陶瓷", DF, "座谈后,中咨公司一行参观了华坚鞋业、帝缘陶瓷和利达纺织"),
  comp("利达纺织", DF, "座谈后,中咨公司一行参观了华坚鞋业、帝缘陶瓷和利达纺织"),
  comp("中国国际工程咨询有限公司", None, "2018年6月8日,中国国际工程咨询有限公司总经理王安、副总经理窦皓以及公司其他主要领导到访东方工业园",
       aliases=["中咨公司"], opt=True, note="来访方"),
 ],
 projects=[
  proj("东方工业园二期", DF, J1, phase="二期", status="planned", status_text="马上动工建设", note="无金额"),
 ],
 aggregate_facts=[
  fact(DF, "park", "firms", 85, "count", J0, "截至2018年5月", kind="cumulative", note="一期入园企业"),
  fact(DF, "park", "jobs", 14700, "count", J0, "截至2018年5月", kind="cumulative", qual="超", qtext="逾"),
  fact("东方工业园二期", "project", "planned_jobs", 30000, "count", J1, "二期建成后（预期）", kind="target", opt=True, note="区间30000-50000个，取下限"),
  fact("东方工业园二期", "project", "planned_annual_exports_usd", 1e9, "usd", J1, "二期建成后（预期）", kind="target", opt=True, note="区间10亿-20亿美金，取下限"),
 ])

# ---------------------------------------------------------------- pe09 柬埔寨西哈努克港经济特区 (环球时报 via rexun 2021)
XG = "西哈努克港经济特区"
K0 = "西港特区已有来自中国、东南亚、欧美等国家及地区的166家企业入驻,为当地创造就业岗位近3万个"
K1 = "2021年1-8月,西港特区的进出口额在疫情下逆势增长,达14亿美元"
G["pe09"] = dict(
 article=art("（无标题）西港特区董事长：前8个月进出口额增长40%，已有166家企业入驻", "环球时报（记者 赵觉珵），载于热讯 4g.rexun.cn", "2021-09-18", "day",
  "National tabloid's interview relayed by a portal, Cambodia: the chairman of a Chinese-Cambodian special economic zone — firms settled, jobs, Jan–Aug imports and exports and growth, target industries",
  "http://4g.rexun.cn/licai/2021/0918/091860779.html",
  "日期取网址 2021/0918；存段无标题、无日期行（title 为编者概括）。首段以“【环球时报记者 赵觉珵】”开头，照录。图片说明“西港特区工业园”已删。存段末段（“近年来,西港特区内陆续修建热电厂…希望引进更具科技含量和更高附加值”）在句中中断，整段删去，正文截至“…有些类似。”，共四段。园区：西哈努克港经济特区（文中又作“西港特区”“西港经济特区”；柬埔寨西哈努克港附近）。开发公司：西港经济特区有限公司（又作“西港经济特区公司”）。事实：166家企业、近3万个就业岗位（cumulative）；2021年1-8月进出口额14亿美元、增长40%。",
  "pe09"),
 parks=[
  park(XG, "西哈努克", "柬埔寨", "经济特区（境外经贸合作区）", "由中国、柬埔寨两国企业共同开发的西哈努克港经济特区(西港特区)", aliases=["西港特区", "西港经济特区"],
       note="距离港口12公里、紧邻机场；2008年开始建设"),
 ],
 companies=[
  comp("西港经济特区有限公司", XG, "西港经济特区有限公司董事长陈坚刚接受《环球时报》记者采访时表示", kind="developer", aliases=["西港经济特区公司"]),
 ],
 aggregate_facts=[
  fact(XG, "park", "firms", 166, "count", K0, "2021年9月", kind="cumulative"),
  fact(XG, "park", "jobs", 30000, "count", K0, "2021年9月", kind="cumulative", qual="约", qtext="近"),
  fact(XG, "park", "imports_exports_usd", 1.4e9, "usd", K1, "2021年1-8月", kind="cumulative"),
  fact(XG, "park", "imports_exports_yoy_growth", 0.40, "ratio", "西港经济特区的进出口额在今年前8个月依然实现40%的增长", "2021年1-8月", kind="ratio"),
 ])
