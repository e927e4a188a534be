# real31 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28/real29: evidence verbatim (in the text's own script, never converted); names as written in the text;
# 逾/超過/超/以上/突破 → 超, 余/多 → 余, 約/约 → 約 is stored as "约" (the validator's qualifier code), qualifier_text keeps the source word.
# Money: yuan amounts in investment_cny / *_cny facts; New Taiwan dollars (新台幣/新台币), patacas (澳門元) and US dollars keep
# their currency (metric suffix _twd/_mop/_usd, unit twd/mop/usd, investment_cny None), as DESIGN.md asks.
# Traditional-script yuan amounts (億元/萬元) cannot be read by check_gold.py's simplified-only parser: such a project keeps
# investment_text None and the verbatim figure in investment_text_verbatim; such a fact uses the metric suffix _rmb (unit cny).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zaNN.raw as returned.

G["za01"] = dict(
 article=art("（無標題）衡陽臺灣工業園授牌奠基暨12個項目開工典禮", "人民網（繁體版；記者 成新平 鄭海青），存於 ischool.net.cn 轉載頁", "2009-11-11", "day",
  "people.com.cn traditional-script brief: a Taiwanese-investment industrial park in Hunan is inaugurated and 12 projects start; park area, signed projects and capital, the started projects' total, one named Taiwanese firm's LED project",
  "http://ischool.net.cn/local/jingmaohezuoyujiaoliu/200911/t20091111_1137819.htm",
  "日期取網址 t20091111（事件“日前”）。頁面未存標題（title 為編者概括）。正文完整，末尾“[責任編輯:徐麗華]”已刪。金額為人民幣億元（繁體“億”），見 gold.py 開頭的約定。典禮在“衡陽市白沙洲工業園”舉行：文中未說明臺灣工業園與白沙洲工業園的隸屬關係，故 parent_park 為 null。",
  "za01", title_note="no headline stored; title made from the lead"),
 parks=[
  park("衡陽臺灣工業園", "衡陽", "湖南", "臺資工業園", "衡陽臺灣工業園規劃面積37平方公里,產業定位為電子信息、新能源和精密機械制造等", aliases=["臺灣工業園"], note="“臺灣工業園”為文中簡稱（“在臺灣工業園內同時開工的12個項目”）；“該園區”指此園"),
  park("白沙洲工業園", "衡陽", "湖南", "工業園", "湖南衡陽臺灣工業園授牌奠基暨12個項目開工典禮日前在湖南衡陽市白沙洲工業園舉行", note="典禮地點；與衡陽臺灣工業園的關係文中未說"),
 ],
 companies=[
  comp("傳寶光電股份有限公司", "衡陽臺灣工業園", "由臺灣LED核心企業傳寶光電股份有限公司投資建設的LED光電照明項目總投資7億元", note="臺灣企業；項目為臺灣工業園內同時開工的12個項目之一"),
 ],
 institutions=[
  inst("海協會", "海協會會長陳云林"),
  inst("國務院臺辦", "國務院臺辦副主任孫亞夫"),
 ],
 projects=[
  proj("LED光電照明項目", "衡陽臺灣工業園", "由臺灣LED核心企業傳寶光電股份有限公司投資建設的LED光電照明項目總投資7億元", companies=["傳寶光電股份有限公司"],
       inv_verbatim="總投資7億元", currency="cny", value=7e8, status="开工", status_text="同時開工",
       note="“在臺灣工業園內同時開工的12個項目……其中”→ 開工；“明年下半年有望建成投產”是預期。人民幣（文中“億元”，上下文為內地項目）"),
 ],
 aggregate_facts=[
  fact("衡陽臺灣工業園", "park", "planned_area_km2", 37, "km2", "衡陽臺灣工業園規劃面積37平方公里", "2009年11月"),
  fact("衡陽臺灣工業園", "park", "projects_signed", 33, "count", "該園區已簽訂合同項目33個", "2009年11月", kind="cumulative", note="“目前……已簽訂合同項目33個”"),
  fact("衡陽臺灣工業園", "park", "signed_investment_rmb", 6e9, "cny", "引資約60億元", "2009年11月", kind="cumulative", qual="约", qtext="約", chk=True,
       note="已簽合同項目引資；metric 用 _rmb 而非 _cny，只因 check_gold.py 讀不了繁體“億”"),
  fact("衡陽臺灣工業園", "park", "projects_started", 12, "count", "在臺灣工業園內同時開工的12個項目", "2009年11月"),
  fact("衡陽臺灣工業園開工的12個項目", "project_group", "total_investment_rmb", 3.02e9, "cny", "協議總投資30.2億元", "2009年11月", chk=True,
       note="12個開工項目的協議總投資"),
 ])

