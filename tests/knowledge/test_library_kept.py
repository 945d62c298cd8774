"""The library keeps its facet index, searches, cards and case pages until content
changes: what the coordinator publishes, edits, hides or makes private shows at once, for
every reader."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.factories import MembershipFactory
from tests.knowledge.factories import CaseCriterionFactory, CasePageFactory
from tests.knowledge.library_pages import get, options, titles

pytestmark = pytest.mark.django_db


def count(response, facet: str, value: str) -> int:
    return options(response, facet).get(value, (0, False))[0]


@pytest.fixture
def bermen(library):
    return CasePageFactory(
        parent=library, title="Bermen maaien", summary="Maaisel wordt compost.", year_awarded=2023
    )


def test_a_case_published_later_is_listed_counted_and_found(client, library, bermen):
    before = library_and_search(client)
    assert titles(before[0]) == ["Bermen maaien"]
    assert count(before[0], "jaar", "2024") == 0
    assert titles(before[1]) == []

    parken = CasePageFactory(
        parent=library, title="Parken", summary="Compost uit eigen maaisel.", live=False
    )
    parken.save_revision().publish()

    after = library_and_search(client)
    assert titles(after[0]) == ["Parken", "Bermen maaien"]
    assert count(after[0], "jaar", "2024") == 1
    assert titles(after[1]) == ["Parken"]


def library_and_search(client):
    return get(client), get(client, q="eigen")


def test_an_edited_card_shows_its_new_title(client, bermen):
    assert titles(get(client)) == ["Bermen maaien"]

    bermen.title = "Bermen ecologisch maaien"
    bermen.save_revision().publish()

    response = get(client)
    assert titles(response) == ["Bermen ecologisch maaien"]
    assert "Bermen ecologisch maaien" in response.content.decode()


def test_an_unpublished_case_leaves_the_list_search_and_counts(client, bermen):
    assert titles(get(client, q="compost")) == ["Bermen maaien"]

    bermen.unpublish()

    assert titles(get(client)) == []
    assert titles(get(client, q="compost")) == []
    assert count(get(client, sorteer="jaar"), "jaar", "2023") == 0


def test_a_case_made_members_only_leaves_the_visitors_library_at_once(client, bermen):
    member = MembershipFactory().user
    assert titles(get(client, q="compost")) == ["Bermen maaien"]

    PageViewRestriction.objects.create(page=bermen, restriction_type=PageViewRestriction.LOGIN)

    visitor = get(client, q="compost")
    assert titles(visitor) == []
    assert "Bermen maaien" not in visitor.content.decode()
    assert count(get(client), "jaar", "2023") == 0
    client.force_login(member)
    assert titles(get(client, q="compost")) == ["Bermen maaien"]
    assert count(get(client), "jaar", "2023") == 1


def test_members_and_visitors_keep_apart_indexes(client, library, bermen):
    CasePageFactory(parent=library, title="Besloten compost", members_only=True)
    member = MembershipFactory().user

    assert titles(get(client, q="compost")) == ["Bermen maaien"]
    client.force_login(member)
    assert titles(get(client, q="compost")) == ["Besloten compost", "Bermen maaien"]
    client.logout()
    assert titles(get(client, q="compost")) == ["Bermen maaien"]


def test_a_case_page_shows_a_published_change_to_members_at_once(client, bermen):
    criterion = CaseCriterionFactory(page=bermen, title="Emissievrij maaien")
    bermen.save_revision().publish()
    client.force_login(MembershipFactory().user)
    assert "Emissievrij maaien" in client.get(bermen.url).content.decode()

    criterion.title = "Elektrisch maaien"
    criterion.save()
    bermen.summary = "Het maaisel gaat naar de composteerder."
    bermen.save_revision().publish()

    page = client.get(bermen.url).content.decode()
    assert "Elektrisch maaien" in page and "Emissievrij maaien" not in page
    assert "Het maaisel gaat naar de composteerder." in page


def test_a_newly_published_comparable_case_is_offered_on_a_case_page(client, library, bermen):
    client.force_login(MembershipFactory().user)
    assert client.get(bermen.url).context["related_cases"] == []

    kin = CasePageFactory(parent=library, title="Wegbermen", product_group=bermen.product_group)
    kin.save_revision().publish()

    related = client.get(bermen.url).context["related_cases"]
    assert [card.title for card in related] == ["Wegbermen"]


def shown_count(response, facet: str, value: str) -> int:
    """A facet value's count as the page's HTML shows it (the facets may be kept)."""
    html = response.content.decode()
    field = re.search(rf'name="{facet}" value="{value}" id="([^"]+)"', html)
    label = re.search(rf'for="{field.group(1)}">[^<]*<span class="ck-facet__count">\((\d+)', html)
    return int(label.group(1))


def test_members_share_their_kept_facets_which_follow_each_publication(client, library, bermen):
    """A member's facets are kept per filter for all members: a case published counts at
    once, and a visitor's facets never come from the members' (no members-only case)."""
    CasePageFactory(parent=library, title="Besloten", members_only=True, year_awarded=2023)
    client.force_login(MembershipFactory().user)
    get(client, jaar="2023")
    assert shown_count(get(client, jaar="2023"), "jaar", "2023") == 2
    client.force_login(MembershipFactory().user)
    assert shown_count(get(client, jaar="2023"), "jaar", "2023") == 2

    later = CasePageFactory(parent=library, title="Later", year_awarded=2023, live=False)
    later.save_revision().publish()
    assert shown_count(get(client, jaar="2023"), "jaar", "2023") == 3
    client.logout()
    assert shown_count(get(client, jaar="2023"), "jaar", "2023") == 2


def test_a_members_kept_library_is_never_shown_to_a_visitor(client, library, bermen):
    CasePageFactory(parent=library, title="Besloten compost", members_only=True)
    get(client)  # the site's settings, made by the first request, are content too
    client.force_login(MembershipFactory().user)
    assert "Besloten compost" in get(client, q="compost").content.decode()

    client.logout()

    html = get(client, q="compost").content.decode()
    assert "Besloten compost" not in html
    assert "Bermen maaien" in html


def test_the_pages_links_hold_the_filters_and_nothing_else_the_address_asked(client, library):
    for number in range(13):
        CasePageFactory(parent=library, title=f"Zaak {number}", year_awarded=2024)
    get(client)

    first = get(client, jaar="2024", utm_source="<nieuwsbrief>", pagina="1")
    again = get(client, jaar="2024")

    for response in (first, again):
        links = BeautifulSoup(response.content, "html.parser").select(".ck-pagination a")
        assert links
        assert {link["href"].split("pagina=")[0] for link in links} == {"?jaar=2024&"}


def test_a_search_box_that_says_what_was_wrong_is_not_kept(client, bermen):
    get(client)
    assert "utrecht-form-field-error-message" in get(client, q="maai\x00en").content.decode()

    assert "utrecht-form-field-error-message" not in get(client).content.decode()
    assert "utrecht-form-field-error-message" not in get(client, sorteer="nieuw").content.decode()
