"""Extract s03-s05 from the mirrored procurement-portal pages in GitHub likgjava/eb
(commit 7470cfbcce2c33c38d76cb757029227202253ea9): <h1> headline + <p> paragraphs,
entities unescaped, paragraphs joined by blank lines (as real2 h35-h37, real3 r04)."""
import html, re, subprocess, sys, os
REPO = "/work/.mirror/likgjava+eb/repo"
COMMIT = "7470cfbcce2c33c38d76cb757029227202253ea9"
FILES = {"s03": "ff8080812fb4297b012fb8d11118016e", "s04": "ff8080812fba4e32012fbeb1b61f0597",
         "s05": "ff8080813176735601319239259a19f3"}
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for nid, f in FILES.items():
    src = subprocess.run(["git", "-C", REPO, "show", f"{COMMIT}:webapp/view/staticpags/cgxqzx/{f}.jsp"],
                         capture_output=True, text=True, check=True).stdout
    body = src.split('<div class="frameNews">', 1)[1].split("<!--主要内容 结束", 1)[0]
    title = html.unescape(re.search(r"<h1>(.*?)</h1>", body, re.S).group(1)).strip()
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", body, re.S | re.I)]
    paras = [p for p in paras if p]
    open(os.path.join(OUT, nid + ".txt"), "w", encoding="utf-8").write(title + "\n\n" + "\n\n".join(paras) + "\n")
    print(nid, title, len(title) + sum(map(len, paras)))
