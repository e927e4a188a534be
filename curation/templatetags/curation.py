"""Template filters for the editors' pages: history reasons and changes in the editor's words."""
from django import template

from curation import history

register = template.Library()


@register.filter
def change_reason(record) -> str:
    return history.change_reason(record.history_change_reason, record.instance_type)


@register.filter
def history_changes(record) -> list:
    return history.changes_of(record)


@register.inclusion_tag("admin/curation/work_summary.html", takes_context=True)
def work_summary(context):
    """The index's first panel: what is waiting for review per type, the conflicts, and the last load run.

    Counted as the queue's tabs count (up to QUEUE_COUNT_CAP, then "1000+"): the index opens after every login.
    """
    from django.apps import apps
    from django.urls import reverse

    from curation import paging
    from curation.review import QUEUE_COUNT_CAP, QUEUE_TYPES, pending

    queue = reverse("review_queue")
    LoadRun = apps.get_model("loaders", "LoadRun")
    counts = {t.key: paging.capped_count(pending(t), cap=QUEUE_COUNT_CAP) for t in QUEUE_TYPES}
    return {
        "pending": [{"title": t.title, "count": paging.shown_count(counts[t.key], cap=QUEUE_COUNT_CAP),
                     "url": f"{queue}?type={t.key}", "key": t.key} for t in QUEUE_TYPES],
        "last_run": LoadRun.objects.order_by("-started_at").first(),
        "load_runs_url": reverse("admin:loaders_loadrun_changelist"),
    }
