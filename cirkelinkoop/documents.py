"""Documents are judged by what is in them, not only by their name.

Wagtail checks a document's extension (WAGTAILDOCS_EXTENSIONS) and size
(WAGTAILDOCS_MAX_UPLOAD_SIZE); this form (WAGTAILDOCS_DOCUMENT_FORM_BASE, used by every
upload: one, several at once, from a chooser) also checks that the first bytes are of
the kind the extension promises. A web page, an SVG or a program renamed to .pdf or .docx
is refused, so nothing is stored that a browser could take for something else.
"""

import filetype
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# The kinds `filetype` may find in a file of each extension. An Office or OpenDocument file
# is a ZIP archive, recognised by the names inside it when they come first, as plain ZIP
# when they do not.
KINDS_BY_EXTENSION = {
    "pdf": {"pdf"},
    "docx": {"docx", "zip"},
    "xlsx": {"xlsx", "zip"},
    "pptx": {"pptx", "zip"},
    "odt": {"odt", "zip"},
    "ods": {"ods", "zip"},
    "odp": {"odp", "zip"},
}
# CSV and text files have no signature: they must not be binary, nor a markup document.
TEXT_EXTENSIONS = {"csv", "txt"}
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script")
SNIFFED_BYTES = 8192


def content_matches_extension(head: bytes, extension: str) -> bool:
    """Whether ``head``, the first bytes of a file, fit a file named ``*.extension``."""
    kind = filetype.guess(head)
    if extension in TEXT_EXTENSIONS:
        text = _as_utf8(head)
        start = text.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return kind is None and b"\x00" not in text and not start.startswith(MARKUP_STARTS)
    expected = KINDS_BY_EXTENSION.get(extension)
    return expected is not None and kind is not None and kind.extension in expected


def _as_utf8(head: bytes) -> bytes:
    """Text saved as UTF-16 (Excel's "Unicode text") has a NUL in every other byte: read it
    by its byte order mark, so only binary files are taken for binary."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore").encode()
    return head


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:  # an edit that keeps the file
            return file
        extension = file.name.rsplit(".", 1)[-1].lower()
        head = file.read(SNIFFED_BYTES)
        file.seek(0)
        if not content_matches_extension(head, extension):
            raise forms.ValidationError(
                _(
                    "This file is not a .%(extension)s file, whatever its name says. Upload "
                    "the document itself, saved in that format."
                ),
                code="content_does_not_match",
                params={"extension": extension},
            )
        return file
