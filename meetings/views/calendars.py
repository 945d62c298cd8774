"""The meetings as iCalendar: the feed of all published meetings, and one meeting's file.

Public meetings only, and their online links only in the file of a member who
registered. The feed is fetched by calendar servers without a session, and
the same for everyone, so it is kept until public content changes.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cirkelinkoop.page_cache import shared_fragment
from meetings.calendar import calendar_bytes, calendar_new, meeting_event
from meetings.models import CalendarFeed, MeetingIndexPage, MeetingPage
from meetings.services import calendar_feed_renew
from members.access import is_member, members_only

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _for_calendars(meetings):
    return (
        meetings.filter(state__isnull=False)
        .select_related("state", "theme", "host")
        .prefetch_related("agenda_items")
        .order_by("start")
    )


def _public_meetings(index: MeetingIndexPage):
    return _for_calendars(MeetingPage.objects.live().public().child_of(index))


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def series_feed(request, index: MeetingIndexPage):
    def build() -> bytes:
        calendar = calendar_new(name=index.title + " – Cirkelinkoop")
        for meeting in _public_meetings(index):
            calendar.add_component(meeting_event(meeting, url=meeting.get_full_url(request)))
        return calendar_bytes(calendar)

    return _calendar_response(shared_fragment(request, "meetings-feed", build), "agenda.ics")


@require_GET
def meeting_ics(request, index: MeetingIndexPage, slug: str):
    meeting = _public_meetings(index).filter(slug=slug).first()
    if meeting is None:
        raise Http404
    # Whoever registered gets the online link in the file they put in their calendar.
    registered = (
        request.user.is_authenticated
        and meeting.registrations.coming().filter(user=request.user).exists()
    )
    calendar = calendar_new(name=meeting.title, method="PUBLISH")
    event = meeting_event(meeting, url=meeting.get_full_url(request), online_link=registered)
    calendar.add_component(event)
    response = _calendar_response(calendar_bytes(calendar), f"{slug}.ics")
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


@require_GET
def personal_feed(request, index: MeetingIndexPage, user_id: int, token: str):
    """A member's own feed: members-only meetings too, and the online link of each one
    they registered for. The address is the key: a calendar server asks without a session.
    Of a members-only meeting they did not register for, it gives only the time, the
    place and the link: the rest stays behind the sign-in."""
    feed = CalendarFeed.objects.select_related("user").filter(user_id=user_id).first()
    if feed is None or not feed.matches(token) or not is_member(feed.user):
        raise Http404
    registered = set(feed.user.meeting_registrations.coming().values_list("meeting_id", flat=True))
    meetings = MeetingPage.objects.live().child_of(index)
    public = set(meetings.public().values_list("pk", flat=True))
    calendar = calendar_new(name=index.title + " – Cirkelinkoop")
    for meeting in _for_calendars(meetings):
        url = meeting.get_full_url(request)
        online_link = meeting.pk in registered
        details = meeting.pk in public or online_link
        event = meeting_event(meeting, url=url, online_link=online_link, details=details)
        calendar.add_component(event)
    response = _calendar_response(calendar_bytes(calendar), "agenda.ics")
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
@members_only
def personal_feed_renew(request, index: MeetingIndexPage):
    calendar_feed_renew(user=request.user)
    messages.success(
        request,
        _("Your calendar has a new address. Subscribe to it again; the old one no longer works."),
    )
    return redirect(reverse("members:account_data") + "#agenda")
