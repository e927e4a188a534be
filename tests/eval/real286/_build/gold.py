# real286 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (both items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约. Money: yuan in investment_cny / *_cny facts (first amount of the
# evidence; chk=True asserts it). Projects: the park the text places the project in, null if none. Status from the text's
# words (动工 / 正式动工 → 开工; 签约 / 签约落户 / 签订…框架协议 → 签约). Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/ryNN.raw as returned.

# ---------------------------------------------------------------- ry01 粤海产业园首个产业项目动工 (东莞青少年网 2014)
YH = "粤海产业园"
YP = "东莞粤海银瓶合作创新区"
A0 = "作为我市三大增长极之一的粤海产业园,项目落地迈出了坚实步伐"
A1 = "今天,产业园首个产业项目—粤海普洛斯电商物流项目正式动工"
A2 = "粤海普洛斯电子商务物流项目总规划面积约1500亩,其中首期用地336亩,项目建成后总建筑面积为80万平方米,预计全部建成后,总投资规模达30亿元"
A3 = "此外,今天粤海环普工业园项目也正式签约"
A4 = "项目总规划面积1800亩,建设工业厂房75万平方米,科研中心15万平方米,总投资将达100亿元,其中,工业园总投资15亿元,入驻企业总给投资85亿元"
A5 = "记者了解到,我市正在谢岗镇规划建设东莞粤海银瓶合作创新区,该区占地91.04平方公里,创新区将依托投资600亿元的粤海项目"
AS1 = "2014年11月21日"
G["ry01"] = dict(
 article=art("粤海产业园首个产业项目动工", "东莞青少年网（online.dgyouth.gd.cn，“媒体聚焦 > 电视实录”栏；电视新闻文稿转载，原播出台与记者存段未示）", "2014-11-21", "day",
  "City youth portal relaying a TV news transcript, Guangdong (Dongguan): a city-backed industrial park's first industrial project breaks ground (area, floor space, total investment), an auto-parts industrial-park project signed (area, floor space, total and split investment), and the planned cooperation zone around it (area, anchor investment)",
  "http://online.dgyouth.gd.cn/index.php/news/show?id=626",
  "日期取页面“东莞青少年网 http://www.dgyouth.gd.cn/ 2014-11-21 22:16:14”（文中“今天”即当日）。标题照录；站点欢迎语、“设为首页 | 加入收藏”、位置导航与来源时间行已删。存段末句“目前,创新区发展总体规划的征求意见稿已经编制完成,拟打造成为国家新型城镇化发展示范区,华南智造产业科技高”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…成为东莞改革创新的又一焦点。”，含三个小标题，共九段。“我市”即东莞市。园区：粤海产业园（“我市三大增长极之一”；文中又作“产业园”）；东莞粤海银瓶合作创新区（正在谢岗镇规划建设，文中又作“粤海银瓶合作创新区”“创新区”“该区”；“依托粤海产业园”，不记作母园区）；粤海环普工业园（项目名中的工业园，园区内，可选）。粤海产业园的镇未明说；创新区在谢岗镇。项目：粤海普洛斯电商物流项目（又作“粤海普洛斯电子商务物流项目”）——正式动工→开工，“总投资规模达30亿元”为预计全部建成后的总投资，照记 30亿元；粤海环普工业园项目——正式签约/签约落户→签约，总投资将达100亿元（其中工业园15亿元、入驻企业85亿元，记为可选事实）；“投资600亿元的粤海项目”为创新区所依托的项目，可选，园区 null。公司：粤海集团（出席动工仪式的开发方，可选）。市领导不列。",
  "ry01"),
 parks=[
  park(YH, "东莞", "广东", "产业园", A0, note="“我市三大增长极之一”；文中又作“产业园”；所在镇未明说"),
  park(YP, "东莞", "广东", "合作创新区", A5, district="谢岗镇", aliases=["粤海银瓶合作创新区"],
       note="正在规划建设；文中又作“创新区”“该区”；依托粤海产业园（不记作母园区）"),
  park("粤海环普工业园", "东莞", "广东", "工业园", A3, parent=YH, opt=True, note="只在项目名“粤海环普工业园项目”中；“支撑粤海产业园的整体产业及配套发展”"),
 ],
 companies=[
  comp("粤海集团", YH, "市领导徐建华、贺宇及粤海集团负责人出席动工仪式", opt=True, note="开发方；出席动工仪式"),
 ],
 projects=[
  proj("粤海普洛斯电商物流项目", YH, A2, inv="总投资规模达30亿元", status="开工", status_text="正式动工",
       aliases=["粤海普洛斯电子商务物流项目"], note="产业园首个产业项目；金额为预计全部建成后的总投资规模；动工见“今天,产业园首个产业项目—粤海普洛斯电商物流项目正式动工”"),
  proj("粤海环普工业园项目", YH, A4, inv="总投资将达100亿元", status="签约", status_text="正式签约",
       note="高端汽车制造项目，签约落户；其中工业园总投资15亿元、入驻企业总投资85亿元；签约见“此外,今天粤海环普工业园项目也正式签约”"),
  proj("粤海项目", None, A5, inv="投资600亿元", opt=True, note="创新区所依托的项目；阶段未说"),
 ],
 aggregate_facts=[
  fact("粤海普洛斯电商物流项目", "project", "site_area_mu", 1500, "mu", A2, AS1, qual="约", qtext="约", opt=True, note="总规划面积"),
  fact("粤海普洛斯电商物流项目", "project", "phase1_site_area_mu", 336, "mu", "其中首期用地336亩", AS1, opt=True),
  fact("粤海普洛斯电商物流项目", "project", "floor_area_m2", 8e5, "m2", "项目建成后总建筑面积为80万平方米", "建成后（预期）", kind="target", opt=True),
  fact("粤海环普工业园项目", "project", "site_area_mu", 1800, "mu", A4, AS1, opt=True, note="总规划面积"),
  fact("粤海环普工业园项目", "project", "park_investment_cny", 1.5e9, "cny", "其中,工业园总投资15亿元,入驻企业总给投资85亿元", AS1, opt=True, chk=True, note="工业园本身的总投资"),
  fact("粤海环普工业园项目", "project", "tenant_investment_cny", 8.5e9, "cny", "入驻企业总给投资85亿元", AS1, opt=True, chk=True, note="原文“总给投资”照录"),
  fact(YP, "park", "area_km2", 91.04, "km2", A5, AS1),
 ])

