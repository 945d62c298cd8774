"""/bijeenkomsten/ and its meetings, as pages in Wagtail's tree.

A meeting is a page, not a snippet: it has a public address of its own, the menu,
breadcrumbs, sitemap and site search come with it, and Wagtail gives drafts, revisions,
scheduled publishing, previews and page privacy. The page holds what the coordinator
writes (title, theme, times, place, agenda); what the portal keeps *about* a meeting
(its status, its calendar sequence) lives in ``MeetingState``, beside the page, so a
cancellation never waits for, or overwrites, a draft in the editor.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cirkelinkoop.routing import LiveChildBySlugFromCache
from knowledge.models.themes import intro_field
from meetings.models.series import MeetingMode, MeetingPlace, MeetingSeries
from members.access import is_member
from members.models import ViewRestrictionsReadOnce
from members.models.pages import FIXED_ADDRESS_PROMOTE_PANELS, RICH_TEXT_FEATURES

# Paths below /bijeenkomsten/ the routes use: no meeting may take one as its slug
# (a meeting "agenda" would have its calendar file at the feed's address).
RESERVED_SLUGS = frozenset({"agenda", "acties"})


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingIndexPage(ViewRestrictionsReadOnce, RoutablePageMixin, LiveChildBySlugFromCache, Page):
    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = FIXED_ADDRESS_PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cirkelinkoop.HomePage"]
    subpage_types = ["meetings.MeetingPage"]
    max_count = 1
    template = "meetings/meeting_index_page.html"

    class Meta:
        verbose_name = _("meetings overview")

    @path("", name="meetings")
    def overview_route(self, request):
        from meetings.views import overview

        return overview.meeting_overview(request, page=self)

    @path("acties/", name="actions")
    def actions_route(self, request):
        from meetings.views import actions

        return actions.open_actions(request, page=self)

    # No slash after a file name: Wagtail routes the path with one, so it is optional here.
    @re_path(r"^agenda\.ics/?$", name="feed")
    def feed_route(self, request):
        from meetings.views import calendars

        return calendars.series_feed(request, index=self)

    @re_path(r"^agenda/(?P<user_id>\d+)-(?P<token>[0-9a-f]{32})\.ics/?$", name="personal_feed")
    def personal_feed_route(self, request, user_id, token):
        from meetings.views import calendars

        return calendars.personal_feed(request, index=self, user_id=int(user_id), token=token)

    @path("agenda/nieuw/", name="personal_feed_renew")
    def personal_feed_renew_route(self, request):
        from meetings.views import calendars

        return calendars.personal_feed_renew(request, index=self)

    @re_path(r"^(?P<slug>[-\w]+)\.ics/?$", name="meeting_ics")
    def meeting_ics_route(self, request, slug):
        from meetings.views import calendars

        return calendars.meeting_ics(request, index=self, slug=slug)


class MeetingPageQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Live meetings; a members-only one (Wagtail's privacy) only for members."""
        live = self.live()
        return live if is_member(user) else live.public()

    def with_state(self):
        return self.select_related("state", "theme", "host")

    def scheduled(self):
        return self.filter(state__status=MeetingStatus.SCHEDULED)

    def upcoming(self, now=None):
        """Not cancelled, and not over yet; the soonest first."""
        now = now or timezone.now()
        return (
            self.exclude(state__status=MeetingStatus.CANCELLED)
            .filter(end__gt=now)
            .order_by("start")
        )

    def past(self, now=None):
        return self.filter(end__lte=now or timezone.now()).order_by("-start")


MeetingPageManager = PageManager.from_queryset(MeetingPageQuerySet)


