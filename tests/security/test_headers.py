"""Every response on production settings carries the security headers and safe cookies.

The settings are the settings module's own values under ``DJANGO_ENV=production`` (read
by running the module with that environment), applied over the test settings, except
what points at this machine's services (database, cache, mail, files). The pages are
the crawl's (tests.security.crawl): a visitor's, a member's and a coordinator's in the
admin, plus the error pages, static files, media, documents, robots, sitemap and health.
"""

import re
import runpy
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import path
from wagtail.documents import get_document_model

from cirkelinkoop.middleware import ADMIN_RELAXATIONS
from cirkelinkoop.urls import handler400  # noqa: F401  (this module is a URLconf below)
from cirkelinkoop.urls import urlpatterns as portal_urlpatterns
from tests.factories import MembershipFactory, OrganisationFactory, StandardPageFactory, UserFactory
from tests.security.crawl import crawl

pytestmark = pytest.mark.django_db

HOST = "cirkelinkoop.example.nl"
PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "a-long-random-test-secret-key-that-is-not-used-anywhere-0123456789",
    "ALLOWED_HOSTS": HOST,
}
# Where production's values would leave this machine's test services, or need a build.
KEPT_FROM_TESTS = {
    "DATABASES",
    "CACHES",
    "STORAGES",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "WHITENOISE_USE_FINDERS",
    "WHITENOISE_AUTOREFRESH",
    "LOGGING",
    "TASKS",
    "EMAIL_BACKEND",
    "MAILING_DELIVERY_BACKEND",
}
ONE_YEAR = 365 * 24 * 60 * 60


def failing_view(request):
    raise RuntimeError("a bug, for the 500 page")


# This module is the URLconf of its tests: the portal's, and one view that fails.
urlpatterns = [path("fout/", failing_view), *portal_urlpatterns]


@pytest.fixture
def production(monkeypatch):
    """The settings module's values under DJANGO_ENV=production, over the test settings."""
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    for name in ("DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SERVE_MEDIA_IMAGES"):
        monkeypatch.delenv(name, raising=False)
    module = runpy.run_path(str(Path(settings.BASE_DIR) / "cirkelinkoop" / "settings.py"))
    values = {
        name: value
        for name, value in module.items()
        if name.isupper()
        and name not in KEPT_FROM_TESTS
        and value != getattr(settings, name, None)  # the app registry is left alone
    }
    assert values["SECURE_SSL_REDIRECT"] and values["SESSION_COOKIE_SECURE"]
    with override_settings(**{**values, "ROOT_URLCONF": __name__}):
        yield


def https_client(**kwargs) -> Client:
    """A browser behind the production proxy, which says the request came over HTTPS."""
    return Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https", **kwargs)


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())


def header_problems(response, *, admin=False) -> list[str]:
    problems = []
    hsts = response.get("Strict-Transport-Security", "")
    max_age = re.search(r"max-age=(\d+)", hsts)
    if not (max_age and int(max_age.group(1)) >= ONE_YEAR and "includeSubDomains" in hsts):
        problems.append(f"HSTS: {hsts!r}")
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no nosniff")
    if not response.get("Referrer-Policy"):
        problems.append("no Referrer-Policy")
    if "camera=()" not in response.get("Permissions-Policy", ""):
        problems.append("no Permissions-Policy")
    problems += policy_problems(response, admin=admin)
    problems += cookie_problems(response)
    return problems


def policy_problems(response, *, admin: bool) -> list[str]:
    if not response.has_header("Content-Security-Policy"):
        return ["no Content-Security-Policy"]
    policy = directives(response)
    if admin:
        expected = {**public_policy(), **{k: " ".join(v) for k, v in ADMIN_RELAXATIONS.items()}}
        return [] if policy == expected else [f"admin policy {policy}"]
    problems = []
    for directive in ("script-src", "style-src"):
        # Without its own, a directive falls back to default-src.
        value = policy.get(directive, policy.get("default-src", ""))
        if not value or "unsafe-inline" in value or "unsafe-eval" in value:
            problems.append(f"{directive}: {value!r}")
    if policy.get("frame-ancestors") != "'none'":
        problems.append(f"frame-ancestors: {policy.get('frame-ancestors')!r}")
    if response.get("X-Frame-Options") != "DENY":
        problems.append(f"X-Frame-Options: {response.get('X-Frame-Options')!r}")
    return problems


def public_policy() -> dict[str, str]:
    return {k: " ".join(v) for k, v in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items()}


def cookie_problems(response) -> list[str]:
    problems = []
    for name, morsel in response.cookies.items():
        if morsel["max-age"] == 0:  # a deletion: it carries no value any more
            continue
        if not (morsel["secure"] and morsel["httponly"] and morsel["samesite"]):
            problems.append(f"cookie {name}: {morsel.OutputString()}")
    return problems


def record_problems(found: dict, *, admin=False):
    """A crawl's ``inspect``: the header problems of each answer, into ``found``."""

    def inspect(page, response):
        if problems := header_problems(response, admin=admin):
            found[f"{page} ({response.status_code})"] = problems

    return inspect


@pytest.fixture(autouse=True)
def _quick_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def member(home):
    StandardPageFactory(parent=home, title="Over de coalitie")
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])
    return MembershipFactory(
        organisation=organisation, user=UserFactory(email="bram@utrecht.example")
    ).user


@pytest.fixture
def document(db):
    document = get_document_model()(title="Verslag")
    document.file.save("verslag.pdf", ContentFile(b"%PDF-1.4 verslag"), save=False)
    document.save()
    return document


def test_every_public_and_members_page_carries_the_headers(production, member):
    visitor, signed_in, found = https_client(), https_client(), {}
    signed_in.force_login(member)

    visitor_pages = crawl(visitor, inspect=record_problems(found))
    member_pages = crawl(signed_in, inspect=record_problems(found))

    assert {"/", "/deelnemen/", "/account/login/"} <= set(visitor_pages)
    assert "/account/gegevens/" in member_pages
    assert found == {}


def test_the_admin_carries_the_headers_with_its_own_relaxed_policy(production, coordinator):
    client, found = https_client(), {}
    client.force_login(coordinator)

    pages = crawl(
        client,
        start=["/beheer/"],
        within="/beheer/",
        limit=10,
        inspect=record_problems(found, admin=True),
    )

    assert len(pages) == 10
    assert found == {}


def test_files_error_pages_and_machine_answers_carry_the_headers(production, home, document):
    client = https_client(raise_request_exception=False)
    paths = [
        "/bestaat-niet/",  # 404
        "/fout/",  # 500
        "/robots.txt",
        "/sitemap.xml",
        "/gezondheid/",
        "/favicon.ico",
        "/static/css/portal.css",
        "/static/img/favicon.svg",
        "/media/original_images/bestaat-niet.jpg",
        document.url,
    ]
    responses = {page: client.get(page) for page in paths}
    # A host the portal does not answer to (400), and a form without its CSRF token (403).
    responses["wrong host"] = https_client().get("/", HTTP_HOST="elders.example")
    responses["no token"] = https_client(enforce_csrf_checks=True).post("/contact/")

    statuses = {page: response.status_code for page, response in responses.items()}
    assert statuses["/bestaat-niet/"] == 404 and statuses["/fout/"] == 500
    assert statuses["wrong host"] == 400 and statuses["no token"] == 403
    assert statuses["/static/css/portal.css"] == 200 and statuses[document.url] == 200
    problems = {page: header_problems(response) for page, response in responses.items()}
    assert {page: found for page, found in problems.items() if found} == {}
