# real160 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py).
# Conventions as real28–real52, plus for this Taiwan set: evidence verbatim in the traditional script as published (ASCII
# commas where the copy has them); names as written. Every amount is New Taiwan dollars (the texts write 億元 / 萬 / 億 without
# a currency word, or 新台幣): projects keep investment_text verbatim with investment_cny None and investment_value +
# investment_currency "TWD"; money facts use *_twd metrics (unit "twd"), never *_cny. 逾/超過/以上/上看 → 超 only where the
# word bounds the figure from below (上看 = “up to”, kept as qualifier_text with qualifier None), 餘/多 → 余, 約/近 → 约 (the checker's simplified qualifier and status codes: 约, 开工, 投产).
# Land in 坪 (unit "ping") or 公頃 (unit "ha") as written. Park city = the 縣/市, province "臺灣". “預估 / 預計 / 可望” figures
# are kind target. A project's park is the one the text places it in, null if none.
TW = "臺灣"

# ---------------------------------------------------------------- vc01 和大工業集團 新建員工社區住宅動土 (2020)
DPM = "大埔美精密機械園區"
A0 = "全球最大電動車廠特斯拉減速齒輪箱獨家供應商和大工業集團，十八日在大埔美精密機械園區舉行新建社區住宅動土典禮"
A1 = "在大埔美精密機械園區擁有三萬七千多坪土地，目前一、二廠全線生產中，三廠今年第一季將完成興建"
A2 = "沈國榮指出，和大在大埔美園區設產五年，一、二廠去年年產值已超過三十億元"
A3 = "三廠今年二月可以拿到使用執照，預計八月投產"
A4 = "即將投資一百五十億元的五、六廠明年中旬動工，將來五個廠全數量產後，年產值將超過一百億元"
A5 = "和大公司為提供員工居住需求，在大埔美園區一期申購二千十五坪的社區用地，預計興建四十二戶優質的社區住宅提供公司同仁使用"
G["vc01"] = dict(
 article=art("特斯拉減速齒輪箱獨家供應商和大工業集團 新建員工社區住宅動土", "記者張誼（嘉義縣報導），轉載於和大工業集團網站改版原型的「最新消息」頁（GitHub yl3030/HOTA-2）", "2020-12-26", "day",
  "Local press item reprinted on a listed firm's own website (news page of a site build kept on GitHub), Chiayi County: a precision-machinery park's anchor firm breaks ground on staff housing; its plants 1–2 in production, plant 3 due in production, plants 5–6 (15 billion NTD) to start next year, output figures",
  "GitHub yl3030/HOTA-2, path news-content.php, commit 2d61fc63a8f590ba1d57307fba7d31ee24af0d12",
  "日期取頁面「日期｜109-12-26」（民國109年=2020年）；動土在「十八日」（2020-12-18，由頁面日期推定，文中無月份）。標題照錄；PHP/HTML 框架、日期行、文末署名「記者張誼／嘉義縣報導」與「返回列表」已刪；正文四段，完整。「今年」「去年」「明年」按文中語境（2020年發稿，但「三廠今年第一季將完成興建」「今年二月可以拿到使用執照」寫作時點似為2021年初或2020年底，文字不一致，as_of 照錄原詞）。金額均為新臺幣（文中不寫幣別），不入 investment_cny。園區：大埔美精密機械園區（又作「大埔美園區」；嘉義縣，縣長翁章梁）。公司：和大工業集團（又作和大工業、和大集團、和大公司、和大）。項目：五、六廠（一百五十億元，明年中旬動工→planned）；三廠（興建將完成、預計八月投產→在建）；新建社區住宅（動土→開工）；一、二廠（全線生產中，可選）。",
  "vc01"),
 parks=[park(DPM, "嘉義縣", TW, "精密機械園區", A0, aliases=["大埔美園區"], note="又作「大埔美園區」；「大埔美園區一期」為其一期")],
 companies=[comp("和大工業集團", DPM, A0, aliases=["和大工業", "和大集團", "和大公司", "和大"], note="特斯拉減速齒輪箱獨家供應商")],
 institutions=[],
 projects=[
  proj("和大五、六廠", DPM, A4, companies=["和大工業集團"], inv="一百五十億元", currency="TWD", value=15e9, status="planned", status_text="明年中旬動工",
       aliases=["五、六廠"], note="新臺幣；中文數字金額"),
  proj("和大三廠", DPM, A3, companies=["和大工業集團"], status="在建", status_text="今年第一季將完成興建；預計八月投產", aliases=["三廠"],
       note="status_alt 投產不取：八月投產是預計"),
  proj("新建員工社區住宅", DPM, A0, companies=["和大工業集團"], status="开工", status_text="動土", aliases=["社區住宅"],
       note="社區用地在大埔美園區一期，二千十五坪，四十二戶"),
  proj("和大一、二廠", DPM, A1, companies=["和大工業集團"], status="投产", status_text="全線生產中", aliases=["一、二廠"], opt=True, note="既有工廠"),
 ],
 funds=[],
 aggregate_facts=[
  fact("和大工業集團", "company", "output_value_twd", 3e9, "twd", A2, "去年（2019或2020年）", qual="超", qtext="已超過",
       note="一、二廠年產值，三十億元（新臺幣，中文數字）"),
  fact("和大工業集團", "company", "output_value_twd", 1e10, "twd", A4, "五個廠全數量產後", kind="target", qual="超", qtext="將超過", opt=True),
  fact("和大工業集團", "company", "land_ping", 37000, "ping", A1, "2020年12月", qual="余", qtext="三萬七千多坪", note="在大埔美精密機械園區擁有的土地"),
  fact("和大工業集團", "company", "land_purchased_ping", 2015, "ping", A5, "2020年12月", opt=True, note="大埔美園區一期申購的社區用地"),
  fact("和大工業集團", "company", "housing_units_planned", 42, "count", A5, "2020年12月", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- vc02 苗栗 銅鑼科學園區、竹南科學園區 招商 (聯合報 2020)
TL, ZN = "銅鑼科學園區", "竹南科學園區"
B0 = "苗栗縣銅鑼科學園區、竹南科學園區招商投資設廠有進展,今年大陸回流台商逾20家洽詢銅科設廠土地,縣府6月安排4家會勘"
B1 = "至於台灣積體電路製造股份有限公司3000億餘元竹南先進封測廠建廠案,依期程6月29日辦理施工前公開說明會"
B2 = "除較近期的銅科還有近35公頃土地,其他園區接近飽和"
B3 = "縣內包括銅鑼、竹南科學園區,共開發完成8大工業區"
B4 = "縣府6月安排4次會勘,初估投資3億元,金額還會持續攀升"
B5 = "力晶科技股份有限公司轉投資的力晶積成電子製造股份有限公司,計畫斥資2700餘億元興建晶圓製造廠,辦理租地作業中"
B6 = "此外,台積電投資3032億元在竹南興建先進製程封測廠案"
B7 = "台積電力拚明年5月竹南科先進製程封測廠北廠區完工,明年中運轉,初估可提供1000個以上的就業機會"
G["vc02"] = dict(
 article=art("（無標題）苗栗縣銅鑼科學園區、竹南科學園區招商投資設廠有進展", "聯合報（記者范榮達／苗栗報導），載於好房網 news.housefun.com.tw", "2020-06", "month",
  "National daily on a real-estate news portal, Miaoli County: returning Taiwanese firms ask for land in two science parks; TSMC's advanced packaging plant in Zhunan (3032億元) before construction, a PSMC wafer fab (2700餘億元) leasing land, land left, site visits",
  "https://news.housefun.com.tw/news/article/599676263627.html",
  "摘錄無標題、無日期行，以首句為標題摘要（title_note）。日期由文中推定：台積電竹南廠「6月29日辦理施工前公開說明會」「明年5月…完工」與「台灣防疫做的好」→2020年6月（月份精度，推定）。署名行「聯合報記者范榮達/苗栗報導」與圖說「大陸回流台商逾20家洽詢…圖/苗栗縣政府提供」已刪，其餘五段照錄、完整。金額均為新臺幣。園區：銅鑼科學園區（又作「銅科」）、竹南科學園區（苗栗縣；與新竹科學工業園區管理局合作招商，文中未寫隸屬，parent 不填）。「8大工業區」為縣內總數，不列園區。台積電竹南先進封測廠：首段「3000億餘元」、末段「投資3032億元」，取3032億元，3000億餘元為 alt；施工前公開說明會→planned；園區由「竹南科先進製程封測廠」推定為竹南科學園區。力晶積成晶圓廠：2700餘億元，辦理租地中→planned，文中未寫地點（park null）。",
  "vc02", title_note="摘錄無標題，取首句"),
 parks=[
  park(TL, "苗栗縣", TW, "科學園區", B0, district="銅鑼鄉", aliases=["銅科"], note="又作「銅科」"),
  park(ZN, "苗栗縣", TW, "科學園區", B0, district="竹南鎮"),
 ],
 companies=[
  comp("台灣積體電路製造股份有限公司", ZN, B1, aliases=["台積電"], note="竹南先進封測廠；園區由「竹南科先進製程封測廠」推定"),
  comp("力晶積成電子製造股份有限公司", None, B5, note="地點文中未寫"),
  comp("力晶科技股份有限公司", None, B5, opt=True, note="力晶積成的母公司"),
 ],
 institutions=[inst("新竹科學工業園區管理局", "縣府持續與科技部新竹科學工業園區管理局新竹科管局合作介紹廠商進駐"),
               inst("苗栗縣政府工商發展處", "今年至今與苗栗縣政府工商發展處、經濟部投資台灣事務所聯繫")],
 projects=[
  proj("台積電竹南先進封測廠", ZN, B6, companies=["台灣積體電路製造股份有限公司"], inv="3032億元", currency="TWD", value=3032e8,
       status="planned", status_text="施工前公開說明會", aliases=["竹南先進封測廠", "先進製程封測廠"],
       alt_investment={"investment_text": "3000億餘元", "investment_cny": None, "investment_value": 3000e8, "investment_currency": "TWD", "qualifier": "余"},
       note="首段作「3000億餘元」；北廠區力拚明年5月完工、明年中運轉"),
  proj("力晶積成晶圓製造廠", None, B5, companies=["力晶積成電子製造股份有限公司"], inv="2700餘億元", qual="余", currency="TWD", value=2700e8,
       status="planned", status_text="計畫斥資…辦理租地作業中", aliases=["晶圓製造廠"], unparsed=False, note="地點文中未寫"),
 ],
 funds=[],
 aggregate_facts=[
  fact(TL, "park", "firms_inquiring", 20, "count", B0, "2020年（今年至6月）", kind="cumulative", qual="超", qtext="逾20家", note="大陸回流台商洽詢銅科設廠土地"),
  fact(TL, "park", "land_available_ha", 35, "ha", B2, "2020年6月", qual="约", qtext="近35公頃"),
  fact("苗栗縣", "region", "industrial_parks", 8, "count", B3, "2020年6月", opt=True, note="縣內開發完成的8大工業區（含銅鑼、竹南科學園區）"),
  fact("苗栗縣", "region", "site_visit_investment_twd", 3e8, "twd", B4, "2020年6月", kind="target", note="6月4次會勘初估投資，新臺幣", opt=True),
  fact("台積電竹南先進封測廠", "project", "jobs_created", 1000, "count", B7, "運轉後（預估）", kind="target", qual="超", qtext="1000個以上", opt=True),
 ],
)

# ---------------------------------------------------------------- vc03 台東縣 釋出鹿野、利家工業區土地 (更生日報 2019)
LY, LJ = "鹿野工業區", "利家工業區"
C0 = "此次釋出的縣有工業區土地包含鹿野工業區及利家工業區共十筆、約一萬坪土地"
C1 = "廠商將投入三億元以上資金進行開發設廠"
C2 = "直接增加一百五十名就業人口"
C3 = "增加在地農產品採購增加農民收益每年五千萬元"
C4 = "並創造每年五億元以上的產值"
G["vc03"] = dict(
 article=art("（無標題）台東縣府將釋出鹿野工業區及利家工業區近萬坪土地", "更生日報（cdns.com.tw，花蓮；無署名）", "2019-12", "month",
  "Regional daily, Taitung County: the county government will release about 10,000 ping of county-owned industrial land in two industrial zones for food and beverage makers, with expected investment, jobs and output",
  "https://www.cdns.com.tw/articles/74253",
  "摘錄無標題、無日期，以內容擬標題摘要（title_note）。日期：縣長「十日」出席一站式產業輔導成果發表會；同一活動的 ETtoday 報導（ettoday.net/news/20191210/1598771.htm，未取用）日期2019-12-10，故本篇為2019年12月（月份精度）。四段照錄，完整。園區：鹿野工業區、利家工業區（縣有工業區，臺東縣）。「十筆、約一萬坪」為兩區合計；「三億元以上」「一百五十名」「五千萬元」「五億元以上」為財經處預估（target），主體記為兩工業區合計（subject 寫「鹿野工業區及利家工業區」）。金額新臺幣。無公司、無具名項目。",
  "vc03", title_note="摘錄無標題，依內容擬"),
 parks=[
  park(LY, "臺東縣", TW, "工業區", C0, district="鹿野鄉", note="縣有工業區"),
  park(LJ, "臺東縣", TW, "工業區", C0, district="卑南鄉", note="縣有工業區；鄉別為常識，文中未寫"),
 ],
 companies=[],
 institutions=[inst("台東縣政府財經處", "財經處說明,此次釋出的縣有工業區土地包含鹿野工業區及利家工業區", note="文中作「財經處」")],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact("鹿野工業區及利家工業區", "park", "land_release_ping", 10000, "ping", C0, "2019年12月（近期內釋出）", kind="target", qual="约", qtext="約一萬坪"),
  fact("鹿野工業區及利家工業區", "park", "land_release_parcels", 10, "count", C0, "2019年12月（近期內釋出）", kind="target", opt=True),
  fact("鹿野工業區及利家工業區", "park", "investment_twd", 3e8, "twd", C1, "完成開發後（預估）", kind="target", qual="超", qtext="三億元以上"),
  fact("鹿野工業區及利家工業區", "park", "jobs_created", 150, "count", C2, "完成開發後（預估）", kind="target"),
  fact("鹿野工業區及利家工業區", "park", "farmer_income_twd", 5e7, "twd", C3, "每年（預估）", kind="target", opt=True),
  fact("鹿野工業區及利家工業區", "park", "output_value_twd", 5e8, "twd", C4, "每年（預估）", kind="target", qual="超", qtext="五億元以上"),
 ],
)

# ---------------------------------------------------------------- vc04 加工處補助更新促進廠商加碼投資 (台灣新聞網 2019)
EPZ = "加工出口區"
D0 = "為響應加碼投資臺灣政策,經濟部加工處積極推動園區風貌型塑與空間再造,今天舉辦「老店翻新 基業長青—看見不一樣的加工出口區」風貌型塑記者會"
D1 = "同時頒發今(108)年度補助予核准廠商-全台晶像、數泓科技2家公司"
D2 = "然而目前楠梓、高雄、臺中等園區已成立超過50年,都面臨空間不足與老舊問題"
D3 = "計促成16棟廠房拆除重建,創造投資274億元、增加就業4,099人"
D4 = "此外,整建維護補助1,250萬元,促成23家廠商加碼投資9,000萬元,創造投資槓桿效益高達720%"
D5 = "同時邀請全台晶像股份有限公司副總經理林和興、與數泓科技股份有限公司總經理李明華,分享園區廠房更新計畫"
D6 = "施工時更與華彩公司跨園區異業合作"
G["vc04"] = dict(
 article=art("加工處補助更新促進廠商加碼投資", "台灣新聞網（記者張美惠／高雄報導），www.5ch.com.tw", "2019-11-26", "day",
  "Local news site relaying a ministry agency's press event, Kaohsiung: the Export Processing Zone Administration's renewal programme — subsidies to two named firms, buildings rebuilt, investment and jobs created, renovation subsidies and leverage",
  "https://www.5ch.com.tw/news.php?act=view&id=70887",
  "日期取頁面「2019.11.26」。標題照錄；署名行、日期行已刪。**截斷**：摘錄末段止於「讓加工出」，該段（「加工處表示,為因應暢旺的投資…」）整段刪去；其餘四段照錄。園區：加工出口區（經濟部加工出口區管理處所轄園區的總稱，記者會主角，列為必列）；「楠梓、高雄、臺中等園區」只以地名出現，列為可選園區（名稱非原文）。公司：全台晶像股份有限公司、數泓科技股份有限公司（108年度補助核准廠商；園區只寫加工出口區，不知哪一區）；華彩公司（跨園區合作，可選）。數據：16棟廠房拆除重建、投資274億元、就業4,099人、整建維護補助1,250萬元、23家廠商加碼投資9,000萬元、槓桿720%——95年以來累計（cumulative）。金額新臺幣。",
  "vc04"),
 parks=[
  park(EPZ, "高雄市", TW, "加工出口區", D0, note="經濟部加工處所轄園區總稱；文中具名的是楠梓、高雄、臺中等園區"),
  park("楠梓園區", "高雄市", TW, "加工出口區", D2, opt=True, note="文中只作「楠梓、高雄、臺中等園區」"),
  park("高雄園區", "高雄市", TW, "加工出口區", D2, opt=True, note="同上"),
  park("臺中園區", "臺中市", TW, "加工出口區", D2, opt=True, note="同上"),
 ],
 companies=[
  comp("全台晶像股份有限公司", EPZ, D5, aliases=["全台晶像"], note="108年度廠房更新補助核准廠商"),
  comp("數泓科技股份有限公司", EPZ, D5, aliases=["數泓科技", "數泓科技公司"], note="108年度廠房更新補助核准廠商"),
  comp("華彩公司", None, D6, opt=True, note="跨園區異業合作，所在園區未寫"),
 ],
 institutions=[inst("經濟部加工處", D0, note="又作「加工處」（經濟部加工出口區管理處）")],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(EPZ, "park", "buildings_rebuilt", 16, "count", D3, "95年（2006）以來累計", kind="cumulative"),
  fact(EPZ, "park", "investment_twd", 274e8, "twd", D3, "95年（2006）以來累計", kind="cumulative", note="拆除重建創造投資，新臺幣"),
  fact(EPZ, "park", "jobs_created", 4099, "count", D3, "95年（2006）以來累計", kind="cumulative"),
  fact(EPZ, "park", "renovation_subsidy_twd", 1250e4, "twd", D4, "累計", kind="cumulative"),
  fact(EPZ, "park", "firms_added_investment", 23, "count", D4, "累計", kind="cumulative", opt=True),
  fact(EPZ, "park", "added_investment_twd", 9000e4, "twd", "促成23家廠商加碼投資9,000萬元", "累計", kind="cumulative"),
  fact(EPZ, "park", "investment_leverage", 7.2, "ratio", D4, "累計", kind="ratio", opt=True, note="720%"),
  fact(EPZ, "park", "firms_subsidized", 2, "count", D1, "108年度（2019）", opt=True),
 ],
)

# ---------------------------------------------------------------- vc05 力邀產業投資嘉義縣 (台灣好新聞 via 風傳媒 2017)
E0 = "並強調大埔美一期、二期與馬稠後三大工業區及其他嘉義縣產業未來將進入「轉型、競爭、提昇」新階段"
E1 = "大埔美、馬稠後的開發能創造1200億年產值及35000個就業機會"
G["vc05"] = dict(
 article=art("力邀產業投資嘉義縣 張花冠親自說明投資環境優勢", "台灣好新聞（記者謝敏政／嘉義報導），經轉授權載於風傳媒 storm.mg", "2017-06-03", "day",
  "Regional news site relayed by a national web outlet, Chiayi County: the county magistrate's investment briefing on three industrial zones with expected output and jobs",
  "https://www.storm.mg/article/277126",
  "日期取頁面「2017-06-03 17:00」。標題照錄（頁面重複的標題行、日期、署名、「本文經轉授權自台灣好新聞」與頁尾「更多文章」清單已刪）；正文四段，完整。園區：「大埔美一期、二期與馬稠後三大工業區」→大埔美一期、大埔美二期（「二期」非全名，可選）、馬稠後（嘉義縣）。「大埔美、馬稠後的開發能創造1200億年產值及35000個就業機會」為預估（target），主體為兩區合計；1200億無「元」字，新臺幣。觀光工廠、觀光人次與園區無關，不記。",
  "vc05"),
 parks=[
  park("大埔美一期", "嘉義縣", TW, "工業區", E0, aliases=["大埔美"], note="又作「大埔美」"),
  park("大埔美二期", "嘉義縣", TW, "工業區", E0, opt=True, note="原文「大埔美一期、二期」"),
  park("馬稠後", "嘉義縣", TW, "工業區", E0, note="原文「馬稠後三大工業區」"),
 ],
 companies=[], institutions=[inst("嘉義縣政府", "嘉義縣政府6月3日上午在人力發展所舉辦嘉義縣投資環境招商說明會")], projects=[], funds=[],
 aggregate_facts=[
  fact("大埔美、馬稠後", "park", "output_value_twd", 1200e8, "twd", E1, "開發完成後（預估）", kind="target", note="兩區合計；「1200億」無元字，新臺幣"),
  fact("大埔美、馬稠後", "park", "jobs_created", 35000, "count", E1, "開發完成後（預估）", kind="target", note="兩區合計"),
 ],
)

# ---------------------------------------------------------------- vc06 臺商回流 經濟部4新園區招商率達九成 (大紀元 2023)
ZP, SS, XS, NK = "中埔產業園區", "水上產業園區", "新市產業園區", "北高雄產業園區"
F0 = "預估4園區全數招商完成後總產值可達469億元,可望在嘉義、臺南及高雄地區提供1萬人以上的就業機會"
F1 = "嘉義縣中埔及水上產業園區,以傳統產業升級吸引食品、木及紙類、金屬及塑膠製品、機械製造等產業進駐,目前有17家企業有意進駐,兩園區合計已出租面積共13.12公頃,目前已公告面積剩餘2.48公頃可供申租,未來尚有72.92公頃將陸續分區分期公告釋出"
F2 = "臺南市新市產業園區則透過與周邊科技(產業)園區生產環境連動效應,增加機械設備、電子及汽車零組件製造業等產業進駐達13.99公頃,吸引12家企業進駐,目前已公告面積剩餘1.99公頃可供申租,未來尚有25.61公頃將陸續分區分期公告釋出"
F3 = "北高雄產業園區因位居高屏地區樞紐區位,短期內全區25.40公頃已全部招租完畢,吸引25家廠商進駐"
G4 = "中埔、水上、新市、北高雄產業園區"
G["vc06"] = dict(
 article=art("臺商回流 經濟部4新園區招商率達九成", "大紀元時報（臺灣版）epochtimes.com.tw（無署名）", "2023-11", "month",
  "Newspaper item on a ministry agency's figures, Chiayi / Tainan / Kaohsiung: four new lease-only industrial parks on sugar-company land — firms, leased and remaining land per park, expected output and jobs",
  "https://epochtimes.com.tw/n426642/臺商回流-經濟部4新園區招商率達九成.html",
  "標題取自網址（摘錄無標題行；網址作「臺商回流-經濟部4新園區招商率達九成」，連字號作空格，title_note）。摘錄無日期；同一消息的新唐人報導 event.ntdtv.com.tw 2023-11-30（未取用）→2023年11月（月份精度，推定）。摘錄自「經濟部園管局表示」起，可能缺導言；五段照錄，末尾大紀元結束符「◇」刪去。園區：中埔產業園區（原文「中埔及水上產業園區」，名稱非逐字）、水上產業園區（嘉義縣）、新市產業園區（臺南市）、北高雄產業園區（高雄市）。「4園區」總產值469億元、1萬人以上就業為預估（target），主體記作四園區合計。中埔、水上的17家、13.12公頃等為兩園區合計。金額新臺幣。",
  "vc06", title_note="摘錄無標題行；取自網址"),
 parks=[
  park(ZP, "嘉義縣", TW, "產業園區", F1, district="中埔鄉", note="原文「中埔及水上產業園區」"),
  park(SS, "嘉義縣", TW, "產業園區", F1, district="水上鄉"),
  park(XS, "臺南市", TW, "產業園區", F2, district="新市區"),
  park(NK, "高雄市", TW, "產業園區", F3),
 ],
 companies=[], institutions=[inst("經濟部園管局", "經濟部園管局指出,嘉義縣中埔及水上產業園區", note="經濟部產業園區管理局")],
 projects=[], funds=[],
 aggregate_facts=[
  fact(G4, "park", "output_value_twd", 469e8, "twd", F0, "4園區全數招商完成後（預估）", kind="target", note="四園區合計"),
  fact(G4, "park", "jobs_created", 10000, "count", F0, "4園區全數招商完成後（預估）", kind="target", qual="超", qtext="1萬人以上"),
  fact("中埔及水上產業園區", "park", "firms_intending", 17, "count", F1, "2023年11月", note="兩園區合計"),
  fact("中埔及水上產業園區", "park", "land_leased_ha", 13.12, "ha", F1, "2023年11月", note="兩園區合計"),
  fact("中埔及水上產業園區", "park", "land_available_ha", 2.48, "ha", F1, "2023年11月", opt=True),
  fact("中埔及水上產業園區", "park", "land_future_release_ha", 72.92, "ha", F1, "未來", kind="target", opt=True),
  fact(XS, "park", "land_leased_ha", 13.99, "ha", F2, "2023年11月"),
  fact(XS, "park", "firms_entered", 12, "count", F2, "2023年11月"),
  fact(XS, "park", "land_available_ha", 1.99, "ha", F2, "2023年11月", opt=True),
  fact(XS, "park", "land_future_release_ha", 25.61, "ha", F2, "未來", kind="target", opt=True),
  fact(NK, "park", "land_leased_ha", 25.40, "ha", F3, "2023年11月", note="全區已全部招租完畢"),
  fact(NK, "park", "firms_entered", 25, "count", F3, "2023年11月"),
 ],
)

# ---------------------------------------------------------------- vc07 麥寮綠色產業科技加值園區 推展進度 (2026)
ML = "麥寮綠色產業科技加值園區"
H0 = "雲林縣政府推動「麥寮綠色產業科技加值園區」，鎖定關鍵材料製造領域"
H1 = "預計可釋出約30公頃產業用地供招商設廠，創造約7,000個就業機會，年產值上看213億元"
H2 = "該計畫是雲林「九大產業園區政策」的重要一環"
G["vc07"] = dict(
 article=art("打造關鍵材料重鎮 麥寮綠色園區成雲林科技轉型關鍵支點", "記者蘇峯毅（雲林報導），載於 Yahoo奇摩新聞 tw.news.yahoo.com（原出處未標）", "2026-01-20", "day",
  "Local reporter's item on a news portal, Yunlin County: the county government's progress briefing on a planned green-materials industrial park — land to be released, jobs and output expected",
  "https://tw.news.yahoo.com/%E6%89%93%E9%80%A0%E9%97%9C%E9%8D%B5%E6%9D%90%E6%96%99%E9%87%8D%E9%8E%AE-%E9%BA%A5%E5%AF%AE%E7%B6%A0%E8%89%B2%E5%9C%92%E5%8D%80%E6%88%90%E9%9B%B2%E6%9E%97%E7%A7%91%E6%8A%80%E8%BD%89%E5%9E%8B%E9%97%9C%E9%8D%B5%E6%94%AF%E9%BB%9E-162500477.html",
  "標題取自網址（摘錄無標題行；連字號作空格，title_note）。摘錄無日期；說明會在「20日上午」，同一說明會的其他 Yahoo 轉載（…-121115053、…-094346772，未取用）日期2026-01-20，故取2026-01-20。六段照錄，完整（末尾「（照片／雲林縣政府提供）」為原文，保留）。園區：麥寮綠色產業科技加值園區（雲林縣麥寮鄉；規劃中，都市計畫審議中）。「約30公頃」「約7,000個」「上看213億元」為都市計畫完成後的預計數（target）；「上看」為上限語，qualifier 不填，qualifier_text 記「上看」。金額新臺幣。「九大產業園區政策」為縣政策，九為可選事實。",
  "vc07", title_note="摘錄無標題行；取自網址"),
 parks=[park(ML, "雲林縣", TW, "產業園區", H0, district="麥寮鄉", note="規劃中；「擬定麥寮（豐津地區）都市計畫」")],
 companies=[], institutions=[inst("雲林縣政府", H0)], projects=[], funds=[],
 aggregate_facts=[
  fact(ML, "park", "land_release_ha", 30, "ha", H1, "都市計畫完成後（預計）", kind="target", qual="约", qtext="約30公頃", note="產業用地"),
  fact(ML, "park", "jobs_created", 7000, "count", H1, "都市計畫完成後（預計）", kind="target", qual="约", qtext="約7,000個"),
  fact(ML, "park", "output_value_twd", 213e8, "twd", H1, "每年（預計）", kind="target", qtext="上看", note="新臺幣"),
  fact("雲林縣", "region", "industrial_parks_planned", 9, "count", H2, "2026年1月", kind="target", opt=True, note="九大產業園區政策"),
 ],
)

# ---------------------------------------------------------------- vc08 沈榮津到雲林與工業區廠商座談 (kingtop 2022)
FT, YK, HW = "豐田工業區", "雲林科技工業區", "中科虎尾園區"
K0 = "例如過去大埤豐田工業區淹水之苦,當時的沈部長協助五汴大排疏洪道整治經費及豐田工業區排水系統機能強化工程費8900萬"
K1 = "劉建國指出,另雲林科技工業區聯外道路14.61億元"
K2 = "目前中央斥資6.16億在中科虎尾園區新建標準廠房"
K3 = "中央招商目前已有矽品精密、中興電工、李長榮化工及炎洲等進駐,土地核配率已有98%,趨近飽和"
G["vc08"] = dict(
 article=art("（無標題）行政院副院長沈榮津到雲林與工業區廠商座談", "kingtop.com.tw（站名未見於摘錄；雲嘉特派員陳信利／雲林報導）", "2022", "year",
  "Local web paper, Yunlin County (election-year item): the vice premier meets industrial-zone firms; a legislator lists central funding for industrial zones — a drainage project, a zone access road, standard factory buildings in a science park with named tenant firms and its land allocation rate",
  "https://www.kingtop.com.tw/detail.php?type=gallery&id=15481",
  "摘錄無標題、無日期，以首句擬標題摘要（title_note）。日期只能推定為2022年（沈榮津任行政院副院長、劉建國「參選縣長」、「在疫情穩定後」；文中只寫「今天(7日)」），年份精度。頁首網站欄目字（嘉義優鮮、2024竹博覽會…）已刪。**截斷**：摘錄末段止於「雲林未來要」，該段整段刪去；其餘六段照錄。園區：豐田工業區（又作「大埤豐田工業區」）、雲林科技工業區、中科虎尾園區（雲林縣）。公司：矽品精密、中興電工、李長榮化工、炎洲（均在中科虎尾園區）。項目：豐田工業區排水系統機能強化工程（8900萬，無元字）、雲林科技工業區聯外道路（14.61億元）、中科虎尾園區新建標準廠房（6.16億，無元字）——皆中央經費，狀態文中未寫（status null）。金額新臺幣。「前瞻計畫經費8千多萬元」用途未分，不記。",
  "vc08", title_note="摘錄無標題，依首句擬"),
 parks=[
  park(FT, "雲林縣", TW, "工業區", K0, district="大埤鄉", aliases=["大埤豐田工業區"], note="又作「大埤豐田工業區」"),
  park(YK, "雲林縣", TW, "工業區", K1),
  park(HW, "雲林縣", TW, "科學園區", K2, district="虎尾鎮"),
 ],
 companies=[
  comp("矽品精密", HW, K3), comp("中興電工", HW, K3), comp("李長榮化工", HW, K3), comp("炎洲", HW, K3),
 ],
 institutions=[],
 projects=[
  proj("中科虎尾園區新建標準廠房", HW, K2, inv="6.16億", currency="TWD", value=6.16e8, status=None, status_text="斥資…新建", aliases=["標準廠房"],
       note="中央經費；金額無元字"),
  proj("雲林科技工業區聯外道路", YK, K1, inv="14.61億元", currency="TWD", value=14.61e8, status=None, note="中央經費"),
  proj("豐田工業區排水系統機能強化工程", FT, K0, inv="8900萬", currency="TWD", value=8900e4, status=None, opt=True,
       note="工程費；已改善淹水（過去式），狀態文中未明寫"),
 ],
 funds=[],
 aggregate_facts=[
  fact(HW, "park", "land_allocation_rate", 0.98, "ratio", K3, "2022年", kind="ratio"),
 ],
)
