"""The foundation: migrations, the report_* view contract of DESIGN.md, natural keys, and start-up settings."""
from __future__ import annotations

import importlib.util
import secrets
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test import override_settings

from config.checks import SECRET_KEY_NOT_FROM_ENV, check_secret_key_from_environment
from config.env import database_config
from loaders.models import SourceArticle
from parks.models import Company, Park
from projects.models import Fact, Fund, Project

# DESIGN.md "The analyst contract": every view's columns, in order. A type is given where the
# design fixes it (arrays are text[], money and value are numeric); None means not pinned.
TEXT_ARRAY, NUMERIC = "text[]", "numeric"
REPORT_VIEWS: dict[str, list[tuple[str, str | None]]] = {
    "report_articles": [
        ("article_id", None), ("file_name", None), ("sha256", None), ("title", None), ("outlet", None),
        ("published_on", None), ("char_count", None), ("duplicate_of_id", None),
    ],
    "report_parks": [
        ("park_id", None), ("name", None), ("aliases", TEXT_ARRAY), ("city", None), ("district", None),
        ("kind", None), ("parent_park_id", None), ("review_status", None), ("article_count", None),
    ],
    "report_companies": [
        ("company_id", None), ("name", None), ("aliases", TEXT_ARRAY), ("kind", None),
        ("park_names", TEXT_ARRAY), ("review_status", None), ("article_count", None),
    ],
    "report_projects": [
        ("project_id", None), ("name", None), ("aliases", TEXT_ARRAY), ("park_id", None), ("park_name", None),
        ("company_names", TEXT_ARRAY), ("investment_cny", NUMERIC), ("investment_currency", None),
        ("investment_qualifier", None), ("investment_text", None), ("phase", None), ("status", None),
        ("review_status", None), ("article_count", None),
    ],
    "report_funds": [
        ("fund_id", None), ("name", None), ("aliases", TEXT_ARRAY), ("park_id", None), ("park_name", None),
        ("size_cny", NUMERIC), ("paid_in_cny", NUMERIC), ("invested_cny", NUMERIC), ("review_status", None),
        ("article_count", None),
    ],
    "report_facts": [
        ("fact_id", None), ("subject_type", None), ("subject_id", None), ("subject_name", None), ("metric", None),
        ("value", NUMERIC), ("unit", None), ("qualifier", None), ("value_text", None), ("as_of", None),
        ("as_of_text", None), ("has_conflict", None), ("review_status", None), ("article_id", None),
        ("article_file", None), ("quote", None),
    ],
    "report_evidence": [
        ("entity_type", None), ("entity_id", None), ("field", None), ("article_id", None), ("article_file", None),
        ("start_offset", None), ("end_offset", None), ("quote", None),
    ],
}
# Columns DESIGN.md added to the contract later ("Also part of the contract"): after the first ones.
ADDED_COLUMNS: dict[str, list[tuple[str, str | None]]] = {
    "report_articles": [("published_precision", None)],
    "report_parks": [("confidence", None)],
    "report_companies": [("confidence", None), ("park_ids", "bigint[]")],
    "report_projects": [("confidence", None), ("company_ids", "bigint[]")],
    "report_funds": [("confidence", None)],
    "report_facts": [("confidence", None)],
    "report_evidence": [],
}
OUR_APPS = ("parks", "projects", "loaders")


def view_columns(view: str) -> list[tuple[str, str]]:
    """(name, SQL type) of a view's columns in order, as psql's \\d shows them."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relname = %s AND c.relkind = 'v'
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum
            """,
            [view],
        )
        return cursor.fetchall()


def report_views_present() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT table_name FROM information_schema.views WHERE table_schema = 'public'")
        return {name for (name,) in cursor.fetchall() if name in REPORT_VIEWS}


