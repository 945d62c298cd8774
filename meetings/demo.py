"""Demo content of the meetings, built by ``manage.py seed_demo`` (never in production).

The RCIO series of the current year as a coordinator would have run it: the meetings
behind us held, with their minutes (approved, the last one's sent), the next three
published with a theme and an agenda, the one after those cancelled, the rest of the
coming twelve months planned as drafts; members of the demo organisations registered for
the next meeting. Nobody is e-mailed: the demo is built as if it had happened. Safe to
run again: a series that exists is left alone.
"""

from datetime import date, time, timedelta
from itertools import cycle

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from knowledge.models import ThemePage
from knowledge.services import members_documents_collection_ensure
from meetings import services
from meetings.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Attendance,
    MeetingKind,
    MeetingMode,
    MeetingSeries,
    MeetingState,
    MinutesStatus,
    Registration,
)
from members.models import Membership, Organisation

SERIES_NAME = "RCIO"
PUBLISHED_AHEAD = 3
# The next meeting is hybrid, with a fictional link (no video meeting behind it).
NEXT_MEETING = {
    "capacity": 30,
    "mode": MeetingMode.HYBRID,
    "online_url": "https://vergaderen.example/rcio",
}

# Per theme: what the meeting is about, and the items between opening and questions.
PROGRAMMES = {
    "duurzaam-groenbeheer": (
        "Maaien, snoeien en beplanten zonder gif en met minder uitstoot: wat vroegen de "
        "gemeenten in hun laatste bestekken voor groenbeheer, en wat leverde het op?",
        [
            (
                "Elektrisch materieel in het groenbestek",
                30,
                "Sanne Hergebruik (demo)",
                "Gemeente Amersfoort",
                "Hoe de gemeente elektrisch materieel vroeg en wat de markt kon bieden.",
            ),
            (
                "Maaisel als grondstof",
                25,
                "",
                "",
                "Van afval naar compost en bouwstof: twee voorbeelden uit de regio.",
            ),
        ],
    ),
    "circulair-inrichten-openbare-ruimte": (
        "Straatmeubilair, bestrating en speelplekken die opnieuw gebruikt worden: de "
        "ervaringen van deelnemers met circulair inrichten.",
        [
            (
                "Hergebruikte gebakken klinkers in een wijkvernieuwing",
                30,
                "",
                "",
                "Wat het vroeg van ontwerp, bestek en aannemer, en wat de wijk ervan vond.",
            ),
            (
                "Marktverkenning straatmeubilair",
                25,
                "",
                "",
                "Eerste uitkomsten van een verkenning naar meubilair uit gerecyclede materialen.",
            ),
        ],
    ),
    "inkoopbeleid": (
        "Circulair inkopen begint bij beleid: hoe leggen de deelnemers hun ambities vast, "
        "en hoe houden ze bij wat ervan terechtkomt?",
        [
            (
                "Het nieuwe inkoopbeleid van de provincie",
                30,
                "",
                "Provincie Utrecht",
                "Welke keuzes de provincie maakte en hoe ze die meet.",
            ),
            (
                "Monitoring met de MVI-zelfevaluatietool",
                25,
                "",
                "",
                "Een korte demonstratie en de ervaringen van twee gemeenten.",
            ),
        ],
    ),
    "aanpak-duurzaam-gww": (
        "De Aanpak Duurzaam GWW in de praktijk: van ambitie tot gunningscriterium in de "
        "grond-, weg- en waterbouw.",
        [
            (
                "De aanpak in een dijkversterking",
                35,
                "",
                "Hoogheemraadschap De Stichtse Rijnlanden",
                "Hoe het waterschap de aanpak in de verkenningsfase gebruikte.",
            ),
            (
                "Lessen voor de volgende opdracht",
                20,
                "",
                "",
                "Wat de deelnemers de volgende keer anders doen.",
            ),
        ],
    ),
    "ambitieweb": (
        "Met het Ambitieweb bepaal je samen met collega's waar een project op wil scoren. "
        "Deze keer oefenen we ermee aan de hand van een echte opdracht.",
        [
            (
                "Het Ambitieweb in tien minuten",
                15,
                "",
                "",
                "De twaalf thema's en hoe je ze samen invult.",
            ),
            (
                "Oefening: een ambitieweb voor een fietsbrug",
                45,
                "",
                "",
                "In groepjes, met een opdracht die een van de deelnemers binnenkort op de markt "
                "zet.",
            ),
        ],
    ),
}


