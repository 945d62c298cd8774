"""The criteria of a case or a comparison as a Word document and a CSV file, opened with
the libraries a reader's programs stand in for: python-docx and the csv module."""

import csv
import io

import pytest
from docx import Document

from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import CaseCriterionFactory, CasePageFactory

pytestmark = pytest.mark.django_db

DOCX = "/kennisbank/vergelijk/criteria.docx"
CSV = "/kennisbank/vergelijk/criteria.csv"


@pytest.fixture
def cases(library):
    maaien = CasePageFactory(
        parent=library,
        title="Maaien zonder uitstoot",
        slug="maaien-zonder-uitstoot",
        buyer_organisation=OrganisationFactory(name="Gemeente Utrecht"),
        year_awarded=2023,
    )
    CaseCriterionFactory(
        page=maaien,
        kind="award",
        ambition_level=3,
        title="Emissievrij maaien",
        text="De inschrijver maait met elektrisch materieel.\nLaden gebeurt met groene stroom.",
    )
    CaseCriterionFactory(
        page=maaien,
        kind="contract_clause",
        ambition_level=None,
        title="Rapportage",
        text="=SOM(A1:A2) staat hier als tekst, niet als formule.",
    )
    banken = CasePageFactory(
        parent=library,
        title="Banken van gerecycled plastic",
        slug="banken-gerecycled-plastic",
        buyer_organisation=None,
        buyer_name="Waterschap De Stichtse Rijnlanden",
        year_awarded=2021,
    )
    CaseCriterionFactory(
        page=banken,
        kind="requirement",
        ambition_level=1,
        title="Recyclaat",
        text="Minstens 80 % gerecycled kunststof (€, ë en CO₂ blijven heel).",
    )
    secret = CasePageFactory(
        parent=library, title="Besloten prijzen", slug="besloten-prijzen", members_only=True
    )
    CaseCriterionFactory(page=secret, title="Vertrouwelijk criterium", text="Alleen voor leden.")
    return maaien, banken, secret


def docx_texts(response) -> list[str]:
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    document = Document(io.BytesIO(response.content))
    return [paragraph.text for paragraph in document.paragraphs]


def csv_rows(response) -> list[dict]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(content.removeprefix("\ufeff")), delimiter=";"))


def test_a_cases_criteria_as_a_word_document(client, cases):
    maaien, _banken, _secret = cases

    response = client.get(DOCX, {"cases": maaien.slug})

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="criteria-maaien-zonder-uitstoot.docx"'
    )
    texts = docx_texts(response)
    assert "Criteria uit de kennisbank" in texts
    assert "Maaien zonder uitstoot" in texts
    assert "Gemeente Utrecht · 2023 · Europese openbare procedure · Diensten" in texts
    assert f"Bron: {maaien.full_url}" in texts
    position = texts.index("Emissievrij maaien")
    assert texts[position + 1 : position + 4] == [
        "Gunningscriterium · ambitieniveau 3 – ambitieus",
        "De inschrijver maait met elektrisch materieel.",
        "Laden gebeurt met groene stroom.",
    ]
    assert "Contractbepaling" in texts
    document = Document(io.BytesIO(response.content))
    assert document.core_properties.title == "Maaien zonder uitstoot"
    assert document.core_properties.language == "nl-NL"
    assert document.paragraphs[texts.index("Emissievrij maaien")].style.name == "Heading 2"


def test_a_comparisons_criteria_as_csv_ready_for_excel(client, cases):
    maaien, banken, _secret = cases

    response = client.get(CSV, {"cases": [banken.slug, str(maaien.pk)]})

    assert response["Content-Disposition"] == 'attachment; filename="criteria-vergelijking.csv"'
    rows = csv_rows(response)
    assert [(row["Aanbesteding"], row["Titel"]) for row in rows] == [
        ("Banken van gerecycled plastic", "Recyclaat"),
        ("Maaien zonder uitstoot", "Emissievrij maaien"),
        ("Maaien zonder uitstoot", "Rapportage"),
    ]
    recyclaat, maaien_row, rapportage = rows
    assert recyclaat == {
        "Aanbesteding": "Banken van gerecycled plastic",
        "Inkoper": "Waterschap De Stichtse Rijnlanden",
        "Jaar van gunning": "2021",
        "Soort": "Eis",
        "Ambitieniveau": "1 – basis",
        "Titel": "Recyclaat",
        "Tekst": "Minstens 80 % gerecycled kunststof (€, ë en CO₂ blijven heel).",
        "Adres van de aanbesteding": banken.full_url,
    }
    assert maaien_row["Tekst"] == (
        "De inschrijver maait met elektrisch materieel.\nLaden gebeurt met groene stroom."
    )
    # A spreadsheet would run it as a formula: it stays text.
    assert rapportage["Tekst"] == "'=SOM(A1:A2) staat hier als tekst, niet als formule."
    assert rapportage["Ambitieniveau"] == ""


def test_the_comparison_of_the_downloads_is_the_one_on_the_page(client, cases):
    maaien, banken, _secret = cases
    page = client.get("/kennisbank/vergelijk/", {"cases": [maaien.slug, banken.slug]})
    html = page.content.decode()

    query = f"?cases={maaien.slug}&amp;cases={banken.slug}"
    assert f'href="{DOCX}{query}"' in html and f'href="{CSV}{query}"' in html
    case_page = client.get(maaien.url).content.decode()
    assert f'href="{DOCX}?cases={maaien.slug}"' in case_page
    assert f'href="{CSV}?cases={maaien.slug}"' in case_page


def test_members_only_criteria_never_in_a_visitors_download(client, cases):
    maaien, _banken, secret = cases
    params = {"cases": [maaien.slug, secret.slug]}

    assert "Vertrouwelijk criterium" not in docx_texts(client.get(DOCX, params))
    assert "Vertrouwelijk criterium" not in [
        row["Titel"] for row in csv_rows(client.get(CSV, params))
    ]
    alone = client.get(CSV, {"cases": secret.slug})
    assert alone.status_code == 302
    assert alone["Location"] == f"/kennisbank/vergelijk/?cases={secret.slug}"

    client.force_login(MembershipFactory().user)
    response = client.get(CSV, params)
    assert "Vertrouwelijk criterium" in [row["Titel"] for row in csv_rows(response)]
    assert "private" in response["Cache-Control"]
    assert "Vertrouwelijk criterium" in docx_texts(client.get(DOCX, params))


def test_without_cases_a_download_leads_to_the_compare_page(client, cases):
    assert client.get(DOCX)["Location"] == "/kennisbank/vergelijk/"
    assert client.get(CSV, {"cases": "bestaat-niet"})["Location"] == (
        "/kennisbank/vergelijk/?cases=bestaat-niet"
    )


def test_text_word_cannot_hold_is_left_out_not_an_error(client, library):
    case = CasePageFactory(parent=library, title="Plakwerk")
    CaseCriterionFactory(page=case, title="Uit\x0bWord", text="Een\x0ctekst met\x1b stuurtekens")

    texts = docx_texts(client.get(DOCX, {"cases": case.slug}))

    assert "UitWord" in texts and "Eentekst met stuurtekens" in texts


def test_a_case_without_criteria_says_so(client, library):
    case = CasePageFactory(parent=library, title="Zonder criteria")

    texts = docx_texts(client.get(DOCX, {"cases": case.slug}))

    assert "Van deze aanbesteding zijn geen criteria vastgelegd." in texts
    assert len(csv_rows(client.get(CSV, {"cases": case.slug}))) == 0
