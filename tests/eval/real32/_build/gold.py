# real32 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28/real29/real31: evidence verbatim (in the text's own script, never converted); names as written in the text;
# 逾/超過/超/以上/突破 → 超, 余/多 → 余, 約/约 → 约 (qualifier_text keeps the source word).
# Money: yuan in investment_cny / *_cny facts (traditional 億元/萬元 included: check_gold.py reads 億/萬); US dollars keep their
# currency (project: investment_value + investment_currency "usd", investment_cny None; fact: metric suffix _usd, unit usd).
# check_gold.py's amount reader stops at a thousands comma (“6,502萬元” → 502萬元) and at “20多億元”: such yuan facts use
# the metric suffix _rmb (unit cny) instead of _cny, as real31 did for za01; the value is checked by amt() (chk=True).
# A batch of projects started/signed in a park is stored as facts about the park (projects_started, started_projects_investment_cny …).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zbNN.raw as returned.

G["zb01"] = dict(
 article=art("著名臺胞祖地福建龍海市引進臺資26億美元", "中國臺灣網（big5.chinataiwan.cn 繁體版；原稿未署媒體與記者）", "2008-11-17", "day",
  "Taiwan-affairs portal, traditional edition: a mainland county-level city reports its cumulative Taiwanese investment (US$) and firm count, shares of prefecture and province, five named Taiwanese firms, and the development zone where Taiwanese investment is concentrated",
  "http://big5.chinataiwan.cn/tsfwzx/jctj/200811/t20081117_780016.html",
  "日期取網址 t20081117（文中“今日”）。正文完整，止於“延伸閱讀”（頁面部件，已刪）。繁體頁（大陸稿件的繁體版），照錄，“産業”之“産”照錄。數字多為漢字（二十六億美元、三百二十六個）。五家臺企只說“落戶龍海市”，文中未把它們放進角美工業綜合開發區，故 park 為 null。",
  "zb01"),
 parks=[
  park("角美工業綜合開發區", "龍海", "福建", "工業綜合開發區", "龍海市的角美工業綜合開發區是當地臺資經濟最具規模、最具潛力的區域", note="縣級市龍海（漳州）；文中無面積或金額"),
 ],
 companies=[
  comp("華陽電廠", None, "據悉,華陽電廠、燦坤電子、統一馬口鐵、泰山食品和長春化工等五家臺灣著名財團和上市公司已相繼落戶龍海市", note="落戶龍海市（未說在哪個園區）"),
  comp("燦坤電子", None, "據悉,華陽電廠、燦坤電子、統一馬口鐵、泰山食品和長春化工等五家臺灣著名財團和上市公司已相繼落戶龍海市"),
  comp("統一馬口鐵", None, "據悉,華陽電廠、燦坤電子、統一馬口鐵、泰山食品和長春化工等五家臺灣著名財團和上市公司已相繼落戶龍海市"),
  comp("泰山食品", None, "據悉,華陽電廠、燦坤電子、統一馬口鐵、泰山食品和長春化工等五家臺灣著名財團和上市公司已相繼落戶龍海市"),
  comp("長春化工", None, "據悉,華陽電廠、燦坤電子、統一馬口鐵、泰山食品和長春化工等五家臺灣著名財團和上市公司已相繼落戶龍海市"),
 ],
 aggregate_facts=[
  fact("龍海市", "region", "taiwan_investment_usd", 2.6e9, "usd", "龍海市至今已引進臺資二十六億美元", "2008年11月", kind="cumulative", note="漢字數字；標題作“26億美元”"),
  fact("龍海市", "region", "taiwan_enterprises", 326, "count", "臺企三百二十六個", "2008年11月", kind="cumulative"),
  fact("龍海市", "region", "share_of_zhangzhou_taiwan_investment", 2/3, "ratio", "分別佔漳州市和福建省總量的三分之二和四分之一", "2008年11月", kind="ratio", opt=True,
       note="“分別”：佔漳州市三分之二、佔福建省四分之一（臺資與臺企兩項同此比例）"),
  fact("龍海市", "region", "share_of_fujian_taiwan_investment", 0.25, "ratio", "分別佔漳州市和福建省總量的三分之二和四分之一", "2008年11月", kind="ratio", opt=True),
  fact("龍海市", "region", "taiwan_investment_industries", 20, "count", "當地的臺資涉及二十多個行業", "2008年11月", qual="余", qtext="多", opt=True),
 ])

