"""Who belongs to which organisation, and who may create an account."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from members.models import Invitation, Membership, Organisation
from members.models.people import invitation_token_hash, new_invitation_token
from members.services.notifications import invitation_notify


class InvitationNotUsable(ValidationError):
    """The invitation link is unknown, used already, or expired."""

    def __init__(self, message=None):
        super().__init__(message or _("This invitation has been used already or has expired."))


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def organisation_for_email(email: str) -> Organisation | None:
    """The participating organisation whose e-mail domain ``email`` is on, if any."""
    return Organisation.objects.participating().for_email_domain(email_domain(email)).first()


def signup_allowed(email: str, invitation: Invitation | None = None) -> bool:
    """A participating organisation's domain, or the address an open invitation went to."""
    invited = (
        invitation is not None
        and invitation.is_usable
        and invitation.email.lower() == email.strip().lower()
    )
    return invited or organisation_for_email(email) is not None


@transaction.atomic
def membership_assign(*, user, organisation: Organisation, role: str = "") -> Membership:
    """Make ``user`` a member of ``organisation``, moving them from any other one."""
    membership, created = Membership.objects.select_for_update().get_or_create(
        user=user, defaults={"organisation": organisation, "role": role}
    )
    if not created and (membership.organisation_id != organisation.pk or role):
        membership.organisation = organisation
        membership.role = role or membership.role
        membership.save(update_fields=["organisation", "role"])
    return membership


@transaction.atomic
def membership_details_update(
    *,
    membership: Membership,
    first_name: str,
    last_name: str,
    role: str,
    job_title: str,
    phone: str,
    in_directory: bool,
) -> Membership:
    """What members change about themselves: their name, which is the account's, and the
    details of their membership, among them their consent to the member directory."""
    user = membership.user
    user.first_name, user.last_name = first_name, last_name
    user.save(update_fields=["first_name", "last_name"])
    membership.role, membership.job_title, membership.phone = role, job_title, phone
    membership.in_directory = in_directory
    membership.full_clean()
    membership.save(update_fields=["role", "job_title", "phone", "in_directory"])
    return membership


@transaction.atomic
def membership_remove(membership: Membership, *, by=None) -> None:
    """End a membership, and forget it: its admin history names the person.

    The organisation's history keeps, without a name, that one of its members left.
    """
    organisation = membership.organisation
    ModelLogEntry.objects.for_instance(membership).delete()
    membership.delete()
    log(organisation, "members.membership.removed", user=by)


def membership_link_by_domain(user, email: str) -> Membership | None:
    """After verification: link a new account to the organisation of its domain."""
    if Membership.objects.filter(user=user).exists():
        return None
    organisation = organisation_for_email(email)
    if organisation is None:
        return None
    return membership_assign(user=user, organisation=organisation)


def _invitation_expiry():
    return timezone.now() + timedelta(days=settings.MEMBERS_INVITATION_VALID_DAYS)


@transaction.atomic
def invitation_create(
    *, email: str, organisation: Organisation, role: str = "", by=None, join_request=None
) -> Invitation:
    """Invite ``email`` to ``organisation``; the e-mail with the link is queued with it."""
    token = new_invitation_token()
    invitation = Invitation(
        email=email.strip().lower(),
        organisation=organisation,
        role=role,
        invited_by=by,
        join_request=join_request,
        token_hash=invitation_token_hash(token),
        expires_at=_invitation_expiry(),
    )
    invitation.full_clean()
    invitation.save()
    log(invitation, "members.invitation.sent", user=by)
    invitation_notify(invitation, token=token)
    return invitation


def invitation_resendable(invitation: Invitation) -> bool:
    """Until it is accepted, expired or not: a new link makes it usable again."""
    return invitation.accepted_at is None


@transaction.atomic
def invitation_resend(invitation: Invitation, *, by=None) -> Invitation:
    """A new link with a new validity; the old link stops working."""
    if not invitation_resendable(invitation):
        raise InvitationNotUsable(_("This invitation has been accepted already."))
    token = new_invitation_token()
    invitation.token_hash = invitation_token_hash(token)
    invitation.expires_at = _invitation_expiry()
    invitation.save(update_fields=["token_hash", "expires_at"])
    log(invitation, "members.invitation.resent", user=by)
    invitation_notify(invitation, token=token)
    return invitation


def invitation_for_token(token: str) -> Invitation:
    invitation = Invitation.objects.select_related("organisation").for_token(token).first()
    if invitation is None or not invitation.is_usable:
        raise InvitationNotUsable()
    return invitation


@transaction.atomic
def invitation_accept(invitation: Invitation, *, user) -> Membership:
    """Use the invitation (once): ``user`` joins its organisation with its role."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise InvitationNotUsable()
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    log(invitation, "members.invitation.accepted", user=user)
    return membership_assign(user=user, organisation=invitation.organisation, role=invitation.role)
