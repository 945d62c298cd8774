"""The case library in a real browser: filtering by ticking and submitting, without
JavaScript, and no axe-core violations plain, filtered or empty, on a phone and wide."""

import pytest
from playwright.sync_api import Browser, Page, expect

from knowledge.models import CaseIndexPage, CasePage, Strategy
from tests.e2e.conftest import assert_accessible
from tests.knowledge.factories import CasePageFactory, ProductGroupFactory

pytestmark = pytest.mark.django_db(transaction=True)


def public_cases() -> int:
    return CasePage.objects.live().public().count()


@pytest.fixture
def library_site(demo_site):
    library = CaseIndexPage.objects.get()
    green = ProductGroupFactory(name="Groenbeheer", slug="groenbeheer")
    furniture = ProductGroupFactory(name="Zitmeubilair", slug="zitmeubilair")
    for number, (title, group, kind, year) in enumerate(
        [
            ("Bermen maaien met elektrisch materieel", green, "services", 2024),
            ("Parkbanken van gerecycled plastic", furniture, "supplies", 2023),
            ("Houten voetgangersbruggen", furniture, "works", 2022),
        ]
    ):
        case = CasePageFactory(
            parent=library, title=title, product_group=group, contract_type=kind, year_awarded=year
        )
        case.strategies.set(Strategy.objects.filter(code=["R2", "R3", "R8"][number]))
        case.save()
    return demo_site


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize(
    "query",
    ["", "?productgroep=zitmeubilair&soort=supplies&q=plastic", "?soort=works&jaar=2024"],
)
def test_the_library_is_accessible_plain_filtered_and_empty(page: Page, library_site, width, query):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{library_site}/kennisbank/{query}")

    assert_accessible(page)
    width_of_page = page.evaluate("document.documentElement.scrollWidth")
    assert width_of_page <= width, "nothing sticks out sideways"


def test_filtering_works_by_keyboard_without_javascript(browser: Browser, library_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{library_site}/kennisbank/")
    everything = f"{public_cases()} aanbestedingen"  # the demo's and the three above
    expect(page.get_by_role("heading", name=everything)).to_be_visible()

    page.get_by_role("group", name="Productgroep").get_by_label("Zitmeubilair").check()
    page.get_by_role("button", name="Toon resultaten").press("Enter")

    expect(page.get_by_role("heading", name="2 aanbestedingen")).to_be_visible()
    assert "productgroep=zitmeubilair" in page.url
    page.get_by_role("link", name="Verwijder filter Productgroep: Zitmeubilair").click()
    expect(page.get_by_role("heading", name=everything)).to_be_visible()
    context.close()
