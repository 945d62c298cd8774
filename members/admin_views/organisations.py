"""Organisations in the admin: the coalition's participants and their sign-up domains."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from members.models import Organisation


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "is_active", "member_since"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
