"""Discovery for the security tests: the portal's pages, the forms on them, the parameters.

Nothing here is a list of the portal's URLs or fields. The pages are found from the URL
resolver (every named pattern that takes no argument), from Wagtail's page tree (every
live page and the routes of routable pages) and from the links on the pages found; the
forms are read from the HTML each role is shown, as a browser reads them. A page or form
added later is fuzzed and header-checked without touching these tests.

No fixtures live here (tests/security has no conftest): the test modules bring their own.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

# Input types a person types text into; NUL bytes and overlong values go into these.
TYPED_INPUTS = {"text", "email", "search", "tel", "password", "url", "textarea"}
# Left out of a crawl of the site: the admin (crawled on its own, from its dashboard),
# files (documents, static, media), and signing out, which would end the session.
NOT_CRAWLED = ("/beheer/", "/documenten/", "/static/", "/media/", "/account/logout/")
ADMIN_SIGN_OUT = "/beheer/logout/"
# Names the project's views read from the query string, found in their source.
QUERY_READS = re.compile(r"""request\.GET(?:\.get\(|\.getlist\(|\[)\s*["'](\w+)["']""")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # the input's type, or "textarea" / "select"
    required: bool
    maxlength: int | None
    options: tuple[str, ...]  # a select's options, a radio group's or checkbox's values
    value: str  # what the page filled in

    @property
    def typed(self) -> bool:
        return self.kind in TYPED_INPUTS


@dataclass(frozen=True)
class Form:
    page: str  # the path it was found on
    method: str
    action: str
    fields: tuple[Field, ...]
    buttons: tuple[tuple[str, str], ...]  # (name, value) of named submit buttons

    def __str__(self) -> str:
        names = ",".join(field.name for field in self.fields)
        return f"{self.method.upper()} {self.action} [{names}] on {self.page}"


def named_paths() -> list[str]:
    """Every named URL pattern of the portal that takes no argument, reversed."""
    paths = []
    for name in _pattern_names(get_resolver().url_patterns, namespace=""):
        try:
            paths.append(reverse(name))
        except NoReverseMatch:  # takes arguments
            continue
    return paths


def _pattern_names(patterns, namespace: str):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _pattern_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def page_tree_paths() -> list[str]:
    """Every live page's URL, and the routes of routable pages that take no argument."""
    paths = []
    for page in Page.objects.live().specific():
        url = page.get_url()
        if not url:
            continue
        paths.append(url)
        if isinstance(page, RoutablePageMixin):
            for route in page.get_resolver().url_patterns:
                try:
                    paths.append(url + page.reverse_subpage(route.name))
                except NoReverseMatch:
                    continue
    return paths


def crawl(client, *, start=None, within="/", limit=60, inspect=None) -> dict[str, str]:
    """``{path: html}`` of the pages ``client`` can open, from the resolver, the page tree
    and the links on them; a redirect is followed to where it leads (a sign-in page).

    ``start`` and ``within`` crawl another part: the admin, from its dashboard.
    ``inspect(path, response)`` is called with every answer, redirects included.
    """

    def crawlable(path: str) -> bool:
        return site_path(path) and path.startswith(within) and not path.startswith(skipped)

    skipped = (*(prefix for prefix in NOT_CRAWLED if not within.startswith(prefix)), ADMIN_SIGN_OUT)
    start = start or named_paths() + page_tree_paths()
    queue = [path for path in dict.fromkeys(start) if crawlable(path)]
    # Each path once: the sign-in page behind ten different ``?next=`` is one page.
    seen, pages = {urlsplit(path).path for path in queue}, {}
    while queue and len(pages) < limit:
        path = queue.pop(0)
        response = client.get(path)
        if inspect:
            inspect(path, response)
        found = []
        if response.status_code in (301, 302):
            found = [response["Location"]]
        elif response.status_code == 200 and "html" in response.get("Content-Type", ""):
            html = response.content.decode()
            pages[path] = html
            found = links(html, path)
        for link in found:
            if crawlable(link) and urlsplit(link).path not in seen:
                seen.add(urlsplit(link).path)
                queue.append(link)
    return pages


def site_path(path: str) -> bool:
    return not urlsplit(path).netloc and path.startswith("/")


def links(html: str, base: str) -> list[str]:
    """Same-site links of a page, as paths with their query strings, without fragments."""
    found = []
    for anchor in BeautifulSoup(html, "html.parser").find_all("a", href=True):
        parts = urlsplit(urljoin(base, anchor["href"]))
        if parts.scheme in ("", "http", "https") and parts.netloc in ("", "testserver"):
            found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def download_links(html: str, base: str) -> list[str]:
    """Same-site links a page offers as files (``<a download>``): the crawl goes to each
    path once, and a download's path without its parameters may only redirect."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for anchor in soup.find_all("a", href=True, download=True):
        parts = urlsplit(urljoin(base, anchor["href"]))
        if parts.netloc in ("", "testserver"):
            found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def forms_on(html: str, page: str) -> list[Form]:
    return [_form(tag, page) for tag in BeautifulSoup(html, "html.parser").find_all("form")]


def _form(tag, page: str) -> Form:
    fields: dict[str, Field] = {}
    for element in tag.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        kind = element.get("type", "text").lower() if element.name == "input" else element.name
        if not name or kind in ("submit", "button", "reset", "image", "file"):
            continue
        options = _options(element, kind)
        if name in fields and fields[name].kind in ("radio", "checkbox"):
            options = fields[name].options + options
        fields[name] = Field(
            name=name,
            kind=kind,
            required=element.has_attr("required"),
            maxlength=int(element["maxlength"]) if element.get("maxlength") else None,
            options=options,
            value=_value(element, kind, fields.get(name)),
        )
    buttons = tuple(
        (button["name"], button.get("value", ""))
        for button in tag.find_all(["button", "input"])
        if button.get("name") and button.get("type", "submit") == "submit"
    )
    return Form(
        page=page,
        method=tag.get("method", "get").lower(),
        action=urljoin(page, tag.get("action") or page),
        fields=tuple(fields.values()),
        buttons=buttons,
    )


def _options(element, kind: str) -> tuple[str, ...]:
    if kind == "select":
        return tuple(option.get("value", option.text) for option in element.find_all("option"))
    if kind in ("radio", "checkbox"):
        return (element.get("value", "on"),)
    return ()


def _value(element, kind: str, earlier: Field | None) -> str:
    if kind == "textarea":
        return element.text
    if kind == "select":
        selected = element.find("option", selected=True) or element.find("option")
        return selected.get("value", selected.text) if selected else ""
    if kind in ("radio", "checkbox"):
        if element.has_attr("checked"):
            return element.get("value", "on")
        return earlier.value if earlier else ""
    return element.get("value", "")


def query_parameter_names(pages: dict[str, str]) -> set[str]:
    """Names of the query string the portal reads: the fields of its GET forms, and what
    its views read from ``request.GET`` (``pagina``, ``getlist("cases")``); ``next`` is
    Django's and allauth's redirect field (``REDIRECT_FIELD_NAME``), read in library code."""
    names = {"next"}
    for path, html in pages.items():
        for form in forms_on(html, path):
            if form.method == "get":
                names.update(field.name for field in form.fields)
    for app in ("cirkelinkoop", "members", "mailing", "knowledge", "meetings"):
        for source in (Path(settings.BASE_DIR) / app).rglob("*.py"):
            names.update(QUERY_READS.findall(source.read_text()))
    return names


def row_counts() -> dict[str, int]:
    """Rows in the table of every model, in one query; sessions left out (a visit makes
    one whatever the form says)."""
    tables = sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy
        }
        - {"django_session"}
    )
    quote = connection.ops.quote_name
    counts = ", ".join(f"(SELECT COUNT(*) FROM {quote(table)})" for table in tables)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        return dict(zip(tables, cursor.fetchone(), strict=True))
