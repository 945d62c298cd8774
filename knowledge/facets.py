"""The case library's faceted search: which cases match, and how many each filter value
would give.

The counts are disjunctive: a facet's values are counted with every OTHER facet applied,
so ticking one theme does not hide its sibling themes (ticking a second one widens the
list: values of one facet are OR'ed, facets are AND'ed).

The facets' facts come from the library's index (``knowledge.library_index``: bit sets
per facet value, read once per content generation), and so do the matches of search
words already asked for: a request costs at most one query, for new search words.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import ngettext

from knowledge import filters
from knowledge.library_index import LibraryIndex, search_hits


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool

    @property
    def noun(self) -> str:
        """What the count counts, for a screen reader; made here rather than by a
        ``blocktranslate`` per option in the template (some 70 of them)."""
        return ngettext("case", "cases", self.count)


@dataclass
class FacetView:
    facet: filters.Facet
    options: list[Option]

    @property
    def name(self) -> str:
        return self.facet.name

    @property
    def legend(self) -> str:
        return self.facet.legend


@dataclass
class ActiveFilter:
    label: str
    value_label: str
    remove_query: str


@dataclass
class LibraryResult:
    form: filters.LibraryFilterForm
    query: str
    sort: str
    selected: dict[str, list[str]]
    pks: list[int]  # the matching cases, in the order asked for
    facets: list[FacetView]
    active: list[ActiveFilter]
    clear_query: str = ""
    # The filters, search and sort as the open data exports take them.
    export_query: str = ""

    @property
    def filtered(self) -> bool:
        return bool(self.query or any(self.selected.values()))

    @property
    def GET(self) -> QueryDict:  # noqa: N802 - read as a request's, by the pagination
        """The canonical query as a request's parameters: the pages' links hold only it,
        never what else an address asked for (the links are kept for every reader)."""
        return QueryDict(self.export_query)


def library_search(request, index: LibraryIndex, data) -> LibraryResult:
    """Apply the query string ``data`` to the cases of ``index`` (what the reader may
    see)."""
    form = filters.LibraryFilterForm(data, choices=index.choices)
    query, selected, sort = form.values()
    # Shown as applied: a value that does not validate is left out without a word, but a
    # search term that cannot be used (a NUL byte, too long) says so beside the box; the
    # list is shown all the same, without it.
    typed = data.get("q", "") if "q" in form.errors else query
    # Its search box and sort only: the facets are drawn from ``facets`` below.
    form = filters.LibraryFilterForm({"q": typed, "sorteer": sort}, choices={})
    form.is_valid()

    found = index.everything
    hits = search_hits(request, index, query) if query else None
    if hits:
        found &= hits.bits
    # Per facet, the cases any of its ticked values has; facets not ticked are left out.
    ticked = {
        name: _union(index.masks[name], values) for name, values in selected.items() if values
    }
    matches = found
    for bits in ticked.values():
        matches &= bits

    state = {"q": query, "sorteer": _sort_param(sort, query), **selected}
    facets = [_facet_view(index, facet, found, ticked, selected) for facet in filters.FACETS]
    active = [
        ActiveFilter(
            facet.legend,
            index.label(facet.name, value),
            _encode(_toggled(state, facet.name, value)),
        )
        for facet in filters.FACETS
        for value in selected[facet.name]
    ]
    if query:
        active.insert(0, ActiveFilter(filters.QUERY_LABEL, query, _encode({**state, "q": ""})))
    return LibraryResult(
        form=form,
        query=query,
        sort=sort,
        selected=selected,
        pks=_ordered(index, matches, sort, hits),
        facets=facets,
        active=active,
        clear_query=_encode({"sorteer": state["sorteer"]}),
        export_query=_encode(state),
    )


def _union(masks: dict[str, int], values) -> int:
    bits = 0
    for value in values:
        bits |= masks.get(value, 0)
    return bits


def _facet_view(index, facet, found, ticked, selected) -> FacetView:
    """The facet's values with what each would give, the other facets applied."""
    within = found
    for name, bits in ticked.items():
        if name != facet.name:
            within &= bits
    options = []
    for value, label in index.choices[facet.name]:
        count = (within & index.masks[facet.name][value]).bit_count()
        chosen = value in selected[facet.name]
        # A value that would give nothing is left out: no dead ends. A ticked one stays,
        # with its 0, so it can be unticked.
        if count or chosen:
            options.append(Option(value, label, count, chosen))
    return FacetView(facet, options)


def _ordered(index: LibraryIndex, matches: int, sort: str, hits) -> list[int]:
    """The matching cases' ids in the order asked for."""
    positions = index.positions(matches)
    order = None
    if sort == filters.SORT_YEAR:
        order = index.year_order
    elif sort == filters.SORT_RELEVANCE and hits:
        order = hits.by_rank
    if order is not None:
        wanted = set(positions)
        positions = [bit for bit in order if bit in wanted]
    return [index.pks[bit] for bit in positions]


def _sort_param(sort: str, query: str) -> str:
    """The sort as the query string spells it; the default for the search is left out."""
    default = filters.SORT_RELEVANCE if query else filters.SORT_NEWEST
    return "" if sort == default else sort


def _toggled(state: dict, name: str, value: str) -> dict:
    values = list(state[name])
    values = [item for item in values if item != value] if value in values else [*values, value]
    return {**state, name: values}


def _encode(state: dict) -> str:
    """A canonical query string: only what is set, in a fixed order, without a page number."""
    pairs = []
    for key, value in state.items():
        for item in value if isinstance(value, list) else [value]:
            if item:
                pairs.append((key, item))
    return urlencode(pairs)
