"""SQL for COMMENT ON VIEW / COLUMN, shared by the analytics migrations (kept tiny and stable on purpose)."""
from __future__ import annotations

# {view: (comment on the view, {column: comment})}
ViewComments = dict[str, tuple[str, dict[str, str]]]


def literal(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def comment_sql(comments: ViewComments, *, clear: bool = False) -> list[str]:
    """COMMENT statements for every view and column; with clear=True, the statements that remove them."""
    statements = []
    for view, (about, columns) in comments.items():
        statements.append(f"COMMENT ON VIEW public.{view} IS {literal(None if clear else about)};")
        for column, text in columns.items():
            statements.append(f"COMMENT ON COLUMN public.{view}.{column} IS {literal(None if clear else text)};")
    return statements
