"""The coordinator's review of requests: every transition, its e-mail and its history."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from mailing.models import OutboxEmail
from members.models import Invitation, Organisation
from members.services import requests
from tests.factories import (
    ContactRequestFactory,
    JoinRequestFactory,
    OrganisationFactory,
    invitation_link_path,
)
from tests.members.conftest import COORDINATOR_EMAIL

pytestmark = pytest.mark.django_db


def history(instance) -> list[str]:
    return list(
        ModelLogEntry.objects.for_instance(instance)
        .order_by("timestamp")
        .values_list("action", flat=True)
    )


def test_taking_a_request_into_review_records_who(coordinator):
    join_request = JoinRequestFactory()

    requests.join_request_start_review(join_request, by=coordinator)

    join_request.refresh_from_db()
    assert join_request.status == "in_review"
    assert join_request.handled_by == coordinator
    assert history(join_request) == ["members.join_request.in_review"]


def test_approving_creates_the_organisation_and_invites_the_contact(
    coordinator, site_with_coordinator, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(
        organisation_name="Gemeente Rhenen", email="ria@rhenen.example"
    )

    with django_capture_on_commit_callbacks(execute=True):
        requests.join_request_approve(join_request, by=coordinator)

    join_request.refresh_from_db()
    organisation = Organisation.objects.get(name="Gemeente Rhenen")
    assert join_request.status == "approved"
    assert join_request.organisation == organisation
    assert join_request.handled_by == coordinator and join_request.handled_at
    assert organisation.is_active and organisation.kind == "municipality"
    assert organisation.member_since is not None
    invitation = Invitation.objects.get()
    assert invitation.email == "ria@rhenen.example"
    assert invitation.organisation == organisation
    [message] = mail.outbox
    assert message.to == ["ria@rhenen.example"]
    assert message.subject == "Je uitnodiging voor Cirkelinkoop"
    assert invitation_link_path(invitation) in message.body
    assert OutboxEmail.objects.for_object(invitation).get().status == "sent"
    assert "members.join_request.approved" in history(join_request)


def test_approving_links_an_existing_organisation_of_that_name(coordinator):
    existing = OrganisationFactory(name="Gemeente Lopik", is_active=False)
    join_request = JoinRequestFactory(organisation_name="gemeente lopik ")

    requests.join_request_approve(join_request, by=coordinator)

    assert Organisation.objects.filter(name__iexact="gemeente lopik").count() == 1
    existing.refresh_from_db()
    assert existing.is_active
    assert Invitation.objects.get().organisation == existing


def test_the_coordinator_may_choose_the_organisation_which_then_takes_part(coordinator):
    chosen = OrganisationFactory(
        name="Inkoopbureau Midden Nederland", kind="procurement_office", is_active=False
    )
    join_request = JoinRequestFactory(organisation_name="IMN")

    requests.join_request_approve(join_request, by=coordinator, organisation=chosen)

    assert join_request.__class__.objects.get().organisation == chosen
    assert not Organisation.objects.filter(name="IMN").exists()
    chosen.refresh_from_db()
    assert chosen.is_active


def test_declining_needs_a_reason_and_sends_it_politely(
    coordinator, site_with_coordinator, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(email="bureau@adviseur.example")

    with pytest.raises(ValidationError):
        requests.join_request_decline(join_request, by=coordinator, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        requests.join_request_decline(
            join_request, by=coordinator, reason="De coalitie is er voor overheden."
        )

    join_request.refresh_from_db()
    assert join_request.status == "declined"
    assert join_request.decision_reason == "De coalitie is er voor overheden."
    [message] = mail.outbox
    assert message.to == ["bureau@adviseur.example"]
    assert "De coalitie is er voor overheden." in message.body
    assert "De coalitie is er voor overheden." in message.alternatives[0][0]
    assert OutboxEmail.objects.for_object(join_request).get().kind == (
        "members/email/join_request_declined"
    )
    assert Invitation.objects.count() == 0


@pytest.mark.parametrize("status", ["approved", "declined"])
def test_a_decided_request_cannot_be_decided_again(coordinator, status):
    join_request = JoinRequestFactory(status=status)

    with pytest.raises(requests.TransitionNotAllowed):
        requests.join_request_approve(join_request, by=coordinator)
    with pytest.raises(requests.TransitionNotAllowed):
        requests.join_request_decline(join_request, by=coordinator, reason="Nee")
    with pytest.raises(requests.TransitionNotAllowed):
        requests.join_request_start_review(join_request, by=coordinator)


def test_a_contact_request_is_marked_handled_once(coordinator):
    contact_request = ContactRequestFactory()

    requests.contact_request_mark_handled(contact_request, by=coordinator)

    contact_request.refresh_from_db()
    assert contact_request.status == "handled"
    assert contact_request.handled_by == coordinator
    with pytest.raises(requests.TransitionNotAllowed):
        requests.contact_request_mark_handled(contact_request, by=coordinator)


# --- through the admin ------------------------------------------------------------


def test_the_coordinator_approves_in_the_admin(
    client, coordinator, site_with_coordinator, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(organisation_name="Gemeente Oudewater")
    client.force_login(coordinator)

    edit = client.get(f"/beheer/joinrequest/edit/{join_request.pk}/")
    confirm = client.get(f"/beheer/joinrequest/{join_request.pk}/goedkeuren/")
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(f"/beheer/joinrequest/{join_request.pk}/goedkeuren/", {})

    assert edit.status_code == 200
    assert f"/beheer/joinrequest/{join_request.pk}/goedkeuren/" in edit.content.decode()
    assert confirm.status_code == 200
    confirm_html = confirm.content.decode()
    assert "Goedkeuren en uitnodigen" in confirm_html
    assert f"/beheer/joinrequest/edit/{join_request.pk}/" in confirm_html  # the way back
    assert done.status_code == 302
    join_request.refresh_from_db()
    assert join_request.status == "approved"
    assert len(mail.outbox) == 1
    history_page = client.get(f"/beheer/joinrequest/history/{join_request.pk}/")
    assert "Goedgekeurd" in history_page.content.decode()


def test_declining_in_the_admin_without_a_reason_shows_the_error(client, coordinator):
    join_request = JoinRequestFactory()
    client.force_login(coordinator)

    response = client.post(f"/beheer/joinrequest/{join_request.pk}/afwijzen/", {"reason": ""})

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["reason"]] == ["required"]
    assert 'name="reason"' in response.content.decode()
    join_request.refresh_from_db()
    assert join_request.status == "new"


def test_a_second_decision_in_the_admin_is_refused_with_a_message(client, coordinator):
    join_request = JoinRequestFactory(status="declined")
    client.force_login(coordinator)

    response = client.post(f"/beheer/joinrequest/{join_request.pk}/goedkeuren/", {}, follow=True)

    assert "niet meer mogelijk" in response.content.decode()
    assert Invitation.objects.count() == 0


def test_the_coordinator_marks_a_contact_request_handled_in_the_admin(client, coordinator):
    contact_request = ContactRequestFactory()
    client.force_login(coordinator)

    client.post(f"/beheer/contactrequest/{contact_request.pk}/afgehandeld/", {})

    contact_request.refresh_from_db()
    assert contact_request.status == "handled"


def test_the_dashboard_shows_the_open_requests(client, coordinator):
    JoinRequestFactory(organisation_name="Gemeente Renswoude")
    JoinRequestFactory(organisation_name="Gemeente Afgehandeld", status="approved")
    ContactRequestFactory(subject="Vraag over groenbeheer")
    client.force_login(coordinator)

    html = client.get("/beheer/").content.decode()

    assert "Verzoeken die op antwoord wachten" in html
    assert "Gemeente Renswoude" in html
    assert "Gemeente Afgehandeld" not in html
    assert "Vraag over groenbeheer" in html


def test_the_coordinator_invites_someone_from_the_admin_and_can_send_again(
    client, coordinator, site_with_coordinator, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory(name="ROM Utrecht Region", kind="knowledge_partner")
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/beheer/invitation/new/",
            {"email": "Partner@Rom.example", "organisation": organisation.pk, "role": ""},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    first_link = invitation_link_path(invitation)
    assert invitation.email == "partner@rom.example"
    assert invitation.invited_by == coordinator

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/beheer/invitation/{invitation.pk}/opnieuw-versturen/", {})

    second_link = invitation_link_path(invitation)
    assert second_link != first_link
    assert [m.to for m in mail.outbox] == [["partner@rom.example"], ["partner@rom.example"]]
    assert first_link in mail.outbox[0].body and second_link in mail.outbox[1].body
    assert client.get(first_link).status_code == 410


def test_e_mail_subjects_are_plain_text(site_with_coordinator, django_capture_on_commit_callbacks):
    from members.services.notifications import request_received_notify

    join_request = JoinRequestFactory(organisation_name="Gemeente 's-Hertogenbosch & <Partners>")

    with django_capture_on_commit_callbacks(execute=True):
        request_received_notify(join_request)

    message = next(m for m in mail.outbox if m.to == [COORDINATOR_EMAIL])
    assert message.subject == "Nieuwe aanvraag: Gemeente 's-Hertogenbosch & <Partners>"
    assert "&lt;Partners&gt;" in message.alternatives[0][0]  # escaped in the HTML body only


def test_a_public_mail_service_cannot_become_a_sign_up_domain(client, coordinator):
    from members.models import OrganisationDomain

    client.force_login(coordinator)
    organisation = OrganisationFactory(name="Gemeente Soest")
    data = {
        "name": "Gemeente Soest",
        "slug": organisation.slug,
        "kind": "municipality",
        "is_active": "on",
        "email_domains-TOTAL_FORMS": "1",
        "email_domains-INITIAL_FORMS": "0",
        "email_domains-MIN_NUM_FORMS": "0",
        "email_domains-MAX_NUM_FORMS": "1000",
        "email_domains-0-domain": "gmail.com",
        "email_domains-0-id": "",
        "email_domains-0-ORDER": "",
        "email_domains-0-DELETE": "",
    }

    response = client.post(f"/beheer/organisation/edit/{organisation.pk}/", data)

    assert response.status_code == 200
    assert "openbare e-maildienst" in response.content.decode()
    assert not OrganisationDomain.objects.exists()


def test_the_invitation_page_says_whether_its_email_arrived(
    client, coordinator, django_capture_on_commit_callbacks
):
    from mailing.models import OutboxStatus
    from members.services.memberships import invitation_create

    client.force_login(coordinator)
    organisation = OrganisationFactory(name="ROM Utrecht Region", kind="knowledge_partner")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_create(email="partner@rom.example", organisation=organisation)
    page = f"/beheer/invitation/edit/{invitation.pk}/"

    assert "De e-mail met de link is verstuurd op" in client.get(page).content.decode()
    OutboxEmail.objects.for_object(invitation).update(
        status=OutboxStatus.FAILED, last_error="SMTPRecipientsRefused: 550"
    )
    html = client.get(page).content.decode()
    assert "kon niet worden afgeleverd (SMTPRecipientsRefused: 550)" in html
    assert "/beheer/outbox/inspect/" in html
