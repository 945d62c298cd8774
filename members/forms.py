"""Forms of the public site and the account pages.

Every field is length-limited and validated; what people type is stored as typed and
always shown escaped, so HTML in a field appears as text.
"""

import uuid

from allauth.account import forms as allauth_forms
from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.core.validators import RegexValidator
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from members.form_wording import FieldWordingMixin
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


# What to do, in each field's own words; shared by the forms that ask the same thing.
ENTER_EMAIL_LIKE = _("Enter an e-mail address like name@organisation.nl")
WORK_EMAIL = {
    "required": _("Enter your work e-mail address"),
    "invalid": ENTER_EMAIL_LIKE,
}
CONSENT = {"required": _("Say whether you agree that we process these details")}
CONSENT_SHORT_LABEL = _("Agreement to processing")
FIRST_NAME = {"required": _("Enter your first name")}
LAST_NAME = {"required": _("Enter your last name")}
NEW_PASSWORD = {"required": _("Choose a password")}
NEW_PASSWORD_AGAIN = {"required": _("Enter the password a second time")}


def password_help_text() -> str:
    """The password rules in the portal's voice ("je"), from the configured validators.

    Django's Dutch help texts say "Uw wachtwoord ..."; the portal speaks to people as "je".
    """
    min_length = next(
        (
            validator.min_length
            for validator in password_validation.get_default_password_validators()
            if isinstance(validator, password_validation.MinimumLengthValidator)
        ),
        None,
    )
    rules = _(
        "Not a password many people use, not only digits, and not too much like your name "
        "or e-mail address."
    )
    if min_length is None:
        return str(rules)
    return "{} {}".format(
        ngettext(
            "At least %(min_length)d character.",
            "At least %(min_length)d characters.",
            min_length,
        )
        % {"min_length": min_length},
        rules,
    )


password_help_text_lazy = lazy(password_help_text, str)


def retention_text() -> str:
    months = settings.MEMBERS_RETENTION_MONTHS
    return ngettext(
        "We use these details only to handle your request, and remove them %(months)s "
        "month after it has been handled.",
        "We use these details only to handle your request, and remove them %(months)s "
        "months after it has been handled.",
        months,
    ) % {"months": months}


class PublicRequestForm(FieldWordingMixin, forms.ModelForm):
    """A request from a visitor: one save per shown form, and a trap for robots."""

    short_labels = {"consent": CONSENT_SHORT_LABEL}

    # Hidden from people by the style sheet; robots that fill in every field fill it too.
    leave_empty = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self.fields["leave_empty"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        # Only a page kept open for very long, or a tampered one, loses its key.
        self.fields["submission_key"].error_messages.update(
            required=_("This form has expired: send it again"),
            invalid=_("This form has expired: send it again"),
        )
        self.fields["consent"].required = True
        self.fields["consent"].help_text = retention_text()
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(self.add_prefix("leave_empty")))

    def request_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class JoinRequestForm(PublicRequestForm):
    error_wording = {
        "organisation_name": {"required": _("Enter the name of your organisation")},
        "organisation_kind": {
            "required": _("Choose the kind of organisation"),
            "invalid_choice": _("Choose the kind of organisation"),
        },
        "contact_name": {"required": _("Enter your name")},
        "email": WORK_EMAIL,
        "role": {"required": _("Choose your role"), "invalid_choice": _("Choose your role")},
        "motivation": {
            "required": _("Tell us why your organisation wants to take part"),
            "max_length": _(
                "Make your motivation shorter: at most %(limit_value)d characters "
                "(it has %(show_value)d)"
            ),
        },
        "consent": CONSENT,
    }

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
    error_wording = {
        "name": {"required": _("Enter your name")},
        "email": {"required": _("Enter your e-mail address"), "invalid": ENTER_EMAIL_LIKE},
        "subject": {"required": _("Enter the subject of your message")},
        "message": {
            "required": _("Write your message"),
            "max_length": _(
                "Make your message shorter: at most %(limit_value)d characters "
                "(it has %(show_value)d)"
            ),
        },
        "consent": CONSENT,
    }

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


class SignupForm(FieldWordingMixin, allauth_forms.SignupForm):
    """allauth's sign-up, open to participating organisations' domains and to invitations."""

    error_wording = {
        "first_name": FIRST_NAME,
        "last_name": LAST_NAME,
        "email": WORK_EMAIL,
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD_AGAIN,
    }

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["first_name", "last_name", "email", "password1", "password2"])
        self.fields["email"].label = _("E-mail address")
        self.fields["password1"].help_text = password_help_text_lazy()
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


class MembershipDetailsForm(FieldWordingMixin, forms.ModelForm):
    """What a member may change about themselves; the organisation is the coordinator's.

    Only validates: ``membership_details_update`` saves, the name on the account too.
    """

    error_wording = {
        "first_name": FIRST_NAME,
        "last_name": LAST_NAME,
        "role": {"invalid_choice": _("Choose your role from the list")},
    }

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


class AccountDeleteForm(FieldWordingMixin, forms.Form):
    error_wording = {
        "confirm": {"required": _("Tick the box if you want to delete your account")},
    }
    short_labels = {"confirm": _("Confirmation")}

    confirm = forms.BooleanField(
        label=_("Yes, delete my account, my membership and my invitations."),
    )


class DirectoryFilterForm(FieldWordingMixin, forms.Form):
    error_wording = {
        "organisation": {"invalid_choice": _("Choose an organisation from the list")},
    }

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.participating(),
        to_field_name="slug",
        required=False,
        empty_label=_("All organisations"),
    )


# allauth's other forms (ACCOUNT_FORMS), with their errors in the fields' own words, no
# placeholders and the portal's labels.


class LoginForm(FieldWordingMixin, allauth_forms.LoginForm):
    error_wording = {
        "login": {"required": _("Enter your e-mail address"), "invalid": ENTER_EMAIL_LIKE},
        "password": {"required": _("Enter your password")},
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail address")


class ReauthenticateForm(FieldWordingMixin, allauth_forms.ReauthenticateForm):
    error_wording = {"password": {"required": _("Enter your password")}}


class ResetPasswordForm(FieldWordingMixin, allauth_forms.ResetPasswordForm):
    error_wording = {
        "email": {
            "required": _("Enter the e-mail address of your account"),
            "invalid": ENTER_EMAIL_LIKE,
        }
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("E-mail address")


class AddEmailForm(FieldWordingMixin, allauth_forms.AddEmailForm):
    error_wording = {
        "email": {
            "required": _("Enter the e-mail address you want to add"),
            "invalid": ENTER_EMAIL_LIKE,
        }
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("E-mail address")


class ChangePasswordForm(FieldWordingMixin, allauth_forms.ChangePasswordForm):
    error_wording = {
        "oldpassword": {"required": _("Enter your current password")},
        "password1": {"required": _("Choose your new password")},
        "password2": {"required": _("Enter the new password a second time")},
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = password_help_text_lazy()


class SetPasswordForm(FieldWordingMixin, allauth_forms.SetPasswordForm):
    error_wording = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD_AGAIN}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = password_help_text_lazy()


class ResetPasswordKeyForm(FieldWordingMixin, allauth_forms.ResetPasswordKeyForm):
    error_wording = {
        "password1": {"required": _("Choose your new password")},
        "password2": {"required": _("Enter the new password a second time")},
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = password_help_text_lazy()
