"""The home page's children, the sections every path below it goes through, from the cache.

Wagtail routes a path one page at a time, each step two queries (the child by its
slug, then its specific type). The home page's live children are few and change only
when a page is published, unpublished, moved or deleted, each of which starts a new
generation of the page cache (``cirkelinkoop.page_cache``): they are kept until then,
one cache entry for all of them. A path whose first step is not among them (a page
that is not live, or none at all) is routed by Wagtail as before.
"""

from django.conf import settings

from cirkelinkoop.page_cache import shared_fragment


class LiveChildrenFromCache:
    def route(self, request, path_components):
        if (
            not path_components
            or not settings.FRAGMENT_CACHE_SECONDS
            or getattr(request, "is_preview", False)
        ):
            return super().route(request, path_components)
        children = shared_fragment(request, f"live-children:{self.pk}", self._live_children)
        child = children.get(path_components[0])
        if child is None:
            return super().route(request, path_components)
        child._cached_parent_obj = self  # as Wagtail does: its parent without a query
        return child.route(request, path_components[1:])

    def _live_children(self) -> dict:
        return {child.slug: child for child in self.get_children().live().specific()}
