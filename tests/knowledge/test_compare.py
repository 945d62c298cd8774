"""/kennisbank/vergelijk/: cases side by side by a shareable URL, added and removed
without JavaScript, members-only cases only for members."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from knowledge.models import CaseIndexPage
from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import (
    CaseCriterionFactory,
    CasePageFactory,
    CaseResultFigureFactory,
    ProductGroupFactory,
)

pytestmark = pytest.mark.django_db

COMPARE = "/kennisbank/vergelijk/"


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def column_titles(page: BeautifulSoup) -> list[str]:
    """The cases compared, in their order: the column headers' case links."""
    table = page.find("table")
    if table is None:
        return []
    return [th.find("a").text for th in table.find("thead").find_all("th", scope="col")]


def row(page: BeautifulSoup, name: str) -> list[str]:
    header = page.find("th", scope="row", string=name)
    assert header is not None, name
    return [" ".join(cell.get_text(" ").split()) for cell in header.find_next_siblings("td")]


@pytest.fixture
def two_cases(library):
    groen = ProductGroupFactory(name="Groenbeheer", slug="groenbeheer")
    maaien = CasePageFactory(
        parent=library,
        title="Maaien zonder uitstoot",
        slug="maaien-zonder-uitstoot",
        buyer_organisation=OrganisationFactory(name="Gemeente Utrecht"),
        year_awarded=2023,
        procedure="european_open",
        contract_type="services",
        value_band="1m_5m",
        duration_months=48,
        product_group=groen,
        lessons_learned="<p>Vraag de markt vroeg.</p>",
        what_did_not_work="<p>Laadpalen bij de werf ontbraken.</p>",
    )
    CaseCriterionFactory(page=maaien, kind="award", ambition_level=3, title="Emissievrij maaien")
    CaseResultFigureFactory(page=maaien, indicator="CO2-uitstoot", baseline=120, achieved=78)
    banken = CasePageFactory(
        parent=library,
        title="Banken van gerecycled plastic",
        slug="banken-gerecycled-plastic",
        buyer_organisation=None,
        buyer_name="Waterschap De Stichtse Rijnlanden",
        year_awarded=2021,
        procedure="national_open",
        contract_type="supplies",
        value_band="50k_250k",
        product_group=ProductGroupFactory(name="Straatmeubilair", slug="straatmeubilair"),
    )
    CaseCriterionFactory(page=banken, kind="requirement", ambition_level=None, title="Recyclaat")
    return maaien, banken


def test_two_cases_side_by_side_in_an_accessible_table(client, two_cases):
    maaien, banken = two_cases

    page = soup(client.get(COMPARE, {"cases": [maaien.slug, str(banken.pk)]}))

    table = page.find("table")
    assert "2 aanbestedingen vergeleken" in table.find("caption").text
    assert column_titles(page) == ["Maaien zonder uitstoot", "Banken van gerecycled plastic"]
    assert row(page, "Inkoper") == ["Gemeente Utrecht", "Waterschap De Stichtse Rijnlanden"]
    assert row(page, "Jaar van gunning") == ["2023", "2021"]
    assert row(page, "Procedure") == ["Europese openbare procedure", "Nationale openbare procedure"]
    assert row(page, "Soort opdracht") == ["Diensten", "Leveringen"]
    assert row(page, "Productgroep") == ["Groenbeheer", "Straatmeubilair"]
    assert row(page, "Looptijd") == ["48 maanden", "—"]
    criteria = row(page, "Gestelde criteria")
    assert "Emissievrij maaien" in criteria[0] and "ambitieniveau 3" in criteria[0]
    assert "Recyclaat" in criteria[1] and "Eis" in criteria[1]
    assert "CO2-uitstoot" in row(page, "Resultaten in cijfers")[0]
    assert "(-35 %)" in row(page, "Resultaten in cijfers")[0]
    assert row(page, "Geleerde lessen")[0] == "Vraag de markt vroeg."
    assert row(page, "Wat niet werkte") == ["Laadpalen bij de werf ontbraken.", "—"]
    # The table scrolls on its own on a phone, and a keyboard can reach it to scroll.
    region = table.find_parent("div")
    assert region["tabindex"] == "0" and region["aria-labelledby"] == "compare-caption"


def test_a_comparison_is_a_shareable_address(client, two_cases):
    maaien, banken = two_cases
    url = f"{COMPARE}?cases={banken.slug}&cases={maaien.slug}"

    first, again = soup(client.get(url)), soup(client.get(url))

    assert column_titles(first) == column_titles(again) == [banken.title, maaien.title]
    # The comparison is not a search: the site's search box stays empty.
    assert first.find("input", attrs={"name": "q"}).get("value", "") == ""


