"""Rendering and queueing e-mail: the one way every app sends a message.

A message is rendered in the request (so the active language and the site's settings
apply) and handed to a Celery task after the transaction commits. A broker that is
down delays the message, never the request that caused it.
"""

import logging
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutgoingEmail:
    subject: str
    body: str
    to: list[str]
    html_body: str = ""
    from_email: str = ""
    reply_to: list[str] = field(default_factory=list)

    def to_message(self) -> EmailMultiAlternatives:
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=self.body,
            from_email=self.from_email or settings.DEFAULT_FROM_EMAIL,
            to=self.to,
            reply_to=self.reply_to or None,
        )
        if self.html_body:
            message.attach_alternative(self.html_body, "text/html")
        return message


def email_render(*, template_prefix: str, to: list[str], context: dict, **kwargs) -> OutgoingEmail:
    """Render ``<prefix>_subject.txt``, ``<prefix>.txt`` and ``<prefix>.html``."""
    subject = render_to_string(f"{template_prefix}_subject.txt", context)
    return OutgoingEmail(
        subject=" ".join(subject.split()),
        body=render_to_string(f"{template_prefix}.txt", context),
        html_body=render_to_string(f"{template_prefix}.html", context),
        to=list(to),
        **kwargs,
    )


def email_enqueue(email: OutgoingEmail) -> None:
    """Send ``email`` through the task queue once the current transaction commits."""
    from mailing.tasks import send_email

    task_enqueue_on_commit(send_email, asdict(email))


def task_enqueue_on_commit(task, *args) -> None:
    """Queue a Celery ``task`` once the current transaction commits; never raise.

    A broker that is unreachable must not fail the request that caused the task: the
    failure is logged so the operator sees it. Callers that must not lose a message keep
    it in their own records and queue it again later (see ``members``' sweeping task).
    """

    def enqueue():
        try:
            task.delay(*args)
        except Exception:
            # The arguments stay out of the log: they may hold a whole message.
            logger.exception("Could not queue task %s", task.name)

    transaction.on_commit(enqueue)


def email_send_now(email: OutgoingEmail) -> None:
    """Deliver ``email`` through the configured e-mail backend (called by the task)."""
    email.to_message().send(fail_silently=False)
