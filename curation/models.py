"""What every curated record shares (review status, locks, names and aliases) and the curation logs: merges and
splits (MergeLog, kept to undo them) and editors' word that two records are different (NotSame).

MergeLog and NotSame keep their tables (parks_mergelog, parks_notsame) from when they lived in parks.
"""
from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from curation.names import bigrams, normalise_name


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", _("待审核")
    VERIFIED = "verified", _("已核实")
    REJECTED = "rejected", _("已拒绝")


class Reviewed(models.Model):
    """What every curated record has: a review status, who reviewed it, and the fields editors locked."""

    review_status = models.CharField(
        _("审核状态"), max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED,
        db_index=True, db_comment="unreviewed, verified or rejected; rejected records are tombstones hidden from reports",
    )
    locked_fields = ArrayField(
        models.CharField(max_length=120), verbose_name=_("编辑锁定的字段"), default=list, blank=True, editable=False,
        db_comment="fields an editor changed; loads never overwrite them ('aliases:NAME', 'companies:ID' lock one link)",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("审核人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False, db_comment="the editor who last verified or rejected the record",
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True, editable=False,
                                       db_comment="when the record was last verified or rejected")
    source_lost = models.BooleanField(
        _("来源已撤回"), default=False, editable=False,
        db_comment="true when every article supporting this editor-kept record was unloaded",
    )
    confidence = models.FloatField(
        _("置信度"), null=True, blank=True, editable=False,
        db_comment="0-1: how sure extraction is of this record (the best of its rules); NULL for records editors made",
    )
    extraction_rules = ArrayField(
        models.CharField(max_length=60), verbose_name=_("抽取规则"), default=list, blank=True, editable=False,
        db_comment="the extraction rules that produced this record",
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True, db_comment="when the record was created")
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True, db_comment="when the record last changed")

    class Meta:
        abstract = True


