"""A meeting's states (scheduled, cancelled, held) and what calendars learn of them."""

import hashlib
from datetime import UTC

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings import notifications
from meetings.models import (
    MeetingPage,
    MeetingState,
    MeetingStatus,
)


def state_locked(meeting: MeetingPage) -> MeetingState:
    """The meeting's state, locked until the transaction ends, and what ``meeting.state``
    answers from now on (an e-mail built from the meeting reads the new sequence)."""
    state, _created = MeetingState.objects.select_for_update().get_or_create(meeting=meeting)
    meeting.state = state
    return state


def _calendar_fingerprint(meeting: MeetingPage, status: str) -> str:
    """What a calendar shows of a meeting: a change in any of it is a real change."""
    shown = [
        meeting.title,
        meeting.start.astimezone(UTC).isoformat(),
        meeting.end.astimezone(UTC).isoformat(),
        meeting.mode,
        str(meeting.host_id),
        meeting.address,
        meeting.online_url,
        # Calendars know confirmed and cancelled; a meeting held stays as it was.
        str(status == MeetingStatus.CANCELLED),
    ]
    return hashlib.sha256("\x1f".join(shown).encode()).hexdigest()


def _calendar_update(state: MeetingState, meeting: MeetingPage) -> bool:
    """Raise the calendar SEQUENCE when what calendars show changed (RFC 5545 3.8.7.4),
    and remember the start they showed before a move (schema.org's previousStartDate)."""
    fingerprint = _calendar_fingerprint(meeting, state.status)
    if fingerprint == state.calendar_fingerprint:
        return False
    if state.calendar_fingerprint:
        state.sequence += 1
    if state.calendar_start and state.calendar_start != meeting.start:
        state.previous_start = state.calendar_start
        # Reminders sent for the old time say the wrong one: the new time gets its own.
        state.reminded_week_at = state.reminded_day_at = None
    state.calendar_fingerprint, state.calendar_start = fingerprint, meeting.start
    state.changed_at = timezone.now()
    state.save()
    return True


@transaction.atomic
def meeting_published(*, meeting: MeetingPage) -> MeetingState:
    """After the coordinator publishes: the calendars learn what changed since last time;
    members hear of a new meeting, registered members of a new time or place."""
    state = state_locked(meeting)
    _calendar_update(state, meeting)
    if state.announced_at:
        notifications.meeting_change_inform(meeting, state)
    else:
        notifications.meeting_announce(meeting, state)
    return state


def _status_change(*, meeting: MeetingPage, to: str, allowed_from: tuple) -> MeetingState:
    state = state_locked(meeting)
    if state.status not in allowed_from:
        raise ValidationError(
            _("A meeting that is %(status)s cannot be changed this way.")
            % {"status": MeetingStatus(state.status).label.lower()},
            code="status",
        )
    state.status = to
    state.save(update_fields=["status"])
    _calendar_update(state, meeting)
    return state


@transaction.atomic
def meeting_cancel(*, meeting: MeetingPage) -> MeetingState:
    """Cancelled: it stays in the calendars, marked, and is no longer upcoming; registered
    members get the cancellation, which takes it out of their calendars."""
    if meeting.has_started:
        raise ValidationError(_("A meeting that has started cannot be cancelled."))
    state = _status_change(
        meeting=meeting, to=MeetingStatus.CANCELLED, allowed_from=(MeetingStatus.SCHEDULED,)
    )
    notifications.meeting_cancellation_inform(meeting, state)
    return state


@transaction.atomic
def meeting_restore(*, meeting: MeetingPage) -> MeetingState:
    """A cancelled meeting goes ahead after all, back in registered members' calendars."""
    if meeting.has_started:
        raise ValidationError(_("A meeting that has started cannot be restored."))
    state = _status_change(
        meeting=meeting, to=MeetingStatus.SCHEDULED, allowed_from=(MeetingStatus.CANCELLED,)
    )
    notifications.meeting_change_inform(meeting, state, restored=True)
    return state


def meetings_mark_held(*, now=None) -> int:
    """Every published meeting that has ended, and was not cancelled, has been held."""
    now = now or timezone.now()
    ended = MeetingPage.objects.live().filter(state__status=MeetingStatus.SCHEDULED, end__lte=now)
    count = 0
    for meeting in ended:
        with transaction.atomic():
            _status_change(
                meeting=meeting, to=MeetingStatus.HELD, allowed_from=(MeetingStatus.SCHEDULED,)
            )
        count += 1
    return count
