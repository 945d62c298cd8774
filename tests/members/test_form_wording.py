"""Every form says what to do in the field's own words, in one error pattern.

A new form joins the list in _form_classes, and so the checks below.
"""

import re
import uuid

import pytest
from allauth.account import forms as allauth_forms
from django import forms
from django.conf import settings
from django.test import RequestFactory
from django.utils.module_loading import import_string
from django.utils.translation import override

from cirkelinkoop.forms import SearchForm
from members import forms as member_forms
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

DJANGO_REQUIRED = str(forms.Field.default_error_messages["required"])
SUMMARY_LINKS = re.compile(
    r'<li class="utrecht-unordered-list__item"><a[^>]*href="#([^"]+)">([^<]*)</a>'
)


def _empty_join() -> dict:
    # An empty POST is an unbound form: the key makes it a submitted, empty one.
    return {"submission_key": str(uuid.uuid4())}


def _form_classes():
    """The members app's forms and every allauth form the portal configures."""
    classes = {
        "join": member_forms.JoinRequestForm,
        "contact": member_forms.ContactRequestForm,
        "details": member_forms.MembershipDetailsForm,
        "account_delete": member_forms.AccountDeleteForm,
        "directory": member_forms.DirectoryFilterForm,
        "search": SearchForm,
    }
    classes.update({name: import_string(path) for name, path in settings.ACCOUNT_FORMS.items()})
    return classes


def _empty_form(form_class, rf):
    request = rf.post("/")
    request.user = UserFactory()
    request.session = {}
    kwargs = {"data": {}}
    if form_class is member_forms.MembershipDetailsForm:
        membership = MembershipFactory(user=request.user)
        kwargs.update(instance=membership, user=request.user)
    elif issubclass(form_class, allauth_forms.LoginForm):
        kwargs["request"] = request
    elif issubclass(form_class, allauth_forms.UserForm | allauth_forms.ReauthenticateForm):
        kwargs["user"] = request.user
    from allauth.core import context

    with context.request_context(request):
        form = form_class(**kwargs)
        form.is_valid()
    return form


@pytest.mark.parametrize("name, form_class", sorted(_form_classes().items()))
def test_each_required_field_says_what_to_do_in_its_own_words(name, form_class, rf: RequestFactory):
    form = _empty_form(form_class, rf)
    required = [n for n, f in form.fields.items() if f.required and not f.widget.is_hidden]

    messages = {}
    for field_name in required:
        assert [e.code for e in form.errors.as_data()[field_name]] == ["required"], field_name
        message = str(form.errors[field_name][0])
        assert message != DJANGO_REQUIRED, f"{name}.{field_name} says Django's generic text"
        messages[field_name] = message
    # Each field its own words: no two required fields of a form share one message.
    assert len(set(messages.values())) == len(messages), messages


def test_allauth_forms_are_the_portals_own():
    for path in settings.ACCOUNT_FORMS.values():
        assert path.startswith("members.forms."), path


def test_no_placeholder_repeats_a_label(rf):
    for form_class in _form_classes().values():
        form = _empty_form(form_class, rf)
        for field in form.fields.values():
            assert "placeholder" not in field.widget.attrs, form_class


def test_the_join_form_comes_back_with_worded_errors_and_one_summary(client, home):
    with override("nl"):
        response = client.post("/deelnemen/", _empty_join())
    html = response.content.decode()

    assert re.search(r"<title>Fout: ", html)
    links = dict(SUMMARY_LINKS.findall(html))
    assert links["id_organisation_name"] == "Vul de naam van je organisatie in"
    assert links["id_consent"] == "Geef aan of je akkoord gaat met het verwerken van deze gegevens"
    assert "Dit is een verplicht veld" not in html
    # The consent's long label is not repeated in the summary.
    assert "Ik ga ermee akkoord" not in html.split('class="ck-form"')[0]


def test_a_checkbox_error_sits_above_the_box_like_every_other_error(client, home):
    html = client.post("/deelnemen/", _empty_join()).content.decode()

    consent_error = html.index('id="id_consent_error"')
    assert consent_error < html.index('id="id_consent"')
    name_error = html.index('id="id_organisation_name_error"')
    assert name_error < html.index('id="id_organisation_name"')


def test_pristine_required_fields_are_not_invalid_to_the_browser(client, home):
    html = client.get("/deelnemen/").content.decode()

    fields = re.findall(r"<(?:input|textarea|select)\b[^>]*>", html)
    named = [f for f in fields if 'name="organisation_name"' in f or 'name="consent"' in f]
    assert named and all(" required" not in f for f in named)
    assert all('aria-required="true"' in f for f in named)
    assert "aria-invalid" not in html


def test_a_page_without_errors_has_a_plain_title(client, home):
    html = client.get("/deelnemen/").content.decode()

    assert "<title>Fout" not in html


def test_a_failed_sign_in_shows_in_the_error_summary(client, member):
    response = client.post(
        "/account/login/", {"login": "bram@utrecht.example", "password": "onjuist"}
    )
    html = response.content.decode()

    assert response.context["form"].non_field_errors()
    assert re.search(r"<title>Fout: ", html)
    assert html.count("ck-error-summary") >= 1
    assert html.count('role="alert"') == 1
    assert "placeholder=" not in html


def test_sign_in_says_why_when_a_members_only_page_sent_the_visitor(client, home):
    sent = client.get("/account/login/?next=/deelnemers/leden/").content.decode()
    plain = client.get("/account/login/").content.decode()

    why = "alleen voor leden"
    assert why in sent
    assert why not in plain


def test_sign_in_sign_up_and_password_pages_speak_as_je(client, home):
    for path in ("/account/login/", "/account/signup/", "/account/password/reset/"):
        html = client.get(path).content.decode()
        text = re.sub(r"<[^>]+>", " ", html)
        assert not re.search(r"\b(Uw|uw|u|a\.u\.b)\b", text), path


def test_the_only_primary_address_has_no_pointless_buttons(client, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=member, email=member.email, defaults={"primary": True, "verified": True}
    )
    client.force_login(member)

    html = client.get("/account/email/").content.decode()

    assert member.email in html
    assert 'name="action_primary"' not in html
    assert 'name="action_remove"' not in html
    assert 'name="action_send"' not in html


def test_a_second_address_can_be_made_primary_or_removed(client, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=member, email=member.email, defaults={"primary": True, "verified": True}
    )
    EmailAddress.objects.create(user=member, email="b.lid@utrecht.example", verified=False)
    client.force_login(member)

    html = client.get("/account/email/").content.decode()

    assert 'name="action_primary"' in html and 'name="action_remove"' in html
    assert 'name="action_send"' in html


def test_an_error_in_other_words_is_named_by_the_fields_current_label(client, home):
    response = client.post(
        "/account/signup/",
        {
            "first_name": "Iemand",
            "last_name": "Van Buiten",
            "email": "iemand@bedrijf.example",
            "password1": "een-lang-wachtwoord-2026",
            "password2": "een-lang-wachtwoord-2026",
        },
    )
    links = dict(SUMMARY_LINKS.findall(response.content.decode()))

    assert links["id_email"].startswith("E-mailadres: ")
