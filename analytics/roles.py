"""The read-only analyst role: SELECT on the report_* views and nothing else, with a statement timeout."""
from __future__ import annotations

from dataclasses import dataclass

from django.db import connection, transaction
from psycopg import sql

from analytics.catalog import report_view_names


@dataclass(frozen=True)
class RoleResult:
    created: bool
    views: list[str]


class UnsafeRole(Exception):
    """The named role is one we must not turn into an analyst (a superuser, or the role we connect as)."""


def _run(cursor, statement: sql.Composable) -> None:
    cursor.execute(statement.as_string(cursor.connection))


def create_analyst_role(*, name: str, password: str | None = None, login: bool = True,
                        statement_timeout_ms: int) -> RoleResult:
    """Create or update `name` so it can read the report views and nothing else; safe to run again.

    Views run with their owner's rights, so SELECT on a view needs no grant on the tables under it.
    A role that already exists keeps its password unless a new one is given. Grants on views that no
    longer exist vanish with them; re-run after a migration adds a view.
    """
    role = sql.Identifier(name)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = %s", [name])
        found = cursor.fetchone()
        if found and (found[0] or found[1]):
            raise UnsafeRole(f"role {name!r} is a superuser or the role this project connects as; choose another name")
        attributes = sql.SQL(
            "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT " + ("LOGIN" if login else "NOLOGIN")
        )
        verb = sql.SQL("ALTER ROLE") if found else sql.SQL("CREATE ROLE")
        _run(cursor, sql.SQL("{} {} {}").format(verb, role, attributes))
        if password is not None:
            _run(cursor, sql.SQL("ALTER ROLE {} PASSWORD {}").format(role, sql.Literal(password)))
        _run(cursor, sql.SQL("ALTER ROLE {} SET statement_timeout = {}").format(role, sql.Literal(statement_timeout_ms)))
        # A second guard: an analyst's session is read-only by default (privileges are the real barrier).
        _run(cursor, sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(role))

        cursor.execute("SELECT current_database()")
        database = sql.Identifier(cursor.fetchone()[0])
        _run(cursor, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, role))
        _run(cursor, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role))
        # Start from nothing in the schema, so a table granted by hand earlier does not linger.
        _run(cursor, sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(role))
        _run(cursor, sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(role))
        _run(cursor, sql.SQL("REVOKE CREATE ON SCHEMA public FROM {}").format(role))
        views = report_view_names()
        for view in views:
            _run(cursor, sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier("public", view), role))
    return RoleResult(created=not found, views=views)


def drop_analyst_role(*, name: str) -> None:
    """Remove the role's grants in this database and, when it owns nothing elsewhere, the role."""
    role = sql.Identifier(name)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = %s", [name])
        found = cursor.fetchone()
        if not found:
            return
        if found[0] or found[1]:
            raise UnsafeRole(f"role {name!r} is a superuser or the role this project connects as")
        _run(cursor, sql.SQL("DROP OWNED BY {}").format(role))
        cursor.execute("SELECT current_database()")
        database = sql.Identifier(cursor.fetchone()[0])
        _run(cursor, sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(database, role))
        _run(cursor, sql.SQL("DROP ROLE {}").format(role))
