"""Wagtail's publish signal, handed to the service that keeps the calendars right; a
calendar address renewed, to the answers kept for accounts."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from members.kept import access_changed


def _meeting_published(sender, instance, **kwargs):
    from meetings.services import meeting_published

    meeting_published(meeting=instance)


def connect() -> None:
    from meetings.models import CalendarFeed, MeetingPage

    page_published.connect(
        _meeting_published, sender=MeetingPage, dispatch_uid="meetings-calendar-on-publish"
    )
    # A renewed calendar address replaces the one kept for its member's page at once.
    for signal in (post_save, post_delete):
        signal.connect(access_changed, sender=CalendarFeed, dispatch_uid=f"calendar-{signal}")
