"""/kennisbank/export.csv and export.json: the public cases as open data, with the
library's filters, under CC BY 4.0; never a members-only case, not even for a member."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from knowledge.models import Strategy
from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import CasePageFactory, ProductGroupFactory, ThemePageFactory

pytestmark = pytest.mark.django_db

CC_BY = "https://creativecommons.org/licenses/by/4.0/"


@pytest.fixture
def cases(library, theme_index):
    theme = ThemePageFactory(parent=theme_index, title="Groenbeheer", slug="groen")
    mowing = ProductGroupFactory(name="Maaien", slug="maaien")
    bermen = CasePageFactory(
        parent=library,
        title="Bermen maaien",
        slug="bermen-maaien",
        summary="Emissievrij maaien, met terugname.",
        themes=[theme],
        product_group=mowing,
        buyer_organisation=OrganisationFactory(name="Gemeente Utrecht"),
        year_awarded=2023,
        contract_type="services",
        procedure="multiple_private",
        value_band="50k_250k",
        duration_months=48,
        tenderned_number="312345",
        cpv_main="77310000-6",
        cpv_additional="77313000-7",
    )
    bermen.strategies.set(Strategy.objects.filter(code__in=["R2", "R3"]))
    bermen.save()
    CasePageFactory(
        parent=library,
        title='=HYPERLINK("http://kwaad.example")',
        buyer_organisation=None,
        buyer_name="Waterschap Vallei en Veluwe",
        contract_type="works",
        procedure="european_open",
        value_band="5m_plus",
        year_awarded=2022,
    )
    CasePageFactory(
        parent=library, title="Besloten bermcontract", themes=[theme], members_only=True
    )


def rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def document(response) -> dict:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_the_csv_holds_the_public_cases_fields(client, cases):
    response = client.get("/kennisbank/export.csv")

    assert response["Content-Disposition"] == 'attachment; filename="kennisbank.csv"'
    exported = {row["title"]: row for row in rows(response)}
    assert set(exported) == {"Bermen maaien", '\'=HYPERLINK("http://kwaad.example")'}
    row = exported["Bermen maaien"]
    assert row["url"] == "http://testserver/kennisbank/bermen-maaien/"
    assert row["buyer"] == "Gemeente Utrecht"
    assert (row["award_year"], row["contract_type"], row["procedure"]) == (
        "2023",
        "services",
        "multiple_private",
    )
    assert (row["value_minimum_eur"], row["value_maximum_eur"]) == ("50000", "250000")
    assert row["cpv_codes"] == "77310000-6 77313000-7"
    assert (row["themes"], row["circular_strategies"]) == ("Groenbeheer", "R2 R3")


def test_the_json_uses_open_contracting_names(client, cases):
    data = document(client.get("/kennisbank/export.json"))

    assert data["license"] == CC_BY
    by_title = {case["title"]: case for case in data["cases"]}
    case = by_title["Bermen maaien"]
    assert case["buyer"] == {"name": "Gemeente Utrecht"}
    assert case["awardYear"] == 2023
    tender = case["tender"]
    assert tender["mainProcurementCategory"] == "services"
    assert tender["procurementMethod"] == "limited"
    assert tender["procurementMethodDetails"] == "Meervoudig onderhandse procedure"
    assert tender["items"] == [
        {"id": "1", "classification": {"scheme": "CPV", "id": "77310000-6"}},
        {"id": "2", "classification": {"scheme": "CPV", "id": "77313000-7"}},
    ]
    assert tender["minValue"] == {"amount": 50000, "currency": "EUR"}
    assert tender["value"] == {"amount": 250000, "currency": "EUR"}
    works = next(case for case in data["cases"] if case["title"].startswith("=HYPERLINK"))
    assert works["buyer"] == {"name": "Waterschap Vallei en Veluwe"}
    assert works["tender"]["mainProcurementCategory"] == "works"
    assert works["tender"]["minValue"] == {"amount": 5000000, "currency": "EUR"}
    assert "value" not in works["tender"]  # no upper bound to the highest band


def test_the_exports_take_the_librarys_filters(client, cases):
    filtered = {"thema": "groen", "q": "maaien"}

    assert [row["title"] for row in rows(client.get("/kennisbank/export.csv", filtered))] == [
        "Bermen maaien"
    ]
    data = document(client.get("/kennisbank/export.json", {"soort": "works"}))
    assert [case["tender"]["mainProcurementCategory"] for case in data["cases"]] == ["works"]


def test_a_member_exports_no_members_only_case(client, cases):
    client.force_login(MembershipFactory().user)
    assert "Besloten bermcontract" in client.get("/kennisbank/").content.decode()

    assert "Besloten bermcontract" not in client.get("/kennisbank/export.csv").content.decode()
    titles = [case["title"] for case in document(client.get("/kennisbank/export.json"))["cases"]]
    assert "Besloten bermcontract" not in titles
    assert len(titles) == 2


def test_parameters_that_do_not_validate_export_everything_public(client, cases):
    response = client.get("/kennisbank/export.json", {"jaar": "ooit", "thema": "<b>"})

    assert len(document(response)["cases"]) == 2


def test_the_library_links_to_its_exports_with_the_filters_and_states_the_licence(client, cases):
    soup = BeautifulSoup(client.get("/kennisbank/", {"thema": "groen"}).content, "html.parser")

    hrefs = {a["href"] for a in soup.select(".ck-open-data a")}
    assert "/kennisbank/export.csv?thema=groen" in hrefs
    assert "/kennisbank/export.json?thema=groen" in hrefs
    licence = soup.select_one('.ck-open-data a[rel="license"]')
    assert "CC BY 4.0" in licence.get_text()
    assert licence["href"].startswith("https://creativecommons.org/licenses/by/4.0/")
