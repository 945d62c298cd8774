"""The case library's demo content: the themes, lists and illustrative cases seed_demo
adds, and the synthetic library ``seed_demo --cases N`` writes for the benchmark."""

from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from knowledge.demo.build import CASES
from knowledge.demo.records import DemoCase
from knowledge.demo.synthetic import SLUG_PREFIX
from knowledge.demo.taxonomies import INSTRUMENTS, PRODUCT_GROUPS
from knowledge.demo.themes import THEMES
from knowledge.models import CaseCriterion, CasePage, Instrument, ProductGroup, ThemePage
from knowledge.taxonomies import CircularStrategy, CriterionKind
from members.demo.organisations import ORGANISATIONS
from tests.factories import MembershipFactory


def test_the_demo_cases_are_spread_and_complete():
    """Checked on the data itself, so a new case cannot slip in half-written."""
    taking_part = {org.name for org in ORGANISATIONS if org.member_since} | {"Gemeente Bunnik"}
    assert len(CASES) >= 24
    assert len({case.slug for case in CASES}) == len(CASES)
    assert {case.organisation for case in CASES} <= taking_part
    assert len({case.organisation for case in CASES}) >= 15
    assert len({case.procedure for case in CASES}) >= 6
    assert len({case.product_group for case in CASES}) >= 12
    assert {case.year for case in CASES} >= set(range(2018, 2027))
    assert sum(case.members_only for case in CASES) >= 4
    assert {case.contract_type for case in CASES} == {"works", "supplies", "services"}
    groups = {group.slug for group in PRODUCT_GROUPS}
    themes = {theme.slug for theme in THEMES}
    instruments = {instrument.name for instrument in INSTRUMENTS}
    for case in CASES:
        assert isinstance(case, DemoCase)
        assert 2 <= len(case.criteria) <= 5, case.slug
        assert 1 <= len(case.figures) <= 4, case.slug
        assert case.summary and case.results and case.lessons and case.did_not_work
        assert case.product_group in groups and set(case.themes) <= themes
        assert set(case.instruments) <= instruments
        assert set(case.strategies) <= set(CircularStrategy.values)
        assert {criterion.kind for criterion in case.criteria} <= set(CriterionKind.values)
        assert len(case.summary) <= 600


def test_the_demo_themes_are_the_five_of_the_rcio():
    assert [theme.title for theme in THEMES] == [
        "Duurzaam groenbeheer",
        "Circulair inrichten van de openbare ruimte",
        "Inkoopbeleid",
        "Aanpak Duurzaam GWW",
        "Ambitieweb",
    ]
    for theme in THEMES:
        assert theme.resources and all(
            url.startswith("https://") for _t, url, _d in theme.resources
        )


@pytest.mark.django_db
def test_seed_demo_fills_the_library_and_adds_nothing_the_second_time(client):
    call_command("seed_demo")

    cases = CasePage.objects.all()
    assert cases.count() == len(CASES)
    assert cases.filter(is_illustrative=True, live=True).count() == len(CASES)
    assert not cases.filter(live_revision=None).exists()
    for case in cases:
        case.full_clean()  # the CPV codes and their check digits among it
    members_only = PageViewRestriction.objects.filter(page__in=cases).count()
    assert members_only == sum(case.members_only for case in CASES) >= 4
    assert cases.public().count() == len(CASES) - members_only
    assert ThemePage.objects.live().count() == 5
    assert all(theme.resources.exists() for theme in ThemePage.objects.all())
    assert ProductGroup.objects.count() == len(PRODUCT_GROUPS)
    assert Instrument.objects.count() == len(INSTRUMENTS)
    counts = Counter(CaseCriterion.objects.values_list("page_id", flat=True))
    assert set(counts) == set(cases.values_list("pk", flat=True))

    before = (Page.objects.count(), CaseCriterion.objects.count(), ProductGroup.objects.count())
    call_command("seed_demo")
    assert (
        Page.objects.count(),
        CaseCriterion.objects.count(),
        ProductGroup.objects.count(),
    ) == before

    public = cases.public().get(slug="straatmeubilair-met-terugname-utrecht")
    page = client.get(public.url).content.decode()
    assert "Straatmeubilair met terugnamegarantie" in page
    assert "fictief voorbeeld" in page.lower() or "verzonnen" in page
    assert "34928400-2" in page
    hidden = cases.get(slug="dijkversterking-met-gebiedseigen-grond-hdsr")
    assert client.get(hidden.url).status_code == 302
    client.force_login(MembershipFactory().user)
    assert client.get(hidden.url).status_code == 200


@pytest.mark.django_db
def test_seed_demo_cases_adds_synthetic_cases_up_to_the_number(client, library, theme_index):
    call_command("seed_demo", cases=30)

    synthetic = CasePage.objects.filter(slug__startswith=SLUG_PREFIX)
    assert synthetic.count() == 30
    assert Page.find_problems() == ([], [], [], [], [])
    library.refresh_from_db()
    assert library.numchild == library.get_children().count()
    assert len(set(synthetic.values_list("product_group", flat=True))) > 3
    assert len(set(synthetic.values_list("procedure", flat=True))) > 3
    for case in synthetic.all():
        case.full_clean()
        assert 2 <= case.criteria.count() <= 4 and 1 <= case.figures.count() <= 3
    visible = CasePage.objects.visible_to(AnonymousUser())
    first = visible.filter(slug__startswith=SLUG_PREFIX).first()
    assert client.get(first.url).status_code == 200
    assert CasePage.objects.search(first.title.split()[0]).count() >= 1
    # The library's own full-text columns are filled too, as a page's save fills them.
    criterion = first.criteria.first().title
    assert criterion in first.search_text
    found = client.get("/kennisbank/", {"q": first.title}).context["cards"]
    assert first.pk in [case.pk for case in found]

    call_command("seed_demo", cases=30)
    assert synthetic.count() == 30
    call_command("seed_demo", cases=40)
    assert synthetic.count() == 40
    assert Page.find_problems() == ([], [], [], [], [])
    assert len(set(synthetic.values_list("path", flat=True))) == 40
