"""Redis refused, frozen or erroring (``redis_down``): the meetings, their calendars and
a registration work as without it; the confirmation waits in the outbox until it is back.
"""

import pytest
from django.core import mail
from icalendar import Calendar

from mailing.models import OutboxEmail, OutboxStatus
from mailing.services import outbox_send_due
from meetings.models import Registration
from tests.conftest import celery_broker
from tests.meetings.factories import MeetingPageFactory, meeting_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(meetings_index):
    return meeting_publish(
        MeetingPageFactory(parent=meetings_index, live=False, title="RCIO zonder Redis")
    )


def test_the_meetings_and_their_calendars_are_served(client, meeting, redis_down):
    for path in ["/bijeenkomsten/", meeting.url]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "RCIO zonder Redis" in response.content.decode(), path

    feed = client.get("/bijeenkomsten/agenda.ics")
    assert feed.status_code == 200
    [event] = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "RCIO zonder Redis"


def test_a_registration_is_saved_and_confirmed_once_redis_is_back(
    client, meeting, member, redis_down, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meeting.url, {"attendance": "in_person"}, follow=True)

    assert response.status_code == 200
    assert "Je bent aangemeld om op locatie te komen." in response.content.decode()
    assert Registration.objects.get(meeting=meeting).user == member
    [confirmation] = OutboxEmail.objects.filter(kind="meetings/email/registration")
    assert confirmation.to == [member.email]
    assert confirmation.status == OutboxStatus.QUEUED and mail.outbox == []

    with celery_broker("memory://", eager=True):
        assert outbox_send_due() == 1
    assert [message.to for message in mail.outbox] == [[member.email]]
