"""The members app in the Wagtail admin: its menu, its history entries, its dashboard panel."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from members.access import refuse_signed_in_non_members
from members.admin_views import MembersViewSetGroup
from members.admin_views.chooser import MembershipChooserViewSet
from members.admin_views.requests import ReceivedOnlyPermissionPolicy
from members.models import ContactRequest, JoinRequest, Membership
from members.services import memberships

DASHBOARD_LIMIT = 5

# Before anything asks Wagtail for these models' policy, or it makes a default one.
for _model in (JoinRequest, ContactRequest):
    register_permission_policy(_model, ReceivedOnlyPermissionPolicy(_model))


@hooks.register("register_admin_viewset")
def register_viewsets():
    # The chooser is no menu item: it opens from a form (a meeting's speaker).
    return [MembersViewSetGroup(), MembershipChooserViewSet("member_chooser")]


@hooks.register("before_serve_page")
def members_only_pages(page, request, serve_args, serve_kwargs):
    return refuse_signed_in_non_members(request, page.get_view_restrictions)


@hooks.register("before_serve_document")
def members_only_documents(document, request):
    return refuse_signed_in_non_members(request, document.collection.get_view_restrictions)


@hooks.register("before_delete_user")
def remove_membership_of_deleted_user(request, user):
    """A user deleted in the admin loses their membership the way a member's own deletion
    does: through the service, which forgets its history (deleting the user would only
    cascade). Wagtail runs this hook before showing the confirmation too: act on POST."""
    membership = Membership.objects.filter(user=user).first()
    if request.method == "POST" and membership is not None:
        memberships.membership_remove(membership, by=request.user)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("members.request.received", _("Received"), _("Received"))
    actions.register_action(
        "members.join_request.in_review", _("Taken into review"), _("Taken into review")
    )
    actions.register_action(
        "members.join_request.approved", _("Approved"), _("Approved, invitation sent")
    )
    actions.register_action(
        "members.join_request.declined", _("Declined"), _("Declined, with a reason")
    )
    actions.register_action("members.contact_request.handled", _("Handled"), _("Marked as handled"))
    actions.register_action("members.invitation.sent", _("Invitation sent"), _("Sent"))
    actions.register_action(
        "members.invitation.resent", _("Invitation sent again"), _("Sent again")
    )
    actions.register_action("members.invitation.accepted", _("Invitation accepted"), _("Accepted"))
    actions.register_action(
        "members.membership.removed", _("Member removed"), _("A member was removed")
    )


class OpenRequestsPanel(Component):
    """On the admin's home page: the join and contact requests waiting for an answer."""

    name = "open_requests"
    order = 50
    template_name = "members/admin/open_requests_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        can_see = {
            model: self.user.has_perm(f"members.view_{model._meta.model_name}")
            for model in (JoinRequest, ContactRequest)
        }
        for key, model in (("join", JoinRequest), ("contact", ContactRequest)):
            requests = model.objects.open() if can_see[model] else model.objects.none()
            context[f"{key}_requests"] = list(requests[:DASHBOARD_LIMIT])
            context[f"{key}_count"] = requests.count()
            # The listing filtered to the same open statuses as the count.
            context[f"{key}_open_query"] = urlencode([("status", s) for s in model.OPEN_STATUSES])
        context["can_see"] = any(can_see.values())
        return context


@hooks.register("construct_homepage_panels")
def add_open_requests_panel(request, panels):
    panels.append(OpenRequestsPanel(request.user))
