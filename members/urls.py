from django.urls import path

from members.views import account, public, requests

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
    path("account/uitnodiging/<str:token>/", account.invitation, name="invitation"),
]
