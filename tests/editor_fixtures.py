"""Records for the editors' admin tests, built with the ORM: one article, a park, a company, a project, evidence."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from django.contrib.auth.models import Group, User

from loaders.models import Evidence, SourceArticle
from curation.editing import ensure_editors_group
from parks.models import Company, Park
from projects.models import Fact, Project

ARTICLE_TEXT = (
    "黄石科技城迎来新项目。\n"
    "青岛海尔智能制造项目落户青岛国际创新园，总投资6亿元。\n"
    "园区营收约30亿元。<script>alert('x')</script>"
)


def make_article(text: str = ARTICLE_TEXT, name: str = "000_test.txt") -> SourceArticle:
    return SourceArticle.objects.create(file_name=name, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                                        title="测试文章", char_count=len(text), extractor_version="test")


def evidence(article: SourceArticle, record, field: str, words: str, value=None) -> Evidence:
    """Evidence whose sentence is the one containing `words`, with `words` as the supporting span."""
    text = article.text
    span_start = text.index(words)
    start = text.rfind("\n", 0, span_start) + 1
    end = text.find("\n", span_start)
    end = len(text) if end == -1 else end
    from curation.recompute import entity_type_of
    return Evidence.objects.create(article=article, entity_type=entity_type_of(record), entity_id=record.pk,
                                   field=field, start_offset=start, end_offset=end, quote=text[start:end],
                                   span_start=span_start, span_end=span_start + len(words), value=value)


def make_world():
    article = make_article()
    park = Park.objects.create(name="青岛国际创新园", city="青岛")
    company = Company.objects.create(name="青岛海尔", aliases=["海尔"])
    project = Project.objects.create(name="青岛海尔智能制造项目", park=park, investment_cny=Decimal("600000000"),
                                     investment_amount=Decimal("600000000"), investment_currency="cny",
                                     investment_text="总投资6亿元")
    project.companies.add(company)
    evidence(article, park, "name", "青岛国际创新园")
    evidence(article, project, "name", "青岛海尔智能制造项目")
    evidence(article, project, "investment", "总投资6亿元",
             {"amount": "600000000", "currency": "cny", "qualifier": "", "text": "总投资6亿元"})
    fact = Fact.objects.create(subject_type="park", subject_id=park.pk, subject_name=park.name,
                               metric="annual_revenue", value=Decimal("3000000000"), unit="cny", qualifier="约",
                               value_text="约30亿元", has_conflict=True, article=article)
    evidence(article, fact, "value", "约30亿元")
    return {"article": article, "park": park, "company": company, "project": project, "fact": fact}


def make_conflict(world, *, figure: str = "18亿元", value: str = "1800000000") -> Fact:
    """A second article giving the park's revenue differently from the world's fact (约30亿元): the conflict flag on
    both is set the way a load or an editor's change sets it, from the live_conflict_pairs view."""
    from curation.conflicts import refresh_conflicts_of

    article = make_article(f"园区营收{figure}。", name="001_other.txt")
    park = world["park"]
    fact = Fact.objects.create(subject_type="park", subject_id=park.pk, subject_name=park.name,
                               metric=world["fact"].metric, value=Decimal(value), unit="cny", value_text=figure,
                               article=article)
    evidence(article, fact, "value", figure)
    refresh_conflicts_of("fact", [fact.pk])
    return fact


def make_editor(username: str = "editor") -> User:
    ensure_editors_group()
    user = User.objects.create_user(username, password="pw-editor-1", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user