class NamedRecord(Reviewed):
    """A curated record known by a name and aliases (park, park group, company, project, fund)."""

    name = models.CharField(_("名称"), max_length=300, db_comment="the record's name as editors want it shown")
    normalised_name = models.CharField(
        _("规范名"), max_length=300, editable=False,
        db_comment="name with NFKC, lower case, no punctuation or spaces: the natural key",
    )
    aliases = ArrayField(
        models.CharField(max_length=300), verbose_name=_("别名"), default=list, blank=True,
        db_comment="other names of this record (简称, variants, names merged into it); never bare generic words",
    )
    alias_keys = ArrayField(
        models.CharField(max_length=300), default=list, editable=False,
        db_comment="normalised name and aliases",
    )
    match_keys = ArrayField(
        models.CharField(max_length=300), default=list, editable=False,
        db_comment="the keys a name must share to resolve to this record (settings.NAME_MATCH_KEY of each alias "
                   "key), GIN-indexed: the loader looks names up here",
    )
    search_bigrams = ArrayField(
        models.CharField(max_length=8), default=list, editable=False,
        db_comment="character bigrams of name and aliases, GIN-indexed for two-character substring search",
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    def refresh_keys(self) -> None:
        """Recompute the derived name columns from name and aliases."""
        self.normalised_name = normalise_name(self.name)
        keys = [self.normalised_name] + [normalise_name(a) for a in self.aliases]
        self.alias_keys = sorted({k for k in keys if k})
        self.match_keys = match_keys(ENTITY_TYPE_OF_MODEL[self._meta.label_lower], self.alias_keys)
        self.search_bigrams = bigrams(self.name, *self.aliases)

    def save(self, *args, **kwargs):
        self.refresh_keys()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | DERIVED_NAME_COLUMNS
        super().save(*args, **kwargs)


#: The columns NamedRecord.refresh_keys derives from name and aliases.
DERIVED_NAME_COLUMNS = {"normalised_name", "alias_keys", "match_keys", "search_bigrams"}


def match_keys(entity_type: str, alias_keys: list[str]) -> list[str]:
    """The match keys of a record of this type with these alias keys (settings.NAME_MATCH_KEY, the loader's)."""
    key = import_string(settings.NAME_MATCH_KEY)
    return sorted({k for k in (key(entity_type, a) for a in alias_keys) if k})


def name_indexes(prefix: str) -> list:
    return [
        # fastupdate off: a lookup after each insert would otherwise scan the index's pending list, which
        # grows to megabytes during a load (13 ms a lookup at 50,000 companies)
        GinIndex(fields=["match_keys"], name=f"{prefix}_match_keys_gin", fastupdate=False),
        GinIndex(fields=["search_bigrams"], name=f"{prefix}_bigrams_gin"),
    ]


class EntityType(models.TextChoices):
    PARK = "park", _("园区")
    PARK_GROUP = "park_group", _("园区组")
    COMPANY = "company", _("企业/机构")
    PROJECT = "project", _("项目")
    FUND = "fund", _("基金")
    FACT = "fact", _("数据")


#: The model of each entity type (app_label.model_name), reached through the app registry: curation imports no
#: other app.
ENTITY_MODELS = {"park": "parks.park", "park_group": "parks.parkgroup", "company": "parks.company",
                 "project": "projects.project", "fund": "projects.fund", "fact": "projects.fact"}
ENTITY_TYPE_OF_MODEL = {label: entity_type for entity_type, label in ENTITY_MODELS.items()}


class MergeLog(models.Model):
    """One merge of duplicates into a survivor, or one split of a record in two, with what is needed to undo it."""

    MERGE, SPLIT = "merge", "split"
    action = models.CharField(_("操作"), max_length=8, default=MERGE,
                              choices=[(MERGE, _("合并")), (SPLIT, _("拆分"))],
                              db_comment="merge (merged_ids went into survivor_id) or split (merged_ids[0] split off survivor_id)")
    entity_type = models.CharField(_("类型"), max_length=12, choices=EntityType.choices,
                                   db_comment="type of the merged records")
    survivor_id = models.BigIntegerField(_("保留记录"), db_comment="id of the record that survived")
    merged_ids = ArrayField(models.BigIntegerField(), verbose_name=_("被合并记录"),
                            db_comment="ids of the records merged into the survivor")
    snapshot = models.JSONField(default=dict, db_comment="state before the merge, used to undo it")
    performed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("操作人"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+", db_comment="editor who merged")
    performed_at = models.DateTimeField(_("合并时间"), auto_now_add=True, db_comment="when the merge happened")
    undone_at = models.DateTimeField(_("撤销时间"), null=True, blank=True, db_comment="when the merge was undone")
    undone_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("撤销人"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+", db_comment="editor who undid the merge")

    class Meta:
        verbose_name = pgettext_lazy("model name", "合并记录")
        verbose_name_plural = pgettext_lazy("plural", "合并记录")
        permissions = [
            ("merge_records", _("可合并、拆分、更改类型及撤销合并")),
            ("review_records", _("可核实或拒绝记录")),
        ]
        db_table = "parks_mergelog"
        db_table_comment = "Merges of duplicate records, kept so each can be undone"

    def __str__(self) -> str:
        return gettext("%(action)s %(type)s（编号 %(id)s）") % {
            "action": self.get_action_display(), "type": self.get_entity_type_display(), "id": self.survivor_id}


class NotSame(models.Model):
    """Editors' word that two records are different entities: the resolver never joins them."""

    entity_type = models.CharField(_("类型"), max_length=12, choices=EntityType.choices,
                                   db_comment="type of both records")
    left_id = models.BigIntegerField(_("记录一（编号）"), db_comment="smaller id of the pair")
    right_id = models.BigIntegerField(_("记录二（编号）"), db_comment="larger id of the pair")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("标记人"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+", db_comment="editor who said so")
    created_at = models.DateTimeField(_("标记时间"), auto_now_add=True, db_comment="when it was said")

    class Meta:
        verbose_name = pgettext_lazy("model name", "非同一记录")
        verbose_name_plural = pgettext_lazy("plural", "非同一记录")
        db_table = "parks_notsame"
        db_table_comment = "Pairs of records editors marked as not the same entity"
        constraints = [
            models.UniqueConstraint(fields=["entity_type", "left_id", "right_id"], name="notsame_unique_pair"),
            models.CheckConstraint(condition=models.Q(left_id__lt=models.F("right_id")), name="notsame_ordered_pair"),
        ]

    def __str__(self) -> str:
        return gettext("%(type)s 编号 %(left)s 与 %(right)s 不是同一个") % {
            "type": self.get_entity_type_display(), "left": self.left_id, "right": self.right_id}
