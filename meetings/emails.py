"""The meetings' e-mails, rendered from templates/meetings/email/ in the house style of
``members.emails``: Dutch, a text and an HTML body, queued in the outbox by
``meetings.notifications`` in the transaction of the change that causes them.

A member who registered gets the meeting as an iTIP attachment (``meetings.calendar``):
their calendar program adds it, moves it when it changes and removes it when it is
cancelled.
"""

import logging
from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse

from mailing.messages import Attachment, OutgoingEmail, email_render
from meetings.calendar import meeting_invitation
from meetings.models import MeetingPage, Registration
from members.site import admin_url, coordinator_contact, site_url

logger = logging.getLogger(__name__)

INVITATION_FILE = "bijeenkomst.ics"


def _render(template: str, *, to: str, attachments=(), **context) -> OutgoingEmail:
    coordinator = coordinator_contact()
    return email_render(
        template_prefix=f"meetings/email/{template}",
        to=[to],
        context={"coordinator": coordinator, "site_url": site_url(), **context},
        reply_to=[coordinator.email] if coordinator.email else [],
        attachments=list(attachments),
    )


def _organizer() -> str:
    return coordinator_contact().email or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def _invitation(meeting: MeetingPage, registration: Registration, method: str) -> Attachment:
    content = meeting_invitation(
        meeting,
        url=meeting.get_full_url(),
        attendee=registration.user.email,
        organizer=_organizer(),
        method=method,
    )
    mimetype = f"text/calendar; method={method}; charset=UTF-8"
    return Attachment(INVITATION_FILE, content, mimetype)


def _seat(registration: Registration) -> bool:
    """With a place at the meeting (not waiting, no apologies): the calendar gets it."""
    return not registration.waiting and registration.attendance != "apologies"


def meeting_announced(meeting: MeetingPage, *, to: str) -> OutgoingEmail:
    """To every member: a new meeting is on the calendar, with its theme and agenda."""
    return _render("meeting_announced", to=to, meeting=meeting, url=meeting.get_full_url())


def registration_confirmed(registration: Registration) -> OutgoingEmail:
    """To the member: what they registered (in person, online, waiting, apologies)."""
    meeting = registration.meeting
    attachments = [_invitation(meeting, registration, "REQUEST")] if _seat(registration) else []
    return _render(
        "registration",
        to=registration.user.email,
        attachments=attachments,
        meeting=meeting,
        registration=registration,
        url=meeting.get_full_url(),
    )


def seat_given(registration: Registration) -> OutgoingEmail:
    """To the first on the waiting list: a seat came free, and it is theirs."""
    meeting = registration.meeting
    return _render(
        "seat_given",
        to=registration.user.email,
        attachments=[_invitation(meeting, registration, "REQUEST")],
        meeting=meeting,
        url=meeting.get_full_url(),
    )


def meeting_changed(registration: Registration, *, restored: bool = False) -> OutgoingEmail:
    """To a registered member: the time or place changed (or it goes ahead after all)."""
    meeting = registration.meeting
    return _render(
        "meeting_changed",
        to=registration.user.email,
        attachments=[_invitation(meeting, registration, "REQUEST")] if _seat(registration) else [],
        meeting=meeting,
        restored=restored,
        url=meeting.get_full_url(),
    )


def meeting_cancelled(registration: Registration) -> OutgoingEmail:
    meeting = registration.meeting
    return _render(
        "meeting_cancelled",
        to=registration.user.email,
        attachments=[_invitation(meeting, registration, "CANCEL")] if _seat(registration) else [],
        meeting=meeting,
        url=meeting.get_full_url(),
    )


def meeting_reminder(registration: Registration, *, days: int) -> OutgoingEmail:
    """A week and a day before: when, where, the agenda, and the link for who joins online."""
    meeting = registration.meeting
    return _render(
        "meeting_reminder",
        to=registration.user.email,
        meeting=meeting,
        days=days,
        registration=registration,
        url=meeting.get_full_url(),
    )


def minutes_published(minutes, *, to: str) -> OutgoingEmail:
    """To attendees and members: the minutes can be read, and commented on before the next
    meeting approves them."""
    meeting = minutes.meeting
    return _render(
        "minutes_published",
        to=to,
        meeting=meeting,
        minutes=minutes,
        url=meeting.get_full_url() + "#verslag",
    )


def minutes_overdue(meeting: MeetingPage) -> OutgoingEmail | None:
    """To the coordinator: three days after the meeting, its minutes are not sent yet."""
    coordinator = coordinator_contact()
    if not coordinator.email:
        logger.warning("No coordinator e-mail address in the site settings: reminder not sent")
        return None
    return _render(
        "minutes_overdue",
        to=coordinator.email,
        meeting=meeting,
        url=admin_url(reverse("meetings_minutes", args=[meeting.pk])),
    )
