"""A visitor's two minutes in the library, in a real browser: filter by theme and product
group, search, open a case, download its public document, compare it with a second case
and take both cases' criteria away as Word and CSV. Every page on the way passes axe."""

import csv
import io
import re

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from docx import Document
from playwright.sync_api import Page, expect

from knowledge.models import CaseDocument, CaseIndexPage, ThemeIndexPage
from knowledge.reuse import CSV_DELIMITER
from tests.e2e.conftest import assert_accessible
from tests.knowledge.factories import (
    CaseCriterionFactory,
    CasePageFactory,
    ProductGroupFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def library(live_server, home):
    library = CaseIndexPage.objects.get()
    green = ThemePageFactory(
        parent=ThemeIndexPage.objects.get(), title="Duurzaam groenbeheer", slug="groenbeheer"
    )
    space = ThemePageFactory(
        parent=ThemeIndexPage.objects.get(), title="Openbare ruimte", slug="openbare-ruimte"
    )
    mowing = ProductGroupFactory(name="Maaien en snoeien", slug="maaien")
    furniture = ProductGroupFactory(name="Straatmeubilair", slug="meubilair")
    maaien = CasePageFactory(
        parent=library,
        title="Maaien zonder uitstoot",
        summary="Bermen en parken gemaaid met elektrisch materieel.",
        themes=[green],
        product_group=mowing,
        year_awarded=2024,
    )
    CaseCriterionFactory(page=maaien, title="Emissievrij maaien")
    specification = wagtail_factories.DocumentFactory(title="Bestek maaien zonder uitstoot")
    specification.file.save("bestek.pdf", ContentFile(b"%PDF-1.4 bestek"), save=True)
    CaseDocument.objects.create(page=maaien, document=specification, sort_order=0)
    bermen = CasePageFactory(
        parent=library,
        title="Bermen als bloemenlint",
        summary="Ecologisch bermbeheer met maaisel als compost.",
        themes=[green],
        product_group=mowing,
        year_awarded=2023,
    )
    CaseCriterionFactory(page=bermen, title="Inheems zaaigoed")
    CasePageFactory(
        parent=library,
        title="Banken van gerecycled plastic",
        summary="Elektrisch gestookte productie van parkbanken.",
        themes=[space],
        product_group=furniture,
    )
    return live_server.url, maaien, bermen


def test_a_visitor_finds_a_case_downloads_its_document_compares_and_reuses_criteria(
    page: Page, library
):
    base, maaien, bermen = library
    page.goto(base + "/kennisbank/")
    expect(page.get_by_role("heading", name="3 aanbestedingen")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("checkbox", name=re.compile("^Duurzaam groenbeheer")).check()
    page.get_by_role("checkbox", name=re.compile("^Maaien en snoeien")).check()
    page.get_by_label("Zoek in de kennisbank").fill("elektrisch")
    page.get_by_role("button", name="Toon resultaten").click()

    expect(page.get_by_role("heading", name="1 aanbesteding", exact=True)).to_be_visible()
    assert "thema=groenbeheer" in page.url and "productgroep=maaien" in page.url
    expect(page.get_by_role("link", name=re.compile("Verwijder filter Thema"))).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=maaien.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(maaien.title)
    assert_accessible(page)
    document = page.get_by_role("link", name="Bestek maaien zonder uitstoot")
    download = page.request.get(base + document.get_attribute("href"))
    assert download.ok
    assert download.body().startswith(b"%PDF")

    page.get_by_role("button", name="Zet in vergelijking").click()
    page.get_by_label("Aanbesteding", exact=True).select_option(label=f"{bermen.title} (2023)")
    page.get_by_role("button", name="Voeg toe aan de vergelijking").click()
    table = page.get_by_role("table", name="2 aanbestedingen vergeleken")
    expect(table.get_by_role("columnheader")).to_have_count(2)
    assert_accessible(page)

    word = page.request.get(
        base + page.get_by_role("link", name="Word-document").get_attribute("href")
    )
    paragraphs = {paragraph.text for paragraph in Document(io.BytesIO(word.body())).paragraphs}
    assert {"Emissievrij maaien", "Inheems zaaigoed"} <= paragraphs
    spreadsheet = page.get_by_role("link", name="spreadsheet (CSV)")
    table_text = page.request.get(base + spreadsheet.get_attribute("href")).text()
    rows = list(csv.reader(io.StringIO(table_text), delimiter=CSV_DELIMITER))
    assert {"Emissievrij maaien", "Inheems zaaigoed"} <= {cell for row in rows for cell in row}
