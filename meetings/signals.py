"""Wagtail's publish signal, handed to the service that keeps the calendars right."""

from wagtail.signals import page_published


def _meeting_published(sender, instance, **kwargs):
    from meetings.services import meeting_published

    meeting_published(meeting=instance)


def connect() -> None:
    from meetings.models import MeetingPage

    page_published.connect(
        _meeting_published, sender=MeetingPage, dispatch_uid="meetings-calendar-on-publish"
    )
