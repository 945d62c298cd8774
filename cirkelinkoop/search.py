"""The site search's reads: which pages a visitor may find, and what a hit shows.

The pages a visitor may find are asked in the search's own query. What a hit shows is
the same for every visitor until public content changes, and each change (a page
published, moved or deleted, a restriction added or removed) starts a new generation of
the page cache (``cirkelinkoop.page_cache``): each hit's title, address and summary are
kept until then, instead of loading every hit as its own page type (a query per type).
"""

from wagtail.models import Page

from cirkelinkoop.page_cache import shared_fragments
from knowledge.queries import without_view_restrictions


def public_pages(request):
    """Wagtail's ``Page.objects.live().public()`` in one query: the restrictions are asked
    per page by its ancestors' paths (``knowledge.queries``), which stays fast with a
    thousand members-only cases, where one ``LIKE`` per private section did not."""
    # As a subquery: Wagtail's search reads a queryset's filters, and knows ``in``.
    public = without_view_restrictions(Page.objects.live()).values("pk")
    return Page.objects.live().filter(pk__in=public)


def _summary(page, request) -> dict:
    return {
        "title": page.title,
        "url": page.get_url(request),
        "summary": page.search_description
        or getattr(page, "intro", "")
        or getattr(page, "summary", ""),  # a case's
    }


def hit_summaries(request, pks: list[int]) -> list[dict]:
    """What the results list shows of each page of ``pks``, in that order."""

    def summaries(missing):
        pages = Page.objects.filter(pk__in=missing).specific()
        return {page.pk: _summary(page, request) for page in pages}

    found = shared_fragments(request, "search-hit", pks, summaries)
    return [found[pk] for pk in pks if pk in found]
