"""Every notification of the meetings: sent once, to the right people, with the right
calendar attachment, through the outbox in the transaction of the change."""

import base64
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from mailing.models import OutboxEmail
from meetings import notifications, services
from meetings.models import Attendance
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.meetings.factories import MeetingPageFactory, in_days, meeting_publish

pytestmark = pytest.mark.django_db


def published(meetings_index, **fields):
    return meeting_publish(MeetingPageFactory(parent=meetings_index, live=False, **fields))


def sent(kind: str) -> list[OutboxEmail]:
    return list(OutboxEmail.objects.filter(kind=f"meetings/email/{kind}").order_by("pk"))


def recipients(kind: str) -> list[str]:
    return sorted(address for email in sent(kind) for address in email.to)


def invitation(email: OutboxEmail) -> Calendar:
    [attachment] = email.attachments
    assert attachment["mimetype"].startswith("text/calendar; method=")
    return Calendar.from_ical(base64.b64decode(attachment["content"]))


def register(meeting, user, attendance=Attendance.IN_PERSON):
    return services.registration_save(meeting=meeting, user=user, attendance=attendance)


@pytest.fixture
def people():
    return [MembershipFactory().user for _ in range(3)]


class TestAnnouncement:
    def test_a_new_meeting_reaches_every_member_once(self, meetings_index, people):
        stopped = MembershipFactory(organisation=OrganisationFactory(is_active=False)).user
        UserFactory(email="geen-lid@elders.example")
        meeting = published(meetings_index, title="RCIO juni")

        assert recipients("meeting_announced") == sorted(p.email for p in people)
        assert stopped.email not in recipients("meeting_announced")
        email = sent("meeting_announced")[0]
        assert email.subject.startswith("Nieuwe bijeenkomst: RCIO juni")
        assert meeting.url in email.body and meeting.url in email.html_body

        meeting.intro = "Een betere inleiding."
        meeting_publish(meeting)
        assert len(sent("meeting_announced")) == 3, "publishing again announces nothing"

    def test_a_members_only_or_past_meeting_is_not_announced(self, meetings_index, people):
        closed = MeetingPageFactory(parent=meetings_index, live=False)
        PageViewRestriction.objects.create(page=closed, restriction_type="login")
        meeting_publish(closed)
        published(meetings_index, start=in_days(-10), end=in_days(-10, 15))
        assert sent("meeting_announced") == []


class TestRegistration:
    def test_the_confirmation_puts_the_meeting_in_the_members_calendar(
        self, meetings_index, member
    ):
        meeting = published(
            meetings_index,
            title="RCIO juli",
            mode="hybrid",
            online_url="https://vergaderen.example/juli",
        )
        register(meeting, member, Attendance.ONLINE)

        [email] = sent("registration")
        assert email.to == [member.email]
        assert email.subject == "Je bent aangemeld: RCIO juli"
        calendar = invitation(email)
        assert calendar["METHOD"] == "REQUEST"
        event = calendar.walk("VEVENT")[0]
        assert str(event["UID"]) == f"meeting-{meeting.pk}@bijeenkomsten.cirkelinkoop"
        assert str(event["ATTENDEE"]) == f"mailto:{member.email}"
        assert str(event["ORGANIZER"]).startswith("mailto:")
        assert "https://vergaderen.example/juli" in event["DESCRIPTION"]

    def test_sending_the_same_answer_again_sends_nothing_new(self, meetings_index, member):
        meeting = published(meetings_index)
        register(meeting, member)
        register(meeting, member)
        assert len(sent("registration")) == 1

    def test_apologies_are_confirmed_without_a_calendar_entry(self, meetings_index, member):
        meeting = published(meetings_index)
        register(meeting, member, Attendance.APOLOGIES)
        [email] = sent("registration")
        assert email.attachments == []
        assert "afgemeld" in email.body

    def test_the_first_waiting_gets_the_seat_and_the_calendar_entry(self, meetings_index, people):
        meeting = published(meetings_index, capacity=1)
        seated, waiting, _later = people
        register(meeting, seated)
        register(meeting, waiting)
        assert sent("registration")[-1].attachments == [], "waiting: no calendar entry yet"

        register(meeting, seated, Attendance.APOLOGIES)
        [email] = sent("seat_given")
        assert email.to == [waiting.email]
        assert invitation(email)["METHOD"] == "REQUEST"


