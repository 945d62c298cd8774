"""The rows of the form a member shares a case with: its criteria, result figures and
documents, each a set of numbered rows (``knowledge.forms.SubmissionForms`` holds them).

Uploads are judged by the project's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``):
extension, size and content, as in the admin. Nothing is saved here.
"""

from django import forms
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.models import Collection

from knowledge.taxonomies import AmbitionLevel, CriterionKind
from members.form_wording import apply_wording


def _choices(empty_label, choices):
    return [("", empty_label), *choices]


def _textarea(rows=5):
    return forms.Textarea(attrs={"rows": rows})


class NumberedRowsFormSet(forms.BaseFormSet):
    """Rows numbered from 1, so an error names the row: "Vul de titel van criterium 2 in".

    Saved rows are shown filled in, but are rows like any other: emptied, a row is left
    out (Django's "initial forms" would have to be filled in again).
    """

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "number": index + 1}

    def initial_form_count(self):
        return 0

    def show_empty_rows(self, empty: int) -> None:
        """The saved rows, then ``empty`` empty ones, on a form not sent yet."""
        saved = len(self.initial or [])
        self.extra = max(saved + empty - self.min_num, 0)


class RowForm(forms.Form):
    use_required_attribute = False

    def has_changed(self) -> bool:
        """Filled in, when anything is typed or ticked in it (whatever was saved before)."""
        return any(self[name].data not in (None, "", [], False) for name in self.fields)

    def wording(self, number: int) -> dict:
        return {}

    def __init__(self, *args, number: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.number = number
        apply_wording(self, self.wording(number))


class CriterionForm(RowForm):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=_choices(_("Choose a kind"), CriterionKind.choices)
    )
    ambition_level = forms.TypedChoiceField(
        label=_("Ambition level"),
        coerce=int,
        empty_value=None,
        required=False,
        choices=_choices(_("Not given"), AmbitionLevel.choices),
    )
    title = forms.CharField(label=_("Title"), max_length=160)
    text = forms.CharField(
        label=_("Text"),
        max_length=4000,
        widget=_textarea(4),
        help_text=_("As it was in the tender documents, so others can reuse it."),
    )

    def wording(self, number):
        choose_kind = _("Choose the kind of criterion %(number)s") % {"number": number}
        return {
            "kind": {"required": choose_kind, "invalid_choice": choose_kind},
            "ambition_level": {
                "invalid_choice": _("Choose the ambition level of criterion %(number)s")
                % {"number": number}
            },
            "title": {
                "required": _("Enter the title of criterion %(number)s") % {"number": number}
            },
            "text": {"required": _("Enter the text of criterion %(number)s") % {"number": number}},
        }


class FigureForm(RowForm):
    indicator = forms.CharField(
        label=_("Indicator"), max_length=120, help_text=_("Like MKI, CO2 or secondary material.")
    )
    baseline = forms.DecimalField(
        label=_("Baseline"),
        max_digits=14,
        decimal_places=2,
        required=False,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        help_text=_("The value before, or of the usual solution. Leave empty if unknown."),
    )
    achieved = forms.DecimalField(
        label=_("Achieved"),
        max_digits=14,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    unit = forms.CharField(label=_("Unit"), max_length=40, help_text=_("Like %, t CO2/yr or €/m²."))
    source = forms.CharField(
        label=_("Source"),
        max_length=200,
        required=False,
        help_text=_("Where the figure comes from."),
    )

    def wording(self, number):
        values = {"number": number}
        number_like = _("Enter a number like 12.5 for result %(number)s") % values
        return {
            "indicator": {"required": _("Enter the indicator of result %(number)s") % values},
            "baseline": {"invalid": number_like},
            "achieved": {
                "required": _("Enter the achieved value of result %(number)s") % values,
                "invalid": number_like,
            },
            "unit": {"required": _("Enter the unit of result %(number)s") % values},
        }


class DocumentForm(RowForm):
    file = forms.FileField(label=_("File"))
    description = forms.CharField(
        label=_("Description"),
        max_length=200,
        required=False,
        help_text=_("Like “Award guide” or “Evaluation report”."),
    )
    members_only = forms.BooleanField(label=_("Only for members"), required=False)

    def wording(self, number):
        return {
            "file": {"required": _("Choose the file of document %(number)s") % {"number": number}}
        }

    def clean(self):
        """Check the file as the admin does: an allowed extension, the size limit, and
        content that is what the extension promises. Nothing is saved yet."""
        cleaned = super().clean()
        file = cleaned.get("file")
        if file is None:
            return cleaned
        form_class = get_document_form(get_document_model())
        document_form = form_class(
            data={
                "title": cleaned.get("description") or file.name.rsplit(".", 1)[0][:200],
                "collection": Collection.get_first_root_node().pk,
            },
            files={"file": file},
        )
        if not document_form.is_valid():
            for errors in document_form.errors.values():
                for error in errors:
                    self.add_error("file", error)
            return cleaned
        cleaned["document"] = document_form.instance
        return cleaned


def _formset(form, *, extra, max_num, min_num=0):
    return formset_factory(
        form,
        formset=NumberedRowsFormSet,
        extra=extra,
        # The first ``min_num`` rows must be filled in; their own errors say so, which
        # Django's "submit at least 1 form" would only repeat.
        min_num=min_num,
        max_num=max_num,
        validate_max=True,
        absolute_max=max_num,
    )


CRITERIA_MAX, FIGURES_MAX, DOCUMENTS_MAX = 20, 20, 5
# Empty rows after the filled ones: enough for a first case; save and come back for more.
CriteriaFormSet = _formset(CriterionForm, extra=0, min_num=1, max_num=CRITERIA_MAX)
FiguresFormSet = _formset(FigureForm, extra=0, max_num=FIGURES_MAX)
DocumentsFormSet = _formset(DocumentForm, extra=2, max_num=DOCUMENTS_MAX)
