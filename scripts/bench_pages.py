"""The pages `make bench` measures and whose query counts a test keeps constant.

Each later capability adds its pages here (the case library, the meetings), so they are
measured and guarded from the day they land. ``who`` is the role that requests the page:
``visitor`` (no cookies) or ``member`` (the demo member, signed in).
"""

from typing import NamedTuple


class BenchPage(NamedTuple):
    label: str
    path: str
    who: str = "visitor"


# Two demo cases the comparison is measured with: slugs of ``seed_demo``'s cases, kept
# in step with it. A slug that is not there is explained on the page, not an error, so a
# mismatch shows as an empty comparison here rather than as a failure.
COMPARED_CASES = ("maaien-zonder-uitstoot-utrecht", "circulaire-bermbanken-amersfoort")

PAGES = [
    BenchPage("home", "/"),
    BenchPage("standard page", "/over-de-coalitie/"),
    BenchPage("participants", "/deelnemers/"),
    BenchPage("organisation", "/deelnemers/gemeente-utrecht/"),
    BenchPage("join form", "/deelnemen/"),
    BenchPage("search", "/zoeken/?q=inkoop"),
    BenchPage(
        "case comparison",
        "/kennisbank/vergelijk/?" + "&".join(f"cases={slug}" for slug in COMPARED_CASES),
    ),
    BenchPage("member directory", "/deelnemers/leden/", "member"),
    BenchPage("own data", "/account/gegevens/", "member"),
]

# The demo member whose session the member pages are requested with (seed_demo).
MEMBER_EMAIL = "lid@cirkelinkoop.example"