class TestChanges:
    def test_a_new_time_reaches_registered_members_with_a_higher_sequence(
        self, meetings_index, people
    ):
        meeting = published(meetings_index, title="RCIO augustus")
        coming, waiting_or_not, sorry = people
        register(meeting, coming)
        register(meeting, waiting_or_not, Attendance.IN_PERSON)
        register(meeting, sorry, Attendance.APOLOGIES)

        meeting.start, meeting.end = (
            meeting.start + timedelta(hours=1),
            meeting.end + timedelta(hours=1),
        )
        meeting_publish(meeting)
        assert recipients("meeting_changed") == sorted([coming.email, waiting_or_not.email])
        event = invitation(sent("meeting_changed")[0]).walk("VEVENT")[0]
        assert event["SEQUENCE"] == 1

        meeting.intro = "Alleen de inleiding."
        meeting_publish(meeting)
        assert len(sent("meeting_changed")) == 2, "no calendar change, no e-mail"

    def test_a_cancellation_takes_it_out_of_calendars_and_a_restore_puts_it_back(
        self, meetings_index, people
    ):
        meeting = published(meetings_index, title="RCIO september")
        register(meeting, people[0])
        services.meeting_cancel(meeting=meeting)

        [email] = sent("meeting_cancelled")
        assert email.subject == "Geannuleerd: RCIO september"
        calendar = invitation(email)
        assert calendar["METHOD"] == "CANCEL"
        assert calendar.walk("VEVENT")[0]["STATUS"] == "CANCELLED"

        services.meeting_restore(meeting=meeting)
        [again] = sent("meeting_changed")
        assert again.subject == "Gaat toch door: RCIO september"
        assert invitation(again)["METHOD"] == "REQUEST"
        assert invitation(again).walk("VEVENT")[0]["SEQUENCE"] == 2


class TestReminders:
    def test_a_week_and_a_day_before_once_each_to_who_comes(self, meetings_index, people):
        coming, sorry, _other = people
        meeting = published(
            meetings_index, title="RCIO oktober", start=in_days(6), end=in_days(6, 16)
        )
        register(meeting, coming)
        register(meeting, sorry, Attendance.APOLOGIES)

        assert notifications.reminders_send() == 1
        assert notifications.reminders_send() == 0, "a second run sends nothing"
        [week] = sent("meeting_reminder")
        assert week.to == [coming.email] and week.subject == "Volgende week: RCIO oktober"

        assert notifications.reminders_send(now=meeting.start - timedelta(hours=20)) == 1
        assert sent("meeting_reminder")[-1].subject == "Morgen: RCIO oktober"
        assert notifications.reminders_send(now=meeting.start - timedelta(hours=19)) == 0

    def test_reminders_read_the_agenda_once_however_many_are_registered(self, meetings_index):
        meeting = MeetingPageFactory(
            parent=meetings_index, live=False, start=in_days(3), end=in_days(3, 16)
        )
        meeting.agenda_items.create(title="Groenbestek", duration_minutes=30, sort_order=0)
        meeting = meeting_publish(meeting)
        for _ in range(5):
            register(meeting, MembershipFactory().user)

        with CaptureQueriesContext(connection) as queries:
            assert notifications.reminders_send() == 5
        agenda_reads = [q for q in queries if "meetings_agendaitem" in q["sql"]]
        assert len(agenda_reads) == 1
        assert "Groenbestek" in sent("meeting_reminder")[-1].body

    def test_a_cancelled_meeting_sends_no_reminders(self, meetings_index, member):
        meeting = published(meetings_index, start=in_days(3), end=in_days(3, 16))
        register(meeting, member)
        services.meeting_cancel(meeting=meeting)
        assert notifications.reminders_send() == 0

    def test_a_moved_meeting_is_reminded_again_at_its_new_time(self, meetings_index, member):
        meeting = published(meetings_index, start=in_days(3), end=in_days(3, 16))
        register(meeting, member)
        assert notifications.reminders_send() == 1
        meeting.start, meeting.end = in_days(5), in_days(5, 16)
        meeting_publish(meeting)
        assert notifications.reminders_send() == 1
        assert "Volgende week" in sent("meeting_reminder")[-1].subject


def test_a_failed_change_sends_nothing(meetings_index, member):
    """The e-mails are rows in the transaction of the change: no change, no e-mail."""
    meeting = published(meetings_index, start=in_days(-1), end=in_days(1))
    with pytest.raises(ValidationError):
        services.meeting_cancel(meeting=meeting)
    assert sent("meeting_cancelled") == []
