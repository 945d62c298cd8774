"""Sections other apps add to an organisation's page, without members importing them.

The arrow between the apps points down (members <- knowledge <- meetings): members
cannot ask the case library for an organisation's cases. Instead an app registers a
Wagtail hook under ``ORGANISATION_SECTIONS_HOOK``:

    @hooks.register("members_organisation_sections")
    def cases_section(request, organisation):
        return "knowledge/_organisation_cases.html", {"organisation": organisation, ...}

Each hook gets the request and the organisation and returns ``(template, context)``, a
piece of HTML already marked safe (``render_to_string``, ``format_html``), or None to add
nothing. Plain text is escaped. Sections appear in the order the hooks were registered
(the order of ``INSTALLED_APPS``).
"""

from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString
from wagtail import hooks

ORGANISATION_SECTIONS_HOOK = "members_organisation_sections"


def organisation_sections(request, organisation) -> list[SafeString]:
    sections = []
    for hook in hooks.get_hooks(ORGANISATION_SECTIONS_HOOK):
        section = hook(request, organisation)
        if section is None:
            continue
        if isinstance(section, tuple):
            template, context = section
            section = render_to_string(template, context, request=request)
        sections.append(conditional_escape(section))
    return sections