# ---------------------------------------------------------------- ry02 四会签下80亿元两大产业项目 (zxyzs 2013)
B0 = "8月30日,四会市政府分别与卓达集团签订大沙新城建设项目框架协议、与广东省供销合作联社签订华南(四会)农产品交易中心项目框架协议,两大项目基础投入80亿元"
AS2 = "2013年8月30日（签约）"
G["ry02"] = dict(
 article=art("四会签下80亿元两大产业项目", "zxyzs.com（中国招商引资网一类招商门户，“区县招商”站转载；原发媒体与署名存段未示）", "2013-08-30 or shortly after (inferred)", "inferred",
  "Investment-promotion portal relaying a local news item, Guangdong (Zhaoqing, Sihui): a county-level city signs framework agreements for two named projects (a new-town development with a developer group, an agricultural-products trading centre with the provincial supply-and-marketing cooperative), combined investment; no industrial park is named",
  "http://www.zxyzs.com/guangdong/invest/2013/192513.html",
  "存段无日期行。日期：网址含 /2013/，文中“8月30日…签订…框架协议”，发布日推定为2013年8月30日当日或稍后（inferred）。标题照录；站点菜单行已删。存段末句“大沙新城是四会市贯彻肇庆“两区引领两化”、实施“两城三基地”战略的重要”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…城市运营资源强大等优势。”，共四段。地点：四会市（县级市，肇庆代管，广东）。本文未点名任何产业园区或开发区（“大沙新城”为新城建设项目，“一主两翼”“两区引领两化”“两城三基地”为战略提法），parks 为空——作为无园区对照件收入。项目：大沙新城建设项目（与卓达集团签订框架协议→签约）；华南(四会)农产品交易中心项目（与广东省供销合作联社签订框架协议→签约）；两项目无单项金额，“两大项目基础投入80亿元”记为四会市的事实（region）。公司：卓达集团（城市运营商，park null）。机构：四会市政府、广东省供销合作联社（文中又作“省供销联社”），可选。出席领导不列。",
  "ry02"),
 parks=[],
 companies=[
  comp("卓达集团", None, B0, note="大沙新城建设项目签约方；城市运营商"),
 ],
 institutions=[
  inst("四会市政府", B0, note="签约方"),
  inst("广东省供销合作联社", B0, kind="cooperative_union", note="华南(四会)农产品交易中心项目签约方；文中又作“省供销联社”"),
 ],
 projects=[
  proj("大沙新城建设项目", None, B0, companies=["卓达集团"], status="签约", status_text="签订…框架协议", note="新城建设项目，无单项金额；两项目合计“基础投入80亿元”"),
  proj("华南(四会)农产品交易中心项目", None, B0, status="签约", status_text="签订…框架协议", note="与广东省供销合作联社签约；无单项金额"),
 ],
 aggregate_facts=[
  fact("四会市", "region", "projects_signed", 2, "count", B0, AS2, note="两大项目（框架协议）"),
  fact("四会市", "region", "signed_investment_cny", 8e9, "cny", "两大项目基础投入80亿元", AS2, chk=True, note="两项目合计“基础投入”"),
 ])
