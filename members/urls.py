from django.urls import path, register_converter

from members.views import account, public, requests


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

app_name = "members"

urlpatterns = [
    path("deelnemers/", public.participants, name="participants"),
    path("deelnemers/leden/", public.directory, name="directory"),
    path("deelnemers/<slug:slug>/", public.organisation_detail, name="organisation"),
    path("deelnemen/", requests.join, name="join"),
    path(
        "deelnemen/bedankt/",
        requests.thanks,
        {"template": "members/join_thanks.html"},
        name="join_thanks",
    ),
    path("contact/", requests.contact, name="contact"),
    path(
        "contact/bedankt/",
        requests.thanks,
        {"template": "members/contact_thanks.html"},
        name="contact_thanks",
    ),
    path("account/gegevens/", account.account_data, name="account_data"),
    path("account/gegevens/download/", account.account_data_download, name="account_export"),
    path("account/gegevens/verwijderen/", account.account_data_delete, name="account_delete"),
    path("account/uitnodiging/<token:token>/", account.invitation, name="invitation"),
]
