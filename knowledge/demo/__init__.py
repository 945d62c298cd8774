"""Demo content of the case library, built by ``manage.py seed_demo`` (never in production).

The five themes the coalition works on, the product groups and instruments the cases are
filed under, and some twenty-five cases of the participating organisations, a few for
members only. The organisations are real; the tenders, criteria and figures are made up
(``is_illustrative``), and each case page says so. Safe to run again: what exists is left
alone. ``synthetic_cases_add`` makes a large library for the benchmark.

Called by ``cirkelinkoop.demo`` after the members app's demo content, whose organisations
and people the cases refer to.
"""

from knowledge.demo.build import (
    cases_ensure,
    instruments_ensure,
    product_groups_ensure,
    themes_ensure,
)
from knowledge.demo.synthetic import synthetic_cases_add
from knowledge.models import CaseIndexPage, ThemeIndexPage
from members.models import Organisation

__all__ = ["seed_knowledge", "synthetic_cases_add"]


def seed_knowledge() -> None:
    lists = {
        "organisations": {org.name: org for org in Organisation.objects.all()},
        "groups": product_groups_ensure(),
        "instruments": instruments_ensure(),
        "themes": themes_ensure(ThemeIndexPage.objects.get()),
    }
    cases_ensure(CaseIndexPage.objects.get(), lists=lists)
