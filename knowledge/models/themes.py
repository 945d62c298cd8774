"""/themas/: the themes the coalition works on, each with its cases (and, later, meetings)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cirkelinkoop.blocks import BodyBlock
from members.models.pages import FIXED_ADDRESS_PROMOTE_PANELS
from members.models.privacy import ViewRestrictionsReadOnce

UNDER_THE_TITLE = _("One or two sentences under the page title.")
ON_CARDS = _("One or two sentences under the page title; also shown on theme cards.")


def intro_field(help_text=UNDER_THE_TITLE):
    return models.TextField(_("introduction"), max_length=500, blank=True, help_text=help_text)


class ThemeIndexPage(ViewRestrictionsReadOnce, Page):
    intro = intro_field(ON_CARDS)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = FIXED_ADDRESS_PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cirkelinkoop.HomePage"]
    subpage_types = ["knowledge.ThemePage"]
    max_count = 1
    template = "knowledge/theme_index_page.html"

    class Meta:
        verbose_name = _("theme overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = ThemePage.objects.child_of(self).live().public().order_by("title")
        return context


class ThemePage(ViewRestrictionsReadOnce, Page):
    intro = intro_field(ON_CARDS)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("resources", heading=_("Further reading"), label=_("link")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["knowledge.ThemeIndexPage"]
    subpage_types = []
    template = "knowledge/theme_page.html"

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def get_context(self, request, *args, **kwargs):
        from knowledge.models.cases import CasePage

        context = super().get_context(request, *args, **kwargs)
        cases = CasePage.objects.visible_to(request.user).filter(themes=self)
        context["cases"] = cases.for_cards().newest_first()[:THEME_CASES_SHOWN]
        context["resources"] = self.resources.all()
        return context


THEME_CASES_SHOWN = 12


class ThemeResource(Orderable):
    """A link elsewhere on the theme: PIANOo, BouwCirculair, the Ambitieweb, ..."""

    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(_("title"), max_length=120)
    url = models.URLField(_("web address"))
    description = models.CharField(_("short description"), max_length=240, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")
