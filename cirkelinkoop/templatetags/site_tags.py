"""Navigation and page metadata every template needs: menu, breadcrumbs, canonical URL;
and the per-visitor values of a form on a page the visitors' cache shares."""

from django import forms, template
from django.template.defaulttags import CsrfTokenNode
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cirkelinkoop.page_cache import (
    CSRF_TOKEN_SLOT,
    UNIQUE_KEY_SLOT,
    shared_fragment,
    slot_text,
)

register = template.Library()


def _site_root(request) -> Page | None:
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _menu_entries(request) -> list[dict]:
    """The home page and its live, public children marked 'show in menus': the same for
    everyone on this site, so shared until public content changes."""
    root = _site_root(request)
    if root is None:
        return []
    return [
        {
            "pk": menu_page.pk,
            "path": menu_page.path,
            "title": _("Home") if menu_page.pk == root.pk else menu_page.title,
            "url": menu_page.get_url(request),
            "is_root": menu_page.pk == root.pk,
        }
        for menu_page in [root, *root.get_children().live().public().in_menu()]
    ]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The menu's pages, with the current page and section marked for this request."""
    request = context["request"]
    current = context.get("page")
    entries = shared_fragment(request, "main-menu", lambda: _menu_entries(request))
    items = [
        {
            **entry,
            # On a page's sub-route (/deelnemers/leden/) the page is the section, not current.
            "is_current": bool(current)
            and current.pk == entry["pk"]
            and request.path == entry["url"],
            "in_section": bool(current)
            and not entry["is_root"]
            and current.path.startswith(entry["path"]),
        }
        for entry in entries
    ]
    return {"items": items}


@register.inclusion_tag("components/breadcrumb.html", takes_context=True)
def breadcrumbs(context):
    """Ancestors of the current page from the site's home page down, then the page itself.

    On a sub-route of a page (/deelnemers/leden/) the view names it as ``sub_route_title``:
    the page then becomes a link and that title the current item.
    """
    request = context["request"]
    page = context.get("page")
    if not page:
        return {"crumbs": []}
    sub_route_title = context.get("sub_route_title")
    root = _site_root(request)
    if not root or (page.pk == root.pk and not sub_route_title):
        return {"crumbs": []}
    crumbs = [
        {"title": _("Home"), "url": root.get_url(request)},
        *_crumbs_between(request, root, page),
        *([{"title": page.title, "url": page.get_url(request)}] if sub_route_title else []),
    ]
    # The current item is text with aria-current, not a link to itself.
    crumbs.append({"title": sub_route_title or page.title, "url": None})
    return {"crumbs": crumbs}


def _crumbs_between(request, root, page) -> list[dict]:
    """The ancestors between the home page and ``page``: only pages deeper than the home
    page's children have them. The same for every page under one parent, and kept
    until public content changes (which a title or a move is)."""
    if page.depth <= root.depth + 1:
        return []
    parent_path = page.path[: -page.steplen]

    def build():
        ancestors = page.get_ancestors().filter(depth__gt=root.depth)
        return [
            {"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors
        ]

    return shared_fragment(request, f"crumbs-under:{parent_path}", build)


@register.simple_tag(takes_context=True)
def link_href(context, link) -> str:
    """Where a link block (``LinkValue``) goes, its page's URL made with the request."""
    return link.href(context.get("request"))


@register.simple_tag(takes_context=True)
def form_csrf_token(context):
    """Django's ``{% csrf_token %}``, for a form on a page the visitors' cache may share:
    there it is a slot that every copy fills with its visitor's own token."""
    slot = slot_text(context["request"], CSRF_TOKEN_SLOT)
    if slot is None:
        return CsrfTokenNode().render(context)
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', slot)


@register.simple_tag(takes_context=True)
def unique_hidden_field(context, field):
    """A hidden field whose value must differ in every copy of the page (a form's
    one-time submission key): on a shared page a slot filled anew for each copy."""
    slot = slot_text(context["request"], UNIQUE_KEY_SLOT)
    if slot is None:
        return field.as_hidden()
    return forms.HiddenInput().render(field.html_name, slot, attrs={"id": field.auto_id})


@register.simple_tag
def meta_description_for(page, given="") -> str:
    """The page's description for search engines and link previews: the view's own, the
    editor's, else the page's summary or introduction, whichever its type has. (A
    template lookup of a field the type lacks costs a ``dir()`` of the whole page.)"""
    if given:
        return given
    for field in ("search_description", "summary", "intro"):
        value = getattr(page, field, "")
        if value:
            return value
    return ""


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    request = context["request"]
    page = context.get("page")
    # The host the visitor used (checked against ALLOWED_HOSTS), with the page's own path;
    # a sub-route of a page (/deelnemers/<slug>/) is a page of its own.
    on_sub_route = getattr(request, "routable_resolver_match", None) is not None
    if page is not None and hasattr(page, "get_url") and not on_sub_route:
        return request.build_absolute_uri(page.get_url(request) or request.path)
    return request.build_absolute_uri(request.path)


WIDGET_CLASSES = {
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "select": "utrecht-select utrecht-select--html-select",
}
DEFAULT_WIDGET_CLASS = "utrecht-textbox utrecht-textbox--html-input"


@register.simple_tag
def form_control(field):
    """Render a form field's widget with NL Design System classes and ARIA links."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
    css = WIDGET_CLASSES.get(field.widget_type, DEFAULT_WIDGET_CLASS)
    if field.errors:
        css = f"{css} {css.split()[0]}--invalid"
    attrs = {"class": css}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    # `required` would make an untouched empty field match `:invalid` and look wrong
    # before anyone typed; only a field that came back with an error looks like one.
    field.form.use_required_attribute = False
    if field.field.required:
        attrs["aria-required"] = "true"
    return field.as_widget(attrs=attrs)


@register.simple_tag
def field_errors(form) -> list[tuple[str, str]]:
    """The visible fields' errors as the error summary lists them: (field id, text)."""
    return [
        (field.id_for_label, error_summary_text(field, error))
        for field in form.visible_fields()
        for error in field.errors
    ]


def error_summary_text(field, error) -> str:
    """A message the form worded for this field names the field already ("Vul je naam
    in"); any other one gets the field's short name before it, never a long label."""
    worded = {str(message) for message in getattr(field.field, "worded_messages", [])}
    if str(error) in worded:
        return str(error)
    name = getattr(field.field, "short_label", None) or field.label
    return f"{name}: {error}"


@register.filter
def email_breaks(address) -> str:
    """An e-mail address that may wrap after the @, never in the middle of a word."""
    local, at, domain = str(address).partition("@")
    if not at:
        return conditional_escape(address)
    return format_html("{}@<wbr>{}", local, domain)


@register.simple_tag
def query_with(request, param: str, value) -> str:
    """The current query string with ``param`` set to ``value``: pages keep their filters."""
    query = request.GET.copy()
    query[param] = value
    return query.urlencode()


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers around the current page, with an ellipsis for long lists."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
