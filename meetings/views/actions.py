"""/bijeenkomsten/acties/: every open action across the series, for members."""

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from meetings.models import ActionItem
from members.access import members_only

ACTIONS_PER_PAGE = 25


@never_cache
@require_GET
@members_only
def open_actions(request, page):
    actions = ActionItem.objects.open().for_members()
    page_obj = Paginator(actions, ACTIONS_PER_PAGE).get_page(request.GET.get("pagina"))
    return page.render(
        request,
        template="meetings/actions.html",
        context_overrides={
            "page_obj": page_obj,
            "sub_route_title": _("Open actions"),
            "meta_description": _("The actions agreed in the meetings that are not done yet."),
        },
    )
