"""Refuse a query string with a NUL byte (400) before any view sees it.

PostgreSQL text cannot hold NUL, so such a value in an admin filter (?kind__exact=%00) or a search
reaches the driver and ends in a server error. No URL of this site needs one.
"""
from __future__ import annotations

from django.http import HttpResponseBadRequest


class RejectNulInQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()):
            return HttpResponseBadRequest("A NUL byte is not allowed in the query string.")
        return self.get_response(request)
