"""CPV codes as TenderNed shows them: eight digits, a hyphen and a check digit."""

import pytest
from django.core.exceptions import ValidationError

from knowledge.validators import validate_cpv_code, validate_cpv_codes


@pytest.mark.parametrize(
    "code",
    ["45000000-7", "77310000-6", "77313000-7", "90911200-8", "39130000-2", "30213100-6"],
)
def test_real_cpv_codes_pass(code):
    validate_cpv_code(code)


@pytest.mark.parametrize("code", ["77310000-5", "45000000-1", "30213100-0"])
def test_a_wrong_check_digit_is_refused(code):
    with pytest.raises(ValidationError) as refused:
        validate_cpv_code(code)
    assert refused.value.code == "cpv_check_digit"


@pytest.mark.parametrize("code", ["77310000", "7731000-6", "77310000-66", "abcdefgh-1", ""])
def test_a_code_in_another_form_is_refused(code):
    with pytest.raises(ValidationError) as refused:
        validate_cpv_code(code)
    assert refused.value.code == "cpv_format"


def test_a_list_names_each_wrong_code():
    with pytest.raises(ValidationError) as refused:
        validate_cpv_codes("77313000-7, 45000000-1;77310000")
    assert len(refused.value.error_list) == 2
