"""A member sees, downloads and deletes their own data, checked with axe-core on each page."""

import json

from playwright.sync_api import Page, expect

from cirkelinkoop.demo import DEMO_MEMBER
from members.models import Membership
from tests.e2e.conftest import DEMO_MEMBER_PASSWORD, assert_accessible


def test_a_member_downloads_and_then_deletes_their_data(page: Page, demo_site, console_errors):
    page.goto(demo_site + "/account/login/?next=/account/gegevens/")
    page.get_by_label("E-mailadres", exact=True).fill(DEMO_MEMBER["email"])
    page.get_by_label("Wachtwoord", exact=True).fill(DEMO_MEMBER_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn gegevens")
    expect(page.get_by_role("link", name="Gemeente Utrecht")).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Mijn gegevens downloaden").click()
    data = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert data["account"]["email"] == DEMO_MEMBER["email"]
    assert data["membership"]["organisation"] == "Gemeente Utrecht"

    page.get_by_role("link", name="Mijn account verwijderen").click()
    page.get_by_label("Wachtwoord", exact=True).fill(DEMO_MEMBER_PASSWORD)
    assert_accessible(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Je account verwijderen")
    assert_accessible(page)
    page.get_by_role("button", name="Mijn account verwijderen").click()
    # Not confirmed: the checkbox comes back with its error, nothing is deleted.
    expect(page.locator("#id_confirm_error")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Mijn account verwijderen").click()
    expect(page.get_by_role("alert").or_(page.get_by_role("status"))).to_contain_text(
        "Je account is verwijderd."
    )
    expect(page.get_by_role("link", name="Inloggen")).to_be_visible()
    assert not Membership.objects.filter(user__email=DEMO_MEMBER["email"]).exists()
    assert console_errors == []
