"""Where records come from: source articles, load runs, and evidence tying every value to its sentence."""
from __future__ import annotations

from django.db import models
from django.db.models.fields.json import KeyTextTransform
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from curation.models import EntityType


class SourceArticle(models.Model):
    file_name = models.CharField(_("文件名"), max_length=255, db_comment="base name the article was first loaded under")
    path = models.CharField(_("路径"), max_length=1000, blank=True, default="", db_comment="path it was last loaded from")
    sha256 = models.CharField(max_length=64, unique=True, db_comment="SHA-256 of the normalised text: the identity")
    text = models.TextField(_("正文"), db_comment="normalised text; evidence offsets point into it")
    encoding = models.CharField(_("编码"), max_length=20, blank=True, default="", db_comment="encoding the file was in")
    title = models.CharField(_("标题"), max_length=500, blank=True, default="", db_comment="headline")
    outlet = models.CharField(_("媒体"), max_length=200, blank=True, default="", db_comment="publishing outlet")
    authors = models.JSONField(_("作者"), default=list, blank=True, db_comment="bylines: [{name, role}]")
    published_on = models.DateField(_("发布日期"), null=True, blank=True, db_comment="publication date, stated or inferred")
    published_precision = models.CharField(max_length=5, blank=True, default="", db_comment="day, month or year")
    date_basis = models.CharField(_("日期依据"), max_length=500, blank=True, default="",
                                  db_comment="how the date was found: 'stated: ...' or 'inferred: ...'")
    char_count = models.PositiveIntegerField(_("字数"), db_comment="characters in the normalised text")
    sentence_count = models.PositiveIntegerField(default=0, db_comment="sentences counted for near-duplicate detection")
    duplicate_of = models.ForeignKey("self", verbose_name=_("同稿于"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="editions",
                                     db_comment="earlier-loaded edition of the same story")
    extractor_version = models.CharField(max_length=20, db_comment="extractor version that produced its records")
    first_loaded_at = models.DateTimeField(_("首次导入"), auto_now_add=True, db_comment="when first loaded")
    last_loaded_at = models.DateTimeField(_("最近导入"), auto_now=True, db_comment="when last loaded or re-extracted")

    class Meta:
        verbose_name = pgettext_lazy("model name", "来源文章")
        verbose_name_plural = pgettext_lazy("plural", "来源文章")
        db_table_comment = "Articles loaded, one row per distinct normalised text"

    def __str__(self) -> str:
        return self.title or self.file_name


class SentenceKey(models.Model):
    """Sentence fingerprints of an article, to find other editions of the same story (see loaders/dedupe.py)."""

    article = models.ForeignKey(SourceArticle, on_delete=models.CASCADE, related_name="sentence_keys",
                                db_comment="article the sentence is in")
    key = models.BigIntegerField(db_comment="one of a sentence's smallest min-hash band keys, as a signed 64-bit integer")

    class Meta:
        verbose_name = pgettext_lazy("model name", "句子指纹")  # listed with its permissions on the group page
        verbose_name_plural = pgettext_lazy("plural", "句子指纹")
        db_table_comment = "Sentence fingerprints used to link near-duplicate editions; only original articles are indexed"
        indexes = [models.Index(fields=["key", "article"], name="sentencekey_key_idx")]


class LoadRunStatus(models.TextChoices):
    RUNNING = "running", _("进行中")
    FINISHED = "finished", _("已完成")
    FAILED = "failed", _("失败")
    INTERRUPTED = "interrupted", _("已中断")


class LoadRun(models.Model):
    status = models.CharField(_("状态"), max_length=12, choices=LoadRunStatus.choices, default=LoadRunStatus.RUNNING,
                              db_comment="running, finished, failed (an error stopped the run) or interrupted "
                                         "(stopped by a signal, or found still running by a later run)")
    error = models.TextField(_("错误"), blank=True, default="", db_comment="why a failed run stopped")
    started_at = models.DateTimeField(_("开始"), auto_now_add=True, db_comment="when the run started")
    finished_at = models.DateTimeField(_("结束"), null=True, blank=True, db_comment="when the run finished")
    extractor_version = models.CharField(max_length=20, db_comment="extractor version used")
    dry_run = models.BooleanField(default=False, db_comment="true when nothing was written")
    files_seen = models.PositiveIntegerField(default=0, db_comment="files found")
    files_loaded = models.PositiveIntegerField(default=0, db_comment="files loaded or re-extracted")
    files_unchanged = models.PositiveIntegerField(default=0, db_comment="files already loaded by this extractor")
    files_refused = models.PositiveIntegerField(default=0, db_comment="files refused (bad encoding, empty, binary ...)")
    files_skipped = models.PositiveIntegerField(default=0, db_comment="entries left out on purpose (hidden, linked folders)")
    records_created = models.PositiveIntegerField(default=0, db_comment="records created")
    records_updated = models.PositiveIntegerField(default=0, db_comment="records updated")
    records_unchanged = models.PositiveIntegerField(default=0, db_comment="records found unchanged")
    records_locked = models.PositiveIntegerField(default=0, db_comment="changes skipped because an editor locked the field")
    report = models.JSONField(default=dict, db_comment="per-file outcome and warnings")

    class Meta:
        verbose_name = pgettext_lazy("model name", "导入批次")
        verbose_name_plural = pgettext_lazy("plural", "导入批次")
        db_table_comment = "One row per load_seeds run, with its counts"

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} {self.pk}"


