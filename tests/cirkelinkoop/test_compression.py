"""Pages go out gzip-compressed, text only; static files are compressed by whitenoise."""

import gzip

import pytest


@pytest.mark.django_db
def test_pages_are_compressed_for_browsers_that_accept_it(client, home):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert b"<!DOCTYPE html>" in gzip.decompress(response.content)


@pytest.mark.django_db
def test_pages_are_not_compressed_for_clients_that_do_not_ask(client, home):
    response = client.get("/")

    assert not response.has_header("Content-Encoding")


def test_only_text_is_compressed_not_documents(rf):
    from django.http import HttpResponse

    from cirkelinkoop.middleware import GZipTextMiddleware

    def respond_with(content_type):
        return lambda request: HttpResponse(b"%PDF-1.7 " * 100, content_type=content_type)

    request = rf.get("/", HTTP_ACCEPT_ENCODING="gzip")

    pdf = GZipTextMiddleware(respond_with("application/pdf"))(request)
    feed = GZipTextMiddleware(respond_with("application/atom+xml; charset=utf-8"))(request)

    assert not pdf.has_header("Content-Encoding")
    assert feed["Content-Encoding"] == "gzip"