G["za02"] = dict(
 article=art("科學園區增4投資案 逾17億元", "大紀元（epochtimes.com，b5）轉發中央社稿（記者 林孟汝）", "2014-05-12", "day",
  "Taiwan CNA wire via Epoch Times: the science-park review committee approves four investment cases (total NT$), two capital increases, a research centre entering the Hsinchu biomedical park, firms admitted so far this year, and which firm goes to which science park",
  "https://epochtimes.com/b5/14/5/12/n4153632.htm",
  "日期取網址 14/5/12 與電頭“5月12日”。正文完整，止於“評論”（頁面部件，已刪）。金額為新台幣（文中“新台幣17億2700萬元”），不入 *_cny。四家分公司的個別投資額文中未給，故不列項目，只把公司放入文中所說的園區。桓達科技“宜科分公司”文中說在新竹科學工業園區設立，照錄。",
  "za02"),
 parks=[
  park("新竹科學工業園區", "新竹", "台灣", "科學工業園區", "2案在新竹科學工業園區設立"),
  park("中部科學工業園區", None, "台灣", "科學工業園區", "銀泰科技股份有限公司中科分公司及金衣生命科學股份有限公司中科分公司選擇在中部科學工業園區設立", note="城市文中未給"),
  park("新竹生物醫學園區", "新竹", "台灣", "生物醫學園區", "財團法人國家實驗研究院儀器科技研究中心計劃進駐新竹生物醫學園區建置生醫研發服務平台"),
 ],
 companies=[
  comp("桓達科技股份有限公司宜科分公司", "新竹科學工業園區", "通過桓達科技股份有限公司宜科分公司、光寶科技股份有限公司建興園區分公司,2案在新竹科學工業園區設立"),
  comp("光寶科技股份有限公司建興園區分公司", "新竹科學工業園區", "通過桓達科技股份有限公司宜科分公司、光寶科技股份有限公司建興園區分公司,2案在新竹科學工業園區設立"),
  comp("銀泰科技股份有限公司中科分公司", "中部科學工業園區", "銀泰科技股份有限公司中科分公司及金衣生命科學股份有限公司中科分公司選擇在中部科學工業園區設立"),
  comp("金衣生命科學股份有限公司中科分公司", "中部科學工業園區", "銀泰科技股份有限公司中科分公司及金衣生命科學股份有限公司中科分公司選擇在中部科學工業園區設立"),
  comp("財團法人國家實驗研究院儀器科技研究中心", "新竹生物醫學園區", "財團法人國家實驗研究院儀器科技研究中心計劃進駐新竹生物醫學園區建置生醫研發服務平台", kind="research", note="計劃進駐"),
 ],
 institutions=[
  inst("科技部科學工業園區審議委員會", "科技部科學工業園區審議委員會今天通過4件投資審議案"),
  inst("科技部", "科技部統計"),
 ],
 aggregate_facts=[
  fact("科學工業園區", "park_group", "investment_cases_approved", 4, "count", "今天通過4件投資審議案", "2014年5月12日", note="第3次委員會"),
  fact("科學工業園區", "park_group", "approved_investment_twd", 1727000000, "twd", "共計核准投資新台幣17億2700萬元", "2014年5月12日", chk=True, note="4件投資案合計；新台幣"),
  fact("科學工業園區", "park_group", "capital_increase_cases", 2, "count", "委員會通過2件增資備查案", "2014年5月12日", opt=True),
  fact("科學工業園區", "park_group", "capital_increase_twd", 2923500000, "twd", "合計增資29億2350萬元", "2014年5月12日", chk=True, note="2件增資備查案合計；新台幣"),
  fact("科學工業園區（光電產業）", "park_group", "enterprises_admitted", 4, "count", "科學工業園區引進光電產業廠商4家", "2014年截至5月12日", kind="cumulative"),
  fact("科學工業園區（精密機械產業）", "park_group", "enterprises_admitted", 5, "count", "精密機械產業廠商5家", "2014年截至5月12日", kind="cumulative"),
  fact("科學工業園區（生物科技產業）", "park_group", "enterprises_admitted", 11, "count", "生物科技產業廠商11家", "2014年截至5月12日", kind="cumulative"),
 ])

