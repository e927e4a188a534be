"""Typed readers for settings taken from the environment; each fails loudly, naming the variable."""
from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def envstr(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean: use one of 1/0, true/false, yes/no, on/off")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def envlist(name: str, default: str) -> list[str]:
    raw = os.environ.get(name, default)
    items = [item.strip() for item in raw.split(",")]
    if any(not item for item in items):
        raise ImproperlyConfigured(f"{name}={raw!r} has an empty entry: give a comma-separated list")
    return items


def database_config(name: str, url: str) -> dict:
    """Parse a postgresql:// URL (host, or socket form postgresql:///dbname) into Django's DATABASES entry."""
    import dj_database_url

    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        raise ImproperlyConfigured(
            f"{name}={url!r} is not a PostgreSQL URL: expected postgresql://user@host:port/dbname "
            "or postgresql:///dbname for the local socket"
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=60)
    except Exception as exc:  # dj_database_url raises several kinds; all mean a malformed URL
        raise ImproperlyConfigured(f"{name}={url!r} could not be parsed: {exc}") from None
    if not config.get("NAME"):
        raise ImproperlyConfigured(f"{name}={url!r} names no database: add /dbname at the end")
    try:
        config.get("PORT") and int(config["PORT"])
    except ValueError:
        raise ImproperlyConfigured(f"{name}={url!r} has a port that is not a number") from None
    # A socket folder given as ?host=/path (the embedded server's URL) belongs in HOST, where
    # dbshell and other tools look for it, not only in the driver's OPTIONS.
    if not config.get("HOST") and config.get("OPTIONS", {}).get("host"):
        config["HOST"] = config["OPTIONS"].pop("host")
    return config
