# real143 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52 (and real114 for Taiwan items): evidence verbatim, traditional script as published (nothing
# converted); names as written in the text; 逾/超過/超/以上/突破 → 超, 餘/多 → 余, 約/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan only in investment_cny / *_cny facts — none here. New Taiwan dollars go in *_twd facts and in
# projects as investment_value + investment_currency "twd" (investment_cny null); Hong Kong dollars likewise "hkd".
# 兆 = 1e12 (amt() parses it; chk=True asserts evidence amount == value). Growth rates and shares as ratios.
# Forecasts (預估 / 預計 / 可望) are kind target with “（預估）” in as_of. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/wjNN.raw as returned.

TW = "台灣"

# ---------------------------------------------------------------- wj01 橋頭科學園區 招商說明會 (自由時報 2025-11-14)
QT = "橋頭科學園區"
A0 = "位在高雄的橋頭科學園區，是結合半導體、智慧機械、航太產業、精密儀器等重要的產業科學發展聚落"
A1 = "其中包含26家企業即將進入產業預定地，例如電子零組件大廠國巨、半導體供應鏈鴻海、日月光、智慧機械鈦昇科技、鴻華、華騰、新特、志威科技、凱舟等大廠進駐"
A2 = "結合嘉義園區、臺南園區、沙崙智慧科學城、高雄路竹科學園區、橋頭園區、楠梓園區、屏東園區等，打造南臺灣科技產業廊道"
A3 = "橋頭科學園區預計提供1萬1000個就業機會，預估創造1800億元產值"
AS1 = "2025-11-14（預估，園區完成後）"
G["wj01"] = dict(
 article=art("（無標題）橋頭科學園區26家企業即將進駐 政院南部聯合服務中心舉行招商說明會", "自由時報 自由財經（記者李惠洲／高雄報導），ec.ltn.com.tw", "2025-11-14", "day",
  "Taiwan daily's business site: a science park's investment-promotion briefing — 26 firms about to enter (nine named), the southern park corridor, expected jobs and output",
  "https://ec.ltn.com.tw/article/breakingnews/5246045",
  "日期取存段日期標記“date 2025-11-14”（搜尋工具所加）與“今（14）日”。存段無標題行（title 為編者概括）。首行圖說與末行圖說（“（記者李惠洲攝）”）已刪；正文三段，完整。繁體原文，未轉換。金額為新台幣（記 twd）。園區：橋頭科學園區（高雄；文中又作“橋科”“橋頭園區”）。陳文亮所列嘉義園區、臺南園區、沙崙智慧科學城、高雄路竹科學園區、楠梓園區、屏東園區只作廊道組成出現，列為可選園區。公司：國巨、鴻海、日月光、鈦昇科技、鴻華、華騰、新特、志威科技、凱舟（“即將進入產業預定地……進駐”，園區橋頭科學園區）。事實：26家企業即將進駐；預計就業1萬1000個、預估產值1800億元（target）。",
  "wj01"),
 parks=[
  park(QT, "高雄", TW, "科學園區", A0, aliases=["橋科", "橋頭園區"], note="國科會南部科學園區的一部分（文中未說）"),
  park("嘉義園區", "嘉義", TW, "科學園區", A2, opt=True, note="只作南臺灣科技產業廊道組成出現"),
  park("臺南園區", "台南", TW, "科學園區", A2, opt=True, note="同上"),
  park("沙崙智慧科學城", "台南", TW, "科學城", A2, opt=True, note="同上"),
  park("高雄路竹科學園區", "高雄", TW, "科學園區", A2, opt=True, note="同上"),
  park("楠梓園區", "高雄", TW, "科技產業園區", A2, opt=True, note="同上"),
  park("屏東園區", "屏東", TW, "科學園區", A2, opt=True, note="同上"),
 ],
 companies=[comp(n, QT, A1, note="即將進入橋科產業預定地") for n in
            ["國巨", "鴻海", "日月光", "鈦昇科技", "鴻華", "華騰", "新特", "志威科技", "凱舟"]],
 institutions=[
  inst("政院南部聯合服務中心", "今（14）日由政院南部聯合服務中心舉行招商說明會", note="行政院南部聯合服務中心"),
  inst("國土署南部管理機構", "這段期間我們每年都會跟國土署南部管理機構來舉辦說明會"),
 ],
 aggregate_facts=[
  fact(QT, "park", "firms_to_enter", 26, "count", A1, "2025-11-14", note="即將進入產業預定地的企業"),
  fact(QT, "park", "jobs_expected", 11000, "count", A3, AS1, kind="target"),
  fact(QT, "park", "annual_output_expected_twd", 1.8e11, "twd", A3, AS1, kind="target", chk=True, note="新台幣"),
 ])

