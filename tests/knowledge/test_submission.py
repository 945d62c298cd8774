"""A member shares a case on /kennisbank/nieuw/; the coordinator reviews it in the admin.

End to end through the client: the member saves a draft, comes back to it, submits it;
the coordinator is told through the outbox, approves (the case goes live and its author
hears so) or sends it back with a comment (the author reads it, changes the case and
submits again). Who may do what, and what a rejected form leaves behind: nothing.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction, WorkflowPage, WorkflowState

from cirkelinkoop.services import COORDINATORS_GROUP
from knowledge.models import CasePage
from knowledge.services import (
    REVIEW_WORKFLOW,
    case_review_workflow_ensure,
    submission_state,
)
from mailing.models import OutboxEmail
from members.models import CoordinatorSettings
from tests.conftest import queries_made
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.knowledge.factories import ProductGroupFactory, ThemePageFactory
from tests.security.test_uploads import DISGUISED_DOCUMENTS, PDF, WEB_PAGE

pytestmark = pytest.mark.django_db

NEW = "/kennisbank/nieuw/"
COORDINATOR_EMAIL = "coordinator@coalitie.example"


@pytest.fixture(autouse=True)
def _quick_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def review(library, coordinator):
    """The review workflow as setup_site makes it, and the coordinator's address."""
    from wagtail.models import Site

    CoordinatorSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"name": "Carla Coördinator", "email": COORDINATOR_EMAIL},
    )
    return case_review_workflow_ensure(
        library=library, reviewers=Group.objects.get(name=COORDINATORS_GROUP)
    )


@pytest.fixture
def utrecht(db):
    return OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])


@pytest.fixture
def member(utrecht):
    return MembershipFactory(
        organisation=utrecht,
        user=UserFactory(email="bram@utrecht.example", first_name="Bram", last_name="Lid"),
    ).user


@pytest.fixture
def other_member(db):
    amersfoort = OrganisationFactory(name="Gemeente Amersfoort", domains=["amersfoort.example"])
    return MembershipFactory(
        organisation=amersfoort, user=UserFactory(email="anna@amersfoort.example")
    ).user


@pytest.fixture
def group(db):
    return ProductGroupFactory(name="Groenbeheer", slug="groenbeheer")


@pytest.fixture
def theme(theme_index):
    theme = ThemePageFactory(parent=theme_index, title="Duurzaam groenbeheer")
    theme.save_revision().publish()
    return theme


def rows(prefix: str, filled: list[dict], total: int) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "20",
    }
    for index, row in enumerate(filled):
        data.update({f"{prefix}-{index}-{name}": value for name, value in row.items()})
    return data


def case_data(organisation, group, *, action="draft", **overrides) -> dict:
    """The form as a member fills it in within minutes."""
    data = {
        "title": "Maaien zonder uitstoot",
        "summary": "Elektrisch maaien in alle wijken, met 35 ton minder CO2 per jaar.",
        "buyer_organisation": str(organisation.pk),
        "buyer_name": "",
        "year_awarded": "2024",
        "contract_type": "services",
        "procedure": "european_open",
        "value_band": "250k_1m",
        "product_group": str(group.pk),
        "tenderned_number": "312345",
        "cpv_main": "77310000-6",
        "strategies": ["R2", "R8"],
        "approach": "Eerst een marktconsultatie.\n\nDaarna gunnen op CO2.",
        "lessons_learned": "Begin vroeg met de markt & de gebruikers.",
        "what_did_not_work": "De laadpalen waren te laat.",
        "action": action,
        **rows(
            "criteria",
            [
                {
                    "kind": "award",
                    "ambition_level": "3",
                    "title": "Uitstootvrij materieel",
                    "text": "Het materieel is voor ten minste 80 procent elektrisch.",
                }
            ],
            3,
        ),
        **rows(
            "figures",
            [{"indicator": "CO2", "baseline": "100", "achieved": "65", "unit": "t/jaar"}],
            3,
        ),
        **rows("documents", [], 2),
    }
    data.update(overrides)
    return data


def signed_in(client, user):
    client.force_login(user)
    return client


