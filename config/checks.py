"""Deployment checks for the park database: `manage.py check --deploy` refuses a generated SECRET_KEY.

The project package `config` is listed in INSTALLED_APPS through ConfigChecks below, so that its
ready() registers the checks once the app registry is ready — the same way django.contrib apps
register theirs. It has no models, migrations or templates of its own.
"""
from __future__ import annotations

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import Error, Tags, register

SECRET_KEY_NOT_FROM_ENV = "parkdb.E001"


def check_secret_key_from_environment(app_configs=None, **kwargs) -> list[Error]:
    """A deployment needs a SECRET_KEY it chose; the one generated into the data folder is for development."""
    if getattr(settings, "SECRET_KEY_FROM_ENV", False):
        return []
    return [
        Error(
            "SECRET_KEY is not set in the environment: the key in use was generated and kept in the data folder.",
            hint="Set SECRET_KEY to a long random value, e.g. "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'.",
            id=SECRET_KEY_NOT_FROM_ENV,
        )
    ]


class ConfigChecks(AppConfig):
    name = "config"
    verbose_name = "park database configuration"

    def ready(self) -> None:
        register(check_secret_key_from_environment, Tags.security, deploy=True)
