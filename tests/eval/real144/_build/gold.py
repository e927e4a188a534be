# real144 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount that is not digits+万元/亿元 (“6000多万元”,
# “五千万元”) goes into a metric without the _cny suffix (unit cny), as real100 xr05. Growth rates as ratios. Projects: the park
# is the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 集中开工
# / 开工奠基 → 开工; 投产 → 投产; 签约 / 已签约 / 签约落户 → 签约); no status where the text gives only a preparatory step.
# Non-industrial projects (commercial, urban, farmland, health) are optional. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/wkNN.raw as returned.

# ---------------------------------------------------------------- wk01 正阳县集中开工13个重点项目 (天中晚报 2020)
ZY = "正阳颐高应急安全产业园"
A0 = "6月28日,正阳县举行2020年第二批亿元以上重点项目集中开工暨正阳颐高应急安全产业园开工奠基仪式"
A1 = "分别为总投资30亿元的正阳县八佰伴时代广场建设项目、总投资20亿元的正阳颐高应急安全产业园项目、总投资15亿元的正阳县城北部片区综合开发项目、总投资5亿元的河北国利环保设备有限公司玻璃钢生产项目"
A2 = "此次集中开工重点项目共13个,合同总投资88.3亿元,年度计划投资48.9亿元"
AS1 = "2020年6月28日（第二批集中开工）"
G["wk01"] = dict(
 article=art("正阳县集中开工13个重点项目", "天中晚报（驻马店网数字报 tzwb.zmdnews.cn，02版；全媒体记者李玉荣，通讯员胡瑞琪、余川）", "2020-06-30", "day",
  "City evening paper's county page, Henan: a county's second batch of major projects started together with the groundbreaking of an emergency-safety industrial park (area, investment), the county's signings this year, the 13 projects' contract and annual investment and the four largest by name",
  "http://tzwb.zmdnews.cn/tzwb/20200630/html/content_38719.htm",
  "日期取网址 20200630（页面“发布日期:”后为空）。标题照录；版面导航行已删。正文四段，存段以第四段末“…玻璃钢生产项目。”结束，看似完整。园区：正阳颐高应急安全产业园（颐高集团开发的产业园，驻马店市正阳县，河南；文中只称“产业园”，未说属哪个开发区）。项目：四个5亿元以上项目均“集中开工”→开工；正阳颐高应急安全产业园项目（20亿元，开工奠基；园区即其自身）与河北国利环保设备有限公司玻璃钢生产项目（5亿元，园区未写→null）为产业项目；八佰伴时代广场（30亿元）与城北部片区综合开发（15亿元）为商业/城建项目，列为可选。13个项目、合同总投资88.3亿元、年度计划投资48.9亿元为正阳县（region）数；“今年初以来…新增加签约项目11个”为累计（cumulative）。",
  "wk01"),
 parks=[
  park(ZY, "驻马店", "河南", "产业园", A0, district="正阳县", note="颐高集团开发；以应急安全产业为基础；占地约760亩，总投资20亿元"),
 ],
 companies=[
  comp("颐高集团", ZY, "仪式上,颐高集团负责人介绍了产业园项目情况", kind="developer", note="产业园开发方"),
  comp("河北国利环保设备有限公司", None, A1, note="玻璃钢生产项目业主；园区未写"),
 ],
 institutions=[],
 projects=[
  proj("正阳颐高应急安全产业园项目", ZY, A1, inv="总投资20亿元", status="开工", status_text="集中开工暨…开工奠基",
       note="园区开发项目；占地约760亩"),
  proj("玻璃钢生产项目", None, A1, companies=["河北国利环保设备有限公司"], inv="总投资5亿元", status="开工", status_text="集中开工",
       aliases=["河北国利环保设备有限公司玻璃钢生产项目"]),
  proj("正阳县八佰伴时代广场建设项目", None, A1, inv="总投资30亿元", status="开工", status_text="集中开工", opt=True, note="商业项目，非产业园区项目"),
  proj("正阳县城北部片区综合开发项目", None, A1, inv="总投资15亿元", status="开工", status_text="集中开工", opt=True, note="城建项目"),
 ],
 aggregate_facts=[
  fact("正阳县", "region", "projects_started", 13, "count", A2, AS1),
  fact("正阳县", "region", "projects_started_investment_cny", 8.83e9, "cny", A2, AS1, chk=True, note="合同总投资"),
  fact("正阳县", "region", "planned_annual_investment_cny", 4.89e9, "cny", "年度计划投资48.9亿元", "2020年（13个集中开工项目）", kind="target", chk=True),
  fact("正阳县", "region", "projects_started_over_500m", 4, "count", "其中,投资5亿元以上的项目4个", AS1, opt=True),
  fact("正阳县", "region", "projects_signed", 11, "count", "今年初以来,正阳县在疫情防控期间开展线上招商,并积极“走出去”“请进来”,新增加签约项目11个", "2020年1月至6月", kind="cumulative"),
  fact("正阳颐高应急安全产业园项目", "project", "site_area_mu", 760, "mu", "产业园项目占地约760亩,总投资20亿元", "2020年6月", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- wk02 砀山县工业项目集中签约 (市场星报 2022)
DS = "砀山县经济开发区"
B0 = "日前,砀山县工业项目集中签约仪式在县经济开发区举行"
B1 = "安徽壹度品牌运营公司、安徽龙润堂生物科技公司、安徽艾特源电力科技公司等8家企业现场签约,涉及高新材料、公用保税仓、智能化物流配送等产业领域,总投资7.66亿元,近期将落户砀山县经济开发区"
G["wk02"] = dict(
 article=art("（无标题）砀山县工业项目集中签约 8家企业总投资7.66亿元将落户砀山县经济开发区", "市场星报（scxb.com.cn，据域名推定；存段无署名）", "2022-11-08", "day",
  "Provincial market newspaper, Anhui: a county's signing ceremony in its economic development zone — three named firms among eight to settle there, total investment, the county's three leading industries and its investment-promotion plans",
  "http://scxb.com.cn/html/2022-11/08/content_340618.htm",
  "日期取网址 2022-11/08。存段无标题、无日期行（title 为编者概括），自导语起，三段，以“…推动经济高质量发展。”结束，看似完整。园区：砀山县经济开发区（宿州市砀山县，安徽；文中又作“县经济开发区”，列为别名）。公司：壹度、龙润堂、艾特源三家“现场签约…近期将落户砀山县经济开发区”→园区记砀山县经济开发区；无项目名，不另立项目。8家企业、总投资7.66亿元为此次签约数（reported，主体记园区）。",
  "wk02"),
 parks=[
  park(DS, "宿州", "安徽", "经济开发区", B1, district="砀山县", aliases=["县经济开发区"], note="签约仪式在此举行"),
 ],
 companies=[
  comp("安徽壹度品牌运营公司", DS, B1, note="签约，近期将落户"),
  comp("安徽龙润堂生物科技公司", DS, B1, note="签约，近期将落户"),
  comp("安徽艾特源电力科技公司", DS, B1, note="签约，近期将落户"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(DS, "park", "firms_signed", 8, "count", B1, "2022年11月（集中签约）"),
  fact(DS, "park", "signed_investment_cny", 7.66e8, "cny", "总投资7.66亿元,近期将落户砀山县经济开发区", "2022年11月（集中签约）", chk=True),
 ])

# ---------------------------------------------------------------- wk03 泗县 招商引资项目联审 进度通报 (泗县招商局 2021)
KF = "开发区"
C0 = "二、开发区项目进展情况"
C1 = "乐禾食品科技集团股份有限公司投资的乐禾食品科技产业园项目:已至乐禾集团在河南固始县项目基地实地考察"
C2 = "北京聚力和集团股份有限公司投资的数字化中央厨房项目:电话沟通中,计划下一步至北京实地考察"
C3 = "道明光学公司投资的年产100万套安全设施及年产5000套智能交通电子设备项目:未与企业开展进一步沟通"
C4 = "弘海盈科公司投资的年产7GWH类固态锂离子电池项目:未与企业开展进一步沟通"
C5 = "思科赛德公司投资接线端子项目:已签约"
G["wk03"] = dict(
 article=art("关于招商引资项目联审工作领导小组 第一次联审会项目进度的通报 (第七期)", "泗县招商局，载于泗县人民政府网站（sixian.gov.cn，政府信息公开 > 双招双引 > 工作成效）", "2021-08-18", "day",
  "County government website, Anhui: an investment-promotion bureau's progress notice on five projects passed by the county's joint review — two handled by the agriculture bureau, three by the development zone (one signed)",
  "https://www.sixian.gov.cn/zwgk/szsy/zsjb/155334431.html",
  "日期取页面“发布日期:2021-08-18 11:13:33 信息来源: 泗县招商局”。标题为页面上三行（两行标题与“(第七期)”）以空格连写；导航、日期来源行、“【字体:”与正文前重复的两行标题已删。正文自“7月28日,我县召开…”起，以“思科赛德公司投资接线端子项目:已签约。”结束（存段止于此，是否有后文未知）。园区：文中只作“开发区”（即泗县经济开发区，宿州市泗县，安徽；不补全称）。项目：开发区三项（道明光学、弘海盈科、思科赛德）园区记“开发区”；农业农村局两项园区 null。只有思科赛德“已签约”→签约；其余四项只是考察/沟通，不给状态。“乐禾食品科技产业园”只是项目名，不列园区。公司名照录（“道明光学公司”等简称）。“5个项目”通过联审（泗县，region）列为可选事实。",
  "wk03"),
 parks=[
  park(KF, "宿州", "安徽", "经济开发区", C0, district="泗县", note="即泗县经济开发区；文中只作“开发区”"),
 ],
 companies=[
  comp("乐禾食品科技集团股份有限公司", None, C1, aliases=["乐禾集团", "乐禾食品"]),
  comp("北京聚力和集团股份有限公司", None, C2, aliases=["聚力和集团"]),
  comp("道明光学公司", KF, C3),
  comp("弘海盈科公司", KF, C4),
  comp("思科赛德公司", KF, C5),
 ],
 institutions=[
  inst("农业农村局", "一、农业农村局项目进展情况", note="泗县农业农村局"),
  inst("教体局", "乐禾食品与聚力和集团投资项目皆需教体局学生营养餐配送业务支持", note="泗县教育体育局"),
 ],
 projects=[
  proj("乐禾食品科技产业园项目", None, C1, companies=["乐禾食品科技集团股份有限公司"], note="通过联审；已赴企业固始基地考察；农业农村局负责"),
  proj("数字化中央厨房项目", None, C2, companies=["北京聚力和集团股份有限公司"], note="通过联审；电话沟通中"),
  proj("年产100万套安全设施及年产5000套智能交通电子设备项目", KF, C3, companies=["道明光学公司"], note="通过联审；未进一步沟通"),
  proj("年产7GWH类固态锂离子电池项目", KF, C4, companies=["弘海盈科公司"], note="通过联审；未进一步沟通"),
  proj("接线端子项目", KF, C5, companies=["思科赛德公司"], status="签约", status_text="已签约"),
 ],
 aggregate_facts=[
  fact("泗县", "region", "projects_reviewed", 5, "count", "7月28日,我县召开招商引资项目联审工作领导小组第一次联审会,现对会议通过的5个项目的进度进行如下通报", "2021年7月28日", opt=True),
 ])

# ---------------------------------------------------------------- wk04 西华县第五期“三个一批” (周口日报 2022)
XH = "西华经开区"
D0 = "据了解,西华县第五期“三个一批”项目建设活动,现场签约3个项目,总投资32.7亿元"
D1 = "集中开工的10个重点项目总投资44.08亿元,其中,产业项目6个,总投资27.3亿元"
D2 = "分别为西华经开区电子产业园建设项目,总投资5.2亿元;西华食品产业园建设项目,总投资5亿元;年产3000台防爆风机项目,总投资5亿元;年生产12000台环保风机项目;年生产10万吨聚氯化铝型材项目;河南源丰塑胶有限公司年产1000吨puc管项目"
D3 = "2022年西华县高标准农田建设项目;西华县城区精品示范路提升改造项目;西华县双狼沟二期生态综合治理建设项目;西华县乡镇卫生院能力提升建设项目"
D4 = "投产的项目为西华县耕德电子手机研发生产基地,该项目全面建成后,可实现年产值15亿元,利税1.5亿元,可提供就业岗位5000至8000人"
AS4 = "2022年7月5日（第五期“三个一批”）"
GD = "西华县耕德电子手机研发生产基地"
G["wk04"] = dict(
 article=art("（无标题）西华县第五期“三个一批”活动 签约3个、开工10个、投产1个项目", "周口日报（zhld.com 数字报；记者张猛）", "2022-07-08", "day",
  "City daily's county report, Henan: a county's fifth “三个一批” day — projects signed (count, investment), ten projects started with the industrial ones named and their investments (one an electronics park in the county's development zone), a phone-parts base put into production with expected output",
  "http://zhld.com/szb/pc/col/202207/08/content_172624.html",
  "日期取网址 202207/08（活动在7月5日）。存段无标题、无日期行（title 为编者概括；同文的繁体转换副本 vocabexpress.net 未用）。正文两段，以“…具有重要意义。”结束，看似完整。园区：西华经开区（周口市西华县，河南）；“西华经开区电子产业园”“西华食品产业园”只在项目名中，列为可选园区（前者母园区西华经开区，后者位置未写）。项目：开工十项——西华经开区电子产业园建设项目（5.2亿元，园区西华经开区）、西华食品产业园建设项目（5亿元，园区 null）、年产3000台防爆风机项目（5亿元）、年生产12000台环保风机项目、年生产10万吨聚氯化铝型材项目、河南源丰塑胶有限公司年产1000吨puc管项目（后四项无金额、园区 null）；另四项为农田、道路、生态、卫生院项目，列为可选。投产：西华县耕德电子手机研发生产基地（投产；园区未写→null；预计年产值15亿元、利税1.5亿元为 target）。签约3个项目未点名。计数与总额记西华县（region）。",
  "wk04"),
 parks=[
  park(XH, "周口", "河南", "经济开发区", D2, district="西华县"),
  park("西华经开区电子产业园", "周口", "河南", "产业园", D2, district="西华县", parent=XH, opt=True, note="只在项目名中（在建）"),
  park("西华食品产业园", "周口", "河南", "产业园", D2, district="西华县", opt=True, note="只在项目名中（在建）；位置未写"),
 ],
 companies=[
  comp("河南源丰塑胶有限公司", None, D2, note="puc管项目业主"),
  comp("耕德电子", None, "将进一步扩大耕德电子在西华的智能终端产能", note="手机研发生产基地投产；园区未写"),
 ],
 institutions=[],
 projects=[
  proj("西华经开区电子产业园建设项目", XH, D2, inv="总投资5.2亿元", status="开工", status_text="集中开工"),
  proj("西华食品产业园建设项目", None, D2, inv="总投资5亿元", status="开工", status_text="集中开工", note="位置未写"),
  proj("年产3000台防爆风机项目", None, D2, inv="总投资5亿元", status="开工", status_text="集中开工"),
  proj("年生产12000台环保风机项目", None, D2, status="开工", status_text="集中开工"),
  proj("年生产10万吨聚氯化铝型材项目", None, D2, status="开工", status_text="集中开工"),
  proj("年产1000吨puc管项目", None, D2, companies=["河南源丰塑胶有限公司"], status="开工", status_text="集中开工",
       aliases=["河南源丰塑胶有限公司年产1000吨puc管项目"]),
  proj("2022年西华县高标准农田建设项目", None, D3, status="开工", status_text="集中开工", opt=True, note="农业基础设施"),
  proj("西华县城区精品示范路提升改造项目", None, D3, status="开工", status_text="集中开工", opt=True, note="城建"),
  proj("西华县双狼沟二期生态综合治理建设项目", None, D3, status="开工", status_text="集中开工", opt=True, phase="二期", note="生态治理"),
  proj("西华县乡镇卫生院能力提升建设项目", None, D3, status="开工", status_text="集中开工", opt=True, note="卫生"),
  proj(GD, None, D4, companies=["耕德电子"], status="投产", status_text="投产的项目为"),
 ],
 aggregate_facts=[
  fact("西华县", "region", "projects_signed", 3, "count", D0, AS4),
  fact("西华县", "region", "signed_investment_cny", 3.27e9, "cny", D0, AS4, chk=True),
  fact("西华县", "region", "projects_started", 10, "count", D1, AS4),
  fact("西华县", "region", "projects_started_investment_cny", 4.408e9, "cny", D1, AS4, chk=True),
  fact("西华县", "region", "industrial_projects_started", 6, "count", D1, AS4),
  fact("西华县", "region", "industrial_projects_started_investment_cny", 2.73e9, "cny", "其中,产业项目6个,总投资27.3亿元", AS4, chk=True),
  fact(GD, "project", "expected_annual_output_cny", 1.5e9, "cny", "可实现年产值15亿元,利税1.5亿元", "全面建成后", kind="target", chk=True),
  fact(GD, "project", "expected_annual_profit_tax_cny", 1.5e8, "cny", "利税1.5亿元", "全面建成后", kind="target", chk=True),
  fact(GD, "project", "expected_jobs", 8000, "count", "可提供就业岗位5000至8000人", "全面建成后", kind="target", opt=True, note="区间5000至8000，取上限"),
 ])

# ---------------------------------------------------------------- wk05 利津经济开发区 签约仪式 (大众网 2020)
LJ = "利津经济开发区"
E0 = "5月29日上午,东营市利津县经济开发区“双招双引”推介暨创智绿谷首批项目签约仪式举行"
E1 = "2019年,利津县全年实现地区生产总值221.46亿元,同比增长7.9%"
E2 = "中国化学、龙净环保等一批世界500强企业项目相继签约落地,在建招商项目达到61个,累计到位外来投资51.59亿元"
G["wk05"] = dict(
 article=art("利津经济开发区举行“双招双引”推介暨创智绿谷首批项目签约仪式", "大众报业·海报新闻（大众网 dongying.dzwww.com；记者武永倩）", "2020-05-29", "day",
  "Provincial news portal's city channel, Shandong: a county development zone's investment promotion and the first signings for its 创智绿谷 — the zone party secretary's account of the county's 2019 GDP, landed projects and attracted investment, and the zone's planned industrial system",
  "http://dongying.dzwww.com/dyxw/202005/t20200529_5981735.htm",
  "日期取页面“2020-05-29 20:31:12 来源: 大众报业·海报新闻 作者: 武永倩”。标题照录；日期来源行已删。存段末段“县委常委、组织部部长赵峰介绍了利津县招才引智工作情况;利津经”在句中中断，整段删去；正文四段，以“…的发展路子。”结束。园区：利津经济开发区（东营市利津县，山东；文中又作“利津县经济开发区”，列为别名）；“创智绿谷”为开发区的首批签约载体，列为可选园区（母园区利津经济开发区；性质文中未写）。首批签约项目未点名（存段在介绍前中断）。“中国化学、龙净环保等一批世界500强企业项目相继签约落地”是许明德讲利津县的成绩，公司园区 null，可选。2019年GDP及增速、在建招商项目61个、累计到位外来投资51.59亿元记利津县（region）。东营市投资促进局、全国城市工业品贸易中心联合会为可选机构。",
  "wk05"),
 parks=[
  park(LJ, "东营", "山东", "经济开发区", E0, district="利津县", aliases=["利津县经济开发区"], note="党工委书记许明德"),
  park("创智绿谷", "东营", "山东", None, E0, district="利津县", parent=LJ, opt=True, note="首批项目签约；性质未写"),
 ],
 companies=[
  comp("中国化学", None, E2, opt=True, note="世界500强企业项目签约落地（利津县）"),
  comp("龙净环保", None, E2, opt=True, note="同上"),
 ],
 institutions=[
  inst("东营市投资促进局", "东营市投资促进局副局长张晓慧"),
  inst("全国城市工业品贸易中心联合会", "全国城市工业品贸易中心联合会秘书长刘恝", kind="association"),
 ],
 projects=[],
 aggregate_facts=[
  fact("利津县", "region", "gdp_cny", 2.2146e10, "cny", E1, "2019年", chk=True),
  fact("利津县", "region", "gdp_yoy_growth", 0.079, "ratio", E1, "2019年", kind="ratio"),
  fact("利津县", "region", "projects_under_construction", 61, "count", E2, "2020年5月", kind="cumulative", note="在建招商项目"),
  fact("利津县", "region", "investment_attracted_cny", 5.159e9, "cny", "累计到位外来投资51.59亿元", "截至2020年5月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- wk06 微山县稀土产业集群项目集中开工 (大众日报 2023)
WS = "微山经济开发区"
F0 = "4月3日,微山县稀土产业集群项目集中开工暨山东银河稀土精矿前处理项目奠基仪式在微山经济开发区举行"
F1 = "集中开工的山东银河稀土精矿前处理和亨润达稀土尾矿资源综合利用两个项目,总投资逾20亿元"
F2 = "山东银河稀土精矿前处理项目由山东银河稀土新材料有限公司投资建设"
F3 = "亨润达稀土尾矿资源综合利用项目由上海亨润达技术有限公司投资建设,主要用于建设日处理800吨的轻稀土尾矿资源综合利用生产线,年处理能力25万吨"
YH = "山东银河稀土精矿前处理项目"
HR = "亨润达稀土尾矿资源综合利用项目"
AS6 = "2023年4月3日（集中开工）"
G["wk06"] = dict(
 article=art("总投资逾20亿元!微山县稀土产业集群项目集中开工", "大众日报，载于 xcl.kuangku.cn（中国矿库·新材料频道）", "2023-04-08", "day",
  "Provincial daily relayed by an industry portal, Shandong: two rare-earth projects started together in a county economic development zone — investors, construction content, combined investment, expected sales, profit-tax and jobs",
  "http://xcl.kuangku.cn/news/show-6634.html",
  "日期取转载页“2023-04-08 大众日报”（开工在4月3日；大众日报原刊日期未见）。标题照录；日期行、重复导语的“核心提示”与页尾栏目已删。正文三段，以“…确保项目尽早建成达效。”结束，完整。园区：微山经济开发区（济宁市微山县，山东）。项目：山东银河稀土精矿前处理项目（开工、奠基；业主山东银河稀土新材料有限公司）、亨润达稀土尾矿资源综合利用项目（开工；上海亨润达技术有限公司投资）；两项同在微山经济开发区举行的集中开工中，园区均记微山经济开发区（亨润达一项由语境推定）；无单项金额，“总投资逾20亿元”为两项合计（事实，超）。预计年销售收入、利税为 target；就业人数列为可选。",
  "wk06"),
 parks=[
  park(WS, "济宁", "山东", "经济开发区", F0, district="微山县"),
 ],
 companies=[
  comp("山东银河稀土新材料有限公司", WS, F2),
  comp("上海亨润达技术有限公司", WS, F3, note="投资建设园区内项目（园区由语境推定）"),
 ],
 institutions=[],
 projects=[
  proj(YH, WS, F0, companies=["山东银河稀土新材料有限公司"], status="开工", status_text="集中开工暨…奠基仪式"),
  proj(HR, WS, F1, companies=["上海亨润达技术有限公司"], status="开工", status_text="集中开工", note="园区由语境推定"),
 ],
 aggregate_facts=[
  fact(WS, "park", "projects_started", 2, "count", F1, AS6),
  fact(WS, "park", "projects_started_investment_cny", 2e9, "cny", F1, AS6, qual="超", qtext="逾", chk=True),
  fact(YH, "project", "expected_annual_sales_cny", 1e9, "cny", "项目建成后可实现年销售收入约10亿元,利税1亿元,带动就业100余人", "建成后", kind="target", qual="约", qtext="约", chk=True),
  fact(YH, "project", "expected_annual_profit_tax_cny", 1e8, "cny", "利税1亿元,带动就业100余人", "建成后", kind="target", chk=True),
  fact(YH, "project", "expected_jobs", 100, "count", "利税1亿元,带动就业100余人", "建成后", kind="target", qual="余", qtext="余", opt=True),
  fact(HR, "project", "expected_annual_capacity_t", 250000, "t", F3, "建成后", kind="target", note="年处理能力"),
  fact(HR, "project", "expected_annual_sales_cny", 5e8, "cny", "项目建成后,预计实现销售收入5亿元,利税4000万元,带动就业200余人", "建成后", kind="target", chk=True),
  fact(HR, "project", "expected_annual_profit_tax_cny", 4e7, "cny", "利税4000万元,带动就业200余人", "建成后", kind="target", chk=True),
  fact(HR, "project", "expected_jobs", 200, "count", "利税4000万元,带动就业200余人", "建成后", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- wk07 蒙城 十年蝶变 (蒙城广播电视台 2022)
MC = "蒙城经开区"
H0 = "蒙城经开区企业由2012年的91家增长到377家;销售收入由2012年的72亿元增长到312.43亿元,成为支撑全县工业发展的增长极和脊梁骨"
H1 = "蒙城汽车产业从无到有,已拥有汽车及装备制造相关企业60家,形成了较为完整的产业链条,实现年产值约40亿元"
AQ = "江淮安驰汽车有限公司"
H2 = "2010年江淮安驰汽车有限公司揭牌成立,2011年投建10万台MPV新基地,2020年成功切入MPV公商务车市场"
H3 = "十年来,江淮安驰公司年产值从3829万元增长到20.79亿元"
H4 = "截至目前,公司累计销售27.4万台,实现销售收入148亿元,缴纳税费11.23亿元,实现工业增加值27.1亿元,是蒙城县的纳税大户"
G["wk07"] = dict(
 article=art("喜迎二十大丨十年蝶变,庄周故里扶摇直上", "蒙城广播电视台（县融媒体；www.plus.ahmctv.net；编辑高丹）", "2022-09-14", "day",
  "County broadcaster's website, Anhui: a ten-year feature on a county's industrialisation — its development zone's firms and sales 2012 vs now, the auto cluster, and one carmaker's output, capacity and cumulative sales, taxes and value added",
  "http://www.plus.ahmctv.net/news/local/2022-09-14/qJipiRZ2KP7yOzZu.html",
  "日期取页面“编辑:高丹 2022-09-14 15:58”。标题照录；台名、“APP扫描”、编辑日期行、两处“图片”及两条图片说明（“蒙城县经济开发区南区航拍 胡卫国/”“江淮安驰汽车生产车间新车即将下线 胡卫国/摄”）已删。存段末段“落户蒙城以来,江淮安驰公司不仅产能大幅增加,生产技术、工艺不断”在句中中断，整段删去；正文十段（含小标题“一辆汽车拉来一个产业”），以“…是蒙城县的纳税大户。”结束。园区：蒙城经开区（亳州市蒙城县，安徽）。公司：江淮安驰汽车有限公司（文中又作“江淮安驰公司”；正文只说“落户蒙城”，未说在经开区——删去的图片说明也未直接说——园区记 null）；江汽集团为母公司（可选）。“2011年投建10万台MPV新基地”列为可选项目（只写“投建”，不给状态）。经开区企业数、销售收入（2022年与2012年）；汽车产业企业数与年产值记蒙城县（region）；江淮安驰年产值、产能、累计销量/销售收入/税费/增加值（累计）。农业数字不计。",
  "wk07"),
 parks=[
  park(MC, "亳州", "安徽", "经济开发区", H0, district="蒙城县", note="支撑全县工业发展的增长极"),
 ],
 companies=[
  comp(AQ, None, H2, aliases=["江淮安驰公司", "江淮安驰"], note="落户蒙城；园区文中未写"),
  comp("江汽集团", None, "江淮安驰公司是江汽集团响应省委省政府振兴皖北号召,首批在皖北投资的独资子公司", opt=True, note="母公司"),
 ],
 institutions=[],
 projects=[
  proj("10万台MPV新基地", None, H2, companies=[AQ], opt=True, note="2011年投建；无其他信息"),
 ],
 aggregate_facts=[
  fact(MC, "park", "firms", 377, "count", H0, "2022年"),
  fact(MC, "park", "firms", 91, "count", H0, "2012年", opt=True),
  fact(MC, "park", "revenue_cny", 3.1243e10, "cny", "增长到312.43亿元,成为支撑全县工业发展的增长极和脊梁骨", "2022年（最近年度）", chk=True, note="销售收入"),
  fact(MC, "park", "revenue_cny", 7.2e9, "cny", "销售收入由2012年的72亿元", "2012年", opt=True, chk=True),
  fact("蒙城县", "region", "auto_firms", 60, "count", H1, "2022年", opt=True, note="汽车及装备制造相关企业"),
  fact("蒙城县", "region", "auto_industry_output_cny", 4e9, "cny", "实现年产值约40亿元", "2022年", qual="约", qtext="约", opt=True, chk=True),
  fact(AQ, "company", "annual_capacity_units", 140000, "units", "可年产车辆14万台", "2022年", note="产能"),
  fact(AQ, "company", "output_cny", 2.079e9, "cny", "增长到20.79亿元", "2022年（最近年度）", chk=True, note="年产值"),
  fact(AQ, "company", "output_cny", 3.829e7, "cny", "年产值从3829万元", "十年前", opt=True, chk=True),
  fact(AQ, "company", "cumulative_sales_units", 274000, "units", H4, "截至2022年9月", kind="cumulative"),
  fact(AQ, "company", "revenue_cny", 1.48e10, "cny", "实现销售收入148亿元,缴纳税费11.23亿元,实现工业增加值27.1亿元", "截至2022年9月（累计）", kind="cumulative", chk=True),
  fact(AQ, "company", "tax_paid_cny", 1.123e9, "cny", "缴纳税费11.23亿元", "截至2022年9月（累计）", kind="cumulative", chk=True),
  fact(AQ, "company", "industrial_value_added_cny", 2.71e9, "cny", "实现工业增加值27.1亿元", "截至2022年9月（累计）", kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- wk08 安徽郎溪 园区生产忙 (人民网-安徽频道 2022)
LX = "郎溪经济开发区"
XF = "新发园区"
K0 = "随着春节假期的结束,安徽郎溪经济开发区各园区迅速恢复生产,铆足“虎”劲,开局争先"
K1 = "2月9日,笔者来到郎溪经开区新发园区,安徽亘浩机械设备制造有限公司生产车间内,五十余名工人已经回到岗位"
K2 = "于2017年4月签约落户新发园区,项目总投资1.5亿元,由上海亘乐机械制造有限公司投资建设,2021年企业产值达到6000多万元"
K3 = "在新发园区的另一家企业——郎溪县万通工具制造有限公司的生产车间内,同样是一片忙碌景象"
GH = "安徽亘浩机械设备制造有限公司"
WT = "郎溪县万通工具制造有限公司"
G["wk08"] = dict(
 article=art("安徽郎溪:“虎”力全开 园区生产忙", "人民网-安徽频道（县区传真；郎溪县委宣传部供图，笔者未署名）", "2022-02-14", "day",
  "National portal's provincial channel (county-news column), Anhui: a county development zone's sub-park back at work after the Spring Festival — two firms' workshops, export markets, one firm's signing year, investment and last year's output, both firms' targets",
  "http://ah.people.com.cn/n2/2022/0214/c374164-35132990.html",
  "日期取页面“2022年02月14日10:29 | 来源:人民网-安徽频道”。标题照录；频道导航、日期来源行、“小字号”与图片说明“园区生产忙。郎溪县委宣传部供图”已删。存段末段“据新发镇有关负责人介绍…对42家企业进行网格化包保,严”在句中中断，整段删去；正文六段，以“…预计今年产值能达到五千万元。”结束。园区：郎溪经济开发区（宣城市郎溪县，安徽；文中又作“郎溪经开区”）；新发园区为其下园区（parent 郎溪经济开发区）。公司：亘浩、万通在新发园区；上海亘乐机械制造有限公司为亘浩项目的投资方（园区 null，可选）；“西门子”只作品牌提及，不列。亘浩“2017年4月签约落户新发园区,项目总投资1.5亿元”：无项目名，以企业名作可选项目（签约，1.5亿元）。“6000多万元”“五千万元”“突破亿元”不是数字+万元/亿元形式，指标不带 _cny 后缀（unit cny）。",
  "wk08"),
 parks=[
  park(LX, "宣城", "安徽", "经济开发区", K0, district="郎溪县", aliases=["郎溪经开区"]),
  park(XF, "宣城", "安徽", "园区", K1, district="郎溪县", parent=LX, note="位于新发镇"),
 ],
 companies=[
  comp(GH, XF, K1, note="2017年4月签约落户；制造风力电动机设备"),
  comp(WT, XF, K3),
  comp("上海亘乐机械制造有限公司", None, K2, opt=True, note="亘浩项目投资方"),
 ],
 institutions=[],
 projects=[
  proj(GH, XF, K2, companies=[GH], inv="项目总投资1.5亿元", status="签约", status_text="签约落户", opt=True,
       note="无项目名，以企业名代；2017年4月签约，现已生产"),
 ],
 aggregate_facts=[
  fact(GH, "company", "annual_output", 6e7, "cny", "2021年企业产值达到6000多万元", "2021年", qual="余", qtext="多"),
  fact(GH, "company", "expected_annual_output", 1e8, "cny", "力争产值突破亿元", "2022年（目标）", kind="target", qual="超", qtext="突破", opt=True),
  fact(WT, "company", "expected_annual_output", 5e7, "cny", "预计今年产值能达到五千万元", "2022年（预计）", kind="target", opt=True),
  fact(GH, "company", "workers_on_duty", 50, "count", "五十余名工人已经回到岗位", "2022年2月9日", qual="余", qtext="余", opt=True),
 ])
