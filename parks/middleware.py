"""Chinese by default: the admin speaks zh-hans unless the visitor picked another language with the switch."""
from __future__ import annotations

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChineseFirstLocaleMiddleware(LocaleMiddleware):
    """Like LocaleMiddleware, but a browser's Accept-Language does not override LANGUAGE_CODE; only the
    language cookie set by /i18n/setlang/ does, so an editor with an English browser still starts in Chinese."""

    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
