"""The analyst role: it reads the report views and nothing else, with a statement timeout."""
from __future__ import annotations

import uuid

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from analytics.roles import drop_analyst_role
from analytics.testing import make_sample


@pytest.fixture
def role_name(transactional_db):
    """A role name no other test run uses (roles are cluster-wide); the role is dropped afterwards."""
    name = f"test_analyst_{uuid.uuid4().hex[:10]}"
    yield name
    drop_analyst_role(name=name)


def connect_as(role: str) -> psycopg.Connection:
    settings = connection.settings_dict
    return psycopg.connect(dbname=settings["NAME"], user=role, host="127.0.0.1", port=settings.get("PORT") or 5432,
                           autocommit=True, connect_timeout=10)


def refused(conn: psycopg.Connection, statement: str) -> str:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        conn.execute(statement)
    return str(caught.value)


def test_the_role_reads_the_report_views_and_has_a_timeout(role_name, settings):
    make_sample()
    call_command("create_analyst_role", role_name, verbosity=0)
    with connect_as(role_name) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM report_parks")}
        assert names == {"青岛国际创新园", "东江科技园"}
        assert conn.execute("SELECT count(*) FROM report_park_summary").fetchone() == (2,)
        timeout = conn.execute("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'").fetchone()[0]
        assert int(timeout) == settings.ANALYST_STATEMENT_TIMEOUT_MS
        assert conn.execute("SHOW default_transaction_read_only").fetchone() == ("on",)


def test_the_role_can_neither_write_nor_read_base_tables(role_name):
    make_sample()
    call_command("create_analyst_role", role_name, verbosity=0)
    with connect_as(role_name) as conn:
        # Lift the read-only default the role starts with: privileges alone must stop every write.
        conn.execute("SET default_transaction_read_only = off")
        for table in ("parks_park", "auth_user", "projects_fact", "loaders_sourcearticle"):
            assert "permission denied" in refused(conn, f"SELECT * FROM {table}")
        refused(conn, "INSERT INTO parks_park (name) VALUES ('x')")
        refused(conn, "UPDATE auth_user SET is_superuser = true")
        refused(conn, "DELETE FROM projects_fact")
        refused(conn, "CREATE TABLE public.analyst_scratch (i int)")
        # The views are not updatable for it either (they are simple enough to be auto-updatable otherwise).
        refused(conn, "UPDATE report_articles SET published_on = NULL")
        refused(conn, "DELETE FROM report_articles")
        refused(conn, "INSERT INTO report_load_runs (run_id) VALUES (1)")


def test_running_it_again_updates_the_role_and_grants_new_views(role_name):
    call_command("create_analyst_role", role_name, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("CREATE VIEW report_test_extra AS SELECT 1 AS one")
    try:
        call_command("create_analyst_role", role_name, "--password", "s3cret'quote", "--statement-timeout-ms", "5000",
                     verbosity=0)
        with connect_as(role_name) as conn:
            assert conn.execute("SELECT one FROM report_test_extra").fetchone() == (1,)
            assert conn.execute("SHOW statement_timeout").fetchone() == ("5s",)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP VIEW report_test_extra")


def test_it_refuses_to_turn_the_connecting_superuser_into_an_analyst(transactional_db):
    with pytest.raises(CommandError, match="superuser or the role this project connects as"):
        call_command("create_analyst_role", connection.settings_dict["USER"] or "postgres", verbosity=0)


def test_a_group_role_cannot_log_in(role_name):
    call_command("create_analyst_role", role_name, "--no-login", verbosity=0)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        connect_as(role_name).close()
