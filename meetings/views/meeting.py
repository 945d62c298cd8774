"""/bijeenkomsten/<slug>/: one meeting, its agenda and, for members, their registration.

Visitors get the public part (date, place, theme, agenda), served from the page cache
like every public page. A member sees who comes (organisations; names only with
consent), their own registration with the form to change it, and, once registered,
the online link.
"""

import json
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, resolve_url
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from knowledge.models import CasePage
from knowledge.views.case import documents_for_reader
from meetings.attendance import attendance_at
from meetings.forms import RegistrationForm
from meetings.models import (
    Attendance,
    MeetingPage,
    MeetingStatus,
    Minutes,
    MinutesStatus,
    Registration,
    StandingItem,
    agenda_with_times,
)
from meetings.services import registration_save
from members.access import is_member

SCHEMA_STATUS = {
    MeetingStatus.SCHEDULED: "https://schema.org/EventScheduled",
    MeetingStatus.HELD: "https://schema.org/EventScheduled",
    MeetingStatus.CANCELLED: "https://schema.org/EventCancelled",
}
SCHEMA_MODE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def meeting_serve(request, meeting: MeetingPage, render):
    """GET shows the meeting; a member's POST saves their registration (then back)."""
    if request.method == "POST":
        return _registration_post(request, meeting, render)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    response = render()
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


def _registration_post(request, meeting, render):
    if not is_member(request.user):
        raise PermissionDenied
    form = RegistrationForm(request.POST, meeting=meeting)
    if form.is_valid():
        try:
            result = registration_save(
                meeting=meeting,
                user=request.user,
                attendance=form.cleaned_data["attendance"],
                show_name=form.cleaned_data["show_name"],
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _registration_message(result.registration))
            return redirect(meeting.url + "#aanmelden")
    request.registration_form = form
    response = render()
    response.status_code = 400
    patch_cache_control(response, private=True)
    return response


def _registration_message(registration: Registration) -> str:
    if registration.waiting:
        return _(
            "The meeting is full: you are on the waiting list, and get a seat as soon as one "
            "comes free."
        )
    if registration.attendance == Attendance.APOLOGIES:
        return _("Your apologies have been noted.")
    return _(
        "You are registered. The link with your registration puts the meeting in your calendar."
    )


def meeting_context(request, meeting: MeetingPage) -> dict:
    """The page's context. What every reader of one kind (visitor, signed-in non-member,
    member) sees alike is lazy: the template keeps it as a fragment until content
    changes, and only a fragment made afresh reads it from the database."""
    member = is_member(request.user)
    items = SimpleLazyObject(lambda: _agenda_items(request, meeting))
    documents = SimpleLazyObject(
        lambda: documents_for_reader(
            request, meeting.attachments.select_related("document__collection"), member
        )
    )
    context = {
        "agenda": SimpleLazyObject(lambda: agenda_with_times(meeting, items)),
        "attachments": SimpleLazyObject(lambda: documents[0]),
        "attachments_held_back": SimpleLazyObject(lambda: documents[1]),
        "minutes": SimpleLazyObject(lambda: _readable_minutes(meeting)),
        "previous_minutes_url": SimpleLazyObject(lambda: _previous_minutes_url(meeting, items)),
        "json_ld": SimpleLazyObject(lambda: json_ld_text(_event_json_ld(request, meeting))),
        "is_member": member,
        "sign_in_url": f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': request.path})}",
    }
    if context["is_member"]:
        context.update(_member_context(request, meeting))
    return context


def _agenda_items(request, meeting: MeetingPage) -> list:
    return list(
        meeting.agenda_items.select_related(
            "speaker__user", "speaker__organisation"
        ).prefetch_related(_related_cases_for(request.user))
    )


def _related_cases_for(user) -> Prefetch:
    """The cases an agenda item refers to, as cards name them; members-only ones for
    members only (the library's one rule)."""
    cases = CasePage.objects.visible_to(user).for_cards().order_by("title")
    return Prefetch("related_cases", queryset=cases, to_attr="cases")


def _readable_minutes(meeting: MeetingPage) -> Minutes | None:
    """Sent or approved minutes, with their sections and actions (members read them all,
    visitors the public summary)."""
    return (
        Minutes.objects.readable()
        .filter(meeting=meeting)
        .prefetch_related("items", "actions__owner_organisation")
        .first()
    )


def _previous_minutes_url(meeting: MeetingPage, items) -> str:
    """Where the standing item "minutes of the previous meeting" links to, if anywhere."""
    if not meeting.series_id or not any(i.standing == StandingItem.PREVIOUS_MINUTES for i in items):
        return ""
    previous = (
        MeetingPage.objects.live()
        .filter(series_id=meeting.series_id, start__lt=meeting.start)
        .exclude(minutes__status=MinutesStatus.DRAFT)
        .exclude(minutes=None)
        .order_by("-start")
        .first()
    )
    return f"{previous.url}#verslag" if previous else ""


def _member_context(request, meeting: MeetingPage) -> dict:
    attendance = attendance_at(meeting)
    own = attendance.by_user.get(request.user.pk)
    form = getattr(request, "registration_form", None) or RegistrationForm(
        initial={"attendance": own.attendance, "show_name": own.show_name} if own else None,
        meeting=meeting,
    )
    return {
        "registration": own,
        "registration_form": form,
        "registration_open": not meeting.has_started and not meeting.is_cancelled,
        "attendees": attendance.attendees,
        "waiting_count": attendance.waiting_count,
        "seats_left": attendance.seats_left(meeting),
        "online_link": meeting.online_url if own and own.comes else "",
    }


# Inside <script>, "</script>" in a title would end the block: JSON allows escaping these.
JSON_IN_HTML = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_text(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False).translate(JSON_IN_HTML)


def _event_json_ld(request, meeting: MeetingPage) -> dict:
    """schema.org Event, for search engines and agenda sites: never the online link."""
    url = meeting.get_full_url(request)
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.title,
        "startDate": meeting.start.isoformat(),
        "endDate": meeting.end.isoformat(),
        "eventStatus": SCHEMA_STATUS[meeting.status],
        "eventAttendanceMode": SCHEMA_MODE[meeting.mode],
        "url": url,
        "organizer": {"@type": "Organization", "name": "Coalitie Inkoop Cirkelregio Utrecht"},
    }
    state = getattr(meeting, "state", None)
    if state and state.previous_start and meeting.status != MeetingStatus.CANCELLED:
        event["eventStatus"] = "https://schema.org/EventRescheduled"
        event["previousStartDate"] = state.previous_start.isoformat()
    if meeting.intro:
        event["description"] = meeting.intro
    locations = []
    if meeting.in_person:
        place = {"@type": "Place", "name": meeting.host.name if meeting.host else meeting.address}
        if meeting.address:
            place["address"] = meeting.address
        locations.append(place)
    if meeting.online:
        locations.append({"@type": "VirtualLocation", "url": url})
    if locations:
        event["location"] = locations[0] if len(locations) == 1 else locations
    return event
