"""Planning a series: its coming meetings as drafts, with the standing agenda items."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from meetings.models import (
    RESERVED_SLUGS,
    AgendaItem,
    MeetingIndexPage,
    MeetingKind,
    MeetingPage,
    MeetingSeries,
    MeetingState,
    StandingItem,
)
from meetings.planning import PlannedDate, local_moment, plan_dates

PLAN_AHEAD = timedelta(days=365)

# The items every RCIO meeting starts and ends with; the coordinator adds the rest.
STANDING_OPENING = [(StandingItem.OPENING, 10), (StandingItem.PREVIOUS_MINUTES, 10)]
STANDING_CLOSING = [(StandingItem.QUESTIONS, 15), (StandingItem.CLOSING, 5)]


def series_next_dates(*, series: MeetingSeries, until: date) -> list[PlannedDate]:
    """The slots ``meeting_series_plan`` would add up to ``until``, with what they skip."""
    last = series.meetings.exclude(occurrence=None).order_by("-occurrence").first()
    return plan_dates(
        after=last.occurrence if last else None,
        starts_on=series.starts_on,
        weekday=series.weekday,
        interval_weeks=series.interval_weeks,
        until=until,
        breaks=series.breaks,
    )


def _free_slug(index: MeetingIndexPage, base: str) -> str:
    taken = set(MeetingPage.objects.child_of(index).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken or slug in RESERVED_SLUGS:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _standing_items(series: MeetingSeries) -> tuple[list, list]:
    if series.kind != MeetingKind.RCIO:
        return [], []
    return STANDING_OPENING, STANDING_CLOSING


def _meeting_from_series(series: MeetingSeries, day: date) -> MeetingPage:
    start = local_moment(day, series.start_time)
    opening, closing = _standing_items(series)
    meeting = MeetingPage(
        title=f"{series.name} {date_format_long(day)}",
        series=series,
        occurrence=day,
        start=start,
        end=start + timedelta(minutes=series.duration_minutes),
        mode=series.mode,
        host=series.host,
        address=series.address,
        live=False,
    )
    meeting.agenda_items = agenda_in_order(
        AgendaItem(title=StandingItem(kind).label, duration_minutes=minutes, standing=kind)
        for kind, minutes in [*opening, *closing]
    )
    return meeting


def agenda_in_order(items) -> list[AgendaItem]:
    """Items in the order given: the page editor's drag-and-drop order (``sort_order``)."""
    items = list(items)
    for position, item in enumerate(items):
        item.sort_order = position
    return items


def date_format_long(day: date) -> str:
    from django.utils.formats import date_format

    return date_format(day, "j F Y")


@transaction.atomic
def meeting_series_plan(*, series: MeetingSeries, until: date, user=None) -> list[MeetingPage]:
    """Add the series' meetings up to ``until`` as drafts below /bijeenkomsten/, each with
    the standing agenda items; the coordinator completes and publishes them."""
    # One planner at a time per series: the beat task and the coordinator's button.
    MeetingSeries.objects.select_for_update().get(pk=series.pk)
    index = MeetingIndexPage.objects.get()
    planned = []
    for slot in series_next_dates(series=series, until=until):
        meeting = _meeting_from_series(series, slot.day)
        meeting.slug = _free_slug(index, slugify(meeting.title))
        index.add_child(instance=meeting)
        meeting.save_revision(user=user, log_action=True)
        MeetingState.objects.create(meeting=meeting)
        planned.append(meeting)
    return planned


def meeting_series_plan_ahead(*, today: date | None = None) -> int:
    """Every series that plans ahead has its meetings of the coming twelve months."""
    until = (today or timezone.localdate()) + PLAN_AHEAD
    return sum(
        len(meeting_series_plan(series=series, until=until))
        for series in MeetingSeries.objects.filter(plans_ahead=True)
    )
