"""The public cases as open data: CSV for a spreadsheet, JSON that uses the names of the
Open Contracting Data Standard (OCDS 1.1) where one exists.

Only what is public goes out, for everyone: the export is a file anyone may pass on, so
a member's download holds no more than a visitor's. Under CC BY 4.0, stated on the
library page and in the JSON itself.
"""

from django.utils import timezone

from knowledge.taxonomies import VALUE_BAND_BOUNDS, ContractType, Procedure, ValueBand

LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENSE_NAME = "CC BY 4.0"
OCDS_VERSION = "1.1"
CURRENCY = "EUR"

# OCDS's procurementCategory codelist.
MAIN_CATEGORY = {
    ContractType.WORKS: "works",
    ContractType.SUPPLIES: "goods",
    ContractType.SERVICES: "services",
}
# OCDS's method codelist: open, selective (only selected candidates tender), limited
# (the buyer invites whom it chooses), direct (one).
PROCUREMENT_METHOD = {
    Procedure.EUROPEAN_OPEN: "open",
    Procedure.NATIONAL_OPEN: "open",
    Procedure.EUROPEAN_RESTRICTED: "selective",
    Procedure.COMPETITIVE_DIALOGUE: "selective",
    Procedure.COMPETITIVE_NEGOTIATION: "selective",
    Procedure.INNOVATION_PARTNERSHIP: "selective",
    Procedure.MULTIPLE_PRIVATE: "limited",
    Procedure.SINGLE_PRIVATE: "direct",
}

CSV_COLUMNS = [
    "url",
    "title",
    "summary",
    "buyer",
    "award_year",
    "contract_type",
    "procedure",
    "value_minimum_eur",
    "value_maximum_eur",
    "duration_months",
    "tenderned_number",
    "cpv_codes",
    "product_group",
    "themes",
    "circular_strategies",
    "illustrative",
    "published",
]


def export_cases(cases):
    """What each case needs, in two queries more: its themes and strategies."""
    from knowledge.models import ThemePage

    public_themes = ThemePage.objects.live().public()
    return cases.select_related("buyer_organisation", "product_group").prefetch_related(
        _prefetch("themes", public_themes), "strategies"
    )


def _prefetch(name, queryset):
    from django.db.models import Prefetch

    return Prefetch(name, queryset=queryset.order_by("title"))


def _bounds(case) -> tuple[int | None, int | None]:
    if not case.value_band:
        return None, None
    return VALUE_BAND_BOUNDS[ValueBand(case.value_band)]


# A cell a spreadsheet would run as a formula starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """Text that would start a formula is prefixed with a quote, so a spreadsheet shows it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(case, url: str) -> list:
    return [_cell(value) for value in _csv_values(case, url)]


def _csv_values(case, url: str) -> list:
    minimum, maximum = _bounds(case)
    return [
        url,
        case.title,
        case.summary,
        case.buyer,
        case.year_awarded,
        case.contract_type,
        case.procedure,
        "" if minimum is None else minimum,
        "" if maximum is None else maximum,
        case.duration_months or "",
        case.tenderned_number,
        " ".join(case.cpv_codes),
        case.product_group.name if case.product_group_id else "",
        "; ".join(theme.title for theme in case.themes.all()),
        " ".join(strategy.code for strategy in case.strategies.all()),
        "yes" if case.is_illustrative else "no",
        case.first_published_at.date().isoformat() if case.first_published_at else "",
    ]


def ocds_case(case, url: str) -> dict:
    """A case with OCDS's names: buyer, tender (category, method, items with CPV, the
    value band as minValue and value); what OCDS has no name for beside it."""
    minimum, maximum = _bounds(case)
    tender = {
        "title": case.title,
        "description": case.summary,
        "mainProcurementCategory": MAIN_CATEGORY.get(case.contract_type),
        "procurementMethod": PROCUREMENT_METHOD.get(case.procedure),
        "procurementMethodDetails": str(Procedure(case.procedure).label)
        if case.procedure in Procedure.values
        else case.procedure,
        "items": [
            {"id": str(number), "classification": {"scheme": "CPV", "id": code}}
            for number, code in enumerate(case.cpv_codes, start=1)
        ],
    }
    if minimum is not None:
        tender["minValue"] = {"amount": minimum, "currency": CURRENCY}
    if maximum is not None:
        tender["value"] = {"amount": maximum, "currency": CURRENCY}
    if case.duration_months:
        tender["contractPeriod"] = {"durationInDays": round(case.duration_months * 365.25 / 12)}
    return {
        "id": case.slug,
        "url": url,
        "title": case.title,
        "description": case.summary,
        "date": case.first_published_at.isoformat() if case.first_published_at else None,
        "buyer": {"name": case.buyer},
        "tender": {k: v for k, v in tender.items() if v not in (None, [])},
        "awardYear": case.year_awarded,
        "tenderNedNumber": case.tenderned_number or None,
        "productGroup": case.product_group.name if case.product_group_id else None,
        "themes": [theme.title for theme in case.themes.all()],
        "circularStrategies": [strategy.code for strategy in case.strategies.all()],
        "illustrative": case.is_illustrative,
    }


def json_document(cases: list[dict], source_url: str) -> dict:
    return {
        "license": LICENSE_URL,
        "licenseName": LICENSE_NAME,
        "publisher": {"name": "Coalitie Inkoop, Cirkelregio Utrecht"},
        "publishedDate": timezone.now().isoformat(timespec="seconds"),
        "uri": source_url,
        "ocdsVersion": OCDS_VERSION,
        "note": "Field names follow the Open Contracting Data Standard where it has one.",
        "cases": cases,
    }
