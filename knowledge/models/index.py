"""/kennisbank/: the case library's front page, and its routes."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from cirkelinkoop.routing import LiveChildBySlugFromCache
from knowledge.models.themes import intro_field
from members.models.pages import FIXED_ADDRESS_PROMOTE_PANELS
from members.models.privacy import ViewRestrictionsReadOnce

# Paths below /kennisbank/ the routes use: no case may take one as its slug.
RESERVED_SLUGS = frozenset({"vergelijk", "nieuw", "feed", "export.csv", "export.json"})
# The criteria downloads' file names below /kennisbank/vergelijk/. A route of a routable
# page always ends in a slash, and Wagtail's own pattern takes no dot: knowledge.urls
# names these without the slash and hands them to the page.
CRITERIA_DOCX, CRITERIA_CSV = "criteria.docx", "criteria.csv"


class CaseIndexPage(ViewRestrictionsReadOnce, RoutablePageMixin, LiveChildBySlugFromCache, Page):
    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = FIXED_ADDRESS_PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cirkelinkoop.HomePage"]
    subpage_types = ["knowledge.CasePage"]
    max_count = 1
    template = "knowledge/case_index_page.html"

    class Meta:
        verbose_name = _("case library")

    @path("", name="library")
    def library_route(self, request):
        from knowledge.views import library

        return library.case_list(request, page=self)

    # No slash after a file name: Wagtail routes the path with one, so it is optional here.
    @re_path(r"^export\.csv/?$", name="export_csv")
    def export_csv_route(self, request):
        from knowledge.views import export

        return export.export_csv(request, page=self)

    @re_path(r"^export\.json/?$", name="export_json")
    def export_json_route(self, request):
        from knowledge.views import export

        return export.export_json(request, page=self)

    @path("nieuw/", name="submit")
    def submit_route(self, request):
        from knowledge.views import submit

        return submit.submission_new(request, page=self)

    @path("nieuw/<int:pk>/", name="submission")
    def submission_route(self, request, pk):
        from knowledge.views import submit

        return submit.submission_edit(request, page=self, pk=pk)

    @path("vergelijk/", name="compare")
    def compare_route(self, request):
        from knowledge.views import compare

        return compare.compare(request, library=self)

    @path(f"vergelijk/{CRITERIA_DOCX}/", name="criteria_docx")
    def criteria_docx_route(self, request):
        from knowledge.views import downloads

        return downloads.criteria_docx(request, library=self)

    @path(f"vergelijk/{CRITERIA_CSV}/", name="criteria_csv")
    def criteria_csv_route(self, request):
        from knowledge.views import downloads

        return downloads.criteria_csv(request, library=self)

    @path("feed/", name="feed")
    def feed_route(self, request):
        from knowledge.views import feed

        return feed.NewCasesFeed(library=self)(request)
