"""Rules of extractor 2.12, from what the real sets got wrong once scored. The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


# From real250's errors (湖南 and 湖北 zones 2017–2020; scored once before it was read).

def test_an_airport_zone_short_form_is_the_same_zone():
    text = ("7月15日,孝感市举行二季度招商项目集中签约仪式,位于孝感临空区的松岭云杉产业城签约。"
            "此前,孝感临空经济区柏川旅游区项目签约。")
    parks = {p.name: p.aliases for p in extract(text).parks}
    assert list(parks) == ["孝感临空经济区"] and "孝感临空区" in parks["孝感临空经济区"], parks
