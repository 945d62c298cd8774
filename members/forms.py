"""Forms of the public site and the account pages.

Every field is length-limited and validated; what people type is stored as typed and
always shown escaped, so HTML in a field appears as text.
"""

import uuid

from allauth.account import forms as allauth_forms
from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from members.models import ContactRequest, JoinRequest, Membership, Organisation
from members.services.memberships import signup_allowed
from members.signals import session_invitation

phone_validator = RegexValidator(
    r"^\+?[0-9 ()\-]{6,20}$",
    _("Enter a phone number of digits, for example 030 123 45 67 or +31 30 123 45 67."),
)


def empty_choice_label(field, label) -> None:
    """Say in words what the empty first option of a choice field means."""
    field.choices = [("", label), *list(field.choices)[1:]]


def retention_text() -> str:
    months = settings.MEMBERS_RETENTION_MONTHS
    return ngettext(
        "We use these details only to handle your request, and remove them %(months)s "
        "month after it has been handled.",
        "We use these details only to handle your request, and remove them %(months)s "
        "months after it has been handled.",
        months,
    ) % {"months": months}


class PublicRequestForm(forms.ModelForm):
    """A request from a visitor: one save per shown form, and a trap for robots."""

    # Hidden from people by the style sheet; robots that fill in every field fill it too.
    leave_empty = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self.fields["leave_empty"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["consent"].required = True
        self.fields["consent"].help_text = retention_text()
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(self.add_prefix("leave_empty")))

    def request_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class JoinRequestForm(PublicRequestForm):
    class Meta:
        model = JoinRequest
        fields = [*JoinRequest.SUBMITTED_FIELDS, "consent"]
        labels = {
            "organisation_name": _("Name of your organisation"),
            "contact_name": _("Your name"),
            "email": _("Your work e-mail address"),
            "role": _("Your role"),
            "motivation": _("Why does your organisation want to take part?"),
            "consent": _("I agree that the coalition processes these details for this request."),
        }
        help_texts = {
            "organisation_name": _("For example: Gemeente Lopik."),
            "motivation": _("At most 2000 characters."),
        }
        widgets = {"motivation": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].validators.append(phone_validator)
        empty_choice_label(self.fields["organisation_kind"], _("Choose a kind"))
        empty_choice_label(self.fields["role"], _("Choose a role"))
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"


class ContactRequestForm(PublicRequestForm):
    class Meta:
        model = ContactRequest
        fields = [*ContactRequest.SUBMITTED_FIELDS, "consent"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Your organisation"),
            "message": _("Your message"),
            "consent": _("I agree that the coalition processes these details for this request."),
        }
        help_texts = {"message": _("At most 4000 characters.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up, open to participating organisations' domains and to invitations."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["first_name", "last_name", "email", "password1", "password2"])
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.invitation = session_invitation(allauth_context.request)
        if self.invitation and not self.is_bound:
            self.fields["email"].initial = self.invitation.email

    def clean_email(self) -> str:
        email = super().clean_email()
        if not signup_allowed(email, self.invitation):
            raise forms.ValidationError(
                _(
                    "Only people of a participating organisation can create an account: "
                    "use your work e-mail address, or the link in your invitation."
                ),
                code="not_allowed",
            )
        return email


class MembershipDetailsForm(forms.ModelForm):
    """What a member may change about themselves; the organisation is the coordinator's.

    Only validates: ``membership_details_update`` saves, the name on the account too.
    """

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    class Meta:
        model = Membership
        fields = ["role", "job_title", "phone", "in_directory"]
        labels = {"in_directory": _("Show me in the member directory")}
        help_texts = {
            "in_directory": _(
                "Other members then see your name, organisation, role, job title, e-mail "
                "address and phone number."
            )
        }

    def __init__(self, *args, user, **kwargs):
        kwargs.setdefault("initial", {}).update(
            first_name=user.first_name, last_name=user.last_name
        )
        super().__init__(*args, **kwargs)
        self.order_fields(["first_name", "last_name", "role", "job_title", "phone"])
        self.fields["phone"].validators.append(phone_validator)
        empty_choice_label(self.fields["role"], _("Not given"))


class AccountDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete my account, my membership and my invitations."),
    )


class DirectoryFilterForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.participating(),
        to_field_name="slug",
        required=False,
        empty_label=_("All organisations"),
    )
