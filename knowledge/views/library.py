"""/kennisbank/: the cases a reader may see, as cards, newest first, a page at a time."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from knowledge.models import CasePage

CASES_PER_PAGE = 12


def case_list(request, page):
    cases = CasePage.objects.visible_to(request.user).for_cards().newest_first()
    page_obj = Paginator(cases, CASES_PER_PAGE).get_page(request.GET.get("pagina"))
    context = {**page.get_context(request), "page_obj": page_obj, "cases": page_obj.object_list}
    return TemplateResponse(request, page.get_template(request), context)
