from members.models.coordinator import CoordinatorSettings
from members.models.organisations import Organisation, OrganisationDomain, OrganisationKind
from members.models.people import Invitation, Membership, Role
from members.models.requests import (
    ContactRequest,
    ContactRequestStatus,
    JoinRequest,
    JoinRequestStatus,
)

__all__ = [
    "ContactRequest",
    "ContactRequestStatus",
    "CoordinatorSettings",
    "Invitation",
    "JoinRequest",
    "JoinRequestStatus",
    "Membership",
    "Organisation",
    "OrganisationDomain",
    "OrganisationKind",
    "Role",
]
