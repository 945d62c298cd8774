"""The coordinator's admin screens: organisations, people, invitations and requests."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from members.models import (
    ContactRequest,
    Invitation,
    JoinRequest,
    Membership,
    Organisation,
)
from members.services import memberships, requests


class TransitionsMixin:
    """Adds a confirm-and-act view per transition, at ``<pk>/<slug>/`` named ``<slug>``."""

    transitions_key = ""

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"<int:pk>/{action.slug}/",
                    self.construct_view(
                        TransitionView, action=action, permission_policy=self.permission_policy
                    ),
                    name=action.slug,
                )
                for action in TRANSITIONS[self.transitions_key].values()
            ),
        ]


def index_with_related(*fields):
    """An admin listing that fetches the rows' related objects in the same query."""

    class IndexView(generic.IndexView):
        def get_base_queryset(self):
            return super().get_base_queryset().select_related(*fields)

    return IndexView


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "is_active", "member_since"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False


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
    transitions_key = "invitation"
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


def _request_details_panel(fields, heading):
    return MultiFieldPanel([FieldPanel(name, read_only=True) for name in fields], heading=heading)


class JoinRequestViewSet(TransitionsMixin, ModelViewSet):
    model = JoinRequest
    transitions_key = "join_request"
    index_view_class = index_with_related("handled_by")
    icon = "form"
    menu_label = _("Join requests")
    list_display = [
        "organisation_name",
        "organisation_kind",
        "contact_name",
        StatusTagColumn("status", accessor="get_status_display", primary=False),
        DateColumn("created_at", label=_("received")),
        Column("handled_by", label=_("handled by")),
    ]
    list_filter = ["status", "organisation_kind"]
    search_fields = ["organisation_name", "contact_name", "email"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            HelpPanel(template="members/admin/join_request_actions.html"),
            _request_details_panel([*JoinRequest.SUBMITTED_FIELDS, "created_at"], _("The request")),
            FieldPanel("notes"),
        ]
    )


class ContactRequestViewSet(TransitionsMixin, ModelViewSet):
    model = ContactRequest
    transitions_key = "contact_request"
    icon = "comment"
    menu_label = _("Contact requests")
    list_display = [
        "subject",
        "name",
        "organisation",
        StatusTagColumn("status", accessor="get_status_display", primary=False),
        DateColumn("created_at", label=_("received")),
    ]
    list_filter = ["status"]
    search_fields = ["subject", "name", "email", "organisation"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            HelpPanel(template="members/admin/contact_request_actions.html"),
            _request_details_panel(
                [*ContactRequest.SUBMITTED_FIELDS, "created_at"], _("The request")
            ),
            FieldPanel("notes"),
        ]
    )


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


# --- Transitions ------------------------------------------------------------


class ApproveForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Existing organisation"),
        queryset=Organisation.objects.all(),
        required=False,
        help_text=_(
            "Leave empty to use the organisation of the same name, or to create it from "
            "the request."
        ),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The contact person reads this in the e-mail that declines the request."),
    )


class Action:
    def __init__(self, slug, label, service, *, form_class=None, done, permission="change"):
        self.slug, self.label, self.service = slug, label, service
        self.form_class, self.done, self.permission = form_class, done, permission


TRANSITIONS = {
    "join_request": {
        action.slug: action
        for action in [
            Action(
                "in-behandeling",
                _("Take into review"),
                lambda obj, user, data: requests.join_request_start_review(obj, by=user),
                done=_("The request is in review."),
            ),
            Action(
                "goedkeuren",
                _("Approve and invite"),
                lambda obj, user, data: requests.join_request_approve(
                    obj, by=user, organisation=data.get("organisation")
                ),
                form_class=ApproveForm,
                done=_("Approved: the contact person receives an invitation."),
            ),
            Action(
                "afwijzen",
                _("Decline"),
                lambda obj, user, data: requests.join_request_decline(
                    obj, by=user, reason=data["reason"]
                ),
                form_class=DeclineForm,
                done=_("Declined: the contact person receives your reason by e-mail."),
            ),
        ]
    },
    "contact_request": {
        "handled": Action(
            "afgehandeld",
            _("Mark as handled"),
            lambda obj, user, data: requests.contact_request_mark_handled(obj, by=user),
            done=_("The contact request is marked as handled."),
        )
    },
    "invitation": {
        "resend": Action(
            "opnieuw-versturen",
            _("Send again"),
            lambda obj, user, data: memberships.invitation_resend(obj, by=user),
            done=_("The invitation was sent again, with a new link and validity."),
        )
    },
}


class TransitionView(WagtailAdminTemplateMixin, FormView):
    """Confirm one step of a request (with a reason where one is needed), then take it."""

    template_name = "members/admin/transition.html"
    action: Action = None
    model = None
    index_url_name = None
    edit_url_name = None
    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.action.permission):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.action.label

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": self._edit_url(), "label": str(self.object)},
            {"url": "", "label": self.action.label},
        ]

    def get_form_class(self):
        return self.action.form_class or forms.Form

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object, action=self.action, cancel_url=self._edit_url(), **kwargs
        )

    def _edit_url(self):
        return reverse(self.edit_url_name, args=[self.object.pk])

    def form_valid(self, form):
        try:
            self.action.service(self.object, self.request.user, form.cleaned_data)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self._edit_url())
        messages.success(self.request, self.action.done)
        return redirect(self._edit_url())
