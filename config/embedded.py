"""The zero-setup database: a project-local PostgreSQL (pgserver) used when DATABASE_URL is unset."""
from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

DATABASE_NAME = "parkdb"
log = logging.getLogger(__name__)


def embedded_database_url(data_dir: Path) -> str:
    """Start (or reuse) the embedded server under data_dir/postgres and return a URL for its database.

    The server keeps running after this process exits (cleanup_mode=None), so the next command
    connects in milliseconds instead of starting PostgreSQL again.
    """
    os.environ.setdefault("XDG_RUNTIME_DIR", str(data_dir / "run"))
    (data_dir / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import pgserver
        except ImportError:
            raise ImproperlyConfigured(
                "DATABASE_URL is unset and the embedded PostgreSQL (pgserver) is not installed: "
                "pip install -r requirements.txt, or set DATABASE_URL=postgresql://..."
            ) from None
        server = pgserver.get_server(data_dir / "postgres", cleanup_mode=None)
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "1 row" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return server.get_uri(DATABASE_NAME)
