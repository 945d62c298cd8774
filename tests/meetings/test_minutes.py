"""Minutes: begun from the agenda, sent to attendees and members, approved at the next
meeting and frozen; who reads what; the open actions; attendance and its export."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry, PageLogEntry

from mailing.models import OutboxEmail
from meetings import services
from meetings.models import ActionItem, Minutes, MinutesStatus
from tests.factories import MembershipFactory
from tests.meetings.factories import (
    MeetingPageFactory,
    MeetingSeriesFactory,
    RegistrationFactory,
    in_days,
    meeting_publish,
)

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Gemeente X noemde de prijs van de laagste inschrijver."


def held(meetings_index, days_ago=7, **fields):
    meeting = MeetingPageFactory(
        parent=meetings_index,
        live=False,
        start=in_days(-days_ago),
        end=in_days(-days_ago, 16),
        **fields,
    )
    meeting.agenda_items.create(title="Opening", duration_minutes=10, sort_order=0)
    meeting.agenda_items.create(title="Groenbestek", duration_minutes=30, sort_order=1)
    meeting = meeting_publish(meeting)
    services.meetings_mark_held()
    return meeting


def written(meeting) -> Minutes:
    minutes = services.minutes_start(meeting=meeting)
    item = minutes.items.get(title="Groenbestek")
    item.notes, item.decisions = SECRET_NOTE, "Elektrisch is de norm.\nWe delen het bestek."
    item.save()
    minutes.public_summary = "Het ging over groenbestekken."
    minutes.save()
    ActionItem.objects.create(minutes=minutes, description="Bestek delen in de kennisbank")
    return minutes


class TestLifecycle:
    def test_minutes_begin_with_a_section_per_agenda_item(self, meetings_index):
        minutes = services.minutes_start(meeting=held(meetings_index))
        assert [i.title for i in minutes.items.all()] == ["Opening", "Groenbestek"]
        assert minutes.status == MinutesStatus.DRAFT
        assert services.minutes_start(meeting=minutes.meeting) == minutes, "never twice"

    def test_sending_tells_attendees_and_members_once_each(self, meetings_index, member):
        meeting = held(meetings_index)
        attendee = MembershipFactory().user
        RegistrationFactory(meeting=meeting, user=attendee, attended=True)
        minutes = written(meeting)

        services.minutes_publish(minutes=minutes)
        emails = OutboxEmail.objects.filter(kind="meetings/email/minutes_published")
        assert sorted(e.to[0] for e in emails) == sorted([attendee.email, member.email])
        assert emails[0].subject == f"Verslag te lezen: {meeting.title}"
        with pytest.raises(ValidationError):
            services.minutes_publish(minutes=minutes)
        assert emails.count() == 2

    def test_minutes_of_a_meeting_ahead_cannot_be_sent(self, meetings_index):
        meeting = meeting_publish(MeetingPageFactory(parent=meetings_index, live=False))
        minutes = services.minutes_start(meeting=meeting)
        with pytest.raises(ValidationError):
            services.minutes_publish(minutes=minutes)

    def test_approved_at_the_next_meeting_and_then_frozen_with_history(self, meetings_index):
        series = MeetingSeriesFactory()
        meeting = held(meetings_index, days_ago=50, series=series)
        later = meeting_publish(
            MeetingPageFactory(
                parent=meetings_index,
                live=False,
                series=series,
                start=in_days(-8),
                end=in_days(-8, 16),
            )
        )
        minutes = written(meeting)
        with pytest.raises(ValidationError):  # a draft is not approved
            services.minutes_approve(minutes=minutes)
        services.minutes_publish(minutes=minutes)
        services.minutes_approve(minutes=minutes)

        minutes.refresh_from_db()
        assert minutes.status == MinutesStatus.APPROVED and minutes.approved_in == later
        minutes.public_summary = "Achteraf anders opgeschreven."
        with pytest.raises(ValidationError):
            minutes.full_clean()
        actions = ModelLogEntry.objects.for_instance(minutes).values_list("action", flat=True)
        assert {"meetings.minutes.published", "meetings.minutes.approved"} <= set(actions)
        assert minutes.revisions.count() >= 3


class TestReading:
    def test_members_read_everything_visitors_the_summary(self, client, meetings_index, member):
        meeting = held(meetings_index)
        services.minutes_publish(minutes=written(meeting))

        page = client.get(meeting.url).content.decode()
        assert "Het ging over groenbestekken." in page
        assert SECRET_NOTE not in page and "Bestek delen" not in page
        client.force_login(member)
        page = client.get(meeting.url).content.decode()
        assert SECRET_NOTE in page and "Elektrisch is de norm." in page
        assert "Bestek delen in de kennisbank" in page

    def test_draft_minutes_are_read_by_nobody(self, client, meetings_index, member):
        meeting = held(meetings_index)
        written(meeting)
        client.force_login(member)
        page = client.get(meeting.url).content.decode()
        assert "Het ging over groenbestekken." not in page and SECRET_NOTE not in page

    def test_the_next_meeting_links_the_previous_minutes(self, client, meetings_index):
        series = MeetingSeriesFactory()
        meeting = held(meetings_index, series=series)
        services.minutes_publish(minutes=written(meeting))
        [upcoming] = services.meeting_series_plan(series=series, until=in_days(60).date())[:1]
        meeting_publish(upcoming)
        page = client.get(upcoming.url).content.decode()
        assert f'href="{meeting.url}#verslag">Verslag van de vorige bijeenkomst' in page

    def test_open_actions_for_members_only_soonest_first(self, client, meetings_index, member):
        minutes = written(held(meetings_index))
        ActionItem.objects.create(minutes=minutes, description="Al gedaan", status="done")
        assert client.get("/bijeenkomsten/acties/").status_code == 302
        client.force_login(member)
        assert "Bestek delen" not in client.get("/bijeenkomsten/acties/").content.decode()
        services.minutes_publish(minutes=minutes)
        page = client.get("/bijeenkomsten/acties/").content.decode()
        assert "Bestek delen in de kennisbank" in page and "Al gedaan" not in page

    def test_an_action_changed_shows_in_the_list_at_once(self, client, meetings_index, member):
        minutes = services.minutes_publish(minutes=written(held(meetings_index)))
        client.force_login(member)
        client.get("/bijeenkomsten/acties/")  # the site's settings made: the list now kept
        kept = client.get("/bijeenkomsten/acties/").content.decode()
        assert "Bestek delen in de kennisbank" in kept

        action = minutes.actions.get()
        action.description = "Bestek en ervaringen delen in de kennisbank"
        action.save()
        page = client.get("/bijeenkomsten/acties/").content.decode()
        assert "Bestek en ervaringen delen in de kennisbank" in page

        action.status = "done"
        action.save()
        page = client.get("/bijeenkomsten/acties/").content.decode()
        assert "Bestek en ervaringen" not in page and "Er staan geen acties open" in page


class TestAttendance:
    def test_the_coordinator_records_who_came_and_exports_the_list_logged(
        self, client, meetings_index, coordinator
    ):
        meeting = held(meetings_index)
        came = RegistrationFactory(meeting=meeting, user=MembershipFactory().user)
        stayed_away = RegistrationFactory(meeting=meeting, user=MembershipFactory().user)
        client.force_login(coordinator)
        url = f"/beheer/bijeenkomsten/{meeting.pk}/aanmeldingen/"
        assert client.get(url).status_code == 200
        client.post(url, {"attended": [came.pk]})
        came.refresh_from_db(), stayed_away.refresh_from_db()
        assert (came.attended, stayed_away.attended) == (True, False)

        export = client.get(url + "export.csv")
        assert export["Content-Type"] == "text/csv; charset=utf-8"
        rows = export.content.decode().splitlines()
        assert rows[0].startswith("Naam,E-mailadres,Organisatie")
        assert any(came.user.email in row and row.endswith(",ja") for row in rows)
        assert PageLogEntry.objects.filter(
            page=meeting, action="meetings.registrations.exported", user=coordinator
        ).exists()

    def test_attendance_of_a_meeting_ahead_cannot_be_recorded(self, meetings_index):
        meeting = meeting_publish(MeetingPageFactory(parent=meetings_index, live=False))
        with pytest.raises(ValidationError):
            services.attendance_record(meeting=meeting, attended_ids=[])


def test_the_coordinator_is_reminded_once_of_minutes_not_sent(meetings_index, coordinator):
    from wagtail.models import Site

    from members.models import CoordinatorSettings

    settings = CoordinatorSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "coordinator@coalitie.example"
    settings.save()
    late = held(meetings_index, days_ago=5)
    sent = held(meetings_index, days_ago=6)
    services.minutes_publish(minutes=written(sent))
    held(meetings_index, days_ago=1)  # not late yet

    assert services.minutes_reminders_send() == 1
    assert services.minutes_reminders_send() == 0
    [email] = OutboxEmail.objects.filter(kind="meetings/email/minutes_overdue")
    assert email.to == ["coordinator@coalitie.example"] and late.title in email.subject
