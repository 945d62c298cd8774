"""A meeting's states as services, and what calendars learn of each change."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from meetings import services
from meetings.models import MeetingPage, MeetingStatus
from tests.meetings.factories import MeetingPageFactory, in_days, meeting_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(meetings_index):
    return meeting_publish(MeetingPageFactory(parent=meetings_index, live=False))


def state_of(meeting):
    return MeetingPage.objects.get(pk=meeting.pk).state


def test_the_first_publication_is_sequence_zero(meeting):
    state = state_of(meeting)
    assert (state.status, state.sequence, state.previous_start) == ("scheduled", 0, None)


def test_a_new_time_raises_the_sequence_and_remembers_the_old_start(meeting):
    old_start = meeting.start
    meeting.start += timedelta(days=7)
    meeting.end += timedelta(days=7)
    meeting_publish(meeting)
    state = state_of(meeting)
    assert state.sequence == 1
    assert state.previous_start == old_start


def test_a_new_place_raises_the_sequence_but_a_new_introduction_does_not(meeting):
    meeting.intro = "Een andere inleiding."
    meeting_publish(meeting)
    assert state_of(meeting).sequence == 0, "calendars do not show the introduction"

    meeting.address = "Stadsplateau 1, Utrecht"
    meeting_publish(meeting)
    assert state_of(meeting).sequence == 1


def test_cancel_and_restore_each_raise_the_sequence(meeting):
    services.meeting_cancel(meeting=meeting)
    assert (state_of(meeting).status, state_of(meeting).sequence) == ("cancelled", 1)
    assert not MeetingPage.objects.upcoming().filter(pk=meeting.pk).exists()

    services.meeting_restore(meeting=meeting)
    assert (state_of(meeting).status, state_of(meeting).sequence) == ("scheduled", 2)
    assert MeetingPage.objects.upcoming().filter(pk=meeting.pk).exists()


def test_a_cancelled_meeting_cannot_be_cancelled_again(meeting):
    services.meeting_cancel(meeting=meeting)
    with pytest.raises(ValidationError):
        services.meeting_cancel(meeting=meeting)


def test_a_meeting_that_started_cannot_be_cancelled(meetings_index):
    started = meeting_publish(
        MeetingPageFactory(parent=meetings_index, live=False, start=in_days(-1), end=in_days(1))
    )
    with pytest.raises(ValidationError):
        services.meeting_cancel(meeting=started)
    assert state_of(started).status == MeetingStatus.SCHEDULED


def test_a_scheduled_meeting_that_ended_is_held_and_calendars_need_not_know(meetings_index):
    ended = meeting_publish(
        MeetingPageFactory(
            parent=meetings_index, live=False, start=in_days(-2), end=in_days(-2, 15)
        )
    )
    cancelled = meeting_publish(
        MeetingPageFactory(parent=meetings_index, live=False, start=in_days(3), end=in_days(3, 15))
    )
    services.meeting_cancel(meeting=cancelled)

    assert services.meetings_mark_held() == 1
    assert (state_of(ended).status, state_of(ended).sequence) == ("held", 0)
    assert state_of(cancelled).status == "cancelled"
    assert services.meetings_mark_held() == 0, "a second run changes nothing"


def test_a_draft_edit_is_not_lost_when_the_meeting_is_cancelled(meeting):
    """The status lives beside the page: the coordinator's unpublished draft stays."""
    meeting.intro = "Nog niet gepubliceerd."
    meeting.save_revision()
    services.meeting_cancel(meeting=meeting)
    page = MeetingPage.objects.get(pk=meeting.pk)
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().intro == "Nog niet gepubliceerd."
