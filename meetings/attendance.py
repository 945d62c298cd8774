"""Who comes to a meeting, as its page shows it to members: read once per change.

Every member who opens a meeting page sees the same list of who comes, and their own
registration in it, which also decides whether they get the online link. Reading the
registrations with their people and organisations is the page's dearest query, and
registrations change a few times a week: the answer is kept with the answers about
access (``members.kept``), which a registration, a membership, an organisation or a
person's name retires.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext as _

from meetings.models import Attendance, MeetingPage, Registration
from members.kept import access_changed, kept


class OwnRegistration(NamedTuple):
    """What the page tells a member of their own registration."""

    attendance: str
    waiting: bool
    show_name: bool

    @property
    def comes(self) -> bool:
        return self.attendance != Attendance.APOLOGIES and not self.waiting


@dataclass(frozen=True)
class AttendanceAt:
    by_user: dict[int, OwnRegistration]
    # Per organisation, the names of those who agreed to show theirs (privacy first).
    attendees: list[tuple[str, list[str]]]
    waiting_count: int
    seats_taken: int

    def seats_left(self, meeting: MeetingPage) -> int | None:
        return None if meeting.capacity is None else max(meeting.capacity - self.seats_taken, 0)


def attendance_at(meeting: MeetingPage) -> AttendanceAt:
    return kept(f"meeting-attendance:{meeting.pk}", lambda: _attendance_read(meeting))


def _attendance_read(meeting: MeetingPage) -> AttendanceAt:
    registrations = list(meeting.registrations.select_related("user__membership__organisation"))
    coming = [r for r in registrations if r.attendance != Attendance.APOLOGIES and not r.waiting]
    return AttendanceAt(
        by_user={
            r.user_id: OwnRegistration(r.attendance, r.waiting, r.show_name) for r in registrations
        },
        attendees=_attendee_list(coming),
        waiting_count=sum(1 for r in registrations if r.waiting),
        seats_taken=sum(1 for r in coming if r.attendance == Attendance.IN_PERSON),
    )


def _attendee_list(coming: list[Registration]) -> list[tuple[str, list[str]]]:
    by_organisation: dict[str, list[str]] = {}
    for registration in coming:
        membership = getattr(registration.user, "membership", None)
        organisation = membership.organisation.name if membership else _("Coordination")
        names = by_organisation.setdefault(organisation, [])
        if registration.show_name:
            names.append(registration.user.get_full_name() or registration.user.email)
    return sorted(by_organisation.items())


def connect_signals() -> None:
    """Memberships, organisations and people's names retire kept answers already
    (``members.access``)."""
    for signal in (post_save, post_delete):
        signal.connect(access_changed, sender=Registration, dispatch_uid=f"attendance-{signal}")
