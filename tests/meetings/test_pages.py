"""/bijeenkomsten/ and a meeting's page, as a visitor and as a member see them."""

import json
import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from knowledge.models import CaseIndexPage
from meetings import services
from meetings.models import AgendaItem, Registration
from tests.conftest import queries_made
from tests.factories import MembershipFactory, UserFactory
from tests.knowledge.factories import CasePageFactory
from tests.meetings.factories import (
    MeetingPageFactory,
    RegistrationFactory,
    in_days,
    meeting_publish,
)

pytestmark = pytest.mark.django_db

ONLINE_LINK = "https://vergaderen.example/geheim-123"


def published(meetings_index, **fields):
    return meeting_publish(MeetingPageFactory(parent=meetings_index, live=False, **fields))


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


class TestOverview:
    def test_the_next_meeting_first_then_the_rest_cancelled_and_archive(
        self, client, meetings_index
    ):
        later = published(
            meetings_index, title="Later overleg", start=in_days(40), end=in_days(40, 15)
        )
        soon = published(
            meetings_index, title="Eerstvolgend overleg", start=in_days(5), end=in_days(5, 15)
        )
        off = published(
            meetings_index, title="Vervallen overleg", start=in_days(20), end=in_days(20, 15)
        )
        services.meeting_cancel(meeting=off)
        held = published(
            meetings_index, title="Gehouden overleg", start=in_days(-30), end=in_days(-30, 15)
        )
        MeetingPageFactory(parent=meetings_index, live=False, title="Concept overleg")

        page = text(client.get("/bijeenkomsten/"))
        assert page.index(soon.title) < page.index("Daarna") < page.index(later.title)
        assert page.index("Geannuleerd") < page.index(off.title) < page.index("Archief")
        assert page.index("Archief") < page.index(held.title)
        assert "Concept overleg" not in page

    def test_without_meetings_it_says_when_dates_appear(self, client, meetings_index):
        page = text(client.get("/bijeenkomsten/"))
        assert "Er is nog geen bijeenkomst aangekondigd" in page
        assert "Er is nog geen bijeenkomst gehouden" in page

    def test_a_members_only_meeting_is_listed_for_members_only(
        self, client, meetings_index, member
    ):
        closed = published(meetings_index, title="Besloten sessie")
        PageViewRestriction.objects.create(page=closed, restriction_type="login")
        assert closed.title not in text(client.get("/bijeenkomsten/"))
        client.force_login(member)
        assert closed.title in text(client.get("/bijeenkomsten/"))


class TestMeetingPage:
    def test_a_visitor_sees_the_agenda_with_times_but_no_link_and_no_attendees(
        self, client, meetings_index
    ):
        meeting = MeetingPageFactory(
            parent=meetings_index,
            live=False,
            mode="hybrid",
            online_url=ONLINE_LINK,
            start=in_days(10, 12),
        )
        meeting.agenda_items.create(title="Opening", duration_minutes=10, sort_order=0)
        meeting.agenda_items.create(title="Groenbestek", duration_minutes=30, sort_order=1)
        meeting = meeting_publish(meeting)
        RegistrationFactory(meeting=meeting, user=MembershipFactory().user, show_name=True)

        page = text(client.get(meeting.url))
        assert re.search(
            r">\d\d\.00</time> <strong>Opening</strong>.*>\d\d\.10</time> <strong>Groenbestek", page
        )
        assert ONLINE_LINK not in page
        assert "Wie er komen" not in page
        assert "Inloggen om je aan te melden" in page

    def test_a_member_registers_and_then_sees_the_online_link(self, client, meetings_index, member):
        meeting = published(meetings_index, mode="hybrid", online_url=ONLINE_LINK)
        client.force_login(member)
        assert ONLINE_LINK not in text(client.get(meeting.url))

        response = client.post(meeting.url, {"attendance": "online", "show_name": "on"})
        assert response.status_code == 302
        page = text(client.get(response["Location"]))
        assert "Je bent aangemeld om online mee te doen" in page
        assert ONLINE_LINK in page
        assert Registration.objects.get(user=member).show_name

    def test_a_member_sees_organisations_and_only_the_names_given_to_show(
        self, client, meetings_index, member
    ):
        meeting = published(meetings_index)
        shown = MembershipFactory(organisation__name="Gemeente Zeist", user__first_name="Zoë").user
        hidden = MembershipFactory(
            organisation__name="Gemeente Houten", user__first_name="Harm"
        ).user
        RegistrationFactory(meeting=meeting, user=shown, show_name=True)
        RegistrationFactory(meeting=meeting, user=hidden, show_name=False)
        client.force_login(member)
        page = text(client.get(meeting.url))
        assert "Gemeente Zeist: Zoë" in page
        assert "Gemeente Houten" in page and "Harm" not in page

    def test_a_registration_without_a_choice_comes_back_with_the_error(
        self, client, meetings_index, member
    ):
        meeting = published(meetings_index)
        client.force_login(member)
        response = client.post(meeting.url, {"show_name": "on"})
        assert response.status_code == 400
        page = text(response)
        assert "Kies of en hoe je komt." in page
        assert re.search(r'name="show_name"[^>]*checked', page), "what was ticked stays ticked"
        assert not Registration.objects.exists()

    def test_an_account_without_membership_cannot_post_a_registration(self, client, meetings_index):
        meeting = published(meetings_index)
        client.force_login(UserFactory())
        assert client.post(meeting.url, {"attendance": "in_person"}).status_code == 403
        assert not Registration.objects.exists()

    def test_a_full_meeting_puts_the_member_on_the_waiting_list_and_says_so(
        self, client, meetings_index, member
    ):
        meeting = published(meetings_index, capacity=1)
        RegistrationFactory(meeting=meeting, user=MembershipFactory().user)
        client.force_login(member)
        response = client.post(meeting.url, {"attendance": "in_person"}, follow=True)
        assert "je staat op de wachtlijst" in text(response)

    def test_a_cancelled_meeting_says_so_and_takes_no_registrations(
        self, client, meetings_index, member
    ):
        meeting = published(meetings_index)
        services.meeting_cancel(meeting=meeting)
        client.force_login(member)
        page = text(client.get(meeting.url))
        assert "Deze bijeenkomst is geannuleerd." in page
        assert 'name="attendance"' not in page

    def test_the_page_carries_a_schema_org_event(self, client, meetings_index):
        meeting = published(meetings_index, mode="hybrid", online_url=ONLINE_LINK)
        old_start = meeting.start
        meeting.start, meeting.end = in_days(30), in_days(30, 15)
        meeting = meeting_publish(meeting)

        page = client.get(meeting.url).content.decode()
        data = json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
        )
        assert data["@type"] == "Event"
        assert data["eventStatus"] == "https://schema.org/EventRescheduled"
        assert data["previousStartDate"] == old_start.isoformat()
        assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
        assert ONLINE_LINK not in page

    def test_markup_in_a_title_cannot_end_the_json_ld_block(self, client, meetings_index):
        meeting = published(meetings_index, title="Over </script><script>alert(1)</script>")
        page = client.get(meeting.url).content.decode()
        assert "<script>alert(1)" not in page