def test_a_case_is_removed_and_added_by_links_and_a_get_form(client, two_cases, library):
    maaien, banken = two_cases
    third = CasePageFactory(parent=library, title="Groenafval als grondstof")
    page = soup(client.get(COMPARE, {"cases": [maaien.slug, banken.slug]}))

    remove = page.find("a", class_="ck-compare__remove")
    assert remove.get_text() == f"Verwijderen: {maaien.title}"
    assert parse_qs(urlsplit(remove["href"]).query) == {"cases": [banken.slug]}
    assert column_titles(soup(client.get(remove["href"]))) == [banken.title]

    form = page.find("form", attrs={"action": COMPARE})
    assert form["method"] == "get"
    kept = [field["value"] for field in form.find_all("input", type="hidden")]
    offered = [option["value"] for option in form.find("select", attrs={"name": "cases"})("option")]
    assert kept == [maaien.slug, banken.slug]
    assert third.slug in offered and maaien.slug not in offered
    added = soup(client.get(COMPARE, {"cases": [*kept, third.slug]}))
    assert column_titles(added) == [maaien.title, banken.title, third.title]


def test_the_cases_to_add_offer_the_same_product_group_first(client, two_cases, library):
    maaien, _banken = two_cases
    kin = CasePageFactory(parent=library, title="Bermbeheer", product_group=maaien.product_group)
    CasePageFactory(parent=library, title="Kantoormeubilair")

    page = soup(client.get(COMPARE, {"cases": maaien.slug}))

    same_group = page.find("optgroup", label="Zelfde productgroep")
    assert [option.text for option in same_group("option")] == [f"{kin.title} (2024)"]
    assert "Kantoormeubilair (2024)" in page.find("optgroup", label="Andere aanbestedingen").text


def test_more_than_four_cases_and_unknown_ones_are_left_out_with_a_message(client, library):
    cases = [CasePageFactory(parent=library, title=f"Case {n}") for n in range(5)]
    asked = [case.slug for case in cases] + ["bestaat-niet", "<script>alert(1)</script>", "99999"]

    response = client.get(COMPARE, {"cases": asked})

    page = soup(response)
    assert column_titles(page) == ["Case 0", "Case 1", "Case 2", "Case 3"]
    text = " ".join(page.get_text(" ").split())
    assert "3 aanbestedingen die je vroeg zijn niet gevonden, of alleen voor leden." in text
    assert "Een vergelijking bevat hoogstens 4 aanbestedingen: één is weggelaten." in text
    assert "<script>alert(1)</script>" not in response.content.decode()
    # A full comparison offers nothing to add, and says how to make room.
    assert page.find("select") is None
    assert "verwijder er een om een andere toe te voegen" in text


def test_the_same_case_twice_is_one_column(client, two_cases):
    maaien, _banken = two_cases

    page = soup(client.get(COMPARE, {"cases": [maaien.slug, str(maaien.pk), maaien.slug]}))

    assert column_titles(page) == [maaien.title]


def test_a_members_only_case_is_compared_for_members_only(client, two_cases, library):
    maaien, _banken = two_cases
    secret = CasePageFactory(
        parent=library, title="Besloten prijzen", summary="Vertrouwelijk.", members_only=True
    )
    params = {"cases": [maaien.slug, secret.slug]}

    visitor = client.get(COMPARE, params)
    assert column_titles(soup(visitor)) == [maaien.title]
    assert "Besloten prijzen" not in visitor.content.decode()
    assert "Eén aanbesteding die je vroeg is niet gevonden, of is alleen voor leden." in " ".join(
        soup(visitor).get_text(" ").split()
    )

    client.force_login(MembershipFactory().user)
    assert column_titles(soup(client.get(COMPARE, params))) == [maaien.title, secret.title]


def test_a_draft_or_a_page_elsewhere_is_not_compared(client, two_cases, library, home):
    maaien, _banken = two_cases
    draft = CasePageFactory(parent=library, title="Nog niet af", live=False)

    page = soup(client.get(COMPARE, {"cases": [draft.slug, str(home.pk), maaien.slug]}))

    assert column_titles(page) == [maaien.title]


def test_an_empty_comparison_explains_what_to_do(client, two_cases):
    page = soup(client.get(COMPARE))

    text = " ".join(page.get_text(" ").split())
    assert page.find("table") is None
    assert "Zet tot 4 aanbestedingen naast elkaar" in text
    assert page.find("a", href="/kennisbank/") is not None
    assert page.find("select", attrs={"name": "cases"}) is not None


