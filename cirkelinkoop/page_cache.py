"""The pages a visitor without an account sees, served from the cache until content changes.

Most requests are anonymous reads of the same few pages; rendering each from the
database again costs 10–20 ms where the cache costs two lookups. A response is kept
only when it cannot be anyone's own:

- the request is a GET without a query string (a search or a filter is made for one
  visitor, and would let anyone fill the cache) and without a session or messages cookie
  (no account, no message waiting to be shown);
- the answer is a 200 HTML page that sets no cookie (a page with a form sets its CSRF
  cookie: its token belongs to one visitor) and does not say ``private``, ``no-store``
  or ``no-cache``.

Every change to what visitors can see (a page published, unpublished, moved, deleted
or made private, a site setting, an organisation, an image, a redirect) starts a new
*generation*: the key of every cached page changes at once, and the old entries expire
on their own. Without Redis each web process keeps its own copy, so a change reaches
the other processes only after ``PAGE_CACHE_SECONDS``; with Redis, at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

GENERATION_KEY = "page-cache:generation"
# Cookies that make a page someone's own: their account, or a message waiting for them.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    return generation


def page_cache_clear(**_signal_kwargs) -> None:
    """Start a new generation: no page cached before this moment is served again."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there (yet, or any more): any new value retires the old keys
        cache.set(GENERATION_KEY, _generation() + 1, timeout=None)


def _key(request) -> str:
    address = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"page-cache:{_generation()}:{address}"


def _cacheable_request(request) -> bool:
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _cacheable_response(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)
    )


class AnonymousPageCacheMiddleware:
    """Put it early, after the middleware that only adds headers: a hit skips the rest."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            cache.set(key, response, timeout=seconds)
        return response


def _public_content_models() -> tuple[type, ...]:
    """What a visitor's page can show, besides pages (whose signals are Wagtail's)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site

    from members.models import Organisation, OrganisationDomain

    return (
        BaseSiteSetting,
        Site,
        PageViewRestriction,
        CollectionViewRestriction,
        Redirect,
        get_image_model(),
        Organisation,
        OrganisationDomain,
    )


def connect_signals() -> None:
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    models = _public_content_models()

    def content_changed(sender, instance, **kwargs):
        if isinstance(instance, models) or (
            isinstance(instance, Page) and kwargs.get("signal") is post_delete
        ):
            page_cache_clear()

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(page_cache_clear, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(content_changed, dispatch_uid="page-cache-save")
    post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