def _series_ensure(today: date) -> MeetingSeries | None:
    if MeetingSeries.objects.filter(name=SERIES_NAME).exists():
        return None
    host = Organisation.objects.filter(name="Provincie Utrecht").first()
    return MeetingSeries.objects.create(
        name=SERIES_NAME,
        kind=MeetingKind.RCIO,
        interval_weeks=6,
        weekday=3,  # Thursday
        starts_on=date(today.year, 1, 1),
        start_time=time(13, 30),
        duration_minutes=150,
        host=host,
        address="Archimedeslaan 6, Utrecht",
    )


def _agenda_item(title, minutes, speaker, organisation, description) -> AgendaItem:
    """An item given by a participating organisation is presented by one of its members."""
    member = None
    if organisation and not speaker:
        member = (
            Membership.objects.filter(organisation__name=organisation, organisation__is_active=True)
            .order_by("pk")
            .first()
        )
    return AgendaItem(
        title=title,
        duration_minutes=minutes,
        speaker=member,
        speaker_name=speaker,
        speaker_organisation="" if member else organisation,
        description=description,
    )


def _programme(meeting, theme: ThemePage, **details) -> None:
    intro, items = PROGRAMMES.get(theme.slug, ("", []))
    meeting.theme, meeting.intro = theme, intro
    standing = list(meeting.agenda_items.all())
    opening, closing = standing[:2], standing[2:]
    middle = [_agenda_item(*item) for item in items]
    meeting.agenda_items = services.agenda_in_order([*opening, *middle, *closing])
    for field, value in details.items():
        setattr(meeting, field, value)
    # The demo tells its story as if it happened: nobody is e-mailed about it now.
    MeetingState.objects.filter(meeting=meeting).update(announced_at=timezone.now())
    meeting.save_revision().publish()


# Decisions and actions the demo's minutes record, by the theme of their meeting.
OUTCOMES = {
    "duurzaam-groenbeheer": (
        "Elektrisch materieel wordt de norm in nieuwe groenbestekken.",
        "Een voorbeeldbestek voor elektrisch groenonderhoud delen in de kennisbank",
    ),
    "circulair-inrichten-openbare-ruimte": (
        "De deelnemers verkennen samen de markt voor circulair straatmeubilair.",
        "Een gezamenlijke marktconsultatie voor straatmeubilair voorbereiden",
    ),
    "inkoopbeleid": (
        "Elke deelnemer meet circulair inkopen met de MVI-zelfevaluatietool.",
        "De resultaten van de zelfevaluatie verzamelen voor het volgende overleg",
    ),
    "aanpak-duurzaam-gww": (
        "De Aanpak Duurzaam GWW komt als vast thema terug in het RCIO.",
        "Een spreker van een aannemer uitnodigen over de aanpak in de uitvoering",
    ),
    "ambitieweb": (
        "Het ingevulde ambitieweb van de fietsbrug gaat mee in de uitvraag.",
        "Het ambitieweb van de oefening uitwerken tot gunningscriteria",
    ),
}


def _minutes(past) -> None:
    """Approved minutes for every meeting behind us; the last one's are sent, to be
    approved at the next meeting. With a decision and an action each."""
    organisations = list(Organisation.objects.participating().order_by("name")[:6])
    for number, meeting in enumerate(past):
        decision, action = OUTCOMES.get(meeting.theme.slug, ("", ""))
        minutes = services.minutes_start(meeting=meeting)
        for item in minutes.items.all():
            if not item.title.startswith(("Opening", "Verslag", "Rondvraag", "Sluiting")):
                item.notes = "De deelnemers bespraken de ervaringen en stelden vragen."
                item.decisions = decision
                item.save()
        minutes.public_summary = f"Het overleg ging over {meeting.theme.title.lower()}. {decision}"
        last = number == len(past) - 1
        ActionItem.objects.create(
            minutes=minutes,
            description=action,
            owner_organisation=organisations[number % len(organisations)],
            due_date=meeting.start.date() + timedelta(weeks=6),
            status=ActionStatus.OPEN if number >= len(past) - 3 else ActionStatus.DONE,
        )
        minutes.status = MinutesStatus.PUBLISHED if last else MinutesStatus.APPROVED
        minutes.published_at = meeting.end + timedelta(days=2)
        if not last:
            minutes.approved_at = meeting.end + timedelta(weeks=6)
            minutes.approved_in = past[number + 1]
        minutes.save()
        minutes.save_revision(clean=False)


def _registrations(meeting, member) -> None:
    people = get_user_model().objects.filter(membership__organisation__is_active=True)
    people = people.exclude(pk=member.pk).order_by("pk")
    for number, person in enumerate(people[:8]):
        attendance = [Attendance.IN_PERSON, Attendance.IN_PERSON, Attendance.ONLINE][number % 3]
        if number == 7:
            attendance = Attendance.APOLOGIES
        Registration.objects.create(
            meeting=meeting, user=person, attendance=attendance, show_name=number % 2 == 0
        )


