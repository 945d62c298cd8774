"""The coordinator writes a case in the Wagtail admin: a wrong CPV code or an incomplete
result figure is refused with a clear message, and a good case is saved."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from knowledge.models import CasePage
from tests.factories import OrganisationFactory
from tests.knowledge.factories import ProductGroupFactory

pytestmark = pytest.mark.django_db


def case_form(**changes) -> dict:
    fields = {
        "title": "Circulair straatmeubilair",
        "slug": "circulair-straatmeubilair",
        "summary": "Banken van hergebruikt hout.",
        "body": streamfield([]),
        "buyer_organisation": OrganisationFactory().pk,
        "year_awarded": 2024,
        "contract_type": "supplies",
        "procedure": "national_open",
        "cpv_main": "39113600-3",
        "product_group": ProductGroupFactory().pk,
        "approach": rich_text(""),
        "results": rich_text(""),
        "lessons_learned": rich_text(""),
        "what_did_not_work": rich_text(""),
        "criteria": inline_formset([]),
        "figures": inline_formset([]),
        "documents": inline_formset([]),
        "tags": "",
    }
    return nested_form_data({**fields, **changes})


def add_case(client, library, data):
    return client.post(f"/beheer/pages/add/knowledge/casepage/{library.pk}/", data)


def test_the_coordinator_saves_a_case_with_its_criteria_and_figures(client, coordinator, library):
    client.force_login(coordinator)
    data = case_form(
        criteria=inline_formset(
            [
                {
                    "kind": "award",
                    "ambition_level": 3,
                    "title": "Hergebruik",
                    "text": "Minstens 80 %.",
                }
            ]
        ),
        figures=inline_formset(
            [{"indicator": "Hergebruikt hout", "baseline": "", "achieved": "80", "unit": "%"}]
        ),
    )

    response = add_case(client, library, data)

    assert response.status_code == 302, response.context["form"].errors
    case = CasePage.objects.get(slug="circulair-straatmeubilair")
    assert case.criteria.get().title == "Hergebruik"
    assert case.figures.get().achieved == 80


def test_a_wrong_cpv_code_is_refused_and_nothing_is_saved(client, coordinator, library):
    client.force_login(coordinator)

    response = add_case(client, library, case_form(cpv_main="39113600-4"))

    assert response.status_code == 200
    assert "het controlecijfer klopt niet" in response.content.decode()
    assert not CasePage.objects.exists()


def test_a_figure_without_its_achieved_value_is_refused(client, coordinator, library):
    client.force_login(coordinator)
    figure = {"indicator": "CO2", "baseline": "100", "achieved": "", "unit": "t"}

    response = add_case(client, library, case_form(figures=inline_formset([figure])))

    assert response.status_code == 200
    assert not CasePage.objects.exists()
