"""AVG: retention removes what it should and nothing else; a member's own data page."""

import json
from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from members.models import ContactRequest, Invitation, JoinRequest, Membership
from members.services.memberships import invitation_create, membership_remove
from members.services.privacy import account_delete, expired_personal_data_remove
from members.tasks import remove_expired_personal_data
from tests.factories import (
    DEFAULT_PASSWORD,
    ContactRequestFactory,
    JoinRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def months_ago(months: int, days: int = 0):
    return timezone.now() - relativedelta(months=months) - timedelta(days=days)


def test_retention_removes_personal_data_of_requests_handled_long_ago(settings):
    settings.MEMBERS_RETENTION_MONTHS = 12
    old_join = JoinRequestFactory(status="declined", handled_at=months_ago(12, days=1))
    old_contact = ContactRequestFactory(status="handled", handled_at=months_ago(13))
    recent = JoinRequestFactory(status="approved", handled_at=months_ago(11))
    still_open = JoinRequestFactory(status="in_review")
    JoinRequest.objects.filter(pk=still_open.pk).update(created_at=months_ago(24))

    removed = remove_expired_personal_data.apply().get()

    assert removed["joinrequest"] == 1 and removed["contactrequest"] == 1
    old_join.refresh_from_db()
    assert old_join.anonymised_at is not None
    assert (old_join.contact_name, old_join.email, old_join.phone, old_join.motivation) == (
        "",
        "",
        "",
        "",
    )
    assert old_join.organisation_name and old_join.status == "declined"  # history stays
    old_contact.refresh_from_db()
    assert (old_contact.name, old_contact.email, old_contact.message) == ("", "", "")
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.contact_name == "Ria Aanvraag" and kept.anonymised_at is None


def test_retention_follows_the_setting(settings):
    settings.MEMBERS_RETENTION_MONTHS = 3
    JoinRequestFactory(status="declined", handled_at=months_ago(4))

    expired_personal_data_remove()

    assert JoinRequest.objects.get().email == ""


def test_retention_deletes_finished_invitations_only(settings):
    organisation = OrganisationFactory()
    accepted_long_ago = invitation_create(email="oud@x.example", organisation=organisation)
    expired_long_ago = invitation_create(email="verlopen@x.example", organisation=organisation)
    open_invitation = invitation_create(email="open@x.example", organisation=organisation)
    Invitation.objects.filter(pk=accepted_long_ago.pk).update(accepted_at=months_ago(13))
    Invitation.objects.filter(pk=expired_long_ago.pk).update(expires_at=months_ago(13))

    expired_personal_data_remove()

    assert list(Invitation.objects.values_list("pk", flat=True)) == [open_invitation.pk]


def test_the_emails_of_removed_requests_lose_their_personal_data_and_send_nothing_more(
    site_with_coordinator, unreachable_broker, django_capture_on_commit_callbacks
):
    from mailing.models import OutboxEmail
    from mailing.services import outbox_send_due
    from members.services.notifications import request_received_notify

    join_request = JoinRequestFactory(status="declined", handled_at=months_ago(13))
    kept = JoinRequestFactory(status="new")
    with django_capture_on_commit_callbacks(execute=True):
        request_received_notify(join_request)  # still waiting: the broker is down
        request_received_notify(kept)

    expired_personal_data_remove()

    for row in OutboxEmail.objects.for_object(join_request):
        assert row.to == [] and row.body == "" and row.reply_to == []
        assert row.subject == ""  # a contact request's subject is the visitor's own text
        assert row.kind and row.created_at  # the history stays: which e-mail, when
    assert all(row.body for row in OutboxEmail.objects.for_object(kept))
    assert outbox_send_due() == 2  # only the open request's two e-mails
    assert join_request.email not in {m.to[0] for m in mail.outbox}


def test_the_account_page_shows_and_corrects_a_members_details(client, member):
    client.force_login(member)

    page = client.get("/account/gegevens/")
    response = client.post(
        "/account/gegevens/",
        {
            "first_name": "Bram",
            "last_name": "van Lid",
            "role": "sustainability_advisor",
            "job_title": "Adviseur duurzaamheid",
            "phone": "030 000 00 99",
            "in_directory": "",
        },
    )

    assert "Gemeente Utrecht" in page.content.decode()
    assert response.status_code == 302
    membership = Membership.objects.get(user=member)
    assert membership.role == "sustainability_advisor"
    assert membership.job_title == "Adviseur duurzaamheid"
    assert membership.in_directory is False
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Bram", "van Lid")
    # The form as it is first shown is kept for the account: the saved details show at
    # once, and never on another member's page.
    client.get("/account/gegevens/")
    shown = client.get("/account/gegevens/").content.decode()
    assert 'value="Adviseur duurzaamheid"' in shown and 'value="van Lid"' in shown
    assert 'value="030 000 00 99"' in shown
    client.force_login(MembershipFactory(job_title="Inkoper").user)
    other = client.get("/account/gegevens/").content.decode()
    assert 'value="Inkoper"' in other and "Adviseur duurzaamheid" not in other


def test_a_bad_phone_number_is_refused_on_the_account_page(client, member):
    client.force_login(member)

    response = client.post(
        "/account/gegevens/",
        {"first_name": "Bram", "last_name": "Lid", "phone": "<b>bel</b>", "role": ""},
    )

    assert response.status_code == 200
    assert 'id="id_phone_error"' in response.content.decode()


def test_a_member_downloads_their_data_as_json(client, member):
    JoinRequestFactory(email=member.email, organisation_name="Gemeente Utrecht")
    ContactRequestFactory(email="iemand.anders@x.example")
    client.force_login(member)

    response = client.get("/account/gegevens/download/")

    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == member.email
    assert data["membership"]["organisation"] == "Gemeente Utrecht"
    assert len(data["join_requests"]) == 1
    assert data["contact_requests"] == []


def test_a_member_deletes_their_account_after_confirming_the_password(client, member, coordinator):
    invitation_create(email=member.email, organisation=member.membership.organisation)
    client.force_login(member)
    assert client.get("/account/gegevens/verwijderen/")["Location"].startswith(
        "/account/reauthenticate/"
    )
    reauthenticate = client.get("/account/reauthenticate/")
    assert list(reauthenticate.context["form"].fields) == ["password"]
    client.post("/account/reauthenticate/", {"password": DEFAULT_PASSWORD})

    refused = client.post("/account/gegevens/verwijderen/", {})
    response = client.post("/account/gegevens/verwijderen/", {"confirm": "on"})

    assert refused.status_code == 200
    assert response.status_code == 302
    assert not get_user_model().objects.filter(email=member.email).exists()
    assert not Membership.objects.exists()
    assert not Invitation.objects.exists()
    assert "_auth_user_id" not in client.session
    assert ContactRequest.objects.count() == 0
    # The invitation e-mail to the member's address keeps no address and no link.
    from mailing.models import OutboxEmail

    assert OutboxEmail.objects.exists()
    assert not OutboxEmail.objects.filter(to__icontains=member.email).exists()
    assert not OutboxEmail.objects.exclude(body="").exists()


def test_the_export_holds_only_requests_of_verified_own_addresses(client, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=member, email="vreemde@elders.example", verified=False)
    JoinRequestFactory(email="vreemde@elders.example", organisation_name="Niet van mij")
    JoinRequestFactory(email="Bram@Utrecht.example", organisation_name="Wel van mij")
    client.force_login(member)

    data = json.loads(client.get("/account/gegevens/download/").content)

    assert [r["organisation_name"] for r in data["join_requests"]] == ["Wel van mij"]


def named_history(membership) -> list[str]:
    """The admin's history entries that name the member."""
    name = membership.user.get_full_name()
    return list(ModelLogEntry.objects.filter(label__contains=name).values_list("action", flat=True))


def organisation_history(organisation) -> list[str]:
    return list(ModelLogEntry.objects.for_instance(organisation).values_list("action", flat=True))


@pytest.fixture
def logged_membership(coordinator):
    membership = MembershipFactory(user=UserFactory(first_name="Vera", last_name="Vertrokken"))
    log(membership, "wagtail.edit", user=coordinator)
    assert named_history(membership) == ["wagtail.edit"]
    return membership


def test_removing_a_membership_forgets_its_history_and_tells_the_organisation(
    coordinator, logged_membership
):
    membership_remove(logged_membership, by=coordinator)

    assert not Membership.objects.exists()
    assert named_history(logged_membership) == []
    [removal] = ModelLogEntry.objects.for_instance(logged_membership.organisation)
    assert removal.action == "members.membership.removed"
    assert removal.user == coordinator
    assert "Vertrokken" not in removal.label


def test_a_coordinator_removing_a_member_in_the_admin_leaves_no_name(
    client, coordinator, logged_membership
):
    client.force_login(coordinator)

    response = client.post(f"/beheer/membership/delete/{logged_membership.pk}/")

    assert response.status_code == 302
    assert not Membership.objects.exists()
    assert named_history(logged_membership) == []
    assert organisation_history(logged_membership.organisation) == ["members.membership.removed"]


def test_a_user_deleted_in_the_admin_leaves_no_name_either(client, logged_membership):
    superuser = UserFactory(email="root@coalitie.example", is_superuser=True)
    client.force_login(superuser)
    delete_url = f"/beheer/users/delete/{logged_membership.user.pk}/"

    confirm = client.get(delete_url)
    assert confirm.status_code == 200
    assert Membership.objects.exists()  # showing the question removes nothing
    response = client.post(delete_url)

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=logged_membership.user.pk).exists()
    assert named_history(logged_membership) == []
    assert organisation_history(logged_membership.organisation) == ["members.membership.removed"]


def test_deleting_ones_account_forgets_the_membership_history(logged_membership):
    account_delete(logged_membership.user)

    assert not get_user_model().objects.filter(pk=logged_membership.user.pk).exists()
    assert named_history(logged_membership) == []
    assert organisation_history(logged_membership.organisation) == ["members.membership.removed"]
