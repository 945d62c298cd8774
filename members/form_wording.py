"""Form errors in each field's own words, for every form of the portal.

Django says "This field is required." for every field; the NL Design System and GOV.UK
guidance ask for an error that says what to do ("Vul de naam van je organisatie in").
A form names that wording per field and error code; the mixin puts it where Django looks
for it (``field.error_messages``), so validators' errors with the same code use it too.

This module imports no app, so the forms of every app can use it.
"""

from django import forms


class FieldWordingMixin:
    """Give each field its own error messages, a short name and no placeholder.

    - ``error_wording``: ``{"field": {"required": ..., "invalid": ...}}``. Every required
      field needs a ``required`` message (a test walks all forms for it).
    - ``short_labels``: the name of a field in the error summary where its label is a
      sentence (a consent checkbox); other fields are named by their label.

    A placeholder that repeats the label only adds noise (and disappears as one types),
    so placeholders that libraries such as allauth set are removed.
    """

    error_wording: dict[str, dict[str, str]] = {}
    short_labels: dict[str, str] = {}
    # No `required` attribute: it makes an empty, untouched field match `:invalid` (and
    # look wrong before anyone typed). The form components say aria-required instead.
    use_required_attribute = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        apply_wording(self, self.error_wording, self.short_labels)


def apply_wording(form: forms.BaseForm, wording: dict, short_labels: dict | None = None):
    """Set each field's messages, short label and remove placeholders (see the mixin)."""
    short_labels = short_labels or {}
    for name, field in form.fields.items():
        field.error_messages.update(wording.get(name, {}))
        field.widget.attrs.pop("placeholder", None)
        # Read by the error summary (site_tags.error_summary_text): a worded message
        # names its field already, any other one gets the field's short name before it.
        # Only an explicit short name: a form may still change the label after this.
        field.short_label = short_labels.get(name)
        field.worded_messages = list(wording.get(name, {}).values())
