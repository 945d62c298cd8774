"""Registrations: until the meeting starts, with a waiting list under a row lock."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings import notifications
from meetings.models import (
    Attendance,
    MeetingPage,
    Registration,
)
from meetings.services.states import state_locked
from members.access import is_member


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
    state_locked(meeting)  # the lock
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


@transaction.atomic
def attendance_record(*, meeting: MeetingPage, attended_ids, user=None) -> int:
    """After the meeting: who came (the ids of their registrations), the rest did not."""
    if meeting.start > timezone.now():
        raise ValidationError(_("Attendance can be recorded once the meeting has begun."))
    registrations = meeting.registrations.all()
    attended = set(attended_ids)
    came = registrations.filter(pk__in=attended).update(attended=True)
    registrations.exclude(pk__in=attended).update(attended=False)
    return came
