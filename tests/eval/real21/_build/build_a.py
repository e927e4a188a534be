#!/usr/bin/env python3
"""Ground truth for k01–k06 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- k01 天津 31个示范工业园区 2012
G = "天津市31个示范工业园区"; HM = "华明工业园"; Y = "2011年底"; Y1 = "2011年"
write("k01", dict(
    title="天津:31个示范工业园区成区县发展强大引擎",
    outlet="北方网（天津；记者 刘冬梅）, 转载页 guigu.org",
    published="2012-02-21", published_precision="day",
    register="municipal news portal item (reposted) on a city's 31 district-and-county demonstration industrial parks: start-up-area infrastructure investment, one park's developed area and the investment of the firms it attracted, signed projects and their planned investment by size band, science-and-technology platforms and firms, last year's output, sales, profit and tax, jobs",
    source_url="http://www.guigu.org/news/201202213846.html",
    note="标题行尾的表格竖线“ |”、页首“2012-02-21 16:33 作者:刘冬梅 来源:北方网 HV: 编辑: 【搜索试试】”一行（日期取此）、表格竖线行、文末评论提示“【对…发布评论】 |”与截断的“版权及免责声明”已删；文末“(记者刘冬梅)”照录。推动会在“20日”（2012年2月20日）；“到去年底”“去年”即2011年底、2011年"),
  parks=[
    park(HM, "如华明工业园完成5.3平方公里起步区基础设施建设后", city="天津", province="天津", kind="示范工业园区",
         note="31个示范工业园区之一（文中作为例子）"),
  ],
  companies=[
    comp("中国北车", "引进了中国北车等一批世界500强、央企及行业龙头企业", park=HM, note="华明工业园引进的企业之一"),
  ],
  facts=[
    fact(G, "park_group", "parks_count", 31, "count", "天津市31个示范工业园区建设取得明显成效", as_of="2012年2月"),
    fact(G, "park_group", "infrastructure_investment_cny", 20000000000.0, "cny", "累计投资200亿元完成示范工业园区起步区基础设施建设",
         kind="cumulative", as_of=Y, note="起步区基础设施建设"),
    fact(HM, "park", "developed_area_km2", 5.3, "km2", "完成5.3平方公里起步区基础设施建设", optional=True,
         note="起步区基础设施建设完成的面积"),
    fact(HM, "park", "attracted_investment_cny", 30000000000.0, "cny", "总投资超过300亿元", qual="超", qtext="超过",
         kind="cumulative", note="引进的中国北车等企业的总投资"),
    fact(G, "park_group", "projects_signed", 1450, "count", "31个示范工业园区共引进签约项目1450个", kind="cumulative", as_of=Y),
    fact(G, "park_group", "planned_investment_cny", 480000000000.0, "cny", "计划总投资4800亿元", kind="cumulative", as_of=Y,
         note="1450个签约项目的计划总投资"),
    fact(G, "park_group", "projects_over_1bn_yuan", 103, "count", "其中10亿元以上项目103个", kind="cumulative", as_of=Y,
         optional=True),
    fact(G, "park_group", "projects_over_3bn_yuan", 30, "count", "30余个项目投资超过30亿元", kind="cumulative", qual="余",
         as_of=Y, optional=True),
    fact(G, "park_group", "key_county_projects", 212, "count", "212个区县重大项目落户园区", kind="cumulative", as_of=Y,
         optional=True),
    fact(G, "park_group", "innovation_platforms", 33, "count", "示范工业园区建设了33个科技创新服务平台", kind="cumulative",
         as_of=Y),
    fact(G, "park_group", "tech_sme_enterprises", 700, "count", "700多家科技型中小企业", qtext="多", kind="cumulative",
         as_of=Y, note="“700多家”：多 → qualifier null（同 real12）"),
    fact(G, "park_group", "commercial_building_projects", 9, "count", "9个商务楼宇大项目落户园区", kind="cumulative", as_of=Y,
         optional=True),
    fact(G, "park_group", "output_value_cny", 152000000000.0, "cny", "去年31个示范工业园区实现工业总产值1520亿元", as_of=Y1),
    fact(G, "park_group", "revenue_cny", 142000000000.0, "cny", "销售收入1420亿元", as_of=Y1),
    fact(G, "park_group", "profit_tax_cny", 21300000000.0, "cny", "利税总额213亿元", as_of=Y1),
    fact(G, "park_group", "employees", 150000, "count", "就业达15万人", as_of=Y1),
  ],
)

# ---------------------------------------------------------------- k02 上饶 工业园区 2016年1—7月
SR = "上饶市工业园区"; P = "2016年1—7月"
SJ = "上饶经济技术开发区"; GF = "广丰经济开发区"; PY = "鄱阳工业园区"; WN = "万年高新技术产业园区"; HF = "横峰经济开发区"
write("k02", dict(
    title="一至七月全市园区主营收入超1500亿元",
    outlet="上饶日报（本报讯 刘小宏、记者 张东红；转载页称“版权归上饶新闻网所有”）, 转载页 sr.rzfanyi.com",
    published="2016", published_precision="year",
    register="city daily item on a prefecture's industrial parks in the first seven months: revenue and growth, value added, the five parks over 10 billion yuan with their revenue and provincial rank, infrastructure investment, investment in place, industrial fixed-asset investment, investment intensity, developed area, producing firms, employees",
    source_url="http://sr.rzfanyi.com/news/1024.html",
    note="转载页首行“上饶翻译公司推荐阅读,版权归上饶新闻网所有…”与文末“上饶翻译公司推荐阅读”“随机文章”已删。页面无日期：数据为省统计局发布的2016年1—7月，“今年7月”市委发文，故年份为2016（发表约在2016年8—9月，未能确证）"),
  parks=[
    park(SJ, "其中上饶经济技术开发区主营业务收入494.82亿元", city="上饶", province="江西", kind="经济技术开发区"),
    park(GF, "广丰经济开发区325.44亿元", city="上饶", province="江西", kind="经济开发区"),
    park(PY, "鄱阳工业园区120.64亿元", city="上饶", province="江西", kind="工业园区"),
    park(WN, "万年高新技术产业园区108.16亿元", city="上饶", province="江西", kind="高新技术产业园区"),
    park(HF, "横峰经济开发区100.88亿元", city="上饶", province="江西", kind="经济开发区"),
  ],
  institutions=[
    inst("江西省统计局", "据省统计局正式发布的2016年1—7月全省工业园区发展情况显示", note="文作“省统计局”"),
  ],
  facts=[
    fact(SR, "park_group", "revenue_cny", 152410000000.0, "cny", "主营业务收入1524.1亿元", as_of=P),
    ratio(SR, "park_group", "revenue_yoy_growth", 0.081, "ratio", "同比增长8.1%,高于全省平均值0.4个百分点", as_of=P),
    ratio(SR, "park_group", "revenue_growth_above_province_avg", 0.004, "ratio", "高于全省平均值0.4个百分点", as_of=P,
          note="百分点"),
    fact(SR, "park_group", "value_added_cny", 34800000000.0, "cny", "全市工业园区实现工业增加值348亿元", as_of=P),
    ratio(SR, "park_group", "value_added_yoy_growth", 0.076, "ratio", "同比增长7.6%。过百亿园区5个", as_of=P),
    fact("上饶市主营业务收入过百亿元的工业园区", "park_group", "parks_count", 5, "count", "过百亿园区5个", as_of=P),
    fact(SJ, "park", "revenue_cny", 49482000000.0, "cny", "上饶经济技术开发区主营业务收入494.82亿元", as_of=P),
    fact(SJ, "park", "provincial_rank", 5, "rank", "在全省100个工业园区中排位第五位", as_of=P, optional=True,
         note="全省100个工业园区中按主营业务收入"),
    fact(GF, "park", "revenue_cny", 32544000000.0, "cny", "广丰经济开发区325.44亿元", as_of=P),
    fact(GF, "park", "provincial_rank", 8, "rank", "全省第八位,比6月份前进1位", as_of=P, optional=True),
    fact(GF, "park", "rank_improvement", 1, "count", "比6月份前进1位", as_of=P, optional=True),
    fact(PY, "park", "revenue_cny", 12064000000.0, "cny", "鄱阳工业园区120.64亿元", as_of=P),
    fact(PY, "park", "provincial_rank", 38, "rank", "全省第三十八位", as_of=P, optional=True),
    fact(WN, "park", "revenue_cny", 10816000000.0, "cny", "万年高新技术产业园区108.16亿元", as_of=P),
    fact(WN, "park", "provincial_rank", 47, "rank", "全省第四十七位", as_of=P, optional=True),
    fact(HF, "park", "revenue_cny", 10088000000.0, "cny", "横峰经济开发区100.88亿元", as_of=P),
    fact(HF, "park", "provincial_rank", 48, "rank", "全省第四十八位", as_of=P, optional=True),
    fact("江西省工业园区", "park_group", "parks_count", 100, "count", "在全省100个工业园区中排位第五位", as_of=P,
         optional=True),
    fact(SR, "park_group", "infrastructure_investment_cny", 2935000000.0, "cny", "完成基础设施投入29.35亿元", as_of=P),
    ratio(SR, "park_group", "infrastructure_investment_yoy_growth", 0.1505, "ratio", "同比增长15.05%", as_of=P),
    fact(SR, "park_group", "investment_in_place_cny", 27119000000.0, "cny", "招商实际到位资金271.19亿元", as_of=P),
    ratio(SR, "park_group", "investment_in_place_yoy_growth", 0.1012, "ratio", "同比增长10.12%", as_of=P),
    fact(SR, "park_group", "industrial_fixed_asset_investment_cny", 38919000000.0, "cny", "工业固定资产投资额389.19亿元",
         as_of=P),
    ratio(SR, "park_group", "industrial_fixed_asset_investment_yoy_growth", 0.1117, "ratio", "同比增长11.17%", as_of=P),
    fact(SR, "park_group", "investment_intensity_per_mu", 2325500, "cny_per_mu", "平均投资强度232.55万元/亩", as_of=P,
         note="万元/亩；metric 不带 _cny（单位为元/亩）"),
    fact(SR, "park_group", "developed_area_km2", 96.12, "km2", "全市工业园区累计开发面积96.12平方公里", kind="cumulative",
         as_of="2016年", note="“目前”"),
    fact(SR, "park_group", "provincial_rank_developed_area", 2, "rank", "全省第二,同比增长2.07%", as_of="2016年",
         optional=True),
    ratio(SR, "park_group", "developed_area_yoy_growth", 0.0207, "ratio", "同比增长2.07%,全省第三", as_of="2016年"),
    fact(SR, "park_group", "enterprises_in_production", 1101, "count", "投产工业企业数1101户", as_of="2016年"),
    fact(SR, "park_group", "enterprises_in_production_net_increase", 97, "count", "比去年同期净增97户", as_of="2016年",
         optional=True),
    fact(SR, "park_group", "employees", 217520, "count", "从业人员217520人", as_of="2016年"),
    ratio(SR, "park_group", "employees_yoy_growth", 0.0229, "ratio", "同比增长2.29%", as_of="2016年"),
  ],
)

# ---------------------------------------------------------------- k03 重庆 荣昌 招商引资季 2016
YJ = "中国(重庆)眼镜产业园"; RC = "荣昌区"; S3 = "荣昌区“招商引资季”集中签约项目"; D3 = "2016年12月26日"
LD = "林达集团"; JQ = "广东吉青电缆有限公司"
write("k03", dict(
    title="熊林副主任出席荣昌区“招商引资季”集中签约仪式",
    outlet="重庆市商务委员会“商务之窗”（来源 www.ft.cq.cn；文末“(投资促进处)”）, 转载页 chongqing.baogaosu.com",
    published="2016-12", published_precision="month",
    register="municipal government department website item (commission of commerce) on a district's investment-season signing: the count and contract value of signed projects and the industrial share, two named investors with amounts, a glasses industrial park project starting, the district's five planned industrial clusters",
    source_url="https://chongqing.baogaosu.com/xinwen/%E8%8D%A3%E6%98%8C%E5%8C%BA%E6%8B%9B%E5%95%86%E5%BC%95%E8%B5%84%E5%AD%A3%E9%9B%86%E4%B8%AD%E7%AD%BE%E7%BA%A6%E4%BB%AA%E5%BC%8F/53729024",
    note="转载页日期行“31.12.2016  03:32”、两行“… - 商务之窗”、“来源: www.ft.cq.cn”与文末两条图片说明“(集中签约仪式现场)”“(眼镜之都项目开工仪式现场)”已删；第二段段首缩进已删。文中“总部 基地 项目, 广东 吉青电缆有限公司”“、 兽药 饲料类”“、 服务贸易 等”中的空格（转载页关键词链接留下的）照录。签约在12月26日，转载页日期2016-12-31，原发日期不详，记作2016-12"),
  parks=[
    park(YJ, "荣昌区“中国(重庆)眼镜产业园—眼镜之都”项目开工仪式", city="重庆", district="荣昌区", province="重庆",
         kind="产业园（开工项目）", note="园区兼项目：“中国(重庆)眼镜产业园—眼镜之都”项目开工（见 projects）"),
  ],
  companies=[
    comp(LD, "重点引进了林达集团拟投资50亿元", note="签约项目投资方；文中未说所在园区"),
    comp(JQ, "广东 吉青电缆有限公司拟投资20亿元的电缆生产项目", aliases=["吉青电缆有限公司"],
         note="文作“广东 吉青电缆有限公司”（中间有空格，转载页的链接残留）；文中未说所在园区"),
  ],
  institutions=[
    inst("重庆市商务委员会", "市商务委将一如既往地在招商引资", note="文作“市商务委”；熊林副主任为其领导"),
  ],
  projects=[
    proj("林达集团高端资源产业总部基地项目", "林达集团拟投资50亿元打造高端资源产业的总部 基地 项目", None, [LD], 5000000000.0,
         "拟投资50亿元", status="签约", status_text="集中签约…重点引进",
         note="文作“打造高端资源产业的总部 基地 项目”，名称据此拟定；所在园区未给"),
    proj("电缆生产项目", "吉青电缆有限公司拟投资20亿元的电缆生产项目", None, [JQ], 2000000000.0, "拟投资20亿元",
         status="签约", status_text="集中签约…重点引进", note="所在园区未给"),
    proj("中国(重庆)眼镜产业园—眼镜之都项目", "荣昌区“中国(重庆)眼镜产业园—眼镜之都”项目开工仪式", YJ, status="开工",
         status_text="项目开工仪式", aliases=["中国(重庆)眼镜产业园—眼镜之都", "眼镜之都"], note="投资额未给"),
  ],
  facts=[
    fact(S3, "park_group", "projects_signed", 60, "count", "此次集中签约项目共60个", as_of=D3),
    fact(S3, "park_group", "contract_investment_cny", 22490000000.0, "cny", "合同资金224.9亿元", as_of=D3,
         note="“合同资金”"),
    fact("荣昌区“招商引资季”集中签约的工业项目", "park_group", "projects_signed", 45, "count", "其中工业项目45个", as_of=D3),
    fact("荣昌区“招商引资季”集中签约的工业项目", "park_group", "contract_investment_cny", 12500000000.0, "cny",
         "合同资金125亿元。重点引进了", as_of=D3),
    fact(RC, "region", "planned_industrial_clusters", 5, "count", "五个三百亿级工业集群开展招商", kind="target",
         as_of="2017年", optional=True, note="装备制造、食品医药、轻工陶瓷、兽药饲料、环保建材，各“三百亿级”"),
  ],
)

# ---------------------------------------------------------------- k04 湖南 省级以上产业园区 2017年前三季度
HN = "湖南省级以上产业园区"; Q = "2017年前三季度"; XT = "湘潭经开区"; GX = "湖南22家高新技术产业开发区"
write("k04", dict(
    title=None, title_note="页面未存标题，正文以电头“红网时刻10月27日讯(见习记者 龚蓉)”开始；内容为湖南省级以上产业园区2017年前三季度技工贸总收入、外资、高新技术产业收入与湘潭经开区的数字",
    outlet="红网（见习记者 龚蓉；园区频道 yq.rednet.cn）",
    published="2017-10-27", published_precision="day",
    register="provincial news portal (park channel) item on a province's parks at provincial level and above in the first three quarters: technology-industry-trade revenue and growth, foreign direct investment in place and its share, high-tech industry revenue, the high-tech zones' share, patents, one economic development zone's revenue, rank, high-tech firms and high-tech output",
    source_url="https://yq.rednet.cn/c/2017/10/27/4113366.htm",
    note="文末“来源:红网”“作者:龚蓉”“编辑:洪政”“本文为园区频道原创文章…”已删。日期取电头与 URL 路径；数据为2017年前三季度"),
  parks=[
    park(XT, "以湘潭经开区为例,该园区前三季度完成技工贸总收入1586.7亿元", city="湘潭", province="湖南",
         kind="经济技术开发区", note="全称（湘潭经济技术开发区）文中未出现"),
  ],
  institutions=[
    inst("湖南省统计局", "记者从湖南省统计局获悉"),
  ],
  facts=[
    fact(HN, "park_group", "tech_industry_trade_revenue_cny", 3324956000000.0, "cny", "湖南省级以上产业园区实现技工贸总收入33249.56亿元", as_of=Q),
    ratio(HN, "park_group", "tech_industry_trade_revenue_yoy_growth", 0.177, "ratio", "同比增长17.7%,达历史同期最高值", as_of=Q),
    ratio(HN, "park_group", "revenue_growth_acceleration", 0.048, "ratio", "较去年同比加快增长4.8个百分点", as_of=Q,
          note="百分点"),
    fact(HN, "park_group", "fdi_actual_usd", 5326000000.0, "usd", "全省园区实际到位外商直接投资金额53.26亿美元", as_of=Q),
    ratio(HN, "park_group", "fdi_actual_yoy_growth", 0.355, "ratio", "同比增长35.5%,比全省平均水平快23个百分点", as_of=Q),
    ratio(HN, "park_group", "fdi_growth_above_province_avg", 0.23, "ratio", "比全省平均水平快23个百分点", as_of=Q,
          note="百分点"),
    ratio(HN, "park_group", "fdi_share_of_province", 0.486, "ratio", "占全省实际到位外商直接投资的48.6%", as_of=Q),
    fact(HN, "park_group", "high_tech_revenue_cny", 1395496000000.0, "cny", "高新技术产业主营业务收入13954.96亿元", as_of=Q),
    ratio(HN, "park_group", "high_tech_revenue_yoy_growth", 0.183, "ratio", "同比增长18.3%,同比加快1.2个百分点", as_of=Q),
    ratio(HN, "park_group", "high_tech_revenue_growth_acceleration", 0.012, "ratio", "同比加快1.2个百分点", as_of=Q,
          note="百分点"),
    fact(GX, "park_group", "parks_count", 22, "count", "22家高新技术产业开发区实现高新技术产业主营业务收入", as_of=Q),
    fact(GX, "park_group", "high_tech_revenue_cny", 556148000000.0, "cny", "5561.48亿元,占全省园区的39.9%", as_of=Q),
    ratio(GX, "park_group", "high_tech_revenue_share_of_province_parks", 0.399, "ratio", "占全省园区的39.9%", as_of=Q),
    fact(HN, "park_group", "patent_applications", 17904, "count", "专利申请受理数17904件", as_of=Q, optional=True,
         note="主语不明：紧接22家高新区的句子，可能指全省园区或22家高新区"),
    fact(HN, "park_group", "patents_granted", 11442, "count", "专利申请授权数11442件", as_of=Q, optional=True,
         note="主语不明，同上"),
    fact(XT, "park", "tech_industry_trade_revenue_cny", 158670000000.0, "cny", "该园区前三季度完成技工贸总收入1586.7亿元", as_of=Q),
    ratio(XT, "park", "tech_industry_trade_revenue_yoy_growth", 0.244, "ratio", "同比增长24.4%,经济总量位居全省园区前三", as_of=Q),
    fact(XT, "park", "provincial_rank", 3, "rank", "经济总量位居全省园区前三", as_of=Q, optional=True,
         note="“前三”：名次不超过3"),
    fact(XT, "park", "high_tech_enterprises", 39, "count", "该园区39家高新技术企业", as_of=Q),
    fact(XT, "park", "high_tech_output_value_cny", 42070000000.0, "cny", "高新技术产值达420.7亿元", as_of=Q,
         note="39家高新技术企业的高新技术产值"),
    ratio(XT, "park", "high_tech_output_value_yoy_growth", 0.158, "ratio", "同比增长15.8%,占工业总产值的45.6%", as_of=Q),
    ratio(XT, "park", "high_tech_share_of_output_value", 0.456, "ratio", "占工业总产值的45.6%", as_of=Q),
  ],
)

# ---------------------------------------------------------------- k05 安徽 2018中国产业园区持续发展100强
HG = "合肥高新技术产业开发区"; HJ = "合肥经济技术开发区"; WJ = "芜湖经济技术开发区"; WG = "芜湖高新技术产业开发区"
N375 = "375家国家级经开区和高新区"
write("k05", dict(
    title=None, title_note="页面未存标题（转载页 ciipa.net），正文以“日前,由同济大学发展研究院…”开始；内容为安徽四个园区入选2018中国产业园区持续发展100强，附两类国家级园区2017年数字",
    outlet="凤凰网安徽（页末“来源:凤凰网安徽综合”）, 转载页 ciipa.net",
    published="2018", published_precision="year",
    register="regional channel of a national news portal (reposted by a park-industry site) on a national park ranking: four of the province's parks in the top 100 with two ranks, and the national economic and high-tech zones' 2017 GDP, tax, trade and exports with their national shares",
    source_url="http://ciipa.net/article.php?id=1606",
    note="两段段首转载站关键词标签“产业园区 ”（make_txt.py 的 STRIP_PREFIX）与文末“来源:凤凰网安徽综合”已删。页面无日期：据《2018中国产业园区持续发展蓝皮书》与“截至2017年底”的数据，年份记作2018（推断）"),
  parks=[
    park(HG, "我省合肥高新技术产业开发区、合肥经济技术开发区", city="合肥", province="安徽", kind="国家高新区",
         note="入选2018中国产业园区持续发展100强，名次未给"),
    park(HJ, "合肥经济技术开发区、芜湖经济技术开发区", city="合肥", province="安徽", kind="国家级经济技术开发区",
         note="入选100强，名次未给"),
    park(WJ, "其中芜湖经济技术开发区位列第25位", city="芜湖", province="安徽", kind="国家级经济技术开发区"),
    park(WG, "芜湖高新技术产业开发区位列第99位", city="芜湖", province="安徽", kind="国家高新区"),
  ],
  institutions=[
    inst("同济大学发展研究院", "由同济大学发展研究院和新华社中国金融信息中心主办的", kind="research", note="蓝皮书主办方"),
    inst("新华社中国金融信息中心", "新华社中国金融信息中心主办的", kind="other", note="蓝皮书主办方"),
  ],
  facts=[
    fact(WJ, "park", "national_rank", 25, "rank", "芜湖经济技术开发区位列第25位", as_of="2018年", optional=True,
         note="2018中国产业园区持续发展100强"),
    fact(WG, "park", "national_rank", 99, "rank", "芜湖高新技术产业开发区位列第99位", as_of="2018年", optional=True,
         note="2018中国产业园区持续发展100强"),
    fact(N375, "park_group", "parks_count", 375, "count", "截至2017年底,375家国家级经开区和高新区", as_of="2017年底"),
    fact(N375, "park_group", "gdp_cny", 18600000000000.0, "cny", "合计GDP为18.6万亿元", as_of="2017年"),
    ratio(N375, "park_group", "gdp_share_of_national", 0.225, "ratio", "超过同期全国GDP的1/5(22.5%)", as_of="2017年"),
    fact(N375, "park_group", "tax_revenue_cny", 3300000000000.0, "cny", "合计税收收入为3.3万亿元", as_of="2017年"),
    ratio(N375, "park_group", "tax_share_of_national", 0.229, "ratio", "接近同期全国税收收入的1/4(22.9%)", as_of="2017年"),
    fact("国家级经开区", "park_group", "import_export_cny", 5600000000000.0, "cny", "国家级经开区进出口总额为5.6万亿元",
         as_of="2017年"),
    ratio("国家级经开区", "park_group", "import_export_share_of_national", 0.201, "ratio", "占同期全国进出口总额的20.1%",
          as_of="2017年"),
    fact("国家级高新区", "park_group", "export_usd", 478100000000.0, "usd", "国家级高新区出口创汇4781亿美元", as_of="2017年"),
    ratio("国家级高新区", "park_group", "export_share_of_national", 0.145, "ratio", "占同期全国出口创汇总额的14.5%",
          as_of="2017年"),
  ],
)

# ---------------------------------------------------------------- k06 淮安 台商论坛 台资项目 2019
HA = "淮安经济技术开发区"; HI = "淮安工业园区"; T = "第十四届台商论坛筹备期间淮安新签约的台资项目"; D6 = "2019年8月23日"

def county(name, n, inv, inv_text, tw, tw_text):
    ev = f"{name}签约项目{n}个"
    return [
        fact(name, "region", "projects_signed", n, "count", ev, as_of=D6, optional=True),
        fact(name, "region", "planned_investment_usd", inv, "usd", inv_text, as_of=D6, optional=True),
        fact(name, "region", "contract_taiwan_investment_usd", tw, "usd", tw_text, as_of=D6, optional=True),
    ]

write("k06", dict(
    title="淮安全市新签约台资项目41个 总投资超36亿美元",
    outlet="淮安经济技术开发区网站（hadz.huaian.gov.cn；“来源:宣传中心”）",
    published="2019-08-23", published_precision="day",
    register="development zone's own government website news on a city's Taiwan-invested projects signed for a cross-strait forum: count, total and contracted Taiwan capital in US dollars, size bands, sectors, a breakdown by the economic development zone and the counties and districts, an industrial park's signing",
    source_url="http://hadz.huaian.gov.cn/col/810_384765/art/201908/1566547359255zvw62HV9.html",
    note="页首“发布时间:2019-08-23来源:宣传中心”一行已删（日期取此）；论坛23日开幕。金额均为美元：investment_cny 不填，事实以 usd 记"),
  parks=[
    park(HA, "淮安经济技术开发区签约项目8个", city="淮安", province="江苏", kind="国家级经济技术开发区"),
    park(HI, "淮安工业园区签约总投资1500万美元", city="淮安", province="江苏", kind="工业园区"),
  ],
  facts=[
    fact(T, "park_group", "projects_signed", 41, "count", "淮安全市新签约台资项目41个", as_of=D6),
    fact(T, "park_group", "planned_investment_usd", 3620000000.0, "usd", "总投资36.2亿美元", as_of=D6),
    fact(T, "park_group", "contract_taiwan_investment_usd", 1380000000.0, "usd", "协议台资13.8亿美元", as_of=D6),
    fact(T, "park_group", "average_project_investment_usd", 88290000.0, "usd", "项目平均投资额8829万美元", as_of=D6,
         optional=True),
    fact(T, "park_group", "projects_over_30m_usd", 28, "count", "总投资3000万美元以上项目28个", as_of=D6, optional=True),
    ratio(T, "park_group", "projects_over_30m_usd_share", 0.682, "ratio", "占68.2%", as_of=D6),
    fact(T, "park_group", "projects_over_100m_usd", 12, "count", "总投资1亿美元以上项目12个", as_of=D6, optional=True),
    ratio(T, "park_group", "projects_over_100m_usd_share", 0.292, "ratio", "占29.2%", as_of=D6),
    fact("淮安新签约台资项目中的制造业项目", "park_group", "projects_signed", 33, "count", "制造业项目33个", as_of=D6,
         optional=True),
    fact("淮安新签约台资项目中的制造业项目", "park_group", "planned_investment_usd", 2950000000.0, "usd",
         "总投资29.5亿美元", as_of=D6, optional=True),
    fact("淮安新签约台资项目中的现代农业项目", "park_group", "projects_signed", 3, "count", "现代农业项目3个", as_of=D6,
         optional=True),
    fact("淮安新签约台资项目中的现代农业项目", "park_group", "planned_investment_usd", 190000000.0, "usd",
         "总投资1.9亿美元", as_of=D6, optional=True),
    fact("淮安新签约台资项目中的现代服务业项目", "park_group", "projects_signed", 5, "count", "现代服务业项目5个", as_of=D6,
         optional=True),
    fact("淮安新签约台资项目中的现代服务业项目", "park_group", "planned_investment_usd", 480000000.0, "usd",
         "总投资4.8亿美元", as_of=D6, optional=True),
    fact(HA, "park", "projects_signed", 8, "count", "淮安经济技术开发区签约项目8个", as_of=D6),
    fact(HA, "park", "planned_investment_usd", 1090000000.0, "usd", "总投资10.9亿美元", as_of=D6),
    fact(HA, "park", "contract_taiwan_investment_usd", 440000000.0, "usd", "协议台资4.4亿美元", as_of=D6),
    *county("清江浦区", 6, 590000000.0, "总投资5.9亿美元", 130000000.0, "协议台资1.3亿美元"),
    *county("淮安区", 4, 150000000.0, "总投资1.5亿美元", 120000000.0, "协议台资1.2亿美元"),
    *county("淮阴区", 5, 370000000.0, "总投资3.7亿美元", 140000000.0, "协议台资1.4亿美元"),
    *county("洪泽区", 3, 200000000.0, "总投资2亿美元", 60000000.0, "协议台资6000万美元"),
    *county("涟水县", 3, 240000000.0, "总投资2.4亿美元", 100000000.0, "协议台资1亿美元"),
    *county("金湖县", 5, 220000000.0, "总投资2.2亿美元", 80000000.0, "协议台资8000万美元"),
    *county("盱眙县", 6, 750000000.0, "总投资7.5亿美元", 300000000.0, "协议台资3亿美元"),
    fact(HI, "park", "planned_investment_usd", 15000000.0, "usd", "淮安工业园区签约总投资1500万美元", as_of=D6),
  ],
)
