"""/bijeenkomsten/: the next meeting first, then the others ahead, then the archive."""

from itertools import groupby

from django.utils import timezone
from django.views.decorators.http import require_GET

from meetings.models import MeetingPage, MeetingStatus
from members.access import is_member


@require_GET
def meeting_overview(request, page):
    now = timezone.now()
    meetings = MeetingPage.objects.visible_to(request.user).child_of(page).with_state()
    ahead = list(meetings.filter(end__gt=now).order_by("start"))
    upcoming = [m for m in ahead if m.status != MeetingStatus.CANCELLED]
    past = meetings.filter(end__lte=now).exclude(state__status=MeetingStatus.CANCELLED)
    archive = [
        (year, list(group))
        for year, group in groupby(
            past.order_by("-start"), key=lambda m: timezone.localtime(m.start).year
        )
    ]
    return page.render(
        request,
        context_overrides={
            "next_meeting": upcoming[0] if upcoming else None,
            "upcoming": upcoming[1:],
            "cancelled": [m for m in ahead if m.status == MeetingStatus.CANCELLED],
            "archive": archive,
            "is_member": is_member(request.user),
        },
    )
