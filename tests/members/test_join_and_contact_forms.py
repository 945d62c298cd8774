"""The public forms: saved first, e-mailed after, and safe against bad input and robots."""

import uuid

import pytest
from django.core import mail
from django.utils.html import escape

from mailing.models import OutboxEmail
from members.models import ContactRequest, JoinRequest

pytestmark = pytest.mark.django_db


def join_data(**overrides) -> dict:
    data = {
        "organisation_name": "Gemeente Rhenen",
        "organisation_kind": "municipality",
        "contact_name": "Ria Aanvraag",
        "email": "ria@rhenen.example",
        "phone": "0317 000 000",
        "role": "buyer",
        "motivation": "Wij willen leren van de circulaire aanbestedingen in de regio.",
        "consent": "on",
        "submission_key": str(uuid.uuid4()),
        "leave_empty": "",
    }
    data.update(overrides)
    return data


def contact_data(**overrides) -> dict:
    data = {
        "name": "Kees Vraag",
        "email": "kees@voorbeeld.example",
        "organisation": "Gemeente Lopik",
        "subject": "Meekomen naar het RCIO",
        "message": "Mag een collega van een andere gemeente meekomen?",
        "consent": "on",
        "submission_key": str(uuid.uuid4()),
        "leave_empty": "",
    }
    data.update(overrides)
    return data


def test_the_join_form_states_purpose_and_retention(client, home):
    response = client.get("/deelnemen/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "verwijderen ze 12 maanden nadat" in html
    assert 'name="submission_key"' in html


def test_a_join_request_is_saved_and_both_emails_go_out(
    client, site_with_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/deelnemen/", join_data())

    assert response.status_code == 302
    assert response["Location"] == "/deelnemen/bedankt/"
    join_request = JoinRequest.objects.get()
    assert join_request.status == "new"
    assert join_request.organisation_name == "Gemeente Rhenen"
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["coordinator@coalitie.example", "ria@rhenen.example"]
    to_requester = next(m for m in mail.outbox if m.to == ["ria@rhenen.example"])
    assert to_requester.subject == "We hebben je aanvraag om mee te doen ontvangen"
    assert "Coalitie Inkoop Cirkelregio Utrecht" in to_requester.from_email
    assert to_requester.reply_to == ["coordinator@coalitie.example"]
    assert to_requester.alternatives[0][1] == "text/html"
    to_coordinator = next(m for m in mail.outbox if m.to == ["coordinator@coalitie.example"])
    assert "Gemeente Rhenen" in to_coordinator.subject
    assert f"/beheer/joinrequest/edit/{join_request.pk}/" in to_coordinator.body
    assert to_coordinator.reply_to == ["ria@rhenen.example"]
    assert OutboxEmail.objects.for_object(join_request).filter(status="sent").count() == 2


def test_the_thank_you_page_says_what_happens_next(client, site_with_coordinator):
    response = client.get("/deelnemen/bedankt/")

    html = response.content.decode()
    assert "Wat gebeurt er nu?" in html
    assert "coordinator@coalitie.example" in html


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("organisation_name", "", "required"),
        ("email", "geen-adres", "invalid"),
        ("motivation", "x" * 2001, "max_length"),
        ("contact_name", "y" * 121, "max_length"),
        ("phone", "bel me maar", "invalid"),
        ("consent", "", "required"),
        ("organisation_kind", "bedrijf", "invalid_choice"),
    ],
)
def test_bad_input_is_refused_next_to_the_field_and_nothing_is_lost(
    client, home, field, value, code
):
    data = join_data(**{field: value})
    if field == "consent":
        del data["consent"]

    response = client.post("/deelnemen/", data)

    html = response.content.decode()
    form = response.context["form"]
    assert response.status_code == 200
    assert JoinRequest.objects.count() == 0
    assert [error.code for error in form.errors.as_data()[field]] == [code]
    assert f'id="id_{field}_error"' in html
    assert escape(form.errors[field][0]) in html  # the message, in the page's language
    assert 'aria-invalid="true"' in html
    assert "Ria Aanvraag" in html or field == "contact_name"  # what was typed stays


