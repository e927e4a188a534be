# real420 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52).
# Conventions as real52: evidence verbatim, in the script of the text (lc02 and lc05 are traditional as returned by the
# official big5 gateways; nothing converted); names as written. 约/近/左右 → 约, 超/超过/以上 → 超, 余/多 → 余.
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Amount bands
# (“30億元以上項目”, “50亿元以上的项目”) are not investment amounts. Projects signed at a fair get status 签约 (the text's
# words: 签订 / 簽署 / 签约 / 落户); the park is the one the text places the project in, null where only a city, county or
# district is named (a city or district is not a park). Investors that sign a project are companies with park null: the
# text places their projects, not the firms, in a park (as real52: “investors outside a park get null”). Fair-wide totals
# have subject_type "event"; a city's or province's signing totals have subject_type "region".
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/lcNN.raw as returned.

# ---------------------------------------------------------------- lc01 厦门 at 第二十四届投洽会 (东南网 2024)
XM = "厦门"
A0 = "本次签约中,厦门团成果丰硕,共签约重大招商项目13个,项目投资额353亿元"
A1 = "本次集中签约重大外资项目6个,从先进制造业到医疗健康、互联网、金融等现代服务业,总投资134亿元"
A2 = "士兰微将在厦门建设国内第一条拥有完全自主知识产权的8英寸碳化硅功率器件芯片制造生产线"
A3 = "新能源龙头企业协鑫集团此次将储能PACK和储能系统集成生产基地落户厦门"
A4 = "国家专精特新“小巨人”企业中科华联,将在厦投资建设新型湿法隔膜生产线"
AS1 = "2024年9月8日（第二十四届投洽会福建省重大项目集中签约）"
G["lc01"] = dict(
 article=art("厦门签约重大招商项目13个 投资额353亿元", "东南网（记者 夏菁；责任编辑 刘学佳），载于 hyyz888.com（东南网厦门频道的镜像页）", "2024-09-08", "day",
  "Provincial news portal, Fujian: a city's haul at the national investment fair's provincial signing ceremony — projects and total, foreign projects and total, three named firms' signed plants",
  "https://hyyz888.com/xm/2024-09/08/content_31732152.htm",
  "日期取页面“2024-09-08 21:34 来源:东南网”。标题照录；日期来源行、图片说明“福建省重大项目集中签约仪式(东南网记者 夏菁 摄)”已删。存段正文为一行，段落间以空格分隔，make_txt.py 在“。 ”处分段（不改字）。存段末在“龙头项目带动引领。中国运动鞋服行业领军企业安踏集团选址”处中断，该段（引句与残句）删去，正文截至“…高度聚合的方向迈进。”，共三段。园区：文中未点名任何园区（厦门国际会展中心为会场），parks 为空。项目：士兰微8英寸碳化硅功率器件芯片制造生产线、协鑫集团储能PACK和储能系统集成生产基地（“落户厦门”）、中科华联新型湿法隔膜生产线——均为厦门团本次签约项目中的“亮点”，状态签约，无单项金额，园区 null（只说在厦门）。事实：厦门团签约13个、353亿元；重大外资项目6个、134亿元（subject 厦门，region）。“投资总额连续三届实现增长”等无数值，不计。",
  "lc01"),
 parks=[],
 companies=[
  comp("士兰微", None, A2, note="在厦门建设碳化硅芯片生产线；园区未说"),
  comp("协鑫集团", None, A3, note="生产基地落户厦门；园区未说"),
  comp("中科华联", None, A4, note="在厦投资建设隔膜生产线；园区未说"),
 ],
 institutions=[],
 projects=[
  proj("8英寸碳化硅功率器件芯片制造生产线", None, A2, companies=["士兰微"], status="签约", status_text="签约（厦门团签约项目）",
       note="文中作“国内第一条拥有完全自主知识产权的8英寸碳化硅功率器件芯片制造生产线”；无金额"),
  proj("储能PACK和储能系统集成生产基地", None, A3, companies=["协鑫集团"], status="签约", status_text="落户",
       note="“有望带来百亿级规模效益”非投资额"),
  proj("新型湿法隔膜生产线", None, A4, companies=["中科华联"], status="签约", status_text="签约（厦门团签约项目）", note="无金额"),
 ],
 aggregate_facts=[
  fact(XM, "region", "projects_signed", 13, "count", A0, AS1, note="厦门团签约重大招商项目"),
  fact(XM, "region", "signed_investment_cny", 3.53e10, "cny", A0, AS1, chk=True),
  fact(XM, "region", "foreign_projects_signed", 6, "count", A1, AS1),
  fact(XM, "region", "foreign_signed_investment_cny", 1.34e10, "cny", A1, AS1, chk=True),
 ])

