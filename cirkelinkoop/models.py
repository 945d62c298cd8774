from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cirkelinkoop.blocks import BodyBlock, LinkBlock
from cirkelinkoop.routing import LiveChildBySlugFromCache
from members.models import ViewRestrictionsReadOnce


class HomePage(LiveChildBySlugFromCache, ViewRestrictionsReadOnce, Page):
    """The portal's front page: what the coalition is and where to go next."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("One or two sentences under the page title."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """The front door of the case library: its search box, newest cases and themes."""
        from knowledge.views.front_door import front_door_context

        return {**super().get_context(request, *args, **kwargs), **front_door_context(request)}


class StandardPage(ViewRestrictionsReadOnce, Page):
    """A page of text: about the coalition, the RCIO, the privacy statement."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cirkelinkoop.HomePage", "cirkelinkoop.StandardPage"]
    subpage_types = ["cirkelinkoop.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the footer says and links to (the coordinator's details are the members app's)."""

    footer_text = models.TextField(
        _("footer text"),
        max_length=400,
        blank=True,
        help_text=_("A short line about the coalition, shown in every page's footer."),
    )
    footer_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("For example the privacy statement and the accessibility statement."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("footer_links")], heading=_("Footer")
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
