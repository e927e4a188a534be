"""The two SQL functions the loader calls for every article keep the plans that make them cheap.

Both are PL/pgSQL functions, whose statements the server may plan once per session (a generic plan) or per call
(a custom plan). Which one it picks on its own was wrong for both, and cost 7-11 ms a call; profiled at 5,200
loaded articles, that was a fifth of the writer's growth in cost per article.
"""
from __future__ import annotations

import pytest
from django.db import connection


def function_settings(name: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT proconfig FROM pg_proc WHERE proname = %s", [name])
        (config,), = cursor.fetchall()
    return set(config or [])


@pytest.mark.django_db
def test_the_name_lookup_is_planned_for_its_keys_and_never_in_parallel():
    # After five calls the server kept a generic plan, a parallel one: two workers started for every call,
    # 8-11 ms, to read indexes that answer in 0.05 ms (loaders migration 0012).
    assert {"plan_cache_mode=force_custom_plan", "max_parallel_workers_per_gather=0"} <= function_settings("name_records")


@pytest.mark.django_db
def test_the_conflict_pairs_are_read_with_one_plan_for_the_session():
    # Left to choose, the server planned the view afresh on every call: 7-9 ms of planning for under 1 ms of
    # work (analytics migration 0015).
    assert "plan_cache_mode=force_generic_plan" in function_settings("live_conflict_pairs_of")
