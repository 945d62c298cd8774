"""Periodic work of the meetings: thin, each calls a service and is safe to run twice."""

from celery import shared_task

from meetings import notifications, services


@shared_task(acks_late=True)
def plan_meetings_ahead() -> int:
    """Nightly: every series that asks has its meetings of the coming twelve months."""
    return services.meeting_series_plan_ahead()


@shared_task(acks_late=True)
def mark_meetings_held() -> int:
    """Hourly: a published meeting that has ended has been held."""
    return services.meetings_mark_held()


@shared_task(acks_late=True)
def send_meeting_reminders() -> int:
    """Hourly: a week and a day before a meeting, its registered members are reminded."""
    return notifications.reminders_send()


@shared_task(acks_late=True)
def send_minutes_reminders() -> int:
    """Daily: a held meeting without minutes three days on, and the coordinator hears."""
    return services.minutes_reminders_send()