G["za03"] = dict(
 article=art("台中加工出口區啟動眺島更新計畫 產值估增80億元", "鉅亨網（news.cnyes.com；編輯 陳于晴）", "2019-09-04", "day",
  "Taiwan financial news site: the export-processing-zone administration launches a renewal plan for the Taichung EPZ: new floor space, expected investment, jobs and output; the zone's age, output per rentable area, location",
  "https://news.cnyes.com/news/id/4376524",
  "日期取頁面“2019-09-04 18:27”。正文完整（其後只有圖說與“Empty”）。金額為新台幣（台灣報導，文中只作“億元”）。眺島更新計畫是園區更新計畫：“預計創造投資 18 億元”是預期帶動的投資，不是計畫本身的造價，故記為目標事實而非項目金額。數字與單位之間的空格照錄。",
  "za03"),
 parks=[
  park("台中加工出口區", "台中", "台灣", "加工出口區", "台中加工出口區位於台中市潭子區的核心", district="潭子區", aliases=["台中園區"], note="“台中園區”為文中簡稱（“持續翻新台中園區”）"),
  park("楠梓加工區", "高雄", "台灣", "加工出口區", "特別援引高雄、楠梓加工區等早期開發園區的更新經驗", opt=True, note="只作更新經驗被提及；“高雄、楠梓加工區”中的高雄加工區未單獨寫出全名"),
 ],
 companies=[
  comp("勝華", "台中加工出口區", "加工處台中分處先努力騰出勝華、海關及員工宿舍用地等空間", opt=True, note="只提其用地被騰出"),
 ],
 institutions=[
  inst("經濟部加工出口區管理處", "經濟部加工出口區管理處今 (4) 日宣布啟動「眺島更新」計畫", note="文中又作“加工處”"),
  inst("加工處台中分處", "加工處台中分處先努力騰出勝華、海關及員工宿舍用地等空間"),
 ],
 projects=[
  proj("眺島更新計畫", "台中加工出口區", "經濟部加工出口區管理處今 (4) 日宣布啟動「眺島更新」計畫,台中加工出口區可望新增約 4 萬平方公尺的產業空間", status="planned", status_text="宣布啟動",
       aliases=["眺島更新"], note="園區更新計畫；無造價，18億元為預計帶動的投資（見事實）"),
 ],
 aggregate_facts=[
  fact("台中加工出口區", "park", "new_floor_area_m2", 40000, "m2", "台中加工出口區可望新增約 4 萬平方公尺的產業空間", "眺島更新後", kind="target", qual="约", qtext="約"),
  fact("台中加工出口區", "park", "expected_investment_twd", 1.8e9, "twd", "預計創造投資 18 億元", "眺島更新後", kind="target", chk=True),
  fact("台中加工出口區", "park", "expected_jobs", 1500, "persons", "帶動 1500 個就業機會", "眺島更新後", kind="target"),
  fact("台中加工出口區", "park", "expected_output_increase_twd", 8e9, "twd", "產值估增 80 億元", "眺島更新後", kind="target", chk=True),
  fact("台中加工出口區", "park", "age_years", 50, "years", "台中加工出口區已有 50 年歷史", "2019年", opt=True),
  fact("台中加工出口區", "park", "output_per_rentable_area_twd", 2.5e9, "twd", "園區單位可出租面積產值高達 25 億元", "2019年", opt=True, chk=True, note="每單位可出租面積的產值；面積單位文中未給"),
  fact("台中加工出口區", "park", "jobs_per_rentable_area", 480, "persons", "創造就業 480 人", "2019年", opt=True, note="每單位可出租面積；面積單位文中未給"),
  fact("台中加工出口區", "park", "max_floor_area_ratio", 4.2, "ratio", "區內最高容積可達 420%", "2019年", kind="ratio", opt=True),
 ])

