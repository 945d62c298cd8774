"""A buyer puts two cases side by side and takes their criteria away as a Word document,
on a phone and without JavaScript: every step is a link or a GET form. (Playwright's
evaluate, which axe and a layout check need, waits forever without JavaScript.)"""

import io
import re

import pytest
from docx import Document
from playwright.sync_api import Page, expect

from knowledge.models import CaseIndexPage
from tests.e2e.conftest import assert_accessible
from tests.knowledge.factories import CaseCriterionFactory, CasePageFactory, ProductGroupFactory


@pytest.fixture
def cases(transactional_db, live_server, home):
    library = CaseIndexPage.objects.get()
    group = ProductGroupFactory(name="Groenbeheer", slug="groenbeheer")
    maaien = CasePageFactory(parent=library, title="Maaien zonder uitstoot", product_group=group)
    CaseCriterionFactory(page=maaien, title="Emissievrij maaien")
    bermen = CasePageFactory(parent=library, title="Bermen als bloemenlint", product_group=group)
    CaseCriterionFactory(page=bermen, title="Inheems zaaigoed")
    return live_server.url, maaien, bermen


@pytest.fixture
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "java_script_enabled": False,
        "viewport": {"width": 360, "height": 800},
    }


def test_a_buyer_compares_two_cases_and_downloads_their_criteria(page: Page, browser, cases):
    base, maaien, bermen = cases

    page.goto(base + maaien.url)
    page.get_by_role("button", name="Zet in vergelijking").click()
    page.get_by_label("Aanbesteding", exact=True).select_option(label=f"{bermen.title} (2024)")
    page.get_by_role("button", name="Voeg toe aan de vergelijking").click()

    table = page.get_by_role("table", name="2 aanbestedingen vergeleken")
    expect(table.get_by_role("columnheader")).to_have_count(2)
    expect(table.get_by_role("rowheader", name="Gestelde criteria")).to_be_visible()
    assert "cases=" in page.url  # the address is the comparison: it can be shared
    # The shared address, opened on a phone with JavaScript (which axe needs): the table
    # scrolls on its own, the page does not scroll sideways.
    phone = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
    phone.goto(page.url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone)
    phone.context.close()

    link = page.get_by_role("link", name="Word-document")
    expect(link).to_have_attribute("download", "")
    response = page.request.get(base + link.get_attribute("href"))
    assert 'filename="criteria-vergelijking.docx"' in response.headers["content-disposition"]
    document = Document(io.BytesIO(response.body()))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert {"Emissievrij maaien", "Inheems zaaigoed"} <= set(texts)

    page.get_by_role("link", name=re.compile(f"^Verwijderen.*{maaien.title}$")).click()
    expect(page.get_by_role("table", name="De vergeleken aanbesteding")).to_be_visible()
