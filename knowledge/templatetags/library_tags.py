"""Tags of the case library's pages."""

from django import template
from django.utils.html import format_html_join

register = template.Library()

OPTION = (
    '<li class="ck-facet__option">'
    '<input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"'
    ' type="checkbox" name="{}" value="{}" id="{}"{}>'
    '<label class="utrecht-form-label utrecht-form-label--checkbox" for="{}">{}'
    ' <span class="ck-facet__count">({}<span class="ck-visually-hidden"> {}</span>)</span>'
    "</label></li>"
)


@register.simple_tag
def facet_options(facet):
    """A facet's values as checkboxes with their counts, each its own ``<li>``.

    Written here rather than as a loop in the template: some 70 options of ten values
    each were a third of the library page's time in Django's template engine.
    """
    return format_html_join(
        "\n",
        OPTION,
        (
            (
                facet.name,
                option.value,
                f"id_{facet.name}_{number}",
                " checked" if option.selected else "",
                f"id_{facet.name}_{number}",
                option.label,
                option.count,
                option.noun,
            )
            for number, option in enumerate(facet.options, start=1)
        ),
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
