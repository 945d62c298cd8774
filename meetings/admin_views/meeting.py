"""What the coordinator does with one meeting besides editing its page: cancel or
restore it, begin and send its minutes, see its registrations, record who came, export
the list. Each is reached from the page's *Acties* menu (``meetings.wagtail_hooks``);
whoever may publish the meeting's page may do them."""

import csv

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from meetings import services
from meetings.models import MeetingPage, Minutes


def minutes_edit_url(minutes: Minutes) -> str:
    return reverse("wagtailsnippets_meetings_minutes:edit", args=[minutes.pk])


def meeting_allowed(user, meeting: MeetingPage, permission: str = "") -> bool:
    """Whoever may publish the meeting's page, with ``permission`` where one is named
    (the minutes, and the registrations' personal data, are the coordinators')."""
    can_publish = meeting.permissions_for_user(user).can_publish()
    return can_publish and (not permission or user.has_perm(permission))


class MeetingAdminMixin(WagtailAdminTemplateMixin):
    page_title = None
    permission_required = ""

    def dispatch(self, request, *args, **kwargs):
        self.meeting = get_object_or_404(MeetingPage, pk=kwargs["pk"])
        if not meeting_allowed(request.user, self.meeting, self.permission_required):
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


class MeetingActionView(MeetingAdminMixin, TemplateView):
    """Confirm one step, then take it through its service."""

    template_name = "meetings/admin/meeting_status.html"
    explanation = None
    done = None

    def take(self, request):
        raise NotImplementedError

    def next_url(self, result) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.meeting.pk])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            meeting=self.meeting,
            explanation=self.explanation,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.meeting.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        try:
            result = self.take(request)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("wagtailadmin_pages:edit", self.meeting.pk)
        messages.success(request, self.done)
        return redirect(self.next_url(result))


class MeetingCancelView(MeetingActionView):
    page_title = _("Cancel this meeting")
    explanation = _(
        "The meeting stays on the site and in the calendars, marked as cancelled, and is no "
        "longer shown as upcoming. Registered members get the cancellation by e-mail. You "
        "can let it go ahead after all."
    )
    done = _("The meeting has been cancelled.")

    def take(self, request):
        return services.meeting_cancel(meeting=self.meeting)


class MeetingRestoreView(MeetingActionView):
    page_title = _("Let this meeting go ahead")
    explanation = _(
        "The meeting is shown as upcoming again, calendars show it as confirmed, and "
        "registered members hear that it goes ahead after all."
    )
    done = _("The meeting goes ahead again.")

    def take(self, request):
        return services.meeting_restore(meeting=self.meeting)


class MinutesStartView(MeetingActionView):
    """The meeting's minutes: opened when they exist, begun (after a confirm) when not."""

    permission_required = "meetings.change_minutes"
    page_title = _("Write the minutes")
    explanation = _(
        "The minutes begin with a section for each agenda item. Nobody sees them until you "
        "send them to the attendees."
    )
    done = _("The minutes have been begun.")

    def get(self, request, *args, **kwargs):
        minutes = Minutes.objects.filter(meeting=self.meeting).first()
        if minutes is not None:
            return redirect(minutes_edit_url(minutes))
        return super().get(request, *args, **kwargs)

    def take(self, request):
        return services.minutes_start(meeting=self.meeting, user=request.user)

    def next_url(self, minutes):
        return minutes_edit_url(minutes)


