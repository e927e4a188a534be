"""The data dictionary: generated from the database's comments, and kept in sync with the migrations."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from analytics.catalog import Column, Relation
from analytics.dictionary import render_dictionary, render_relation

DICTIONARY = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"


@pytest.mark.django_db
def test_the_committed_dictionary_matches_the_migrations():
    # On failure: python manage.py data_dictionary --output docs/data-dictionary.md
    call_command("data_dictionary", "--check", "--output", str(DICTIONARY), stdout=io.StringIO())


@pytest.mark.django_db
def test_check_fails_on_a_stale_file(tmp_path):
    stale = tmp_path / "dictionary.md"
    stale.write_text("# old\n", encoding="utf-8")
    with pytest.raises(CommandError, match="stale") as caught:
        call_command("data_dictionary", "--check", "--output", str(stale), stdout=io.StringIO())
    assert caught.value.returncode == 1


@pytest.mark.django_db
def test_it_writes_views_before_tables_with_every_column(tmp_path):
    target = tmp_path / "docs" / "dd.md"
    call_command("data_dictionary", "--output", str(target), stdout=io.StringIO())
    text = target.read_text(encoding="utf-8")
    assert text == render_dictionary()
    assert text.index("### report_projects") < text.index("## Base tables") < text.index("### parks_park")
    assert "| investment_cny | numeric | Total investment in yuan" in text
    assert "auth_user" not in text and "django_" not in text


def test_a_pipe_in_a_comment_does_not_break_the_table():
    relation = Relation("report_x", "view", "a | b", (Column("c", "text", "x|y"),))
    assert "| c | text | x\\|y |" in render_relation(relation)
