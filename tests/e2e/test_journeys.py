"""A newcomer's first visit, by mouse and by keyboard, checked with axe-core on every page."""

import re

from playwright.sync_api import Page, expect

from cirkelinkoop.demo import DEMO_MEMBER
from tests.e2e.conftest import DEMO_MEMBER_PASSWORD, assert_accessible


def test_visitor_reads_the_home_page_and_a_standard_page(page: Page, demo_site, console_errors):
    page.goto(demo_site + "/")
    expect(page).to_have_title(re.compile("Cirkelinkoop"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Samen circulair inkopen in de regio Utrecht"
    )
    assert_accessible(page)

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Het RCIO").click()

    expect(page).to_have_url(demo_site + "/het-rcio/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Het RCIO")
    expect(page.get_by_role("navigation", name="Kruimelpad")).to_contain_text("Home")
    assert_accessible(page)
    assert console_errors == []


def test_keyboard_user_skips_to_the_content_and_uses_the_menu(page: Page, demo_site):
    page.goto(demo_site + "/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#inhoud")).to_be_focused()

    menu_link = page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Over de coalitie"
    )
    # Back from main through the menu: the keyboard order is the DOM order.
    for _ in range(20):
        page.keyboard.press("Shift+Tab")
        if menu_link.evaluate("link => link === document.activeElement"):
            break
    expect(menu_link).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(demo_site + "/over-de-coalitie/")
    assert_accessible(page)


def test_visitor_searches_from_the_header(page: Page, demo_site):
    page.goto(demo_site + "/")

    page.get_by_role("searchbox", name="Zoeken in het portaal").fill("Ambitieweb")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/zoeken/\?q=Ambitieweb"))
    results = page.get_by_role("region", name=re.compile("resulta"))
    expect(results.get_by_role("link", name="Het RCIO")).to_be_visible()
    assert_accessible(page)


def test_member_signs_in_after_a_typo(page: Page, demo_site, console_errors):
    page.goto(demo_site + "/")
    page.get_by_role("link", name="Inloggen").click()
    expect(page.get_by_label("Wachtwoord", exact=True)).to_be_visible()
    assert_accessible(page)

    page.get_by_label("E-mailadres", exact=True).fill(DEMO_MEMBER["email"])
    page.get_by_label("Wachtwoord", exact=True).fill("tikfout")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_label("E-mailadres", exact=True)).to_have_value(DEMO_MEMBER["email"])
    assert_accessible(page)

    page.get_by_label("Wachtwoord", exact=True).fill(DEMO_MEMBER_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()

    expect(page).to_have_url(demo_site + "/")
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
    assert_accessible(page)
    assert console_errors == []


def test_a_wrong_address_shows_the_not_found_page(page: Page, demo_site):
    response = page.goto(demo_site + "/bestaat-niet/")

    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    expect(page.get_by_role("link", name="Naar de homepage")).to_be_visible()
    assert_accessible(page)


def test_pages_fit_a_320_pixel_screen_without_sideways_scrolling(page: Page, demo_site):
    page.set_viewport_size({"width": 320, "height": 700})

    for path in ("/", "/het-rcio/", "/toegankelijkheidsverklaring/", "/account/login/"):
        page.goto(demo_site + path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 320, f"{path} is {scroll_width}px wide"
    assert_accessible(page)


def test_pages_do_not_shift_while_the_font_and_styles_load(page: Page, demo_site):
    page.set_viewport_size({"width": 360, "height": 800})
    page.add_init_script(
        "window.layoutShift = 0; new PerformanceObserver(list => { for (const entry of "
        "list.getEntries()) { if (!entry.hadRecentInput) window.layoutShift += entry.value; } })"
        ".observe({type: 'layout-shift', buffered: true});"
    )

    for path in ("/", "/het-rcio/"):
        page.goto(demo_site + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.layoutShift") < 0.01, path
