"""The participants: the organisations for everyone, their people for members.

Served as routes of ``members.models.ParticipantsPage`` (/deelnemers/), which hands
itself in as ``page``: its texts, menu entry and breadcrumbs come from the page tree.
"""

from itertools import groupby
from operator import attrgetter
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from members.access import is_member, members_only
from members.forms import DirectoryFilterForm
from members.kept import kept
from members.models import Membership, Organisation, OrganisationKind
from members.sections import organisation_sections

DIRECTORY_PER_PAGE = 25


@require_GET
def participants(request, page):
    organisations = Organisation.objects.participating().in_kind_order().with_logos()
    groups = []
    for kind, group in groupby(organisations, key=attrgetter("kind")):
        members = list(group)
        groups.append((OrganisationKind(kind).heading(len(members)), members))
    return page.render(request, context_overrides={"groups": groups})


@require_GET
def organisation_detail(request, page, slug):
    organisation = Organisation.objects.participating().with_logos().filter(slug=slug).first()
    if organisation is None:
        raise Http404
    people = None
    if is_member(request.user):
        people = Membership.objects.in_directory().filter(organisation=organisation)
    return page.render(
        request,
        template="members/organisation_detail.html",
        context_overrides={
            "organisation": organisation,
            "people": people,
            "sections": organisation_sections(request, organisation),
            "sign_in_url": f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': request.path})}",
            "sub_route_title": organisation.name,
            "meta_description": organisation.meta_description(),
        },
    )


@never_cache  # the colleagues' contact details
@require_GET
@members_only
def directory(request, page):
    form = DirectoryFilterForm(request.GET or None)
    organisation = form.cleaned_data["organisation"] if form.is_valid() else None
    listed = Membership.objects.in_directory()
    if organisation:
        listed = listed.filter(organisation=organisation)
    # Every member sees the same list: its count and each page of it are kept until a
    # membership, an organisation or a person changes (``members.kept``).
    scope = f"directory:{organisation.pk if organisation else 'all'}"
    count = kept(f"{scope}:count", listed.count)
    page_obj = Paginator(range(count), DIRECTORY_PER_PAGE).get_page(request.GET.get("pagina"))
    first = (page_obj.number - 1) * DIRECTORY_PER_PAGE
    people_html = kept(
        f"{scope}:page:{page_obj.number}",
        lambda: _people_html(listed[first : first + DIRECTORY_PER_PAGE]),
    )
    return page.render(
        request,
        template="members/directory.html",
        context_overrides={
            "form": form,
            "page_obj": page_obj,
            "people_html": people_html,
            "sub_route_title": _("Member directory"),
            "meta_description": _(
                "The people of the participating organisations who share their work "
                "contact details with the other members of the coalition."
            ),
        },
    )


def _people_html(people) -> str:
    return render_to_string("members/_people.html", {"people": people, "show_organisation": True})
