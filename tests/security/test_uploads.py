"""Every upload field judges a file by its content and size, and no upload runs in a browser.

The upload fields are found from the models (every FileField); today they are Wagtail's
image and document files, uploaded by a coordinator in the admin. A file is refused when
its content is not what its name says (a web page, an SVG or a program renamed to .png,
.jpg, .pdf, .docx or .txt) or when it is larger than the limit in the settings, with a
Dutch error. What is served back never runs: documents as downloads (a PDF inline under
Wagtail's policy that allows nothing), image files with the proxy's sandbox policy, and
no SVG or web page from the image folders at all.
"""

import io
import re
import zipfile

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from cirkelinkoop.avatars import AVATAR_MAX_UPLOAD_SIZE
from tests.security.crawl import forms_on

pytestmark = pytest.mark.django_db

WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert('upload')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 50 + b"PE\x00\x00"
ELF_PROGRAM = b"\x7fELF\x02\x01\x01" + b"\x00" * 57


def raster(image_format: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "green").save(buffer, image_format)
    return buffer.getvalue()


def office_file(first_entry: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(first_entry, "<document/>")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
GOOD_DOCUMENTS = {
    "verslag.pdf": PDF,
    "verslag.docx": office_file("word/document.xml"),
    "cijfers.xlsx": office_file("xl/workbook.xml"),
    "presentatie.pptx": office_file("ppt/presentation.xml"),
    "cijfers.csv": b"gemeente;aanbestedingen\nUtrecht;12\nZeist;3\n",
    "notities.txt": "Notities van het RCIO, één pagina.\n".encode(),
    "export-excel.txt": "gemeente\taantal\r\nUtrecht\t12\r\n".encode("utf-16"),  # with a BOM
}


@pytest.fixture(autouse=True)
def _quick_password_hashing(settings):
    """The coordinator's account is made for each test; the production hasher is slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def admin(client, coordinator):
    client.force_login(coordinator)
    return client


def upload(client, kind: str, name: str, content: bytes, *, several=False):
    root = Collection.get_first_root_node()
    file = SimpleUploadedFile(name, content)
    if several:  # the admin's upload of several files at once, one request per file
        data = {"collection": root.pk, "files[]": file}
        return client.post(f"/beheer/{kind}/multiple/add/", data)
    return client.post(f"/beheer/{kind}/add/", {"title": name, "collection": root.pk, "file": file})


def errors_of(response) -> str:
    return " ".join(str(e) for errors in response.context["form"].errors.values() for e in errors)


def test_every_upload_field_of_the_portal_is_covered_here():
    """A new FileField (a logo, an attachment) fails this until it has tests of its own."""
    fields = {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    }

    assert fields == {
        "wagtailimages.Image.file",
        "wagtailimages.Rendition.file",  # made by Wagtail from an image, never uploaded
        "wagtaildocs.Document.file",
        # A file of an upload of several that passed the file checks of the form above
        # but misses other fields: checked with the uploads of several below.
        "wagtailcore.UploadedFile.file",
        "wagtailusers.UserProfile.avatar",  # an editor's picture in the admin
    }


DISGUISED_IMAGES = [
    ("foto.png", WEB_PAGE),
    ("foto.png", SVG),
    ("foto.jpg", PROGRAM),
    ("foto.jpg", raster("PNG")),  # an image, but not the one its name says
    ("logo.svg", SVG),
    ("pagina.html", WEB_PAGE),
]


def assert_every_one_refused(admin, kind: str, disguised_files, model) -> None:
    """Each file refused on its own and in an upload of several; nothing stored."""
    for name, content in disguised_files:
        response = upload(admin, kind, name, content)
        assert response.status_code == 200 and errors_of(response), name
        several = upload(admin, kind, name, content, several=True).json()
        assert several["success"] is False, name

    assert not model.objects.exists()
    assert not UploadedFile.objects.exists()


def test_an_image_upload_is_judged_by_its_content(admin):
    assert_every_one_refused(admin, "images", DISGUISED_IMAGES, get_image_model())


def test_a_real_image_is_accepted(admin):
    """So the refusals above are about the content, not about uploading as such."""
    response = upload(admin, "images", "foto.jpg", raster("JPEG"))

    assert response.status_code == 302
    assert get_image_model().objects.get().file.name.endswith(".jpg")


def test_an_image_over_the_size_limit_is_refused_in_dutch(admin):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    too_big = raster("PNG").ljust(limit + 1, b"\x00")  # a valid PNG with bytes after its end

    response = upload(admin, "images", "groot.png", too_big)

    assert "Dit bestand is te groot" in errors_of(response)
    assert not get_image_model().objects.exists()


DISGUISED_DOCUMENTS = [
    ("verslag.pdf", WEB_PAGE),
    ("verslag.pdf", PROGRAM),
    ("verslag.docx", SVG),
    ("cijfers.xlsx", PDF),
    ("notities.txt", WEB_PAGE),
    ("cijfers.csv", ELF_PROGRAM),
    ("tekening.svg", SVG),
    ("pagina.html", WEB_PAGE),
]


def test_a_document_upload_is_judged_by_its_content(admin):
    assert_every_one_refused(admin, "documents", DISGUISED_DOCUMENTS, get_document_model())


def test_a_renamed_web_page_is_refused_with_a_dutch_error(admin):
    response = upload(admin, "documents", "verslag.pdf", WEB_PAGE)

    assert "Dit bestand is geen .pdf-bestand" in errors_of(response)


def test_a_document_over_the_size_limit_is_refused_in_dutch(admin):
    too_big = PDF.ljust(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1, b" ")

    response = upload(admin, "documents", "groot.pdf", too_big)

    assert "Dit bestand is te groot" in errors_of(response)
    assert not get_document_model().objects.exists()


def test_documents_are_accepted_and_served_as_downloads_that_run_nothing(admin, client):
    for name, content in GOOD_DOCUMENTS.items():
        assert upload(admin, "documents", name, content).status_code == 302, name
    client.logout()

    for document in get_document_model().objects.all():
        response = client.get(document.url)
        served = (response.status_code, b"".join(response.streaming_content))
        assert served == (200, GOOD_DOCUMENTS[document.filename]), document.filename
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in response["Content-Security-Policy"]
        if response["Content-Type"] != "application/pdf":  # a PDF opens in the browser's viewer
            assert response["Content-Disposition"].startswith("attachment"), document.filename


def test_the_image_folders_serve_only_images_and_under_a_sandbox(client, settings):
    folder = settings.MEDIA_ROOT / "original_images"
    folder.mkdir(parents=True)
    for name, content in {
        "logo.svg": SVG,
        "pagina.html": WEB_PAGE,
        "pagina.htm": WEB_PAGE,
        "foto.png": WEB_PAGE,  # put there by hand: not an image, whatever its name
    }.items():
        (folder / name).write_bytes(content)

    for name in ("logo.svg", "pagina.html", "pagina.htm"):
        assert client.get(f"/media/original_images/{name}").status_code == 404, name
    renamed = client.get("/media/original_images/foto.png")
    assert renamed["Content-Type"] == "image/png"
    assert renamed["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in renamed["Content-Security-Policy"]


def test_a_profile_picture_is_judged_by_its_content(admin, coordinator):
    html = admin.get("/beheer/account/").content.decode()
    form = next(form for form in forms_on(html, "/beheer/account/") if form.method == "post")
    # The whole settings page as it was filled in, so only the picture can be wrong.
    data = {f.name: f.value for f in form.fields if f.kind not in ("checkbox", "radio") or f.value}
    field = re.search(r'<input type="file" name="([^"]+)"', html).group(1)

    # Django's ImageField takes any picture Pillow reads, whatever its name: the picture is
    # only ever shown in the admin, so a PNG called .jpg does no harm. Anything else may not.
    for name, content in DISGUISED_IMAGES[:3]:  # page, SVG, program: the content checks
        picture = SimpleUploadedFile(name, content)
        response = admin.post("/beheer/account/", {**data, field: picture})
        assert response.status_code == 200, name
        assert not UserProfile.get_for_user(coordinator).avatar, name

    picture = SimpleUploadedFile("foto.png", raster("PNG"))
    assert admin.post("/beheer/account/", {**data, field: picture}).status_code == 302
    assert UserProfile.get_for_user(coordinator).avatar.name.endswith(".png")


def test_a_profile_picture_over_the_size_limit_is_refused_in_dutch(admin, coordinator):
    """Wagtail scales a large picture down, but keeps a small one with all it carries."""
    html = admin.get("/beheer/account/").content.decode()
    form = next(form for form in forms_on(html, "/beheer/account/") if form.method == "post")
    data = {f.name: f.value for f in form.fields if f.kind not in ("checkbox", "radio") or f.value}
    field = re.search(r'<input type="file" name="([^"]+)"', html).group(1)
    # Four pixels, and 2 MB after the end of the PNG: Pillow reads it as a picture.
    too_big = raster("PNG").ljust(AVATAR_MAX_UPLOAD_SIZE + 1, b"\x00")

    picture = SimpleUploadedFile("foto.png", too_big)
    response = admin.post("/beheer/account/", {**data, field: picture})

    assert response.status_code == 200
    assert "Kies een afbeelding van hoogstens 2,0\xa0MB" in response.content.decode()
    assert not UserProfile.get_for_user(coordinator).avatar
