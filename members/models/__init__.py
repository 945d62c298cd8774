from members.models.coordinator import CoordinatorSettings
from members.models.organisations import Organisation, OrganisationDomain, OrganisationKind
from members.models.pages import ContactPage, JoinPage, ParticipantsPage
from members.models.people import Invitation, Membership, Role
from members.models.privacy import ViewRestrictionsReadOnce
from members.models.requests import (
    ContactRequest,
    ContactRequestStatus,
    JoinRequest,
    JoinRequestStatus,
)

__all__ = [
    "ContactPage",
    "ContactRequest",
    "ContactRequestStatus",
    "CoordinatorSettings",
    "Invitation",
    "JoinPage",
    "JoinRequest",
    "JoinRequestStatus",
    "Membership",
    "Organisation",
    "OrganisationDomain",
    "OrganisationKind",
    "ParticipantsPage",
    "Role",
    "ViewRestrictionsReadOnce",
]
