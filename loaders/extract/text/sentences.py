"""Sentences, headline lines and quoted stretches of an article, as spans into its text.

Every mention carries the span of the sentence that evidences it; facts need to
know whether a figure sits inside quotation marks (“1个工作专班…” is a slogan, not
data) and where one story of a multi-story page ends and the next begins.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..types import Span

CLAUSE_MARKS = "，,；;"  # what ends a clause inside a sentence
RUN_MARKS = "；;"  # what ends a run of clauses
# A line that ends in 、 or —— goes on in the next one: a list set one item to a line (签约的有——\n\nA“新物流生态圈”、\n\n
# B旅游城、\n\n … 等24个项目) is one sentence.
_SENT_END_RE = re.compile(r"[。！？!?]+[”’\"]?|……(?=[ \t　]*(?:\n|$))|(?<![、\n])(?<!——)\n+")
_HEADING_MARK_RE = re.compile(r"^\s*#{1,6}\s*")
# '园区地址：…', '主导产业：…': a labelled field of a poster or form, not the start of a new story
_FIELD_LINE_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}[：:]\s*\S")
_FIELD_LABEL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{0,6}(?:名称|金额|内容|地点|时间|单位|规模|投资|进度|地址|性质|类型|主体|面积|期限|联系|编号"
                             r"|来源|作者|记者|编辑|责编)[：:]")

# A wire dateline or a paper's credit that opens a paragraph: 中新社 漳州1月2日电 (记者 张金川),
# 新华社北京3月5日电（记者 X）, 本报讯(记者 于大勇), 科技日报讯. It names the outlet, not what the
# sentence is about.
DATELINE_RE = re.compile(r"\s*(?:【[\u4e00-\u9fff]{1,8}】"  # 【概况】: a yearbook's section label, before the entry's first words
                         r"|[(（][\u4e00-\u9fff]{0,6}记者[\u4e00-\u9fff]{0,14}?\d{1,2}日专?电[)）]"  # （中央社记者X新竹15日电）
                         r"|(?:[\u4e00-\u9fff]{2,8}?(?:社|网|报|台)\s*[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日专?[电讯]"
                         # 新华财经长春1月6日电: any outlet, when the date is followed by 电 (not 电力, 电子 …)
                         r"|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日专?电(?![力子器池网视影脑商气站缆线]))"
                         r"(?:[\u4e00-\u9fff]{2,4}(?=[(（]))?"  # 河北新闻网2月26日电唐山(记者…): the place after 电
                         r"|[\u4e00-\u9fff]{0,8}?(?:报|网|社|台|新闻)(?:/[\u4e00-\u9fff]{2,10})?讯)\s*(?:[(（][^)）\n]{0,24}[)）])?"
                         # (中国江西网/江西头条客户端讯 记者左阳天报道: two outlets, then the reporter's line)
                         r"(?:\s*记者[\u4e00-\u9fff]{1,8}?报道)?[\s:：]*")

@dataclass
class Doc:
    """The article text with precomputed sentence and line structure (built once, queried often)."""

    text: str
    sentences: list[Span]
    starts: list[int]
    headings: list[Span]  # lines that read as headlines (## …, or a short unpunctuated line)
    quoted: list[Span]

    def sentence_at(self, pos: int) -> Span:
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.sentences[max(k, 0)] if self.sentences else Span(0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def clause(self, start: int, end: int | None = None, *, marks: str = CLAUSE_MARKS) -> Span:
        """The stretch of the sentence around [start, end) bounded by the nearest of `marks` on each side.

        With the default marks (，,；;) it is the clause; with RUN_MARKS (；;) the clause run a
        project's or a park's status and location are read from.
        """
        end = start if end is None else end
        sent = self.sentence_at(start)
        text = self.text
        lo = max([text.rfind(c, sent.start, start) for c in marks] + [sent.start - 1]) + 1
        his = [i for i in (text.find(c, end, sent.end) for c in marks) if i >= 0]
        return Span(lo, min(his) if his else sent.end)

    def text_of(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def in_quotes(self, start: int, end: int) -> bool:
        """Inside a short quotation (a slogan or programme name); long speech quotes do not count."""
        short = self.__dict__.get("_short_quotes")
        if short is None:  # built once per Doc: short quotes sorted by start
            short = sorted((q.start, q.end) for q in self.quoted
                           if q.end - q.start <= 42 and "。" not in self.text[q.start:q.end])
            self._short_quotes = short
            self._short_starts = [q[0] for q in short]
        k = bisect.bisect_left(self._short_starts, start)
        # a short quote containing [start, end) starts at most 42 characters before it
        while k > 0 and short[k - 1][0] >= start - 42:
            k -= 1
            if short[k][0] < start and end <= short[k][1]:
                return True
        return False


def is_headline(line: str) -> bool:
    """A line that reads as a headline: '## …', or short, unpunctuated at the end, mostly Chinese."""
    s = line.strip()
    if not s:
        return False
    if s.startswith("#") and not re.match(r"^#\s*\d", s):
        return True
    # A closing quote may end a headline (激发招引“磁石效应”), not a quoted sentence (…。”).
    end = s.rstrip("”’\"')）")[-1:] if s[-1] in "”’\"')）" else s[-1]
    if len(s) > 36 or end in "。！？!?；;，,：:、" or s[0] in "-●■□◎►▶•*（(图":
        return False
    if re.search(r"(摄|供图|提供|来源[:：])", s):
        return False
    return len(re.findall(r"[\u4e00-\u9fff]", s)) >= 6


def build_doc(text: str) -> Doc:
    sentences: list[Span] = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        if m.end() > pos:
            if text[pos:m.end()].strip():
                sentences.append(Span(pos, m.end()))
            pos = m.end()
    if pos < len(text) and text[pos:].strip():
        sentences.append(Span(pos, len(text)))
    headings: list[Span] = []
    offset = 0
    first = True
    for line in text.split("\n"):
        # (直击东北经济:大庆高新集群 拓转型突围之路: the story's first line, a headline with its kicker, not a card's
        # field such as 项目名称:X)
        if is_headline(line) and (not _FIELD_LINE_RE.match(line) or (first and not _FIELD_LABEL_RE.match(line))):
            headings.append(Span(offset, offset + len(line)))
        first = first and not line.strip()
        offset += len(line) + 1
    quoted: list[Span] = []
    depth_start: int | None = None
    for m in re.finditer(r"[“”\n]", text):
        ch = m.group()
        if ch == "“":
            depth_start = m.start()
        elif ch == "”" and depth_start is not None:
            quoted.append(Span(depth_start, m.end()))
            depth_start = None
        elif ch == "\n":
            depth_start = None if depth_start is not None and m.start() - depth_start > 200 else depth_start
    for m in re.finditer(r"‘[^‘’\n]{1,40}’", text):
        quoted.append(Span(m.start(), m.end()))  # inner quotes inside a speech: slogans
    return Doc(text=text, sentences=sentences, starts=[s.start for s in sentences], headings=headings, quoted=quoted)