def test_a_case_page_puts_itself_in_a_comparison(client, two_cases, library):
    maaien, _banken = two_cases
    kin = CasePageFactory(parent=library, title="Bermbeheer", product_group=maaien.product_group)

    page = soup(client.get(maaien.url))

    form = page.find("form", attrs={"action": COMPARE})
    assert form["method"] == "get"
    assert [(field["name"], field["value"]) for field in form("input")] == [("cases", maaien.slug)]
    assert "Zet in vergelijking" in form.text
    with_kin = page.find("a", string="Vergelijk met de vergelijkbare aanbestedingen")
    assert column_titles(soup(client.get(with_kin["href"]))) == [maaien.title, kin.title]


def test_the_name_is_the_routes_address(home):
    library = CaseIndexPage.objects.get()

    assert reverse("knowledge:compare") == library.url + library.reverse_subpage("compare")
    assert reverse("knowledge:feed") == library.url + library.reverse_subpage("feed")
    for name in ("criteria_docx", "criteria_csv"):
        assert reverse(f"knowledge:{name}") + "/" == library.url + library.reverse_subpage(name)


def test_the_comparison_makes_as_many_queries_for_three_cases_as_for_one(client, library, settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    slugs = []
    for number in range(4):
        case = CasePageFactory(parent=library, title=f"Case {number}")
        CaseCriterionFactory.create_batch(3, page=case)
        CaseResultFigureFactory.create_batch(2, page=case)
        slugs.append(case.slug)

    def queries(cases) -> int:
        client.get(COMPARE, {"cases": cases})  # what is filled once per process
        with CaptureQueriesContext(connection) as captured:
            assert client.get(COMPARE, {"cases": cases}).status_code == 200
        return len(captured)

    assert queries(slugs[:1]) == queries(slugs[:3])
    # Full, it offers nothing to add, and looks nothing up for it.
    assert queries(slugs) < queries(slugs[:3])


def test_a_kept_comparison_shows_a_published_change_at_once(client, two_cases):
    maaien, banken = two_cases
    params = {"cases": [maaien.slug, banken.slug]}
    assert "Emissievrij maaien" in row(soup(client.get(COMPARE, params)), "Gestelde criteria")[0]

    criterion = maaien.criteria.get()
    criterion.title = "Elektrisch maaien"
    criterion.save()
    maaien.title = "Maaien op stroom"
    maaien.save_revision().publish()

    page = soup(client.get(COMPARE, params))
    assert column_titles(page) == ["Maaien op stroom", banken.title]
    assert "Elektrisch maaien" in row(page, "Gestelde criteria")[0]


def test_a_members_comparison_is_never_shown_to_a_visitor(client, two_cases, library):
    maaien, _banken = two_cases
    secret = CasePageFactory(parent=library, title="Besloten prijzen", members_only=True)
    params = {"cases": [maaien.slug, secret.slug]}
    client.get(COMPARE)  # the site's settings, made by the first request, are content too
    client.force_login(MembershipFactory().user)
    assert column_titles(soup(client.get(COMPARE, params))) == [maaien.title, secret.title]

    client.logout()

    assert column_titles(soup(client.get(COMPARE, params))) == [maaien.title]


def test_a_case_made_members_only_leaves_a_kept_comparison_at_once(client, two_cases):
    maaien, banken = two_cases
    params = {"cases": [maaien.slug, banken.slug]}
    assert column_titles(soup(client.get(COMPARE, params))) == [maaien.title, banken.title]

    PageViewRestriction.objects.create(page=banken, restriction_type=PageViewRestriction.LOGIN)

    assert column_titles(soup(client.get(COMPARE, params))) == [maaien.title]


def test_addresses_naming_the_same_cases_share_one_kept_comparison(client, two_cases):
    maaien, banken = two_cases
    client.get(COMPARE)  # the site's settings, made by the first request, are content too

    def queries_and_columns(params) -> tuple[int, list[str]]:
        with CaptureQueriesContext(connection) as captured:
            page = soup(client.get(COMPARE, params))
        return len(captured), column_titles(page)

    by_slug = {"cases": [maaien.slug, banken.slug]}
    queries_and_columns(by_slug)
    again = queries_and_columns(by_slug)

    by_id = queries_and_columns({"cases": [str(maaien.pk), f" {banken.pk} "]})

    # Only which cases are named was read: not the cases, criteria or offers.
    assert by_id == again
    assert by_id[1] == [maaien.title, banken.title]
