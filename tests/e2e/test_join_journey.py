"""A new municipality joins: the form, the coordinator's approval, the invitation, sign-up.

The journey of issue #3, in a real browser against the live server, with axe-core on
every page it visits (the admin's too).
"""

import re
from urllib.parse import urlparse

from django.core import mail
from playwright.sync_api import Page, expect

from cirkelinkoop.demo import DEFAULT_COORDINATOR_PASSWORD, DEMO_COORDINATOR
from members.models import JoinRequest
from tests.e2e.conftest import assert_accessible

NEW_PASSWORD = "groen-inkopen-in-renswoude-2026"


def sign_in(page: Page, base: str, email: str, password: str, next_path: str) -> None:
    page.goto(f"{base}/account/login/?next={next_path}")
    page.get_by_label("E-mailadres", exact=True).fill(email)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_role("button", name="Inloggen").click()


def test_a_new_municipality_joins_and_its_contact_reaches_the_directory(
    page: Page, demo_site, console_errors
):
    # A visitor from Renswoude finds the way to the join form.
    page.goto(demo_site + "/deelnemers/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Deelnemers")
    expect(page.get_by_role("link", name="Gemeente Renswoude")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("link", name="Vraag om mee te doen").click()
    expect(page).to_have_url(demo_site + "/deelnemen/")
    assert_accessible(page)

    # A first try without consent: the error is named at the top and next to the field.
    page.get_by_label("Naam van je organisatie").fill("Gemeente Renswoude")
    page.get_by_label("Soort organisatie").select_option(label="Gemeente")
    page.get_by_label("Je naam").fill("Ria Nieuwkomer (test)")
    page.get_by_label("Je zakelijke e-mailadres").fill("ria.nieuwkomer@renswoude.example")
    page.get_by_label("Je rol").select_option(label="Inkoper")
    page.get_by_label("Waarom wil jouw organisatie meedoen?").fill(
        "Wij beginnen met circulair inkopen en willen leren van de buurgemeenten."
    )
    page.get_by_role("button", name="Aanvraag versturen").click()
    expect(page.get_by_role("alert")).to_contain_text("Controleer het formulier")
    expect(page.locator(".ck-error-summary")).to_be_focused()
    expect(page.get_by_label("Je naam")).to_have_value("Ria Nieuwkomer (test)")
    assert_accessible(page)

    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Aanvraag versturen").click()
    expect(page).to_have_url(demo_site + "/deelnemen/bedankt/")
    expect(page.get_by_role("heading", name="Wat gebeurt er nu?")).to_be_visible()
    assert_accessible(page)
    join_request = JoinRequest.objects.get(email="ria.nieuwkomer@renswoude.example")
    assert {m.to[0] for m in mail.outbox} >= {
        "ria.nieuwkomer@renswoude.example",
        DEMO_COORDINATOR["email"],
    }

    # The coordinator signs in and approves it from the admin's home page.
    sign_in(page, demo_site, DEMO_COORDINATOR["email"], DEFAULT_COORDINATOR_PASSWORD, "/beheer/")
    expect(page.get_by_role("heading", name="Verzoeken die op antwoord wachten")).to_be_visible()
    # The admin's sign-in message fades in; axe reads its colours once that has finished.
    page.locator(".messages").evaluate(
        "el => Promise.all(el.getAnimations({subtree: true}).map(a => a.finished))"
    )
    assert_accessible(page)
    page.get_by_role("link", name="Gemeente Renswoude").click()
    expect(page).to_have_url(re.compile(rf"/beheer/joinrequest/edit/{join_request.pk}/$"))
    assert_accessible(page)
    page.get_by_role("link", name="Goedkeuren en uitnodigen").click()
    # The confirmation page first: axe on a page still being replaced finds no document.
    expect(page.get_by_role("button", name="Goedkeuren en uitnodigen")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Goedkeuren en uitnodigen").click()
    expect(
        page.get_by_text("Goedgekeurd: de contactpersoon krijgt een uitnodiging.")
    ).to_be_visible()

    # On a developer's machine the admin shows the e-mails sent: the invitation is there.
    page.goto(demo_site + "/beheer/outbox/")
    assert_accessible(page)
    page.get_by_role("link", name="Je uitnodiging voor Cirkelinkoop").first.click()
    expect(page.locator("pre.ck-email-body")).to_be_visible()
    assert_accessible(page)
    body = page.locator("pre.ck-email-body").inner_text()
    link = next(word for word in body.split() if "/account/uitnodiging/" in word)
    [message] = [m for m in mail.outbox if m.subject == "Je uitnodiging voor Cirkelinkoop"]
    assert message.to == ["ria.nieuwkomer@renswoude.example"] and link in message.body

    # The invitation's link leads to sign-up, and from there into the member directory.
    page.context.clear_cookies()
    page.goto(demo_site + urlparse(link).path)
    expect(page).to_have_url(demo_site + "/account/signup/")
    expect(page.get_by_label("E-mailadres", exact=True)).to_have_value(
        "ria.nieuwkomer@renswoude.example"
    )
    assert_accessible(page)
    page.get_by_label("Voornaam").fill("Ria")
    page.get_by_label("Achternaam").fill("Nieuwkomer (test)")
    page.get_by_label("Wachtwoord", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Wachtwoord (bevestigen)").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Account aanmaken").click()

    expect(page).to_have_url(demo_site + "/deelnemers/leden/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ledenlijst")
    expect(page.get_by_text("je doet nu mee namens Gemeente Renswoude")).to_be_visible()
    expect(page.get_by_role("heading", name="Anouk Kringloop (demo)")).to_be_visible()
    assert_accessible(page)
    assert console_errors == []
