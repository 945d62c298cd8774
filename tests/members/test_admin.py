"""The members app's admin screens as a coordinator uses them."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry

from members.admin_views.requests import ContactRequestViewSet, JoinRequestViewSet
from members.models import ContactRequest, Invitation, JoinRequest, JoinRequestStatus, Membership
from members.models.requests import Transition
from members.services import requests
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


def test_a_coordinator_cannot_hand_a_membership_to_another_account(client, coordinator):
    membership, someone_else = MembershipFactory(phone="030 123 45 67"), UserFactory()
    client.force_login(coordinator)

    edit = client.get(f"/beheer/membership/edit/{membership.pk}/")
    response = client.post(
        f"/beheer/membership/edit/{membership.pk}/",
        membership_data(membership, user=someone_else.pk, job_title="Teamleider"),
    )

    assert "user" not in edit.context["form"].fields
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.job_title == "Teamleider"
    assert membership.user != someone_else
    assert not Membership.objects.filter(user=someone_else).exists()


def test_a_member_added_by_a_coordinator_is_not_listed_until_they_agree(client, coordinator):
    user, organisation = UserFactory(), OrganisationFactory()
    client.force_login(coordinator)

    response = client.post(
        "/beheer/membership/new/",
        {"user": user.pk, "organisation": organisation.pk, "role": "", "in_directory": "on"},
    )

    assert response.status_code == 302
    assert Membership.objects.get(user=user).in_directory is False


# --- the steps of a request, from one table --------------------------------------------

HEADER_BUTTON = re.compile(r'<a href="([^"]+)" class="[^"]*\bw-header-button\b')


def header_links(client, url) -> list[str]:
    """Where the buttons in the header of an admin page lead, in their order."""
    response = client.get(url)
    assert response.status_code == 200
    return HEADER_BUTTON.findall(response.content.decode())


@pytest.mark.parametrize(
    ("status", "steps"),
    [
        ("new", ["in-behandeling", "goedkeuren", "afwijzen"]),
        ("in_review", ["goedkeuren", "afwijzen"]),
        ("approved", []),
        ("declined", []),
    ],
)
def test_a_join_request_offers_the_steps_its_status_allows(client, coordinator, status, steps):
    join_request = JoinRequestFactory(status=status)
    client.force_login(coordinator)

    links = header_links(client, f"/beheer/joinrequest/edit/{join_request.pk}/")

    assert links == [f"/beheer/joinrequest/{join_request.pk}/{step}/" for step in steps]


def test_the_services_and_the_buttons_read_the_same_table(client, coordinator, monkeypatch):
    """Change the table, and both the button and the service follow."""
    monkeypatch.setitem(
        JoinRequest.TRANSITIONS,
        "approve",
        Transition((JoinRequestStatus.IN_REVIEW,), JoinRequestStatus.APPROVED),
    )
    join_request = JoinRequestFactory(status="new")
    client.force_login(coordinator)

    links = header_links(client, f"/beheer/joinrequest/edit/{join_request.pk}/")

    assert f"/beheer/joinrequest/{join_request.pk}/goedkeuren/" not in links
    with pytest.raises(requests.TransitionNotAllowed):
        requests.join_request_approve(join_request, by=coordinator)
    requests.join_request_start_review(join_request, by=coordinator)
    assert f"/beheer/joinrequest/{join_request.pk}/goedkeuren/" in header_links(
        client, f"/beheer/joinrequest/edit/{join_request.pk}/"
    )


@pytest.mark.parametrize(
    ("viewset_class", "model"),
    [(JoinRequestViewSet, JoinRequest), (ContactRequestViewSet, ContactRequest)],
)
def test_every_step_in_the_table_has_an_action_in_the_admin(viewset_class, model):
    assert [action.name for action in viewset_class.actions] == list(model.TRANSITIONS)


def test_the_admin_urls_of_the_steps_have_english_names():
    assert reverse("joinrequest:start_review", args=[7]) == "/beheer/joinrequest/7/in-behandeling/"
    assert reverse("joinrequest:approve", args=[7]) == "/beheer/joinrequest/7/goedkeuren/"
    assert reverse("joinrequest:decline", args=[7]) == "/beheer/joinrequest/7/afwijzen/"
    assert (
        reverse("contactrequest:mark_handled", args=[7]) == "/beheer/contactrequest/7/afgehandeld/"
    )
    assert reverse("invitation:resend", args=[7]) == "/beheer/invitation/7/opnieuw-versturen/"


def test_an_open_contact_request_offers_an_answer_by_e_mail_and_marking_it_handled(
    client, coordinator
):
    open_request = ContactRequestFactory(email="kees@x.example", subject="Vraag & antwoord")
    handled = ContactRequestFactory(status="handled")
    client.force_login(coordinator)

    assert header_links(client, f"/beheer/contactrequest/edit/{open_request.pk}/") == [
        "mailto:kees@x.example?subject=Vraag%20%26%20antwoord",
        f"/beheer/contactrequest/{open_request.pk}/afgehandeld/",
    ]
    assert header_links(client, f"/beheer/contactrequest/edit/{handled.pk}/") == []


@pytest.mark.parametrize(
    ("state", "offered"), [("open", True), ("expired", True), ("accepted", False)]
)
def test_an_invitation_can_be_sent_again_until_it_is_accepted(client, coordinator, state, offered):
    invitation = invitation_create(email="open@x.example", organisation=OrganisationFactory())
    if state == "expired":
        Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    if state == "accepted":
        Invitation.objects.filter(pk=invitation.pk).update(accepted_at=timezone.now())
    client.force_login(coordinator)

    links = header_links(client, f"/beheer/invitation/edit/{invitation.pk}/")

    assert (f"/beheer/invitation/{invitation.pk}/opnieuw-versturen/" in links) is offered


def test_each_confirm_page_says_what_the_step_causes(client, coordinator):
    join_request = JoinRequestFactory(
        email="ria@rhenen.example", organisation_name="Gemeente Rhenen"
    )
    invitation = invitation_create(email="open@x.example", organisation=OrganisationFactory())
    client.force_login(coordinator)

    approve = client.get(f"/beheer/joinrequest/{join_request.pk}/goedkeuren/").content.decode()
    decline = client.get(f"/beheer/joinrequest/{join_request.pk}/afwijzen/").content.decode()
    resend = client.get(f"/beheer/invitation/{invitation.pk}/opnieuw-versturen/").content.decode()

    assert "De organisatie uit de aanvraag (Gemeente Rhenen" in approve
    assert 'name="organisation"' in approve
    assert "ria@rhenen.example krijgt een vriendelijke e-mail met je reden." in decline
    assert 'name="reason"' in decline
    assert "open@x.example krijgt een nieuwe link" in resend


def test_the_dashboard_links_to_a_listing_of_just_the_open_requests(client, coordinator):
    JoinRequestFactory(organisation_name="Gemeente Nieuw")
    JoinRequestFactory(organisation_name="Gemeente In Behandeling", status="in_review")
    JoinRequestFactory(organisation_name="Gemeente Afgewezen", status="declined")
    client.force_login(coordinator)

    dashboard = client.get("/beheer/").content.decode()
    [link] = re.findall(r'href="(/beheer/joinrequest/\?[^"]*)"', dashboard)
    listing = client.get(link.replace("&amp;", "&")).content.decode()

    assert "2 openstaande aanvragen" in dashboard
    assert "Gemeente Nieuw" in listing and "Gemeente In Behandeling" in listing
    assert "Gemeente Afgewezen" not in listing
