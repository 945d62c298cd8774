from django import forms
from django.utils.translation import gettext_lazy as _

from members.form_wording import FieldWordingMixin


class SearchForm(FieldWordingMixin, forms.Form):
    error_wording = {"q": {"required": _("Enter what you are looking for")}}

    q = forms.CharField(
        label=_("Search term"),
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
