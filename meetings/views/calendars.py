"""The meetings as iCalendar: the feed of all published meetings, and one meeting's file.

Public meetings only, and their online links only in the file of a member who
registered. The feed is fetched by calendar servers without a session, and
the same for everyone, so it is kept until public content changes.
"""

from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from cirkelinkoop.page_cache import shared_fragment
from meetings.calendar import calendar_bytes, calendar_new, meeting_event
from meetings.models import MeetingIndexPage, MeetingPage

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _public_meetings(index: MeetingIndexPage):
    return (
        MeetingPage.objects.live()
        .public()
        .child_of(index)
        .filter(state__isnull=False)
        .select_related("state", "theme", "host")
        .prefetch_related("agenda_items")
        .order_by("start")
    )


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
