"""The cases an organisation shared, as a section of its page in the members app
(``members.sections``): only those the reader may see, newest first."""

from knowledge.models import CasePage

ORGANISATION_CASES_SHOWN = 12


def organisation_cases_section(request, organisation):
    cases = CasePage.objects.visible_to(request.user).filter(buyer_organisation=organisation)
    return "knowledge/_organisation_cases.html", {
        "organisation": organisation,
        "cases": list(cases.for_cards().newest_first()[:ORGANISATION_CASES_SHOWN]),
        "total": cases.count(),
    }
