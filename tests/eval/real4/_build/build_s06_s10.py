from lib import Article

# ---------------------------------------------------------------- s06
a = Article("s06", title="全市县域工业集中区发展迈上新台阶 / 2011年县域工业集中区综述(一)",
            outlet="安康市工业和信息化局网站 gxj.ankang.gov.cn", published="2012-01-13", published_precision="day",
            register="municipal government bureau's annual review of county industrial concentration zones",
            source_url="https://gxj.ankang.gov.cn/Content-152230.html")
X, H = "旬阳县生态工业集中区", "汉阴县新型建材工业集中区"
a.park(X, "旬阳县生态工业集中区实现工业总产值45.5亿元", city="安康", district="旬阳县", province="陕西",
       kind="县域工业集中区")
a.park(H, "汉阴县新型建材工业集中区实现工业总产值24.3亿元", city="安康", district="汉阴县", province="陕西",
       kind="县域工业集中区", note="并被命名为“陕南循环发展示范园区”（称号，不作园区名）")
a.institution("省政府", "遵循省政府《关于加快推进县域工业园区发展的指导意见》精神", optional=True)
a.institution("市政府", "超额完成市政府下达的入园企业考核指标数", optional=True)
G, Y = "安康市县域工业集中区", "2011年"
a.fact(G, "park_group", "industrial_enterprises", 374, "count", "全市县域工业集中区内工业企业个数达到374户", as_of=Y)
a.fact(G, "park_group", "output_value_cny", 1.136e10, "cny", "实现工业总产值113.6亿元,同比增长76.1%", as_of=Y)
a.fact(G, "park_group", "output_value_yoy_growth", 0.761, "ratio", "实现工业总产值113.6亿元,同比增长76.1%",
       as_of=Y, kind="ratio")
a.fact(G, "park_group", "revenue_cny", 1.09e10, "cny", "营业收入109亿元,同比增长77%", as_of=Y)
a.fact(G, "park_group", "revenue_yoy_growth", 0.77, "ratio", "营业收入109亿元,同比增长77%", as_of=Y, kind="ratio",
       optional=True)
a.fact(G, "park_group", "value_added_cny", 3.94e9, "cny", "实现增加值39.4亿元,同比增长56.7%", as_of=Y)
a.fact(G, "park_group", "value_added_yoy_growth", 0.567, "ratio", "实现增加值39.4亿元,同比增长56.7%", as_of=Y,
       kind="ratio", optional=True)
a.fact(G, "park_group", "annual_tax_cny", 1.03e9, "cny", "上交税金10.3亿元", as_of=Y)
a.fact(G, "park_group", "profit_cny", 1.16e9, "cny", "实现利润11.6亿元", as_of=Y)
a.fact(G, "park_group", "projects_landed", 62, "count", "今年新入园1000万元以上工业项目62个", as_of=Y,
       note="“1000万元以上”是门槛，不是数值")
a.fact(G, "park_group", "fixed_asset_investment_cny", 3.19e9, "cny", "集中区全年完成固定资产投资总额31.9亿元",
       as_of=Y)
a.fact(G, "park_group", "fixed_asset_investment_yoy_growth", 0.43, "ratio", "较上年同期增长了43%", as_of=Y,
       kind="ratio", optional=True)
a.fact(G, "park_group", "industrial_land_area_km2", 25.47, "km2", "集中区规划工业用地面积25.47平方公里",
       as_of="2011年末")
a.fact(G, "park_group", "infrastructure_investment_cny", 1.89e9, "cny", "基础设施建设累计投资额18.9亿元",
       as_of="2011年末", kind="cumulative")
a.fact(G, "park_group", "project_fixed_asset_investment_cny", 4.04e9, "cny", "入驻项目累计固定资产投资额40.4亿元",
       as_of="2011年末", kind="cumulative")
a.fact(X, "park", "output_value_cny", 4.55e9, "cny", "旬阳县生态工业集中区实现工业总产值45.5亿元", as_of=Y)
a.fact(X, "park", "output_value_yoy_growth", 0.681, "ratio", "同比增长68.1%,占全县工业总产值的70%", as_of=Y,
       kind="ratio", optional=True)
a.fact(X, "park", "output_share_of_county", 0.70, "ratio", "占全县工业总产值的70%", as_of=Y, kind="ratio",
       optional=True)
a.fact(H, "park", "output_value_cny", 2.43e9, "cny", "汉阴县新型建材工业集中区实现工业总产值24.3亿元", as_of=Y)
a.fact(H, "park", "output_value_yoy_growth", 0.545, "ratio", "同比增长54.5%,占全县工业总产值的67.2%", as_of=Y,
       kind="ratio", optional=True)
a.fact(H, "park", "output_share_of_county", 0.672, "ratio", "占全县工业总产值的67.2%", as_of=Y, kind="ratio",
       optional=True)
