"""Article metadata: title, outlet, bylines, date and how it was known."""
from datetime import date

import pytest

from loaders.extract.text.meta import extract_meta


@pytest.mark.parametrize("text, outlet", [
    ("科技日报讯(记者过国忠 实习生杜晓行)5月31日,江苏省无锡高新区举行仪式。", "科技日报"),
    ("□青岛日报/观海新闻记者 杨光\n正文。", "青岛日报/观海新闻"),
    ("正文。(青岛日报/观海新闻记者 杨光)", "青岛日报/观海新闻"),
    ("该项目相关负责人告诉科技日报记者,项目建成后。", "科技日报"),
    ("本报讯 6月1日,到漳州高新区行政审批局窗口咨询。", None),
])
def test_it_reads_the_outlet(text, outlet):
    assert extract_meta(text).outlet == outlet


@pytest.mark.parametrize("text, expected", [
    ("◎本报记者 王健高  \n通讯员 梁太宏 崔维兵\n", [("王健高", "记者"), ("梁太宏", "通讯员"), ("崔维兵", "通讯员")]),
    ("科技日报讯(记者过国忠 实习生杜晓行)5月31日", [("过国忠", "记者"), ("杜晓行", "实习生")]),
    ("科技日报讯(李迪 陈科)“升级后", [("李迪", "记者"), ("陈科", "记者")]),
])
def test_it_reads_bylines(text, expected):
    assert [(b.name, b.role) for b in extract_meta(text).authors] == expected


def test_it_infers_the_date_from_the_latest_event_and_the_years_mentioned():
    meta = extract_meta("《数字青岛2021年行动方案》提出。5月31日举行签约。6月2日,科技日报记者获悉。力争到2025年。")
    assert meta.published_on == date(2021, 6, 2)
    assert meta.published_precision == "day"
    assert meta.date_basis.startswith("inferred")


def test_a_stated_date_is_stated():
    meta = extract_meta("2024年7月12日,青岛市氢能产业园迎来一组项目。")
    assert (meta.published_on, meta.date_basis.split(":")[0]) == (date(2024, 7, 12), "stated")


def test_the_title_is_the_first_heading():
    assert extract_meta("\n\n图说\n\n## 青岛国际创新园：“数”写创新密码\n\n正文。").title == "青岛国际创新园：“数”写创新密码"


@pytest.mark.parametrize("text, expected", [
    ("数据显示,截至2024年3月底,园区在建项目50个。4月,园区集中签约。2023年同比增长40%。", (2024, 4)),
    ("力争到2025年形成千亿产业集群。2023年园区营收增长。5月31日举行签约。", (2023, 5)),
])
def test_the_year_comes_from_what_the_article_reports_not_its_targets(text, expected):
    meta = extract_meta(text)
    assert (meta.published_on.year, meta.published_on.month) == expected


def test_a_headline_after_a_lead_paragraph_is_the_title():
    text = ("\n\n青岛新兴产业专业园区在加力打造新质生产力平台过程中深化融合，生长出一组深度融合的产业链和创新链——\n\n"
            "8个新兴产业专业园区：激发招引“磁石效应”\n\n□青岛日报/观海新闻记者 杨光\n\n正文第一段。")
    assert extract_meta(text).title == "8个新兴产业专业园区：激发招引“磁石效应”"
