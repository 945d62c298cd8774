"""Full-text search in the case library: Dutch stemming and ranking on PostgreSQL, a plain
word match on SQLite (the embedded default).

A case's text that lives outside its own row (its story's blocks, the criteria, the
buyer's name) is gathered into ``CasePage.search_text`` whenever the case is saved, which
publishing does: one column to search, no joins per query. On PostgreSQL the weighted
tsvector of title, summary and that text is stored beside it (``search_vector``, with a
GIN index): made on the fly it cost some 2 ms per case and query (1,000 cases: 2 s).
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, Value
from django.utils.html import strip_tags

SEARCH_CONFIG = "dutch"
# More words than this in one query add nothing but work.
MAX_WORDS = 12


def case_search_text(case) -> str:
    """All the words of a case that are not its title or summary, as plain text."""
    parts = []
    if case.body:
        parts.extend(case.body.stream_block.get_searchable_content(case.body))
    for field in ("approach", "results", "lessons_learned", "what_did_not_work"):
        parts.append(strip_tags(getattr(case, field) or ""))
    for criterion in case.criteria.all():
        parts.extend([criterion.title, criterion.text])
    parts.append(case.buyer_organisation.name if case.buyer_organisation_id else case.buyer_name)
    return "\n".join(part.strip() for part in parts if part and part.strip())


def full_text_available() -> bool:
    return connection.vendor == "postgresql"


def search_vector(title: str, summary: str, text: str):
    """The weighted tsvector of a case's words: title A, summary B, the rest C."""
    return (
        SearchVector(Value(title), weight="A", config=SEARCH_CONFIG)
        + SearchVector(Value(summary), weight="B", config=SEARCH_CONFIG)
        + SearchVector(Value(text), weight="C", config=SEARCH_CONFIG)
    )


def search_vector_store(case) -> None:
    """Store the case's tsvector (PostgreSQL only): an UPDATE of its own row."""
    if full_text_available():
        type(case).objects.filter(pk=case.pk).update(
            search_vector=search_vector(case.title, case.summary, case.search_text)
        )


def _terms(query: str) -> SearchQuery:
    return SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")


def matching(queryset, query: str):
    """The cases of ``queryset`` that match ``query``: every word (Dutch stems on
    PostgreSQL, through the GIN index; a plain word match on SQLite)."""
    if full_text_available():
        return queryset.filter(search_vector=_terms(query))
    words = query.split()[:MAX_WORDS]
    condition = Q()
    for word in words:
        condition &= (
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(search_text__icontains=word)
        )
    return queryset.filter(condition)


def ranks(matches, query: str) -> dict[int, float]:
    """How well each case of ``matches`` (the result of ``matching``) matches ``query``:
    PostgreSQL's ``ts_rank``, in which the title weighs most. PostgreSQL only."""
    rank = SearchRank(F("search_vector"), _terms(query))
    return dict(matches.annotate(rank=rank).values_list("pk", "rank"))
