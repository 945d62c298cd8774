"""The form a member shares a case with (/kennisbank/nieuw/): the case, and with its
rows (``knowledge.form_rows``: criteria, result figures, documents) one ``SubmissionForms``.

Only validates; ``knowledge.services.submission_save`` saves.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from knowledge.form_rows import CriteriaFormSet, DocumentsFormSet, FiguresFormSet
from knowledge.models import CasePage, ProductGroup, Strategy, ThemePage
from knowledge.models.cases import FIRST_YEAR
from knowledge.services import DocumentUpload, SubmissionContent, rich_text_to_text
from knowledge.taxonomies import (
    CircularStrategy,
    ContractType,
    Procedure,
    ValueBand,
)
from knowledge.validators import validate_cpv_code, validate_tenderned_number
from members.form_wording import FieldWordingMixin
from members.models import Organisation

TEXT_MAX_LENGTH = 6000
CASE_FIELDS = (
    "title",
    "summary",
    "buyer_organisation",
    "buyer_name",
    "year_awarded",
    "contract_type",
    "procedure",
    "value_band",
    "product_group",
    "tenderned_number",
    "cpv_main",
    "approach",
    "lessons_learned",
    "what_did_not_work",
)


def _choices(empty_label, choices):
    return [("", empty_label), *choices]


def _years():
    newest = timezone.localdate().year + 1
    return [(year, str(year)) for year in range(newest, FIRST_YEAR - 1, -1)]


def _textarea(rows=5):
    return forms.Textarea(attrs={"rows": rows})


class CaseSubmissionForm(FieldWordingMixin, forms.Form):
    error_wording = {
        "title": {"required": _("Enter the title of the case")},
        "summary": {
            "required": _("Write a summary of the case"),
            "max_length": _(
                "Make the summary shorter: at most %(limit_value)d characters "
                "(it has %(show_value)d)"
            ),
        },
        "buyer_organisation": {"invalid_choice": _("Choose the organisation from the list")},
        "year_awarded": {
            "required": _("Choose the year of award"),
            "invalid_choice": _("Choose the year of award from the list"),
        },
        "contract_type": {
            "required": _("Choose the contract type"),
            "invalid_choice": _("Choose the contract type from the list"),
        },
        "procedure": {
            "required": _("Choose the procedure"),
            "invalid_choice": _("Choose the procedure from the list"),
        },
        "value_band": {"invalid_choice": _("Choose the value from the list")},
        "product_group": {
            "required": _("Choose the product group"),
            "invalid_choice": _("Choose the product group from the list"),
        },
        "themes": {"invalid_choice": _("Choose themes from the list")},
        "strategies": {"invalid_choice": _("Choose circular strategies from the list")},
        "documents_removed": {"invalid_choice": _("Choose documents of this case")},
    }
    short_labels = {"members_only": _("Members only")}

    title = forms.CharField(
        label=_("Title"),
        max_length=120,
        help_text=_("What was bought, and where: like “Circular maintenance of public green”."),
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=_textarea(4),
        help_text=_(
            "One paragraph: what was bought, how, and the main result. At most 600 characters."
        ),
    )
    buyer_organisation = forms.ModelChoiceField(
        label=_("Buying organisation"),
        queryset=Organisation.objects.participating(),
        required=False,
        empty_label=_("Another organisation (write its name below)"),
        help_text=_("Yours, another participant, or a buyer outside the coalition."),
    )
    buyer_name = forms.CharField(
        label=_("Buyer outside the coalition"),
        max_length=120,
        required=False,
        help_text=_("Only when the buyer is not a participating organisation."),
    )
    year_awarded = forms.TypedChoiceField(label=_("Year of award"), coerce=int, choices=())
    contract_type = forms.ChoiceField(
        label=_("Contract type"),
        choices=_choices(_("Choose a contract type"), ContractType.choices),
    )
    procedure = forms.ChoiceField(
        label=_("Procedure"), choices=_choices(_("Choose a procedure"), Procedure.choices)
    )
    value_band = forms.ChoiceField(
        label=_("Estimated value"),
        required=False,
        choices=_choices(_("Not given"), ValueBand.choices),
        help_text=_("Excluding VAT, including options to extend."),
    )
    product_group = forms.ModelChoiceField(
        label=_("Product group"),
        queryset=ProductGroup.objects.all(),
        empty_label=_("Choose a product group"),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=ThemePage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    # The R-ladder is a fixed list: its choices need no query.
    strategies = forms.MultipleChoiceField(
        label=_("Circular strategies"),
        choices=CircularStrategy.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The rungs of the R-ladder the tender aimed at."),
    )
    tenderned_number = forms.CharField(
        label=_("Publication number on TenderNed"),
        max_length=7,
        required=False,
        validators=[validate_tenderned_number],
        help_text=_("Five to seven digits, like 312345."),
    )
    cpv_main = forms.CharField(
        label=_("Main CPV code"),
        max_length=10,
        required=False,
        validators=[validate_cpv_code],
        help_text=_("Like 77310000-6. Copy it from the notice on TenderNed."),
    )
    approach = forms.CharField(
        label=_("Approach"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=_textarea(),
        help_text=_("How did you go about it: market consultation, instruments, the procedure."),
    )
    lessons_learned = forms.CharField(
        label=_("Lessons learned"), max_length=TEXT_MAX_LENGTH, required=False, widget=_textarea()
    )
    what_did_not_work = forms.CharField(
        label=_("What did not work"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=_textarea(),
        help_text=_("Failures teach as much as successes: what would you do differently?"),
    )
    members_only = forms.BooleanField(
        label=_("Only for members of the coalition"),
        required=False,
        help_text=_("Visitors without an account then do not see the case, nor its documents."),
    )
    documents_removed = forms.TypedMultipleChoiceField(
        label=_("Remove documents"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, membership=None, case: CasePage | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year_awarded"].choices = _choices(_("Choose a year"), _years())
        # Members see members-only pages too: every live theme is theirs to choose.
        self.fields["themes"].queryset = ThemePage.objects.live().order_by("title")
        documents = list(case.documents.select_related("document")) if case else []
        self.fields["documents_removed"].choices = [
            (item.pk, item.description or item.document.title) for item in documents
        ]
        if not documents:
            del self.fields["documents_removed"]
        if case is None and membership is not None and not self.is_bound:
            self.initial.setdefault("buyer_organisation", membership.organisation_id)
        self.fields["title"].widget.attrs["autocomplete"] = "off"

    def clean(self):
        cleaned = super().clean()
        organisation, name = cleaned.get("buyer_organisation"), cleaned.get("buyer_name")
        if organisation and name:
            self.add_error(
                "buyer_name",
                _("Choose a participating organisation or write a name, not both."),
            )
        elif not organisation and not name and "buyer_organisation" not in self.errors:
            self.add_error(
                "buyer_organisation", _("Choose the buying organisation or write its name.")
            )
        return cleaned


def initial_for(case: CasePage) -> dict:
    """The form filled in with a saved case, rich text back as plain paragraphs."""
    initial = {name: getattr(case, name) for name in CASE_FIELDS}
    initial["buyer_organisation"] = case.buyer_organisation_id
    initial["product_group"] = case.product_group_id
    for name in ("approach", "lessons_learned", "what_did_not_work"):
        initial[name] = rich_text_to_text(initial[name])
    initial["themes"] = list(case.themes.values_list("pk", flat=True))
    initial["strategies"] = list(case.strategies.values_list("code", flat=True))
    initial["members_only"] = case.view_restrictions.exists()
    return initial


class SubmissionForms:
    """The case form and its three row sets, bound and checked together.

    It answers the error summary (components/error_summary.html) as one form would:
    every error of every part, each linked to its field.
    """

    def __init__(self, data=None, files=None, *, membership=None, case: CasePage | None = None):
        initial = initial_for(case) if case else None
        self.case = case
        self.form = CaseSubmissionForm(
            data, files, initial=initial, membership=membership, case=case
        )
        criteria = [
            {name: getattr(c, name) for name in ("kind", "ambition_level", "title", "text")}
            for c in (case.criteria.all() if case else [])
        ]
        figures = [
            {
                name: getattr(f, name)
                for name in ("indicator", "baseline", "achieved", "unit", "source")
            }
            for f in (case.figures.all() if case else [])
        ]
        self.criteria = CriteriaFormSet(data, prefix="criteria", initial=criteria or None)
        self.figures = FiguresFormSet(data, prefix="figures", initial=figures or None)
        self.documents = DocumentsFormSet(data, files, prefix="documents")
        self.criteria.show_empty_rows(2 if criteria else 3)
        self.figures.show_empty_rows(2 if figures else 3)
        self.parts = [self.form, self.criteria, self.figures, self.documents]

    @property
    def shares_choices(self) -> bool:
        """A new, empty form: its lists (organisations, product groups, themes) are the same
        for every member, so the page may render them once for all until content changes."""
        return self.case is None and not self.form.is_bound

    def is_valid(self) -> bool:
        return all([part.is_valid() for part in self.parts])

    # What the error summary asks of a form.
    @property
    def errors(self) -> bool:
        return any(
            part.errors if part is self.form else part.total_error_count() for part in self.parts
        )

    def non_field_errors(self) -> list:
        errors = list(self.form.non_field_errors())
        for formset in self.parts[1:]:
            errors += list(formset.non_form_errors())
            for row in formset.forms:
                errors += list(row.non_field_errors())
        return errors

    def hidden_fields(self) -> list:
        return self.form.hidden_fields()

    def visible_fields(self) -> list:
        fields = list(self.form.visible_fields())
        for formset in self.parts[1:]:
            for row in formset.forms:
                fields += row.visible_fields()
        return fields

    def content(self) -> SubmissionContent:
        """What was filled in, for ``submission_save``; only after ``is_valid()``."""
        cleaned = self.form.cleaned_data
        return SubmissionContent(
            fields={name: cleaned[name] for name in CASE_FIELDS},
            themes=list(cleaned["themes"]),
            strategies=list(Strategy.objects.filter(code__in=cleaned["strategies"])),
            criteria=_filled_rows(self.criteria, ("kind", "ambition_level", "title", "text")),
            figures=_filled_rows(
                self.figures, ("indicator", "baseline", "achieved", "unit", "source")
            ),
            members_only=cleaned["members_only"],
            uploads=[
                DocumentUpload(
                    document=row["document"],
                    description=row["description"],
                    members_only=row["members_only"],
                )
                for row in self.documents.cleaned_data
                if row.get("document") is not None
            ],
            documents_removed=cleaned.get("documents_removed", []),
        )


def _filled_rows(formset, names) -> list[dict]:
    return [
        {name: row[name] for name in names}
        for row in formset.cleaned_data
        if row  # an empty extra row cleans to {}
    ]
