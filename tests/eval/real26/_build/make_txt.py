#!/usr/bin/env python3
"""Write jNN.txt from the stored sources in ../_raw/pages/jNN.raw (real25's make_txt.py, adapted for real26).

Two kinds of raw file:
 - "eb":  a page of the GitHub repository likgjava/eb (mirrored 2011 procurement-portal news, JSP/HTML), stored
          whole with `git show COMMIT:PATH`.  The headline is the <h1>; the body is the <P>…</P> paragraphs inside
          <div class="frameNews">.  The <div class="source"> block (发布时间 / 发布人) is site furniture.
 - "md":  a post of the GitHub repository Rock-Candy-Tea/RSSHUB-PAGE (Hexo Markdown with an HTML body), copied from
          the read_file answer.  The headline is the front-matter title; the body is the <p>…</p> paragraphs.
Tags are removed (inline links such as <a …>国泰君安</a> keep their text), HTML entities are unescaped, leading and
trailing blanks of each paragraph are stripped, every source paragraph becomes one paragraph.  Nothing inside a
paragraph is changed.  DROP lists whole paragraphs that are furniture (byline lines), printed and listed in SOURCES.md."""
import html, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "j01": "eb", "j02": "eb", "j03": "eb", "j04": "md", "j05": "md",
}
DROP = {
 "j04": ["证券时报记者 朱凯"],
}


def clean(s):
    s = re.sub(r"<br\s*/?>", "", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).replace("\u3000", " ").strip()


def build(nid):
    raw = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read()
    dropped = []
    if ITEMS[nid] == "eb":
        head = clean(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1))
        src = re.search(r'<div class="source">(.*?)</div>', raw, re.S).group(1)
        dropped += [clean(x) for x in re.findall(r"<span>(.*?)</span>", src, re.S)]
        body = raw[raw.index(src) + len(src):]
        body = body[:body.index("<!--主要内容 结束-->")]
        paras = [clean(p) for p in re.findall(r"<P>(.*?)</P>", body, re.S | re.I)]
    else:
        head = re.search(r"^title: '(.*)'$", raw, re.M).group(1)
        m = re.search(r"^date: (.*)$", raw, re.M)
        dropped.append("front matter (categories/headimg/author/date: %s/thumbnail)" % m.group(1))
        body = raw[raw.index("<div>"):]
        paras = [clean(p) for p in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
    paras = [p for p in paras if p]
    for x in DROP.get(nid, []):
        assert x in paras, (nid, x)
        paras.remove(x)
        dropped.append(x)
    text = head + "\n\n" + "\n\n".join(paras) + "\n"
    return text, dropped


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "| dropped:", " | ".join(dropped)[:300])
