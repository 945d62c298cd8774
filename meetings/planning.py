"""The dates of a meeting series: every N weeks, never on a Dutch public holiday or in
a break (summer, Christmas). Plain date arithmetic, no database: ``services`` stores what it finds.

Each meeting comes ``interval`` weeks after the slot of the one before. A slot that falls
on a public holiday or in a break moves on a week at a time, and the rhythm goes on from
where it landed: members keep at least the interval between two meetings, and the
series starts again on its weekday right after the summer.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class SkippedDate:
    day: date
    reason: str


@dataclass(frozen=True)
class PlannedDate:
    day: date
    skipped: tuple[SkippedDate, ...] = ()


def public_holidays(years) -> dict[date, str]:
    """The Netherlands' public holidays (the ``holidays`` library), named in Dutch."""
    return dict(holidays.country_holidays("NL", years=list(years), language="nl"))


@dataclass(frozen=True)
class Break:
    """ISO weeks ``first_week`` to ``last_week``, inclusive; across the new year when the
    first is the larger (week 52 to week 1)."""

    name: str
    first_week: int
    last_week: int


def in_break(day: date, period: Break) -> bool:
    first_week, last_week = period.first_week, period.last_week
    week = day.isocalendar().week
    if first_week <= last_week:
        return first_week <= week <= last_week
    return week >= first_week or week <= last_week  # a break across the new year


def first_slot(starts_on: date, weekday: int) -> date:
    """The first ``weekday`` (Monday 0) on or after ``starts_on``."""
    return starts_on + timedelta(days=(weekday - starts_on.weekday()) % 7)


def plan_dates(
    *,
    after: date | None,
    starts_on: date,
    weekday: int,
    interval_weeks: int,
    until: date,
    breaks: tuple[Break, ...] = (),
) -> list[PlannedDate]:
    """The slots from the one after ``after`` (the series' last slot, or None for a new
    series starting on ``starts_on``) up to and including ``until``."""
    step = timedelta(weeks=interval_weeks)
    day = first_slot(starts_on, weekday) if after is None else after + step
    if after is not None and day.weekday() != weekday:
        day = first_slot(day, weekday)  # the series moved to another weekday
    free_days = public_holidays(range(day.year, until.year + 2))
    planned = []
    while day <= until:
        skipped = []
        while reason := _why_not(day, free_days, breaks):
            skipped.append(SkippedDate(day, reason))
            day += timedelta(weeks=1)
        if day > until:
            break
        planned.append(PlannedDate(day, tuple(skipped)))
        day += step
    return planned


def _why_not(day: date, free_days: dict[date, str], breaks) -> str:
    """The public holiday or break ``day`` falls in; empty when a meeting can take place."""
    return free_days.get(day) or next((b.name for b in breaks if in_break(day, b)), "")


def local_moment(day: date, at: time) -> datetime:
    """``day`` at ``at`` on Amsterdam's clock, whichever side of a clock change it is."""
    return datetime.combine(day, at, tzinfo=AMSTERDAM)