# ---------------------------------------------------------------- wj02 科學園區上半年營收 (自由時報 2025-09-24)
SP = "科學園區"
B0 = "國科會轄下主管3大科學園區今(24)日公布今年上半年營收"
B1 = "全部園區加總營業額再創新高,達2.74兆元,較2024年上半年成長26.74%"
B2 = "其中竹科0.82兆元,較去年同期成長11.47%"
B3 = "中科0.54兆元,成長8.14%"
B4 = "南科1.38兆元,成長48.78%"
B5 = "竹科組長李淑美報告,新引進16家公司,包含前瞻半導體、高階醫材等,核准投資額56億元"
B6 = "積體電路雖成長8%但營業額超過4371億元最高"
H1 = "2025年上半年"
G["wj02"] = dict(
 article=art("科學園區上半年營收2.74兆 較去年同期成長26.74%", "自由時報 自由財經（記者吳柏軒／台北報導），ec.ltn.com.tw 列印版", "2025-09-24", "day",
  "Taiwan daily's business site: the three science parks' half-year revenue — totals and growth per park, growth by industry, new firms and approved investment",
  "https://ec.ltn.com.tw/article/breakingnews/5189013/print",
  "日期取頁面“2025/09/24 11:19”與“今(24)日”。採列印版（/print；非列印版 https://ec.ltn.com.tw/article/breakingnews/5189013 同文，全形標點）。頻道名“自由財經”、時間行與重複兩次的圖說已刪。存段在末段“南科組長陳郁良表示,受惠AI,上半年成長48.78%達1.38兆”處中斷，該半句刪去（make_txt.py LINE_SUFFIX），正文止於“…推動產業聚落;”。繁體原文。金額新台幣（twd；兆=1e12）。園區：竹科、中科、南科（文中只用簡稱；新竹／中部／南部科學園區），“3大科學園區”整體作 park_group“科學園區”。事實：整體營業額2.74兆元、成長26.74%；三園區各自營業額與成長；竹科新引進16家、核准投資額56億元；中科積體電路營業額超過4371億元（可選）。各產業成長率只給一項積體電路（可選），其餘不列。國科會列可選機構。",
  "wj02"),
 parks=[
  park("竹科", "新竹", TW, "科學園區", B2, note="新竹科學園區的簡稱；文中只用簡稱"),
  park("中科", "台中", TW, "科學園區", B3, note="中部科學園區的簡稱"),
  park("南科", "台南", TW, "科學園區", B4, note="南部科學園區的簡稱"),
 ],
 institutions=[inst("國科會", B0, note="三大科學園區的主管機關")],
 aggregate_facts=[
  fact(SP, "park_group", "revenue_twd", 2.74e12, "twd", B1, H1, chk=True, note="三大科學園區合計；新台幣"),
  fact(SP, "park_group", "revenue_growth", 0.2674, "ratio", B1, H1, kind="ratio", note="較2024年上半年"),
  fact("竹科", "park", "revenue_twd", 8.2e11, "twd", B2, H1, chk=True),
  fact("竹科", "park", "revenue_growth", 0.1147, "ratio", B2, H1, kind="ratio"),
  fact("中科", "park", "revenue_twd", 5.4e11, "twd", B3, H1, chk=True),
  fact("中科", "park", "revenue_growth", 0.0814, "ratio", B3, H1, kind="ratio"),
  fact("南科", "park", "revenue_twd", 1.38e12, "twd", B4, H1, chk=True),
  fact("南科", "park", "revenue_growth", 0.4878, "ratio", B4, H1, kind="ratio"),
  fact("竹科", "park", "firms_introduced", 16, "count", B5, H1),
  fact("竹科", "park", "approved_investment_twd", 5.6e9, "twd", B5, H1, chk=True),
  fact("中科", "park", "ic_revenue_twd", 4.371e11, "twd", B6, H1, qual="超", qtext="超過", opt=True, chk=True),
  fact(SP, "park_group", "ic_revenue_growth", 0.3433, "ratio", "積體電路受惠AI帶動,成長34.33%最多", H1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wj03 前瞻預算 科技產業園區改建 (Kaonews 2023-08-02)
QZ, NZ, PD = "前鎮科技園區", "楠梓科技產業園區", "屏東科技產業園區"
C0 = "前瞻支持34.44億元特別預算,而立體化更新後的「科技產業園區」預計可創造約300億元投資額"
C1 = "包括前鎮、楠梓及後續屏東科技產業園區等三大園區的開發及改建,可以帶來8,400就業機會,新增園區用地26.86公頃"
C2 = "三大園區中,前鎮科技園區已經完成,透過約24億前瞻特別預算,把原來的高雄加工出口區改建為立體化新廠房"
C3 = "預計新增投資額 124 億元、創造 3,000 名就業機會"
C4 = "則已由緯創高雄晶傑達光電科技在112 5 月舉行 B3 廠新建工程開工典禮,新廠初期投資額逾 100 億元"
C5 = "另外的楠梓科技產業園區,因應後續半導體產業、「S廊帶」群聚效應,在既有場域更新計畫之上,也爭取到前瞻特別預算6億多元支持,興建新的創新產業大樓"
C6 = "第一期更新基地也已有穎崴科技將要投資,而新大樓仍可吸引新增投資額25億元"
AS3 = "2023-08（預估）"
G["wj03"] = dict(
 article=art("前瞻預算相挺 園區改建預算34億 引進約300億元投資", "Kaonews 焦點新聞（高雄在地新聞網；無記者署名）", "2023-08-02", "day",
  "Kaohsiung local news site relaying the Ministry of Economic Affairs: rebuilding export-processing zones into multi-storey 'technology industrial parks' — budget, expected investment and jobs, a finished park, a plant started in its swing site, a planned building",
  "https://kaonews.com/news64cbf59b73cea.htm",
  "日期取頁面“2023-08-02  17:42”。欄目選單、時間行、瀏覽數、重複的標題與圖說“▲前瞻支持34.44億元預算,…”已刪；正文首行的“Kaonews焦點新聞/報導】”（左括號在頁上已缺）作署名碎片刪去（make_txt.py LINE_PREFIX）。存段在第四段“在擴區、開發的努力上,經濟部指出, 屏東科技產業園區則是因應台商回台需求及區域”處中斷，該段整段刪去；正文三段，止於“…新增投資額25億元。”。“在112 5 月”（民國112年5月）照錄。繁體原文。金額新台幣（twd）。園區：前鎮科技園區（原高雄加工出口區，記為別名）、楠梓科技產業園區、屏東科技產業園區（高雄、屏東）；“科技產業園區”泛稱作 park_group。公司：緯創高雄晶傑達光電科技（前鎮更新計畫的周轉基地，園區記前鎮科技園區——由段落語境推斷）、穎崴科技（楠梓第一期更新基地）。項目：晶傑達 B3 廠新建工程（開工，逾100億元）；前鎮科技園區立體化更新（已完成→竣工；“約24億”無“元”字且為政府預算，不作投資額）；楠梓創新產業大樓（興建中或將興建，狀態不明→status null，可選；“6億多元”為預算）。事實：前瞻預算34.44億元、預計約300億元投資額、三園區8,400就業與新增用地26.86公頃、前鎮預計新增投資124億元與3,000就業、出租率100%、楠梓新大樓可吸引25億元。",
  "wj03"),
 parks=[
  park(QZ, "高雄", TW, "科技產業園區", C2, district="前鎮區", aliases=["高雄加工出口區"], note="原高雄加工出口區，立體化改建；標題外文中又作“前鎮”"),
  park(NZ, "高雄", TW, "科技產業園區", C5, district="楠梓區"),
  park(PD, "屏東", TW, "科技產業園區", C1, note="“後續”開發／擴區"),
 ],
 companies=[
  comp("緯創高雄晶傑達光電科技", QZ, C4, note="緯創集團；前鎮更新計畫釋出的周轉基地（園區由語境推斷）"),
  comp("穎崴科技", NZ, C6, note="第一期更新基地將要投資"),
 ],
 institutions=[
  inst("經濟部", "經濟部表示,加工處透過前瞻預算,啟動園區立體化工程"),
  inst("加工處", "經濟部表示,加工處透過前瞻預算,啟動園區立體化工程", note="經濟部加工出口區管理處"),
 ],
 projects=[
  proj("緯創高雄晶傑達光電科技B3廠新建工程", QZ, C4, companies=["緯創高雄晶傑達光電科技"], inv="逾 100 億元", qual="超", qual_text="逾",
       currency="twd", value=1e10, status="开工", status_text="在112 5 月舉行 B3 廠新建工程開工典禮", aliases=["B3 廠新建工程"],
       note="新台幣；新廠初期投資額；開工典禮在2023年5月"),
  proj("前鎮科技園區立體化更新", QZ, C2, status="竣工", status_text="已經完成", note="約24億前瞻特別預算（政府預算、無“元”字，不作投資額）；啟用僅4個月已100%出租"),
  proj("楠梓科技產業園區創新產業大樓", NZ, C5, status=None, status_text="爭取到前瞻特別預算6億多元支持,興建新的創新產業大樓", opt=True,
       note="“6億多元”為前瞻預算，不作投資額；新大樓可吸引新增投資額25億元"),
 ],
 aggregate_facts=[
  fact("科技產業園區", "park_group", "government_budget_twd", 3.444e9, "twd", C0, "2023-08", chk=True, note="前瞻特別預算"),
  fact("科技產業園區", "park_group", "investment_expected_twd", 3e10, "twd", "立體化更新後的「科技產業園區」預計可創造約300億元投資額", AS3,
       kind="target", qual="约", qtext="約", chk=True),
  fact("科技產業園區", "park_group", "jobs_expected", 8400, "count", C1, AS3, kind="target", note="前鎮、楠梓、屏東三園區"),
  fact("科技產業園區", "park_group", "new_land_ha", 26.86, "ha", C1, AS3, kind="target", opt=True, note="新增園區用地"),
  fact(QZ, "park", "investment_expected_twd", 1.24e10, "twd", C3, AS3, kind="target", chk=True),
  fact(QZ, "park", "jobs_expected", 3000, "count", C3, AS3, kind="target"),
  fact(QZ, "park", "occupancy_rate", 1.0, "ratio", "啟用僅4個月,已100%出租", "2023-08", kind="ratio"),
  fact(QZ, "park", "floor_area_added_m2", 80000, "m2", "新增總樓地板面積約 8 萬平方公尺產業空間", "2023-08", qual="约", qtext="約", opt=True),
  fact(NZ, "park", "investment_expected_twd", 2.5e9, "twd", C6, AS3, kind="target", chk=True, note="新大樓可吸引的新增投資額"),
 ])

# ---------------------------------------------------------------- wj04 南科 2020 營業額 (工商時報 2021-03-05)
NK = "南科"
D0 = "南科六大產業,以半導體產業營業額5,465.87億元為最大宗,營收成長達20.71%"
D1 = "光電產業營業額2,122.76億元居次,營收成長為0.09%"
D2 = "另外,2020年共引進22家廠商,投資額達2,788億元"
D3 = "並推動橋頭園區、台南園區三期擴建及嘉義園區與屏東園區朝精緻多元、優生活、低耗能之新型態園區發展"
G["wj04"] = dict(
 article=art("（無標題）南科2020年半導體營業額5,465.87億元 引進22家廠商投資2,788億元", "工商時報（chinatimes.com 報紙版；存段無署名）", "2021-03-05", "day",
  "Taiwan business daily: a science park's 2020 revenue by industry, firms introduced and their investment, and its expansion plans",
  "https://www.chinatimes.com/newspapers/20210305000286-260208",
  "日期取網址“20210305”（報紙版刊出日）。存段從文中“該管理局表示,…”開始，無標題行與前文（title 為編者概括）；末尾標籤行“#成長 #營業額 …”已刪。正文兩段。繁體原文。金額新台幣（twd）；“2020年”數字。園區：南科（南部科學園區；“該管理局”即南科管理局）；橋頭園區、台南園區、嘉義園區、屏東園區只作南科轄下園區的發展計畫出現，列為可選（parent 南科）。事實：半導體營業額5,465.87億元、成長20.71%；光電2,122.76億元、成長0.09%；2020年引進22家廠商、投資額2,788億元。台南園區三期擴建列為可選 planned 項目。",
  "wj04"),
 parks=[
  park(NK, "台南", TW, "科學園區", D0, note="南部科學園區；管理局發布"),
  park("橋頭園區", "高雄", TW, "科學園區", D3, parent=NK, opt=True),
  park("台南園區", "台南", TW, "科學園區", D3, parent=NK, opt=True),
  park("嘉義園區", "嘉義", TW, "科學園區", D3, parent=NK, opt=True),
  park("屏東園區", "屏東", TW, "科學園區", D3, parent=NK, opt=True),
 ],
 projects=[
  proj("台南園區三期擴建", "台南園區", D3, status="planned", status_text="推動", opt=True),
 ],
 aggregate_facts=[
  fact(NK, "park", "semiconductor_revenue_twd", 5.46587e11, "twd", D0, "2020年", chk=True),
  fact(NK, "park", "semiconductor_revenue_growth", 0.2071, "ratio", D0, "2020年", kind="ratio"),
  fact(NK, "park", "optoelectronics_revenue_twd", 2.12276e11, "twd", D1, "2020年", chk=True, opt=True),
  fact(NK, "park", "optoelectronics_revenue_growth", 0.0009, "ratio", D1, "2020年", kind="ratio", opt=True),
  fact(NK, "park", "firms_introduced", 22, "count", D2, "2020年"),
  fact(NK, "park", "investment_introduced_twd", 2.788e11, "twd", D2, "2020年", chk=True),
 ])

# ---------------------------------------------------------------- wj05 橋頭科學園區 26家核准廠商 (工商時報 2025-11-14)
E0 = "屬於行政院「大南方、大發展」戰略核心之一的橋頭科學園區,目前已有26家核准廠商投資設廠,產業用地的進駐率約50.34%,使用土地78.25公頃"
E1 = "包括華騰國際、鴻華先進、新特系統、以及及凱舟濾材等廠商,陸續動工或建廠完成"
E2 = "南科管理局副局長林秀貞指出,橋科目前已有26家核准廠商投資設廠,包括快閃記憶體模組的華騰國際、電動巴士的鴻華先進、晶片探針介面卡的新特系統、以及生醫級活性碳改質濾材的凱舟等"
E3 = "南科管理局科長王永和指出,橋科土地面積262.94公頃"
E4 = "分別占產業創新9家、半導體6家、智慧機械7家、以及精準健康4家"
AS5 = "2025-11-14"
G["wj05"] = dict(
 article=art("橋頭科學園區已有26家核准廠商投資設廠 產業用地需求逾半", "工商時報（顏瑞田），載於 LINE TODAY（today.line.me）", "2025-11-14", "day",
  "Taiwan business daily on a news portal: a science park's investment and land take-up — approved firms (four named, by product), land area used, share of industrial land, firms by industry",
  "https://today.line.me/tw/v3/article/Za57B3Q",
  "日期：頁面只作“發布於 11月14日08:43”，年份由文中“行政院南部聯合服務中心14日…公布”及同一記者會的自由時報 2025-11-14 報道（wj01）推得 2025；‘08:43’早於記者會時刻，或為編輯時間——日期有不確定。瀏覽器提示、欄目“理財”、出處行“工商時報”與“發布於…• 顏瑞田”已刪。存段在末段“她說,在各界努力下,南臺灣S廊帶已逐步成形,將成為台灣”處中斷，該段整段刪去；正文六段，止於“…改善流程並提升效率。”。“以及及凱舟濾材”（衍字）照錄。繁體原文，LINE TODAY 轉載全文（非轉換、非改寫）。與 wj01 同一場記者會，出處、數字與廠商不同（此篇有面積、進駐率、產業別家數）。園區：橋頭科學園區（“橋科”）。公司：華騰國際、鴻華先進、新特系統、凱舟濾材（又作“凱舟”），“陸續動工或建廠完成”→不逐一給狀態。機構：行政院南部聯合服務中心、內政部國土署南工分署、南科管理局、高雄市政府經濟發展局（可選）。事實：26家核准廠商、進駐率約50.34%、使用土地78.25公頃、土地面積262.94公頃、產業別家數（可選）。",
  "wj05"),
 parks=[park(QT, "高雄", TW, "科學園區", E0, aliases=["橋科"], note="南部科學園區（南科管理局）轄下")],
 companies=[
  comp("華騰國際", QT, E1, note="快閃記憶體模組"),
  comp("鴻華先進", QT, E1, note="電動巴士"),
  comp("新特系統", QT, E1, note="晶片探針介面卡"),
  comp("凱舟濾材", QT, E1, aliases=["凱舟"], note="生醫級活性碳改質濾材"),
 ],
 institutions=[
  inst("行政院南部聯合服務中心", "行政院南部聯合服務中心14日攜手內政部國土署南工分署、南科管理局、以及高雄市政府經濟發展局,公布橋頭科學園區開發與招商最新進度"),
  inst("內政部國土署南工分署", "行政院南部聯合服務中心14日攜手內政部國土署南工分署、南科管理局、以及高雄市政府經濟發展局"),
  inst("南科管理局", E2, kind="park_admin", park=QT),
  inst("高雄市政府經濟發展局", "行政院南部聯合服務中心14日攜手內政部國土署南工分署、南科管理局、以及高雄市政府經濟發展局"),
 ],
 aggregate_facts=[
  fact(QT, "park", "approved_firms", 26, "count", E0, AS5, kind="cumulative", note="核准廠商投資設廠"),
  fact(QT, "park", "industrial_land_take_up_ratio", 0.5034, "ratio", E0, AS5, kind="ratio", qual="约", qtext="約"),
  fact(QT, "park", "land_used_ha", 78.25, "ha", E0, AS5, kind="cumulative"),
  fact(QT, "park", "area_ha", 262.94, "ha", E3, AS5),
  fact(QT, "park", "firms_industrial_innovation", 9, "count", E4, AS5, opt=True),
  fact(QT, "park", "firms_semiconductor", 6, "count", E4, AS5, opt=True),
  fact(QT, "park", "firms_smart_machinery", 7, "count", E4, AS5, opt=True),
  fact(QT, "park", "firms_precision_health", 4, "count", E4, AS5, opt=True),
 ])

# ---------------------------------------------------------------- wj06 河套 港深創新及科技園 (文匯網 2018-05-03)
HT = "港深創新及科技園"
F0 = "當中,200億元用作發展落馬洲河套地區港深創新及科技園,包括土地平整、基礎設施、上蓋建設和早期營運等"
F1 = "港府亦會向創新及科技基金注資100億元,繼續透過基金下不同資助計劃,支援本地的應用研發工作及創科項目"
F2 = "財政預算案史無前例地額外投放超過500億元加速本港的創科發展"
G["wj06"] = dict(
 article=art("（無標題）張建宗：河套區有望成為「中國矽谷」 200億元發展港深創新及科技園", "文匯網 news.wenweipo.com（大公文匯全媒體新聞中心供稿）", "2018-05-03", "day",
  "Hong Kong newspaper site: an official's forum speech — the Lok Ma Chau Loop science park co-developed with Shenzhen, its budget allocation, and a fund injection",
  "http://news.wenweipo.com/2018/05/03/IN1805030029.htm",
  "日期取網址“2018/05/03”與“今日(3日)”。存段無標題行（title 為編者概括）。“(大公文匯全媒體新聞中心供稿)”與“責任編輯:梁瀟瀟”已刪；正文三段，完整。繁體原文。地點在香港（落馬洲河套區，港深交界）——不在本集原定的內地／台灣範圍內，作為港方報紙談港深合作園區的一項列入。金額為港元（記 hkd）。園區：港深創新及科技園（落馬洲河套地區；別名“落馬洲河套區”“河套區”）。項目：發展港深創新及科技園（200億元，planned；土地平整、基建、上蓋建設、早期營運）。基金：創新及科技基金（注資100億元，非基金規模→size 空）。事實：額外投放超過500億元（香港，可選）。",
  "wj06"),
 parks=[park(HT, "香港", "香港", "科技園", F0, aliases=["落馬洲河套區", "河套區"], note="港深共同開發；落馬洲河套地區")],
 institutions=[
  inst("深圳市政協歷屆港澳聯誼會", "深圳市政協歷屆港澳聯誼會和粵港澳大灣區經貿協會今早舉辦「粵港澳大灣區論壇」", kind="association", note="論壇主辦，與園區無關"),
  inst("粵港澳大灣區經貿協會", "深圳市政協歷屆港澳聯誼會和粵港澳大灣區經貿協會今早舉辦「粵港澳大灣區論壇」", kind="association", note="同上"),
 ],
 projects=[
  proj("發展落馬洲河套地區港深創新及科技園", HT, F0, inv="200億元", currency="hkd", value=2e10, status="planned", status_text="用作發展",
       note="港元；財政預算案撥款"),
 ],
 funds=[fund("創新及科技基金", None, F1, note="港府注資100億元（港元），非基金規模；與園區無直接關係")],
 aggregate_facts=[
  fact("香港", "region", "innovation_budget_hkd", 5e10, "hkd", F2, "2018-19年度財政預算案", qual="超", qtext="超過", opt=True, chk=True),
 ])
