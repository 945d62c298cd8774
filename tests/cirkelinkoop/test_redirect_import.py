"""The coordinator imports redirects (old addresses of the previous site) from a file.

Wagtail's import has two steps: the upload, then a form to say which column is which.
The upload waits in the shared cache between them (another web process may serve the
second step), and a confirm form that was tampered with is refused, not a server error.
"""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.contrib.redirects.models import Redirect

from tests.security.crawl import forms_on

pytestmark = pytest.mark.django_db

OLD_ADDRESSES = (
    "van,naar\n"
    "/oude-site/groenbeheer/,https://cirkelinkoop.example/themas/groenbeheer/\n"
    "/oude-site/rcio/,https://cirkelinkoop.example/\n"
)


@pytest.fixture
def coordinator_client(client, coordinator, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    client.force_login(coordinator)
    return client


def uploaded(client) -> dict[str, str]:
    """The confirm form after the upload, filled in: from the first column, to the second."""
    upload = SimpleUploadedFile("redirects.csv", OLD_ADDRESSES.encode())
    form = {"import_file": upload, "input_format": "0"}
    response = client.post("/beheer/redirects/import/", form)
    assert response.status_code == 200
    path = "/beheer/redirects/import/process/"
    form = next(f for f in forms_on(response.content.decode(), path) if f.action.endswith(path))
    fields = {field.name: field.value for field in form.fields}
    site = next(field for field in form.fields if field.name == "site").options[-1]
    return {**fields, "from_index": "0", "to_index": "1", "site": site, "permanent": "on"}


def test_the_coordinator_imports_redirects_in_two_steps(coordinator_client):
    confirm = uploaded(coordinator_client)

    response = coordinator_client.post("/beheer/redirects/import/process/", confirm)

    assert response.status_code == 302
    assert sorted(Redirect.objects.values_list("old_path", flat=True)) == [
        "/oude-site/groenbeheer",
        "/oude-site/rcio",
    ]


@pytest.mark.parametrize("field", ["import_file_name", "input_format"])
@pytest.mark.parametrize("value", ["/etc/passwd", "tmpabc:forged-signature", ""])
def test_a_tampered_confirm_form_is_refused_as_a_bad_request(coordinator_client, field, value):
    confirm = {**uploaded(coordinator_client), field: value}

    response = coordinator_client.post("/beheer/redirects/import/process/", confirm)

    assert response.status_code == 400
    assert not Redirect.objects.exists()


def test_an_upload_no_longer_kept_is_asked_for_again_in_dutch(coordinator_client):
    confirm = uploaded(coordinator_client)
    cache.clear()  # a day later, or Redis restarted

    response = coordinator_client.post("/beheer/redirects/import/process/", confirm, follow=True)

    assert response.redirect_chain[-1][0] == "/beheer/redirects/import/"
    assert "Het geüploade bestand is er niet meer" in response.content.decode()
    assert not Redirect.objects.exists()
