"""Starting a site: the page tree with its first texts, the site, its footer and the roles.

Used by ``manage.py setup_site`` in production and by ``seed_demo``. Every step creates
what is missing and leaves what exists alone, so it can run again without duplicating
anything or undoing a coordinator's edits.
"""

from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from cirkelinkoop import initial_content
from cirkelinkoop.library_promises import library_promises_keep
from cirkelinkoop.models import HomePage, SiteSettings, StandardPage
from cirkelinkoop.services import coordinators_group_ensure
from knowledge import initial_content as knowledge_content
from knowledge.models import CaseIndexPage, ThemeIndexPage
from knowledge.services import (
    case_review_workflow_ensure,
    members_documents_collection_ensure,
    strategies_ensure,
)
from meetings import initial_content as meetings_content
from meetings.models import MeetingIndexPage
from members.models import ContactPage, JoinPage, ParticipantsPage


def tree_root_ensure() -> Page:
    """Wagtail's root page; a flushed test database may lack it, so create it then."""
    locale, _created = Locale.objects.get_or_create(language_code="nl")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _first_revision_ensure(page: Page) -> Page:
    """A page a data migration made has no revision, no history and no search entry yet:
    publishing it once gives it all three, unchanged."""
    if page.latest_revision_id is None:
        _publish(page)
    return page


def home_page_ensure(*, hostname: str, port: int) -> HomePage:
    home = HomePage.objects.first()
    if home:
        return home
    root = tree_root_ensure()
    texts = initial_content.HOME
    # Wagtail's own placeholder home page takes the slug; ours replaces it.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = root.add_child(
        instance=HomePage(
            title=texts["title"],
            slug="home",
            seo_title=texts["seo_title"],
            search_description=texts["search_description"],
            intro=texts["intro"],
            body=texts["body"],
        )
    )
    _publish(home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": hostname,
            "port": port,
            "root_page": home,
            "site_name": "Cirkelinkoop",
        },
    )
    return home


def standard_page_ensure(*, parent: Page, texts: dict, in_menu: bool) -> StandardPage:
    existing = parent.get_children().filter(slug=texts["slug"]).specific().first()
    if existing:
        return existing
    page = parent.add_child(instance=StandardPage(**texts, show_in_menus=in_menu))
    return _publish(page)


def singleton_page_ensure(*, parent: Page, page_class: type[Page], texts: dict, in_menu: bool):
    """The one page of ``page_class`` (``max_count = 1``), wherever it is; made when missing.

    The members app's pages: existing databases got them from a data migration
    (``members.0006``), which cannot publish a revision; that happens here.
    """
    existing = page_class.objects.first()
    if existing:
        return _first_revision_ensure(existing)
    page = parent.add_child(instance=page_class(**texts, show_in_menus=in_menu))
    return _publish(page)


def members_pages_ensure(*, home: Page) -> None:
    """/deelnemers/, /deelnemen/ and /contact/, with the texts the coordinator edits."""
    singleton_page_ensure(
        parent=home, page_class=ParticipantsPage, texts=initial_content.PARTICIPANTS, in_menu=True
    )
    singleton_page_ensure(
        parent=home, page_class=JoinPage, texts=initial_content.JOIN, in_menu=False
    )
    singleton_page_ensure(
        parent=home, page_class=ContactPage, texts=initial_content.CONTACT, in_menu=True
    )


def knowledge_pages_ensure(*, home: Page) -> None:
    """/kennisbank/ and /themas/, first in the menu after home (the portal's heart), and the
    collection for documents only members may get."""
    for page_class, texts in reversed(
        [(CaseIndexPage, knowledge_content.LIBRARY), (ThemeIndexPage, knowledge_content.THEMES)]
    ):
        if not page_class.objects.exists():
            page = singleton_page_ensure(
                parent=home, page_class=page_class, texts=texts, in_menu=True
            )
            page.move(home, pos="first-child")
    members_documents_collection_ensure()
    strategies_ensure()


def meetings_pages_ensure(*, home: Page) -> None:
    """/bijeenkomsten/, in the menu after the case library and the themes."""
    if not MeetingIndexPage.objects.exists():
        page = singleton_page_ensure(
            parent=home, page_class=MeetingIndexPage, texts=meetings_content.MEETINGS, in_menu=True
        )
        page.move(ThemeIndexPage.objects.get(), pos="right")


def footer_ensure(*, site: Site, privacy: Page, accessibility: Page) -> SiteSettings:
    site_settings = SiteSettings.for_site(site)
    if not site_settings.footer_text:
        site_settings.footer_text = initial_content.FOOTER_TEXT
    if not site_settings.footer_links:
        site_settings.footer_links = [
            ("link", {"label": privacy.title, "page": privacy, "url": ""}),
            ("link", {"label": accessibility.title, "page": accessibility, "url": ""}),
        ]
    site_settings.save()
    return site_settings


@transaction.atomic
def site_setup(*, hostname: str, port: int = 443) -> Site:
    home = home_page_ensure(hostname=hostname, port=port)
    standard_page_ensure(parent=home, texts=initial_content.ABOUT, in_menu=True)
    standard_page_ensure(parent=home, texts=initial_content.RCIO, in_menu=True)
    privacy = standard_page_ensure(parent=home, texts=initial_content.PRIVACY, in_menu=False)
    accessibility = standard_page_ensure(
        parent=home, texts=initial_content.ACCESSIBILITY, in_menu=False
    )
    members_pages_ensure(home=home)
    knowledge_pages_ensure(home=home)
    meetings_pages_ensure(home=home)
    library_promises_keep()
    site = Site.objects.get(is_default_site=True)
    footer_ensure(site=site, privacy=privacy, accessibility=accessibility)
    coordinators = coordinators_group_ensure(root_page=home)
    # Cases members share wait for the coordinators' approval before they are published.
    case_review_workflow_ensure(library=CaseIndexPage.objects.get(), reviewers=coordinators)
    return site
