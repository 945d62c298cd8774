"""One small but complete portal for the permission matrix: every kind of object a URL
can name, and one account per role.

The matrix fills each URL's arguments from these objects (``{about.id}``, ``{utrecht.slug}``),
so a URL with an argument is requested for a real object, not for one that does not exist.
"""

from datetime import timedelta
from types import SimpleNamespace

import wagtail_factories
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupPagePermission,
    PageViewRestriction,
    Site,
    Workflow,
)

from knowledge.models import CaseIndexPage, Instrument, ThemeIndexPage
from mailing.models import OutboxEmail
from meetings.models import ActionItem, MeetingIndexPage, MinutesItem
from meetings.services import (
    calendar_feed_for,
    meetings_mark_held,
    minutes_publish,
    minutes_start,
)
from members.models import Invitation
from members.services.memberships import invitation_create
from tests.factories import (
    ContactRequestFactory,
    JoinRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    StandardPageFactory,
    UserFactory,
    invitation_link_path,
)
from tests.knowledge.factories import (
    CaseCriterionFactory,
    CasePageFactory,
    ProductGroupFactory,
    ThemePageFactory,
)
from tests.meetings.factories import (
    MeetingPageFactory,
    MeetingSeriesFactory,
    RegistrationFactory,
    in_days,
    meeting_publish,
)

ROLES = ("visitor", "other_member", "member", "outsider", "editor", "coordinator")

# Text only some roles may read; the matrix looks for each in every response it gets.
SECRETS = {
    # A join and a contact request: the coordinator's to read, nobody else's.
    "join_request_email": ("ria.aanvraag@rhenen.example", {"coordinator"}),
    "contact_request_message": ("Mag mijn collega mee naar het RCIO?", {"coordinator"}),
    # A member's phone number is in the member directory: for members and coordinators.
    "member_phone": ("030 111 22 33", {"member", "other_member", "coordinator"}),
    # Someone who did not agree to be listed: only the coordinator sees them, in the admin.
    "unlisted_phone": ("030 999 88 77", {"coordinator"}),
    # A page with Wagtail's privacy "signed-in people", which means members here.
    "private_page_text": (
        "Notulen van het besloten overleg.",
        {"member", "other_member", "coordinator"},
    ),
    # A members-only case: absent for others from the library, its theme and related cases.
    "members_case_text": (
        "Besloten aanbesteding met vertrouwelijke prijzen.",
        {"member", "other_member", "coordinator"},
    ),
    # A case a member is writing: only its author, and editors in the admin.
    "submission_text": (
        "Ons concept over bankjes van gerecycled plastic.",
        {"member", "editor", "coordinator"},
    ),
    # A meeting's online link: only members who registered, and the admin's editors.
    "meeting_online_link": (
        "https://vergaderen.example/alleen-aangemeld",
        {"member", "editor", "coordinator"},
    ),
    # A members-only meeting (Wagtail's privacy): absent for others from lists and feeds.
    "members_meeting_text": (
        "Besloten sessie over de inkoopstrategie.",
        {"member", "other_member", "coordinator"},
    ),
    # An attendee who showed their name to members; one who did not, to nobody.
    "attendee_name": ("Stil Onvermeld", {"member", "other_member", "coordinator"}),
    "hidden_attendee_name": ("Harm Verborgen", {"coordinator"}),
    # Minutes sent to the attendees: members read them in full, visitors the summary only.
    "minutes_note": (
        "Utrecht noemde de prijs van de laagste inschrijver.",
        {"member", "other_member", "coordinator"},
    ),
    # Minutes still being written: only the coordinator, in the admin.
    "draft_minutes_note": (
        "Nog te controleren: wie zei wat over de aanbesteding.",
        {"coordinator"},
    ),
    # A draft: nobody sees it outside the admin.
    "draft_page_text": ("Concepttekst die nog niet openbaar is.", {"editor", "coordinator"}),
}


def _page_editors_group(home) -> Group:
    """Admin access and the rights to edit and publish pages: nothing of the members app."""
    group = Group.objects.create(name="Redacteuren")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=home, permission=Permission.objects.get(codename=codename)
        )
    return group


def _pages(home):
    about = StandardPageFactory(parent=home, title="Over de coalitie", slug="over-de-coalitie")
    about.save_revision().publish()
    private = StandardPageFactory(
        parent=home, title="Besloten", slug="besloten", intro=SECRETS["private_page_text"][0]
    )
    login_only = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    protected = StandardPageFactory(parent=home, title="Met wachtwoord", slug="met-wachtwoord")
    password_only = PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    draft = StandardPageFactory(
        parent=home,
        title="Concept",
        slug="concept",
        live=False,
        intro=SECRETS["draft_page_text"][0],
    )
    draft.save_revision()
    return {
        "about": about,
        "revision": about.latest_revision,
        "private_page": private,
        "login_restriction": login_only,
        "password_page": protected,
        "password_restriction": password_only,
        "draft": draft,
    }


