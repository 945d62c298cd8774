"""Our theme, not Gemeente Utrecht's: every Utrecht colour our components read is ours."""

import re
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

THEME = Path(settings.BASE_DIR, "static/css/cirkelinkoop.css").read_text()
UTRECHT_TOKENS = Path(settings.BASE_DIR, "node_modules/@utrecht/design-tokens/dist/theme.css")


def _declared(css: str) -> set[str]:
    return set(re.findall(r"(--[\w-]+)\s*:", css))


def test_the_utrecht_blue_palette_is_replaced_by_our_greens():
    blues = {
        t for t in _declared(UTRECHT_TOKENS.read_text()) if t.startswith("--utrecht-color-blue-")
    }

    assert blues and blues <= _declared(THEME)


def test_utrechts_red_is_left_only_where_red_means_danger_or_error():
    red = set(
        re.findall(
            r"(--utrecht-[\w-]+):\s*var\(--utrecht-color-red-40\)", UTRECHT_TOKENS.read_text()
        )
    )
    meaning_danger = {t for t in red if re.search(r"danger|error|invalid|feedback", t)}
    # Components the portal does not use (search bar, Utrecht's footer, number badge).
    unused = {t for t in red if re.search(r"search-bar|page-footer|number-badge", t)}

    assert red - meaning_danger - unused <= _declared(THEME)


def test_checkboxes_radios_list_bullets_and_focus_use_our_tokens():
    ours = _declared(THEME)

    for token in (
        "--utrecht-checkbox-checked-background-color",
        "--utrecht-radio-button-checked-background-color",
        "--utrecht-unordered-list-marker-color",
        "--utrecht-focus-outline-style",
        "--utrecht-focus-outline-color",
        "--utrecht-focus-inverse-outline-color",
        "--utrecht-select-background-image",
    ):
        assert token in ours, token
    assert re.search(r"--utrecht-focus-outline-style:\s*solid", THEME)


def test_the_current_breadcrumb_is_text_not_a_link_without_href():
    html = render_to_string(
        "components/breadcrumb.html",
        {"crumbs": [{"title": "Home", "url": "/"}, {"title": "Ledenlijst", "url": None}]},
    )

    current = re.search(r'<span class="([^"]*)" aria-current="page">Ledenlijst</span>', html)
    assert current and "utrecht-breadcrumb-nav__link--current" in current.group(1)
    assert not re.search(r"<a(?![^>]*href)[^>]*>", html)


def test_the_menu_folds_behind_a_button_that_needs_no_javascript(client, home):
    html = client.get("/").content.decode()

    menu = html[html.index('<details class="ck-menu">') :]
    assert menu.index("<summary") < menu.index('aria-label="Hoofdmenu"') < menu.index("</details>")


def test_any_page_whose_form_came_back_with_errors_says_so_in_its_title(client, home):
    # The search page is no members page: base.html prefixes the title for every `form`.
    plain = client.get("/zoeken/").content.decode()
    failed = client.get("/zoeken/?q=").content.decode()

    assert "<title>Fout" not in plain
    assert "<title>Fout: " in failed
