"""/kennisbank/feed/: the newest public cases as an Atom feed, for a feed reader or
another site. Only public cases, whoever asks: a feed is fetched without a session and
shared further, so a members-only case never enters it."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from knowledge.models import CasePage

FEED_ITEMS = 20


class NewCasesFeed(Feed):
    feed_type = Atom1Feed
    language = "nl"

    def __init__(self, library):
        self.library = library
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.library

    def title(self, library):
        return _("New cases in the Cirkelinkoop case library")

    def subtitle(self, library):
        return library.intro or _("Circular tenders: their criteria, results and lessons.")

    def link(self, library):
        return library.get_full_url(self.request)

    def feed_url(self, library):
        return self.request.build_absolute_uri(self.request.path)

    def author_name(self, library):
        return "Cirkelinkoop"

    def items(self, library):
        return (
            CasePage.objects.live()
            .public()
            .child_of(library)
            .for_cards()
            .newest_first()[:FEED_ITEMS]
        )

    def item_title(self, case):
        return case.title

    def item_description(self, case):
        # Atom's summary is HTML here: the summary is plain text, escaped to stay text.
        return escape(case.summary)

    def item_link(self, case):
        return case.get_full_url(self.request)

    def item_author_name(self, case):
        return case.buyer

    def item_pubdate(self, case):
        return case.first_published_at

    def item_updateddate(self, case):
        return case.last_published_at

    def item_categories(self, case):
        return [case.product_group.name] if case.product_group_id else []
