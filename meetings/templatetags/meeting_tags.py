"""How meetings appear elsewhere: their date the Dutch way, the next RCIO on the home
page, a theme's meetings, a member's personal calendar on their own page. Offered by
this app so the pages of lower apps (a theme page) can show meetings without importing
them."""

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from meetings.models import MeetingKind, MeetingPage
from meetings.services import calendar_token_for
from members.access import is_member

register = template.Library()

THEME_MEETINGS_SHOWN = 6


@register.filter
def meeting_when(meeting: MeetingPage) -> str:
    """'donderdag 14 januari 2027, 13.30–16.00 uur', on Amsterdam's clock."""
    start, end = timezone.localtime(meeting.start), timezone.localtime(meeting.end)
    day = date_format(start, "l j F Y")
    if start.date() != end.date():
        return f"{day} {start:%H.%M} – {date_format(end, 'l j F Y')} {end:%H.%M} uur"
    return f"{day}, {start:%H.%M}–{end:%H.%M} uur"


@register.filter
def meeting_day(meeting: MeetingPage) -> str:
    return date_format(timezone.localtime(meeting.start), "j F Y")


@register.simple_tag
def next_rcio_meeting():
    """The next RCIO meeting a visitor may see, or None."""
    return (
        MeetingPage.objects.live()
        .public()
        .upcoming()
        .filter(series__kind=MeetingKind.RCIO)
        .select_related("state", "theme")
        .first()
    )


@register.inclusion_tag("meetings/_theme_meetings.html", takes_context=True)
def theme_meetings(context, theme):
    """A theme's meetings: the ones ahead first, then the most recent."""
    request = context["request"]
    meetings = MeetingPage.objects.visible_to(request.user).filter(theme=theme).with_state()
    ahead = list(meetings.upcoming()[:THEME_MEETINGS_SHOWN])
    past = (
        list(meetings.past()[: THEME_MEETINGS_SHOWN - len(ahead)])
        if len(ahead) < THEME_MEETINGS_SHOWN
        else []
    )
    return {"request": request, "ahead": ahead, "past": past, "theme": theme}


@register.inclusion_tag("meetings/_personal_calendar.html", takes_context=True)
def personal_calendar(context):
    """On a member's own page (/account/gegevens/): the address of their own calendar,
    with the meetings they registered for and their online links, and a way to renew it."""
    request = context["request"]
    if not is_member(request.user):
        return {"feed_url": ""}
    token = calendar_token_for(request.user)
    path = reverse("meetings:personal_feed", kwargs={"user_id": request.user.pk, "token": token})
    return {
        "request": request,
        "feed_url": request.build_absolute_uri(path),
        "renew_url": reverse("meetings:personal_feed_renew"),
        "csrf_token": context.get("csrf_token"),
    }