def count_rows(view: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM public.{view}")
        return cursor.fetchone()[0]


def assert_duplicate_refused(create) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


# Migrations ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_migration_is_applied_after_migrate():
    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []


@pytest.mark.django_db
def test_the_models_need_no_new_migration():
    # makemigrations --check exits 1 when a model change has no migration yet.
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


@pytest.mark.django_db
def test_the_system_check_is_clean_at_warning_level():
    call_command("check", fail_level="WARNING", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_our_apps_migrate_from_zero_and_back():
    for app in OUR_APPS:  # unapplying an app also unapplies what depends on it
        call_command("migrate", app, "zero", verbosity=0)
    assert report_views_present() == set()
    tables = connection.introspection.table_names()
    assert not [t for t in tables if t.startswith(tuple(f"{app}_" for app in OUR_APPS))]

    call_command("migrate", verbosity=0)
    assert report_views_present() == set(REPORT_VIEWS)
    assert all(count_rows(view) == 0 for view in REPORT_VIEWS)


@pytest.mark.django_db(transaction=True)
def test_the_views_migration_reverses_and_reapplies():
    call_command("migrate", "loaders", "0001", verbosity=0)
    assert report_views_present() == set()
    call_command("migrate", verbosity=0)
    assert report_views_present() == set(REPORT_VIEWS)


# The report views -------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("view", REPORT_VIEWS)
def test_each_report_view_has_the_designed_columns_in_order(view):
    actual = view_columns(view)
    designed = [name for name, _ in REPORT_VIEWS[view]]
    assert [name for name, _ in actual][:len(designed)] == designed  # more columns may follow, none may go
    assert {name for name, _ in ADDED_COLUMNS[view]} <= {name for name, _ in actual[len(designed):]}
    pinned = {name: sql_type for name, sql_type in REPORT_VIEWS[view] + ADDED_COLUMNS[view] if sql_type}
    assert {name: sql_type for name, sql_type in actual if name in pinned} == pinned


@pytest.mark.django_db
@pytest.mark.parametrize("view", REPORT_VIEWS)
def test_each_report_view_is_empty_right_after_migrate(view):
    assert count_rows(view) == 0


@pytest.mark.django_db
def test_the_report_views_give_empty_arrays_not_null():
    park = Park.objects.create(name="青岛国际创新园", city="青岛")
    Company.objects.create(name="海尔集团")
    Project.objects.create(name="集成电路项目", park=park)
    with connection.cursor() as cursor:
        cursor.execute("SELECT aliases FROM report_parks")
        assert cursor.fetchall() == [([],)]
        cursor.execute("SELECT aliases, park_names FROM report_companies")
        assert cursor.fetchall() == [([], [])]
        cursor.execute("SELECT aliases, company_names, park_name FROM report_projects")
        assert cursor.fetchall() == [([], [], "青岛国际创新园")]


# Natural keys -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_refuses_a_duplicate_park():
    Park.objects.create(name="青岛市集成电路产业园", city="青岛")
    # The natural key is the normalised name: spacing and punctuation do not make a new park.
    assert_duplicate_refused(lambda: Park.objects.create(name=" 青岛市集成电路 产业园", city="青岛"))


@pytest.mark.django_db
def test_it_keeps_parks_of_the_same_name_in_different_cities():
    Park.objects.create(name="高新技术产业开发区", city="青岛")
    Park.objects.create(name="高新技术产业开发区", city="成都")
    assert Park.objects.count() == 2


@pytest.mark.django_db
def test_it_refuses_a_duplicate_company():
    Company.objects.create(name="青岛中微创芯电子有限公司")
    assert_duplicate_refused(lambda: Company.objects.create(name="青岛中微创芯电子有限公司", kind="other"))


@pytest.mark.django_db
def test_it_refuses_a_duplicate_project():
    Project.objects.create(name="京东方物联网创新中心项目")
    assert_duplicate_refused(lambda: Project.objects.create(name="京东方物联网创新中心项目"))


@pytest.mark.django_db
def test_it_refuses_a_duplicate_fund():
    Fund.objects.create(name="青岛市新旧动能转换引导基金")
    assert_duplicate_refused(lambda: Fund.objects.create(name="青岛市新旧动能转换引导基金"))


@pytest.mark.django_db
def test_it_refuses_a_duplicate_fact():
    park = Park.objects.create(name="青岛国际创新园", city="青岛")

    def fact() -> Fact:
        return Fact.objects.create(
            subject_type="park", subject_id=park.id, subject_name=park.name, metric="annual_revenue",
            value=Decimal("3000000000"), unit="cny", qualifier="约", value_text="约30亿元", as_of_text="2023年",
        )

    fact()
    assert_duplicate_refused(fact)


@pytest.mark.django_db
def test_it_refuses_a_second_article_with_the_same_text():
    def article(file_name: str) -> SourceArticle:
        return SourceArticle.objects.create(
            file_name=file_name, sha256="a" * 64, text="园区新闻", char_count=4, extractor_version="1"
        )

    article("000.txt")
    assert_duplicate_refused(lambda: article("renamed copy.txt"))


# Start-up settings ------------------------------------------------------------------------------

# These commands read settings but never connect, so a well-formed URL to nowhere keeps the
# embedded server from starting in them when the suite itself runs on it.
SETTINGS_ONLY_URL = "postgresql://127.0.0.1:1/settings_only"


@pytest.mark.parametrize(
    "url",
    ["mysql://x", "postgresql://h:notaport/db", "postgresql://root@127.0.0.1:5432", "not a url"],
)
def test_a_bad_database_url_stops_start_up_naming_the_variable(run_project, url):
    result = run_project(["manage.py", "check"], env={"DATABASE_URL": url})
    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert "DATABASE_URL" in last_line and url in last_line


def test_a_bad_debug_value_stops_start_up_naming_the_variable(run_project):
    result = run_project(["manage.py", "check"], env={"DEBUG": "maybe", "DATABASE_URL": SETTINGS_ONLY_URL})
    assert result.returncode != 0
    assert "DEBUG='maybe'" in result.stderr.strip().splitlines()[-1]


def test_a_generated_secret_key_is_kept_in_the_data_folder_and_reused(run_project, tmp_path):
    env = {"SECRET_KEY": None, "PARKDB_DATA_DIR": str(tmp_path), "DATABASE_URL": SETTINGS_ONLY_URL,
           "DJANGO_SETTINGS_MODULE": "config.settings"}
    show = ["-c", "import django; django.setup(); from django.conf import settings; print(settings.SECRET_KEY)"]

    first = run_project(show, env=env)
    second = run_project(show, env=env)

    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "secret_key"
    assert key_file.read_text().strip() == first.stdout.strip()
    assert len(first.stdout.strip()) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert second.stdout == first.stdout


def test_check_deploy_insists_on_a_secret_key_from_the_environment(run_project, tmp_path):
    env = {"SECRET_KEY": None, "PARKDB_DATA_DIR": str(tmp_path), "DATABASE_URL": SETTINGS_ONLY_URL}
    generated = run_project(["manage.py", "check", "--deploy"], env=env)
    assert generated.returncode != 0
    assert SECRET_KEY_NOT_FROM_ENV in generated.stderr

    chosen = run_project(["manage.py", "check", "--deploy"], env={**env, "SECRET_KEY": secrets.token_urlsafe(50)})
    output = chosen.stdout + chosen.stderr
    assert "System check identified" in output  # the checks ran (other findings are another test's business)
    assert SECRET_KEY_NOT_FROM_ENV not in output


@pytest.mark.parametrize("from_env, errors", [(True, []), (False, [SECRET_KEY_NOT_FROM_ENV])])
def test_the_secret_key_check_passes_only_for_a_key_from_the_environment(from_env, errors):
    with override_settings(SECRET_KEY_FROM_ENV=from_env):
        assert [error.id for error in check_secret_key_from_environment()] == errors


@pytest.mark.parametrize(
    "url, host, port, name",
    [
        ("postgresql://root@127.0.0.1:5432/parkdb", "127.0.0.1", 5432, "parkdb"),
        ("postgresql:///parkdb", "", "", "parkdb"),
        ("postgresql:///parkdb?host=/var/run/postgresql", "/var/run/postgresql", "", "parkdb"),
    ],
)
def test_it_reads_the_database_url_forms_of_the_readme(url, host, port, name):
    config = database_config("DATABASE_URL", url)
    assert (config["HOST"], config["PORT"], config["NAME"]) == (host, port, name)


# The admin login of scripts/run ----------------------------------------------------------------


@pytest.fixture
def ensure_admin(project_dir):
    spec = importlib.util.spec_from_file_location("ensure_admin", project_dir / "scripts" / "ensure_admin.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ensure_admin


@pytest.mark.django_db
def test_the_run_command_keeps_one_generated_admin_password(ensure_admin, tmp_path):
    password_file = tmp_path / "admin_password"
    created, password = ensure_admin(username="admin", given_password="", password_file=password_file)
    again = ensure_admin(username="admin", given_password="", password_file=password_file)

    user = get_user_model().objects.get(username="admin")
    assert created and user.is_superuser and user.is_staff and user.check_password(password)
    assert password_file.read_text().strip() == password
    assert again == (False, password)


@pytest.mark.django_db
def test_the_run_command_sets_admin_password_only_when_given(ensure_admin, tmp_path):
    password_file = tmp_path / "admin_password"
    ensure_admin(username="admin", given_password="", password_file=password_file)
    user = get_user_model().objects.get(username="admin")
    user.set_password("changed in the admin")
    user.save()

    assert ensure_admin(username="admin", given_password="", password_file=password_file) == (False, None)
    user.refresh_from_db()
    assert user.check_password("changed in the admin")

    assert ensure_admin(username="admin", given_password="from the environment", password_file=password_file) == (
        False, "from the environment")
    user.refresh_from_db()
    assert user.check_password("from the environment")
