"""URL routes: the admin is the whole user interface; / redirects to it."""
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]

# The editors' own admin pages (review queue), mounted ahead of the admin's catch-all.
from curation.admin import editor_urls  # noqa: E402

urlpatterns = editor_urls() + urlpatterns
