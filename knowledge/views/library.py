"""/kennisbank/: the cases a reader may see, filtered and searched, a page at a time."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from knowledge.cards import case_cards
from knowledge.facets import library_search
from knowledge.library_index import library_index_for

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
    }
    return TemplateResponse(request, page.get_template(request), context)
