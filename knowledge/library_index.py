"""The facts the library's facets need, read once per content generation.

Counting facet values by reading every visible case's facts on each request cost some
300 ms at 5,000 cases. Here those facts are read in two queries when public content
changes (``cirkelinkoop.page_cache``'s generation: a case published, unpublished, moved
or made private, a theme, an organisation or a product group changed) and kept in the
cache as bit sets: a case is one bit, its position in the newest-first order, and every
facet value is the set of cases that have it. Filtering and counting are then ``&`` and
``bit_count()`` on a few integers, microseconds at any size. One index for visitors,
one for members (who also see the members-only cases).
"""

import hashlib
from array import array
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Value

from cirkelinkoop.page_cache import shared_fragment
from knowledge import filters
from knowledge.fulltext import full_text_available, matching, ranks
from knowledge.queries import without_view_restrictions
from knowledge.taxonomies import CircularStrategy, ContractType, Procedure
from members.access import is_member

FIXED_LABELS = {
    filters.STRATEGY.name: dict(CircularStrategy.choices),
    filters.PROCEDURE.name: dict(Procedure.choices),
    filters.CONTRACT_TYPE.name: dict(ContractType.choices),
}


@dataclass
class LibraryIndex:
    # The cases a reader may see, newest first; a case's bit is its position here.
    pks: array
    # Positions in the order of the year of award (latest first), then newest.
    year_order: array
    # Facet name -> value -> the bit set of the cases that have it.
    masks: dict[str, dict[str, int]]
    # Facet name -> [(value, label)] in the order the filter shows them; the label is
    # None where it is one of FIXED_LABELS (lazy translations: unpickling one costs a
    # millisecond, so they are looked up when shown, in the reader's language).
    stored_choices: dict[str, list[tuple[str, str | None]]]
    # Whose index it is ("public", "members"): the searches in it are kept per audience.
    audience: str = ""

    @cached_property
    def choices(self) -> dict[str, list[tuple[str, str]]]:
        def labelled(name, value, label):
            return label or FIXED_LABELS[name].get(value, value)

        return {
            name: [(value, labelled(name, value, label)) for value, label in values]
            for name, values in self.stored_choices.items()
        }

    @cached_property
    def position(self) -> dict[int, int]:
        return {pk: bit for bit, pk in enumerate(self.pks)}

    @property
    def everything(self) -> int:
        return (1 << len(self.pks)) - 1

    def label(self, facet: str, value: str) -> str:
        return dict(self.choices[facet]).get(value, value)

    def bits_of(self, pks) -> int:
        """The bit set of those of ``pks`` that are in the index."""
        position = self.position
        flags = bytearray((len(self.pks) + 7) // 8)
        for pk in pks:
            bit = position.get(pk)
            if bit is not None:
                flags[bit >> 3] |= 1 << (bit & 7)
        return int.from_bytes(flags, "little")

    def positions(self, bits: int) -> list[int]:
        """The positions of the set bits, lowest (newest) first."""
        digits = bin(bits)[:1:-1]  # lowest bit first, without "0b"
        return [bit for bit, digit in enumerate(digits) if digit == "1"]


@dataclass
class SearchHits:
    """The cases of an index that match some search words."""

    bits: int
    # Their positions, best match first; equals newest first.
    by_rank: array


def library_index_for(request) -> LibraryIndex:
    """The index of the cases ``request``'s reader may see: one for members, one for all
    others (the rule of ``CaseQuerySet.visible_to``)."""
    from knowledge.models import CasePage

    audience = "members" if is_member(request.user) else "public"
    return library_index(request, lambda: CasePage.objects.visible_to(request.user), audience)


def cases_found(request, words: str) -> list[int]:
    """The ids of the cases ``request``'s reader may see that match ``words``, best match
    first: the library's search, for the site search."""
    index = library_index_for(request)
    return [index.pks[bit] for bit in search_hits(request, index, words).by_rank]


def library_index(request, cases, audience: str) -> LibraryIndex:
    """The index of ``cases()`` (the queryset of what ``audience`` may see)."""
    index = shared_fragment(
        request, f"library-index:{audience}", lambda: library_index_build(cases())
    )
    index.audience = audience
    return index


def search_hits(request, index: LibraryIndex, query: str) -> SearchHits:
    """The cases of ``index`` that match ``query``, in one query (a common word costs
    some 15 ms at 5,000 cases, most of it ranking), kept like the index: the same words
    are searched again and again, and their answer changes only with the content."""
    digest = hashlib.sha256(query.encode()).hexdigest()
    name = f"library-search:{index.audience}:{digest}"
    return shared_fragment(request, name, lambda: _search_hits_find(index, query))


def _search_hits_find(index: LibraryIndex, query: str) -> SearchHits:
    from knowledge.models import CasePage

    # Unordered: Wagtail's order by tree path would join every match's page row.
    found = matching(CasePage.objects.order_by(), query)
    if not full_text_available():  # SQLite: no ranks, the matches stay newest first
        bits = index.bits_of(found.values_list("pk", flat=True))
        return SearchHits(bits=bits, by_rank=array("I", index.positions(bits)))
    rank = ranks(found, query)
    bits = index.bits_of(rank)
    positions = index.positions(bits)
    # Best match first; the sort is stable, so equals stay newest first.
    positions.sort(key=lambda bit: -rank[index.pks[bit]])
    return SearchHits(bits=bits, by_rank=array("I", positions))


def library_index_build(cases) -> LibraryIndex:
    """Read each case's facet values (two queries) and make their bit sets."""
    rows = sorted(
        cases.values_list(
            "pk",
            "first_published_at",
            "year_awarded",
            "procedure",
            "contract_type",
            "product_group__slug",
            "product_group__name",
            "buyer_organisation__slug",
            "buyer_organisation__name",
        ),
        key=lambda row: (row[1].timestamp() if row[1] else 0.0, row[0]),
        reverse=True,
    )
    labels = {facet.name: {} for facet in filters.FACETS}
    masks = {facet.name: {} for facet in filters.FACETS}
    position = {}

    def add(name, bit, value, label):
        if value:
            masks[name][value] = masks[name].get(value, 0) | 1 << bit
            labels[name][value] = label

    years = []
    for bit, (
        pk,
        _published,
        year,
        procedure,
        contract,
        group,
        group_name,
        org,
        org_name,
    ) in enumerate(rows):
        position[pk] = bit
        years.append(year or 0)
        add(filters.PROCEDURE.name, bit, procedure, None)
        add(filters.CONTRACT_TYPE.name, bit, contract, None)
        add(filters.PRODUCT_GROUP.name, bit, group, group_name)
        add(filters.ORGANISATION.name, bit, org, org_name)
        add(filters.YEAR.name, bit, str(year) if year else "", str(year))

    for name, pk, value, label in _links(cases):
        if pk in position:  # else published between the two queries
            add(name, position[pk], value, label if name == filters.THEME.name else None)

    return LibraryIndex(
        pks=array("q", (row[0] for row in rows)),
        year_order=array("I", sorted(range(len(rows)), key=lambda bit: (-years[bit], bit))),
        masks=masks,
        stored_choices={
            name: sorted(values.items(), key=_option_order(name)) for name, values in labels.items()
        },
    )


def _links(cases):
    """(facet, case, value, label) of the cases' public themes and their strategies, in
    one query."""
    from knowledge.models import CasePage, ThemePage

    case_pks = cases.values("pk")
    themes = CasePage.themes.through.objects.filter(
        casepage__in=case_pks,
        themepage__in=without_view_restrictions(ThemePage.objects.live()).values("pk"),
    ).values_list(Value(filters.THEME.name), "casepage_id", "themepage__slug", "themepage__title")
    strategies = CasePage.strategies.through.objects.filter(casepage__in=case_pks).values_list(
        Value(filters.STRATEGY.name), "casepage_id", "strategy_id", "strategy_id"
    )
    return themes.union(strategies, all=True)


def _option_order(name: str):
    if name == filters.YEAR.name:
        return lambda item: -int(item[0])
    if name in FIXED_LABELS:
        order = list(FIXED_LABELS[name])
        return lambda item: order.index(item[0]) if item[0] in order else len(order)
    return lambda item: str(item[1]).casefold()
