"""The meetings' business rules: planning a series, a meeting's states, registrations.

Writes are keyword-only functions that validate and save in one transaction. A change
visitors can see (a page published, a meeting's status) starts a new generation of the
page cache through the signals ``cirkelinkoop.page_cache`` listens to.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from meetings import notifications
from meetings.models import (
    RESERVED_SLUGS,
    AgendaItem,
    Attendance,
    MeetingIndexPage,
    MeetingKind,
    MeetingPage,
    MeetingSeries,
    MeetingState,
    MeetingStatus,
    Registration,
    StandingItem,
)
from meetings.planning import PlannedDate, local_moment, plan_dates
from members.access import is_member

PLAN_AHEAD = timedelta(days=365)

# The items every RCIO meeting starts and ends with; the coordinator adds the rest.
STANDING_OPENING = [(StandingItem.OPENING, 10), (StandingItem.PREVIOUS_MINUTES, 10)]
STANDING_CLOSING = [(StandingItem.QUESTIONS, 15), (StandingItem.CLOSING, 5)]


# --- Planning ------------------------------------------------------------------------


def series_next_dates(*, series: MeetingSeries, until: date) -> list[PlannedDate]:
    """The slots ``meeting_series_plan`` would add up to ``until``, with what they skip."""
    last = series.meetings.exclude(occurrence=None).order_by("-occurrence").first()
    return plan_dates(
        after=last.occurrence if last else None,
        starts_on=series.starts_on,
        weekday=series.weekday,
        interval_weeks=series.interval_weeks,
        until=until,
        breaks=series.breaks,
    )


def _free_slug(index: MeetingIndexPage, base: str) -> str:
    taken = set(MeetingPage.objects.child_of(index).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken or slug in RESERVED_SLUGS:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _standing_items(series: MeetingSeries) -> tuple[list, list]:
    if series.kind != MeetingKind.RCIO:
        return [], []
    return STANDING_OPENING, STANDING_CLOSING


def _meeting_from_series(series: MeetingSeries, day: date) -> MeetingPage:
    start = local_moment(day, series.start_time)
    opening, closing = _standing_items(series)
    meeting = MeetingPage(
        title=f"{series.name} {date_format_long(day)}",
        series=series,
        occurrence=day,
        start=start,
        end=start + timedelta(minutes=series.duration_minutes),
        mode=series.mode,
        host=series.host,
        address=series.address,
        live=False,
    )
    meeting.agenda_items = agenda_in_order(
        AgendaItem(title=StandingItem(kind).label, duration_minutes=minutes, standing=kind)
        for kind, minutes in [*opening, *closing]
    )
    return meeting


def agenda_in_order(items) -> list[AgendaItem]:
    """Items in the order given: the page editor's drag-and-drop order (``sort_order``)."""
    items = list(items)
    for position, item in enumerate(items):
        item.sort_order = position
    return items


def date_format_long(day: date) -> str:
    from django.utils.formats import date_format

    return date_format(day, "j F Y")


@transaction.atomic
def meeting_series_plan(*, series: MeetingSeries, until: date, user=None) -> list[MeetingPage]:
    """Add the series' meetings up to ``until`` as drafts below /bijeenkomsten/, each with
    the standing agenda items; the coordinator completes and publishes them."""
    # One planner at a time per series: the beat task and the coordinator's button.
    MeetingSeries.objects.select_for_update().get(pk=series.pk)
    index = MeetingIndexPage.objects.get()
    planned = []
    for slot in series_next_dates(series=series, until=until):
        meeting = _meeting_from_series(series, slot.day)
        meeting.slug = _free_slug(index, slugify(meeting.title))
        index.add_child(instance=meeting)
        meeting.save_revision(user=user, log_action=True)
        MeetingState.objects.create(meeting=meeting)
        planned.append(meeting)
    return planned


