"""The case library's filters: the facets, and the form that reads them from the query
string.

Every filter is a plain GET parameter with a Dutch name, so a filtered view is a link
anyone can share, and the form works without JavaScript. What does not validate is left
out, never an error: an old link to a theme that was removed shows the whole library.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

MAX_QUERY_LENGTH = 200
QUERY_LABEL = _("Search term")


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    legend: str


THEME = Facet("thema", _("Theme"))
PRODUCT_GROUP = Facet("productgroep", _("Product group"))
STRATEGY = Facet("strategie", _("Circular strategy"))
PROCEDURE = Facet("procedure", _("Procedure"))
CONTRACT_TYPE = Facet("soort", _("Contract type"))
ORGANISATION = Facet("organisatie", _("Organisation"))
YEAR = Facet("jaar", _("Year of award"))
FACETS = (THEME, PRODUCT_GROUP, STRATEGY, PROCEDURE, CONTRACT_TYPE, ORGANISATION, YEAR)

SORT_NEWEST = "nieuwste"
SORT_RELEVANCE = "relevantie"
SORT_YEAR = "jaar"
SORT_CHOICES = [
    (SORT_RELEVANCE, pgettext_lazy("sort order", "Best match")),
    (SORT_NEWEST, pgettext_lazy("sort order", "Newest first")),
    (SORT_YEAR, pgettext_lazy("sort order", "Year of award")),
]


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Ticked values that exist, in the order of the choices; unknown ones are dropped."""

    def clean(self, value):
        sent = {str(item) for item in (value or []) if isinstance(item, str)}
        return [str(key) for key, _label in self.choices if str(key) in sent]


class LibraryFilterForm(forms.Form):
    """The query string of /kennisbank/, checked against the values the library has.

    ``choices`` maps each facet's name to its ``(value, label)`` pairs: the values the
    cases a reader may see have, so a filter can never name something hidden from them.
    """

    q = forms.CharField(
        label=_("Search the case library"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    sorteer = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, data, *, choices: dict[str, list[tuple[str, str]]], initial=None):
        super().__init__(data, initial=initial)
        for facet in FACETS:
            self.fields[facet.name] = LenientMultipleChoiceField(
                label=facet.legend,
                required=False,
                choices=choices.get(facet.name, []),
                widget=forms.CheckboxSelectMultiple,
            )

    def values(self) -> tuple[str, dict[str, list[str]], str]:
        """``(q, {facet: ticked values}, sort)``; each field that does not validate empty."""
        self.is_valid()
        cleaned = self.cleaned_data
        query = " ".join(cleaned.get("q", "").split())
        selected = {facet.name: cleaned.get(facet.name, []) for facet in FACETS}
        sort = cleaned.get("sorteer") or ""
        if sort == SORT_RELEVANCE and not query or sort not in dict(SORT_CHOICES):
            sort = SORT_RELEVANCE if query else SORT_NEWEST
        return query, selected, sort
