"""The participants: the organisations for everyone, their people for members."""

from itertools import groupby
from operator import attrgetter

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from members.access import is_member, members_only
from members.forms import DirectoryFilterForm
from members.models import Membership, Organisation, OrganisationKind

DIRECTORY_PER_PAGE = 25


def _crumbs(*trail) -> list[dict]:
    """Breadcrumbs for pages outside the page tree: home, then ``(title, url)`` pairs."""
    return [{"title": title, "url": url} for title, url in [(_("Home"), "/"), *trail]]


@require_GET
def participants(request):
    organisations = Organisation.objects.participating().in_kind_order().with_logos()
    groups = [
        (OrganisationKind(kind).label, list(group))
        for kind, group in groupby(organisations, key=attrgetter("kind"))
    ]
    return render(request, "members/participants.html", {"groups": groups})


@require_GET
def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation.objects.participating().with_logos(), slug=slug)
    people = None
    if is_member(request.user):
        people = Membership.objects.in_directory().filter(organisation=organisation)
    return render(
        request,
        "members/organisation_detail.html",
        {
            "organisation": organisation,
            "people": people,
            "crumbs": _crumbs(
                (_("Participants"), reverse("members:participants")), (organisation.name, None)
            ),
        },
    )


@never_cache  # the colleagues' contact details
@require_GET
@members_only
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    people = Membership.objects.in_directory()
    if form.is_valid() and form.cleaned_data["organisation"]:
        people = people.filter(organisation=form.cleaned_data["organisation"])
    page = Paginator(people, DIRECTORY_PER_PAGE).get_page(request.GET.get("pagina"))
    crumbs = _crumbs(
        (_("Participants"), reverse("members:participants")), (_("Member directory"), None)
    )
    return render(
        request, "members/directory.html", {"form": form, "page_obj": page, "crumbs": crumbs}
    )
