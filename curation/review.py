"""The review queue: what nobody has reviewed yet, least certain first, verified, rejected or skipped in one click.

The queue shows one record type at a time (conflicting figures first, then projects, funds, parks, companies,
park groups, other facts), each row with its first sentence of evidence, so most records are decided without
opening them. A conflicting figure is shown beside the figures it conflicts with, with both sentences and both
articles. Filters: type, park and confidence; pages of 25. Skipped records leave the queue for the session.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.apps import apps
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q, QuerySet
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from curation import paging
from curation.conflicts import conflict_partners
from curation.editing import review_records
from curation.models import ReviewStatus


def _evidence():
    """The loader's Evidence model, by label: curation imports no other app."""
    return apps.get_model("loaders", "Evidence")


PAGE_SIZE = 25
SKIPPED_KEY = "review_skipped"
# A section is counted up to this many records ("1000+", curation/paging.py): an exact count of a million
# unreviewed facts reads them all on every visit, and nobody needs more than "a lot" to choose what to review.
QUEUE_COUNT_CAP = paging.COUNT_CAP


@dataclass(frozen=True)
class QueueType:
    key: str
    model: str  # app_label.ModelName
    title: str


QUEUE_TYPES = [
    QueueType("conflict", "projects.Fact", pgettext_lazy("queue tab", "数据冲突")),
    QueueType("project", "projects.Project", pgettext_lazy("plural", "项目")),
    QueueType("fund", "projects.Fund", pgettext_lazy("plural", "基金")),
    QueueType("park", "parks.Park", pgettext_lazy("plural", "园区")),
    QueueType("company", "parks.Company", pgettext_lazy("plural", "企业/机构")),
    QueueType("park_group", "parks.ParkGroup", pgettext_lazy("plural", "园区组")),
    QueueType("fact", "projects.Fact", pgettext_lazy("plural", "数据")),
]
BY_KEY = {t.key: t for t in QUEUE_TYPES}

# confidence bands an editor can filter on; None is a record an editor made (no extraction behind it)
CONFIDENCE_BANDS = {
    "low": (_("低（低于0.5）"), Q(confidence__lt=0.5)),
    "mid": (_("中（0.5至0.8）"), Q(confidence__gte=0.5, confidence__lt=0.8)),
    "high": (_("高（0.8及以上）"), Q(confidence__gte=0.8)),
}


def entity_type_for(queue_type: QueueType) -> str:
    return "fact" if queue_type.model == "projects.Fact" else queue_type.key


def pending(queue_type: QueueType, *, park_id: int | None = None, band: str = "",
            skipped: set[str] = frozenset()) -> QuerySet:
    """Unreviewed records of one queue type, least certain first (records editors made last)."""
    model = apps.get_model(queue_type.model)
    qs = model.objects.filter(review_status=ReviewStatus.UNREVIEWED)
    if queue_type.key == "conflict":
        qs = qs.filter(has_conflict=True)
    elif queue_type.key == "fact":
        qs = qs.filter(has_conflict=False)
    if park_id:
        qs = qs.filter({
            "park": Q(pk=park_id) | Q(parent_id=park_id),
            "company": Q(parks=park_id),
            "park_group": Q(members=park_id),
            "project": Q(park_id=park_id),
            "fund": Q(park_id=park_id),
        }.get(queue_type.key, Q(subject_type="park", subject_id=park_id)))
    if band in CONFIDENCE_BANDS:
        qs = qs.filter(CONFIDENCE_BANDS[band][1])
    ids = [int(k.split(":")[1]) for k in skipped if k.startswith(f"{queue_type.key}:")]
    if ids:
        qs = qs.exclude(pk__in=ids)
    order = [F("confidence").asc(nulls_last=True)]
    if queue_type.model == "projects.Fact":
        order += ["subject_type", "subject_id", "metric", "pk"]
    else:
        order += ["pk"]
    if park_id and queue_type.key in ("company", "park_group"):
        qs = qs.distinct()  # a many-to-many join
    return qs.order_by(*order)


def first_evidence(entity_type: str, ids: list[int]) -> dict:
    """Each record's first sentence of evidence (its name or value), one query for a page of records."""
    found: dict = {}
    for ev in (_evidence().objects.filter(entity_type=entity_type, entity_id__in=ids).select_related("article")
               .only("pk", "entity_id", "field", "quote", "start_offset", "span_start", "span_end",
                     "article__id", "article__title", "article__file_name")
               .order_by("entity_id", "article_id", "start_offset")):
        found.setdefault(ev.entity_id, ev)
    return found


def next_record_url(record, request) -> str:
    """The next record of the same type in the queue after `record` is reviewed (the queue when none is left)."""
    from curation.editing import entity_type_of

    entity_type = entity_type_of(type(record))
    key = "conflict" if entity_type == "fact" and getattr(record, "has_conflict", False) else entity_type
    skipped = set(request.session.get(SKIPPED_KEY, [])) | {f"{key}:{record.pk}"}
    following = pending(BY_KEY[key], skipped=skipped).exclude(pk=record.pk).first()
    if following is None:
        return reverse("review_queue") + "?" + urlencode({"type": key})
    opts = following._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[following.pk])


