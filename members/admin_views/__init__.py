"""The coordinator's admin screens, by concept; ``wagtail_hooks`` registers the group.

Not named ``members/admin.py``: Django's admin autodiscovery would import that module.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup

from members.admin_views.organisations import OrganisationViewSet
from members.admin_views.people import InvitationViewSet, MembershipViewSet
from members.admin_views.requests import ContactRequestViewSet, JoinRequestViewSet


class MembersViewSetGroup(ViewSetGroup):
    menu_label = _("Participants")
    menu_icon = "group"
    menu_order = 250
    items = [
        JoinRequestViewSet("joinrequest"),
        ContactRequestViewSet("contactrequest"),
        OrganisationViewSet("organisation"),
        MembershipViewSet("membership"),
        InvitationViewSet("invitation"),
    ]
