"""/media/ serves the public image files and nothing else, however the path is spelled."""

import os
from pathlib import Path

import pytest
import wagtail_factories

from cirkelinkoop.media import PUBLIC_MEDIA_FOLDERS
from tests.cirkelinkoop.conftest import SECRET
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

# {doc} is the document's path inside the media root: documents/notulen.pdf.
TRAVERSALS = [
    "/media/original_images/%2e%2e/{doc}",
    "/media/images/%2e%2e/{doc}",
    "/media/original_images/%2E%2E/{doc}",
    "/media/original_images/..%2F{doc}",
    "/media/original_images/..%2f{doc}",
    "/media/images/../{doc}",
    "/media/original_images/./../{doc}",
    "/media/original_images/%252e%252e/{doc}",  # double-encoded
    "/media/original_images/%252e%252e%252f{doc}",
    "/media/original_images/..%5C{doc_backslash}",
    "/media/original_images/..%255C{doc_backslash}",
    "/media/original_images\\..\\{doc_backslash}",
    "/media/original_images//../{doc}",  # empty segment
    "/media/original_images/%00/../../{doc}",  # NUL
    "/media/original_images/%00../{doc}",
    "/media/original_images/{doc_absolute}",
    "/media/original_images/%2F{doc_absolute}",
    "/media/{doc}",
    "/media/./{doc}",
    "/media/images",
]


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def image(home):
    return wagtail_factories.ImageFactory(title="Logo")


@pytest.mark.parametrize("spelling", TRAVERSALS)
def test_no_spelling_of_a_path_reaches_a_document(client, members_only_document, spelling):
    doc = members_only_document.file.name
    path = spelling.format(
        doc=doc, doc_backslash=doc.replace("/", "%5C"), doc_absolute=members_only_document.file.path
    )

    response = client.get(path)

    assert response.status_code == 404
    assert SECRET not in body(response)


def test_a_symlink_out_of_the_image_folders_is_not_followed(client, members_only_document, image):
    images = os.path.dirname(image.file.path)
    os.symlink(members_only_document.file.path, os.path.join(images, "notulen.pdf"))
    os.symlink(os.path.dirname(members_only_document.file.path), os.path.join(images, "docs"))

    for path in ("/media/original_images/notulen.pdf", "/media/original_images/docs/notulen.pdf"):
        response = client.get(path)
        assert response.status_code == 404
        assert SECRET not in body(response)


def test_an_image_folder_that_is_a_symlink_elsewhere_is_not_followed(
    client, members_only_document, settings
):
    documents = os.path.dirname(members_only_document.file.path)
    os.symlink(documents, os.path.join(settings.MEDIA_ROOT, "images"))

    response = client.get("/media/images/notulen.pdf")

    assert response.status_code == 404
    assert SECRET not in body(response)


def test_the_document_itself_is_served_to_members_only_through_wagtail(
    client, members_only_document
):
    url = members_only_document.url

    assert url.startswith("/documenten/")
    assert client.get(url).status_code == 302
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403  # an account without an organisation
    client.force_login(MembershipFactory().user)
    assert body(client.get(url)) == SECRET


def test_an_original_image_and_a_rendition_are_served(client, image):
    rendition = image.get_rendition("fill-40x40")

    for url, file in ((image.file.url, image.file), (rendition.url, rendition.file)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/jpeg"
        file.open("rb")
        assert body(response) == file.read()
        file.close()


def test_with_serving_off_not_even_images_are_served(client, image, settings):
    settings.SERVE_MEDIA_IMAGES = False

    assert client.get(image.file.url).status_code == 404


def test_only_reads_are_answered(client, image):
    assert client.post(image.file.url).status_code == 405


def test_the_production_proxy_serves_the_same_folders_and_no_other_media():
    conf = (Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf").read_text()

    for folder in PUBLIC_MEDIA_FOLDERS:
        assert f"location ^~ /media/{folder}/ {{\n        alias /srv/media/{folder}/;" in conf
    assert "location ^~ /media/ {\n        return 404;" in conf
    assert conf.count("alias ") == len(PUBLIC_MEDIA_FOLDERS)
    assert conf.count("disable_symlinks on;") == len(PUBLIC_MEDIA_FOLDERS)
