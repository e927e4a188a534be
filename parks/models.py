"""Parks, park groups and companies (the curation fields they share come from curation.models)."""
from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from curation.models import NamedRecord, name_indexes


class Park(NamedRecord):
    kind = models.CharField(_("类型"), max_length=100, blank=True, default="",
                            db_comment="高新区, 经济技术开发区, 新兴产业专业园区, 产业园, 科技园 ...")
    city = models.CharField(_("城市"), max_length=50, blank=True, default="",
                            db_comment="city without 市; part of the natural key ('' when unknown)")
    district = models.CharField(_("区县"), max_length=100, blank=True, default="", db_comment="district or host area")
    parent = models.ForeignKey("self", verbose_name=_("上级园区"), null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="children", db_comment="the park this one lies in (东江科技园 in 仲恺高新区)")
    industries = ArrayField(models.CharField(max_length=100), verbose_name=_("产业"), default=list, blank=True,
                            db_comment="industries the park focuses on")
    area_mu = models.DecimalField(_("面积(亩)"), max_digits=20, decimal_places=2, null=True, blank=True,
                                  db_comment="land area in 亩")
    history = HistoricalRecords(excluded_fields=["search_bigrams", "alias_keys", "match_keys", "updated_at"])

    class Meta:
        verbose_name = pgettext_lazy("model name", "园区")
        verbose_name_plural = pgettext_lazy("plural", "园区")
        db_table_comment = "Industrial parks (产业园, 高新区, 开发区 ...): one row per park, keyed by normalised name and city"
        constraints = [models.UniqueConstraint(fields=["normalised_name", "city"], name="park_natural_key")]
        indexes = name_indexes("park")


class ParkGroup(NamedRecord):
    """A set of parks reported on together (青岛8个新兴产业专业园区): a subject of facts."""

    city = models.CharField(_("城市"), max_length=50, blank=True, default="", db_comment="city of the group, if any")
    members = models.ManyToManyField(Park, verbose_name=_("成员园区"), blank=True, related_name="groups")
    history = HistoricalRecords(excluded_fields=["search_bigrams", "alias_keys", "match_keys", "updated_at"])

    class Meta:
        verbose_name = pgettext_lazy("model name", "园区组")
        verbose_name_plural = pgettext_lazy("plural", "园区组")
        db_table_comment = "Groups of parks that articles report figures about as one subject"
        constraints = [models.UniqueConstraint(fields=["normalised_name"], name="parkgroup_natural_key")]
        indexes = name_indexes("parkgroup")


class CompanyKind(models.TextChoices):
    ENTERPRISE = "enterprise", _("企业")
    UNIVERSITY = "university", _("高校")
    RESEARCH = "research", _("科研机构")
    GOVERNMENT = "government", _("政府机构")
    OTHER = "other", _("其他")


class Company(NamedRecord):
    kind = models.CharField(_("类型"), max_length=12, choices=CompanyKind.choices, default=CompanyKind.ENTERPRISE,
                            db_comment="enterprise, university, research, government or other")
    parks = models.ManyToManyField(Park, verbose_name=_("所在园区"), blank=True, related_name="companies")
    history = HistoricalRecords(excluded_fields=["search_bigrams", "alias_keys", "match_keys", "updated_at"])

    class Meta:
        verbose_name = pgettext_lazy("model name", "企业/机构")
        verbose_name_plural = pgettext_lazy("plural", "企业/机构")
        db_table_comment = "Companies and institutions (universities, research bodies, government) named in articles"
        constraints = [models.UniqueConstraint(fields=["normalised_name"], name="company_natural_key")]
        indexes = name_indexes("company")
