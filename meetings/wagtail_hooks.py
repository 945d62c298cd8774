"""The meetings in the Wagtail admin: the series with their planning screen, and the
buttons that cancel or restore a meeting from its page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from meetings.admin_views import MeetingSeriesViewSet, admin_urlpatterns
from meetings.models import MeetingPage, MeetingStatus


@hooks.register("register_admin_viewset")
def register_viewsets():
    return MeetingSeriesViewSet("meetingseries")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_urlpatterns


@hooks.register("register_page_header_buttons")
def meeting_status_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, MeetingPage) or not page.live:
        return
    meeting = page.specific_deferred
    if not meeting.permissions_for_user(user).can_publish():
        return
    if meeting.status == MeetingStatus.CANCELLED:
        url, label = reverse("meetings_restore", args=[page.pk]), _("Let it go ahead")
    elif meeting.status == MeetingStatus.SCHEDULED and not meeting.has_started:
        url, label = reverse("meetings_cancel", args=[page.pk]), _("Cancel the meeting")
    else:
        return
    yield Button(label, url=url, icon_name="calendar-alt", priority=55)
