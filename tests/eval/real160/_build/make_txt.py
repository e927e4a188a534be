#!/usr/bin/env python3
"""Turn _raw/pages/vcNN.raw into vcNN.txt (headline, blank line, body; or body only where the stored excerpt has no
headline). Every kept raw line is one paragraph (leading/trailing blanks stripped); nothing inside a kept line is changed.
Dropped lines (navigation, dates, bylines on their own line, captions, footers, a cut-off last paragraph) are listed in
DROP and printed."""
import os, re, html
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = os.path.join(D, "_raw", "pages")

def lines(nid):
    return [l.strip() for l in open(os.path.join(P, nid + ".raw"), encoding="utf-8").read().split("\n")]

def write(nid, head, paras):
    paras = [p for p in paras if p]
    txt = ((head + "\n\n") if head else "") + "\n\n".join(paras) + "\n"
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(txt)
    print(nid, len(txt), "chars", "| head:", head)

def vc01():
    raw = open(os.path.join(P, "vc01.raw"), encoding="utf-8").read()
    head = re.search(r'<h1[^>]*>(.*?)</h1>', raw).group(1)
    body = re.search(r'<div class="news_content_text">\s*<p class="text-common">(.*?)</p>', raw, re.S).group(1)
    paras = [html.unescape(x).strip() for x in body.split("<br>")]
    print("vc01 dropped: PHP/HTML frame, date line 日期｜109-12-26, byline 記者張誼／嘉義縣報導, 返回列表")
    write("vc01", head, paras)

# (nid, headline or None, raw line texts to drop exactly)
SPEC = {
 "vc02": (None, ["聯合報記者范榮達/苗栗報導", "大陸回流台商逾20家洽詢苗栗縣銅鑼科學園區設廠土地,縣府6月安排4家會勘。圖/苗栗縣政府提供"]),
 "vc03": (None, []),
 "vc04": ("加工處補助更新促進廠商加碼投資", ["加工處補助更新促進廠商加碼投資", "台灣新聞網記者張美惠/高雄報導", "2019.11.26",
          "加工處表示,為因應暢旺的投資與營運擴增,加工區將持續空間更新活化,並積極推動產業升級、服務加值人才培育與職場幸福等事項,同時導入人文與創新元素,讓加工出"]),
 "vc05": ("力邀產業投資嘉義縣 張花冠親自說明投資環境優勢", ["力邀產業投資嘉義縣 張花冠親自說明投資環境優勢", "2017-06-03 17:00", "記者謝敏政/嘉義報導",
          "本文經轉授權自台灣好新聞", "因為你,我們得以前進,你的支持是我們的動力", "更多文章",
          "欠薪釀悲劇!韓國學校火燒車13命 官方調查出爐:校車司機縱火報復", "淘寶迷虛驚一場》順豐跟菜鳥糾紛 中國郵政出面調停:雙方同意恢復合作",
          "凱道原民遭驅離 總統府:對警方處置表示尊重", "防備豪雨"]),
 "vc06": (None, []),
 "vc07": (None, []),
 "vc08": (None, ["嘉義優鮮", "2024竹博覽會", "慢遊雲林-抽百萬名車", "運動i臺灣 雲林動起來", "鄒去嘉義", "雲林首次篩",
          "劉建國強調,他已向行政院長蘇貞昌與沈副院長建議,雲林未來要"]),
}
# vc06: the closing ◇ (Epoch Times end mark) is not text; the last paragraph is kept without it
EDIT = {"vc06": [("一起打拼奮鬥!◇", "一起打拼奮鬥!")]}

if __name__ == "__main__":
    vc01()
    for nid, (head, drop) in SPEC.items():
        ls = lines(nid)
        for e in EDIT.get(nid, []):
            ls = [l.replace(e[0], e[1]) for l in ls]
            print(nid, "edit:", e)
        kept = []
        for l in ls:
            if l in drop:
                print(nid, "dropped:", l[:60])
            else:
                kept.append(l)
        write(nid, head, kept)
