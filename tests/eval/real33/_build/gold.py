# real33 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real32: evidence verbatim (in the text's own script, never converted); names as written in the text;
# 逾/超過/超/以上/突破 → 超, 余/多 → 余, 約/约 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (traditional 億元 included); US dollars use the suffix _usd (unit usd).
# fact(): a *_cny metric takes its value from the FIRST amount of its evidence; where the wanted amount is not the first one
# (zc09 “分別完成22.4億元、1.6億元、0.4億元”) the metric suffix _rmb (unit cny) is used, as real31/real32 did.
# A batch of projects started/signed in a park is stored as facts about the park; sub-groups as “park（group）” park_group subjects.
# Rankings: metric *_rank, value = the rank, unit “rank”; “前三” without an order is stored as *_top3 (value 3), optional.
# Growth rates as ratios (13% → 0.13). Sources are `search` (corpus pages) excerpts typed into _raw/pages/zcNN.raw as returned.

G["zc01"] = dict(
 article=art("臺商去年到蘇州新區投資額達26億美元", "中新網（中國新聞網），載於 big5.china.com.cn 繁體鏡像（中國網 兩會/海峽 欄目）", "2001-03-26", "day",
  "China News Service online item in traditional script, on a Taiwan-affairs page of china.com.cn: a national high-tech zone's investment seminar in Shenzhen; its committee head reports last year's Taiwanese investment (US$), project count and growth",
  "http://big5.china.com.cn/gate/big5/lianghui.china.com.cn/chinese/TCC/haixia/26290.htm",
  "日期取文末“中新網2001年3月26日”（該行及版權行已刪）。正文兩段，完整。標題說“臺商去年到蘇州新區投資額達26億美元”，正文則是主任所說“去年臺商到蘇州投資,總投資額約達二十六億美金”（到“蘇州”而非“蘇州新區”，且有“約”）：金額的主語依標題記為蘇州新區，證據用標題；項目數與增幅只見於正文（主語同樣含糊），列為可選並註明。“除了吸引不少臺商參與”原文如此。",
  "zc01"),
 parks=[
  park("蘇州新區", "蘇州", "江蘇", "開發區（新區）", "被日本野村綜合研究所稱為中國最具魅力開發區的蘇州新區,日前在深圳舉行投資情況懇談會",
       note="即蘇州高新區（文中只作“蘇州新區”）；省份文中未寫"),
 ],
 institutions=[
  inst("蘇州新區管理委員會", "蘇州新區管理委員會主任趙俊生表示", park="蘇州新區"),
  inst("日本野村綜合研究所", "被日本野村綜合研究所稱為中國最具魅力開發區的蘇州新區", kind="research", note="只作評價者出現"),
 ],
 aggregate_facts=[
  fact("蘇州新區", "park", "taiwan_investment_usd", 2.6e9, "usd", "臺商去年到蘇州新區投資額達26億美元", "2000年（去年）",
       note="標題；正文作“去年臺商到蘇州投資,總投資額約達二十六億美金”（主語為蘇州，帶“約”）"),
  fact("蘇州新區", "park", "taiwan_investment_projects", 400, "count", "投資項目四百多項", "2000年（去年）", qual="余", qtext="多", opt=True,
       note="正文句主語是“到蘇州投資”的臺商；依標題歸蘇州新區，存疑，故可選"),
  fact("蘇州新區", "park", "taiwan_investment_growth", 1.0, "ratio", "較前年成長一倍多", "2000年（去年）", kind="ratio", qual="余", qtext="多", opt=True,
       note="“成長一倍多”＝增長100%以上"),
 ])

