"""Rules of extractor 1.43, from the misses left on the studied sets and from real21 after its first score. The
sentences are fixtures for one behaviour each (invented firms and parks; places are the closed class of the
lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def _facts(text):
    return {(f.subject, f.metric, str(f.amount.value)) for f in extract(text).facts}


def test_a_provincial_story_that_never_writes_its_province_names_its_parks_after_the_province_of_its_cities():
    text = ("我省产业园区工作会议召开。成都甲乙高新区、绵阳丙丁工业园等园区作交流发言。"
            "2009年,全省产业园区完成工业增加值3120亿元。")
    assert ("四川省产业园区", "value_added", "312000000000") in _facts(text)
    # cities of two provinces, neither twice the other: whose parks these are is not said
    mixed = ("我省产业园区工作会议召开。成都甲乙高新区、昆明丙丁工业园等园区作交流发言。"
             "2009年,全省产业园区完成工业增加值3120亿元。")
    assert ("全省产业园区", "value_added", "312000000000") in _facts(mixed)
    # one city only once: too little to go on
    once = "我省产业园区工作会议在成都召开。全省产业园区完成工业增加值3120亿元。"
    assert ("全省产业园区", "value_added", "312000000000") in _facts(once)


def test_a_sentence_that_opens_with_only_its_date_goes_on_about_the_county_the_sentence_before_opened_with():
    text = ("分县区情况:\n\n甲乙县实施亿元以上重点工业项目12项(新建9项,续建3项)。截至目前,开复工7项(新建5项,续建2项),"
            "开复工率58.3%。丙丁县实施亿元以上重点工业项目5项。")
    found = _facts(text)
    assert ("甲乙县", "projects_started", "7") in found, found
    assert not any(f[0] == "丙丁县" and f[2] == "7" for f in found)
    # a new paragraph is not the same topic
    apart = "甲乙县实施亿元以上重点工业项目12项。\n\n截至目前,开复工7项。"
    assert not any(f[2] == "7" for f in _facts(apart))
