#!/usr/bin/env python3
"""Ground truth for e07–e12 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- e07 山东第四批化工园区 2019
E1 = "枣庄市峄城化工产业园"; E2 = "东营市东营区化工产业园"; E3 = "莱州银海化工产业园"
Z1 = "枣庄市市中区水处理剂产业园"; Z2 = "费县粘合剂化工产业园"
ev1 = "枣庄市峄城化工产业园、东营市东营区化工产业园、莱州银海化工产业园等10个化工园区"
ev2 = "枣庄市市中区水处理剂产业园、费县粘合剂化工产业园等3个专业化工园区"
write("e07", dict(
    title="山东公布第四批化工园区和专业化工园区名单 共13个",
    outlet="齐鲁网（闪电新闻）, 中国经济网 yun.ce.cn 转载",
    published="2019-07-01", published_precision="day",
    register="provincial broadcaster's news item on the provincial government's fourth list of certified chemical parks and specialised chemical parks: counts and named parks",
    source_url="http://yun.ce.cn/yq/201907/01/t20190701_32485505.shtml",
    note="标题下“2019-07-01 09:41”“来源:齐鲁网”两行已删（日期取此）；单行换行改为空行分段。两段内容大体重复，照录"),
  parks=[
    park(E1, ev1, city="枣庄", district="峄城区", province="山东", kind="化工园区"),
    park(E2, ev1, city="东营", district="东营区", province="山东", kind="化工园区"),
    park(E3, ev1, city="烟台", district="莱州市", province="山东", kind="化工园区", note="城市据莱州所属（烟台）补"),
    park(Z1, ev2, city="枣庄", district="市中区", province="山东", kind="专业化工园区"),
    park(Z2, ev2, city="临沂", district="费县", province="山东", kind="专业化工园区", note="城市据费县所属（临沂）补"),
  ],
  institutions=[
    inst("山东省人民政府办公厅", "山东省人民政府办公厅日前发出"),
    inst("山东省政府", "省政府确定,枣庄市峄城化工产业园", note="文作“省政府”"),
  ],
  facts=[
    fact("山东省第四批化工园区", "park_group", "parks_count", 10, "count", "莱州银海化工产业园等10个化工园区",
         as_of="2019年7月"),
    fact("山东省第四批专业化工园区", "park_group", "parks_count", 3, "count", "费县粘合剂化工产业园等3个专业化工园区",
         as_of="2019年7月"),
    fact("山东省第四批化工园区和专业化工园区", "park_group", "parks_count", 13, "count", "专业化工园区名单 共13个",
         as_of="2019年7月", optional=True, note="标题中的合计"),
  ],
)

# ---------------------------------------------------------------- e08 吴忠 2022 首批重大项目开工
Q = "青铜峡工业园区"; HL = "海利化工新材料项目"
G = "吴忠市2022年第一批85个重大项目"; Y = "吴忠市2022年全年确定实施的485个项目"
write("e08", dict(
    title="吴忠今年首批重大项目集中开工",
    outlet="宁夏新闻网（记者 张国长）, 人民网宁夏频道",
    published="2022-02-27", published_precision="day",
    register="provincial news portal item (reposted by a national portal's regional channel) on a city's first batch of major project starts: the batch's count and investment, a new-materials project in an industrial park with expected sales, tax and jobs, a pumped-storage plant, the year's project plan",
    source_url="http://nx.people.com.cn/n2/2022/0227/c192482-35151543.html",
    note="页首“人民网”“人民网>>宁夏频道>>宁夏要闻”、日期行“2022年02月27日08:28 | 来源:宁夏新闻网”（日期取此）、“小字号”与文末“(责编:梁宏鑫、贾茹)”“分享让更多人看到”“返回顶部”已删；副题“全年确定实施项目485个 年度投资达467亿元”作为首段保留。开工在2月26日"),
  parks=[
    park(Q, "青铜峡工业园区海利化工新材料项目", city="吴忠", district="青铜峡市", province="宁夏", kind="工业园区"),
  ],
  companies=[
    comp("海利化工", "青铜峡工业园区海利化工新材料项目", park=Q, optional=True, note="只出现在项目名中"),
  ],
  projects=[
    proj(HL, "青铜峡工业园区海利化工新材料项目,是自治区建设全国新材料“大工厂”的延链补链项目,总投资30亿元", Q,
         ["海利化工"], 3000000000.0, "总投资30亿元", status="开工", status_text="第一批85个重大项目集中开工",
         note="作为首批集中开工项目介绍"),
    proj("牛首山抽水蓄能电站项目", "开建的牛首山抽水蓄能电站项目", None, status="开工", status_text="开建",
         note="能源项目，不在园区"),
    proj("宝丰光伏电站", "加速推进宝丰光伏电站、利通区全钒液流电池制造等", None, status="planned",
         status_text="加速推进…前期工作", optional=True),
    proj("利通区全钒液流电池制造", "利通区全钒液流电池制造等一批优结构", None, status="planned",
         status_text="加速推进…前期工作", optional=True),
    proj("吴忠市第一再生水厂", "吴忠市第一再生水厂、吴忠市东片区基础设施建设等项目完成施工招标", None,
         status="planned", status_text="完成施工招标", optional=True),
    proj("吴忠市东片区基础设施建设", "吴忠市东片区基础设施建设等项目完成施工招标", None, status="planned",
         status_text="完成施工招标", optional=True),
  ],
  facts=[
    fact(G, "park_group", "projects_started", 85, "count", "吴忠市2022年第一批85个重大项目集中开工",
         as_of="2022年2月26日"),
    fact(G, "park_group", "planned_investment_cny", 22570000000.0, "cny", "计划总投资225.7亿元", as_of="2022年2月26日"),
    fact(HL, "project", "expected_revenue_cny", 6000000000.0, "cny", "可实现年销售收入60亿元以上", kind="target",
         qual="超", qtext="以上"),
    fact(HL, "project", "expected_profit_tax_cny", 1100000000.0, "cny", "上缴利税11亿元以上", kind="target",
         qual="超", qtext="以上"),
    fact(HL, "project", "jobs", 1100, "count", "提供就业岗位1100个左右", kind="target", qual="约", qtext="左右"),
    fact("牛首山抽水蓄能电站项目", "project", "annual_renewable_power_absorbed_kwh", 1471000000, "kwh",
         "每年预计消纳风(光)电14.71亿千瓦时", kind="target", optional=True),
    fact(Y, "park_group", "projects_count", 485, "count", "吴忠市全年确定实施项目485个", kind="target", as_of="2022年"),
    fact(Y, "park_group", "annual_planned_investment_cny", 46700000000.0, "cny", "年度投资达467亿元,涵盖",
         kind="target", as_of="2022年", note="副题也有“年度投资达467亿元”"),
    fact("吴忠市申报的民生社会事业项目", "park_group", "projects_count", 59, "count", "教育强国等民生社会事业项目59个",
         as_of="2022年", optional=True),
  ],
)

# ---------------------------------------------------------------- e09 省政府投资基金园区行 宜兴 2021
W = "中国宜兴环保科技工业园"; JS = "江苏省政府投资基金"
write("e09", dict(
    title="省政府投资基金园区行 首站到宜兴",
    outlet="江南晚报（何小兵）, A02版“看无锡”, szb.wxrb.com 电子版",
    published="2021-07-12", published_precision="day",
    register="city evening paper item on a provincial government investment fund's park roadshow in a county-level city: funds signed with their size, roadshow firms and financing needs, the provincial fund's cumulative investment, an environmental-technology industrial park as the firms' home",
    source_url="http://szb.wxrb.com/jnwb/pc/content/202107/12/content_89305.html",
    note="版面行“第A02版:看无锡”已删；段首缩进已删；尾注“(何小兵)”单独成段照录。日期取 URL 路径（电子版日期）；活动在“日前”"),
  parks=[
    park(W, "参加宜兴站活动的路演企业大多来自中国宜兴环保科技工业园", city="无锡", district="宜兴市", province="江苏",
         kind="工业园", note="城市据宜兴所属（无锡）补"),
  ],
  funds=[
    fund("宜兴新动能产业基金", "规模50亿元的宜兴新动能产业基金", size=5000000000.0, size_type="规模",
         note="签约基金；文中未说所属园区"),
    fund("IDG新文体旅股权投资基金", "50亿元的IDG新文体旅股权投资基金", size=5000000000.0, size_type="规模",
         note="签约基金；文中未说所属园区"),
    fund(JS, "“江苏省政府投资基金园区行”首站到宜兴", invested=160000000000.0, qual="超",
         note="文中多作“省政府投资基金”；成立5年来总投资额超1600亿元（invested）；无规模"),
  ],
  facts=[
    fact("“江苏省政府投资基金园区行”宜兴站路演的18个项目企业", "park_group", "roadshow_companies", 18, "count",
         "总融资需求超10亿元的18个项目企业举行路演", as_of="2021年7月"),
    fact("“江苏省政府投资基金园区行”宜兴站路演的18个项目企业", "park_group", "financing_demand_cny", 1000000000.0,
         "cny", "总融资需求超10亿元", qual="超", as_of="2021年7月"),
    fact(JS, "fund", "fund_projects_invested", 1770, "count", "已投资项目超1770个", qual="超", kind="cumulative",
         as_of="2021年7月", note="成立5年来"),
    fact(JS, "fund", "fund_invested_cny", 160000000000.0, "cny", "总投资额超1600亿元", qual="超", kind="cumulative",
         as_of="2021年7月", optional=True, note="与基金 invested 字段重复，设为可选"),
    fact(JS, "fund", "capital_mobilized_cny", 480000000000.0, "cny", "带动社会出资近4800亿元", qual="约", qtext="近",
         kind="cumulative", as_of="2021年7月"),
    fact(JS, "fund", "years_since_founding", 5, "years", "省政府投资基金成立5年来", optional=True),
    fact("省政府投资基金参股基金管理公司", "park_group", "fund_managers_participating", 30, "count",
         "30多个省政府投资基金参股基金管理公司", qtext="多", as_of="2021年7月", optional=True),
  ],
)

# ---------------------------------------------------------------- e10 太原 30 个招商引资项目 2023
ZB = "中北高新区"; DY = "大盂产业新城"
SI = "半导体硅片材料生产基地项目"; HK = "深圳惠科新材料产业项目"
HW = "华为矿山军团全球总部暨山西区域总部项目"; TK = "泰康太原旗舰康养社区项目"
G = "太原市重点推进的30个招商引资项目"
write("e10", dict(
    title="太原市重点推进30个招商引资项目 总投资额约591亿元",
    outlet="太原晚报（记者 尹哲）, 工业园网 sx.cnipai.com（用户上传）",
    published="2023-12-21", published_precision="day",
    register="city evening paper item (reposted by an industrial-park portal) on a city's 30 key investment-promotion projects: four named projects with amounts, land, output and schedule, two of them in a high-tech zone and an industrial new town, projects under negotiation and next year's signing target",
    source_url="https://sx.cnipai.com/news/detail/304991.html",
    note="页首“山西切换”“新闻”与日期行“2023”“12/21”“16:37”（日期取此）、文末免责声明与举报行已删；末段末尾的署名“记者 尹哲 太原晚报”与正文同行，照录。发布会在12月14日"),
  parks=[
    park(ZB, "落地中北高新区", city="太原", province="山西", kind="高新区"),
    park(DY, "落地大盂产业新城核心区", city="太原", province="山西", kind="产业新城", note="项目落在其核心区"),
  ],
  companies=[
    comp("深圳惠科", "深圳惠科新材料产业项目", park=DY, optional=True, note="只出现在项目名中"),
    comp("华为", "华为矿山军团全球总部暨山西区域总部项目", optional=True, note="只出现在项目名中；项目在晋源区"),
    comp("泰康", "泰康太原旗舰康养社区项目", optional=True, note="只出现在项目名中；项目在万柏林区"),
  ],
  institutions=[
    inst("太原市政府新闻办", "记者从市政府新闻办举行的", note="文作“市政府新闻办”"),
    inst("太原市促进外来投资局", "市促进外来投资局相关负责人介绍", note="文作“市促进外来投资局”"),
  ],
  projects=[
    proj(SI, "半导体硅片材料生产基地项目,总投资91亿元,落地中北高新区", ZB, [], 9100000000.0, "总投资91亿元",
         status="在建", status_text="预计明年6月底投产", status_alt="planned",
         note="重点推进的招商引资项目；预计2024年6月底投产，读作在建"),
    proj(HK, "深圳惠科新材料产业项目,总投资90亿元,落地大盂产业新城核心区", DY, ["深圳惠科"], 9000000000.0,
         "总投资90亿元", status="planned", status_text="预计本月底开工点火", status_alt="在建"),
    proj(HW, "华为矿山军团全球总部暨山西区域总部项目,总投资15亿元,落地晋源区", None, ["华为"], 1500000000.0,
         "总投资15亿元", status="在建", status_text="预计2025年10月正式运营", status_alt="planned",
         note="落地晋源区（行政区，非园区）"),
    proj(TK, "泰康太原旗舰康养社区项目总投资20亿元,落地万柏林区", None, ["泰康"], 2000000000.0, "总投资20亿元",
         note="落地万柏林区（行政区，非园区）；文中无进度"),
  ],
  facts=[
    fact(G, "park_group", "projects_count", 30, "count", "全市重点推进的招商引资项目30个", as_of="2023年12月"),
    fact(G, "park_group", "planned_investment_cny", 59100000000.0, "cny", "总投资额约591亿元。", qual="约",
         as_of="2023年12月"),
    fact(SI, "project", "land_area_mu", 225, "mu", "项目用地225亩"),
    fact(SI, "project", "expected_revenue_cny", 3000000000.0, "cny", "达产后实现年营业收入30亿元", kind="target"),
    fact(HK, "project", "land_area_mu", 668, "mu", "项目用地668亩"),
    fact(HK, "project", "annual_capacity_tonnes", 200000, "tonnes", "建设年产20万吨高性能电子铜箔新材料生产基地",
         kind="target", optional=True),
    fact(HK, "project", "expected_output_value_cny", 28000000000.0, "cny", "三年内预计年产值280亿元", kind="target"),
    fact(TK, "project", "land_area_mu", 54, "mu", "项目用地54亩"),
    fact(TK, "project", "jobs", 700, "count", "将提供就业岗位700个至800个", kind="target", optional=True,
         note="区间700—800，取下限"),
    fact("太原市储备在谈项目", "park_group", "projects_in_negotiation", 107, "count", "全市储备在谈项目107个",
         as_of="2023年12月"),
    fact("太原市储备在谈项目", "park_group", "planned_investment_cny", 139350000000.0, "cny", "总投资额1393.5亿元",
         as_of="2023年12月"),
    fact("太原市", "region", "signed_investment_cny", 100000000000.0, "cny", "实现年度签约项目计划投资额1000亿元",
         kind="target", as_of="2024年", optional=True),
  ],
)

# ---------------------------------------------------------------- e11 云南 89 个开发区 2023 上半年
G = "云南省89个开发区"; K = "云南省“15+7”重点园区"; AS = "2023年1月至6月"
CH = "云南省6条制造业重点产业链"
write("e11", dict(
    title="我省开发区规模质量实现双提升",
    title_note="转载页两处标题，取正文前一处；其前“原标题:新数据 新看点”为转载站注记（已删）；副题作为首段保留",
    outlet="原刊未注明（“本报讯(记者 段晓瑞)”；据“15+7”重点园区、中老铁路沿线、滇中地区等为云南日报）, xunjk.com 转载",
    published="2023-08-14", published_precision="day",
    register="provincial party paper item on the province's development zones in the first half-year: above-scale value added and industrial investment growth of 89 zones, zones growing over 20%, the key zones' share, growth and firm counts of six priority industrial chains",
    source_url="http://zhongguoctwang.xunjk.com/zhongguoctwang/2023/0814/611006.html",
    note="页首“首页 栏目首页 > 证券 > 正文”、转载站标题、“(资料图片仅供参考)”“原标题:新数据 新看点”与文末“责任编辑:谭江华”、站点页脚已删。日期取 URL 路径。文中只作“我省”，省份据滇中地区、中老铁路沿线等读作云南，为推断"),
  facts=[
    fact(G, "park_group", "parks_count", 89, "count", "全省89个开发区规模以上工业增加值同比增长9.7%", as_of=AS),
    ratio(G, "park_group", "value_added_yoy_growth", 0.097, "ratio", "全省89个开发区规模以上工业增加值同比增长9.7%",
          as_of=AS, optional=False),
    ratio(G, "park_group", "industrial_fixed_asset_investment_yoy_growth", 0.42, "ratio",
          "工业固定资产投资同比增长42.0%,比全省", as_of=AS, optional=False),
    ratio(G, "park_group", "value_added_growth_above_province_pp", 4.7, "pp", "高于全省4.7个百分点", as_of=AS),
    ratio(G, "park_group", "industrial_investment_growth_above_province_pp", 9.3, "pp", "比全省增速高9.3个百分点",
          as_of=AS),
    fact("云南省规上工业增加值同比增速超过20%的开发区", "park_group", "parks_count", 20, "count",
         "20个开发区规上工业增加值同比增速超过20%", as_of=AS),
    fact("云南省工业固定资产投资同比增速超过20%的开发区", "park_group", "parks_count", 39, "count",
         "39个开发区工业固定资产投资同比增速超过20%", as_of=AS),
    ratio(K, "park_group", "share_of_province_zone_output", 0.5, "ratio", "完成了全省开发区50%左右的规上工业总产值",
          qual="约", qtext="左右", as_of=AS, note="规上工业总产值、固定资产投资、工业固定资产投资均约占50%"),
    ratio(CH, "other", "above_scale_output_value_yoy_growth", 0.086, "ratio", "6条重点产业链规上工业总产值同比增长8.6%",
          as_of=AS),
    ratio(CH, "other", "value_added_yoy_growth", 0.224, "ratio", "规上工业增加值同比增长22.4%", as_of=AS),
    ratio("云南省新能源电池产业", "other", "output_value_yoy_growth", 0.675, "ratio", "工业产值增速分别达67.5%",
          as_of=AS),
    ratio("云南省绿色硅产业", "other", "output_value_yoy_growth", 0.257, "ratio", "67.5%、25.7%", as_of=AS),
    fact("云南省先进制造产业链", "other", "enterprises_above_scale", 182, "count", "分别达182个、83个", as_of=AS,
         optional=True),
    fact("云南省生物医药产业链", "other", "enterprises_above_scale", 83, "count", "182个、83个", as_of=AS,
         optional=True),
    fact(CH, "other", "industrial_chains", 6, "count", "等6条制造业重点产业链", optional=True),
  ],
)

# ---------------------------------------------------------------- e12 滁州经开区 标准化厂房 2021
P = "滁州经开区"; CX = "创新示范基地一期、二期"
write("e12", dict(
    title=None, title_note="电子版页面未存标题，正文以“本报讯 近年来,滁州经开区”开始；内容为滁州经开区标准化厂房建设与新引进项目",
    outlet="滁州日报（鄢红梅、欧明郁）, szbk.chuzhou.cn 电子版",
    published="2021-04-09", published_precision="day",
    register="city daily item on an economic development zone's standard-factory programme: cumulative floor area and investment, factories under way, an innovation base's phases, sub-parks in use, newly attracted photovoltaic projects with expected output",
    source_url="http://szbk.chuzhou.cn/czrb/pc/content/202104/09/content_36147.html",
    note="页面只存正文与尾注“(鄢红梅 欧明郁)”（单独成段，照录）；单行换行改为空行分段。日期取 URL 路径（电子版日期）"),
  parks=[
    park(P, "滁州经开区强力推进“筑巢”建设工程", city="滁州", province="安徽", kind="经开区"),
    park("电子商务产业园", "建成并投入使用了电子商务产业园、承接产业转移示范园、昭阳工业园", city="滁州", province="安徽",
         kind="产业园", parent=P, optional=True, note="经开区内已建成投用的标准化厂房园区"),
    park("承接产业转移示范园", "承接产业转移示范园、昭阳工业园、隆基一期、二期等标准化厂房79万平方米", city="滁州",
         province="安徽", kind="示范园", parent=P, optional=True, note="经开区内已建成投用的标准化厂房园区"),
    park("昭阳工业园", "承接产业转移示范园、昭阳工业园、隆基一期、二期等标准化厂房79万平方米", city="滁州",
         province="安徽", kind="工业园", parent=P, optional=True, note="经开区内已建成投用的标准化厂房园区"),
  ],
  companies=[
    comp("东方日升", "东方日升新能源项目建成后可实现年产值150亿元", park=P, optional=True, note="只出现在项目名中"),
    comp("滁州瑞达新能源材料有限公司", "年产值17亿元的滁州瑞达新能源材料有限公司等多家企业", park=P),
    comp("隆基", "昭阳工业园、隆基一期、二期等标准化厂房", park=P, optional=True, note="只出现在厂房名“隆基一期、二期”中"),
  ],
  projects=[
    proj(CX, "总投资12.3亿元、总建筑面积约51万平方米的创新示范基地一期、二期的总体结构已完成", P, [], 1230000000.0,
         "总投资12.3亿元", phase="一期、二期", status="在建", status_text="总体结构已完成",
         aliases=["创新示范基地"]),
    proj("光伏组件铝边框生产基地", "又成功引进了国内规模最大的光伏组件铝边框生产基地", P, status="签约",
         status_text="成功引进", note="文中未说投资方"),
    proj("东方日升新能源项目", "东方日升新能源项目建成后可实现年产值150亿元", P, ["东方日升"], status="签约",
         status_text="成功引进", status_alt="planned", note="“日前…成功引进”的项目之一，尚未建成"),
    proj("隆基一期、二期", "昭阳工业园、隆基一期、二期等标准化厂房", P, ["隆基"], phase="一期、二期", status="竣工",
         status_text="建成并投入使用", optional=True, note="已建成投用的标准化厂房"),
  ],
  facts=[
    fact(P, "park", "standard_factory_floor_area_m2", 2320000, "m2", "已累计建设标准化厂房232万平方米",
         kind="cumulative", as_of="2021年4月"),
    fact(P, "park", "standard_factory_investment_cny", 3800000000.0, "cny", "总投资38亿元。", kind="cumulative",
         as_of="2021年4月", note="累计建设标准化厂房的总投资"),
    fact(P, "park", "standard_factory_under_construction_m2", 1530000, "m2", "为企业量身定制的153万平方米的标准化厂房正在快速推进",
         as_of="2021年4月"),
    fact(P, "park", "standard_factory_in_use_m2", 790000, "m2", "标准化厂房79万平方米", as_of="2021年4月",
         note="电子商务产业园、承接产业转移示范园、昭阳工业园、隆基一期二期等已建成投用的厂房合计"),
    fact(CX, "project", "floor_area_m2", 510000, "m2", "总建筑面积约51万平方米", qual="约"),
    fact("东方日升新能源项目", "project", "expected_output_value_cny", 15000000000.0, "cny",
         "东方日升新能源项目建成后可实现年产值150亿元", kind="target"),
    fact("滁州瑞达新能源材料有限公司", "company", "expected_output_value_cny", 1700000000.0, "cny",
         "项目建成达产后可实现年产值17亿元", kind="target"),
  ],
)
