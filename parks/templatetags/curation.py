"""Template filters for the editors' pages: history reasons and changes in the editor's words."""
from django import template

from parks import history

register = template.Library()


@register.filter
def change_reason(record) -> str:
    return history.change_reason(record.history_change_reason, record.instance_type)


@register.filter
def history_changes(record) -> list:
    return history.changes_of(record)
