"""Join and contact requests in the admin: read what came in, and take the next step."""

from urllib.parse import quote, urlencode

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn, UserColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from members.admin_views.listings import index_with_related
from members.admin_views.transitions import Action, ActionsEditView, ActionsMixin
from members.models import ContactRequest, JoinRequest, Organisation
from members.services import requests


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


class ReceivedOnlyPermissionPolicy(ModelPermissionPolicy):
    """Requests come in through the public forms only: nobody adds one, not even a superuser.

    Wagtail asks the policy before it shows an add button (listing, empty state, copy),
    so refusing "add" here removes every way to it.
    """

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


class ReceivedOnlyViewSet(ActionsMixin, ModelViewSet):
    """A request's admin without an add view: there is no such page to open at all."""

    copy_view_enabled = False
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]


def status_filterset(model, *fields):
    """Filters whose status takes several values at once, so that ``?status=new&status=
    in_review`` (the dashboard's link to the open requests) shows both, not the last."""
    status = django_filters.MultipleChoiceFilter(
        label=_("status"),
        choices=model._meta.get_field("status").choices,
        widget=forms.CheckboxSelectMultiple,
    )
    meta = type("Meta", (), {"model": model, "fields": ["status", *fields]})
    return type(f"{model.__name__}FilterSet", (WagtailFilterSet,), {"status": status, "Meta": meta})


def _request_details_panel(fields, heading):
    return MultiFieldPanel([FieldPanel(name, read_only=True) for name in fields], heading=heading)


class JoinRequestViewSet(ReceivedOnlyViewSet):
    model = JoinRequest
    # One per step in JoinRequest.TRANSITIONS, in the order the buttons appear.
    actions = [
        Action(
            "start_review",
            "in-behandeling",
            _("Take into review"),
            lambda obj, user, data: requests.join_request_start_review(obj, by=user),
            done=_("The request is in review."),
            icon="glasses",
        ),
        Action(
            "approve",
            "goedkeuren",
            _("Approve and invite"),
            lambda obj, user, data: requests.join_request_approve(
                obj, by=user, organisation=data.get("organisation")
            ),
            done=_("Approved: the contact person receives an invitation."),
            form_class=ApproveForm,
            explain=lambda obj: (
                _(
                    "The organisation of the request (%(organisation)s, or the one you choose "
                    "below) takes part from today if it did not already, and %(email)s receives "
                    "an invitation to create an account."
                )
                % {"organisation": obj.organisation_name, "email": obj.email}
            ),
            icon="check",
        ),
        Action(
            "decline",
            "afwijzen",
            _("Decline"),
            lambda obj, user, data: requests.join_request_decline(
                obj, by=user, reason=data["reason"]
            ),
            done=_("Declined: the contact person receives your reason by e-mail."),
            form_class=DeclineForm,
            explain=lambda obj: (
                _("%(email)s receives a polite e-mail with your reason.") % {"email": obj.email}
            ),
            icon="cross",
        ),
    ]
    index_view_class = index_with_related("handled_by__wagtail_userprofile")
    icon = "form"
    menu_label = _("Join requests")
    list_display = [
        "organisation_name",
        "organisation_kind",
        "contact_name",
        StatusTagColumn("status", accessor="get_status_display", primary=False),
        DateColumn("created_at", label=_("Received")),
        # The coordinator by name (with their avatar), as elsewhere in Wagtail's lists.
        UserColumn("handled_by", label=_("Handled by")),
    ]
    filterset_class = status_filterset(JoinRequest, "organisation_kind")
    search_fields = ["organisation_name", "contact_name", "email"]
    edit_handler = ObjectList(
        [
            HelpPanel(template="members/admin/join_request_status.html"),
            _request_details_panel([*JoinRequest.SUBMITTED_FIELDS, "created_at"], _("The request")),
            FieldPanel("notes"),
        ]
    )


class ContactRequestEditView(ActionsEditView):
    def get_extra_header_buttons(self):
        request_ = self.object
        if not (request_.is_open and request_.email):
            return []
        # The answer itself goes by the coordinator's own e-mail, with the subject quoted.
        url = f"mailto:{request_.email}?{urlencode({'subject': request_.subject}, quote_via=quote)}"
        return [HeaderButton(_("Answer by e-mail"), url=url, icon_name="mail", priority=1)]


class ContactRequestViewSet(ReceivedOnlyViewSet):
    model = ContactRequest
    # One per step in ContactRequest.TRANSITIONS.
    actions = [
        Action(
            "mark_handled",
            "afgehandeld",
            _("Mark as handled"),
            lambda obj, user, data: requests.contact_request_mark_handled(obj, by=user),
            done=_("The contact request is marked as handled."),
            icon="check",
        )
    ]
    edit_view_class = ContactRequestEditView
    index_view_class = index_with_related("handled_by__wagtail_userprofile")
    icon = "comment"
    menu_label = _("Contact requests")
    list_display = [
        "subject",
        "name",
        "organisation",
        StatusTagColumn("status", accessor="get_status_display", primary=False),
        DateColumn("created_at", label=_("Received")),
        UserColumn("handled_by", label=_("Handled by")),
    ]
    filterset_class = status_filterset(ContactRequest)
    search_fields = ["subject", "name", "email", "organisation"]
    edit_handler = ObjectList(
        [
            HelpPanel(template="members/admin/contact_request_status.html"),
            _request_details_panel(
                [*ContactRequest.SUBMITTED_FIELDS, "created_at"], _("The request")
            ),
            FieldPanel("notes"),
        ]
    )