a.write()

# ---------------------------------------------------------------- s07
a = Article("s07", title="马寨产业集聚区:食品加工 装备制造", outlet="中原网--郑州日报 news.zynews.cn（编辑 禹亚楠）",
            published="2014-04-09", published_precision="day",
            register="municipal newspaper profile of a provincial-level industrial cluster zone with annual figures and targets",
            source_url="https://news.zynews.cn/2014-04/09/content_9312670.htm")
P = "马寨产业集聚区"
a.park(P, "马寨产业集聚区是郑州市政府明确的以现代食品制造为主导产业的省级重点产业集聚区", aliases=["马寨集聚区"],
       city="郑州", province="河南", kind="省级产业集聚区")
for c in ["康师傅", "花花牛乳业", "新大方重科", "天方食品集团", "三中收获"]:
    a.company(c, "入驻有康师傅、花花牛乳业、新大方重科、天方食品集团、三中收获等各类工业企业347家", park=P)
a.institution("郑州市政府", "马寨产业集聚区是郑州市政府明确的", optional=True)
a.fact(P, "park", "area_km2", 11.8, "km2", "集聚区规划面积11.8平方公里")
a.fact(P, "park", "developed_area_km2", 6, "km2", "现建成区面积6平方公里")
a.fact(P, "park", "industrial_enterprises", 347, "count", "各类工业企业347家")
a.fact(P, "park", "enterprises_above_scale", 87, "count", "其中规模以上工业企业87家")
a.fact(P, "park", "rd_centers", 39, "count", "各级企业工程(技术)中心39家", optional=True)
a.fact(P, "park", "patents", 650, "count", "企业拥有自主知识产权及专利技术650多项", qualifier="余", qualifier_text="多")
a.fact(P, "park", "employees", 26000, "count", "从业人员约2.6万人", qualifier="约")
Y = "2013年"
a.fact(P, "park", "revenue_cny", 1.379e10, "cny", "规模以上工业企业主营业务收入完成137.9亿元", as_of=Y,
       note="规上工业企业主营业务收入")
a.fact(P, "park", "revenue_yoy_growth", 0.203, "ratio", "主营业务收入完成137.9亿元,同比增长20.3%", as_of=Y,
       kind="ratio", optional=True)
a.fact(P, "park", "value_added_cny", 3.37e9, "cny", "规模以上工业增加值完成33.7亿元", as_of=Y)
a.fact(P, "park", "value_added_yoy_growth", 0.162, "ratio", "规模以上工业增加值完成33.7亿元,同比增长16.2%", as_of=Y,
       kind="ratio", optional=True)
a.fact(P, "park", "fixed_asset_investment_cny", 3.51e9, "cny", "固定资产投资完成35.1亿元", as_of=Y)
a.fact(P, "park", "fixed_asset_investment_yoy_growth", 0.703, "ratio", "固定资产投资完成35.1亿元,同比增长70.3%",
       as_of=Y, kind="ratio", optional=True)
a.fact(P, "park", "annual_tax_cny", 3.6e8, "cny", "税收完成3.6亿元", as_of=Y)
a.fact(P, "park", "annual_tax_yoy_growth", 0.263, "ratio", "税收完成3.6亿元,同比增长26.3%", as_of=Y, kind="ratio",
       optional=True)
a.fact(P, "park", "fiscal_revenue_cny", 1.4713e8, "cny", "财政收入完成14713万元", as_of=Y)
a.fact(P, "park", "fiscal_revenue_yoy_growth", 0.198, "ratio", "财政收入完成14713万元,同比增长19.8%", as_of=Y,
       kind="ratio", optional=True)
T = "2014年"
a.fact(P, "park", "projects_over_1bn", 2, "count", "计划引进超10亿元重大项目2个以上", as_of=T, kind="target",
       qualifier="超", qualifier_text="以上", optional=True, note="“超10亿元”是门槛")
a.fact(P, "park", "projects_over_100m", 3, "count", "1亿元以上重点项目3个以上", as_of=T, kind="target",
       qualifier="超", qualifier_text="以上", optional=True)
a.fact(P, "park", "reinvestment_projects", 20, "count", "引进二次招商项目20个以上", as_of=T, kind="target",
       qualifier="超", qualifier_text="以上", optional=True)
a.fact(P, "park", "signed_contract_value_cny", 3e9, "cny", "力争实现全年协议资金30亿元以上", as_of=T, kind="target",
       qualifier="超", qualifier_text="以上")
a.fact(P, "park", "funds_in_place_cny", 2.5e9, "cny", "实际到位资金25亿元以上", as_of=T, kind="target",
       qualifier="超", qualifier_text="以上")
a.fact(P, "park", "new_rd_centers", 2, "count", "工程研究中心不低于2家", as_of=T, kind="target",
       qualifier_text="不低于", optional=True)