G["zb02"] = dict(
 article=art("（無標題）雲南石林臺灣農民創業園與臺灣千州生物科技開發有限公司簽約 入園臺資企業升至五家", "中新社（記者 詹托榮）；中國臺灣網繁體頁的 IP 鏡像（103.249.53.35）", "2009-09-10", "day",
  "China News Service wire in traditional script: at the Xiamen investment fair a Taiwanese firm signs with a Taiwanese farmers' business park in Yunnan (planned investment in US$), the park's Taiwanese-firm count, and eight projects signed for a Fujian counterpart park",
  "http://103.249.53.35/xwzx/la/200909/t20090910_996832.htm",
  "日期取網址 t20090910 與電頭“九月十日電”。存頁未存標題（title 為編者概括）。正文完整，止於“[ 責任編輯:陽艷萍 ]”（已刪）。“計劃總投資一千萬元美元”照錄（即一千萬美元），記為美元，不入 investment_cny。“臺灣農民創業園”在文中是一類園區的通稱，不作別名。石林屬昆明市，文中未寫，city 為 null。",
  "zb02", title_note="no headline stored; title made from the lead"),
 parks=[
  park("雲南石林臺灣農民創業園", None, "雲南", "臺灣農民創業園", "入住雲南石林臺灣農民創業園的臺資企業升至五家", district="石林", note="城市（昆明）文中未寫"),
  park("福建清流臺灣農民創業園", None, "福建", "臺灣農民創業園", "福建清流臺灣農民創業園的鮮切花種植、土壤改良增肥等八個項目也在第十三屆中國國際投資貿易投洽會上成功簽約", district="清流", note="城市（三明）文中未寫"),
 ],
 companies=[
  comp("臺灣千州生物科技開發有限公司", "雲南石林臺灣農民創業園", "隨著臺灣千州生物科技開發有限公司和雲南石林臺灣農民創業園的簽約", note="簽約入住該園"),
  comp("臺灣大宇公司", None, "臺灣大宇公司董事長郭章熠在簽約會上表示", opt=True, note="董事長在簽約會上發言；文中未說其入園"),
 ],
 projects=[
  proj("“印象雲南莊園”休閒觀光農場", "雲南石林臺灣農民創業園", "“印象雲南莊園”休閒觀光農場是臺灣千州生物科技開發有限公司入住雲南石林臺灣農民創業園的項目,計劃總投資一千萬元美元",
       companies=["臺灣千州生物科技開發有限公司"], inv="計劃總投資一千萬元美元", currency="usd", value=1e7, status="签约", status_text="簽約",
       aliases=["印象雲南莊園"], note="“一千萬元美元”＝一千萬美元；簽約見首段"),
  proj("鮮切花種植", "福建清流臺灣農民創業園", "福建清流臺灣農民創業園的鮮切花種植、土壤改良增肥等八個項目也在第十三屆中國國際投資貿易投洽會上成功簽約",
       status="签约", status_text="成功簽約", opt=True, note="八個簽約項目之一；只寫類別名"),
  proj("土壤改良增肥", "福建清流臺灣農民創業園", "福建清流臺灣農民創業園的鮮切花種植、土壤改良增肥等八個項目也在第十三屆中國國際投資貿易投洽會上成功簽約",
       status="签约", status_text="成功簽約", opt=True, note="八個簽約項目之一；只寫類別名"),
 ],
 aggregate_facts=[
  fact("雲南石林臺灣農民創業園", "park", "taiwan_enterprises", 5, "count", "入住雲南石林臺灣農民創業園的臺資企業升至五家", "2009年9月10日", kind="cumulative"),
  fact("福建清流臺灣農民創業園", "park", "projects_signed", 8, "count", "土壤改良增肥等八個項目也在第十三屆中國國際投資貿易投洽會上成功簽約", "2009年9月（第十三屆投洽會）"),
 ])

