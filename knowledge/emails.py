"""The e-mails of the case library, rendered from templates/knowledge/email/ in the house
style of ``members.emails``: Dutch, a text and an HTML body, queued in the outbox by
``knowledge.services`` in the transaction of the change.
"""

import logging

from django.urls import reverse

from mailing.messages import OutgoingEmail, email_render
from members.site import admin_url, coordinator_contact, site_url

logger = logging.getLogger(__name__)


def _render(template: str, *, to: str, reply_to: str = "", **context) -> OutgoingEmail:
    return email_render(
        template_prefix=f"knowledge/email/{template}",
        to=[to],
        context={"coordinator": coordinator_contact(), "site_url": site_url(), **context},
        reply_to=[reply_to] if reply_to else [],
    )


def submissions_url() -> str:
    return site_url(reverse("knowledge:submit"))


def case_submitted_coordinator(case, *, submitter) -> OutgoingEmail | None:
    """To the coordinator: a member's case waits for review; a reply reaches the member."""
    coordinator = coordinator_contact()
    if not coordinator.email:
        logger.warning("No coordinator e-mail address in the site settings: case review not sent")
        return None
    return _render(
        "case_submitted_coordinator",
        to=coordinator.email,
        reply_to=submitter.email,
        case=case,
        submitter=submitter,
        organisation=getattr(getattr(submitter, "membership", None), "organisation", None),
        review_url=admin_url(reverse("wagtailadmin_pages:edit", args=[case.pk])),
    )


def case_published(case) -> OutgoingEmail:
    """To the member who shared the case: it is live, here."""
    coordinator = coordinator_contact()
    return _render(
        "case_published",
        to=case.owner.email,
        reply_to=coordinator.email,
        case=case,
        author=case.owner,
        case_url=case.get_full_url(),
    )


def case_sent_back(case, *, author, comment: str) -> OutgoingEmail:
    """To the member who shared the case: the coordinator asks for changes, and why."""
    coordinator = coordinator_contact()
    return _render(
        "case_sent_back",
        to=author.email,
        reply_to=coordinator.email,
        case=case,
        author=author,
        comment=comment,
        edit_url=site_url(reverse("knowledge:submission", args=[case.pk])),
    )