G["za04"] = dict(
 article=art("屏东加工区去年招商亮眼 投增资额逾242亿", "新唐人（cn.ntdtv.com，简体版）转发中央社稿（记者 陈朝福）", "2009-01-15", "day",
  "CNA wire (simplified-script NTDTV copy): the Pingtung zone of Taiwan's export processing zones reports 2008 investment and capital increases (NT$), against target and prior year, case counts, and the split by industry",
  "https://cn.ntdtv.com/gb/2009/01/15/a246607.html",
  "日期取网址与电头“2009年1月15日”。正文完整，止于“相关文章 / 评论”（页面部件，已删）。简体字（新唐人简体版），照录。金额为新台币（“新台币242亿5000万元”）。“超越招商目标210.9%”含义不明（达成率或超出幅度），记为可选 ratio。",
  "za04"),
 parks=[
  park("加工出口区屏东园区", "屏东", "台湾", "加工出口区园区", "经济部加工出口区屏东园区去年招商成绩亮眼", aliases=["屏东园区", "屏东加工区"], note="“屏东加工区”见标题，“屏东园区”为文中简称"),
 ],
 institutions=[
  inst("加工区管理处", "加工区管理处今天公布屏东园区去年的经营绩效"),
 ],
 aggregate_facts=[
  fact("加工出口区屏东园区", "park", "investment_and_capital_increase_twd", 24250000000, "twd", "全年累计投、增资额达新台币242亿5000万元", "2008年", chk=True),
  fact("加工出口区屏东园区", "park", "investment_and_capital_increase_twd", 2788000000, "twd", "较前年的27亿8800万元大幅成长", "2007年", chk=True, opt=True, note="前年（2007年）的投、增资额"),
  fact("加工出口区屏东园区", "park", "investment_target_exceeded_ratio", 2.109, "ratio", "不仅超越招商目标210.9%", "2008年", kind="ratio", opt=True, note="是达成率还是超出幅度，文中不明"),
  fact("加工出口区屏东园区", "park", "investment_cases", 9, "count", "申请进驻投资案有9件", "2008年"),
  fact("加工出口区屏东园区", "park", "capital_increase_cases", 6, "count", "增资案有6件", "2008年"),
  fact("加工出口区屏东园区（太阳能源厂商）", "park_group", "investment_and_capital_increase_twd", 22108000000, "twd", "太阳能源厂商投、增资额为221亿800万元", "2008年", chk=True),
  fact("加工出口区屏东园区（精密机械设备制造业）", "park_group", "investment_and_capital_increase_twd", 410000000, "twd", "精密机械设备制造业为4亿1000万元", "2008年", chk=True),
 ])

G["za05"] = dict(
 article=art("澳門50新項目入駐橫琴自貿區 首批16項目已落地投資800億澳元", "香港文匯網（news.wenweipo.com 快訊；記者 方俊明）", "2016-11-11", "day",
  "Hong Kong Wen Wei Po online: Macau recommends 50 new projects for the Guangdong–Macau cooperation industrial park in Hengqin; of the first 33 recommended, 16 landed (about 80bn patacas) and 12 started; a Hengqin–Macau development fund",
  "http://news.wenweipo.com/2016/11/11/IN1611110021.htm",
  "日期取網址與頁面“2016-11-11”。正文完整，頁尾只剩截斷的“責任”（責任編輯欄，已刪）。800億澳門元為澳門元（MOP），不入 *_cny。園區在珠海橫琴新區（文中只作“橫琴”）。“橫琴粵澳發展基金”無規模；由橫琴方面設立，文中未把它放在某一園區，park 為 null。",
  "za05"),
 parks=[
  park("粵澳合作產業園", "珠海", "廣東", "合作產業園", "澳門特區政府新推薦的50個項目入駐橫琴「粵澳合作產業園」", district="橫琴新區", note="文中作橫琴「粵澳合作產業園」；城市珠海文中未寫，由橫琴新區推知"),
  park("橫琴自貿區", "珠海", "廣東", "自由貿易試驗區片區", "澳門與橫琴自貿區的產業合作進一步深化", district="橫琴新區", aliases=["橫琴自貿片區"], opt=True, note="自貿片區，非產業園；可選"),
 ],
 institutions=[
  inst("橫琴新區管委會", "橫琴新區管委會11日透露", note="文中又作“橫琴管委會”"),
  inst("澳門特區政府", "澳門特區政府新推薦的50個項目"),
 ],
 funds=[
  fund("橫琴粵澳發展基金", None, "特別是設立澳門投資綠色通道和橫琴粵澳發展基金,專門服務澳門投資者,優先支持澳門投資項目建設", note="規模未給；文中未置於某一園區"),
 ],
 aggregate_facts=[
  fact("粵澳合作產業園", "park", "projects_recommended", 50, "count", "澳門特區政府新推薦的50個項目入駐橫琴「粵澳合作產業園」", "2016年11月"),
  fact("粵澳合作產業園首批推薦項目", "project_group", "projects_recommended", 33, "count", "在獲澳門政府推薦的第一批33個澳門項目中", "2016年11月", kind="cumulative", note="首批推薦入園項目（文中未給年份）"),
  fact("粵澳合作產業園首批推薦項目", "project_group", "projects_landed", 16, "count", "16個項目已進行土地招拍掛程序及已完成拍賣土地", "2016年11月", kind="cumulative"),
  fact("粵澳合作產業園首批推薦項目", "project_group", "planned_investment_mop", 8e10, "mop", "預計投資金額約800億澳門元,主要涉及旅遊休閒", "2016年11月", qual="约", qtext="約", note="已落地16個項目的預計投資；澳門元"),
  fact("粵澳合作產業園首批推薦項目", "project_group", "projects_started", 12, "count", "12個項目已動工", "2016年11月", kind="cumulative"),
 ])