G["zb03"] = dict(
 article=art("淮安开发区51个项目开工 总投资115.5亿", "中国路面机械网（big5.lmjx.net；原稿未署媒体与记者）", "2010-06-22", "day",
  "Construction-machinery trade portal reposting local news: 51 industrial projects start in the Huai'an economic development zone (total investment, projects above 100m yuan), named tenants and the zone's special parks",
  "https://big5.lmjx.net/m/news/d/2010/201006/20100622095112.shtml",
  "日期取页面“2010-6-22 9:51:12”（事件“6月21日”）。主机名为 big5 但存页为简体字，照录。正文完整，止于“来源:中国路面机械网”（已删）及投稿说明、评论区部件。“布造一流环境”照录。新国纺织只作“新国纺织等51个工业项目”出现，项目名文中未给，列为可选项目。",
  "zb03"),
 parks=[
  park("淮安经济开发区", "淮安", "江苏", "经济开发区", "6月21日,淮安经济开发区喜事连连", aliases=["淮安开发区", "开发区"], note="“淮安开发区”见标题；“开发区”见“拉动开发区经济增长”"),
  park("国家级出口加工区", "淮安", "江苏", "出口加工区", "同时不断完善国家级出口加工区、留学人员创业园等特色园区功能", parent="淮安经济开发区", opt=True, note="开发区内的特色园区，文中未写专名"),
  park("留学人员创业园", "淮安", "江苏", "创业园", "同时不断完善国家级出口加工区、留学人员创业园等特色园区功能", parent="淮安经济开发区", opt=True, note="开发区内的特色园区"),
 ],
 companies=[
  comp("新国纺织", "淮安经济开发区", "也见证了新国纺织等51个工业项目的集中开工", note="集中开工的51个项目之一"),
  comp("富士康", "淮安经济开发区", "先后引进了富士康、达方、台玻等重大工业项目"),
  comp("达方", "淮安经济开发区", "先后引进了富士康、达方、台玻等重大工业项目"),
  comp("台玻", "淮安经济开发区", "先后引进了富士康、达方、台玻等重大工业项目"),
  comp("百隆集团", None, "百隆集团董事长杨卫新", opt=True, note="董事长出席开工仪式；文中未说其在园区"),
 ],
 projects=[
  proj("新国纺织项目", "淮安经济开发区", "也见证了新国纺织等51个工业项目的集中开工", companies=["新国纺织"], status="开工", status_text="集中开工", opt=True,
       note="文中只说“新国纺织等51个工业项目”，项目名与金额未给"),
 ],
 aggregate_facts=[
  fact("淮安经济开发区", "park", "projects_started", 51, "count", "新国纺织等51个工业项目的集中开工", "2010年6月21日"),
  fact("淮安经济开发区", "park", "started_projects_investment_cny", 1.155e10, "cny", "总投资达115.5亿元", "2010年6月21日", note="本次集中开工51个项目的总投资"),
  fact("淮安经济开发区", "park", "started_projects_over_100m", 21, "count", "其中亿元以上项目21个", "2010年6月21日", note="51个开工项目中投资亿元以上的"),
  fact("淮安经济开发区", "park", "started_projects_industries", 10, "count", "涵盖了IT、机械、模具、纺织、机电、食品、服装等10多个行业", "2010年6月21日", qual="余", qtext="多", opt=True),
 ])

