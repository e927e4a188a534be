"""bench/RESULTS.md as bench/report.py renders it: each figure beside its target, and the load it was taken at."""
from __future__ import annotations

from bench.report import render

LOAD = {"start": 0.5, "mean": 2.9, "max": 3.4}


def results(**figures) -> dict:
    return {"machine": {"cores": 2}, "sizes": {"small": 1000, "large": 10000, "scale": 1.0}, **figures}


def test_the_large_load_is_judged_against_the_small_one_with_the_load_it_ran_at():
    page = render(results(
        load1k={"first": {"seconds": 100.0, "articles_per_second": 10.0, "load_average": LOAD}},
        load10k={"files": 10000, "seconds": 1300.0, "articles_per_second": 7.7, "load_average": LOAD,
                 "seconds_per_1000": [100.0] + [130.0] * 9, "load_per_1000": [2.0] * 9 + [3.5],
                 "cpu_per_1000": [{"writer": 20.4, "database": 15.0, "workers": 300.2}] * 10,
                 "workers": 2, "peak_mb": 400, "worker_peak_mb": 250}))
    assert "| 10000 articles into an empty database | 1300.0 s (7.7 articles/s) | ≤ 12 × the 1000 time = 1200 s " \
           "| **no** | 0.5 / 2.9 / 3.4 |" in page
    assert "| last 1,000 / first 1,000 | 130.0 s / 100.0 s = 1.30 | ≤ 1.5 | yes | " \
           "at the first and last 1,000th file: 2.0, 3.5 |" in page
    assert "all 3 processes at most 900 MB | ≤ 1 GB | yes |" in page
    assert "    20 / 15 / 300, 20 / 15 / 300," in page  # CPU seconds of each 1,000: writer / database / workers


def test_each_page_shows_the_load_it_was_timed_at_and_a_missed_target():
    page = render(results(scale={"build": {"seconds": 50.0, "rows": {"projects_fact": 440000}},
                                 "pages": {"load_average": LOAD, "pages": [
                                     {"kind": "page", "name": "analytics overview", "ms": 301.0, "queries": 13,
                                      "target_ms": 300, "load_average": 1.7}]}}))
    assert "| analytics overview | 301.0 | 13 | ≤ 300 ms | **no** | 1.7 |" in page
    assert "load average at 0.5 / 2.9 / 3.4" in page


def test_a_run_without_load_figures_says_so():
    page = render(results(load1k={"first": {"seconds": 100.0, "articles_per_second": 10.0}}))
    assert "| ≤ 40 s | **no** | not recorded |" in page
