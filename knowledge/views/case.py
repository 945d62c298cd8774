"""What a case page shows beyond its own fields: its documents as the reader may have
them, and related cases."""

from cirkelinkoop.page_cache import shared_fragment
from knowledge.queries import (
    is_restricted,
    restricted_collection_paths,
    without_view_restrictions,
)
from knowledge.views.compare import compare_url
from members.access import is_member
from members.models import Membership


def case_context(request, case) -> dict:
    from knowledge.models import CasePage

    member = is_member(request.user)
    documents, held_back = _documents_for(request, case, member)
    themes = list(without_view_restrictions(case.themes.live()))
    related_cases = list(
        CasePage.objects.visible_to(request.user).related_to(
            case, theme_ids=[theme.pk for theme in themes]
        )
    )
    _contact_load(case)
    return {
        "criteria": case.criteria.all(),
        "figures": case.figures.all(),
        "documents": documents,
        "documents_held_back": held_back,
        "strategies": case.strategies.all(),
        "themes": themes,
        "instruments": case.instruments.all(),
        "related_cases": related_cases,
        "compare_with_related_url": compare_url([case.slug, *(c.slug for c in related_cases)])
        if related_cases
        else "",
        "show_contact_details": member,
    }


def _contact_load(case) -> None:
    """The contact person with their account and organisation, in one query (the page
    shows their name, role and organisation: three queries, one by one)."""
    if case.contact_membership_id:
        case.contact_membership = (
            Membership.objects.select_related("user", "organisation")
            .filter(pk=case.contact_membership_id)
            .first()
        )


def _documents_for(request, case, member: bool) -> tuple[list, int]:
    """(document, members-only?) pairs the reader may download, and how many are held back."""
    # Kept until public content changes, which a collection's restriction is.
    restricted = shared_fragment(request, "restricted-collections", restricted_collection_paths)
    shown, held_back = [], 0
    for item in case.documents.select_related("document__collection"):
        members_only = is_restricted(item.document.collection, restricted)
        if members_only and not member:
            held_back += 1
        else:
            shown.append((item, members_only))
    return shown, held_back
