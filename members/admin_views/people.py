"""People in the admin: memberships, and invitations for those outside the domains."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn, StatusFlagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from members.admin_views.listings import AddHandlerMixin, index_with_related
from members.admin_views.transitions import Action, ActionsMixin
from members.models import Invitation, Membership
from members.services import memberships


class MembershipDeleteView(generic.DeleteView):
    def delete_action(self):
        # Not Wagtail's delete: the service also forgets the history that names the person.
        memberships.membership_remove(self.object, by=self.request.user)


class MembershipViewSet(AddHandlerMixin, ModelViewSet):
    model = Membership
    delete_view_class = MembershipDeleteView
    index_view_class = index_with_related("user", "organisation")
    icon = "user"
    menu_label = _("Members")
    list_display = [
        "__str__",
        "role",
        "job_title",
        StatusFlagColumn(
            "in_directory", label=_("In the directory"), true_label=_("Yes"), false_label=_("No")
        ),
    ]
    list_filter = ["organisation", "role", "in_directory"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "organisation__name"]
    search_backend_name = None
    copy_view_enabled = False
    # Consent is the person's own choice (AVG): the coordinator sees it, cannot give it.
    _consent = FieldPanel(
        "in_directory",
        read_only=True,
        help_text=_("Only the member can change this, under “My details”."),
    )
    _details = [FieldPanel("organisation"), FieldPanel("role"), FieldPanel("job_title")]
    add_handler = ObjectList([FieldPanel("user"), *_details, FieldPanel("phone"), _consent])
    # A membership stays with its person: handing it to another account would hand them
    # this person's phone number and directory consent.
    edit_handler = ObjectList(
        [FieldPanel("user", read_only=True), *_details, FieldPanel("phone"), _consent]
    )


class InvitationCreateView(generic.CreateView):
    """Invites through the service, which also queues the e-mail and writes the history."""

    def save_instance(self):
        data = self.form.cleaned_data
        return memberships.invitation_create(
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            by=self.request.user,
        )


class InvitationViewSet(AddHandlerMixin, ActionsMixin, ModelViewSet):
    model = Invitation
    actions = [
        Action(
            "resend",
            "opnieuw-versturen",
            _("Send again"),
            lambda obj, user, data: memberships.invitation_resend(obj, by=user),
            done=_("The invitation was sent again, with a new link and validity."),
            explain=lambda obj: (
                _("%(email)s receives a new link; the old link stops working.")
                % {"email": obj.email}
            ),
            allowed=memberships.invitation_resendable,
            icon="mail",
        )
    ]
    index_view_class = index_with_related("organisation")
    icon = "mail"
    menu_label = _("Invitations")
    add_view_class = InvitationCreateView
    list_display = [
        "email",
        "organisation",
        DateColumn("created_at", label=_("Created")),
        DateColumn("expires_at", label=_("Valid until")),
        DateColumn("accepted_at", label=_("Accepted")),
    ]
    list_filter = ["organisation"]
    search_fields = ["email", "organisation__name"]
    search_backend_name = None
    copy_view_enabled = False
    # A new invitation is only who and where to; the rest is the service's to set.
    add_handler = ObjectList([FieldPanel("email"), FieldPanel("organisation"), FieldPanel("role")])
    edit_handler = ObjectList(
        [
            HelpPanel(template="members/admin/invitation_status.html"),
            FieldPanel("email", read_only=True),
            FieldPanel("organisation", read_only=True),
            FieldPanel("role", read_only=True),
            FieldPanel("expires_at", read_only=True),
            FieldPanel("accepted_at", read_only=True),
        ]
    )
