"""Factories of the meetings: the overview page, a series, meetings, registrations."""

from datetime import UTC, datetime, time, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from meetings.models import (
    MeetingIndexPage,
    MeetingPage,
    MeetingSeries,
    MeetingState,
    Registration,
)
from tests.factories import UserFactory


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MeetingIndexPage

    title = "Bijeenkomsten"
    slug = "bijeenkomsten"
    show_in_menus = True


def meetings_pages_create(home) -> MeetingIndexPage:
    return MeetingIndexPageFactory(parent=home)


class MeetingSeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingSeries

    name = factory.Sequence(lambda n: f"RCIO {n}")
    interval_weeks = 6
    weekday = 3
    starts_on = datetime(2027, 1, 1).date()
    start_time = time(13, 30)
    duration_minutes = 150
    address = "Archimedeslaan 6, Utrecht"


def in_days(days: int, hour: int = 13) -> datetime:
    return (timezone.now() + timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0, tzinfo=UTC
    )


class MeetingPageFactory(wagtail_factories.PageFactory):
    """A published meeting, two hours long, three weeks ahead unless told otherwise."""

    class Meta:
        model = MeetingPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"RCIO bijeenkomst {n}")
    intro = "Over circulair inkopen in de openbare ruimte."
    start = factory.LazyFunction(lambda: in_days(21))
    end = factory.LazyAttribute(lambda meeting: meeting.start + timedelta(hours=2))
    address = "Archimedeslaan 6, Utrecht"

    @factory.post_generation
    def state(self, create, extracted, **kwargs):
        if create:
            MeetingState.objects.get_or_create(meeting=self, defaults=kwargs)


def meeting_publish(meeting: MeetingPage) -> MeetingPage:
    """Publish as the coordinator does (a revision), so the signals run as in the admin."""
    meeting.save_revision().publish()
    return MeetingPage.objects.get(pk=meeting.pk)


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    meeting = factory.SubFactory(MeetingPageFactory)
    user = factory.SubFactory(UserFactory)
    attendance = "in_person"
