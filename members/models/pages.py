"""The members app's public pages, as pages in Wagtail's tree the coordinator edits.

/deelnemers/, /deelnemen/ and /contact/ are pages like any other, so the menu, the
breadcrumbs, the sitemap, the site search and the promote fields (title tag, meta
description) come from Wagtail. What hangs below them (the member directory, an
organisation, the thank-you pages) are routes of the page (``RoutablePageMixin``).

Their addresses are the public URL map's: the promote tab leaves out the slug, and the
names in ``members.urls`` (``members:participants``, ``members:join``, ...) link to them.
The routes call the views in ``members.views``, which import these models: hence the
imports inside the route methods.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from members.models.organisations import Organisation
from members.models.privacy import ViewRestrictionsReadOnce

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]

# Page.promote_panels without the slug: these addresses are fixed (DESIGN's URL map), and
# other pages, e-mails and bookmarks link to them.
FIXED_ADDRESS_PROMOTE_PANELS = [
    MultiFieldPanel(
        [FieldPanel("seo_title"), FieldPanel("search_description")],
        heading=_("For search engines"),
    ),
    MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
]


def _intro_field():
    return models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences under the page title."),
    )


class ParticipantsPage(ViewRestrictionsReadOnce, RoutablePageMixin, Page):
    """/deelnemers/: the participating organisations, each one's page, the member directory."""

    intro = _intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = FIXED_ADDRESS_PROMOTE_PANELS

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    subpage_types = []
    max_count = 1
    template = "members/participants.html"

    class Meta:
        verbose_name = _("participants page")

    # The routes, in the order they are tried: "leden" is a reserved organisation slug.
    @path("", name="participants")
    def participants_route(self, request):
        from members.views import public

        return public.participants(request, page=self)

    @path("leden/", name="directory")
    def directory_route(self, request):
        from members.views import public

        return public.directory(request, page=self)

    @path("<slug:slug>/", name="organisation")
    def organisation_route(self, request, slug):
        from members.views import public

        return public.organisation_detail(request, page=self, slug=slug)

    def get_sitemap_urls(self, request=None):
        """The page itself, then every participating organisation's page below it."""
        page_url = self.get_full_url(request)
        organisations = Organisation.objects.participating().order_by("slug")
        return [
            *super().get_sitemap_urls(request),
            *(
                {"location": page_url + self.reverse_subpage("organisation", args=[o.slug])}
                for o in organisations
            ),
        ]


class RequestFormPage(ViewRestrictionsReadOnce, RoutablePageMixin, Page):
    """A public form with its thank-you page below it (``bedankt/``); both texts editable."""

    intro = _intro_field()
    body = RichTextField(
        _("text above the form"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown between the introduction and the form."),
    )
    thanks_title = models.CharField(_("title of the thank-you page"), max_length=255)
    thanks_intro = models.TextField(
        _("introduction of the thank-you page"),
        max_length=500,
        blank=True,
        help_text=_("What the sender reads first after sending the form."),
    )
    thanks_body = RichTextField(
        _("text of the thank-you page"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("For example what happens next."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("thanks_title"), FieldPanel("thanks_intro"), FieldPanel("thanks_body")],
            heading=_("Thank-you page"),
        ),
    ]
    promote_panels = FIXED_ADDRESS_PROMOTE_PANELS

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    subpage_types = []
    # The editor previews both: the form, and what a sender sees after it.
    preview_modes = [("", _("Form")), ("thanks", _("Thank-you page"))]
    thanks_template = "members/request_form_thanks.html"

    class Meta:
        abstract = True

    @path("bedankt/", name="thanks")
    def thanks_route(self, request):
        from members.views import requests

        return requests.thanks(request, page=self)

    def thanks_url(self, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("thanks")

    def serve_preview(self, request, mode_name):
        if mode_name == "thanks":
            return self.thanks_route(request)
        return super().serve_preview(request, mode_name)


class JoinPage(RequestFormPage):
    """/deelnemen/: an organisation asks to take part."""

    max_count = 1
    template = "members/join.html"

    class Meta:
        verbose_name = _("join request page")

    @path("", name="join")
    def form_route(self, request):
        from members.views import requests

        return requests.join(request, page=self)


class ContactPage(RequestFormPage):
    """/contact/: a question for the coordinator."""

    max_count = 1
    template = "members/contact.html"

    class Meta:
        verbose_name = _("contact page")

    @path("", name="contact")
    def form_route(self, request):
        from members.views import requests

        return requests.contact(request, page=self)
