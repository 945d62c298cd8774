"""Checks of the formal identifiers a case carries."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CPV_FORMAT = re.compile(r"^(\d{8})-(\d)$")
# The CPV check digit: the code's eight digits weighted 3, 7, 1, 3, 7, 1, 3, 7, summed,
# modulo 10 (e.g. 45000000-7 construction work, 77310000-6 green-area maintenance).
CPV_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7)


def cpv_check_digit(digits: str) -> int:
    return sum(int(d) * w for d, w in zip(digits, CPV_WEIGHTS, strict=True)) % 10


def validate_cpv_code(value: str) -> None:
    match = CPV_FORMAT.match(value or "")
    if not match:
        raise ValidationError(
            _("Write a CPV code as eight digits, a hyphen and a check digit, like 77310000-6."),
            code="cpv_format",
        )
    digits, check = match.groups()
    if cpv_check_digit(digits) != int(check):
        raise ValidationError(
            _(
                "%(code)s is not a CPV code: its check digit does not match. "
                "Copy it from TenderNed."
            ),
            code="cpv_check_digit",
            params={"code": value},
        )


def cpv_codes_parse(value: str) -> list[str]:
    """The codes of a list written with commas, semicolons, spaces or new lines."""
    return [code for code in re.split(r"[\s,;]+", value or "") if code]


def validate_cpv_codes(value: str) -> None:
    errors = []
    for code in cpv_codes_parse(value):
        try:
            validate_cpv_code(code)
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError(errors)


TENDERNED_NUMBER = re.compile(r"^\d{5,7}$")


def validate_tenderned_number(value: str) -> None:
    if not TENDERNED_NUMBER.match(value or ""):
        raise ValidationError(
            _("A TenderNed publication number has five to seven digits, like 312345."),
            code="tenderned_number",
        )
