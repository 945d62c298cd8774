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
    pks: list[int] = field(default_factory=list)  # the cases compared, in their order
    not_found: int = 0  # values that match no case this reader may see
    too_many: int = 0  # cases left out because the comparison was full
    cases: list = field(default_factory=list)  # the pages themselves, once read

    @property
    def slugs(self) -> list[str]:
        return [case.slug for case in self.cases]

    @property
    def is_full(self) -> bool:
        return len(self.pks) >= MAX_CASES

    @property
    def key(self) -> str:
        """The same for every reader of one audience who is shown this comparison: the
        cases and what was left out; nothing else of the address asked for."""
        return f"{'-'.join(map(str, self.pks))}:{self.not_found}:{self.too_many}"


def requested(values: list[str]) -> list[str]:
    """The values of a ``cases`` parameter that are read: the first few, stripped, each once."""
    wanted = dict.fromkeys(value.strip() for value in values[:MAX_VALUES_READ])
    return [value for value in wanted if value]


def comparison_named(values: list[str], user, library) -> Comparison:
    """Which visible cases under ``library`` ``values`` name (ids or slugs), in their order,
    in one narrow query: the cases themselves are read by ``read_cases``."""
    wanted = requested(values)
    readable = [value for value in wanted if len(value) <= MAX_VALUE_LENGTH and "\x00" not in value]
    found = _pks_named(readable, user, library)
    comparison = Comparison()
    for value in wanted:
        pk = found.get(value)
        if pk is None:
            comparison.not_found += 1
        elif pk in comparison.pks:
            continue  # the same case by its id and by its slug
        elif comparison.is_full:
            comparison.too_many += 1
        else:
            comparison.pks.append(pk)
    return comparison


def read_cases(comparison: Comparison) -> Comparison:
    """``comparison`` with its cases read, with what the comparison shows joined and their
    criteria and figures prefetched (three queries)."""
    cases = CasePage.objects.filter(pk__in=comparison.pks).for_comparison()
    by_pk = {case.pk: case for case in cases}
    comparison.cases = [by_pk[pk] for pk in comparison.pks if pk in by_pk]
    return comparison


def comparison_read(values: list[str], user, library) -> Comparison:
    """The visible cases ``values`` name under ``library``, read, in their order."""
    return read_cases(comparison_named(values, user, library))


def _pks_named(values: list[str], user, library) -> dict[str, int]:
    """``{value: case id}`` for the values that name a case the reader may see."""
    if not values:
        return {}
    ids = [int(value) for value in values if _is_id(value)]
    named = list(
        CasePage.objects.visible_to(user)
        .child_of(library)
        .filter(Q(pk__in=ids) | Q(slug__in=values))
        .values_list("pk", "slug")
    )
    found = {str(pk): pk for pk, _slug in named}
    found.update({slug: pk for pk, slug in named})  # a slug of digits is a slug
    return found


def _is_id(value: str) -> bool:
    """Digits a database id can be (an integer column, so at most nine of them)."""
    return value.isascii() and value.isdigit() and len(value) < 10
