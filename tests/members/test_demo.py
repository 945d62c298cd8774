"""The members app's demo content: the coalition as it is, fictional people, every status."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from cirkelinkoop.demo import DEMO_COORDINATOR, DEMO_MEMBER, seed
from mailing.models import OutboxEmail
from members.models import (
    ContactRequest,
    ContactRequestStatus,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Organisation,
    OrganisationDomain,
    OrganisationKind,
    Role,
)
from members.services.memberships import organisation_for_email

pytestmark = pytest.mark.django_db

NOT_PARTICIPATING = {
    "Gemeente Renswoude",
    "Gemeente Rhenen",
    "Gemeente Lopik",
    "Gemeente Oudewater",
}


def seed_demo():
    return seed(coordinator_password="x-demo-1", member_password="x-demo-2")


def counts() -> dict[str, int]:
    models = [
        get_user_model(),
        EmailAddress,
        Organisation,
        OrganisationDomain,
        Membership,
        JoinRequest,
        ContactRequest,
        ModelLogEntry,
    ]
    return {model._meta.label: model.objects.count() for model in models}


def test_the_coalition_takes_part_except_four_municipalities():
    seed_demo()

    participating = Organisation.objects.participating()
    for kind in (
        OrganisationKind.PROVINCE,
        OrganisationKind.WATER_BOARD,
        OrganisationKind.PROCUREMENT_OFFICE,
    ):
        assert participating.filter(kind=kind).count() == 1
    municipalities = Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY)
    assert municipalities.count() == 26
    assert participating.filter(kind=OrganisationKind.MUNICIPALITY).count() == 22
    assert set(municipalities.filter(is_active=False).values_list("name", flat=True)) == (
        NOT_PARTICIPATING
    )
    partners = Organisation.objects.filter(kind=OrganisationKind.KNOWLEDGE_PARTNER)
    assert set(partners.values_list("name", flat=True)) == {
        "Cirkelstad Utrecht",
        "ROM Utrecht Region",
        "PIANOo",
        "BouwCirculair",
    }
    assert not OrganisationDomain.objects.filter(organisation__in=partners).exists()


def test_only_participating_organisations_open_sign_up_by_their_domain():
    seed_demo()

    assert organisation_for_email("iemand@utrecht.nl").name == "Gemeente Utrecht"
    assert organisation_for_email("iemand@provincie-utrecht.nl").name == "Provincie Utrecht"
    assert organisation_for_email("iemand@hdsr.nl").kind == OrganisationKind.WATER_BOARD
    assert organisation_for_email("iemand@rhenen.nl") is None  # not participating (yet)


def test_the_demo_accounts_and_people_are_members():
    seed_demo()

    member = Membership.objects.get(user__email=DEMO_MEMBER["email"])
    assert member.organisation.name == "Gemeente Utrecht"
    assert (member.role, member.job_title, member.in_directory) == (
        Role.BUYER,
        "Inkoopadviseur",
        True,
    )
    coordinator = Membership.objects.get(user__email=DEMO_COORDINATOR["email"])
    assert (coordinator.organisation.name, coordinator.role) == (
        "Provincie Utrecht",
        Role.COORDINATOR,
    )
    demo_accounts = [DEMO_MEMBER["email"], DEMO_COORDINATOR["email"]]
    people = Membership.objects.exclude(user__email__in=demo_accounts)
    assert people.count() >= 6
    assert {Role.BUYER, Role.SUSTAINABILITY_ADVISOR, Role.PROJECT_LEADER, Role.POLICY_OFFICER} <= (
        set(people.values_list("role", flat=True))
    )
    assert people.filter(in_directory=False).exists()
    assert not people.filter(organisation__is_active=False).exists()
    for membership in people.select_related("user"):
        assert not membership.user.has_usable_password()


def test_requests_in_every_status_are_there_without_sending_anything(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        seed_demo()

    # Nothing queued to run after the commit but the retiring of kept answers about access
    # (members.kept), which the new organisations and memberships change, and of the
    # fragments of public content (cirkelinkoop.page_cache), once.
    retiring = {"members.kept", "cirkelinkoop.page_cache"}
    assert [c for c in callbacks if c.__module__ not in retiring] == []
    assert sum(c.__module__ == "cirkelinkoop.page_cache" for c in callbacks) == 1
    assert mailoutbox == []
    assert not OutboxEmail.objects.exists()
    assert set(JoinRequest.objects.values_list("status", flat=True)) == set(JoinRequestStatus)
    assert set(ContactRequest.objects.values_list("status", flat=True)) == set(ContactRequestStatus)
    for model in (JoinRequest, ContactRequest):
        for request in model.objects.all():
            assert request.consent
            assert (
                ModelLogEntry.objects.for_instance(request)
                .filter(action="members.request.received")
                .exists()
            )
    approved = JoinRequest.objects.get(status=JoinRequestStatus.APPROVED)
    assert approved.organisation.name == "Gemeente Bunnik"
    assert approved.organisation.is_active
    declined = JoinRequest.objects.get(status=JoinRequestStatus.DECLINED)
    assert declined.decision_reason
    assert declined.organisation_kind == OrganisationKind.KNOWLEDGE_PARTNER
    for request in JoinRequest.objects.exclude(status=JoinRequestStatus.NEW):
        assert request.handled_by.email == DEMO_COORDINATOR["email"]


def test_seeding_twice_creates_nothing_twice():
    seed_demo()
    first = counts()

    seed_demo()

    assert counts() == first


def test_seeding_again_keeps_what_a_coordinator_changed():
    seed_demo()
    utrecht = Organisation.objects.get(name="Gemeente Utrecht")
    utrecht.description = "Door de coördinator herschreven."
    utrecht.save()
    member = Membership.objects.get(user__email=DEMO_MEMBER["email"])
    member.organisation = Organisation.objects.get(name="Gemeente Houten")
    member.job_title = "Teamleider inkoop"
    member.save()
    JoinRequest.objects.filter(organisation_name="Gemeente Rhenen").update(
        status=JoinRequestStatus.IN_REVIEW
    )

    seed_demo()

    assert Organisation.objects.get(name="Gemeente Utrecht").description == (
        "Door de coördinator herschreven."
    )
    member.refresh_from_db()
    assert (member.organisation.name, member.job_title) == ("Gemeente Houten", "Teamleider inkoop")
    assert not JoinRequest.objects.filter(status=JoinRequestStatus.NEW).exists()


def test_every_seeded_person_has_a_fictional_address():
    seed_demo()

    addresses = [
        *get_user_model().objects.values_list("email", flat=True),
        *EmailAddress.objects.values_list("email", flat=True),
        *JoinRequest.objects.values_list("email", flat=True),
        *ContactRequest.objects.values_list("email", flat=True),
    ]
    assert addresses
    assert [address for address in addresses if not address.endswith(".example")] == []
    # The organisations' own domains are real, not .example ones.
    assert not OrganisationDomain.objects.filter(domain__endswith=".example").exists()


def test_the_participants_page_lists_the_participating_organisations(client):
    seed_demo()

    page = client.get(reverse("members:participants")).content.decode()

    assert "Gemeente Utrecht" in page
    assert "PIANOo" in page
    assert "Gemeente Rhenen" not in page
