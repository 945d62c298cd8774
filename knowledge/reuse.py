"""The criteria of a comparison (one case or up to four) as files a buyer pastes from:
a Word document and a CSV table.

Each criterion keeps where it came from (the case, its buyer, its address), so whoever
reuses it can name the source and call the buyer.
"""

import csv
import io
import re

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

DOCUMENT_LANGUAGE = "nl-NL"
# Characters XML 1.0 cannot hold (a vertical tab or form feed pasted from another program):
# python-docx refuses text with them, so they are dropped.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A spreadsheet runs a cell that starts with one of these as a formula: such a cell gets a
# leading apostrophe, which Excel and LibreOffice show as text (OWASP's CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Dutch Excel, which most of our readers open a CSV with, separates list items with a
# semicolon (the comma is its decimal sign): with ";" the columns come out right on a
# double click. The byte order mark tells Excel the file is UTF-8 ("ë", "€", "CO₂").
CSV_DELIMITER = ";"
UTF8_BOM = "\ufeff"


def _xml_text(text: str) -> str:
    return NOT_XML.sub("", text or "")


def _cell(value) -> str:
    text = NOT_XML.sub("", str(value)) if value is not None else ""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _criterion_label(criterion) -> str:
    if criterion.ambition_level:
        return _("%(kind)s · ambition level %(level)s") % {
            "kind": criterion.get_kind_display(),
            "level": criterion.get_ambition_level_display(),
        }
    return str(criterion.get_kind_display())


def criteria_csv(cases, request) -> str:
    """One row per criterion: the case, its buyer and year, and the criterion itself."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER)
    writer.writerow(
        [
            _("Case"),
            _("Buyer"),
            _("Year of award"),
            _("Kind"),
            _("Ambition level"),
            _("Title"),
            _("Text"),
            _("Address of the case"),
        ]
    )
    for case in cases:
        url = case.get_full_url(request)
        for criterion in case.criteria.all():
            writer.writerow(
                [
                    _cell(case.title),
                    _cell(case.buyer),
                    case.year_awarded,
                    _cell(criterion.get_kind_display()),
                    _cell(criterion.get_ambition_level_display() or ""),
                    _cell(criterion.title),
                    _cell(criterion.text),
                    url,
                ]
            )
    return UTF8_BOM + buffer.getvalue()


def criteria_docx(cases, request) -> bytes:
    """A Word document: per case a heading, its tender in one line, its address; per
    criterion its title, kind and ambition level, and its text to paste."""
    document = Document()
    _set_language(document)
    today = date_format(timezone.localdate(), "j F Y")
    title = _("Criteria from the case library") if len(cases) > 1 else _xml_text(cases[0].title)
    properties = document.core_properties
    properties.title = title
    properties.author = "Cirkelinkoop"
    properties.language = DOCUMENT_LANGUAGE
    properties.subject = _("Criteria of circular tenders, to reuse")

    document.add_heading(_("Criteria from the case library"), level=0)
    document.add_paragraph(
        _(
            "From the Cirkelinkoop case library, %(date)s. Take what fits your tender, adapt "
            "it to your market and your ambition, and name the source."
        )
        % {"date": today}
    )
    for case in cases:
        _case_add(document, case, request)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _case_add(document, case, request) -> None:
    document.add_heading(_xml_text(case.title), level=1)
    facts = " · ".join(
        str(fact)
        for fact in (
            case.buyer,
            case.year_awarded,
            case.get_procedure_display(),
            case.get_contract_type_display(),
        )
        if fact
    )
    document.add_paragraph(_xml_text(facts))
    source = document.add_paragraph(_("Source: "))
    source.add_run(case.get_full_url(request))
    criteria = list(case.criteria.all())
    if not criteria:
        document.add_paragraph(_("No criteria of this case have been recorded."))
    for criterion in criteria:
        document.add_heading(_xml_text(criterion.title), level=2)
        label = document.add_paragraph().add_run(_xml_text(_criterion_label(criterion)))
        label.italic = True
        label.font.size = Pt(10)
        for line in _xml_text(criterion.text).splitlines():
            if line.strip():
                document.add_paragraph(line.strip())


def _set_language(document) -> None:
    """Word checks the spelling in Dutch, not in the template's English: the language of
    the document's defaults, which every style inherits."""
    for language in document.styles.element.iter(qn("w:lang")):
        language.set(qn("w:val"), DOCUMENT_LANGUAGE)