G["za06"] = dict(
 article=art("（无标题）科学工业园区审议委员会通过6件投资案 核准投资新台币9.21亿元", "新唐人（www2.ntdtv.com，简体版）转发中央社稿（记者 林孟汝）", "2012-11-22", "day",
  "CNA wire (simplified-script NTDTV copy): the science-park review committee approves six investment cases (NT$), each firm with its science park and amount",
  "https://www2.ntdtv.com/gb/2012/11/22/a801810.html",
  "日期取网址与电头。存页未存标题（title 为编者概括）。存页把正文后四段原样重复一次：只保留第一次出现（第二份为页面重复，已删）。“各投资2亿元。。”的双句号照录。金额为新台币（“新台币9.21亿元”）；各公司的核准投资额记为公司的事实（subject_type company），不另列项目。",
  "za06", title_note="no headline stored; title made from the lead"),
 parks=[
  park("新竹科学工业园区", "新竹", "台湾", "科学工业园区", "在新竹科学工业园区设立的加美光学(股)公司园区分公司、硕晨生医(股)公司"),
  park("南部科学工业园区", None, "台湾", "科学工业园区", "群康生技(股)公司、创控生技(股)公司在南部科学工业园区设立", aliases=["南科"], note="“南科”为文中简称（“设立于南科的创控生技”）"),
  park("中部科学工业园区", None, "台湾", "科学工业园区", "优源科技(股)公司、旭阳国际精机(股)公司在中部科学工业园区设立"),
 ],
 companies=[
  comp("加美光学(股)公司园区分公司", "新竹科学工业园区", "在新竹科学工业园区设立的加美光学(股)公司园区分公司、硕晨生医(股)公司"),
  comp("硕晨生医(股)公司", "新竹科学工业园区", "在新竹科学工业园区设立的加美光学(股)公司园区分公司、硕晨生医(股)公司"),
  comp("群康生技(股)公司", "南部科学工业园区", "群康生技(股)公司、创控生技(股)公司在南部科学工业园区设立"),
  comp("创控生技(股)公司", "南部科学工业园区", "群康生技(股)公司、创控生技(股)公司在南部科学工业园区设立"),
  comp("优源科技(股)公司", "中部科学工业园区", "优源科技(股)公司、旭阳国际精机(股)公司在中部科学工业园区设立"),
  comp("旭阳国际精机(股)公司", "中部科学工业园区", "优源科技(股)公司、旭阳国际精机(股)公司在中部科学工业园区设立"),
 ],
 institutions=[
  inst("行政院国家科学委员会", "行政院国家科学委员会表示"),
 ],
 aggregate_facts=[
  fact("科学工业园区", "park_group", "investment_cases_approved", 6, "count", "科学工业园区审议委员会会议今天通过 6件投资案", "2012年11月22日"),
  fact("科学工业园区", "park_group", "approved_investment_twd", 921000000, "twd", "共计核准投资新台币9.21亿元", "2012年11月22日", chk=True, note="6件合计；新台币"),
  fact("加美光学(股)公司园区分公司", "company", "approved_investment_twd", 1e8, "twd", "各投资1亿元", "2012年11月22日", chk=True, note="“各投资1亿元”：加美光学与硕晨生医各1亿元"),
  fact("硕晨生医(股)公司", "company", "approved_investment_twd", 1e8, "twd", "各投资1亿元", "2012年11月22日", chk=True),
  fact("群康生技(股)公司", "company", "approved_investment_twd", 1.2e8, "twd", "各投资1.2、2.01亿元", "2012年11月22日", note="“各投资1.2、2.01亿元”依次对应群康生技、创控生技"),
  fact("创控生技(股)公司", "company", "approved_investment_twd", 2.01e8, "twd", "投资金额2.01亿元", "2012年11月22日", chk=True),
  fact("优源科技(股)公司", "company", "approved_investment_twd", 2e8, "twd", "各投资2亿元", "2012年11月22日", chk=True),
  fact("旭阳国际精机(股)公司", "company", "approved_investment_twd", 2e8, "twd", "各投资2亿元", "2012年11月22日", chk=True),
 ])

