"""The meetings in the Wagtail admin: the series with their planning screen, the minutes
(a snippet with revisions), and a meeting's own steps in its page's *Acties* menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet

from meetings.admin_views.meeting import admin_urlpatterns
from meetings.admin_views.minutes import MinutesViewSet
from meetings.admin_views.series import MeetingSeriesViewSet
from meetings.admin_views.series_change import SeriesChangeView
from meetings.models import CalendarFeed, MeetingPage, MeetingStatus, Registration
from members.services.privacy import ACCOUNT_DATA_HOOK

register_snippet(MinutesViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return MeetingSeriesViewSet("meetingseries")


@hooks.register("register_admin_urls")
def register_admin_urls():
    change = SeriesChangeView.as_view()
    return [
        *admin_urlpatterns,
        path("bijeenkomsten/<int:pk>/tijd-en-plaats/", change, name="meetings_series_change"),
    ]


@hooks.register("register_page_header_buttons")
def meeting_buttons(page, user, view_name, next_url=None):
    """In a published meeting's *Acties* menu: its status, registrations and minutes."""
    if not isinstance(page.specific_deferred, MeetingPage) or not page.live:
        return
    meeting = page.specific_deferred
    if not meeting.permissions_for_user(user).can_publish():
        return
    if meeting.status == MeetingStatus.CANCELLED:
        yield Button(_("Let it go ahead"), url=_url("meetings_restore", page), priority=55)
    elif meeting.status == MeetingStatus.SCHEDULED and not meeting.has_started:
        yield Button(_("Cancel the meeting"), url=_url("meetings_cancel", page), priority=55)
        yield Button(
            _("Change time or place"), url=_url("meetings_series_change", page), priority=54
        )
    if user.has_perm("meetings.view_registration"):
        yield Button(_("Registrations"), url=_url("meetings_registrations", page), priority=56)
    if meeting.status != MeetingStatus.CANCELLED and user.has_perm("meetings.change_minutes"):
        yield Button(_("The minutes"), url=_url("meetings_minutes", page), priority=57)


def _url(name: str, page) -> str:
    return reverse(name, args=[page.pk])


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "meetings.minutes.published", _("Minutes sent"), _("Minutes sent to the attendees")
    )
    actions.register_action("meetings.minutes.approved", _("Minutes approved"), _("Approved"))
    actions.register_action(
        "meetings.registrations.exported",
        _("Registrations exported"),
        _("The list of registrations was exported"),
    )


@hooks.register(ACCOUNT_DATA_HOOK)
def account_data(user) -> dict:
    """In a member's download of their own data: their registrations, and whether they
    have a personal calendar address (never the address itself: it is a key)."""
    registrations = Registration.objects.filter(user=user).select_related("meeting")
    feed = CalendarFeed.objects.filter(user=user).first()
    return {
        "meeting_registrations": [
            {
                "meeting": registration.meeting.title,
                "start": registration.meeting.start.isoformat(),
                "attendance": registration.attendance,
                "waiting_list": registration.waiting,
                "name_shown_to_members": registration.show_name,
                "attended": registration.attended,
                "registered_at": registration.created_at.isoformat(),
            }
            for registration in registrations.order_by("meeting__start")
        ],
        "personal_calendar_since": feed.created_at.isoformat() if feed else None,
    }
