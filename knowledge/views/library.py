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
        "library_kept_as": _library_kept_as(request, found, page_obj),
    }
    return TemplateResponse(request, page.get_template(request), context)


def _library_kept_as(request, found, page_obj) -> str:
    """What the search form, facets and page of cards are kept under until content
    changes: the same for every reader of one audience who asks for these filters, words
    and page. Laying out some 70 facet values is most of the page's time. The key is
    the canonical query, made of values that exist (and of search words, whose hits
    are kept as long); a search box that says what was wrong is never kept."""
    if found.form.errors:
        return ""
    audience = "members" if is_member(request.user) else "visitors"
    return f"{audience}:{page_obj.number}:{found.export_query}"
