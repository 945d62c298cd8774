"""Wagtail's publish signal, handed to the service that keeps the calendars right; a
calendar address renewed, to the answers kept for accounts."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from members.kept import access_changed


def _meeting_published(sender, instance, **kwargs):
    from meetings.services import meeting_published

    meeting_published(meeting=instance)


def _calendar_renewed(sender, created, **kwargs):
    # A renewed address replaces the one kept for its member's page at once; a new one
    # was made while being kept, and retires nothing.
    if not created:
        access_changed()


def connect() -> None:
    from meetings.models import CalendarFeed, MeetingPage

    page_published.connect(
        _meeting_published, sender=MeetingPage, dispatch_uid="meetings-calendar-on-publish"
    )
    post_save.connect(_calendar_renewed, sender=CalendarFeed, dispatch_uid="calendar-renewed")
    post_delete.connect(access_changed, sender=CalendarFeed, dispatch_uid="calendar-deleted")
