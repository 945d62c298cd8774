"""Routing through the sections every path goes through, from the cache.

Wagtail routes a path one page at a time, each step two queries (the child by its
slug, then its specific type). A section's live children change only when a page is
published, unpublished, moved or deleted, each of which starts a new generation of the
page cache (``cirkelinkoop.page_cache``): a child found is kept until then.
"""

from django.conf import settings
from django.core.cache import cache

from cirkelinkoop.page_cache import fragment_key


class LiveChildBySlugFromCache:
    """Each live child that was asked for, by its slug, kept until the next generation:
    one cache read for the step, and only the child asked for is unpickled (the home
    page's sections, the meetings). A slug that is no live child is
    routed by Wagtail and never kept: a visitor cannot fill the cache with made-up paths.

    A child may define ``prepare_for_cache()`` to load, before it is kept, the related
    rows every request of it reads (a meeting's state): those change only in ways that
    start a new generation too.
    """

    def route(self, request, path_components):
        if (
            not path_components
            or not settings.FRAGMENT_CACHE_SECONDS
            or getattr(request, "is_preview", False)
        ):
            return super().route(request, path_components)
        key = fragment_key(request, f"live-child:{self.pk}:{path_components[0]}")
        child = cache.get(key)
        if child is None:
            child = self.get_children().live().filter(slug=path_components[0]).first()
            if child is None:
                return super().route(request, path_components)
            child = child.specific
            if hasattr(child, "prepare_for_cache"):
                child.prepare_for_cache()
            cache.set(key, child, timeout=settings.FRAGMENT_CACHE_SECONDS)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])
