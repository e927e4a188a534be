#!/usr/bin/env python3
"""Ground truth for g07–g12 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- g07 潢川县纺织服装产业园 2019
HC = "潢川县产业集聚区"; FZ = "潢川县纺织服装产业园"; PJ = "潢川县纺织服装产业园项目"
write("g07", dict(
    title="潢川县举行纺织服装产业园项目开工奠基仪式",
    outlet="河南日报（页行“来源:河南日报”）, 中国纺织网 tex-asia.com 转载",
    published="2019-04-04", published_precision="day",
    register="provincial party paper item (textile trade-site copy) on the groundbreaking of a garment industrial park in a county's industrial cluster zone: attendees, land and floor area, expected firms, output, tax and jobs",
    source_url="http://www.tex-asia.com/news/201904/04/67565.html",
    note="页首“热搜”行、“日期:2019-04-04 来源:河南日报 浏览:13 评论:0”一行（日期取此）与文末标签、“更多>同类纺织资讯”、评论与站点页脚已删。奠基在3月30日"),
  parks=[
    park(HC, "开工奠基仪式在该县产业集聚区隆重举行", city="信阳", district="潢川县", province="河南", kind="产业集聚区",
         note="文作“该县产业集聚区”，名称据县名补；市、省为补充"),
    park(FZ, "潢川县纺织服装产业园项目开工奠基仪式", city="信阳", district="潢川县", province="河南",
         kind="专业园区（产业园项目）", parent=HC,
         note="园区兼项目：产业园本身是开工的项目（见 projects）；“是一个集纺织、成衣、交易、研发等的专业园区”"),
  ],
  companies=[
    comp("广东兆菲置业有限公司", "广东兆菲置业有限公司董事长杨中清", optional=True,
         note="董事长出席奠基仪式；文中未说与项目的关系"),
  ],
  institutions=[
    inst("河南省服装行业协会", "河南省服装行业协会会长李刚", kind="other"),
  ],
  projects=[
    proj(PJ, "潢川县纺织服装产业园项目开工奠基仪式", HC, status="开工", status_text="开工奠基仪式",
         aliases=[FZ], note="投资额未给"),
  ],
  facts=[
    fact(PJ, "project", "land_area_mu", 242, "mu", "潢川县纺织服装产业园项目占地达242亩"),
    fact(PJ, "project", "floor_area_m2", 230000, "m2", "建筑面积23万平方米"),
    fact(PJ, "project", "enterprises_to_enter", 20, "count", "预计可引进企业20家", kind="target"),
    fact(PJ, "project", "expected_output_value_cny", 4000000000.0, "cny", "预估年总产值将达30亿-40亿元", kind="target",
         optional=True, note="区间“30亿-40亿元”，取上限（“将达”）；下限3e9"),
    fact(PJ, "project", "expected_tax_cny", 100000000.0, "cny", "年纳税额可达1亿元", kind="target"),
    fact(PJ, "project", "expected_jobs", 10000, "count", "新增劳动力就业岗位1万人左右", kind="target", qual="约",
         qtext="左右"),
  ],
)

# ---------------------------------------------------------------- g08 保定 2021年首批重点项目 涿州中国五矿科技产业园
WK = "涿州中国五矿科技产业园"; G = "保定市2021年首批集中开工的143个重点项目"; BD = "保定市"
write("g08", dict(
    title=None, title_note="页面未存标题，正文以“今日,河北省保定市2021年首批143个重点项目集中开工”开始；内容为保定市首批重点项目集中开工，主会场在涿州中国五矿科技产业园",
    outlet="中国新闻社（文末“(完)”；据同题材中新网河北稿推断）, yuesao1680.com 转载",
    published="2021-03-20", published_precision="day",
    register="national news agency wire (aggregator copy) on a city's first batch of key-project starts: the count and total, the year's planned key projects, the investors, a science and technology industrial park as the main venue with its investment, land, expected output and tax",
    source_url="https://m.yuesao1680.com/news/626.html",
    note="页首“首页 >>> 资讯 |”已删；单行换行改为空行分段。页面无日期；文作“今日”，开工在2021年3月20日（同题材中新网河北稿“3月20日电”，seuboutique.com 转存），故记作2021-03-20（推断）"),
  parks=[
    park(WK, "建设项目含涿州中国五矿科技产业园", city="保定", district="涿州市", province="河北", kind="产业园（项目）",
         note="园区兼项目：集中开工主会场，本身是开工项目（见 projects）；文中又作“该产业园”"),
  ],
  companies=[
    comp("中国五矿集团", "投资合作方包括中国五矿集团", park=WK, note="投资合作方；园区名含“中国五矿”"),
    comp("百度(香港)有限公司", "百度(香港)有限公司", note="投资合作方；文中未直接说其项目，百度云计算(二期)据名称对应"),
    comp("金隅集团", "金隅集团等", note="投资合作方；文中未说其项目"),
  ],
  institutions=[
    inst("保定市人民政府", "保定市副市长曹海波称", note="文中只作“保定市副市长”"),
  ],
  projects=[
    proj(WK, "当日活动主会场设在涿州中国五矿科技产业园。据介绍,该产业园总投资120亿元", WK, ["中国五矿集团"], 12000000000.0, "该产业园总投资120亿元",
         status="开工", status_text="集中开工", aliases=["中国五矿科技产业园"],
         note="主要建设五矿新兴产业创新基地及总部研发集聚区"),
    proj("百度云计算(二期)", "百度云计算(二期)", None, ["百度(香港)有限公司"], status="开工", status_text="集中开工",
         phase="二期", note="所在园区未给；企业据名称对应"),
    proj("绿色建材产业园", "绿色建材产业园等", None, status="开工", status_text="集中开工",
         note="所在园区与投资方未给（可能与金隅集团有关，文中未说）"),
  ],
  facts=[
    fact(G, "park_group", "projects_started", 143, "count", "保定市2021年首批143个重点项目集中开工",
         as_of="2021年3月20日"),
    fact(G, "park_group", "planned_investment_cny", 100000000000.0, "cny", "总投资超千亿元人民币", qual="超",
         as_of="2021年3月20日"),
    fact(BD, "region", "planned_projects", 485, "count", "共谋划市以上重点项目485项", as_of="2021年"),
    fact(BD, "region", "planned_investment_cny", 594198000000.0, "cny", "总投资5941.98亿元", as_of="2021年",
         note="485项市以上重点项目的总投资"),
    fact(BD, "region", "provincial_key_projects", 67, "count", "其中包括省重点项目67项", as_of="2021年", optional=True),
    fact(G, "park_group", "counties", 22, "count", "此次集中开工项目涉及22个县(市、区)、开发区", as_of="2021年3月20日",
         optional=True, note="涉及的县(市、区)和开发区合计"),
    fact(WK, "project", "land_area_mu", 1500, "mu", "占地1500亩"),
    fact(WK, "project", "expected_output_value_cny", 4780000000.0, "cny", "预计实现年产值47.8亿元", kind="target"),
    fact(WK, "project", "expected_tax_cny", 177000000.0, "cny", "纳税1.77亿元", kind="target"),
  ],
)

# ---------------------------------------------------------------- g09 昌吉州 第一批招商引资项目集中开工 2021
CG = "昌吉国家高新技术产业开发区"; ZD = "准东经济技术开发区"; NK = "昌吉国家农业科技园区"
G9 = "昌吉州第一批集中开工的147个招商引资项目"; CJ = "昌吉回族自治州"
write("g09", dict(
    title=None, title_note="页面未存标题，正文以电头“本报乌鲁木齐讯(记者马呈忠)”开始；内容为昌吉州第一批招商引资项目在三个园区同步集中开工",
    outlet="经济日报（本报乌鲁木齐讯，记者 马呈忠）, paper.ce.cn 电子版",
    published="2021-04-25", published_precision="day",
    register="national economic daily item on a prefecture's first batch of investment-promotion projects starting simultaneously in a high-tech zone, an economic development zone and an agricultural science park: count and total, the year's planned starts, the share of chain-extension projects, the business-environment centre's measures",
    source_url="http://paper.ce.cn/jjrb/html/2021-04/25/content_442362.htm",
    note="页面只存正文，无删节；单行换行改为空行分段。日期取 URL 路径（电子版日期）；开工在“近日”"),
  parks=[
    park(CG, "在昌吉国家高新技术产业开发区、准东经济技术开发区", city="昌吉回族自治州", province="新疆", kind="国家高新区"),
    park(ZD, "准东经济技术开发区", city="昌吉回族自治州", province="新疆", kind="经济技术开发区"),
    park(NK, "昌吉国家农业科技园区同步举行", city="昌吉回族自治州", province="新疆", kind="国家农业科技园区"),
  ],
  institutions=[
    inst("昌吉州营商环境服务中心", "昌吉州营商环境服务中心主任马欢庆说"),
  ],
  facts=[
    fact(G9, "park_group", "projects_started", 147, "count", "此次开工项目147个", as_of="2021年4月",
         note="在三个园区同步举行开工仪式的第一批招商引资项目"),
    fact(G9, "park_group", "planned_investment_cny", 72027000000.0, "cny", "总投资720.27亿元", as_of="2021年4月"),
    fact(CJ, "region", "projects_to_start", 203, "count", "今年,昌吉州拟开工项目203个", kind="target", as_of="2021年"),
    fact(CJ, "region", "planned_investment_cny", 111402000000.0, "cny", "总投资1114.02亿元", kind="target", as_of="2021年",
         note="拟开工203个项目的总投资"),
    ratio(CJ, "region", "chain_extension_projects_share", 0.3, "ratio", "产业链延伸项目占到签约项目的30%",
          as_of="2021年4月"),
  ],
)

# ---------------------------------------------------------------- g10 仙桃 纺织服装项目集中签约 2023
XX = "仙西服装产业集聚区"; SS = "中国时尚之都创意产业园"; SP = "中国时尚之都创意产业园项目"; XT = "仙桃市"
write("g10", dict(
    title="地方项目:仙桃60个纺织服装项目集中签约",
    outlet="湖北日报（文末“(来源:湖北日报)”）, 纺织项目网 sjfzxm.com 转载",
    published="2023-01-11", published_precision="day",
    register="provincial party paper item (trade-site copy) on a county-level city's garment supply-chain conference: 60 projects signed with their total, the largest a fashion creative industrial park with its investment, the garment cluster zone, firms and output, a town's output, an industry fund, spring project starts",
    source_url="http://mengliting.sjfzxm.com/difang/202301-11-592079.html",
    note="标题行“地方项目:”为转载站栏目前缀，随标题照录；文末转载站声明（2、3、4条）与截断的评论提示已删；尾注“(来源:湖北日报)”照录。日期取 URL 路径（2023-01-11）；大会在1月9日"),
  parks=[
    park(XX, "建设以毛嘴镇为核心的仙西服装产业集聚区", city="仙桃", province="湖北", kind="产业集聚区",
         note="以毛嘴镇为核心（“仙西服装产业核心区的毛嘴镇”）"),
    park(SS, "在仙桃建设中国时尚之都创意产业园", city="仙桃", province="湖北", kind="产业园（签约项目）",
         note="园区兼项目：签约拟建（见 projects）"),
  ],
  companies=[
    comp("金田阳光投资集团有限公司", "仙桃市政府与金田阳光投资集团有限公司签订的", park=SS),
    comp("广州铭萱服饰有限公司", "向广州铭萱服饰有限公司等6家企业颁发返乡创业扶持资金", optional=True,
         note="获返乡创业扶持资金的企业之一；文中未说所在园区"),
  ],
  institutions=[
    inst("仙桃市政府", "仙桃市政府与金田阳光投资集团有限公司签订的", note="签约方"),
    inst("中国纺织工业联合会", "被中国纺织工业联合会授予“中国女裤名镇”称号", kind="other"),
  ],
  projects=[
    proj(SP, "金田阳光投资集团有限公司签订的“中国时尚之都创意产业园”项目,拟投资200亿元", SS,
         ["金田阳光投资集团有限公司"], 20000000000.0, "拟投资200亿元", status="签约", status_text="集中签约",
         aliases=[SS], note="60个签约项目中投资规模最大"),
  ],
  funds=[
    fund("产业发展基金", "设立2亿元产业发展基金", size=200000000.0, size_type="规模", optional=True,
         note="仙桃为支持服装产业设立的基金，文中无专名；不属某一园区"),
  ],
  facts=[
    fact("仙桃市服装产业供应链合作发展大会集中签约的60个纺织服装项目", "park_group", "projects_signed", 60, "count",
         "60个纺织服装项目集中签约", as_of="2023年1月9日"),
    fact("仙桃市服装产业供应链合作发展大会集中签约的60个纺织服装项目", "park_group", "planned_investment_cny",
         26364000000.0, "cny", "计划总投资263.64亿元", as_of="2023年1月9日"),
    fact(XT, "region", "market_entities", 1583, "count", "全市已聚集服装生产加工市场主体1583家", as_of="2023年1月"),
    fact(XT, "region", "output_value_cny", 15000000000.0, "cny", "实现综合产值150亿元", as_of="2023年1月",
         note="全市服装产业综合产值"),
    fact("毛嘴镇", "other", "annual_output_units", 110000000, "count", "年产女裤1.1亿条", optional=True,
         note="仙西服装产业核心区"),
    fact(XT, "region", "returning_market_entities", 200, "count", "吸引200余家市场主体回乡创业", qual="余",
         optional=True),
    fact(XT, "region", "returning_workers", 20000, "count", "近2万产业工人返乡就业", qual="约", qtext="近",
         optional=True),
    fact("仙桃市2023年春季集中开工的服装产业项目", "park_group", "projects_started", 56, "count",
         "集中开工服装产业项目56个", as_of="2023年1月9日"),
    fact("仙桃市获返乡创业扶持资金的企业", "park_group", "enterprises_awarded", 6, "count", "等6家企业颁发返乡创业扶持资金",
         as_of="2023年1月9日", optional=True),
  ],
)

# ---------------------------------------------------------------- g11 海南自贸港重点园区 2024 上半年
HN = "海南自贸港重点园区"; JD = "海口江东新区"; YP = "洋浦经济开发区"; WC = "文昌国际航天城"
write("g11", dict(
    title=None, title_note="页面未存标题，正文以电头“中新社 海口7月31日电 (记者 王子谦)”开始；内容为海南自贸港重点园区2024年上半年营收、投资与税收",
    outlet="中国新闻社（记者 王子谦）, 转载页 124.42.81.250",
    published="2024-07-31", published_precision="day",
    register="national news agency wire on a province's 13 key free-trade-port parks' half-year figures: revenue and growth, parks growing, investment growth with three parks' rates, tax revenue and its share of the province",
    source_url="http://124.42.81.250:8082/api/data.php?AdQ=fTkC.html",
    note="转载页首行“发布时间:2024-11-25 23:10:12 来源: sp20241125”已删（转载日期，不取）；文末“(完)”照录，同行的“【编辑:李润泽】”已删；单行换行改为空行分段。日期取电头（7月31日）；年份据“13个重点园区”“封关运作前”与转载年份推断为2024"),
  parks=[
    park(JD, "海口江东新区、洋浦经济开发区和文昌国际航天城完成投资", city="海口", province="海南", kind="新区（自贸港重点园区）"),
    park(YP, "洋浦经济开发区和文昌国际航天城", city="儋州", province="海南", kind="经济开发区（自贸港重点园区）",
         note="城市据所在（儋州洋浦）补"),
    park(WC, "文昌国际航天城完成投资", city="文昌", province="海南", kind="航天城（自贸港重点园区）"),
  ],
  institutions=[
    inst("海南省统计局", "海南省统计局31日发布数据显示"),
    inst("海南省统计监测中心", "海南省统计监测中心主任陈靖璇介绍"),
  ],
  facts=[
    fact(HN, "park_group", "revenue_cny", 1209707000000.0, "cny", "海南自贸港重点园区实现营业收入12097.07亿元",
         as_of="2024年上半年"),
    ratio(HN, "park_group", "revenue_yoy_growth", 0.104, "ratio", "同比增长10.4%", as_of="2024年上半年"),
    fact(HN, "park_group", "parks_count", 13, "count", "海南自贸港共有13个重点园区"),
    fact(HN, "park_group", "parks_growing", 9, "count", "13个重点园区中有9个实现增长", as_of="2024年上半年",
         optional=True),
    fact(HN, "park_group", "parks_double_digit_growth", 7, "count", "其中7个实现两位数增长", as_of="2024年上半年",
         optional=True),
    ratio(HN, "park_group", "fixed_asset_investment_yoy_growth", 0.05, "ratio", "重点园区固定资产投资同比增长5%",
          as_of="2024年上半年"),
    ratio(JD, "park", "fixed_asset_investment_yoy_growth", 0.125, "ratio", "分别同比增长12.5%、9.7%和39.9%",
          as_of="2024年上半年", note="三园并列，江东新区为12.5%"),
    ratio(YP, "park", "fixed_asset_investment_yoy_growth", 0.097, "ratio", "分别同比增长12.5%、9.7%和39.9%",
          as_of="2024年上半年", note="洋浦为9.7%"),
    ratio(WC, "park", "fixed_asset_investment_yoy_growth", 0.399, "ratio", "分别同比增长12.5%、9.7%和39.9%",
          as_of="2024年上半年", note="文昌国际航天城为39.9%"),
    fact(HN, "park_group", "tax_revenue_cny", 37307000000.0, "cny", "实现税收收入373.07亿元", as_of="2024年上半年"),
    ratio(HN, "park_group", "tax_revenue_yoy_growth", 0.017, "ratio", "同比增长1.7%", as_of="2024年上半年"),
    ratio(HN, "park_group", "tax_share_of_province", 0.484, "ratio", "占海南全省税收收入的比重为48.4%",
          as_of="2024年上半年"),
  ],
)

# ---------------------------------------------------------------- g12 咸阳 开发区 2024
XY = "咸阳市"
write("g12", dict(
    title=None, title_note="页面未存标题，正文以电头“陕工网—陕西工人报讯(记者 郝佳伟)”开始；内容为咸阳市经济增速、开发区创建与重点产业链",
    outlet="陕西工人报 / 陕工网（记者 郝佳伟）, manager.sxworker.com",
    published="2024-07-01", published_precision="day",
    register="provincial workers' paper item on a prefecture-level city's press conference: growth, provincial high-tech and development zones created since last year, the count of provincial zones, two counties bidding for national high-tech zones, industrial chains with their chain-leader firms and supporting firms",
    source_url="http://manager.sxworker.com/xinwen/sx/2024-07-01/182352.html",
    note="文末“责任编辑:胡睿琳”与“关注公众号,随时阅读陕西工人报”已删；单行换行改为空行分段。日期取 URL 路径；发布会在6月27日。文中无具体园区名（“三原、兴平正在争创国家级高新区”只给县名），园区事实以园区组为主体"),
  companies=[
    comp("彩虹股份", "彩虹股份成为全省新型显示产业链“链主”企业", note="新型显示产业链“链主”；文中未说所在园区"),
    comp("隆基绿能", "隆基绿能在咸阳布局光伏组件项目", note="文中未说所在园区"),
    comp("百佳年代", "聚集百佳年代、光伏玻璃等5家核心配套企业", optional=True, note="隆基绿能的核心配套企业"),
    comp("正泰集团", "正泰集团、西电集团、特变电工、珠江电缆等知名企业在咸阳落户", optional=True),
    comp("西电集团", "正泰集团、西电集团、特变电工、珠江电缆等知名企业在咸阳落户", optional=True),
    comp("特变电工", "正泰集团、西电集团、特变电工、珠江电缆等知名企业在咸阳落户", optional=True),
    comp("珠江电缆", "正泰集团、西电集团、特变电工、珠江电缆等知名企业在咸阳落户", optional=True),
  ],
  institutions=[
    inst("陕西省政府新闻办", "记者从省政府新闻办举办的新闻发布会获悉", note="文作“省政府新闻办”"),
  ],
  projects=[
    proj("高世代基板玻璃生产线", "去年布局的高世代基板玻璃生产线", None, ["彩虹股份"], status=None,
         status_text="去年布局的", optional=True, note="彩虹股份的项目；状态未明"),
    proj("隆基绿能光伏组件项目", "隆基绿能在咸阳布局光伏组件项目", None, ["隆基绿能"], status=None,
         status_text="布局", optional=True, note="文作“光伏组件项目”；状态未明"),
  ],
  facts=[
    fact("咸阳市2023年以来创建的省级高新区", "park_group", "parks_count", 5, "count", "咸阳市创建省级高新区5个",
         kind="cumulative", as_of="2023年至2024年6月", note="“去年以来”"),
    fact("咸阳市2023年以来创建的省级经开区", "park_group", "parks_count", 3, "count", "省级经开区3个",
         kind="cumulative", as_of="2023年至2024年6月", note="“去年以来”"),
    fact("咸阳市省级开发区", "park_group", "parks_count", 10, "count", "省级开发区数量达到了10个", as_of="2024年6月"),
    fact("咸阳市正在争创国家级高新区的县（三原、兴平）", "park_group", "parks_count", 2, "count",
         "三原、兴平正在争创国家级高新区", as_of="2024年6月", optional=True, note="汉字计数，以县名代园区"),
    ratio(XY, "region", "gdp_yoy_growth", 0.079, "ratio", "咸阳市生产总值增速为7.9%", as_of="2024年一季度"),
    ratio(XY, "region", "above_scale_value_added_yoy_growth", 0.175, "ratio", "全市规上工业增加值增长17.5%",
          as_of="2024年1至5月"),
    fact(XY, "region", "industrial_chains", 16, "count", "培育了16条重点产业链", as_of="2024年6月"),
    fact("彩虹股份", "company", "supporting_enterprises", 46, "count", "吸引上下游配套企业46家", as_of="2024年6月"),
    fact("隆基绿能", "company", "supporting_enterprises", 5, "count", "聚集百佳年代、光伏玻璃等5家核心配套企业",
         as_of="2024年6月", optional=True),
    fact("咸阳市输变电产业链", "other", "enterprises", 42, "count", "链上企业达42户", as_of="2024年6月"),
  ],
)
