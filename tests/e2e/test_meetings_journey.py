"""The coordinator plans a series and publishes a meeting; a member registers and puts it
in their calendar; the coordinator cancels it. After a meeting, the coordinator records
who came and sends the minutes, which the member reads. In a real browser, axe-core on
every page.
"""

import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import Page, expect

from cirkelinkoop.demo import DEFAULT_COORDINATOR_PASSWORD, DEMO_COORDINATOR
from mailing.models import OutboxEmail
from meetings.models import MeetingPage, Minutes, Registration
from scripts.bench_pages import MEMBER_EMAIL
from tests.e2e.conftest import DEMO_MEMBER_PASSWORD, assert_accessible
from tests.e2e.test_join_journey import sign_in
from tests.meetings.factories import MeetingSeriesFactory


def page_actions(page: Page):
    """The page editor's *Acties* menu in its header (a chooser has one of its own)."""
    return page.locator('header button[aria-label="Acties"]')


def test_a_series_is_planned_a_meeting_published_a_member_registers_and_it_is_cancelled(
    page: Page, demo_site, console_errors
):
    series = MeetingSeriesFactory(
        name="Marktconsultaties",
        kind="market",
        mode="hybrid",
        starts_on=timezone.localdate() + timedelta(days=7),
    )

    # The coordinator opens the series and its planning screen: the dates, and what moved.
    sign_in(
        page,
        demo_site,
        DEMO_COORDINATOR["email"],
        DEFAULT_COORDINATOR_PASSWORD,
        f"/beheer/meetingseries/edit/{series.pk}/",
    )
    assert_accessible(page)
    page.get_by_role("link", name="De komende bijeenkomsten plannen").click()
    expect(page.get_by_role("heading", name="Nog te plannen")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name=re.compile(r"bijeenkomsten plannen")).click()
    expect(page.get_by_text("gepland als concept")).to_be_visible()
    planned = series.meetings.order_by("start")
    assert planned.count() >= 7 and not planned.filter(live=True).exists()

    # She completes the first one and publishes it from the page editor.
    first = planned.first()
    page.get_by_role("link", name=first.title).click()
    page.locator("#id_intro").fill("Wat de markt kan leveren aan circulair straatmeubilair.")
    page.locator("#id_online_url").fill("https://vergaderen.example/markt")
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator(".messages")).to_contain_text("gepubliceerd")
    meeting = MeetingPage.objects.get(pk=first.pk)
    assert meeting.live and meeting.state.sequence == 0

    # A member finds it, registers, and takes the calendar file. (The editor is left
    # first: signed out under it, its editing-session ping would be refused.)
    page.goto(demo_site + "/")
    page.context.clear_cookies()
    sign_in(page, demo_site, MEMBER_EMAIL, DEMO_MEMBER_PASSWORD, "/bijeenkomsten/")
    assert_accessible(page)
    page.get_by_role("link", name=meeting.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting.title)
    assert_accessible(page)
    page.get_by_label("Ik doe online mee").check()
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Je bent aangemeld om online mee te doen")).to_be_visible()
    expect(page.get_by_role("link", name="online deelnemen")).to_have_attribute(
        "href", "https://vergaderen.example/markt"
    )
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Zet in je agenda (.ics)").click()
    event = Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == meeting.title
    assert "https://vergaderen.example/markt" in event["DESCRIPTION"]
    assert (
        Registration.objects.get(meeting=meeting, user__email=MEMBER_EMAIL).attendance == "online"
    )

    # The coordinator cancels it; the page and the calendar say so.
    page.context.clear_cookies()
    sign_in(
        page,
        demo_site,
        DEMO_COORDINATOR["email"],
        DEFAULT_COORDINATOR_PASSWORD,
        f"/beheer/pages/{meeting.pk}/edit/",
    )
    page_actions(page).click()
    page.get_by_role("link", name="Bijeenkomst annuleren").click()
    expect(page.get_by_role("heading", name="Deze bijeenkomst annuleren")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Deze bijeenkomst annuleren").click()
    expect(page.locator(".messages")).to_contain_text("De bijeenkomst is geannuleerd.")

    page.goto(demo_site + "/")
    page.context.clear_cookies()
    page.goto(demo_site + meeting.url)
    expect(page.get_by_text("Deze bijeenkomst is geannuleerd.")).to_be_visible()
    assert_accessible(page)
    feed = Calendar.from_ical(page.request.get(demo_site + "/bijeenkomsten/agenda.ics").body())
    cancelled = [e for e in feed.walk("VEVENT") if str(e["SUMMARY"]) == meeting.title]
    assert cancelled[0]["STATUS"] == "CANCELLED" and cancelled[0]["SEQUENCE"] == 1
    assert not console_errors


def test_the_coordinator_records_attendance_and_sends_the_minutes_the_member_reads_them(
    page: Page, demo_site, console_errors
):
    # The last meeting behind us, as if its minutes were not written yet.
    meeting = MeetingPage.objects.filter(minutes__status="published").get()
    meeting.minutes.delete()
    member = get_user_model().objects.get(email=MEMBER_EMAIL)
    registration = Registration.objects.create(meeting=meeting, user=member, attendance="in_person")

    sign_in(
        page,
        demo_site,
        DEMO_COORDINATOR["email"],
        DEFAULT_COORDINATOR_PASSWORD,
        f"/beheer/pages/{meeting.pk}/edit/",
    )
    page_actions(page).click()
    page.get_by_role("link", name="Aanmeldingen").click()
    expect(page.get_by_role("heading", name="Wie er waren")).to_be_visible()
    assert_accessible(page)
    page.get_by_label(member.get_full_name()).check()
    page.get_by_role("button", name="Aanwezigheid opslaan").click()
    expect(page.locator(".messages")).to_contain_text("De aanwezigheid is vastgelegd.")
    registration.refresh_from_db()
    assert registration.attended

    page.goto(f"{demo_site}/beheer/pages/{meeting.pk}/edit/")
    page_actions(page).click()
    page.get_by_role("link", name="Verslag", exact=True).click()
    expect(page.get_by_role("button", name="Verslag schrijven")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Verslag schrijven").click()
    page.locator("#id_public_summary").fill("Het overleg ging over hergebruik van klinkers.")
    page.locator("#id_items-1-notes").fill("Twee gemeenten vertelden over hun wijkvernieuwing.")
    page.locator("#id_items-1-decisions").fill("Hergebruik van klinkers wordt de norm.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".messages")).to_contain_text("bijgewerkt")
    minutes = Minutes.objects.get(meeting=meeting)  # saved, after the message above
    page.goto(f"{demo_site}/beheer/snippets/meetings/minutes/edit/{minutes.pk}/")
    page.get_by_role("link", name="Verslag versturen").click()
    expect(page.get_by_role("button", name="Verslag versturen")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Verslag versturen").click()
    expect(page.locator(".messages")).to_contain_text("Het verslag is verstuurd.")
    assert OutboxEmail.objects.filter(
        kind="meetings/email/minutes_published", to=[MEMBER_EMAIL]
    ).exists()

    # The member reads the full minutes; a visitor only the summary.
    page.goto(demo_site + "/")
    page.context.clear_cookies()
    sign_in(page, demo_site, MEMBER_EMAIL, DEMO_MEMBER_PASSWORD, meeting.url)
    expect(page.get_by_text("Hergebruik van klinkers wordt de norm.")).to_be_visible()
    assert_accessible(page)
    page.context.clear_cookies()
    page.goto(demo_site + meeting.url)
    expect(page.get_by_text("Het overleg ging over hergebruik van klinkers.")).to_be_visible()
    expect(page.get_by_text("Hergebruik van klinkers wordt de norm.")).to_have_count(0)
    assert not console_errors
