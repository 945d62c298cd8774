"""Production settings and the security headers every response carries."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils.translation import gettext, override

PROJECT_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "a-long-random-test-secret-key-that-is-not-used-anywhere-0123456789",
    "ALLOWED_HOSTS": "cirkelinkoop.example.nl",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # The browser tests allow sync database calls in their event loop; production never does.
    leave_out = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean_env = {k: v for k, v in os.environ.items() if k not in leave_out}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_secret_key_or_hosts(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


@pytest.mark.parametrize("value", ["true", "1", "on"])
def test_production_refuses_to_start_with_debug_on(value):
    result = run_manage("check", env={**PRODUCTION_ENV, "DEBUG": value})

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DEBUG must be off when DJANGO_ENV=production" in result.stderr


def test_debug_may_be_switched_off_in_production_and_on_elsewhere():
    assert run_manage("check", env={**PRODUCTION_ENV, "DEBUG": "false"}).returncode == 0
    assert run_manage("check", env={"DJANGO_ENV": "development", "DEBUG": "true"}).returncode == 0


def test_production_passes_the_deploy_check_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.mark.django_db
def test_public_pages_get_a_strict_content_security_policy(client, home):
    policy = directives(client.get("/"))

    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"


@pytest.mark.django_db
def test_only_the_admin_gets_the_relaxed_policy(admin_client, home):
    policy = directives(admin_client.get("/beheer/"))

    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"


@pytest.mark.django_db
def test_responses_carry_the_other_security_headers(client, home):
    response = client.get("/")

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",  # a page
        "/gezondheid/",  # JSON
        "/bestaat-niet/",  # the 404 page
        "/beheer/",  # a redirect to sign in
        "/account/login/",
        "/static/css/cirkelinkoop.css",  # whitenoise
        "/media/original_images/bestaat-niet.jpg",
    ],
)
def test_every_response_carries_a_permissions_policy(client, home, path):
    response = client.get(path)

    policy = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    assert policy["camera"] == "()"
    assert policy["geolocation"] == "()"
    assert policy["microphone"] == "()"
    assert policy["payment"] == "()"


def test_dutch_is_the_language_and_its_catalogue_is_compiled_and_loaded(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    with override("nl"):
        assert gettext("Skip to main content") == "Naar de inhoud"
    with override("en"):
        assert gettext("Skip to main content") == "Skip to main content"


@pytest.mark.django_db
def test_the_admin_dashboard_calls_no_outside_services(admin_client, home):
    html = admin_client.get("/beheer/").content.decode()

    assert "gravatar" not in html
    assert "w-upgrade" not in html  # Wagtail's release check, which calls out to wagtail.org


@pytest.mark.django_db
def test_the_editors_preview_may_be_framed_by_the_admin(admin_client, home):
    response = admin_client.post(
        f"/beheer/pages/{home.pk}/edit/preview/",
        {"title": home.title, "slug": home.slug, "intro": home.intro, "body-count": "0"},
    )
    assert response.json()["is_valid"] is True

    preview = admin_client.get(f"/beheer/pages/{home.pk}/edit/preview/")

    assert preview.status_code == 200
    assert directives(preview)["frame-ancestors"] == "'self'"


def test_production_collects_compressed_static_files_with_hashed_names(production_static_root):
    tmp_path = production_static_root
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed_stylesheet = manifest["css/portal.css"]
    assert hashed_stylesheet != "css/portal.css"
    assert (tmp_path / f"{hashed_stylesheet}.gz").exists()
    # The stylesheet refers to its font by the font's hashed name, so both cache for a year.
    hashed_font = manifest["fonts/noto-sans-latin-wght-normal.woff2"]
    assert hashed_font.rsplit("/", 1)[1] in (tmp_path / hashed_stylesheet).read_text()
    # Only what the portal uses is collected: not the whole component library or font family.
    assert not any(path.startswith(("vendor/", "node_modules/")) for path in manifest)
