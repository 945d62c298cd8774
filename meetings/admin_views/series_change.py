"""A new time or place for a meeting of a series, for it alone or for it and the rest."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from meetings.admin_views.meeting import MeetingAdminMixin
from meetings.models import MeetingMode, Weekday
from meetings.services import ChangeScope, meeting_series_change
from members.models import Organisation


class SeriesChangeForm(forms.Form):
    scope = forms.ChoiceField(
        label=_("Change"), choices=ChangeScope.choices, widget=forms.RadioSelect
    )
    weekday = forms.TypedChoiceField(label=_("weekday"), choices=Weekday.choices, coerce=int)
    start_time = forms.TimeField(label=_("start time"))
    duration_minutes = forms.IntegerField(
        label=_("duration in minutes"), min_value=15, max_value=600
    )
    mode = forms.ChoiceField(label=_("mode"), choices=MeetingMode.choices)
    host = forms.ModelChoiceField(
        label=_("host organisation"), queryset=Organisation.objects.all(), required=False
    )
    address = forms.CharField(label=_("address"), max_length=200, required=False)


class SeriesChangeView(MeetingAdminMixin, FormView):
    template_name = "meetings/admin/series_change.html"
    form_class = SeriesChangeForm
    page_title = _("Change time or place")

    def get_initial(self):
        start = timezone.localtime(self.meeting.start)
        minutes = int((self.meeting.end - self.meeting.start).total_seconds() // 60)
        return {
            "scope": ChangeScope.THIS_ONLY,
            "weekday": start.weekday(),
            "start_time": start.time().replace(second=0, microsecond=0),
            "duration_minutes": minutes,
            "mode": self.meeting.mode,
            "host": self.meeting.host_id,
            "address": self.meeting.address,
        }

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.meeting.series_id is None:
            form.fields["scope"].choices = [ChangeScope.choices[0]]
        return form

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            meeting=self.meeting,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.meeting.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            changed = meeting_series_change(
                meeting=self.meeting, user=self.request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("%(count)s meetings changed. Registered members hear of it by e-mail.")
            % {"count": len(changed)},
        )
        return redirect("wagtailadmin_pages:edit", self.meeting.pk)
