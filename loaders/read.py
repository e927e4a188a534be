"""Turn article files into normalised text, refusing any file that is not clean Chinese text.

Pure functions, no Django: `read_article` decodes one file (UTF-8 with or without BOM,
else GB18030, which covers GBK and GB2312), normalises it and hashes it;
`iter_article_paths` expands the command line's files and folders. A file that cannot
be read as trustworthy text raises `RefusedFile` with a short reason, which the load
command prints as `<file>: refused: <reason>`.

Normalisation (offsets of every mention are offsets into this text):

- CRLF and lone CR become LF; a leading BOM is dropped; whitespace at the end of the
  file is dropped. Line structure is otherwise kept (leading blank lines too).
- A narrow slice of NFKC: full-width digits ０-９ and letters Ａ-Ｚ ａ-ｚ become ASCII,
  the ideographic space U+3000 and NBSP become a plain space, and the two full-width
  signs that are part of numbers (％, and ． between digits) become ASCII. Every fold is
  one character to one character, so folding never shifts an offset.
- Chinese punctuation is left alone: ，。、：；！？（）《》“” … are what the article
  says and what an editor expects to see in an evidence quote, and the extractor
  accepts both the full-width and the ASCII forms (the seeds already mix `,` and `，`).
  Full NFKC would also rewrite CJK compatibility ideographs and ①②, which are text.

Decoding policy, chosen so that mojibake is never loaded:

1. Empty → refused. NUL bytes or many control bytes → refused as binary (a UTF-16
   file is named as such).
2. Valid UTF-8 (BOM optional) → UTF-8.
3. Bytes that are UTF-8 with a few damaged sequences (a truncated copy, one bad
   byte): if at most `MAX_REPAIRED_SEQUENCES` sequences are invalid and they are at
   most 1% of the non-ASCII characters, the file loads with U+FFFD in their place and
   a warning naming the byte offsets; with more damage it is refused, naming the first
   offset. Such bytes are never handed to GB18030, which would "succeed" and produce
   garbage.
4. Otherwise GB18030, strictly; a decoding error means "not valid UTF-8 or GB18030".
5. Whatever the encoding, the decoded text must look like Chinese read correctly: no
   锟斤拷, no Latin-1 double-encoding (Ã©, â€), no private-use characters or U+FFFD
   beyond the repaired ones, and its Chinese characters must be dominated by common
   ones (GB2312 level 1 or Big5 level 1: 99.7% in the seeds, 13-58% when the seeds
   are read with the wrong encoding).
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Damage we repair rather than refuse: a file cut mid-character, a stray byte. More
# than this means the file went through something we do not understand.
MAX_REPAIRED_SEQUENCES = 8
MAX_REPAIRED_SHARE = 0.01

# A correctly decoded Chinese article is dominated by common characters.
MIN_COMMON_HAN_SHARE = 0.80
# Below this many Chinese characters the share is too noisy to judge UTF-8 text by
# (valid UTF-8 is rarely wrong); GB18030 text is always judged.
MIN_HAN_TO_JUDGE_UTF8 = 20

MAX_CONTROL_BYTE_SHARE = 0.01

_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class ArticleText:
    """One article file, decoded and normalised; `sha256` identifies the article."""

    path: Path
    text: str
    sha256: str  # of text.encode("utf-8"): a renamed or re-encoded copy hashes the same
    encoding: str  # "utf-8", "utf-8-sig" or "gb18030"
    warnings: tuple[str, ...]


class RefusedFile(Exception):
    """A file that is not loaded, with a short reason for the operator."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: refused: {reason}")
        self.path = path
        self.reason = reason


def read_article(path: Path, *, max_bytes: int | None = None) -> ArticleText:
    """Read, decode and normalise one article file, or raise RefusedFile.

    A file over `max_bytes` is refused unread: extraction time grows faster than an article's
    length, and no news article is megabytes long.
    """
    path = Path(path)
    try:
        info = path.stat()
    except OSError as error:
        raise RefusedFile(path, _link_problem(path) or f"unreadable: {error.strerror or error}") from error
    if not stat.S_ISREG(info.st_mode):
        raise RefusedFile(path, "not a regular file")
    if max_bytes is not None and info.st_size > max_bytes:
        raise RefusedFile(path, f"larger than {_size(max_bytes)} ({_size(info.st_size)}; the limit is LOAD_MAX_FILE_MB)")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1) if max_bytes is not None else handle.read()
    except OSError as error:
        raise RefusedFile(path, f"unreadable: {error.strerror or error}") from error
    if max_bytes is not None and len(data) > max_bytes:  # it grew since stat()
        raise RefusedFile(path, f"larger than {_size(max_bytes)} (the limit is LOAD_MAX_FILE_MB)")

    text, encoding, warnings = decode_article_bytes(data, path=path)
    text = normalise_text(text)
    if not text:
        # Only a BOM, or only line breaks and spaces.
        raise RefusedFile(path, "only whitespace" if data.strip(_UTF8_BOM) else "empty file")
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return ArticleText(path=path, text=text, sha256=sha256, encoding=encoding, warnings=warnings)


