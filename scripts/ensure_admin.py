"""Make sure the admin login of `scripts/run` exists, and print how to log in.

ADMIN_USERNAME (default admin) and ADMIN_PASSWORD come from the environment. Without a password
one is generated on first use and kept in the data folder (admin_password), so a re-run prints
the same login. An existing user's password is changed only when ADMIN_PASSWORD is given: a
password changed in the admin is not reset behind the editor's back.
"""
from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402


def stored_password(path: Path) -> str:
    """The password kept in the data folder, generating and keeping one the first time."""
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(12)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return password


def ensure_admin(*, username: str, given_password: str, password_file: Path) -> tuple[bool, str | None]:
    """Create or update the admin user; return (created, the password to print or None if unknown)."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=username, defaults={"is_staff": True, "is_superuser": True}
    )
    if given_password:
        password = given_password
    elif created or password_file.exists():
        password = stored_password(password_file)
    else:
        return created, None
    if created or given_password:
        user.set_password(password)
        user.save(update_fields=["password"])
    elif not user.check_password(password):
        return created, None  # changed since it was generated; leave it alone
    return created, password


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="admin URL to print")
    args = parser.parse_args()

    username = os.environ.get("ADMIN_USERNAME") or "admin"
    password_file = settings.DATA_DIR / "admin_password"
    created, password = ensure_admin(
        username=username, given_password=os.environ.get("ADMIN_PASSWORD", ""), password_file=password_file
    )
    if password is None:
        shown = "unchanged (set ADMIN_PASSWORD to reset it)"
    elif os.environ.get("ADMIN_PASSWORD"):
        shown = f"{password}  (from ADMIN_PASSWORD)"
    else:
        shown = f"{password}  (kept in {password_file})"
    print()
    print(f"Admin user {username!r} {'created' if created else 'already exists'}.")
    print(f"  Admin:    {args.url}")
    print(f"  User:     {username}")
    print(f"  Password: {shown}")
    print()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
