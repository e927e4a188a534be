"""Users and axes' access attempts re-registered where their admin writes English that no catalog can translate.

Users: Django appends the password page's warning to its help text as a plain English string, at import, which also
fixes the help text's first sentence in the language active then. Access attempts: axes titles its status column
after the method's name ("Status"), and reports a clean-up with an f-string inside gettext.
"""
from __future__ import annotations

from axes.admin import AccessAttemptAdmin as AxesAccessAttemptAdmin
from axes.conf import settings as axes_settings
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm, SetUnusablePasswordMixin
from django.contrib.auth.models import User
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _


class PasswordChangeForm(AdminPasswordChangeForm):
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        SetUnusablePasswordMixin.usable_password_help_text, _("若停用，该用户现有的密码将作废。"))


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    change_password_form = PasswordChangeForm


admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class AccessAttemptAdmin(AxesAccessAttemptAdmin):
    @admin.display(description=_("状态"))
    def status(self, obj: AccessAttempt) -> str:
        left = axes_settings.AXES_FAILURE_LIMIT - obj.failures_since_start
        return gettext("还可尝试 %(count)s 次") % {"count": left} if left > 0 else pgettext("login", "已锁定")

    @admin.action(description=_("清理已过期的登录尝试"))
    def cleanup_expired_attempts(self, request, queryset):
        count = self.handler.clean_expired_user_attempts(request=request)
        self.message_user(request, ngettext("已清理 %d 条过期的登录尝试", "已清理 %d 条过期的登录尝试", count) % count)