G["zb04"] = dict(
 article=art("重慶臺商工業園揭牌未來三年産值將破千億", "中國臺灣網（big5.chinataiwan.cn 繁體版）轉載重慶報導（記者 吳新偉）", "2012-06-01", "day",
  "Taiwan-affairs portal, traditional edition: a Taiwanese-investment industrial park in Chongqing opens; area, first 50 tenants' investment and expected output, named Taiwanese tenants, share of electronics firms, 2015 targets",
  "http://big5.chinataiwan.cn/tsfwzx/ywbb/201206/t20120601_2705716.html",
  "日期取網址 t20120601（轉載日）；文中“昨天”揭牌，同一搜尋結果中另一報導（chinahongdou 鏡像，網址 20120531）作“30日正式揭牌”，故事件約在2012-05-30/31，原報導早於轉載一日。正文完整，止於“延伸閱讀”（已刪）；文末“(記者 吳新偉)”照錄。金額為人民幣（內地報導，“億元”）。“昨日與臺灣工業園同步開園”中的“臺灣工業園”依上下文即重慶臺商工業園，列為別名。",
  "zb04"),
 parks=[
  park("重慶臺商工業園", "重慶", "重慶", "臺商工業園（特色工業園）", "規劃面積6平方公里的重慶臺商工業園昨天在重慶璧山工業園揭牌運作", district="璧山縣", parent="重慶璧山工業園",
       aliases=["臺商工業園", "臺灣工業園"], note="在重慶璧山工業園揭牌運作（parent 依此）；“臺商工業園處於觀音塘濕地公園內”；“臺灣工業園”見“與臺灣工業園同步開園”，依上下文指此園"),
  park("重慶璧山工業園", "重慶", "重慶", "工業園", "規劃面積6平方公里的重慶臺商工業園昨天在重慶璧山工業園揭牌運作", district="璧山縣"),
  park("西永微電園", "重慶", "重慶", "微電子產業園", "它將與緊鄰的西永微電園一起,共同打造中國西部的臺資密集區"),
 ],
 companies=[
  comp("臺灣統一食品", "重慶臺商工業園", "其中,包括全球食品領軍企業臺灣統一食品、全球筆電機殼生産領頭企業展運電子、全球最大鍵盤滑鼠生産商精元電腦、全球最大筆電樞軸生産企業新日興公司等多家龍頭企業", note="首批入駐的50家臺資企業之一"),
  comp("展運電子", "重慶臺商工業園", "其中,包括全球食品領軍企業臺灣統一食品、全球筆電機殼生産領頭企業展運電子、全球最大鍵盤滑鼠生産商精元電腦、全球最大筆電樞軸生産企業新日興公司等多家龍頭企業"),
  comp("精元電腦", "重慶臺商工業園", "其中,包括全球食品領軍企業臺灣統一食品、全球筆電機殼生産領頭企業展運電子、全球最大鍵盤滑鼠生産商精元電腦、全球最大筆電樞軸生産企業新日興公司等多家龍頭企業"),
  comp("新日興公司", "重慶臺商工業園", "其中,包括全球食品領軍企業臺灣統一食品、全球筆電機殼生産領頭企業展運電子、全球最大鍵盤滑鼠生産商精元電腦、全球最大筆電樞軸生産企業新日興公司等多家龍頭企業"),
  comp("臺灣力耀科技重慶公司", "重慶臺商工業園", "“除了配合六大代工廠,這裡良好的投資環境,也是吸引我們的重要原因。”臺灣力耀科技重慶公司相關負責人饒春麒説", note="負責人說“這裡良好的投資環境”吸引他們，即入駐此園"),
  comp("重慶傳鯨科技有限公司", None, "臺資企業重慶傳鯨科技有限公司副總經理孫明正説", note="臺資企業，副總經理評論園區；文中未明說其入駐"),
 ],
 aggregate_facts=[
  fact("重慶臺商工業園", "park", "planned_area_km2", 6, "km2", "規劃面積6平方公里的重慶臺商工業園", "2012年5月"),
  fact("重慶臺商工業園", "park", "first_batch_enterprises", 50, "count", "首批入駐的50家臺資企業", "2012年5月"),
  fact("重慶臺商工業園", "park", "first_batch_investment_cny", 1.29e10, "cny", "首批入駐的50家臺資企業,總投資額達129億元", "2012年5月", note="首批50家臺資企業的總投資額"),
  fact("重慶臺商工業園", "park", "first_batch_expected_output_cny", 4.29e10, "cny", "全部投産後可實現産值429億元", "全部投産後", kind="target", note="首批50家全部投産後"),
  fact("重慶臺商工業園", "park", "electronics_share_of_enterprises", 0.7, "ratio", "重慶臺商工業園內的入駐企業,70%為電子資訊企業", "2012年5月", kind="ratio"),
  fact("重慶臺商工業園", "park", "taiwan_enterprises", 200, "count", "預計到2015年,重慶臺商工業園聚集臺資企業將超過200家", "2015年", kind="target", qual="超", qtext="超過"),
  fact("重慶臺商工業園", "park", "investment_cny", 6e10, "cny", "投資超過600億元", "2015年", kind="target", qual="超", qtext="超過"),
  fact("重慶臺商工業園", "park", "output_value_cny", 1e11, "cny", "産值超過1000億元", "2015年", kind="target", qual="超", qtext="超過", note="標題作“未來三年産值將破千億”"),
 ])

