"""The other pages of the members app, by keyboard and mouse, with axe-core on each."""

from playwright.sync_api import Page, expect

from tests.e2e.conftest import assert_accessible


def test_a_visitor_asks_the_coordinator_a_question(page: Page, demo_site, console_errors):
    page.goto(demo_site + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Contact").click()
    # The title and introduction are the contact page's, as the coordinator wrote them.
    expect(page.get_by_role("heading", level=1)).to_have_text("Contact")
    expect(page.locator(".ck-lead")).to_contain_text("coördinator")
    assert_accessible(page)

    page.get_by_label("Je naam").fill("Vera Vraagsteller (test)")
    page.get_by_label("Je e-mailadres").fill("vera-at-voorbeeld.example")
    page.get_by_label("Onderwerp").fill("<b>Vraag</b> over groenbeheer")
    page.get_by_label("Je bericht").fill("Welke bestekken voor groenbeheer zijn er al?")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Bericht versturen").click()
    expect(page.locator(".ck-error-summary")).to_be_focused()
    expect(page.get_by_label("Onderwerp")).to_have_value("<b>Vraag</b> over groenbeheer")
    assert_accessible(page)

    page.get_by_label("Je e-mailadres").fill("vera@voorbeeld.example")
    page.get_by_role("button", name="Bericht versturen").click()
    expect(page).to_have_url(demo_site + "/contact/bedankt/")
    assert_accessible(page)
    assert console_errors == []


def test_a_visitor_reads_an_organisation_and_meets_the_sign_in_wall(page: Page, demo_site):
    page.goto(demo_site + "/deelnemers/")
    page.get_by_role("link", name="Gemeente Houten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gemeente Houten")
    expect(page.get_by_role("navigation", name="Kruimelpad")).to_contain_text("Deelnemers")
    assert_accessible(page)

    page.goto(demo_site + "/deelnemers/leden/")
    expect(page).to_have_url(demo_site + "/account/login/?next=/deelnemers/leden/")

    page.goto(demo_site + "/account/signup/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Account aanmaken")
    assert_accessible(page)
    page.get_by_label("Voornaam").fill("Iemand")
    page.get_by_label("Achternaam").fill("Van Buiten")
    page.get_by_label("E-mailadres", exact=True).fill("iemand@bedrijf.example")
    page.get_by_label("Wachtwoord", exact=True).fill("een-lang-wachtwoord-2026")
    page.get_by_label("Wachtwoord (bevestigen)").fill("een-lang-wachtwoord-2026")
    page.get_by_role("button", name="Account aanmaken").click()
    expect(page.locator("#id_email_error")).to_contain_text(
        "Alleen mensen van een deelnemende organisatie"
    )
    assert_accessible(page)

    page.goto(demo_site + "/account/uitnodiging/verlopen-of-onbekend/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze uitnodiging werkt niet meer")
    assert_accessible(page)


def test_the_participants_page_fits_a_small_screen(page: Page, demo_site):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/deelnemers/", "/deelnemen/", "/contact/"):
        page.goto(demo_site + path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 320, (path, scroll_width)
        assert_accessible(page)