def _documents_and_images():
    root = Collection.get_first_root_node()
    public = wagtail_factories.DocumentFactory(
        title="Jaarverslag", collection=root, file__filename="jaarverslag.pdf"
    )
    members_only = root.add_child(name="Alleen leden")
    CollectionViewRestriction.objects.create(
        collection=members_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    minutes = get_document_model()(title="Notulen", collection=members_only)
    minutes.file.save("notulen.pdf", ContentFile(b"%PDF-1.4 notulen"), save=False)
    minutes.save()
    with_password = root.add_child(name="Met wachtwoord")
    collection_password = CollectionViewRestriction.objects.create(
        collection=with_password, restriction_type="password", password="geheim"
    )
    return {
        "document": public,
        "private_document": minutes,
        "collection": members_only,
        "collection_restriction": collection_password,
        "image": wagtail_factories.ImageFactory(title="Logo", collection=root),
    }


def _people(utrecht):
    member = MembershipFactory(
        organisation=utrecht,
        phone=SECRETS["member_phone"][0],
        user=UserFactory(email="bram@utrecht.example", first_name="Bram", last_name="Lid"),
    ).user
    unlisted = MembershipFactory(
        organisation=utrecht,
        in_directory=False,
        phone=SECRETS["unlisted_phone"][0],
        user=UserFactory(email="stil@utrecht.example", first_name="Stil", last_name="Onvermeld"),
    )
    amersfoort = OrganisationFactory(name="Gemeente Amersfoort", domains=["amersfoort.example"])
    other_member = MembershipFactory(
        organisation=amersfoort,
        user=UserFactory(email="anna@amersfoort.example", first_name="Anna", last_name="Ander"),
    ).user
    stopped = OrganisationFactory(name="Gemeente Gestopt", is_active=False)
    stopped_member = MembershipFactory(
        organisation=stopped,
        user=UserFactory(email="oud@gestopt.example", first_name="Olaf", last_name="Oudlid"),
    )
    return {
        "member": member,
        "unlisted": unlisted,
        "amersfoort": amersfoort,
        "other_member": other_member,
        "stopped": stopped,
        "stopped_membership": stopped_member,
    }


def _invitations(utrecht):
    """Tokens of invitations in each state: open (for an address no role has), used, expired."""
    open_invitation = invitation_create(email="nieuw@elders.example", organisation=utrecht)
    used = invitation_create(email="gebruikt@elders.example", organisation=utrecht)
    expired = invitation_create(email="verlopen@elders.example", organisation=utrecht)
    tokens = {
        name: invitation_link_path(invitation).rstrip("/").rpartition("/")[2]
        for name, invitation in (("open", open_invitation), ("used", used), ("expired", expired))
    }
    Invitation.objects.filter(pk=used.pk).update(accepted_at=timezone.now())
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(days=1))
    return {"invitation": open_invitation, "token": SimpleNamespace(**tokens)}


def _account_keys(member, unlisted):
    """The member's key to confirm a new address; the unlisted person's password reset key
    (of someone who never signs in here: signing in would make the key invalid)."""
    address = EmailAddress.objects.create(user=member, email="bram@prive.example")
    return {
        "confirmation_key": EmailConfirmationHMAC(address).key,
        "reset_uidb36": user_pk_to_url_str(unlisted),
        "reset_key": default_token_generator.make_token(unlisted),
    }


def _cases(home, utrecht, member):
    """A theme, a product group, and a public and a members-only case on both; a draft case
    the member is writing on the portal."""
    library = CaseIndexPage.objects.child_of(home).get()
    theme = ThemePageFactory(
        parent=ThemeIndexPage.objects.child_of(home).get(), title="Groen", slug="groen"
    )
    group = ProductGroupFactory(name="Groenbeheer", slug="groenbeheer")
    public_case = CasePageFactory(
        parent=library,
        slug="maaien-zonder-uitstoot",
        buyer_organisation=utrecht,
        product_group=group,
        themes=[theme],
    )
    members_case = CasePageFactory(
        parent=library,
        slug="besloten-aanbesteding",
        summary=SECRETS["members_case_text"][0],
        buyer_organisation=utrecht,
        product_group=group,
        themes=[theme],
        members_only=True,
    )
    # Its criterion's text is the secret too: the criteria downloads hold no summary.
    CaseCriterionFactory(page=members_case, text=SECRETS["members_case_text"][0])
    submission = CasePageFactory(
        parent=library,
        slug="ons-concept",
        live=False,
        owner=member,
        summary=SECRETS["submission_text"][0],
        buyer_organisation=utrecht,
        product_group=group,
    )
    submission.save_revision(user=member)
    return {
        "submission": submission,
        "instrument": Instrument.objects.create(name="Ambitieweb"),
        "theme": theme,
        "product_group": group,
        "public_case": public_case,
        "members_case": members_case,
    }


