"""Security defaults: login throttling, filters that take ids from the URL, and the deploy checks settings can fix."""
from __future__ import annotations

import secrets

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from tests.test_foundation import SETTINGS_ONLY_URL

# Changelists with the id filters taken from the URL: ?park= (ParkFilter) and ?article= (ArticleFilter).
FILTERED_CHANGELISTS = [
    ("admin:parks_park_changelist", "article"),
    ("admin:parks_company_changelist", "park"),
    ("admin:parks_company_changelist", "article"),
    ("admin:projects_project_changelist", "park"),
    ("admin:projects_project_changelist", "article"),
    ("admin:projects_fund_changelist", "park"),
    ("admin:projects_fact_changelist", "article"),
]


@pytest.mark.parametrize("url_name, parameter", FILTERED_CHANGELISTS)
@pytest.mark.parametrize("value", ["abc", "1.5", "-1", "0", "99999999999999999999999", "١", "1 OR 1=1"])
def test_a_filter_id_that_is_not_a_record_id_gets_the_invalid_filter_page(admin_client, world, url_name, parameter,
                                                                          value):
    response = admin_client.get(reverse(url_name), {parameter: value})
    # The admin's own answer to a bad filter: back to the list with ?e=1, not a server error.
    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


@pytest.mark.parametrize("url_name, parameter", FILTERED_CHANGELISTS)
def test_a_filter_id_still_filters(admin_client, world, url_name, parameter):
    record = world["park"] if parameter == "park" else world["article"]
    # The small world: the company is in no park and has no evidence, and there is no fund.
    expected = 0 if url_name in ("admin:parks_company_changelist", "admin:projects_fund_changelist") else 1
    response = admin_client.get(reverse(url_name), {parameter: str(record.pk)})
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected
    assert admin_client.get(reverse(url_name), {parameter: "999999"}).context["cl"].result_count == 0


@pytest.mark.parametrize("query", [
    {"park": "\x00"}, {"park": "1\x00"}, {"article": "\x00"}, {"q": "园\x00区"}, {"kind__exact": "\x00"},
    {"review_status__exact": "x\x00"}, {"\x00": "1"},
])
def test_a_nul_byte_in_the_query_string_is_a_bad_request(admin_client, world, query):
    for url_name in ("admin:parks_park_changelist", "admin:parks_company_changelist",
                     "admin:projects_project_changelist"):
        assert admin_client.get(reverse(url_name), query).status_code == 400


def login(client, username: str, password: str):
    return client.post(reverse("admin:login"), {"username": username, "password": password,
                                                "next": reverse("admin:index")})


def test_the_right_password_is_refused_after_five_wrong_ones(client, settings, db):
    User.objects.create_user("editor", password="right-pw-1", is_staff=True)
    User.objects.create_user("other", password="right-pw-2", is_staff=True)
    assert settings.AXES_FAILURE_LIMIT == 5

    for _ in range(4):
        assert login(client, "editor", "wrong").status_code == 200  # the form again, with its error
    assert login(client, "editor", "right-pw-1").status_code == 302  # a success resets the count
    client.logout()

    for _ in range(5):
        login(client, "editor", "wrong")
    locked = login(client, "editor", "right-pw-1")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    # The lock is on that user name from that address: another editor still gets in.
    assert login(client, "other", "right-pw-2").status_code == 302


def test_check_deploy_passes_once_https_settings_are_set(run_project):
    env = {"DATABASE_URL": SETTINGS_ONLY_URL, "SECRET_KEY": secrets.token_urlsafe(50), "DEBUG": "0",
           "ALLOWED_HOSTS": "parks.example.org", "SECURE_SSL_REDIRECT": "1", "SECURE_HSTS_SECONDS": "31536000",
           "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1", "SECURE_HSTS_PRELOAD": "1",
           "SESSION_COOKIE_SECURE": "1", "CSRF_COOKIE_SECURE": "1"}
    result = run_project(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout

    without = run_project(["manage.py", "check", "--deploy"], env={**env, "SECURE_HSTS_SECONDS": None,
                                                                  "SECURE_SSL_REDIRECT": None})
    assert "security.W004" in without.stderr and "security.W008" in without.stderr


def test_a_bad_hsts_value_stops_start_up_naming_the_variable(run_project):
    result = run_project(["manage.py", "check"], env={"DATABASE_URL": SETTINGS_ONLY_URL, "SECURE_HSTS_SECONDS": "1y"})
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS='1y'" in result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("path", ["/admin/parks/company/abc/split/", "/admin/parks/company/abc/change-type/",
                                  "/admin/projects/project/1.5/split/", "/admin/parks/company/{pk}/history/abc/",
                                  "/admin/parks/company/abc/history/1/", "/admin/parks/company/99999999/split/"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_record_id_in_the_path_that_names_no_record_is_not_found(world, editor_client, path, method):
    """Typed or mangled URLs (letters for an id) answer 404, not a server error."""
    url = path.format(pk=world["company"].pk)
    response = getattr(editor_client, method)(url, {"name": "x", "target": "parks.park"} if method == "post" else {})
    assert response.status_code == 404


def test_undoing_a_merge_log_that_does_not_exist_is_not_found(world, editor_client):
    assert editor_client.post("/admin/curation/mergelog/abc/change/", {"_undo": "1"}).status_code == 404
