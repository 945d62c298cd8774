"""Who hears what about a meeting, and when: every notification a rule of its own.

Each is called by a service in the transaction of the change that causes it, and queues
its e-mails in the outbox there, so a rollback takes them along. Each is safe to run
twice: what was sent is recorded on ``MeetingState`` (announced, the calendar sequence
registered members last heard, the reminders), so a second run sends nothing new.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone

from mailing.services import email_queue
from meetings import emails
from meetings.models import (
    Attendance,
    MeetingPage,
    MeetingState,
    MeetingStatus,
    Registration,
)
from members.models import Membership

REMINDERS = {7: "reminded_week_at", 1: "reminded_day_at"}


def _informed(meeting: MeetingPage):
    """Who heard they are coming or waiting: not those who sent their apologies."""
    return meeting.registrations.exclude(attendance=Attendance.APOLOGIES).select_related("user")


def _member_addresses() -> set[str]:
    """Every member of a participating organisation, by their account's address."""
    members = Membership.objects.filter(organisation__is_active=True, user__is_active=True)
    return set(members.values_list("user__email", flat=True))


def meeting_announce(meeting: MeetingPage, state: MeetingState) -> int:
    """A meeting published for the first time, still ahead: every member hears of it."""
    if state.announced_at or meeting.end <= timezone.now() or not meeting.live:
        return 0
    if state.status != MeetingStatus.SCHEDULED or meeting.get_view_restrictions():
        return 0  # a members-only meeting is announced by whoever invites to it
    addresses = sorted(_member_addresses() - {""})
    for address in addresses:
        email_queue(emails.meeting_announced(meeting, to=address), about=meeting)
    state.announced_at = timezone.now()
    state.informed_sequence = state.sequence
    state.save(update_fields=["announced_at", "informed_sequence"])
    return len(addresses)


def registration_confirm(registration: Registration) -> None:
    email_queue(emails.registration_confirmed(registration), about=registration.meeting)


def seat_given(registration: Registration) -> None:
    email_queue(emails.seat_given(registration), about=registration.meeting)


def meeting_change_inform(meeting: MeetingPage, state: MeetingState, *, restored=False) -> int:
    """Registered members hear of each new calendar sequence once: a new time or place,
    or a cancelled meeting going ahead after all (with the updated calendar entry)."""
    if state.sequence <= state.informed_sequence or meeting.end <= timezone.now():
        return 0
    registrations = list(_informed(meeting))
    for registration in registrations:
        email_queue(emails.meeting_changed(registration, restored=restored), about=meeting)
    state.informed_sequence = state.sequence
    state.save(update_fields=["informed_sequence"])
    return len(registrations)


def meeting_cancellation_inform(meeting: MeetingPage, state: MeetingState) -> int:
    """Registered members get the cancellation, which takes it out of their calendar."""
    if state.sequence <= state.informed_sequence:
        return 0
    registrations = list(_informed(meeting))
    for registration in registrations:
        email_queue(emails.meeting_cancelled(registration), about=meeting)
    state.informed_sequence = state.sequence
    state.save(update_fields=["informed_sequence"])
    return len(registrations)


def minutes_published_inform(minutes) -> int:
    """Minutes sent: the attendees and every member (once each) can read them now."""
    meeting = minutes.meeting
    attendees = meeting.registrations.filter(attended=True).values_list("user__email", flat=True)
    addresses = sorted((set(attendees) | _member_addresses()) - {""})
    for address in addresses:
        email_queue(emails.minutes_published(minutes, to=address), about=meeting)
    return len(addresses)


def minutes_overdue_remind(meeting: MeetingPage) -> int:
    """To the coordinator: a held meeting still has no minutes sent."""
    email = emails.minutes_overdue(meeting)
    if email is None:
        return 0
    email_queue(email, about=meeting)
    return 1


def reminders_send(*, now=None) -> int:
    """A week and a day before a meeting: its registered members get a reminder. Run
    hourly; a meeting announced late gets only the reminders still ahead of it."""
    now = now or timezone.now()
    sent = 0
    for days, stamp in REMINDERS.items():
        due = MeetingPage.objects.live().filter(
            state__status=MeetingStatus.SCHEDULED,
            start__gt=now,
            start__lte=now + timedelta(days=days),
            **{f"state__{stamp}": None},
        )
        if days == 7:  # the day reminder will do for what starts within a day
            due = due.filter(start__gt=now + timedelta(days=1))
        for meeting in due.order_by("start"):
            sent += _remind(meeting, days=days, stamp=stamp)
    return sent


@transaction.atomic
def _remind(meeting: MeetingPage, *, days: int, stamp: str) -> int:
    state = MeetingState.objects.select_for_update().get(meeting=meeting)
    if getattr(state, stamp):
        return 0  # another run was first
    # Every reminder lists the agenda: read once, not once per e-mail and format.
    prefetch_related_objects([meeting], "agenda_items")
    registrations = list(meeting.registrations.coming().select_related("user"))
    for registration in registrations:
        email_queue(emails.meeting_reminder(registration, days=days), about=meeting)
    setattr(state, stamp, timezone.now())
    state.save(update_fields=[stamp])
    return len(registrations)
