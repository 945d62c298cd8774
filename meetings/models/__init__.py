from meetings.models.pages import (
    RESERVED_SLUGS,
    AgendaItem,
    MeetingIndexPage,
    MeetingPage,
    MeetingState,
    MeetingStatus,
    StandingItem,
    agenda_with_times,
)
from meetings.models.registrations import Attendance, Registration
from meetings.models.series import MeetingKind, MeetingMode, MeetingSeries, Weekday

__all__ = [
    "RESERVED_SLUGS",
    "AgendaItem",
    "Attendance",
    "MeetingIndexPage",
    "MeetingKind",
    "MeetingMode",
    "MeetingPage",
    "MeetingSeries",
    "MeetingState",
    "MeetingStatus",
    "Registration",
    "StandingItem",
    "Weekday",
    "agenda_with_times",
]
