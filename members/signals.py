"""Links new accounts to their organisation (allauth's signals); forgets deleted members."""

from allauth.account.signals import email_confirmed, user_signed_up
from django.contrib import messages
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from members.models import Membership, Organisation
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


@receiver(post_delete, sender=Membership)
def forget_membership_history(sender, instance, **kwargs):
    """The admin's history of a membership names the person: it goes with the membership,
    however it is deleted (by the member, by a coordinator, or with the account). The
    organisation's history keeps, without a name, that one of its members left."""
    ModelLogEntry.objects.for_instance(instance).delete()
    organisation = Organisation.objects.filter(pk=instance.organisation_id).first()
    if organisation is not None:
        log(organisation, "members.membership.removed")
