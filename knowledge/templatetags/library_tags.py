"""Tags of the case library's pages."""

from html import escape

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

OPTION = (
    '<li class="ck-facet__option">'
    '<input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"'
    ' type="checkbox" name="{name}" value="{value}" id="{id}"{checked}>'
    '<label class="utrecht-form-label utrecht-form-label--checkbox" for="{id}">{label}'
    ' <span class="ck-facet__count">({count}<span class="ck-visually-hidden"> {noun}</span>)'
    "</span></label></li>"
)


@register.simple_tag
def facet_options(facet):
    """A facet's values as checkboxes with their counts, each its own ``<li>``.

    Written here rather than as a loop in the template: some 70 options of ten values
    each were a third of the library page's time in Django's template engine, and a
    fifth still with ``format_html_join``, whose lazy-aware escaping of each value
    costs more than the escaping itself. Every value is escaped here (the labels are
    anyone's organisation names), as ``django.utils.html.escape`` does.
    """
    name = escape(facet.name)
    # Every value below is escaped.
    return mark_safe(  # noqa: S308  # nosec B308 B703
        "\n".join(
            OPTION.format(
                name=name,
                value=escape(str(option.value)),
                id=f"id_{name}_{number}",
                checked=" checked" if option.selected else "",
                label=escape(str(option.label)),
                count=int(option.count),
                noun=escape(str(option.noun)),
            )
            for number, option in enumerate(facet.options, start=1)
        )
    )


@register.simple_tag
def case_options(cases):
    """The cases to choose from, each an ``<option>`` with its title and year.

    Written here for the reason of ``facet_options``: the comparison offers a hundred.
    """
    return format_html_join(
        "",
        '<option value="{}">{} ({})</option>',
        ((case.slug, case.title, case.year_awarded) for case in cases),
    )
