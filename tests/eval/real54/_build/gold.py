# real54 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim; all eight texts are traditional script as published and every name and
# evidence string is written exactly as in its text (nothing converted). Status values are the schema's canonical words
# (签约 / 开工 / 在建 / 投产 / 竣工 / planned, as check_gold.py requires), status_text keeps the text's own words.
# 逾/超過/超/以上 → 超, 約 → 約 (qualifier 约), 多/餘 → 余 (qualifier_text keeps the word). Money: yuan (人民幣) in
# investment_cny / *_cny facts; New Taiwan dollars in *_twd facts and, for projects, investment_value + investment_currency
# "twd" with investment_cny null (as real31 / real42); Hong Kong dollars in *_hkd facts (a fund's size in HKD stays out of
# size_cny and is given as a fund fact). A yuan amount written with a thousands comma (“2,018億元”) gets the suffix _rmb
# instead of _cny (as real32 zb05), because check_gold.py's amount reader takes only the digits after the comma.
# Growth rates and shares as ratios. Projects: the park the text places the project in, null if none (a district or city is
# not a park). Facts on several parks at once (a bureau's parks) are subject_type park_group. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/zxNN.raw as returned.

# ---------------------------------------------------------------- zx01 台北科技走廊 (中央社 via 大紀元, 2009)
NG = "南港經貿園區"
NH = "內湖科技園區"
BT = "北投士林科技園區"
NR = "南港軟體工業園區"
A0 = "台北市政府規劃現有的南港經貿園區、內湖科技園區,加上規劃中的北投士林科技園區,發展「台北科技走廊」產業發展軸帶"
A1 = "150公頃大的內湖科技園區已是科技性企業營運總部的群聚基地、全球電子產業運籌中心及台灣電信中心"
A2 = "目前進駐廠商達3,446家(包括企業總部26家、研發中心12家),2007年產值達新台幣2.7兆元"
A3 = "南港軟體工業園區則是朝生物技術、IC設計、數位內容三大知識產業,集結研發資源成為國家發展重點計畫示範重鎮"
A4 = "目前「南軟」進駐企業275家(其中企業總部4家、研發中心6家),2007年產值1,826億元"
A5 = "此外,南軟第三期工程已在2008年9月16日落成啟用,預估每年為園區新增1,000億元營收,可望成為全台每單位土地產值最高的工業園區"
A6 = "至於規劃中的北投士林科技園區,依產發局資料,佔地195公頃"
A7 = "北市府規劃南軟會展、軟體、車站、文創與生技五大產業「台灣智埠中樞」計畫,打造南軟成為「亞太軟體中心」、「全亞洲研發總部」"
AS1 = "2009年7月"
G["zx01"] = dict(
 article=art("（無標題）台北科技走廊：內湖科技園區、南港軟體工業園區、北投士林科技園區", "中央社（記者孫承武），大紀元轉載（tvsmo.com，大紀元站點）", "2009-07-23", "day",
  "Taiwan news agency item relayed verbatim by an overseas Chinese paper's site, Taipei: a city's technology corridor of three parks — firms, headquarters and R&D centres, 2007 output of two parks, a software park's phase 3 completed with its expected added revenue, a planned park's area and jobs",
  "http://tvsmo.com/b5/9/7/23/n2599398.htm",
  "日期取電頭“【大紀元7月23日報導】(中央社記者孫承武台北23日電)”與網址 b5/9/7/23（2009年；文中“2007年產值”“2008年9月16日落成啟用”相符）。存段無標題行（title 為編者概括）；“標籤:”“新聞小百科”兩行已刪；電頭留在首段。正文五段，完整。繁體原文，未轉換。轉載站為大紀元，原稿為中央社，全文照錄並注明來源，非改寫。園區：南港經貿園區、內湖科技園區、南港軟體工業園區（文中又作“南軟”）、北投士林科技園區（規劃中）；“台北科技走廊”為產業發展軸帶，列可選。金額為新台幣，記 _twd。項目：南軟第三期工程（2008年9月16日落成啟用→竣工）；“台灣智埠中樞”計畫（北市府規劃→planned，可選）。事實：內湖 150公頃、3,446家、總部26、研發中心12、2007年產值2.7兆元；南軟 275家、總部4、研發中心6、2007年產值1,826億元；第三期預估每年新增1,000億元營收（target）；北投士林 195公頃、預計2萬8,000個就業機會（target）。",
  "zx01"),
 parks=[
  park(NG, "台北", "台灣", "經貿園區", A0, district="南港區", note="district 由園區名推定"),
  park(NH, "台北", "台灣", "科技園區", A1, district="內湖區", note="district 由園區名推定"),
  park(NR, "台北", "台灣", "軟體工業園區", A3, district="南港區", aliases=["南軟"], note="文中又作“南軟”；與南港經貿園區的關係文中未說"),
  park(BT, "台北", "台灣", "科技園區", A6, note="規劃中"),
  park("台北科技走廊", "台北", "台灣", "產業發展軸帶", A0, opt=True, note="三個園區組成的產業發展軸帶，不是單一園區"),
 ],
 institutions=[
  inst("北市產業發展局", "北市產業發展局表示", note="台北市政府產業發展局；文中又作“產發局”"),
 ],
 projects=[
  proj("南軟第三期工程", NR, A5, phase="第三期", status="竣工", status_text="已在2008年9月16日落成啟用"),
  proj("台灣智埠中樞", NR, A7, status="planned", status_text="北市府規劃", opt=True, note="五大產業計畫；以南軟為對象"),
 ],
 aggregate_facts=[
  fact(NH, "park", "area_ha", 150, "ha", A1, AS1),
  fact(NH, "park", "firms", 3446, "count", A2, AS1),
  fact(NH, "park", "corporate_headquarters", 26, "count", A2, AS1, opt=True),
  fact(NH, "park", "rd_centers", 12, "count", A2, AS1, opt=True),
  fact(NH, "park", "output_twd", 2.7e12, "twd", "2007年產值達新台幣2.7兆元", "2007年", chk=True),
  fact(NR, "park", "firms", 275, "count", A4, AS1),
  fact(NR, "park", "corporate_headquarters", 4, "count", A4, AS1, opt=True),
  fact(NR, "park", "rd_centers", 6, "count", A4, AS1, opt=True),
  fact(NR, "park", "output_twd", 1.826e11, "twd", "2007年產值1,826億元", "2007年", chk=True),
  fact(NR, "park", "expected_annual_revenue_increase_twd", 1e11, "twd", "預估每年為園區新增1,000億元營收", "第三期落成後每年（預估）", kind="target", chk=True,
       note="南軟第三期工程帶來的新增營收"),
  fact(BT, "park", "planned_area_ha", 195, "ha", A6, AS1),
  fact(BT, "park", "expected_jobs", 28000, "count", "未來預計引進2萬8,000個就業機會", "未來（預計）", kind="target"),
 ])

