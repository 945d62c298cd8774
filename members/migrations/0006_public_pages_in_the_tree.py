"""Put /deelnemers/, /deelnemen/ and /contact/ in the page tree of a site that runs already.

Until 0005 these addresses were Django views with their texts in templates; now they are
pages. A database whose default site has its own home page gets them here, with the
texts the templates had, so no address stops working after ``migrate``. A fresh
database (whose default site still shows Wagtail's placeholder page) is left alone:
``setup_site`` and ``seed_demo`` build its tree.

Historical models know nothing of treebeard or revisions: the tree fields are set by
hand, and ``setup_site`` (which ``make run`` runs too) publishes a first revision of each
page, which also puts it in the search index.
"""

import uuid

from django.db import migrations
from django.utils import timezone

STEP_LENGTH = 4  # treebeard's path step, as Wagtail's Page uses it
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# The texts as the templates said them (frozen here: later edits of the initial content
# do not change what this migration did).
PAGES = [
    (
        "participantspage",
        {
            "slug": "deelnemers",
            "title": "Deelnemers",
            "show_in_menus": True,
            "seo_title": "Deelnemers aan de Coalitie Inkoop Cirkelregio Utrecht",
            "search_description": (
                "De provincie, het waterschap, het inkoopbureau, de gemeenten en de "
                "kennispartners die in de regio Utrecht samen circulair inkopen in de "
                "Coalitie Inkoop."
            ),
            "intro": (
                "Deze organisaties kopen samen circulair in binnen de Coalitie Inkoop van "
                "Cirkelregio Utrecht."
            ),
        },
    ),
    (
        "joinpage",
        {
            "slug": "deelnemen",
            "title": "Doe mee met de coalitie",
            "show_in_menus": False,
            "seo_title": "Meedoen met de Coalitie Inkoop Cirkelregio Utrecht",
            "search_description": (
                "Koopt je organisatie in voor de overheid in de provincie Utrecht en wil ze "
                "circulair inkopen? Vraag hier aan om mee te doen met de Coalitie Inkoop en "
                "het RCIO."
            ),
            "intro": (
                "Is je organisatie een publieke opdrachtgever in de provincie Utrecht en wil "
                "ze circulair inkopen? Vraag dan om mee te doen: de coördinator leest elke "
                "aanvraag en antwoordt binnen een paar weken."
            ),
            "body": (
                "<h2>Wat meedoen inhoudt</h2><ul>"
                "<li>Je inkopers en adviseurs schuiven elke zes weken aan bij het Regionaal "
                "Circulair Inkoopoverleg (RCIO).</li>"
                "<li>Ze krijgen een account voor de ledenlijst en voor wat de coalitie met "
                "haar leden deelt.</li>"
                "<li>Je organisatie deelt haar circulaire aanbestedingen, zodat anderen ervan "
                "kunnen leren. Straks doet ze dat in de kennisbank op dit portaal, die we nu "
                "bouwen.</li></ul>"
            ),
            "thanks_title": "Bedankt voor je aanvraag",
            "thanks_intro": (
                "We hebben je aanvraag om mee te doen ontvangen. Je krijgt binnen een paar "
                "minuten een bevestiging per e-mail."
            ),
            "thanks_body": (
                "<h2>Wat gebeurt er nu?</h2><ol>"
                "<li>De coördinator leest je aanvraag en belt je misschien met vragen.</li>"
                "<li>Je hoort het besluit per e-mail, meestal binnen drie weken.</li>"
                "<li>Na goedkeuring krijg je een uitnodiging om je account aan te maken, en "
                "ben je welkom bij het volgende RCIO.</li></ol>"
            ),
        },
    ),
    (
        "contactpage",
        {
            "slug": "contact",
            "title": "Contact",
            "show_in_menus": True,
            "seo_title": "Contact met de coördinator van de Coalitie Inkoop",
            "search_description": (
                "Een vraag over de Coalitie Inkoop, een aanbesteding of het RCIO? Stel haar "
                "via dit formulier aan de coördinator; je krijgt per e-mail antwoord."
            ),
            "intro": (
                "Een vraag over de coalitie, een aanbesteding of het RCIO? Stuur die naar de "
                "coördinator; je krijgt per e-mail antwoord."
            ),
            "body": (
                '<p>Wil jouw organisatie meedoen? Gebruik dan het <a href="/deelnemen/">'
                "aanvraagformulier</a>.</p>"
            ),
            "thanks_title": "Bedankt voor je bericht",
            "thanks_intro": (
                "Je bericht is aangekomen bij de coördinator. Je krijgt per e-mail antwoord, "
                "meestal binnen vijf werkdagen."
            ),
        },
    ),
]


def _step(number: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEP_LENGTH, "0")


def _last_child_path(Page, parent) -> str | None:
    return (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )


def create_pages(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return
    home = site.root_page
    placeholder = ContentType.objects.get(app_label="wagtailcore", model="page")
    if home.content_type_id == placeholder.pk:
        return  # a fresh database: setup_site builds the tree

    now = timezone.now()
    for model_name, fields in PAGES:
        model = apps.get_model("members", model_name)
        if model.objects.exists():
            continue
        if Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).filter(
            slug=fields["slug"]
        ):
            continue  # the coordinator has a page at this address: theirs stays
        content_type, _created = ContentType.objects.get_or_create(
            app_label="members", model=model_name
        )
        last = _last_child_path(Page, home)
        next_number = int(last[-STEP_LENGTH:], len(ALPHABET)) + 1 if last else 1
        model.objects.create(
            **fields,
            draft_title=fields["title"],
            content_type=content_type,
            path=home.path + _step(next_number),
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}{fields['slug']}/",
            locale_id=home.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        home.numchild += 1
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild)


def remove_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for model_name, _fields in PAGES:
        model = apps.get_model("members", model_name)
        for page in model.objects.all():
            parent_path = page.path[:-STEP_LENGTH]
            page.delete()
            parent = Page.objects.filter(path=parent_path).first()
            if parent is not None:
                parent.numchild = Page.objects.filter(
                    path__startswith=parent.path, depth=parent.depth + 1
                ).count()
                parent.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0005_public_pages"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_pages, remove_pages)]