def outbox_to(address):
    return [row for row in OutboxEmail.objects.order_by("pk") if address in row.to]


# --- Who may come -------------------------------------------------------------------


def test_a_visitor_is_sent_to_sign_in(client, library):
    response = client.get(NEW)

    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=/kennisbank/nieuw/")


def test_an_account_without_an_organisation_is_told_it_is_for_members(client, library):
    response = signed_in(client, UserFactory(email="iemand@elders.example")).get(NEW)

    assert response.status_code == 403


def test_the_form_proposes_the_members_own_organisation(client, library, member, utrecht):
    response = signed_in(client, member).get(NEW)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<option value="{utrecht.pk}" selected>Gemeente Utrecht</option>' in html
    assert 'enctype="multipart/form-data"' in html
    assert "Opslaan als concept" in html and "Indienen ter controle" in html


def test_the_kept_empty_form_is_each_members_own_and_new_lists_show_at_once(
    library, member, utrecht, other_member
):
    """The empty form is rendered once and kept: it still proposes each member's own
    organisation, carries each member's own token, never shows what someone typed into a
    refused form, and lists a new product group at once."""
    bram, anna = signed_in(Client(), member), signed_in(Client(), other_member)
    amersfoort = other_member.membership.organisation
    for client in (bram, anna, bram):
        client.get(NEW)  # the first requests fill what later ones reuse
    refused = {"title": "Getypt door Bram", "buyer_organisation": utrecht.pk, "action": "draft"}
    assert "Getypt door Bram" in bram.post(NEW, refused).content.decode()

    bram_html, anna_html = bram.get(NEW).content.decode(), anna.get(NEW).content.decode()

    assert f'<option value="{utrecht.pk}" selected>' in bram_html
    assert f'<option value="{amersfoort.pk}" selected>' in anna_html
    assert f'<option value="{utrecht.pk}" selected>' not in anna_html
    assert "Getypt door Bram" not in bram_html + anna_html
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    assert token.search(bram_html).group(1) != token.search(anna_html).group(1)
    ProductGroupFactory(name="Circulaire kantoorstoelen")
    assert "Circulaire kantoorstoelen" in anna.get(NEW).content.decode()


def test_the_form_carries_its_csrf_token(library, member):
    """The form lives in an included template: the token must reach it, or every real
    browser's post is refused (the test client does not check unless asked)."""
    client = signed_in(Client(enforce_csrf_checks=True), member)

    html = client.get(NEW).content.decode()

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token, "no CSRF token in the form"
    response = client.post(NEW, {"csrfmiddlewaretoken": token.group(1), "action": "draft"})
    assert response.status_code == 200  # the form again, with its errors: not a 403


def test_an_empty_form_says_what_to_do_for_each_required_field(client, library, member):
    empty = {**rows("criteria", [], 3), **rows("figures", [], 3), **rows("documents", [], 2)}

    html = signed_in(client, member).post(NEW, {**empty, "buyer_organisation": ""}).content.decode()

    assert "Dit veld is verplicht" not in html
    for message in (
        "Vul de titel van de aanbesteding in",
        "Schrijf een samenvatting van de aanbesteding",
        "Kies de inkopende organisatie of schrijf haar naam.",
        "Kies het jaar van gunning",
        "Kies het soort opdracht",
        "Kies de procedure",
        "Kies de productgroep",
        "Kies het soort van criterium 1",
        "Vul de titel van criterium 1 in",
        "Vul de tekst van criterium 1 in",
    ):
        assert message in html, message
    assert "criterium 2" not in html  # an empty extra row is left out, not refused


def test_your_cases_are_listed_in_a_fixed_number_of_queries(client, review, member, utrecht, group):
    client = signed_in(client, member)

    def queries() -> int:
        client.get(NEW)  # what a first request fills (the menu, the footer)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(NEW).status_code == 200
        return len(queries_made(captured))

    queries()
    none_yet = queries()
    client.post(NEW, case_data(utrecht, group, action="review"))
    queries()  # the first page after a save fills again what the save made stale
    few = queries()
    assert few == none_yet + 1  # the reviews of the cases listed, in one query
    for number in range(4):
        client.post(NEW, case_data(utrecht, group, title=f"Casus {number}"))
    assert CasePage.objects.count() == 5
    queries()
    assert queries() == few