a.fact(P, "park", "science_projects_applied", 10, "count", "为企业申报各级科技项目不少于10个", as_of=T, kind="target",
       qualifier_text="不少于", optional=True)
a.write()

# ---------------------------------------------------------------- s08
a = Article("s08", title=None, title_note="(no headline) 四川省级以上开发区48家，成都高新区销售收入突破600亿元（全省产业园区工作会议）",
            outlet="四川地方报纸（本报讯；报名未注明），转载于 cncmrn.com", published="2010-07-29 (页面路径 20100729；文中“昨日举行的全省产业园区工作会议”)",
            published_precision="day",
            register="provincial newspaper item on a province's parks work conference: new provincial zones, figures and targets",
            source_url="http://cncmrn.com/channels/culture/20100729/257642.html")
kw = dict(province="四川")
a.park("崇州经济开发区", "崇州经济开发区、成都-阿坝工业园等经省政府审批通过设立省级开发区", city="成都", district="崇州市",
       kind="省级开发区", **kw)
a.park("成都-阿坝工业园", "崇州经济开发区、成都-阿坝工业园等经省政府审批通过设立省级开发区", city="成都", kind="合作共建工业园区",
       note="成都与阿坝州合作共建；文中未说地点", **kw)
a.park("成都高新区", "成都高新区销售收入突破600亿元……记者从昨日举行的全省产业园区工作会议上获悉", city="成都",
       kind="国家级高新区", **kw)
a.park("绵竹经济开发区", "包括今年新审批的崇州经济开发区、绵竹经济开发区、什邡经济开发区", city="德阳", district="绵竹市",
       kind="省级开发区", **kw)
a.park("什邡经济开发区", "绵竹经济开发区、什邡经济开发区、成都-阿坝工业园以及安县工业园等5家", city="德阳", district="什邡市",
       kind="省级开发区", **kw)
a.park("安县工业园", "成都-阿坝工业园以及安县工业园等5家", city="绵阳", district="安县", kind="省级开发区", **kw)
a.institution("省政府", "经省政府审批通过设立省级开发区", optional=True)
G = "四川省级以上开发区"
a.fact(G, "park_group", "parks_count", 48, "count", "全省纳入《中国开发区审核公告目录》的省级以上开发区48家", as_of="2010年7月")
a.fact("四川2010年新审批省级开发区", "park_group", "parks_count", 5, "count", "安县工业园等5家", as_of="2010年",
       optional=True)
G2, Y = "四川省产业园区", "2009年"
a.fact(G2, "park_group", "infrastructure_investment_cny", 6.21e10, "cny", "全省产业园区完成基础设施投资621亿元", as_of=Y)
a.fact(G2, "park_group", "enterprise_investment_cny", 2.748e11, "cny", "入园企业投资额达到2748亿元", as_of=Y)
a.fact(G2, "park_group", "projects_over_1bn", 47, "count", "全年新增入园10亿元以上重大产业化项目47个", as_of=Y,
       note="“10亿元以上”是门槛")
a.fact(G2, "park_group", "value_added_cny", 3.12e11, "cny", "完成工业增加值3120亿元", as_of=Y)
a.fact("四川“1525工程”园区", "park_group", "parks_revenue_over_10bn", 20, "count",
       "培育“1525工程”园区销售收入超过100亿元的达到20个", as_of=Y)
a.fact("成都高新区", "park", "revenue_cny", 6e10, "cny", "成都高新区销售收入突破600亿元。", as_of=Y, qualifier="超",
       qualifier_text="突破", note="导语与正文各出现一次")
T = "“十二五”末"
a.fact(G, "park_group", "parks_count", 100, "count", "使全省省级以上开发区总数达到100家左右", as_of="5-10年内",
       kind="target", qualifier="约", qualifier_text="左右", optional=True)
a.fact("四川省开发区", "park_group", "gdp_cny", 7.5e11, "cny", "全省开发区生产总值达到7500亿元", as_of=T, kind="target")
a.fact("四川省开发区", "park_group", "gdp_share_of_province", 0.27, "ratio", "占全省经济总量的27%", as_of=T,
       kind="ratio", optional=True)
a.fact("四川省开发区", "park_group", "value_added_cny", 5.3e11, "cny", "工业增加值达到5300亿元", as_of=T, kind="target")
a.fact("四川省开发区", "park_group", "value_added_share_of_province", 0.45, "ratio", "占全省工业增加值的45%", as_of=T,
       kind="ratio", optional=True)
a.write()

# ---------------------------------------------------------------- s09
a = Article("s09", title="开发区两只新设立基金总规模80亿元", outlet="金华经济技术开发区（转载于 investchn.com 投资中国）",
            published="2017-10-27", published_precision="day",
            register="park management committee news release on two new zone-level funds",
            source_url="https://investchn.com/index.php/home/news/detail/id/7792.html")
