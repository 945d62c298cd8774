"""A meeting's minutes (notulen): per agenda item what was said and decided, the actions
that follow, and a public summary. The coordinator publishes the draft to the attendees;
the next meeting approves it, and from then on it is frozen (its revisions stay)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, RevisionMixin

from meetings.models.pages import MeetingPage
from members.models import Organisation


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Sent to the attendees")
    APPROVED = "approved", _("Approved")


class MinutesQuerySet(models.QuerySet):
    def readable(self):
        """What members may read: sent to the attendees, or approved."""
        return self.exclude(status=MinutesStatus.DRAFT)


class Minutes(RevisionMixin, ClusterableModel):
    meeting = models.OneToOneField(
        MeetingPage,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="minutes",
    )
    public_summary = models.TextField(
        _("public summary"),
        max_length=2000,
        blank=True,
        help_text=_("What visitors read: the themes discussed, without names or details."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MinutesStatus.choices,
        default=MinutesStatus.DRAFT,
        editable=False,
    )
    published_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True, editable=False)
    approved_in = models.ForeignKey(
        MeetingPage,
        verbose_name=_("approved in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="minutes_approved",
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    # The admin's form is the snippet viewset's (meetings.admin_views.minutes).
    objects = MinutesQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("of a meeting", "minutes")
        verbose_name_plural = pgettext_lazy("of meetings", "minutes")
        ordering = ["-meeting__start"]

    def __str__(self) -> str:
        return str(self.meeting)

    @property
    def is_frozen(self) -> bool:
        return self.status == MinutesStatus.APPROVED

    def clean(self):
        super().clean()
        stored = Minutes.objects.filter(pk=self.pk).values_list("status", flat=True).first()
        if stored == MinutesStatus.APPROVED:
            raise ValidationError(_("Approved minutes are frozen: they cannot be changed."))


class MinutesItem(Orderable):
    """One agenda item in the minutes: what was said, and what was decided."""

    minutes = ParentalKey(Minutes, on_delete=models.CASCADE, related_name="items")
    title = models.CharField(_("agenda item"), max_length=200)
    notes = models.TextField(_("what was said"), max_length=5000, blank=True)
    decisions = models.TextField(
        _("decisions"), max_length=2000, blank=True, help_text=_("One decision per line.")
    )

    panels = [FieldPanel("title"), FieldPanel("notes"), FieldPanel("decisions")]

    class Meta(Orderable.Meta):
        verbose_name = _("agenda item")

    def __str__(self) -> str:
        return self.title

    @property
    def decision_list(self) -> list[str]:
        return [line.strip() for line in self.decisions.splitlines() if line.strip()]


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")


class ActionItemQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ActionStatus.OPEN)

    def for_members(self):
        """Actions of minutes members may read, with their meeting, soonest due first."""
        return (
            self.exclude(minutes__status=MinutesStatus.DRAFT)
            .filter(minutes__meeting__live=True)
            .select_related("minutes__meeting", "owner_organisation")
            .order_by(models.F("due_date").asc(nulls_last=True), "pk")
        )


class ActionItem(Orderable):
    minutes = ParentalKey(Minutes, on_delete=models.CASCADE, related_name="actions")
    agenda_item = models.CharField(_("under agenda item"), max_length=200, blank=True)
    description = models.CharField(_("action"), max_length=500)
    owner_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner_name = models.CharField(_("who"), max_length=120, blank=True)
    due_date = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )

    panels = [
        FieldPanel("description"),
        FieldPanel("agenda_item"),
        FieldRowPanel([FieldPanel("owner_organisation"), FieldPanel("owner_name")]),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("status")]),
    ]

    objects = ActionItemQuerySet.as_manager()

    class Meta(Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self) -> str:
        return self.description

    @property
    def owner(self) -> str:
        parts = [self.owner_name, self.owner_organisation and self.owner_organisation.name]
        return ", ".join(part for part in parts if part)