G["zc02"] = dict(
 article=art("镇远县招商引资初见成效工业园区再掀建设热潮", "黔东南信息港（3g.qdn.cn，黔东南州新闻网站；作者 何坤均）", "2011-07", "month",
  "Prefecture news portal, county investment-promotion bulletin: a Guizhou county's first-half project intake by size band, fifteen projects above 100m yuan under construction — park roads, a new-energy industrial park and four named metallurgy firms — in the county's industrial park",
  "http://3g.qdn.cn/news/zy/201107/62953.shtml",
  "日期只有网址 201107（无日），事件为2011年上半年。正文一段，完整，文末“(何坤均)”照录（同行）；其后页面残片“![]() |”已删。同稿另有繁体镜像（zhxpm.cn，未用）。“开工率达66.6%”原文如此（与“15个…均按计划开工”之间的分母文中未说明）。镇远县属贵州黔东南州，文中未写省、州，province 依县名填贵州（无歧义），city 为 null。",
  "zc02"),
 parks=[
  park("黔东工业园区", None, "贵州", "工业园区", "再次掀起了镇远县黔东工业园区招商引资项目建设热潮", district="镇远县", note="文中作“镇远县黔东工业园区”；标题与正文的“园区”“工业园区”指此园"),
  park("新能源产业园", None, "贵州", "产业园", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设",
       district="镇远县", parent="黔东工业园区", opt=True, note="作为15个亿元以上在建项目之一出现（园中园项目）；隶属依上下文"),
 ],
 companies=[
  comp("秦箭", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设",
       note="冶金企业；其亿元以上项目开工建设，即园区建设热潮的一部分（园区依上下文）"),
  comp("润达", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设"),
  comp("鸿丰", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设"),
  comp("百川", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设"),
 ],
 projects=[
  proj("新能源产业园", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设",
       qual="超", qual_text="亿元以上", status="开工", status_text="按计划开工建设", opt=True, note="亿元以上项目之一，金额未给"),
  proj("园区主干道", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设",
       qual="超", qual_text="亿元以上", status="开工", status_text="按计划开工建设", opt=True, note="基础设施"),
  proj("产业主干道", "黔东工业园区", "园区主干道、产业主干道、新能源产业园以及秦箭、润达、鸿丰、百川等冶金企业共15个亿元以上招商引资项目均按计划开工建设",
       qual="超", qual_text="亿元以上", status="开工", status_text="按计划开工建设", opt=True, note="基础设施"),
 ],
 aggregate_facts=[
  fact("镇远县", "region", "projects_introduced", 32, "count", "上半年镇远县共引进项目32个", "2011年上半年"),
  fact("镇远县", "region", "projects_introduced_over_100m", 15, "count", "亿元以上项目15个", "2011年上半年"),
  fact("镇远县（1—9亿元项目）", "region", "projects_introduced", 10, "count", "1—9亿元项目10个", "2011年上半年", opt=True),
  fact("镇远县（10—19亿元项目）", "region", "projects_introduced", 1, "count", "10—19亿元项目1个", "2011年上半年", opt=True),
  fact("镇远县（20—29亿元项目）", "region", "projects_introduced", 3, "count", "20—29亿元项目3个", "2011年上半年", opt=True),
  fact("镇远县（100亿元项目）", "region", "projects_introduced", 1, "count", "100亿元项目1个", "2011年上半年", opt=True),
  fact("黔东工业园区", "park", "projects_over_100m_under_construction", 15, "count", "共15个亿元以上招商引资项目均按计划开工建设", "2011年7月（目前）",
       note="县上半年引进的15个亿元以上项目，文中列出的（园区主干道…冶金企业）均在园区；与上面县级的15个是同一批"),
  fact("黔东工业园区", "park", "project_start_rate", 0.666, "ratio", "开工率达66.6%", "2011年7月（目前）", kind="ratio", opt=True,
       note="分母文中未说明（也可能是全县32个项目的开工率），主语存疑"),
 ])

G["zc03"] = dict(
 article=art("（無標題）黔東南州赴上海、常州等地招商 達成協議項目23個 簽約108.09億元", "黔東南政府網消息，載於 zhxpm.cn（黔東南信息港繁體鏡像）", "2012-03-17", "day",
  "Prefecture government news (traditional mirror), investment-promotion bulletin: a Guizhou prefecture's delegation — two counties and five development zones/industrial parks — on a promotion trip to Shanghai and Changzhou; agreements and signed amounts per event",
  "http://www.zhxpm.cn/html/2012/ponews_0317/52675.shtml",
  "日期取網址 ponews_0317（2012年），事件為3月8—13日。存頁未存標題（title 為編者概括）。正文完整（兩段），無頁腳。開頭“據黔東南政府網消息”照錄。五個園區只作為招商團成員與推介單位出現，文中沒有按園區分的簽約數；簽約數的主語是全州（“此次外出招商引資”“我州…分別作了項目推介”）。第二處“爐碧經濟開發區爐山工業園區”中間無頓號，依首處列舉視為兩個園區（爐山工業園區或在爐碧經濟開發區內，文中未說，parent 不填）。城市一律填“黔東南”（州，文中“我州”“貴州黔東南”）。",
  "zc03", title_note="no headline stored; title made from the lead"),
 parks=[
  park("凱里經濟開發區", "黔東南", "貴州", "經濟開發區", "凱里經濟開發區、爐碧經濟開發區、爐山工業園區、金鐘經濟開發區、洛貫經濟開發區負責人赴上海、南京、溧水、無錫等地開展招商引資工作"),
  park("爐碧經濟開發區", "黔東南", "貴州", "經濟開發區", "凱里經濟開發區、爐碧經濟開發區、爐山工業園區、金鐘經濟開發區、洛貫經濟開發區負責人赴上海、南京、溧水、無錫等地開展招商引資工作"),
  park("爐山工業園區", "黔東南", "貴州", "工業園區", "凱里經濟開發區、爐碧經濟開發區、爐山工業園區、金鐘經濟開發區、洛貫經濟開發區負責人赴上海、南京、溧水、無錫等地開展招商引資工作",
       note="第二處寫作“爐碧經濟開發區爐山工業園區”（無頓號）"),
  park("金鐘經濟開發區", "黔東南", "貴州", "經濟開發區", "凱里經濟開發區、爐碧經濟開發區、爐山工業園區、金鐘經濟開發區、洛貫經濟開發區負責人赴上海、南京、溧水、無錫等地開展招商引資工作"),
  park("洛貫經濟開發區", "黔東南", "貴州", "經濟開發區", "凱里經濟開發區、爐碧經濟開發區、爐山工業園區、金鐘經濟開發區、洛貫經濟開發區負責人赴上海、南京、溧水、無錫等地開展招商引資工作"),
 ],
 institutions=[
  inst("州投資促進局", "州長助理楊德濤率州投資促進局、州工信委、州商務局、州工商聯"),
  inst("州工信委", "州長助理楊德濤率州投資促進局、州工信委、州商務局、州工商聯"),
  inst("州商務局", "州長助理楊德濤率州投資促進局、州工信委、州商務局、州工商聯"),
  inst("州工商聯", "州長助理楊德濤率州投資促進局、州工信委、州商務局、州工商聯", kind="association"),
 ],
 aggregate_facts=[
  fact("黔東南", "region", "projects_signed", 23, "count", "共達成協議項目23個", "2012年3月8—13日（外出招商）"),
  fact("黔東南", "region", "signed_investment_cny", 1.0809e10, "cny", "簽約投資金額108.09億元", "2012年3月8—13日（外出招商）"),
  fact("黔東南（上海洽談會）", "region", "projects_signed", 12, "count", "共達成協議項目12個", "2012年3月9日（2012首屆國際高端產業轉移項目(上海)洽談會）"),
  fact("黔東南（上海洽談會）", "region", "signed_investment_cny", 3.999e9, "cny", "簽約投資金額39.99億元", "2012年3月9日"),
  fact("黔東南（常州推介會）", "region", "projects_signed", 11, "count", "在推介會上共達成協議項目 11 個", "2012年3月13日（貴州黔東南招商引資項目(常州)推介會）"),
  fact("黔東南（常州推介會）", "region", "signed_investment_cny", 6.81e9, "cny", "簽約投資金額68.1億元", "2012年3月13日"),
 ])

G["zc04"] = dict(
 article=art("（無標題）黃平縣2014年20個落地項目在谷隴工業園區集中開工", "黔東南信息港（zhxpm.cn 繁體鏡像；作者 楊光莉）", "2014-07-29", "day",
  "Prefecture news portal (traditional mirror), county project-start report: a Guizhou county's 20 projects start together at its industrial park — total investment and two size bands",
  "http://www.zhxpm.cn/html/2014/hp_0729/120337.shtml",
  "日期取網址 hp_0729（2014年），開工在“7月28日”。存頁未存標題（title 為編者概括）。正文三段，完整，文末“(楊光莉 )”照錄（同行）；其後兩段“凡本網注明…”版權聲明已刪。“堅持也科學發展觀為指導”原文如此。依慣例，在園區集中開工的一批項目記為園區的事實；但這20個是黃平縣的項目，涉及城鎮基礎設施、保障性安居工程、電力、社會事業等，未必都位於谷隴工業園區（文中只說在該園區“集中開工”），見 note。省份（貴州）文中未寫，依縣名填。",
  "zc04", title_note="no headline stored; title made from the lead"),
 parks=[
  park("谷隴工業園區", None, "貴州", "工業園區", "黃平縣2014年20個落地項目在谷隴工業園區集中開工", district="黃平縣"),
 ],
 aggregate_facts=[
  fact("谷隴工業園區", "park", "projects_started", 20, "count", "黃平縣2014年20個落地項目在谷隴工業園區集中開工", "2014年7月28日",
       note="黃平縣的20個項目在該園區集中開工（開工儀式地點；項目所在地文中未逐一說明）"),
  fact("谷隴工業園區", "park", "started_projects_investment_cny", 3.58848e9, "cny", "此次集中開工的項目共有20個,總投資35.8848億元", "2014年7月28日"),
  fact("谷隴工業園區（億元項目）", "park_group", "projects_started", 4, "count", "其中開工的億元項目4個", "2014年7月28日"),
  fact("谷隴工業園區（億元項目）", "park_group", "started_projects_investment_cny", 3.17e9, "cny", "其中開工的億元項目4個,總投資31.7億元", "2014年7月28日"),
  fact("谷隴工業園區（3000萬至億元項目）", "park_group", "projects_started", 4, "count", "3000萬至億元項目4 個", "2014年7月28日", opt=True),
  fact("谷隴工業園區（3000萬至億元項目）", "park_group", "started_projects_investment_cny", 2.5e8, "cny", "3000萬至億元項目4 個,總投資2.5億元", "2014年7月28日"),
 ])

XA_N = "8家入选国家级开发区目录的,其中经济技术开发区有西安经济技术开发区、陕西航天经济技术开发区、陕西航空经济技术开发区,高新技术开发区有西安高新技术产业开发区,海关特殊监管区域有西安综合保税区、陕西西安出口加工区、西安高新综合保税区以及西安航空基地综合保税区"
XA_P = "7家开发区入选省级开发区目录,为西安浐河经济开发区,西安灞桥工业园区,临潼新丰工业集中区,西安郭杜工业园区,陕西高陵泾河工业园区,陕西鄠邑沣京工业园区,陕西蓝田工业园区"
G["zc05"] = dict(
 article=art("国家级开发区目录发布 西安8家开发区入选国家级目录", "西安晚报（记者 高乐），存于 m.yybnet.net", "2018-03-07", "day",
  "City evening paper on the national development-zone catalogue (NDRC and five ministries): a city's eight zones listed as national (by type) and seven as provincial, named one by one",
  "https://m.yybnet.net/xian/gaoling/201803/7100748.html",
  "日期取页面“西安晚报 2018-03-07 06:21”（事件“3月6日”获悉）。正文三段，完整，止于“…纳入了2018年版《目录》。”，其后“新闻推荐”等部件已删；日期行已删。文中只有名单与家数，无金额。各园区的区县依名称填（临潼、灞桥、高陵、鄠邑、蓝田等），名称中无区县者 district 为 null。",
  "zc05"),
 parks=[
  park("西安经济技术开发区", "西安", "陕西", "国家级经济技术开发区", XA_N),
  park("陕西航天经济技术开发区", "西安", "陕西", "国家级经济技术开发区", XA_N),
  park("陕西航空经济技术开发区", "西安", "陕西", "国家级经济技术开发区", XA_N),
  park("西安高新技术产业开发区", "西安", "陕西", "国家级高新技术产业开发区", XA_N),
  park("西安综合保税区", "西安", "陕西", "综合保税区（海关特殊监管区域）", XA_N),
  park("陕西西安出口加工区", "西安", "陕西", "出口加工区（海关特殊监管区域）", XA_N),
  park("西安高新综合保税区", "西安", "陕西", "综合保税区（海关特殊监管区域）", XA_N),
  park("西安航空基地综合保税区", "西安", "陕西", "综合保税区（海关特殊监管区域）", XA_N),
  park("西安浐河经济开发区", "西安", "陕西", "省级经济开发区", XA_P),
  park("西安灞桥工业园区", "西安", "陕西", "省级工业园区", XA_P, district="灞桥"),
  park("临潼新丰工业集中区", "西安", "陕西", "省级工业集中区", XA_P, district="临潼"),
  park("西安郭杜工业园区", "西安", "陕西", "省级工业园区", XA_P),
  park("陕西高陵泾河工业园区", "西安", "陕西", "省级工业园区", XA_P, district="高陵"),
  park("陕西鄠邑沣京工业园区", "西安", "陕西", "省级工业园区", XA_P, district="鄠邑"),
  park("陕西蓝田工业园区", "西安", "陕西", "省级工业园区", XA_P, district="蓝田"),
 ],
 institutions=[
  inst("西安市发改委", "记者从西安市发改委获悉"),
  inst("国家发展改革委", "国家发展改革委、科技部等发布《中国开发区审核公告目录》"),
  inst("科技部", "国家发展改革委、科技部等发布《中国开发区审核公告目录》"),
 ],
 aggregate_facts=[
  fact("西安", "region", "national_zones_in_catalogue", 8, "count", "西安8家开发区入选国家级开发区目录", "2018年版《中国开发区审核公告目录》", kind="cumulative"),
  fact("西安", "region", "provincial_zones_in_catalogue", 7, "count", "7家开发区入选省级开发区目录", "2018年版《中国开发区审核公告目录》", kind="cumulative"),
 ])

G["zc06"] = dict(
 article=art("四川青藏高原农畜产品集中加工区 成为阿坝州首个四川特色产业基地", "阿坝日报（记者 泽英），存于 m.yybnet.net", "2018-08-10", "day",
  "Prefecture daily on a provincial industry-department designation: a county's agricultural-products processing zone named a Sichuan special industry base, the first in its prefecture; the batch sizes of the two provincial lists",
  "https://m.yybnet.net/aba/songpan/201808/7889127.html",
  "日期取页面“阿坝日报 2018-08-10 09:15”。正文两段，完整，其后“新闻推荐”“相关新闻”等部件与另一文章的摘要已删；日期行已删。文中无金额。“四川省经信委”“省经济和信息化委”为同一机构。10家与21家是全省两份名单的家数（名单主语），不是该园区的数字。",
  "zc06"),
 parks=[
  park("四川青藏高原农畜产品集中加工区", "阿坝州", "四川", "农畜产品集中加工区（特色产业基地）",
       "阿坝州松潘县四川青藏高原农畜产品集中加工区被命名为四川省特色产业基地", district="松潘县", note="“该园区”指此区"),
 ],
 institutions=[
  inst("四川省经信委", "记者从四川省经信委官网获悉", note="即下文“省经济和信息化委”"),
 ],
 aggregate_facts=[
  fact("四川省新型工业化产业示范基地（第四批）", "park_group", "bases_approved", 10, "count", "共有10家新型工业化示范基地和21家特色产业基地申报对象通过审核", "2018年8月"),
  fact("四川省特色产业基地（第二批）", "park_group", "bases_approved", 21, "count", "共有10家新型工业化示范基地和21家特色产业基地申报对象通过审核", "2018年8月"),
 ])

G["zc07"] = dict(
 article=art("国家级经开区考核评价公布:酒泉经开区排名末位退出", "新京报（记者 潘亦纯），存于 news.shi-fen.com", "2020-01-17", "day",
  "National paper on the commerce ministry's annual assessment of national economic-technological development zones: the last-ranked zone is removed from the national list; top three overall, in foreign investment and in trade",
  "https://news.shi-fen.com/china/202001/50-594478.html",
  "日期取文中“1月17日”（商务部发布当日；网址 202001）。正文两段，完整。页面在“新京报讯”之前重复了一遍首段作摘要（与首段同文，去掉“新京报讯(记者潘亦纯)”），已删，另删“原标题:…”、页首路径、文末“新京报记者潘亦纯”“编辑林子校对吴兴发”及“相关阅读”。综合排名一、二、三有明确名次；吸收外资与进出口两项只说“包揽前三名/排名前三”，名次未分列，故记为 *_top3（可选）。酒泉经开区“排名末位”无数值名次，不立数值事实（见 park note）。各园区省份文中未写，依名称填。",
  "zc07"),
 parks=[
  park("酒泉经济技术开发区", "酒泉", "甘肃", "国家级经济技术开发区", "排名末位的酒泉经济技术开发区成为唯一一家被予以退出国家级经开区序列的单位",
       aliases=["酒泉经开区"], note="2019年考核综合排名末位，退出国家级经开区序列；“酒泉经开区”见标题"),
  park("苏州工业园区", "苏州", "江苏", "国家级经济技术开发区", "排名首位的是苏州工业园区"),
  park("广州经济技术开发区", "广州", "广东", "国家级经济技术开发区", "其次,广州经济技术开发区、天津经济技术开发区也分列二、三名"),
  park("天津经济技术开发区", "天津", "天津", "国家级经济技术开发区", "其次,广州经济技术开发区、天津经济技术开发区也分列二、三名"),
  park("武汉经济技术开发区", "武汉", "湖北", "国家级经济技术开发区", "广州经济技术开发区、武汉经济技术开发区及西安经济技术开发区则包揽前三名"),
  park("西安经济技术开发区", "西安", "陕西", "国家级经济技术开发区", "广州经济技术开发区、武汉经济技术开发区及西安经济技术开发区则包揽前三名"),
  park("昆山经济技术开发区", "昆山", "江苏", "国家级经济技术开发区", "苏州工业园区、昆山经济技术开发区及天津经济技术开发区排名前三"),
 ],
 institutions=[
  inst("商务部", "商务部发布2019年国家级经开区综合发展水平考核评价情况"),
 ],
 aggregate_facts=[
  fact("苏州工业园区", "park", "national_etdz_comprehensive_rank", 1, "rank", "从综合发展水平来看,排名首位的是苏州工业园区", "2019年考核"),
  fact("广州经济技术开发区", "park", "national_etdz_comprehensive_rank", 2, "rank", "其次,广州经济技术开发区、天津经济技术开发区也分列二、三名", "2019年考核"),
  fact("天津经济技术开发区", "park", "national_etdz_comprehensive_rank", 3, "rank", "其次,广州经济技术开发区、天津经济技术开发区也分列二、三名", "2019年考核"),
  fact("广州经济技术开发区", "park", "national_etdz_fdi_rank_top3", 3, "rank", "从吸收利用外资情况来看,广州经济技术开发区、武汉经济技术开发区及西安经济技术开发区则包揽前三名", "2019年考核", opt=True,
       note="前三，名次未分列"),
  fact("武汉经济技术开发区", "park", "national_etdz_fdi_rank_top3", 3, "rank", "从吸收利用外资情况来看,广州经济技术开发区、武汉经济技术开发区及西安经济技术开发区则包揽前三名", "2019年考核", opt=True),
  fact("西安经济技术开发区", "park", "national_etdz_fdi_rank_top3", 3, "rank", "从吸收利用外资情况来看,广州经济技术开发区、武汉经济技术开发区及西安经济技术开发区则包揽前三名", "2019年考核", opt=True),
  fact("苏州工业园区", "park", "national_etdz_trade_rank_top3", 3, "rank", "从进出口总额排名来看,苏州工业园区、昆山经济技术开发区及天津经济技术开发区排名前三", "2019年考核", opt=True),
  fact("昆山经济技术开发区", "park", "national_etdz_trade_rank_top3", 3, "rank", "从进出口总额排名来看,苏州工业园区、昆山经济技术开发区及天津经济技术开发区排名前三", "2019年考核", opt=True),
  fact("天津经济技术开发区", "park", "national_etdz_trade_rank_top3", 3, "rank", "从进出口总额排名来看,苏州工业园区、昆山经济技术开发区及天津经济技术开发区排名前三", "2019年考核", opt=True),
 ])

LZ = "海亮铜箔、宝武碳业、广东宏彬等一批高技术新能源新材料项目建设创出行业“新速度”"
G["zc08"] = dict(
 article=art("每日关注!人报甘头条 | 持续领跑!前三季度兰州新区GDP增长13%", "人民日报客户端（赵帅杰；签发 董洪亮），转载于 finance.21cnw.cn", "2022-11-01", "day",
  "Party-paper app item reposted by a finance portal: a national new area's growth rates for the first three quarters, its chemical park's project count, a hydrogen park starting, three named new-materials projects, its bonded zone's and state investment company's rankings",
  "http://finance.21cnw.cn/finance/20221101/110125517.html",
  "日期取页面“2022-11-01 23:07:32”（前三季度数据）。标题照录转载站所加（“每日关注!”前缀为转载站栏目语，原栏目名“人报甘头条”）。正文三段，完整；日期来源行、“(资料图片仅供参考)”“本文转自:人民日报客户端”、署名“赵帅杰”及文末“签发:董洪亮”已删。同稿曾被 real21 列为候选而未用。三家企业名即项目名（“海亮铜箔、宝武碳业、广东宏彬等一批…项目建设”），位于兰州新区，是否在绿色化工园区文中未说，park 填兰州新区。商投集团依上下文为兰州新区的国有投资集团（文中未写全称）。",
  "zc08"),
 parks=[
  park("兰州新区", "兰州", "甘肃", "国家级新区", "记者从兰州新区党工委办公室了解到,今年前三季度,兰州新区GDP增长13%"),
  park("兰州新区绿色化工园区", "兰州", "甘肃", "化工园区", "兰州新区绿色化工园区新落地、开工、投产项目超百个", parent="兰州新区", aliases=["绿色化工园区"]),
  park("氢能产业园", "兰州", "甘肃", "产业园", "氢能产业园开工建设", parent="兰州新区", opt=True, note="在建园区（开工建设），隶属依上下文"),
  park("综合保税区", "兰州", "甘肃", "综合保税区", "综合保税区全国排名较上年度提升15个位次", parent="兰州新区", opt=True, note="即兰州新区综合保税区（文中只作“综合保税区”）"),
 ],
 companies=[
  comp("海亮铜箔", "兰州新区", LZ, note="项目名即企业名"),
  comp("宝武碳业", "兰州新区", LZ),
  comp("广东宏彬", "兰州新区", LZ),
  comp("商投集团", "兰州新区", "商投集团入列中国企业500强247位、排名较上年度提升57位", opt=True, note="兰州新区的国有投资集团（依上下文）"),
 ],
 institutions=[
  inst("兰州新区党工委办公室", "记者从兰州新区党工委办公室了解到", park="兰州新区"),
 ],
 projects=[
  proj("氢能产业园", "兰州新区", "氢能产业园开工建设", status="开工", status_text="开工建设"),
  proj("海亮铜箔", "兰州新区", LZ, companies=["海亮铜箔"], status="在建", status_text="项目建设", opt=True, note="项目只以企业名称呼"),
  proj("宝武碳业", "兰州新区", LZ, companies=["宝武碳业"], status="在建", status_text="项目建设", opt=True),
  proj("广东宏彬", "兰州新区", LZ, companies=["广东宏彬"], status="在建", status_text="项目建设", opt=True),
 ],
 aggregate_facts=[
  fact("兰州新区", "park", "gdp_growth", 0.13, "ratio", "今年前三季度,兰州新区GDP增长13%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "above_scale_industrial_value_added_growth", 0.194, "ratio", "规上工业增加值增长19.4%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "fixed_asset_investment_growth", 0.21, "ratio", "固定资产投资增长21%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "industrial_fixed_asset_investment_growth", 0.652, "ratio", "工业固定资产投资增长65.2%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "general_budget_revenue_growth", 0.295, "ratio", "一般预算收入增长29.5%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "electricity_consumption_growth", 0.138, "ratio", "全社会用电量增长13.8%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "import_export_growth", 0.133, "ratio", "进出口贸易额增长13.3%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "retail_sales_growth", 0.101, "ratio", "社会消费品零售总额增长10.1%", "2022年前三季度", kind="ratio"),
  fact("兰州新区", "park", "market_entities_growth", 0.145, "ratio", "市场主体数量增长14.5%", "2022年前三季度", kind="ratio"),
  fact("兰州新区绿色化工园区", "park", "projects_landed_started_or_operating", 100, "count", "兰州新区绿色化工园区新落地、开工、投产项目超百个", "2022年（今年以来）",
       qual="超", qtext="超"),
  fact("综合保税区", "park", "national_rank_improvement", 15, "places", "综合保税区全国排名较上年度提升15个位次", "2022年", opt=True),
  fact("商投集团", "company", "china_top500_rank", 247, "rank", "商投集团入列中国企业500强247位", "2022年", opt=True),
  fact("商投集团", "company", "china_top500_rank_improvement", 57, "places", "排名较上年度提升57位", "2022年", opt=True),
 ])

XN = "10萬噸高純晶硅、35吉瓦單晶硅、20吉瓦拉棒切方、14000噸高性能碳纖維等8個項目"
XS = "20吉瓦時儲能機柜(一期)、10吉瓦拉棒、4萬噸電解銅箔等57項重點項目陸續開復工"
XP = "南川工業園區、東川工業園區、甘河工業園區、生物產業園區投資分別增長10.3%、7.6%、12.1%、13.1%"
G["zc09"] = dict(
 article=art("（無標題）西寧經濟技術開發區一季度固定資產投資增長10.5%", "青海新聞網·大美青海客戶端，載於 ykzhn.com 繁體鏡像", "2024-05-09", "day",
  "Provincial news site (traditional mirror): a national ETDZ's first-quarter investment data — growth and shares of the city, key projects started and start rate, growth by sub-park, large projects' share, investment by lead industry",
  "http://ykzhn.com/newscenter/system/2024/05/09/030206388.shtml",
  "日期取網址 2024/05/09（一季度數據，“近日”發布）。存頁未存標題（title 為編者概括）。正文三段，完整；首段行首的站名電頭“青海新聞網·大美青?蛻舳擞 ”含亂碼（應為“大美青海客戶端訊”），作為頁面部件切去（make_txt.py LINE_PREFIX）。“西寧開發區”即西寧經濟技術開發區。四個園區為“西寧開發區各園區”，parent 依此。項目名照錄，均無金額；後四個項目是一季度“完成投資億元以上”的項目（指一季度完成額，不是總投資），狀態記在建。三大產業投資額用 _rmb（理由見 gold.py 開頭）。省份（青海）只見於被切去的電頭，依城市填。",
  "zc09", title_note="no headline stored; title made from the lead"),
 parks=[
  park("西寧經濟技術開發區", "西寧", "青海", "國家級經濟技術開發區", "近日,西寧經濟技術開發區發布數據", aliases=["西寧開發區"]),
  park("南川工業園區", "西寧", "青海", "工業園區", XP, parent="西寧經濟技術開發區", note="“西寧開發區各園區”之一"),
  park("東川工業園區", "西寧", "青海", "工業園區", XP, parent="西寧經濟技術開發區"),
  park("甘河工業園區", "西寧", "青海", "工業園區", XP, parent="西寧經濟技術開發區"),
  park("生物產業園區", "西寧", "青海", "產業園區", XP, parent="西寧經濟技術開發區"),
 ],
 projects=[
  proj("20吉瓦時儲能機柜(一期)", "西寧經濟技術開發區", XS, status="开工", status_text="陸續開復工", phase="一期"),
  proj("10吉瓦拉棒", "西寧經濟技術開發區", XS, status="开工", status_text="陸續開復工"),
  proj("4萬噸電解銅箔", "西寧經濟技術開發區", XS, status="开工", status_text="陸續開復工"),
  proj("10萬噸高純晶硅", "西寧經濟技術開發區", XN, status="在建", status_text="完成投資億元以上", note="一季度完成投資億元以上（非總投資）"),
  proj("35吉瓦單晶硅", "西寧經濟技術開發區", XN, status="在建", status_text="完成投資億元以上"),
  proj("20吉瓦拉棒切方", "西寧經濟技術開發區", XN, status="在建", status_text="完成投資億元以上"),
  proj("14000噸高性能碳纖維", "西寧經濟技術開發區", XN, status="在建", status_text="完成投資億元以上"),
 ],
 aggregate_facts=[
  fact("西寧經濟技術開發區", "park", "fixed_asset_investment_growth", 0.105, "ratio", "西寧開發區完成固定資產投資增長10.5%", "2024年一季度", kind="ratio"),
  fact("西寧經濟技術開發區", "park", "share_of_city_fixed_asset_investment", 0.448, "ratio", "占西寧市固定資產投資比重44.8%", "2024年一季度", kind="ratio"),
  fact("西寧經濟技術開發區", "park", "industrial_investment_growth", 0.18, "ratio", "完成工業投資增長18%", "2024年一季度", kind="ratio"),
  fact("西寧經濟技術開發區", "park", "share_of_city_industrial_investment", 0.71, "ratio", "占西寧市工業投資比重71%", "2024年一季度", kind="ratio"),
  fact("西寧經濟技術開發區", "park", "key_projects_started", 57, "count", XS, "2024年一季度", note="開復工（新開工與復工）"),
  fact("西寧經濟技術開發區", "park", "key_projects_start_rate", 0.95, "ratio", "開復工率為95%", "2024年一季度", kind="ratio"),
  fact("南川工業園區", "park", "investment_growth", 0.103, "ratio", XP, "2024年一季度", kind="ratio", note="“分別”：南川10.3%"),
  fact("東川工業園區", "park", "investment_growth", 0.076, "ratio", XP, "2024年一季度", kind="ratio", note="東川7.6%"),
  fact("甘河工業園區", "park", "investment_growth", 0.121, "ratio", XP, "2024年一季度", kind="ratio", note="甘河12.1%"),
  fact("生物產業園區", "park", "investment_growth", 0.131, "ratio", XP, "2024年一季度", kind="ratio", note="生物產業園區13.1%"),
  fact("西寧經濟技術開發區（完成投資億元以上項目）", "park_group", "projects", 8, "count", XN, "2024年一季度"),
  fact("西寧經濟技術開發區（完成投資億元以上項目）", "park_group", "share_of_fixed_asset_investment", 0.834, "ratio", "占西寧開發區固定資產投資83.4%", "2024年一季度", kind="ratio"),
  fact("西寧經濟技術開發區（新能源產業）", "park_group", "investment_rmb", 2.24e9, "cny", "新能源、新材料、生物經濟三大主導產業分別完成22.4億元、1.6億元、0.4億元", "2024年一季度",
       note="“分別”：新能源22.4億元"),
  fact("西寧經濟技術開發區（新材料產業）", "park_group", "investment_rmb", 1.6e8, "cny", "新能源、新材料、生物經濟三大主導產業分別完成22.4億元、1.6億元、0.4億元", "2024年一季度",
       note="新材料1.6億元"),
  fact("西寧經濟技術開發區（生物經濟產業）", "park_group", "investment_rmb", 4e7, "cny", "新能源、新材料、生物經濟三大主導產業分別完成22.4億元、1.6億元、0.4億元", "2024年一季度",
       note="生物經濟0.4億元"),
  fact("西寧經濟技術開發區（新能源產業）", "park_group", "share_of_fixed_asset_investment", 0.782, "ratio", "占西寧開發區固定資產投資的78.2%", "2024年一季度", kind="ratio"),
  fact("西寧經濟技術開發區（新能源產業）", "park_group", "contribution_to_fai_growth_pp", 19.7, "pp", "拉動西寧開發區固投19.7個百分點", "2024年一季度", opt=True),
 ])
