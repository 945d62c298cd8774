"""Minutes: started from the agenda, sent to the attendees, approved at the next meeting
and frozen from then on (their revisions stay in the admin's history)."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings import notifications
from meetings.models import MeetingPage, MeetingState, MeetingStatus, Minutes, MinutesItem
from meetings.models import MinutesStatus as Status

# A held meeting without minutes this long after it ended: the coordinator is reminded.
MINUTES_DUE_AFTER = timedelta(days=3)


@transaction.atomic
def minutes_start(*, meeting: MeetingPage, user=None) -> Minutes:
    """The meeting's minutes, begun with a section per agenda item (or the existing ones)."""
    existing = Minutes.objects.filter(meeting=meeting).first()
    if existing:
        return existing
    minutes = Minutes(meeting=meeting)
    minutes.items = [
        MinutesItem(title=item.title, sort_order=position)
        for position, item in enumerate(meeting.agenda_items.all())
    ]
    minutes.save()
    minutes.save_revision(user=user, log_action=True)
    return minutes


def _locked(minutes: Minutes) -> Minutes:
    return Minutes.objects.select_for_update().select_related("meeting").get(pk=minutes.pk)


@transaction.atomic
def minutes_publish(*, minutes: Minutes, user=None) -> Minutes:
    """Draft minutes go to the attendees and the members, who are told by e-mail."""
    minutes = _locked(minutes)
    if minutes.status != Status.DRAFT:
        raise ValidationError(_("These minutes have been sent already."), code="status")
    if minutes.meeting.end > timezone.now():
        raise ValidationError(_("Minutes can be sent once the meeting has taken place."))
    minutes.status, minutes.published_at = Status.PUBLISHED, timezone.now()
    minutes.save(update_fields=["status", "published_at"])
    minutes.save_revision(user=user, log_action="meetings.minutes.published", clean=False)
    notifications.minutes_published_inform(minutes)
    return minutes


def next_meeting_of(meeting: MeetingPage) -> MeetingPage | None:
    """The series' next meeting that was not cancelled: where these minutes are approved."""
    later = (
        MeetingPage.objects.live()
        .filter(start__gt=meeting.start)
        .exclude(state__status=MeetingStatus.CANCELLED)
    )
    if meeting.series_id:
        later = later.filter(series_id=meeting.series_id)
    return later.order_by("start").first()


@transaction.atomic
def minutes_approve(*, minutes: Minutes, user=None) -> Minutes:
    """Approved at the next meeting: from now on the minutes cannot be changed."""
    minutes = _locked(minutes)
    if minutes.status != Status.PUBLISHED:
        raise ValidationError(
            _("Only minutes sent to the attendees can be approved."), code="status"
        )
    minutes.status, minutes.approved_at = Status.APPROVED, timezone.now()
    minutes.approved_in = next_meeting_of(minutes.meeting)
    minutes.save(update_fields=["status", "approved_at", "approved_in"])
    minutes.save_revision(user=user, log_action="meetings.minutes.approved", clean=False)
    return minutes


def minutes_reminders_send(*, now=None) -> int:
    """Three days after a held meeting without minutes sent: the coordinator hears of it,
    once per meeting."""
    now = now or timezone.now()
    overdue = (
        MeetingPage.objects.live()
        .filter(state__status=MeetingStatus.HELD, end__lte=now - MINUTES_DUE_AFTER)
        .filter(state__minutes_reminded_at=None)
        .exclude(minutes__status__in=[Status.PUBLISHED, Status.APPROVED])
    )
    reminded = 0
    for meeting in overdue.order_by("start"):
        with transaction.atomic():
            state = MeetingState.objects.select_for_update().get(meeting=meeting)
            if state.minutes_reminded_at is None:
                reminded += notifications.minutes_overdue_remind(meeting)
                state.minutes_reminded_at = now
                state.save(update_fields=["minutes_reminded_at"])
    return reminded
