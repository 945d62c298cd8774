"""/kennisbank/: the cases a reader may see, filtered and searched, a page at a time."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from knowledge.cards import case_cards
from knowledge.facets import library_search
from knowledge.library_index import library_index_for
from members.access import is_member

CASES_PER_PAGE = 12


def case_list(request, page):
    found = library_search(request, library_index_for(request), request.GET)
    page_obj = Paginator(found.pks, CASES_PER_PAGE).get_page(request.GET.get("pagina"))
    # The index holds only what the reader may see, and a new one is made whenever a
    # case or section is made private (as the visitors' page cache relies on too).
    cards = case_cards(request, list(page_obj.object_list))
    context = {
        **page.get_context(request),
        "page_obj": page_obj,
        "cards": cards,
        "library": found,
        "form": found.form,
        "facets_kept_as": _facets_kept_as(request, found),
    }
    return TemplateResponse(request, page.get_template(request), context)


def _facets_kept_as(request, found) -> str:
    """What a member's facets are kept under, the same for every member: the values
    ticked, when no search words are given. Not for visitors, whose combinations anyone
    could multiply to fill the cache, nor for search words, which are anyone's text."""
    if found.query or not is_member(request.user):
        return ""
    return f"members:{found.export_query}"  # the filters, canonical
