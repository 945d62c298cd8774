"""The coordinator's screens for meetings: the series, their planning, a meeting's
cancellation. The meetings themselves are pages, edited in Wagtail's page editor.

Not named ``meetings/admin.py``: Django's admin autodiscovery would import that module.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from meetings import services
from meetings.models import MeetingPage, MeetingSeries


class SeriesEditView(generic.EditView):
    plan_url_name = None

    @cached_property
    def header_buttons(self):
        url = reverse(self.plan_url_name, args=[self.object.pk])
        return [
            *super().header_buttons,
            HeaderButton(_("Plan the coming meetings"), url=url, icon_name="date", priority=10),
        ]


class SeriesPlanView(WagtailAdminTemplateMixin, TemplateView):
    """The coming twelve months of a series, with the dates it skips and why; one button
    adds them as draft meetings, which the coordinator completes and publishes."""

    template_name = "meetings/admin/series_plan.html"
    page_title = _("Plan the coming meetings")
    permission_policy = None
    index_url_name = None
    edit_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.series = get_object_or_404(MeetingSeries, pk=kwargs["pk"])
        self.until = timezone.localdate() + services.PLAN_AHEAD
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.series)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(MeetingSeries._meta.verbose_name_plural),
            },
            {"url": reverse(self.edit_url_name, args=[self.series.pk]), "label": str(self.series)},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        planned = self.series.meetings.exclude(occurrence=None).order_by("start")
        return super().get_context_data(
            series=self.series,
            dates=services.series_next_dates(series=self.series, until=self.until),
            planned=planned.filter(end__gte=timezone.now()).select_related("state"),
            until=self.until,
            edit_url=reverse(self.edit_url_name, args=[self.series.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        meetings = services.meeting_series_plan(
            series=self.series, until=self.until, user=request.user
        )
        messages.success(
            request,
            _("%(count)s meetings planned as drafts: complete their agendas and publish them.")
            % {"count": len(meetings)},
        )
        return redirect(request.path)


class MeetingSeriesViewSet(ModelViewSet):
    model = MeetingSeries
    icon = "date"
    menu_label = _("Meeting series")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "kind", "interval_weeks", "weekday", "start_time"]
    form_fields = [
        "name",
        "kind",
        "interval_weeks",
        "weekday",
        "starts_on",
        "start_time",
        "duration_minutes",
        "mode",
        "host",
        "address",
        "summer_break_first_week",
        "summer_break_last_week",
        "winter_break_first_week",
        "winter_break_last_week",
        "plans_ahead",
    ]
    edit_view_class = SeriesEditView
    copy_view_enabled = False

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(plan_url_name=self.get_url_name("plan"), **kwargs)

    def get_urlpatterns(self):
        plan = self.construct_view(
            SeriesPlanView,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("index"),
            edit_url_name=self.get_url_name("edit"),
        )
        return [*super().get_urlpatterns(), path("<int:pk>/plannen/", plan, name="plan")]


class MeetingStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then cancel a meeting or let a cancelled one go ahead after all."""

    template_name = "meetings/admin/meeting_status.html"
    take = None  # the service
    page_title = None
    explanation = None
    done = None

    def dispatch(self, request, *args, **kwargs):
        self.meeting = get_object_or_404(MeetingPage, pk=kwargs["pk"])
        if not self.meeting.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.meeting.title

    def get_breadcrumbs_items(self):
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.meeting.pk])
        return [
            *self.breadcrumbs_items,
            {"url": edit_url, "label": self.meeting.title},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            meeting=self.meeting,
            explanation=self.explanation,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.meeting.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        try:
            self.take(meeting=self.meeting)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, self.done)
        return redirect("wagtailadmin_pages:edit", self.meeting.pk)


meeting_cancel_view = MeetingStatusView.as_view(
    take=services.meeting_cancel,
    page_title=_("Cancel this meeting"),
    explanation=_(
        "The meeting stays on the site and in the calendars, marked as cancelled, and is no "
        "longer shown as upcoming. You can let it go ahead after all."
    ),
    done=_("The meeting has been cancelled."),
)
meeting_restore_view = MeetingStatusView.as_view(
    take=services.meeting_restore,
    page_title=_("Let this meeting go ahead"),
    explanation=_("The meeting is shown as upcoming again, and calendars show it as confirmed."),
    done=_("The meeting goes ahead again."),
)

admin_urlpatterns = [
    path("bijeenkomsten/<int:pk>/annuleren/", meeting_cancel_view, name="meetings_cancel"),
    path("bijeenkomsten/<int:pk>/herstellen/", meeting_restore_view, name="meetings_restore"),
]
