"""The shared components every app includes: what a screen reader and a visitor get."""

import pytest
from django import forms
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


class ExampleForm(forms.Form):
    email = forms.EmailField(label="E-mailadres", help_text="Uw werkadres.")
    consent = forms.BooleanField(label="Ik ga akkoord")
    remark = forms.CharField(label="Opmerking", required=False, widget=forms.Textarea)


def test_form_field_links_its_error_and_help_text_to_the_input():
    form = ExampleForm(data={"email": "geen-adres"})
    form.is_valid()

    html = render_to_string("components/form_field.html", {"field": form["email"]})

    assert '<label class="utrecht-form-label" for="id_email">E-mailadres</label>' in html
    assert 'id="id_email_error"' in html and 'id="id_email_helptext"' in html
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert "utrecht-textbox--invalid" in html


def test_form_field_renders_checkboxes_and_marks_optional_fields():
    form = ExampleForm()

    consent = render_to_string("components/form_field.html", {"field": form["consent"]})
    remark = render_to_string("components/form_field.html", {"field": form["remark"]})

    assert consent.index('type="checkbox"') < consent.index("Ik ga akkoord")
    assert "utrecht-textarea" in remark and "(niet verplicht)" in remark


@pytest.mark.parametrize(
    "page_number, shown, hidden", [(1, ["2", "3"], ["Vorige"]), (20, ["19"], ["Volgende"])]
)
def test_pagination_keeps_filters_and_elides_long_ranges(page_number, shown, hidden):
    request = RequestFactory().get("/kennisbank/", {"thema": "groen", "pagina": page_number})
    page_obj = Paginator(range(200), 10).get_page(page_number)

    html = render_to_string(
        "components/pagination.html", {"page_obj": page_obj, "request": request}
    )

    assert f'aria-current="page" aria-label="Pagina {page_number}"' in html
    assert "thema=groen" in html and "…" in html
    for text in shown:
        assert f">{text}</a>" in html
    for text in hidden:
        assert text not in html


def test_alert_announces_errors_and_card_links_its_title():
    error = render_to_string("components/alert.html", {"type": "error", "message": "Mislukt"})
    card = render_to_string(
        "components/card.html", {"title": "Groenbeheer", "url": "/x/", "meta": "Utrecht"}
    )

    assert 'role="alert"' in error and "utrecht-alert--error" in error
    assert '<h3 class="ck-card__title">' in card and 'href="/x/">Groenbeheer</a>' in card


def test_data_list_shows_a_dash_for_missing_values():
    html = render_to_string(
        "components/data_list.html", {"items": [("Thema", "Groen"), ("Budget", "")]}
    )

    assert '<dt class="utrecht-data-list__item-key">Budget</dt>' in html
    assert "—" in html


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("anne@utrecht.nl", "anne@<wbr>utrecht.nl"),
        ('<b>"x"</b>@evil.example', "&lt;b&gt;&quot;x&quot;&lt;/b&gt;@<wbr>evil.example"),
        ("<i>geen-adres</i>", "&lt;i&gt;geen-adres&lt;/i&gt;"),
    ],
)
def test_an_email_address_may_wrap_after_the_at_and_its_markup_is_escaped(address, shown):
    from django.template import Context, Template

    template = Template("{% load site_tags %}{{ address|email_breaks }}")

    assert template.render(Context({"address": address})) == shown
