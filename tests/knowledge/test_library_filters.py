"""/kennisbank/ as a reader filters it: facets with counts that never lead nowhere,
shareable GET parameters, and only the cases the reader may see."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from knowledge.models import CasePage, Strategy
from tests.conftest import queries_made
from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import CasePageFactory, ProductGroupFactory, ThemePageFactory
from tests.knowledge.library_pages import get, options, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def cases(library, theme_index):
    """Five public cases and one for members only, over two themes and product groups."""
    green = ThemePageFactory(parent=theme_index, title="Groenbeheer", slug="groen")
    roads = ThemePageFactory(parent=theme_index, title="Wegen en water", slug="gww")
    mowing = ProductGroupFactory(name="Maaien", slug="maaien")
    furniture = ProductGroupFactory(name="Straatmeubilair", slug="meubilair")
    utrecht = OrganisationFactory(name="Gemeente Utrecht")
    zeist = OrganisationFactory(name="Gemeente Zeist")
    made = {
        "bermen": CasePageFactory(
            parent=library,
            title="Bermen maaien",
            themes=[green],
            product_group=mowing,
            buyer_organisation=utrecht,
            year_awarded=2023,
            contract_type="services",
        ),
        "parken": CasePageFactory(
            parent=library,
            title="Parken onderhouden",
            themes=[green],
            product_group=mowing,
            buyer_organisation=zeist,
            year_awarded=2024,
            contract_type="services",
        ),
        "banken": CasePageFactory(
            parent=library,
            title="Banken van gerecycled plastic",
            themes=[green, roads],
            product_group=furniture,
            buyer_organisation=utrecht,
            year_awarded=2024,
            contract_type="supplies",
            procedure="national_open",
        ),
        "bruggen": CasePageFactory(
            parent=library,
            title="Houten bruggen",
            themes=[roads],
            product_group=furniture,
            buyer_organisation=zeist,
            year_awarded=2022,
            contract_type="works",
        ),
        "paaltjes": CasePageFactory(
            parent=library,
            title="Paaltjes hergebruiken",
            product_group=furniture,
            buyer_organisation=zeist,
            year_awarded=2021,
            contract_type="supplies",
        ),
        "besloten": CasePageFactory(
            parent=library,
            title="Besloten bermcontract",
            themes=[green],
            product_group=mowing,
            buyer_organisation=utrecht,
            year_awarded=2020,
            members_only=True,
        ),
    }
    for key, codes in (("paaltjes", ["R3"]), ("banken", ["R3", "R8"])):
        made[key].strategies.set(Strategy.objects.filter(code__in=codes))
        made[key].save()
    return made


@pytest.fixture
def member_client(client):
    client.force_login(MembershipFactory().user)
    return client


def test_the_library_lists_every_public_case_newest_first(client, cases):
    response = get(client)

    assert titles(response) == [
        "Paaltjes hergebruiken",
        "Houten bruggen",
        "Banken van gerecycled plastic",
        "Parken onderhouden",
        "Bermen maaien",
    ]
    assert "5 aanbestedingen" in response.content.decode()


def test_a_members_only_case_is_neither_listed_nor_counted_for_a_visitor(client, cases):
    response = get(client, q="bermcontract")

    assert titles(response) == []
    assert "Besloten bermcontract" not in response.content.decode()
    listed = get(client)
    assert "2020" not in options(listed, "jaar")
    assert options(listed, "thema")["groen"] == (3, False)


def test_a_member_sees_and_counts_the_members_only_case(member_client, cases):
    response = get(member_client)

    assert "Besloten bermcontract" in titles(response)
    assert options(response, "thema")["groen"] == (4, False)
    assert options(response, "jaar")["2020"] == (1, False)


def test_a_theme_filter_narrows_the_list_and_other_facets_count_within_it(client, cases):
    response = get(client, thema="groen")

    assert sorted(titles(response)) == [
        "Banken van gerecycled plastic",
        "Bermen maaien",
        "Parken onderhouden",
    ]
    assert options(response, "productgroep") == {"maaien": (2, False), "meubilair": (1, False)}
    assert options(response, "organisatie") == {
        "gemeente-utrecht": (2, False),
        "gemeente-zeist": (1, False),
    }


def test_ticking_a_value_does_not_hide_its_siblings(client, cases):
    """Disjunctive counts: a facet is counted with the other facets applied, not itself."""
    response = get(client, thema="groen")

    assert options(response, "thema") == {"groen": (3, True), "gww": (2, False)}


def test_two_values_of_one_facet_widen_and_two_facets_narrow(client, cases):
    both_themes = get(client, thema=["groen", "gww"])
    assert len(titles(both_themes)) == 4

    narrowed = get(client, thema=["groen", "gww"], soort="supplies")
    assert titles(narrowed) == ["Banken van gerecycled plastic"]
    assert options(narrowed, "soort") == {
        "works": (1, False),
        "supplies": (1, True),
        "services": (2, False),
    }


def test_every_facet_filters(client, cases):
    assert titles(get(client, productgroep="maaien")) == ["Parken onderhouden", "Bermen maaien"]
    assert titles(get(client, strategie="R8")) == ["Banken van gerecycled plastic"]
    assert titles(get(client, procedure="national_open")) == ["Banken van gerecycled plastic"]
    assert titles(get(client, soort="works")) == ["Houten bruggen"]
    assert len(titles(get(client, organisatie="gemeente-zeist"))) == 3
    assert titles(get(client, jaar="2021")) == ["Paaltjes hergebruiken"]


def test_a_value_without_results_is_not_offered(client, cases):
    response = get(client, soort="works")

    # Only "Houten bruggen" is works: no theme "groen" to tick, it would give nothing.
    assert options(response, "thema") == {"gww": (1, False)}
    assert 'value="groen"' not in response.content.decode()


def test_a_ticked_value_without_results_stays_so_it_can_be_unticked(client, cases):
    response = get(client, soort="works", jaar="2024")

    assert titles(response) == []
    assert options(response, "jaar")["2024"] == (0, True)
    assert options(response, "soort")["works"] == (0, True)
    html = response.content.decode()
    assert 'value="2024" id="id_jaar_' in html


def test_an_empty_result_offers_to_remove_each_filter(client, cases):
    response = get(client, soort="works", jaar="2024")

    soup = BeautifulSoup(response.content, "html.parser")
    removals = {
        link.get_text(" ", strip=True): link["href"] for link in soup.select(".ck-active-filters a")
    }
    assert set(removals) == {
        "Verwijder filter Soort opdracht: Werken",
        "Verwijder filter Jaar van gunning: 2024",
    }
    assert "Geen aanbesteding past bij al deze filters." in response.content.decode()
    for href in removals.values():
        widened = client.get(href)
        assert widened.status_code == 200 and titles(widened)
    assert soup.find("a", string="toon alle aanbestedingen")["href"] == "/kennisbank/"


@pytest.mark.parametrize(
    "params",
    [
        {"thema": "bestaat-niet"},
        {"jaar": "twintig"},
        {"jaar": "2020"},  # only a members-only case has it: not a value for a visitor
        {"strategie": "R99", "procedure": "<script>"},
        {"sorteer": "willekeurig"},
        {"sorteer": "relevantie"},  # without a search term there is nothing to rank
        {"pagina": "-3"},
        {"organisatie": ["gemeente-utrecht\x00", ""]},
    ],
)
def test_what_does_not_validate_is_ignored(client, cases, params):
    response = get(client, **params)

    assert len(titles(response)) == 5
    assert "utrecht-form-field-error-message" not in response.content.decode()


@pytest.mark.parametrize("query", ["x" * 201, "maai\x00en"])
def test_a_search_term_that_cannot_be_used_says_so_and_shows_the_list(client, cases, query):
    response = get(client, q=query, soort="supplies")

    assert len(titles(response)) == 2  # the other filters apply
    soup = BeautifulSoup(response.content, "html.parser")
    box = soup.find("input", attrs={"name": "q"}, id="id_q")
    assert box["aria-invalid"] == "true"
    assert soup.find(id="id_q_error").get_text(strip=True)


def test_valid_filters_stay_when_others_do_not_validate(client, cases):
    response = get(client, thema=["groen", "bestaat-niet"], jaar="nooit")

    assert len(titles(response)) == 3
    assert options(response, "thema")["groen"] == (3, True)


def test_the_filters_work_without_javascript(client, cases):
    soup = BeautifulSoup(get(client, thema="groen").content, "html.parser")

    form = soup.find("form", class_="ck-library__filters")
    assert form["method"] == "get" and form["action"] == "/kennisbank/"
    assert form.find("button", type="submit")
    legends = [fieldset.legend.get_text(strip=True) for fieldset in form.find_all("fieldset")]
    assert {"Thema", "Productgroep", "Soort opdracht", "Jaar van gunning"} <= set(legends)
    ticked = form.find("input", attrs={"name": "thema", "value": "groen"})
    assert ticked.has_attr("checked")
    assert (
        form.find("label", attrs={"for": ticked["id"]})
        .get_text(" ", strip=True)
        .startswith("Groenbeheer (3")
    )


def test_sort_by_year_of_award(client, cases):
    by_year = get(client, sorteer="jaar").context["cards"]

    years = {case.pk: case.year_awarded for case in CasePage.objects.all()}
    assert [years[card.pk] for card in by_year] == [2024, 2024, 2023, 2022, 2021]
    # Within a year, the newest first.
    assert [case.title for case in by_year[:2]] == [
        "Banken van gerecycled plastic",
        "Parken onderhouden",
    ]


def test_pagination_keeps_the_filters(client, library, theme_index):
    theme = ThemePageFactory(parent=theme_index, slug="groen")
    for number in range(14):
        CasePageFactory(parent=library, title=f"Geval {number:02}", themes=[theme])
    CasePageFactory(parent=library, title="Zonder thema")

    first = get(client, thema="groen")
    assert len(titles(first)) == 12
    soup = BeautifulSoup(first.content, "html.parser")
    next_link = soup.find("a", rel="next")["href"]
    assert "thema=groen" in next_link and "pagina=2" in next_link
    second = client.get("/kennisbank/" + next_link)
    assert titles(second) == ["Geval 01", "Geval 00"]


def count_queries(client, params) -> int:
    client.get("/kennisbank/", params)
    with CaptureQueriesContext(connection) as captured:
        client.get("/kennisbank/", params)
    return len(queries_made(captured))


def test_the_facets_cost_the_same_queries_however_many_cases_and_values(
    client, cases, library, theme_index, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the menu and footer counted every time
    params = {"thema": "groen", "soort": "services", "q": "maaien", "sorteer": "jaar"}
    before = count_queries(client, params)

    for number in range(15):
        CasePageFactory(
            parent=library,
            title=f"Maaien {number}",
            themes=[ThemePageFactory(parent=theme_index, slug=f"extra-{number}")],
            product_group=ProductGroupFactory(),
            buyer_organisation=OrganisationFactory(),
            year_awarded=2000 + number,
        )
    for case in cases.values():
        case.strategies.set(Strategy.objects.filter(code__in=["R2", "R5"]))
        case.save()

    assert count_queries(client, params) == before


def test_search_and_filters_share_a_link(client, cases):
    response = get(client, q="maaien", thema="groen")

    assert titles(response) == ["Bermen maaien"]
    soup = BeautifulSoup(response.content, "html.parser")
    removals = [urlsplit(a["href"]).query for a in soup.select(".ck-active-filters a")]
    assert "thema=groen" in removals  # removing the search keeps the theme
    assert "q=maaien" in removals  # removing the theme keeps the search


def test_a_theme_for_members_only_is_no_filter_value(client, cases):
    """Its title is not public: the facet leaves it out, as the case page does."""
    hidden = ThemePageFactory(
        parent=cases["bermen"].themes.first().get_parent(), title="Besloten thema", slug="dicht"
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    cases["bermen"].themes.add(hidden)
    cases["bermen"].save()

    response = get(client, thema="dicht")

    assert "dicht" not in options(response, "thema")
    assert len(titles(response)) == 5  # the filter is ignored, not applied
    assert "Besloten thema" not in response.content.decode()


def test_a_facet_shows_an_organisations_name_as_text_never_as_markup(client, library):
    name = 'Gemeente <b onmouseover="x()">Zeist</b> & Co'
    organisation = OrganisationFactory(name=name)
    CasePageFactory(parent=library, title="Parken", buyer_organisation=organisation)

    response = get(client)

    html = response.content.decode()
    assert "<b onmouseover" not in html
    checkbox = BeautifulSoup(html, "html.parser").find(
        "input", {"name": "organisatie", "value": organisation.slug}
    )
    label = checkbox.find_next_sibling("label")
    assert label["for"] == checkbox["id"]
    assert label.get_text(" ").startswith(name)
