from meetings.models.minutes import (
    ActionItem,
    ActionStatus,
    Minutes,
    MinutesItem,
    MinutesStatus,
)
from meetings.models.pages import (
    RESERVED_SLUGS,
    AgendaItem,
    MeetingAttachment,
    MeetingIndexPage,
    MeetingPage,
    MeetingState,
    MeetingStatus,
    StandingItem,
    agenda_with_times,
)
from meetings.models.registrations import Attendance, CalendarFeed, Registration
from meetings.models.series import MeetingKind, MeetingMode, MeetingSeries, Weekday

__all__ = [
    "RESERVED_SLUGS",
    "ActionItem",
    "ActionStatus",
    "AgendaItem",
    "Attendance",
    "CalendarFeed",
    "MeetingAttachment",
    "MeetingIndexPage",
    "MeetingKind",
    "MeetingMode",
    "MeetingPage",
    "MeetingSeries",
    "MeetingState",
    "MeetingStatus",
    "Minutes",
    "MinutesItem",
    "MinutesStatus",
    "Registration",
    "StandingItem",
    "Weekday",
    "agenda_with_times",
]
