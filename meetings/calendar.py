"""Meetings as iCalendar (RFC 5545), written with the ``icalendar`` library.

One event per meeting, with a UID that never changes, the SEQUENCE of ``MeetingState``
(raised on every real change) and STATUS CONFIRMED or CANCELLED: a calendar that
subscribed keeps a cancelled meeting, marked, instead of losing it without a word.
Times are written in Europe/Amsterdam with its VTIMEZONE, so a meeting after the clocks
change stays at the hour it was planned.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration

from meetings.models import MeetingPage, MeetingStatus, agenda_with_times
from meetings.planning import AMSTERDAM

PRODUCT_ID = "-//Cirkelinkoop//Bijeenkomsten//NL"
# How often a subscribed calendar should ask again (RFC 7986 REFRESH-INTERVAL).
REFRESH_INTERVAL = timedelta(hours=6)
UID_DOMAIN = "bijeenkomsten.cirkelinkoop"


def meeting_uid(meeting: MeetingPage) -> str:
    """Stable for the meeting's life: a move, a new title or another address keep it."""
    return f"meeting-{meeting.pk}@{UID_DOMAIN}"


def calendar_new(*, name: str, method: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:  # iTIP (RFC 5546): REQUEST with an invitation, CANCEL with a cancellation
        calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", AMSTERDAM.key)
    calendar.add("refresh-interval", vDuration(REFRESH_INTERVAL), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    return calendar


def _location(meeting: MeetingPage) -> str:
    place = ", ".join(
        part for part in (meeting.host and meeting.host.name, meeting.address) if part
    )
    if meeting.in_person:
        return place
    return _("Online")


def _description(meeting: MeetingPage, url: str, online_link: bool) -> str:
    lines = [meeting.intro] if meeting.intro else []
    items = agenda_with_times(meeting, meeting.agenda_items.all())
    if items:
        lines += ["", _("Agenda") + ":"]
        lines += [
            f"{time_format(moment.astimezone(AMSTERDAM), 'H.i')} {item.title}"
            for item, moment in items
        ]
    if online_link and meeting.online_url:
        lines += ["", _("Online: %(url)s") % {"url": meeting.online_url}]
    lines += ["", url]
    return "\n".join(lines).strip()


def meeting_event(
    meeting: MeetingPage, *, url: str, online_link: bool = False, details: bool = True
) -> Event:
    """The meeting as a VEVENT; with ``online_link`` for someone who registered. Without
    ``details`` only when and where, and the link to the page: for a members-only meeting
    in a personal feed, which calendar servers outside the coalition store."""
    state = meeting.state
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.start.astimezone(AMSTERDAM))
    event.add("dtend", meeting.end.astimezone(AMSTERDAM))
    event.add("summary", meeting.title)
    event.add("sequence", state.sequence)
    cancelled = state.status == MeetingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("last-modified", max(state.changed_at, meeting.last_published_at or state.changed_at))
    event.add("url", url)
    event.add("description", _description(meeting, url, online_link) if details else url)
    location = _location(meeting)
    if location:
        event.add("location", location)
    if meeting.theme_id and details:
        event.add("categories", [meeting.theme.title])
    return event


def calendar_bytes(calendar: Calendar) -> bytes:
    """The calendar as a file, with the VTIMEZONE its events need: its clock changes from
    a year before the first event to a year after the last (not all of them since 1970)."""
    starts = [event.DTSTART.date() for event in calendar.walk("VEVENT")]
    if starts:
        calendar.add_missing_timezones(
            first_date=min(starts).replace(month=1, day=1) - timedelta(days=366),
            last_date=max(starts).replace(month=12, day=31) + timedelta(days=366),
        )
    return calendar.to_ical()


def meeting_invitation(
    meeting: MeetingPage, *, url: str, attendee: str, organizer: str, method: str
) -> bytes:
    """An iTIP message (RFC 5546) for one registered member's calendar: REQUEST puts the
    meeting in it (or updates it: a higher SEQUENCE), CANCEL takes it out."""
    calendar = calendar_new(name=meeting.title, method=method)
    event = meeting_event(meeting, url=url, online_link=method == "REQUEST")
    if method == "CANCEL":
        event["STATUS"] = "CANCELLED"
    event.add("organizer", f"mailto:{organizer}", parameters={"CN": "Cirkelinkoop"})
    event.add(
        "attendee",
        f"mailto:{attendee}",
        parameters={"ROLE": "REQ-PARTICIPANT", "PARTSTAT": "ACCEPTED", "RSVP": "FALSE"},
    )
    calendar.add_component(event)
    return calendar_bytes(calendar)