class MeetingPage(ViewRestrictionsReadOnce, MeetingPlace, Page):
    series = models.ForeignKey(
        MeetingSeries,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    # The series' slot this meeting fills: the rhythm goes on from it, even when this one
    # meeting moved to another day.
    occurrence = models.DateField(_("date in the series"), null=True, blank=True, editable=False)
    theme = models.ForeignKey(
        "knowledge.ThemePage",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    intro = intro_field(_("One or two sentences: what this meeting is about. Shown in lists too."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Only members who registered see it, on the page and in their calendar."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_(
            "How many can attend in person. Empty: no limit. Who registers after the last "
            "seat joins the waiting list."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("mode"),
                FieldPanel("host"),
                FieldPanel("address"),
                FieldPanel("online_url"),
                FieldPanel("capacity"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("agenda_items", heading=_("Agenda"), label=_("agenda item")),
        InlinePanel("attachments", heading=_("Documents"), label=_("document")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
    ]

    parent_page_types = ["meetings.MeetingIndexPage"]
    subpage_types = []
    template = "meetings/meeting_page.html"

    objects = MeetingPageManager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by the meetings overview.")})
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The meeting must end after it starts.")})

    def serve(self, request, *args, **kwargs):
        from meetings.views.meeting import meeting_serve

        return meeting_serve(request, self, lambda: super(MeetingPage, self).serve(request))

    def get_context(self, request, *args, **kwargs):
        from meetings.views.meeting import meeting_context

        return {**super().get_context(request, *args, **kwargs), **meeting_context(request, self)}

    def prepare_for_cache(self) -> None:
        """What every request of the page reads, loaded before the page is kept for
        routing (``LiveChildBySlugFromCache``): its state, host and theme."""
        for relation in ("state", "host", "theme"):
            getattr(self, relation, None)

    @property
    def status(self) -> str:
        state = getattr(self, "state", None)
        return state.status if state else MeetingStatus.SCHEDULED

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def has_started(self) -> bool:
        return self.start <= timezone.now()

    @property
    def in_person(self) -> bool:
        return self.mode in (MeetingMode.IN_PERSON, MeetingMode.HYBRID)

    @property
    def online(self) -> bool:
        return self.mode in (MeetingMode.ONLINE, MeetingMode.HYBRID)


class StandingItem(models.TextChoices):
    OPENING = "opening", _("Opening")
    PREVIOUS_MINUTES = "previous_minutes", _("Minutes of the previous meeting")
    QUESTIONS = "questions", _("Round of questions")
    CLOSING = "closing", _("Closing")


class AgendaItem(Orderable, ClusterableModel):
    """An item of the agenda; a cluster of its own, so its related cases are kept in the
    meeting's revisions with it (modelcluster's ParentalManyToManyField)."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="agenda_items")
    title = models.CharField(_("title"), max_length=200)
    duration_minutes = models.PositiveSmallIntegerField(_("minutes"), default=15)
    speaker = models.ForeignKey(
        "members.Membership",
        verbose_name=_("speaker (a member)"),
        null=True,
        blank=True,
        # A member who leaves disappears from the agenda, as from everywhere else.
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Their name and organisation appear on the agenda."),
    )
    speaker_name = models.CharField(_("or a speaker from outside"), max_length=120, blank=True)
    speaker_organisation = models.CharField(_("speaker's organisation"), max_length=150, blank=True)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    related_cases = ParentalManyToManyField(
        "knowledge.CasePage", verbose_name=_("related cases"), blank=True, related_name="+"
    )
    standing = models.CharField(
        _("standing item"),
        max_length=30,
        choices=StandingItem.choices,
        blank=True,
        editable=False,
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("duration_minutes")]),
        FieldPanel("speaker"),
        FieldRowPanel([FieldPanel("speaker_name"), FieldPanel("speaker_organisation")]),
        FieldPanel("description"),
        FieldPanel("related_cases"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self) -> str:
        return self.title

    @property
    def speaker_shown(self) -> tuple[str, str]:
        """Who speaks and for which organisation: the member if one is chosen."""
        if self.speaker_id:
            # Never the e-mail address on a public agenda, even when no name is known.
            return self.speaker.user.get_full_name(), self.speaker.organisation.name
        return self.speaker_name, self.speaker_organisation


def agenda_with_times(meeting: MeetingPage, items) -> list[tuple[AgendaItem, object]]:
    """Each item with its start time: the meeting's start plus the items before it."""
    moment, timed = meeting.start, []
    for item in items:
        timed.append((item, moment))
        moment += timedelta(minutes=item.duration_minutes)
    return timed


class MeetingAttachment(Orderable):
    """A presentation, a handout: for members only when it lies in a collection for
    signed-in people (Wagtail's collection privacy, which /documenten/ checks too)."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_('Put a document only for members in the collection "Documents for members".'),
    )
    agenda_item = models.CharField(
        _("with agenda item"),
        max_length=200,
        blank=True,
        help_text=_("The title of the agenda item it belongs to; empty for the whole meeting."),
    )

    panels = [FieldPanel("document"), FieldPanel("agenda_item")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return str(self.document)


class MeetingState(models.Model):
    """What the portal keeps about a meeting beside its page: its status, and what its
    calendar entries must say (RFC 5545's SEQUENCE goes up with every real change)."""

    meeting = models.OneToOneField(
        MeetingPage, primary_key=True, on_delete=models.CASCADE, related_name="state"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MeetingStatus.choices,
        default=MeetingStatus.SCHEDULED,
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # What the calendar last published of the meeting: a change in it is a "real change".
    calendar_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # The start the calendars last showed, and the one before a move.
    calendar_start = models.DateTimeField(null=True, blank=True, editable=False)
    previous_start = models.DateTimeField(null=True, blank=True, editable=False)
    changed_at = models.DateTimeField(default=timezone.now, editable=False)
    # What has been sent (``meetings.notifications``): each at most once.
    announced_at = models.DateTimeField(null=True, blank=True, editable=False)
    informed_sequence = models.PositiveIntegerField(default=0, editable=False)
    reminded_week_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_day_at = models.DateTimeField(null=True, blank=True, editable=False)
    minutes_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("meeting status")

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_status_display()}"
