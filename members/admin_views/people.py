"""People in the admin: memberships, and invitations for those outside the domains."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from members.admin_views.listings import index_with_related
from members.admin_views.transitions import Action, TransitionsMixin
from members.models import Invitation, Membership
from members.services import memberships


class MembershipViewSet(ModelViewSet):
    model = Membership
    index_view_class = index_with_related("user", "organisation")
    icon = "user"
    menu_label = _("Members")
    list_display = ["__str__", "role", "job_title", "in_directory"]
    list_filter = ["organisation", "role", "in_directory"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "organisation__name"]
    search_backend_name = None
    copy_view_enabled = False


class InvitationCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return memberships.invitation_create(
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            by=self.request.user,
        )


class InvitationViewSet(TransitionsMixin, ModelViewSet):
    model = Invitation
    actions = [
        Action(
            "opnieuw-versturen",
            _("Send again"),
            lambda obj, user, data: memberships.invitation_resend(obj, by=user),
            done=_("The invitation was sent again, with a new link and validity."),
        )
    ]
    index_view_class = index_with_related("organisation")
    icon = "mail"
    menu_label = _("Invitations")
    add_view_class = InvitationCreateView
    list_display = [
        "email",
        "organisation",
        DateColumn("created_at", label=_("created")),
        DateColumn("expires_at", label=_("valid until")),
        DateColumn("sent_at", label=_("sent")),
        DateColumn("accepted_at", label=_("accepted")),
    ]
    list_filter = ["organisation"]
    search_fields = ["email", "organisation__name"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            HelpPanel(template="members/admin/invitation_actions.html"),
            FieldPanel("email", read_only=True),
            FieldPanel("organisation", read_only=True),
            FieldPanel("role", read_only=True),
            FieldPanel("expires_at", read_only=True),
            FieldPanel("sent_at", read_only=True),
            FieldPanel("accepted_at", read_only=True),
        ]
    )

    def get_form_class(self, for_update=False):
        if for_update:
            return super().get_form_class(for_update=True)
        return forms.modelform_factory(Invitation, fields=["email", "organisation", "role"])
