"""Organisations in the admin: the coalition's participants and their sign-up domains."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import DateColumn, StatusFlagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from members.models import Organisation


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = [
        "name",
        "kind",
        StatusFlagColumn(
            "is_active",
            label=_("Participating"),
            true_label=_("Participating"),
            false_label=_("Not participating"),
        ),
        DateColumn("member_since", label=_("Member since")),
    ]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
