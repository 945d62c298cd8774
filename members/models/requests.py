"""Requests that reach the coordinator from the public site: to join, or to get in touch.

They hold personal data: each states its purpose on the form, and a scheduled task
removes that data once the request has been handled for the retention period.
"""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from members.models.organisations import OrganisationKind
from members.models.people import ByAddressQuerySet, Role


@dataclass(frozen=True)
class Transition:
    """One step in handling a request: the statuses it may start from, and where it leads."""

    sources: tuple[str, ...]
    target: str


def statuses_with_a_step(transitions: dict[str, Transition]) -> tuple[str, ...]:
    """A request is open as long as some step can still be taken from its status."""
    return tuple(dict.fromkeys(status for step in transitions.values() for status in step.sources))


class RequestQuerySet(ByAddressQuerySet):
    def open(self):
        return self.filter(status__in=self.model.OPEN_STATUSES)

    def handled_before(self, moment):
        """Handled requests whose personal data is still there, handled before ``moment``."""
        return self.exclude(status__in=self.model.OPEN_STATUSES).filter(
            handled_at__lt=moment, anonymised_at__isnull=True
        )


class CoordinatorRequest(models.Model):
    """What both kinds of request share: consent and handling."""

    # Which step may change which status, by the step's name. The services take a step
    # only from one of its sources; the admin offers a step only where it is allowed.
    TRANSITIONS: dict[str, Transition] = {}
    OPEN_STATUSES: tuple[str, ...] = ()
    # Fields holding personal data, emptied when the retention period has passed.
    PERSONAL_FIELDS: tuple[str, ...] = ()

    email = models.EmailField(_("e-mail address"), max_length=254)
    consent = models.BooleanField(_("consent to process the data"), default=False)
    # Set by the form when it is shown: a double submit of the same form saves one request.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    notes = models.TextField(
        _("notes"),
        max_length=4000,
        blank=True,
        help_text=_("For the coordinators only; removed with the personal data."),
    )
    anonymised_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    objects = RequestQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def transition_allowed(self, step: str) -> bool:
        return self.status in self.TRANSITIONS[step].sources


class JoinRequestStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class JoinRequest(CoordinatorRequest):
    """An organisation asks to take part in the coalition."""

    TRANSITIONS = {
        "start_review": Transition((JoinRequestStatus.NEW,), JoinRequestStatus.IN_REVIEW),
        "approve": Transition(
            (JoinRequestStatus.NEW, JoinRequestStatus.IN_REVIEW), JoinRequestStatus.APPROVED
        ),
        "decline": Transition(
            (JoinRequestStatus.NEW, JoinRequestStatus.IN_REVIEW), JoinRequestStatus.DECLINED
        ),
    }
    OPEN_STATUSES = statuses_with_a_step(TRANSITIONS)
    # What the requester fills in, in the form's order (the form and the admin show these).
    SUBMITTED_FIELDS = (
        "organisation_name",
        "organisation_kind",
        "contact_name",
        "email",
        "phone",
        "role",
        "motivation",
    )
    PERSONAL_FIELDS = ("contact_name", "email", "phone", "motivation", "notes", "decision_reason")

    organisation_name = models.CharField(_("organisation"), max_length=150)
    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=30, choices=OrganisationKind.choices
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    motivation = models.TextField(_("motivation"), max_length=2000)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.NEW,
        db_index=True,
    )
    decision_reason = models.TextField(
        _("reason for declining"),
        max_length=2000,
        blank=True,
        help_text=_("Sent to the contact person in the e-mail that declines the request."),
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organisation in the portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
    )

    panels = [FieldPanel("notes")]

    class Meta(CoordinatorRequest.Meta):
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")

    def __str__(self) -> str:
        return f"{self.organisation_name} (#{self.pk})"


class ContactRequestStatus(models.TextChoices):
    NEW = "new", _("New")
    HANDLED = "handled", _("Handled")


class ContactRequest(CoordinatorRequest):
    """A question or remark for the coordinator."""

    TRANSITIONS = {
        "mark_handled": Transition((ContactRequestStatus.NEW,), ContactRequestStatus.HANDLED),
    }
    OPEN_STATUSES = statuses_with_a_step(TRANSITIONS)
    SUBMITTED_FIELDS = ("name", "email", "organisation", "subject", "message")
    PERSONAL_FIELDS = ("name", "email", "organisation", "subject", "message", "notes")

    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    subject = models.CharField(_("subject"), max_length=150)
    message = models.TextField(_("message"), max_length=4000)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ContactRequestStatus.choices,
        default=ContactRequestStatus.NEW,
        db_index=True,
    )

    panels = [FieldPanel("notes")]

    class Meta(CoordinatorRequest.Meta):
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")

    def __str__(self) -> str:
        return _("Contact request #%(number)s") % {"number": self.pk}
