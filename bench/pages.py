"""Time the admin pages and report views issue 12 lists, as a logged-in superuser, with their query counts."""
from __future__ import annotations

import os
import resource
import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment

TARGET_MS = 300
PAGES = [
    ("admin index", "/admin/"),
    ("review queue", "/admin/review/"),
    ("parks", "/admin/parks/park/"),
    ("park search 青岛", "/admin/parks/park/?q=青岛"),
    ("companies", "/admin/parks/company/"),
    ("company search 海信", "/admin/parks/company/?q=海信"),
    ("projects", "/admin/projects/project/"),
    ("funds", "/admin/projects/fund/"),
    ("facts", "/admin/projects/fact/"),
    ("fact search 青岛", "/admin/projects/fact/?q=青岛"),
    # o= counts the change list's columns from its action checkbox: 3 is the metric, 4 the value
    ("facts sorted by value", "/admin/projects/fact/?o=4"),
    ("facts sorted by metric", "/admin/projects/fact/?o=3"),
    ("facts in conflict", "/admin/projects/fact/?has_conflict__exact=1"),
    ("evidence", "/admin/loaders/evidence/"),
    ("evidence search 海信", "/admin/loaders/evidence/?q=海信"),
    ("articles", "/admin/loaders/sourcearticle/"),
    ("analytics overview", "/admin/analytics/overview/"),
    ("report list", "/admin/analytics/report/"),
]


def timed(run, repeat: int = 3) -> tuple[float, int]:
    """Median milliseconds of `repeat` runs after a warm-up, and the queries one run made."""
    run()
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1), len(queries)


def time_pages() -> list[dict]:
    from django.contrib.auth import get_user_model

    from analytics.catalog import report_view_names

    setup_test_environment()
    user, _ = get_user_model().objects.get_or_create(username="bench", defaults={"is_staff": True,
                                                                                  "is_superuser": True})
    client = Client()
    client.force_login(user)
    out = []
    for name, url in PAGES:
        status = []

        def get(url=url, status=status):
            response = client.get(url)
            status.append(response.status_code)
            if hasattr(response, "streaming_content"):
                for _ in response.streaming_content:
                    pass

        ms, queries = timed(get)
        out.append({"kind": "page", "name": name, "url": url, "ms": ms, "queries": queries, "status": status[-1],
                    "target_ms": TARGET_MS, "load_average": round(os.getloadavg()[0], 1)})
    for view in report_view_names():
        def select(view=view):
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT * FROM {view} LIMIT 100")
                cursor.fetchall()

        ms, _ = timed(select)
        out.append({"kind": "view", "name": f"{view} LIMIT 100", "ms": ms, "queries": 1, "target_ms": TARGET_MS,
                    "load_average": round(os.getloadavg()[0], 1)})
    out.append(csv_download(client, "report_facts"))
    return out


def csv_download(client: Client, view: str) -> dict:
    """A whole report view as CSV: time to the first line, to the last, and the memory it took."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    response = client.get(f"/admin/analytics/report/{view}.csv")
    first = None
    size = 0
    for chunk in response.streaming_content:
        if first is None:
            first = time.perf_counter()
        size += len(chunk)
    done = time.perf_counter()
    return {"kind": "csv", "name": f"{view}.csv download", "ms": round((done - started) * 1000, 1),
            "first_byte_ms": round(((first or done) - started) * 1000, 1), "bytes": size,
            "peak_rss_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024),
            "status": response.status_code, "load_average": round(os.getloadavg()[0], 1)}