# ---------------------------------------------------------------- zx02 東莞虎門港 22個項目 (香港文匯報 2012)
HM = "虎門港"
SH = "沙田港區"
B0 = "東莞虎門港日前在深圳召開的推介會上,一舉簽下22個項目,引資84.36億元人民幣(下同)"
B1 = "其中虎門港與香港空運服務公司簽訂的「超級中國幹線」項目合作協議,將實現空運貨物在香港機場與珠三角之間快速流轉"
B2 = "其中,投資項目11個,涵蓋專業市場、科研總部以及石化電子交易項目;合作項目11個,涵蓋集裝箱碼頭業務和保稅物流業務等,基本落戶在沙田港區"
AS2 = "2012年10月（推介會）"
G["zx02"] = dict(
 article=art("（無標題）東莞虎門港在深圳推介會簽下22個項目 引資84.36億元人民幣", "香港文匯報（記者 丘麗芳 實習記者 陳淑英，東莞報道），paper.wenweipo.com", "2012-10-28", "day",
  "Hong Kong daily's mainland page, Guangdong: a port development zone's investment fair in Shenzhen — 22 projects signed with their total, one named cooperation project with a Hong Kong air-cargo firm, split into investment and cooperation projects, the port area they settle in, expected output and tax",
  "http://paper.wenweipo.com/2012/10/28/FM1210280006.htm",
  "日期取網址 2012/10/28（文匯報紙本版）。存段無標題行（title 為編者概括）；末行表格符“|”已刪。正文三段（含小標題“與港空運建「超級中國幹線」”一段），完整。繁體原文，未轉換。金額為人民幣（“(下同)”）。園區：虎門港（東莞，廣東；港口開發區，文中未寫管委會或級別）、沙田港區（虎門港的港區，parent 虎門港）。公司：香港空運服務公司（香港企業，與虎門港簽約；park null）。項目：“超級中國幹線”項目——簽訂合作協議→签约，無單項金額。22個項目中投資項目11個、合作項目11個“基本落戶在沙田港區”。“2,018億元”有千分位逗號，記 _rmb（見檔頭說明）；年創稅25億元記 _cny。",
  "zx02"),
 parks=[
  park(HM, "東莞", "廣東", "港口開發區", B0, note="文中又作“東莞虎門港”"),
  park(SH, "東莞", "廣東", "港區", B2, parent=HM, note="項目“基本落戶在沙田港區”"),
 ],
 companies=[
  comp("香港空運服務公司", None, B1, note="香港企業；與虎門港簽合作協議"),
 ],
 projects=[
  proj("超級中國幹線", HM, B1, companies=["香港空運服務公司"], status="签约", status_text="簽訂…項目合作協議",
       aliases=["「超級中國幹線」項目"], note="無單項金額；空運貨物在香港機場與珠三角之間快速流轉"),
 ],
 aggregate_facts=[
  fact(HM, "park", "projects_signed", 22, "count", B0, AS2),
  fact(HM, "park", "signed_investment_cny", 8.436e9, "cny", "引資84.36億元人民幣", AS2, chk=True),
  fact(HM, "park", "investment_projects_signed", 11, "count", B2, AS2, opt=True),
  fact(HM, "park", "cooperation_projects_signed", 11, "count", B2, AS2, opt=True),
  fact(HM, "park", "expected_annual_output_rmb", 2.018e11, "cny", "該84.36億元投資的項目達產後,年產值(或交易額)將達2,018億元", "達產後（預期）", kind="target",
       note="年產值或交易額；千分位逗號故記 _rmb"),
  fact(HM, "park", "expected_annual_tax_cny", 2.5e9, "cny", "年創稅將達到25億元", "達產後（預期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- zx03 科技企業投資基金 (信報 via EJ Tech 2015)
KX = "科學園"
KF = "科技企業投資基金"
KC = "香港科技園公司"
C0 = "財政司司長曾俊華昨天發表財政預算案,表示科技園公司會預留五千萬元設立「科技企業投資基金」,促使初創企業(Startup)可以更容易進行融資"
C1 = "「科技企業投資基金」的啟動資金為5000萬港元,並以約一比一配對形式批出款項,故此,此項計劃將為香港的科創生態圈帶來總共約一億元的資金"
C2 = "在現時建議的計劃下,申請基金的公司需為科學園內的租戶、正在參與或已完成其培育計劃的初創公司"
G["zx03"] = dict(
 article=art("「科技企業投資基金」預料為科創生態圈帶來1億資金", "信報（EJ Tech，ejtech.hkej.com；無署名，文中引《信報財經新聞》）", "2015-02-26", "day",
  "Hong Kong financial paper's tech site: a science-park operator's planned corporate venture fund announced in the budget — start-up capital in HKD, one-to-one matching and expected total, eligibility tied to park tenants and incubatees, launch timing",
  "http://ejtech.hkej.com/corporate/%E3%80%8C%E7%A7%91%E6%8A%80%E4%BC%81%E6%A5%AD%E6%8A%95%E8%B3%87%E5%9F%BA%E9%87%91%E3%80%8D%E9%A0%90%E6%96%99%E7%82%BA%E7%A7%91%E5%89%B5%E7%94%9F%E6%85%8B%E5%9C%88%E5%B8%B6%E4%BE%861%E5%84%84%E8%B3%87/",
  "日期取頁面“By on February 26, 2015”（文中“昨天發表財政預算案”即2015年2月25日）。標題照錄；站點提示（You are currently at…/Skip This Ads/Don't Miss）、日期行、兩行“科技園公司最新廣告”與末行“支持EJ Tech如欲投稿、報料,發”（站點聯絡語，截斷）已刪。正文六段，完整。繁體原文。基金：科技企業投資基金——由香港科技園公司設立（管理人，文中“科技園公司”），啟動資金5000萬港元（港元，不記 size_cny；另記 fund 事實 _hkd），約一比一配對，預計共帶來約一億元（港元語境，記 _hkd，target）；申請者須為科學園租戶或培育計劃公司，故 park 記“科學園”（文中寫法，即香港科學園）。基金“預計將於本年中左右推出”——尚未設立。人物（曾俊華、莫乃光、盧偉國）不列。“5000萬元並不足夠”為議員評語，不另記。",
  "zx03"),
 parks=[
  park(KX, "香港", "香港", "科學園", C2, note="即香港科學園；文中只作“科學園”"),
 ],
 institutions=[
  inst(KC, "香港科技園公司昨晚向傳媒補充,科技園公司建議成立「科技企業投資基金」", opt=False, note="基金設立與管理方；文中又作“科技園公司”"),
 ],
 funds=[
  fund(KF, KX, C1, size_type="啟動資金",
       note="管理人：香港科技園公司；啟動資金5000萬港元（港元，size_cny 不填；見 fund_size_hkd 事實）；約一比一配對；預計2015年年中推出；只投科學園租戶及培育公司"),
 ],
 aggregate_facts=[
  fact(KF, "fund", "fund_size_hkd", 5e7, "hkd", "「科技企業投資基金」的啟動資金為5000萬港元", "2015年2月（擬設）"),
  fact(KF, "fund", "expected_total_funding_hkd", 1e8, "hkd", "此項計劃將為香港的科創生態圈帶來總共約一億元的資金", "推出後（預期）", kind="target",
       qual="约", qtext="約", note="含配對資金；標題作“1億資金”"),
 ])

# ---------------------------------------------------------------- zx04 南沙「香港園」 (大公報 2017)
YG = "粵港深度合作區"
D0 = "才明確提出南沙將劃10平方公里的南沙樞紐區塊用於建設被稱為「香港園」的粵港深度合作區"
D1 = "佔地面積超過20萬平方米的粵港深度合作區啟動區(一期)9日發布土地平整招標公告"
D2 = "粵港深度合作區啟動區(一期)位於南沙區珠江街內,佔地面積約202835平方米,約佔規劃面積的2%,目前沒有在建或已建項目"
G["zx04"] = dict(
 article=art("南沙「香港園」育八大產業", "大公報（記者黃寶儀，廣州報道），大公網 takungpao.com.hk", "2017-03-11", "day",
  "Hong Kong daily's mainland news, Guangdong: a planned Hong Kong cooperation zone in Nansha — its start-up area's land-levelling tender, planned area, eight target industries, Hong Kong-only admission",
  "http://www.takungpao.com.hk/mainland/text/2017/0311/65940.html",
  "日期取頁面“時間:2017-03-11 03:16:30來源:大公網”。標題照錄；“大公產品”“首頁 > 文章 > 正文”與時間行已刪；首段末的署名“\\大公報記者黃寶儀廣州報道”為原文一部分，保留。存段末段“日前李克強總理…廣東自貿區各大片區發展尤為引人注目”無句末標點、在此中斷，整段刪去；正文截至“…現代化示範區。”，含小標題“粵港達成深度合作共識”，共五段。繁體原文，未轉換。園區：粵港深度合作區（文中又作“香港園”“合作區”；廣州市南沙區，廣東；規劃中，“動工在即”）；南沙樞紐區塊（10平方公里，用於建設合作區，可選）。項目：粵港深度合作區啟動區(一期)——發布土地平整招標公告、目前沒有在建項目→planned。機構：南沙區土地開發中心（可選）。事實：合作區規劃10平方公里；啟動區約202835平方米（開頭又作“超過20萬平方米”，可選）、約佔規劃面積2%（可選）。無金額、無企業。",
  "zx04"),
 parks=[
  park(YG, "廣州", "廣東", "合作區", D0, district="南沙區", aliases=["香港園"], note="文中又作南沙「香港園」、“合作區”；只引進香港企業"),
  park("南沙樞紐區塊", "廣州", "廣東", "區塊", D0, district="南沙區", opt=True, note="10平方公里，用於建設粵港深度合作區"),
 ],
 institutions=[
  inst("南沙區土地開發中心", "根據南沙區土地開發中心發布的招標公告", note="招標方"),
 ],
 projects=[
  proj("粵港深度合作區啟動區(一期)", YG, D1, phase="一期", status="planned", status_text="發布土地平整招標公告；動工在即",
       note="土地平整招標；目前沒有在建或已建項目"),
 ],
 aggregate_facts=[
  fact(YG, "park", "planned_area_km2", 10, "km2", D0, "2016年初規劃"),
  fact("粵港深度合作區啟動區(一期)", "project", "site_area_m2", 202835, "m2", D2, "2017年3月", qual="约", qtext="約"),
  fact("粵港深度合作區啟動區(一期)", "project", "site_area_m2", 2e5, "m2", D1, "2017年3月", qual="超", qtext="超過", opt=True),
  fact("粵港深度合作區啟動區(一期)", "project", "share_of_planned_area", 0.02, "ratio", D2, "2017年3月", kind="ratio", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- zx05 深圳第二季263項目動工 (明報 2023)
SZ = "深圳市"
SS = "深汕工業互聯網製造業創新產業園"
PS = "坪山高新北區"
E0 = "第二季全市新動工項目共263個,總投資額3491.8億元(人民幣,下同),年內計劃投資額508.4億元"
E1 = "項目規模方面,總投資50億元或以上的有11個,總投資額2233.9億元,主要包括深汕工業互聯網製造業創新產業園二期、前海深港國際服務城首開區項目、香港中文大學(深圳)醫學院新校區等"
E2 = "以坪山區第二季的項目投資額最大,17個項目的總投資額達1397.3億元,佔全市40%,當中包括新一代信息技術產業園項目、坪山高新北區先導區一期項目等"
E3 = "福田區則是今次新動工項目最多的地區,共43個,總投資196.6億元,包括深圳市第二十五高級中學、竹子林生態通廊建設工程(一期)等"
AS5 = "2023年第二季"
G["zx05"] = dict(
 article=art("大灣區GBA專題:深圳次季263項目動工 涉資3500億 民間項目佔八成 先進製造業逾半", "明報（明報專訊），明報加拿大網站 mingpaocanada.com 多倫多版", "2023-06-16", "day",
  "Hong Kong daily's Greater Bay Area feature (overseas edition's site): a mainland city's second-quarter groundbreaking — project count and totals, split by sector and funding source, the largest named projects (two park developments among them), districts with their counts and totals",
  "http://mingpaocanada.com/tor/htm/News/20230616/HK-gna1_r.htm",
  "日期取頁面“[2023.06.16] 發表”與網址 20230616。標題照錄；日期行已刪。存段末段“另外,前海合作區今季新動工項目以基建為主,5個項目總投資121.3億元,包括…等4條市政”在句中中斷，與其小標題“前海多基建 寶安重物流”一併刪去；正文截至“…等(圖2)。”，含小標題三行，共九段。繁體原文。金額為人民幣（“(人民幣,下同)”）。項目全是“新動工項目”→开工，文中無單項金額。深汕工業互聯網製造業創新產業園二期：園區開發項目，park 記其本園（深汕工業互聯網製造業創新產業園，只在項目名中，列可選園區）；坪山高新北區先導區一期項目：park 記坪山高新北區（同上，可選園區）；前海深港國際服務城首開區項目、新一代信息技術產業園項目（坪山區）：文中未給園區，park null；香港中文大學(深圳)醫學院新校區、深圳市第二十五高級中學、竹子林生態通廊建設工程(一期)：非產業項目，列可選，park null。事實主體為深圳市（region）及坪山區、福田區（district）。“263個…3491.8億元”等為第二季數字（reported）；“年內計劃投資額508.4億元”為計劃（target）。標題“3500億”為約數，不另記。",
  "zx05"),
 parks=[
  park(SS, "深圳", "廣東", "產業園", E1, opt=True, note="只在項目名“深汕工業互聯網製造業創新產業園二期”中"),
  park(PS, "深圳", "廣東", "高新區", E2, district="坪山區", opt=True, note="只在項目名“坪山高新北區先導區一期項目”中"),
 ],
 projects=[
  proj("深汕工業互聯網製造業創新產業園二期", SS, E1, phase="二期", status="开工", status_text="新動工項目", note="總投資50億元或以上的11個項目之一；園區開發項目"),
  proj("前海深港國際服務城首開區項目", None, E1, status="开工", status_text="新動工項目", note="總投資50億元或以上；文中未給園區（前海合作區一段已刪）"),
  proj("香港中文大學(深圳)醫學院新校區", None, E1, status="开工", status_text="新動工項目", opt=True, note="高校校區，非產業項目"),
  proj("新一代信息技術產業園項目", None, E2, status="开工", status_text="新動工項目", note="坪山區項目；文中未給園區"),
  proj("坪山高新北區先導區一期項目", PS, E2, phase="一期", status="开工", status_text="新動工項目", note="坪山區項目"),
  proj("深圳市第二十五高級中學", None, E3, status="开工", status_text="新動工項目", opt=True, note="福田區；學校"),
  proj("竹子林生態通廊建設工程(一期)", None, E3, phase="一期", status="开工", status_text="新動工項目", opt=True, note="福田區；生態工程"),
 ],
 aggregate_facts=[
  fact(SZ, "region", "projects_started", 263, "count", E0, AS5),
  fact(SZ, "region", "projects_started_investment_cny", 3.4918e11, "cny", "總投資額3491.8億元(人民幣,下同)", AS5, chk=True),
  fact(SZ, "region", "planned_annual_investment_cny", 5.084e10, "cny", "年內計劃投資額508.4億元", "2023年（計劃）", kind="target", chk=True),
  fact(SZ, "region", "projects_started", 266, "count", "對比今年首季的266個新動工項目", "2023年第一季", opt=True),
  fact(SZ, "region", "projects_started_investment_cny", 3.2953e11, "cny", "總投資額較首季的3295.3億元多196.5億元(6%)", "2023年第一季", opt=True, chk=True),
  fact(SZ, "region", "advanced_manufacturing_projects_started", 58, "count", "先進製造業項目共58個,總投資額1827.5億元,佔所有項目總投資額的52.3%", AS5),
  fact(SZ, "region", "advanced_manufacturing_investment_cny", 1.8275e11, "cny", "總投資額1827.5億元,佔所有項目總投資額的52.3%", AS5, chk=True),
  fact(SZ, "region", "advanced_manufacturing_investment_share", 0.523, "ratio", "佔所有項目總投資額的52.3%", AS5, kind="ratio", opt=True),
  fact(SZ, "region", "infrastructure_projects_started", 65, "count", "基礎設施項目65個,總投資533.6億元", AS5, opt=True),
  fact(SZ, "region", "infrastructure_investment_cny", 5.336e10, "cny", "總投資533.6億元;民生項目98個", AS5, opt=True, chk=True),
  fact(SZ, "region", "livelihood_projects_started", 98, "count", "民生項目98個,總投資264.3億元", AS5, opt=True),
  fact(SZ, "region", "livelihood_investment_cny", 2.643e10, "cny", "總投資264.3億元;其他項目42個", AS5, opt=True, chk=True),
  fact(SZ, "region", "other_projects_started", 42, "count", "其他項目42個,總投資866.4億元(圖1)", AS5, opt=True),
  fact(SZ, "region", "other_investment_cny", 8.664e10, "cny", "總投資866.4億元(圖1)", AS5, opt=True, chk=True),
  fact(SZ, "region", "government_projects_started", 139, "count", "由政府投資的項目有139個,總投資約688.3億元,佔比19.7%", AS5, opt=True),
  fact(SZ, "region", "government_investment_cny", 6.883e10, "cny", "總投資約688.3億元,佔比19.7%", AS5, qual="约", qtext="約", opt=True, chk=True),
  fact(SZ, "region", "private_projects_started", 124, "count", "民間投資項目有124個,總投資約2803.5億元,佔比80.3%", AS5, opt=True),
  fact(SZ, "region", "private_investment_cny", 2.8035e11, "cny", "總投資約2803.5億元,佔比80.3%", AS5, qual="约", qtext="約", opt=True, chk=True),
  fact(SZ, "region", "private_investment_share", 0.803, "ratio", "佔比80.3%", AS5, kind="ratio", opt=True),
  fact(SZ, "region", "projects_over_5bn_started", 11, "count", E1, AS5, note="總投資50億元或以上"),
  fact(SZ, "region", "projects_over_5bn_investment_cny", 2.2339e11, "cny", "總投資額2233.9億元,主要包括深汕工業互聯網製造業創新產業園二期", AS5, chk=True),
  fact(SZ, "region", "projects_over_1bn_started", 45, "count", "總投資超過10億元的項目則有45個", AS5, opt=True),
  fact("坪山區", "district", "projects_started", 17, "count", E2, AS5),
  fact("坪山區", "district", "projects_started_investment_cny", 1.3973e11, "cny", "17個項目的總投資額達1397.3億元,佔全市40%", AS5, chk=True),
  fact("坪山區", "district", "share_of_city_investment", 0.40, "ratio", "佔全市40%", AS5, kind="ratio", opt=True),
  fact("福田區", "district", "projects_started", 43, "count", E3, AS5),
  fact("福田區", "district", "projects_started_investment_cny", 1.966e10, "cny", "總投資196.6億元,包括深圳市第二十五高級中學", AS5, chk=True),
 ])

# ---------------------------------------------------------------- zx06 科技產業園區 2023年投資逾410億 (中央社 2023)
KJ = "科技產業園區"
TZ = "台中港科技產業園區"
TR = "台中軟體園區"
GR = "高雄軟體園區"
F0 = "經濟部表示,轄下科技產業園區今年共吸引產業投資金額逾新台幣410億元,為因應台商回流及半導體等產業需求,將持續推動屏東園區擴區、高雄軟體園區二期及楠梓第三園區開發計畫,以增加投資動能"
F1 = "園管局表示,12月提報投資審查小組核准通過5家企業進駐,包括台灣三軸科技有限公司投資2.77億元,遷入台中港科技產業園區營運"
F2 = "此外,久舜營造股份有限公司進駐台中軟體園區;艾倫安柏投資有限公司、京鑫企業有限公司、競榮實業有限公司等3家公司進駐高雄軟體園區,上述4件投資案投資金額逾1.1億元,預計在台中及高雄地區創造105個工作機會"
AS6 = "2023年（112年）"
G["zx06"] = dict(
 article=art("經部科技產業園區吸引逾410億投資 續推3開發計畫", "中央社（記者劉千綾），華視新聞網 news.cts.com.tw 轉載中央社稿", "2023-12-28", "day",
  "Taiwan news agency wire on a TV station's news site: the economics ministry's technology industrial parks — year's investment total, three park-development plans, five firms approved in December with the parks they enter, one firm's amount and plans, four smaller investments with their total and jobs",
  "https://news.cts.com.tw/cna/money/202312/202312282269577.html",
  "日期取電頭“(中央社記者劉千綾台北28日電)”、末尾“1121228”（民國112年12月28日）與網址 20231228。標題照錄；標題下“中央社”一行、“新聞來源:中央社”“新聞關鍵字”“加入”已刪；末段句末“(編輯:楊蘭軒)1121228”已刪（make_txt.py LINE_SUFFIX）。正文七段，完整。繁體原文。金額為新台幣，記 _twd。園區：“科技產業園區”為經濟部轄下10個園區的總稱（事實 subject_type park_group）；屏東園區、高雄軟體園區、台中港科技產業園區（又作“台中港園區”）、台中軟體園區；楠梓第三園區（開發計畫中，可選）。項目：屏東園區擴區、高雄軟體園區二期、楠梓第三園區開發計畫——“將持續推動”，文中未說階段，status null；台灣三軸科技有限公司投資案——核准通過進駐、投資2.77億元（新台幣），將自建廠房成立企業總部，status null（核准不是簽約或開工；名稱仿 real42 zl02 “鴻海集團投資案”）。公司：台灣三軸科技有限公司（又作“台灣三軸公司”，台中港科技產業園區）、久舜營造股份有限公司（台中軟體園區）、艾倫安柏投資有限公司、京鑫企業有限公司、競榮實業有限公司（高雄軟體園區）。事實：410億元（逾）、10個園區、12月核准5家、4件投資案逾1.1億元、105個工作機會（預計）。",
  "zx06"),
 parks=[
  park("屏東園區", "屏東", "台灣", "科技產業園區", F0, note="擴區計畫中"),
  park(GR, "高雄", "台灣", "軟體園區", F2, note="二期開發計畫中"),
  park("楠梓第三園區", "高雄", "台灣", "科技產業園區", F0, opt=True, note="開發計畫中"),
  park(TZ, "台中", "台灣", "科技產業園區", F1, aliases=["台中港園區"]),
  park(TR, "台中", "台灣", "軟體園區", F2),
 ],
 institutions=[
  inst("經濟部產業園區管理局", "經濟部產業園區管理局今天透過新聞稿表示", note="文中又作“園管局”"),
 ],
 companies=[
  comp("台灣三軸科技有限公司", TZ, F1, aliases=["台灣三軸公司"], note="雷射設備；台中港園區自建廠房成立企業總部"),
  comp("久舜營造股份有限公司", TR, F2, aliases=["久舜公司"]),
  comp("艾倫安柏投資有限公司", GR, F2, aliases=["艾倫安柏公司"]),
  comp("京鑫企業有限公司", GR, F2, aliases=["京鑫公司"]),
  comp("競榮實業有限公司", GR, F2, aliases=["競榮公司"]),
 ],
 projects=[
  proj("屏東園區擴區", "屏東園區", F0, status=None, status_text="將持續推動…開發計畫", note="階段未說"),
  proj("高雄軟體園區二期", GR, F0, phase="二期", status=None, status_text="將持續推動…開發計畫", note="階段未說"),
  proj("楠梓第三園區開發計畫", None, F0, status=None, status_text="將持續推動…開發計畫", aliases=["楠梓第三園區"], note="新園區本身的開發計畫；母園區文中未說"),
  proj("台灣三軸科技有限公司投資案", TZ, F1, companies=["台灣三軸科技有限公司"], inv="投資2.77億元", currency="twd", value=2.77e8,
       status=None, status_text="核准通過…進駐；將於台中港園區自建廠房", aliases=["台灣三軸科技有限公司"],
       note="新台幣；名稱為編者概括（仿 real42 zl02）"),
 ],
 aggregate_facts=[
  fact(KJ, "park_group", "investment_attracted_twd", 4.1e10, "twd", "轄下科技產業園區今年共吸引產業投資金額逾新台幣410億元", AS6, qual="超", qtext="逾", chk=True,
       note="經濟部轄下10個科技產業園區合計"),
  fact(KJ, "park_group", "parks", 10, "count", "轄下10個科技產業園區", "2023年12月", opt=True),
  fact(KJ, "park_group", "firms_approved", 5, "count", F1, "2023年12月"),
  fact(KJ, "park_group", "approved_investment_twd", 1.1e8, "twd", "上述4件投資案投資金額逾1.1億元", "2023年12月", qual="超", qtext="逾", chk=True, note="久舜等4件"),
  fact(KJ, "park_group", "expected_jobs", 105, "count", "預計在台中及高雄地區創造105個工作機會", "2023年12月（預計）", kind="target"),
 ])

# ---------------------------------------------------------------- zx07 園管局114年招商成果 (鉅亨網 2025)
YJ = "經濟部產業園區管理局"
NZ = "楠梓園區"
G0 = "成功促成 166 件投資案，總金額高達 1,745 億元"
G1 = "全球半導體封測龍頭日月光集團 (3711-TW)，年度投資金額超過 350 億元，持續深耕高階封測製造"
G2 = "鴻海集團旗下的雲高科技公司則攜手輝達（NVIDIA），建置最先進的「AI Factory」超級算力中心，搶攻人工智慧商機"
G3 = "此外，湧盛電機（2249-TW）亦投資 26.6 億元擴建新廠及設立集團總部大樓"
G4 = "未來日月光將緊抓 AI 快速成長的商機，持續在楠梓園區擴大投資"
AS7 = "2025年（114年，截至11月19日）"
G["zx07"] = dict(
 article=art("（無標題）園管局114年招商成果發表會：促成166件投資案、總金額1,745億元", "鉅亨網（記者張韶雯，台北）", "2025-11-19", "day",
  "Taiwan financial news site: the industrial-park bureau's annual investment results — cases and total, three named investors (a packaging group's annual investment and park, an AI computing centre, a plant expansion with headquarters), sectors",
  "https://news.cnyes.com/news/id/6243881",
  "日期取存段首行“鉅亨網記者張韶雯 台北 2025-11-19 19:48”。存段無標題行（title 為編者概括）；首行（搜尋工具日期記號與署名時間）與圖說“聯華林德氣體中港分公司經理薛懷德…（圖：經濟部）”已刪；末段“「園區不只是提供土地，更是企業成長的夥伴。」園管局副局長劉繼傳在會中強調，…讓廠商能穩”在句中中斷，整段刪去；正文截至“…最堅實的後盾 。”，共三段。原文數字與“億元”之間有空格、句號前有空格，照錄。繁體原文。金額為新台幣，記 _twd。園區：楠梓園區（日月光“持續在楠梓園區擴大投資”；高雄）；“台灣產業園區”為泛稱，不列。公司：日月光集團（又作“日月光”“日月光半導體”；楠梓園區）；雲高科技公司（鴻海集團旗下；園區未說，null）；湧盛電機（園區未說，null）；鴻海集團、輝達（NVIDIA）可選。項目：雲高科技「AI Factory」超級算力中心——“建置”，記在建（status_alt null，文中也可讀作規劃）；湧盛電機擴建新廠及設立集團總部大樓——投資26.6億元（新台幣），“擴建”未說階段，status null，名稱為編者概括。日月光“年度投資金額超過 350 億元”記為公司事實（非單一項目）。事實主體“經濟部產業園區管理局”（其轄下園區合計，park_group）。",
  "zx07"),
 parks=[
  park(NZ, "高雄", "台灣", "科技產業園區", G4, note="日月光所在；文中只作“楠梓園區”"),
 ],
 institutions=[
  inst(YJ, "經濟部產業園區管理局（園管局）於今（19）日舉辦「114 年招商成果發表會」", note="文中又作“園管局”"),
 ],
 companies=[
  comp("日月光集團", NZ, G4, aliases=["日月光", "日月光半導體"], note="全球半導體封測龍頭；年度投資超過350億元"),
  comp("雲高科技公司", None, G2, note="鴻海集團旗下；園區文中未說"),
  comp("湧盛電機", None, G3, note="園區文中未說"),
  comp("鴻海集團", None, G2, opt=True, note="雲高科技的母集團"),
  comp("輝達", None, G2, aliases=["NVIDIA"], opt=True, note="雲高科技的合作方"),
 ],
 projects=[
  proj("「AI Factory」超級算力中心", None, G2, companies=["雲高科技公司", "輝達"], status="在建", status_text="建置", status_alt=None,
       note="園區文中未說；“建置”亦可讀作規劃中"),
  proj("湧盛電機擴建新廠及集團總部大樓", None, G3, companies=["湧盛電機"], inv="投資 26.6 億元", currency="twd", value=2.66e9,
       status=None, status_text="擴建新廠及設立集團總部大樓", note="新台幣；名稱為編者概括；園區未說"),
 ],
 aggregate_facts=[
  fact(YJ, "park_group", "investment_cases", 166, "count", G0, AS7),
  fact(YJ, "park_group", "investment_twd", 1.745e11, "twd", G0, AS7, chk=True),
  fact("日月光集團", "company", "annual_investment_twd", 3.5e10, "twd", G1, "2025年", qual="超", qtext="超過", chk=True),
 ])

# ---------------------------------------------------------------- zx08 台南 七股科工區 新吉工業區 (聯合報 2026)
NK = "南部科學園區"
XJ = "新吉工業區"
QG = "七股科技工業區"
LY = "柳營科技工業區"
H0 = "因應AI與先進製程需求，台積電規畫在南部科學園區特定區A區興建2奈米晶圓廠，基地面積約15.46公頃"
H1 = "台積電布局帶動南科園區及周邊新吉工業區、七股科技工業區等產業園區同步發展"
H2 = "新吉工業區已有145家廠商入區，其中130家已營運、11家建廠中、4家規劃中"
H3 = "七股科技工業區截至2026年2月已有38家廠商完成購地，預估可創造6000個就業機會，投資額約290億元"
H4 = "柳營科技工業區第三期亦在規畫中，預計創造3,000個就業機會，年產值超過400億元"
H5 = "國科會辦理的「南科沙崙生態科學園區」(南科第4期)，籌設計畫，已於2025年10月3日函報行政院"
AS8 = "2026年2月底"
G["zx08"] = dict(
 article=art("（無標題）台積電布局帶動台南南科、新吉工業區、七股科技工業區發展", "聯合報（記者吳淑玲，台南報導），udn.com", "2026-03-12", "day",
  "Taiwan daily, Tainan: a chipmaker's planned 2nm fab in the southern science park and the surrounding industrial parks — firms entered, operating, building and planning in one park, land bought, jobs and investment in another, a planned third phase with jobs and output, a new science park's plan sent to the cabinet, city factory counts",
  "https://udn.com/news/story/7240/9375323",
  "日期取存段首行“date 2026-03-12”（搜尋工具日期記號）；文中“截至今年2月底”“截至2026年2月”相符。存段無標題行（title 為編者概括）；“快訊”、署名行“聯合報／ 記者吳淑玲／台南報導”與圖說“七股科工區預計最快今年下半年即可有廠商投入生產。圖／台南市經發局提供”已刪；末行“經發局”為下一段殘字，已刪。正文四段，完整。繁體原文。金額為新台幣，記 _twd。園區：南部科學園區（又作“南科園區”“南科”）；新吉工業區；七股科技工業區；柳營科技工業區（第三期規畫中）；南科沙崙生態科學園區（又作“南科第4期”，籌設計畫已函報行政院，可選）。“南部科學園區特定區A區”為南科內的區塊，不另列。公司：台積電（南部科學園區）。項目：台積電2奈米晶圓廠——“規畫在南部科學園區特定區A區興建”→planned；柳營科技工業區第三期——“規畫中”→planned；南科沙崙生態科學園區籌設計畫——函報行政院→planned（可選）。事實：新吉工業區145家入區、130家營運、11家建廠中、4家規劃中；七股科技工業區38家完成購地、預估6000個就業機會（target）、投資額約290億元（新台幣，約）；柳營三期預計3,000個就業機會、年產值超過400億元（target）；台南市工廠登記9606家、新增474家等（region，可選）。",
  "zx08"),
 parks=[
  park(NK, "台南", "台灣", "科學園區", H0, aliases=["南科園區", "南科"], note="文中又作“南科園區”“南科”"),
  park(XJ, "台南", "台灣", "工業區", H1),
  park(QG, "台南", "台灣", "科技工業區", H1, note="圖說作“七股科工區”（已刪）"),
  park(LY, "台南", "台灣", "科技工業區", H4, note="第三期規畫中"),
  park("南科沙崙生態科學園區", "台南", "台灣", "科學園區", H5, aliases=["南科第4期"], opt=True, note="籌設計畫已函報行政院"),
 ],
 institutions=[
  inst("國科會", H5, note="南科沙崙生態科學園區籌設機關"),
 ],
 companies=[
  comp("台積電", NK, H0, note="2奈米晶圓廠規畫在南部科學園區特定區A區"),
 ],
 projects=[
  proj("2奈米晶圓廠", NK, H0, companies=["台積電"], status="planned", status_text="規畫…興建", note="南部科學園區特定區A區；基地約15.46公頃"),
  proj("柳營科技工業區第三期", LY, H4, phase="第三期", status="planned", status_text="亦在規畫中"),
  proj("南科沙崙生態科學園區籌設計畫", None, H5, status="planned", status_text="已於2025年10月3日函報行政院", opt=True,
       note="新園區本身的籌設計畫"),
 ],
 aggregate_facts=[
  fact("2奈米晶圓廠", "project", "site_area_ha", 15.46, "ha", H0, "2026年3月", qual="约", qtext="約", opt=True),
  fact(XJ, "park", "firms", 145, "count", H2, AS8),
  fact(XJ, "park", "firms_operating", 130, "count", H2, AS8),
  fact(XJ, "park", "firms_under_construction", 11, "count", H2, AS8),
  fact(XJ, "park", "firms_planning", 4, "count", H2, AS8, opt=True),
  fact(QG, "park", "firms_land_purchased", 38, "count", H3, "2026年2月"),
  fact(QG, "park", "expected_jobs", 6000, "count", H3, "未來（預估）", kind="target"),
  fact(QG, "park", "investment_twd", 2.9e10, "twd", "投資額約290億元", "2026年2月", qual="约", qtext="約", chk=True),
  fact(LY, "park", "expected_jobs", 3000, "count", H4, "第三期（預計）", kind="target"),
  fact(LY, "park", "expected_annual_output_twd", 4e10, "twd", "年產值超過400億元", "第三期（預計）", kind="target", qual="超", qtext="超過", chk=True),
  fact("台南市", "region", "registered_factories", 9606, "count", "截至今年2月底，台南市工廠登記家數達9606家，相較去年新增登記工廠474家", AS8, opt=True),
  fact("台南市", "region", "new_registered_factories", 474, "count", "相較去年新增登記工廠474家", AS8, opt=True),
  fact("台南市", "region", "metal_machinery_plastics_factories", 4768, "count", "合計達4768家，占比將近5成", AS8, opt=True),
 ])
