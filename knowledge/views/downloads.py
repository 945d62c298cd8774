"""/kennisbank/vergelijk/criteria.docx and .csv?cases=…: the criteria of the cases the
compare page shows for the same ``cases`` (one case is a comparison of one), as files."""

from django.http import HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from knowledge import reuse
from knowledge.comparison import MAX_VALUE_LENGTH, MAX_VALUES_READ, comparison_read
from knowledge.views.compare import compare_url

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def criteria_docx(request, library):
    return _download(request, library, reuse.criteria_docx, DOCX_TYPE, "docx")


def criteria_csv(request, library):
    return _download(request, library, reuse.criteria_csv, "text/csv; charset=utf-8", "csv")


def _download(request, library, build, content_type: str, extension: str):
    values = request.GET.getlist("cases")
    comparison = comparison_read(values, request.user, library)
    if not comparison.cases:
        # Nothing to put in a file: the compare page says why, and what to do.
        asked = [value for value in values[:MAX_VALUES_READ] if len(value) <= MAX_VALUE_LENGTH]
        return HttpResponseRedirect(compare_url(asked))
    response = HttpResponse(build(comparison.cases, request), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{_file_name(comparison.cases)}.{extension}"
    )
    if request.user.is_authenticated:
        # A member's file may hold members-only cases: no shared cache keeps it.
        patch_cache_control(response, private=True)
    return response


def _file_name(cases) -> str:
    if len(cases) == 1:
        return f"criteria-{cases[0].slug}"
    return _("criteria-comparison")
