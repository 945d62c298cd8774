"""The feeds, read back with the iCalendar library as a calendar program reads them."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from meetings import services
from tests.conftest import queries_made
from tests.factories import UserFactory
from tests.meetings.factories import MeetingPageFactory, RegistrationFactory, meeting_publish

pytestmark = pytest.mark.django_db

ONLINE_LINK = "https://vergaderen.example/geheim-456"


def published(meetings_index, **fields):
    return meeting_publish(MeetingPageFactory(parent=meetings_index, live=False, **fields))


def events(client, path="/bijeenkomsten/agenda.ics"):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_holds_published_meetings_with_what_a_calendar_needs(client, meetings_index):
    meeting = published(meetings_index, title="RCIO in maart")
    MeetingPageFactory(parent=meetings_index, live=False, title="Nog een concept")

    calendar, found = events(client)
    assert set(found) == {"RCIO in maart"}
    event = found["RCIO in maart"]
    assert str(event["UID"]) == f"meeting-{meeting.pk}@bijeenkomsten.cirkelinkoop"
    assert event["STATUS"] == "CONFIRMED"
    assert event["SEQUENCE"] == 0
    assert event["DTSTART"].dt == meeting.start
    assert str(event["DTSTART"].dt.tzinfo) == "Europe/Amsterdam"
    assert event["URL"] == f"http://localhost{meeting.url}"
    assert "LAST-MODIFIED" in event
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert calendar["X-WR-CALNAME"].startswith("Bijeenkomsten")
    assert calendar["REFRESH-INTERVAL"] == "PT6H"


def test_a_change_keeps_the_uid_and_raises_the_sequence(client, meetings_index):
    meeting = published(meetings_index, title="RCIO")
    _calendar, before = events(client)
    meeting.start += timedelta(hours=1)
    meeting.end += timedelta(hours=1)
    meeting_publish(meeting)

    _calendar, after = events(client)
    assert after["RCIO"]["UID"] == before["RCIO"]["UID"]
    assert after["RCIO"]["SEQUENCE"] == 1
    assert after["RCIO"]["DTSTART"].dt == before["RCIO"]["DTSTART"].dt + timedelta(hours=1)


def test_a_cancelled_meeting_stays_in_the_feed_marked_cancelled(client, meetings_index):
    meeting = published(meetings_index, title="Vervalt")
    services.meeting_cancel(meeting=meeting)
    _calendar, found = events(client)
    assert found["Vervalt"]["STATUS"] == "CANCELLED"
    assert found["Vervalt"]["SEQUENCE"] == 1


def test_the_agenda_is_in_the_description(client, meetings_index):
    meeting = MeetingPageFactory(parent=meetings_index, live=False, title="Met agenda")
    meeting.agenda_items.create(title="Groenbestek", duration_minutes=30, sort_order=0)
    meeting_publish(meeting)
    _calendar, found = events(client)
    assert "Groenbestek" in str(found["Met agenda"]["DESCRIPTION"])


def test_neither_feed_nor_file_shows_a_members_only_meeting_or_an_online_link(
    client, meetings_index, member
):
    closed = published(meetings_index, title="Besloten")
    PageViewRestriction.objects.create(page=closed, restriction_type="login")
    open_one = published(meetings_index, title="Open", mode="online", online_url=ONLINE_LINK)
    RegistrationFactory(meeting=open_one, user=member, attendance="online")

    _calendar, found = events(client)
    assert set(found) == {"Open"}
    assert ONLINE_LINK not in client.get("/bijeenkomsten/agenda.ics").content.decode()
    assert client.get(f"/bijeenkomsten/{closed.slug}.ics").status_code == 404
    assert ONLINE_LINK not in client.get(f"/bijeenkomsten/{open_one.slug}.ics").content.decode()


def test_a_registered_member_gets_the_online_link_in_the_meetings_file(
    client, meetings_index, member
):
    meeting = published(meetings_index, title="Online", mode="online", online_url=ONLINE_LINK)
    RegistrationFactory(meeting=meeting, user=member, attendance="online")
    client.force_login(member)
    response = client.get(f"/bijeenkomsten/{meeting.slug}.ics")
    assert ONLINE_LINK in Calendar.from_ical(response.content).walk("VEVENT")[0]["DESCRIPTION"]
    assert "private" in response["Cache-Control"]


def test_the_feed_is_kept_until_a_meeting_changes(client, meetings_index):
    meeting = published(meetings_index, title="Eerst")
    events(client)
    with CaptureQueriesContext(connection) as captured:
        client.get("/bijeenkomsten/agenda.ics")
    assert queries_made(captured) == [], "served from the cache"
    services.meeting_cancel(meeting=meeting)
    _calendar, found = events(client)
    assert found["Eerst"]["STATUS"] == "CANCELLED"


def personal_feed_path(client) -> str:
    page = client.get("/account/gegevens/").content.decode()
    return re.search(r'value="http://testserver(/bijeenkomsten/agenda/[^"]+\.ics)"', page).group(1)


def test_a_members_own_feed_holds_members_only_meetings_and_their_online_links(
    client, meetings_index, member
):
    closed = published(meetings_index, title="Besloten", intro="Over de inkoopstrategie.")
    PageViewRestriction.objects.create(page=closed, restriction_type="login")
    mine = published(meetings_index, title="Aangemeld", mode="online", online_url=ONLINE_LINK)
    other = published(
        meetings_index,
        title="Niet aangemeld",
        mode="online",
        online_url="https://vergaderen.example/ander",
    )
    RegistrationFactory(meeting=mine, user=member, attendance="online")
    client.force_login(member)
    path = personal_feed_path(client)

    client.logout()  # a calendar server asks without a session
    _calendar, found = events(client, path)
    assert set(found) == {"Besloten", "Aangemeld", "Niet aangemeld"}
    assert ONLINE_LINK in str(found["Aangemeld"]["DESCRIPTION"])
    # Calendar servers outside the coalition keep it: a members-only meeting's time only.
    assert "inkoopstrategie" not in str(found["Besloten"]["DESCRIPTION"])
    assert other.online_url not in str(found["Niet aangemeld"]["DESCRIPTION"])


def test_a_wrong_or_renewed_address_or_a_former_member_gets_nothing(client, meetings_index, member):
    published(meetings_index)
    client.force_login(member)
    path = personal_feed_path(client)
    assert client.get(path.replace(".ics", "0.ics")).status_code == 404
    assert client.get(re.sub(r"-[0-9a-f]{32}", "-" + "0" * 32, path)).status_code == 404

    response = client.post("/bijeenkomsten/agenda/nieuw/")
    assert response["Location"] == "/account/gegevens/#agenda"
    new_path = personal_feed_path(client)
    assert new_path != path
    assert client.get(path).status_code == 404
    assert client.get(new_path).status_code == 200

    member.membership.delete()
    assert client.get(new_path).status_code == 404


def test_only_a_member_can_renew_an_address(client, meetings_index):
    assert client.get("/bijeenkomsten/agenda/nieuw/").status_code == 405
    assert client.post("/bijeenkomsten/agenda/nieuw/").status_code == 302
    client.force_login(UserFactory())
    assert client.post("/bijeenkomsten/agenda/nieuw/").status_code == 403


def test_a_visitors_calendar_file_is_served_from_the_page_cache_until_it_changes(
    client, meetings_index, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    meeting = published(meetings_index, title="Gecached")
    path = f"/bijeenkomsten/{meeting.slug}.ics"
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    assert queries_made(captured) == []
    services.meeting_cancel(meeting=meeting)
    _calendar, found = events(client, path)
    assert found["Gecached"]["STATUS"] == "CANCELLED"