def test_html_in_a_field_is_shown_as_text(client, coordinator, site_with_coordinator):
    client.post("/deelnemen/", join_data(motivation="<script>alert('x')</script><b>vet</b>"))
    join_request = JoinRequest.objects.get()

    client.force_login(coordinator)
    response = client.get(f"/beheer/joinrequest/edit/{join_request.pk}/")

    html = response.content.decode()
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;" in html


def test_html_in_a_refused_form_is_escaped(client, home):
    response = client.post("/deelnemen/", join_data(contact_name="<i>Ria</i>", email="x"))

    html = response.content.decode()
    assert "<i>Ria</i>" not in html
    assert "&lt;i&gt;Ria&lt;/i&gt;" in html


def test_a_filled_in_trap_saves_nothing_but_looks_like_success(client, home):
    response = client.post("/deelnemen/", join_data(leave_empty="http://spam.example"))

    assert response.status_code == 302
    assert JoinRequest.objects.count() == 0
    assert mail.outbox == []


def test_a_double_submit_saves_one_request(client, site_with_coordinator):
    data = join_data()

    first = client.post("/deelnemen/", data)
    second = client.post("/deelnemen/", data)

    assert first.status_code == second.status_code == 302
    assert JoinRequest.objects.count() == 1


def test_a_form_sent_again_with_changes_is_a_new_request(client, site_with_coordinator):
    first = join_data()
    client.post("/deelnemen/", first)

    client.post("/deelnemen/", {**first, "phone": "0317 111 111"})

    assert JoinRequest.objects.count() == 2


def test_the_rate_limit_answers_in_dutch_and_keeps_the_input(client, site_with_coordinator):
    for _attempt in range(5):
        assert client.post("/deelnemen/", join_data()).status_code == 302

    response = client.post("/deelnemen/", join_data(contact_name="Zesde Poging"))

    html = response.content.decode()
    assert response.status_code == 429
    assert "over een uur opnieuw" in html
    assert 'value="Zesde Poging"' in html
    assert JoinRequest.objects.count() == 5


def test_a_double_click_at_the_limit_is_no_error(client, site_with_coordinator):
    for _attempt in range(4):
        client.post("/deelnemen/", join_data())
    last = join_data()

    first = client.post("/deelnemen/", last)
    again = client.post("/deelnemen/", last)

    assert first.status_code == again.status_code == 302
    assert JoinRequest.objects.count() == 5


def test_the_rate_limit_counts_per_client_address(client, site_with_coordinator):
    for _attempt in range(5):
        client.post("/deelnemen/", join_data(), REMOTE_ADDR="192.0.2.1")

    response = client.post("/deelnemen/", join_data(), REMOTE_ADDR="192.0.2.2")

    assert response.status_code == 302


def test_a_contact_request_is_saved_and_the_coordinator_is_told(
    client, site_with_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", contact_data())

    assert response["Location"] == "/contact/bedankt/"
    contact_request = ContactRequest.objects.get()
    assert contact_request.status == "new"
    [message] = mail.outbox
    assert message.to == ["coordinator@coalitie.example"]
    assert message.reply_to == ["kees@voorbeeld.example"]
    assert "Meekomen naar het RCIO" in message.subject
    assert "Mag een collega" in message.body


@pytest.mark.parametrize(
    ("field", "value"),
    [("subject", ""), ("message", "z" * 4001), ("email", "kees@"), ("name", "n" * 121)],
)
def test_the_contact_form_refuses_bad_input(client, home, field, value):
    response = client.post("/contact/", contact_data(**{field: value}))

    assert response.status_code == 200
    assert f'id="id_{field}_error"' in response.content.decode()
    assert ContactRequest.objects.count() == 0


def test_the_contact_form_has_its_own_trap_and_limit(client, site_with_coordinator):
    client.post("/contact/", contact_data(leave_empty="spam"))
    assert ContactRequest.objects.count() == 0

    for _attempt in range(5):
        client.post("/contact/", contact_data())
    response = client.post("/contact/", contact_data())

    assert response.status_code == 429
    assert ContactRequest.objects.count() == 5
