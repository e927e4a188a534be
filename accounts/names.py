"""What a permission, a login record and a many-to-many link are called, in the active language.

A permission's name is stored when `migrate` creates it, in English for Django's own four ("Can add park"), so the
user and group pages would list 150 English lines in the Chinese admin; django-axes builds its records' names with
English f-strings ("Attempted Access: 2026-…"); Django names the table behind a many-to-many field and its rows after
the models' class names ("company-park relationship: Company_parks object (235)"), which a delete confirmation
lists. name_in_active_language() gives these models names read from the running code in the active language:
nothing in the database is rewritten.
"""
from __future__ import annotations

from django.apps import apps
from django.utils import formats, timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

ACTIONS = {  # Django's default permissions, by the first word of their codename (add_park, view_historicalpark)
    "add": pgettext_lazy("permission", "添加"),
    "change": pgettext_lazy("permission", "修改"),
    "delete": pgettext_lazy("permission", "删除"),
    "view": pgettext_lazy("permission", "查看"),
}


def model_label(model) -> str:
    """A record type's name; a record type's history is named after it (simple-history fixed its "historical 园区"
    in whatever language was active when the class was built)."""
    recorded = getattr(model, "instance_type", None)  # a simple-history model: the model it keeps versions of
    if recorded is not None:
        return gettext("%(model)s的历史版本") % {"model": recorded._meta.verbose_name}
    return str(model._meta.verbose_name)


def permission_label(permission) -> str:
    """'园区与企业 | 园区 | 可添加园区' ('Parks and companies | park | Can add park' in English): the app, the record
    type and what the permission allows. A permission of a model since removed keeps its stored name."""
    model = permission.content_type.model_class()
    if model is None:
        return f"{permission.content_type} | {permission.name}"
    action, _sep, model_name = permission.codename.partition("_")
    if action in ACTIONS and model_name == model._meta.model_name:
        allowed = gettext("可%(action)s%(model)s") % {"action": ACTIONS[action], "model": model_label(model)}
    else:  # one a model declares in Meta.permissions, by the label it declares there
        allowed = str(dict(model._meta.permissions).get(permission.codename, permission.name))
    return f"{model._meta.app_config.verbose_name} | {model_label(model)} | {allowed}"


def _when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else "-"


def _login(record) -> dict:
    return {"user": record.username or "-", "address": record.ip_address or "-", "time": _when(record.attempt_time)}


def access_attempt_name(attempt) -> str:
    return gettext("登录尝试：%(user)s，来自 %(address)s，%(time)s") % _login(attempt)


def access_failure_name(failure) -> str:
    if failure.locked_out:
        return gettext("登录失败并被锁定：%(user)s，来自 %(address)s，%(time)s") % _login(failure)
    return gettext("登录失败：%(user)s，来自 %(address)s，%(time)s") % _login(failure)


def access_log_name(log) -> str:
    return gettext("登录：%(user)s，来自 %(address)s，%(time)s") % _login(log)


def _linked(link_model) -> tuple:
    """The two foreign keys of a many-to-many field's own table: from the model declaring the field, to the other."""
    return tuple(f for f in link_model._meta.fields if f.is_relation)


def link_name(link) -> str:
    """'青岛海尔 — 青岛国际创新园': the two records a row of a many-to-many table links."""
    source, target = _linked(type(link))
    return f"{getattr(link, source.name)} — {getattr(link, target.name)}"


def name_link_tables() -> None:
    for model in apps.get_models(include_auto_created=True):
        if not model._meta.auto_created:
            continue
        source, target = _linked(model)
        names = {"source": source.related_model._meta.verbose_name, "target": target.related_model._meta.verbose_name}
        model._meta.verbose_name = format_lazy(gettext_lazy("{source}与{target}的关联"), **names)
        model._meta.verbose_name_plural = format_lazy(pgettext_lazy("plural", "{source}与{target}的关联"), **names)
        model.__str__ = link_name


def name_in_active_language() -> None:
    """Called once, when the app registry is ready."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth.models import Permission

    Permission.__str__ = permission_label
    AccessAttempt.__str__ = access_attempt_name
    AccessFailureLog.__str__ = access_failure_name
    AccessLog.__str__ = access_log_name
    name_link_tables()