def decode_article_bytes(data: bytes, *, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Decode raw bytes by the policy in the module docstring: (text, encoding, warnings)."""
    if not data:
        raise RefusedFile(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RefusedFile(path, "UTF-16 text (save it as UTF-8)")
    if b"\x00" in data:
        raise RefusedFile(path, "binary content (NUL bytes)")
    controls = sum(data.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls > 2 and controls > MAX_CONTROL_BYTE_SHARE * len(data):
        raise RefusedFile(path, "binary content (control characters)")

    encoding = "utf-8-sig" if data.startswith(_UTF8_BOM) else "utf-8"
    body = data[len(_UTF8_BOM):] if encoding == "utf-8-sig" else data
    warnings: list[str] = []
    repaired = 0
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text_or_none, bad_offsets, non_ascii = _decode_utf8_counting_damage(body)
        offset_base = len(data) - len(body)
        if text_or_none is not None and _is_mostly_utf8(len(bad_offsets), non_ascii):
            text = text_or_none
            repaired = len(bad_offsets)
            shown = ", ".join(str(o + offset_base) for o in bad_offsets)
            warnings.append(
                f"replaced {repaired} invalid UTF-8 byte sequence(s) with U+FFFD"
                f" at byte offset(s) {shown}"
            )
        elif _looks_like_damaged_utf8(len(bad_offsets), non_ascii):
            raise RefusedFile(
                path,
                f"damaged UTF-8: {len(bad_offsets)} invalid byte sequences,"
                f" first at byte offset {bad_offsets[0] + offset_base}",
            )
        else:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError as error:
                raise RefusedFile(path, "not valid UTF-8 or GB18030") from error
            encoding = "gb18030"
            warnings.append("decoded as GB18030")

    problem = mojibake_reason(text, repaired=repaired, strict=encoding == "gb18030")
    if problem:
        raise RefusedFile(path, f"mojibake: {problem}")
    return text, encoding, tuple(warnings)


# Full-width forms that are spelled differently but mean the same to a reader: digits,
# Latin letters, ％. U+FF0E (．) only between digits, where it is a decimal point; between
# words some mainland texts use it as a full stop, which is punctuation we keep.
_FOLD = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0xFF05: ord("%"),
    0x3000: ord(" "),
    0x00A0: ord(" "),
}
_FULLWIDTH_DECIMAL_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")


def normalise_text(text: str) -> str:
    """Apply the line-ending, BOM and narrow full-width folds described above."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_FOLD)
    text = _FULLWIDTH_DECIMAL_POINT.sub(".", text)
    return text.rstrip()


def mojibake_reason(text: str, *, repaired: int = 0, strict: bool = False) -> str | None:
    """Say why decoded text looks like the wrong encoding was used, or None if it does not.

    `repaired` U+FFFD characters are expected (we put them there). `strict` judges the
    share of common Chinese characters however few there are, for text decoded as
    GB18030, which decodes most byte soup without error.
    """
    if "锟斤拷" in text:
        return "contains 锟斤拷 (UTF-8 replacement bytes read as GBK)"
    latin1 = _LATIN1_DOUBLE_ENCODING.findall(text)
    if len(latin1) >= 3:
        return f"UTF-8 read as Latin-1 (e.g. {latin1[0]!r})"
    replacement = text.count("\ufffd") - repaired
    if replacement > 0:
        return f"{replacement} U+FFFD replacement character(s)"
    private = sum(1 for ch in text if _is_private_use(ch))
    if private >= 3:
        return f"{private} private-use characters"
    han = _HAN.findall(text)
    if han and (strict or len(han) >= MIN_HAN_TO_JUDGE_UTF8):
        common = sum(1 for ch in han if _is_common_han(ch)) / len(han)
        if common < MIN_COMMON_HAN_SHARE:
            return f"mostly rare Chinese characters ({common:.0%} common)"
    if strict:
        non_ascii = [ch for ch in text if ord(ch) > 0x7F]
        cjk = sum(1 for ch in non_ascii if _is_cjk_text_char(ch))
        if non_ascii and cjk / len(non_ascii) < MIN_COMMON_HAN_SHARE:
            return f"little Chinese text ({cjk / len(non_ascii):.0%} of non-ASCII characters)"
    return None


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} bytes"


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be followed (a loop, a missing target), or None when it can or is no link."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"dangling symbolic link (to {os.readlink(path)})"
    return None


