#!/usr/bin/env python3
"""Ground truth for m01–m06 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- m01 江西 修水 宁州工业园吴都工业开发区 2003
NZ = "宁州工业园"; WD = "吴都工业开发区"; D1 = "2003年7月8日"; Y1 = "2003年底"
write("m01", dict(
    title=None,
    title_note="页面未存标题，正文以“7月8日,地处义宁镇走马村、吴周村的吴周工业开发区”开始；内容为修水县宁州工业园吴都（吴周）工业开发区暨企业进园典礼、园区规模与首家进园企业",
    outlet="修水网 www.xiushui.net（原刊与作者未注明）",
    published="2003-08-06", published_precision="day",
    register="county news site item on a county industrial park's new sub-zone: the opening and first-firm entry ceremony, planned and first-phase area, infrastructure money, one firm starting with its investment, firms in negotiation and the year-end target, the county party secretary's speech",
    source_url="http://mmm.xiushui.net/html/shehui/2003/0806/375.html",
    note="所存正文为一行，段间以空格相隔（“参加庆典仪式。 宁州工业园”“引进资金1亿元。 县委书记”），照录为一段；同一行末的站名“修水网 www.xiushui.Net |”已删。文中“彭乐齐鸣”“工业化进程式的手段”“投入1500万元 用于”（空格）照录。园区名前后不一：“吴周工业开发区”“吴周工业区”与“吴都工业开发区”“吴都工业区”（走马村、吴周村所在），记作一园。日期取 URL 路径 2003/0806；典礼在7月8日。义宁镇、宁州均属江西九江修水县（据站名，文中未写县名）"),
  parks=[
    park(NZ, "宁州工业园吴都工业开发区暨企业进园典礼仪式", city="九江", district="修水县", province="江西", kind="县工业园区",
         note="县级工业园，吴都工业开发区为其一个片区；县名据站名（修水网）"),
    park(WD, "宁州工业园吴都工业开发区暨企业进园典礼仪式在区内隆重举行", city="九江", district="修水县", province="江西",
         kind="工业园片区（新区）", parent=NZ,
         aliases=["吴周工业开发区", "宁州工业园吴都工业开发区", "宁州工业园吴都工业区", "吴周工业区"],
         note="位于义宁镇走马村、吴周村；文中“吴都”“吴周”两写"),
  ],
  companies=[
    comp("万顺特艺公司", "万顺特艺公司已首期进园开工,投资1000万元", park=WD, note="首家进园企业，首期开工"),
  ],
  institutions=[
    inst("吴都工业开发区管委会", "工业区管委会的工作人员要再接再励", note="文作“工业区管委会”"),
  ],
  projects=[
    proj("万顺特艺公司首期项目", "万顺特艺公司已首期进园开工,投资1000万元", WD, companies=["万顺特艺公司"],
         cny=10000000.0, text="投资1000万元", phase="首期", status="开工", status_text="已首期进园开工",
         note="项目名称文中未给，据企业拟定"),
  ],
  facts=[
    fact(WD, "park", "planned_area_mu", 2500, "mu", "宁州工业园吴都工业区规划总面积为2500亩", as_of="2003年"),
    fact(WD, "park", "first_phase_area_mu", 1500, "mu", "首期开发1500亩", as_of="2003年", optional=True),
    fact(WD, "park", "phases", 2, "count", "分两期开发", as_of="2003年", optional=True),
    fact(WD, "park", "infrastructure_investment_cny", 15000000.0, "cny", "投入1500万元 用于基础设施建设", as_of="2003年",
         note="文中空格照录；未说已完成还是计划"),
    fact(WD, "park", "enterprises_in_negotiation", 3, "count", "另有3家具有意向性进园企业正在洽谈之中", as_of=D1, optional=True),
    fact(WD, "park", "enterprises", 12, "count", "预计今年年底进园企业将达到12家", kind="target", as_of=Y1),
    fact(WD, "park", "attracted_investment_cny", 100000000.0, "cny", "引进资金1亿元", kind="target", as_of=Y1,
         note="与“年底进园企业将达到12家”同一预计"),
  ],
)

# ---------------------------------------------------------------- m02 安徽 郎溪 皖垦茶业集团十字工业园 2010
SZ = "十字工业园"; WZ = "浙江温州电器电子工业园"; D2 = "2010年4月29日"
write("m02", dict(
    title="皖垦茶业集团十字工业园举行入园企业集中投产 开工 签约仪式",
    outlet="安徽农垦集团网站（页首站名“安徽农垦集团”）, 转载页 qzsxjg.com",
    published="2010-05-04", published_precision="day",
    register="state farm group's website item on its industrial park: firms starting, firms entering production and projects signed in one ceremony, a sub-park's groundbreaking, county and group leaders, the signing with Zhejiang investors",
    source_url="http://qzsxjg.com/display.php?id=11892",
    note="页首站名“安徽农垦集团”、重复的标题行、“发布日期:2010-05-04 浏览次数:2974”（日期取此）与文末“关注安徽农垦官方微信平台”“二维码”已删。文首“429上午”（即4月29日）、“刘超副总经理表了热情洋溢的致辞”、“安徽农集团”照录。十字工业园在宣城市郎溪县（仪式由郎溪县委组织部长主持；地名据文意）"),
  parks=[
    park(SZ, "皖垦茶业集团十字工业园13家入园企业集中开工", city="宣城", district="郎溪县", province="安徽",
         kind="工业园（垦地合作）", aliases=["皖垦茶业集团十字工业园"],
         note="皖垦茶业集团与郎溪县“垦地合作”发展的工业园"),
    park(WZ, "5个项目正式签约暨浙江温州电器电子工业园奠基仪式隆重举行", city="宣城", district="郎溪县", province="安徽",
         kind="产业园（奠基项目）",
         note="园区兼项目：同一仪式上奠基（见 projects）；文中未明说位于十字工业园内，parent 未填"),
  ],
  companies=[
    comp("皖垦茶业集团", "皖垦茶业集团十字工业园13家入园企业集中开工", note="十字工业园的开发主体（园名冠以集团名）；非入园企业"),
    comp("省农垦集团", "省农垦集团副总经理、皖垦茶业集团董事长刘超", aliases=["安徽农集团"], optional=True,
         note="即安徽省农垦集团（页首站名“安徽农垦集团”），皖垦茶业集团的上级；文中又误作“安徽农集团”"),
    comp("郎溪鑫科电子", "孙国安总经理代表十字工业园与郎溪鑫科电子等5家浙江投资商进行了签约", park=SZ,
         note="与十字工业园签约的5家浙江投资商之一"),
  ],
  projects=[
    proj(WZ, "5个项目正式签约暨浙江温州电器电子工业园奠基仪式隆重举行", WZ, status="开工", status_text="奠基",
         note="投资额未给"),
    proj("郎溪鑫科电子项目", "孙国安总经理代表十字工业园与郎溪鑫科电子等5家浙江投资商进行了签约", SZ,
         companies=["郎溪鑫科电子"], status="签约", status_text="进行了签约", optional=True,
         note="以企业名称代项目；项目内容与投资额未给"),
  ],
  facts=[
    fact(SZ, "park", "projects_started", 13, "count", "13家入园企业集中开工", as_of=D2, note="入园企业集中开工"),
    fact(SZ, "park", "projects_put_into_production", 5, "count", "5家企业正式投产", as_of=D2, note="企业正式投产"),
    fact(SZ, "park", "projects_signed", 5, "count", "5个项目正式签约", as_of=D2,
         note="即与郎溪鑫科电子等5家浙江投资商的签约"),
  ],
)

# ---------------------------------------------------------------- m03 吉林 通化县 52个重点项目集中开工 2011
TT = "通天葡萄酒科技产业园"; DB = "通化东宝人参产业发展园区"; G3 = "通化县集中开工的52个重点项目"; D3 = "2011年6月1日"
write("m03", dict(
    title=None,
    title_note="页面未存标题，正文以“今天上午,通化县52个重点项目集中开工”开始；内容为吉林通化县重点项目集中开工与四个代表项目",
    outlet="原刊与作者未注明, 转载页 page.lgmi.com",
    published="2011-06-01", published_precision="day",
    register="local news item (reposted) on a county's batch of key project starts: count and total investment, projects over 100 million yuan, four named projects with investment, construction content, expected sales and profit-tax (a wine technology industrial park, a ginseng industrial park, a pharma research centre, a pharma logistics project)",
    source_url="http://page.lgmi.com/html/201106/01/9222.htm",
    note="文末同一行的表格竖线“ |”已删。日期取 URL 路径 201106/01，“今天上午”即当日。通天、通化东宝、振国药业只作项目名称的一部分出现"),
  parks=[
    park(TT, "总投资4.4亿元的通天葡萄酒科技产业园项目", city="通化", district="通化县", province="吉林",
         kind="产业园（开工项目）", optional=True, note="园区兼项目：企业建设的产业园项目（见 projects）"),
    park(DB, "总投资2.74亿元的通化东宝人参产业发展园区项目", city="通化", district="通化县", province="吉林",
         kind="产业园（开工项目）", optional=True, note="园区兼项目：企业建设的产业园项目（见 projects）"),
  ],
  companies=[
    comp("通天", "通天葡萄酒科技产业园项目", optional=True, note="只作项目名称的一部分出现（通天葡萄酒）"),
    comp("通化东宝", "通化东宝人参产业发展园区项目", optional=True, note="只作项目名称的一部分出现"),
    comp("振国药业", "振国药业生物医药技术研究中心项目", optional=True, note="只作项目名称的一部分出现"),
  ],
  projects=[
    proj("通天葡萄酒科技产业园项目", "总投资4.4亿元的通天葡萄酒科技产业园项目", TT, companies=["通天"],
         cny=440000000.0, text="总投资4.4亿元", status="开工", status_text="集中开工", aliases=[TT],
         note="建设科技中心、酒窖和年产4000吨浓缩汁生产线"),
    proj("通化东宝人参产业发展园区项目", "总投资2.74亿元的通化东宝人参产业发展园区项目", DB, companies=["通化东宝"],
         cny=274000000.0, text="总投资2.74亿元", status="开工", status_text="集中开工", aliases=[DB]),
    proj("振国药业生物医药技术研究中心项目", "总投资1.5亿元的振国药业生物医药技术研究中心项目", None, companies=["振国药业"],
         cny=150000000.0, text="总投资1.5亿元", status="开工", status_text="集中开工", note="所在园区未给"),
    proj("长白山医药物流项目", "总投资19.9亿元的长白山医药物流项目", None, cny=1990000000.0, text="总投资19.9亿元",
         status="开工", status_text="集中开工", note="所在园区与企业未给"),
  ],
  facts=[
    fact(G3, "park_group", "projects_started", 52, "count", "通化县52个重点项目集中开工", as_of=D3),
    fact(G3, "park_group", "planned_investment_cny", 20200000000.0, "cny", "总投资202亿元", as_of=D3),
    fact(G3, "park_group", "projects_over_100m_yuan", 33, "count", "其中亿元以上项目33个", as_of=D3, optional=True),
    fact("通天葡萄酒科技产业园项目", "project", "expected_revenue_cny", 220000000.0, "cny", "年可新增销售收入2.2亿元",
         kind="target", optional=True, note="达产后"),
    fact("通天葡萄酒科技产业园项目", "project", "expected_profit_tax_cny", 70000000.0, "cny", "利税7000万元",
         kind="target", optional=True, note="达产后"),
    fact("通化东宝人参产业发展园区项目", "project", "expected_revenue_cny", 200000000.0, "cny", "达产后年可实现销售收入2亿元",
         kind="target", optional=True),
    fact("通化东宝人参产业发展园区项目", "project", "expected_profit_tax_cny", 100000000.0, "cny", "利税1亿元;总投资1.5亿元",
         kind="target", optional=True),
    fact("振国药业生物医药技术研究中心项目", "project", "expected_revenue_cny", 180000000.0, "cny", "可年实现销售收入1.8亿元",
         kind="target", optional=True),
    fact("振国药业生物医药技术研究中心项目", "project", "expected_profit_tax_cny", 76000000.0, "cny", "利税7600万元",
         kind="target", optional=True),
    fact("长白山医药物流项目", "project", "expected_logistics_turnover_cny", 10000000000.0, "cny", "医药物流配送额100亿元",
         kind="target", optional=True, note="建成后"),
    fact("长白山医药物流项目", "project", "expected_profit_tax_cny", 1000000000.0, "cny", "利税10亿元。",
         kind="target", optional=True),
  ],
)

# ---------------------------------------------------------------- m04 湖北 鄂州华容区 四大园区 2011上半年
G4 = "鄂州市华容区四大园区"; H1 = "2011年1至6月"
write("m04", dict(
    title=None,
    title_note="页面未存标题，正文以“近年来,鄂州华容区全力打造”开始；内容为鄂州市华容区四大园区上半年的招商、签约与重点项目及其在全区的占比",
    outlet="长江网 news.cjn.cn（长江日报报业集团网站；原刊与作者未注明）",
    published="2011-07", published_precision="month",
    register="city news portal item on a district's four parks in the first half-year: the four parks named, investor visits, projects signed, key projects by size band and their total investment, the parks' shares of the district's output, investment, funds in place and fiscal revenue",
    source_url="http://news.cjn.cn/csqlb/201107/t1398037.htm",
    note="文末站点页脚（网站简介…鄂ICP证、许可证）已删。页面无日期，取 URL 路径 201107；数据为“上半年”“1至6月”，即2011年上半年。考察客商（新加坡爱妮娜国际控股集团组团等）只来考察，未说落户"),
  parks=[
    park("红莲湖度假区", "全力打造红莲湖度假区、华容创业园、三江港区、农产品加工园区四大园区", city="鄂州", district="华容区",
         province="湖北", kind="旅游度假区（四大园区之一）"),
    park("华容创业园", "华容创业园、三江港区、农产品加工园区四大园区", city="鄂州", district="华容区", province="湖北",
         kind="创业园（四大园区之一）"),
    park("三江港区", "三江港区、农产品加工园区四大园区", city="鄂州", district="华容区", province="湖北", kind="港区（四大园区之一）"),
    park("农产品加工园区", "农产品加工园区四大园区", city="鄂州", district="华容区", province="湖北",
         kind="农产品加工园区（四大园区之一）", note="文中无专名，只作“农产品加工园区”"),
  ],
  companies=[
    comp("新加坡爱妮娜国际控股集团", "接待了新加坡爱妮娜国际控股集团组团", optional=True, note="来考察的客商；未说落户"),
    comp("上海昊阳实业", "上海昊阳实业、香港羚亚集团等一批知名企业客商考察", optional=True, note="来考察的客商；未说落户"),
    comp("香港羚亚集团", "香港羚亚集团等一批知名企业客商考察", optional=True, note="来考察的客商；未说落户"),
  ],
  facts=[
    fact(G4, "park_group", "parks_count", 4, "count", "农产品加工园区四大园区", as_of="2011年"),
    fact(G4, "park_group", "projects_signed", 15, "count", "上半年全区共签约项目15个,全部计划落户在四大园区", as_of=H1,
         note="全区签约，全部计划落户四大园区"),
    fact(G4, "park_group", "key_projects", 68, "count", "1至6月在四大园区共实施千万元以上重点项目68个", as_of=H1,
         note="千万元以上重点项目"),
    fact(G4, "park_group", "planned_investment_cny", 24720000000.0, "cny", "项目总投资247.2亿元", as_of=H1,
         note="68个重点项目的总投资"),
    fact(G4, "park_group", "projects_over_100m_yuan", 50, "count", "其中亿元项目50个", as_of=H1, optional=True),
    fact(G4, "park_group", "projects_50m_to_100m_yuan", 11, "count", "5000万元至亿元项目11个", as_of=H1, optional=True),
    fact(G4, "park_group", "projects_10m_to_50m_yuan", 7, "count", "1000至5000万元项目7个", as_of=H1, optional=True),
    ratio(G4, "park_group", "share_of_district_above_scale_output_value", 0.85, "ratio", "分别占全区的85%、79%、98%、89%",
          as_of=H1, note="规模以上工业企业完成总产值占全区85%"),
    ratio(G4, "park_group", "share_of_district_fixed_asset_investment", 0.79, "ratio", "79%、98%、89%", as_of=H1),
    ratio(G4, "park_group", "share_of_district_investment_in_place", 0.98, "ratio", "98%、89%", as_of=H1,
          note="招商引资实际到位资金"),
    ratio(G4, "park_group", "share_of_district_fiscal_revenue", 0.89, "ratio", "89%。", as_of=H1),
  ],
)

# ---------------------------------------------------------------- m05 山东 青岛市基金园区 2015
JJ = "青岛市基金园区"; QG = "青岛高新区"; CT = "创投引导基金"; D5 = "2015年11月4日"
write("m05", dict(
    title=None,
    title_note="页面未存标题，正文以“昨日,青岛市基金园区启动仪式在高新区举行”开始；内容为青岛高新区内青岛市基金园区启动、基金入驻与高新区创投引导基金",
    outlet="青岛新闻网 qingdaonews.com（原刊与作者未注明）",
    published="2015-11-05", published_precision="day",
    register="city news portal item on a fund park opening inside a high-tech zone: funds and platforms signing to enter, the zone and a state group as builders, the zone's venture guidance fund and the social capital it drew",
    source_url="https://qingdaonews.com/content/2015-11/05/content_11338948.htm",
    note="页面只存正文，无删节；“高新区始终坚持 “科技+金融””中的空格照录。日期取 URL 路径；启动仪式在“昨日”，即2015年11月4日。“园区创投引导基金”之“园区”指青岛高新区"),
  parks=[
    park(QG, "青岛市基金园区是由青岛高新区与招商局在不到半年的时间里推动建设并落户", city="青岛", province="山东",
         kind="国家高新区", note="文中多作“高新区”"),
    park(JJ, "青岛市基金园区启动仪式在高新区举行", city="青岛", province="山东", kind="基金园区（专业园区）", parent=QG,
         note="青岛市唯一的基金园区；由青岛高新区与招商局推动建设并落户"),
  ],
  companies=[
    comp("招商局", "由青岛高新区与招商局在不到半年的时间里推动建设并落户", note="与青岛高新区共同推动建设基金园区"),
    comp("蓝海股权高新区分中心", "海尔创客基金、蓝海股权高新区分中心等10家基金及服务平台机构签约入驻", park=JJ, kind="other",
         note="服务平台机构，签约入驻基金园区"),
  ],
  funds=[
    fund("海尔创客基金", "海尔创客基金、蓝海股权高新区分中心等10家基金及服务平台机构签约入驻", park=JJ,
         note="签约入驻青岛市基金园区；规模未给"),
    fund(CT, "园区创投引导基金规模已达3亿元", park=QG, size=300000000.0, size_type="规模",
         note="青岛高新区（文作“园区”）的创投引导基金"),
  ],
  facts=[
    fact(JJ, "park", "institutions_signed", 10, "count", "等10家基金及服务平台机构签约入驻", as_of=D5,
         note="基金及服务平台机构"),
    fact(CT, "fund", "capital_mobilized", 9000000000.0, "cny", "带动社会资金90多亿元", qtext="多", kind="cumulative",
         as_of="2015年11月", note="“90多亿元”：多 → qualifier null（同 real12、real17）；metric 不加 _cny（同 real12 z06 的“多”）"),
  ],
)

# ---------------------------------------------------------------- m06 黑龙江 哈尔滨新区先进装备制造产业投资基金 2018
HX = "哈尔滨新区"; HF = "哈尔滨新区先进装备制造产业投资基金"; YD = "哈尔滨市产业引导基金"; D6 = "2018年5月"
write("m06", dict(
    title="哈尔滨市首支政府投资产业基金落地",
    outlet="黑龙江日报（记者 韩丽平；编辑 吕岩）, 国际在线黑龙江频道 hlj.cri.cn 转载",
    published="2018-05-08", published_precision="day",
    register="provincial party paper item (national portal's provincial channel) on a city's first government industrial investment fund, named for a national new area: first close, two investee firms and the amount, the city guidance fund behind it and its approved sub-funds, the fund's size, paid-in capital and contributors, target sectors",
    source_url="https://hlj.cri.cn/chinanews/20180508/7090406e-f7d8-8d8f-e1b3-48fa3a034c3a.html",
    note="页首“打开ChinaNews阅读”、“黑龙江日报2018-05-08 10:28:29”一行（日期取此）、文末“编辑:吕岩”“— 相关新闻 —”已删；段首缩进已删；“(记者 韩丽平)”在末段末照录。“哈市引导基金”即哈尔滨市产业引导基金；“省科力高科技产业投资有限公司”之“省”为黑龙江省"),
  parks=[
    park(HX, "哈尔滨新区先进装备制造产业投资基金,完成首期封闭正式落地", city="哈尔滨", province="黑龙江", kind="国家级新区",
         note="只作基金名称的一部分与“哈尔滨新区产业规划”出现"),
  ],
  companies=[
    comp("哈尔滨新光光电科技有限公司", "该基金已投资哈尔滨新光光电科技有限公司", note="基金已投资的企业；所在园区未给"),
    comp("哈尔滨滕迈通用航空科技有限公司", "哈尔滨滕迈通用航空科技有限公司两个项目,投资额7850万元",
         note="基金已投资的企业；所在园区未给"),
    comp("省科力高科技产业投资有限公司", "省科力高科技产业投资有限公司出资2.5亿元",
         note="基金出资人；“省”即黑龙江省"),
  ],
  institutions=[
    inst("哈尔滨市财政部门", "哈尔滨市财政部门积极筹措资金20亿元设立产业引导基金"),
    inst("哈尔滨市产业引导基金投资决策委员会", "产业引导基金投资决策委员会于2017年末审批通过了9支产业投资基金设立方案",
         note="文作“产业引导基金投资决策委员会”"),
  ],
  funds=[
    fund(HF, "此次落地的哈尔滨新区先进装备制造产业投资基金总规模16亿元,首期到位资金6亿元", park=HX,
         size=1600000000.0, size_type="总规模", paid_in=600000000.0, invested=78500000.0,
         note="哈尔滨市首支政府投资产业基金；首期到位6亿元（哈市引导基金2亿、省科力2.5亿、社会资本1.5亿）；已投两个项目7850万元"),
    fund(YD, "哈尔滨市财政部门积极筹措资金20亿元设立产业引导基金", size=2000000000.0, size_type="筹措资金",
         aliases=["哈市引导基金"], note="文中又作“产业引导基金”“哈市引导基金”；市级引导基金，不属某一园区"),
  ],
  facts=[
    fact(HF, "fund", "fund_projects_invested", 2, "count", "哈尔滨滕迈通用航空科技有限公司两个项目", kind="cumulative",
         as_of=D6, note="已投资两个项目（两家企业）"),
    fact(HF, "fund", "fund_paid_in_from_city_guidance_fund_cny", 200000000.0, "cny", "其中哈市引导基金出资2亿元",
         as_of=D6, optional=True),
    fact(HF, "fund", "fund_paid_in_from_provincial_company_cny", 250000000.0, "cny", "省科力高科技产业投资有限公司出资2.5亿元",
         as_of=D6, optional=True),
    fact(HF, "fund", "fund_paid_in_from_social_capital_cny", 150000000.0, "cny", "社会资本出资1.5亿元", as_of=D6,
         optional=True),
    fact(YD, "fund", "fund_count", 9, "count", "审批通过了9支产业投资基金设立方案", as_of="2017年末",
         note="引导基金投资决策委员会审批通过的产业投资基金设立方案（哈尔滨新区先进装备制造产业投资基金为首支落地）"),
  ],
)
