"""Settings for the park database: every value comes from the environment, with a development default."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.env import database_config, envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(envstr("PARKDB_DATA_DIR", str(BASE_DIR / ".data"))).resolve()


def _secret_key() -> tuple[str, bool]:
    """The SECRET_KEY from the environment, else one generated once and kept in the data folder."""
    key = envstr("SECRET_KEY")
    if key:
        return key, True
    path = DATA_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip(), False
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    path.chmod(0o600)
    return key, False


SECRET_KEY, SECRET_KEY_FROM_ENV = _secret_key()
DEBUG = envbool("DEBUG", False)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "simple_history",
    "import_export",
    "accounts.apps.AxesConfig",  # django-axes, titled in our language
    "accounts",  # after auth and axes: re-registers some of their admins
    "curation",
    "parks",
    "projects",
    "loaders",
    "analytics",
    "config.checks.ConfigChecks",  # registers the deploy check on SECRET_KEY (config/checks.py)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.RejectNulInQueryMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into its 429 page
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_database_url = envstr("DATABASE_URL")
if _database_url:
    DATABASES = {"default": database_config("DATABASE_URL", _database_url)}
    EMBEDDED_DATABASE = False
else:
    from config.embedded import embedded_database_url

    DATABASES = {"default": database_config("DATABASE_URL", embedded_database_url(DATA_DIR))}
    EMBEDDED_DATABASE = True
DATABASES["default"].setdefault("OPTIONS", {})
DATABASES["default"]["TEST"] = {"NAME": envstr("TEST_DATABASE_NAME") or None}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login throttling (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one user name from
# one address, that pair is refused for LOGIN_LOCKOUT_MINUTES, even with the right password.
# Keyed on the pair so an attacker cannot lock an editor out from elsewhere; behind a proxy, make
# REMOTE_ADDR the client's address (or every client shares one lock).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every start when it is missing
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
# Serve straight from the apps' static folders, so the admin has its styles with DEBUG off and
# no collectstatic step in the two-command set-up.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Off by default for the plain-HTTP development server; a deployment behind HTTPS turns them on
# (check --deploy names each one that is still off).
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto: https, so SSL redirect does not loop.
if envbool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", False)
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "http://localhost:8000,http://127.0.0.1:8000")

# Loader tuning: how many articles share one transaction (each article has its own savepoint).
LOAD_BATCH_SIZE = envint("LOAD_BATCH_SIZE", 200)
# Processes that read and extract articles while the main one writes; 1 (or 0) extracts in-process.
LOAD_WORKERS = envint("LOAD_WORKERS", min(2, os.cpu_count() or 1))
# Runs with fewer files than this extract in-process: starting workers costs more than it saves.
LOAD_PARALLEL_MIN_FILES = envint("LOAD_PARALLEL_MIN_FILES", 40)
# Article files larger than this many megabytes (10^6 bytes) are refused unread.
LOAD_MAX_FILE_MB = envint("LOAD_MAX_FILE_MB", 3)
# A load commits at least this often (seconds), so an editor's save never waits on a whole batch.
LOAD_COMMIT_SECONDS = envint("LOAD_COMMIT_SECONDS", 1)
# The function that makes a name's match key: two names with the same key name one record (a park's 园区 and 园
# are one word, a company's legal form is not part of its identity). Records store each alias's key (match_keys).
NAME_MATCH_KEY = "loaders.resolve.match_key"
# Statement timeout (ms) for the read-only analyst role.
ANALYST_STATEMENT_TIMEOUT_MS = envint("ANALYST_STATEMENT_TIMEOUT_MS", 30000)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
}

if AXES_FAILURE_LIMIT < 1:
    raise ImproperlyConfigured(f"LOGIN_FAILURE_LIMIT={AXES_FAILURE_LIMIT} must be at least 1")
if SECURE_HSTS_SECONDS < 0:
    raise ImproperlyConfigured(f"SECURE_HSTS_SECONDS={SECURE_HSTS_SECONDS} must be 0 (off) or more")
if LOAD_BATCH_SIZE < 1:
    raise ImproperlyConfigured(f"LOAD_BATCH_SIZE={LOAD_BATCH_SIZE} must be at least 1")
if LOAD_MAX_FILE_MB < 1:
    raise ImproperlyConfigured(f"LOAD_MAX_FILE_MB={LOAD_MAX_FILE_MB} must be at least 1")
if LOAD_WORKERS < 0:
    raise ImproperlyConfigured(f"LOAD_WORKERS={LOAD_WORKERS} must be 0 or more")

# Spreadsheet exports: a text cell a spreadsheet would run as a formula (=, +, @ …) gets an apostrophe, cell by cell,
# in curation/resources.py (escape_formula). The library's own escaping is off: it turns every cell, numbers
# included, into text.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# Editors' admin: Chinese unless the editor switches (the browser's Accept-Language does not decide).
MIDDLEWARE = [
    "parks.middleware.ChineseFirstLocaleMiddleware" if m == "django.middleware.locale.LocaleMiddleware" else m
    for m in MIDDLEWARE
]