G["za07"] = dict(
 article=art("（無標題）南部科學園區今年1至10月營業額約2.36兆元 較去年同期成長37.8%", "自由時報電子報 自由財經（ec.ltn.com.tw；記者 吳俊鋒）", "2025-12-14", "day",
  "Liberty Times business: the Southern Taiwan Science Park's Jan–Oct revenue (NT$ trillions), above last year's full year, growth, and revenue and growth by industry",
  "https://ec.ltn.com.tw/article/breakingnews/5277579",
  "日期取存頁“date 2025-12-14”。存頁未存標題，開頭只有圖說（已刪；title 為編者概括）。正文完整，止於“管理局強調……關鍵角色。”。金額為新台幣（台灣報導，文中只作“兆元/億元”）。“2.2 1兆元”中的空格照錄（即2.21兆元）。“靱性”照錄。",
  "za07", title_note="no headline stored; title made from the photo caption/lead"),
 parks=[
  park("南部科學園區", None, "台灣", "科學園區", "南部科學園區今年1至10月營業額表現持續亮眼", aliases=["南科"], note="“南科”為文中簡稱；城市未給（電頭台南）"),
 ],
 aggregate_facts=[
  fact("南部科學園區", "park", "revenue_twd", 2.36e12, "twd", "整體約2.36兆元，已經超越去年全年的2.2 1兆元", "2025年1至10月", kind="cumulative", qual="约", qtext="約", chk=True),
  fact("南部科學園區", "park", "revenue_twd", 2.21e12, "twd", "去年全年的2.2 1兆元", "2024年", note="文中寫作“2.2 1兆元”（多一空格）"),
  fact("南部科學園區", "park", "revenue_yoy_growth", 0.378, "ratio", "較去年同期成長37.8%，將近4成之多", "2025年1至10月", kind="ratio"),
  fact("南部科學園區（積體電路產業）", "park_group", "revenue_twd", 2.05e12, "twd", "1至10月營業額約2.05兆元", "2025年1至10月", kind="cumulative", qual="约", qtext="約", chk=True),
  fact("南部科學園區（積體電路產業）", "park_group", "revenue_yoy_growth", 0.4266, "ratio", "較去年增加42.66%", "2025年1至10月", kind="ratio"),
  fact("南部科學園區（光電產業）", "park_group", "revenue_twd", 163453000000, "twd", "1至10月營業額1634.53億元", "2025年1至10月", kind="cumulative", chk=True),
  fact("南部科學園區（光電產業）", "park_group", "revenue_yoy_growth", 0.0787, "ratio", "相較去年同期成長7.87%", "2025年1至10月", kind="ratio"),
  fact("南部科學園區（電腦及其周邊產業）", "park_group", "revenue_twd", 44638000000, "twd", "1至10月營業額446.38億元", "2025年1至10月", kind="cumulative", chk=True),
  fact("南部科學園區（電腦及其周邊產業）", "park_group", "revenue_yoy_growth", 0.3064, "ratio", "較去年同期成長30.64%", "2025年1至10月", kind="ratio"),
  fact("南部科學園區（精密機械產業）", "park_group", "revenue_twd", 65741000000, "twd", "1至10月營業額為657.41億元", "2025年1至10月", kind="cumulative", chk=True),
  fact("南部科學園區（精密機械產業）", "park_group", "revenue_yoy_growth", 0.3404, "ratio", "較去年同期成長34.04%", "2025年1至10月", kind="ratio"),
  fact("南部科學園區（生物技術產業）", "park_group", "revenue_twd", 11641000000, "twd", "1至10月營業額116.41億元", "2025年1至10月", kind="cumulative", chk=True),
  fact("南部科學園區（生物技術產業）", "park_group", "revenue_yoy_growth", 0.0662, "ratio", "較去年同期成長6.62%", "2025年1至10月", kind="ratio"),
 ])