# --- The whole flow -------------------------------------------------------------------


def test_a_member_saves_a_draft_comes_back_and_submits_it(
    client, review, member, utrecht, group, theme
):
    client = signed_in(client, member)

    response = client.post(NEW, case_data(utrecht, group, themes=[str(theme.pk)]))

    case = CasePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/kennisbank/nieuw/{case.pk}/"
    assert (case.live, case.owner, case.slug) == (False, member, "maaien-zonder-uitstoot")
    assert case.buyer_organisation == utrecht and case.cpv_main == "77310000-6"
    assert [c.title for c in case.criteria.all()] == ["Uitstootvrij materieel"]
    assert [(f.indicator, f.achieved) for f in case.figures.all()] == [("CO2", 65)]
    assert list(case.themes.all()) == [theme.specific]
    assert sorted(s.code for s in case.strategies.all()) == ["R2", "R8"]
    assert case.approach == "<p>Eerst een marktconsultatie.</p>\n\n<p>Daarna gunnen op CO2.</p>"
    assert case.lessons_learned == "<p>Begin vroeg met de markt &amp; de gebruikers.</p>"
    assert case.latest_revision.user == member
    assert not OutboxEmail.objects.exists()
    # A draft is nowhere public.
    client.logout()
    assert client.get(f"/kennisbank/{case.slug}/").status_code == 404
    assert "Maaien zonder uitstoot" not in client.get("/kennisbank/").content.decode()

    # Back to it: the form holds what was saved, and takes a change.
    client.force_login(member)
    page = client.get(f"/kennisbank/nieuw/{case.pk}/").content.decode()
    assert "Elektrisch maaien in alle wijken" in page
    assert "Eerst een marktconsultatie.\n\nDaarna gunnen op CO2." in page
    assert 'value="Uitstootvrij materieel"' in page
    assert "Concept" in page
    changed = case_data(utrecht, group, title="Maaien zonder uitstoot in Utrecht")
    r = client.post(f"/kennisbank/nieuw/{case.pk}/", changed)
    assert r.status_code == 302
    case.refresh_from_db()
    assert case.title == "Maaien zonder uitstoot in Utrecht"
    assert CasePage.objects.count() == 1

    # Submitted: the coordinator is told through the outbox, the member sees "in review".
    submitted = case_data(utrecht, group, action="review", title=case.title)
    response = client.post(f"/kennisbank/nieuw/{case.pk}/", submitted)
    assert response.status_code == 302 and response["Location"] == NEW
    assert case.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert case.current_workflow_state.workflow.name == REVIEW_WORKFLOW
    (email,) = OutboxEmail.objects.all()
    assert email.to == [COORDINATOR_EMAIL] and email.reply_to == [member.email]
    assert "Maaien zonder uitstoot in Utrecht" in email.subject
    assert f"/beheer/pages/{case.pk}/edit/" in email.body and email.html_body
    listing = client.get(NEW).content.decode()
    assert "In behandeling" in listing
    # In review the coordinator has it: the member's page shows the state, not the form.
    page = client.get(f"/kennisbank/nieuw/{case.pk}/").content.decode()
    assert "ck-submission-form" not in page
    client.post(f"/kennisbank/nieuw/{case.pk}/", case_data(utrecht, group, title="Anders"))
    case.refresh_from_db()
    assert case.title == "Maaien zonder uitstoot in Utrecht"


def submit(client, member, organisation, group) -> CasePage:
    signed_in(client, member).post(NEW, case_data(organisation, group, action="review"))
    return CasePage.objects.get()