class Evidence(models.Model):
    article = models.ForeignKey(SourceArticle, verbose_name=_("文章"), on_delete=models.CASCADE,
                                related_name="evidence", db_comment="article the quote is from")
    entity_type = models.CharField(_("记录类型"), max_length=12, choices=EntityType.choices,
                                   db_comment="park, park_group, company, project, fund or fact")
    entity_id = models.BigIntegerField(_("记录"), db_comment="id of the record in its table")
    field = models.CharField(_("字段"), max_length=60, db_comment="which field of the record the quote supports")
    start_offset = models.PositiveIntegerField(db_comment="start of the quoted sentence in the article text")
    end_offset = models.PositiveIntegerField(db_comment="end (exclusive) of the quoted sentence")
    quote = models.TextField(_("原文"), db_comment="the sentence, verbatim")
    span_start = models.PositiveIntegerField(null=True, blank=True,
                                             db_comment="start of the supporting words (name or figure) in the article")
    span_end = models.PositiveIntegerField(null=True, blank=True, db_comment="end of the supporting words")
    value = models.JSONField(null=True, blank=True, db_comment="the value this article gave for the field")

    class Meta:
        verbose_name = pgettext_lazy("model name", "证据")
        verbose_name_plural = _("证据")
        db_table_comment = "Every extracted value's source: article, offsets and the verbatim sentence"
        constraints = [
            models.UniqueConstraint(fields=["article", "entity_type", "entity_id", "field", "span_start", "span_end"],
                                    name="evidence_unique", nulls_distinct=False),
            models.CheckConstraint(condition=models.Q(end_offset__gte=models.F("start_offset")),
                                   name="evidence_offsets_ordered"),
        ]
        indexes = [
            models.Index(fields=["entity_type", "entity_id"], name="evidence_entity_idx"),
            # The values articles gave a fact: whether any gave this one is a probe, however many articles
            # cite the fact (loaders/corrections.py).
            models.Index(models.F("entity_id"), KeyTextTransform("value", "value"), name="evidence_fact_value_idx",
                         condition=models.Q(entity_type="fact", field="value")),
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} {self.pk}"


class DerivedColumn(models.Model):
    """Which version of the code computed a column every record derives from its other columns.

    A record's match keys (NamedRecord.match_keys) are made by the loader's match_key; when that changes
    (loaders.resolve.MATCH_KEY_VERSION), the next load recomputes them all before it resolves a name.
    """

    name = models.CharField(primary_key=True, max_length=50, db_comment="the derived column, e.g. match_keys")
    version = models.CharField(max_length=50, db_comment="the version of the code that last computed it for every record")

    class Meta:
        verbose_name = pgettext_lazy("model name", "派生列版本")  # listed with its permissions on the group page
        verbose_name_plural = pgettext_lazy("plural", "派生列版本")
        db_table_comment = "the code version each derived column was last computed with, across all records"