G["zb05"] = dict(
 article=art("力爭2022年打造25個千億園區", "香港文匯報（paper.wenweipo.com，內地版；未署記者，圖片署“香港文匯報重慶傳真”）", "2012-09-29", "day",
  "Hong Kong newspaper, traditional script, on Chongqing's industrial parks: 2011 park totals (shares, Fortune-500 tenants, FDI, trade in US$), 2022 targets (sales output, number of 100bn parks), daily figures of the Bishan eco-industrial park, the Changshou ETDZ's cumulative investment and tenants",
  "http://paper.wenweipo.com/2012/09/29/CH1209290028.htm",
  "日期取網址與頁面“2012年9月29日”。正文完整（四段），其後“相關新聞”及連結已刪；版頭、檢索欄、“放大圖片”與圖說“■重慶寸灘保稅港是內陸首個保稅港區。香港文匯報重慶傳真”已刪（寸灘保稅港只見於圖說，不入標註）。“佔全市工業增加值3/4”照錄（銷售產值與增加值相比，原文如此）。“璧山工業園”為重慶璧山生態工業園區的簡稱。帶千分位逗號的人民幣數字（6,502萬元、1,972億元）用 _rmb 指標，理由見 gold.py 開頭。",
  "zb05"),
 parks=[
  park("重慶璧山生態工業園區", "重慶", "重慶", "特色工業園區", "重慶璧山生態工業園區是重慶特色工業園區的代表之一,佔地面積約20平方公里", district="璧山", aliases=["璧山工業園"], note="“璧山工業園加快發展……”指此園"),
  park("西永微電園", "重慶", "重慶", "微電子產業園", "借助與西永微電園距離近的優勢"),
  park("長壽經開區", "重慶", "重慶", "國家級經濟技術開發區", "長壽經開區是重慶規劃面積最大的國家級經濟技術開發區", district="長壽區"),
  park("兩江新區", "重慶", "重慶", "國家級新區", "形成兩江新區、西部新城、江南走廊3個工業萬億板塊", opt=True, note="作為規劃中的工業萬億板塊之一被提及；西部新城、江南走廊是板塊名，不列"),
 ],
 aggregate_facts=[
  fact("重慶園區", "park_group", "sales_output_share_of_city_industrial_value_added", 0.75, "ratio", "2011年,重慶園區工業銷售產值佔全市工業增加值3/4", "2011年", kind="ratio", opt=True, note="原文以銷售產值比增加值"),
  fact("重慶園區", "park_group", "share_of_city_gdp_increment", 0.4, "ratio", "約全市GDP增量的2/5", "2011年", kind="ratio", qual="约", qtext="約", opt=True),
  fact("重慶園區", "park_group", "industrial_concentration_ratio", 0.7, "ratio", "全市工業在園區的集中度達到70%", "2011年", kind="ratio"),
  fact("重慶園區", "park_group", "fortune500_enterprises", 152, "count", "入駐世界500強企業累計達到152戶", "2011年", kind="cumulative"),
  fact("重慶園區", "park_group", "fortune500_share_of_city", 0.68, "ratio", "入駐世界500強企業累計達到152戶,佔全市68%", "2011年", kind="ratio", opt=True),
  fact("重慶園區", "park_group", "fdi_utilized_usd", 2.73e9, "usd", "實際利用外資27.3億美元", "2011年"),
  fact("重慶園區", "park_group", "fdi_share_of_city_industry", 0.68, "ratio", "實際利用外資27.3億美元,佔全市工業的68%", "2011年", kind="ratio", opt=True),
  fact("重慶園區", "park_group", "import_export_usd", 2.2e10, "usd", "進出口總額220億美元", "2011年"),
  fact("重慶園區", "park_group", "import_export_share_of_city", 0.75, "ratio", "進出口總額220億美元,佔全市75%", "2011年", kind="ratio", opt=True),
  fact("重慶市工業園區", "park_group", "sales_output_cny", 6e12, "cny", "重慶市工業園區銷售產值將達6萬億元", "2022年", kind="target"),
  fact("重慶市工業園區", "park_group", "industrial_trillion_yuan_plates", 3, "count", "形成兩江新區、西部新城、江南走廊3個工業萬億板塊", "2022年", kind="target", opt=True),
  fact("重慶市工業園區", "park_group", "parks_over_100bn_count", 25, "count", "擁有25個千億園區", "2022年", kind="target"),
  fact("重慶市工業園區", "park_group", "min_sales_output_per_park_rmb", 5e10, "cny", "所有園區的銷售產值超過500億元", "2022年", kind="target", qual="超", qtext="超過", opt=True, chk=True,
       note="每個園區的下限；metric 用 _rmb 是因為它不是總量（不與總量混算）"),
  fact("重慶市工業園區", "park_group", "industrial_clusters_over_100bn", 15, "count", "形成千億級的特色產業集群15個", "2022年", kind="target", opt=True),
  fact("重慶璧山生態工業園區", "park", "area_km2", 20, "km2", "佔地面積約20平方公里", "2012年", qual="约", qtext="約"),
  fact("重慶璧山生態工業園區", "park", "daily_gdp_rmb", 65020000, "cny", "每日可創造6,502萬元的GDP", "2012年（每日）", chk=True, note="每日數；千分位逗號，故用 _rmb"),
  fact("重慶璧山生態工業園區", "park", "daily_fixed_asset_investment_rmb", 90340000, "cny", "完成9,034萬元的固定資產投資", "2012年（每日）", chk=True),
  fact("重慶璧山生態工業園區", "park", "daily_local_fiscal_revenue_rmb", 25880000, "cny", "產生2,588萬元的地方財政收入", "2012年（每日）", chk=True),
  fact("重慶璧山生態工業園區", "park", "daily_industrial_output_rmb", 235230000, "cny", "產出23,523萬元的工業產值", "2012年（每日）", chk=True),
  fact("長壽經開區", "park", "cumulative_investment_attracted_rmb", 1.972e11, "cny", "十年間累計引資額達1,972億元", "2012年（十年間）", kind="cumulative", chk=True, note="千分位逗號，故用 _rmb"),
  fact("長壽經開區", "park", "enterprises", 220, "count", "入駐企業達220家", "2012年", kind="cumulative"),
  fact("長壽區", "region", "natural_gas_reserves_m3", 3.7e11, "m3", "長壽區天然氣儲量達3,700億立方米", "2012年", opt=True),
 ])

