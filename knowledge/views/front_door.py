"""What the home page shows of the case library: a search box into /kennisbank/, the
newest public cases and the themes. The same for every reader, so the home page stays
one cached page for visitors; two queries, however many cases there are."""

from knowledge.models import CasePage, ThemePage

FRONT_DOOR_CASES = 3


def front_door_context(request) -> dict:
    cases = CasePage.objects.live().public().for_cards().newest_first()
    return {
        "latest_cases": list(cases[:FRONT_DOOR_CASES]),
        "themes": list(ThemePage.objects.live().public().order_by("title")),
    }
