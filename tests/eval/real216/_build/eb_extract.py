#!/usr/bin/env python3
"""Write _raw/pages/tg01.raw from the stored page of likgjava/eb (阳光易购 mirrored news page):
git show of webapp/view/staticpags/goodszx/ff808081309200df01309b1dfd02038b.jsp at commit
7470cfbcce2c33c38d76cb757029227202253ea9 (HEAD of the fetched snapshot; the file's last change is f8538e3d…),
the part between <div id="conBody"> and the page script, with HTML tags removed and entities decoded
(&ldquo; → “, &amp; → &, &mdash; → —). Lines are kept as the page has them (its <p> breaks); nothing else changed."""
import html, os, re, subprocess
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = "/work/.mirror/likgjava+eb/repo"
PATH = "webapp/view/staticpags/goodszx/ff808081309200df01309b1dfd02038b.jsp"
src = subprocess.run(["git", "-C", REPO, "show", "7470cfbcce2c33c38d76cb757029227202253ea9:" + PATH],
                     capture_output=True, text=True, check=True).stdout
body = src[src.index('<div id="conBody">'):src.index("// 为左边栏设定选中样式")]
body = body.replace("\r", "")
body = re.sub(r"</p>", "\n", body)
body = re.sub(r"<[^>]+>", "", body)
body = html.unescape(body)
lines = [l.rstrip() for l in body.split("\n")]
out = "\n".join(l for l in lines if l.strip()) + "\n"
open(os.path.join(D, "_raw", "pages", "tg01.raw"), "w", encoding="utf-8").write(out)
print(out)
