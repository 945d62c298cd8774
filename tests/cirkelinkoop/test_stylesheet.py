"""The front end: one small stylesheet that styles every NL Design System class we use.

frontend/portal.css imports only the component packages the templates use; these tests
keep that list honest as templates change, and keep the page light (one stylesheet, the
font it preloads, only the Latin font).
"""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings

PROJECT_DIR = Path(__file__).resolve().parents[2]
BUNDLE = PROJECT_DIR / "frontend" / "dist" / "css" / "portal.css"
# Where templates and the Python that writes HTML (form widgets, template tags) live.
SOURCE_DIRS = ["templates", "cirkelinkoop", "members", "mailing"]
SOURCE_SUFFIXES = {".html", ".py", ".txt"}

# A class of the NL Design System: "utrecht-", a component name starting with a letter, and
# optionally a BEM element and modifier. Not a custom property ("--utrecht-…") or a slug.
UTRECHT_CLASS = re.compile(
    r"(?<![\w-])utrecht-[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:__[a-z0-9]+(?:-[a-z0-9]+)*)?(?:--[a-z0-9-]*)?"
)
# Classes of the NL Design System's markup that carry no CSS of their own, in any package.
WITHOUT_CSS = {"utrecht-form-fieldset__fieldset", "utrecht-pagination__pages"}


def used_classes() -> dict[str, set[str]]:
    """Every utrecht-* class written in a template or in Python, with the files using it."""
    found: dict[str, set[str]] = {}
    for folder in SOURCE_DIRS:
        for path in (PROJECT_DIR / folder).rglob("*"):
            if path.suffix not in SOURCE_SUFFIXES or "migrations" in path.parts:
                continue
            for match in UTRECHT_CLASS.finditer(path.read_text(encoding="utf-8")):
                found.setdefault(match.group(), set()).add(str(path.relative_to(PROJECT_DIR)))
    return found


def component(css_class: str) -> str:
    """The BEM block: utrecht-form-field__label--x -> utrecht-form-field."""
    return css_class.split("__")[0].split("--")[0].rstrip("-")


@pytest.fixture(scope="module")
def bundle() -> str:
    if not BUNDLE.exists():
        pytest.fail(f"{BUNDLE.relative_to(PROJECT_DIR)} is missing: run `make install`.")
    return BUNDLE.read_text(encoding="utf-8")


def styled(css_class: str, css: str) -> bool:
    return re.search(rf"\.{re.escape(css_class)}(?![\w-])", css) is not None


def test_the_templates_use_utrecht_classes_at_all():
    # Guards the scan itself: an empty result would make the tests below pass vacuously.
    classes = used_classes()

    assert "utrecht-button" in classes
    assert "utrecht-form-field__label" in classes


def test_every_utrecht_component_the_templates_use_is_in_the_bundle(bundle):
    missing = {
        component(css_class): files
        for css_class, files in used_classes().items()
        if not styled(component(css_class), bundle)
    }

    assert not missing, (
        "Templates use NL Design System components whose CSS is not in the bundle; add "
        "their @utrecht/<component>-css package to package.json and frontend/portal.css: "
        f"{missing}"
    )


def test_every_utrecht_class_the_templates_use_has_its_css_in_the_bundle(bundle):
    # Whole class names, so a misspelt or missing modifier (utrecht-button--primary) shows
    # up too. Names ending in "--" or "-" are built in the template ("--{{ variant }}").
    missing = {
        css_class: files
        for css_class, files in used_classes().items()
        if not css_class.endswith("-")
        and css_class not in WITHOUT_CSS
        and not styled(css_class, bundle)
    }

    assert not missing, f"No CSS in the bundle for: {missing}"


def test_the_bundle_is_minified_and_small(bundle):
    assert "\n" not in bundle.strip()
    # The whole component library was 407 KB and the tokens 88 KB; what we use is a fraction.
    assert len(gzip.compress(bundle.encode())) < 30_000


def test_the_bundle_loads_only_the_latin_font_and_keeps_the_layout_still(bundle):
    fonts = re.findall(r"url\(([^)]*\.woff2)\)", bundle)

    assert fonts, "the bundle declares no font"
    assert all("latin-ext" not in font and "-latin-" in font for font in fonts)
    assert bundle.count("@font-face") == bundle.count("font-display:optional")


@pytest.mark.django_db
def test_a_page_loads_one_stylesheet_and_preloads_the_font_it_uses(client, home, bundle):
    html = client.get("/").content.decode()

    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    preloads = re.findall(r'<link rel="preload" href="([^"]+)" as="font"', html)
    assert stylesheets == [f"{settings.STATIC_URL}css/portal.css"]
    assert len(preloads) == 1
    # The stylesheet (in css/) refers to the font as ../fonts/<name>: the same file.
    assert f"url(../{preloads[0].removeprefix(settings.STATIC_URL)})" in bundle


def test_the_build_keeps_every_property_of_its_sources(bundle):
    # Lightning CSS treats properties it does not parse (content, clip, …) like custom
    # properties; the build must drop only unread custom properties, never those.
    imports = re.findall(r'@import "([^"]+)";', (PROJECT_DIR / "frontend/portal.css").read_text())
    sources = "".join(
        (PROJECT_DIR / "frontend" / path).resolve().read_text(encoding="utf-8") for path in imports
    )
    declared = set(re.findall(r"[{;]\s*([a-z][a-z-]*)\s*:", sources))
    in_bundle = set(re.findall(r"[{;]\s*([a-z][a-z-]*)\s*:", bundle))
    # Minifying may merge longhands into their shorthand: grid-row + grid-column = grid-area.
    merged = {"grid-row": "grid-area", "grid-column": "grid-area"}

    lost = {name for name in declared - in_bundle if merged.get(name) not in in_bundle}
    assert lost == set()


@pytest.mark.parametrize("source", sorted((PROJECT_DIR / "static" / "css").glob("*.css")))
def test_each_source_closes_every_rule_it_opens(source):
    """An unclosed rule swallows the rules after it, and the build does not complain."""
    depth = 0
    text = re.sub(r"/\*.*?\*/", "", source.read_text(), flags=re.S)
    for line_number, line in enumerate(text.splitlines(), 1):
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"{source.name}:{line_number} closes a rule it never opened"
    assert depth == 0, f"{source.name} leaves {depth} rule(s) open"