def _meetings(home, people):
    """A published meeting the member registered for (with its online link; the other
    member did not register), a members-only one, a draft; two more registrations, one
    name shown to members, one not."""
    index = MeetingIndexPage.objects.child_of(home).get()
    meeting = meeting_publish(
        MeetingPageFactory(
            parent=index,
            slug="rcio-maart",
            live=False,
            mode="hybrid",
            online_url=SECRETS["meeting_online_link"][0],
        )
    )
    RegistrationFactory(meeting=meeting, user=people["member"], attendance="online")
    RegistrationFactory(meeting=meeting, user=people["unlisted"].user, show_name=True)
    hidden = MembershipFactory(
        organisation=people["amersfoort"],
        in_directory=False,
        user=UserFactory(email="harm@amersfoort.example", first_name="Harm", last_name="Verborgen"),
    )
    RegistrationFactory(meeting=meeting, user=hidden.user, show_name=False)
    members_meeting = meeting_publish(
        MeetingPageFactory(
            parent=index,
            slug="besloten-sessie",
            live=False,
            intro=SECRETS["members_meeting_text"][0],
        )
    )
    PageViewRestriction.objects.create(
        page=members_meeting, restriction_type=PageViewRestriction.LOGIN
    )
    draft_meeting = MeetingPageFactory(parent=index, slug="concept-overleg", live=False)
    return {
        **_minutes(index),
        "other_member_feed": calendar_feed_for(people["other_member"]),
        "meeting": meeting,
        "members_meeting": members_meeting,
        "draft_meeting": draft_meeting,
        "meeting_series": MeetingSeriesFactory(name="RCIO"),
    }


def _minutes(index):
    """Two held meetings: one with minutes sent (and an open action), one with a draft."""
    minutes = {}
    for slug, note, send in (
        ("rcio-januari", SECRETS["minutes_note"][0], True),
        ("rcio-februari", SECRETS["draft_minutes_note"][0], False),
    ):
        meeting = meeting_publish(
            MeetingPageFactory(
                parent=index, slug=slug, live=False, start=in_days(-9), end=in_days(-9, 16)
            )
        )
        written = minutes_start(meeting=meeting)
        MinutesItem.objects.create(minutes=written, title="Groenbestek", notes=note)
        ActionItem.objects.create(minutes=written, description=note)
        meetings_mark_held()
        if send:
            minutes_publish(minutes=written)
        minutes[slug] = written
    return {
        "held_meeting": minutes["rcio-januari"].meeting,
        "minutes": minutes["rcio-januari"],
        "minutes_revision": minutes["rcio-januari"].latest_revision,
        "draft_minutes": minutes["rcio-februari"],
    }


def _workflow():
    workflow = Workflow.objects.create(name="Controle")
    task = GroupApprovalTask.objects.create(name="Controle door de coördinator")
    return {"workflow": workflow, "task": task}


def world_build(*, home, utrecht, coordinator, outsider) -> SimpleNamespace:
    editor = UserFactory(
        email="redacteur@coalitie.example", first_name="Rita", last_name="Redacteur"
    )
    editor.groups.add(_page_editors_group(home))
    join_request = JoinRequestFactory(
        organisation_name="Gemeente Rhenen", email=SECRETS["join_request_email"][0]
    )
    contact_request = ContactRequestFactory(message=SECRETS["contact_request_message"][0])
    people = _people(utrecht)
    invitations = _invitations(utrecht)
    return SimpleNamespace(
        home=home,
        site=Site.objects.get(is_default_site=True),
        utrecht=utrecht,
        outsider=outsider,
        editor=editor,
        coordinator=coordinator,
        coordinators_group=coordinator.groups.get(),
        join_request=join_request,
        contact_request=contact_request,
        email=OutboxEmail.objects.for_object(invitations["invitation"]).get(),
        redirect=Redirect.objects.create(old_path="/oud", redirect_link="/"),
        **people,
        membership=people["member"].membership,
        **_pages(home),
        **_documents_and_images(),
        **invitations,
        **_account_keys(people["member"], people["unlisted"].user),
        **_workflow(),
        **_cases(home, utrecht, people["member"]),
        **_meetings(home, people),
    )


def role_user(world, role):
    return None if role == "visitor" else getattr(world, role)
