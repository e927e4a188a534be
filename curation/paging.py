"""Pages over long lists that count no further than they need: "1000+" instead of an exact count.

An exact count of a million rows reads them all on every page view (an unindexed search, a review
queue section); nobody needs more than "over a thousand" to go on. The pages shown are those of the
first `cap` rows.
"""
from __future__ import annotations

from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db.models import QuerySet

COUNT_CAP = 1000


def capped_count(queryset: QuerySet, *, cap: int = COUNT_CAP) -> int:
    """How many rows `queryset` has, reading no more than cap + 1 of them (more than `cap` reads as cap + 1)."""
    return queryset.order_by()[:cap + 1].count()


def shown_count(count: int, *, cap: int = COUNT_CAP) -> str:
    return f"{cap}+" if count > cap else str(count)


class CappedPaginator(Paginator):
    """A paginator over the first `cap` rows of its list; `more` tells whether there are others."""

    cap = COUNT_CAP

    @property
    def count(self) -> int:
        if not hasattr(self, "_capped"):
            self._capped = capped_count(self.object_list, cap=self.cap)
        return min(self._capped, self.cap)

    @property
    def more(self) -> bool:
        return bool(self.count) and self._capped > self.cap


class AtLeast(int):
    """A count known only to be at least this much: a number for the admin's plurals, "1000+" when shown."""

    def __str__(self) -> str:
        return f"{int(self)}+"


class CappedChangeList(ChangeList):
    """The admin's change list with a CappedPaginator: "1000+ 条" when the list is longer."""

    def get_results(self, request):
        super().get_results(request)
        if getattr(self.paginator, "more", False):
            self.result_count = AtLeast(self.paginator.cap)
