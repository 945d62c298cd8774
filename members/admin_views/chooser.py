"""A chooser for members, so an admin form can point at a person (a meeting's speaker).

The list names every member with their organisation, including those who did not agree
to the directory: only the coordinator, who sees them under "Members" anyway, may open it.
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.chooser import ChooserViewSet

from members.models import Membership


class MembershipSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Name, e-mail or organisation")}),
        required=False,
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects
        self.is_searching, self.search_query = True, query
        for word in query.split()[:5]:
            objects = objects.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__email__icontains=word)
                | Q(organisation__name__icontains=word)
            )
        return objects


class CoordinatorOnly(PermissionCheckedMixin):
    any_permission_required = ["change", "view"]


class MemberListing:
    filter_form_class = MembershipSearchForm

    @property
    def columns(self):
        column = self.title_column
        column.label = _("Member (organisation)")  # not Wagtail's "Title"
        return [column]


class ChooseView(CoordinatorOnly, MemberListing, chooser_views.ChooseView):
    pass


class ChooseResultsView(CoordinatorOnly, MemberListing, chooser_views.ChooseResultsView):
    pass


class ChosenView(CoordinatorOnly, chooser_views.ChosenView):
    pass


class ChosenMultipleView(CoordinatorOnly, chooser_views.ChosenMultipleView):
    pass


class MembershipChooserViewSet(ChooserViewSet):
    model = Membership
    icon = "user"
    choose_one_text = _("Choose a member")
    choose_another_text = _("Choose another member")
    per_page = 20
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView

    def get_urlpatterns(self):
        # Nobody becomes a member from a chooser: an account comes first, by invitation.
        return [p for p in super().get_urlpatterns() if p.name != "create"]

    def get_object_list(self):
        return Membership.objects.select_related("user", "organisation").order_by(
            "user__last_name", "user__first_name"
        )
