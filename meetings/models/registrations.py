"""Who comes to a meeting, and how: a member's registration, one per meeting."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from meetings.models.pages import MeetingPage


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("I will come in person")
    ONLINE = "online", _("I will join online")
    APOLOGIES = "apologies", _("I send my apologies")


class RegistrationQuerySet(models.QuerySet):
    def coming(self):
        """Everyone with a seat or a link: not on the waiting list, no apologies."""
        return self.exclude(attendance=Attendance.APOLOGIES).filter(waiting=False)

    def in_person(self):
        return self.filter(attendance=Attendance.IN_PERSON, waiting=False)

    def waiting_list(self):
        return self.filter(waiting=True).order_by("waiting_since", "pk")


class Registration(models.Model):
    meeting = models.ForeignKey(MeetingPage, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_registrations"
    )
    attendance = models.CharField(_("attendance"), max_length=20, choices=Attendance.choices)
    # In person after the last seat went: a seat comes free, the first waiting gets it.
    waiting = models.BooleanField(_("on the waiting list"), default=False)
    waiting_since = models.DateTimeField(null=True, blank=True)
    show_name = models.BooleanField(
        _("show my name to other members"),
        default=False,
        help_text=_("Without it, other members only see your organisation in the list."),
    )
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_registration_each")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.meeting}"


class CalendarFeed(models.Model):
    """A member's personal calendar address: its secret is derived from ``key`` (never
    stored itself), and a new key makes the old address stop working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    key = models.UUIDField(default=uuid.uuid4)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("personal calendar")

    def __str__(self) -> str:
        return str(self.user)

    @property
    def token(self) -> str:
        return salted_hmac("meetings.calendar-feed", f"{self.user_id}:{self.key}").hexdigest()[:32]

    def matches(self, token: str) -> bool:
        return constant_time_compare(self.token, token)
