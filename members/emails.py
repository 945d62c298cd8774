"""The e-mails of this app, rendered from templates/members/email/ in the house style.

Each builder returns the message; those to the coordinator return None when the site
settings hold no coordinator address (the request still waits in the admin).
"""

import logging

from django.urls import reverse

from mailing.messages import OutgoingEmail, email_render
from members.models import ContactRequest, Invitation, JoinRequest
from members.models.people import invitation_accept_path
from members.site import CoordinatorContact, admin_url, coordinator_contact, site_url

logger = logging.getLogger(__name__)


def _render(
    template: str,
    *,
    to: str,
    coordinator: CoordinatorContact,
    reply_to: str = "",
    secret: bool = False,
    **context,
) -> OutgoingEmail:
    return email_render(
        template_prefix=f"members/email/{template}",
        to=[to],
        context={"coordinator": coordinator, "site_url": site_url(), **context},
        reply_to=[reply_to] if reply_to else [],
        secret=secret,
    )


def _to_requester(template: str, *, to: str, secret: bool = False, **context) -> OutgoingEmail:
    """To the person who asked; a reply reaches the coordinator."""
    coordinator = coordinator_contact()
    return _render(
        template,
        to=to,
        coordinator=coordinator,
        reply_to=coordinator.email,
        secret=secret,
        **context,
    )


def _to_coordinator(template: str, *, reply_to: str, **context) -> OutgoingEmail | None:
    """To the coordinator; a reply reaches the person who asked."""
    coordinator = coordinator_contact()
    if not coordinator.email:
        logger.warning("No coordinator e-mail address in the site settings: %s not sent", template)
        return None
    return _render(
        template, to=coordinator.email, coordinator=coordinator, reply_to=reply_to, **context
    )


def _admin_edit_url(instance) -> str:
    name = f"{instance._meta.model_name}:edit"
    return admin_url(reverse(name, args=[instance.pk]))


def join_request_received_coordinator(join_request: JoinRequest) -> OutgoingEmail | None:
    return _to_coordinator(
        "join_request_received_coordinator",
        reply_to=join_request.email,
        join_request=join_request,
        review_url=_admin_edit_url(join_request),
    )


def join_request_received(join_request: JoinRequest) -> OutgoingEmail:
    return _to_requester("join_request_received", to=join_request.email, join_request=join_request)


def join_request_declined(join_request: JoinRequest) -> OutgoingEmail:
    return _to_requester("join_request_declined", to=join_request.email, join_request=join_request)


def contact_request_received_coordinator(contact_request: ContactRequest) -> OutgoingEmail | None:
    return _to_coordinator(
        "contact_request_received_coordinator",
        reply_to=contact_request.email,
        contact_request=contact_request,
        review_url=_admin_edit_url(contact_request),
    )


def invitation_email(invitation: Invitation, *, token: str) -> OutgoingEmail:
    return _to_requester(
        "invitation",
        to=invitation.email,
        secret=True,  # the link signs its reader up as a member
        invitation=invitation,
        accept_url=site_url(invitation_accept_path(token)),
    )
