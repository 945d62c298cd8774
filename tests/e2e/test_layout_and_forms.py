"""The shared layout and form components in a real browser, at a phone's width and wider.

axe runs with the WCAG 2.2 AA tags here (target size included).
"""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from cirkelinkoop.demo import DEMO_MEMBER
from tests.e2e.conftest import DEMO_MEMBER_PASSWORD

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


def assert_wcag22(page: Page) -> None:
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    assert results.violations_count == 0, results.generate_report()


def menu_link(page: Page, name: str):
    return page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name=name)


def test_on_a_phone_the_menu_folds_behind_one_button(page: Page, demo_site):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(demo_site + "/over-de-coalitie/")

    toggle = page.get_by_text("Menu", exact=True)
    expect(toggle).to_be_visible()
    expect(menu_link(page, "Het RCIO")).to_be_hidden()
    # The page's own content starts high: logo and button only.
    assert page.locator("main").bounding_box()["y"] < 200
    assert_wcag22(page)

    toggle.click()
    expect(menu_link(page, "Het RCIO")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Zoeken in het portaal")).to_be_visible()
    assert_wcag22(page)
    menu_link(page, "Het RCIO").click()
    expect(page).to_have_url(demo_site + "/het-rcio/")


def test_the_menu_button_works_without_javascript(browser: Browser, demo_site):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 800}, locale="nl-NL"
    )
    page = context.new_page()
    page.goto(demo_site + "/")

    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the logo
    page.keyboard.press("Tab")  # the menu button
    page.keyboard.press("Enter")

    expect(menu_link(page, "Deelnemers")).to_be_visible()
    context.close()


def test_on_a_wide_screen_the_menu_shows_without_a_button(page: Page, demo_site):
    page.goto(demo_site + "/")

    expect(page.get_by_text("Menu", exact=True)).to_be_hidden()
    for name in ("Home", "Over de coalitie", "Het RCIO", "Deelnemers", "Contact"):
        expect(menu_link(page, name)).to_be_visible()


def test_the_footer_sits_at_the_bottom_of_a_short_page(page: Page, demo_site):
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.goto(demo_site + "/account/password/reset/")

    footer = page.locator("footer").bounding_box()
    assert abs(footer["y"] + footer["height"] - 1400) <= 1


def test_a_form_with_errors_focuses_its_summary_and_pristine_fields_look_normal(
    page: Page, demo_site
):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(demo_site + "/deelnemen/")
    motivation = page.get_by_label("Waarom wil jouw organisatie meedoen?")
    name = page.get_by_label("Naam van je organisatie")
    # Untouched and empty: the same border as any other field, not the error colour.
    assert motivation.evaluate("e => getComputedStyle(e).borderTopColor") == name.evaluate(
        "e => getComputedStyle(e).borderTopColor"
    )
    assert page.evaluate("document.querySelectorAll(':invalid').length") == 0

    page.get_by_role("button", name="Aanvraag versturen").click()

    summary = page.locator(".ck-error-summary")
    expect(summary).to_be_focused()
    assert page.title().startswith("Fout: ")
    expect(
        summary.get_by_role("link", name="Geef aan of je akkoord gaat", exact=False)
    ).to_be_visible()
    assert_wcag22(page)


def test_the_member_directory_has_tappable_contact_links(page: Page, demo_site):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(demo_site + "/account/login/?next=/deelnemers/leden/")
    expect(page.get_by_role("alert").or_(page.locator(".utrecht-alert--info"))).to_contain_text(
        "alleen voor leden"
    )
    page.get_by_label("E-mailadres", exact=True).fill(DEMO_MEMBER["email"])
    page.get_by_label("Wachtwoord", exact=True).fill(DEMO_MEMBER_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(demo_site + "/deelnemers/leden/")

    links = page.locator(".ck-person__link")
    assert links.count() > 0
    for box in (links.nth(i).bounding_box() for i in range(links.count())):
        assert box["height"] >= 24 and box["width"] >= 24, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_wcag22(page)
