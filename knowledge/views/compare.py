"""/kennisbank/vergelijk/?cases=…: up to four cases side by side, by a shareable URL.

Everything is in the query string, so the page works without JavaScript and without a
session: adding a case is a GET form that sends the cases shown plus the one chosen,
removing one is a link without it.
"""

from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cirkelinkoop.page_cache import shared_fragment
from knowledge.comparison import MAX_CASES, comparison_named, read_cases
from knowledge.models import CasePage
from members.access import is_member

# Cases offered in the "add a case" list: the comparable ones first, then the newest.
ADD_CHOICES = 100


def compare(request, library):
    """Which cases are compared is one narrow query; the comparison itself (reading the
    cases with their criteria and laying them out beside a hundred to add, some 20 ms)
    is the same for every reader of one audience, and kept until content changes. Kept
    per cases found, not per address asked for, so made-up addresses fill no cache."""
    comparison = comparison_named(request.GET.getlist("cases"), request.user, library)
    audience = "members" if is_member(request.user) else "visitors"
    comparison_html = shared_fragment(
        request,
        f"comparison:{audience}:{comparison.key}",
        lambda: render_to_string(
            "knowledge/_comparison.html", _comparison_context(request, library, comparison), request
        ),
    )
    context = {**library.get_context(request), "comparison_html": comparison_html}
    return TemplateResponse(request, "knowledge/compare.html", context)


def _comparison_context(request, library, comparison) -> dict:
    cases = read_cases(comparison).cases
    return {
        "comparison": comparison,
        "cases": cases,
        "columns": [_column(case, cases) for case in cases],
        "fact_rows": fact_rows(cases),
        "notices": _notices(comparison),
        "max_cases": MAX_CASES,
        "add_choices": _add_choices(request.user, library, comparison),
        "cases_query": _query(comparison.slugs),
    }


# Shown where a case lacks a fact.
NOTHING = "—"
# The rows of plain facts, each a label and how to read it from a case.
FACTS = [
    (_("Buyer"), lambda case: case.buyer),
    (_("Summary"), lambda case: case.summary),
    (_("Year of award"), lambda case: case.year_awarded),
    (_("Procedure"), lambda case: case.get_procedure_display()),
    (_("Contract type"), lambda case: case.get_contract_type_display()),
    (_("Estimated value"), lambda case: case.get_value_band_display()),
    (_("Contract duration"), lambda case: _months(case.duration_months)),
    (_("Product group"), lambda case: case.product_group.name if case.product_group else ""),
]


def fact_rows(cases) -> list[tuple[str, list]]:
    """``(label, [one value per case])`` for each plain fact; the criteria, figures and
    lessons, which are lists and rich text, have rows of their own in the template."""
    return [(label, [read(case) or NOTHING for case in cases]) for label, read in FACTS]


def _months(months: int | None) -> str:
    if not months:
        return ""
    return ngettext("%(months)s month", "%(months)s months", months) % {"months": months}


def compare_url(slugs: list[str]) -> str:
    return reverse("knowledge:compare") + _query(slugs)


def _query(slugs: list[str]) -> str:
    return f"?{urlencode({'cases': slugs}, doseq=True)}" if slugs else ""


def _column(case, cases) -> dict:
    others = [other.slug for other in cases if other.pk != case.pk]
    return {"case": case, "remove_url": compare_url(others)}


def _notices(comparison) -> list[str]:
    notices = []
    if comparison.not_found:
        notices.append(
            ngettext(
                "One case you asked for was not found, or is only for members.",
                "%(counter)s cases you asked for were not found, or are only for members.",
                comparison.not_found,
            )
            % {"counter": comparison.not_found}
        )
    if comparison.too_many:
        notices.append(
            ngettext(
                "A comparison holds at most %(max)s cases: one case was left out.",
                "A comparison holds at most %(max)s cases: %(counter)s cases were left out.",
                comparison.too_many,
            )
            % {"max": MAX_CASES, "counter": comparison.too_many}
        )
    return notices


def _add_choices(user, library, comparison) -> dict:
    """``{"comparable": [...], "other": [...]}``: the cases the reader may add, or nothing
    once the comparison is full."""
    if comparison.is_full:
        return {}
    return (
        CasePage.objects.visible_to(user)
        .child_of(library)
        .to_add_to(comparison.cases, limit=ADD_CHOICES)
    )
