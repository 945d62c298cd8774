"""/kennisbank/export.csv and /kennisbank/export.json: the public cases with the library's
current filters, as open data (knowledge.opendata)."""

import csv

from django.http import HttpResponse, JsonResponse

from knowledge import opendata
from knowledge.facets import library_search
from knowledge.library_index import library_index
from knowledge.models import CasePage


def _public_cases(request):
    """The public cases the filters select, in the library's order: never a members-only
    one, even for a member (an export is passed on)."""
    public = CasePage.objects.live().public()
    index = library_index(request, lambda: public, "public")
    pks = library_search(request, index, request.GET).pks
    by_pk = opendata.export_cases(public.filter(pk__in=pks)).in_bulk()
    return [by_pk[pk] for pk in pks if pk in by_pk]


def export_csv(request, page):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kennisbank.csv"'
    response.write("\ufeff")  # so a spreadsheet reads it as UTF-8
    writer = csv.writer(response)
    writer.writerow(opendata.CSV_COLUMNS)
    for case in _public_cases(request):
        writer.writerow(opendata.csv_row(case, request.build_absolute_uri(case.url)))
    response["Link"] = f'<{opendata.LICENSE_URL}>; rel="license"'
    return response


def export_json(request, page):
    cases = [
        opendata.ocds_case(case, request.build_absolute_uri(case.url))
        for case in _public_cases(request)
    ]
    document = opendata.json_document(cases, request.build_absolute_uri())
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Link"] = f'<{opendata.LICENSE_URL}>; rel="license"'
    return response
