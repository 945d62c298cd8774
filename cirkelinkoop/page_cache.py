"""The pages a visitor without an account sees, served from the cache until content changes.

Most requests are anonymous reads of the same few pages; rendering each from the
database again costs 10–20 ms where the cache costs two lookups. A response is kept
only when it cannot be anyone's own:

- the request is a GET without a query string (a search or a filter is made for one
  visitor, and would let anyone fill the cache) and without a session or messages cookie
  (no account, no message waiting to be shown);
- the answer is a 200 HTML page (or a calendar file) that sets no cookie (a page with a
  form sets its CSRF cookie: its token belongs to one visitor) and does not say
  ``private``, ``no-store`` or ``no-cache``.

Every change to what visitors can see (a page published, unpublished, moved, deleted
or made private, a site setting, an organisation, an image, a redirect) starts a new
*generation*: the key of every cached page changes at once, and the old entries expire
on their own. Without Redis each web process keeps its own copy, so a change reaches
the other processes only after ``PAGE_CACHE_SECONDS``; with Redis, at once.

A page with a form is shared too: while it is rendered for the cache, its CSRF token
and its one-time form key are *slots* (``slot_text``), and every copy served, the
first included, gets the visitor's own token (and CSRF cookie) and a fresh key.

The same generation keys the pieces every page repeats, for members too: the menu and
the footer (``shared_fragment`` and the ``content_generation`` of the context
processor), kept for ``FRAGMENT_CACHE_SECONDS``.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.functional import SimpleLazyObject

GENERATION_KEY = "page-cache:generation"
# Cookies that make a page someone's own: their account, or a message waiting for them.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
# Pages, and the meetings' calendars: calendar servers fetch those without a session, and
# a visitor's copy is everyone's (a member's, with online links, is private).
CACHED_TYPES = ("text/html", "text/calendar")


def _new_generation() -> str:
    # Unguessable, never a counter: after Redis restarts empty, a counter would begin
    # again at a generation whose fragments a web process still keeps near
    # (``cirkelinkoop.cache``), and serve them as current.
    return uuid.uuid4().hex[:16]


def _generation(known=None) -> str:
    generation = cache.get(GENERATION_KEY) if known is None else known
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY) or _new_generation()
    return generation


def generation(request) -> str:
    """The generation of public content, read once per request."""
    if not hasattr(request, "page_cache_generation"):
        request.page_cache_generation = _generation()
    return request.page_cache_generation


def page_cache_clear(**_signal_kwargs) -> None:
    """Start a new generation: no page cached before this moment is served again. Again
    when the change is committed: a request in between reads the database as it was, and
    would keep that under the first new generation."""
    _next_generation()
    connection = transaction.get_connection()
    # Once per transaction: saving a hundred cases asks for one more generation, not 100.
    if not any(entry[1] is _next_generation for entry in connection.run_on_commit):
        transaction.on_commit(_next_generation)


def _next_generation() -> None:
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def _key(request) -> str:
    """One entry per address; it holds the generation it was made in (one cache read)."""
    address = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"page-cache:page:{address}"


def _cached_page(request, key):
    found = cache.get_many([GENERATION_KEY, key])
    request.page_cache_generation = _generation(found.get(GENERATION_KEY))
    made_in, response = found.get(key, (None, None))
    return response if made_in == request.page_cache_generation else None


def fragment_key(request, name: str) -> str:
    """The cache key of ``name`` on this site, in the current generation."""
    return f"page-cache:{generation(request)}:{name}:{request.get_host()}"


def shared_fragment(request, name: str, build):
    """What ``build()`` makes for every visitor of this site alike (the menu's pages), kept
    until public content changes; made afresh in a preview or with the fragments off."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds or getattr(request, "is_preview", False):
        return build()
    return cache.get_or_set(fragment_key(request, name), build, timeout=seconds)


def kept_until_content_changes(name: str, build):
    """``shared_fragment`` for a read that has no request (a queryset's): what ``build()``
    reads of the content, the same on every site, kept until the content changes."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return build()
    return cache.get_or_set(f"page-cache:{_generation()}:{name}", build, timeout=seconds)


def shared_fragments(request, name: str, ids: list, build) -> dict:
    """``shared_fragment`` for many things of one kind (cards, search hits): ``{id: what
    build(missing ids) made}``, each kept under ``name:id``, so a list is one
    ``get_many`` and only the ids not kept yet are built, together."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds or getattr(request, "is_preview", False):
        return build(list(ids))
    keys = {id_: fragment_key(request, f"{name}:{id_}") for id_ in ids}
    kept = cache.get_many(list(keys.values()))
    found = {id_: kept[key] for id_, key in keys.items() if key in kept}
    missing = [id_ for id_ in ids if id_ not in found]
    if missing:
        made = build(missing)
        cache.set_many({keys[id_]: value for id_, value in made.items()}, timeout=seconds)
        found.update(made)
    return found


def fragment_cache(request) -> dict:
    """Context processor: what ``{% wagtailcache %}`` needs to share a fragment (the footer)
    until public content changes. The generation is only read if a fragment asks."""
    return {
        "fragment_cache_seconds": settings.FRAGMENT_CACHE_SECONDS,
        "content_generation": SimpleLazyObject(lambda: str(generation(request))),
    }


# What a page rendered for the cache holds instead of one visitor's values: unguessable
# text (derived from SECRET_KEY), the same in every web process that shares the cache.
CSRF_TOKEN_SLOT, UNIQUE_KEY_SLOT = "csrf-token", "unique-key"


def _slot(name: str) -> str:
    return "ck-slot-" + salted_hmac("page-cache-slot", name).hexdigest()[:24]


def slot_text(request, name: str) -> str | None:
    """The slot to render instead of a visitor's own value, if this render is shared."""
    return _slot(name) if getattr(request, "page_cache_fills", False) else None


def _fill_slots(request, response):
    """Each copy its own values: the visitor's CSRF token (which also sets their CSRF
    cookie, on the way out through CsrfViewMiddleware) and a new form key per field."""
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return response
    csrf_slot, unique_slot = _slot(CSRF_TOKEN_SLOT).encode(), _slot(UNIQUE_KEY_SLOT).encode()
    content = response.content
    if csrf_slot in content:
        content = content.replace(csrf_slot, get_token(request).encode())
    while unique_slot in content:
        content = content.replace(unique_slot, str(uuid.uuid4()).encode(), 1)
    response.content = content
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(content))
    return response


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
        and response.get("Content-Type", "").startswith(CACHED_TYPES)
        and not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)
    )


class AnonymousPageCacheMiddleware:
    """Put it right after CsrfViewMiddleware (which sets the cookie of a filled CSRF slot):
    a hit skips authentication, the view and the rest."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = _cached_page(request, key)
        if cached is not None:
            return _fill_slots(request, cached)
        request.page_cache_fills = True
        response = self.get_response(request)
        if _cacheable_response(request, response):
            # Pickled as it is now, with its slots; the copy sent on is filled below.
            cache.set(key, (generation(request), response), timeout=seconds)
        return _fill_slots(request, response)


def _public_content_models() -> tuple[type, ...]:
    """What a visitor's page can show, besides pages (whose signals are Wagtail's)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site

    from knowledge.models import Instrument, ProductGroup
    from meetings.models import ActionItem, MeetingState, Minutes
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
        # The case library's lists, named on its cards, case pages and forms.
        ProductGroup,
        Instrument,
        # A meeting cancelled, restored or held: its page, the overview, the calendars.
        MeetingState,
        # Minutes sent or approved: a meeting's page shows their public summary, and the
        # members' list of open actions their actions.
        Minutes,
        ActionItem,
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