def display_path(path: Path | str) -> str:
    """A path as text that can be printed and stored: a file name in another encoding than the
    system's (a GBK name from a Windows zip) is read as GB18030 when it is that, else its bad bytes
    become U+FFFD."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


@dataclass
class Scan:
    """What the command line's files and folders hold: the article files to load, in load order, and
    the entries that will not be loaded, each with its reason (`refused`: asked for but unreadable;
    `skipped`: left out on purpose)."""

    files: list[Path]
    refused: list[tuple[Path, str]]
    skipped: list[tuple[Path, str]]


def iter_article_paths(paths: Sequence[Path]) -> list[Path]:
    """The article files to load (see `scan_article_paths`); a missing path raises FileNotFoundError."""
    return scan_article_paths(paths).files


def scan_article_paths(paths: Sequence[Path]) -> Scan:
    """Expand files and folders into the article files to load, in load order.

    A file named on the command line is taken whatever its suffix (the operator chose
    it); a folder contributes its `*.txt` files recursively, sorted, skipping hidden
    files and folders (.git, macOS ._ resource forks, which are binary) and symbolic
    links to folders, each listed in `skipped`. A symbolic link to a file is followed;
    a looping or dangling one, and a folder that cannot be read, are listed in `refused`.
    Arguments keep their order, because load order decides which edition is the
    original; a file reached twice is listed once, where first reached. A missing path
    raises FileNotFoundError naming it.
    """
    scan = Scan(files=[], refused=[], skipped=[])
    seen: set[Path] = set()

    def add(candidate: Path) -> None:
        problem = _link_problem(candidate)
        if problem:
            scan.refused.append((candidate, problem))
            return
        key = candidate.resolve()
        if key not in seen:
            seen.add(key)
            scan.files.append(candidate)

    def unreadable(error: OSError) -> None:
        scan.refused.append((Path(error.filename), f"unreadable folder: {error.strerror or error}"))

    for given in map(Path, paths):
        if not given.exists() and not given.is_symlink():
            raise FileNotFoundError(2, "no such file or directory", str(given))
        if not given.is_dir():
            add(given)
            continue
        # Symbolic links to folders are not followed: a link to a parent would never end, and a
        # folder reached twice would be loaded in an order nobody chose.
        for folder, subfolders, files in os.walk(given, onerror=unreadable):
            kept = []
            for name in sorted(subfolders):
                sub = Path(folder) / name
                if name.startswith("."):
                    scan.skipped.append((sub, "hidden folder"))
                elif sub.is_symlink():
                    scan.skipped.append((sub, "symbolic link to a folder (not followed)"))
                else:
                    kept.append(name)
            subfolders[:] = kept
            for name in sorted(files):
                if not name.lower().endswith(".txt"):
                    continue
                if name.startswith("."):
                    scan.skipped.append((Path(folder) / name, "hidden file"))
                else:
                    add(Path(folder) / name)
    return scan


# Tab, LF, VT, FF, CR are ordinary in text files; other C0 controls and DEL are not.
# GB18030 never uses bytes below 0x30 inside a multibyte character, so counting raw
# bytes is safe for both encodings.
_CONTROL_BYTES = [b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)] + [0x7F]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

# A lead byte of UTF-8 (Â-ô) read as Latin-1/cp1252, followed by a continuation byte
# read the same way: 'Ã©', 'â€œ', 'ä¸\xad'.
_LATIN1_DOUBLE_ENCODING = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


def _decode_utf8_counting_damage(body: bytes) -> tuple[str | None, list[int], int]:
    """Decode UTF-8 with U+FFFD for invalid sequences: (text, bad offsets, non-ASCII chars).

    Gives up (text None) after a few more invalid sequences than we would ever repair,
    so a GB18030 file costs a handful of decode attempts, not one per character; the
    counts then describe the part decoded so far, enough to tell damage from GBK.
    """
    parts: list[str] = []
    bad: list[int] = []
    position = 0
    while True:
        try:
            parts.append(body[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            parts.append(body[position:position + error.start].decode("utf-8"))
            parts.append("\ufffd")
            bad.append(position + error.start)
            position += error.end
            if len(bad) > 4 * MAX_REPAIRED_SEQUENCES:
                break
    text = "".join(parts)
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - len(bad)
    if len(bad) > 4 * MAX_REPAIRED_SEQUENCES:
        return None, bad, non_ascii
    return text, bad, non_ascii


def _is_mostly_utf8(bad: int, non_ascii: int) -> bool:
    return bad <= MAX_REPAIRED_SEQUENCES and bad <= MAX_REPAIRED_SHARE * non_ascii


def _looks_like_damaged_utf8(bad: int, non_ascii: int) -> bool:
    # GBK text read as UTF-8 yields about one invalid sequence per character, with a
    # few accidental valid ones; real UTF-8 with damage has far more valid characters.
    return non_ascii >= 10 * bad


def _is_private_use(ch: str) -> bool:
    code = ord(ch)
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


@lru_cache(maxsize=None)
def _is_common_han(ch: str) -> bool:
    # GB2312 level 1 (rows 0xB0-0xD7) holds the 3,755 most frequent simplified
    # characters, Big5 level 1 the 5,401 most frequent traditional ones; the stdlib
    # codecs give us both frequency lists for free.
    try:
        gb = ch.encode("gb2312")
        if 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return 0xA4 <= big5[0] <= 0xC5 or (big5[0] == 0xC6 and big5[1] <= 0x7E)


def _is_cjk_text_char(ch: str) -> bool:
    code = ord(ch)
    return bool(
        _HAN.match(ch)
        or 0x3000 <= code <= 0x303F  # CJK punctuation: 。、《》
        or 0xFF00 <= code <= 0xFFEF  # full-width forms: ，：（）
        or 0x2010 <= code <= 0x206F  # general punctuation: “”—…
        or 0x00B7 == code  # middle dot in foreign names
    )
