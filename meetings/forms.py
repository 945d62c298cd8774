from django import forms
from django.utils.translation import gettext_lazy as _

from meetings.models import Attendance, MeetingPage


class RegistrationForm(forms.Form):
    """A member's answer to a meeting: in person, online, or apologies."""

    attendance = forms.ChoiceField(
        label=_("Will you come?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether and how you will come.")},
    )
    show_name = forms.BooleanField(
        label=_("Show my name to other members in the list of attendees"),
        required=False,
        help_text=_("Without it, other members only see your organisation."),
    )

    def __init__(self, *args, meeting: MeetingPage, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [
            (value, label)
            for value, label in Attendance.choices
            if (value != Attendance.IN_PERSON or meeting.in_person)
            and (value != Attendance.ONLINE or meeting.online)
        ]
        self.fields["attendance"].choices = choices
        self.fields["attendance"].worded_messages = [
            self.fields["attendance"].error_messages["required"]
        ]
