"""The read-only analyst role: SELECT on the report_* views and nothing else, with a statement timeout.

PostgreSQL lets every session SET its own statement_timeout and default_transaction_read_only, so the
role's settings are defaults, not limits. What makes the role read-only is that it has nothing it could
write with: no table rights, no CREATE in the schema, no TEMP in the database, no large-object functions
(those are granted to PUBLIC out of the box). A runaway query is bounded by the connection limit and by
an operator's pg_terminate_backend (README: Analysts).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection, transaction
from psycopg import sql

from analytics.catalog import report_view_names


# Large-object functions that create, write or delete; PUBLIC may execute most of them by default, and a
# large object is storage a read-only role could fill. Reading (lo_get, loread) stays as it was.
LARGE_OBJECT_WRITERS = (
    "lo_creat(integer)", "lo_create(oid)", "lo_from_bytea(oid, bytea)", "lo_import(text)", "lo_import(text, oid)",
    "lo_export(oid, text)", "lo_put(oid, bigint, bytea)", "lowrite(integer, bytea)", "lo_truncate(integer, integer)",
    "lo_truncate64(integer, bigint)", "lo_unlink(oid)",
)
DEFAULT_CONNECTION_LIMIT = 10


@dataclass(frozen=True)
class RoleResult:
    created: bool
    views: list[str]
    # What the role can still do that it should not, each with what to do about it (empty when none).
    residual: list[str] = field(default_factory=list)


class RoleSetupError(Exception):
    """The role cannot be set up as asked; the message says why."""


class UnsafeRole(RoleSetupError):
    """The named role is one we must not turn into an analyst (a superuser, or the role we connect as)."""


def _run(cursor, statement: sql.Composable) -> None:
    cursor.execute(statement.as_string(cursor.connection))


def create_analyst_role(*, name: str, password: str | None = None, login: bool = True,
                        statement_timeout_ms: int, connection_limit: int = DEFAULT_CONNECTION_LIMIT,
                        revoke_public_connect_on: tuple[str, ...] = ()) -> RoleResult:
    """Create or update `name` so it can read the report views and nothing else; safe to run again.

    Views run with their owner's rights, so SELECT on a view needs no grant on the tables under it.
    A role that already exists keeps its password unless a new one is given. Grants on views that no
    longer exist vanish with them; re-run after a migration adds a view.

    In this database TEMP and the large-object writers are taken from PUBLIC (the owner keeps TEMP;
    the connecting role is granted the functions back). Other databases are left alone except those
    named in `revoke_public_connect_on`, whose CONNECT is taken from PUBLIC (their owners keep it);
    any other database the role can still connect to is listed in the result's `residual`.
    """
    role = sql.Identifier(name)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = %s", [name])
        found = cursor.fetchone()
        if found and (found[0] or found[1]):
            raise UnsafeRole(f"role {name!r} is a superuser or the role this project connects as; choose another name")
        attributes = sql.SQL(
            "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT " + ("LOGIN" if login else "NOLOGIN")
            + " CONNECTION LIMIT {}"
        ).format(sql.Literal(connection_limit))
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

        # Nothing to write with: no temporary tables (PUBLIC has TEMP by default) ...
        _run(cursor, sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC, {}").format(database, role))
        # ... and no large objects.
        take_large_object_writers(cursor, role)
        for other in revoke_public_connect_on:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [other])
            if cursor.fetchone() is None:
                raise RoleSetupError(f"--revoke-public-connect-on {other}: there is no database {other!r}")
            _run(cursor, sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC, {}").format(sql.Identifier(other), role))
        residual = _residual_rights(cursor, name)
    return RoleResult(created=not found, views=views, residual=residual)


def take_large_object_writers(cursor, role: sql.Identifier) -> None:
    """Revoke EXECUTE on the large-object writers from PUBLIC and `role`; the connecting role keeps them.

    Only a superuser can take these (they belong to the bootstrap superuser): anyone else gets a
    warning per function from PostgreSQL, and an error on a function it cannot execute itself, which
    is skipped. What is left shows in the command's residual warnings.
    """
    cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    superuser = cursor.fetchone()[0]
    for function in LARGE_OBJECT_WRITERS:
        if not superuser:
            cursor.execute("SELECT has_function_privilege(current_user, %s::regprocedure, 'EXECUTE')", [function])
            if not cursor.fetchone()[0]:
                continue
        _run(cursor, sql.SQL("REVOKE EXECUTE ON FUNCTION pg_catalog.{} FROM PUBLIC, {}").format(
            sql.SQL(function), role))
        if not superuser:
            _run(cursor, sql.SQL("GRANT EXECUTE ON FUNCTION pg_catalog.{} TO CURRENT_USER").format(sql.SQL(function)))


def _residual_rights(cursor, name: str) -> list[str]:
    """What `name` can still do beyond reading the views, checked with PostgreSQL's own privilege functions."""
    residual = []
    cursor.execute(
        "SELECT datname FROM pg_database WHERE datallowconn AND datname <> current_database() "
        "AND has_database_privilege(%s, oid, 'CONNECT') ORDER BY datname", [name])
    others = [row[0] for row in cursor.fetchall()]
    if others:
        residual.append(
            f"it can connect to other databases: {', '.join(others)} (they grant CONNECT to PUBLIC). Revoke it "
            "there (--revoke-public-connect-on NAME, then grant CONNECT to the roles that need it) or allow it "
            "only this database in pg_hba.conf")
    cursor.execute("SELECT has_database_privilege(%s, current_database(), 'TEMPORARY')", [name])
    if cursor.fetchone()[0]:
        residual.append("it can create temporary tables here: TEMPORARY could not be revoked (run as the "
                        "database's owner or a superuser)")
    cursor.execute(
        "SELECT array_agg(f) FROM unnest(%s::text[]) f WHERE has_function_privilege(%s, f::regprocedure, 'EXECUTE')",
        [list(LARGE_OBJECT_WRITERS), name])
    functions = cursor.fetchone()[0]
    if functions:
        residual.append(f"it can still write large objects ({', '.join(functions)}): revoking EXECUTE on "
                        "pg_catalog functions needs a superuser")
    cursor.execute(
        "SELECT array_agg(nspname ORDER BY nspname) FROM pg_namespace "
        "WHERE nspname NOT LIKE 'pg\\_%%' AND nspname <> 'information_schema' "
        "AND has_schema_privilege(%s, oid, 'CREATE')",
        [name])
    schemas = cursor.fetchone()[0]
    if schemas:
        residual.append(f"it can create objects in the schemas {', '.join(schemas)}: REVOKE CREATE ON SCHEMA there")
    return residual


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