G["zb06"] = dict(
 article=art("大理創新工業園區 成為經濟發展新增長極", "人民日報海外版，經中國臺灣網（big5.chinataiwan.cn 繁體版）轉載", "2012-11-06", "day",
  "People's Daily overseas edition via a traditional-script portal: a Yunnan prefecture's industrial park — tenants, industrial output, value added and growth, main industries, one carmaker's cumulative investment",
  "http://big5.chinataiwan.cn/jm/qyys/db/201211/t20121106_3352922.htm",
  "日期取頁面“時間:2012-11-06 13:38”。正文完整，止於“編輯:王君飛”（已刪；其後“相關新聞/圖片”亦刪）。“産值”“生産”之“産”照錄。文中“工業園區”“園區”依上下文指大理創新工業園區。“累計投入20多億元”因“多”字 check_gold.py 讀不出金額，用 _rmb 指標。real13/real14/real17 的 SOURCES 曾記“大理创新工业园区 2012”為見而未用的繁體頁，本條首次使用。",
  "zb06"),
 parks=[
  park("大理創新工業園區", "大理", "雲南", "工業園區", "創新工業園區建設成為大理經濟快速發展的新增長極", aliases=["創新工業園區"], note="標題作“大理創新工業園區”；州為大理白族自治州"),
 ],
 companies=[
  comp("雲南力帆駿馬車輛有限公司", "大理創新工業園區", "其中汽車及機械製造産業,雲南力帆駿馬車輛有限公司累計投入20多億元,成為雲南省最大的汽車製造企業", note="園區汽車及機械製造産業的企業"),
 ],
 aggregate_facts=[
  fact("大理創新工業園區", "park", "enterprises", 772, "count", "到目前,工業園區入駐企業達772戶", "2012年11月", kind="cumulative"),
  fact("大理創新工業園區", "park", "output_value_cny", 3.875e10, "cny", "完成工業總産值387.5億元", "2012年（到目前）", kind="cumulative"),
  fact("大理創新工業園區", "park", "above_scale_value_added_cny", 1.25e10, "cny", "規模以上工業增加值125億元", "2012年（到目前）", kind="cumulative"),
  fact("大理創新工業園區", "park", "output_value_growth", 1.17, "ratio", "同比分別增長117%、247%", "2012年（到目前）", kind="ratio", note="“分別”：工業總産值增長117%"),
  fact("大理創新工業園區", "park", "above_scale_value_added_growth", 2.47, "ratio", "同比分別增長117%、247%", "2012年（到目前）", kind="ratio", note="規模以上工業增加值增長247%"),
  fact("雲南力帆駿馬車輛有限公司", "company", "cumulative_investment_rmb", 2e9, "cny", "累計投入20多億元", "2012年11月", kind="cumulative", qual="余", qtext="多", note="“20多億元”；_rmb 理由見 note"),
 ])

G["zb07"] = dict(
 article=art("台积电南京12吋晶圆厂签约仪式在宁举行", "中共江苏省委台湾工作办公室 / 江苏省人民政府台湾事务办公室网站（jsstb.gov.cn），来源：江苏广电新闻中心", "2016-03-29", "day",
  "Provincial government (Taiwan-affairs office) site: TSMC signs to build a 12-inch wafer fab and design centre in Nanjing's Pukou development zone (US$), the subsidiary, capacity and production schedule",
  "http://www.jsstb.gov.cn/nanjing/201603/t20160329_11420909.htm",
  "日期取页面“2016-03-29 07:35:00”（签约在“昨天下午”，即2016-03-28）。存页正文止于“分别代表三方签字。”，其后无页脚；按其内容（签约仪式报道的结束句）视为完整。版头“中共江苏省委台湾工作办公室…/繁體版”、日期行与“来源:江苏广电新闻中心”已删。投资额为美元，不入 investment_cny。设计服务中心是同一项目（同一30亿美元）的一部分，不另列。",
  "zb07"),
 parks=[
  park("南京市浦口经济开发区", "南京", "江苏", "经济开发区", "台积电将在南京市浦口经济开发区投资30亿美元", district="浦口区"),
 ],
 companies=[
  comp("台积电", "南京市浦口经济开发区", "台积电将在南京市浦口经济开发区投资30亿美元,独资成立台积电(南京)有限公司", note="投资方（台湾）；在园区独资设立子公司"),
  comp("台积电(南京)有限公司", "南京市浦口经济开发区", "台积电将在南京市浦口经济开发区投资30亿美元,独资成立台积电(南京)有限公司", note="拟成立的独资子公司"),
 ],
 institutions=[
  inst("工信部", "工信部副部长怀进鹏"),
 ],
 projects=[
  proj("台积电南京12吋晶圆厂", "南京市浦口经济开发区", "根据协议,台积电将在南京市浦口经济开发区投资30亿美元,独资成立台积电(南京)有限公司,下设一座12吋晶圆厂以及一个设计服务中心",
       companies=["台积电", "台积电(南京)有限公司"], inv="投资30亿美元", currency="usd", value=3e9, status="签约", status_text="签约仪式",
       note="签约；30亿美元含12吋晶圆厂与设计服务中心"),
 ],
 aggregate_facts=[
  fact("台积电南京12吋晶圆厂", "project", "monthly_capacity_wafers", 20000, "wafers/month", "晶圆厂规划的月产能为2万片12吋晶圆", "规划", kind="target"),
 ])

