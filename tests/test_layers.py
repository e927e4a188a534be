"""Apps import only the layers below them: curation (review, locks, merges, the admin base) imports none of parks,
projects or loaders (only loaders.extract, the pure text layer without models); parks imports curation;
projects imports parks and curation; loaders may import all three."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
ALLOWED = {
    "curation": {"curation", "loaders.extract"},
    "parks": {"curation", "parks", "loaders.extract"},
    "projects": {"curation", "parks", "projects", "loaders.extract"},
}
APPS = ("curation", "parks", "projects", "loaders", "analytics")


def imported_apps(path: Path) -> set[str]:
    """The project modules a file imports, as 'app' or 'loaders.extract', wherever the import statement sits."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
        for name in names:
            parts = name.split(".")
            if parts[0] in APPS:
                found.add("loaders.extract" if parts[:2] == ["loaders", "extract"] else parts[0])
    return found


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_an_app_imports_only_the_layers_below_it(app):
    wrong = {}
    for path in sorted((PROJECT_DIR / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        extra = imported_apps(path) - ALLOWED[app]
        if extra:
            wrong[str(path.relative_to(PROJECT_DIR))] = sorted(extra)
    assert wrong == {}
