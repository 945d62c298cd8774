"""A meeting series: the rhythm from which the coordinator plans the coming meetings."""

from datetime import time

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from meetings.planning import Break
from members.models import Organisation


class MeetingKind(models.TextChoices):
    RCIO = "rcio", _("RCIO meeting")
    THEMED = "themed", _("Themed session")
    MARKET = "market", _("Market consultation")


class MeetingMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid: in person and online")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")


class MeetingPlace(models.Model):
    """Where and how a meeting takes place: a series' default, a meeting's own."""

    mode = models.CharField(
        _("mode"), max_length=20, choices=MeetingMode.choices, default=MeetingMode.IN_PERSON
    )
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=200, blank=True)

    class Meta:
        abstract = True


def iso_week_field(verbose_name, default):
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        default=default,
        validators=[MinValueValidator(1), MaxValueValidator(53)],
    )


class MeetingSeries(MeetingPlace, models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.RCIO
    )
    interval_weeks = models.PositiveSmallIntegerField(
        _("every so many weeks"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
    )
    weekday = models.PositiveSmallIntegerField(
        _("weekday"), choices=Weekday.choices, default=Weekday.THURSDAY
    )
    starts_on = models.DateField(
        _("first meeting on or after"),
        help_text=_("The series starts on the first chosen weekday from this date."),
    )
    start_time = models.TimeField(_("start time"), default=time(13, 30))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        default=150,
        validators=[MinValueValidator(15), MaxValueValidator(600)],
    )
    summer_break_first_week = iso_week_field(_("summer break from week"), 29)
    summer_break_last_week = iso_week_field(_("summer break up to and including week"), 34)
    winter_break_first_week = iso_week_field(_("Christmas break from week"), 52)
    winter_break_last_week = iso_week_field(_("Christmas break up to and including week"), 1)
    plans_ahead = models.BooleanField(
        _("keep twelve months planned"),
        default=True,
        help_text=_("Every night the portal adds the meetings of the coming twelve months."),
    )

    class Meta:
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        errors = {}
        for season in ("summer", "winter"):
            first, last = f"{season}_break_first_week", f"{season}_break_last_week"
            if (getattr(self, first) is None) != (getattr(self, last) is None):
                errors[last] = _("Give both weeks of the break, or neither.")
        if errors:
            raise ValidationError(errors)

    @property
    def breaks(self) -> tuple[Break, ...]:
        """The breaks the planner skips, named as the planning screen explains a skip."""
        weeks = [
            (gettext("summer break"), self.summer_break_first_week, self.summer_break_last_week),
            (gettext("Christmas break"), self.winter_break_first_week, self.winter_break_last_week),
        ]
        return tuple(Break(name, first, last) for name, first, last in weeks if first and last)