def _act(request) -> None:
    """One row's button: verify, reject or skip the record named `record` (type:id)."""
    key, _sep, pk = request.POST.get("record", "").partition(":")
    action = request.POST.get("do")
    if key not in BY_KEY or not pk.isdigit() or action not in ("verify", "reject", "skip"):
        messages.error(request, _("无法识别的操作"))
        return
    if action == "skip":
        skipped = [k for k in request.session.get(SKIPPED_KEY, []) if k != f"{key}:{pk}"][-500:]
        request.session[SKIPPED_KEY] = [*skipped, f"{key}:{pk}"]
        return
    if not request.user.has_perm("curation.review_records"):
        raise PermissionDenied
    model = apps.get_model(BY_KEY[key].model)
    record = model.objects.filter(pk=int(pk)).first()
    if record is None:
        messages.error(request, _("记录不存在（可能已被合并）"))
        return
    status = ReviewStatus.VERIFIED if action == "verify" else ReviewStatus.REJECTED
    review_records(records=[record], status=status, user=request.user)
    messages.success(request, _("%(record)s：%(status)s") % {"record": record, "status": ReviewStatus(status).label})


def review_queue_view(request):
    if request.method == "POST":
        _act(request)
        back = request.POST.get("next", "")
        return HttpResponseRedirect(back if back.startswith(reverse("review_queue")) else reverse("review_queue"))
    if request.GET.get("reset_skipped"):
        request.session.pop(SKIPPED_KEY, None)
    skipped = set(request.session.get(SKIPPED_KEY, []))
    park_id = int(request.GET["park"]) if request.GET.get("park", "").isdigit() else None
    band = request.GET.get("confidence", "")
    counts = {t.key: paging.capped_count(pending(t, park_id=park_id, band=band, skipped=skipped), cap=QUEUE_COUNT_CAP)
              for t in QUEUE_TYPES}
    chosen = BY_KEY.get(request.GET.get("type", ""))
    if chosen is None:
        chosen = next((t for t in QUEUE_TYPES if counts[t.key]), QUEUE_TYPES[0])
    paginator = paging.CappedPaginator(pending(chosen, park_id=park_id, band=band, skipped=skipped), PAGE_SIZE)
    paginator.cap = QUEUE_COUNT_CAP
    page = paginator.get_page(request.GET.get("page"))
    records = list(page.object_list)
    entity_type = entity_type_for(chosen)
    # The page's evidence, and for conflicts the figures beside them and theirs: a few queries a page,
    # not a few a row.
    others = conflict_partners(records) if chosen.key == "conflict" else {}
    evidence = first_evidence(entity_type, [r.pk for r in records] + [o.pk for os in others.values() for o in os])
    rows = [queue_row(chosen, record, evidence.get(record.pk), others=others.get(record.pk), evidence=evidence)
            for record in records]
    Park = apps.get_model("parks.Park")

    def link(**changes) -> str:
        params = {"type": chosen.key, "park": park_id or "", "confidence": band, **changes}
        return "?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})

    return TemplateResponse(request, "admin/review_queue.html", {
        **admin.site.each_context(request), "title": _("审核队列"),
        "tabs": [{"key": t.key, "title": t.title, "count": paging.shown_count(counts[t.key], cap=QUEUE_COUNT_CAP),
                  "url": link(type=t.key, page=""), "current": t.key == chosen.key} for t in QUEUE_TYPES],
        "chosen": chosen, "rows": rows, "page": page, "skipped": len(skipped),
        "total": paging.shown_count(counts[chosen.key], cap=QUEUE_COUNT_CAP),
        "more_pages": counts[chosen.key] > QUEUE_COUNT_CAP,
        "cap": QUEUE_COUNT_CAP,
        "park": Park.objects.filter(pk=park_id).first() if park_id else None,
        "bands": [{"key": k, "label": label, "url": link(confidence=k, page=""), "current": k == band}
                  for k, (label, _q) in CONFIDENCE_BANDS.items()],
        "all_bands_url": link(confidence="", page=""), "band": band,
        "parks": Park.objects.only("pk", "name").order_by("name")[:200], "park_id": park_id,
        "prev_url": link(page=page.previous_page_number()) if page.has_previous() else "",
        "next_url": link(page=page.next_page_number()) if page.has_next() else "",
        "here": request.get_full_path(),
    })


def queue_row(queue_type: QueueType, record, first, *, others: list | None = None,
              evidence: dict | None = None) -> dict:
    from curation.admin import highlight_quote, queue_detail

    opts = record._meta
    row = {
        "key": f"{queue_type.key}:{record.pk}", "record": record, "detail": queue_detail(record),
        "url": reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk]),
        "confidence": record.confidence, "evidence": first,
        "quote": highlight_quote(first) if first else "",
        "article_url": reverse("admin:loaders_sourcearticle_change", args=[first.article_id]) if first else "",
    }
    if queue_type.key == "conflict":  # `others`: its conflicting_facts, `evidence`: theirs among others
        row["others"] = [queue_row(BY_KEY["fact"], other, (evidence or {}).get(other.pk)) for other in others or []]
    return row
