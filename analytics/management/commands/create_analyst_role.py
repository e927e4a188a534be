"""Create or update the read-only PostgreSQL role analysts connect with (SELECT on report_* views only).

Running it again is safe: attributes, the statement timeout and the grants are set afresh, and grants on
views added since the last run are given. Re-run it after `migrate`.
"""
from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from analytics.roles import DEFAULT_CONNECTION_LIMIT, RoleSetupError, create_analyst_role


class Command(BaseCommand):
    help = "Create or update a read-only role that can SELECT from the report_* views and nothing else."

    def add_arguments(self, parser):
        parser.add_argument("name", help="role name, e.g. analyst")
        parser.add_argument("--password", help="set (or change) the role's password; without it an existing "
                                               "password is kept and a new role has none (peer/trust login only)")
        parser.add_argument("--no-login", action="store_true",
                            help="make a group role (NOLOGIN): grant it to people's own login roles")
        parser.add_argument("--statement-timeout-ms", type=int, default=settings.ANALYST_STATEMENT_TIMEOUT_MS,
                            help="statement_timeout for the role (default settings.ANALYST_STATEMENT_TIMEOUT_MS)")
        parser.add_argument("--connection-limit", type=int, default=DEFAULT_CONNECTION_LIMIT,
                            help=f"sessions the role may have open at once (default {DEFAULT_CONNECTION_LIMIT})")
        parser.add_argument("--revoke-public-connect-on", action="append", default=[], metavar="DATABASE",
                            help="take CONNECT on this other database from PUBLIC (its owner keeps it); repeatable. "
                                 "Other roles that relied on PUBLIC then need their own GRANT CONNECT")

    def handle(self, *args, name: str, password: str | None, no_login: bool, statement_timeout_ms: int,
               connection_limit: int, revoke_public_connect_on: list[str], **options):
        if statement_timeout_ms < 0:
            raise CommandError("--statement-timeout-ms must be 0 (no limit) or more")
        if connection_limit < 1:
            raise CommandError("--connection-limit must be at least 1")
        try:
            result = create_analyst_role(name=name, password=password, login=not no_login,
                                         statement_timeout_ms=statement_timeout_ms, connection_limit=connection_limit,
                                         revoke_public_connect_on=tuple(revoke_public_connect_on))
        except RoleSetupError as exc:
            raise CommandError(str(exc)) from None
        for warning in result.residual:
            self.stderr.write(self.style.WARNING(f"warning: role {name}: {warning}"))
        if options["verbosity"] > 1:
            for view in result.views:
                self.stdout.write(f"  SELECT on {view}")
        self.stdout.write(self.style.SUCCESS(
            f"{'Created' if result.created else 'Updated'} role {name}: SELECT on {len(result.views)} report views, "
            f"statement_timeout {statement_timeout_ms} ms"
        ))
