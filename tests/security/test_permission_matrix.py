"""The permission matrix: every URL pattern of the portal, as every role, against a table.

The patterns come from the URL resolver, Wagtail's admin and allauth's included; the
table (``table_site.py``, ``table_admin.py``) says what each role gets. A pattern without
a row fails, and so does a row without a pattern: a new page is declared the day it lands.

Each URL is requested with GET as each of the six roles (``world.ROLES``), and the answer
compared exactly: status, and where a redirect goes. Every response is searched for the
world's SECRETS that role may not read. POST-only URLs, and cases marked ``post``, are also
POSTed by every role that is refused, which must be refused again and change no row.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import resolve
from wagtail.models import Page

from tests.security.matrix import (
    NOT_ALLOWED,
    REFUSALS,
    Case,
    database_fingerprint,
    url_patterns,
)
from tests.security.table_admin import ADMIN_ROWS
from tests.security.table_site import SHADOWED, SITE_ROWS
from tests.security.world import ROLES, SECRETS, role_user

TABLE = {**SITE_ROWS, **ADMIN_ROWS}

HOW_TO_DECLARE = (
    "Add a row to tests/security/table_site.py (the portal's own pages) or table_admin.py "
    "(under /beheer/) that says what each role gets; README.md, 'Permission matrix', says how."
)


def cases_of(route) -> list[Case]:
    row = TABLE[route]
    return row if isinstance(row, list) else [row]


def test_every_url_pattern_has_a_row_and_every_row_a_pattern():
    assert not set(SITE_ROWS) & set(ADMIN_ROWS), "A route is in both tables"
    found, undeclared = set(), []
    for route, name in url_patterns():
        if route in found:
            assert (route, name) in SHADOWED, f"{route} ({name}) repeats a route: declare it"
            continue
        found.add(route)
        if route not in TABLE:
            undeclared.append(f"{route}  (name: {name or 'none'})")
    assert not undeclared, (
        "URL patterns without a row in the permission matrix:\n  "
        + "\n  ".join(undeclared)
        + "\n"
        + HOW_TO_DECLARE
    )
    stale = sorted(set(TABLE) - found)
    assert not stale, f"Rows for URL patterns that no longer exist, remove them: {stale}"


def _signed_in_client(user):
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def _leaks(role, response) -> list[str]:
    if response.streaming:
        return []
    content = response.content.decode(errors="replace")
    return [
        name for name, (text, allowed) in SECRETS.items() if role not in allowed and text in content
    ]


def _answer(response) -> tuple[int, str]:
    return response.status_code, response.get("Location", "")


class MatrixRun:
    """Requests every case as one role, and collects what differs from the table."""

    def __init__(self, world, role):
        self.world, self.role = world, role
        self.user = role_user(world, role)
        self.client = _signed_in_client(self.user)
        self.problems = []
        self.to_post = []

    def url(self, case: Case) -> str:
        return case.url.format(**vars(self.world))

    def get(self, route, case):
        url = self.url(case)
        expected_answer = case.answers[self.role]
        response = self.client.get(url)
        expected = expected_answer.expected_for(url, self.world)
        if _answer(response) != expected:
            self.problems.append(
                f"GET {url} ({route}): expected {expected}, got {_answer(response)}"
            )
        for secret in _leaks(self.role, response):
            self.problems.append(f"GET {url} shows {secret!r}, not for {self.role}")
        post_checked = case.post or NOT_ALLOWED in case.answers.values()
        if expected_answer in REFUSALS and post_checked:
            self.to_post.append((url, expected))
        self._stay_signed_in()

    def post_refusals(self):
        """POST where this role is refused: refused again (or 405), and nothing changed."""
        before = database_fingerprint()
        for url, expected in self.to_post:
            response = self.client.post(url, {"x": "1"})
            if _answer(response) not in (expected, (405, "")):
                self.problems.append(f"POST {url}: expected {expected}, got {_answer(response)}")
            self._stay_signed_in()
        changed = [
            label for label, digest in database_fingerprint().items() if before[label] != digest
        ]
        if changed:
            urls = [url for url, _expected in self.to_post]
            self.problems.append(f"Refused POSTs changed {changed}; POSTed: {urls}")

    def _stay_signed_in(self):
        # Some pages sign one out (Wagtail's logout even on a GET it refuses with 405,
        # allauth's e-mail confirmation for another account): sign in again for the next.
        cookie = self.client.cookies.get(settings.SESSION_COOKIE_NAME)
        if self.user is not None and not (cookie and cookie.value):
            self.client.force_login(self.user)


# Signed in, without admin access: Wagtail refuses all three alike before any admin view
# runs (``require_admin_access``). Each admin URL is asked as one of them in turn, which
# keeps the matrix fast; the table still says what each of them gets everywhere.
TAKING_TURNS_IN_THE_ADMIN = ("other_member", "member", "outsider")


def _asked_by_another(role, route, position) -> bool:
    if role not in TAKING_TURNS_IN_THE_ADMIN or not route.startswith("beheer/"):
        return False
    return TAKING_TURNS_IN_THE_ADMIN[position % 3] != role


def _page_tree_urls(world) -> set[str]:
    home_path = world.home.url_path
    return {
        "/" + page.url_path.removeprefix(home_path)
        for page in Page.objects.descendant_of(world.home, inclusive=True)
    }


@pytest.mark.django_db
def test_every_role_gets_what_the_table_says(world):
    urls_asked = set()
    for route in TABLE:
        for case in cases_of(route):
            url = case.url.format(**vars(world))
            path = url.partition("?")[0]
            assert resolve(path).route == route, f"{url} is not an address of {route}"
            assert set(case.answers) == set(ROLES), f"{url}: give each role an answer"
            urls_asked.add(path)
    assert _page_tree_urls(world) <= urls_asked, "Every page of the tree has a case"

    problems = []
    for role in ROLES:
        run = MatrixRun(world, role)
        for position, route in enumerate(TABLE):
            if _asked_by_another(role, route, position):
                continue
            for case in cases_of(route):
                run.get(route, case)
        run.post_refusals()
        problems += [f"[{role}] {problem}" for problem in run.problems]
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_someone_elses_invitation_cannot_be_accepted_by_any_account(world):
    """The open invitation went to an address none of the roles has: each may read that it
    is not theirs, and none can join the organisation with it."""
    url = f"/account/uitnodiging/{world.token.open}/"
    for role in ROLES[1:]:
        response = _signed_in_client(role_user(world, role)).post(url)
        templates = [template.name for template in response.templates]
        assert response.status_code == 200, role
        assert "members/invitation_other_account.html" in templates, role
    world.invitation.refresh_from_db()
    assert world.invitation.accepted_at is None


@pytest.mark.django_db
def test_an_accounts_export_holds_nobody_elses_data(world):
    people = {
        "member": world.member.email,
        "other_member": world.other_member.email,
        "unlisted": world.unlisted.user.email,
    }
    for role in ("member", "other_member", "outsider"):
        export = _signed_in_client(role_user(world, role)).get("/account/gegevens/download/")
        content = export.content.decode()
        assert role_user(world, role).email in content, role
        others = [email for who, email in people.items() if who != role and email in content]
        assert not others, f"{role}'s export holds {others}"
        assert SECRETS["unlisted_phone"][0] not in content
