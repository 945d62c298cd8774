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
# in step with it by tests/cirkelinkoop/test_bench_pages.py.
COMPARED_CASES = (
    "emissievrij-groenonderhoud-utrecht",
    "bermbeheer-maaisel-als-grondstof-amersfoort",
)

# A theme of ``seed_demo``, with its cases.
DEMO_THEME = "duurzaam-groenbeheer"

# The demo's next meeting: its address has its date in it, so it is found when measured.
NEXT_MEETING = "{next_meeting}"

PAGES = [
    BenchPage("home", "/"),
    BenchPage("standard page", "/over-de-coalitie/"),
    BenchPage("participants", "/deelnemers/"),
    BenchPage("organisation", "/deelnemers/gemeente-utrecht/"),
    BenchPage("join form", "/deelnemen/"),
    BenchPage("search", "/zoeken/?q=inkoop"),
    BenchPage("library", "/kennisbank/"),
    BenchPage("library filtered", "/kennisbank/?soort=services&jaar=2024&q=circulair"),
    BenchPage("library as a member", "/kennisbank/?soort=services", "member"),
    BenchPage("case page", f"/kennisbank/{COMPARED_CASES[0]}/"),
    BenchPage("case page as a member", f"/kennisbank/{COMPARED_CASES[0]}/", "member"),
    BenchPage("theme page", f"/themas/{DEMO_THEME}/"),
    BenchPage(
        "case comparison",
        "/kennisbank/vergelijk/?" + "&".join(f"cases={slug}" for slug in COMPARED_CASES),
    ),
    BenchPage("member directory", "/deelnemers/leden/", "member"),
    BenchPage("own data", "/account/gegevens/", "member"),
    BenchPage("share a case", "/kennisbank/nieuw/", "member"),
    BenchPage("meetings", "/bijeenkomsten/"),
    BenchPage("meeting page", f"/bijeenkomsten/{NEXT_MEETING}/"),
    BenchPage("meeting as a member", f"/bijeenkomsten/{NEXT_MEETING}/", "member"),
    BenchPage("meetings calendar", "/bijeenkomsten/agenda.ics"),
    BenchPage("open actions", "/bijeenkomsten/acties/", "member"),
]

# The demo member whose session the member pages are requested with (seed_demo).
MEMBER_EMAIL = "lid@cirkelinkoop.example"


def resolved(path: str) -> str:
    """``path`` with the demo's next meeting filled in (needs Django and the database)."""
    if NEXT_MEETING not in path:
        return path
    from meetings.models import MeetingPage

    meeting = MeetingPage.objects.live().public().scheduled().upcoming().first()
    return path.replace(NEXT_MEETING, meeting.slug)
