"""Organisations have a face: a logo, or a tile of their own; and a page worth opening."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from members.models.organisations import TILE_COLOURS
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

TILE_CSS = Path(settings.BASE_DIR) / "static" / "css" / "organisations.css"


def test_headings_are_plural_for_many_and_singular_for_one(client, home):
    OrganisationFactory(name="Provincie Utrecht", kind="province")
    OrganisationFactory(name="Gemeente Zeist", kind="municipality")
    OrganisationFactory(name="Gemeente Baarn", kind="municipality")

    html = client.get("/deelnemers/").content.decode()

    assert 'Gemeenten <span class="ck-count">(2)</span>' in html
    assert 'Provincie <span class="ck-count">(1)</span>' in html


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Gemeente Utrecht", "Ut"),
        ("Gemeente Bunnik", "Bu"),
        ("Gemeente De Ronde Venen", "RV"),
        ("Gemeente Wijk bij Duurstede", "WD"),
        ("Gemeente IJsselstein", "IJ"),
        ("Gemeente De Bilt", "Bi"),
        ("Hoogheemraadschap De Stichtse Rijnlanden", "SR"),
        ("Inkoopbureau Midden Nederland", "MN"),
        ("BouwCirculair", "BC"),
        ("PIANOo", "PI"),
    ],
)
def test_a_tile_shows_letters_of_the_place_not_of_the_kind(name, initials):
    assert OrganisationFactory.build(name=name).initials == initials


def test_tiles_differ_by_name_and_stay_the_same_for_a_name(client, home):
    names = ["Gemeente Amersfoort", "Gemeente Baarn", "Gemeente Bunnik", "Gemeente Zeist"]
    for name in names:
        OrganisationFactory(name=name)

    first = client.get("/deelnemers/").content.decode()
    second = client.get("/deelnemers/").content.decode()

    tiles = re.findall(r'class="ck-org-tile ck-org-tile--(\d)" aria-hidden="true">(\w+)<', first)
    assert [letters for _colour, letters in tiles] == ["Am", "Ba", "Bu", "Ze"]
    assert len({colour for colour, _letters in tiles}) > 1
    assert re.findall(r"ck-org-tile--(\d)", second) == [colour for colour, _ in tiles]
    assert ">G<" not in first


def test_an_organisation_with_a_logo_shows_the_logo_instead_of_a_tile(client, home):
    logo = Image.objects.create(title="Logo Houten", file=get_test_image_file())
    OrganisationFactory(name="Gemeente Houten", logo=logo)

    html = client.get("/deelnemers/").content.decode()

    assert 'class="ck-org__logo"' in html and 'alt=""' in html
    assert "ck-org-tile" not in html


def _relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_tile_colour_has_aa_contrast_with_its_white_letters():
    colours = dict(
        re.findall(
            r"\.ck-org-tile--(\d) \{ --ck-org-tile-color: (#[0-9a-f]{6}); \}", TILE_CSS.read_text()
        )
    )

    assert sorted(colours) == [str(n) for n in range(TILE_COLOURS)]
    for colour in colours.values():
        contrast = 1.05 / (_relative_luminance(colour) + 0.05)
        assert contrast >= 4.5, colour


def test_an_organisation_page_is_worth_opening_for_a_visitor(client, home):
    organisation = OrganisationFactory(
        name="Gemeente Houten",
        description="Houten koopt circulair in.",
        website="https://www.houten.example",
        domains=["houten.example"],
    )

    html = client.get(organisation.get_absolute_url()).content.decode()

    assert 'class="ck-org-tile ck-org-tile--' in html and "ck-org-tile--large" in html
    assert "Gemeente Houten heeft nog geen aanbesteding gedeeld" in html
    # The sign-in hint is a section of its own, not a line under the web address.
    assert 'id="sign-in-heading"' in html
    assert 'href="/account/login/?next=%2Fdeelnemers%2Fgemeente-houten%2F"' in html
    # The sign-up domain is for sign-up only: not shown.
    assert "houten.example<" not in html.replace("https://www.houten.example", "")
    assert 'href="/deelnemers/">Alle deelnemers</a>' in html


def test_a_member_sees_the_colleagues_and_no_sign_in_hint(client, home, member, utrecht):
    MembershipFactory(
        organisation=utrecht, user=UserFactory(first_name="Zichtbaar", last_name="Lid")
    )
    client.force_login(member)

    html = client.get(utrecht.get_absolute_url()).content.decode()

    assert "Zichtbaar Lid" in html
    assert 'id="sign-in-heading"' not in html
