"""Extract s15 from the mirrored company-site news page in GitHub eidors/checkResourcesFiles
(commit b42b45f8e06608ef38aa583763378ffa54c3997e, GB2312 page): headline + left-aligned body
paragraphs; centred paragraphs (photos and their grey captions) are dropped; paragraphs joined by
blank lines (as dev h08, from the same site)."""
import html, re, subprocess, os
REPO = "/work/.mirror/eidors+checkResourcesFiles/repo"
COMMIT = "b42b45f8e06608ef38aa583763378ffa54c3997e"
PATH = "checkFolder/ws/detail/detail-469.tpl"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
raw = subprocess.run(["git", "-C", REPO, "show", f"{COMMIT}:{PATH}"], capture_output=True, check=True).stdout
src = raw.decode("gb18030")
title = html.unescape(re.search(r'class="newst">(.*?)</div>', src, re.S).group(1)).strip()
body = src.split('id="content-fontsize">', 1)[1].split("网站地图", 1)[0]
paras = []
for style, inner in re.findall(r'<p style="([^"]*)">(.*?)</p>', body, re.S):
    if "text-align:center" in style:
        continue
    t = html.unescape(re.sub(r"<[^>]+>", "", inner)).replace("\xa0", " ").strip()
    if t:
        paras.append(t)
open(os.path.join(OUT, "s15.txt"), "w", encoding="utf-8").write(title + "\n\n" + "\n\n".join(paras) + "\n")
print(title); print("\n\n".join(paras))
