"""The site search's reads: which pages a visitor may find, and what a hit shows.

Both are the same for every visitor of a site until public content changes, and each
change (a page published, moved or deleted, a restriction added or removed) starts a
new generation of the page cache (``cirkelinkoop.page_cache``). So they are kept until
then: the private sections, instead of Wagtail's ``public()`` reading every restriction
per search; and each hit's title, address and summary, instead of loading every hit as
its own page type (a query per type) to read its introduction.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from cirkelinkoop.page_cache import fragment_key, shared_fragment


def _private_sections() -> list[tuple[str, int]]:
    restricted = PageViewRestriction.objects.select_related("page")
    return [(r.page.path, r.page.depth) for r in restricted]


def public_pages(request):
    """Wagtail's ``Page.objects.live().public()``, its private sections from the cache."""
    private = Q()
    for path, depth in shared_fragment(request, "private-sections", _private_sections):
        private |= Q(path__startswith=path, depth__gte=depth)  # the section and below it
    pages = Page.objects.live()
    return pages.exclude(private) if private else pages


def _summary(page, request) -> dict:
    return {
        "title": page.title,
        "url": page.get_url(request),
        "summary": page.search_description
        or getattr(page, "intro", "")
        or getattr(page, "summary", ""),  # a case's
    }


def hit_summaries(request, pages) -> list[dict]:
    """What the results list shows of each page in ``pages`` (plain pages, in order)."""
    keys = {page.pk: fragment_key(request, f"search-hit:{page.pk}") for page in pages}
    seconds = settings.FRAGMENT_CACHE_SECONDS
    found = cache.get_many(list(keys.values())) if seconds else {}
    missing = [pk for pk, key in keys.items() if key not in found]
    if missing:
        made = {
            keys[page.pk]: _summary(page, request)
            for page in Page.objects.filter(pk__in=missing).specific()
        }
        if seconds:
            cache.set_many(made, timeout=seconds)
        found.update(made)
    return [found[keys[page.pk]] for page in pages if keys[page.pk] in found]
