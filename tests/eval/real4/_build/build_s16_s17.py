from lib import Article

# ---------------------------------------------------------------- s16
a = Article("s16", title="山东再添国家级经济技术开发区", outlet="中国农资供销网 nzgx.org 项目招商（作者 夏丹；文末署名 王继高；原出处未注明）",
            published="2011-04-02", published_precision="day",
            register="trade-portal news item on a development zone's upgrade to national level, with its 2010 figures",
            source_url="http://nzgx.org/html/ZhaoShangZhaoBiao/XiangMuZhaoShang/20110402/246505.html")
P = "临沂经济技术开发区"
a.park(P, "升级后定名为临沂经济技术开发区", aliases=["山东临沂经济开发区"], city="临沂", province="山东",
       kind="国家级经济技术开发区", note="原名山东临沂经济开发区（升级前）")
Y = "2010年"
a.fact("山东省国家级经济技术开发区", "park_group", "parks_count", 8, "count", "山东省的国家级经济技术开发区增至8家",
       as_of="2011年4月")
a.fact(P, "park", "revenue_cny", 4.2e10, "cny", "临沂经济技术开发区实现业务总收入420亿元", as_of=Y)
a.fact(P, "park", "revenue_multiple_vs_2005", 5.2, "ratio", "是2005年的5.2倍", as_of=Y, kind="ratio", optional=True)
a.fact(P, "park", "revenue_annual_growth", 0.38, "ratio", "年均增长38%", as_of="2005-2010年", kind="ratio",
       optional=True)
a.fact(P, "park", "fiscal_revenue_cny", 1.5e9, "cny", "实现财政收入15亿元", as_of=Y)
a.fact(P, "park", "fiscal_revenue_multiple_vs_2005", 21, "ratio", "是2005年的21倍", as_of=Y, kind="ratio",
       optional=True)
a.fact(P, "park", "fiscal_revenue_annual_growth", 0.86, "ratio", "年均增长86%", as_of="2005-2010年", kind="ratio",
       optional=True)
a.fact(P, "park", "high_tech_output_share", 0.475, "ratio", "占规模以上工业总产值的比重为47.5%", as_of=Y, kind="ratio",
       optional=True)
a.fact(P, "park", "high_tech_output_share_change", 0.12, "ratio", "比2005年提高12个百分点", as_of=Y, kind="ratio",
       optional=True)
a.fact(P, "park", "enterprises_above_scale", 190, "count", "规模以上工商贸企业达到190家", as_of=Y)
a.fact(P, "park", "funds_from_outside_city_cny", 1.6e10, "cny", "实际利用市外资金160亿元", as_of=Y,
       note="文中未说是当年还是累计")
a.fact(P, "park", "fdi_actual_usd", 5.1e8, "usd", "实际到位外资5.1亿美元", as_of=Y, currency="USD")
a.write()

# ---------------------------------------------------------------- s17
a = Article("s17", title="看一看 找准适合自己的发展方向 / 全省产业园区工作会组织参观考察",
            outlet="四川地方报纸（本报讯，记者 胡敏 曾实 董世梅 陈岳海；报名未注明，文末“相关报道详见A2版”），转载于新浪新闻",
            published="2008-11-07", published_precision="day",
            register="provincial newspaper brief on a province's parks work conference study tour of three parks",
            source_url="http://news.sina.com.cn/c/2008-11-07/080014693940s.shtml")
kw = dict(province="四川")
a.park("成都高新区", "参观考察点——成都高新区、新津工业集中区和遂宁市经济开发区微电子产业园", city="成都", kind="国家级高新区", **kw)
a.park("新津工业集中区", "成都高新区、新津工业集中区和遂宁市经济开发区微电子产业园", city="成都", district="新津县",
       kind="工业集中区", **kw)
a.park("遂宁市经济开发区", "新津工业集中区和遂宁市经济开发区微电子产业园", city="遂宁", kind="经济开发区", optional=True,
       note="仅作“微电子产业园”的所在园区出现", **kw)
a.park("遂宁市经济开发区微电子产业园", "新津工业集中区和遂宁市经济开发区微电子产业园", city="遂宁", kind="专业产业园",
       parent="遂宁市经济开发区", **kw)
G = "四川省产业园区"
a.fact(G, "park_group", "parks_count", 191, "count", "目前我省已有各类产业园区191个", as_of="2008年11月")
a.fact(G, "park_group", "value_added_share_of_province", 0.431, "ratio",
       "产业园区工业增加值占全省规模以上工业增加值的比重达到43.1%", as_of="2008年11月", kind="ratio")
a.write()
