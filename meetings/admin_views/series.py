"""The meeting series in the admin, with the screen that plans their coming meetings."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
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
from meetings.models import MeetingSeries


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
