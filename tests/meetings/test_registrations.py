"""Members register, change their minds until the start, and wait for a seat in turn."""

import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections

from meetings import services
from meetings.models import Attendance, MeetingPage, Registration
from meetings.services import RegistrationClosed
from tests.factories import MembershipFactory, UserFactory
from tests.meetings.factories import MeetingPageFactory, in_days, meeting_publish


def published(meetings_index, **fields):
    return meeting_publish(MeetingPageFactory(parent=meetings_index, live=False, **fields))


def members(count):
    return [MembershipFactory().user for _ in range(count)]


def register(meeting, user, attendance=Attendance.IN_PERSON, **kwargs):
    return services.registration_save(
        meeting=meeting, user=user, attendance=attendance, **kwargs
    ).registration


@pytest.mark.django_db
class TestRegistering:
    def test_a_member_registers_and_changes_their_mind(self, meetings_index, member):
        meeting = published(meetings_index, mode="hybrid", online_url="https://meet.example/a")
        registration = register(meeting, member)
        assert (registration.attendance, registration.waiting) == ("in_person", False)

        register(meeting, member, Attendance.ONLINE, show_name=True)
        registration = Registration.objects.get(meeting=meeting, user=member)
        assert (registration.attendance, registration.show_name) == ("online", True)
        assert Registration.objects.count() == 1, "one registration per member"

    def test_someone_without_a_membership_cannot_register(self, meetings_index):
        meeting = published(meetings_index)
        with pytest.raises(PermissionDenied):
            register(meeting, UserFactory())
        assert not Registration.objects.exists()

    def test_registration_closes_when_the_meeting_starts(self, meetings_index, member):
        meeting = published(meetings_index, start=in_days(-1), end=in_days(1))
        with pytest.raises(RegistrationClosed):
            register(meeting, member)

    def test_a_cancelled_or_unpublished_meeting_takes_no_registrations(
        self, meetings_index, member
    ):
        cancelled = published(meetings_index)
        services.meeting_cancel(meeting=cancelled)
        draft = MeetingPageFactory(parent=meetings_index, live=False)
        for meeting in (MeetingPage.objects.get(pk=cancelled.pk), draft):
            with pytest.raises(RegistrationClosed):
                register(meeting, member)

    def test_the_mode_decides_how_one_can_come(self, meetings_index, member):
        in_person_only = published(meetings_index, mode="in_person")
        with pytest.raises(ValidationError):
            register(in_person_only, member, Attendance.ONLINE)
        online_only = published(meetings_index, mode="online")
        with pytest.raises(ValidationError):
            register(online_only, member, Attendance.IN_PERSON)
        assert register(online_only, member, Attendance.APOLOGIES).attendance == "apologies"


@pytest.mark.django_db
class TestWaitingList:
    def test_after_the_last_seat_members_wait_in_the_order_they_asked(self, meetings_index):
        meeting = published(meetings_index, capacity=2)
        first, second, third, fourth = members(4)
        assert not register(meeting, first).waiting
        assert not register(meeting, second).waiting
        assert register(meeting, third).waiting
        assert register(meeting, fourth).waiting

        result = services.registration_save(
            meeting=meeting, user=first, attendance=Attendance.APOLOGIES
        )
        assert result.promoted.user == third, "the first on the list gets the seat"
        assert not Registration.objects.get(user=third).waiting
        assert Registration.objects.get(user=fourth).waiting

    def test_changing_details_keeps_ones_seat_and_ones_place_in_the_queue(self, meetings_index):
        meeting = published(meetings_index, capacity=1)
        seated, waiting, later = members(3)
        register(meeting, seated)
        register(meeting, waiting)
        register(meeting, later)
        register(meeting, seated, show_name=True)
        register(meeting, waiting, show_name=True)
        assert not Registration.objects.get(user=seated).waiting
        queue = Registration.objects.waiting_list().values_list("user", flat=True)
        assert list(queue) == [waiting.pk, later.pk]

    def test_nobody_jumps_the_queue_after_a_seat_comes_free(self, meetings_index):
        meeting = published(meetings_index, capacity=1)
        seated, waiting, newcomer = members(3)
        register(meeting, seated)
        register(meeting, waiting)
        register(meeting, seated, Attendance.APOLOGIES)
        assert not Registration.objects.get(user=waiting).waiting, "promoted"
        assert register(meeting, newcomer).waiting, "the seat went to the one who waited"


@pytest.mark.django_db(transaction=True)
def test_two_members_asking_for_the_last_seat_at_once_do_not_both_get_it(home):
    """On PostgreSQL (CI): two threads, two connections, the meeting's row lock."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's row locks; CI runs on it")
    from meetings.models import MeetingIndexPage

    meeting = published(MeetingIndexPage.objects.get(), capacity=1)
    rivals = members(2)
    start = threading.Barrier(2)
    errors = []

    def ask(user):
        try:
            start.wait(timeout=10)
            register(MeetingPage.objects.get(pk=meeting.pk), user)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=ask, args=(user,)) for user in rivals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    seats = Registration.objects.filter(meeting=meeting, waiting=False)
    assert seats.count() == 1
    assert Registration.objects.filter(meeting=meeting, waiting=True).count() == 1


@pytest.mark.django_db
def test_a_members_download_of_their_data_holds_their_registrations(client, meetings_index, member):
    meeting = published(meetings_index, title="RCIO in de download")
    register(meeting, member, show_name=True)
    client.force_login(member)
    data = client.get("/account/gegevens/download/").json()
    [registration] = data["meeting_registrations"]
    assert registration["meeting"] == "RCIO in de download"
    assert registration["name_shown_to_members"] is True
