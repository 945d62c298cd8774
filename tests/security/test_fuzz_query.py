"""Every page a visitor or a member can open, with Hypothesis's query strings.

The pages come from the crawl, the parameter names from the portal's GET forms and from
what its views read (tests.security.crawl.query_parameter_names), plus one name nothing
reads. Values: those the page offers (a filter's options, a page number), and hostile
ones; keys missing or repeated. Every answer must be clean: no server error, nothing
logged as an error, nothing sent shown as markup or as a ``javascript:`` link.
"""

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import example, given, note, settings
from hypothesis import strategies as st

from tests.factories import MembershipFactory, OrganisationFactory, StandardPageFactory, UserFactory
from tests.security.crawl import Field, crawl, forms_on, query_parameter_names
from tests.security.fuzzing import MARKUP, NUL, assert_answered_cleanly, errors_logged, hostile

pytestmark = pytest.mark.django_db

EXAMPLES_PER_PAGE = 4
UNREAD = "onbekend"  # a name no view reads


@pytest.fixture
def member(home):
    StandardPageFactory(parent=home, title="Over de coalitie")
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])
    return MembershipFactory(
        organisation=organisation, user=UserFactory(email="bram@utrecht.example")
    ).user


def offered_values(pages: dict[str, str]) -> dict[str, list[str]]:
    """What the site's own GET forms and links put in each parameter."""
    offered: dict[str, list[str]] = {}
    for path, html in pages.items():
        for form in forms_on(html, path):
            for field in form.fields:
                offered.setdefault(field.name, []).extend(v for v in field.options if v)
    return offered


def query_strings(names: list[str], offered: dict[str, list[str]]):
    any_field = Field("", "text", required=False, maxlength=200, options=(), value="")
    value = st.one_of(
        st.integers(-(2**70), 2**70).map(str),  # page numbers, ids
        st.sampled_from(sorted({v for values in offered.values() for v in values}) or ["1"]),
        st.sampled_from(["/", "//evil.example/", "https://evil.example/", MARKUP[3]]),
        hostile(any_field),
    )
    return st.lists(st.tuples(st.sampled_from(names), value), max_size=4)


def fuzz_pages(pages: dict[str, str], sign_in) -> None:
    names = sorted(query_parameter_names(pages) | {UNREAD})
    strategy = query_strings(names, offered_values(pages))
    # Always tried first, on every page: each name at once with markup, NUL, too long.
    edges = [[(name, value) for name in names] for value in (MARKUP[0] + MARKUP[1], NUL, "9" * 300)]
    for path in dict.fromkeys(urlsplit(page).path for page in pages):
        fuzz_page(path, strategy, edges, sign_in)


def fuzz_page(path: str, strategy, edges, sign_in) -> None:
    @settings(max_examples=EXAMPLES_PER_PAGE)
    @given(query=strategy)
    def check(query):
        note(path)
        cache.clear()
        client = sign_in(Client())
        with errors_logged() as logged:
            response = client.get(path, query)
        assert_answered_cleanly(response, logged)

    for query in edges:
        check = example(query=query)(check)
    check()


def test_every_visitors_page_withstands_fuzzed_query_strings(client, member):
    pages = crawl(client)
    assert {"/", "/zoeken/", "/deelnemers/", "/account/login/"} <= set(pages)
    assert {"q", "pagina", "next"} <= query_parameter_names(pages)

    fuzz_pages(pages, sign_in=lambda fresh: fresh)


def test_every_members_page_withstands_fuzzed_query_strings(client, member):
    visitors = {urlsplit(path).path for path in crawl(Client())}
    client.force_login(member)
    pages = crawl(client)
    assert "organisation" in query_parameter_names(pages)
    members_only = {
        path: html for path, html in pages.items() if urlsplit(path).path not in visitors
    }
    assert {"/deelnemers/leden/", "/account/gegevens/"} <= set(members_only)

    def signed_in(fresh):
        fresh.force_login(member)
        return fresh

    fuzz_pages({**members_only, "/zoeken/": pages["/zoeken/"]}, sign_in=signed_in)