class TestDocumentsAndCases:
    def test_members_only_documents_and_cases_are_for_members(self, client, meetings_index, member):
        root = Collection.get_first_root_node()
        for_members = root.add_child(name="Alleen leden")
        CollectionViewRestriction.objects.create(collection=for_members, restriction_type="login")
        handout = wagtail_factories.DocumentFactory(title="Hand-out", collection=root)
        slides = wagtail_factories.DocumentFactory(
            title="Presentatie groenbestek", collection=for_members
        )
        library = CaseIndexPage.objects.get()
        open_case = CasePageFactory(parent=library, title="Maaien zonder uitstoot")
        closed_case = CasePageFactory(parent=library, title="Besloten bestek", members_only=True)
        meeting = MeetingPageFactory(parent=meetings_index, live=False)
        meeting.agenda_items = [
            AgendaItem(
                title="Groenbestek", duration_minutes=30, related_cases=[open_case, closed_case]
            )
        ]
        meeting.attachments.create(document=handout, sort_order=0)
        meeting.attachments.create(document=slides, agenda_item="Groenbestek", sort_order=1)
        meeting = meeting_publish(meeting)

        page = text(client.get(meeting.url))
        assert "Hand-out" in page and "Maaien zonder uitstoot" in page
        assert "Presentatie groenbestek" not in page and "Besloten bestek" not in page
        assert "Nog één document is alleen voor leden." in page

        client.force_login(member)
        page = text(client.get(meeting.url))
        assert "Presentatie groenbestek" in page and "Besloten bestek" in page


class TestSpeakers:
    def test_a_member_as_speaker_is_named_with_their_organisation_never_their_address(
        self, client, meetings_index
    ):
        named = MembershipFactory(
            user=UserFactory(first_name="Sanne", last_name="Spreker"),
            organisation__name="Gemeente Houten",
        )
        nameless = MembershipFactory(
            user=UserFactory(first_name="", last_name="", email="anoniem@houten.example"),
            organisation__name="Gemeente Lopik",
        )
        meeting = MeetingPageFactory(parent=meetings_index, live=False)
        meeting.agenda_items = [
            AgendaItem(title="Groenbestek", duration_minutes=30, speaker=named),
            AgendaItem(title="Zonnepanelen", duration_minutes=20, speaker=nameless),
            AgendaItem(
                title="Marktvisie",
                duration_minutes=20,
                speaker_name="Piet Gast",
                speaker_organisation="Bureau Buiten",
            ),
        ]
        meeting = meeting_publish(meeting)

        page = text(client.get(meeting.url))
        assert "Sanne Spreker (Gemeente Houten)" in page
        assert "· Gemeente Lopik" in page and "anoniem@houten.example" not in page
        assert "Piet Gast (Bureau Buiten)" in page

    def test_a_speaker_who_leaves_leaves_the_agenda(self, client, meetings_index):
        speaker = MembershipFactory(user=UserFactory(first_name="Vera", last_name="Vertrek"))
        meeting = MeetingPageFactory(parent=meetings_index, live=False)
        meeting.agenda_items = [AgendaItem(title="Groenbestek", speaker=speaker)]
        meeting = meeting_publish(meeting)

        speaker.user.delete()

        page = text(client.get(meeting.url))
        assert "Groenbestek" in page and "Vera Vertrek" not in page


