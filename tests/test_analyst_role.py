"""The analyst role: it reads the report views and nothing else, with a statement timeout."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

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


def connect_as(role: str, dbname: str | None = None) -> psycopg.Connection:
    settings = connection.settings_dict
    return psycopg.connect(dbname=dbname or settings["NAME"], user=role, host="127.0.0.1",
                           port=settings.get("PORT") or 5432, autocommit=True, connect_timeout=10)


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


@pytest.fixture
def other_database():
    """A database of this test's own on the same server (made from template0, which nobody is connected to)."""
    name = f"test_analyst_other_{uuid.uuid4().hex[:10]}"
    settings = connection.settings_dict
    admin = dict(dbname="postgres", user=settings["USER"] or None, host=settings["HOST"] or None,
                 port=settings.get("PORT") or None, password=settings["PASSWORD"] or None, autocommit=True)
    with psycopg.connect(**admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    yield name
    with psycopg.connect(**admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_lifting_its_session_defaults_gives_it_nothing_to_write_with(role_name):
    make_sample()
    call_command("create_analyst_role", role_name, verbosity=0)
    with connect_as(role_name) as conn:
        # PostgreSQL lets any session change these; the role's settings are defaults, not limits ...
        conn.execute("SET default_transaction_read_only = off")
        conn.execute("SET statement_timeout = 0")
        # ... so nothing may be writable once they are off: no temporary tables, no large objects.
        assert "permission denied" in refused(conn, "CREATE TEMP TABLE scratch (i int)")
        refused(conn, "SELECT lo_creat(-1)")
        refused(conn, "SELECT lo_create(0)")
        refused(conn, "SELECT lo_from_bytea(0, 'x'::bytea)")
        refused(conn, "SELECT lo_import('/etc/passwd')")
        refused(conn, "SELECT lo_put(1, 0, 'x'::bytea)")
        refused(conn, "SELECT lo_unlink(1)")
        assert conn.execute("SELECT count(*) FROM report_parks").fetchone() == (2,)
    # The role the project connects as keeps them.
    with connection.cursor() as cursor:
        cursor.execute("SELECT has_function_privilege(current_user, 'lo_from_bytea(oid, bytea)', 'EXECUTE'), "
                       "has_database_privilege(current_user, current_database(), 'TEMPORARY')")
        assert cursor.fetchone() == (True, True)


def test_it_has_a_connection_limit(role_name):
    call_command("create_analyst_role", role_name, "--connection-limit", "1", verbosity=0)
    with connect_as(role_name):
        with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
            connect_as(role_name).close()


def test_other_databases_are_named_and_can_be_closed_to_it(role_name, other_database, capsys):
    call_command("create_analyst_role", role_name, verbosity=0)
    warning = capsys.readouterr().err
    assert "can connect to other databases" in warning and other_database in warning
    connect_as(role_name, dbname=other_database).close()  # through PUBLIC's CONNECT, as on any new database

    call_command("create_analyst_role", role_name, "--revoke-public-connect-on", other_database, verbosity=0)
    assert other_database not in capsys.readouterr().err
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        connect_as(role_name, dbname=other_database).close()


def test_a_database_to_close_that_does_not_exist_is_named(role_name):
    with pytest.raises(CommandError, match="no database 'no_such_database_here'"):
        call_command("create_analyst_role", role_name, "--revoke-public-connect-on", "no_such_database_here",
                     verbosity=0)


@pytest.mark.django_db
def test_no_view_it_reads_names_a_folder_of_the_server(tmp_path):
    from analytics.catalog import report_view_names
    from loaders.pipeline import load_paths

    folder = tmp_path / "srv" / "private-news"
    folder.mkdir(parents=True)
    seed = next(iter(sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))))
    (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_bytes(b"")  # a refused file is reported too
    load_paths([folder], workers=0)

    with connection.cursor() as cursor:
        for view in report_view_names():
            cursor.execute(f"SELECT coalesce(string_agg(row_to_json(v)::text, ' '), '') FROM public.{view} v")
            text = cursor.fetchone()[0]
            assert str(tmp_path) not in text, view
        cursor.execute("SELECT report FROM report_load_runs")
        files = json.loads(cursor.fetchone()[0])["files"]
    assert sorted(f["path"] for f in files) == sorted([seed.name, "empty.txt"])


def test_a_non_superuser_running_it_gets_no_error_from_the_large_object_revokes(role_name):
    from psycopg import sql

    from analytics.roles import take_large_object_writers

    runner = f"{role_name}_runner"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE ROLE "{runner}" CREATEROLE')
        cursor.execute(f'CREATE ROLE "{role_name}"')
        try:
            cursor.execute(f'SET ROLE "{runner}"')
            # lo_import is not PUBLIC's: revoking it would fail outright for a non-superuser, so it is skipped.
            take_large_object_writers(cursor, sql.Identifier(role_name))
        finally:
            cursor.execute("RESET ROLE")
            cursor.execute(f'DROP ROLE "{runner}"')
