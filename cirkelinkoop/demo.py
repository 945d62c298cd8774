"""Demo content of the site shell, built by ``manage.py seed_demo``.

Every step creates what is missing and leaves what exists alone, so the command can run
again (``make run`` does, every time) without duplicating anything or undoing edits.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from cirkelinkoop import demo_texts
from cirkelinkoop.models import HomePage, SiteSettings, StandardPage
from cirkelinkoop.services import coordinators_group_ensure

# Fictional people: the real coordinator's name lives in the site settings of production.
DEMO_COORDINATOR = {
    "email": "coordinator@cirkelinkoop.example",
    "first_name": "Anouk",
    "last_name": "Kringloop (demo)",
    "phone": "030 000 00 00",
}
DEMO_MEMBER = {
    "email": "lid@cirkelinkoop.example",
    "first_name": "Bram",
    "last_name": "Hergebruik (demo)",
}
DEFAULT_COORDINATOR_PASSWORD = "demo-coordinator"
DEFAULT_MEMBER_PASSWORD = "demo-lid"


@dataclass
class DemoAccount:
    role: str
    email: str
    password: str | None  # None when the account already existed: its password is kept


def _tree_root() -> Page:
    """Wagtail's root page; a flushed test database may lack it, so create it then."""
    Locale.objects.get_or_create(language_code="nl")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            title="Root", slug="root", locale=Locale.objects.get(language_code="nl")
        )
    return root


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def home_page_ensure(*, hostname: str, port: int) -> HomePage:
    home = HomePage.objects.first()
    if home:
        return home
    root = _tree_root()
    texts = demo_texts.HOME
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


def standard_page_ensure(parent: Page, texts: dict, *, in_menu: bool) -> StandardPage:
    existing = parent.get_children().filter(slug=texts["slug"]).specific().first()
    if existing:
        return existing
    page = parent.add_child(
        instance=StandardPage(
            title=texts["title"],
            slug=texts["slug"],
            seo_title=texts["seo_title"],
            search_description=texts["search_description"],
            intro=texts["intro"],
            body=texts["body"],
            show_in_menus=in_menu,
        )
    )
    return _publish(page)


def site_settings_ensure(site: Site, *, privacy: Page, accessibility: Page) -> SiteSettings:
    site_settings = SiteSettings.for_site(site)
    if not site_settings.coordinator_email:
        site_settings.coordinator_name = (
            f"{DEMO_COORDINATOR['first_name']} {DEMO_COORDINATOR['last_name']}"
        )
        site_settings.coordinator_email = DEMO_COORDINATOR["email"]
        site_settings.coordinator_phone = DEMO_COORDINATOR["phone"]
    if not site_settings.footer_text:
        site_settings.footer_text = demo_texts.FOOTER_TEXT
    if not site_settings.footer_links:
        site_settings.footer_links = [
            ("link", {"label": privacy.title, "page": privacy, "url": ""}),
            ("link", {"label": accessibility.title, "page": accessibility, "url": ""}),
        ]
    site_settings.save()
    return site_settings


def account_ensure(*, email: str, password: str, first_name: str, last_name: str) -> bool:
    """Create a verified account; returns False when it already existed."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        email=email,
        defaults={"username": email, "first_name": first_name, "last_name": last_name},
    )
    if created:
        user.set_password(password)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return created


@transaction.atomic
def seed(
    *,
    coordinator_password: str,
    member_password: str,
    hostname: str = "127.0.0.1",
    port: int = 8000,
) -> list[DemoAccount]:
    home = home_page_ensure(hostname=hostname, port=port)
    standard_page_ensure(home, demo_texts.ABOUT, in_menu=True)
    standard_page_ensure(home, demo_texts.RCIO, in_menu=True)
    privacy = standard_page_ensure(home, demo_texts.PRIVACY, in_menu=False)
    accessibility = standard_page_ensure(home, demo_texts.ACCESSIBILITY, in_menu=False)
    site = Site.objects.get(is_default_site=True)
    site_settings_ensure(site, privacy=privacy, accessibility=accessibility)

    group = coordinators_group_ensure(root_page=home)
    coordinator_created = account_ensure(
        email=DEMO_COORDINATOR["email"],
        password=coordinator_password,
        first_name=DEMO_COORDINATOR["first_name"],
        last_name=DEMO_COORDINATOR["last_name"],
    )
    get_user_model().objects.get(email=DEMO_COORDINATOR["email"]).groups.add(group)
    member_created = account_ensure(password=member_password, **DEMO_MEMBER)
    return [
        DemoAccount(
            "coordinator",
            DEMO_COORDINATOR["email"],
            coordinator_password if coordinator_created else None,
        ),
        DemoAccount("member", DEMO_MEMBER["email"], member_password if member_created else None),
    ]