P = "金华开发区"
a.park(P, "记者昨天从金华开发区管委会获悉", city="金华", province="浙江", kind="经济技术开发区",
       note="即金华经济技术开发区（转载页来源行）；正文多用泛称“开发区”")
a.fund("开发区产业引导基金", "此次设立的开发区产业引导基金(母基金)总规模30亿元", P, size=3e9, size_type="总规模",
       aliases=["金华开发区产业引导基金"], note="母基金")
a.fund("金华开发区城市开发1号棚改基金", "先行建立金华开发区廊道建设基金“金华开发区城市开发1号棚改基金”,基金规模50亿元", P,
       size=5e9, size_type="基金规模", aliases=["金华开发区廊道建设基金", "棚改基金"])
a.company("光大金控财金资本有限公司", "开发区管委会与光大金控财金资本有限公司经协商", park=None,
          note="合作方，文中未置于园区")
a.company("融盛公司", "开发区财政局、融盛公司等相关部门、单位", park=None, optional=True, note="开发区所属平台公司（推测）")
a.institution("金华开发区管委会", "记者昨天从金华开发区管委会获悉", aliases=["开发区管委会"])
a.institution("开发区财政局", "开发区财政局、融盛公司等相关部门", optional=True)
G = "金华开发区新设立基金"
a.fact(G, "park_group", "fund_size_cny", 8e9, "cny", "开发区两只新设立基金总规模80亿元")
a.fact(G, "park_group", "fund_count", 2, "count", "开发区两只新设立基金总规模80亿元", optional=True)
a.fact("金华开发区棚户区改造项目", "park_group", "projects_count", 7, "count", "和陈宅等7个棚户区改造项目建设",
       optional=True)
a.write()

# ---------------------------------------------------------------- s10
a = Article("s10", title="麓谷上榜全国百强园区", outlet="红网（湖南湘江新区频道；见习记者 龚蓉，编辑 刘艳芳）",
            published="2017-12-05", published_precision="day",
            register="provincial news portal item on a national park ranking, listing four parks with their figures",
            source_url="http://hnxjxq.rednet.cn/c/2017/12/05/4494268.htm")
kw = dict(province="湖南")
a.park("长沙高新区", "长沙高新区创建于1988年10月", aliases=["麓谷园区", "麓谷"], city="长沙", kind="国家级高新区", **kw)
a.park("长沙经开区", "长沙经开区成立于1992年", city="长沙", kind="国家级经济技术开发区", **kw)
a.park("湘潭高新区", "湘潭高新区成立于1992年", city="湘潭", kind="国家级高新区", **kw)
a.park("株洲高新区", "株洲高新区成立于1992年5月", city="株洲", kind="国家级高新区", **kw)
a.institution("同济大学发展研究院", "由同济大学发展研究院研究完成的", kind="research", optional=True)
a.institution("国务院", "1991年3月经国务院批准", optional=True)
R = "2017年"
for nm, rank, ev in [("长沙高新区", 33, "长沙高新区33名"), ("长沙经开区", 38, "长沙经开区38名"),
                     ("湘潭高新区", 75, "湘潭高新区75名"), ("株洲高新区", 98, "株洲高新区98名")]:
    a.fact(nm, "park", "national_park_rank", rank, "rank", ev, as_of=R, optional=True, note="百强榜名次")
a.fact("湖南上榜百强园区", "park_group", "parks_count", 4, "count", "湖南4大园区榜上有名", as_of=R, optional=True)
a.fact("首批国家级高新区", "park_group", "parks_count", 27, "count", "首批27个国家级高新区之一", as_of="1991年3月",
       optional=True)
a.fact("长沙高新区", "park", "revenue_cny", 2.816e11, "cny", "2016年麓谷园区实现企业总收入2816亿元", as_of="2016年",
       note="麓谷园区即长沙高新区")
a.fact("长沙高新区", "park", "output_value_cny", 1.353e11, "cny", "规模工业总产值1353亿元", as_of="2016年")
a.fact("长沙经开区", "park", "output_value_cny", 2.111e11, "cny", "园区完成规模工业总产值2111亿元", as_of="2016年")
a.fact("湘潭高新区", "park", "enterprises_output_over_100m", 110, "count", "去年园区产值过亿元的工业企业达110家",
       as_of="2016年")
a.fact("湘潭高新区", "park", "high_tech_output_value_cny", 4.596e10, "cny", "实现高新技术产值459.6亿元", as_of="2016年")
a.fact("株洲高新区", "park", "output_value_cny", 4e10, "cny", "2016年园区规模工业总产值突破400亿元", as_of="2016年",
       qualifier="超", qualifier_text="突破")
a.write()
