#!/usr/bin/env python3
"""Ground truth for d09–d15 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, write

# ---------------------------------------------------------------- d09 宣城 开发区管委会回复 2016
Z = "市开发区"; S = "宣城新加坡科技园"; ZX = "中兴产业园"
write("d09", dict(
    title=None, title_note="页面未存标题，以网友留言“网友“jxt1616”:”开始；内容为网友问两个项目与一个科技园的进展、市开发区管委会的答复",
    outlet="宣城新闻网 newsxc.com（网络问政栏目；答复单位：市开发区管委会）",
    published="2016-04-22", published_precision="day",
    register="a development zone management committee's public reply, on a city news portal's message board, to a citizen's question about two investment projects and a planned science park",
    source_url="http://newsxc.com/news/folder1290/2016-04-22/269797.html",
    note="页面只存问与答；单行换行改为空行分段；答复中的序号“1、”“2、”照录。日期取 URL 路径（留言与答复的日期未给）。无数字，故无事实"),
  parks=[
    park(Z, "市开发区管委会回复", city="宣城", province="安徽", kind="开发区", optional=True,
         note="只作“市开发区”“开发区”（宣城的开发区，全称未写），作可选"),
    park(S, "宣城新加坡科技园项目规划编制时间较长", city="宣城", province="安徽", kind="科技园",
         aliases=["新加坡科技园"], note="网友问句作“新加坡科技园”；正在编制控规、准备建设园区基础设施并已开展招商"),
    park(ZX, "请问中兴产业园和中兴新材料项目", city="宣城", province="安徽", kind="产业园", optional=True,
         note="同时是一个框架协议项目（中兴产业园项目），作可选园区"),
  ],
  companies=[
    comp("深圳中兴创新材料技术有限公司", "中兴新材料项目由深圳中兴创新材料技术有限公司与开发区管委会签订投资协议", park=Z,
         note="与开发区管委会签投资协议的项目方"),
  ],
  institutions=[
    inst("市开发区管委会", "市开发区管委会回复", aliases=["开发区管委会"]),
    inst("宣城市政府", "中兴产业园项目投资方与市政府签订的协议为框架协议", note="文作“市政府”"),
    inst("规划局", "前段时间看到了规划局出示的新加坡科技园地块的规划"),
    inst("市规委会", "该项目控制性详细规划方案已呈报市规委会审议同意"),
  ],
  projects=[
    proj("中兴产业园项目", "中兴产业园项目投资方与市政府签订的协议为框架协议", None, status="签约",
         status_text="签订的协议为框架协议", aliases=["中兴产业园"],
         note="投资方未具名；与市政府签框架协议，无时间约束；文中未说落在哪个园区"),
    proj("中兴新材料项目", "中兴新材料项目由深圳中兴创新材料技术有限公司与开发区管委会签订投资协议", Z,
         ["深圳中兴创新材料技术有限公司"], status="签约", status_text="签订投资协议…暂未动工",
         note="与开发区管委会签投资协议，故园区为市开发区；因投资方管理层调整暂未动工"),
    proj("宣城新加坡科技园项目", "宣城新加坡科技园项目规划编制时间较长", S, status="planned",
         status_text="控制性详细规划方案已呈报市规委会审议同意…准备组织园区基础设施建设", optional=True,
         note="即园区本身的开发项目，作可选"),
  ],
  facts=[])

# ---------------------------------------------------------------- d10 高邮 银农对接 2017
P = "扬州高邮国家农业科技园区"
write("d10", dict(
    title="现场签约25个项目,授信金额逾20亿元", outlet="今日高邮（通讯员 陈桂清，记者 陆业斌）, gytoday.cn",
    published="2017-07-10", published_precision="day",
    register="county-level city paper item on a bank–agriculture matching ceremony for a national agricultural science park: banks, park operators, projects signed and credit granted",
    source_url="http://www.gytoday.cn/yw/2018-12-21/64892.html",
    note="标题上方“2017-07-10 00:00:00 作者:佚名 来源:今日高邮”一行（日期取此；URL 路径2018-12-21为上传路径）已删；所存标题或为原稿的引题/副题，照作标题。“l0日下午”（字母 l）照录，签约在7月10日下午"),
  parks=[
    park(P, "扬州高邮国家农业科技园区银农对接签约仪式隆重举行", city="扬州", district="高邮市", province="江苏",
         kind="国家农业科技园区", aliases=["高邮农科区"]),
  ],
  institutions=[
    inst("高邮市人民政府", "由高邮市人民政府、人民银行扬州市中心支行主办"),
    inst("人民银行扬州市中心支行", "由高邮市人民政府、人民银行扬州市中心支行主办", note="央行分支机构，主办方"),
  ],
  facts=[
    fact(P, "park", "financial_institutions_signed", 10, "count", "10家金融机构与25家园区经营主体", as_of="2017年7月10日"),
    fact(P, "park", "park_entities_signed", 25, "count", "25家园区经营主体现场签约", as_of="2017年7月10日"),
    fact(P, "park", "projects_signed", 25, "count", "现场签约项目25个", as_of="2017年7月10日"),
    fact(P, "park", "credit_granted_cny", 2043000000.0, "cny", "授信金额204300万元", as_of="2017年7月10日",
         note="10家金融机构对园区经营主体的授信"),
    fact(P, "park", "credit_granted_cny", 2000000000.0, "cny", "授信金额逾20亿元", qual="超", qtext="逾",
         as_of="2017年7月10日", optional=True, note="标题中的约数，与正文204300万元同指"),
  ])

# ---------------------------------------------------------------- d11 杨凌农高会 2022
P = "杨凌示范区"
G = "第29届中国杨凌农高会大会集中签约项目"
write("d11", dict(
    title=None, title_note="页面未存标题，正文以“西部网讯(记者 马晴茹 宋洋)”开始；内容为第29届杨凌农高会全球推介大会暨集中签约",
    outlet="西部网（记者 马晴茹、宋洋）, 新浪陕西 sx.sina.com.cn 转载", published="2022-09-16", published_precision="day",
    register="provincial news portal item on an investment-promotion conference and signing at a national agricultural high-tech zone's fair: projects collected and signed on site with totals, the zone's profile, cooperation agreements",
    source_url="http://sx.sina.com.cn/news/b/2022-09-16/detail-imqmmtha7562227.shtml",
    note="文末“编辑:武佳乐”已删；两条图片说明（“中国杨凌农高会全球推介大会举办。”“中国杨凌农高会大会集中签约仪式举办。”）照录为段落；段首缩进已删。日期取文中“今天(9月16日)”与 URL"),
  parks=[
    park(P, "杨凌示范区党工委副书记、管委会常务副主任史高领", city="杨凌", province="陕西", kind="国家级农业高新技术产业示范区",
         note="文中称“全国首个国家级农高区”；其农业自贸片区、综合保税区只作泛称，不单列"),
    park("上合组织农业基地", "杨凌正面临着上合组织农业基地、自贸区和综保区建设", city="杨凌", province="陕西",
         kind="农业基地", parent=P, optional=True, note="只作为机遇提及"),
  ],
  companies=[
    comp("万达集团", "及万达集团在西部地区和北京、上海、广州、深圳等11个城市的89个万达广场", optional=True,
         note="只为活动宣传"),
  ],
  institutions=[
    inst("西北农林科技大学", "杨凌示范区、西北农林科技大学分别与西安、延安、安康等陕西各地市签订", kind="university"),
    inst("陕西省商务厅", "依托陕西省商务厅在俄罗斯"),
    inst("杨凌示范区党工委", "杨凌示范区党工委副书记"),
  ],
  facts=[
    fact(G, "park_group", "projects_collected", 325, "count", "本届农高会大会集中签约共征集签约项目325个", as_of="2022年9月16日"),
    fact(G, "park_group", "signed_investment_cny", 97550000000.0, "cny", "共计975.5亿元", as_of="2022年9月16日"),
    fact(G + "中现场签约项目", "park_group", "projects_signed", 36, "count", "此次现场签约36个项目", as_of="2022年9月16日"),
    fact(G + "中现场签约项目", "park_group", "signed_investment_cny", 28200000000.0, "cny", "共计282亿元", as_of="2022年9月16日"),
    fact(P, "park", "years_since_founding", 25, "years", "25年来,杨凌以科技创新为动力", optional=True),
    fact("陕西省商务厅", "region", "overseas_offices", 27, "count", "设立的27个境外商务代表处", optional=True),
    fact("万达集团", "company", "wanda_plazas_in_campaign", 89, "count", "11个城市的89个万达广场", optional=True),
    fact("万达集团", "company", "cities_in_campaign", 11, "count", "深圳等11个城市", optional=True),
  ])

# ---------------------------------------------------------------- d12 新益昌 2022
H = "中山火炬开发区"; L = "临海工业园"; C = "翠亨新区"
write("d12", dict(
    title="新益昌(688383.SH)拟投建新益昌半导体智能装备制造基地项目 总投资额不低于6亿元",
    outlet="格隆汇, m.iewzx.com 转载", published="2022-11-20", published_precision="day",
    register="financial-news digest of a listed company's announcement: board approval of an investment agreement with a park developer for a manufacturing base in a new area, minimum investment",
    source_url="http://m.iewzx.com/zixun/ent/2022/1120/132291.html",
    note="转载站标题前缀“【全球新要闻】”、页首“看点”、“2022-11-20 15:51:54 来源: 格隆汇”一行（日期取此）、“【资料图】”与文末“热门资讯”已删"),
  parks=[
    park(C, "公司拟在中山市翠亨新区东片区增资扩产建设", city="中山", province="广东", kind="新区",
         note="项目在其“东片区”"),
    park(H, "中山火炬开发区临海工业园开发有限公司", city="中山", province="广东", kind="开发区", optional=True,
         note="只出现在协议对方的公司名中"),
    park(L, "中山火炬开发区临海工业园开发有限公司", city="中山", province="广东", kind="工业园", parent=H, optional=True,
         note="只出现在公司名中"),
  ],
  companies=[
    comp("新益昌", "新益昌(688383.SH)公布", park=C, aliases=["新益昌(688383.SH)"],
         note="科创板上市公司（简称）；园区取其项目所在"),
    comp("中山火炬开发区临海工业园开发有限公司", "董事会同意公司与中山火炬开发区临海工业园开发有限公司签署相关投资协议",
         park=L, note="园区开发公司，协议对方；园区据其名称"),
  ],
  institutions=[
    inst("上海证券交易所", "按照《上海证券交易所科创板股票上市规则》相关规定", note="只出现在规则名中"),
  ],
  projects=[
    proj("新益昌半导体智能装备制造基地项目", "投资建设新益昌半导体智能装备制造基地项目,拟总投资额不低于6亿元人民币", C,
         ["新益昌"], 600000000.0, "拟总投资额不低于6亿元人民币", qual="超",
         status="签约", status_text="董事会同意公司…签署相关投资协议", status_alt="planned",
         aliases=["新益昌半导体智能装备制造基地"],
         note="“不低于”读作下限（超，qualifier_text 不低于）；协议经董事会批准待签，状态 签约/planned"),
  ],
  facts=[])

# ---------------------------------------------------------------- d13 广元经开区 签约 2016
P = "广元经济技术开发区"
G = "广元经济技术开发区2016年一季度集中签约项目"
write("d13", dict(
    title=None, title_note="页面未存标题，正文以“1月14日下午”开始；内容为一家企业在广元经开区一季度集中签约仪式上签约",
    outlet="签约企业自己的网站 sclsjs.com（企业名未在文中出现，文中自称“公司”“我公司”）",
    published="2016-01", published_precision="month",
    register="a company's own website news on signing its building-materials project at a state-level ETDZ's quarterly signing ceremony, with the ceremony's totals and attending officials",
    source_url="http://sclsjs.com/list.asp?NewsID=3468",
    note="页面只存正文；单行换行改为空行分段；“总投资:37.48亿元”的冒号照录。日期只知到月：签约在“1月14日下午”，年份据“2016年一季度项目集中签约仪式”"),
  parks=[
    park(P, "广元经济技术开发区举行2016年一季度项目集中签约仪式", city="广元", province="四川", kind="经济技术开发区",
         aliases=["广元市经济技术开发区"]),
  ],
  institutions=[
    inst("广元经济技术开发区管委会", "与广元经济技术开发区管委会就我公司拟投资2亿元"),
    inst("四川省投资促进局", "四川省投资促进局副局长戴绍泉"),
    inst("广元市国资委", "广元市委常委、市国资委党委书记张康明", note="文作“市国资委”"),
    inst("广元市投资促进局", "广元市投资促进局局长赵平"),
  ],
  projects=[
    proj("高性能建筑材料加工生产项目", "就我公司拟投资2亿元建设的高性能建筑材料加工生产项目在会上成功签约", P,
         cny=200000000.0, text="拟投资2亿元", status="签约", status_text="在会上成功签约",
         note="投资方即发稿企业，文中未具名，故无公司记录"),
  ],
  facts=[
    fact(G, "park_group", "projects_signed", 11, "count", "现场共签约项目11个", as_of="2016年1月14日"),
    fact(G, "park_group", "planned_investment_cny", 3748000000.0, "cny", "总投资:37.48亿元", as_of="2016年1月14日"),
  ])

# ---------------------------------------------------------------- d14 崇川 市北高新区 2023
P = "市北高新区"; PR = "中铁四局高端建筑智能智造总部项目"
G = "崇川区2023年正月初九开工的36个重大项目"
write("d14", dict(
    title=None, title_note="电子版页面未存标题，正文以“晚报讯 农历正月初九”开始；内容为崇川区新年重大项目开工与市北高新区一个总部项目奠基",
    outlet="江海晚报（记者 陈静）, zgnt.net 电子版", published="2023-02-01", published_precision="day",
    register="city evening paper item on a district's new-year batch of project starts and a headquarters project's groundbreaking in a high-tech zone: investment, land, floor area, expected taxable sales, tax and foreign capital",
    source_url="http://zgnt.net/jhwbszb/pc/c/202302/01/content_123859.html",
    note="页面只存正文与文末署名“记者陈静”（照录）；单行换行改为空行分段。日期取 URL 路径；开工在农历正月初九（2023年1月30日）"),
  parks=[
    park(P, "是市北高新区重点打造的“3+1”产业体系中的支撑性战略项目", city="南通", district="崇川区", province="江苏",
         kind="高新区", note="城市据崇川区所属（南通）补"),
  ],
  companies=[
    comp("中铁四局", "中铁四局高端建筑智能智造总部项目奠基仪式", park=P, optional=True, note="只出现在项目名中"),
  ],
  projects=[
    proj(PR, "中铁四局高端建筑智能智造总部项目是市北高新区重点打造的“3+1”产业体系中的支撑性战略项目,计划总投资30亿元", P, ["中铁四局"], 3000000000.0, "计划总投资30亿元",
         status="开工", status_text="奠基仪式"),
  ],
  facts=[
    fact(G, "park_group", "projects_started", 36, "count", "全区共有36个重大项目开工", as_of="2023年1月30日"),
    fact(G, "park_group", "industrial_projects_started", 29, "count", "产业项目29个", as_of="2023年1月30日"),
    fact(G, "park_group", "urban_and_social_projects_started", 7, "count", "重大城建及社会事业项目7个", as_of="2023年1月30日"),
    fact(PR, "project", "land_area_mu", 124, "mu", "占地124亩"),
    fact(PR, "project", "floor_area_m2", 160000, "m2", "规划总建筑面积16万平方米"),
    fact(PR, "project", "expected_taxable_sales_cny", 2000000000.0, "cny", "预计实现年应税销售20亿元", kind="target"),
    fact(PR, "project", "expected_tax_cny", 12000000.0, "cny", "税收1200万元", kind="target"),
    fact(PR, "project", "expected_tax_per_mu_cny", 1000000.0, "cny_per_mu", "亩均税收100万元", kind="target", optional=True),
    fact(PR, "project", "expected_foreign_capital_usd", 30000000.0, "usd", "到账外资3000万美元", kind="target"),
    fact(G, "park_group", "industrial_project_sectors", 7, "count", "楼宇七个方面", optional=True, note="汉字数词"),
  ])

# ---------------------------------------------------------------- d15 修水工业园区 扩区 2025
P = "修水工业园区"
write("d15", dict(
    title="九江一工业园区扩区调区获省政府批复!", outlet="掌中九江 jjcbw.com（来源：九江发改；编辑 王文婧）",
    published="2025-10-27", published_precision="day",
    register="city development-and-reform commission's release, carried by the city media app, on a county industrial park's provincial approval to enlarge and adjust its area: old and new approved area, industries, listed and high-tech firms",
    source_url="https://www.jjcbw.com/News/news/id/345122.html",
    note="标题下“10月27日 07时 阅读 31415”一行（日期取此，年份据文中2025年10月17日批复）与文末“编辑/责编/审核”行、“评论”“下载掌中九江”等已删；来源尾注“(来源:九江发改)”照录"),
  parks=[
    park(P, "省政府批复同意修水工业园区扩区调区", city="九江", district="修水县", province="江西", kind="工业园区",
         note="县城据园区名补；“一园三区”；所获“江西省特色装备制造产业试验区”等为称号，不单列园区"),
  ],
  institutions=[
    inst("江西省政府", "省政府批复同意修水工业园区扩区调区", note="文作“省政府”"),
  ],
  facts=[
    fact(P, "park", "approved_area_ha", 594.44, "ha", "拓展至594.44公顷", as_of="2025年10月17日"),
    fact(P, "park", "approved_area_before_ha", 133.3, "ha", "批准面积由原有的133.3公顷", as_of="2025年10月17日前"),
    fact(P, "park", "listed_companies", 2, "count", "该园区拥有上市企业2家", as_of="2025年10月"),
    fact(P, "park", "high_tech_enterprises", 45, "count", "高新技术企业45家", as_of="2025年10月"),
    fact(P, "park", "sub_zones", 3, "count", "实行“一园三区”框架布局", optional=True, note="汉字数词"),
    fact(P, "park", "industrial_clusters", 4, "count", "钨精深加工四个产业集群", optional=True, note="汉字数词"),
    fact(P, "park", "provincial_evaluation_rank", 1, "rank", "连续两年荣获全省开发区综合考核第一等次", optional=True),
  ])
print("d09-d15 written")
