"""The machinery of the permission matrix: the answers a role can get, the rows of the
table, the URL patterns found in the resolver, and a fingerprint of the database.

The table itself is in ``table_site.py`` and ``table_admin.py``; the test that holds the
two together is ``test_permission_matrix.py``.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import quote

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

from tests.security.world import ROLES


@dataclass(frozen=True)
class Answer:
    """A status, and for a redirect where it goes (``{next}``: the URL asked for)."""

    status: int
    to: str = ""
    label: str = ""

    def expected_for(self, url: str, world) -> tuple[int, str]:
        return self.status, self.to.format(next=quote(url, safe="/"), **vars(world))

    def __repr__(self):
        return self.label or f"Answer({self.status}, {self.to!r})"


OK = Answer(200, label="OK")
# Django's login_required and Wagtail's admin both send a stranger to allauth's sign-in.
SIGN_IN = Answer(302, "/account/login/?next={next}", label="SIGN_IN")
# Wagtail's answer to an admin user without the right: back to the admin home, with a message.
ADMIN_DENIED = Answer(302, "/beheer/", label="ADMIN_DENIED")
FORBIDDEN = Answer(403, label="FORBIDDEN")
NOT_FOUND = Answer(404, label="NOT_FOUND")
NOT_ALLOWED = Answer(405, label="NOT_ALLOWED")
GONE = Answer(410, label="GONE")

# Answers that refuse: a POST by the same role must refuse as well, and change nothing.
REFUSALS = {SIGN_IN, ADMIN_DENIED, FORBIDDEN, NOT_FOUND, GONE}


def redirect(to: str) -> Answer:
    return Answer(302, to, label=f"redirect({to!r})")


def everyone(answer: Answer) -> dict:
    return dict.fromkeys(ROLES, answer)


def roles(*, default: Answer | None = None, **answers: Answer) -> dict:
    """An answer for every role: the ones named, the rest ``default``."""
    unknown = set(answers) - set(ROLES)
    assert not unknown, f"No such role: {unknown}"
    table = {role: answers.get(role, default) for role in ROLES}
    assert None not in table.values(), f"Give every role an answer: {table}"
    return table


def admin(*, editor: Answer, coordinator: Answer) -> dict:
    """A Wagtail admin URL: whoever lacks admin access is sent to sign in."""
    return roles(default=SIGN_IN, editor=editor, coordinator=coordinator)


COORDINATOR_ONLY = admin(editor=ADMIN_DENIED, coordinator=OK)
ADMIN_OK = admin(editor=OK, coordinator=OK)


@dataclass(frozen=True)
class Case:
    """One URL of a pattern, filled from the world (``{about.id}``), and each role's answer.

    ``post``: also POST it as every role whose GET is refused (or 405), which must be
    refused as well and change nothing; the matrix does so for every POST-only URL anyway.
    """

    url: str
    answers: dict
    why: str = ""
    post: bool = False


def case(url: str, answers: dict, why: str = "", *, post: bool = False) -> Case:
    return Case(url, answers, why, post)


def url_patterns(patterns=None, prefix=""):
    """``(route, name)`` of every URL pattern of the portal, included ones flattened.

    ``route`` is the pattern as Django's ``ResolverMatch.route`` spells it (a regex
    included under a prefix loses its ``^``): the key of the table. ``name`` carries the namespace
    (``wagtailadmin_pages:edit``).
    """
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern)
        if prefix:
            route = prefix + route.removeprefix("^")
        if isinstance(pattern, URLResolver):
            namespace = f"{pattern.namespace}:" if pattern.namespace else ""
            for child_route, name in url_patterns(pattern.url_patterns, route):
                yield child_route, namespace + name if name else name
        elif isinstance(pattern, URLPattern):
            yield route, pattern.name or ""


# Rows that change with every request (sessions) or only count (search index queue).
UNFINGERPRINTED = {"sessions.session"}


def database_fingerprint() -> dict[str, str]:
    """A digest of every row of every model: two equal fingerprints, nothing changed."""
    digests = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in UNFINGERPRINTED or model._meta.proxy:
            continue
        rows = model._base_manager.order_by("pk").values_list()
        digests[label] = hashlib.sha256(repr(list(rows)).encode()).hexdigest()
    return digests
