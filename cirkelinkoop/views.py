import hashlib
import re

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render, resolve_url
from django.templatetags.static import static
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from cirkelinkoop.forms import SearchForm
from cirkelinkoop.health import service_states
from cirkelinkoop.page_cache import shared_fragment
from cirkelinkoop.search import hit_summaries, public_pages
from knowledge.library_index import cases_found
from knowledge.models import CasePage
from members.models import Organisation

SEARCH_RESULTS_PER_PAGE = 10
# Quotes, brackets and operators mean nothing in a search box here, and SQLite's full-text
# syntax refuses some of them (an error, not "no results"): search for the words alone.
NOT_A_WORD = re.compile(r"[^\w\s-]+")
# Participating organisations whose name matches, above the pages found.
SEARCH_ORGANISATIONS = 5
SEARCH_WORDS = 12


def organisations_named(query: str):
    """Participating organisations with every word of ``query`` in their name: a handful
    of names, matched as typed (no full-text syntax a search term could break)."""
    condition = Q()
    for word in query.split()[:SEARCH_WORDS]:
        condition &= Q(name__icontains=word)
    return Organisation.objects.participating().filter(condition)


def pages_found(request, words: str) -> list[int]:
    """The ids of what the reader may find for ``words``: the portal's public pages (by
    Wagtail's search), then the cases (by the library's own search, which knows a
    member's cases too). Searching the 5,000 cases through Wagtail's index cost 85 ms.
    Both answers are the same for everyone of an audience until content changes, and
    are kept till then: the same words are searched again and again."""
    digest = hashlib.sha256(words.encode()).hexdigest()

    def portal_pages():
        return [page.pk for page in public_pages(request).not_type(CasePage).search(words)]

    found = shared_fragment(request, f"site-search-pages:{digest}", portal_pages)
    return found + cases_found(request, words)


def search_words(query: str) -> str:
    return " ".join(NOT_A_WORD.sub(" ", query).split())


@require_GET
def search(request):
    # Unbound on a first visit, so an empty search box shows no error until it is submitted.
    form = SearchForm(request.GET if "q" in request.GET else None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results_page, organisations = None, []
    if search_words(query):
        found = pages_found(request, search_words(query))
        results_page = Paginator(found, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("pagina"))
        results_page.object_list = hit_summaries(request, list(results_page.object_list))
        if results_page.number == 1:
            organisations = list(organisations_named(query)[:SEARCH_ORGANISATIONS])
    return render(
        request,
        "cirkelinkoop/search.html",
        {
            "form": form,
            "query": query,
            "results_page": results_page,
            "organisations": organisations,
            "result_count": (results_page.paginator.count if results_page else 0)
            + len(organisations),
            "meta_description": _(
                "Search the pages of Cirkelinkoop, the portal of the Coalitie Inkoop of "
                "Cirkelregio Utrecht."
            ),
        },
    )


# No request transaction: it would connect to the database before the check could
# report it down; the check opens its own connection, in a thread with a deadline.
@transaction.non_atomic_requests
@never_cache
@require_GET
def health(request):
    states = service_states()
    healthy = all(states.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            "services": {name: "ok" if ok else "unavailable" for name, ok in states.items()},
        },
        status=200 if healthy else 503,
    )


@require_GET
def robots_txt(request):
    return render(
        request,
        "cirkelinkoop/robots.txt",
        {"sitemap_url": request.build_absolute_uri("/sitemap.xml")},
        content_type="text/plain; charset=utf-8",
    )


@require_GET
def favicon(request):
    return HttpResponseRedirect(static("img/favicon.svg"))


def bad_request(request, exception):
    """Django's 400 view, made safe for a form body that cannot be read.

    For a form posted in another charset than UTF-8, Django raises BadRequest without
    marking the body as unreadable (as it does for a too large or malformed body). The
    400 view's CSRF wrapper then reads ``request.POST`` again, gets the same error, and the
    visitor sees a 500. Marking the body as read (empty) first lets the 400 page render.
    """
    request._mark_post_parse_error()
    return defaults.bad_request(request, exception)


@csrf_exempt  # it reads no credentials and changes nothing; a POST is just sent on
@never_cache
def frontend_login_redirect(request):
    """Wagtail's front-end sign-in (/_util/login/), shadowed: on to allauth's, with ``next``.

    Wagtail's form is Django's LoginView: no rate limit, and it signs in accounts whose
    address was never verified. There is one sign-in, allauth's; a POST here is
    redirected like a GET, its credentials unread.
    """
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not (target and safe):
        return HttpResponseRedirect(resolve_url("account_login"))
    return redirect_to_login(target, "account_login")
