from django.urls import path, register_converter
from wagtail import views as wagtail_views

from members.views import account


class TokenConverter:
    """An invitation token as ``secrets.token_urlsafe`` makes it; anything else is a 404.

    A plain ``str`` let a NUL byte (``%00``) through to the database query, where
    PostgreSQL refuses it with an error (a 500) instead of finding nothing.
    """

    regex = "[A-Za-z0-9_-]{1,64}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TokenConverter, "token")


def page_route(request, **kwargs):
    """Hand the request to Wagtail, which serves it by the page that owns the path.

    /deelnemers/, /deelnemen/ and /contact/ are pages (``members.models.pages``) with their
    routes; these names only let code, templates and e-mails link to the fixed addresses
    without looking the pages up. A test checks each name against its page's own URL.
    """
    return wagtail_views.serve(request, request.path_info.lstrip("/"))


app_name = "members"

urlpatterns = [
    path("deelnemers/", page_route, name="participants"),
    path("deelnemers/leden/", page_route, name="directory"),
    path("deelnemers/<slug:slug>/", page_route, name="organisation"),
    path("deelnemen/", page_route, name="join"),
    path("deelnemen/bedankt/", page_route, name="join_thanks"),
    path("contact/", page_route, name="contact"),
    path("contact/bedankt/", page_route, name="contact_thanks"),
    path("account/gegevens/", account.account_data, name="account_data"),
    path("account/gegevens/download/", account.account_data_download, name="account_export"),
    path("account/gegevens/verwijderen/", account.account_data_delete, name="account_delete"),
    path("account/uitnodiging/<token:token>/", account.invitation, name="invitation"),
]
