"""A change of time or place for a series: for one meeting only, or for it and every
meeting after it (and the series' own defaults, which later planning uses)."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from meetings.models import MeetingPage, MeetingSeries, MeetingStatus
from meetings.planning import AMSTERDAM, local_moment


class ChangeScope(models.TextChoices):
    THIS_ONLY = "this", gettext_lazy("This meeting only")
    THIS_AND_FOLLOWING = "following", gettext_lazy("This meeting and all after it")


def _moved(meeting: MeetingPage, *, weekday: int, start_time, duration_minutes: int):
    """The meeting's new start and end: the same week, on ``weekday``, at ``start_time``
    on Amsterdam's clock (so a change across a clock change keeps its hour)."""
    day = timezone.localtime(meeting.start, AMSTERDAM).date()
    day += timedelta(days=weekday - day.weekday())
    start = local_moment(day, start_time)
    return start, start + timedelta(minutes=duration_minutes)


def _changed(page: MeetingPage, changes: dict) -> MeetingPage:
    for field, value in changes.items():
        setattr(page, field, value)
    return page


def _apply(meeting: MeetingPage, user, **changes) -> MeetingPage:
    """As the coordinator would in the editor: a published meeting gets a published
    revision (which tells the calendars and registered members); a draft waiting in the
    editor gets the change too, so publishing it later does not undo it."""
    draft = meeting.get_latest_revision_as_object() if meeting.has_unpublished_changes else None
    if meeting.live:
        live = _changed(MeetingPage.objects.get(pk=meeting.pk), changes)
        live.save_revision(user=user, log_action=True).publish(user=user)
    if draft is not None or not meeting.live:
        _changed(draft or meeting, changes).save_revision(user=user, log_action=True)
    if not meeting.live:  # a planned draft: the planning screen lists it at its new time
        MeetingPage.objects.filter(pk=meeting.pk).update(**changes)
    return MeetingPage.objects.get(pk=meeting.pk)


@transaction.atomic
def meeting_series_change(
    *,
    meeting: MeetingPage,
    scope: str,
    weekday: int,
    start_time,
    duration_minutes: int,
    mode: str,
    host,
    address: str,
    user=None,
) -> list[MeetingPage]:
    """Change when and where ``meeting`` (and, with THIS_AND_FOLLOWING, every later
    meeting of its series that has not started and is not cancelled) takes place."""
    if meeting.has_started:
        raise ValidationError(_("A meeting that has started cannot be changed this way."))
    if scope == ChangeScope.THIS_AND_FOLLOWING and meeting.series_id is None:
        raise ValidationError(_("This meeting belongs to no series."))
    place = {"mode": mode, "host": host, "address": address}
    meetings = [meeting]
    if scope == ChangeScope.THIS_AND_FOLLOWING:
        series = MeetingSeries.objects.select_for_update().get(pk=meeting.series_id)
        for field, value in {
            **place,
            "weekday": weekday,
            "start_time": start_time,
            "duration_minutes": duration_minutes,
        }.items():
            setattr(series, field, value)
        series.full_clean()
        series.save()
        later = (
            MeetingPage.objects.filter(series=series, start__gt=meeting.start)
            .exclude(state__status=MeetingStatus.CANCELLED)
            .order_by("start")
        )
        meetings += list(later)
    changed = []
    for each in meetings:
        start, end = _moved(
            each, weekday=weekday, start_time=start_time, duration_minutes=duration_minutes
        )
        changed.append(_apply(each, user, start=start, end=end, **place))
    return changed
