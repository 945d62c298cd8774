"""Who may create an account: a participating organisation's domain, or an invitation."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import DatabaseError
from django.utils import timezone

from members.models import Invitation, Membership
from members.services.memberships import invitation_create
from tests.factories import OrganisationFactory, invitation_link_path

pytestmark = pytest.mark.django_db

PASSWORD = "een-sterk-wachtwoord-42"


def signup(client, email, **extra):
    data = {
        "first_name": "Nieuw",
        "last_name": "Lid",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }
    return client.post("/account/signup/", data)


def test_an_address_on_a_participating_domain_signs_up_and_is_linked_on_verification(
    client, utrecht, site_with_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signup(client, "nieuw@utrecht.example")

    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@utrecht.example")
    assert user.first_name == "Nieuw"
    assert not Membership.objects.filter(user=user).exists()  # not before verification
    [confirmation] = mail.outbox

    # The link as mailed: a key computed here again could fall in the next second.
    key = re.search(r"/account/confirm-email/([^/\s]+)/", confirmation.body).group(1)
    client.post(f"/account/confirm-email/{key}/")

    assert Membership.objects.get(user=user).organisation == utrecht


def test_an_account_is_never_created_without_its_verification_email(client, utrecht, monkeypatch):
    """allauth's view saves the account, then queues the e-mail: one transaction, so an
    outbox that cannot be written leaves no account that never got its link."""

    def outbox_unwritable(*args, **kwargs):
        raise DatabaseError("the outbox table is locked")

    monkeypatch.setattr("cirkelinkoop.accounts.email_queue", outbox_unwritable)

    with pytest.raises(DatabaseError):
        signup(client, "nieuw@utrecht.example")

    assert not get_user_model().objects.filter(email="nieuw@utrecht.example").exists()
    assert not EmailAddress.objects.filter(email="nieuw@utrecht.example").exists()


def test_a_foreign_address_is_refused_with_a_clear_reason(client, utrecht):
    response = signup(client, "iemand@bedrijf.example")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Alleen mensen van een deelnemende organisatie" in html
    assert not get_user_model().objects.filter(email="iemand@bedrijf.example").exists()


def test_the_domain_of_an_organisation_that_stopped_does_not_open_sign_up(client):
    OrganisationFactory(name="Gemeente Gestopt", is_active=False, domains=["gestopt.example"])

    signup(client, "iemand@gestopt.example")

    assert not get_user_model().objects.filter(email="iemand@gestopt.example").exists()


def test_an_invitation_lets_someone_sign_up_once_without_verifying_again(
    client, coordinator, site_with_coordinator
):
    partner = OrganisationFactory(name="PIANOo", kind="knowledge_partner")
    invitation = invitation_create(
        email="expert@pianoo.example", organisation=partner, role="policy_officer", by=coordinator
    )

    landing = client.get(invitation_link_path(invitation))
    form = client.get("/account/signup/")
    response = signup(client, "expert@pianoo.example")

    assert landing.status_code == 302 and landing["Location"] == "/account/signup/"
    assert 'value="expert@pianoo.example"' in form.content.decode()
    assert "PIANOo" in form.content.decode()
    assert response.status_code == 302
    assert response["Location"] == "/deelnemers/leden/"  # signed in, among colleagues
    user = get_user_model().objects.get(email="expert@pianoo.example")
    membership = Membership.objects.get(user=user)
    assert membership.organisation == partner and membership.role == "policy_officer"
    assert EmailAddress.objects.get(user=user).verified
    invitation.refresh_from_db()
    assert invitation.accepted_by == user

    client.logout()
    again = client.get(invitation_link_path(invitation))
    assert again.status_code == 410
    assert "Deze uitnodiging werkt niet meer" in again.content.decode()


def test_an_expired_invitation_does_not_open_sign_up(client, coordinator):
    partner = OrganisationFactory(name="BouwCirculair", kind="knowledge_partner")
    invitation = invitation_create(email="laat@bouw.example", organisation=partner, by=coordinator)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    landing = client.get(invitation_link_path(invitation))
    signup(client, "laat@bouw.example")

    assert landing.status_code == 410
    assert not get_user_model().objects.filter(email="laat@bouw.example").exists()


@pytest.mark.parametrize(
    "token",
    ["%00", "abc%00def", "abc.def", "abc%20def", "zo%C3%AB", "%27%3B--", "a" * 65, "..%5C.."],
)
def test_an_invitation_link_that_is_no_token_is_not_found(client, home, token):
    """Never a database error: on PostgreSQL a NUL byte in the query was a 500."""
    response = client.get(f"/account/uitnodiging/{token}/")

    assert response.status_code == 404


def test_an_unknown_token_of_the_right_shape_says_the_link_is_dead(client, home):
    response = client.get("/account/uitnodiging/Abc-123_xyz/")

    assert response.status_code == 410


def test_an_invitation_does_not_open_sign_up_for_another_address(client, coordinator):
    partner = OrganisationFactory(name="Cirkelstad Utrecht", kind="knowledge_partner")
    invitation = invitation_create(email="juist@cirkelstad.example", organisation=partner)

    client.get(invitation_link_path(invitation))
    signup(client, "ander@cirkelstad.example")

    assert not get_user_model().objects.filter(email="ander@cirkelstad.example").exists()


def test_a_resent_invitation_replaces_the_old_link(client, coordinator):
    from members.services.memberships import invitation_resend

    partner = OrganisationFactory(name="Cirkelstad Utrecht", kind="knowledge_partner")
    invitation = invitation_create(email="juist@cirkelstad.example", organisation=partner)
    old_link = invitation_link_path(invitation)

    invitation_resend(invitation, by=coordinator)

    assert client.get(old_link).status_code == 410
    assert client.get(invitation_link_path(invitation)).status_code == 302


def test_an_existing_account_accepts_by_signing_in_and_moves_organisation(
    client, member, utrecht, coordinator
):
    province = OrganisationFactory(name="Provincie Utrecht", kind="province")
    invitation = invitation_create(email=member.email, organisation=province, by=coordinator)

    landing = client.get(invitation_link_path(invitation))
    assert landing.status_code == 302 and landing["Location"].startswith("/account/login/")

    client.force_login(member)
    confirm = client.get(invitation_link_path(invitation))
    assert Membership.objects.get(user=member).organisation == utrecht  # a GET changes nothing
    response = client.post(invitation_link_path(invitation))

    assert "Gemeente Utrecht" in confirm.content.decode()  # the move is announced
    assert response["Location"] == "/deelnemers/leden/"
    assert Membership.objects.get(user=member).organisation == province


def test_the_sign_in_page_points_to_sign_up_and_to_joining(client, home):
    html = client.get("/account/login/").content.decode()

    assert 'href="/account/signup/"' in html
    assert 'href="/deelnemen/"' in html


def test_a_second_click_on_accept_goes_on_to_the_directory(client, member, coordinator):
    province = OrganisationFactory(name="Provincie Utrecht", kind="province")
    invitation = invitation_create(email=member.email, organisation=province, by=coordinator)
    client.force_login(member)

    client.post(invitation_link_path(invitation))
    again = client.post(invitation_link_path(invitation))

    assert again.status_code == 302 and again["Location"] == "/deelnemers/leden/"


def test_an_unconfirmed_address_on_the_account_is_asked_to_be_confirmed(
    client, member, coordinator
):
    province = OrganisationFactory(name="Provincie Utrecht", kind="province")
    EmailAddress.objects.create(user=member, email="bram@provincie.example", verified=False)
    invitation = invitation_create(
        email="bram@provincie.example", organisation=province, by=coordinator
    )
    client.force_login(member)

    response = client.get(invitation_link_path(invitation))

    assert "nog niet bevestigd" in response.content.decode()
    assert Membership.objects.get(user=member).organisation.name == "Gemeente Utrecht"


def test_the_database_keeps_only_a_hash_of_the_invitation_link(client, coordinator):
    from members.models.people import invitation_token_hash

    partner = OrganisationFactory(name="Cirkelstad Utrecht", kind="knowledge_partner")
    invitation = invitation_create(email="juist@cirkelstad.example", organisation=partner)
    token = invitation_link_path(invitation).rstrip("/").rpartition("/")[2]

    row = Invitation.objects.filter(pk=invitation.pk).values().get()
    assert token not in str(row)
    assert row["token_hash"] == invitation_token_hash(token) != token
    assert client.get(f"/account/uitnodiging/{token}/").status_code == 302
    assert client.get(f"/account/uitnodiging/{row['token_hash']}/").status_code == 410
