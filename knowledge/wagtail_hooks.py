from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.models import Instrument, ProductGroup
from knowledge.views.organisation import organisation_cases_section
from members.sections import ORGANISATION_SECTIONS_HOOK


class ProductGroupViewSet(SnippetViewSet):
    model = ProductGroup
    icon = "folder-open-inverse"
    list_display = ["name", "cluster"]
    list_filter = ["cluster"]
    search_fields = ["name"]


class InstrumentViewSet(SnippetViewSet):
    model = Instrument
    icon = "cogs"
    list_display = ["name", "url"]
    search_fields = ["name"]


class CaseLibraryViewSetGroup(SnippetViewSetGroup):
    """The lists the coordinator keeps for the case library, under one menu item."""

    items = (ProductGroupViewSet, InstrumentViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Case library lists")
    menu_name = "case_library_lists"


register_snippet(CaseLibraryViewSetGroup)


@hooks.register(ORGANISATION_SECTIONS_HOOK)
def organisation_cases(request, organisation):
    """The cases the organisation shared, on its page at /deelnemers/<slug>/."""
    return organisation_cases_section(request, organisation)