class MinutesStepView(MeetingActionView):
    permission_required = "meetings.change_minutes"

    def dispatch(self, request, *args, **kwargs):
        self.minutes = get_object_or_404(Minutes, meeting_id=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def next_url(self, minutes):
        return minutes_edit_url(minutes)


class MinutesPublishView(MinutesStepView):
    page_title = _("Send the minutes")
    explanation = _(
        "The draft minutes go to the attendees and the members, who are told by e-mail. "
        "Visitors see the public summary. You can still correct them until they are approved."
    )
    done = _("The minutes have been sent.")

    def take(self, request):
        return services.minutes_publish(minutes=self.minutes, user=request.user)


class MinutesApproveView(MinutesStepView):
    page_title = _("Approve the minutes")
    explanation = _(
        "Approved at the next meeting: from then on nobody can change them. Their earlier "
        "versions stay in the history."
    )
    done = _("The minutes have been approved.")

    def take(self, request):
        return services.minutes_approve(minutes=self.minutes, user=request.user)


class AttendanceForm(forms.Form):
    attended = forms.TypedMultipleChoiceField(
        label=_("Who attended"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [
            (r.pk, r.user.get_full_name() or r.user.email) for r in registrations
        ]


class RegistrationsView(MeetingAdminMixin, FormView):
    """Who registered, how; after the meeting, who attended (for the minutes' e-mail)."""

    template_name = "meetings/admin/registrations.html"
    form_class = AttendanceForm
    page_title = _("Registrations")
    permission_required = "meetings.view_registration"

    @cached_property
    def registrations(self) -> list:
        """Read once a request: the form's choices, its initial ticks and the table."""
        return list(
            self.meeting.registrations.select_related("user__membership__organisation").order_by(
                "waiting", "attendance", "user__last_name", "pk"
            )
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registrations": self.registrations}

    def get_initial(self):
        return {"attended": [r.pk for r in self.registrations if r.attended]}

    def get_context_data(self, **kwargs):
        export = reverse("meetings_registrations_export", args=[self.meeting.pk])
        return super().get_context_data(
            meeting=self.meeting, registrations=self.registrations, export_url=export, **kwargs
        )

    def form_valid(self, form):
        if not self.request.user.has_perm("meetings.change_registration"):
            raise PermissionDenied
        try:
            services.attendance_record(
                meeting=self.meeting,
                attended_ids=form.cleaned_data["attended"],
                user=self.request.user,
            )
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
        else:
            messages.success(self.request, gettext("Attendance has been recorded."))
        return redirect(self.request.path)


EXPORT_COLUMNS = (
    _("Name"),
    _("E-mail address"),
    _("Organisation"),
    _("Attendance"),
    _("On the waiting list"),
    _("Attended"),
)


def registrations_export(request, pk):
    """The registrations as CSV, for the sign-in list at the door; each export is logged."""
    meeting = get_object_or_404(MeetingPage, pk=pk)
    if not meeting_allowed(request.user, meeting, "meetings.view_registration"):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="aanmeldingen-{meeting.slug}.csv"'
    response["Cache-Control"] = "no-store"
    writer = csv.writer(response)
    writer.writerow([str(column) for column in EXPORT_COLUMNS])
    yes, no = gettext("yes"), gettext("no")
    for registration in meeting.registrations.select_related("user__membership__organisation"):
        membership = getattr(registration.user, "membership", None)
        writer.writerow(
            [
                registration.user.get_full_name(),
                registration.user.email,
                membership.organisation.name if membership else "",
                registration.get_attendance_display(),
                yes if registration.waiting else no,
                {True: yes, False: no}.get(registration.attended, ""),
            ]
        )
    log(instance=meeting, action="meetings.registrations.exported", user=request.user)
    return response


admin_urlpatterns = [
    path("bijeenkomsten/<int:pk>/annuleren/", MeetingCancelView.as_view(), name="meetings_cancel"),
    path(
        "bijeenkomsten/<int:pk>/herstellen/", MeetingRestoreView.as_view(), name="meetings_restore"
    ),
    path("bijeenkomsten/<int:pk>/verslag/", MinutesStartView.as_view(), name="meetings_minutes"),
    path(
        "bijeenkomsten/<int:pk>/verslag/versturen/",
        MinutesPublishView.as_view(),
        name="meetings_minutes_publish",
    ),
    path(
        "bijeenkomsten/<int:pk>/verslag/goedkeuren/",
        MinutesApproveView.as_view(),
        name="meetings_minutes_approve",
    ),
    path(
        "bijeenkomsten/<int:pk>/aanmeldingen/",
        RegistrationsView.as_view(),
        name="meetings_registrations",
    ),
    path(
        "bijeenkomsten/<int:pk>/aanmeldingen/export.csv",
        registrations_export,
        name="meetings_registrations_export",
    ),
]