def workflow_action(client, coordinator, case, action, comment=""):
    task_state = case.current_workflow_state.current_task_state
    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[case.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_the_coordinator_approves_in_the_admin_and_the_member_is_told(
    client, review, member, utrecht, group, coordinator
):
    case = submit(client, member, utrecht, group)

    response = workflow_action(client, coordinator, case, "approve")

    assert response.status_code == 302
    case.refresh_from_db()
    assert case.live
    client.logout()
    assert client.get(case.url).status_code == 200
    # One e-mail to the coordinator on submission, one to the member now: Wagtail's own
    # notifications (to the group, and to the submitter) are not sent for cases.
    assert [row.to for row in OutboxEmail.objects.order_by("pk")] == [
        [COORDINATOR_EMAIL],
        [member.email],
    ]
    (told,) = outbox_to(member.email)
    assert "Maaien zonder uitstoot" in told.subject
    assert f"/kennisbank/{case.slug}/" in told.body
    signed_in(client, member)
    listing = client.get(NEW).content.decode()
    assert "Gepubliceerd" in listing and f'href="{case.url}"' in listing


def test_the_coordinator_sends_it_back_and_the_member_reads_why_and_tries_again(
    client, review, member, utrecht, group, coordinator
):
    case = submit(client, member, utrecht, group)

    workflow_action(client, coordinator, case, "reject", comment="Voeg de MKI-score toe.")

    assert submission_state(case).code == "sent_back"
    (told,) = outbox_to(member.email)
    assert "Voeg de MKI-score toe." in told.body
    assert f"/kennisbank/nieuw/{case.pk}/" in told.body
    signed_in(client, member)
    listing = client.get(NEW).content.decode()
    assert "Teruggestuurd" in listing and "Voeg de MKI-score toe." in listing
    page = client.get(f"/kennisbank/nieuw/{case.pk}/").content.decode()
    assert "Voeg de MKI-score toe." in page and "ck-submission-form" in page

    figures = rows(
        "figures",
        [
            {"indicator": "CO2", "baseline": "100", "achieved": "65", "unit": "t/jaar"},
            {"indicator": "MKI", "baseline": "1000", "achieved": "900,5", "unit": "€"},
        ],
        3,
    )
    again = case_data(utrecht, group, action="review", **figures)
    assert client.post(f"/kennisbank/nieuw/{case.pk}/", again).status_code == 302

    state = case.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [str(f.achieved) for f in case.figures.all()] == ["65.00", "900.50"]
    assert len(outbox_to(COORDINATOR_EMAIL)) == 2
    workflow_action(client, coordinator, case, "approve")
    case.refresh_from_db()
    assert case.live and [f.indicator for f in case.figures.all()] == ["CO2", "MKI"]


# --- Only one's own -------------------------------------------------------------------


def test_another_member_can_neither_see_nor_change_your_draft(
    client, review, member, other_member, utrecht, group
):
    signed_in(client, member).post(NEW, case_data(utrecht, group))
    case = CasePage.objects.get()

    client.force_login(other_member)
    assert client.get(f"/kennisbank/nieuw/{case.pk}/").status_code == 404
    response = client.post(f"/kennisbank/nieuw/{case.pk}/", case_data(utrecht, group, title="X"))
    assert response.status_code == 404
    assert "Maaien zonder uitstoot" not in client.get(NEW).content.decode()
    case.refresh_from_db()
    assert case.title == "Maaien zonder uitstoot"
    assert client.get("/kennisbank/nieuw/999999/").status_code == 404


# --- A rejected form ------------------------------------------------------------------


def test_a_rejected_form_keeps_what_was_typed_says_what_to_do_and_stores_nothing(
    client, review, member, utrecht, group
):
    data = case_data(
        utrecht,
        group,
        action="review",
        summary="",
        cpv_main="77310000-5",
        **{"criteria-0-title": "Zonder tekst", "criteria-0-text": ""},
    )

    response = signed_in(client, member).post(NEW, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "ck-error-summary" in html
    assert "Schrijf een samenvatting van de aanbesteding" in html
    assert "controlecijfer" in html  # the CPV check digit
    assert "Vul de tekst van criterium 1 in" in html
    assert 'value="Maaien zonder uitstoot"' in html and 'value="Zonder tekst"' in html
    assert not CasePage.objects.exists()
    assert not OutboxEmail.objects.exists()
    assert not WorkflowState.objects.exists()


def test_at_least_one_criterion_is_asked(client, review, member, utrecht, group):
    data = case_data(utrecht, group)
    for name in ("kind", "ambition_level", "title", "text"):
        data[f"criteria-0-{name}"] = ""

    html = signed_in(client, member).post(NEW, data).content.decode()

    assert "Kies het soort van criterium 1" in html
    assert not CasePage.objects.exists()


def test_a_buyer_is_a_participant_or_a_name_not_both(client, review, member, utrecht, group):
    both = case_data(utrecht, group, buyer_name="Gemeente Elders")
    neither = case_data(utrecht, group, buyer_organisation="")

    client = signed_in(client, member)
    assert "niet allebei" in client.post(NEW, both).content.decode()
    assert "Kies de inkopende organisatie" in client.post(NEW, neither).content.decode()
    assert not CasePage.objects.exists()


def test_without_a_review_workflow_nothing_is_saved_and_the_member_is_told(
    client, library, member, utrecht, group
):
    WorkflowPage.objects.all().delete()  # not even Wagtail's own on the root page

    response = signed_in(client, member).post(NEW, case_data(utrecht, group, action="review"))

    assert response.status_code == 200
    assert "kunnen nog niet ter controle" in response.content.decode()
    assert not CasePage.objects.exists()


# --- Privacy and documents -------------------------------------------------------------


def test_a_members_only_case_with_documents(client, review, member, utrecht, group):
    from cirkelinkoop.site_setup import members_documents_collection_ensure

    data = case_data(
        utrecht,
        group,
        members_only="on",
        **rows(
            "documents",
            [
                {"description": "Gunningsleidraad"},
                {"description": "Inschrijvingen", "members_only": "on"},
            ],
            2,
        ),
    )
    data["documents-0-file"] = SimpleUploadedFile("leidraad.pdf", PDF)
    data["documents-1-file"] = SimpleUploadedFile("inschrijvingen.pdf", PDF)

    response = signed_in(client, member).post(NEW, data)

    assert response.status_code == 302
    case = CasePage.objects.get()
    assert case.view_restrictions.filter(restriction_type=PageViewRestriction.LOGIN).exists()
    documents = {d.description: d.document for d in case.documents.all()}
    assert documents["Inschrijvingen"].collection == members_documents_collection_ensure()
    assert documents["Gunningsleidraad"].collection.is_root()
    assert documents["Gunningsleidraad"].uploaded_by_user == member

    # Unticked, and one document removed, on the next save.
    again = case_data(utrecht, group, documents_removed=[str(case.documents.first().pk)])
    client.post(f"/kennisbank/nieuw/{case.pk}/", again)
    assert not case.view_restrictions.exists()
    assert [d.description for d in case.documents.all()] == ["Inschrijvingen"]
    assert get_document_model().objects.count() == 1


def test_an_upload_is_judged_by_its_content_and_nothing_is_stored(
    client, review, member, utrecht, group
):
    """Every disguised file the admin refuses, the portal's form refuses too."""
    client = signed_in(client, member)
    for name, content in DISGUISED_DOCUMENTS:
        data = case_data(utrecht, group, **rows("documents", [{"description": "Bestek"}], 2))
        data["documents-0-file"] = SimpleUploadedFile(name, content)

        response = client.post(NEW, data)

        assert response.status_code == 200, name
        assert 'id="id_documents-0-file_error"' in response.content.decode(), name
    assert (
        "Dit bestand is geen .pdf-bestand"
        in client.post(
            NEW,
            {
                **case_data(utrecht, group, **rows("documents", [{"description": "x"}], 2)),
                "documents-0-file": SimpleUploadedFile("bestek.pdf", WEB_PAGE),
            },
        ).content.decode()
    )
    assert not CasePage.objects.exists()
    assert not get_document_model().objects.exists()


def test_an_upload_over_the_size_limit_is_refused(client, review, member, utrecht, group, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    data = case_data(utrecht, group, **rows("documents", [{"description": "Groot"}], 2))
    data["documents-0-file"] = SimpleUploadedFile("groot.pdf", PDF.ljust(2048, b" "))

    response = signed_in(client, member).post(NEW, data)

    assert "Dit bestand is te groot" in response.content.decode()
    assert not get_document_model().objects.exists()
