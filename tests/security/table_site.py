"""The matrix for the portal's own addresses, allauth's, and Wagtail's page tree.

One entry per URL pattern (its route, as ``ResolverMatch.route`` spells it), with one case
per object worth asking about. Placeholders are filled from ``world.py``.
"""

from tests.security.matrix import (
    FORBIDDEN,
    GONE,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    SIGN_IN,
    case,
    everyone,
    redirect,
    roles,
)

SIGNED_IN_ONLY = roles(visitor=SIGN_IN, default=OK)
MEMBERS_ONLY = roles(visitor=SIGN_IN, outsider=FORBIDDEN, editor=FORBIDDEN, default=OK)
# allauth sends a signed-in person away from the forms for strangers.
STRANGERS_ONLY = roles(visitor=OK, default=redirect("/"))
DELETE_NEEDS_PASSWORD = redirect(
    "/account/reauthenticate/?next=%2Faccount%2Fgegevens%2Fverwijderen%2F"
)

# A download of only a members-only case, asked by someone else: the compare page, which
# says the case was not found (or is only for members).
NOTHING_TO_DOWNLOAD = redirect("/kennisbank/vergelijk/?cases={members_case.slug}")

SITE_ROWS = {
    # --- documents: their collection's privacy decides --------------------------------
    r"documenten/(\d+)/(.*)$": [
        case("/documenten/{document.id}/{document.filename}", everyone(OK)),
        case(
            "/documenten/{private_document.id}/{private_document.filename}",
            MEMBERS_ONLY,
            "Wagtail's privacy 'signed-in people' means members (members.access)",
        ),
    ],
    "documenten/authenticate_with_password/<int:restriction_id>/": case(
        "/documenten/authenticate_with_password/{collection_restriction.id}/", everyone(OK)
    ),
    # --- members: the participants, the directory, the forms ---------------------------
    "deelnemers/": case("/deelnemers/", everyone(OK)),
    "deelnemers/leden/": case("/deelnemers/leden/", MEMBERS_ONLY),
    "deelnemers/<slug:slug>/": [
        # Everyone sees the organisation; its people only members (SECRETS: member_phone).
        case("/deelnemers/{utrecht.slug}/", everyone(OK)),
        case("/deelnemers/{amersfoort.slug}/", everyone(OK)),
        case(
            "/deelnemers/{stopped.slug}/",
            everyone(NOT_FOUND),
            "an organisation that stopped: its page and its people are gone for everyone",
        ),
        case("/deelnemers/bestaat-niet/", everyone(NOT_FOUND)),
    ],
    "deelnemen/": case("/deelnemen/", everyone(OK)),
    "deelnemen/bedankt/": case("/deelnemen/bedankt/", everyone(OK)),
    "contact/": case("/contact/", everyone(OK)),
    "contact/bedankt/": case("/contact/bedankt/", everyone(OK)),
    # --- one's own data: there is no URL for someone else's -----------------------------
    "account/gegevens/": case("/account/gegevens/", SIGNED_IN_ONLY),
    "account/gegevens/download/": case("/account/gegevens/download/", SIGNED_IN_ONLY),
    "account/gegevens/verwijderen/": case(
        "/account/gegevens/verwijderen/",
        roles(visitor=SIGN_IN, default=DELETE_NEEDS_PASSWORD),
        "deleting an account asks for the password again first",
    ),
    "account/uitnodiging/<token:token>/": [
        case(
            "/account/uitnodiging/{token.open}/",
            roles(visitor=redirect("/account/signup/"), default=OK),
            "an invitation for another address: signed in, one is told so and cannot accept it",
            post=True,
        ),
        case("/account/uitnodiging/{token.used}/", everyone(GONE), post=True),
        case("/account/uitnodiging/{token.expired}/", everyone(GONE), post=True),
        case("/account/uitnodiging/onbekend/", everyone(GONE)),
    ],
    # --- allauth ----------------------------------------------------------------------
    "account/login/": case("/account/login/", STRANGERS_ONLY),
    "account/logout/": case("/account/logout/", roles(visitor=redirect("/"), default=OK)),
    "account/inactive/": case("/account/inactive/", everyone(OK)),
    "account/signup/": case("/account/signup/", STRANGERS_ONLY),
    "account/reauthenticate/": case("/account/reauthenticate/", SIGNED_IN_ONLY),
    # Re-authentication by e-mailed code is off: only the password asks again.
    "account/reauthenticate/code/": case(
        "/account/reauthenticate/code/", roles(visitor=SIGN_IN, default=FORBIDDEN)
    ),
    "account/reauthenticate/code/confirm/": case(
        "/account/reauthenticate/code/confirm/", roles(visitor=SIGN_IN, default=FORBIDDEN)
    ),
    "account/email/": case("/account/email/", SIGNED_IN_ONLY),
    "account/confirm-email/": case("/account/confirm-email/", everyone(OK)),
    "account/password/change/": case("/account/password/change/", SIGNED_IN_ONLY),
    "account/password/set/": case(
        "/account/password/set/",
        roles(visitor=SIGN_IN, default=redirect("/account/password/change/")),
        "every account has a password: setting one is changing it",
    ),
    "account/password/reset/": case("/account/password/reset/", everyone(OK)),
    "account/login/code/confirm/": case(
        "/account/login/code/confirm/",
        roles(visitor=redirect("/account/login/"), default=redirect("/")),
        "sign-in by code is off: there is no code to confirm",
    ),
    # The link in the member's confirmation e-mail: whoever holds it may confirm (allauth
    # signs out anyone else first).
    r"account/confirm-email/(?P<key>[-:\w]+)/$": case(
        "/account/confirm-email/{confirmation_key}/", everyone(OK)
    ),
    "account/password/reset/key/done/": case("/account/password/reset/key/done/", everyone(OK)),
    # A reset link: allauth keeps the key in the session and goes on without it in the URL.
    r"account/password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": case(
        "/account/password/reset/key/{reset_uidb36}-{reset_key}/",
        everyone(redirect("/account/password/reset/key/{reset_uidb36}-set-password/")),
    ),
    "account/password/reset/done/": case("/account/password/reset/done/", everyone(OK)),
    # --- the case library: its pages are Wagtail's (the page tree below) ----------------
    "kennisbank/": [
        case("/kennisbank/", everyone(OK), "a members-only case only for members"),
        case(
            "/kennisbank/?thema={theme.slug}&productgroep={product_group.slug}&q=aanbesteding",
            everyone(OK),
            "filtered and searched: a members-only case neither listed nor counted for others",
        ),
    ],
    # Open data: the public cases only, for everyone (an export is passed on).
    "kennisbank/export.csv": [
        case("/kennisbank/export.csv", everyone(OK), "never a members-only case"),
        case("/kennisbank/export.csv?thema={theme.slug}", everyone(OK)),
    ],
    "kennisbank/export.json": [
        case("/kennisbank/export.json", everyone(OK), "never a members-only case"),
        case("/kennisbank/export.json?q=aanbesteding", everyone(OK)),
    ],
    # A member shares a case: the form for every member, a saved one for its author only.
    "kennisbank/nieuw/": case("/kennisbank/nieuw/", MEMBERS_ONLY),
    "kennisbank/nieuw/<int:pk>/": [
        case(
            "/kennisbank/nieuw/{submission.id}/",
            roles(
                visitor=SIGN_IN, outsider=FORBIDDEN, editor=FORBIDDEN, member=OK, default=NOT_FOUND
            ),
            "only its author: another member's, or the coordinator's, is not there",
            post=True,
        ),
        case(
            "/kennisbank/nieuw/{public_case.id}/",
            roles(visitor=SIGN_IN, outsider=FORBIDDEN, editor=FORBIDDEN, default=NOT_FOUND),
            "a case nobody shared through the portal",
        ),
    ],
    "kennisbank/vergelijk/": [
        case("/kennisbank/vergelijk/", everyone(OK), "empty: it says what to do"),
        case(
            "/kennisbank/vergelijk/?cases={public_case.slug}&cases={members_case.slug}",
            everyone(OK),
            "the members-only case (its summary a SECRET) compared for members only",
        ),
        case("/kennisbank/vergelijk/?cases={members_case.id}", everyone(OK), "by its id too"),
    ],
    # The criteria of a comparison: a members-only case's criterion text is a SECRET.
    "kennisbank/vergelijk/criteria.csv": [
        case(
            "/kennisbank/vergelijk/criteria.csv?cases={public_case.slug}&cases={members_case.slug}",
            everyone(OK),
            "the members-only case's criteria for members only",
        ),
        case(
            "/kennisbank/vergelijk/criteria.csv?cases={members_case.slug}",
            roles(
                visitor=NOTHING_TO_DOWNLOAD,
                outsider=NOTHING_TO_DOWNLOAD,
                editor=NOTHING_TO_DOWNLOAD,
                default=OK,
            ),
            "nothing a non-member may see: the compare page says the case was not found",
        ),
        case("/kennisbank/vergelijk/criteria.csv", everyone(redirect("/kennisbank/vergelijk/"))),
    ],
    "kennisbank/vergelijk/criteria.docx": [
        case(
            "/kennisbank/vergelijk/criteria.docx?cases={public_case.slug}&cases={members_case.id}",
            everyone(OK),
            "zipped, so the matrix cannot read it: test_downloads opens it",
        ),
        case(
            "/kennisbank/vergelijk/criteria.docx?cases={members_case.slug}",
            roles(
                visitor=NOTHING_TO_DOWNLOAD,
                outsider=NOTHING_TO_DOWNLOAD,
                editor=NOTHING_TO_DOWNLOAD,
                default=OK,
            ),
        ),
    ],
    "kennisbank/feed/": case(
        "/kennisbank/feed/", everyone(OK), "public cases only, for members as well"
    ),
    "themas/": case("/themas/", everyone(OK)),
    # --- the meetings: their pages are Wagtail's (the page tree below) ------------------
    "bijeenkomsten/": case(
        "/bijeenkomsten/", everyone(OK), "a members-only meeting only listed for members"
    ),
    "bijeenkomsten/acties/": case(
        "/bijeenkomsten/acties/", MEMBERS_ONLY, "actions of sent minutes only, never of a draft"
    ),
    "bijeenkomsten/agenda.ics": case(
        "/bijeenkomsten/agenda.ics",
        everyone(OK),
        "public meetings only, without online links, for members as well",
    ),
    # A member's own calendar: the address is the key (a calendar server has no session).
    "bijeenkomsten/agenda/<int:user_id>-<str:token>.ics": [
        case(
            "/bijeenkomsten/agenda/{other_member.pk}-{other_member_feed.token}.ics",
            everyone(OK),
            "whoever holds the address; the online link only of meetings its owner registered for",
        ),
        case(
            "/bijeenkomsten/agenda/{member.pk}-{other_member_feed.token}.ics",
            everyone(NOT_FOUND),
            "someone else's secret",
        ),
    ],
    "bijeenkomsten/agenda/nieuw/": case(
        "/bijeenkomsten/agenda/nieuw/",
        everyone(NOT_ALLOWED),
        "a POST by a member; refused POSTs are checked too",
    ),
    "bijeenkomsten/<slug:slug>.ics": [
        case(
            "/bijeenkomsten/{meeting.slug}.ics",
            everyone(OK),
            "the online link only in the file of the member who registered",
        ),
        case("/bijeenkomsten/{members_meeting.slug}.ics", everyone(NOT_FOUND)),
        case("/bijeenkomsten/{draft_meeting.slug}.ics", everyone(NOT_FOUND)),
        case("/bijeenkomsten/bestaat-niet.ics", everyone(NOT_FOUND)),
    ],
    # --- the site shell ---------------------------------------------------------------
    "zoeken/": [
        case("/zoeken/", everyone(OK)),
        case("/zoeken/?q=notulen+besloten", everyone(OK), "private pages are never found"),
    ],
    "gezondheid/": case("/gezondheid/", everyone(OK)),
    "sitemap.xml": case("/sitemap.xml", everyone(OK)),
    "robots.txt": case("/robots.txt", everyone(OK)),
    "favicon.ico": case("/favicon.ico", everyone(redirect("/static/img/favicon.svg"))),
    r"^media/(?P<path>.*)$": [
        case("/media/{image.file.name}", everyone(OK)),
        case(
            "/media/{private_document.file.name}",
            everyone(NOT_FOUND),
            "documents only through /documenten/, which checks their privacy",
        ),
    ],
    "_util/login/": [
        case("/_util/login/", everyone(redirect("/account/login/"))),
        case(
            "/_util/login/?next=/besloten/", everyone(redirect("/account/login/?next=/besloten/"))
        ),
    ],
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": case(
        "/_util/authenticate_with_password/{password_restriction.id}/{password_page.id}/",
        everyone(OK),
    ),
    # --- Wagtail's page tree: every page of the world --------------------------------
    r"^((?:[\w\-]+/)*)$": [
        case("/", everyone(OK)),
        case("/over-de-coalitie/", everyone(OK)),
        case(
            "/besloten/",
            MEMBERS_ONLY,
            "Wagtail's privacy 'signed-in people' means members (members.access)",
        ),
        case("/met-wachtwoord/", everyone(OK), "the password form"),
        case("/kennisbank/{public_case.slug}/", everyone(OK)),
        case(
            "/kennisbank/{members_case.slug}/",
            MEMBERS_ONLY,
            "a members-only case: Wagtail's privacy, members only (members.access)",
        ),
        case("/themas/{theme.slug}/", everyone(OK), "its members-only case only for members"),
        case("/kennisbank/{submission.slug}/", everyone(NOT_FOUND), "a member's draft case"),
        case(
            "/bijeenkomsten/{meeting.slug}/",
            everyone(OK),
            "attendees for members only (names only with consent), the online link only "
            "for the member who registered",
        ),
        case(
            "/bijeenkomsten/{members_meeting.slug}/",
            MEMBERS_ONLY,
            "a members-only meeting: Wagtail's privacy, members only (members.access)",
        ),
        case("/bijeenkomsten/{draft_meeting.slug}/", everyone(NOT_FOUND), "a planned draft"),
        case(
            "/bijeenkomsten/{held_meeting.slug}/",
            everyone(OK),
            "its minutes: the public summary for everyone, the rest for members",
        ),
        case(
            "/bijeenkomsten/{draft_minutes.meeting.slug}/",
            everyone(OK),
            "minutes still in draft: for nobody outside the admin",
        ),
        case("/concept/", everyone(NOT_FOUND), "a draft"),
        case("/bestaat-niet/", everyone(NOT_FOUND)),
    ],
}

# Patterns that can never answer: an earlier pattern with the same route wins.
SHADOWED = {
    ("beheer/login/", "wagtailadmin_login"): "Wagtail's own sign-in; ours sends to allauth's",
    ("_util/login/", "wagtailcore_login"): "Wagtail's front-end sign-in; ours sends to allauth's",
    ("beheer/redirects/import/process/", "wagtailredirects:process_import"): (
        "Wagtail's redirect import, second step; ours refuses a tampered form first"
    ),
}
