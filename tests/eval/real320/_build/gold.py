# real320 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约. Money: yuan in *_cny facts (first amount of the evidence; chk=True
# asserts it). Growth rates as ratios (kind ratio). Year-to-date sums (“1-5月份”) are cumulative with the period in as_of.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/pgNN.raw as returned.

# ---------------------------------------------------------------- pg01 永康 开发区 1-5月 (永康日报 2017)
YK = "经济开发区"
P0 = "近日下午,经济开发区组织召开半年经济形势分析会"
P1 = "1-5月份,开发区完成规上工业总产值202.4亿元,同比增长18.7%"
P2 = "完成乡镇税收11.34亿元,同比增长16.76%"
P3 = "其中工业税收8.29亿元,同比增长30.18%"
AS1 = "2017年1–5月"
G["pg01"] = dict(
 article=art("开发区上半年工业经济稳中有升 1-5月完成规上工业总产值202.4亿元,同比增长18.7%", "永康日报（记者 徐敏），paper.lifeyk.com 数字报 第00006版“经济开发区”", "2017-06-22", "day",
  "County-level city daily's zone page, Zhejiang: the economic development zone's half-year economic analysis meeting — Jan–May industrial output and its growth, township tax and industrial tax with growth, the zone leaders' instructions",
  "http://paper.lifeyk.com/html/2017-06/22/content_1720618.htm?div=-1",
  "日期取网址 html/2017-06/22（数字报版面日期；存段无日期行）。标题为主题加副题（页上分两行，make_txt.py 以一个空格相连）；报名行、版面行、“文章导航”与记者署名行已删。存段末段（赵全进讲话）在“要加强老旧区块的改造,腾”处中断，整段删去，正文截至“…确保完成目标。”，共五段。园区：文中只作“经济开发区”“开发区”（永康日报“经济开发区”版，即永康经济开发区；“我市”=永康市，金华市代管，浙江）；名称照录“经济开发区”，全称不补。事实：1-5月规上工业总产值202.4亿元、增长18.7%；乡镇税收11.34亿元、增长16.76%，其中工业税收8.29亿元、增长30.18%（均为开发区，cumulative / ratio，as_of 2017年1–5月，年份取自发布日期）。管委会、党工委及其所属经发办等列可选机构；人名不列。“十三五”“六区”等不计。",
  "pg01"),
 parks=[
  park(YK, "金华", "浙江", "经济开发区", P0, district="永康市", aliases=["开发区"],
       note="文中只作“经济开发区”“开发区”；永康日报“经济开发区”版，即永康经济开发区（全称不见于文本）"),
 ],
 companies=[],
 institutions=[
  inst("开发区党工委", "开发区党工委书记、管委会主任胡文建", kind="government", park=YK),
  inst("管委会", "开发区党工委书记、管委会主任胡文建", kind="government", park=YK, note="开发区管委会"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YK, "park", "industrial_output_cny", 2.024e10, "cny", P1, AS1, kind="cumulative", chk=True, note="规上工业总产值"),
  fact(YK, "park", "industrial_output_yoy_growth", 0.187, "ratio", P1, AS1, kind="ratio"),
  fact(YK, "park", "tax_revenue_cny", 1.134e9, "cny", P2, AS1, kind="cumulative", chk=True, note="乡镇税收"),
  fact(YK, "park", "tax_revenue_yoy_growth", 0.1676, "ratio", P2, AS1, kind="ratio", note="乡镇税收增速"),
  fact(YK, "park", "industrial_tax_revenue_cny", 8.29e8, "cny", P3, AS1, kind="cumulative", chk=True, note="其中工业税收"),
  fact(YK, "park", "industrial_tax_revenue_yoy_growth", 0.3018, "ratio", P3, AS1, kind="ratio"),
 ])