def meeting_series_plan_ahead(*, today: date | None = None) -> int:
    """Every series that plans ahead has its meetings of the coming twelve months."""
    until = (today or timezone.localdate()) + PLAN_AHEAD
    return sum(
        len(meeting_series_plan(series=series, until=until))
        for series in MeetingSeries.objects.filter(plans_ahead=True)
    )


# --- A meeting's states --------------------------------------------------------------


def _state(meeting: MeetingPage) -> MeetingState:
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
    state = _state(meeting)
    _calendar_update(state, meeting)
    if state.announced_at:
        notifications.meeting_change_inform(meeting, state)
    else:
        notifications.meeting_announce(meeting, state)
    return state


def _status_change(*, meeting: MeetingPage, to: str, allowed_from: tuple) -> MeetingState:
    state = _state(meeting)
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


# --- Registrations -------------------------------------------------------------------


class RegistrationClosed(PermissionDenied):
    pass


@dataclass
class RegistrationResult:
    registration: Registration
    promoted: Registration | None = None  # who got the seat this one gave up


def _registration_check(meeting: MeetingPage, user) -> None:
    if not is_member(user):
        raise PermissionDenied(_("Only members of a participating organisation can register."))
    if not meeting.live or meeting.is_cancelled:
        raise RegistrationClosed(_("This meeting does not take registrations."))
    if meeting.has_started:
        raise RegistrationClosed(_("This meeting has started: registration is closed."))


def _attendance_check(meeting: MeetingPage, attendance: str) -> None:
    if attendance == Attendance.IN_PERSON and not meeting.in_person:
        raise ValidationError(_("This meeting is online only."), code="attendance")
    if attendance == Attendance.ONLINE and not meeting.online:
        raise ValidationError(_("This meeting has no online part."), code="attendance")


def _seat_taken_by_others(meeting: MeetingPage, user) -> int:
    return meeting.registrations.in_person().exclude(user=user).count()


@transaction.atomic
def registration_save(
    *, meeting: MeetingPage, user, attendance: str, show_name: bool = False
) -> RegistrationResult:
    """Register, or change one's registration, until the meeting starts.

    The meeting's state row is locked first, so two members asking for the last seat at
    the same moment are served one after the other: one gets it, the other waits.
    """
    _state(meeting)  # the lock
    meeting.refresh_from_db(fields=["start", "end", "mode", "capacity", "live"])
    _registration_check(meeting, user)
    _attendance_check(meeting, attendance)
    registration = Registration.objects.filter(meeting=meeting, user=user).first()
    had_seat = registration is not None and registration.attendance == Attendance.IN_PERSON
    had_seat = had_seat and not registration.waiting
    before = (registration.attendance, registration.waiting) if registration else None
    registration = registration or Registration(meeting=meeting, user=user)
    registration.attendance, registration.show_name = attendance, show_name
    wants_seat = attendance == Attendance.IN_PERSON
    full = meeting.capacity is not None and _seat_taken_by_others(meeting, user) >= meeting.capacity
    if wants_seat and not had_seat and (full or meeting.registrations.waiting_list().exists()):
        if not registration.waiting:
            registration.waiting, registration.waiting_since = True, timezone.now()
    elif not wants_seat or had_seat:
        registration.waiting, registration.waiting_since = False, None
    registration.full_clean()
    registration.save()
    if before != (registration.attendance, registration.waiting):
        notifications.registration_confirm(registration)
    promoted = _seat_to_next(meeting) if had_seat and not wants_seat else None
    if promoted:
        notifications.seat_given(promoted)
    return RegistrationResult(registration, promoted)


def _seat_to_next(meeting: MeetingPage) -> Registration | None:
    """A seat came free: the first on the waiting list gets it."""
    if meeting.capacity is not None and meeting.registrations.in_person().count() >= (
        meeting.capacity
    ):
        return None
    first = meeting.registrations.waiting_list().first()
    if first:
        first.waiting, first.waiting_since = False, None
        first.save(update_fields=["waiting", "waiting_since", "updated_at"])
    return first
