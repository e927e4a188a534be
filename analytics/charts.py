"""Small charts drawn as inline SVG on the server: no JavaScript, no CDN, readable offline and in a screenshot."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

FONT = "font-family=\"-apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\""
BAR_COLOUR = "#417690"  # the admin's own blue


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    colour: str


@dataclass(frozen=True)
class Row:
    label: str
    values: dict[str, float]  # segment key -> value

    @property
    def total(self) -> float:
        return sum(self.values.values())


SINGLE = (Segment("value", "", BAR_COLOUR),)


def text_width(text: str, size: float = 13) -> float:
    """Rough rendered width: CJK characters are about one em wide, Latin ones about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.56 for ch in text)


def shorten(text: str, max_width: float, size: float = 13) -> str:
    if text_width(text, size) <= max_width:
        return text
    while text and text_width(text + "…", size) > max_width:
        text = text[:-1]
    return text + "…"


def plain_number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def _empty(width: int, message: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 60" width="100%" role="img" {FONT}>'
            f'<text x="{width / 2}" y="35" text-anchor="middle" font-size="14" fill="#777">{escape(message)}</text></svg>')


def _legend(segments: Sequence[Segment], x: float, y: float) -> list[str]:
    parts = []
    for segment in segments:
        parts.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{segment.colour}"/>')
        parts.append(f'<text x="{x + 17:.1f}" y="{y:.1f}" font-size="13" fill="#333">{escape(segment.label)}</text>')
        x += 17 + text_width(segment.label) + 22
    return parts


def bar_chart(rows: Sequence[Row], *, title: str, segments: Sequence[Segment] = SINGLE,
              fmt: Callable[[float], str] = plain_number, width: int = 520, empty: str = "No data yet") -> str:
    """Horizontal bars, one per row, stacked by segment, with the row's total at the bar's end."""
    if not rows or not any(row.total for row in rows):
        return _empty(width, empty)
    label_width = min(max(text_width(row.label) for row in rows) + 12, width * 0.38)
    value_room = max(text_width(fmt(row.total)) for row in rows) + 10
    top = 34 if len(segments) > 1 else 8
    bar, gap = 20, 8
    height = top + len(rows) * (bar + gap) + 4
    plot = width - label_width - value_room
    scale = plot / max(row.total for row in rows)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'role="img" aria-label="{escape(title)}" {FONT}>', f"<title>{escape(title)}</title>"]
    if len(segments) > 1:
        parts += _legend(segments, label_width, 18)
    for index, row in enumerate(rows):
        y = top + index * (bar + gap)
        parts.append(f'<text x="{label_width - 8:.1f}" y="{y + bar * 0.72:.1f}" text-anchor="end" font-size="13" '
                     f'fill="#333"><title>{escape(row.label)}</title>{escape(shorten(row.label, label_width - 12))}</text>')
        x = label_width
        for segment in segments:
            value = row.values.get(segment.key, 0)
            if value <= 0:
                continue
            w = max(value * scale, 1)
            tip = f"{row.label} {segment.label}: {fmt(value)}".strip()
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{segment.colour}">'
                         f"<title>{escape(tip)}</title></rect>")
            x += w
        parts.append(f'<text x="{x + 5:.1f}" y="{y + bar * 0.72:.1f}" font-size="12" fill="#555">'
                     f"{escape(fmt(row.total))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def column_chart(rows: Sequence[Row], *, title: str, segments: Sequence[Segment] = SINGLE,
                 fmt: Callable[[float], str] = plain_number, width: int = 520, height: int = 220,
                 empty: str = "No data yet") -> str:
    """Vertical columns in row order (e.g. one per day), stacked by segment, with the total above each."""
    if not rows or not any(row.total for row in rows):
        return _empty(width, empty)
    top = 40 if len(segments) > 1 else 20
    bottom, left, right = 36, 16, 16
    plot_h = height - top - bottom
    slot = (width - left - right) / len(rows)
    col = min(slot * 0.7, 48)
    scale = plot_h / max(row.total for row in rows)
    base = top + plot_h
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'role="img" aria-label="{escape(title)}" {FONT}>', f"<title>{escape(title)}</title>",
             f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#999"/>']
    if len(segments) > 1:
        parts += _legend(segments, left, 18)
    label_every = max(1, int(len(rows) / ((width - left - right) / 70)))
    for index, row in enumerate(rows):
        cx = left + slot * index + slot / 2
        y = base
        for segment in segments:
            value = row.values.get(segment.key, 0)
            if value <= 0:
                continue
            h = max(value * scale, 1)
            y -= h
            tip = f"{row.label} {segment.label}: {fmt(value)}".strip()
            parts.append(f'<rect x="{cx - col / 2:.1f}" y="{y:.1f}" width="{col:.1f}" height="{h:.1f}" '
                         f'fill="{segment.colour}"><title>{escape(tip)}</title></rect>')
        parts.append(f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="12" fill="#555">'
                     f"{escape(fmt(row.total))}</text>")
        if index % label_every == 0:
            parts.append(f'<text x="{cx:.1f}" y="{base + 18}" text-anchor="middle" font-size="12" fill="#333">'
                         f"{escape(row.label)}</text>")
    parts.append("</svg>")
    return "".join(parts)