G["za08"] = dict(
 article=art("（無標題）中科二林園區服務大樓暨警察二林分隊落成啟用", "經濟日報（money.udn.com，聯合新聞網；存頁未署記者）", "2025-07-02", "day",
  "Taiwan Economic Daily: opening of the service building of the Central Taiwan Science Park's Erlin park; park area, industrial land, approved firms, allocated land, total investment (NT$), named tenants, expected jobs",
  "https://money.udn.com/money/story/5612/8845864",
  "存頁無日期：文中只有“2日”“截至今年5月底”。同一新聞稿的另一報導（視傳媒 shock-news.org，同一搜尋結果）寫“今(7/2)日”“截至114年5月底”，故日期定為2025-07-02（推定）。存頁未存標題（title 為編者概括）。正文完整，止於版權提示“※ 歡迎用「轉貼」…”（已刪）。金額為新台幣。“41家(包含5家擴廠) ,”中的空格照錄。城市文中未寫（只有二林鎮長），city 為 null。",
  "za08", title_note="no headline stored; title made from the lead"),
 parks=[
  park("中科二林園區", None, "台灣", "科學園區（中部科學園區之一園區）", "中科二林園區總面積達631公頃,其中344公頃為產業用地", district="二林鎮", aliases=["二林園區"], note="“二林園區”為文中簡稱；上級園區（中科）文中未以園區全名出現，parent_park 為 null"),
 ],
 companies=[
  comp("矽品精密", "中科二林園區", "目前矽品精密、合晶科技、成運汽車等指標企業已陸續進駐"),
  comp("合晶科技", "中科二林園區", "目前矽品精密、合晶科技、成運汽車等指標企業已陸續進駐"),
  comp("成運汽車", "中科二林園區", "目前矽品精密、合晶科技、成運汽車等指標企業已陸續進駐"),
 ],
 institutions=[
  inst("國科會中科管理局", "國科會中科管理局二林園區服務大樓暨警察二林分隊", note="文中又作“中科管理局”"),
 ],
 projects=[
  proj("二林園區服務大樓", "中科二林園區", "國科會中科管理局二林園區服務大樓暨警察二林分隊,2日舉行落成啟用揭牌典禮", status="竣工", status_text="落成啟用", opt=True,
       note="園區服務設施，非產業項目；無金額"),
 ],
 aggregate_facts=[
  fact("中科二林園區", "park", "area_ha", 631, "ha", "中科二林園區總面積達631公頃", "2025年"),
  fact("中科二林園區", "park", "industrial_land_ha", 344, "ha", "其中344公頃為產業用地", "2025年"),
  fact("中科二林園區", "park", "enterprises_approved", 41, "count", "已核准入區廠商共計41家(包含5家擴廠)", "2025年5月底", kind="cumulative"),
  fact("中科二林園區", "park", "expansion_cases", 5, "count", "包含5家擴廠", "2025年5月底", kind="cumulative", opt=True),
  fact("中科二林園區", "park", "allocated_land_ha", 89, "ha", "核配土地面積約89公頃", "2025年5月底", kind="cumulative", qual="约", qtext="約"),
  fact("中科二林園區", "park", "total_investment_twd", 116285000000, "twd", "整體投資金額達1,162.85億元", "2025年5月底", kind="cumulative", chk=True, note="新台幣"),
  fact("中科二林園區", "park", "expected_jobs", 10000, "persons", "二林園區未來累計可創造超過1萬個就業機會", "未來", kind="target", qual="超", qtext="超過"),
  fact("中科二林園區", "park", "year_investment_promotion_started", 2018, "year", "2018年完成第二階段環評並正式啟動招商", "2018年", opt=True),
 ])

G["za09"] = dict(
 article=art("高雄招商簽約金 奪地方之冠", "大紀元（記者 李怡欣；存於 tvsmo.com 的大紀元鏡像頁 b5）", "2016-06-21", "day",
  "Epoch Times Taiwan local: Kaohsiung wins the finance ministry's investment-promotion award for 2015 (ROC year 104); total signed value (NT$), national share, the Hofa industrial park's signed value, one BOT project",
  "http://tvsmo.com/b5/16/6/21/n8020780.htm",
  "日期取網址 16/6/21 與“2016年06月21日訊”。頁面為大紀元文章的鏡像（站名 tvsmo.com）。正文完整，文末大紀元結束符“◇”已刪，其後“責任編輯:杜文卿 / 評論”已刪；圖說已刪。金額為新台幣。“36億5千元”照錄（字面為36億5千元，疑為36億5千萬元之誤，不作更正，只記原文）。和發產業園區的“簽約金額221億元”是招商簽約額（開發/投資契約），未寫出項目名，記為園區事實。",
  "za09"),
 parks=[
  park("和發產業園區", "高雄", "台灣", "產業園區", "全台第1個依「產創條例」設置之「和發產業園區」簽約金額就高達221億元"),
 ],
 institutions=[
  inst("高雄市府", "高雄市府21日獲財政部頒發「104年度招商卓越獎」", note="高雄市政府"),
  inst("財政部", "高雄市府21日獲財政部頒發「104年度招商卓越獎」"),
 ],
 projects=[
  proj("高雄市立圖書館總館共構會展文創會館興建營運移轉案", None, "亞洲新灣區內之「高雄市立圖書館總館共構會展文創會館興建營運移轉案」,簽約金額36億5千元", status="签约",
       status_text="簽約", inv_verbatim="簽約金額36億5千元", currency="twd", value=3600005000,
       note="在亞洲新灣區（非產業園區），park 為 null；金額照字面（36億+5千元），疑為36億5千萬元；新台幣", opt=True),
 ],
 aggregate_facts=[
  fact("高雄市", "region", "signed_investment_twd", 26001295000, "twd", "高雄招商簽約金額高達新台幣260億129萬5千元", "2015年（104年度）", chk=True),
  fact("高雄市", "region", "national_share_of_signed_investment", 0.229, "ratio", "占全國年度簽約金額22.9%", "2015年（104年度）", kind="ratio"),
  fact("和發產業園區", "park", "signed_investment_twd", 2.21e10, "twd", "「和發產業園區」簽約金額就高達221億元", "2015年（104年）", chk=True),
 ])

