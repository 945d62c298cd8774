"""The case library's faceted search: which cases match, and how many each filter value
would give.

The counts are disjunctive: a facet's values are counted with every OTHER facet applied,
so ticking one theme does not hide its sibling themes (ticking a second one widens the
list: values of one facet are OR'ed, facets are AND'ed).

The facts every facet needs are read for all the cases a reader may see in two queries
(the cases' own fields with their labels; their themes and strategies) plus one for
the search words, and the counts are made from those in Python. A fixed number of queries
however many cases and values there are; a regional library holds hundreds of cases, whose
facts are a few kilobytes.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Value

from knowledge import filters
from knowledge.fulltext import full_text_available, matching
from knowledge.queries import without_view_restrictions
from knowledge.taxonomies import CircularStrategy, ContractType, Procedure

FIXED_LABELS = {
    filters.STRATEGY.name: dict(CircularStrategy.choices),
    filters.PROCEDURE.name: dict(Procedure.choices),
    filters.CONTRACT_TYPE.name: dict(ContractType.choices),
}


@dataclass
class CaseFacts:
    pk: int
    published: object
    year: int
    values: dict[str, set[str]] = field(default_factory=dict)
    rank: float = 0.0


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    # The query string of the library with this value ticked or unticked.
    toggle_query: str = ""


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


def library_search(cases, data) -> LibraryResult:
    """Apply the query string ``data`` to ``cases`` (the cases the reader may see)."""
    facts, labels = _facts(cases)
    choices = {
        name: sorted(values.items(), key=_option_order(name)) for name, values in labels.items()
    }
    form = filters.LibraryFilterForm(data, choices=choices)
    query, selected, sort = form.values()
    # Shown as applied: a value that does not validate is left out without a word, but a
    # search term that cannot be used (a NUL byte, too long) says so beside the box; the
    # list is shown all the same, without it.
    typed = data.get("q", "") if "q" in form.errors else query
    form = filters.LibraryFilterForm({"q": typed, "sorteer": sort}, choices=choices)
    form.is_valid()
    chosen = {name: set(values) for name, values in selected.items() if values}

    if query:
        ranks = dict(_ranked(cases, query))
        facts = [fact for fact in facts if fact.pk in ranks]
        for fact in facts:
            fact.rank = ranks[fact.pk]

    matches = [fact for fact in facts if _matches(fact, chosen)]
    matches.sort(key=_sort_key(sort))

    state = {"q": query, "sorteer": _sort_param(sort, query), **selected}
    facets = []
    for facet in filters.FACETS:
        counts = Counter()
        for fact in facts:
            if _matches(fact, chosen, skip=facet.name):
                counts.update(fact.values[facet.name])
        options = []
        for value, label in choices[facet.name]:
            ticked = value in chosen.get(facet.name, ())
            # A value that would give nothing is left out: no dead ends. A ticked one
            # stays, with its 0, so it can be unticked.
            if counts[value] or ticked:
                toggled = _toggled(state, facet.name, value)
                options.append(Option(value, label, counts[value], ticked, _encode(toggled)))
        facets.append(FacetView(facet, options))

    active = [
        ActiveFilter(
            facet.legend, labels[facet.name][value], _encode(_toggled(state, facet.name, value))
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
        pks=[fact.pk for fact in matches],
        facets=facets,
        active=active,
        clear_query=_encode({"sorteer": state["sorteer"]}),
        export_query=_encode(state),
    )


def _facts(cases) -> tuple[list[CaseFacts], dict[str, dict[str, str]]]:
    """Each case's facet values, and every value's label: two queries."""
    strategy_labels = FIXED_LABELS[filters.STRATEGY.name]
    labels = {facet.name: {} for facet in filters.FACETS}
    facts = {}
    rows = cases.values_list(
        "pk",
        "first_published_at",
        "year_awarded",
        "procedure",
        "contract_type",
        "product_group__slug",
        "product_group__name",
        "buyer_organisation__slug",
        "buyer_organisation__name",
    )
    for pk, published, year, procedure, contract, group, group_name, org, org_name in rows:
        values = {facet.name: set() for facet in filters.FACETS}
        for name, value, label in (
            (filters.PROCEDURE.name, procedure, None),
            (filters.CONTRACT_TYPE.name, contract, None),
            (filters.PRODUCT_GROUP.name, group, group_name),
            (filters.ORGANISATION.name, org, org_name),
            (filters.YEAR.name, str(year) if year else None, str(year)),
        ):
            if value:
                values[name].add(value)
                labels[name][value] = label or FIXED_LABELS[name].get(value, value)
        facts[pk] = CaseFacts(pk, published, year or 0, values)

    for kind, pk, value, label in _links(cases):
        if pk not in facts:  # published between the two queries
            continue
        facts[pk].values[kind].add(value)
        labels[kind][value] = label if kind == filters.THEME.name else strategy_labels[value]
    return list(facts.values()), labels


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


def _ranked(cases, query: str) -> list[tuple[int, float]]:
    found = matching(cases, query)
    if full_text_available():
        return list(found.values_list("pk", "rank"))
    return [(pk, 0.0) for pk in found.values_list("pk", flat=True)]


def _matches(fact: CaseFacts, chosen: dict[str, set[str]], skip: str = "") -> bool:
    return all(fact.values[name] & values for name, values in chosen.items() if name != skip)


def _option_order(name: str):
    if name == filters.YEAR.name:
        return lambda item: -int(item[0])
    if name in FIXED_LABELS:
        order = list(FIXED_LABELS[name])
        return lambda item: order.index(item[0]) if item[0] in order else len(order)
    return lambda item: str(item[1]).casefold()


def _sort_key(sort: str):
    def newest(fact):
        return (fact.published.timestamp() if fact.published else 0.0, fact.pk)

    if sort == filters.SORT_RELEVANCE:
        return lambda fact: (-fact.rank, *(-part for part in newest(fact)))
    if sort == filters.SORT_YEAR:
        return lambda fact: (-fact.year, *(-part for part in newest(fact)))
    return lambda fact: tuple(-part for part in newest(fact))


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
