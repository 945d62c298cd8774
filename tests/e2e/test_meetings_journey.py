"""The coordinator plans a series and publishes a meeting; a member registers and puts it
in their calendar; the coordinator cancels it. In a real browser, axe-core on every page.
"""

import re
from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import Page, expect

from cirkelinkoop.demo import DEFAULT_COORDINATOR_PASSWORD, DEMO_COORDINATOR
from meetings.models import MeetingPage, Registration
from scripts.bench_pages import MEMBER_EMAIL
from tests.e2e.conftest import DEMO_MEMBER_PASSWORD, assert_accessible
from tests.e2e.test_join_journey import sign_in
from tests.meetings.factories import MeetingSeriesFactory


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
    page.get_by_role("button", name="Acties", exact=True).click()
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