# ---------------------------------------------------------------- lc02 湖北 at 第二十三屆投洽會 (湖北日报 via china.com.cn big5 2023)
XYG = "襄陽高新技術産業開發區"
B0 = "2023湖北—福建産業合作暨開放平臺投資推介會上,24個重點合作項目簽約,總金額357.15億元"
B1 = "本次簽約30億元以上項目共6個,分別是鄂州城投與靈玲文旅集團簽訂的園博園(動植物博覽園)項目、宜昌與銀基文旅産業集團簽訂的銀基·長江萬里度假區項目、十堰與廈門精恒智慧傢具簽訂的智慧家居産業園項目、襄陽與福建好運聯聯簽訂的倉儲物流及數字供應鏈基地項目、武漢與美的集團簽訂的華中區域總部項目、孝感與達利集團簽訂的天嶼湖文化休閒項目"
B2 = "深圳市炬鑫智慧電子科技有限公司與枝江市簽訂的光電信號轉換發射器項目,將建設年産5000萬支光電信號轉換器項目,投産後預計可實現年産值22億元,安置勞動力300人"
B3 = "泉州裕森石材有限公司與襄陽高新技術産業開發區簽訂的泉州裕森石材有限公司智慧建材産業園項目"
B4 = "中國中鐵、廈門象嶼、廈門國貿、福建盼盼、廈門臺協等眾多知名企業和商協會負責人受邀出席"
AS2 = "2023年9月8日（第二十三屆投洽會 湖北—福建推介會）"
G["lc02"] = dict(
 article=art("（無標題）湖北—福建産業合作暨開放平臺投資推介會 24個項目簽約 總金額357.15億元", "湖北日報（記者李朝霞，通訊員孫攀、余菊紅），載於中國網湖北 hb.china.com.cn（經 big5.china.com.cn 繁體閘道）", "2023-09-09", "day",
  "Provincial daily on a national portal's province channel (traditional-script gateway rendering), Hubei: the province's promotion meeting at the national investment fair in Xiamen — 24 projects and their total, six named projects over 3 bn with the signing cities and investors, a named project with a high-tech zone",
  "http://big5.china.com.cn/gate/big5/hb.china.com.cn/2023-09/09/content_42514725.htm",
  "日期取網址 2023-09/09（文中“9月8日”為開幕及推介會日）。存段無標題（title 為編者概括）。文字為 china.com.cn 官方 big5 閘道所呈繁體，照錄不轉換（原稿應為簡體）。正文四段加署名行，完整。園區：襄陽高新技術産業開發區（襄陽市，湖北；文中僅此一個園區）。項目：六個“30億元以上項目”（區間，不作投資額；園區 null，只說城市）；光電信號轉換發射器項目（枝江市，園區 null；“年産值22億元”為預計產值，不是投資額）；泉州裕森石材有限公司智慧建材産業園項目（與襄陽高新技術産業開發區簽訂 → 園區）。皆簽約。“智慧家居産業園項目”“智慧建材産業園”為項目，不列為園區。公司：各簽約投資方，園區 null（泉州裕森石材有限公司亦 null：文中只說其項目與高新區簽訂）；出席的中國中鐵等列可選；鄂州城投（城投公司）可選。事實 subject 記“湖北”（文中“我省”），region。",
  "lc02"),
 parks=[
  park(XYG, "襄阳", "湖北", "高新技术产业开发区", B3, note="文中只出现一次"),
 ],
 companies=[
  comp("靈玲文旅集團", None, B1, note="與鄂州城投簽訂園博園項目"),
  comp("銀基文旅産業集團", None, B1, note="與宜昌簽訂"),
  comp("廈門精恒智慧傢具", None, B1, note="與十堰簽訂"),
  comp("福建好運聯聯", None, B1, note="與襄陽簽訂"),
  comp("美的集團", None, B1, note="與武漢簽訂"),
  comp("達利集團", None, B1, note="與孝感簽訂"),
  comp("鄂州城投", None, B1, opt=True, note="城投公司，簽約一方"),
  comp("深圳市炬鑫智慧電子科技有限公司", None, B2, note="與枝江市簽訂"),
  comp("泉州裕森石材有限公司", None, B3, note="與襄陽高新區簽訂；文中未說企業本身在園"),
  comp("中國中鐵", None, B4, opt=True, note="出席企業"),
  comp("廈門象嶼", None, B4, opt=True, note="出席企業"),
  comp("廈門國貿", None, B4, opt=True, note="出席企業"),
  comp("福建盼盼", None, B4, opt=True, note="出席企業"),
 ],
 institutions=[
  inst("廈門臺協", B4, kind="association", note="商協會，出席"),
 ],
 projects=[
  proj("園博園(動植物博覽園)項目", None, B1, companies=["靈玲文旅集團", "鄂州城投"], status="签约", status_text="簽訂", aliases=["園博園"], note="鄂州；30億元以上（區間）"),
  proj("銀基·長江萬里度假區項目", None, B1, companies=["銀基文旅産業集團"], status="签约", status_text="簽訂", note="宜昌；30億元以上（區間）"),
  proj("智慧家居産業園項目", None, B1, companies=["廈門精恒智慧傢具"], status="签约", status_text="簽訂", note="十堰；30億元以上（區間）；項目，不是既有園區"),
  proj("倉儲物流及數字供應鏈基地項目", None, B1, companies=["福建好運聯聯"], status="签约", status_text="簽訂", note="襄陽（城市，非高新區）；30億元以上（區間）"),
  proj("華中區域總部項目", None, B1, companies=["美的集團"], status="签约", status_text="簽訂", note="武漢；30億元以上（區間）"),
  proj("天嶼湖文化休閒項目", None, B1, companies=["達利集團"], status="签约", status_text="簽訂", note="孝感；30億元以上（區間）"),
  proj("光電信號轉換發射器項目", None, B2, companies=["深圳市炬鑫智慧電子科技有限公司"], status="签约", status_text="簽訂", note="枝江市；無投資額"),
  proj("泉州裕森石材有限公司智慧建材産業園項目", XYG, B3, companies=["泉州裕森石材有限公司"], status="签约", status_text="簽訂", note="無投資額"),
 ],
 aggregate_facts=[
  fact("湖北", "region", "projects_signed", 24, "count", B0, AS2, note="文中“我省”"),
  fact("湖北", "region", "signed_investment_cny", 3.5715e10, "cny", B0, AS2, chk=True),
  fact("湖北", "region", "projects_signed_over_3bn", 6, "count", "本次簽約30億元以上項目共6個", AS2, opt=True),
  fact("湖北", "region", "manufacturing_projects_signed", 14, "count", "24個簽約項目中有14個是瞄準我省重點産業的製造項目", AS2, opt=True),
  fact("光電信號轉換發射器項目", "project", "expected_annual_output_cny", 2.2e9, "cny", "投産後預計可實現年産值22億元", "投產後（預計）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lc03 第二十一届西洽会 (中国网 2018)
WS = "万盛经开区"
BS = "璧山高新区"
C0 = "本次西洽会重点项目集中签约109个,项目投资总额3160.9亿元人民币"
C1 = "合同项目80个,合同投资总额2529.6亿元人民币"
C2 = "四川省广安市签约3个项目,金额22.5亿元人民币"
C3 = "德国邮政集团与北碚蔡家管委会签订DHL西南产业基地及结算中心项目"
C4 = "同捷汽车工程技术股份有限公司与合川区政府签订新能源汽车产业项目"
C5 = "珠海光宇电池有限公司与万盛经开区管委会签订高能量锂离子电池智能化制造项目"
C6 = "北京云狐时代科技有限公司与璧山高新区管委会签订量子加密终端生产基地项目"
C7 = "中国航天信息股份有限公司与九龙坡区政府签订在该区设立航天信息西南研发中心项目"
EV3 = "第二十一届中国西部国际投资贸易洽谈会"
AS3 = "2018年5月25日（西洽会开幕式集中签约）"
G["lc03"] = dict(
 article=art("第二十一届“西洽会”集中签约109个项目 揽金超3000亿元", "中国网（黄姝颖 付恋），guoqing.china.com.cn", "2018-05-25", "day",
  "National news portal, Chongqing: the western investment fair's opening-day signing — totals of projects and contracts, a neighbouring city's signings, five named projects with the zones, districts and management committees that signed them",
  "http://guoqing.china.com.cn/2018-05/25/content_51521593.htm",
  "日期取页面“发布时间:2018-05-25 16:13:41 | 来源:中国网”。标题照录；发布行、“分享到:”“20K”“image.png”已删。电头“中国网5月25月讯”原文如此（“月讯”），照录。存段末段“开幕式集中签约的项目中,外资来源地主要为美国、德国、”在句中中断，整段删去，正文截至“…航天信息西南研发中心项目等。”，共三段。园区：万盛经开区、璧山高新区（重庆；均以“…管委会”签约）。北碚蔡家管委会为管理机构（蔡家组团），文中未称园区，列可选机构，其项目园区 null。项目：DHL西南产业基地及结算中心项目（北碚蔡家，null）、新能源汽车产业项目（合川区，null；名称泛，可选）、高能量锂离子电池智能化制造项目（万盛经开区）、量子加密终端生产基地项目（璧山高新区）、航天信息西南研发中心项目（九龙坡区，null）；均签约、无单项金额。事实：西洽会集中签约109个、3160.9亿元，合同项目80个、2529.6亿元（subject 西洽会，event）；广安市3个、22.5亿元（region）。标题“揽金超3000亿元”为取整，不另计。",
  "lc03"),
 parks=[
  park(WS, "重庆", "重庆", "经济技术开发区", C5, district="万盛", note="以“万盛经开区管委会”签约"),
  park(BS, "重庆", "重庆", "高新区", C6, district="璧山区", note="以“璧山高新区管委会”签约"),
 ],
 companies=[
  comp("德国邮政集团", None, C3),
  comp("同捷汽车工程技术股份有限公司", None, C4),
  comp("珠海光宇电池有限公司", None, C5, note="与万盛经开区管委会签约；企业本身在园未说"),
  comp("北京云狐时代科技有限公司", None, C6, note="与璧山高新区管委会签约；企业本身在园未说"),
  comp("中国航天信息股份有限公司", None, C7),
 ],
 institutions=[
  inst("北碚蔡家管委会", C3, note="蔡家组团管理机构；文中未称园区"),
  inst("合川区政府", C4),
  inst("九龙坡区政府", C7),
 ],
 projects=[
  proj("DHL西南产业基地及结算中心项目", None, C3, companies=["德国邮政集团"], status="签约", status_text="签订", note="北碚蔡家；无金额"),
  proj("新能源汽车产业项目", None, C4, companies=["同捷汽车工程技术股份有限公司"], status="签约", status_text="签订", opt=True, note="合川区；名称泛"),
  proj("高能量锂离子电池智能化制造项目", WS, C5, companies=["珠海光宇电池有限公司"], status="签约", status_text="签订", note="无金额"),
  proj("量子加密终端生产基地项目", BS, C6, companies=["北京云狐时代科技有限公司"], status="签约", status_text="签订", note="无金额"),
  proj("航天信息西南研发中心项目", None, C7, companies=["中国航天信息股份有限公司"], status="签约", status_text="签订", note="九龙坡区；无金额"),
 ],
 aggregate_facts=[
  fact(EV3, "event", "projects_signed", 109, "count", C0, AS3, note="重点项目集中签约；文中作“西洽会”"),
  fact(EV3, "event", "signed_investment_cny", 3.1609e11, "cny", C0, AS3, chk=True),
  fact(EV3, "event", "contract_projects_signed", 80, "count", C1, AS3),
  fact(EV3, "event", "contract_investment_cny", 2.5296e11, "cny", C1, AS3, chk=True),
  fact("广安市", "region", "projects_signed", 3, "count", C2, AS3, opt=True),
  fact("广安市", "region", "signed_investment_cny", 2.25e9, "cny", C2, AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lc04 第13届东博会 南宁 (中国网 南宁 2016)
NN = "南宁市"
EV4 = "第13届中国—东盟博览会"
D0 = "9月12日,第13届中国—东盟博览会签约仪式顺利举行,会上共签署了166个国际、国内经济合作项目"
D1 = "南宁市共有2个国际经济合作项目、9个国内经济合作项目分别集中签约"
D2 = "会上共有56个国际合作项目集中签约,华润医药现代物流中心,运德集团与越南广宁省下龙市合资建设的运输、旅游及商贸合作项目等两个南宁市项目在列"
D3 = "其中,启迪东盟科技城、启迪乔波—南宁冰雪小镇等9个项目落户南宁"
D4 = "既有华润、华电、新希望等中国500强企业,也有启迪、传化物流等国内行业领军企业"
D5 = "110个签约项目中,50亿元以上的项目有2个,10亿元至50亿元的项目有32个"
D6 = "签约项目中,一产项目8个,二产项目30个,三产项目18个"
AS4 = "2016年9月12日（东博会签约仪式）"
G["lc04"] = dict(
 article=art("（无标题）第13届中国—东盟博览会签约仪式 南宁市11个项目集中签约", "中国网（中国网南宁 nanning.china.com.cn；存段无署名）", "2016-09-13", "day",
  "National portal's city channel, Guangxi: the China–ASEAN Expo signing ceremony — international and domestic projects signed, the host city's share, named projects landing in the city, project size bands",
  "http://nanning.china.com.cn/2016-09/13/content_9031542.htm",
  "日期取网址 2016-09/13（签约仪式9月12日）。存段无标题（title 为编者概括）；末行表格竖线“|”已删。正文四段，完整。园区：文中未点名园区（“园区开发建设等项目”为泛指；启迪东盟科技城为落户项目），parks 为空。项目：华润医药现代物流中心、运德集团与越南广宁省下龙市合资的运输、旅游及商贸合作项目（南宁市国际项目）；启迪东盟科技城、启迪乔波—南宁冰雪小镇（落户南宁的国内项目）；均签约，无金额，园区 null。公司：运德集团（签约方）；华润、华电、新希望、启迪、传化物流（泛提，可选）。“新俄能源材料”原文如此。事实：东博会166个（event）；国际56个、国内110个；南宁市国际2个、国内9个（region）；规模分档与一二三产个数（可选；110/56 与 8+30+18=56 对应国际项目，照录不推算）。",
  "lc04"),
 parks=[],
 companies=[
  comp("运德集团", None, D2, note="与越南广宁省下龙市合资建设项目"),
  comp("华润", None, D4, opt=True, note="泛提 500强企业"),
  comp("华电", None, D4, opt=True),
  comp("新希望", None, D4, opt=True),
  comp("启迪", None, D4, opt=True, note="启迪东盟科技城、启迪乔波冰雪小镇项目方（由名称推断）"),
  comp("传化物流", None, D4, opt=True),
 ],
 institutions=[],
 projects=[
  proj("华润医药现代物流中心", None, D2, status="签约", status_text="集中签约", note="南宁市国际合作项目；无金额"),
  proj("运输、旅游及商贸合作项目", None, D2, companies=["运德集团"], status="签约", status_text="集中签约", opt=True,
       note="运德集团与越南广宁省下龙市合资；名称泛"),
  proj("启迪东盟科技城", None, D3, status="签约", status_text="落户（签署）", note="落户南宁；项目，不作园区"),
  proj("启迪乔波—南宁冰雪小镇", None, D3, status="签约", status_text="落户（签署）", note="落户南宁"),
 ],
 aggregate_facts=[
  fact(EV4, "event", "projects_signed", 166, "count", D0, AS4, note="国际、国内经济合作项目"),
  fact(EV4, "event", "international_projects_signed", 56, "count", D2, AS4),
  fact(EV4, "event", "domestic_projects_signed", 110, "count", "当日签署的110个国内经济合作项目中", AS4),
  fact(NN, "region", "international_projects_signed", 2, "count", D1, AS4),
  fact(NN, "region", "domestic_projects_signed", 9, "count", D1, AS4),
  fact(EV4, "event", "domestic_projects_over_5bn", 2, "count", D5, AS4, opt=True),
  fact(EV4, "event", "domestic_projects_1bn_to_5bn", 32, "count", D5, AS4, opt=True),
  fact(EV4, "event", "primary_sector_projects", 8, "count", D6, AS4, opt=True),
  fact(EV4, "event", "secondary_sector_projects", 30, "count", D6, AS4, opt=True),
  fact(EV4, "event", "tertiary_sector_projects", 18, "count", D6, AS4, opt=True),
  fact(EV4, "event", "countries_regions_international", 15, "count", "本次国际经济合作签约共涉及15个国家和地区", AS4, opt=True),
 ])

# ---------------------------------------------------------------- lc05 长春 at 第十二屆东北亚博览会 (cri big5 2019)
JY5 = "長春凈月高新區"
NA5 = "長春農安經濟技術開發區"
KG5 = "空港經濟開發區"
CD5 = "長德開發區"
E0 = "長春市已在第十二屆中國-東北亞博覽會上簽約合作項目15個,計劃投資金額111.3億元"
E1 = "長春凈月高新區與萬達集團簽署了萬達文旅(一期)項目,計劃投資70億元"
E2 = "長春農安經濟技術開發區與嘉森軌道交通科技有限公司簽署了現代裝備製造項目,計劃投資5億元"
E3 = "寶能物流集團有限公司計劃在空港經濟開發區建設智慧供應鏈産業園項目"
E4 = "中國燃氣計劃在德惠市建設燃氣生産、輸配、供應和銷售項目"
E5 = "江蘇省安佑生物科技有限公司計劃在長德開發區建設生物配合飼料生産項目"
AS5 = "2019年8月（截至25日，第十二屆東北亞博覽會）"
G["lc05"] = dict(
 article=art("我市借力東北亞博覽會 簽約15個重大項目", "本報訊（記者楊洪倫；原報名存段未示，應為長春市地方報），載於國際在線吉林 jl.cri.cn（經 big5.cri.cn 繁體閘道）", "2019-08-27", "day",
  "City paper on a national broadcaster's provincial channel (traditional-script gateway rendering), Jilin: a city's signings at the Northeast Asia Expo — count and planned total, two projects signed by named zones with sums, three more projects placed in zones or a county-level city",
  "https://big5.cri.cn/gate/big5/jl.cri.cn/20190827/44b5fdf1-6687-2e06-c5eb-bde25a212f58.html",
  "日期取網址 20190827（文中“26日…獲悉”“截至25日”）。標題取存段“原題:我市借力東北亞博覽會 簽約15個重大項目”，“原題:”標籤已去（make_txt.py HEAD_PREFIX）。文字為 cri.cn 官方 big5 閘道所呈繁體，照錄不轉換。正文五段，完整（第四段以“……”結束，原文如此）。園區：長春凈月高新區、長春農安經濟技術開發區、空港經濟開發區、長德開發區（長春市，吉林）。德惠市為縣級市，非園區。項目：萬達文旅(一期)項目（凈月高新區，計劃投資70億元）、現代裝備製造項目（農安經開區，計劃投資5億元）、智慧供應鏈産業園項目（空港經濟開發區）、燃氣生産、輸配、供應和銷售項目（德惠市，null）、生物配合飼料生産項目（長德開發區）；皆為本屆博覽會簽約項目（後三項文作“計劃在…建設”，狀態仍記簽約）。公司：萬達集團、嘉森軌道交通科技有限公司、寶能物流集團有限公司、中國燃氣、江蘇省安佑生物科技有限公司（簽約投資方，園區 null）。事實：長春市15個、111.3億元（計劃投資金額）；客商2850名（可選）。",
  "lc05"),
 parks=[
  park(JY5, "长春", "吉林", "高新区", E1, note="即长春净月高新技术产业开发区；文中只此写法"),
  park(NA5, "长春", "吉林", "经济技术开发区", E2, district="农安县"),
  park(KG5, "长春", "吉林", "经济开发区", E3, note="长春空港经济开发区；文中无“长春”前缀"),
  park(CD5, "长春", "吉林", "开发区", E5, note="长德经济开发区（长春—德惠）；文中作“長德開發區”"),
 ],
 companies=[
  comp("萬達集團", None, E1, note="項目在長春凈月高新區"),
  comp("嘉森軌道交通科技有限公司", None, E2, note="項目在長春農安經濟技術開發區"),
  comp("寶能物流集團有限公司", None, E3, note="項目在空港經濟開發區"),
  comp("中國燃氣", None, E4, note="項目在德惠市"),
  comp("江蘇省安佑生物科技有限公司", None, E5, note="項目在長德開發區"),
 ],
 institutions=[
  inst("長春市政府合作交流辦", "記者從長春市政府合作交流辦獲悉"),
 ],
 projects=[
  proj("萬達文旅(一期)項目", JY5, E1, companies=["萬達集團"], inv="計劃投資70億元", phase="一期", status="签约", status_text="簽署"),
  proj("現代裝備製造項目", NA5, E2, companies=["嘉森軌道交通科技有限公司"], inv="計劃投資5億元", status="签约", status_text="簽署",
       note="年産配套件30萬件；名稱泛"),
  proj("智慧供應鏈産業園項目", KG5, E3, companies=["寶能物流集團有限公司"], status="签约", status_text="簽約（計劃在…建設）", note="無金額"),
  proj("燃氣生産、輸配、供應和銷售項目", None, E4, companies=["中國燃氣"], status="签约", status_text="簽約（計劃在…建設）", opt=True,
       note="德惠市（縣級市，非園區）；名稱為描述"),
  proj("生物配合飼料生産項目", CD5, E5, companies=["江蘇省安佑生物科技有限公司"], status="签约", status_text="簽約（計劃在…建設）", note="無金額"),
 ],
 aggregate_facts=[
  fact("長春市", "region", "projects_signed", 15, "count", E0, AS5),
  fact("長春市", "region", "signed_investment_cny", 1.113e10, "cny", E0, AS5, chk=True, note="計劃投資金額"),
  fact("長春市", "region", "visiting_merchants", 2850, "count", "共有2850名海內外客商應長春市邀請參會", AS5, opt=True),
 ])

# ---------------------------------------------------------------- lc06 洛阳 at 第五届中博会 (洛阳日报 2010)
LY = "洛阳市"
F0 = "我市共签约5个项目,投资总额53亿元,位列全省各地市第二"
F1 = "偃师市在本届中博会上邀请了重庆川渝精工车桥有限公司、西藏珠峰集团有限公司、广州五羊摩托车有限公司、广西诚益制造集团有限公司和中扶建设上海有限公司等企业,分别就三轮摩托车整车、发动机制造和节能电机研发及生产等5个项目签订了投资合同,项目投资总额达14.5亿元"
F2 = "中博会期间我市签约项目中投资金额较大的主要有:投资30亿元的帝豪城市经典商业中心项目、投资5亿元的三轮摩托车及发动机生产项目、投资5亿元的通和农副产品物流产业园项目等"
F3 = "共有27个项目同境内外投资商进行了对接,并同投资商达成了进一步投资考察的意向,项目投资总额累计达98.8亿元"
AS6 = "2010年9月26日（第五届中博会）"
G["lc06"] = dict(
 article=art("（无标题）第五届中博会 洛阳市签约5个项目 投资总额53亿元", "洛阳日报（记者 赵志伟，通讯员 张潮），lyrb.lyd.com.cn 数字报", "2010-09-29", "day",
  "City daily, Henan: the city's delegation at the Central China investment expo in Nanchang — projects signed and total, a county-level city's five contracts with named firms, three larger projects with sums, matchmaking projects",
  "http://lyrb.lyd.com.cn/html/2010-09/29/content_673814.htm",
  "日期取网址 2010-09/29（文中“26日…开幕”为2010年9月26日）。存段无标题（title 为编者概括）。正文六段，完整。园区：文中未点名园区（“通和农副产品物流产业园项目”为项目），parks 为空。项目：帝豪城市经典商业中心项目（投资30亿元）、三轮摩托车及发动机生产项目（投资5亿元；应属偃师市签约项目之一，文未明说）、通和农副产品物流产业园项目（投资5亿元）；签约，园区 null。公司：偃师市邀请并签订投资合同的五家企业，园区 null。事实 subject 洛阳市（文中“我市”）：签约5个、53亿元；偃师市5个、14.5亿元；对接27个项目、98.8亿元（意向，可选）。市领导不列。",
  "lc06"),
 parks=[],
 companies=[
  comp("重庆川渝精工车桥有限公司", None, F1, note="与偃师市签订投资合同"),
  comp("西藏珠峰集团有限公司", None, F1),
  comp("广州五羊摩托车有限公司", None, F1),
  comp("广西诚益制造集团有限公司", None, F1),
  comp("中扶建设上海有限公司", None, F1),
 ],
 institutions=[],
 projects=[
  proj("帝豪城市经典商业中心项目", None, F2, inv="投资30亿元", status="签约", status_text="签约项目"),
  proj("三轮摩托车及发动机生产项目", None, F2, inv="投资5亿元", status="签约", status_text="签约项目", note="偃师市签约项目（推定）"),
  proj("通和农副产品物流产业园项目", None, F2, inv="投资5亿元", status="签约", status_text="签约项目", note="项目，不作园区"),
 ],
 aggregate_facts=[
  fact(LY, "region", "projects_signed", 5, "count", F0, AS6, note="文中“我市”"),
  fact(LY, "region", "signed_investment_cny", 5.3e9, "cny", F0, AS6, chk=True),
  fact("偃师市", "region", "projects_signed", 5, "count", F1, AS6),
  fact("偃师市", "region", "signed_investment_cny", 1.45e9, "cny", "项目投资总额达14.5亿元", AS6, chk=True),
  fact(LY, "region", "projects_matched", 27, "count", F3, AS6, opt=True, note="对接，达成投资考察意向"),
  fact(LY, "region", "matched_investment_cny", 9.88e9, "cny", "项目投资总额累计达98.8亿元", AS6, opt=True, chk=True),
 ])
