# real112 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52 and the fund items of real51–real106: evidence verbatim (yd02 traditional script as published,
# the rest simplified); names as written in the text; 逾/超过/超/以上/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text
# keeps the word). Money: yuan in size_cny / invested_cny / investment_cny / *_cny facts (first amount of the evidence).
# Funds: the park the text ties the fund to (set up by, registered in, or investing for that park), null if none; size_type
# the text's word (总规模 / 规模 / 认缴出资总额 …); managers and founders in the note and as companies. Projects: the park the
# text places them in; status from the text's words (开工 → 开工; 规划的 → planned; 签署合作协议 → 签约; 落户 alone → none).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ydNN.raw as returned.

# ---------------------------------------------------------------- yd01 绍兴滨海新区 产业基金 (潮新闻 2023)
BH = "绍兴滨海新区"
JC = "滨海新区集成电路产业基金"
SW = "生物医药产业基金"
A0 = "集成电路和高端生物医药产业是绍兴滨海新区经济增长的重要引擎"
A1 = "今年5月,作为绍兴成功引进的首个集成电路产业头部项目,中芯集成发行上市并登陆科创板,成为绍兴产业基金参与的首家登陆科创板的企业"
A2 = "此外,当地还引进了包括芯鑫租赁、盛吉盛、稼未来、最成半导体等多家集成电路产业及上下游优质项目"
A3 = "据了解,滨海新区集成电路产业基金自2020年成立以来,已累计对外出资和受托管理规模约58.85亿元,撬动的投资金额共约323亿元"
A4 = "已覆盖项目中,已有6个项目成功上市,10个项目已过会或报会,约60个项目已完成后轮融资,已实现返投约122亿元"
A5 = "绍兴滨海新区还设立了百亿元级生物医药产业基金,投资医疗器械、生物制药等相关产业项目,已投资7支子基金和6个直投项目,累计投资金额21亿元,其中对直投项目出资9亿元"
ASA = "2023年（截至发稿）"
G["yd01"] = dict(
 article=art("（无标题）绍兴滨海新区以产业基金赋能集成电路和生物医药产业", "潮新闻（tidenews.com.cn，浙江日报报业集团客户端；存段无署名、无日期）", "2023", "year",
  "Provincial news app, Zhejiang: a provincial new area's government industry funds — the integrated-circuit fund's cumulative commitments, leverage, listed and follow-on portfolio projects and reinvestment, a biomedicine fund's sub-funds and direct investments, a fund-backed chip maker listed on the STAR market, firms brought in",
  "https://tidenews.com.cn/news.html?id=2668650&source=1",
  "存段无标题、无日期行（title 为编者概括）。年份由文中推定：“今年5月…中芯集成发行上市并登陆科创板”（中芯集成2023年5月上市），故 published 记“2023”（year；推定，月日未知）。存段末段“目前,滨海新区产业基金已累计对外出资和受托管理规模约79.85亿元,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…带动引入就业人才数量309人。”，共四段。第一段“生力军”前“ 眼下”处的空格照录。园区：绍兴滨海新区（又作“滨海新区”“当地”；绍兴，浙江；浙江省设立的新区，文中未写级别，kind 记“新区”）。基金：滨海新区集成电路产业基金（2020年成立；“累计对外出资和受托管理规模约58.85亿元”记入 size_cny，size_type 照录文词，约）；生物医药产业基金（“百亿元级”为量级，不作规模；累计投资金额21亿元记 invested_cny）；“绍兴产业基金”为市级基金（可选，park null）。公司：中芯集成（绍兴引进的首个集成电路头部项目，在滨海新区；产业基金参与）；芯鑫租赁、盛吉盛、稼未来、最成半导体（“当地还引进了”的项目，简称，可选）。项目：中芯集成（“快速实现量产、满产和扩产”→投产，可选；项目名即企业名）。机构：滨海新区财政局（可选）。事实：两支基金的累计数（cumulative，基金为主体）；“6个项目成功上市”“10个项目已过会或报会”“约60个项目已完成后轮融资”“返投约122亿元”归集成电路产业基金；“基金直接投资项目带动引入就业人才数量309人”主体为滨海新区产业基金整体，记园区（可选）。",
  "yd01"),
 parks=[
  park(BH, "绍兴", "浙江", "新区", A0, aliases=["滨海新区"], note="文中又作“滨海新区”“当地”；浙江省设立的新区"),
 ],
 companies=[
  comp("中芯集成", BH, A1, note="绍兴引进的首个集成电路产业头部项目；2023年5月登陆科创板；产业基金参与"),
  comp("芯鑫租赁", BH, A2, opt=True, note="“当地还引进了”的项目（简称）"),
  comp("盛吉盛", BH, A2, opt=True, note="同上"),
  comp("稼未来", BH, A2, opt=True, note="同上"),
  comp("最成半导体", BH, A2, opt=True, note="同上"),
 ],
 institutions=[
  inst("滨海新区财政局", "滨海新区财政局相关负责人表示", park=BH),
 ],
 projects=[
  proj("中芯集成", BH, "中芯集成从公司设立、建厂房、通产线,快速实现量产、满产和扩产", companies=["中芯集成"], status="投产",
       status_text="快速实现量产、满产和扩产", opt=True, note="“首个集成电路产业头部项目”；项目名即企业名"),
 ],
 funds=[
  fund(JC, BH, A3, size="58.85亿元", size_type="累计对外出资和受托管理规模", qual="约", qual_text="约",
       note="2020年成立；撬动投资约323亿元；6个项目上市、10个过会或报会、约60个完成后轮融资、返投约122亿元；管理人文中未写"),
  fund(SW, BH, A5, invested="21亿元", note="“百亿元级”（量级，不作规模）；已投资7支子基金和6个直投项目，累计投资21亿元，其中直投9亿元；管理人文中未写"),
  fund("绍兴产业基金", None, A1, opt=True, note="市级产业基金；参与中芯集成"),
 ],
 aggregate_facts=[
  fact(JC, "fund", "committed_and_managed_cny", 5.885e9, "cny", A3, ASA, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(JC, "fund", "leveraged_investment_cny", 3.23e10, "cny", "撬动的投资金额共约323亿元", ASA, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(JC, "fund", "portfolio_projects_listed", 6, "count", A4, ASA, kind="cumulative"),
  fact(JC, "fund", "portfolio_projects_ipo_approved_or_filed", 10, "count", A4, ASA, kind="cumulative", opt=True),
  fact(JC, "fund", "portfolio_projects_follow_on_financing", 60, "count", A4, ASA, kind="cumulative", qual="约", qtext="约", opt=True),
  fact(JC, "fund", "reinvestment_in_area_cny", 1.22e10, "cny", "已实现返投约122亿元", ASA, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(SW, "fund", "sub_funds_invested", 7, "count", A5, ASA, kind="cumulative"),
  fact(SW, "fund", "direct_projects_invested", 6, "count", A5, ASA, kind="cumulative"),
  fact(SW, "fund", "invested_cny", 2.1e9, "cny", "累计投资金额21亿元,其中对直投项目出资9亿元", ASA, kind="cumulative", chk=True),
  fact(SW, "fund", "direct_investment_cny", 9e8, "cny", "其中对直投项目出资9亿元", ASA, kind="cumulative", chk=True, opt=True),
  fact(BH, "park", "talent_introduced_by_fund_projects", 309, "persons", "截至目前,基金直接投资项目带动引入就业人才数量309人", ASA, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yd02 成都高新區·新津區 天府智能硬件產業園 (香港商報 2022)
CD = "成都高新區"
ZY = "天府智能硬件產業園"
ZZ = "天府智能製造產業園"
B0 = "9月26日,成都高新區與成都市新津區簽署合作協議,雙方將按照「園區+公司+基金」的模式,共建天府智能硬件產業園"
B1 = "據悉,雙方將在新津區天府智能製造產業園內一期規劃180畝進行聯合開發"
B2 = "未來5年,該智能硬件產業園力爭引育智能硬件、智能裝備和工業互聯網等領域企業100 家以上,導入各類人才5000 人以上,培育上市或進入上市輔導期單位企業10 家以上"
BH2 = "設立10億元產業基金 成都高新區和新津區共建智能硬件產業園"
ASB = "2022–2027年（未來5年，目標）"
G["yd02"] = dict(
 article=art("設立10億元產業基金 成都高新區和新津區共建智能硬件產業園", "香港商報（香港商報網 hkcd.com，四川·經濟縱橫欄；存段無署名）", "2022-09-26", "day",
  "Hong Kong daily's Sichuan channel (traditional script): a national high-tech zone and a district sign to co-build a park inside the district's manufacturing park under a 'park + company + fund' model — a 1-billion-yuan industry fund in the headline, first-phase land, five-year targets for firms, talent and listings, a joint leading group and a build-operate platform",
  "https://hkcd.com/content_p/2022-09/26/content_141905.html",
  "日期取頁面“2022-09-26 來源:香港商報網”。標題照錄；欄目路徑“香港商报官网 > 四川 > 经济纵横”、日期行、來源行已刪。存段末段“同時,為吸引全球智能硬件、智能裝”在句中中斷，整段刪去（make_txt.py ITEMS 截至上一段），正文截至“…負責推進產業園的投資、建設和運營。”，共五段。繁體原文，未轉換。園區：成都高新區（國家級高新區；成都，四川）；天府智能硬件產業園（雙方共建，一期在天府智能製造產業園內180畝，parent 天府智能製造產業園；文中又作“該智能硬件產業園”“產業園”）；天府智能製造產業園（新津區，kind 產業園）；中國(四川)自由貿易試驗區（成都高新區為其核心區，可選）。新津區為區（行政區），不列園區。基金：標題“設立10億元產業基金”，正文存段未寫基金名稱、管理人（在刪去的末段之後）；name 記“產業基金”（無專名），park 天府智能硬件產業園（“園區+公司+基金”模式）。項目：共建天府智能硬件產業園（簽署合作協議→签约；可選，因已列園區）。機構：天府智能硬件產業園聯動發展領導小組（可選）。事實：一期規劃180畝（target）；未來5年企業100家以上、人才5000人以上、上市或輔導期企業10家以上（target，超）。",
  "yd02"),
 parks=[
  park(CD, "成都", "四川", "國家級高新區", B0, note="全國首批國家級高新區；西部首個國家自主創新示範區"),
  park(ZY, "成都", "四川", "產業園", B0, district="新津區", parent=ZZ, aliases=["智能硬件產業園"],
       note="成都高新區與新津區共建；一期在天府智能製造產業園內180畝；標題作“智能硬件產業園”"),
  park(ZZ, "成都", "四川", "產業園", B1, district="新津區"),
  park("中國(四川)自由貿易試驗區", "成都", "四川", "自由貿易試驗區",
       "成都高新區是全國首批國家級高新區、全國首批「創建世界一流高科技園區」試點園區之一、西部首個國家自主創新示範區、中國(四川)自由貿易試驗區核心區",
       opt=True, note="成都高新區為其核心區"),
 ],
 companies=[],
 institutions=[
  inst("天府智能硬件產業園聯動發展領導小組", "雙方將成立聯合推進機構--「天府智能硬件產業園聯動發展領導小組」", park=ZY, note="聯合推進機構"),
 ],
 projects=[
  proj(ZY, ZZ, B0, status="签约", status_text="簽署合作協議", opt=True, phase="一期",
       note="共建產業園（已列園區）；一期規劃180畝，在天府智能製造產業園內"),
 ],
 funds=[
  fund("產業基金", ZY, BH2, size="10億元", size_type="規模（標題）",
       note="無專名；標題“設立10億元產業基金”；“園區+公司+基金”模式；出資方、管理人存段未寫"),
 ],
 aggregate_facts=[
  fact(ZY, "park", "phase1_planned_area_mu", 180, "mu", B1, "一期（規劃）", kind="target"),
  fact(ZY, "park", "firms_target", 100, "count", B2, ASB, kind="target", qual="超", qtext="以上"),
  fact(ZY, "park", "talent_target", 5000, "persons", B2, ASB, kind="target", qual="超", qtext="以上"),
  fact(ZY, "park", "listed_or_pre_ipo_firms_target", 10, "count", B2, ASB, kind="target", qual="超", qtext="以上"),
 ])

# ---------------------------------------------------------------- yd03 荣成 蓝润国际海洋食品产业园 项目基金 (齐鲁网·闪电新闻 2019)
LR = "蓝润国际海洋食品产业园"
LF = "荣成中泰蓝润新旧动能转换股权投资基金"
XF = "山东鑫发投资控股有限公司"
C0 = "近日,荣成中泰蓝润新旧动能转换股权投资基金完成注册,标志着威海市第一支新旧动能转换项目基金正式设立完成"
C1 = "本支基金是针对山东鑫发投资控股有限公司规划的蓝润国际海洋食品产业园项目进行投资,总规模3亿元,以股权投资的形式进行"
C2 = "其中,威海市政府引导基金出资0.3亿元,撬动省、区市引导基金及其他社会资本出资2.7亿元"
G["yd03"] = dict(
 article=art("（无标题）荣成中泰蓝润新旧动能转换股权投资基金完成注册", "齐鲁网·闪电新闻（2019年12月4日），转载于 yybnet.net（威海新闻栏）", "2019-12-04", "day",
  "Provincial news site's flash-news item relayed by a city news portal, Shandong: a city's first project fund registered — a 300-million-yuan equity fund for one developer's planned seafood industrial park, the city guidance fund's share and the capital it draws, how project funds differ from cluster sub-funds",
  "https://yybnet.net/weihai/news/201912/10019851.html",
  "日期取文末“(稿件来源:2019年12月4日《齐鲁网·闪电新闻》)”（原发日；转载页网址 201912）。存段无标题（title 为编者概括）。稿件来源行、“新闻推荐”及其下一条新闻摘要、站点口号行已删。正文四段，完整。园区：蓝润国际海洋食品产业园（山东鑫发投资控股有限公司规划的产业园项目；“荣成”只在基金名中，city 记威海、district 荣成市由基金名推定；kind 产业园）。基金：荣成中泰蓝润新旧动能转换股权投资基金（总规模3亿元；完成注册；威海市第一支新旧动能转换项目基金；投向蓝润国际海洋食品产业园项目，park 记该园；管理人文中未写）；威海市政府引导基金（出资0.3亿元；park null，可选）。“七大千亿级产业集群子基金”为泛称，不列。公司：山东鑫发投资控股有限公司（规划该产业园的企业，文中又作“该集团”；所在地文中未写，park null）。项目：蓝润国际海洋食品产业园项目（“规划的”→ planned；无投资额）。机构：威海市财政局（可选）。事实：市引导基金出资0.3亿元、撬动其他资本2.7亿元（reported，基金为主体）。",
  "yd03"),
 parks=[
  park(LR, "威海", "山东", "产业园", C1, district="荣成市", note="山东鑫发投资控股有限公司规划的产业园项目；district 由基金名“荣成”推定"),
 ],
 companies=[
  comp(XF, None, C1, note="规划蓝润国际海洋食品产业园项目的企业；文中又作“该集团”"),
 ],
 institutions=[
  inst("威海市财政局", "齐鲁网·闪电新闻讯 记者从威海市财政局了解到"),
 ],
 projects=[
  proj("蓝润国际海洋食品产业园项目", LR, C1, companies=[XF], status="planned", status_text="规划的",
       note="基金投资对象；园区开发项目，无投资额"),
 ],
 funds=[
  fund(LF, LR, C1, size="3亿元", size_type="总规模",
       note="2019年12月完成注册；威海市第一支新旧动能转换项目基金；市政府引导基金出资0.3亿元，省、区市引导基金及社会资本出资2.7亿元；投向蓝润国际海洋食品产业园项目；管理人文中未写"),
  fund("威海市政府引导基金", None, C2, opt=True, note="出资0.3亿元"),
 ],
 aggregate_facts=[
  fact(LF, "fund", "city_guidance_fund_commitment_cny", 3e7, "cny", C2, "2019年12月（注册时）", chk=True),
  fact(LF, "fund", "other_capital_commitment_cny", 2.7e8, "cny", "撬动省、区市引导基金及其他社会资本出资2.7亿元", "2019年12月（注册时）", chk=True),
 ])

# ---------------------------------------------------------------- yd04 苏州工业园区 华人文化 / 国创母基金(二期) (中新网 2015)
SIP = "苏州工业园区"
GC = "国创母基金(二期)"
HR = "华人文化控股集团"
D0 = "2015年10月31日,于苏州工业园区而言又是一个值得兴奋的日子"
D1 = "这一天,由阿里巴巴集团、腾讯集团及苏州元禾控股有限公司等共同投资的华人文化控股集团成立,并正式落户苏州工业园区,总融资规模逾百亿元人民币"
D2 = "好事成双,同在这一天,国创母基金(二期)在苏州工业园区正式签约启动,总规模不低于150亿元"
G["yd04"] = dict(
 article=art("（无标题）苏州工业园区开放创新综合试验获批后两大超百亿项目落户", "中新网（中国新闻网），摘要载于人大经济论坛 bbs.pinggu.org 新闻页（附全文地址）", "2015-11-02", "day",
  "National wire feature's opening relayed by an economics forum's news page, Jiangsu: an industrial park weeks after approval as an open-innovation pilot — a media holding group founded by internet giants and the park's state holding company settles there, and a national mother fund's second phase (at least 15 billion yuan) is signed in the park on the same day",
  "https://bbs.pinggu.org/k/news/1136398.html",
  "日期取电头“中新网11月2日电”，年份取文中“2015年10月31日”（2015-11-02）。存段无标题（title 为编者概括）。论坛页只存原文开头：末段“随着开放创新综合试验的深入进行,苏州工业 ...”以省略号中断，整段删去；“全文地址:…thread-3814337-1-1.html”行删去。正文五段（含小标题“高大上项目注入活力”）。园区：苏州工业园区（苏州，江苏；文中又作“园区”）。公司：华人文化控股集团（成立并落户园区）；阿里巴巴集团、腾讯集团、苏州元禾控股有限公司（共同投资方；所在地文中未写，park null）。项目：华人文化控股集团落户（“正式落户”→无状态；“总融资规模逾百亿元人民币”为融资规模，不作投资额，另记事实）。基金：国创母基金(二期)（在园区签约启动，总规模不低于150亿元→超；管理人文中未写）。事实：两大超百亿项目同日落户（reported）；华人文化融资规模逾百亿元（公司为主体，超）。",
  "yd04"),
 parks=[
  park(SIP, "苏州", "江苏", "工业园区", D0, note="开放创新综合试验获批（2015年10月）；文中又作“园区”"),
 ],
 companies=[
  comp(HR, SIP, D1, note="阿里巴巴集团、腾讯集团、苏州元禾控股有限公司等共同投资；2015年10月31日成立并落户"),
  comp("阿里巴巴集团", None, D1, note="华人文化控股集团投资方"),
  comp("腾讯集团", None, D1, note="华人文化控股集团投资方"),
  comp("苏州元禾控股有限公司", None, D1, note="华人文化控股集团投资方；所在地文中未写"),
 ],
 institutions=[],
 projects=[
  proj(HR, SIP, D1, companies=[HR], note="“两大超百亿项目”之一；“正式落户”（无状态）；总融资规模逾百亿元为融资额，不作投资额"),
 ],
 funds=[
  fund(GC, SIP, D2, size="150亿元", size_type="总规模", qual="超", qual_text="不低于",
       note="2015年10月31日在苏州工业园区签约启动；投向产业特点鲜明的基金及现代服务业、工业4.0等项目；文中称“这一项目”；管理人文中未写"),
 ],
 aggregate_facts=[
  fact(SIP, "park", "projects_over_10bn_landed", 2, "count", "两大超百亿项目同时落户苏州工业园区", "2015-10-31"),
  fact(HR, "company", "financing_scale_cny", 1e10, "cny", "总融资规模逾百亿元人民币", "2015-10-31（成立时）", qual="超", qtext="逾"),
 ])

# ---------------------------------------------------------------- yd05 成都高新区 天使母基金 / 天使子基金 (2022)
CG = "成都高新区"
MJ = "成都高新区天使母基金"
GT = "成都高投创业投资有限公司"
E0 = "近日,成都高新区天使投资子基金(第二批次)申报已启动。基金总规模100亿元,预计2022年出资不低于15亿元"
E1 = "10月26日,首期天使子基金正式启动,规模约40亿元。签约机构为创新工场、君联资本、梅花创投、险峰资本、松禾资本、阿米巴资本、中信聚信、道远资本、元生创投"
E2 = "整体看来, 成都高新区计划五年设立总规模100亿元天使母基金"
E3 = "成都高投创业投资有限公司(以下简称“高新创投”或“母基金管理人”)承担成都高新区天使母基金管理工作"
G["yd05"] = dict(
 article=art("（无标题）成都高新区天使投资子基金(第二批次)申报启动", "12425.cn（新闻栏；原发媒体与署名存段未示）", "2022-11", "month",
  "Web news relay, Sichuan: a national high-tech zone's 10-billion-yuan angel mother fund opens its second call for sub-funds — sectors, the first 4-billion-yuan batch and its nine signed VC firms, the mother fund's terms and its manager",
  "http://m.12425.cn/news/202211/xwif_32066.html",
  "日期取网址 202211（月；文中“10月26日,首期天使子基金正式启动”在前，故为2022年11月）。存段无标题、无日期行（title 为编者概括）。两处小标题各被分成两行（“首期规模40亿,”/“创新工场、君联资本等机构入局”；“两类子基金均可申报,”/“优先支持设立…”），各连成一段（make_txt.py JOIN）。存段末句“天使母基金重点投向以成都高新区重点”中断，整段删去，正文截至“…承担成都高新区天使母基金管理工作。”，共九段。园区：成都高新区（成都，四川）。基金：成都高新区天使母基金（五年总规模100亿元；管理人成都高投创业投资有限公司，简称高新创投；文中又作“天使母基金”）；首期天使子基金（规模约40亿元，2022年10月26日启动）；第二批次天使投资子基金（申报启动，规模文中未单列——首句“基金总规模100亿元”与后文母基金规模一致，归母基金；可选）。公司：成都高投创业投资有限公司（母基金管理人；园区由职能推定）；创新工场、君联资本、梅花创投、险峰资本、松禾资本、阿米巴资本、中信聚信、道远资本、元生创投（首期子基金签约机构；所在地文中未写，park null）；清科、投中只作排名来源，不列。事实：母基金2022年出资不低于15亿元（target，超）；第二批子基金8个新兴赛道（可选）。",
  "yd05"),
 parks=[
  park(CG, "成都", "四川", "高新区", E0),
 ],
 companies=[
  comp(GT, CG, E3, aliases=["高新创投"], note="天使母基金管理人；园区由职能推定"),
 ] + [comp(n, None, E1, note="首期天使子基金签约机构") for n in
      ["创新工场", "君联资本", "梅花创投", "险峰资本", "松禾资本", "阿米巴资本", "中信聚信", "道远资本", "元生创投"]],
 institutions=[],
 projects=[],
 funds=[
  fund(MJ, CG, E2, size="100亿元", size_type="总规模（五年）", aliases=["天使母基金"],
       note="成都高新区天使投资引导母基金；管理人成都高投创业投资有限公司（高新创投）；通过投资各类天使子基金投早投小投科技；预计2022年出资不低于15亿元"),
  fund("首期天使子基金", CG, "10月26日,首期天使子基金正式启动,规模约40亿元", size="40亿元", size_type="规模", qual="约", qual_text="约",
       note="2022年10月26日启动；签约机构九家（创新工场等）；聚焦芯片、工业软件、创新药、AI硬科技"),
  fund("成都高新区天使投资子基金(第二批次)", CG, E0, opt=True,
       note="申报启动；首句“基金总规模100亿元”按后文为母基金规模，不记入本批"),
 ],
 aggregate_facts=[
  fact(MJ, "fund", "planned_contribution_cny", 1.5e9, "cny", "预计2022年出资不低于15亿元", "2022年（预计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact(MJ, "fund", "priority_new_tracks", 8, "count",
       "第二批子基金将重点关注车载智能、功率半导体、核酸药物、细胞治疗、生物医学人工智能、量子计算、无人机、数字经济等8个新兴赛道的科技型早期企业",
       "2022年11月（第二批申报）", opt=True),
  fact("首期天使子基金", "fund", "signed_gp_firms", 9, "count", E1, "2022-10-26", opt=True, note="签约机构九家（文中未写数字，列名计数）"),
 ])

# ---------------------------------------------------------------- yd06 苏州高新 苏新新兴产业基金 (2023)
YL = "江苏医疗器械科技产业园"
SX = "苏州苏新新兴产业投资基金合伙企业(有限合伙)"
F0 = "苏州高新3月29日公告,为支持江苏医疗器械科技产业园招商运营及产业投资,进一步加强公司在医疗器械等相关领域的产业培育力度,近日苏高新基金联合苏高新投资、医疗器械产业公司(为公司控股子公司)共同签署合伙协议"
F1 = "发起设立苏州苏新新兴产业投资基金合伙企业(有限合伙)(暂拟,最终以市场监督管理部门核名为准,简称“苏新新兴产业基金”),基金认缴出资总额5亿元"
G["yd06"] = dict(
 article=art("（无标题）苏州高新：发起设立苏新新兴产业基金 支持江苏医疗器械科技产业园", "fczh.eeju.com（房产/财经资讯站，转述上市公司公告；原发与署名存段未示）", "2023-03-29", "day",
  "Aggregator brief on a listed company's announcement, Jiangsu: a listed park developer's fund arm, investment arm and a subsidiary sign a partnership to set up a 500-million-yuan fund supporting a medical-device park's investment promotion and industry investment",
  "http://fczh.eeju.com/fczh/2023/0329/47529.html",
  "日期取文中“苏州高新3月29日公告”与网址 2023/0329。存段无标题（title 为编者概括）；“(资料图)”与末行“关键词:”已删。正文一段，完整。园区：江苏医疗器械科技产业园（苏州，江苏；所在区文中未写）。公司：苏州高新（上市公司，文中只作简称）、苏高新基金、苏高新投资、医疗器械产业公司（“为公司控股子公司”）——均为发起方，所在地文中未写，park null。基金：苏州苏新新兴产业投资基金合伙企业(有限合伙)（暂拟名，简称“苏新新兴产业基金”；认缴出资总额5亿元；为支持江苏医疗器械科技产业园招商运营及产业投资，park 记该园；管理人文中未写）。无项目、无事实。",
  "yd06"),
 parks=[
  park(YL, "苏州", "江苏", "产业园", F0),
 ],
 companies=[
  comp("苏州高新", None, F0, note="上市公司（简称）；公告方"),
  comp("苏高新基金", None, F0, note="发起方（简称）"),
  comp("苏高新投资", None, F0, note="发起方（简称）"),
  comp("医疗器械产业公司", None, F0, note="苏州高新控股子公司；发起方（简称）"),
 ],
 institutions=[],
 projects=[],
 funds=[
  fund(SX, YL, F1, size="5亿元", size_type="认缴出资总额", aliases=["苏新新兴产业基金"],
       note="暂拟名；苏高新基金联合苏高新投资、医疗器械产业公司签署合伙协议发起设立；支持江苏医疗器械科技产业园招商运营及产业投资；投资医疗器械、生物医药、医疗信息化等；管理人文中未写"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- yd07 暨阳湖科学城 智能制造产业园开工 / 产业发展基金 (张家港 2025)
JY = "暨阳湖科学城"
ZN = "智能制造产业园"
JF = "暨阳湖科学城产业发展基金"
H0 = "9月28日上午,暨阳湖科学城智能制造产业园项目开工签约暨科学城产业发展基金发布会举行"
H1 = "活动现场,总投资近30亿元的多个优质项目签约入驻,一批头部合作单位达成合作,总规模50亿元的暨阳湖科学城产业发展基金同步发布"
H2 = "此次开工的智能制造产业园,作为科学城首开区核心项目,总投资16亿元,建成后将充分发挥国有产业园区的载体支撑功能"
H3 = "近年来,张家港市紧扣“4+4+N”传统、新兴、未来产业体系,持续建强高能级科创载体,累计投用载体49家,总面积超400万平方米,入驻主体超1000家"
ASH = "2025年9月"
G["yd07"] = dict(
 article=art("（无标题）暨阳湖科学城智能制造产业园项目开工签约暨科学城产业发展基金发布会举行", "苏州市人民政府网站“区县快讯”栏条目（网址路径 szsrmzf/qxkx），存于镜像域名 bandao-tiy.com；原发与署名存段未示", "2025-09", "month",
  "City government site's county-news item (as stored on a mirror host), Jiangsu: a county-level city's science city breaks ground on its state-owned intelligent-manufacturing park, signs projects worth nearly 3 billion yuan and launches a 5-billion-yuan industry fund — the park's role, the fund's focus, the city's sci-tech carriers",
  "http://www.bandao-tiy.com/szsrmzf/qxkx/202509/51997cf799e741d4961a0206c7f0f075.shtml",
  "日期取网址 202509 与文中“9月28日上午”（活动日2025-09-28；发布日未示，记月）。存段无标题、无日期行（title 为编者概括）。存放域名 bandao-tiy.com 并非政府域名，网址路径与苏州市人民政府网站“区县快讯”（szsrmzf/qxkx）一致，当为镜像；正文为简体原文，未见转换或乱码。存段末句“同时,基金创新设计“投贷联动”“股债联动”机制,积极链接银行资源与金融要素资源,着”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…搭建产业与资本的沟通桥梁。”，共四段。园区：暨阳湖科学城（张家港市主城核心区的高能级科创载体；苏州，江苏；kind 科学城）；智能制造产业园（科学城首开区核心项目，国有产业园区，parent 暨阳湖科学城；同时为开工项目）。“经开区”未写全称，不列。项目：智能制造产业园（文中又作“暨阳湖科学城智能制造产业园项目”；开工；总投资16亿元）；“总投资近30亿元的多个优质项目签约入驻”未点名，记事实（约）。基金：暨阳湖科学城产业发展基金（总规模50亿元，同步发布，文中又作“科学城产业发展基金”；管理人、出资方文中未写）。事实：签约项目总投资近30亿元（约）；张家港市累计投用科创载体49家、总面积超400万平方米、入驻主体超1000家（市为主体，cumulative，可选）。",
  "yd07"),
 parks=[
  park(JY, "苏州", "江苏", "科学城", H0, district="张家港市", aliases=["科学城"], note="张家港市主城核心区的高能级科创载体；文中又作“科学城”"),
  park(ZN, "苏州", "江苏", "产业园", H2, district="张家港市", parent=JY, note="科学城首开区核心项目；国有产业园区；同时为开工项目"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj(ZN, JY, H2, inv="总投资16亿元", status="开工", status_text="此次开工", aliases=["暨阳湖科学城智能制造产业园项目"],
       note="科学城首开区核心项目；国有产业园区"),
 ],
 funds=[
  fund(JF, JY, "总规模50亿元的暨阳湖科学城产业发展基金同步发布", size="50亿元", size_type="总规模", aliases=["科学城产业发展基金"],
       note="2025年9月28日发布；投向颠覆性技术早期项目，兼顾成长期、成熟期主体落地扩产与定向增发；管理人、出资方文中未写"),
 ],
 aggregate_facts=[
  fact(JY, "park", "signed_investment_cny", 3e9, "cny", H1, "2025-09-28（签约）", qual="约", qtext="近", chk=True, note="多个优质项目签约入驻，未点名"),
  fact("张家港市", "region", "sci_tech_carriers_in_use", 49, "count", H3, ASH, kind="cumulative", opt=True),
  fact("张家港市", "region", "sci_tech_carriers_area_m2", 4e6, "m2", H3, ASH, kind="cumulative", qual="超", qtext="超", opt=True),
  fact("张家港市", "region", "sci_tech_carriers_tenants", 1000, "count", H3, ASH, kind="cumulative", qual="超", qtext="超", opt=True),
 ])
