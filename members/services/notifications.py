"""The e-mails that requests and invitations cause, queued in the outbox of ``mailing``.

Each function is called inside the transaction of the change that causes the e-mail, so
the request and its e-mails are saved together or not at all; ``mailing`` sends them
after commit, and keeps trying when the broker or the mail server is down.
"""

from mailing.services import email_queue
from members import emails
from members.models import ContactRequest, Invitation, JoinRequest


def _queue(*messages, about) -> None:
    for message in messages:
        if message is not None:
            email_queue(message, about=about)


def request_received_notify(instance: JoinRequest | ContactRequest) -> None:
    """A new request: the coordinator hears of it, a requester to join gets a receipt."""
    if isinstance(instance, JoinRequest):
        _queue(
            emails.join_request_received_coordinator(instance),
            emails.join_request_received(instance),
            about=instance,
        )
    else:
        _queue(emails.contact_request_received_coordinator(instance), about=instance)


def join_request_declined_notify(join_request: JoinRequest) -> None:
    _queue(emails.join_request_declined(join_request), about=join_request)


def invitation_notify(invitation: Invitation, *, token: str) -> None:
    """The invitation e-mail carries the only copy of the link: the database keeps a hash."""
    _queue(emails.invitation_email(invitation, token=token), about=invitation)