G["zb08"] = dict(
 article=art("23个招商项目签约额109.52亿元 兰州新区招商引资工作实现开门红", "兰州晚报（兰州日报社全媒体记者 周靖博），存于 m.yybnet.net", "2019-06-10", "day",
  "Lanzhou evening paper: the Lanzhou New Area's investment promotion so far in 2019 — projects and signed amount, three named manufacturing projects with amounts, manufacturing share, reserve of lead projects and intended investment",
  "https://m.yybnet.net/lanzhou/news/201906/9170873.html",
  "日期取页面“兰州晚报 2019-06-10 10:54”（事件“6月5日”）。正文完整，止于记者署名“兰州日报社全媒体记者周靖博”（与末段同行，作为署名由 make_txt.py 切去），其后“新闻推荐”等部件已删。兰州新区为国家级新区（文中作“新区”）。“截至目前”指2019年至6月5日。",
  "zb08"),
 parks=[
  park("兰州新区", "兰州", "甘肃", "国家级新区", "兰州新区招商引资工作实现开门红", aliases=["新区"], note="正文只作“新区”（“新区经合局”“新区以全市招商引资百日大会战为牵引”）"),
 ],
 institutions=[
  inst("新区经合局", "记者从新区经合局了解到", note="兰州新区经济合作局"),
 ],
 projects=[
  proj("300台蓝宝石长晶炉晶体材料生产项目", "兰州新区", "签约引进投资5.75亿元的300台蓝宝石长晶炉晶体材料生产项目", inv="投资5.75亿元", status="签约", status_text="签约引进"),
  proj("环保设备生产基地项目", "兰州新区", "投资1.6亿元的环保设备生产基地项目", inv="投资1.6亿元", status="签约", status_text="签约引进"),
  proj("10万吨/年电解铝灰铝渣资源化利用项目", "兰州新区", "投资2.08亿元的10万吨/年电解铝灰铝渣资源化利用项目", inv="投资2.08亿元", status="签约", status_text="签约引进"),
 ],
 aggregate_facts=[
  fact("兰州新区", "park", "projects_signed", 23, "count", "共引进产业项目23个", "2019年截至6月5日", kind="cumulative"),
  fact("兰州新区", "park", "signed_investment_cny", 1.0952e10, "cny", "签约额109.52亿元,招商引资工作实现开门红", "2019年截至6月5日", kind="cumulative"),
  fact("兰州新区（制造类项目）", "park_group", "projects_signed", 17, "count", "等制造类项目17个", "2019年截至6月5日", kind="cumulative"),
  fact("兰州新区（制造类项目）", "park_group", "signed_investment_cny", 7.648e9, "cny", "签约金额达76.48亿元", "2019年截至6月5日", kind="cumulative"),
  fact("兰州新区（制造类项目）", "park_group", "share_of_signed_projects", 0.77, "ratio", "占签约项目总数的77%", "2019年截至6月5日", kind="ratio"),
  fact("兰州新区（制造类项目）", "park_group", "share_of_signed_investment", 0.76, "ratio", "签约金额的76%", "2019年截至6月5日", kind="ratio"),
  fact("兰州新区", "park", "lead_projects_reserved", 55, "count", "新区还储备重点线索项目55个", "2019年6月"),
  fact("兰州新区", "park", "lead_projects_planned_investment_cny", 6.5502e10, "cny", "拟投资额655.02亿元", "2019年6月", kind="target", note="55个储备重点线索项目的拟投资额"),
  fact("兰州新区（投资意向明确、深入推进项目）", "park_group", "lead_projects_reserved", 16, "count", "投资意向明确、深入推进项目16个", "2019年6月"),
  fact("兰州新区（投资意向明确、深入推进项目）", "park_group", "lead_projects_planned_investment_cny", 9.159e9, "cny", "拟投资额91.59亿元", "2019年6月", kind="target"),
  fact("兰州新区（线索项目）", "park_group", "lead_projects_reserved", 39, "count", "线索项目39个", "2019年6月"),
  fact("兰州新区（线索项目）", "park_group", "lead_projects_planned_investment_cny", 5.6343e10, "cny", "拟投资额563.43亿元", "2019年6月", kind="target"),
 ])

