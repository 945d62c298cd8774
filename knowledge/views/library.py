"""/kennisbank/: the cases a reader may see, filtered and searched, a page at a time."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from knowledge.facets import library_search
from knowledge.models import CasePage

CASES_PER_PAGE = 12


def case_list(request, page):
    visible = CasePage.objects.visible_to(request.user)
    found = library_search(visible, request.GET)
    page_obj = Paginator(found.pks, CASES_PER_PAGE).get_page(request.GET.get("pagina"))
    by_pk = visible.for_cards().in_bulk(page_obj.object_list)
    cases = [by_pk[pk] for pk in page_obj.object_list if pk in by_pk]
    context = {
        **page.get_context(request),
        "page_obj": page_obj,
        "cases": cases,
        "library": found,
        "form": found.form,
    }
    return TemplateResponse(request, page.get_template(request), context)