G["za10"] = dict(
 article=art("（无标题）昆山开发区上半年新增台资总投资7.64亿美元", "新华社（记者 陈刚）via 中国台湾网 econ.chinataiwan.cn（转中国金融信息网 CNFIN/XINHUA08）", "2014-07-22", "day",
  "Xinhua wire: Taiwanese investment into the Kunshan development zone in H1 2014 (US$), its share of foreign investment, registered capital, services, named headquarters projects and firms increasing capital",
  "http://econ.chinataiwan.cn/zsjjzsj/201407/t20140722_6680721.htm",
  "日期取网址 t20140722。存页无标题（“核心提示”一行是编者摘要，与正文首段重复，已删；title 为编者概括）；记者署名行“新华社记者陈刚”与“[责任编辑: 李佳佳]”已删，正文止于“(完)”。金额为美元，不入 *_cny。“昆山深化两岸产业合作试验区”是政策试验区，可选。建大环宇、再兴教育只以“台资服务业总部项目”出现，不另列项目名。",
  "za10", title_note="no headline stored; title made from the lead"),
 parks=[
  park("昆山开发区", "昆山", "江苏", "经济技术开发区", "台资企业云集的昆山开发区今年迎来新一轮台商投资热潮", aliases=["开发区"], note="“开发区”在“扎堆投资开发区”中指此区"),
  park("昆山深化两岸产业合作试验区", "昆山", "江苏", "产业合作试验区", "昆山开发区充分利用昆山深化两岸产业合作试验区的政策优势", opt=True, note="政策试验区"),
 ],
 companies=[
  comp("建大环宇", "昆山开发区", "上半年新引进建大环宇、再兴教育等一批台资服务业总部项目", note="台资服务业总部项目"),
  comp("再兴教育", "昆山开发区", "上半年新引进建大环宇、再兴教育等一批台资服务业总部项目", note="台资服务业总部项目"),
  comp("中华开发", "昆山开发区", "促进中华开发、六和投资、浩兴电子等企业增资扩股", note="增资扩股"),
  comp("六和投资", "昆山开发区", "促进中华开发、六和投资、浩兴电子等企业增资扩股"),
  comp("浩兴电子", "昆山开发区", "促进中华开发、六和投资、浩兴电子等企业增资扩股"),
 ],
 aggregate_facts=[
  fact("昆山开发区", "park", "new_taiwan_investment_usd", 764000000, "usd", "上半年,昆山开发区新增台资总投资7.64亿美元", "2014年上半年", kind="cumulative"),
  fact("昆山开发区", "park", "taiwan_share_of_foreign_investment", 0.56, "ratio", "占外资总投资的56%", "2014年上半年", kind="ratio"),
  fact("昆山开发区", "park", "new_taiwan_registered_capital_usd", 359000000, "usd", "台资注册资本3.59亿美元", "2014年上半年", kind="cumulative"),
  fact("昆山开发区", "park", "taiwan_share_of_foreign_registered_capital", 0.56, "ratio", "占外资注册资本的56%", "2014年上半年", kind="ratio", opt=True),
  fact("昆山开发区", "park", "new_taiwan_services_investment_usd", 110000000, "usd", "新增台资服务业总投资1.1亿美元", "2014年上半年", kind="cumulative"),
  fact("昆山开发区", "park", "taiwan_share_of_services_investment", 0.23, "ratio", "占新增服务业总投资的23%", "2014年上半年", kind="ratio", opt=True),
  fact("昆山开发区", "park", "taiwan_capital_increase_usd", 82000000, "usd", "台企增资总额超8200万美元", "2014年上半年", kind="cumulative", qual="超", qtext="超"),
 ])
