"""The page types of the site shell as a visitor sees them."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_is_dutch_with_skip_link_and_landmarks(client, home):
    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert 'href="#inhoud"' in html and "Naar de inhoud" in html
    assert '<main id="inhoud"' in html
    assert '<h1 class="utrecht-heading-1">Samen circulair inkopen</h1>' in html
    assert '<nav class="ck-nav" aria-label="Hoofdmenu">' in html


def test_menu_lists_pages_marked_for_menus_and_marks_the_current_one(client, home):
    about = StandardPageFactory(parent=home, title="Over de coalitie", show_in_menus=True)
    StandardPageFactory(parent=home, title="Privacyverklaring", show_in_menus=False)

    html = client.get(about.url).content.decode()

    menu = html.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert "Over de coalitie" in menu
    assert "Privacyverklaring" not in menu
    assert f'href="{about.url}" aria-current="page"' in menu


def test_standard_page_renders_every_body_block(client, home):
    image = Image.objects.create(title="Grasveld", file=get_test_image_file())
    page = StandardPageFactory(
        parent=home,
        title="Het RCIO",
        body=[
            ("heading", {"text": "Zo werkt het", "level": "h2"}),
            ("paragraph", "<p>Elke <b>zes weken</b> een overleg.</p>"),
            ("image", {"image": image, "alt_text": "Een grasveld in bloei", "caption": "Groen"}),
            (
                "call_to_action",
                {
                    "title": "Doe mee",
                    "text": "Meld je aan.",
                    "button_label": "Aanmelden",
                    "page": None,
                    "url": "https://example.org/deelnemen/",
                },
            ),
            ("quote", {"quote": "Het scheelt ons maanden.", "attribution": "Een inkoper"}),
        ],
    )

    html = client.get(page.url).content.decode()

    assert '<h2 class="utrecht-heading-2">Zo werkt het</h2>' in html
    assert "<b>zes weken</b>" in html
    assert 'alt="Een grasveld in bloei"' in html
    assert 'href="https://example.org/deelnemen/">Aanmelden</a>' in html
    assert "Het scheelt ons maanden." in html and "— Een inkoper" in html


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home):
    parent = StandardPageFactory(parent=home, title="Over de coalitie")
    child = StandardPageFactory(parent=parent, title="Partners")

    html = client.get(child.url).content.decode()

    crumbs = html.split('aria-label="Kruimelpad"')[1].split("</nav>")[0]
    assert crumbs.index(">Home<") < crumbs.index("Over de coalitie")
    assert 'aria-current="page">Partners<' in crumbs


def test_promote_fields_become_meta_description_canonical_and_open_graph(client, home):
    page = StandardPageFactory(
        parent=home,
        title="Het RCIO",
        seo_title="Het Regionaal Circulair Inkoopoverleg",
        search_description="Elke zes weken kennis delen over circulair inkopen.",
    )

    html = client.get(page.url).content.decode()

    assert "<title>Het Regionaal Circulair Inkoopoverleg | Cirkelinkoop</title>" in html
    assert '<meta name="description" content="Elke zes weken kennis delen' in html
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
    assert '<meta property="og:title" content="Het Regionaal Circulair Inkoopoverleg">' in html
    assert '<meta property="og:locale" content="nl_NL">' in html


def test_unknown_address_shows_the_dutch_not_found_page(client, home):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert 'href="#inhoud"' in html


def test_server_error_page_needs_no_database_or_request_context():
    response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def test_sitemap_robots_and_favicon(client, home):
    StandardPageFactory(parent=home, title="Het RCIO", slug="het-rcio")

    sitemap = client.get("/sitemap.xml")
    robots = client.get("/robots.txt")

    assert sitemap.status_code == 200 and b"/het-rcio/" in sitemap.content
    assert robots["Content-Type"].startswith("text/plain")
    assert b"Sitemap: http://testserver/sitemap.xml" in robots.content
    assert b"Disallow: /beheer/" in robots.content
    assert client.get("/favicon.ico").status_code == 302
