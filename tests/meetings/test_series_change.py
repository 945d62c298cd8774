"""A new time or place: for one meeting, or for it and the rest of the series."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from mailing.models import OutboxEmail
from meetings import services
from meetings.models import MeetingPage
from meetings.services import ChangeScope, meeting_series_change
from tests.meetings.factories import (
    MeetingPageFactory,
    MeetingSeriesFactory,
    in_days,
    meeting_publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def series_meetings(meetings_index):
    """Five meetings of a Thursday series from January 2027, the first three published."""
    series = MeetingSeriesFactory(starts_on=date(2027, 1, 1))
    planned = services.meeting_series_plan(series=series, until=date(2027, 7, 31))
    for meeting in planned[:3]:
        meeting_publish(meeting)
    return series, [MeetingPage.objects.get(pk=m.pk) for m in planned]


def local(meeting):
    start = timezone.localtime(MeetingPage.objects.get(pk=meeting.pk).start)
    return start.date(), start.strftime("%H:%M")


def change(meeting, scope, **overrides):
    values = {
        "weekday": 1,
        "start_time": time(10, 0),
        "duration_minutes": 120,
        "mode": "hybrid",
        "host": None,
        "address": "Stadsplateau 1, Utrecht",
        **overrides,
    }
    return meeting_series_change(meeting=meeting, scope=scope, **values)


def test_this_meeting_only_leaves_the_others_and_the_series(series_meetings):
    series, meetings = series_meetings
    before = [local(m) for m in meetings]
    change(meetings[1], ChangeScope.THIS_ONLY)

    assert local(meetings[1]) == (date(2027, 2, 23), "10:00"), "Tuesday of the same week"
    assert [local(m) for m in meetings[:1] + meetings[2:]] == before[:1] + before[2:]
    series.refresh_from_db()
    assert (series.weekday, series.start_time) == (3, time(13, 30))


def test_this_and_following_moves_the_rest_and_later_planning(series_meetings):
    series, meetings = series_meetings
    change(meetings[1], ChangeScope.THIS_AND_FOLLOWING)

    assert local(meetings[0])[1] == "13:30", "the one before stays"
    assert [local(m)[1] for m in meetings[1:]] == ["10:00"] * 4
    # Across the clock change of 28 March the meetings keep their hour.
    assert all(
        timezone.localtime(MeetingPage.objects.get(pk=m.pk).start).weekday() == 1
        for m in meetings[1:]
    )
    series.refresh_from_db()
    assert (series.weekday, series.start_time, series.address) == (
        1,
        time(10, 0),
        "Stadsplateau 1, Utrecht",
    )
    later = services.meeting_series_plan(series=series, until=date(2027, 12, 31))
    assert later and all(timezone.localtime(m.start).weekday() == 1 for m in later)


def test_published_meetings_tell_calendars_and_registered_members(series_meetings, member):
    _series, meetings = series_meetings
    services.registration_save(meeting=meetings[2], user=member, attendance="in_person")
    change(meetings[1], ChangeScope.THIS_AND_FOLLOWING)

    published = MeetingPage.objects.get(pk=meetings[2].pk)
    assert published.state.sequence == 1 and published.state.previous_start
    assert OutboxEmail.objects.filter(kind="meetings/email/meeting_changed", to=[member.email])
    draft = MeetingPage.objects.get(pk=meetings[4].pk)
    assert not draft.live
    assert timezone.localtime(draft.get_latest_revision_as_object().start).hour == 10


def test_a_draft_waiting_in_the_editor_keeps_its_edits_and_gets_the_change(series_meetings):
    _series, meetings = series_meetings
    meeting = meetings[0]
    meeting.intro = "Nog niet gepubliceerde inleiding."
    meeting.save_revision()
    change(meeting, ChangeScope.THIS_ONLY)

    page = MeetingPage.objects.get(pk=meeting.pk)
    assert local(page)[1] == "10:00", "the live meeting moved"
    draft = page.get_latest_revision_as_object()
    assert draft.intro == "Nog niet gepubliceerde inleiding."
    assert timezone.localtime(draft.start).hour == 10


def test_a_meeting_without_series_or_already_begun_cannot_change_this_way(meetings_index):
    lone = meeting_publish(MeetingPageFactory(parent=meetings_index, live=False))
    with pytest.raises(ValidationError):
        change(lone, ChangeScope.THIS_AND_FOLLOWING)
    begun = meeting_publish(
        MeetingPageFactory(parent=meetings_index, live=False, start=in_days(-1), end=in_days(1))
    )
    with pytest.raises(ValidationError):
        change(begun, ChangeScope.THIS_ONLY)
