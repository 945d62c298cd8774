"""The coordinator plans a series with one action; the beat task keeps a year ahead."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from meetings import services
from meetings.models import MeetingPage, StandingItem
from meetings.tasks import plan_meetings_ahead
from tests.meetings.factories import MeetingSeriesFactory, meeting_publish

pytestmark = pytest.mark.django_db


def test_planning_adds_drafts_with_the_standing_agenda_items(meetings_index):
    series = MeetingSeriesFactory(starts_on=date(2027, 1, 1))
    planned = services.meeting_series_plan(series=series, until=date(2027, 4, 30))

    assert [m.occurrence for m in planned] == [
        date(2027, 1, 14),
        date(2027, 2, 25),
        date(2027, 4, 8),
    ]
    meeting = MeetingPage.objects.get(pk=planned[0].pk)
    assert not meeting.live, "the coordinator completes and publishes it"
    assert meeting.get_parent().specific == meetings_index
    assert meeting.slug == f"{series.name.lower().replace(' ', '-')}-14-januari-2027"
    assert timezone.localtime(meeting.start).strftime("%H:%M") == "13:30"
    assert meeting.end - meeting.start == timedelta(minutes=150)
    assert [item.standing for item in meeting.agenda_items.all()] == [
        StandingItem.OPENING,
        StandingItem.PREVIOUS_MINUTES,
        StandingItem.QUESTIONS,
        StandingItem.CLOSING,
    ]
    assert meeting.latest_revision is not None, "a draft the editor opens with its history"


def test_planning_again_adds_only_what_is_missing(meetings_index):
    series = MeetingSeriesFactory(starts_on=date(2027, 1, 1))
    services.meeting_series_plan(series=series, until=date(2027, 3, 1))
    again = services.meeting_series_plan(series=series, until=date(2027, 4, 30))
    assert [m.occurrence for m in again] == [date(2027, 4, 8)]
    assert series.meetings.count() == 3


def test_a_moved_meeting_does_not_shift_the_rest_of_the_series(meetings_index):
    series = MeetingSeriesFactory(starts_on=date(2027, 1, 1))
    first, second = services.meeting_series_plan(series=series, until=date(2027, 3, 1))
    second.start += timedelta(days=5)
    second.end += timedelta(days=5)
    meeting_publish(second)

    [third] = services.meeting_series_plan(series=series, until=date(2027, 4, 30))
    assert third.occurrence == date(2027, 4, 8), "six weeks after the slot, not the moved date"


def test_only_non_rcio_series_go_without_standing_items(meetings_index):
    series = MeetingSeriesFactory(kind="themed", starts_on=date(2027, 1, 1))
    [meeting] = services.meeting_series_plan(series=series, until=date(2027, 1, 31))
    assert meeting.agenda_items.count() == 0


def test_the_beat_task_keeps_twelve_months_planned_for_series_that_ask(meetings_index):
    today = timezone.localdate()
    keeps = MeetingSeriesFactory(starts_on=today)
    MeetingSeriesFactory(starts_on=today, plans_ahead=False)

    plan_meetings_ahead()
    last = keeps.meetings.order_by("-occurrence").first().occurrence
    assert today + timedelta(days=365 - 7 * 9) < last <= today + timedelta(days=365)
    assert MeetingPage.objects.count() == keeps.meetings.count()

    plan_meetings_ahead()
    assert keeps.meetings.filter(occurrence__gt=last).count() == 0, "nothing twice"


def test_the_beat_schedule_names_the_meetings_tasks():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "meetings.tasks.plan_meetings_ahead",
        "meetings.tasks.mark_meetings_held",
        "meetings.tasks.send_meeting_reminders",
    } <= tasks


def test_the_planning_skips_what_it_says_it_skips(meetings_index):
    series = MeetingSeriesFactory(starts_on=date(2026, 4, 2))
    slots = services.series_next_dates(series=series, until=date(2026, 9, 30))
    skipped = {s.day: s.reason for slot in slots for s in slot.skipped}
    assert skipped[date(2026, 5, 14)] == "Hemelvaartsdag"
    assert skipped[date(2026, 8, 13)] == "zomerreces"
    assert all(slot.day.weekday() == 3 for slot in slots)
    assert not series.meetings.exists(), "showing the dates plans nothing"