@transaction.atomic
def seed_meetings(*, member) -> None:
    today = timezone.localdate()
    series = _series_ensure(today)
    if series is None:
        return
    meetings = services.meeting_series_plan(series=series, until=today + services.PLAN_AHEAD)
    themes = cycle(ThemePage.objects.live().order_by("title"))
    now = timezone.now()
    past = [m for m in meetings if m.end <= now]
    ahead = [m for m in meetings if m.end > now]
    for meeting in past:
        _programme(meeting, next(themes))
    services.meetings_mark_held(now=now)
    _minutes(past)
    for number, meeting in enumerate(ahead[: PUBLISHED_AHEAD + 1]):
        details = NEXT_MEETING if number == 0 else {}
        _programme(meeting, next(themes), **details)
    if len(ahead) > PUBLISHED_AHEAD:
        services.meeting_cancel(meeting=ahead[PUBLISHED_AHEAD])
    if ahead:
        _registrations(ahead[0], member)
        _documents(ahead[0])


def _documents(meeting) -> None:
    """The invitation for everyone; the first speaker's slides for members only."""
    item = next((i for i in meeting.agenda_items.all() if i.speaker_id or i.speaker_name), None)
    invitation = _pdf_document(
        f"Uitnodiging {meeting.title}",
        Collection.get_first_root_node(),
        [
            meeting.title,
            meeting.intro[:90],
            "Programma en aanmelden: zie de pagina van het overleg.",
        ],
    )
    meeting.attachments.create(document=invitation, sort_order=0)
    if item is not None:
        slides = _pdf_document(
            f"Presentatie {item.title}",
            members_documents_collection_ensure(),
            [item.title, "Presentatie voor de deelnemers van het RCIO (demo)."],
        )
        meeting.attachments.create(document=slides, agenda_item=item.title, sort_order=1)
    meeting.save_revision().publish()


def _pdf_document(title: str, collection, lines: list[str]):
    document = get_document_model()(title=title, collection=collection)
    document.file.save(f"{title.lower().replace(' ', '-')[:60]}.pdf", ContentFile(_pdf(lines)))
    document._set_file_hash()
    document.save()
    return document


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with ``lines`` of ASCII text: enough for a demo download."""
    # PDF strings end at ")" and escape with "\\": the demo's text needs neither.
    safe = str.maketrans({"(": "[", ")": "]", "\\": "/"})
    text = "".join(
        f"({line.encode('ascii', 'replace').decode().translate(safe)}) Tj 0 -18 Td "
        for line in lines
    )
    stream = f"BT /F1 12 Tf 56 780 Td {text}ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


ARCHIVE_SERIES_NAME = "RCIO (eerdere jaren)"


def _synthetic_attendees(count: int) -> list:
    """Members of the demo organisations who only attend: not in the member directory."""
    user_model = get_user_model()
    organisations = list(Organisation.objects.participating().order_by("pk"))
    people = []
    for number in range(count):
        email = f"deelnemer{number}@synthetisch.example"
        user, created = user_model.objects.get_or_create(
            email=email,
            defaults={"username": email, "first_name": "Deelnemer", "last_name": str(number)},
        )
        if created:
            Membership.objects.create(
                user=user,
                organisation=organisations[number % len(organisations)],
                in_directory=False,
            )
        people.append(user)
    return people


@transaction.atomic
def synthetic_meetings_add(
    *, years: int, attendees: int = 40, name: str = ARCHIVE_SERIES_NAME
) -> int:
    """The RCIO of ``years`` earlier years, each meeting held with ``attendees``
    registrations and minutes with an action: the large data set the benchmark's meeting
    pages are measured with."""
    if years <= 0 or MeetingSeries.objects.filter(name=name).exists():
        return 0
    today = timezone.localdate()
    series = MeetingSeries.objects.create(
        name=name,
        interval_weeks=6,
        weekday=3,
        starts_on=date(today.year - years, 1, 1),
        start_time=time(13, 30),
        plans_ahead=False,
    )
    meetings = services.meeting_series_plan(series=series, until=date(today.year - 1, 12, 31))
    people = _synthetic_attendees(attendees)
    themes = cycle(ThemePage.objects.live().order_by("title"))
    for meeting in meetings:
        _programme(meeting, next(themes))
        Registration.objects.bulk_create(
            Registration(meeting=meeting, user=person, attendance=Attendance.IN_PERSON)
            for person in people
        )
    services.meetings_mark_held()
    _minutes(meetings)
    return len(meetings)
