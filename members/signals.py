"""Links new accounts to their organisation, on allauth's sign-up and verification signals."""

from allauth.account.signals import email_confirmed, user_signed_up
from django.contrib import messages
from django.dispatch import receiver
from django.utils.translation import gettext as _

from members.services.memberships import (
    InvitationNotUsable,
    invitation_accept,
    invitation_for_token,
    membership_link_by_domain,
)

INVITATION_SESSION_KEY = "members_invitation_token"


def session_invitation(request):
    """The open invitation this visitor followed, if any."""
    token = request.session.get(INVITATION_SESSION_KEY) if request else None
    if not token:
        return None
    try:
        return invitation_for_token(token)
    except InvitationNotUsable:
        return None


@receiver(user_signed_up)
def accept_invitation_on_sign_up(sender, request, user, **kwargs):
    invitation = session_invitation(request)
    if invitation and invitation.email.lower() == user.email.lower():
        invitation_accept(invitation, user=user)
        request.session.pop(INVITATION_SESSION_KEY, None)
        messages.success(
            request,
            _("Welcome: you now take part on behalf of %(organisation)s.")
            % {"organisation": invitation.organisation.name},
        )


@receiver(email_confirmed)
def link_organisation_on_verification(sender, request, email_address, **kwargs):
    membership_link_by_domain(email_address.user, email_address.email)