G["zb09"] = dict(
 article=art("池州经开区招商引资实现“开门红”一季度新签约亿元以上项目8个总投资逾70亿元", "池州日报（记者 胡李美），载于池州经开区管委会网站 czkfq.chizhou.gov.cn", "2021-04-15", "day",
  "Development-zone committee website reposting the city daily: a national ETDZ's Q1 investment promotion — projects over 100m yuan signed, growth, size bands, signed total, one named signed project and one named started project, projects started, an international cooperation park inside",
  "http://czkfq.chizhou.gov.cn/News/show/484849.html",
  "日期取页面“发布时间:2021-04-15 08:13”。正文完整，止于末段，其后“扫一扫在手机打开当前页”等站点页脚已删；版头与“浏览次数/作者/信息来源”行已删。文中“该区”“经开区”“园区”指池州经开区。中韩国际合作产业园与经开区的隶属文中未明说（在经开区报道中介绍），parent_park 依上下文填池州经开区，见 note。韩资项目只列类别名，作可选。",
  "zb09"),
 parks=[
  park("池州经开区", "池州", "安徽", "经济技术开发区", "记者从池州经开区管委会获悉", aliases=["经开区"], note="“该区”“经开区”“园区”指此区"),
  park("中韩国际合作产业园", "池州", "安徽", "国际合作产业园", "中韩国际合作产业园成为安徽省首批授牌的10家国际合作产业园之一", parent="池州经开区", note="在经开区报道中作为其园中园介绍；隶属依上下文"),
 ],
 companies=[
  comp("百强电子", "池州经开区", "其中百强电子5G高阶线路板制造项目总投资15亿元", opt=True, note="只见于项目名"),
 ],
 projects=[
  proj("环球奥特莱斯商业综合体项目", "池州经开区", "其中环球奥特莱斯商业综合体项目,总投资38亿元,目前框架投资协议已签订", inv="总投资38亿元", status="签约", status_text="框架投资协议已签订",
       note="一季度签约的亿元以上项目之一"),
  proj("百强电子5G高阶线路板制造项目", "池州经开区", "一季度集中开工项目12个,总投资50亿元。其中百强电子5G高阶线路板制造项目总投资15亿元", companies=["百强电子"], inv="总投资15亿元",
       status="开工", status_text="集中开工", note="一季度集中开工的12个项目之一；全市首宗“标准地”出让项目"),
  proj("硅麦芯片", "中韩国际合作产业园", "硅麦芯片、光学模组、半导体固晶机等一批韩资项目正在紧密跟进", opt=True, note="韩资在谈项目（紧密跟进），无状态、无金额"),
  proj("光学模组", "中韩国际合作产业园", "硅麦芯片、光学模组、半导体固晶机等一批韩资项目正在紧密跟进", opt=True),
  proj("半导体固晶机", "中韩国际合作产业园", "硅麦芯片、光学模组、半导体固晶机等一批韩资项目正在紧密跟进", opt=True),
 ],
 aggregate_facts=[
  fact("池州经开区", "park", "projects_signed_over_100m", 8, "count", "新签约亿元以上项目8个", "2021年一季度"),
  fact("池州经开区", "park", "projects_signed_over_100m_growth", 1.0, "ratio", "同比增长100%", "2021年一季度", kind="ratio"),
  fact("池州经开区", "park", "projects_signed_over_1bn", 3, "count", "其中投资10亿元以上项目3个", "2021年一季度", opt=True),
  fact("池州经开区", "park", "projects_signed_over_1_5bn", 2, "count", "15亿元以上项目2个", "2021年一季度", opt=True),
  fact("池州经开区", "park", "signed_investment_cny", 7e9, "cny", "项目协议总投资逾70亿元", "2021年一季度", qual="超", qtext="逾", note="一季度签约的8个亿元以上项目"),
  fact("池州经开区", "park", "projects_started", 12, "count", "一季度集中开工项目12个", "2021年一季度"),
  fact("池州经开区", "park", "started_projects_investment_cny", 5e9, "cny", "一季度集中开工项目12个,总投资50亿元", "2021年一季度"),
 ])
