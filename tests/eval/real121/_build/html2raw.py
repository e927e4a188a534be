#!/usr/bin/env python3
"""Turn the article block of a likgjava/eb static page (_raw/pages/ymNN.html, cut from `git show` of the stored file between
<h1> and the end of the main-content block) into the line text _raw/pages/ymNN.raw: tags become line breaks, HTML
entities are decoded (&ldquo; → “, &mdash; → —, &nbsp; → space); nothing else is changed (no script conversion)."""
import re, html, os, sys
R = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "_raw", "pages")
for nid in sys.argv[1:] or ["ym03", "ym06"]:
    s = open(os.path.join(R, nid + ".html"), encoding="utf-8").read()
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'</?[pP]>|</?(div|span|h1)[^>]*>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    out = []
    for l in (x.strip() for x in s.split('\n')):
        if l or (out and out[-1]):
            out.append(l)
    open(os.path.join(R, nid + ".raw"), "w", encoding="utf-8").write('\n'.join(out).strip() + '\n')
    print(nid, len(out), "lines")
