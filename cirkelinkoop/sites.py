"""The Wagtail site of a request, with its home page, from the cache.

Wagtail looks the site up in the database on every request (``Site.find_for_request``)
and routing then reads the site's home page twice more (the page, then its specific
type). Sites and the home page change rarely, and each such change (a site saved, a page
published, moved or deleted) starts a new generation of the page cache
(``cirkelinkoop.page_cache``), so the site is kept as the menu is, until then.
"""

from django.conf import settings
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site

from cirkelinkoop.page_cache import shared_fragment
from members.urls import page_route

# Wagtail's page view (the admin's preview goes its own way), and the members' routes to it.
PAGE_VIEWS = (wagtail_views.serve, page_route)


def _site_with_home_page(request) -> Site | None:
    site = Site._find_for_request(request)  # the lookup Wagtail makes, uncached
    if site is not None:
        site.root_page.specific  # noqa: B018 -- loaded now, to be kept with the site
    return site


class CachedSiteMiddleware:
    """The site Wagtail finds for the request, from the cache, for the views that serve
    pages (the rest need no site, or only when their cached fragments are made afresh).
    Not for the admin, which edits sites and pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # With the fragments off Wagtail looks the site up itself, as it always does.
        if view_func not in PAGE_VIEWS or not settings.FRAGMENT_CACHE_SECONDS:
            return None
        # Wagtail matches the host name without the port, and the server's port.
        hostname = split_domain_port(request._get_raw_host())[0]
        name = f"site:{hostname}:{request.get_port()}"
        request._wagtail_site = shared_fragment(
            request, name, lambda: _site_with_home_page(request)
        )
        return None
