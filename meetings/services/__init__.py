"""The meetings' business rules, by concept: planning a series (and changing its time or
place), a meeting's states, registrations, minutes, personal calendars. Other code calls
them as ``meetings.services.<name>``.

Writes are keyword-only functions that validate and save in one transaction. A change
visitors can see (a page published, a meeting's status) starts a new generation of the
page cache through the signals ``cirkelinkoop.page_cache`` listens to; the e-mails it
causes are queued in the same transaction (``meetings.notifications``).
"""

from meetings.services.calendars import (
    calendar_feed_for,
    calendar_feed_renew,
    calendar_token_for,
)
from meetings.services.minutes import (
    minutes_approve,
    minutes_publish,
    minutes_reminders_send,
    minutes_start,
    next_meeting_of,
)
from meetings.services.planning import (
    PLAN_AHEAD,
    agenda_in_order,
    meeting_series_plan,
    meeting_series_plan_ahead,
    series_next_dates,
)
from meetings.services.registrations import (
    RegistrationClosed,
    RegistrationResult,
    attendance_record,
    registration_save,
)
from meetings.services.series_change import ChangeScope, meeting_series_change
from meetings.services.states import (
    meeting_cancel,
    meeting_published,
    meeting_restore,
    meetings_mark_held,
)

__all__ = [
    "PLAN_AHEAD",
    "ChangeScope",
    "RegistrationClosed",
    "RegistrationResult",
    "agenda_in_order",
    "attendance_record",
    "calendar_feed_for",
    "calendar_feed_renew",
    "calendar_token_for",
    "meeting_cancel",
    "meeting_published",
    "meeting_restore",
    "meeting_series_plan",
    "meeting_series_change",
    "meeting_series_plan_ahead",
    "meetings_mark_held",
    "minutes_approve",
    "minutes_publish",
    "minutes_reminders_send",
    "minutes_start",
    "next_meeting_of",
    "registration_save",
    "series_next_dates",
]
