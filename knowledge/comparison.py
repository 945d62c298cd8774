"""Which cases a comparison holds: the ``cases`` parameter read, as a reader may see them.

The compare page and the criteria downloads read the same parameter the same way, so a
download holds exactly the cases the page shows. Each value is a case's id or its slug;
at most four are kept, in the order given, each once. What is left out is said, without
telling a visitor whether a members-only case of that name exists.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from knowledge.models import CasePage

MAX_CASES = 4
# Longer than any id or slug (Wagtail's slugs are at most 255 characters): ignored unread.
MAX_VALUE_LENGTH = 255
# More values than this are not even looked at: a comparison is a handful of cases.
MAX_VALUES_READ = 20


@dataclass
class Comparison:
    cases: list = field(default_factory=list)
    not_found: int = 0  # values that match no case this reader may see
    too_many: int = 0  # cases left out because the comparison was full

    @property
    def slugs(self) -> list[str]:
        return [case.slug for case in self.cases]

    @property
    def is_full(self) -> bool:
        return len(self.cases) >= MAX_CASES


def requested(values: list[str]) -> list[str]:
    """The values of a ``cases`` parameter that are read: the first few, stripped, each once.
    Two addresses with the same requested values show the same comparison."""
    wanted = dict.fromkeys(value.strip() for value in values[:MAX_VALUES_READ])
    return [value for value in wanted if value]


def comparison_read(values: list[str], user, library) -> Comparison:
    """The visible cases ``values`` name (ids or slugs) under ``library``, in their order."""
    wanted = requested(values)
    readable = [value for value in wanted if len(value) <= MAX_VALUE_LENGTH and "\x00" not in value]
    found = _cases_named(readable, user, library)
    comparison, seen = Comparison(), set()
    for value in wanted:
        case = found.get(value)
        if case is None:
            comparison.not_found += 1
        elif case.pk in seen:
            continue  # the same case by its id and by its slug
        elif comparison.is_full:
            comparison.too_many += 1
        else:
            seen.add(case.pk)
            comparison.cases.append(case)
    return comparison


def _cases_named(values: list[str], user, library) -> dict:
    """``{value: case}`` for the values that name a case the reader may see, in one query
    (with what the comparison shows joined and its criteria and figures prefetched)."""
    if not values:
        return {}
    ids = [int(value) for value in values if _is_id(value)]
    cases = (
        CasePage.objects.visible_to(user)
        .child_of(library)
        .filter(Q(pk__in=ids) | Q(slug__in=values))
        .for_comparison()
    )
    found = {str(case.pk): case for case in cases}
    found.update({case.slug: case for case in cases})  # a slug of digits is a slug
    return found


def _is_id(value: str) -> bool:
    """Digits a database id can be (an integer column, so at most nine of them)."""
    return value.isascii() and value.isdigit() and len(value) < 10
