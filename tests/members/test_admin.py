"""The members app's admin screens as a coordinator uses them."""

import pytest
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry

from members.models import ContactRequest, Invitation, JoinRequest, Membership
from members.services.memberships import invitation_create
from tests.factories import (
    ContactRequestFactory,
    JoinRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@coalitie.example", is_superuser=True, is_staff=True)


# --- requests come from the public forms only ---------------------------------------


@pytest.mark.parametrize("prefix", ["joinrequest", "contactrequest"])
@pytest.mark.parametrize("who", ["coordinator", "superuser"])
def test_requests_have_no_add_view_or_button(client, request, prefix, who):
    JoinRequestFactory(), ContactRequestFactory()
    client.force_login(request.getfixturevalue(who))

    listing = client.get(f"/beheer/{prefix}/")

    assert listing.status_code == 200
    assert f"/beheer/{prefix}/new/" not in listing.content.decode()
    assert client.get(f"/beheer/{prefix}/new/").status_code == 404


@pytest.mark.parametrize("model", [JoinRequest, ContactRequest])
def test_not_even_a_superuser_may_add_a_request(superuser, model):
    policy = policy_registry.get_by_type(model)

    assert not policy.user_has_permission(superuser, "add")
    assert policy.user_has_permission(superuser, "change")
    assert superuser not in policy.users_with_permission("add")


# --- invitations ---------------------------------------------------------------------


def test_the_invitation_form_opens_empty(client, coordinator):
    client.force_login(coordinator)

    response = client.get("/beheer/invitation/new/")

    assert response.status_code == 200
    assert set(response.context["form"].fields) == {"email", "organisation", "role"}
    html = response.content.decode()
    assert 'name="email"' in html and 'name="organisation"' in html


def test_a_bad_invitation_is_refused_next_to_its_fields_in_dutch(client, coordinator):
    client.force_login(coordinator)

    response = client.post("/beheer/invitation/new/", {"email": "geen-adres", "role": "baas"})

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["email"]] == ["invalid"]
    assert [error.code for error in errors["organisation"]] == ["required"]
    assert [error.code for error in errors["role"]] == ["invalid_choice"]
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert str(errors["email"][0].message) in html
    assert not Invitation.objects.exists()


def test_an_invitation_from_the_admin_goes_through_the_service(client, coordinator):
    organisation = OrganisationFactory(name="ROM Utrecht Region")
    client.force_login(coordinator)

    response = client.post(
        "/beheer/invitation/new/",
        {"email": " Partner@Rom.example ", "organisation": organisation.pk, "role": "buyer"},
    )

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role) == ("partner@rom.example", "buyer")
    assert invitation.invited_by == coordinator and invitation.expires_at
    actions = ModelLogEntry.objects.for_instance(invitation).values_list("action", flat=True)
    assert list(actions) == ["members.invitation.sent"]


def test_the_invitation_admin_says_nothing_of_sending(client, coordinator):
    organisation = OrganisationFactory()
    invitation = invitation_create(email="open@x.example", organisation=organisation)
    client.force_login(coordinator)

    listing = client.get("/beheer/invitation/").content.decode()
    edit = client.get(f"/beheer/invitation/edit/{invitation.pk}/").content.decode()

    assert "Verstuurd" not in listing and "verstuurd" not in listing
    assert "Wacht op verzending" not in edit and "Verstuurd" not in edit
    assert "Nog niet geaccepteerd; de link werkt tot" in edit


# --- people ----------------------------------------------------------------------------


def membership_data(membership, **changes) -> dict:
    data = {
        "user": membership.user.pk,
        "organisation": membership.organisation.pk,
        "role": membership.role,
        "job_title": membership.job_title,
        "phone": membership.phone,
    }
    return {**data, **changes}


@pytest.mark.parametrize("consented", [True, False])
def test_a_coordinator_cannot_switch_someones_directory_consent(client, coordinator, consented):
    membership = MembershipFactory(in_directory=consented)
    client.force_login(coordinator)

    edit = client.get(f"/beheer/membership/edit/{membership.pk}/")
    response = client.post(
        f"/beheer/membership/edit/{membership.pk}/",
        membership_data(membership, job_title="Teamleider", in_directory="" if consented else "on"),
    )

    assert "in_directory" not in edit.context["form"].fields
    assert 'name="in_directory"' not in edit.content.decode()
    assert "Alleen het lid zelf kan dit wijzigen" in edit.content.decode()
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.job_title == "Teamleider"  # the rest of the form is saved
    assert membership.in_directory is consented


def test_a_member_added_by_a_coordinator_is_not_listed_until_they_agree(client, coordinator):
    user, organisation = UserFactory(), OrganisationFactory()
    client.force_login(coordinator)

    response = client.post(
        "/beheer/membership/new/",
        {"user": user.pk, "organisation": organisation.pk, "role": "", "in_directory": "on"},
    )

    assert response.status_code == 302
    assert Membership.objects.get(user=user).in_directory is False
