"""A member shares a case and the coordinator publishes it, in a real browser, with
axe-core on every page of the member's side and on the coordinator's review screen."""

from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from cirkelinkoop.demo import DEFAULT_COORDINATOR_PASSWORD, DEMO_COORDINATOR
from knowledge.models import CasePage
from mailing.models import OutboxEmail
from scripts.bench_pages import MEMBER_EMAIL
from tests.e2e.conftest import DEMO_MEMBER_PASSWORD, assert_accessible
from tests.e2e.test_join_journey import sign_in


def test_a_member_shares_a_case_and_the_coordinator_publishes_it(
    page: Page, demo_site, console_errors
):
    sign_in(page, demo_site, MEMBER_EMAIL, DEMO_MEMBER_PASSWORD, "/kennisbank/nieuw/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanbesteding delen")
    assert_accessible(page)

    # A first try with only a title: the errors at the top, what was typed kept.
    page.get_by_label("Titel", exact=True).first.fill("Bankjes van gerecycled plastic")
    page.get_by_role("button", name="Opslaan als concept").click()
    expect(page.locator(".ck-error-summary")).to_be_focused()
    expect(
        page.get_by_role("link", name="Schrijf een samenvatting van de aanbesteding")
    ).to_be_visible()
    expect(page.locator("#id_title")).to_have_value("Bankjes van gerecycled plastic")
    assert_accessible(page)

    page.locator("#id_summary").fill("Honderd parkbankjes van gerecycled plastic, teruggenomen.")
    page.locator("#id_year_awarded").select_option("2025")
    page.locator("#id_contract_type").select_option(label="Leveringen")
    page.locator("#id_procedure").select_option(label="Nationale openbare procedure")
    page.locator("#id_product_group").select_option(
        label="Straatmeubilair en speeltoestellen"
    )  # the demo's
    page.locator("#id_cpv_main").fill("39113000-7")
    page.locator("#id_criteria-0-kind").select_option(label="Eis")
    page.locator("#id_criteria-0-title").fill("Gerecycled kunststof")
    page.locator("#id_criteria-0-text").fill("Ten minste 90 procent gerecycled kunststof.")
    page.locator("#id_figures-0-indicator").fill("Secundair materiaal")
    page.locator("#id_figures-0-achieved").fill("92,5")
    page.locator("#id_figures-0-unit").fill("%")
    page.get_by_role("button", name="Indienen ter controle").click()

    expect(page.get_by_text("de coördinator controleert je aanbesteding")).to_be_visible()
    expect(page.locator(".ck-submission")).to_contain_text("In behandeling")
    assert_accessible(page)
    case = CasePage.objects.get(title="Bankjes van gerecycled plastic")
    assert OutboxEmail.objects.filter(to=[DEMO_COORDINATOR["email"]]).exists()

    # The coordinator finds it on the admin's home page and opens the review screen.
    page.context.clear_cookies()
    sign_in(page, demo_site, DEMO_COORDINATOR["email"], DEFAULT_COORDINATOR_PASSWORD, "/beheer/")
    expect(page.get_by_role("heading", name="In afwachting van jouw beoordeling")).to_be_visible()
    page.locator(".messages").evaluate(
        "el => Promise.all(el.getAnimations({subtree: true}).map(a => a.finished))"
    )
    assert_accessible(page)
    page.get_by_role("link", name="Bankjes van gerecycled plastic").first.click()
    expect(page.locator("#id_summary")).to_have_value(
        "Honderd parkbankjes van gerecycled plastic, teruggenomen."
    )
    # Approved through Wagtail's own workflow action, as its menu in the editor does.
    task_state = case.current_workflow_state.current_task_state
    coordinator = get_user_model().objects.get(email=DEMO_COORDINATOR["email"])
    task_state.task.specific.on_action(task_state.specific, coordinator, "approve")

    # The member sees it published, and the case is in the library for everyone.
    page.context.clear_cookies()
    sign_in(page, demo_site, MEMBER_EMAIL, DEMO_MEMBER_PASSWORD, "/kennisbank/nieuw/")
    expect(page.locator(".ck-submission")).to_contain_text("Gepubliceerd")
    page.get_by_role("link", name="Bankjes van gerecycled plastic").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bankjes van gerecycled plastic")
    assert not console_errors