class TestSpeakerChooser:
    # That a page editor gets none of this is the permission matrix's row.
    def test_the_coordinator_finds_any_member_by_name_or_organisation(self, client, coordinator):
        MembershipFactory(
            user=UserFactory(first_name="Harm", last_name="Verborgen"),
            organisation__name="Gemeente Rhenen",
            in_directory=False,
        )
        MembershipFactory(user=UserFactory(first_name="Anna", last_name="Anders"))
        client.force_login(coordinator)

        found = client.get("/beheer/member_chooser/results/", {"q": "rhenen harm"})
        assert found.status_code == 200
        listing = found.content.decode()
        assert "Harm Verborgen" in listing and "Anna Anders" not in listing
        assert "Lid (organisatie)" in listing


class TestKeptBetweenReaders:
    """What the page keeps for all readers of a kind never reaches another kind, and goes
    as soon as what it shows changes."""

    def test_the_online_link_stays_with_those_who_registered(self, client, meetings_index, member):
        meeting = published(meetings_index, mode="hybrid", online_url=ONLINE_LINK)
        registered = MembershipFactory().user
        RegistrationFactory(meeting=meeting, user=registered, attendance="online")
        client.force_login(registered)
        assert ONLINE_LINK in text(client.get(meeting.url))

        client.force_login(member)
        assert ONLINE_LINK not in text(client.get(meeting.url))
        client.logout()
        assert ONLINE_LINK not in text(client.get(meeting.url))

    def test_who_comes_is_read_once_and_every_change_to_it_shows_at_once(
        self, client, meetings_index, member
    ):
        """The registrations are kept between readers: a new registration, a cancelled one,
        a person's new name and an organisation's new name each show on the next visit."""
        meeting = published(meetings_index, mode="hybrid", online_url=ONLINE_LINK, capacity=5)
        zoe = MembershipFactory(organisation__name="Gemeente Zeist", user__first_name="Zoë")
        client.force_login(member)
        client.get(meeting.url)
        assert "Nog niemand heeft zich aangemeld" in text(client.get(meeting.url))

        registration = RegistrationFactory(
            meeting=meeting, user=zoe.user, show_name=True, attendance="in_person"
        )
        page = text(client.get(meeting.url))
        assert "Gemeente Zeist: Zoë" in page and "Nog 4 plaatsen op locatie" in page
        with CaptureQueriesContext(connection) as captured:
            client.get(meeting.url)
        # The session and the account: nothing of the registrations, nor of the people.
        assert len(queries_made(captured)) == 2, queries_made(captured)

        zoe.user.first_name = "Zoë-Lynn"
        zoe.user.save()
        assert "Gemeente Zeist: Zoë-Lynn" in text(client.get(meeting.url))
        zoe.organisation.name = "Gemeente Zeist en Omgeving"
        zoe.organisation.save()
        assert "Gemeente Zeist en Omgeving: Zoë-Lynn" in text(client.get(meeting.url))

        client.force_login(zoe.user)
        assert ONLINE_LINK in text(client.get(meeting.url))
        registration.attendance = "apologies"
        registration.save()
        page = text(client.get(meeting.url))
        assert ONLINE_LINK not in page and "Je hebt je afgemeld" in page
        client.force_login(member)
        assert "Nog niemand heeft zich aangemeld" in text(client.get(meeting.url))

    def test_a_change_published_cancelled_or_minuted_shows_at_once(
        self, client, meetings_index, member, coordinator
    ):
        meeting = published(meetings_index, start=in_days(-2), end=in_days(-2, 15))
        meeting.agenda_items = [AgendaItem(title="Groenbestek", duration_minutes=30)]
        meeting = meeting_publish(meeting)
        client.force_login(member)
        assert "Groenbestek" in text(client.get(meeting.url))

        meeting.agenda_items = [AgendaItem(title="Maaisel als grondstof", duration_minutes=30)]
        meeting = meeting_publish(meeting)
        page = text(client.get(meeting.url))
        assert "Maaisel als grondstof" in page and "Groenbestek" not in page

        services.meetings_mark_held()
        minutes = services.minutes_start(meeting=meeting)
        minutes.public_summary = "Het overleg besprak maaisel."
        minutes.save()
        services.minutes_publish(minutes=minutes)
        assert "Het overleg besprak maaisel." in text(client.get(meeting.url))

        later = published(meetings_index, title="RCIO later")
        client.get(later.url)
        services.meeting_cancel(meeting=later)
        assert "Deze bijeenkomst is geannuleerd." in text(client.get(later.url))

    def test_a_meeting_unpublished_is_gone_though_it_was_routed_before(
        self, client, meetings_index, member
    ):
        meeting = published(meetings_index)
        client.force_login(member)
        assert client.get(meeting.url).status_code == 200

        meeting.unpublish()
        assert client.get(meeting.url).status_code == 404
        assert client.get("/bijeenkomsten/bestaat-niet/").status_code == 404
